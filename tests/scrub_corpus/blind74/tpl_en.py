"""English (en-gb + en-us) templates. Groups prefixed 'gb_' only for en-gb, 'us_' only for en-us."""

BODIES = {
    "login": [
        "Can't log into the {f:org} app anymore. Username {user}, password {pw}, it just says error {n:err}. Help??",
        "hi my login is {user} and pw is {pw} but it keeps saying invalid credentials since the {n:ver} update",
        "I changed my password to {pw} last night but it only accepts the old one ({pw}). Username: {user}",
        "Trying to set up my dad's account for repeat prescriptions. user: {user}\npass: {pw}\nwhat am I doing wrong",
        "locked out of the patient portal again. login {user} / password {pw}. Third time this month",
        "My daughter reset my password to {pw} for the pharmacy website, account name is {user}. Can you put it back?",
        "creds in case you need them - username: {user} password: {pw} (yes I know I shouldn't send this)",
    ],
    "otp": [
        "I got a text with code {otp} but the site says it's expired. Arrived at {n:time}.",
        "The verification code was {otp} and then another one {otp}. Which one do I use?",
        "Your colleague on the phone asked me to read out the code: {otp:words}",
        "Your one-time passcode is {otp#a}. Do not share it.\n^ got this, typed {otp#a} in twice and now I'm locked out",
        "Weird, got 'Your {f:org} security code is {otp}' but I didn't request anything. Scam?",
        "authenticator app says {otp} but the MyChart login rejects it",
    ],
    "pin": [
        "Key safe code is {pin:door} so the carers and the pharmacy driver can get in.",
        "I entered my card PIN ({pin}) wrong at the prescription collection point 3 times, is it blocked now?",
        "Gate code {pin:door}, flat 4 round the back.",
        "Phone passcode is {pin}, my son will install the app for me",
        "The locker gave me code {pin:6} but it won't open",
        "Door entry code for the building is {pin:door}, please tell the driver delivering my insulin",
    ],
    "puk": [
        "SIM locked after 3 wrong PINs, PUK code on the card holder is {puk}. Not getting the NHS App texts now.",
        "PUK {puk} doesn't work, I need the security code text from my insurer",
    ],
    "wifi": [
        "The home monitoring hub ({n:model}) won't connect. Network {f:ssid}, wifi password {wifi}.",
        "For the smart pill dispenser setup: wifi {f:ssid} key {wifi}",
        "CPAP won't sync, router WPA key is {wifi}",
    ],
    "iban": [
        "Please refund the dental claim to my account {iban}. Amount {n:amount}.",
        "New bank details: IBAN {iban}, account holder {f:first} {f:last}.",
        "Claim {n:ticket} still hasn't been paid into {iban}.",
        "Please pay to {iban} not the old account {iban}",
    ],
    "card": [
        "Payment on the online pharmacy keeps failing. Card {card}, exp {exp}, CVV {cvv}. Order {n:order}",
        "Card number {card} expiry {exp} security code {cvv}, please just take the payment for my prescription",
        "There's a charge of {n:amount} on my card {card} I don't recognise, is that you?",
        "Card ends {n:masked} on my account but you charged {card}??",
        "card: {card}\nexp: {exp}\ncvc: {cvv}",
    ],
    "bsn": [
        "I'm a UK citizen living in the Netherlands, my BSN is {bsn:bsn}. Do I need Dutch health insurance?",
        "Expat in Belgium here, national register number {bsn:rrn}. Can I register with a GP?",
    ],
    "contact": [
        "Could you call me back on {phone}? It's about my repeat prescription.",
        "My new email is {email}, please update it, the old one ({email}) is closed.",
        "Call me on {phone} or my work number {phone} after {n:time}",
        "The app has the wrong mobile, it should be {phone} not {n:masked}",
        "send the appointment confirmation to {email} pls",
        "best number to reach me is {phone}, I'm at home all day",
    ],
    "address": [
        "My repeat meds keep going to my old address. New address: {addr:full}",
        "Parcel {n:track} says delivered but nothing here ({addr})",
        "Moving on {n:date}! New address {addr:full}.",
        "Can the driver leave the {n:qty} with a neighbour? I live at {addr}.",
        "Delivery address for the new glasses: {addr:full}",
    ],
    "dob": [
        "Can't book a GP appointment online, it says my date of birth doesn't match. It's {dob}.",
        "Patient {f:first} {f:last}, DOB {dob}, hospital number {cust:patient}. Please move the appointment to {n:date}.",
        "my dob is wrong on the app, should be {dob}",
        "I was born {dob}, so I qualify for the flu jab, right?",
    ],
    "cust": [
        "My policy number is {cust:policy}, I'd like to cancel my dental cover from {n:date}.",
        "Customer number {cust}, when will order {n:order} ship? Only {n:qty} left.",
        "Member ID {cust:member} - why has my premium gone up {n:pct}?",
        "My patient number at the hospital is {cust:patient}, can the results go to my GP?",
        "Account no. {cust:pharm}, is my prescription for {f:med} ready?",
    ],
    "tech": [
        "Our practice integrates your booking API. Key: {api}, but we get {n:err}. Request ID {n:req}",
        "Bearer token {tok} expires every hour. Our server ({ip}) is whitelisted, port {n:port}.",
        "Login blocked from IP {ip}, I'm working from home on the practice laptop.",
        "Test key {api} and live key {api} both return {n:err}",
        "Personal access token for the repo with the prescription sync script: {tok:ghp}. Pipeline fails since {n:ver}",
        "AWS keys for the pharmacy upload bucket: {api:aws} / {api:aws_secret}. Uploads stopped at {n:time}.",
        "Downloaded the installer, sha256 {n:checksum}, but it won't launch. Activation token from the email: {tok:hex}",
    ],
    "neg": [
        "Order {n:order} from {n:date} still not here. Tracking {n:track} stuck for days.",
        "Why am I paying {n:amount} for {n:qty} of {f:med}? Last year ({n:year}) it was cheaper.",
        "App ({n:ver}) crashes on my {n:model} every time I open my prescriptions. Error {n:err}",
        "Been on hold at {n:cphone} forever. Ref {n:ticket}",
        "Flying {n:flight} on {n:date}, need a letter for my {f:med}. Possible?",
        "Invoice {n:invoice} is wrong: {n:amount} instead of {n:amount}, {n:pct} discount missing.",
        "My CPAP usage hours read {n:meter}, is it due a service?",
        "Dentist appointment on {n:date} at {n:time}, can it move to {n:time}? See {n:url}",
    ],
    "gb_mix": [
        "My NHS number is {cust:nhs}, DOB {dob}. The NHS App still shows my old surgery.",
        "Pharmacy2U keeps sending my meds to {addr:full}, I moved! NHS no {cust:nhs}",
        "Can't link my GP record, NHS number {cust:nhs}, postcode and mobile {phone}",
    ],
    "us_mix": [
        "My member ID is {cust:member} and the NDC on the box is {n:prod}. Prior auth for {f:med} denied again.",
        "Rx for {f:med} transferred to {f:org}, DOB {dob}, address on file {addr:full}",
        "Insurance card says member {cust:member}, but the pharmacy says no active coverage. Call me at {phone}",
    ],
}

AGENT = {
    "agent_ask": [
        "Sorry to hear that! Please DM us your order number and postcode. Never share your password or codes with us.",
        "Thanks for getting in touch. Could you send your member ID via private message so we can take a look?",
        "Hi there, please give us a call on {n:cphone} or visit {n:url} and we'll sort it.",
    ],
    "agent_confirm": [
        "Thanks {f:first}. I've updated your bank details to {iban#1}. The refund of {n:amount} will follow shortly.",
        "Your new address ({addr#1}) is on file, deliveries from {n:date} will go there.",
        "Your case number is {n:ticket}. We'll call you on {phone#1} between {n:time} and {n:time}.",
        "You've sent us your password ({pw#1}) - please change it at {n:url}, we will never ask for it.",
        "The code {otp#1} is personal, please don't share it. I've locked your account as a precaution.",
        "Done! Member ID {cust#1} is now linked to {email#1}.",
        "I've corrected your date of birth to {dob#1}. Your appointment on {n:date} at {n:time} still stands.",
    ],
}

GREET = ["Hi,", "Dear Sir/Madam,", "Hello,", "Good afternoon,", "Hi {f:agent},", "To whom it may concern,", "Hey team,",
         "Morning,"]
CLOSE = ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Regards,", "Cheers,", "Sincerely,", "Thanks in advance,"]
SIG = [
    "{f:first} {f:last}\n{addr:full}\nMobile: {phone}",
    "{f:first} {f:last}\nTel {phone}",
    "{f:first}\n\nSent from my iPhone",
    "{f:first} {f:last}\n{email}",
    "{f:first} {f:last} (member {cust:member})",
    "{f:first}\n\nGet Outlook for Android",
]
QUOTE_HDR = ["On {n:date} at {n:time}, {f:org} wrote:", "-----Original Message-----\nFrom: {f:org}\nSent: {n:date} {n:time}\nSubject: Your enquiry {n:ticket}",
             "On {n:date}, {f:agent} ({f:org}) wrote:", "---------- Forwarded message ---------\nFrom: {f:org}\nDate: {n:date}\nSubject: Order {n:order}"]
QUOTE_BODY = [
    "Dear customer,\n\nThank you for contacting us. Your enquiry has reference {n:ticket}. We aim to reply within {n:qty:n} working days.\n\nKind regards,\n{f:agent}\n{f:org} | {n:cphone}",
    "Hello,\n\nYour prescription is ready to collect from {n:date} after {n:time}. Charge: {n:amount}.\n\nYour pharmacy team",
    "Hi,\n\nYour claim {n:ticket} has been paid ({n:amount}) to account {n:masked}.\nMore info: {n:url}",
    "Hello,\n\nPlease find attached invoice {n:invoice}, due by {n:date}.\nQuestions? Call {n:cphone}.",
]
DISC = [
    "This email and any attachments are confidential and intended solely for the addressee. {n:kvk}",
    "If you received this in error please delete it and notify the sender. {f:org}. {n:kvk}",
    "Please consider the environment before printing this email.",
    "CONFIDENTIALITY NOTICE: This message may contain protected health information. {n:kvk}",
]
AGENT_SIG = ["Thanks, {f:agent}", "^{f:agent}", "Kind regards,\n{f:agent} | Customer Care {f:org}\n{n:cphone}", "Have a good day! {f:agent}",
             "- {f:agent}, social team"]
WA_NAME = ["Me", "Mum", "Dad", "You"]

INTRO = [
    "I've already emailed about this twice and rang the helpline, but nobody has got back to me, so I'm trying again here.",
    "I'm writing on behalf of my mum, who is 87 and doesn't use a computer. She's happy for me to sort this out for her.",
    "Ever since you switched systems my repeat prescriptions have been a mess and honestly I'm running out of patience.",
    "Sorry for the long email but I'd rather explain everything at once than be passed around on the phone again.",
    "The chat bot told me to email this address instead, hopefully you can help.",
    "The pharmacist at the counter said it would be quicker to email you with my details.",
]
