# Dutch (Netherlands) templates. {p:x} labelled span, {n:x} hard negative, {f:x} unlabelled filler.
BODY = {
    "host": [
        "Mijn domein {n:domain} is sinds {n:date} offline, ik krijg {n:error_code}. Klantnummer {p:custnum}. Kunnen jullie even kijken?",
        "Ik wil {n:domain} verhuizen naar een andere partij, wat is de verhuiscode / auth code? Jullie panel geeft {n:error_code}. Mijn klantnr is {p:custnum}",
        "Hierbij de FTP gegevens zoals gevraagd:\nhost: ftp.{n:domain}\ngebruiker: {p:username}\nww: {p:password}\npoort {n:port}",
        "De DNS staat nog steeds op het oude IP {p:ip_address}, moet {p:ip_address} worden. Ticket {n:ticket_number}",
        "mn wordpress (versie {n:version_string}) is gehackt denk ik, er is ingelogd vanaf {p:ip_address}. Admin login was {p:username} met wachtwoord {p:password}, die heb ik nu veranderd",
        "Voor de koppeling met jullie API gebruik ik deze key: {p:api_key} maar ik krijg steeds {n:error_code} terug (request id {n:request_id})",
        "Factuur {n:invoice_number} van {n:amount} is dubbel afgeschreven van {p:iban}. Graag terugstorten. Klantnummer: {p:custnum}",
        "SSH op poort {n:port} werkt niet meer na de migratie. Server IP {p:ip_address}, root ww is tijdelijk {p:password} (ja ik weet het, verander ik straks)",
        "hoi, de verificatiecode die ik per sms krijg ({p:otp}) wordt niet geaccepteerd bij inloggen op het klantenpanel. Wel {n:quantity} geprobeerd",
        "Mijn e-mailadres in het account moet worden {p:email}, het oude adres werkt niet meer. Tel voor terugbellen: {p:phone}",
        "Backup gedownload, maar sha256 {n:checksum} klopt niet met wat in het panel staat. Al {n:quantity} opnieuw gedownload. Hoe kan dat",
        "Verhuiscode voor {n:domain} is {p:epp} — die heb ik van de oude provider gekregen maar jullie zeggen dat hij ongeldig is",
    ],
    "ins": [
        "Schade gemeld op {n:date} onder schadenummer {n:ticket_number}, nog niks gehoord. Polisnummer {p:custnum}. Bel me even op {p:phone} aub",
        "Mijn BSN is {p:bsn_nl} en geboortedatum {p:date_of_birth}, dat vroeg de medewerker aan de telefoon. Waar blijft de uitkering van {n:amount}?",
        "Graag de schade-uitkering overmaken op rekening {p:iban} t.n.v. {f:name}. Polis {p:custnum}, dossier {n:ticket_number}",
        "Ik ben verhuisd naar {p:address}, wil de inboedelverzekering aanpassen. Premie gaat toch niet omhoog met {n:percentage}?",
        "Ruitschade aan mijn auto ({f:plate}), reparatie kost {n:amount}. Polisnr {p:custnum} — eigen risico is toch {n:amount}?",
        "Kan niet inloggen op Mijn {f:brand}, gebruikersnaam {p:username}, wachtwoord {p:password} wordt steeds afgewezen (foutcode {n:error_code})",
        "Jullie hebben {n:amount} afgeschreven met mijn creditcard {p:card} terwijl ik per maand betaal. Gaat om polis {p:custnum}",
        "Mijn dochter (geb. {p:date_of_birth}) moet bijgeschreven worden op de zorgpolis {p:custnum}. Haar bsn: {p:bsn_nl}",
    ],
    "wash": [
        "Wasabonnement {p:custnum} is opgezegd per {n:date} maar ik word nog steeds {n:amount} per maand afgeschreven van {p:iban}!!",
        "Wasstraat bij {f:city} heeft spiegel van mijn auto ({f:plate}) eraf gehaald. Foto's gestuurd, zaaknummer {n:ticket_number}. Bel {p:phone}",
        "de code op het bonnetje ({p:pin}) werkt niet bij de slagboom, {n:time} stond ik er en moest weer weg",
        "Hoi, in de app kan ik niet meer inloggen. Mail is {p:email} en het ww was {p:password}. Versie {n:version_string}",
        "Twee keer betaald voor een Premium wasbeurt ({n:amount}), pas eindigend op {n:masked_value}. Kunnen jullie het verschil terugboeken naar {p:iban}?",
        "Ik kreeg de sms code {p:otp} om mijn kenteken te koppelen maar die is na een paar minuten al verlopen (ik heb het {n:quantity} geprobeerd)",
    ],
    "rent": [
        "Reservering {n:order_number}: ik land met {n:flight_number} om {n:time}, auto ophalen kan dan toch nog? Mijn mobiel: {p:phone}",
        "Borg van {n:amount} is nog steeds niet vrijgegeven op mijn creditcard {p:card} (exp {p:card_expiry}). Huurovereenkomst {n:order_number}",
        "Auto ingeleverd met kilometerstand {n:meter_reading} en tank vol, toch {n:amount} tankkosten?? Klantnummer {p:custnum}",
        "Rijbewijs en ID gecontroleerd, maar de app vraagt nog om geboortedatum: {p:date_of_birth}. En mijn adres {p:address}. Klopt zo?",
        "De sleutelkluis bij de deelauto gaat niet open met code {p:pin}. Auto {f:plate} op {f:city} station",
        "Schade-melding huurauto: kras op bumper, was er al bij ophalen op {n:date}. Foto's in bijlage. Lidnummer {p:custnum}",
        "kaartnummer {p:card}, vervaldatum {p:card_expiry}, cvc {p:cvv} - zo goed? Jullie site gaf {n:error_code} bij betalen",
    ],
    "pawn": [
        "Iemand op {f:brand} vraagt of ik een verificatiecode wil doorsturen die ik per sms kreeg: {p:otp}. Is dit oplichting?",
        "Koper wil betalen via een link en vraagt mijn IBAN {p:iban} en pasnummer {p:card}. Advertentie {n:product_code}. Ik vertrouw het niet",
        "Mijn pandlening {p:custnum} loopt af op {n:date}, kan ik verlengen? Rente {n:percentage} per maand klopt dat?",
        "Telefoon ingeleverd ter beleening maar vergeten de simkaart eruit te halen. Pincode sim {p:pin}, PUK {p:puk}. Kunnen jullie de sim opsturen naar {p:address}?",
        "Verkoper belde vanaf {p:phone} en wilde dat ik betaal via Tikkie {n:url}. Ik heb al {n:amount} overgemaakt naar {p:iban}. Help",
        "Voor het ophalen van mijn horloge ({n:model_number}) vroeg de balie mijn BSN {p:bsn_nl}. Mag dat zomaar?",
        "Telefoon verkocht via jullie, ontgrendelcode is {p:pin} zodat jullie hem kunnen resetten. Bestelling {n:order_number}",
    ],
    "game": [
        "Mijn PSN account is gehackt! Login {p:email}, ik had als wachtwoord {p:password}. Iemand heeft {n:amount} aan FIFA points gekocht",
        "Pre-order van {f:game} (bestelnummer {n:order_number}) nog niet binnen. Track & trace {n:tracking_number} zegt niks",
        "Steam Guard code {p:otp} komt steeds binnen terwijl ik niet inlog. Gebruikersnaam {p:username}. Is mijn account overgenomen?",
        "Pluspas nummer {p:custnum}, mijn punten ({n:quantity}) zijn verdwenen na de update naar {n:version_string}",
        "PS5 ({n:model_number}) geeft foutcode {n:error_code} bij opstarten, garantie loopt nog tot {n:date}. Ophaaladres: {p:address}",
        "Xbox account: {p:username} / {p:password} — mijn zoon kan niet meer inloggen, er komt een andere 2fa code dan {p:otp}",
        "Inruil van {n:quantity} games bij de winkel, tegoed zou {n:amount} zijn maar ik zie {n:amount} op klantkaart {p:custnum}",
    ],
    "appl": [
        "Wasmachine {n:model_number} geeft foutcode {n:error_code}, monteur komt op {n:date}. Adres {p:address}. Sleutel ligt in de kluis, code {p:pin}",
        "Servicecontract {p:custnum}: koelkast koelt niet meer sinds {n:date}. Graag bellen op {p:phone} tussen {n:time} en {n:time}",
        "Voor de Home Connect koppeling vraagt de app het wifi wachtwoord. Netwerk {f:ssid}, sleutel {p:wifi_key}. Nog steeds {n:error_code}",
        "Reparatie {n:ticket_number} kostte {n:amount} maar {f:appliance} lekt alweer. Ik wil mijn geld terug op {p:iban}",
        "Monteur moet via de achterdeur, hekcode {p:pin}. Huisnummer {p:address}. Ben zelf pas om {n:time} thuis",
        "Vaatwasser na {n:quantity} maanden kapot, bon nummer {n:invoice_number}, serie {n:model_number}. Mijn gegevens: {f:name}, {p:phone}, {p:email}",
    ],
}

AGENT = [
    "Hoi {f:first}, vervelend dat het niet lukt! Ik zie je melding onder {n:ticket_number}. Kun je ons via DM je klantnummer sturen? Deel nooit je wachtwoord. ^{f:agent}",
    "Dank je wel. Ik heb het IBAN {p:iban} bij je polis {p:custnum} gezet. De eerste afschrijving is op {n:date}. Groet, {f:agent}",
    "We hebben een nieuwe inlogcode gestuurd naar {p:email}. Die is 15 minuten geldig. Lukt het niet? Bel {n:company_phone} (ma-vr {n:time}-{n:time}).",
    "Hallo {f:first}, de monteur komt op {n:date} tussen {n:time} en {n:time} naar {p:address}. Zorg je dat de code ({p:pin}) klopt? Gr. {f:agent}",
    "Je tijdelijke wachtwoord is {p:password}. Wijzig dit direct na het inloggen via {n:url}. Met vriendelijke groet, {f:agent} | {f:brand}",
    "We zien een terugbetaling van {n:amount} klaarstaan naar de rekening eindigend op {n:masked_value}. Je ontvangt het binnen 5 werkdagen. ^{f:agent}",
    "Ik heb je nummer {p:phone} genoteerd, een collega belt je morgen terug. Je referentie is {n:ticket_number}. Fijne avond! {f:agent}",
    "Let op: wij vragen nooit om een sms-code. Heb je de code {p:otp} al aan iemand gegeven? Bel dan direct {n:company_phone}. ^{f:agent}",
    "Hoi! De verhuiscode voor je domein is opnieuw aangemaakt: {p:epp}. Hij is geldig tot {n:date}. Groetjes, {f:agent}",
    "Bedankt voor je geduld. Je reservering {n:order_number} is aangepast, ophalen op {n:date} om {n:time}. Klantnummer {p:custnum}. {f:agent}",
]

GREET = ["Beste {f:brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Hoi team,", "Beste klantenservice,", "Geachte medewerker,", "Dag,"]
CLOSE = ["Met vriendelijke groet,", "Groet,", "Mvg,", "Alvast bedankt,", "Groetjes,", "Vriendelijke groeten,", "Hoogachtend,", "Bvd,"]
SIG = [
    "{f:name}\n{p:address}\nTel: {p:phone}",
    "{f:name}\nM {p:phone}\nE {p:email}",
    "{f:first}\n\nVerzonden vanaf mijn iPhone",
    "{f:name} | {f:city}\n{p:phone}",
    "{f:name}\nKlantnr. {p:custnum}",
    "-- \n{f:name}\n{p:email}",
]
QUOTE_HDR = ["Op {n:date} om {n:time} schreef {f:brand} Klantenservice:", "Op {n:date} {n:time} heeft {f:agent} van {f:brand} het volgende geschreven:",
             "-----Oorspronkelijk bericht-----\nVan: {f:brand} Klantenservice\nVerzonden: {n:date} {n:time}\nOnderwerp: Uw vraag {n:ticket_number}"]
FWD_HDR = ["---------- Doorgestuurd bericht ---------\nVan: {f:name} <{p:email}>\nDatum: {n:date} {n:time}\nOnderwerp: {f:brand}\nAan: Klantenservice {f:brand}",
           "Begin doorgestuurd bericht:\n\nVan: {f:name} <{p:email}>\nDatum: {n:date}\nAan: {f:brand}"]
DISCLAIMER = ["Dit bericht is uitsluitend bestemd voor de geadresseerde. KvK {n:company_registration}.",
              "Denk aan het milieu voordat u deze e-mail print.", "Aan deze e-mail kunnen geen rechten worden ontleend. BTW {n:company_registration}"]
SUBJECT = ["Onderwerp: klacht {n:ticket_number}", "Onderwerp: Re: uw melding", "Onderwerp: vraag over factuur {n:invoice_number}", "Onderwerp: dringend!!", "Onderwerp: gegevens wijzigen"]
PUBLIC = ["{n:mention} {BODY} {n:hashtag}", "{n:mention} waarom reageert niemand?? {BODY}", "{BODY} {n:mention} {n:hashtag} {n:hashtag}", "Weer niks gehoord van {n:mention}. {BODY}"]
CHAT = ["{BODY}", "Hallo\n{BODY}", "{BODY}\nAlvast bedankt", "hoi {BODY}", "{BODY}\n\n(sorry voor de lange tekst)"]

# Pairs: member 0 -> dev, member 1 -> heldout (same coverage, different wording).
BODY_PAIRS = [
    ("pawn", "Ik verkoop mijn oude telefoon, sim zit er nog in. PUK code is {p:puk} (stond op het pasje), pincode {p:pin}. Advertentie {n:product_code}",
             "Telefoon zit op slot na 3x foute pin!! Welke PUK? Op het kaartje staat {p:puk}. Gekocht in {n:year} via jullie, bestelling {n:order_number}"),
    ("host", "Persoonlijk toegangstoken voor de git-deploy: {p:token} (aangemaakt {n:date}). Deploy faalt met {n:error_code}, request {n:request_id}",
             "De webhook stuurt header Authorization: Bearer {p:token} mee maar jullie loadbalancer geeft {n:error_code}. X-Request-ID {n:request_id}"),
    ("host", "Access key: {p:aws_key_id}\nsecret: {p:aws_secret}\nDit zijn de S3 gegevens van de backup, sha256 van het archief {n:checksum}",
             "Mijn mailer gebruikt deze key {p:api_key} en gaat sinds versie {n:version_string} mis. Checksum van de plugin: {n:checksum}"),
    ("appl", "Het wifi netwerk heet {f:ssid} en de WPA sleutel is {p:wifi_key}. De koelkast ({n:model_number}, bouwjaar {n:year}) wil niet koppelen",
             "wifi ww = {p:wifi_key} (netwerk {f:ssid}), monteur vroeg ernaar voor de firmware-update naar {n:version_string}"),
    ("ins", "Geboortedatum: {p:date_of_birth}\nBSN: {p:bsn_nl}\nIBAN: {p:iban}\nDat was alles wat op het formulier stond? Auto bouwjaar {n:year}",
            "Voor de aanvraag reisverzekering: geb {p:date_of_birth}, burgerservicenummer {p:bsn_nl}, tel {p:phone}. Vertrek {n:date} met {n:flight_number}"),
    ("rent", "Pakket met de sleutel kwam niet, track en trace {n:tracking_number}. Betaald met {p:card} geldig tot {p:card_expiry}, cvc {p:cvv}",
             "creditcard: {p:card}\nvervalt: {p:card_expiry}\nbeveiligingscode: {p:cvv}\nDe borg ({n:amount}) graag op deze kaart"),
    ("game", "Mijn inloggegevens: gebruikersnaam {p:username}, wachtwoord {p:password}. Ingelogd vanaf onbekend IP {p:ip_address} volgens de mail",
             "Er is ingelogd op mijn Epic account vanaf {p:ip_address} ({n:date}). Login {p:username}. Retourzending {n:tracking_number}"),
    ("wash", "Ik krijg mails over een wasbeurt die ik niet heb gedaan, {n:percentage} korting code {n:product_code}. Mijn klantnummer is {p:custnum}, geb.datum {p:date_of_birth}",
             "Lidmaatschap {p:custnum} loopt sinds {n:year}, jullie vragen nu opeens mijn geboortedatum ({p:date_of_birth}) en {n:amount} extra"),
]
DISCLAIMER.append("Bakkerij & Co B.V. | KvK-nummer {n:company_registration} | Dit bericht kan vertrouwelijke informatie bevatten.")
PUBLIC[1] = "{n:mention} waarom reageert niemand?? {BODY} {n:hashtag}"
PUBLIC[3] = "Weer niks gehoord van {n:mention}. {BODY} {n:brandtag}"
AGENT_SIG = ["Met vriendelijke groet,\n{f:agent}\nKlantenservice {f:brand}\nT {n:company_phone} | {n:url}",
             "Groet, {f:agent} - team {f:brand}\nBereikbaar op {n:company_phone} (ma t/m vr)",
             "{f:agent}\n{f:brand} | KvK {n:company_registration} | {n:url}",
             "Hartelijke groet,\n{f:agent}, Webcare {f:brand}\nBel ons: {n:company_phone}"]
