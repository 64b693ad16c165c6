"""English templates: shared (en) plus en-gb and en-us specific."""

CHAT_EN = [
    "hi, can't log in to my {~paper} account. username is {username} and password {password} - it worked last week?!",
    "Our ski trip to {~resort} (booking ref {!order_number}) got moved and nobody told us. Flight {!flight_number} now leaves at {!time}. Call me on {phone}",
    "The plumber can let himself in, key safe by the back door, code {pin:door}. Address is {address}",
    "boiler ({!model_number}) showing {!error_code} again, no hot water since {!date}. can someone come today? my number {phone}",
    "Someone on {~market} asked me to send them the code I just got by text to 'verify' me. I sent {otp}... was that a mistake",
    "buyer wants my card number {card} exp {card_expiry} and the three digits on the back ({cvv}) to send me the money?? legit?",
    "My e-bike from {~ebike} won't charge, battery stuck at {!percentage}. Agreement number {customer_number}",
    "wifi code at the campsite ({wifi_key}) doesn't work on {~ssid}, we're here for {!quantity:nights}",
    "Gate code {pin:door} isn't opening the barrier and we've got the caravan outside, please help",
    "I keep getting login codes ({otp}) by text that I never asked for. Is someone trying to get into my account? Number on file is {phone}",
    "New password is {password} and old one was {password}, app still says {!error_code} on version {!version_string}",
    "Please update my billing address to {address}, invoice {!invoice_number} for {!amount} went to the old one",
    "SIM locked after the wrong PIN three times, it wants the PUK. Card says {puk}",
    "My DOB is {date_of_birth} and email {email}, that's what the booking form needed right?",
    "Electrician coming {!date} between {!time} and {!time}, alarm code is {pin:door}, please pass on",
    "Subscriber number {customer_number}, paper hasn't turned up for {!quantity:days}. Same address as always, {address}",
    "parcel with the kids' football boots still not here, tracking {!tracking_number}, order {!order_number}",
    "the dev from the club website said our API key {api_key} is showing in the page source?? should we worry",
    "Router admin page at {ip_address} port {!port}, login admin / {password}. The installer set it up, can you check",
    "member no. {customer_number} - I'd like to pay the annual fee of {!amount} from a different card ending {!masked_value}",
    "Can I get the reset link sent to {email} instead? The old address is dead",
    "My son {~kid} was born {date_of_birth:kid}, is he in the under-elevens or under-twelves?",
]

CHAT_GB = [
    "Hiya, my direct debit for the {~club} subs should come from {iban:uk} not my old account. Ta",
    "Mobile is {phone:uk}, landline {phone:land}, either's fine for the engineer",
    "Can't get onto my holiday booking, it keeps sending a code to my old mobile. Post code is on the account, {address}",
]

CHAT_US = [
    "Hey, my card {card} got charged twice for the campsite, {!amount} each. Reservation {!order_number}",
    "cell {phone:us}, text me when the plumber's on his way please",
    "Social isn't needed for a bike lease, right? They asked for my DOB {date_of_birth} and that felt like enough",
]

PUBLIC_EN = [
    "{!mention} still waiting for my refund of {!amount} for a ski trip YOU cancelled {!hashtag} {!hashtag}",
    "{!mention} paper didn't arrive again. Subscriber since {!year}. Ring me on {phone} {!hashtag}",
    "Anyone know a decent emergency plumber near {~city}? Water everywhere {!hashtag}",
    "{!mention} your app crashes with {!error_code} after the {!version_string} update",
    "Beware this scammer on {~market}, wants you to read out the code from your bank. Number: {phone} {!hashtag}",
    "{!mention} email me at {email}, been waiting since {!date}",
    "{!mention} great stay at {~camp}, {!quantity:nights} of bliss {!hashtag}",
    "{!mention} sent you a DM with the details, photos of the damage here {!url}",
    "{!mention} is training on Saturday at {!time} or {!time}? {!hashtag}",
    "{!mention} ticket {!ticket_number} still open after {!quantity:days}. The electrician never showed up at {address}",
]

EMAIL_EN = [
    "We booked a ski holiday to {~resort} through your website on {!date} (booking reference {!order_number}, total {!amount}). Unfortunately my husband has broken his wrist and we need to cancel.\n\nCould you please refund the deposit? My travel insurance policy number is {customer_number} and you can reach me on {phone}.",
    "As requested on the phone, here are my daughter's details for registering with {~club}:\n\nName: {~kid} {~last}\nDate of birth: {date_of_birth:kid}\nAddress: {address}\nParent mobile: {phone}\nEmail: {email}\n\nThe subs of {!amount} per season are fine.",
    "Your engineer attended on {!date} to replace the consumer unit. Invoice {!invoice_number} charges {!quantity:hours} of labour although he was here well under an hour. I am withholding the {!amount} until this is resolved.\n\nAccount number {customer_number}, property address {address}.",
    "Please cancel my subscription to {~paper} with effect from {!date}. Subscriber number: {customer_number}. I notice a further {!amount} was taken on {!date}; please refund this.",
    "I cannot log in to the {~ebike} portal, I just get {!error_code}. I reset the password and the new one is {password} (yes, I know).\n\nUsername: {username}\nAgreement: {customer_number}\nBrowser: Firefox {!version_string}",
    "We are staying at {~camp} from {!date} to {!date} (booking {!order_number}). The barrier code we were given, {pin:door}, only works until {!time}. The wifi key {wifi_key} also fails.\n\nPlease call me on {phone}.",
    "I have been scammed via {~market}. I sold a pram and the buyer sent a payment link ({!url}). I entered my card details: {card}, expiry {card_expiry}, security code {cvv}. Then I got a one-time passcode {otp} which I typed in. {!amount} has now gone.\n\nMy account on your site is {email}.",
    "Following your engineer's visit, here are the meter readings: day {!meter_reading}, night {!meter_reading}. Meter point reference {customer_number}. Supply address: {address}. Account holder date of birth: {date_of_birth}.",
    "Our electrician fitted the EV charger ({!model_number}) last week. He asked for the API key for the energy app, which is {api_key}, and the access token {token}. Can you confirm the charger is registered? Product code {!product_code}.",
    "The digital edition stopped working. Your system says my account is tied to {email} but I have not used that address for years. Reader number {customer_number}. I received the login code {otp} but it expired after {!quantity:minutes}.",
    "Please send me a copy of all personal data you hold about me (subject access request). Name {~full}, date of birth {date_of_birth}, address {address}, customer number {customer_number}, email {email}.",
    "The engineer needs to get in while we are away on holiday. Key safe code {pin:door}, alarm code {pin:door}. Address {address}. If there is a problem ring {phone} any time after {!time}.",
]

EMAIL_GB = [
    "Please change the direct debit for my son's football club subs to sort code/IBAN {iban:uk}. Membership number {customer_number}. His date of birth is {date_of_birth:kid} if you need it for the league registration.",
    "I'm writing about our caravan holiday at {~camp}. We were charged {!amount} for electric hook-up twice. Card used was {card}. My address for the refund cheque is {address:uk}.",
]

EMAIL_US = [
    "I'd like to dispute a charge of {!amount} from your campground on {!date}. The card on file is {card}, expiring {card_expiry}. Reservation {!order_number}. My mailing address is {address:us} and cell is {phone:us}.",
    "Re the bike lease through my employer: HR says my employee ID is {customer_number}. They also sent me an API token for the benefits portal, {token}, and told me to forward it to you. Is that right?",
]

AGENT_EN = [
    "Hi {~first}, sorry your paper didn't arrive! I've flagged the delivery to {address} and credited {!amount} to subscription {customer_number}. Thanks, {~agent}",
    "Hi {~first}, please never share passwords or one-time codes with anyone, including us. I've locked your account ({email}) as a precaution. Call us on {!company_phone}. Ref {!ticket_number} ^{~agent}",
    "Hi {~first}, I can see booking {!order_number} for {~resort}. Flight {!flight_number} now departs at {!time}. We've also texted you on {phone}. {~agent}",
    "Hello {~first}, the engineer is booked for {!date} between {!time} and {!time}. Is {address} still correct? You can manage it at {!url}. Kind regards, {~agent}",
    "Hi {~first}! Could you DM us your agreement number and postcode so we can look into the bike? See also {!url} ^{~agent}",
    "Hi {~first}, the refund of {!amount} has been sent to the card ending {!masked_value}, allow {!quantity:days}. Ref {!ticket_number}. {~agent}",
    "Hi {~first}, the new barrier code is {pin:door}, valid until {!date}. Wifi: {~ssid}, key {wifi_key}. Enjoy your stay! Team {~camp}",
    "Hi {~first}, your account is unlocked. Temporary password {password}, please change it straight away. Username stays {username}. {~agent}",
    "Hi {~first}, we can't protect payments made outside {~market}. If you entered your card (ending {!masked_value}) please call your bank now and report the buyer at {!url}. {~agent}",
    "Hi {~first}, thanks - I've updated your mobile to {phone} and your email to {email}. Case {!ticket_number}. {~agent}",
]

GREET_GB = ["Dear Sir/Madam,", "Hi there,", "Hello,", "Dear {~brand} team,", "Good morning,", "To whom it may concern,"]
CLOSE_GB = ["Kind regards,", "Many thanks,", "Best wishes,", "Cheers,", "Regards,", "Thanks in advance,"]
SIG_GB = ["{~full}\nMob: {phone:uk}", "{~full}\n{address:uk}", "{~first}\n\nSent from my iPhone", "{~full} | {email}",
          "{~full}\nT: {phone:land} M: {phone:uk}", "{~first} x"]
GREET_US = ["Hi,", "Hello,", "Dear Customer Service,", "Hey team,", "Good afternoon,", "To Whom It May Concern,"]
CLOSE_US = ["Thanks,", "Best,", "Sincerely,", "Thank you,", "Regards,", "Appreciate it,"]
SIG_US = ["{~full}\nCell: {phone:us}", "{~full}\n{address:us}", "{~first}\nSent from my Android", "{~full} - {email}",
          "{~full}\nc. {phone:us} | {email}", "-- {~first}"]
QUOTE_HDR_EN = ["On {!date} at {!time}, {~full} <{email}> wrote:", "-----Original Message-----\nFrom: {~full} <{email}>\nSent: {!date} {!time}\nTo: support\nSubject: Re: your enquiry",
                "On {!date}, {~brand} Support wrote:", "---------- Forwarded message ---------\nFrom: {~brand}\nDate: {!date}\nSubject: Your confirmation",
                "From: {~full} <{email}>\nDate: {!date}\nSubject: Booking", "{~brand} wrote on {!date}:"]
DISCLAIMER_EN = ["This email and any attachments are confidential and intended solely for the addressee.", "Please consider the environment before printing this email.",
                 "If you received this message in error, please delete it and notify the sender.", "Sent from Mail for Windows"]
AGENT_SIG_GB = ["Kind regards,\n{~agent}\n{~brand} Customer Care\nT {!company_phone} | {!url}\nRegistered in England No. {!company_registration}",
                "Thanks,\n{~agent} | {~brand}\n{!company_phone}", "Best wishes, {~agent} ({~brand} social team)"]
AGENT_SIG_US = ["Best,\n{~agent}\n{~brand} Support\n{!company_phone} | {!url}", "Thanks!\n{~agent} - {~brand}\nCall us: {!company_phone}",
                "Warm regards, {~agent} | EIN {!company_registration}"]
