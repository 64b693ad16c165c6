"""English (UK + US) templates."""

T = {}

T[("en", "body", "login")] = [
    "I can't log into the patient portal at [[hosp]]. Username is [[user]] and password [[pw]], keeps saying error [[error]].",
    "hi can someone reset my account?? user: [[user]] pass: [[pw]]  tried [[!qty|3 times]] already",
    "My son changed his password for the [[school]] parent app to [[pw]] and now it won't work on the iPad ([[version]]). Login name: [[user]]",
    "Can't sign in to [[fashion]]. Email [[email]], old password [[pw]], new password [[pw]]. Help pls",
    "Username - [[user]]\nPassword - [[pw]]\nThose are my pension portal details, why am I locked out?",
    "The temporary password you sent ([[pw]]) has already expired. My member number is [[cust]].",
    "router admin page at [[ip]]:[[port]] wants a password, I set it to [[pw]] ages ago but it says wrong",
]
T[("en", "body", "ids")] = [
    "For the registration at [[gp]] they asked for my NHS number, it's [[cust:nhs]] and my DOB is [[dob]].",
    "Patient: [[name]]\nDOB: [[dob]]\nNHS no: [[cust:nhs]]\nAddress: [[addr]]\nRequest: copy of my records from [[hosp]]",
    "My member ID is [[cust:us]], date of birth [[dob]]. I'd like to know why my pension from [[pension]] dropped by [[amount]] on [[date]].",
    "Please add [[child]] (born [[dob:child]]) to our account at [[kita]], account no. [[cust]].",
    "I'm a patient at [[hosp]], MRN [[cust]], born [[dob]]. Can I get my lab results by email at [[email]]?",
]
T[("en", "body", "card")] = [
    "Payment at [[fashion]] keeps failing. Card [[card]], expiry [[exp]], CVV [[cvv]]. Order [[order]] still pending.",
    "I gave your colleague my card details over the phone: [[card]] exp [[exp]]. Now I've been charged twice, [[amount]] each!",
    "can I pay by phone? my visa is [[card]] , expires [[exp]] and the 3 digits on the back are [[cvv]]",
    "Amex [[card]] / [[exp]] / [[cvv:4]] - please use this for the [[itemdiy]] on order [[order]].",
    "There's a charge of [[amount]] from [[diy]] on my card ending [[masked]] that I don't recognise. Full number [[card]].",
]
T[("en", "body", "refund")] = [
    "I returned the [[itemfash]] on [[date]] (tracking [[track]]). Please refund [[amount]] to [[iban]], account holder [[name]].",
    "Refund to account [[iban]] please. It's invoice [[invoice]], I was sent [[qty]] too many.",
    "My bank details changed, new IBAN: [[iban]]. Please pay my pension from [[pension]] there from [[date]]. Member no. [[cust]]",
    "sort code 20-00-00 wont work for a euro refund so here is my IBAN instead [[iban:any]]",
    "Please move the nursery fee direct debit from [[iban]] to [[iban]]. Child: [[child]], contract [[cust]].",
]
T[("en", "body", "contact")] = [
    "Could you update my address? New address: [[addr]]. Phone stays [[phone]].",
    "We've moved to [[addr]], please deliver my prescriptions from [[pharm]] there. Mobile: [[phone]]",
    "Parcel [[track]] was delivered to [[addr]] but I haven't lived there since [[year]]! Call me: [[phone]]",
    "new email is [[email]] and my number is now [[phone]]. account [[cust]]",
    "My details:\n[[name]]\n[[addr:ml]]\n[[phone]]\n[[email]]",
    "Can the GP call me back on [[phone]]? It's about my repeat prescription for [[med]], [[qty]].",
]
T[("en", "body", "codes")] = [
    "I got a text with code [[otp]] but the [[pharm]] site says it's invalid.",
    "Verification code was [[otp]], then [[otp]]. Neither works. SMS goes to [[phone]]",
    "your colleague asked for the code from the email, it's [[otp]]",
    "Code from the authenticator app: [[otp]] (expired after 30 sec apparently)",
    "My mum read the code out over the phone: [[otpw]]. She's not great with apps.",
    "The prescription locker at [[pharm]] gave me code [[pin]] but the door won't open. Order [[order]].",
    "Has the gate code at [[kita]] changed? We still have [[pin]] and it's not working.",
    "The key safe by the front door is [[pin]], the carers can get the key from there. Address: [[addr]]",
    "My SIM is locked. PIN was [[pin:4]], PUK from the card: [[puk]].",
    "For the repair: my phone unlock code is [[pin]]. Model [[model]].",
    "The guest wifi [[ssid]] at [[hosp]] asks for a key, reception said [[wifi]] but no luck.",
    "home wifi is [[ssid]] / [[wifi]], the engineer can use it",
]
T[("en", "body", "api")] = [
    "Our webshop integration with your payment module fails ([[error]]). API key: [[api]] , request id [[reqid]].",
    "We use this key for stock sync with [[diy]]: [[api]]\nSince version [[version]] we get [[!error|HTTP 401]].",
    "curl -H \"Authorization: Bearer [[tok]]\" [[!url|https://api.threadline.com/v1/orders]] returns an empty list. What am I doing wrong?",
    "Our access token [[tok]] expires daily. Can that be extended? Server IP [[ip]], port [[port]].",
    "AWS access key [[api:aws]] with secret [[api:awssecret]] is in the config of the [[school]] timetable app, is that safe??",
    "GitHub PAT [[tok:ghp]] was committed to the repo by our contractor, please revoke. SHA [[checksum]]",
]
T[("en", "body", "neg")] = [
    "Error [[error]] at checkout, app version [[version]], on [[date]] around [[time]]. Order [[order]].",
    "The [[itemdiy]] ([[model]]) broke after [[qty:x]] weeks. Receipt from [[date]], [[amount]]. Product code [[product]].",
    "I'm flying [[flight]] on [[date]] and need my [[med]]. Can it be ready before [[time]]?",
    "Meter reading submitted: [[meter]]. Case ref [[ticket]]. Can you confirm?",
    "Complaint [[ticket]] still not resolved. See [[url]]. You promised [[pct]] off.",
    "Your appointment page at [[url]] throws [[error]], request id [[reqid]]. Checksum of the installer: [[checksum]]",
    "Where's my [[itemfash]]? Order [[order]], shipped [[date]] with [[track]]. Invoice [[invoice]].",
]
T[("en", "body", "us")] = [
    "My insurance member ID is [[cust:us]] and group number is [[product]]. DOB [[dob]]. Can you rerun the claim?",
    "The 401(k) rollover from [[pension]] hasn't arrived. Account [[cust]], amount [[amount]], requested [[date]].",
    "Please mail the refund check to [[addr]]. Cell is [[phone]].",
    "I picked up my kid's Rx at [[pharm]] but they charged [[amount]]. Her DOB is [[dob:child]], patient ID [[cust]].",
]
T[("en", "public", "all")] = [
    "[[mention]] still waiting for my refund on order [[order]] [[hashtag]]",
    "[[mention]] why is the prescription locker broken AGAIN [[hashtag]]",
    "[[mention]] please call me back on [[phone]], waiting since [[date]]",
    "[[mention]] can someone email me at [[email]]? DMs are closed [[hashtag]]",
    "[[mention]] app crashes on login ([[version]]), error [[error]]",
    "[[mention]] brilliant staff at the pharmacy today, thank you! [[hashtag]]",
    "[[mention]] your driver left my parcel outside [[addr]] in the rain [[hashtag]]",
    "@[[first]] [[mention]] same here, case [[ticket]] and nothing since",
]
T[("en", "agent", "all")] = [
    "Hi [[first]], sorry to hear that! Could you DM us your account number and postcode? Please never share your password. ^[[agent]]",
    "Thanks [[first]]. I can see order [[order]] with tracking [[track]]. The [[amount]] will be refunded to the card ending [[masked]] within 5 working days. [[agent]]",
    "Hi [[first]], I've found account [[cust]] and updated the address to [[addr]]. Is that right? Kind regards, [[agent]] | [[pharm]] | [[cphone]]",
    "Hi [[first]], for your security never send us your PIN or password. Give us a call on [[cphone]] (Mon-Fri [[!time|8am]]-[[!time|6pm]]). Your case number is [[ticket]]. ^[[agent]]",
    "Hi {first_name}, your new temporary code is <code>. It's valid for 10 minutes. Cheers, [[agent]]",
    "Hello [[first]], we'll call you back today on [[phone]]. Your reference is [[ticket]]. Best, [[agent]] - Patient Services, [[hosp]], [[cphone]]",
    "Thanks! Just to confirm: is your date of birth [[dob]] and your mobile [[phone]]? Then I'll get the repeat prescription ready. [[agent]]",
    "Hi [[first]], I've updated your bank details to [[iban]]; payment will go out on [[date]]. More info: [[url]]. [[agent]]",
]
T[("en", "greet", "all")] = ["Dear Sir or Madam,", "Hi there,", "Hello,", "Good morning,", "Hi [[agent]],", "To whom it may concern,", "Hey,"]
T[("en", "close", "all")] = ["Kind regards,\n[[name]]", "Thanks,\n[[first]]", "Best,\n[[name]]", "Many thanks\n[[first]] [[last]]", "Cheers\n[[first]]", "Sincerely,\n[[name]]"]
T[("en", "sig", "all")] = [
    "[[name]]\n[[addr:ml]]\nTel: [[phone]]",
    "--\n[[name]]\nMobile [[phone]]\n[[email]]",
    "[[name]] | Office Manager, [[kita]]\nT [[cphone]] | M [[phone]]\nRegistered in England and Wales, company no. [[creg]]",
    "Sent from my iPhone",
    "[[first]] [[last]]\nCell: [[phone]]",
    "Get Outlook for Android",
]
T[("en", "disc", "all")] = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender.",
    "Please consider the environment before printing this email.",
    "[[school]] is a charitable company limited by guarantee, registered number [[creg]].",
]
T[("en", "qhead", "all")] = [
    "On [[date]] at [[time]], [[fashion]] Customer Care wrote:",
    "-----Original Message-----\nFrom: Patient Services\nSent: [[date]] [[time]]\nSubject: RE: your enquiry [[ticket]]",
    "On [[date]], [[agent]] from [[diy]] wrote:",
    "From: [[pharm]] <no-reply>\nDate: [[date]]\nSubject: Your order [[order]]",
]
T[("en", "fwd", "all")] = [
    "---------- Forwarded message ---------\nFrom: [[name]] <[[email]]>\nDate: [[date]] at [[time]]\nSubject: Fwd: refund\nTo: customer service",
    "Begin forwarded message:\n\nFrom: [[name]] <[[email]]>\nDate: [[date]]\nSubject: enrolment",
]
T[("en", "subj", "all")] = ["Subject: Question about order [[order]]", "Subject: password not working", "Subject: change of address", "Subject: RE: [[ticket]]", "Subject: refund", "Subject: repeat prescription"]
