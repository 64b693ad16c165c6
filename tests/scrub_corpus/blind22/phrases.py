"""Sentence templates for blind22.  {type[:fmt]} = labelled span, {n_kind} = hard negative,
{brand} {name} {ssid} = unlabelled filler.  Every list is dealt alternately to dev/heldout."""

P = {}

# ------------------------------------------------------------------ password (+ username pairs)
P["password"] = {
    "en": [
        "my password is {password} and it still says incorrect",
        "tried {password} as the password like 5 times now",
        "{password} is the pwd I set yesterday, it worked then",
        "login: {username}\npassword: {password}",
        "user {username} pass {password} - locked out again",
        "credentials are {username}:{password} if that helps you check",
        "can't log in, {username} {password} is right isn't it??",
        "I reset it to {password} (case sensitive) and the app still rejects it",
        "the scammer asked for my passwrod and I actually typed {password} into his link",
        "new passowrd: {password}\nold one was {password}",
        "sign in with {username} / {password}, you'll see the order history is empty",
        "pw={password}",
        "Password (case sensitive!): {password}",
    ],
    "nl": [
        "mijn wachtwoord is {password} maar hij zegt steeds onjuist",
        "inloggen met {username} en ww {password} lukt niet meer",
        "{password} is mijn ww, heb ik gisteren nog aangepast",
        "gebruikersnaam: {username}\nwachtwoord: {password}",
        "inlog {username} pw={password}",
        "heb het wachtwood veranderd naar {password} en nu kom ik er helemaal niet meer in",
        "kan niet inloggen, {username} {password} klopt toch??",
        "ww: {password}",
        "de oplichter vroeg m'n paswoord en ik heb {password} gewoon ingetikt 🙈",
        "account {username}, wachtwoord {password}, kunnen jullie kijken wat er mis is",
    ],
    "vl": [
        "mijn paswoord is {password}, allee dat dacht ik toch",
        "ge kunt inloggen met {username} en paswoord {password} om het te zien",
        "paswrd {password} werkt ni meer sinds de update",
    ],
    "fr": [
        "mon mot de passe c'est {password} et ça ne marche plus",
        "identifiant : {username}\nmot de passe : {password}",
        "j'ai mis {password} comme mdp hier",
        "mdp {password} refusé alors que je suis sûr",
        "login {username} / mdp {password}, pouvez-vous vérifier ?",
    ],
}

P["username"] = {
    "en": [
        "username is {username} if you need it",
        "my login name: {username} (not my email)",
        "the account is under the username {username}, password I already reset",
        "usrname {username}",
        "Login ID {username} - it says account suspended",
    ],
    "nl": [
        "gebruikesnaam is {username}",
        "mijn inlognaam: {username}, wachtwoord heb ik al gereset",
        "login {username}, dat is de goede",
        "gebruikersnaam {username} wordt niet herkend",
    ],
    "vl": ["mijne login is {username} moest ge dat nodig hebben"],
    "fr": ["nom d'utilisateur : {username}", "mon identifiant {username} est bloqué depuis hier"],
}

# ------------------------------------------------------------------ pin
P["pin"] = {
    "en": [
        "my card PIN is {pin} and the machine keeps saying wrong PIN",
        "SIM PIN {pin} doesn't work after the swap",
        "I gave the guy my pin ({pin}) because he said he was from the bank",
        "app PIN: {pin:app}",
        "pincode {pin} got blocked after 3 tries",
        "the 4 digit pin I chose was {pin}, didn't write it down tho",
        "{pin} is my PIN, been the same for years",
        "changed my passcode in the banking app to {pin:app} and now face id is off",
    ],
    "nl": [
        "mijn pincode is {pin} en de automaat zegt steeds onjuist",
        "pincdoe {pin} werkt niet meer na de nieuwe pas",
        "simpin {pin}, staat ook in jullie brief",
        "de pin van mn sim is {pin}",
        "heb de app-pincode veranderd in {pin:app}",
        "{pin} is de pincode van mijn pas, heb ik die koper via de chat gestuurd",
        "pin: {pin}",
        "pincode van de nieuwe kaart ({pin}) geeft foutmelding",
    ],
    "vl": ["mijne pincode is {pin}, da was altijd goe", "de code van mijn bankkaart is {pin}, ik heb dat per ongeluk doorgegeven"],
    "fr": [
        "mon code PIN est {pin} mais le terminal le refuse",
        "code secret de la carte : {pin}",
        "PIN de la carte SIM {pin}",
        "j'ai donné mon code {pin} au faux livreur, quelle idiote",
    ],
}

P["puk"] = {
    "en": [
        "PUK code {puk} says invalid",
        "found the PUK on the card: {puk}",
        "phone wants a PUK, I typed {puk} from the sim holder",
        "puk = {puk}",
        "{puk} is the PUK on my original sim card",
        "PUK1 {puk}, PIN was {pin}",
        "tried the puk {puk} twice now, one try left",
        "PUKcode: {puk}",
    ],
    "nl": [
        "de pukcode is {puk}",
        "puk {puk} staat op het pasje maar werkt niet",
        "mijn telefoon vraagt om de PUK, heb {puk} ingevuld",
        "pukcdoe {puk} ongeldig?",
        "PUK: {puk} en pin {pin}",
        "{puk} is mijn puk volgens mijn account",
        "sim geblokkeerd, puk code {puk} gebruikt maar niks",
    ],
    "vl": ["de PUK-code van mijn simkaart is {puk}, wa moet ik nu doen", "puk {puk}, pin {pin}, alles geprobeerd"],
    "fr": ["code PUK : {puk}", "le PUK {puk} ne fonctionne pas", "j'ai tapé le code PUK {puk} trouvé sur le support de la carte SIM",
           "mon PUK c'est {puk}"],
}

P["otp"] = {
    "en": [
        "the verification code is {otp}",
        "got a text with code {otp} and then someone called asking for it",
        "2FA code {otp} keeps expiring before I can enter it",
        "{otp} is the code from the SMS",
        "one-time code: {otp}",
        "your text said {otp} but the app says invalid code",
        "I read out the code {otp} to the 'buyer' so he could 'verify' the payment",
        "OTP {otp}",
        "authenticator shows {otp} right now",
        "verificaton code {otp} didn't work",
    ],
    "nl": [
        "de verificatiecode is {otp}",
        "kreeg sms met code {otp}, moet ik die aan jullie geven?",
        "verificatiecdoe {otp} werkt niet",
        "{otp} is de code uit de sms",
        "eenmalige code: {otp}",
        "die koper vroeg om de code, ik heb hem {otp} gestuurd",
        "bevestigingscode {otp} verlopen??",
        "sms code {otp}",
        "inlogcode {otp} wordt niet geaccepteerd",
    ],
    "vl": ["ik kreeg een smske met {otp} als code", "de code uit de sms was {otp}, heb ik da goe gedaan?"],
    "fr": ["le code de vérification est {otp}", "j'ai reçu le code {otp} par SMS", "code à usage unique : {otp}",
           "{otp} c'est le code reçu", "le faux acheteur m'a demandé le code {otp} et je l'ai donné"],
}

P["wifi_key"] = {
    "en": [
        "wifi password is {wifi_key}, the one on the sticker",
        "the WPA key on the back of the router is {wifi_key}",
        "network {ssid}, key {wifi_key}",
        "wifi key: {wifi_key}",
        "changed the wifi password to {wifi_key} and now nothing connects",
        "{wifi_key} is the wifi pw, the sticker one",
        "wireless key {wifi_key} not accepted by my laptop",
        "my home wifi key ({wifi_key}) was shared with the 'engineer'",
    ],
    "nl": [
        "wifi wachtwoord is {wifi_key}",
        "de netwerksleutel op de sticker is {wifi_key}",
        "wifi {ssid} met sleutel {wifi_key}",
        "wifi-ww: {wifi_key}",
        "heb de wifi sleutel veranderd in {wifi_key}",
        "{wifi_key} is de wifi code van het modem",
        "WPA-sleutel {wifi_key} werkt niet op de tv",
        "netwerk: {ssid}\nww: {wifi_key}",
    ],
    "vl": ["de sleutel van de wifi is {wifi_key}", "wifi {ssid}, paswoord {wifi_key}"],
    "fr": ["la clé wifi est {wifi_key}", "mot de passe wifi : {wifi_key}", "clé WPA {wifi_key} (celle sur l'autocollant)",
           "réseau {ssid}, clé de sécurité {wifi_key}"],
}

P["api_key"] = {
    "en": [
        "our live key {api_key:sk} got leaked in a public repo, please revoke",
        "API key: {api_key:hex32}",
        "access key id {api_key:akia}\nsecret {api_key:aws_secret}",
        "using {api_key:pk} on the checkout page and it returns 401",
        "Google key {api_key:aiza} is restricted wrongly",
        "SendGrid key {api_key:sg} was in the email template by mistake",
        "consumer key {api_key:ck} and consumer secret {api_key:cs}",
        "X-Api-Key: {api_key:api}",
        "restricted key {api_key:rk} cannot read orders",
        "apikey={api_key:hex32}",
    ],
    "nl": [
        "onze API-sleutel {api_key:api} geeft 403",
        "api key {api_key:sk} staat per ongeluk in onze frontend",
        "de sleutel {api_key:hex32} werkt niet meer sinds vanochtend",
        "WooCommerce ck {api_key:ck} / cs {api_key:cs}",
        "AWS key {api_key:akia} met secret {api_key:aws_secret} is gelekt",
        "onze apikey: {api_key:aiza}",
        "publishable key {api_key:pk} geeft een fout in de app",
    ],
    "vl": ["onze api-key {api_key:api} werkt ni", "de secret key {api_key:sk} is gelekt via een screenshot"],
    "fr": ["notre clé API {api_key:hex32} renvoie une erreur", "clé secrète {api_key:sk} exposée par erreur",
           "la clé {api_key:sg} a été publiée sur GitHub", "clé d'accès {api_key:akia}, secret {api_key:aws_secret}"],
}

P["token"] = {
    "en": [
        "Authorization: Bearer {token:jwt}",
        "my GitHub token {token:ghp} was in the issue I opened",
        "access token: {token:hex40}",
        "slack bot token {token:xoxb} keeps getting invalid_auth",
        "session token {token:sess} from the cookie",
        "refresh token {token:jwt} expired after 5 min instead of 30 days",
        "PAT {token:pat}",
        "gitlab token {token:glpat} for the webhook",
        "token={token:hex40}",
        "user token {token:xoxp}",
    ],
    "nl": [
        "het token {token:hex40} wordt geweigerd",
        "Bearer {token:jwt} geeft 401",
        "onze gitlab token {token:glpat} is verlopen?",
        "toegangstoken: {token:sess}",
        "github token {token:ghp} per ongeluk in de chat geplakt",
        "slack token {token:xoxb}",
        "refresh_token {token:jwt}",
    ],
    "vl": ["de token is {token:hex40}", "ons access token {token:ghp} werkt ni meer"],
    "fr": ["le jeton {token:hex40} est refusé", "token d'accès : {token:jwt}", "jeton de session {token:sess}", "token GitHub {token:pat}"],
}

P["card"] = {
    "en": [
        "card number {card} exp {card_expiry}",
        "charged twice on my card {card}",
        "I gave him my card details: {card}, {card_expiry}, {cvv}",
        "card: {card}\nexpiry: {card_expiry}\nCVV: {cvv}",
        "the number on my new card is {card}",
        "{card} ({card_expiry}) was declined for the subscription",
        "pls remove card {card} from my account",
        "typed my full card {card} into the fake parcel site",
        "Visa {card:visa} expires {card_expiry}",
    ],
    "nl": [
        "kaartnummer {card}, geldig tot {card_expiry}",
        "mijn creditcard {card} is twee keer belast",
        "heb mijn kaartgegevens ingevuld op die site: {card} {card_expiry} {cvv}",
        "kaart {card} ({card_expiry}) wordt geweigerd",
        "creditcardnummer: {card}",
        "{card} is de kaart die ik gebruik voor het abonnement",
        "nummer van de pas: {card}",
    ],
    "vl": ["mijn kredietkaart {card} werd gedebiteerd zonder reden", "bankkaart {card}, vervalt {card_expiry}"],
    "fr": ["numéro de carte {card}, expire {card_expiry}", "ma carte de crédit {card} a été débitée deux fois",
           "j'ai encodé ma carte {card} sur le faux site", "carte {card} exp. {card_expiry} cvc {cvv}"],
}

P["cvv"] = {
    "en": [
        "CVV {cvv}",
        "security code on the back is {cvv}",
        "the 3 digits on the back: {cvv}",
        "cvc = {cvv}",
        "he asked for the code on the back and I said {cvv}",
        "{cvv} is the CVV",
        "CVV2: {cvv}",
        "card ending {n_masked_value:card}, cvv {cvv}",
    ],
    "nl": [
        "de code achterop is {cvv}",
        "3 cijfers achterop: {cvv}",
        "cvc {cvv}",
        "beveiligingscode {cvv}",
        "{cvv} zijn de cijfers op de achterkant",
        "ik heb ook de cvc-code gegeven ({cvv})",
        "controlecode {cvv}",
    ],
    "vl": ["de drie cijfers van achter zijn {cvv}", "cvv-code {cvv}, heb ik ook ingevuld"],
    "fr": ["le cryptogramme est {cvv}", "code de sécurité {cvv}", "les 3 chiffres au dos : {cvv}", "CVC {cvv}"],
}

P["iban"] = {
    "en": [
        "please refund to IBAN {iban}",
        "my account: {iban}",
        "IBAN {iban} (name on account {name})",
        "the 'buyer' asked me to send the deposit back to {iban}",
        "direct debit from {iban} failed",
        "{iban} is my bank account for the payout",
        "payout account changed to {iban} without my consent",
        "acct {iban}",
    ],
    "nl": [
        "rekeningnummer {iban}",
        "graag terugstorten op {iban}",
        "mijn IBAN is {iban}",
        "{iban} t.n.v. {name}",
        "incasso van {iban} mislukt",
        "het geld is naar {iban} gegaan, dat is niet mijn rekening... wel deze: {iban}",
        "iban: {iban}",
    ],
    "vl": ["mijn rekeningnummer is {iban}", "stort het terug op {iban} aub"],
    "fr": ["mon IBAN : {iban}", "remboursement sur le compte {iban} svp", "numéro de compte {iban}",
           "domiciliation sur {iban} refusée", "{iban} au nom de {name}"],
}

P["bsn"] = {
    "en": ["my Dutch BSN is {bsn}", "BSN {bsn} for the verification", "citizen service number: {bsn}",
           "they asked my burgerservicenummer, it's {bsn}", "{bsn} is my BSN", "BSN number {bsn:dots}"],
    "nl": [
        "mijn BSN is {bsn}",
        "bsn: {bsn}",
        "Gegevens: {name} {date_of_birth} {bsn}",
        "burgerservicenummer {bsn}",
        "{bsn} is mijn bsn-nummer",
        "sofinummer/BSN {bsn:dots}",
        "heb mijn bsn ({bsn}) doorgegeven aan die 'verhuurder', kan dat kwaad?",
        "BSN {bsn}, geboren {date_of_birth}",
        "burgerservicenr {bsn}",
        "mijn BSN nummer is {bsn} en mijn klantnummer {customer_number}",
        "bsn van mijn dochter: {bsn}",
        "Persoonsgegevens\nNaam: {name}\nBSN: {bsn}",
    ],
    "vl": ["mijn Nederlands BSN is {bsn}, ik woon nu in België", "BSN: {bsn} (van toen ik in Breda woonde)"],
    "fr": ["mon numéro BSN néerlandais est {bsn}", "BSN {bsn}", "on m'a demandé mon BSN : {bsn}", "numéro BSN {bsn:dots}"],
}

# ------------------------------------------------------------------ medium / low
P["card_expiry"] = {
    "en": ["expiry {card_expiry}", "the card expires {card_expiry}", "exp date: {card_expiry}"],
    "nl": ["vervaldatum {card_expiry}", "geldig t/m {card_expiry}", "verloopt {card_expiry}"],
    "vl": ["vervaldag {card_expiry}"],
    "fr": ["date d'expiration {card_expiry}", "expire fin {card_expiry}"],
}
P["email"] = {
    "en": ["my email is {email}", "you can reach me at {email}", "e-mail: {email:spaced}", "send it to {email:spoken}"],
    "nl": ["mijn mailadres is {email}", "mail naar {email:spoken}", "e-mail: {email}", "stuur het naar {email:spaced} aub"],
    "vl": ["mijn mail is {email}"],
    "fr": ["mon adresse mail : {email}", "écrivez-moi à {email}"],
}
P["phone"] = {
    "en": ["call me on {phone}", "my number is {phone}", "mobile: {phone}", "my mum's number {phone}"],
    "nl": ["bel me op {phone}", "mijn nummer is {phone}", "tel: {phone}", "nummer van mijn vader: {phone}"],
    "vl": ["ge kunt mij bellen op {phone}", "mijn gsm is {phone}"],
    "fr": ["mon GSM : {phone}", "appelez-moi au {phone}", "tél. {phone}"],
}
P["address"] = {
    "en": ["my address is {address}", "deliver to {address}", "it went to {address} instead of my flat"],
    "nl": ["mijn adres is {address}", "bezorgd op {address}?", "ik woon op {address}"],
    "vl": ["mijn adres: {address}"],
    "fr": ["mon adresse : {address}", "livré au {address}"],
}
P["date_of_birth"] = {
    "en": ["DOB {date_of_birth}", "date of birth: {date_of_birth}", "I was born {date_of_birth}"],
    "nl": ["ik ben van {date_of_birth}", "geb datum {date_of_birth}", "geboortedatum: {date_of_birth}"],
    "vl": ["geboren op {date_of_birth}"],
    "fr": ["date de naissance : {date_of_birth}", "née le {date_of_birth}"],
}
P["ip_address"] = {
    "en": ["my IP is {ip_address}", "login from {ip_address} was not me"],
    "nl": ["mijn ip-adres is {ip_address}", "ingelogd vanaf {ip_address}, dat ben ik niet"],
    "vl": ["mijn ip is {ip_address}"],
    "fr": ["connexion depuis {ip_address}, ce n'est pas moi"],
}
P["customer_number"] = {
    "en": ["customer number {customer_number}", "account no. {customer_number}", "member number: {customer_number}"],
    "nl": ["klantnummer {customer_number}", "mijn klantnr is {customer_number}", "contractnummer: {customer_number}"],
    "vl": ["klantennummer {customer_number}"],
    "fr": ["numéro client {customer_number}", "mon n° de client : {customer_number}"],
}

HIGH = ["password", "username", "pin", "puk", "otp", "wifi_key", "api_key", "token", "card", "cvv", "iban", "bsn"]
OTHER = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]

# ------------------------------------------------------------------ hard negatives next to cue words
NEG = {
    "en": [
        "error code {n_error_code} when I enter my PIN",
        "order {n_order_number} never arrived, tracking {n_tracking_number} says delivered",
        "router is a {n_model_number:router}, the wifi password is on the sticker so no need to ask",
        "app version {n_version_string:app} on {n_model_number:phone}, the code screen just freezes",
        "charged {n_amount} on {n_date} at {n_time}",
        "case number {n_ticket_number}, still no answer",
        "your site {n_url} asks for a verification code every time",
        "card ending {n_masked_value:card}, not sure which one",
        "flight {n_flight_number} on {n_date}, seat got changed",
        "invoice {n_invoice_number} shows {n_amount} but I paid {n_amount}",
        "the locker code never came, parcel {n_tracking_number}",
        "listing id {n_order_number} was copied by a scammer",
        "my data plan is {n_quantity:data} and I used {n_percentage} in a day??",
        "it says password must be changed, error {n_error_code}",
        "called {n_company_phone} three times, ref {n_ticket_number}",
        "transaction id {n_invoice_number} for {n_amount}",
        "subscription went up {n_percentage} since {n_year}",
        "the pin pad showed {n_error_code} at {n_time}",
        "EAN {n_product_code:ean} is the one I ordered",
        "your company reg {n_company_registration:uk} is on the invoice, is it legit?",
        "meter reading {n_meter_reading} submitted, code field stays red",
        "password field shows {n_masked_value:pw} but won't let me edit",
    ],
    "nl": [
        "foutcode {n_error_code} bij het pinnen",
        "modem {n_model_number:router}, wifi wachtwoord staat op de sticker",
        "bestelnummer {n_order_number}, track en trace {n_tracking_number}",
        "app versie {n_version_string:app} op mijn {n_model_number:phone}, code scherm loopt vast",
        "{n_amount} afgeschreven op {n_date} om {n_time}",
        "zaaknummer {n_ticket_number}",
        "de pakketkluis gaf code {n_error_code}, pakket {n_tracking_number}",
        "kaart eindigend op {n_masked_value:card}",
        "factuurnummer {n_invoice_number} klopt niet, bedrag {n_amount}",
        "advertentienummer {n_order_number} is gekopieerd door een oplichter",
        "meterstand {n_meter_reading} doorgegeven op {n_date}",
        "verbruik {n_quantity:energy}, dat is {n_percentage} meer dan vorig jaar",
        "gebeld naar {n_company_phone}, referentie {n_ticket_number}",
        "jullie KvK {n_company_registration:kvk} staat er niet op",
        "BTW-nummer {n_company_registration:vat_nl} op de factuur",
        "wachtwoord veld toont {n_masked_value:pw}",
        "vlucht {n_flight_number} op {n_date}",
        "sinds {n_year} klant, nu dit",
        "artikelnummer {n_product_code}",
        "link {n_url} vraagt om een sms code",
        "transactie-id {n_invoice_number} van {n_amount}",
        "pincode wordt geweigerd met melding {n_error_code}",
    ],
    "vl": [
        "foutmelding {n_error_code} aan de betaalterminal",
        "ticketnummer {n_ticket_number}, ik wacht al {n_quantity:wait}",
        "mijn pakje {n_tracking_number} zit in een automaat maar de code werkt ni",
        "ondernemingsnummer {n_company_registration:be}, is da echt van jullie?",
        "mijn kaart eindigt op {n_masked_value:card}",
        "versie {n_version_string:app} van de app op een {n_model_number:phone}",
        "{n_amount} betaald op {n_date}",
    ],
    "fr": [
        "code erreur {n_error_code} au moment de taper le code PIN",
        "commande {n_order_number}, numéro de suivi {n_tracking_number}",
        "modem {n_model_number:router}, le mot de passe wifi est sur l'autocollant",
        "version {n_version_string:app} de l'appli sur {n_model_number:phone}",
        "{n_amount} débités le {n_date} à {n_time}",
        "numéro de dossier {n_ticket_number}",
        "carte se terminant par {n_masked_value:card}",
        "facture {n_invoice_number} de {n_amount}",
        "numéro d'entreprise {n_company_registration:be}",
        "vol {n_flight_number} le {n_date}",
        "appelé le {n_company_phone}, toujours rien",
        "hausse de {n_percentage} depuis {n_year}",
        "index du compteur {n_meter_reading}",
        "le lien {n_url} demande un code de vérification",
        "référence produit {n_product_code}",
        "forfait {n_quantity:data}, code promo refusé",
    ],
}

# ------------------------------------------------------------------ context / fillers per topic
CTX = {
    "en": [
        "Sold a jacket on {brand} and the buyer sent a 'payment link' that looked legit.",
        "My {brand} pay-later instalment was taken twice this month.",
        "{brand} subscription renewed even though I cancelled.",
        "Someone bought games on my {brand} account overnight.",
        "The {brand} banking app logged me out and now asks to re-verify.",
        "Just opened a {brand} account to buy a bit of crypto and I'm already stuck.",
        "The {brand} parcel locker won't open.",
        "Scooter from {brand} kept charging after I ended the ride.",
        "Matched with someone on {brand} who asked me to 'verify' via a link.",
        "Bought concert tickets through {brand} and the QR codes don't load.",
        "Quick one about my {brand} account.",
        "Not happy at all with {brand} right now.",
        "Hello, I think I've been scammed.",
        "Our shop integration with {brand} broke this morning.",
    ],
    "nl": [
        "Ik verkocht een bank via {brand} en de koper stuurde een betaallink.",
        "Achteraf betalen bij {brand}: termijn dubbel afgeschreven.",
        "Mijn {brand} abonnement is verlengd terwijl ik had opgezegd.",
        "Er zijn vannacht games gekocht op mijn {brand} account.",
        "De {brand} app heeft me uitgelogd en vraagt nu opnieuw om verificatie.",
        "Net een rekening bij {brand} geopend voor crypto en nu zit ik vast.",
        "De pakketautomaat van {brand} gaat niet open.",
        "De deelfiets van {brand} bleef doortellen na het parkeren.",
        "Match op {brand} wilde dat ik via een link mijn account 'bevestigde'.",
        "Kaartjes via {brand} gekocht en de QR-codes laden niet.",
        "Vraagje over mijn {brand} account.",
        "Ik denk dat ik ben opgelicht.",
        "Onze webshop koppeling met {brand} is stuk sinds vanochtend.",
        "Help! Mijn simkaart van {brand} is geblokkeerd.",
    ],
    "vl": [
        "Ik heb iets verkocht op {brand} en de koper stuurde ne link om te betalen.",
        "Mijn {brand} app doet weer raar, ik geraak er ni in.",
        "Awel, mijn abonnement bij {brand} loopt nog altijd door.",
        "Ik denk dat ik mij heb laten vangen door een oplichter.",
        "De deelstep van {brand} blijft aanrekenen.",
        "Mijn pakske zit vast in een {brand} automaat.",
    ],
    "fr": [
        "J'ai vendu un vélo sur {brand} et l'acheteur m'a envoyé un lien de paiement.",
        "Paiement différé chez {brand} prélevé deux fois.",
        "Mon abonnement {brand} a été renouvelé alors que je l'avais résilié.",
        "Quelqu'un a acheté des jeux sur mon compte {brand} cette nuit.",
        "L'appli {brand} me demande de me reconnecter sans arrêt.",
        "Mon colis est bloqué dans un casier {brand}.",
        "Je pense que je me suis fait arnaquer.",
        "La trottinette {brand} a continué à facturer après la fin du trajet.",
        "Petite question sur mon compte {brand}.",
    ],
}

CLOSE = {
    "en": ["Please help asap.", "Thanks in advance", "what do I do now??", "Sort it out please.", "cheers", "thx", "Appreciate it."],
    "nl": ["Graag snel reactie.", "Alvast bedankt", "wat moet ik nu doen??", "Help aub", "thx", "Ik hoor het graag."],
    "vl": ["Merci alvast!", "Wa moet ik nu doen?", "Laat iets weten aub.", "Ik hoop op een snel antwoord."],
    "fr": ["Merci d'avance.", "Que dois-je faire ?", "Urgent svp !", "Dans l'attente de votre retour."],
}

GREET = {
    "en": ["Hi,", "Hello,", "Dear {brand} team,", "Hi there,"],
    "nl": ["Beste,", "Hallo,", "Geachte heer/mevrouw,", "Beste {brand},"],
    "vl": ["Goeiedag,", "Beste,", "Hallo {brand},"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour {brand},"],
}
SIGNOFF = {
    "en": ["Kind regards,", "Best,", "Thanks,", "Regards,"],
    "nl": ["Met vriendelijke groet,", "Groet,", "Mvg,"],
    "vl": ["Met vriendelijke groeten,", "Groetjes,"],
    "fr": ["Cordialement,", "Bien à vous,", "Meilleures salutations,"],
}
SUBJECT = {
    "en": ["Subject: Account locked", "Subject: RE: Your case", "Subject: Unauthorised payment", "Subject: Help with login"],
    "nl": ["Onderwerp: Account geblokkeerd", "Onderwerp: RE: uw vraag", "Onderwerp: Onbekende afschrijving", "Onderwerp: Inloggen lukt niet"],
    "vl": ["Onderwerp: Probleem met mijn account", "Onderwerp: Oplichting via jullie site"],
    "fr": ["Objet : Compte bloqué", "Objet : RE: votre demande", "Objet : Paiement inconnu"],
}
QUOTE = {
    "en": ["On {n_date} at {n_time}, {name} <{email}> wrote:", "-----Original Message-----\nFrom: {name} <{email}>\nSent: {n_date}\nSubject: login"],
    "nl": ["Op {n_date} om {n_time} schreef {name} <{email}>:", "Van: {name} <{email}>\nVerzonden: {n_date}\nAan: Klantenservice\nOnderwerp: inloggen"],
    "vl": ["Op {n_date} schreef {name} <{email}>:"],
    "fr": ["Le {n_date} à {n_time}, {name} <{email}> a écrit :", "De : {name} <{email}>\nEnvoyé : {n_date}\nObjet : accès"],
}
AGENT = {
    "en": ["Hi {name}, thanks for reaching out. I can see the case.", "Thanks {name}. For security, never share codes with anyone.",
           "Hello, I've checked your account.", "Hi! We've blocked the card for you."],
    "nl": ["Hoi {name}, bedankt voor je bericht.", "Dank je {name}. Deel nooit codes met anderen.", "Hallo, ik heb je account bekeken.",
           "Hi! We hebben de kaart voor je geblokkeerd."],
    "vl": ["Dag {name}, bedankt voor uw bericht.", "Hallo, we hebben uw account nagekeken."],
    "fr": ["Bonjour {name}, merci pour votre message.", "Bonjour, nous avons vérifié votre compte.", "Merci {name}, ne partagez jamais vos codes."],
}
# agent lines that repeat a value the customer sent (labelled) – used in agent_reply
AGENT_ECHO = {
    "en": ["To confirm: is your customer number {customer_number}?", "I've updated your email to {email}.",
           "We'll send the new card to {address}.", "Refund goes to {iban} within 5 days."],
    "nl": ["Ter controle: is je klantnummer {customer_number}?", "Je e-mail is aangepast naar {email}.",
           "De nieuwe pas gaat naar {address}.", "Terugbetaling volgt op {iban}."],
    "vl": ["Uw klantennummer is {customer_number}, klopt dat?", "We storten terug op {iban}."],
    "fr": ["Pour confirmer : votre numéro client est {customer_number} ?", "Le remboursement sera versé sur {iban}."],
}
# agent question quoted before a bare value reply (value sent alone)
ASK = {
    "en": {"otp": "> Could you send us the code from the text?", "pin": "> What PIN did you set on the SIM?", "puk": "> Can you read me the PUK?",
           "cvv": "> last thing, the 3 digits on the back?", "username": "> What's your username?", "wifi_key": "> Which wifi key did you enter?"},
    "nl": {"otp": "> Kun je de code uit de sms sturen?", "pin": "> Welke simpin heb je ingesteld?", "puk": "> Wat is je pukcode?",
           "cvv": "> en de 3 cijfers achterop?", "username": "> Wat is je gebruikersnaam?", "iban": "> Op welk rekeningnummer?"},
    "vl": {"otp": "> Welke code kreeg ge binnen?", "bsn": "> Wat is uw BSN?"},
    "fr": {"otp": "> Pouvez-vous nous envoyer le code reçu ?", "iban": "> Sur quel compte ?", "puk": "> Quel est le code PUK ?"},
}

# ------------------------------------------------------------------ extra shapes (appended)
P["card"]["en"] += ["CC# {card}", "paid with {card} and got charged in USD", "card details they took -> {card} / {card_expiry}"]
P["card"]["nl"] += ["{card} exp {card_expiry} cvc {cvv} <- dit heb ik op die nepsite gezet", "pasnummer {card}"]
P["card"]["fr"] += ["ma carte Visa n° {card:visa}"]
P["api_key"]["en"] += ["secret key is {api_key:sk} (yes I know, rotating it now)", "{api_key:hex32} <- that's the API key from the dashboard"]
P["api_key"]["fr"] += ["api_key : {api_key:api}"]
P["token"]["en"] += ["{token:ghp} is the token, please invalidate", "curl -H \"Authorization: Bearer {token:sess}\" returns 403"]
P["token"]["nl"] += ["sessie-token {token:hex40} uit de cookie"]
P["iban"]["en"] += ["sort it back to my acc {iban}", "IBAN: {iban} BIC NWBKGB2L"]
P["iban"]["nl"] += ["IBAN {iban} is van mij, de andere niet"]
P["puk"]["en"] += ["PUK (from the online account): {puk}", "my puk is {puk} right?"]
P["puk"]["nl"] += ["ontgrendelcode / PUK {puk}"]
P["wifi_key"]["en"] += ["wifi pass {wifi_key}", "guest wifi key is {wifi_key}, main one is on the sticker"]
P["wifi_key"]["nl"] += ["wachtwoord van de wifi: {wifi_key}"]
P["bsn"]["en"] += ["BSN (Dutch ID no.) {bsn}", "burgerservicenummer is {bsn}, sorry for the English"]
P["username"]["en"] += ["user name {username}", "my gamertag / login is {username}"]
P["username"]["nl"] += ["inlognaam {username}"]
P["username"]["fr"] += ["login : {username}"]
P["pin"]["en"] += ["pin was {pin}, now it's blocked"]
P["cvv"]["en"] += ["security code {cvv} on the back"]
P["ip_address"]["fr"] += ["mon adresse IP est {ip_address}"]
P["ip_address"]["en"] += ["the security email says a sign-in from IP {ip_address}, that's my home IP"]
P["ip_address"]["nl"] += ["ip {ip_address} is van mij thuis"]

# paired additions (consecutive positions -> one per half)
PH_EN_NEG_PAIRS = [
    "updated to {n_version_string} and now the 2FA code screen is blank", "since version {n_version_string} face ID login fails with {n_error_code}",
    "your helpline {n_company_phone} just plays music, no code", "rang {n_company_phone} at {n_time}, they said reset the PIN in app",
    "meter reading was {n_meter_reading} on {n_date}", "my smart meter says {n_meter_reading}, the app code field won't take it",
    "product code {n_product_code}, the gift card code was missing from the box", "item {n_product_code} listed at {n_amount}",
    "flight {n_flight_number}, booking code on the e-ticket is missing", "rebooked onto {n_flight_number} at {n_time}",
    "the login page {n_url} looked weird", "they sent me to {n_url} to 'confirm' my card",
    "member since {n_year}, never had to verify twice", "paid {n_percentage} upfront, {n_amount} left",
    "ride was {n_quantity:ride} and cost {n_amount}", "order {n_order_number} placed on {n_date}",
]
PH_NL_NEG_PAIRS = [
    "na update naar {n_version_string} geen sms code meer", "app {n_version_string:app} geeft {n_error_code} bij inloggen",
    "servicenummer {n_company_phone} zegt pincode resetten in de app", "heb {n_company_phone} gebeld om {n_time}",
    "meterstand was {n_meter_reading}, klantnummer weet ik niet", "stand {n_meter_reading} op {n_date}",
    "EAN-code {n_product_code:ean}, de activatiecode zat niet in de doos", "productcode {n_product_code} kost {n_amount}",
    "vluchtnummer {n_flight_number} om {n_time}", "omgeboekt naar {n_flight_number}",
    "site {n_url} vroeg mijn wachtwoord", "via {n_url} code ingevuld",
    "klant sinds {n_year}", "rente {n_percentage} op achteraf betalen?",
    "bundel {n_quantity:data}, pincode vraag komt elke keer terug", "bestelling {n_order_number} van {n_date}",
]
PH_FR_NEG_PAIRS = [
    "depuis la mise à jour {n_version_string}, plus de code SMS", "appli {n_version_string:app}, erreur {n_error_code}",
    "le service client {n_company_phone} ne répond pas", "appelé le {n_company_phone} à {n_time}",
    "relevé compteur {n_meter_reading}", "index {n_meter_reading} le {n_date}",
    "code article {n_product_code}", "EAN {n_product_code:ean} à {n_amount}",
]
NEG["en"] += PH_EN_NEG_PAIRS
NEG["nl"] += PH_NL_NEG_PAIRS
NEG["fr"] += PH_FR_NEG_PAIRS

# screen pastes, self-corrections, chat bursts, code-switching (pairs where possible)
P["otp"]["en"] += ["this is the text I got: \"{brand}: your security code is {otp}. Never share this code, not even with us.\"",
                   "copied from the SMS -> Use {otp} to confirm your payment of {n_amount}",
                   "the app popup said 'Enter code {otp} on your other device'", "code was {otp}\nwait no\n{otp}"]
P["otp"]["nl"] += ["dit kreeg ik: \"Je {brand} code is {otp}. Deel deze code nooit.\"",
                   "sms van {n_time}: Uw verificatiecode: {otp} (10 minuten geldig)",
                   "code {otp}\n*{otp} sorry typo", "de 2FA-melding zegt: Voer {otp} in op je andere apparaat"]
P["otp"]["fr"] += ["SMS reçu : « Votre code {brand} est {otp}. Ne le communiquez à personne. »", "code {otp}\npardon c'est {otp}"]
P["password"]["en"] += ["pw is {password}\nsorry typo, it's {password}", "set new password ✅ {password} ✅ still error {n_error_code}",
                        "lol I literally use {password} for everything, is that why?", "Username {username}\nPassword {password}\nApp {n_version_string}"]
P["password"]["nl"] += ["ww {password}\noh nee wacht, het was {password}", "mijn password is {password}, sorry voor de engels lol",
                        "nieuw wachtwoord ingesteld: {password} en toch foutcode {n_error_code}", "{username} met ww {password} (let op hoofdletters)"]
P["password"]["fr"] += ["mdp {password}\nnon attendez c'est {password}", "mon password c'est {password} et mon login {username}"]
P["pin"]["en"] += ["pin {pin}\nsorry {pin}", "the app asked me to 'confirm' my PIN on screen and I typed {pin}"]
P["pin"]["nl"] += ["pincode {pin}\nnee wacht {pin}", "de nep-bankmedewerker liet mij mijn pincode intikken: {pin}"]
P["cvv"]["nl"] += ["cvc was {cvv} of {cvv}, weet het niet meer precies", "de 'koper' wilde de 3 cijfers op de achterkant: {cvv}"]
P["cvv"]["en"] += ["cvv {cvv} (the back of the card, right?)", "seller asked for the cvv too and I sent {cvv} 😭"]
P["card"]["en"] += ["card {card}\nsorry, {card} is the right one", "long number on the card: {card} exp {card_expiry}"]
P["iban"]["nl"] += ["tikkie-achtige link vroeg om mijn rekening, heb {iban} ingevuld", "oude rekening {iban}, nieuwe {iban}"]
P["wifi_key"]["nl"] += ["wifi code van de sticker ({wifi_key}) werkt niet op mijn {n_model_number:phone}", "netwerksleutel {wifi_key}\nof was het {wifi_key}"]
P["token"]["en"] += ["leaked this in a screenshot: token: {token:hex40}", "here's the header we send: Authorization: Bearer {token:jwt}"]
P["api_key"]["nl"] += ["key {api_key:sk} in de app gezet ({n_version_string:app}), nu 401", "de API key is {api_key:hex32}"]
P["bsn"]["nl"] += ["de site vroeg BSN + foto ID, ik heb {bsn} ingevuld", "BSN {bsn}\nsorry {bsn}, typfout"]
P["puk"]["nl"] += ["puk {puk}\nnee {puk}", "PUK {puk} (van de simhouder geplukt)"]
P["username"]["en"] += ["Apple-style popup asked 'username': I typed {username}", "account name {username} - is it banned?"]
P["username"]["nl"] += ["gebruikersnaam {username} (alles kleine letters)", "accountnaam: {username}"]
NEG["en"] += ["popup: \"Something went wrong ({n_error_code}). Try again later.\"", "screen says: Payment failed - {n_error_code} - ref {n_invoice_number}",
              "seat 14C on ticket {n_ticket_number}, gate changed", "the QR for ticket {n_ticket_number} says invalid at {n_time}"]
NEG["nl"] += ["melding: \"Er ging iets mis (foutcode {n_error_code}). Probeer het later opnieuw.\"", "scherm: Betaling mislukt · {n_error_code} · ref {n_invoice_number}",
              "stoel 112, e-ticket {n_ticket_number} wordt niet gescand", "kluiscode kwam niet, pakket {n_tracking_number} ligt al {n_quantity:wait} in de kluis"]
NEG["fr"] += ["message d'erreur : « Une erreur est survenue ({n_error_code}) »", "billet {n_ticket_number}, place 23, le QR ne passe pas"]

# developer pastes
P["api_key"]["en"] += ['config we deploy: {"apiKey": "{api_key:api}", "env": "prod"}', ".env has STRIPE_SECRET={api_key:sk} and it's rejected",
                       "AWS_ACCESS_KEY_ID={api_key:akia}\nAWS_SECRET_ACCESS_KEY={api_key:aws_secret}"]
P["token"]["en"] += ['response body: {"access_token":"{token:jwt}","expires_in":3600}', "GITLAB_TOKEN={token:glpat} in our CI log (public project!)"]
P["token"]["nl"] += ["x-session-token: {token:sess} (uit devtools gekopieerd)", "onze slack-bot ({token:xoxb}) post niks meer"]
P["api_key"]["fr"] += ["dans le fichier .env : SENDGRID_API_KEY={api_key:sg}"]
P["token"]["fr"] += ["en-tête envoyé : Authorization: Bearer {token:jwt}"]
NEG["en"] += ["webhook to {n_url} returns {n_error_code}, SDK {n_version_string:api}", "rate limit hit at {n_time}, {n_percentage} of requests fail with {n_error_code}"]
NEG["nl"] += ["webhook naar {n_url} geeft {n_error_code}, SDK {n_version_string:api}", "API-versie {n_version_string:api}, foutcode {n_error_code} sinds {n_date}"]
