"""English templates (en-gb and en-us), some mixed with Dutch."""

BODIES = {
    "lease": [
        "Hi, I've been driving a {car} from {leasco} since {date}. Agreement no. {leaseno}. Odometer reads {km} and I'm at {pct} of my allowance, can we change the contract? Best number is {phone}.",
        "Hello, my lease {leaseno} ends on {date}. I'd like a quote for a replacement. My details: {address}, DOB {dob}, mobile {phone}.",
        "you took {amount} from my account {iban} but the monthly rental is {amount}. customer ref {custno}. please refund",
        "Please update my direct debit to the new account {iban} (account holder {first} {last}). The old one ending {masked} can be removed. Agreement {leaseno}.",
        "When is my new car arriving?? Order {order}, delivery was promised for {date}. Contract number {leaseno}, phone {phone}",
        "End of lease inspection on {date} charged me {amount} for a scratch on the bumper. Case {claim}. I dispute this. Account number {custno}, email me at {email}.",
        "I want to buy the car at the end of the lease. Balloon payment in the agreement is {amount}, mileage {km}. Ref {leaseno}",
    ],
    "garage": [
        "Booked MOT and service for {date} at {time} at {garage}. Reg {plate}. Call me back on {phone}, it's {first}.",
        "The dealer read fault code {err} and wants {amount} for a new catalytic converter. Is that covered under agreement {leaseno}?",
        "I'm dropping the car off tonight after hours. Key safe by the door, code is {pin}? or was it {pin}#? pls confirm before {time}",
        "Invoice {invoice} from {dealer} is wrong, I had {qty} fitted and you billed more. Paid with card {masked}. Correct billing address: {address}",
        "after replacing the battery the stereo wants a code. The card says radio code {pin4} and it doesn't work. Part no {product}",
        "Could you collect my {car} for servicing? Address: {address}. Key in the lockbox, code {pin}. I leave at {time}.",
    ],
    "roadside": [
        "BROKEN DOWN on the M1 northbound near junction 24, car {plate} won't start. Membership number {memberno}, my mobile {phone}. Called at {time}",
        "Flat tyre at the Tesco car park. {roadside} membership {memberno}. When is someone coming? Call {phone}, my battery is at {pct}",
        "Patrol came out (job {ticket}) but the car had to be towed to {garage}. Towing cost {amount}, will that be reimbursed? member no {memberno}",
        "my car got towed yesterday after breaking down, where is it?? job number {ticket}. I'm {first} {last}, {address}",
        "Dead battery in the multi-storey, level 2. Roadside assistance via my lease {leaseno}. Call back on {phone} or {phone}",
    ],
    "fleet": [
        "Hi all,\n\nFrom {date} we're moving to new fuel cards. PINs will arrive by post. {first}, your card {fuelcard} with PIN {pin4} is already live; please cut up the old one ({masked}).\n\nThanks,\n{first#2} {last#2}\nFleet Manager",
        "Hi {first},\n\nYour company car ({car}, reg {plate}) is ready on {date}. Driver portal login: username {username}, temporary password {password}. Change it on first login.\nCharge card: {chargecard}\n\nCheers, {first#2}",
        "To all drivers: mileage returns must be in the portal by {date}. If you can't log in, send me your username, NOT your password. {first}, your password ({password}) was posted in the group chat, change it now please.",
        "Team, the new van {plate} has a key safe on the back. Code {pin}. Fuel card is in the glovebox, PIN {pin4}. Do not share outside the team!",
        "{first}, your speeding fine of {amount} ({date} at {time}) has been recharged to us by the lease company. Please pay {iban} quoting {invoice} within 14 days or it comes off payroll.",
        "Hi folks, workshop wifi changed. Network: {ssid}, key: {wifi}. Diagnostic laptop login is {username} / {password}.",
        "AWS creds for the telematics export (rotate after!!): access key {awsid}, secret {awssecret}. Bucket is in eu-west-1. Ticket {ticket}",
    ],
    "charging": [
        "My charge card {chargecard} stopped working on {date}, charger shows {err}. App version {version}. I'm stood at the charger on {pct}, help!",
        "Charging session on {date} billed twice ({amount} + {amount}). Card ID {chargecard}, account {custno}. Please refund to {iban}.",
        "Can't sign in to {chargeapp}. Username {username}, the text code {otp} is rejected. Linked card ends {masked}.",
        "The home charger is offline. It's on {ip}, port {port}, firmware {version}. WiFi {ssid} password {wifi}. Can you check remotely?",
        "Ordered a new charge card on {date}, request {reqid}. Ship to {address}. Tracking {tracking} has said 'in transit' for {dur}",
        "Home charger ({model}) reimbursement: meter reading {kwh}, MPAN {ean}. Employer is {leasco}, company no {companyno}.",
    ],
    "tolls_parking": [
        "Got a parking charge notice of {amount} while {parkapp} was running. Account {username}, reg {plate}, {date} {time}. Paid with {card}.",
        "Your parking app keeps charging me {amount} a month since {date}. Can't cancel. Account {custno}, email {email}. Card {card} exp {expiry} cvv {cvv} - just stop it.",
        "Toll tag {tollno} didn't work on the Dartford crossing, got a penalty {invoice} for {amount}. Flew back on {flight} on {date}.",
        "The verification code {otp} expired before I could enter it. My number is {phone}. Send another?",
        "Resident permit application {reqid}. Address {address}, reg {plate}. Applicant DOB {dob}.",
    ],
    "insurance": [
        "Reporting an accident: collision on {date} at {time} outside my house ({address}). Other driver {first} {last}, phone {phone}, insured with {insurer}. My policy number {policyno}.",
        "Claim {claim} submitted. Repair at {garage} quoted {amount}. Please pay the settlement to {iban}, name {first} {last}.",
        "The assessor is coming {date}. Photos emailed to {email}. Policy {policyno}, claim ref {claim}. Excess is {amount} right?",
        "V5C logbook lost after a break-in. Policy {policyno}, DOB {dob}, address {address}. National Insurance number? not sure you need it. What do I do?",
        "Windscreen chip on the motorway. Policy no {policyno}, can someone come to {address}? I'm home after {time}",
        "Cancelled my policy but you're still taking {amount} a month from {iban}. Customer no {custno}. Want it back.",
    ],
    "connected": [
        "The {carapp} app says 'vehicle not paired'. Got verification code {otp} by text but it fails. Account {email}. Version {version}, error {err}.",
        "Phone-as-key stopped working. My app PIN is {pin}, I'm sure of it. Reg {plate}.",
        "I want to transfer the car to my wife in the app. My login: {email} pw {password}. New account should be {email}",
        "After update {version} the car wants the security code. Is it {pin4}? It's on a card with the handbook. Customer no {custno}.",
        "Fleet API integration returns 401. We use key {apikey} from server {ip}. Request ID {reqid}. Bearer token was {token}",
        "in-car wifi hotspot: name {ssid}, password {wifi}. kids can't connect. subscription {custno}",
    ],
    "account": [
        "can't get into my {leasco} account. username {username}, pwd {password}. 2FA code never arrives at {phone}",
        "Forgot password and the reset link at {url} errors out. My email is {email}, account number {custno}.",
        "New password set: {password} (old one was {password}). Still says 'incorrect combination'. Username: {username}",
        "Code from the email: {otpw}. Doesn't work. Second code {otp} doesn't either. Now what?",
        "session keeps expiring, dev tools show token {token}. Is that normal? user {username}",
    ],
    "mixed": [
        "Hi, sorry my Dutch is not so good. Mijn tankpas werkt niet, card number {fuelcard}, PIN {pin4}. I'm {first}, mobile {phone}. Dank je!",
        "Hey, account locked na 3 pogingen. Username {username}, nieuw wachtwoord {password}. Ticket {ticket}",
    ],
}

PUBLIC = [
    "{mention} been waiting {dur} on the hard shoulder with two kids in the car. Job {ticket}. Not good enough {hashtag}",
    "Third time the charger throws {err} {mention} I'm done {hashtag} {hashtag}",
    "{mention} please call me back on {phone}, can't get through your phone menu. Agreement {leaseno}",
    "Why is {mention} charging {amount} for a scratch that was there at delivery?? Case {claim} {hashtag}",
    "{mention} your app update {version} broke the digital key. Locked out of my car at {time}. {url}",
    "Great service from {garage}, back on the road in {dur} {hashtag}",
    "{mention} emailed {email} on {date} and nothing back. Sort it out",
]

AGENT = [
    "Hi {first}, sorry your card isn't working! A replacement charge card is on its way to {address}. Your old card {chargecard} has been blocked. Thanks, {agent} {agent_init}",
    "Hi {first}, thanks for getting in touch. Could you DM us your account number? Never share your password or PIN, not even with us. You can also call {cphone}. {agent_init}",
    "Hi {first}, your direct debit now uses {iban}. The next payment of {amount} is taken on {date}. Agreement {leaseno}. {agent}",
    "Hello {first}, your claim is registered as {claim}. The assessor will call you on {phone}. Any questions, ring {cphone} (Mon-Fri {time}-{time}). {agent}",
    "Hi {first}, I've set a temporary password: {password}. Log in with username {username} at {url} and change it straight away. Kind regards, {agent} | {leasco}",
    "Hi! We've removed your post containing your PIN ({pin}) for your safety. A new one will be posted to {address}. {agent_init}",
    "Hi {first}, help is on the way, ETA {time}. Your job number is {ticket}. We'll ring {phone} when the patrol is close. {agent}",
    "Hi {first}, the code {otp} had indeed expired. A new one has been sent to {masked}. Let us know! {agent}",
]

GREETINGS = ["Dear {leasco} team,", "Dear Sir/Madam,", "Hi,", "Good morning,", "Hi {agent},", "Hello,", "To whom it may concern,", "Hey there,"]
CLOSINGS = ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Regards,", "Cheers,", "Thanks in advance,", "Sincerely,"]
SIGNATURES = [
    "{first} {last}\n{address}\nTel: {phone}",
    "{first} {last}\nFleet Manager | Clarke Logistics Ltd\nM: {phone}\nCompany No. {companyno} | VAT {btw}",
    "{first}\n\nSent from my iPhone",
    "{first} {last}\n{phone}\n{email}",
    "{first} {last} | Clarke Logistics\nT: {cphone} | M: {phone}\n{url}",
    "-- \n{first} {last}\nAccount no: {custno}",
]
DISCLAIMERS = [
    "This email and any attachments are confidential and intended solely for the addressee. Registered in England and Wales, company number {companyno}.",
    "Please consider the environment before printing this email.",
    "This message has been scanned for viruses.",
    "CONFIDENTIALITY NOTICE: If you received this in error, please delete it and notify the sender.",
]
QUOTE_INTROS = ["On {date}, at {time}, {agent} from {leasco} wrote:", "On {date} {first} {last} <{email}> wrote:",
                "-----Original Message-----\nFrom: {first} {last} <{email}>\nSent: {date} {time}\nTo: {agent}\nSubject: RE: case {ticket}",
                "On {date} at {time}, {leasco} Customer Care wrote:"]
FORWARDS = ["---------- Forwarded message ---------\nFrom: {first} {last} <{email}>\nDate: {date}\nSubject: fuel card and PIN\nTo: <{email}>",
            "Begin forwarded message:\n\nFrom: {first} {last} <{email}>\nDate: {date} {time}\nSubject: Fwd: accident form"]
QUOTE_BODIES = [
    "Hi {first}, could you send your account number and the registration? Then I'll look into it. Reference {ticket}.",
    "Dear {first}, your request is being handled. Expect a reply within {dur}. Your account number is {custno}.",
    "Hi {first}, we've received your IBAN {iban}. The refund of {amount} will follow.",
    "Hi {first}, the key safe code is {pin}. Key is in slot 3.",
]

BODIES["extras"] = [
    "Phone locked after 3 wrong SIM PINs so the digital car key won't work. PUK on my contract is {puk}? Old PIN {pin4}. Number {phone}.",
    "Work phone (for the mileage app) is asking for a PUK. The SIM holder says PUK {puk} / PIN {pin4}. Is that right? Subscriber no {custno}",
    "Hire car deposit failed. Card {card}, valid thru {expiry}, CVV {cvv}. Picking up after flight {flight} on {date}.",
    "I'll pay for the damage myself. card {card} exp {expiry} security code {cvv}. invoice {invoice}, amount {amount}.",
    "For the fleet system integration: API key {apikey}, token {token}. Firmware checksum ({checksum}) doesn't match the website.",
    "Trip export fails. Authorization: Bearer {token} ; endpoint {url}, request {reqid}. sha256 of the file {checksum}. Anyone?",
    "Ordered a spare key ({product}), shipped with {tracking}. Locker PIN at the dealer for pickup: {pin}.",
    "Think my fuel card {fuelcard} got skimmed, {amount} of transactions in France. Expires {expiry}. New card sent with {tracking}? Send the PIN to {address} please.",
    "Charger {model}, firmware {version}. Web UI login: user {username}, password {password}. Reachable at {ip}:{port}",
    "Rental booked for arrival of flight {flight} at {time}. Paid with {card} ({expiry}). Driver DOB {dob}.",
]

BODIES["account"] += [
    "For the telematics link you gave us key {apikey} but it returns 403 from {ip} (and from {ip} too). Do I need a new password for account {username}? Currently it's {password}",
    "I think our dealer portal at {garage} got hacked: login attempts from {ip}. User {username}, password now changed to {password}. The old API key {apikey} needs revoking please.",
]
BODIES["fleet"] += [
    "Driver has left, please revoke his personal access token {token} and the key pair {awsid} / {awssecret}. He was logging in from {ip}.",
]

FILLER_LINES = [
    "I need the car every day for work so I'd appreciate a quick answer.",
    "I've already rung twice but got transferred each time and then the line dropped.",
    "Honestly I'm getting fed up, this is the third time this year something has gone wrong with the lease.",
    "My employer also wants written confirmation, could you send that along?",
    "Sorry for the long email but I'd like to get this sorted in one go.",
    "Photos and a scan of the form are attached (hopefully).",
]
