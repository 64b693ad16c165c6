"""English templates (used for en-gb and en-us; values follow the locale)."""

CHAT = [
    "ph|hi, cant log in to my account. username is [[user]] and pw [[pw]], keeps saying [[~err]]",
    "ph|My prescription refill still hasn't shipped. Order [[~order]], DOB [[dob]]",
    "ph|Please send my meds to my new address: [[addr]]. Account no. [[cust]]",
    "ph|got a text with code [[otp]] but it says expired?? app version [[~ver]]",
    "ph|Card declined: [[card]] exp [[exp]] security code [[cvv]]. There's definitely money on it",
    "ph|Can someone call me back on [[phone]]? It's about the [[~qty]] that never arrived (tracking [[~track]])",
    "ph|Forgot my password. Email on the account is [[email]], tried to set the new one to [[pw]] but it's rejected",
    "ls|Hi! My son has tutoring with you, student ID [[cust]]. Can we move the [[~date]] session at [[~time]]?",
    "ls|login for the learning portal isn't working. user: [[user]] / pass: [[pw]]",
    "ls|Could you refund the [[~amt]] to [[iban]]? Invoice [[~inv]]",
    "ls|I'd like to sign up for the Spanish evening class. DOB [[dob]], mobile [[phone]], email [[email]]",
    "ls|verification code was [[otp/words]] i think",
    "so|Hi, the inverter ([[~model]]) shows [[~err]]. Wifi network [[@ssid]], password [[wifi]]. Can an engineer look remotely?",
    "so|Installer can come in, the key safe code is [[pin]]. Address: [[addr]]",
    "so|My meter point number (MPAN) is [[cust]], today's reading [[~meter]]",
    "so|Can't log in to the monitoring portal: [[user]] / [[pw]]. Port [[~port]] is forwarded on the router, public IP [[ip]]",
    "so|Paid the [[~amt]] deposit from [[iban]], no confirmation yet. Quote [[~order]]",
    "so|Please schedule the install of [[~qty]]. Best to reach me on [[phone]] after [[~time]]",
    "ti|Bought [[~qty]] but the e-tickets never came to [[email]]. Order [[~order]]",
    "ti|My account got hacked!! someone changed the password, old one was [[pw]]. account email [[email]]",
    "ti|SMS code: [[otp]] - but checkout just hangs on [[~url]]",
    "ti|want to transfer the tickets to my friend, her email is [[email:2]] and number [[phone]]",
    "ti|Charged twice, 2x [[~amt]] on card [[card]]. Customer number [[cust]]",
    "pe|Our cat needs microchipping, can we come in on [[~date]]? I'm [[@full]], phone [[phone]]",
    "pe|The dog food order ([[~prod]]) never arrived, address is [[addr]]",
    "pe|The gate code is [[pin]], vet can come round the back for the home visit",
    "pe|Pet store app login: [[user]] password [[pw]]. my loyalty points disappeared",
    "fe|Booking [[~order]] for [[~qty]] on [[~date]], want to change to the [[~time]] sailing. My number: [[phone]]",
    "fe|I accidentally typed my card PIN ([[pin]]) into the chat box, can you delete it?",
    "fe|payment failed with card [[card]] (expires [[exp]]), error [[~err]]",
    "fe|My membership number is [[cust]] but the points from [[~date]] aren't showing",
    "fe|My flight [[~flight]] lands too late for the [[~time]] ferry, can I rebook? Call me on [[phone]]",
    "my details:\nName: [[@full]]\nAddress: [[addr]]\nPhone: [[phone]]\nDOB: [[dob]]",
    "Forwarded message:\n\"Your verification code is [[otp]]. Do not share it with anyone.\"\nis this really from you?",
    "SIM locked after 3 wrong PINs, PUK on the card is [[puk]] but that doesn't work either",
    "Our API key for the shop integration: [[api]] - getting [[~err]] since [[~date]]",
    "keep getting 401. Authorization: Bearer [[tok]] request id [[~req]]",
    "Alarm code is [[pin]] and garage code [[pin:2]], so the courier can leave the parcel inside",
    "[[~date]], [[~time]] - [[@name]]: my number is [[phone]]\n[[~date]], [[~time]] - [[@name]]: and email [[email]]",
    "my email is [[email/spoken]] if that helps",
    "my IP is [[ip]] if that helps, your site keeps blocking me",
]

PUBLIC = [
    "ph|[[~mention]] waited [[~qty]] days for my meds. Order [[~order]]. Unacceptable [[~tag]]",
    "ph|[[~mention]] why does this suddenly cost [[~amt]]? Last month it was [[~amt:2]] [[~tag]]",
    "ls|Great experience with [[~mention]], grades up [[~pct]] this term [[~tag]]",
    "so|[[~mention]] panels producing [[~pct]] less since update [[~ver]]. Call me: [[phone]]",
    "so|[[~mention]] engineer was due at [[~time]], it's now [[~time:2]]. Seriously? [[~tag]] [[~tag:2]]",
    "ti|[[~mention]] site down again, [[~err]] at checkout. See [[~url]] [[~tag]]",
    "ti|[[~mention]] DM me please, my email is [[email]] and still no tickets",
    "pe|Thanks [[~mention]] for the quick help with our dog on [[~date]]! [[~tag]]",
    "fe|[[~mention]] [[~time]] sailing cancelled and nobody tells us anything [[~tag]] [[~tag:2]]",
    "fe|[[~mention]] how do I reach you? [[~cphone]] is always engaged. My number is [[phone]]",
    "[[~mention/person]] lol same, [[~mention]] never answers [[~tag]]",
    "[[~mention]] account number [[cust]], please get in touch, this has been going on since [[~date]]",
]

AGENT = [
    "ph|Hi [[@name]], thanks for getting in touch. Your order [[~order]] shipped with tracking [[~track]]. Best, [[@agent]]",
    "ph|Hi [[@name]], for your security please never share your password here. I've reset the account for [[email]], check your inbox. ^[[@ini]]",
    "ls|Hi {first_name}, your session is moved to [[~date]] at [[~time]]. See [[~url]] for your timetable. Cheers, [[@agent]]",
    "ls|Hi [[@name]], the [[~amt]] will be refunded to [[iban]] within 5 working days. Ref [[~ticket]]. ^[[@ini]]",
    "so|Hi [[@name]], the engineer will visit [[addr]] on [[~date]] between [[~time]] and [[~time:2]]. Questions? Call [[~cphone]]. [[@agent]]",
    "so|Thanks [[@name]], we've logged reading [[~meter]] against meter point [[cust]]. Your monthly payment stays at [[~amt]].",
    "ti|Hey [[@name]]! We've resent your tickets to [[email]]. Case [[~ticket]] ^[[@ini]]",
    "ti|Hi, we've refunded the payment on card [[~mask]]. It can take up to 10 working days. Thanks, [[@agent]]",
    "pe|Hi [[@name]], your appointment is booked for [[~date]] at [[~time]]. Patient number [[cust]]. See you then! [[@agent]]",
    "fe|Hi [[@name]], booking [[~order]] is now on the [[~time]] sailing on [[~date]]. Fare difference [[~amt]]. Kind regards, [[@agent]] | [[@brand]]",
    "Thanks! We've saved [[phone]] as your callback number and will ring between [[~time]] and [[~time:2]]. ^[[@ini]]",
    "Hi [[@name]], the code <code> from the text is for you only; we'll never ask for it. [[@agent]]",
]

EMAIL_BODY = [
    "ph|On [[~date]] I placed an order ([[~order]]) for [[~qty]] of item [[~prod]]. Today I got a message that the parcel was returned because the address was incomplete. My address is:\n\n[[addr]]\n\nCould you please resend it? My account number is [[cust]].",
    "ph|Please close my online pharmacy account and delete my data. Username: [[user]]. Please confirm by email to [[email]].",
    "ph|I'm writing on behalf of my mother (DOB [[dob]]) who uses your repeat prescription service. She lives at [[addr]]. Could the driver ring [[phone]] before arriving? The building door code is [[pin]].",
    "ls|Following our call on [[~date]], here are the details for my son's enrolment:\n- student number: [[cust]]\n- date of birth: [[dob]]\n- bank account for the direct debit: [[iban]]\nThe fee of [[~amt]] can be split into [[~qty]].",
    "ls|Since the app update ([[~ver]]) I can't log in. I've reset the password three times, the last one was [[pw]]. The emailed code ([[otp]]) was rejected too. Error: [[~err]].",
    "so|As requested, here are the details for the export tariff application. Meter point: [[cust]]. Export reading: [[~meter]]. The inverter is a [[~model]], firmware [[~ver]].\n\nWifi for the inverter: network [[@ssid]], key [[wifi]].",
    "so|Last week [[~qty]] were fitted on our roof. Unfortunately a tile was broken during install and it now leaks when it rains. I'm reachable during the day on [[phone]]. If I'm out the key is in the key safe, code [[pin]].",
    "ti|I bought [[~qty]] for the gig on [[~date]], but it has been rescheduled. I can't make the new date and want a refund. Paid with the card ending [[~mask]]. Order number [[~order]]. My account name is [[user]].",
    "ti|Someone logged into my account from IP [[ip]] and resold my tickets. I've changed my password from [[pw]] to [[pw:2]] (yes I know, silly to put it here). Please investigate.",
    "pe|Our dog was treated at your clinic on [[~date]]. The invoice ([[~inv]]) says [[~amt]], but the pet insurer wants an itemised bill. Policy number: [[cust]]. Could you send it to [[email]]?",
    "fe|We booked a crossing on [[~date]] (booking ref [[~order]]) but can't travel due to illness. Doctor's note attached. Please refund [[~amt]] to account [[iban]] in the name of [[@full]].",
    "fe|During online check-in I got an error ([[~err]]) and my card was charged twice. Card number [[card]], expiry [[exp]]. Please reverse the duplicate charge.",
    "For the POS integration with your API we used:\nAccess key: [[api/aws_id]]\nSecret: [[api/aws_secret]]\nWebhook listens on port [[~port]]. Since [[~date]] we get [[~err]] (request id [[~req]]).",
    "The download checksum (sha256) is [[~sum]]. My personal access token for the portal is [[tok]], maybe you can see what's wrong.",
]

GREET = ["Dear Sir/Madam,", "Hi there,", "Hello,", "Hi [[@agent]],", "Dear [[@brand]] team,", "Good afternoon,", "To whom it may concern,"]
SIGN = [
    "Kind regards,\n\n[[@full]]\n[[addr]]\nTel: [[phone]]",
    "Thanks,\n[[@name]]",
    "Best,\n[[@full]]\nM: [[phone]]\nE: [[email]]",
    "Regards,\n[[@full]]\n\nSent from my iPhone",
    "Cheers\n[[@name]] [[@last]]\n[[phone]]",
    "Many thanks,\n\n[[@full]]\nAccount no: [[cust]]",
    "Sincerely,\n[[@full]] | [[phone]] | [[email]]",
]
QUOTE = [
    "On [[~date]] at [[~time]], [[@brand]] Support wrote:\n> Hi,\n> Thanks for your message. Your request has been logged under [[~ticket]].\n> We'll reply within 3 working days.\n> Kind regards, [[@agent]]",
    "-----Original Message-----\nFrom: [[@full]] <[[email]]>\nSent: [[~date]] [[~time]]\nTo: [[@brand]] Customer Care\nSubject: question about [[~order]]\n\nStill haven't received anything.",
    "On [[~date]], [[@full]] <[[email]]> wrote:\n> my phone number is [[phone]], please call me\n>\n> [[@name]]",
    "---------- Forwarded message ---------\nFrom: [[@brand]] <no-reply>\nDate: [[~date]]\nSubject: Your order [[~order]]\n\nYour order has shipped. Track it: [[~url]]\nCustomer service: [[~cphone]]",
    "> On [[~date]] [[~time]], [[@agent]] from [[@brand]] wrote:\n> Could you confirm your account number and postcode?\n\nAccount number [[cust]]",
]
DISCLAIMER = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender. Registered in England and Wales, company no. [[~kvk]]",
    "Please consider the environment before printing this email.",
    "[[@brand]] Ltd | VAT [[~kvk]] | [[~url]]",
]
SUBJECT = ["Subject: question about order [[~order]]", "Subject: RE: your request [[~ticket]]", "Subject: complaint", "Subject: Fwd: can't log in", "Subject: change of address", "Subject: refund"]

CHAT += [
    "Got the PUK from the app: [[puk]]. Then I set a new SIM PIN, [[pin]] right?",
    "new phone asking for PUK. The card says [[puk]], is that still valid?",
    "card no [[card]] expiry [[exp]] and the 3 digits on the back: [[cvv]]",
    "Entered the CVV ([[cvv]]) but get [[~err]], card ending [[~mask]]",
    "Checked the download, md5 is [[~sum]], installer still won't start (version [[~ver]])",
    "Session token from the cookie: [[tok]] - might help debugging, port [[~port]]",
    "Been ringing [[~cphone]] all day and no one picks up. Call me back on [[phone]] instead",
    "Did the clinic wifi password change? We're using [[wifi]] now for the label printer",
]
EXTRA = [
    "I've already called and emailed before but haven't had a reply so far. Honestly I'm running out of patience, this has been going on since [[~date]] and I've spent a lot of time on it already.",
    "FYI I'm travelling for work a lot over the next few weeks, so email is easiest. By phone I can usually only talk between [[~time]] and [[~time:2]].",
    "I hope you can sort this out quickly. I've always been happy with your service and would like to stay a customer, but this can't go on.",
    "Attached is a screenshot of the error message and a copy of my bank statement showing the [[~amt]] payment.",
    "If anything else is missing please let me know. I check my email daily and can also pop into the store in [[@city]].",
    "By the way, your website ([[~url]]) said this would be sorted within [[~qty]], which clearly didn't happen.",
]
