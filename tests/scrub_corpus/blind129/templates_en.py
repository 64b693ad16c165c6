"""English templates, shared body groups for en-gb and en-us, separate frames."""

BODY = {
"hotel": [
    "Hi, we won't get in until {n:time} on {n:date}, flight {n:flight_number} is delayed. Can you text me the key safe code? Booking ref {n:order_number}. My mobile is {s:phone}",
    "I booked {n:quantity} but the card payment failed. Card {s:card}, expiry {s:card_expiry}, security code {s:cvv}. Can you try again please",
    "The wifi in room 12 keeps dropping. Network {f:ssid}, the password on the card is {s:wifi_key} but I get {n:error_code}",
    "Please put the invoice in my company's name: {f:name}, {s:address}. Company no. {n:company_registration}. Invoice {n:invoice_number}",
    "Can you refund the {n:amount} deposit to {s:iban}? Reservation {n:order_number}, cancelled on {n:date}",
    "My rewards member number is {s:customer_number} but the points from my stay on {n:date} never showed up",
    "Key box isn't opening!!! you sent {s:pin/door=k}, tried {s:pin/door=k} twice. We're outside with {n:quantity}. Call me on {s:phone}",
    "Front desk asked for my date of birth ({s:date_of_birth}) at check in, is that normal for a B&B?",
    "Could you send the car park gate code to {s:email}? Last year's one ({s:pin=p}) doesn't work. Arriving about {n:time}",
    "We're staying {n:date} to {n:date}, total {n:amount} incl. {n:percentage} tax. Address for the confirmation: {s:address}",
],
"venue": [
    "I bought {n:quantity} for {n:date} but the e-tickets never arrived at {s:email}. Order {n:order_number}, paid {n:amount}.",
    "My annual pass {s:customer_number} isn't scanning at the gate, error {n:error_code}. DOB on the account is {s:date_of_birth}",
    "Trying to log in, I get a text code {s:otp} but the site says expired. Username {s:username}",
    "I'd like to cancel my membership. Member no {s:customer_number}, direct debit from {s:iban}. Please confirm to {s:email}",
    "my son ({s:date_of_birth}) has his birthday on {n:date}, does he still get in free? our slot is {n:time}",
    "The refund of {n:amount} for the closure day ({n:date}) fails, your form at {n:url} gives {n:error_code}",
    "Forgot my password for the shop. Login is {s:username}, I think it was {s:password} but it's rejected",
    "School trip with {n:quantity} to {f:venue}. Contact {f:name}, tel {s:phone}, school address {s:address}. Quote {n:ticket_number}",
],
"print": [
    "Had {n:quantity} printed this morning (order {n:order_number}) and the colours are way off compared to the proof. Item {n:product_code}",
    "Upload keeps hanging. Portal login {s:username} / {s:password}. File is 480MB, sha256 {n:checksum}",
    "Can you deliver the prints to {s:address}? Tracking {n:tracking_number} has said 'at depot' for 3 days",
    "We connected our store to your API with key {s:api_key} but since version {n:version_string} we get {n:error_code}",
    "The self-service copier ({n:model_number}) took {n:amount} off my copy card {s:customer_number} and printed nothing",
    "Invoice {n:invoice_number} shows {n:percentage} VAT, should be zero rated. Company reg {n:company_registration}. Credit note to {s:email/work} please",
    "Account no. {s:customer_number}. We'd like to pay on account, bank details {s:iban}, signed by {f:name}",
    "I'm in store now and the pickup code email never came, can you text it to {s:phone}? Order {n:order_number}",
],
"diy": [
    "Ordered on {n:date}: {n:quantity} of decking ({n:product_code}) and a {n:model_number}. Delivery address {s:address}, nothing came. Tracking {n:tracking_number}",
    "My trade card {s:customer_number} still has my old address. New one: {s:address}, phone {s:phone}",
    "The drill {n:model_number} died after 2 weeks. Paid by card ending {n:masked_value}. Return ref {n:ticket_number}",
    "Can the {n:amount} refund for the returned flooring go to {s:iban}? It's my wife {f:name}'s account",
    "At checkout in the app it asked for a verification code, I got {s:otp} but it just kept spinning. App {n:version_string}",
    "Can't log in to the website. Email {s:email}, password {s:password}. Getting {n:error_code}",
    "Driver please ring {s:phone} or my neighbour on {s:phone} before delivery. Side gate at {s:address}, code {s:pin/door}",
    "How much to hire a van for {n:quantity/dur}? I have the loyalty card, number {s:customer_number}",
],
"cowork": [
    "My access card stopped working, I'm using door code {s:pin/door} but I think that's someone else's. Member ID {s:customer_number}",
    "Did the wifi password for {f:ssid} change? I had {s:wifi_key=w} and it fails now. My laptop gets IP {s:ip_address}",
    "For the meeting room integration we use your API key {s:api_key}, but calendar sync returns {n:error_code} on port {n:port}",
    "Please send hot desk invoices to {s:email/work}. Company {f:name} Ltd, reg {n:company_registration}, address {s:address}",
    "The {n:amount} direct debit for {n:date} was taken twice from {s:iban}. Contract {s:customer_number}.",
    "Printer on 3rd floor ({n:model_number}, IP {s:ip_address}) asks for a PIN, is it {s:pin}?",
    "Submitting the meter reading for our private office: {n:meter_reading} on {n:date}. Account {s:customer_number}",
    "I have a guest at {n:time}, could reception let them in? {f:name}, reachable on {s:phone}",
    "Our access token for the booking API is {s:token}, it expired after {n:quantity/dur}. Request id {n:request_id}",
],
"recruit": [
    "For payroll my consultant needs my national insurance / tax details, and DOB {s:date_of_birth}. Do you need anything else?",
    "My wages for w/c {n:date} haven't been paid into {s:iban}. Employee number {s:customer_number}",
    "Can't get into the timesheet portal. Username {s:username}, password {s:password}, and the SMS code {s:otp} was rejected",
    "New address for payslips: {s:address}. And my new number is {s:phone}",
    "I'm applying for job {n:request_id}, CV sent from {s:email}. Reachable after {n:time} on {s:phone}",
    "Why was {n:amount} deducted?? I worked {n:quantity}, {n:percentage} night premium should be added. Payslip {n:invoice_number}",
    "The agency in Amsterdam needs my Dutch BSN for the placement, it's {s:bsn}. Is that safe to send here?",
    "Candidate ref {s:customer_number}. Please update my phone to {s:phone} and email to {s:email}",
],
"account": [
    "I changed my password from {s:password} to {s:password} and still can't log in.",
    "I got a text: 'Your verification code is {s:otp=o}'. When I enter {s:otp=o} the app says invalid.",
    "My email changed, old: {s:email}, new: {s:email}. Customer number {s:customer_number}",
    "You asked for the code I got, it's {s:otp/words}",
    "The app keeps showing this: Authorization: Bearer {s:token/jwt}. Request ID {n:request_id}",
    "Work phone SIM is locked, PUK {s:puk}, the old SIM PIN was {s:pin}",
    "Our AWS keys leaked in the print job metadata?? access key {s:api_key/aws}, secret {s:api_key/awss}. Please purge the file",
],
}

PUBLIC = [
    "{n:mention} {n:quantity} and still no reply to my email about booking {n:order_number} {n:hashtag}",
    "{n:mention} why is a ticket {n:amount} now?? it was {n:amount} last year {n:hashtag}",
    "hey {n:mention} call me back on {s:phone}, been on hold forever {n:hashtag}",
    "{n:mention} your site throws {n:error_code} at checkout, see {n:url} {n:hashtag} {n:hashtag}",
    "Great help from {f:agent} at {n:mention} today, thanks! {n:hashtag}",
    "{n:mention} parcel {n:tracking_number} hasn't moved in a week {n:hashtag}",
    "{n:mention} my email is {s:email} just resend the confirmation pls",
    "{n:percentage} off only until {n:date}?? come on {n:mention} {n:hashtag}",
]

AGENT = [
    "Hi {f:first}, thanks for getting in touch! I've updated your address to {s:address}. A confirmation is on its way to {s:email}. {f:agent}",
    "Hi {f:first}, sorry the code isn't working. Please never share your password with us, even by DM. You can reset it at {n:url}. Case {n:ticket_number}. {f:ini}",
    "Hello {f:first}, your refund of {n:amount} was sent on {n:date} to the card ending {n:masked_value}. You can reach us on {n:company_phone}. Kind regards, {f:agent}",
    "Hey {f:first}! I see you gave {s:phone} as your number, is that right? We'll call tomorrow between {n:time} and {n:time}. {f:ini}",
    "Hi {f:first}, the new door code for your room is {s:pin/door}. Check-in from {n:time}. Enjoy your stay! {f:agent}",
    "Hi {f:first}, your account number is {s:customer_number}. Could you DM us your postcode and house number so I can look into it? {f:ini}",
    "Hi {f:first}, please DM us your [ORDER NUMBER] and {{first_name}}, but no PINs or passwords please. {f:agent}",
    "Hello {f:first}, we've reset the wifi. The new key is {s:wifi_key}. If it still fails, call {n:company_phone}. {f:agent}",
]

SMS = [
    "[Text] Your verification code is {s:otp}. Don't share it with anyone.",
    "Your one-time passcode: {s:otp} (valid {n:quantity/dur})",
    "{f:biz}: use {s:otp} to sign in. Didn't request this? Call {n:company_phone}",
    "{s:otp} is your login code for My {f:biz}",
]

FRAMES = {
"en-gb": dict(
    GREET=["Dear Sir/Madam,", "Hi there,", "Hello,", "Good morning,", "Dear {f:agent},", "Hiya,"],
    CLOSE=["Kind regards,", "Many thanks,", "Cheers,", "Best wishes,", "Regards,", "Thanks in advance,"],
    SIG=["{f:name}\n{s:address}\nMob: {s:phone}", "{f:name}\n{s:phone}\n{s:email}", "{f:first}\n\nSent from my iPhone", "{f:name} | Director\nT: {s:phone}\nCompany No. {n:company_registration}"],
    AGENT_SIG=["Kind regards,\n{f:agent}\nCustomer Care, {f:biz}\n{n:company_phone} | {n:url}", "Best wishes,\n{f:agent}\n{f:biz} Ltd, registered in England no. {n:company_registration}"],
    QUOTE_HDR=["On {n:date/short} {n:year}, at {n:time}, {f:name} <{s:email}> wrote:", "From: {f:name} <{s:email}>\nSent: {n:date} {n:time}\nSubject: RE: your booking", "On {n:date}, {f:name} wrote:"],
    FWD_HDR=["---------- Forwarded message ---------\nFrom: {f:name} <{s:email}>\nDate: {n:date}\nSubject: Fwd: invoice {n:invoice_number}", "Begin forwarded message:\nFrom: {f:name}\nSubject: order {n:order_number}"],
    DISCLAIMER=["This email and any attachments are confidential and intended solely for the addressee.", "Please consider the environment before printing this email."],
    SUBJECT=["Subject: booking query", "Subject: RE: complaint", "Subject: password not working", "Subject: change of address"]),
"en-us": dict(
    GREET=["To whom it may concern,", "Hi,", "Hello team,", "Hey there,", "Dear {f:agent},", "Good afternoon,"],
    CLOSE=["Best,", "Thanks,", "Sincerely,", "Thank you!", "Best regards,", "Thx"],
    SIG=["{f:name}\n{s:address}\nCell: {s:phone}", "{f:name}\n{s:phone} | {s:email}", "{f:first}\n\nSent from my Galaxy", "{f:name}, Owner\nO: {s:phone}\nEIN {n:company_registration}"],
    AGENT_SIG=["Best,\n{f:agent}\nCustomer Support, {f:biz}\n{n:company_phone} | {n:url}", "Thanks,\n{f:agent} | {f:biz} Support Team\nCall us: {n:company_phone}"],
    QUOTE_HDR=["On {n:date/short}, {n:year} at {n:time} {f:name} <{s:email}> wrote:", "From: {f:name} <{s:email}>\nSent: {n:date}\nSubject: RE: ticket {n:ticket_number}", "On {n:date} {f:name} wrote:"],
    FWD_HDR=["---------- Forwarded message ---------\nFrom: {f:name} <{s:email}>\nDate: {n:date}\nSubject: Fwd: receipt {n:invoice_number}", "Begin forwarded message:\nFrom: {f:name}\nSubject: your order {n:order_number}"],
    DISCLAIMER=["CONFIDENTIALITY NOTICE: This message is intended only for the named recipient.", "This message was sent from a mobile device. Please excuse typos."],
    SUBJECT=["Subject: reservation question", "Subject: RE: refund", "Subject: can't log in", "Subject: billing address"]),
}
