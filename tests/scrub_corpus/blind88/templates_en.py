"""English (en-gb / en-us) body templates for blind88."""

BODIES = {
    "takeover": [
        "Hi, my [[@brand]] account has been hacked. Someone changed the email to some random address. Mine was [[email]] and my old password was [[password]]. I can see a sign-in from [[ip_address]] at [[~time]]. Please help!!",
        "cant log in anymore, password doesnt work and I did NOT change it. username: [[username]] pw: [[password]]. Last time it worked was [[~date]], now there are ((2|3)) new profiles on it",
        "Someone got into my account, I got an email saying 'new sign-in from Chrome on Windows, IP [[ip_address]]'. I've set a new password already: [[password]] (temporary). Account no [[customer_number]]. There's a [[~amount]] charge I don't recognise.",
        "My kid's [[@brand]] account got taken over. Login was [[email]] / [[password]], the hacker changed the gamertag too. Can you sign out all sessions? Error on login: [[~error_code]]",
    ],
    "twofa": [
        "New phone, authenticator app is empty. I still have my backup codes:\n[[backup_code]]\n[[backup_code]]\n[[backup_code]]\nbut none of them are accepted? Account [[email]]",
        "Not getting the SMS code on [[phone]] anymore. The last one that came through was [[otp]] but it had expired. Can you switch off 2FA for [[username]]?",
        "I got this text: \"Your [[@brand]] verification code is [[otp]]. Don't share it with anyone.\" Entered it and got [[~error_code]]. My recovery code from setup is [[backup_code]]",
        "the code they read out to me on the phone was ((four|seven)) something... I typed [[otp]] and it said invalid",
    ],
    "gift": [
        "Bought a [[~amount]] gift card at ((Tesco|Target|Argos|Walmart)) and the code doesn't work: [[gift_code]]. Says 'already redeemed'. Got the receipt, [[~date]] at [[~time]].",
        "hey, my nan gave me a [[@brand]] gift card, code [[gift_code]] PIN [[gift_pin]] but I keep getting [[~error_code]]. any ideas?",
        "Ordered a digital gift card yesterday (order [[~order_number]]), the redeem code in the email is [[gift_code]]. When I redeem it says not valid in your region.",
    ],
    "parental": [
        "I've forgotten the parental controls PIN. I thought it was [[parental_pin]] but no luck. Account is under [[email]]. Can I reset it without the kids noticing lol",
        "My son figured out the parental PIN ([[parental_pin]]) and is now watching everything. How do I change it? Want to set it to [[parental_pin]]. Plan [[~product_code]], ((3|4)) profiles.",
    ],
    "console": [
        "My console got banned after an update, error [[~error_code]]. Serial number [[serial]], model [[~model_number]]. Bought it on [[~date]], still under warranty.",
        "Trying to register my new console but the serial ([[serial]]) is apparently linked to another account?! My account: [[email]], customer number [[customer_number]]",
        "Console was stolen in a break-in, police report filed. S/N [[serial]]. Can you block it and sign my account ([[username]]) out everywhere?",
    ],
    "billing": [
        "I want to update my payment details. New card: [[card]] exp [[card_expiry]] CVV [[cvv]]. Please cancel the old plan at [[~amount]] a month.",
        "Why have I been charged [[~amount]] twice from my account [[iban]]?? Invoices [[~invoice_number]] and [[~invoice_number]]. I only have one subscription ([[sub_id]]).",
        "card number [[card]]\nexpiry [[card_expiry]]\nsecurity code [[cvv]]\n\nis that ok? payment keeps failing ([[~error_code]])",
        "Please switch me from card to direct debit. Bank: [[iban]], account holder [[@name]]. Subscription ID [[sub_id]].",
    ],
    "sim": [
        "My phone is asking for a PUK code after I typed the wrong PIN 3 times. Number [[phone]]. Now I can't get my login codes either.",
        "SIM locked. The PUK on the card holder says [[puk]], old SIM PIN was [[pin]], account number [[customer_number]].",
    ],
    "meter": [
        "Here's my water meter reading: [[~meter_reading]], taken on [[~date]]. Meter serial [[meter_no]], account number [[customer_number]]. Last year it was [[~meter_reading]] so the bill of [[~amount]] can't be right.",
        "Meter no. [[meter_no]] at [[address]], reading [[~meter_reading]]. Please rebill, my payments went up [[~percentage]].",
        "Got a letter asking for a reading but the link ([[~url]]) is broken. Heat meter reading: [[~meter_reading]], meter number [[meter_no]], supply point [[ean]]",
    ],
    "move": [
        "We're moving on [[~date]] from [[address]] to [[address]]. Please transfer the water account. Account number [[customer_number]], DOB [[date_of_birth]], phone [[phone]].",
        "I'm moving out and want to close the heat network account. Supply number: [[ean]]\nFinal reading: [[~meter_reading]]\nForwarding address for the final bill: [[address]]\nThanks, [[@name]]",
        "new tenant at [[address]]. the previous tenant is still on the bill. my details: [[@name]], born [[date_of_birth]], [[email]], [[phone]]. reading on move-in day [[~meter_reading]].",
    ],
    "payplan": [
        "I can't pay the [[~amount]] catch-up bill in one go. Could I set up a payment plan over [[~quantity]]? Account number [[customer_number]], invoice [[~invoice_number]].",
        "I agreed a payment plan (ref [[~ticket_number]]) but I still got a final notice with [[~amount]] in fees. I pay [[~amount]] every month from [[iban]]!",
        "I'm working with a debt adviser at Citizens Advice. Account [[customer_number]], date of birth [[date_of_birth]]. They'll call you from [[~company_phone]].",
    ],
    "debit": [
        "Please change my direct debit to my new account [[iban]] (old one was [[iban]]). Mandate reference [[mandate]].",
        "A direct debit bounced, sorry! Can I pay by bank transfer instead? My account [[iban]], customer ref [[customer_number]], amount [[~amount]].",
        "I'd like to cancel the direct debit mandate [[mandate]] on [[iban]] and pay each bill myself via [[~url]]",
    ],
    "heat_outage": [
        "No heating or hot water since [[~date]]!!! The HIU shows error [[~error_code]], model [[~model_number]]. Address [[address]], supply ref [[ean]]. Call me on [[phone]].",
        "Whole building has no heat. I live at [[address]]. An engineer came (job [[~ticket_number]]) but it's still broken. The key safe code is [[pin]] if they need to get in.",
        "heat meter beeping, display says [[~error_code]]. meter number [[meter_no]]. door entry code is [[pin]], I'm at work until [[~time]].",
    ],
    "uportal": [
        "Can't get into the student portal. Student ID [[student_no]], password [[password]]. Error [[~error_code]]. Module registration closes at [[~time]] tomorrow!!",
        "My uni account is locked after too many attempts. Username [[username]]\nStudent number [[student_no]]\nPersonal email [[email]]\nI'm not getting the MFA code on [[phone]].",
        "I reset my uni password, new one is [[password]], but Canvas still says invalid login. Login is [[student_email]]. Chrome [[~version_string]]",
    ],
    "tuition": [
        "My tuition fee ([[~amount]]) was taken from the wrong account. Please refund to [[iban]], name [[@name]]. Student ID [[student_no]].",
        "I want to pay tuition in instalments but the portal gives [[~error_code]]. Student number [[student_no]], DOB [[date_of_birth]], card on file [[~masked_value]].",
        "My parents pay my fees, could you charge their card instead: [[card]] exp [[card_expiry]] cvc [[cvv]]. Invoice [[~invoice_number]], student no. [[student_no]]",
    ],
    "enrol": [
        "My enrolment still says pending. Date of birth [[date_of_birth]], student number [[student_no]]. My course [[~course]] starts on [[~date]]!",
        "I need to send a certified copy of my transcript. My details: [[@name]], [[address]], [[email]], tel [[phone]]. Enrolled [[~year]].",
        "Hi, I want to withdraw as of [[~date]]. Student number [[student_no]]. Do I get a tuition refund? Sort code and account: see my bank [[iban]].",
    ],
    "exam": [
        "I'm disputing my mark for [[~course]], I got [[~grade]] but the marking scheme says otherwise. Student ID [[student_no]]. Exam was on [[~date]] at [[~time]].",
        "Submitted an academic appeal (case [[~ticket_number]]). Nothing back after [[~quantity]]. Student number [[student_no]], email [[student_email]].",
        "grade for [[~course]] still shows absent but I was literally there?? student no [[student_no]], should be [[~grade]] according to the lecturer",
    ],
    "wifi": [
        "Can't get the smart TV online for [[@brand]]. Network [[@ssid]], wifi password: [[wifi_key]]. Tried the router admin page too (admin / [[password]]).",
        "eduroam not working on my laptop. I log in with [[student_email]] and password [[password]]. Or should I use the guest network, key [[wifi_key]]?",
    ],
    "dev": [
        "Building an app for the student union using the timetable API. My API key [[api_key]] returns 401 ([[~request_id]]). What am I doing wrong?",
        "For my smart thermostat integration I was issued a bearer token: [[token]]. It expires after an hour, can that be longer? request id [[~request_id]]",
        "Accidentally pushed my AWS creds to a public repo: access key [[api_key]] secret [[api_key]]. Can your IT team revoke them? sha256 of the file [[~checksum]]",
    ],
}
