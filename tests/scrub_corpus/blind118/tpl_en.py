"""English templates (shared by en-gb and en-us; values are locale specific)."""

BODY = {
    "charity": [
        "Hi, I set up a monthly gift of {n:amount} but it's come out twice this month. Supporter number {p:customer_number}, account {p:iban}. Please refund one of them.",
        "Could you resend my Gift Aid declaration? Address is {p:address} and DOB {p:date_of_birth}. Thanks",
        "I donated by card ({p:card}, exp {p:card_expiry}) on {n:date} and never got a receipt at {p:email}. Was it actually processed?",
        "Please stop ringing me on {p:phone}, I've asked three times now. Donor ID {p:customer_number}.",
        "Your fundraiser on the high street typed my bank details ({p:iban}) into a tablet - is that legit?? Complaint ref {n:ticket_number}",
        "The donate page keeps failing with {n:error_code}. I entered card {p:card} and security code {p:cvv} twice.",
        "Moving house - new address {p:address}, please update it for the newsletter. Old one was {p:address#old}.",
        "Need a tax receipt for {n:year} for my accountant, donor #{p:customer_number}, total was {n:amount}.",
        "We're a small business ({f:company}, company no. {n:company_registration}) matching staff donations. Can someone call me on {p:phone}?",
        "i signed up to volunteer at the shop in {f:city}, they asked for my date of birth ({p:date_of_birth}) and email {p:email}, never heard back",
    ],
    "print": [
        "My photobook order {n:order_number} still hasn't arrived, tracking {n:tracking_number} hasn't moved since {n:date}. Delivery address is {p:address}.",
        "Locked out of my account. Email {p:email}, password {p:password}. I have {n:quantity} sat in the basket!",
        "Canvas {n:product_code} turned up dented. Invoice {n:invoice_number}, {n:amount}. Call me on {p:phone} please.",
        "Payment keeps failing. Card {p:card} exp {p:card_expiry} CVV {p:cvv}, error {n:error_code}.",
        "Got a verification code {p:otp} I never asked for. Customer no. {p:customer_number}. Have I been hacked??",
        "Promo code for {n:percentage} off didn't apply to order {n:order_number}. Refund the difference to {p:iban} pls",
        "Our office printer ({n:model_number}) won't print your proof PDF, driver {n:version_string}. We need the banners by {n:time} {n:date}.",
        "Wrong address on the label! Should be {p:address}. Order {n:order_number}. Mobile {p:phone}",
        "School photo proof card says access code {p:password} and family ID {p:customer_number} but the site {n:url} says invalid",
        "Please change my login email from {p:email#old} to {p:email#new}. DOB for security: {p:date_of_birth}.",
    ],
    "msp": [
        "VPN down since the {n:version_string} update. Gateway {p:ip_address} port {n:port}, error {n:error_code}. My creds are {p:username} / {p:password}.",
        "New starter on Monday at {f:company}, please set up her account. Temp password can be {p:password}, MFA mobile is {p:phone}.",
        "Guest wifi {f:ssid} key needs changing, the old one ({p:wifi_key#old}) got shared on Facebook. New one: {p:wifi_key#new}",
        "Ticket {n:ticket_number}: the integration is returning 403. API key we're using is {p:api_key}, request ID {n:request_id}.",
        "Work phone is locked and asking for the PUK. SIM card holder says {p:puk}, PIN was {p:pin}.",
        "Alarm code for the building is now {p:pin}; your engineer is due {n:date} at {n:time} for the NAS ({n:model_number}).",
        "Authenticator code {p:otp} keeps getting rejected. Home IP is {p:ip_address}. Employee ID {p:customer_number}.",
        "Please revoke this token, I pasted it in a public Slack channel by mistake: {p:token}",
        "Nobody at {f:company} can print, {n:model_number} shows {n:error_code}. Printer admin is {p:username} pw {p:password}, router admin password {p:password#r}.",
        "For the cloud migration: AWS access key ID {p:api_key#aws_id}, secret access key {p:api_key#aws_secret}. Rotate after please. SHA-256 of the export: {n:checksum}",
    ],
    "estate": [
        "Interested in the flat at {p:address}. My details: DOB {p:date_of_birth}, mobile {p:phone}, email {p:email}.",
        "What's the key safe code for tomorrow's viewing? Still {p:pin}? I'll be there at {n:time}.",
        "My deposit of {n:amount} still hasn't been returned - moved out of {p:address} on {n:date}. Bank: {p:iban}. Tenant ref {p:customer_number}.",
        "For referencing: DOB {p:date_of_birth}, previous address {p:address#prev}, current address {p:address}.",
        "Meter readings at checkout: electric {n:meter_reading}, gas {n:meter_reading#g}. Supply account {p:customer_number}.",
        "Rent going up {n:percentage} from {n:date}? Tenancy ref {p:customer_number}, property {p:address}.",
        "Leak in the bathroom, plumber can come, the front door code is {p:pin} and my number {p:phone}. Repair ref {n:ticket_number}.",
        "Can you reset the tenant portal? Username {p:username}, password {p:password} isn't accepted.",
        "Landlord here - please pay rent into {p:iban} from now on (not {n:masked_value}). Call me on {p:phone} if any questions.",
        "applied for the room in {f:city} at {n:amount} pcm, heard nothing. reach me on {p:phone} or {p:email}",
    ],
    "recruit": [
        "Didn't get paid this week! Account {p:iban}, payroll no {p:customer_number}, timesheet went in on {n:date}.",
        "Registration details:\n- DOB {p:date_of_birth}\n- address {p:address}\n- mobile {p:phone}\nWill send ID later.",
        "Can't log into the timesheet app, user {p:username} pass {p:password}, app version {n:version_string}.",
        "Please change my bank details from {p:iban#old} to {p:iban#new}. Candidate ID {p:customer_number}.",
        "recruiter was meant to call me about job {n:product_code}?? my number {p:phone}",
        "Got the code {p:otp} to sign my contract but the link {n:url} is broken.",
        "Moved! New address {p:address}, new email {p:email}.",
        "My P60 for {n:year} has the wrong date of birth, should be {p:date_of_birth}. Worker no. {p:customer_number}.",
        "We ({f:company}) need {n:quantity} warehouse temps from {n:date}. Account number with you is {p:customer_number}, call {p:phone}.",
        "Payslip is short by {n:amount}. Worker ID {p:customer_number}, please pay it into {p:iban}",
    ],
    "library": [
        "My library card {p:customer_number} is blocked, PIN {p:pin} not working at self-checkout.",
        "Lost my museum pass, number {p:customer_number}, DOB {p:date_of_birth}. Does a replacement cost {n:amount}?",
        "Fined {n:amount} for a book returned on {n:date}. Member no {p:customer_number}, email {p:email}.",
        "eBook app login {p:username} / {p:password} says invalid, error {n:error_code}.",
        "Can my son (born {p:date_of_birth}) join online? We live at {p:address}.",
        "Membership renewal with {p:card} exp {p:card_expiry} declined.",
        "Library wifi {f:ssid} password? Someone said {p:wifi_key} but no joy.",
        "Please update my phone to {p:phone} and email to {p:email} on my borrower record.",
        "Bought a heritage pass for {f:first} as a gift, order {n:order_number}, went to my old address {p:address#old} - I'm at {p:address#new} now.",
        "Can I take over my dad's holds? His card {p:customer_number#a}, mine {p:customer_number#b}. Phone {p:phone}.",
    ],
}

ADDON = [
    "My number is {p:phone}.",
    "Call me after {n:time} on {p:phone}",
    "You can also email {p:email}",
    "DOB if you need it: {p:date_of_birth}",
    "(account no. {p:customer_number})",
    "ps old password was {p:password#x}, new one is {p:password#y}",
    "Already rang {n:company_phone} and waited 40 mins.",
    "See {n:url}",
    "Third time asking, case {n:ticket_number}.",
    "The text code was {p:otp} if that helps.",
    "My IP is {p:ip_address} apparently",
    "Address for reference: {p:address}",
    "Card ends {n:masked_value}.",
    "I fly out {n:date} on {n:flight_number} so need this sorted.",
]
PUBLIC = [
    "Ordered {n:quantity} from you and this happens again. Order {n:order_number} nowhere to be seen",
    "Whole office offline since {n:time}, is there an outage? {n:url}",
    "Promised {n:percentage} off, got nothing. Great service",
    "Case {n:ticket_number} open since {n:date}. Anyone?",
    "Lovely exhibition today, free entry with the pass!",
    "Your app {n:version_string} crashes on launch",
]
AGENT = [
    "Hi {f:first}, sorry about this! I can see your account under {p:customer_number}. Please never share your password over DM. I've sent a reset link to {p:email}. Thanks, {f:agent}",
    "Thanks {f:first}. We've updated your address to {p:address}. The card ending {n:masked_value} is now blocked. Any questions call {n:company_phone}. {f:initials}",
    "Hi {f:first}, your refund of {n:amount} is on its way to {p:iban}, allow 3 working days. Case ref {n:ticket_number}. {f:initials}",
    "Hi! Could you delete your tweet showing your password ({p:password})? This is a public channel. DM us and we'll take a look. ^{f:agent}",
    "We'll call you tomorrow between {n:time} and {n:time#b} on {p:phone}. Have a good evening! {f:agent}",
    "The key safe code is {p:pin}, valid until {n:date}. Good luck with the viewing! {f:agent}",
    "Your temporary password is {p:password}. Please change it straight after logging in at {n:url}. Kind regards, {f:agent} | {f:brand}",
    "Hi {first_name}, thanks for getting in touch. Your verification code is <code>. The {f:brand} team",
    "Hi {f:first}, I've logged this (ticket {n:ticket_number}). Your new wifi key for {f:ssid} is {p:wifi_key}. {f:initials}",
    "All done! Date of birth corrected to {p:date_of_birth}; your member number stays {p:customer_number}. Cheers, {f:agent}",
]
GREET = ["Dear {f:brand},", "Dear Sir/Madam,", "Hello,", "Hi there,", "Good morning,", "Hi team,", "To whom it may concern,", "Hi {f:agent},"]
CLOSE = ["Kind regards,", "Thanks,", "Best,", "Cheers,", "Many thanks,", "Regards,", "Thanks in advance,", "Best wishes,"]
SIG = [
    "{f:name}\n{p:phone}",
    "{f:name}\n{p:address}\nTel: {p:phone}",
    "{f:first}\n\nSent from my iPhone",
    "{f:name} | {f:company} | Company No. {n:company_registration}\nM: {p:phone} | E: {p:email}",
    "--\n{f:name}\nMobile: {p:phone}",
    "{f:name}\nSupporter since {n:year}",
    "{f:name}\nOperations Manager, {f:company}\nDirect: {p:phone}",
    "{f:first} {f:last}\nGet Outlook for Android",
]
QUOTE_HDR = [
    "On {n:date} at {n:time}, {f:brand} Support <{f:svcmail}> wrote:",
    "-----Original Message-----\nFrom: {f:brand} <{f:svcmail}>\nSent: {n:date} {n:time}\nTo: {p:email}\nSubject: RE: your case {n:ticket_number}",
    "On {n:date}, {f:agent} from {f:brand} wrote:",
    "From: {f:svcmail}\nDate: {n:date}\nSubject: Order confirmation {n:order_number}",
]
DISCLAIMER = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
    "Please consider the environment before printing this email.",
    "Any views expressed are those of the sender and not necessarily of the company.",
]
FWD = [
    "---------- Forwarded message ---------\nFrom: {f:name} <{p:email}>\nDate: {n:date}\nSubject: Fwd: details",
    "Begin forwarded message:\n\nFrom: {f:name} <{p:email}>\nDate: {n:date} at {n:time}",
]
CHAT_OPEN = ["hi", "Hello!", "Hiya,", "hey", "Good afternoon,", "Hi there"]

# second batch: index 10 (even -> dev), 11 (odd -> heldout)
BODY["charity"] += [
    "Our fundraising page's payment integration uses secret key {p:api_key} and webhook token {p:token}; since {n:date} we get {n:error_code}. Request ID {n:request_id}.",
    "Volunteer portal login {p:username} won't work from the charity shop network ({p:ip_address}). Shop wifi key is {p:wifi_key} if your techie needs it.",
]
BODY["print"] += [
    "Ordering prints for my mum's 80th (she was born {p:date_of_birth}). Paying with {p:card}, CVC {p:cvv}, expiry {p:card_expiry}.",
    "In-store kiosk won't join wifi {f:ssid}, key {p:wifi_key}; kiosk login {p:username}, IP {p:ip_address}.",
]
BODY["msp"] += [
    "Session token showing in the helpdesk logs: {p:token}. Also someone committed our Stripe key {p:api_key} to the repo. Build checksum {n:checksum}.",
    "Remote session please - my laptop is on {p:ip_address}, username {p:username}, office wifi key {p:wifi_key}.",
]
BODY["estate"] += [
    "Holding deposit by card: {p:card}, exp {p:card_expiry}, CVV {p:cvv}. Tenant date of birth {p:date_of_birth}.",
    "Smart lock app for the flat: login {p:username}, wifi {f:ssid} / {p:wifi_key}. Router sits at {p:ip_address}.",
]
BODY["recruit"] += [
    "Our rota system's API key for your portal is {p:api_key}, bearer token {p:token}; the DOB field ({p:date_of_birth}) keeps getting rejected.",
    "Clock-in tablet at the client site: IP {p:ip_address}, login {p:username}, PIN {p:pin}.",
]
BODY["library"] += [
    "Concession pass for my son, DOB {p:date_of_birth}; paid with card {p:card} CVV {p:cvv}, request {n:request_id}.",
    "Reading room wifi key {p:wifi_key} doesn't work, my account {p:username}, card {p:customer_number}.",
]
ADDON += ["Login name is {p:username} btw", "Card I used: {p:card}"]
EMAIL_CTX = [
    "I've been a customer for years but this time it's really gone wrong.",
    "I tried the live chat first but only got a canned answer.",
    "Sorry for the long email, I'm trying to explain everything clearly.",
    "My previous email seems to have gone unanswered, so I'm resending.",
    "I'm writing on behalf of my father, who isn't great with computers.",
    "This has been going on since {n:date} and I'd like it resolved.",
    "I'd appreciate a reply this week if at all possible.",
    "I've attached a scan, hopefully it's legible.",
]
ADDON += [
    "I'm flying {n:flight_number} on {n:date} so before then please.",
    "Tracking for the earlier parcel: {n:tracking_number}.",
    "Meter read today: {n:meter_reading}.",
    "The meter showed {n:meter_reading} when I handed the keys back.",
]
