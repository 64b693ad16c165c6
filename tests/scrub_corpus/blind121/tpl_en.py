TEXT_GB = r"""
@@ chat:extra2
New router so the {N.model_number} needs reconnecting. Wifi {F.ssids}, key {wifi_key}, it's on {ip_address}. Request ID {N.request_id} per {N.url}
~~
The {N.model_number} is offline. Network {F.ssids}, wifi password {wifi_key}, IP address {ip_address}. Ref {N.request_id}, guide at {N.url}
@@ chat:extra3
Paying for the theatre tickets by card: {card}, expiry {card_expiry}, CVV {cvv}. DOB {date_of_birth} for the concession
~~
card no {card} exp {card_expiry} sec code {cvv}, born {date_of_birth} so should get the senior rate

@@ chat:extra
Had to cancel the ski hire because flight {N.flight_number} was cancelled, yet you still charged card {N.masked_value:card}. Also my new SIM wants a PUK: {puk}. Phone's from {N.year}
~~
Flight {N.flight_number} was delayed so the bikes went back late. Late fee taken from {N.masked_value}. PUK for the new SIM is {puk}. Handset from {N.year}
~~
Generation is {N.percentage} below the quote. Meter reading today {N.meter_reading}. Polling the inverter on port {N.port} with API key {api_key}. Firmware checksum {N.checksum}, part {N.product_code}
~~
App shows {N.percentage} efficiency, meter at {N.meter_reading}. Access token {token} gets {N.error_code} on port {N.port}. SHA-256 of the update {N.checksum}. Part no {N.product_code}

@@ story
I've rung your helpline twice now and been left on hold for ages both times, so I'm trying email instead.
~~
For context, the system was fitted back in {N.year} and has been fine until the engineer's visit last month.
~~
To be honest I'm pretty fed up. It's been {N.quantity} with no update and nobody seems to own the problem.
~~
I've attached photos and the invoice ({N.invoice_number}). Let me know if you need anything else.

@@ subject
Subject: Complaint - still no response
~~
Subject: Query about my booking

@@ chat:rental
Hiya, booked {N.quantity:gear} for half term (ref {N.order_number}). For the deposit use card {card}, expires {card_expiry}, security code {cvv}. cheers
~~
Still waiting on my £ deposit refund, {N.amount} to be exact. Sort it out pls, account {iban}
~~
What's the keysafe code for the ski locker? Tried {pin} and nothing. Mobile is {phone}
~~
Member no. {customer_number:member} - can I extend the wetsuit hire by {N.quantity}? Email me at {email}

@@ chat:driving
Hi, booking my lessons. DOB {date_of_birth}, address {address}, mob {phone}. Provisional licence sorted.
~~
Got a PCN ({N.ticket_number}) for the lesson car {F.plates} in a bus lane on {N.date} - I wasn't even driving that day! Pupil ref {customer_number:pupil}
~~
Can't log in to the theory app. Username {username} password {password}, it keeps throwing {N.error_code}
~~
Refund for the cancelled test please, {N.amount}, to {iban}. Invoice {N.invoice_number}

@@ chat:solar
The inverter ({N.model_number}) has dropped off the wifi since {N.date}. Network {F.ssids}, password {wifi_key}. Its IP is {ip_address}
~~
Heat pump engineer can get in with the key safe, code {pin}. Address {address}. Ring me on {phone} if any issues
~~
Your API key {api_key} for the monitoring portal gives {N.error_code} on port {N.port}. Request ID {N.request_id}
~~
Meter reading on handover was {N.meter_reading}, MPAN/customer ref {customer_number}. Why's the export payment so low?

@@ chat:cinema
Bought {N.quantity:tix} for the {N.time} showing but no confirmation email. Order {N.order_number}, my email is {email}
~~
My Unlimited card {customer_number:member} was blocked after a failed payment. Card on file is {card} exp {card_expiry}
~~
The one-time code {otp} isn't working on the app ({N.version_string}). Phone number on the account is {phone}

@@ chat:insurance
Hi, escape of water from the upstairs bathroom. Policy number {customer_number:policy}, address {address}. Claim ref {N.ticket_number}
~~
Please pay the settlement into {iban}. Policyholder DOB {date_of_birth}. Thanks
~~
Loss adjuster can come at {N.time}, alarm code is {pin}. My number {phone}
~~
Locked out of my online account: username {username}, password {password}. Reset code {otp} never arrives

@@ chat:bike
My e-bike ({N.model_number}) has been in for repair {N.quantity} now. Job no {N.order_number}. Call me on {phone}
~~
Lock combo is {pin}, bike's locked outside {address}
~~
Cycle to Work scheme, certificate/agreement number {customer_number}. Delivery to {address}, tracking {N.tracking_number}

@@ public:any
{N.mention} {N.quantity} waiting for an engineer and the heat pump's still showing {N.error_code} {N.hashtag}
~~
Cheers {N.mention} for nothing, {N.amount} deposit still not refunded {N.hashtag} {N.hashtag2}
~~
{N.mention} claim {N.ticket_number} opened {N.date}, no reply. Ring me {phone}
~~
Brilliant service from {N.mention} today, bike fixed in {N.quantity} {N.hashtag}

@@ agent:any
Hi {F.first_names}, sorry to hear that. Could you DM us your account number and postcode? Please never share your password. {F.agents}
~~
Thanks, I've arranged the refund of {N.amount} to {iban}. Allow {N.quantity}. Kind regards, {F.agents}
~~
Hi {{first_name}}, your code is [CODE]. It's valid for {N.quantity}. Any problems, call {N.company_phone}. ^{F.agents}
~~
I can see the claim {N.ticket_number} under policy {customer_number:policy} and email {email}. The adjuster will ring you on {phone}. Best, {F.agents}

@@ greet
Dear Sir/Madam,
~~
Hi there,
~~
Hello {F.brand_insurance} team,
~~
Morning,

@@ sign
Kind regards,
{F.first_names} {F.last_names}
{address}
Mob: {phone}
~~
Cheers,
{F.first_names}

Sent from my iPhone
~~
Best wishes,
{F.first_names} {F.last_names}
{email} | {phone}
~~
Thanks,
{F.first_names}

@@ quotehdr
On {N.date}, at {N.time}, {F.brand_insurance} wrote:
~~
From: {F.brand_solar} Customer Care
Sent: {N.date} {N.time}
To: {email}
Subject: RE: Your case {N.ticket_number}
~~
---------- Forwarded message ---------
From: {F.brand_cinema}
Date: {N.date}
~~
On {N.date} {F.agents} from {F.brand_bike} wrote:

@@ disc
This email and any attachments are confidential. Registered in England and Wales, company no. {N.company_registration}
~~
Please consider the environment before printing this email.
~~
Company number {N.company_registration}. VAT reg GB{N.year}
~~
{F.brand_bike} Ltd, registered company {N.company_registration}
"""

TEXT_US = r"""
@@ chat:extra2
Got a new router so the {N.model_number} needs to reconnect. SSID {F.ssids}, key {wifi_key}, IP {ip_address}. Request ID {N.request_id} per {N.url}
~~
{N.model_number} offline again. Wifi {F.ssids}, password {wifi_key}, local IP {ip_address}. Ref {N.request_id}, docs at {N.url}
@@ chat:extra3
Pay for the tickets with {card}, exp {card_expiry}, CVV {cvv}. DOB {date_of_birth} for the senior discount
~~
card {card} exp {card_expiry} cvc {cvv}, born {date_of_birth}

@@ chat:extra
Flight {N.flight_number} got canceled so we missed the ski rental, but you still charged {N.masked_value:card}. Also carrier says my SIM PUK is {puk}. phone is from {N.year}
~~
Flight {N.flight_number} was delayed, bikes returned late, fee hit {N.masked_value}. PUK code {puk} for the new SIM. Phone from {N.year}
~~
Production is {N.percentage} under the estimate. Meter reads {N.meter_reading}. Hitting the inverter on port {N.port} with API key {api_key}. Firmware checksum {N.checksum}, SKU {N.product_code}
~~
App says {N.percentage} efficiency, meter at {N.meter_reading}. Bearer token {token} returns {N.error_code} on port {N.port}. sha256 {N.checksum}, part {N.product_code}

@@ story
I called your support line twice and got disconnected both times after a long hold, so I'm putting this in writing.
~~
Some background: we had everything installed in {N.year} and it worked great until the last firmware update ({N.version_string}).
~~
Honestly this is really frustrating. It's been {N.quantity} and nobody has gotten back to me.
~~
I attached the photos and the invoice ({N.invoice_number}). Let me know if you need anything else from me.

@@ subject
Subject: Urgent - need help ASAP
~~
Subject: Question about my account

@@ chat:rental
Hey, reserved {N.quantity:gear} for the weekend (confirmation {N.order_number}). Put the deposit on {card}, exp {card_expiry}, CVV {cvv}
~~
still haven't gotten my {N.amount} deposit back. it's been weeks. account/IBAN if you need it for intl transfer: {iban}
~~
What's the lockbox code for after-hours pickup? I was told {pin}. Cell {phone}
~~
Rewards member #{customer_number:member}, want to add {N.quantity} to my rental. email's {email}

@@ chat:driving
Signing my son up for driver's ed. His DOB is {date_of_birth}, we live at {address}. Best number {phone}
~~
Got a ticket ({N.ticket_number}) mailed to us for the training car {F.plates} running a red on {N.date}. Student ID {customer_number:pupil}
~~
Portal login: {username} / {password}. It says {N.error_code} every time
~~
Can you text the verification code to {phone} instead? The one you emailed ({otp}) expired

@@ chat:solar
Our inverter ({N.model_number}) lost wifi after the router swap. SSID {F.ssids}, passphrase {wifi_key}. Local IP {ip_address}
~~
Installer can use the garage keypad, code {pin}. We're at {address}. Text me at {phone}
~~
The monitoring API token you gave us, {token}, returns {N.error_code}. Request id {N.request_id}
~~
Utility account {customer_number}, net meter reading {N.meter_reading} at PTO. Why is the credit only {N.amount}?

@@ chat:cinema
Bought {N.quantity:tix} for the {N.time} IMAX show, no confirmation. Order {N.order_number}, email {email}
~~
My A-List account {customer_number:member} got charged twice on {N.masked_value:card}. Please refund to the card {card}
~~
2FA code {otp} isn't accepted on the app ({N.version_string}). Username is {username}

@@ chat:insurance
Water heater burst, need to file a claim. Policy {customer_number:policy}, property at {address}. Claim # {N.ticket_number}
~~
Adjuster can come by at {N.time}, alarm code {pin}. Call {phone}
~~
For the payout they asked for my SSN but I'd rather not. Can you use my policy # {customer_number:policy} and DOB {date_of_birth} instead?
~~
Can't log into the app: user {username}, pw {password}

@@ chat:bike
Dropped my e-bike ({N.model_number}) off {N.quantity} ago, work order {N.order_number}. Any update? {phone}
~~
U-lock combo is {pin}, bike's outside {address}
~~
Shipping address for the new frame: {address}. Tracking shows {N.tracking_number}. Email {email}

@@ public:any
{N.mention} {N.quantity} without heat because of your heat pump install. unreal {N.hashtag}
~~
{N.mention} charged me {N.amount} twice for the same tickets {N.hashtag} {N.hashtag2}
~~
{N.mention} claim {N.ticket_number} filed {N.date}, zero response. call me {phone}
~~
Shoutout {N.mention}, bike tuned up same day {N.hashtag}

@@ agent:any
Hi {F.first_names}, we're sorry about this! Please DM us your account number and ZIP — never your password. -{F.agents}
~~
Thanks for your patience. A refund of {N.amount} has been issued to the card ending {N.masked_value:card}. Allow {N.quantity}. -{F.agents}
~~
Hi {{first_name}}, your appointment at {address} is set for {N.date} at {N.time}. Questions? Call {N.company_phone}. -{F.agents}
~~
I found claim {N.ticket_number} under {email}, policy {customer_number:policy}. The adjuster will call {phone}. Best, {F.agents}

@@ greet
Hi,
~~
Hello,
~~
To whom it may concern,
~~
Hey {F.brand_bike} folks,

@@ sign
Thanks,
{F.first_names} {F.last_names}
{address}
Cell: {phone}
~~
Best,
{F.first_names}

Sent from my iPhone
~~
Regards,
{F.first_names} {F.last_names}
{phone} | {email}
~~
thx
{F.first_names}

@@ quotehdr
On {N.date} at {N.time}, {F.brand_insurance} wrote:
~~
From: {F.brand_solar} Support
Sent: {N.date} {N.time}
To: {email}
Subject: RE: Ticket {N.ticket_number}
~~
---------- Forwarded message ---------
From: {F.brand_cinema}
Date: {N.date}
~~
On {N.date}, {F.agents} wrote:

@@ disc
CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient.
~~
Please don't print this email unless you really need to.
~~
{F.brand_solar} Inc. | EIN {N.company_registration}
~~
Federal Tax ID {N.company_registration}
"""
