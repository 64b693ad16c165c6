"""Dutch (nl) templates. Syntax: {p:type#key} span, {n:kind#key} negative, {f:pool} unlabelled filler."""

BODY = {
    "charity": [
        "Hoi, ik wil mijn maandelijkse donatie van {n:amount} stopzetten. Donateursnummer {p:customer_number}, het geld gaat nog steeds van {p:iban} af. Kunnen jullie dat per {n:date} stoppen?",
        "Ik heb een periodieke gift aangevraagd via het formulier maar kreeg een foutmelding ({n:error_code}). Mijn gegevens:\nBSN: {p:bsn}\nGeb.datum: {p:date_of_birth}\nRekening: {p:iban}\nBedrag {n:amount} per jaar, 5 jaar lang.",
        "Waarom staat er nóg een incasso van {n:amount} op mijn afschrift?? Ik had op {n:date} opgezegd. Mijn iban is {p:iban} en ik woon op {p:address}. Graag terugstorten!!",
        "Goedemiddag, gisteren online gedoneerd met creditcard maar geen idee of het gelukt is. Jullie scherm vroeg om het hele nummer {p:card} en de cvc {p:cvv}, is dat normaal? Geen bevestiging gehad op {p:email}.",
        "Kunnen jullie de jaaropgave {n:year} voor de belastingaangifte nog een keer sturen? Relatienr. {p:customer_number}. Nieuw adres sinds kort: {p:address}",
        "Ik loop de collecte voor {f:brand} maar de app van de QR-collectebus laat me niet inloggen. gebruikersnaam {p:username} ww {p:password}. Hij geeft {n:error_code}",
        "Mijn moeder (geboren {p:date_of_birth}) wordt steeds gebeld door jullie wervers op {p:phone}, ze wil dat echt niet meer. Ze staat bij jullie als donateur {p:customer_number}.",
        "Per ongeluk {n:amount} overgemaakt naar de verkeerde actie (kenmerk {n:order_number}). Van rekening {p:iban} t.n.v. {f:name}. Kan dat naar de noodhulp worden omgezet?",
        "Wij als bedrijf ({f:company}, KvK {n:company_registration}) willen {n:amount} doneren. Factuur graag naar {p:email}, contactpersoon {f:name}, tel {p:phone}.",
        "Ik krijg elke week post van jullie op {p:address} terwijl ik al op {n:date} heb gevraagd daarmee te stoppen. Lidnummer {p:customer_number}. Zonde van het geld van de donateurs toch?",
    ],
    "print": [
        "Mijn fotoboek (bestelling {n:order_number}) is nog steeds niet binnen, track & trace {n:tracking_number} staat al 4 dagen op 'in sortering'. Afleveradres was {p:address}.",
        "Ik kan ineens niet meer inloggen om mijn {n:quantity} af te rekenen. Mijn mail is {p:email} en het wachtwoord {p:password} werkte gisteren nog gewoon??",
        "Het canvas {n:product_code} is scheef gedrukt, foto volgt. Factuurnummer {n:invoice_number}, {n:amount}. Kunnen jullie me even bellen op {p:phone} aub",
        "Betaling mislukt bij afrekenen. Kaart {p:card} geprobeerd, geldig t/m {p:card_expiry}, CVC {p:cvv}. Foutmelding {n:error_code}. En nu?",
        "Ik kreeg sms-code {p:otp} maar jullie site zegt na 10 sec al 'code verlopen'. Klantnummer {p:customer_number} als dat helpt",
        "De korting van {n:percentage} is niet verrekend op order {n:order_number}. Besteld: {n:quantity} van {n:product_code}. Terugboeken mag op {p:iban}",
        "Onze kantoorprinter ({n:model_number}) drukt jullie proef-pdf niet af, firmware {n:version_string}. De flyers moeten {n:date} om {n:time} klaar zijn!",
        "verkeerd adres op het pakket, moet zijn {p:address} ipv het oude. bestelnr {n:order_number}. tel {p:phone}",
        "Hallo, ik wil de foto's van de schoolfotograaf bestellen. Inlogcode op het kaartje is {p:password} en mijn klantnr {p:customer_number}, maar het lukt niet op de site {n:url}",
        "Mijn account staat nog op mijn oude mailadres {p:email#old}. Graag wijzigen naar {p:email#new}. Geboortedatum ter controle {p:date_of_birth}.",
    ],
    "msp": [
        "Hoi, de VPN op kantoor doet het niet meer sinds de update naar {n:version_string}. Server {p:ip_address} poort {n:port}, foutmelding {n:error_code}. Mijn login is {p:username} / {p:password}.",
        "Nieuwe collega begint maandag bij {f:company}. Kunnen jullie een account aanmaken? Tijdelijk wachtwoord mag {p:password} zijn, haar mobiel voor de MFA is {p:phone}.",
        "Het gastnetwerk {f:ssid} heeft een nieuwe sleutel nodig, de oude ({p:wifi_key#old}) is rondgegaan in de groepsapp. Voorstel voor nieuw: {p:wifi_key#new}",
        "Ticket {n:ticket_number}: de koppeling met ons boekhoudpakket geeft 401. De API key die we gebruiken is {p:api_key}, request-id {n:request_id}.",
        "Telefoon van de zaak zit op slot, hij vraagt de PUK. Op het simkaartje staat PUK {p:puk} maar die pakt ie niet? Pincode was {p:pin}.",
        "Alarmcode van het pand is gewijzigd in {p:pin}, wil je dat doorgeven aan de monteur die {n:date} om {n:time} komt voor de NAS ({n:model_number})?",
        "Ik krijg de Authenticator-code {p:otp} maar Outlook blijft erom vragen. IP van mijn thuiswerkplek is {p:ip_address} als dat helpt. Personeelsnr {p:customer_number}.",
        "Kunnen jullie deze token intrekken? Per ongeluk in een mail aan een klant gezet: {p:token}. Ging om ons Git-account.",
        "Storing bij {f:company}! Niemand kan printen, {n:model_number} geeft {n:error_code}. Beheerdersaccount van de printer is {p:username} met wachtwoord {p:password}, router admin pw {p:password#r}.",
        "Voor de migratie naar de cloud: AWS access key {p:api_key#aws_id} en secret {p:api_key#aws_secret}. Graag na gebruik weer roteren. Checksum van de export: {n:checksum}",
    ],
    "estate": [
        "Goedendag, ik heb interesse in de woning aan de {p:address}. Mijn gegevens: geb. {p:date_of_birth}, tel {p:phone}, mail {p:email}. Bruto inkomen {n:amount} p/m.",
        "Welke code heeft de sleutelkluis voor de bezichtiging morgen? Of is het nog steeds {p:pin}? Ik sta er om {n:time}.",
        "Mijn borg van {n:amount} is nog steeds niet teruggestort, ik ben op {n:date} vertrokken uit {p:address}. IBAN: {p:iban}. Huurdernummer {p:customer_number}.",
        "Voor het huurcontract vroegen jullie mijn BSN, die is {p:bsn}. Stuur het eigenlijk liever niet via de app maar goed. Geboortedatum {p:date_of_birth}.",
        "Meterstanden bij de oplevering: stroom {n:meter_reading}, gas {n:meter_reading#g}. EAN {p:customer_number}. Nieuw adres: {p:address}",
        "Een huurverhoging van {n:percentage} per {n:date}?? Dat mag toch helemaal niet. Contractnr {p:customer_number}, woning {p:address}.",
        "Lekkage in de badkamer, loodgieter mag langskomen. Code van de portiekdeur is {p:pin} en mijn nummer {p:phone}. Meldingsnr {n:ticket_number}.",
        "Kunnen jullie mijn account op het huurdersportaal resetten? Ik log in als {p:username} maar wachtwoord {p:password} wordt geweigerd.",
        "Wij verhuren ons appartement via jullie. Huur graag voortaan storten op {p:iban} (niet meer {n:masked_value}). Mijn BSN voor de opgave: {p:bsn}",
        "ik heb gereageerd op de kamer in {f:city} voor {n:amount}, maar nog niks gehoord. ben bereikbaar op {p:phone} of {p:email}",
    ],
    "recruit": [
        "Loon van vorige week is niet binnen op {p:iban}! Personeelsnummer {p:customer_number}, ik heb alle uren op {n:date} ingevuld in de app.",
        "Voor mijn inschrijving:\n- BSN {p:bsn}\n- geboren {p:date_of_birth}\n- adres {p:address}\nKopie ID stuur ik nog na.",
        "Ik kom niet in de urenapp. Gebruiker {p:username}, ww {p:password}. Versie {n:version_string} op Android.",
        "Graag mijn rekeningnummer wijzigen van {p:iban#old} naar {p:iban#new}. Kandidaatnummer {p:customer_number}.",
        "hoi de recruiter zou me bellen over vacature {n:product_code} maar niemand belt?? mijn 06: {p:phone}",
        "Op mijn jaaropgaaf {n:year} staat een verkeerd BSN ({p:bsn#wrong}), het goede is {p:bsn#right}. Wie kan dat aanpassen?",
        "Ik kreeg een sms met code {p:otp} om mijn contract te tekenen maar de link {n:url} doet het niet.",
        "Verhuisd! Nieuw adres is {p:address}, en nieuw mailadres {p:email}. Willen jullie dat aanpassen voor de loonstroken?",
        "Wij ({f:company}) hebben {n:quantity} uitzendkrachten nodig vanaf {n:date}. Contact via {p:phone}. Ons klantnummer bij jullie is {p:customer_number}.",
        "Mijn loonstrook klopt niet, {n:amount} te weinig. Geboortedatum {p:date_of_birth}, personeelsnr {p:customer_number}. Ik wil het graag gestort hebben op {p:iban}",
    ],
    "library": [
        "Mijn bibliotheekpas {p:customer_number} is geblokkeerd. Pincode {p:pin} werkt niet meer bij de uitleenautomaat.",
        "Museumkaart kwijt! Kaartnummer was {p:customer_number}, geboortedatum {p:date_of_birth}. Kan ik een nieuwe krijgen voor {n:amount}?",
        "Boete van {n:amount} voor een boek dat ik op {n:date} al had ingeleverd. Lidnummer {p:customer_number}, mail {p:email}.",
        "Inloggen in de e-book app met {p:username} en {p:password} lukt niet, 'ongeldige combinatie' (fout {n:error_code}).",
        "Mijn dochter (geb. {p:date_of_birth}) wil lid worden, kan dat online? We wonen op {p:address}.",
        "Ik betaal het abonnement van {n:amount} per jaar via incasso, maar wil het voortaan van een andere rekening: {p:iban}.",
        "De wifi in de bieb vraagt om een wachtwoord, iemand zei {p:wifi_key} maar dat werkt niet. Netwerk heet {f:ssid}.",
        "Museumkaart online verlengen lukt niet, betaling met {p:card} exp {p:card_expiry} wordt afgewezen.",
        "Ik heb een Museumkaart voor {f:first} gekocht als cadeau, bestelling {n:order_number}, maar hij is naar mijn oude adres gestuurd ({p:address#old}). Woon nu op {p:address#new}.",
        "Kan ik de reserveringen van mijn vader overnemen? Zijn pasnummer {p:customer_number#a}, die van mij {p:customer_number#b}. Telefoon {p:phone}.",
    ],
}

ADDON = [
    "Mijn nummer is {p:phone}.",
    "Bel gerust: {p:phone} (na {n:time})",
    "Mailen kan ook naar {p:email}",
    "Voor de zekerheid mijn geboortedatum: {p:date_of_birth}",
    "(klantnr {p:customer_number})",
    "ps mijn oude wachtwoord was {p:password#x}, nieuwe is {p:password#y}",
    "Heb al {n:company_phone} gebeld maar daar hang je een half uur in de wacht.",
    "Zie ook {n:url}",
    "Dit is al de derde keer, zaaknummer {n:ticket_number}.",
    "De code uit de sms was {p:otp} als jullie dat nodig hebben.",
    "Mijn IP volgens whatismyip: {p:ip_address}",
    "Adres voor de zekerheid: {p:address}",
    "Mijn bankpas eindigt op {n:masked_value}.",
    "Vanaf {n:date} ben ik op vakantie (vlucht {n:flight_number}), dus graag snel.",
]

PUBLIC = [
    "Al {n:quantity} besteld bij jullie en nu dit weer. Bestelling {n:order_number} nergens te bekennen",
    "Sinds {n:time} kan niemand bij ons op kantoor inloggen, is er een storing? {n:url}",
    "Wat een service weer, {n:percentage} korting beloofd en niks gekregen",
    "Zaak {n:ticket_number} staat al sinds {n:date} open. Iemand??",
    "Mooie tentoonstelling vandaag! Met de museumkaart gratis naar binnen, top",
    "Jullie app {n:version_string} crasht bij het openen",
]

AGENT = [
    "Hoi {f:first}, vervelend! Ik zie je aanmelding onder klantnummer {p:customer_number}. Deel je wachtwoord nooit via DM hoor. Ik heb een resetlink gestuurd naar {p:email}. Groet, {f:agent}",
    "Dank je {f:first}. We hebben je adres gewijzigd naar {p:address}. De kaart met nummer {n:masked_value} is geblokkeerd. Vragen? Bel {n:company_phone}. {f:initials}",
    "Hi {f:first}, de terugbetaling van {n:amount} staat klaar naar {p:iban}, reken op 3 werkdagen. Zaaknummer {n:ticket_number}. {f:initials}",
    "Hoi! Wil je je bericht met je wachtwoord ({p:password}) verwijderen? Dit is een openbaar kanaal. Stuur ons een DM, dan kijken we mee. ^{f:agent}",
    "We bellen je morgen tussen {n:time} en {n:time#b} op {p:phone}. Fijne avond! {f:agent}",
    "De code van de sleutelkluis is {p:pin}, geldig tot en met {n:date}. Succes met de bezichtiging! Gr. {f:agent}",
    "Je tijdelijke wachtwoord is {p:password}. Wijzig dit meteen na het inloggen via {n:url}. Met vriendelijke groet, {f:agent} | {f:brand}",
    "Beste {f:first}, je BSN {p:bsn} hoef je niet via social media te sturen, dat regelen we veilig via {n:url}. Groet, {f:agent}",
    "Hoi {first_name}, bedankt voor je bericht. Je verificatiecode is <code>. Groeten, team {f:brand}",
    "Dag {f:first}, ik heb je verzoek doorgezet (ticket {n:ticket_number}). Je nieuwe wifi-sleutel voor {f:ssid} is {p:wifi_key}. {f:initials}",
    "Helder! Ik heb je geboortedatum aangepast naar {p:date_of_birth} in ons systeem. Je lidnummer blijft {p:customer_number}. Groetjes {f:agent}",
]

GREET = ["Beste {f:brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen klantenservice,", "Hoi team,", "L.S.,", "Goedemiddag,", "Beste {f:agent},"]
CLOSE = ["Met vriendelijke groet,", "Groetjes,", "Mvg", "Alvast bedankt!", "Gr.", "Hartelijke groet,", "Vriendelijke groeten,", "Bvd,"]
SIG = [
    "{f:name}\n{p:phone}",
    "{f:name}\n{p:address}\nTel: {p:phone}",
    "{f:first}\n\nVerstuurd vanaf mijn iPhone",
    "{f:name} | {f:company} | KvK {n:company_registration}\nM {p:phone} | E {p:email}",
    "--\n{f:name}\nMobiel: {p:phone}",
    "{f:name}\nDonateur sinds {n:year}",
    "{f:name}\n{f:company}\nBTW-nr {n:company_registration}\nT {p:phone}",
    "{f:first} {f:last}\nVerzonden met Outlook voor Android",
]
QUOTE_HDR = [
    "Op {n:date} om {n:time} schreef {f:brand} Klantenservice <{f:svcmail}>:",
    "-----Oorspronkelijk bericht-----\nVan: {f:brand} <{f:svcmail}>\nVerzonden: {n:date} {n:time}\nAan: {p:email}\nOnderwerp: RE: uw melding {n:ticket_number}",
    "Op {n:date} heeft {f:agent} van {f:brand} het volgende geschreven:",
    "Van: {f:svcmail}\nDatum: {n:date}\nOnderwerp: Bevestiging {n:order_number}",
]
DISCLAIMER = [
    "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwijder dit bericht dan en stel de afzender op de hoogte.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "Aan dit bericht kunnen geen rechten worden ontleend.",
]
FWD = [
    "---------- Doorgestuurd bericht ---------\nVan: {f:name} <{p:email}>\nDatum: {n:date}\nOnderwerp: Fwd: gegevens",
    "Begin doorgestuurd bericht:\n\nVan: {f:name} <{p:email}>\nDatum: {n:date} {n:time}",
]
CHAT_OPEN = ["hoi", "Hallo!", "Goedemiddag,", "hey", "Hoi daar", "Dag,"]

# second batch: index 10 (even -> dev), 11 (odd -> heldout)
BODY["charity"] += [
    "Voor de periodieke schenking via de app: BSN {p:bsn}, geboortedatum {p:date_of_birth}. De eenmalige gift van {n:amount} ging met creditcard {p:card} (vervalt {p:card_expiry}, cvc {p:cvv}).",
    "Kunnen jullie in het donateursportaal kijken? Inlognaam {p:username}, ik kom er niet in vanaf IP {p:ip_address}. Lidnr {p:customer_number}.",
]
BODY["print"] += [
    "Onze webshop stuurt orders door naar jullie met API-sleutel {p:api_key}, maar sinds {n:date} krijgen we {n:error_code}. Request {n:request_id}. Klantnummer {p:customer_number}.",
    "De fotokiosk in de winkel in {f:city} vraagt om wifi, wachtwoord op het bordje is {p:wifi_key}? Mijn klantenkaart {p:customer_number}, pincode {p:pin}.",
]
BODY["msp"] += [
    "Het sessietoken van het beheerportaal staat gewoon in de logs: {p:token}. Graag ongeldig maken. Mijn BSN stond ook in dat bestand ({p:bsn}), heel vervelend.",
    "Remote hulp graag, mijn laptop zit op {p:ip_address}, gebruikersnaam {p:username}. Klantnummer van ons bedrijf is {p:customer_number}.",
]
BODY["estate"] += [
    "Kan ik de eerste maand huur + borg met creditcard betalen? Kaart {p:card}, geldig tot {p:card_expiry}, cvc {p:cvv}. Geboortedatum huurder {p:date_of_birth}.",
    "Slimme deurbel in de huurwoning: wifi {f:ssid} met sleutel {p:wifi_key}, app-login {p:username}. Kunnen jullie dat na mijn vertrek laten wijzigen?",
]
BODY["recruit"] += [
    "Koppeling tussen ons roostersysteem en jullie portaal: API key {p:api_key}, token {p:token}. Werkt niet meer sinds {n:version_string}. Geboortedata van kandidaten ({p:date_of_birth}) worden geweigerd.",
    "Inloggen in het uitzendportaal lukt niet vanaf de klantlocatie ({p:ip_address}). Gebruikersnaam {p:username}, pincode voor de prikklok {p:pin}.",
]
BODY["library"] += [
    "Voor de Museumkaart jongerenkorting: geboren {p:date_of_birth}, en jullie vragen ook mijn BSN ({p:bsn})? Snap niet waarom eigenlijk.",
    "Mijn pas {p:customer_number} werkt niet op de e-reader, pincode {p:pin}, en het wifi-wachtwoord van de leeszaal ({p:wifi_key}) doet het ook niet.",
]
ADDON += [
    "BSN voor jullie administratie: {p:bsn}",
    "Inlognaam is trouwens {p:username}",
]
EMAIL_CTX = [
    "Ik ben al jaren tevreden, maar deze keer gaat het echt mis en ik word er een beetje moe van.",
    "Eerder heb ik het al via de chat geprobeerd, maar daar kreeg ik alleen een standaardantwoord.",
    "Excuses voor de lange mail, ik probeer het zo duidelijk mogelijk uit te leggen.",
    "Mijn vorige bericht is blijkbaar niet aangekomen, dus ik stuur het nog een keer.",
    "Ik schrijf namens mijn vader, die zelf niet zo handig is met computers.",
    "Sinds {n:date} loop ik hier al tegenaan en het wordt tijd dat het wordt opgelost.",
    "Graag hoor ik zo snel mogelijk van jullie, liefst nog deze week.",
    "Ik heb de bijlage (scan) toegevoegd, hopelijk is die leesbaar.",
]
ADDON += [
    "Ik vlieg {n:date} met {n:flight_number}, dus graag voor die tijd.",
    "Track & trace van de vorige zending: {n:tracking_number}.",
    "Meterstand vandaag trouwens: {n:meter_reading}.",
    "De meter stond op {n:meter_reading} toen ik de sleutels inleverde.",
]
