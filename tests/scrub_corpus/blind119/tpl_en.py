"""English (UK + US) templates."""
DM = [
    "dentist|Hi, need to move my check-up on {!date}. Patient no. {cust}, DOB {dob}. Best number is {phone}",
    "physio|hey can u send the invoice to {email}? my insurer needs it. policy number {cust}",
    "ferry|Booking ref {!order}, sailing at {!time}. Need to add a car. Pay with card {card}, expiry {exp}, security code {cvv}",
    "train|Delay claim {!ticket} — please pay it into my account {iban}, not the card",
    "carshare|app keeps logging me out. username {user} password {password}. on {!ver} if that helps",
    "parking|I got charged {!amount} for a session I ended at {!time}. Account email is {email}",
    "festival|my verification code is {otp} but it says expired?? tried 3 times now",
    "cleaning|Cleaner's coming tomorrow, the lockbox code is {pin}, address {address}",
    "laundry|you lost 2 shirts from order {!order}!! call me on {phone}",
    "petshop|cancel the autoship for dog food ({!qty}) pls. Customer ID {cust}",
    "any|new card number {card}, exp {exp}, cvv {cvv}. please update my subscription",
    "festival|the code they read out was {otpw}",
    "parking|My phone locked after 3 wrong PINs, PUK off the SIM card is {puk}, and now I can't open your parking app",
    "cleaning|wifi password for the technician visit: {wifi} (network is BT-Hub6-8K2P)",
    "any|Your site blocks me, my IP is {ip}, error {!err}",
    "coach|Bus {!order} never showed up at {!time}. Refund to the card ending {!masked} please. My phone is {phone}",
    "petshop|door code for the delivery guy: {pin}, then 3rd floor. Order {!order}",
    "train|Missed my flight {!flight} because the {!time} train was cancelled. Who pays for this? email me at {email}",
    "dentist|moved house, new address: {address}. old one was {address.2}",
    "carshare|got a text saying 'Your ShareCar code is {otp}' but I never asked for one??",
    "any|changed my password to {password} and it still won't let me in, username is {user}",
    "laundry|hi sorry my number changed, new one {phone} (old {phone.2})",
    "dentist|The {!model} toothbrush I bought at reception broke after 2 weeks. Been a patient since {!year}, patient ID {cust}",
]
PUB = [
    "{!mention} train cancelled AGAIN. {!time} to {~city}. {!hashtag}",
    "{!mention} been waiting since {!date} for my refund on {!ticket}. Just call me: {phone}",
    "{!mention} anyone got 2 spare tickets for Saturday? email me {email}",
    "{!mention} ferry left 10 mins early, booking {!order}, I want my {!amount} back",
    "Shoutout to {~brand}, sorted my problem in 5 minutes {!hashtag}",
    "{!mention} app {!ver} crashes at checkout, error {!err}. anyone else?",
    "{!mention} my address is {address}, you've delivered to the wrong house twice now",
    "{!mention} why is my parking {!amount} for 40 minutes?? {!url}",
    "{!mention} third time sending my member number {cust}, still nothing {!hashtag}",
    "PSA: {~brand} will never ask for your code. I gave {otp} to a 'support agent' and lost my account {!hashtag}",
]
MAIL = [
    "dentist|I'd like to register as a new patient. My details are below:\n\nName: {~name}\nDate of birth: {dob}\nAddress: {address}\nMobile: {phone}\nEmail: {email}\n\nI'm free most afternoons after {!time}. My partner would like to register too if possible.",
    "train|On {!date} my {!time} service to {~city} was delayed by over an hour. According to your policy ({!url}) I'm entitled to compensation.\n\nSeason ticket / account number: {cust}\nBank account (IBAN): {iban}\nAmount: {!amount}\n\nI already raised this under reference {!ticket} but have heard nothing back.",
    "festival|I bought 4 tickets (order {!order}, invoice {!invoice}) but they are not showing in my account. I can log in fine, username {user}. Paid by card {!masked}.\n\nCould you look into it? The festival is on {!date} and I really don't want to be stuck at the gate.",
    "carshare|When I picked up the car on {!date} the tank was empty and the odometer read {!meter}. I had to pay {!amount} for fuel myself, receipt attached.\n\nMy member number is {cust}. Please refund to {iban}.\n\nAlso the inside was filthy, see photos.",
    "cleaning|Just some practical info for the new cleaner starting next week:\n- address: {address}\n- key safe code: {pin}\n- alarm: {pin.2}\n- wifi (if she needs it): {wifi}\nIf anything goes wrong she can ring me on {phone}.",
    "parking|I think my account has been hacked. There are parking sessions from {!date} in a city I've never been to.\n\nMy login is {email}, the password was {password}; I've just changed it to {password.2}. Your security email said the login came from IP {ip}.\n\nPlease block the card linked to the account.",
    "laundry|My shirts ({!qty}, {!amount} in total) were due back on {!date} between {!time} and {!time.2} but nobody came. I was home all day!\n\nAddress: {address}\nPhone: {phone}\nOrder: {!order}\n\nPlease rebook.",
    "petshop|I ordered item {!prod} but received {!prod.2} instead. Could you collect the return from {address}? My customer number is {cust}.\n\nThe dog wasn't impressed either.",
    "ferry|We've booked a crossing on {!date} with car and caravan (booking {!order}). The price has now gone up by {!amount}.\n\nI'd like to pay with a different card: {card}, expires {exp}, CVV {cvv}. I can't get through on the phone, I'm always on hold.",
    "train|We use your journey planner API in our app. Since your update to {!ver} we get {!err}.\n\nAPI key: {api}\nAuth token: {token}\nRequest ID: {!reqid}\nWe connect on port {!port}. Build checksum {!checksum}.\n\nCompany details: {!creg}.",
    "coach|We run a small travel agency and book group trips through your portal. For the integration our dev set up AWS access:\n\nAccess key ID: {awsid}\nSecret access key: {awss}\n\nCan your team whitelist it? Our account number with you is {cust}.",
    "physio|Please find attached my GP referral.\n\nInsurance policy number: {cust}\nDate of birth: {dob}\nAddress: {address}\n\nMy knee has been bad since {!date}. Evenings after {!time} suit me best.",
    "any|Could you update my details please?\n\nOld email: {email}\nNew email: {email.2}\nNew phone: {phone}\nAccount number: {cust}\n\nDOB for verification: {dob}.",
]
AGENT = [
    "Hi {~first}, thanks for getting in touch! I can see booking {!order}. Is {phone} still the best number? We'll call you tomorrow. {~agent}",
    "Hi {{first_name}}, to help you we'll need your account number and postcode. Please send them by DM, not publicly. ^{~agent}",
    "Thanks {~first}. I've refunded {!amount} to {iban}; it can take 3-5 working days. Reference {!ticket}.",
    "Hi! Please never share your password or text code with us, even by DM. The code {otp} you sent has now expired, request a new one at {!url}.",
    "Sorry we couldn't reach you on {phone}. Please call us on {!cphone} (Mon-Fri 8am-8pm). {~agent}",
    "We've changed your email from {email} to {email.2}. You'll get a confirmation shortly.",
    "Your appointment has been moved to {!date} at {!time}. Patient number {cust}. See you then! {~agent}",
    "Hi {~first}, your card ending {!masked} was declined ({!err}). Could you try another payment method?",
    "The odometer reading at return was {!meter}, so I'm afraid the charge is correct. Invoice {!invoice} stands.",
    "Thanks, your new address {address} is saved. Your next delivery is due {!date}.",
    "Just to confirm: DOB {dob} and email {email}? Then I can unlock account {cust} for you.",
    "Your temporary password is {password}. Please change it as soon as you log in.",
    "We've sent a reset link to {!maskmail}. If that address is out of date, reply with your account number and DOB.",
]
GREET = ["Hi,", "Dear Sir or Madam,", "Hello team,", "To whom it may concern,", "Hi {~agent},", "Good morning,", "Hello {~brand},"]
CLOSE = ["Kind regards,", "Thanks,", "Best,", "Cheers,", "Sincerely,", "Many thanks,"]
SIG = ["{~name}\n{phone}", "{~name}\nMob: {phone}\n{address}", "{~first}\n\nSent from my iPhone", "{~name} | {email} | {phone}",
       "-- \n{~name}\nM: {phone}", "{~name}\n\nGet Outlook for Android", "{~first} {~last}\n{address}"]
ASIG = ["{~agent}\nCustomer Care, {~brand}\nT {!cphone} | {!url}\n{!creg}", "Kind regards,\n{~agent} | Customer Support\n{~brand} - {!cphone}",
        "Thanks, {~agent}\n{~brand} Social Team", "{~agent}\n{~brand} Support\nCall us on {!cphone} or visit {!url}"]
QHDR = ["On {!date}, at {!time}, {~brand} Support wrote:", "From: {~brand}\nSent: {!date} {!time}\nTo: {~name}\nSubject: RE: your enquiry ({!ticket})",
        "On {!date} {!time} {~agent} from {~brand} wrote:", "-----Original Message-----\nFrom: {~brand} Customer Service\nDate: {!date}\nSubject: Case {!ticket}"]
FWD = ["---------- Forwarded message ---------\nFrom: {~name} <{email}>\nDate: {!date} {!time}\nSubject: Fwd: complaint",
       "Begin forwarded message:\n\nFrom: {~name} <{email}>\nDate: {!date}\nSubject: my booking {!order}"]
DISC = ["This email and any attachments are confidential and intended solely for the addressee. {!creg}", "Please consider the environment before printing this email.",
        "I work Mon-Wed, so replies may be delayed.", "CONFIDENTIALITY NOTICE: this message may contain privileged information. {!creg}"]
OPEN = ["Hi", "Hello", "hey", "Hiya", "Good afternoon", "Morning"]
EXTRA = [
    "I already rang about this on {!date} around {!time} but got cut off after 25 minutes on hold. Your online form also threw an error ({!err}).",
    "Honestly I'm pretty disappointed. I've been a loyal customer for years, but the last few months something goes wrong every time. Please sort this out.",
    "For what it's worth, I've already reinstalled the app ({!ver}), restarted my phone and tried on the laptop. Nothing works.",
    "If you need anything else let me know. I'm hard to reach during the day so email is best.",
    "PS last time (case {!ticket}) it took three weeks to resolve, so I'm hoping for quicker this time.",
    "I've attached the confirmation and the receipt. The total was {!amount}, including {!pct} VAT.",
]
DM += [
    "festival|Payment keeps failing ({!err}). Card {card}, expiry {exp}, the 3 digits on the back are {cvv}",
    "coach|here's my card to finish the booking: {card} exp {exp} cvc {cvv}",
    "parking|Username: {user}\nPassword: {password}\nneither works since the {!ver} update",
    "carshare|my account {user} got locked after trying {password} three times, can you unlock it?",
    "any|SIM got blocked, typed in the PUK {puk} and now your app wants a new text code",
    "petshop|Parcel {!track} has said 'in transit' for 5 days. Item {!prod}. My number {phone}",
    "physio|my DOB is {dob}, not {dob.2} like it says on the invoice",
    "laundry|your app asked for a token to link my smart washer, this is what the screen showed: {token}",
]
MAIL += [
    "parking|Our fleet software integration fails with {!err}.\n\nKey: {api}\nAccess token: {token}\nServer IP {ip}, port {!port}\nExport checksum: {!checksum}\n\nContract number {cust}.",
    "festival|I've been trying to pay for my tickets for days and it keeps failing.\n\nCard: {card}\nExpiry: {exp}\nCVV: {cvv}\nName on card: {~name}\n\nI know email isn't secure but I'm out of options.",
]
