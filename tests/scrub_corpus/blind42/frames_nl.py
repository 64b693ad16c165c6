# Dutch (nl) frames. Slots: {pin} value spans, {N:kind} hard negatives, {kid} etc. plain fills.
CHAT = [
    "Hoi, ik probeer voor mijn dochter {kid} in te loggen op {b:portal} maar het lukt niet. Gebruikersnaam is {user:kid} en het wachtwoord {pw:kid}. Krijg steeds foutcode {N:error_code}",
    "goedemiddag ik ben de zoon van {elder} {sur}, zij heeft een volmacht aan mij gegeven. Haar pincode werkt niet meer na 3x fout, de pas eindigt op {N:masked_value}. Kan ik een nieuwe pin aanvragen voor haar? geb datum {dob:old}",
    "mijn moeder is haar pin vergeten. ze denkt dat het {pin} was maar misschien ook {pin:swap}. kunt u de pas deblokkeren?",
    "Kan iemand mij helpen, mn zoon heeft een sim van jullie en hij is zn PUK kwijt. Op het kaartje staat {puk}. Zijn nummer is {phone:mobile}",
    "de verificatiecode die ik kreeg is {otp} maar dat was op de telefoon van mijn vader, hij heeft geen eigen mail. klantnr {cust}",
    "Goedemorgen, ik help mijn buurvrouw mevrouw {sur} met haar {b:telco} abonnement. Klantnummer {cust}, geboortedatum {dob:old}, adres {addr}. Ze wil haar bundel verlagen",
    "{kid} heeft zijn wachtwoord van {b:game} veranderd en weet het niet meer, het oude was {pw}. account: {user:game}",
    "Even een vraag voor mijn vader: zijn BSN is {bsn} en hij heeft een brief gekregen over zijn AOW. Dossiernummer {N:ticket_number}. Mag ik namens hem bellen?",
    "Ik heb de DigiD code nodig voor mijn schoonmoeder, de sms-code is {otp} maar het scherm zegt {N:error_code}",
    "pincode van de wekker? nee grapje. pincode van mama haar telefoon is {pin}, puk staat op de brief: {puk}",
    "sorry verkeerde code gestuurd, het moet {otp} zijn",
    "ik probeer de kinderslot pincode van {b:parental} te resetten, ik had {pin} ingesteld maar {kid} heeft hem veranderd denk ik 🙄",
    "De wifi bij oma doet het niet meer na de monteur, netwerk {ssid}, sleutel {wifi}. Modem is een {N:model_number}",
    "hallo! mijn studentnummer is {cust:student} en mijn inlognaam {user:student}. Ik kan niet bij mijn cijfers, foutmelding {N:error_code}",
    "Wij hebben een nieuwe woning via {b:housing}, huurcontract nummer {cust}. IBAN voor de borg is {iban}. Bedrag {N:amount}",
    "Mijn vader ({elder} {sur}) krijgt zijn pensioen niet meer op {iban} maar op {iban}, dat is de nieuwe rekening. Zijn geboortedatum is {dob:old}",
    "{otp}",
    "{pin}",
    "Hier de gegevens van mijn dochter voor de inschrijving: geboren {dob:kid}, BSN {bsn}, email {email}",
    "Klantnummer van mijn moeder: {cust}\nHaar nummer: {phone}\nDe meterstand die ze doorgaf was {N:meter_reading}",
    "Mijn zoon heeft per ongeluk {N:amount} uitgegeven in {b:game} met mijn creditcard, laatste cijfers {N:masked_value}. Order {N:order_number}. Kunt u dat terugdraaien?",
    "hij heeft een nieuwe telefoon, de code om in te loggen op de bankapp is {pin:six} zegt hij, maar het werkt niet. app versie {N:version_string}",
    "ik ben vrijwilliger bij de thuisadministratie en help meneer {sur}. Hij heeft mij gevraagd zijn DigiD wachtwoord te veranderen, het tijdelijke ww is {pw:tmp}",
    "Mijn dochter studeert aan de {b:uni}, ik betaal haar collegegeld. Kunt u de factuur {N:invoice_number} naar mijn mail sturen {email}?",
    "de code van de sleutelkluis bij mijn moeder is {pin} voor de thuiszorg, kunt u dat in het dossier zetten? klantnummer {cust}",
    "Gebruikersnaam {user} wachtwoord {pw} - dat is van mijn zoon zijn {b:portal} account. Sorry, ik weet niet of ik dit zo mag sturen",
    "goedendag wij zijn het adres van mijn schoonvader aan het wijzigen, nieuw adres is {addr:full}. Hij zit nu in het verpleeghuis. Geb. {dob:old}",
    "ww van oma's email is {pw}, gebruikersnaam is haar mailadres {email}. Ze krijgt geen mails meer sinds {N:date}",
    "Bij de apotheek vragen ze om de geboortedatum van mijn vader: {dob:old}. Herhaalrecept nummer {N:order_number}, {N:quantity}",
    "hoi het telefoonnummer van de oppas is {phone:mobile} en die van mij {phone}, graag beide bij {kid} zetten",
    "Welke code moet ik invullen? Ik kreeg er twee: {otp} om {N:time} en daarna {otp}",
    "Ik doe dit namens mijn broer die in het buitenland zit, hij heeft me zijn pincode gegeven ({pin}) om de pas te activeren. Is dat ok?",
    "Is dit de goede rekening om het lesgeld van {kid} over te maken? {iban}. Factuurnummer {N:invoice_number}, bedrag {N:amount}",
    "Mijn moeder heeft een brief van {b:insurer}, relatienummer {cust}, ze snapt niet waarom ze {N:amount} eigen risico moet betalen",
]
EMAIL = [
    "Ik schrijf u namens mijn moeder, mevrouw {elder} {sur}, geboren op {dob:old}. Zij heeft mij een volmacht gegeven voor haar bankzaken. Haar rekeningnummer is {iban} en haar klantnummer {cust}. Sinds {N:date} kan zij niet meer inloggen in de app; de foutmelding is {N:error_code}.",
    "Onze zoon {kid} ({dob:kid}) zit in groep 7 en heeft een account bij {b:portal}. De inloggegevens die wij van school kregen kloppen niet meer: gebruikersnaam {user:kid}, wachtwoord {pw:kid}. Kunt u het wachtwoord resetten? Ons ticketnummer is {N:ticket_number}.",
    "Mijn vader woont sinds kort in een zorginstelling. Graag wil ik zijn abonnement bij {b:telco} opzeggen. Het gaat om nummer {phone:mobile}, klantnummer {cust}. Zijn BSN is {bsn}, mocht u dat nodig hebben. De laatste factuur {N:invoice_number} van {N:amount} is al betaald.",
    "Voor de aanvraag studiefinanciering van mijn dochter ontbreekt nog haar geboortedatum en adres. Die zijn: {dob:kid}, {addr:full}. Haar studentnummer is {cust:student}.",
    "Bij deze stuur ik de gegevens door die u vroeg. Op het pasje van mijn moeder staat: {card}, geldig tot {exp}. De beveiligingscode op de achterkant is {cvv}. Zij wil graag dat de betaling van {N:amount} (order {N:order_number}) alsnog wordt verwerkt.",
    "Ik ben mantelzorger voor mijn tante. Zij is haar pincode kwijt en de nieuwe pincode-brief is naar haar oude adres ({addr}) gestuurd. Haar nieuwe adres is {addr:ml}. Kunt u de brief opnieuw versturen?",
    "Mijn zoon heeft zich aangemeld bij de bibliotheek, lidnummer {cust}. Hij heeft een e-mail gekregen met de activatiecode {otp}, maar die is verlopen om {N:time}. Kunt u een nieuwe sturen naar {email}?",
    "Als vrijwilliger van de Formulierenbrigade help ik meneer {sur}. Hij heeft toestemming gegeven om namens hem te mailen. Zijn telefoonnummer is {phone} en zijn geboortedatum {dob:old}. Het kenmerk op uw brief is {N:ticket_number}.",
    "In de bijlage vond u niets, dus hierbij in tekst: burgerservicenummer {bsn}, IBAN {iban}, telefoon {phone}. Met deze gegevens zou de toeslag voor de kinderopvang van {kid} bij {b:childcare} geregeld moeten kunnen worden.",
    "Het wifi-netwerk in de studentenkamer van mijn zoon werkt niet. Volgens de sticker op de router is de sleutel {wifi}, maar het apparaat ({N:model_number}) weigert die. Huurdernummer {cust}.",
    "Ik merk dat ik mij vergist heb in mijn vorige mail: de geboortedatum die ik noemde ({dob:adult}) was die van mijzelf, die van mijn vader is {dob:old}.",
    "De inlogcode voor de ouderapp werkt niet. Ik heb code {otp} ingevoerd om {N:time} en kreeg melding {N:error_code}. Mijn kinderen zijn {kid} en {kid2}, beide in groep 5.",
]
PUBLIC = [
    "{N:mention} al 3 dagen kan mijn moeder niet inloggen, steeds {N:error_code}. Wat nu?? {N:hashtag}",
    "{N:mention} mijn zoon is zijn wachtwoord kwijt van {b:portal}, school is dicht. Wie kan helpen {N:hashtag}",
    "Zo, {N:amount} aan {b:game} skins op mijn creditcard. Bedankt {N:mention} 😤",
    "{N:mention} pin van mijn vader geblokkeerd, 2 uur in de wacht op {N:company_phone}. Schandalig",
    "lol {N:mention} vraagt om mn pincode via DM, is dat echt?? {N:hashtag}",
    "{N:mention} help mijn oma heeft een sms met code {otp} gekregen maar ze heeft niks aangevraagd, is dit phishing?",
    "Storing bij {b:telco}? Oma's telefoon doet niks meer sinds {N:time} {N:hashtag}",
    "{N:mention} wanneer komt de uitbetaling van {b:finance}? Al {N:date} gewacht",
]
AGENT = [
    "Hoi {me}, bedankt voor je bericht. Om je moeder te helpen hebben we haar klantnummer en geboortedatum nodig. Deel nooit een pincode met ons. Groet, {agent}",
    "Dank je wel! Ik zie dat de pas eindigend op {N:masked_value} geblokkeerd is. Ik heb een nieuwe pincode-brief aangevraagd, die komt binnen 5 werkdagen. ^{agent}",
    "Hallo, ik heb het wachtwoord van {kid} gereset. Het tijdelijke wachtwoord is {pw:tmp}, dit moet hij bij de eerste keer inloggen wijzigen. Ticket {N:ticket_number}.",
    "Hoi! Ik heb de gegevens gecontroleerd: klantnummer {cust:same}, geboortedatum {dob:same}. Alles klopt. Je vader kan nu weer inloggen. Groetjes {agent}",
    "Goedemiddag, graag ontvangen we een kopie van de volmacht. U kunt die uploaden via {N:url}. Uw referentie is {N:ticket_number}.",
    "Hoi {me}, de PUK voor het nummer eindigend op {N:masked_value} vind je in Mijn omgeving. Wij sturen die niet via chat. Fijne dag!",
    "Vervelend dat je zoon een aankoop deed in {b:game}. Het bedrag van {N:amount} (order ⟦order_number⟧) kun je terugvragen via {N:url}. Gr. {agent}",
    "Dankjewel. Ik heb de wijziging naar rekening {iban:same} doorgevoerd per {N:date}. Met vriendelijke groet, {agent}",
]
GREET = ["Geachte heer/mevrouw,", "Beste medewerker,", "Goedemiddag,", "Hallo,", "Beste {agent},", "Geachte klantenservice,"]
CLOSE = ["Met vriendelijke groet,", "Alvast bedankt,", "Groeten,", "Met vriendelijke groeten,", "Hartelijk dank voor uw hulp,", "Mvg,"]
SIGN = ["{me} {sur}\n{addr:ml}\nTel. {phone}", "{me} {sur} (dochter van {elder} {sur})\n{phone:mobile}", "{me}\n{email}", "{me} {sur}\nnamens {elder} {sur}\n{addr:full}", "{me} {sur}\nVerstuurd vanaf mijn iPhone", "{me}"]
FILLER = [
    "Ik heb al twee keer gebeld maar kom steeds in een wachtrij terecht.",
    "Mijn moeder is 87 en kan zelf niet goed met de computer overweg, daarom regel ik dit voor haar.",
    "Op de website staat dat ik het formulier moet downloaden, maar de link werkt niet.",
    "Excuses voor de lange mail, ik wil het graag in één keer goed regelen.",
    "Wij hebben hier al eerder over gemaild, zie hieronder.",
    "De school zegt dat we bij jullie moeten zijn, jullie zeggen de school. Zo komen we niet verder.",
    "Ik ben bereikbaar na vijf uur, overdag werk ik.",
    "Mijn zoon zit midden in de toetsweek dus het is nogal dringend.",
]
QHEAD = ["Op {N:date} om {N:time} schreef Klantenservice <{N:url}>:", "Op {N:date} schreef {agent} van de servicedesk:", "-----Oorspronkelijk bericht-----\nVan: Klantenservice\nVerzonden: {N:date}\nOnderwerp: Uw vraag {N:ticket_number}"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: {elder} {sur} <{email}>\nDatum: {N:date}\nOnderwerp: inloggen lukt niet\n\n", "Begin doorgestuurd bericht:\n\nVan: {email}\nOnderwerp: Fwd: code\n\n"]
CHAT += [
    "Ik beheer als vrijwilliger de site van de ouderraad, de api key {api} staat in een oude mail. Request {N:request_id}, poort {N:port}",
    "De website van de voetbalclub van {kid} gebruikt sleutel {api}, de vorige penningmeester is vertrokken. Wat nu?",
    "mijn zoon heeft zijn token {token} in een groepsapp gezet, hoe maak ik die ongeldig? Zie {N:url}",
    "het inlog-IP van mijn vader was {ip} maar hij zat in vliegtuig {N:flight_number}. klantnummer {cust}",
    "KvK nummer van de school is {N:company_registration}, artikel {N:product_code}, wij hebben {N:percentage} betaald. Leerlingnummer {cust:kid}",
    "Pakket met de laptop van school, track & trace {N:tracking_number}. De pincode in de doos is {pin}",
]
AGENT += [
    "Hoi {me}, je kunt het wachtwoord zelf herstellen via {N:url}. Deel de code nooit met anderen. Gr {agent}",
    "Dank voor je geduld. Het volmachtformulier vind je op {N:url}, daarna koppelen we het aan klantnummer {cust:same}.",
]
CHAT += [
    "De PUK van de sim van mijn moeder is {puk}, de pincode was {pin}. Ze heeft 3x fout gedaan",
    "app van de school crasht, request id {N:request_id}, checksum {N:checksum}. {N:percentage} van de ouders kan niet inloggen. De code van {kid} is {otp}",
]
