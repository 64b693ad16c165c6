"""Dutch (nl) and Flemish (be) templates. Syntax: {type} span, {type#k} repeated span value,
{n:kind} hard negative, {f:pool} unlabelled filler. Each list is one group, dealt alternately."""

CHAT_NL = [
    "Hoi, mijn koffer is niet aangekomen in {f:dest} na vlucht {n:flight_number}. Bagagenummer {n:tracking_number}. Polisnummer {cust}. Wat nu??",
    "ik sta hier in {f:dest} zonder koffer al {n:qdays} lang. polis nr is {cust} en mijn 06 is {phone}. pls bel me",
    "Vlucht {n:flight_number} van {n:time} is gecanceld!! Nieuwe vlucht pas {n:date}. Hotel kost {n:amount} extra, wordt dat vergoed? reisverzekering {cust}",
    "Goedemiddag, ik wil schade melden. Huurauto in {f:dest} beschadigd bij parkeren. Km-stand bij inleveren {n:meter_reading}. Mijn polisnummer: {cust}",
    "Kan iemand mij helpen? Ik kom niet meer in de app. Gebruikersnaam {user} wachtwoord {password} en hij zegt steeds {n:error_code}",
    "dringend!! creditcard gestolen op het strand. kaartnummer was {card} , graag blokkeren. ik zit nu in {f:dest}",
    "Mijn vader (geb. {dob}) ligt in het ziekenhuis in {f:dest}. Hij is verzekerd onder nummer {cust}. Wie kan ons bellen op {phonef}?",
    "Hallo! De sleutelkluis bij het appartement heeft code {pin} maar werkt niet, verhuurder neemt niet op. Is dit gedekt?",
    "heb de sms-code {otp} gekregen maar de site zegt dat hij verlopen is. Ik probeer mn declaratie in te dienen",
    "Waar blijft mijn geld? Claim {n:ticket_number} ingediend op {n:date}. Rekening {iban}. Al {n:qdays} gewacht.",
    "Beste, mijn nieuwe adres is {addr}, graag aanpassen op polis {cust} voor we op reis gaan",
    "wifi code van het hotel is {wifi} maar ik kan alsnog niet inloggen op jullie portal, foutcode {n:error_code}",
    "vlucht {n:flight_number} geannuleerd, boekingscode {n:order_number}. Kunnen jullie het geld ({n:amount}) terugstorten op {iban}?",
    "Hey, nieuwe pincode van mn reserve telefoon is {pin}, puk staat hier: {puk}. Wil alleen weten of mijn simkaart in {f:dest} werkt",
    "Mijn BSN is {bsn} als jullie dat nodig hebben voor de zorgkosten in het buitenland",
    "{n:mention} al {n:qdays} wachten op vertrek in {f:dest}, vlucht {n:flight_number}. Geen eten geen info. {n:hashtag}",
    "{n:mention} mijn koffer is weg ({n:tracking_number}) en niemand neemt de telefoon op. Bel mij aub {phone} {n:hashtag}",
    "Goeiedag, ik ben in {f:dest} bij de dokter geweest, rekening {n:amount}. Mag ik die mailen naar jullie? Mijn email {email}",
    "Ik heb de verkeerde verificatiecode gekregen: {otp}. Hoe kan ik die opnieuw laten sturen? mijn klantnummer is {cust}",
    "Nummer van onze reisgenoot die het ongeluk zag: {phonef}. Schadenummer {n:ticket_number}",
    "mn kaart is ingeslikt door automaat in {f:dest}. laatste cijfers {n:masked_value}. volledige nr {card}, verloopt {exp}",
    "Ik heb mijn wachtwoord veranderd naar {password} maar nu werkt de app helemaal niet meer (versie {n:version_string})",
    "Hallo, via {n:url} gaat het mis. Inlog: {user} / {password}",
    "Hoteleigenaar wil borg terug storten, welke gegevens heb ik nodig? Dit is mijn iban {iban} en ik ben geboren op {dob}",
    "code van de poort van de vakantiewoning = {pin} , alarmcode {pin}. Schrijf ik dit even hier zodat de expert erin kan",
    "Lieve mensen van {f:insurer}, ik ben {n:qdays} te laat thuis door staking. Mijn lidnummer {ff} van {f:airline}. Polis {cust}. Wat krijg ik terug?",
    "Tandarts in {f:dest} kost {n:amount}. Polis {cust}, geb datum {dob}. Graag snel reactie want ik moet vandaag betalen",
    "Koffer kapot aangekomen, wiel eraf. Foto's gestuurd naar {n:url}. Dossier {n:ticket_number}, telnr {phone}",
]

CHAT_BE = [
    "Amai, vlucht {n:flight_number} naar {f:dest} is afgelast en ik krijg niemand aan de lijn. Mijn gsm: {phone}. Polis {cust}",
    "Goeiendag, ons valies is niet meegekomen. Referentie {n:tracking_number}. Kunt ge mij terugbellen op {phone}?",
    "ik heb mijn rijksregisternummer nodig gegeven aan de receptie: {nrn}, is dat normaal?? ben ongerust",
    "Mijn bankkaart is gestolen in {f:dest}, kaartnr {card} vervaldatum {exp}. Blokkeren aub!!",
    "Hallo, de huurwagen van {f:rental} had al een deuk. Contractnr {n:order_number}. Mijn klantnummer bij jullie: {cust}",
    "ge moogt het geld storten op {iban}, op naam van {f:first} {f:last}",
    "{n:mention} 4de keer dat ik bel. Dossier {n:ticket_number}. Ik wil gewoon mijn {n:amount} terug {n:hashtag}",
    "Kan ik mijn paswoord resetten? Login is {user}. Het oude was {password}",
    "de verificatiecode die ik krijg is {otp} maar er staat 'ongeldig'",
    "Mijn adres: {addr}. Gelieve de documenten daar naartoe te sturen, niet naar het oude adres",
    "Zoon is gevallen op skivakantie, ziekenhuis in Oostenrijk vraagt {n:amount} voorschot. Hij is geboren {dob}, rijksregister {nrn}",
    "wifi in ons appartement: netwerk {f:ssid} paswoord {wifi}. werkt niet, en ik moet mijn schadeformulier uploaden",
    "Euh, de code van de sleutelkastje is {pin}? Of moet ik die van jullie krijgen?",
    "Mijn e-mailadres is veranderd naar {email}. Polisnummer {cust}.",
]

EMAIL_NL = [
    "Ik schrijf u vanuit {f:dest}, waar wij sinds {n:date} vastzitten. Onze vlucht {n:flight_number} is geannuleerd en de maatschappij ({f:airline}) biedt pas een vlucht aan op {n:date}.\n\nWij hebben zelf een hotel geboekt ({f:hotel}) voor {n:amount} per nacht. Mijn polisnummer is {cust} en onze boekingscode {n:order_number}.\n\nKunt u de kosten vergoeden op rekening {iban} t.n.v. {f:first} {f:last}?",
    "Bij aankomst op {f:dest} bleek mijn koffer zoek. Ik heb direct aangifte gedaan bij de bagagebalie, het dossiernummer is {n:tracking_number}.\n\nIk heb noodaankopen gedaan voor {n:amount} (bonnetjes in de bijlage). Mijn gegevens:\nPolisnummer: {cust}\nGeboortedatum: {dob}\nAdres: {addr}\nTelefoon: {phone}\nIBAN: {iban}",
    "Hierbij meld ik schade aan de huurauto die wij in {f:dest} hadden via {f:rental} (reserveringsnummer {n:order_number}). Bij het ophalen stond de kilometerstand op {n:meter_reading}.\n\nDe verhuurder heeft {n:amount} van mijn creditcard afgeschreven (kaart eindigend op {n:masked_value}). Ik verzoek u dit te vergoeden onder polis {cust}.",
    "Mijn moeder is in {f:dest} opgenomen in het ziekenhuis. Het ziekenhuis wil een garantieverklaring. Gegevens:\n\nNaam: {f:first} {f:last}\nGeb.datum: {dob}\nBSN: {bsn}\nPolis: {cust}\nBereikbaar via {phonef} (lokaal nummer) of {phone}",
    "Ik probeer al dagen in te loggen op Mijn Polis om mijn declaratie te uploaden, maar ik krijg steeds foutmelding {n:error_code}.\nMijn inlognaam is {user} en ik heb het wachtwoord al gereset naar {password}.\nDe sms-code ({otp}) komt wel binnen, maar daarna gebeurt er niets. Ik gebruik de app versie {n:version_string} op een {n:model_number}.",
    "Zoals telefonisch besproken stuur ik u hierbij de gegevens voor de terugbetaling van de annuleringskosten van onze reis naar {f:dest} ({n:qdays}, reissom {n:amount}).\n\nRekeningnummer: {iban}\nPolisnummer: {cust}\nFactuurnummer reisbureau: {n:invoice_number}\n\nHet annuleringspercentage was {n:percentage}.",
    "Graag wil ik mijn adres wijzigen. Het oude adres was {addr}; vanaf {n:date} wonen wij op {addr}.\nMijn klantnummer is {cust} en mijn e-mailadres blijft {email}.",
    "Tijdens onze vakantie is mijn telefoon gestolen. Ik heb mijn simkaart laten blokkeren. De nieuwe pincode van de sim is {pin} en de PUK {puk} (voor als jullie dat nodig hebben voor de aangifte?).\nModel: {n:model_number}, aankoopbedrag {n:amount}. Proces-verbaal nummer staat in de bijlage.",
]

EMAIL_BE = [
    "Wij waren op reis in {f:dest} en ons hotel ({f:hotel}) bleek overboekt. We moesten {n:qdays} elders verblijven, extra kost {n:amount}.\n\nPolisnummer: {cust}\nRijksregisternummer: {nrn}\nRekeningnummer: {iban}\nGsm: {phone}\n\nAlvast bedankt om dit op te volgen.",
    "Ik contacteer u in verband met mijn dossier {n:ticket_number}. Mijn valies is na {n:qdays} nog steeds niet terecht. Bagagereferentie: {n:tracking_number}.\nGelieve mij te contacteren op {phone} of via {email}. Mijn adres voor de levering: {addr}.",
    "Bij deze bezorg ik u de medische kosten van mijn dochter (geboren {dob}) na haar val in {f:dest}. Totaal: {n:amount}. Gelieve terug te storten op {iban}.\nKlantnummer: {cust}",
    "Ik kan niet inloggen op uw klantenzone. Gebruikersnaam: {user}. Ik krijg wel een code per sms ({otp}) maar daarna {n:error_code}. Kunnen jullie mijn account resetten?",
]

AGENT_NL = [
    "Hoi {f:first}, vervelend dat je koffer niet is aangekomen! Ik zie je melding onder polis {cust}. Stuur je de bonnetjes van noodaankopen via {n:url}? Groet, {f:agent}",
    "Beste {f:first}, bedankt voor je bericht. Voor spoedhulp in het buitenland bel je 24/7 onze alarmcentrale op {n:company_phone}. Je dossiernummer is {n:ticket_number}. ^{f:agent}",
    "Hi {f:first}! Ik heb je nieuwe adres ({addr}) verwerkt. Je ontvangt binnen {n:qdays} een bevestiging op {email}. Fijne reis! {f:agent}",
    "Dag {f:first}, de vergoeding van {n:amount} is vandaag overgemaakt naar rekening {n:masked_value}. Je kunt het zien in Mijn Polis. Groetjes {f:agent}",
    "Hoi {f:first}, stuur je liever geen wachtwoorden via DM 🙏 Ik zie dat je {password} hebt gedeeld, wijzig dat aub direct. Je kunt resetten via {n:url}. ^{f:agent}",
    "Hallo {f:first}, ik heb je gebeld op {phone} maar kreeg geen gehoor. Wil je ons terugbellen via {n:company_phone}? Vermeld claim {n:ticket_number}. Groet, {f:agent}",
    "Beste {f:first}, voor polis {cust} heb ik je geboortedatum nodig ter verificatie. Die staat bij ons als {dob}, klopt dat? ^{f:agent}",
    "Hi {f:first}, je vlucht {n:flight_number} valt onder de annuleringsdekking ({n:product_code}). Je krijgt {n:percentage} van {n:amount} terug op {iban}. Groet {f:agent}",
]

AGENT_BE = [
    "Dag {f:first}, bedankt voor uw bericht. We hebben uw dossier {n:ticket_number} doorgestuurd naar onze expert. U mag een telefoontje verwachten op {phone}. Met vriendelijke groeten, {f:agent}",
    "Hallo {f:first}, gelieve uw rijksregisternummer niet publiek te delen. Stuur ons een privébericht, dan helpen we u verder. {f:agent}",
    "Dag {f:first}, uw terugbetaling van {n:amount} gebeurt op rekening {iban} binnen {n:qdays}. Onze assistentie is bereikbaar op {n:company_phone}. Groetjes, {f:agent}",
    "Hoi {f:first}, ik zie dat uw klantnummer {cust} is. De huurwagenschade is gekend onder {n:ticket_number}. Nog een fijne vakantie! {f:agent}",
]

GREET_NL = ["Geachte heer/mevrouw,", "Beste {f:insurer},", "Goedemorgen,", "Hallo,", "Beste mensen,", "Geachte medewerker,", "Hoi,", "Goedenavond,"]
GREET_BE = ["Geachte,", "Beste,", "Dag,", "Goeiedag,", "Geachte heer, mevrouw,", "Hallo daar,"]
CLOSE_NL = ["Met vriendelijke groet,", "Groeten,", "Alvast bedankt,", "Mvg,", "Vriendelijke groeten,", "Dank u wel en groet,", "Gr.", "In afwachting van uw antwoord,"]
CLOSE_BE = ["Met vriendelijke groeten,", "Mvg,", "Alvast bedankt,", "Vriendelijke groet,", "Groetjes,", "Hoogachtend,"]
SIG_NL = [
    "{f:first} {f:last}",
    "{f:first} {f:last}\n{addr}\nTel. {phone}",
    "{f:first}\n\nVerzonden vanaf mijn iPhone",
    "{f:first} {f:last}\nM: {phone}\nE: {email}",
    "{f:first} {f:last} | {phone}",
    "{f:first} {f:last}\nPolisnummer {cust}\n\nVerstuurd vanaf mijn Samsung Galaxy-smartphone.",
    "fam. {f:last}\n{addr}",
    "{f:first}\n--\nOnderweg verstuurd, excuses voor de typfouten",
]
SIG_BE = [
    "{f:first} {f:last}\nGsm {phone}",
    "{f:first} {f:last}\n{addr}",
    "{f:first}\n\nVerzonden vanaf mijn gsm",
    "{f:first} {f:last} - {email}",
    "{f:first} {f:last}\nT {phone} | klantnr. {cust}",
    "{f:first}",
]
QUOTE_NL = [
    "Op {n:date} om {n:time} schreef {f:insurer} Klantenservice:",
    "-----Oorspronkelijk bericht-----\nVan: {f:insurer} Klantenservice\nVerzonden: {n:date} {n:time}\nAan: {email}\nOnderwerp: Uw schademelding {n:ticket_number}",
    "Op {n:date} heeft {f:agent} van {f:insurer} het volgende geschreven:",
    "Van: Klantenservice {f:insurer}\nDatum: {n:date}\nOnderwerp: RE: declaratie {n:ticket_number}",
]
QUOTE_BE = [
    "Op {n:date} om {n:time} schreef {f:insurer} Assistance:",
    "Van: {f:insurer} Assistance\nVerzonden: {n:date}\nAan: {email}\nOnderwerp: dossier {n:ticket_number}",
    "----- Doorgestuurd bericht -----\nVan: {f:booking} Reservaties\nDatum: {n:date}\nOnderwerp: Bevestiging reservatie {n:order_number}",
]
QBODY_NL = [
    "Beste {f:first},\n\nBedankt voor uw melding. Wij hebben uw claim geregistreerd onder nummer {n:ticket_number}. Wilt u de volgende gegevens aanvullen: IBAN, geboortedatum en originele bonnen?\n\nMet vriendelijke groet,\n{f:agent}\n{f:insurer} | {n:company_phone}",
    "Geachte klant,\n\nUw wachtwoord voor Mijn Polis is gewijzigd op {n:date}. Was u dit niet? Bel dan {n:company_phone}.\n\nKvK {n:company_registration}",
    "Hoi {f:first},\n\nWe hebben je rekeningnummer {iban} genoteerd. Je uitkering van {n:amount} volgt binnen {n:qdays}.\n\nGroet,\n{f:agent}",
    "Beste {f:first},\n\nKunt u ons uw polisnummer ({cust}?) en het dossiernummer van de luchtvaartmaatschappij ({n:tracking_number}) bevestigen?\n\nTeam Schade",
]
QBODY_BE = [
    "Beste {f:first},\n\nWij ontvingen uw aangifte. Uw dossiernummer is {n:ticket_number}. Gelieve uw rekeningnummer en rijksregisternummer te bezorgen.\n\nMet vriendelijke groeten,\n{f:agent}\nOndernemingsnummer {n:company_registration}",
    "Dag {f:first},\n\nUw reservatie {n:order_number} voor {f:hotel} van {n:date} tot {n:date} is bevestigd. Totaal {n:amount}.\n\n{f:booking}",
    "Beste {f:first},\n\nWe hebben u gebeld op {phone}, zonder succes. Gelieve ons te contacteren via {n:company_phone}.\n\n{f:agent}",
]
DISC_NL = [
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. {f:insurer} N.V., KvK {n:company_registration}.",
    "Deze e-mail is automatisch gescand op virussen.",
    "Denk aan het milieu voordat u deze e-mail print.",
]
DISC_BE = [
    "Dit bericht en eventuele bijlagen zijn vertrouwelijk. {f:insurer} NV, ondernemingsnummer {n:company_registration}, RPR Brussel.",
    "Gelieve dit bericht niet af te drukken tenzij noodzakelijk.",
]
SUBJ_NL = ["Schademelding koffer", "Annulering vlucht {n:flight_number}", "Declaratie medische kosten {f:dest}", "RE: Uw claim {n:ticket_number}",
           "Vraag over polis", "Huurauto schade", "URGENT ziekenhuis buitenland", "Fw: bevestiging boeking {n:order_number}"]
SUBJ_BE = ["Aangifte bagage", "Terugbetaling hotelkosten", "Dossier {n:ticket_number}", "Medische kosten buitenland", "RE: schadegeval huurwagen", "Adreswijziging"]

CHAT_NL += [
    "De reset-link werkt niet: {n:url} met token {token} erachter. Wat moet ik doen?",
    "App zegt 'sessie verlopen'. In de details staat token {token} en IP {ip}. Ik zit op de hotelwifi in {f:dest}",
    "Kaart {card} , cvc {cvv}, geldig tot {exp}. Schrijf de premie voor de wintersportdekking hier maar van af",
    "Er is ingelogd op mijn account vanaf {ip} terwijl ik in {f:dest} zat!! Mijn ww was {password}",
    "nee sorry verkeerde nummer doorgegeven, het is {phone} ipv {phone}",
    "mag ik de declaratie ook via whatsapp sturen? polisnr {cust}, bon van {n:amount} apotheek {f:dest}, mijn geboortedatum {dob}",
    "Wij zijn met {n:qpers} gestrand in {f:dest}. Annuleringsverzekering {n:product_code} nr {cust}. Kunnen jullie ons bellen? {phonef} of mijn man {phone}",
    "verificatie code: {otp}\n\n(dat is wat ik kreeg, maar jullie site blijft laden)",
]
CHAT_BE += [
    "Mijn kredietkaart {card}, CVC {cvv}, vervalt {exp}. De premie mag daarvan af.",
    "Er werd ingelogd vanaf {ip} op mijn account, dat was ik niet! Gebruiker {user}",
    "Allee, 3u aan de telefoon en niks. Mijn nummer is {phone}, dossier {n:ticket_number}, polis {cust}",
    "t is hier {f:dest}, den bus naar t hotel is nooit gekomen, taxi {n:amount}. rekeningnr {iban}",
    "Mijn code van de gsm is {pin} als jullie die nodig hebben om de foto's eraf te halen? Puk {puk}",
    "Het token uit de app is {token}, dat vroeg de helpdesk mij te sturen",
]
EMAIL_NL += [
    "Graag wil ik de premie van {n:amount} voor de jaarreisverzekering ({n:product_code}) betalen met mijn creditcard:\nKaartnummer: {card}\nGeldig t/m: {exp}\nCVC: {cvv}\n\nMijn klantnummer is {cust}.",
    "In mijn accountoverzicht zie ik een inlog vanaf IP-adres {ip} op {n:date} om {n:time}. Dat was ik niet, ik zat toen in {f:dest}.\nDe sessie had token {token} volgens de pagina 'Apparaten'. Ik heb mijn wachtwoord gewijzigd naar {password}.\nKunt u controleren of er iets is aangepast aan mijn polis {cust}?",
    "Wij hebben ons appartement in {f:dest} via {f:booking} geboekt (boekingsnummer {n:order_number}). Bij aankomst bleek de sleutelkluis (code {pin}) leeg en de eigenaar onbereikbaar.\nWe hebben een hotel genomen voor {n:amount}. Kunt u dit vergoeden? Mijn BSN: {bsn}, rekening {iban}.",
    "Mijn dochter studeert in {f:dest} en is daar beroofd. Haar telefoon ({n:model_number}) is weg. Ze is bereikbaar op {phonef}.\nHaar geboortedatum: {dob}. Zij valt onder onze gezinspolis {cust}.\nHet nieuwe e-mailadres van haar is {email}.",
]
EMAIL_BE += [
    "Graag betaal ik de franchise met mijn kredietkaart: {card} (vervaldatum {exp}, CVC {cvv}).\nKlantnummer {cust}. Dossier {n:ticket_number}.",
    "Er werd ingelogd op mijn klantenzone vanaf {ip} ({n:date}, {n:time}). Ik was toen in {f:dest}. Gelieve mijn account te blokkeren. Login: {user}",
    "Onze vlucht {n:flight_number} werd geschrapt. We hebben {n:qdays} extra moeten betalen in {f:hotel}. Facturen: {n:invoice_number}.\nPolis {cust}\nRekening {iban}\nRijksregisternr. {nrn}",
    "Mijn man werd in {f:dest} opgenomen (geboren {dob}). Het ziekenhuis vraagt een garantie. Bereikbaar op {phonef} of thuis {phone}.",
]
AGENT_NL += [
    "Hoi {f:first}, we zien inderdaad een inlog vanaf {ip}. Voor de zekerheid hebben we je sessies beëindigd. Kies een nieuw wachtwoord via {n:url}. ^{f:agent}",
    "Hi {f:first}, je kaart eindigend op {n:masked_value} is genoteerd voor de premie van {n:amount}. Je polisnummer blijft {cust}. Groet, {f:agent}",
    "Hoi {f:first}, je e-mailadres is aangepast naar {email}. Klopt je telefoonnummer {phone} nog? {f:agent}",
    "Beste {f:first}, vergeet niet: wij vragen nooit om je sms-code. De code {otp} die je stuurde is inmiddels ongeldig. ^{f:agent}",
]
AGENT_BE += [
    "Dag {f:first}, we merkten een aanmelding vanaf {ip}. Uw account is geblokkeerd; u ontvangt een nieuwe link op {email}. {f:agent}",
    "Hallo {f:first}, uw nieuw adres {addr} is genoteerd in dossier {n:ticket_number}. {f:agent}",
]

CHAT_NL += [
    "Koffer van {n:qkg} kwijt, inhoud ca {n:amount}. Vlucht {n:flight_number}, bagagelabel {n:tracking_number}. Polis {cust}",
    "Jullie app (v{n:version_string}) rekent {n:qnights} maar ik heb er echt maar één gehad. Rekening: {iban}",
]

EMAIL_NL += [
    "Ons reisbureau koppelt met jullie offerte-API. Sinds {n:date} krijgen we {n:error_code} (request-id {n:request_id}).\nWe gebruiken API-sleutel {apikey}. Verkeer gaat via poort {n:port} vanaf ons kantoor-IP {ip}.\nGraag snel een oplossing, we hebben {n:qpers} die vandaag willen boeken.",
    "De offline polis-app die ik vanaf {n:url} heb gedownload wordt door mijn telefoon geblokkeerd. SHA-256 volgens jullie site: {n:checksum}, maar ik zie een andere.\nVersie {n:version_string} op een {n:model_number}. Mijn gebruikersnaam: {user}.",
]
CHAT_BE += [
    "Onze boekingstool geeft {n:error_code} bij jullie API, sleutel {apikey}. Request {n:request_id}",
    "Hotel-VPN blokkeert poort {n:port}, daardoor kan ik niet inloggen. IP van het hotel: {ip}. Gebruiker {user}",
]
