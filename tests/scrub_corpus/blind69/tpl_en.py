"""English templates (en-gb and en-us share these; values follow the locale)."""

BODY = {
    "portal": [
        "Hi, can't log into the monitoring portal for my inverter anymore. Username <<username>>, password <<password>>. It just says invalid credentials.",
        "installer set up the battery app under his own login (<<username>> / <<password>>) - can you move it to my email <<email>> please",
        "Reset my password to <<password>> and it still won't let me in. Account no <<cust>>",
        "My login for the app: <<email>>\npwd: <<password>>\n(old one was <<password:2>>) - neither works since update <<n_version>>",
        "user: <<username>>  pass: <<password>>  <- this is what the engineer wrote on the handover sheet. getting <<n_error>>",
        "Forgot the password for the heat pump app, the reset link never arrives at <<email>>. Username might be <<username>>?",
        "Why does the app log me out every day?? I've typed <<password>> about 40 times now",
        "Account locked after too many attempts. Login name is <<username>>, I'm certain the password is <<password>>",
    ],
    "wifi": [
        "Inverter dropped off wifi after we changed broadband. Network is <<SSID>>, password <<wifi_key>>. Can you reconnect it remotely?",
        "For the engineer tomorrow: wifi <<SSID>>, key <<wifi_key>>. Back home from <<n_time>>.",
        "Charger can't find the network. WPA2 key: <<wifi_key>>, the charger shows IP <<lanip>>",
        "New router, new wifi password <<wifi_key>>. Do I need to reset the dongle? It's flashing <<n_error>>",
        "The hub only sees 2.4GHz so I made a guest network, passphrase <<wifi_key>>, SSID <<SSID>>",
        "smart meter display (IHD) won't pair. I typed the wifi code <<wifi_key>> three times",
    ],
    "alarm": [
        "Engineer can get in through the side gate, key safe code is <<pin>>. Alarm is off.",
        "Our alarm goes off every night around <<n_time>>. My user code is <<pin>>, my son's is <<pin:2>>.",
        "Gate code <<pin>> then the alarm code <<pin:2>> within 30 seconds pls",
        "The SIM in the alarm panel wants a PUK: <<puk>>. PIN was <<pin>>",
        "The smart lock keypad code for the installer is <<pin>>, valid until <<n_date>>. Please don't share it",
        "Video doorbell reset itself and now asks for the lock's PIN. I set <<pin>> originally",
    ],
    "payment": [
        "Please refund the deposit of <<n_amount>> to <<iban>>, account name <<FULL>>.",
        "Paid with card <<card>> exp <<expiry>> CVV <<cvv>> but you still sent a reminder for invoice <<n_invoice>>",
        "Card details for the balance: <<card>>, expiry <<expiry>>, security code <<cvv>>. Name on card <<FULL>>",
        "New bank account for the direct debit: <<iban>>. Old one ended <<n_masked>>",
        "Sort the refund out please, my IBAN is <<iban>> (I'm abroad so no UK account)",
        "Tried to pay <<n_amount>> online with <<card>> and it got declined, error <<n_error>>",
    ],
    "subsidy": [
        "For the Boiler Upgrade Scheme voucher they want my date of birth (<<dob>>) and the MPAN <<mpan>>. Where do I find the second one?",
        "The grant was rejected because of the property address, it should be <<address>>. My DOB is <<dob>>.",
        "Details for the grant application:\nName: <<FULL>>\nDOB: <<dob>>\nAddress: <<address>>\nPhone: <<phone>>",
        "The SEG application asks for my MPAN (<<mpan>>) and the MCS certificate number. Supplier account <<cust>>",
        "Rebate form needs my date of birth <<dob>> and utility account <<cust>> - is that safe to email?",
        "Tax credit paperwork: installer says I need invoice <<n_invoice>> and my address exactly as on the utility bill: <<address>>",
    ],
    "meter": [
        "Since the smart meter swap on <<n_date>> my export isn't showing. MPAN <<mpan>>, reading today <<n_meter>>",
        "Final read on the old meter was <<n_meter>>, new one started at <<n_meter:2>>. Account <<cust>>, address <<address>>",
        "DNO says my inverter trips on overvoltage. MPAN <<mpan>>. Please call me on <<phone>>",
        "Bill says I used <<n_meter>> but the meter shows <<n_meter:2>>. Account number <<cust>>",
        "Can you book the fuse upgrade to <<n_qty>> for <<address>>? Contact <<FULL>>, <<phone>>",
        "Meter reading for account <<cust>>: <<n_meter>>. Photo attached.",
    ],
    "otp": [
        "Getting a text with code <<otp>> but the app says it's expired.",
        "Verification code from the email was <<otp>>, typed it twice, now locked out until <<n_time>>",
        "Your colleague asked me to read out the code on the phone, I said <<otpw>>. Is that normal??",
        "authenticator code <<otp>> not accepted, phone clock is correct",
        "One-time passcode <<otp>> arrived at <<n_time>>, still can't get into my <<BRAND>> account",
        "got two codes, <<otp>> and then <<otp:2>>. which one??",
    ],
    "api": [
        "Trying to add my inverter to Home Assistant. API key <<api_key>>, site ID <<n_product>>. Getting <<n_error>>, rate limited?",
        "Local API on the charger: sending Authorization: Bearer <<token>> to <<lanip>>:<<n_port>>, get 401. Request ID <<n_reqid>>",
        "My script used this token: <<token>>. After firmware <<n_version>> it stopped working.",
        "Accidentally pasted my AWS key <<api_key>> and secret <<aws_secret>> into a forum post about my energy dashboard. Help",
        "Is it safe to give the installer my cloud API key (<<api_key>>)?",
        "long-lived access token <<token>> rejected by your integration, log says <<n_error>>",
    ],
    "quote": [
        "Thanks for quote <<n_invoice>>. <<n_qty>> for <<n_amount>> inc VAT at <<n_pct>>. Is the inverter a <<n_model>>? Address is <<address>>.",
        "Invoice <<n_invoice>> dated <<n_date>> says <<n_amount>> but the quote was <<n_amount:2>>. Order ref <<n_order>>.",
        "Warranty claim for the inverter (<<n_model>>, bought <<n_year>>) open since <<n_date>>, case <<n_ticket>>. Call me on <<phone>>?",
        "When is the engineer coming? I'm in between <<n_time>> and <<n_time:2>>. Address: <<address>>",
        "Replacement optimiser shipped (tracking <<n_tracking>>) but it's been stuck for 3 days.",
        "Heat pump showing <<n_error>> and the indoor unit (<<n_model>>) is clicking. Under warranty until <<n_year>>. Account <<cust>>",
        "Quote for the battery: <<n_qty>> for <<n_amount>>. Neighbour paid <<n_amount:2>>. Why the difference?",
        "Away until <<n_date>> (flight <<n_flight>>), can the install be after that? Mobile <<phone>>",
    ],
    "contact": [
        "Please update my details. New mobile <<phone>>, email <<email>>.",
        "We've moved to <<address>>, the panels stayed with the old house lol. Account <<cust>>",
        "Best to reach me on <<phone>> or <<email>>",
        "My details: <<FULL>>, <<address>>, tel <<phone>>, DOB <<dob>>",
        "Call me back please: <<phone>>. It's about the charger, ref <<n_ticket>>.",
        "Send the confirmation to <<email>>, not my husband's address",
    ],
}

AGENT = [
    "Hi <<FIRST>>, sorry about the login trouble! I've unlocked your account <<username>>. Please never share your password over chat. Thanks, <<AGENT>>",
    "Thanks. I've set a temporary password <<password>> - please change it straight after logging in. ^<<AGENT>>",
    "Hi, I can see the supply with MPAN <<mpan>> at <<address>>. The fault is logged as <<n_ticket>>. Any questions call <<n_cphone>>. <<AGENT>>",
    "Hey! For your security we've hidden your tweet with your card details. The refund of <<n_amount>> goes back to the card ending <<n_masked>>. ^<<AGENT>>",
    "Dear {first_name}, thanks for contacting us about {subject}. Your verification code is <code>. Kind regards, The <<BRAND>> Team",
    "Hi there! Could you DM us your account number and postcode? Please don't post passwords or codes 🙂 ^<<AGENT>>",
    "I've noted your number <<phone>>, the engineer will call on <<n_date>> between <<n_time>> and <<n_time:2>>. Ref <<n_ticket>>. <<AGENT>>",
    "Thanks for confirming. Your new account number is <<cust>>. Your <<n_model>> will update to <<n_version>> overnight. Cheers, <<AGENT>>",
    "That code <<otp>> has expired, I've sent a fresh one to <<email>>. More info: <<n_url>>",
    "We've got your request (<<n_ticket>>). Our team is on <<n_cphone>>, Mon-Fri until <<n_time>>. ^<<AGENT>>",
]

GREET = ["Hi <<BRAND>>,", "Dear Sir/Madam,", "Hello,", "Morning,", "Hi <<AGENT>>,", "To whom it may concern,", "Hi team,", "Good afternoon,"]
SIGN = [
    "Kind regards,\n<<FULL>>\n<<address>>\nTel: <<phone>>",
    "Thanks,\n<<FIRST>>",
    "Best,\n<<FULL>>\n<<phone>>",
    "Regards,\n<<FULL>>\nAccount no: <<cust>>\nMobile: <<phone>>\n<<email>>",
    "Cheers\n<<FIRST>>\n\nSent from my iPhone",
    "Many thanks,\n<<FULL>> (<<phone>>)",
    "Yours faithfully,\n\n<<FULL>>\n<<address>>",
    "Thx, <<FIRST>>\nSent from Outlook for Android",
]
QUOTE_HDR = ["On <<n_date>> at <<n_time>>, <<BRAND>> Customer Care wrote:", "-----Original Message-----\nFrom: <<BRAND>> Support\nSent: <<n_date>> <<n_time>>\nSubject: Your case <<n_ticket>>",
             "On <<n_date>>, <<AGENT>> (<<BRAND>>) wrote:", "________________________________\nFrom: <<BRAND>> Aftercare\nSent: <<n_date>>\nSubject: RE: ref <<n_ticket>>"]
FWD = ["---------- Forwarded message ---------\nFrom: <<FULL>> <<email>>\nDate: <<n_date>> <<n_time>>\nSubject: solar panels",
       "Begin forwarded message:\n\nFrom: <<FULL>> <<email>>\nSubject: Fwd: heat pump quote"]
DISC = ["This email and any attachments are confidential and intended solely for the addressee. <<BRAND>> Ltd, <<n_creg>>.",
        "<<BRAND>> | <<n_creg>> | <<n_url>>",
        "Please consider the environment before printing this email.",
        "<<BRAND>> Customer Care <<n_cphone>> | <<n_creg>>"]
PUBLIC_TAIL = ["", " Absolute joke.", " Anyone else had this?", " Sort it out!!", " 🤬", " Still waiting..."]

BODY["api"] += [
    "Firmware file SHA-256 doesn't match, I get <<n_checksum>>. My API key <<api_key>> is still in the config btw.",
    "Our public IP is <<ip>>, can you whitelist it? Token: <<token>>. Checksum of the download was <<n_checksum>>",
]
BODY["portal"] += [
    "Got an email saying 'new sign-in from <<ip>>' - that wasn't me! Changed password to <<password>>, username <<username>>",
    "Can you see which IP logged in? I think <<ip>>. My username is <<username>>",
]
BODY["payment"] += [
    "Card no: <<card>>\nExpiry: <<expiry>>\nCVC: <<cvv>>\nPlease take the balance of <<n_amount>>.",
    "Amex <<card>> exp <<expiry>> CID <<cvv>>. Also why is there <<n_pct>> VAT, solar is 0% now?",
]
BODY["quote"] += [
    "The quote said <<n_pct>> off the heat pump but invoice <<n_invoice>> doesn't. Item <<n_product>>.",
    "Which cable fits the charger, <<n_product>> or <<n_product:2>>? Both <<n_amount>>.",
]
CUST_HDR = ["On <<n_date>> at <<n_time>>, <<FULL>> <<<email>>> wrote:", "From: <<FULL>> <<email>>\nSent: <<n_date>>",
            "<<FULL>> wrote on <<n_date>>:", "On <<n_date>>, <<email>> wrote:"]
