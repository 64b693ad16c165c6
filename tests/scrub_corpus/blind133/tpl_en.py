"""English (UK + US) templates; country-specific values come from the lang code."""

CHAT = [
    ("move", "hi, we're moving on {date} from {addr} to {addr#2}. Key safe code is {pin} if we're not there. my mobile {phone}"),
    ("move", "Got the quote ({amt}) for {qty}, account no {cust}. Can I pay the deposit by card? {card} exp {exp} cvv {cvv}"),
    ("move", "your removal men dropped our TV 😡 claim ref {ticket}. call me back on {phone} after {time} pls"),
    ("move", "Final meter readings at the old place: electric {meter}, gas {meter#2}. Forwarding address is {addr}"),
    ("cruise", "Hi! booked with {co}, booking ref {order}, flight {flight} on {date}. My DOB is wrong on the manifest, should be {dob}"),
    ("cruise", "Payment for the river cruise failed twice. Card number {card}, expiry {exp}, security code {cvv}. Can you take it manually?"),
    ("cruise", "cant log in to the cruise planner. username: {user} password: {pw} error {err}"),
    ("cruise", "Onboard wifi voucher {wifi} stopped working after {date}. Cabin 7140, loyalty number {cust}"),
    ("drive", "Hi, need to move my lesson on {date} at {time}. Student number {cust}. The app sent me code {otp} but it says expired"),
    ("drive", "My daughter passed her theory test! DOB {dob}, provisional licence address {addr}. Can she book {qty}?"),
    ("dent", "Morning, missed my check-up due to illness. Patient no. {cust}, date of birth {dob}. Invoice {inv} for {amt} seems wrong"),
    ("dent", "Can you set up a direct debit from {iban} instead? Also my new number is {phone}"),
    ("opt", "Still waiting for my new glasses ({model}), ordered {date}. Customer no {cust}. Ring me: {phone}"),
    ("opt", "Contact lens subscription {prod}: email changed to {email} (old one was {email#2}). Please update"),
    ("alarm", "Alarm keeps going off around {time}. Engineer can come to {addr}. Door code {pin}, spare key in the lockbox, code {pin#2}"),
    ("alarm", "the SIM in the alarm panel is asking for a PUK. PUK: {puk}, old SIM PIN was {pin}. Panel {model}, firmware {ver}"),
    ("alarm", "Camera went offline after new router. IP {ip} port {port}. network {ssid} password {wifi}"),
    ("alarm", "Trying to hook your API up to Home Assistant. Key {api} gives {err}. request id {reqid}"),
    ("alarm", "here are the AWS creds your installer left in the config, is that normal??\naws_access_key_id = {awsid}\naws_secret_access_key = {awssecret}"),
    ("alarm", "App keeps logging me out. Support asked for the session token, here: {tok}"),
    ("news", "I want to cancel my newspaper subscription from {date}. subscriber number {cust}, address {addr}."),
    ("news", "can't log into the digital edition. email {email} pw {pw}. tried {times} now"),
    ("news", "Paperboy has skipped us {times} in a row!! {addr}. tel {phone}"),
    ("gen", "New password is {pw#2}, old one was {pw}. Username {user}. Still locked out after reset at {time}"),
    ("gen", "This is the text I got:\n\"Your {co} verification code is {otp}. Do not share it with anyone.\"\nbut the site says invalid"),
    ("news", "Magazine arrives torn every month. Member {cust}, postcode {addr}. Can it come in a bag? 🙏"),
    ("move", "Can you do the piano too? 3rd floor, {addr}. My wife is on {phone#2}, I'm on {phone}"),
    ("dent", "Hi, my son (born {dob}) has toothache. Any slots today? Our number is {phone}. Thanks, {fname}"),
]

PUBLIC = [
    ("move", "{mention} been waiting {dur} for your movers, nobody showed up. Call me on {phone} {hashtag}"),
    ("news", "{mention} paper not delivered AGAIN. subscriber no. {cust} {hashtag}"),
    ("move", "Never using {co} again. Damaged piano and no reply to complaint {ticket}. {hashtag} {hashtag#2}"),
    ("drive", "{mention} lesson at {time} cancelled 5 min before and I still get charged {amt}?? {hashtag}"),
    ("alarm", "{mention} your app {ver} crashes every time I try to arm the system, error {err}"),
    ("gen", "{mention} can you DM me? my email is {email}"),
    ("cruise", "Amazing river cruise with {co} 🚢 {pct} off the next one, brilliant! {hashtag} cc {fmention}"),
    ("news", "{mention} invoice {inv} for {amt} taken twice from {iban}?!"),
    ("opt", "{mention} {url} says call {cphone} but nobody picks up. glasses ordered {date}"),
    ("opt", "{mention} lenses still not here, tracking {track} hasn't moved in {dur}"),
    ("dent", "{mention} bill {inv} is wrong, {amt} for a check-up? {hashtag}"),
    ("alarm", "{mention} engineer was due at {time}. It's now {time#2}. You have my address on file: {addr} {hashtag}"),
    ("cruise", "{mention} flight {flight} cancelled and your line is {cphone} with a {dur} wait. booking {order} {hashtag}"),
    ("news", "{mention} cancelled my sub on {date} and you still took {amt}. {hashtag}"),
]

EMAIL_BODY = [
    ("move", "On {date} your team moved us (job {order}). When unpacking we found {qty} damaged, including a mirror and the dining table.\n\nPhotos attached. Please pay compensation into account {iban} in the name of {name}. My customer number is {cust}.\n\nYou can reach me on {phone}, ideally after {time}."),
    ("move", "Just confirming the move from {addr} to {addr#2} on {date}. Keys will be in the key safe by the front door, code {pin}. Please put the boxes in the garage.\n\nMeter readings already taken: {meter} (electric) and {meter#2} (water).\n\nPaid by card ending {mask}."),
    ("cruise", "We booked a Danube river cruise (booking {order}) for two, departing {date}. Online check-in asks for our dates of birth. Mine is {dob}, my husband's {dob#2}, but the form rejects them (error {err}).\n\nCould you enter them manually? Our loyalty club number is {cust}.\n\nMany thanks."),
    ("cruise", "The deposit of {amt} didn't go through. I tried three times with my Visa {card}, expiry {exp}, CVV {cvv}. Each time I get an error.\n\nCan I pay by bank transfer instead? My IBAN is {iban}. Please let me know soon as the flight ({flight}) is already booked."),
    ("drive", "My daughter {fname} would like the {qty} package with your driving school. Your colleague asked for her details:\n\nDate of birth: {dob}\nAddress: {addr}\nMobile: {phone}\nEmail: {email}\n\nThe first instalment ({amt}) can be taken from {iban}."),
    ("dent", "I'd like to dispute invoice {inv} dated {date}. It lists a treatment that wasn't carried out. My patient number is {cust} and my date of birth is {dob}.\n\nAlso my address has changed, the new one is {addr}. Please update my email to {email} too."),
    ("opt", "Last month I ordered varifocals from you (order {order}, frame {model}). Today I got a text saying they're ready but the store knew nothing about it.\n\nCustomer number: {cust}\nPhone: {phone}\n\nI've already paid {amt} deposit. What's going on?"),
    ("alarm", "Since updating to {ver} the integration with our smart home stopped working. I'm using the API with key {api} and bearer token {tok}. Requests to the hub ({ip}, port {port}) return {err}.\n\nThe SHA-256 of the firmware I downloaded is {checksum}, is that right?\n\nMy contract number is {cust}."),
    ("alarm", "We're away for {dur}. Our neighbour will pop in to feed the cat, she has the alarm code {pin}. Can I change it to {pin#2} when we're back?\n\nAddress: {addr}\nAccount number: {cust}\n\nI'd also like to change the app login; username is {user}, current password {pw}."),
    ("news", "Please cancel my subscription to the weekly magazine. Subscriber number {cust}. I've moved to {addr} and only read it online now anyway.\n\nFor the record, the last direct debit ({amt}) came out of {iban}; I assume the part after {date} will be refunded."),
    ("news", "I can't log in to the e-edition any more. 'Forgot password' sent me a code ({otp}) but then the site says account {email} doesn't exist.\n\nI think my username was {user}. Subscriber no. {cust}.\nBrowser: Safari {ver}."),
    ("gen", "As discussed on the phone with your colleague, here are my details:\n\nName: {name}\nDOB: {dob}\nAddress: {addr}\nTel: {phone}\nBank: {iban}\n\nHope this gets sorted quickly."),
    ("cruise", "We were on the {date} sailing and I was charged twice for the drinks package ({amt}). Card used was {card}. Statement ref {reqid}.\n\nOur stateroom account number is {cust}. Please refund to the same card or to {iban}."),
    ("drive", "I passed my test on {date} (thanks!) but I still have {qty} prepaid. Could you refund them to {iban}? Student number {cust}, phone {phone}."),
]

AGENT = [
    ("gen", "Hi {fname}, thanks for getting in touch! I can see your account {cust} and I've moved the appointment to {date} at {time}. You can also call us on {cphone}."),
    ("gen", "Hi {fname}, sorry about that. I've raised case {ticket}. The direct debit is on account {mask}, so that's correct."),
    ("gen", "Hi {fname}, please never share your password on social media. You sent {pw}; change it right away at {url}. We've hidden your tweet."),
    ("move", "Is {addr} correct? If so our crew will be there on {date} between {time} and {time#2}. I've passed key safe code {pin} to the team leader."),
    ("cruise", "Thank you! Booking {order} now shows the correct date of birth ({dob}). You'll get a new confirmation at {email} within {dur}."),
    ("alarm", "Hi {fname}, an engineer can visit on {date}. To verify: your account number is {cust} and the number we hold is {phone}, is that right?"),
    ("news", "Hi {{first_name}}, your cancellation for subscription {cust} is done from {date}. The remaining {amt} will be refunded to {iban}."),
    ("dent", "Good afternoon, invoice {inv} has been corrected to {amt}. Any questions, call the practice on {cphone} (Mon-Fri {time}-{time#2})."),
    ("drive", "Great news, your test is booked for {date}. Your instructor will pick you up from {addr}. Good luck!"),
    ("opt", "Hi {fname}, your glasses are ready for collection, collection number {order}. Reminder: we will never ask for your [CODE] or password."),
    ("alarm", "Hi {fname}, I've reset the app login for {user}. Use the one-time code {otp} within {dur} and then set a new password."),
]

GREET = ["Dear {co},", "Dear Sir/Madam,", "Hi,", "Hello,", "Dear Customer Services,", "Hi {agent},", "To whom it may concern,", "Good afternoon,"]
CLOSE = ["Kind regards,", "Best,", "Thanks,", "Regards,", "Many thanks,", "Cheers,", "Best wishes,", "Sincerely,"]
SIG = [
    "{name}\n{addr}\n{phone}",
    "{name}\nM: {phone}\nE: {email}",
    "{fname}\n\nSent from my iPhone",
    "{name}\nMob {phone}",
    "{name} | {addr}",
    "{fname} {lname}\n\nSent from Outlook for Android",
    "{name}\n{email}",
    "{fname}\n--\nCell: {phone} (texts preferred)",
]
QUOTE_HDR = ["On {date} at {time}, {co} <support@{domain}> wrote:", "From: {co} <care@{domain}>\nSent: {date} {time}\nTo: {email}\nSubject: RE: your enquiry",
             "-----Original Message-----\nFrom: {agent} ({co})\nDate: {date}", "{co} wrote on {date}:"]
FWD_HDR = ["---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: complaint", "Begin forwarded message:\n\nFrom: {email}\nSubject: Fwd: question"]
DISCLAIMER = ["This email may contain confidential information. If you are not the intended recipient, please delete it.",
              "Please consider the environment before printing this email.",
              "{co} Ltd, registered in England and Wales, company number {kvk}. VAT {vat}.",
              "This message has been scanned for viruses."]
SUBJECT = ["Subject: question about my account", "Subject: Complaint", "Subject: RE: your message", "Subject: urgent!!", "Subject: change of details", "Subject: cancellation"]
AGENT_SIGN = ["^{ini}", "Thanks, {agent}", "Cheers, {agent} | {co}", "Have a great day! {agent}", "Kind regards,\n{agent}\n{co} Customer Care | {cphone}", "-{agent}"]

EXTRA = [
    "I already phoned about this on {date} and was promised a call back within {dur}. Nothing. My complaint reference is {ticket}.",
    "Honestly I'm really disappointed. We've been customers since {year} and never had a problem before.",
    "Your website ({url}) says you reply within {dur}, but I've been waiting much longer. I won't pay invoice {inv} for {amt} until this is sorted.",
    "For reference it's order {order}, total {amt} including {pct} VAT.",
    "I'm hard to reach during the day, best after {time}. Email is fine too.",
    "I also messaged you on Facebook and WhatsApp but only got an automated reply with number {ticket}.",
]

CHAT += [
    ("alarm", "Your engineer asked me to paste this from the app logs: Authorization: Bearer {tok} / status {err}"),
    ("alarm", "Hub {model} keeps giving {err}, request {reqid}. access token {tok}. hub IP {ip}"),
    ("move", "Final bill says meter reading {meter} but we submitted {meter#2} on {date}. Card {card} exp {exp} already charged"),
    ("move", "Were the boxes sent? tracking {track}. Paid with card {mask}. Home from {time} at {addr}"),
    ("cruise", "Phone on board is asking for a PUK: {puk}? SIM PIN was {pin}. flight home {flight}"),
    ("opt", "Ordering lenses {prod} with Mastercard {card} exp {exp} cvc {cvv}, login {user} password {pw}"),
]
EMAIL_BODY += [
    ("alarm", "Your installer fitted a new panel ({model}) on {date}. The firmware file has SHA-256 {checksum} but your site lists a different one. Is this safe?\n\nThe app also gives {err} with token {tok}. Username {user}, password {pw}.\n\nCustomer since {year}, account number {cust}."),
    ("news", "I've had a reminder for invoice {inv} ({amt}), but it was paid with my credit card {card} (expires {exp}). My statement shows {mask}.\n\nThe welcome pack was sent with {track}. Subscriber number {cust}. My login is {user}; the one-time code I got was {otp}."),
]
AGENT += [
    ("move", "Hi {fname}, the meter reading has been corrected to {meter}. Card {mask} won't be charged again. Parcel {track} is on its way."),
    ("alarm", "Hi {fname}, checksum {checksum} is the correct one. Your old token {tok} has been revoked; sign in again as {user}. Case {ticket}."),
]
EXTRA += [
    "We've been loyal customers since {year} (always paid by card {mask}).",
    "The paperwork was sent with {track}; the attached PDF has checksum {checksum}.",
]
PUBLIC += [
    ("news", "{mention} subscriber since {year} and charged twice on {mask} {hashtag}"),
    ("move", "{mention} tracking {track} stuck on 'in transit' for {dur}, case {ticket} {hashtag}"),
]
