"""Dutch (NL + Flemish) templates. Syntax: {type} span, {type:tag} shared value,
{!kind} hard negative, {=filler} unlabelled filler."""

BODIES = {
"garage": [
    "Hoi, ik wil graag de APK + kleine beurt inplannen voor de {=car} ({=plate}). Klantnummer {customer_number}. Kan het op {!date} rond {!time}? Bel me maar op {phone}",
    "goedemiddag, auto staat sinds {!date} bij jullie voor de distributieriem maar ik hoor niks. km stand was {!meter_reading}. mijn nummer: {phone} , klantnr {customer_number}",
    "Afspraak verzetten aub. Stond op {!date} om {!time}, kan ik naar volgende week? kenteken {=plate}, tel. {phone}. Groet {=first}",
    "Sleutel ligt in het sleutelkastje naast de deur, code is {pin}. Auto staat op de oprit {address}. Zet hem graag terug na de APK",
    "Kunnen jullie de auto ophalen voor onderhoud? Adres: {address}\nBereikbaar op {phone}\nKlantnummer: {customer_number}",
    "Na de grote beurt van {!date} brandt het motorlampje weer. Foutcode {!error_code} volgens mijn uitleesding ({!model_number}). Factuur {!invoice_number}, ik heb {!amount} betaald!!",
    "Mijn vrouw heeft vanochtend de auto gebracht, de poortcode van ons parkeerterrein is {pin} als jullie hem terugbrengen. Adres is {address}",
    "Beste, APK verloopt op {!date}. Ik woon inmiddels op {address}, willen jullie dat aanpassen? mail: {email}",
],
"warranty": [
    "Garantieclaim: accu van mijn {=car} is na {!quantity} al leeg. Gekocht in {!year}, klantnummer {customer_number}. Dossier {!ticket_number}. Wat nu?",
    "Ik heb de reparatie van {!amount} voorgeschoten, graag terugstorten op {iban} t.n.v. {=name}. Factuurnummer {!invoice_number}",
    "De garantie op de versnellingsbak (onderdeel {!product_code}) wordt afgewezen terwijl de km-stand pas {!meter_reading} is. Ik wil een klacht indienen. Contractnr {customer_number}",
    "Jullie zouden terugbellen over claim {!ticket_number}. Al {!duration} aan het wachten. Mobiel {phone}, vast {phone}",
    "Retour onderdeel verstuurd, track & trace {!tracking_number}. Het geld graag naar rekening {iban}, niet meer naar de oude {iban}",
],
"lease": [
    "Hallo, mijn leasecontract {customer_number} loopt op {!date} af. Ik wil verlengen. Mijn nieuwe adres is {address}.",
    "Wijziging rekeningnummer voor de maandtermijn van {!amount}: nieuw IBAN {iban}. Contractnummer {customer_number}, geboortedatum {date_of_birth}",
    "Voor de kredietcheck vragen jullie mijn {=bsn_cue}: {bsn}. Geboren {date_of_birth}. Klopt dat dit via WhatsApp mag??",
    "Inloggen op het leaseportaal lukt niet. Gebruikersnaam {username}, wachtwoord {password} en dan krijg ik {!error_code}",
    "Schade aan de leaseauto ({=plate}) gemeld op {!date}, schadenummer {!ticket_number}. Bereikbaar op {phone} of {email}",
    "Private lease aanvraag: {=name}, {address}, geb. {date_of_birth}, tel {phone}, mail {email}. Looptijd 48 mnd, {!quantity} per jaar",
],
"roadside": [
    "Sta met pech op de A12 bij hectometerpaal 34.2, lidnummer {customer_number}. Bel me terug op {phone} aub!!",
    "PECH. Auto start niet meer, sta voor de deur op {address}. lidnr {customer_number}. hoelang duurt het?",
    "Wegenwacht is geweest (melding {!ticket_number}) maar auto moet naar garage. Mijn pechhulp lidmaatschap: {customer_number}. Kunnen jullie vervangend vervoer regelen? Ik vlieg morgen met {!flight_number}",
    "ik ben mijn lidmaatschapsnummer kwijt, geboortedatum {date_of_birth} en postcode + huisnr {address}",
    "Sleepdienst heeft de auto gebracht naar {=brand} maar vraagt {!amount}. Dekking loopt via polis {customer_number}. Bel {phone}",
],
"ev": [
    "Mijn laadpas ({customer_number}) wordt geweigerd bij paal {!product_code}. Foutcode {!error_code}. App versie {!version_string}",
    "Hoi, ik ben in de app uitgelogd en kom er niet meer in. Login: {email} ww: {password}. De sms-code {otp} werkt ook niet",
    "Laadsessie van {!date} staat er dubbel op: {!quantity} voor {!amount}. Pasnummer {customer_number}. Graag terugstorten op {iban}",
    "Nieuwe laadpas aangevraagd maar nog niets ontvangen. Verzendadres {address}. Track&trace {!tracking_number} zegt bezorgd?",
    "Kunnen jullie mijn laadpas blokkeren, ben hem kwijt. Nummer {customer_number}, gekoppeld aan {email}",
    "ik krijg steeds verificatiecode {otp} maar de app vraagt een nieuwe... gebruikersnaam is {username}",
],
"sharing": [
    "Deelauto {=plate} staat niet op de plek ({address}). Boeking {!order_number}. Ik moet om {!time} weg!",
    "Mijn account is geblokkeerd na een boete. Rijbewijs gecheckt, geb.datum {date_of_birth}. Accountnummer {customer_number}",
    "Scooter laat niet ontgrendelen, app zegt {!error_code}. Er is wel {!amount} afgeschreven van kaart {!masked_value}",
    "Nieuwe creditcard: {card} geldig tot {card_expiry} cvc {cvv}. Kunnen jullie die koppelen? app doet raar",
    "Code voor de sleutelkluis van de deelauto werkt niet: {pin}. Staat op {address}",
    "Inloggegevens: {username} / {password}. Ik kan geen rit starten, {!percentage} accu zegt de app",
],
"charity": [
    "Ik wil mijn maandelijkse gift van {!amount} stopzetten. Donateursnummer {customer_number}. Er wordt afgeschreven van {iban}",
    "Graag mijn periodieke schenking verhogen naar {!amount} per maand. Mijn gegevens: {=name}, {address}, geb. {date_of_birth}, {=bsn_cue} {bsn}",
    "Kan ik een fiscaal attest krijgen voor mijn giften van {!year}? {=bsn_cue}: {bsn}, donornummer {customer_number}",
    "Er is twee keer {!amount} afgeschreven voor de collecte-actie. Rekening {iban}. Mail mij op {email}",
    "Ik ben verhuisd, de post over mijn donatie kan naar {address}. Telefoon {phone}",
    "Vraag over mijn schenkingsovereenkomst {customer_number}: ANBI-nummer van jullie ({!company_registration}) staat er niet op",
],
"fundraise": [
    "Mijn actiepagina {!url} laat de donaties niet zien. Ik log in met {email} en wachtwoord {password}",
    "Ik doe mee aan de sponsorloop voor {=org}. Kunnen jullie de {!amount} die ik ophaalde overmaken naar... nee wacht, dat moet andersom. Mijn IBAN {iban}",
    "De inlogcode die ik per mail kreeg ({otp}) is verlopen. Pagina: {!url}",
    "Donateur belde mij privé op {phone} over mijn actie, hoe komt die aan mijn nummer?",
],
"security": [
    "Iemand heeft in mijn account ingelogd vanaf {ip_address}! Ik heb mijn wachtwoord veranderd van {password} naar {password}",
    "Ik kreeg een sms met code {otp} maar ik heb niks aangevraagd. Is dit phishing? Mijn klantnummer is {customer_number}",
    "Token voor de API-koppeling met ons wagenparksysteem: {token} werkt niet meer (request id {!request_id})",
    "Voor de koppeling van onze fleet-tool gebruik ik key {api_key}. Krijg {!error_code} terug sinds {!date}",
    "Simkaart in de auto (ingebouwde eSIM) vraagt PUK: {puk}. De pincode was {pin}",
],
"wallbox": [
    "Laadpaal ({!model_number}) verbindt niet met wifi. Netwerk {=ssid}, wachtwoord {wifi_key}. Firmware {!version_string}",
    "De installateur heeft het IP-adres {ip_address} ingesteld, poort {!port}. Modbus werkt niet. EAN-code aansluiting {customer_number}",
    "Laadpaal thuis: wifi-sleutel is {wifi_key}, SSID {=ssid}. Na update naar {!version_string} offline. Checksum firmware: {!checksum}",
    "Meterstand laadpaal {!meter_reading}, maar jullie vergoeden maar {!quantity}. Werkgever contract {customer_number}",
],
"payment": [
    "Betaling mislukt. Kaartnummer {card}, vervaldatum {card_expiry}, CVC {cvv}. Probeer ik nu voor de derde keer",
    "Waarom staat er {!amount} open? Ik betaal via automatische incasso van {iban}. Factuur {!invoice_number}",
    "Jullie hebben mijn kaart {!masked_value} belast voor iets wat ik niet gehuurd heb. Bestelling {!order_number}",
    "Pas eindigend op {!masked_value} is verlopen, nieuwe is {card} exp {card_expiry}",
],
"public": [
    "{!mention} al {!duration} in de wacht voor de APK-afspraak. Dit is toch niet normaal {!hashtag}",
    "{!mention} Laadpas werkt weer niet bij paal {!product_code}, {!error_code} op het scherm. Wat is dit nou {!hashtag}",
    "Top service van {!mention}! Binnen {!duration} stond de wegenwacht er {!hashtag}",
    "{!mention} Wanneer wordt de storing van {!date} opgelost? App {!version_string} crasht steeds",
    "{!mention} {!amount} voor een APK en dan {!percentage} korting 'vergeten'?? {!hashtag}",
    "Net {!amount} gedoneerd aan {!mention}, doe ook mee: {!url} {!hashtag}",
],
}

VL_BODIES = {
"vlaams": [
    "Goeiendag, ge hebt mijn auto nog altijd niet binnen voor de keuring. Klantnummer {customer_number}, gsm {phone}. Merci!",
    "Allee, de laadkaart doet het weer niet aan de paal op de parking. Kaartnummer {customer_number}. Wanneer is da opgelost?",
    "Voor het fiscaal attest van mijn gift: rijksregisternummer {bsn}, adres {address}. Alvast bedankt",
    "Mijn domiciliëring voor de lease moet naar {iban}. Contract {customer_number}. Kunt ge da aanpassen?",
    "Ik sta stil op de E40 richting Gent, lidnummer pechverhelping {customer_number}. Bel mij op {phone} aub",
    "Wachtwoord van mijn account is {password} en login {username}, en toch zegt de app 'ongeldig'. Ge moogt mij bellen",
],
}

AGENT = [
    "Hoi {=first}, vervelend! Stuur je ons je klantnummer en kenteken via DM? Dan kijken we mee. ^{=initials}",
    "Dank je. Ik zie klantnummer {customer_number:c} en heb een melding aangemaakt: {!ticket_number}. Je hoort binnen {!duration} van ons. Groet, {=agent}",
    "Beste {=macro}, we hebben je afspraak ingepland op {!date} om {!time}. Vragen? Bel {!company_phone}. Gr. {=agent}",
    "Deel nooit je wachtwoord of pincode met ons, ook niet via DM. Wijzig je wachtwoord via {!url}. ^{=initials}",
    "We hebben het bedrag van {!amount} teruggestort op rekening {!masked_value}. Dit is binnen {!duration} zichtbaar.",
    "Je laadpas {customer_number:c} is geblokkeerd. Een nieuwe pas is onderweg, track & trace {!tracking_number}.",
    "Dag {=first}, de gift wordt vanaf {!date} afgeschreven van {iban:i}. Je donateursnummer blijft {customer_number:c}. Hartelijk dank! {=agent}",
    "Klopt het dat we je mogen bellen op {phone:p}? Dan belt een collega van de pechhulp je vandaag nog. ^{=initials}",
]

GREET = ["Beste,", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag {=brand},", "Beste klantenservice,", "Hoi,", "Dag {=agent},", "Goedemorgen,"]
CLOSE = ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Alvast bedankt,", "Vriendelijke groeten,", "Gr.", "Met hartelijke groet,", "Dank u wel,"]
SIG = [
    "{=name}",
    "{=name}\n{phone}",
    "{=name}\n{address}\nTel: {phone}",
    "{=first}\n\nVerstuurd vanaf mijn iPhone",
    "{=name} | {phone} | {email}",
    "{=name}\nMob. {phone}",
    "{=first} {=last}\nKlantnr. {customer_number:c}",
    "{=name}\n\nVerzonden vanuit Mail voor Windows",
]
QHEAD = ["Op {!date} om {!time} schreef {=brand} <service@{=domain}>:", "---- Oorspronkelijk bericht ----\nVan: {=brand} <info@{=domain}>\nVerzonden: {!date}\nOnderwerp: Uw melding {!ticket_number}",
         "Op {!date} heeft {=agent} van {=brand} het volgende geschreven:", "-----Original Message-----\nFrom: {=brand}\nSent: {!date} {!time}\nSubject: RE: melding {!ticket_number}"]
DISCLAIM = ["Dit bericht is uitsluitend bestemd voor de geadresseerde. {=brand}, {!company_registration}.",
            "Denk aan het milieu voordat u deze e-mail print.",
            "Aan dit bericht kunnen geen rechten worden ontleend. {!company_registration}",
            "De informatie in dit e-mailbericht is vertrouwelijk. Bent u niet de juiste ontvanger, verwijder het dan."]
AGENT_SIG = ["Met vriendelijke groet,\n{=agent}\nKlantenservice {=brand}\n{!company_phone} | {!url}",
             "Groet,\n{=agent} - Team {=brand}\nT {!company_phone}\n{!company_registration}",
             "Hartelijke groet,\n{=agent}\nDonateursservice {=org}\n{!company_phone}",
             "Vriendelijke groet,\n{=agent}, Pechhulp\nBereikbaar op {!company_phone} (24/7)"]
CHAT_OPEN = ["Hoi! ", "Hallo, ", "Goeiemorgen. ", "Hey, ", "Hallo daar ", "Dag, "]
CHAT_TAIL = [" Alvast bedankt", " gr {=first}", " Thx", " Groetjes", "!!", " mvg"]

# Balancing group: even entries lean on types the other groups put mostly in heldout, odd entries the reverse.
BODIES["misc"] = [
    "De laadpaal luistert op {ip_address}:{!port} maar de app vindt hem niet. Ik kreeg daarna sms-code {otp}, werkt niet. Geb.datum voor verificatie: {date_of_birth}",
    "Monteur komt {!date}. Wifi thuis: {=ssid} / {wifi_key}. De checksum van de firmware ({!checksum}) klopt niet met die op jullie site",
    "Factuur {!invoice_number} klopt niet. Pakketje met nieuwe laadpas ({!tracking_number}) nooit ontvangen. Verificatiecode: {otp}, geboren {date_of_birth}",
    "Personal access token {token} uit het ontwikkelaarsportaal geeft {!error_code}, request-id {!request_id}. App versie {!version_string}",
    "poort {!port} staat open op de router ({ip_address}) voor de wallbox, is dat veilig? Gebruikersnaam dashboard {username}, code uit de mail {otp}. PUK van de sim in de paal: {puk}",
    "Pinautomaat bij jullie vestiging deed raar: kaart {card}, geldig t/m {card_expiry}, beveiligingscode {cvv}. Bestelnummer {!order_number}",
    "Onderdelen besteld (factuurnr {!invoice_number}), verzonden met {!tracking_number}. Bel aub {phone}, geb. {date_of_birth}. Onze leverancier-API key staat nog op {api_key}, mag weg",
    "Geland met {!flight_number} om {!time}, deelauto ({!model_number}, bouwjaar {!year}) wil niet open. Sim-pukcode {puk}, API-sleutel van ons bedrijf {api_key}",
    "Mijn donatie via de app: eenmalige code {otp} en daarna ging het mis bij {!percentage}. Rekeningnummer {iban}",
    "Nieuwe wifi-sleutel voor de laadpaal: {wifi_key}. Oude token {token} graag intrekken. Versie {!version_string}, CVC van de pas {cvv}",
]
