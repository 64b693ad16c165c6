"""English templates (en-gb and en-us; some customers are French or Dutch writing in English)."""

EN = {}

EN["pub", "tickets"] = [
    "{mention} someone hacked my account and resold my {quantity} for {artist}!! Changed my email from {email} to some random one. Order {order_number} {hashtag} {hashtag}",
    "{mention} gig cancelled on {date}, still waiting on my {amount} refund. Been {days}. Ref {ticket_number} {hashtag}",
    "why did I just get a login code {otp} from {mention} when I'm sat on the sofa not logging in?? someone's trying it on {hashtag}",
    "Hey {mention} my membership was FROZEN and you still took {amount}. Member no {customer_number}. Sort it out {hashtag}",
    "{mention} your chatbot asked for my card number {card} and the CVV. Is that legit or have I been scammed {hashtag}",
    "honestly {mention} cancelled my direct debit months ago and you're still chasing me at {address} {hashtag}",
]
EN["pub", "subs"] = [
    "{mention} paper hasn't been delivered to {address} in a week. Subscriber {customer_number}. Not good enough",
    "{mention} can't cancel my sub online, the page at {url} just throws {error_code}. Call {company_phone}? been on hold 40 min",
    "Hi {mention} my ex still has our family login and changed the password. Account email {email}, please help {hashtag}",
    "{mention} my son used my card to buy {amount} of stuff on {gaming}. Refund? Order {order_number} {hashtag}",
]
EN["dm", "tickets"] = [
    "Hi, I bought {quantity} for {event} (order {order_number}) but can't go. Can I put them in my friend's name? {first} {last}, DOB {date_of_birth}, email {email}",
    "hey my tickets show barcode {barcode} but the resale buyer says it's been invalidated?? my login is {username} pw {password} can u check",
    "Card was charged twice: {card}, exp {card_expiry}. Amount {amount} each time at {time}. Can you refund one?",
    "I got a text with code {otp} — do you need it to verify me? My number's {phone}",
    "Show at {theatre} on {date} was cancelled. Please refund to sort code/account or IBAN {iban}. Thanks",
    "The code they read out to me on the phone was {otp_words}, does that help?",
    "Name change on tickets please. Current holder: me, account {customer_number}. New holder: {first} {last}, {address}",
    "Ordered a gift card by mistake to the wrong email. Should be {email}. Order {order_number}, paid {amount} with card ending {masked_value}",
]
EN["dm", "account"] = [
    "My {stream} got hacked, they changed the email and password. My real email is {email} and old password was {password}. New one I tried: {password}",
    "Someone logged in from {ip_address} at {time} and again from {ip_address}. I didn't do that. Username {username}",
    "We share the account as a family and my daughter set the profile lock to {pin4}. I need it reset. Account no. {customer_number}",
    "Can't get online for {gaming}, strict NAT. Do I forward port {port}? Router admin pass is {password}, wifi {ssid} key {wifi_key}",
    "Our developer left and the API key {api_key} is still active on the box office integration. Can you revoke it? Also the webhook token {token}",
    "Please freeze my gym membership from {date}. Member number {customer_number}, DOB {date_of_birth}. Broke my ankle",
    "I cancelled the direct debit with my bank so stop emailing me. Mandate ref {customer_number}. Account {iban}",
    "Door code for the 24h club isn't working, I've been using {pin}. Membership {customer_number}",
]
EN["dm", "lottery_charity"] = [
    "Hi, I'd like to stop my monthly donation. Donor ID {customer_number}, paid from {iban}. Address {address}",
    "I got a letter saying I won the {lottery} but it asks for my bank details and SSN. Is this real? My number is {phone}",
    "Please update my address for the lottery subscription to {address}. Player ID {customer_number}. DOB {date_of_birth}",
    "You took a payment of {amount} even though I cancelled on {date}. Supporter number {customer_number}. Call me on {phone}",
]
EN["mail", "refund"] = [
    "I am writing regarding the cancellation of {artist} at {venue} on {date}. I purchased {quantity} through your website (order number {order_number}, invoice {invoice_number}) totalling {amount}.\n\nYour email of {date} promised an automatic refund within 30 days. I have not received anything. Please refund to the original card or alternatively to IBAN {iban} in the name of {first} {last}.\n\nI can be reached on {phone}.",
    "Further to my call with your colleague earlier today (reference {ticket_number}), here are the details you asked for:\n\nFull name: {first} {last}\nAddress: {address}\nDate of birth: {date_of_birth}\nAccount number: {customer_number}\nEmail on account: {email}\n\nPlease confirm once the refund of {amount} has been processed.",
    "My account was taken over last night. I received an email at {time} saying my password had changed and a sign-in from {ip_address}. My username is {username}; the password I last used was {password}.\n\nThe attacker resold {quantity} for {event} through the fan-to-fan resale. I also received a one-time code {otp} which I did not request.\n\nPlease lock the account and reverse the resale.",
    "I've been a member of {gym} since {year}. In January I asked to freeze my membership for three months (medical), which your app confirmed. Despite this you collected {amount} on {date} from my account {iban}.\n\nMembership number: {customer_number}\nPhone: {phone}\n\nI'd like this refunded and confirmation the freeze is active.",
    "Hello,\n\nI am French and living in {city}; my subscription to {paper} is still charged to my old card {card} (exp. {card_expiry}) even though I gave you a new one. Subscriber number {customer_number}.\n\nCould you please update it to the IBAN {iban} and send me a confirmation to {email}.",
    "Our family shares one streaming login and my teenage son has been locked out after someone changed the password. The account email is {email}. Billing address: {address}. Last 4 of the card: {masked_value}.\n\nThe app on our {model_number} shows error {error_code} (app version {version_string}).",
]
EN["agent", "reply"] = [
    "Hi {first}, sorry to hear that! I've locked the account and sent a reset link to {email}. The login from {ip_address} has been signed out. Please never share your code with anyone. ^{agent}",
    "Thanks {first}. Your membership {customer_number} is frozen until {date}, and the {amount} will be refunded to the card ending {masked_value} in {days}. {agent}",
    "Hi {first}, please DM us your order number and we'll take a look. You can also call {company_phone}, open till {time}. ^{agent}",
    "Hi {first}, refund of {amount} for {event} processed today to {iban}. Case {ticket_number}. Have a good one, {agent}",
    "Hey {first}! We've changed the name on ticket {barcode} to {first} {last}. New tickets sent to {email}. Enjoy {artist}! ^{agent}",
    "Hi {first}, I can see the direct debit on {iban} was cancelled on {date}. No further payments will be taken. Best, {agent}",
]
EN["snip", "mix"] = [
    "password is {password}", "pw: {password}", "code was {otp}", "OTP {otp}", "my number {phone}", "cell {phone}",
    "email me at {email}", "account no {customer_number}", "member ID {customer_number}", "DOB {date_of_birth}",
    "my address is {address}", "IBAN {iban}", "card {card} exp {card_expiry} cvv {cvv}", "PIN {pin4}", "PUK {puk}",
    "login {username}", "national insurance? no, SSN isn't needed I hope", "ref {ticket_number}", "order {order_number}",
    "at {time} on {date}", "cost {amount}",
]
EN["open", "chat"] = ["Hi,", "Hello", "Hey", "hiya", "Good morning,", "Hi there", "Evening", "Yo"]
EN["close", "chat"] = ["Thanks!", "Cheers", "ta", "thx in advance", "Regards", "Thank you", "pls reply asap", "Many thanks"]
EN["frame", "greet"] = ["Dear Sir/Madam,", "Hello,", "Hi team,", "To whom it may concern,", "Dear Customer Services,", "Hi {ticketing},"]
EN["frame", "sign"] = [
    "Kind regards,\n{first} {last}\n{address}\nMob: {phone}",
    "Thanks,\n{first}\n\nSent from my iPhone",
    "Best,\n{first} {last}\nAccount: {customer_number}",
    "Regards\n{first} {last}\n{phone} | {email}",
    "Many thanks,\n{first} {last}",
    "Cheers,\n{first}\n\nGet Outlook for iOS",
]
EN["frame", "quote"] = [
    "On {date} at {time}, {ticketing} Support wrote:",
    "-----Original Message-----\nFrom: Customer Support\nSent: {date} {time}\nSubject: Your request {ticket_number}",
    "On {date}, {first} {last} <{email}> wrote:",
    "---------- Forwarded message ---------\nFrom: {first} {last} <{email}>\nDate: {date}\nSubject: Fwd: tickets for {event}",
]
EN["frame", "disclaimer"] = [
    "This email and any attachments are confidential and intended solely for the addressee.",
    "Registered in England and Wales, company number {company_registration}. Customer services {company_phone}.",
    "Please consider the environment before printing this email.",
    "Please quote reference {ticket_number} in all correspondence.",
]
EN["frame", "agentmail"] = [
    "Dear {first},\n\nThank you for contacting us about order {order_number}. Your case number is {ticket_number}. Could you please confirm your account number and the email address on the account?\n\nKind regards,\n{agent}\nCustomer Care | {company_phone}",
    "Hi {first},\n\nWe've checked your account. Your member number is {customer_number} and the last payment was {amount} on {date}.\n\nBest wishes,\n{agent}",
]

EN["dm", "tech"] = [
    "Our box office integration is failing with {error_code}, request id {request_id}. Key we're using: {api_key}. Rotate it please?",
    "Our intern pushed the personal access token {token} to a public repo. Please revoke it, and the old key {api_key} too. Contact {email}",
    "The app ({version_string}) shows my session token {token} on the error screen. Should I worry? Phone {phone}",
    "Bought a gift card ({product_code}) at {cinema}, the scratch PIN {pin} is rejected. Order {order_number}",
    "Game download fails, checksum {checksum} doesn't match. Console {model_number}, login {username} password {password}",
    "Flight {flight_number} got cancelled so I missed {event} at {time}. Refund of {amount} to {iban}?",
    "New router: network {ssid}, key {wifi_key}. {stream} on my {model_number} keeps giving {error_code}",
    "Pitch at the festival campsite with hook-up, meter reading on departure {meter_reading}. Why was I charged {amount}? Account {customer_number}",
]
EN["snip", "login"] = ["username {username}", "login name: {username}", "user: {username}", "api key {api_key}",
                       "wifi password {wifi_key}", "my login is {email} / {password}"]
EN["frame", "para"] = [
    "I have already called your helpline several times and been passed from one department to another, so I am putting everything in writing. I expect a proper response within {days}.",
    "I have been a customer since {year} and never had any issues until now. {amount} is not a trivial sum for my household.",
    "Your terms state that changes are free of charge up to 48 hours before the event. The event starts on {date} at {time}, so I am well within that window.",
    "I have attached the confirmation email from {date} and a screenshot of the error message. Please let me know if you need anything else.",
    "If I do not hear back, I will raise a chargeback with my card issuer and escalate this to the relevant ombudsman.",
    "I appreciate things are busy after the cancellation, but it has now been {days} and I haven't even had an acknowledgement of my query (ref {ticket_number}).",
]
