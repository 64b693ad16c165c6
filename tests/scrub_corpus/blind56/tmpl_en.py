"""English (en-gb / en-us) templates."""
G = {}
G[("pub", "payout")] = [
    "{mention} been waiting {qty} for my payout of {amount}. Seller ID {cust}. Sort it out {tag}",
    "{mention} payout {payref} failed AGAIN with {err}. My bank details haven't changed!! {tag}",
    "lol {mention} takes {pct} and still can't pay on time {tag}",
    "{mention} why does my payout go to {iban} when I changed it weeks ago?",
    "Anyone else not been paid by {mention} since {date}? {tag}",
]
G[("pub", "buyer")] = [
    "{mention} order {order} says delivered at {time} but nothing here. Tracking {track} {tag}",
    "{mention} please call me on {phone}, nobody is answering about order {order}",
    "{mention} return {ticket} dropped off on {date}, still no refund of {amount}",
    "Love my new {sku} from {shop} on {mention} {tag}",
    "{mention} my account {email} keeps getting locked whenever I try to check out",
]
G[("pub", "gig")] = [
    "{mention} driver app on {ver} keeps crashing. Driver ID {cust}. Losing jobs here {tag}",
    "{mention} as a host I'm still waiting on payment for listing {listing} {tag}",
    "{mention} getting {err} every time I try to go online. {qty} lost today",
    "Delivered {qty} last week for {mention} and got {amount}. Minimum wage who? {tag}",
]
G[("cust", "payout")] = [
    "Hi, I updated my bank account to {iban} but the payout on {date} ({amount}) still went to the old one ({iban#2}). Seller ID {cust}. Can you reverse it?",
    "hello\npayout {payref} never arrived. amount was {amount} for {qty}. partner no. {cust}\nbank: {iban}\nneed this asap, rent is due",
    "My payouts have been on hold for {qty} with code {err}. I've sent everything: company number {kvk}, VAT {vat}, account {iban}. What else?",
    "Why was {pct} deducted from statement {invoice}? Total was {amount}. Account {cust}.",
    "Can you send future payouts to this account instead please:\n{iban}\nAccount holder {name}\nThanks",
    "Got a W-9 / tax form request for {year}. My EIN is {vat}, but I'm a sole prop. Do you need more? Account {cust}",
]
G[("cust", "login")] = [
    "Can't get into my seller account. Username: {user}, password {pw}. Reset emails aren't arriving at {email}.",
    "Someone logged into {user} from {ip} at {time} - wasn't me! Changed my password from {pw} to {pw#2}. Has my bank account been changed too?",
    "the text code was {otp} but it says invalid. login is {user}",
    "Partner portal login:\nuser: {user}\npass: {pw}\ncan you check why I get {err}",
    "I keep getting verification codes ({otp}) I didn't ask for?! My email is {email}, phone {phone}",
    "code they read out to me was {otpw}, still doesn't work",
    "Driver app won't let me in. email {email}, password is {pw}. Phone is a {model}, app {ver}.",
]
G[("cust", "apikey")] = [
    "Our WooCommerce integration has returned {err} since {date}. Consumer key {apikey}, consumer secret {apikey#2}. Webhook on port {port}. SHA-256 of the last export: {sum}",
    "Here's the API key you asked for: {apikey}\nStore ID {cust}, plugin {ver}.",
    "I accidentally pushed our live key {apikey} to a public repo. Please revoke it! Last request id: {reqid}",
    "Integration failing. Header was Authorization: Bearer {token}\nResponse {err} on port {port}, request {reqid}",
    "We use access token {token} for inventory sync. Since {ver} SKUs like {sku} don't come through.",
    "AWS creds for the export bucket: key id {awsid}, secret {awssecret}. Feed checksum {sum}.",
]
G[("cust", "verify")] = [
    "For ID verification: DOB {dob}, address {addr}. Company no. {kvk}.",
    "Your DAC7 form asks for my Dutch BSN, it's {bsn}. I live at {addr}, born {dob}.",
    "My identity check has been 'pending' since {date}. Date of birth {dob}, phone {phone}.",
    "details for verification\nname: {name}\nDOB: {dob}\naddress: {addr}\nemail: {email}",
]
G[("cust", "buyer")] = [
    "Order {order} never arrived. Tracking {track} says delivered {date} at {time}. I live at {addr} and nothing was left. Paid with {masked}.",
    "Return logged for item {sku} (order {order}). Please refund to {iban}. Paid with card {masked}.",
    "Wrong address on {order}, should be {addr}. Phone for the courier: {phone}",
    "My card keeps getting declined: {card}, exp {exp}, CVV {cvv}. What am I doing wrong?",
    "I've been charged {amount} twice for {order}. Invoice {invoice}. Customer number {cust}.",
    "Parcel went back to sender ({track}). Please resend to {addr}, ring {phone} if there's a problem",
    "card details for the repayment on {order}: {card} expires {exp} security code {cvv}. total {amount}",
]
G[("cust", "host")] = [
    "Hi {fname}! Welcome to the flat. Key safe by the door, code {pin}. Wifi is {ssid}, password {wifi}. Any issues text me on {phone}.",
    "My guest lands on {flight} at {time}. Can you pass on the door code {pin}? Booking {order}, listing {listing}.",
    "Payout for reservation {order} ({amount}, {qty}) still pending. Host ID {cust}. Account {iban}.",
    "New lockbox code is {pin} (old one was {pin#2}). WiFi key stays {wifi}. Meter reading at checkout: {meter}.",
    "Guest reset the router ({model}). New admin password is {pw}, network {ssid} key {wifi}.",
    "Host question: guest {name} wants early check-in, flight {flight} lands {time}. I'll send the key safe code {pin} through the app, ok?",
    "Final settlement for listing {listing}: meter at check-in {meter}, at checkout {meter#2}. Deposit {amount} back to {iban} please. Guest flew in on {flight}.",
]
G[("cust", "rider")] = [
    "Phone got nicked mid-shift. Ordered a new SIM, PUK is {puk}. Rider ID {cust}, new number {phone}.",
    "Did {qty} in the week of {date} but only got {amount}. Courier ID {cust}. Can someone check?",
    "Padlock code for the hub bike store is {pin}, can you give it to the new riders? Scooter reg {plate}.",
    "Driver here. Account deactivated after a background check, code {err}. Licence is under {name}, DOB {dob}. Call me {phone}",
    "New SIM arrived, phone says PUK locked. Card says PUK {puk}. Need to be online by {time}, courier ID {cust}.",
    "is the PUK {puk} the one on the SIM holder? my SIM PIN was {pin} before it locked. rider {cust}",
]
G[("cust", "freelance")] = [
    "Client hasn't paid contract {order} ({amount}). My freelancer profile: {url}. Account no. {cust}.",
    "Trying to change my payout method to {iban} but it wants a code. Code from the email: {otp}.",
    "Invoice {invoice} is wrong, the service fee is {pct} not {pct#2}. VAT {vat}.",
]
G[("agent", "payout")] = [
    "Hi {fname}, thanks for reaching out. Payout {payref} of {amount} bounced because account {iban} isn't in your name. Could you update it in Seller Central? Thanks, {agent}",
    "Hi {name}, your payout is scheduled for {date}. You can also call us on {cphone}. Case {ticket}. Kind regards, {agent}",
    "Hey! Please never share your password with us, even in DMs. We'll never ask for it. Your case is {ticket}. ^{agent}",
    "Hi {fname}, we've checked partner account {cust}. The bank account on file ends in {masked}. Next payment {date}. Best, {agent}",
    "Sorry for the wait! I've passed your new account {iban} to our finance team. Allow up to {qty}. Ref: {payref}. {agent}",
]
G[("agent", "account")] = [
    "Hi {fname}, we've temporarily locked account {user} after a sign-in from {ip}. Please reset your password at {url}. Case {ticket}. {agent}",
    "Hi! I've sent a fresh link to {email}. If it doesn't work, give us a ring on {cphone}. Cheers, {agent}",
    "Thanks for your patience. Your verification is approved: company number {kvk} and VAT {vat} are linked to seller ID {cust}. {agent}",
    "Hi {fname}, your API key {apikey} has been revoked. Generate a new one at {url} and add it to your plugin ({ver}). {agent}",
    "Hello, the carrier shows order {order} as delivered ({track}). We've opened an investigation, case {ticket}. Kind regards, {agent}",
]
