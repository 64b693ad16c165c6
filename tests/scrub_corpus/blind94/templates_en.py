"""English (en-gb / en-us) templates."""

CHAT = [
    "hi, bought {qty} for {artist} at {venue} through {ticketco}, order {order}, but they're not showing in my account. login email is {email}",
    "My account got hacked last night and they sold my {festival} tickets! Old password was {password}. Please call me on {phone}",
    "Not getting the text with the code. I did get {otp} earlier but I never requested it?? is someone trying to get in",
    "For the resale payout my IBAN is {iban} (name {name}). Still haven't received the {amount}.",
    "username: {username}\npassword: {password}\ncan't get into {platform}, keeps saying {err}",
    "Lost my phone with the authenticator app on it so I'm locked out of {social}. Email on the account is {email}, my number was {phone}. Backup code I still have: {otp}",
    "Student ID {studno}. I paid my tuition ({amount}) on {date} but the portal still says outstanding.",
    "got the code: {otp} - how long is it valid for?",
    "Exam portal won't let me in. login {username} pw {password} and my exam starts at {time}!!!",
    "My {dating} account was banned for no reason and now they want my date of birth to appeal: {dob}. Ref {case}",
    "I typed my email wrong when ordering, it's {email} not {email2}. Order {order}",
    "Can you refund to {iban}? The show on {date} got cancelled.",
    "someone used my card for tickets I didn't buy: {card} exp {expiry} — what do I do???",
    "Here's my address for the wristbands: {address}. Need them before {date} please!",
    "The texts are still going to my old number ({phone}), new one is {phone2}. Account number {custno}",
    "There are logins from IP {ip} on my account and I was asleep. Was I hacked?",
    "The code is {otpw}. sorry my keyboard is broken lol",
    "My daughter can't log into {platform}. User {username}, DOB {dob}. Password reset email never arrives.",
    "Got an email saying my {social} would be deleted unless I confirmed my password at {url}. I did ({password}) and now I'm locked out 😭",
    "SIM PIN {pin} doesn't work on my new sim and the PUK on the card is {puk}, should I use it? need it for the 2FA texts",
    "Venue wifi is dead. Network {ssid}, password on the sign says {wifi} but I just get {err}",
    "Locker code at {venue} is {pin} and it won't open! Doors close at {time}",
    "I have {qty} for {artist} but the barcodes won't load on app {ver} on my {model}. account {email}",
    "Keep getting login codes ({otp}, {otp2}) I didn't ask for. What should I do",
    "Refund details (no sort code, I bank abroad): IBAN {iban}, name {name}, order {order}, amount {amount}",
    "Our integration key for the box office API got pasted in a public Slack: {apikey}. Please revoke it asap",
    "Site says 'session expired' — the request header had Authorization: Bearer {token}",
    "Social security isn't something I'll send over DM. But my member number is {custno} and zip is in my profile.",
    "Gate code for the student housing is {pin}# but the keypad rejects it since {date}",
    "hey it's {first}, I'm on a new phone, can you send the verification to {phone} instead? my account email is {email}",
]

PUBLIC = [
    "{mention} 3 days and no reply about order {order}. Absolute joke {hashtag}",
    "{mention} my account was hacked and you're doing NOTHING. Call me: {phone} {hashtag}",
    "Beware of scammers selling {festival} tickets on {url} — paid {amount}, got nothing {hashtag} {hashtag2}",
    "{mention} how long does a refund take? Show was {date}, it's been {qty}... {hashtag}",
    "{mention} canvas is down again ({err}) during finals week, thanks a lot {hashtag}",
    "{mention} just email me at {email}, DMs aren't working",
    "Anyone selling 2 for {artist} at {venue}?? DM me or text {phone} {hashtag}",
    "{mention} case {case}, waiting since {date}. Anyone there??",
    "{mention} {mention2} presale at {time} and the queue says {pct} for an hour {hashtag}",
    "{mention} why does tuition go up {pct} every {year}? {hashtag}",
]

AGENT = [
    "Hi <<first_name>>, sorry to hear that! I've temporarily locked your account ({email}). You'll get an email within 24 hours to set a new password. Thanks, {agent}",
    "Thanks for reaching out. I can see order {order} on account {custno}. We've re-sent the tickets to the email ending {masked}. ^{initials}",
    "Hi {first}, please never share your password or codes with anyone, including us. You can change it here: {url}. Cheers, {agent}",
    "Hello, your refund of {amount} has been processed to the account ending {masked}. It can take 3-5 working days. Case ref: {case}. Kind regards, {agent}",
    "Hey! Could you DM us your order number and the email address you booked with? We'll look into it 🙂 ^{initials}",
    "I've updated the phone number on your profile from {phone} to {phone2}. Verification codes will now go to the new number. {agent}",
    "Hi {first}, your student ID {studno} is now linked to the tuition payment of {amount}. It'll show on the portal within 2 business days. Questions? Call {cphone}.",
    "Hi <<first_name>>, we've signed you out of all sessions. Your temporary password is {password} - please change it right after logging in. The {ticketco} team",
    "We can see a sign-in on {date} at {time} from IP address {ip}. Don't recognise it? Let us know and we'll secure the account. ^{initials}",
    "Thanks for your patience! Your new delivery address {address} has been saved. Tracking: {track}. Enjoy {festival}! ^{agent}",
    "Hi {first}, payouts for your resold tickets will go to {iban}. If that's wrong, update it under Payouts in your account. {agent}",
    "Sorry you're not getting the code. Please check [PHONE] is correct. Error {err} means the carrier blocked the text. You can also call {cphone}. {agent}",
]

EMAIL_BODY = [
    "On {date} I bought {qty} for {artist} at {venue} through your website (order {order}, invoice {invoice}). {amount} was charged to my credit card ({card}) but I never received a confirmation.\n\nI've already called {cphone} twice with no result. Could you please resend the tickets to {email}?",
    "My {social} account was taken over last night. The hacker changed the email address and turned on two-factor authentication. I no longer have access to my authenticator (phone stolen, {model}).\n\nDetails for verification:\n- username: {username}\n- original email: {email}\n- phone: {phone}\n- date of birth: {dob}\n\nI have attached a photo of my ID.",
    "I'm writing to dispute the late fee on my tuition for {year}. I paid {amount} on {date} from account {iban} with reference '{studno}'. My address on file is {address}.\n\nPlease confirm the fee has been removed.",
    "I'm writing on behalf of my son {first}, who takes your online course. He can't log into the exam portal. His login is {username} and the password he used was {password}. The error ({err}) says the account is locked after too many attempts.\n\nThe exam is on {date} at {time}. Could you call him on {phone}?",
    "As discussed on the phone, here are my details for the refund of the cancelled festival:\n\nName: {name}\nIBAN: {iban}\nCustomer number: {custno}\nOrder number: {order}\nAmount: {amount}\n\nPlease let me know when it's sent.",
    "I met someone on {dating} who offered me tickets for {artist}. I paid {amount} to {iban2} and never heard back. My details: {name}, {address}, phone {phone}.\n\nI've reported it to the police (crime ref {case}). Can you take the profile down?",
    "Our school admin left and we're locked out of the {platform} admin console. Last known admin login was {username} / {password}. The SIS integration uses key {apikey}. Please reset; our registration is {kvk}.",
    "I lost my phone at the festival and bought a new one. When I log into the app I get a verification code on my old number {phone}. My new number is {phone2}. The last code I got another way was {otp} but it didn't work.",
]

GREET = ["Hi there,", "Dear Sir/Madam,", "Hello,", "Good morning,", "Dear {ticketco} team,", "Hey,", "To whom it may concern,", "Hi support,"]
SIGNOFF = ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Regards,", "Cheers,", "Sincerely,", "Thanks in advance,"]
SIG = ["{name}", "{name}\n{addressml}\n{phone}", "{name} | {phone}", "{first}\nMob: {phone}", "{first} {last}\n{addressml}",
       "{first}\n\nGet Outlook for Android", "{name}\nCell: {phone}\nEmail: {email}", "{name}\nSent from my iPhone"]
DISCLAIMER = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender.",
    "Please consider the environment before printing this email.",
    "{kvk}. Registered office as above.",
    "CONFIDENTIALITY NOTICE: This message may contain privileged information.",
]
QUOTE_HDR = ["On {date} at {time}, {ticketco} Support wrote:", "On {date}, {agent} from {ticketco} wrote:",
             "-----Original Message-----\nFrom: {ticketco} Customer Care\nSent: {date} {time}\nSubject: RE: your request ({case})",
             "On {date} {time} {school} IT Service Desk wrote:"]
FWD_HDR = ["---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: tickets {artist}\nTo: {ticketco}",
           "Begin forwarded message:\n\nFrom: {name} <{email}>\nDate: {date} at {time}\nSubject: Fwd: can't log in"]
SUBJECT = ["Subject: Refund for order {order}", "Subject: account hacked!!", "Subject: tuition {year}", "Subject: RE: case {case}",
           "Subject: tickets not received", "Subject: exam login"]

CHAT2 = [
    "Royal Mail says my wristbands were delivered ({track}) but nothing here. Address is {address}, order {order}",
    "Tracking {track} says left with neighbour - which neighbour?? I live at {address}. Call {phone}",
    "Paid with card {card}, expiry {expiry}, CVV {cvv} and {ticketco} still says payment failed ({err}). Should I try again?",
    "Entered my card details twice: {card} / {expiry} / security code {cvv}. Why is it declined?",
    "In the app logs I see token={token} (request {req}) then {err}. Version {ver}, port {port}. What's wrong?",
    "Dev here: after refreshing the access token ({token}) we still get 401. Request ID {req}, app {ver} on port {port}",
    "Financial aid office needs my SSN-free ID instead: student ID {studno}, DOB {dob}, address {address}.",
    "For the bursary form: date of birth {dob}, student number {studno}. Is that all you need?",
    "Exam software installer ({prod}) shows a different checksum: {checksum}. Safe or not?",
    "Proctoring tool ({prod}) download doesn't match, sha256 is {checksum}, version {ver}. Anyone else?",
    "Moving out of halls: meter reading {meter} on {date}, supply number {ean}. Deposit back to {iban} please",
    "Final bill for the flat: gas meter {meter}, account {custno}, new address {address}",
    "Flight {flight} lands at {time}, can I pick up my wristband ({prod}) later? Booking {order}",
    "Because {flight} was delayed I missed the gig. Do I get {pct} back? Order {order}, account {custno}",
    "My SIM PUK is {puk} and the PIN is {pin} - can I use those to recover my {social} by text?",
    "SIM locked after 3 wrong PINs. Card says PUK {puk}. Without texts I can't get into my uni email.",
]
AGENT2 = [
    "Hi {first}, I can see two charges on the card ending {masked}. We'll refund one ({amount}). Case {case}. Thanks, {agent}",
    "Hi {first}, just to confirm: your account is now linked to {masked}. Password reset; a link has been sent to {email}. ^{initials}",
]
