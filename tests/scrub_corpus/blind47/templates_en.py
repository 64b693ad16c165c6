"""English (UK + US) templates, with some Dutch/French switching."""

G = {}

G["paste"] = [
    "{mention} can't DM you, you don't follow me 🙄 so here: {phone}, account no {cust}",
    "ok fine here it is: tel {phone}, email {email} plz call me back",
    "DM'd but just in case: {name}, {addr}. order {order} still missing",
    "not waiting for a DM lol. my IBAN {iban}, refund it pls",
    "my details: {phone} / {email}. ffs sort it out",
    "acct number {cust} and the EAN is {ean} if that helps",
    "u asked me to DM but it won't load. {addr}, reachable on {phone} after {time}",
    "my number is {phone} 📱 ty",
    "DMed you 3 times!!! {email} / customer no. {cust} #{brand}",
    "sent a dm maar voor de zekerheid: {phone} (sorry for the dutch)",
    "here u go: name {name}\nDOB {dob}\naddress {addr}\nmob {phone}",
    "membership no {cust}, phone {phone}, idk what else u need",
    "SSN? no I'm in NL lol, BSN is {bsnnl} if that's what you mean",
]

G["secret"] = [
    "pw is {pw} and it still won't let me in",
    "changed my password to {pw} and now the app crashes {emo}",
    "username {user}\npassword {pw}\ncan u check?",
    "old pwd: {pw} new: {pw#2}, still error {err}",
    "the text code was {otp} but it expired after like 1 min??",
    "my new card PIN is {pin}, am I allowed to say that here lol",
    "entered PUK {puk} and sim still locked",
    "wifi key is {wifi} (network {ssid}) laptop won't connect",
    "Your verification code is {otp}. Do not share it. <- got this, legit?",
    "login = {user} pass = {pw}. did I do it right? thx",
    "keysafe code {pin} for the engineer tmrw, he can just go in",
    "alarm code {pin}, gate {pin#2}, engineer comes at {time}",
    "the automated call read out a code: {otpw}. where do I put it",
    "router admin password: {pw} ({model})",
    "phone unlock code is {pin} in case the repair guy needs it",
    "2FA code {otp} from the authenticator app doesn't work",
    "passcode {pw} mdr jk it's actually {pw#2}",
]

G["pay"] = [
    "you charged {amount} twice to {iban}!! refund pls",
    "card {card} exp {exp} cvv {cvv} just do it that way, payment page is broken",
    "Please refund to {iban}, account holder {name}",
    "my credit card {card}, expiry {exp}. Transaction on {date} shows twice",
    "account is {iban} (not the one ending {masked}, that's closed)",
    "paid with card ending {masked} but I can't see the {amount} anywhere",
    "visa {card} valid thru {exp} back says {cvv}",
    "sort code and acc no? I only have IBAN: {iban}",
    "refund {amount} to {iban} pls, invoice {invoice}",
    "amex {card} exp {exp} CID {cvv}",
]

G["ident"] = [
    "DOB {dob}, address {addr}. anything else?",
    "born {dob}, live at {addr}",
    "moved to {addr} on {date}, please update",
    "your system has my birthday wrong: it's {dob} not {dob#2}",
    "Address: {addr}\nDate of birth: {dob}",
    "new address {addr} 🏠 new mobile {phone}",
    "national register number (Belgian ID) {rrn}, the agent asked for it",
]

G["tech"] = [
    "router {model} on firmware {ver}, my IP is {ip}, port {port} forwarded but nothing",
    "my API key {apikey} returns {err} since {date}",
    "token: {token}\nrequest id {reqid}",
    "IP {ip} blocked?? error {err}",
    "app version {ver} on {model}, can't log in with {user}",
    "Authorization: Bearer {token} stopped working after {ver}",
    "aws access key id {apikey} secret {apikey#2}, pasted from the console, is that what u need",
    "sha1 of the firmware file: {checksum}",
    "personal access token {token} expired?",
]

G["screen"] = [
    "screen says 'Invalid code {otp}' and below it error {err}",
    "can't send a screenshot but it says: account {cust}, balance {amount}, due {date}",
    "in the app under my details it shows {phone} but that's my old number",
    "on my screen it literally says 'IBAN: {iban}' and that's NOT my account",
    "the {model} display shows {err} then blinks red",
    "pic of the meter: reading {meter} kWh, MPAN/EAN {ean}",
    "the email says 'your temporary password is {pw}' but it doesn't work",
    "screen shows 'Session expired ({reqid})' every single time",
]

G["neg"] = [
    "{mention} parcel {track} was due {dshort}, now it says {date}?? {hashtag}",
    "{qty} without internet {emo} ticket {ticket}",
    "order {order} for {amount} still nothing {hashtag} {hashtag#2}",
    "flight {flight} at {time} delayed, do I get my {amount} back? {mention}",
    "invoice {invoice} is wrong, you promised {pct} off",
    "outage? {err} since {time} in {city} {hashtag}",
    "{score} at half time and my stream drops at {time} 😡 {mention}",
    "updated to {ver} yday, since then {err} on my {model}",
    "called {cphone}, on hold {qty}, hung up. great {mention}",
    "promo code {promo} not working, error {err}",
    "customer since {year}, never again {hashtag}",
    "see {url} but nothing about the outage {hashtag}",
    "case {ticket} open for {qty} now. unreal",
    "company no. {kvk} on the invoice {invoice}, is that you?",
]

G["agent"] = [
    "Hi {first}, sorry to hear that! Could you DM us your account number? We'll take a look. {agent}",
    "Hey! Please send your postcode via DM, don't share personal details here 🙏 {agent}",
    "Thanks {first}. I can see an account ending {masked}, is that right? {agent}",
    "You can also call us on {cphone} (Mon-Fri 8am-8pm). {agent}",
    "We've noted your number {phone}, someone will call you today. Case {ticket} {agent}",
    "Your new address {addr} is updated from {date}. Have a good one! {agent}",
    "Refund of {amount} to {iban} is on its way, allow {qty}. {agent}",
    "Heads up: we'll never ask for your password or PIN! Please delete your post. {agent}",
    "Your parcel {track} is at the pickup point until {dshort}. {agent}",
    "Hi {first}, account {cust} is linked to {phone}. Still correct? {agent}",
    "We've sent a reset link to {email}. Still stuck? Call {cphone}. {agent}",
]

G["burst"] = [
    "hi", "hello??", "still nothing", "sorry", "one sec", "pls", "thx", "ty", "ok", "k", "lol", "omg",
    "tel {phone}", "my no {phone}", "acct {cust}", "pw {pw}", "code {otp}", "{otp}", "pin {pin}", "email {email}", "{email}",
    "order {order}", "ticket {ticket}", "at {time}", "paid {amount}", "iban {iban}", "addr: {addr}", "{emo}{emo}",
    "dob {dob}", "login {user}", "wifi: {wifi}", "parcel {track}", "cheers!", "yesss that's it",
]

G["email_body"] = [
    "I am writing because my broadband has not worked since {date}. My account number is {cust} and you can reach me on {phone}. Ticket {ticket} is still open.",
    "On {date} I placed order {order} for {amount}. The parcel ({track}) never arrived. Please refund to {iban}, account name {name}.",
    "Please update my address to {addr} from {date}. Customer number {cust}.",
    "I can't log in with username {user}, I get error {err}. I reset my password to {pw} but no luck.",
    "Meter readings as of {date}: day {meter}, night {meter#2}. Supply number {ean}.",
    "The direct debit of {amount} (invoice {invoice}) is wrong. Please use account {iban}. DOB for verification: {dob}.",
    "Your colleague asked me to email my card details: {card}, expiry {exp}. I'd rather not do the CVV by email.",
    "My router ({model}, firmware {ver}) drops every evening around {time}. Public IP {ip}.",
    "Please call me on {phone} or email {email}. I'm out during the day.",
    "I received a text with code {otp} though I requested nothing. Has my account ({user}) been hacked?",
]
G["greet"] = ["Dear Sir/Madam,", "Hi {brand},", "Hello,", "Good afternoon,", "Dear customer services,", "Hi team,", "To whom it may concern,", "Hey,"]
G["close"] = ["Kind regards,", "Best,", "Thanks,", "Regards,", "Many thanks,", "Cheers,", "Best wishes,", "Thanks in advance,"]
G["sig"] = ["{name}\n{addr}\nTel: {phone}", "{name}\nMobile {phone}", "{first}\n\nSent from my iPhone", "{name} | {email}",
            "{name}\nAccount no: {cust}", "{first} {emo}", "{name}\n{phone}\n{email}", "--\n{name}\nGet Outlook for iOS"]
G["quote_hdr"] = ["On {date} at {time}, {brand} Customer Care wrote:",
                  "-----Original Message-----\nFrom: {brand} Support\nSent: {date} {time}\nSubject: Your enquiry ({ticket})",
                  "On {date}, {time}, {brand} <noreply> wrote:",
                  "---------- Forwarded message ---------\nFrom: {brand}\nDate: {date}\nSubject: Order confirmation {order}"]
G["agent_sig"] = ["Kind regards,\n{agent}\n{brand} Customer Care | {cphone} | {url}", "The {brand} team\nCompany no. {kvk} | VAT {btw}",
                  "{brand} Support\nCall us: {cphone}\n{url}", "Best,\n{brand}\nRef: {ticket}"]
G["disclaimer"] = ["This email is confidential and intended solely for the addressee.", "Please consider the environment before printing this email.",
                   "{brand} Ltd, registered in England, company number {kvk}.", "Nothing in this email constitutes a binding agreement."]
G["subject"] = ["Subject: outage", "Subject: refund {order}", "Subject: change of address", "Subject: RE: your enquiry {ticket}",
                "Subject: can't log in", "Subject: Complaint", "Subject: meter readings", "Subject: FW: invoice {invoice}"]

# additional templates (balanced across halves)
G["ident"] += ['BSN {bsnnl} (Dutch citizen service number, the agent asked)', 'my BSN is {bsnnl} dob {dob}', 'Belgian national number {rrn} 👍', 'BSN: {bsnnl} postcode/house no {addr}']
G["secret"] += ["PUK code {puk} it's on the plastic card thing", 'PUK1 {puk} PIN1 {pin}', 'wifi password {wifi} 🙏 not working on the tv', "changed the wifi key to {wifi}, printer can't see it now"]
G["tech"] += ['is my access token {token} expired?', 'API key: {apikey} (sandbox)', 'the session token {token} is right there in the url', "please revoke api key {apikey}, I've requested a new one"]
G["email_body"] += ["When activating my new SIM it asked for the PUK. I typed {puk} from the card and now it's blocked. My number is {phone}.", 'The engineer is booked for {date} between {time} and {time#2}. The key safe by the door has code {pin}. Address: {addr}.', 'Since the new router ({model}) the wifi is dead. Network {ssid}, key {wifi}. Account {cust}.', 'For the integration I was given API key {apikey}, but every call returns {err}. Request ID: {reqid}.', 'Your colleague asked for my BSN and date of birth: {bsnnl}, {dob}. Please confirm case {ticket} is now complete.', 'My credit card ({card}, exp {exp}) was charged {amount} twice on {date}.']
G["email_body"] += ["Quick one from my phone: payment with my card {card} (exp {exp}) failed but the money's gone. Order {order}.", "My son changed my password by accident. He says the new one is {pw} but it doesn't work. Username: {user}. Please reset to {email}.", "I've moved from {addr} to {addr#2}. Can you move the contract ({cust}) over from {date}?", 'Please refund the overpayment of {amount} to {iban}. This is invoice {invoice} dated {date}.', "At {time} I got a text saying 'Your code is {otp}'. I didn't request anything. My number: {phone}, account {cust}.", "We had an outage on {date} lasting {qty}. Per your terms I'm owed {pct} off. Contract {cust}.", 'As discussed on the phone (ticket {ticket}): my date of birth is {dob} and my email is {email}.', "My mum (DOB {dob}) wants to cancel. Her address is {addr}, phone {phone}. I'm handling it for her.", "I'd rather pay by direct debit from {iban} from now on. Customer number {cust}.", "The app ({ver}) says 'Unknown user {user}' on login. I'm connecting from IP {ip}."]


def _pairs(key, dev, held):
    """Append so that dev items land on even indices and heldout items on odd ones."""
    lst = G[key]
    d, h = list(dev), list(held)
    while d or h:
        if len(lst) % 2 == 0:
            lst.append(d.pop(0) if d else h.pop(0))
        else:
            lst.append(h.pop(0) if h else d.pop(0))
_pairs('pay', ["card {card} / {exp} / cvc {cvv} ... or shouldn't I post that 😬", 'mastercard {card} cvc {cvv} exp {exp}, just charge it', 'cvv is {cvv} (on the back) card {card}'], ['iban {iban} bic ABNANL2A, amount {amount}', 'the {amount} to {iban} pls', 'account {iban} holder {name}'])
_pairs('secret', ['username {user} password {pw} I give up 😭', 'login: {user}\npw: {pw}\n2fa: {otp}', 'my login is {user}, forgot the pw tho'], ["wifi key's on the sticker: {wifi}", 'used PUK {puk}, now it wants a new pin, is {pin} ok?', 'network {ssid} key {wifi}'])
_pairs('tech', ['ip {ip} port {port}, api key {apikey}', 'username {user} on the portal, ip {ip}'], ['bearer token {token} since version {ver}', 'ip {ip} and token {token}'])
_pairs('burst', ['📞{phone}', '{otp}🙏', '💳{card}', 'acct:{cust}✅', 'pw➡️{pw}', 'this one: {iban}👆', 'mob? yeah {phone}🤙'], ['☎️{phone}', 'code➡️{otp}', 'pin {pin}🔒', '{email}📧', 'pwd:{pw}🙈', 'bday {dob}🎂', '{phone}‼️'])
