# English (UK + US) templates. Groups: pub, dm, mail, agent.

EN = {
 "pub": [
  "{mention} {qty:days} now and the {device} still says {err} every time I open the app. Still paying {amount} a month tho {hashtag}",
  "So {mention} wants an extra {amount} because my mum watches on MY family plan from her house in {city}?? {hashtag} {hashtag#2}",
  "{mention} cancelled on {date}, charged again {amount} today. Order {order}. Sort it out {hashtag}",
  "{mention} my 9yo guessed the profile PIN ({pin}) and watched horror until {time}. Can it be longer than 4 digits? {hashtag}",
  "{mention} your DMs are broken so here goes: account no. {custno}, call me on {phone}. No TV for {qty:days}",
  "anyone else's {model} stuck on a black screen after updating to {version}? {mention} {hashtag}",
  "Got a gift sub from my sister and the code won't redeem. Called {cphone} twice, case {ticket} {mention} {hashtag}",
  "{mention} promised {pct} off the family plan but invoice {invoice} says {amount}. Explain? {url}",
  "{mention} why does my TV ask for a code every time I'm at my parents' place? Subscriber since {year} {hashtag}",
 ],
 "dm": [
  "Hi, I need to update my payment method. New card is {card}, exp {expiry}, security code {cvv}. Old one ended in {masked}",
  "hey my renewal failed and now the account's on hold. can you switch the direct debit to {iban}? account number {custno}",
  "Can't log in anymore. Username {username}, password {~is|should be|was} {password}. What am I doing wrong??",
  "My {~brother|flatmate|ex|stepdad} changed the password on our shared account. Old one was {password}. Email on the account is {email}",
  "got the text with code {otp} but the TV says expired. asked for a new one: {otp#2}. still nothing",
  "The {device} says 'Go to {url} and enter {otp:tv}' but the website says invalid code. Help?",
  "PIN for the kids profile '{profile}' is {pin} but it stopped working after the update ({version}). Can you reset it?",
  "I'd like to cancel the family plan from {date}. Account {custno}, DOB {dob}, address {address}. Confirmation to {email} please",
  "I filed a chargeback with my bank because you billed me twice ({amount}, invoice {invoice}). Card was {card}. How long until the account is unlocked?",
  "Please change my number to {phone}. The old one {phone#old} belongs to my mum and she's getting all my codes lol",
  "my flatmate {other} is moving out, can I remove her profile without losing my watch history? account email {email}",
  "set-top box ({model}) shows {err}. IP of the box is {ip}, already forwarded port {port}. Smartcard no {custno:smartcard}",
  "For the engineer tomorrow: wifi {ssid}, password {wifi_key}. Key safe code is {pin:door}. He can ring me on {phone}",
  "Can I move my grandma's gift subscription onto my account? Code on the card is {token:gift}, bought under order {order}",
  "My dad (80) rented a film by accident for {amount}. Can you set a purchase PIN? Make it {pin} so I know it",
  "New SIM, got the PUK from the carrier ({puk}), but your 2FA texts don't arrive on {phone} anymore",
  "dev here - your partner API returns {err} with key {api_key}, request id {reqid}. any idea?",
  "Hi, SSN isn't something I'm giving you, but my date of birth is {dob} and zip is in the address: {address}. Account {custno}. Need the profile lock removed",
  "yo its {myname}. logging in on the xbox, it wants a code sent to {email}. code is {otp:words} but it says wrong?",
 ],
 "mail": [
  "Since {date} we haven't been able to watch anything on the {device} in the lounge. The error is '{err}'. I've reinstalled the app (version {version}) and power-cycled the box.\n\nMy details:\nAccount number: {custno}\nName: {name}\nAddress: {address}\nPhone: {phone}\n\nThe kids have been without TV for {qty:days}, so a quick fix would be appreciated.",
  "I am writing to dispute the charge of {amount} on {date}. I cancelled on {date#2} and received confirmation (reference {ticket}). The payment was taken from {iban}.\n\nPlease refund it within 14 days or I will raise a chargeback with my bank.",
  "We have a family plan with {qty}. My ex-partner still uses the account and I want to change the password, but the reset email goes to {email}, which is his.\n\nMy new address is {email#new}. Date of birth for verification: {dob}. Last password I know of: {password}.",
  "My renewal payment failed and the account was paused. I've tried adding a new card but your site throws an error.\n\nCard: {card}\nExpiry: {expiry}\nCVV: {cvv}\n\nI know I shouldn't email this but I don't see another way.",
  "I bought my nephew a {qty:months} gift subscription (order {order}, invoice {invoice}). He never got the code. The code in my confirmation is {token:gift}, but he says it's already been redeemed.\n\nHis email is {email}, my phone is {phone}.",
  "Our son (11) worked out the PIN on the main profile. Could you please:\n- reset the profile PIN (old one is {pin}, should be invalidated)\n- set the maturity rating to 12\n- block in-app purchases\n\nAccount number {custno}, email {email}.",
  "There are four of us in a shared house on one subscription. I pay, the others pay me back. Now {brand} says someone is watching 'outside your household' because one flatmate watches at his parents' in {city} at weekends.\n\nHow do we fix this? Our home IP is {ip}, router model {model}. Account {custno}.",
  "Please update the phone number on my account from {phone#old} to {phone}. Also my address has changed to:\n{address:ml}\n\nAccount number {custno}. Verification code I just received: {otp}.",
  "My mother ({~82|79}) got a call from 'your helpdesk' and gave them her username {username}, password {password} and the text code {otp}. I think it's a scam.\n\nCan you lock the account? Her address: {address}. Born {dob}.",
  "We use your API to integrate with our smart home hub. Since {date} we get {err}.\n\nAPI key: {api_key}\nAccess token: {token}\nRequest ID: {reqid}\nBox firmware: {version}, SHA-256 {checksum}\n\nHas anything changed on your side?",
  "I'm travelling (flight {flight} on {date}) and can't log in abroad because the code goes to my old number {phone}. Please send it to {phone#new} instead. Member number {custno}.",
 ],
 "agent": [
  "Hi {myname}, sorry the payment didn't go through! I can see the card ending {masked} was declined. You can add a new payment method at {url}. Please never send your full card number in DMs 🙏 {initials}",
  "Thanks for waiting. I've reset the PIN on the '{profile}' profile. Your temporary PIN is {pin}, please change it in the app straight away. Cheers, {agent}",
  "Hi! I found your subscription under account {custno}. Cancellation is set for {date}; the last payment of {amount} will be refunded to {iban} by {date#2}. {initials}",
  "Hi {myname}, you've sent us your password ({password}) by mistake. We'll never need it! Please change it at {url}. I've deleted the message. Case ref: {ticket}. {initials}",
  "Morning! The code for your TV is {otp:tv}, valid for 15 minutes. If it doesn't work, call {cphone} (Mon-Fri until {time}). {agent}",
  "Hi {myname}, the gift subscription ({product}) is now linked to {email} and active until {date}. Anything else, just shout! {initials}",
  "I've had a look: there are {qty} active on your account, one of them in another household (IP {ip}). You can sign it out under Settings > Devices. Best, {agent} | {brand} Customer Care | {cphone} | Company No. {kvk}",
  "Hi {myname}, we've received the chargeback of {amount} (ref {ticket}). Once the bank confirms, the account will be reactivated. I've saved {phone} as your contact number. {initials}",
 ],
}

EN.update({
 "pub_x": [
  "{mention} {pct} price rise from {date} and the helpline {cphone} just rings out. Plan {product} {hashtag}",
  "{mention} customer since {year}, {pct} increase and case {ticket} still open. Not impressed {hashtag}",
 ],
 "dm_x": [
  "New card cos the old one ({masked}) expired: {card}, expires {expiry}, CVC {cvv}. My login is {username}",
  "Card declined ({err}). Try this one: {card} / {expiry} / {cvv}. Invoice {invoice}. Username {username} if that helps",
  "New SIM, put the PUK in ({puk}) but the {brand} verification code never arrives. Router at {ip}:{port}",
  "Box says {err}, product {product}. Account {custno}, ticket {ticket}. Engineer can call me on {phone}",
  "hi can u reset my profile pin? kids found it out ({pin}). also my login {username} keeps timing out, request id {reqid}",
  "I pay for the family plan and my sister-in-law is on it. She changed the email to {email} and password to {password}. Please restore it to me, account {custno}",
 ],
 "mail_x": [
  "Our subscription ({product}) didn't renew because the card {masked} expired.\n\nNew card:\n{card}\nValid until {expiry}\nCVC {cvv}\n\nLogin on the account: {username}. I also noticed a {pct} price increase - is that right?",
  "My father logs in with {username} and the password {password}. The babysitter used his PIN ({pin}) to rent films for {amount} (invoice {invoice}). Can you reverse this? Account {custno}. I've also got his PUK ({puk}) in case the text code doesn't come through.",
 ],
 "agent_x": [
  "Hi {myname}, the new card is linked and the old one ({masked}) removed. The payment of {amount} will be taken on {date}. {agent} | {cphone} | VAT {kvk}",
  "Hi {myname}, username {username} is unlocked. Case {ticket}, {pct} of invoice {invoice} will be credited. {initials}",
 ],
})

EN["agent_x"] += [
  "Hi {myname}, your account now has {qty}. Card on file {masked}. Questions? Call {cphone}. {agent} | {brand} Ltd | Company No. {kvk}",
  "Hi {myname}, {qty} linked, paying via {masked}. The meter reading {meter} is one for your energy supplier I'm afraid! We're on {cphone}, VAT {kvk}. {initials}",
]
EN["dm_x"] += [
  "4 of us share one account, I pay with {masked}. Can someone call me? Not via {cphone}, been on hold {qty:days}. {qty} on the plan",
  "Flatmate maths: TV + broadband shared, electric separate (meter reading {meter}). Paid with {masked}, {qty} active. Your number {cphone} is always engaged. Mine is {phone}",
]
