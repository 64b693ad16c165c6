"""English (en-gb / en-us) templates."""

BODY = {
    "login": [
        "[childcare]can't log in to the sitter app. username {username} password {password}. what am I doing wrong",
        "Login: {username}\nPass: {password}\nKeeps saying {!error_code}",
        "[charity]My fundraiser account is locked. User is {username}, pw was {password} (didn't change it!!)",
        "[security]Alarm app keeps logging me out. user = {username} / pwd = {password}. On {!version_string}",
        "[delivery]I'm a rider and can't get into the courier app, my login is {username} and password {password}. shift starts at {!time}",
        "[pet]Portal credentials: {username} with password {password}. Need to submit the vet bill for {@pet}",
        "[optician]trying to move my eye test but the login fails, account {username} , password is {password}",
        "username's {username}, password might be {password} or maybe {password}?",
    ],
    "pwchange": [
        "I changed my password from {password} to {password} and now neither works",
        "[security]Old portal password {password}, new one {password}. Still 'invalid combination'.",
        "[charity]got a temp password {password} but it's already expired",
        "[childcare]Set my profile password to {password}, can you confirm it went through?",
        "the admin password for my router is {password}, your engineer asked for it",
    ],
    "otp": [
        "Got a text with code {otp} but the site says it's invalid",
        "[charity]Verification code: {otp}. Still can't complete my donation. Order {!order_number}",
        "code from the email is {otp}, doesn't work. tried {!quantity}",
        "Your {@brand} code is {otp}. Don't share it with anyone.\n^ got this but I never requested anything?!",
        "[delivery]the one-time passcode was {otp} and then another one {otp}, which do I use",
        "[security]the app's confirmation code is {otp} — is this really from you?",
    ],
    "pin": [
        "[security]Our alarm code is {pin} but the panel still beeps after entering it. Model {!model_number}",
        "[childcare]Sitter needs to get in tomorrow at {!time}. Key safe by the door, code {pin}.",
        "[delivery]Courier couldn't get in. Gate code is {pin}, it's literally in the delivery notes!!",
        "[security]Duress code set to {pin} and normal code {pin}, is that right?",
        "my card PIN is {pin}, do I need it for anything?",
        "[childcare]door code for the nursery is {pin}#, please pass it to the new nanny",
    ],
    "puk": [
        "[delivery]SIM on my work phone is locked. PUK {puk}, then the PIN is {pin}",
        "PUK code: {puk} — entered the SIM pin wrong three times",
        "[security]the SIM in the alarm hub is asking for a PUK, card says {puk}",
    ],
    "wifi": [
        "[security]Camera won't connect. Network is BT-Hub6-XK2 and the key is {wifi_key}",
        "[childcare]For the sitter: wifi password {wifi_key}",
        "[security]For the installer: wifi network Home{@last}, passphrase {wifi_key}",
        "[security]Hub won't accept the network key {wifi_key}. Port {!port} is open on the router.",
    ],
    "api": [
        "[charity]We're hooking our site up to your donations API. Our key is {api_key} but we get {!error_code}",
        "[delivery]Restaurant integration broke after update {!version_string}. API key: {api_key}",
        "[charity]AWS access key {api_key} and secret {aws_secret} are in the config, donor export still fails",
        "api key = {api_key}\nrequest id {!request_id}\nurgent, checkout is down",
    ],
    "token": [
        "[delivery]logs show Authorization: Bearer {token} then {!error_code}",
        "[charity]Our access token {token} suddenly stopped working. Request {!request_id}",
        "session token from the app: {token}, in case it helps",
        "[security]the installer asked for the personal access token: {token}",
    ],
    "card": [
        "[charity]My donation of {!amount} failed. Card {card}, exp {exp}, CVV {cvv}",
        "[pet]Please take the premium from my credit card: {card} expiry {exp} security code {cvv}",
        "[delivery]I've been charged {!amount} twice on card {card}!! Order {!order_number}",
        "[optician]card number {card}\nexpires {exp}\nthe 3 digits on the back {cvv}",
        "[childcare]subscription still comes off my old card ending {!masked_value}, new one is {card}",
    ],
    "iban": [
        "[charity]Please pay out the fundraiser to {iban}, account name {@name}",
        "[pet]Refund for the vet ({!amount}) to IBAN {iban} please",
        "[delivery]My rider payout hasn't arrived. Bank account {iban}. Invoice {!invoice_number}",
        "IBAN: {iban}\nName: {@name}\nAmount: {!amount}",
    ],
    "contact": [
        "My new number is {phone}, please update.",
        "[childcare]Call me on {phone} or email {email}, the sitter never showed up!",
        "[security]If the alarm goes off call me first on {phone}, then my husband on {phone}",
        "please change my email to {email}, the old one ({!masked_value}) is gone",
        "[delivery]the driver never called my number {phone} and the food's outside now",
        "[pet]Could you email the policy to {email}? I'm reachable on {phone} after {!time}",
        "[optician]You can reach me at {phone} (mobile) or {phone} (home)",
        "cell: {phone}\nemail: {email}",
    ],
    "address": [
        "[delivery]The order went to the wrong address. I live at {address}",
        "[security]We're moving on {!date} to {address}. Can the system come with us?",
        "[optician]Please send the contacts to {address}",
        "[childcare]Address for the sitter is {address}, ring the back door",
        "[pet]Change of address: {address}. Policy number {cust}",
        "[charity]Please send the thank-you card to {address}",
    ],
    "dob": [
        "[pet]My date of birth (not the dog's!) is {dob}",
        "For security: DOB {dob}, account no. {cust}",
        "[optician]The appointment is under my mum's name, born {dob}",
        "[childcare]{@kid} was born {dob}, so she still counts as a toddler right?",
    ],
    "cust": [
        "[pet]Policy number {cust}. {@pet} needed surgery ({!amount}) and claim {!ticket_number} still isn't sorted",
        "[security]Account {cust}, the alarm went off at {!time} last night for no reason",
        "[charity]My donor ID is {cust}, I want to lower my monthly gift to {!amount}",
        "[optician]customer no {cust} — glasses are {!quantity} late",
        "[delivery]Rider ID {cust}. Did {!quantity} last week and only got {!percentage} paid",
        "[childcare]Our family account number is {cust} and invoice {!invoice_number} is wrong",
        "membership number: {cust}",
    ],
    "ip": [
        "[security]App shows a login from {ip} at {!time}, that wasn't me!",
        "[charity]Someone logged into my account from IP {ip}. Mine is {ip}",
        "[security]camera is on {ip} port {!port} but not reachable from outside",
    ],
    "neg": [
        "[delivery]Order {!order_number} placed at {!time}, it's {!time} now and nothing. Paid {!amount} for cold food",
        "[pet]Claim {!ticket_number} from {!date} still open. It was {!amount}, cover {!percentage}",
        "[optician]Ordered {!quantity} (item {!product_code}) but got one. Invoice {!invoice_number}",
        "[security]Since updating to {!version_string} the {!model_number} shows error {!error_code}",
        "[charity]Campaign was at {!percentage} of target and now back to {!amount}?? See {!url}",
        "[delivery]Tracking {!tracking_number} says delivered, but nothing here",
        "[security]Downloaded firmware {!version_string}, SHA-256 {!checksum} doesn't match the site",
        "I called you on {!date} on {!company_phone} and nobody picks up",
        "[optician]My {!date} appointment at {!time} was moved without notice, ref {!ticket_number}",
        "[childcare]From {!year} I pay {!percentage} more for the nursery, why?",
        "[charity]flying out on {!flight_number} on {!date} for the charity trek, will the pledge page still be live?",
    ],
    "mixed": [
        "[pet]Details for the new policy:\nName: {@name}\nAddress: {address}\nDOB: {dob}\nPhone: {phone}\nEmail: {email}",
        "[childcare]Sitter sign-up:\n- {@name}\n- born {dob}\n- phone {phone}\n- bank {iban}",
        "[security]acct {cust} / address {address} / alarm code {pin} / phone {phone}",
        "[delivery]Rider registration: {@name}, {email}, {phone}, password I picked: {password}",
    ],
}

PUBLIC = [
    "{!mention} your rider literally ate my food?! order {!order_number} {!hashtag}",
    "{!mention} waited {!quantity} for an answer on claim {!ticket_number}. just call me: {phone}",
    "Dear {!mention}, my policy number is {cust} and nobody's helping. {!hashtag}",
    "{!mention} why is my {!amount} donation still not showing on the page? {!url}",
    "{!mention} {!mention2} alarm went off at {!time} and monitoring never called. ACCT {cust} {!hashtag} {!hashtag}",
    "Looking for a babysitter in {@city}! Email me {email} {!hashtag}",
    "{!mention} glasses {!quantity} late, order {!order_number}. Email me at {email}",
    "{!mention} just DM me or text {phone} {!hashtag}",
]

AGENT = [
    "Hi {@first}, sorry you can't log in! I've unlocked your account ({username}). Please change your password right away since it was shared here. Thanks, {@agent}",
    "Hi {@first}, thanks for getting in touch. I've updated your number to {phone} and your email to {email}. Your reference is {!ticket_number}.",
    "Hello {@first}, the refund of {!amount} will reach {iban} within {!quantity}. Kind regards, {@agent}",
    "Hi {@first}, we've processed your move to {address} under account {cust}. Questions? Call {!company_phone}.",
    "Hi {@first}! Please never share your alarm code ({pin}) in a message; change it in the app straight away. ^{@ini}",
    "Hi {@first}, claim {!ticket_number} on policy {cust} is approved: you'll get {!percentage} of {!amount}.",
    "Hi {{first_name}}, we've received your request. Your case number is <case_id>. We'll reply within {!quantity}.",
    "Hi {@first}, the code {otp} has expired. Request a new one at {!url}. Cheers, {@agent}",
    "Hello {@first}, your payment with the card ending {!masked_value} was declined ({!error_code}). Try again or call {!company_phone}.",
    "Hi {@first}, I've verified your date of birth ({dob}) and address. All good! ^{@ini}",
]

GREET = ["Dear {@brand},\n\n", "Dear Sir/Madam,\n\n", "Hi,\n\n", "Hello there,\n\n", "Hi team,\n\n", "To whom it may concern,\n\n", "Good morning,\n\n", "Hey,\n\n"]
CLOSE = ["\n\nKind regards,\n", "\n\nThanks,\n", "\n\nBest,\n", "\n\nMany thanks\n", "\n\nRegards\n", "\n\nCheers,\n", "\n\nSincerely,\n", "\n\nThanks in advance!\n"]
SIGN = [
    "{@name}\n{phone}",
    "{@name}\n{address}\nTel: {phone}",
    "{@first}",
    "{@name}\nM: {phone} | E: {email}",
    "{@first} {@last}\n\nSent from my iPhone",
    "{@name}\nAccount no. {cust}",
    "{@first}\n\nGet Outlook for Android",
    "{@name}\n{address}",
]
SUBJECT = ["Subject: Account question\n\n", "Subject: RE: your complaint {!ticket_number}\n\n", "Subject: Can't log in\n\n", "Subject: Update my details\n\n", "Subject: Complaint order {!order_number}\n\n", "Subject: Refund\n\n"]
QUOTE_HDR = [
    "\n\nOn {!date} at {!time}, {@brand} Support <{@cemail}> wrote:\n",
    "\n\n-----Original Message-----\nFrom: {@brand} <{@cemail}>\nSent: {!date} {!time}\nTo: {email}\nSubject: Your enquiry ({!ticket_number})\n\n",
    "\n\nOn {!date}, {@name} <{email}> wrote:\n",
    "\n\n---------- Forwarded message ---------\nFrom: {@name} <{email}>\nDate: {!date}\nSubject: Fwd: details\n\n",
]
QUOTED_AGENT = [
    "Dear customer,\n\nThanks for your email. To help you further we need your account number.\n\nKind regards,\n{@agent}\n{@brand} Ltd | {!company_phone} | Company No. {!company_registration}",
    "Hi!\n\nWe've logged your query as {!ticket_number}. We'll respond within {!quantity}.\n\nTeam {@brand}\n{!url}",
    "Hi {@first},\n\nCould you confirm your date of birth and postcode?\n\nThanks, {@agent}\nCall us: {!company_phone} (Mon-Fri)",
]
DISCLAIMER = [
    "\n\nThis email and any attachments are confidential. If you received it in error, please delete it.",
    "\n\n{@brand} Ltd, registered in England and Wales, company number {!company_registration}. VAT {!company_registration}",
    "\n\nPlease consider the environment before printing this email.",
]
AGENT_SIGN = ["\n\nKind regards,\n{@agent}\n{@brand} Customer Care\n{!company_phone}", "\n\nThanks, {@agent} ({@brand})", " ^{@ini}", "\n\n{@agent} | Team {@brand} | {!url}", "\n\nTeam {@brand}\nT {!company_phone}"]
CHAT_OPEN = ["Hi! ", "Hello, ", "Hey ", "Hiya, ", "", "HELP!! ", "Quick question: ", "Sorry to bother you, "]

FILL = [
    "I've been a customer for years but this is the second time this month something's gone wrong. I really don't want to sit on hold for another hour, so I'm emailing instead.",
    "I already rang one of your colleagues about this last week and they said they'd pass it on to the right team. I've heard nothing since, not even after my reminder on {!date}.",
    "I've deleted and reinstalled the app (version {!version_string}), cleared the cache and restarted my phone. Nothing helps.",
    "I'd appreciate a proper response within a week, otherwise I'll have to take this further with the ombudsman.",
    "To be clear, this is about the {!amount} payment taken on {!date}. The description on my statement doesn't match your confirmation email.",
    "My neighbour had exactly the same issue and got it fixed within two days, so I assume the same is possible for me.",
]
