# English (en-gb + en-us) templates.
G = {}

G["en_pharmacy"] = [
    "Hi, I ordered my repeat prescription for {f:med} on {n:date} ({n:order_number}) and it still says 'processing'. DOB {s:date_of_birth}, NHS/patient no {s:customer_number}. Can someone chase?",
    "can you deliver to {s:address} instead?? I'm stuck at home. my mobile {s:phone}",
    "Your website took payment twice ({n:amount} each) on card ending {n:masked_value}. Please refund. The card I actually wanted to use is {s:card}, exp {s:card_expiry}.",
    "The locker code you texted me ({s:pin}) doesn't open locker 7. I'm outside now, it's {n:time}",
    "Hello, I can't log into the pharmacy app. Username {s:username}, password {s:password}. It says {n:error_code}. I'm on {n:version_string}.",
    "got a text with verification code {s:otp} but I never asked for one?? is my account hacked? email on file is {s:email}",
    "Could you transfer my prescriptions from my old address ({s:address}) to the branch near my new place? My date of birth is {s:date_of_birth}.",
    "Hi there, my mum ({f:fullname}, born {s:date_of_birth}) needs her blister packs delivered weekly. Her landline is {s:phone}. Key safe code is {s:pin} if she doesn't hear the door.",
    "I was charged {n:amount} for {n:quantity} of {f:med} but the label says {n:product_code}, which isn't what the doctor prescribed. Patient ID {s:customer_number}",
    "pls refill rx for {f:med}, member id {s:customer_number}, dob {s:date_of_birth}. pickup after {n:time} thx",
]

G["en_dentist"] = [
    "Hi, I received invoice {n:invoice_number} for {n:amount} for my check-up on {n:date}, but I'm on an NHS plan. Can you explain? Patient no. {s:customer_number}",
    "I'd like to set up a direct debit for the Denplan-style plan. Account: {s:iban}. Name: {f:fullname}. Address {s:address}.",
    "Please cancel my appointment on {n:date} at {n:time}. Call me on {s:phone} to rebook. Cheers, {f:first}",
    "The payment portal keeps rejecting my card {s:card} (expiry {s:card_expiry}, security code {s:cvv}). Is there another way to pay the {n:amount}?",
    "My son {f:first} (DOB {s:date_of_birth}) has a broken tooth, can we get an emergency slot? reach me at {s:email} or {s:phone}",
    "Hello, the refund of {n:amount} for the cancelled whitening was supposed to go back to {s:iban} but I haven't seen it. Ref {n:ticket_number}",
    "I've changed my email to {s:email}, please stop sending reminders to the old one. Patient number {s:customer_number}",
    "Your online booking asks for a one-time passcode, it sent {s:otp} but then said session expired. Tried on {n:version_string}.",
]

G["en_gp_portal"] = [
    "I'm locked out of the patient portal. My login is {s:username} and I reset the password to {s:password} yesterday but it still says {n:error_code}. Can you unlock it?",
    "Hi, can the surgery update my mobile to {s:phone}? The NHS App texts codes to my old number. DOB {s:date_of_birth}",
    "The code I got is {s:otp} and it keeps saying invalid. Also it says my sign-in came from {s:ip_address} which isn't me??",
    "I need to register my newborn. Baby born {s:date_of_birth}, address {s:address}. My NHS number is {s:customer_number}.",
    "Could the practice nurse ring me back after {n:time}? Number is {s:phone}. It's about my blood results from {n:date}.",
    "Hi, the portal says my registration letter linkage key is {s:token} but it won't accept it. Practice ID? Not sure. My email: {s:email}",
    "I changed my password from {s:password} to {s:password} and now neither works. Request ID {n:request_id}",
    "Please send my medical records to my new GP. Name {f:fullname}, DOB {s:date_of_birth}, previous address {s:address}",
]

G["en_insurer"] = [
    "I submitted claim {n:ticket_number} on {n:date} for {n:amount} (physio, {n:quantity}) and it's been 6 weeks. Policy number {s:customer_number}. Please pay to {s:iban}.",
    "Please update my direct debit to account {s:iban}. Member number {s:customer_number}, DOB {s:date_of_birth}.",
    "Why was my claim denied? Member ID {s:customer_number}. The EOB says {n:error_code}, whatever that means. I paid {n:amount} out of pocket with my HSA card {s:card}.",
    "I got treated abroad after flight {n:flight_number} was diverted. Hospital billed {n:amount} to my card {s:card}. How do I claim? My policy: {s:customer_number}",
    "Hi, can't log into my account. username: {s:username} password: {s:password}. keeps looping back to the login page",
    "Change of address for policy {s:customer_number}: new address {s:address}, from {n:date}. Phone {s:phone}",
    "Our premium went up {n:percentage} for {n:year}?! Contract {s:customer_number}. Email me at {s:email} with an explanation please",
    "Here are the details you asked for:\nName: {f:fullname}\nDate of birth: {s:date_of_birth}\nMember no: {s:customer_number}\nBank: {s:iban}\nPhone: {s:phone}",
]

G["en_hospital"] = [
    "I received a bill for {n:amount} from the hospital for my MRI on {n:date}. Account number {s:customer_number}. Insurance should have covered {n:percentage}.",
    "Hello billing, I'd like to set up a payment plan for statement {n:invoice_number}. Guarantor DOB {s:date_of_birth}, phone {s:phone}.",
    "I paid online with card {s:card} exp {s:card_expiry} but the portal shows a balance still. Confirmation {n:order_number}.",
    "please send all statements to {s:email} rather than to {s:address}, thanks",
    "The MyChart-style portal verification code {s:otp} is not arriving on time, it expires after 5 mins. Patient ID {s:customer_number}",
    "My dad is an inpatient and wants to use his own hotspot, the key is {s:wifi_key} but the ward blocks it? who do I ask",
    "I was told to quote my hospital number {s:customer_number} and date of birth {s:date_of_birth} for the refund of {n:amount}.",
]

G["en_optician_physio"] = [
    "I'd like to cancel my contact lens subscription, customer number {s:customer_number}. Direct debit from {s:iban}, last payment {n:date} please.",
    "Hi, can I move my physio session at {n:time} on {n:date}? text me {s:phone}",
    "My {n:model_number} won't pair with your app. Login {s:email}, password {s:password}. Version {n:version_string}",
    "Glasses ready? order {n:order_number}. I'm at {s:address} if you can post them",
    "Please note my new card for the monthly plan: {s:card}, {s:card_expiry}, CVV {s:cvv}. Account {s:customer_number}",
    "The physio receipt for {n:amount} ({n:quantity}) was sent to the wrong insurer. My member ID with the right one is {s:customer_number}",
]

G["en_homecare"] = [
    "For the carers: key safe by the back door, code {s:pin}. Address {s:address}. If stuck call me {s:phone}",
    "The pendant alarm needs wifi. Network is BT-Hub-7 and the key is {s:wifi_key}. Please pass to the engineer.",
    "Mum's phone is asking for a PUK, she's locked out of the care app. PUK from the SIM card: {s:puk}. Her old PIN was {s:pin}",
    "New gate code for {s:address} is {s:pin} (was {s:pin}). Please update client record {s:customer_number}",
]

G["en_it"] = [
    "Practice manager here. The integration with your e-prescribing API fails with {n:error_code} on port {n:port}. API key {s:api_key}, request id {n:request_id}.",
    "The password reset link {n:url} says expired. The token in the email was {s:token}. Our admin login is {s:username}.",
    "For the pharmacy system migration: AWS access key {s:api_key}, secret {s:api_key}. Installer checksum {n:checksum} doesn't match either.",
]

G["en_public"] = [
    "{n:mention} 3 weeks waiting for a refund of {n:amount}, claim {n:ticket_number}. Sort it out {n:hashtag}",
    "{n:mention} could someone call me on {s:phone}? Nobody answers {n:company_phone} {n:hashtag}",
    "Still no repeat prescription {n:mention} {n:hashtag} {n:hashtag}",
    "{n:mention} you took {n:amount} from {s:iban} without any mandate. Contact me at {s:email}",
    "{n:mention} app crashing on {n:version_string} with {n:error_code}, anyone else? {n:hashtag}",
    "{n:mention} DMed you my member number {s:customer_number} and DOB {s:date_of_birth} two days ago, no reply",
    "{n:mention} is the portal down? {n:url} just spins {n:hashtag}",
    "{n:mention} billing sent my statement to {s:address}, I moved out last year. great {n:hashtag}",
]

AGENT = [
    "Hi {f:first}, thanks for getting in touch. I've updated your bank details to {s:iban} and the refund of {n:amount} will land within 5 working days. {f:agent}",
    "Hi {f:first}, sorry about the login trouble. Please never share your password with us, even in DM. I've sent a fresh activation link to {s:email}. ^{f:agent}",
    "Dear {f:first}, your address has been updated to {s:address}. Your member number remains {s:customer_number}. Kind regards, {f:agent}, {f:brand}",
    "Hi {f:first}, we'll call you today between {n:time} and {n:time} on {s:phone}. Reference {n:ticket_number}. {f:agent}",
    "Hi there! To look into this we need your date of birth and postcode. Could you send them by DM? Please don't post your card details publicly. {f:agent}",
    "Hi {f:first}, I can see invoice {n:invoice_number} for {n:amount} was paid on {n:date} with card {n:masked_value}. Nothing outstanding. Have a good day! {f:agent}",
    "Hi {f:first}, your claim {n:ticket_number} has been approved and {n:amount} is on its way to {s:iban}. Questions? Call {n:company_phone} or visit {n:url}.",
    "Hi {f:first}, I've reset your account. Temporary password: {s:password} (username {s:username}). Please change it after you log in. {f:agent}",
    "Thanks {f:first}, we've noted the key safe code {s:pin} on record {s:customer_number}. The carer will visit tomorrow at {n:time}. {f:agent}",
    "Good afternoon, your prescription ({n:quantity} {f:med}) is ready from {n:date}. Locker PIN: {s:pin}. Team {f:brand}",
]

G["en_it"] += [
    "Since we upgraded to {n:version_string} the booking widget gets refused on port {n:port}. Key in the config: {s:api_key}\nrequest id {n:request_id} / installer SHA-256 {n:checksum}. Renewal for {n:year} is due so please fix.",
    "Session keeps dying. Authorization: Bearer {s:token} returns {n:error_code}. Test login {s:username} / {s:password}",
]
G["en_homecare"] += [
    "The telecare hub needs the home wifi: network SKY-8F2A, password {s:wifi_key}. Door code {s:pin}, address {s:address}",
    "Dad's care phone is locked, he got the PIN wrong 3 times. The PUK on the SIM holder says {s:puk}. Can someone talk him through it? He's on {s:phone}",
]
G["en_insurer"] += [
    "Premium letter for {n:year} says {n:amount} a month?? Also the app logged me out and flagged a login from {s:ip_address}. Username {s:username}",
    "Home haemodialysis electricity allowance: meter reading on {n:date} was {n:meter_reading}, today {n:meter_reading}. Member {s:customer_number}, pay to {s:iban}",
]
