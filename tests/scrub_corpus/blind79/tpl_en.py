"""English templates: en-gb and en-us. Even index -> dev, odd -> heldout."""

GB_CHAT = r"""
Hi, just moved into {address} and need to set up gas and electric. Opening readings on {!date}: elec {!meter_reading}, gas {!meter_reading#2}. MPAN {customer_number:mpan}
--
boiler's showing {!error_code} again, no hot water since {!time}. the engineer can let himself in, keysafe by the back door code {pin:door}
--
Locked out of my online account. Username {username}, I reset the password to {password} but it says invalid??
--
Can you change the direct debit to {iban}? Old account closed. Account number {customer_number:uk_acc}
--
Got a text with code {otp} but I didn't request anything, is that you or a scam?
--
My MPRN is {customer_number:mprn} and the gas meter reads {!meter_reading}. Ta
--
Reporting a repair: damp and black mould in the bedroom since {!date}. Address {address}. Best number {phone}, any time after {!time}
--
You asked for my DOB for security, it's {date_of_birth}. Phone on the account is {phone}
--
Rent of {!amount} left my account ({iban}) on {!date} but the letting agent says they haven't got it. Tenancy ref {customer_number:tenancy}
--
WiFi name {$ssid}, password on the back of the hub is {wifi_key} and it still won't connect, just says {!error_code}
--
my deposit ({!amount}) still hasn't been returned, {!quantity:duration} since checkout. my IBAN (Monzo) in case you need it: {iban}
--
Paying by card: {card}, exp {card_expiry}, CVV {cvv}. Payment keeps failing on your site
--
new mobile is {phone}, old one {phone#2}. can you update please. acct {customer_number:uk_acc2}
--
Hive app wants an API key for the Octopus integration, is it {api_key}? Found it under Developer settings
"""

GB_PUBLIC = r"""
{!mention} broadband down AGAIN in {$city}. Third time this month {!hashtag} {!url}
--
{!mention} direct debit going up from {!amount} to {!amount#2} while usage is down?? {!hashtag}
--
{!mention} reported mould on {!date}, case {!ticket_number}, still nobody has come out {!hashtag} {!hashtag#2}
--
{!mention} my account number is {customer_number:uk_acc}, DM me because I've been on hold for {!quantity:duration}
--
Cheers {!mention}, engineer {$first} sorted the leak in {!quantity:duration} {!hashtag}
--
{!mention} app keeps crashing since {!version_string}, error {!error_code} at login {!hashtag}
--
{!mention} smart meter stuck on {!meter_reading} for weeks, bills estimated {!percentage} higher. Not good enough {!hashtag}
"""

GB_EMAIL = r"""
Please find below my closing readings for {address} as I moved out on {!date}:

Electricity: {!meter_reading}
Gas: {!meter_reading#2}

MPAN: {customer_number:mpan}
MPRN: {customer_number:mprn#2}

Please send any credit to {iban}. My forwarding address is {address#2}.
--
I have now called {!company_phone} three times about case {!ticket_number} and each time was promised a call back. My details again:

Name: {$name}
Account: {customer_number:uk_acc}
DOB: {date_of_birth}
Mobile: {phone}
Email: {email}

The disputed amount is {!amount} on bill {!invoice_number}.
--
Dear landlord,

Water has been coming through the bathroom ceiling since {!date}. Photos attached. The plumber can use the key safe by the garage, code {pin:door}. The alarm ({!model_number}) code is {pin:alarm}, please reset it afterwards.

I can be reached on {phone}.
--
Since the new hub ({!model_number}, firmware {!version_string}) was installed the connection drops every {!quantity:duration}. I've forwarded port {!port} to my NAS on {ip_address}; could that be it?

Router admin login is {username} / {password} and the WiFi key is {wifi_key} if you want to check remotely.
--
I'm writing to formally complain about the handling of my deposit. The deposit of {!amount} was protected with the DPS (certificate {!ticket_number}). Checkout was on {!date}. I have had no response. Please return it to {iban}.

For ID: {date_of_birth}, tenancy reference {customer_number:tenancy}.
--
I tried to pay online yesterday with card {card}, expiry {card_expiry}, and it was declined. Then I got a one-time passcode {otp} that didn't work. Reference on screen was {!request_id}.
--
For the home automation setup the installer left me these, can you confirm they're yours and safe?
API key: {api_key}
Secret: {aws_secret}
Dashboard token: {token}
--
Please update the account holder to {$name#2} from {!date}. Their email is {email#2} and phone {phone}. Payments from {iban}. Account {customer_number:uk_acc}.
"""

GB_AGENT = r"""
Hi {$first}, thanks for your readings! We've got elec {!meter_reading} and gas {!meter_reading#2} as of {!date}. Your new Direct Debit will be {!amount}. {$agent}
--
Hi {$first}, sorry your broadband's down. There's a fault in your area; engineers expect it fixed by {!time}. Live updates: {!url} ^{$agent}
--
Hi {$first}, I've updated your Direct Debit to {iban}. First collection will be on or around {!date}. Thanks, {$agent}
--
Please never share passwords or security codes with anyone, including us. We'd recommend changing your password here: {!url}. {$agent}
--
Hi {$first},

Your repair {!ticket_number} is booked for {!date} between {!time} and {!time#2}. The operative will use the key safe (code {pin:door}) as agreed.

Kind regards,
{$agent}
{$brand} Customer Care
Tel {!company_phone} | Registered in England No. {!company_registration}
--
Hi {$first}, your last payment on the card ending {!masked_value} went through, so the {!amount} balance is cleared. Any questions call {!company_phone}. {$agent}
--
Hi {$first}, your replacement hub ({!model_number}) has been dispatched, tracking {!tracking_number}. {$agent}
--
Hi {$first}, I've changed your mobile to {phone} and your email to {email}. Account {customer_number:uk_acc} otherwise unchanged. {$agent}
"""

US_CHAT = r"""
Hi, moving into {address} on {!date}, need to transfer electric service. Account # {customer_number:us_acc}
--
Internet has been out since {!time}, modem {!model_number} blinking orange. Callback number {phone}
--
Can't log into the resident portal. username {username} password {password}. It says account locked
--
When am I getting my security deposit back? {!amount}, moved out {!date}. Send to routing/IBAN {iban} (I'm in Europe now)
--
Maintenance request: AC not working, unit is {address}. Lockbox code {pin:door}. Dog is friendly lol
--
I got a text with a verification code {otp}, I didn't ask for it. Is someone trying to get into my account?
--
Autopay with card {card} exp {card_expiry} cvv {cvv} keeps failing, what gives
--
router admin pw is {password} and wifi key {wifi_key}, network {$ssid}. still no connection, error {!error_code}
--
New phone number {phone}, email {email}. Account {customer_number:us_acc2}
--
DOB {date_of_birth}, last 4 of card {!masked_value}, account number {customer_number:us_acc} — that's what the rep asked for
--
Gate code changed to {pin:door}? My delivery driver can't get in. Tracking says {!tracking_number}
--
Xfinity tech asked me to read the public IP: {ip_address}. Port {!port} forwarding still broken
--
The property manager's app wants a Bearer token to connect my smart lock: {token}. Is that safe to paste here?
"""

US_PUBLIC = r"""
{!mention} power out AGAIN in {$city}, {!quantity:duration} now {!hashtag} {!url}
--
{!mention} bill went from {!amount} to {!amount#2} for the same usage. Explain?? {!hashtag}
--
{!mention} no heat since {!date}, work order {!ticket_number}. Nobody came {!hashtag} {!hashtag#2}
--
{!mention} my account number is {customer_number:us_acc}, please DM, been on hold {!quantity:duration}
--
Shoutout {!mention} tech {$first} fixed it in {!quantity:duration} {!hashtag}
--
{!mention} app crashing since {!version_string}, {!error_code} on login {!hashtag}
"""

US_EMAIL = r"""
I'm moving out of {address} on {!date}. Please stop service and send the final bill to my new address, {address#2}. Final reading was {!meter_reading}.

Account: {customer_number:us_acc}
Phone: {phone}
--
I have called {!company_phone} three times about ticket {!ticket_number}. Here are my details again:

Name: {$name}
Account: {customer_number:us_acc2}
DOB: {date_of_birth}
Cell: {phone}
Email: {email}

The disputed charge is {!amount} on invoice {!invoice_number}.
--
Dear property manager,

Water is leaking from the ceiling in the bathroom since {!date}. The plumber can use the lockbox by the side door, code {pin:door}. Alarm ({!model_number}) code is {pin:alarm}.

Please call me at {phone}.
--
Since the new gateway ({!model_number}, firmware {!version_string}) was installed, the connection drops every {!quantity:duration}. I forwarded port {!port} to {ip_address} for my camera.

Admin login: {username} / {password}. Wi-Fi password {wifi_key}.
--
Per our lease, my security deposit of {!amount} was due back within {!quantity:duration} of move-out ({!date}). Please send it by card refund to {card} or wire to {iban}.
--
I tried to pay online with card {card}, exp {card_expiry}, and it was declined. Then a one-time code {otp} didn't work either. Error reference {!request_id}.
--
Our building's energy dashboard integration stopped working. The vendor says to rotate these:
AWS access key id {api_key:aws}
AWS secret {aws_secret}
Webhook token {token}
Can your IT team confirm?
"""

US_AGENT = r"""
Hi {$first}, thanks for reaching out! Your transfer to {address} is scheduled for {!date}. Confirmation {!ticket_number}. -{$agent}
--
Hi {$first}, sorry about the outage. Crews estimate restoration by {!time}. Track it at {!url} ^{$agent}
--
Hi {$first}, please don't post your password or verification codes publicly. I've locked the account for safety; reset at {!url}. -{$agent}
--
Hi {$first},

Work order {!ticket_number} is scheduled for {!date} between {!time} and {!time#2}. The tech will use lockbox code {pin:door}.

Thanks,
{$agent}
{$brand} Resident Services
{!company_phone}
--
Hi {$first}, your payment with card ending {!masked_value} posted today. Balance {!amount} is cleared. Questions? {!company_phone} -{$agent}
--
Hi {$first}, your new gateway ({!model_number}) shipped, tracking {!tracking_number}. -{$agent}
--
Hi {$first}, I updated your phone to {phone} and email to {email} on account {customer_number:us_acc}. -{$agent}
--
Hi {$first}, your deposit refund of {!amount} was sent to the card on file {!masked_value} on {!date}. Allow {!quantity:duration}. -{$agent}
"""


def _split(s):
    return [t.strip("\n") for t in s.split("\n--\n") if t.strip()]


def groups():
    return {("en-gb", "chat"): _split(GB_CHAT), ("en-gb", "public"): _split(GB_PUBLIC), ("en-gb", "email"): _split(GB_EMAIL), ("en-gb", "agent"): _split(GB_AGENT),
            ("en-us", "chat"): _split(US_CHAT), ("en-us", "public"): _split(US_PUBLIC), ("en-us", "email"): _split(US_EMAIL), ("en-us", "agent"): _split(US_AGENT)}

GB_CHAT_X = r"""
Phone's asking for a PUK after I got the PIN wrong 3 times. Is it {puk}? SIM is on account {customer_number:uk_acc}
--
Octopus said I need an API token for the EV charger integration, this one: {token}. Safe to share here?
--
Copied from the text: "Your {$brand} verification code is {otp}. Never share this code." I never asked for it!
--
quick recap for you:
name {$name}
address {address}
dob {date_of_birth}
email {email}
portal login {username}
--
My Glow IHD bridge is on {ip_address} and the API key from the installer is {api_key}. No data coming through
--
Keys are with next door at {address} or use the keysafe, code {pin:door}. My login for the repairs portal is {username}
"""

US_CHAT_X = r"""
Sent from the tenant app: my API token got posted in the group chat by mistake, please revoke {token}
--
Phone locked after wrong PIN, it wants the PUK. Card says {puk}. Account {customer_number:us_acc}
--
Copy of the text: "Your {$brand} code is {otp}. Do not share it." I didn't request this!!
--
recap:
name {$name}
address {address}
DOB {date_of_birth}
email {email}
login {username}
--
thermostat hub is at {ip_address}, installer gave me API key {api_key}. nothing syncing
--
Spare key is with my neighbor at {address} or use the lockbox {pin:door}. Portal username {username}
"""

GB_AGENT_X = r"""
Hi {$first}, you've posted your date of birth ({date_of_birth}) and email ({email}) publicly. Please delete that tweet and DM us instead. {$agent}
--
Hi {$first}, we've revoked the token you shared ({token}). Please create a new one at {!url}. {$agent}
"""

US_AGENT_X = r"""
Hi {$first}, we've revoked the token you posted ({token}). Generate a new one at {!url}. -{$agent}
--
Hi {$first}, you shared your date of birth ({date_of_birth}) and email ({email}) publicly; please delete that post and DM us. -{$agent}
"""

_groups_base = groups


def groups():
    g = _groups_base()
    g[("en-gb", "chat")] += _split(GB_CHAT_X)
    g[("en-us", "chat")] += _split(US_CHAT_X)
    g[("en-gb", "agent")] += _split(GB_AGENT_X)
    g[("en-us", "agent")] += _split(US_AGENT_X)
    return g

GB_MISC_EMAIL = r"""
My order {!order_number} (smart thermostat, product code {!product_code}) never turned up. I was abroad, flight {!flight_number} landed {!date}, and the courier left it at {address}, which isn't mine. Please contact me on {email}.
--
The firmware checksum doesn't match: expected {!checksum}, got {!checksum#2} (version {!version_string}). I've been a customer since {!year}, account {customer_number:uk_acc}. Your VAT number {!company_registration} on the bill is also wrong.
"""

US_MISC_AGENT = r"""
Hi {$first}, rent for {!year} increases {!percentage} starting {!date} per your lease. Questions: {!company_phone} or {!url}. -{$agent}, {$brand} (EIN {!company_registration})
--
Hi {$first}, your order {!order_number} (item {!product_code}) reshipped, tracking {!tracking_number}. The {!percentage} credit is applied. -{$agent}
"""

FR_MISC_EMAIL = r"""
La somme de contrôle du firmware ne correspond pas : attendu {!checksum}, reçu {!checksum#2} (version {!version_string}). Client depuis {!year}, n° client {customer_number:klant_be}. Votre n° TVA {!company_registration} est aussi erroné sur la facture.
--
Ma commande {!order_number} (thermostat, réf. {!product_code}) n'est jamais arrivée. J'étais à l'étranger, vol {!flight_number} atterri le {!date}, et le livreur l'a déposée au {address}. Merci de me contacter via {email}.
"""

_groups_base2 = groups


def groups():
    g = _groups_base2()
    g[("en-gb", "email")] += _split(GB_MISC_EMAIL)
    g[("en-us", "agent")] += _split(US_MISC_AGENT)
    g.setdefault(("fr-be", "email"), []).extend(_split(FR_MISC_EMAIL))
    return g

GB_METER_CHAT = r"""
Can my neighbour ({$name#2}) call you on {!company_phone}? She's at {address} and her broadband is off too
--
readings as of {!time} this morning -
E7 day {!meter_reading}
E7 night {!meter_reading#2}
gas {!meter_reading#3} (imperial, ft3)
water {!meter_reading#4}
MPAN {customer_number:mpan}, acc {customer_number:uk_acc#2}
"""

_groups_base3 = groups


def groups():
    g = _groups_base3()
    g[("en-gb", "chat")] += _split(GB_METER_CHAT)
    return g
