"""Dutch (nl) templates.  Slots: {slot} or {slot#k} (same value reused), {slot@cc} forces a country.
{{macro}} renders as a literal {macro} placeholder."""

G = {}

G["pub", "ticket_hack"] = [
    "{mention} iemand heeft mijn account overgenomen en mijn {quantity} voor {artist} doorverkocht!! Mijn mail was {email}, nu staat er een ander adres op. Bestelling {order_number} {hashtag}",
    "Hoe kan het dat {mention} gewoon toestaat dat een hacker mijn wachtwoord wijzigt? Inloggen lukt niet meer met {username} en ik heb nergens een code gekregen {hashtag} {hashtag}",
    "{mention} al 3 dagen geen reactie op ticket {ticket_number}. Mijn kaarten voor {event} zijn weg, iemand logde in vanaf {ip_address}. Bel me aub {phone}",
    "Dus {mention} stuurt mij een sms met code {otp} terwijl ik NIKS heb aangevraagd. Wie probeert er in te loggen?? {hashtag}",
]
G["pub", "refund"] = [
    "{mention} concert van {artist} op {date} afgelast en nog steeds geen {amount} terug. Mijn rekening is {iban}, hoe moeilijk kan het zijn {hashtag}",
    "{mention} nee ik ga mijn klantnummer hier niet... oh wacht: {customer_number}. Graag vandaag opgelost. {hashtag}",
    "{mention} restitutie voor {event} zou binnen {days}... quatsch. Ordernr {order_number}, {amount} betaald op {date}. {url}",
    "Lekker dan {mention}, lidmaatschap bevroren maar toch {amount} afgeschreven van {iban}. Lidnummer {customer_number} #{gym}",
]
G["pub", "gym_sub"] = [
    "{mention} ik heb mijn abonnement opgezegd per {date} en jullie blijven incasseren. Machtigingskenmerk {customer_number}. Ik storneer gewoon alles {hashtag}",
    "Iemand ervaring met opzeggen bij {gym}? Ze willen mijn geboortedatum ({date_of_birth}) en pasnummer {customer_number} via de chat. Vertrouw het niet {hashtag}",
    "{mention} mijn pas werkt niet bij de poort, code {pin} wordt afgewezen. Staat al {days} zo. {hashtag}",
    "Opgezegd bij {mention} via {url} en nu toch weer een incasso van {amount}. Lidnr. {customer_number}, tel {phone}",
]
G["pub", "lottery_charity"] = [
    "{mention} ik wil mijn lot stoppen maar ik kom er niet doorheen aan de telefoon op {company_phone}. Deelnemernummer {customer_number}, rekening {iban}",
    "Beste {charity}, ik heb mijn machtiging ingetrokken maar zie nog steeds {amount} per maand. Donateurnummer {customer_number} {hashtag}",
    "Geen idee waarom ik {mention} nog betaal. Adres is {address}, stuur maar een brief want bellen heeft geen zin {hashtag}",
    "{mention} gewonnen volgens jullie mail?? Link {url} vraagt om mijn BSN {bsn@nl} en rekeningnummer. Phishing toch? {hashtag}",
]

G["dm", "ticket_resale"] = [
    "Hoi! Ik heb {quantity} voor {artist} in de {venue} gekocht via {ticketing}, bestelnummer {order_number}. Kan de naam op het ticket gewijzigd worden naar mijn zus? Haar mail is {email} en tel {phone}",
    "hee ik heb tickets doorverkocht maar de koper zegt dat de barcode {barcode} ongeldig is.. mijn account: {username} / {password}  kunnen jullie kijken?",
    "Naamswijziging graag: van mij naar {first} {last}, geboren {date_of_birth}. Ticketnr/barcode {barcode}. Mijn klantnummer is {customer_number}.",
    "Ik had 2 kaarten gekocht voor {event} ({date}), maar de verkoper op marktplaats heeft ze blijkbaar ook aan anderen verkocht. Ik heb {amount} overgemaakt naar {iban}. Kunnen jullie die barcodes blokkeren? {barcode} en {barcode}",
    "Goedemiddag, bij het afrekenen kreeg ik foutcode {error_code}. Kaart {card} is wel belast ({amount}), maar ik heb geen e-ticket. Vervaldatum {card_expiry}",
    "zeg, moet ik nou die code van de sms hier sturen? {otp}. of niet? ik wil gewoon mijn tickets voor {time}",
]
G["dm", "account_takeover"] = [
    "Mijn {stream} account is gehackt. Iemand heeft het mailadres veranderd naar een russisch adres. Mijn echte mail is {email}, oude ww was {password}. Kunnen jullie het terugzetten?",
    "Er wordt continu ingelogd op mijn account vanaf IP {ip_address} en {ip_address}. Ik heb mijn wachtwoord al 2x veranderd, nieuwste is {password}. Gebruikersnaam: {username}",
    "hallo ik krijg steeds verificatiecodes binnen, laatste was {otp}. Ik heb dat niet gevraagd!! wat moet ik doen. Telefoon {phone}",
    "Mijn zoon heeft met mijn {gaming} account {amount} aan V-bucks gekocht met mijn creditcard {card}. Ik wil dit terug. Login is {email}",
    "iemand heeft mijn profiel-PIN veranderd en de kids kijken nu van alles. nieuwe pin moet {pin4} worden aub. klantnummer {customer_number}",
    "Ik log in met {username} en wachtwoord {password} maar krijg melding {error_code}. Versie app {version_string} op {model_number}",
]
G["dm", "family_login"] = [
    "Wij delen het account met het hele gezin. Mijn dochter heeft het wachtwoord veranderd naar {password#1} zonder iets te zeggen. Kan ik {password#1} houden of moet ik iets anders? Account {email}",
    "Mijn moeder kan niet inloggen op de tv. Inlog {email} en ww {password}. Ze zit in {city}, ander huishouden. Mag dat?",
    "Kunnen jullie de kinderslot-pincode resetten? Ik weet alleen nog dat het {pin4} of {pin4} was. Klantnr {customer_number}",
    "huishouden-check faalt steeds. wifi is {ssid}, wachtwoord {wifi_key}. tv is {model_number}. hoe dan",
]
G["dm", "gym_membership"] = [
    "Hoi, ik wil mijn lidmaatschap bevriezen ivm een blessure vanaf {date}. Lidnummer {customer_number}, geboortedatum {date_of_birth}. Doktersverklaring stuur ik per mail vanaf {email}.",
    "Mijn pinpas is verlopen dus de incasso ging mis. Nieuwe rekening: {iban}. Wil niet dat jullie incassobureau gaat bellen op {phone}",
    "de deurcode van de club na 22u is toch {pin}? werkt niet meer. lid {customer_number}",
    "Ik ben verhuisd naar {address}, wil graag overstappen naar de club daar. Pasnummer {customer_number}.",
    "Kan de incasso van {date} teruggedraaid worden? Ik had al opgezegd. Mijn IBAN: {iban}, naam {first} {last}.",
    "opzeggen svp. naam {first} {last}, geb. {date_of_birth}, adres {address}, lidnr {customer_number}. bevestiging naar {email}",
]
G["dm", "newspaper"] = [
    "Ik heb al 4 dagen geen krant gehad. Bezorgadres {address}. Abonneenummer {customer_number}.",
    "Graag mijn abonnement stopzetten per {date}. Ik betaal via {iban}. Bel gerust {phone} als er iets onduidelijk is",
    "Mijn digitale abo werkt niet, inloggen met {email} en {password} geeft {error_code}",
    "Kunnen jullie het proefabonnement op naam van mijn vader zetten? {first} {last}, {address}, geboren {date_of_birth}",
]
G["dm", "gift_voucher"] = [
    "Ik heb een cadeaukaart gekregen maar de pincode onder het krasveld is {pin} en die wordt niet geaccepteerd. Kaart gekocht bij {theatre}. Mijn tel {phone}",
    "Bioscoopbon werkt niet bij {cinema}, foutmelding {error_code}. Bon gekocht met kaart {card} op {date}",
    "Ik heb per ongeluk een giftcard van {amount} gekocht met de verkeerde mail. Moet naar {email}. Bestelling {order_number}.",
    "Voucher voor {theatre} verlopen na annulering van de voorstelling op {date}. Graag geld terug op {iban}.",
]
G["dm", "cinema_theatre"] = [
    "Reservering voor {quantity} bij {cinema} om {time}, maar betaling mislukt. Kaartnummer {card}, cvc {cvv}, geldig tot {card_expiry}. Kunnen jullie het handmatig doen?",
    "De voorstelling in {theatre} op {date} is geannuleerd. Ik wil graag {amount} terug. Rekeningnummer {iban} t.n.v. {first} {last}",
    "Hoi, mijn vriendenpas nummer {customer_number} wordt niet herkend in de app ({version_string})",
    "Kan ik mijn stoelen ({quantity}) omruilen? Bestelnummer {order_number}. Bereikbaar op {phone} of {email}",
]
G["dm", "router_gaming"] = [
    "Online gamen lukt niet, NAT strikt. Moet ik poort {port} openzetten? Router admin wachtwoord is {password}, wifi {ssid} met sleutel {wifi_key}",
    "Mijn download van de game klopt niet, checksum {checksum} wijkt af. Account {username}, wachtwoord {password}",
    "PSN zegt {error_code} bij inloggen. Console {model_number}, firmware {version_string}. Mail {email}",
    "Ik zie een inlog vanaf {ip_address} die ik niet ken. 2FA code was {otp}. Welke api key moet ik intrekken? {api_key}",
]

G["mail", "refund_event"] = [
    "Ik schrijf u omdat het concert van {artist} in {venue} op {date} is afgelast. Ik heb destijds {quantity} gekocht via uw website (bestelnummer {order_number}, factuur {invoice_number}) voor in totaal {amount}.\n\nIn uw mail stond dat de terugbetaling automatisch zou gaan, maar na zes weken heb ik nog niets ontvangen. Mijn rekeningnummer is {iban} ten name van {first} {last}.\n\nU kunt mij bereiken op {phone}.",
    "Naar aanleiding van de annulering van {event} wil ik graag mijn geld terug. De gegevens:\n- bestelnr: {order_number}\n- e-mail account: {email}\n- IBAN: {iban}\n- bedrag: {amount}\n\nIk heb de tickets nooit doorverkocht. De barcodes waren {barcode} en {barcode}.",
    "Vorige week is de voorstelling verplaatst naar {date}. Daar kan ik niet. Ik wil graag restitutie op mijn creditcard (eindigend op {masked_value}) of anders op rekening {iban}.\n\nMijn klantnummer bij u is {customer_number}. Dossiernummer {ticket_number}.",
    "Ik heb bij u {quantity} voor {event} gekocht, maar door ziekte kan ik niet. Op uw site ({url}) staat dat ik de naam kan wijzigen. Dat lukt niet: ik krijg fout {error_code}.\n\nNieuwe naam: {first} {last}\nGeboortedatum: {date_of_birth}\nMail: {email}\n\nKunt u dit voor mij doen?",
]
G["mail", "takeover"] = [
    "Vanochtend kreeg ik een mail dat mijn wachtwoord was gewijzigd. Dat heb ik niet gedaan. Daarna zag ik dat er {quantity} zijn doorverkocht op mijn account, vanaf IP-adres {ip_address}.\n\nMijn inlognaam is {username}. Het laatste wachtwoord dat ik zelf had ingesteld was {password}. Ik heb ook een sms gekregen met code {otp}, die heb ik niet gebruikt.\n\nGraag het account blokkeren en de tickets terugzetten.",
    "Ons gezinsaccount ({email}) is overgenomen. De hacker heeft een betaalmethode toegevoegd en ook onze kaart {card} gebruikt, vervaldatum {card_expiry}.\n\nIk heb de kaart inmiddels laten blokkeren. Wat moet ik nog doen? Ons nieuwe wachtwoord is {password}, dat kunt u gebruiken om te kijken.",
    "Ik ben slachtoffer van phishing. Ik heb op een link geklikt ({url}) en daar mijn gegevens ingevuld: e-mail {email}, wachtwoord {password}, en ook mijn pincode {pin4}.\n\nKunt u controleren of er iets is veranderd? Mijn klantnummer is {customer_number}.",
    "Er is ingelogd op mijn {stream} account vanuit het buitenland ({ip_address}). De sessie staat nog open. In de browser zie ik een token {token}, heeft u daar iets aan?\n\nMijn accountnummer is {customer_number}.",
]
G["mail", "membership"] = [
    "Hierbij zeg ik mijn lidmaatschap van {gym} op per {date}.\n\nNaam: {first} {last}\nAdres: {address}\nGeboortedatum: {date_of_birth}\nLidnummer: {customer_number}\nIBAN: {iban}\n\nGraag een schriftelijke bevestiging naar {email}.",
    "Namens mijn dochter ({first}, {date_of_birth}) wil ik haar lidmaatschap van {club} beëindigen. Zij is verhuisd naar {address}.\n\nHet machtigingskenmerk op mijn afschrift is {customer_number}, afgeschreven van {iban}. De laatste incasso van {amount} op {date} wil ik graag terug.",
    "Ik heb mijn lidmaatschap in maart bevroren vanwege zwangerschap. Toch is er {amount} geïncasseerd. Mijn lidnummer is {customer_number}.\n\nIk verzoek u het bedrag terug te storten op {iban}. Telefonisch ben ik bereikbaar op {phone}.",
    "Mijn BSN is {bsn@nl} — dat vroeg uw collega voor de zorgverzekeraarskorting. Ik vind het eigenlijk vreemd dat een sportschool daarom vraagt. Lidnummer {customer_number}.",
]
G["mail", "subscription"] = [
    "Sinds {date} ontvang ik de zaterdagkrant niet meer op {address}. Mijn abonneenummer is {customer_number}.\n\nDaarnaast is de prijs verhoogd met {percentage} zonder bericht. Ik wil het abonnement daarom per direct opzeggen. Incasso loopt via {iban}.",
    "Ik heb een digitaal abonnement maar kan niet inloggen. Gebruikersnaam {username}, wachtwoord {password}. Ik heb de app ({version_string}) al opnieuw geïnstalleerd.\n\nKlantnummer: {customer_number}\nTelefoon: {phone}",
    "Mijn lot bij de {lottery} wil ik opzeggen. Lotnummer {customer_number}. Ik betaal via automatische incasso van rekening {iban}. Adres: {address}.",
    "Als donateur van {charity} ontving ik een brief dat mijn machtiging is vervallen. Ik heb echter niets gewijzigd. Donateurnummer {customer_number}, rekening {iban}, geboortedatum {date_of_birth}.",
]

G["agent", "reply"] = [
    "Hoi {first}, vervelend dat je tickets weg zijn! Ik zie dat er is ingelogd vanaf {ip_address}. Ik heb je account geblokkeerd. Je krijgt een mail op {email} om een nieuw wachtwoord in te stellen. Deel nooit je code, ook niet met ons. ^{agent}",
    "Dank je wel! Ik heb je lidmaatschap met nummer {customer_number} bevroren tot {date}. De incasso van {amount} storten we terug op je rekening eindigend op {masked_value}. Groet, {agent}",
    "Hi {first}, stuur je ons een DM met je bestelnummer? Dan kijken we mee. Bellen kan ook: {company_phone} (ma-vr tot {time}). ^{agent}",
    "Hallo {first}, je restitutie van {amount} voor {event} is verwerkt op {date} naar {iban}. Het kan {days} duren. Dossier {ticket_number}. Fijne dag, {agent}",
    "Hoi! Om je te helpen heb ik je postcode en huisnummer nodig, géén wachtwoord of pincode. Je kunt je wachtwoord resetten via {url}. Gr. {agent}",
    "We hebben de naam op ticket {barcode} gewijzigd naar {first} {last}. De nieuwe tickets zijn gemaild naar {email}. Veel plezier bij {artist}! ^{agent}",
]

G["snip", "password"] = [
    "mijn wachtwoord is {password}", "ww: {password}", "Wachtwoord = {password}", "oud wachtwoord {password}, nieuw {password}",
    "inlog is {username} met {password}", "pw {password} (hoofdletter gevoelig!)",
]
G["snip", "otp"] = [
    "de code die ik kreeg is {otp}", "sms-code: {otp}", "verificatiecode {otp}", "de code was {otp_words}",
    "ik kreeg {otp} per mail", "eenmalige code → {otp}",
]
G["snip", "card"] = [
    "kaartnr {card} exp {card_expiry} cvc {cvv}", "creditcard {card}", "betaald met {card}, geldig t/m {card_expiry}",
    "mijn visa: {card}", "{card} vervalt {card_expiry}, code achterop {cvv}", "kaart eindigt niet op {masked_value} maar is {card}",
]
G["snip", "contact"] = [
    "bel me op {phone}", "mijn mail is {email}", "mobiel: {phone}", "bereikbaar via {email} of {phone}",
    "stuur het naar {address}", "adres: {address}",
]
G["snip", "ident"] = [
    "klantnummer {customer_number}", "geb. datum {date_of_birth}", "BSN {bsn@nl}", "lidnr {customer_number}",
    "mijn geboortedatum is {date_of_birth}", "abonneenr. {customer_number}",
]
G["snip", "bank"] = [
    "IBAN {iban}", "rekeningnummer {iban}", "graag terugstorten op {iban}", "incasso van {iban}",
    "{iban} t.n.v. {first} {last}", "rek.nr. {iban}",
]
G["snip", "pin"] = [
    "pincode {pin}", "de poortcode is {pin}", "simpin {pin4}, puk {puk}", "kluisje code {pin}",
    "pukcode: {puk}", "pin van mijn pas {pin4}",
]
G["snip", "filler_neg"] = [
    "bestelnummer {order_number}", "om {time}", "op {date}", "kostte {amount}", "zaaknummer {ticket_number}",
    "factuur {invoice_number}", "track & trace {tracking_number}", "app versie {version_string}", "zie {url}",
    "foutcode {error_code}", "{quantity}", "korting van {percentage}",
]
G["open", "chat"] = ["Hoi,", "Hallo", "Goedemiddag,", "Hey", "Beste,", "Hallo daar", "Goedemorgen", "hoi hoi"]
G["close", "chat"] = ["Alvast bedankt!", "Groetjes", "graag snel reactie", "thx", "Mvg", "Dank!", "Hoor graag van jullie", "Fijne dag"]

G["frame", "greet"] = ["Geachte heer/mevrouw,", "Beste klantenservice,", "Goedendag,", "Hallo {ticketing},", "Beste medewerker,", "L.S.,"]
G["frame", "sign"] = [
    "Met vriendelijke groet,\n{first} {last}\n{address}\nTel: {phone}",
    "Groet,\n{first}\n\nVerstuurd vanaf mijn iPhone",
    "Met vriendelijke groeten,\n\n{first} {last}\nLidnummer: {customer_number}",
    "Mvg,\n{first} {last}\n{phone}\n{email}",
    "Vriendelijke groet,\n{first} {last}",
    "Groetjes, {first}\n\n--\nVerzonden met Outlook voor Android",
]
G["frame", "quote"] = [
    "Op {date} om {time} schreef Klantenservice {ticketing}:",
    "-----Oorspronkelijk bericht-----\nVan: Klantenservice\nVerzonden: {date} {time}\nOnderwerp: Uw vraag {ticket_number}",
    "Op {date} schreef {first} {last} <{email}>:",
    "---------- Doorgestuurd bericht ---------\nVan: {first} {last} <{email}>\nDatum: {date}\nOnderwerp: Fwd: tickets {event}",
]
G["frame", "disclaimer"] = [
    "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan.",
    "Klantenservice {company_phone} | KvK {company_registration} | {url}",
    "Denk aan het milieu voordat u deze e-mail print.",
    "Ons kenmerk: {ticket_number}. Vermeld dit nummer bij verdere correspondentie.",
]
G["frame", "agentmail"] = [
    "Beste {first},\n\nBedankt voor je bericht over bestelling {order_number}. We hebben je aanvraag ontvangen onder nummer {ticket_number}. Kun je ons je klantnummer en IBAN sturen?\n\nMet vriendelijke groet,\n{agent}\nKlantenservice | {company_phone}",
    "Beste {first},\n\nWe hebben je gegevens gecontroleerd. Je lidnummer is {customer_number} en de laatste incasso was {amount} op {date}.\n\nGroet,\n{agent}",
]

G["dm", "tech"] = [
    "Wij koppelen onze verenigingsadministratie aan jullie ledenportaal. De API key {api_key} geeft {error_code}, request id {request_id}. Moeten we een nieuwe aanvragen?",
    "Bearer token voor jullie partner-API: {token} — graag intrekken, onze stagiair heeft hem op github gezet. Ook de oude API key {api_key} graag blokkeren. Nieuwe key aanvragen voor {email}",
    "In de app (versie {version_string}) staat na inloggen een sessietoken {token} in de foutmelding. Is dat erg? Mijn tel is {phone}",
    "Ik heb een cadeaubon ({product_code}) gekocht maar de pincode {pin} onder de kraslaag werkt niet. Request-ID {request_id}",
    "De installatie van de game faalt, checksum {checksum} klopt niet. Console {model_number}, account {username} ww {password}",
    "Vlucht {flight_number} was vertraagd dus ik miste het concert om {time}. Kan ik {amount} terugkrijgen? Bestelling {order_number}, IBAN {iban}",
    "Nieuwe router, wifi {ssid} / wachtwoord {wifi_key}. De {stream} app op de {model_number} blijft {error_code} geven",
    "Camperplek op {event} met stroom: meterstand bij vertrek {meter_reading}. Waarom {amount} extra? Klantnr {customer_number}",
]
G["snip", "login"] = [
    "gebruikersnaam {username}", "inlognaam: {username}", "login {email} / {password}", "mijn account heet {username}",
    "api-sleutel {api_key}", "wifi-code {wifi_key}",
]
G["frame", "para"] = [
    "Ik heb al meerdere keren gebeld met uw klantenservice en elke keer word ik doorverbonden of krijg ik te horen dat ik een mail moet sturen. Dat doe ik bij deze dus, maar ik verwacht nu wel binnen {days} een inhoudelijke reactie.",
    "Eerlijk gezegd ben ik behoorlijk teleurgesteld. Ik ben al sinds {year} klant en heb nooit eerder problemen gehad. Het bedrag van {amount} is voor ons gezin niet niks.",
    "Op uw website staat dat wijzigingen tot 48 uur voor aanvang kosteloos zijn. Het evenement begint op {date} om {time}, dus ik zit ruim binnen die termijn.",
    "Mocht u nog aanvullende informatie nodig hebben, dan hoor ik dat graag. Ik heb de bevestigingsmail van {date} als bijlage toegevoegd, evenals een schermafbeelding van de foutmelding.",
    "Als ik niets van u hoor, zie ik mij genoodzaakt een klacht in te dienen bij de Geschillencommissie en de betaling via mijn bank te laten terugdraaien.",
    "Ik begrijp dat het druk is na de annulering, maar het is inmiddels {days} geleden en ik heb zelfs geen ontvangstbevestiging gekregen op mijn vraag met kenmerk {ticket_number}.",
]
