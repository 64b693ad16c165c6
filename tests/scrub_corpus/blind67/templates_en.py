"""English (en-gb + en-us) templates. Prefix 'GB|' or 'US|' restricts to one variant."""

GROUPS = [
 ("chat", "removals", [
  "hi, we're moving on {!date} from {address} to {address.2}. can your lads start at {!time}? my number is {phone}",
  "Got quote {!order_number} for {!quantity} but {!amount} seems way off?? Please call me back on {phone}",
  "keysafe by the back door is {pin}, the crew can let themselves in from {!time}",
  "US|paid the deposit ({!amount}) with card {card} exp {card_expiry} security code {cvv} but no confirmation email",
  "your movers scratched my dresser. claim number {!ticket_number}. email me at {email}",
  "New address: {address}\nOld address: {address.2}\nMobile: {phone}\nMove date: {!date}\nNo. of boxes: {!quantity}",
  "GB|Can you put invoice {!invoice_number} in the name of {@name}, {address}? Our company no. is {!company_registration}.",
  "US|gate code at the new building is {pin}, the elevator is booked {!time} to {!time.2}. text me at {phone}",
 ]),
 ("chat", "bank", [
  "I need to update my address, new one is {address}. account {iban}, DOB {date_of_birth}",
  "hey I keep getting a text code ({otp}) but the app says invalid when I try to change my address. error {!error_code}",
  "My card ending {!masked_value} got sent to the old address. Can you cancel it? PIN was {pin} so change that too",
  "GB|moved house, sort code and account are on file but IBAN is {iban} for the international transfer of the deposit",
  "US|changing address: SSN last 4 {!masked_value}, DOB {date_of_birth}, new address {address}. account number {customer_number}",
  "code from the app: {otp} — still can't update my address, app version {!version_string}",
 ]),
 ("chat", "energy", [
  "GB|Meter readings on moving day {!date}: electric {!meter_reading}, gas {!meter_reading.2}. MPAN {customer_number:mpan}",
  "Hi, moving out on {!date}. account number {customer_number}, forwarding address {address}. Final bill to there please",
  "which reading do I give you? the display shows {!meter_reading} and the meter is a {!model_number}. Account {customer_number}",
  "US|Stop service at {address} on {!date}, start at {address.2}. Account {customer_number}, call {phone}",
  "My direct debit jumped to {!amount} a month, {!percentage} up. Account {customer_number:contract}, ring me on {phone}",
  "Never got a final bill for {address}, only invoice {!invoice_number}. Email {email} please",
 ]),
 ("chat", "water", [
  "water meter reading at handover: {!meter_reading}. customer ref {customer_number}, address {address}",
  "GB|Morning, moved into {address} on {!date}. Account ref {customer_number}, please set up the direct debit from {iban}",
  "sent a photo of the meter at {!time}, reads {!meter_reading}, serial {!model_number}",
  "US|new tenant at {address}, the meter read {!meter_reading} on {!date}. acct {customer_number}, cell {phone}",
 ]),
 ("chat", "internet", [
  "Moved and the router's dead. Account {customer_number}, router {!model_number}, error {!error_code}",
  "wifi password on the new hub is {wifi_key} (network {@ssid}) but my laptop won't connect",
  "can't log in to the router. user admin / pass {password}, ip {ip_address} port {!port}",
  "Engineer booked {!date} between {!time} and {!time.2}. Address {address}, phone {phone}. Account no {customer_number}",
  "after the move the app throws {!error_code} ({!version_string}). My login is {username} and password {password}",
  "US|tech never showed. new wifi is {@ssid} / {wifi_key}. public ip {ip_address}, can you check remotely?",
  'new house wifi: {@ssid}, key {wifi_key}. previous owner left the router behind',
 ]),
 ("chat", "council", [
  "GB|Council tax: moved in {!date}, address {address}, ref {customer_number}. National Insurance no. not needed right?",
  "US|filed change of address with USPS, confirmation {!order_number}, but mail still goes to {address}",
  "GB|Electoral roll says I'm still at {address}. DOB {date_of_birth}, reference {!ticket_number}",
  "US|DMV address update, DOB {date_of_birth}, license number isn't needed here, new address {address}",
  "the verification code {otp} for the address change portal won't work",
 ]),
 ("chat", "deposit", [
  "Landlord is keeping {!amount} of my deposit. Tenancy ref {customer_number:contract}, refund to {iban} please",
  "GB|My deposit ({!amount}) is protected with the scheme, ref {customer_number}. Mobile {phone}",
  "checkout inspection was {!date} at {!time}, {address}. when do I get the deposit back? email {email}",
  "US|paid the security deposit with {card}, {card_expiry}, landlord says nothing came through. transaction {!request_id}",
 ]),
 ("chat", "storage", [
  "gate code at the storage place stopped working, I'm using {pin}. unit {!product_code}",
  "Customer no {customer_number}. Closing my unit on {!date}, take the balance of {!amount} from {iban}",
  "portal login: {username} / {password} -- still shows the old monthly rate of {!amount}",
  "alarm code for my unit is {pin}, gate keypad {pin.2}. do these change after I move out?",
  "US|Rented a {!quantity} unit. Paid with {card} exp {card_expiry}, CVV {cvv}.",
 ]),
 ("chat", "mail", [
  "GB|Redirection set up for {address} but post still going to the old place. order ref {!order_number}",
  "US|mail forwarding from {address} to {address.2} started {!date}, paid {!amount}, nothing arriving",
  "parcel {!tracking_number} went to my old address, I'm now at {address}. call {phone}",
  "the confirmation code I got by email is {otp} but the form rejects it",
 ]),
 ("chat", "sim", [
  "lost my phone in the boxes and the new SIM wants a PUK. Number {phone}. Account {customer_number}",
  "PUK is {puk} right? and SIM PIN {pin}. not working",
  "updated my plan when I moved but the verification code {otp} goes to my old number {phone}",
  "sim locked after the move, PIN {pin} doesn't work any more. number {phone}",
  'found the card, PUK is {puk}, number {phone}',
 ]),
 ("chat", "dev", [
  "We're a relocation platform integrating your address API. Our key {api_key} returns {!error_code}. request id {!request_id}",
  "For the integration we send Bearer {token} but it expires after an hour?",
  "AWS access key id {api_key} and secret {aws_secret} were pasted in the ticket by mistake, please delete",
  "webhook gets 401 with token {token}. server {ip_address}:{!port}, payload checksum {!checksum}",
  'personal access token {token} leaked in our repo during the migration, please revoke',
  'API key {api_key} for our moving portal stopped working after {!version_string}. Portal user {username}, company no {!company_registration}',
 ]),
 ("public", "pub", [
  "{!mention} {!quantity} days waiting for an engineer, moved on {!date} and still no broadband {!hashtag}",
  "{!mention} your redirection service is a joke. Post still landing at the old address {!hashtag} {!hashtag.2}",
  "Just call me {!mention}: {phone}. Filled the form in 3 times now {!hashtag}",
  "{!mention} how long does an address change actually take? case {!ticket_number}",
  "Cheers {!mention}! Readings submitted, sorted in {!time} {!hashtag}",
  "{!mention} my email is {email}, please get in touch about the damage during the move",
  "US|{!mention} moved {!date}, service still on at the old apt, being billed {!amount} {!hashtag}",
  "GB|{!mention} {!mention.2} who is responsible for the final bill of {!amount}?? {!hashtag}",
 ]),
 ("agent", "agent", [
  "Hi {@first}, thanks for your message. I've updated your address to {address} from {!date}. Your case number is {!ticket_number}. {@agent}",
  "Hi {@first}, sorry to hear that. Could you DM us your account number and postcode? ^{@agent}",
  "Please never share your PIN or password with us, not even by DM. Call us on {!company_phone} ({!time}-{!time.2}). {@agent}",
  "I can see the deposit of {!amount} was refunded on {!date} to account {!masked_value}. Can you check? /{@agent}",
  "Dear {{first_name}}, your move is booked for <date>. More info: {!url}. Kind regards, {@agent}",
  "Thanks {@first}. I've logged the readings ({!meter_reading} and {!meter_reading.2}) for account {customer_number}. Invoice {!invoice_number} will follow. ^{@agent}",
  "I've sent a text with a new code to {phone}. It can take up to {!quantity}. Thanks, {@agent}",
  "Hi {@first}, I've moved contract {customer_number:contract} to {address}. The new router ({!model_number}) ships with {!tracking_number}. {@agent}",
 ]),
 ("email", "mail", [
  """I'm moving on {!date} from {address} to {address.2} and would like to take my energy account with me.

Account number: {customer_number}
Meter readings at the old property (photo attached): {!meter_reading} electric / {!meter_reading.2} gas
Bank details for the final bill: {iban}

Could you confirm the monthly payment of {!amount} stays the same? Best number to reach me is {phone}.""",
  """Further to our call on {!date}, here are the details you asked for regarding the deposit.

Tenant: {@name}
Date of birth: {date_of_birth}
Current address: {address}
Account: {iban}

The landlord has already signed. The key is in the key safe (code {pin}) so the inventory clerk can get in on {!date.2} at {!time}.""",
  """Last week I booked a removal (quote {!order_number}) for {!quantity} and roughly {!quantity.2}.
Unfortunately I can't log in to change the date. I reset my password, the new one is {password}, but I still get {!error_code}.
My username is {username}.

I'd like to move the date to {!date}. The new place is {address}, a parking suspension is needed there.""",
  """My broadband needs to move to the new address on {!date}:

{address}

Account {customer_number}. I got a new router ({!model_number}) but want to keep the old settings: network {@ssid}, password {wifi_key}. Is that possible?
Also the router admin password: {password} (from the sticker). My public IP was {ip_address}, I need it for the cameras on port {!port}.""",
  """We rented a storage unit during the renovation and want to end it on {!date}.
Contract {customer_number:contract}, unit {!product_code}.
The gate access code ({pin}) stopped working yesterday. Can you reset it?
The remaining balance can be charged to {iban}, or else my credit card {card} ({card_expiry}).""",
  """GB|Please find attached the signed handover form with the readings:
- electricity: {!meter_reading} kWh
- gas: {!meter_reading.2}
- water: {!meter_reading.3} m³
Address: {address}
New occupier: {@name}, contact {email}. MPAN {customer_number:mpan}, previous tenant's account {customer_number}.""",
  """US|I submitted a change of address online (confirmation {!order_number}) and paid the {!amount} fee with card {card}.
Old address: {address}
New address: {address.2}
DOB: {date_of_birth}
I never got the validation letter. The code texted to {phone} was {otp}. Please advise.""",
 ]),
]
