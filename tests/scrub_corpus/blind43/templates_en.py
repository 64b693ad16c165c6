"""English templates: en-gb, en-us."""

T = {}

T[("en-gb", "chat")] = [
    "Card {card}, expiry {exp}, CVC {cvv} - it's been declined twice for the {amount} deposit. Can I pay from {ibanf} instead?",
    'House was built in {year}, solid walls. The survey said {qty}. Part {prod} still on backorder, tracking {track}',
    "I'm away until {date} (flight {flight}), engineer can use key safe code {door}, alarm code {pin}",
    "downloaded the firmware, sha256 {hash} doesn't match. login {user} pw {password}",
    "Hiya, boiler's packed in again ({err} on the display). I'm at {addr}. Engineer can get the key from the key safe by the back door, code {door}",
    "still waiting on my deposit back, {amount}. sort it out pls. Account {iban}, name {name}",
    "new mobile is {phone}, email {email}. tenancy ref {contract}",
    "smart meter stopped sending readings on {date}. MPAN {ean}, MPRN {mprn}. Reading today {reading}",
    "Changed broadband, new network {ssid}, password {wifi}. The {brand} inverter won't reconnect, any tips?",
    "Can't log in to the app. username {user} password {password}, getting {err} every time",
    "The code you texted me was {otp} but it says expired?",
    "Battery ({model}) stuck at {pct} since firmware {ver}. Local IP {ip}, port {port}",
    "Policy number {policy}, claim ref {claim}. Loss adjuster can ring me on {land} or mobile {phone}",
    "paid the survey fee on card {card} exp {exp} security code {cvv}, order {order} still says pending",
    "DOB is {dob} and postcode is in my address, {addr}. That enough to verify?",
    "is the communal door code still {door@old} or did it change to {door@new}?",
    "ok the code is {otpw}, reading it off my husband's phone",
    "the SIM in the heat pump's 4G dongle is locked, PUK {puk}. what was the PIN, {pin}?",
    "For the Octopus-style API I generated a token: {token} - is that what the installer needs?",
]

T[("en-gb", "public")] = [
    "{mention} 3 weeks of black mould and no one's been out. Ref {ticket}. Disgraceful {tag}",
    "{mention} leaking roof at {addr} since {date}. Fix it. {tag} {tag@2}",
    "Shout out to {mention}, engineer sorted the heat pump same day {tag}",
    "{mention} why is my direct debit suddenly {amount}?? ring me {phone} {tag}",
    "{url} is down again, error {err}. How am I meant to submit readings {mention}",
]

T[("en-gb", "agent")] = [
    "Hi {first}, sorry to hear the boiler's playing up again. I've raised repair {ticket} and an engineer will call you on {phone} to book in. Thanks, {agent}",
    "Hi there, could you DM us your account number and postcode so we can take a look? Please never share your password with us. ^{initials}",
    "Dear {{FirstName}}, your deposit of {amount} will be returned to the account ending {maskiban} within 10 working days. Any questions, call {cphone}. Kind regards, {agent}, {landlord}",
    "Hi {first}, I've updated your address to {addr} from {date}. Closing readings {reading} and {reading@2} received. {agent}",
    "Thanks {first}, I've added {email} to account {cust}. You'll get a confirmation shortly. ^{initials}",
    "Hi {first}, your claim {claim} is with our team. An adjuster will contact you on {phone}. Upload photos at {url}. {agent} - {insurer}",
    "Hi {first}, firmware {ver} for your {model} is scheduled for {date}. Cheers, {agent} ({installer})",
]

T[("en-gb", "email")] = [
    'Please change my rent payments to card: {card}, expiry {exp}, CVC {cvv}. Tenancy ref {contract}. Also my mobile has changed to {phone} (old one {maskphone}).',
    "The house is a {year} semi. The installer's quote ({order}) lists part {prod}, now out of stock. Tracking for the panels is {track}. Account {cust}. For the monitoring they need our wifi: {ssid}, key {wifi}.",
    "I reported damp in the back bedroom on {date} (repair ref {ticket}) and nobody has been out. The property is {addr}. I work days, so the operative can use the key safe, code {door}. Please call me on {phone} to confirm a time.",
    "Please find my details for the battery registration below:\n\nName: {name}\nAddress: {addr}\nEmail: {email}\nPhone: {phone}\nMPAN: {ean}\nBank (for export payments): {iban}\n\nSystem is a {model}, installed by {installer} on {date}.",
    "I submitted a contents claim for water damage last month (claim {claim}) and haven't heard back. Policy number {policy}. The quote came to {amount}. Please pay into {iban}. Invoice {invoice} attached.",
    "Since the app updated to {ver} I can't sign in. Username {user}, password {password}, it always worked. I get the 2FA text ({otp}) and then error {err}. Request ID shown: {reqid}.",
    "We're moving on {date} from {addr@old} to {addr@new}. Please move my tariff across (account {cust}). Closing reading {reading}, gas {reading@2}.",
    "Following our call at {time} today, here are my details for the remortgage: mortgage account {loan}, date of birth {dob}. The valuation on {date} came back at {amount}.",
]

T[("en-us", "chat")] = [
    'card {card} exp {exp} cvv {cvv} got declined for the {amount} deposit, can I just ACH from {ibanf}?',
    'house built {year}, panels {qty}. replacement part {prod} shipped, tracking {track}, not here yet',
    'flying out on {flight} {date}, lockbox code {door}, alarm {pin}. address is {saddr}, {city}',
    'firmware checksum {hash} doesnt match what your site shows. my login {user} / {password}',
    'the SIM in the battery gateway wants a PUK: {puk}. wifi key on the sticker is {wifi}',
    "hey, AC died again, error {err} on the thermostat. unit is {addr}. lockbox code is {door} if nobody's home",
    "still haven't gotten my security deposit back ({amount}). send it to {iban} please, name {name}",
    "new cell is {phone}, email {email}. lease # {contract}",
    "Enphase app shows no production since {date}. system id {site}, API key {apikey}",
    "switched internet providers, new wifi is {ssid} pw {wifi}. {brand} gateway won't pick it up",
    "can't log into the portal. user {user} pass {password}. says {err}",
    "the verification code was {otp} but it keeps saying invalid",
    "Powerwall ({model}) stuck at {pct} after update {ver}. gateway IP {ip}",
    "Policy {policy}, claim {claim}. adjuster can reach me at {phone}",
    "I paid the install deposit with {card} exp {exp} CVV {cvv}, order {order} still pending??",
    "garage keypad code is {door}, alarm code {pin}. tech can let himself in",
    "it read out the code as {otpw} on the call",
    "my DOB is {dob} and account # {cust}, can you check why autopay failed",
    "Home Assistant integration wants a bearer token, I got this from the Enlighten portal: {jwt}",
    "SSN not needed right? just meter # {meter} and account {cust}. landline {land}",
]

T[("en-us", "public")] = [
    "{mention} no AC for 9 days in this heat. Ticket {ticket}. Unacceptable {tag}",
    "{mention} roof leak at {addr} since {date}, nobody shows up {tag}",
    "Huge thanks {mention}, panels are live and producing {qty} already! {tag} {tag@2}",
    "{mention} my bill jumped to {amount}?? call me {phone} {tag}",
    "{url} keeps throwing {err}, can't pay my mortgage {mention}",
]

T[("en-us", "agent")] = [
    "Hi {first}, sorry about the AC! I've opened work order {ticket} and a tech will call {phone} to schedule. Thanks, {agent}",
    "Hi there, please DM us your account number and service address so we can look into this. Never share your password or verification codes. ^{initials}",
    "Hi {{first_name}}, your deposit refund of {amount} was sent to the account ending {maskiban}. Questions? Call {cphone}. Best, {agent} | {landlord}",
    "Hi {first}, service at {addr} will start on {date}. Your new account number is {cust}. {agent}",
    "Thanks {first}, your claim {claim} is assigned. Your adjuster will reach out at {phone} or {email}. {agent} - {insurer}",
    "Hi {first}, we pushed firmware {ver} to your {model} on {date}. Should be back online within the hour. {agent} ({installer})",
]

T[("en-us", "email")] = [
    "I'd like to switch my rent payments to card. Card number {card}, expiration {exp}, CVV {cvv}. Billing address is {addr}. My lease number is {contract} and my cell changed to {phone}.",
    'The home was built in {year}. Your quote ({order}) lists part {prod} for the inverter, which appears discontinued. Tracking for the panels: {track}. Account {cust}. The installer also asked for our wifi: network {ssid}, key {wifi}.',
    "I submitted a maintenance request on {date} (ticket {ticket}) for the leak under the kitchen sink and nobody has come. The unit is {addr}. If I'm at work, the lockbox code is {door}. Please call me at {phone}.",
    "Here is the info you asked for to set up net metering:\n\nName: {name}\nService address: {addr}\nEmail: {email}\nPhone: {phone}\nUtility account: {ean}\nBank for credits: {iban}\n\nThe system is a {model} installed by {installer}.",
    "I filed a homeowners claim for hail damage (claim {claim}, policy {policy}). The roofer's estimate is {amount}. Please send payment to {iban}. Invoice {invoice} attached.",
    "Ever since the app went to {ver} I can't log in. Username {user}, password {password}. I get the text code ({otp}) and then error {err}. Request ID {reqid}.",
    "We close on {date} and move from {addr@old} to {addr@new}. Please transfer service (account {cust}). Final reading {reading}.",
    "For the refinance: loan number {loan}, date of birth {dob}. Appraisal on {date} came in at {amount}. My AWS-hosted dashboard for the solar uses key {awsid} and secret {awssecret} - your installer asked for read access, is that safe?",
]
