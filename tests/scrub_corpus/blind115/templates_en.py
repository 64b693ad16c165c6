"""English templates, shared by en-gb and en-us (values are localised)."""

EN = r"""
== account
hi, locked out of the {f:daycare} parent app again. username {s:username} password {s:password} - what am I doing wrong??
Can't log into my {f:gym} account since the {n:version_string} update. Login: {s:username}\nPassword: {s:password}
I changed my password from {s:password} to {s:password} yesterday and now neither works lol
My husband set the portal password to "{s:password}" and now it says error {n:error_code}. Member no. {s:customer_number}
user: {s:username}\npass: {s:password}\nstill can't download invoice {n:invoice_number}
The temp password you emailed me ({s:password}) is rejected. Account number is {s:customer_number}
For the {f:petins} claims portal my login is {s:username} and pw is {s:password}, can someone take a look? been at it for {n:quantity}
Forgot my password AGAIN. Old one was {s:password}. Username's {s:username} if that helps
== payment
Please refund the {n:amount} to IBAN {s:iban}, name {f:name}. You charged me twice for the storage unit
New bank details for the direct debit: {s:iban}. Policy number {s:customer_number}
Paid by card {s:card}, exp {s:card_expiry}, CVV {s:cvv} - and I still got a reminder for {n:amount}?!
Card number: {s:card}\nExpiry: {s:card_expiry}\nSecurity code: {s:cvv}\nIs that enough for the moving deposit on {n:date}?
I used my Visa ending... actually the full number is {s:card} (expires {s:card_expiry}), the payment page showed {n:error_code}
the vet bill for {f:pet} was {n:amount} (invoice {n:invoice_number}), please pay it into {s:iban}
Can you take the monthly PT fee from my Mastercard {s:card} instead? valid thru {s:card_expiry}
Deposit for unit C14 should go back to {s:iban}, NOT the old account {n:masked_value}
== identity
For {f:child}'s nursery registration: date of birth {s:date_of_birth}, home address {s:address}
My dad's funeral plan: DOB {s:date_of_birth}, plan number {s:customer_number}, last address {s:address}
Booking driving lessons for my son, born {s:date_of_birth}, lives at {s:address}. How much is a block of {n:quantity}?
Enrolment form for the Spanish evening class:\n- Name: {f:name}\n- DOB: {s:date_of_birth}\n- Address: {s:address}\n- Phone: {s:phone}
I'm a Dutch citizen living here, my BSN is {s:bsn} if you need it for the insurance. Born {s:date_of_birth}
She was born {s:date_of_birth}, we're at {s:address} now (moved last month)
== contact
Our new address after the move is {s:address}, please send invoices there from {n:date}
Call me back on {s:phone} please, I'm free until {n:time}. It's about the trial session on {n:date}
You can email me at {s:email} or text {s:phone}. Cheers, {f:first}
Pickup: {s:address}\nDrop-off: {s:address}\nContact on the day: {s:phone}
Please update my email to {s:email}. I no longer use {s:email}
my wife is on {s:phone} and I'm on {s:phone} (after {n:time} is best)
Please deliver the ashes to {s:address}. If no answer ring my brother on {s:phone}
New number for {f:pet}'s file: {s:phone} - the old one ending {n:masked_value} is dead
== codes
The text code I got is {s:otp} but it says expired
verification code {s:otp}
Keybox at the storage site is {s:pin} right? The movers are arriving at {n:time}
Gym wifi ({f:ssid}) password {s:wifi_key} no longer works on my phone
Got code {s:otp} by email but the screen wants a different one??
Gate code at the nursery is {s:pin} now? The old one {s:pin} doesn't open
SIM locked. PUK {s:puk} from the card, set PIN to {s:pin}, still not getting the 2FA codes from the {f:gym} app
code is {s:otp} - reading it off my other phone
Alarm code for the dog sitter is {s:pin}, please pass it on to the walker
== tech
Your API returns {n:error_code} with our key {s:api_key}. Request ID {n:request_id}
Our dev says the token {s:token} expired after {n:version_string}, can you issue a new one?
Nursery cam ({f:model}) isn't reachable on port {n:port} at {s:ip_address}
Authorization: Bearer {s:token}\nstill getting {n:error_code} on the members API
Someone logged in from {s:ip_address} and it wasn't me! Username {s:username}
Integration key for the booking system: {s:api_key} (file checksum {n:checksum})
== noisy
Order {n:order_number} for the packing boxes ({n:quantity}) still hasn't arrived, tracking {n:tracking_number} hasn't moved in days
Complaint {n:ticket_number} from {n:date} still open! Invoice {n:invoice_number} says {n:amount} instead of {n:amount}
Flight {n:flight_number} lands at {n:time}, can the dog stay at the kennels till {n:date}?
You added {n:percentage} for {n:year} without telling anyone. Member since {n:year}
The treadmill ({f:model}, part {n:product_code}) is broken again, ref {n:ticket_number}
Final meter readings at the old place: electric {n:meter_reading}, gas {n:meter_reading}. Moving out {n:date}
App crashes on {n:version_string} with {n:error_code}. See {n:url}
== public
{n:mention} been waiting {n:quantity} for a reply about cancelling. Unreal {n:hashtag}
{n:mention} why is the nursery app down AGAIN, I just want to see if {f:child} napped {n:hashtag}
Huge thanks {n:mention}, move done in {n:quantity} {n:hashtag} {n:hashtag}
{n:mention} case {n:ticket_number} stuck since {n:date}. Ring me on {s:phone} pls
{n:mention} vet claim for {n:amount} rejected with zero explanation {n:hashtag}
{n:mention} hi can someone DM me? My member number is {s:customer_number}, it's about my PT sessions
Anyone else get a {n:percentage} price hike from {n:mention}? {n:hashtag}
{n:mention} my instructor no-showed at {n:time}. again. {n:hashtag}
== agent
Hi {f:first}, sorry you're locked out! I've unlocked the account - your customer number is {s:customer_number}. Please never send us your password, even by DM. ^{f:agent}
Thanks for your patience. I can see the {n:amount} payment from the card ending {n:masked_value}. Your ticket is {n:ticket_number}. {f:agent}
Hi {f:first}, we've updated the direct debit to {s:iban} for policy {s:customer_number}. Next collection {n:date}.
Afternoon! Could you DM us your date of birth and postcode so I can find {f:child}'s registration? Or call {n:company_phone} until {n:time}. {f:agent}
Hi! I've changed the address to {s:address} - does that look right? Confirmation will go to {s:email}. {f:agent}
Thanks for waiting. The crew arrives {n:date} between {n:time} and {n:time}. Case ref {n:ticket_number}. Urgent? {n:company_phone}
Hi {f:first}, the new access code for your unit is {s:pin}. Please don't share it. Contract {s:customer_number} runs to {n:date}. ^{f:agent}
Hi {f:first}, your temporary password is {s:password}. Please change it after first login at {n:url}. Kind regards, {f:agent}
"""

EN_FRAMES = r"""
== greeting
Hi there,
Dear Sir/Madam,
Hello,
Good afternoon,
Hi team,
Dear {f:agent},
To whom it may concern,
Morning all,
== closing
Kind regards,
Thanks in advance!
Cheers,
Best,
Many thanks,
Thanks,
Best wishes,
Regards,
== sig
{f:name}\n{s:phone}
{f:name}\nTel: {s:phone}\n{s:address}
{f:first}\n\nSent from my iPhone
{f:name}\nMobile {s:phone} | {s:email}
{f:name}\n{s:address}
{f:first} ({f:child}'s mum)\ncell {s:phone}
{f:name}\nMember #{s:customer_number}\nGet Outlook for Android
-- \n{f:name}\n{s:email}\n{s:phone}
== quote_hdr
On {n:date} at {n:time}, {f:gym} Support wrote:
On {n:date}, {n:time} {f:petins} Claims wrote:
From: {f:mover} Customer Care\nSent: {n:date} {n:time}\nTo: {f:name}\nSubject: RE: your enquiry {n:ticket_number}
On {n:date} {f:agent} from {f:daycare} wrote:
-----Original Message-----\nFrom: {f:storage} Helpdesk\nDate: {n:date}\nSubject: Confirmation {n:order_number}
On {n:date} at {n:time}, {f:funeral} wrote:
== quote_body
Hi {f:first},\n\nThanks for getting in touch. Could you confirm your customer number and date of birth so we can proceed?\n\nKind regards,\n{f:agent}
Dear Customer,\n\nYour request has been logged as {n:ticket_number}. We aim to respond within {n:quantity}.\n\nCustomer Care
Hi {f:first},\n\nWelcome aboard! Your member number is {s:customer_number}. First session with {f:trainer} is {n:date} at {n:time}.\n\nStay strong,\n{f:agent}
Hi {f:first},\n\nApologies. The {n:amount} will be refunded within {n:quantity} to the account ending {n:masked_value}.\n\nBest,\n{f:agent}
Hello,\n\nTo process the claim we still need your policy number, the invoice and your bank details. Claim ref: {n:ticket_number}\n\n{f:agent}
Dear family,\n\nWe confirm the arrangement on {n:date} at {n:time}. Reference {n:ticket_number}. Any questions: {n:company_phone}.\n\nWith sympathy,\n{f:agent}
== disclaimer
{f:storage} Ltd | Registered in England, company no. {n:company_registration} | VAT {n:company_registration} | {n:url}
This email is intended solely for the addressee. Customer care: {n:company_phone}. Company number {n:company_registration}.
Please consider the environment before printing this email.
Visit {n:url} for FAQs. Call us on {n:company_phone} (Mon-Fri).
== forward
---------- Forwarded message ---------\nFrom: {f:name} <{s:email}>\nDate: {n:date}\nSubject: registration\nTo: {f:name} <{s:email}>
Begin forwarded message:\n\nFrom: {f:name} <{s:email}>\nSubject: Fwd: invoice {n:invoice_number}\nDate: {n:date} at {n:time}
"""

EN_ECHO = r"""
== echo
Thanks {f:first}! I've noted {e:x} and passed it to the right team. Case {n:ticket_number}. ^{f:agent}
Hi {f:first}, just to double-check - is it {e:x}? Then I'll sort it today. {f:agent}
Great, {e:x} is now on your file. You'll hear from us within {n:quantity}. {f:agent}
Thanks! Quick tip: best not to share things like {e:x} publicly. I've logged it under {n:ticket_number}. ^{f:agent}
"""

EN_MISC = r"""
== misc
Downloaded the nursery photo backup but the checksum doesn't match: {n:checksum}. Meter reading on the handover form says {n:meter_reading} and {n:company_phone} just rings out
My flight {n:flight_number} is delayed and the parcel with the dog's harness ({n:tracking_number}) went back to depot. Error ID {n:request_id}
Meter reading at unit handover: {n:meter_reading} (photo attached). Zip file SHA-256 is {n:checksum}, contract from {n:year}
Item {n:product_code} from order {n:order_number} missing, shipped as {n:tracking_number}. Reference {n:request_id}, I fly out tomorrow on {n:flight_number}
== agent_sig
\n\nKind regards,\n{f:agent} | Customer Care\nT {n:company_phone}
\n— {f:agent}, social team (or call {n:company_phone})
\n\nThanks, {f:agent}\n{n:url} | {n:company_phone}
\n^{f:agent} | Mon-Fri 8am-8pm: {n:company_phone}
"""
