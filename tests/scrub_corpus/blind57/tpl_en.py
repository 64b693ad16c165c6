"""English (UK + US) templates."""

EN = {
 "pub": {
  "death": [
   "{ment} my dad passed away on {ddate} and you're STILL charging his card {amt} a month. Sent the death cert twice. {tag}",
   "{ment} how is it that closing my late mum's account takes {qty}?? Case {ticket}. Absolutely drained. {tag} {tag}",
   "{ment} huge thanks to the lady on your bereavement line who helped me today. Made a horrible week a bit easier ❤️ {tag}",
   "{ment} your site says go to {url} to report a death but it gives {err}. Please fix this, people are grieving {tag}",
   "{ment} DM'd you my late husband's account number {cust}, please reply, the funeral is on {sdate}",
   "{ment} divorced {qty} ago and my ex is still the account holder on our broadband. Can't change anything. {tag}",
   "{ment} just got married 💍 and changing my name with you is harder than planning the wedding lol {tag}",
   "{ment} new baby, new house, and your app ({ver}) won't let me add her to the policy {tag}",
  ],
 },
 "chat": {
  "death_bank": [
   "Hi, my mother {dname} died last week. I need her account {iban} frozen. Her date of birth is {dob} and I'm the executor. Reference on the death cert is {certno}",
   "hello my father passed on {ddate}. his account no. is {cust:acct} and the card is {card}, exp {exp}. please cancel it, there are still payments going out",
   "Sorry if this is the wrong place. My husband died and we had a joint account {iban=a}. Can it go into my name only? My DOB {dob}, my {K:mob} {tel}",
   "Details as requested:\nDeceased: {dname}\nDOB: {dob}\nAddress: {addr}\nAccount: {iban}\nDate of death: {ddate}\nExecutor: {rname}, {tel}, {mail}",
   "My late father lived in the Netherlands, his {K:bsn} is {bsn} and Dutch account {iban:nl}. I'm his son in {city}. How do I close it from abroad?",
  ],
  "death_telecom": [
   "Hi, my grandad died and his phone contract on {tel} needs cancelling. Account number {cust}. Can I keep the number? The SIM is asking for a PUK",
   "mum's phone is locked, she always said the passcode was {pin:6} but it doesn't work. her number {tel}. i just want the photos 😢",
   "My brother passed away. His broadband ({cust:contract}) at {addr} needs to end on {sdate}. The router is a {model}, I'll post it back. His email was {mail:d}",
   "I'd like to take over my late sister's mobile {tel=a}. Her PUK from the card is {puk}. My own account is {cust}, DOB {dob:young}",
  ],
  "death_energy": [
   "Dad has died and we're clearing the house. Final meter readings: elec {meter}, gas {meter}. MPAN {cust:ean}. Account {cust}. Keys handed back {date}.",
   "Hi, I'm dealing with my aunt's estate. Energy account at {addr}. Could the final bill go to me at {mail}? Refund to {iban}. Thanks",
   "my mother passed, the house is empty from {sdate}. the keysafe code is {pin} if your engineer needs to read the meter. account {cust}",
  ],
  "death_insurer": [
   "I need to make a claim on my husband's life policy {cust:polis}. He died on {ddate}. Payout to {iban}. What else do you need?",
   "Dad's funeral plan ({cust:polis}) should cover the {funeral} invoice {inv} for {amt}. Do I have to pay it first?",
   "Car insurance for my late father, reg {plate}, policy {cust:polis}. Car is being sold {sdate}. Please cancel and refund to {iban}",
  ],
  "death_stream": [
   "How do I cancel my dead dad's subscription? I know his email ({mail:d}) but not his password. Still taking {amt} from card ending {mask}",
   "my mum died and her streaming account is still active. I can log in with {mail:d} / {pw} but there's no cancel button in app version {ver}",
   "Please refund the last charges on card {card} (CVV {cvv}, exp {exp}) – cardholder died on {ddate}",
  ],
  "divorce": [
   "We're divorcing. The joint account {iban=a} needs splitting. My ex is {pname}. My DOB {dob:young}, new address {addr}",
   "After the separation I want the energy account ({cust}) in my name. My ex {pname} no longer lives at {addr}. Her number is {tel}, mine {tel}",
   "My ex-husband still knows the password to our joint login. Username {user:r}. Please change it to {pw} and remove him.",
   "Split up with my partner. Phone contract {tel} goes to him, I'm keeping {tel}. Account {cust}. New address: {addr}",
  ],
  "life": [
   "I got married and my name is now {rname}. Please update my card and account {cust:acct}. DOB {dob:young}, new address {addr}.",
   "We're moving in together on {sdate}! New address {addr}. My account {cust}, my boyfriend's account {cust} can be closed.",
   "Our son {baby} was born on {dob:baby}! How do I add him to policy {cust:polis}? My date of birth is {dob:young}",
   "Moved house, new wifi {ssid} won't take the key {wifi}. Router {model} shows {err}. Call me on {tel}",
  ],
  "security": [
   "I got a code on dad's phone: {otp}. He died last week. Who's trying to log in? Account {cust}",
   "I need to access mum's online banking to pay for the funeral. Her login is {user:d} and the passcode is {pw}. Is that allowed?",
   "there's a login on my late husband's account from IP {ip} at {time}. nobody in the family did that. account {cust}",
   "Your code is {otp} - that's what came through on my late wife's phone. I'm trying to close her account, not hack it!",
   "Dad ran a small webshop; the payment plugin still uses his key {api}. Account {cust}. Can we revoke it after his death?",
   "Mum's credit card {card}, expiry {exp}, security code {cvv} is still on file. She died on {ddate}. Please remove it – last charge {amt} on order {order}.",
   "Flying home on {flight} on {sdate} for the funeral. Can the code go to my number instead of dad's? The one that came in: {otp}. Mine is {tel}",
   "Support asked for the bearer token from my late husband's app: {tok} (request id {req}). Is that legit? The router is on its way back, tracking {track}.",
   "The cancellation email shows checksum {sum} and {pct} off the final bill. Card {mask} should no longer be charged, right?",
   "After the divorce: his AWS access key {api} with secret {awssec} is still in our shared home server config (port {port}). Account {cust}, product {prod}.",
   "Dad's smart thermostat integration uses API key {api}. The house sells on {sdate}. Please deactivate. Account {cust}",
  ],
 },
 "mail": {
  "executor": [
   "Dear Sir or Madam,\n\nRe: The Estate of {dname} (deceased)\n\nWe act for the executors of the above-named, who died on {ddate}. The deceased was born on {dob} and last resided at {addr}.\n\nWe understand the deceased held account {cust:acct} and account {iban} with you. Please freeze these accounts and provide a date-of-death balance.\n\nOur reference: {nref}\nYour reference: {ticket}\n\n{notary}\nCompany No. {kvk}",
   "Dear Bereavement Team,\n\nI am writing as executor of my late mother, {dname}, who passed away on {ddate}. Her account number is {cust} and the supply address is {addr}.\n\nPlease close the account and send the final bill to me at {mail}. Any credit can be paid into the estate account {iban}.\n\nI enclose a certified copy of the death certificate ({certno}) and the grant of probate.",
   "Dear Sirs,\n\nFurther to our letter of {date} (ref {nref}), we confirm that {rname} of {addr} has been appointed administrator. She may be contacted on {tel} or at {mail}.\n\nThe deceased, {dname}, DOB {dob}, held policy {cust:polis} with you.\n\nYours faithfully,\n{notary}",
  ],
  "family": [
   "Hi,\n\nI honestly don't know where to start. My dad {dname} died suddenly on {ddate}, he'd only been retired {qty}. I'm trying to sort everything but keep getting passed around.\n\nHe had an account with you (number {cust=k}) at {addr}. The last bill ({inv}) says {amt}. I want it closed from {sdate}.\n\nI've emailed the death certificate twice now. My details: {rname}, {tel}, {mail}. Refunds to my account {iban} please.",
   "Hello,\n\nSorry this is long. Mum passed away and I'm going through her phone and accounts. Her phone's locked, the PIN was {pin} but that's wrong apparently. Her number: {tel=m}. Account {cust}. Her date of birth was {dob}.\n\nI'd like to keep {tel=m} for a few months because people still ring it, I know that sounds silly. Can it move to my name? My account is {cust}.",
   "Good morning,\n\nMy husband {dname} died on {ddate}. We held the joint account {iban=a}, which I would like to continue in my sole name. He also had a credit card ending {mask}, please cancel it.\n\nName: {rname}\nDate of birth: {dob}\nAddress: {addr}\nPhone: {tel}\n\n{funeral} asked whether their invoice can be paid directly from {iban=a}.",
  ],
  "funeral": [
   "Dear Sir/Madam,\n\nWe are the funeral directors acting for the family of the late {dname}, who died on {ddate}. Please release the funeral plan {cust:polis}. The funeral took place on {date}.\n\nInvoice: {inv}\nAmount: {amt}\nPay to: {iban}\n\nFamily contact: {rname}, {tel}\n\nWith sympathy,\n{funeral}",
   "Hello,\n\nWe write to notify you of the death of Mrs {dname}, born {dob}. At the family's request, please confirm cancellation of account {cust}. Correspondence to her daughter at {mail}, {addr}.\n\n{funeral}\nOffice {cphone}",
  ],
  "life": [
   "Hi there,\n\nWe got married on {date} and I've taken my husband's surname. Please update policy {cust:polis} and account {cust} to {rname}. Our new joint address is {addr}. We'd also like to add our daughter {baby}, born {dob:baby}.\n\nPayments from {iban}.",
   "Hello,\n\nMy ex-partner {pname} and I separated on {date}. We have a joint account {iban=a} and a savings account {iban}. Under our agreement {iban=a} stays with me.\n\nMy DOB: {dob:young}\nMy new address: {addr}\n\nHe must lose access to online banking. He knows my username ({user:r}).",
  ],
 },
 "agent": {
  "condolence": [
   "I'm so sorry for your loss, {rfirst}. I've closed account {cust=k} from {sdate}. The final bill will follow within {qty} and any credit goes back to {iban}. Take care. ^{agent}",
   "Please accept our condolences. To freeze your mum's account we'll need a copy of the death certificate, which you can upload at {url}. Your case number is {ticket}. {agent}",
   "Hi {rfirst}, so sorry to hear this. Please don't send passwords or PINs over DM – I've removed your message. Give us a call on {cphone} and we'll sort it together. {agent}",
   "Hi {rfirst}, I'm really sorry. I can see {tel} is still in {dname}'s name (account {cust}). We can move it to you; the PUK is {puk}. {agent}",
   "Dear {first_name}, please accept our sincere condolences. Account {cust} is now flagged as deceased and all letters will go to {addr}. {agent}",
   "Hi {NAME}, so sorry. Once we have the certificate we'll close {cust:contract}. Questions? {cphone}. ^{agent}",
   "Sorry for your loss. Policy {cust:polis} has been cancelled effective {ddate} and the overpaid premium ({amt}) will be refunded to {iban}. Ref: {ticket}. Kind regards, {agent}",
   "Thank you for letting us know, and I'm sorry. I've found the funeral plan for {dname} (DOB {dob}); {amt} will be paid to {funeral}. Processing takes {qty}. ^{agent}",
  ],
  "life": [
   "Congratulations on your wedding! 🎉 I've updated the name on account {cust} to {rname} and added {addr}. Have a lovely day, {agent}",
   "Congrats on the arrival of {baby}! She's now on policy {cust:polis} from {date}. {agent}",
   "Sorry the separation is so hard. To split account {iban} we need consent from both holders. Case {ticket}. {agent}",
   "Hi {rfirst}, your move to {addr} is booked for {date} between {time} and {time}. The new wifi key is on the sticker of your {model}. {agent}",
  ],
 },
}

EN_WRAP = {
 "greet": ["Dear Sir or Madam,\n\n", "Hi {brand},\n\n", "Hello,\n\n", "To whom it may concern,\n\n", "Dear team,\n\n", "Hi there,\n\n", "Good afternoon,\n\n", "Dear Customer Services,\n\n"],
 "close": ["\n\nKind regards,\n", "\n\nMany thanks,\n", "\n\nBest,\n", "\n\nYours faithfully,\n\n", "\n\nThanks in advance,\n", "\n\nRegards\n"],
 "sig": ["{rname}\n{addr}\nTel: {tel}", "{rname}\n{tel}", "{rname}\nMobile {tel}\n{mail}", "{rfirst}\n\nSent from my iPhone", "{rname}\n{mail}", "{rname} (son of {dname})\n{tel}", "{rfirst} {rlast}\n\nSent from Outlook for Android", "{rname}\nExecutor, estate of {dname}\n{addr}"],
 "quote": ["\n\nOn {date} at {time}, {brand} Customer Care wrote:\n", "\n\n-----Original Message-----\nFrom: {brand} Support\nSent: {date} {time}\nSubject: Your enquiry (case {ticket})\n\n", "\n\nOn {date}, {agent} at {brand} wrote:\n", "\n\n---- On {date} {brand} wrote ----\n"],
 "fwd": ["---------- Forwarded message ---------\nFrom: {dname} <{mail:d}>\nDate: {date}\nSubject: Fwd: account\nTo: {rname} <{mail:r}>\n\n", "Begin forwarded message:\n\nFrom: {rname} <{mail:r}>\nDate: {date} at {time}\n\n"],
 "disc": ["\n\nThis email and any attachments are confidential. If you are not the intended recipient please delete it.", "\n\n-- \nPlease consider the environment before printing this email.", "\n\nRegistered in England and Wales, company number {kvk}."],
 "asig": ["\n\nKind regards,\n{agent}\n{brand} Customer Care\n{cphone} (Mon-Fri 8am-8pm)", "\n\nWarm regards,\n{agent} | Bereavement Support\n{brand}", "\n\nThanks,\n{agent}\n{url}"],
}
