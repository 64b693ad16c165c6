"""English (en-gb / en-us) templates."""

CUST = {
    "dealer": [
        "Hi, my {car} has been in your workshop since {n_date} for its service. Mileage at drop-off was {n_meter}. Please call me back on {phone}. Customer no. {cust}.",
        "car's out front, key is in the key safe by the side door, code is {pin}. cheers {first}",
        "The waiting room wifi isn't working. Network {ssid}, password on the sign is {wifi} but it keeps saying incorrect",
        "Got quote {n_order} for {n_amount} inc VAT. Deposit will come from {iban}. Invoice to {email} and to {addr} please.",
        "Your salesman asked for my date of birth ({dob}) and SSN-like ID for finance... is that normal? Sent it over text already",
        "Can't log into the owner portal.\nusername: {user}\npassword: {pw}\nerror {n_err}",
        "Tyre swap booked {n_date} at {n_time}, {n_qty} stored under account {cust}. Part number {n_prod}. Confirm by text to {phone} pls",
        "The dealer app won't pair with the car. App {n_ver}, phone {n_model}, car is a {n_year}. I keep getting code {otp} but it's rejected",
    ],
    "lease": [
        "Hello {brand}, agreement number {cust}. My lease car was damaged on {n_date}. Claim ref {n_ticket}. You can reach me on {phone}.",
        "Locked out of the driver portal. 'Forgot password' email never lands in {email}. Old password was {pw} if that helps",
        "Fuel card blocked after 3 wrong PINs. The PIN letter says {pin} but that doesn't work either. Card {n_mask}",
        "Final invoice {n_invoice}: you're charging {n_amount} for excess mileage but the odometer read {n_meter} at collection. Refund to {iban} please",
        "Change of driver from {n_date}: {first} {last}, email {email}, mobile {phone}. Agreement {cust}.",
        "Home charger {n_model} won't join the wifi. SSID {ssid}, key {wifi}. Charge card no. {cust}, error {n_err}",
        "Lease app login: user {user}, emailed login code {otp}, says 'invalid code'. Help?",
    ],
    "roadside": [
        "Broken down on the M6 near junction 14. Membership number {cust}. Please call me on {phone}, phone's nearly dead",
        "Patrol still hasn't arrived, been waiting {n_qty}. Job ref {n_ticket} logged at {n_time}. I'm at {addr}",
        "Renewing membership, direct debit from {iban}, name {first} {last}, DOB {dob}.",
        "Car got towed to {dealer}. Keys are in the lockbox by the gate, code {pin}. Contact me at {email}",
        "Can't log into the app with {user}, password {pw} rejected and the text code {otp} already expired",
        "Breakdown abroad, flying back on {n_flight} on {n_date}. Policy number {cust}, mobile {phone}",
    ],
    "parking": [
        "Parking session didn't stop!! {n_amount} taken. Reg {plate}. Account {email}",
        "Verification code arrives way too late: {otp} came after 10 mins and had expired. My number {phone}",
        "Updating payment card: {card}, exp {exp}, CVV {cvv}. Old one ended {n_mask}.",
        "Please close my account, username {user}. Refund the balance to {iban}.",
        "App crashes since {n_ver} on my {n_model}. Error {n_err}, request id {n_req}",
        "Business account login: user {user} / pass {pw}\ncan you see why my colleagues can't get in?",
        "Exit barrier won't take the code {pin}. Ticket {n_ticket}, entered at {n_time}",
    ],
    "muni": [
        "Resident permit application. Address {addr}, reg {plate}, DOB {dob}. Old permit number {cust}.",
        "Got a PCN for {n_amount} on {n_date} at {n_time} even though I paid through {park}! PCN {n_ticket}. Appealing this.",
        "Visitor permit: the PIN {pin} no longer works. My phone {phone}",
        "Paid the fine {n_ticket} from {iban} on {n_date}, still got a charge certificate??",
        "Someone from the council called from {phone} asking for the text code {otp}. Is that legit?",
        "Council parking portal: username {user}, password {pw}. Locked after 3 attempts ({n_err}).",
        "Re ticket {n_ticket}: the car is still registered in NL so your form wants my Dutch BSN, it's {bsn}. Hope that's ok to send here",
    ],
    "crypto": [
        "Account hacked!! Someone withdrew {n_amount} in BTC. Login from IP {ip} at {n_time}, NOT me. Account email {email}",
        "Lost 2FA after new phone. Backup codes I have: {otp} {otp#2} {otp#3}. Can you reset 2FA? Account {cust}",
        "Think my API key leaked: {api}\nsecret: {awssec}\nrevoke it asap!!",
        "KYC stuck. DOB {dob}, address {addr}. Ticket {n_ticket}",
        "Withdrawal to {iban} pending for {n_qty}. Tx hash {n_sum}",
        "Changed password from {pw} to {pw#2} and now I can't log in at all. Error {n_err}",
        "'Support' on Telegram asked for my login, I gave username {user} password {pw}. Was that you guys??",
        "Unknown login attempts from {ip} and {ip#2}. I'm on app {n_ver}. Freeze everything, UID {cust}",
    ],
    "bank": [
        "Card stolen! Number {card}, expiry {exp}. Block it please. Last transaction {n_amount} on {n_date}",
        "Can't log into the app, the SMS code never arrives on {phone}. Error {n_err}.",
        "Someone called pretending to be you and asked for my PIN. I said {pin}. Now {n_amount} is gone from {iban}",
        "My account is frozen. Customer ID {cust}. Already sent ID, DOB {dob}. I can't pay anything!",
        "New phone, app wants an activation code, the agent read it out: {otpw}. Doesn't work.",
        "SIM locked after 3 wrong PINs, is the PUK {puk}? Now I don't get your 2FA texts",
        "Developer API: bearer token {tok} returns {n_err}, request id {n_req}.",
        "Card {card} CVC {cvv} exp {exp} declined at the pump. Balance is fine, {n_amount}.",
    ],
}

AGENT = [
    "Hi {first}, sorry you're having trouble logging in! Never share your password, not even with us. You posted {pw} here, so please change it right away at {n_url}. Thanks, {agent}",
    "Hi {first}, thanks for your message. I've found your account {cust} and opened case {n_ticket}. We'll call you today on {phone}. ^{agent}",
    "Hello! We can see your payment of {n_amount} on {n_date}. It'll be refunded within {n_qty} to the account ending {n_mask}. {agent}",
    "Hi {first}, your card is now blocked. A replacement is on its way to {addr}. Tracking: {n_track}. Questions? Call {n_cphone}. {agent}",
    "Hi there, the code {otp} you shared has been invalidated. Request a new one in the app (version {n_ver} or later). Never share codes like {macro}! ^{agent}",
    "Hi {first}, the outage ({n_err}) is known, sorry! More at {n_url}. Kind regards, {agent} | {brand} | {n_cphone} | {n_kvk}",
    "Thanks {first}. We have {addr} and {email} on file, is that still right? If not, send us a DM. ^{agent}",
    "Hi, we've processed your IBAN {iban}. Expect the refund within 5 working days, ref {n_invoice}. {agent}",
    "Hi {first}! Your 2FA has been reset. Log in with your username {user} and set up a new authenticator. We'll close ticket {n_ticket} on {n_date}. {agent}",
    "Hey {first}, please don't post your DOB publicly, we've hidden the post with {dob}. Your application {n_ticket} is still in progress. {agent}",
]

GREET = ["Dear {brand},", "Hi,", "Hello,", "Dear Sir/Madam,", "Hi team,", "To whom it may concern,", "Good afternoon,", "Hey {brand} support,"]
CLOSE = ["Kind regards,", "Thanks,", "Best,", "Regards,", "Many thanks,", "Cheers,", "Sincerely,", "Thanks in advance,"]
SIGN = ["{first} {last}\n{phone}", "{first} {last}\n{addr}\nTel: {phone}", "{first}\n\nSent from my iPhone", "{first} {last}\nMobile: {phone}\n{email}",
        "{first}", "{first} {last}\n\nGet Outlook for Android", "{first} {last}\n{addr}", "{first} {last} | {phone}"]
QUOTE_HDR = ["On {n_date}, at {n_time}, {brand} Support wrote:", "On {n_date} {first} {last} <{email}> wrote:",
             "From: {brand} Customer Care\nSent: {n_date} {n_time}\nSubject: Your case {n_ticket}", "-----Original Message-----\nDate: {n_date}\nSubject: RE: {n_ticket}"]
FWD = ["---------- Forwarded message ---------\nFrom: {first} {last} <{email}>\nDate: {n_date} at {n_time}\nSubject: Fwd: my account",
       "Begin forwarded message:\n\nFrom: {brand}\nDate: {n_date}\nSubject: Confirmation {n_order}"]
DISCLAIMER = ["This email and any attachments are confidential and intended solely for the addressee.", "Please consider the environment before printing this email.",
              "{brand} Ltd, registered in England and Wales, {n_kvk}.", "This message has been scanned for viruses."]
PAD = ["I've already called twice but kept getting transferred and then the line dropped.", "This is really frustrating as I need the car every day for work.",
       "I hope you can sort this out quickly, I'm honestly losing patience.", "Your website says 48 hours, which has long passed.",
       "My neighbour had the same problem and theirs was fixed in a day.", "I've been a customer for years and never had an issue until now.",
       "Please reply by email, I can't really take calls during the day.", "Sorry for the long email but I want to explain everything properly.",
       "I've attached a screenshot of the error.", "I tried the chat as well but only got canned responses."]
WA = ["[{n_time}, {n_date}] {first}: ", "{first} {last}: ", ""]
CHAT_OPEN = ["Hi! ", "Hello, ", "Morning. ", "Hey, ", "", "", "HELP ", "Hiya "]

_EXTRA = {
    "crypto": [
        "My trading bot uses API key {api} with secret {awssec}, down {n_pct} overnight with trades I don't recognise. Server {ip} port {n_port}",
        "Created a new API key: {api}. Please revoke the old one ({api#2}). Whitelisted IP {ip}",
        "Order {n_order} for my hardware wallet ({n_model}) never arrived, tracking {n_track}. Account email {email}",
        "Checksum of the app download doesn't match: {n_sum}, version {n_ver}. Is this the real app?",
    ],
    "bank": [
        "Phone locked after 3 wrong SIM PINs. PUK from the SIM card holder: {puk}. Can I still use the banking app?",
        "Accidentally pushed my personal access token {tok} to a public repo. Revoke please! Last request {n_req} on port {n_port}",
        "Bearer {tok} stopped working on {n_date}, endpoint on port {n_port} returns {n_err}",
        "Entered PUK {puk} and it asked for a new PIN, I chose {pin}. Will I get your texts again now?",
        "Credit card {card} (exp {exp}, CVV {cvv}) used abroad while I'm at home. Product {n_prod}?",
        "Made a virtual card: {card} exp {exp}. Declined at {park}, old one was {n_mask}. Customer no {cust}, request id {n_req}",
    ],
    "parking": [
        "Session token {tok} from the app logs, might help your devs. Version {n_ver}, {n_model}",
        "The charger in the car park wants wifi: {ssid} / {wifi}. Charged {n_amount} for {n_qty}, that's {n_pct} more than last time",
    ],
    "dealer": [
        "Part {n_prod} ordered under {n_order}, collecting on {n_date}. Car is a {n_year}. I fly in on {n_flight}. Mobile {phone}",
        "Flight {n_flight} lands at {n_time}, can you have the car ready at the airport? Key box code {pin}",
    ],
}
for _k, _v in _EXTRA.items():
    CUST[_k] = CUST[_k] + _v
AGENT += [
    "Hi {first}, we've revoked your API key {api} straight away. Create a new one at {n_url}. ^{agent}",
    "Hi {first}, token {tok} has been revoked. You can create new tokens in the dashboard. {agent} | {n_cphone}",
    "Hi {first}, your new card ending {n_mask} is on its way (tracking {n_track}). Questions? Call {n_cphone}. {agent}",
    "Hi {first}, card {card} is blocked. Please never post your card number here, nor the CVV {cvv}! ^{agent}",
]
