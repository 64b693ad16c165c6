"""Dutch (nl) templates. Groups: (sector, kind, [templates]). {p:type=hint} labelled, {n:kind} negative, {f:x} filler."""
G = [
("wedding", "chat", [
 "Hoi! Wij trouwen op {n:date} bij jullie. Aanbetaling van {n:amount} is overgemaakt vanaf {p:iban}, kunnen jullie dat checken? Ons klantnummer is {p:customer_number}",
 "hallo, ik kom niet meer in de planner-app.. gebruikersnaam {p:username} en ww {p:password} maar hij zegt steeds {n:error_code}",
 "Goedemorgen, de sleutelkluis bij de trouwlocatie, welke code was dat ook alweer? Ik dacht {p:pin=door} maar die doet het niet. Wij zijn er om {n:time} met {n:quantity}",
 "Kunnen jullie de factuur {n:invoice_number} op naam van mijn schoonvader zetten? Adres: {p:address}. Tel {p:phone} (hij neemt alleen 's middags op)",
]),
("wedding", "mail", [
 "Naar aanleiding van ons gesprek van {n:date} stuur ik hierbij de gegevens voor het contract.\n\nBruid: {f:name}, geboren {p:date_of_birth}\nAdres: {p:address}\nMobiel: {p:phone}\nIBAN voor de borg-terugstorting: {p:iban}\n\nDe offerte ({n:order_number}) ging uit van {n:quantity} en {n:percentage} korting op het dinerbuffet. Klopt het dat de zaal tot {n:time} beschikbaar is?",
 "Wij hebben vandaag een mail gehad dat de tweede termijn ({n:amount}) nog openstaat, maar die is al op {n:date} betaald met creditcard {p:card} (geldig tot {p:card_expiry}). Kunnen jullie dit nakijken? Ons dossiernummer bij jullie is {n:ticket_number}, klantnr. {p:customer_number}.\n\nDe gasten uit Canada komen met vlucht {n:flight_number} aan, dus de shuttle graag om {n:time}.",
]),
("tax", "chat", [
 "Hee, jullie vroegen om mijn BSN voor de machtiging: {p:bsn}. Geboortedatum {p:date_of_birth}. Is dat genoeg of moet ik ook een kopie ID sturen?",
 "de DigiD sms-code is {p:otp} , snel invullen want hij verloopt zo",
 "Mijn inlog voor het klantportaal: {p:username} / {p:password}\nIk zie aangifte {n:year} nog niet staan",
 "Goedemiddag, teruggave graag naar {p:iban} ipv de oude rekening. BSN partner is {p:bsn=nl}. Groet",
]),
("tax", "mail", [
 "Beste {f:agent},\n\nHierbij de ontbrekende gegevens voor de aangifte inkomstenbelasting {n:year}:\n- BSN: {p:bsn=nl}\n- BSN fiscaal partner: {p:bsn=nl2}\n- Geboortedatum: {p:date_of_birth}\n- Rekeningnummer: {p:iban}\n- Hypotheek (rente {n:percentage}): leningdeel {n:order_number}\n\nDe jaaropgave van de bank laat {n:amount} aan rente zien. Mijn relatienummer bij jullie kantoor is {p:customer_number}.",
 "Ik probeer in te loggen op het nieuwe portaal maar krijg foutmelding {n:error_code}. Tijdelijk wachtwoord uit jullie mail was {p:password}, daarna heb ik {p:password=new} ingesteld. Gebruikersnaam is {p:username}. Verificatiecode via de app: {p:otp}. Ik werk op {n:version_string}.\n\nKunnen jullie me bellen op {p:phone}? Liefst na {n:time}.",
]),
("parking", "chat", [
 "Parkeersessie stopt niet!! Al {n:quantity} bezig, kenteken is gewoon uitgelogd. Account {p:email}, klantnr {p:customer_number}",
 "ik heb twee keer {n:amount} afgeschreven gekregen op {n:date} voor 1 parkeeractie. kaart {p:card}",
 "Inloggen lukt niet, ww vergeten link werkt niet. Mijn mobiel is {p:phone} en de code die ik kreeg: {p:otp}",
 "Hoi, kunnen jullie mijn incasso wijzigen naar {p:iban}? Oude was {n:masked_value}.",
]),
("parking", "mail", [
 "Geachte heer/mevrouw,\n\nOp {n:date} om {n:time} heb ik via uw app geparkeerd in zone 1405. Toch kreeg ik een naheffing (kenmerk {n:ticket_number}) van {n:amount}. In de app staat de sessie gewoon actief (screenshot bijgevoegd, appversie {n:version_string}).\n\nMijn gegevens:\nNaam: {f:name}\nAdres: {p:address}\nKlantnummer: {p:customer_number}\nE-mail: {p:email}\n\nIk verzoek u de kosten te vergoeden op {p:iban}.",
 "Wij zijn met de zaak overgestapt op een zakelijk account. Onze API-koppeling geeft {n:error_code} sinds de update. Gebruikte key: {p:api_key}\nDe bearer token uit de dev-portal: {p:token}\nRequest-ID uit de response: {n:request_id}. Het gaat om KvK {n:company_registration}.",
]),
("micromobility", "chat", [
 "scooter laat me niet stoppen met de rit, al {n:amount} aan kosten. account {p:email} tel {p:phone}",
 "Mijn pas is gestolen, graag blokkeren. Kaartnummer {p:card} exp {p:card_expiry} cvc {p:cvv}",
 "Hoi, ik heb een boete gekregen voor een fiets die ik om {n:time} al had teruggezet bij station. Lidnummer {p:customer_number}",
 "de verificatiecode {p:otp=words} werkt niet, ik krijg steeds 'ongeldige code'",
]),
("micromobility", "mail", [
 "Hallo,\n\nOp {n:date} ben ik gevallen met een van jullie deelscooters (scooter-ID {n:product_code}) doordat de rem het niet deed. Ik heb schade aan mijn telefoon ({n:model_number}) en een rekening van de huisarts van {n:amount}.\n\nMijn gegevens voor de schadeafhandeling:\n{f:name}\n{p:address}\nGeboren: {p:date_of_birth}\nTel.: {p:phone}\nRekening: {p:iban}\n\nMijn account gebruikersnaam is {p:username}.",
 "Sinds de update naar {n:version_string} kan ik niet meer inloggen. De app vraagt om een pincode, ik heb {p:pin} ingesteld maar die wordt niet geaccepteerd. Daarna heb ik mijn wachtwoord gereset naar {p:password}. Nog steeds niks. Mijn IP is {p:ip_address} als dat helpt. Abonnementsnummer {p:customer_number}.",
]),
("cleaning", "chat", [
 "Hoi, de schoonmaker komt morgen om {n:time}. Sleutel ligt in het kastje naast de deur, code {p:pin=door}. Alarm uitzetten met {p:pin=4}",
 "Graag de factuur naar {p:email} ipv mijn oude mail. Adres blijft {p:address}",
 "wifi voor de robotstofzuiger die jullie installeren: netwerk Ziggo-5G-thuis, wachtwoord {p:wifi_key}",
 "Kunnen jullie mijn abonnement ({p:customer_number}) pauzeren van {n:date} tot {n:date=2}? We zijn op vakantie",
]),
("cleaning", "mail", [
 "Goedemiddag,\n\nIk wil graag een vaste schoonmaak aanvragen voor ons nieuwe huis:\n\n{p:address}\n\nWe zijn {n:quantity} in huis, ca. 140 m2. Bereikbaar op {p:phone} of {p:phone=2}. De code van de sleutelkluis bij de achterdeur is {p:pin=door}, de hond is lief.\n\nBetaling graag via automatische incasso van {p:iban}.",
 "Hierbij mijn klacht over de schoonmaak van {n:date}. Er is een vaas gebroken (waarde {n:amount}, productcode {n:product_code}). Uw medewerker gaf aan dat dit via de verzekering zou gaan. Mijn klantnummer is {p:customer_number} en mijn geboortedatum {p:date_of_birth} (daar vroeg uw collega om). Factuur {n:invoice_number} betaal ik pas als dit is opgelost.",
]),
("repair", "chat", [
 "Toestel ligt bij jullie voor schermreparatie ({n:model_number}). Ontgrendelcode is {p:pin=6}, apple id {p:email} ww {p:password}",
 "SIM is geblokkeerd na reparatie. PUK staat op het kaartje: {p:puk}. SIM pin {p:pin=4}",
 "Hoi, jullie monteur kon niet op de router. Admin wachtwoord is {p:password} en het wifi wachtwoord {p:wifi_key}. Router ip {p:ip_address=lan}",
 "Wanneer is mijn laptop klaar? Reparatienummer {n:order_number}, al {n:quantity} gewacht",
]),
("repair", "mail", [
 "Beste mensen van {f:brand},\n\nIk breng morgen mijn laptop ({n:model_number}, Windows build {n:version_string}) langs. Om de data te redden hebben jullie de login nodig:\n\nGebruiker: {p:username}\nWachtwoord: {p:password}\nBitLocker herstelsleutel staat in mijn account, code daarvoor was {p:otp}.\n\nIk heb ook een externe schijf, checksum van de backup: {n:checksum}. Graag bellen op {p:phone} als het langer duurt dan {n:quantity}.",
 "De remote support sessie viel weg. De teamviewer-ID die ik doorgaf was {n:request_id}, wachtwoord {p:password}. Mijn vaste IP op kantoor is {p:ip_address} en de VPN draait op poort {n:port}. De tech vroeg ook om een token uit het beheerpaneel: {p:token}\n\nFactuur graag op naam van het bedrijf, KvK {n:company_registration}, btw {n:company_registration=btw}.",
]),
("any", "pub", [
 "{n:mention} al {n:quantity} in de wacht bij jullie klantenservice ({n:company_phone}). Dit is echt belachelijk {n:hashtag}",
 "{n:mention} ik heb jullie 3x gemaild over {n:ticket_number} en niks gehoord. Bel me gewoon: {p:phone}",
 "Waarom vraagt {n:mention} via DM om mijn wachtwoord?? Ik heb {p:password} dus maar gestuurd, was dat dom? {n:hashtag}",
 "{n:mention} jullie site ({n:url}) geeft {n:error_code} bij betalen. Nu {n:amount} dubbel afgeschreven {n:hashtag} {n:hashtag=2}",
 "{n:mention} mijn klantnummer is {p:customer_number}, kunnen jullie ff kijken waarom mijn factuur {n:percentage} hoger is?",
 "{n:mention=user} zelfde probleem hier met {n:mention}, {n:date} nog steeds niks opgelost",
]),
("any", "agent", [
 "Hoi {f:first}, vervelend dat het inloggen niet lukt! Ik heb je account ({p:email}) ontgrendeld. Je kunt een nieuw wachtwoord instellen via {n:url}. Groetjes, {f:agent}",
 "Dank voor het doorgeven. Ik zie de betaling van {n:amount} op {n:date} binnenkomen van rekening {n:masked_value}. Zaaknummer {n:ticket_number}. ^{f:agent}",
 "Hallo {first_name}, om je te helpen hebben we je klantnummer nodig. Deel je wachtwoord nooit met ons! Bel ons gerust op {n:company_phone} (ma-vr tot {n:time}). Gr. {f:agent}",
 "Hi {f:first}, ik heb je adres aangepast naar {p:address} en je telefoonnummer naar {p:phone}. Je ontvangt een bevestiging op {p:email}. Fijne dag! {f:agent}",
 "Beste {f:first}, de terugbetaling van {n:amount} (factuur {n:invoice_number}) staat klaar en wordt binnen {n:quantity} overgemaakt naar {p:iban}. Met vriendelijke groet, {f:agent}",
 "Hoi! We hebben je code <code> per sms gestuurd naar {n:masked_value}. Krijg je niks? Check of je app {n:version_string} hebt. ^{f:agent}",
 "Ik zie dat je klantnummer {p:customer_number} nog op het oude adres staat. Klopt {p:address} nog? Zo niet, stuur ons even een DM. {f:agent}",
 "Hallo {f:first}, jouw afspraak staat op {n:date} om {n:time}. Het referentienummer is {n:order_number}. Tot dan! Groet, {f:agent}",
]),
]
# Balanced extra groups: each even/odd pair covers the same value types with different phrasing.
G += [
("any", "chat", [
 "Ik krijg {n:error_code} in de app ({n:version_string}). Mijn api key voor de koppeling: {p:api_key} en token {p:token}",
 "Koppeling met ons boekhoudpakket faalt. Sleutel = {p:api_key}, access token = {p:token}, foutcode {n:error_code} sinds {n:version_string}",
 "nieuwe simkaart zit erin maar vraagt PUK. PUK-code: {p:puk}. Toestel is een {n:model_number}",
 "{n:model_number} na reparatie terug, maar sim geblokkeerd. puk {p:puk} werkt ook niet??",
 "Wifi thuis heet 'Devries_gast' en de sleutel is {p:wifi_key}. Router staat op {p:ip_address}, poort {n:port} staat open",
 "voor de installatie: netwerksleutel {p:wifi_key} (SSID KPN-7F2A), modem ip {p:ip_address}, portforward {n:port}",
 "Betaald met {p:card}, vervalt {p:card_expiry}, cvc {p:cvv}. Request id in de foutmelding: {n:request_id}",
 "creditcardnr {p:card} geldig t/m {p:card_expiry} beveiligingscode {p:cvv} — maar ik krijg {n:request_id} als referentie en geen bevestiging",
 "BSN {p:bsn=nl} en IBAN {p:iban} staan al in mijn profiel, checksum van het bestand was {n:checksum}",
 "mijn burgerservicenummer is {p:bsn=nl}, rekening {p:iban}. Upload gaf hash {n:checksum}",
]),
("any", "mail", [
 "Beste,\n\nIk had jullie gisteren gebeld ({n:company_phone}) over mijn account. Gebruikersnaam {p:username}, oude wachtwoord {p:password}, nieuwe {p:password=new}. De sms-code {p:otp} kwam pas na {n:quantity} binnen.\n\nOok is mijn geboortedatum verkeerd overgenomen: het moet {p:date_of_birth} zijn, niet {n:date}. Klantnummer {p:customer_number}, adres {p:address}.",
 "Hallo,\n\nNaar aanleiding van het telefoongesprek (uw nummer {n:company_phone}): mijn login is {p:username}. Het wachtwoord was {p:password}, dat heb ik nu veranderd in {p:password=new}. De verificatiecode {p:otp} was al verlopen.\n\nMijn geboortedatum staat verkeerd, dat moet {p:date_of_birth} zijn. Klantnr {p:customer_number}. Woonadres: {p:address}.",
]),
]
