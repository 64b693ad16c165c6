"""English templates, shared by en-gb and en-us (values are localised per language)."""

G = {}

G[("en", "cust")] = [
    'Been a customer since {!year}. Meter read when I left the studio was {!meter}, supply number {cust}. Why am I billed {!amount} extra?',
    'Terminal update to {!ver} failed, screen says checksum {!checksum} mismatch. TID {cust}, store at {addr}',
    "Hi, I just opened a business account with {~bank} and the card reader still isn't linked. Sort of urgent, shop opens at {!time}. Account no {cust}, IBAN {iban}",
    "Card terminal ({!model}) keeps showing {!err} on contactless since {!date}. Merchant ID {cust}, firmware {!ver}. Losing sales here!!",
    "can't log into the merchant dashboard. username {user} password {pw} - tried 3 times and now it's locked",
    "Got a text with code {otp} but it expired before I could type it in. Can you resend to {phone}?",
    "Our dev needs a working API key for the POS integration. We're using {api} and getting {!err}. Request ID {!reqid}",
    "For AWS we were given access key {api} with secret {awssec} by your onboarding team, is it safe that this was emailed in plain text??",
    "The machine swallowed my business card at the {~city} branch. Card number {card}, expires {exp}. Please block it",
    "You charged the terminal rental ({!amount}) twice this month. Invoices {!invoice} and {!invoice}. Please refund to {iban}",
    "Ordered {!qty} ({!model}), tracking {!tracking}, only one arrived. Customer no. {cust}",
    "Our company ({!creg}) wants to switch providers. Reach me on {email} or {phone}",
    "New PIN for the company card is {pin} - do I need to change it at an ATM first?",
    # furniture / kitchens
    "Order {!order} (corner sofa, item {!product}) was due {!date} between {!time} and {!time}, nobody showed up. Address: {addr}. Call me on {phone} pls",
    "Kitchen fitters are coming {!date}. Key is in the lockbox by the back door, code {pin}. Address is {addr}",
    "I paid a deposit of {!amount} ({!pct}) but can't see it in my account. Login is {email}, customer number {cust}",
    "Dishwasher door ({!model}) is hanging crooked, engineer came {!date}, job ref {!ticket}. I'm on {phone} after {!time}",
    "table arrived damaged, sent photos to your email from {email}. order number {!order}",
    "Please collect the return ({!qty}) from {addr} and refund to card {card}",
    # pet insurance
    "My dog {~petname} had surgery, claim submitted {!date}. Policy number {cust}. Vet bill was {!amount}, invoice {!invoice}. When will I be paid?",
    "I'd like a quote for my cat. My DOB is {dob}, address {addr}, email {email}",
    "Premium went up {!pct} overnight to {!amount}/month on policy {cust}. Explain or I cancel from {!date}",
    "Please pay the claim into sort code/IBAN {iban}, not the old account",
    "Can't log in to My Policy with {user}, pw {pw}, keeps saying {!err}",
    "We're flying {!flight} on {!date} with our dog, does policy {cust} cover that?",
    # cinema / theatre
    "Bought {!qty} for the {!date} {!time} show, booking ref {!order}, but they're not in the app ({!ver}). Account {email}",
    "I was charged twice for tickets! Card {card} exp {exp} CVV {cvv}, two charges of {!amount}",
    "Member card {cust} is being rejected at the box office",
    "Can't make the matinee, can you refund to {iban}? Booking {!order}",
    "login code {otp} keeps arriving even though I didn't request it, is my account hacked? my number is {phone}",
    # home care
    "Morning, my mum gets home care from you. Her address is {addr}, key safe code {pin}. DOB {dob}. Could the evening visit be at {!time} instead?",
    "New front door code is {pin} (old one stopped working {!date}). Please pass it on to the carers",
    "I'm the next of kin for {~full}. Reach me on {phone} or {phone}. Client ref {cust}",
    "alarm code is {pin} and the spare key is with the neighbour at {addr}",
    "Care package review is due {!date}. Her NHS/insurance member number is {cust}, date of birth {dob}",
    # coworking
    "Wifi on floor 3 at {~cowork} is down. Network {~ssid}, key {wifi} isn't accepted. My laptop gets IP {ip}",
    "Membership {cust}: door code {pin} stopped working over the weekend, can I get a new one?",
    "Printer is at {ip} port {!port} but nobody can print. Firmware {!ver}, checksum {!checksum}",
    "Meeting room integration: bearer token {tok} - please rotate it, someone pasted it in Slack",
    "Cancelling my hot desk from {!date}. Deposit of {!amount} back to {iban} please. Portal username: {user}",
    "forgot my member portal password, email is {email}. the temp password was {pw} but it's expired",
    "Personal access token for the booking API got leaked in a public repo: {tok}. Please revoke ASAP",
    "POS machine at {ip} can't see the card reader on port {!port} since {!time}",
    'My laptop gets {ip} on the coworking network but no internet. Hub {~cowork}',
    "The code in the app says {otp} but it's rejected. Tried at {!time} and {!time}",
    "reading the code off the text: {otp}. doesn't work!!",
    'Our webshop uses key {api}, please revoke and send a new one to {email}',
    'Accidentally pasted our live API key in an email: {api} - can you kill it?',
    'Access token {tok} was visible in a public screenshot, please invalidate',
    'Session token from the browser for your devs: {tok}. Still getting {!err}',
    'Paid with card {card}, expiry {exp}, security code {cvv}, but the kitchen balance still shows unpaid',
    'My card is {card} ({exp}) cvc {cvv}, can you charge the tickets to that?',
    'SIM in the mobile card reader is locked. PUK from the card is {puk}, PIN was {pin}',
    'Work phone SIM is blocked, PUK code {puk}',
    'Guest network {~ssid} password: {wifi} (ok to put that on the lounge board?)',
    "wifi key for the meeting room is {wifi} right? won't connect",
]

G[("en", "public")] = [
    "{!mention} card machine down for {!dur} now and your helpline {!cphone} just rings out {!hashtag}",
    "{!mention} sofa ordered {!date}, still nothing. Order {!order} {!hashtag} {!hashtag}",
    "{!mention} my policy {cust} cancelled for no reason?? call me {phone}",
    "Great night at {~cinema}! App keeps crashing on {!ver} though {!mention} {!hashtag}",
    "{!mention} how long does a claim take? submitted {!date}, it's now {!date} {!hashtag}",
    "No wifi at the hub today {!mention}, is there an outage? {!url}",
    "{!mention} can someone email me at {email}? Nobody answers DMs",
    "Carers were {!dur} late again today {!mention} {!hashtag}",
    "{!mention} why is {!product} suddenly {!amount}?? It was {!pct} off yesterday {!hashtag}",
]

G[("en", "agent")] = [
    "Hi {~name}, sorry the terminal's playing up! I can see it was last online at {!time}. Could you restart it? If that doesn't help, call us on {!cphone}. Thanks, {~agent}",
    "Thanks. I've linked account {iban@} to your terminal. You'll get a confirmation at {email@} within 2 working days. ^{~agent}",
    "Please never share your PIN or password on social media - I've hidden your post. You can reset your password at {!url}. {~agent}",
    "Hi {{first_name}}, your claim {!ticket} is being processed. {!amount} will be paid to the account ending {!masked}.",
    "Afternoon, I've noted the new key safe code {pin@} on client file {cust@}. The care team have been told. Kind regards, {~agent} ({~care})",
    "Hi there! Could you DM us your order number and postcode so we can look into the delivery? {~agent}",
    "Thanks for bearing with us. Delivery of order {!order} is now {!date} between {!time} and {!time}. The driver will call {phone@} 30 mins before.",
    "I've sent a new verification code to the number ending {!masked}. It's valid for 10 minutes. We will never ask you for this code. ^{~agent}",
    "Your temporary password is {pw}. Please change it after logging in. Username stays {user@}.",
    "For the sandbox you can use this test key: {api}. Docs at {!url}. Ticket {!ticket}",
    "This month's wifi key is {wifi} on {~ssid}. Cheers, {~agent} at {~cowork}",
    "Dear {~name}, policy {cust@} runs until {!date}. Your premium stays {!amount} a month. Lines open {!time}-{!time} on {!cphone}.",
]

G[("en", "greet")] = ["Hi,", "Hello {~brand},", "Dear Sir/Madam,", "Good morning,", "Hi {~agent},", "To whom it may concern,", "Hey team,", "Hello,"]
G[("en", "close")] = ["Kind regards,", "Thanks,", "Best,", "Many thanks\n", "Regards,", "Cheers,", "Thanks in advance,", "Sincerely,"]
G[("en", "sig")] = ["{~full}\nMobile: {phone}", "{~full}\n{addr}\n{phone}", "{~full} | Owner, {~furn}\nM: {phone} | E: {email}\n{!creg}",
                    "{~name}\n\nSent from my iPhone", "{~full}\nTel {phone}\nCustomer ref {cust}", "{~name}\n\nGet Outlook for Android",
                    "{~full}\n{email} | {phone}", "{~full}\n{addr}"]
G[("en", "csig")] = ["Kind regards,\n{~agent}\nCustomer Care, {~brand}\nT {!cphone} | {!url}\n{!creg}",
                     "Best wishes,\n{~agent} | Support Team\n{~brand} Ltd — {!cphone}", "Thanks,\n{~agent}\n{~brand} Help Centre: {!url}",
                     "{~agent}\n{~brand} Support | {!creg}"]
G[("en", "quotehdr")] = ["On {!date}, at {!time}, {~full} <{email@}> wrote:", "On {!date} {~brand} Support wrote:",
                         "From: {~brand} Customer Care\nSent: {!date} {!time}\nTo: {email@}\nSubject: RE: Case {!ticket}",
                         "On {!date} {!time} {~full} <{email@}> wrote:"]
G[("en", "fwdhdr")] = ["---------- Forwarded message ---------\nFrom: {~full} <{email}>\nDate: {!date}\nSubject: order {!order}\nTo: {~brand}",
                       "Begin forwarded message:\n\nFrom: {~full} <{email}>\nDate: {!date} at {!time}\nSubject: Fwd: claim"]
G[("en", "disclaimer")] = ["This email and any attachments are confidential and intended solely for the addressee.",
                           "Please consider the environment before printing this email.",
                           "If you have received this message in error please notify the sender and delete it.",
                           "Views expressed are those of the sender and not of the company."]
