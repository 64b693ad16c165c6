"""English (en-gb / en-us) phrasings. A leading <gb> or <us> restricts a template to that locale."""

CHAT_OPEN = [
    'Hi', 'Hello,', 'hey', 'Hiya', 'Morning,', 'Hi there,', 'Good afternoon,', 'hi team', 'Hey guys',
    'Hi, {@first} from {@shop} here.', 'Sorry to bother you again,', 'yo', '<us>Hey there!', '<gb>Alright,',
    'Quick one:', 'Hello, this is {@first} at {@shop}.',
]
CHAT_CLOSE = [
    'thanks', 'cheers', 'Thanks in advance!', 'thx', 'pls hurry, customers waiting', 'ty', 'Much appreciated',
    'let me know asap', '- {@first}', 'thanks!!', '<gb>ta', 'Thanks, {@first}', 'need this sorted today',
    'on my phone between customers sorry for typos',
]

CHAT = {
    'password': [
        'changed the password to {password} and it still says invalid login',
        'till password is {password}, can someone check why it locks us out after the update to {#version_string}',
        'new pw: {password}\nold one was {password}',
        "it's {password=a} with a capital, not {password~a}, sorry",
        'the temporary password {password:temp} you sent doesnt work, says expired',
        'My assistant {@staff} cant log into the shop backend. Her password is {password} (yes I know, not over chat 🙈)',
        '{password}\nthat is the password for the bookkeeping login',
        'password keeps getting rejected: {password}. need to refund order {#order_number}',
        'pw = {password}   (typing between customers sorry)',
        'router admin password on the sticker is {password:router}, is that the one you need?',
        'The password for {@acct} is {password} and after 3 tries it locks me out for 30 mins',
        'password:{password}',
        'cant get in with {password} :( account is in the business name',
        'just made a new password {password}. do I have to re-pair the app on the {#model_number:phone} too?',
        'set {password:simple} as a temp password for {@staff}, she will change it herself',
        'last try was {password}, before that {password}. now stuck on "too many attempts"',
        'Password is {password:phrase} (spaces included)',
        'the shared login for the front desk uses {password}, is that ok or should everyone have their own?',
    ],
    'pin': [
        'is the pin for the new sim {pin}? or do I set it myself',
        'The terminal ({#model_number:terminal}) is asking for a supervisor PIN, tried {pin} but get {#error_code:terminal}',
        'the pin is {pin:spelled}',
        'I entered the wrong pin 3 times ({pin}) and now the card is blocked. card ending {#masked_value:last4}',
        'alarm code for the shop is {pin}#, can you reset it? engineer is booked for {#date}',
        'pin for the work phone: {pin:6}. its a {#model_number:phone}',
        'sorry typo, pin is {pin=a} not {pin~a}',
        'voicemail pin {pin} stopped working after your outage on {#date}',
        'which PIN do I enter when the card machine boots? you gave me {pin} and {pin}',
        'door code for the stock room is {pin:5} if the engineer gets there before me',
        'card got blocked at the till ringing up {#amount}, pin really was {pin}',
        'cash drawer pin {pin} not accepted since firmware {#version_string}',
        '<us>my debit card PIN is {pin}, do you need it to unlock the account?',
    ],
    'puk': [
        'PUK code {puk} right? my staff phone is locked',
        'puk: {puk:spaced}\nsim ends in {#masked_value:sim}',
        'found the PUK in my account: {puk}. do I just type it in? it says 10 attempts left',
        'sim blocked after 3 wrong pins, puk is {puk} but the phone now wants PUK2?? {#model_number:phone}',
        '{puk} is the puk for {phone}',
        'the PUK from the app ({puk}) is rejected, says "incorrect PUK"',
        "can someone send the PUK for the shop phone, I have 1 try left. oh wait found it {puk}",
    ],
    'otp': [
        'I get code {otp} but the site says invalid. order {#order_number}',
        'the text code was {otp}, think it expired already',
        'Verification code: {otp}\nworks now thanks!',
        'code {otp:spaced} is going to {@staff}\'s phone, not mine',
        'its {otp}',
        'got 2 codes, {otp} and {otp}, which one??',
        'activation code for the card reader is {otp:8}? terminal {#model_number:terminal} stuck on {#error_code:terminal}',
        'confirmation code {otp} (arrived at {#time})',
        '{otp} is the code from the text but the screen shows {#error_code}',
        'Login code {otp:6} - not working. could the clock on the till be wrong?',
        'authenticator app shows {otp:6} right now but your portal wont take it',
        'just got the code: {otp:spelled}. do I give it to you or type it in myself?',
        '<us>the 2FA code is {otp}, I\'m on hold with your other department too lol',
    ],
    'wifi_key': [
        'shop wifi acting up. network {@ssid}, key {wifi_key}. router is a {#model_number:router}',
        'Wifi password: {wifi_key} (the one on the sticker stopped working)',
        'guest wifi password is {wifi_key}, customers say they cant connect',
        'changed the wifi code to {wifi_key} but the card machine wont pick it up',
        'WPA2 key {wifi_key}, SSID {@ssid}',
        'what is the wifi password for the new hub? back says {wifi_key} but it wont connect',
        'card reader needs wifi: network {@ssid} / password {wifi_key}. keeps saying {#error_code:terminal}',
    ],
    'username': [
        'login {username} pw {password} (reception account)',
        'Username is {username}, forgot my password. can you send a reset to {email}?',
        'user {username:staff} belongs to {@staff}, who left. please disable it',
        'we all log in with {username} / {password}, is that bad?',
        'my login for {@acct} is {username} but it says "unknown user" ({#error_code})',
        'username: {username}\npassword: {password}\napp version {#version_string}',
        'admin account {username:admin} locked, tills are down',
        'account {username} is for the {@city} branch, not head office',
        'logged in as {username} with password {password} but no invoices from {#year} show up',
    ],
    'api_key': [
        'Integration with {@pay} stopped working. API key: {api_key}, error {#error_code:http} since {#date}',
        'do I put the live key ({api_key}) or the test key in the plugin? plugin version {#version_string}',
        'here is the key from {@shopplat}: {api_key}\nsecret: {api_key:secret}',
        'api key {api_key} returns {#error_code:http} on the webhook',
        'accidentally pasted the API key in our staff group chat: {api_key} 🙈 can it be revoked?',
        'our web guy is asking for the key, is this it? {api_key:hex}',
        '{@shopplat} api key={api_key}',
        'logs show key {api_key} with request id {#request_id}, is it still valid?',
        'AWS keys our old developer left in the theme: {api_key:aws_id} / {api_key:aws_secret} - should I delete them?',
        'google maps key on our store locator {api_key:google} got flagged, what do I do',
        'mailing list key {api_key:mailchimp} stopped syncing with the shop',
        'I use the ChatGPT key {api_key:openai} for product descriptions, can I put that in your app too?',
    ],
    'token': [
        'Bearer token from the logs: {token:bearer} request id {#request_id}',
        'access token {token} expires every hour, is that normal?',
        'This is the access token from the {@shopplat} app: {token:shop}',
        'I created a personal access token {token:pat}, does it go in the "API key" field?',
        'session token {token:jwt} (saw it in the browser dev tools)',
        'Authorization: Bearer {token:jwt}\nand I get {#error_code:http}',
        'our slack bot token {token:slack} posts orders to the channel, it stopped after {#date}',
        'token for the shop facebook page {token:fb} expired, catalogue sync does nothing',
    ],
    'card': [
        'Can I pay invoice {#invoice_number} by card? {card} exp {card_expiry} cvv {cvv}',
        'card number {card}, expires {card_expiry}. amount {#amount}',
        'payment of {#amount} failed, card {card} {card_expiry} {cvv}',
        'business credit card:\n{card}\nexpiry {card_expiry}\nsecurity code {cvv}',
        'which card do you have on file? I see {#masked_value:card} but our new one is {card}',
        'company card {card:amex} {card_expiry} cid {cvv:amex}',
        'new card, old one expired. number {card} valid thru {card_expiry}',
        'cvv is {cvv}, rest is already in the form',
        '<us>can you run the card over the phone? {card}, exp {card_expiry}, code on the back {cvv}, zip is the shop zip',
    ],
    'iban': [
        'Please change the bank account to {iban}, account name {@shop}',
        'the direct debit of {#amount} came out of the wrong account, should be {iban}',
        '<landlord>tenant paid from {iban:other}, can you see if it arrived? invoice {#invoice_number}',
        'IBAN is {iban}, BIC {@bic}',
        'refund can go to {iban}',
        '<club>member paid their subs twice ({#amount}), please refund to {iban:other}',
        'business account: {iban}\npersonal: {iban:other}',
        'payouts from the card machine go to {iban} right? portal only shows {#masked_value:iban}',
        'the IBAN on your system has a typo, it should be {iban}',
    ],
    'bsn': [
        'the form asks for my BSN: {bsn:nl}. is that safe to send here?',
        'BSN {bsn:nl}, date of birth {date_of_birth}',
        'for the KYC check they want my citizen service number {bsn:nl}. KvK is {#company_registration:kvk}',
        'my Belgian national number (rijksregisternummer) is {bsn:be}',
        'BSN of my wife, co-owner of the business: {bsn:nl}',
        'national register number {bsn:be}, enterprise number {#company_registration:ond}',
    ],
    'email': [
        'email me at {email} instead, I check that more',
        'the shop email changed to {email}',
        'can you send the invoices to our accountant as well? {email:other}',
        'my email is {email:obf}',
        'login email is {email} but I never get the reset mail',
        'please add {email:staff} as a user',
        '{email}\n^^ invoices never arrive there',
    ],
    'phone': [
        'call me on {phone}, I\'m on the shop floor',
        'my staff member\'s number is {phone:staff}, she needs access too',
        '<dental>the practice landline {phone:land} should forward to {phone}',
        'reachable after 6pm on {phone}',
        'porting {phone} from {@telco} to you, preferred date {#date}',
        'call back on {phone} please, not {#company_phone}, been on hold there an hour',
        'my number is {phone:spelled}',
        '<us>text me at {phone} when the tech is on the way',
    ],
    'address': [
        'new address for the shop: {address}',
        'the terminal needs to go to {address}, not my home address',
        'engineer can come to {address} between {#time} and {#time}',
        '<landlord>the rental at {address:other} has had no internet since {#date}',
        'Delivery address:\n{address:ml}',
        'parcel {#tracking_number} was delivered to {address:street} but we\'re next door',
    ],
    'date_of_birth': [
        'dob {date_of_birth}',
        'they want my date of birth to verify: {date_of_birth}',
        'born {date_of_birth}, account number {customer_number}',
        'date of birth of the account holder is {date_of_birth} (not {#date}, that\'s the start date)',
        '{date_of_birth} yes that\'s my birthday',
    ],
    'ip_address': [
        'our static ip is {ip_address}, can you open port {#port}?',
        'till has ip {ip_address:lan} but the receipt printer ({#model_number:printer}) is unreachable',
        'webhook not arriving, is our server {ip_address} on the allowlist?',
        'terminal is on {ip_address:lan}:{#port}',
        'speed test says my ip is {ip_address} and speed is half of what we pay for',
        'I get blocked from {ip_address}, error {#error_code}',
        'your firewall is blocking our IPv6 {ip_address:v6}',
    ],
    'customer_number': [
        'account number {customer_number}, meter reading {#meter_reading}',
        'our customer no is {customer_number} and invoice {#invoice_number} is wrong',
        'contract number {customer_number:contract}',
        '<club>membership number {customer_number:member} cant log in to the app',
        'Account #: {customer_number}\nBusiness: {@shop}',
        'merchant id {customer_number:merchant}, payout from {#date} never arrived',
        '{customer_number} is our account number, you already have the postcode',
    ],
    'none': [
        'outage in our area? card machine down, error {#error_code:terminal}',
        'Parcel {#tracking_number} has been "in transit" for 3 days',
        'the password is our dog\'s name plus the year we opened, not typing that here 😂',
        'terminal {#model_number:terminal} keeps showing {#error_code}, software {#version_string}',
        'invoice {#invoice_number} for {#amount} is wrong, we never ordered {#quantity}',
        'What time is the engineer coming? appointment was {#date} at {#time}',
        'why is the tax {#percentage:vat} on my invoice?',
        'do you need my PIN? surely not',
        'been calling {#company_phone} since {#time}, nobody picks up',
        'meter reading submitted: {#meter_reading} on {#date}',
        'Ticket {#ticket_number}, still heard nothing',
        'checksum of the download doesnt match: {#checksum}',
        'can I turn off 2FA? the code always arrives too late',
        'order {#order_number}, {#quantity} till rolls, item {#product_code}',
        'app crashes after update {#version_string} on the {#model_number:phone}',
        'fees went up to {#percentage:fee} from {#percentage:fee}??',
        'the password is in the office safe, I\'m not sending it over chat',
        'flying out on {#flight_number} on {#date}, will the new card reader arrive before then?',
        'requested a new card on {#date}, nothing yet',
    ],
}

CTX = [
    'Re: order {#order_number}.', '(terminal is a {#model_number:terminal} on {#version_string})', 'ticket {#ticket_number}',
    'invoice {#invoice_number} for {#amount}', 'since {#date} around {#time}', 'error: {#error_code}',
    'ps meter reading is {#meter_reading}', 'see {#url:status}', 'shipped with {#tracking_number}', 'case ref {#ticket_number}',
    'Shop: {#url}', 'We pay {#percentage:fee} per transaction now.', 'already called {#company_phone}.',
    'request-id was {#request_id}', 'app version {#version_string}', 'router: {#model_number:router}',
    '<gb>company no. {#company_registration:crn}', '<us>EIN {#company_registration:ein}',
]

EMAIL_OPEN = [
    'Dear Sir or Madam,', 'Hello,', 'Hi {@agent},', 'Good morning,', 'Dear {@telco} support,', 'Hi team,',
    'To whom it may concern,', 'Dear {@agent},', 'Hello {@pay} support,', 'Hi there,', '<gb>Dear Sir/Madam,',
    '<us>Hi Support Team,',
]
EMAIL_INTRO = [
    '<shop>I run a small bakery in {@city} and since {#date} our card machine ({#model_number:terminal}) has stopped working. '
    'Every transaction ends with error {#error_code:terminal} and we are losing sales every day.',
    'On {#date} I received invoice {#invoice_number} for {#amount}, while our plan is supposed to cost {#amount} a month.',
    'Since the update of the till software to version {#version_string} my staff can no longer log in. I have '
    'restarted the device twice.',
    '<club>As treasurer of {@shop} I look after the membership fees. This month the direct debit for '
    '{#quantity:people} failed (batch {#request_id}).',
    '<landlord>I let out three flats and use your platform for the rent invoices. Invoice {#invoice_number} was sent twice to '
    'all tenants by mistake.',
    'My web shop runs on {@shopplat} and payments through {@pay} have not been coming in since {#date}. The webhook '
    'returns {#error_code:http}.',
    '<dental>Our dental practice moved on {#date} and the internet connection still has not been transferred (order {#order_number}).',
    'I am self-employed and would like to connect my business account to {@acct}. After logging in I get the '
    'message {#error_code}.',
    'Last week I ordered {#quantity} (order {#order_number}), but only one box arrived with tracking number {#tracking_number}.',
    'The annual statement for {#year} is wrong: the meter reading you used ({#meter_reading}) is far higher than '
    'the one I submitted on {#date}.',
    'I called earlier (ticket {#ticket_number}) but still have not received a solution.',
    '<salon>Our salon uses your app for bookings and payments. Since {#time} this morning clients get an error at checkout.',
    'When I downloaded the new till installer the checksum did not match ({#checksum}), so I have not installed it.',
    'We are paying {#percentage:fee} per transaction, while the quote from {#date} said {#percentage:fee}.',
    'Since we switched to {@telco} the shop internet drops several times a day, mostly between {#time} and {#time}. '
    'The router is a {#model_number:router}.',
    '<club>I am writing on behalf of {@shop} about the new card reader in the clubhouse ({#model_number:terminal}).',
    'My accountant pointed out that the tax on invoice {#invoice_number} ({#percentage:vat}) is incorrect.',
    '<gb>I registered my limited company on {#date} (company number {#company_registration:crn}, VAT '
    '{#company_registration:ukvat}) and would like to open a business account.',
    '<us>I set up my LLC on {#date} (EIN {#company_registration:ein}) and would like to move our phone lines to a business plan.',
    'I travel a lot for work (next trip on {#flight_number}, {#date}) and need the two-factor codes to reach me abroad.',
]
EMAIL_FRAG = {
    'password': [
        'The password I use is {password}; I set it myself on {#date}.',
        'For completeness: the till account uses {password}, the admin account {password}.',
        'I set a new password through the link ({password}) but I still cannot get past the login screen.',
        'The temporary password from your email of {#date} ({password:temp}) is not accepted.',
        'I changed the admin password of the router to {password:router}.',
    ],
    'pin': [
        'The supervisor PIN of the terminal is {pin}; your engineer set it at installation.',
        'According to the letter the SIM PIN is {pin}, but the phone says it is incorrect.',
        'I entered the PIN ({pin}) incorrectly twice, after which the card was blocked with code {#error_code:terminal}.',
        'The alarm code for the back door is {pin}; the engineer can use it if I am not there.',
    ],
    'puk': [
        'The PUK shown in the app is {puk}, but after entering it I get "PUK incorrect".',
        'Could you confirm whether {puk} is the correct PUK for the number {phone}?',
        'The SIM (number ending {#masked_value:sim}) is asking for a PUK. I tried {puk}.',
    ],
    'otp': [
        'The verification code I received by text ({otp}) was marked as expired immediately.',
        'I received code {otp} at {#time} and code {otp} at {#time}; neither worked.',
        'The activation code for the new terminal is {otp:8}, but the device hangs on the start screen.',
    ],
    'wifi_key': [
        'The wifi network {@ssid} uses the key {wifi_key}; it is also on the back of the {#model_number:router}.',
        'The guest network key was changed to {wifi_key}, and since then the terminal will not connect.',
    ],
    'username': [
        'My username is {username} and the account is registered to {@shop}.',
        'It concerns the accounts {username:staff} and {username}; both say the account is locked.',
        'I log in with username {username} and password {password}.',
    ],
    'api_key': [
        'For reference, this is the API key configured in our shop: {api_key}.',
        'The plugin (version {#version_string}) has the following settings: API key {api_key}, secret {api_key:secret}.',
        'Our developer replaced the key {api_key} on {#date}, but the error {#error_code:http} remains.',
    ],
    'token': [
        'In the logs I see this token coming back: {token}. The request ID is {#request_id}.',
        'The access token ({token:shop}) is still valid according to the app, but the sync stops at order {#order_number}.',
    ],
    'card': [
        'You can charge the outstanding {#amount} to our business credit card: {card}, expiry {card_expiry}, security code {cvv}.',
        'The payment was attempted with card {card} (expiry {card_expiry}) but was declined.',
    ],
    'iban': [
        'Could you take the monthly direct debit from account {iban} in the name of {@shop} from now on?',
        '<landlord>The tenant transferred the amount from {iban:other}; nothing has arrived on our account {iban}.',
        'The correct account for payouts is {iban}. Your portal still shows {#masked_value:iban}.',
        '<club>A member paid twice by mistake. Could you refund {#amount} to {iban:other}?',
    ],
    'bsn': [
        'My BSN is {bsn:nl}; the KvK number of my sole proprietorship is {#company_registration:kvk}.',
        "<dental>The patient's BSN is {bsn:nl}, date of birth {date_of_birth}.",
        'My Belgian national register number is {bsn:be}.',
    ],
    'email': [
        'The best way to reach me is {email}.',
        'The address {email:staff} belongs to our new employee and should be added to the account.',
        'Please also send invoices to our accountant, {email:other}.',
    ],
    'phone': [
        'My mobile is {phone}; I am in the shop during the day and cannot always pick up.',
        'The number {phone:land} should be forwarded to {phone}.',
        'You can call my colleague {@staff} on {phone:staff}.',
    ],
    'address': [
        'The delivery address is {address}.',
        'The installation needs to take place at {address:other}, our new branch.',
        'Our postal address has changed to {address}.',
    ],
    'date_of_birth': [
        'For verification, my date of birth is {date_of_birth}.',
        'The account holder was born on {date_of_birth}.',
    ],
    'ip_address': [
        'Our static IP is {ip_address}; the till sits on {ip_address:lan} internally, port {#port}.',
        'The shop server ({ip_address}) has been blocked by your firewall since {#date}.',
    ],
    'customer_number': [
        'Our account number is {customer_number}.',
        'This concerns contract {customer_number:contract} (meter reading on {#date}: {#meter_reading}).',
        'Our merchant ID is {customer_number:merchant}; the payout of {#date} ({#amount}) is missing.',
        '<club>Membership number {customer_number:member} is still on the old fee of {#amount}.',
    ],
    'none': [
        'I would like to know when the fault will be fixed and whether we will be compensated.',
        'I returned {#quantity}, but have not received the credit note.',
        'Your team referred me to {#url:status}, but no outage is listed there.',
        'I have called {#company_phone} three times and each time got cut off after a while.',
        'I have deliberately not included my PIN or password in this email.',
        'The attached invoice ({#invoice_number}) shows {#amount} excluding {#percentage:vat} tax.',
    ],
}
EMAIL_ASK = [
    'Could you please resolve this as soon as possible? We are losing business.',
    'I would appreciate a reply within three working days.',
    'Please credit the invoice.',
    'Could you call me once you know more?',
    'Please let me know what else you need from me.',
    'I look forward to hearing about the next steps.',
    'Could you confirm once this has been changed?',
    'A reply by email would be best, I am hard to reach by phone.',
]
EMAIL_CLOSE = ['Kind regards,', 'Best regards,', 'Thanks,', 'Many thanks,', 'Regards,', 'Best,', '<gb>Cheers,',
               '<us>Thank you,', 'Thanks in advance,', '<gb>Yours faithfully,']
SIG = [
    '{@full}\n{@shop}\n{address:ml}\nT: {phone:land}\nM: {phone}',
    '{@full} – {@shop}\n{phone} · {email}\n{#url}',
    '{@first}\n\nSent from my {@phonebrand}',
    '--\n{@full}\nOwner, {@shop}\n{address}',
    '{@first} {@last}\n{@shop}, {@city}\nTel. {phone}',
    '<club>{@full}\nTreasurer, {@shop}\n{email}\n{phone}',
    '<gb>{@full}\nDirector\n{@shop} Ltd\nRegistered in England and Wales no. {#company_registration:crn}\n{address:ml}',
    '<us>{@full}\n{@shop}\n{address:ml}\nCell: {phone}',
    '{@first}\n--\n{@shop} · {address} · {#url}',
    'Sent from my {@phonebrand}\n{@first}',
]
QUOTE_HDR = [
    'On {#date:hdr} at {#time}, {@agent} <{email:agent}> wrote:',
    'On {#date:hdr}, {@brand} Support <{@noreply}> wrote:',
    '-----Original Message-----\nFrom: {@agentfull} <{email:agent}>\nSent: {#date:hdr} {#time}\nTo: {email}\nSubject: Your case {#ticket_number}',
    'On {#date:hdr} {@brand} Business wrote:',
]
QUOTED = [
    'Hi {@first},\n\nThanks for your message. To help you further we need your account number and the serial number of '
    'the terminal. Your ticket number is {#ticket_number}.\n\nKind regards,\n{@agent}\nCustomer Support',
    'Hi {@first},\n\nWe have reset your password. You will receive a text with a code on {#masked_value:phone}.\n\nThanks,\n{@agent}',
    'Dear customer,\n\nYour fault report has been logged as {#ticket_number}. An engineer will visit on {#date} between '
    '{#time} and {#time}.\n\nKind regards,\nThe {@brand} team',
    'Dear {@full},\n\nWe have updated your bank details to {iban}. The next direct debit of {#amount} will be taken around '
    '{#date}.\n\nRegards,\n{@agent}',
    'Hello {@first},\n\nI can see your username is {username}. Is it correct that you get the message {#error_code}?\n\n{@agent}',
    'Hi {@first},\n\nYour order {#order_number} has shipped with {#tracking_number}.\n\n{@agent}',
]
FWD_HDR = [
    'See below, please action.\n\n---------- Forwarded message ---------\nFrom: {@staff} <{email:staff}>\n'
    'Date: {#date:hdr} {#time}\nSubject: cant log in\nTo: {email}',
    'Forwarding from my employee:\n\nBegin forwarded message:\n\nFrom: {@staff} <{email:staff}>\nDate: {#date:hdr}',
]

AGENT_OPEN = ['Hi {@first},', 'Dear {@full},', 'Hi {@first}!', 'Good afternoon {@first},', 'Hello,', 'Hey {@first} 👋']
AGENT_CLOSE = ['Thanks, {@agent}', '^{@init} | {@brand} Support', 'Kind regards,\n{@agent}\n{@brand} Support', 'Have a great day! {@agent}',
               '{@agent} | {@brand}', '-{@agent}', '<us>Best, {@agent}']
AGENT = {
    'password': [
        'I have set your temporary password to {password:temp}. Please change it straight after logging in.',
        'Your new portal password is {password:temp}; the system will ask you to pick your own on first login.',
        'I can see you posted your password {password} in this chat. Please change it right away, this channel is not secure.',
    ],
    'pin': [
        'The default supervisor PIN of the {#model_number:terminal} is {pin}. Please change it after setup.',
        'The PIN for your new SIM is {pin}; it is also printed on the plastic card.',
    ],
    'puk': [
        'Your PUK is {puk}. Note: after 10 wrong attempts the SIM is permanently blocked.',
        'For the number ending {#masked_value:sim} the PUK is {puk}.',
    ],
    'otp': [
        'You should have received a code just now; our system shows {otp}. Enter it within 10 minutes.',
    ],
    'wifi_key': [
        'I have changed the wifi key for you to {wifi_key}. It may take a few minutes for the {#model_number:router} to restart.',
    ],
    'username': [
        'Your username is {username}. Use "forgot password" to request a new password yourself.',
        'I have created an extra user {username:staff} for {@staff}.',
    ],
    'api_key': [
        'The key you sent ({api_key}) is a test key. For live payments please use the key from the dashboard.',
        'I have revoked the leaked key {#masked_value:key}. Please create a new one in the dashboard.',
    ],
    'card': [
        'I can see the payment with the card ending {#masked_value:last4} was declined with code {#error_code:terminal}.',
        'The card {card} is now set as your payment method.',
    ],
    'iban': [
        'Thanks. I have changed the bank account to {iban}, effective {#date}.',
        'The account we have on file ends in {#masked_value:last4}. Is that right?',
    ],
    'customer_number': [
        'Your account number is {customer_number}; the engineer will come on {#date} between {#time} and {#time}.',
        'I have processed your meter reading ({#meter_reading}) under account {customer_number}.',
    ],
    'address': [
        'We will send the new terminal to {address}. You will get tracking as soon as it ships.',
    ],
    'phone': [
        'I will call you back tomorrow around {#time} on {phone}.',
    ],
    'email': [
        'We have resent the invoice to {email}. Please check your spam folder as well.',
    ],
    'mask': [
        'For your security we have hidden your message: you shared your PIN. Never share your PIN, not even with us.',
        'I can see the payment of {#amount} with card {#masked_value:card}, processed on {#date}.',
        'We have sent a verification code to {#masked_value:phone}.',
        'The confirmation was sent to {#masked_value:email}.',
    ],
    'macro': [
        'Hi {{first_name}}, your order {{order_number}} has shipped with tracking {{tracking}}.',
        'Hi [NAME], your PUK code is [PUK]. Have a nice day!',
        'Your temporary password is <password>. Please change it after logging in.',
        'Dear {{customer.name}}, your verification code is {{otp_code}}.',
    ],
    'none': [
        'Could you DM us your account number and postcode? Then we can take a look.',
        'Just to be safe: never share your PIN or password with us, not even by DM.',
        'There is an outage in {@city}, our engineers are on it. More info at {#url:status}.',
        'I have opened ticket {#ticket_number} for you, you will hear from us within 2 working days.',
        'The {#percentage:fee} rate applies from {#date}. It was applied correctly on invoice {#invoice_number}.',
    ],
}
PUBLIC = {
    'none': [
        '{#mention} no internet for 2 hours in {@city}, card machine down. Cant take payments!',
        '{#mention} why am I paying {#amount} for a terminal that doesnt work',
        '{#mention} outage? error {#error_code:terminal} on every terminal here',
        '{#mention} order {#order_number} still not here, ticket {#ticket_number}',
        'Another hour on hold at {#company_phone}. This is no way to run a business {#mention}',
        '{#mention} after update {#version_string} the app is broken on the {#model_number:phone}',
        'Small business owners beware: {#mention} just raised fees to {#percentage:fee}',
        '{#mention} been a customer since {#year:since} and this is how you treat us',
    ],
    'phone': [
        '{#mention} invoice {#invoice_number} is wrong and nobody calls back. Call me on {phone}',
        '{#mention} just call me back {phone} I cant wait all day',
    ],
    'email': [
        '{#mention} my email is {email}, send the verification code there because texts dont arrive',
    ],
    'customer_number': [
        '{#mention} account {customer_number}, 3 weeks and no reply to my complaint',
    ],
    'password': [
        '{#mention} password {password} stopped working after your update, now I cant sell anything',
    ],
    'address': [
        '{#mention} engineer was meant to come to {address} today, nobody showed up',
    ],
}

# ---------------------------------------------------------------------------
# more phrasings
# ---------------------------------------------------------------------------
CHAT['password'] += [
    '{password} is the new till password, licence key is still {#product_code:licence}',
    'Password for the admin area:\n{password}\n(same one for the app, version {#version_string})',
    'my business email pw is {password} and thats where the reset link goes. re order {#order_number}',
    'it takes {password} on the laptop but not on the {#model_number:phone}. weird right?',
    'Old password {password}, new password {password}, confirm new password - it says they dont match??',
    '<us>hey so the login for the POS is {password}, my manager set it up, ticket {#ticket_number}',
]
CHAT['pin'] += [
    '{pin} is the pin for the SIM inside the card machine, model {#model_number:terminal}',
    'New card arrived, PIN letter says {pin} but I want to change it',
    'the app wants a 5 digit passcode, I set {pin:5}. order {#order_number} still wont go through',
    '<gb>chip and pin machine says PIN BLOCKED, I typed {pin} which is def right',
]
CHAT['otp'] += [
    'order {#order_number} and the code I got is {otp}',
    'pairing code for the till: {otp:alnum}',
    "I'm abroad (flying back on {#flight_number} on {#date}), text code {otp} only arrived after an hour",
    'one time passcode {otp}, expires in 5 min apparently',
    '<us>the verification text says {otp}, don\'t share this code with anyone lol',
]
CHAT['wifi_key'] += [
    'Wifi key:\n{wifi_key}\nrouter {#model_number:router}, firmware {#version_string}',
    '{wifi_key} = staff wifi, not for customers',
    'card machine wont join wifi {@ssid} ({wifi_key}), error {#error_code:terminal}',
    'network key is {wifi_key} - copied it straight off the sticker',
]
CHAT['username'] += [
    'username: {username}\n(this is {@staff}\'s account, she is at the other branch today)',
    'I have 2 logins, {username} and {username:admin}, which one for the {#year} tax return?',
    'user id {username} - locked after the update to {#version_string}',
]
CHAT['api_key'] += [
    'till licence key {#product_code:licence}, shop API key {api_key}. what do you need?',
    'the plugin asks for an "API key", I pasted {api_key}. checksum of the zip was {#checksum}, is that right?',
    'server {ip_address} port {#port}, api key {api_key}',
    'our publishable key is {api_key:public} and the secret is {api_key:secret}',
]
CHAT['token'] += [
    'the link I got has token={token} in it, is that still valid?',
    'access token ({token:hex}) is in the config file on the till pc',
    'refresh token {token} keeps getting rejected with {#error_code:http}',
]
CHAT['card'] += [
    'credit card {card}\nexp {card_expiry}\ncvc {cvv}\ninvoice {#invoice_number}',
    'debit card {card:maestro} from our business account keeps getting declined',
    'card number is {card} and expiry {card_expiry}, cvv I\'ll give on the phone',
    '<us>use the company visa {card:visa} exp {card_expiry} sec code {cvv} for the {#amount} balance',
]
CHAT['iban'] += [
    'payouts to {iban} please, not the old account ending {#masked_value:last4}',
    '<landlord>new tenant, his account is {iban:other}. rent {#amount} a month',
]
CHAT['bsn'] += [
    '<dental>patient BSN {bsn:nl}, appointment was {#date} at {#time}',
]
CHAT['date_of_birth'] += [
    'account holder dob: {date_of_birth}, business started in {#year:since}',
    '<us>DOB is {date_of_birth} if you need it for the verification',
]
CHAT['ip_address'] += [
    'the till pc ({ip_address:lan}) cant talk to the terminal on {ip_address:lan} port {#port}',
    'our public ip is {ip_address}, connection drops every day around {#time}',
]
CHAT['customer_number'] += [
    'account no {customer_number}\nday reading {#meter_reading} night {#meter_reading}',
    'order number {#order_number} but my account number is {customer_number}',
    '<gb>customer ref {customer_number}, meter serial is on the bill',
    '<us>acct # {customer_number}, service address is the shop',
]
CHAT['phone'] += [
    '<gb>ring me on {phone} when the engineer is 10 mins away',
    'whatsapp me on {phone:intl}, I\'m abroad till {#date}',
]
CHAT['email'] += [
    'Contact email for the account should be {email}, not {email:staff}',
]
CHAT['address'] += [
    '<us>ship the replacement reader to {address}',
    '<gb>engineer needs to come to {address}, side entrance, buzzer doesn\'t work',
]
CHAT['none'] += [
    'licence code {#product_code:licence} not accepted after reinstall',
    'we have {#quantity:units} but you bill us for 5',
    'item {#product_code} out of stock since {#date}',
    'customer since {#year:since} and this is the service',
    'receipt printer {#model_number:printer} prints nothing, port {#port} is open',
    "I'm on {#flight_number} tonight, can someone call me tomorrow at {#time}",
    'why does my statement show {#amount} and {#amount} on the same day',
]
CTX += ['licence {#product_code:licence}', 'SKU {#product_code}', 'port {#port}', 'customer since {#year:since}']
EMAIL_FRAG['none'] += [
    'The licence key of our till software ({#product_code:licence}) stopped working after the reinstall.',
    'The receipt printer ({#model_number:printer}) answers on port {#port} but does not print.',
]
CHAT['username'] += ['its {username}']
CHAT['password'] += ['{password}']
CHAT['iban'] += ['{iban}']
SIG += ['{@full}\n{@shop}\ne: {email}\nm: {phone}']
# keep the agent-address quote headers apart so that both halves get one
QUOTE_HDR[1], QUOTE_HDR[2] = QUOTE_HDR[2], QUOTE_HDR[1]
