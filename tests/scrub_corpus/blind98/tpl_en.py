"""English templates: UK and US government, shared e-commerce/bank/moving."""

GB = {}
US = {}
EN = {}

GB["gov"] = [
    "Can't get into my HMRC account. Government Gateway user ID {user}, password {pw}, and the access code {otp} never works. UTR {cust.utr}",
    "{mention} been on hold to {cphone} for 2 hours about my Self Assessment, UTR {cust.utr} {hashtag}",
    "Hi, I've moved to {addr} and my Universal Credit letters still go to {addr.street:2}. NI number {cust.nino}, DOB {dob}",
    "My child benefit stopped on {date}. Please pay into {iban} (account {cust.ukacct}). Phone {phone}",
    "GOV.UK One Login sent me security code {otp} but it says {err}. Email on the account is {email}",
    "Council tax: account ref {cust.generic}, property {addr}. I've been charged {amount} twice!",
    "DVLA keeps asking for my driving licence number and date of birth ({dob}). National Insurance {cust.nino}. Reach me on {phone}",
    "Student Finance login: {email} / pw {pw}. Secret answer doesn't work and I get code {err}",
]

US["gov"] = [
    "IRS ID.me won't take my code {otp}. SSN {cust.ssn}, DOB {dob}. Refund of {amount} still pending since {date}",
    "{mention} Login.gov keeps rejecting my one-time code {otp} {hashtag}",
    "Moved to {addr}, need my SSA letters there. Last 4 of my SSN is {masked.ssn}, phone {phone}",
    "DMV appointment {ticket}: name {name}, DOB {dob}, address {addr}, email {email}",
    "Unemployment portal: username {user} password {pw}. It locked me out after {time}",
    "Direct deposit for my tax refund goes to account {cust.usacct}. Is that right? Call me at {phone}",
    "Medicaid renewal: member ID {cust.member}, DOB {dob}, mailing address {addr}",
    "SNAP EBT card {card} is blocked, PIN was {pin.card}. Case number {ticket}",
]

EN["shop"] = [
    "{mention} my seller account {cust.seller} got suspended and my payout of {amount} is stuck. {hashtag}",
    "Return for order {order} was dropped off on {date}, tracking {track}, still no refund",
    "Our Stripe secret key {apikey.stripe} was pasted in a public Slack, please help us rotate it",
    "Shopify private app token {token.shpat} stopped working after update {ver}, error {err}",
    "Payouts should go to {iban}, not {iban:2}! Company reg {kvk}",
    "Someone logged into my eBay account from {ip} and changed the password. Old one was {pw}, username {user}",
    "Got a verification code {otp} I never asked for. My account email is {email}",
    "AWS creds for the marketplace integration: access key {apikey.aws_id}, secret {apikey.aws_secret}. Please delete this message after",
    "Return label for {order} (SKU {prod}) should be sent to {addr}, phone {phone}",
    "Etsy API keystring {apikey.etsy} and our OAuth token {token.oauth} both return {err}, request id {reqid}",
    "Refund details:\nName: {name}\nOrder: {order}\nAmount: {amount}\nCard used: {masked.card}",
    "Amazon SP-API refresh token {token.amzn} expired, seller id {cust.seller}",
]

EN["bank"] = [
    "{mention} my card was stolen, card number {card}, expires {exp}. Please block it {hashtag}",
    "I gave my PIN {pin.card} to someone claiming to be from the bank's fraud team. Account {cust.ukacct}",
    "Mortgage application {ticket}: applicant {name}, DOB {dob}, address {addr}, rate {pct}",
    "Online banking won't accept the code {otp}, phone {model} on app version {ver}",
    "There's a charge of {amount} on {card} I don't recognise. CVV {cvv}, expiry {exp}",
    "New card was sent to {addr} but I live at {addr:2} now. Customer number {cust.bank}",
    "Transferred {amount} to {iban} for a rental deposit, turned out to be a scam. Please call {phone}",
    "Loan account {cust.mortgage}: want to overpay {amount} on {date}, email me at {email}",
    "Card details:\n{card}\n{exp}\n{cvv}\nplease raise my limit",
    "Login ID {user}, passcode {pw}. Locked out since {time}, error {err}",
]

EN["move"] = [
    "Moving on {date} from {addr} to {addr:2}, about {qty}. Key safe code is {pin.keybox}",
    "Storage unit {cust.unit}, gate code {pin.gate} stopped working. Contract {cust.storage}",
    "{mention} movers turned up at {time} instead of {time:2} and scratched the wardrobe {hashtag}",
    "WiFi at the new place: {ssid}, password {wifi}. Engineer visits on {date}",
    "Inventory for storage:\n- {qty}\n- {qty:2}\n- sofa\nDeclared value {amount}. Unit {cust.unit}, access PIN {pin.gate}",
    "Please take rent for unit {cust.unit} from {iban}. My mobile {phone}",
    "The alarm code at the old house is {pin.alarm}, please give it to the crew arriving at {time}. Address {addr}",
    "Meter readings at {addr}: electric {meter}, gas {meter:2}",
    "Can't log into the storage app: username {user}, password {pw}, error {err}",
    "Quote {order} for the move on {date}, flight {flight} lands at {time}. Call me on {phone}",
]
