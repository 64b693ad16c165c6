"""Dutch templates (Netherlands and Flemish). Placeholders: {type} span, {~kind} negative, {$pool} filler."""

COMMON = {
    "account": [
        "Ik kan niet inloggen bij {$music}. Gebruikersnaam {username}, wachtwoord {password}. Krijg steeds foutcode {~error_code}.",
        "inlog lukt niet meer sinds de update naar {~version_string}.. mijn login is {username} en ww is {password} , kunnen jullie kijken?",
        "Heb net een nieuw wachtwoord aangemaakt ({password}) maar de app pakt nog steeds het oude: {password:2}. Account staat op {email}",
        "Gebruiker: {username}\nWachtwoord: {password}\nKlantnr: {customer_number}\nWat doe ik fout??",
        "Mijn dochter heeft het {$music}-account aangemaakt met {email} en wachtwoord {password}, zij zit nu op kamp in {$abroad}. Kunnen jullie het op mijn naam zetten?",
        "Inloggen op het ouderportaal van {$school}: {username} / {password} -> 'ongeldige combinatie'. Verzoek-ID {~request_id}",
        "Wachtwoord vergeten en de resetlink werkt niet. Oude ww was volgens mij {password}. Mijn lidnummer is {customer_number}.",
        "Ik heb het wachtwoord van mijn {$tickets} account veranderd in {password} en nu zie ik mijn tickets voor {$artist} niet meer!",
        "login {username}\npw {password}\n(heb het al 3x geprobeerd)",
        "Kunnen jullie mijn account ontgrendelen? Inlognaam is {username}. Ik heb toen {password} als wachtwoord gekozen, daarna {password:2}.",
    ],
    "otp": [
        "Code die ik kreeg via sms: {otp} maar die is al verlopen zegt de site",
        "de verificatiecode is {otpw}, ik lees hem zo voor van mijn scherm",
        "Ik kreeg een mail met inlogcode {otp} terwijl ik niks heb aangevraagd. Is mijn account {username} gehackt?",
        "Bevestigingscode: {otp} (van {~time}). Werkt niet bij het afrekenen van mijn boodschappen bij {$grocery}.",
        "SMS van jullie: 'Je {$tickets} code is {otp}. Deel deze code met niemand.' Nou, bij deze dus 🙈",
        "Ik krijg twee codes: {otp} en {otp:2}. Welke moet ik gebruiken? Tolbadge activeren lukt anders niet.",
        "Eenmalige code uit de authenticator-app = {otp}",
        "de 2FA code is {otp} maar hij zegt 'code ongeldig' ({~error_code})",
    ],
    "codes": [
        "De sleutelkluis bij de balie van {$rental} in {$abroad} gaat niet open. Code die ik kreeg: {pin}. Ik sta hier nu met twee kinderen!",
        "Nieuwe simkaart voor de reis ontvangen, pincode {pin}, en de PUK is {puk}, maar hij blijft geblokkeerd",
        "Voor de assistente van {$vet}: de code van het hek is {pin} en het alarm zet je uit met {pin:2}. {$pet} ligt in de bench in de keuken.",
        "boodschappen mogen in de koelbox bij de voordeur, cijferslot {pin}. graag bezorgen tussen {~time} en {~time:2}",
        "PUK-code: {puk} (stond op het plastic kaartje) - telefoon zegt nog steeds SIM geblokkeerd",
        "Mijn creditcard is ingeslikt bij de tolpoort, pincode was {pin}. Kan iemand die meteen blokkeren?",
        "De keybox van de huurauto heeft code {pin}, dat stond in jullie mail. Werkt niet, ik heb vlucht {~flight_number} gemist hierdoor.",
        "De ontgrendelcode van mijn oude telefoon is {pin}, misschien hebben jullie dat nodig om de app over te zetten",
        "PUK {puk} / PIN {pin} voor de data-simkaart die bij de navigatie van de huurauto zat",
    ],
    "wifi": [
        "De muziekbox ({~model_number}) vindt het netwerk wel maar verbindt niet. Netwerk {$ssid}, sleutel {wifi_key}.",
        "wifi-wachtwoord van de taalschool klopt niet, op het briefje in lokaal 3 staat {wifi_key} maar dat werkt niet",
        "SSID: {$ssid}\nWPA2-sleutel: {wifi_key}\nRouter admin: admin / {password}",
        "De monteur vroeg om mijn wifi code, dat is {wifi_key}. Hoop dat de speaker nu eindelijk streamt.",
        "In het vakantiehuis doet de wifi het niet ({$ssid}), netwerksleutel volgens de map: {wifi_key}",
        "wifi wachtwoord thuis is {wifi_key} , het routerwachtwoord {password}. Kan jullie technicus op afstand kijken?",
    ],
    "dev": [
        "Onze webshop-koppeling met {$grocery} geeft {~error_code}. API key: {api_key} . Server IP {ip_address} poort {~port}.",
        "Bearer token {token} is na {~quantity} al verlopen, kan dat kloppen? request-id {~request_id}",
        "We gebruiken jullie API voor de agenda van {$vet}. Access key {aws_id} secret {aws_secret} -- per ongeluk in een ticket gezet, graag verwijderen!",
        "Mijn IP is {ip_address} en dat is volgens jullie geblokkeerd. Ik zit in een hotel in {$abroad}.",
        "sessie-token uit de app (versie {~version_string}): {token}",
        "Foutmelding bij inloggen vanaf {ip_address}: {~error_code}. SHA256 van de export: {~checksum}",
        "Onze developer heeft de sleutel {api_key} in de config gezet, maar de koppeling naar poort {~port} faalt. Token voor de test-omgeving: {token}",
    ],
    "payment": [
        "Borg voor de huurauto is twee keer afgeschreven ({~amount}). Kaart {card}, geldig tot {card_expiry}.",
        "Mag ik de kaartgegevens hier doorgeven? {card} exp {card_expiry} cvc {cvv}",
        "Graag terugstorten op {iban} t.n.v. {$first} {$last}. Het ging om factuur {~invoice_number}.",
        "Mijn IBAN is gewijzigd, nieuw nummer: {iban}. Oud: {iban:2}",
        "Creditcard eindigend op {~masked_value} is verlopen, de nieuwe is {card} ({card_expiry}), beveiligingscode {cvv}",
        "ik zie een afschrijving van {~amount} van jullie op rekening {iban} maar ik heb al sinds {~date} geen abonnement meer!!",
        "kaartnummer: {card}\nvervaldatum: {card_expiry}\nCVV: {cvv}\nbedrag: {~amount}",
        "Het lesgeld ({~amount}) is van de verkeerde rekening gegaan. Moet zijn {iban}, niet {iban:2}.",
        "De vignet voor {~year} is betaald met mijn Visa {card} maar ik heb geen bevestiging gekregen",
    ],
    "contact": [
        "Mijn nieuwe adres is {address}. Kunnen jullie de bezorging van bestelling {~order_number} aanpassen?",
        "Bel me even terug op {phone}, ik ben tot {~time} bereikbaar",
        "Klantnummer {customer_number}, adres {address}. Mail naar {email} komt niet aan bij mij.",
        "{$pet} staat bij jullie ingeschreven op {address}, eigenaar {$first} {$last}, tel {phone}",
        "mijn nummer is veranderd naar {phone} (was {phone:2})",
        "Lidnummer: {customer_number}. E-mail: {email}. Mobiel: {phone}.",
        "De bezorger kon ons niet vinden. Adres: {address}. Track & trace {~tracking_number}.",
        "Abonnementsnummer {customer_number} - ik wil opzeggen per {~date}.",
        "Stuur de nieuwe tolbadge maar naar mijn werkadres: {address}",
        "U kunt mij bereiken via {email} of {phone}. Mijn geboortedatum is {date_of_birth}, voor de verificatie.",
        "EAN-code van de aansluiting in het vakantiehuis: {customer_number} (voor de laadpaal van de huurauto)",
    ],
    "complaint": [
        "Al drie keer gebeld, niemand belt terug. Mijn klantnummer is {customer_number} en ik ben te bereiken op {phone}. Dit is echt belachelijk.",
        "Verkeerde boodschappen geleverd, {~quantity} bananen ipv 2. Order {~order_number}, klantnr {customer_number}.",
        "Concert van {$artist} afgelast en nog steeds geen geld terug. Rekeningnummer {iban}, ordernummer {~order_number}.",
        "Ik kreeg een boete van {~amount} voor een tol in {$abroad} terwijl ik een badge had! Contract {customer_number}, kenteken {$plate}.",
        "Jullie hebben mijn adres nog steeds fout: het is {address} en NIET wat op de factuur staat.",
        "{$pet} heeft na de behandeling op {~date} nog steeds last. Ik ben {$first} {$last}, {phone}, klantnummer {customer_number}.",
    ],
}

NL_ONLY = {
    "identity_nl": [
        "Voor de inschrijving bij {$school} vroegen jullie mijn BSN: {bsn}. Geboortedatum {date_of_birth}.",
        "BSN {bsn} geb. {date_of_birth} -- waarom moet een taalschool dit eigenlijk weten?",
        "mijn burgerservicenummer is {bsn}, dat moest ik toch doorgeven voor de inburgeringscursus?",
        "Gegevens voor de tolregistratie: naam {$first} {$last}, geboren {date_of_birth}, BSN {bsn}, adres {address}",
        "sofinummer/bsn: {bsn}\ngeboren: {date_of_birth}\nIBAN: {iban}",
        "Ik heb per ongeluk mijn BSN ({bsn}) in het reactieveld gezet, kunnen jullie dat weghalen?",
    ],
}

BE_ONLY = {
    "identity_be": [
        "Mijn rijksregisternummer is {rrn}, dat hebben jullie nodig voor de vignetaanvraag toch?",
        "Gsm: {phone}. Adres: {address}. Rijksregister: {rrn}.",
        "Kunnen jullie de domiciliëring stopzetten op rekening {iban}? Klantennummer {customer_number}.",
        "Den dierenarts vroeg het rijksregisternummer van de eigenaar: {rrn}, geboren op {date_of_birth}",
        "Ik heb de tolbadge nog altijd niet ontvangen op {address}, referentie {~order_number}. Bel mij op {phone} aub.",
        "allee, voor de derde keer: mijn klantennummer is {customer_number} en mijn e-mailadres {email}",
        "Nationaal nummer {rrn} -- staat op de achterkant van mijn eID. Is dat genoeg voor de inschrijving bij {$school}?",
        "Mijn gsm-nummer is veranderd, het is nu {phone}. Mijn wachtwoord heb ik ook aangepast naar {password}.",
    ],
}

CONTEXT = [
    "Ik heb op {~date} een auto gehuurd in {$abroad} (reservering {~order_number}), vlucht {~flight_number} landde om {~time}.",
    "Bestelling {~order_number} van {~amount} kwam maar half aan, er ontbraken {~quantity}.",
    "Mijn tickets voor {$artist} op {~date} staan niet in de app (versie {~version_string}).",
    "Ik heb hier eerder over gemaild, zaaknummer {~ticket_number}.",
    "Bij het inleveren stond de kilometerstand op {~meter_reading}, dat staat ook op de foto.",
    "De cursus {$langtaught} kost {~amount} en ik zou {~percentage} korting krijgen, maar factuur {~invoice_number} klopt niet.",
    "Volgens track & trace {~tracking_number} is het pakket al bezorgd, maar hier is niks.",
    "Zie ook {~url}, daar staat iets heel anders.",
    "Het ging om artikel {~product_code}, {~quantity}.",
    "De vignet voor {~year} had ik al op {~date} gekocht, kenteken {$plate}.",
    "Jullie servicenummer {~company_phone} is na {~time} niet meer bereikbaar.",
    "Onze kat is op {~date} gevaccineerd, de rekening was {~amount}.",
]

WRAP = {
    "greet_email": ["Beste klantenservice,", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste {$brand},", "Hoi team,", "L.S.,", "Goedemorgen {$brand},"],
    "sign_email": [
        "Met vriendelijke groet,\n{$first} {$last}\n{address}\nTel: {phone}",
        "Groetjes,\n{$first}\n\nVerzonden vanaf mijn iPhone",
        "Mvg,\n{$first} {$last}\nM {phone}\nE {email}",
        "Hartelijke groet,\n\n{$first} {$last}\n{$company} | KvK {~company_registration}\n{~url}",
        "Groet,\n{$first}",
        "Vriendelijke groeten,\n{$first} {$last}\n{phone}",
        "m.vr.gr.\n{$first} {$last}",
        "Alvast bedankt!\n{$first} {$last}\nKlantnummer: {customer_number}",
    ],
    "quote_head": ["Op {~date} om {~time} schreef Klantenservice {$brand}:", "Op {~date} {~time} schreef {$brand} het volgende:",
                   "-----Oorspronkelijk bericht-----\nVan: {$brand} Klantenservice\nVerzonden: {~date} {~time}\nOnderwerp: Uw vraag {~ticket_number}",
                   "Op {~date}, om {~time}, heeft {$agent} van {$brand} geschreven:"],
    "fwd_head": ["---------- Doorgestuurd bericht ---------\nVan: {$first} {$last} <{email}>\nDatum: {~date} {~time}\nOnderwerp: klacht\n",
                 "Begin doorgestuurd bericht:\n\nVan: {$first} {$last} <{email}>\nDatum: {~date}\nOnderwerp: Fwd: mijn bestelling\n"],
    "fwd_note": ["Zie onderstaande mail, nog steeds geen reactie.", "Ik stuur het nog maar een keer door.", "FYI, dit stuurde ik vorige week al", "Graag alsnog reactie op onderstaand bericht."],
    "disclaimer": ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
                   "Denk aan het milieu voordat u deze e-mail print.",
                   "De informatie in dit bericht is vertrouwelijk. Aan dit bericht kunnen geen rechten worden ontleend."],
    "chat_open": ["Hoi!", "Hallo", "Goedemiddag", "hey", "Dag", "Hallo daar,", "Hoi, korte vraag:", "Help!!"],
    "chat_close": ["Alvast bedankt", "thx", "groetjes", "Dank je!", "Hoor graag snel van jullie", "mvg {$first}", "👍", "Graag snel reactie aub"],
    "public_pre": ["{~mention} ", "{~mention} hallo?? ", "Hé {~mention}, ", "{~mention} {~mention:2} ", "Beste {~mention}: "],
    "public_post": [" {~hashtag}", " {~hashtag} {~hashtag:2}", " 😡", "", " Schandalig. {~hashtag}", " Wie herkent dit?"],
    "agent": [
        "Hoi {$first}, vervelend dat inloggen niet lukt! Deel je wachtwoord nooit met ons. Ik zie dat je account op {email} staat, ik stuur je een resetlink. ^{$initials}",
        "Dag {$first}, bedankt voor je geduld. Ik heb je nieuwe adres ({address}) verwerkt voor bestelling {~order_number}. Groetjes, {$agent}",
        "Hi {$first}, we hebben de restitutie van {~amount} klaargezet naar rekening {~masked_value}. Binnen {~quantity} staat het erop. ^{$initials}",
        "Hallo {$first}, ik zie dat je de pincode {pin} hier hebt gedeeld. Pas deze voor de zekerheid aan! Je kunt ons ook bellen op {~company_phone}. Gr. {$agent}",
        "Hoi! Je dossier is bekend onder zaaknummer {~ticket_number}. Kun je je klantnummer ({customer_number}) nog even bevestigen via DM? ^{$initials}",
        "Beste {$first}, uw IBAN {iban} is gekoppeld aan contract {customer_number}. Het bedrag wordt op {~date} teruggestort. Met vriendelijke groet, {$agent}",
        "Hi {{first_name}}, dank voor je bericht. We bellen je morgen terug op {phone}. Groet, {$agent}",
        "Hoi {$first}! Verwijder je bericht even, er staat je telefoonnummer {phone} in en dit is openbaar. Stuur ons liever een DM via {~url} ^{$initials}",
    ],
    "agent_sign": ["\n\nMet vriendelijke groet,\n{$agent}\nKlantenservice {$brand}\n{~company_phone} (ma-vr {~time}-{~time:2})",
                   "", "\n\n{$agent} | {$brand}\nT {~company_phone}\nKvK {~company_registration}"],
}

WRAP_BE = {
    "greet_email": ["Dag,", "Beste,", "Geachte,", "Hallo {$brand},", "Goeiemiddag,", "Beste mevrouw, meneer,"],
    "sign_email": [
        "Met vriendelijke groeten,\n{$first} {$last}\n{address}\nGSM {phone}",
        "Mvg\n{$first}",
        "Groetjes,\n{$first} {$last}\n{phone} | {email}",
        "Vriendelijke groet,\n{$first} {$last}\n{$company}\nBTW {~company_registration}",
        "Alvast bedankt,\n{$first}",
        "Met dank,\n{$first} {$last} -- rijksregisternr. {rrn}",
    ],
    "quote_head": ["Op {~date} om {~time} schreef {$brand} Klantendienst:", "Van: Klantendienst {$brand}\nVerzonden: {~date} {~time}\nOnderwerp: RE: dossier {~ticket_number}"],
    "chat_open": ["Dag!", "Hallo", "Goeiendag", "Hey", "Dag, vraagje:", "Allee,"],
    "chat_close": ["Merci!", "Bedankt alvast", "mvg", "Merci om te helpen", "Salut", "Groetjes"],
    "agent": [
        "Dag {$first}, dank je voor je bericht. Ik heb je nieuw gsm-nummer {phone} genoteerd bij klantennummer {customer_number}. Groetjes, {$agent}",
        "Hallo {$first}, je rijksregisternummer hebben we niet nodig, verwijder dit bericht best even. Je dossier: {~ticket_number}. ^{$initials}",
        "Dag {$first}, de domiciliëring op {iban} is stopgezet vanaf {~date}. Vriendelijke groeten, {$agent}",
        "Beste {$first}, we versturen de nieuwe badge naar {address}. Je kan ons ook bereiken op {~company_phone}. ^{$initials}",
    ],
    "agent_sign": ["\n\nVriendelijke groeten,\n{$agent}\nKlantendienst {$brand}\n{~company_phone}", "", "\n\n{$agent} -- {$brand} -- ondernemingsnr. {~company_registration}"],
}

# --- additional members (appended; parity of the index decides the half)
COMMON["dev"] += [
    "Per ongeluk onze live API-sleutel in de chat gezet: {api_key}. Graag intrekken! De webhook draait op poort {~port}.",
    "Het exportbestand klopt niet, checksum {~checksum}, request {~request_id}. Onze sleutel is {api_key}.",
    "Kassa-API geeft {~error_code} op de {~model_number}, gebruikte key {api_key}",
]
CONTEXT += [
    "Mij was {~percentage} korting beloofd, zie {~url}. Referentie {~request_id}.",
    "Op {~date} vloog ik met {~flight_number} terug, de teller van de auto stond toen op {~meter_reading}.",
    "Het installatiebestand (checksum {~checksum}) gaf {~error_code}.",
    "Artikel {~product_code} zat in pakket {~tracking_number} en dat is nooit aangekomen.",
    "De app crasht steeds op mijn {~model_number}.",
    "Betaald met de kaart eindigend op {~masked_value}; de speaker is een {~model_number} en gebruikt poort {~port}.",
]
BE_ONLY["identity_be"] += [
    "Geboortedatum {date_of_birth}, klantennummer {customer_number}. Kunnen jullie mijn inschrijving bij {$school} verlengen?",
]
WRAP["quote_head_cust"] = ["Op {~date} om {~time} schreef {$first} {$last} <{email}>:", "{$first} {$last} schreef op {~date}:",
                           "Op {~date} {~time} schreef {$first} {$last} <{email}> het volgende:", "Van: {$first} {$last}\nVerzonden: {~date}\nAan: Klantenservice"]
