# English (en-gb / en-us share these; values are localised per lang).
T = r"""
@@ chat crypto
hi, locked out of my {$crypto} acct again. username {username}, tried pw {password} and it says {~error_code}. pls help
--
My withdrawal of {~amount:crypto} has been pending since {~date}. Account ID {cust:uid}. The bank account is {iban}, it worked last month fine
--
urgent!! someone logged in from {ip} at {~time}, not me. i changed password to {password} now. what else do i do
--
Hey, quick one. Authenticator got wiped when I switched to a {~model_number}. Backup code they gave me was {otp}, doesn't work. Email on file {email}
@@ chat care
Hi, need to move my appointment from {~date} at {~time}. DOB {dob}, patient no. {cust:patient}. Cheers
--
hiya my glasses from {$optic} arrived with the wrong prescription, order {~order_number}. can someone call me on {phone}?
--
The receptionist said to text my insurance details here: member ID {cust:policy}, date of birth {dob}. Thanks!
@@ chat pet
Order {~order_number} ({~quantity:kg} bag of {$food}) says delivered but nothing at {address}. tracking {~tracking_number}
--
hi, {$petname} is due boosters. Can you book something for next week? my mobile {phone}, account {cust}
--
the out of hours lockbox code you gave me was {pin:door} but it's not opening?? i'm outside now with the meds pickup
@@ chat venue
Hi! We've booked {$venue} for {~date}, {~quantity:guests}. Deposit of {~amount} sent from {iban}. Can you confirm to {email}? x
--
quick q for saturday - what's the gate code for the service entrance? caterers arrive {~time}. also wifi for the band, network "BarnGuest" key {wifi_key}?
--
The venue contract needs my home address: {address}. Phone {phone}. Booking ref {~order_number}, is that everything?
@@ chat ticket
Bought {~quantity} for {$band} at {$hall} and they're not showing in the app. login {email} pw {password}. show is {~date}!!!
--
you charged me {~amount} twice on card {card} order {~order_number}. want a refund asap
--
not getting the verification text to transfer tickets to my sister. my number is {phone}. or is it this one {otp}?
@@ public all
{~mention} been waiting 4 days for my {~amount:crypto} withdrawal. ticket {~ticket_number} and nothing {~hashtag}
--
{~mention} why does your site need my full DOB and address just to book an eye test?? {~url} {~hashtag}
--
{~mention} stuck in the queue for {$band} for an hour, site keeps throwing {~error_code} {~hashtag} {~hashtag}
--
{~mention} call me back please {phone}, it's about order {~order_number}. my dog has had no food for 2 days
--
Amazing day at {$venue} 💍 shame the {~amount} damage deposit still hasn't come back {~mention} {~hashtag}
--
{~mention} your agent told me to post my email here?? ok fine {email}. now sort my refund {~hashtag}
@@ email crypto
I've been unable to log in to {$crypto} since {~date}. After entering my username ({username}) and password I get "{~error_code}". I reinstalled the app (version {~version_string}) on my {~model_number} but no luck.

My account ID is {cust:uid}. To be safe I changed the password to {password#new}; the old one was {password#old}.

Separately, my withdrawal of {~amount:crypto} (tx {~checksum}) never arrived. Destination bank account {iban}.
--
As requested, please find my verification details below:

Full name: {$first} {$last}
Date of birth: {dob}
Home address: {address}
Mobile: {phone}
Dutch BSN (I live in Rotterdam): {bsn}

I uploaded my passport on {~date}. Why is my account still restricted?
--
I created an API key for a trading bot a few weeks ago and today I saw {~quantity} orders I don't recognise. Key: {api_key}
Secret: {api_key:aws_secret}
I've revoked it myself but need confirmation nothing else can be done with it. Server IP {ip}, port {~port}. Request ID from the error page: {~request_id}.
@@ email care
Following my check-up on {~date} I received invoice {~invoice_number} for {~amount}. As far as I know this is covered by my dental plan, policy number {cust:policy}.

My details:
{$first} {$last}, DOB {dob}
{address}

Could you submit the claim directly to the insurer please?
--
I ordered contact lenses from your web shop (order {~order_number}, item {~product_code}). I paid by card {card}, expiry {exp}, but my account says payment failed. Could you retry? Security code is {cvv}. You can reach me on {phone}.
--
My child ({$first#b}, born {dob}) has an orthodontic appointment on {~date} at {~time}. They're registered with you under patient number {cust:patient}. New contact details: mobile {phone}, email {email}. Please update their file.
@@ email pet
My order {~order_number} with {~quantity} of {$food} arrived damaged, bags split open. Shipment {~tracking_number}.

Please refund the {~amount} to {iban} in the name of {$first} {$last}. Customer number: {cust}.

Collection address if you need the parcel back: {address}.
--
Our dog {$petname} had surgery with you last week. Invoice {~invoice_number} shows {~amount}, but we agreed to pay in instalments. Could you ring me on {phone} or the landline {phone:land#2}? Our client number is {cust}.
--
I'm logged into your shop but my address keeps reverting. New: {address}. Old: {address#old}. Username is {username} and I changed my password this morning to {password} in case you need to test it.
@@ email venue
This is to confirm our booking of {$venue} on {~date} for {~quantity:guests}. The {~percentage} deposit ({~amount}) was transferred today from account {iban} in the name of {$first} {$last}.

For your supplier list: our toastmaster is on {phone#2} and I'm on {phone}. Billing address: {address}.
--
For set-up on Friday the suppliers need access. Can you confirm the gate code is {pin:door} and the key safe is {pin#2}? The band also asked for the wifi: network "Hall-Events", password {wifi_key}. Electricity meter read {~meter_reading} when we arrived.
--
We received your quote ({~invoice_number}) for our company party but numbers have changed to {~quantity:guests}. Please send the revised quote to {email}. My direct line is {phone}. Company reg {~company_registration}.
@@ email ticket
On {~date} I bought {~quantity} for {$band} at {$hall} on your site. No confirmation ever arrived, but {~amount} left my Visa ending {~masked_value}. Now I see a second charge on card {card} which I don't recognise at all!

Account: {email}, customer number {cust:prefix}.
--
Two-factor isn't working. The code from the email ({otp}) gets rejected with {~error_code}. My username is {username}.

Tried on two devices, a {~model_number} on app {~version_string} and my laptop (IP {ip}).
--
My tickets for {$band} were resold on your platform but the payout is still pending. The account I gave was {iban} but I've spotted a typo, it should be {iban#2}. Sale ref {~order_number}.
@@ agent all
Hi {$first}, sorry you're locked out! I've checked the account under username {username} and it's temporarily blocked. Never share your password with us. Give us a ring on {~company_phone}. Thanks, {$agent}
--
Thanks for letting us know. We've updated your address to {address} on account {cust}. Case ref {~ticket_number}. ^{$agent}
--
Hi {$first}, I can see the {~amount} payment on {~date} from the card ending {~masked_value}. The refund will go to {iban}, allow 3-5 working days. {$agent}
--
Hey {$first}, your appointment's been moved to {~date} at {~time}. We've noted {phone} for the reminder text. More info: {~url}
--
Hi {$first}, thanks for reaching out. Could you DM us your order number? Please don't post personal info like your address here. {$agent}
--
Hi! Your temporary login code is {otp}, valid for {~quantity} minutes. Still stuck? Call {~company_phone}, we're open until {~time}. /{$agent}
--
Hello {$first}, our system shows order {~order_number} going to {address}. Tracking {~tracking_number}. If that's wrong just send the correct address and postcode. {$agent}
--
Hi {$first}, the key safe by the side door is {pin:door} and supplier wifi is {wifi_key}. See you Saturday! {$agent}
@@ greet all
Dear Sir or Madam,
--
Hi there,
--
Hello {$agent},
--
To whom it may concern,
--
Hi team,
--
Good afternoon,
@@ sign all
Kind regards,

{$first} {$last}
{phone}
--
Thanks,
{$first}

Sent from my iPhone
--
Best,
{$first} {$last}
{address:ml}
Tel: {phone}
{email}
--
Cheers
{$first}
--
Many thanks,
{$first} {$last} | M: {phone} | E: {email}
--
Regards, {$first}
@@ disc all
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender. Registered in England and Wales no. {~company_registration}.
--
-- 
Please consider the environment before printing this email.
--
Privacy notice: {~url}. Customer services {~company_phone}.
@@ quote all
On {~date} at {~time}, {$crypto} Support wrote:
Hi {$first},

Thanks for your message. To help further we need your account ID. Your case number is {~ticket_number}.

Kind regards,
{$agent}
--
From: {$first} {$last} <{email}>
Sent: {~date} {~time}
To: Customer Services
Subject: RE: invoice {~invoice_number}

Here's my phone number again: {phone}. Account no {cust}.
--
On {~date} {~time} {$ticket} Help <noreply> wrote:
Hi {$first}, we've got your request ({~ticket_number}). Call {~company_phone} if you have any questions.
--
---------- Forwarded message ---------
From: Bookings at {$venue}
Date: {~date}
Subject: Your booking {~order_number}

Dear {$first}, please pay the {~percentage} deposit within 14 days.
"""
