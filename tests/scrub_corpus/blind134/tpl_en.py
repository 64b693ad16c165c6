"""English templates: shared (en), UK-only (en-gb), US-only (en-us)."""

CUST_EN = {
    "parcel": [
        "Hi, my parcel is sitting in the locker at {f:locker} but the collection code {t:otp.locker} says invalid. Tracking {n:tracking_number}. Pls sort this",
        "Third time you've left a card saying nobody was in. I was literally home at {t:address}!! Call me on {t:phone}",
        "can you redirect parcel {n:tracking_number} to a pickup point? not home till {n:date}. account no {t:customer_number}",
        "The locker app wants me to log in again. username {t:username} password {t:password} and it just spins, error {n:error_code}",
        "Got a text with code {t:otp} for the pick-up point but the shop says the parcel was returned on {n:date}?? order {n:order_number}",
    ],
    "cinema": [
        "Hello, I was charged twice for {f:film} tickets ({n:amount} each) on my card {t:card}. Booking ref {n:order_number}. Please refund",
        "My membership card {t:customer_number} stopped working at the door. DOB is {t:date_of_birth} if you need it to verify",
        "Can't log into the app after updating to {n:version_string}. My login is {t:username} / {t:password}. Verification code {t:otp} never arrives",
        "We had tickets for {f:play} on {n:date} at {n:time}, show was cancelled. Please refund to {t:iban} ({f:full})",
        "Paid with card {t:card}, expiry {t:card_expiry}, security code {t:cvv} and the page timed out. Request ID {n:request_id}. Do I have seats or not?",
    ],
    "drinks": [
        "Age verification on your site keeps failing. Date of birth {t:date_of_birth}, email {t:email}. Order {n:order_number}",
        "Please cancel my wine club subscription, member no. {t:customer_number}. Last box arrived {n:date}",
        "Delivery driver couldn't find us. Address is {t:address}, ring {t:phone} when outside. It's {n:quantity}, heavy",
        "My brewery shop account got hacked - old password was {t:password}, changed it to {t:password}. Someone ordered {n:quantity} I never bought",
        "Refund for the broken bottles please ({n:amount}). Invoice {n:invoice_number}. Bank {t:iban}",
    ],
    "garage": [
        "Morning, dropping the car ({f:plate}) off for service tomorrow. Key's in the lockbox, code {t:pin}. Mobile {t:phone}",
        "New tyres fitted ({n:model_number}) but invoice {n:invoice_number} says {n:amount}, quote was less. Customer number {t:customer_number}",
        "Can someone collect the car from {t:address}? Mileage {n:meter_reading}. I'll pay by card {t:card} exp {t:card_expiry}",
        "Service done, odometer read {n:meter_reading} at drop-off and {n:meter_reading} at pick-up?? Someone took it for a spin. Account {t:customer_number}",
        "Is the {n:percentage} student discount on tyres still on? Card on file {t:card}, CVC {t:cvv}. Verification code you texted: {t:otp.words}",
        "The dealer portal login isn't working. User {t:username}, pw {t:password}. Error {n:error_code} on {n:url}",
    ],
    "housing": [
        "Hi, the front door code for the building ({t:pin}) doesn't work anymore. I'm at {t:address}. Please send someone",
        "Final utility bill for the flat: meter reading on move-out {n:meter_reading}, meter point ref {t:customer_number.ean}. Forwarding address {t:address}",
        "wifi in the flat is down again. network {f:ssid}, key {t:wifi_key}. can the landlord reset the router",
        "My deposit of {n:amount} still hasn't been returned. Tenant ref {t:customer_number.contract}, bank details {t:iban}",
        "Portal login: {t:username}, temporary password {t:password}. It says account locked. Reach me on {t:email} or {t:phone}",
        "Leak in room 4!! I'm at {t:address}. Pics uploaded to {n:url}",
        "Flying in on {n:flight_number} on {n:date}, can the keys go in the key safe? code {t:pin} works for me. text {t:phone}",
    ],
    "toys": [
        "Ordered {n:product_code} for click & collect, the text said code {t:otp} but store says nothing there. Order {n:order_number}",
        "Signed my son up for {f:club}, member number {t:customer_number}, but the fee ({n:amount}) was taken twice from card {t:card}",
        "Kids club summer camp: the {n:percentage} sibling discount wasn't applied. Member no. {t:customer_number}, DOB of my eldest {t:date_of_birth}",
        "Loyalty card {t:customer_number} lost. Email on file {t:email}, birthday {t:date_of_birth}",
        "The {n:model_number} arrived broken. Can you call me on {t:phone}? Happy to drop it at a parcel shop",
    ],
    "account": [
        "Someone logged into my account from {t:ip_address}, not me! Changed password to {t:password}. Username {t:username}",
        "Our integration uses API key {t:api_key} and it returns {n:error_code} since this morning. Docs at {n:url} don't help",
        "Bearer token from the network tab: {t:token} (request id {n:request_id}). Keeps logging me out",
        "AWS creds accidentally pasted in your chat: access key {t:api_key.aws_id} secret {t:api_key.aws_secret}. Can you delete the message?",
        "Our taproom POS integration: key {t:api_key}, host {t:ip_address} port {n:port}. Getting {n:error_code} since {n:date}",
        "Dev pushed our personal access token {t:token} to a public gist ({n:url}). Revoke pls. sha1 of the file {n:checksum}",
        "Guest wifi for the kids' party room: network {f:ssid}, password {t:wifi_key}. Is it ok to print that on the invite?",
        "Reset the router ({n:model_number}) and now can't get into the admin page. login {t:username}, password {t:password}, port {n:port} forwarded",
    ],
}

CUST_GB = {
    "garage": [
        "Hi Kwik Fit, booked an MOT for {n:date} at {n:time}. Key in the key safe by the door, code {t:pin}. Reg {f:plate}. Ring me on {t:phone}",
        "Car failed its MOT on the tyres, fair enough, but you charged {n:amount}. Account {t:customer_number}. Sort code & acct are in the IBAN {t:iban}",
    ],
    "housing": [
        "Dear landlord, my council tax form needs my tenancy ref {t:customer_number.contract} and your address. Mine is {t:address}. Cheers",
        "Letting agent asked for my NI number and DOB ({t:date_of_birth}) on WhatsApp. Is that normal? My mobile is {t:phone}",
    ],
}

CUST_US = {
    "garage": [
        "Hey, bringing the truck in for the oil change + tire rotation {n:date}. Keys in the drop box, code {t:pin}. Cell {t:phone}",
        "State inspection sticker was wrong. Paid {n:amount} with card {t:card}, CVV {t:cvv}, exp {t:card_expiry}. Customer # {t:customer_number}",
    ],
    "housing": [
        "Hi, my lease renewal portal login {t:username} isn't working, password reset code {t:otp} expired. Apt is {t:address}",
        "Landlord still hasn't returned my security deposit ({n:amount}). Mail it to {t:address} or call {t:phone}",
    ],
}

AGENT_EN = [
    "Hi {f:name}, sorry about that! I've generated a new collection code for you: {t:otp.locker}. It's valid until {n:date}. Thanks, {f:agent}",
    "Thanks {f:name}. I can see parcel {n:tracking_number} was delivered to {t:address}. Is that correct? DM us if not. ^{f:agent}",
    "Hi {f:name}, we've refunded {n:amount} to the card ending {n:masked_value}. Allow {n:quantity} working days. Case ref {n:ticket_number}",
    "Please don't share passwords publicly, {f:name}. Your password {t:password} is now visible to everyone, so change it right away at {n:url}. {f:agent}",
    "Hi there, customer number {t:customer_number} is linked to {t:email}. Still stuck? Call {n:company_phone} ({n:time}-{n:time} Mon-Fri).",
    "Hi {f:name}, your booking is confirmed for {n:date} at {n:time}. We'll text {t:phone} when the car's ready. Kind regards, {f:agent} | Company No. {n:company_registration}",
    "Hi {f:name}, the new entry code for the building is {t:pin}, active from {n:date}. Any issues, ring {n:company_phone}.",
    "Hey {f:name}! Refund of {n:amount} sent to {t:iban}. Reference {n:ticket_number}. Have a good evening ^{f:agent}",
    "Thanks for your patience. We'll send a verification code to {n:masked_value}. Never share it with anyone, not even us. Ref {n:ticket_number}",
    "Hi {f:name}, invoice {n:invoice_number} has been corrected to {n:amount} incl. {n:percentage} VAT. See {n:url}. Cheers, {f:agent}",
]
