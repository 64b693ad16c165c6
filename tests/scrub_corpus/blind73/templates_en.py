"""English templates: shared (en-gb and en-us) plus locale-specific groups."""

EN = {}
EN["body"] = [
    "Hi, my eSIM QR code won't scan. Activation code from the email is {token:esim}, phone is a {N.model} on {N.ver}. Error {N.err}",
    "Someone did a SIM swap on my number {phone#a} last night!! I never asked for that. Got a text with code {otp} at {N.time} then no signal. Please lock {phone#a} now",
    "Entered the wrong PIN 3 times, now it wants the PUK. SIM number (ICCID) {cust:iccid}, DOB {dob}. For what it's worth the old PIN was {pin}",
    "Roaming bill of {N.amount}?? I was in {F.country} from {N.date} to {N.date} and had the add-on {N.prod} turned on. Invoice {N.invoice}",
    "Can you update my email to {email}? Old one was {email}. Account number {cust}",
    "The PUK on the card holder ({puk}) doesn't work, SIM is now blocked. Phone is a {N.model}, DOB {dob} if you need it",
    "my login for the app: username {username} password {password} — it keeps saying wrong credentials since the update to {N.ver}",
    "Got this verification code: {otp:words}. The guy on the phone asked me to read it out, should I??",
    "code {otp} doesn't work, already requested {N.qty:count}",
    "Phone stolen on the bus. Number {phone}, please block the SIM. Account {cust:contract}. Send the replacement to {address}",
    "Card payment keeps failing: {card}, exp {exp}, security code {cvv}. Trying to add {N.amount} credit",
    "Our dev needs the SMS API key, the portal shows {api_key} but every call returns {N.err}. Request ID {N.reqid}",
    "For the business account we need {N.qty:lines}. Admin login {username} / pw {password}. Can someone reset 2FA?",
    "New router: wifi password {wifi_key} on network {F.ssid}, admin password {password:router}. Static IP {ip}, need port {N.port} forwarded for the VoIP phones",
    "I'm {F.name}, DOB {dob}, calling about my late mum's contract. Her account number was {cust} and the number {phone}.",
    "Please call me back on {phone}, I'm free after {N.time}. Or email {email}",
    "The courier left my new {N.model} at the wrong house. I live at {address}, order {N.order}, tracking {N.track}",
    "Bearer token for our integration expired: {token}. Can you issue a new one for account {cust}?",
    "Keybox code is {pin:door} if the engineer gets there before me. Address {address}",
    "Why has my bill gone up {N.pct}? Same {N.qty} plan but now {N.amount}. Acc no {cust}",
    "2FA code: {otp}\n\n^ that's what came through at {N.time} but I wasn't logging in!!",
    "Got my new SIM (tracking {N.track}), the card says PIN {pin} and PUK {puk}. How do I activate it?",
    "Transfer my eSIM to the new phone please. SMS code was {otp}, account holder {F.name}, number {phone}",
    "Moving house on {N.date}, new address is {address}. Account {cust:sub}",
]
GB = {}
GB["body"] = [
    "Hi, I'm switching to you and keeping my number {phone}. My PAC is {otp:pac}, valid till {N.date}. Old network was {F.brand}",
    "Texted PAC to {N.cphone} and got {otp:pac} back, how long does the port take? Acc {cust}",
    "Want to leave but keep nothing, so I got a STAC: {otp:stac}. Account number {cust}",
    "Can I pay the handset instalments from a different account? Sort code and account are in this IBAN: {iban}. Device plan for the {N.model}, order {N.order}",
    "Contract's up on {N.date}. Want to upgrade to the {N.model} on a 24 month device plan. Account {cust}, postcode bit of my address is {address}",
    "Bought a £20 top up voucher, PIN on the receipt is {pin:voucher} but it says invalid, error {N.err}",
    "Direct debit failed apparently. Use {iban} please, name on account {F.name}",
]
GB["public"] = [
    "{N.mention} no signal in {F.city} since {N.time} yesterday, what's going on? {N.hashtag}",
    "{N.mention} my PAC was sent {N.date} and still not ported. {N.hashtag} {N.hashtag}",
    "{N.mention} ring me on {phone} mate, the chat keeps dropping",
    "{N.mention} {N.amount} for {N.qty} in {F.country}??? {N.hashtag}",
    "{N.umention} same here, {N.mention} has been down since {N.time}",
    "{N.mention} cheers for sorting my eSIM so quick 👍 {N.url}",
    "Reminder: {N.mention} will NEVER ask for the code they text you. Someone just tried it on me at {N.time} {N.hashtag}",
]
GB["agent"] = [
    "Hi {F.first}, sorry to hear that! Pop us a DM with your account number and the first line of your address and we'll take a look. {F.initials}",
    "Thanks for that. Your number {phone} is due to port on {N.date}. Reference {N.ticket}. {F.agent}",
    "Your new PUK for {phone} is {puk}. Please don't share it with anyone. {F.initials}",
    "We'll never call to ask for a code. If you've shared {otp} please call {N.cphone} straight away. {F.initials}",
    "The refund of {N.amount} will go back to the card ending {N.masked} in 3-5 working days. {F.agent}",
    "Hi {F.macro}, your one-time code is {F.codemacro}. Check {N.url} for more. {F.initials}",
    "I've updated your email to {email} and your address to {address}. Anything else? {F.initials}",
    "There's a known outage around {F.city} (ref {N.ticket}), fix expected by {N.time}. {F.initials}",
]
GB["greet"] = ["Hi there,", "Dear Sir/Madam,", "Hello {F.brand} team,", "Hiya,", "Good morning,", "To whom it may concern,"]
GB["close"] = ["Kind regards,\n{F.name}", "Cheers,\n{F.first}", "Many thanks\n{F.name}\n{phone}", "Best wishes,\n{F.name}\n{address:multi}"]
GB["sig"] = [
    "{F.name}\nDirector, {F.company}\nCompany No. {N.reg} | VAT {N.reg}\nM: {phone}",
    "--\n{F.name}\n{email}\n{phone}",
    "Sent from my iPhone",
    "Sent from Outlook for iOS",
]
GB["quotehdr"] = [
    "On {N.date}, at {N.time}, {F.name} <{email}> wrote:",
    "From: {F.brand} Customer Services\nSent: {N.date} {N.time}\nTo: {email}\nSubject: RE: Your complaint {N.ticket}",
    "---------- Forwarded message ---------\nFrom: {F.name} <{email}>\nDate: {N.date}\nSubject: Fwd: PAC request",
    "On {N.date} {F.name} <{email}> wrote:",
]
GB["disclaimer"] = [
    "This email and any attachments are confidential and intended solely for the addressee. {F.company}, registered in England and Wales no. {N.reg}.",
    "Please consider the environment before printing this email.",
]
GB["subject"] = ["Subject: PAC / porting", "Subject: Re: eSIM activation", "Subject: Complaint - roaming charges", "Subject: PUK", "Subject: upgrade"]

US = {}
US["body"] = [
    "Trying to port my number {phone} over from {F.brand}. Account number {cust} and the port-out PIN is {pin}. It keeps getting rejected with {N.err}",
    "Number transfer PIN they gave me: {pin}. Account # {cust}. Billing zip is part of {address}",
    "I need my SSN? No way, but here's my DOB {dob} and the account PIN {pin}",
    "Paying off the rest of my {N.model} installment plan, {N.amount} left. Card {card} exp {exp} cvv {cvv}",
    "Prepaid refill card PIN {pin:voucher} says already used?? bought it at Walgreens {N.date}",
    "Bill shows {N.amount} in international roaming from {F.country}, I had the {N.prod} pass. Invoice {N.invoice}",
    "Business line for {F.company} (EIN {N.reg}). We need {N.qty:lines} added, portal user {username}",
]
US["public"] = [
    "{N.mention} no service in {F.city} since {N.time}, what's up? {N.hashtag}",
    "{N.mention} port out has been pending since {N.date} {N.hashtag} {N.hashtag}",
    "{N.mention} call me at {phone} please, chat support is useless",
    "{N.mention} charged {N.amount} for roaming in {F.country}??? {N.hashtag}",
    "{N.umention} same, {N.mention} is down for me too since {N.time}",
    "PSA {N.mention} will never ask you for the code they text you. Someone tried at {N.time} {N.hashtag}",
]
US["agent"] = [
    "Hey {F.first}, sorry about that! Send us a DM with your account number and billing zip and we'll dig in. {F.initials}",
    "Thanks! The port request for {phone} is scheduled for {N.date}. Case {N.ticket}. -{F.agent}",
    "PUK for the line ending {N.masked}: {puk}. Never share this with anyone. Text us from {phone} if it fails. {F.initials}",
    "Heads up: we'll never ask for the code {otp}. If you shared it call {N.cphone} ASAP. {F.initials}",
    "Refund of {N.amount} goes back to the card ending in {N.masked}. {F.agent}",
    "Hi {F.macro}, your verification code is {F.codemacro}. More at {N.url}. {F.initials}",
    "Updated your email to {email} and your service address to {address}. Anything else? {F.initials}",
    "We're seeing an outage near {F.city} (ticket {N.ticket}), ETA {N.time}. {F.initials}",
]
US["greet"] = ["Hello,", "Hi Support Team,", "To whom it may concern,", "Hey {F.brand},", "Good afternoon,", "Dear Customer Care,"]
US["close"] = ["Thanks,\n{F.name}", "Best,\n{F.first}", "Regards,\n{F.name}\n{phone}", "Sincerely,\n{F.name}\n{address:multi}"]
US["sig"] = [
    "{F.name}\nOwner, {F.company}\nEIN {N.reg}\nCell: {phone}",
    "--\n{F.name}\n{email}\n{phone}",
    "Sent from my iPhone",
    "Sent from Yahoo Mail for Android",
]
US["quotehdr"] = [
    "On {N.date} at {N.time}, {F.name} <{email}> wrote:",
    "From: {F.brand} Customer Care\nSent: {N.date} {N.time}\nTo: {email}\nSubject: RE: Case {N.ticket}",
    "---------- Forwarded message ---------\nFrom: {F.name} <{email}>\nDate: {N.date}\nSubject: Fwd: port request",
    "{F.name} <{email}> wrote on {N.date}:",
]
US["disclaimer"] = [
    "CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient(s). If you received it in error, please delete it. {F.company}",
    "This message was scanned for viruses.",
]
US["subject"] = ["Subject: port out", "Subject: Re: eSIM", "Subject: roaming charges", "Subject: PUK code", "Subject: installment plan"]
