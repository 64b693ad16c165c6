"""English (UK + US) templates."""

MSG = {
    "payout": [
        "Hi, my payout of <<~amount>> has been stuck on 'processing' since <<~date>>. Bank account is <<iban>>, seller ID <<customer_number>>. Please sort this out.",
        "where is my money?? sold the <<@item>> on <<~date>>, order <<~order_number>>, buyer confirmed receipt. acct <<customer_number>>",
        "I updated my bank details from <<iban2>> to <<iban>> last week but the transfer still went to the old one. Dasher ID: <<customer_number>>",
        "Payout failed with <<~error_code>>. Phone on the account is <<phone>>, email <<email>>",
        "I'm a courier with <<@brand>> and I'm missing <<~amount>> for last week (<<~quantity>>). Courier ID <<customer_number>>. Invoice <<~invoice_number>> was submitted on time.",
        "Upwork withheld <<~percentage>> as a fee but the contract said otherwise. Freelancer profile ID <<customer_number>>. Can someone explain?",
    ],
    "login": [
        "Locked out of my account. Username <<username>>, password <<password>> — worked fine yesterday!",
        "Someone changed my password and set the email to <<email2>>. My real email is <<email>>. Login from IP <<ip_address>> was NOT me.",
        "The verification code I got was <<otp>> but the app says invalid. App <<~version_string>> on <<~model_number>>",
        "user: <<username>>\npass: <<password>>\nstill getting <<~error_code>> when I try to log in",
        "Old pw was <<password>>, I reset it to <<password2>> and now neither works lol",
        "The rep read the code out to me: <<otp:words>>. Is that right?",
        "My 2FA code is <<otp>>, can you just log me in manually? My username is <<username>>",
    ],
    "shipping": [
        "The shipping label has my old address. It should be <<address>>. Order <<~order_number>>",
        "Tracking <<~tracking_number>> hasn't moved in <<~quantity>> days. Buyer is furious. Call me on <<phone>>",
        "Can the driver come between <<~time>> and <<~time2>> tomorrow? Address is <<address>>, buzzer broken so ring <<phone>>",
        "Printed the label for <<~amount>> but it came out blank. Shipment <<~tracking_number>>, return address <<address>>",
        "Parcel delivered to a neighbour but that's not where I live!! I'm at <<address>>. Tracking: <<~tracking_number>>",
    ],
    "dispute": [
        "Buyer says the <<@item>> arrived broken, which is not true. Order <<~order_number>>, <<~amount>>. I have photos, email me at <<email>>",
        "I paid <<~amount>> with my card <<card>> exp <<card_expiry>> and the seller has gone silent. I want a refund.",
        "Seller asked me to pay outside the app to <<iban>> — that's a scam right? Their listing: <<~url>>",
        "Case <<~ticket_number>>: I returned the item (<<~tracking_number>>) and still no refund. Customer number <<customer_number>>",
        "My card ending <<~masked_value:card>> was charged twice for <<~amount>>. Full number is <<card>>, CVV <<cvv>>, expires <<card_expiry>>",
    ],
    "identity": [
        "For verification you asked for my date of birth: <<date_of_birth>>. Home address <<address>>. Why do you need this for a seller account?",
        "Name: <<@name>>\nDOB: <<date_of_birth>>\nAddress: <<address>>\nPhone: <<phone>>\nEmail: <<email>>",
        "Company number <<~company_registration>>, VAT <<~company_registration2>>. My personal account number is <<customer_number>> if that helps.",
    ],
    "petsit": [
        "For the sitter booked through <<@brand>>: lockbox by the side door, code <<pin>>. Alarm code <<pin2>>. Wifi password <<wifi_key>>. <<@pet>> eats at <<~time>>.",
        "Hi! Address is <<address>>, gate code <<pin:gate>>. My cell <<phone>> for emergencies.",
        "Vet appointment for <<@pet>> on <<~date>> at <<~time>>. Client number at the clinic: <<customer_number>>. I paid with card <<card>>",
        "Sorry I sent the wrong keybox code!! correct one is <<pin>> not <<pin2>>",
        "network is 'BT-Hub-<<@pet>>' and the key is <<wifi_key>> (case sensitive)",
    ],
    "ride": [
        "Left my phone in the car, ride at <<~time>> to <<@city>> on <<~date>>. Reach me on <<phone>>. It's a <<~model_number>>",
        "Driver took a detour and I was charged <<~amount>> instead of the quote. Trip ID <<~order_number>>. Email: <<email>>",
        "My background check is stuck. Driver ID <<customer_number>>, phone <<phone>>. Been driving since <<~year>>.",
        "Fleet phone is locked — SIM PIN <<pin>> wrong 3x, PUK on the card is <<puk>> but it won't take it",
        "Mileage at end of shift was <<~meter_reading>> but the app only logged half of it. Driver ID <<customer_number>>",
    ],
    "dev": [
        "Our store integration throws <<~error_code>> since <<~version_string>>. API key: <<api_key>>. Request id <<~request_id>>",
        "Accidentally pushed our live key to a public repo: <<api_key:stripe>>. Please revoke asap!",
        "Webhook to our server <<ip_address>> on port <<~port>> isn't arriving. Authorization: Bearer <<token:jwt>>",
        "File checksum mismatch, expected <<~checksum>>. Our access token is <<token>> if that matters",
        "AWS_ACCESS_KEY_ID=<<api_key:aws_id>>\nAWS_SECRET_ACCESS_KEY=<<api_key2:aws_secret>>\nthese are set but uploads still fail with <<~error_code>>",
        "Personal access token <<token:ghp>> stopped working after the migration. Flight back is <<~flight_number>> so I need this fixed before then.",
    ],
}

PUB = {
    "complain": [
        "<<~mention>> <<~quantity>> days and no reply on case <<~ticket_number>>. Just call me: <<phone>> <<~hashtag>>",
        "Anyone else? <<~mention>> is holding my <<~amount>> payout. Nobody picks up at <<~company_phone>> <<~hashtag>> <<~hashtag2>>",
        "<<~mention>> your driver literally threw my parcel (<<~tracking_number>>) over the fence <<~hashtag>>",
        "Beware of this seller on <<@brand>>, asks you to pay to <<iban>> <<~hashtag>>",
        "<<~mention>> DMed you, my email is <<email>> please respond",
        "App crashes on every cash out since <<~version_string>> <<~mention>> <<~hashtag>>",
        "<<~mention>> my account got hacked and they changed the password. I'm on <<phone>>",
    ],
}

AGENT = {
    "ask": [
        "Hi <<@fname>>, sorry to hear your payout hasn't arrived! Could you DM us your email address and order number so we can take a look? ^<<@agent>>",
        "Hey <<@fname>>, thanks for reaching out. Please never share your password or verification code with us or a buyer. Just send your username and the transaction number. <<@agent>>",
        "Hi! Could you confirm the account ending in <<~masked_value:iban>> is still correct? If not, update it at <<~url>>. Thanks, <<@agent>>",
    ],
    "confirm": [
        "Thanks <<@fname>>. I can see your case under <<~ticket_number>>. The <<~amount>> refund is on its way to <<iban>> in 3-5 business days. <<@agent>>",
        "All done! Your address is now <<address>> and a new label for <<~tracking_number>> has been sent to <<email>>. ^<<@agent>>",
        "The number <<phone>> is now linked to your account, you'll get codes by text from now on. Team <<@brand>>, <<@agent>>",
        "We removed the card <<~masked_value:card>> and reversed the duplicate <<~amount>> charge (ref <<~request_id>>). <<@agent>>",
    ],
    "escalate": [
        "I've passed this to our payments team (case <<~ticket_number>>). You can also call us on <<~company_phone>>, Mon-Fri until <<~time>>. ^<<@agent>>",
        "You've shared your phone number publicly — we'd recommend deleting that post. We'll DM you! ^<<@agent>>",
        "Your earnings statement is available at <<~url>>. Invoice <<~invoice_number>> has been regenerated. <<@agent>>",
    ],
}

FRAMES = {
    "greet": ["Dear <<@brand>> team,\n\n", "Hello,\n\n", "Hi there,\n\n", "To whom it may concern,\n\n", "Good morning,\n\n", "Hi support,\n\n"],
    "close": ["\n\nKind regards,\n<<@name>>", "\n\nThanks,\n<<@fname>>", "\n\nBest,\n<<@name>>\n<<phone>>", "\n\nCheers\n<<@fname>>\n\nSent from my iPhone",
              "\n\nRegards,\n<<@name>>\nMob: <<phone>>\n<<address>>", "\n\nMany thanks in advance,\n<<@name>>"],
    "extra": ["\n\nI've called three times and got a different answer every time. If this isn't resolved I'll stop selling on your platform altogether.",
              "\n\nI've been a seller for years and never had an issue, so I don't understand what's going on. Please get back to me within a few days.",
              "\n\nScreenshots attached. Let me know if you need anything else, I'm usually available during the day.",
              "\n\nPS your chatbot keeps sending me to the same help article which doesn't answer anything."],
    "quote_head": ["\n\nOn <<~date>> at <<~time>>, <<@brand>> Support wrote:\n", "\n\n-----Original Message-----\nFrom: <<@brand>> Customer Care\nSent: <<~date>> <<~time>>\nSubject: RE: your request <<~ticket_number>>\n\n",
                   "\n\n> On <<~date>>, <<@agent>> from <<@brand>> wrote:\n"],
    "fwd": ["---------- Forwarded message ---------\nFrom: <<@name>> <<<email>>>\nDate: <<~date>> <<~time>>\nSubject: Fwd: payout\nTo: <<@brand>> support\n\n",
            "Begin forwarded message:\n\nFrom: <<@name>> <<<email>>>\nDate: <<~date>>\n\n"],
    "disclaimer": ["\n\n--\nThis email and any attachments are confidential. If you received it in error please delete it and notify the sender. Registered in England and Wales, company no. <<~company_registration>>.",
                   "\n\n______\nThis message has been scanned for viruses. Please consider the environment before printing."],
    "agent_sig": ["\n\nKind regards,\n<<@agent>>\n<<@brand>> Customer Support\n<<~company_phone>> | <<~url>>", "\n\nBest,\n<<@agent>> – Team <<@brand>>"],
}

MSG["misc"] = [
    "Added a new card since the old one expired: <<card>>, expiry <<card_expiry>>, security code <<cvv>>. Still getting <<~error_code>> when buying a shipping label.",
    "card no <<card>> / exp <<card_expiry>> / cvc <<cvv>> — label payment of <<~amount>> keeps getting declined??",
    "Flying out on <<~flight_number>> tomorrow and can't reach the sitter. Wifi key for her: <<wifi_key>>, door code <<pin>>. Her <<~percentage>> booking fee is paid.",
    "<<~flight_number>> delayed, can the walker stay longer? Network password is <<wifi_key>>. Food SKU: <<~product_code>>",
    "Downloaded the export, sha256 <<~checksum>>, but the file is empty. Login <<username>> / <<password>>. The <<~percentage>> service fee looks wrong too.",
    "Listing <<~product_code>> is duplicated since <<~date>>. Username <<username>>, integration token <<token:hex>>",
]
AGENT["ask"] += [
    "Hi <<@fname>>! For your safety please never send your full card number or CVV in chat — we only need <<~masked_value:card>>. ^<<@agent>>",
    "Hey <<@fname>>, can you confirm your new email? We currently have <<~masked_value:email>>. Thanks, <<@agent>>",
]
FRAMES["extra"] += ["\n\nThe buyer has started sending me threatening messages through the app as well, so I'd really appreciate it if someone looked at this quickly. I've kept screenshots of everything.",
                    "\n\nBy the way, your help page says payouts arrive within two business days, which hasn't been true for weeks. I'm not the only one, there are loads of complaints on Reddit."]
FRAMES["agent_sig"] += ["\n\nWarm regards,\n<<@agent>>\n<<@brand>> Support | <<~company_phone>>\n<<~url>>", "\n\nThanks,\n<<@agent>>\nCall us free: <<~company_phone>>"]
FRAMES["disclaimer"] += ["\n\n*** <<@brand>> Ltd, registered company number <<~company_registration>>, VAT <<~company_registration2>> ***",
                         "\n\nConfidentiality notice: this message is intended only for the addressee. Company reg. <<~company_registration>>."]
MSG["ride"] += [
    "Odometer reads <<~meter_reading>> and the app says I only did half. Car is a <<~year>> model, phone <<~model_number>>. Email <<email>>",
]
MSG["shipping"] += [
    "Got the wrong item: ordered <<~product_code>>, received something else. Return to <<address>>? Order <<~order_number>>",
    "Label created for <<~quantity>> but product code <<~product_code>> isn't recognised. My number <<phone>>",
]
