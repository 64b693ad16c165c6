"""English templates shared by en-gb and en-us (values are localised)."""
T = {}
T["chat", "gym"] = [
    "hi, can't log into the {f_brand} app anymore. username {user}, password {password}. keeps saying error {n_error}",
    "Hello, I'd like to cancel my membership from {n_date}. Member no. {cust}. Please stop the direct debit from {iban}",
    "Locker code isn't working?? I set it to {pin}, locker 112 in the men's changing room",
    "Signing my son up for the under-12s:\nName: {f_name}\nDOB: {dob}\nAddress: {addr}\nParent mobile: {phone}",
    "Just got a text with login code {otp} from {f_brand} and I didn't request anything!! has my account been hacked? email is {email}",
    "Lost my key fob. Membership number {cust}, date of birth {dob}. Can I pick up a new one at the {f_city} club? It's {n_amount} right?",
    "What's the wifi password in the studio now? {f_ssid} with {wifi} stopped working on {n_date}",
    "Gate code for the car park is {pin} isn't it? Session starts at {n_time} and {n_qty} of us are stuck outside lol",
    "You've put the fees up by {n_pct} without telling anyone. Account {cust}. I want a refund to card {card}, expiry {exp}",
    "reset my password, new one is {password} but the app ({n_version}) still says invalid login. Login email: {email}",
]
T["chat", "vet"] = [
    "Morning, I'd like to book {f_pet} in for boosters. Client number {cust}, mobile {phone}.",
    "Invoice {n_invoice} for {n_amount} was taken twice from my account {iban}. Can you refund one please?",
    "We've moved house, new address is {addr}. Could you update {f_pet}'s records? Client no {cust}",
    "Can't get into the pet portal. user: {user} / pass: {password}. Get message {n_error}",
    "I got a code {otp} by email to pay for the op ({n_amount}) but it's expired, can you send another?",
    "We're flying with {f_pet} on {n_flight} on {n_date}. Will the pet passport be ready? Mobile {phone}, email {email}",
    "Card machine wouldn't take my card at reception. Card number {card}, exp {exp}, security code {cvv}. Can you just charge it?",
    "EMERGENCY dog ate grapes, on our way now, call me back on {phone}. We're at {addr}",
    "Can I pay the {n_amount} in instalments? Sort code & acc: see IBAN {iban}, client ref {cust}. Thanks, {f_name}",
]
T["chat", "bike"] = [
    "My cycle-to-work bike ({n_model}) has a puncture. Agreement number {cust}, I'm at {addr} right now. Can someone come out?",
    "the e-bike app is asking for a PIN for the lock. tried {pin} but it's wrong. Firmware {n_version}",
    "BIKE STOLEN. policy number {cust}, reported to police on {n_date}, crime ref {n_ticket}. ring me on {phone}",
    "Order {n_order} still hasn't arrived. Tracking {n_track} hasn't moved in 4 days.",
    "Please refund the {n_amount} deposit to {iban}, account name {f_name}.",
    "Should I log in with {email} and password {password}? Your employer portal says my account doesn't exist.",
    "Service booked for {n_date} at {n_time}. Employee ID {cust}. Collection from {addr} please, bike's in the shed (lock code {pin})",
    "Battery ({n_product}) won't charge, warranty runs until {n_year}. My number is {phone}",
    "I want to buy the bike at the end of the lease. Agreement {cust}, residual value {n_amount}. Can I pay by card {card} exp {exp}?",
]
T["chat", "move"] = [
    "We're moving on {n_date} from {addr.1} to {addr.2}. Rough quote? 3-bed house, around {n_qty}. Phone {phone}",
    "Key safe at the new place is {pin}, your guys can get in from {n_time}.",
    "Quote {n_invoice} is wrong, it says {n_amount} but we agreed less. Customer ref {cust}.",
    "Wardrobe damaged during the move. Claim {n_ticket}. Photos emailed. Please pay compensation to {iban}",
    "Code for the service lift is {pin}#, buzz {f_name} on the 3rd floor",
    "can you also take the piano? collection: {addr}, delivering to my mum's. my number {phone}, email {email}",
    "Paid the {n_pct} deposit by card ending {n_masked} but no confirmation yet. Booking {n_order}, account {cust}",
]
T["chat", "plumb"] = [
    "Boiler showing fault {n_error}. It's a {n_model}. Address {addr}, I'm in from {n_time}. {phone}",
    "Leak under the sink!! I rent, tenancy ref {cust}. Key's in the key safe by the door, code {pin}",
    "Engineer didn't turn up on {n_date}. Job sheet {n_ticket}. I want the {n_amount} call-out fee refunded to {iban}",
    "Smart thermostat won't connect to wifi. Network {f_ssid}, key {wifi}. Thermostat on {n_version}.",
    "Gas meter reading {n_meter} (photo attached). Meter point ref / MPRN {cust}",
    "Service plan {cust}: engineer can come at {n_time}, alarm code is {pin}, then {pin.2} on the side gate",
    "Can you call me back on {phone}? Radiators stay cold, boiler's a {n_model} from {n_year}.",
]
T["chat", "phone"] = [
    "SIM's locked after 3 wrong PINs. Is the PUK {puk}? Account number {cust}, number {phone}",
    "Bought a {n_model} from your {f_city} store but forgot the passcode. Was {pin} I think. Now what?",
    "not getting the PAC/porting code text, my number is {phone}. Order no {n_order}",
    "Upgrade please: account {cust}, DOB {dob}, pay by card {card} exp {exp} cvv {cvv}. The {n_amount}/month plan.",
    "Phone's in for repair. Passcode {pin} and Apple ID {email}, password {password}. Need it back asap for work",
    "My bill is {n_amount} more than usual, invoice {n_invoice}. That's {n_pct} up on last month!",
    "SIM PIN: {pin}\nPUK: {puk}\nNumber: {phone}\nCan someone activate my new eSIM?",
    "Your router, admin password {password} doesn't work, logging in gives {n_error}",
]
T["chat", "tech"] = [
    "We (the running club) sync our member database to your API. Key {apikey} returns {n_error} since {n_date}. Request ID {n_req}",
    "My account got blocked from IP {ip}, I'm literally at home. Username {user}",
    "Dev here: webhook to port {n_port} fails, bearer token {token} should be valid until {n_date}.",
    "AWS creds we were given for the booking export: access key {apikey} secret {apikey.2} — are these still active? Error {n_error}",
]
T["public", "any"] = [
    "{n_mention} been waiting 3 weeks for a reply on {n_ticket}!! {n_hashtag}",
    "{n_mention} you took {n_amount} after I cancelled on {n_date}. Call me: {phone}",
    "Brilliant service from {n_mention}, sorted in a day 👍 {n_hashtag} {n_hashtag}",
    "{n_mention} how do I actually reach you? {n_cphone} rings out and the chat at {n_url} is broken",
    "@{f_brand} email me at {email}, not discussing this in public",
    "{n_mention} engineer was due between {n_time} and {n_time.2}. No-show. Address is {addr} in case you lost it 🙄",
    "Given my account number ({cust}) 4 times now {n_mention}, what more do you want?!",
    "{n_mention} outage? app throws {n_error} on login {n_hashtag}",
    "Parcel {n_track} 'at depot' for a week {n_mention} {n_hashtag}",
    "Anyone else at {n_mention} getting a {n_pct} price rise from {n_year}? {n_hashtag}",
    "{n_mention} DM'd you, please ring me back on {phone}",
    "Bike service at {n_mention} {f_city} = 2 weeks wait. Great. {n_hashtag}",
]
T["agent", "any"] = [
    "Hi {f_first}, sorry you can't log in! I've checked your account ({cust}) and reset your password. You'll get an email at {email}. Thanks, {f_agent}",
    "Thanks for your message. I can see the double charge of {n_amount} and have refunded it to {iban}. Allow 3 working days. ^{f_init}",
    "Hi! Please never share your password in chat. I've blocked the login you sent ({password}) straight away. Set a new one at {n_url}. {f_agent}",
    "Hi, we've updated your address to {addr} on account {cust}. From {n_date} all post goes there. ^{f_init}",
    "Morning, the engineer will be with you on {n_date} between {n_time} and {n_time.2}. They'll call {phone} beforehand. Questions? Ring {n_cphone}. Kind regards, {f_agent}",
    "Could you DM us your account number and postcode? Then we'll take a look! ^{f_init}",
    "Hi! Your PUK code is {puk}. Note: after 10 wrong attempts the SIM is permanently blocked. Cheers, {f_agent}",
    "We've logged this as {n_ticket}. The {n_amount} compensation will be paid to {iban} in the name of {f_name}. Have a good day! {f_agent}",
    "Hi {f_first}, you're welcome! Credit note {n_invoice} has been sent to {email}. Our company number is {n_reg} if you need it. ^{f_init}",
    "Hello {{first_name}}, your verification code is [CODE]. Don't share it. — apologies, wrong macro! Your code is {otp}. {f_agent}",
    "I can see your card ending {n_masked} was declined. Please try again or pay via {n_url}. Thanks, {f_agent}",
    "Thanks for confirming. We'll call you tomorrow between {n_time} and {n_time.2} on {phone}. ^{f_init}",
]
EMAIL = {
    "greet": ["Dear {f_brand},", "Dear Sir/Madam,", "Hi,", "Good afternoon,", "To whom it may concern,", "Hi team,",
              "Hello there,", "Hey,"],
    "close": ["Kind regards,", "Thanks,", "Best,", "Many thanks!", "Regards,", "Cheers,", "Best wishes,", "Sincerely,"],
    "sig": ["{f_name}\n{phone}", "{f_name}\n{addr}\nT: {phone}", "{f_first}\n\nSent from my iPhone",
            "{f_name}\nMob: {phone}\nEmail: {email}", "{f_name}", "{f_first} {f_last}\nAccount no. {cust}",
            "{f_name}\n{addr}", "--\n{f_name} | {phone}"],
    "quote": ["On {n_date} at {n_time}, {f_brand} Customer Care wrote:", "On {n_date}, {f_agent} ({f_brand}) <support> wrote:",
              "-----Original Message-----\nFrom: {f_brand}\nSent: {n_date} {n_time}\nSubject: RE: your query {n_ticket}",
              "{f_agent} from {f_brand} wrote on {n_date}:"],
    "fwd": ["---------- Forwarded message ---------\nFrom: {f_name} <{email}>\nDate: {n_date}\nSubject: {f_brand}\nTo: support",
            "Begin forwarded message:\n\nFrom: {f_name} <{email}>\nDate: {n_date} at {n_time}\nSubject: Fwd: appointment"],
    "disc": ["This email and any attachments are confidential and intended solely for the addressee. If you received it in error, please delete it.",
             "Please consider the environment before printing this email.",
             "{f_brand} Ltd, registered in England and Wales, company no. {n_reg}.",
             "This message has been scanned for viruses."],
    "agentsig": ["Kind regards,\n{f_agent}\nCustomer Care, {f_brand}\nT {n_cphone} | {n_url}",
                 "Thanks,\n{f_agent} | {f_brand}\nLines open Mon-Fri on {n_cphone}",
                 "Best wishes,\n{f_agent}\n{f_brand} — Reg. no. {n_reg}",
                 "Team {f_brand}\n{n_cphone}\n{n_url}"],
}
T["chat", "otp"] = [
    "The code I got is {otpw}, reading it off my screen",
    "text says 'Your {f_brand} verification code is {otp}. Never share this code.' but the app won't take it",
    "spelling it out: {otpw}. Right?",
    "Verification: {otp} (valid 10 min) -- forwarded from my wife's phone ({phone})",
]
T["chat", "mixed"] = [
    "For the new membership: born {dob}, living at {addr}. Monthly payment from {iban}.",
    "details for sign-up -> DOB {dob} / address {addr} / account {iban}",
    "Since updating to {n_version} the app logs me out. My IP is {ip}, port {n_port}, request {n_req}",
    "App {n_version} keeps crashing, could it be my IP ({ip})? Support asked for the request ID: {n_req}, connecting on port {n_port}",
    "There's a charge on card {n_masked} but that's not mine. My card is {card} (expires {exp}).",
    "Receipt shows {n_masked}, my card is {card} exp {exp}. That's not right?",
    "Dev for our club site here. Token: {token} — checksum of the export was {n_checksum}. What's wrong?",
    "Our integration token {token} is rejected, file with hash {n_checksum} arrived fine though",
    "Flight {n_flight} on {n_date} with the dog. Crate part {n_product} ordered in {n_year}. My number {phone}",
    "Travelling with the cat on {n_flight}, need the passport ready for {n_date}. Already have item {n_product} from {n_year}. Call {phone}",
]
EMAIL["intro"] = [
    "I've been a customer since {n_year} and always been happy, but I'm genuinely stuck now. I've rung twice and got cut off both times after waiting ages.",
    "Following our phone call on {n_date}, here are the details you asked for. Sorry it's a bit late, it's been a hectic week with the kids and work.",
    "I'm emailing because the chat on your website doesn't work and I've been on hold on {n_cphone} for 45 minutes. Hopefully you can sort this by email.",
    "I sent a message last week but haven't heard anything back, so I'm trying again. The issue is as follows.",
]
T["chat", "mixed"] += [
    "SIM's locked. PUK on the card holder says {puk}. Home wifi ({f_ssid}, key {wifi}) is playing up too. My account login: {user}",
    "puk {puk} doesn't work?? and the router: network key {wifi}, username {user}",
]
