r"""English (en-gb / en-us) templates."""

T = {}

T["en:open"] = r"""
hi
hey
hello
yo
hiya
hi there
morning
sup
ok so
heyy
good afternoon
urgent
"""

T["en:close"] = r"""
thanks in advance
thx
ty {emo}
pls help asap
cheers
thanks {fn}
lmk
pls fix {emo}
much appreciated
ta
help pls
thank u
"""

T["en:chat:pw"] = r"""
my {c_pw} is {pw} but it keeps saying incorrect {emo}
changed my {c_pw} to {pw} and now the app is bugging, error {n_err}
logging in with {mail} and {c_pw} {pw}, still "invalid credentials" smh
old {c_pw} was {pw} new one is {pw2}, which one do i use on the {brand_s} tv app??
my little brother got into my {brand_g} account 😡 {c_pw} was {pw} and now it doesnt work
can u log in for me? {c_user}: {user}\n{c_pw}: {pw}
{pw} <- thats my {c_pw} ngl
the temp {c_pw} from the email ({pw}) says expired already
reset it twice, new one ({pw}) still not accepted on version {n_ver}
{c_pw}:{pw}\nemail:{mail}\nwhy isnt it working???
its {pw} with a capital at the start not {pw2}
family {brand_s} acc pw is {pw}, my mum pays for it
i'm literally typing {pw} and it says wrong. account is {mail}
my sister changed the {c_pw} to {pw} without asking lol now im locked out
"""

T["en:chat:otp"] = r"""
got the {c_otp} {otp} but the app says invalid
code is {otp} just came in, order {n_order}
{otp} thats the code i got at {n_time}
the text with the {c_otp} takes like 10 mins, {otp} already expired {emo}
which code do u mean, this one? {otp}
2fa code {otp} not working, error {n_err}
six digits right? {otp_sp}
had to enter a {c_otp} for my {brand_w} account, put in {otp} and nothing
just got {otp} and i didnt request anything?? am i hacked
{c_otp}: {otp}\norder no: {n_order}
delivery code for parcel {n_track} was {otp} but the driver just left
tried {otp} and then {otp2}, both wrong according to ur site
"""

T["en:chat:notifw"] = r"""
got this text: "{notif}" is that actually from you?
just got this:\n\n{notif}\n\nbut i never asked for a code??
{notif}\n^^ is this legit or phishing
screenshot of my notification says: {notif} {emo}
this is in my notifications: {notif} — but the app wont take it
copied from my messages: "{notif}" doesnt work
"""

T["en:notif"] = r"""
Your verification code is {otp}. Don't share this code with anyone.
{brand_s}: Your login code is {otp}. It expires in 10 minutes.
Use {otp} to confirm your {brand_w} account. Never share this code, not even with our staff.
Your one-time passcode: {otp} (valid until {n_time})
{otp} is your {brand_g} security code
Code: {otp}. Do not share! Didn't request this? Ignore this message.
{brand_t}: Your activation code is {otp}
Your {brand_d} delivery PIN is {otp}. Only give it to the driver at the door.
{brand_w} - Confirmation code: {otp}. If someone asks for this code, it's a scam.
Your code to sign in to My {brand_t}: {otp}
G-{otp} is your verification code.
Your Login Code: {otp}\nDon't share it with anyone.
"""

T["en:chat:pin"] = r"""
port {n_port} is open but the router app pin is {pin}, gives {n_err}
card {n_mask} got blocked, pin was {pin}
my sim {c_pin} is {pin} but the phone says wrong
forgot my {c_pin}, was it {pin} or {pin_swap}? genuinely no idea
alarm code is {pin}, engineer is coming {n_date}
voicemail {c_pin} {pin} doesnt work
unlock code for the phone is {pin} if u need it for the repair (order {n_order})
sorry it's {pin} not {pin_swap}
four digits: {pin_sp}
card {c_pin} is {pin}, the machine gives {n_err}
{c_pin}: {pin} , i've got 1 try left
{pin} is the code for the door downstairs so the driver can get in
parental control {c_pin} on {brand_s} is {pin} but my kid knows it already lol
new phone, screen unlock is {pin} and sim pin {pin2}
"""

T["en:chat:puk"] = r"""
phone is asking for a PUK, tried {puk} from the card but says wrong
puk code on the sim holder says {puk} , is that right?
is the puk2 {puk}?? or something else
help sim blocked! puk {puk} not working 😭 account no {klant}
requested the PUK in the app: {puk}. Still says 'SIM locked' after entering it.
{puk} that's the puk right? it's on the plastic bit
my puk is {puk} and my pin was {pin}, now both wrong??
"""

T["en:chat:wifi"] = r"""
{c_wifi} for my router is {wifi} but the laptop won't connect to {ssid}
network: {ssid}\npw: {wifi}\nnot working on the ps5
changed the {c_wifi} to {wifi} and now everything dropped
the code on the back of the router ({wifi}) doesnt work, model {n_model}
wifi {wifi} admin {pw} if u want to remote in
my {c_wifi} is {wifi}, {ssid} is the name. paying for {n_qty} and getting like 10
new hub {n_model} set up, {ssid} / {wifi} , xbox can't find it
they reset the {c_wifi} to {wifi} and now my smart plugs are offline
"""

T["en:chat:user"] = r"""
my {c_user} is {user} can u check why i got banned
account {user} got hacked, they changed the email
login {user} / {pw}
gamertag {user} , purchase of {n_amt} never showed up
i have 2 accounts, {user} and {user2}, can u merge them?
{c_user}={user} been a member since {n_year}
my in-game name is {user}, someone bought skins with my balance
cant get into {user} since the update to {n_ver}
"""

T["en:chat:dev"] = r"""
stripe key {api} is visible in a screenshot i shared, should i rotate it?
personal access token {tok} never expires? how do i revoke it
maps key {api} gets rejected, request {n_req}
my github token {tok} was in the .env i pushed, help
session cookie: {tok} , can someone log in with that?
our shop integration throws {n_err}, api key is {api}
accidentally posted my token: {tok} can you revoke it?
Authorization: Bearer {jwt} returns 401, request id {n_req}
AWS keys {aws} / {awssec} got pushed to a public repo 😬
webhook secret {api} doesnt match according to ur docs {n_url}
api_key={api} and the endpoint gives {n_err}, port {n_port} is open
my bot token {tok} suddenly stopped working, version {n_ver}
"""

T["en:chat:card"] = r"""
card ending {n_mask} is the old one, new card is {card} cvc {cvv}
cvc {cvv} on the back, card {card} valid thru {exp}
payment of {n_amt} failed with card {card} exp {exp} cvv {cvv}
card number {card}\nexpiry {exp}\ncvv {cvv}
my credit card {card} got charged twice for order {n_order}
the cvv is {cvv} and it's valid till {exp}, that's all i know
added my card {card} but {brand_s} says invalid
{card} {exp} {cvv} just try it, i'm done
i see {n_amt} taken from {card}?? didnt order anything
"""

T["en:chat:iban"] = r"""
can u refund it to {iban} in the name of {name}?
my account number changed to {iban}, old one was {n_maski}
iban {iban} invoice {n_inv}
sent {n_amt} from {iban} but it still says unpaid
return {n_order} pls refund to {iban}
direct debit of {n_amt} should come from {iban} now, not my dad's
"""

T["en:chat:id"] = r"""
date of birth {dob}, so yes im over 18
dob: {dob}\naccount no: {klant}
born {dob} if u need it for verification
they asked my birthday, it's {dob}
"""

T["en:chat:contact"] = r"""
send it to {mail} or call {tel}
new address is {adr}, want to redirect my delivery {n_track}
my number is {tel} call me after {n_time} pls
email is {mail_obf}
u can reach me on {tel_sp}
parcel needs to go to {adr}, not my old place
{tel} is my new number, email is still {mail}
leave it with the neighbours: {adr}
"""

T["en:chat:ip"] = r"""
my public ip is {ip}, can u check if im blacklisted?
server says 'too many requests from {ip}' since {n_date}
my ip is {ip} and i cant connect to the servers, NAT strict, port {n_port}
you blocked {ip}?? i didnt do anything
ip address {ip} according to whatsmyip, ping is 300 {emo}
speedtest says {n_qty} on {ip}, im paying for way more
"""

T["en:chat:klant"] = r"""
submitted meter reading {n_meter} under account {klant}, why is the bill {n_amt}?
customer since {n_year}, account {klant}
customer number {klant}, meter reading {n_meter}
my account no is {klant} and i have a question about invoice {n_inv}
{klant} is my membership number
member id {klant}, lost my card
acct: {klant}\ninvoice: {n_inv}\namount: {n_amt}
contract no {klant} ends {n_date}, how much to renew?
"""

T["en:chat:neg"] = r"""
download keeps failing, md5 {n_sum} doesnt match
port {n_port} forwarded but NAT still strict on my {n_model} from {n_year}
returned item {n_prod} on {n_date}, still no refund of {n_amt}
meter reading {n_meter} sent {n_date}, bill still says estimated
order {n_order} still hasnt arrived, tracking {n_track} says delivered {n_date}??
invoice {n_inv} says {n_amt} when it should be {n_amt}
ticket {n_ticket} 3 days no reply
app version {n_ver} crashes with {n_err}
router {n_model} firmware {n_ver} sha256 {n_sum} is that right?
{n_pct} discount wasnt applied to {n_prod}
flying {n_flight} on {n_date} at {n_time}, can delivery come earlier?
do i call {n_cphone} or is it here?
ordered {n_pcs} got 1, order {n_order}
my {n_qty} bundle is gone already and it's only {n_date}
{n_err} when logging in, asked for the code 3 times already
"""

T["en:chat:none"] = r"""
how do i cancel my subscription
why is the app so slow today
can i reset my password somewhere? i forgot it
the code isn't coming through
not getting the verification text, what now?
can u resend my pin? lost it
my password is my dog's name plus my birth year so i know it
where do i find the puk code?
is ur site down or is it just me
"""

T["en:public"] = r"""
{n_at} 3 days no internet in {city} {n_tag}
{n_at} ur app version {n_ver} is actually broken, {n_err} every login {n_tag} {emo}
{n_at} parcel {n_track} stuck on 'in transit' since {n_date} {emo} {n_tag}
{n_at} why am i paying {n_amt} for something that doesnt work {n_tag}
{n_at} help my account got hacked, {c_user} {user} pls check dms
{n_at} code {otp} doesnt work?? {n_tag}
{n_at} anyone else got an outage in {city}? {n_tag}
{n_at} {n_pct} off they said, receipt says {n_amt} {emo}
{n_at} ticket {n_ticket} and still nothing. {n_tag}
{n_at} call {n_cphone} they said, 45 mins on hold {n_tag}
{n_at} my number is {tel} just call me the chat is broken
{n_at} ordered {n_pcs}, got an empty box {emo} {n_tag}
"""

T["en:agent"] = r"""
Hi {fn}, we've received your payment of {n_amt}. Invoice {n_inv} is in your account.

{brand} Customer Care | {n_cphone} | {n_url} | {n_kvk}
Hi {fn}, the card ending {n_mask} has expired. You can add a new one at {n_url}. ^{ini}
{brand} Ltd, {n_kvk}
Hi {fn}, sorry you're having trouble! Please never share your password with us. We've sent a reset link to {n_maskm}. Thanks, {agent}
Hey {fn}, I can see a payment of {n_amt} on the card ending {n_mask}. Is this for order {n_order}? ^{ini}
Thanks! I've found your account {klant}. I've requested a new PUK, you'll get it by text. ^{ini}
Hi {{first_name}}, your code is <code>. Don't share this code with anyone. Thanks, {agent}
Hey {fn}, I've set a temporary password: {pw}. Please change it right after logging in at {n_url}. ^{ini}
Hi {fn}! Your PUK code is {puk}. Heads up: after 10 wrong attempts the SIM is permanently blocked. ^{ini}
Thanks for your patience. Ticket {n_ticket} is open and an engineer will visit {n_date} around {n_time}. Call {n_cphone} if that doesn't work.
Hi {fn}, for your security I've hidden your message containing your password. Please never send it via {{channel}}. Could you DM us your postcode and date of birth?
Your new wifi key is {wifi}. The network is called {ssid}. Don't forget to reconnect your devices. ^{ini}
Hello {fn}, your bank details were updated to {iban} as of {n_date}. Your next payment of {n_amt} will be taken from this account. ^{ini}
Hi {fn}, order [ORDER_NUMBER] is on its way with {brand_d}. Tracking: {n_track}. Have a great day! ^{ini}
Hi! I've checked your details: {mail}, {tel}. Is that still correct? Then I'll process the change. ^{ini}
Hi {fn}, there's a known outage in your area (ref {n_ticket}). Expected fix: {n_date} {n_time}. Sorry! {agent}
Hi {fn}, thanks. Could you DM us your account number ({{account_number}}) and the last 4 digits of your card? {agent}
"""

T["en:greet"] = r"""
Dear Sir or Madam,
Hi,
Hello {brand} team,
Dear Customer Services,
To whom it may concern,
Hi there,
"""

T["en:bye"] = r"""
Kind regards,
Best regards,
Thanks,
Many thanks,
Regards,
Cheers,
"""

T["en:subj"] = r"""
Subject: can't log in
Subject: RE: your enquiry ({n_ticket})
Subject: complaint about order {n_order}
Subject: change of details
Subject: Fwd: verification code
Subject: internet outage
"""

T["en:qintro"] = r"""
On {n_date} at {n_time}, {brand} Customer Care wrote:
On {n_date}, {agent} from {brand} wrote:
-----Original Message-----\nFrom: {brand} Support\nSent: {n_date} {n_time}
On {n_date} {n_time} {brand} Help <noreply> wrote:
"""

T["en:fwd"] = r"""
---------- Forwarded message ---------\nFrom: {name} <{mail}>\nDate: {n_date} {n_time}\nSubject: code
Begin forwarded message:\n\nFrom: {name} <{mail}>\nDate: {n_date}
"""

T["en:formal:pw"] = r"""
Since {n_date} I have been unable to log in to my account. I have entered my password {pw} several times but keep getting the message '{n_err}'. My username is {user}.
Last week I changed my password to {pw}. Since then the app on my TV (version {n_ver}) logs me out every day.
My son changed the password on our family account without permission. The old password was {pw}; I don't know the new one. The account is linked to {mail}.
I received a temporary password ({pw}) but when I try to log in it immediately says it has expired. I have tried three times.
"""

T["en:formal:otp"] = r"""
Yesterday at {n_time} I received a text with verification code {otp}, although I hadn't requested anything. Has my account been compromised?
When completing order {n_order} I have to enter a confirmation code. The code I received ({otp}) is rejected every time.
The text messages arrive about fifteen minutes late. The last code was {otp} and it had already expired. My phone number is {tel}.
Below is the message I received:\n\n{notif}\n\nI don't trust this. Could you check whether it came from you?
"""

T["en:formal:money"] = r"""
I would like to update my bank details. My new account is {iban} in the name of {name}. My customer number is {klant}.
On {n_date} I placed order {n_order} worth {n_amt}. According to the tracking ({n_track}) it was delivered, but I have received nothing.
My credit card {card} (expiry {exp}) was charged {n_amt} twice. Please refund the duplicate payment to {iban}.
I cancelled my subscription on {n_date} (ticket {n_ticket}), but another {n_amt} was taken afterwards. Invoice number {n_inv}.
"""

T["en:formal:contact"] = r"""
I have moved house. My new address is:\n{adr_ml}\nCould you please update my details?
My phone number has changed. You can reach me on {tel} or at {mail}.
The parcel needs to be delivered to {adr}. I'm out during the day, so please leave it in the safe place.
Please contact me on {tel}, ideally after {n_time}.
"""

T["en:formal:id"] = r"""
For the application, here are my details: date of birth {dob}, phone number {tel}, address {adr}.
My daughter (born {dob}) would like her own contract. I am the account holder under customer number {klant}.
The age verification keeps failing. My date of birth is {dob} and the account is registered to {mail}.
"""

T["en:formal:wifi"] = r"""
The engineer installed the new router ({n_model}). The network is called {ssid} and the key is {wifi}, but my printer still won't connect.
I changed the router's admin password to {pw}. Since then I can't log in at {n_url} any more.
My speed has been far below the promised {n_qty} for weeks. My IP address according to the speed test is {ip}.
"""

T["en:formal:neg"] = r"""
Your invoice {n_inv} shows your {n_kvk}, but the {n_pct} VAT has been charged twice on {n_amt}.
I'm travelling on {n_date} (flight {n_flight}) and would like to add the {n_qty} roaming bundle.
On {n_date} I ordered {n_pcs} through your website (product code {n_prod}). Nothing has arrived so far.
Your invoice {n_inv} for {n_amt} is incorrect: the {n_pct} discount has not been applied.
Since updating to version {n_ver} I get error {n_err} as soon as I open the app. I'm using a {n_model}.
The engineer was due on {n_date} between {n_time} and {n_time} but never turned up. The ticket number is {n_ticket}.
"""

T["en:formal:dev"] = r"""
Our developer accidentally committed the secret key {api} to a public repository. Please block it and issue a new one.
Every call with token {tok} returns error {n_err} (request ID {n_req}).
We use your API for our online shop. Since {n_date} we get error {n_err} with the key {api}. Request ID: {n_req}.
A colleague accidentally posted an access token ({tok}) on a public forum. Please revoke it immediately.
"""
