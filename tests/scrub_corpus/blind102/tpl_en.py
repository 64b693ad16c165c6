"""English (UK + US) templates (same syntax as tpl_nl)."""

T = {}

T["food"] = [
    "My order <<order_number>> never turned up. Delivery address was [[address]] — can someone call me on [[phone]]? Been waiting since <<time>>.",
    "Driver left it at the wrong house. I'm at [[address:street]] not next door!! Paid <<amount>> for cold food",
    "hi I got charged twice for the same order (<<order_number>>), card ending <<masked_value:card>>. Please refund <<amount>> to [[iban]]",
    "not getting the verification text?? it finally came through as [[otp]] but the app says expired",
    "Think my account was hacked, someone ordered <<quantity>> to an address I don't know. Login is [[email]], password was [[password]] (changed it to [[password]] now)",
    "Payment keeps failing with <<error_code>>. Tried my card [[card]] exp [[card_expiry]] security code [[cvv]] three times. What's going on?",
    "The buzzer's broken so tell the rider the gate code is [[pin:door]] pls. App <<version_string>>",
    "I flagged a nut allergy and there were peanuts in my {dish}. This is dangerous. Call me back on [[phone]] — DOB [[date_of_birth]] if you need it for the incident form",
    "I own a takeaway (company no. <<company_registration>>) and our partner account is locked. Username [[username]], password [[password]]. Payout of <<amount>> still pending",
    "Order cancelled at <<time>> but no refund yet. Paid with [[card]]. Order no <<order_number>> on <<date>>",
    "Can you update my email to [[email]]? The old one ([[email]]) got hacked. Account number [[customer_number]]",
    "Rider was really rude. Order <<order_number>>, my number is [[phone]] if you want to follow up.",
]

T["housing"] = [
    "Hi, the boiler's been broken for <<quantity>>. Address: [[address]]. Tenancy ref [[customer_number:tenant]]. Key safe by the door, code [[pin:door]].",
    "I paid <<date>>'s rent twice (<<amount>>). Please refund to sort code/IBAN [[iban]]. Tenant number [[customer_number:tenant]].",
    "The contractor can come in, I'm at work. Key box code [[pin:door]], alarm code [[pin:door]]. Mobile [[phone]] if there's an issue",
    "Still damp and mould in the bathroom (repair ref <<ticket_number>> from <<date>>). My mobile is [[phone]], email [[email]]. Tenant since <<year>>.",
    "Giving notice to end my tenancy on <<date>>. Forwarding address: [[address]]. Deposit back to [[iban]] please.",
    "Can't log into the tenant portal. Username: [[username]] / pw: [[password]]. Error <<error_code>>",
    "Communal wifi is down. Network 'Residents_Guest', password [[wifi_key]] just says incorrect.",
    "Meter reading at move-out was <<meter_reading>>, MPAN/EAN [[customer_number:ean]]. Please pass to the supplier",
    "My neighbour ({other}, [[address:street]]) has water coming through from my flat. Her number is [[phone]]. URGENT",
    "Service charge for <<year>> says <<amount>>, last year was <<amount>>. That's a <<percentage>> rise?? Account [[customer_number:tenant]]",
    "For the rental application you asked for my SSN... I'm not comfortable. Here's my DOB [[date_of_birth]] and current address [[address]] instead.",
    "Landlord hasn't returned my security deposit of <<amount>>. Lease ID [[customer_number:tenant]], call me at [[phone]]",
]

T["insurance"] = [
    "I need to make a claim on my car insurance. Policy number [[customer_number:pol]], happened on <<date>> around <<time>>. Call me on [[phone]].",
    "We were burgled last night at [[address]]. Laptop <<model_number>> and phone gone. Claim ref <<ticket_number:claim>>. Payout to [[iban]] please.",
    "Your assessor is coming Tuesday. Key safe code [[pin:door]]. I'm on [[phone]].",
    "Claim <<ticket_number:claim>> has been 'in progress' for <<quantity>>. Policy [[customer_number:pol]], policyholder DOB [[date_of_birth]].",
    "Storm damage to the roof! Sent photos but no confirmation. My email: [[email]], policy no. [[customer_number:pol]]",
    "Other driver: {other}, [[address]], phone [[phone]], insured elsewhere. I've filled in the accident report.",
    "Can the premium of <<amount>> a month come out of [[iban]] instead? Customer number [[customer_number]]",
    "Can't log into My Account. It sends a code ([[otp]]) then I get <<error_code>>. Username [[username]].",
    "Water damage from washing machine <<model_number>>. Plumber charged <<amount>> (invoice <<invoice_number>>). Excess is only <<amount>>?",
    "Travel claim: flight <<flight_number>> cancelled and bag lost. Claim <<ticket_number:claim>>. Account for payout [[iban]]",
    "My premium went up <<percentage>> with no notice. Policy [[customer_number:pol]]. Ring me on [[phone]] between <<time>> and <<time>>",
    "Renewing home cover, they want payment by card: [[card]], expiry [[card_expiry]], CVV [[cvv]]. Is it safe to send here?",
]

T["jobs"] = [
    "I'm temping through you and my payslip for week <<quantity>> is wrong. Payroll number [[customer_number:cand]], NI/BSN [[bsn]].",
    "Please pay my wages into [[iban]] from now on. I can't access [[iban]] anymore.",
    "For registration: {fullname}, born [[date_of_birth]], living at [[address]], mob [[phone]], email [[email]].",
    "Timesheet app won't let me in. Using [[username]] with password [[password]]. Version <<version_string>>",
    "Consultant told me to start <<date>> at <<time>> at the client site but nobody knew about it. Call me: [[phone]]",
    "Here's the text code to e-sign my contract: [[otp]] — doesn't work",
    "I'm working in the Netherlands via your office there, they asked for my BSN: [[bsn]] and bank [[iban]] for payroll.",
    "Travel expenses of <<amount>> over <<quantity>> never paid. Candidate number [[customer_number:cand]]",
    "Please update my address to [[address]] from <<date>>",
    "Why do I have to upload my passport and BSN ([[bsn]]) through this link <<url>>? Is this legit?",
    "My P60 for <<year>> is missing from the portal. Login is [[email]]. Can you post it to [[address]]?",
    "Night shift holiday pay (<<percentage>>) not paid into [[iban]]. Employee no [[customer_number:cand]]",
]

T["learning"] = [
    "Locked out of my course. Username [[username]], password was [[password]]. Exam is <<date>>!",
    "Paid twice for the course (<<amount>>). Student ID [[customer_number:student]]. Refund to [[iban]] please",
    "Verification code from the email is [[otp]] but it says 'invalid code'. Chrome <<version_string>>",
    "Setting up the LTI integration with our LMS. API key: [[api_key]] — getting <<error_code>> from <<url>>",
    "Account locked after a sign-in from a weird IP ([[ip_address]]). Wasn't me! Email [[email]]",
    "Certificate has the wrong DOB, should be [[date_of_birth]]. Learner ID [[customer_number:student]]",
    "Paid by card [[card]], exp [[card_expiry]], but the course still isn't unlocked. Order <<order_number>>",
    "Authenticator code: [[otp]]. Still <<error_code>>. Phone <<model_number>>",
    "My son ({other}) uses my account, can you make him his own login? His email is [[email]]",
    "Want to cancel my <<amount>>/month subscription. Member number [[customer_number:member]], phone [[phone]]",
    "Is my access token expired? Sending Authorization: Bearer [[token]] and getting <<error_code>>. Request id <<request_id>>",
    "Our company SSO broke. Personal access token [[token:ghp]] was in the config repo, please revoke it",
]

T["generic"] = [
    "Phone locked after 3 wrong PINs and now wants a PUK. Is it [[puk]]? PIN was [[pin]].",
    "Working from home: router <<model_number>>, wifi password [[wifi_key]], network BT-Hub-7F2C. My IP is [[ip_address]].",
    "The unlock code for my phone is [[pin:unlock]], the repair shop needs it.",
    "SIM locked, the PUK on the card says [[puk]], PIN [[pin]]",
    "Your developer asked for the key: [[api_key]] and token [[token]]. Can you revoke them now?",
    "Log into the router page with admin / [[password]] (port <<port>>) and you'll see it yourself",
    "My IP per whatismyip: [[ip_address]]. Session id [[token:sess]]. Download checksum doesn't match: <<checksum>>",
    "Accidentally pasted AWS access key [[api_key:aws]] and secret [[api_key:awssecret]] in a ticket, please delete",
    "Guest wifi at the shop: passphrase [[wifi_key]] for the riders' tablet",
    "Card PIN is [[pin]] (want to change it) — card ends <<masked_value:card>>",
    "Reading the code out from the text: [[otp:words]]. That right? My number is [[phone]]",
    "the voice call code was [[otp:words]] (I think, it was fast) then I got <<error_code>>",
]

T["public"] = [
    "<<mention>> waited <<quantity>> for my order and nobody picks up. <<hashtag>>",
    "<<mention>> just call me back on [[phone]] instead of sending copy-paste replies <<hashtag>> <<hashtag>>",
    "Terrible service <<mention>>. Account [[customer_number]], no reply for <<quantity>>. <<hashtag>>",
    "<<mention>> why is a {dish} suddenly <<amount>>?? <<hashtag>>",
    "hey <<mention>> my email is [[email]], send the confirmation there as the app shows nothing",
    "Still no repair <<mention>>. Ref <<ticket_number>> since <<date>>. <<hashtag>>",
    "<<mention>> I live at [[address]] and your driver has gone round the block 3 times lol <<hashtag>>",
    "Thanks <<mention>> for the quick help! Sorted in <<quantity>> <<hashtag>>",
    "<<mention>> <<mention>> third time this month. Policy [[customer_number:pol]]. Shameful <<hashtag>>",
    "See how <<mention>> treats customers: <<url>> <<hashtag>>",
]

T["agent"] = [
    "Hi {name}, sorry to hear that! I can see order <<order_number>> and I've refunded <<amount>>. It'll show within <<quantity>> on the card ending <<masked_value:card>>. Thanks, {agent}",
    "Hi {name}, thanks. I've added your new number [[phone=]] to account [[customer_number=]]. Have a good evening! ^{agent}",
    "Hi {name}, please don't share personal details publicly. Could you DM us your postcode and house number? {agent}",
    "Dear {name}, your claim is logged under <<ticket_number:claim>>. Payment will go to [[iban=]]. Questions? Call <<company_phone>> (Mon-Fri <<time>>-<<time>>). Kind regards, {agent}",
    "Hi {name}! Your password has been reset. Never share your password ([[password=]]) with us or anyone, not even by DM. Log in at <<url>>. {agent}",
    "Hi {name}, I've updated the address to [[address=]]. Confirmation sent to [[email=]]. Ticket <<ticket_number>>. {agent}",
    "Hi {name}, the engineer is booked for <<date>> between <<time>> and <<time>>. We've put the key safe code ([[pin:door=]]) on the job. {agent}",
    "Hi {name}, we'll never ask for a code. Did you give code [[otp=]] to anyone? If so, change your password now. {agent}",
    "Hi {name}, you don't need to send that over social media. Could you delete it? I've passed your file ([[customer_number=]]) to the team. {agent}",
    "Hi {name}, thanks for waiting. Your credit of <<amount>> is ready. Reference <<request_id>>. Have a nice day! -{agent}",
]

T["greet"] = ["Dear Sir/Madam,", "Hi {brand},", "Hello,", "Good morning,", "Dear customer service,", "Hi there,", "To whom it may concern,", "Hey,"]
T["close"] = ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Regards,", "Cheers,", "Thanks in advance,", "Sincerely,"]
T["sig"] = [
    "{fullname}\n[[address:multi]]\nTel: [[phone]]",
    "{fullname}\nM: [[phone]] | E: [[email]]",
    "{fullname}\n[[phone]]\n\nSent from my iPhone",
    "{fullname} | {company}\n[[address]]\nT [[phone]]\nReg. <<company_registration>>",
    "{fullname}\nAccount no. [[customer_number]]",
    "{fullname}\n\nGet Outlook for Android",
]
T["chat_open"] = ["Hi", "Hello", "Hey", "Good evening", "Hiya", "Hi {brand}", "Morning", "Hey there"]
T["quote_hdr"] = ["On <<date>> at <<time>>, {brand} Support wrote:", "On <<date>>, {agent} from {brand} wrote:",
                  "-----Original Message-----\nFrom: {brand}\nSent: <<date>> <<time>>\nSubject: Your query <<ticket_number>>",
                  "{brand} <support> wrote on <<date>>:"]
T["fwd_hdr"] = ["---------- Forwarded message ---------\nFrom: {fullname} <[[email]]>\nDate: <<date>>\nSubject: {subject}\nTo: {brand}",
                "Begin forwarded message:\n\nFrom: {fullname} <[[email]]>\nDate: <<date>> at <<time>>\nSubject: {subject}"]
T["disclaimer"] = ["This email and any attachments are confidential. If you are not the intended recipient, please delete it.",
                   "Please consider the environment before printing this email.",
                   "The information in this message is intended solely for the addressee.",
                   "Disclaimer: see <<url>>"]
T["subject"] = ["Order complaint", "Question about my bill", "Claim", "Registration", "Login problem", "RE: your case", "Refund", "Urgent"]
