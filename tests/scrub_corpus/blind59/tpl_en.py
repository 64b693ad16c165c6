"""English templates: en (shared by en-gb / en-us), engb, enus."""

EN = {}
EN["chat"] = [
    "Hi, my payslip for {date} is wrong - it shows {qty} but I worked 40. Employee ID {pers}",
    "need to change the bank account my salary goes into, new IBAN is {iban}. old one ended {masked}",
    "can't log in to the employee portal. username {user} pw {pwd}, getting error {err} every time",
    "The code you texted me was {otp} but it says expired?? Using app version {ver}",
    "Hello, please call me back on {phone}, I'm free between {time} and {time2}. It's about my pension (member no. {pens})",
    "I moved house, new address: {addr}. Please update before my P60 gets sent out",
    "Agency still hasn't paid me for last week!! {qty} at {amt}/hr. Candidate ref {cand}",
    "what's the keybox code for the site office again? I had {pin} but it doesn't open",
    "Verification code is {otpw} - the automated call read it out, not sure I got it right",
    "My email changed to {email}, please send my payslips there from now on. Payroll number {payroll}",
    "Hi {agent}, ticket {ticket}. I reset my password to {pwd} like you said but the portal still won't let me in",
    "Corporate card {card} exp {exp} got declined at the hotel. Flying back on {flight} tomorrow, pls help",
    "Office wifi at the {city} branch - network {ssid}, key {wifi}? My laptop ({model}) won't connect",
    "Contract number is {contract}, start date was {date} and I still haven't had a signed copy back",
    "Submitted my timesheet on {date} ({qty}) and it's not showing in {url}. Employee no {pers}",
    "my benefit payment didn't arrive this month. ref {client}, account {iban}. call me {phone}",
    "got a new phone ({model}) and lost my authenticator. can someone reset my MFA? username is {user}",
    "Mileage claim: {qty} round trip, odometer start {meter} end {meter2}, total {amt}",
    "Working from home over RDP to {ip}:{port} and it throws {err}. Help? {phone}",
    "Hi, DOB is {dob} and my member number is {member} if you need to verify me",
    "Why is my holiday pay only {pct} of {amt}?? Staff number {pers}",
    "Our dev pasted the payroll API key in a public channel: {apikey}. Can it be revoked? Request ID {reqid}",
    "AWS creds for the HR export bucket leaked in a ticket - access key {awsid}, secret {awssecret}. pls rotate asap",
    "bearer token from the timesheet app: {token} - support asked me to send it, is that right?",
    "Work phone locked after three wrong PINs. PUK on the SIM card holder is {puk} but the SIM PIN {pin} was right, I swear",
    "company sim blocked, puk {puk} not working either. staff no {pers}",
    "Uniform order {order} (item {prod}, size L) was deducted from my wages twice, {amt} each. Employee ID {pers}",
    "Downloaded the VPN client {ver} for home working but the SHA-256 is {checksum}, not what the intranet says. Safe to install?",
    "From {date} I'm dropping to {qty} a week for childcare. Who updates my contract ({contract})? Call {phone} pls",
    "login: {user}\npass: {pwd}\nthat's what the agency gave me on day one and it's already locked",
    "The 6-digit code from the authenticator is {otp} but the payroll site wants it within 30 seconds and I'm too slow lol. user {user}",
    'MFA code {otp}, email {email}, password {pwd} - sorry, just trying to get my timesheet in before {time}',
]
EN["public"] = [
    "{mention} 3 weeks and still no wages. Absolutely shocking {hashtag}",
    "{mention} your portal keeps throwing {err}, can't download my payslip {hashtag} {hashtag2}",
    "Thanks for nothing {mention}, holiday pay of {amt} never arrived. account {iban}, check it yourself",
    "{mention} just ring me on {phone} instead of sending another automated email",
    "{mention} case {ticket} open since {date}. Not a single reply {hashtag}",
    "Is it normal for {mention} to ask for your password in DMs? Already sent it ({pwd}) oops {hashtag}",
    "{mention} my pension statement for {year} is wrong. member number {pens}",
    "Yet another temp agency losing timesheets. {qty} worked, nothing paid {hashtag} {mention}",
]
EN["agent"] = [
    "Hi {fname}, sorry your payslip isn't right! I can see employee ID {pers} was processed for {qty}. I've passed this to payroll under {ticket}. ^{ini}",
    "Thanks {fname}. We've updated your bank details to {iban}; this takes effect from {date}. Please never share your password with us. {agent}",
    "Hi {fname}, you can reset your password yourself at {url}. A code will be sent to {phone}. Still stuck? Call us on {cphone}. {agent}",
    "Hello, to view your pension you can log in with your member number ({pens}). We've checked your date of birth {dob}. ^{ini}",
    "Hi {fname}, we've sent new login details to {email}. Temporary password: {pwd} (please change on first login). Your username is still {user}.",
    "Hi! Your request is logged as {ticket}. For your privacy please don't post card numbers - I've hidden the reply containing {card}. {agent}",
    "Hi {fname}, the payment of {amt} is scheduled for {date} to the account ending {masked}. Kind regards, {agent} | {org}",
    "Hi, I've changed your address to {addr}. Your tax form for {year} will be re-sent (tracking {track}). ^{ini}",
    "Your hours for week {week} ({qty}) are approved. Candidate ref {cand}. Questions? Call {cphone}, Mon-Fri {time}-{time2}.",
    "Hi {fname}, the PUK for your company SIM is {puk}. You'll then be asked to set a new PIN. ^{ini}",
    "Hi {fname}, we can't see a timesheet for week {week} under candidate ref {cand}. Could you resubmit via {url}? ^{ini}",
    "Hi {{first_name}}, your verification code is [CODE]. Never share it with anyone, including us. {agent}",
    "Thanks for your patience {fname}. Ref {ticket}: we've reissued your payslip for {date} to {email}. Password to open the PDF is your date of birth ({dob}) in DDMMYYYY. ^{ini}",
    "To reset your MFA we need to verify you. I can see payroll number {payroll} on file - is that right? Please DM us. {agent}",
]
EN["email"] = [
    "Please find my details for payroll below:\n\nName: {name}\nAddress: {addr}\nDate of birth: {dob}\nBank: {iban}\nMobile: {phone}\nPersonal email: {email}\n\nMy first day is {date}.",
    "Last month I was underpaid by {amt}. According to my contract ({contract}) I'm entitled to a {pct} uplift for night shifts, but my payslip dated {date} doesn't show it. I did {qty} of nights.",
    "I've been getting '{err}' for days when I try to log into the employee portal ({url}). My username is {user} and password {pwd}. I need to submit my timesheet by {date}, so any help would be appreciated.",
    "I'd like to change the account my pension is paid into.\nOld: {masked}\nNew: {iban}\nMember number: {pens}\nDate of birth: {dob}\n\nHopefully this can be done before the {date} payment.",
    "Expenses for the conference: flight {flight} on {date}, hotel {amt}, taxis {amt2}. Paid on the company card {card} (expires {exp}, security code {cvv}). Hotel invoice {inv}.",
    "I've registered with your {city} branch and the consultant asked for a copy of my passport. My candidate number is {cand} and my phone is {phone}. I'm available from {date}.",
    "After requesting a password reset I got a text with code {otp}, which had already expired. A second one ({otp2}) didn't work either. I'm on a {model}, app {ver}.",
    "For the VPN from home: my public IP is {ip}, router forwarding on port {port}. Wifi network is {ssid}, password {wifi}. The service desk (ticket {ticket}) asked me to email this.",
    "Our integration partner accidentally committed the payroll API key {apikey} to a repository. The OAuth token {token} was in the same file. Please revoke both. Reference {reqid}.",
]
EN["greet"] = ["Hi,", "Dear Sir/Madam,", "Hello {agent},", "Hi team,", "Good morning,", "Dear Payroll,", "To whom it may concern,", "Hiya,"]
EN["signoff"] = ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Cheers,", "Regards,", "Thanks in advance,", "Best wishes,"]
EN["csig"] = ["{name}\n{phone}", "{name}\nEmployee ID: {pers}\nMob: {phone}", "{name}\n{addr_ml}", "{fname}\n\nSent from my iPhone",
              "{name} | {email} | {phone}", "{name}\nM: {phone}\nE: {email}", "{fname} {lname}\n(candidate ref {cand})", "--\n{name}\n{addr}"]
EN["asig"] = ["Kind regards,\n{agent}\nCustomer Support, {org}\nT: {cphone} | {url}\nRegistered in England No. {kvk}",
              "Thanks,\n{agent} | Payroll Team\n{org} - {cphone}",
              "Best regards,\n\n{agent}\nHR Service Desk\n{url}\nOpen Mon-Fri {time} - {time2}",
              "{agent}\n{org}\nPhone: {cphone}\nCompany reg {kvk} | VAT {vat}"]
EN["qhdr"] = ["On {date} at {time}, {org} wrote:", "On {date}, {agent} from {org} wrote:",
              "-----Original Message-----\nFrom: {org}\nSent: {date} {time}\nSubject: RE: your query ({ticket})",
              "From: {agent} ({org})\nDate: {date}\nSubject: Re: payslip"]
EN["fwd"] = ["---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: payslip\n",
             "Begin forwarded message:\n\nFrom: {name} <{email}>\nDate: {date} at {time}\nTo: {org}\n"]
EN["disc"] = ["This email and any attachments are confidential. If you received it in error please delete it and notify the sender.",
              "{org} is registered under company number {kvk}. Views expressed are those of the sender.",
              "Please consider the environment before printing this email.",
              "The information in this message is intended solely for the addressee."]
EN["subj"] = ["Subject: change of bank details", "Subject: RE: payslip {date}", "Subject: can't log in",
              "Subject: pension question", "Subject: timesheet week {week}", "Subject: FW: expenses",
              "Subject: change of address", "Subject: tax form {year}"]

ENGB = {}
ENGB["chat"] = [
    "Hiya, my P45 from the last agency never came, can you check? sent the new starter checklist ages ago, employee no {pers}",
    "Sort it out please, my wages were short {amt} this month. Payroll no. {payroll}, ring me on {phone}",
    "Pension auto-enrolment letter says member ref {pens} but I opted out on {date}??",
    "New bank details for wages: {ibanfx}. I'm moving back to the UK so use the GB account pls",
    "Door code for the Leeds depot staff room is {pin} right? The temps keep asking",
    "I'm on Universal Credit and the agency paid me late, claimant ref {client}. Address {addr}",
]
ENGB["agent"] = [
    "Hi {fname}, I've raised this with payroll ({ticket}). The shortfall of {amt} will be paid on {date}. Cheers, {agent}",
    "Hiya {fname}, please don't post your details publicly - I've removed the tweet with {phone}. Pop us a DM. ^{ini}",
]
ENUS = {}
ENUS["chat"] = [
    "My W-2 for {year} still isn't in the portal. Employee ID {pers}, DOB {dob}",
    "Direct deposit didn't hit on payday. Routing is fine but account changed to {ibanfx}, I'm paid from the EU office",
    "Need my 401(k) account number for the rollover, I think it's {member}? Call me {phone}",
    "Gate code at the warehouse is {pin}, can you tell the new temp starting {date}?",
    "PTO balance shows {qty} but I should have 64. Employee # {pers}, contract {contract}",
    "Unemployment claim stuck since {date}. Claimant ID {client}, mailing address {addr}",
]
ENUS["agent"] = [
    "Hi {fname}, thanks for reaching out! I've corrected your PTO balance under case {ticket}. Employee ID {pers} now shows {qty}. -{agent}",
    "Hey {fname}, your W-2 for {year} was mailed on {date} to {addr} (tracking {track}). ^{ini}",
]
