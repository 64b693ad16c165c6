# English templates, shared by en-gb and en-us (locale-specific values come from the generators).

EN = {
"pub": [
"$n_mention 3 weeks and still no replacement charging card (card no. $chargecard). Tracking $n_track hasn't moved since $n_date $n_tag",
"Hey $n_mention your technician handed my car back with a massive scratch after the $f_insp on $n_date. Call me back on $phone, the chat is useless",
"$n_mention your parking app charged me $n_amount even though I ended the session at $n_time!! account $parkacct. second time this month $n_tag $n_tag",
"Broken down on the motorway near $f_city and $f_rescue is nowhere to be seen. Membership no $member, been here $n_qty with the kids $n_mention",
"can someone at $n_mention help? changed my password to $pw and the app still says 'invalid credentials'. app version $n_ver",
"$n_mention lease company ignoring every email. Agreement no $lease, car stuck at the dealer since $n_date with fault $n_err. Where's my courtesy car?",
"Charger at $f_brand in $f_city showing error $n_err AGAIN. Started $n_time, $n_qty delivered, charged $n_amount. Status page $n_url says all green lol",
"$n_mention my email is $email, filled your form 4 times already. Year $n_year, mileage $n_km, what else do you need??",
"Same here. Invoice $n_invoice is wrong, they charged $n_pct tax on warranty parts $n_tag",
"@$f_name try calling $n_cphone instead, they sorted mine in 10 min. good luck!",
"45 minutes on hold with $n_cphone and then it cut off $n_mention. Customer number $cust, I just want to know when the mechanic is coming",
"Massive thanks $n_mention for the quick rescue this morning outside $f_city! Back on the road in $n_qty $n_tag",
],
"dm": [
"Hi, my customer number is $cust and reg is $f_plate. Can I move my $f_insp booking from $n_date at $n_time? New mobile: $phone",
"not getting the code.. oh wait here it is: $otp\ndo I give it to you or type it in myself?",
"Lost my charge card!! number $chargecard. Please block it. Refund the deposit to $iban in the name of $f_full",
"can't log in to the lease portal\nusername: $user\npassword: $pw\ncould you check whats wrong? agreement $lease",
"Home charger died after the update to $n_ver. It's on IP $ip, network $f_ssid, wifi password $wifi. Model is $n_model",
"Key is in the lockbox by the garage door, code $pin. Car's on the drive at $address. Please shut the gate after 🙏",
"Details for the car club sign-up:\n$f_full\nDOB $dob\n$email\n$phone\nlicence checked already",
"My credit card got charged twice for the rental. Card $card exp $exp. I see $n_amount twice on $n_date",
"Flight $n_flight lands $n_time, booking $n_order. Can you ring me on $phone#1 when the shuttle's there? Again that's $phone#1",
"Member number is $member#1 (or $member#1 without spaces dunno how you want it). Does my cover include Europe? Policy $policy",
"sorry wrong code, the right one is $otp. the earlier one ($otp) expired I think",
"My dad ($f_full) doesn't have WhatsApp, his landline is $phone. He lives at $address, car is there. Born $dob if you need it",
"Yes last digits of my card are $n_mask. Full number $card, CVV $cvv",
"ok dealer portal password is temporarily $pw, I'll change it tomorrow. username $user. Please add the service history for VIN $f_vin",
"The code they read me over the phone was $otpw, does that sound right?",
],
"mail": [
"On $n_date I brought my $f_car (reg $f_plate, VIN $f_vin) in for a major service, job card $n_order. When I collected it the odometer showed $n_km, whereas I dropped it off with $n_km. On top of that invoice $n_invoice comes to $n_amount when I was quoted $n_amount.\n\nPlease refund the difference to $iban. I can be reached during the day on $phone.",
"Please find below the details requested for the transfer of lease agreement $lease:\n\nName: $f_full\nAddress: $address\nDate of birth: $dob\nBank account: $iban\nPhone: $phone\nEmail: $email\n\nThe car ($f_car, $f_plate) currently has $n_km on the clock.",
"We'd like to connect charging sessions to our fleet system. The API key you issued ($apikey) returns $n_err on every call. Request ID of the last attempt: $n_req. We're calling from port $n_port. Our portal account name is $user.\n\nCould you look into this? It's about $n_qty a month.",
"I received a penalty charge notice for $n_date although I was parked via your app (account $parkacct, transaction $n_order, started $n_time). My card ending $n_mask was charged $n_amount as normal. Screenshot attached.\n\nCould you send confirmation to $email so I can appeal?",
"My $f_car from $n_year is still under manufacturer warranty until $n_date. The engine light has been on since last week; your workshop read fault code $n_err and says part $n_prod must be replaced for $n_amount. Surely that's covered?\n\nCustomer no: $cust\nReg: $f_plate",
"Last night at $n_time someone logged into my charging app account from IP $ip. I got a text with verification code $otp that I didn't request. My old password was $pw, I've now changed it to $pw. Customer number $cust.\n\nPlease check all sessions after $n_date.",
"Charger install confirmation:\n- date: $n_date between $n_time and $n_time\n- address: $address\n- gate code: $pin\n- wifi: $f_ssid / $wifi\n\nThe unit ($n_model) can be set to $n_qty.",
"On $n_date I broke down on the M6 (your reference $n_ticket). I paid the towing ($n_amount) myself with my credit card $card. Please refund to $iban. Membership number $member.",
"When I unlocked the car club car ($f_plate) through the app I found a dent in the tailgate that wasn't in the damage report. Booking $n_order, membership $sub. I don't want my $n_amount deposit withheld. Photos taken at $n_time.",
"As requested, here's what the app shows under 'developer':\n\nAuthorization: Bearer $token\napp: $n_ver\nfirmware checksum: $n_sum\n\nHope that helps, I haven't been able to charge for $n_qty.",
"Please update the direct debit for my lease ($lease) to my new account: $iban. The old one ($n_mask) can stop from $n_date.\n\nI'm on $phone or $phone.",
"For the fleet integration: access key ID $apikey, secret $awssecret. I know I shouldn't email these but the portal upload keeps failing with $n_err.",
],
"agent": [
"Hi $f_name, sorry to hear that! Could you DM us your customer number and reg so we can take a look? ^$f_agent",
"Thanks $f_name. I can see your $f_insp booked for $n_date at $n_time at our $f_city branch. We'll call you on $phone when it's ready. $f_agent",
"Hi, we've blocked charge card $chargecard. A new one is on its way, tracking $n_track. Please note we will never ask for your password or verification code. $f_agent",
"Your temporary password is: $pw\nLog in at $n_url and change it straight away. Any problems, call $n_cphone (Mon-Fri 8am-6pm).",
"I've refunded $n_amount to account $iban. It should show within 3 working days. Case $n_ticket is now closed. Have a good day! ^$f_agent",
"Dear {first_name}, thanks for getting in touch about invoice $n_invoice. I've passed it to the workshop and you'll hear from us by $n_date. Kind regards, $f_agent | $f_brand | $n_cphone",
"Good news: your new lease car is ready from $n_date. Agreement number $lease. Keys are in the key safe at the entrance, code $pin (changed after collection).",
"Hi! We've hidden your reply because it contained your bank details. Please DM us instead 👉 $n_url ^$f_agent",
"Done, I've updated your number to $phone and your email to $email. Can you confirm? Your customer number stays $cust.",
"The fault with error $n_err is known (ticket $n_ticket). An update to $n_ver is planned for $n_date. Sorry for the hassle! /$f_agent",
],
}

FRAMES = {
"en-gb": {
    "greet": ["Dear Sir/Madam,", "Hi there,", "Hello,", "Dear $f_agent,", "Good afternoon,", "To whom it may concern,"],
    "close": ["Kind regards,", "Many thanks,", "Best wishes,", "Regards,", "Cheers,", "Thanks in advance,"],
    "csig": ["$f_full", "$f_full\nMob: $phone", "$f_name\n\nSent from my iPhone", "$f_full\n$address", "$f_name $f_last\nT: $phone\nE: $email", "$f_full | customer ref $cust"],
    "asig": ["$f_agent\nCustomer Care, $f_brand\n$n_cphone | $n_url\n$n_creg", "Kind regards,\n$f_agent - Social Team\n$f_brand $n_cphone",
             "$f_agent | $f_brand\n$n_creg", "Thanks,\n$f_agent\n$n_url"],
    "qhead": ["On $n_date at $n_time, $f_brand wrote:", "-----Original Message-----\nFrom: $f_brand Customer Care\nSent: $n_date\nSubject: RE: your case $n_ticket",
              "On $n_date $f_agent wrote:", "---------- Forwarded message ---------\nFrom: $f_brand\nDate: $n_date"],
    "disc": ["This email and any attachments are confidential and intended solely for the addressee.", "Please consider the environment before printing this email.",
             "If you have received this email in error please notify the sender and delete it.", "Calls may be recorded for training and monitoring purposes."],
    "subj": ["Subject: Complaint - workshop", "Subject: Lease transfer", "Subject: RE: charge card", "Subject: PCN appeal", "Subject: Breakdown refund", "Subject: Warranty claim"],
},
"en-us": {
    "greet": ["Hello,", "Hi,", "To whom it may concern,", "Hi $f_agent,", "Good morning,", "Dear Customer Service,"],
    "close": ["Thanks,", "Best,", "Sincerely,", "Thank you,", "Best regards,", "Appreciate it,"],
    "csig": ["$f_full", "$f_full\nCell: $phone", "$f_name\n\nSent from my iPhone", "$f_full\n$address", "$f_name $f_last\n$phone | $email", "$f_full - acct $cust"],
    "asig": ["$f_agent\nCustomer Experience, $f_brand\n$n_cphone | $n_url\n$n_creg", "Best,\n$f_agent - Social Care Team\n$f_brand $n_cphone",
             "$f_agent | $f_brand\n$n_url", "Thanks!\n$f_agent\n$n_cphone"],
    "qhead": ["On $n_date, at $n_time, $f_brand Support wrote:", "-----Original Message-----\nFrom: $f_brand Support\nSent: $n_date\nSubject: RE: Case $n_ticket",
              "On $n_date $f_agent wrote:", "Begin forwarded message:\n\nFrom: $f_brand\nDate: $n_date\nSubject: Your appointment"],
    "disc": ["CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient.", "Please consider the environment before printing.",
             "This message may contain privileged information. If received in error, delete it.", "Sent from a mobile device, please excuse typos."],
    "subj": ["Subject: Service complaint", "Subject: Lease transfer", "Subject: RE: charging card", "Subject: Parking ticket dispute", "Subject: Tow refund", "Subject: Warranty"],
},
}


# ---- additional templates (appended; indices continue the alternate deal)
EN['pub'].extend([
    "$n_mention your text says 'your code is $otp' but it doesn't work, tried 3 times $n_tag",
    "$n_mention installer asked for my wifi password in the comments?? it's $wifi, happy now",
])
EN['dm'].extend([
    "car's built-in sim wants a PUK now: $puk. the sim number is $phone",
    'forgot my parking app password. username $user, reset code $otp, new password will be $pw',
    'card for the deposit: $card exp $exp security code $cvv',
    "here's the pairing token from the charger app: $token\ncharger IP $ip. DOB is $dob and address $address",
])
EN['mail'].extend([
    'Dealer portal credentials stopped working after the migration:\n\nUsername: $user\nPassword: $pw\nAPI token: $token\n\nLogin returns $n_err (request $n_req). Could you restore the link for our $f_city branch?',
    "The rental on $n_date was paid with my card $card (exp $exp, CVV $cvv). Now another $n_amount has been taken for 'damage' that was there at pickup (booking $n_order).",
    'Charger stopped working yesterday. IP $ip (port $n_port), firmware $n_ver, update checksum $n_sum. The app asked for a code, it was $otp. Address for the engineer: $address. DOB $dob for the ID check.',
])
EN['agent'].extend([
    'Hi $f_name, your username is $user. Reset your password at $n_url with the code we texted ($otp).',
    "We've removed your CVV ($cvv) from the chat - please never share it. Card ending $n_mask has been blocked. ^$f_agent",
])
EN['dm'].extend([
    'the app error screen shows this session token: $token\nerror $n_err on app $n_ver',
    "after the dash repair the car's eSIM is asking for a PUK. is it this one? $puk (from the card in the glovebox)",
])
EN['mail'].extend([
    'Our developer asked me to forward the OAuth access token the portal generated: $token (refresh token $token). It expires $n_date at $n_time.',
    'The infotainment SIM is locked. The PUK printed on the card is $puk and the original PIN was $pin. The dealer says I need to call you on $n_cphone but nobody answers.',
])
EN['agent'].extend([
    'Hi $f_name, you posted your full card number above ($card, exp $exp, CVV $cvv). We have hidden it - please ask your bank to cancel the card. ^$f_agent',
])
