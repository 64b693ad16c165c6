"""English (en-gb / en-us) templates, with Dutch/Spanish/German fragments from travellers."""

CHAT_EN = [
    "Hi, my suitcase never showed up in {f:dest} after flight {n:flight_number}. File ref {n:tracking_number}. Policy no {cust}. What do I do now?",
    "flight {n:flight_number} cancelled at the gate, stuck in {f:dest} w/ 2 kids. call me on {phone} asap",
    "My card got skimmed at an ATM in {f:dest}. Card number {card}, expires {exp}, cvv {cvv}. Please freeze it!!",
    "can't log in to the claims portal. username {user} pw {password}, keeps saying {n:error_code}",
    "got the verification code {otp} by text but it says expired?? I'm abroad, roaming is awful",
    "{n:mention} been waiting {n:qdays} for my bag. Claim {n:ticket_number}. Absolutely useless {n:hashtag}",
    "{n:mention} you cancelled my flight {n:flight_number} and now nobody answers. My number is {phone}, call me {n:hashtag} {n:hashtag}",
    "Hello, my new address is {addr}, please update policy {cust} before we fly on {n:date}",
    "Hospital in {f:dest} needs a guarantee of payment. Patient DOB {dob}, policy {cust}. Local number {phonef}",
    "Key safe code at the villa is {pin} but the owner changed it?? We're locked out, is this covered?",
    "Please refund to {iban}, reference claim {n:ticket_number}. Thanks",
    "The rental company ({f:rental}) charged me {n:amount} for a scratch that was already there. Agreement {n:order_number}, mileage at return {n:meter_reading}",
    "Hotel wifi password is {wifi} and still can't upload the receipts to {n:url}",
    "my frequent flyer number is {ff} if that helps find the booking {n:order_number}",
    "Changed my password to {password} as you suggested, app ({n:version_string}) still crashes on my {n:model_number}",
    "Reset PIN on my travel money card to {pin}. Is that enough or do I need to call?",
    "New SIM came with PIN {pin} and PUK {puk}. Do you need those for the phone theft claim?",
    "Email me instead, {email}. Phone signal in the mountains is non-existent",
    "el aeropuerto dice que mi maleta está en Madrid?? Ref {n:tracking_number}. Policy {cust}",
    "Koffer weg, Gepäck verloren, bag lost — whatever language helps 😅 ref {n:tracking_number}, phone {phonef}",
    "Our travel agency integrates with your quote API. Our key {apikey} stopped working today, getting {n:error_code} (request id {n:request_id})",
    "The login code they sent was {otpw}, I typed it in and nothing",
]

EMAIL_EN = [
    "I'm writing from {f:dest}, where we've been stranded since {n:date}. Our flight {n:flight_number} with {f:airline} was cancelled and the next available seat is on {n:date}.\n\nWe booked {f:hotel} ourselves at {n:amount} a night. My policy number is {cust} and the booking reference is {n:order_number}.\n\nPlease could you reimburse this to {iban} (account holder {f:first} {f:last})?",
    "My luggage was lost on the way to {f:dest}. I reported it at the baggage desk, reference {n:tracking_number}.\n\nI've had to buy essentials for {n:amount} (receipts attached). My details:\nPolicy: {cust}\nDate of birth: {dob}\nAddress: {addr}\nMobile: {phone}\nBank: {iban}",
    "Following my accident in {f:dest}, the clinic has asked for proof of cover. Details below:\n\nName: {f:first} {f:last}\nDOB: {dob}\nPolicy number: {cust}\nHome address: {addr}\nContact while abroad: {phonef}\nEmail: {email}",
    "I've been locked out of my online account for {n:qdays}. Username is {user}. I reset the password to {password} and received the one-time code {otp}, but the site returns {n:error_code}.\nI'm on version {n:version_string}, device {n:model_number}.",
    "We had to cancel our trip to {f:dest} because my wife was admitted to hospital. The tour operator kept {n:percentage} of {n:amount}.\n\nCancellation cover: {n:product_code}\nPolicy: {cust}\nInvoice from the operator: {n:invoice_number}\n\nRefund account: {iban}",
    "Our agency's integration with your booking API stopped working on {n:date}. We authenticate with key {apikey} and the bearer token {token}, both issued by your team.\nThe endpoint returns {n:error_code} with request id {n:request_id}. Please advise; we have {n:qpers} waiting.",
    "My AWS access key for the claims upload bucket was shared by mistake in a previous email: {apikey} with secret {awssecret}. Please revoke them.\nOur office IP is {ip}, port {n:port}.",
    "The rental car from {f:rental} was damaged in a car park in {f:dest}. At pickup the odometer showed {n:meter_reading}.\nThey've charged {n:amount} to my card ending {n:masked_value}. Please process this under policy {cust}. Rental agreement {n:order_number}.",
]

AGENT_EN = [
    "Hi {f:first}, really sorry your bag hasn't arrived. I've logged this under claim {n:ticket_number} on policy {cust}. You can upload receipts at {n:url}. {f:agent}",
    "Hi {f:first}, for emergencies abroad please call our 24/7 assistance line on {n:company_phone}. {f:agent}",
    "Hi {f:first}, please don't share your card details publicly. I've hidden your reply — DM us and we'll help. ^{f:agent}",
    "Hi {f:first}, I've tried calling you on {phone} with no luck. Could you call us back on {n:company_phone} quoting {n:ticket_number}? Thanks, {f:agent}",
    "Hi {f:first}, your refund of {n:amount} has been sent to the account ending {n:masked_value}. Allow {n:qdays}. {f:agent}",
    "Hi {f:first}, thanks! I've updated your address to {addr} and will send confirmation to {email}. {f:agent}",
    "Hi {f:first}, I can see the password you shared ({password}) — please change it straight away via {n:url}. {f:agent}",
    "Hi {f:first}, to verify, can you confirm your date of birth? We have {dob} on policy {cust}. {f:agent}",
]

GREET_EN = ["Dear Sir or Madam,", "Hello,", "Hi there,", "Dear {f:insurer} team,", "Good morning,", "To whom it may concern,", "Hi,", "Dear Claims Team,"]
CLOSE_EN = ["Kind regards,", "Thanks,", "Best wishes,", "Many thanks,", "Regards,", "Cheers,", "Thanks in advance,", "Sincerely,"]
SIG_EN = [
    "{f:first} {f:last}",
    "{f:first} {f:last}\n{addr}\nMob: {phone}",
    "{f:first}\n\nSent from my iPhone",
    "{f:first} {f:last} | {phone} | {email}",
    "{f:first} {f:last}\nPolicy {cust}",
    "{f:first}\n\nSent from Outlook for Android",
    "{f:first} {f:last}\nT: {phone}",
    "-- \n{f:first}",
]
QUOTE_EN = [
    "On {n:date}, at {n:time}, {f:insurer} Claims wrote:",
    "-----Original Message-----\nFrom: {f:insurer} Customer Care\nSent: {n:date} {n:time}\nTo: {email}\nSubject: Your claim {n:ticket_number}",
    "On {n:date} {f:agent} from {f:insurer} wrote:",
    "---------- Forwarded message ---------\nFrom: {f:booking} Reservations\nDate: {n:date}\nSubject: Booking confirmation {n:order_number}",
]
QBODY_EN = [
    "Dear {f:first},\n\nThank you for your claim, reference {n:ticket_number}. Please send your bank details, date of birth and original receipts.\n\nKind regards,\n{f:agent}\n{f:insurer} | {n:company_phone}",
    "Hi {f:first},\n\nYour password was changed on {n:date} at {n:time}. If this wasn't you, call {n:company_phone}.\n\nCompany No. {n:company_registration}",
    "Dear {f:first},\n\nWe have noted your account {iban} and the payment of {n:amount} will follow within {n:qdays}.\n\n{f:agent}",
    "Hi {f:first},\n\nYour booking {n:order_number} at {f:hotel}, {n:date} to {n:date}, total {n:amount}.\n\nManage it at {n:url}",
    "Dear {f:first},\n\nCould you confirm the policy number ({cust}) and the airline's file reference ({n:tracking_number})?\n\nClaims team",
]
DISC_EN = [
    "This email and any attachments are confidential. {f:insurer} Ltd, registered in England, company number {n:company_registration}.",
    "Please consider the environment before printing this email.",
    "This message was scanned for viruses.",
]
SUBJ_EN = ["Lost luggage claim", "Flight {n:flight_number} cancelled", "Medical expenses abroad", "RE: claim {n:ticket_number}", "Policy question",
           "Rental car damage", "URGENT - hospital abroad", "Fwd: booking {n:order_number}"]

CHAT_EN += [
    "Card {card}, security code {cvv}, exp {exp} — please take the excess from this one",
    "Someone logged into my account from {ip} and I'm in {f:dest}!! changed pw to {password}",
    "support asked me for the token from the app debug screen so here: {token}",
    "the reset link had token={token} in it, is it ok that I forwarded it to my husband?",
    "wrong number earlier sorry! it's {phone} not {phone}",
    "my daughter's DOB is {dob}, she's on the family policy {cust}. She's at the clinic in {f:dest} now",
    "Router at the villa: admin password {password}, wifi key {wifi}. Still no internet to upload the claim",
    "code is {otp}. sent at {n:time}. still says invalid",
]
EMAIL_EN += [
    "I'd like to pay the premium of {n:amount} by card:\nCard number: {card}\nExpiry: {exp}\nCVV: {cvv}\n\nCustomer number: {cust}\nBilling address: {addr}",
    "I noticed a sign-in to my account from IP {ip} on {n:date} at {n:time} while I was in {f:dest}. The devices page lists session token {token}.\nMy username is {user}; I've changed the password to {password}. Please check policy {cust} for changes.",
    "Our apartment in {f:dest} (booked via {f:booking}, ref {n:order_number}) was unusable — the key box code {pin} didn't work and the host was unreachable.\nWe paid {n:amount} for a hotel. Please reimburse to {iban}. SSN/ID not needed I hope!",
    "My son (DOB {dob}) was mugged in {f:dest} and lost his phone ({n:model_number}). He can be reached on {phonef}.\nHe's covered under family policy {cust}. His new email is {email}.",
]
AGENT_EN += [
    "Hi {f:first}, we can see a sign-in from {ip}. We've ended all sessions; reset your password via {n:url}. {f:agent}",
    "Hi {f:first}, the card ending {n:masked_value} will be charged {n:amount}. Your policy number remains {cust}. {f:agent}",
    "Hi {f:first}, we'll never ask for your text code. The code {otp} you posted has now expired. {f:agent}",
    "Hi {f:first}, your refund will go to {iban} within {n:qdays}. {f:agent}",
]

CHAT_EN += [
    "Bag weighed {n:qkg} at check-in and arrived empty?! Flight {n:flight_number}, tag {n:tracking_number}, policy {cust}",
    "They billed me for {n:qnights} at the hotel in {f:dest}, we only stayed one. Booking {n:order_number}. Refund to {iban} pls",
]

EMAIL_EN += [
    "The hotel network seems to block port {n:port}, so your app can't connect. My public IP shows as {ip}.\nI downloaded the installer from {n:url}; SHA-256 {n:checksum} matches your page. Username {user}, app {n:version_string}.",
    "Quick one from our agency: the staging key {apikey} works but production returns {n:error_code} (request {n:request_id}). Is our account {cust} still active?",
]
