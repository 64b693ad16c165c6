"""English templates (en-gb and en-us share the pool; values follow the message language)."""

BODY = {
 "legal": [
  "My mum passed away on {~date} and I'm the executor. Your office asked for her date of birth ({dob}) and the address of the property: {addr}. Our case ref is {~dossier}. Final meter reading at the house: {~meter}.",
  "Hi, I need to set up a lasting power of attorney for my dad. Best number to reach me is {phone}, email {email}. Client no. {client}",
  "The completion money of {~amount} should go to {iban}, NOT the old account. Please confirm by phone on {phone}",
  "I can't log into the legal aid portal - username {user}, password {password}. It says {~err}.",
  "Details for the transfer deed:\nName: {@first} {@last}\nDOB: {dob}\nCurrent address: {addr}\nPhone: {phone}",
  "the keys for the property get handed over {~date} at {~time}, meter readings were elec {~meter} and gas {~meter2}. can u pass that on",
  "Signing the deed needs a one-time code, the text said {otp} but it expired. Can you resend to {phone}?",
 ],
 "hotel": [
  "We've booked {~nights} from {~date}, booking ref {~booking}. Could you text the door code to {phone}? We land on {~flight} late.",
  "Hi the keybox code {code} for the lodge isn't working, we're stood outside!! Booking under {@last}",
  "wifi in {@room} keeps dropping. network {@ssid}, password {wifi}, anyone able to look?",
  "Please refund the deposit of {~amount} to {iban}. Guest profile number {guest}.",
  "I gave my card over the phone: {card}, expiry {exp}, security code {cvv}. Has the {~amount} hold been released?",
  "Locked out of my account on your booking site. Login {user}, tried resetting password to {password} but the code never arrives at {email}",
  "Can we get late checkout at {~time}? Also the gate pin {code} only works for car, not the pedestrian gate",
 ],
 "gym": [
  "I want to cancel my membership from {~date}. Member number {member}, DOB {dob}. The direct debit comes out of {iban}",
  "My access badge stopped working at the turnstiles. Membership no {member}. Locker PIN is {pin} if that helps",
  "Can't log into the app: username {user}, password {password}. On version {~ver}. Please reset",
  "You've charged me {~amount} twice!! Member since {~year}, number {member}. Call me back on {phone}",
  "I've moved - new address is {addr}. New email {email} as well",
  "The verification code was {otp} but the app keeps saying expired ({~err})",
  "Signing my son up for the club, he was born {dob}. Pay from card {card} exp {exp}",
 ],
 "broadband": [
  "Engineer was due {~date} between {~time} and {~time2} to install fibre at {addr} but no-show. Account number {cust}. The {~model} is still in its box.",
  "The router ({~model}) has a flashing red light. Serial {@serial}. Can't log in to the admin page with {user} / {password} anymore",
  "New wifi password is {wifi}, the old one was {wifi2}. Still can't get port {~port} through to {ip}",
  "When is fibre coming to my street? I live at {addr}. Reach me at {phone} or {email}",
  "Getting error {~err} on the ONT, firmware {~ver}. Account {cust}, no internet since {~date}!!",
  "Router admin\nuser: {user}\npass: {password}\nwifi name {@ssid}\nkey {wifi}\nis that right?",
  "Please move my install appointment to {~date}. Account number is {cust}, mobile {phone}",
  "Invoice {~invoice} for {~amount} is wrong, I'm on {~product} not {~product2}. Sort it out pls. Pay from {iban}",
 ],
 "app": [
  "The replacement router shipped with tracking {~tracking}, and now it wants a code - got {otp}. I'm on {~speed}, {~pct} off until {~year}. File hash {~checksum}. Session token: {token}",
  "Firmware {~ver} download shows SHA-256 {~checksum}, is that right? Account {cust}, token {token}. Parcel {~tracking} still not here. Port {~port} to {ip} fails, request id {~reqid}.",
  "Our booking widget won't sync with your channel manager. API key {apikey}, request id {~reqid}, error {~err}.",
  "Here's the access token support asked for: {token} - account {cust}",
  "I accidentally posted my PIN {pin} and card number {card} in the chat, please delete!",
  "Firmware download checksum {~checksum} doesn't match. Is my API key {apikey} expired?",
  "AWS creds for the reservations box leaked: access key {apikey} secret {awssecret}. Revoke please.",
  "PUK is {puk}, SIM PIN {pin}. Phone keeps asking for PUK. Number {phone}",
 ],
}

PUBLIC = [
  "{~mention} {~days} without broadband and nobody answers {~hashtag}",
  "{~mention} engineer no-show AGAIN. Call me: {phone} {~hashtag}",
  "How much longer {~mention}?? Ticket {~ticket} open since {~date} {~hashtag} {~hashtag2}",
  "{~mention} lovely park but the wifi is a joke {~hashtag} {~url}",
  "{~mention} just email me at {email}, your DMs are broken",
  "{~mention} promised {~pct} off and still charged {~amount}. {~hashtag}",
]

AGENT = [
  "Hi {@first}, sorry to hear that! Could you DM us your account number and postcode? Never share your password. ^{@agent}",
  "Thanks {@first}. I can see account {cust} (card {~masked}) and the engineer is booked for {~date} between {~time} and {~time2}. {@agent}",
  "Hi {@first}, we've refunded {~amount} to the account ending {~masked}. Ref {~ticket}. Kind regards, {@agent}\n{@brand} | {~cphone}",
  "Hi {@first}, your temporary password is {password}. Please change it at {~url}. ^{@agent}",
  "We've sent a code to {email}. Your verification code is {otp} and it's valid for {~minutes}. {@agent}",
  "Hi! Your lodge door code is {code} and the wifi key is {wifi}. Enjoy your stay! Any issues call {~cphone}. {@agent}",
  "Good afternoon, for the power of attorney we have recorded your date of birth as {dob}. Your case number is {~dossier}. Regards, {@agent}, paralegal",
]

GREET = ["Dear Sir/Madam,", "Hi,", "Hello,", "Good morning,", "Hi {@agent},", "Dear {@brand} team,", "Hiya,", "To whom it may concern,"]
CLOSE = ["Kind regards,", "Thanks,", "Cheers,", "Best,", "Regards,", "Many thanks,", "Thx", "Best wishes,"]
SIG = ["{@first} {@last}\n{addr}\nTel: {phone}", "{@first} {@last}\nMob: {phone}\n{email}", "{@first}\n\nSent from my iPhone",
       "{@first} {@last} | {phone}", "--\n{@first}\n{email}", "{@first} {@last}\nSent from Outlook for Android"]
QUOTE = ["On {~date}, at {~time}, {@brand} <support@{@web}> wrote:", "-----Original Message-----\nFrom: {@brand} <help@{@web}>\nSent: {~date} {~time}\nSubject: RE: your case {~ticket}",
         "On {~date} {@agent} from {@brand} wrote:", "---------- Forwarded message ---------\nFrom: {@brand} <noreply@{@web}>\nDate: {~date}\nSubject: Booking confirmation {~booking}"]
DISCLAIMER = ["This email is confidential and intended solely for the addressee. Registered in England No. {~kvk}.", "Please consider the environment before printing this email.",
              "{@brand} Ltd | VAT {~kvk} | {~url}", "This message and any attachments are confidential."]
QUOTED = ["Dear customer, thanks for getting in touch. We'll reply within {~days}. Your reference is {~ticket}.",
          "Hi {@first}, could you send your account number and date of birth? Thanks, {@agent}",
          "We confirm your appointment on {~date} at {~time}. Questions? Call {~cphone}."]
