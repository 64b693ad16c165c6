"""English (en-gb + en-us) templates."""

CHAT = [
    "hi, can't log into <<$portal>>. username <<username>> pw <<password>> keeps saying invalid credentials??",
    "My student ID is <<customer_number:student>> and I get <<~error_code>> every time I try to submit",
    "user: <<username>>\npass: <<password>>\nplease check, my exam starts at <<~time>>",
    "changed my password from <<password>> to <<password>> but the app still wants the old one lol",
    "the verification code was <<otp>> but it says expired already",
    "code is <<otp:words>> — reading it off my mum's phone",
    "2FA code <<otp>> (from Authenticator)",
    "Hello, I'm writing on behalf of my son who is at <<$uni>>. His student number is <<customer_number:student>> and his login is <<username>>. He's locked out before finals.",
    "keybox code at the flat doesn't work, tried <<pin:door>> like the email said. I'm outside <<address>> with all my bags",
    "wifi in my room is dead. network is Campus-Resi, key <<wifi_key>>, router at <<ip_address>>",
    "my deposit of <<~amount>> still hasn't come back, tenancy ref <<customer_number:contract>>. moved out on <<~date>>",
    "new address: <<address>>. mobile <<phone>>",
    "nobody from <<$landlord>> picks up. my number is <<phone>>, email <<email>>. leak has been going for <<~quantity>>",
    "<<$exam>> crashes on my <<~model_number>> running <<~version_string>>. exam at <<~time>>!! ID <<customer_number:student>>",
    "tuition payment of <<~amount>> taken from my card <<card>> exp <<card_expiry>> but portal still says unpaid",
    "Card: <<card>>\nExp: <<card_expiry>>\nCVV: <<cvv>>\ncan you just take the accommodation fee manually",
    "I'm an international student, paying from my Dutch account <<iban:nl>>. Is that ok?",
    "sim locked, PUK please? account number <<customer_number>>, DOB <<date_of_birth>>",
    "phone unlock code is <<pin:six>> if you need to check the app on it",
    "we accidentally pushed our API key to GitHub for the group project: <<api_key>> — how do we revoke it",
    "AWS creds for the lab: <<api_key:aws_id>> / <<api_key:aws_secret>>. server on port <<~port>>",
    "here's my personal access token <<token>> so you can clone the repo, don't share pls",
    "landed on <<~flight_number>>, accommodation check-in is at <<~time>>? my UK number is <<phone:gb>>",
    "I log in with <<email>> and password <<password>> and get 'account disabled'. case <<~ticket_number>>",
]

GB = [  # UK flavour
    "Student Finance: CRN <<customer_number:loan>>, DOB <<date_of_birth>>. My maintenance loan hasn't landed, sort code and account are on file",
    "UCAS personal ID <<customer_number:ucas>>, I can't see my offer from <<$uni>>",
    "My payment of <<~amount>> for halls went out of <<iban:gb>> but Unite says nothing received",
    "hiya, it's <<$first>>'s mum. his flat is <<address>>, he's not answering, my number is <<phone>>",
    "please ring me on <<phone>> after <<~time>>, ta",
]
US = [  # US flavour
    "FSA ID username is <<username>> and password <<password>> — it keeps locking me out of the FAFSA",
    "My loan account number is <<customer_number:loan>>, DOB <<date_of_birth>>. Why did my payment jump to <<~amount>>?",
    "hey this is <<$first>>'s dad, his dorm is at <<address>> and my cell is <<phone>>",
    "Tuition bill: paid <<~amount>> with card <<card>>, exp <<card_expiry>>, CVC <<cvv>>. Still shows a hold",
    "call me at <<phone>> anytime after <<~time>>",
]

PUBLIC = [
    "<<~mention>> 3 weeks and no reply about my loan. Rent is due <<~date>> <<~hashtag>>",
    "<<~mention>> portal down AGAIN during enrolment <<~error_code>> <<~hashtag>>",
    "<<~mention>> student ID <<customer_number:student>>, please call me back on <<phone>>",
    "<<~amount>> a week for a room with <<$landlord>>. Wild. <<~hashtag>> <<~hashtag>>",
    "<<~mention>> I DM'd you my details, email is <<email>>",
    "anyone else's <<$exam>> broken on <<~version_string>>? exam at <<~time>> <<~hashtag>>",
    "<<~mention>> status page <<~url>> says fine but <<~percentage>> of our cohort can't log in",
    "<<~mention>> mould in my room at <<address>> for 2 months now <<~hashtag>>",
    "Enrolled for <<~year>>!! thanks <<~mention>> <<~hashtag>>",
    "<<~mention>> pls don't post your password here, someone literally just wrote <<password>> in the replies 😬",
]

AGENT = [
    "Hi {first_name}, thanks for getting in touch. Please never share your password. I've unlocked <<username>>; you can set a new one at <<~url>>. <<$agent>> <<$agentinit>>",
    "Thanks! We received <<~amount>> from <<iban>> on <<~date>>. Your registration for <<~year>> is complete. <<$agentinit>>",
    "Hi <<$first>>, I've updated your number to <<phone>>. For anything else call <<~company_phone>>. Best, <<$agent>>",
    "Your reference is <<~ticket_number>>. An engineer will visit <<address>> on <<~date>> between <<~time>> and <<~time>>. <<$agentinit>>",
    "The code <<otp>> you sent has expired. We'll text a new one to the number ending <<~masked_value>>. <<$agent>>",
    "I can confirm student number <<customer_number:student>> is linked to <<email>>. Your deposit of <<~amount>> will be refunded within <<~quantity>>. <<$agent>>",
    "Your card ending <<~masked_value>> was declined (<<~error_code>>). Please don't send the full number here; pay at <<~url>> instead. <<$agentinit>>",
    "The new keybox code is <<pin:door>>, valid until <<~date>>. Welcome to <<$landlord>>! <<$agent>>",
    "We've logged ticket <<~ticket_number>>. <<$exam>> has a known issue with <<~version_string>> (see <<~url>>); your exam is rescheduled to <<~date>> at <<~time>>.",
    "Hi, I've checked: DOB <<date_of_birth>>, account <<customer_number>>. Your loan application for <<~year>> is approved. <<$agentinit>>",
]

EMAIL_BODY = [
    "I'm writing on behalf of my daughter <<$first>>, a first-year at <<$uni>>. We received a reminder that tuition of <<~amount>> is outstanding, but we paid on <<~date>> from <<iban>>.\n\nHer student number is <<customer_number:student>> and her date of birth is <<date_of_birth>>. Invoice <<~invoice_number>>.\n\nYou can reach me on <<phone>>.",
    "Since the update to <<~version_string>> I can't access <<$portal>>. My details:\n\nUsername: <<username>>\nPassword: <<password>>\nStudent ID: <<customer_number:student>>\n\nI know I shouldn't email my password but the deadline is <<~date>>.",
    "Please update my address.\nOld: <<address>>\nNew: <<address>>\nFrom <<~date>>.",
    "Following our call this morning (<<~time>>), here are the details you asked for:\n- full name: <<$first>> <<$last>>\n- date of birth: <<date_of_birth>>\n- phone: <<phone>>\n- email: <<email>>\n- loan account: <<customer_number:loan>>",
    "I've rented a room from <<$landlord>> at <<address>> (tenancy <<customer_number:contract>>) since <<~date>>. The check-out report lists <<~quantity>> of damage which I dispute. Please return my deposit of <<~amount>> to <<iban>>.",
    "During my exam on <<$exam>> (module <<~product_code>>) my connection dropped at <<~time>>. Error <<~error_code>>, request ID <<~request_id>>. My home IP is <<ip_address>>, laptop <<~model_number>>. I'm requesting a resit.",
    "I got this text today: \"Your verification code is <<otp>>. Do not share it.\" I didn't request anything. Is someone trying to get into <<username>>?",
    "Our daughter starts at <<$uni>> in September. I paid the holding deposit with my card <<card>>, expiry <<card_expiry>>, and now the room is gone. Please refund order <<~order_number>>.",
    "For the placement paperwork:\nStudent number <<customer_number:student>>\nEmail <<email>>\nMobile <<phone>>\nTerm address <<address>>\n\nPlacement runs <<~date>> to <<~date>> (<<~quantity>>).",
    "I changed our house wifi password to <<wifi_key>> because the old one (<<wifi_key>>) got posted in the group chat. Router admin password is <<password>>, firmware <<~version_string>>.",
    "I'd like to pause my loan repayments. Account <<customer_number:loan>>. Monthly payment is <<~amount>>; my income dropped <<~percentage>>. Reach me at <<phone>> or <<email>>.",
    "Our capstone server (<<ip_address>>, ssh port <<~port>>) uses the deploy key <<api_key>> and CI token <<token>>. Could IT rotate them now the project is finished? Checksum of the final build: <<~checksum>>.",
]

GREET = ["Dear Sir or Madam,", "Hi,", "Hello,", "Dear Admissions team,", "Good afternoon,", "To whom it may concern,", "Hi there,", "Dear Ms <<$last>>,"]
CLOSE = ["Kind regards,", "Best,", "Thanks in advance,", "Many thanks,", "Regards,", "Cheers,", "Sincerely,", "Thanks so much,"]
SIG_CUST = [
    "<<$first>> <<$last>>\nStudent ID <<customer_number:student>>\n<<phone>>",
    "<<$first>>\n\nSent from my iPhone",
    "<<$first>> <<$last>>\n<<address>>\nTel <<phone>>",
    "<<$first>> <<$last>> | <<email>>",
    "<<$first>> <<$last>> (parent)\nM: <<phone>>",
    "--\n<<$first>> <<$last>>\nMSc student, <<$uni>>\n<<email>>",
]
SIG_AGENT = [
    "Kind regards,\n<<$agent>>\nStudent Services, <<$uni>>\nT <<~company_phone>> | <<~url>>",
    "<<$agent>> | Customer Care, <<$landlord>>\n<<~company_phone>>\n<<~company_registration>>",
    "Best wishes,\nThe Student Support Team\n<<~url>>",
    "<<$agent>>\nIT Service Desk — <<~company_phone>>",
]
QUOTE_HDR = ["On <<~date>> at <<~time>>, <<$first>> <<$last>> <<<email>>> wrote:", "From: <<$first>> <<$last>> <<<email>>>\nSent: <<~date>> <<~time>>\nSubject: RE: enrolment",
             "On <<~date>>, <<email>> wrote:", "-----Original Message-----\nFrom: <<email>>\nDate: <<~date>>"]
FWD_HDR = ["---------- Forwarded message ---------\nFrom: <<$first>> <<$last>> <<<email>>>\nDate: <<~date>>\nSubject: Fwd: deposit", "Begin forwarded message:\n\nFrom: <<email>>\nDate: <<~date>> at <<~time>>"]
DISCLAIMER = ["This email and any attachments are confidential and intended solely for the addressee.", "Please consider the environment before printing this email.", "CAUTION: This email originated from outside of the organization."]
SUBJECT = ["Subject: tuition payment", "Subject: can't log in", "Subject: deposit return", "Subject: student loan", "Subject: change of address"]

SECRETS = [
    "password <<password>>, username <<username>> — the helpdesk told me to send it here",
    "my login is <<username>> and pw is <<password>> (case sensitive)",
    "security code <<cvv>>, card <<card>>, valid thru <<card_expiry>>",
    "card number <<card>> / <<card_expiry>> / <<cvv>> for the <<~amount>> deposit",
    "SIM PIN <<pin>>, PUK <<puk>>, order <<~order_number>>",
    "PUK is <<puk>> right? and pin was <<pin>>",
    "house wifi code: <<wifi_key>> (network Flat-2.4G)",
    "the halls wifi password is <<wifi_key>>, don't pass it on",
    "bearer token from devtools: <<token>>, request id <<~request_id>>",
    "session token <<token:hex>> and api key <<api_key>>, server is <<ip_address>>:<<~port>>",
    "parcel with my laptop (tracking <<~tracking_number>>) never arrived at <<address>>",
    "order <<~order_number>>, shipped as <<~tracking_number>>, my number <<phone>>",
    "final meter reading <<~meter_reading>>, MPAN/EAN <<customer_number:ean>>",
    "gas reading <<~meter_reading>>, electric <<~meter_reading>>. supply number <<customer_number:ean>>",
    "sha256 of my dissertation upload: <<~checksum>>, upload id <<~request_id>>. login <<username>>",
    "file checksum <<~checksum>>, my API token is <<token>>",
    "bike store code is <<pin:door>> and alarm code <<pin>>",
    "door code <<pin:door>>, locker <<pin>>",
]
SIG_AGENT_EXTRA = ["Student Accommodation Team | <<~company_registration>> | <<~company_phone>>",
                   "<<$agent>> — Customer Care, <<~company_registration>>"]

# pair similar templates so the alternate deal gives both halves comparable label mixes
EMAIL_BODY = [EMAIL_BODY[i] for i in (0, 7, 1, 6, 2, 8, 3, 10, 4, 9, 5, 11)]
SIG_CUST = [SIG_CUST[i] for i in (0, 2, 3, 5, 4, 1)]
SIG_AGENT = [SIG_AGENT[i] for i in (0, 2, 1, 3)]
AGENT += [
    "Hi {first_name}, the new wifi password for your room is <<wifi_key>>. Service charges are taken from account <<~masked_value>>; request <<~request_id>>. <<$agentinit>>",
    "Hi <<$first>>, your network key has been reset to <<wifi_key>>. Your plan is billed to card <<~masked_value>>, item <<~product_code>>. Thanks, <<$agent>>",
]
