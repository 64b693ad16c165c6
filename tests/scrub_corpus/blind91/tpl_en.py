"""English (en-gb, en-us) templates."""

HEALTH_GB = [
    "Can't log into the [[brand.name]] — username [[username]], password [[password]], it just says [[~error_code]]. NHS number [[customer_number:nhs_number]] if that helps",
    "My repeat prescription ([[~order_number]]) still says 'with GP' after 9 days. DOB [[date_of_birth]], surgery postcode on file is for [[address]]",
    "The GP receptionist told me to email my details: DOB [[date_of_birth]], mobile [[phone]], email [[email]]. Appointment was meant to be [[~date]] at [[~time]]",
    "Hi, got a text from [[phone]] claiming to be the surgery asking for the code they'd sent ([[otp]]). I gave it. Was that you?? Member no. [[customer_number:member_number]]",
    "Bupa took [[~amount]] twice this month. Policy [[customer_number:policy_number]]. Refund to sort code/acc in IBAN form: [[iban]] please",
    "key safe code for my mum's flat is [[pin:doorcode]] for the district nurse, she's at [[address]]. Please pass it on",
]
HEALTH_US = [
    "Can't get into MyChart. login [[username]] pw [[password]]. keeps saying [[~error_code]] on [[~version_string]]. DOB [[date_of_birth]]",
    "My insurance card says member ID [[customer_number:member_number]] but the pharmacy says it's not active. Copay was [[~amount]] for [[~quantity]]",
    "Pharmacy text code [[otp]] never worked. Phone on file is [[phone]], email [[email]]",
    "Please update my address to [[address]] and my card on file: [[card]] exp [[card_expiry]] CVV [[cvv]]",
    "Claim [[~ticket_number]] was denied. Plan policy number [[customer_number:policy_number]], patient DOB [[date_of_birth]]. Appeal form at [[~url]] doesn't load",
    "The gate code to get into our building for the home health aide is [[pin:doorcode]]. Address [[address]], call [[phone]] when outside",
]
TRANSIT_GB = [
    "Oyster card [[customer_number:transit_card]] charged a maximum fare of [[~amount]] on [[~date]] even though I touched out at [[~time]]. Refund please",
    "Got a penalty fare [[~ticket_number:neg_fine]] even though my season ticket was valid. Photocard no. [[customer_number]], DOB [[date_of_birth]]",
    "Delay Repay claim [[~request_id]] for [[~date]] — 45 min late. Pay it to [[iban]] please, not the card ending [[~masked_value]]",
    "I've reset my Trainline password to [[password]] but the verification code [[otp]] is rejected. Email [[email]]",
    "New railcard has to go to [[address]]. I paid with [[card]] (exp [[card_expiry]])",
    "Someone's been using my contactless card [[card]] on the tube, journeys I never made on [[~date]]. Ring me on [[phone]]",
]
TRANSIT_US = [
    "OMNY charged me [[~amount]] twice at [[~time]]. Card [[card]]. Account email [[email]]",
    "Clipper card [[customer_number:transit_card]] autoload failed, balance is [[~amount]]. Login [[username]] / [[password]]",
    "Got a fare evasion ticket [[~ticket_number:neg_fine]] but my monthly pass was valid. Call me at [[phone]], I live at [[address]]",
    "Refund request [[~request_id]] submitted [[~date]] for the cancelled train. Amtrak account [[customer_number:account_number]]",
    "The SmarTrip app keeps asking for the code it texted — [[otp]] — and then errors with [[~error_code]]",
    "Reduced fare card for my dad, DOB [[date_of_birth]], mail it to [[address]] please",
]

AGENT_H = [
    "Hi [[$first]], sorry for the trouble logging in. I've reset access for [[email]]; you'll get a new code by text. Never share that code with anyone, including us. Any issues call [[~company_phone]]. ^[[$agent_init]]",
    "Hi [[$first]], thanks for bearing with us. The refund of [[~amount]] for policy [[customer_number:policy_number]] is on its way to the account ending [[~masked_value]]. Ref [[~ticket_number]]. Confirmation sent to [[email]]. [[$agent]]",
    "Hello [[$first]], your appointment is now booked for [[~date]] at [[~time]]. Please bring your member ID [[customer_number:member_number]]. More info: [[~url]] ^[[$agent_init]]",
    "Hi there, please don't post your date of birth or address publicly. DM us with your reference and we'll take a look. [[~url]] ^[[$agent_init]]",
]
AGENT_T = [
    "Hi [[$first]], I've refunded [[~amount]] to card [[customer_number:transit_card]] for the journey on [[~date]]. Ref [[~ticket_number]]. ^[[$agent_init]]",
    "Hi [[$first]], could you DM us your card number and the date of travel? Please don't share it publicly. ^[[$agent_init]]",
    "Hello! The penalty fare [[~ticket_number:neg_fine]] has been cancelled. Your new card will be posted to [[address]]. Thanks, [[$agent]]",
    "Hi [[$first]], your claim has been approved and [[~amount]] will be paid to [[iban]] within 5 working days. Call [[~company_phone]] if you need anything. [[$agent]]",
]

OPEN_H = ["Hi,", "Hello,", "hey", "Quick question about my prescription.", "Your patient portal is broken again.",
          "Still waiting on my GP appointment.", "Good morning,", "Help please"]
OPEN_T = ["Hi,", "Hello,", "Train cancelled AGAIN.", "Question about my season ticket:", "hey", "Need a refund.",
          "Seriously?", "Morning,"]
CLOSE = ["Thanks.", "Cheers", "Thanks in advance!", "Please sort this out.", "Regards", "ty", "Appreciate it.",
         "Waiting to hear back."]

SNIP = {
    "password": ["my password is [[password]]", "pw: [[password]]", "password [[password]]", "changed the password to [[password]]",
                 "old password [[password]] new one [[password]]", "pass = [[password]]"],
    "pin": ["PIN [[pin]]", "my pin is [[pin]]", "door code [[pin:doorcode]]", "key safe code: [[pin:doorcode]]",
            "phone unlock code [[pin:pin4]]", "alarm code is [[pin:doorcode]]"],
    "puk": ["PUK code [[puk]]", "the PUK is [[puk]]", "PUK: [[puk]]"],
    "otp": ["the code was [[otp]]", "verification code: [[otp]]", "one-time passcode [[otp]]", "got the code [[otp]]",
            "code is [[otp:otp_words]]", "2FA code [[otp]]"],
    "wifi_key": ["wifi password is [[wifi_key]]", "network key [[wifi_key]]", "WPA2 key: [[wifi_key]]"],
    "username": ["username [[username]]", "login: [[username]]", "user ID [[username]]", "I sign in as [[username]]"],
    "api_key": ["our API key is [[api_key]]", "api_key=[[api_key]]", "AWS access key [[api_key]] and secret [[api_key:aws_secret]]",
                "integration key: [[api_key]]"],
    "token": ["Bearer [[token]]", "token: [[token]]", "session token [[token]]", "access_token=[[token]]"],
    "card": ["card number [[card]]", "card [[card]]", "paid with [[card]]", "my visa [[card]]"],
    "cvv": ["CVV [[cvv]]", "security code [[cvv]]", "cvc: [[cvv]]", "3 digits on the back: [[cvv]]"],
    "card_expiry": ["exp [[card_expiry]]", "expiry [[card_expiry]]", "expires [[card_expiry]]", "valid thru [[card_expiry]]"],
    "iban": ["IBAN [[iban]]", "bank account [[iban]]", "pay it into [[iban]]"],
    "email": ["email me at [[email]]", "email: [[email]]", "my email is [[email]]", "reach me on [[email]]"],
    "phone": ["call me on [[phone]]", "phone: [[phone]]", "mobile [[phone]]", "text me at [[phone]]", "my number is [[phone]]"],
    "address": ["I live at [[address]]", "address: [[address]]", "send it to [[address]]", "home address [[address]]"],
    "date_of_birth": ["DOB [[date_of_birth]]", "born [[date_of_birth]]", "date of birth: [[date_of_birth]]", "d.o.b. [[date_of_birth]]"],
    "customer_number": ["member ID [[customer_number:member_number]]", "account number [[customer_number:account_number]]",
                        "policy no. [[customer_number:policy_number]]", "patient ID [[customer_number:patient_number]]",
                        "card number on the back of my travel card: [[customer_number:transit_card]]", "customer ref [[customer_number]]"],
    "ip_address": ["my IP is [[ip_address]]", "IP address [[ip_address]]", "logged in from [[ip_address]]"],
    "_neg": [
        "case [[~ticket_number]]", "complaint ref [[~ticket_number]]",
        "order [[~order_number]]", "prescription order [[~order_number]]",
        "invoice [[~invoice_number]] for [[~amount]]", "bill no. [[~invoice_number]]",
        "error [[~error_code]]", "it throws [[~error_code]]",
        "app version [[~version_string]]", "updated to [[~version_string]]",
        "on [[~date]] at [[~time]]", "since [[~date]] around [[~time]]",
        "[[~percentage]] covered", "only [[~percentage]] reimbursed",
        "see [[~url]]", "it says on [[~url]]",
        "tracking [[~tracking_number]]", "parcel [[~tracking_number]]",
        "NDC/SKU [[~product_code]]", "product code [[~product_code]]",
        "card ending [[~masked_value]]", "account [[~masked_value]]",
        "port [[~port]]", "blocked on port [[~port]]",
        "sha256 [[~checksum]]", "checksum [[~checksum]]",
        "flight [[~flight_number]]", "landed on [[~flight_number]]",
        "[[~quantity]]", "only [[~quantity]] left",
        "back in [[~year]]", "since [[~year]]",
        "request [[~request_id]]", "request ID [[~request_id]]",
        "company no. [[~company_registration]]", "VAT [[~company_registration]]",
        "device [[~model_number]]", "on my [[~model_number]]",
        "meter reading [[~meter_reading]]", "reading [[~meter_reading]]"],
}

GREET = ["Dear Sir or Madam,", "Hi [[brand.name]] team,", "Hello,", "Good afternoon,", "To whom it may concern,", "Hi,"]
SIGNOFF = ["Kind regards,", "Best,", "Thanks,", "Regards,", "Many thanks,", "Sincerely,"]
SIG = ["[[$name]]\n[[address]]\nTel: [[phone]]", "[[$name]]\n[[phone]]", "[[$name]]", "[[$name]]\nSent from my iPhone",
       "[[$name]] | [[phone]] | [[email]]", "[[$name]]\nMember ID: [[customer_number:member_number]]",
       "[[$name]] (mobile [[phone]])", "[[$name]]\n[[email]]"]
QHEAD = ["On [[~date]], at [[~time]], [[brand.name]] wrote:",
         "-----Original Message-----\nFrom: [[brand.name]]\nSent: [[~date]] [[~time]]\nSubject: Your case [[~ticket_number]]",
         "On [[~date]] [[brand.name]] Support wrote:",
         "From: [[brand.name]] Customer Care\nDate: [[~date]]\nSubject: RE: [[~ticket_number]]"]
FWD = ["---------- Forwarded message ---------\nFrom: [[$name]] <[[email]]>\nDate: [[~date]]\nSubject: can't log in",
       "Begin forwarded message:\n\nFrom: [[$name]] <[[email]]>\nDate: [[~date]] at [[~time]]\nTo: support"]
DISCL = ["This email and any attachments are confidential and intended solely for the addressee.",
         "Please consider the environment before printing this email.",
         "[[brand.name]] | Registered no. [[~company_registration]] | [[~url]]",
         "If you received this in error please delete it and notify the sender."]
CONTEXT = ["I've already called three times and been put on hold for over forty minutes each time.",
           "This is really urgent because I need the medication every day.",
           "Your website says it would be sorted within five working days, and it has now been over two weeks.",
           "I commute every day and honestly cannot afford for this to keep happening.",
           "My partner tried on their laptop as well and got exactly the same error message.",
           "I appreciate you're busy but a reply within a reasonable time doesn't seem too much to ask.",
           "The chatbot keeps sending me back to the FAQ page which doesn't answer the question.",
           "I had the exact same problem last year and it was fixed in a day."]
AGENT_SIG = ["Kind regards,\n[[$agent]]\n[[brand.name]] Customer Services\nT: [[~company_phone]] | [[~url]]",
             "Thanks,\n[[$agent]] | [[brand.name]]\nCall us on [[~company_phone]]"]

HEALTH_GB += [
    "What's the guest wifi password at the outpatients clinic? The sign says [[wifi_key]] but it won't connect",
    "Phone locked itself after the SIM PIN and now wants the PUK — [[puk]] from the O2 card doesn't work — and I'm waiting on a call from the consultant at [[~time]]",
    "Our practice's integration with your booking API returns [[~error_code]]. Key [[api_key]], calls from [[ip_address]] on port [[~port]]",
    "Paid [[~amount]] for the online consultation with [[card]] exp [[card_expiry]] and got charged twice, ref [[~order_number]]",
]
HEALTH_US += [
    "Hospital guest wifi key on the whiteboard is [[wifi_key]] — doesn't work on my [[~model_number]]",
    "Developer here, your patient API rejects our bearer token [[token]] with [[~error_code]]. Request id [[~request_id]], from [[ip_address]]",
    "Locked out of the pharmacy app. It wants the 4 digit PIN I set ([[pin]]) and then says too many attempts",
    "Please send my 90-day supply ([[~quantity]]) to [[address]], not the old one. DOB [[date_of_birth]], member ID [[customer_number:member_number]]",
]
TRANSIT_GB += [
    "16-25 Railcard bought with the wrong date of birth, correct one is [[date_of_birth]]. Account [[customer_number:account_number]]",
    "Username [[username]] and password [[password]] work on the website but not in the app ([[~version_string]])",
    "Got a text with code [[otp]] that I never asked for?? My email is [[email]]",
    "Annual season ticket [[customer_number]] — please refund the unused months to [[iban]]. Call [[phone]] if needed",
]
TRANSIT_US += [
    "Reduced fare for my mom, DOB [[date_of_birth]], account [[customer_number:account_number]] — still charging full fare",
    "Username [[username]] + password [[password]] work on the web portal, not the app ([[~version_string]])",
    "I got a text with a code [[otp]] I didn't request. Email on file: [[email]]",
    "Ticket [[~ticket_number:neg_fine]] says I didn't tap, but my card [[card]] was charged [[~amount]] at [[~time]]. Phone [[phone]]",
]
AGENT_H += [
    "Hi [[$first]], I've updated your delivery address to [[address]]. Your next delivery is due [[~date]]. Thanks, [[$agent]]",
    "Hi [[$first]], we've cancelled the duplicate payment of [[~amount]] (invoice [[~invoice_number]]). It'll show on the card ending [[~masked_value]] in 3-5 days. ^[[$agent_init]]",
]
AGENT_T += [
    "Hi [[$first]], I've corrected the date of birth on your account to [[date_of_birth]]. Your railcard will be reissued. ^[[$agent_init]]",
    "Hi [[$first]], the code [[otp]] you received has now expired, so please just ignore it. If you're worried, change your password at [[~url]]. [[$agent]]",
]
