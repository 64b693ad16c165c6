# English templates (shared by en-gb and en-us; values follow the locale).
G = {}
G["chat"] = [
    "Hi, I rented a {@vehicle} from {@bcar} on {!date} and you still haven't refunded the {!amount} deposit. Booking ref {!order}",
    "cant log in to the app. username {username} password {password}. keeps saying {!error}",
    "The lockbox code you sent ({pin}) doesn't work. Tried {pin} as well. Standing next to the car ({@plate}) right now",
    "My membership number is {custno}, please cancel from {!date}. Confirmation to {email} please",
    "got a text with code {otp} but the app says it expired?? on version {!version}",
    "Can someone call me back on {phone}? Its about the scratch on the car I returned at {!time}. Claim {!ticket}",
    "I want to update my card. New one is {card} exp {expiry} security code {cvv}",
    "Signed up for {@course} at {@blang} and got charged {!amount} twice. Invoice {!invoice}. Refund to {iban} pls",
    "New address: {address}. Student ID {custno}",
    "The letting agent asked for my date of birth ({dob}) and my current address ({address}) before the viewing, is that normal?",
    "Can't make the {!time} viewing. Call me on {phone} or my work line {phone}",
    "hey whats the keysafe code for the flat again? is it {pin}? doesnt open",
    "My DOB is wrong on your system, it should be {dob} not {dob}. Account {custno}",
    "Can my accountant log in to the portal? Login: {username} / pw: {password}",
    "For the tax return: date of birth {dob}, bank {iban}, address {address}. The verification code from the letter is {otp}",
    "Please file the VAT return for Q2, turnover {!amount}. Company number {!creg}",
    "Our business lines have been down since {!time}. Account {custno}, PBX is a {!model} on firmware {!version}. SIP port {!port} is open",
    "The new SIM is asking for a PUK. PUK from the letter: {puk}, old PIN was {pin}. Number {phone}",
    "Can you reset the office wifi? Current key is {wifi} on {@ssid}. Router {!model}",
    "We need {!qty} more on business account {custno}. Contact {@full}, {email}, {phone}",
    "Your API is returning {!error}. The key we're using: {apikey} (request id {!reqid})",
    "here's the access token from the dashboard: {token} - expires today I think",
    "Our static IP is {ip}, can you whitelist it for the SIP trunk? port {!port}",
    "AWS creds for the call recording bucket you asked for: access key {awsid} secret {awssecret}",
    "Verification code never arrives. Tried for {!dur}. My mobile is {phone}",
    "code is {otpw}",
    "Set new password {password=1} and confirmed {password=1} still doesn't work!!",
    "Morning, details for the rental:\n- name: {@full}\n- DOB: {dob}\n- address: {address}\n- mobile: {phone}\n- email: {email}\nFlight {!flight} lands {!time}",
    "Paid {!amount} from {iban} with reference {!invoice}, where is it?",
    "Card ending {!masked} was declined. Try {card}, expiry {expiry}",
    "Meeting with the accountant {!date} at {!time} is fine. My number in case it runs over: {phone}",
    "Why is there a {!pct} surcharge on invoice {!invoice}? Subscriber number {custno}",
]
G["public"] = [
    "{!mention} {!dur} waiting for my {!amount} deposit. Absolute joke {!hashtag}",
    "{!mention} app crashes every time I try to unlock the car, version {!version} {!hashtag}",
    "Anyone tried {@blang}? {@course} starts {!date}, worth it? {!hashtag}",
    "{!mention} call me back, {phone}. Asked 3 times now {!hashtag}",
    "{!mention} is your business VoIP down? since {!time}, ticket {!ticket} {!hashtag}",
    "Never using {@bimmo} again. {!amount} admin fee for nothing {!hashtag} {!hashtag}",
    "{!mention} my email is {email}, send the invoice there",
    "Read {!url}, nothing about the {!pct} fee {!mention}",
    "{!mention} still no refund for booking {!order}. Flight {!flight} was cancelled not my fault {!hashtag}",
    "{!mention} 3rd engineer visit this month and the lines at {address} are still dead {!hashtag}",
]
G["agent"] = [
    "Hi {@name}, sorry the lockbox isn't playing ball! I've generated a new code: {pin}. If it still won't open, call us on {!cphone}. {@agent}",
    "Hi {@name}, thanks for waiting. I can see booking {!order}. The {!amount} deposit will be back on the card ending {!masked} within {!dur}. ^{@agent}",
    "Hey {@name}, could you DM us your account number and postcode? Please never share your password with us. {@agent}",
    "Hi {@name}, I've updated your address to {address}. Your account number stays {custno}. Have a good one! {@agent}",
    "Dear {@name}, your temporary password is {password}. Please change it straight after logging in at {!url}. Kind regards, {@agent}",
    "Hi {@name}, we'll call you back tomorrow between {!time} and {!time} on {phone}. Your case number is {!ticket}. ^{@agent}",
    "Hi [[first_name]], your place on {@course} is confirmed. Lesson 1 is on {!date}. Questions? Call {!cphone}.",
    "Hi {@name}! The new office wifi key is {wifi}. The PUK for SIM {!masked} is {puk}. Cheers, {@agent}",
    "Hello {@name}, your new API key is {apikey}. The old one will stop working on {!date}. Docs: {!url}. {@agent}",
    "Hi {@name}, I've resent the code to {phone}. If you don't receive it in {!dur}, reply here. {@agent}",
]
G["ebody"] = [
    "Please find below the information for the {!year} accounts.\n\nBank: {iban}\nHome address: {address}\nDate of birth: {dob}\n\nBank statements are in the shared folder; the zip password is {password}.\n\nCould you also check the payment on account of {!amount}?",
    "Further to our call on {!date}: we have moved to {address}. Please update the billing address for contract {custno} as well.\n\nThe old supply at {address} can be closed from {!date}. Meter point {ean}, final reading {!meter}.",
    "I booked a car on your website on {!date} (booking {!order}) for pickup after flight {!flight}. {!amount} was taken from my credit card {card} although I never collected the car.\n\nI expect a refund within {!dur}. You can reach me on {phone}.",
    "I'd like to cancel my son's enrolment on {@course}. He was born on {dob} and his student number is {custno}. Fees were paid from {iban}.\n\nAccording to your terms ({!url}) this is free up to {!dur} before the start.",
    "Our company ({@company}, company no. {!creg}) has had problems with the landlines since {!date}. Fault logged as {!ticket}.\n\nDetails for the engineer:\nSite address: {address}\nContact: {@full}, {phone}\nGate code: {pin}\nAlarm code: {pin}\n\nThe router ({!model}) is in the comms cupboard, admin login {username} / {password}.",
    "As requested, my details for the tenancy agreement:\n\nName: {@full}\nDate of birth: {dob}\nCurrent address: {address}\nPhone: {phone}\nEmail: {email}\nBank for the standing order: {iban}\n\nI'll transfer the first month's rent of {!amount} before {!date}.",
]
G["greet"] = ["Dear Sir/Madam,", "Hi there,", "Hello {@agent},", "Good afternoon,", "Hi,", "To whom it may concern,"]
G["close"] = ["Kind regards,", "Thanks,", "Best,", "Many thanks in advance,\n", "Regards,", "Cheers,"]
G["sigc"] = ["{@full}\n{phone}", "{@full}\n{address}\nM: {phone}", "{@name}\n\nSent from my iPhone",
             "{@full} | Director, {@company}\nMobile {phone} | {email}\nCompany No. {!creg}", "{@name}\n\nGet Outlook for Android",
             "{@full}\n{email}"]
G["siga"] = ["Kind regards,\n{@agent}\nCustomer Care, {@bcar}\n{!cphone} | {!url}",
             "Best,\n{@agent} | Business Support\nT {!cphone}\nRegistered in England, company no. {!creg}",
             "Regards,\n\n{@agent}\nAccount Manager\n{!cphone}\n{!url}",
             "Thanks,\n{@agent}\n{!url} | VAT {!creg}"]
G["qhdr"] = ["On {!date} at {!time}, Customer Care <noreply> wrote:", "From: Customer Care\nSent: {!date} {!time}\nSubject: Your query {!ticket}",
             "On {!date}, {@agent} from Support wrote:", "-----Original Message-----\nFrom: Support Desk\nDate: {!date}"]
G["fwd"] = ["---------- Forwarded message ---------\nFrom: {@full} <{email}>\nDate: {!date}\nSubject: details\n",
            "Begin forwarded message:\n\nFrom: {@full} <{email}>\nDate: {!date} at {!time}\n"]
G["disc"] = ["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please delete it.",
             "Please consider the environment before printing this email."]
G["subj"] = ["Subject: Re: your query {!ticket}", "Subject: deposit refund", "Subject: info for tax return", "Subject: FW: lines down",
             "Subject: Cancellation", "Subject: change of address"]
G["qhdrc"] = ["On {!date} at {!time}, {@full} <{email}> wrote:", "From: {@full} <{email}>\nSent: {!date}\nSubject: help",
              "{@full} wrote on {!date}:"]

G["chat"] += [
    "PUK on the card says {puk}. Phone still says SIM locked",
    "entered puk {puk} and set new pin {pin}, now no signal at all?",
    "Bearer token from our integration: {token} , getting {!error} since {!version}",
    "session id from the browser was {token} if that helps debug",
    "Tracking for the new router: {!tracking}. Still not delivered to {address}",
    "Ordered {!product}, tracking {!tracking}. Delivery address {address}",
    "Odometer at pickup {!meter}, at return {!meter}. Why {!amount} extra?",
    "Meter reading when we moved in: {!meter}. MPAN {ean}",
    "Username: {username}\nPassword: {password}\nthat's for the bookkeeping portal",
    "forgot my password, old one was {password}. email me at {email} please",
    "My mobile number changed to {phone}, please delete the old one ({phone})",
    "ring me on {phone} after {!time}, in class till then",
    "firmware checksum {!checksum} doesn't match, update {!version} fails",
    "Your API key {apikey} returns {!error} since this morning (request {!reqid})",
    "There's {!pct} VAT on invoice {!invoice} but we're VAT registered, {!creg}",
    "Our SIP phones ({!model}) won't register, port {!port}, public IP {ip}",
    "2FA code: {otp}. And the backup code they gave me: {otp}",
    "Text says 'Your {@bcar} code is {otp}. Do not share it.' - typed it in, nothing happens",
    "sort code and account? no, I only have the IBAN: {iban}",
    "Pay the refund into {iban} please, not the card ending {!masked}",
]
G["public"] += [
    "{!mention} your site {!url} is throwing {!error} {!hashtag}",
    "{!mention} no internet in the office for {!dur}, ticket {!ticket} {!hashtag}",
    "{!mention} {!pct} price rise with no notice? {!hashtag}",
    "Classes at {@blang} start {!date}, who's in? {!hashtag}",
]
G["agent"] += [
    "Hi {@name}, your router is on its way, tracking {!tracking}. Due {!date}. {@agent}",
    "Hi {@name}, your new bundle {!product} is live from {!date}, {!amount} a month. {@agent}",
    "Hi {@name}, your username is {username}. You can reset your password at {!url}. {@agent}",
    "Hi {@name}, I've changed your email address to {email}. ^{@agent}",
]
G["ebody"] += [
    "As agreed, details for the install:\n\n- site: {address}\n- contact: {@full} ({phone})\n- go-live: {!date}\n- lines: {!qty}\n\nWifi for the engineers: {@ssid} / {wifi}",
    "I'd like access to the customer portal. Login is {username}, temporary password {password}. The SMS code {otp} gave an error ({!error}). Mobile: {phone}",
]

G["chat"] += [
    "Payment for the course failed. Card number {card}, expiry {expiry}, 3 digits on the back {cvv}",
    "Card: {card}\nExp: {expiry}\nCVV: {cvv}\namount {!amount}",
    "Take the deposit from this card: {card} ({expiry}). NOT the one ending {!masked}",
    "I was born {dob}, you have me as {dob}. Licence is correct",
    "Driver must be 25+ for the rental, I'm {dob}. Member no {custno}",
    "Account no: {custno}. Contract: {custno}. Your ref: {!ticket}",
    "Home IP is {ip} and the portal blocks me with {!error}",
    "We're on static IP {ip}, please add to the allowlist. Ticket {!ticket}",
    "Car park gate code under the building is {pin}, alarm is {pin}",
    "Unlock code for the work phone I'm returning: {pin}. SIM PIN {pin}",
    "oops pasted our api key in here: {apikey} can you revoke it",
    "Please send post to {address} from now on, not {address}",
]
G["agent"] += [
    "Hi {@name}, payment on card {!masked} went through and booking {!order} is confirmed for {!date}. {@agent}",
    "Hi {@name}, I've corrected your date of birth to {dob}. Thanks for bearing with us! ^{@agent}",
]
G["pad"] = [
    "I've already been in touch several times by phone and on chat, and every time I get a different answer, so I'm putting it all in writing now.",
    "Apologies for the long email, but I'd rather have everything in one place so we don't have to go back and forth again.",
    "I appreciate you're busy, but this has been dragging on for a while now and it's starting to affect the business.",
    "If anything is missing please let me know and I'll send it straight over. I'm hard to reach during the day so email is best.",
    "Last week I was promised a call back which never happened, so I'm hoping this gets picked up.",
    "Could you confirm once this has been sorted? I'll need it in writing for my records.",
]
G["chat"] += [
    "Wifi password in the flat doesn't work: network {@ssid}, key {wifi}",
    "wireless key on the sticker under the hub is {wifi} (that's for {@ssid})",
]
G["fwdintro"] = ["See below.", "FYI - forwarding this.", "Forwarding my partner's email, see below", "fwd"]
