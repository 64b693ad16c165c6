# English (UK + US) templates.
BODY = {
    "host": [
        "My domain {n:domain} has been down since {n:date}, browser just says {n:error_code}. Account number {p:custnum}. Please sort this asap",
        "Need the EPP / auth code for {n:domain} to transfer it out. The one in the dashboard ({p:epp}) gets rejected by the new registrar",
        "SFTP details as requested:\nhost: {p:ip_address}\nuser: {p:username}\npass: {p:password}\nport: {n:port}",
        "Our AWS creds got pasted in a support form by mistake: access key id {p:aws_key_id} secret {p:aws_secret} - please delete that ticket ({n:ticket_number})",
        "cPanel shows PHP {n:version_string} but I need 8.2. Also someone logged in from {p:ip_address} that wasn't me",
        "Bearer token for the reseller API is {p:token}, getting {n:error_code} on every call, request id {n:request_id}",
        "You charged my card {p:card} twice for invoice {n:invoice_number} ({n:amount}). Card expires {p:card_expiry}",
        "Downloaded the backup, sha256 is {n:checksum} which doesn't match the panel. Also the 2FA code {p:otp} keeps failing",
        "please update the account email to {p:email} and phone to {p:phone}, old ones are dead",
    ],
    "ins": [
        "Claim {n:ticket_number} filed on {n:date}, still nothing. Policy number {p:custnum}. Call me on {p:phone}",
        "My DOB is {p:date_of_birth} not what's on the renewal letter. Policy {p:custnum}, premium went up {n:percentage}!!",
        "Please pay the settlement into {p:iban}, account name {f:name}. Ref {n:ticket_number}",
        "We moved to {p:address} so the home insurance needs updating, effective {n:date}",
        "Can't log into my account - username {p:username}, password {p:password}, it keeps throwing {n:error_code}",
        "I live in Amsterdam now and the Dutch health insurer asked for my BSN, it's {p:bsn_nl}. Date of birth {p:date_of_birth}. Is that all you need?",
        "Windscreen chip on {f:plate}, quote was {n:amount}. Excess on policy {p:custnum} is {n:amount} right?",
    ],
    "wash": [
        "Cancelled my unlimited wash club ({p:custnum}) on {n:date} and you still took {n:amount}. Card ending {n:masked_value}",
        "Your car wash in {f:city} ripped the wiper off my car, reg {f:plate}. Ring me on {p:phone}",
        "the code on my receipt {p:pin} didn't open the gate at {n:time}, had to reverse out with {n:quantity} cars behind me",
        "App login broken - email {p:email} password {p:password}, app version {n:version_string}",
        "Charged {n:quantity} for one wash on card {p:card}. Refund please",
    ],
    "rent": [
        "Booking {n:order_number}: landing on {n:flight_number} at {n:time}, is the desk still open? My mobile is {p:phone}",
        "Deposit of {n:amount} still held on my card {p:card} exp {p:card_expiry}. Rental agreement {n:order_number}",
        "Returned the car with {n:meter_reading} on the clock and a full tank, why the {n:amount} fuel charge? Member no. {p:custnum}",
        "The keybox code {p:pin} you texted doesn't work, car {f:plate} at {f:city} station",
        "card number {p:card}, exp {p:card_expiry}, security code {p:cvv}, is that everything? website gave {n:error_code}",
        "License address is {p:address} and DOB {p:date_of_birth}, that's what the counter asked for",
    ],
    "pawn": [
        "Buyer on {f:brand} wants me to forward the verification code I got by text: {p:otp}. Scam?",
        "Selling my phone through your trade-in, unlock passcode is {p:pin} and SIM PUK {p:puk}. Listing {n:product_code}",
        "Pawn loan {p:custnum} is due {n:date}, can I pay {n:amount} and extend? Interest is {n:percentage} a month?",
        "Seller called from {p:phone} and asked me to pay to {p:iban} via bank transfer, now the listing is gone",
        "To pick up my watch ({n:model_number}) the counter asked my email {p:email} and home address {p:address}",
        "Sold a console on eBay, buyer claims not received but tracking {n:tracking_number} says delivered. Order {n:order_number}",
    ],
    "game": [
        "My PSN got hacked! Sign-in ID {p:email}, password was {p:password}. {n:amount} spent on V-Bucks I never bought",
        "Pre-order {n:order_number} for {f:game} never arrived, tracking {n:tracking_number} hasn't moved since {n:date}",
        "Steam Guard codes keep coming in ({p:otp}) when I'm not logging in. Account name {p:username}",
        "Rewards card {p:custnum} lost all my points ({n:quantity}) after the app update {n:version_string}",
        "PS5 ({n:model_number}) throws {n:error_code} on boot, warranty until {n:date}. Collection address {p:address}",
        "Xbox login {p:username} / {p:password} - my kid got locked out, 2FA sends to {p:phone} which is an old number",
        "Epic support asked for my account ID and the recovery code {p:otp}, is that legit or phishing?",
    ],
    "appl": [
        "Washing machine {n:model_number} shows {n:error_code}, engineer booked for {n:date}. Address {p:address}. Key safe code is {p:pin}",
        "Service plan {p:custnum}: fridge stopped cooling on {n:date}. Call me on {p:phone} between {n:time} and {n:time}",
        "The app wants the wifi password for the {f:appliance}: network {f:ssid}, key {p:wifi_key}. Still getting {n:error_code}",
        "Repair job {n:ticket_number} cost {n:amount} and the {f:appliance} is leaking again. Refund to {p:iban} please",
        "Gate code is {p:pin}, engineer should ring {f:name} at {p:address}. Not home before {n:time}",
        "Dishwasher died after 14 months ({n:quantity} of the same fault), receipt {n:invoice_number}. My details: {f:name}, {p:phone}, {p:email}",
    ],
}

AGENT = [
    "Hi {f:first}, sorry to hear that! I can see your case {n:ticket_number}. Could you DM us your account number? Please never share your password. ^{f:agent}",
    "Thanks {f:first}. I've updated the bank details to {p:iban} on policy {p:custnum}. First collection on {n:date}. {f:agent}",
    "We've sent a new sign-in code to {p:email}. It's valid for 10 minutes. Still stuck? Call {n:company_phone}.",
    "Hi {f:first}, the engineer will be with you on {n:date} between {n:time} and {n:time} at {p:address}. Can you confirm the key safe code {p:pin}? {f:agent}",
    "Your temporary password is {p:password}. Please change it straight away at {n:url}. Kind regards, {f:agent}",
    "I can see a refund of {n:amount} going back to the card ending {n:masked_value}. Allow 3-5 working days. ^{f:agent}",
    "We'll never ask for a text code. If you've shared {p:otp} with anyone please call us on {n:company_phone}. {f:agent}",
    "I've added {p:phone} as your contact number on account {p:custnum}. Have a great evening! {f:agent}",
    "The new auth code for your domain is {p:epp}, valid until {n:date}. Cheers, {f:agent}",
    "Your booking {n:order_number} is updated - pick up {n:date} at {n:time}. Member number {p:custnum}. {f:agent}",
]

GREET = ["Hi there,", "Dear Sir/Madam,", "Hello,", "Hi {f:brand} team,", "Good afternoon,", "To whom it may concern,", "Hey,", "Hi,"]
CLOSE = ["Kind regards,", "Thanks,", "Best,", "Cheers,", "Regards,", "Many thanks,", "Sincerely,", "Thx"]
SIG = [
    "{f:name}\n{p:address}\nMob: {p:phone}",
    "{f:name}\n{p:phone} | {p:email}",
    "{f:first}\n\nSent from my iPhone",
    "{f:name}\nAccount no. {p:custnum}",
    "--\n{f:name}\nCell: {p:phone}",
    "{f:first} {f:last}\nSent from Outlook for Android",
]
QUOTE_HDR = ["On {n:date} at {n:time}, {f:brand} Support wrote:", "On {n:date}, {f:agent} from {f:brand} <support> wrote:",
             "From: {f:brand} Customer Care\nSent: {n:date} {n:time}\nSubject: RE: Case {n:ticket_number}"]
FWD_HDR = ["---------- Forwarded message ---------\nFrom: {f:name} <{p:email}>\nDate: {n:date} at {n:time}\nSubject: complaint\nTo: {f:brand} Support",
           "Begin forwarded message:\n\nFrom: {f:name} <{p:email}>\nDate: {n:date}\nTo: {f:brand}"]
DISCLAIMER = ["This email and any attachments are confidential. Registered in England and Wales, company no. {n:company_registration}.",
              "Please consider the environment before printing this email.", "CONFIDENTIALITY NOTICE: intended solely for the addressee. EIN {n:company_registration}"]
SUBJECT = ["Subject: complaint ref {n:ticket_number}", "Subject: Re: your enquiry", "Subject: invoice {n:invoice_number}", "Subject: URGENT!!!", "Subject: account details"]
PUBLIC = ["{n:mention} {BODY} {n:hashtag}", "{n:mention} is anyone there?? {BODY}", "{BODY} {n:mention} {n:hashtag}", "Still waiting on {n:mention}. {BODY}"]
CHAT = ["{BODY}", "hi\n{BODY}", "{BODY}\nthanks", "Hello, {BODY}", "{BODY}\n\nsorry for the essay"]

BODY_PAIRS = [
    ("pawn", "Traded in my old phone, forgot the SIM. PUK is {p:puk} and PIN {p:pin} if you need them. Listing {n:product_code}, bought {n:year}",
             "Phone is PUK locked after 3 wrong PINs, the card says PUK {p:puk}. Order {n:order_number}"),
    ("host", "Personal access token for the deploy: {p:token} (created {n:date}). Deploys fail with {n:error_code}, request {n:request_id}",
             "Webhook sends Authorization: Bearer {p:token} and your LB returns {n:error_code}. X-Request-ID {n:request_id}"),
    ("host", "api key {p:api_key} stopped working after the {n:version_string} update. md5 of the plugin zip {n:checksum}",
             "Mailgun key {p:api_key} leaked in a public repo?? Rotated it. sha256 of the export {n:checksum}"),
    ("appl", "Network is {f:ssid}, WPA2 key {p:wifi_key}. The fridge ({n:model_number}, bought {n:year}) won't pair",
             "wifi pw {p:wifi_key} (SSID {f:ssid}), the engineer needs it for firmware {n:version_string}"),
    ("ins", "DOB: {p:date_of_birth}\nPolicy: {p:custnum}\nSort-code/IBAN: {p:iban}\nCar year {n:year}",
            "For the travel cover: born {p:date_of_birth}, flying out {n:date} on {n:flight_number}, mobile {p:phone}"),
    ("rent", "Paid with card {p:card} exp {p:card_expiry} CVV {p:cvv}. Key courier tracking {n:tracking_number}",
             "card: {p:card}\nexpiry: {p:card_expiry}\nCVC: {p:cvv}\nput the {n:amount} deposit on that"),
    ("game", "Login details: username {p:username}, pw {p:password}. Security email says sign-in from {p:ip_address}",
             "Someone signed into my Epic account from {p:ip_address} on {n:date}. Username {p:username}. Return label {n:tracking_number}"),
    ("wash", "Got an email for a {n:percentage} off wash (code {n:product_code}). Member {p:custnum}, DOB {p:date_of_birth} - never signed up",
             "Wash club member since {n:year} ({p:custnum}), now you want my date of birth {p:date_of_birth} and {n:amount} more?"),
]
DISCLAIMER.append("Registered office: see website. Company number {n:company_registration}. Calls may be recorded.")
PUBLIC[1] = "{n:mention} is anyone there?? {BODY} {n:hashtag}"
PUBLIC[3] = "Still waiting on {n:mention}. {BODY} {n:brandtag}"
AGENT_SIG = ["Kind regards,\n{f:agent}\n{f:brand} Customer Care\nT: {n:company_phone} | {n:url}",
             "Thanks, {f:agent} - {f:brand} Support\nCall us on {n:company_phone} (Mon-Fri)",
             "{f:agent}\n{f:brand} | Co. No. {n:company_registration} | {n:url}",
             "Best wishes,\n{f:agent}, Social team @ {f:brand}\nFreephone {n:company_phone}"]
