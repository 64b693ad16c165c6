"""Dutch (nl) templates. Slots: {type|style} span, {!kind|style} negative, {~filler|arg} unlabelled."""
LANG = "nl"

CHAT = r"""
Mijn simkaart is geblokkeerd, 3x verkeerde pin ingetoetst 🙈 op het scherm staat 'Voer PUK in'. Hoe kom ik aan de PUK? Klantnummer {cust}
hoi mn telefoon vraagt om een puk code. ik heb m gevonden op het plastic kaartje: {puk}. maar hij zegt nog steeds {!err|sim}??
PUK {puk} werkt niet, nog 4 pogingen over staat er. Is dit wel de goede? Mijn nummer is {phone}
Voor {~rel}: haar sim zegt PUK geblokkeerd. Haar nummer {phone}, geboortedatum {dob}. Kunnen jullie een nieuwe simkaart sturen naar {address}?
Ik probeer de eSIM te activeren op mijn {!model|phone} maar de QR code uit de mail doet niks. Foutmelding {!err|app}. Handmatige activatiecode: {otp|esim}
ik heb een sms gekregen met code {otp} voor het overzetten van de esim, moet ik die hier doorgeven of in de app invullen?
esim wissel gedaan maar nu geen bereik meer. bestelnummer {!order}, klantnr {cust}. welke stappen moet ik nog doen
Ik kreeg net een sms 'Uw simkaart wordt vervangen, was u dit niet bel {!cphone}'. Ik heb NIKS aangevraagd!! Mijn nummer is {phone}
Doorgestuurd bericht:\n'{~brand|telecom}: Je verificatiecode is {otp}. Deel deze code met niemand, ook niet met medewerkers.'\n\nIemand belde mij net en vroeg om deze code, is dat echt van jullie?
Nieuwe router gekregen ({!model|router}), op de sticker staat netwerksleutel {wifi} maar mijn laptop zegt dat ie fout is
wifi naam {~ssid} ww {wifi} klopt toch? ik typ het precies over van de sticker onderop het modem
Hoe verander ik het wifi wachtwoord? Ik kan inloggen op {!url|router} met admin / {password|router} maar zie de optie nergens. Firmware {!version}
De monteur heeft het wachtwoord van de wifi veranderd naar {wifi} maar de tv box pakt het niet. Foutcode {!err|tv}
{~rel} heeft de router gereset en nu weet niemand het wachtwoord meer. Klantnummer is {cust}, adres {address}
snelheid is maar {!qty|speed} terwijl ik {!qty|speed} betaal. modem {!model|router}, lampje knippert oranje
Mesh systeem erbij gekocht, {!model|router}, 3 satellieten. Moet die dezelfde netwerksleutel hebben als de hoofdrouter? Nu is het {wifi}
ik spreek dit in dus sorry voor de typfouten het wachtwoord van de wifi is {wifi} maar de printer wil niet verbinden komma wat moet ik nu doen vraagteken
De tv box vraagt om de pincode voor het kinderslot. Ik heb {pin} ingesteld maar die pakt ie niet. Box is een {!model|tvbox}
Welke standaard pincode heeft de {!model|tvbox}? Scherm blijft op {!err|tv} hangen na de update naar {!version}
Nieuwe pas ontvangen maar activeren lukt niet. In de app staat 'code onjuist' ({!err|app}). De activatiecode uit de brief is {otp|alnum}
pincode brief komt maar niet, pas eindigend op {!mask|card} is al sinds {!date} binnen. Klantnummer {cust}
Mijn pincode is {pin}, kunnen jullie checken of dat de goede is voor pas {!mask|card}? Hij wordt steeds geweigerd
ik heb mn nieuwe creditcard net binnen het nummer is {card} geldig tot {expiry} en de code achterop {cvv} moet ik die nog ergens activeren
Sta nu bij de {~brand|shop}, pas geweigerd! Scherm zegt PIN ONJUIST code {!err|card}. Ik weet zeker dat het {pin} is. Bedrag was {!amount}
3x verkeerde pin bij de kassa en nu is mn pas geblokkeerd 😭 sta met een volle kar. hoe deblokkeer ik m? rekeningnr {iban}
betaling geweigerd om {!time} bij {~brand|shop} ({!amount}), foutcode {!err|card}. saldo is ruim genoeg. wat is er aan de hand
sorry de code is {pin} niet {pin|swap} 🙈 had me vertypt
Het pakketautomaat bij de {~brand|shop} in {~city} geeft 'code ongeldig'. Ophaalcode {otp|pickup}, track & trace {!tracking}
Ik kreeg deze sms: '{~brand|parcel}: Je pakket ligt klaar in de automaat. Ophaalcode: {otp|pickup}. Geldig tot {!date}.' maar het kluisje gaat niet open
Bezorger kan er niet in, de deurcode van ons portiek is {pin|door} en dan de bel van nummer {~n|2-60}. Graag doorgeven voor pakket {!tracking}
pakket {!tracking} staat als bezorgd maar ik heb niks ontvangen. adres is {address}
Alarm gaat steeds om {!time} af zonder reden, melding {!err|alarm} op het paneel. Mijn gebruikerscode is {pin|alarm}, moet ik die resetten?
De installateur heeft de mastercode op {pin|alarm} laten staan, is dat wel veilig? Centrale is een {!model|alarm}
app van het alarm: gebruikersnaam {user} wachtwoord {password} en toch 'inloggen mislukt' {!err|app}
{~rel} woont alleen en haar alarm piept de hele tijd. Haar code is {pin|spoken} zegt ze door de telefoon. Kunnen jullie op afstand kijken?
Meterstanden: stroom {!meter} kWh (laag) en {!meter} kWh (hoog), gas {!meter} m3. Klantnummer {cust}
water meterstand is {!meter|water} m³, klantnr {cust}, opgenomen op {!date}. foto heb ik ook als dat nodig is
Slimme meter geeft {!err|meter} in het display en de app toont al {~n|2-9} dagen niks. Het is een {!model|meter}
Voorschot is verhoogd naar {!amount} per maand?? Dat is {!pct} meer dan vorig jaar. Jaarafrekening {!invoice}
Ik help {~rel} met de app, ze is haar wachtwoord kwijt. Haar mail is {email} en geboortedatum {dob}. Kunnen jullie een reset sturen?
Namens {~rel}: hij heeft het wachtwoord {password} op een briefje staan maar het werkt niet meer sinds de update naar {!version}
Inloggen lukt niet. gebruikersnaam {user}, ik krijg geen sms code meer want ik heb een nieuw nummer {phone}
{otp}
ok de code is {otp}
{cust}
Graag het teveel betaalde ({!amount}) terugstorten op {iban} t.n.v. {~fullname}
Nieuw rekeningnummer voor de automatische incasso: {iban}. Het oude ({!mask|iban}) mag eraf
Kunnen jullie mijn mailadres wijzigen naar {email}? Het oude adres bestaat niet meer. Klantnummer {cust}
Onze webshop koppeling met jullie API geeft {!err|app} sinds vanochtend. Key is {api}, request id {!reqid}
Is er een storing in {~city}? Al sinds {!time} geen internet en geen tv {~emoji}
Wanneer komt de monteur nou? Afspraak stond op {!date} tussen {!time} en {!time}, ticket {!ticket}
Factuur {!invoice} klopt niet, ik betaal {!amount} per maand maar er staat {!amount}
Hoe lang duurt het overzetten van mijn nummer eigenlijk? Aangevraagd op {!date} en nog steeds niks
Bedankt voor de snelle hulp gisteren! Alles werkt weer {~emoji}
Welke router heb ik nodig voor {!qty|speed}? Nu heb ik nog de {!model|router} uit {!year}
op het scherm staat: 'SIM geblokkeerd. Neem contact op met uw provider' en daaronder {!err|sim}. wat nu? ik heb mn puk niet bij de hand
mijn zoon heeft de telefoon op slot gezet met code {pin|six} en nu is hij die vergeten, kan ik iets met mijn account {email}?
hallo nieuwe telefoon {!model|phone} gekocht bij jullie, order {!order}. welke pincode zit er op de nieuwe simkaart? op de kaart staat niks
Voicemail pincode vergeten, ik heb {pin} en {pin} geprobeerd. Nummer {phone}
mijn wachtwoord voor mijn account is {password} en mijn gebruikersnaam {user} maar ik kom er nog steeds niet in, ik heb al {~n|3-5} keer de cache gewist
{~rel} kreeg een brief met de nieuwe pincode maar heeft hem weggegooid 🤦 Pas eindigt op {!mask|card}, kan er een nieuwe brief komen naar {address}?
heb net via de app de eSIM gescand maar nu staat er 'activeren mislukt {!err|app}'. Mijn nummer {phone|spoken}
Ik kan de tv box niet koppelen aan de wifi, netwerk {~ssid} verschijnt wel. Sleutel ingevoerd: {wifi}
Code van de sleutelkluis voor de monteur is {pin|door}, hij hangt naast de voordeur. Afspraak {!date} om {!time}
Wij hebben een slimme thermostaat via jullie en de koppeling met de app vraagt een token. Ik kreeg deze van jullie collega: {token}. Moet die ergens anders?
Ik heb per ongeluk onze API-sleutel {api} in de chat met jullie collega geplakt, kunnen jullie dat bericht verwijderen? Ticket {!ticket}
Mijn IP is {ip} en ik kom niet meer op jullie website, melding 'toegang geweigerd' {!err|app}
ik game veel en mijn NAT type staat op strict. publiek ip {ip}, poort {!port} moet open. modem {!model|router}
Jullie formulier vraagt het BSN van {~rel}: {bsn}. Geboortedatum {dob}. Is het zo goed ingevuld?
creditcard {card} staat nog gekoppeld aan mijn abonnement maar die is verlopen ({expiry}). de nieuwe komt volgende week
Ik vlieg morgen met {!flight} naar Spanje, werkt mijn pas daar gewoon of moet ik iets aanzetten? Pas eindigt op {!mask|card}
Roamingbundel van {!qty|data} gekocht voor vlucht {!flight} maar hij is nooit geactiveerd en er staat nog {!amount} open
Bestelde afstandsbediening (artikelnummer {!product}) zat niet in de doos. Order {!order}
klant sinds {!year} en nu ineens {!pct} duurder? lekker dan
De firmware die jullie sturen heeft een andere SHA256 dan op de site staat: {!checksum}. Is dat normaal?
gebruikersnaam voor het meterstandenportaal is {user}, maar welk wachtwoord dan? ik heb nooit een mail gehad
hoe laat gaat de winkel in {~city} open op {~day}?
Kan ik mijn abonnement pauzeren tijdens de vakantie van {!date} tot {!date}?
Is de nieuwe {!model|router} ook los te koop? En wat kost die dan
Waarom moet ik {!amount} administratiekosten betalen voor een nieuwe simkaart??
Mijn buurman heeft gewoon internet en ik niet, we wonen allebei in {~city}. Hoe kan dat
Heeft er al iemand gekeken naar mijn ticket {!ticket}? Het is nu {~n|4-12} dagen geleden
Ik bel al de hele ochtend naar {!cphone} maar kom er niet door. Mijn klantnummer is {cust}, bel me aub terug op {phone}
Is {!cphone} nou gratis of betaal ik per minuut? Ik hang al {~n|20-40} minuten in de wacht
nieuw wachtwoord ingesteld: {password}, maar de app zegt 'onjuist'. gebruik ik de verkeerde?
Het tijdelijke wachtwoord uit de sms ({password|temp}) was al verlopen voordat ik kon inloggen
"""

PUBLIC = r"""
{!mention} al 3 dagen geen internet in {~city}. Storingsnummer {!ticket} en nog niks gehoord {!hashtag}
Bij {~brand|shop} weer pinstoring? Pas 2x geweigerd, code {!err|card} 🙄 {!hashtag}
{!mention} waarom kost mijn abonnement ineens {!amount}? Was {!amount}. Dat is {!pct} duurder!!
{!mention} jullie pakketautomaat in {~city} is stuk, mijn code wordt niet geaccepteerd {!hashtag}
{!mention} mijn pukcode is {puk} en hij zegt nog steeds fout, wat nu??
{!mention} help, mn moeder krijgt een sms met code {otp} maar heeft niks aangevraagd. Phishing?
Nieuwe firmware {!version} op de {!model|router} en nu valt de wifi om de 10 min weg. Iemand anders ook? {!hashtag}
{!mention} stuur me aub een DM, mijn klantnummer is {cust} en ik wacht al sinds {!date}
{!mention} pakket {!tracking} ligt al {~n|3-9} dagen 'in het sorteercentrum' {!hashtag}
Weer een herinnering voor de meterstand gekregen terwijl ik op {!date} al {!meter} heb doorgegeven. Top service {!mention}
{!mention} wat is jullie nummer voor storingen? {!cphone} geeft alleen een bandje {~emoji}
{!mention} alarmcentrale belt om {!time} 's nachts voor een storing die er niet is. Ticket {!ticket}. Nu is iedereen wakker
Wie weet hoe laat de {~brand|telecom} winkel in {~city} open is? Site zegt {!time} maar staat dicht {!hashtag}
{!mention} klant sinds {!year} en nu zo'n prijsverhoging van {!pct}. Ik ben weg {!hashtag}
"""

AGENT = r"""
Hoi {~name}, vervelend dat je simkaart geblokkeerd is! Je PUK-code vind je in Mijn {~brand|telecom} onder 'Simkaart'. Deel je PUK nooit via social media. {~initials}
Hi {~name}, ik heb een nieuwe pincodebrief aangevraagd voor je pas eindigend op {!mask|card}. Die is binnen 5 werkdagen bij je. Groet, {~agent}
Dank je! Ik zie dat je de netwerksleutel {wifi} hebt gestuurd, verwijder dat bericht graag. Je kunt hem zelf wijzigen via {!url|router}. {~initials}
Beste {~name}, je eSIM-activatiecode is opnieuw verstuurd naar {!mask|email}. Lukt het niet? Bel ons gratis op {!cphone}. Ticket: {!ticket}
Hoi {~name}, je wachtwoord is gereset. Je tijdelijke wachtwoord is {password|temp}, wijzig het direct na het inloggen. {~initials}
Je PUK is {puk}. Na 10 foute pogingen wordt de simkaart definitief geblokkeerd, dus voer hem rustig in 🙂 {~initials}
Hi! Om je te helpen heb ik je klantnummer en je postcode + huisnummer nodig. Stuur nooit je pincode of inlogcode, daar vragen wij nooit om. {~initials}
Beste {~name}, we hebben je meterstanden ontvangen ({!meter} kWh en {!meter} m3) per {!date}. Je nieuwe voorschot wordt {!amount}. Groet, {~agent}
Hoi {{voornaam}}, je bestelling {{order_number}} is onderweg. Je ophaalcode is [CODE]. Groet, team {~brand|parcel}
Dank voor je geduld {~name}. Ik heb de storing in {~city} bij de techniek gemeld onder {!ticket}. We verwachten dat het rond {!time} is opgelost.
Hoi {~name}, ik zie dat je IBAN {iban} hebt gestuurd. Ik heb het aangepast; de terugbetaling van {!amount} volgt binnen 5 werkdagen. {~initials}
Je kunt het alarm resetten met je mastercode. Kijk eerst of het paneel ({!model|alarm}) stroom heeft; bij foutcode {!err|alarm} is de back-upbatterij leeg. Gr. {~agent}
Hoi {~name}, je pakket {!tracking} ligt in de automaat. Heb je de sms met de ophaalcode niet meer, dan stuur ik hem opnieuw naar {!mask|phone}. {~initials}
Dag {~name}, de verificatie is afgerond. Je nieuwe eSIM staat klaar; scan de QR-code uit de mail van {!time}. Meer uitleg: {!url}
Hoi {~name}, bedankt voor je klantnummer {cust}. Ik zie inderdaad twee keer een afschrijving van {!amount} op {!date}. Ik zet de tweede terug. {~initials}
Beste {~name}, de pincode die je noemde ({pin}) hebben we niet nodig en kunnen we ook niet inzien. Verwijder het bericht a.u.b. Je kunt een nieuwe pincode kiezen in de app. {~agent}
Hoi {~name}, wat vervelend! Ik zie een storing in jouw wijk in {~city} sinds {!time}. Onze monteurs zijn ermee bezig. Je hoeft niets te doen. {~initials}
Hi {~name}, je kunt je abonnement helaas niet pauzeren, maar je kunt wel een goedkopere bundel kiezen via {!url}. Groetjes, {~agent}
Hoi {~name}, ik zie dat je vanaf IP {ip} bent geblokkeerd na te veel inlogpogingen. Ik heb de blokkade opgeheven, probeer het over {~n|10-30} minuten opnieuw. {~initials}
Hoi {~name}, de juiste SHA256-checksum van firmware {!version} is {!checksum}. Komt die niet overeen, download het bestand dan opnieuw via {!url}. {~initials}
"""

EMAIL = r"""
Per {!date} verhuis ik van {address} naar {address}. Graag wil ik mijn internet- en tv-abonnement meeverhuizen. Mijn klantnummer is {cust}.

Daarnaast heb ik een vraag over de router. In de nieuwe woning ligt een glasvezelaansluiting. Kan ik mijn huidige {!model|router} blijven gebruiken of krijg ik een nieuwe toegestuurd?

U kunt mij het beste bereiken op {phone}, bij voorkeur na {!time}.
%%
Gisteren rond {!time} heb ik bij de {~brand|shop} in {~city} drie keer de verkeerde pincode ingetoetst. Op de betaalautomaat stond 'PAS GEBLOKKEERD' met code {!err|card}. Mijn pas eindigt op {!mask|card}.

Ik heb daarna via de app een nieuwe pincode gekozen ({pin}), maar ik weet niet of die al werkt op de oude pas. Moet ik een nieuwe pas aanvragen of wordt de blokkade automatisch opgeheven?

Mijn rekeningnummer is {iban}, mocht u dat nodig hebben.
%%
Ik schrijf u namens {~rel}, {~fullname|2}. Zij is slechthorend en kan niet goed bellen, daarom mail ik.

Haar klantnummer is {cust} en haar adres is {address}. Zij heeft op {!date} de meterstanden doorgegeven (stroom {!meter}, gas {!meter}), maar ontving toch een factuur ({!invoice}) van {!amount}. Dat kan niet kloppen.

Het IBAN waarvan wordt geïncasseerd is {iban}. Haar geboortedatum is {dob}, voor de verificatie. Wilt u de incasso tegenhouden tot dit is uitgezocht?
%%
Vanochtend om {!time} ontving ik een sms dat mijn simkaart is omgezet naar een eSIM. Dit heb ik niet aangevraagd. Direct daarna kwam de code {otp} binnen, die ik met niemand heb gedeeld.

Mijn nummer: {phone}
Klantnummer: {cust}

Ik vermoed fraude. Kunt u mijn simkaart blokkeren en een nieuwe sturen? Ik heb aangifte gedaan, het zaaknummer is {!ticket}.
%%
In ons kantoor gebruiken we sinds {!date} uw zakelijke internet met router {!model|router}. Het gastnetwerk heeft netwerksleutel {wifi} en het interne netwerk {wifi}. Sinds de update naar {!version} kunnen gasten niet meer verbinden.

Daarnaast lukt port forwarding voor poort {!port} niet meer. Ik kan wel inloggen op {!url|router} met wachtwoord {password|router}, maar de instellingen worden niet opgeslagen.

Kunt u op afstand meekijken?
%%
Op {!date} ontving ik mijn nieuwe creditcard. Bij het activeren in de app krijg ik de melding {!err|app}.

Kaartnummer: {card}
Geldig tot: {expiry}

De activatiecode uit de sms ({otp}) wordt niet geaccepteerd. Ik heb het {~n|3-4} keer geprobeerd. Moet ik langskomen op een kantoor of kan dit telefonisch?
%%
Sinds {!date} valt mijn internet elke avond rond {!time} weg. Ik heb al twee keer gebeld en er is een storingsmelding aangemaakt met nummer {!ticket}, maar er gebeurt niets.

Ik werk thuis en heb een stabiele verbinding nodig. Het abonnement kost {!amount} per maand en ik krijg nu misschien {!pct} van de beloofde snelheid ({!qty|speed}).

Ik verzoek u om een monteur te sturen en om compensatie voor deze maand.
%%
Hierbij zeg ik mijn contract voor het alarmsysteem op per {!date}. Mijn klantnummer is {cust}.

Het bedieningspaneel ({!model|alarm}) en de sensoren lever ik in bij het servicepunt. De laatste termijn van {!amount} is al betaald; graag het eventuele tegoed terugstorten op {iban}.

Wilt u de ontvangst van deze opzegging bevestigen?
%%
Mijn pakket ({!tracking}) ligt volgens de app sinds {!date} in de pakketautomaat bij het station in {~city}. Als ik de ophaalcode {otp|pickup} invoer staat er 'onbekende code'.

Ik heb ook de code uit de tweede sms geprobeerd ({otp|pickup}), zonder resultaat. Het gaat om bestelling {!order} en er zit een verjaardagscadeau in.

Kunt u het kluisje op afstand openen of het pakket naar mijn huisadres sturen?
%%
Mijn vader (geboren {dob|old}) kan niet meer inloggen op zijn e-mail {email}. Hij heeft het wachtwoord op een papiertje staan: {password}. We hebben ook {password|swap} geprobeerd.

Er staat steeds 'te veel pogingen, probeer het over 30 minuten opnieuw'. Hij is {~n|78-91} en raakt een beetje in paniek omdat zijn bankzaken via die mail lopen.

Kunt u het account ontgrendelen of een resetlink sturen naar mijn adres?
%%
Voor het openen van een jongerenrekening voor mijn dochter vraagt de website om haar BSN. Dat is {bsn}, geboren op {dob|child}.

Ik krijg echter na het invullen foutmelding {!err|app} en het aanvraagnummer {!reqid}. Is de aanvraag nu wel of niet binnengekomen?
%%
Op {!date} heb ik de stand van de watermeter doorgegeven: {!meter|water} m³. Nu ontvang ik een rekening waarin een stand van {!meter|water} m³ wordt genoemd. Dat is veel te hoog.

Mijn klantnummer is {cust}. Ik vermoed een lekkage na de meter, de loodgieter komt {!date}. Kunt u de afrekening aanhouden? Het gaat om {!amount}.
%%
De tv-box ({!model|tvbox}) die ik op {!date} kreeg toont sinds gisteren alleen foutcode {!err|tv}. Opnieuw opstarten, stekker eruit, alles geprobeerd.

Ordernummer van de box is {!order}. Ik zou graag een vervangende box ontvangen. Moet ik de oude eerst terugsturen?
%%
Hieronder de tekst van de sms die ik vanochtend kreeg, overgetypt van mijn scherm:

"{~brand|bank}: Uw nieuwe betaalpas is verzonden. Activeer deze binnen 14 dagen met code {otp}. Vragen? Bel {!cphone}."

Ik heb geen nieuwe pas aangevraagd en mijn huidige pas ({!mask|card}) werkt gewoon. Is dit bericht echt van u? Mijn telefoonnummer is {phone}.
"""

SIGNATURES = r"""
{~fullname}
%%
{~fullname}
{address|multi}
{phone}
%%
{~fullname}
Tel: {phone}
%%
{~name}
{email}
%%
{~fullname}
Klusbedrijf {~last}
KvK {!kvk|kvk} | BTW {!kvk|btw}
{address|multi}
%%
{~name} {~last}
Mobiel: {phone}
Klantnummer: {cust}
%%
{~name} ({~city})
%%
{~fullname}
Tel. {phone|land}
%%
{~fullname}
Eigenaar {~last} Schilderwerken
KvK-nummer: {!kvk|kvk}
T {phone}
%%
{~name}
"""

QUOTES = r"""
Op {!date} om {!time} schreef {~brand} Klantenservice:
> Beste klant,
>
> Bedankt voor uw bericht. Om uw vraag in behandeling te nemen hebben wij uw klantnummer
> en de postcode van het aansluitadres nodig. Wij vragen nooit om uw pincode of wachtwoord.
>
> Met vriendelijke groet,
> {~agent}
> Klantenservice {~brand}
%%
Op {!date} schreef {~agentfull}:
> Hallo,
>
> Uw melding is geregistreerd onder nummer {!ticket}. Wij streven ernaar uw vraag binnen
> 3 werkdagen te beantwoorden. Reageer op deze e-mail en laat het onderwerp staan.
>
> Vriendelijke groet,
> {~agent}
%%
-----Oorspronkelijk bericht-----
Van: {~brand} <noreply>
Verzonden: {~day} {!date} {!time}
Onderwerp: Uw aanvraag {!ticket}

Geachte klant, wij hebben uw aanvraag ontvangen. U ontvangt binnen 5 werkdagen bericht.
%%
Op {!date} om {!time} schreef {~agentfull}:
> Goedemiddag,
>
> Wij hebben uw verzoek ontvangen. Kunt u ons het IBAN laten weten waarop de
> terugbetaling moet plaatsvinden? Ter controle: de rekening eindigt nu op {!mask|iban}.
>
> Met vriendelijke groet,
> {~agent}
%%
Op {~day} {!date} om {!time} schreef {~agentfull}:
> Beste {~name},
>
> Hartelijk dank voor uw geduld. Ik heb uw situatie besproken met onze technische afdeling.
> Uit de metingen blijkt dat de verbinding op uw adres regelmatig wegvalt tussen {!time} en
> {!time} uur. Wij hebben daarom een monteur ingepland op {!date}. Hij of zij belt u een half
> uur van tevoren.
>
> Heeft u in de tussentijd vragen, reageer dan op deze e-mail en vermeld altijd uw
> referentienummer {!ticket}. Let op: wij vragen u nooit om uw wachtwoord, pincode of
> verificatiecode, ook niet per e-mail of telefoon.
>
> Met vriendelijke groet,
>
> {~agentfull}
> Klantenservice {~brand}
>
>> Op {!date} schreef {~fullname}:
>> Mijn internet valt al weken elke avond weg. Graag een monteur.
%%
Op {!date} om {!time} schreef {~brand|energy} Klantenservice:
> Geachte heer/mevrouw,
>
> Wij hebben uw bericht over de jaarafrekening ontvangen. Om uw verbruik te controleren hebben
> wij de standen van uw slimme meter opgevraagd. Volgens onze gegevens was de stand op
> {!date} {!meter} kWh (normaal) en {!meter} kWh (dal).
>
> Het nieuwe termijnbedrag wordt {!amount} per maand, ingaand op {!date}. Bent u het niet eens
> met deze berekening, dan kunt u binnen 30 dagen bezwaar maken via {!url|energy}.
>
> Met vriendelijke groet,
> {~agent}
> Team Klantenservice
"""

SUBJECTS = r"""
Onderwerp: vraag
Onderwerp: Re: uw melding {!ticket}
Onderwerp: klacht
Onderwerp: dringend!!
Onderwerp: contactformulier
Onderwerp: mijn account
Onderwerp: FW: doorgestuurd bericht
Onderwerp: hulp nodig
"""

EXTRAS = r"""
Ik heb al meerdere keren geprobeerd te bellen, maar na {~n|20-45} minuten in de wacht werd de verbinding verbroken. Vandaar deze e-mail.
Graag ontvang ik een schriftelijke bevestiging van de afspraken. Een reactie binnen 5 werkdagen stel ik op prijs.
Via de chat op de website kreeg ik steeds dezelfde automatische antwoorden, daar kom ik niet verder mee.
Excuses voor de lange mail, maar ik wil zeker weten dat alles duidelijk is. Bij vragen hoor ik het graag.
In de bijlage vindt u een foto van het scherm en van de sticker op de achterkant van het apparaat.
"""
