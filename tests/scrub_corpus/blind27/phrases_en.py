# English (en-gb / en-us) phrase bank. Same tags as phrases_nl.

P = {}
P["roles"] = [("Customer", "Agent"), ("You", "Support"), ("Me", "Rep"), ("Customer", "Advisor"), ("Visitor", "Agent"), ("You", "Customer Care")]
P["open"] = {
    "telecom": [
        "Hi, my broadband has been down since {N:date}. Router ({N:model_number}) has a flashing red light",
        "hello no signal on my phone since yesterday and it keeps saying {N:error_code}",
        "My SIM got locked after updating to {N:version_string}, what do I do?",
        "Why is my bill {N:amount} this month?? invoice {N:invoice_number}",
        "TV keeps dropping out, fault ref {N:ticket_number} open since {N:date}",
        "I want to keep my number when I switch, can that be done before {N:date}?",
        "hey cant log into the app, version {N:version_string}, getting {N:error_code}",
        "Engineer was meant to come at {N:time} and nobody turned up",
        "Good morning, got a new phone and the eSIM won't activate (error {N:error_code})",
        "I upgraded to {N:qty_data} and the speed is worse than before",
    ],
    "energy": [
        "Hi, my direct debit went up to {N:amount} but my meter reading is only {N:meter_reading}",
        "I'm moving house on {N:date} and want to take my tariff with me",
        "My annual statement is wrong, bill {N:invoice_number}, I used {N:percentage} less",
        "My smart meter hasn't sent readings since {N:date}, it's a {N:model_number}",
        "Why have I got a reminder for {N:amount}? I paid on {N:date}",
        "I submitted my readings ({N:meter_reading}) but they're not showing",
        "The engineer was booked for {N:time} and never came. Job ref {N:ticket_number}",
        "I want to lower my monthly payment, currently {N:amount}",
    ],
    "banking": [
        "Hi, the cash machine kept my card on {N:date} at about {N:time}",
        "There's a payment of {N:amount} I don't recognise!!",
        "Can't get into the app after update {N:version_string}, error {N:error_code}",
        "My card is declined abroad, code {N:error_code}",
        "I've been scammed on Facebook Marketplace, sent {N:amount}. What now?",
        "I'd like to raise my daily limit to {N:amount}",
        "my replacement card still hasn't arrived, ordered on {N:date}",
        "Got a text saying my account is frozen, is that really you?",
    ],
    "webshop": [
        "Hi, my order {N:order_number} still hasn't arrived. Tracking {N:tracking_number}",
        "I ordered {N:qty_items} and only got one. Order {N:order_number}",
        "Returned it on {N:date} and still no refund of {N:amount}",
        "Payment failed ({N:error_code}) but the money left my account, order {N:order_number}",
        "Item {N:product_code} arrived broken",
        "where is my parcel?? {N:tracking_number} hasn't moved in 3 days",
        "I need to change the delivery address for order {N:order_number}",
        "The {N:percentage} discount code doesn't work at checkout",
    ],
    "dev": [
        "Hi, our shop has been getting {N:error_code} from the payments API since {N:date}, request id {N:request_id}",
        "The webhook to port {N:port} never arrives, plugin {N:version_string}",
        "Our integration returns {N:error_code} when creating a charge. Request-ID: {N:request_id}",
        "Testing the API with curl, getting {N:error_code}. sha256 of the SDK zip is {N:checksum}",
    ],
}
P["ack"] = [
    "Hi {FIRST}, sorry to hear that! Let me take a look.",
    "Good afternoon, you're chatting with {AGENT}. Happy to help.",
    "Hello! {AGENT} from {BRAND} here. I've logged this as {N:ticket_number}.",
    "Thanks for reaching out, let me look into it 🙂",
    "Hi {FIRST}, apologies for the trouble. One sec.",
    "I can help with that. First I need to verify a few details.",
    "Morning! That's not right, let me check.",
    "Hey, that's annoying. Let's get it sorted.",
]
P["ask"] = {
    "customer_number": ["What's your account number?", "Could I take your customer number please?", "Can you send your account no.? It's at the top of your bill.",
                        "Which account number is the contract under?", "Can you confirm your customer reference?", "What's your membership number?"],
    "date_of_birth": ["Can you confirm your date of birth?", "For security, what's your DOB?", "Could you please confirm your date of birth?",
                      "And your date of birth?", "What's the account holder's date of birth?", "To verify: date of birth please"],
    "phone": ["What's the best number to reach you on?", "What's your mobile number?", "Which phone number is on the account?",
              "Can I get a callback number?", "Which mobile number is affected?", "Can you send your number and we'll call you back"],
    "email": ["What's your email address?", "Which email should we send the confirmation to?", "What email do you use to log in to My {BRAND}?",
              "Could I take your email please?", "Where should we email the invoice?", "What's the email on the account?"],
    "address": ["What's the address of the property?", "Can I have your postcode and house number?", "What's your address?",
                "What's the new address?", "Where should we send the replacement?", "What's the delivery address?"],
    "iban": ["What's the IBAN we should debit?", "Which account should the refund go to?", "Could you send your IBAN for the refund?",
             "Which bank account should we pay it into?", "What account is on the mandate?", "Can you send your IBAN?"],
    "card": ["What's the long card number?", "Which card did you pay with? Full number please", "Can you give me the card number?",
             "Which card was used (number)?", "Could I take the credit card number?", "What's the number on the front of the card?"],
    "cvv": ["And the CVV on the back?", "What's the security code (3 digits)?", "Could I also have the CVC?",
            "The 3 digits on the back?", "What's the card verification code?", "I still need the cvv"],
    "card_expiry": ["What's the expiry date?", "When does the card expire?", "And the valid thru date?",
                    "What month/year does it say under 'expires'?", "Could I have the expiration date?", "Expiry?"],
    "pin": ["What's the PIN for your SIM?", "Which PIN did you set?", "Do you remember the card PIN?",
            "What's the alarm code?", "What's your voicemail PIN?", "What passcode did you set for the app?"],
    "puk": ["Do you have the PUK code? It's on the plastic card the SIM came in", "What's the PUK printed on the SIM holder?", "Could you read out the PUK?",
            "Is there a PUK on the SIM card holder? Which one?", "What's the PUK2?", "Could I get the unblocking code for the SIM?"],
    "otp": ["I've sent you a text code, what is it?", "You'll get a verification code by SMS now, could you read it out?", "What's the code in the email?",
            "Can you tell me the 6-digit code you just got?", "What confirmation code do you see in the app?", "You'll get a one-time passcode shortly, send it over"],
    "password": ["Which password did you try?", "What was the temporary password you got?", "What's the admin password on the router?",
                 "What password are you logging in with?", "What did you set as the new password?", "What does the sticker say next to 'password'?"],
    "wifi_key": ["What's the wifi key on the bottom of the router?", "Which network key are you using?", "What's the wifi password?",
                 "Could you read out the WPA key?", "What's next to 'Wireless key'?", "What password does your network {SSID} have?"],
    "username": ["What's your username?", "Which login name do you use?", "What's your user ID?",
                 "Which account name are you using?", "What login is it under?", "What's the gamertag on the account?"],
    "api_key": ["Which API key are you using? A test key is fine", "Could you send the API key configured in the plugin?", "What key is in your config?",
                "What's the secret key from the dashboard?", "Send over the key you're using", "Which access key ID are you on?"],
    "token": ["Can you send the access token you're passing?", "What bearer token is in the header?", "What's the token from the error?",
              "Send the personal access token please", "What's your session token?", "Which token does the app return?"],
    "ip_address": ["What's your IP address?", "Which IP is the traffic coming from?", "What external IP do you see on the status page?",
                   "Could I have your public IP?", "Which IP should we whitelist?", "Can you check your IP on whatismyip?"],
    "bsn": ["What's your BSN (Dutch citizen service number)?", "Could I have your BSN to check?", "Which BSN is on your Dutch ID?",
            "For the credit check we need your BSN", "Can you give me your burgerservicenummer?", "BSN of the applicant?"],
}
P["ans"] = ["{V}", "yes {V}", "it's {V}", "{V}.", "its {V}", "sure, {V}", "{V} 👍", "ok: {V}", "um {V}", "here: {V}",
            "{V} I think", "It is {V}", "{V} cheers", "yep {V}", "{V}!", "hang on.. {V}"]
P["stall"] = ["one sec", "hang on let me find it", "brb looking", "where do I find that?", "just checking my email", "gimme a min"]
P["corr1"] = ["{W}", "{W} I think", "it's {W}", "{W}."]
P["corr2"] = ["sorry typo, {V}", "no wait it's {V}", "oops {V} I mean", "correction: {V}", "sorry, it's {V} not {W}", "*{V}"]
P["split1"] = ["{P1}", "starts with {P1}", "{P1}...", "first bit {P1}"]
P["split2"] = ["{P2}", "then {P2}", "rest is {P2}", "...{P2}"]
P["dict"] = ["{V}", "spelling it out: {V}", "{V} (reading it off)", "digits: {V}"]
P["vol"] = {
    "customer_number": ["my account number is {V}", "acct no {V}", "Customer number: {V}", "{V} is my account number btw"],
    "date_of_birth": ["born {V}", "my DOB is {V}", "Date of birth: {V}", "{V} if you need my birthday"],
    "phone": ["call me on {V}", "my number is {V}", "Tel: {V}", "you can reach me at {V}"],
    "email": ["my email is {V}", "send it to {V}", "Email: {V}", "my account is {V}"],
    "address": ["I live at {V}", "address is {V}", "Delivery address: {V}", "it's for {V}"],
    "iban": ["my IBAN is {V}", "refund it to {V}", "IBAN: {V}", "account {V} in the name of {NAME}"],
    "card": ["I paid with {V}", "card number {V}", "my visa is {V}", "card: {V}"],
    "cvv": ["cvv {V}", "the code on the back is {V}", "CVC: {V}", "security code {V}"],
    "card_expiry": ["valid till {V}", "expiry {V}", "exp {V}", "expires {V}"],
    "pin": ["my pin is {V}", "pin {V} doesn't work anymore", "I set the code to {V}", "alarm code is {V} for the engineer"],
    "puk": ["the puk is {V}", "PUK: {V}", "card says puk {V}", "puk code {V} but it says invalid"],
    "otp": ["I got code {V}", "the text code is {V}", "verification code {V} doesn't work", "code from the email: {V}"],
    "password": ["my password is {V}", "pw is {V}", "I set {V} as the password", "the temp password {V} isn't working"],
    "wifi_key": ["the wifi key is {V}", "network key: {V}", "wifi pw {V}", "wpa key {V}"],
    "username": ["my username is {V}", "login {V}", "I log in as {V}", "user: {V}"],
    "api_key": ["our key is {V}", "API key: {V}", "we're using {V}", "the key in the plugin is {V}"],
    "token": ["the token is {V}", "Authorization: Bearer {V}", "token: {V}", "the app gave me this token: {V}"],
    "ip_address": ["my ip is {V}", "our server IP is {V}", "external IP: {V}", "traffic comes from {V}"],
    "bsn": ["my BSN is {V}", "BSN: {V}", "citizen service number {V}", "bsn {V} it's on my residence permit too"],
}
P["echo"] = ["Thanks, I've noted {V}.", "Great, {V} matches.", "I can see {V} on the system, is that right?", "So {V}, correct?",
             "Ok, I'll enter {V}.", "Noted: {V}", "Perfect, {V} is on file.", "Let me check {V}."]
P["mask"] = ["Thank you. I can see an account with {M}, that matches.", "Great, ending in {M} then.", "I've found {M}.", "We have {M} on file, is that still current?",
             "Just to confirm: {M}", "That's {M}, right?"]
P["thanks"] = ["Thanks!", "Great, thank you.", "Thank you, one moment.", "Got it.", "Ok, checking now.", "Cheers, looking.", "Perfect, bear with me.", "Found it!"]
P["warn"] = {
    "pin": ["Please never share your PIN, not even with us. I don't need it.", "You don't need to give us your PIN!"],
    "password": ["Please don't send your password in chat, I don't need it.", "We'll never ask for your password."],
    "cvv": ["You never need to share the CVV.", "We don't need the code on the back of your card."],
    "otp": ["Never share the code from the text with anyone, including our staff.", "Don't give that code out, scammers ask for those."],
}
P["refuse"] = ["not sending that over chat tbh", "rather not, is there another way?", "is this even secure?", "no sorry that feels off"]
P["note"] = [
    "Internal note: cx verified with DOB {S:date_of_birth} and postcode. Ticket {N:ticket_number}.",
    "Note: acct {S:customer_number}, call back on {S:phone} after {N:time}.",
    "Internal note: router {N:model_number} fw {N:version_string}, error {N:error_code}. Cust {S:customer_number}.",
    "Note: IBAN changed to {S:iban}, confirmation sent to {S:email}.",
    "Internal note: new card ordered, old card {M} cancelled. Ref {N:ticket_number}.",
    "Note: reading {N:meter_reading} entered for account {S:customer_number}, address {S:address}.",
]
P["handover"] = [
    "Handover: {NAME}, acct {S:customer_number}, tel {S:phone}. Fault {N:ticket_number} still open, router {N:model_number}.",
    "Escalation to tier 2: cust {S:customer_number} (DOB {S:date_of_birth}) wants refund of {N:amount} to {S:iban}.",
    "Handover: ID&V passed ({S:date_of_birth}), email {S:email}. Awaiting tracking {N:tracking_number}.",
    "Summary for next shift - callback on {S:phone}. Address {S:address}. Invoice {N:invoice_number} disputed.",
]
P["bot"] = [
    "🤖 Hi {first_name}! Your verification code is [CODE]. Don't share it with anyone.",
    "Automated message: thanks for getting in touch. Your case number is {case_id}. We reply within {N:qty_time}.",
    "Bot: Please enter your account number: <account_number>",
    "[Bot] Your order {order_number} has shipped. Track it at {N:url}",
    "Welcome to {BRAND}! Reply 1 for faults, 2 for billing. Or call us on {N:company_phone}.",
    "Auto-reply: our team is available until {N:time}. Your position in the queue: {N:qty_pos}",
]
P["sms"] = ["Your {BRAND} verification code is {V}. Do not share this code.", "{V} is your {BRAND} login code. Valid for 10 mins.",
            "Code: {V}\n\nDon't share it!", "{BRAND}: use {V} to confirm your change."]
P["filler_c"] = [
    "I rang {N:company_phone} at {N:time} and nobody picked up", "this is the {N:qty_ord} time this year", "screenshot here {N:url}",
    "I'm paying {N:amount} a month for nothing", "ref {N:ticket_number} was already raised", "my {N:model_number} is only from {N:year}",
    "app version {N:version_string} fwiw", "I fly out {N:date} on {N:flight_number} so need it fixed before then",
]
P["filler_a"] = [
    "You can track the status at {N:url}.", "I've booked an engineer for {N:date} from {N:time}.",
    "You'll get {N:amount} back within 5 working days.", "Your reference is {N:ticket_number}.",
    "Feel free to call {N:company_phone} if it happens again.", "I've applied {N:percentage} off your next bill.",
    "The new firmware {N:version_string} fixes this.", "Your parcel's tracking number is {N:tracking_number}.", "I've passed this on to the right team.", "If it still fails, call {N:company_phone} and pick option 2.",
]
P["close_c"] = ["great thanks!", "Thank you so much!", "ok cool", "ta 👍", "Brilliant, thanks for the help", "ok keep me posted"]
P["close_a"] = ["You're welcome! Have a great day.", "All the best! {AGENT}", "Have a good evening!", "If there's anything else, just message us. ^{AGENT}",
                "Happy to help, bye for now!", "I'll close the chat now. Take care!"]
P["email"] = {
    "subj": ["Broadband fault", "Query about bill {N:invoice_number}", "Refund for order {N:order_number}", "Change of details",
             "Complaint", "RE: your case {N:ticket_number}", "Moving house", "Card blocked"],
    "hi_c": ["Dear {BRAND},", "Dear Sir/Madam,", "Hi,", "Hello there,"],
    "hi_a": ["Dear {FIRST},", "Dear Mr/Ms {LAST},", "Hi {FIRST},", "Dear customer,"],
    "sig_c": ["Kind regards,\n{NAME}", "Thanks,\n{FIRST}", "Best,\n{NAME}", "Regards,\n\n{NAME}"],
    "sig_a": ["Kind regards,\n\n{AGENT}\nCustomer Services, {BRAND}", "Best,\n{AGENT} | {BRAND}", "Many thanks,\n{AGENT}\nTeam {BRAND}\nT {N:company_phone}",
              "Warm regards,\n{AGENT} – {BRAND} Support", "Cheers,\n{AGENT}", "Kind regards,\n{AGENT}, {BRAND}\nCall us on {N:company_phone} (Mon-Fri)"],
    "quote": ["On {QDATE} at {QTIME}, {WHO} wrote:", "On {QDATE}, {QTIME}, {WHO} wrote:", "{WHO} wrote on {QDATE} {QTIME}:",
              "-----Original Message-----\nFrom: {WHO}\nSent: {QDATE} {QTIME}"],
    "body_c": [
        "I emailed before but haven't had a reply. The problem is still there.",
        "As discussed on the phone, here are the details you asked for.",
        "It's really frustrating how long this is taking. I pay every month.",
        "Please send me written confirmation of the change.",
    ],
    "body_a": [
        "Thank you for your email. We have checked your details.",
        "Apologies for the delay in getting back to you.",
        "To help you further we need a few more details.",
        "We're now looking into your request.",
    ],
}
P["public"] = [
    "{N:mention} {N:qty_time} without internet and nobody is helping {N:hashtag}",
    "{N:mention} why is my bill {N:amount} more than last month?? {N:hashtag}",
    "{BRAND} my parcel {N:tracking_number} is lost. Ring me on {S:phone}",
    "{N:mention} account {S:customer_number}, been waiting since {N:date}",
    "{N:mention} outage in {CITY}? {N:hashtag}",
    "how is your app ({N:version_string}) still throwing {N:error_code} {N:mention}",
    "{N:mention} just email me at {S:email}, I'm done",
    "That's the {N:qty_ord} time order {N:order_number} is late {N:mention}",
]
P["public_reply"] = [
    "Hi! Sorry about that. Can you DM us your account number? Please don't share details publicly 🙏 ^{AGENT}",
    "We'd hate for that to happen! Let's chat in DM. ^{AGENT}",
    "Hi, we've hidden your number for your privacy. Please send us a private message. ^{AGENT}",
    "Sorry for the wait! Check our status page: {N:url} ^{AGENT}",
]
P["public_reply_echo"] = ["Hi! We'll call you on {S:phone}. ^{AGENT}", "We've emailed you at {S:email} ^{AGENT}"]
P["channel_hdr"] = {
    "dm_paste": ["pasting my chat with {BRAND} below:", "this was the chat yesterday:", "Copy of the chat:", "see below what the agent said"],
    "agent_reply": ["Reply to customer:", "Reply sent:", "Message to customer", "Draft reply:"],
}
