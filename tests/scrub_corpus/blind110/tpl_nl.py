"""Dutch (nl) templates. Groups are dealt alternately between halves."""
G = {}
G["cust"] = [
    "«Hoi|Hallo|Hey|Goedemiddag», ik kom niet meer in de {F:brand:parking} app. «Gebruikersnaam|gebruikersnaam|login» {T:username} en «ww|wachtwoord|pw» {T:password}, klopt dat wel??",
    "ik heb een nieuwe bril besteld ({N:order_number}) maar het afleveradres is fout, moet zijn: {T:address}. tel {T:phone}",
    "Mijn BSN is {T:bsn} en ik ben geboren op {T:date_of_birth}. Waarom krijg ik ineens een aanslag van {N:amount}?? Kenmerk {N:ticket_number}",
    "sms code {T:otp} werkt niet bij DigiD inloggen voor de {F:tax}, help aub",
    "Ik stap per {N:date} over naar {F:brand:energy} via {F:brand:switch}.\nEAN stroom: {T:customer_number:ean}\nEAN gas: {T:customer_number:ean}\nMeterstand: {N:meter_reading}",
    "Graag het voorschot voortaan afschrijven van {T:iban} ipv {N:masked_value}. Klantnr {T:customer_number}",
    "pasnummer {T:customer_number:lib} en pincode {T:pin:4} werken niet in de app van {F:brand:library}. En die boete van {N:amount} klopt ook niet",
    "Kan mijn afspraak van {N:date} om {N:time} bij {F:brand:dentist} verzet worden? Patiëntnr {T:customer_number:patient}, geb. {T:date_of_birth}",
    "We trouwen op {N:date} bij {F:brand:wedding} met {N:quantity}. Aanbetaling van {N:amount} is overgemaakt vanaf {T:iban}. De code van het sleutelkastje is toch {T:pin:4}?",
    "Mijn bewonersvergunning {T:customer_number:permit} staat nog op het oude kenteken {F:plate}. Ben verhuisd naar {T:address}",
    "Betaling mislukt bij verlengen vergunning. kaart {T:card} geldig tot {T:card_expiry} cvc {T:cvv}, foutmelding {N:error_code}",
    "wat is het wifi-wachtwoord in de bieb? Nog steeds {T:wifi_key}? (netwerk {F:ssid})",
    "Mijn P1-dongle hangt op {T:ip_address:lan} poort {N:port}, maar de app ({N:version_string}) ziet hem niet. Meter {N:model_number}",
    "Voor de koppeling met jullie laadpaal-API gebruik ik key {T:api_key}, maar ik krijg {N:error_code}. Request id {N:request_id}",
    "Home Assistant integratie van {F:brand:energy} stopt steeds. Token was {T:token}, moet ik een nieuwe maken?",
    "mail me maar op {T:email} of bel {T:phone} na {N:time}",
    "Naam: {F:fullname}\nAdres: {T:address}\nGeboortedatum: {T:date_of_birth}\nTel: {T:phone}\nE-mail: {T:email}\nKlantnummer: {T:customer_number:pref}",
    "Toeslagen vordert {N:amount} terug (brief {N:date}). BSN {T:bsn}, IBAN {T:iban}. Ik snap er niks van",
    "De machtigingscode die ik per post kreeg ({T:otp:alnum}) is al verlopen. Kan ik een nieuwe aanvragen?",
    "Graag mijn lenzenabonnement ({N:model_number}) stopzetten, er gaat elke maand {N:amount} af van {T:iban}. Klantnummer {T:customer_number:pref}",
    "de code die ik kreeg was {T:otp:words} maar de site zegt ongeldig",
    "heb mijn wachtwoord veranderd van {T:password} naar {T:password} en krijg nog steeds {N:error_code}",
    "Account {T:email}, ww {T:password}. Parkeeractie van {N:time} tot {N:time} kostte {N:amount} ipv {N:amount}!",
    "Overstappen via {F:brand:switch} ging mis: geboortedatum {T:date_of_birth}, IBAN {T:iban}, ingangsdatum {N:date}. Foutcode {N:error_code}",
    "inlognaam {T:username}, pincode {T:pin}. Het boek {N:product_code} staat nog op mijn pas terwijl ik het {N:date} heb ingeleverd",
    "Voor de proeverij: bel mijn verloofde op {T:phone} of mij op {T:phone}. We zijn met {N:quantity}, budget rond {N:amount}",
    "Deurcode bruidssuite {T:pin:hash} en alarmcode {T:pin:4}, klopt dat nog voor zaterdag {N:date}?",
    "Mijn Belastingdienst zegt dat mijn IP {T:ip_address:pub} geblokkeerd is ({N:error_code}). Wat nu",
    "al 3x gebeld naar {N:company_phone}, dossier {N:ticket_number}. klantnummer {T:customer_number}. wanneer hoor ik iets?",
    "Volgens track & trace {N:tracking_number} is mijn bril afgeleverd op {T:address:street} maar daar woon ik niet meer",
    "Factuur {N:invoice_number} van {N:amount} klopt niet, polisnummer {T:customer_number:policy} dekt {N:percentage}",
    "In de app zie ik alleen {N:masked_value} maar mijn nieuwe pas is {T:card}, vervalt {T:card_expiry}",
]
G["email"] = [
    "Naar aanleiding van ons telefoongesprek van {N:date} stuur ik u de gegevens voor de overstap naar {F:brand:energy}.\n\nAansluitadres: {T:address}\nEAN-code elektriciteit: {T:customer_number:ean}\nEAN-code gas: {T:customer_number:ean}\nMeterstanden per {N:date}: {N:meter_reading} (normaal) en {N:meter_reading} (dal)\nIBAN voor automatische incasso: {T:iban}\nGeboortedatum: {T:date_of_birth}\n\nHet maandbedrag van {N:amount} lijkt me wat hoog bij een verbruik van {N:quantity}.",
    "Ik heb een vraag over mijn aangifte inkomstenbelasting {N:year}. Mijn BSN is {T:bsn} en dat van mijn partner {T:bsn}.\nSinds {N:date} staat er een bedrag van {N:amount} open, maar ik heb dat op {N:date} al betaald van rekening {T:iban} (betalingskenmerk {N:invoice_number}).\n\nKunt u mij terugbellen op {T:phone}? Ik ben bereikbaar tussen {N:time} en {N:time}.",
    "Vorige week ben ik bij uw vestiging in {F:city} geweest voor een oogmeting. Het montuur ({N:model_number}) zou binnen {N:quantity} klaar zijn, maar ik heb nog niets gehoord.\n\nMijn klantnummer is {T:customer_number:patient}. Ik heb al {N:amount} aanbetaald met pinpas {N:masked_value}.\nIk ben verhuisd, mijn nieuwe adres is:\n{T:address:comma2}\n\nGraag ook mijn nieuwe e-mailadres noteren: {T:email}",
    "Beste mensen van {F:brand:wedding},\n\nHierbij de gegevens die jullie vroegen voor het contract:\n- Naam bruid: {F:fullname}, geboren {T:date_of_birth}\n- Naam bruidegom: {F:fullname}, geboren {T:date_of_birth}\n- Adres: {T:address}\n- Telefoon: {T:phone}\n- Datum: {N:date}, ceremonie om {N:time}\n- Aantal gasten: {N:quantity}\n\nDe aanbetaling van {N:amount} ({N:percentage}) hebben we vandaag overgemaakt vanaf {T:iban}.",
    "Ik krijg al dagen een foutmelding ({N:error_code}) in de {F:brand:parking} app versie {N:version_string} op mijn {N:model_number}.\nInloggen met {T:email} en wachtwoord {T:password} lukt op de website wel.\nDe sms-verificatiecode ({T:otp}) komt pas na {N:quantity} binnen en is dan al verlopen.\n\nIk heb vandaag een boete gekregen van {N:amount} omdat ik niet kon aanmelden, kenteken {F:plate}.",
    "In de bijlage vindt u de nota van de tandarts (factuurnummer {N:invoice_number}, {N:amount}). Volgens mij valt dit onder mijn aanvullende verzekering, polisnummer {T:customer_number:policy}.\n\nMijn gegevens:\n{F:fullname}\n{T:address:comma2}\nBSN {T:bsn}\n\nUitbetaling graag op {T:iban}.",
    "Mijn lidmaatschap van de bibliotheek loopt op {N:date} af. Ik wil graag verlengen maar de betaling via iDEAL gaf {N:error_code}.\nPasnummer: {T:customer_number:lib}\nPincode: {T:pin:4}\n\nIk heb nog {N:quantity} thuis liggen, o.a. {N:product_code}. Kan ik die ook verlengen?",
    "Bij de bewonersvergunning moet ik een bewijs van inschrijving aanleveren. Ik woon sinds {N:date} op {T:address}, het kenteken is {F:plate}.\nVergunningnummer: {T:customer_number:permit}\nHet bedrag van {N:amount} per jaar is afgeschreven van {T:iban}, maar in het portaal (gebruikersnaam {T:username}) staat nog 'in behandeling'.",
    "Ik heb gisteren geprobeerd over te stappen via {F:brand:switch}. De bevestigingsmail kwam binnen op {T:email}, maar daar staat een verkeerd leveringsadres in ({T:address:street} in plaats van {T:address:street}).\nOok staat mijn telefoonnummer als {T:phone} genoteerd, het juiste is {T:phone}.\nOvereenkomst {N:order_number}.",
    "Mijn ouders (beiden boven de 80) hebben een brief van de Belastingdienst gekregen over een naheffing van {N:amount}. Ik help ze met de papieren. Mijn vader is geboren op {T:date_of_birth}, BSN {T:bsn}. Hij heeft geen DigiD.\nZe wonen op {T:address}. Hun telefoonnummer is {T:phone}.\n\nKunnen jullie ons helpen met een machtiging?",
]
G["public"] = [
    "{N:mention} al {N:quantity} wachten op antwoord over mijn overstap. Klantnummer {T:customer_number} {N:hashtag}",
    "{N:mention} waarom is mijn voorschot ineens {N:amount}?? {N:hashtag} {N:hashtag}",
    "{N:mention} app crasht weer ({N:version_string}), kan niet parkeren. ww al gereset naar {T:password} maar niks {N:hashtag}",
    "Wie weet het wifi-wachtwoord van de bieb in {F:city}? Ik dacht {T:wifi_key} {N:hashtag}",
    "{N:mention} bel me gewoon even: {T:phone}. Dit duurt al sinds {N:date}",
    "{N:mention} mijn bril ligt al {N:quantity} klaar maar niemand neemt op bij {N:company_phone} {N:hashtag}",
    "Zo, trouwlocatie geboekt voor {N:date} {N:hashtag} {N:hashtag} geen idee waarom de aanbetaling {N:percentage} is",
    "{N:mention} storing? Krijg {N:error_code} bij inloggen met {T:email}",
]
G["agent"] = [
    "Hoi {F:name}, vervelend dat het inloggen niet lukt! Ik heb een tijdelijk wachtwoord ingesteld: {T:password}. Wijzig dit direct na het inloggen. Groet, {F:agent}",
    "Dank je wel {F:name}. Ik zie klantnummer {T:customer_number@c} en heb de IBAN gewijzigd naar {T:iban}. Het nieuwe voorschot van {N:amount} gaat in per {N:date}. {F:initials}",
    "Hallo {F:name}, je verificatiecode is {T:otp}. Deel deze code met niemand. Groetjes {F:agent}",
    "Hi {F:name}! Je bewonersvergunning {T:customer_number:permit} is omgezet naar het nieuwe kenteken. Je ontvangt een bevestiging op {T:email}. Zaaknummer {N:ticket_number} {F:initials}",
    "Goedemiddag {F:name}, wil je je postcode en huisnummer en geboortedatum even in een DM sturen? Dan kijk ik met je mee. Bellen kan ook via {N:company_phone}. ^{F:agent}",
    "Hoi {F:name}, de code voor het sleutelkastje bij de ingang is {T:pin:4}, de wifi heet {F:ssid} en het wachtwoord is {T:wifi_key}. Fijne dag! {F:agent}",
    "Beste {F:name}, je afspraak is verzet naar {N:date} om {N:time}. We hebben je telefoonnummer {T:phone} en adres {T:address} bijgewerkt in je dossier ({T:customer_number:patient}). Team {F:brand:dentist}",
    "Hallo {F:name}, ik heb je pincode gereset. Je nieuwe pincode is {T:pin:4}, die kun je na inloggen met pasnummer {T:customer_number:lib} zelf wijzigen. {F:initials}",
    "Hoi {F:name}, ik zie dat de betaling met kaart {N:masked_value} is geweigerd (melding {N:error_code}). Probeer het opnieuw of kies iDEAL. Groet, {F:agent}",
    "Dag {F:name}, je overstap is ingepland per {N:date}. EAN {T:customer_number:ean}, verwacht verbruik {N:quantity}, termijnbedrag {N:amount}. Meer info: {N:url}",
    "Dank voor het wachten {F:name}. Het nieuwe API-sleutelpaar voor je account: key {T:api_key:sk}. De oude sleutel is ingetrokken. {F:initials}",
    "Hoi {F:name}! Je PUK-code is {T:puk}. Daarna kun je een nieuwe pincode kiezen. Lukt het niet, bel {N:company_phone}. {F:agent}",
]
G["greet"] = ["Geachte heer/mevrouw,", "Beste klantenservice,", "Hallo,", "Goedemorgen,", "Beste {F:agent},", "Geachte mevrouw, meneer,", "Hoi,", "L.S.,"]
G["close"] = ["Met vriendelijke groet,", "Mvg,", "Groeten,", "Alvast bedankt!\n\nGroet,", "Hartelijke groet,", "Vriendelijke groeten,", "Bvd,", "Met vriendelijke groeten,"]
G["sig"] = [
    "{F:fullname}", "{F:fullname}\n{T:phone}", "{F:name}\n\nTel: {T:phone}\n{T:address:comma2}", "{F:fullname}\nM: {T:phone}\nE: {T:email}",
    "{F:name} {F:surname}\n{T:address}", "{F:name}\n\nVerzonden vanaf mijn iPhone", "{F:fullname}\nmob. {T:phone}\n\nVerstuurd vanaf Outlook voor Android", "{F:name}",
]
G["agentsig"] = [
    "Met vriendelijke groet,\n\n{F:agent}\nKlantenservice {F:brand:energy}\nT {N:company_phone} | {N:url}\nKvK {N:company_registration}",
    "Hartelijke groet,\n{F:agent} | Team Klantcontact\n{N:company_phone} (ma-vr {N:time}-{N:time})",
    "Groet,\n{F:agent}\n{F:brand:optician}\nBTW {N:company_registration}",
    "Vriendelijke groet,\n{F:agent}\nBelastingdienst\nBelastingTelefoon: {N:company_phone}",
]
G["quotehdr"] = ["Op {N:date} om {N:time} schreef {F:fullname} <{T:email}>:", "Van: {F:fullname} <{T:email}>\nVerzonden: {N:date} {N:time}\nAan: klantenservice\nOnderwerp: RE: uw vraag {N:ticket_number}",
                 "Op {N:date} {N:time} schreef Klantenservice:", "-----Oorspronkelijk bericht-----\nVan: {F:brand:energy}\nDatum: {N:date}\nOnderwerp: Uw aanvraag {N:ticket_number}"]
G["fwdhdr"] = ["---------- Doorgestuurd bericht ---------\nVan: {F:fullname} <{T:email}>\nDatum: {N:date}\nOnderwerp: Fwd: gegevens",
               "Begin doorgestuurd bericht:\n\nVan: {F:fullname} <{T:email}>\nOnderwerp: gegevens voor de locatie\nDatum: {N:date} om {N:time}"]
G["disclaimer"] = ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.",
                   "Denk aan het milieu voordat u deze e-mail print.",
                   "De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde.",
                   "Aan dit bericht kunnen geen rechten worden ontleend."]
G["chatwrap"] = ["[{N:time}, {N:date}] {F:name}: {BODY}", "{BODY}", "{BODY}\n\nalvast bedankt", "{BODY} 🙏", "Goeiedag. {BODY}", "{BODY}\n(gekopieerd uit de sms)"]
G["pubwrap"] = ["{N:mention} {BODY}", "{BODY} {N:hashtag}", "{N:mention} {N:mention} {BODY}", "{BODY}\n{N:hashtag} {N:hashtag}"]

# ---- balancing pairs (first of each pair -> dev, second -> heldout; all list lengths even before this point)
G["cust"] += [
    "Thermostaat van {F:brand:energy} koppelen: netwerk {F:ssid}, «sleutel|netwerksleutel|wifi-code» {T:wifi_key}. Hij zegt {N:error_code}",
    "de nieuwe wifi code bij de trouwlocatie is {T:wifi_key} toch? {F:ssid} doet het niet en de fotograaf moet uploaden",
    "Simkaart geblokkeerd, PUK van het plastic kaartje: {T:puk}. Nu kan ik de parkeerapp dus niet openen",
    "PUK {T:puk:sp} ingevoerd maar telefoon zegt nog steeds sim vergrendeld. Pincode was {T:pin:4}",
    "Authorization: Bearer {T:token:jwt}\ngeeft {N:error_code} op jullie parkeer-API sinds {N:date}",
    "mijn persoonlijke toegangstoken {T:token:ghp} voor de open-data API van de bieb werkt niet meer, wel nog geldig tot {N:date}",
    "Oeps, AWS key {T:api_key:aws} en secret {T:api_key:aws_secret} per ongeluk in de app-review geplakt, graag verwijderen",
    "De Google Maps key {T:api_key:google} van onze trouwlocatie-widget is misschien gelekt, wat nu?",
    "login: {T:username}\nwachtwoord: {T:password}\n(gekopieerd uit mijn wachtwoordmanager, dus typfouten kan niet)",
    "Mijn DigiD gebruikersnaam is {T:username} en het wachtwoord {T:password}, kunnen jullie kijken waarom het niet werkt",
    "Volgens de melding komt mijn inlogpoging van {T:ip_address:pub}, maar ik zit gewoon thuis in {F:city}",
    "router {T:ip_address:lan}, admin ww {T:password}, de slimme meter ({N:model_number}) krijgt geen verbinding",
    "Kaartnummer {T:card:visa}, verloopt {T:card_expiry}, code achterop {T:cvv}. De bevestigingscode per sms was {T:otp}",
    "Creditcard: {T:card:mc}\nGeldig t/m: {T:card_expiry}\nCVC: {T:cvv}\nvoor de aanbetaling van de zaal",
    "voor de tandarts: BSN {T:bsn} en zorgpasnummer {T:customer_number:policy}",
    "opticien vraagt mijn burgerservicenummer voor de declaratie: {T:bsn}. Is dat normaal?",
    "Download van de app mislukt, checksum klopt niet: verwacht {N:checksum}. Versie {N:version_string}",
    "sha256 van de installer is {N:checksum}, op jullie site staat iets anders. Foutcode {N:error_code}",
    "Onze gasten landen met {N:flight_number} om {N:time} op {N:date}, kan de pendelbus er om {N:time} staan?",
    "Vlucht {N:flight_number} heeft vertraging, we zijn pas om {N:time} bij de locatie. Reservering {N:order_number}",
    "Aangifte {N:year} nog steeds niet verwerkt? Ik kreeg referentie {N:request_id} en daarna niks",
    "Mijn nieuwe lenzen (bestelling {N:order_number}, zending {N:tracking_number}) zijn nooit aangekomen",
]
G["agent"] += [
    "Hoi {F:name}, de wifi in de trouwzaal: {F:ssid} / {T:wifi_key}. De PUK van de sim in de tablet bij de ingang is {T:puk}. {F:initials}",
    "Hallo {F:name}, je nieuwe toegangstoken is {T:token:hex}, de oude is ingetrokken. Bewaar hem veilig. {F:agent}",
    "Dag {F:name}, je gebruikersnaam is {T:username} en ik heb een resetlink gestuurd naar {T:email}. Groet, {F:agent}",
    "Hoi {F:name}, ik zie inlogpogingen vanaf {T:ip_address:pub}. Log in met gebruikersnaam {T:username} en eenmalige code {T:otp}. {F:initials}",
    "Hoi {F:name}, je bestelling {N:order_number} is verzonden met {N:tracking_number}. App-versie {N:version_string} lost {N:error_code} op. {F:agent}",
    "Hallo {F:name}, de storing ({N:error_code}) is opgelost in {N:version_string}. Checksum van de update: {N:checksum}. {F:initials}",
]
G["public"] += [
    "{N:mention} wifi in de bieb ({T:wifi_key}) werkt weer niet {N:hashtag}",
    "{N:mention} mijn token {T:token} stond per ongeluk in een screenshot, graag intrekken!!",
    "{N:mention} vlucht {N:flight_number} bijna gemist door storing {N:error_code} in jullie app {N:hashtag}",
    "{N:mention} login {T:username} ww {T:password} werkt niet meer sinds update {N:version_string}",
]
G["email"] += [
    "Ik beheer de website van onze trouwlocatie en wil de nieuwsbriefkoppeling laten nakijken.\nAPI key: {T:api_key:sg}\nGastnetwerk: {F:ssid}, sleutel {T:wifi_key}\nRouter: {T:ip_address:lan} (poort {N:port}), login {T:username} / {T:password}\n\nSinds {N:date} krijgen we {N:error_code}. Het gaat om ongeveer {N:quantity} inschrijvingen per week.",
    "Bij het instellen van de laadpaal via de app van {F:brand:energy} moet ik een token invullen. Ik heb {T:token:oauth} gebruikt maar krijg {N:error_code}.\nDaarna blokkeerde mijn telefoon; met PUK {T:puk} is dat opgelost.\nMijn klantnummer is {T:customer_number:pref}, aansluiting op {T:address}.",
]
