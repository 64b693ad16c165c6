"""English templates shared by en-gb and en-us (values and service lines follow the locale)."""

CHAT = [
    "Hi, tracking says my parcel {trk} was delivered but there's nothing here. Address is {addr}. Can the driver call me on {phone}?",
    "It says 'left with neighbour' but which one?! The photo shows a door I don't recognise. Order {order} from {shop}",
    "The locker won't open with my collection code {code}. It's the one outside the Tesco in {city}. Can you send a new one",
    "Got this text: \"Your parcel is on hold, pay {amt} redelivery fee at {furl}\" and I entered my card {card} exp {exp} cvv {cvv} and then the code {otp} from my bank. Is this a scam??",
    "returned {qty} on {date}, still no refund. order no {order}. can you refund to {iban} instead, the original card has been cancelled",
    "Driver left my package on the porch and it was gone 20 mins later. Ring cam shows it dropped at {time}. {addr}. My email is {email}",
    "For the driver: gate code is {pin}, flat 4 on the 2nd floor. {addr}. Text me on {phone} when outside",
    "can't log in. username {user} password {pw} - need to change the delivery address for {trk} before tomorrow",
    "Package arrived crushed, the {item} is broken. Account number {custno}, order {order}. Please refund to the card ending {masked}",
    "Hi, my new SIM came today but the envelope was already open and left with a neighbour. It had the PIN {pin} and PUK {puk} on it. Should I get it cancelled? Account {custno}",
    "Your driver delivered to {street} instead of {street}. The people there aren't answering. Can someone collect it? {phone}",
    "Got an email with a login code {otp} that I never requested, and now my account email has been changed from {email}! The alert says sign-in from IP {ip}",
    "We're a small online shop using your shipping API. Since this morning every label request returns {err}.\nAPI key: {apikey}\nrequest id: {reqid}\nbusiness account {custno}",
    "Customs want {amt} for a gift from my mum abroad, tracking {trk}. The form asks for my date of birth ({dob}), do you really need that?",
    "Can you tell the driver to leave it in the blue recycling bin? Or with my neighbour {nb} at {street}. My number {phone}",
    "I've been charged {amt} twice for delivery. Order {order}, account {custno}. Please refund it to {iban} or to my new card {card}",
]

PUBLIC = [
    "{mention} 3 days of 'out for delivery' and nothing. {trk} {hashtag}",
    "{mention} your driver left my parcel at {street}, that's 5 doors down. Cheers 🙃 {hashtag}",
    "{mention} can someone call me? {phone}. Parcel {trk} lost and your chat just shows {err}",
    "{smention} order {order} never arrived, returned on {date}, still no refund. {hashtag} {hashtag}",
    "Same here! Supposed to arrive between {time} and {time}, nobody came. I'm at {addr} if the driver reads this lol",
    "{mention} emailed you four times with my account number {custno} and nothing. Sort it out",
    "PSA: fake '{carrier}' text asking for {amt} with link {furl} — don't click. I stupidly entered my bank details {iban} 😩 {hashtag}",
    "{mention} why has my package been sitting at the depot since {date}? {trk}",
    "{mention} {smention} who's responsible? Box smashed, {item} worth {amt} in pieces. Email me: {email}",
    "Lol mine was left with {nb} at {street}, {qty} in the rain {hashtag}",
]

EMAIL_BODY = [
    "On {date} I ordered a {item} from {shop} (order {order}, invoice {inv}). According to tracking ({trk}) it was delivered on {date} at {time} to a neighbour, but the proof of delivery shows an address that doesn't exist: {addr}.\n\nMy actual address is {addr}. I've knocked on both neighbours' doors and nobody has it. Please open an investigation or refund the {amt} to {iban} in the name of {name}.\n\nYou can reach me on {phone}.",
    "I returned {qty} on {date} via a drop-off point (proof of postage {trk}). It's now {date} and I still haven't been refunded. My customer number is {custno}.\n\nThe original payment was on a card ending {masked}, which has since expired, so please refund by bank transfer instead.",
    "I received a letter about import charges for parcel {trk} ({amt} plus a {amt} handling fee). You've asked for my date of birth ({dob}) and a copy of the invoice, attached ({inv}).\n\nThe parcel came from overseas on flight {flight}. It's a gift, so I don't understand why I'm being charged.",
    "Someone got into my account and changed the delivery address on my orders to {addr}. It wasn't me!\n\nMy login was {email} with password {pw}. I've now changed the password to {pw}.\n\nThe account activity shows a sign-in from IP address {ip} on {date} at {time}. Customer number: {custno}.",
    "My parcel ({trk}) has been in the locker in {city} since {date}. The collection code I got by text ({code}) is rejected, the screen shows {err}. A second code, {code}, didn't work either. I phoned your helpline ({cphone}) and they couldn't help.\n\nCan you just deliver it to my home? {addr}. Phone: {phone}.",
    "We ship about {qty} a day with you. Since your API moved to {ver}, creating labels fails with {err}. Request ID: {reqid}.\n\nOur API key is {apikey} and the AWS key ID we use for the S3 label bucket is {awskey} (secret {awssecret}) in case that matters. Account {custno}. The webhook listens on port {port}.",
    "I'm out at work during the day. The driver can leave parcels in the shed; the padlock code is {pin}. Parcel {trk}, address {addr}.\n\nIf that's no good, my neighbour {nb} ({phone}) at {street} is happy to take it in.",
    "Order {order} arrived damaged: the box was open and the {item} ({model}, {sku}) was missing. The driver still marked it delivered at {time}.\n\nI have photos. Please send a replacement or refund the full {amt}.",
    "Because of a typo my order has the address as {addr} but it should be {addr}. Can you redirect the parcel ({trk})? Mobile for the driver: {phone}.\n\nThanks, I really need it before {date}.",
    "My new bank card was posted to me but the letter with the PIN arrived opened, handed over by a neighbour. It showed PIN {pin} for card number {card} (expires {exp}).\n\nShould I report this to you or to the bank? My date of birth is {dob} and customer number {custno} for security.",
    "Our smart parcel box lost its wifi after the firmware update to {ver}. The installer asked me to send the network details: network {ssid}, password {wifi}. Serial {model}.\n\nUntil it's fixed the courier can't open it with the delivery code. Order {order}.",
]

AGENT = [
    "Hi {fname}, sorry your parcel hasn't turned up! I've opened an investigation, reference {case}. I've checked the address {addr:a} with the depot. You'll hear back within 3 working days. ^{ag}",
    "Thanks for getting in touch. Your collection code has expired, so I've requested a new one; it'll be texted to {phone}. Case ref: {case}. {agent}",
    "Hi {fname}, I can see {trk} was left with your neighbour at {street} on {date}. Could you pop round and check? If not, call us on {cphone}. Thanks, {agent} | {carrier}",
    "Dear {name}, your refund of {amt} will be paid to {iban} within 5 working days. Reference: {case}. Kind regards, {agent}, {shop} Customer Care",
    "Please never share passwords or login codes on social media! Your code {otp} is visible in a public post. Please delete it and reset your password via {url}. ^{ag}",
    "Hi! Could you DM us your postcode, house number and tracking number? We'll look into it. Please don't post personal details publicly. ^{ag}",
    "Morning {fname}, I've added {phone:a} to parcel {trk} so the driver can call you. Is {phone:a} right? If not, just let us know. {agent}",
    "Hi {fname}, import charges ({amt}) can only be paid via {url}. We never ask for card details over WhatsApp, so that message is a scam. Account {custno} has no outstanding charges. Thanks, {agent}",
    "Dear {name}, your complaint is logged as {case} and the claim for the damaged {item} (order {order}) has been approved. {amt} will reach your account ending {masked} on {date}.\n\nKind regards,\n{agent}\n{carrier} Customer Services | {cphone} | {kvk}",
    "Hi {fname}, I've asked the driver to reattempt delivery to {addr:a} and added the gate code {pin:a} to the delivery notes. Can you confirm {addr:a} is correct? Ticket {case} ^{ag}",
]

GREET = ["Dear Sir/Madam,", "Hello,", "Hi there,", "To whom it may concern,", "Dear {carrier} team,", "Hi,", "Good afternoon,"]
CLOSE = ["Kind regards,", "Thanks,", "Best,", "Regards,", "Many thanks,", "Cheers,", "Sincerely,"]
SIG = [
    "{name}\n{addr}\nTel: {phone}",
    "{name}\n{phone}",
    "{fname}\n\nSent from my iPhone",
    "{name} | {email} | {phone}",
    "{name}\nCustomer no. {custno}\nMob: {phone}",
    "{fname} {lname}\nM: {phone}\nE: {email}",
    "--\n{name}\n{addr2}",
    "{name}\n\nGet Outlook for Android",
]
SUBJ = ["Subject: Parcel not received {trk}", "Subject: Return {order}", "Subject: complaint re delivery", "Subject: Re: your parcel", "Subject: Refund for order {order}", "Subject: Fwd: customs charge"]
QUOTE = [
    ("On {date} at {time}, {carrier} Customer Service wrote:", "gt", "Dear customer,\n\nThank you for your message. Your query has been logged under reference {case}. If you have any other questions please call {cphone}.\n\nKind regards,\n{agent}\n{carrier}"),
    ("From: {shop} Customer Care\nSent: {date} {time}\nTo: {name}\nSubject: RE: Order {order}", "plain", "Hi {fname},\n\nWe've received your return. We'll refund {amt} to {iban:q}, which can take up to 14 days.\n\nThanks,\nThe {shop} team\n{kvk}"),
    ("---------- Forwarded message ---------\nFrom: {carrier}\nDate: {date}\nSubject: Your parcel is on its way", "plain", "Your parcel {trk} will arrive tomorrow between {time} and {time}. Not in? Change your delivery via {url}."),
    ("On {date}, {name} wrote:", "gt", "My parcel hasn't arrived. My address is {addr:q}, phone {phone:q}."),
]
DISCL = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
    "{kvk}. Registered office as above.",
    "Please consider the environment before printing this email.",
]

# ---- second batch
CHAT += [
    "Hi, I put my password {pw} in the last message by mistake, can you delete it? Username is {user}",
    "Locker in {city} won't accept code {code}. Please call me {phone}",
    "Got a text with a link {furl} to pay {amt} for my parcel and I entered my card {card}, expiry {exp}, security code {cvv}. Then my bank sent a code {otp} and I typed that in too 😩",
    "Customs form wants my date of birth?? DOB {dob}. Tracking {trk}. Why does a courier need that",
    "sign in from {ip} I don't recognise and my delivery address is now {addr}?? account {custno}, email {email}",
    "Our store's tracking webhook token leaked in a log: {token}. Can you revoke it? Business account {custno}",
    "The smart parcel box installer wants our wifi: network {ssid} key {wifi}. Is it safe to give him that? Order {order}",
    "new SIM arrived in next door's letterbox, envelope open, PUK {puk} and PIN {pin} printed on it. my number {phone}",
    "It's an age-restricted item so they want my date of birth: {dob}. Parcel {trk}, fee {amt}. Account {custno}",
    "Can't reset my password, the reset email goes to {email} which I no longer use. Username {user}. Want to return order {order}",
]
PUBLIC += [
    "{mention} rang {cphone} two days ago, promised a callback on {phone}. Nothing. {trk}",
    "{mention} help, clicked a phishing link ({furl}) and entered my card {card}. What now?? {hashtag}",
    "{smention} return {order} marked 'received' since {date} but no {amt} refund. email: {email}",
    "Honestly {mention}, parcel is with {nb} at {addr} and they're never in {hashtag}",
]
EMAIL_BODY += [
    "My wine order needs an over-18 check and the driver couldn't verify my ID. My date of birth is {dob}, customer number {custno}.\n\nPlease redeliver to {addr} after {time}. Mobile: {phone}.",
    "Our integration with your shipping platform started returning {err} this morning. It turns out our old API key ({apikey}) is still active even though we generated a new one, and the access token in our logs ({token}) doesn't expire until {date}.\n\nPlease revoke both. Account {custno}, our server IP is {ip}.",
    "I'm trying to log in to book a return.\n\nUsername: {user}\nPassword: {pw}\n\nIt keeps saying 'invalid credentials' ({err}). Can you unlock my account? The email on the account is {email}.",
    "My username is {user} and I set the password {pw}, but the app keeps asking for a verification code. The code {otp} that came by text doesn't work.\n\nPhone: {phone}. I have a parcel ({trk}) I need to redirect.",
    "I set up the wifi on our smart parcel box through the app (network {ssid}, password {wifi}). Since then it shows {err} and the courier can't open it. Serial {model}. Order {order}.",
    "My SIM from {shop} was delivered to the wrong neighbour, at {street}. They opened the letter; the PUK {puk} and PIN {pin} were printed on it. Account number {custno}.\n\nPlease send a new SIM to {addr}.",
    "To release parcel {trk} from customs I had to pay through a link. It turned out to be fake: I entered my card {card}, expiry {exp} and CVV {cvv}, plus my date of birth {dob}.\n\nWhat should I do now?",
    "I got a text from '{carrier}' with a link ({furl}). I entered card number {card} ({exp}, code {cvv}) and the one-time code {otp} my bank sent me. I've already called the bank.\n\nCan you check whether parcel {trk} really has a fee?",
]
AGENT += [
    "Hi {fname}, I've set up the refund to {iban}. To secure your account we've reset your password, so your old password {pw} won't work any more. Ticket {case}. ^{ag}",
    "Hi {fname}, your new locker code is {code}. It's valid for 48 hours. We've also sent it to {email}. Case {case}, {agent}",
    "Dear {name}, your date of birth {dob} and customer number {custno:a} have been verified. The parcel will be delivered on {date} to {addr}. Customer number {custno:a} has been updated. Kind regards, {agent}",
    "Hi {fname}, thanks! I can see your full card number {card} in your message. Please delete it, we never need that. Your import charge ({amt}) has already been paid. ^{ag}",
]
SIG += ["{name}\n{email}", "{fname}\nAccount: {custno}"]
QUOTE += [
    ("On {date}, {name} <{email}> wrote:", "gt", "Hi, I've sent my return ({order}), please refund to {iban}."),
    ("-----Original Message-----\nFrom: {name}\nSent: {date}", "plain", "My parcel {trk} is with the neighbour at {street}. My number is {phone}."),
]
