# Extra template groups per language: rarer secret types and e-mail context paragraphs.
X = {}
X["nl"] = r"""
@@ chat misc
mijn nieuwe telefoon vraagt om de PUK, sim zit op slot dus ik krijg geen 2FA sms van {$crypto}. PUK-code op het pasje is {puk}, pincode was {pin}. wat nu?
--
Voor de koppeling met ons kassasysteem gebruiken we jullie API. Deze bearer token werkt niet meer: {token:jwt} ({~error_code}). Request-ID {~request_id}
--
zet ff de code op papier voor de oppas: alarm {pin}, wifi thuis {wifi_key}. poes {$petname} krijgt 2x per dag eten 🐱
--
Code van de app voorgelezen: {otp:words}. Werkt het nu? Mijn klantnummer is {cust}
--
Mn creditcard is verlopen, nieuwe is {card}, geldig t/m {exp}, cvc {cvv}. Kunnen jullie het abonnement ({~product_code}) daarop zetten?
--
we vliegen met {~flight_number} en landen om {~time}, halen de ringen op bij de locatie. klant sinds {~year}. toegangscode hek {pin:door}
@@ email misc
Ik ben ontwikkelaar bij een evenementenbureau en we koppelen jullie ticket-API aan ons CRM. Sinds update {~version_string} krijgen we {~error_code}. Onze personal access token is {token} en de API key {api_key:sk}. Kunnen jullie in de logs kijken? Ons server-IP is {ip}, we draaien op poort {~port}. Checksum van het exportbestand: {~checksum}.
--
Vanochtend was mijn telefoon gestolen en ik heb een nieuwe simkaart. De nieuwe sim vraagt om een pincode ({pin}) en na drie keer fout om de PUK ({puk}). Nu krijg ik de sms-codes voor {$crypto} niet. Kunnen jullie de tweestapsverificatie resetten? Mijn UID is {cust:uid}, geboortedatum {dob}.
--
Voor het abonnement op dieetvoer ({~product_code}, {~quantity:kg}) wil ik graag een andere kaart gebruiken: {card}, vervaldatum {exp}, beveiligingscode {cvv}. De oude kaart eindigde op {~masked_value}. Klant sinds {~year}.
--
Voor de avond zelf: de wifi in de feestzaal is 'Zaal_Gasten', wachtwoord {wifi_key}. De alarmcode voor na afloop is {pin}. Meterstand bij aanvang {~meter_reading}, bij einde {~meter_reading#2}. De band komt met vlucht {~flight_number}.
@@ ctx misc
Ik heb al twee keer gebeld ({~date} en {~date#2}) en ben beide keren na {~quantity} minuten wachten doorverbonden naar een afdeling die niet kon helpen. Referentie van het eerste gesprek: {~ticket_number}.
--
Even ter achtergrond: ik ben al sinds {~year} klant en heb nooit eerder problemen gehad. Deze keer gaat het om {~amount}, dus ik wil het wel graag opgelost hebben.
--
In de bijlage vindt u een screenshot van de foutmelding ({~error_code}) en van de bevestigingsmail met bestelnummer {~order_number}.
--
Ik heb de stappen op {~url} gevolgd, maar dat hielp niet. Ik gebruik een {~model_number} met versie {~version_string}.
"""
X["nl-be"] = r"""
@@ chat misc
mijn sim is geblokkeerd, PUK is {puk}, maar nu krijg ik uwe sms code ni meer. pincode van de sim was {pin}
--
bearer token van onze koppeling geeft {~error_code}: {token}. kunde da eens bekijken?
--
voorgelezen code: {otp:words}. klantnummer {cust}
--
nieuwe kaart {card} vervalt {exp} cvc {cvv}, kunde de oude ({~masked_value}) vervangen?
@@ email misc
Voor de opbouw: het alarm van de zaal is {pin}, het wifi-paswoord {wifi_key}. De meterstand bij aankomst was {~meter_reading}. De artiest landt met {~flight_number} om {~time}.
--
Onze API-koppeling met jullie ticketplatform werkt niet meer sinds {~version_string}. Token: {token:ghp}, API key {api_key}. Server {ip} op poort {~port}. Klant sinds {~year}.
--
Mijn nieuwe simkaart vraagt de PUK-code {puk}. Daardoor ontvang ik geen verificatiecodes. Kunnen jullie de tweestapsverificatie resetten? Geboortedatum {dob}, klantnummer {cust:uid}.
--
Graag mijn abonnement ({~product_code}) overzetten op mijn nieuwe kaart {card}, geldig tot {exp}, code {cvv}.
@@ ctx misc
Ik heb al meermaals gebeld ({~date}) en mijn dossiernummer is {~ticket_number}, maar niemand belt terug.
--
Ik ben klant sinds {~year} en het gaat hier toch over {~amount}.
"""
X["fr-be"] = r"""
@@ chat misc
ma nouvelle sim demande le PUK: {puk}. du coup je ne reçois plus les codes SMS. le code PIN c'était {pin}
--
le jeton d'accès de notre intégration renvoie {~error_code} : {token}. vous pouvez vérifier ?
--
je vous lis le code : {otp:words}. n° client {cust}
--
nouvelle carte {card} exp {exp} cvv {cvv}, à la place de l'ancienne {~masked_value} svp
@@ email misc
Pour la soirée : le code de l'alarme est {pin}, le mot de passe wifi {wifi_key}. Relevé du compteur : {~meter_reading}. L'artiste arrive par le vol {~flight_number} à {~time}.
--
Notre intégration API avec votre billetterie ne fonctionne plus depuis la version {~version_string}. Jeton : {token:jwt}, clé API {api_key:sk}. Serveur {ip}, port {~port}. Client depuis {~year}.
--
Ma nouvelle carte SIM demande le code PUK {puk}, je ne reçois donc plus les codes de vérification. Pouvez-vous réinitialiser la double authentification ? Date de naissance {dob}, numéro client {cust:uid}.
--
Merci de passer mon abonnement ({~product_code}) sur ma nouvelle carte {card}, valable jusqu'au {exp}, code {cvv}.
@@ ctx misc
J'ai déjà appelé le {~date} (dossier {~ticket_number}) sans aucun retour.
--
Je suis client depuis {~year} et il s'agit quand même de {~amount}.
"""
X["en"] = r"""
@@ chat misc
new phone, SIM's locked and asking for PUK, the card says {puk}. old SIM PIN was {pin}. so no 2FA texts from {$crypto} now, what do I do
--
Our box office integration stopped working, bearer token {token:jwt} returns {~error_code}. request id {~request_id}
--
notes for the pet sitter: alarm {pin}, wifi {wifi_key}. {$petname} gets fed twice a day
--
Reading it off the app: {otp:words}. Account number {cust}
--
Card expired, new one is {card}, exp {exp}, CVV {cvv}. Can you move my subscription ({~product_code}) onto it?
--
we're flying in on {~flight_number}, landing {~time}, will grab the rings from the venue. member since {~year}. gate code {pin:door}
@@ email misc
I'm a developer at an events agency and we connect your ticketing API to our CRM. Since {~version_string} we get {~error_code}. Our personal access token is {token} and the API key {api_key:sk}. Could you check your logs? Our server IP is {ip}, port {~port}. Checksum of the export file: {~checksum}.
--
My phone was stolen this morning and the replacement SIM asks for the PIN ({pin}) and, after three tries, the PUK ({puk}). Now I can't get SMS codes for {$crypto}. Please reset two-factor. Account ID {cust:uid}, date of birth {dob}.
--
For the prescription diet subscription ({~product_code}, {~quantity:kg}) I'd like to use a different card: {card}, expiry {exp}, security code {cvv}. Old card ended {~masked_value}. Customer since {~year}.
--
For the night itself: venue wifi is "Hall_Guests", password {wifi_key}. Alarm code for locking up is {pin}. Meter reading at start {~meter_reading}, at the end {~meter_reading#2}. The band arrive on flight {~flight_number}.
@@ ctx misc
I've already called twice ({~date} and {~date#2}) and both times waited {~quantity} minutes only to be transferred to a team that couldn't help. First reference: {~ticket_number}.
--
For context, I've been a customer since {~year} and never had an issue. This time it's {~amount}, so I'd like it sorted.
--
Attached are screenshots of the error ({~error_code}) and the confirmation email with order number {~order_number}.
--
I followed the steps at {~url} but no joy. I'm on a {~model_number} running {~version_string}.
"""
