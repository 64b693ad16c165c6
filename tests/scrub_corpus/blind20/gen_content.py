# -*- coding: utf-8 -*-
"""Content pools for blind20: phrasings, bodies, frames.

Placeholders: {v:TYPE} labelled span value, {n:KIND} hard negative,
{f:POOL} unlabelled filler, {X} phrase of the focus high-risk type,
{C} contact phrase, {H} hard-negative sentence, {p:TYPE} phrase of TYPE.
Pools are dealt alternately to dev (even index) and heldout (odd index).
"""

# ------------------------------------------------------------------ pools (split alternately)
FIRST = ["Sanne", "Daan", "Fleur", "Joost", "Anouk", "Bram", "Ineke", "Kees", "Lotte", "Wim", "Priya", "Mehmet", "Yara", "Sem",
         "Gerda", "Thijs", "Noor", "Ruud", "Fatima", "Pieter", "Emma", "Jelle", "Ria", "Hanneke", "Tom", "Sophie", "Koen", "Marieke",
         "Dave", "Rachel", "Liam", "Olivia", "Marcus", "Chloe", "Ethan", "Megan", "Julien", "Camille", "Mathieu", "Élodie", "Nathalie", "Yannick",
         "Bert", "Griet", "Lieve", "Jef", "Wout", "Ann", "Aisha", "Kofi", "Sjoerd", "Tineke", "Harm", "Femke"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker",
        "Brouwer", "de Wit", "Dijkstra", "Kok", "Verhoeven", "Willems", "Claes", "Peeters", "Maes", "Janssens", "Wouters", "Goossens",
        "Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Renard", "Thompson", "Walker", "Hughes", "Patel", "Okafor", "Miller", "Reyes",
        "Nguyen", "Yilmaz", "El Amrani", "Kowalski", "O'Brien", "Huisman", "Postma", "Veenstra", "Schouten"]
STREETS_NL = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Kerkplein", "Achter de Hoven", "Lange Nieuwstraat", "Julianalaan", "Oude Gracht",
              "Beukenlaan", "Zwanenhof", "Prinsengracht", "Het Rond", "Stationsweg", "Wilhelminapark", "Hoogstraat", "De Hoefslag",
              "Zuiderdiep", "Marktveld", "Vondelstraat", "Buitenhof"]
CITIES_NL = ["Utrecht", "Zwolle", "Amersfoort", "Leeuwarden", "Haarlem", "Tilburg", "Groningen", "Delft", "Breda", "Apeldoorn", "Almere",
             "Nijmegen", "Enschede", "Gouda", "Den Bosch", "Assen"]
STREETS_BE = ["Kerkstraat", "Grote Markt", "Stationsstraat", "Rue de la Loi", "Avenue Louise", "Meir", "Dorpsplein", "Rue du Moulin",
              "Leopoldlaan", "Chaussée de Waterloo", "Veldstraat", "Place Flagey", "Bosstraat", "Rue des Tanneurs"]
CITIES_BE = [("2000", "Antwerpen"), ("9000", "Gent"), ("1050", "Ixelles"), ("4000", "Liège"), ("3000", "Leuven"), ("8000", "Brugge"),
             ("5000", "Namur"), ("1180", "Uccle"), ("2800", "Mechelen"), ("6000", "Charleroi"), ("3500", "Hasselt"), ("7000", "Mons")]
STREETS_UK = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Kings Avenue", "The Crescent", "Park View",
              "Queen's Walk", "Elm Grove", "Albert Terrace", "Manor Close"]
CITIES_UK = ["London", "Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Oxford", "Brighton", "York", "Norwich"]
STREETS_US = ["Maple Ave", "Oak Street", "Main St", "Elm Drive", "Sunset Blvd", "Cedar Lane", "Lakeview Rd", "Pine Court", "5th Avenue", "Washington St"]
CITIES_US = [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Portland, OR", "97205"), ("Denver, CO", "80202"), ("Boston, MA", "02116"),
             ("Madison, WI", "53703"), ("Columbus, OH", "43215"), ("Raleigh, NC", "27601")]
PWWORDS = ["zomer", "voetbal", "tulp", "kaasschaaf", "hondje", "sunshine", "dragon", "pannenkoek", "fietsbel", "winter", "monkey", "oranje",
           "ajax", "schaap", "molen", "lente", "brussel", "chocolat", "soleil", "papillon", "football", "liverpool", "kitten", "stroopwafel",
           "marmot", "herfst", "sneeuw", "appeltaart", "zeilboot", "tijger"]
DOMAINS = ["webpost.nl", "mailbox-nl.com", "zonnet-mail.nl", "inbox.example.nl", "postduif.be", "courrier.example.be", "mailme.co.uk",
           "fastmail.example", "hetnetmail.nl", "plusmail.eu", "example.com", "myinbox.example.org", "skynetpost.be", "gmx-mail.example"]
SSIDS = ["Ziggo-5G-4F2A", "TelvioHome_88", "H369A_7C1E", "FRITZ!Box 7590 QX", "VOO-8812", "Proximus-Home-2F1A", "BTHub-9XKR", "NETGEAR42",
         "Linksys00418", "Orange-3C44", "SKY7AC21", "xfinitywifi"]
# brands per sector; halves get alternate ones
BRANDS = {
    "telco": ["Telvio", "Mobiq", "NordLink", "Belnova", "Skyra Mobile", "Kabelnet", "Zapp Telecom", "Orionet"],
    "bank": ["Rivabank", "Munt Bank", "Brugge Krediet", "Northway Bank", "Dijkstra Spaarbank", "Capitol Trust", "Laurier Banque", "Fenix Bank"],
    "shop": ["Koopzo", "Pakkie", "ShopMeister", "Bazaaro", "Cartly", "Winkelwagen.nl", "Achat Direct", "Vindbaar"],
    "dev": ["Payflux", "Hookly", "Stacklane", "Apinode", "Mailrocket", "Queuebird"],
    "gov": ["Zorgverzekeraar Welzijn", "VerzekerDirect", "Energiek", "Stroomhuis", "AirNorth", "Vliegwijs", "Groenstroom BE", "Kustair"],
}
AGENTS = ["^MV", "^JK", "Lisa", "Tim", "/SR", "^AB", "- Bas", "~Nina", "^DL", "Sam", "- Eva", "^RK"]


# ------------------------------------------------------------------ phrasings for span types
P = {}
P["password"] = {
    "nl": ["mijn wachtwoord is {v:password}", "wachtwoord: {v:password}", "ww {v:password}", "{v:password} is mijn ww",
           "ik heb al {v:password} geprobeerd als wachtwoord", "inloggen met {v:username} en ww {v:password}",
           "inlog {v:username} pw={v:password}", "gebruiker {v:username} / {v:password}", "wachtwood {v:password} (met hoofdletter)",
           "paswoord is '{v:password}'", "nieuw wachtwoord ingesteld: \"{v:password}\" maar werkt niet",
           "WACHTWOORD = {v:password}", "het ww is nog steeds {v:password} toch?", "{v:username} {v:password} klopt toch??",
           "heb het wachtwrd veranderd naar {v:password}", "oude ww was {v:password}, nieuwe weet ik niet meer",
           "gebruikersnaam: {v:username}\nwachtwoord: {v:password}", "inloggegevens {v:username} // {v:password}"],
    "en": ["my password is {v:password}", "password: {v:password}", "pw {v:password}", "{v:password} is the password I use",
           "login {v:username} pass {v:password}", "credentials: {v:username}:{v:password}", "user: {v:username}\npass: {v:password}",
           "tried paswrd {v:password} three times", "passwrd is \"{v:password}\"", "I reset it to {v:password} yesterday",
           "PASSWORD {v:password}", "it's {v:username} / {v:password} if that helps", "the pass (case sensitive) is {v:password}",
           "pword {v:password}"],
    "fr": ["mon mot de passe est {v:password}", "mdp : {v:password}", "identifiant {v:username} et mot de passe {v:password}",
           "j'ai essayé {v:password} comme mot de pase", "login : {v:username} / mdp : {v:password}", "le mdp c'est {v:password}"],
}
P["username"] = {
    "nl": ["gebruikersnaam {v:username}", "mijn gebruikersnaam is {v:username}", "gebruikesnaam: {v:username}", "login: {v:username}",
           "inlognaam {v:username} en wachtwoord {v:password}", "{v:username} is mijn inlognaam", "gebruiker \"{v:username}\"",
           "user {v:username}", "GEBRUIKERSNAAM {v:username} (kleine letters)", "mn login is {v:username}, ww {v:password}",
           "accountnaam: {v:username}", "ik log in als {v:username}"],
    "en": ["username {v:username}", "my username is {v:username}", "usernmae: {v:username}", "login name {v:username}",
           "{v:username} is my login", "user id: {v:username} pw: {v:password}", "signed in as {v:username}",
           "USERNAME = {v:username}", "handle for the app login is {v:username}", "user \"{v:username}\""],
    "fr": ["nom d'utilisateur {v:username}", "identifiant : {v:username}", "mon login c'est {v:username}", "utilisateur {v:username} (mdp {v:password})"],
}
P["pin"] = {
    "nl": ["mijn pincode is {v:pin}", "pincode: {v:pin}", "pin {v:pin}", "pincdoe {v:pin}", "{v:pin} is de pin van mijn pas",
           "de sim pin is {v:pin}", "SIM-pin {v:pin} werkt niet meer", "app-pincode ({v:pin}) vergeten", "met PIN {v:pin} lukt pinnen niet",
           "de pincode van mijn bankpas: {v:pin}", "pin is nog steeds {v:pin} hoor", "pinkode {v:pin}"],
    "en": ["my PIN is {v:pin}", "pin: {v:pin}", "card pin {v:pin}", "{v:pin} is my pin", "SIM PIN {v:pin}", "tried pin {v:pin} twice",
           "the app passcode {v:pin} doesn't work", "PIN number = {v:pin}", "pn {v:pin}", "my 4 digit pin ({v:pin=four})"],
    "fr": ["mon code PIN est {v:pin}", "code pin : {v:pin}", "le pin de ma carte c'est {v:pin}", "PIN {v:pin} refusé"],
}
P["puk"] = {
    "nl": ["PUK: {v:puk}", "de pukcode is {v:puk}", "puk {v:puk}", "PUK-code {v:puk} werkt niet", "{v:puk} is de puk op het pasje",
           "pukode {v:puk}", "ik heb {v:puk} ingetoetst als PUK", "PUK1 {v:puk}", "pukcode van de simkaart: {v:puk}",
           "puk staat op de kaart: {v:puk}", "P U K {v:puk}", "de puk ({v:puk}) is fout zegt ie"],
    "en": ["PUK: {v:puk}", "PUK code {v:puk}", "puk is {v:puk}", "{v:puk} is the PUK from the card", "entered PUK {v:puk}",
           "unlock code (PUK) {v:puk}", "PUK1 = {v:puk}", "the puk number {v:puk} gets rejected", "pukk {v:puk}", "PUK \"{v:puk}\""],
    "fr": ["code PUK : {v:puk}", "mon PUK est {v:puk}", "le puk {v:puk} ne marche pas", "PUK {v:puk}"],
}
P["otp"] = {
    "nl": ["de code is {v:otp}", "verificatiecode {v:otp}", "ik kreeg sms-code {v:otp}", "verificatiecdoe: {v:otp}", "{v:otp} is de code uit de sms",
           "eenmalige code {v:otp}", "2FA code {v:otp} wordt niet geaccepteerd", "bevestigingscode: {v:otp}", "de code ({v:otp}) is verlopen",
           "code: {v:otp}", "controlecode {v:otp}", "sms code = {v:otp}", "kreeg net {v:otp} binnen"],
    "en": ["the code is {v:otp}", "verification code {v:otp}", "OTP {v:otp}", "got sms code {v:otp}", "{v:otp} is the code you sent",
           "2FA code: {v:otp}", "one time passcode {v:otp} expired", "security code from the text: {v:otp}", "verifcation code = {v:otp}",
           "just got {v:otp}", "authenticator says {v:otp}"],
    "fr": ["le code reçu par sms est {v:otp}", "code de vérification : {v:otp}", "code {v:otp}", "j'ai reçu le code {v:otp}"],
}
P["wifi_key"] = {
    "nl": ["wifi wachtwoord {v:wifi_key}", "de netwerksleutel is {v:wifi_key}", "WPA key: {v:wifi_key}", "wifi-code {v:wifi_key}",
           "{v:wifi_key} staat op de sticker", "sticker zegt {v:wifi_key}", "wifi key {v:wifi_key} werkt niet", "wachtwoord van de wifi: {v:wifi_key}",
           "netwerk {f:ssid} met sleutel {v:wifi_key}", "wifiwachtwoord = {v:wifi_key}", "WPA2 sleutel \"{v:wifi_key}\"", "wfii ww {v:wifi_key}"],
    "en": ["wifi password {v:wifi_key}", "network key {v:wifi_key}", "the WPA key on the sticker is {v:wifi_key}", "wifi key: {v:wifi_key}",
           "{v:wifi_key} is the wireless key", "wi-fi pass {v:wifi_key}", "router key {v:wifi_key}", "SSID {f:ssid} key {v:wifi_key}",
           "WPA2 passphrase = {v:wifi_key}", "wifi pw \"{v:wifi_key}\""],
    "fr": ["clé wifi : {v:wifi_key}", "le mot de passe wifi est {v:wifi_key}", "clé WPA {v:wifi_key}", "sur l'autocollant : {v:wifi_key}"],
}
P["card"] = {
    "nl": ["kaartnummer {v:card}", "mijn creditcard {v:card}", "creditcardnr: {v:card}", "de kaart {v:card} is geblokkeerd",
           "{v:card} is mijn creditcard", "betaald met {v:card} ({v:card_expiry})", "kaart {v:card}, geldig tot {v:card_expiry}",
           "cc {v:card} exp {v:card_expiry} cvc {v:cvv}", "visa: {v:card}", "kaartnr {v:card} vervaldatum {v:card_expiry}", "nummer op de pas: {v:card}",
           "mastercard {v:card}, {v:card_expiry}"],
    "en": ["card number {v:card}", "my card {v:card}", "card: {v:card}", "{v:card} is the card I used", "paid with {v:card} (exp {v:card_expiry})",
           "CC# {v:card}", "cardnumber {v:card} {v:card_expiry} cvv {v:cvv}", "the long number is {v:card}", "debit card {v:card}, expires {v:card_expiry}",
           "amex {v:card=amex}"],
    "fr": ["numéro de carte {v:card}", "ma carte {v:card} exp {v:card_expiry}", "carte visa : {v:card}", "payé avec la carte {v:card}"],
}
P["cvv"] = {
    "nl": ["cvc {v:cvv}", "code achterop: {v:cvv}", "de 3 cijfers achterop zijn {v:cvv}", "beveiligingscode {v:cvv}", "CVV: {v:cvv}",
           "{v:cvv} is de cvc", "controlecijfers achterkant {v:cvv}", "de code achter op de kaart ({v:cvv})", "cvc-code={v:cvv}",
           "cvv {v:cvv} klopt echt", "achterop staat {v:cvv}", "kvv {v:cvv}"],
    "en": ["cvv {v:cvv}", "security code {v:cvv}", "CVC: {v:cvv}", "3 digits on the back: {v:cvv}", "{v:cvv} is the cvv", "cvv2 {v:cvv}",
           "the code on the back is {v:cvv}", "sec code ({v:cvv})", "CSC {v:cvv}", "cvv number = {v:cvv}"],
    "fr": ["cryptogramme {v:cvv}", "code au dos : {v:cvv}", "CVV {v:cvv}", "les 3 chiffres derrière : {v:cvv}"],
}
P["iban"] = {
    "nl": ["IBAN {v:iban}", "mijn rekeningnummer is {v:iban}", "rekeningnr: {v:iban}", "graag terugstorten op {v:iban}", "{v:iban} is mijn rekening",
           "iban: {v:iban} t.n.v. {f:name}", "bankrekening {v:iban}", "rek.nr {v:iban}", "het geld moet naar {v:iban}", "IBAN-nummer = {v:iban}",
           "rekening ({v:iban})", "ibn {v:iban}"],
    "en": ["IBAN {v:iban}", "my account is {v:iban}", "refund to {v:iban} please", "bank account: {v:iban}", "{v:iban} is my iban",
           "iban: {v:iban} (in my name)", "acct {v:iban}", "IBAN number = {v:iban}", "pay it back into {v:iban}", "ibna {v:iban}"],
    "fr": ["IBAN {v:iban}", "mon numéro de compte est {v:iban}", "rembourser sur {v:iban}", "compte : {v:iban}"],
}
P["bsn"] = {
    "nl": ["BSN {v:bsn}", "mijn burgerservicenummer is {v:bsn}", "bsn: {v:bsn}", "sofinummer {v:bsn}", "{v:bsn} is mijn bsn",
           "gegevens: {f:name} {v:date_of_birth} {v:bsn}", "BSN-nummer = {v:bsn}", "burgerservicenr {v:bsn}", "bsn van mijn zoon is {v:bsn}",
           "bns {v:bsn}", "(BSN {v:bsn})", "persoonsnummer/BSN: {v:bsn}"],
    "en": ["BSN {v:bsn}", "my BSN (Dutch citizen service number) is {v:bsn}", "citizen service number: {v:bsn}", "{v:bsn} is my bsn",
           "burgerservicenummer {v:bsn}", "BSN number {v:bsn}", "details: {f:name}, {v:date_of_birth}, BSN {v:bsn}", "sofi number {v:bsn}",
           "my BSN = {v:bsn}", "bsn# {v:bsn}"],
    "fr": ["mon BSN est {v:bsn}", "numéro BSN : {v:bsn}", "BSN {v:bsn}", "numéro de service citoyen néerlandais {v:bsn}"],
}
P["api_key"] = {
    "nl": ["API key: {v:api_key}", "onze api-sleutel is {v:api_key}", "key {v:api_key} geeft {n:error_code}", "met sleutel {v:api_key}",
           "live key {v:api_key}", "apikey={v:api_key}", "access key {v:api_key=akia} secret {v:api_key=awssecret}", "{v:api_key} werkt niet meer sinds de update",
           "X-Api-Key: {v:api_key}", "de secret key is {v:api_key}", "consumer key {v:api_key}", "sleutel uit het dashboard: {v:api_key}"],
    "en": ["API key: {v:api_key}", "our key {v:api_key} returns {n:error_code}", "using secret key {v:api_key}", "apiKey = \"{v:api_key}\"",
           "AWS access key {v:api_key=akia} and secret {v:api_key=awssecret}", "{v:api_key} stopped working", "header x-api-key: {v:api_key}",
           "live secret {v:api_key}", "the key ({v:api_key}) is valid in the dashboard", "key={v:api_key}"],
    "fr": ["clé API : {v:api_key}", "notre clé {v:api_key} renvoie {n:error_code}", "api key {v:api_key}", "la clé secrète {v:api_key}"],
}
P["token"] = {
    "nl": ["token: {v:token}", "Authorization: Bearer {v:token}", "bearer token {v:token}", "access token {v:token} verloopt steeds",
           "refresh token = {v:token}", "sessietoken {v:token}", "token {v:token} geeft {n:error_code}", "{v:token} is de token uit de portal",
           "PAT {v:token}", "met deze token: {v:token}", "webhook token {v:token}", "tokn {v:token}"],
    "en": ["token: {v:token}", "Authorization: Bearer {v:token}", "access_token={v:token}", "session token {v:token}", "{v:token} is our token",
           "refresh token {v:token} fails with {n:error_code}", "personal access token {v:token}", "bot token {v:token}", "the token (\"{v:token}\")",
           "tokne {v:token}"],
    "fr": ["jeton : {v:token}", "token {v:token}", "Authorization: Bearer {v:token}", "le token d'accès {v:token} expire"],
}

# contact / low-risk phrasings (non-focus)
P["email"] = {
    "nl": ["mijn mail is {v:email}", "mailadres: {v:email}", "stuur het naar {v:email}", "e-mail {v:email}", "{v:email} is mijn mail",
           "bereikbaar via {v:email}", "mail naar {v:email} aub"],
    "en": ["my email is {v:email}", "email: {v:email}", "send it to {v:email}", "reach me at {v:email}", "{v:email} is my address on file", "e-mail {v:email}"],
    "fr": ["mon mail : {v:email}", "adresse e-mail {v:email}", "écrivez-moi à {v:email}"],
}
P["phone"] = {
    "nl": ["bel me op {v:phone}", "mijn nummer is {v:phone}", "tel: {v:phone}", "06 van mijn moeder: {v:phone}", "{v:phone} is mijn mobiel",
           "terugbellen op {v:phone} graag", "mobiel {v:phone}"],
    "en": ["call me on {v:phone}", "my number is {v:phone}", "tel {v:phone}", "mobile: {v:phone}", "{v:phone} is my cell", "text me at {v:phone}"],
    "fr": ["mon numéro : {v:phone}", "appelez-moi au {v:phone}", "gsm {v:phone}"],
}
P["address"] = {
    "nl": ["mijn adres is {v:address}", "adres: {v:address}", "bezorgadres {v:address}", "ik woon op {v:address}", "verhuisd naar {v:address}", "afleveren op {v:address} graag"],
    "en": ["my address is {v:address}", "address: {v:address}", "deliver to {v:address}", "I moved to {v:address}", "shipping address {v:address}"],
    "fr": ["mon adresse : {v:address}", "j'habite {v:address}", "livraison à {v:address}"],
}
P["customer_number"] = {
    "nl": ["klantnummer {v:customer_number}", "mijn klantnr is {v:customer_number}", "klant nr: {v:customer_number}", "contractnummer {v:customer_number}",
           "{v:customer_number} is mijn klantnummer", "lidnummer {v:customer_number}"],
    "en": ["account number {v:customer_number}", "customer no. {v:customer_number}", "my customer number is {v:customer_number}", "member ID {v:customer_number}",
           "acct no {v:customer_number}"],
    "fr": ["numéro client {v:customer_number}", "mon n° de client : {v:customer_number}", "numéro de contrat {v:customer_number}"],
}
P["date_of_birth"] = {
    "nl": ["ik ben van {v:date_of_birth}", "geb datum {v:date_of_birth}", "geboortedatum: {v:date_of_birth}", "geboren op {v:date_of_birth}", "gebdat {v:date_of_birth}"],
    "en": ["DOB {v:date_of_birth}", "date of birth: {v:date_of_birth}", "born {v:date_of_birth}", "my birthday is {v:date_of_birth}", "d.o.b. {v:date_of_birth}"],
    "fr": ["né le {v:date_of_birth}", "date de naissance : {v:date_of_birth}", "née le {v:date_of_birth}"],
}
P["ip_address"] = {
    "nl": ["mijn ip is {v:ip_address}", "IP-adres {v:ip_address}", "extern ip: {v:ip_address}", "vanaf {v:ip_address} kom ik niet verder"],
    "en": ["my IP is {v:ip_address}", "public IP {v:ip_address}", "requests come from {v:ip_address}", "whitelisted IP: {v:ip_address}"],
    "fr": ["mon adresse IP est {v:ip_address}", "IP : {v:ip_address}"],
}
P["card_expiry"] = {
    "nl": ["kaart eindigend op {n:masked_value=card}, vervaldatum {v:card_expiry}", "geldig t/m {v:card_expiry} (pas {n:masked_value=card})", "mijn pas verloopt {v:card_expiry}"],
    "en": ["card {n:masked_value=card} exp {v:card_expiry}", "expiry date {v:card_expiry} on the card ending {n:masked_value=card}", "card says valid thru {v:card_expiry}"],
    "fr": ["date d'expiration {v:card_expiry} (carte {n:masked_value=card})", "ma carte expire le {v:card_expiry}"],
}

HIGH = ["password", "username", "pin", "puk", "otp", "wifi_key", "card", "cvv", "iban", "bsn", "api_key", "token"]
CONTACT = ["email", "phone", "address", "customer_number", "date_of_birth", "ip_address", "card_expiry"]

# ------------------------------------------------------------------ hard-negative sentences (cue words nearby)
from gen_hneg import H  # noqa: E402,F401

# ------------------------------------------------------------------ bodies
# (family, focus-capable types) -> list of templates per language group
FAM_TYPES = {
    "bank": ["password", "username", "pin", "otp", "card", "cvv", "iban"],
    "telco": ["pin", "puk", "wifi_key", "username", "password", "otp", "iban"],
    "shop": ["card", "cvv", "otp", "password", "username", "iban"],
    "dev": ["api_key", "token", "username", "password"],
    "gov": ["bsn", "otp", "iban", "password", "username"],
    "gen": HIGH,
}
SECTOR = {"bank": "bank", "telco": "telco", "shop": "shop", "dev": "dev", "gov": "gov", "gen": "telco"}

FOCUS = {
    "nl": {
        "bank": ["Hoi {f:brand}, ik kom niet in de app. {X}. Wat nu?", "[pin,card,cvv]Goedemiddag, {X}. Toch blokkeert mijn pas. {H}",
                 "Help!! {X} en het werkt gewoon niet", "ik ben 78 en snap de nieuwe app niet. mijn kleinzoon zei dat ik dit moest sturen: {X}",
                 "Sorry voor het storen, maar {X}. Kunnen jullie kijken?", "{X}\n\nmoet ik langskomen op het kantoor?",
                 "Waarom vraagt de app opeens opnieuw alles? {X}. {H}", "jullie app is echt waardeloos. {X} en nog steeds geen toegang",
                 "Dag {f:brand}, namens mijn vader: {X}. Hij is slechthorend dus bellen lukt niet.",
                 "[card,cvv,iban]Er staat een afschrijving van {n:amount} die ik niet herken! {X}. Blokkeer alles aub",
                 "[otp]Ik probeer mijn nieuwe telefoon te koppelen, {X}. Hij zegt steeds ongeldig.",
                 "[iban]Ik wil een tweede rekening openen voor de zaak. {X}. {H}", "[username,password]Na de update uitgelogd. {X}. Geen idee wat er mis is"],
        "telco": ["[puk,pin]Hallo {f:brand}, mijn telefoon vraagt om de PUK. {X}", "[pin,puk]Nieuwe simkaart ontvangen maar {X}. {H}",
                  "[wifi_key]{X} maar de modem doet niks", "Hey, internet ligt er alweer uit. {X}. Graag snel reactie",
                  "[wifi_key,pin,puk]Goeiemorgen, {X}. Ik heb een {n:model_number}.", "sorry dat ik weer stoor, {X}",
                  "[wifi_key]Klopt het dat {X}? Monteur komt {n:date}.", "[pin,puk]Mijn moeder (83) kan niet bellen. {X}",
                  "{H} Trouwens, {X}.", "[username,password,otp]Ik kom niet in Mijn {f:brand}. {X}",
                  "[iban]Ik wil de automatische incasso aanpassen. {X}", "[wifi_key]De wifi in de studentenkamer werkt niet, {X}. Huisgenoten zijn boos"],
        "shop": ["[card,cvv,otp]Hoi {f:brand}, betaling mislukt bij bestelling {n:order_number}. {X}", "Waar blijft mijn pakket?? {X}. {H}",
                 "[card,cvv,iban]Ik heb dubbel betaald ({n:amount}). {X}", "[iban]Retour aangemeld, {X}", "ik heb een webwinkeltje en bestel zakelijk. {X}. {H}",
                 "[username,password,otp]Mijn account is gehackt denk ik. {X}", "[card,cvv,otp]{X} - kunnen jullie de bestelling handmatig afronden?",
                 "[username,password]Kan niet inloggen om mijn retour te volgen. {X}"],
        "dev": ["Hoi {f:brand} support, onze webhook faalt. {X}", "Sinds vanochtend {n:time} krijgen we {n:error_code}. {X}",
                "Ik ben ontwikkelaar bij een klein bureau, {X}. Kan iemand meekijken?", "{X}\nDocs op {n:url} kloppen niet met versie {n:version_string}.",
                "Productie ligt plat! {X}", "[api_key,token]Testen met curl:\ncurl -H \"{X}\" {n:url}"],
        "gov": ["[password,username,otp,iban]Goedendag, ik wil mijn polis aanpassen. {X}", "[bsn,iban]Voor de toeslag: {X}. {H}",
                "[bsn,iban]Namens mijn moeder (wilsonbekwaam): {X}", "[bsn,iban,otp]Ik kreeg een brief over mijn zorgverzekering. {X}",
                "[iban,bsn,username,password]Hallo, energiecontract overzetten naar mijn naam. {X}. {H}", "[iban]Mijn vlucht is geannuleerd en voor de terugbetaling: {X}",
                "[bsn]Ik ben net in Nederland komen wonen en de verzekeraar vraagt dit: {X}", "[otp]Inloggen met DigiD-achtige app lukt niet, {X}"],
        "gen": ["{X}", "{X}??", "Hoi, {X}", "Dit is wat ik heb: {X}", "{X} (dit vroeg de medewerker)", "Zoals gevraagd: {X}", "ok {X}",
                "nogmaals: {X}", "screenshot van de app: \"{X}\"", "[afbeelding: {X}]", "{X} sorry sorry sorry", "OK HIER IS HET {X}",
                "Hi guys, ik ben weer locked out. {X}. Pls fix asap", "Ik snap er echt niks van, {X}, what am I doing wrong?"],
    },
    "nl-be": {
        "bank": ["Goeiedag {f:brand}, mijn bankkaart is geblokkeerd. {X}", "Ik geraak niet in de app, {X}. Wat moet ik doen?",
                 "Allee, al drie dagen geen toegang. {X}", "[card,cvv]Er is {n:amount} van mijn kaart gehaald die ik niet ken. {X}"],
        "telco": ["[puk,pin]Dag, mijn gsm vraagt de PUK. {X}", "Internet thuis valt constant weg. {X}. {H}", "[pin,puk]Ik heb een nieuwe simkaart gekregen maar {X}",
                  "[wifi_key]Den modem is gereset, {X}"],
        "shop": ["Dag, ik heb besteld maar de betaling is mislukt. {X}", "Mijn pakje is nog niet toegekomen en {X}"],
        "dev": ["Dag, onze integratie werkt niet meer. {X}", "[api_key,token]Sinds de migratie krijgen we {n:error_code}. {X}"],
        "gov": ["[iban,bsn]Goeiedag, voor mijn terugbetaling: {X}", "[iban]Mijn vlucht werd geannuleerd. {X}"],
        "gen": ["{X}", "Zoals gevraagd: {X}", "Hier is het: {X}", "amai, {X}"],
    },
    "en": {
        "bank": ["Hi {f:brand}, locked out of the app again. {X}. What now?", "[pin,card,cvv]Good afternoon, {X}. Card still blocked. {H}", "HELP. {X} and nothing works",
                 "I'm 81 and my grandson set this up. {X}. Please help.", "Sorry to bother you, {X}. Could someone check?",
                 "{X}\n\nDo I need to go to a branch?", "your app is a joke. {X} and still locked out", "On behalf of my dad: {X}. He can't use the phone.",
                 "[card,cvv,iban]There's a {n:amount} payment I don't recognise! {X}. Freeze everything pls", "[otp]Setting up my new phone, {X}. It keeps saying invalid.",
                 "[iban]Just moved to NL for work and opening an account. {X}. {H}", "[username,password]Logged out after the update. {X}. No idea what's wrong"],
        "telco": ["[puk,pin]Hi {f:brand}, my phone is asking for a PUK. {X}", "[pin,puk]Got the new SIM but {X}. {H}", "[wifi_key]{X} but the router does nothing",
                  "Internet's down AGAIN. {X}. Please sort it", "[wifi_key,pin,puk]Morning, {X}. I have a {n:model_number}.", "sorry to bug you again, {X}",
                  "[pin,puk]My mum can't make calls. {X}", "{H} Also, {X}.", "[username,password,otp]Can't get into My {f:brand}. {X}",
                  "[iban]Want to change the direct debit. {X}", "[wifi_key]Student house wifi is dead, {X}. Housemates are furious"],
        "shop": ["[card,cvv,otp]Hi {f:brand}, payment failed on order {n:order_number}. {X}", "Where is my parcel?? {X}. {H}", "[card,cvv,iban]I was charged twice ({n:amount}). {X}",
                 "[iban]Return requested, {X}", "I run a small business and order in bulk. {X}. {H}", "[username,password,otp]Think my account got hacked. {X}",
                 "[card,cvv,otp]{X} - can you complete the order manually?", "[username,password]Can't log in to track my return. {X}"],
        "dev": ["Hi {f:brand} support, our webhook keeps failing. {X}", "Since {n:time} today we're getting {n:error_code}. {X}",
                "Freelance dev here, {X}. Can someone take a look?", "{X}\nDocs at {n:url} don't match {n:version_string}.", "Prod is down! {X}",
                "Moving from staging to live, {X}. Is that right?", "[api_key,token]Repro:\ncurl -H \"{X}\" {n:url}"],
        "gov": ["[password,username,otp,iban]Hello, I need to update my policy. {X}", "[bsn,iban]I'm an expat and the tax office asked for this: {X}. {H}",
                "[bsn,iban]On behalf of my mother: {X}", "[iban]My flight got cancelled, refund please. {X}", "[iban,bsn,username,password]Switching the energy contract to my name. {X}. {H}",
                "[bsn,otp,iban]Got a letter about my health insurance. {X}", "[bsn]New to the Netherlands, the insurer wants this: {X}"],
        "gen": ["{X}", "{X}??", "Hi, {X}", "Here you go: {X}", "{X} (as your colleague asked)", "As requested: {X}", "ok {X}", "again: {X}",
                "screenshot of the app: \"{X}\"", "[image: {X}]", "{X} so sorry for the hassle", "OK HERE IT IS {X}",
                "Hoi! Sorry my Dutch is not so good. {X}. Dank je wel", "Goedemiddag - English ok? {X}"],
    },
    "fr": {
        "bank": ["Bonjour {f:brand}, je n'arrive plus à me connecter. {X}", "[pin,card,cvv]Ma carte est bloquée. {X}. {H}", "Au secours, {X} et rien ne marche",
                 "[card,cvv,iban]Un paiement de {n:amount} que je ne reconnais pas ! {X}"],
        "telco": ["[puk,pin]Bonjour, mon GSM demande le code PUK. {X}", "Internet coupé depuis ce matin. {X}. {H}", "[pin,puk]Nouvelle carte SIM reçue mais {X}",
                  "[wifi_key]Le modem a été réinitialisé, {X}"],
        "shop": ["[card,cvv,otp]Bonjour, paiement refusé pour la commande {n:order_number}. {X}", "Mon colis n'est pas arrivé. {X}. {H}",
                 "[username,password,otp]Je pense que mon compte a été piraté. {X}"],
        "dev": ["Bonjour, notre intégration ne fonctionne plus. {X}", "Depuis {n:time} on reçoit {n:error_code}. {X}"],
        "gov": ["[iban,bsn]Bonjour, pour le remboursement : {X}", "[iban]Mon vol a été annulé. {X}", "[bsn,iban]Je travaille aux Pays-Bas, l'assureur demande : {X}"],
        "gen": ["{X}", "Voilà : {X}", "Comme demandé : {X}", "Bonjour, {X}", "{X} désolé pour le dérangement"],
    },
}

CONTACT_BODIES = {
    "nl": ["Hoi, ik wil graag teruggebeld worden. {C}", "Adreswijziging doorgeven: {C}. {H}", "Kunnen jullie mijn gegevens aanpassen? {C}",
           "{C}. Ik hoor graag van jullie.", "Dag, ik ben verhuisd. {C}", "Kunt u de factuur opnieuw sturen? {C}. {H}", "{H} {C}",
           "Mijn gegevens: {C}, {p:phone}", "Voor de zekerheid: {C}", "Meterstand doorgeven: {n:meter_reading}, {p:customer_number}",
           "Ik wil mijn termijnbedrag van {n:amount} verlagen. {p:customer_number}", "{p:customer_number}\n{p:address}\nGraag een nieuwe factuur",
           "Mijn opa is overleden, ik regel zijn abonnement. {p:customer_number}, {p:date_of_birth}"],
    "nl-be": ["Dag, mag ik teruggebeld worden? {C}", "Ik ben verhuisd, {C}. {H}"],
    "en": ["Hi, please call me back. {C}", "Updating my details: {C}. {H}", "Can you change my details? {C}", "{C}. Looking forward to hearing from you.",
           "I've moved house. {C}", "Could you resend the invoice? {C}. {H}", "{H} {C}", "My details: {C}, {p:phone}", "Just to confirm: {C}",
           "Submitting my meter reading: {n:meter_reading}, {p:customer_number}", "Please lower my monthly payment of {n:amount}. {p:customer_number}",
           "{p:customer_number}\n{p:address}\nPlease resend the bill", "My grandad passed away and I'm closing his account. {p:customer_number}, {p:date_of_birth}"],
    "fr": ["Bonjour, pouvez-vous me rappeler ? {C}", "Changement d'adresse : {C}. {H}", "Mes coordonnées : {C}", "Relevé : {n:meter_reading}, {p:customer_number}",
           "{p:customer_number}, {p:address}"],
}

CLEAN_BODIES = {
    "nl": ["Al 2 uur geen internet in de hele straat. Storing?", "Bedankt voor de snelle hulp gisteren!", "Hoe lang duurt een nummerbehoud eigenlijk?",
           "{H}", "{H} Iemand?", "Waarom is de app zo traag vandaag?", "Top service, pakket was er binnen een dag 👍", "Kunnen jullie mij een DM sturen?",
           "Mijn rekening is hoger dan normaal. {H}", "{H} Graag een reactie.", "Sorry, ik snap het niet helemaal. Moet ik nu iets doen?",
           "Is er een storing in {f:city}? {H}", "Ik heb jullie een DM gestuurd", "Wanneer komt de nieuwe app update?",
           "Hallo, ik krijg geen sms met de code binnen. Wat kan ik doen?", "Kan ik mijn pincode ergens opnieuw aanvragen?",
           "Waar vind ik het wachtwoord van de wifi? Sticker is weg.", "Moet ik mijn BSN doorgeven? Lijkt me niet veilig via Twitter 😅",
           "Is een PUK-code hetzelfde als een pincode?", "Dank je! Het werkt weer.", "{H} {H}"],
    "nl-be": ["Dag, is er een panne in {f:city}? {H}", "Merci voor de hulp!", "Hoe kan ik mijn pincode wijzigen?", "{H}"],
    "en": ["No internet for 2 hours on the whole street. Outage?", "Thanks for the quick help yesterday!", "How long does porting my number take?", "{H}",
           "{H} Anyone?", "Why is the app so slow today?", "Great service, parcel arrived next day 👍", "Can you DM me?", "My bill is higher than usual. {H}",
           "{H} Please reply.", "Sorry, I don't quite get it. Do I need to do something?", "Is there an outage in {f:city}? {H}", "Sent you a DM",
           "Not getting the verification text at all. What do I do?", "Where do I find the wifi password? The sticker's gone.",
           "Is the PUK the same as my PIN?", "Cheers, all working now.", "{H} {H}"],
    "fr": ["Panne internet à {f:city} ? {H}", "Merci pour l'aide !", "Comment changer mon code PIN ?", "{H}", "Je ne reçois pas le code par SMS."],
}

# agent replies (channel agent_reply): ask for / repeat data, macros
AGENT = {
    "nl": ["Hoi {f:first}, vervelend dat het niet lukt! Wil je ons je postcode en huisnummer sturen via DM? Deel nooit je pincode of wachtwoord. {f:agent}",
           "Dank je wel. Ik heb ticket {n:ticket_number} aangemaakt; je hoort binnen twee werkdagen van ons. {f:agent}",
           "Hi {f:first}, ik zie je account met mailadres {v:email}. Klopt dat nog? {f:agent}",
           "Je tijdelijke wachtwoord is {v:password}. Wijzig dit direct na het inloggen via {n:url}. {f:agent}",
           "Hoi! Je PUK-code is {v:puk}. Let op: na 10 foute pogingen is de simkaart definitief geblokkeerd. {f:agent}",
           "Goedemiddag, we hebben de betaling van {n:amount} op {n:date} teruggestort naar de rekening eindigend op {n:masked_value=iban}. {f:agent}",
           "Dank voor je geduld. Klantnummer {v:customer_number} is gekoppeld aan {v:address}. Klopt dat? {f:agent}",
           "Bel gerust met {n:company_phone} (ma-vr tot {n:time=hour}). Noem dan ticket {n:ticket_number}. {f:agent}",
           "Je gebruikersnaam is {v:username}. Een nieuw wachtwoord kun je aanvragen via {n:url}. {f:agent}",
           "We vragen nooit om je volledige pincode of een sms-code. Heb je die gedeeld? Bel dan direct {n:company_phone}. {f:agent}",
           "Hoi {f:first}, de storing in {f:city} is opgelost sinds {n:time}. Herstart je modem ({n:model_number=router}) even? {f:agent}",
           "Ik heb het nummer {v:phone} genoteerd als terugbelnummer. Je wordt {n:date} gebeld. {f:agent}"],
    "en": ["Hi {f:first}, sorry to hear that! Could you DM us your postcode and account number? Never share your PIN or password. {f:agent}",
           "Thanks. I've raised ticket {n:ticket_number}; we'll be in touch within two working days. {f:agent}",
           "Hi {f:first}, I can see an account under {v:email}. Is that still current? {f:agent}",
           "Your temporary password is {v:password}. Please change it right after logging in at {n:url}. {f:agent}",
           "Hi there, your PUK code is {v:puk}. Careful: 10 wrong attempts will block the SIM permanently. {f:agent}",
           "Good afternoon, we've refunded {n:amount} on {n:date} to the card ending {n:masked_value=card}. {f:agent}",
           "Thanks for waiting. Account {v:customer_number} is registered to {v:address}. Is that right? {f:agent}",
           "Feel free to call {n:company_phone} (Mon-Fri until {n:time=hour}) quoting {n:ticket_number}. {f:agent}",
           "Your username is {v:username}. You can request a new password at {n:url}. {f:agent}",
           "We will never ask for your full PIN or a one-time code. If you've shared one, call {n:company_phone} now. {f:agent}",
           "Hi {f:first}, the outage in {f:city} was fixed at {n:time}. Could you restart your router ({n:model_number=router})? {f:agent}",
           "I've noted {v:phone} as your callback number. Expect a call on {n:date}. {f:agent}"],
    "fr": ["Bonjour {f:first}, pouvez-vous nous envoyer votre numéro client en message privé ? Ne partagez jamais votre code PIN. {f:agent}",
           "Merci. Ticket {n:ticket_number} créé, réponse sous 48 heures. {f:agent}",
           "Votre code PUK est {v:puk}. Attention, après 10 essais la carte SIM est bloquée. {f:agent}",
           "Nous avons remboursé {n:amount} le {n:date} sur la carte {n:masked_value=card}. {f:agent}",
           "Appelez le {n:company_phone} avec la référence {n:ticket_number}. {f:agent}",
           "J'ai noté le {v:phone} comme numéro de rappel. {f:agent}"],
}

# ------------------------------------------------------------------ frames
GREET = {"nl": ["Geachte heer/mevrouw,", "Beste {f:brand},", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "Hoi,"],
         "en": ["Dear Sir/Madam,", "Hi {f:brand} team,", "Hello,", "Good morning,", "To whom it may concern,", "Hi there,"],
         "fr": ["Madame, Monsieur,", "Bonjour,", "Bonjour {f:brand},", "Chère équipe,"]}
CLOSE = {"nl": ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt,", "Vriendelijke groeten,"],
         "en": ["Kind regards,", "Thanks,", "Best,", "Many thanks,", "Cheers,", "Sincerely,"],
         "fr": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,"]}
FILLER = {"nl": ["Ik hoop dat u mij verder kunt helpen.", "Ik heb al twee keer gebeld maar kom er niet uit.", "Excuses voor de lange mail.",
                 "Dit speelt al sinds vorige week.", "Graag hoor ik zo snel mogelijk van u."],
          "en": ["I hope you can help.", "I've already phoned twice and got nowhere.", "Apologies for the long email.", "This has been going on since last week.",
                 "I look forward to your reply."],
          "fr": ["J'espère que vous pourrez m'aider.", "J'ai déjà appelé deux fois.", "Merci de me répondre rapidement."]}
SUBJECT = {"nl": ["Vraag over mijn account", "RE: uw vraag", "Storing internet", "Terugbetaling", "Geen toegang", "Fwd: bestelling", "Klacht"],
           "en": ["Account query", "RE: your enquiry", "Internet outage", "Refund", "Locked out", "Fwd: order", "Complaint"],
           "fr": ["Question compte", "RE: votre demande", "Panne internet", "Remboursement", "Accès bloqué"]}
DISCLAIMER = {"nl": "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
              "en": "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
              "fr": "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire."}
QUOTE_HEAD_CO = {"nl": ["Op {n:date} om {n:time} schreef {f:brand} Webcare:", "Van: {f:brand} Klantenservice\nVerzonden: {n:date} {n:time}\nOnderwerp: RE: {f:subject}", "Op {n:date} schreef Team {f:brand}:"],
                 "en": ["On {n:date} at {n:time}, {f:brand} Support wrote:", "From: {f:brand} Customer Care\nSent: {n:date} {n:time}\nSubject: RE: {f:subject}", "On {n:date}, the {f:brand} team wrote:"],
                 "fr": ["Le {n:date} à {n:time}, {f:brand} Service client a écrit :", "De : Service client {f:brand}\nEnvoyé : {n:date} {n:time}\nObjet : RE: {f:subject}", "Le {n:date}, l'équipe {f:brand} a écrit :"]}
QUOTE_HEAD = {"nl": ["Op {n:date} om {n:time} schreef {v:email}:", "Op {n:date} om {n:time} schreef {f:name} <{v:email}>:",
                     "Van: {f:name} <{v:email}>\nVerzonden: {n:date} {n:time}\nAan: Klantenservice {f:brand}\nOnderwerp: {f:subject}"],
              "en": ["On {n:date}, {f:name} <{v:email}> wrote:", "On {n:date} at {n:time}, {v:email} wrote:",
                     "-----Original Message-----\nFrom: {f:name} <{v:email}>\nSent: {n:date} {n:time}\nTo: {f:brand} Customer Care\nSubject: {f:subject}"],
              "fr": ["Le {n:date}, {f:name} <{v:email}> a écrit :", "De : {f:name} <{v:email}>\nEnvoyé : {n:date}\nÀ : Service client {f:brand}\nObjet : {f:subject}"]}

# ------------------------------------------------------------------ extra phrasings (appended; dealt alternately like the rest)
_EXTRA = {
    "password": {
        "nl": ["jullie vroegen mijn wachtwoord:\n{v:password}", "ww vergeten?? nee hoor het is {v:password}", "[screenshot: inlogscherm, veld wachtwoord '{v:password}', melding onjuist]",
               "wachtwoord (hoofdlettergevoelig!) {v:password}"],
        "en": ["you asked for the password:\n{v:password}", "[screenshot: login screen, password field shows {v:password}]", "Pass word {v:password}", "pw is {v:password} lol"],
        "fr": ["mot de passe (avec majuscule) : {v:password}", "MDP {v:password}"],
    },
    "username": {
        "nl": ["jullie vroegen de gebruikersnaam:\n{v:username}", "[screenshot: veld gebruikersnaam '{v:username}']", "inlognaam = {v:username}", "{v:username} (dat is de login)"],
        "en": ["you asked for the username:\n{v:username}", "[screenshot: username field '{v:username}']", "login id {v:username}", "{v:username} (that's the login)"],
        "fr": ["login = {v:username}", "identifiant de connexion {v:username}"],
    },
    "pin": {
        "nl": ["de medewerker vroeg de pincode van mijn simkaart:\n{v:pin}", "PINCODE {v:pin}", "[foto van het briefje: pin {v:pin}]", "pin-code= {v:pin}",
               "{v:pin} (pin van mn pas)", "pincode van de app is {v:pin}"],
        "en": ["your colleague asked for the SIM PIN:\n{v:pin}", "PIN CODE {v:pin}", "[photo of the letter: PIN {v:pin}]", "{v:pin} (that's the card pin)",
               "my banking app pin {v:pin}", "piin {v:pin}"],
        "fr": ["code secret de la carte : {v:pin}", "PIN={v:pin}", "mon pin c'est {v:pin}", "code PIN de la SIM {v:pin}"],
    },
    "puk": {
        "nl": ["jullie vroegen de PUK van het plastic kaartje:\n{v:puk}", "[foto simhouder: PUK {v:puk}]", "PUK CODE {v:puk}", "{v:puk} (puk)"],
        "en": ["you asked for the PUK from the plastic card:\n{v:puk}", "[photo of SIM holder: PUK {v:puk}]", "PUK CODE {v:puk}", "{v:puk} (puk)"],
        "fr": ["code PUK de la carte plastique : {v:puk}", "PUK={v:puk}"],
    },
    "otp": {
        "nl": ["jullie vroegen de code uit de sms:\n{v:otp}", "[screenshot sms: Uw code is {v:otp}]", "CODE {v:otp}", "{v:otp} (sms code)"],
        "en": ["you asked for the code from the text:\n{v:otp}", "[screenshot of text: Your code is {v:otp}]", "CODE {v:otp}", "{v:otp} (code from sms)"],
        "fr": ["code reçu : {v:otp}", "[capture : Votre code est {v:otp}]"],
    },
    "wifi_key": {
        "nl": ["jullie vroegen de wifi sleutel van de sticker:\n{v:wifi_key}", "[foto sticker: Wi-Fi key {v:wifi_key}]", "WIFI {v:wifi_key}", "{v:wifi_key} (wifi ww)"],
        "en": ["you asked for the key on the sticker:\n{v:wifi_key}", "[photo of sticker: Wireless key {v:wifi_key}]", "WIFI KEY {v:wifi_key}", "{v:wifi_key} (wifi pw)"],
        "fr": ["clé de sécurité wifi {v:wifi_key}", "[photo autocollant : clé {v:wifi_key}]"],
    },
    "card": {
        "nl": ["jullie vroegen het kaartnummer:\n{v:card}", "[foto voorkant pas: {v:card}]", "KAARTNUMMER {v:card}", "{v:card} (creditcard)"],
        "en": ["you asked for the card number:\n{v:card}", "[photo of card front: {v:card}]", "CARD NO {v:card}", "{v:card} (visa)"],
        "fr": ["n° de carte {v:card}", "[photo carte : {v:card}]"],
    },
    "cvv": {
        "nl": ["jullie vroegen de code achterop:\n{v:cvv}", "CVC CODE {v:cvv}", "[foto achterkant kaart: {v:cvv}]", "veiligheidscode {v:cvv}"],
        "en": ["you asked for the 3 digits on the back:\n{v:cvv}", "CVV CODE {v:cvv}", "[photo of card back: {v:cvv}]", "card verification {v:cvv}"],
        "fr": ["code de sécurité {v:cvv}", "CVC={v:cvv}"],
    },
    "iban": {
        "nl": ["jullie vroegen mijn rekeningnummer:\n{v:iban}", "[screenshot bankapp: IBAN {v:iban}]", "REKENINGNUMMER {v:iban}", "{v:iban} (mijn rekening)"],
        "en": ["you asked for my bank details:\n{v:iban}", "[screenshot of banking app: IBAN {v:iban}]", "ACCOUNT {v:iban}", "{v:iban} (my account)"],
        "fr": ["numéro IBAN : {v:iban}", "[capture appli bancaire : {v:iban}]"],
    },
    "bsn": {
        "nl": ["jullie vroegen het BSN:\n{v:bsn}", "[foto paspoort, BSN {v:bsn}]", "BURGERSERVICENUMMER {v:bsn}", "{v:bsn} (bsn)"],
        "en": ["you asked for the BSN:\n{v:bsn}", "[photo of residence permit, BSN {v:bsn}]", "BSN NUMBER {v:bsn}", "{v:bsn} (my BSN)"],
        "fr": ["BSN = {v:bsn}", "[photo carte de séjour, BSN {v:bsn}]"],
    },
    "api_key": {
        "nl": ["jullie vroegen de key:\n{v:api_key}", "[screenshot dashboard: Secret key {v:api_key}]", "API KEY {v:api_key}", "{v:api_key} (api key, productie)",
               "config: PAYMENT_KEY={v:api_key}"],
        "en": ["you asked for the key:\n{v:api_key}", "[screenshot of dashboard: Secret key {v:api_key}]", "API KEY {v:api_key}", "{v:api_key} (prod api key)",
               "env: STRIPE_SECRET={v:api_key}", "aws_secret_access_key = {v:api_key=awssecret}"],
        "fr": ["clé = {v:api_key}", "[capture tableau de bord : clé {v:api_key}]"],
    },
    "token": {
        "nl": ["jullie vroegen de token:\n{v:token}", "[screenshot: Access token {v:token}]", "TOKEN {v:token}", "{v:token} (token uit de portal)"],
        "en": ["you asked for the token:\n{v:token}", "[screenshot: Access token {v:token}]", "TOKEN {v:token}", "{v:token} (our bearer)"],
        "fr": ["jeton = {v:token}", "[capture : jeton {v:token}]"],
    },
}
for _t, _d in _EXTRA.items():
    for _lg, _lst in _d.items():
        P[_t][_lg] = P[_t][_lg] + _lst
