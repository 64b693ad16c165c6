"""English templates (en-gb and en-us). Prefix '@GB ' = only en-gb, '@US ' = only en-us."""

VOICE = [
    "hi it's {fname} sending a voice note cos i'm driving my account number is {cust} and the code you texted me is {otp} but it says expired can someone call me back on {phone} after {time}",
    "yeah hi um i need to change my bank details the new iban is {iban} and for security my date of birth is {dob} cheers",
    "hiya so the engineer's coming tomorrow but the address on the booking is wrong it should be {address} not the old one you can reach me on {phone}",
    "the wifi password on the new router just doesn't work i'm typing {wifi} exactly like the sticker says it's a {model}",
    "my email is {email} can you update that because the bills are still going to {email2} and i can't get into that one anymore",
    "my sim's locked it wants a puk the puk on the card thing is {puk} and then do i just put {pin} back as the pin",
    "i'm logged in with username {user} and password {password} but i keep getting error {err} and it kicks me out",
    "the alarm code is {pin} and the key safe by the back door is {pin2} so the engineer can get in we're away till {date}",
    "your colleague asked for my reference it's {cust} and the postcode bit of my address is on there too {address}",
    "hey it's {fname} again my new number is {phone} you can delete the old one {phone2}",
    "i want to pay by card the long number is {card} expiry {expiry} and the security code on the back is {cvv}",
    "the code from the text is {otp} no wait that's the old one it's {otp2} sorry",
    "@US hey so the guy on the phone said you need my account pin it's {pin} and my account number is {cust} ok thanks",
    "%v hi again about order {order} still not here tracking says {tracking} i paid {amount} on {date}",
]

CALLSUM = [
    "Call summary (auto-generated)\nDate: {date} {time}\nCustomer called about an outage. Account no. {cust}. Callback number {phone}.\nNew email address provided: {email}.\nAction: ticket {ticket} raised, engineer booked.",
    "AUTOMATED CALL NOTE\nCaller: {name}\nVerified with DOB {dob} and address {address}.\nRequest: update bank details to {iban}.\nStatus: done. Call length {dur}.",
    "Voicemail from {phone} ({dur})\nTranscript (confidence {pct}):\n\"hi it's {fname} about bill {invoice} it's way too high my account number is {cust:spoken} please ring me back\"",
    "AI assistant call notes\n- Customer: {name}\n- Acct #: {cust}\n- Customer read out their password: {password} (advised to change it)\n- New login username: {user}",
    "Call recap {ticket}\nCustomer wants direct debit from {iban}, account holder {name}.\nCall back on {phone} between {time} and {time2}.",
    "New voicemail\nFrom: {phone}\nReceived: {date}, {time}\nLength: {dur}\nText: hello this is {name} my address is {address:spoken} i've got a parcel {tracking} that never arrived please call back",
    "Call summary (draft, please review)\nRouter {model}, firmware {version}. Customer read wifi key off sticker: {wifi}. SSID {ssid}.\nCustomer public IP: {ip}. Port {port} forwarded on request.",
    "Transcript summary:\nCustomer ({name}, acct {cust}) reports card {card} charged {amount} in error. Card expiry {expiry}. CVV not requested.\nCase: {ticket}",
    "@US Call summary\nCaller verified last 4 of SSN (not stored). Member ID {cust}. Callback {phone}.\nOTP sent: {otp}. Claim {ticket}.",
    "Call {date} – summary\nCustomer couldn't log in; SMS code {otp} arrived late. New code sent to {phone}.\nAccount {cust}, order {order}.",
]

DICTATION = [
    "good morning i would like to change my address my new address is {address} from {date} my account number is {cust} kind regards {name}",
    "dear customer services i want to complain about invoice {invoice} it says {amount} when i expected {amount2} please ring me on {phone} or email {email:spoken}",
    "im using voice typing so sorry for mistakes my email is {email:spoken} and my mobile {phone:spoken} regarding case {ticket}",
    "hello here are my details for the switch name {name} date of birth {dob} bank account {iban} address {address} phone {phone}",
    "i cant log in anymore username {user} i reset the password to {password} but it wont accept it app version is {version}",
    "the engineer can take the key from the lockbox the code is {pin} the address is {address} im at work until {time}",
    "please cancel the direct debit on account {iban} customer number {cust} thanks in advance",
    "@US hi i need to update my card on file the number is {card} exp {expiry} cvv {cvv} billing address {address}",
    "%d the ticket number is {ticket} and the order is {order} ive called {qty} and {pct} of the time i get cut off",
]

OCR_SCREEN = [
    "[screenshot]\n{time}  ▪▪▪ 5G  {pct}\nMessages\n{brand}\nYour verification code is:\n{otp}\nDon't share it with anyone.",
    "look what i get:\n\nVerify it's you\nEnter the code we sent to\n{masked}\n\nCode\n{otp}\nResend (0:{secs})",
    "copied off the sticker under the router (text scanner)\nModel: {model}\nNetwork name: {ssid}\nWireless key /\nWPA2 key:\n{wifi}\nS/N {product}\nAdmin password: {password}",
    "copied from the app:\nMy details\nName {name}\nEmail\n{email}\nMobile\n{phone}\nAccount number {cust}",
    "text from my banking app screen:\nPayee: {brand}\nAmount {amount}\nFrom account\n{iban}\nReference: invoice {invoice}\nStatus: Failed ({err})",
    "typed the error out with google lens\n\nSomething went wrong\nError code: {err}\nRequest ID: {reqid}\nVersion {version}",
    "Screenshot of my account:\nLogin details\nUsername:\n{user}\nPassword:\n{password}\nLast changed {date}",
    "dev console screenshot (OCR) sorry:\nAuthorization: Bearer\n{token}\nx-api-key: {apikey}\nstatus 401 {reqid}",
    "@GB photo of the SIM card holder:\nPIN {pin}    PUK\n{puk}\nSIM {product}",
    "%o copied from your email:\nOrder {order}\nDispatched {date}\nTracking\n{tracking}\nTotal {amount}  ({qty})",
]

OCR_LETTER = [
    "Here is the text of the letter (scanned):\n\n{brand}\nPO Box 77 | {city}\n\n{name}\n{address}\n\nAccount number        Invoice number        Date\n{cust}        {invoice}        {date}\n\nRe: reminder\nAmount due: {amount}",
    "scan of the letter i got\n\nYour details\nIBAN\n{iban}\nAccount\nno: {cust}\nDate of\nbirth {dob}\n\nQuestions? Call {cphone} or visit {url}",
    "OCR of the final notice:\nTo: {name}\n{address}\nCase ref {ticket}   Cust. ref {cust}\nBalance {amount} (incl. {pct} interest)\n{kvk}",
    "Text from annual statement p.2\nSupply address {address}\nMPAN / meter point\n{cust}\nOpening read {meter}   closing {meter2}",
    "scan of my policy schedule\nPolicy number\n{cust}\nPolicyholder {name}, born {dob}\nVehicle reg {plate}\nPremium {amount} per month\n{kvk}",
    "@US scanned statement\nMember ID {cust}\n{name}\n{address}\nStatement date {date}\nAmount due {amount}",
]

PUBLIC = [
    "{mention} no internet in {city} for {days} and your bot just says {err} {hashtag}",
    "{mention} just call me back on {phone}, been waiting since {date} {hashtag}",
    "Seriously {mention}, my account number is {cust}, what else do you need?? {hashtag} {hashtag2}",
    "{mention} fault logged as {ticket}, engineer no-show between {time} and {time2} {hashtag}",
    "{mention} parcel {tracking} 'out for delivery' for {days} 🙄 {url}",
    "{mention} invoice {invoice} went up {pct}. Explain please {hashtag}",
    "can someone at {mention} email me? {email} or DM, order {order}",
    "{mention} rang {cphone} three times, cut off after {days} every time {hashtag}",
    "{mention} updated to {version} and now the app crashes on my {model} {hashtag}",
]

AGENT = [
    "Hi {fname}, thanks for the voice note! I've noted your new bank details {iban}. Your next payment of {amount} on {date} will come from this account. {agent}",
    "Hi {{first_name}}, code {otp} has expired. I've sent a new one to {masked}. Any problems, call us on {cphone}. ^{agent}",
    "Thanks {fname}. I've updated the address to {address}. You can follow case {ticket} at {url}. Have a good day! /{agent}",
    "Hi {fname}, please never send your password over chat. I've locked the account to be safe; reset it at {url}. {agent}",
    "Hi! Callback booked for {date} between {time} and {time2} on {phone}. Your reference is {ticket}. ^{agent}",
    "Hi {fname}, the wifi key on the sticker ({wifi}) is for {ssid} only. On 5GHz pick {ssid2}. Firmware {version} fixes this. {agent}",
    "Hi {fname}, I've linked account {cust} to your new mobile {phone}. Questions? Call free on {cphone}. Thanks, {agent}",
    "Dear <customer name>, your order [ORDER_NO] has shipped. Tracking: {tracking}. Kind regards, {agent} ({brand})",
]

NEGONLY = [
    "Outage still not fixed, ticket {ticket} from {date}. Router {model} flashing orange, firmware {version}.",
    "%v hi it's about order {order} that was due {date} the driver came at {time} and i was home",
    "%o Invoice {invoice}\nDate {date}\nSubtotal {amount}\nVAT {pct}\nTotal {amount2}\n{kvk}",
    "Flight {flight} on {date} cancelled, paid {amount} for nothing. Booking {order}",
    "port {port} is open but still {err}. firmware checksum: {checksum}",
    "%o Meter readings\nRead date {date}\nDay {meter}\nNight {meter2}\nRef {reqid}",
    "%v bought {product} in {year} and after {days} it broke surely the warranty covers {qty2}",
    "Call us on {cphone} (Mon-Fri {time}–{time2}) or chat at {url}. {kvk}",
]

FRAMES = {
    "voice_hdr": ["🎤 Voice message ({dur}) · transcribed:", "[Voice message transcript]", "Voice memo converted to text:",
                  "🔊 {dur} — View transcription", "Transcript (may contain errors)", "🎙️ {dur}", "▶︎ {dur}  Transcript:"],
    "ocr_hdr": ["", "(text copied from photo)", "Text from image:", "——", "[image]", "Live Text:"],
    "greet": ["Dear {brand},", "Hi,", "Hello,", "Dear Sir/Madam,", "To whom it may concern,", "Hi there,", "Good afternoon,"],
    "close": ["Kind regards,", "Thanks,", "Best,", "Regards,", "Many thanks,", "Cheers,", "Sincerely,"],
    "csig": ["{name}", "{name}\n{phone}", "{fname}\nSent from my iPhone", "{name}\nTel: {phone}\n{address}",
             "{fname}\n\nGet Outlook for Android", "{name}\nmob {phone}", "{name}\n{email}"],
    "asig": ["{agent}\nCustomer Care {brand}\n{cphone} | {url}", "Kind regards,\n{agent} – Social Care Team\n{brand} | {kvk}",
             "{agent}\n{brand} Customer Support\nT {cphone}\n{kvk}", "{agent} | {brand}\n{url}",
             "Thanks,\n{agent}\n{brand} – {cphone}"],
    "qhdr": ["On {date} at {time}, {brand} Customer Care wrote:", "On {date} {time} {agent} ({brand}) wrote:",
             "-----Original Message-----\nFrom: {brand} Support\nSent: {date} {time}\nSubject: Your query {ticket}",
             "From: {brand} <noreply>\nDate: {date}\nSubject: RE: case {ticket}", "On {date}, {fname} wrote:",
             "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date} {time}\nSubject: Fwd: details"],
    "qbody": ["Dear customer,\nThanks for your message. Your query is logged as {ticket}.\nWe'll be in touch within {days}.",
              "Hi,\nCould you send us your account number and postcode? Never send your password or PIN.\n{agent}",
              "Hello,\nWe received your payment of {amount} on {date}.\nInvoice {invoice}.",
              "Hi,\nI've received and processed your new bank details {iban}.\n{agent}",
              "Hi {fname},\nAn engineer is booked for {date} between {time} and {time2}.\nAddress: {address}",
              "Hi,\nYour account number is {cust}. Keep this email.\n{agent}"],
    "disc": ["This email may contain confidential information. If you are not the intended recipient, please delete it.",
             "Please consider the environment before printing this email.", "This message has been scanned for viruses. {kvk}"],
    "dict_end": [" full stop", " comma", " new line", " period new paragraph"],
}

SECURE = [
    "%o typed out the error from the dev console\nAuthorization: Bearer {token}\nX-Api-Key:\n{apikey}\nHTTP 401 · {reqid} · port {port}",
    "%v hi i'm a developer at one of your business customers the api key from the portal is {apikey} and with the access token {token} i keep getting {err} on port {port} can someone look",
    "%v the pin for my new debit card is {pin} and the card ends in {masked} i haven't used it yet should i cancel it i'm flying {flight} tomorrow",
    "%o Photo of the PIN letter\nYour new PIN\n{pin}\nCard ending {masked}\nExpires {expiry}\nDon't keep this letter with your card ({year})",
    "%d i want to pay by credit card {card} expiry {expiry} security code {cvv} for booking {order} flight {flight}",
    "%o screenshot of the payment page:\nCard number\n{card}\nValid thru {expiry}   CVV {cvv}\nTo pay {amount}\nTransaction ID {reqid}",
    "%v your colleague said the puk is {puk} but the phone says {qty} attempts left and then i set pin {pin} is that right",
    "%o Text from photo of the SIM card:\nPUK {puk}\nPIN {pin}\nICCID {product}\nActivated {year}",
    "%o copied from the portal:\nUser\n{user}\nTemporary password\n{password}\nLast login from {ip} on {date}\nSession {token}",
    "%v my login is {user} and i just changed the password to {password} but someone keeps logging in from {ip} i think i've been hacked",
    "%o AWS console screenshot (OCR):\nAccess key ID\n{apikey}\nSecret access key\n{awssecret}\nCreated {date}   Region eu-west-1",
    "%v so the access key id is {apikey} and the secret is {awssecret} i know i know i'll rotate them after just tell me why the upload fails with {err}",
    "%d my date of birth is {dob} my customer number is {cust} todays meter reading is {meter} and the file checksum was {checksum}",
    "%o Statement extract (scan)\nDate of birth\n{dob}\nAccount {cust}\nReading {meter}\nCheck value {checksum}",
]

FRAMES["intro"] = [
    "I've been a customer since {year} and never had a problem until the last {days}. I've called several times and tried the chat with no luck.",
    "Following our phone call on {date}, here are the details you asked for. Sorry if the text is messy, I dictated it and the software mangles things.",
    "I sent an email last week and never heard back, so I'm trying again with everything in one place to speed things up.",
    "My son helped me type up the letter as I can't read the small print. I hope it's all clear, otherwise let me know.",
    "I'm writing on behalf of my mum who doesn't have email. She's given me permission to sort this out. Below is what your colleague asked for.",
    "As discussed with {agent}, I'm sending the text from the photos as the photos were too big to attach (over {qty}).",
]
FRAMES["outro"] = [
    "I'd appreciate a quick reply as I need the internet for work. Daytime is best.",
    "If anything's missing let me know. I'm away until {date}.",
    "Thanks in advance, hopefully this sorts it once and for all.",
    "If I don't hear back within {days} I'll escalate this to the ombudsman.",
    "Please confirm by email once it's all updated.",
    "Note I've now overpaid by {amount}, which I'd like refunded.",
]
