"""English (UK + US) templates."""

BODIES = {
"garage": [
    "Hi, I'd like to book an MOT and interim service for my {=car} ({=plate}). Customer no {customer_number}. Could you do {!date} around {!time}? Best number is {phone}",
    "hey so my car's been with you since {!date} for the timing belt and nobody's called. odometer was {!meter_reading}. reach me on {phone}, acct {customer_number}",
    "Need to move my service appt from {!date} {!time} to next week pls. Reg {=plate}, cell {phone}. Thanks, {=first}",
    "Keys are in the lockbox by the side door, code is {pin}. Car's on the drive at {address}. Please drop it back after",
    "Can you collect the car for servicing? Address: {address}\nMobile: {phone}\nCustomer ref: {customer_number}",
    "Check engine light is back on after the major service on {!date}. Scanner ({!model_number}) shows {!error_code}. Invoice {!invoice_number}, I paid {!amount}!!",
    "Gate code for our building's garage is {pin} if you're bringing it back. Address {address}",
],
"warranty": [
    "Warranty claim: battery on my {=car} died after only {!quantity}. Bought {!year}, agreement no. {customer_number}, claim {!ticket_number}",
    "I paid the {!amount} repair myself, please refund to {iban} (name {=name}). Invoice {!invoice_number}",
    "Extended warranty rejected on part {!product_code} even though it's only done {!meter_reading}. I want to complain. Call me {phone}",
    "You were supposed to ring me back about claim {!ticket_number}. Been waiting {!duration}. Mobile {phone}, home {phone}",
    "Returned the part, tracking {!tracking_number}. Refund to card {card} please, the old one ending {!masked_value} is cancelled",
],
"lease": [
    "Hello, my lease agreement {customer_number} ends on {!date} and I'd like to extend. New address is {address}.",
    "Please update my Direct Debit for the {!amount} monthly rental: new account {iban}. Agreement {customer_number}, DOB {date_of_birth}",
    "Can't log into the lease portal. Username {username}, password {password}, it throws {!error_code}",
    "Damage to the lease car ({=plate}) reported on {!date}, ref {!ticket_number}. Contact me on {phone} or {email}",
    "Personal lease application: {=name}, {address}, born {date_of_birth}, tel {phone}, email {email}. 48 months, {!quantity} a year",
],
"roadside": [
    "Broken down on the M62 near junction 26, membership number {customer_number}. Please call me back on {phone}!!",
    "Car won't start, I'm outside my house {address}. member no {customer_number}. how long will it be?",
    "Patrol came out (job {!ticket_number}) but car needs a garage. My breakdown cover ref {customer_number}. Can you sort a hire car? I'm on {!flight_number} tomorrow",
    "lost my membership card, DOB is {date_of_birth} and address {address}",
    "Tow truck took it to {=brand} and they want {!amount}. Policy {customer_number} should cover it. Call {phone}",
],
"ev": [
    "My charge card ({customer_number}) keeps getting declined at charger {!product_code}. Error {!error_code}. App version {!version_string}",
    "Got logged out of the app and can't get back in. Login: {email} pw: {password}. The text code {otp} doesn't work either",
    "Charging session on {!date} billed twice: {!quantity} for {!amount}. Card no {customer_number}. Please refund to {iban}",
    "Ordered a new RFID card, never arrived. Ship to {address}. Tracking {!tracking_number} says delivered?",
    "pls block my charge card, lost it. number {customer_number}, linked to {email}",
    "I keep getting verification code {otp} but the app asks for another one... username is {username}",
],
"sharing": [
    "Car {=plate} isn't at the bay ({address}). Booking {!order_number}. I need to leave at {!time}!",
    "Scooter won't unlock, app says {!error_code}. But you've charged {!amount} to card {!masked_value}",
    "New card: {card} exp {card_expiry} CVV {cvv}. Can you add it? the app keeps failing",
    "Account suspended after a parking ticket. DOB {date_of_birth}, account ID {customer_number}",
    "Login details: {username} / {password}. Can't start a trip, battery shows {!percentage}",
    "Lockbox code for the shared car doesn't work: {pin}. It's parked at {address}",
],
"charity": [
    "I'd like to cancel my monthly gift of {!amount}. Supporter number {customer_number}. It comes out of {iban}",
    "Please add Gift Aid to my donations. {=name}, {address}. Supporter ref {customer_number}",
    "Can I get a tax receipt for my {!year} donations? Donor ID {customer_number}, email {email}",
    "You've taken {!amount} twice this month from card {card}. Please refund",
    "I've moved, please send the donor newsletter to {address}. Phone {phone}",
    "My receipt doesn't show your {!company_registration}, my accountant needs it. Donor no. {customer_number}",
],
"fundraise": [
    "My fundraising page {!url} isn't showing donations. I log in with {email} and password {password}",
    "The login code you emailed ({otp}) expired already. Page: {!url}",
    "A donor rang my personal number {phone} about my page, how did they get it??",
    "Running the half marathon for {=org}. Raised {!amount} so far, {!percentage} of target! Can payout go to {iban}?",
],
"security": [
    "Someone logged into my account from {ip_address}! I changed my password from {password} to {password}",
    "Got a text with code {otp} but I didn't request anything. Phishing? My account number is {customer_number}",
    "Bearer token for our fleet integration {token} stopped working (request id {!request_id})",
    "We use API key {api_key} for the fleet sync, getting {!error_code} since {!date}",
    "AWS creds the contractor left in the config: access key {api_key} secret {api_key}. Please rotate on your side too",
    "Car's built-in SIM wants a PUK: {puk}. PIN was {pin}",
],
"wallbox": [
    "Home charger ({!model_number}) won't join wifi. Network {=ssid}, password {wifi_key}. Firmware {!version_string}",
    "Installer set static IP {ip_address}, port {!port}. MPAN / supply number {customer_number}",
    "Wifi key for the charger is {wifi_key}. Offline since update {!version_string}. Firmware checksum {!checksum}",
    "Charger reading {!meter_reading} but you only reimbursed {!quantity}. Employer scheme ref {customer_number}",
],
"payment": [
    "Payment failed. Card number {card}, expiry {card_expiry}, CVV {cvv}. Third time trying",
    "Why is {!amount} outstanding? I pay by direct debit from {iban}. Invoice {!invoice_number}",
    "You charged my card {!masked_value} for a rental I didn't make. Order {!order_number}",
    "Card ending {!masked_value} expired, new one is {card} exp {card_expiry}",
],
"public": [
    "{!mention} been on hold {!duration} for roadside assistance. unreal {!hashtag}",
    "{!mention} charger {!product_code} broken AGAIN, {!error_code} on screen {!hashtag}",
    "Shoutout {!mention}, patrol arrived in {!duration} {!hashtag}",
    "{!mention} {!amount} for an MOT and you 'forgot' the {!percentage} discount?",
    "Just gave {!amount} to {!mention}, join me: {!url} {!hashtag}",
    "{!mention} when is the outage from {!date} getting fixed? app {!version_string} keeps crashing",
],
}

US_BODIES = {
"us": [
    "Hi, my car share account got charged {!amount} for a ride I never took. Card on file {card}, exp {card_expiry}. Member ID {customer_number}",
    "For the donation tax receipt please use {=name}, {address}. Your EIN ({!company_registration}) is missing on last year's letter",
    "Dealer service dept: my extended warranty contract {customer_number}, VIN on file. Call me at {phone} after {!time}",
    "AAA member number {customer_number}, stuck on I-90 exit 12, callback {phone}",
],
}

AGENT = [
    "Hi {=first}, sorry about that! Could you DM us your customer number and reg? ^{=initials}",
    "Thanks. I can see account {customer_number:c} and I've raised case {!ticket_number}. You'll hear back within {!duration}. {=agent}",
    "Hi {=macro}, your appointment is booked for {!date} at {!time}. Questions? Call {!company_phone}.",
    "Please never share your password or PIN with us, even by DM. Reset it at {!url}. ^{=initials}",
    "We've refunded {!amount} to the card ending {!masked_value}. Allow {!duration}.",
    "Hi {=first}, your gift will come out of {iban:i} from {!date}. Your supporter number stays {customer_number:c}. Thank you! {=agent}",
    "Is {phone:p} the best number? A patrol will call you shortly. ^{=initials}",
]

GREET = ["Hi,", "Dear Sir/Madam,", "Hello {=brand} team,", "Good morning,", "Hi there,", "Dear {=agent},", "To whom it may concern,", "Hey,"]
CLOSE = ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Cheers,", "Regards,", "Sincerely,", "Thanks in advance,"]
SIG = ["{=name}", "{=name}\n{phone}", "{=name}\n{address}\nMob: {phone}", "{=first}\n\nSent from my iPhone", "{=name} | {phone} | {email}",
       "{=name}\nCell: {phone}", "{=first} {=last}\nAccount: {customer_number:c}", "{=name}\n\nGet Outlook for Android"]
QHEAD = ["On {!date}, at {!time}, {=brand} <support@{=domain}> wrote:", "---------- Forwarded message ---------\nFrom: {=brand} <noreply@{=domain}>\nDate: {!date}\nSubject: Your case {!ticket_number}",
         "On {!date} {=agent} from {=brand} wrote:", "From: {=brand}\nSent: {!date} {!time}\nSubject: RE: case {!ticket_number}"]
DISCLAIM = ["This email is intended solely for the addressee. {=brand} is {!company_registration}.",
            "Please consider the environment before printing this email.",
            "This message may contain confidential information. {!company_registration}",
            "If you received this in error, please delete it and notify the sender."]
AGENT_SIG = ["Kind regards,\n{=agent}\nCustomer Care, {=brand}\n{!company_phone} | {!url}",
             "Best,\n{=agent} - {=brand} Support\nT: {!company_phone}\n{!company_registration}",
             "With thanks,\n{=agent}\nSupporter Care, {=org}\n{!company_phone}",
             "Regards,\n{=agent}, Roadside Team\nAvailable 24/7 on {!company_phone}"]
CHAT_OPEN = ["Hi ", "Hello, ", "hey ", "Morning. ", "Hi there, ", "Evening, "]
CHAT_TAIL = [" Thanks", " cheers {=first}", " thx", " Thanks in advance", "!!", " ta"]

BODIES["misc"] = [
    "Charger listens on {ip_address}:{!port} but the app can't find it. Got text code {otp}, doesn't work. DOB for verification {date_of_birth}",
    "Engineer's coming {!date}. Home wifi: {=ssid} / {wifi_key}. Firmware checksum ({!checksum}) doesn't match the one on your site",
    "Invoice {!invoice_number} is wrong. Parcel with the new card ({!tracking_number}) never arrived. Code {otp}, born {date_of_birth}",
    "Personal access token {token} from the dev portal returns {!error_code}, request id {!request_id}. App {!version_string}",
    "port {!port} is open on my router ({ip_address}) for the wallbox, is that safe? Dashboard username {username}, code from the email {otp}. PUK for the charger SIM: {puk}",
    "Card machine at the dealership: card {card}, valid thru {card_expiry}, security code {cvv}. Order {!order_number}",
    "Parts ordered (invoice {!invoice_number}), shipped {!tracking_number}. Ring me {phone}, DOB {date_of_birth}. Old integration key {api_key} can be deleted",
    "Landed on {!flight_number} at {!time}, the share car ({!model_number}, {!year} reg) won't unlock. SIM PUK {puk}, company API key {api_key}",
    "Donating through the app: one-time code {otp} then it failed at {!percentage}. Account {iban}",
    "New wifi key for the charger: {wifi_key}. Please revoke old token {token}. Version {!version_string}, CVC {cvv}",
]
