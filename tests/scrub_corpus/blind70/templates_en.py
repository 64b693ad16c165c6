"""English templates (en-gb and en-us share these; values/currency follow lang). Dealt alternately."""

T = {}

T["chat"] = [
    "Hi, I'd like to cancel my monthly direct debit to {org}. Supporter no {donor}, account {iban}. Cheers",
    "hiya you've taken {amount} twice this month?? {date} and again today. acc {iban}. pls sort",
    "Hello, I'm the new treasurer at {club}. The old login was {user} / {pw} and it's locked now, error {errcode}",
    "Can you update my mobile to {phone}? Membership number {member}. Thanks!",
    "just got a text saying my verification code is {otp} but I didn't ask for one, is this you?",
    "Clubhouse key safe code is {pin} and the bar wifi is {wifi} — don't share outside the committee pls",
    "My mum {name} (DOB {dob}) wants to stop playing the {lottery}. Her player ID is {lot}, address {addr}",
    "Please cancel my membership from {date}. Member {member}, email {email}",
    "Tried to donate on {platform}, card {card} exp {exp} security code {cvv}, keeps failing with {errcode}",
    "Gift Aid: can you confirm you have my current address? It's {addr} now. Supporter number {donor}",
    "the code was {otp_words} I think, read it out from my phone but it said expired",
    "Hi there, our choir's fundraising page on {platform} needs the bank details updating to {iban}, I'm the treasurer, call me on {phone}",
    "Forgot my PIN for the members' gate, was {pin}? or maybe {pin.2}. Member ID {member}",
    "Is this API key still valid for the donations widget on our site? {apikey} — getting {errcode}",
    "Changed my number from {phone} to {phone.2}, can you update your records pls. ref {cust}",
    "I never signed up for this! Someone used my email {email} to create a recurring donation of {amount}. Mandate ref {mandate}",
    "My union subs are still coming out of {iban} even tho I left in {year}. Member no. {member}",
    "Router at the pavilion was reset, new admin password {pw} and wifi key {wifi}. Model is {model}",
]
T["public"] = [
    "{mention} been on hold to {cphone} for 40 mins trying to stop my donation. Still being charged {amount} a month {hashtag}",
    "Why is it so hard to cancel with {mention}?! Member number {member}, ring me on {phone} {hashtag}",
    "{mention} your link {url} gives error {errcode}. Just want to cancel my tickets",
    "We did it!! {amount} raised for {org} by our rowing crew, page still open {url} {hashtag} {hashtag.2}",
    "{mention} I cancelled on {date} and you STILL took the money. Case {ticket}. Not impressed",
    "Warning: texts pretending to be {mention} with a code {otp} and a dodgy link. Don't click {hashtag}",
    "{mention} how do I change my bank details without logging in? Lost access to {email}",
    "Anyone got a spare ticket for the quiz night {date}? DM or text {phone} {hashtag}",
]
T["email"] = [
    "I am writing to cancel my regular gift to {org}. My supporter number is {donor} and the payment is taken by direct debit from {iban}, in the name of {name}. Please make the final collection on or before {date}.\n\nCould you also send me a summary of my donations for the {year} tax year so I can include them in my return? Gift Aid should be on the account.",
    "I have been a member of {club} since {year} but am moving to {city} and need to resign. My membership number is {member}. My new address will be {addr}.\n\nI also noticed that the annual subscription of {amount} was taken twice (invoice {invoice}). Please refund the duplicate to {iban}.",
    "As the incoming treasurer of {club} I'm trying to access our account on {platform}. The outgoing treasurer passed on these details:\n\nusername: {user}\npassword: {pw}\n\nThe login asks for a code that is sent to her old mobile ({phone}). Can this be changed to mine, {phone.2}? Our charity details are in the footer.",
    "Following our call on {date} at {time}, here are the details you asked for. My father, {name}, date of birth {dob}, sadly passed away. He played {qty} a week in the {lottery} under player number {lot}. Please close the account and pay any remaining balance to the estate account {iban}.\n\nI can be reached on {phone} or at {email}.",
    "I've been trying to log in to my supporter account for days but keep getting {errcode}. I updated the app to {version}. The verification code ({otp}) arrives but is rejected. The error page shows my IP as {ip} and request ID {reqid}.\n\nThe email on my account is {email}.",
    "For the club's online shop we're connecting the payment provider. The dashboard shows this key: {apikey}. Is that the live one? Also the old developer left AWS credentials in the repo: access key {aws_id}, secret {aws_secret}. Should I rotate them? The webhook on port {port} returns {errcode}.",
    "My donation of {amount} via {platform} to {first}'s marathon page was charged twice to my card ending {masked}. Transaction refs {order} and {order.2}. Please refund one of them. You can reach me on {phone}.",
    "The alarm at the clubhouse went off at {time} last night. The code the bar committee gave me ({pin}) no longer works. Could the key holder let us have the new code? The guest wifi password ({wifi}) also stopped working after the new router ({model}) was fitted.",
    "On behalf of the membership secretary at {club}: during the migration to the new system some members were created twice, including member {member} ({email}) and {member.2}. Can you reverse the duplicate collection from {date}? Your reference for this is {ticket}.",
    "Please could you update my Gift Aid declaration. The last letter went to my old address ({addr}) but I've lived at {addr.2} since {date}. Supporter ref {donor}.",
    "Our integration with your fundraising API stopped working. We send the header Authorization: Bearer {bearer} and get back {errcode}. Request id {reqid}. Our personal access token for the repo is {token} in case you need to check the webhook code.",
]
T["form"] = [
    "--- Web form: Update my details ---\nName: {name}\nMembership no: {member}\nEmail: {email}\nPhone: {phone}\nNew IBAN: {iban}\nDate of birth: {dob}\nNotes: please collect from new account from {date}\nSubmitted {date.2} {time} from IP {ip}",
    "Cancellation form\n\nPlayer number.......: {lot}\nName................: {name}\nAddress.............: {addr}\nBank account (IBAN).: {iban}\nReason..............: too expensive\nCompleted...........: {date}",
    "New member sign-up (website)\nFull name: {name}\nDOB: {dob}\nAddress: {addr}\nMobile: {phone}\nEmail: {email}\nEmergency contact: {phone.2}\nDirect debit mandate: {mandate}",
    "Gift Aid declaration received\nSupporter ID: {donor}\nTitle/Name: {name}\nHome address: {addr}\nTelephone: {phone}\nTotal gifts {year}: {amount}\nCase ref: {ticket}",
]
T["agent"] = [
    "Hi {first}, thanks for getting in touch. I've cancelled the direct debit (ref {mandate}) from {date}. You'll get a confirmation to {email}. {agent}",
    "Hi {first}, sorry about the double payment! We'll refund {amount} to your account {masked} within 5 working days. Case {ticket}. ^{agent}",
    "Hi {first}, please don't share passwords on social media. I can see '{pw}' in your message, please change it straight away at {url}. {agent}",
    "Hi {first}! Your membership ({member}) has been cancelled from {date}. The final subscription of {amount} will be collected on {date.2}. Best, {agent}",
    "Hello, I've updated your bank details to {iban} against supporter number {donor}. The next collection will use this account. Kind regards, {agent}",
    "Hi {first}, can you DM us your player number and postcode so we can look into it? Or call {cphone} (Mon-Fri until {time}). ^{agent}",
    "Hi {first}, the code {otp} wasn't sent by us. Please don't click the link. Our only official number is {cphone}. {agent}",
    "Thanks {first}, we'll call you back tomorrow between {time} and {time.2} on {phone}. Your ref is {ticket}. {agent}",
    "Hi {first}, your address is now {addr}. We'll reissue your Gift Aid statement for {year}. {agent} ({org})",
    "Hi all, new key safe code for the pavilion is {pin} from {date}. Please don't forward! Committee, {club}",
]
T["greet"] = ["Dear {org},", "Dear Sir/Madam,", "Hello,", "Good morning,", "Dear Membership Team,", "Hi all,", "To whom it may concern,", "Dear Supporter Care,"]
T["close"] = ["Kind regards,", "Many thanks,", "Best wishes,", "Thanks in advance,\n", "Regards,", "Yours faithfully,", "Cheers,", "Warm regards,"]
T["sig"] = ["{name}\n{addr}\nTel: {phone}", "{name}\nTreasurer, {club}\n{phone}\n{url}", "{name}", "{first}\n\nSent from my iPhone",
            "{name}\nMember no. {member}", "{name}\nHon. Secretary, {club} | {creg}\nM: {phone}", "{name}\nMob {phone}", "{name}\n{email}"]
T["quotehdr"] = ["On {date} at {time}, {org} Supporter Care wrote:", "On {date}, {agent} from {org} wrote:",
                 "-----Original Message-----\nFrom: {org}\nSent: {date} {time}\nSubject: Your enquiry ({ticket})", "{agent} wrote on {date}:"]
T["fwdhdr"] = ["---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date} at {time}\nSubject: cancellation\nTo: membership",
               "Begin forwarded message:\n\nFrom: {name} <{email}>\nSubject: Fwd: direct debit\nDate: {date}"]
T["disclaimer"] = ["This email is intended for the addressee only. {org} is a {creg}.", "Please consider the environment before printing this email.",
                   "This message has been scanned for viruses.", "Support us at {url} | Supporter Care {cphone}"]
T["filler"] = ["I did try calling {cphone} but couldn't get through.", "Thanks for your help, I know you're busy with the appeal.",
               "For info, this has been going on since {date}; I reported it before under case {ticket}.", "It's only {amount} but it's the principle.",
               "Our AGM is on {date} at {time} so I'd like it sorted by then.", "I've paid for {qty} already so please check.",
               "Invoice {invoice} attached for reference.", "See also the guidance at {url}."]

T["chat"] += [
    "The clubhouse emergency phone wants a PUK, card says {puk}. SIM PIN was {pin} I think",
    "SIM in the lottery kiosk tablet is blocked, PUK {puk}, old PIN {pin}. Who has the new one?",
    "Someone logged into my supporter account from IP {ip} and it wasn't me. Username {user}",
    "Login alert: new device, IP address {ip}, {date} {time}. Already changed my password to {pw}",
    "Our web volunteer asked if this is the right key for the donate button: {apikey}. Log says request {reqid}",
    "Members app token {token} stopped working this morning, {errcode} since {version}",
    "Choir tour flights {flight} on {date}, booking {order}, paid with card {card} expiring {exp}",
    "Kit order for the juniors ({product}), tracking {tracking}, still nothing. Order no {order}",
    "Pavilion meter reading today {meter}, MPAN/supply number {ean}, account {cust}",
    "As a registered charity we should get {pct} off the energy bill, supply number {ean}. Contact me on {phone}",
]
T["email"] += [
    "When exporting the member list from {platform} (file members_{year}.csv, sha256 {checksum}) I found an old API key still in the settings: {apikey}. Our web volunteer logs in as {user} with password {pw}. The integration runs on port {port}. Can you revoke the key please?",
    "Our webmaster accidentally left the club site's AWS credentials in the shared drive: access key {aws_id}, secret {aws_secret}. There was also a session token in the logs ({token}) for IP {ip}. What's the best way to revoke these? Request ID {reqid}.",
]
T["agent"] += [
    "Hi {first}, we only send verification texts to {phone}. The code {otp} has expired now, please request a new one at {url}. {agent}",
    "Hi {first}, we can see a login from {ip} on {date}. We've locked your account; please set a new password at {url}. Ticket {ticket}. {agent}",
]

T["chat"] += [
    "Club hoodies ({product}) haven't arrived, tracking {tracking}. Ordered with the {pct} members' discount, order {order}",
    "Hi! Flight for the tournament is {flight} on {date}, meet at {time}. I'll pay my share into {iban}",
    "Paid for the raffle with my card {card} exp {exp} cvc {cvv} and got charged twice, {amount} each",
    "Donated {amount} with card number {card}, expiry {exp}, can you confirm it went through? ref {order}",
    "Guest wifi at the clubhouse is 'Pavilion-Guest', key {wifi}. Router admin login {user} pw {pw}",
    "New wifi password for the rehearsal room: {wifi}. Don't post it on the Facebook group!",
]
