"""English templates (en-gb and en-us share the generic groups; UK- and US-specific extras)."""

BODY = [
    ("en_bike", "bike", [
        "My cycle to work bike was nicked outside the office. Scheme certificate / agreement no. {customer_number|lease}. What do I do now?",
        "hi, the motor on my {~model_number|bike} keeps cutting out, display shows {~error_code|bike}. Bought {~date}, order {~order_number}",
        "Can your mechanic pick the bike up from {address}? Lock combo is {pin|lock}, it's chained to the railings.",
        "Payment for the service: card {card}, expiry {card_expiry}, security code {cvv}. Total was {~amount}.",
        "Please update my direct debit to {iban}. Membership number {customer_number|member}.",
        "Can't log into the app. Username: {username} Password: {password}. Tried resetting but the email never arrived. App {~version_string}",
        "Booked a service for {~date} at {~time}, if anything changes text me on {phone} or email {email}",
        "The e-bike subscription charged me {~amount} twice this month ({~percentage} more than the quote). Account {customer_number}.",
    ]),
    ("en_grid", "grid", [
        "Power's been out since {~time} at {address}. Whole street is dark. Call me on {phone}",
        "Meter reading as of {~date}: {~meter_reading}. Account number {customer_number}.",
        "The smart meter ({~model_number|meter}) shows {~error_code|meter} and the in-home display won't pair. My wifi is {$ssid}, key {wifi_key}.",
        "Your engineer can access the meter cupboard, keysafe code {pin|keybox}. Address {address}.",
        "I keep getting a verification code by text that I didn't ask for: {otp}. Then another one, {otp:2}. Is someone trying to get into my account?",
        "Moving out on {~date}. Final reading {~meter_reading}. Forwarding address: {address:2}. DOB {date_of_birth} if you need to verify.",
        "The code the app read out to me was {otp|words}, but it says expired",
        "Dongle IP is {ip_address} and it's listening on port {~port}, still no data in the portal. Request ID {~request_id}",
    ]),
    ("en_waste", "waste", [
        "Our recycling bin hasn't been emptied for {~quantity} weeks at {address}. Reported it already, ref {~ticket_number}.",
        "Requesting a bulky waste collection: {~quantity}. Address {address}. Phone {phone}.",
        "My green bin has been stolen. Bin permit / account no. {customer_number|waste}. Email {email}",
        "Why was I charged {~amount} for a garden waste permit I cancelled on {~date}? Card ending {~masked_value|card}, but refund should go to {iban}.",
    ]),
    ("en_photo", "photo", [
        "Ordered {~quantity} (order {~order_number}) and half of them came out blurry. The original files are fine, checksum {~checksum}.",
        "Gallery password for the wedding photos doesn't work: {password}. Could you reset it?",
        "Upload keeps failing with {~error_code|photo}, Chrome {~version_string}.",
        "Our print lab integration stopped working. API key {api_key}, bearer token {token}. Error {~error_code|web}, request {~request_id}.",
        "For the newborn shoot on {~date}: we're at {address}, the door code is {pin|door}. Baby's DOB is {date_of_birth|child} for the album.",
        "Please invoice my company instead, reg. number {~company_registration}. Invoice {~invoice_number}.",
    ]),
    ("en_lux", "lux", [
        "My {~model_number|watch} has been with you for service since {~date} (repair ref {~order_number}). Any update? {phone}",
        "Please ship the watch back insured to {address}. Value {~amount}.",
        "Paying the service fee by card: {card}, exp {card_expiry}, CVV {cvv}.",
        "Lost the warranty card but I have the receipt, invoice {~invoice_number}. Customer number {customer_number}, DOB {date_of_birth}.",
    ]),
    ("en_baby", "baby", [
        "Our baby registry ({customer_number|registry}) isn't showing any purchases. Login email {email}, password {password}.",
        "The {~model_number|baby} arrived damaged, order {~order_number}, tracking {~tracking_number}. Delivery address {address}.",
        "My account was hacked, someone ordered stuff. Changed password from {password} to {password:2}. Username {username}.",
        "Our little one was born on {date_of_birth|child}, please add her to the birthday club, member no. {customer_number|member}",
        "New SIM from the shop needs the PUK: {puk}. Old PIN was {pin|sim}. I need my phone for the registry app 2FA.",
        "My phone passcode is {pin|phone} if the store needs to transfer the app data",
    ]),
    ("en_public", "grid", [
        "{~mention} no power in {$city} since {~time}. ETA? {~hashtag}",
        "{~mention} still waiting on ref {~ticket_number} {~hashtag} {~hashtag:2}",
        "{~mention} can someone DM me? account {customer_number}",
        "{~mention} your site {~url} keeps throwing {~error_code|web} {~hashtag}",
        "{~mention} engineer was a no-show again ({~date}). Call me {phone}",
        "{~mention} email me at {email} please, this is ridiculous",
    ]),
]
BODY_GB = [
    ("gb_specific", "muni", [
        "Council tax reference {customer_number} — I've moved from {address} to {address:2} on {~date}. NI number isn't needed I hope.",
        "Bin collection missed again on {$street}. I'm at {address}. Mobile {phone}.",
        "Blue badge renewal: DOB {date_of_birth}, address {address}, phone {phone}.",
        "Sort out my refund to {iban} please, reference {~ticket_number}, cheers",
    ]),
]
BODY_US = [
    ("us_specific", "grid", [
        "Outage at {address} since {~time}. Account # {customer_number|utility_us}. Cell {phone}.",
        "Trash pickup skipped us again on {$street}. {address}. Call {phone}.",
        "Autopay failed, card {card} exp {card_expiry} cvv {cvv}. Acct {customer_number|utility_us}.",
        "Registry question: my DOB is {date_of_birth}, baby due {~date}, email {email}.",
    ]),
]
GREETING = ["Hi,", "Hello,", "Dear Sir/Madam,", "Hi there,", "Good morning,", "Hi {$brand} team,", "To whom it may concern,", "Hey,"]
CLOSING = ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Cheers,", "Regards,", "Thanks in advance,", "Best wishes,"]
SIGNATURE = [
    "{$full}",
    "{$full}\n{phone}",
    "{$full}\n{address}\nMob: {phone}",
    "{$first}\n\nSent from my iPhone",
    "{$full}\nT: {phone}\nE: {email}",
    "{$full} Photography\nCo. reg. {~company_registration} | {~url}\n{phone}",
    "{$full}\n{address}",
    "{$first}\nSent from Outlook for Android",
]
DISCLAIMER = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender.",
    "Please consider the environment before printing this email.",
    "CONFIDENTIALITY NOTICE: The contents of this email are confidential.",
    "This message has been scanned for viruses.",
]
QUOTE_HEADER = [
    "On {~date}, at {~time}, {$brand} Support wrote:",
    "-----Original Message-----\nFrom: {$brand} Customer Care\nSent: {~date} {~time}\nSubject: RE: Your case [{~ticket_number}]",
    "On {~date} {$agent} from {$brand} wrote:",
    "From: {$brand}\nDate: {~date}\nSubject: Case {~ticket_number}",
]
FORWARD = [
    "---------- Forwarded message ---------\nFrom: {$full} <{email}>\nDate: {~date}\nSubject: {?bike/meter/order/bin}\n",
    "Begin forwarded message:\n\nFrom: {$full} <{email}>\nSubject: Fwd: {?complaint/question/invoice}\nDate: {~date} at {~time}\n",
]
AGENT = [
    "Hi {$first}, sorry about the outage. Our engineers are on site, ref {~ticket_number}. Updates at {~url}. {$agent}",
    "Hi {$first}, please don't share your password with anyone, including us. You can reset it at {~url} or call {~company_phone}. Thanks, {$agent}",
    "Thanks {$first}, we've logged your reading of {~meter_reading} on {~date}. {$agent}",
    "Hi {$first}, the refund of {~amount} will go back to card {~masked_value|card} within {~quantity} working days. ^{$agent}",
    "Hi there, could you DM us your account number and postcode? We'll take a look. {$agent}",
    "Hi {$first}, I've updated your address to {address} and we'll call you on {phone} to confirm. {$agent}",
    "Hi {first_name}, your code is <code>. Never share it with anyone. {$agent}",
    "Hi {$first}, I've found account {customer_number} and raised a repair job {~ticket_number}. {$agent}",
]
AGENT_SIG = [
    "{$agent} | {$brand} Customer Care\n{~company_phone} | {~url}",
    "Kind regards,\n{$agent}\n{$brand} — Registered in England, company no. {~company_registration}",
    "Thanks, {$agent} ({$brand} Social Team)",
    "Team {$brand}\nCall us on {~company_phone}",
]

BODY += [
    ("en_secrets", "photo", [
        "Login for the studio portal:\nuser: {username}\npass: {password}\nI know, I know, but the deadline is today",
        "Just reset my password to {password}, old one was {password:2}. Still says invalid credentials.",
        "Got code {otp} by text, expired, then {otp:2}. Neither works.",
        "Your colleague asked me to read the code out, it was {otp|words}. Is that legit?",
        "Router admin password is {password}, admin page at {ip_address} port {~port}.",
        "Home wifi: {$ssid}, password {wifi_key}. Meter dongle sees the network but won't connect.",
        "My card PIN is {pin|card}, can I change it in store? (card ending {~masked_value|card})",
        "Alarm code is {pin|alarm}, spare key with the neighbour. Engineer can come {~date}.",
        "Personal access token: {token}. Broke after the {~version_string} update.",
        "Prod key {api_key}\nTest key {api_key:2}\nEndpoint returns {~error_code|web}",
        "PUK is {puk}, SIM locked. So I can't get the app's 2FA texts. Email me at {email} instead?",
        "username {username}, haven't been able to log in since {~year}",
        "AWS access key id {api_key|aws} secret {api_key|aws_secret} — accidentally pasted in the ticket, please delete",
    ]),
    ("en_mixed", "lux", [
        "Bought the watch in {~year} with {~percentage} off. Now it loses {~quantity} a day. Customer no. {customer_number}.",
        "Flight {~flight_number} lands at {~time}, can I still collect the pram after? Order {~order_number}. Call {phone}.",
        "Name: {$full}\nAddress: {address}\nPhone: {phone}\nEmail: {email}\nBank: {iban}\nDOB: {date_of_birth}",
        "Refund details --> {iban} ({$full}), amount {~amount}, invoice {~invoice_number}",
        "my number is {phone} or my partner's {phone:2}, either is fine for delivery to {address}",
    ]),
]
AGENT += [
    "Hi {$first}, please change your PIN straight away via your bank, we'd never ask for it. {$agent}",
    "Hi {$first}, your watch ({~model_number|watch}) is ready for collection from {~date}. Repair no. {~order_number}. {$agent}",
    "Hi {$first}, we've added {phone} to your account and removed {~masked_value|phone}. {$agent}",
    "Hi {$first}, your registry {customer_number|registry} is back online, sorry! {$agent}",
]
BODY += [
    ("en_extra", "photo", [
        "We're on {~flight_number} on {~date}, can the camera bag go in the cabin? Customer number {customer_number}.",
        "The download zip is corrupted, SHA-256 should be {~checksum} according to your page. Order {~order_number}.",
    ]),
]
