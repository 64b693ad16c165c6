"""Dutch templates (used for nl and, mixed with Flemish extras, for nl-be). Groups: (name, domain, [templates])."""

BODY = [
    ("bike_lease", "bike", [
        "Mijn leasefiets is gisteren gestolen bij het station. Contractnummer {customer_number|lease}, aangifte is gedaan. Hoe nu verder?",
        "hoi, ik heb een {~model_number|bike} via {$brand} (leasenr. {customer_number|lease}) en de accu laadt niet meer op. display geeft {~error_code|bike}",
        "Goedemiddag, de maandelijkse termijn van {~amount} is dubbel afgeschreven van {iban}. Mijn contract is {customer_number|lease}. Graag terugstorten.",
        "Kan de monteur morgen langskomen op {address}? Ik ben tussen {~time} en {~time:2} thuis. Bel me even op {phone} als je er bijna bent",
        "Het slot van de fiets heeft een cijfercode, die is {pin|lock}. Als de monteur hem ophaalt kan hij hem daarmee openmaken. Fiets staat bij {address}.",
        "code van het ringslot = {pin|lock} (fiets staat achter in de tuin, poortje zit niet op slot)",
        "Ik krijg een mail dat mijn werkgever de lease heeft stopgezet?? Mijn personeelsnummer/contract: {customer_number|lease}. Ik wil gewoon doorrijden",
        "Ik kan niet inloggen in de app. Gebruikersnaam {username}, ww {password}. App versie {~version_string}. Foutmelding {~error_code|web}",
        "Nieuwe rekening voor de incasso: {iban} t.n.v. {$full}. De oude ({~masked_value|iban}) mag eruit.",
        "Mijn band is lek (voorwiel), abonnement {customer_number|lease}. Ik woon op {address}, kan iemand vandaag nog langs? tel {phone}",
    ]),
    ("bike_shop", "bike", [
        "Ik heb op {~date} een fiets gekocht (bon {~invoice_number}, {~amount}) maar de versnelling slipt. Mag ik hem terugbrengen of moet ik een afspraak maken?",
        "Beste {$brand}, mijn bestelling {~order_number} is nog steeds niet geleverd. Track & trace {~tracking_number} staat al {~quantity} dagen stil. Mijn nummer is {phone}.",
        "Betaald met creditcard {card} exp {card_expiry}, maar ik zie de betaling twee keer staan. Kunnen jullie dat checken?",
        "Voor de reservering van de bakfiets: kaartnummer {card}, vervaldatum {card_expiry}, cvc {cvv}. Ophalen zaterdag om {~time}.",
        "Fiets staat klaar bij jullie werkplaats sinds {~date}? Ik ben {$full}, klantnr {customer_number}. Wanneer kan ik hem halen",
        "Jullie hebben {~percentage} korting op de {~model_number|bike} maar in de webshop zie ik de oude prijs {~amount}. Artikel {~product_code}.",
        "Onderhoudsbeurt geboekt voor {~date} {~time}. Mocht er iets zijn: {phone} of mail naar {email}.",
        "hallo ik wil mijn fietsverzekering opzeggen, polisnummer {customer_number|policy}, geboortedatum {date_of_birth}",
    ]),
    ("grid_meter", "grid", [
        "Mijn meterstanden per {~date}: normaal {~meter_reading}, dal {~meter_reading:2}. EAN-code aansluiting {customer_number|ean}.",
        "EAN {customer_number|ean} — de slimme meter ({~model_number|meter}) geeft al dagen {~error_code|meter} in het display. Adres: {address}",
        "Wij zijn {~date} verhuisd naar {address}. Eindstand oude adres: {~meter_reading}. Klantnummer {customer_number}.",
        "Stroomstoring sinds {~time} op {address}, hele straat zonder stroom. Storingsnummer {~ticket_number}? Bel me terug op {phone}",
        "Jullie monteur komt de meter vervangen op {~date} tussen {~time} en {~time:2}. Ik ben niet thuis, de sleutel ligt in de sleutelkluis, code {pin|keybox}.",
        "De P1-dongle wil niet verbinden met de wifi. Netwerk {$ssid}, wachtwoord {wifi_key}. Dongle heeft IP {ip_address}, poort {~port}.",
        "Aansluitnummer (EAN): {customer_number|ean}\nMeterstand: {~meter_reading}\nDatum: {~date}\nNaam: {$full}\nGeb.datum: {date_of_birth}",
        "Goedemorgen, ik wil een nieuwe aansluiting aanvragen voor {address}. Mijn {$idword} is {bsn} en mijn telefoonnummer {phone}. Aanvraagnummer {~request_id}.",
        "de meter staat op {~meter_reading} kWh terwijl ik maar {~quantity} dagen weg was?? klantnummer {customer_number} graag uitleg",
        "Bij het inloggen op Mijn {$brand} krijg ik een sms-code maar die werkt niet: {otp}. Daarna nog een: {otp:2}. Wat gaat er mis?",
    ]),
    ("muni_waste", "waste", [
        "De grijze container is vandaag ({~date}) weer niet geleegd in de {$street}. Containernummer/pasnummer {customer_number|waste}.",
        "Mijn afvalpas is kwijt. Pasnummer was {customer_number|waste}, adres {address}. Kan ik een nieuwe krijgen?",
        "Ik wil grofvuil laten ophalen: {~quantity}, een bank en een kast. Adres {address}, tel {phone}",
        "Waarom is mijn afvalstoffenheffing {~amount} als ik alleen woon? Aanslagnummer {~invoice_number}, {$idword} {bsn}.",
        "Kapotte deksel gft bak. Adres: {address}. Bereikbaar via {email}",
        "pmd is al {~quantity} weken niet opgehaald hier, {address}. Melding {~ticket_number} heeft niks opgeleverd",
    ]),
    ("muni_services", "muni", [
        "Goedendag, ik vraag een parkeervergunning aan. {$idword}: {bsn}, geb. {date_of_birth}, kenteken staat in het formulier. Adres {address}.",
        "Ik kom niet in mijn DigiD, sms-code {otp} wordt niet geaccepteerd. Gebruikersnaam is {username}.",
        "Graag een afspraak voor een nieuw paspoort voor mijn dochter (geboren {date_of_birth|child}). Mijn {$idword} is {bsn}, mobiel {phone}.",
        "De kwijtschelding is afgewezen maar ik heb alles ingevuld. Mijn gegevens: {$full}, {address}, {$idword} {bsn}, IBAN {iban}.",
        "Lantaarnpaal voor de deur ({address}) is al {~quantity} weken kapot. Zaaknummer {~ticket_number}",
        "verhuizing doorgeven: van {address} naar {address:2} per {~date}. {$idword} {bsn}",
    ]),
    ("photo", "photo", [
        "Ik heb {~quantity} besteld (order {~order_number}) maar de kleuren zijn veel te donker. Bestand gecontroleerd, sha256 {~checksum}.",
        "Fotoboek staat al {~quantity} dagen op 'in productie'. Inlog is {email}, wachtwoord {password} mocht je in mijn account moeten kijken.",
        "Uploaden lukt niet, ik krijg {~error_code|photo} bij bestanden boven 20MB. Browser Chrome {~version_string}.",
        "Hoi! Voor de shoot van zaterdag: adres is {address}. Aanbellen bij {$first}, de poort code is {pin|gate}.",
        "De online galerij van onze bruiloft vraagt om een wachtwoord. Jullie gaven {password} maar dat werkt niet meer.",
        "Kunnen jullie de factuur {~invoice_number} op naam van mijn studio zetten? KvK {~company_registration}, btw {~company_registration:2}.",
        "Voor de API koppeling met jullie printlab: key {api_key}. Tot die vernieuwd is werkt onze webshop niet, kunnen jullie even kijken?",
        "Bestelling {~order_number} betaald met {card} maar de betaalpagina gaf {~error_code|web}. Is het nou betaald of niet?",
    ]),
    ("lux_watch", "lux", [
        "Mijn {~model_number|watch} is in revisie sinds {~date}, reparatienummer {~order_number}. Kunnen jullie de status laten weten? {phone}",
        "Het horloge moet verzekerd verzonden worden naar {address}. Waarde {~amount}. Bel {phone} voor de afspraak.",
        "Betaling voor de revisie ({~amount}): kaart {card}, geldig tot {card_expiry}, beveiligingscode {cvv}.",
        "Goedemiddag, ik heb een ring gekocht ({~product_code}) en wil graag laten graveren. Klantnummer {customer_number}, geboortedatum {date_of_birth} voor de garantie.",
        "De garantiekaart is zoek, maar het aankoopbewijs heb ik nog ({~invoice_number}, {~date}). Mijn mail: {email}",
        "Het glas van mijn {~model_number|watch} is gebarsten. Ik kan langskomen op {~date}. Terugbellen op {phone} aub",
    ]),
    ("baby", "baby", [
        "Onze geboortelijst nummer {customer_number|registry} staat niet meer online?! Uitgerekende datum {~date}, help",
        "De {~model_number|baby} die ik bestelde ({~order_number}) is beschadigd aangekomen. Foto's gestuurd naar jullie. Bezorgadres {address}.",
        "Ik wil de kinderwagen retour sturen, retourcode {~product_code}. Terugbetalen op {iban} graag.",
        "Account gehackt? Er is besteld op mijn naam. Ik heb nu het wachtwoord veranderd van {password} naar {password:2}. Gebruikersnaam {username}.",
        "Mijn zoontje is geboren op {date_of_birth|child} en ik wil het klantenkaartnummer {customer_number|member} koppelen voor de baby-box",
        "Bezorger zegt dat hij geweest is maar ik was de hele dag thuis op {address}. Tracking {~tracking_number}. Tel {phone}.",
        "Hallo, voor de autostoel inbouw afspraak: {$full}, {phone}, {email}. Auto heeft isofix.",
        "Mijn iDEAL betaling van {~amount} ging mis, foutcode {~error_code|web}, maar geld is wel van {iban} af",
    ]),
    ("telecom_secret", "bike", [
        "Nieuwe telefoon, maar de SIM vraagt PIN en daarna PUK. PUK-code: {puk}. Pincode was {pin|sim}. Nu kan ik de fietsapp niet meer gebruiken want geen 2FA",
        "Ontgrendelcode van mijn telefoon is {pin|phone} als jullie hem voor de app-installatie nodig hebben (ligt bij de balie).",
        "Mijn token voor de dealer-API is verlopen? Ik stuurde Authorization: Bearer {token} en krijg {~error_code|web}. Request id {~request_id}.",
        "AWS keys staan per ongeluk in jullie supportticket: {api_key|aws} / {api_key|aws_secret}. Graag verwijderen!",
        "Het wifi-wachtwoord van de winkel voor de kassa koppeling: {wifi_key} (netwerk {$ssid}). Router IP {ip_address}.",
    ]),
    ("public_short", "grid", [
        "{~mention} alweer geen stroom in {$city} sinds {~time}. Wat is er aan de hand? {~hashtag}",
        "{~mention} hoe lang nog?? Melding {~ticket_number} {~hashtag} {~hashtag:2}",
        "{~mention} jullie monteur kwam niet opdagen ({~date}, {~time}). Bel me: {phone}",
        "{~mention} Kan iemand mij DMen? Ik heb een vraag over mijn contract {customer_number}",
        "{~mention} zie {~url}, staat nog steeds 'in onderzoek' {~hashtag}",
        "{~mention} mijn mail is {email}, graag contact, ik word gek van dit {~hashtag}",
    ]),
]

GREETING = ["Beste {$brand},", "Hallo,", "Goedemiddag,", "Geachte heer/mevrouw,", "Hoi,", "Goedemorgen {$brand},", "Beste klantenservice,", "Dag,"]
CLOSING = ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Vriendelijke groet,", "Alvast bedankt!", "Gr.", "Hartelijke groet,", "Bvd,"]
SIGNATURE = [
    "{$full}",
    "{$full}\n{phone}",
    "{$full}\n{address}\nT: {phone}",
    "{$first}\n\nVerstuurd vanaf mijn iPhone",
    "{$full}\nTel. {phone}\nE-mail: {email}",
    "{$first} {$last}\nFotostudio {$last} | KvK {~company_registration} | {~url}\nM {phone}",
    "{$full}\n{address}",
    "{$first}\n---\nVerzonden met Outlook voor Android",
]
DISCLAIMER = [
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "De informatie in dit bericht is vertrouwelijk. Aan dit bericht kunnen geen rechten worden ontleend.",
    "Deze e-mail is gescand op virussen.",
]
QUOTE_HEADER = [
    "Op {~date} om {~time} schreef {$brand} Klantenservice:",
    "-----Oorspronkelijk bericht-----\nVan: {$brand} Klantenservice\nVerzonden: {~date} {~time}\nOnderwerp: Uw vraag [{~ticket_number}]",
    "Op {~date} {~time} heeft {$agent} van {$brand} het volgende geschreven:",
    "Van: {$brand}\nDatum: {~date}\nOnderwerp: RE: melding {~ticket_number}",
]
FORWARD = [
    "---------- Doorgestuurd bericht ---------\nVan: {$full} <{email}>\nDatum: {~date} {~time}\nOnderwerp: {?fiets/meter/bestelling/container}\n",
    "Begin doorgestuurd bericht:\n\nVan: {$full} <{email}>\nOnderwerp: Fwd: {?klacht/vraag/factuur}\nDatum: {~date}\n",
]
AGENT = [
    "Hoi {$first}, vervelend dat je fiets niet oplaadt! Ik heb een monteur ingepland op {~date}. Je referentie is {~ticket_number}. Groet, {$agent}",
    "Dag {$first}, dank voor je bericht. Ik zie de dubbele afschrijving op je rekening {~masked_value|iban}. Het bedrag van {~amount} wordt binnen {~quantity} werkdagen teruggestort. ^{$agent}",
    "Hallo {$first}, deel alsjeblieft nooit je wachtwoord via de chat, ook niet met ons. Wijzig het via {~url}. Bel gerust {~company_phone} als het niet lukt. Groetjes {$agent}",
    "Hi {$first}, ik heb je nieuwe adres {address} genoteerd. Klopt het dat we je op {phone} kunnen bereiken? Gr. {$agent}",
    "Bedankt {$first}! De storing in jouw postcodegebied is bekend (melding {~ticket_number}). Volg de status op {~url}. ^{$agent}",
    "Beste {first_name}, we hebben je meterstand van {~meter_reading} ontvangen op {~date}. Je EAN-code {customer_number|ean} is gekoppeld. Met vriendelijke groet, {$agent}",
    "Hoi! Stuur je ons even een DM met je klantnummer en postcode? Dan zoek ik het voor je uit. {$agent}",
    "Dag {$first}, de retour is aangemeld. Je ontvangt het label op {email}. Terugbetaling volgt op kaart {~masked_value|card}. Met groet, {$agent}",
    "Hallo {$first}, ik heb je account tijdelijk geblokkeerd zodat niemand meer kan bestellen. We sturen een code naar {~masked_value|phone}. Vul hem in op {~url}. Groet {$agent}",
    "Hoi {$first}, ik heb je contract {customer_number|lease} gevonden. Storting van {~amount} volgt op {iban}. {$agent}",
]
AGENT_SIG = [
    "{$agent} | Klantenservice {$brand}\nT {~company_phone} | {~url}",
    "Met vriendelijke groet,\n\n{$agent}\nTeam Klantcontact\n{$brand} — KvK {~company_registration}",
    "Groet, {$agent} ({$brand} webcare)",
    "Team {$brand}\nBereikbaar op werkdagen via {~company_phone}",
]

BODY += [
    ("nl_secrets", "photo", [
        "Inloggegevens voor jullie studio-portal:\ngebruiker: {username}\nwachtwoord: {password}\n(ja ik weet het, niet via de mail, maar het moet vandaag af)",
        "Ik heb net een nieuw wachtwoord ingesteld: {password}. Oude was {password:2}. Nog steeds 'ongeldige inloggegevens'.",
        "de verificatiecode die ik kreeg is {otp}, hij zegt verlopen na 5 min. nu weer een nieuwe: {otp:2}",
        "Jullie medewerker vroeg de code uit de sms, dat was {otp|words}. Klopt dat wel? Voelt niet goed",
        "Router admin wachtwoord is {password}, IP van het beheerpaneel {ip_address} op poort {~port}. Misschien kunnen jullie de kiosk koppelen",
        "Wifi thuis: {$ssid} / {wifi_key}. De slimme meter dongle vindt het netwerk wel maar verbindt niet",
        "Mijn pincode van de pinpas is {pin|card}, kan ik die wijzigen bij jullie in de winkel?? (kaart eindigt op {~masked_value|card})",
        "Alarmcode van het pand is {pin|alarm}, sleutel ligt bij de buren. Graag de meter op {~date} vervangen.",
        "Persoonlijk toegangstoken voor het fietsportaal: {token}. Werkt sinds update naar {~version_string} niet meer.",
        "API-sleutel (productie): {api_key}\nAPI-sleutel (test): {api_key:2}\nEndpoint geeft {~error_code|web}.",
        "Mijn PUK is {puk}, SIM zit op slot. Ik heb de sms-code voor jullie app dus niet. Kan het via mail naar {email}?",
        "Gebruikersnaam {username}, inloggen lukt sinds {~year} niet meer via de oude app. Wachtwoord vergeten-link stuurt niks.",
    ]),
    ("nl_mixed", "lux", [
        "Ik heb het horloge in {~year} gekocht bij jullie filiaal, met {~percentage} korting. Nu loopt hij {~quantity} minuten per dag achter. Klantnummer {customer_number}.",
        "Vlucht {~flight_number} landt om {~time}, kan ik daarna nog de kinderwagen ophalen? Bestelling {~order_number}. Bel {phone}.",
        "Naam: {$full}\nAdres: {address}\nTel: {phone}\nE-mail: {email}\nIBAN: {iban}\nGeboortedatum: {date_of_birth}",
        "Mijn gegevens voor de terugbetaling --> {iban} ({$full}), bedrag {~amount}, factuur {~invoice_number}",
        "Zit er {~percentage} btw in die {~amount}? Voor mijn fotobedrijf (KvK {~company_registration}) moet dat op de factuur.",
        "mn nummer is {phone} en mijn vrouw {phone:2}, bel maar een van beide voor de bezorging op {address}",
    ]),
]
GREETING += ["Hallo {$brand} team,", "Beste mevrouw, meneer,"]
AGENT += [
    "Hoi {$first}, dank je! Ik zie dat je je pincode hebt gedeeld, verander die a.u.b. direct via je bank. Wij vragen nooit om codes. {$agent}",
    "Dag {$first}, je nieuwe afvalpas wordt verstuurd naar {address}. Ophaaldagen vind je op {~url}. Gr {$agent}",
    "Hoi {$first}, de reparatie van je horloge ({~model_number|watch}) is klaar. Je kunt hem ophalen vanaf {~date}. Reparatienr {~order_number}. {$agent}",
    "Hallo {$first}, we hebben je nieuwe telefoonnummer {phone} toegevoegd en het oude ({~masked_value|phone}) verwijderd. {$agent}",
]
BODY += [
    ("nl_extra", "baby", [
        "Wij vliegen met {~flight_number} op {~date}, mag de buggy ({~model_number|baby}) mee als handbagage? Mijn klantnummer is {customer_number}.",
        "De download van de foto's is corrupt, MD5 van het zip-bestand is {~checksum} maar jullie site zegt iets anders. Order {~order_number}.",
        "Voor de kinderopvangtoeslag vraagt de gemeente om ons BSN, dat van mij is {bsn} en van mijn partner {bsn:2}. Klopt dat?",
        "Mijn zoon (geb. {date_of_birth|child}) heeft BSN {bsn}, moet ik dat doorgeven voor de kraampakket-aanvraag?",
    ]),
]
