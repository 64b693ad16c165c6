"""English (UK + US) templates."""

CHAT = {
 'en': {
  'solar': [
   "Hi, my inverter ({model}) has been showing {err} since {date}. Account number {cust}, address is {address}",
   "Please update the bank details for my export payments: {iban}. Account no. {cust}",
   "Meter readings as of today: import {meter}, export {meter2}. MPAN {ean}",
   "The installer set up the inverter on the wrong wifi. Network {ssid}, password {wifi}. Can someone look remotely? Call me on {phone}",
   "Can't log in to {app} anymore. username {user} pw {password}, keeps saying {err}",
   "For the Home Assistant integration my API key is {apikey}, site works but API returns {err}",
   "You were meant to come {date} at {time} to fit {qty} and nobody showed. {address}, phone {phone}",
   "The verification code was {otp} but the site says expired?? my email is {email}",
   "AWS creds for the monitoring export, pls rotate: access key {awsid} secret {awssecret}",
  ],
  'uni': [
   "Hi, I can't get into {app}. Student ID {student}, password is {password}. My exam is on {date}!!",
   "Tuition of {amount} was taken twice from my card {card}. Student number {student}",
   "Hello, for the tuition payment plan: DOB {dob}, student no {student}, address {address}",
   "the MFA code {otp} doesn't work when I log in with my uni account {user}",
   "I'm an exchange student, my BSN is {bsn} and DOB {dob}. Housing portal gives {err}. Ref {ticket}",
   "New term-time address: {address}. Mobile {phone}, personal email {email}. Student ID {student}",
   "Lost my portal password, old one was {password} and I already set a new one: {password2}. account {user}",
   "Arriving on flight {flight} on {date}, my student number is {student} and my phone {phone} for the pickup",
   "Canvas personal access token {token} stopped working after the update to {version}",
  ],
  'charity': [
   "I'd like to cancel my monthly direct debit of {amount}. Supporter number {donor}, bank {iban}",
   "You've taken {dur} of payments after I cancelled! Mandate reference {mandate}",
   "Please send my donation receipt for tax year {year}. Donor ID {donor}, address {address}",
   "My mother ({name}, born {dob}) passed away, please cancel donor ref {donor} and stop the DD on {iban}",
   "I want to give {amount} one-off, card {card}, expiry {expiry}, security code {cvv}",
   "Please change my email to {email}. Supporter {donor}. Thanks, {first}",
   "Gift Aid declaration: {name}, {address}, donor number {donor}",
   "Stop calling {phone}, I already give through payroll. Donor {donor}",
  ],
  'alarm': [
   "Our alarm went off at {time} for no reason. Contract no. {contract}. Monitoring centre rang {phone} but I was out",
   "Who can reset the alarm code? Old code was {alarmcode}, new one should be {alarmcode2}. Account {subscriber}",
   "camera ({model}) offline. IP {ip} port {port}, admin password {password}. firmware {version}",
   "Our password for the monitoring centre is {password}, key safe code {pin}. Address {address}",
   "App is asking for a code, got {otp} by text but it fails. username {user}",
   "I want to cancel monitoring contract {contract} from {date}. Stop taking money from {iban}",
   "Engineer comes {date} between {time} and {time2}. Gate code is {pin}, ring {phone}",
   "NVR reset after power cut. verification code {otp}, wifi {ssid} key {wifi}",
   "Firmware file checksum {checksum} doesn't match what your site says. Device {model}",
   "The SIM in the alarm panel is locked. PUK is {puk}, SIM PIN was {pin}. Account {subscriber}",
   "Bearer token for the monitoring API: {token} - request ID {reqid} returned {err}",
  ],
  'car': [
   "Morning, I'd like to book my {car} reg {plate} in for a service on {date}. Lease agreement {contract}, mobile {phone}",
   "Deposit of {amount} paid from {iban}. Order no {order}. When can I collect?",
   "Engine light on, code {err}. VIN {vin}, mileage {km}. Lease number {contract}",
   "Key is in the key box by the garage, code {pin}. My details: {name}, {address}, {phone}",
   "Can't log in to {app}, {user} / {password} doesn't work",
   "My licence expired, DOB {dob}, customer no {cust}. Can I still collect the lease car?",
   "Paying workshop invoice {invoice}: card {card} exp {expiry} cvv {cvv}, amount {amount}",
   "Can you pass the damage from {date} to the insurer? Policy number {policy}, reg {plate}",
   "Changed my email to {email}, customer number {cust}. Confirmation code was {otp}",
  ],
 },
}

PUBLIC = {
 'en': {
  'solar': [
   "{mention} still no export payment after {dur}. Account {cust}. When will this be sorted? {hashtag}",
   "What a joke {mention}. Installer no-show, rang {cphone} three times {hashtag} {hashtag2}",
   "{mention} just call me back on {phone}, I'm done waiting",
   "Panels offline since {date}, error {err} on the {model}. {mention} help? {url}",
  ],
  'uni': [
   "{mention} charged my tuition of {amount} twice, student ID {student}. Anyone?? {hashtag}",
   "Portal down again {mention} {hashtag} and my exam is at {time}",
   "{mention} why do I have to retake {qty}? {url}",
  ],
  'charity': [
   "{mention} stop ringing {phone}!! I already give via DD {hashtag}",
   "So proud our class raised {amount} for {mention} {hashtag}",
   "{mention} still no receipt for {year}, donor {donor}",
  ],
  'alarm': [
   "{mention} your monitoring centre took {dur} to respond. Contract {contract}, not ok {hashtag}",
   "{model} camera from {mention} offline again after update {version} {hashtag}",
   "{mention} please contact me at {email} instead of that chatbot",
  ],
  'car': [
   "{mention} been waiting {dur} for my {car}. Order number {order}. {hashtag}",
   "Great service at {mention}, car done in a day! {hashtag} {url}",
   "{mention} you delivered my lease car {plate} to the wrong branch. Call {phone}",
  ],
 },
}

AGENT = {
 'en': [
  "Hi {first}, sorry to hear the monitoring isn't working! Could you DM us your account number and postcode? We'll take a look. ^{ainit}",
  "Thanks {first}. I've linked account {iban} to customer number {cust}. The first collection will be around {date}. Kind regards, {agent}",
  "Hi {first}, please never share your password or codes in chat. You can reset it at {url}. Case {ticket}. ^{ainit}",
  "Good afternoon {first}, the engineer will visit on {date} between {time} and {time2}. We'll call {phone} beforehand. Best, {agent}",
  "Hi! We can see the payment of {amount} from the card ending {masked}. You can also call us on {cphone}. ^{ainit}",
  "Hi {first}, I've updated your email to {email}. You'll get a confirmation within {dur}. Thanks, {agent}",
  "Hey {first}, we've sent a fresh code to {masked}. Enter it within 10 minutes. Reference {reqid}. ^{ainit}",
  "Hi {first}, thanks for bearing with us. Your address is now {address}. Invoice {invoice} will follow by email. Team {brand}",
 ],
}

GREET = {'en': ["Hi there,", "Dear Sir/Madam,", "Hello,", "Good morning,", "Dear {brand} team,", "Hi team,", "To whom it may concern,", "Hey,"]}
CLOSE = {'en': ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Regards,", "Cheers,", "Sincerely,", "Thanks in advance,"]}
SIG = {'en': ["{name}\n{address}\nTel: {phone}", "{name}\nMobile: {phone}", "{first}\n\nSent from my iPhone", "{name}\n{email} | {phone}",
              "{name}\nAccount no: {cust}", "{first} {last}\n{address}", "--\n{name}\nM: {phone}\nGet Outlook for Android", "{first}"]}
QUOTE = {'en': [
  "On {date} at {time}, {brand} Customer Care wrote:\nDear customer,\nThank you for your message. Your case number is {ticket}. You can also reach us on {cphone}.\nKind regards,\n{agent}",
  "-----Original Message-----\nFrom: {brand}\nSent: {date} {time}\nSubject: RE: your request {ticket}\n\nHello,\nCould you confirm your account number and bank details?\nThanks, {agent}",
  "On {date}, {agent} from {brand} wrote:\nHi, we've amended invoice {invoice}. The new amount is {amount}.",
  "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: request\n\nI already sent my address: {address}.",
]}
DISCL = {'en': ["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
                "Please consider the environment before printing this email.",
                "{brand} | Registered in England and Wales, company no. {kvk} | {url}",
                "This message has been scanned for viruses."]}
SUBJECT = {'en': ["Question about my contract", "Update details", "Complaint", "RE: your case {ticket}", "Fault", "Fwd: request",
                  "Cancellation", "Refund", "URGENT", "Invoice {invoice}"]}

STORY = {
 'en': [
  "I've contacted your customer service several times now and every time I get a different answer. On {date} I was promised a call back, which never happened.",
  "Things have been going wrong for a few weeks and honestly I'm losing patience. I've tried the chat, the app and the contact form at {url} with no luck.",
  "A bit of background: we switched to you in {year} and were quite happy until now, but the annual statement shows {amount} outstanding although everything has been paid.",
  "My partner rang last week (on hold for {dur}!) and was told it would be fixed within {dur2}. It wasn't.",
  "I'm sending this again as I never had a reply to my previous email. The reference was {ticket}.",
  "I hope you can help quickly as I'm travelling for the next few weeks and only reachable by email.",
 ],
}
