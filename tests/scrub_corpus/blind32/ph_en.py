# -*- coding: utf-8 -*-
"""English phrasings (shared by en-gb and en-us; key@gb / key@us are variants)."""

P = {}

P["greet_c"] = ["Hi", "Hello", "Hey there", "Good afternoon,", "hiya", "Hi, quick question", "Morning", "Hello?", "hey"]
P["greet_c@us"] = ["Hey y'all", "Hi there", "Good morning", "Yo", "Hi, hoping you can help"]
P["greet_c@gb"] = ["Alright", "Hiya", "Evening all", "Hi there, hope you're well", "Morning both"]
P["greet_a"] = [
    "Hi {name}, you're chatting with {agent} from {brand}. How can I help today?",
    "Hello! My name is {agent}, thanks for reaching out to {brand}.",
    "Hi {name}, thanks for your message. I'm {agent} and I'll be helping you today.",
    "Hey {name}! {agent} here from the social team 😊",
    "Good afternoon, you're speaking with {agent}. I've got your query in front of me.",
    "Hi {name}, thanks for holding! I'm {agent}.",
    "Hello and welcome to {brand} support, this is {agent}. What can I do for you?",
]
P["close_c"] = ["Great, thank you!", "Thanks so much {agent}!", "ok cool", "Thanks for the help, have a good day",
                "It works now 👍", "Ok I'll wait then", "Thanks, you too", "Finally. Thanks", "cheers", "ty"]
P["close_c@gb"] = ["Cheers, you're a star", "Brilliant, ta very much", "Lovely, thanks"]
P["close_c@us"] = ["Awesome, thanks!", "Appreciate it", "Thanks a bunch"]
P["close_a"] = ["You're welcome! Have a great day.", "Glad that's sorted. Take care, {agent}",
                "If there's anything else, just let us know!", "I'll close this chat now. You'll get a quick survey shortly.",
                "Have a lovely weekend!", "Everything is logged under case {ticket_number}. Have a good evening!",
                "Thanks for your patience and sorry for the trouble."]
P["ack_a"] = ["Thanks, let me take a look.", "Great, one moment.", "Got it, I'll look that up for you.",
              "Thank you! Checking our system now.", "Received 👍", "Ok, I can see your account now.", "Thanks, on it."]
P["fill_c"] = ["still here", "??", "hello?", "ok", "Any update?", "sorry was afk", "hang on, doorbell", "yes", "now what?",
               "this is taking ages", "huh", "ok and then?"]
P["fill_a"] = ["Just a moment please.", "I'm still here, the system is a bit slow today.", "Thanks for your patience!",
               "Let me check with a colleague.", "Are you still there, {name}?", "I've escalated this to our second line team.",
               "Sorry for the delay, we're very busy."]
P["stall_c"] = ["one sec, looking for it", "I need to check on my other phone", "hang on it's in the drawer",
                "erm where do I find that?", "let me ask my husband", "I wrote it down somewhere, sec", "hold on, getting my glasses"]
P["stall_a"] = ["No rush, I'll wait.", "Take your time.", "It's usually in the top right of your bill.", "Sure, just let me know when you have it.",
                "No problem, I'll stay in the chat.", "You can also find it in the app under Profile."]
P["refuse_c"] = ["I'd rather not send that over chat tbh", "Do you really need that? Doesn't feel very safe",
                 "can't I give that over the phone instead?", "I don't have that on me right now", "No sorry, not giving that out on here"]
P["refuse_a"] = ["Totally fine. You can also call us on {company_phone} and a colleague will verify you.",
                 "Understood! Log in via {url} and you can change it yourself.",
                 "No problem, I'll send you a secure link by email instead.",
                 "Good call. We'll never ask for your PIN, only your account number.",
                 "Fair enough. I've opened case {ticket_number} and we'll call you back."]
P["echo_mask_a"] = ["Thanks, I can see the number ending in {vm}.", "Found it: {vm}, is that right?", "I've noted {vm}.",
                    "Just to confirm, that's {vm}?", "Our system shows {vm} on file.", "Confirmed: {vm} is registered with us."]
P["echo_leak_a"] = ["Thanks, I've noted {v}.", "Just checking: {v}, correct?", "Let me try {v}.", "Ok, {v} has been entered.",
                    "You gave {v} but that comes back with an error.", "So {v}? I'll update it."]
P["mismatch_a"] = ["Hmm, that doesn't match what I have here. Could you double check?", "I'm afraid I can't find those details.",
                   "That doesn't look right, maybe a typo?", "No match on my end, might you have a different account?"]
P["ans_c"] = ["{v}", "{v}", "it's {v}", "{v} I think", "That's {v}", "here: {v}", "umm {v}", "{v} pretty sure", "{v}!",
              "{v} right?", "should be {v}", "its {v}"]
P["late_c"] = ["oh and that code from before: {v}", "Sorry only just saw this. {v}", "found it: {v}", "{v} <- that's what you asked for",
               "btw re your question, {v}", "Forgot to send it earlier: {v}", "Going back to what you asked a minute ago: {v}"]
P["corr_c"] = ["sorry typo, it's {v} not {w}", "wait, {w} is wrong. It should be {v}", "oops, I meant {v}",
               "correction: {v} (not {w})", "no it's {v}, the other one ({w}) was my old account", "Sorry, mistyped: {v}"]
P["askg_a"] = ["Could I take your {what}?", "What's your {what}?", "Could you send over your {what}?",
               "To verify you, I'll need your {what}.", "Can you pop your {what} in here?", "Would you mind sharing your {what}?"]

P["open:login"] = ["I can't get into my {brand} account, it keeps saying 'incorrect details'",
                   "I forgot my password and the reset email never arrives", "My account got locked after too many attempts. Error {error_code}",
                   "Since the app update ({version_string}) I can't log in", "I think someone else logged into my account, got an alert at {time}",
                   "Been unable to sign in to My {brand} all week"]
P["open:otp"] = ["I'm not getting the text code to log in", "the verification code doesn't work, it says 'code expired'",
                 "Got a new phone and now two-factor doesn't work anymore", "Why do I keep getting codes when I'm not trying to log in??",
                 "The app keeps asking for a confirmation code but nothing comes to my email",
                 "It wants an activation code to link the app, where do I get that?"]
P["open:wifi"] = ["Got a new router ({model_number}) but the wifi isn't working", "internet keeps dropping, the light is flashing orange",
                  "I don't know the wifi password for my router any more, it's not on the sticker",
                  "My laptop won't connect to {ssid}, but it connects to my phone hotspot fine",
                  "Since the outage on {date} my broadband is super slow, only getting {percentage} of my speed",
                  "Trying to log into the router admin page but the password doesn't work"]
P["open:sim"] = ["My SIM is blocked, I entered the wrong PIN 3 times", "Phone is asking for a PUK code, where do I find that?",
                 "Got a new SIM but it hasn't been activated", "eSIM transfer to my new phone fails with error {error_code}",
                 "My daughter locked her SIM, she's on my plan"]
P["open:card"] = ["The cash machine in {city} swallowed my card", "There are payments on my account I don't recognise, {amount} to some website",
                  "I've lost my debit card, can I block it?", "My credit card keeps getting declined at checkout",
                  "New card arrived but the PIN letter hasn't", "Contactless stopped working on my card"]
P["open:card@us"] = ["The ATM at the gas station ate my card", "There are charges on my account I don't recognize, {amount} from some site",
                     "Lost my debit card, can you freeze it?"]
P["open:refund"] = ["I sent back order {order_number} but still no refund", "Been waiting 3 weeks for my refund of {amount}",
                    "Received the wrong item, I'd like my money back", "Tracking says my return was delivered to you on {date}",
                    "I was charged twice for order {order_number}, please refund the difference"]
P["open:delivery"] = ["My parcel has said 'out for delivery' for 4 days", "The driver says nobody was home but I was in all day!",
                      "Can I still change the delivery address? I've moved", "Parcel {tracking_number} was delivered to an address I don't know",
                      "My order {order_number} still hasn't arrived", "Can it be left with a neighbour instead?"]
P["open:delivery@us"] = ["My package has been 'in transit' for a week", "Tracking says delivered but there's nothing on my porch",
                         "Can I reroute my package? I moved last week"]
P["open:identity"] = ["I need to update my details with my health insurer", "Why do you need my BSN?",
                      "I just moved to the Netherlands and need to register with you, what do you need?",
                      "Got a letter saying my details are wrong", "I need to verify my identity for a claim, how does that work?"]
P["open:energy"] = ["I want to submit my meter readings but the site throws an error", "My direct debit has gone up to {amount} a month, how?",
                    "We're moving on {date}, how do I close the account?", "The final bill is wrong, I used way less than that",
                    "My smart meter is showing weird numbers since yesterday"]
P["open:energy@us"] = ["My electric bill jumped to {amount} this month, how is that possible?", "We're moving out on {date}, how do I stop service?"]
P["open:dev"] = ["Our webhooks have been failing since this morning with {error_code}",
                 "I accidentally pushed our API key to a public repo, what do I do?", "Getting 401 Unauthorized from the API even though the key is correct",
                 "How do I rotate a token without downtime?", "Sandbox returns different responses from production, request id {request_id}",
                 "CI pipeline can't authenticate since {date}"]
P["open:device"] = ["I forgot the passcode for my phone", "Alarm is beeping and asking for a code I don't have anymore",
                    "My mum's tablet is locked after an update", "Can't find the unlock code for my new {model_number}",
                    "The code for the parcel locker doesn't work"]
P["open:billing"] = ["I've been charged {amount} twice for the same month", "I want to switch my payment method to direct debit",
                     "Invoice {invoice_number} is wrong, there's an add-on I never ordered", "My payment failed, will I get a late fee?",
                     "Why has my plan gone up {percentage}?"]
P["open:billing@us"] = ["You billed me {amount} twice this month", "My autopay failed, am I getting a late fee?", "I want to switch autopay to a different card"]
P["open:travel"] = ["My flight {flight_number} was cancelled, how do I get a refund?", "I need to fix a typo in the name on my ticket",
                    "Lost luggage after flight {flight_number} on {date}", "Online check-in fails, the app shows {error_code}",
                    "Can I move my booking to a later date?"]

P["ask:password"] = ["What password did you set on the router?", "What exactly are you typing as the password? Watch the capitals.",
                     "Which temporary password did we send you?", "Can you send the password you're using so I can check it meets the requirements?"]
P["ask:pin"] = ["Which PIN did you enter?", "Do you remember the default SIM PIN? It's on the card holder.",
                "What code are you entering on the alarm panel?", "Have you changed the PIN or is it still the one from the letter?"]
P["ask:puk"] = ["Do you have the PUK code handy? It's on the plastic card your SIM came in.", "Could you send the PUK code from the SIM holder?",
                "Which PUK did you try?", "Is there a PUK2 on the card as well? I'll need that."]
P["ask:otp"] = ["I've just sent you a code by text. Could you pop it in here?", "You'll get a verification code by email now, can you share it with me?",
                "What code do you see in the app?", "Could you send the 6-digit code you just received?"]
P["ask:wifi_key"] = ["What network key is on the sticker on the bottom of the router?", "What are you entering as the wifi password?",
                     "Can you check the WPA key on the back of the hub?", "Which wifi key is your laptop using?"]
P["ask:username"] = ["What's your username?", "Which login name do you normally use?", "Can you send me your My {brand} username?",
                     "What account name shows at the top of the app?"]
P["ask:api_key"] = ["Which API key are you sending in the Authorization header?", "Can you confirm which key is in your .env?",
                    "Are you calling the endpoint with the live key or the test key?"]
P["ask:token"] = ["Can you send the token you get back from /oauth/token?", "Which bearer token are you sending?",
                  "Paste the full response please, including the access token.", "Which personal access token does the pipeline use?"]
P["ask:card"] = ["What's the number of the card you want to block?", "Which card is it? Could I have the card number?",
                 "Can you give me the number of the card you paid with?", "Which credit card was the payment made with?"]
P["ask:cvv"] = ["And the security code on the back?", "I'll also need the CVV to process the payment.", "What are the three digits on the back?"]
P["ask:iban"] = ["Which account would you like the money paid into?", "Can I take your IBAN for the refund?",
                 "Which IBAN should we refund to?", "Which account should the direct debit come from?"]
P["ask:bsn"] = ["Could I have your BSN for verification?", "What is the policyholder's citizen service number (BSN)?",
                "Can you give me your son's BSN?", "Could you confirm your Belgian national register number?"]
P["ask:card_expiry"] = ["What's the expiry date on the card?", "When does the card expire?", "What expiry date is shown on the card?"]
P["ask:email"] = ["Which email address should I send the confirmation to?", "Which email are you registered with?",
                  "What's your email address, and I'll send you a reset link?", "Which email is on the account?"]
P["ask:phone"] = ["What number can we call you back on?", "What's your mobile number?", "Which number should the text go to?",
                  "Can you give a number the driver can reach you on?"]
P["ask:address"] = ["What's your new address?", "Which address should the parcel go to?", "What's the installation address?",
                    "Can you confirm your postcode and house number?"]
P["ask:address@us"] = ["What's the shipping address?", "Can you confirm the service address including zip code?"]
P["ask:date_of_birth"] = ["What's your date of birth?", "Could I confirm your date of birth please?", "What's the account holder's date of birth?"]
P["ask:ip_address"] = ["Can you tell me your IP address?", "What public IP is your connection showing?", "Which IP are you connecting from?"]
P["ask:customer_number"] = ["What's your account number? It's on your bill.", "Could I have your customer number or contract number?",
                            "What's your membership number?", "Do you have your customer number handy?"]

P["give:password"] = ["my password is {password} but it won't accept it", "pw: {password}",
                      "I set the new password {password} and still can't get in", "the temporary password you sent ({password}) doesn't work",
                      "username {username} and password {password}", "Tried {password} and {password#2} already",
                      "I changed the router admin password to {password}", "password has always been {password}, now suddenly wrong??"]
P["give:pin"] = ["my pin is {pin}", "I typed {pin}, isn't that the default PIN?", "the alarm code is {pin} but it does nothing",
                 "pin {pin} stopped working after the SIM swap", "I thought my PIN was {pin} but after 3 goes it locked",
                 "Passcode was {pin}, I'm sure of it"]
P["give:puk"] = ["PUK is {puk} but it says invalid", "the card says PUK {puk}", "found the puk: {puk}", "PUK1 {puk} / PUK2 {puk#2}",
                 "entered {puk} but nothing"]
P["give:otp"] = ["got code {otp} but it doesn't work", "Verification code: {otp}", "the text says {otp}, what do I do with it",
                 "Entered {otp} and then got error {error_code}", "just got 2 codes, {otp} and {otp#2}, which one?", "code is {otp}"]
P["give:wifi_key"] = ["wifi password {wifi_key} doesn't work", "Network {ssid}, key {wifi_key}",
                      "the sticker says {wifi_key} but I get 'incorrect password'", "I changed the wifi password to {wifi_key}",
                      "WPA key: {wifi_key}"]
P["give:username"] = ["my username is {username}", "login: {username}", "I sign in with {username}", "account {username}, had it for years",
                      "username {username} says 'unknown user'", "gamertag is {username} if that helps"]
P["give:api_key"] = ["we're using this key: {api_key}", "API key {api_key} returns 401", "This is in our .env: API_KEY={api_key}",
                     "key that leaked: {api_key}, please revoke", "aws_access_key_id = {api_key}"]
P["give:token"] = ["Authorization: Bearer {token}", "token: {token}", "this is the token I get back: {token}",
                   "our deploy token {token} stopped working on {date}"]
P["give:card"] = ["card number {card}", "it's the credit card {card}, valid until {card_expiry}",
                  "My card: {card} exp {card_expiry} cvv {cvv}", "the full number is {card}", "I paid with {card}"]
P["give:cvv"] = ["the cvv is {cvv}", "code on the back: {cvv}", "security code {cvv}", "CVC {cvv}"]
P["give:iban"] = ["my account number is {iban}", "please refund to {iban}, account name {fullname}", "IBAN: {iban}",
                  "The money can go to {iban}", "account {iban}, it's my wife's"]
P["give:bsn"] = ["my BSN is {bsn}", "citizen service number {bsn}", "my daughter's BSN: {bsn}", "I entered {bsn} as BSN but the form says invalid",
                 "national number {bsn}"]
P["give:card_expiry"] = ["expiry {card_expiry}", "valid thru {card_expiry}", "expires {card_expiry}"]
P["give:email"] = ["my email is {email}", "you can email me at {email}", "the account is under {email}", "email address: {email}",
                   "send it to {email} please", "my old email was {email}, new one is {email#2}"]
P["give:phone"] = ["call me on {phone}", "my number is {phone}", "mobile: {phone}", "I'm reachable on {phone} after {time}", "tel {phone}"]
P["give:phone@us"] = ["call me at {phone}", "my cell is {phone}", "you can text me at {phone}"]
P["give:address"] = ["my address is {address}", "new address: {address}", "please deliver to {address}", "I live at {address}",
                     "we've moved to {address}"]
P["give:date_of_birth"] = ["date of birth {date_of_birth}", "I was born on {date_of_birth}", "DOB {date_of_birth}", "my birthday is {date_of_birth}"]
P["give:ip_address"] = ["my ip is {ip_address}", "public IP: {ip_address}", "whatismyip says {ip_address}", "connecting from {ip_address} on port {port}"]
P["give:customer_number"] = ["account number {customer_number}", "my customer number is {customer_number}", "acct no: {customer_number}",
                             "Contract {customer_number}, meter reading {meter_reading}", "membership no. {customer_number}"]

P["negc:gen"] = ["I already called {company_phone} but hung up after 40 minutes", "My previous ticket was {ticket_number} and nothing happened",
                 "This is the third time since {date} I've contacted you", "Sent a message yesterday at {time} as well",
                 "See my email from {date}, reference {ticket_number}"]
P["nega:gen"] = ["I've opened a ticket for you, number {ticket_number}.", "You can also reach us on {company_phone}, we're open until {time}.",
                 "More info at {url}.", "Your request was logged on {date} at {time}.",
                 "Our second line team will be in touch within 2 working days, reference {ticket_number}."]
P["negc:tech"] = ["Error code {error_code} on the screen", "I'm on version {version_string} of the app", "Router is a {model_number}, firmware {version_string}",
                  "Getting '{error_code}' since {date}", "Light is flashing and the app says {error_code}"]
P["nega:tech"] = ["I can see your router ({model_number}) is still on firmware {version_string}.", "Error {error_code} means the connection is being refused.",
                  "Please open port {port} on your router and try again.", "Update the app to version {version_string} and that should fix it.",
                  "There's a known outage in your area, expected to be fixed by {time}."]
P["negc:shop"] = ["Order number {order_number}", "tracking: {tracking_number}", "it was {quantity} of item {product_code}", "I paid {amount} on {date}",
                  "Invoice number {invoice_number}"]
P["nega:shop"] = ["I can see your order {order_number} from {date}.", "The parcel with tracking number {tracking_number} is at the depot.",
                  "Your refund of {amount} will be processed within 14 days.", "You'll get {percentage} off your next order as an apology.",
                  "Item {product_code} is sadly out of stock."]
P["negc:money"] = ["it's {amount} on {date}", "Transaction at {time}, amount {amount}", "Invoice {invoice_number} for {amount}",
                   "I was charged {amount} too much", "my card ends in {card:last4}"]
P["nega:money"] = ["I can see a payment of {amount} on {date}, is that the one?", "The card ending {card:last4} is now blocked.",
                   "The {amount} is pending and will be released within 3 working days.", "The account {iban:mask} is registered for the direct debit."]
P["negc:energy"] = ["meter reading {meter_reading}", "reading on {date}: {meter_reading}", "day {meter_reading} and night {meter_reading#2}",
                    "My direct debit was {amount}, now suddenly {amount#2}"]
P["nega:energy"] = ["I've processed your reading of {meter_reading} on {date}.", "Your new monthly payment will be {amount}.",
                    "Your annual statement will follow around {date}.", "You can also submit readings at {url}."]
P["negc:dev"] = ["request id {request_id}", "we're on SDK {version_string}", "response: HTTP {error_code}, x-request-id {request_id}",
                 "sha256 of the build: {checksum}", "webhook to {url} on port {port} is failing"]
P["nega:dev"] = ["Can you include the request id? For example {request_id}.", "We're seeing a spike in {error_code} responses since {time}.",
                 "Upgrade to {version_string}; the package checksum is {checksum}.", "Status updates are at {url}."]
P["negc:travel"] = ["flight {flight_number} on {date}", "booking ref {order_number}", "departing {time} from Gatwick", "I paid {amount} extra for luggage"]
P["negc:travel@us"] = ["flight {flight_number} on {date}", "confirmation {order_number}", "departing {time} out of O'Hare"]
P["nega:travel"] = ["Flight {flight_number} is now departing at {time}.", "Your booking {order_number} has been moved to {date}.",
                    "You're entitled to compensation of {amount}.", "You can read more about your rights at {url}."]

P["bot_a"] = ["Hi! I'm {brand}'s virtual assistant. How can I help?", "Transferring you to an agent. Average wait time is 4 minutes.",
              "Choose a topic: 1) Broadband 2) Billing 3) Moving home", "Sorry, I didn't get that. Could you rephrase?",
              "Chat started on {date} at {time}."]
P["sms"] = ["{brand}: Your verification code is {otp}. Don't share this code with anyone.",
            "Your one-time {brand} code is {otp}. Valid for 10 minutes.",
            "{otp} is your {brand} login code. Didn't request it? Call {company_phone}.",
            "Use {otp} to approve your payment of {amount}.", "Your temporary password is {password}. Please change it after logging in.",
            "{brand}: Your new PUK code is {puk}.", "{brand} security code: {otp}. We will never call you to ask for it."]
P["fwd_sms_c"] = ["just got this text:", "Is this really from you? I got:", "Got this text but I didn't request anything", "look:", "Forwarded message:"]

P["elder_open"] = ["Dear Sir or Madam,", "GOOD MORNING I HAVE A QUESTION", "Dear {brand} people,", "Hello dear, I'm not very good with computers.",
                   "To the customer service department", "Good day, this is Mr {surname} writing."]
P["fam_misc"] = ["ok {parent} I'll check", "Ok thanks, leave it with me", "Do you still have the letter from the bank?", "I don't understand any of this",
                 "Will you ring me tonight?", "Yes", "There's something red on the screen"]
P["dict_intro"] = ["(sent by voice, sorry for mistakes)", "Dictated with voice to text", "sorry dictating this while driving", "voice message transcript"]

P["tr_intro"] = ["Here's my chat with your colleague yesterday, because the problem still isn't fixed:",
                 "Pasting the chat below so I don't have to explain everything again.", "See chat transcript below.",
                 "This is the chat from {date}:", "Copy of the WhatsApp conversation:"]
P["tr_outro"] = ["As you can see nothing happened. Please reply.", "Can you pick this up?", "Still waiting.", "I really want this sorted now."]
P["mail_greet"] = ["Hi {brand},", "Dear Sir/Madam,", "Hello,", "Dear customer services,", "Hi there,", "Dear {agent},"]
P["mail_greet@us"] = ["To whom it may concern,", "Hi team,"]
P["mail_close"] = ["Kind regards,", "Best,", "Thanks in advance,", "Many thanks,", "Regards,", "Best wishes,"]
P["mail_close@us"] = ["Sincerely,", "Thanks,", "Best regards,"]
P["mail_close@gb"] = ["Cheers,", "Many thanks,", "Yours faithfully,"]
P["mail_req"] = ["Could you please resolve this as soon as possible?", "I'd appreciate a reply within a week.", "Please confirm in writing.",
                 "Can you let me know what the next step is?", "I expect a fix, otherwise I'm switching providers."]
P["mail_ctx"] = ["I've been a happy customer for years, but this is really disappointing.", "I've tried several ways, including the app.",
                 "My neighbour had the same problem, so it's not on my end.",
                 "Your colleague on the phone said it would be sorted within two days, but nothing has happened.",
                 "I work during the day so calling is difficult.", "For completeness I'm including all the details."]

P["macro_a"] = [
    "Hi {name},\n\nThanks for your message. I've checked your order {order_number} and can see it was dispatched on {date} with tracking number {tracking_number}. It should arrive within 1-2 working days.\n\nBest, {agent}",
    "Hi {name}, sorry to hear you can't log in. You can request a new password at {url}. Never share your password or PIN with us or anyone else. Thanks, {agent}",
    "Hi {name}! I can see your card ending in {card:last4} was blocked after three incorrect attempts. A new card is on its way and should arrive within 5 working days.",
    "Hi {name}, we've processed your refund of {amount} to the account {iban:mask}. Please allow 3-5 working days. Kind regards, {agent} | {brand}",
    "Hi {name}, your number {phone:mask} is active again. You can unlock your SIM with the PUK code on the card it came in or in My {brand}. Still stuck? Call {company_phone}.",
    "Dear {name},\n\nYour meter reading of {meter_reading} was processed on {date}. Your new monthly payment will be {amount}. Reference: {ticket_number}.\n\nKind regards,\n{agent}\n{brand} Customer Care",
    "Hey {name}, the outage in your area was fixed at {time}. Please restart your router ({model_number}) one more time. Still having issues? Reply to this message quoting {ticket_number}.",
    "Hi {name}, we've sent the verification code to {email:mask}. Nothing yet? Check your spam folder. {agent}",
]
P["macro_a@us"] = ["Hi {name}, thanks for reaching out! Your order {order_number} shipped {date} via tracking {tracking_number}. Let us know if it doesn't show up by Friday. -{agent}",
                   "Hey {name}, I've applied a {amount} credit to your account ending in {customer_number:mask}. It'll show on your next bill. Thanks for your patience! {agent}"]
P["macro_leak"] = [
    "Hi {name}, I've reset your password. Your temporary password is {password}. Please change it straight after logging in at {url}.",
    "Hi {name}, the PUK code for the SIM on {phone} is {puk}. Note: after 10 incorrect attempts the SIM is permanently blocked.",
    "Hi {name}, we've updated your address to {address}. Your next bill will go to this address.",
    "Hi {name}, I've changed the email on your account to {email}. Your account number stays {customer_number}.",
    "Hi {name}, your new wifi key is {wifi_key}. The network name stays {ssid}.",
    "Hi {name}, just to confirm: the refund of {amount} will go to {iban} in the name of {fullname}.",
    "Hi {name}, your username is {username}. You can set a new password at {url}.",
    "Hi {name}, as requested here is your new API key: {api_key}. The old key will stop working at {time}.",
]
P["macro_ph"] = ["Dear {{customer_name}},\n\nThank you for contacting us about order {{order_number}}. We will get back to you within {{x}} working days.\n\nKind regards,\n{agent}",
                 "Hi [NAME], your verification code is <code>. Never share it with anyone. {agent}",
                 "Dear customer, your new PIN is [PIN] and your PUK is [PUK]. Please keep these safe.",
                 "Hi {{first_name}}, your ticket {ticket_number} has been created. We've noted your details ({{email}}, {{phone}})."]
P["sig_a"] = ["{agent}\nSocial Care {brand}\n{url}",
              "Kind regards,\n\n{agentfull}\nCustomer Service | {brand}\nT {company_phone}\nCompany no. {company_registration}",
              "Thanks, {agent} 😊", "Team {brand}\nAvailable Mon-Fri {time:open}-{time:close} on {company_phone}"]

P["pub_c"] = ["{mention} 3 days without internet and nobody replies {hashtag}",
              "Cheers {mention}, parcel {tracking_number} has been 'at the depot' for a week {hashtag}",
              "{mention} why is my bill {amount} higher than last month again?!", "Brilliant help from {mention}, sorted in 10 mins {hashtag}",
              "{mention} outage in {city}? Router shows {error_code}", "When am I getting an answer {mention}? Ticket {ticket_number} {hashtag}",
              "{hashtag} {mention} app crashes since update {version_string}"]
P["pub_c@us"] = ["{mention} been on hold for an hour, this is ridiculous {hashtag}", "{mention} my package {tracking_number} says delivered but it's not here {hashtag}"]
P["pub_leak"] = ["{mention} just call me back on {phone} this is going nowhere", "{mention} my email is {email}, send me the link already",
                 "{mention} order {order_number}, address {address}, still nothing", "{mention} account {customer_number}, when will this be fixed??",
                 "{mention} my password is {password} and it just doesn't work {hashtag}", "{mention} your text code {otp} doesn't even work"]
P["pub_a"] = ["Hi! Sorry about this. Send us a DM with your account number and we'll take a look. Please don't share personal details here. {agent}",
              "Hey, we want to get this sorted! Could you DM us your postcode and house number?", "Sorry for the wait! We've replied to your DM 🙂",
              "Heads up: never share your password or codes publicly. Could you delete your post? We'll DM you."]
P["pub_a@us"] = ["Hi there, we're sorry to hear this. Please send us a DM with your account info so we can help. -{agent}",
                 "We hear you, and we're sorry! Shoot us a DM with the name on the account and we'll dig in. -{agent}"]

P["sig_labels"] = ["Tel:", "Mobile:", "M:", "Phone:", "Cell:"]
P["sig_cn"] = ["Account no:", "Customer number:", "Acct #:", "Ref:"]

P["NOUNS"] = {
    "password": ["password", "pw", "login password"],
    "pin": ["PIN", "pin code", "passcode"],
    "puk": ["PUK code", "PUK"],
    "otp": ["text code", "verification code", "code you just got"],
    "wifi_key": ["wifi password", "network key", "WPA key"],
    "username": ["username", "login name", "user ID"],
    "api_key": ["API key", "secret key"],
    "token": ["token", "access token"],
    "card": ["card number", "long card number"],
    "cvv": ["CVV", "security code", "CVC"],
    "iban": ["IBAN", "bank account number"],
    "bsn": ["BSN", "citizen service number", "national number"],
    "card_expiry": ["expiry date", "expiration date"],
    "email": ["email address", "email"],
    "phone": ["phone number", "mobile number", "cell number"],
    "address": ["address", "home address"],
    "date_of_birth": ["date of birth", "DOB"],
    "ip_address": ["IP address", "IP"],
    "customer_number": ["account number", "customer number", "membership number"],
}

P["negx_c"] = [
    "I've been a customer since {year}", "The router is from {year}, could that be it?",
    "Your prices went up {percentage}", "Phone battery is down to {percentage}",
    "I ordered {quantity} but some were missing from the box", "App says {quantity} are on the way",
    "It's for my business, company number {company_registration}", "Your VAT number on the invoice is {company_registration}, is that right?",
    "The download had checksum {checksum}, is that the right one?", "In the logs I see hash {checksum}",
    "The error message gives reference {request_id}", "Support ID from the app: {request_id}",
    "The item number is {product_code}", "The box says EAN {product_code}",
    "This is about invoice {invoice_number}", "Invoice {invoice_number} is unpaid according to you",
    "My order number is {order_number}", "This is about order {order_number}",
    "The camera uses port {port}", "I already opened port {port} on the router",
    "We're flying on {flight_number}", "Our flight was {flight_number}",
]
P["negx_a"] = [
    "I can see you've been with us since {year}, thanks for sticking with us!", "That router model has been unsupported since {year}.",
    "You'll get {percentage} off your next bill.", "During the outage {percentage} of the area was affected.",
    "{quantity} have been re-sent.", "I can see you ordered {quantity}.",
    "{brand} Ltd, company no. {company_registration}", "Our VAT number is {company_registration}.",
    "Please check the checksum {checksum} matches.", "The correct hash of the file is {checksum}.",
    "Please quote reference {request_id} if you contact us again.", "Your request has ID {request_id}.",
    "The replacement has item number {product_code}.", "Item {product_code} is back in stock.",
    "Invoice {invoice_number} has been credited.", "The credit note relates to invoice {invoice_number}.",
    "Order {order_number} has been cancelled.", "I've found order {order_number} for you.",
    "Open port {port} for UDP.", "Use port {port} instead of the default one.",
    "Flight {flight_number} is delayed.", "You've been rebooked onto {flight_number}.",
]
P["quote_hdr"] = ["On {weekday}, {date:full} at {time:hm}, {agentfull} <{email#agent}> wrote:",
                  "On {date:full} {time:hm}, {agentfull} <{email#agent}> wrote:",
                  "On {date:full} {time:hm}, {brand} Customer Care wrote:",
                  "{agentfull} wrote on {date:full}:"]
P["orig_hdr"] = ["-----Original Message-----\nFrom: {agentfull} <{email#agent}>\nSent: {date:full} {time:hm}\nSubject: RE: your query {ticket_number}",
                 "From: {agentfull} <{email#agent}>\nDate: {date:full} at {time:hm}\nTo: {email}\nSubject: Your case {ticket_number}",
                 "---------- Forwarded message ---------\nFrom: {brand} Support\nDate: {date:full}\nSubject: Your case {ticket_number}",
                 "-----Original Message-----\nFrom: {brand} Social Care\nSent: {date:full}\nSubject: Your message"]

P["rel_open"] = ["Hello, I'm writing on behalf of my mum who is 87 and doesn't use a computer.",
                 "Hi, I'm helping my dad with this, he can't work it out himself.",
                 "I've been handling the paperwork for {relname} {surname} since the move into a care home.",
                 "My father-in-law asked me to email you.", "On behalf of my nan: she keeps getting letters about her account.",
                 "I'm emailing for my elderly neighbour, she asked me to sort this out."]
P["rel_open@us"] = ["Hi, I'm messaging for my grandma, she's 91 and doesn't do computers.", "I'm helping my dad, he asked me to reach out for him."]
P["fam_intro"] = ["Below is the message from {parentref}, can you help?", "{parentref} sent me this, I've no idea what to do with it:",
                  "I've pasted my chat with {parentref} below so you can see what's going on", "This is what {parentref} texted me:",
                  "See my chat with {parentref} below."]
P["fam_ask"] = ["{parent} what's your {what}? I'll sort it", "{parent} send me your {what} and I'll log in for you",
                "{parent}, can you look up your {what}?", "what's that {what} again {parent}?", "send me your {what} and I'll ring them",
                "did you write your {what} down somewhere?"]
P["fam_ans"] = ["{v}", "It's {v} love", "it's {v} I think. or was it something else", "I wrote it in the little book: {v}",
                "{v} xx", "It's on the note on the fridge: {v}"]
P["subj"] = ["Subject: Complaint", "Subject: Re: your query [{ticket_number}]", "Subject: URGENT",
             "Subject: Question about my account", "Subject: Fwd: your case {ticket_number}", "Subject: RE: {ticket_number}"]

P["give:email"] += ["{email} is my email", "{email} (personal)"]
P["give:customer_number"] += ["{customer_number} is my account number", "{customer_number} is what's on the letter"]
P["give:phone"] += ["{phone} is my number", "{phone} - best to text"]
P["give:pin"] += ["{pin} is the PIN I always use", "{pin} is what I typed"]
P["give:otp"] += ["{otp} is the code I got", "{otp} ← this one came through"]
P["give:password"] += ["{password} is the password I set", "{password} doesn't work as my password"]
P["give:iban"] += ["{iban} is my account", "{iban} is in my name"]
P["tiny"] = ["ok", "Thanks!", "👍", "cool", "still nothing", "Ok I'll wait", "Thank you!!", "hello??", "Works now, thanks",
             "is anyone there?"]
