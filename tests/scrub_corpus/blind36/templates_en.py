"""English templates: en-gb (UK), en-us (US), en-x (expats in NL/BE)."""
T = {}

T[("en-gb", "chat", "account")] = r"""
hiya, can't get into my account. username {T:username} password {T:password}, keeps saying details incorrect
---
I reset my password to {T:password} but the app still wants the old one?? error {N:error_code}
---
My login is {T:email} and the temporary password you texted me was {T:password:temp}, it doesn't work
---
sorry typo, it's {T:password} not {T:password}
---
The verification code is {T:otp}
---
Just got the code: {T:otp}. Order {N:order_number} by the way
---
code came through as {T:otp:spelled}
---
{T:otp} - that's the one from the text
"""

T[("en-gb", "chat", "sim")] = r"""
Phone says PUK required, I put the PIN in wrong 3 times. My mobile number is {T:phone}
---
PUK code {T:puk} not accepted, 6 attempts left
---
what's the default sim pin? I tried {T:pin} and {T:pin}
---
New SIM PIN is {T:pin}, can you confirm that's what's on the card?
"""

T[("en-gb", "chat", "wifi")] = r"""
New hub ({N:model_number}) arrived, the wifi password on the card is {T:wifi_key} but my laptop won't connect
---
changed the wireless key to {T:wifi_key} and now the smart plugs have dropped off
---
For the engineer tomorrow: network {F:ssid}, key {T:wifi_key}, key safe code {T:pin}
---
Router admin password is still {T:password:router}, is that normal? Firmware {N:version_string}
"""

T[("en-gb", "chat", "payment")] = r"""
Please change my direct debit to {T:iban:GB}
---
Card number {T:card}, expiry {T:card_expiry}, security code {T:cvv}. Can you take the {N:amount} from that?
---
Payment with card ending {N:masked_value} failed. Here's the new one {T:card} exp {T:card_expiry} cvv {T:cvv}
---
refund of {N:amount} to {T:iban} please, invoice {N:invoice_number}
"""

T[("en-gb", "chat", "energy")] = r"""
Meter reading: {N:meter_reading} (elec) {N:meter_reading} (gas). Account number {T:customer_number}
---
my direct debit went up to {N:amount}, that's {N:percentage} more?! account {T:customer_number}
---
Moving out on {N:date}, new address is {T:address}. Final reading {N:meter_reading}
"""

T[("en-gb", "chat", "personal")] = r"""
Address is {T:address}, the engineer went to the wrong house
---
Ring me on {T:phone} after {N:time} please
---
DOB {T:date_of_birth}, postcode is on the account
---
can you email me at {T:email} instead
---
My public IP is {T:ip_address} according to the router, could you check if it's blacklisted?
"""

T[("en-gb", "chat", "none")] = r"""
No broadband in {F:city} since {N:time}. Case {N:ticket_number}
---
Paying for {N:quantity}, getting {N:quantity}. Hub {N:model_number}
---
Bill {N:invoice_number} is {N:amount}, last month was {N:amount}. Why?
---
Flying tomorrow on {N:flight_number}, is roaming on? I've got {N:quantity}
---
Parcel {N:tracking_number} still not here, order {N:order_number}
---
forgot my PIN, what do I do? screen shows {N:error_code}
"""

T[("en-gb", "public", "pub")] = r"""
{N:mention} third outage this week in {F:city}. Absolutely shocking service {N:hashtag}
---
{N:mention} engineer booked for {N:time}, it's now {N:time}. No show. No call.
---
{N:mention} can someone ring me back please {T:phone}
---
40 mins on hold to {F:brand} ({N:company_phone}) and then cut off 🙃 {N:hashtag}
---
{N:mention} why is my bill {N:amount} when my contract says {N:amount}?
"""

T[("en-gb", "email", "mail")] = r"""
Since the engineer visited on {N:date}, the connection drops several times a day. I've restarted the hub ({N:model_number}) many times. My account number is {T:customer_number} and you can reach me on {T:phone}.
---
Please update my direct debit details to {T:iban:GB}. The account holder is {F:name}, date of birth {T:date_of_birth}.
---
I'm moving on {N:date} to {T:address}. Closing readings were {N:meter_reading} (electricity) and {N:meter_reading} (gas).
---
I've been trying to log in with the username {T:username}, but after entering the code {T:otp} I get "{N:error_code}: session expired".
---
Your colleague set a temporary password on the call ({T:password:temp}) but it's being rejected. Case reference {N:ticket_number}.
"""

T[("en-gb", "agent", "macro")] = r"""
Hi {F:cname}, sorry to hear your broadband is down. There's a known fault in your area and our engineers are working on it, estimated fix {N:date} by {N:time}. You can check live updates at {N:url}. If you're still having issues after that, give us a call on {N:company_phone} quoting reference {N:ticket_number}. Thanks, {F:agent}
---
Hi {F:cname}, for your security please never share your password or PIN on social media. We've hidden your tweet. You can reset your password at {N:url}, or call {N:company_phone}. {F:agent}
---
Hi {F:cname}, I've updated your direct debit to the account ending {N:masked_value}. Your next bill ({N:invoice_number}) for {N:amount} will be taken on {N:date}. {F:agent}
---
Hi {F:cname}, I've set a temporary password for you: {T:password:temp}. Please change it as soon as you log in. Cheers, {F:agent}
---
Thanks {F:cname}, I've logged your readings ({N:meter_reading} and {N:meter_reading}) on account {T:customer_number}. Your new monthly payment will be {N:amount}. {F:agent}
"""

T[("en-gb", "note", "visit")] = r"""
Engineer visit notes - job {N:ticket_number} - {N:date}
Engineer: {F:agent}
Address: {T:address}
Customer contact: {T:phone}
Replaced hub with {N:model_number}, firmware {N:version_string}. Line test {N:quantity}. New wifi key {T:wifi_key} written on card left with customer.
"""

# ------------------------------------------------------------------ en-us
T[("en-us", "chat", "account")] = r"""
hey, locked out of my account. user name is {T:username} and pw {T:password}. keeps saying invalid credentials ({N:error_code})
---
My login is {T:email}, the reset link at {N:url} gives a 500
---
ok i changed it to {T:password}, still doesn't work lol
---
the 2FA code is {T:otp}
---
got two texts, {T:otp} and {T:otp}, which one?
---
verification code {T:otp} expired already smh
"""

T[("en-us", "chat", "sim")] = r"""
My phone says SIM PIN locked. Number is {T:phone}. Can you give me the PUK?
---
PUK: {T:puk}. Didn't work
---
voicemail pin is {T:pin}, can you reset it? it says {N:error_code}
"""

T[("en-us", "chat", "wifi")] = r"""
Gateway ({N:model_number}) wifi password is {T:wifi_key} per the sticker, my TV won't connect
---
changed my network password to {T:wifi_key} and now the thermostat is offline
"""

T[("en-us", "chat", "payment")] = r"""
Can I pay with {T:card} exp {T:card_expiry} CVV {T:cvv}? Amount due {N:amount}
---
Amex {T:card:amex}, exp {T:card_expiry}, CID {T:cvv:amex}
---
autopay failed on card {N:masked_value}, here's the new card {T:card}
"""

T[("en-us", "chat", "smarthome")] = r"""
The HomeHalo app asks for my alarm code, is it {T:pin:alarm}? Account email {T:email}
---
Doorbell went offline after firmware {N:version_string}. Login {T:email} password {T:password}
---
My Home Assistant integration stopped working. Long-lived token I'm using:
{T:token:jwt}
Port {N:port} is forwarded, error {N:error_code}
---
Here's my API key for the developer portal, it returns 401: {T:api_key}
"""

T[("en-us", "chat", "personal")] = r"""
Address is {T:address}, the tech went to the wrong building
---
Call me at {T:phone} after {N:time}
---
DOB {T:date_of_birth}, last 4 of account are on file
---
email me at {T:email}
"""

T[("en-us", "chat", "none")] = r"""
Internet down in {F:city} since {N:time}, ticket {N:ticket_number}
---
Paying for {N:quantity} but speedtest shows {N:quantity}
---
Bill {N:invoice_number} is {N:amount}?? it was {N:amount} last month
---
Order {N:order_number} shipped, tracking {N:tracking_number} hasn't moved
"""

T[("en-us", "public", "pub")] = r"""
{N:mention} internet out AGAIN in {F:city}. {N:hashtag}
---
{N:mention} tech window was {N:time}-{N:time}, nobody showed. great.
---
{N:mention} please call me {T:phone}, I've been on hold 2 hours
---
{N:mention} my bill jumped {N:percentage}. explain?
"""

T[("en-us", "email", "mail")] = r"""
Since the technician visit on {N:date}, my connection drops several times an hour. I've power-cycled the gateway ({N:model_number}) repeatedly. My account number is {T:customer_number} and my cell is {T:phone}.
---
I'm moving on {N:date}. The new service address is {T:address}. Please transfer my plan.
---
I tried logging in as {T:username}; after entering the code {T:otp} I got error {N:error_code} and request ID {N:request_id}.
---
Please use the card on file going forward, not the one ending {N:masked_value}. If you need a new one, it's {T:card}, exp {T:card_expiry}.
"""

T[("en-us", "agent", "macro")] = r"""
Hi {F:cname}, thanks for reaching out! I see an outage affecting your area; our techs are working on it with an estimated restore time of {N:time}. You can track status at {N:url}. If service isn't back by then, call us at {N:company_phone} and reference ticket {N:ticket_number}. - {F:agent}
---
Hi {F:cname}, for your security please don't post account details publicly. Send us a DM with your name and service address, and never include your password or PIN. - {F:agent}
---
Hi {F:cname}, your autopay is now set to the card ending {N:masked_value}. Your next payment of {N:amount} is scheduled for {N:date}. - {F:agent}
---
Hi {F:cname}, I generated a one-time passcode for you: {T:otp}. It expires in 10 minutes. Ref {N:ticket_number}. - {F:agent}
"""

# --------------------------------------------------------------- en-x: expats
T[("en-x", "chat", "account")] = r"""
Hi, sorry my Dutch isn't good enough for this. I can't log in to Mijn {F:brand}. Username {T:username}, password {T:password}. It says 'onjuiste inloggegevens'
---
the 'verificatiecode' is {T:otp}, I think that's the verification code?
---
I got a letter with 'tijdelijk wachtwoord' {T:password:temp}, but it doesn't work
---
DigiD wants my BSN, it's {T:bsn:bsn}, is this safe to give to you?
---
Just moved to Belgium, they asked for my national number, it's {T:bsn:rrn}. And my phone {T:phone}
"""

T[("en-x", "chat", "wifi")] = r"""
The modem says 'netwerksleutel' {T:wifi_key}, is that the wifi password?
---
The technician ('monteur') left a card with wifi key {T:wifi_key} and network {F:ssid}. Laptop says 'can't connect to this network'
---
The screen on the modem shows: 'Status: Geen verbinding (foutcode {N:error_code})'. What does that mean?
"""

T[("en-x", "chat", "sim")] = r"""
My SIM is locked and it wants a 'PUK-code'. The card says {T:puk}, doesn't work. My Dutch number is {T:phone}
---
pincode is {T:pin} right? The phone says 'Onjuiste pincode'
"""

T[("en-x", "chat", "energy")] = r"""
I just moved into {T:address} and need to set up electricity. Meter reads {N:meter_reading}. My phone is {T:phone}
---
The 'jaarafrekening' says I owe {N:amount}?? Customer number {T:customer_number}. I don't understand the 'voorschot' bit
---
For the 'automatische incasso': {T:iban}
"""

T[("en-x", "chat", "tech")] = r"""
Pasting from the modem admin page:
Internet: Connected
WAN IP: {T:ip_address}
LAN IP: 192.168.178.1
Firmware: {N:version_string}
Sync: {N:quantity} down
Last error: {N:error_code} at {N:time}
---
dmesg from my Pi (the one running the VPN):
[  12.441] eth0: link up
[  13.002] wg0: handshake with peer {T:ip_address}:{N:port} failed
So the port forward isn't working?
---
Here's my docker-compose for the energy monitor, maybe the API key is wrong?
  environment:
    - METER_API_KEY={T:api_key}
    - POLL_INTERVAL=30
  ports:
    - "{N:port}:{N:port}"
---
curl output:
HTTP/1.1 401 Unauthorized
x-request-id: {N:request_id}
I'm sending 'Authorization: Bearer {T:token}'
---
Error dialog says: "Unable to activate device. Reference: {N:request_id}. Code: {N:error_code}". Device is a {N:model_number}
---
AWS creds for the smart meter bridge (I know, I'll rotate them):
aws_access_key_id = {T:api_key:akia}
aws_secret_access_key = {T:api_key:aws_secret}
---
git config has my token in it, is that why it fails? https://oauth2:{T:token:glpat}@git.example.org/home/automation.git
"""

T[("en-x", "chat", "none")] = r"""
No internet in {F:city} since {N:time}, is there a 'storing'? Ticket {N:ticket_number}
---
Why is my bill {N:amount}? Invoice {N:invoice_number}
---
I'm flying home on {N:flight_number}, will my bundle of {N:quantity} work in the UK?
---
The website {N:url} gives error {N:error_code} when I try to pay
"""

T[("en-x", "public", "pub")] = r"""
{N:mention} 3 days without internet in {F:city} and your website is only in Dutch. {N:hashtag}
---
{N:mention} could someone who speaks English call me? {T:phone}
---
{N:mention} got charged {N:amount} twice on {N:date}
"""

T[("en-x", "email", "mail")] = r"""
Apologies for writing in English. I moved to {F:city} recently and signed up for internet on {N:date}. The modem ({N:model_number}) arrived but the activation fails with code {N:error_code}. My customer number is {T:customer_number} and my phone is {T:phone}.
---
I'd like to pay by direct debit ('automatische incasso'). My IBAN is {T:iban}. I don't yet have a BSN, is my passport enough?
---
My new address is {T:address}. My date of birth is {T:date_of_birth}, which your colleague asked for on the phone.
---
The technician who came on {N:date} changed the wifi key to {T:wifi_key} and the admin password to {T:password:router}, but he didn't explain anything in English.
"""

T[("en-x", "agent", "macro")] = r"""
Hi {F:cname}, no problem, we're happy to help in English! There is currently an outage ('storing') in your area, see {N:url}. Expected repair: {N:date} {N:time}. You can also call our English-speaking team on {N:company_phone}. Ticket: {N:ticket_number}. Kind regards, {F:agent}
---
Hi {F:cname}, please don't share your password here. I've noted your request under ticket {N:ticket_number}. You'll receive a verification code by SMS; please enter it at {N:url} and don't send it to us. {F:agent}
---
Hi {F:cname}, I've registered your IBAN as {N:masked_value} for direct debit. First payment of {N:amount} on {N:date}. {F:agent}
"""

T[("en-x", "note", "visit")] = r"""
Monteursrapport / Technician report {N:ticket_number}
Date: {N:date}
Address: {T:address}
Customer phone: {T:phone}
Installed {N:model_number}, fw {N:version_string}. WiFi: {F:ssid} / {T:wifi_key}. Router admin password changed to {T:password:router}.
"""
