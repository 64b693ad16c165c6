# English templates (en-gb + en-us). "[en-gb]" / "[en-us]" prefix restricts a template to one locale.
GROUPS = {
    "login": [
        "Can't log into {login}. username {username} password {password} - keeps throwing {errcode}. What am I doing wrong??",
        "hi my login stopped working after updating to {version}\nuser: {username}\npw: {password}\ncan someone look pls",
        "I changed my password from {password:old} to {password:new} but {login} won't take the new one. Login name is {username}",
        "Morning, my user ID is '{username}' and the passcode is '{password}'. Tried {quantity} already.",
        "[en-gb] Government Gateway user ID {username}, password {password}. It says my account is locked, ref {ticket}",
        "[en-us] ID.me says invalid credentials. Username: {username} Password: {password} (capital first letter). Reset it on {date} too",
        "password = {password}\nusername = {username}\nthis is for the {org} portal, doesn't work on my {model}",
    ],
    "otp": [
        "Just got a text 'Your {login} security code is {otp}. Do not share it.' but I didn't request anything?!",
        "The code they sent me was {otp} but it expired before I could type it in at {time}",
        "My verification code is {otp}, can you finish my application now?",
        "Someone rang saying they were from {org} and asked for the code. I read out {otpw}. Was that a scam???",
        "one time passcode: {otp}\n(second one: {otp:b})\nneither works when logging in",
        "Activation code from the {login} app was {otp}, entered at {time}, error {errcode}",
        "[en-us] My IRS IP PIN is {pin} but the e-file keeps rejecting it. Is this the right PIN for {year}?",
    ],
    "tax": [
        "[en-gb] Still waiting on my tax refund of {amount}. UTR {utr}, bank {iban}. Return filed {date}.",
        "[en-gb] Please pay the rebate into {iban}. My Unique Taxpayer Reference is {utr}",
        "[en-gb] Got a letter ref {ticket} saying I owe {amount}. UTR {utr}. Is this right?",
        "[en-gb] Council tax account {custno}, direct debit from {iban}. Why did my bill go up {pct}?",
        "[en-us] Where's my refund? {amount}, filed {date}. IRS online account username {username}. Direct deposit acct {custno}",
        "[en-us] Got CP2000 notice {ticket} for {amount}. My address on file is {address}. Call me {phone}",
        "[en-us] Installment agreement of {amount}/month, pay with card {card} exp {expiry} cvv {cvv}",
        "[en-gb] Paying my self assessment by card: {card}, expires {expiry}, security code {cvv}. Reference {ticket}",
    ],
    "benefit": [
        "I've moved to {address}, do I need to tell you myself for my benefits? DOB {dob}",
        "[en-gb] Universal Credit should now go to {iban}. Date of birth {dob}, reference {custno}",
        "Why was my payment stopped from {date}?? I still live at {address}. born {dob}",
        "[en-us] SNAP case number {custno}, DOB {dob}, new address {address}, phone {phone}",
        "[en-gb] Warm Home Discount: my MPAN is {ean}, account {custno}. Is it automatic this year?",
        "[en-us] LIHEAP energy assistance, utility account {custno}, DOB {dob}. Applied {date}.",
        "Didn't get my {amount} this month. Customer ref {custno}. Please ring me on {phone}",
        "[en-gb] Child Benefit ref {custno}. Bank changed to {iban}. Born {dob}.",
    ],
    "parking": [
        "Applied for a resident permit for {plate}, permit account {custno}. Paid on card {card} but still pending.",
        "Got a parking fine {ticket} even though I have a permit! Account {custno}. Photos attached.",
        "Payment failed for visitor permit. Card {card}, exp {expiry}, CVV {cvv}. Amount {amount}.",
        "My permit for {plate} expired {date}. Account no {custno}, address {address}. How do I renew?",
        "card no {card}\nexpiry {expiry}\nsecurity code {cvv}\ncan someone take the permit payment manually? app crashes ({version})",
        "[en-us] Parking ticket {ticket} for {amount}. I was at a meter with {quantity} left! Call {phone}",
        "Can't renew my permit. Card {card} exp {expiry} CVC {cvv}, account {custno}.",
        'Debit card declined in the parking app: {card}, expires {expiry}, code on the back {cvv}. Reg {plate}',
    ],
    "waste": [
        "Bins not collected for {quantity}. Address: {address}. Report {ticket}. When are you coming?",
        "Bulky waste pickup booked for {date} at {address}, phone {phone}. Nobody came!",
        "Need a new wheelie bin, the old one is cracked. {address}. Reachable on {phone} after {time}",
        "Lost my tip permit card, number was {custno}. Living at {address}. Cost {amount}?",
        "[en-us] Trash pickup skipped again at {address}. Service request {ticket}. Text me {phone}",
        "Collection day moved to {date}? Not in the app ({version}). I'm at {address}",
    ],
    "passport": [
        "Passport appointment on {date} at {time}. {name}, DOB {dob}. What do I need to bring?",
        "Passport stolen, reported to police. Born {dob}, living at {address}. I fly {date} on {flight}!!",
        "My passport is ready but I can only come after {time}. Can my husband collect? Phone {phone}, email {email}",
        "[en-gb] Renewing online, it asks for my old passport number and DOB {dob}. Email {email}. Application {order}",
        "[en-us] Expedited passport, application locator {ticket}. DOB {dob}, address {address}. Flight {flight} on {date}",
        "[en-gb] Driving licence renewal, date of birth {dob}. Please call {phone} or email {email}",
    ],
    "housing": [
        "Leak in the bathroom! Address {address}, tenancy ref {custno}. Key safe by the front door, code {pin}.",
        "Engineer can get in with the key safe, code is {pin}. I'm at work, ring {phone}",
        "Rent increase of {pct} doesn't match my tenancy {custno}. Rent comes out of {iban}.",
        "Heating at {address} not working since {date}. Tenant number {custno}. Mobile {phone}",
        "On the housing register for {quantity}, application number {custno}, email {email}. Any update?",
        "Door code for the bike store changed to {pin} but my neighbour at {address} doesn't know it. Can you send a letter?",
        "[en-us] Gate code is {pin}#, unit {address}. Maintenance request {ticket}",
    ],
    "tech": [
        "Library wifi: network {ssid}, password {wifi_key}. Doesn't work on my {model}, says {errcode}",
        "For the council open data API I got api key {api_key} but every call returns {errcode}. Request id {reqid}",
        "My account is locked, apparently a login from IP {ip} (not me!). Port {port} or something?",
        "Bearer token {token} returns 401 on the endpoint. Client version {version}.",
        "Reset my router for working from home, admin password now {password}, wifi key {wifi_key}. SSID {ssid}",
        "AWS access for the parking data demo: access key id {api_key}, secret {aws_secret}. Please revoke, shared by mistake!",
        "sha256 checksum {checksum} doesn't match the site. Portal token: {token}",
        'Town hall guest wifi {ssid} with key {wifi_key} kicks me off, says IP {ip} is blocked.',
        'API key for the bin calendar integration: {api_key} - stopped working on {date}, error {errcode}',
    ],
    "contact": [
        "Please change my email to {email}. Customer number {custno}, old number was {phone}.",
        "My new phone number is {phone}. Please update it. {name}, {address}",
        "Can you call me back? {phone} (after {time} ideally). It's about {ticket}",
        "Email me at {email} or {email:b}, I check the first one more",
        "address: {address}\ntel: {phone}\nemail: {email}\ndob: {dob}",
        "[en-us] Cell is {phone}, home {phone:b}. Account {custno}",
    ],
    "puk": [
        "Phone locked after wrong PIN, now it wants a PUK. The SIM card holder says {puk}, but the {login} app still won't work.",
        "SIM blocked, PUK {puk}, new PIN {pin}. Will I get the {login} texts again now?",
        "Phone asks for PUK after {quantity}. Code on the card: {puk}. Handset {model}",
        "[en-us] Carrier gave me PUK {puk}, phone unlock code is {pin}. Still no 2FA texts",
    ],
    "none": [
        "Been on hold for {quantity} on {cphone}. Unacceptable! {hashtag}",
        "Where do I find the {product}? {url} just loops back to the start.",
        "Thanks for sorting out case {ticket} so quickly!",
        "Why does a passport cost {amount} now? In {year} it was way cheaper.",
        "Invoice {invoice} for {amount} has {pct} VAT on it, that's wrong.",
        "My new card was supposed to arrive with tracking {tracking}. Order {order}",
        "Meter reading {meter} on {date}. Is my {amount} payment still right?",
        "See {url}, that's not what the agent told me. {hashtag}",
        "Error {errcode} in the app {version} on {model}. Request {reqid}",
        'Invoice {invoice}: {amount}, meter reading {meter}. Do I call {cphone}?',
        'Order {order} for the {product} still not here after {quantity}.',
    ],
}

AGENT = [
    "Hi {first}, sorry you're having trouble logging in! Please never share your password on social media. Reset it at {url} or call {cphone}. ^{ag}",
    "Thanks {first}. We've noted your new account {iban} on case {ticket}. Payment will follow within {quantity}. Kind regards, {agent}",
    "Hi {first}, I can see your report {ticket} for {address}. The crew will be there on {date} between {time} and {time:b}. Thanks, {agent}",
    "Dear {name}, your appointment is on {date} at {time}. We'll ring you on {phone} if anything changes. Kind regards, {agent} | {org}",
    "Hi! Please don't share the code {otp} with anyone, including us. Request a new one in the app. ^{ag}",
    "Thanks for your message. Just to check, does your account end in {masked}? Pop us a DM and we'll take a look. {agent}",
    "[en-us] Hi {first}, we updated your mailing address to {address} for account {custno}. Best, {agent} - {org}",
    "Hi {first}, we've linked {email} to customer number {custno}. Confirmation to follow. Have a good day! ^{ag}",
]
SMS = [
    "Your {login} security code is: {otp}",
    "{otp} is your {org} verification code. Don't share it.",
    "Code: {otp} - valid until {time}",
    "[en-us] Login.gov: your one-time code is {otp}. It expires in 10 minutes.",
]
GREET = ["Dear Sir/Madam,", "Hi {org},", "Good morning,", "Hello,", "To whom it may concern,", "Hi there,", "Dear team,", "Hey,"]
SIGNOFF = ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Regards,", "Cheers,", "Sincerely,", "Thanks in advance,"]
CSIG = [
    "{name}\n{address}\nTel: {phone}",
    "{name}\n{phone}",
    "{first}\n\nSent from my {model}",
    "{name}\nE: {email} | M: {phone}",
    "{name}",
    "{first} {last}\n{address}",
]
QUOTE = [
    "On {date} at {time}, {org} wrote:",
    "From: {org}\nSent: {date} {time}\nSubject: Your enquiry {ticket}",
    "-----Original Message-----\nFrom: Customer Services {org}\nDate: {date}",
    "On {date}, {org} <noreply> wrote:",
]
QUOTED_BODY = [
    "Dear {name},\n\nThank you for contacting us. Your enquiry reference is {ticket}. You can reach us on {cphone}.\n\nKind regards,\n{agent}\n{org}",
    "Hi {first},\n\nCould you send us your customer number and date of birth? We can't proceed without them. Or call {cphone}.\n\nThanks,\n{agent}",
    "Hello,\n\nWe received your application on {date}. Processing time: {quantity}.\n\n{org} | {cphone} | {url}",
    "Dear {name},\n\nWe have updated your details as requested.\n\nRegards,\n{agent}, {org}\n{cphone}",
]
FWD = [
    "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: Fwd: application",
    "Begin forwarded message:\n\nFrom: {name} <{email}>\nSubject: Re: {ticket}",
]
DISC = [
    "This email and any attachments are confidential and intended solely for the addressee. If received in error, please delete it.",
    "This message does not create a binding agreement. {creg}",
    "Please consider the environment before printing this email.",
    "CONFIDENTIALITY NOTICE: this e-mail may contain privileged information. {creg}",
]
AGSIG = [
    "Kind regards,\n{agent}\nCustomer Services, {org}\nT {cphone} | {url}\n{creg}",
    "Thanks,\n{agent} | Social Media Team, {org}",
    "^{ag}",
    "Best wishes,\n{agent}\n{org} - lines open Mon-Fri on {cphone}",
]
QTY = ["2 weeks", "3 times", "three weeks", "5 working days", "10 minutes", "4 years", "2 bags", "3 months"]
FILL = [
    "I really hope you can help as I've been going round in circles with this for weeks now.",
    "I can't get past the automated menu on the phone, which is why I'm emailing instead.",
    "I've already filled in the online form twice and never got a confirmation.",
    "My neighbour had the same problem and it took over a month to get sorted, so I'm a bit worried.",
    "Sorry for the long email but I want everything to be clear in one go.",
    "I work during the day so phone calls are difficult, an email back would be ideal.",
    "The letter I received was really confusing and the chatbot on the website didn't understand my question.",
    "Please reply within the statutory timeframe, otherwise I will raise a formal complaint.",
]
