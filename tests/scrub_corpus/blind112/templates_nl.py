# Dutch templates (nl and nl-be). A leading "@be " restricts to nl-be, "@nl " to nl.
# Placeholders: {type} labelled, {type:key} reuse, {type:last} echo, {n.kind} negative, {f.x} filler.

SCEN = {
    "food": [
        "Mijn bestelling {n.order_number} bij {f.brand} is nooit aangekomen, wel {n.amount} afgeschreven.",
        "Bezorger heeft mn eten om {n.time} bij de verkeerde deur neergezet?? Order {n.order_number}",
        "ik wacht al {n.dur} op mn pizza, app zegt 'onderweg' sinds {n.time}",
        "Er ontbraken {n.qty_food} in mijn order van vanavond ({n.order_number}), totaal was {n.amount}.",
        "@be Ik heb gisteren besteld via {f.brand} en ge hebt mij twee keer {n.amount} aangerekend.",
        "@be Mijn frietjes kwamen koud aan, bestelling {n.order_number}, en de koerier belde niet eens aan.",
        "De kortingscode van {n.percentage} werkte niet bij afrekenen, foutmelding {n.error_code}.",
        "Bestelling geannuleerd door restaurant maar geen refund gezien, het ging om {n.amount} op {n.date}.",
    ],
    "ride": [
        "Chauffeur van {f.brand} heeft me {n.amount} gerekend voor een rit van 10 minuten op {n.date}.",
        "Ik ben mijn jas vergeten in de taxi gisteravond rond {n.time}, rit {n.order_number}.",
        "Rit werd om {n.time} geannuleerd door de chauffeur en ik moest toch {n.amount} annuleringskosten betalen",
        "De app ({n.version_string}) blijft hangen bij het bestellen van een rit, fout {n.error_code}.",
        "@be De taxi stond niet aan het station om {n.time} zoals afgesproken, mijn trein was al weg.",
        "@nl Taxi naar Schiphol voor vlucht {n.flight_number} kwam {n.dur} te laat, vlucht gemist bijna",
        "Ik ben {n.percentage} surge pricing aangerekend terwijl het rustig was??",
        "Kan iemand mij helpen, mijn ritgeschiedenis is leeg sinds de update naar {n.version_string}.",
    ],
    "fest": [
        "Ik heb {n.qty_tickets} gekocht voor {f.brand} maar de e-tickets zijn nooit gemaild. Bestelnummer {n.order_number}.",
        "Festival is verplaatst naar {n.date}, ik kan dan niet. Hoe krijg ik mijn {n.amount} terug?",
        "Mijn polsbandje ({n.product_code}) laat geen saldo zien terwijl ik {n.amount} heb opgeladen",
        "De wachtrij in de ticketshop gaf na {n.dur} wachten foutcode {n.error_code}",
        "@be Ik wil mijn combiticket omzetten naar een dagticket voor zaterdag {n.date}.",
        "Ticket doorverkocht via de officiële resale maar nog geen geld ontvangen, {n.amount} sinds {n.date}.",
        "Ik kan mijn ticket niet op naam zetten, de pagina {n.url} geeft een witte pagina.",
    ],
    "parcel": [
        "Pakket {n.tracking_number} staat al {n.dur} op 'in de kluis' maar de kluis gaat niet open.",
        "Volgens track & trace bezorgd om {n.time} maar er is niks bij mij aangekomen. {n.tracking_number}",
        "Het pakketkluisje bij de supermarkt geeft foutmelding {n.error_code} als ik mijn code scan",
        "@be Mijn pakje is naar het verkeerde afhaalpunt gebracht, zendingsnummer {n.tracking_number}.",
        "Bezorger heeft een briefje achtergelaten maar ik was gewoon thuis om {n.time}!!",
        "Retourzending {n.tracking_number} is volgens jullie niet ontvangen, ik heb het bonnetje van {n.date}.",
        "Ik moet {n.amount} invoerrechten betalen voor een pakket van {n.amount}?? Factuur {n.invoice_number}",
    ],
    "water": [
        "Sinds {n.time} vanochtend geen water meer in de hele straat, weten jullie daar van?",
        "Mijn voorschot is ineens verhoogd met {n.percentage} naar {n.amount} per maand, waarom?",
        "De watermeter staat op {n.meter_reading} maar jullie rekenen met een geschatte stand van {n.meter_reading}.",
        "Bruin water uit de kraan sinds {n.date}, is dat veilig? #waterstoring",
        "@be Ik heb een afrekening gekregen van {n.amount} terwijl we maar met twee zijn, factuur {n.invoice_number}.",
        "Ik verhuis per {n.date} en wil de meterstand doorgeven: {n.meter_reading}.",
        "Lekkage bij de meter in de kelder, er komt water uit de koppeling",
    ],
    "housing": [
        "Al {n.dur} wacht ik op een monteur voor de schimmel in de badkamer. Reparatieverzoek {n.ticket_number}.",
        "De cv-ketel ({n.model_number}) is weer kapot, het is {n.date} en ik zit zonder warm water.",
        "Mijn huur is per {n.date} verhoogd met {n.percentage}, klopt dat wel?",
        "De portiekdeur sluit al weken niet, meldingsnummer {n.ticket_number}. Iedereen loopt binnen.",
        "@be Het sociaal verhuurkantoor antwoordt niet op mijn mails over de lekkende dakgoot.",
        "Servicekosten afrekening {n.year} klopt niet, er staat {n.amount} voor schoonmaak maar er wordt nooit schoongemaakt",
        "Ik sta al sinds {n.year} ingeschreven als woningzoekende, kan ik mijn inschrijving verlengen?",
    ],
}

FACT = {
    "password": [
        "Mijn wachtwoord is {password}, toch krijg ik 'ongeldige gegevens'.",
        "ww: {password}",
        "Ik heb het wachtwoord veranderd van {password} naar {password} maar inloggen lukt nog steeds niet",
        "pass is {password} (hoofdletter aan het begin)",
        "Heb zelfs geprobeerd met het oude wachtwoord {password}, ook niks.",
        "Het wachtwoord van de beheerdersportal is {password} als jullie even willen kijken.",
        "@be Mijn paswoord is {password}, ik heb het al drie keer opnieuw ingesteld.",
        "login lukt niet met wachtwoord \"{password}\"",
    ],
    "pin": [
        "De pincode van mijn pas is {pin}, moet ik die nu blokkeren?",
        "Code van het sleutelkastje naast de deur is {pin}, dan kan de monteur zelf naar binnen.",
        "de kluis vraagt een pincode en ik heb {pin} ingevoerd zoals in de sms",
        "Toegangscode hek achterom: {pin}",
        "Ontgrendelcode van mijn telefoon is {pin} als jullie het toestel moeten testen.",
        "Alarmcode is {pin}, zet hem wel weer aan als jullie weggaan aub",
        "@be De code van de poort is {pin}, dan kunt ge het pakje in de tuin zetten.",
        "simpin {pin} werkt niet meer na de storing",
    ],
    "puk": [
        "Ik heb mijn PUK {puk} ingevoerd maar de sim blijft geblokkeerd.",
        "PUK-code: {puk}",
        "puk is {puk} volgens het kaartje, klopt dat?",
        "@be Mijn pukcode ({puk}) werkt niet, wat nu?",
    ],
    "otp": [
        "Ik kreeg een sms met code {otp} maar die wordt niet geaccepteerd.",
        "verificatiecode {otp}",
        "De code uit de mail was {otp}, hij zegt verlopen.",
        "Heb net een code gekregen, {otp}, moet ik die aan jullie geven?",
        "eenmalige code: {otp} (kwam pas na 10 min binnen)",
        "@be Ik heb de bevestigingscode {otp} ingegeven maar er gebeurt niets.",
        "de bezorger vroeg om de ophaalcode, dat is {otp}",
    ],
    "wifi_key": [
        "Wifi voor de monteur: netwerk {f.ssid}, wachtwoord {wifi_key}",
        "netwerksleutel is {wifi_key}",
        "De wifi-code staat op de router: {wifi_key}",
        "@be Wifi paswoord voor de technieker: {wifi_key} (netwerk {f.ssid})",
        "WPA key {wifi_key}, router staat in de meterkast",
    ],
    "username": [
        "Gebruikersnaam {username} en wachtwoord {password}",
        "Ik log in met gebruikersnaam: {username}",
        "mijn inlognaam is {username}, maar wachtwoord vergeten",
        "account {username} / ww {password}",
        "@be Mijn login is {username}, dat is altijd zo geweest.",
    ],
    "api_key": [
        "Onze koppeling met jullie bezorg-API geeft 401 met key {api_key}",
        "API key: {api_key}",
        "We gebruiken de sleutel {api_key} in de webshop-plugin ({n.version_string}), werkt sinds vandaag niet.",
        "AWS access key {api_key} staat in de config van de lockerkoppeling",
    ],
    "token": [
        "Authorization: Bearer {token}",
        "sessietoken: {token}",
        "De app geeft token {token} terug maar daarna {n.error_code}",
        "access token was {token} (request id {n.request_id})",
    ],
    "card": [
        "Creditcard {card} is twee keer belast.",
        "Het is betaald met mijn kaart {card}",
        "kaartnummer: {card}",
        "Ik zie op mijn creditcard ({card}) een afschrijving die ik niet herken",
        "@be Mijn bankkaart {card} werd geweigerd aan de kassa van het festival.",
        "Betaald met visa {card}, vervaldatum {card_expiry}, cvc {cvv}",
    ],
    "cvv": [
        "De CVC is {cvv}",
        "beveiligingscode achterop: {cvv}",
        "cvv {cvv}",
    ],
    "card_expiry": [
        "Geldig tot {card_expiry}",
        "vervaldatum {card_expiry}",
        "exp {card_expiry}",
    ],
    "iban": [
        "Graag terugstorten op {iban} t.n.v. {f.first} {f.last}.",
        "Mijn rekeningnummer is {iban}",
        "IBAN: {iban}",
        "Kunnen jullie het bedrag overmaken naar {iban}? Dat is mijn nieuwe rekening.",
        "De incasso loopt nu nog van {iban} maar dat moet {iban} worden.",
        "@be Gelieve terug te storten op rekening {iban}.",
        "rekening {iban} (ING)",
    ],
    "bsn": [
        "@nl Mijn BSN is {bsn}, dat vroegen jullie voor de huurtoeslagverklaring.",
        "@nl burgerservicenummer: {bsn}",
        "@nl Voor de inschrijving: BSN {bsn}",
        "@be Mijn rijksregisternummer is {bsn}",
        "@be rijksregisternr. {bsn}",
        "@be Mijn nationaal nummer: {bsn}, dat staat op mijn eID.",
    ],
    "email": [
        "Mailen mag naar {email}",
        "mijn mailadres is {email}",
        "Het account staat op {email} maar daar krijg ik niks binnen.",
        "e-mail: {email}",
        "Stuur de tickets aub naar {email} ipv mijn oude adres",
        "@be Ge kunt mij bereiken op {email}.",
    ],
    "phone": [
        "Bel me even op {phone}",
        "mijn nummer is {phone}",
        "Tel: {phone}",
        "Ik ben bereikbaar op {phone} na {n.time}.",
        "De bezorger mag bellen naar {phone}, de bel doet het niet",
        "@be Ge moogt mij altijd bellen op {phone}.",
        "06 van mijn vriendin (voor als ik niet opneem): {phone}",
        "Mobiel {phone}",
    ],
    "address": [
        "Mijn adres is {address}",
        "Bezorgadres: {address}",
        "Het gaat om de woning aan de {address}",
        "Ik woon op {address}, 3e verdieping.",
        "Het pakket moest naar {address} maar is ergens anders afgeleverd",
        "@be Mijn adres: {address}",
        "ophaaladres {address}",
    ],
    "date_of_birth": [
        "Geboortedatum: {date_of_birth}",
        "ik ben geboren op {date_of_birth}",
        "geb. {date_of_birth}",
        "Mijn geboortedatum is {date_of_birth}, misschien staat die verkeerd in het systeem.",
        "@be Geboren {date_of_birth} te {f.city}.",
    ],
    "customer_number": [
        "Klantnummer {customer_number}",
        "mijn klantnr is {customer_number}",
        "Huurdernummer: {customer_number}",
        "EAN-code aansluiting: {customer_number}",
        "Contractnummer {customer_number}",
        "@be Mijn klantennummer is {customer_number}.",
        "lidnummer {customer_number}",
        "Het gaat om relatienummer {customer_number}",
        "abonnementsnr: {customer_number}",
    ],
    "ip_address": [
        "Mijn IP-adres is {ip_address}, misschien staat dat geblokkeerd?",
        "Ik log in vanaf {ip_address} en krijg dan {n.error_code}",
        "ip: {ip_address} poort {n.port}",
    ],
}

NEGF = [
    "Ik heb al gebeld naar {n.company_phone} maar hing {n.dur} in de wacht.",
    "Zaaknummer was {n.ticket_number}, dat heb ik van jullie collega gekregen.",
    "Volgens {n.url} had het binnen {n.dur} opgelost moeten zijn.",
    "App versie {n.version_string} op een {n.model_number}.",
    "Factuur {n.invoice_number} van {n.date}, bedrag {n.amount}.",
    "Jullie kaart eindigt op {n.masked_value} dus het is echt mijn betaling.",
    "Ik zie in de app alleen {n.masked_value} staan.",
    "Zelfs jullie KvK {n.company_registration} staat verkeerd op de factuur lol",
    "Het is nu {n.time} en er is nog steeds niemand geweest.",
    "Ik neem nu voor de derde keer contact op, ben er al {n.dur} mee bezig.",
]

OPEN_CHAT = ["Hoi,", "Hallo", "Goedemiddag,", "hey", "Hee", "Goeiedag,", "Hoi {f.brand},", "Dag", "@be Dag,", "@be Hallo daar,", "Goedenavond", "yo"]
CLOSE_CHAT = ["Alvast bedankt!", "Graag snel reactie", "groetjes {f.first}", "Dank je!", "thx", "Hoor graag van jullie", "@be Merci!", "@be Bedankt he", "mvg {f.first}", "Ik word er echt gek van."]
OPEN_MAIL = ["Geachte heer/mevrouw,", "Beste {f.brand},", "Beste klantenservice,", "Goedemorgen,", "Hallo,", "L.S.,", "@be Geachte,", "@be Beste,"]
CLOSE_MAIL = ["Met vriendelijke groet,", "Vriendelijke groeten,", "Groet,", "Mvg,", "Alvast bedankt en met vriendelijke groet,", "@be Met vriendelijke groeten,", "Hartelijke groet,"]
SIG = [
    "{f.first} {f.last}\n{address}\nTel. {phone}",
    "{f.first} {f.last}\n{phone}",
    "{f.first}\n\nVerstuurd vanaf mijn iPhone",
    "{f.first} {f.last} | {email} | {phone}",
    "{f.first} {f.last}\nKlantnummer: {customer_number}",
    "--\n{f.first} {f.last}\nM: {phone}\nE: {email}",
    "{f.first}\n\nVerzonden vanuit Outlook voor Android",
    "{f.first} {f.last}\n{address}",
]
QHDR = [
    "Op {n.date} om {n.time} schreef {f.brand} Klantenservice:",
    "Op {n.date} {n.year} om {n.time} heeft {f.agent} van {f.brand} het volgende geschreven:",
    "-----Oorspronkelijk bericht-----\nVan: {f.brand} Klantenservice\nVerzonden: {n.date} {n.time}\nOnderwerp: Uw melding {n.ticket_number}",
    "@be Op {n.date} om {n.time} schreef {f.brand}:",
]
CUST_QHDR = [
    "Op {n.date} om {n.time} schreef {f.first} {f.last} <{email}>:",
    "Van: {f.first} {f.last} <{email}>\nVerzonden: {n.date} {n.time}\nAan: klantenservice\nOnderwerp: RE: {n.ticket_number}",
]
FWD = [
    "---------- Doorgestuurd bericht ---------\nVan: {f.first} {f.last} <{email}>\nDatum: {n.date} {n.year}\nOnderwerp: Fwd: bestelling {n.order_number}",
    "Begin doorgestuurd bericht:\n\nVan: {f.first} <{email}>\nDatum: {n.date} om {n.time}",
]
DISCL = [
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "@be Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk. Ondernemingsnummer {n.company_registration}.",
]

AGENT = [
    "Hoi {f.first}, wat vervelend dat je bestelling {n.order_number} niet is aangekomen! We storten {n.amount} terug op de rekening eindigend op {n.masked_value}. Groet, {f.agent}",
    "Dag {f.first}, bedankt voor je bericht. Wil je je klantnummer en postcode in een DM sturen? Deel hier aub geen gegevens. ^{f.agent}",
    "Hi! Ik heb je adres aangepast naar {address:last}. De bezorger komt morgen tussen {n.time} en {n.time}. Fijne dag, {f.agent}",
    "Hallo {f.first}, ik zie je melding {n.ticket_number}. Voor we verder kunnen hebben we je geboortedatum nodig ter verificatie. Je kunt ons ook bellen via {n.company_phone}.",
    "Beste {f.first}, je wachtwoord is gereset. Log in met het tijdelijke wachtwoord {password} en kies daarna zelf een nieuw wachtwoord. Met vriendelijke groet, {f.agent} | {f.brand}",
    "Dank je {f.first}. Ik heb het IBAN {iban:last} genoteerd; de terugbetaling van {n.amount} volgt binnen {n.dur}. ^{f.agent}",
    "Hoi! Nooit je pincode of wachtwoord delen, ook niet met ons. Ik heb het bericht voor de zekerheid verborgen. Kijk op {n.url} hoe je je pas blokkeert. Groet {f.agent}",
    "Hoi {f.first}, de monteur belt je op {phone:last} zodra hij onderweg is. Je reparatieverzoek heeft nummer {n.ticket_number}. Groetjes, {f.agent}",
    "@be Dag {f.first}, we hebben uw klantennummer {customer_number:last} teruggevonden. Het nieuwe voorschot bedraagt {n.amount}. Vriendelijke groeten, {f.agent}",
    "@be Hallo {f.first}, bedankt om even te wachten. Uw pakje {n.tracking_number} ligt nu in het afhaalpunt. Ophaalcode: {otp}. Groetjes, {f.agent}",
    "Beste {{voornaam}}, we hebben je melding ontvangen onder nummer {n.ticket_number}. Je hoort binnen {n.dur} van ons. Met vriendelijke groet, {f.agent} - {f.brand}, KvK {n.company_registration}",
    "Dag {f.first}, de nieuwe code van de pakketkluis is {pin}. Deze is geldig tot {n.date} {n.time}. ^{f.agent}",
    "Hoi {f.first}, ik heb je e-mailadres gewijzigd naar {email:last}. Je ontvangt zo een bevestigingscode. Fijne avond! {f.agent}",
]

PUBLIC = [
    "{n.mention} al {n.dur} wachten op mn bestelling. Echt de slechtste service ooit {n.hashtag}",
    "Hey {n.mention}, waarom reageren jullie niet op mijn DM? Zaak {n.ticket_number} {n.hashtag}",
    "{n.mention} jullie chauffeur reed gewoon door rood en rekende {n.amount}. Leuk hoor {n.hashtag} {n.hashtag}",
    "Weer geen water in {f.city} sinds {n.time} {n.hashtag} {n.mention}",
    "{n.mention} kan iemand mij bellen? {phone} ik kom er niet uit met de chat",
    "Pakket {n.tracking_number} 'bezorgd' maar nergens te vinden {n.mention} {n.hashtag}",
    "{n.mention} mijn ticket staat nog steeds niet in de app, bestelling {n.order_number}. Festival is {n.date}!!",
    "@be {n.mention} ik betaal {n.amount} per maand voor een appartement met schimmel, ik ben het beu {n.hashtag}",
    "{n.mention} mail me maar op {email}, in de DM krijg ik geen antwoord",
    "Lieve {n.mention}, de lift is al {n.dur} kapot en mijn moeder van 84 woont op 6 hoog. Meldnummer {n.ticket_number}",
    "{n.mention} {n.mention} nog steeds geen refund van {n.amount}, zie {n.url}",
]

FULL = [
    "Naam: {f.first} {f.last}\nAdres: {address}\nTel: {phone}\nE-mail: {email}\nKlantnr: {customer_number}\nOmschrijving: {n.qty_food} niet geleverd",
    "Ik stuur even een screenshot van de sms over:\n\"Uw {f.brand} verificatiecode is {otp}. Deel deze code met niemand.\"\nDie heb ik dus ingevuld maar nu zegt hij {n.error_code}",
    "gegevens voor de terugbetaling:\nt.n.v. {f.first} {f.last}\n{iban}\nbedrag {n.amount}\nomschrijving {n.order_number}",
    "Hoi, kunnen jullie inloggen en kijken? {username} / {password}. Mijn verjaardag is {date_of_birth} als jullie dat nodig hebben",
    "De monteur kan langskomen: {address}. Sleutelkastje code {pin}, wifi {f.ssid} met sleutel {wifi_key}. Bellen op {phone}.",
    "@be Ik ben {f.first} {f.last}, rijksregister {bsn}, woonachtig {address}. Ik vraag de terugbetaling van de waarborg op {iban}.",
    "@nl Voor de urgentieaanvraag: BSN {bsn}, geboren {date_of_birth}, huidig adres {address}. Mijn zaaknummer bij de gemeente is {n.ticket_number}.",
    "Betaalgegevens: kaart {card}\ngeldig t/m {card_expiry}\ncvc {cvv}\nKunnen jullie het nog een keer proberen? Laatste poging gaf {n.error_code}",
]

# Pairs: even member -> dev, odd member -> heldout, so every rarer negative kind appears in both halves.
NEGX = [
    "Telefoon is een {n.model_number}, app {n.version_string}.", "Ik gebruik de app op mijn {n.model_number} (laatste versie {n.version_string}).",
    "In de foutmelding stond ook request-id {n.request_id}.", "Request ID uit de app: {n.request_id}",
    "De checksum van de download klopte niet: {n.checksum}", "Bij de firmware stond hash {n.checksum}, zegt mij niks.",
    "De router gebruikt poort {n.port}, moet die open?", "Monteur vroeg of poort {n.port} dicht stond.",
    "Artikelcode {n.product_code} staat op de bon.", "Het ging om product {n.product_code}.",
    "Zie factuurnummer {n.invoice_number}.", "Op factuur {n.invoice_number} staat een bedrag van {n.amount}.",
    "Ik moest vlucht {n.flight_number} halen om {n.time}.", "Mijn vlucht {n.flight_number} landde om {n.time}, taxi was er niet.",
    "Meterstand vandaag: {n.meter_reading}", "De stand was {n.meter_reading} bij de vorige opname.",
    "Op jullie site {n.url} staat iets anders.", "Ik heb het formulier op {n.url} al ingevuld.",
    "KvK-nummer van jullie is toch {n.company_registration}?", "@be Jullie ondernemingsnummer {n.company_registration} staat op de factuur.",
    "Het gaat al zo sinds {n.year}.", "Dit speelt al vanaf {n.year}.",
]
