"""English (UK + US) templates."""

BODY_EN = [
    ('general', 'SIM blocked. PUK on the card holder is {puk} but it says wrong PUK. My number is {phone}.'),
    ('photo', 'Our print-on-demand shop connects with API key {apikey} and since {version} every upload fails with {err}.'),
    ('gym', 'The trainer app puts my access token in the link ({token}), is that meant to happen? Request id {reqid}'),
    ('funeral', 'Paying the funeral plan deposit by card: {card}, expiry {exp}, CVC {cvv}. Total {amount}.'),
    ("pharmacy", "Hi, I'm currently living in {country} and my repeat prescription is about to run out. Can you ship {qty} to {addrx}? DOB {dob}, patient ref {cust}."),
    ("pharmacy", "Can't log into the pharmacy app.\nusername: {user}\npassword: {pw}\nkeeps throwing {err}"),
    ("pharmacy", "pls call me back on {phone}, order {order} still hasn't arrived and I'm out of meds"),
    ("pharmacy", "The verification code you texted me ({otp}) had already expired by the time it arrived. Tried again at {time}, same thing."),
    ("pharmacy", "I'm a Dutch expat ordering from abroad, my BSN is {bsn} and date of birth {dob}. Please send to {addrx}, mobile {phonex}."),
    ("pharmacy", "Your courier left my medication with a neighbour at {addr}. Tracking {tracking}. Can someone ring me on {phone}?"),
    ("pharmacy", "Flying out on {date} ({flight}) and I need my prescription before then. Paid {amount} with card {card} exp {exp} CVV {cvv}, nothing has shipped."),
    ("pharmacy", "Text from {brand}: \"Your code is {otp}. Never share this code.\" I didn't request it?? Is someone in my account?"),
    ("funeral", "My mum passed away on {date}. She had a funeral plan with you, plan number {polis}. Her date of birth was {dob}. Please pay out to {iban}."),
    ("funeral", "Why has the premium on my funeral plan ({polis}) gone up {pct}? I live at {addr}, call me on {phone} after {time}."),
    ("funeral", "Could the order of service cards be delivered to {addr}? Invoice {invoice} for {amount} will be paid from {iban}."),
    ("lifeins", "I'd like to cancel my life cover. Policy no. {polis}.\nName: {name}\nAddress: {addr}\nDOB: {dob}\nPhone: {phone}\nEmail: {email}"),
    ("lifeins", "Locked out of the customer portal again. Login name {user}, I already reset the password to {pw} but still get {err}."),
    ("lifeins", "New email address is {email}, please stop using {email.2}. Policy {polis}."),
    ("photo", "My photo book (order {order}) still hasn't turned up, tracking {tracking} has said 'in transit' for a week. Delivery address {addr}."),
    ("photo", "Ordered {qty} for {amount}, invoice {invoice}, and they arrived creased. Refund to {iban} please."),
    ("photo", "Our studio integration uses API key {apikey} and since this morning every call returns {err} (request id {reqid}). Plugin {version}."),
    ("photo", "Uploaded file fails verification, sha256 {checksum}. Order {order}. Is it me or you?"),
    ("photo", "oops, pasted our AWS key id {awsid} and secret {awssecret} into ticket {ticket}, can you delete that message"),
    ("photo", "Bearer token {token} keeps expiring after 5 minutes since the {version} update."),
    ("gym", "My membership {member} was charged twice ({amount}) on {date}. Card ending {masked}. Sort it out please."),
    ("gym", "Want to book {qty} with {fname}. Reach me at {email} or {phone}."),
    ("gym", "Locker code {pin} doesn't open my locker anymore and my member number {member} isn't recognised at the gate."),
    ("gym", "Guest wifi {ssid} asks for a key, front desk said {wifi} but my {model} won't connect."),
    ("gym", "Please freeze my membership from {date}. Member no {member}. Direct debit comes out of {iban}. New mobile {phone}."),
    ("hair", "Need to move my appointment on {date} at {time}. Name {name}, mobile {phone}."),
    ("hair", "Paid for my facial with card {card} (exp {exp}, security code {cvv}) and got charged {amount} twice."),
    ("hair", "Your booking app sent code {otp} but says invalid. On version {version} on a {model}."),
    ("hair", "Gift voucher {product} worth {amount} won't redeem online. Account {email}, password {pw} if you want to check."),
    ("moving", "Moving day is {date}, from {addr} to {addr.2}. Key safe code is {pin}, gate code {pin.2}. Contact {fname} on {phone}."),
    ("moving", "Meter readings at the old place: electric {meter}, gas {meter.2}. Customer number {cust}."),
    ("moving", "After the move the router admin password is {pw}, wifi key {wifi} (SSID {ssid}). Public IP {ip}, port {port} closed."),
    ("moving", "Quote {invoice} received, {amount} inc VAT. Deposit will come from {iban}. Account no. {cust}."),
    ("moving", "We're relocating to {country}! New address {addrx}, new number {phonex}. Account {cust}, please update."),
    ("general", "Phone locked after wrong PIN three times. Tried PUK {puk}, no luck. Number {phone}, account {cust}."),
    ("general", "my debit card got nicked, number {card}, PIN {pin}. BLOCK IT"),
    ("general", "The code the guy read out on the phone was {otpw} and it doesn't work"),
    ("lifeins", "For the application:\n* DOB - {dob}\n* address - {addr}\n* bank - {iban}\n* phone - {phone}\n* email - {email}"),
]

BODY_GB = [
    ("pharmacy", "Hiya, been on hold to {cphone} for 40 mins. Prescription ref {cust}, ring me back on {phone} ta"),
    ("moving", "Removal men turned up at the wrong house! We're at {addr} not next door. Booking {order}, call {phone}"),
    ("gym", "Cancelled my membership on {date} and you've STILL taken {amount}. Member {member}, account {iban}. Complaint ref {ticket}."),
    ("funeral", "Dad's funeral plan: plan no {polis}, his address was {addr}. I'm the executor, you can reach me on {phone} or {email}."),
    ("hair", "Booked a cut and colour for {date}, confirmation went to {masked} instead of {email}. Can you fix?"),
]
BODY_US = [
    ("pharmacy", "Ordering from the US, ship to {addr}. Card {card} exp {exp} CVV {cvv}. Order total {amount}."),
    ("moving", "Movers need the garage code, it's {pin}. Moving on {date}, address {addr}. Cell {phone}."),
    ("gym", "Trying to cancel my gym membership (member ID {member}) but the portal wants a code, I got {otp} via text and it fails."),
    ("lifeins", "Please update my beneficiary. Policy {polis}, DOB {dob}, mailing address {addr}, cell {phone}."),
    ("photo", "Where's my canvas order {order}?? UPS {tracking}. Ship-to is {addr}."),
]

AGENT_EN = [
    ("pharmacy", "Hi {fname}, sorry about the delay! Order {order} was dispatched on {date}, tracking {tracking}. Thanks, {agent}"),
    ("general", "Hi {fname}, please never share your password or PIN publicly. DM us your account number and we'll take a look. {agenti}"),
    ("funeral", "Dear {name}, we've added account {iban} to plan {polis}. Payment will follow within 5 working days. Any questions, call {cphone}."),
    ("moving", "Thanks! I've updated your address to {addr} on account {cust}. Your reference is {ticket}. {agenti}"),
    ("general", "The card ending {masked} is now blocked and a replacement is on its way. {agenti}"),
    ("lifeins", "Just to confirm: your date of birth is {dob} and your mobile is {phone}?"),
    ("hair", "Hi {macro_first}, your booking code is {macro_code}. See you soon at {brand}!"),
    ("gym", "Hi {fname}, your membership {member} is frozen from {date} and {amount} will be refunded to {masked}. {agent}"),
    ("photo", "Hey, the issue with API key {apikey} is on our side, fix ships in {version}. Ticket {ticket}."),
    ("moving", "Thanks for the key safe code ({pin}). The crew will be with you on {date} from {time}. Kind regards, {agent}, {brand}, {cphone}"),
    ("general", "Hi {fname}, I've sent a reset. Your temporary password is {pw}, please change it when you log in. {agenti}"),
    ("pharmacy", "Thanks {fname}, I've checked DOB {dob} and your prescription will go to {addrx}. International shipping is {amount}."),
    ("gym", "Hey! Guest wifi password changed, it's now {wifi}. Enjoy your workout! {agenti}"),
    ("lifeins", "We've received your request under reference {ticket}. More info at {url} or call {cphone}."),
]

GREET_EN = ["Hi,", "Hello,", "Dear Sir/Madam,", "Hi there,", "Good morning,", "Dear {brand} team,", "Hey {agent},", "To whom it may concern,"]
CLOSE_EN = ["Kind regards,", "Thanks,", "Best,", "Cheers,", "Regards,", "Many thanks,", "Thanks in advance,", "Sincerely,"]
SIG_EN = ["{name}", "{name}\n{addr}\nM: {phone}", "{fname}\n\nSent from my iPhone", "{name}\nMobile: {phone}\n{email}", "{name} | {phone}",
          "{name}\n--\nSent from Yahoo Mail on Android", "{fname}\nTel {phone}\nAccount: {cust}"]
QUOTE_HDR_EN = ["On {date} at {time}, {brand} Support wrote:", "On {date}, {agent} from {brand} wrote:",
                "-----Original Message-----\nFrom: {brand} Customer Care\nSent: {date} {time}\nSubject: RE: case {ticket}",
                "On {date} {time}, {name} <{email}> wrote:"]
FWD_EN = ["---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: order {order}",
          "Begin forwarded message:\n\nFrom: {name} <{email}>\nDate: {date} at {time}\nSubject: details"]
DISC_EN = ["This e-mail and any attachments are confidential and intended solely for the addressee.", "{brand} Ltd | {kvk} | {url}",
           "Please consider the environment before printing this email."]
AGENT_SIG_EN = ["Kind regards,\n\n{agent}\nCustomer Care, {brand}\n{cphone} | {url}\n{kvk}", "Best,\n{agent} | {brand} Support\nCall us: {cphone}",
                "Thanks,\n{agent}\n{brand}"]
PUBLIC_OPEN_EN = ["{mention} ", "{mention} {mention.2} ", "Hey {mention} ", "{mention} seriously?? ", ".{mention} "]
PUBLIC_TAIL_EN = [" {hashtag}", " {hashtag} {hashtag.2}", "", " #fuming"]
