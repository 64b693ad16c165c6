"""Dutch (nl) and Flemish (nl-be) templates. Blocks separated by a line with ---."""
T = {}

T[("nl", "chat", "account")] = r"""
hoi, ik kom niet meer in mijn account bij {F:brand}. gebruikersnaam is {T:username} en ww {T:password} maar hij zegt steeds onjuiste gegevens (foutcode {N:error_code})
---
Goedemiddag, ik heb net een nieuw wachtwoord aangevraagd maar de mail komt niet aan. Mijn inlognaam is {T:username}, mailadres {T:email}.
---
Het tijdelijke wachtwoord dat ik kreeg werkt niet: {T:password:temp}
Moet ik eerst iets anders doen?
---
ww veranderd naar {T:password} maar app blijft oude vragen
---
Sorry ik had het verkeerd getypt, het is {T:password} en niet {T:password}
---
inlog: {T:username}
wachtwoord: {T:password}
kunnen jullie even kijken waarom het niet werkt, al sinds {N:date}
---
Mijn account staat op slot na 3 pogingen. Ik log in met {T:email} en volgens mij is mijn wachtwoord {T:password}. Klantnummer {T:customer_number}.
---
{T:password}
dat is het wachtwoord dat ik gebruik, klopt dat niet dan?
"""

T[("nl", "chat", "otp")] = r"""
Ik heb een sms gekregen met code {T:otp}, moet ik die aan jullie doorgeven? Bestelling {N:order_number} staat nog op 'in behandeling'
---
de verificatiecode is {T:otp}
---
{T:otp} is de code die ik kreeg maar hij is al verlopen zegt de app
---
Hallo, ik probeer in te loggen in Mijn {F:brand} maar de sms-code ({T:otp}) wordt niet geaccepteerd. Foutmelding: {N:error_code}
---
kreeg net twee codes binnen, {T:otp} en daarna {T:otp}. welke moet ik hebben?
---
Code is {T:otp:spelled}, heb het even uitgeschreven want mijn toetsenbord doet raar
---
ja die heb ik, {T:otp}. Ticket {N:ticket_number} trouwens
"""

T[("nl", "chat", "sim")] = r"""
Mijn telefoon vraagt om een PUK code, ik heb de pincode 3x fout ingetoetst. Mijn nummer is {T:phone}
---
PUK is {T:puk} volgens de brief maar hij zegt nog steeds geblokkeerd
---
ik heb een nieuwe simkaart gekregen, pin staat op het kaartje: {T:pin}. moet ik die veranderen?
---
pincode sim {T:pin} werkt niet meer na de update naar iOS {N:version_string}
---
Kan iemand mijn PUK opzoeken? 06 nummer is {T:phone}, geboortedatum {T:date_of_birth}
---
Ik heb per ongeluk {T:pin} ingetikt ipv {T:pin}, nu zit ik vast. Foutcode {N:error_code} op het scherm
---
de puk2 code is {T:puk}? of is dat een andere
---
Simkaart geblokkeerd. PUK: {T:puk}
Nummer: {T:phone}
"""

T[("nl", "chat", "wifi")] = r"""
Ik heb een nieuw modem gekregen ({N:model_number}), wat is het wifi wachtwoord? Op de sticker staat {T:wifi_key} maar dat werkt niet
---
netwerk {F:ssid}, sleutel {T:wifi_key}. laptop verbindt niet, telefoon wel
---
Ik heb de netwerksleutel veranderd in {T:wifi_key} en nu doet de thermostaat het niet meer
---
Voor de monteur: wifi is {F:ssid} en het wachtwoord is {T:wifi_key}
---
wifi-code {T:wifi_key}, het admin wachtwoord van het modem is nog {T:password:router} (standaard van de sticker)
---
Ik zie op mijn scherm 'verkeerd wachtwoord' terwijl ik echt {T:wifi_key} intyp. Hoofdletters gecontroleerd.
"""

T[("nl", "chat", "payment")] = r"""
Ik wil mijn rekeningnummer wijzigen naar {T:iban}, factuur {N:invoice_number} is van de oude afgeschreven
---
Automatische incasso graag van {T:iban} ten name van {F:name}
---
Hier mijn creditcard voor de eenmalige betaling: {T:card} geldig tot {T:card_expiry}, cvc {T:cvv}
---
Er is {N:amount} afgeschreven terwijl mijn bundel maar {N:amount} is. rekening {T:iban}
---
terugstorting graag op {T:iban}
---
de betaling met kaart eindigend op {N:masked_value} is mislukt, nieuwe kaart is {T:card} exp {T:card_expiry}
"""

T[("nl", "chat", "energy")] = r"""
Meterstand doorgeven: {N:meter_reading} (stroom) en {N:meter_reading} (gas). Klantnummer {T:customer_number}
---
hoi, mijn voorschot is verhoogd naar {N:amount} per maand, dat is {N:percentage} meer! klantnr {T:customer_number}
---
Ik verhuis per {N:date} naar {T:address}. Mijn klantnummer is {T:customer_number}, meterstand bij vertrek {N:meter_reading}
---
De slimme meter geeft sinds {N:date} geen data meer door. Klantnummer {T:customer_number}, telefoon {T:phone}
---
Jaarafrekening {N:invoice_number} klopt niet, ik heb {N:meter_reading} verbruikt en niet wat er staat
"""

T[("nl", "chat", "smarthome")] = r"""
De app van {F:brand} vraagt om mijn pincode voor het alarm, is dat {T:pin:alarm}? En mijn login is {T:email}
---
deurbel offline sinds de firmware {N:version_string}. account {T:email} ww {T:password}
---
Voor de installateur: code van het alarmpaneel is {T:pin:alarm}, sleutelkastje {T:pin}
---
Ik heb een API key aangemaakt voor Home Assistant maar die wordt geweigerd: {T:api_key}
poort {N:port} staat open
---
Thermostaat zegt 'verbinding mislukt ({N:error_code})'. wifi {F:ssid} / {T:wifi_key}
"""

T[("nl", "chat", "personal")] = r"""
Mijn adres is {T:address}, de monteur kon het niet vinden
---
bel me maar op {T:phone}, ik ben er vanaf {N:time}
---
geboortedatum {T:date_of_birth}, postcode staat in mijn account
---
Graag contact via {T:email} of {T:phone}. Het gaat om ticket {N:ticket_number}
---
Mijn BSN is {T:bsn:bsn}, dat vroegen ze voor de ID-check in de winkel
---
Ik ben verhuisd, nieuw adres:
{T:address:ml}
---
0 6 nummer is {T:phone:spelled}
---
Mijn IP is {T:ip_address} volgens whatismyip, kunnen jullie zien of ik geblokkeerd ben?
"""

T[("nl", "chat", "none")] = r"""
Storing in {F:city}? Al sinds {N:time} geen internet. Op {N:url} staat niks
---
Mijn snelheid is maar {N:quantity} terwijl ik {N:quantity} betaal
---
bestelling {N:order_number} nog steeds niet binnen, track & trace {N:tracking_number} zegt al 3 dagen hetzelfde
---
Mijn factuur {N:invoice_number} is {N:amount} en dat klopt niet
---
Router {N:model_number} update naar {N:version_string} en nu werkt poort {N:port} forwarding niet meer
---
ok dank je, ticket {N:ticket_number} genoteerd
---
Ik heb om {N:time} gebeld met {N:company_phone} en kreeg te horen dat het om {N:time} opgelost zou zijn
---
Ik ben op vakantie, vlucht {N:flight_number} op {N:date}, kan ik roaming aanzetten? bundel {N:quantity}
---
Mijn pincode werkt niet meer, wat moet ik doen? Krijg {N:error_code}
---
ik wil mijn wachtwoord resetten maar de link op {N:url} geeft een foutmelding
"""

T[("nl", "chat", "tech")] = r"""
Dit staat er in het modem:
WAN status: Verbonden
IPv4 adres: {T:ip_address}
Gateway: 10.0.0.1
DNS: 8.8.8.8
Firmware: {N:version_string}
Uptime: 0d 02:14:33
---
log van de router:
{N:date} {N:time} PPPoE: authentication failed ({N:error_code})
{N:date} {N:time} PPPoE user {T:username} password ****
{N:date} {N:time} WAN link down
---
ik krijg in de browser {N:error_code} en de request id is {N:request_id}
---
Screenshot beschrijving: 'Er is een fout opgetreden. Code: {N:error_code}. Referentie: {N:request_id}'. Dit gebeurt bij inloggen met {T:email}
---
Ik heb de firmware gedownload, sha256 {N:checksum} klopt maar installatie stopt bij {N:percentage}
"""

T[("nl", "public", "pub")] = r"""
{N:mention} al {N:quantity} dagen geen internet in {F:city}!! wanneer wordt dit opgelost? {N:hashtag}
---
{N:mention} waarom is mijn voorschot {N:percentage} omhoog gegaan zonder bericht? Schandalig
---
Weer storing. Derde keer deze maand. {N:hashtag} {N:mention}
---
{N:mention} monteur zou om {N:time} komen, het is nu {N:time}. Niemand.
---
{N:mention} kunnen jullie me bellen? {T:phone} ik kom er echt niet meer uit
---
{N:mention} bestelling {N:order_number} al 2 weken onderweg?? {N:hashtag}
---
Bij {F:brand} wachten op de telefoon ({N:company_phone}) duurt langer dan de storing zelf 🙄
---
{N:mention} mijn klantnummer is {T:customer_number}, stuur maar een DM want dit duurt te lang
"""

T[("nl", "email", "mail")] = r"""
Op {N:date} heb ik een nieuw modem ontvangen (type {N:model_number}). Sindsdien valt het internet meerdere keren per dag weg. Ik heb de wifi-sleutel op de achterkant ({T:wifi_key}) ingevoerd op al onze apparaten, maar de laptop van mijn vrouw blijft de verbinding verliezen.
---
Mijn klantnummer is {T:customer_number}. Ik wil graag dat het voorschot wordt aangepast, want het verbruik van vorig jaar was {N:meter_reading} en niet wat u nu rekent. Het bedrag van {N:amount} per maand is veel te hoog.
---
Bij deze geef ik toestemming voor automatische incasso. Mijn IBAN is {T:iban} ten name van {F:name}. Geboortedatum {T:date_of_birth}.
---
Ik heb geprobeerd in te loggen met gebruikersnaam {T:username}, maar na het invoeren van de sms-code {T:otp} krijg ik de melding "{N:error_code}: sessie verlopen". Dit gebeurt zowel op de laptop als op mijn telefoon.
---
Ik verhuis per {N:date}. Het nieuwe adres is {T:address}. Kunt u het abonnement meeverhuizen? Ik ben bereikbaar op {T:phone}.
---
Uw medewerker vroeg mij telefonisch om mijn BSN, dat is {T:bsn:bsn}. Ik vraag me eigenlijk af waarom dat nodig is voor een internetabonnement?
---
De factuur met nummer {N:invoice_number} van {N:amount} is twee keer afgeschreven van mijn rekening {T:iban}. Graag het teveel betaalde terugstorten.
---
Het tijdelijke wachtwoord dat ik per brief ontving ({T:password:temp}) werkt niet. Ik heb het precies overgenomen, inclusief hoofdletters.
---
Ik heb al een ticket lopen ({N:ticket_number}) maar ik krijg geen reactie. Graag telefonisch contact via {T:phone} of per mail op {T:email}.
"""

T[("nl", "agent", "macro")] = r"""
Hoi {F:cname}, vervelend dat je internet niet werkt! Ik heb je lijn op afstand doorgemeten en zie inderdaad een storing bij de wijkcentrale. Onze monteurs zijn ermee bezig, de verwachte oplostijd is {N:date} rond {N:time}. Je kunt de actuele status volgen op {N:url}. Heb je daarna nog problemen, bel ons dan gratis op {N:company_phone} en noem je ticketnummer {N:ticket_number}. Groetjes, {F:agent}
---
Beste {F:cname}, bedankt voor je bericht. Voor je veiligheid vragen wij nooit om je wachtwoord of pincode. Deel deze gegevens dus ook niet via Twitter, Facebook of WhatsApp. Wil je je wachtwoord wijzigen? Dat kan via {N:url}. Vragen? Bel {N:company_phone} (gratis, ma-za 8:00-20:00). Gr. {F:agent}
---
Hoi {F:cname}, ik zie dat je je rekeningnummer hebt gewijzigd naar {N:masked_value}. De volgende factuur ({N:invoice_number}, {N:amount}) wordt rond {N:date} afgeschreven. Fijne dag! ^{F:agent}
---
Hi {F:cname}, ik heb je nieuwe wachtwoord {T:password} even voor je ingesteld, je kunt nu inloggen met {T:username}. Advies: verander het direct na inloggen. Groet, {F:agent}
---
Dank je, {F:cname}. Ik heb je meterstanden ({N:meter_reading} en {N:meter_reading}) verwerkt onder klantnummer {T:customer_number}. Je nieuwe termijnbedrag wordt {N:amount}. Je ontvangt binnen 5 werkdagen een bevestiging per mail op {T:email}. Mvg, {F:agent}
---
Beste klant, wij hebben een storing in het gebied rond {F:city}. Meer informatie vind je op {N:url}. Sorry voor het ongemak! Wil je ons een DM sturen met je postcode en huisnummer? Vermeld GEEN wachtwoorden of pincodes. ^{F:agent}
---
Hoi {F:cname}, je nieuwe simkaart is verstuurd met track & trace {N:tracking_number}. De pincode en PUK-code vind je op de drager van de simkaart (pin: [PIN], PUK: [PUK]). Activeren kan via {N:url}. Groet, {F:agent}
"""

T[("nl", "note", "visit")] = r"""
Werkbon {N:ticket_number} - {N:date}
Monteur: {F:agent}
Adres: {T:address}
Klant: {F:name}, tel {T:phone}
Werkzaamheden: modem vervangen door {N:model_number}, firmware {N:version_string}. Signaal na meting {N:quantity}. Wifi opnieuw ingesteld, nieuwe sleutel {T:wifi_key} achtergelaten op kaartje.
Opmerking: klant wil voortaan gebeld worden i.p.v. sms.
---
Bezoekrapport {N:date} {N:time}
Klantnummer: {T:customer_number}
Slimme meter geplaatst. Stand bij plaatsing: {N:meter_reading}. Oude meter stand {N:meter_reading}.
Toegangscode meterkast {T:pin} (opgegeven door klant).
"""

# ------------------------------------------------------------------ nl-be
T[("nl-be", "chat", "account")] = r"""
dag, ik geraak niet meer in mijn account. login {T:username}, paswoord {T:password}, wat doe ik verkeerd?
---
Goeiedag, mijn paswoord is {T:password} maar de app zegt 'ongeldige gegevens' ({N:error_code}). Klantnummer {T:customer_number}
---
k heb een nieuw paswoord gemaakt: {T:password}. moet da ergens nog aangepast worden in de decoder?
---
inloggen lukt ni met {T:email}, heb al 3x de code gevraagd. laatste was {T:otp}
---
Allez, ik heb de verificatiecode gekregen: {T:otp}. Kunt ge nu verder?
---
Mijn e-mailadres voor itsme is {T:email} en rijksregisternummer {T:bsn:rrn}
"""

T[("nl-be", "chat", "sim")] = r"""
simkaart geblokkeerd, pukcode is {T:puk}? hij aanvaardt die niet
---
ik heb mijn pincode vergeten, oude was {T:pin}. gsm nummer {T:phone}
---
Mijn nieuwe gsm vraagt de pincode van de simkaart. Ik denk {T:pin} maar ben niet zeker. Kunt ge de PUK geven? Nummer is {T:phone}
---
PUK-code: {T:puk}
pincode nieuw: {T:pin}
"""

T[("nl-be", "chat", "wifi")] = r"""
De wifi-sleutel van mijn modem ({N:model_number}) is {T:wifi_key}, maar de printer vindt het netwerk {F:ssid} niet
---
k heb de wifi code veranderd naar {T:wifi_key} en nu doet de tv-box het niet meer, foutmelding {N:error_code}
---
Voor de technieker morgen: wifi {F:ssid}, code {T:wifi_key}, alarmcode {T:pin:alarm}
"""

T[("nl-be", "chat", "payment")] = r"""
Domiciliëring graag op rekening {T:iban:BE}. Factuur {N:invoice_number} mag ook daarvan
---
terugbetaling van {N:amount} op {T:iban:BE} aub
---
Mijn bankkaart {T:card} vervalt {T:card_expiry}, de veiligheidscode is {T:cvv}. Kan ik daarmee betalen?
"""

T[("nl-be", "chat", "energy")] = r"""
Meterstanden: dag {N:meter_reading}, nacht {N:meter_reading}. Klantnummer {T:customer_number}. EAN staat op de factuur
---
mijn voorschot is {N:amount} geworden, dat is {N:percentage} meer. klantnr {T:customer_number}. telefoon {T:phone}
---
Ik verhuis op {N:date} naar {T:address}. Meterstand bij vertrek {N:meter_reading}
"""

T[("nl-be", "chat", "personal")] = r"""
mijn adres is {T:address}, de technieker stond aan de verkeerde deur
---
bel mij op {T:phone} na {N:time} aub
---
geboortedatum {T:date_of_birth}, rijksregisternummer {T:bsn:rrn}
---
Mijn nieuw adres:
{T:address:ml}
---
ge kunt mij mailen op {T:email}
"""

T[("nl-be", "chat", "none")] = r"""
Al sinds {N:time} geen internet in {F:city}. Is er een panne? Ticket {N:ticket_number}
---
Mijn snelheid is {N:quantity}, beloofd was {N:quantity}. Modem {N:model_number}, software {N:version_string}
---
factuur {N:invoice_number} is {N:amount}, vorige maand {N:amount}. Waarom?
---
Ik zit in het buitenland (vlucht {N:flight_number} morgen), werkt mijn bundel van {N:quantity} daar?
---
wat is mijn pincode eigenlijk? ik heb die nooit gekregen (foutcode {N:error_code})
"""

T[("nl-be", "public", "pub")] = r"""
{N:mention} al 2 dagen panne in {F:city} en niemand die iets laat weten {N:hashtag}
---
{N:mention} technieker is niet gekomen. {N:time} afgesproken. Nu {N:time}.
---
{N:mention} bel mij eens terug aub {T:phone}
---
Bij {F:brand} 45 minuten in de wachtrij op {N:company_phone}. Proficiat. {N:hashtag}
---
{N:mention} factuur {N:amount} voor een maand zonder internet?!
"""

T[("nl-be", "email", "mail")] = r"""
Sinds de technieker op {N:date} is langs geweest, valt het internet meermaals per dag uit. Ik heb de modem ({N:model_number}) al gereset. Mijn klantnummer is {T:customer_number} en u kan mij bereiken op {T:phone}.
---
Hierbij mijn nieuwe rekeningnummer voor de domiciliëring: {T:iban:BE}. Het rijksregisternummer van de titularis is {T:bsn:rrn}.
---
Ik ben verhuisd naar {T:address}. Gelieve de energiecontracten over te zetten. De meterstanden op {N:date} waren {N:meter_reading} (dag) en {N:meter_reading} (nacht).
---
Ik probeer in te loggen met {T:username} en paswoord {T:password}, maar ik krijg telkens foutcode {N:error_code}. Kan u dit nakijken?
---
Uw collega heeft mij een tijdelijk paswoord gegeven ({T:password:temp}) maar dat werkt niet. Ticketnummer {N:ticket_number}.
"""

T[("nl-be", "agent", "macro")] = r"""
Dag {F:cname}, spijtig dat je internet niet werkt. Er is inderdaad een panne in jouw regio, onze techniekers zijn ermee bezig. Je kan de status volgen op {N:url}. Nog vragen? Bel ons op {N:company_phone} met je dossiernummer {N:ticket_number}. Groetjes, {F:agent}
---
Hallo {F:cname}, voor je veiligheid: deel nooit je paswoord of pincode via sociale media. Ik heb je bericht verwijderd. Je kan je paswoord wijzigen via {N:url}. Vriendelijke groeten, {F:agent}
---
Dag {F:cname}, ik heb je domiciliëring aangepast naar {N:masked_value}. De volgende factuur ({N:invoice_number}) van {N:amount} wordt op {N:date} afgehouden. Mvg, {F:agent}
---
Hoi {F:cname}, ik heb je klantnummer {T:customer_number} teruggevonden. De technieker komt op {N:date} tussen {N:time} en {N:time}. Groetjes, {F:agent}
"""

T[("nl-be", "note", "visit")] = r"""
Interventierapport {N:ticket_number}
Datum: {N:date}
Technieker: {F:agent}
Adres klant: {T:address}
GSM klant: {T:phone}
Modem {N:model_number} vervangen, firmware {N:version_string}. Wifi-sleutel nieuw: {T:wifi_key}. Signaal OK ({N:quantity}).
"""
