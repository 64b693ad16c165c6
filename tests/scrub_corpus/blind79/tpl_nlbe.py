"""Belgian Dutch (nl-be) templates. Even index -> dev, odd -> heldout."""

CHAT = r"""
Dag, ik wil mijn meterstanden doorgeven voor {!date}. Dag: {!meter_reading}, nacht: {!meter_reading#2}. EAN {customer_number:ean_be}. Merci!
--
Goeiemorgen, ons internet ligt al sinds gisteren plat. Modem {!model_number} knippert oranje. Klantnummer {customer_number:klant_be}, gsm {phone}
--
Ge hebt mij een mail gestuurd om mijn wachtwoord te resetten maar de link werkt ni. Login = {username}, nieuw ww dat ik wou instellen: {password}
--
Hallo, de huurwaarborg ({!amount}) moet teruggestort worden op {iban} want de blokrekening is vrijgegeven op {!date}. Mvg {$first}
--
Kan de technieker van {$brand} morgen binnen? Sleutel ligt in de sleutelkluis, code {pin:door}. Adres {address}
--
Ik krijg een sms met verificatiecode {otp}, moet ik die aan jullie doorgeven of is dat fraude?
--
Rijksregisternummer {bsn}, geboortedatum {date_of_birth}, voor de aanvraag van het sociaal tarief. Is dat genoeg zo?
--
Mijn domiciliëring moet op een andere rekening: {iban} i.p.v. {iban#2}. Contractnummer {customer_number:contract_be}
--
Wifi-code van de nieuwe modem werkt niet: netwerk {$ssid} sleutel {wifi_key}. En de pincode van de decoder is {pin}, da's toch ok?
--
waterlek in de kelder!! Watermeter draait door, stand nu {!meter_reading}. Ik woon {address}. Bel me aub op {phone}
--
betaald met kaart {card} (vervalt {card_expiry}, cvc {cvv}) maar toch een herinnering gekregen voor factuur {!invoice_number}??
--
Mijn nieuwe gsm-nummer is {phone} en mijn e-mail {email}. Kunnen jullie dat aanpassen in mijn dossier {customer_number:huurder}?
--
De digitale meter geeft {!error_code} op het scherm en sinds {!time} geen stroom meer. EAN {customer_number:ean_be} — dringend want baby in huis
--
PUK code vergeten na 3x foute pin, simkaart van de 4G-router. Kan iemand mij de PUK geven? Is het deze: {puk}?
"""

PUBLIC = r"""
{!mention} al weer panne in {$city}, derde keer deze maand. {!hashtag} {!url}
--
{!mention} voorschotfactuur van {!amount} naar {!amount#2}?? Zot. {!hashtag}
--
{!mention} sinds {!date} geen warm water in onze sociale woning. Melding {!ticket_number}. Niemand reageert {!hashtag}
--
{!mention} ik heb de digitale meter laten plaatsen, nu {!percentage} hogere factuur, leg dat eens uit {!hashtag} {!hashtag#2}
--
{!mention} mijn klantnummer is {customer_number:klant_be}, stuur mij eens een DM want ik geraak er niet door op {!company_phone}
--
Top service van {!mention} vandaag, technieker {$first} in {!quantity:duration} klaar. {!hashtag}
--
{!mention} jullie app crasht sinds update {!version_string}, {!error_code} bij inloggen {!hashtag}
"""

EMAIL = r"""
Hierbij de eindmeterstanden van het appartement {address} bij het einde van de huur op {!date}:
elektriciteit dag {!meter_reading}, nacht {!meter_reading#2}
water {!meter_reading#3} m³
EAN-code: {customer_number:ean_be}

Mijn huurwaarborg mag op rekening {iban} gestort worden. Mijn nieuwe adres: {address#2}.
--
Ik heb al drie keer gebeld naar {!company_phone} in verband met mijn dossier {!ticket_number}. Telkens beloofde men terug te bellen. Mijn gegevens nog eens:

Naam: {$name}
Klantnummer: {customer_number:klant_be}
Rijksregisternummer: {bsn}
GSM: {phone}
E-mail: {email}

Het gaat om een foutieve afrekening van {!amount} (factuur {!invoice_number}).
--
Beste verhuurder,

In de badkamer komt er water door het plafond sinds {!date}. Ik heb foto's in bijlage. De loodgieter kan binnen met de code van het kastje aan de garage: {pin:door}. Het alarm ({!model_number}) staat op code {pin:alarm}, gelieve die na afloop terug te activeren.

Ik ben bereikbaar op {phone}.
--
Ik wens mijn contract over te zetten naar mijn nieuwe adres {address} vanaf {!date}. Betaling graag via domiciliëring op {iban}. Mijn geboortedatum is {date_of_birth} indien nodig voor de identificatie.

Het contractnummer is {customer_number:contract_be}.
--
Sinds de installatie van de nieuwe modem ({!model_number}, firmware {!version_string}) valt de verbinding om de {!quantity:duration} weg. Ik heb poort {!port} opengezet naar mijn NAS op {ip_address}, misschien ligt het daar aan?

De admin-login van de modem is {username} / {password}, wifi-sleutel {wifi_key}. Jullie mogen dat gerust nakijken op afstand.
--
Voor de aanvraag van het sociaal tarief bezorg ik u hierbij mijn gegevens: rijksregisternummer {bsn}, geboren op {date_of_birth}, wonende te {address}. Het attest van het OCMW volgt per post.
--
Ik heb gisteren geprobeerd te betalen via jullie website maar de betaling werd geweigerd. Ik gebruikte kaart {card}, vervaldatum {card_expiry}. Nadien kreeg ik een SMS met code {otp} maar die werd niet aanvaard. Referentie {!request_id}.
--
De huur van {!amount} werd op {!date} overgeschreven met mededeling factuur {!invoice_number} maar jullie sturen een aanmaning. Rekening van waar betaald: {iban}. Huurdersnummer {customer_number:huurder}.
"""

AGENT = r"""
Dag {$first}, bedankt voor je meterstanden! We hebben ze goed ontvangen: dag {!meter_reading}, nacht {!meter_reading#2}. Je volgende voorschot wordt {!amount}. Groetjes, {$agent}
--
Hallo {$first}, sorry voor de panne! Er is een storing in jouw buurt, onze technici verwachten alles opgelost tegen {!time}. Meer info op {!url}. ^{$agent}
--
Dag {$first}, ik heb de domiciliëring aangepast naar {iban}. De eerste betaling gebeurt rond {!date}. Mvg, {$agent}
--
Opgelet: deel nooit je wachtwoord, pincode of verificatiecode met ons of iemand anders. Wij vragen daar nooit naar. Pas je wachtwoord aan via {!url}. {$agent}
--
Beste {$first},

Uw aanvraag {!ticket_number} is ingepland op {!date} tussen {!time} en {!time#2}. De technieker gebruikt de sleutelkluis met code {pin:door} zoals afgesproken.

Vriendelijke groeten,
{$agent} - Klantendienst {$brand}
Tel. {!company_phone} | Ondernemingsnummer {!company_registration}
--
Hoi {$first}, ik zie dat je laatste betaling met de kaart {!masked_value} gelukt is. Het saldo van {!amount} is dus in orde. Vragen? Bel {!company_phone}. {$agent}
--
Dag {$first}, je nieuwe modem ({!model_number}) is onderweg met bpost, volgnummer {!tracking_number}. Groetjes {$agent}
--
Hallo {$first}, ik heb je gsm-nummer gewijzigd naar {phone} en je mailadres naar {email}. Je klantnummer blijft {customer_number:klant_be}. {$agent}
"""


def _split(s):
    return [t.strip("\n") for t in s.split("\n--\n") if t.strip()]


def groups():
    return {("nl-be", "chat"): _split(CHAT), ("nl-be", "public"): _split(PUBLIC), ("nl-be", "email"): _split(EMAIL), ("nl-be", "agent"): _split(AGENT)}

CHAT_X = r"""
Simkaart van de router geblokkeerd, PUK gevraagd. Op het kaartje staat {puk}, maar die werkt niet. Klantennummer {customer_number:klant_be}
--
Voor de koppeling van mijn laadpaal met jullie app vraagt hij een token: {token}. Is dat veilig om hier te sturen?
--
SMS gekregen: "Uw Itsme-bevestigingscode: {otp}". Ik heb niks aangevraagd bij {$brand}, wat nu?
--
kort samengevat:
naam {$name}
adres {address}
geboren {date_of_birth}
mail {email}
login {username}
--
P1-poort dongle hangt op {ip_address}, de api key die de installateur gaf is {api_key}. Data komt niet door.
--
De sleutel ligt bij de buurvrouw op {address}, of gebruik de sleutelkluis met code {pin:door}. Mijn login op het huurdersplatform is {username}
"""

AGENT_X = r"""
Dag {$first}, je hebt je geboortedatum ({date_of_birth}) en mailadres ({email}) publiek gezet. Verwijder dat bericht best en stuur ons een privébericht. {$agent}
--
Hallo {$first}, de token {token} die je stuurde is ingetrokken. Maak een nieuwe aan via {!url}. {$agent}
"""

_groups_base = groups


def groups():
    g = _groups_base()
    g[("nl-be", "chat")] += _split(CHAT_X)
    g[("nl-be", "agent")] += _split(AGENT_X)
    return g
