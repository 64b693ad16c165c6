# English templates (UK and US). Prefix "GB|" or "US|" restricts a template to one locale.
EN = {
 "garage": {
  "c": [
   "GB|Hi, my {car} ({plate}) is booked in for its MOT on {date} at {time}. Customer no. {cust}. Can I leave the keys in the keysafe? Is the code still {code}?",
   "US|Got a recall notice for my {car} (model year {year}) but it went to my old place. New address is {addr}. Cell {mob}",
   "Check engine light came back on, code {obd}, mileage {km}. You charged me {amount} last week for the same thing. Call me on {phone}",
   "Paid invoice {invoice} on {date} by card {card} exp {exp} but still got a reminder?",
   "For the service plan direct debit: account holder {name}, IBAN {ibanfx}, DOB {dob}. Address {addr}",
   "Can't log into the dealer app to see my service history. username {user} pw {pw}, keeps giving {err} on {ver}",
   "Mechanic said part {part} would arrive {date}. Please text me at {mob} not my work line {land}. Ref {ticket}",
   "dropped the courtesy car back, keys in the lockbox, code {code}. thanks {first}",
  ],
  "p": [
   "{mention} 3 weeks waiting for a part for my {car} and nobody calls back. Shocking. {hashtag}",
   "GB|{mention} passed the MOT for {amount} and next day {obd} on the dash?? {hashtag}",
   "US|Saw a recall for my car on {url} but {mention} says there's nothing. Great {hashtag} {hashtag2}",
   "{mention} just ring me on {mob}, your chat bot is useless. Booking {ticket}",
  ],
  "a": [
   "Hi {ph}, sorry the light's back on! I've booked you in for {date} at {time}, booking ref {ticket}. You can also reach us on {cphone}. ^{ag}",
   "Hi {first}, we've updated your address to {addr} so the recall letter reaches you. More info: {url}. Thanks, {agent}",
   "Hi {first}, the payment on the card ending {maskedcard} for {amount} has come through, please ignore the reminder on {invoice}. {agent}",
   "Thanks {first}. I tried calling {mob} but got voicemail. Our line {cphone} is open until {time}. ^{ag}",
  ],
 },
 "housing": {
  "c": [
   "Hi, my tenancy ref is {tenant} and I live at {addr}. Ceiling's been leaking since {date}. Can someone come? My number: {mob}",
   "I still haven't had my deposit of {amount} back, moved out on {date}. Please pay it to sort code/account in IBAN form {ibanfx} in the name of {name}.",
   "Can't log into the resident portal. I get a text with code {otp} then {err}. Login is {user}",
   "Has the bike store code changed? Old code {code} doesn't work. Room 3.14, {street}",
   "US|The leasing office asked for my SSN, is that normal?? I'd rather not. My DOB is {dob} if that helps verify",
   "Flat wifi has been down for {qty}. network {ssid}, password {wifi}, router {model}. who can look at it?",
   "My flatmate changed my portal password without asking. Old one was {pw}, now I'm locked out. Email is {email}",
  ],
  "p": [
   "{mention} no hot water in our block for {qty} and no reply. {hashtag}",
   "How can {mention} raise service charges by {pct} with no explanation?? {hashtag} {url}",
   "{mention} mould all over my room at {street}, sent photos on {date}. Please respond.",
  ],
  "a": [
   "Hi {ph}, thanks for reporting this. We've raised repair job {ticket} for {addr}. An engineer will attend on {date} between {time} and {time2}. Thanks, {agent}",
   "Hi {first}, your deposit will be refunded to the account ending {masked} within 14 days. Questions? Call {cphone}. ^{ag}",
   "Hi {first}, the new bike store code will be emailed to {maskedmail}. Please never share door codes publicly. ^{ag}",
  ],
 },
 "energy": {
  "c": [
   "GB|Trying to switch through your comparison site but it keeps failing. MPAN {ean}, current account number {contract}. Address {addr}",
   "Meter readings as of {date}: day {meter}, night {meter2}, gas {meter3}. Account no. {cust}.",
   "You took {amount} by direct debit when we agreed {amount2}. Call me on {phone}",
   "hi i forgot my password for the customer portal, email {email}. reset link never arrives. DOB for security is {dob}",
   "Closing my account, moving on {date} to {addr}. Final reads {meter} / {meter2}. Refund the credit to {ibanfx}",
   "A doorstep seller asked for my debit card and PIN ({pin}) to 'verify' me. I also gave him card {card}. Is this you?",
   "US|Can't link my smart thermostat to the app, error {err} on {ver}. Account {user} / password {pw}",
  ],
  "p": [
   "Switched via {mention} and now paying {pct} more than quoted. {hashtag} {hashtag2}",
   "{mention} final bill {amount} when I sent reading {meter}. Not right. {url}",
   "On hold with {mention} on {cphone} for 40 minutes. {hashtag}",
  ],
  "a": [
   "Hi {ph}, I can see the switch for supply number {ean} is still in progress. You'll get confirmation within {qty}. Thanks for your patience! ^{ag}",
   "Hi {first}, I've added your readings ({meter} and {meter2}) to account {cust}. Your new statement will follow. Thanks, {agent}",
   "Hi {first}, we will never ask for your PIN. Please call your bank to cancel the card and report it at {url}. You can also call us on {cphone}. ^{ag}",
  ],
 },
 "library": {
  "c": [
   "Hi, I've been charged {amount} in fines for {qty} I returned on {date}. Library card {member}. Can you reverse it?",
   "Forgot my PIN for the self-service kiosk. Card number {member}, DOB {dob}. Is the default {pin}?",
   "Logging into Libby with card {member} and PIN {pin} says my account is blocked.",
   "Please update my address to {addr}, phone is now {mob}. Member no. {member}.",
   "My daughter (born {dob}) wants her own card, can we do it online? Mine is {member}, email {email}",
   "The ebook app crashes when I open it, version {ver}, device {model}. Error {err}.",
  ],
  "p": [
   "{mention} why does a reservation cost {amount} now? Used to be free. {hashtag}",
   "Lovely book club at {mention} last night! Next one {date} at {time} {hashtag}",
  ],
  "a": [
   "Hi {ph}, we've waived the {amount} fine on card {member}. Happy reading! ^{ag}",
   "Hi {first}, you can reset your PIN yourself at {url}. We never send PINs by message. Thanks, {agent}",
  ],
 },
 "dating": {
  "c": [
   "My account got banned for no reason. Signed up with {email}, profile ID {profile}. Phone {mob}.",
   "Someone took over my account and changed the password. Old one was {pw}; the verification code came to {mob}: {otp}",
   "A match is asking for money and wants gift cards. His number is {phoneuk} and he says he lives at {addr}.",
   "You charged {amount} for premium I cancelled on {date}. Card ending {maskedcard}. Refund please",
   "Please delete my account. Login {user}, date of birth {dob}. Thanks",
   "he sent me 'your code is {otpw}, just send it back to me' and I did 🤦 now I'm locked out",
  ],
  "p": [
   "{mention} you leave fake profiles up, I've reported 5 already {hashtag} {hashtag2}",
   "{mention} banned with no explanation, email me back!! {hashtag}",
  ],
  "a": [
   "Hi {ph}, sorry to hear that. Never share verification codes with matches. We've secured your account; log in via {url} and set a new password. Ref: {ticket}",
   "Hey {first}, we've received your request ({ticket}). Confirmation sent to {maskedmail}. ^{ag}",
  ],
 },
 "airline": {
  "c": [
   "My suitcase didn't arrive on {flight} on {date}. File reference {pir}. Delivery address: {addr}, phone {mob}.",
   "Got a PIR ({pir}) but the tracker hasn't updated in {qty}. Black Samsonite. Frequent flyer no. {ff}.",
   "Please refund my emergency purchases ({amount}) to {ibanfx}, name {name}. Receipts attached. File {pir}",
   "My case has a combination lock, code {code}, you can open it for customs. Reach me on {phone}",
   "Hi, my bag was delivered on {date} but the lock was broken off. Claim number {ticket}. My email {email}",
  ],
  "p": [
   "{mention} 5 days after {flight} and still no bag. File {pir}. Nobody answers {cphone} {hashtag}",
   "Pro tip: put an AirTag in your case. {mention} 'lost' mine while it was sitting at {url} {hashtag}",
   "{mention} tracker says my bag is in Malaga, I'm in Manchester. {hashtag} {hashtag2}",
  ],
  "a": [
   "Hi {ph}, sorry your bag's still missing. File {pir} shows it's on {flight} and will be delivered on {date} to {street}. ^{ag}",
   "Hi {first}, thanks for the receipts. We'll transfer {amount} to {maskediban} within 10 working days. Thanks, {agent}",
   "Hi {first}, could you DM us your file reference? Please don't share your address publicly. Track your bag at {url}",
  ],
 },
 "general": {
  "c": [
   "Payment keeps failing. Card {card}, expiry {exp}, security code {cvv}. What am I doing wrong?",
   "Phone says SIM locked after 3 wrong PINs. PUK on the card is {puk}. PIN was {pin}.",
   "Our dev built the integration with key {api} but we get {err} since {date}. Request ID {reqid}",
   "Can you see which IP logged in? I see {ip}, that's not me. My home IP is {ip2}.",
   "AWS creds we used for the export: access key {awsid}, secret {awssecret}. Rotate?",
   "Emailed before, no reply. Again: DOB {dob}, address {addr}, phone {phone}",
  ],
  "p": [
   "{mention} outage? App {ver} gives {err} at login {hashtag}",
   "{mention} no reply to my email from {date}, ref {ticket}. Hello??",
  ],
  "a": [
   "Hi {ph}, for your safety please never post card numbers or security codes. Cancel the card via {cphone} and request a new one. ^{ag}",
   "Hi {first}, the API key you sent ({api}) has been revoked for security reasons. Please create a new one at {gurl}. Ref {reqid}",
  ],
 },
}
