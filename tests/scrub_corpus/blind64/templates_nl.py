# Dutch (nl + nl-be) templates.  {s:type[.key]} = labelled value, {n:kind} = hard negative,
# {f:pool} = unlabelled filler, <<a|b>> = inline alternative.
G = {}

G["nl_pharmacy"] = [
    "Goedemiddag, ik wil graag mijn herhaalrecept voor {f:med} ophalen maar de app zegt dat mijn geboortedatum niet klopt. Ik ben geboren op {s:date_of_birth} en mijn {f:bsncue} is {s:bsn}. Kunnen jullie dat checken?",
    "hoi, {n:quantity} {f:med} besteld ({n:order_number}) maar nog steeds niet klaar?? mijn nummer is {s:phone} bel me maar even",
    "Ik heb de machtiging voor de incasso ingetrokken omdat jullie twee keer {n:amount} hebben afgeschreven. Graag terugstorten op <<rekening|IBAN|rekeningnr>> {s:iban} t.n.v. {f:fullname}.",
    "Mijn moeder ({f:fullname}, geb. {s:date_of_birth}) krijgt haar medicijnen via de baxterrol. Ze is verhuisd naar {s:address}. Wil je het adres aanpassen? Het afleveradres staat nog op de oude straat.",
    "Inloggen op de apotheek-app lukt niet. Gebruikersnaam {s:username} en ww {s:password} , ik krijg {n:error_code}. Versie {n:version_string} op mijn telefoon",
    "Kunnen jullie het recept van {f:doctor} doorzetten naar de afhaalkluis? De pincode die ik kreeg ({s:pin}) werkt niet, kluis 12 bleef dicht om {n:time}.",
    "Ik kreeg een sms met code {s:otp} om mijn account bij de apotheek te bevestigen maar ik had niks aangevraagd?? Klantnummer {s:customer_number}",
    "Beste apotheek,\nHet bedrag van {n:amount} voor de {f:med} is niet vergoed door mijn verzekeraar. Mijn polisnummer is {s:customer_number}. Kunnen jullie de declaratie opnieuw indienen? Productcode {n:product_code}.",
    "graag bezorgen op {s:address} ipv ophalen, ik lig met een gebroken enkel. tel {s:phone} of mail {s:email}",
    "Hallo, in de app staat mijn {f:bsncue} verkeerd: {s:bsn} moet het zijn, niet het nummer dat er nu staat ({n:masked_value.any}). Graag aanpassen.",
    "Mijn pinpas is blijkbaar geweigerd bij het afrekenen. Kan ik online betalen met creditcard? {s:card} exp {s:card_expiry} cvc {s:cvv}",
    "wanneer is de {n:quantity} {f:med} binnen? bestelnummer {n:order_number}, moet morgen om {n:time} op vakantie (vlucht {n:flight_number})",
]

G["nl_dentist"] = [
    "Goedendag, ik heb een factuur ontvangen van {n:amount} (factuurnummer {n:invoice_number}) voor een behandeling op {n:date}. Die is volgens mij al betaald via {s:iban}. Graag uitzoeken.",
    "Hoi! Ik wil een betalingsregeling voor de tandartsrekening van {n:amount}. Mijn patiëntnummer is {s:customer_number}, geboortedatum {s:date_of_birth}.",
    "Kunnen jullie mijn afspraak van {n:date} om {n:time} verzetten? Ik ben bereikbaar op {s:phone}. Groetjes {f:first}",
    "Ik heb geprobeerd in te loggen op het betaalportaal maar ik krijg steeds een code per mail ({s:otp}) die direct verloopt. Mijn login is {s:username}.",
    "de rekening voor mijn zoon {f:first} (geb {s:date_of_birth}) is naar het verkeerde adres gestuurd. Wij wonen op {s:address}",
    "Er is {n:amount} geïncasseerd van rekening {s:iban} terwijl de verzekering {n:percentage} zou vergoeden. Wat klopt er niet? Nota {n:invoice_number}",
    "Hallo, de controle-afspraak staat in het systeem op naam van mijn ex. Graag mijn gegevens: {f:fullname}, {s:date_of_birth}, {f:bsncue} {s:bsn}, {s:email}",
    "Mijn kroon is afgebroken. Kan ik vandaag nog terecht? Spoed, bel {s:phone} aub!!",
    "Beste mevrouw/meneer, ik heb {n:amount} te veel betaald voor de bleaching. Wilt u het verschil terugstorten naar {s:iban}? Met vriendelijke groet",
]

G["nl_gp_portal"] = [
    "Ik kom niet meer in het patiëntenportaal van de huisarts. Gebruikersnaam: {s:username}\nWachtwoord: {s:password}\nIk krijg foutmelding {n:error_code}. Kunnen jullie mijn account resetten?",
    "Goedemorgen, ik heb een nieuw telefoonnummer: {s:phone}. Het oude nummer krijgt nog steeds de sms-codes voor het portaal. Mijn geboortedatum is {s:date_of_birth}.",
    "de sms code die ik krijg is {s:otp} maar hij zegt 'ongeldig'. Al 3x geprobeerd. ip-adres volgens de melding: {s:ip_address}",
    "Hallo, ik wil graag een e-consult maar de app vraagt om een activatiecode. Ik heb de brief met code {s:otp} gekregen maar die is verlopen op {n:date}.",
    "Wil de assistente mij terugbellen over de uitslag? Tel {s:phone} (na {n:time}). {f:bsncue} {s:bsn}.",
    "Mijn dochter is 16 geworden en moet nu zelf inloggen. Haar e-mail is {s:email}, geboren {s:date_of_birth}. Hoe koppelen we dat?",
    "Ik heb mijn wachtwoord gewijzigd van {s:password} naar {s:password} maar kan nog steeds niet inloggen. Request id {n:request_id}",
    "Kunt u het herhaalrecept voor {f:med} klaarzetten bij apotheek? Geboortedatum {s:date_of_birth}, adres {s:address}.",
    "Het portaal blijft hangen op de inlogpagina sinds de update naar {n:version_string}. Ik gebruik een {n:model_number}? nee sorry gewoon een laptop. Wat moet ik doen?",
]

G["nl_insurer"] = [
    "Ik heb op {n:date} een declaratie ingediend (declaratienummer {n:ticket_number}) voor {n:amount} maar nog niets ontvangen. Relatienummer {s:customer_number}, uitbetalen op {s:iban}.",
    "Graag wijzig ik mijn rekeningnummer voor de automatische incasso naar {s:iban}. Polisnummer: {s:customer_number}. Geboortedatum verzekeringnemer {s:date_of_birth}.",
    "Hoezo is mijn eigen risico {n:year} al opgebruikt? Ik heb alleen {n:amount} aan de apotheek betaald. Lidnummer {s:customer_number}",
    "Mijn pas is gestolen. Nieuwe zorgpas sturen naar {s:address} graag. {f:bsncue} {s:bsn}",
    "Ik heb een medische rekening uit het buitenland (Spanje, na vlucht {n:flight_number}). Kan ik die declareren? Ik heb met creditcard {s:card} betaald, {n:amount}.",
    "Bij het inloggen op Mijn omgeving vraagt hij om een wachtwoord dat ik niet meer weet. Mijn gebruikersnaam is {s:username}. Het oude was {s:password} denk ik",
    "Ik krijg thuisdialyse en wil de stroomvergoeding aanvragen. Meterstand begin: {n:meter_reading}, eind: {n:meter_reading}. Klantnummer {s:customer_number}",
    "Jullie hebben {n:amount} dubbel afgeschreven van {s:iban}!! Terugstorten aub. Mijn tel: {s:phone}",
    "Ik wil overstappen per 1 januari {n:year}, mijn man ({s:date_of_birth}) en ik ({s:date_of_birth}) samen. Ons adres: {s:address}. Mail: {s:email}",
    "Hierbij de gegevens voor de machtiging:\nNaam: {f:fullname}\nIBAN: {s:iban}\n{f:bsncue}: {s:bsn}\nGeboortedatum: {s:date_of_birth}\nPolisnummer: {s:customer_number}",
]

G["nl_hospital"] = [
    "Ik heb een rekening van {n:amount} gekregen van het ziekenhuis voor een behandeling op {n:date} die gewoon onder de basisverzekering valt. Patiëntnummer {s:customer_number}.",
    "Geachte afdeling patiëntenadministratie, mijn adres is gewijzigd in {s:address}. Graag ook de post voor {f:first} daarheen. Geboortedatum {s:date_of_birth}.",
    "De DigiD-inlog op het patiëntenportaal werkt, maar daarna {n:error_code}. Mijn ziekenhuisnummer is {s:customer_number}.",
    "Ik heb een afspraak op {n:date} om {n:time} bij de cardioloog. Kan ik parkeren met de code {s:pin} die ik in de brief kreeg? Die werkt niet bij de slagboom.",
    "Kunnen jullie de factuur {n:invoice_number} sturen naar {s:email} ipv per post? Mijn {f:bsncue} is {s:bsn}.",
    "Hallo, mijn vader ligt op afdeling 4 en heeft zijn tablet mee. Wat is het wifi-wachtwoord voor patiënten? Hij zegt dat zijn eigen hotspot {s:wifi_key} ook niet werkt",
    "Het bedrag van {n:amount} is per abuis van de creditcard van mijn vrouw afgeschreven ({n:masked_value}). Graag terugboeken op {s:iban}.",
]

G["nl_optician_physio"] = [
    "Ik wil mijn lenzenabonnement opzeggen. Abonnementsnummer {s:customer_number}. Incasso loopt via {s:iban}, graag per {n:date} stoppen.",
    "Hoi, kan ik mijn fysio-afspraak van {n:time} verplaatsen? Tel {s:phone}. Ik heb nog {n:quantity} over volgens de verwijzing.",
    "De nieuwe bril ({n:model_number}? nee dat is mijn bloeddrukmeter haha) is klaar zegt de sms. Bezorgen op {s:address} kan dat?",
    "Hallo, de rekening van de fysiotherapeut ({n:amount}) wordt niet vergoed omdat mijn aanvullende pakket maar {n:quantity} dekt. Mijn klantnummer bij jullie is {s:customer_number}",
    "Goedemiddag, voor de oogmeting heb ik uw formulier ingevuld: {f:fullname}, {s:date_of_birth}, {s:address}, {s:phone}. Betaald met {s:card}.",
    "Mijn {n:model_number} koppelt niet met de app van de fysio. Inlog: {s:email} / {s:password}. App versie {n:version_string}",
]

G["nl_homecare"] = [
    "Voor de wijkverpleging: de sleutel hangt in het kluisje naast de voordeur, code {s:pin}. Adres is {s:address}. Bellen bij problemen {s:phone}",
    "De personenalarmering moet op de wifi. Netwerk is Ziggo-5G en het wachtwoord {s:wifi_key}. Kunnen jullie de monteur dat doorgeven?",
    "Mijn moeder haar telefoon vraagt om een PUK code, de pincode {s:pin} 3x fout. PUK volgens het kaartje: {s:puk}. Ze kan nu de zorg-app niet gebruiken.",
    "Nieuwe code van het sleutelkastje bij {s:address}: {s:pin} (oude was {s:pin}). Graag in het dossier zetten, cliëntnummer {s:customer_number}",
    "Hoi, de zorgverlener kwam om {n:time} niet binnen. Alarmcode van het huis is {s:pin}, kluisje {s:pin}. Mvg {f:first}",
]

G["nl_it"] = [
    "Wij zijn een huisartsenpraktijk en de koppeling met het portaal geeft {n:error_code} op poort {n:port}. Onze API key is {s:api_key}, request {n:request_id}. Kunnen jullie kijken?",
    "De reset-link werkt niet: {n:url} geeft een foutmelding. Token in de mail was {s:token}. Praktijk-login {s:username}",
    "Voor de apotheekkoppeling: client secret {s:api_key}, bearer token {s:token}. Download checksum {n:checksum} klopt ook niet.",
]

G["nl_public"] = [
    "{n:mention} al 3 weken wachten op terugbetaling van {n:amount}. Declaratie {n:ticket_number}. Wat is dit?! {n:hashtag}",
    "{n:mention} kunnen jullie mij bellen? {s:phone}. Niemand neemt op bij {n:company_phone} {n:hashtag}",
    "Weer geen herhaalrecept klaar {n:mention} {n:hashtag} {n:hashtag}",
    "{n:mention} jullie hebben {n:amount} afgeschreven van {s:iban} zonder machtiging. Graag contact via {s:email}",
    "{n:mention} mijn eigen risico {n:year} klopt niet, ben {n:percentage} van de kosten kwijt. klantnr {s:customer_number}",
    "Lieve {n:mention} de app zegt {n:error_code} na update {n:version_string}, iemand anders ook? {n:hashtag}",
    "{n:mention} dm gestuurd, mijn klantnummer is {s:customer_number} en mijn geboortedatum {s:date_of_birth}, pls reageer",
]

G["vl_extra"] = [
    "Dag, ik heb de getuigschriften voor verstrekte hulp binnengebracht op {n:date} maar nog geen terugbetaling gezien. Mijn rijksregisternummer is {s:bsn}, rekeningnummer {s:iban}. Alvast bedankt!",
    "Hallo, ik kan niet inloggen met itsme op de site van de mutualiteit. Mijn lidnummer is {s:customer_number}. Ik krijg {n:error_code}. Kan ik een paswoord aanvragen? Mijn gsm is {s:phone}",
    "Goeiemiddag, de apotheker zegt dat mijn voorschrift niet in het systeem staat. Rijksregisternummer {s:bsn}, geboren {s:date_of_birth}. Kunnen jullie dat nakijken aub?",
    "Ik heb een factuur van het ziekenhuis van {n:amount} gekregen, dat is het remgeld? Patiëntennummer {s:customer_number}. Ik woon op {s:address}",
    "De PIN-code van mijn eID is {s:pin} maar MyHealth blijft zeggen dat die fout is. Mag ik de PUK {s:puk} gebruiken of wordt de kaart dan geblokkeerd?",
    "Voor de domiciliëring: nieuw rekeningnummer {s:iban}, op naam van {f:fullname}. Mijn lidnummer {s:customer_number}. Mvg",
    "Allee, al drie keer gebeld naar {n:company_phone}. Kan iemand mij terugbellen op {s:phone}? Het gaat over dossier {n:ticket_number}",
    "hey, mijn paswoord voor de tandarts-app is {s:password} en gebruikersnaam {s:username}, maar ik zie mijn afspraak van {n:date} nie meer staan",
    "Wij verhuizen naar {s:address} vanaf {n:date}. Graag de hospitalisatieverzekering aanpassen. Polis {s:customer_number}, e-mail {s:email}",
    "Mijn thuisverpleegster moet binnen kunnen: de code van de sleutelkluis is {s:pin}. Adres {s:address}. Dank u!",
    "Kunnen jullie de bevestigingscode nog eens sturen? De vorige ({s:otp}) was al vervallen. Mijn e-mailadres is {s:email}",
    "{n:mention} al 2 maanden wachten op de terugbetaling van de kiné, {n:amount}! {n:hashtag}",
]

AGENT = [
    "Hoi {f:first}, bedankt voor je bericht. Ik heb je nieuwe rekeningnummer {s:iban} verwerkt. De terugbetaling van {n:amount} volgt binnen 5 werkdagen. Groet, {f:agent}",
    "Dag {f:first}, vervelend dat het inloggen niet lukt! Deel nooit je wachtwoord met ons, ook niet via DM. Ik heb een nieuwe activatiecode gestuurd naar {s:email}. ^{f:agent}",
    "Beste {f:first}, uw adres is aangepast naar {s:address}. Uw klantnummer blijft {s:customer_number}. Met vriendelijke groet, {f:agent} | {f:brand}",
    "Hallo {f:first}, we bellen je vandaag tussen {n:time} en {n:time} op {s:phone}. Kenmerk {n:ticket_number}. Groetjes {f:agent}",
    "Hoi! Om je goed te helpen hebben we je geboortedatum en postcode nodig. Stuur je die in een privébericht? Nooit je BSN of pincode delen hier. {f:agent}",
    "Dag {f:first}, ik zie dat factuur {n:invoice_number} van {n:amount} op {n:date} is voldaan via {n:masked_value.any}. Er staat niets meer open. Fijne dag! {f:agent}",
    "Beste {f:first}, je declaratie {n:ticket_number} is goedgekeurd. We maken {n:amount} over naar {s:iban}. Vragen? Bel {n:company_phone} of kijk op {n:url}.",
    "Hoi {f:first}, je wachtwoord is gereset. Je tijdelijke wachtwoord is {s:password}, wijzig dit meteen na inloggen. Gebruikersnaam: {s:username}. Groet, {f:agent}",
    "Dag {f:first}, we hebben de code van het sleutelkluisje ({s:pin}) genoteerd in je cliëntdossier {s:customer_number}. De wijkverpleging komt morgen om {n:time}. {f:agent}",
    "Goedemiddag, bedankt voor het doorgeven. Het herhaalrecept ({n:quantity} {f:med}) ligt vanaf {n:date} klaar. Afhaalcode: {s:pin}. Team {f:brand}",
]

G["nl_it"] += [
    "Sinds de update van ons HIS ({n:version_string}) weigert de server verbindingen op poort {n:port}. X-Api-Key: {s:api_key}\nRequest-ID {n:request_id}, sha256 van het bestand: {n:checksum}. Graag voor {n:year} opgelost.",
    "Sessie verlopen? Authorization: Bearer {s:token} geeft {n:error_code}. Testaccount {s:username} / {s:password}",
]
G["nl_homecare"] += [
    "De zorgtelefoon van mijn vader is op slot. Hij heeft de pin ({s:pin}) te vaak fout ingetikt, de PUK-code op het plastic kaartje is {s:puk}. Wie kan helpen? Ik ben bereikbaar op {s:phone}",
    "Voor het installeren van de beeldzorg-tablet: wifi ‘Huize{f:last}’ met sleutel {s:wifi_key}. Deurcode {s:pin}. Adres: {s:address}",
]
G["nl_insurer"] += [
    "Vergoeding stroomkosten thuisdialyse {n:year}: meterstand op {n:date} was {n:meter_reading}, nu {n:meter_reading}. Relatienummer {s:customer_number}, rekening {s:iban}",
    "Ik heb de brief over de premie van {n:year} ontvangen ({n:amount} per maand). Mijn inlog werkt niet meer, gebruikersnaam {s:username}, ik zit op IP {s:ip_address} als dat helpt",
]
G["vl_extra"] += [
    "Dag, mijn lidkaart van de mutualiteit is verloren. Graag een nieuwe sturen naar {s:address}. Rijksregisternummer {s:bsn}. Mijn gsm is {s:phone}",
    "Mijn eID is geblokkeerd na 3x foute pincode. Ik heb de PUK-brief nog: {s:puk}. Kan ik zo toch inloggen op de site van het ziekenfonds? Lidnummer {s:customer_number}",
]
