"""English (UK + US) templates. One template per line; '\\n' = newline."""

CLAUSES = {
"password": """
my password is [[password]] and it still won't let me in
pw: [[password]]
I changed the password to [[password]] yesterday but the app says incorrect
old password was [[password]], new one is [[password]]
password for the student portal: [[password]]
Mum's password is [[password]] i think, she can't remember
the temp password you emailed ([[password]]) doesn't work
passwd = [[password]]
""",
"pin": """
my card PIN is [[pin]], please block it
the key safe code is [[pin]]
keybox by the back door, code [[pin]]
door entry code: [[pin]]
my phone unlock code is [[pin]] if the technician needs it
alarm code [[pin]] (please don't share)
gate code is [[pin]]
""",
"puk": """
PUK is [[puk]], it's on the sim holder
I entered the PUK code [[puk]] and now it wants a new pin
""",
"otp": """
got a text with code [[otp]] but it expired straight away
verification code [[otp]]
the code from the email: [[otp]]
one-time passcode was [[otp]]
the text said: Your code is [[otp]]. Do not share it with anyone.
code is [[otp_words]] (my son read it out)
""",
"wifi_key": """
wifi network [[@ssid]] password [[wifi_key]]
WPA key: [[wifi_key]]
the network key on the back of the router is [[wifi_key]]
wifi password for the flat is [[wifi_key]] but it won't connect on 5GHz
""",
"username": """
username: [[username]]\\npassword: [[password]]
my login name is [[username]]
login [[username]] / [[password]]
user ID [[username]], password [[password]]
""",
"api_key": """
the API key you gave us: [[api_key]]
our booking integration uses key [[api_key]] and now returns 401
AWS access key ID [[aws_id]] and secret access key [[aws_secret]] were accidentally in the email
""",
"token": """
bearer token: [[token]]
Authorization: Bearer [[token]]
my session token is [[token]] according to dev tools
access token [[token]] keeps expiring
""",
"card": """
card number [[card]] exp [[card_expiry]] CVV [[cvv]]
I paid with card [[card]]
card no. [[card]], expires [[card_expiry]]
my Amex is [[card]]
it was this card: [[card]] (my wife's)
""",
"cvv": """
security code [[cvv]]
the 3 digits on the back are [[cvv]]
CVC: [[cvv]]
""",
"iban": """
please refund to IBAN [[iban]]
IBAN: [[iban]] in the name of [[@fullname]]
my bank account (IBAN) is [[iban]]
I live in Spain now so please pay into [[iban_foreign]]
""",
"bsn": """
my Dutch BSN is [[bsn]]
BSN: [[bsn]] (I lived in Utrecht)
Belgian national number [[rrn]]
""",
"email": """
email me at [[email]]
my email address is [[email]]
send it to [[email]] please
email: [[email]]
new email is [[email]], the old one is dead
""",
"phone": """
call me on [[phone]]
my number is [[phone]]
tel: [[phone]]
you can reach me at [[phone]] after 5
cell: [[phone]]
my new mobile: [[phone]]
""",
"address": """
I live at [[address_full]]
address: [[address_full]]
please deliver the bag to [[address_full]]
my mum lives at [[address]], that's where the carers need to go
I moved to [[address_full]]
ship the glasses to [[address]]
""",
"date_of_birth": """
DOB: [[date_of_birth]]
date of birth [[date_of_birth]]
I was born on [[date_of_birth]]
my dad (born [[date_of_birth]]) is the one receiving care
""",
"customer_number": """
customer number [[customer_number]]
account no. [[customer_number]]
my lease agreement number is [[customer_number]]
client ID: [[customer_number]]
student ID [[customer_number]]
Executive Club number [[customer_number]]
MileagePlus # [[customer_number]]
member number [[customer_number]]
NHS number [[customer_number]]
""",
"card_expiry": """
expiry [[card_expiry]]
valid thru [[card_expiry]]
""",
"ip_address": """
my IP address is [[ip_address]] and it keeps getting blocked
the router is at [[ip_address]], admin password [[password]]
the login attempt came from [[ip_address]], that wasn't me
""",
}

NEGC = """
I called on [[!date]] at [[!time]] and was told it was sorted
invoice [[!invoice_number]] for [[!amount]] is wrong, it lists [[!quantity]]
case number [[!ticket_number]]
the parcel ([[!tracking_number]]) has been stuck for [[!quantity]]
according to [[!url]] I should get [[!percentage]] off
the app (version [[!version_string]]) shows error [[!error_code]]
order number [[!order_number]], placed on [[!date]]
your helpline [[!company_phone]] just rings out
card ending [[!masked_value]]
request ID [[!request_id]] if that helps
"""

SITU = {
"optician": """
My new glasses from [[@brand]] are [[!quantity]] late, the appointment was [[!date]].
The left hearing aid ([[!model_number]]) keeps whistling since the update to [[!version_string]].
I ordered contact lenses ([[!product_code]]) and got the wrong prescription.
My eye test on [[!date]] at [[!time]] was cancelled with no notice.
""",
"car": """
My lease car was booked in for its MOT on [[!date]] and nothing was done.
Engine light is on again, code [[!error_code]], mileage [[!meter_reading]].
I picked up the [[!model_number]] and there's [[!amount]] extra on the bill.
Service was booked for [[!time]], still nobody at [[!time]].
""",
"homecare": """
The carer didn't turn up this morning, my mum was still in bed at [[!time]].
A different carer from [[@brand]] every day, that's the [[!quantity]] this month.
Dad's pendant alarm ([[!model_number]]) shows error [[!error_code]].
""",
"airline": """
My suitcase didn't arrive on [[!flight_number]] on [[!date]].
Flight [[!flight_number]] was delayed [[!quantity]], I want the [[!amount]] compensation.
My bag ([[!model_number]], navy) has been lost since [[!date]], file ref [[!ticket_number]].
Booking ref [[!pnr]], missed my connection because of the delay.
""",
"university": """
I can't log in to the student portal since [[!date]] (error [[!error_code]]).
Rent on my room went up [[!percentage]] with no notice.
My deposit of [[!amount]] still hasn't been returned.
Exam on [[!date]] at [[!time]] and my registration isn't showing.
""",
"pharmacy": """
My repeat prescription wasn't ready, I've only got [[!quantity]] left.
I'm in Portugal and my meds ran out, the farmácia wants [[!amount]] without a prescription.
You gave me [[!quantity]] instead of 56, item [[!product_code]].
The blood pressure monitor ([[!model_number]]) I bought doesn't work.
""",
}

OPEN = """
Hi,
Hello,
Hey
Hi [[@brand]],
Good morning,
Hiya,
Evening,
"""
CLOSE = """
Please sort this out.
Thanks in advance!
Any update??
this is ridiculous
Cheers
Can someone help?
Thanks
"""
EMAIL_GREET = """
Dear Sir/Madam,
Dear Customer Services,
Hello,
To whom it may concern,
Dear [[@brand]] team,
Hi there,
"""
EMAIL_CLOSE = """
Kind regards,
Best regards,
Many thanks,
Regards,
Best,
Sincerely,
"""
SIG = """
[[@fullname]]
[[@fullname]]\\n[[phone]]
[[@fullname]]\\n[[address_full]]\\nMobile: [[phone]]
[[@name]]\\nSent from my iPhone
[[@fullname]]\\nM: [[phone]] | E: [[email]]
[[@fullname]]\\nCustomer no. [[customer_number]]
"""
QUOTE = """
On [[!date]] at [[!time]], [[@brand]] Customer Care wrote:
On [[!date]], at [[!time]], [[@brand]] <noreply> wrote:
-----Original Message-----\\nFrom: [[@fullname]] <[[email]]>\\nSent: [[!date]] [[!time]]\\nTo: Customer Services\\nSubject: RE: Case [[!ticket_number]]
---------- Forwarded message ---------\\nFrom: [[@fullname]] <[[email]]>\\nDate: [[!date]]\\nSubject: complaint
"""
QBODY = """
Dear [[@name]],\\n\\nThank you for contacting us. Your case reference is [[!ticket_number]]. Could you please confirm your customer number and date of birth?\\n\\nKind regards,\\n[[@agent]]\\n[[@brand]] Customer Care | [[!company_phone]]
Hi [[@name]], we've updated your address to [[=address]]. You'll hear from us within [[!quantity]].\\nThanks, [[@agent]]
Hi [[@name]], unfortunately we couldn't verify you. Is [[=phone]] still your number? Otherwise call [[!company_phone]].
Dear Customer,\\nYour refund of [[!amount]] will be paid to [[=iban]]. Reference [[!ticket_number]].\\n[[@brand]]
"""
DISC = """
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender. Registered in England and Wales, company no. [[!company_registration]].
CONFIDENTIALITY NOTICE: This message may contain privileged information. If you are not the intended recipient, delete it.
"""
AGENT = """
Hi [[@name]], sorry to hear this! Can you DM us your booking ref and postcode so we can look into it? ^[[@initials]]
Hi [[@name]], we've added your new number [[=phone]] to case [[!ticket_number]]. Thanks, [[@agent]]
Hi [[@name]], your password has been reset. Use the temporary code [[otp]] to log in and then pick a new password. Never share it with anyone, including us. [[@agent]]
Thanks [[@name]]. I can see the card ending [[!masked_value]] on your account. The [[!amount]] refund will land within [[!quantity]]. ^[[@initials]]
Hi {first_name}, we'll send the glasses to [[=address]]. Is that still right? You can also call us on [[!company_phone]]. [[@agent]]
Good news [[@name]], we found your bag! It'll be delivered tomorrow between [[!time]] and [[!time]] to [[address_full]]. File ref: [[!ticket_number]]. ^[[@initials]]
Hi [[@name]], please never post your password or PIN publicly, we've hidden your reply. Give us a call on [[!company_phone]] or visit [[!url]]. [[@agent]]
Morning [[@name]], the MOT is booked for [[!date]] at [[!time]]. We'll ring you on [[phone]] when the car is ready. Thanks, [[@agent]] at [[@brand]]
"""
PUBLIC = """
[[!mention]] been waiting [[!quantity]] for a reply!! [[!hashtag]]
[[!mention]] why has nobody answered my email? case [[!ticket_number]] [[!hashtag]]
[[!mention]] hello?? [[!hashtag]] [[!hashtag]]
[[!mention]] absolutely shocking service [[!hashtag]]
"""
