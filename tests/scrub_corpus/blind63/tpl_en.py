"""English (en-gb and en-us) templates, some with German snippets."""

CHAT = {
"crypto": """
hey {brand} my account has been "under review" for 9 days now. uploaded passport + selfie <quantity:times>. account id [customer_number], case <ticket_number>. what's going on??
~~
<mention> why do you need my BSN?? I'm an expat in Amsterdam, fine, it's [bsn:bsn] . DOB [date_of_birth]. Please just unlock withdrawals, I have <amount> stuck
~~
Accidentally posted my API credentials in a github issue. Key: [api_key:aws_id] Secret: [api_key:aws_secret] can you revoke on your side too?
~~
getting error <error_code> on the liveness check, app <version_string> on <model_number>. email on the account is [email]
~~
SMS code never arrived, only got this old one [otp]. my number is now [phone], old one ended <masked_value>
~~
login: [username] pw: [password] - yes I know, I'll change it. 2FA code right now is [otp]. I just need to get in before the market moves
~~
The verification link you sent is broken: https://verify.{brand}.com/session?token=[token:sess] - says expired after <quantity:dur>
""",
"bank": """
Trying to open an account with {brand}, selfie keeps failing (<quantity:times>). My passport number is [customer_number:docuk], expiry <date>. Any tips?
~~
Card blocked after wrong PIN 3 times. Card number [card] exp [card_expiry], CVC [cvv]. Can I set a new PIN like [pin:4]?
~~
Proof of address: I moved to [address] on <date>, my council tax bill is still in my old name. Is a tenancy agreement ok?
~~
<mention> your app is asking for my Social Security number (last 4 <masked_value>) and a selfie holding my ID. Is this legit or a scam? link was <url>
~~
Salary goes into [iban@a] but you say [iban@a] isn't in my name?! Customer number [customer_number], born [date_of_birth]
~~
I pasted my full card number by mistake ([card]), security code [cvv]. Please cancel it. You can call me on [phone]
""",
"bet": """
Want to unblock my {brand} account. You asked for a copy of my ID and a utility bill, sent both. username [username], member no [customer_number]
~~
Withdrawal of <amount> pending for <quantity:dur>, now you want source of funds?? IBAN [iban], DOB [date_of_birth], address [address]
~~
Password reset code [otp] doesn't work. account email [email], tried at about <time>
~~
You've verified me before in <year>, why again? Phone number is [phone], ring me rather than emailing
""",
"car": """
hi {brand}, driving licence check stuck on "processing selfie". App <version_string>, phone <model_number>. Member ID [customer_number]
~~
Standing next to the car, keybox code [pin] isn't working. Booking <order_number>. Call me on [phone]!!
~~
Landing at Heathrow on <flight_number> at <time>. Do you take debit cards for the deposit? Card is [card], expires [card_expiry]
~~
My licence expires <date>, do I need to reverify? Username [username], email [email]
""",
"market": """
Buyer on {brand} wants me to send my ID and a selfie to a WhatsApp number ([phone]). Scam right? Listing <order_number>
~~
Account suspended pending "identity verification". Already sent <quantity>. Username [username], payout IBAN [iban]
~~
Someone opened an account using my details: [email] and my home address [address]. Report ref <ticket_number>
~~
Got an email code [otp] but it says invalid, error <error_code>
""",
"telecom": """
Upgraded at the {brand} store today and they scanned my driving licence. Now my number [phone] has no service and PUK [puk] is rejected
~~
Engineer came round. Network {ssid} password [wifi_key], router <model_number> admin login [username] / [password]. Account number [customer_number]
~~
I got a text with code [otp] to move my number to an eSIM but I didn't request it!! SIM PIN is [pin:4] if that helps
~~
Seeing logins to My {brand} from [ip_address] on port <port>, that's not me. Account [customer_number]
""",
}

EMAIL_BODY = {
"crypto": """
The app won't let me upload again so I'm sending this by email. You asked for additional KYC details:

Full name: {fullname}
Date of birth: [date_of_birth]
Address: [address]
Phone: [phone]
Bank account: [iban]

Passport scan attached (<quantity>). I have <amount> in open orders so please unlock ASAP.
~~
Since <date> I can't trade. The app shows "verification required" with code <error_code>. I've redone the selfie <quantity:times>.
Account number [customer_number], login email [email].
I also created an API key for my bot ([api_key]) - do I need to regenerate it?
""",
"bank": """
I received a letter saying my account will be closed unless I update my details within <quantity:dur>. Here they are:
- account: [iban]
- customer no: [customer_number]
- DOB: [date_of_birth]
- address: [address]
I'd rather not email my passport number, can you explain why it's required?
~~
I was in branch yesterday at <time> and was told to email everything. My new mobile is [phone], old one was [phone]. The checksum of the PDF you asked for is <checksum> if that matters.
""",
"car": """
My account is blocked because the name on my licence doesn't match the card. It's my partner's card: [card], expiring [card_expiry]. My member number is [customer_number], phone [phone].
I'm supposed to collect a car on <date> at <time>, can this be sorted before then?
""",
"telecom": """
When I signed up in your {city} store they photocopied my passport. I'd like to know what you do with that copy under GDPR. Account number [customer_number], mobile [phone]. Document number ends in <masked_value>.
Also the installer set the router admin password to [password] and the wifi key to [wifi_key] - should I change these?
""",
"bet": """
My account ([username]) was locked after a <amount> win "pending KYC". I've now sent:
1. front and back of my driving licence
2. bank statement showing [iban]
3. a utility bill with my address ([address])
What else do you need? This looks like you're delaying payment.
""",
}

AGENT = {
"any": """
Hi {name}, sorry the verification is giving you trouble! Please re-upload via <url>. Never share your passport number or SSN by DM. ^{agent}
~~
Thanks {name}. I can see your customer number is [customer_number] and the IBAN [iban] still needs linking. I've escalated it, ref <ticket_number>. {agent}
~~
Hi {name}, you've posted your password publicly. Please delete the tweet and change it straight away. We'll never ask for your PIN or SMS codes. ^{agent}
~~
Hello {macro}, we received your documents on <date> at <time>. Checks take up to <quantity:dur>. Is [phone] still the best number? {agent}
~~
Good morning {name}, your request <ticket_number> is being handled. Feel free to call us on <company_phone>. Kind regards, {agent} | Company No. <company_registration>
~~
Unfortunately I can't unblock the account without valid photo ID. The document you sent has expired (<error_code>). A new link has gone to [email]. ^{agent}
~~
We've resent the code [otp] to [phone]. Don't share it with anyone, including us. Have a good day! {agent}
~~
Your address has been updated to [address]. Your new card will arrive within <quantity:dur>, tracking <tracking_number>. ^{agent}
""",
}

FRAMES = {
"subject": """
Subject: Identity verification
~~
Subject: RE: Additional KYC information <ticket_number>
~~
Subject: ACCOUNT LOCKED
~~
Subject: Fwd: proof of address
~~
Subject: Re: Re: your case <ticket_number>
~~
Subject: question about ID check
""",
"greet": """
Hi {brand} team,
~~
Dear Sir/Madam,
~~
Hello,
~~
To whom it may concern,
~~
Hi there,
~~
Dear {brand} Support,
""",
"close": """
Kind regards,
{fullname}
~~
Thanks,
{name}
~~
Cheers

{name}
[phone]
[email]
~~
Best,
{fullname}
Mob: [phone]
~~
Regards,
{fullname}
[address]
~~
thx {name}

Sent from my Galaxy
""",
"quotehead": """
On <date> at <time>, {brand} Support wrote:
~~
-----Original Message-----
From: {brand} Customer Care
Sent: <date> <time>
Subject: Your verification
~~
---------- Forwarded message ---------
From: {fullname} {lt}[email]{gt}
Date: <date>
~~
Am <date> um <time> schrieb {agent} ({brand} Kundenservice):
""",
"disclaimer": """
This email and any attachments are confidential. If you are not the intended recipient please delete it.
~~
Please consider the environment before printing this email.
~~
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, löschen Sie bitte diese Mail.
""",
}

CHAT["bank"] += """~~
Your dev portal shows my bearer token in plain text: [token:jwt] - API key [api_key:stripe]. Request id <request_id>
~~
Proof of address is my electricity bill, MPAN [customer_number:num10], reading <meter_reading>, invoice <invoice_number>. Address [address]
~~
The code is [otp:words], reading it off my other phone. My number is [phonew]
"""
CHAT["telecom"] += """~~
New SIM (<product_code>) - PUK [puk], PIN [pin:4]. It's asking for PUK2 now?? <percentage> battery left
~~
Hash of the ID file I uploaded: <checksum>, you say it's corrupted. Account [customer_number], IP [ip_address]
"""
CHAT["crypto"] += """~~
Support asked me to paste my session token: [token] . is that legit? Also saw a login from [ip_address]
"""
EMAIL_BODY["bank"] += """~~
The reset link doesn't work: https://secure.{brand}.com/reset?token=[token:hex]
Old password was [password], I wanted [password]. Username [username]. Deposit limit is <percentage> of income apparently?
"""
CHAT["market"] += """~~
The "buyer" sent a {brand} payment page and I typed in card [card], exp [card_expiry], CVV [cvv]. My account password is [password] - should I change it?
"""
CHAT["crypto"] += """~~
Forwarding the text I got: "Your {brand} verification code is [otp]. Never share it." I didn't request anything! my number [phone]
~~
Details as requested:
name {fullname}
dob [date_of_birth]
BSN [bsn:bsn]
iban [iban]
addr [address]
mob [phone]
~~
Not posting my SSN in a chat, sorry. Customer number is [customer_number], that should be enough. Call me: [phone]
"""
CHAT["bank"] += """~~
Typed off my screen: "Account holder {fullname} IBAN [iban]" and card [card]. Why does the app say name mismatch <error_code>?
~~
Phone stolen. Unlock code was [pin:6], banking app PIN [pin:5]. Please freeze everything. Customer [customer_number]
"""
CHAT["telecom"] += """~~
Hallo, meine Kundennummer ist [customer_number]. Sorry, English: my SIM was swapped without my consent after someone showed ID in a store. Mobile [phone], email [email]
"""
AGENT["any"] += """~~
Hi {name}, your account [customer_number] is still in KYC review. The selfie was blurry (<error_code>). Could you upload a new one in the app (version <version_string> or later)? ^{agent}
~~
Thanks for confirming. For the record we hold DOB [date_of_birth] and address [address]. Is that correct? You'll hear from us within <quantity:dur>. {agent}
"""
AGENT["any"] += """~~
Hi {name}, your replacement card is on its way, tracking <tracking_number>. Activate it with the code in the letter, not [otp] - that one has expired. ^{agent}
~~
Good afternoon {name}, thanks for your patience. Verification <request_id> is complete. Any questions, call <company_phone>.
Kind regards,
{agent}
{brand} Customer Care | Registered in England No. <company_registration>
"""
CHAT["car"] += """~~
The key card was posted to me, tracking <tracking_number>, but it never arrived. Member no [customer_number], address [address]
~~
Flight <flight_number> is delayed, I'll land around <time>. Can the desk stay open? Booking <order_number>, phone [phone]
"""
