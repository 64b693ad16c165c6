"""English templates (shared by en-gb and en-us unless in GB/US lists)."""

SCAM = [
    "{bank}: A new payee was added to your account on {date}. If this was NOT you, call {sphone} immediately. Ref {sref}",
    "Your {bank} card has been temporarily suspended. Verify your details at {url} to restore access.",
    "Hi Mum, I've dropped my phone down the loo, this is my new number. Can you text me back? Need to pay a bill of {amt} today x",
    "FRAUD ALERT: Did you attempt a purchase of {amt} at {shop}? Reply YES or NO. To cancel visit {short}",
    "We could not deliver your parcel {track}. Reschedule and pay {amt} here: {short}",
    "{bank} Security: your online banking will be locked. Confirm your identity: {url} Case {sref}",
    "Your verification code is {otp}. Do not share this code with anyone. {bank} will never call you to ask for it.",
]
SCAM_GB = [
    "HMRC: You are due a tax refund of {amt}. Claim before {date}: {url}",
    "Royal Mail: Your parcel has a {amt} shipping fee outstanding. Pay now: {short}",
]
SCAM_US = [
    "USPS: Your package {track} is on hold due to an incomplete address. Update here: {short}",
    "Zelle: a payment of {amt} is pending. If you didn't authorize it, call {sphone}.",
]

CHAT = [
    "I got this text:\n\n\"{scam}\"\n\nand I clicked it and put in my card number {card}, expiry {exp} and the security code {cvv}. What do I do now??",
    "Someone rang me saying they were from your fraud team. The number looked legit ({cphone}). I read out the code {otp} and now {amt} has gone from my account",
    "hi I need to freeze my card ASAP. card ending {mask}, customer number {cust}. there's {qty} I don't recognise since {time}",
    "My account got hacked. They changed the password, my old one was {pwd}. Username is {user}. Can you reset it?",
    "There are {qty} from {shop} on my statement that I never made. Transaction ref {txref} on {date}. I want a chargeback please",
    "The scammer got me to install {app} and then moved {amt} to {ibanx}. Police report number {ticket}",
    "stupidly told the guy on the phone my PIN which is {pin}. do I need a new card?",
    "I want to change my password to {pwd2} but the app keeps giving error {err}. Customer no. {cust}",
    "Got a call from {sphone} claiming to be you. They asked my date of birth ({dob}) and then a code, I gave them {otpw}.",
    "I can see a login from IP {ip} at {time} which wasn't me. I'm on a {model}, app version {ver}. Already changed my password.",
    "I think my SIM got swapped, no signal at all. The network gave me the PUK {puk} but someone has logged in meanwhile. My number is {phone}",
    "somebody used my credit card {card} exp {exp} cvv {cvv} to order from {shop}, order {order}, {amt}. block it please!!",
    "My email {email} was hacked and I'm getting password reset emails from you. Can you lock my login {user}?",
    "details for the refund:\nname: {full}\naccount: {iban}\ncustomer no: {cust}\nphone: {phone}\ntransaction: {txref}\namount: {amt}",
    "I blocked the card in the app. Can I choose my own PIN for the new one? I'd like {pin2}. Case {ticket}",
    "The 'bank' texted me a code {otp} and the man on the phone said read it back to cancel the payment. I did. Now {amt} is gone 😢",
    "This is the number that called me: {sphone}. And this is where the money went: {ibanx}. {amt} on {date} at {time}.",
    "A 'BT engineer' called and got me to read out my wifi password ({wifi}) then log in to my banking while he watched on {app}. Customer since {year}, account {cust}",
    "Got a chat on Booking.com saying my booking (flight {flight}, invoice {inv}) had to be paid again. Entered card {card}, {amt} gone",
    "I accidentally pasted my session token {token} into a support chat that turned out to be fake. Someone then logged into business account {cust}. Please revoke all sessions",
    "They also got my personal access token {token} from the phishing page and the API key {apikey}. Charges of {pct} of our volume look fraudulent",
]
CHAT_GB = [
    "I was told to move my savings to a 'safe account', sort code and account number {ukacct}. Sent {amt}. It was a scam wasn't it",
    "Can you confirm {cphone} is really your number? I'm not ringing anything until I know",
]
CHAT_US = [
    "I sent {amt} on Zelle to someone who said they were from your fraud dept. My SSN wasn't given but I did give my online ID {user} and password {pwd}",
    "Someone opened an account in my name at {addr}. My DOB is {dob}, my cell {phone}. How do I dispute this?",
]

PUBLIC = [
    "{mention} 3 days and still no one can tell me where my {amt} went. Scammed via a fake text. Case {ticket}. Call me on {phone} {tag}",
    "{mention} how can a single text code let someone take {amt} from my account?? I approved NOTHING {tag} {tag2}",
    "Heads up everyone, this text is FAKE: \"{scam}\" {tag} {omention}",
    "Just got called by {sphone} pretending to be {bank}. Don't answer! {tag} {mention}",
    "{mention} how long does a chargeback take? Raised on {date}, reference {ticket}. Still nothing.",
    "{mention} did you see my DM? I put my password {pwd} in it by mistake, should I change it?",
]

EMAIL = [
    """I am writing because I have been the victim of a phishing scam. On {date} at around {time} I received the following message:

{scam}

I clicked the link and entered my details: card number {card}, expiry {exp}, and my online banking username {user} and password {pwd}. Shortly after I received a call from {sphone} and I read out a code ({otp}).

Since then there have been {qty} totalling {amt}. I have reported this to the police (reference {ticket}).

I would like the money refunded. My customer number is {cust} and my date of birth is {dob}.""",
    """Further to our phone call this morning, here are the transactions I am disputing:

- {date}, {shop}, {amt}, ref {txref}
- {date2}, {shop}, {amt2}, ref {txref2}

My card ({mask}) has now been cancelled. The reference I was given is {ticket}.
You can reach me on {phone} or at {email}.""",
    """Last week I was called by someone claiming to be from your security department. He knew my name, my address ({addr}) and the last digits of my account. He said my money had to go to a 'safe account': {ibanx}.

I transferred {amt}. I also gave my PIN {pin} and the code {otp}.

Please can you check whether the payment can still be recalled?""",
    """I need to change my password but I keep getting error {err}. The current password is {pwd}, new one will be {pwd2}. Login: {user}

I'm doing this because I saw a suspicious sign-in from {ip} on {date}. My phone is a {model} on {ver}.""",
    """Our developer accidentally pushed our payment API key to a public repo and someone has been making charges with it. The key was {apikey}. We've revoked it but need to dispute {qty} totalling {amt}. Merchant account {cust}, {kvk}.""",
]

AGENT = [
    "Hi {name}, sorry to hear this. I've blocked your card {mask} straight away. Never share your PIN or codes, not even with us. Your case ref is {ticket}. ^{agent}",
    "Hi {name}, please delete your password ({pwd}) from your message and change it right away. We'll never ask for it. Thanks, {agent}",
    "Hi {name}, we've received your chargeback request under {ticket}. It can take up to 8 weeks. Any questions, call {cphone}. {agent}",
    "Hello {name}, I can see a sign-in on {date} at {time} from {ip}. I've temporarily locked your access. Please call {cphone} to unlock. ^{agent}",
    "Hi {name}, {sphone} isn't one of our numbers; we only call from {cphone}. Please also report it to {flinename} on {fline}. ^{agent}",
    "Hi {name}, we've frozen account {iban} and recalled the payment of {amt} (ref {txref}). Case: {ticket}. {agent}",
    "Hi {name}, please never post your full card number on social media. I've hidden the reply with {card}. A replacement card is on its way. ^{agent}",
    "Hi {name}, could you DM us your customer number? Please don't send your PIN or password! More info: {burl} ^{agent}",
    "Hello {name}, I've verified your details (customer no. {cust}, DOB {dob}). Your new card is being sent to {addr}. {agent}",
    "Hi {name}, {macro} thanks for forwarding that text. The link {url} has been taken down. If you didn't enter anything, there's nothing else to do. ^{agent}",
]
