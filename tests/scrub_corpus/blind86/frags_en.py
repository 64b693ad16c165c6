"""English (en-gb + en-us) templates. Prefix 'GB|' = only en-gb, 'US|' = only en-us."""

BODY = {
"travel_booking": [
    "My Executive Club number is {customer_number:ff} but the Avios for {flight_number} on {date} still haven't posted.",
    "booking ref {order_number:pnr}, FF no. {customer_number:ff}. can you move our seats together?",
    "Booked through {travel} (ref {order_number}) and forgot to add my frequent flyer # {customer_number:ff} - can it be added retroactively?",
    "Flight {flight_number} at {time} got cancelled and nobody rebooked us. Confirmation code {order_number:pnr}, cell {phone}.",
    "US|My SkyMiles number is {customer_number:ff}, please add it to confirmation {order_number:pnr}. Thx",
    "account no: {customer_number}\nbooking: {order_number:pnr}\nflight: {flight_number} ({date})\nany update??",
    "GB|Been on hold {quantity:dur} on {company_phone}. Booking {order_number:pnr}, ring me back on {phone} please.",
    "Loyalty number on the ticket is wrong, should be {customer_number:ff}. E-ticket {order_number:eticket}.",
],
"travel_passport": [
    "Online check-in won't accept my passport. Passport number {customer_number:passport}, DOB {date_of_birth}.",
    "APIS details: passport {customer_number:passport}, born {date_of_birth}, British citizen. Booking {order_number:pnr}.",
    "US|For TSA PreCheck the known traveler number is {customer_number}, passport {customer_number:passport}, date of birth {date_of_birth}.",
    "Got a new passport, number is now {customer_number:passport} (old one expired). Please update booking {order_number:pnr}. D.O.B. {date_of_birth}.",
    "doc no {customer_number:passport} / dob {date_of_birth} / flt {flight_number}",
],
"travel_refund": [
    "I've been waiting since {date} for my refund of {amount}. Please pay it into {iban}, account name {first} {last}.",
    "Refund for booking {order_number:pnr} to {iban} please, my credit card has since been cancelled.",
    "I don't want a voucher, I want my money back ({amount}). IBAN: {iban}",
    "The UK261 compensation of {amount} ({flight_number}, {quantity:dur} late) can go to {iban}. Complaint ref {ticket_number}.",
    "US|Please refund the {amount} to the card ending {masked_value}, not as travel credit. Case {ticket_number}.",
],
"travel_luggage": [
    "My suitcase didn't arrive on {flight_number}. Bag tag {tracking_number:bag}, file ref {ticket_number:pir}. Please deliver to {address}.",
    "Lost bag: reference {ticket_number:pir}. Best number is {phone}, delivery address {address}.",
    "Still no luggage since {date}! Tag {tracking_number:bag}. I'm staying at {address} until {date}.",
    "courier can leave the bag with my neighbour at {address:short}, my mobile is {phone}",
],
"login": [
    "Can't log into the app. Username {username}, password {password}. What's going on?",
    "login: {username}\npw: {password}\nkeeps throwing error {error_code}",
    "My password was changed without me doing it. Old one was {password}, I've now set {password} but the account is locked.",
    "My account ({email}) got hacked, already changed the password to {password}.",
    "user = {username} , pass = {password} , app version {version_string}",
    "Logging in with {email} and password {password} just says 'invalid credentials'.",
],
"otp": [
    "I get the text code ({otp}) but the app says it's invalid.",
    "Verification code was {otp}, didn't work. New one {otp} didn't either.",
    "Your agent asked me for the code from the text, it was {otp:words}. Is that normal??",
    "One-time passcode: {otp} (received {time})",
    "the code you emailed me is {otp}",
],
"pin_code": [
    "The key safe at the holiday cottage won't open with code {pin}. We're stood outside with {quantity:ppl}!",
    "My card PIN is {pin} but the payment at the airport was declined.",
    "The door code at the gym ({pin}) stopped working after the update.",
    "US|The gate code for my building is {pin}, driver couldn't get in. Order {order_number}.",
    "can't open locker 112, I set it to {pin}",
    "The alarm code for the apartment is {pin}, host says that's right but it keeps going off.",
],
"puk": [
    "My SIM locked while abroad. PUK is {puk} but it keeps asking for PIN {pin}.",
    "Travel eSIM: PUK code {puk}. Does this still work after 10 attempts?",
],
"wifi": [
    "The wifi password for {ssid} at the club is {wifi_key} but it won't connect.",
    "Hotel wifi not working. Network {ssid}, key {wifi_key}.",
    "For the smart scale setup: SSID {ssid}, WPA2 passphrase {wifi_key}",
],
"api": [
    "We're a partner restaurant and the POS integration is down. API key: {api_key}",
    "Our agency integration returns {error_code}. Key used {api_key}, request id {request_id}.",
    "For the integration I was given key {api_key} and secret {api_key}. Port {port} is open on our side.",
    "The API key {api_key} was accidentally shared in an email, please revoke it!",
],
"token": [
    "The app keeps logging me out. Logs show: Authorization: Bearer {token}",
    "session token {token} (version {version_string})",
    "My access token {token} expires after {quantity:dur}, is that intended?",
],
"card": [
    "I've been charged {amount} twice on my credit card {card}. Expiry {card_expiry}.",
    "card no {card} exp {card_expiry} cvv {cvv}, payment fails with {error_code}",
    "Payment for the meal kit with my Visa {card} was declined.",
    "Could you remove card {card} (valid thru {card_expiry}) from my account?",
    "Security code is {cvv}, expires {card_expiry}. The app shows {masked_value} but that's the old card.",
],
"iban": [
    "The membership is still being taken from {iban} even though I cancelled from {date}!",
    "New account for the direct debit: {iban}. Mandate reference {customer_number:mandate}.",
    "GB|You're taking {amount} a month from {iban} when it should be {amount}.",
    "Please refund to {iban} (account holder {first} {last}).",
],
"membership": [
    "I want to cancel my membership. Member number {customer_number:gym}, date of birth {date_of_birth}.",
    "Membership no. {customer_number:gym}. Please freeze it from {date} to {date}, injury.",
    "My access fob ({customer_number:badge}) no longer works at the turnstiles in {city}.",
    "Member since {year}, number {customer_number:gym}, and now the price is up {percentage}?",
    "GB|Membership in the name of {first} {last}, DOB {date_of_birth}, member no {customer_number:gym}. Moved to {address}.",
    "US|Lost my key tag, barcode {customer_number:badge}. Home club {city}.",
    "Club app login {username} / {password} shows my membership {customer_number:gym} as expired.",
],
"food_order": [
    "Order {order_number} never arrived. Address {address}, phone {phone}. Driver didn't even knock.",
    "My food ({dish}) arrived cold after {quantity:dur}. Order {order_number}, {amount}.",
    "The courier called the wrong number, mine is {phone}. Order {order_number}.",
    "The app still has my address as {address}, it should be {address}.",
    "customer no {customer_number} - box from {date} was missing the meat, want {amount} back",
],
"food_allergy": [
    "I flagged a nut allergy on order {order_number} and there were peanuts in the {dish}. Ended up in A&E! Call me: {phone}",
    "It said gluten-free but my daughter reacted badly. Order {order_number}, account {customer_number}, email {email}.",
    "The allergen info for product {product_code} is wrong. I want to file a complaint, my email is {email}.",
],
"voucher": [
    "Promo code {product_code:promo} doesn't work, it says {error_code}. Account {email}.",
    "I got a {amount} credit but it's not showing on account {customer_number}.",
    "Code {product_code:promo} only gives {percentage} off, not what the email said.",
    "My gift card isn't accepted, the PIN on the back is {pin}.",
],
"ip": [
    "My account was locked for a 'suspicious login' from {ip_address}, but that's just me at home.",
    "I see a sign-in from IP {ip_address} on {date} at {time}, that wasn't me!",
    "My IP is {ip_address} and support says it's on a blocklist. Error {error_code}.",
],
"contact": [
    "My new email is {email} and phone {phone}.",
    "Call me on {phone}, ideally after {time}.",
    "can you email {email} instead of my old address?",
    "My husband's number is {phone}, he made the booking.",
    "US|Text me at {phone} when it's sorted.",
],
"neutral": [
    "I've called {company_phone} {quantity:times} and nobody picks up.",
    "{url} says {amount} but I was charged {amount}.",
    "Invoice {invoice_number} from {date} is wrong.",
    "The app (version {version_string}) crashes on my {model_number}.",
    "My complaint {ticket_number} has been open since {date}.",
    "Parcel with tracking number {tracking_number} never turned up.",
    "{flight_number} left at {time} instead of {time}.",
    "Checksum of the download doesn't match: {checksum}",
    "Meter reading at check-out was {meter_reading}, yet you charged {amount} extra.",
],
}

PUBLIC = [
    "{mention} {quantity:dur} waiting for my bag, file ref {ticket_number:pir} {hashtag}",
    "{mention} {flight_number} delayed AGAIN. When do I get my {amount} back? {hashtag}",
    "{mention} your driver just threw order {order_number} on the doorstep {hashtag}",
    "{mention} can't log in!! username {username} pw {password} pls help",
    "{mention} please call me {phone}, nobody answers emails",
    "{mention} why are you still taking {amount} from {iban}?? I cancelled {hashtag}",
    "{mention} member no {customer_number:gym}, my fob hasn't worked for {quantity:dur}",
    "{mention} {mention} lost bag, tag {tracking_number:bag}, address {address} #help",
    "US|{mention} still no refund after {quantity:dur}. Unreal. {hashtag}",
    "{mention} {url} gives {error_code}, can't check in",
]

GREET = ["Hi,", "Hello,", "Dear Sir/Madam,", "Hi there,", "Hey", "Good afternoon,", "Hi {agent},", "To whom it may concern,", "GB|Morning,", "US|Hi team,"]
CLOSE = ["Kind regards,", "Thanks,", "Best,", "Regards,", "Cheers,", "Many thanks,", "Thanks in advance!", "US|Best regards,", "GB|Ta,", "Sincerely,"]
SIG = ["{first} {last}\n{address}\nTel: {phone}", "{first} {last}\n{phone}", "{first}\nSent from my iPhone", "{first} {last} | {email} | {phone}",
       "{first} {last}\nMobile: {phone}\nEmail: {email}", "{first}\n\nSent from Outlook for Android"]
AGENT = [
    "Hi {first}, sorry to hear that! I've checked membership {=customer_number:gym}. You can call us on {company_phone}. {agent}",
    "Hi {first}, thanks. I've raised case {ticket_number} for the refund to {=iban}. Allow up to 10 working days. ^{agent}",
    "Hi {first}, please never share your password with us, not even in DM. Change it via {url}. {agent}",
    "Hi {first}, found booking {order_number:pnr} and added your frequent flyer number {=customer_number:ff}. Safe travels! {agent}",
    "Hi {first}, order {order_number} has been refunded ({amount}). ^{agent}",
    "Hi {first}, good news, your bag has been located! It'll be delivered tomorrow between {time} and {time} to {=address}. ^{agent}",
    "Hi {first}, could you DM us your account number and postcode? Never your password or PIN! ^{agent}",
    "Hi {first}, I can see a duplicate charge of {amount} on the card {masked_value}. That'll be reversed. ^{agent}",
    "Hi {first}, I've updated your phone number to {=phone}. Ref {ticket_number}. Thanks, {agent}",
]
AGENT_SIG = ["{agent} | Customer Care {brand}\nT {company_phone} | Company No. {company_registration}",
             "Kind regards,\n{agent}\nThe {brand} Team\n{url}",
             "{agent} - {brand} Support\n{company_phone}\nVAT Reg {company_registration}"]
QUOTE_HDR = ["On {date}, at {time}, {brand} <support@{domain}> wrote:", "From: {brand} Customer Service\nSent: {date} {time}\nTo: {first} {last}\nSubject: RE: your enquiry",
             "-----Original Message-----\nFrom: {first} {last}\nDate: {date}", "On {date} {first} {last} wrote:"]
FWD_HDR = ["---------- Forwarded message ---------\nFrom: {brand} <no-reply@{domain}>\nDate: {date}\nSubject: Your booking confirmation",
           "Begin forwarded message:\n\nFrom: {brand}\nDate: {date} at {time}\nSubject: Order {order_number} confirmed"]
DISCLAIMER = ["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please delete it.",
              "Please consider the environment before printing this email."]
SUBJECT = ["Subject: Refund request", "Subject: Cancel membership", "Subject: Complaint about order", "Subject: Missing luggage", "Subject: Login issue"]

BODY["card"] += [
    "Paid with card {card}, expires {card_expiry}, security code {cvv}. Site still says 'payment failed'.",
    "Here are the details your colleague asked for:\ncard: {card}\nvalid until: {card_expiry}\nCVC: {cvv}",
    "My Mastercard {card} is still linked, the 3 digits on the back are {cvv}. Please remove it.",
    "used card {card} with code {cvv} for the meal kit but nothing was charged and the box got cancelled",
]
BODY["travel_passport"] += [
    "US|For the ESTA they asked my SSN-free details only, passport {customer_number:passport}, DOB {date_of_birth}. Is that right?",
    "GB|My passport number is {customer_number:passport} and date of birth {date_of_birth}, for the Advance Passenger Info.",
]
BODY["membership"] += [
    "The app says 'member not found' for no. {customer_number:gym}. I log in as {username}.",
    "I want to transfer my membership to my girlfriend, DOB {date_of_birth}, email {email}.",
]
BODY["otp"] += [
    "I got this text: 'Your verification code is {otp}. Do not share this code.' but I didn't request anything??",
    "Forwarded text:\n{brand}: {otp} is your login code. Valid for 10 minutes.",
    "someone rang saying they were from you and asked for the code {otp}, I gave it... now my account is gone",
    "2FA code {otp} arrives after {quantity:dur}, by then it's expired.",
]
BODY["login"] += [
    "New password set: {password}. Old: {password}. Neither works.",
    "My username for the club app is {username} (not my email), I've forgotten the password.",
]
BODY["ip"] += [
    "My router (public IP {ip_address}) is rejected by your site with {error_code}.",
    "Sign-ins from {ip_address} and {ip_address} today, neither was me.",
]
BODY["token"] += [
    "The URL contains ?access_token={token} , is that safe?",
    "The refresh token is {token} according to error {error_code}.",
]
BODY["wifi"] += [
    "Wifi at the holiday let: network {ssid}, password {wifi_key}. Doesn't work, can you call the owner?",
    "Has the gym guest wifi got a new code: {wifi_key}? Front desk says something else.",
]
BODY["puk"] += [
    "PUK for the prepaid travel SIM: {puk}. It's been locked since we landed.",
    "PUK {puk} gets rejected, I have a flight at {time}, help.",
]

BODY["form"] = [
    "Name: {first} {last}\nAddress: {address}\nPhone: {phone}\nEmail: {email}\nDOB: {date_of_birth}\nMember no: {customer_number:gym}",
    "My details:\n- {first} {last}\n- {address}\n- {phone}\n- IBAN {iban}",
    "NAME {first} {last} / ADDRESS {address} / MOBILE {phone} / ACCOUNT {customer_number}",
    "details for the claim:\nname: {first} {last}\nborn: {date_of_birth}\naccount: {iban}\nemail: {email}\nbooking: {order_number:pnr}",
    "US|First name: {first}\nLast name: {last}\nShipping address: {address}\nCell: {phone}\nEmail: {email}",
    "Contact is {first}, reachable on {phone} or {email}; billing address {address}.",
]
BODY["neutral"] += [
    "Out on {date} at {time}, back on {flight_number} on {date}. Total {amount} for {quantity}.",
    "Order {order_number} (invoice {invoice_number}) delivered {date}, tracking {tracking_number}.",
    "Your company number {company_registration} isn't on invoice {invoice_number}, I need it for expenses.",
    "In {year} I paid {amount}, now {amount}. That's {percentage} more!",
]
BODY["contact"] += [
    "My number changed: was {phone}, now {phone}.",
    "Please send the confirmation to {email}, I no longer use the other address ({email}).",
]

BODY["api"] += [
    "Our developer pasted the AWS creds into the ticket by mistake: access key {api_key}, secret {api_key}. Please delete.",
    "Webhook from your delivery platform fails. Header X-Api-Key: {api_key} , endpoint {url}",
]
BODY["pin_code"] += [
    "The driver asked for my phone unlock code ({pin}) to 'make a quick call', is that normal?",
    "SIM PIN is {pin}, phone just says 'no service' abroad.",
]
PUBLIC += [
    "{mention} my suitcase is still in {dest}!! tag {tracking_number:bag} {hashtag} {hashtag}",
    "{mention} no reply for {quantity:dur}. email me at {email} please",
    "{mention} your driver called me on {phone} and was rude. {hashtag}",
    "{mention} member {customer_number:gym}: why is the app broken? version {version_string}",
]
