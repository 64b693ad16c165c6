"""English templates (shared by en-gb and en-us; values and fillers follow the message locale)."""
T = {
"chat": {
 "sport": [
  "Hi, can't log into the {brand} ticketing app. Username is {user} and password {password}, keeps throwing {err}. Season ticket holder, member no. {cust}. Game is {weekday} at {time}!!",
  "I bought {qty} for {date} (order {order}) and got charged {amount} twice on my card ending {masked}. Pls refund. My mobile is {phone}",
  "Want to sign my daughter up for the juniors. DOB {dob}, address {address}. Direct debit from {iban} is fine.",
  "whats the gate code for the training ground now? used to be {pin4} and that doesnt work anymore",
  "My tickets were sent to {email#1} but I can't access that inbox anymore. New email: {email2}. Membership number {cust}",
  "Payment keeps failing. Card {card}, exp {expiry}, security code {cvv}. Been trying since {time} and the seats for {date} are going fast",
  "Can I transfer my season ticket to my brother? My account no is {cust}, his cell {phonex}, his date of birth {dob}",
  "Password reset link never arrives. Login is {user}, email on file {email}. Tried {qty} now.",
 ],
 "crypto": [
  "My {brand} account got locked after I changed my password. Old one: {password} new one: {newpw}. The 2FA code I got was {otp} but it says expired. I have {crypto} sitting there!",
  "Bank transfer of {amount} from {iban} still not credited after {qty}. Tx ref {txid}. Customer ID {cust}",
  "Made an API key for my trading bot:\nAPI key: {apikey}\nSecret: {apisecret}\nAccidentally posted it in your Telegram group, is that bad?? IP whitelist is {ip}",
  "Why do you need my SSN for verification? Fine, whatever. DOB {dob}, address {address}, phone {phone}",
  "withdrawal of {crypto} pending since {date}. ticket {ticket}. my login email is {email}. this is a scam isnt it",
  "Lost my phone with the authenticator. Backup codes I still have: {otp} {otp} {otp}. Which one do I use? Account {email}",
  "Getting logged out constantly. In the browser console I see a bearer token {token} — is that related? Running app version {ver}",
  "Set up AWS to pull my trade history. Access key ID {awskey}, secret access key {awssecret}. Is that safe to give your support bot?",
 ],
 "alarm": [
  "Our alarm keeps going off around {time}. The installer left the master code as {pin4} and the user code is {pin}. Can you check remotely? Address {address}",
  "Engineer can let himself in, key safe code is {pin4}. Please ring me first on {phone}.",
  "Since the {ver} update the app won't log me in. Username {user}, password {password}. Panel ({model}) is on {ip}, port {port}.",
  "Account {cust}. We're moving on {date} to {address}. Can the system come with us? Monthly {amount} can keep coming out of {iban}.",
  "Monitoring centre rang at {time} about an intrusion, we were away. Our passphrase with them is {password}. Keyholder is my neighbour on {phonex}.",
  "Camera ({model}) offline again. Wifi is {ssid}, key {wifi}. Already power cycled.",
  "Door code for the building is {pin4}#, then flat 4. Installer is booked for {date}.",
 ],
 "bike": [
  "Got a {amount} fine for a scooter parked 'incorrectly' on {date} at {time}?? Account: {email}, phone {phone}",
  "Bike won't unlock, app shows {err}. Unlock code in the app is {otp}. I'm at the station in {city}",
  "Please update the card on my account. New card {card}, expires {expiry}, CVV {cvv}. Old one ({masked}) expired.",
  "Subscription {cust}: verification text never arrives on {phone}. Got {otp} yesterday but that's expired",
  "I accidentally started 2 rides, {amount} + {amount}. Can you refund one to {iban}?",
  "Driving licence check keeps failing. My DOB is {dob}, username {user}",
  "Ride {order} charged {amount} for {qty}. I parked it outside {street}, photo attached",
 ],
 "post": [
  "Parcel {track} says delivered but it's not here. Address: {address}. I was in all day until {time}.",
  "I set up redirection from {date}. Old address {address}, new address {address}. DOB for security {dob}.",
  "Can the parcel go to my neighbour at {street}? I'm on {phone}. Tracking {track}",
  "Locker pickup code is {otp} but the locker says invalid. I also got this text: {otp}",
  "Signed-for letter never arrived. I live at {address}, customer number {cust}.",
  "Return label error ({err}). Order {order}, paid {amount} with card ending {masked}.",
  "Customs charge of {amount} for {track}?? Paid already via your link. Account email {email}",
 ],
 "telecom": [
  "I'm in {country} and my SIM is blocked after 3 wrong PINs. PUK isn't on the card holder, can you send it? Number {phone}, account {cust}",
  "Roaming not working in {country}, still have {qty} left on my bundle. Phone {model}, software {ver}. Number {phone}",
  "New router. Network {ssid}, password {wifi}. Admin login: {user} / {password}. Can't forward port {port}.",
  "Phone stolen in {city}!! Please block {phone}. Screen lock was {pin}, SIM PIN {pin4}.",
  "Found the PUK: {puk}. Now it asks for a new PIN, can I just use {pin4} again?",
  "My bill {invoice} is {amount} even though I was only in {country}. Account {cust}.",
  "Transferring my eSIM, the activation code you sent is {otp}. DOB for verification: {dob}, last 4 of account {masked}",
  "Roaming charges {amount} on {date}? Flight {flight} landed at {time} and I switched data off straight away.",
 ],
 "gen": [
  "My details: {name}, {address}, DOB {dob}, phone {phone}, email {email}",
  "Bank details for the refund: {iban} in the name of {name}",
  "PS my new mobile number is {phone}, the old one ({masked}) is no longer in use",
  "Best to reach me after {time} on {phone}, or email {email}",
  "For reference:\nName: {name}\nAddress: {address}\nDate of birth: {dob}\nEmail: {email}\nAcct: {cust}",
  "Sort of urgent, I'm flying out on {flight} on {date}.",
 ],
},
"public": [
 "{mention} been on hold {qty} about my season ticket. Absolute joke {hashtag}",
 "{mention} parcel {track} marked delivered but it's nowhere. Call me on {phone}",
 "{mention} why is your app broken? {err} since {ver} {hashtag}",
 "{mention} did you get my email? Sent from {email}, no reply in {qty}",
 "Another scooter dumped across the pavement in {city}. {mention} sort it out {hashtag} {hashtag}",
 "{mention} no signal in {country} even with roaming on. Number's {phone}, can you look?",
 "Anyone know how to get {mention} to process a withdrawal? {crypto} stuck since {date} {hashtag}",
 "alarm went off at {time} and {mention} didn't call for {qty}. great security 👎",
 "{mention} {amount} for tickets on {date}?? They were {amount} last week. {url}",
 "PSA: {mention} will NEVER text you asking to 'verify' at {url} {hashtag}",
 "{mention} {mention2} same thing happened to me, {pct} fee on top lol",
 "{mention} your rep told me to post my account number here?? {cust}. Sort it please",
],
"agent": [
 "Hi {first}, sorry your parcel hasn't turned up! Tracking {track} was last scanned on {date}. I've opened an investigation, ref {ticket}. Thanks, {agent}",
 "Thanks for getting in touch! Please never share your password or login codes with us, not even by DM. You can reset it at {url}. ^{ai}",
 "Hi {first}, I've found your account {cust#1}. For security I can only see the last digits of your bank account: {masked}. Is that still correct? {agent}",
 "Hey! Could you DM us your postcode and house number so we can take a look? 🙂 ^{ai}",
 "Dear {first}, your request is being handled (reference {ticket}). Feel free to call {cphone} between {time} and {time}. Kind regards, {agent}",
 "Hi {first}, your PUK code is {puk}. Careful: 10 wrong attempts and the SIM is blocked for good. Enjoy {country}! {agent}",
 "I've set a temporary password for you: {newpw}. Please change it as soon as you log in. Cheers, {agent}",
 "Thanks {first}. The refund of {amount} will be back on {iban#1} within {qty}. Case number {ticket}.",
 "Hi {first}, we have your mobile as {masked}. Is {phone#1} your new number? I'll update it. ^{ai}",
 "Hi {first}, the engineer is booked for {weekday} {date} between {time} and {time} and will use the key safe code {pin4#1} you gave us. {agent}",
 "Hi {first}, I can see a login from {ip#1} at {time} that wasn't you. I've revoked all sessions and API keys. Ref {ticket}. {agent}",
],
"greet": ["Hi {brand},", "Dear Sir/Madam,", "Hello,", "Good morning {brand} team,", "Hiya", "To whom it may concern,", "Hey there,", "Dear Customer Services,"],
"close": ["Kind regards,", "Thanks,", "Cheers,", "Best,", "Many thanks in advance,", "Regards,", "Thanks in advance!", "Sincerely,"],
"sig": [
 "{name}\n{address}\nMob: {phone}",
 "{name}\n{phone#1}",
 "{first}\n\nSent from my iPhone",
 "{name} | {email#1} | {phone#1}",
 "{name}\nAccount #: {cust#1}\nCell {phone}",
 "{first}\n\nGet Outlook for Android",
 "--\n{name}\nT: {phone}\nE: {email#1}",
 "{first} {last}\nMember {cust}",
],
"qhead": [
 "On {weekday}, {date} at {time}, {brand} Support wrote:",
 "On {date}, {agent} from {brand} wrote:",
 "-----Original Message-----\nFrom: {brand} Customer Care\nSent: {date} {time}\nSubject: RE: Your query {ticket}",
 "From: {brand} <no-reply>\nDate: {date}\nSubject: Case {ticket} update",
],
"qhead_c": ["On {date} at {time}, {name} wrote:", "{name} wrote on {date}:", "Original message from {first}:", "-----Original Message-----\nFrom: {name}\nSent: {date}"],
"disc": [
 "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
 "Please consider the environment before printing this email.",
 "Sent from a mobile device, please excuse typos.",
 "Nothing in this email is intended to create a binding contract.",
],
"paste": [
 "{brand}: Your verification code is {otp}. Do not share it with anyone.",
 "Your {brand} login code is {otp} (valid for 10 minutes)",
 "\"{otp} is your one-time passcode. Don't share it!\" <- that's what I got",
 "text from this morning: Use code {otp} to confirm your phone number.",
 "Your locker collection code is {otp}. Valid until {date}.",
 "Your PUK is {puk}",
 "The lady on the phone read it out as {otpw}, doesn't work either",
],
"asig": [
 "Kind regards,\n{agent}\n{brand} Customer Care\nT {cphone} | {url}\nCompany No. {kvk}",
 "^{ai}",
 "Cheers, {agent} | Social Care Team, {brand}",
 "{agent}\n{brand} Support — call {cphone} ({time}-{time} Mon-Fri)\nVAT {kvk}",
],
"fwd": [
 "---------- Forwarded message ---------\nFrom: {name} <{email#1}>\nDate: {weekday}, {date} at {time}\nSubject: Fwd: my account",
 "Begin forwarded message:\n\nFrom: {name} <{email#1}>\nDate: {date}\nSubject: complaint",
],
}

T["chat"]["alarm"] += [  # 7 -> heldout
 "Can't log into the alarm portal. User {user}, pw {password}. Hub IP {ip}, port {port}. Master code {pin4}, system installed at {address}",
]
T["chat"]["bike"] += [
 "New login for the scooter app: {user} / {password}. Card on file {card} exp {expiry} cvv {cvv}, born {dob}",
]
T["chat"]["post"] += [
 "My account on your app is {user}, password {password}, but it won't show {track}. Delivery address {address}",
]
T["chat"]["sport"] += [
 "Refund of {amount} to {iban} please, not the old account. Member {cust}. Member since {year}.",
 "Made a new account {user} with password {password} but my season ticket is on the old one. DOB {dob}, address {address}",
]
T["chat"]["crypto"] += [
 "Linked bank account changed to {iban}. Session token was {token}, API key {apikey}. Installer checksum {checksum}",
 "Logging in as {user} / {password} from {ip}, 2FA {otp}, personal access token {token} for the API. Still locked! Request ID {reqid}",
]
T["chat"]["gen"] += [
 "Customer since {year}. Ordered {qty} (item {prod}) but the {pct} discount is missing from invoice {invoice}.",
 "Been with you since {year}. Order {order}, product code {prod}, {pct} off not applied to invoice {invoice}.",
 "Meter reading on move-out day was {meter}. I was on flight {flight} on {date}.",
 "Took the meter reading before flight {flight}: {meter}.",
 "IBAN if you need it: {ibanx}",
 "Bank: {ibanx} (it's a foreign account, sorry)",
]
T["agent"] += [  # 11 -> heldout
 "Hi {first}, your login name is {user} and I've emailed a temporary password ({newpw}) to {email}. {agent}",
]
T["chat"]["gen"] += [
 "wifi for the engineer: network {ssid}, key {wifi}",
 "Our WiFi password is {wifi} (SSID {ssid}) if the tech needs it",
]
