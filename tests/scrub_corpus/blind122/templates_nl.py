"""Dutch (nl) templates. Slots: {type[:var][#n]} span, {!kind[:var]} negative, {~pool} filler."""

CHAT = [
    "hoi, ik kom niet meer in mijn account bij {~ski}. gebruikersnaam {username} en wachtwoord {password} werkt niet meer sinds de update naar {!version_string}",
    "Goedemiddag, wij hebben een wintersportreis geboekt (boekingsnr {!order_number}) voor {!quantity:personen} naar {~resort}. Vlucht {!flight_number} vertrekt {!date} om {!time}. Mijn mobiel is {phone:nl}, graag bellen als er iets verandert",
    "De loodgieter kan morgen naar binnen, de sleutel ligt in het sleutelkastje naast de voordeur. Code is {pin:door}. Adres: {address:nl}",
    "Onze cv-ketel ({!model_number}) geeft foutcode {!error_code} en er is geen warm water meer. Kan er vandaag nog iemand komen? Tel {phone:nl}",
    "krant is alweer niet bezorgd!! abonneenummer {customer_number}, adres {address:nl}. dit is de derde keer deze maand",
    "Ik wil mijn abonnement op {~paper} opzeggen per {!date}. Klantnr: {customer_number}. Het bedrag van {!amount} is net weer afgeschreven van {iban:nl}",
    "Mijn zoon {~kid} ({date_of_birth:kid}) wil graag lid worden van {~club}. Contributie mag van rekening {iban:nl} t.n.v. {~full}. Mailadres {email}",
    "Iemand op {~market} vraagt of ik een verificatiecode wil doorsturen om te bewijzen dat ik echt ben. Ik heb hem de code {otp} gestuurd, was dat dom??",
    "Hallo, de koper wil betalen via een link van {!url} en vraagt mijn pasnummer {card} plus de CVC {cvv}. Is dit wel veilig?",
    "ik heb een ebike via de zaak bij {~ebike}, contractnummer {customer_number}. Accu ({!model_number}) laadt niet meer op, staat nu op {!percentage}. Wat nu?",
    "We staan op {~camp} op plek {!quantity:nachten}... het wifi wachtwoord dat bij de receptie hing ({wifi_key}) werkt niet op netwerk {~ssid}",
    "Goedenavond, de slagboom bij de camping gaat niet open met code {pin:door}. We staan nu voor de poort met de caravan ({~plate})",
    "Mijn BSN is {bsn:nl} en geboortedatum {date_of_birth}, dat vroeg jullie collega voor de reisverzekering. Polisnummer is {customer_number}",
    "Ik krijg steeds een sms met een code ({otp}) terwijl ik helemaal niet probeer in te loggen. Wie probeert in mijn account te komen? Telefoonnummer {phone:nl}",
    "Nieuw wachtwoord ingesteld: {password}. Oude was {password}. Nu zegt de app {!error_code}. Graag hulp",
    "Kunnen jullie het factuuradres wijzigen naar {address:nl}? Factuur {!invoice_number} van {!amount} staat nog op het oude adres",
    "Pakket met de ski-helm komt niet aan. Track & trace {!tracking_number}, bestelling {!order_number}. Bezorgadres {address:nl}",
    "sim pin vergeten na drie keer fout, nu vraagt hij om PUK. Staat op het kaartje: {puk}. Nummer is {phone:nl}",
    "Elektricien is geweest maar de groep springt er nog steeds uit. Meterstand was {!meter_reading} kWh. EAN code van de aansluiting: {customer_number:ean}",
    "Hoi! Mijn gegevens voor de skipas: {~full}, geboren {date_of_birth}, email {email}, tel {phone}. Liftpasnummer van vorig jaar: {customer_number}",
    "Welke pincode hoort bij de kluis in het chalet? Wij kregen {pin} maar die doet niks. Boeking {!order_number}",
    "Alarmcode van de woning is {pin:door} (voor de elektricien morgen tussen {!time} en {!time}). Mijn nummer {phone:nl}",
    "Inloggen op het leaseportaal lukt niet. Login: {username} ww: {password} En ik krijg geen sms code. Mijn werkgever zegt dat personeelsnummer {customer_number} moet kloppen",
    "Advertentie {!product_code} is offline gehaald zonder reden. Ik verkoop al {!year} via jullie. Account {email}",
    "Wilt u de router instellingen checken? IP {ip_address}, poort {!port} staat open voor de camera. Beheerwachtwoord router is {password}",
]

PUBLIC = [
    "{!mention} alweer geen krant in de bus vandaag. Abonnee sinds {!year}, klantnummer {customer_number}. Doe er wat aan! {!hashtag}",
    "{!mention} Wanneer krijg ik mijn geld terug? {!amount} voor een skireis die jullie zelf hebben geannuleerd {!hashtag} {!hashtag}",
    "Wie kan er vandaag nog een loodgieter sturen in {~city}? Lekkage! Bel me op {phone:nl} {!hashtag}",
    "{!mention} jullie app geeft {!error_code} na update {!version_string}, niemand kan inloggen",
    "Pas op voor deze oplichter op {~market}, vraagt om je bankpas code via whatsapp. Zijn nummer: {phone:nl} {!hashtag}",
    "{!mention} mail me maar op {email}, ik wacht al sinds {!date} op antwoord over mijn leasefiets",
    "Top service van {~camp}! {!quantity:nachten} genoten. Volgend jaar weer {!hashtag}",
    "{!mention} DM gestuurd met mijn gegevens, zie {!url} voor de foto's van de schade",
    "Super boos. {!mention} belt al {!quantity:dagen} niet terug. Ticket {!ticket_number}. Woon op {address:nl}, kom anders zelf langs",
    "{!mention} hoe laat begint de training van de jeugd zaterdag? {!time} of {!time}? {!hashtag}",
]

EMAIL = [
    "Op {!date} heb ik via uw website een skivakantie naar {~resort} geboekt (reserveringsnummer {!order_number}, totaalbedrag {!amount}). Helaas moeten wij annuleren omdat mijn vrouw haar been heeft gebroken.\n\nKunt u het bedrag terugstorten op rekening {iban:nl} ten name van {~full}? Onze annuleringsverzekering heeft polisnummer {customer_number}.\n\nU kunt mij bereiken op {phone:nl} of via dit mailadres.",
    "Naar aanleiding van ons telefoongesprek stuur ik u hierbij de gevraagde gegevens voor de aanmelding van mijn dochter {~kid} bij {~club}:\n\n- Naam: {~kid} {~last}\n- Geboortedatum: {date_of_birth:kid}\n- Adres: {address:nl}\n- Telefoon ouder: {phone:nl}\n- E-mail: {email}\n- IBAN voor automatische incasso: {iban:nl}\n\nDe contributie van {!amount} per seizoen is akkoord.",
    "Afgelopen {!date} is uw monteur langs geweest voor het vervangen van de groepenkast. Op factuur {!invoice_number} staat echter {!quantity:uren} arbeid, terwijl hij er maar een uurtje was. Het bedrag van {!amount} heb ik daarom nog niet betaald.\n\nMijn klantnummer bij jullie is {customer_number} en het adres van de installatie is {address:nl}.",
    "Hierbij zeg ik mijn abonnement op {~paper} op. Abonneenummer: {customer_number}. Graag stoppen per {!date}.\n\nIk heb gezien dat er op {!date} nog {!amount} is afgeschreven van {iban:nl}; ik verzoek u dit bedrag te crediteren.",
    "Ik probeer in te loggen op Mijn {~ebike} maar krijg steeds de melding {!error_code}. Ik heb het wachtwoord al gereset, het nieuwe wachtwoord is {password} (ik weet dat ik dat niet moet mailen, maar ik ben het zat).\n\nGebruikersnaam: {username}\nContractnummer: {customer_number}\nBrowser: Chrome {!version_string}",
    "Wij verblijven van {!date} tot {!date} op {~camp} (boeking {!order_number}). Bij aankomst kregen wij de code voor de slagboom: {pin:door}. Die werkt alleen overdag, niet na {!time}. Ook krijg ik het wifi niet werkend, sleutel {wifi_key}.\n\nGraag een oplossing, telefonisch bereikbaar op {phone:nl}.",
    "Ik ben opgelicht via {~market}. Ik heb een fiets verkocht en de 'koper' stuurde een betaallink ({!url}). Daar heb ik mijn kaartgegevens ingevuld: {card}, geldig tot {card_expiry}, CVC {cvv}. Er is nu {!amount} afgeschreven.\n\nMijn account op uw platform is {email}. De koper had telefoonnummer {phone:nl}.",
    "Bijgaand de meterstanden zoals gevraagd door uw monteur: dal {!meter_reading}, normaal {!meter_reading}. EAN elektriciteit {customer_number:ean}, EAN gas {customer_number:ean}.\n\nAdres: {address:nl}. Geboortedatum contractant: {date_of_birth}.",
    "Voor de reisverzekering bij onze wintersport heeft u de volgende gegevens nodig:\n{~full}, {date_of_birth}, BSN {bsn:nl}\nPartner: geb. {date_of_birth}\nAdres {address:nl}\n\nVertrek {!date} met {!flight_number}.",
    "Onze elektricien heeft vorige week de laadpaal geïnstalleerd ({!model_number}). Hij vroeg om de API key van het energieplatform om de paal te koppelen; dat is {api_key}. Kunt u bevestigen dat de paal nu aangemeld is? Serienummer/artikel {!product_code}.",
    "Mijn abonnement op het digitale magazine werkt niet meer. Het systeem zegt dat mijn account gekoppeld is aan {email}, maar ik gebruik al jaren een ander adres. Lezersnummer: {customer_number}. Ik heb de inlogcode {otp} ontvangen maar die is verlopen na {!quantity:minuten}.",
    "Beste mensen van de planning,\n\nDe afspraak voor de lekkage staat op {!date} tussen {!time} en {!time}. Niemand thuis, dus de sleutel ligt in de sleutelkluis bij de achterdeur, code {pin:door}. Het alarm kunt u uitzetten met {pin:door}.\nAdres {address:nl}, bel bij problemen {phone:nl}.",
    "Ik heb sinds {!date} een e-bike van {~ebike}. Volgens de app moet ik nu {!amount} eigen risico betalen voor de diefstal. Aangifte is gedaan, pv-nummer {!ticket_number}. Mijn personeelsnummer bij de werkgever is {customer_number}, geboortedatum {date_of_birth}.",
    "Graag ontvang ik een kopie van alle gegevens die u van mij heeft (AVG inzageverzoek). Naam {~full}, geboren {date_of_birth}, adres {address:nl}, klantnummer {customer_number}. Mijn e-mailadres: {email}.",
]

AGENT = [
    "Hoi {~first}, vervelend dat de krant niet bezorgd is! Ik heb de bezorger een melding gestuurd voor {address:nl}. Je abonneenummer {customer_number} is gecrediteerd voor {!amount}. Groetjes, {~agent}",
    "Beste {~first}, bedankt voor je bericht. Deel je wachtwoord of inlogcode nooit met anderen, ook niet met ons. Ik heb je account ({email}) voor de zekerheid geblokkeerd. Bel ons gerust op {!company_phone}. Ticket: {!ticket_number} ^{~agent}",
    "Hallo {~first}, ik zie je boeking {!order_number} voor {~resort}. De vlucht {!flight_number} vertrekt nu om {!time} i.p.v. {!time}. We hebben je ook gesmst op {phone:nl}. Groet, {~agent}",
    "Dag {~first}, de monteur komt op {!date} tussen {!time} en {!time}. Klopt het adres {address:nl}? Je kunt de afspraak ook beheren via {!url}. Met vriendelijke groet, {~agent}",
    "Hi {~first}! Stuur je ons even een DM met je contractnummer en postcode? Dan kijken we naar je leasefiets. Bekijk ook {!url} ^{~agent}",
    "Beste {~first}, we hebben de terugbetaling van {!amount} klaargezet naar de rekening eindigend op {!masked_value}. Dit duurt {!quantity:werkdagen}. Referentie {!ticket_number}. {~agent}",
    "Hoi {~first}, de nieuwe code voor de slagboom is {pin:door}, geldig tot {!date}. Wifi: netwerk {~ssid}, wachtwoord {wifi_key}. Fijn verblijf! Team {~camp}",
    "Goedemorgen {~first}, ik heb je lidmaatschap aangepast. Lidnummer {customer_number}, incasso vanaf {iban:nl}. Bij vragen: {!company_phone} (ma-vr). Sportieve groet, {~agent}",
    "Hoi {~first}, je account is weer vrijgegeven. Je tijdelijke wachtwoord is {password}, wijzig dit direct na inloggen. Gebruikersnaam blijft {username}. Groet {~agent}",
    "Dag {~first}, helaas kunnen wij geen betalingen buiten {~market} om beschermen. Heb je je kaartgegevens ingevuld (kaart eindigend op {!masked_value})? Bel dan direct je bank. Meld de verkoper via {!url}. {~agent}",
]

GREET = ["Beste {~brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "L.S.,", "Hoi,", "Geachte medewerker,"]
CLOSE = ["Met vriendelijke groet,", "Groeten,", "Mvg", "Alvast bedankt!", "Met vriendelijke groeten,", "Gr.", "Hoogachtend,", "Dank en groet,"]
SIG = [
    "{~full}\n{phone:nl}",
    "{~full}\nTel: {phone:nl}\n{address:nl}",
    "{~first}\n\nVerzonden vanaf mijn iPhone",
    "{~full} | {email}",
    "{~full}\nM {phone:nl} | E {email}",
    "{~first} {~last}\n{address:nl}\nVerstuurd vanaf Outlook voor Android",
    "{~full}\nmob. {phone:nl}\nklantnr. {customer_number}",
    "{~first}",
]
QUOTE_HDR = [
    "Op {!date} om {!time} schreef {~full} <{email}>:",
    "-----Oorspronkelijk bericht-----\nVan: {~full} <{email}>\nVerzonden: {!date} {!time}\nAan: klantenservice\nOnderwerp: RE: uw vraag",
    "Op {!date} schreef {~brand} Klantenservice:",
    "---------- Doorgestuurd bericht ---------\nVan: {~brand}\nDatum: {!date}\nOnderwerp: Uw bevestiging",
]
DISCLAIMER = [
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder dit bericht dan.",
    "Denk aan het milieu voordat u deze e-mail print.",
]
AGENT_SIG = [
    "Met vriendelijke groet,\n{~agent}\nKlantenservice {~brand}\nT {!company_phone} | {!url}\nKvK {!company_registration}",
    "Groet,\n{~agent} | Team {~brand}\nBereikbaar op {!company_phone}",
    "Hartelijke groet,\n{~agent}\n{~brand} - BTW {!company_registration}",
    "Vriendelijke groet, {~agent} (webcare)",
]
