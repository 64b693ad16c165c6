# English (en-gb / en-us) phrasings. Each list is dealt alternately to dev / heldout.

EN_CHAT = [
    "hi, the gate code [[pin:door]] isn't working and we're stuck outside. booking ref [[!order_number]]",
    "Can't log in to the app. Username is [[username]], password [[password]]. It keeps saying [[!error_code]]",
    "verification code is [[otp]] but it says expired?? order [[!order_number]] still pending",
    "my membership number is [[customer_number]], I want to cancel from [[!date]]",
    "paid the deposit on my card [[card]] exp [[card_expiry]] cvv [[cvv]] and it's not showing",
    "locker 14 won't open, I set [[pin]] this morning 😩",
    "wifi in the lodge ({ssid}) isn't working, the card says the password is [[wifi_key]]",
    "Please refund to [[iban]], account name {name}. It was [[!amount]] for [[!quantity:nights]]",
    "alarm code for the cottage is [[pin]] right? and the key safe is [[pin:door]]",
    "I just got a login code [[otp]] that I never requested. is my account [[username]] hacked?",
    "new password: [[password]]\nold one was [[password]]\nstill locked out on app [[!version_string]]",
    "i live at [[address]], the bikes were meant to be dropped off at [[!time]] and nobody came",
    "[[otp]] is the code I got. order [[!order_number]] for [[!amount]]",
    "sorry it's [[pin]] not [[pin]], fat fingers",
    "my number changed to [[phone]], please remove [[email]] too",
    "Bought [[!quantity:tickets]] ([[!ticket_number]]) but the QR won't load. login is [[email]] / [[password]]",
    "my ip is [[ip_address]] if that helps? app version [[!version_string]]",
    "door code for flat 3 is [[pin:door]] according to the email but the keypad shows [[!error_code]]",
    "please delete my account [[username]], done with dating apps tbh 🙃",
    "CHARGED TWICE ON [[card]] !!! [[!amount]] each time, booking [[!order_number]]",
    "the puk is [[puk]] on the sim holder, is it safe to type it in?",
    "email is [[email]], send voucher [[!product_code]] there pls",
    "forgot the bike lock code lol, pretty sure it's [[pin]] or maybe [[pin]]",
    "Can you call me on [[phone]]? It's about reservation [[!order_number]] on [[!date]]",
    "user: [[username]]\npass: [[password]]",
    "pw is [[password]] but the gym app just says [[!error_code]]",
    "we use api key [[api_key]] for the channel manager sync, getting [[!error_code]] since [[!date]]",
    "lost my member card, no. [[customer_number]]. is a replacement [[!amount]]?",
    "here's the code: [[otp]]\nand my account no [[customer_number]]",
    "the wifi password [[wifi_key]] is printed on the reception leaflet, is that meant to be public?",
    "partner api token: [[token]]\ndoes it expire automatically?",
    "there are [[!quantity:bare]] of us and the lodge code [[pin:door]] only works on the front door",
    "code is [[otp:spell]]",
    "my date of birth is [[date_of_birth]] and postcode is in the account, member [[customer_number]]",
    "aws creds for the booking widget got committed by mistake: [[api_key]] / [[aws_secret]] can you rotate",
    "card ending [[!masked_value]] was declined, tried the pin [[pin]] at the kiosk and got [[!error_code]]",
]

EN_PUBLIC = [
    "[[!mention]] 3 days and no reply about booking [[!order_number]] [[!hashtag]]",
    "Great service from [[!mention]] 😡 [[!amount]] deposit and nothing back [[!hashtag]]",
    "[[!mention]] your app [[!version_string]] crashes at login, anyone else?",
    "lol [[!mention]] just texted me a code [[otp]] and I don't even have an account",
    "Amazing weekend at [[!mention]]! [[!percentage]] off with [[!product_code]] 👌",
    "[[!mention]] call me on [[phone]] because your [[!company_phone]] line just rings out",
    "Is [[!mention]] down? getting [[!error_code]] at checkout [[!hashtag]]",
    "[[!mention]] my member no is [[customer_number]], why is my card blocked at the turnstile?",
    "[[!mention]] flight [[!flight_number]] delayed and the shuttle left without us [[!hashtag]]",
]

EN_AGENT = [
    "Hi {first}, sorry the door code isn't working. For security we never send codes by DM, please call us on [[!company_phone]] quoting booking [[!order_number]]. Thanks, {agent}",
    "Thanks {first}! I can see your payment of [[!amount]] on card [[!masked_value]], processed on [[!date]]. ^{agent}",
    "Hi there, your temporary password is [[password]]. Please change it once you've logged in. {agent}",
    "Hi {first}, I've frozen membership [[customer_number]] until [[!date]]. Confirmation is on its way to [[email]]. {agent}",
    "Please never share your verification code with anyone, including us. If you haven't entered it yet, request a new one at [[!url]]. Case [[!ticket_number]]",
    "Morning {first}! The key safe at the lodge is [[pin:door]]. Check-in from [[!time]]. Enjoy your stay, {agent}",
    "Hi {first}, a refund of [[!amount]] is on its way to account [[!masked_value]] within 5 working days. Invoice [[!invoice_number]] is now void. {agent}",
    "Thanks for your patience. Use code [[!product_code]] for [[!percentage]] off your next booking. You can reach us on [[!company_phone]]. {agent}",
    "Hi {first}, please don't send the code itself. Just send the booking reference (looks like [[!order_number]]) and the last 4 digits of the card. ^{agent}",
    "Hi {first}, I've reset the login for [[username]]. Your one-time code is [[otp]], valid for 10 minutes. {agent}",
]

EN_EMAIL = [
    "On [[!date]] I booked a midweek break through your website (booking reference [[!order_number]]) and paid the deposit of [[!amount]] with my card [[card]], expiry [[card_expiry]]. I can now see it has been taken twice. Please refund the overpayment to [[iban]] in the name of {name}.",
    "Since the update to version [[!version_string]] I can no longer sign in to the app. My username is [[username]]. I've reset my password to [[password]] but I still get error [[!error_code]].\nMy membership number is [[customer_number]] in case that helps.",
    "When we arrived at the park, the entry code [[pin:door]] didn't work. Reception was closed (it was already [[!time]]) and the out-of-hours number [[!company_phone]] went to voicemail. [[!quantity:bare]] of us waited in the car for an hour. I expect a reasonable gesture of goodwill.",
    "For the hire car I had to leave a deposit, which I paid with card [[card]], expiry [[card_expiry]], security code [[cvv]]. [[!amount]] has now been held for three weeks although the car was returned on [[!date]] (mileage [[!meter_reading]]).",
    "Please update my details:\nAddress: [[address]]\nPhone: [[phone]]\nEmail: [[email]]\nDOB: [[date_of_birth]]\nMember no.: [[customer_number]]",
    "This morning I received a text with code [[otp]] and then an email saying my password had been changed. That wasn't me! My account is [[email]]. Can you lock it please? My last login came from [[ip_address]], which isn't my address.",
    "Just to be sure, here are the codes again:\n- gate: [[pin:door]]\n- alarm: [[pin]]\n- wifi ({ssid}): [[wifi_key]]\nThe cleaner comes on [[!date]] at [[!time]].",
    "Our restaurant is a partner on your delivery platform. I think the API key [[api_key]] leaked through an old script, can you revoke it and issue a new one? Request id of the last failure: [[!request_id]].",
    "My teenage son bought [[!quantity:tickets]] for [[!date]] with my card [[card]] (valid until [[card_expiry]]) without asking. Order [[!order_number]]. Could you cancel and refund please?",
    "I run the integration for our gym chain. Our personal access token [[token]] was pasted in a public issue by a contractor. Please invalidate it. Webhook port [[!port]], build checksum [[!checksum]] if you need it.",
]

EN_CLEAN = [
    "What time does reception open on [[!date]]? There'll be [[!quantity]]",
    "Thanks for sorting booking [[!order_number]] so quickly 👍",
    "where can I find invoice [[!invoice_number]]? the app only shows [[!amount]]",
    "parcel with the hire gear hasn't arrived, tracking [[!tracking_number]]",
    "Are dogs allowed in the lodges? The listing says model [[!model_number]] hot tub too",
    "flight [[!flight_number]] lands at [[!time]], is the shuttle still running then?",
]

EN_BARE = [
    "[[otp]]",
    "[[pin]] 👍",
    "it's [[customer_number]]",
    "[[email]]",
    "that's [[password]]",
    "[[phone]]",
]

EN_CHAT += [
    "sim got blocked on holiday, PUK is [[puk]] according to the card, ok to enter it?",
    "PUK code [[puk]] worked but now it wants PUK2??",
    "wifi key for the cabin: [[wifi_key]] (network {ssid}) works on my phone not the laptop",
    "what's the network key for {ssid}? I've got [[wifi_key]] from when we stayed in [[!year]]",
    "my login for the padel app is [[username]], can't see my [[!time]] court anymore",
    "app says username [[username]] doesn't exist?? since version [[!version_string]]",
    "bearer token from the logs: Bearer [[token]] , request [[!request_id]]",
    "the webhook access token ([[token]]) returns [[!error_code]] on port [[!port]]",
    "can you send it to my other account? [[iban]]\nnot [[!masked_value]] anymore",
    "IBAN in the app is wrong, should be [[iban]]. invoice [[!invoice_number]]",
    "your site says logins from ip [[ip_address]] are blocked, error [[!error_code]]",
    "driver went to the wrong house, I'm at [[address]] not number 3. order [[!order_number]]",
    "born [[date_of_birth]], member since [[!year]], no. [[customer_number]]. why do I have to re-register?",
    "odometer at return was [[!meter_reading]], customer no. [[customer_number]], why the extra [[!amount]]?",
    "SSN isn't needed right? the form for the rental asked for it, I put my national insurance no instead. pin for the app is [[pin]] btw not that you need it",
    "hotel safe code was set to [[pin]] and now it shows [[!error_code]], room 204",
]
EN_EMAIL += [
    "Our partner integration uses this key: [[api_key]]. Since [[!date]] we get [[!error_code]] on port [[!port]]. Checksum of the config file: [[!checksum]]. Company number: [[!company_registration]].",
    "When I picked up the e-bike (model [[!model_number]]) I was given a lock PIN: [[pin]]. On return on [[!date]] the dock rejected it and I was charged [[!amount]] extra. My customer number is [[customer_number]] and my IBAN for the refund is [[iban]].",
    "My daughter (born [[date_of_birth]]) would like to join the swim club. Our address is [[address]] and you can reach me on [[phone]] or at [[email]].",
    "My SIM locked after three wrong PINs while we're abroad. The PUK on the holder is [[puk]] but it won't take it. I'm at the hotel with no signal, please reply to [[email]].",
]
EN_PUBLIC += [
    "[[!mention]] the tickets still haven't arrived, tracking [[!tracking_number]] [[!hashtag]]",
]
