# English templates (en-gb and en-us). "@gb " restricts to en-gb, "@us " to en-us.

SCEN = {
    "food": [
        "My order {n.order_number} from {f.brand} never showed up but I was charged {n.amount}.",
        "Driver left my food at the wrong door at {n.time}?? order {n.order_number}",
        "been waiting {n.dur} for my takeaway, app says 'on the way' since {n.time}",
        "{n.qty_food} were missing from tonight's order ({n.order_number}), total was {n.amount}.",
        "Promo code for {n.percentage} off won't apply, error {n.error_code}.",
        "@us Restaurant cancelled my order but I still don't see the refund of {n.amount} from {n.date}.",
        "@gb Ordered a curry at {n.time}, got someone else's kebab. Not impressed.",
    ],
    "ride": [
        "Your {f.brand} driver charged me {n.amount} for a ten-minute trip on {n.date}.",
        "I left my wallet in the cab last night around {n.time}, trip {n.order_number}.",
        "Driver cancelled at {n.time} and I still got hit with a {n.amount} cancellation fee",
        "App ({n.version_string}) freezes when I request a ride, error {n.error_code}.",
        "@gb The taxi to Heathrow for flight {n.flight_number} was {n.dur} late, nearly missed it",
        "@us Got charged {n.percentage} surge pricing at 2am on a Tuesday??",
        "@us My driver took the long way to JFK for flight {n.flight_number} and the fare ended up {n.amount}.",
    ],
    "fest": [
        "Bought {n.qty_tickets} for {f.brand} but the e-tickets never arrived. Order {n.order_number}.",
        "The festival got moved to {n.date} and I can't make it. How do I get my {n.amount} back?",
        "My wristband ({n.product_code}) shows zero balance even though I topped up {n.amount}",
        "Ticket queue threw error {n.error_code} after {n.dur} of waiting",
        "@gb Resold my ticket through the official exchange on {n.date} and still haven't been paid {n.amount}.",
        "@us Can't transfer my ticket to my friend, {n.url} just shows a blank page.",
    ],
    "parcel": [
        "Parcel {n.tracking_number} has been 'in locker' for {n.dur} but the locker won't open.",
        "Tracking says delivered at {n.time} but nothing here. {n.tracking_number}",
        "The parcel locker at Tesco gives error {n.error_code} when I scan my code",
        "@gb Courier left a 'sorry we missed you' card but I was in all day, {n.time} apparently",
        "@us Package {n.tracking_number} marked delivered, porch is empty, neighbours have nothing",
        "I've been asked to pay {n.amount} customs on a {n.amount} parcel, invoice {n.invoice_number}. Seriously?",
    ],
    "water": [
        "No water on our whole street since {n.time} this morning, are you aware?",
        "My direct debit just went up {n.percentage} to {n.amount} a month, why?",
        "Meter reads {n.meter_reading} but you billed me on an estimate of {n.meter_reading}.",
        "Brown water from the tap since {n.date}, is it safe to drink?",
        "@gb Got a bill for {n.amount} (ref {n.invoice_number}) and it's just the two of us in a flat.",
        "@us Moving out on {n.date}, final meter reading is {n.meter_reading}.",
        "There's a leak by the stopcock outside, water everywhere on the pavement",
    ],
    "housing": [
        "Been waiting {n.dur} for someone to sort the damp and mould in the bathroom. Repair ref {n.ticket_number}.",
        "Boiler ({n.model_number}) has broken down again, it's {n.date} and we've got no hot water.",
        "@gb My rent's gone up {n.percentage} from {n.date}, is that allowed under the tenancy?",
        "The communal door hasn't locked for weeks, reported as {n.ticket_number}.",
        "@gb Service charge statement for {n.year} shows {n.amount} for cleaning that never happens",
        "@us Our landlord portal says the maintenance request {n.ticket_number} is closed but nobody ever came.",
    ],
}

FACT = {
    "password": [
        "My password is {password} and it keeps saying 'invalid credentials'.",
        "pw: {password}",
        "I changed the password from {password} to {password} and still can't log in",
        "Even tried the old password {password}, nothing.",
        "password for the tenant portal is {password} if you want to check",
        "@gb passcode is {password} (capital at the start)",
        "@us Login: my email, password {password}",
    ],
    "pin": [
        "My card PIN is {pin}, should I cancel it?",
        "Key safe by the front door is {pin} so the engineer can let themselves in.",
        "the locker asks for a PIN and I typed {pin} like the text said",
        "Gate code is {pin}",
        "Phone unlock code is {pin} if you need to test the handset.",
        "@us alarm code {pin}, please re-arm it when you leave",
        "@gb SIM PIN {pin} doesn't work anymore",
    ],
    "puk": [
        "Entered my PUK {puk} but the SIM is still locked.",
        "PUK code: {puk}",
        "puk is {puk} according to the card",
    ],
    "otp": [
        "I got a text with code {otp} but it's being rejected.",
        "verification code {otp}",
        "The code in the email was {otp}, says expired.",
        "Just got a code, {otp}, do I give that to you?",
        "@gb collection code for the locker is {otp}",
        "@us one-time passcode: {otp} (arrived 10 mins late)",
    ],
    "wifi_key": [
        "WiFi for the engineer: network {f.ssid}, password {wifi_key}",
        "wifi key is {wifi_key}",
        "The network key's on the back of the router: {wifi_key}",
        "WPA2 passphrase {wifi_key}",
    ],
    "username": [
        "Username {username} and password {password}",
        "I log in with the username: {username}",
        "my login is {username} but I forgot the password",
        "acct {username} / pw {password}",
    ],
    "api_key": [
        "Our integration with your delivery API returns 401 with key {api_key}",
        "API key: {api_key}",
        "We're using the key {api_key} in the shop plugin ({n.version_string}), broke today.",
        "@us AWS secret access key {api_key} is in the locker integration config",
    ],
    "token": [
        "Authorization: Bearer {token}",
        "session token: {token}",
        "app returns token {token} then {n.error_code}",
        "@gb access token was {token} (request id {n.request_id})",
    ],
    "card": [
        "Card {card} has been charged twice.",
        "Paid with my card {card}",
        "card number: {card}",
        "I'm seeing a charge on my Visa ({card}) I don't recognise",
        "@us Paid with Amex {card}, exp {card_expiry}, CVV {cvv}",
        "@gb Paid on my debit card {card}, expires {card_expiry}, security code {cvv}",
    ],
    "cvv": ["The CVV is {cvv}", "security code on the back: {cvv}", "cvc {cvv}"],
    "card_expiry": ["Valid thru {card_expiry}", "expiry date {card_expiry}", "exp {card_expiry}"],
    "iban": [
        "Please refund to {iban}, account name {f.first} {f.last}.",
        "My IBAN is {iban}",
        "IBAN: {iban}",
        "Can you pay it into {iban}? That's my new account.",
        "@gb The direct debit is still coming from {iban}, it needs to be {iban} now.",
        "@us my European account for the refund: {iban}",
    ],
    "bsn": [
        "@gb I lived in Holland for years, my BSN was {bsn} if that helps.",
        "@us For the Dutch rental registration: BSN {bsn}",
        "My Dutch citizen service number is {bsn}",
        "Belgian national number: {rrn}",
    ],
    "email": [
        "You can email me at {email}",
        "my email is {email}",
        "The account is under {email} but I'm not getting anything.",
        "email: {email}",
        "Please send the tickets to {email} not my old address",
    ],
    "phone": [
        "Call me on {phone}",
        "my number is {phone}",
        "Tel: {phone}",
        "I'm reachable at {phone} after {n.time}.",
        "Driver can ring {phone}, the doorbell's broken",
        "@gb Mob: {phone}",
        "@us cell {phone}",
    ],
    "address": [
        "My address is {address}",
        "Delivery address: {address}",
        "It's the property at {address}",
        "I live at {address}, 3rd floor.",
        "The parcel was meant to go to {address} but ended up somewhere else",
        "pickup address {address}",
    ],
    "date_of_birth": [
        "DOB: {date_of_birth}",
        "I was born on {date_of_birth}",
        "d.o.b {date_of_birth}",
        "My date of birth is {date_of_birth}, maybe it's wrong on your system.",
    ],
    "customer_number": [
        "Customer number {customer_number}",
        "my account no. is {customer_number}",
        "@gb Tenancy ref: {customer_number}",
        "Member ID {customer_number}",
        "@gb Water account number {customer_number}",
        "@us Account # {customer_number}",
        "policy number {customer_number}",
        "subscriber no {customer_number}",
    ],
    "ip_address": [
        "My IP is {ip_address}, maybe it's blocked?",
        "I'm logging in from {ip_address} and get {n.error_code}",
        "ip {ip_address} port {n.port}",
    ],
}

NEGF = [
    "I've already rung {n.company_phone} and was on hold for {n.dur}.",
    "Your colleague gave me case number {n.ticket_number}.",
    "According to {n.url} it should've been sorted within {n.dur}.",
    "App version {n.version_string} on a {n.model_number}.",
    "Invoice {n.invoice_number} dated {n.date}, amount {n.amount}.",
    "Your email says the card ends in {n.masked_value} so it's definitely my payment.",
    "Even your company number {n.company_registration} is wrong on the invoice lol",
    "It's now {n.time} and still nobody.",
    "@us The firmware checksum they gave me was {n.checksum}, no idea what to do with it.",
]

OPEN_CHAT = ["Hi,", "Hello", "Hiya", "hey", "Hi {f.brand},", "Morning,", "@gb Alright,", "@us Hey there,", "Good evening"]
CLOSE_CHAT = ["Thanks in advance!", "Please sort this asap", "cheers {f.first}", "Thanks!", "ty", "@gb Cheers", "@us Thank you so much", "Really fed up now."]
OPEN_MAIL = ["Dear Sir/Madam,", "Hi {f.brand} team,", "Hello,", "Dear Customer Services,", "@us To whom it may concern,", "@gb Good morning,"]
CLOSE_MAIL = ["Kind regards,", "Best,", "Regards,", "Many thanks,", "@gb Thanks and kind regards,", "@us Sincerely,", "Best wishes,"]
SIG = [
    "{f.first} {f.last}\n{address}\nTel: {phone}",
    "{f.first} {f.last}\n{phone}",
    "{f.first}\n\nSent from my iPhone",
    "{f.first} {f.last} | {email} | {phone}",
    "{f.first} {f.last}\nAccount: {customer_number}",
    "--\n{f.first} {f.last}\nM: {phone}",
    "{f.first}\n\nGet Outlook for Android",
]
QHDR = [
    "On {n.date} at {n.time}, {f.brand} Customer Care wrote:",
    "On {n.date} {n.year}, at {n.time}, {f.agent} from {f.brand} wrote:",
    "-----Original Message-----\nFrom: {f.brand} Support\nSent: {n.date} {n.time}\nSubject: Your case {n.ticket_number}",
]
CUST_QHDR = [
    "On {n.date} at {n.time}, {f.first} {f.last} <{email}> wrote:",
    "From: {f.first} {f.last} <{email}>\nSent: {n.date} {n.time}\nSubject: RE: {n.ticket_number}",
]
FWD = [
    "---------- Forwarded message ---------\nFrom: {f.first} {f.last} <{email}>\nDate: {n.date} {n.year}\nSubject: Fwd: order {n.order_number}",
    "Begin forwarded message:\n\nFrom: {f.first} <{email}>\nDate: {n.date} at {n.time}",
]
DISCL = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender.",
    "@gb Registered in England and Wales, company no. {n.company_registration}. Please consider the environment before printing.",
    "@us CONFIDENTIALITY NOTICE: This message may contain privileged information. EIN {n.company_registration}.",
]

AGENT = [
    "Hi {f.first}, so sorry order {n.order_number} didn't arrive! We've refunded {n.amount} to the card ending {n.masked_value}. Thanks, {f.agent}",
    "Hi {f.first}, thanks for reaching out. Could you DM us your account number and postcode? Please don't share details publicly. ^{f.agent}",
    "Hi! I've updated your address to {address:last}. The courier will come tomorrow between {n.time} and {n.time}. {f.agent}",
    "Hello {f.first}, I can see your case {n.ticket_number}. To verify, we'll need your date of birth. You can also call us on {n.company_phone}.",
    "Hi {f.first}, your password has been reset. Temporary password: {password}. You'll be asked to choose a new one when you log in. Kind regards, {f.agent} | {f.brand}",
    "Thanks {f.first}. I've noted the IBAN {iban:last}; the refund of {n.amount} will follow within {n.dur}. ^{f.agent}",
    "Hi, please never share your PIN or password, not even with us. I've hidden your post to be safe. More info at {n.url}. {f.agent}",
    "Hi {f.first}, the engineer will call you on {phone:last} when on the way. Your repair reference is {n.ticket_number}. {f.agent}",
    "@gb Hiya {{first_name}}, we've logged this as {n.ticket_number} and will be in touch within {n.dur}. Thanks, {f.agent} - {f.brand}",
    "@us Hi {f.first}, your package {n.tracking_number} is at the locker. Pickup code: {otp}. Have a great day! {f.agent}",
    "Hi {f.first}, I've changed the email on your account to {email:last}. You'll get a confirmation code shortly. {f.agent}",
]

PUBLIC = [
    "{n.mention} been waiting {n.dur} for my order. Worst service ever {n.hashtag}",
    "{n.mention} why aren't you answering my DMs? Case {n.ticket_number} {n.hashtag}",
    "No water in {f.city} since {n.time} again {n.hashtag} {n.mention}",
    "{n.mention} can someone just ring me on {phone}, the chat bot is useless",
    "Parcel {n.tracking_number} 'delivered' and nowhere to be seen {n.mention} {n.hashtag}",
    "{n.mention} paying {n.amount} a month for a flat full of mould {n.hashtag}",
    "{n.mention} email me at {email}, nobody replies in DMs",
    "{n.mention} {n.mention} still no refund of {n.amount}, see {n.url}",
    "@us {n.mention} your driver literally drove off with my groceries in the trunk {n.hashtag}",
]

FULL = [
    "Name: {f.first} {f.last}\nAddress: {address}\nPhone: {phone}\nEmail: {email}\nAccount no: {customer_number}",
    "Pasting the text I got:\n\"Your {f.brand} code is {otp}. Don't share it with anyone.\"\nEntered it and now it says {n.error_code}",
    "refund details:\nname {f.first} {f.last}\n{iban}\namount {n.amount}\nreference {n.order_number}",
    "Engineer can come to {address}. Key safe code {pin}, wifi {f.ssid} key {wifi_key}. Call {phone}.",
    "Can you log in and have a look? {username} / {password}. My birthday's {date_of_birth} if you need it",
    "Card details for the retry:\n{card}\nexp {card_expiry}\ncvv {cvv}\nlast attempt gave {n.error_code}",
]

NEGX = [
    "Phone's a {n.model_number}, app {n.version_string}.", "Using the app on my {n.model_number} (latest version {n.version_string}).",
    "The error also showed request id {n.request_id}.", "Request ID from the app: {n.request_id}",
    "The download checksum didn't match: {n.checksum}", "Firmware page listed hash {n.checksum}, means nothing to me.",
    "Router uses port {n.port}, does that need opening?", "Engineer asked whether port {n.port} was blocked.",
    "Product code {n.product_code} is on the receipt.", "It was item {n.product_code}.",
    "See invoice number {n.invoice_number}.", "Invoice {n.invoice_number} shows {n.amount}.",
    "I had to catch flight {n.flight_number} at {n.time}.", "My flight {n.flight_number} landed at {n.time} and no cab.",
    "Meter reading today: {n.meter_reading}", "Last reading was {n.meter_reading}.",
    "Your website {n.url} says something different.", "Already filled in the form at {n.url}.",
    "@gb Your company number is {n.company_registration} isn't it?", "@us Your EIN {n.company_registration} is on the invoice.",
    "It's been like this since {n.year}.", "Been going on since {n.year}.",
]
