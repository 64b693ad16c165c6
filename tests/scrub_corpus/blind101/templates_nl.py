# Dutch (nl) templates. Blocks: "@@ kind situation", templates separated by "--".
T = r"""
@@ chat crypto
hoi {$crypto}, ik kom mn account niet meer in. gebruikersnaam is {username} en ik heb ww al 3x gereset, laatste was {password}. krijg steeds {~error_code}
--
Goedemiddag, mijn opname van {~amount:crypto} naar {iban} staat al sinds {~date} op 'in behandeling'. Klantnummer {cust:uid}. Kunnen jullie kijken?
--
ik heb per ongeluk mijn API key in een screenshot op discord gezet 😬 key: {api_key:hex} secret {api_key:b64}. kan iemand die intrekken aub?? app versie {~version_string}
--
Kreeg net een sms met code {otp} maar ik heb zelf niks aangevraagd?! Ik heb niet ingelogd vanaf {ip}. Mijn mail is {email}. Is mijn account gehackt?
@@ chat care
Hallo, ik wil graag een afspraak verzetten van {~date} {~time} naar later in de week. Geboortedatum {dob}, patientnummer {cust:patient}. Mvg {$first}
--
hey ik heb bij {$optic} een bril besteld (order {~order_number}), maar ze hebben de verkeerde sterkte. Kunnen jullie me bellen op {phone}? na {~time} ben ik thuis
--
Goedemorgen. Voor de vergoeding van mijn kroon heeft de verzekeraar mijn BSN nodig zegt de assistente? Het is {bsn}. Polisnummer {cust:policy}. Factuur {~invoice_number} van {~amount}.
@@ chat pet
Mijn bestelling {~order_number} ({~quantity:kg} {$food}) is nog steeds niet binnen. Track & trace {~tracking_number} zegt bezorgd maar niet op {address}. graag actie
--
hallo, {$petname} moet weer gevaccineerd worden. Kan ik iets plannen? mijn nummer is {phone}, klantnr bij jullie {cust}. Ook graag de factuur naar {email}
--
Hoi! De deur van de praktijk zat dicht, de assistente zei dat ik de sleutelkluis kon gebruiken voor de medicijnen, code was toch {pin:door}? werkt niet
@@ chat venue
Hoi! Wij hebben {$venue} geboekt voor {~date}, {~quantity:guests}. Het voorschot van {~amount} is overgemaakt vanaf {iban}. Graag bevestiging naar {email} 🙏
--
Vraagje voor zaterdag: wat is de code van het hek bij de achteringang? Cateraar komt om {~time}. En wifi voor de dj: netwerk 'Orangerie_Gast' ww {wifi_key}?
--
beste, onze trouwlocatie heeft gevraagd om mijn adres voor het contract: {address}. telnr {phone}. Boekingsnummer is {~order_number}, klopt dat zo?
@@ chat ticket
Ik heb {~quantity} voor {$band} in {$hall} gekocht maar krijg ze niet in de app. Login {email} / wachtwoord {password}. Help, concert is {~date}!!
--
jullie hebben {~amount} 2x afgeschreven van mijn creditcard {card} 😡 bestelnr {~order_number}. wil mn geld terug
--
heb de verificatiecode nodig om tickets over te zetten naar mn vriendin maar de sms komt niet. mijn nummer {phone}. of is het deze: {otp}?
@@ public all
{~mention} al 4 dagen wacht ik op mijn opname van {~amount:crypto}!!! Ticket {~ticket_number} en niemand reageert {~hashtag} {~hashtag}
--
{~mention} waarom moet ik voor een simpele tandartsafspraak mijn BSN in een webformulier zetten? {~url} {~hashtag}
--
Hallo {~mention} ik ben al 45 min in de wachtrij voor {$band}, site geeft {~error_code}. Iemand anders ook? {~hashtag}
--
{~mention} bel me even terug aub, {phone}, gaat over bestelling {~order_number}. Mijn kat heeft al 2 dagen geen eten meer
--
Prachtige dag gehad bij {$venue} ❤️ alleen jammer dat de borg van {~amount} nog niet terug is {~mention} {~hashtag}
--
{~mention} mijn bril ligt al sinds {~date} klaar zeggen jullie, maar de winkel zegt van niet. {~hashtag}
@@ email crypto
Ik heb sinds {~date} problemen met inloggen bij {$crypto}. Na het invoeren van mijn gebruikersnaam ({username}) en wachtwoord krijg ik de melding "{~error_code}". Ik heb de app al opnieuw geïnstalleerd (versie {~version_string}) op mijn {~model_number}.

Mijn UID is {cust:uid}. Voor de zekerheid heb ik het wachtwoord gewijzigd in {password#new}, het oude was {password#old}.

Ik wil ook graag weten waarom mijn opname van {~amount:crypto} (tx hash {~checksum}) niet is aangekomen. De tegenrekening is {iban}.
--
Naar aanleiding van jullie verzoek stuur ik hierbij de gegevens voor de verificatie (KYC):

Naam: {$first} {$last}
Geboortedatum: {dob}
BSN: {bsn}
Adres: {address}
Telefoon: {phone}

Het kopie ID-bewijs heb ik al geüpload op {~date}. Waarom staat mijn account dan nog steeds op 'beperkt'?
--
Ik heb een paar weken geleden een API-sleutel aangemaakt voor mijn trading bot. Vandaag zag ik {~quantity} orders die ik niet herken. De key was {api_key} met secret {api_key:aws_secret}. Ik heb hem zelf al verwijderd maar wil zeker weten dat er niks meer mee kan. Het IP-adres van de server is {ip}, poort {~port}. Request-id uit de foutmelding: {~request_id}.
@@ email care
Op {~date} heb ik bij jullie een controle gehad en nu krijg ik een factuur ({~invoice_number}) van {~amount}. Volgens mij valt dit gewoon onder mijn aanvullende verzekering, polisnummer {cust:policy}.

Mijn gegevens voor de zekerheid:
{$first} {$last}, geboren {dob}
{address}
BSN {bsn}

Kunnen jullie de factuur rechtstreeks bij de verzekeraar indienen?
--
Ik heb bij {$optic} contactlenzen besteld in de webshop (bestelnummer {~order_number}, artikel {~product_code}). Er is betaald met creditcard {card}, geldig tot {exp}, maar ik zie in mijn account dat de betaling mislukt is. Kunnen jullie het nog een keer proberen? De CVC is {cvv}. Ik ben bereikbaar op {phone}.
--
Mijn dochter ({$first#b}, geboortedatum {dob}) heeft een afspraak voor orthodontie op {~date} om {~time}. Zij staat bij jullie ingeschreven onder patiëntnummer {cust:patient}. Ik heb nieuwe contactgegevens: mobiel {phone}, e-mail {email}. Wilt u dat aanpassen in het dossier?
@@ email pet
Mijn bestelling {~order_number} met {~quantity} {$food} is beschadigd aangekomen. De zakken waren gescheurd. Zending {~tracking_number}.

Ik wil graag dat het bedrag van {~amount} wordt teruggestort op {iban} t.n.v. {$first} {$last}. Klantnummer: {cust}.

Mijn adres voor eventuele ophaling is {address}.
--
Vorige week is onze hond {$petname} bij jullie geopereerd. Op de factuur ({~invoice_number}) staat een bedrag van {~amount}, maar er was afgesproken dat we in termijnen zouden betalen. Kunt u mij bellen op {phone} of {phone:land#2}? Ons klantnummer is {cust}.
--
Ik ben ingelogd op jullie webshop maar mijn adres wordt steeds teruggezet naar het oude. Nieuwe adres: {address}. Oude: {address#old}. Gebruikersnaam {username}, en mijn wachtwoord heb ik vanochtend veranderd naar {password} (sorry, misschien handig voor jullie om te testen).
@@ email venue
Hierbij bevestigen wij de reservering van {$venue} op {~date} voor {~quantity:guests}. De aanbetaling van {~percentage} ({~amount}) is vandaag overgemaakt van rekening {iban} ten name van {$first} {$last}.

Voor de leverancierslijst: de ceremoniemeester is bereikbaar via {phone#2}, en mijn eigen nummer is {phone}. Factuuradres: {address}.
--
Voor de opbouw op vrijdag hebben de leveranciers toegang nodig. Kunnen jullie bevestigen dat de code van de poort {pin:door} is en de code van het sleutelkastje {pin#2}? Ook wil de band weten wat de wifi is: netwerk 'Zaal-Events', sleutel {wifi_key}. Stroommeterstand bij aankomst was {~meter_reading}.
--
Wij hebben een offerte ontvangen ({~invoice_number}) voor ons bedrijfsfeest, maar het aantal gasten is gewijzigd naar {~quantity:guests}. Wilt u de nieuwe offerte sturen naar {email}? Mijn rechtstreekse nummer is {phone}. Ons KvK-nummer is {~company_registration}.
@@ email ticket
Op {~date} heb ik via jullie site {~quantity} gekocht voor {$band} in {$hall}. Ik heb nooit een bevestiging ontvangen, maar het geld ({~amount}) is wel afgeschreven van mijn Visa eindigend op {~masked_value}. Nu zie ik dat er nóg een afschrijving is gedaan met kaart {card} die ik helemaal niet herken!

Mijn accountgegevens: {email}, klantnummer {cust:prefix}.
--
Ik probeer in te loggen maar de tweestapsverificatie werkt niet. De code uit de e-mail ({otp}) wordt niet geaccepteerd. Foutmelding: {~error_code}. Mijn gebruikersnaam is {username}.

Ik heb het vanaf twee apparaten geprobeerd, een {~model_number} met app {~version_string} en mijn laptop (IP {ip}).
--
Mijn tickets voor {$band} zijn doorverkocht via jullie platform, maar de uitbetaling staat nog open. Het IBAN dat ik heb opgegeven is {iban}, maar ik zie nu dat ik een typfout heb gemaakt, het moet zijn {iban#2}. Verkoopnummer {~order_number}.
@@ agent all
Hoi {$first}, vervelend dat je niet kunt inloggen! Ik heb je account met gebruikersnaam {username} even gecontroleerd en zie dat het tijdelijk geblokkeerd is. Deel nooit je wachtwoord met ons. Bel ons gerust op {~company_phone}. Groet, {$agent}
--
Dank je wel voor het doorgeven. We hebben je nieuwe adres {address} verwerkt onder klantnummer {cust}. Zaaknummer {~ticket_number}. ^{$agent}
--
Hallo {$first}, ik zie de betaling van {~amount} op {~date} met de kaart eindigend op {~masked_value}. De terugbetaling gaat naar {iban}. Reken op 3-5 werkdagen. Groetjes, {$agent}
--
Hi {$first}, je afspraak is verzet naar {~date} om {~time}. We hebben je telefoonnummer {phone} genoteerd voor een herinnering. Meer info: {~url}
--
Beste {$first}, bedankt voor je bericht. Zou je ons via DM je bestelnummer willen sturen? Deel hier geen persoonlijke gegevens zoals je adres of BSN. Gr. {$agent}
--
Hoi! Je nieuwe tijdelijke inlogcode is {otp}, deze is {~quantity} minuten geldig. Lukt het niet? Bel {~company_phone}, wij zijn bereikbaar tot {~time}. /{$agent}
--
Dag {$first}, volgens ons systeem staat de bestelling ({~order_number}) op {address}. Trackingcode {~tracking_number}. Mocht dit niet kloppen, stuur dan even je juiste adres en postcode. Fijne dag! {$agent}
--
Hoi {$first}, de code voor de sleutelkluis bij de zijingang is {pin:door}. De wifi voor leveranciers: {wifi_key}. Tot zaterdag! {$agent}
@@ greet all
Beste klantenservice,
--
Geachte heer/mevrouw,
--
Hallo,
--
Goedemiddag {$agent},
--
Hoi team,
--
Beste mensen van {$ticket},
@@ sign all
Met vriendelijke groet,

{$first} {$last}
{phone}
--
Groetjes,
{$first}

Verstuurd vanaf mijn iPhone
--
Mvg,
{$first} {$last}
{address:ml}
Tel: {phone}
E: {email}
--
Alvast bedankt!
{$first}
--
Vriendelijke groet,
{$first} {$last}
mob. {phone} | {email}
--
Groet, {$first}
@@ disc all
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de afzender direct te informeren. KvK {~company_registration}.
--
-- 
Ik werk op maandag, dinsdag en donderdag. Denk aan het milieu voordat u deze e-mail print.
--
Bekijk onze privacyverklaring op {~url}. Klantenservice: {~company_phone}.
@@ quote all
Op {~date} om {~time} schreef {$agent} | {$crypto} Support:
Beste {$first},

Dank voor je bericht. Om je verder te helpen hebben we je UID nodig. Je zaaknummer is {~ticket_number}.

Met vriendelijke groet,
{$agent}
--
Van: {$first} {$last} <{email}>
Verzonden: {~date} {~time}
Aan: Klantenservice
Onderwerp: Re: factuur {~invoice_number}

Hierbij nogmaals mijn telefoonnummer: {phone}. Klantnr {cust}.
--
Op {~date} {~time} schreef Klantenservice {$ticket}:
Hallo {$first}, we hebben je verzoek ontvangen ({~ticket_number}). Bel gerust naar {~company_phone} als je vragen hebt.
--
---------- Doorgestuurd bericht ---------
Van: Reserveringen {$venue}
Datum: {~date}
Onderwerp: Uw reservering {~order_number}

Beste {$first}, graag ontvangen wij het voorschot van {~percentage} binnen 14 dagen.
"""
