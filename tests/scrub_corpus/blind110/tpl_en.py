"""English (en-gb / en-us) templates; values follow the message locale."""
G = {}
G["cust"] = [
    "Hi, can't log into the {F:brand:parking} app anymore. «username|user name|login» {T:username}, «password|pw|pass» {T:password} - is that even right??",
    "ordered new glasses ({N:order_number}) but the delivery address is wrong, should be {T:address}. my number is {T:phone}",
    "My Government Gateway user ID is {T:username:gg} and the password {T:password}. It keeps saying {N:error_code}. UTR {T:customer_number:utr}",
    "The 6 digit code {T:otp} you texted doesn't work, trying to sign in to {F:tax}",
    "Switching to {F:brand:energy} via {F:brand:switch} from {N:date}.\nMPAN: {T:customer_number:mpan}\nAccount no: {T:customer_number:pref}\nReading: {N:meter_reading}",
    "pls take the direct debit from {T:iban} from now on, not {N:masked_value}. account {T:customer_number}",
    "library card {T:customer_number:lib} and PIN {T:pin:4} don't work in the {F:brand:library} app. and that {N:amount} fine is wrong",
    "Need to move my check-up at {F:brand:dentist} on {N:date} at {N:time}. Patient ID {T:customer_number:patient}, DOB {T:date_of_birth}",
    "We're getting married on {N:date} at {F:brand:wedding}, {N:quantity}. Paid the {N:amount} deposit. Keybox code for the cottage is {T:pin:4} right?",
    "My residents permit {T:customer_number:permit} still shows my old reg {F:plate}. Moved to {T:address}",
    "Payment keeps failing. card {T:card} exp {T:card_expiry} cvv {T:cvv}, error {N:error_code}",
    "what's the library wifi password now? still {T:wifi_key}? (network {F:ssid})",
    "My smart meter bridge is at {T:ip_address:lan} port {N:port} but the app ({N:version_string}) can't find it. Meter {N:model_number}",
    "Building an integration with your EV charging API, key {T:api_key} returns {N:error_code}. request id {N:request_id}",
    "The Home Assistant integration for {F:brand:energy} keeps dropping. token was {T:token}, do I need a new one?",
    "just email me at {T:email} or call {T:phone} after {N:time}",
    "Name: {F:fullname}\nAddress: {T:address}\nDOB: {T:date_of_birth}\nPhone: {T:phone}\nEmail: {T:email}\nAccount #: {T:customer_number:pref}",
    "Got a letter saying I owe {N:amount} for tax year {N:year}. IP PIN {T:pin:6}, I already paid on {N:date}. Notice {N:ticket_number}",
    "the code was {T:otp:words} but it says invalid",
    "changed my password from {T:password} to {T:password} and still get {N:error_code}",
    "Account {T:email}, password {T:password}. Parked {N:time} to {N:time} and got charged {N:amount} instead of {N:amount}!",
    "Switch failed on {F:brand:switch}: DOB {T:date_of_birth}, bank {T:iban}, start date {N:date}. Error {N:error_code}",
    "login {T:username}, PIN {T:pin}. {N:product_code} still shows on my card but I returned it {N:date}",
    "for the tasting call my fiancé on {T:phone} or me on {T:phone}. we're {N:quantity}, budget about {N:amount}",
    "Bridal suite door code {T:pin:hash} and alarm {T:pin:4}, still correct for Saturday {N:date}?",
    "called {N:company_phone} three times, case {N:ticket_number}. account number {T:customer_number}. when will someone get back to me",
    "Tracking {N:tracking_number} says my glasses were delivered to {T:address:street} but I don't live there anymore",
    "Invoice {N:invoice_number} for {N:amount} is wrong, my insurance policy {T:customer_number:policy} covers {N:percentage}",
    "app only shows {N:masked_value} but my new card is {T:card}, expires {T:card_expiry}",
    "My phone unlock code is {T:pin:6} if you need it for the repair, the app with my parking permit is on there",
]
G["email"] = [
    "Following our call on {N:date}, here are my details for the switch to {F:brand:energy}.\n\nSupply address: {T:address}\nMeter point number: {T:customer_number:mpan}\nMeter readings as of {N:date}: {N:meter_reading} (day) and {N:meter_reading} (night)\nBank for direct debit: {T:iban}\nDate of birth: {T:date_of_birth}\n\nThe monthly payment of {N:amount} seems high for {N:quantity} a year.",
    "I have a question about my Self Assessment for {N:year}. My UTR is {T:customer_number:utr} and my wife's is {T:customer_number:utr}.\nSince {N:date} your system shows {N:amount} outstanding but I paid it on {N:date} (payment reference {N:invoice_number}).\n\nCould you ring me on {T:phone}? I'm available between {N:time} and {N:time}.",
    "I had an eye test at your {F:city} branch last week. The frames ({N:model_number}) were supposed to be ready within {N:quantity} but I haven't heard anything.\n\nMy customer number is {T:customer_number:patient}. I paid a deposit of {N:amount} with card {N:masked_value}.\nI've moved, new address:\n{T:address:lines}\n\nPlease also update my email to {T:email}",
    "Hi team at {F:brand:wedding},\n\nHere are the details you asked for the contract:\n- Bride: {F:fullname}, DOB {T:date_of_birth}\n- Groom: {F:fullname}, DOB {T:date_of_birth}\n- Address: {T:address}\n- Phone: {T:phone}\n- Date: {N:date}, ceremony at {N:time}\n- Guests: {N:quantity}\n\nWe paid the {N:percentage} deposit ({N:amount}) today.",
    "I've been getting an error ({N:error_code}) in the {F:brand:parking} app version {N:version_string} on my {N:model_number} for days.\nLogging in with {T:email} and password {T:password} works on the website.\nThe SMS verification code ({T:otp}) only arrives after {N:quantity} and has expired by then.\n\nGot a {N:amount} ticket today because I couldn't start a session, reg {F:plate}.",
    "Attached is the dental bill (invoice {N:invoice_number}, {N:amount}). I believe this is covered under my plan, member ID {T:customer_number:member}.\n\nMy details:\n{F:fullname}\n{T:address:lines}\n\nPlease refund to card {T:card}.",
    "My library membership expires on {N:date}. I'd like to renew but the card payment failed with {N:error_code}.\nCard number: {T:customer_number:lib}\nPIN: {T:pin:4}\n\nI still have {N:quantity} at home, including {N:product_code}. Can I renew those too?",
    "I tried to create an IRS online account but identity verification failed (ref {N:request_id}). I used {T:email} and the one-time code {T:otp} arrived late.\nMy address on file is {T:address} and my phone is {T:phone}.\nI also have an Identity Protection PIN, {T:pin:6}, do I need it?",
    "For the residents parking permit you asked for proof of address. I've lived at {T:address} since {N:date}, vehicle reg {F:plate}.\nPermit number: {T:customer_number:permit}\nThe {N:amount} annual fee was charged but the portal (username {T:username}) still says 'pending'.",
    "My parents (both over 80) received a letter about {N:amount} owed. I'm helping them. Dad's date of birth is {T:date_of_birth}, his reference {T:customer_number:utr}. He has no online account.\nThey live at {T:address}. Their landline is {T:phone}.\n\nHow can I be authorised to deal with this?",
]
G["public"] = [
    "{N:mention} {N:quantity} waiting for an answer about my switch. Account {T:customer_number} {N:hashtag}",
    "{N:mention} why has my direct debit jumped to {N:amount}?? {N:hashtag} {N:hashtag}",
    "{N:mention} app crashing again ({N:version_string}), can't pay for parking. reset pw to {T:password} and nothing {N:hashtag}",
    "anyone know the wifi password at the library in {F:city}? I thought {T:wifi_key} {N:hashtag}",
    "{N:mention} just call me: {T:phone}. This has been going on since {N:date}",
    "{N:mention} my glasses have been ready for {N:quantity} but nobody answers {N:company_phone} {N:hashtag}",
    "venue booked for {N:date}!! {N:hashtag} {N:hashtag} no idea why the deposit is {N:percentage} tho",
    "{N:mention} outage? getting {N:error_code} logging in with {T:email}",
]
G["agent"] = [
    "Hi {F:name}, sorry you're having trouble logging in! I've set a temporary password: {T:password}. Please change it straight away. Thanks, {F:agent}",
    "Thanks {F:name}. I can see account {T:customer_number@c} and I've updated your bank details to {T:iban}. Your new payment of {N:amount} starts on {N:date}. {F:initials}",
    "Hi {F:name}, your verification code is {T:otp}. Don't share it with anyone. {F:agent}",
    "Hi {F:name}! Your permit {T:customer_number:permit} has been moved to the new vehicle. Confirmation is on its way to {T:email}. Case {N:ticket_number} {F:initials}",
    "Hi {F:name}, could you DM us your postcode, first line of address and date of birth? We'll take a look. Or call us on {N:company_phone}. ^{F:agent}",
    "Hi {F:name}, the keybox code at the entrance is {T:pin:4}, wifi is {F:ssid} and the password is {T:wifi_key}. Have a lovely day! {F:agent}",
    "Dear {F:name}, your appointment is now {N:date} at {N:time}. We've updated your phone number to {T:phone} and your address to {T:address} (patient {T:customer_number:patient}). {F:brand:dentist}",
    "Hi {F:name}, I've reset your PIN. Your new PIN is {T:pin:4}; you can change it after signing in with card number {T:customer_number:lib}. {F:initials}",
    "Hi {F:name}, I can see the payment with card {N:masked_value} was declined ({N:error_code}). Please try again or use another card. {F:agent}",
    "Hi {F:name}, your switch is booked for {N:date}. Estimated usage {N:quantity}, monthly payment {N:amount}. More info: {N:url}",
    "Thanks for waiting {F:name}. Your new API key is {T:api_key:sk}; the old key has been revoked. {F:initials}",
    "Hi {F:name}! Your PUK code is {T:puk}. You'll then be able to choose a new PIN. If that fails call {N:company_phone}. {F:agent}",
]
G["greet"] = ["Dear Sir or Madam,", "Hi there,", "Hello,", "Good morning,", "Dear {F:agent},", "To whom it may concern,", "Hi,", "Hey team,"]
G["close"] = ["Kind regards,", "Thanks,", "Best,", "Many thanks in advance,\n\nRegards,", "Yours faithfully,", "Cheers,", "Thank you,", "Best regards,"]
G["sig"] = ["{F:fullname}", "{F:fullname}\n{T:phone}", "{F:name}\n\nTel: {T:phone}\n{T:address:lines}", "{F:fullname}\nM: {T:phone}\nE: {T:email}",
            "{F:name} {F:surname}\n{T:address}", "{F:name}\n\nSent from my iPhone", "{F:fullname}\ncell {T:phone}\n\nGet Outlook for Android", "{F:name}"]
G["agentsig"] = ["Kind regards,\n\n{F:agent}\nCustomer Service, {F:brand:energy}\nT {N:company_phone} | {N:url}\nCompany No. {N:company_registration}",
                 "Best,\n{F:agent} | Customer Care\n{N:company_phone} (Mon-Fri {N:time}-{N:time})",
                 "Thanks,\n{F:agent}\n{F:brand:optician}\nVAT {N:company_registration}",
                 "Regards,\n{F:agent}\nTaxpayer services {N:company_phone}"]
G["quotehdr"] = ["On {N:date} at {N:time}, {F:fullname} <{T:email}> wrote:", "From: {F:fullname} <{T:email}>\nSent: {N:date} {N:time}\nTo: Customer Service\nSubject: RE: your query {N:ticket_number}",
                 "On {N:date} {N:time} Customer Care wrote:", "-----Original Message-----\nFrom: {F:brand:energy}\nDate: {N:date}\nSubject: Your request {N:ticket_number}"]
G["fwdhdr"] = ["---------- Forwarded message ---------\nFrom: {F:fullname} <{T:email}>\nDate: {N:date}\nSubject: Fwd: details", "Begin forwarded message:\n\nFrom: {F:fullname} <{T:email}>\nSubject: venue details\nDate: {N:date} at {N:time}"]
G["disclaimer"] = ["This email and any attachments are confidential and intended solely for the addressee.", "Please consider the environment before printing this email.",
                   "If you received this message in error, please delete it and notify the sender.", "This message has been scanned for viruses."]
G["chatwrap"] = ["[{N:time}, {N:date}] {F:name}: {BODY}", "{BODY}", "{BODY}\n\nthanks in advance", "{BODY} 🙏", "Hello. {BODY}", "{BODY}\n(copied from the text)"]
G["pubwrap"] = ["{N:mention} {BODY}", "{BODY} {N:hashtag}", "{N:mention} {N:mention} {BODY}", "{BODY}\n{N:hashtag} {N:hashtag}"]

# ---- balancing pairs
G["cust"] += [
    "Pairing the {F:brand:energy} smart thermostat: network {F:ssid}, «key|network key|wifi password» {T:wifi_key}. It says {N:error_code}",
    "new wifi code at the venue is {T:wifi_key} right? {F:ssid} isn't working and the photographer needs to upload",
    "SIM locked, PUK from the card holder: {T:puk}. So now I can't open the parking app",
    "entered PUK {T:puk:sp} but phone still says SIM locked. PIN was {T:pin:4}",
    "Authorization: Bearer {T:token:jwt}\nreturns {N:error_code} on your parking API since {N:date}",
    "my personal access token {T:token:ghp} for the library open data API stopped working, should be valid until {N:date}",
    "oops, pasted AWS key {T:api_key:aws} and secret {T:api_key:aws_secret} into the app review by accident, please delete",
    "The Google Maps key {T:api_key:google} on our venue booking widget may have leaked, what do we do?",
    "login: {T:username}\npassword: {T:password}\n(copied from my password manager so no typos)",
    "My online account username is {T:username} and password {T:password}, can you check why it won't let me in",
    "The alert says the sign-in came from {T:ip_address:pub} but I was at home in {F:city}",
    "router {T:ip_address:lan}, admin pw {T:password}, the smart meter ({N:model_number}) won't connect",
    "Card number {T:card:visa}, expires {T:card_expiry}, security code {T:cvv}. Text confirmation code was {T:otp}",
    "Credit card: {T:card:mc}\nValid thru: {T:card_expiry}\nCVV: {T:cvv}\nfor the venue deposit",
    "For the dentist: card on file {T:card:amex}, CID {T:cvv:amex}, billing zip same as before",
    "the optician wants my card again: {T:card}, exp {T:card_expiry}. why",
    "App download failed, checksum mismatch: expected {N:checksum}. Version {N:version_string}",
    "sha256 of the installer is {N:checksum}, your site says something else. Error {N:error_code}",
    "Our guests land on {N:flight_number} at {N:time} on {N:date}, can the shuttle be there by {N:time}?",
    "Flight {N:flight_number} is delayed, we'll only get to the venue at {N:time}. Booking {N:order_number}",
    "Return for {N:year} still not processed? I got reference {N:request_id} and then nothing",
    "My new contacts (order {N:order_number}, shipment {N:tracking_number}) never arrived",
]
G["agent"] += [
    "Hi {F:name}, the wifi in the barn is {F:ssid} / {T:wifi_key}. The PUK for the SIM in the entrance tablet is {T:puk}. {F:initials}",
    "Hi {F:name}, your new access token is {T:token:hex}; the old one has been revoked. Keep it safe. {F:agent}",
    "Hi {F:name}, your username is {T:username} and I've sent a reset link to {T:email}. Thanks, {F:agent}",
    "Hi {F:name}, I can see sign-in attempts from {T:ip_address:pub}. Please sign in with username {T:username} and one-time code {T:otp}. {F:initials}",
    "Hi {F:name}, order {N:order_number} shipped with {N:tracking_number}. App version {N:version_string} fixes {N:error_code}. {F:agent}",
    "Hi {F:name}, the outage ({N:error_code}) is fixed in {N:version_string}. Update checksum: {N:checksum}. {F:initials}",
]
G["public"] += [
    "{N:mention} library wifi ({T:wifi_key}) down again {N:hashtag}",
    "{N:mention} my token {T:token} was visible in a screenshot, please revoke it!!",
    "{N:mention} nearly missed {N:flight_number} because of your app outage {N:error_code} {N:hashtag}",
    "{N:mention} login {T:username} pw {T:password} stopped working since update {N:version_string}",
]
G["email"] += [
    "I manage the website for our wedding venue and need the newsletter integration checked.\nAPI key: {T:api_key:sg}\nGuest network: {F:ssid}, key {T:wifi_key}\nRouter: {T:ip_address:lan} (port {N:port}), login {T:username} / {T:password}\n\nSince {N:date} we get {N:error_code}. It's about {N:quantity} sign-ups a week.",
    "Setting up the EV charger in the {F:brand:energy} app asks for a token. I used {T:token:oauth} but get {N:error_code}.\nThen my phone locked; PUK {T:puk} sorted that.\nMy account number is {T:customer_number:pref}, supply address {T:address}.",
]
