"""Dutch (nl) templates.  Placeholders: see core.render."""

CHAT = [
    "hoi, de pinautomaat in de zaak geeft steeds {!error_code} bij contactloos betalen. ons merchant id is {customer_number:merchant}",
    "Goedemiddag, ik kom niet meer in het {$psp} dashboard. gebruikersnaam is {username:shop} en ik heb net {password} geprobeerd, daarna 3x fout en nu geblokkeerd",
    "de sms code was {otp} maar ik krijg 'code verlopen'. bestelling {!order_number} staat nog open",
    "{otp}",
    "{pin}",
    "ww: {password}\ngebruiker: {username}",
    "Hallo! Wij verhuren een appartement in {$city}. De gasten krijgen de wifi niet werkend, netwerk {$ssid} en sleutel {wifi_key}. Klopt die nog wel na jullie update?",
    "sleutelkastje bij de voordeur heeft code {pin:alarm}, de monteur mag er morgen tussen {!time:a} en {!time:b} in",
    "Goedemorgen, ik app namens mijn cliënt {$client}. BSN {bsn}, geboren {date_of_birth}. Kan de machtiging voor de aangifte {!year} alsnog geactiveerd worden?",
    "kan iemand me terugbellen op {phone}? kassa ligt eruit en het is koopavond 😩",
    "graag het bedrag van {!amount} terugstorten op {iban}, is dubbel afgeschreven (factuur {!invoice_number})",
    "heb net een nieuwe api key gemaakt {api_key:psp} maar de webhook blijft {!error_code:http} geven",
    "sorry typo, de pincode is {pin@a} niet {~a}",
    "simkaart vraagt om PUK. op het pasje staat {puk}, mijn nummer is {phone:nl}",
    "pin van de zakelijke sim is {pin} en puk {puk}. toestel is een {!model_number}",
    "meterstand vandaag {!meter_reading}, klantnummer {customer_number}. Adres {address}",
    "inloggen lukt niet: {email} / {password}",
    "kunnen jullie het abonnement voortaan van deze kaart afschrijven? {card} geldig tot {card_expiry} cvc {cvv}",
    "ik ben de boekhouder van {$shop}. kunnen jullie alle facturen van {!year} naar {email:work} mailen? klantnummer {customer_number}",
    "ip van de kassa is {ip_address:lan} en poort {!port} staat open, maar de terminal ({!model_number:terminal}) krijgt geen verbinding",
    "2fa code uit de authenticator: {otp}",
    "alarmcode is {pin:alarm}, uitschakelen lukt wel maar na een minuut gaat de sirene toch af",
    "modem wachtwoord {password:router} en wifi {wifi_key}, monteur vroeg erom",
    "De verificatiecode komt niet binnen op {phone}. Al 4 keer op opnieuw versturen gedrukt",
    "mijn oude wachtwoord was {password@a}, heb het gewijzigd naar {password} maar de app pakt nog steeds het oude",
    "de code is {pin:spelled}, ik typ het uit want mn toetsenbord doet raar",
    "mijn nummer is {phone:dict}",
    "hierbij de gegevens voor de overstap: iban {iban} op naam van {$shop}, klantnr {customer_number}",
    "de huurder ({$tenant}) heeft de toegangscode {pin:alarm} van de fietsenberging aan iedereen doorgegeven 🙄 kunnen jullie een nieuwe instellen?",
    "Hoi, {$platform} koppeling staat stil sinds versie {!version_string}. Access token is {token:platform} als jullie willen kijken",
    "welke api key moet ik gebruiken, de test of de live? live is {api_key:psp}",
    "accountnaam {username} en de code die ik net kreeg {otp}",
    "mijn geboortedatum is {date_of_birth} en adres {address:street}",
    "Goeiedag, de inlognaam van mijn moeder is {username} en ze is haar wachtwoord kwijt. Kunt u een reset sturen naar {email}?",
    "token verlopen? {token:bearer} geeft {!error_code:http}, request id {!request_id}",
    "IBAN van de nieuwe huurder is {iban}, tnv {$tenant}. Huur is {!amount} per maand vanaf {!date}",
    "wachtwoord = {password} (hoofdlettergevoelig)",
    "nog een keer: {otp} 🙏",
    "aws keys van de oude developer stonden in de plugin: {api_key:aws} / {api_key:aws_secret}. moet ik die intrekken?",
    "wifi wachtwoord voor de klanten staat op een bordje bij de kassa: {wifi_key}. kunnen jullie dat ook op de bon printen?",
    "Mijn e-mail is veranderd naar {email}, wil je dat aanpassen? klantnummer {customer_number}",
    "IBAN:{iban}",
    "beheerderscode van de terminal is {pin:5} toch? stond in de mail van {!date}",
    "graag even bellen, {phone}, na {!time}",
    "webhook secret is {api_key:webhook}, endpoint {!url}",
    "{password} is het nieuwe wachtwoord van de kassa-app, kan je dat bij jullie ook aanpassen",
    "de code:\n{otp}",
    "MIJN PINCODE IS {pin} EN HIJ WERKT NIET MEER",
    "wachtwoort is {password} hoofdlettergevoelig",
    "verficatiecode {otp} ordernr {!order_number}",
    "klantnummer {customer_number}\ngeboortedatum {date_of_birth}\npostcode en huisnummer staan al in het systeem",
    "ik heb 2 simkaarten, de puk van de eerste is {puk} en van de tweede {puk}",
    "tel {phone} mail {email}",
    "heb de pas van {$bank} nu 3x verkeerd ingetoetst. nieuwe pin wil ik {pin} maken kan dat?",
    # no spans
    "Hoe lang duurt het voordat de nieuwe terminal er is? Besteld op {!date}, ordernummer {!order_number}",
    "Waarom is mijn abonnement ineens {!amount} per maand ipv {!amount}??",
    "zending {!tracking_number} staat al 3 dagen op 'aangemeld'. Wanneer komen de bonrollen?",
    "wat is het wachtwoord van het beheermenu? staat niet in de handleiding van de {!model_number:terminal}",
    "ik ben mijn pincode vergeten, hoe vraag ik een nieuwe aan?",
    "jullie app crasht op {!version_string} zodra ik op inloggen druk",
    "Factuur {!invoice_number} klopt niet, er staat {!percentage:vat} btw op ipv {!percentage:vat}",
    "ticket {!ticket_number} is nog steeds niet opgelost!!",
    "kunnen jullie een nieuwe activatiecode sturen? de vorige is verlopen",
    "ok top, het werkt weer. dank je!",
    "Storing {!error_code} sinds {!time}, klanten kunnen alleen contant betalen",
    "Hoeveel kost een extra terminal? We willen er {!quantity} bij voor de zomer",
    "De meterstand was {!meter_reading} op {!date}, nu {!meter_reading}. Dat kan toch niet kloppen",
    "is de koppeling met {$accounting} al gefixt? sinds {!date} komen er geen boekingen meer door",
    "Ik zie een afschrijving van {!amount} met kenmerk {!invoice_number}, waar is dat voor?",
    "welke poort moet open voor de terminal, {!port} of {!port}?",
    "plugin zip gaf checksum {!checksum}, klopt die met die op jullie site?",
    "artikel {!product_code} staat dubbel in de webshop na de import van {!date}",
    "pas geblokkeerd na 3x verkeerde pincode, de automaat zei {!error_code}. pas eindigt op {!masked_value:card}",
    "de sms met de code komt wel binnen maar pas na een half uur, dan is hij al verlopen",
    "hallo?? ik wacht al sinds {!time} op antwoord",
    "ik stuur mijn wachtwoord liever niet via {$app}, kan ik bellen naar {!company_phone}?",
]

PUB = [
    "{!mention} al 3 dagen geen internet in {$city} en niemand neemt op. Top service 👎 {!hashtag}",
    "{!mention} weer {!amount} afgeschreven zonder uitleg. Bel me nou eens terug",
    "{!mention} bel me maar op {phone}, ben de hele dag in de zaak",
    "Pinautomaat ligt er wéér uit. Klanten moeten contant betalen {!hashtag} {!mention}",
    "Dank aan {$agent} van {!mention}, binnen 10 minuten geholpen 🙌",
    "{!mention} wanneer is de storing voorbij? sinds {!time} geen pin {!hashtag}",
    "{!mention} mijn ordernummer is {!order_number}, al 2 weken niks gehoord",
    "{!mention} klantnummer {customer_number}, graag contact want dit duurt te lang",
    "Waarom is een pinautomaat bij {!mention} ineens {!percentage} duurder? {!hashtag}",
    "Iemand anders ook problemen met inloggen bij {!mention}? Krijg steeds {!error_code}",
    "{!mention} jullie site {!url} is al de hele ochtend plat",
    "Mijn mail is {email}, stuur maar een DM {!mention}",
    "Als ondernemer ben je echt overgeleverd aan {!mention}. Derde storing deze maand {!hashtag}",
    "{!mention} pakket {!tracking_number} ligt al een week 'in sorteercentrum'",
]

AGENT = [
    "Hoi {$cust}, vervelend dat je pinautomaat het niet doet! Kun je ons je klantnummer en de foutcode sturen? Deel nooit je pincode of wachtwoord met ons. ^{$agent_init}",
    "Dank je {$cust}. Ik heb een tijdelijk wachtwoord aangemaakt: {password:temp}. Je moet het bij de eerste keer inloggen wijzigen. Groet, {$agent}",
    "Ik zie de betaling van {!amount} op rekening {!masked_value:iban} binnengekomen op {!date}. Je hoeft dus niets meer te doen.",
    "Je ticketnummer is {!ticket_number}. Onze monteur belt je morgen tussen {!time:a} en {!time:b} op {phone}.",
    "Beste {{klantnaam}}, uw verificatiecode is <code>. Deze code is 10 minuten geldig. Deel hem met niemand.",
    "Hoi! Voor de zekerheid: wij vragen nooit om je pincode. Heb je die toch gedeeld? Blokkeer je pas dan via {!company_phone}.",
    "Bedankt voor je gegevens. Je PUK-code is {puk}, voer hem in en kies daarna een nieuwe pincode. ^{$agent_init}",
    "Ik heb je e-mailadres aangepast naar {email}. Klopt dat zo?",
    "Hoi {$cust}, ik zie dat de terminal ({!model_number:terminal}) nog op firmware {!version_string} draait. Wil je hem herstarten? Het beheerderswachtwoord heb je daar niet voor nodig.",
    "Dank voor je geduld! Order {!order_number} is verzonden, de track & trace is {!tracking_number}.",
    "Hoi, de verificatiecode die je ontvangt vul je alleen in de app in, niet hier in de chat 🙂 ^{$agent_init}",
    "Klopt het dat uw klantnummer {customer_number} is en uw geboortedatum {date_of_birth}? Dan kan ik verder met de wijziging.",
    "Het wachtwoord {password} is helaas niet sterk genoeg, kies er een van minimaal 12 tekens met een cijfer erin.",
    "Storing {!error_code} is bekend, onze technici zijn ermee bezig. We verwachten dat het rond {!time} is opgelost.",
    "Ik heb een nieuwe pincodebrief aangevraagd. Die ontvang je binnen 5 werkdagen op {address}.",
    "De wifi-sleutel staat op de sticker onder het modem. Ik heb hem op afstand gereset, hij is nu {wifi_key}.",
    "Je gebruikersnaam is {username}. Wachtwoord vergeten? Via {!url} kun je een nieuwe aanvragen.",
    "Uw rekening {!masked_value:iban} wordt vanaf {!date} gebruikt voor de incasso van {!amount} per maand.",
    "Hoi {$cust}, je nieuwe simkaart is onderweg. De pincode is standaard {pin}, die kun je daarna zelf wijzigen. ^{$agent_init}",
    "Dank voor het doorsturen. Ik heb de sleutel die eindigt op {!masked_value:key} ingetrokken, maak in het dashboard een nieuwe aan en zet die in de plugin.",
    "Hi {$cust}, kun je een screenshot sturen van de melding? Zonder je wachtwoord of code erop graag 😉",
    "Helaas kan ik via social media geen klantgegevens inzien. Wil je ons een DM sturen met je postcode en huisnummer?",
    "Wij hebben uw verzoek doorgezet naar de afdeling Facturatie (referentie {!ticket_number}). U hoort binnen 2 werkdagen van ons.",
    "Ik heb het even nagevraagd: de activatiecode is {otp:alnum}. Die moet je op de terminal invoeren onder Instellingen > Activeren.",
]

NOTE = [
    "Interne notitie: klant belt over {!model_number:terminal}, foutcode {!error_code}. Klantnr {customer_number}. Heeft wachtwoord in de chat gezet ({password}), gevraagd om te wijzigen. Ticket {!ticket_number}. -{$agent_init}",
    "Overdracht voor {$colleague}: mevr. {$cust_last} wacht op terugbelverzoek, tel {phone}. Issue: dubbele afschrijving {!amount} op {!date}. Niet sluiten aub.",
    "NB: klant heeft volledige IBAN ({iban}) publiek gepost, gevraagd te verwijderen. Screenshot in ticket {!ticket_number}.",
    "Escalatie 2e lijn: webhook {!url} faalt met {!error_code:http}, request id {!request_id}. Klant heeft de live key gedeeld: {api_key:psp} -> advies roteren.",
    "Notitie: geen gegevens ontvangen, klant reageert niet meer. Ticket {!ticket_number} op wacht tot {!date}.",
    "Terugbellen om {!time}: {$cust_full}, {phone}, over meterstand {!meter_reading} vs. jaarafrekening {!invoice_number}.",
    "overdracht nachtdienst: 3 tickets open ({!ticket_number}, {!ticket_number}, {!ticket_number}), allemaal storing {!error_code} regio {$city}. geen klantgegevens nodig, wacht op netbeheer.",
    "Klant verifieerd via geb.datum {date_of_birth} + laatste 4 van iban ({!masked_value:iban}). Adres gewijzigd naar {address}. -{$agent_init}",
]

MAIL = [
    "Sinds vorige week werkt de koppeling tussen onze webshop en {$psp} niet meer. Bestellingen komen wel binnen, maar de betaalstatus blijft op 'open' staan. In de logs zie ik steeds {!error_code:http} bij het aanroepen van {!url}.\n\nVoor de volledigheid: de live API key die nu in de plugin staat is {api_key:psp}. De plugin draait op versie {!version_string}. Kunnen jullie meekijken?",
    "Namens mijn cliënt {$client} wil ik een machtiging aanvragen voor het inzien van de jaaropgaven. De gegevens:\n\nBSN: {bsn}\nGeboortedatum: {date_of_birth}\nAdres: {address}\n\nDe cliënt is op de hoogte en heeft schriftelijk toestemming gegeven.",
    "Op {!date} is er twee keer {!amount} van onze rekening afgeschreven voor factuur {!invoice_number}. Wilt u het teveel betaalde terugstorten op {iban} t.n.v. {$shop}?",
    "Onze pinautomaat ({!model_number:terminal}) geeft sinds de update naar {!version_string} de melding {!error_code}. We hebben hem al drie keer herstart. Ons merchantnummer is {customer_number:merchant}.\n\nGraag zo snel mogelijk een monteur, zaterdag is onze drukste dag.",
    "Ik verhuur een appartement aan de {address} via jullie platform. De huurder meldt dat de code van het sleutelkluisje ({pin:alarm}) niet meer werkt. Kunt u dit controleren? Ik ben bereikbaar op {phone}.",
    "Bijgaand de meterstanden van de drie units:\n- begane grond: {!meter_reading}\n- 1e verdieping: {!meter_reading}\n- 2e verdieping: {!meter_reading}\n\nKlantnummer {customer_number}.",
    "Wij hebben na het datalek alle wachtwoorden gewijzigd, behalve dat van de kassa-app. Dat is nog steeds {password}. Ik durf het niet te wijzigen omdat de medewerkers dan niet meer kunnen inloggen. Wat adviseert u?",
    "Hierbij stuur ik zoals gevraagd het nieuwe rekeningnummer voor de automatische incasso: {iban}. Het oude nummer ({!masked_value:iban}) mag worden verwijderd.",
    "Graag ontvang ik een kopie van alle facturen over {!year}. Het gaat om de maanden januari tot en met juni. Onze accountant heeft deze nodig voor de btw-aangifte.",
    "Ik heb op {!date} een bestelling geplaatst (ordernummer {!order_number}) voor {!quantity}. Volgens de track & trace ({!tracking_number}) is het pakket bezorgd, maar wij hebben niets ontvangen. Kunt u dit uitzoeken?",
    "Onze medewerker kan niet inloggen op het portaal. Gebruikersnaam {username}, e-mail {email}. De resetlink die wordt verstuurd verloopt direct. Een screenshot van de foutmelding ({!error_code}) zit in de bijlage.",
    "Voor het verhuizen van de domeinnaam heb ik de verhuiscode nodig. De inloggegevens van het oude account zijn {username} / {password}, misschien kunt u daarmee kijken.",
    "Kunt u het telefoonnummer op ons account wijzigen? Het oude nummer {!masked_value:phone} is niet meer in gebruik, het nieuwe is {phone}.",
    "Mijn account is geblokkeerd na drie foute inlogpogingen. Ik heb een sms-code aangevraagd, die was {otp}, maar het systeem zegt dat de code ongeldig is. Het is nu {!time} en ik moet vandaag nog facturen versturen.",
    "In de bijlage vindt u de ondertekende overeenkomst. Ons KvK-nummer is {!company_registration:kvk} en het btw-nummer {!company_registration:vat}. Ik hoor graag wanneer de terminal geleverd wordt.",
    "De wifi in de vakantiewoning werkt weer, bedankt. Wel is het netwerkwachtwoord door de reset teruggezet naar de standaardsleutel {wifi_key}. Kan ik dat zelf veranderen of moet dat via jullie?",
    "Ik heb mijn kaartgegevens al drie keer ingevoerd maar de betaling mislukt steeds. Kaartnummer {card}, vervaldatum {card_expiry}. Kunt u zien wat er misgaat?",
    "Wij zijn per {!date} verhuisd. Ons nieuwe adres is:\n\n{address:ml}\n\nWilt u de bonrollen en de post voortaan hierheen sturen?",
    "Ik krijg bij het inloggen op {$accounting} elke keer een nieuwe verificatiecode, maar na het invullen kom ik weer op het inlogscherm. Laatste code was {otp}. Browser is Chrome, versie {!version_string}.",
    "Ik heb uw offerte voor {!quantity} ontvangen. Het bedrag van {!amount} excl. {!percentage:vat} btw is akkoord. Wel wil ik graag de betalingstermijn naar 30 dagen. Kunt u een aangepaste offerte sturen?",
    "Helaas is de storing van afgelopen {$weekday} nog niet verholpen. Bij iedere transactie boven de {!amount} krijgen klanten de melding {!error_code}. Ik heb hier dagelijks omzetverlies door.",
]

AMAIL = [
    "Dank voor uw e-mail. Ik heb de dubbele afschrijving van {!amount} gecontroleerd; deze wordt binnen 5 werkdagen teruggestort op de rekening eindigend op {!masked_value:iban}. Uw referentie is {!ticket_number}.",
    "Om uw identiteit te controleren sturen wij een code naar het bij ons bekende telefoonnummer. Deel deze code niet per e-mail. Wij zullen u nooit vragen om uw wachtwoord of pincode.",
    "Zoals besproken heb ik het wachtwoord van het beheerdersaccount gereset. Het tijdelijke wachtwoord is {password:temp}. U wordt gevraagd dit bij de eerste keer inloggen te wijzigen.",
    "De API-sleutel die u in uw vorige e-mail meestuurde hebben wij uit veiligheidsoverwegingen ingetrokken. U kunt in het dashboard een nieuwe aanmaken. De foutmelding {!error_code:http} werd veroorzaakt door een verlopen sleutel.",
    "De monteur komt op {!date} tussen {!time:a} en {!time:b}. Wilt u ervoor zorgen dat er iemand aanwezig is op {address}?",
    "Uw klantnummer is {customer_number}. Wilt u dit nummer bij verdere correspondentie vermelden?",
    "Uw verzoek is in behandeling genomen onder nummer {!ticket_number}. Wij streven ernaar binnen 3 werkdagen te reageren.",
    "Ik heb uw nieuwe e-mailadres {email} aan het account gekoppeld. U ontvangt hierover een bevestigingsmail.",
    "Ik zie in ons systeem dat de terminal op {!date} om {!time} voor het laatst verbinding heeft gemaakt. Wilt u controleren of de netwerkkabel goed vastzit en of poort {!port} openstaat op uw router?",
    "Wij hebben uw gegevens gewijzigd. Het nieuwe telefoonnummer {phone} is vanaf vandaag actief voor de sms-verificatie.",
]

GREET = ["Beste {$agent},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "Hoi {$agent},",
         "Geachte medewerker van {$company},", "Goedemorgen,"]
CLOSE = ["Met vriendelijke groet,", "Groet,", "Alvast bedankt!", "Vriendelijke groeten,", "mvg", "Bij voorbaat dank,"]
SIG = [
    "{$cust_full}\n{$shop}\n{address:ml@ca}\nT {phone@cp}\nKvK {!company_registration:kvk}",
    "{$cust}\n\nVerzonden vanaf mijn {$device}",
    "{$cust_full} | {$shop}\n{phone@cp} | {email:work@cw}",
    "{$cust_full}\nEigenaar {$shop}\nTel: {phone@cp}\nBTW: {!company_registration:vat}",
    "{$cust}",
    "{$cust_full}\n{address@ca}",
    "{$cust_full}\nAdministratie {$shop}\nbereikbaar ma-do",
]
AGREET = ["Beste {$cust},", "Geachte heer/mevrouw {$cust_last},", "Hallo {$cust},", "Beste meneer/mevrouw,"]
ASIG = [
    "Met vriendelijke groet,\n\n{$agent_full}\nKlantenservice {$company}\n{!company_phone}",
    "Groet,\n{$agent}\nTeam {$company}",
    "Vriendelijke groet,\n{$agent_full}\nE: {email:agent}\nT: {!company_phone}",
    "Met vriendelijke groet,\n{$agent}\n{$company} | Klantcontact",
]
QHEAD_AGENT = [
    "Op {!date} om {!time} schreef {$agent_full} <{email:agent}>:",
    "Op {!date} {!time} schreef Klantenservice {$company}:",
    "-----Oorspronkelijk bericht-----\nVan: {$agent_full} <{email:agent}>\nVerzonden: {!date} {!time}\nAan: {email@ce}\nOnderwerp: RE: uw vraag ({!ticket_number})",
]
QHEAD_CUST = [
    "Op {!date} om {!time} schreef {$cust_full} <{email@ce}>:",
    "-----Oorspronkelijk bericht-----\nVan: {$cust_full} <{email@ce}>\nVerzonden: {!date} {!time}\nAan: Klantenservice {$company}\nOnderwerp: storing",
    "{$cust_full} schreef op {!date}:",
]
FWD = [
    "---------- Doorgestuurd bericht ---------\nVan: {$client} <{email:client}>\nDatum: {!date} {!time}\nOnderwerp: gegevens\nAan: {$cust_full} <{email@ce}>",
    "Begin doorgestuurd bericht:\n\nVan: {$tenant} <{email:tenant}>\nOnderwerp: huur en sleutels\nDatum: {!date} om {!time}\nAan: {email@ce}",
]
FWDNOTE = [
    "Zie onderstaande mail van mijn klant. Kunnen jullie dit oppakken?",
    "Ter info, dit kreeg ik vanochtend binnen. Kan dit zo verwerkt worden?",
    "Hierbij doorgestuurd. Graag even checken of alles compleet is.",
]
FWDBODY = [
    "Hoi {$cust},\n\nZoals gevraagd mijn inloggegevens voor {$portal}: gebruikersnaam {username}, wachtwoord {password}. Wil jij de aangifte doen? Mijn BSN is {bsn}.\n\nGroetjes,\n{$client}",
    "Beste {$cust},\n\nDe huur voor {$month} is overgemaakt vanaf mijn nieuwe rekening {iban}. De oude rekening is opgeheven. Ook mijn telefoonnummer is veranderd: {phone}.\n\nMvg, {$tenant}",
    "Hallo,\n\nDe verwarming doet het weer niet. De monteur kan naar binnen met code {pin:alarm} van het sleutelkastje, ik ben zelf niet thuis.\n\n{$tenant}",
    "Hoi {$cust},\n\nIk heb de loonstroken van {$month} nog niet gehad. Kun je ze sturen naar mijn nieuwe mailadres {email:client}? Mijn personeelsnummer is {customer_number}.\n\nDank!",
    "Beste {$cust},\n\nIn de bijlage de facturen van dit kwartaal. De bankafschriften volgen nog. Groet, {$client}",
]
OOO = [
    "Bedankt voor uw bericht. Ik ben afwezig tot en met {!date} en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met mijn collega {$colleague} via {email:colleague} of {phone}.",
    "Ik ben er vandaag niet (vrijdag vrij). Maandag reageer ik op uw mail.\n\nMet vriendelijke groet,\n{$cust_full}",
    "Afwezigheidsmelding: ik zit tot {!date} in het buitenland (vlucht {!flight_number}). Bij spoed: {phone}.",
    "Automatisch antwoord: wegens vakantie is ons kantoor gesloten van {!date} t/m {!date}. Uw mail wordt daarna in volgorde van binnenkomst behandeld.",
    "Dank voor uw mail. Ik werk op maandag, dinsdag en donderdag. Uw bericht wordt op de eerstvolgende werkdag behandeld.",
]
FORM = [
    "Naam: {$cust_full}\nKlantnummer: {customer_number}\nAdres: {address:line}\nTelefoon: {phone}\nE-mail: {email}\nIBAN: {iban}\nOpmerking: graag incasso vanaf {!date}",
    "Bedrijfsnaam: {$shop}\nKvK-nummer: {!company_registration:kvk}\nContactpersoon: {$cust_full}\nTelefoonnummer: {phone}\nGeboortedatum contactpersoon: {date_of_birth}\nRekeningnummer: {iban}\nGewenste ingangsdatum: {!date}",
    "--- ingevuld contactformulier ---\nVoornaam: {$cust}\nAchternaam: {$cust_last}\nE-mailadres: {email}\nOrdernummer: {!order_number}\nOmschrijving: terminal geeft {!error_code} na update\n---",
    "Huurder: {$tenant}\nAdres gehuurde: {address:line}\nIngangsdatum: {!date}\nKale huur: {!amount}\nServicekosten: {!amount}\nIBAN huurder: {iban}\nBSN: {bsn}",
]
FORMNOTE = ["Hieronder de ingevulde gegevens, het formulier op de site gaf een foutmelding.",
            "Zie onderstaand, zoals gevraagd.", "Bijgaand de gegevens voor de aanvraag."]
TABLE = [
    "datum;omschrijving;bedrag;tegenrekening\n{!date};Huur {$month} {$tenant};{!amount};{iban}\n{!date};Servicekosten;{!amount};{iban}\n{!date};Borg retour;{!amount};{!masked_value:iban}",
    "klantnr,naam,email,telefoon,status\n{customer_number},{$cust_full},{email},{phone},actief\n{customer_number},{$client},{email:client},{phone},opgezegd",
    "Ticket {!ticket_number} - export\nStatus: Open | Prioriteit: Hoog\nAanvrager: {$cust_full} ({email@ce})\nAangemaakt: {!date} {!time}\n---\n[Klant] terminal doet niks meer, foutcode {!error_code}\n[Agent {$agent}] Kunt u het serienummer en uw klantnummer doorgeven?\n[Klant] klantnummer is {customer_number}, serienummer weet ik niet\n[Agent {$agent}] Dank, ik plan een monteur in.",
    "Factuur;Datum;Bedrag;Status\n{!invoice_number};{!date};{!amount};betaald\n{!invoice_number};{!date};{!amount};open\n{!invoice_number};{!date};{!amount};herinnering",
]
TABLENOTE = ["Hieronder de export uit ons systeem.", "Zie de regels hieronder (geplakt uit Excel).", "Overzicht zoals besproken:"]
SUBJECT = ["Storing pinautomaat", "Vraag over factuur", "Inloggen lukt niet", "Wijziging gegevens", "Koppeling webshop", "RE: uw vraag"]

CONTEXT = [
    "Even ter achtergrond: wij zijn een kleine zaak met twee vestigingen en draaien op zaterdag ruim 300 transacties. Elke minuut dat de pin eruit ligt kost ons dus echt geld.",
    "Ik heb vorige week al gebeld en toen werd me beloofd dat er binnen 48 uur iemand zou terugbellen. Dat is niet gebeurd, vandaar deze mail.",
    "Ik heb het ook al met onze IT-leverancier besproken, maar die zegt dat het probleem aan jullie kant ligt.",
    "Het gaat om de vestiging in {$city}. De andere vestiging heeft geen last van het probleem.",
    "Ik doe de administratie voor een aantal kleine ondernemers en loop bij meerdere klanten tegen hetzelfde probleem aan sinds {!date}.",
    "Onze huurders zijn inmiddels behoorlijk ontevreden, dus ik hoop dat u dit met voorrang kunt oppakken.",
    "Wij zijn al sinds {!year} klant bij jullie en zijn tot nu toe altijd tevreden geweest.",
    "In de bijlage vindt u twee screenshots en de pakbon van de levering.",
    "Ik ben de rest van de week alleen 's ochtends bereikbaar, 's middags sta ik in de winkel.",
    "Voor de duidelijkheid: het gaat om de transacties tussen {!time:a} en {!time:b}, daarna werkte alles weer.",
]
AEXTRA = [
    "Heeft u nog vragen? Dan kunt u deze e-mail gewoon beantwoorden.",
    "Excuses voor het ongemak en de lange wachttijd.",
    "Let op: wij vragen u nooit om uw wachtwoord, pincode of inlogcodes per e-mail of telefoon te delen.",
    "Wij hopen u hiermee voldoende te hebben geïnformeerd.",
    "Mocht het probleem zich opnieuw voordoen, vermeld dan het referentienummer {!ticket_number} in uw bericht.",
]
CHAT += [
    "zijn jullie vandaag open? ik wil langskomen met de terminal",
    "Goedemiddag, welke gegevens hebben jullie nodig om de rekening op naam van de bv te zetten?",
    "thx voor het snelle antwoord 👍",
    "de storing is voorbij hier, alles werkt weer",
    "Ik heb een product met EAN {!product_code} teruggestuurd maar nog geen creditnota gezien",
    "krijg bij de api call steeds {!error_code:http}, request-id {!request_id}, kunnen jullie in de logs kijken?",
    "hoe verander ik mijn wachtwoord eigenlijk? kan het nergens vinden in de app",
    "is dit een phishing mail? ze vragen om mijn pincode en inlogcode. ik heb niks ingevuld",
    "Goedemorgen, kan de monteur ook na {!time} komen? Voor die tijd sta ik alleen in de zaak",
    "we krijgen vanaf {!date} een nieuwe kassa, moet de terminal dan opnieuw gekoppeld worden?",
    "ja dat klopt",
    "nee, ik heb geen code ontvangen",
    "De nieuwe huurder trekt er per {!date} in, kan de energie op zijn naam?",
    "checksum van de firmware is {!checksum}, hij weigert de update nog steeds",
]
AGENT += [
    "Fijn om te horen dat het weer werkt! Fijne dag nog. ^{$agent_init}",
    "Dank voor je bericht. We hebben op dit moment een storing in regio {$city}. Volg {!url} voor updates.",
    "Hoi {$cust}, je hoeft je wachtwoord niet met ons te delen. Via 'wachtwoord vergeten' in de app kun je zelf een nieuwe instellen.",
    "Dat is inderdaad een phishingbericht. Goed dat je niks hebt ingevuld! Je kunt de mail doorsturen naar ons meldpunt.",
    "De monteur kan helaas niet na {!time}. Zal ik een afspraak voor {!date} inplannen?",
    "Ik heb je vraag doorgezet naar onze technische collega's. Zij nemen binnen 2 werkdagen contact op.",
    "Je nieuwe terminal hoeft niet opnieuw gekoppeld te worden, dat gebeurt automatisch bij de eerste transactie.",
]
PUB += [
    "Weer een uur in de wacht bij {!mention}. Kom op zeg {!hashtag}",
    "Eindelijk opgelost na 2 weken. Dank {!mention}",
    "{!mention} update {!version_string} heeft de kassa-app gesloopt, wanneer komt er een fix?",
]
CHAT += [
    "creditcard eindigt niet op {!masked_value:card}, dat is een oude. het goede nummer is {card}, cvc achterop {cvv}",
    "de betaallink werkt niet met mijn mastercard {card} ({card_expiry})",
    "mijn ip adres is {ip_address}, ik ben geblokkeerd na te veel pogingen",
    "in de inloggeschiedenis zie ik {ip_address} en {ip_address}, dat ben ik niet!! wachtwoord meteen gewijzigd",
    "personal access token voor de thema-deploy: {token:ghp}",
    "sessie cookie uit mijn browser: {token:session}, heb je daar wat aan?",
]
NOTE += [
    "Fraudemelding: inlogpoging vanaf {ip_address} om {!time}, klant {customer_number} heeft de 2FA code ({otp}) niet zelf aangevraagd. Account bevroren.",
    "Klant stuurde kaartgegevens via {$app} ({card}, {card_expiry}). Bericht verwijderd, klant geïnformeerd. Ticket {!ticket_number}.",
]
