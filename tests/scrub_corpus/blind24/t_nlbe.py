"""Flemish (nl-be) templates."""

CHAT = [
    "dag, onze betaalterminal geeft al heel de voormiddag {!error_code} bij {$scheme}. ons handelaarsnummer is {customer_number:merchant}",
    "Goeiemiddag, ik geraak niet meer in mijn {$psp} account. gebruikersnaam {username:shop}, paswoord {password}. merci om eens te kijken",
    "de code van de sms was {otp} maar hij zegt 'ongeldig'. bestelling {!order_number}",
    "{otp}",
    "{pin:spelled}",
    "paswoord: {password}\nlogin: {username}",
    "Wij verhuren een vakantiewoning aan de kust. De gasten geraken niet op de wifi ({$ssid}), sleutel is {wifi_key}. Is daar iets veranderd?",
    "de code van de sleutelkluis is {pin:alarm}, de technieker mag morgen binnen vanaf {!time}",
    "Ik ben boekhouder en stuur dit voor mijn klant {$client}: rijksregisternummer {bsn}, geboren op {date_of_birth}. Kunnen jullie het volmacht activeren?",
    "kunt ge mij terugbellen op {phone}? de kassa ligt plat en het is zaterdag",
    "gelieve de {!amount} terug te storten op {iban}, is dubbel gedebiteerd (factuur {!invoice_number})",
    "nieuwe api sleutel aangemaakt: {api_key:psp}, de webhook geeft nog altijd {!error_code:http}",
    "sorry ik had mij vergist, de pincode is {pin@a} en niet {~a}",
    "mijn GSM vraagt een PUK code. Op de kaart staat {puk}. Mijn nummer is {phone}",
    "pincode van de simkaart is {pin} en de puk {puk}, toestel is een {!model_number}",
    "meterstand van vandaag: {!meter_reading}. klantennummer {customer_number}, adres {address}",
    "ik kan niet inloggen met {email} en {password}, wat doe ik verkeerd?",
    "mag het abonnement voortaan van mijn kredietkaart? {card} vervalt {card_expiry}, code achteraan {cvv}",
    "ik doe de boekhouding voor {$shop}. kunnen jullie de facturen van {!year} sturen naar {email:work}? klantennummer {customer_number}",
    "het IP-adres van de kassa is {ip_address:lan} en poort {!port} staat open, toch geen verbinding met de {!model_number:terminal}",
    "verificatiecode uit de app: {otp}",
    "de alarmcode is {pin:alarm} maar de poetsvrouw krijgt het alarm niet uitgeschakeld",
    "paswoord van de modem {password:router}, wifi sleutel {wifi_key}. de technieker vroeg ernaar",
    "Ik krijg geen sms met de code op {phone}, al vijf keer opnieuw gevraagd",
    "mijn oud paswoord was {password@a}, nu veranderd naar {password} maar de app vraagt nog het oude",
    "mijn gsm nummer is {phone:dict}",
    "hier de gegevens voor de domiciliëring: {iban} op naam van {$shop}, klantennummer {customer_number}",
    "de huurder ({$tenant}) heeft de code {pin:alarm} van de garagepoort aan heel de straat gegeven. kan die veranderd worden?",
    "{$platform} koppeling werkt niet meer sinds {!version_string}. toegangstoken: {token:platform}",
    "welke sleutel moet ik in de plugin zetten, test of live? live is {api_key:psp}",
    "gebruiker {username} en de code die ik juist kreeg is {otp}",
    "rijksregisternummer {bsn}\ngeboortedatum {date_of_birth}",
    "allez, weer geblokkeerd. login {username}, ik heb een nieuw paswoord nodig",
    "IBAN van de nieuwe huurder: {iban}, op naam van {$tenant}. Huur {!amount} per maand vanaf {!date}",
    "paswoord is {password}, let op de hoofdletters",
    "nog eens: {otp}",
    "de wifi code voor de klanten ({wifi_key}) staat op het bord, kan die ook op het kasticket?",
    "mijn e-mailadres is nu {email}, gelieve dat aan te passen. klantennummer {customer_number}",
    "bankkaart {card} - ik wil die als betaalmiddel voor de terminalhuur",
    "beheerderscode van de terminal is toch {pin:5}? staat zo in de mail van {!date}",
    "bel mij aub na {!time} op {phone}",
    "{password} <- dat is het nieuwe paswoord van de kassa, kunt ge dat bij u ook aanpassen",
    "de code\n{otp}",
    "MIJN PINCODE {pin} WERKT NIET MEER",
    "paswoordt {password} werkt niet meer sinds gisteren",
    "klantnr {customer_number} / ondernemingsnr {!company_registration:be}",
    # no spans
    "Wanneer wordt de nieuwe terminal geleverd? Besteld op {!date}, bestelnummer {!order_number}",
    "Waarom betaal ik nu {!amount} per maand in plaats van {!amount}?",
    "pakket {!tracking_number} staat al drie dagen op 'in verwerking'. wanneer komen de kasrollen?",
    "wat is het paswoord van het beheermenu? staat niet in de handleiding van de {!model_number:terminal}",
    "ik ben mijn pincode vergeten, hoe vraag ik een nieuwe aan?",
    "de app crasht op versie {!version_string} als ik wil inloggen",
    "op factuur {!invoice_number} staat {!percentage:vat} btw, dat moet {!percentage:vat} zijn",
    "ticket {!ticket_number} is nog altijd niet opgelost!!",
    "merci, het werkt terug 👍",
    "storing {!error_code} sinds {!time}, klanten kunnen enkel cash betalen",
    "hoeveel kost een extra terminal? we willen er {!quantity} bij",
    "de koppeling met {$accounting} werkt niet meer sinds {!date}, geen enkele boeking komt door",
    "ik zie een domiciliëring van {!amount} met referentie {!invoice_number}, waarvoor is dat?",
    "welke poort moet er open staan, {!port}?",
    "artikel {!product_code} staat twee keer in de webshop",
    "kaart geblokkeerd na 3x foute pincode, melding {!error_code}. kaart eindigt op {!masked_value:card}",
    "ik stuur mijn paswoord liever niet via {$app}, mag ik bellen naar {!company_phone}?",
    "hallo? al sinds {!time} aan het wachten",
]

PUB = [
    "{!mention} al twee dagen geen internet in {$city}, niemand neemt op. Schandalig {!hashtag}",
    "{!mention} terug {!amount} afgehouden zonder uitleg, bel mij eens terug aub",
    "{!mention} bel mij gerust op {phone}, ik sta heel de dag in de winkel",
    "Betaalterminal ligt weer plat. Enkel cash vandaag {!hashtag} {!mention}",
    "Merci {$agent} van {!mention}, super snel geholpen!",
    "{!mention} wanneer is de storing opgelost? sinds {!time} geen {$scheme} {!hashtag}",
    "{!mention} bestelling {!order_number}, al twee weken niks gehoord",
    "{!mention} klantennummer {customer_number}, graag contact want dit duurt te lang",
    "Nog iemand problemen met inloggen bij {!mention}? Foutmelding {!error_code}",
    "{!mention} uw site {!url} ligt al heel de voormiddag plat",
]

AGENT = [
    "Dag {$cust}, vervelend dat uw terminal niet werkt! Mag ik uw klantennummer en de foutcode? Deel nooit uw pincode of paswoord met ons. ^{$agent_init}",
    "Bedankt {$cust}. Ik heb een tijdelijk paswoord aangemaakt: {password:temp}. Bij de eerste aanmelding moet u het wijzigen.",
    "Ik zie de betaling van {!amount} op rekening {!masked_value:iban}, ontvangen op {!date}. U moet dus niets meer doen.",
    "Uw dossiernummer is {!ticket_number}. De technieker belt u morgen tussen {!time:a} en {!time:b} op {phone}.",
    "Beste [KLANTNAAM], uw verificatiecode is [CODE]. Deze code blijft 10 minuten geldig.",
    "Opgelet: wij vragen nooit naar uw pincode. Hebt u die toch gedeeld? Blokkeer uw kaart dan via Card Stop op {!company_phone}.",
    "Bedankt voor uw gegevens. Uw PUK-code is {puk}. Daarna kiest u een nieuwe pincode.",
    "Ik heb uw e-mailadres aangepast naar {email}. Klopt dat?",
    "Dag {$cust}, uw terminal ({!model_number:terminal}) draait nog op {!version_string}. Wilt u hem eens heropstarten? Het beheerderspaswoord hebt u daarvoor niet nodig.",
    "Bestelling {!order_number} is vertrokken, het trackingnummer is {!tracking_number}.",
    "De verificatiecode vult u enkel in de app in, niet hier in het gesprek 🙂",
    "Klopt het dat uw klantennummer {customer_number} is en uw geboortedatum {date_of_birth}? Dan kan ik verder.",
    "Het paswoord {password} is helaas te zwak, kies er één van minstens 12 tekens.",
    "Storing {!error_code} is gekend, onze technici zijn ermee bezig. Verwachte oplossing rond {!time}.",
    "Ik heb een nieuwe pincodebrief aangevraagd, die komt binnen 5 werkdagen toe op {address}.",
    "Uw gebruikersnaam is {username}. Paswoord vergeten? Via {!url} kunt u een nieuw aanvragen.",
    "Helaas kan ik via sociale media uw dossier niet inkijken. Stuur ons een privébericht met uw klantennummer.",
    "Wij hebben uw vraag doorgegeven aan de facturatiedienst (referentie {!ticket_number}).",
    "De activatiecode voor de terminal is {otp:alnum}, in te geven via Menu > Instellingen > Activatie.",
]

NOTE = [
    "Interne nota: klant belt over {!model_number:terminal}, foutcode {!error_code}. Klantnr {customer_number}. Heeft paswoord in de chat gezet ({password}), gevraagd te wijzigen. Dossier {!ticket_number}.",
    "Overdracht voor {$colleague}: mevr. {$cust_last} wacht op terugbelactie, tel {phone}. Dubbele domiciliëring {!amount} op {!date}.",
    "Opgelet: klant heeft volledig rekeningnummer ({iban}) publiek gepost, gevraagd om te verwijderen. Screenshot in {!ticket_number}.",
    "Geen reactie meer van klant, dossier {!ticket_number} in wacht tot {!date}. Geen gegevens ontvangen.",
    "Nota: klant FR-talig, antwoord in het Frans aub. Rijksregisternr gecontroleerd ({bsn}), adres {address}. -{$agent_init}",
]

MAIL = [
    "Sinds vorige week werkt de koppeling tussen onze webshop en {$psp} niet meer. Bestellingen komen binnen, maar de betaalstatus blijft op 'open'. In de logs zie ik telkens {!error_code:http} bij {!url}.\n\nDe live sleutel in de plugin is {api_key:psp}, plugin versie {!version_string}. Kunnen jullie eens meekijken?",
    "Ik schrijf u namens mijn klant {$client}, voor wie ik de boekhouding verzorg. Gelieve de volmacht te activeren met volgende gegevens:\n\nRijksregisternummer: {bsn}\nGeboortedatum: {date_of_birth}\nAdres: {address}\n\nMijn klant heeft hiervoor toestemming gegeven.",
    "Op {!date} werd er twee keer {!amount} gedomicilieerd voor factuur {!invoice_number}. Gelieve het te veel betaalde terug te storten op {iban} op naam van {$shop}.",
    "Onze betaalterminal ({!model_number:terminal}) geeft sinds de update naar {!version_string} de melding {!error_code}. We hebben hem al drie keer heropgestart. Ons handelaarsnummer is {customer_number:merchant}.\n\nGraag zo snel mogelijk een technieker, zaterdag is onze drukste dag.",
    "Ik verhuur een studio in de {address} via jullie platform. De huurder laat weten dat de code van de sleutelkluis ({pin:alarm}) niet meer werkt. Ik ben bereikbaar op {phone}.",
    "Hierbij de meterstanden van de twee appartementen:\n- gelijkvloers: {!meter_reading}\n- eerste verdieping: {!meter_reading}\n\nKlantennummer {customer_number}.",
    "Na het datalek hebben we alle paswoorden veranderd, behalve dat van de kassa-app. Dat is nog altijd {password}. Als ik het verander kunnen de medewerkers niet meer aanmelden. Wat raadt u aan?",
    "Zoals gevraagd mijn nieuw rekeningnummer voor de domiciliëring: {iban}. Het oude nummer ({!masked_value:iban}) mag geschrapt worden.",
    "Graag had ik een kopie ontvangen van alle facturen van {!year}. Mijn boekhouder heeft die nodig voor de btw-aangifte.",
    "Op {!date} heb ik een bestelling geplaatst (nummer {!order_number}) voor {!quantity}. Volgens de tracking ({!tracking_number}) is het pakket geleverd, maar wij hebben niets ontvangen.",
    "Een medewerker geraakt niet in het portaal. Gebruikersnaam {username}, e-mail {email}. De link om het paswoord te resetten vervalt onmiddellijk (fout {!error_code}).",
    "Kunt u het gsm-nummer op ons account aanpassen? Het oude nummer {!masked_value:phone} is niet meer in gebruik, het nieuwe is {phone}.",
    "Mijn account is geblokkeerd na drie foute pogingen. De sms-code die ik kreeg was {otp}, maar die wordt geweigerd. Ik moet vandaag nog facturen versturen.",
    "In bijlage de ondertekende overeenkomst. Ons ondernemingsnummer is {!company_registration:be}. Wanneer mag ik de terminal verwachten?",
    "De wifi in het vakantiehuis werkt terug, bedankt. Door de reset staat de sleutel wel terug op {wifi_key}. Kan ik die zelf veranderen?",
    "Ik heb mijn kaartgegevens al drie keer ingegeven maar de betaling mislukt. Kaartnummer {card}, vervaldatum {card_expiry}.",
    "Wij zijn verhuisd op {!date}. Het nieuwe adres is:\n\n{address:ml}\n\nGelieve de kasrollen voortaan naar hier te sturen.",
    "De storing van vorige {$weekday} is nog altijd niet opgelost. Bij elke betaling boven {!amount} krijgen klanten {!error_code}. Dat kost ons elke dag omzet.",
]

AMAIL = [
    "Bedankt voor uw e-mail. De dubbele domiciliëring van {!amount} wordt binnen 5 werkdagen teruggestort op de rekening eindigend op {!masked_value:iban}. Uw referentie is {!ticket_number}.",
    "Om uw identiteit te controleren sturen wij een code naar het gekende gsm-nummer. Deel die code niet per e-mail. Wij vragen nooit naar uw paswoord of pincode.",
    "Zoals besproken heb ik het paswoord van de beheerder gereset. Het tijdelijke paswoord is {password:temp}; u moet het bij de eerste aanmelding wijzigen.",
    "De technieker komt op {!date} tussen {!time:a} en {!time:b}. Gelieve ervoor te zorgen dat er iemand aanwezig is op {address}.",
    "Uw vraag werd geregistreerd onder nummer {!ticket_number}. Wij antwoorden binnen 3 werkdagen.",
    "Ik heb uw nieuw e-mailadres {email} aan het account gekoppeld.",
    "De terminal heeft op {!date} om {!time} voor het laatst verbinding gemaakt. Kunt u nakijken of poort {!port} openstaat op uw router?",
]

GREET = ["Beste,", "Geachte,", "Dag {$agent},", "Goeiedag,", "Beste mevrouw, meneer,", "Hallo,"]
CLOSE = ["Met vriendelijke groeten,", "Vriendelijke groeten,", "Alvast bedankt,", "Groetjes,", "mvg,"]
SIG = [
    "{$cust_full}\nZaakvoerder {$shop}\n{address:ml@ca}\nGSM {phone@cp}\nBTW {!company_registration:be}",
    "{$cust}\n\nVerzonden vanaf mijn {$device}",
    "{$cust_full} - {$shop}\n{phone@cp}",
    "{$cust_full}\n{address@ca}\n{email:work@cw}",
    "{$cust}",
]
AGREET = ["Beste {$cust},", "Geachte mevrouw, meneer,", "Dag {$cust},"]
ASIG = [
    "Met vriendelijke groeten,\n\n{$agent_full}\nKlantendienst {$company}\n{!company_phone}",
    "Vriendelijke groeten,\n{$agent}\n{$company}",
    "Met vriendelijke groet,\n{$agent_full}\n{email:agent}",
]
QHEAD_AGENT = [
    "Op {!date} om {!time} schreef {$agent_full} <{email:agent}>:",
    "-----Oorspronkelijk bericht-----\nVan: Klantendienst {$company}\nVerzonden: {!date} {!time}\nAan: {email@ce}\nOnderwerp: RE: uw dossier {!ticket_number}",
]
QHEAD_CUST = [
    "Op {!date} om {!time} schreef {$cust_full} <{email@ce}>:",
    "Van: {$cust_full} <{email@ce}>\nVerzonden: {!date}\nOnderwerp: probleem terminal",
]
FWD = [
    "---------- Doorgestuurd bericht ---------\nVan: {$client} <{email:client}>\nDatum: {!date}\nOnderwerp: documenten\nAan: {email@ce}",
    "Begin doorgestuurd bericht:\n\nVan: {$tenant} <{email:tenant}>\nOnderwerp: huur\nDatum: {!date}",
]
FWDNOTE = ["Zie onderstaande mail van mijn klant, kunnen jullie dat in orde brengen?", "Ter info doorgestuurd. Is dat zo in orde?"]
FWDBODY = [
    "Dag {$cust},\n\nHier mijn gegevens voor {$portal}: login {username}, paswoord {password}. Mijn rijksregisternummer is {bsn}. Kunt gij de aangifte indienen?\n\nGroetjes,\n{$client}",
    "Beste {$cust},\n\nDe huur van {$month} is gestort vanaf mijn nieuwe rekening {iban}. Mijn gsm-nummer is ook veranderd: {phone}.\n\nGroeten, {$tenant}",
    "Hallo,\n\nDe chauffageketel valt weer uit. De technieker kan binnen met de code {pin:alarm} van de sleutelkluis.\n\n{$tenant}",
    "Dag {$cust},\n\nIn bijlage de aankoopfacturen van dit kwartaal. De rekeninguittreksels volgen nog.\n\n{$client}",
]
OOO = [
    "Bedankt voor uw bericht. Ik ben afwezig tot en met {!date}. Voor dringende zaken kunt u terecht bij mijn collega {$colleague} via {email:colleague} of {phone}.",
    "Ik ben vandaag niet op kantoor. Vanaf maandag beantwoord ik uw mail.\n\n{$cust_full}",
    "Afwezig tot {!date}. Ik ben op reis (vlucht {!flight_number}) en lees mijn mails niet. Dringend? Bel {phone}.",
    "Ons kantoor is gesloten wegens bouwverlof van {!date} tot {!date}. Uw e-mail wordt nadien behandeld.",
]
FORM = [
    "Naam: {$cust_full}\nKlantennummer: {customer_number}\nAdres: {address:line}\nGSM: {phone}\nE-mail: {email}\nRekeningnummer: {iban}",
    "Firma: {$shop}\nOndernemingsnummer: {!company_registration:be}\nContactpersoon: {$cust_full}\nRijksregisternummer: {bsn}\nTelefoon: {phone}",
    "Huurder: {$tenant}\nAdres: {address:line}\nStartdatum: {!date}\nHuurprijs: {!amount}\nRekeningnummer huurder: {iban}",
]
FORMNOTE = ["Hieronder de gegevens, het formulier op de website werkte niet.", "Zie hieronder zoals gevraagd."]
TABLE = [
    "datum;omschrijving;bedrag;rekening\n{!date};Huur {$month};{!amount};{iban}\n{!date};Gemeenschappelijke kosten;{!amount};{iban}",
    "Dossier {!ticket_number}\nStatus: open\nKlant: {$cust_full} ({email@ce})\nAangemaakt: {!date} {!time}\n---\n[Klant] terminal geeft {!error_code}\n[Agent {$agent}] Mag ik uw klantennummer?\n[Klant] {customer_number}\n[Agent {$agent}] Merci, ik stuur een technieker.",
]
TABLENOTE = ["Hieronder het overzicht.", "Uittreksel uit ons systeem:"]
SUBJECT = ["Storing terminal", "Vraag facturatie", "Aanmelden lukt niet", "Wijziging gegevens"]

CONTEXT = [
    "Ter info: wij zijn een kleine zaak en doen op zaterdag een paar honderd verrichtingen. Als de terminal plat ligt, verliezen wij echt omzet.",
    "Ik heb vorige week al gebeld en men beloofde mij terug te bellen binnen de 48 uur. Dat is niet gebeurd.",
    "Het gaat over onze winkel in {$city}; de andere vestiging heeft geen probleem.",
    "Ik doe de boekhouding voor verschillende zelfstandigen en zie sinds {!date} bij meerdere klanten hetzelfde probleem.",
    "Wij zijn klant sinds {!year} en waren tot nu toe altijd tevreden.",
    "In bijlage vindt u een paar screenshots van de foutmelding.",
    "Ik ben enkel in de voormiddag bereikbaar, in de namiddag sta ik in de winkel.",
]
AEXTRA = [
    "Hebt u nog vragen? Antwoord dan gewoon op deze e-mail.",
    "Onze excuses voor het ongemak.",
    "Opgelet: wij vragen nooit naar uw paswoord of pincode via e-mail of telefoon.",
    "Vermeld bij verdere communicatie steeds uw dossiernummer {!ticket_number}.",
]
CHAT += [
    "zijt ge vandaag open? ik wil de terminal komen binnenbrengen",
    "welke gegevens hebt ge nodig om het contract op naam van de bv te zetten?",
    "merci voor het snelle antwoord",
    "de storing is hier voorbij, alles werkt terug",
    "krijg bij de api call altijd {!error_code:http}, request-id {!request_id}",
    "hoe kan ik mijn paswoord eigenlijk veranderen? vind het nergens in de app",
    "is dit phishing? ze vragen mijn pincode en de code van mijn kaartlezer. ik heb niks ingevuld",
    "ja klopt",
    "neen, geen code ontvangen",
    "product met EAN {!product_code} teruggestuurd maar nog geen creditnota",
]
AGENT += [
    "Fijn dat het terug werkt! Nog een fijne dag.",
    "Bedankt voor uw bericht. Er is momenteel een storing in de regio {$city}. Volg {!url} voor updates.",
    "U hoeft uw paswoord niet met ons te delen. Via 'paswoord vergeten' in de app kunt u zelf een nieuw instellen.",
    "Dat is inderdaad phishing. Goed dat u niets hebt ingevuld!",
    "Ik heb uw vraag doorgegeven aan onze technische dienst. Zij contacteren u binnen 2 werkdagen.",
]
PUB += [
    "Alweer een uur in de wachtrij bij {!mention} {!hashtag}",
    "Eindelijk opgelost na twee weken. Merci {!mention}",
]
CHAT += [
    "mijn kredietkaart is vervallen, nieuwe: {card} tot {card_expiry}, cvc {cvv}",
    "mijn ip is {ip_address}, ik ben geblokkeerd na te veel pogingen",
    "in de aanmeldgeschiedenis staat {ip_address}, dat ben ik niet! paswoord direct veranderd",
    "toegangstoken van de developer: {token:bearer}, werkt dat nog?",
]
NOTE += [
    "Fraudemelding: aanmelding vanaf {ip_address}, klant {customer_number} heeft code {otp} niet zelf aangevraagd. Account geblokkeerd.",
]
