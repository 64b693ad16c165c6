"""Flemish (nl-be) phrasings."""

CHAT_OPEN = [
    'Dag', 'Hallo,', 'Goeiendag', 'Hey', 'Goeiemorgen,', 'Dag allemaal', 'Hallo daar', 'Sorry om te storen,',
    'Dag, {@first} van {@shop} hier.', 'Allee,', 'Hoi', 'Goeienavond',
]
CHAT_CLOSE = [
    'merci!', 'alvast merci', 'mvg {@first}', 'ok merci', 'laat iets weten aub', 'dank u', 'thx', 'groetjes',
    'merci voor de snelle hulp', 'tis dringend want ik sta alleen in de zaak', 'mercikes', 'Groeten, {@first}',
]

CHAT = {
    'password': [
        "'k heb mijn paswoord veranderd naar {password} en nu geraak ik er nie meer in",
        'paswoord van de kassa is {password}, kunde gij eens kijken wat er mis is?',
        'Nieuw wachtwoord: {password} - oude was {password}',
        'het tijdelijk paswoord {password:temp} werkt ni, er staat "ongeldig"',
        'ons gedeeld account voor de webshop heeft als paswoord {password}, mag dat eigenlijk?',
        'paswoord={password}\nmaar na 3 keer zegt hij {#error_code}',
        'Da paswoord is {password=a} met kleine letter, ni {password~a}, sorry',
        'admin paswoord van de modem staat onderaan: {password:router}, ge kunt het zelf proberen',
        'mijne collega {@staff} heeft het paswoord van de boekhouding gewijzigd in {password}, ik geraak er nu ook ni in',
        '{password} is het paswoord vant personeelsaccount',
    ],
    'pin': [
        'pincode van mijn nieuwe bankkaart is {pin}? Of moet ik die zelf kiezen aan den automaat',
        'itsme code is {pin:5} maar hij zegt fout',
        'de terminal ({#model_number:terminal}) vraagt een beheerderscode, {pin} werkt ni. Foutcode {#error_code:terminal}',
        '3 keer verkeerde pin getypt ({pin}) en nu is mijn bankkaart geblokkeerd, kaart eindigt op {#masked_value:last4}',
        'code van het alarm in de winkel is {pin}, kan da gereset worden? technieker komt {#date}',
        'de pin: {pin:spelled}',
        'pincode gsm van de zaak: {pin:6}',
        'sorry fout getypt, pin is {pin=a} niet {pin~a}',
    ],
    'puk': [
        'Mijn gsm vraagt een PUK code, is dat {puk}?',
        'puk {puk:spaced} werkt nie, simkaart van mijn werkman zit op slot',
        'PUK: {puk}\nsim eindigt op {#masked_value:sim}',
        'ik vind de puk in de app: {puk}. nog 9 pogingen zegt hij',
        'gsm van de zaak ({#model_number:phone}) vraagt PUK, ik heb {puk} gevonden op het kaartje',
    ],
    'otp': [
        'responscode van de digipass is {otp:8}, maar de bank zegt ongeldig',
        'ik krijg sms code {otp} maar die is al vervallen',
        'Bevestigingscode: {otp}',
        '{otp} 👍',
        'de code {otp:spaced} komt binnen op de gsm van {@staff}, niet op de mijne',
        'heb 2 codes gekregen {otp} en {otp}, welke moet ik ingeven?',
        'activatiecode voor de betaalterminal: {otp:8}. Bestelling {#order_number}',
        'login code uit de mail {otp:6}, zegt "code vervallen" na 1 minuut al',
    ],
    'wifi_key': [
        'wifi in de zaak valt steeds weg. netwerk {@ssid}, code {wifi_key}. modem is een {#model_number:router}',
        'wifi paswoord voor de klanten is {wifi_key}, maar ze geraken er ni op',
        'Netwerksleutel {wifi_key} (staat op de sticker van de modem)',
        'ik heb de wifi code veranderd naar {wifi_key}, nu doet de betaalterminal niks meer',
        'wificode: {wifi_key}\nnetwerk: {@ssid}',
    ],
    'username': [
        'gebruikersnaam {username} paswoord {password}, account van de toonbank',
        'login is {username}, paswoord vergeten. Mail naar {email} aub',
        'gebruiker {username:staff} mag weg, {@staff} werkt hier ni meer',
        '<food>We gebruiken allemaal {username} / {password} in de frituur, is dat erg?',
        'mijn login voor {@acct} is {username} maar hij zegt "gebruiker onbekend"',
        'beheerder {username:admin} geblokkeerd sinds {#time}',
    ],
    'api_key': [
        'de koppeling met {@pay} werkt ni meer. API sleutel: {api_key}, fout {#error_code:http}',
        'moet ik de live key {api_key} of de test key in de plugin steken? plugin versie {#version_string}',
        'dit is de sleutel die in {@shopplat} staat: {api_key}\ngeheim: {api_key:secret}',
        'per ongeluk de api key in ne mail naar de klant gestuurd: {api_key}. Kunnen jullie die blokkeren?',
        'onze webbouwer vraagt de API key, is het deze: {api_key:hex}',
        'key {api_key} / request id {#request_id}, wat is er mis?',
    ],
    'token': [
        'access token {token} vervalt na 1 uur, is da normaal?',
        'bearer token uit de logs: {token:bearer}',
        'Token van de app in {@shopplat}: {token:shop}',
        'ik heb een token gemaakt {token:pat}, waar moet die ingevuld worden?',
    ],
    'card': [
        'kan ik factuur {#invoice_number} met visa betalen? {card} vervalt {card_expiry} cvc {cvv}',
        'kredietkaart {card} geldig tot {card_expiry}, bedrag {#amount}',
        'betaling van {#amount} geweigerd met kaart {card} {card_expiry} code {cvv}',
        '{@debit} kaart {card:bcmc} geeft fout {#error_code:terminal} aan onze eigen terminal',
        'kredietkaart van de zaak:\n{card}\n{card_expiry}\n{cvv}',
    ],
    'iban': [
        'rekeningnummer moet aangepast worden naar {iban}, op naam van {@shop}',
        'domiciliëring van {#amount} is van de verkeerde rekening gegaan, moest {iban} zijn',
        '<landlord>huurder heeft betaald vanaf {iban:other}, is da toegekomen? factuur {#invoice_number}',
        'IBAN: {iban} / BIC: {@bic}',
        'terugbetaling mag op {iban}',
        '<club>lid heeft dubbel lidgeld betaald ({#amount}), terugstorten op {iban:other} aub',
        'zakelijke rekening {iban}, privé {iban:other}',
    ],
    'bsn': [
        'voor de kaartaanvraag vragen ze mijn rijksregisternummer: {bsn:be}',
        'rijksregisternr {bsn:be}, geboren {date_of_birth}',
        'Rijksregisternummer van mijn vrouw, mede-zaakvoerster: {bsn:be}',
        'ondernemingsnummer is {#company_registration:ond}, rijksregisternummer {bsn:be}',
        '<dental>patiënt geeft rijksregisternummer {bsn:be} voor de factuur van de tandarts',
    ],
    'email': [
        'mail mij maar op {email}',
        'het mailadres van de zaak is nu {email}',
        'kunnen jullie de facturen ook naar de boekhouder sturen: {email:other}',
        'mijn mail: {email:obf}',
        'login mail is {email} maar ik krijg geen mail om te resetten',
    ],
    'phone': [
        'bel mij efkes op {phone}, ik sta in de winkel',
        'gsm nummer van mijn werkman is {phone:staff}',
        'vaste lijn {phone:land} moet doorgeschakeld worden naar mijn gsm {phone}',
        'na 18u bereikbaar op {phone}',
        'nummer overzetten: {phone} van {@telco} naar jullie',
        'mijn gsm: {phone:spelled}',
    ],
    'address': [
        'de zaak is verhuisd, nieuw adres: {address}',
        'stuur de terminal naar {address} aub, ni naar mijn thuisadres',
        'technieker mag komen op {address} tussen {#time} en {#time}',
        '<landlord>appartement op {address:other} heeft al {#quantity:units} geen internet',
    ],
    'date_of_birth': [
        'geboortedatum {date_of_birth}',
        'ze vragen mijn geboortedatum: {date_of_birth}',
        'geboren op {date_of_birth}, klantennummer {customer_number}',
        '{date_of_birth} da is mijn geboortedatum',
    ],
    'ip_address': [
        'ons vast ip-adres is {ip_address}, kan poort {#port} opengezet worden?',
        'de kassa staat op {ip_address:lan} maar de printer ({#model_number:printer}) reageert ni',
        'webhook komt ni toe, ons ip {ip_address} staat toch op de whitelist?',
        'terminal ip {ip_address:lan} poort {#port}',
    ],
    'customer_number': [
        'klantennummer {customer_number}, meterstand {#meter_reading}',
        'mijn klantnummer is {customer_number}, factuur {#invoice_number} klopt ni',
        'mijn contractnr is {customer_number:contract}',
        '<club>lidnummer {customer_number:member} geraakt ni in de app',
        'klantnr {customer_number} - {@shop}',
    ],
    'none': [
        'panne in de straat? {@debit} werkt ni, foutcode {#error_code:terminal}',
        'pakske {#tracking_number} staat al 3 dagen stil',
        'mijn paswoord is de naam van onze hond + het jaar dat we open gingen, da ga ik hier ni zetten 😄',
        'terminal {#model_number:terminal} geeft steeds {#error_code}, versie {#version_string}',
        'factuur {#invoice_number} van {#amount} klopt ni, wij hebben {#quantity} ni besteld',
        'hoe laat komt de technieker? afspraak was {#date} om {#time}',
        'waarom {#percentage:vat} btw op mijn factuur?',
        'ik bel al sinds {#time} naar {#company_phone}, niemand neemt op',
        'meterstand {#meter_reading} doorgegeven op {#date}, toch een schatting gekregen',
        'dossiernummer {#ticket_number}, nog altijd niks gehoord',
        'moet ik mijn pincode aan jullie geven? lijkt mij raar',
        'bestelling {#order_number}: {#quantity} kassarollen, artikel {#product_code}',
        'transactiekost is ineens {#percentage:fee}?? was {#percentage:fee}',
    ],
}

CTX = [
    'Gaat over bestelling {#order_number}.', '(toestel {#model_number:terminal}, versie {#version_string})',
    'dossiernr {#ticket_number}', 'gaat over factuur {#invoice_number} ({#amount})', 'al sinds {#date}, rond {#time} begon het',
    'foutcode {#error_code}', 'ondernemingsnr {#company_registration:ond}', 'meterstand {#meter_reading}',
    'zie {#url:status}', 'pakje {#tracking_number}', 'btw {#company_registration:bevat}',
    'ik heb al naar {#company_phone} gebeld', 'versie van de app: {#version_string}',
]

EMAIL_OPEN = [
    'Geachte,', 'Beste,', 'Dag {@agent},', 'Goeiedag,', 'Geachte mevrouw, geachte heer,', 'Beste klantendienst,',
    'Hallo,', 'Beste {@pay},',
]
EMAIL_INTRO = [
    '<food>Ik heb een frituur in {@city} en sinds {#date} weigert onze betaalterminal ({#model_number:terminal}) alle '
    '{@debit}-transacties met foutcode {#error_code:terminal}.',
    'Op {#date} ontving ik factuur {#invoice_number} van {#amount}, terwijl ons abonnement {#amount} per maand bedraagt.',
    'Sinds de update naar versie {#version_string} kunnen mijn werknemers niet meer inloggen op de kassa.',
    '<club>Als penningmeester van {@shop} beheer ik de lidgelden. Deze maand zijn {#quantity:people} domiciliëringen '
    'geweigerd.',
    '<landlord>Ik verhuur twee studio\'s en gebruik uw platform om de huur te innen. Factuur {#invoice_number} werd dubbel verstuurd.',
    'Mijn webshop draait op {@shopplat} en de betalingen via {@pay} komen sinds {#date} niet meer binnen '
    '(foutmelding {#error_code:http}).',
    '<dental>Onze tandartsenpraktijk is op {#date} verhuisd, maar het internet is nog altijd niet overgezet (bestelling {#order_number}).',
    'Ik ben zelfstandige in bijberoep (ondernemingsnummer {#company_registration:ond}) en wil mijn zakenrekening '
    'koppelen aan {@acct}.',
    'De eindafrekening van {#year} klopt niet: u rekent met meterstand {#meter_reading}, terwijl ik op {#date} een '
    'veel lagere stand heb doorgegeven.',
    'Ik heb u al eerder gecontacteerd (dossiernummer {#ticket_number}), maar heb nog geen antwoord gekregen.',
    'Wij betalen {#percentage:fee} per transactie, terwijl in de offerte van {#date} {#percentage:fee} stond.',
    'Sinds de overstap naar {@telco} valt het internet in de zaak meermaals per dag uit, vooral rond {#time}.',
]
EMAIL_FRAG = {
    'password': [
        'Het paswoord dat ik gebruik is {password}; dat heb ik op {#date} zelf ingesteld.',
        'Het tijdelijk paswoord uit uw mail ({password:temp}) wordt niet aanvaard.',
        'Via de link heb ik een nieuw wachtwoord gekozen ({password}), maar ik geraak nog altijd niet verder dan het aanmeldscherm.',
    ],
    'pin': [
        'De beheerderscode van de terminal is {pin}; die werd door uw technieker ingesteld.',
        'Volgens de brief is de pincode van de simkaart {pin}, maar de gsm aanvaardt die niet.',
        'Mijn code voor de identificatie-app is {pin:5}, maar de app blijft zeggen dat de code onjuist is.',
    ],
    'puk': [
        'De PUK-code in de app is {puk}, maar na het ingeven krijg ik "PUK ongeldig".',
        'Kunt u bevestigen dat {puk} de juiste PUK is voor het nummer {phone}?',
    ],
    'otp': [
        'De responscode die mijn kaartlezer gaf ({otp:8}) werd niet aanvaard.',
        'De bevestigingscode per sms ({otp}) was volgens uw site meteen vervallen.',
    ],
    'wifi_key': [
        'Het netwerk {@ssid} heeft als sleutel {wifi_key}; de terminal maakt toch geen verbinding.',
    ],
    'username': [
        'Mijn gebruikersnaam is {username}; het account staat op naam van {@shop}.',
        'Het gaat om de gebruikers {username:staff} en {username}, die beide geblokkeerd zijn.',
    ],
    'api_key': [
        'Ter controle: de API-sleutel in onze webshop is {api_key}.',
        'In de plugin (versie {#version_string}) staat: key {api_key}, secret {api_key:secret}.',
    ],
    'token': [
        'In de logs zie ik dit token: {token}, request-id {#request_id}.',
    ],
    'card': [
        'U mag het openstaande bedrag van {#amount} aanrekenen op onze kredietkaart {card}, vervaldatum {card_expiry}, '
        'veiligheidscode {cvv}.',
        'De betaling werd geprobeerd met kaart {card} ({card_expiry}) maar werd geweigerd.',
    ],
    'iban': [
        'Gelieve de domiciliëring voortaan uit te voeren op rekening {iban} op naam van {@shop}.',
        '<landlord>De huurder betaalde vanaf {iban:other}; op onze rekening {iban} is niets toegekomen.',
        '<club>Gelieve het teveel betaalde lidgeld ({#amount}) terug te storten op {iban:other}.',
    ],
    'bsn': [
        'Mijn rijksregisternummer is {bsn:be}; het ondernemingsnummer is {#company_registration:ond}.',
        '<dental>Rijksregisternummer van de patiënt: {bsn:be}, geboortedatum {date_of_birth}.',
    ],
    'email': [
        'U kunt mij best bereiken via {email}.',
        'Het adres {email:staff} is van onze nieuwe werknemer en mag toegevoegd worden.',
    ],
    'phone': [
        'Mijn gsm-nummer is {phone}; overdag sta ik in de zaak.',
        'Mijn collega {@staff} is bereikbaar op {phone:staff}.',
    ],
    'address': [
        'Het leveringsadres is {address}.',
        'De installatie moet gebeuren op {address:other}, onze tweede vestiging.',
    ],
    'date_of_birth': [
        'Ter controle: mijn geboortedatum is {date_of_birth}.',
    ],
    'ip_address': [
        'Ons vast IP-adres is {ip_address}; de kassa zit intern op {ip_address:lan}, poort {#port}.',
    ],
    'customer_number': [
        'Ons klantennummer is {customer_number}.',
        'Het gaat om contract {customer_number:contract} (meterstand {#meter_reading} op {#date}).',
        'Ons handelaarsnummer is {customer_number:merchant}; de uitbetaling van {#date} ontbreekt.',
    ],
    'none': [
        'Ik had graag geweten wanneer de panne opgelost wordt en of wij een compensatie krijgen.',
        'Ik heb al drie keer naar {#company_phone} gebeld, telkens zonder resultaat.',
        'Mijn pincode en paswoord heb ik bewust niet in deze mail gezet.',
        'Op factuur {#invoice_number} staat {#amount} exclusief {#percentage:vat} btw, dat klopt niet.',
    ],
}
EMAIL_ASK = [
    'Kunt u dit zo snel mogelijk in orde brengen? Wij verliezen hierdoor omzet.',
    'Graag had ik binnen de drie werkdagen een antwoord gekregen.',
    'Gelieve de factuur te crediteren.',
    'Mag ik u vragen mij terug te bellen?',
    'Laat u mij weten welke gegevens u nog nodig heeft?',
    'Alvast bedankt om dit op te volgen.',
]
EMAIL_CLOSE = ['Met vriendelijke groeten,', 'Vriendelijke groeten,', 'Mvg,', 'Groeten,', 'Alvast bedankt,', 'Hoogachtend,']
SIG = [
    '{@full}\nZaakvoerder {@shop}\n{address:ml}\nGsm {phone}\nOnd.nr. {#company_registration:ond}',
    '{@full} | {@shop}\n{phone} | {email}',
    '{@first}\n\nVerstuurd van mijn {@phonebrand}',
    '--\n{@full}\n{@shop}\n{address}\nBTW {#company_registration:bevat}\nIBAN {iban}',
    '{@first} {@last}\n{@shop} - {@city}\nT {phone:land}',
    '<club>{@full}\nPenningmeester {@shop}\n{email}',
]
QUOTE_HDR = [
    'Op {#date:hdr}, om {#time}, schreef {@agent} <{email:agent}> het volgende:',
    'Van: {@brand} Klantendienst <{@noreply}>\nVerzonden: {#date:hdr} {#time}\nAan: {email}\nOnderwerp: Uw dossier {#ticket_number}',
]
QUOTED = [
    'Beste {@first},\n\nBedankt voor uw bericht. Om u verder te helpen hebben we uw klantennummer nodig. Uw '
    'dossiernummer is {#ticket_number}.\n\nMet vriendelijke groeten,\n{@agent}',
    'Dag {@first},\n\nUw paswoord werd gereset. U ontvangt een sms op {#masked_value:phone}.\n\nGroeten,\n{@agent}',
    'Beste klant,\n\nDe technieker komt op {#date} tussen {#time} en {#time}.\n\nVriendelijke groeten,\nKlantendienst {@brand}',
]
FWD_HDR = [
    'Zie hieronder, kunnen jullie dit bekijken?\n\n---------- Doorgestuurd bericht ---------\nVan: {@staff} <{email:staff}>\n'
    'Datum: {#date:hdr}\nOnderwerp: login kassa',
]

AGENT_OPEN = ['Dag {@first},', 'Beste {@full},', 'Hallo {@first}!', 'Goeiedag,']
AGENT_CLOSE = ['Groetjes van {@agent}', '{@agent} ({@init})', 'Vriendelijke groeten,\n{@agent}\nKlantendienst {@brand}', 'Nog een fijne dag! {@agent}']
AGENT = {
    'password': [
        'Uw tijdelijk paswoord is {password:temp}. Gelieve dit meteen te wijzigen na het aanmelden.',
        'Ik zie dat u uw paswoord {password} in de chat hebt gezet. Wijzig het aub meteen.',
    ],
    'pin': [
        'De standaard beheerderscode van de {#model_number:terminal} is {pin}. Pas die zeker aan.',
    ],
    'puk': [
        'Uw PUK-code is {puk}. Na 10 foute pogingen wordt de simkaart definitief geblokkeerd.',
    ],
    'username': [
        'Uw gebruikersnaam is {username}. Via "paswoord vergeten" kan u zelf een nieuw paswoord aanvragen.',
    ],
    'iban': [
        'Bedankt, het rekeningnummer is aangepast naar {iban}, vanaf {#date}.',
        'Het rekeningnummer dat wij kennen eindigt op {#masked_value:last4}. Klopt dat?',
    ],
    'customer_number': [
        'Uw klantennummer is {customer_number}. De technieker komt op {#date} tussen {#time} en {#time}.',
    ],
    'mask': [
        'We zien de betaling van {#amount} met kaart {#masked_value:card}, verwerkt op {#date}.',
        'We stuurden een code naar {#masked_value:phone}.',
        'Uw bericht werd verborgen omdat u een pincode deelde. Deel die nooit, ook niet met ons.',
    ],
    'macro': [
        'Beste {{klant_voornaam}}, uw dossier {{dossiernummer}} werd afgesloten.',
        'Dag [NAAM], uw tijdelijk paswoord is [PASWOORD].',
    ],
    'none': [
        'Kan u ons uw klantennummer en postcode bezorgen via privébericht? Dan kijken we mee.',
        'Er is een panne in {@city}, onze techniekers zijn ermee bezig. Meer info op {#url:status}.',
        'Ik heb dossier {#ticket_number} voor u aangemaakt.',
    ],
}
PUBLIC = {
    'none': [
        '{#mention} al 2 uur geen internet in {@city}, {@debit} ligt plat. Zo kunnen we ni werken!',
        '{#mention} waarom {#amount} betalen voor ne terminal die ni werkt',
        '{#mention} panne? foutcode {#error_code:terminal} op al onze toestellen',
        'Al een uur in de wachtrij bij {#company_phone} {#mention}',
        '{#mention} bestelling {#order_number} nog altijd ni geleverd',
    ],
    'phone': [
        '{#mention} niemand belt terug. Bel mij op {phone}',
    ],
    'customer_number': [
        '{#mention} klantennummer {customer_number}, al 3 weken geen antwoord',
    ],
    'email': [
        '{#mention} stuur de code naar {email}, sms komt ni toe',
    ],
}

# ---------------------------------------------------------------------------
# more phrasings
# ---------------------------------------------------------------------------
CHAT['password'] += [
    '{password} is het nieuw paswoord van de kassa, de licentie is {#product_code:licence}',
    "amai, 'k heb het paswoord 3x gewijzigd. laatste is {password}. Versie kassa {#version_string}",
    'paswoord van de zakelijke mail:\n{password}',
]
CHAT['pin'] += [
    'pincode van de sim in de betaalterminal ({#model_number:terminal}) is {pin}, of was het {pin}',
    'Mijn code voor de kaartlezer is {pin}, hij zegt "pin fout" bij bestelling {#order_number}',
]
CHAT['otp'] += [
    'ik zit in het buitenland (vlucht {#flight_number}), de sms code {otp} kwam pas na een uur toe',
    'code om de kassa te koppelen: {otp:alnum}',
    'bestelling {#order_number} - de code die ik kreeg was {otp}',
]
CHAT['wifi_key'] += [
    'wifi sleutel {wifi_key}, modem {#model_number:router} met firmware {#version_string}',
]
CHAT['username'] += [
    'ik heb 2 logins: {username} en {username:admin}, welke voor de btw-aangifte van {#year}?',
]
CHAT['api_key'] += [
    'licentiesleutel kassa {#product_code:licence}, api key webshop {api_key}',
    'server {ip_address} op poort {#port}, api sleutel {api_key}',
]
CHAT['token'] += [
    'token uit de resetlink: {token}, werkt ni meer',
]
CHAT['card'] += [
    'betaalkaart {card:maestro} wordt geweigerd aan de kassa van de leverancier',
    '<landlord>kan de huurwaarborg met kredietkaart? {card} {card_expiry}',
]
CHAT['iban'] += [
    'uitbetalingen naar {iban} aub, ni meer naar de rekening op {#masked_value:last4}',
]
CHAT['bsn'] += [
    'rijksregisternummer {bsn:be}\n(voor de aanvraag van de zakenkaart)',
]
CHAT['date_of_birth'] += [
    'geboren {date_of_birth}, zaak opgericht in {#year:since}',
]
CHAT['ip_address'] += [
    'kassa-pc {ip_address:lan} ziet de terminal op {ip_address:lan} ni, poort {#port}',
]
CHAT['customer_number'] += [
    'klantennr {customer_number}, meterstand dag {#meter_reading} nacht {#meter_reading}',
    'EAN staat op de factuur maar mijn klantnummer is {customer_number}',
]
CHAT['none'] += [
    'licentiecode {#product_code:licence} werkt ni meer na herinstallatie',
    'artikel {#product_code} al uitverkocht sinds {#date}',
    'klant sinds {#year:since} en nu zo behandeld worden',
    'bonnenprinter {#model_number:printer} print niks',
]
CTX += ['licentie {#product_code:licence}', 'poort {#port}', 'artikel {#product_code}']
EMAIL_FRAG['none'] += [
    'De licentiecode van de kassasoftware ({#product_code:licence}) is na de herinstallatie ongeldig.',
]
CHAT['password'] += ['ok, {password}']
CHAT['puk'] += ['{puk}']
SIG += ['{@full}\n{@shop}\nMail: {email}\nGsm: {phone}']
