TEXT = r"""
@@ chat:extra2
Nieuwe router, dus de {N.model_number} moet opnieuw verbonden. Wifi: {F.ssids} / sleutel {wifi_key}. Hij krijgt IP {ip_address}. Volgens {N.url} moet ik request {N.request_id} doorgeven?
~~
De laadpaal en de {N.model_number} zijn offline. Netwerknaam {F.ssids}, wpa-wachtwoord {wifi_key}, vast ip {ip_address}. Foutmelding noemde request-id {N.request_id}, handleiding op {N.url}
@@ chat:extra3
Voor de theaterkaarten wil ik betalen met creditcard: {card}, vervalt {card_expiry}, code achterop {cvv}. Geb. {date_of_birth} (voor de 65+ korting)
~~
kaartnr {card} exp {card_expiry} cvc {cvv} – graag de borg voor de e-bike daarvan afschrijven. ik ben geboren op {date_of_birth} dus heb recht op seniorentarief

@@ chat:extra
Ik moest de skihuur annuleren omdat vlucht {N.flight_number} geschrapt werd. Jullie hebben wel afgeschreven van de kaart {N.masked_value:card}. Ander dingetje: mijn nieuwe simkaart vraagt om de PUK, het is {puk}. Mijn oude toestel is uit {N.year}.
~~
Terugvlucht {N.flight_number} was {N.quantity} vertraagd, dus de fietsen zijn te laat ingeleverd. Boete afgeschreven van rekening {N.masked_value} maar dat is toch niet eerlijk? (Sim is sinds {N.year} geblokkeerd, pukcode {puk} werkt niet meer)
~~
Opbrengst is {N.percentage} lager dan beloofd. Meterstand vandaag {N.meter_reading}. Ik lees de omvormer uit via Modbus op poort {N.port} met dit token: {token}. Firmware-bestand checksum {N.checksum}, artikel {N.product_code}
~~
De app van de warmtepomp laat {N.percentage} rendement zien, tellerstand {N.meter_reading}. Mijn API key {api_key} geeft een {N.error_code} op poort {N.port}. SHA256 van de update: {N.checksum}. Onderdeel {N.product_code}

@@ story
Ik heb al twee keer gebeld maar werd steeds doorverbonden en uiteindelijk viel de lijn weg. Ook het contactformulier op jullie site gaf een foutmelding, vandaar deze mail.
~~
Even wat achtergrond: we hebben het systeem in {N.year} laten installeren en tot vorige maand ging alles prima. Sinds de laatste update ({N.version_string}) gaat het mis.
~~
Ik vind het eerlijk gezegd nogal teleurstellend hoe dit loopt. Ik ben al jaren klant en heb altijd netjes op tijd betaald.
~~
Zoals ik vorige week al aan uw collega aan de telefoon vertelde, is er sinds {N.date} niets meer gebeurd. Ik hoop dat het nu wel opgepakt wordt.
~~
Mijn buurman heeft hetzelfde probleem overigens, dus misschien is het iets algemeners. Hij had het over een storing in de regio.
~~
Ik heb de foto's en de factuur ({N.invoice_number}) als bijlage toegevoegd. Laat maar weten als jullie nog iets nodig hebben.

@@ subject
Onderwerp: Vraag over mijn aanvraag
~~
Onderwerp: Klacht - nog steeds geen reactie
~~
Onderwerp: RE: storing {N.error_code}
~~
Onderwerp: wijziging gegevens

@@ chat:rental
Hoi, ik heb voor {N.date} {N.quantity:gear} gehuurd bij jullie (boeking {N.order_number}). De borg wil ik betalen met mijn creditcard {card}, geldig tot {card_expiry}, cvc {cvv}. Kan dat nog?
~~
Goedemiddag. Wij komen de ski's ophalen om {N.time} maar de winkel is dan dicht. Wat is de code van het sleutelkastje? Iemand zei {pin} maar die werkt niet.
~~
hee ik had een sup board gehuurd en de borg van {N.amount} is nog steeds niet terug?? rekening {iban} tnv {F.first_names} {F.last_names}. boekingsnr {N.order_number}
~~
Goeiedag, mijn ledennummer is {customer_number:member} en ik wil de huur verlengen met {N.quantity}. Bel me even op {phone}, groet {F.first_names}
~~
Ik kan niet inloggen op mijn account voor de skiverhuur. Gebruikersnaam: {username}
Ww: {password}
Krijg steeds melding {N.error_code}.
~~
De snowboards moeten bezorgd worden op {address}. Geboortedatum huurder (voor de verzekering) {date_of_birth}. Mailen kan naar {email}

@@ chat:driving
Hallo, ik wil me aanmelden voor rijles. Mijn gegevens: geboren {date_of_birth}, BSN {bsn}, tel {phone}. Het CBR vraagt ook om mijn BSN dus vandaar
~~
Beste rijschool, ik heb een boete van het CJIB gekregen (kenmerk {N.ticket_number:cjib}) voor rijden door rood met jullie lesauto {F.plates}. Ik was op dat moment helemaal niet aan het lessen!! Mijn leerlingnummer is {customer_number:pupil}
~~
Hoi {F.agents}, mijn les van {N.date} om {N.time} moet ik verzetten. Leerlingnr {customer_number:pupil}, je kan me bereiken op {phone} of {email}
~~
ik heb het lespakket van {N.quantity:lessons} betaald maar zie het niet in de app. inloggen met {email} en wachtwoord {password} lukt wel maar saldo staat op 0
~~
Graag restitutie van {N.amount} voor de geannuleerde examenrit op IBAN {iban}. Factuur {N.invoice_number}.
~~
De verificatiecode voor de rijschool-app kwam pas na 10 min binnen: {otp}. Nu is hij verlopen. Kunnen jullie m'n account ({username}) handmatig vrijgeven?

@@ chat:solar
Goedemorgen, sinds {N.date} geeft de omvormer ({N.model_number}) storing {N.error_code}. Hij hangt aan ons wifi netwerk {F.ssids}, wachtwoord daarvan is {wifi_key}. Kunnen jullie op afstand kijken?
~~
Voor de monitoring: inlog is {username} / {password}. Het lokale IP van de omvormer is {ip_address} (poort {N.port}). Firmware staat op {N.version_string}
~~
Hoi! Installateur komt {N.date} voor de warmtepomp. Wij zijn niet thuis, de sleutel ligt in het kluisje bij de achterdeur, code {pin}. Adres is {address}.
~~
Mijn EAN code is {customer_number:ean} en de meterstand was bij oplevering {N.meter_reading}. Waarom klopt de terugleververgoeding niet?
~~
Ik wil de API van het monitoringportaal koppelen aan Home Assistant. Ik heb deze key gekregen: {api_key} maar krijg {N.error_code} terug. Klopt dat?
~~
Offerte {N.order_number} voor {N.quantity:panels} akkoord. Aanbetaling van {N.percentage} mag van rekening {iban}. Klantnummer {customer_number}
~~
de warmtepomp maakt herrie 's nachts, model {N.model_number}. firmware {N.version_string} gedownload, checksum {N.checksum}, klopt die? bel me even 0p {phone}

@@ chat:cinema
Ik heb net {N.quantity:tix} voor de voorstelling van {N.time} gekocht maar geen mail gekregen. Bestelnummer {N.order_number}, mijn mail is {email}
~~
Mijn Unlimited pas ({customer_number:member}) is geblokkeerd na een mislukte betaling. Kaartnummer dat erop staat is {card}, exp {card_expiry}
~~
Hallo, ik probeer in te loggen op de site maar de sms-code {otp} wordt niet geaccepteerd. Account: {email}
~~
Wil graag mijn abonnement op de schouwburg opzeggen. Abonneenummer {customer_number}, adres {address}. Het bedrag van {N.amount} graag terugstorten op {iban}
~~
Toegangstoken voor jullie partner-API (voor onze filmclub-site) lijkt verlopen: {token}. Request-id {N.request_id}

@@ chat:insurance
Goedenavond, we hebben waterschade door een lekkende leiding. Polisnummer {customer_number:policy}, adres {address}. Schadenummer is al aangemaakt: {N.ticket_number}
~~
De expert mag morgen om {N.time} langskomen, alarmcode is {pin} en de buurvrouw heeft een sleutel. Mijn nummer {phone}
~~
Uitkering van de inbraakschade graag op {iban} t.n.v. {F.first_names} {F.last_names}. Geb. datum verzekeringnemer {date_of_birth}. Schade {N.ticket_number}
~~
Ik kom niet in Mijn Omgeving. gebruikersnaam {username} en wachtwoord {password}, ook na resetten met code {otp} lukt het niet
~~
Hoi, de stormschade aan het dak (foto's in de bijlage) valt toch onder de polis {customer_number:policy}? Eigen risico is {N.amount} toch? groet, {F.first_names} ({phone})
~~
BSN van mijn partner is {bsn}, die wilden jullie hebben voor het toevoegen aan de opstalpolis. Haar geboortedatum: {date_of_birth}

@@ chat:bike
Hoi, mijn e-bike ({N.model_number}) staat al {N.quantity} bij jullie voor reparatie. Werkorder {N.order_number}. Wanneer is hij klaar? Bel gerust {phone}
~~
De code van het ringslot is {pin}, dan kunnen jullie hem zelf van het slot halen in de stalling. Fiets staat bij {address}
~~
Ik heb de leasefiets via werkgever, contractnummer {customer_number}. De app vraagt om een wachtwoord: {password} werkt niet meer sinds update {N.version_string}
~~
Bestelling {N.order_number} is nog niet aangekomen. Track & trace {N.tracking_number} zegt al {N.quantity} 'in sortering'. Afleveradres is {address}
~~
Terugbetaling voor de geretourneerde helm ({N.product_code}, {N.amount}) graag naar {iban}. Mijn mail: {email}

@@ chat:account
Mijn sim is geblokkeerd dus ik krijg de sms-codes niet. PUK staat op de kaart: {puk}. Pincode sim is {pin}. Kan iemand bellen naar het vaste nummer {phone}?
~~
Ik krijg een bevestigingscode maar die is al verlopen ({otp}). Kunnen jullie een nieuwe sturen naar {email}?
~~
Is mijn account gehackt? Er is ingelogd vanaf {ip_address} om {N.time}, dat was ik niet. Oude wachtwoord: {password}, nieuw: {password2}
~~
mijn klantnr is {customer_number} en ik ben verhuisd naar {address}, graag aanpassen

@@ public:any
{N.mention} al {N.quantity} wachten op de monteur voor de {N.model_number}. Storing {N.error_code} en niemand belt terug {N.hashtag}
~~
Wat een service van {N.mention} 👎 borg van {N.amount} nog steeds niet terug. Bel me maar op {phone} als jullie durven {N.hashtag}
~~
{N.mention} mijn klantnummer is {customer_number}, kunnen jullie nu eindelijk eens reageren? Zie ook {N.url}
~~
Dus {N.mention} stuurt mij een boete van {N.amount} terwijl ik op {N.date} gewoon thuis was {N.hashtag} {N.hashtag2}
~~
@{F.first_names}_{F.last_names} gewoon mailen naar {email}, daar reageren ze wel sneller dan hier. {N.hashtag}
~~
Film begon {N.percentage} later dan gepland en geluid viel 2x uit {N.mention} 🙄 {N.hashtag}
~~
Top geholpen door {N.mention}! Fiets binnen {N.quantity} gemaakt {N.hashtag}

@@ agent:any
Hoi {F.first_names}, vervelend om te horen! Wil je ons je klantnummer en postcode sturen via DM? Deel nooit je wachtwoord of pincode. Groet, {F.agents}
~~
Dank je wel. Ik heb het IBAN {iban} bij je account (klantnummer {customer_number}) vastgelegd. De terugbetaling van {N.amount} volgt binnen {N.quantity}. ^{F.agents}
~~
Hi {{first_name}}, je tijdelijke code is <code>. Deze is {N.quantity} geldig. Kom je er niet uit, bel dan {N.company_phone} (ma-vr tot {N.time}). Groet, team {F.brand_solar}
~~
Helder! We hebben de afspraak voor {address} gepland op {N.date} tussen {N.time} en {N.time2}. De monteur belt vooraf naar {phone}. Gr. {F.agents}
~~
Ik zie dat je met {email} staat geregistreerd. Ik heb een resetlink gestuurd, deze is {N.quantity} geldig. Je dossier heeft nummer {N.ticket_number}. ^{F.agents}
~~
Bedankt voor je geduld. We hebben schadenummer {N.ticket_number} aangemaakt voor polis {customer_number:policy}. Onze expert neemt contact op via {phone}. Met vriendelijke groet, {F.agents} | {F.brand_insurance} | {N.company_phone}
~~
Let op: je hebt hierboven je wachtwoord ({password}) gedeeld in een openbaar bericht. Verwijder dat bericht a.u.b. en wijzig je wachtwoord via {N.url}. ^{F.agents}

@@ greet
Beste {F.brand_solar},
~~
Geachte heer/mevrouw,
~~
Hallo,
~~
Goedemiddag,
~~
Hoi team,
~~
Beste klantenservice,

@@ sign
Met vriendelijke groet,
{F.first_names} {F.last_names}
{address:multi}
Tel: {phone}
~~
Groetjes,
{F.first_names}

Verstuurd vanaf mijn iPhone
~~
Mvg {F.first_names} {F.last_names}
{phone}
~~
Vriendelijke groet,

{F.first_names} {F.last_names}
M {phone} | E {email}
~~
Gr,
{F.first_names}
--
Verzonden met de Gmail-app
~~
Alvast bedankt!
{F.first_names} {F.last_names} - {email}

@@ quotehdr
Op {N.date} om {N.time} schreef {F.brand_solar} <noreply>:
~~
-----Oorspronkelijk bericht-----
Van: Klantenservice {F.brand_insurance}
Verzonden: {N.date} {N.time}
Aan: {email}
Onderwerp: RE: uw melding {N.ticket_number}
~~
Op {N.date} {N.time} heeft {F.agents} van {F.brand_bike} het volgende geschreven:
~~
---------- Doorgestuurd bericht ---------
Van: {F.brand_cinema} <tickets>
Datum: {N.date}
Onderwerp: Je bestelling {N.order_number}

@@ disc
Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.
~~
Denk aan het milieu voordat u deze e-mail print.
~~
Aan deze e-mail kunnen geen rechten worden ontleend. KvK {N.company_registration}
~~
Disclaimer: deze mail is automatisch gescand op virussen.
~~
KvK {N.company_registration} - BTW NL{N.year}
~~
{F.brand_solar} B.V. | KvK-nummer {N.company_registration} | Dit bericht is uitsluitend bestemd voor de geadresseerde.
"""
