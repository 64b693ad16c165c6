"""Belgian Dutch (nl-be) templates."""
G = {}
G["cust"] = [
    "Goeiendag, ik geraak niet meer in MyMinfin. Mijn rijksregisternummer is {T:bsn:rrn}, de pincode van mijn eID {T:pin:4} werkt wel in de kaartlezer. Foutcode {N:error_code}",
    "Ik ben verhuisd naar {T:address} en wil mijn contract bij {F:brand:energy} meenemen. EAN {T:customer_number:eanbe}, meterstand {N:meter_reading} op {N:date}",
    "Awel, da's nu al de derde keer dat de 4411 app {N:amount} aanrekent voor {N:quantity}. Account {T:email}, paswoord {T:password}",
    "mag de domiciliëring vanaf nu op {T:iban} aub? klantnummer {T:customer_number}",
    "Mijn lidkaart van {F:brand:library} ({T:customer_number:lib}) is geblokkeerd, pincode {T:pin:4} wordt niet aanvaard",
    "Bewonerskaart {T:customer_number:permit} aanvragen lukt niet, betaling met kaart {T:card} vervaldatum {T:card_expiry} wordt geweigerd ({N:error_code})",
    "Afspraak bij {F:brand:dentist} verplaatsen van {N:date} {N:time} naar later aub. Rijksregisternr {T:bsn:rrn}, gsm {T:phone}",
    "De itsme code {T:otp} is blijkbaar vervallen, ik probeer Tax-on-web in te vullen voor aanslagjaar {N:year}",
    "We trouwen op {N:date} in {F:brand:wedding}. Voorschot van {N:amount} betaald van {T:iban}, mededeling {N:invoice_number}. Contact: {T:phone} / {T:email}",
    "Wat is het wifi paswoord van de feestzaal? Ze zeiden {T:wifi_key} maar dat pakt niet op {F:ssid}",
    "Gebruikersnaam {T:username}, wachtwoord {T:password}. Via {F:brand:switch} overgeschakeld maar ik zie nog altijd {F:brand:energy} als leverancier",
    "Mijn nieuwe bril ({N:model_number}) is klaar volgens sms, maar ik heb niets gekregen. Klantnr {T:customer_number:patient}, adres {T:address:street}",
    "Gegevens voor het contract:\nNaam: {F:fullname}\nRRN: {T:bsn:rrn}\nGeboortedatum: {T:date_of_birth}\nAdres: {T:address}\nGSM: {T:phone}\nIBAN: {T:iban}",
    "sms-code was {T:otp:words}, ik heb hem zo ingetypt maar krijg {N:error_code}",
    "Slimme meter in de kast: de dongle heeft IP {T:ip_address:lan} en luistert op poort {N:port}. Firmware {N:version_string}. Data komt niet door",
    "Hoeveel moet ik nog betalen? Volgens brief {N:amount} tegen {N:date}, gestructureerde mededeling {N:invoice_number}. Ik heb {N:masked_value} als rekening staan, dat is oud",
]
G["email"] = [
    "Geachte,\n\nIn bijlage stuur ik u de gegevens voor de overname van het energiecontract van mijn moeder, die op {N:date} overleden is.\nAdres: {T:address}\nEAN elektriciteit: {T:customer_number:eanbe}\nEAN gas: {T:customer_number:eanbe}\nMeterstanden: dag {N:meter_reading}, nacht {N:meter_reading}\nHaar rijksregisternummer: {T:bsn:rrn}\nMijn rekeningnummer voor de eindafrekening: {T:iban}\n\nIk ben te bereiken op {T:phone}.",
    "Ik heb een vraag over mijn aanslagbiljet personenbelasting (aanslagjaar {N:year}). Er staat een bedrag van {N:amount} te betalen, terwijl Tax-on-web een terugbetaling van {N:amount} voorspelde.\n\nMijn rijksregisternummer: {T:bsn:rrn}\nMijn adres: {T:address:nl2}\n\nKan iemand mij terugbellen op {T:phone} tussen {N:time} en {N:time}?",
    "Bij het aanmaken van een account op de website van {F:brand:parking} kreeg ik volgende melding: {N:error_code} (referentie {N:request_id}).\nIk gebruikte e-mailadres {T:email} en paswoord {T:password}. De verificatiecode was {T:otp}.\nMijn toestel: {N:model_number}, {N:version_string}.",
    "Dag {F:agent},\n\nZoals afgesproken de gegevens voor de huwelijksfeest op {N:date}:\n- Aantal gasten: {N:quantity}\n- Aankomst ceremonie: {N:time}\n- Contactpersoon op de dag zelf: {F:name}, {T:phone}\n- Facturatieadres: {T:address}\n\nHet voorschot van {N:percentage} storten we deze week van {T:iban}.",
    "Onze tandarts heeft een getuigschrift voor verstrekte hulp meegegeven voor {N:amount}. Het ziekenfonds zegt dat mijn lidnummer {T:customer_number:member} niet klopt.\nMijn geboortedatum is {T:date_of_birth} en rijksregisternummer {T:bsn:rrn}.\nGraag terugbetaling op {T:iban}.",
    "Mijn bibliotheekaccount staat nog op mijn oud adres. Nieuw adres: {T:address:nl2}\nLidnummer: {T:customer_number:lib}\nE-mail: {T:email}\n\nOok heb ik een boete van {N:amount} voor {N:product_code} die ik al op {N:date} had teruggebracht.",
]
G["public"] = [
    "{N:mention} al {N:quantity} geen antwoord op mijn mail. Klantnummer {T:customer_number} {N:hashtag}",
    "{N:mention} waarom kost een uur parkeren in {F:city} ineens {N:amount}? {N:hashtag}",
    "Tax-on-web plat? {N:error_code} {N:hashtag} {N:hashtag}",
    "{N:mention} bel mij aub terug op {T:phone}, ben het beu",
    "{N:mention} mijn voorschot gaat van {N:amount} naar {N:amount}, {N:percentage} meer?! {N:hashtag}",
    "Iemand die het wifi van {F:brand:library} kent? Ik heb {T:wifi_key} gekregen maar werkt niet {N:hashtag}",
]
G["agent"] = [
    "Dag {F:name}, bedankt voor uw bericht. Ik heb de domiciliëring aangepast naar {T:iban}. Uw klantnummer blijft {T:customer_number}. Mvg, {F:agent}",
    "Hallo {F:name}, we hebben u een nieuw tijdelijk paswoord gestuurd: {T:password}. Gelieve het meteen te wijzigen. Dossier {N:ticket_number}. {F:initials}",
    "Dag {F:name}, uw eID-pincode kunnen wij niet opzoeken. U vraagt een nieuwe PIN/PUK-brief aan bij uw gemeente. Vragen? Bel {N:company_phone}. {F:agent}",
    "Hoi {F:name}, de code van de sleutelkluis aan de feestzaal is {T:pin:4}. Het wifi-paswoord is {T:wifi_key}. Veel plezier op {N:date}! {F:agent}",
    "Dag {F:name}, uw afspraak is verplaatst naar {N:date} om {N:time}. We hebben uw gsm-nummer {T:phone} genoteerd. Team {F:brand:dentist}",
    "Hallo {F:name}, stuurt u ons uw EAN-code en meterstand via privébericht? Deel geen gegevens in een publieke reactie aub. {F:initials}",
    "Dag {F:name}, uw nieuwe pincode voor de bib is {T:pin:4}. Uw lidnummer {T:customer_number:lib} is terug actief. Groeten, {F:agent}",
    "Bedankt {F:name}. De overschakeling naar {F:brand:energy} gaat in op {N:date}. U ontvangt de bevestiging op {T:email}. Info: {N:url}",
]
G["greet"] = ["Geachte,", "Beste,", "Dag,", "Goeiedag,", "Hallo {F:agent},", "Geachte mevrouw, mijnheer,"]
G["close"] = ["Met vriendelijke groeten,", "Mvg,", "Alvast bedankt,", "Vriendelijke groet,", "Groetjes,", "Met dank bij voorbaat,"]
G["sig"] = ["{F:fullname}", "{F:fullname}\ngsm {T:phone}", "{F:name}\n{T:address:nl2}\n{T:phone}", "{F:fullname}\nTel. {T:phone}\n{T:email}", "{F:name}\n\nVerzonden met Telenet Webmail", "{F:name} {F:surname}"]
G["agentsig"] = ["Met vriendelijke groeten,\n{F:agent}\nKlantendienst {F:brand:energy}\n{N:company_phone} - {N:url}\nOndernemingsnummer {N:company_registration}",
                 "Vriendelijke groet,\n{F:agent}\nFOD Financiën - Contactcenter {N:company_phone}",
                 "Groeten,\n{F:agent}\n{F:brand:library}\nBTW {N:company_registration}",
                 "Met vriendelijke groet,\n{F:agent} | Klantenservice\nT {N:company_phone}"]
G["quotehdr"] = ["Op {N:date} om {N:time} schreef {F:fullname} <{T:email}>:", "Van: Klantendienst\nVerzonden: {N:date} {N:time}\nOnderwerp: Uw vraag {N:ticket_number}",
                 "Op {N:date} {N:time}, schreef {F:brand:energy}:", "-----Oorspronkelijk bericht-----\nVan: {F:fullname} <{T:email}>\nDatum: {N:date}"]
G["fwdhdr"] = ["---------- Doorgestuurd bericht ---------\nVan: {F:fullname} <{T:email}>\nDatum: {N:date}", "Begin doorgestuurd bericht:\nVan: {F:fullname} <{T:email}>\nOnderwerp: Tr: gegevens"]
G["disclaimer"] = ["Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk.", "Denk aan het milieu vooraleer u deze mail afdrukt.", "Deze e-mail is enkel bestemd voor de geadresseerde.", "Dit bericht werd gescand op virussen."]
G["chatwrap"] = ["{BODY}", "[{N:time}, {N:date}] {F:name}: {BODY}", "{BODY}\n\nmerci!", "Dag, {BODY}"]
G["pubwrap"] = ["{N:mention} {BODY}", "{BODY} {N:hashtag}", "{N:mention} {BODY} {N:hashtag}", "{BODY}"]

# ---- balancing pairs
G["cust"] += [
    "Het wifi-paswoord van de bib in {F:city} is veranderd? Ik had {T:wifi_key}",
    "PUK-code van mijn eID-brief is {T:puk}, moet ik die ingeven in de kaartlezer?",
    "Ik integreer jullie parkeer-API, token {T:token} geeft {N:error_code}. Request {N:request_id}",
    "API-sleutel {T:api_key} voor de digitale meter van {F:brand:energy}, werkt niet",
    "Login {T:username} / paswoord {T:password}, itsme-code {T:otp}, en toch {N:error_code}",
    "Mijn router ({T:ip_address:lan}) login is {T:username} met paswoord {T:password}, de dongle vindt hem niet",
    "Kaart {T:card}, vervalt {T:card_expiry}, cvc {T:cvv}. Reservatie {N:order_number} voor de trouwzaal",
    "Rijksregisternummer {T:bsn:rrn}, kaart {T:card} eindigt niet op {N:masked_value}, wat is er mis",
    "Vlucht {N:flight_number} landt om {N:time}, shuttle naar de zaal mogelijk? Pakket met de trouwkaarten: {N:tracking_number}",
    "Checksum van de app-update klopt niet: {N:checksum} ({N:version_string}), aanslagjaar {N:year} lukt dus niet",
]
G["agent"] += [
    "Dag {F:name}, het wifi-netwerk van de bib is {F:ssid}, paswoord {T:wifi_key}. Uw PUK kunnen wij niet opvragen. {F:initials}",
    "Hallo {F:name}, uw nieuwe API-token is {T:token:hex}. Log in met gebruikersnaam {T:username}. {F:agent}",
    "Dag {F:name}, uw pakket {N:tracking_number} is onderweg; versie {N:version_string} lost {N:error_code} op. {F:agent}",
    "Hallo {F:name}, de verificatiecode is {T:otp}. Uw login is {T:username}. {F:initials}",
]
G["public"] += [
    "{N:mention} wifi paswoord {T:wifi_key} aan de balie gekregen maar werkt niet {N:hashtag}",
    "{N:mention} na update {N:version_string} mijn paswoord {T:password} niet meer aanvaard {N:hashtag}",
]
G["email"] += [
    "Voor de slimme meter en de thuisbatterij heb ik volgende gegevens nodig gehad:\nAPI-sleutel: {T:api_key}\nRouter: {T:ip_address:lan}, poort {N:port}\nWifi: {F:ssid} / {T:wifi_key}\n\nSinds {N:date} krijg ik {N:error_code}. Mijn klantnummer is {T:customer_number}, EAN {T:customer_number:eanbe}.",
    "Mijn gsm werd geblokkeerd na drie foute pincodes. PUK {T:puk} ingegeven, daarna werkte de 4411-app niet meer.\nLogin: {T:username}\nPaswoord: {T:password}\nBevestigingscode: {T:otp}\nToken in de foutmelding: {T:token}\n\nGraag snel hulp, ik moet elke dag parkeren in {F:city}.",
]
