"""Dutch (nl) customer templates, grouped by situation."""

T = {}

T["gov"] = [
    "Ik kom niet in Mijn Belastingdienst. DigiD gebruikersnaam {user} en wachtwoord {pw}, toch krijg ik steeds {err}. BSN is {bsn} als dat helpt",
    "{mention} al 3 dagen geen sms-code voor DigiD binnen, nu kwam er eindelijk een: {otp} maar die is al verlopen?? {hashtag}",
    "Goedemiddag, mijn toeslag is gestopt per {date}. Mijn BSN {bsn}, geboren {dob}. Graag uitbetalen op {iban} ipv mijn oude rekening {masked.iban}. Relatienummer toeslagen: {cust.tax}",
    "hoi ik ben verhuisd naar {addr} en de gemeente heeft nog steeds mijn oude adres {addr.street:2}. kunnen jullie dat aanpassen? mijn bsn: {bsn}",
    "Aanslagnummer {cust.tax}, ik moet {amount} betalen maar ik heb al betaald op {date} vanaf {iban}. Zaaknummer was {ticket}. Bel me gerust op {phone}",
    "Mijn moeder ({dob}) kan niet inloggen op DigiD. Haar gebruikersnaam is {user} en ww {pw}. Ze woont op {addr}, activatiecode per brief komt nooit aan",
    "Wat moet ik invullen bij 'activeringscode'? Ik heb deze gekregen: {otp.8} maar de site zegt {err}. Ik zit op app versie {ver}",
    "Via de DigiD app krijg ik koppelcode {otp.words} te zien, maar mijn oude toestel ({model}) is kapot. PIN van de app was {pin.app} denk ik",
    "DUO zegt dat mijn terugbetaling niet lukt. Rekening {iban}, BSN {bsn}, mijn e-mail is {email}. Ik heb dossiernummer {ticket}",
    "Kunnen jullie mijn huurtoeslag overmaken op {iban}? Inkomen {year} was {amount}. Bereikbaar op {phone} na {time}",
    "Bij de gemeente aangifte verhuizing gedaan, maar bevestiging ging naar {email}. Dat is niet meer mijn mail! Nieuwe is {email:2}. bsn {bsn} / geb. {dob}",
    "UWV login lukt niet:\nDigiD: {user}\nWw: {pw}\nSMS code: {otp}\nfoutmelding {err} om {time}",
]

T["shop"] = [
    "Mijn verkopersaccount is geblokkeerd!! Verkopers-ID {cust.seller}, uitbetaling van {amount} staat nog open. Uitbetalen op {iban} graag. {hashtag}",
    "{mention} retour {order} is al op {date} afgegeven, track & trace {track}, en nog steeds geen geld terug",
    "Hoi, voor onze koppeling met de Retailer API: client id {apikey.bol} en secret {apikey.bol_secret}. Krijgen steeds {err} terug (request id {reqid})",
    "We hebben per ongeluk onze WooCommerce keys in een ticket gezet: consumer key {apikey.woo_ck}, secret {apikey.woo_cs}. Kunnen jullie dat verwijderen?",
    "Retourlabel aangevraagd voor bestelling {order} (artikel {prod}), maar label gaat naar mijn oude adres. Nieuw adres: {addr}. tel {phone}",
    "Iemand heeft op mijn Marktplaats account ingelogd vanaf IP {ip} en mijn wachtwoord veranderd. Mijn oude ww was {pw}. Account mail {email}",
    "Klant nummer {cust.shop}. Pakket {track} retour gestuurd, {qty}, maar jullie zeggen dat er maar 1 aankwam. Factuur {invoice}",
    "Uitbetalingen gaan naar verkeerde rekening. Moet {iban} zijn, niet {iban:2}!! KvK van mijn winkel is {kvk}, verkopersnummer {cust.seller}",
    "hoe vernieuw ik mijn api key? huidige key {apikey} werkt niet meer sinds update naar {ver}",
    "Ik krijg een verificatiecode per mail: {otp}. Maar ik heb niks aangevraagd? Login op {date} om {time} vanaf {ip}. Mijn gebruikersnaam is {user}",
    "Gegevens voor terugbetaling:\nNaam: {name}\nIBAN: {iban}\nBestelnr: {order}\nBedrag: {amount}",
    "Shopify koppeling: access token {token.shpat}, store {url}. Sync stopt elke nacht rond {time}.",
]

T["bank"] = [
    "{mention} mijn pas is gestolen, graag blokkeren! Kaartnummer {card}, geldig tot {exp}. Rekening {iban}",
    "Ik heb per ongeluk mijn pincode {pin.card} aan iemand gegeven die belde namens de bank. Rekeningnr {iban}. Wat nu?? {hashtag}",
    "Hypotheekaanvraag: leningnummer {cust.mortgage}, rente {pct}, ik wil {amount} extra aflossen per {date}. Adres onderpand {addr}",
    "Goedemorgen, ik kan niet meer inloggen in de app. Identificatiecode {user}, de sms-code {otp} wordt geweigerd. Toestel {model}, app {ver}",
    "Er is {amount} afgeschreven met mijn creditcard {card} die ik niet herken. CVC is {cvv} maar die heb ik nergens ingevuld!",
    "Nieuwe pas aangevraagd maar die komt naar {addr}, ik woon inmiddels op {addr:2}. Klantnummer {cust.bank}, geb {dob}",
    "Betaalverzoek van {amount} naar {iban} gedaan, was oplichting. Contact mij op {phone} of {email} svp",
    "Mijn creditcard: {card}\nvervaldatum {exp}\nbeveiligingscode {cvv}\ngraag limiet verhogen naar {amount}",
    "Taxateur komt {date} om {time}, adres {addr}. Hypotheekofferte {ticket}, rente {pct} voor 20 jaar vast?",
    "Scanner code van mijn e.dentifier: {otp.8}, daarna {err}. Rekeningnummer {iban}, pasnummer {cust.bank}",
]

T["move"] = [
    "Hoi! Verhuizing op {date} van {addr} naar {addr:2}. {qty} en een piano. De sleutelkluis code is {pin.keybox}",
    "Mijn opslagbox {cust.unit} gaat niet open, poortcode {pin.gate} werkt niet meer sinds {date}. Contractnummer {cust.storage}",
    "{mention} jullie verhuizers hebben mijn kast beschadigd! offerte {order}, factuur {invoice} van {amount} {hashtag}",
    "De wifi in het nieuwe huis: netwerk {ssid}, wachtwoord {wifi}. Kunnen de monteurs gebruiken op {date}",
    "Inventaris voor de opslag:\n- {qty}\n- {qty:2}\n- 1 bank\nTotale waarde {amount}. Unit {cust.unit}, toegangscode {pin.gate}",
    "Meterstanden bij oplevering {addr}: stroom {meter}, gas {meter:2}. EAN {cust.ean}",
    "Kunnen jullie mijn huur voor box {cust.unit} voortaan van {iban} afschrijven? Tel {phone}, mail {email}",
    "Alarmcode van het pand is {pin.alarm}, de verhuizers moeten die intoetsen bij aankomst om {time}. Adres {addr}",
    "Verhuislift besteld voor {date}, maar bevestiging staat op verkeerde naam. Mijn gsm {phone}, klantnr {cust.generic}",
    "Toegang selfstorage app: gebruikersnaam {user} wachtwoord {pw}. Kan niet inloggen, krijg {err}",
]
