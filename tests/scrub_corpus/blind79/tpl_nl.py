"""Dutch (nl) templates. Groups are dealt alternately: even index -> dev, odd -> heldout."""

CHAT = r"""
Hoi, ik ben net verhuisd naar {address} en wil mijn energiecontract overzetten. Mijn klantnummer is {customer_number:klant}. Meterstand stroom per {!date}: {!meter_reading} kWh, gas {!meter_reading#2} m3
--
goedemorgen. de cv ketel ({!model_number}) geeft weer {!error_code}. [[kan er iemand langskomen|wanneer komt de monteur]]? sleutelkastje naast de voordeur, code is {pin:door}. ik ben zelf pas om {!time} thuis
--
Mijn wifi doet het al 3 dagen niet!! Modem geresettet, nu kom ik niet meer in het beheer. Gebruiker {username} ww {password} klopt niet meer
--
Hallo {$brand}, kunnen jullie het termijnbedrag voortaan afschrijven van {iban}? Het oude rekeningnummer is opgeheven. Klantnr {customer_number:klant10}
--
Ik kreeg net een sms met code {otp} maar ik heb niks aangevraagd?? Is dit phishing of van jullie
--
EAN code {customer_number:ean}
meterstand {!meter_reading}
datum {!date}
tel {phone:nl}
--
Hey! Ik wil een reparatie melden: lekkage badkamer plafond, sinds {!date}. Adres {address}. Bereikbaar op {phone:nl} tussen {!time} en {!time#2}
--
Jullie vroegen om mijn geboortedatum ter verificatie: {date_of_birth}. En mijn BSN heb ik niet paraat hoor, ow wacht: {bsn:nl}
--
wachtwoord vergeten van mijn.{$brand}. inlognaam is {username}, kunnen jullie een reset sturen naar {email}?
--
[[De|Onze]] huurbetaling van {!amount} is op {!date} van {iban} afgeschreven maar volgens de verhuurder is het niet binnen. Huurdernummer {customer_number:huurder}
--
Wifi naam is {$ssid} en de sleutel [[staat onderop het modem|op het stickertje]]: {wifi_key}. Toch verbindt de laptop niet, foutmelding {!error_code}
--
nieuwe pincode van de SIM is {pin:sim} en PUK {puk}, voor het geval jullie dat nodig hebben voor de 4G backup van de router
--
Borg van {!amount} nog steeds niet terug sinds de eindinspectie op {!date}!! Rekeningnr {iban}, t.n.v. {$name}. Graag vandaag nog
--
Ik heb de gegevens ingevuld in jullie app maar krijg steeds {!error_code}. Mijn IP is {ip_address} als dat helpt, app versie {!version_string}
--
Mag ik even doorgeven: nieuw mobiel nummer {phone:nl}, oude was {phone:nl#2}. Klantnummer {customer_number:klant}. Dank!
--
Betaling via creditcard lukt niet. Kaart {card} geldig tot {card_expiry} cvc {cvv}. Wat doe ik fout?
--
Mijn buurman op {address} heeft ook geen water. Storing? Wij wonen zelf op {address#2}. Druk is ineens weg sinds {!time}
--
de code van de portiek is veranderd naar {pin:door}#, weet de schilder dat al? Hij komt {!date} voor de kozijnen
"""

PUBLIC = r"""
{!mention} al [[2|3|4]] dagen geen internet in {$city}. {!hashtag} En nee, modem herstarten helpt niet. {!url}
--
Wat een klantonvriendelijke toestand bij {!mention}. Voorschot omhoog naar {!amount} terwijl ik minder verbruik. {!hashtag} {!hashtag#2}
--
{!mention} schimmel in de slaapkamer, al sinds {!date} gemeld, ticket {!ticket_number}. Niemand komt. {!hashtag}
--
@{$first}{$city} precies hetzelfde hier, {!quantity:duration} geleden aangevraagd en nog niks {!hashtag}
--
{!mention} stuur me maar een DM, mijn klantnummer is {customer_number:klant} want ik word gek van die wachtrij
--
{!mention} is er een storing in {$city}? Meter geeft {!error_code} en het licht is uit. {!url}
--
Zo, eindelijk glasvezel! {!quantity:speed} down, {!mention} bedankt monteur {$first} {!hashtag}
--
{!mention} bellen naar {!company_phone} kost me nu al {!amount}, wachttijd {!quantity:duration}. Kan iemand me hier helpen? Mijn nummer {phone:nl}
"""

EMAIL = r"""
Hierbij stuur ik u de meterstanden van mijn oude woning aan de {address}, overdracht per {!date}:

- Stroom normaal: {!meter_reading}
- Stroom dal: {!meter_reading#2}
- Gas: {!meter_reading#3}

De nieuwe bewoner is {$name#2}. Mijn nieuwe adres wordt {address#2}. Het restant van de eindafrekening mag naar {iban}.
Mijn klantnummer: {customer_number:klant}
EAN stroom: {customer_number:ean#2}
--
Naar aanleiding van ons telefoongesprek van {!date} ({!time}) bevestig ik dat ik de automatische incasso wil wijzigen. Nieuw IBAN: {iban}, ten name van {$name}. Factuur {!invoice_number} van {!amount} is nog open; die betaal ik handmatig.

Ter verificatie: geboortedatum {date_of_birth}, telefoon {phone:nl}.
--
Al sinds {!date} heb ik vochtproblemen in de woning. Ik heb dit op {!date#2} gemeld (meldingsnummer {!ticket_number}) maar er is nog niets gebeurd. Inmiddels is de schimmel {!quantity:area} groot.

De aannemer mag zelf naar binnen: sleutelkluisje bij de achterdeur, code {pin:door}. Het alarm staat aan, uitschakelcode {pin:alarm}.

Adres: {address}
Huurdernummer: {customer_number:huurder}
--
Ik wil graag een klacht indienen. Op mijn jaarafrekening ({!invoice_number}) staat een verbruik van {!quantity:energy} terwijl mijn slimme meter ({!model_number}) de hele tijd {!meter_reading} aangaf. Het verschil is ruim {!percentage}.

Voor de duidelijkheid, mijn gegevens:
Klantnummer {customer_number}
E-mail {email}
Telefoon {phone:nl}
--
Voor de zorgtoeslag vraagt de Belastingdienst een huurverklaring. Kunt u die opmaken op naam van {$name}, BSN {bsn:nl}, geboren {date_of_birth}? Het gaat om de woning {address}, huur {!amount} per maand sinds {!year}.
--
Mijn modem is vervangen door een {!model_number} maar de installatie mislukt. Foutcode {!error_code}. De monteur heeft het beheerwachtwoord op {password} gezet en het wifi-wachtwoord op {wifi_key}. Via portforwarding poort {!port} naar {ip_address} werkt ook niet meer.

Ik heb de firmware ({!version_string}) al geüpdatet. Graag contact via {phone:nl}.
--
In de bijlage vindt u het ondertekende huurcontract. Voor de automatische betaling van de huur ({!amount}) machtig ik u om maandelijks af te schrijven van rekening {iban}.

Mijn werkgever heeft gevraagd om de BSN op de verklaring: {bsn:nl}.
Mvg en tot {!date}
--
Ik probeer in te loggen op het huurdersportaal maar krijg een verificatiecode op een oud nummer. Kunt u het nummer wijzigen naar {phone:nl}? Mijn gebruikersnaam is {username} en ik heb als tijdelijk wachtwoord {password} gekregen van uw collega.
"""

AGENT = r"""
Hoi {$first}, dank voor je bericht! Ik zie dat de meterstanden van {!date} zijn verwerkt: {!meter_reading} kWh en {!meter_reading#2} m³. Je nieuwe termijnbedrag wordt {!amount}. Groetjes, {$agent}
--
Beste {$first}, vervelend dat je internet weer is uitgevallen. Ik heb een monteur ingepland op {!date} tussen {!time} en {!time#2}. Je referentie is {!ticket_number}. Bel gerust {!company_phone} als het eerder opgelost is. ^{$agent}
--
Hallo {$first}, ik heb het IBAN gewijzigd naar {iban}. De eerstvolgende afschrijving van {!amount} staat gepland op {!date}. Klopt dat? Gr. {$agent}
--
Deel alsjeblieft nooit je wachtwoord of inlogcode via social media, ook niet met ons. We hebben de code die je stuurde ({otp}) laten vervallen. Vraag via {!url} een nieuwe aan. ^{$agent}
--
Dank je wel! Om je te verifiëren heb ik je postcode en huisnummer nodig en je geboortedatum. Stuur die gerust via DM. Je klantnummer {customer_number:klant} heb ik al gevonden. Groet, {$agent}
--
Hoi, ik zie een storing in jouw regio, monteurs zijn bezig. Verwachte oplostijd {!time}. Actuele info: {!url} {!hashtag}
--
Beste {$first} {$last},

Uw reparatieverzoek ({!ticket_number}) is ingepland op {!date}. De monteur van {$brand} komt tussen {!time} en {!time#2} naar {address}. U gaf aan dat de sleutel in het kluisje zit met code {pin:door}; dat hebben we in de opdracht gezet.

Met vriendelijke groet,
{$agent}
Klantcontact {$brand}
T {!company_phone} | KvK {!company_registration}
--
Hoi {$first}, ik heb je rekening bekeken. De laatste betaling met kaart eindigend op {!masked_value} is gelukt. Het openstaande bedrag van {!amount} staat op factuur {!invoice_number}. Vragen? {!company_phone}. ^{$agent}
--
Goedemiddag, wat vervelend! Je nieuwe modem ({!model_number}) is vandaag verzonden, track & trace {!tracking_number}. Het standaard wifi-wachtwoord staat op de sticker. ^{$agent}
--
Hoi {$first}, bedankt voor het doorgeven. Ik heb je mobiele nummer aangepast naar {phone:nl} en het e-mailadres naar {email}. Bij ons bekend rekeningnummer: {!masked_value}. Fijne dag! {$agent}
--
Beste huurder, de lift in uw complex is {!date} defect geraakt (storingscode {!error_code}). Otis is ingeschakeld, verwachte reparatie binnen {!quantity:duration}. Excuses voor het ongemak. Team {$brand}
--
Dag {$first}, we hebben je borg van {!amount} op {!date} teruggestort naar {iban}. Het kan {!quantity:duration} duren voordat je het ziet. Groet {$agent}
"""


def _split(s):
    return [t.strip("\n") for t in s.split("\n--\n") if t.strip()]


def groups():
    return {("nl", "chat"): _split(CHAT), ("nl", "public"): _split(PUBLIC), ("nl", "email"): _split(EMAIL), ("nl", "agent"): _split(AGENT)}

# extra members (appended; parity continues from the lists above)
CHAT_X = r"""
Telefoon blokkeerde na 3x foute pincode, nu vraagt hij om PUK. Is het {puk}? Simkaart hoort bij klantnr {customer_number:klant}
--
Ik probeer de thuisbatterij te koppelen aan jullie dynamische tarief, de app vraagt een API token. Mijn token: {token} klopt dat zo?
--
[doorgestuurde sms]
"{$brand}: Uw verificatiecode is {otp}. Deel deze code met niemand."
Ik heb die code dus niet aangevraagd!
--
ok dus nog even alles op een rij:
- naam {$name}
- adres {address}
- geb. {date_of_birth}
- mail {email}
- gebruikersnaam portaal {username}
--
mijn zoon heeft gebeld en die gaf jullie de code {otp:words}. Zo goed?
--
De HomeWizard P1-meter krijgt geen verbinding. IP van de dongle {ip_address}, api key voor de koppeling met jullie app: {api_key}. Kunnen jullie even kijken?
--
De verhuurder wil dat ik mijn e-mail {email} en geboortedatum ({date_of_birth}) opgeef voor het nieuwe portaal, is dat normaal? Mijn IP werd ook gelogd: {ip_address}
--
Sleutel ligt bij de buren op {address}, of gebruik het kluisje code {pin:door}. Mijn inlog voor het reparatieportaal is {username} mocht je het willen checken
"""

EMAIL_X = r"""
Onze VvE-beheerder vroeg me jullie de toegangsgegevens van het energiemonitoringsysteem te sturen:

Gebruiker: {username}
Wachtwoord: {password}
PUK van de 4G-module: {puk}

Het systeem hangt op {ip_address}, poort {!port}.
--
Ik ontving vandaag onderstaande SMS, maar heb niets aangevraagd:

"Uw eenmalige code voor Mijn{$brand} is {otp}. Geldig tot {!time}."

Is mijn account gehackt? Mijn e-mail is {email}. Ik heb voor de zekerheid het wachtwoord veranderd van {password} naar {password#2}.
--
Bij de oplevering van de woning aan de {address} zijn de volgende sleutels overhandigd: {!quantity}. De code van het sleutelkastje in de bergingsgang is {pin:door} en van de fietsenstalling {pin:door#2}.

Graag bevestiging op {phone:nl}.
--
Voor de koppeling van onze zonnepanelen-omvormer ({!model_number}) met uw platform heeft de installateur deze gegevens gebruikt:
Access token: {token}
API key: {api_key}
Kunt u die intrekken? Ze stonden per ongeluk in een gedeeld document.
"""

AGENT_X = r"""
Hoi {$first}, ik zie dat je je geboortedatum ({date_of_birth}) en e-mailadres ({email}) hier openbaar hebt gezet. Ik raad je aan die tweet te verwijderen. Stuur ons liever een DM. ^{$agent}
--
Dag {$first}, de token die je deelde ({token}) hebben we ingetrokken. Maak via {!url} een nieuwe aan en deel hem met niemand. Groet {$agent}
--
Hoi {$first}! De monteur staat {!date} om {!time} bij je op {address}. Je bent bereikbaar op {phone:nl}, toch? ^{$agent}
--
Beste {$first}, voor het resetten van je PUK hebben we de PUK {puk} ingetrokken; je ontvangt een nieuwe simkaart. Track & trace: {!tracking_number}. Groet, {$agent}
"""

_groups_base = groups


def groups():
    g = _groups_base()
    g[("nl", "chat")] += _split(CHAT_X)
    g[("nl", "email")] += _split(EMAIL_X)
    g[("nl", "agent")] += _split(AGENT_X)
    return g

MISC_EMAIL = r"""
Bij de firmware-download voor de modem klopt de controlesom niet: verwacht {!checksum}, kreeg {!checksum#2}. Versie {!version_string}. Ik heb {!year} het abonnement afgesloten, klantnummer {customer_number}. Uw KvK {!company_registration} staat ook verkeerd op de factuur.
--
Mijn bestelling {!order_number} (slimme thermostaat, artikelcode {!product_code}) is nooit aangekomen. Ik zat in het buitenland, vlucht {!flight_number} landde {!date}, en de bezorger heeft hem bij {address} afgeleverd, niet mijn adres. Graag contact via {email}.
"""

MISC_AGENT = r"""
Hoi {$first}, je bestelling {!order_number} (artikel {!product_code}) is opnieuw verzonden, track & trace {!tracking_number}. De korting van {!percentage} is verwerkt. ^{$agent}
--
Dag {$first}, de huurverhoging per {!date} is {!percentage} conform het wettelijk maximum voor {!year}. Vragen? {!company_phone} of {!url}. Groet, {$agent} | {$brand}, KvK {!company_registration}
"""

_groups_base2 = groups


def groups():
    g = _groups_base2()
    g[("nl", "email")] += _split(MISC_EMAIL)
    g[("nl", "agent")] += _split(MISC_AGENT)
    return g

METER_CHAT = r"""
Vraagje: mijn buurvrouw ({$name#2}) heeft geen internet, mag ik haar jullie nummer {!company_phone} geven? Zij woont op {address}
--
standen van vanochtend {!time}:
181: {!meter_reading}
182: {!meter_reading#2}
gas: {!meter_reading#3}
watermeter {!meter_reading#4}
ean {customer_number:ean} / klantnr {customer_number:klant#2}
"""

_groups_base3 = groups


def groups():
    g = _groups_base3()
    g[("nl", "chat")] += _split(METER_CHAT)
    return g
