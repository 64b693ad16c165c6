"""Flemish (nl-be) templates."""
LANG = "nl-be"

CHAT = r"""
Mijne gsm vraagt ne PUK-code, ik heb er 3 keer de verkeerde pin ingestoken. Klantennummer {cust}. Waar vind ik die code?
Dag, de PUK van ons ma haar simkaart is {puk}. Mag ik die gewoon ingeven? Ik wil niks kapot doen
allez, al 2 uur geen internet. de modem ({!model|router}) blinkt rood en geeft {!err|router}. ik woon in {~city}
de decoder vraagt ne pincode voor films te huren, ik heb {pin} ingegeven maar 'pincode fout'. Wat is de standaard?
Wifi-code van de sticker op de modem: {wifi}. Netwerknaam {~ssid}. Mijn laptop aanvaardt die niet, wat doe ik verkeerd?
ik heb via itsme proberen in te loggen maar mijn itsme-code {pin} wordt geweigerd. Rijksregisternummer {bsn}
De kaartlezer geeft als antwoordcode {otp} maar de website blijft 'ongeldige code' zeggen ({!err|app})
Mijn bankkaart is ingeslikt door den automaat in {~city} om {!time}. Kaartnummer {card}. Moet ik die laten blokkeren?
Betaling bij {~brand|shop} geweigerd: 'PIN FOUT - nog 1 poging'. Ik heb {pin} ingetikt, is da wel mijn code? Kaart eindigt op {!mask|card}
nieuwe bancontactkaart gekregen, pinbrief komt apart zeggen ze. Ondertussen al {~n|8-14} dagen. Klantnr {cust}
Pakje zit in de automaat van {~brand|parcel} maar de code {otp|pickup} werkt niet, het scherm zegt {!err|app}
Code van de poort voor de koerier: {pin|door}. En dan 2e verdiep links, pakje {!tracking}
alarm van {~rel} gaat af als de kat beweegt 🙄 code om uit te zetten is {pin|alarm}, kan iemand de detector in de living minder gevoelig zetten?
Ik heb een nieuwe gebruikerscode gemaakt in de app ({pin|alarm}) maar het klavier aanvaardt die niet. Model {!model|alarm}
Digitale meter: dag {!meter} kWh, nacht {!meter} kWh, injectie {!meter} kWh. Klantennummer {cust}
meterstand water {!meter|water}, opgenomen op {!date}. Adres {address}
voorschotfactuur {!invoice} van {!amount}?? Vorige maand was da nog {!amount}
Ik help {~rel} met zijn account. Login is {email}, paswoord {password}. Er staat steeds 'account vergrendeld'
smscode {otp} gekregen maar ik heb niks aangevraagd, is da fraude?
code: {otp}
Ge moogt het terugstorten op {iban}, op naam van {~fullname}
eSIM activeren lukt niet, de activatiecode {otp|esim} geeft 'code niet geldig'. Toestel is een {!model|phone}
simwissel gedaan in de winkel op {!date}, nu heb ik geen bereik meer. Nummer {phone}, klantennummer {cust}
Is er een panne in {~city}? Internet en tv plat sinds {!time}
wanneer komt de technieker nu? ticket {!ticket}, afspraak was {!date} tussen {!time} en {!time}
Merci voor de hulp, alles werkt terug 👍
Mijn mailadres is veranderd, het nieuwe is {email|obf}
gsm-nummer van {~rel} is {phone|mobile} en de geboortedatum {dob}, we willen het abonnement op mijn naam zetten
de mesh-satelliet ({!model|router}) in de garage pakt geen verbinding, snelheid daar maar {!qty|speed}
ik spreek dit in want ik zit in de auto mijn paswoord is {password|spoken} en dat werkt niet meer punt kunnen jullie da resetten vraagteken
Dag, gebruikersnaam {user}, ik ben mijn paswoord vergeten en de resetmail komt niet aan
Moet ik de PUK {puk|spaced} in één keer intikken of met de streepjes?
op het scherm van de betaalterminal stond 'KAART GEBLOKKEERD' en daaronder {!err|card}. Bedrag was {!amount}. Wat nu?
De koppeling met onze kassa vraagt ne bearer token, ik kreeg {token} van jullie collega maar het geeft fout {!err|app}
Onze boekhouder vraagt de API-key {api}, is da dezelfde als voor de webshop? Ondernemingsnummer {!kvk|ond}
Mijn vast IP-adres is {ip} maar de camera is van buitenaf niet bereikbaar, poort {!port} staat nochtans open
jullie site blokkeert mijn ip {ip}, ik krijg alleen {!err|app}
Voor de overname van het contract vraagt uw collega mijn rijksregisternummer: {bsn}. Is da veilig zo?
visa van {~rel}: {card}, vervalt {expiry}. Kan die gebruikt worden voor de facturen?
ik vertrek morgen met {!flight}, moet ik roaming aanzetten op mijn {!model|phone}?
artikelnummer {!product} (extra decoder) staat niet op mijn bestelling {!order}
klant sinds {!year}, en dan zo behandeld worden {~emoji}
Tot hoe laat is de winkel in {~city} open op {~day}?
Hoeveel kost een extra simkaart? Nu betaal ik {!amount} per maand voor {!qty|data}
Is de panne in {~city} al opgelost? Referentie {!ticket}
gebruikersnaam {user} en ik krijg geen sms om in te loggen op mijn nieuwe gsm
Kan ik de technieker verzetten naar {!date}? Ik moet werken
Al 3 keer naar {!cphone} gebeld, telkens afgebroken na {~n|20-40} minuten. Klantennummer {cust}
Is {!cphone} het juiste nummer voor storingen of moet ik iemand anders bellen?
Paswoord van de modem-interface is {password|router} maar ik raak er niet in
Mijn nieuw paswoord is {password}, maar de app blijft het oude vragen
"""

PUBLIC = r"""
{!mention} al 3 dagen zonder internet in {~city}, ticket {!ticket}. Schandalig {!hashtag}
{!mention} waarom is mijn factuur {!pct} duurder? {!amount} voor een basisabonnement
{!mention} pakjesautomaat in {~city} weer buiten dienst {!hashtag}
Iemand anders ook problemen met bancontact bij {~brand|shop}? Kaart geweigerd met code {!err|card} {!hashtag}
{!mention} stuur mij eens een pb, mijn klantennummer is {cust}
{!mention} ik heb een sms gekregen met code {otp}, ik heb nergens op geklikt, wat moet ik doen?
{!mention} de technieker is niet gekomen, afspraak {!date} om {!time}. Ik heb er een dag verlof voor genomen {~emoji}
{!mention} firmware {!version} op de modem en nu is de wifi trager dan ooit: {!qty|speed}
{!mention} mijn PUK {puk} werkt niet en de winkel is toe, help
{!mention} {!mention|energy} ge moogt mekaar eens bellen, ik zit hier al {~n|4-9} dagen zonder gas {!hashtag}
{!mention} klant sinds {!year} en nu {!pct} opslag. Merci hé {!hashtag}
Weet er iemand of de winkel van {~brand|telecom} in {~city} open is op {~day}? {!hashtag}
"""

AGENT = r"""
Dag {~name}, jammer van het ongemak! Uw PUK-code vindt u in de app onder 'Mijn producten'. Stuur die code nooit door via berichten. {~initials}
Dag {~name}, ik heb een technieker ingepland op {!date} tussen {!time} en {!time}. Referentie {!ticket}. Groetjes, {~agent}
Hallo {~name}, uw PUK-code is {puk}. Geef die rustig in; na 10 foute pogingen is de kaart definitief geblokkeerd. {~initials}
Dag {~name}, ik zie dat u uw paswoord {password} in het bericht zette. Verander het aub meteen via {!url}. {~initials}
Dag {~name}, om u te helpen heb ik uw klantennummer nodig en de laatste 4 cijfers van uw gsm-nummer. Uw pincode vragen wij nooit. {~agent}
Dag {~name}, de terugbetaling van {!amount} gebeurt op de rekening die eindigt op {!mask|iban}. Klopt dat? {~initials}
Hallo {~name}, uw nieuwe kaart is onderweg. De pincode krijgt u apart per brief. Uw huidige kaart ({!mask|card}) is geblokkeerd sinds {!time}. {~agent}
Beste {~name}, bedankt voor uw meterstanden ({!meter} en {!meter}). Ik heb ze ingegeven op uw klantennummer {cust}. {~initials}
Dag {{naam}}, uw pakje met nummer {{tracking}} ligt klaar in automaat {{locatie}}. Uw code vindt u in de sms. Groeten, {~brand|parcel}
Hallo {~name}, uw alarmcode kunnen wij niet op afstand zien. Voor een reset belt u de installateur op {!cphone}. Centrale: {!model|alarm}. {~initials}
Dag {~name}, ik heb uw gsm-nummer aangepast naar {phone}. De bevestiging komt per sms. {~agent}
Dag {~name}, er is inderdaad een panne in {~city} sinds {!time}. Onze techniekers zijn ter plaatse. Excuses voor het ongemak! {~initials}
Hallo {~name}, een extra simkaart kost {!amount} per maand. U kunt die bestellen via {!url}. Groetjes, {~agent}
"""

EMAIL = r"""
Op {!date} verhuizen wij naar {address}. Graag had ik ons internet- en tv-abonnement laten meeverhuizen. Ons klantennummer is {cust}.

In het nieuwe huis is al een aansluiting, maar ik weet niet of onze huidige modem ({!model|router}) daar werkt. Moet ik die binnenbrengen in de winkel?

Ik ben bereikbaar op {phone}, liefst over de middag.
%%
Zaterdag werd mijn bankkaart geblokkeerd na drie foute pogingen bij {~brand|shop} in {~city}. Op het scherm stond {!err|card}. Het gaat om de kaart die eindigt op {!mask|card}.

Ik heb nochtans de juiste code ingegeven, denk ik: {pin}. Kunnen jullie nakijken of er iets mis is met de chip? Mijn rekening is {iban} en mijn rijksregisternummer {bsn}.

Ik heb de kaart dringend nodig, ik vertrek volgende week op reis.
%%
Ik schrijf namens {~rel}, {~fullname|2}, die zelf niet met de computer overweg kan.

Het klantennummer is {cust}. Sinds de plaatsing van de digitale meter op {!date} krijgt zij facturen die niet kloppen: de laatste ({!invoice}) bedraagt {!amount}, terwijl de meterstand volgens ons {!meter} kWh is.

Ter identificatie: geboortedatum {dob}. Wilt u de facturatie nakijken en mij contacteren op {phone}?
%%
Gisterenavond om {!time} kreeg ik een sms met een bevestigingscode ({otp}) voor een simwissel. Ik heb niets aangevraagd en de code aan niemand gegeven.

Een half uur later had ik geen bereik meer. Mijn nummer is {phone}. Ik vermoed dat iemand mijn nummer heeft overgenomen.

Gelieve mijn lijn onmiddellijk te blokkeren. Ik heb klacht ingediend bij de politie, pv-nummer {!ticket}.
%%
Ons alarmsysteem ({!model|alarm}) geeft sinds een week foutmelding {!err|alarm} en begint 's nachts te piepen.

De installateur heeft bij de plaatsing de installatiecode op {pin|alarm} gezet en die werkt nog. Via die code zie ik dat zone 4 (garage) in storing staat.

Kan er iemand langskomen? Adres: {address}.
%%
Mijn pakje met nummer {!tracking} zou op {!date} in de automaat in {~city} geleverd worden. Volgens de app is het er, maar ik heb nooit een sms gekregen.

Het gaat om bestelling {!order}, een vervangonderdeel voor de wasmachine. Kunnen jullie de code opnieuw versturen of het pakje naar een postpunt brengen?
%%
Voor onze webshop gebruiken wij uw koppeling voor de verzendlabels. Sinds {!date} krijgen we bij elke aanvraag fout {!err|app}.

De API-sleutel die we gebruiken is {api}. Een voorbeeld van een mislukte aanvraag: request {!reqid} om {!time}.

Kunnen jullie nakijken of de sleutel nog geldig is?
%%
Mijn waterfactuur ({!invoice}) bedraagt {!amount}, meer dan het dubbele van vorig jaar. De meter staat op {!meter|water} m³, de vorige opname was {!meter|water} m³.

Mijn klantnummer is {cust}. Kan er iemand de meter komen controleren? Ik vermoed een lek.
%%
Ik raak niet meer in de interface van mijn modem. Het standaardpaswoord {password|router} werkt niet meer sinds de technieker er was.

Ik wil het wifi-paswoord veranderen, want het huidige ({wifi}) is bij te veel mensen bekend. Mijn publiek IP-adres is {ip}, als jullie op afstand willen kijken.
%%
Sinds de update van de decoder ({!model|tvbox}) op {!date} krijg ik telkens foutcode {!err|tv} bij het opstarten.

Ik betaal {!amount} per maand voor het pakket en kan nu al een week niet kijken. Ik verwacht een korting van minstens {!pct} op de volgende factuur.
"""

SIGNATURES = r"""
{~fullname}
%%
{~fullname}
{address|multi}
gsm {phone}
%%
{~name} {~last}
{phone}
%%
{~fullname}
Zaakvoerder
Ondernemingsnummer {!kvk|ond}
{address|multi}
%%
{~name}
{email}
%%
{~name}
%%
{~fullname}
Zaakvoerder {~last} bv
BTW {!kvk|ond}
tel {phone}
%%
{~fullname}
{~city}
"""

QUOTES = r"""
Op {!date} om {!time} schreef Klantendienst {~brand}:
> Beste klant,
>
> Wij hebben uw vraag goed ontvangen. Om verder te helpen hebben wij uw klantennummer
> en het adres van de installatie nodig. Wij vragen nooit naar uw pincode.
>
> Met vriendelijke groeten,
> {~agent}
%%
Van: {~agentfull}
Verzonden: {~day} {!date} {!time}
Onderwerp: RE: uw dossier {!ticket}

Beste,

Uw dossier werd doorgegeven aan de technische dienst. U krijgt binnen 5 werkdagen antwoord.

Vriendelijke groeten,
{~agent}
%%
Op {~day} {!date} om {!time} schreef {~agentfull}:
> Beste {~name},
>
> Bedankt voor uw geduld. Ik heb uw dossier besproken met onze technische dienst. Uit de
> metingen blijkt dat uw lijn sinds {!date} regelmatig uitvalt, vooral 's avonds. Er is een
> technieker ingepland op {!date} tussen {!time} en {!time}.
>
> Hebt u nog vragen, antwoord dan op deze mail en vermeld uw dossiernummer {!ticket}.
> Opgelet: wij vragen u nooit uw paswoord, pincode of bevestigingscode.
>
> Met vriendelijke groeten,
> {~agentfull}
> Klantendienst {~brand}
%%
Op {!date} om {!time} schreef {~brand|energy}:
> Geachte klant,
>
> Wij hebben uw opmerking over de jaarafrekening goed ontvangen. Volgens de gegevens van uw
> digitale meter bedroeg de meterstand op {!date} {!meter} kWh (dag) en {!meter} kWh (nacht).
>
> Uw nieuw voorschot bedraagt {!amount} per maand vanaf {!date}. Gaat u niet akkoord, dan kunt
> u binnen 30 dagen een klacht indienen via {!url|energy}.
>
> Met vriendelijke groeten,
> {~agent}
"""

SUBJECTS = r"""
Onderwerp: vraag
Onderwerp: RE: dossier {!ticket}
Onderwerp: klacht
Onderwerp: dringend
Onderwerp: mijn klantenaccount
Onderwerp: probleem
"""

EXTRAS = r"""
Ik heb al twee keer naar de klantendienst gebeld, maar telkens werd ik na een half uur wachten doorgeschakeld en viel de lijn weg.
Een snel antwoord zou ik echt appreciëren, want dit sleept nu al een tijdje aan.
In bijlage een foto van de sticker op de achterkant van het toestel en van het scherm met de foutmelding.
"""
