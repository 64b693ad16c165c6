"""English templates (rendered as en-gb or en-us; values follow the chosen locale)."""
G = [
("wedding", "chat", [
 "Hi! We paid the {n:amount} deposit for the {n:date} wedding from account {p:iban}, can you confirm? Our booking ref is {n:order_number} and client no. {p:customer_number}",
 "hey the lockbox at the barn - code you gave us was {p:pin=door} but it wont open. we're arriving {n:time} with {n:quantity}",
 "Can you send the contract to my fiancé instead? {p:email}, cell {p:phone}. thx",
 "Planner portal login: {p:username} pw {p:password} — says {n:error_code} every time I try to upload the seating chart",
]),
("wedding", "mail", [
 "Hi {f:agent},\n\nFollowing up on our call on {n:date}, here are the details for the venue contract:\n\nBride: {f:name}\nDOB: {p:date_of_birth}\nHome address: {p:address}\nMobile: {p:phone}\n\nWe're happy with the package for {n:quantity} at {n:amount} per head and the {n:percentage} off the bar tab. Guests from Amsterdam land on {n:flight_number} so the shuttle needs to leave by {n:time}.\n\nThe balance will be paid by card: {p:card}, exp {p:card_expiry}, security code {p:cvv}.",
 "Hello,\n\nWe got a reminder that invoice {n:invoice_number} ({n:amount}) is overdue, but we paid it on {n:date} by bank transfer from {p:iban}. Our client number is {p:customer_number}. Could you check and stop the reminders please? It's stressful enough planning this thing!",
]),
("tax", "chat", [
 "Hi, the HMRC/IRS code that just came through is {p:otp}, go ahead and log in",
 "My login for your client portal is {p:username} and password {p:password}. I can't see my {n:year} return",
 "Refund should go to {p:iban} not the old account please. My DOB is {p:date_of_birth} if you need to verify",
 "you asked for my partner's date of birth for the joint filing - it's {p:date_of_birth}. and her mobile is {p:phone}",
]),
("tax", "mail", [
 "Dear {f:agent},\n\nPlease find below the information you requested for my self assessment:\n\n- Date of birth: {p:date_of_birth}\n- Address: {p:address}\n- Bank details for the refund: {p:iban}\n- Client reference with you: {p:customer_number}\n\nThe total for expenses is {n:amount} and I worked {n:quantity} from home. Your invoice {n:invoice_number} was paid on {n:date}.\n\nKind regards",
 "Hi,\n\nI'm trying to use the new bookkeeping integration. It fails with {n:error_code}. I used the API key {p:api_key} and then generated a personal access token: {p:token}\nRequest ID from the error page: {n:request_id}\nWe're on {n:version_string}. Company number {n:company_registration}.",
]),
("parking", "chat", [
 "Your app charged me twice, {n:amount} on {n:date}. Card ending {n:masked_value}. Account email {p:email}",
 "parking session wont end!!! been {n:quantity}. acct no {p:customer_number}",
 "Got the verification text: {p:otp}. still says invalid. number on the account is {p:phone}",
 "please update my card to {p:card} expiry {p:card_expiry} cvc {p:cvv}, the old one was cancelled",
]),
("parking", "mail", [
 "To whom it may concern,\n\nOn {n:date} at {n:time} I paid for parking through your app (version {n:version_string}) and still received a penalty charge notice, PCN {n:ticket_number}, for {n:amount}.\n\nMy details:\nName: {f:name}\nAddress: {p:address}\nAccount number: {p:customer_number}\nEmail: {p:email}\n\nPlease cancel the PCN and refund the session to my card.",
 "Hi team,\n\nOur fleet integration has been returning {n:error_code} since {n:date}. AWS access key ID we configured: {p:api_key=awsid}\nSecret: {p:api_key=awssecret}\nSession token: {p:token}\nrequest-id {n:request_id}. Server IP {p:ip_address}, port {n:port}.",
]),
("micromobility", "chat", [
 "scooter locked up mid ride and I'm still being charged, {n:amount} so far. email on acct is {p:email}",
 "lost my wallet, please freeze the card on my account {p:card} exp {p:card_expiry}",
 "I got fined for parking the bike outside the zone but it was in the dock at {n:time}. member number {p:customer_number}",
 "the code is {p:otp=words} but the app keeps saying try again",
]),
("micromobility", "mail", [
 "Hello,\n\nOn {n:date} I was injured when one of your e-scooters (ID {n:product_code}) braked by itself. My phone ({n:model_number}) was smashed and the walk-in clinic billed me {n:amount}.\n\nFor the claim:\n{f:name}\n{p:address}\nDOB {p:date_of_birth}\nPhone {p:phone}\nUsername on the app: {p:username}\n\nPlease get back to me within {n:quantity}.",
 "Since updating to {n:version_string} I can't get in. It asks for a PIN, I set {p:pin} and it's rejected. Reset the password to {p:password} — nothing. My IP is {p:ip_address} in case you block VPNs. Subscription number {p:customer_number}.",
]),
("cleaning", "chat", [
 "Hi, cleaner is booked for tomorrow {n:time}. Key safe code {p:pin=door}, alarm code {p:pin=4}. Dog is friendly!",
 "Can you send invoices to {p:email} from now on? Address stays {p:address}",
 "wifi for the robot vac: network is SKY-ABC12, password {p:wifi_key}",
 "Please pause my plan ({p:customer_number}) from {n:date} to {n:date=2}, we're away",
]),
("cleaning", "mail", [
 "Hello,\n\nI'd like to set up a fortnightly deep clean at our new place:\n\n{p:address}\n\nIt's {n:quantity} over three floors. Best reached on {p:phone} or my husband on {p:phone=2}. The gate code is {p:pin=door}.\n\nPlease take payment from {p:iban} by direct debit.",
 "I'm writing to complain about the clean on {n:date}. A lamp was broken (worth {n:amount}, product code {n:product_code}). Your team said insurance would cover it. My account number is {p:customer_number} and date of birth {p:date_of_birth} since your colleague asked. I'm not paying invoice {n:invoice_number} until this is sorted.",
]),
("repair", "chat", [
 "Phone's with you for a screen fix ({n:model_number}). Passcode is {p:pin=6}, Apple ID {p:email} password {p:password}",
 "SIM locked after the repair. PUK from the card: {p:puk}, SIM PIN {p:pin=4}",
 "Your tech couldn't get into the router. Admin password is {p:password}, wifi key {p:wifi_key}, router at {p:ip_address=lan}",
 "any update on repair {n:order_number}? been {n:quantity}",
]),
("repair", "mail", [
 "Hi {f:brand} team,\n\nI'm dropping off my laptop ({n:model_number}, build {n:version_string}) tomorrow. To recover the data you'll need:\n\nUser: {p:username}\nPassword: {p:password}\nThe recovery code Microsoft sent me: {p:otp}\n\nThe backup drive checksum is {n:checksum}. Call me on {p:phone} if it's going to take more than {n:quantity}.",
 "The remote session dropped. Our static IP is {p:ip_address}, RDP on port {n:port}. Admin token from the dashboard: {p:token}\nAPI key for the monitoring agent: {p:api_key}\nInvoice to the company please, reg no {n:company_registration}.",
]),
("any", "pub", [
 "{n:mention} been on hold for {n:quantity} on {n:company_phone}. Absolute joke {n:hashtag}",
 "{n:mention} emailed you 3 times about {n:ticket_number}, nothing. Just call me: {p:phone}",
 "why is {n:mention} DMing me asking for my password?? I sent {p:password} like an idiot {n:hashtag}",
 "{n:mention} your site {n:url} throws {n:error_code} at checkout and I've been charged {n:amount} twice {n:hashtag} {n:hashtag=2}",
 "{n:mention} my account number is {p:customer_number}, why has my bill gone up {n:percentage}??",
 "{n:mention=user} same here with {n:mention}, since {n:date} and still nothing",
]),
("any", "agent", [
 "Hi {f:first}, sorry you're having trouble logging in! I've unlocked your account ({p:email}). You can set a new password at {n:url}. Thanks, {f:agent}",
 "Thanks for that. I can see the payment of {n:amount} on {n:date} from the account ending {n:masked_value}. Case ref {n:ticket_number}. ^{f:agent}",
 "Hi {first_name}, to help we'll need your account number. Please never share your password with us! You can call us on {n:company_phone} until {n:time}. {f:agent}",
 "Hi {f:first}, I've updated your address to {p:address} and your number to {p:phone}. Confirmation is on its way to {p:email}. {f:agent}",
 "Hi {f:first}, your refund of {n:amount} (invoice {n:invoice_number}) will reach {p:iban} within {n:quantity}. Best, {f:agent}",
 "Hi! We've sent a code [CODE] by text to {n:masked_value}. Nothing arrived? Make sure you're on {n:version_string}. ^{f:agent}",
 "Account {p:customer_number} still shows your old address. Is {p:address} still right? If not pop us a DM. {f:agent}",
 "Hi {f:first}, your appointment is {n:date} at {n:time}, reference {n:order_number}. See you then! {f:agent}",
]),
]
G += [
("any", "chat", [
 "Getting {n:error_code} in the app ({n:version_string}). Our API key is {p:api_key} and the token {p:token}",
 "integration with our accounting software is failing: key {p:api_key} / bearer {p:token}, error {n:error_code}",
 "New SIM asking for a PUK: {p:puk}. Handset is a {n:model_number}",
 "{n:model_number} back from repair and the SIM's locked, PUK {p:puk} doesn't work",
 "wifi key is {p:wifi_key}, router on {p:ip_address}, port {n:port} forwarded",
 "For the install: wifi password {p:wifi_key}, router IP {p:ip_address}, port {n:port}",
 "Paid with card {p:card} ({p:card_expiry}), CVV {p:cvv}, reference {n:request_id}",
 "card no {p:card} exp date {p:card_expiry} 3 digits on the back {p:cvv} - only got {n:request_id} on screen",
 "My login is {p:username}, DOB {p:date_of_birth}, file checksum {n:checksum}",
 "username {p:username} and date of birth {p:date_of_birth}. SHA of the upload: {n:checksum}",
]),
("any", "mail", [
 "Hello,\n\nFollowing my call to {n:company_phone}: my username is {p:username}, old password {p:password}, new one {p:password=new}. The text code {p:otp} only arrived after {n:quantity}.\n\nAlso my date of birth is wrong on file: it should be {p:date_of_birth}, not {n:date}. Account {p:customer_number}, address {p:address}.",
 "Hi,\n\nAs discussed on the phone ({n:company_phone}), the login is {p:username}. Password was {p:password}, I've changed it to {p:password=new}. Verification code {p:otp} had already expired.\n\nYour records have my DOB wrong, it's {p:date_of_birth}. Account no. {p:customer_number}. Home address: {p:address}.",
]),
]
