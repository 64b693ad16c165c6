"""English templates; a line or block starting with [gb] or [us] is tied to that variety."""
LANG = "en"

CHAT = r"""
my phone's asking for a PUK code after I got the PIN wrong 3 times. account number {cust}, where do I find it??
Is the PUK {puk}? Found it on the card the SIM came in but it still says {!err|sim}
[gb] Helping {~rel} with the phone, it says SIM locked enter PUK. The number's {phone} and DOB {dob}. Can you send the code to me instead?
eSIM won't activate on my {!model|phone}, manual activation code {otp|esim} gets rejected with {!err|app}
just got a text with code {otp} saying my number is being moved to a new SIM. I DIDN'T ASK FOR THIS. number is {phone}
Forwarded message:\n"{~brand|telecom}: Your verification code is {otp}. Never share this code, we will never ask for it."\n\nSomeone saying they were from you just called and asked me to read it out. Was that you?
SIM swap done in store on {!date} but now no signal at all. order {!order}, account {cust}
new router came today ({!model|router}), sticker says wifi key {wifi} but the laptop says wrong password
network {~ssid} password {wifi} thats right isnt it? copied it exactly off the back of the hub
How do I change the wifi password? I can log in at {!url|router} with admin / {password|router} but can't find the setting. firmware {!version}
engineer changed the wifi password to {wifi} and now the TV box won't connect, error {!err|tv}
[us] using voice to text sorry. the wifi password is {wifi} and the printer still won't connect comma what do I do question mark
speeds are {!qty|speed} when I'm paying for {!qty|speed}. router {!model|router}, light flashing orange
bought a mesh kit ({!model|router}), do the satellites need the same network key as the main router? currently it's {wifi}
TV box wants a parental PIN, I set {pin} but it says incorrect. box is a {!model|tvbox}
[gb] New card came but activation in the app fails with {!err|app}. The activation code in the letter is {otp|alnum}
PIN letter still hasn't arrived, card ending {!mask|card} came on {!date}. Account no {cust}
my pin is {pin}, can you check thats right for card {!mask|card}? it keeps getting declined
[us] just got my new credit card the number is {card} exp {expiry} and the code on the back {cvv} do I need to activate it somewhere
[gb] at the till in {~brand|shop} right now, card declined, screen says INCORRECT PIN {!err|card}. I KNOW it's {pin}. total was {!amount}
[gb] wrong PIN 3 times at the checkout and now my card's blocked 😭 stood here with a full trolley. how do I unblock it? customer number {cust}
payment declined at {!time} at {~brand|shop} ({!amount}), error {!err|card}. plenty of money in the account. what's going on
sorry it's {pin} not {pin|swap}, fat fingers 🙈
[gb] The locker at {~brand|shop} in {~city} says 'invalid code'. Collection code {otp|pickup}, tracking {!tracking}
got this text: '{~brand|parcel}: Your parcel is ready in the locker. Collection code: {otp|pickup}. Valid until {!date}.' but the door won't open
[us] driver can't get in, the gate code is {pin|door} then buzz apartment {~n|2-40}. package {!tracking}
[gb] parcel {!tracking} says delivered but nothing here. address is {address}
alarm keeps going off at {!time} for no reason, panel says {!err|alarm}. my user code is {pin|alarm}, should I reset it?
installer left the master code as {pin|alarm}, is that safe? panel is a {!model|alarm}
alarm app: username {user} password {password} and still 'login failed' {!err|app}
{~rel} lives alone and the alarm keeps beeping. says the code is {pin|spoken} over the phone. can you look remotely?
[gb] meter readings: electric {!meter} (day) {!meter} (night), gas {!meter}. account number {cust}
[us] water meter reading {!meter|water} taken {!date}, account {cust}. I have a photo if needed
smart meter shows {!err|meter} and the app hasn't updated in {~n|2-9} days. it's a {!model|meter}
direct debit went up to {!amount} a month?? that's {!pct} more. bill ref {!invoice}
helping {~rel} with the app, password forgotten. email on the account is {email} and DOB {dob}. can you send a reset?
on behalf of {~rel}: the password is written down as {password} but it stopped working after the update to {!version}
can't log in. username {user}, not getting the text code anymore cos I changed number to {phone}
code is {otp}
{otp} thats the one from the text
[gb] please refund the overpayment ({!amount}) to {iban}, account name {~fullname}
can you change my email to {email}? the old one doesn't exist anymore. account {cust}
our shop integration with your API is throwing {!err|app} since this morning. key is {api}, request id {!reqid}
[gb] any outage in {~city}? no internet or TV since {!time} {~emoji}
[us] when is the tech coming?? appointment was {!date} between {!time} and {!time}, ticket {!ticket}
bill {!invoice} is wrong, I pay {!amount} a month but it says {!amount}
how long does porting my number take? requested on {!date} and still nothing
thanks for the help yesterday, all working now {~emoji}
which router do I need for {!qty|speed}? still on the {!model|router} from {!year}
the screen says 'SIM card locked. Contact your carrier' and underneath {!err|sim}. I don't have my PUK with me
my son locked the phone with passcode {pin|six} and forgot it, can I do anything through my account {email}?
voicemail PIN forgotten, tried {pin} and {pin}. number {phone}
my password is {password} and username {user} but still can't get in, cleared the cache {~n|3-5} times
[gb] {~rel} threw away the PIN letter 🤦 card ends {!mask|card}, can a new one go to {address}?
[us] scanned the eSIM QR in the app and it says 'activation failed {!err|app}'. my number {phone|spoken}
key safe code for the engineer is {pin|door}, it's next to the front door. appointment {!date} at {!time}
[us] need to port my number out, what's the transfer PIN? is it the same as my account PIN {pin}?
[us] helping {~rel} set up the router, the admin password on the sticker is {password|router} and the wifi one is {wifi}. which goes where lol
[gb] hi my broadband's down again. hub {!model|router} showing {!err|router}. account {cust}. third time this month
API token for the reporting endpoint expired? using {token} and getting {!err|app}
[us] got a text saying my card was used at {~brand|shop} for {!amount}, reply Y/N. didn't reply yet. card ends {!mask|card}, is it legit?
login for the bill portal is {email} and the password {password}, can you check why it keeps saying account locked
My public IP is {ip}, can you whitelist it? port {!port} is still blocked
it's my dad's account, his DOB is {dob|old} and the account number is {cust}. he's sat next to me
[us] the smart thermostat integration is asking for a token, support gave me {token}. is that the right one?
slack bot for your status alerts stopped posting, bot token {token} returns {!err|app}
accidentally pasted our API key {api} into the chat earlier, can you delete it? ticket {!ticket}
my IP is {ip} and your site keeps saying access denied {!err|app}
[us] NAT type strict on the xbox. public ip {ip}, need port {!port} open. gateway is a {!model|router}
[gb] card on the account is {card}, expires {expiry}. can you take the payment from that one instead
[us] my mom's card number is {card} and the security code {cvv}, she wants to pay the overdue bill
flying out on {!flight} tomorrow, will my card work abroad or do I need to tell you? card ends {!mask|card}
[gb] bought a {!qty|data} roaming pass for flight {!flight} but it never activated
[us] ordered the extra remote, item {!product}, wasn't in the box. order {!order}
firmware download for the {!model|router} has SHA256 {!checksum} but your site lists a different one. is it safe?
[gb] customer since {!year} and this is how you treat me {~emoji}
[gb] what time does the store in {~city} open on {~day}?
can I pause my plan while I'm away {!date} to {!date}?
[us] why is there a {!amount} activation fee??
any update on ticket {!ticket}? it's been {~n|4-12} days
is the new {!model|router} available to buy separately?
[gb] my username is {user}, can't get the login text on my new phone
[gb] expat here, the energy signup form asks for my BSN, it's {bsn}. also can I get the contract in English please
been ringing {!cphone} all morning and can't get through. account {cust}, call me back on {phone}
is {!cphone} free to call or am I paying per minute? on hold {~n|20-45} mins now
set a new password {password} and the app still says incorrect, am I doing something wrong
[gb] the temporary password you texted ({password|temp}) expired before I could use it
"""

PUBLIC = r"""
{!mention} 3 days with no broadband in {~city}. fault ref {!ticket} and not a word {!hashtag}
card machines down at {~brand|shop} again? declined twice, code {!err|card} 🙄 {!hashtag}
{!mention} why has my bill jumped to {!amount}? was {!amount}. that's {!pct} more!!
{!mention} your locker in {~city} is broken, code not accepted {!hashtag}
{!mention} my PUK is {puk} and it still says wrong, what now??
{!mention} my mum just got a text with code {otp} and she didn't request anything. scam?
firmware {!version} on the {!model|router} and the wifi drops every 10 min. anyone else? {!hashtag}
{!mention} DM me please, account number {cust}, been waiting since {!date}
{!mention} parcel {!tracking} stuck 'at depot' for {~n|3-9} days {!hashtag}
[gb] {!mention} sent my meter reading on {!date} ({!meter}) and you've estimated it anyway. brilliant
[us] {!mention} been on hold at {!cphone} for {~n|40-95} minutes {!hashtag}
{!mention} alarm monitoring called at {!time} about a fault that doesn't exist. ref {!ticket}. whole house awake
[us] {!mention} tech no-show AGAIN. appointment {!date} {!time}-{!time} {!hashtag}
{!mention} so I'm supposed to read out my one time code {otp} to your 'agent' on the phone? pretty sure that's how scams work
{!mention} {!mention|energy} can you two sort this out between you, {~n|4-9} days without internet {!hashtag}
[gb] {!mention} speed test says {!qty|speed}, paying for {!qty|speed}. {!hashtag}
[gb] anyone know if the {~brand|telecom} shop in {~city} is open on {~day}? website says {!time} but shutters are down {!hashtag}
{!mention} customer since {!year} and a {!pct} price rise. I'm off {!hashtag}
"""

AGENT = r"""
Hi {~name}, sorry your SIM is locked! You can find your PUK in the app under 'My SIM'. Please never share your PUK on social media. {~initials}
[gb] Hi {~name}, I've ordered a new PIN letter for your card ending {!mask|card}. It should arrive within 5 working days. Thanks, {~agent}
Thanks! I can see you sent the wifi key {wifi}, please delete that message. You can change it yourself at {!url|router}. {~initials}
Hi {~name}, your eSIM activation code has been re-sent to {!mask|email}. Still stuck? Call us free on {!cphone}. Ref: {!ticket}
Hi {~name}, I've reset your password. Your temporary password is {password|temp}, please change it as soon as you log in. {~initials}
Your PUK is {puk}. After 10 wrong attempts the SIM is permanently blocked, so take your time 🙂 {~initials}
Hi! To help, I'll need your account number and the first line of your address. Never send your PIN or login codes, we'll never ask for them. {~initials}
[gb] Hi {~name}, we've received your meter readings ({!meter} and {!meter}) for {!date}. Your new Direct Debit will be {!amount}. Thanks, {~agent}
Hi {{first_name}}, your order {{order_number}} is on its way! Your locker code is [CODE]. Team {~brand|parcel}
Thanks for bearing with us {~name}. I've raised the outage in {~city} with our engineers under {!ticket}. Estimated fix time {!time}.
[gb] Hi {~name}, I can see you've sent your IBAN {iban}. I've updated it and the refund of {!amount} will follow in 5 working days. {~initials}
You can reset the alarm with your master code. First check the panel ({!model|alarm}) has power; error {!err|alarm} means the backup battery is flat. Thanks, {~agent}
[us] Hi {~name}, your package {!tracking} is in the locker. If you no longer have the text with the code, I can resend it to {!mask|phone}. {~initials}
Hi {~name}, verification is done. Your new eSIM is ready; scan the QR code in the email we sent at {!time}. More info: {!url}
Hi {~name}, thanks for the account number {cust}. I can see two payments of {!amount} on {!date}, I'll refund the second one. {~initials}
Hi {~name}, we don't need the PIN you mentioned ({pin}) and we can't see it either. Please delete the message. You can set a new PIN in the app. {~agent}
[us] Hi {~name}, I've updated the phone number on your account to {phone}. You'll get a confirmation text shortly. {~initials}
Hi {~name}, I've unlocked your account. Your username is {user}; use 'forgot password' to choose a new password. {~initials}
Hi {~name}, sorry about that! There's a known outage in {~city} since {!time} and our engineers are on it. No need to do anything. {~initials}
[us] Hi {~name}, the activation fee is a one-time {!amount} charge. You can see the breakdown at {!url}. Thanks, {~agent}
Hi {~name}, I can see your IP {ip} was blocked after too many login attempts. I've lifted the block, please try again in {~n|10-30} minutes. {~initials}
Hi {~name}, the correct SHA256 for firmware {!version} is {!checksum}. If yours doesn't match, please download it again from {!url}. {~initials}
"""

EMAIL = r"""
[gb] I'm moving from {address} to {address} on {!date} and would like to take my broadband and TV with me. My account number is {cust}.

The new flat already has a full fibre socket. Can I keep using my current hub ({!model|router}) or will you send a new one?

The best number to reach me on is {phone}, ideally after {!time}.
%%
[gb] Yesterday at around {!time} I entered the wrong PIN three times at {~brand|shop} in {~city}. The card machine showed 'CARD BLOCKED' with code {!err|card}. My card ends in {!mask|card}.

I have since chosen a new PIN in the app ({pin}), but I don't know whether it works on the old card yet. Do I need to order a new card or will the block be lifted automatically?

My account is {iban} in case you need it.
%%
[us] I'm writing on behalf of {~rel}, {~fullname|2}, who is hard of hearing and can't use the phone.

The account number is {cust} and the service address is {address}. A meter reading of {!meter} was submitted on {!date}, but the latest bill ({!invoice}) still came to {!amount}. That can't be right.

For verification, the date of birth on the account is {dob}. Could you put the autopay on hold until this is sorted out? You can reach me at {phone}.
%%
This morning at {!time} I received a text saying my SIM was being switched to an eSIM. I did not request this. Straight after, the code {otp} arrived, which I have not shared with anyone.

My number: {phone}
Account number: {cust}

I believe this is fraud. Please block my SIM and send me a replacement. I have reported it to the police, reference {!ticket}.
%%
Our office has been on your business broadband since {!date} with router {!model|router}. The guest network key is {wifi} and the staff network is {wifi}. Since the update to {!version}, guests can no longer connect.

Port forwarding for port {!port} has also stopped working. I can still log in at {!url|router} with password {password|router}, but the settings aren't saved.

Could someone take a look remotely?
%%
[us] My new credit card arrived on {!date}. When I try to activate it in the app I get error {!err|app}.

Card number: {card}
Exp: {expiry}
CVV: {cvv}

The activation code from the text ({otp}) isn't accepted either. I've tried {~n|3-4} times. Do I need to go into a branch or can this be done over the phone?
%%
Since {!date} my internet drops out every evening at around {!time}. I have called twice and a fault was logged under {!ticket}, but nothing has happened.

I work from home and need a stable connection. I pay {!amount} a month and I'm getting maybe {!pct} of the promised speed ({!qty|speed}).

Please send an engineer and credit my account for this month.
%%
[gb] Please cancel my alarm monitoring contract with effect from {!date}. My account number is {cust}.

I will return the control panel ({!model|alarm}) and sensors to your service point. The final instalment of {!amount} has been paid; please refund any credit to {iban}.

Could you confirm receipt of this cancellation?
%%
[gb] According to the app, my parcel ({!tracking}) has been in the locker at the station in {~city} since {!date}. When I enter the collection code {otp|pickup}, the screen says 'unknown code'.

I also tried the code from the second text ({otp|pickup}), with no luck. It's order {!order} and it's a birthday present.

Can you open the locker remotely or send the parcel to my home address?
%%
My father (born {dob|old}) can no longer log in to his email {email}. He has the password written on a scrap of paper: {password}. We also tried {password|swap}.

It keeps saying 'too many attempts, try again in 30 minutes'. He's {~n|78-91} and getting a bit panicky because his banking goes through that address.

Could you unlock the account or send a reset link to me instead?
%%
[us] We integrate with your shipping API for label printing. Since {!date} every call fails with {!err|app}.

The credentials we use are access key {api|aws} with secret {api|awssecret}. Example of a failed call: request {!reqid} at {!time}.

Can you check whether the key is still active on your side?
%%
[gb] My water bill ({!invoice}) is {!amount}, more than double last year's. The meter reads {!meter|water} m³ and the previous reading was {!meter|water} m³.

My account number is {cust}. Could someone check the meter? I suspect a leak.
%%
The TV box ({!model|tvbox}) I received on {!date} has shown nothing but error {!err|tv} since yesterday. I've restarted it, unplugged it, the lot.

The order number for the box is {!order}. I'd like a replacement please. Do I need to send the old one back first?
%%
Below is the text I got this morning, typed out from my screen:

"{~brand|bank}: Your new debit card has been dispatched. Activate within 14 days using code {otp}. Questions? Call {!cphone}."

I didn't order a new card and my current one ({!mask|card}) works fine. Is this message genuine? My number is {phone}.
%%
[us] One of our developers accidentally pasted our personal access token into a support ticket ({!ticket}) yesterday. The token was {token}.

We have revoked it on our side, but please delete the ticket attachment and any logs that contain it. Our account ID is {cust}.
%%
Please see below. Your colleague {~agentfull} ({email|agent}) promised me a call back on {!date} between {!time} and {!time}. Nobody called.

This is now the fourth time I have had to chase this. My account number is {cust} and my mobile is {phone}.
"""

SIGNATURES = r"""
{~fullname}
%%
{~fullname}
{address|multi}
{phone}
%%
{~fullname}
Mob: {phone}
%%
{~name}
{email}
%%
[gb] {~fullname}
Director, {~last} Plumbing Ltd
VAT {!kvk|vat} | Company no. {!kvk|crn}
{address|multi}
%%
[us] {~fullname}
Owner, {~last} Auto Repair
EIN {!kvk|ein}
{address|multi}
{phone}
%%
{~fullname}
Account no: {cust}
%%
{~name}
%%
[gb] {~fullname}
{~last} & Sons Ltd
Company No. {!kvk|crn}
Tel {phone|land}
%%
[us] {~fullname}
{~last} Landscaping LLC
Tax ID {!kvk|ein}
Cell {phone}
%%
{~fullname}
Tel {phone|land}
"""

QUOTES = r"""
On {~day}, {!date} at {!time}, {~brand} Customer Care wrote:
> Hi,
>
> Thanks for getting in touch. So we can look into this, please reply with your account
> number and the postcode of the property. We will never ask for your PIN or password.
>
> Kind regards,
> {~agent}
%%
-----Original Message-----
From: {~agentfull}
Sent: {~day}, {!date} {!time}
Subject: RE: Case {!ticket}

Hello,

Your case has been passed to our technical team. You will hear from us within 5 working days.

Regards,
{~agent}
%%
On {!date}, {~agentfull} <{email|agent}> wrote:
> Hello,
>
> I'm sorry to hear about the trouble. I've logged case {!ticket} and asked our team
> to call you back. The card on file ends in {!mask|card}.
>
> Best,
> {~agent}
%%
On {~day}, {!date} at {!time}, {~agentfull} wrote:
> Dear {~name},
>
> Thank you for your patience. I've discussed your case with our technical team. Our line
> tests show your connection has been dropping regularly since {!date}, mostly in the
> evenings. We've booked an engineer for {!date} between {!time} and {!time}.
>
> If you have any questions in the meantime, just reply to this email quoting your reference
> {!ticket}. Please remember we will never ask for your password, PIN or verification code,
> by email or over the phone.
>
> Kind regards,
> {~agentfull}
> Customer Care, {~brand}
%%
On {!date} at {!time}, {~brand|energy} wrote:
> Dear customer,
>
> Thanks for your message about your annual statement. We've checked your smart meter data:
> on {!date} your reading was {!meter} (day) and {!meter} (night).
>
> Your new monthly payment will be {!amount} from {!date}. If you disagree with this, you can
> raise a complaint within 30 days at {!url|energy}.
>
> Kind regards,
> {~agent}
"""

SUBJECTS = r"""
Subject: Query
Subject: Re: Case {!ticket}
Subject: Complaint
Subject: URGENT
Subject: My account
Subject: Help needed
Subject: Fwd: your message
"""

EXTRAS = r"""
I have tried calling several times but after {~n|20-50} minutes on hold the line went dead, hence this email.
I would appreciate written confirmation of what has been agreed, ideally within 5 working days.
The chat on your website just keeps giving me the same automated answers, which is why I'm writing.
Sorry for the long email but I want to be sure everything is clear. Let me know if you need anything else.
I've attached a photo of the screen and of the sticker on the back of the device.
"""
