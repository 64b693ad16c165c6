"""Dutch (nl) phrasings. Placeholders: {type[:mod]} span, {#kind[:mod]} negative, {@fill} unlabelled,
[[a|b]] alternatives, {{x}} literal braces."""

CHAT_OPEN = [
    'Hoi', 'Goedemiddag,', 'hallo', 'Hallo daar,', 'Goedemorgen', 'hey', 'Dag,', 'Hoi team',
    'Hallo, even snel tussendoor:', 'yo', 'Beste,', 'Hee', 'goeiemiddag', 'Hoi hoi', 'Sorry dat ik weer stoor,',
    'Met {@first} van {@shop}.', 'Hoi, {@first} hier van {@shop}', 'Dag {@agent},',
]
CHAT_CLOSE = [
    'alvast bedankt', 'Groet {@first}', 'thx!', 'Dank!', 'graag snel want klanten staan te wachten', 'mvg {@first}',
    'laat maar weten', 'Bedankt!!', 'hoor het graag', 'groetjes', 'ff snel graag', '👍 dank', 'tnx',
    'ik sta in de winkel dus reageer wat later', 'Grt', 'Bvd!',
]

CHAT = {
    'password': [
        'ww van de kassa is {password} hoor, werkt gewoon niet meer sinds de update naar {#version_string}',
        'hoi, ik heb het wachtwoord veranderd naar {password} maar hij zegt nog steeds foutcode {#error_code}',
        'Nieuw ww: {password}\nOud was {password}',
        'nee het is {password=a} met die hoofdletter, niet {password~a}',
        'kunnen jullie het tijdelijke wachtwoord opnieuw sturen? {password:temp} werkt niet, er staat "verlopen"',
        'Mijn collega {@staff} kan niet inloggen op de webshop. Haar ww is {password} (ja ik weet het, niet via de app sturen 🙈)',
        '{password}\ndat is het wachtwoord van de boekhouding',
        'wachtwoord wordt steeds geweigerd: {password}. Bestelling waar ik bij moet is {#order_number}',
        'ww = {password}   (ff snel tussen 2 klanten door sorry)',
        'heb het admin wachtwoord van de [[modem|router]] nodig, is dat {password:router}? staat zo op de sticker',
        'Het [[wachtwoord|wachtwoord]] van {@acct} is {password} en ik krijg na 3 pogingen een blokkade van 30 min',
        'wachtwoord:{password}',
        'ik kom er niet in met {password} :( account staat op naam van de zaak',
        'Heb net een nieuw wachtwoord gemaakt: {password}. Moet ik nu ook de app op de {#model_number:phone} opnieuw koppelen?',
        'zet maar {password:simple} als tijdelijk ww voor {@staff}, dat verandert ze zelf wel',
        'Laatste poging was {password}, daarvoor {password}. Nu zit ik vast op "te veel pogingen"',
    ],
    'pin': [
        'pincode van de nieuwe simkaart is {pin}? of moet ik die zelf kiezen',
        'De terminal ({#model_number:terminal}) vraagt om een beheerderspin, ik heb {pin} geprobeerd maar krijg {#error_code:terminal}',
        'pin is {pin:spelled}',
        'ik heb 3x de verkeerde pin ingetoetst ({pin}), nu is de pas geblokkeerd. Pas eindigt op {#masked_value:last4}',
        'alarmcode van de zaak is {pin}# , kunnen jullie die resetten? monteur komt pas {#date}',
        'pincode van de zakelijke telefoon: {pin:6}. Toestel is een {#model_number:phone}',
        'sorry typfout, pin is {pin=a} niet {pin~a}',
        'Voicemail pin {pin} werkt niet meer sinds jullie storing van {#date}',
        'welke pin moet ik invoeren bij het opstarten van de pinautomaat? ik heb {pin} en {pin} gehad van jullie',
        'code van de deur van het magazijn is {pin:5}, als de monteur er eerder is dan ik',
        'Pas geblokkeerd bij het afrekenen van {#amount}, pin was echt {pin}',
        'de pin van de kassalade is {pin} maar die wil niet meer open sinds firmware {#version_string}',
    ],
    'puk': [
        'PUK code {puk} toch? telefoon van mijn medewerker zit op slot',
        'puk: {puk:spaced}\nsim eindigt op {#masked_value:sim}',
        'Heb de pukcode gevonden in mijn account: {puk}. Moet ik die gewoon intoetsen? er staan nog 10 pogingen',
        'help sim geblokkeerd na 3x foute pincode, puk is {puk} maar telefoon vraagt nu om PUK2?? {#model_number:phone}',
        '{puk} is de puk van nummer {phone}',
        'de pukcode die ik uit de app haal ({puk}) wordt niet geaccepteerd, zegt "onjuiste PUK"',
        'kan iemand de puk van de zaakstelefoon geven. ik heb 1 poging over. oh wacht gevonden {puk}',
    ],
    'otp': [
        'ik krijg code {otp} maar de site zegt ongeldig. Bestelling {#order_number}',
        'de sms code was {otp}, volgens mij al verlopen',
        'Verificatiecode: {otp}\nnu werkt het wel, bedankt!',
        'code {otp:spaced} komt binnen op de telefoon van {@staff}, niet bij mij',
        '{otp}',
        'Heb 2 codes gekregen, {otp} en {otp}, welke moet ik hebben??',
        'de activatiecode voor de pinautomaat is {otp:8}? terminal {#model_number:terminal} blijft hangen op {#error_code:terminal}',
        'bevestigingscode {otp} (binnengekomen om {#time})',
        '{otp} is de code uit de sms, maar scherm geeft {#error_code}',
        'Inlogcode {otp:6} — werkt niet. Kan het zijn dat de klok van de kassa verkeerd staat?',
        'de code die in de authenticator app staat is nu {otp:6} maar jullie portal accepteert hem niet',
        'Zojuist code ontvangen: {otp:spelled}. Moet ik die aan jullie doorgeven of zelf invullen?',
    ],
    'wifi_key': [
        'wifi van de zaak doet raar. netwerk {@ssid}, sleutel {wifi_key}. Router is een {#model_number:router}',
        'Netwerksleutel: {wifi_key} (die van de sticker werkt niet meer)',
        'gastwifi wachtwoord is {wifi_key}, klanten klagen dat ze er niet op kunnen',
        'heb de wifi code veranderd naar {wifi_key} maar de pinautomaat pakt hem niet',
        'WPA sleutel {wifi_key} ssid {@ssid}, kanaal staat op auto',
        'wat is het wifi ww van de nieuwe modem? op de achterkant staat {wifi_key} maar die pakt hij niet',
        'terminal moet op de wifi, netwerk {@ssid} / wachtwoord {wifi_key}. Hij zegt steeds {#error_code:terminal}',
    ],
    'username': [
        'inlognaam {username} ww {password} (account van de receptie)',
        'Gebruikersnaam is {username}, wachtwoord vergeten. Kunnen jullie een reset sturen naar {email}?',
        'gebruiker {username:staff} is van {@staff}, die is uit dienst. graag blokkeren',
        'we loggen allemaal in met {username} / {password}, is dat erg?',
        'Mijn login voor {@acct} is {username} maar hij zegt "onbekende gebruiker" ({#error_code})',
        'username: {username}\npassword: {password}\nversie app {#version_string}',
        'beheerdersaccount {username:admin} is geblokkeerd, kassa ligt plat',
        'account {username} hoort bij vestiging {@city}, niet bij de hoofdvestiging',
        'ik log in als {username} met ww {password} maar zie geen facturen van {#year}',
    ],
    'api_key': [
        'Koppeling met {@pay} werkt niet meer. API key: {api_key}, foutmelding {#error_code:http} sinds {#date}',
        'moet ik de live key ({api_key}) of de test key in de plugin zetten? plugin versie {#version_string}',
        'hier de key die ik in {@shopplat} heb staan: {api_key}\nsecret: {api_key:secret}',
        'api sleutel {api_key} geeft {#error_code:http} op de webhook',
        'heb de API-key per ongeluk in de groepsapp gezet: {api_key} 🙈 kan die ingetrokken worden?',
        'Onze websitebouwer vraagt de key, is dit m? {api_key:hex}',
        'api key {@shopplat}={api_key}',
        'in de logs staat key {api_key} met request id {#request_id}, is die nog geldig?',
        'Voor de koppeling met {@acct}: sleutel {api_key}, geheim {api_key:secret}. Sync stopt bij factuur {#invoice_number}',
    ],
    'token': [
        'Bearer token uit de logs: {token:bearer} request id {#request_id}',
        'toegangstoken {token} verloopt steeds na een uur, klopt dat?',
        'Dit is het access token van de {@shopplat} app: {token:shop}',
        'ik heb een personal access token aangemaakt {token:pat}, moet die in het veld "API key"?',
        'sessie token {token:jwt} (zag ik in de browser bij F12)',
        'Authorization: Bearer {token:jwt}\nen dan krijg ik {#error_code:http}',
        'token van de facebookpagina van de zaak {token:fb} is verlopen, shop sync doet niks meer',
    ],
    'card': [
        'Kan ik factuur {#invoice_number} met creditcard betalen? {card} exp {card_expiry} cvc {cvv}',
        'kaartnummer {card}, geldig tot {card_expiry}. Bedrag {#amount}',
        'Betaling van {#amount} mislukt, kaart {card} {card_expiry} {cvv}',
        'zakelijke creditcard:\n{card}\nvervaldatum {card_expiry}\ncode achterop {cvv}',
        'welke kaart hebben jullie? ik zie {#masked_value:card} maar onze nieuwe is {card}',
        'amex van de zaak {card:amex} {card_expiry} cid {cvv:amex}',
        'nieuwe creditcard, oude verliep. nummer {card} geldig t/m {card_expiry}',
        'cvc is {cvv}, rest heb ik al in het formulier gezet',
    ],
    'iban': [
        'Graag het rekeningnummer aanpassen naar {iban}, tnv {@shop}',
        'incasso van {#amount} is van de verkeerde rekening afgeschreven, moest {iban} zijn',
        '<landlord>huurder heeft betaald vanaf {iban:other}, kun je zien of dat binnen is? factuur {#invoice_number}',
        'IBAN {iban} BIC {@bic}',
        'terugstorting kan naar {iban}',
        '<club>lid heeft 2x contributie betaald ({#amount}), terugboeken naar {iban:other} aub',
        'rekening zaak: {iban}\nprive: {iban:other}',
        'de uitbetaling van de terminal-omzet gaat naar {iban} toch? zie alleen {#masked_value:iban} in het portaal',
        'iban klopt niet in jullie systeem, er staat een cijfer verkeerd. het moet {iban} zijn',
    ],
    'bsn': [
        '<dental>patiënt vraagt waarom jullie haar BSN {bsn:nl} nodig hebben voor de declaratie',
        'bsn {bsn:nl}, geboortedatum {date_of_birth}',
        'voor de KYC willen ze mijn bsn: {bsn:nl}. kvk is {#company_registration:kvk}',
        'Burgerservicenummer van mijn vrouw (mede-eigenaar): {bsn:nl}',
        'bsn van de nieuwe medewerker voor de loonadministratie {bsn:nl}, start {#date}',
        'Moet het sofinummer {bsn:nl} of het btw-id {#company_registration:vat} in het veld?',
    ],
    'email': [
        'mail maar naar {email}, die lees ik sneller',
        'het mailadres van de zaak is veranderd naar {email}',
        'kunnen jullie de factuur ook naar onze boekhouder sturen? {email:other}',
        'mijn mail is {email:obf}',
        'login email is {email} maar ik krijg geen resetmail',
        'zet {email:staff} er ook bij als gebruiker aub',
        '{email}\n^^ daar komen de facturen niet op binnen',
    ],
    'phone': [
        'bel me even op {phone}, ik sta in de winkel',
        'nummer van mijn medewerker is {phone:staff}, die moet ook toegang',
        '<dental>vast nummer van de praktijk {phone:land} wordt doorgeschakeld naar {phone}',
        'bereikbaar na 18u op {phone}',
        'nummer porteren: {phone} van {@telco} naar jullie, wensdatum {#date}',
        'terugbellen op {phone} graag, niet op {#company_phone} want daar hangen we al een uur',
        'mijn nummer is {phone:spelled}',
    ],
    'address': [
        'nieuw adres van de zaak: {address}',
        'de terminal moet naar {address} gestuurd worden, niet naar mijn huisadres',
        'monteur kan langskomen op {address}, tussen {#time} en {#time}',
        '<landlord>verhuurpand op {address:other} heeft geen internet sinds {#date}',
        'Afleveradres:\n{address:ml}',
        'pakket {#tracking_number} is bezorgd op {address:street} maar wij zitten op nummer 12',
    ],
    'date_of_birth': [
        'geb datum {date_of_birth}',
        'ze vragen mijn geboortedatum ter controle: {date_of_birth}',
        'geboren {date_of_birth}, klantnummer {customer_number}',
        'Geboortedatum van de rekeninghouder is {date_of_birth} (niet {#date}, dat is de startdatum)',
        '{date_of_birth} is mijn geboortedatum ja',
    ],
    'ip_address': [
        'ons vaste ip is {ip_address}, kunnen jullie poort {#port} openzetten?',
        'kassa heeft ip {ip_address:lan} maar de bonprinter ({#model_number:printer}) is niet bereikbaar',
        'webhook komt niet aan, staat onze server {ip_address} op de whitelist?',
        'terminal zit op {ip_address:lan}:{#port}',
        'volgens speedtest is mijn ip {ip_address} en de snelheid is de helft van wat we betalen',
        'ik word geblokkeerd vanaf {ip_address}, foutcode {#error_code}',
    ],
    'customer_number': [
        'klantnummer {customer_number}, meterstand {#meter_reading}',
        'ons klantnr is {customer_number} en factuur {#invoice_number} klopt niet',
        'contractnummer {customer_number:contract}',
        '<club>lidnummer {customer_number:member} kan niet inloggen in de app',
        'Klant nr: {customer_number}\nZaak: {@shop}',
        'merchant id {customer_number:merchant}, uitbetaling van {#date} is niet binnen',
        '{customer_number} is ons klantnummer, postcode weet je al',
    ],
    'none': [
        'storing bij ons in de straat? pin doet het niet, foutcode {#error_code:terminal}',
        'Pakket {#tracking_number} staat al 3 dagen op "in sortering"',
        'het wachtwoord is de naam van onze hond plus het openingsjaar, dat ga ik hier niet typen 😂',
        'terminal {#model_number:terminal} geeft steeds {#error_code}, software {#version_string}',
        'factuur {#invoice_number} van {#amount} klopt niet, we hebben {#quantity} niet besteld',
        'Hoe laat komt de monteur? Afspraak was {#date} om {#time}',
        'waarom is de btw {#percentage:vat} op mijn factuur?',
        'hebben jullie mijn pincode nodig? lijkt me niet toch',
        'Ik bel al sinds {#time} naar {#company_phone}, niemand neemt op',
        'meterstand doorgegeven: {#meter_reading} op {#date}',
        'Ticket {#ticket_number}, nog steeds niks gehoord',
        'checksum van de download klopt niet: {#checksum}',
        'Kan ik de 2FA uitzetten? De code komt altijd te laat',
        'bestelnummer {#order_number}, {#quantity} bonrollen besteld, artikel {#product_code}',
        'de app crasht na update {#version_string} op de {#model_number:phone}',
        'Transactiekosten zijn ineens {#percentage:fee} ipv {#percentage:fee}??',
        'wachtwoord staat in de kluis van de zaak, dat stuur ik niet via de chat',
        'heb een nieuwe pas aangevraagd op {#date}, nog niks ontvangen',
    ],
}

CTX = [
    'Gaat om bestelling {#order_number}.', '(terminal {#model_number:terminal}, software {#version_string})',
    'ticketnr {#ticket_number}', 'factuur {#invoice_number} van {#amount}', 'sinds {#date} rond {#time}',
    'foutmelding: {#error_code}', 'kvk {#company_registration:kvk}', 'ps meterstand is {#meter_reading}',
    'zie ook {#url:status}', 'verzonden met {#tracking_number}', 'zaaknummer {#ticket_number}',
    'Webshop: {#url}', 'We betalen nu {#percentage:fee} per transactie.', 'Ik heb {#company_phone} al gebeld.',
    'request id {#request_id}', 'app versie {#version_string}', 'modem: {#model_number:router}',
]

EMAIL_OPEN = [
    'Geachte heer/mevrouw,', 'Beste {@telco},', 'Goedemiddag,', 'Hallo,', 'Beste medewerker van de klantenservice,',
    'Goedemorgen {@agent},', 'L.S.,', 'Hoi team,', 'Beste {@agent},', 'Geachte klantenservice van {@pay},',
    'Goedenavond,', 'Beste mensen van {@acct},',
]
EMAIL_INTRO = [
    '<shop>Ik heb een bakkerij in {@city} en sinds {#date} werkt onze pinautomaat ({#model_number:terminal}) niet meer. '
    'Elke transactie eindigt met foutcode {#error_code:terminal}, en we lopen zo elke dag omzet mis.',
    'Op {#date} ontving ik factuur {#invoice_number} voor een bedrag van {#amount}, terwijl ons abonnement {#amount} '
    'per maand hoort te kosten.',
    'Sinds de update van de kassasoftware naar versie {#version_string} kunnen mijn medewerkers niet meer inloggen. '
    'Ik heb het toestel al twee keer herstart.',
    '<club>Als penningmeester van onze voetbalvereniging beheer ik de contributie-inning. Deze maand is de incasso van '
    '{#quantity:people} mislukt (batch {#request_id}).',
    '<landlord>Ik verhuur drie appartementen en gebruik uw platform voor de huurfacturen. Factuur {#invoice_number} is per '
    'ongeluk dubbel verstuurd naar alle huurders.',
    'Mijn webshop draait op {@shopplat} en de betalingen via {@pay} komen sinds {#date} niet meer binnen. De webhook '
    'geeft {#error_code:http}.',
    '<dental>Onze tandartspraktijk is per {#date} verhuisd en de internetverbinding is nog steeds niet overgezet '
    '(ordernummer {#order_number}).',
    'Ik ben zzp\'er (KvK {#company_registration:kvk}) en wil mijn zakelijke rekening koppelen aan {@acct}. Dat lukt '
    'niet: na het inloggen krijg ik de melding {#error_code}.',
    'Vorige week heb ik {#quantity} besteld (order {#order_number}), maar er is maar één doos geleverd met '
    'trackingnummer {#tracking_number}.',
    'De jaarafrekening van {#year} klopt niet: de meterstand die u gebruikt ({#meter_reading}) is veel hoger dan wat '
    'ik op {#date} heb doorgegeven.',
    'Ik heb eerder gebeld (ticketnummer {#ticket_number}) maar heb nog steeds geen oplossing ontvangen.',
    '<salon>Onze kapsalon gebruikt uw app voor afspraken en betalingen. Sinds vanochtend {#time} krijgen klanten een '
    'foutmelding bij het afrekenen.',
    'Bij het downloaden van de nieuwe kassa-installer klopt de checksum niet ({#checksum}); ik durf hem daarom niet '
    'te installeren.',
    'Wij betalen {#percentage:fee} transactiekosten, terwijl volgens de offerte van {#date} {#percentage:fee} was afgesproken.',
    'Sinds wij zijn overgestapt naar {@telco} valt het internet in de winkel meerdere keren per dag weg, vooral '
    'tussen {#time} en {#time}. De modem is een {#model_number:router}.',
    '<club>Namens het bestuur van {@shop} schrijf ik u over de nieuwe betaalterminal in de kantine ({#model_number:terminal}).',
    'Mijn boekhouder wijst mij erop dat de btw op factuur {#invoice_number} ({#percentage:vat}) niet klopt.',
    'Ik heb op {#date} mijn bedrijf ingeschreven bij de KvK ({#company_registration:kvk}, btw-id '
    '{#company_registration:vat}) en wil nu een zakelijk abonnement afsluiten.',
]
EMAIL_FRAG = {
    'password': [
        'Het wachtwoord dat ik gebruik is {password}; dit heb ik op {#date} zelf ingesteld.',
        'Voor de volledigheid: het account van de kassa heeft als wachtwoord {password}, het beheerdersaccount {password}.',
        'Ik heb via de link een nieuw wachtwoord ingesteld ({password}), maar ik kom nog steeds niet verder dan het inlogscherm.',
        'Het tijdelijke wachtwoord uit uw e-mail van {#date} ({password:temp}) wordt niet geaccepteerd.',
        'Het wachtwoord van het beheerdersportaal van de modem heb ik gewijzigd in {password:router}.',
    ],
    'pin': [
        'De beheerderspincode van de terminal is {pin}; die heeft uw monteur destijds ingesteld.',
        'Volgens de brief is de pincode van de simkaart {pin}, maar het toestel geeft aan dat deze onjuist is.',
        'Ik heb de pincode ({pin}) twee keer verkeerd ingevoerd, daarna blokkeerde de pas met code {#error_code:terminal}.',
        'De alarmcode voor de achterdeur is {pin}; de monteur kan daarmee binnen als ik er niet ben.',
    ],
    'puk': [
        'De PUK-code die ik in de app zie is {puk}, maar na invoeren krijg ik de melding "PUK onjuist".',
        'Kunt u bevestigen of {puk} de juiste PUK-code is voor het nummer {phone}?',
        'De simkaart (nummer eindigend op {#masked_value:sim}) vraagt om een PUK. Ik heb {puk} geprobeerd.',
    ],
    'otp': [
        'De verificatiecode die ik per sms ontving ({otp}) werd direct als verlopen aangemerkt.',
        'Ik ontving om {#time} code {otp} en om {#time} code {otp}; geen van beide werkte.',
        'De activatiecode voor de nieuwe terminal is {otp:8}, maar het apparaat blijft hangen op het opstartscherm.',
    ],
    'wifi_key': [
        'Het wifi-netwerk {@ssid} heeft als sleutel {wifi_key}; deze staat ook op de achterkant van de {#model_number:router}.',
        'De netwerksleutel van het gastennetwerk is gewijzigd in {wifi_key}, sindsdien maakt de terminal geen verbinding meer.',
    ],
    'username': [
        'Mijn gebruikersnaam is {username} en het account staat op naam van {@shop}.',
        'Het gaat om de accounts {username:staff} en {username}; beide krijgen de melding dat het account is vergrendeld.',
        'Ik log in met gebruikersnaam {username} en wachtwoord {password}.',
    ],
    'api_key': [
        'Ter controle stuur ik de API-sleutel mee die in onze webshop is ingesteld: {api_key}.',
        'In de plugin (versie {#version_string}) staan de volgende gegevens: API key {api_key}, secret {api_key:secret}.',
        'Onze ontwikkelaar heeft de sleutel {api_key} op {#date} vervangen, maar de foutmelding {#error_code:http} blijft.',
    ],
    'token': [
        'In de logging zie ik het volgende token terugkomen: {token}. De request-id is {#request_id}.',
        'Het access token ({token:shop}) is volgens de app nog geldig, maar de synchronisatie stopt bij order {#order_number}.',
    ],
    'card': [
        'U kunt het openstaande bedrag van {#amount} afschrijven van onze zakelijke creditcard: {card}, geldig tot {card_expiry}, '
        'beveiligingscode {cvv}.',
        'De betaling is geprobeerd met kaart {card} (vervaldatum {card_expiry}), maar werd geweigerd.',
    ],
    'iban': [
        'Wilt u de maandelijkse incasso voortaan afschrijven van rekening {iban} ten name van {@shop}?',
        '<landlord>De huurder heeft het bedrag overgemaakt van {iban:other}; op onze rekening {iban} is niets binnengekomen.',
        'Het juiste rekeningnummer voor de uitbetalingen is {iban}. In uw portaal staat nog {#masked_value:iban}.',
        '<club>Een lid heeft per abuis twee keer betaald. Wilt u {#amount} terugstorten op {iban:other}?',
    ],
    'bsn': [
        '<dental>Het BSN van de patiënt is {bsn:nl}, geboortedatum {date_of_birth}.',
        'Mijn burgerservicenummer is {bsn:nl}; het KvK-nummer van de eenmanszaak is {#company_registration:kvk}.',
        'Voor de loonadministratie: BSN van de nieuwe medewerker {bsn:nl}, in dienst per {#date}.',
    ],
    'email': [
        'U kunt mij het beste bereiken via {email}.',
        'Het e-mailadres {email:staff} is van onze nieuwe medewerker en moet worden toegevoegd aan het account.',
        'Wilt u de facturen voortaan ook sturen naar onze boekhouder, {email:other}?',
    ],
    'phone': [
        'Mijn mobiele nummer is {phone}; ik sta overdag in de winkel en ben niet altijd direct bereikbaar.',
        'Het nummer {phone:land} moet worden doorgeschakeld naar {phone}.',
        'U kunt mijn collega {@staff} bellen op {phone:staff}.',
    ],
    'address': [
        'Het afleveradres is {address}.',
        'De installatie moet plaatsvinden op {address:other}, het adres van ons nieuwe filiaal.',
        'Ons postadres is gewijzigd naar {address}.',
    ],
    'date_of_birth': [
        'Ter verificatie: mijn geboortedatum is {date_of_birth}.',
        'De rekeninghouder is geboren op {date_of_birth}.',
    ],
    'ip_address': [
        'Ons vaste IP-adres is {ip_address}; de kassa zit intern op {ip_address:lan}, poort {#port}.',
        'De server van de webshop ({ip_address}) wordt sinds {#date} door uw firewall geblokkeerd.',
    ],
    'customer_number': [
        'Ons klantnummer is {customer_number}.',
        'Het betreft contractnummer {customer_number:contract} (meterstand op {#date}: {#meter_reading}).',
        'Ons merchant-ID is {customer_number:merchant}; de uitbetaling van {#date} ({#amount}) ontbreekt.',
        '<club>Lidnummer {customer_number:member} staat nog op de oude contributie van {#amount}.',
    ],
    'none': [
        'Ik wil graag weten wanneer de storing verholpen is en of wij gecompenseerd worden.',
        'Ik heb {#quantity} retour gestuurd, maar de creditnota is nog niet ontvangen.',
        'Het serviceteam heeft mij doorverwezen naar {#url:status}, maar daar staat geen storing vermeld.',
        'Ik heb al drie keer gebeld naar {#company_phone} en ben steeds na {#time} doorverbonden met een bandje.',
        'Mijn pincode en wachtwoord heb ik bewust niet in deze mail gezet.',
        'De bijgevoegde factuur ({#invoice_number}) vermeldt een bedrag van {#amount} exclusief {#percentage:vat} btw.',
    ],
}
EMAIL_ASK = [
    'Kunt u dit zo snel mogelijk oplossen? Wij lopen hierdoor omzet mis.',
    'Graag ontvang ik binnen drie werkdagen een reactie.',
    'Ik verzoek u vriendelijk de factuur te crediteren.',
    'Wilt u mij bellen zodra er meer bekend is?',
    'Laat u mij weten welke gegevens u verder nog nodig heeft?',
    'Ik hoor graag wat de volgende stap is.',
    'Kunt u bevestigen dat dit is aangepast?',
    'Graag een reactie per e-mail, telefonisch ben ik lastig bereikbaar.',
]
EMAIL_CLOSE = ['Met vriendelijke groet,', 'Met vriendelijke groeten,', 'Groet,', 'Alvast bedankt,', 'Mvg,',
               'Vriendelijke groet,', 'Hartelijke groet,', 'Groetjes,']
SIG = [
    '{@full}\n{@shop}\n{address:ml}\nT: {phone:land}\nM: {phone}\nKvK: {#company_registration:kvk}\nBTW: {#company_registration:vat}',
    '{@full} | {@shop}\n{phone} | {email}\n{#url}',
    '{@first}\n\nVerzonden vanaf mijn {@phonebrand}',
    '--\n{@full}\nEigenaar {@shop}\n{address}\nIBAN {iban} | KvK {#company_registration:kvk}',
    '{@first} {@last}\n{@shop} – {@city}\nTel. {phone}',
    '<club>{@full}\nPenningmeester {@shop}\n{email}\n{phone}',
    '{@first}\n--\n{@shop} | {address} | {#url}',
    '{@full}\n{phone}\n\nDit bericht is uitsluitend bestemd voor de geadresseerde.',
]
QUOTE_HDR = [
    'Op {#date:hdr} om {#time} schreef {@agent} <{email:agent}>:',
    'Op {#date:hdr} {#time} schreef {@brand} Klantenservice <{@noreply}>:',
    '-----Oorspronkelijk bericht-----\nVan: {@agentfull} <{email:agent}>\nVerzonden: {#date:hdr} {#time}\nAan: {email}\nOnderwerp: Uw vraag (ticket {#ticket_number})',
    'Op {#date:hdr} schreef {@brand} Zakelijk:',
]
QUOTED = [
    'Beste {@first},\n\nBedankt voor uw bericht. Om u verder te helpen hebben wij uw klantnummer en het serienummer '
    'van de terminal nodig. Uw ticketnummer is {#ticket_number}.\n\nMet vriendelijke groet,\n{@agent}\nKlantenservice',
    'Hoi {@first},\n\nWe hebben je wachtwoord gereset. Je ontvangt zo een sms met een code op {#masked_value:phone}.\n\nGroet,\n{@agent}',
    'Beste klant,\n\nUw storingsmelding is geregistreerd onder nummer {#ticket_number}. Een monteur komt op {#date} '
    'tussen {#time} en {#time}.\n\nMet vriendelijke groet,\nTeam {@brand}',
    'Beste {@full},\n\nWij hebben uw rekeningnummer gewijzigd naar {iban}. De eerstvolgende incasso van {#amount} '
    'wordt rond {#date} afgeschreven.\n\nMet vriendelijke groet,\n{@agent}',
    'Hallo {@first},\n\nIk zie dat uw inlognaam {username} is. Klopt het dat u de melding {#error_code} krijgt?\n\nGroet,\n{@agent}',
    'Beste {@first},\n\nUw bestelling {#order_number} is verzonden met {#tracking_number}.\n\n{@agent}',
]
FWD_HDR = [
    'Zie hieronder, graag actie.\n\n---------- Doorgestuurd bericht ---------\nVan: {@staff} <{email:staff}>\n'
    'Datum: {#date:hdr} {#time}\nOnderwerp: inloggen lukt niet\nAan: {email}',
    'Doorgestuurd van mijn medewerker:\n\nBegin doorgestuurd bericht:\n\nVan: {@staff} <{email:staff}>\nDatum: {#date:hdr}',
]

AGENT_OPEN = ['Hoi {@first},', 'Beste {@full},', 'Hi {@first}!', 'Goedemiddag {@first},', 'Hallo,', 'Beste klant,']
AGENT_CLOSE = ['Groetjes, {@agent}', '^{@init}', 'Met vriendelijke groet,\n{@agent}\nTeam {@brand}', 'Fijne dag! {@agent}',
               'Groet, {@agent} | {@brand}', '/{@agent}']
AGENT = {
    'password': [
        'Ik heb je tijdelijke wachtwoord ingesteld op {password:temp}. Wijzig dit direct na het inloggen.',
        'Je nieuwe wachtwoord voor het portaal is {password:temp}, bij de eerste keer inloggen vraagt het systeem om een eigen wachtwoord.',
        'Ik zie dat je het wachtwoord {password} in je bericht hebt gezet. Wijzig dit a.u.b. meteen, dit kanaal is niet beveiligd.',
    ],
    'pin': [
        'De standaard beheerderspincode van de {#model_number:terminal} is {pin}. Verander deze na installatie.',
        'De pincode van je nieuwe simkaart is {pin}; je vindt hem ook op de plastic kaart.',
    ],
    'puk': [
        'Je PUK-code is {puk}. Let op: na 10 foutieve pogingen wordt de simkaart definitief geblokkeerd.',
        'Voor het nummer eindigend op {#masked_value:sim} is de PUK {puk}.',
    ],
    'otp': [
        'Je hebt zojuist een code ontvangen, ik zie in ons systeem {otp}. Vul die in binnen 10 minuten.',
    ],
    'wifi_key': [
        'Ik heb de wifi-sleutel voor je gewijzigd naar {wifi_key}. Het kan een paar minuten duren voordat de {#model_number:router} herstart.',
    ],
    'username': [
        'Je gebruikersnaam is {username}. Via "wachtwoord vergeten" kun je zelf een nieuw wachtwoord aanvragen.',
        'Ik heb een extra gebruiker {username:staff} aangemaakt voor {@staff}.',
    ],
    'api_key': [
        'De key die je stuurde ({api_key}) is een test key. Gebruik voor live betalingen de key uit het dashboard.',
        'Ik heb de gelekte key {#masked_value:key} ingetrokken. Maak in het dashboard een nieuwe aan.',
    ],
    'card': [
        'Ik zie dat de betaling met de kaart eindigend op {#masked_value:last4} is geweigerd met code {#error_code:terminal}.',
        'De creditcard {card} staat nu als betaalmethode ingesteld.',
    ],
    'iban': [
        'Bedankt. Ik heb het rekeningnummer gewijzigd naar {iban}. Dit gaat in per {#date}.',
        'Het rekeningnummer dat bij ons bekend is, eindigt op {#masked_value:last4}. Klopt dat?',
    ],
    'customer_number': [
        'Je klantnummer is {customer_number}, de monteur komt op {#date} tussen {#time} en {#time}.',
        'Ik heb je meterstand ({#meter_reading}) verwerkt onder klantnummer {customer_number}.',
    ],
    'address': [
        'We sturen de nieuwe terminal naar {address}. Je ontvangt een track & trace zodra hij verzonden is.',
    ],
    'phone': [
        'Ik bel je morgen rond {#time} terug op {phone}.',
    ],
    'email': [
        'We hebben de factuur opnieuw gestuurd naar {email}. Check ook even je spamfolder.',
    ],
    'mask': [
        'Voor je veiligheid hebben we je bericht verborgen: je deelde je pincode. Deel nooit je pincode, ook niet met ons.',
        'Ik zie de betaling van {#amount} met kaart {#masked_value:card}, die is op {#date} verwerkt.',
        'We hebben een verificatiecode gestuurd naar {#masked_value:phone}.',
        'De bevestiging is verstuurd naar {#masked_value:email}.',
    ],
    'macro': [
        'Beste {{voornaam}}, uw bestelling {{order_number}} is verzonden met trackingcode {{track_trace}}.',
        'Hoi [NAAM], je PUK-code is [PUK]. Fijne dag!',
        'Je tijdelijke wachtwoord is <wachtwoord>. Wijzig dit na het inloggen.',
    ],
    'none': [
        'Stuur je ons even je klantnummer en postcode via DM? Dan kijken we met je mee.',
        'Voor de zekerheid: deel nooit je pincode of wachtwoord met ons, ook niet via DM.',
        'Er is een storing in {@city}, onze monteurs zijn ermee bezig. Meer info op {#url:status}.',
        'Ik heb ticket {#ticket_number} voor je aangemaakt, je hoort binnen 2 werkdagen van ons.',
        'Het tarief van {#percentage:fee} geldt vanaf {#date}. Op factuur {#invoice_number} is dat correct toegepast.',
    ],
}
PUBLIC = {
    'none': [
        '{#mention} al 2 uur geen internet in {@city}, pinautomaat ligt eruit. Kassa staat stil!',
        '{#mention} waarom moet ik {#amount} betalen voor een terminal die niet werkt',
        '{#mention} storing? foutcode {#error_code:terminal} op alle terminals hier',
        '{#mention} order {#order_number} nog steeds niet binnen, ticket {#ticket_number}',
        'Weer een uur in de wacht bij {#company_phone}. Zo run je toch geen bedrijf {#mention}',
        '{#mention} na de update {#version_string} doet de app het niet meer op de {#model_number:phone}',
        'Ondernemers opgelet: {#mention} verhoogt transactiekosten naar {#percentage:fee}',
    ],
    'phone': [
        '{#mention} factuur {#invoice_number} klopt niet en niemand belt terug. Bel me op {phone}',
        '{#mention} bel me nou gewoon even terug {phone} ik kan niet de hele dag wachten',
    ],
    'email': [
        '{#mention} mijn mail is {email}, stuur de verificatiecode daar maar heen want sms komt niet aan',
    ],
    'customer_number': [
        '{#mention} klantnummer {customer_number}, al 3 weken geen reactie op mijn klacht',
    ],
    'password': [
        '{#mention} ww {password} werkt niet meer na jullie update, nu kan ik niks verkopen',
    ],
    'address': [
        '{#mention} monteur zou vandaag komen op {address}, niemand geweest',
    ],
}

# ---------------------------------------------------------------------------
# more phrasings (appended; dealt like the rest)
# ---------------------------------------------------------------------------
CHAT['password'] += [
    '{password} is het nieuwe wachtwoord van de kassa, licentiecode is nog steeds {#product_code:licence}',
    'Wachtwoord van de beheeromgeving:\n{password}\n(gebruik ik ook voor de app, versie {#version_string})',
    'Mn ww van de zakelijke mail is {password} en daar komt de resetlink op binnen. Gaat om order {#order_number}',
    'hij accepteert {password} wel op de laptop maar niet op de {#model_number:phone}. Raar toch?',
]
CHAT['pin'] += [
    '{pin} is de pincode van de sim van de pinautomaat, toestel {#model_number:terminal}',
    'Nieuwe pas ontvangen. pincode brief zegt {pin}, maar ik wil hem veranderen',
    'de app vraagt een 5-cijferige code, ik heb {pin:5} ingesteld. Bestelling {#order_number} wil nog steeds niet',
]
CHAT['otp'] += [
    'bestelling {#order_number} en de code die ik kreeg is {otp}',
    'code voor het koppelen van de kassa: {otp:alnum}',
    'Ik zit in het buitenland (vlucht {#flight_number} terug op {#date}), sms-code {otp} kwam pas na een uur',
]
CHAT['wifi_key'] += [
    'De sleutel van het wifinetwerk:\n{wifi_key}\nmodem {#model_number:router}, firmware {#version_string}',
    '{wifi_key} = wifi ww voor het personeel, niet voor klanten',
    'pinautomaat verbindt niet met wifi {@ssid} ({wifi_key}), foutcode {#error_code:terminal}',
]
CHAT['username'] += [
    'gebruikersnaam: {username}\n(het account van {@staff}, die zit vandaag op de andere vestiging)',
    'ik heb 2 logins, {username} en {username:admin}, welke moet ik gebruiken voor de btw-aangifte van {#year}?',
]
CHAT['api_key'] += [
    'licentiesleutel kassa {#product_code:licence}, API key webshop {api_key}. Wat hebben jullie nodig?',
    'de plugin vraagt een "API-sleutel", ik heb {api_key} geplakt. De checksum van de zip was {#checksum}, klopt dat?',
    'server {ip_address} poort {#port}, api key {api_key}',
]
CHAT['token'] += [
    'de link die ik kreeg bevat token={token}, is die nog geldig?',
    'toegangstoken ({token:hex}) staat in het config bestand op de kassa-pc',
]
CHAT['card'] += [
    'creditcard {card}\nexp {card_expiry}\ncvc {cvv}\nfactuur {#invoice_number}',
    'pasnummer {card:maestro} van onze zakelijke rekening, wordt steeds geweigerd',
]
CHAT['iban'] += [
    'uitbetaling naar {iban} aub, niet meer naar de oude rekening die eindigt op {#masked_value:last4}',
    '<landlord>nieuwe huurder, zijn rekening is {iban:other}. huur {#amount} per maand',
]
CHAT['bsn'] += [
    '<dental>bsn patiënt {bsn:nl}, afspraak was {#date} om {#time}',
]
CHAT['date_of_birth'] += [
    'geboortedatum rekeninghouder: {date_of_birth}, bedrijf opgericht in {#year:since}',
]
CHAT['ip_address'] += [
    'de kassa pc ({ip_address:lan}) praat niet met de terminal op {ip_address:lan} poort {#port}',
    'ons publieke ip is {ip_address}, verbinding valt elke dag rond {#time} weg',
]
CHAT['customer_number'] += [
    'klantnummer {customer_number}\nmeterstand dag {#meter_reading} nacht {#meter_reading}',
    'ordernummer {#order_number} maar mijn klantnummer is {customer_number}',
]
CHAT['none'] += [
    'licentiecode {#product_code:licence} wordt niet geaccepteerd na herinstallatie',
    'we hebben {#quantity:units} maar er worden er 5 gefactureerd',
    'artikel {#product_code} is al sinds {#date} uitverkocht',
    'klant sinds {#year:since} en nu dit',
    'de bonprinter {#model_number:printer} doet niks, poort {#port} staat open',
    'ik zit op {#flight_number} vanavond, kan iemand morgen om {#time} bellen',
]
CTX += ['licentie {#product_code:licence}', 'art.nr {#product_code}', 'poort {#port}', 'klant sinds {#year:since}']
EMAIL_FRAG['none'] += [
    'De licentiecode van de kassasoftware ({#product_code:licence}) is na de herinstallatie niet meer geldig.',
    'De bonprinter ({#model_number:printer}) is via poort {#port} bereikbaar, maar drukt niets af.',
]
CHAT['pin'] += ['{pin}']
CHAT['customer_number'] += ['{customer_number}']
SIG += ['{@full}\n{@shop}\nE {email}\nT {phone}\nKvK {#company_registration:kvk}']
# keep the agent-address quote headers apart so that both halves get one
QUOTE_HDR[1], QUOTE_HDR[2] = QUOTE_HDR[2], QUOTE_HDR[1]
