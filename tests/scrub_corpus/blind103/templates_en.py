# English (UK + US) templates.
T = {}

T[("en", "child", "dm")] = [
    "Hi, {child} starts at the nursery on {date}. DOB {cdob}. Our address is {addr} and my mobile is {phone}",
    "can't log into the parent app again. username {user} password {pw} - it just says {err}",
    "Has the door code changed?? tried {pin} at drop off this morning, nobody answered the buzzer",
    "Please update my number to {phone}, the old one ({phone2}) is disconnected. Account ref {cust}",
    "Grandma ({name}) is picking {child} up today around {time}. Her phone is {phone}. Keysafe code still {pin}?",
    "The payment for {short_date} failed. Card is {card} exp {exp} cvv {cvv}, can you retry?",
    "We're moving on {date}! New address: {addr}. Email stays {email}",
    "Got the verification code {otp} for the tax-free childcare link but your system says invalid",
    "Childcare account number {cust}, direct debit should come from {iban} from next month please",
    "Invoice {invoice} says {qty} of sessions but {child} was off sick. Can I get {amount} back?",
]
T[("en", "child", "pub")] = [
    "{mention} been waiting since {date} for a reply about my refund, account {cust} {tag}",
    "{mention} fees going up {pct} again?? {tag}",
    "Shoutout to the baby room team at {brand} 💕 {tag}",
    "{mention} app's been down all day ({err}), can't see the daily report {tag}",
    "{mention} call me back on {phone} please, no one picks up {tag}",
    "{mention} waitlist of {qty}?? we signed up in {year} {tag}",
]
T[("en", "child", "mail")] = [
    "Following our visit on {date}, here are the details you asked for on the registration form:\n\nChild's name: {child}\nDate of birth: {cdob}\nHome address: {addr}\nParent 1 mobile: {phone}\nParent 2 mobile: {phone2}\nEmail: {email}\n\nThe signed contract ({order}) is attached.",
    "I'm querying invoice {invoice} dated {short_date} for {amount}. {child} was off with chickenpox that whole week (note from the GP attached).\n\nOur account number is {cust}. You can reach me on {phone}.",
    "I can't access the parent portal since the upgrade.\nUsername: {user}\nPassword: {pw}\nI also tried the temporary one you emailed ({pw2}).\n\nEach time I get error {err}. Could you reset it?",
    "Please could you update our payment card for the monthly fees.\nCard number: {card}\nExpiry: {exp}\nSecurity code: {cvv}\nName on card: {name}\n\nThanks.",
]
T[("en", "health", "dm")] = [
    "Hi, I need a repeat prescription. DOB {dob}, NHS number {nhs}. Can it go to the pharmacy on {addr}?",
    "I had a call about my appointment on {date} at {time}, please ring me back on {phone}",
    "can't get into the patient portal, the text code {otp} doesn't work ({err}). username {user}",
    "My mum ({name}, born {dob}) was admitted last night. Can we reach her on {phone}? Patient no. {cust}",
    "Hospital bill {invoice} for {amount} is wrong, insurance should have covered it. Member ID {cust}",
    "Could you email the blood test results to {email}? DOB {dob}, MRN {cust}",
    "New address for my records: {addr}. Phone {phone}. DOB {dob}",
    "Paying my bill over chat: card {card}, exp {exp}, CVV {cvv}. Account {cust}",
    "My son {child} ({cdob}) has a referral to ENT, appointment ref {ticket}. I'm on {phone}",
    "The MyChart activation code is {otp} but it says it expired. Patient ID {cust}",
]
T[("en", "health", "pub")] = [
    "{mention} {qty} on hold to book a GP appointment at 8am {tag}",
    "{mention} the patient portal keeps throwing {err} {tag}",
    "Massive thanks to the A&E staff at {brand} last night ❤️ {tag}",
    "{mention} billed {amount} for a cancelled appointment?? {tag}",
    "{mention} please DM me, my number is {phone} {tag}",
    "{mention} parking at {brand} is {amount} an hour now. Disgraceful {tag}",
]
T[("en", "health", "mail")] = [
    "I would like to register as a new patient at the practice.\n\nName: {name}\nDate of birth: {dob}\nNHS number: {nhs}\nAddress: {addr}\nTelephone: {phone}\nEmail: {email}\n\nMy previous surgery was {brand2}.",
    "I received a bill for {amount} (statement {invoice}) for a visit on {date}. My insurance says it should have been billed to them. My member ID is {cust} and my date of birth is {dob}.\n\nCould you look into it?",
    "I'm trying to log into the patient portal.\nUsername: {user}\nPassword: {pw}\nThe security code I was texted was {otp} but it was rejected.\n\nMy phone number is {phone} if easier.",
    "I need to move my appointment on {date} ({time}), reference {ticket}. Please contact me on {phone} or at {email}.",
]
T[("en", "water", "dm")] = [
    "Hi, meter reading is {meter}. Account number {cust}. Address {addr}",
    "no water since {time} at {addr}, is there a burst main?? {phone}",
    "Moving out on {date}. Final reading {meter}. New address for the final bill: {addr2}. Account {cust}",
    "why has my bill gone up to {amount}? that's {pct} more. account no {cust}",
    "Leak outside my house ({addr}), water pouring down the road. Mobile {phone}",
    "Can't log in to my account: email {email}, password {pw}. Error {err}",
    "Engineer is coming on {date}. Gate code is {pin}, meter is under the sink",
    "Pay my bill please: card {card} exp {exp} security code {cvv}. Account {cust}",
]
T[("en", "water", "pub")] = [
    "{mention} no water in {city} again, 3rd time this month {tag}",
    "{mention} brown water from the taps this morning {tag}",
    "{mention} bill of {amount} for a 2 bed flat?! {tag}",
    "{mention} thanks for fixing the leak on {street} so quickly {tag}",
    "{mention} account {cust} - still waiting for the refund {tag}",
    "{mention} been on hold {qty}, call me on {phone}",
]
T[("en", "water", "mail")] = [
    "Please find my meter reading below.\n\nAccount number: {cust}\nSupply address: {addr}\nReading: {meter}\n\nPhoto attached.",
    "I'm disputing bill {invoice} for {amount}. Our usage is normally much lower (last reading was {meter}).\n\nAccount {cust}. Please call me on {phone}.",
    "I'd like to set up a Direct Debit from {date}.\nAccount holder: {name}\nIBAN: {iban}\nCustomer reference: {cust}",
    "When I registered online the code you sent ({otp}) wasn't accepted. Username I chose: {user}.",
]
T[("en", "post", "dm")] = [
    "My parcel is in the locker but the collection code {otp} doesn't work. Tracking {track}",
    "driver says no one home but I WAS home at {addr}!! tracking {track}",
    "Can you leave it with my neighbour at {addr}? I'm out until {time}. Ref {track}",
    "Reset my password ({pw}) but still locked out. Email {email}",
    "Parcel arrived smashed, {model} inside broken. Tracking {track}, value {amount}. Refund to card ending {masked}",
    "Our shop's API key {apikey} returns {err} since this morning. Account {cust}",
    "package {track} stuck 'in transit' for {qty}. order {order}",
    "Customs fee of {amount} - paying with card {card}, exp {exp}, cvv {cvv}",
    "The locker PIN {pin} I set for returns isn't accepted, parcel {track}",
    "Redirect please: new address {addr}, phone {phone}, tracking {track}",
]
T[("en", "post", "pub")] = [
    "{mention} parcel {track} hasn't moved in 5 days {tag}",
    "{mention} the locker in {city} is broken again {tag}",
    "{mention} driver threw my parcel over the fence 😤 {tag} {tag2}",
    "{mention} where's my package? order {order} {tag}",
    "Brilliant postie today from {brand}, even in the rain 👍 {tag}",
    "{mention} DM me, I'm on {phone}",
]
T[("en", "post", "mail")] = [
    "On {date} my parcel (tracking {track}) was marked as delivered but nothing arrived at {addr}. No card through the door either.\n\nIt's an order worth {amount} (order {order}). Please contact me on {phone}.",
    "Our API key ({apikey}) was accidentally pushed to a public repo. Please revoke it. Account number {cust}. Request ID of the last failed call: {reqid}.",
    "Change of address notification.\nOld address: {addr}\nNew address: {addr2}\nFrom: {date}\nPhone: {phone}",
    "Regarding claim {ticket}: the compensation of {amount} can be paid to {iban}, account name {name}.",
]
T[("en", "repair", "dm")] = [
    "Hi, my {model} has been with you since {date} for a screen. Passcode is {pin}. Job number {ticket}",
    "SIM PIN is {pin} and PUK {puk} if you need it",
    "laptop ({model}) in for a new battery. windows login {user} / {pw}",
    "When will it be ready? ticket {ticket}, paid {amount} deposit. Call me on {phone}",
    "WiFi stopped working after the repair. Network {ssid}, key {wifi}. My IP shows as {ip}",
    "Apple ID {email}, password {pw}, the code I just got is {otp}",
    "For remote support: public IP {ip}, port {port} is forwarded",
    "Flashed the firmware (sha256 {checksum}), now it bootloops with {err} on {ver}",
    "Pay the balance with card {card}, exp {exp}, CVV {cvv}. Job {ticket}",
    "Please post it back to {addr}, my number is {phone}",
]
T[("en", "repair", "pub")] = [
    "{mention} 3 weeks for a battery swap on a {model}, job {ticket} {tag}",
    "{mention} paid {amount} for a new screen and now touch doesn't work {tag}",
    "Quick fix at {brand} in {city}, thanks! {tag}",
    "{mention} update {ver} bricked my phone {err} {tag}",
    "{mention} can you call me? {phone}. About job {ticket}",
    "{mention} is the {pct} student discount valid on the {model}? {tag}",
]
T[("en", "repair", "mail")] = [
    "On {date} I left my {model} with you for a screen replacement (job {ticket}). Your technician asked for the passcode: {pin}.\n\nSince then I've had a sign-in alert from IP {ip}. I've changed my password from {pw} to {pw2}. Can you check who had access?",
    "I accept the quote of {amount} for my {model} (part no. {prod}). Please charge card {card}, expiry {exp}, CVC {cvv}.\n\nI'm on {phone}.",
    "After the repair the sync fails with {err} (request id {reqid}). The access token in the config is {token} - maybe it expired?",
    "The device ({model}, {ver}) is still under warranty until {date}. Return address: {addr}. Customer no. {cust}.",
]
T[("en", "gen", "agent")] = [
    "Hi {fname}, I've found your account {cust} and the address we hold is {addr}. Is that right? Thanks, {agent}",
    "Thanks for getting in touch. Please don't share passwords over chat - you sent {pw}, please change it at {url}. {ini}",
    "Hi [[first_name]], your case reference is {ticket}. We'll call you on {phone} within {qty}. Kind regards, {agent}",
    "I've updated your bank details to {iban}. Your next payment of {amount} will be taken around {short_date}. {ini}",
    "Feel free to give us a ring on {cphone} (Mon-Fri 8am-8pm). Have your account number {cust} handy. {agent} {ini}",
    "For your security we've hidden your card details ({masked}). Please don't post them publicly. {ini}",
    "Thanks for waiting. I've sent a new code to {masked}. If it doesn't arrive, visit {url}. {agent}",
    "Hey! Could you DM us your postcode, house number and <account number>? Then I'll take a look. ^{agent}",
]
T[("en", "child", "agent")] = [
    "Hi {fname}, the new door code is {pin} from {date}. Please don't share it 🙏 {agent}",
    "Hi, {child} is registered with DOB {cdob}, starting {date}. Contract number {cust}. {ini}",
]
T[("en", "health", "agent")] = [
    "Dear {fname}, we've updated your phone number to {phone} on your record ({cust}). Kind regards, {agent}, Reception",
    "For medical questions please call the practice on {cphone}. Please don't share your NHS number or DOB on social media. {ini}",
]
T[("en", "water", "agent")] = [
    "Hi {fname}, reading {meter} added to account {cust}. Your new monthly payment is {amount}. {agent}",
    "Thanks for letting us know. There's a burst main in {city} (incident {ticket}), expected fix {time}. Updates: {url} {ini}",
]
T[("en", "post", "agent")] = [
    "Hi {fname}, parcel {track} is in the locker. Your new collection code is {otp}, valid until {date}. {agent}",
    "Sorry about this. I've opened an investigation ({ticket}) for the item to {addr}. We'll email you at {email}. {ini}",
]
T[("en", "repair", "agent")] = [
    "Hi {fname}, your {model} is ready! Job {ticket}, total {amount}. We've deleted your passcode {pin} from our notes. {agent}",
    "Thanks, tested with passcode {pin}, update to {ver} done. Collect any time before {time}. {ini}",
]

# Extra Dutch/French payment + token templates (kept here to balance the high-risk types).
EXTRA = {
    ("nl", "post", "dm"): [
        "Inklaringskosten {amount} betalen lukt niet via iDEAL, dan maar met creditcard: {card}, geldig tot {exp}, cvc {cvv}",
        "Webshop koppeling: bearer token {token} geeft {err}. Request id {reqid}",
    ],
    ("nl", "repair", "dm"): [
        "Restbedrag mag van mijn creditcard {card} exp {exp} cvc {cvv}. Reparatie {ticket}",
        "SIM-pin {pin}, PUK {puk}. Graag de oude simkaart teruggeven",
    ],
    ("nl", "health", "dm"): [
        "Eigen bijdrage {amount} betaal ik wel met mijn creditcard: {card} ({exp}), code achterop {cvv}",
        "De app van de huisarts logt steeds uit. Sessietoken uit de foutmelding: {token}",
    ],
    ("fr", "post", "dm"): [
        "Frais de dédouanement {amount} : carte {card}, expire {exp}, cryptogramme {cvv}",
        "Token d'accès {token} refusé par l'API ({err}), request id {reqid}",
    ],
    ("fr", "repair", "dm"): [
        "Vous pouvez débiter le solde sur ma carte {card} exp {exp} CVC {cvv}. Ticket {ticket}",
        "Code PUK {puk}, code PIN SIM {pin}. Merci de me rendre l'ancienne carte SIM",
    ],
    ("fr", "child", "dm"): [
        "Paiement de la caution par carte : {card}, date d'expiration {exp}, code {cvv}",
        "Le lien de l'appli contient un jeton {token}, c'est normal ? Il affiche {err}",
    ],
}

# Balance group: consecutive pairs carry the same types so both halves get them.
BAL = {
    "nl": [
        "Nieuwe simkaart ontvangen, PUK staat op het pasje: {puk}. Pincode {pin}",
        "PUK-code {puk} ingetypt, nu vraagt ie om een nieuwe pincode??",
        "Router gereset, wifi {ssid} met sleutel {wifi}. Extern IP {ip}",
        "het wifi-wachtwoord van {ssid} is {wifi}, publiek ip-adres {ip}",
        "Is onderdeel {prod} al binnen? Ik zit tot {date} in het buitenland, vlucht {flight} terug",
        "Ik land {short_date} met {flight}, kan ik het onderdeel ({prod}) dan ophalen?",
        "API key voor de koppeling met jullie systeem: {apikey}",
        "onze API-sleutel {apikey} werkt niet meer ({err})",
    ],
    "fr": [
        "Nouvelle carte SIM reçue, le PUK est sur le support : {puk}. Code PIN {pin}",
        "J'ai tapé le PUK {puk}, maintenant il demande un nouveau PIN ??",
        "Box réinitialisée, réseau {ssid} clé WPA {wifi}. IP publique {ip}",
        "la clé wifi de {ssid} c'est {wifi}, adresse IP {ip}",
        "La pièce {prod} est arrivée ? Je suis à l'étranger jusqu'au {date}, vol {flight}",
        "J'atterris le {short_date} avec le {flight}, je peux récupérer la pièce ({prod}) ?",
        "Clé API pour l'intégration : {apikey}",
        "notre clé API {apikey} ne marche plus ({err})",
    ],
    "en": [
        "New SIM arrived, PUK is on the card: {puk}. PIN {pin}",
        "Typed in PUK {puk}, now it wants a new PIN??",
        "Reset the router, network {ssid} key {wifi}. External IP {ip}",
        "wifi password for {ssid} is {wifi}, public ip {ip}",
        "Has part {prod} come in? I'm abroad until {date}, flying back on {flight}",
        "I land on {short_date} on {flight}, can I pick up the part ({prod}) then?",
        "API key for the integration: {apikey}",
        "our API key {apikey} stopped working ({err})",
    ],
}
for _fam, _lst in BAL.items():
    for _dom in ("child", "health", "water", "post", "repair"):
        EXTRA[(_fam, _dom, "dm", "bal")] = _lst
