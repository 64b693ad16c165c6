"""blind9 templates: UK and US English (and English written by expats in the Netherlands).
See generate_blind.py for the syntax."""
LFAM = "en"
TEMPLATES = []


def T(fam, sector, channels, text, lang="en-gb", w=1, region=None):
    TEMPLATES.append({"fam": fam, "sector": sector, "channels": channels.split(), "text": text.strip("\n"),
                      "lang": lang, "w": w, "region": region})


def US(fam, sector, channels, text, w=1):
    T(fam, sector, channels, text, lang="en-us", w=w)


def EXPAT(fam, sector, channels, text, w=1):
    T(fam, sector, channels, text, lang="en-gb", w=w, region="nl")


PHRASES = {
    "pair": [
        "username {user} password {pw}",
        "user: {user}\npass: {pw}",
        "login {user} / {pw}",
        "{user}:{pw}",
        "credentials: {user} / {pw}",
        "my username is {user} and my password is {pw}",
        "{user} with password {pw}",
        "u/n {user} p/w {pw}",
        "username (i.e. {user}) and password ({pw})",
        "login: {user} | pw: {pw}",
        "{user} + {pw}",
        "usernmae {user}, passwrod {pw}",
        "sign-in name {user}, password {pw}",
        "{pw} for the password and {user} as the username",
        "user={user} pwd={pw}",
        "username viz. {user} and password {pw}",
    ],
    "pw": [
        "my password is {pw}",
        "password: {pw}",
        "pw {pw}",
        "{pw} is my password",
        "passwrod {pw}",
        "the password \"{pw}\"",
        "password ({pw})",
        "password → {pw}",
        "password, i.e. {pw}",
        "password ie {pw}",
        "pass {pw}",
        "pwd: {pw}",
        "new password = {pw}",
        "pasword {pw}",
    ],
    "otp": [
        "the code {otpx}",
        "verification code {otp}",
        "one-time passcode {otpx}",
        "the 6-digit code ({otp})",
        "SMS code: {otpx}",
        "\"{otp}\" (from the text)",
        "2FA code {otp}",
        "the code from the text, i.e. {otp}",
        "OTP {otpx}",
        "➡️ {otp}",
        "the code -> {otp}",
        "confirmation code {otp}",
        "verifcation code {otp}",
        "auth code {otpsp}",
        "the code, viz. {otp}",
        "one time code {otp}",
    ],
    "pin": [
        "my PIN is {pin}",
        "PIN {pin}",
        "pin number {pin}",
        "{pin} is my PIN",
        "PIN: {pin}",
        "the PIN (i.e. {pin})",
        "card PIN {pin}",
        "\"{pin}\" as the PIN",
        "PIN → {pin}",
        "pin no. {pin}",
        "PIN ie {pin}",
        "my pin, {pin}",
        "PIN code {pin}",
    ],
    "cvv": [
        "the 3 digits on the back ({cvv})",
        "CVV {cvv}",
        "security code {cvv}",
        "CVC: {cvv}",
        "the number on the back, I said {cvv}",
        "{cvv} (back of card)",
        "CVV2 {cvv}",
        "security code on the back → {cvv}",
        "3-digit code {cvv}",
        "cvv i.e. {cvv}",
    ],
    "card": [
        "card number {card}",
        "my card ({card})",
        "card no. {card}",
        "the long number {card}",
        "Visa {visa}",
        "Mastercard {mc}",
        "debit card {card}",
        "cc# {card}",
        "the 16 digits, {visa}",
    ],
    "exp": [
        "exp {exp}",
        "expiry {exp}",
        "expiration date {exp}",
        "({exp})",
        "valid thru {exp}",
        "expires {exp}",
        "good thru {exp}",
    ],
    "iban": [
        "IBAN {iban}",
        "account {iban}",
        "my IBAN is {iban}",
        "iban: {iban}",
        "IBAN no. {iban}",
        "to {iban}",
    ],
    "wifi": [
        "wifi password {wifi}",
        "network key {wifi}",
        "WPA key {wifi}",
        "wifi key: {wifi}",
        "the key on the sticker ({wifi})",
        "Wi-Fi password is {wifi}",
        "WPA2 passphrase {wifi}",
        "{wifi} as the wifi password",
        "wifi pw {wifi}",
        "wireless key, i.e. {wifi}",
        "wfi password {wifi}",
    ],
    "puk": [
        "PUK {puk}",
        "PUK code {puk}",
        "PUK: {puk}",
        "the PUK is {puk}",
        "PUK1 {puk}",
        "PUK no. {puk}",
        "PUK (i.e. {puk})",
        "PUK → {puk}",
        "PUK unlock code {puk}",
        "personal unblocking key {puk}",
    ],
    "user": [
        "username {user}",
        "user name: {user}",
        "login {user}",
        "my username is {user}",
        "usernmae {user}",
        "user ID {user}",
        "handle {user}",
        "sign-in name {user}",
    ],
    "bsn": [
        "BSN {bsn}",
        "citizen service number {bsn}",
        "BSN: {bsn}",
        "my BSN is {bsn}",
        "burgerservicenummer {bsn}",
        "BSN (i.e. {bsn})",
        "BSN no. {bsn}",
    ],
}

# ------------------------------------------------------------------ phishing: codes
T("phish_otp", "bank", "whatsapp messenger", """
Hi, I think I've been scammed. Someone rang saying they were from your fraud team and I read out {~otp}. Now {amt} has gone from my account. What do I do??
""")
US("phish_otp", "bank", "x_dm instagram_dm", """
i gave the code {otp} to a guy who said he was from {brand} fraud dept 😭 now im locked out
""")
T("phish_otp", "bank", "email", """
Subject: Fraud - I gave out two codes

Hello,

On {date} at about {tpm} I received a call from a number that looked exactly like yours ({cph}). The caller said there were suspicious payments and I needed to "secure" my account. I read him two codes from the app: first {otp@a}, then a few minutes later {otp@b}. Shortly afterwards {amt} was sent to {ibanx}.

I have since deleted and reinstalled the app. Can you please freeze the account and try to recover the money?

Kind regards,
{sig}

On {date} at {time}, {brand} Support wrote:
> Hi {first},
> Thanks for letting us know. We've opened case {case}. Never share codes from the app with anyone.
""")
US("phish_otp", "bank", "whatsapp telegram", """
{ts}{first}: hey i think i got scammed
{ts}{brand}: Hi {first}, sorry to hear that. Can you tell me what happened? Did you share a code with anyone?
{ts}{first}: a guy called about my savings
{ts}{first}: told me to read him a code
{ts}{first}: hang on let me find the text
{ts}{first}: {otpx}
{ts}{brand}: Thank you. I've locked online access right away. Please never share codes, not even with us. Your case number is {case}.
""")
T("phish_otp", "market", "messenger whatsapp", """
Someone on {brand} wanted to buy my bike and asked me to forward a code "to prove I'm a real seller". The code was {otpsp}. Now I'm locked out and there are listings that aren't mine. My username was {user}.
""")
US("phish_otp", "telco", "email", """
Subject: Someone took over my account with an SMS code

Hi,

Yesterday at {time} I got a text: "Your verification code is {otpsp}. Don't share this code." A minute later someone called claiming to be from {brand} and asked me to read it back "to confirm a plan upgrade". I did.

Can you check whether anything happened to my line ({phone})? Account number {cust}.

Thanks,
{first}
""")
T("phish_otp", "bank", "x_public", """
{at} scammed by a fake helpdesk, they asked for the login code and I said {otp}. How do I lock everything down?? {tag}
""")
T("phish_otp", "bank", "telegram x_dm", """
{otpx} ← that's the one I gave them. Is my account empty now? There should still be {amt} in it
""")
US("phish_otp", "bank", "whatsapp", """
{ts}{first}: is this really from you?
{ts}{first}: "{brand}: Your code to add a new device is {otp@a}. Not you? Call {cph}"
{ts}{first}: bc i already gave {otp@a} to someone on the phone
{ts}{brand}: Hi {first}, that text is ours, but the caller was not. I'm locking your app now.
""")
EXPAT("phish_otp", "bank", "whatsapp messenger", """
Hi, sorry my Dutch isn't good enough for this. A "bank employee" called me and I gave him {~otp} from the app. Then {amt} was transferred to {ibannl}. My own account is {ibannl@own}.
""")

# ------------------------------------------------------------------ phishing: card
T("phish_card", "card", "email", """
Subject: Card details entered on fake delivery site

Hello,

I got a text saying I had to pay {amts} for a redelivery of parcel {track}. On the site ({purl}) I entered my card details: {~card}, {~exp}, {~cvv}. An hour later I saw a payment of {amt} to a shop abroad.

Please block the card and refund the payment.

Kind regards,
{sig}
""")
US("phish_card", "card", "whatsapp telegram", """
{ts}{brand}: Hi {first}, what details did you enter on that page?
{ts}{first}: pretty much everything
{ts}{first}: card number
{ts}{first}: {card}
{ts}{first}: and the 3 digits on the back {cvv}
{ts}{brand}: And the expiration date too?
{ts}{first}: yes {exp}
{ts}{brand}: Understood. I'm canceling the card ending in {last4} now and sending a replacement.
""")
T("phish_card", "card", "x_dm messenger", """
Card {mcard} has been used fraudulently: {amt} at an online shop on {date}. I had typed {card} and {~cvv} into a fake site 🤦‍♀️ can you block it?
""")
US("phish_card", "card", "messenger", """
They asked for the number on the back, I said {cvv}. Before that they had the full card, {card} exp {exp}. The guy sounded super legit, knew my address and everything ({addr})
""")
T("phish_card", "market", "messenger instagram_dm", """
A buyer on {brand} sent me a link to "receive the payment". I had to enter my card number to get the money?? I did: {cardflat} expiring {exp}. Then he asked for the CVC ({cvv}) "for verification". Now I see a payment of {amt} going OUT.
""")
US("phish_card", "shop", "email", """
Subject: Disputed charges on card ending {last4}

To whom it may concern,

I'm disputing the following charges:
1. {date} {time} – {amt} – transaction {txid}
2. {date} {time} – {amt} – transaction {txid}
3. {date} – {amt} – transaction {txid}

The full card number is {card} (exp. {exp}). I never lent the card out, but I did place an order on a site that looked like yours ({purl}).

Sincerely,
{sig}
""")
T("phish_card", "stream", "whatsapp", """
Got an email that my {brand} subscription failed. Re-entered my card through the link: {card}, expiry {exp}, security code {cvv}. Now I realise it was fake. What now?
""")
US("phish_card", "card", "x_public", """
{at} how can scammers use my card when all I did was put {~card} into a fake "customs" site?? no text, no alert, nothing. {tag}
""")

# ------------------------------------------------------------------ phishing: PIN
T("phish_pin", "bank", "email", """
Subject: Card collected by fake bank courier (my mother)

Hello,

I'm writing on behalf of my mother (DOB {dob}). Yesterday at {time} a man came to her door "from the bank" to collect her card for replacement. She gave him the card and wrote her PIN ({pin}) on a slip of paper. Today {amt} was withdrawn and {amt} spent.

I can be reached on {phone}.

Kind regards,
{full}
""")
US("phish_pin", "bank", "whatsapp messenger", """
{~pin} and i said it out loud on the phone 😞 is that bad? they said it was for a security check
""")
T("phish_pin", "bank", "x_public facebook_comment", """
{at} my dad (81) gave his PIN ({pin}) to a "bank employee". Card is blocked now but {amt} was already taken out. Please call him back on {phone}!! {tag}
""")
US("phish_pin", "bank", "whatsapp", """
{ts}{brand}: Did you share your PIN as well as the card?
{ts}{first}: yes unfortunately
{ts}{brand}: OK. Please don't type it here, we'll cancel the card either way.
{ts}{first}: too late lol it was {pin}
{ts}{first}: sorry
{ts}{brand}: No problem {first}, the card is canceled. Reference {case}.
""")
T("phish_pin", "bank", "telegram instagram_dm", """
{pin}?? that's literally my PIN, why is it in the text "you" sent me with the link {purl}
""")

# ------------------------------------------------------------------ phishing: login
T("phish_login", "bank", "email", """
Subject: Entered login details on fake site

Hi,

I followed a link in an email from "{brand}" ({purl}) and logged in. I entered {~pair}. Only afterwards did I notice the address was wrong. I've since changed my password to {pw}; am I safe now?

Thanks,
{sig}
""")
US("phish_login", "stream", "x_dm messenger", """
someone is in my {brand} account and changed my email. I put {~pair} into a site that looked like yours. my real email is {email}
""")
T("phish_login", "shop", "whatsapp", """
Got an email saying my {brand} account would be suspended. Clicked and logged in, {~pw}. Now there's an order {ord} for {amt} that isn't mine 😡
""")
EXPAT("phish_login", "gov", "email", """
Subject: Phishing email about tax refund

Dear Sir/Madam,

On {date} I received an email saying I was owed {amt} and had to log in via {purl}. I entered:
- {~bsn}
- username {user}
- password {pw}
- the SMS code {otp}

I now suspect this was a scam. What should I do?

Kind regards,
{full}
{addrml}
""")
US("phish_login", "bank", "telegram whatsapp", """
cant log in, {user} {pw} is right isnt it?? clicked that "{brand} security" link yesterday and typed the same thing there
""")
T("phish_login", "market", "instagram_dm", """
Hi, someone has taken over my {brand} account. I put {~user} and {~pw} into a fake login page (link came via chat from a "buyer"). Now they're selling phones under my name 😤
""")
US("phish_login", "insure", "messenger x_dm", """
Fake email from {brand} about an "overdue premium". Logged in with {~pair} and then they asked for my card. I stopped there. Do I need to do anything?
""")

# ------------------------------------------------------------------ locked out
T("lockout", "bank", "whatsapp telegram", """
After 3 wrong attempts the app has locked me out. I thought my app PIN was {pin5} but maybe it was {pin5}. Can you unlock it? App version {appver} on a {pmodel}
""")
US("lockout", "bank", "messenger x_dm", """
The app gives error {err} when I enter {~pair}. Been like this for 2 days. What's going on?
""")
T("lockout", "stream", "whatsapp", """
Hi! Can't get into my account. {~user}, I requested a new password and set {pw} but it says {err}
""")
US("lockout", "telco", "email", """
Subject: Online account locked

Hi,

I can no longer sign in to my {brand} account. After typing my password ({pw}) I get "account temporarily locked" (code {err}). My account number is {cust} and my cell is {phone}.

Could you unlock it please?

Thanks,
{sig}
""")
T("lockout", "bank", "whatsapp", """
{ts}{first}: app says my PIN is blocked
{ts}{brand}: Hi {first}! That happens after 5 wrong attempts. Do you have your username to hand? Then I'll post a reset letter.
{ts}{first}: yes hang on
{ts}{first}: just looking
{ts}{first}: {user}
{ts}{brand}: Great, the letter goes out today. Case {case}.
""")
US("lockout", "bank", "x_public", """
{at} locked out of my own account for 3 days now. error {err}, {ver}, app {appver}. hold time on {cph} is 45 min {tag}
""")
EXPAT("lockout", "gov", "messenger telegram", """
I entered the wrong code 3 times in the {brand} app and now I'm blocked for 24 hours. My app PIN was {pin5}, I thought. For reference: {~bsn}.
""")

# ------------------------------------------------------------------ SIM / PUK
T("sim", "telco", "whatsapp messenger", """
My SIM is blocked after 3 wrong PINs. Can you send me the PUK? My number is {phone}, account number {cust}.
""")
US("sim", "telco", "x_dm telegram", """
{~puk} doesn't work, my {pmodel} says "PUK incorrect". 7 tries left. Help!
""")
T("sim", "telco", "email", """
Subject: SIM replaced without my consent

Dear {brand},

On {date} at {time} my phone suddenly lost signal. Shortly after I received an email saying my SIM had been replaced with an eSIM. I did NOT request this. In the meantime someone tried to log into my banking app from IP {ip}.

Mobile: {phone}
Account no: {cust}
Date of birth: {dob}

I want my number back and to know who requested this.

Regards,
{sig}
""")
US("sim", "telco", "agent_reply", """
Hi {first}, the PUK for your SIM is {puk}. Heads up: after 10 wrong attempts the SIM is permanently disabled. Once you're in, set a new PIN. Thanks, {agent}
""")
T("sim", "telco", "whatsapp telegram", """
{ts}{first}: my sim is asking for a PUK
{ts}{brand}: Hi {first}, happy to help. What's the mobile number of the SIM?
{ts}{first}: {phone}
{ts}{brand}: And your date of birth for security?
{ts}{first}: {dob}
{ts}{brand}: Thanks. The PUK is {puk}. Please don't share it with anyone.
{ts}{first}: brill, that worked
""")
US("sim", "telco", "messenger", """
I changed my SIM PIN to {pin} and now my son can't remember it 🙈 he tried the old one ({pin}) 3 times and now it's locked. His number is {phone2}
""")
T("sim", "telco", "x_public", """
{at} you gave my number to someone else!! SIM swap fraud, yesterday {time}. Nobody answers on {cph}. {tag}
""")
US("sim", "telco", "whatsapp", """
which puk do i need, the card says PUK1 {puk} and PUK2 {puk}. the sim in my {pmodel} is asking for PUK
""")
T("sim", "telco", "email", """
Subject: PUK request for my daughter's SIM

Hello,

My daughter has entered her SIM PIN wrong three times. Her number is {phone2}; the contract is in my name (account {cust}). The handset is a {pmodel}.

Could you email the PUK to me at {email}?

Many thanks,
{first}
""")

# ------------------------------------------------------------------ PIN letter
T("pinletter", "bank", "whatsapp messenger", """
New card arrived, the PIN letter says {pin} but the cash machine says "incorrect PIN" ({err}). Card ends in {last4}.
""")
US("pinletter", "bank", "x_dm", """
got the PIN mailer but not the card?? letter came {date}. the PIN in the letter is {pin}, can I just use that when the card shows up?
""")
T("pinletter", "card", "email", """
Subject: Credit card PIN doesn't match

Good afternoon,

I received my new credit card ({mcard}) on {date} and the PIN letter a few days later. According to the letter the PIN is {pin}, but every payment is declined with error {err}.

My customer number is {cust}.

Kind regards,
{sig}
""")

# ------------------------------------------------------------------ late / duplicate codes
T("otp_late", "bank", "whatsapp messenger", """
The code only arrived after 10 minutes ({otp}), and when I pressed resend I got {otp} and then another {otp}. Which one do I use??
""")
US("otp_late", "telco", "x_dm telegram", """
Verification text isn't arriving on {phone}. When I log in I get {err}. At {time} an old code did come through: {otp}
""")
T("otp_late", "shop", "whatsapp", """
{ts}{first}: I'm getting 2 codes, which one do I need
{ts}{brand}: Hi {first}! Always the most recent one. Which two did you get?
{ts}{first}: first one is {otp} and the second {otp}
{ts}{brand}: Use the second then. And don't share them with anyone 😉
""")
US("otp_late", "bank", "email", """
Subject: 2FA texts arriving late

Hi {brand},

Since the app update ({appver}) the verification texts have been arriving really late. This morning I requested a code at {tam}; it didn't come until {tpm} ({otp@o}), by which time I'd already requested a second ({otp@n}). Both were rejected with error {err}.

My phone is a {pmodel} running {ver}.

Thanks,
{sig}
""")
EXPAT("otp_late", "gov", "messenger", """
The SMS code from {brand} never arrives on time. This just came in: "{otp}". Entered it, expired. New one: {otp}. Also expired. Honestly useless
""")
US("otp_late", "stream", "instagram_dm telegram", """
login code {otpx} isn't working?? just got it. my account is {user}
""")
T("otp_late", "bank", "x_public", """
{at} requested a new SMS code 4 times, nothing arrives. Last try {time}. {ver} {tag}
""")

# ------------------------------------------------------------------ reset / temporary passwords
T("reset", "telco", "whatsapp x_dm", """
You sent me a temporary password ({pwtmp}) but it doesn't work, I get {err}
""")
US("reset", "shop", "email", """
Subject: Password reset link not working

Hi,

I requested a reset link and got this:
https://www.{bslug}.com/account/reset?token={hex40}

When I click it, it says "link expired", even though I opened it after 2 minutes. My account is {email}.

Thanks,
{first}
""")
T("reset", "bank", "agent_reply", """
Dear {first}, I've set up a new temporary password for you: {pwtmp}. Please change it straight after logging in and don't share it with anyone. Kind regards, {agent} ({brand})
""")
US("reset", "insure", "messenger telegram", """
i got an email saying "your temporary password: {pwtmp}" but i never asked for a reset?? is someone in my account? policy number {cust}
""")
T("reset", "energy", "whatsapp", """
{ts}{first}: which password am I meant to use
{ts}{brand}: Hi {first}, we emailed you a temporary password. Could it be in your spam folder?
{ts}{first}: yes found it
{ts}{first}: {pwtmp}
{ts}{first}: do I type that in?
{ts}{brand}: Yes, and then it will ask you to choose a new one. Any luck?
{ts}{first}: yep new one is {pw}
""")
US("reset", "stream", "x_dm instagram_dm", """
got your reset email but the button does nothing. here's the link: https://accounts.{bslug}.com/pw/new?t={b64tok}
""")
T("reset", "gov", "agent_reply", """
Hello {first}, as requested we have reset your online account. Your one-time activation code is {otp8}; it is valid for 72 hours. We will never ask you for this code by phone. Ref {case}.
""")

# ------------------------------------------------------------------ pasted notifications
T("pasted", "bank", "whatsapp messenger", """
I got this: "{brand}: Your verification code is {otp}. Never share this code, not even with our staff. {smsref}" but I haven't requested anything. What now?
""")
US("pasted", "bank", "email", """
Subject: Fwd: Your sign-in code

Is this really from you? I didn't request anything.

---------- Forwarded message ---------
From: {brand}
Date: {date}, {time}
To: {email}
Subject: Your sign-in code

Dear customer,

Your one-time sign-in code is: {otp8}
This code expires in 10 minutes. Didn't request it? Call {cph} immediately.

{brand}
""")
T("pasted", "telco", "telegram x_dm", """
"Your {brand} code: {otpg}. Do not share." -> got it 3 times overnight at {tnight}. Is someone messing with my number?
""")
US("pasted", "parcel", "whatsapp", """
This text is fake right? "{brand}: your package {track} is on hold pending a {amts} fee. Pay at {purl}" I already paid with {~card} 😬
""")
T("pasted", "shop", "messenger", """
copy of the text:
{brand}: Your code is {otpsp}
Use it to confirm order {ord}.

but I haven't ordered anything!
""")
US("pasted", "bank", "x_dm", """
Just got this: "Dear customer, your debit card ending in {last4} has been suspended. Reactivate at {purl} using code {otp}". Legit?
""")
T("pasted", "telco", "x_dm messenger", """
Just got: "{brand}: Your PUK code is {puk}. Your SIM ending {last4} has been blocked after 3 incorrect PINs." But I haven't typed anything wrong??
""")

# ------------------------------------------------------------------ family / shared
US("family", "stream", "email", """
Subject: My son changed our password

Hi {brand},

My son (14) changed the password on our family account to {pw} and also changed the email. He now claims it's "his" account 🙄 Can you please set the email back to {email}? The subscription is billed to my card ({mcard}).

Thanks,
{sig}
""")
T("family", "stream", "whatsapp messenger", """
We share one account as a family: {~pair}. Now it won't work on the TV, error {err}. Tablet's fine.
""")
US("family", "bank", "whatsapp", """
Our daughter (16) used my debit card on a gaming site, she's known the PIN {pin} since she was little 🙈 can I change the PIN without a new card?
""")
T("family", "telco", "telegram messenger", """
My mum has forgotten her SIM PIN, it was either {pin} or {pin}. She's tried both. Number {phone2}. I'm sorting it for her, her account number is {cust}
""")
US("family", "shop", "x_dm", """
my husband and I share one account ({~user}), he turned on 2FA on his phone and now I never get the codes. last one he forwarded me: {otp}
""")
T("family", "telco", "whatsapp", """
Wifi for the kids is {ssid}, key {wifi}. How do I set it so they have no internet after {tpm}? Router is a {modem}
""")
US("family", "market", "whatsapp", """
{ts}{first}: my dad has an account with you but can't log in
{ts}{brand}: Hi! I can only discuss account details with the account holder. Is he with you?
{ts}{first}: yeah he's right here
{ts}{first}: he says username is {user}
{ts}{first}: and password {pw} but that doesnt work
{ts}{brand}: Tip: never share passwords in chat. I'll send a reset link to the email on file.
""")

# ------------------------------------------------------------------ wifi
T("wifi", "telco", "whatsapp messenger", """
Babysitter can't connect to {ssid}, she's typing {~wifi} exactly like on the sticker. Router is a {modem}, light flashing orange.
""")
US("wifi", "telco", "email", """
Subject: Changed wifi password, printer won't connect

Hi,

I changed the wifi password on the {modem} from {wifi} (the one on the sticker) to {wifi}. Since then the printer and the thermostat won't connect. The network is called {ssid}.

Account number {cust}.

Thanks,
{sig}
""")
T("wifi", "telco", "telegram x_dm", """
{wifi} ← that's what your engineer set up but it doesn't work on the 5 GHz band. router {modem}
""")
US("wifi", "telco", "whatsapp", """
{ts}{brand}: Hi {first}! Have you tried the network name and password printed on the back of the router?
{ts}{first}: yes
{ts}{first}: {ssid}
{ts}{first}: key is {wifi}
{ts}{brand}: Thanks. I can see the router has been offline since {tnight} last night. I'll reboot it remotely.
""")
T("wifi", "telco", "messenger instagram_dm", """
Pretty sure the neighbours are on our wifi. How do I change the password? At the moment it's {wifi} and it's literally on the sticker of the {modem} in the hallway 😅
""")
US("wifi", "telco", "agent_reply", """
Hi {first}, our records show the Wi-Fi password on your router ({modem}) is still the default one: {wifi}. We recommend changing it in the {brand} app. Thanks, {agent}
""")
T("wifi", "telco", "x_public", """
{at} wifi drops every night at {tpm}. Paying for {speed} and getting {pct} of it. {modem}, firmware {appver}. {tag}
""")

# ------------------------------------------------------------------ small shops / terminals
US("shop_term", "api", "email", """
Subject: Card reader declining all cards

Hi {brand},

Since {tam} this morning our card reader ({term}, terminal ID {tid}) has been declining every card with error {err}. We're a small coffee shop in {city} (EIN {kvk}). Customers can only pay cash right now.

Please call me ASAP at {phone}.

Thanks,
{full}
""")
T("shop_term", "api", "whatsapp messenger", """
Someone rang on behalf of {brand} saying our terminal needed an "update" and asked for the manager PIN. I gave {pin6}. Since then there have been refunds of {amt}?? Terminal ID {tid}
""")
US("shop_term", "api", "telegram", """
Merchant portal login: {~pair} stopped working after the update ({appver}). I still need to download the end-of-day report for {date}
""")
T("shop_term", "api", "email", """
Subject: WooCommerce API keys

Hello,

In our shop plugin I entered consumer key {ck} and consumer secret {cs}, but every order fails with {err}. Plugin version {appver}. Company no. {kvk}.

Cheers,
{first}
""")
US("shop_term", "telco", "messenger", """
We run a small bakery with guest wifi ({ssid}, password {wifi}). Can our card terminal ({term}) go on that network too or is that a bad idea?
""")
T("shop_term", "api", "whatsapp", """
{ts}{first}: terminal showing {err}
{ts}{brand}: Hi {first}, what terminal ID is on the screen?
{ts}{first}: {tid}
{ts}{brand}: Thanks. It's still on software {appver}. Could you restart it?
{ts}{first}: done, same error
""")

# ------------------------------------------------------------------ developers / API platform
US("dev", "api", "email", """
Subject: URGENT: live key leaked

Hi {brand},

Our live secret key {sk} was accidentally pushed to a public repo (commit from {date}). Please revoke it immediately and issue a new one. I'm already seeing {amt} in transactions that aren't ours.

Account: {email}

Thanks,
{sig}
""")
T("dev", "api", "telegram messenger", """
webhook's failing. request with Authorization: Bearer {jwt} returns {err}. what am I doing wrong?
""")
US("dev", "api", "x_dm", """
Someone from "your support" asked for my API key for a "migration". I sent {apikey}. That wasn't you, was it?
""")
T("dev", "api", "email", """
Subject: AWS keys showing in your dashboard logs

Hi,

In the logs for our integration (export from {date}) I can see these lines:

  aws_access_key_id = {akia}
  aws_secret_access_key = {awssec}

These are our production keys. How did they end up there? Ticket {case} still hasn't been picked up.

Cheers,
{first}
""")
US("dev", "api", "telegram", """
oops, pasted in the public channel by mistake: {ghp} — it's the deploy token we use with you. can you revoke it on your side?
""")
T("dev", "api", "messenger whatsapp", """
Our Slack integration with {brand} keeps dropping. Bot token is {xoxb}, app version {appver}. Error {err}
""")
US("dev", "api", "email", """
Subject: curl example from your docs returns 401

Hi,

Running this from the quickstart:

curl https://api.{bslug}.com/v1/charges -u {sk}:

returns {err}. Same with the restricted key {rk}. Account is {email}.

Thanks,
{full}
""")
T("dev", "api", "messenger", """
Our config file has {{"api_key": "{apiu}", "region": "eu"}} and the client still says {err}. Is the key wrong or the region?
""")
US("dev", "api", "email", """
Subject: SendGrid-style key exposed

Hey team,

A contractor set up our email integration with you and left this key in a public gist: {sg}. Can you confirm it's disabled? Our account username with you is {user}.

Thanks,
{sig}
""")
T("dev", "api", "telegram whatsapp", """
{glpat} ← I stupidly pasted that in an issue on your community forum. It's our CI token that deploys to you. Please delete the post!
""")
US("dev", "api", "x_dm", """
Maps on our checkout page stopped loading after we switched to your SDK. The Google key is {aiza}. Could that be clashing?
""")
T("dev", "api", "email", """
Subject: refresh token expires immediately

Hello,

Every time we refresh, the new access token we get back is already expired. Example refresh token we received at {time} today: {b64tok}

Our account number with you is {cust}. We're on SDK {appver}.

Kind regards,
{full}
""")
US("dev", "api", "whatsapp", """
Our dev quit and we don't know which key he used. The .env file says:
API_KEY={apiu}
API_SECRET={hex32}
Is that still live?
""")
T("dev", "api", "messenger", """
Bug report: after logging into the dashboard I see a session token {sess} in the URL bar, then error {err}. Chrome, dashboard {appver}.
""")
US("dev", "api", "email", """
Subject: GitHub PAT in your integration settings

Hi,

Your integration page shows our fine-grained GitHub token in plain text: {ghpat}. Anyone on our team with viewer access can see it. Please mask it. Ticket {case}.

Thanks,
{first}
""")

# ------------------------------------------------------------------ Dutch BSN written in English (expats)
EXPAT("gov", "gov", "email", """
Subject: Checking my details for benefits application

Dear Sir/Madam,

Please find my details below as requested:

Details: {full} {dob} {bsn}
Address: {addr}
Account: {iban}

Kind regards,
{full}
""")
EXPAT("gov", "gov", "messenger", """
{~bsn} — I want to know if someone has created an account with my details. I got a letter with an activation code that I never requested.
""")
EXPAT("gov", "gov", "whatsapp", """
{ts}{brand}: Good afternoon, to find your file I need your citizen service number (BSN).
{ts}{first}: is it safe to send via whatsapp?
{ts}{brand}: Yes, this is our official channel.
{ts}{first}: ok
{ts}{first}: {bsnflat}
{ts}{brand}: Thank you. I can see your application from {date}; it's being processed.
""")
EXPAT("gov", "insure", "email", """
Subject: Identity fraud report

Dear {brand},

A health insurance policy has been taken out in my name without my consent. I believe my details were stolen via a fake site where I uploaded my BSN ({bsn}) and a copy of my passport.

My own policy number is {cust}. The new policy is registered at {addr}, where I have never lived.

Kind regards,
{sig}
""")
EXPAT("gov", "bank", "whatsapp", """
Opening an account for my son and the app asks for his BSN. I type {bsnflat} but keep getting {err}. He was born {dob}.
""")
EXPAT("gov", "gov", "telegram x_dm", """
{bsn} is my BSN and I entered it on {purl} 😩 along with {~iban}. Should I report it to the police?
""")
EXPAT("gov", "telco", "messenger", """
The shop asked for my BSN for the credit check on my new contract, i.e. {bsnflat}. Is that normal? I don't fully trust it since the phishing last month
""")
EXPAT("gov", "gov", "whatsapp", """
{ts}{brand}: Good morning! Before I can look at your file: what's your BSN?
{ts}{first}: one sec
{ts}{first}: need to find my residence permit
{ts}{first}: {bsn}
{ts}{brand}: Thank you. And your date of birth?
{ts}{first}: {dob}
{ts}{brand}: Great. I can see a new login code was posted to you on {date}.
""")

# ------------------------------------------------------------------ contact details (low risk)
T("contact", "energy", "email", """
Subject: Moving house

Dear {brand},

From {date} I'll be living at {addr}. My account number is {cust}. Final meter readings at the old address: {meter} (electric) and {meter} (gas).

Kind regards,
{sig}
""")
US("contact", "telco", "whatsapp messenger", """
I have a new number, can you update it? Old: {phone2}, new: {phone}. Account # {cust}
""")
T("contact", "shop", "x_dm", """
Could you send order {ord} to {street} instead of my old address? My email is {email}
""")
US("contact", "insure", "messenger", """
Morning, I'm {full}, DOB {dob}. I'd like to update my phone number to {phone}. Policy number {cust}.
""")
T("contact", "parcel", "whatsapp", """
parcel {track} says "delivered" but I've got nothing. address is {addr}, ring me on {phone}
""")
US("contact", "stream", "email", """
Subject: Email on my account changed without permission

Hi,

Someone changed the email on my account to {memail}. My actual address is {email} and my member number is {cust}. The last login I recognise was on {date} from IP {ip}.

Thanks,
{first}
""")
T("contact", "bank", "messenger", """
Hi, please can you update my address to {addr}? Date of birth {dob}, customer number {cust}. Thanks
""")

# ------------------------------------------------------------------ hard negatives only (no spans)
T("neg", "bank", "whatsapp messenger", """
Card keeps getting declined with error {err} when I pay. Card is new, ends in {last4}. Have I entered the PIN wrong too many times?
""")
US("neg", "bank", "x_dm", """
I did NOT give out any code. I did get a text with reference {smsref} at {time}. Is that really you?
""")
T("neg", "telco", "whatsapp", """
router {modem}, wifi password is on the sticker but hasn't worked since the outage on {date}. Fault reference {case}
""")
US("neg", "bank", "x_public", """
{at} your fraud line {cph} is unreachable! {amt} was taken from my card ending {last4} on {date} at {time}. {tag}
""")
T("neg", "bank", "agent_reply", """
Hi {first}, sorry to hear you were contacted by scammers, and well done for not sharing any codes! Never share your PIN or a code from the app, not even with us. I've logged this under reference {case}. Thanks, {agent}
""")
US("neg", "telco", "agent_reply", """
Hi {first}, for security reasons we can't send a PUK over a public channel. You'll find it in the {brand} app under "SIM". Your case number is {case}. ^{agent}
""")
T("neg", "shop", "messenger whatsapp", """
Order {ord} for {amt} was declined with code {err}. Card {mcard}, the 3D Secure code did come through. Invoice number was {inv}.
""")
US("neg", "parcel", "x_public", """
{at} is the text about a {amts} redelivery fee real? package {track} {tag}
""")
T("neg", "energy", "whatsapp", """
Can't submit my meter reading, getting code {err}. Reading is {meter} (day) and {meter} (night). Been with you since {year}.
""")
US("neg", "bank", "email", """
Subject: Unrecognised transaction

Hi {brand},

On {date} at {time}, {amt} was debited with the description "{txid}". I don't recognise it. It's on my card ending {last4}. I haven't given anyone my PIN or any codes and I still have the card.

Could you look into this?

Thanks,
{full}
""")
T("neg", "telco", "messenger", """
SIM PIN wrong 3 times on my {pmodel} ({ver}). Screen says "PUK required" and error {err}. Could you ring me? Not via {cph}, I've been on hold for an hour
""")
US("neg", "stream", "instagram_comment", """
{at} didn't get the login code AGAIN, fails {pct} of the time. app {appver} 🙄 {tag}
""")
T("neg", "card", "whatsapp", """
The new credit card ({mcard}) was declined for {amt} at a hotel. Error {err}. Isn't my limit {amtr}?
""")
US("neg", "bank", "x_dm telegram", """
{date} at {time} got a call from {cph} (your number!!) but I didn't trust it and hung up. They did know my card ends in {last4}
""")
T("neg", "api", "whatsapp", """
Terminal {term} shows "PIN ERROR" even when the customer is sure the PIN is right. Error code {err}, terminal ID {tid}. {pct} of payments declined today.
""")
US("neg", "insure", "facebook_comment", """
Heads up everyone, fake text from {brand} with link {purl}. They ask for your PIN and card number! Don't fill it in. {tag}
""")
T("neg", "parcel", "email", """
Subject: Delivery verification code

Hello,

The driver asked for a code at the door but I never got a text. The parcel ({track}) is now going back. The shop's order number is {ord}, delivery was scheduled for {date} between {tam} and {tpm}.

Thanks,
{first}
""")
US("neg", "market", "whatsapp", """
Buyer wants to send {amt} through a "payment link" and is asking for the code from my text. I have NOT given anything. Link was {purl}. Listing number {ord}
""")
T("neg", "telco", "x_public", """
{at} {data} allowance used up but the app ({appver}) says I've only used {pct}? Outage? {tag}
""")
US("neg", "bank", "agent_reply", """
Hello {first}, thanks for reporting this. We will never ask for your PIN, password or a one-time code. If you're unsure, freeze your card by calling {cph}. Your case number is {case}. Regards, {agent}
""")
T("neg", "shop", "instagram_dm", """
hiya! order {ord} still says "processing", product code {ean}. the discount code didn't work either, got {err}
""")
US("neg", "card", "x_dm", """
Card {mcard} blocked after 3 wrong PINs in {city}. Code {err}. When can I use it again?
""")
T("neg", "telco", "whatsapp", """
{ts}{first}: my sim is locked
{ts}{brand}: Sorry to hear that! Is there an error code on the screen?
{ts}{first}: {err}
{ts}{brand}: Thanks. Your PUK is on the plastic card the SIM came in. Don't share it with anyone. Ticket {case}.
""")
US("neg", "api", "email", """
Subject: API errors

Hi {brand},

Since {date} our integration gets {err}. We do around {data} of traffic a day, well under the limit. The key itself is set correctly on our side (last characters {mstar}). Ticket {case}.

Thanks,
{first}
""")
T("neg", "gov", "x_public", """
{at} not getting an SMS code when I log in, since {date}. Outage? {tag}
""")
US("neg", "stream", "whatsapp", """
I was charged {amt} even though I cancelled on {date}. Invoice {inv}. I've never shared my password, so how is my account still active?
""")
T("neg", "bank", "telegram", """
requested a new card on {date}, order number {ord}. the PIN comes separately right? no PIN letter yet
""")
US("neg", "card", "x_public", """
{at} 3 texts this week saying "suspicious charge of {amt}, confirm with code" while I'm doing nothing. I didn't confirm anything. {tag}
""")
T("neg", "card", "email", """
Subject: Flight booked with my card

Hello,

Someone used my card ({mcard}) to book flight {flight} on {date}, departing {tpm}, for {amt}. I did not make this booking. My fraud case with you is {case}.

Regards,
{first}
""")
US("neg", "shop", "messenger", """
SKU {sku} shows {pct} off in the app ({appver}) but checkout charges full price {amt}. Error {err} when I apply the promo code.
""")

# ------------------------------------------------------------------ agent replies with values
T("agent", "bank", "agent_reply", """
Hi {first}, you mentioned you read your PIN {pin} out to the caller. Please never share your PIN! We've cancelled the card and a new one is on its way to {addr}. Case {case}. Thanks, {agent}
""")
US("agent", "telco", "agent_reply", """
Hi {first}, thanks for your patience. I've unlocked your SIM. Your new temporary PIN is {pin} and the PUK stays {puk}. Please change the PIN right away. Thanks, {agent}
""")
T("agent", "stream", "agent_reply", """
Hi {first}! I can see a sign-in from IP {ip} on {date}. I've signed out all devices. Your username {user} stays the same, but please choose a new password. ^{agent}
""")
US("agent", "card", "agent_reply", """
Hi {first}, we've canceled the card number {card}. The charges of {amt} and {amt} are under review as case {case}. A replacement card will arrive within 5 business days. Thanks, {agent}
""")
T("agent", "api", "agent_reply", """
Hi {first}, key {sk} has been revoked and a new one is waiting in your dashboard. Please never commit keys to public code. Ticket {case}. ^{agent}
""")
US("agent", "shop", "agent_reply", """
Hi {first}, the sign-in code you mentioned ({otp}) has expired. I've sent a new one to {mphone}. Please don't share it with anyone, including us. Thanks, {agent}
""")
T("agent", "card", "agent_reply", """
Hi {first}, your message also included your card's security code ({cvv}). I've had the message deleted; please never share that code. The card ending {last4} is now blocked. {agent}
""")
EXPAT("agent", "gov", "agent_reply", """
Dear Mr/Ms {last}, for verification: we have recorded your citizen service number {bsn} and date of birth {dob}. Never share these details by email. Reference {case}.
""")
US("agent", "telco", "agent_reply", """
Hi {first}, I've reset your account PIN. Your temporary account PIN is {pin6}; you'll be asked to change it when you next sign in. Never share it with anyone who calls you. Ref {case}. {agent}
""")

# ------------------------------------------------------------------ mixed lists / unusual positions
T("phish_mixed", "bank", "email", """
Subject: Everything I gave the fake bank caller

Dear {brand},

As requested, here's what I gave the fake staff member, as best I can remember:

* {~user}
* {~pw}
* two SMS codes: {otp} and {otp}
* NOT my PIN

The call was on {date} from {tpm} for about 15 minutes; the number on my screen was {cph}.

Kind regards,
{sig}
""")
US("phish_mixed", "card", "whatsapp", """
({cvv}) is what I put in as the security code, and the rest of the card ({card}). Am I getting my money back?
""")
T("phish_mixed", "telco", "messenger x_dm", """
👉 {puk} was the PUK a "staff member" had me read out over text. Now I have no signal and my number {phone} is gone
""")
US("phish_mixed", "bank", "telegram", """
Here's what I gave them (sorry): card {cardflat}, PIN {pin}, and the code from the text {otp}. Time: {time}.
""")
T("phish_mixed", "bank", "whatsapp", """
{ts}{brand}: What details did you share exactly, {first}? Then we can block the right things.
{ts}{first}: my account details
{ts}{first}: and my login
{ts}{brand}: OK, no need to repeat them here.
{ts}{first}: {user} with {pw}, card {card}
{ts}{brand}: Thanks. I'm blocking online banking and the card; new details will arrive by post.
""")
US("phish_mixed", "market", "x_public", """
{at} scammer on your site made me do a "verification": {otp} went to him and now my account {user} is hijacked. {tag}
""")
T("phish_mixed", "shop", "email", """
Subject: Account hacked, orders that aren't mine

Hello,

Since {date} there have been 3 orders on my account that I didn't place ({ord}, {ord} and {ord}). I use the same password everywhere ({pw}), so that's probably how. Please remove the saved card ({mcard}) and lock my account.

My details:
{full}
{addrml}
{phone}

Regards,
{first}
""")
US("phish_mixed", "bank", "messenger", """
Details for the fraud claim, viz. card {card}, exp {exp}, the 2 codes they got ({otp}, {otp}) and the amount {amt}. Call me at {phone}.
""")

# ------------------------------------------------------------------ refunds / IBAN
EXPAT("refund", "insure", "whatsapp", """
{ts}{brand}: Hi {first}, your claim has been approved. Which account should we pay it into?
{ts}{first}: great news
{ts}{first}: one sec
{ts}{first}: {ibangrp}
{ts}{first}: in the name of {full}
{ts}{brand}: Thanks! The {amt} will be in your account within 5 working days.
""")
US("refund", "shop", "email", """
Subject: Refund for return {ord@r}

Hi {brand},

I returned order {ord@r} on {date} (tracking {track}) and still haven't received the {amt} refund. My old card was canceled after fraud, so please wire it to my account in Europe instead: {ibanx}.

Thanks,
{sig}
""")
EXPAT("refund", "market", "messenger x_dm", """
Buyer wanted to pay and asked for my IBAN, so I gave {iban}. Then I got a "payment request" for {amts} to "verify my account". That's a scam, right?
""")
T("refund", "telco", "telegram", """
Charged twice ({amt} on {date} and again on {date}). Please refund to my IBAN {ibanx}, I've moved abroad. Account {cust}
""")
EXPAT("refund", "energy", "whatsapp messenger", """
A man came to the door "from {brand}" about a refund of {amt}. He asked for my account number and I gave him {iban} 🤦 Is that bad?
""")
T("refund", "bank", "x_public", """
{at} 6 weeks waiting for the {amt} refund after the phishing. Account {miban}, case {case}. Nobody calls back {tag}
""")

# ------------------------------------------------------------------ more PUK
US("sim", "telco", "whatsapp", """
{ts}{first}: sim locked, asking for PUK
{ts}{brand}: Hi {first}! Do you still have the plastic card your SIM came in? The PUK is printed on it.
{ts}{first}: checking the drawer
{ts}{first}: found it
{ts}{first}: PUK {puk}
{ts}{brand}: Perfect, enter that now and then pick a new PIN. Don't share it with anyone.
""")
T("sim", "telco", "x_dm messenger", """
Found the PUK in the {brand} app: {puk}. Typed it in and now it wants a new PIN, can it be {pin} or does it need 6 digits?
""")
US("sim", "telco", "email", """
Subject: PUK from text message doesn't work

Hi,

I requested a PUK yesterday at {time} and got the text "Your PUK code is {puk}". When I enter it my {pmodel} says "Incorrect PUK, 6 attempts remaining". I'm scared to try again.

My number is {phone}.

Thanks,
{first}
""")
T("sim", "telco", "telegram", """
PUK1 = {puk}, PUK2 = {puk} according to the card. Which one is for the SIM PIN? Phone is a {pmodel}
""")

# ------------------------------------------------------------------ more hard negatives
US("neg", "card", "whatsapp", """
There's a {amt} charge for flight {flight} on {date} on my card {mcard}. Not me! I didn't share any code from the app.
""")
T("neg", "parcel", "messenger", """
The {brand} driver asked for a code at the door and I said I won't give it. Parcel {track}, order {ord}. Is that code really needed?
""")
US("neg", "telco", "instagram_comment", """
{at} why do I keep getting "your verification code" texts when I'm not doing anything?? 3 today, last at {time} {tag}
""")
T("neg", "bank", "facebook_comment", """
Anyone else having problems with {brand}? Error {err} when logging into the app since {time} {tag}
""")
US("neg", "api", "messenger", """
Customer swears the PIN is right but the terminal says "PIN incorrect" ({err}) since the update to {appver}. Terminal {term}, EIN {kvk}.
""")
T("neg", "energy", "email", """
Subject: Bill is wrong

Dear {brand},

Bill {inv} for {amt} is wrong. I already paid on {date} and my usage was {qty}. The meter reading on {date} was {meter}.

Regards,
{first}
""")
US("neg", "stream", "agent_reply", """
Hi {first}, we noticed a sign-in at {time} from a new device ({pmodel}). Not you? Change your password right away at {url}. Ticket {case}. ^{agent}
""")
T("neg", "bank", "telegram", """
Your text says "We will never ask for your code. Ref {smsref}". But someone rang this morning asking for the code. I said nothing!
""")
US("neg", "shop", "whatsapp", """
Can't change my password: "must be at least 12 characters" but it IS 14. App {appver}, {ver}. Last order {ord}
""")
T("neg", "telco", "messenger", """
Broadband is slow: getting {speed} when I pay for {speed}. Router {modem}, signal {pct}. Fault ref {case}
""")
US("neg", "gov", "email", """
Subject: Letter with new login code

Hello,

I received a letter (reference {case}, dated {date}) with a new login code that I never requested. How is that possible? I haven't entered the code anywhere.

Regards,
{full}
""")
T("neg", "energy", "whatsapp", """
Someone rang "on behalf of {brand}" asking for my meter reading, meter number and bank details. I hung up. The number looked like {cph}. Was that really you?
""")
US("neg", "card", "messenger", """
Card was declined at a gas station in {city}, error {err}, amount {amt}. The PIN was right, I'm sure. Card {mcard}.
""")
T("neg", "market", "facebook_comment", """
Watch out for buyers asking you to "forward a code to verify"! Happened to me on {date}. Listing {ord} is offline now. {tag}
""")
US("contact", "bank", "email", """
Subject: Sign-in alert from abroad

Hi {brand},

At {time} I got an alert that someone signed in from IP {ip}. That wasn't me, I was home in {city}. My own IP according to my router is {ip@own}. My customer number is {cust}.

Thanks,
{sig}
""")

# ------------------------------------------------------------------ tokens, wifi, bsn, cvv, more
US("dev", "api", "email", """
Subject: token in our GitHub Actions log

Hi,

One of our workflow logs (public repo) printed this line before we noticed:

export DEPLOY_TOKEN={ghp}

It's the token we registered with your platform. Please revoke it on your side too. Case {case}.

Thanks,
{first}
""")
T("dev", "api", "messenger", """
Our Slack user token {xoxp} got posted in a shared channel with your support team. Can you make sure nobody on your side uses it? Ticket {case}
""")
US("dev", "api", "telegram", """
here's my curl: curl -H "Authorization: token {hex40}" https://api.{bslug}.com/v2/me → {err}. token was created today
""")
T("reset", "stream", "email", """
Subject: Magic link doesn't log me in

Hi,

The sign-in email gives me this link: https://app.{bslug}.co.uk/magic?token={b64tok} but it just lands on the login page again with {err}. Account {email}.

Thanks,
{first}
""")
T("wifi", "telco", "email", """
Subject: Holiday let wifi

Hi,

Guests at our holiday let get the wifi details in the welcome book:
SSID: {ssid}
Password: {wifi}
Security: WPA2

Since {date} nobody can connect. Router {modem}. Account {cust}.

Kind regards,
{sig}
""")
US("wifi", "telco", "messenger", """
Airbnb guests keep saying the wifi password {wifi} doesn't work. Router is a {modem}, network {ssid}. Did something change on your end?
""")
EXPAT("gov", "gov", "email", """
Subject: 30% ruling form

Hello,

For the {pct} ruling my employer's form asks for my BSN, i.e. {bsn}, and my date of birth ({dob}). I submitted it on {date} but your portal shows error {err}. Is the form received?

Kind regards,
{full}
""")
EXPAT("gov", "insure", "messenger", """
My daughter isn't on my policy yet. Her BSN is {bsnflat}, born {dob}. My policy number is {cust}.
""")
T("phish_card", "card", "whatsapp", """
they asked for the 3 digits on the back and I just said {cvv} like an idiot 🤦‍♂️ they already had the card number, {card}
""")
US("phish_card", "card", "messenger", """
Put my Amex {amex} and the 4-digit CID ({cvv4}) into a fake "airline" site. Then flight {flight} got booked for {amt}. Please block it!
""")
US("neg", "bank", "messenger", """
Got a new phone ({pmodel}) and need to reactivate the app. You said the activation letter is on its way (reference {case}). How long does it take?
""")
T("neg", "telco", "whatsapp", """
Ordered a SIM on {date}, order {ord}. Tracking {track} says delivered but the letter with the PIN and PUK wasn't in it?
""")
US("neg", "bank", "x_public", """
{at} new app version {appver} asks for my PIN 3 times a day 😤 {ver}, {pmodel}. {tag}
""")
T("neg", "card", "x_dm", """
card {mcard}: 2 wrong PIN attempts for {amt} at the supermarket, 1 left according to the machine. Error {err}. Does it reset after 24h?
""")
US("neg", "insure", "whatsapp", """
Filed a claim on {date}, claim number {case}. Now I'm getting a text saying "confirm with code" and a link {purl}. Is that you? I haven't entered anything.
""")
T("neg", "api", "email", """
Subject: Cancelling terminal rental

Dear {brand},

We'd like to cancel the rental of terminal {term} (ID {tid}) from {date}. The shop is closing. Company no. {kvk}. The last invoice ({inv}, {amt}) has been paid.

Kind regards,
{full}
""")
US("neg", "stream", "instagram_comment", """
{at} after update {appver} the TV asks for a "pairing code" but it never shows up. {tag}
""")
T("neg", "shop", "email", """
Subject: Gift card not working

Hello,

The {amt} gift card I bought on {date} gives error {err} at checkout. Product code {ean}, receipt {inv}. I scratched off the PIN on the back but it's unreadable.

Thanks,
{first}
""")

# ------------------------------------------------------------------ batch 4
T("wifi", "telco", "telegram", """
main network {ssid} ({wifi}), guest network {ssid}-Guest ({wifi@g}). the TV gets no IP address on the guest one. router {modem}
""")
US("phish_card", "shop", "whatsapp", """
Payment at {brand} keeps failing: card {card}, exp {exp}, CVV {cvv}. Error {err}. Do I re-enter the card or has it been compromised?
""")
T("shop_term", "api", "telegram", """
the till asks for an "API key", I pasted {keydash} from the dashboard but it says {err}. till software {appver}
""")
EXPAT("gov", "gov", "whatsapp", """
{ts}{first}: hi, I'm an expat and my application is stuck
{ts}{brand}: Hello {first}, I can help. Could you give me your BSN and date of birth?
{ts}{first}: sure, one moment
{ts}{first}: it's on my payslip somewhere
{ts}{first}: {bsnflat}
{ts}{first}: born {dob}
{ts}{brand}: Thank you. Your application from {date} is waiting for a document; you'll get a letter.
""")
US("neg", "telco", "whatsapp", """
Is it normal that the store asked for my PIN to set up a new SIM? I didn't give it. Store in {city}, receipt {inv}, {date}.
""")
T("neg", "bank", "email", """
Subject: Suspicious text message

Hello,

On {date} at {time} I got a text from "{brand}" saying my card expires and I need to order a new one at {purl}. I didn't click. My card (ending {last4}) is valid until {fyear}.

Just so you know.

Regards,
{first}
""")
US("neg", "market", "instagram_dm", """
Someone wants to buy my listing {ord} for {amt} and sent a "shipping code" via {purl}. I haven't entered anything. Is this the known scam?
""")
T("neg", "energy", "x_public", """
{at} app gives {err} when submitting my meter reading. Usage this year {qty}, direct debit {amt}. {tag}
""")
US("neg", "bank", "facebook_comment", """
PSA: fake calls from "{brand}" from a number that looks like {cph}. They ask for the one-time passcode. Don't give it! {tag}
""")

# ------------------------------------------------------------------ batch 5
T("dev", "api", "email", """
Subject: PAT pasted into your chat widget

Hi,

One of our engineers pasted a personal access token ({ghpat}) into the chat widget on your pricing page while asking about webhooks. Could you purge that conversation? Ticket {case}.

Cheers,
{first}
""")
US("dev", "api", "x_dm", """
accidentally DM'd our bot token {xoxb} to your support account instead of our engineer lol. pls delete
""")
T("dev", "api", "messenger", """
Your payment page redirects with ?jwt={jwt} in the URL and our analytics tool logs it. Is that token sensitive?
""")
US("agent", "api", "agent_reply", """
Hi {first}, we've invalidated the session token you shared ({sess}) and signed you out everywhere. Please sign in again and never paste tokens in chat. Ticket {case}. ^{agent}
""")
US("dev", "api", "messenger", """
pk_live in the frontend is fine right? We put both in the JS bundle by mistake: {pk} and {sk}. How bad is this?
""")
US("phish_card", "card", "whatsapp", """
{ts}{brand}: What exactly did you give the caller, {first}?
{ts}{first}: card number and expiry
{ts}{first}: they had my name already
{ts}{brand}: Did they ask for the security code on the back too?
{ts}{first}: yes i gave them {cvv}
{ts}{brand}: Thanks. I've canceled the card ending in {last4}; a new one is on its way.
""")
T("sim", "telco", "x_public", """
{at} waited 2 days for a PUK and the one you sent, {puk}, is WRONG. 3 tries left. Brilliant {tag}
""")
EXPAT("gov", "gov", "x_dm", """
BSN {bsn} — I typed it into the fake {brand} site yesterday along with my DOB ({dob}). What should I do now?
""")
T("neg", "stream", "email", """
Subject: Please delete my account

Dear {brand},

After the break-in on {date} I want my account deleted. The {amt} monthly subscription is already cancelled (invoice {inv}). Please confirm my card details ({mcard}) have been removed.

Regards,
{first}
""")
US("neg", "bank", "whatsapp", """
Can I lower my card's daily limit to {amtr}? After the fraud on {date} I don't feel safe. Card ending in {last4}, case {case}
""")
T("neg", "shop", "x_public", """
{at} got a phishing email in your name: "your account will be deleted, log in at {purl}". Didn't enter anything. {tag}
""")
US("neg", "telco", "x_dm", """
App asks my security question "name of your first pet" but I never set one up? Error {err}, app {appver}
""")

# ------------------------------------------------------------------ batch 6
US("contact", "stream", "messenger", """
email me at {emailsp} (spaces on purpose so bots don't scrape it lol). the reset link never arrives. account {cust}
""")
T("contact", "bank", "email", """
Subject: Change of details

Hello,

Please update my details:
Name: {full}
DOB: {dob}
Address: {addr}
Mobile: {phone}
Email: {emailat}

Customer number {cust}.

Thanks,
{first}
""")
US("phish_login", "telco", "whatsapp", """
{ts}{first}: i clicked a link in a text that said it was from you
{ts}{brand}: Hi {first}, that was likely phishing. Did you enter anything?
{ts}{first}: yeah my login
{ts}{brand}: Please change your password now. What's your username so I can lock the account?
{ts}{first}: hold on let me look
{ts}{first}: {user}
{ts}{first}: and the password i typed was {pw}
{ts}{brand}: Thanks, the account is locked. Ticket {case}.
""")
T("phish_card", "card", "telegram", """
card → {carddash}, expiry → {expsl}, back code → {cvv}. all of it went into that "customs" form 😩
""")
