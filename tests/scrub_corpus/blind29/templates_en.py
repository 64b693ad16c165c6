"""English frames (used for en-gb and en-us)."""

PLAIN = [
    "t|No broadband since {n.date} in {city}. Router ({n.model}) just flashes orange. Any ETA??",
    "t|hi my internet keeps dropping every night around {n.time}, already restarted the router like 5 times",
    "t|I'd like to cancel my {product} plan from {n.date}. What's the process and is there a fee?",
    "t|Why is my bill {n.amount} this month when it's normally {n.amount}? Invoice {n.inv}",
    "t|Signal on the train is absolutely useless, calls drop every 2 mins",
    "t|Massive thanks to the engineer who came out today, sorted in 20 mins 🙌",
    "t|Moving house on {n.date}, can I take my broadband with me? I'm on {product}",
    "t|TV box showing error {n.err} after the update to {n.ver}. Black screen",
    "t|Is there an outage? {n.url} says all fine but the whole street is down since {n.time}",
    "t|I was promised a {n.amount} credit on my last bill and it's not there. Ticket {n.ticket}",
    "e|My direct debit went up to {n.amount} a month, that's {n.pct} more. Can I change it myself?",
    "e|Hello, the annual statement is wrong. It shows a reading of {n.meter} but I submitted {n.meter}.",
    "e|Power cut on our road since {n.time}, any idea when it's back? Freezer is full",
    "e|We're moving out on {n.date}, how do I give a final meter reading?",
    "e|Just wanted to say your advisor on the phone this morning was brilliant. Thank you!",
    "e|Smart meter ({n.model}) hasn't sent readings for a week, app version {n.ver}",
    "e|Got a letter saying I owe {n.amount} but I switched to you in {n.year} and always paid on time",
    "b|App is down AGAIN, error {n.err}. I need to pay rent today",
    "b|How do I order a second card for my partner? Is there a charge",
    "b|There's a payment of {n.amount} on {n.date} I don't recognise. What should I do?",
    "b|What's the interest rate on the {product} now? Website says {n.pct}",
    "b|Transfer of {n.amount} still pending after 3 days. Reference {n.req}",
    "s|Where is my order {n.order}?? Was due {n.date}, nothing yet",
    "s|Parcel {n.track} has been 'in transit' for 5 days now",
    "s|Ordered {n.qty} but only 2 came in the box. Order {n.order}",
    "s|My {product} arrived broken, how do I return it? Item {n.prod}",
    "s|Delivered before {n.time}, brilliant service thanks!",
    "s|Sent my return back on {n.date} ({n.track}) and still haven't had my {n.amount} refunded",
    "s|Discount code for {n.pct} off isn't working at checkout, says {n.err}",
    "s|Driver left my parcel in the bin 🙄 order {n.order}",
    "*|Been on hold at {n.cphone} for 50 minutes. Unreal.",
    "*|Your chatbot is useless and case {n.ticket} still hasn't been answered",
    "*|Do you have an email address I can send a complaint to? Phone lines are always busy",
    "*|Thanks for sorting it, really appreciate it",
]

CRED = [
    "t|Can't log into My {brand}. Username {user} password {pw} and it just says {n.err}",
    "t|phone says SIM blocked, found the PUK on the card: {puk}. do I just type that in? dont want to break it",
    "t|Forgot my SIM PIN, tried {pin} three times, now it's asking for a PUK",
    "t|wifi password on the back of the {n.model} is {wifi} but my laptop won't connect to {ssid}",
    "t|Not getting the text code. Oh wait here it is: {otp}. What do I do with it?",
    "t|Can you reset my wifi key? Current one is {wifi} and half the street knows it lol",
    "t|New router. Admin password on the sticker is {pw} but can't get into the settings page, error {n.err}",
    "t|my voicemail pin is {pin} right? keeps saying incorrect",
    "t|The network key got changed somehow. It was {wifi#a}, now the router shows {wifi} and the kids are furious",
    "e|Can't log into the app. Username: {user}\nPassword: {pw}\nCan you check?",
    "e|Entered the verification code {otp} but get {n.err}. Want to submit my reading: {n.meter}",
    "e|For the smart thermostat integration it asks for an API key, I generated {api} in the portal but nothing happens",
    "b|I changed my PIN to {pin} but it was declined at the till. Card ending {n.mask}",
    "b|Someone called saying they were from you and asked for the code in the text. I gave them {otp}. Was that bad?? 😰",
    "b|My passcode for the app is {pin}, after the update ({n.ver}) it says it's wrong",
    "b|Set a new password: {pw}. Still getting account locked. Case {n.ticket}",
    "b|typed the code {otp#a}, no sorry it was {otp~a}, and now it's expired",
    "b|For our business integration we use this token: {tok}. Since this morning we get 401 (request id {n.req})",
    "b|Is it safe to use the same PIN {pin} for my debit card and credit card?",
    "s|Can't log in, pw {pw} user {user}. Want to track order {n.order}",
    "s|Got the confirmation code {otp} but order {n.order} still says pending",
    "s|Our store integration with your marketplace API throws {n.err}. Key: {api}",
    "s|Gift card not working, code on the back is {otp}? or is that the pin {pin}",
    "*|my password is {pw} and I've already reset it twice. so annoying",
    "*|Login name {user}. Password reset email never arrives, can you do something manually?",
    "*|Here's my access token if it helps debug: {tok}",
]

PAY = [
    "b|ATM swallowed my card. Card number {card}, can you block it?",
    "b|Credit card {card} exp {exp}, there's a {n.amount} charge I don't recognise from a website",
    "b|Please refund the money to {iban}, account in the name of {name}",
    "b|I want to close account {iban} and move the balance to {iban}",
    "b|Card {card}, security code {cvv}, can you confirm it's been unblocked?",
    "e|I'd like to pay by direct debit from now on. IBAN {iban}, account number {cust}",
    "e|Refund of {n.amount} to {iban} please. Invoice {n.inv}",
    "t|paid with card {card} exp {exp} cvv {cvv} but the payment still shows as outstanding",
    "s|Payment failed on order {n.order}. Card: {card}, {exp}, code {cvv}. What's going wrong",
    "s|Refund of {n.amount} can go to {iban}",
    "s|Amex {card:amex} declined, CID {cvv:4}",
    "*|For ID: my Dutch BSN is {bsn:nl} and DOB {dob}",
]

PII = [
    "t|Call me back on {phone}, I'm home after {n.time}",
    "t|My number {phone} was ported over but still no signal. Account number {cust}",
    "t|New address will be {addr}, moving on {n.date}. Can the engineer come then?",
    "e|Account number {cust}, meter reading today {n.meter}. My email has changed to {email}",
    "e|New address from {n.date}: {addr}. Old one was {addr:short}",
    "e|Please contact me by email {email} or mobile {phone}, I work days so no calls please",
    "b|My date of birth is wrong in the app, it should be {dob}",
    "b|Change of address: {addr}. Tel {phone}",
    "b|I see a login attempt from IP {ip} that isn't me! Help",
    "s|Can you send the parcel to {addr} instead of my old address? Order {n.order}",
    "s|My email is {email:obf}, the invoice never arrived there",
    "s|I'm customer {cust} and want my account deleted. Email: {email}",
    "s|DELIVER TO {addr} NOT MY WORK ADDRESS. ORDER {n.order}",
    "*|my mobile is {phone} pls call me. waiting 2 weeks now",
    "*|{phone} is my number, please call before {n.time}",
    "*|my number is {phone:spoken}",
    "*|account no. {cust} - born {dob}",
]

ANSWER = [
    "*|{otp}", "*|{pin}", "*|code is {otp}", "*|{cust}", "*|ok. {iban}", "*|{dob}", "*|it's {pin:spelled}", "*|{addr}",
    "*|{user}", "*|sorry it's {otp#a} not {otp~a}", "*|{phone}", "*|yes {email}",
]

AGENT = [
    "t|Hi {first}, sorry your broadband is down! There's an outage in your area (ref {n.ticket}). Engineers expect a fix around {n.time}. Thanks, {agent}",
    "t|Hi {first}, I've blocked the SIM on {n.mask} for you. A new one is on its way. Never share your PIN or PUK with us! ^{agent}",
    "t|Hey {first}, thanks for the DM. I can see you tried PUK {puk} but that belongs to an old SIM. Your new PUK is in My {brand}. {agent}",
    "e|Hi {first}, your reading of {n.meter} has been processed. Your new direct debit will be {n.amount} from {n.date}. Kind regards, {agent}",
    "e|Hi {first}, I found account {cust} and updated your email to {email}. You'll get confirmation within {n.qty}. {agent}",
    "b|Hi {first}, good that you contacted us straight away. Never give a text code to anyone who calls. We've blocked card {n.mask}. Call us on {n.cphone}. ^{agent}",
    "b|Hi {first}, the refund of {n.amount} to account {n.mask} is scheduled for {n.date}. Kind regards, {agent}",
    "b|Hi {first}, please don't send your card number over DM. I've deleted your message. You can upload documents securely at {n.url}. {agent}",
    "s|Hi {first}! Your order {n.order} shipped today with tracking {n.track}. Enjoy! {agent}",
    "s|Hey {first}, sorry for the wait! Your return arrived and we're refunding {n.amount} to {n.mask}. {agent}",
    "s|Dear customer, your order {{order_number}} will be delivered on {{delivery_date}}. Use code [CODE] to confirm delivery. Team {brand}",
    "*|Hi {first}, to help you I need your postcode and house number. Please send them by DM, not here. {agent}",
    "*|Hi {first}, I've reset your password. Your temporary password is {pw}, please change it after logging in. {agent}",
]

PUBLIC = [
    "t|{n.mention} no internet in {city} for 3 days now. Are you going to do anything? {n.hashtag}",
    "t|{n.mention} that's the 4th outage this month 😡 {n.hashtag}",
    "t|Thanks {n.mention} for the quick fix, back online within the hour!",
    "e|{n.mention} direct debit from {n.amount} to {n.amount}?? Are you having a laugh {n.hashtag}",
    "e|{n.mention} power's out on the whole street, anyone else? {n.hashtag}",
    "b|{n.mention} app not working again. Error {n.err}. Can I get paid today or not",
    "b|{n.mention} call me on {phone} because your chat is going nowhere",
    "s|{n.mention} parcel {n.track} apparently left with a neighbour but no neighbour has it",
    "s|{n.mention} never ordering from you again. Order {n.order} 2 weeks in transit {n.hashtag}",
    "s|Absolutely love my {product} from {n.mention}! 🥰",
    "*|{n.mention} why do I have to call {n.cphone} if nobody picks up",
    "*|{n.mention} my email is {email} just send the info there",
    "*|{n.mention} 3rd time asking. ticket {n.ticket}. nobody replies",
]

GREET = ["Dear {brand},", "Dear Sir/Madam,", "Hello,", "Hi there,", "To whom it may concern,", "Hi,"]
CLOSE = ["Kind regards,", "Thanks,", "Many thanks in advance,", "Best,", "Regards,", "Yours faithfully,", "Cheers,"]
SIGN = [
    "{name}\n{addr:ml}\nTel: {phone}",
    "{name}",
    "{first}\n\nSent from my iPhone",
    "{name}\nAccount no. {cust}",
    "{name}\n{phone}",
    "{first} {last}\nMobile {phone} | {email}",
    "{first}\n\nGet Outlook for Android",
]
QHEAD = ["On {n.date}, at {n.time}, {brand} Customer Care wrote:", "-----Original Message-----\nFrom: {brand} Support\nSubject: Your case {n.ticket}",
         "On {n.date} {brand} Help <no-reply> wrote:"]
EXTRA = [
    "I already phoned twice but got transferred both times and then the line went dead, hence the email.",
    "This isn't the first time this has happened. Last year I had the exact same problem and it took weeks to sort.",
    "I work from home so I really rely on a decent connection, please look into this as a matter of urgency.",
    "I've attached a photo of the letter I received.",
    "I'm writing on behalf of my dad who is 86 and doesn't do computers.",
    "If I don't hear back within 14 days I will be raising a formal complaint with the ombudsman.",
    "Otherwise I'm happy with the service, it's just this one issue.",
    "Could you also confirm that the old direct debit has been cancelled?",
    "Honestly I'm at the end of my tether with this.",
]

PLAIN += [
    "t|Flying out on {n.flight} tomorrow, will my roaming add-on work or do I need to switch something on?",
    "t|Downloaded firmware {n.ver} for the {n.model}, checksum doesn't match: {n.sum}. Is the file dodgy?",
    "s|Need this before my flight {n.flight} on {n.date}, can you upgrade delivery on order {n.order}?",
]
CRED += [
    "t|Router firmware {n.ver} sha256 {n.sum}, after flashing the admin login {user} / {pw} stopped working",
]
AGENT += [
    "b|Dear {first},\n\nThank you for getting in touch. Your complaint ({n.ticket}) has been passed to our specialist team.\n\nKind regards,\n{agent}\n{brand} plc | {n.kvk} | {n.cphone}",
]

CRED += [
    "b|Our accounting package pulls transactions with this access token: {tok}\nGetting 403 since {n.date}, please advise",
    "s|Partner API key {api}, endpoint {n.url} returns {n.err}",
    "t|Changed the wifi password to {wifi} but the {n.model} won't take it. Do I need to open port {n.port}?",
    "b|Someone logged in from {ip} at {n.time}, that wasn't me! My username is {user}",
    "t|The tech told me to give you my router login: {user} / {pw}, remote access on port {n.port}",
    "s|Webhook failing with 401, we're sending header Authorization: Bearer {tok}",
]
PLAIN += [
    "s|Ordered {n.qty} of item {n.prod} and got a different model. Order {n.order}",
    "e|Customer since {n.year} and now a {n.amount} exit fee? See {n.url}",
    "t|Changed my TV package via {n.url} but the bill still shows the old amount ({n.amount})",
    "b|Card reader from {n.year} still works fine, do I really need the new one?",
]
AGENT += [
    "s|Hi {first}, your order {n.order} ({n.qty}) is on its way. Track it at {n.url}. {brand} Ltd, {n.kvk}. {agent}",
    "t|Hi {first}, port {n.port} is now forwarded on your router. Ref {n.req}. {agent}",
]
