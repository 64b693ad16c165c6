"""English (en-gb / en-us) templates. Dealt alternately: even -> dev, odd -> heldout."""

T = {
"E": [
"""I'm writing on behalf of my mother, {full.2} (DOB {dob.2}). She has [[dementia|macular degeneration|had a stroke]] and can't use the phone any more. I hold a Lasting Power of Attorney, a certified copy is attached.
Her account number is {cust.2} and her address is {addr.2}. Please send all post to me instead: {addr}.
Best number for me is {mob}. The bill {inv} for {amt} looks wrong, she's been in a care home since {date}.""",
"""As court-appointed deputy for Mr {full.2} (order dated {date}) I am asking you to change the direct debit to the deputyship account {iban}.
Client details:
Name: {full.2}
Date of birth: {dob.2}
Account/ref: {contract.2}
Address: {addr.2}
Please correspond only with my office (company no. {kvk}, VAT {btw}). Switchboard {cphone}, my direct line {land}.""",
"""Hi,

My dad ({fn.2}) got a new phone ({model}) and now the banking app won't let him in. His details:
username: {user.2}
password: {pw.2}
He does get the text with the code ({otp}) but then it shows error {err}. App version {ver}.
I'm his son and handle everything for him. His mobile is {mob.2}, mine is {mob}.""",
"""I'm the bookkeeper for a small [[bakery|plumbing firm|dental practice]] and the owner, {full.2}, asked me to reconnect your invoicing API to their webshop.
He forwarded me his login ({email.2} / {pw.2}). The keys in the dashboard are:
Access key ID: {awsid}
Secret: {awssecret}
Webhook calls fail with {err} on port {port} since {date} (request id {reqid}). Business account {iban}, outstanding invoice {inv}.""",
"""Hello,

I'm a volunteer helping my elderly neighbour, Mrs {ln.2}. Her card was taken by the machine on {date}. The card number from her statement is {card}, expiry {exp}, and the three digits on the back are {cvv}.
Her account ends {masked} on the letter you sent, but the full sort code/account is on the attached photo.
Her landline is {land.2}, date of birth {dob.2}. She can't remember her PIN, it might be {pin.2}.""",
"""Forwarding this from my grandmother's account as she asked me to sort it out. Her email login is {email.2} and she says the password is {pw.2}.
She got a text saying a new device signed in from IP {ip} at {time} on {date}. She doesn't own a tablet. Please lock the account and call me, her grandson, on {phone}.""",
"""Please find below the household members for the renewal of policy {policy}:
1. {full} – DOB {dob} – tel {mob}
2. {full.4} (spouse) – DOB {dob.4} – tel {mob.4}
3. {full.3} (daughter, named driver) – DOB {dob.3}
Address for all: {addr}. Premium quoted {amt}, that's a {pct} increase on last year.""",
"""Dear Sir/Madam,

I am a professional interpreter accompanying Mr {full.2} on flight {flight} on {date}. He has requested wheelchair assistance, booking reference {order}.
His mobile: {mob.2}. If the gate changes please contact me on {mob}, he doesn't speak English.
His loyalty/member number is {member.2}.""",
],
"C": [
"""hi trying to log into my moms account for her. her username is {user.2} password {pw.2}. dob {dob.2} if u need it""",
"""Morning. My dad is in hospital and his phone is locked, the PIN {pin.2} isn't working any more and it's asking for a PUK. His number is {mob.2}, account {cust.2}. Can you text the PUK to me on {mob}?""",
"""[[Forwarded|Fwd]]
Your [[verification|security]] code is {otp}. Never share this code.

^ my nan just got this on her phone, is it from you?? she didn't give it out. account {cust.2}""",
"""I'm deputy for Mr {ln.2}, can you move contract {subno.2} to the basic tariff? Deputyship account {iban}. DOB {dob.2}, address {street.2}""",
"""Hiya, I'm next door to Mrs {full.2}. Her broadband's down, router is a {model}. Sticker says network {ssid}, key {wifi}. Light flashing red ({err}). She's customer {cust.2}""",
"""My son ({fn.3}, DOB {dob.3}) has a pay as you go SIM. He forgot the PIN, the PUK on the card holder is {puk.3}. Number {mob.3}. I'm his mum, my number {mob}""",
"""can someone help with my father in law's app? he got a code {otp} by text but the app says {err}. login {email.2} pw {pw.2}. version {ver}""",
"""I look after my brother who has learning difficulties. He read his code out to me over the phone: {otpw}. Is that the one you need? His account {cust.2}""",
"""my grandad wants to cancel his card. card {card} exp {exp} cvv {cvv}. he says he never spent {amt} at {brand} on {date}""",
"""hey my mum changed her password to {pw.2} and now the TV app is acting weird (error {err}). old one was {pw.3}. login is {email.2}. order ref {order}""",
],
"P": [
"""{mention} I've called [[3 times|three times|four times]] on behalf of my 87yo mum and got a different story every time. Just call her back on {phone.2} {tag}""",
"""{mention} my dad (91!) got a final demand for {amt} even though everything's on direct debit. Account {cust.2}. Disgraceful {tag} {tag.2}""",
"""I hold power of attorney and you STILL send post to {addr.2} when she's been in a care home for {qty}. {mention} sort it out""",
"""{mention} how do I get access to my mother's account? {url} says nothing useful. Case {ticket} untouched since {date}.""",
"""{mention} outage at my parents' place on {street.2} since {time}, they moved in {year} and it's never worked right. call me {mob} {tag}""",
"""{mention} I pay my daughter's bill but you keep refusing to talk to me. my email {email}. invoice {inv}. {tag}""",
],
"A": [
"""Hi {first_name}, sorry you're having trouble logging in for your mum. Could you DM us her account number and date of birth? We'll never need a password, so please don't share it. ^{agent}""",
"""Hi {fn}, thanks for getting in touch. Is this about your dad's account ({cust.2}) or your own ({cust})? We can see two accounts at that address. Let us know and I'll make the change. {agent}""",
"""Dear {full}, we received the Power of Attorney on {date}. You can now manage Mrs {ln.2}'s account. The bank account we hold ends in {miban}, is that right? Your reference is {ticket}. Kind regards, {agent} | {brand} | {cphone}""",
"""Hi {fn}, I can see two customers called {ln.2} at {street.2}. Do you mean the one born {dob.2} or {dob.3}? Just want to be sure I update the right record. ^{agent}""",
"""Thanks for forwarding. I've sent the PUK for {mob.2} to the account holder's number. It's {puk.2}. Please note the SIM locks permanently after {qty} wrong tries. Ref {ticket}. Team {brand}""",
"""Good afternoon, as a deputy you can register via {url}. You'll need the court order and the account number [ACCOUNT NUMBER]. We blocked the card ending {masked} at {time}. You can also call {cphone} (Mon-Fri). {agent}""",
],
}

W = {
"greet": ["Hello,", "Dear Sir/Madam,", "Hi there,", "Good morning,", "Dear {agent},", "To whom it may concern,",
          "Hi {brand} team,", "Dear Customer Services,"],
"close": ["Kind regards,", "Many thanks,", "Thanks in advance,", "Best,", "Yours faithfully,", "Cheers,", "Regards,",
          "Best wishes,"],
"sig": ["{full}", "{full}\n{mob}", "{full}\nDaughter and attorney for {full.2}\nTel: {phone}", "{fn}\n\nSent from my iPhone",
        "{full}\nProfessional Deputy\n{ln} & Co Solicitors\n{street}\nT: {land} | Company No. {kvk}", "{full}\n{addr}\n{email}",
        "{fn}\nSent from Outlook for Android", "{full} (son, on behalf of {full.2})\n{mob}"],
"disc": ["This email and any attachments are confidential and intended solely for the addressee.",
         "Please consider the environment before printing this email.",
         "CONFIDENTIALITY NOTICE: If you received this message in error, please delete it and notify the sender.",
         "This message has been scanned for viruses."],
"qhead": ["On {date} at {time}, {brand} Customer Care wrote:", "From: {brand}\nSent: {date} {time}\nSubject: Your query {ticket}",
          "On {date}, {agent} from {brand} wrote:", "-----Original Message-----\nFrom: {brand} Support\nDate: {date}"],
"quote": ["Dear customer,\n\nThank you for your message. Your query has been logged as {ticket}. To discuss another person's account we need their consent or a Power of Attorney.\n\nKind regards,\n{agent}",
          "Hi,\nWe've received your request. Could you confirm which customer this relates to? We can see more than one account at that address.\nReference: {ticket}\nCall us on {cphone}",
          "Good afternoon,\n\nYour invoice {inv} for {amt} is still outstanding. You can view your bills at {url}.\n\n{brand}",
          "Dear {fn},\nWe couldn't link {mob.2} to your account. Please send us the date of birth of the account holder.\n{agent}"],
"fwd": ["---------- Forwarded message ---------\nFrom: {full.2} <{email.2}>\nDate: {date} {time}\nSubject: can't log in\nTo: {email}",
        "Begin forwarded message:\n\nFrom: {email.2}\nDate: {date}\nTo: {full} <{email}>\nSubject: Fwd: your bill",
        "-------- Forwarded Message --------\nSubject: bill\nDate: {date}\nFrom: \"{full.2}\" <{email.2}>",
        "Forwarded from my mum's account:\nFrom: {email.2}\nSent: {date} {time}"],
}

T["E"] += [
"""I've been running my father-in-law's ({full.2}) online shop since he got ill. Someone logged in from IP {ip} at {time} on {date}.
Session token from the logs: {token}
Server listens on port {port}, request ID {reqid}. The changed file's SHA-256 is {sha}.
He's flying back tomorrow ({flight}) so please contact me: {mob}. Replacement unit ({prod}) tracking {track}.""",
"""I'm sitting with my mum (82), she factory-reset her router.
Network {ssid}, old key {wifi}, she wants the new one to be {wifi.2}.
Logging in with {user.2} and password {pw.2} works but the text code {otp} always arrives late.
Router {model}, firmware {ver} (SHA-256 {sha}). Meter reading she gave: {meter}. The {pct} discount isn't on the bill. Item {prod}.
It's not her debit card ending {masked}, it's her credit card {card} (expires {exp}) that was charged twice.""",
]
T["C"] += [
"""my brother keeps getting logged out, app says 'last sign-in {ip}' while he's at home. token from the error: {token}. request {reqid}. acct {cust.2}""",
"""helping my nan with her new tablet. username {user.2}, she read the code out as {otpw}. wifi key for her router ({model}) is {wifi}, network {ssid}. app {ver}""",
]
