r"""Dutch (nl) and Flemish (vl) templates.  One template per line, `\n` is a line break.
Slots: see generate_blind.FILLERS.  {{x}} renders a literal macro placeholder {x}."""

T = {}

T["nl:open"] = r"""
hoi
hey
hallo
goedemiddag
yo
heey
hoi hoi
ff een vraag
hallo daar
hee
goeiemorgen
help
"""

T["nl:close"] = r"""
alvast bedankt!
thx
dankjewel {emo}
pls help
asap aub
groetjes {fn}
mvg {fn}
ik hoor het graag
tnx {emo}
dank u
xx
kunnen jullie snel reageren? {emo}
"""

T["nl:chat:pw"] = r"""
mijn {c_pw} is {pw} maar ik kom er niet in {emo}
heb mn {c_pw} veranderd naar {pw} en nu doet de app raar, foutcode {n_err}
ik log in met {mail} en {c_pw} {pw}, maar krijg steeds 'ongeldige gegevens'
oude {c_pw} was {pw} nieuwe is {pw2}, welke moet ik nou gebruiken bij {brand_s}??
mijn broertje heeft mijn {brand_g} account overgenomen 😡 {c_pw} was {pw}, nu werkt ie niet meer
kunnen jullie voor mij inloggen? {c_user}: {user}\n{c_pw}: {pw}
{pw} ← dat is mn {c_pw}, klopt toch gwn
tijdelijk {c_pw} uit de mail ({pw}) werkt niet, zegt verlopen
ik heb gereset maar de nieuwe ({pw}) wordt niet geaccepteerd op de tv app versie {n_ver}
{c_pw}:{pw}\nmail:{mail}\nwaarom lukt het niet???
het is {pw} met hoofdletter aan het begin, niet {pw2}
ww van de {brand_s} account van ons gezin is {pw}, mijn moeder heeft het abbo op haar naam
ik typ echt {pw} in maar hij blijft zeggen fout. account {mail}
mn zusje heeft {c_pw} aangepast naar {pw} zonder te vragen lol, nu zit ik eruit
"""

T["nl:chat:otp"] = r"""
ik krijg de {c_otp} {otp} maar de app zegt ongeldige code
code is {otp} heb em net binnen, bestelling {n_order}
{otp} dat is de code die ik kreeg om {n_time}
de sms met de {c_otp} komt pas na 10 min binnen, nu is {otp} al verlopen {emo}
welke code bedoel je, deze? {otp}
2fa code {otp} werkt niet, error {n_err}
zes cijfers toch? {otp_sp}
ik moest een {c_otp} invullen voor mn {brand_w} account, heb {otp} gedaan maar niks
kreeg net {otp} binnen terwijl ik niks heb aangevraagd?? is mn account gehackt
{c_otp}: {otp}\nbestelnr: {n_order}
de code van de bezorger voor pakket {n_track} was {otp}, maar hij is gewoon weer weggegaan
ik heb {otp} ingevuld en daarna {otp2}, allebei fout volgens jullie site
"""

T["nl:chat:notifw"] = r"""
ik krijg deze sms: "{notif}" is dat echt van jullie?
kreeg net dit binnen:\n\n{notif}\n\nmaar ik heb niks aangevraagd??
{notif}\n^^ is dit van jullie of phishing?
screenshot van mn melding: {notif} {emo}
dit staat in mn notificaties: {notif} — maar de app accepteert het niet
gekopieerd uit mn berichten: "{notif}" werkt niet
"""

T["nl:notif"] = r"""
Je verificatiecode is {otp}. Deel deze code met niemand.
{brand_s}: je inlogcode is {otp}. Geldig voor 10 minuten.
Gebruik {otp} om je {brand_w}-account te bevestigen. Deel deze code nooit, ook niet met medewerkers.
Uw eenmalige code: {otp} (geldig tot {n_time})
{otp} is je {brand_g} beveiligingscode
Code: {otp}. Niet delen! Heb je dit niet aangevraagd? Negeer dan dit bericht.
{brand_t}: Uw activatiecode is {otp}
Je {brand_d} bezorgcode is {otp}. Geef deze code alleen aan de bezorger bij aflevering.
{brand_w} - Bevestigingscode: {otp}. Vraagt iemand om deze code? Dat is fraude.
Uw code om in te loggen bij Mijn {brand_t}: {otp}
"""

T["nl:chat:pin"] = r"""
poort {n_port} staat open maar de pincode van de router app is {pin}, geeft {n_err}
mijn kaart {n_mask} is geblokkeerd, pin was {pin}
pincode van mn simkaart is {pin} maar telefoon zegt fout
ik ben mijn {c_pin} vergeten, was het {pin} of {pin_swap}? echt geen idee meer
code van het alarm is {pin}, monteur komt {n_date}
voicemail {c_pin} {pin} werkt niet
ontgrendelcode tel is {pin} als jullie em nodig hebben voor de reparatie (ordernr {n_order})
sorry het is {pin} niet {pin_swap}
vier cijfers: {pin_sp}
{c_pin} van de kaart is {pin}, pinautomaat geeft {n_err}
mijn {c_pin}: {pin} , ik heb er nog 1 poging
{pin} is de code van de deur beneden, bezorger kan dan naar binnen
de {brand_s} kinderslot {c_pin} is {pin} maar mijn zoontje weet em ook al lol
nieuw toestel, de code om te ontgrendelen is {pin} en simpin {pin2}
"""

T["nl:chat:puk"] = r"""
telefoon vraagt om PUK, ik heb {puk} geprobeerd van het kaartje maar zegt fout
puk code staat op de simhouder: {puk} , klopt dat?
puk2 is {puk}?? of moet ik iets anders invullen
help sim geblokkeerd! puk {puk} werkt niet 😭 klantnr {klant}
ik heb de PUK-code opgevraagd via de app: {puk}. Maar na invoeren blijft 'SIM vergrendeld' staan.
{puk} dat is de puk toch? staat op het plastic ding
mijn puk is {puk} en mn pin was {pin}, nu allebei fout??
"""

T["nl:chat:wifi"] = r"""
{c_wifi} van mn modem is {wifi} maar laptop wil niet verbinden met {ssid}
netwerk: {ssid}\nww: {wifi}\nwerkt niet op de ps5
ik heb de {c_wifi} veranderd naar {wifi} en nu is alles eruit
de code achterop de router ({wifi}) werkt niet, modem {n_model}
wifi {wifi} admin {pw} als jullie mee willen kijken
mn {c_wifi} is {wifi}, {ssid} is de naam. internet is {n_qty} maar ik haal nog geen 10
nieuwe modem {n_model} geïnstalleerd, {ssid} / {wifi} , tv ontvanger vindt em niet
ze hebben de {c_wifi} gereset naar {wifi} en mijn slimme meter doet het nu niet meer
"""

T["nl:chat:user"] = r"""
mijn {c_user} is {user} kunnen jullie kijken waarom ik geband ben
account {user} is gehackt, de hacker heeft mijn mail veranderd
login {user} / {pw}
gamertag {user} , aankoop van {n_amt} niet ontvangen
ik heb 2 accounts, {user} en {user2}, kan ik die samenvoegen?
{c_user}={user} en ik ben al {n_year} lid
mn naam in de game is {user}, iemand anders heeft skins gekocht met mijn saldo
ik kan niet meer in {user} sinds de update naar {n_ver}
"""

T["nl:chat:dev"] = r"""
stripe sleutel {api} staat in een screenshot die ik gedeeld heb, moet ik die roteren?
personal access token {tok} verloopt niet? kan ik die ergens intrekken
maps key {api} wordt geweigerd, request {n_req}
github token {tok} stond in mn .env die ik gepusht heb, help
sessie cookie: {tok} , iemand kan daarmee inloggen toch?
onze webshop koppeling geeft {n_err}, api key is {api}
ik heb per ongeluk mijn token gepost: {tok} kan die ingetrokken worden?
Authorization: Bearer {jwt} geeft 401 terug, request id {n_req}
AWS keys {aws} / {awssec} staan per ongeluk in een public repo 😬
webhook secret {api} klopt niet volgens jullie docs {n_url}
api_key={api} en het endpoint geeft {n_err}, poort {n_port} staat open
mijn bot token {tok} werkt ineens niet meer, versie {n_ver}
"""

T["nl:chat:card"] = r"""
mijn kaart eindigt op {n_mask} maar het juiste nummer is {card}, cvc {cvv}
cvc {cvv} staat achterop, kaart {card} geldig t/m {exp}
betaling van {n_amt} mislukt met kaart {card} exp {exp} cvc {cvv}
kaartnummer {card}\nvervaldatum {exp}\ncvc {cvv}
mijn creditcard {card} is twee keer belast voor bestelling {n_order}
de cvc is {cvv} en geldig tot {exp}, meer weet ik niet
ik heb mijn kaart {card} toegevoegd maar {brand_s} zegt ongeldig
{card} {exp} {cvv} probeer het maar, ik heb geen zin meer
ik zie {n_amt} afgeschreven van {card}?? heb niks besteld
"""

T["nl:chat:iban"] = r"""
kunnen jullie het geld terugstorten op {iban} tnv {name}?
mijn rekeningnummer is veranderd naar {iban}, oude was {n_maski}
iban {iban} factuur {n_inv}
ik heb {n_amt} overgemaakt van {iban} maar staat nog open
retour {n_order} graag terugbetalen op {iban}
incasso van {n_amt} moet voortaan van {iban}, niet meer van mn moeder
"""

T["nl:chat:id"] = r"""
mijn bsn: {bsn} (staat ook op mn id kaart)
BSN {bsn}
geb. {dob}
klantnr {klant}
bsn {bsn} geboortedatum {dob} voor de kredietcheck
ze vragen mijn BSN ({bsn}) waarom??
geb datum {dob}, ik ben dus wel 18 {emo}
mijn bsn is {bsn}, ik wil een abonnement afsluiten zonder ouders
geboren op {dob}, klantnr {klant}
{bsn} is mijn burgerservicenummer, heb ik nodig voor de telefoon op afbetaling
"""

T["nl:chat:contact"] = r"""
stuur maar naar {mail} of bel {tel}
nieuw adres is {adr}, wil mijn bezorging omzetten {n_track}
mijn nummer is {tel} bel me pls na {n_time}
email adres is {mail_obf}
je kan me bereiken op {tel_sp}
pakket moet naar {adr}, niet naar mijn oude adres
{tel} is mijn nieuwe nummer, mail blijft {mail}
bezorg maar bij de buren: {adr}
"""

T["nl:chat:ip"] = r"""
mn publieke ip is {ip}, kunnen jullie zien of ik op een blacklist sta?
server zegt 'too many requests from {ip}' sinds {n_date}
mijn ip is {ip} en ik kan niet op de servers, NAT strict, poort {n_port}
jullie hebben {ip} geblokkeerd?? ik heb niks gedaan
ip adres {ip} volgens whatsmyip, ping is 300 {emo}
speedtest zegt {n_qty} op {ip}, ik betaal voor veel meer
"""

T["nl:chat:klant"] = r"""
meterstand {n_meter} doorgegeven onder klantnummer {klant}, klopt de afrekening van {n_amt}?
ik ben al klant sinds {n_year}, nummer {klant}
klantnummer {klant}, meterstand {n_meter}
mijn klantnr is {klant} en ik heb een vraag over factuur {n_inv}
{klant} is mijn abonnementsnummer
lidnummer {klant}, mijn pas is kwijt
klant nr: {klant}\nfactuur: {n_inv}\nbedrag: {n_amt}
contractnummer {klant} loopt af op {n_date}, wat kost verlengen?
"""

T["nl:chat:neg"] = r"""
de download van de update faalt, md5 {n_sum} komt niet overeen
ik vertrek {n_date} met {n_flight}, werkt mijn bundel van {n_qty} ook in het buitenland?
poort {n_port} openzetten voor de ps5 lukt niet, modem {n_model} uit {n_year}
artikel {n_prod} retour gestuurd, {n_pcs} terug maar nog geen {n_amt} terug
bestelling {n_order} nog steeds niet binnen, track & trace {n_track} zegt al {n_date} bezorgd??
factuur {n_inv} is {n_amt} terwijl het {n_amt} zou zijn
ticket {n_ticket} al 3 dagen geen reactie
app versie {n_ver} crasht met {n_err}
router {n_model} firmware {n_ver} checksum {n_sum} klopt dat?
korting van {n_pct} werd niet toegepast op {n_prod}
ik vlieg {n_date} met {n_flight} om {n_time}, kan de levering eerder?
bel ik {n_cphone} of moet ik hier zijn?
ik heb {n_pcs} besteld maar 1 gekregen, order {n_order}
bundel van {n_qty} is al op terwijl het pas {n_date} is
{n_err} bij het inloggen, ik heb al 3x de code opgevraagd
"""

T["nl:chat:none"] = r"""
hoe kan ik mijn abonnement opzeggen
waarom is de app zo traag vandaag
kan ik mijn wachtwoord ergens resetten? ik weet het niet meer
de code komt niet binnen
ik krijg geen sms met de verificatiecode, wat nu?
kunnen jullie mijn pincode opnieuw opsturen? ben hem kwijt
mijn wachtwoord is de naam van mijn hond plus mijn geboortejaar, dus dat weet ik wel
waar vind ik de puk code?
werkt jullie site of ligt het aan mij
"""

T["nl:public"] = r"""
{n_at} al 3 dagen geen internet in {city} {n_tag}
{n_at} jullie app versie {n_ver} is echt kapot, {n_err} bij elke login {n_tag} {emo}
{n_at} pakket {n_track} staat al sinds {n_date} op 'onderweg' {emo} {n_tag}
{n_at} waarom moet ik {n_amt} betalen voor iets wat niet werkt {n_tag}
{n_at} help mijn account is gehackt, {c_user} {user} pls check dm
{n_at} code {otp} werkt niet?? {n_tag}
{n_at} wie heeft ook storing in {city}? {n_tag}
{n_at} {n_pct} korting zeggen jullie, kassabon zegt {n_amt} {emo}
{n_at} ticket {n_ticket} en nog steeds niks gehoord. {n_tag}
{n_at} bel {n_cphone} zeggen ze, 45 min in de wacht {n_tag}
{n_at} mijn nummer is {tel} bel me maar want de chat werkt niet
{n_at} {n_pcs} besteld, lege doos ontvangen {emo} {n_tag}
"""

T["nl:agent"] = r"""
Hoi {fn}, je betaling van {n_amt} is ontvangen. Factuur {n_inv} staat in Mijn {brand}.

{brand} Klantenservice | {n_cphone} | {n_url} | {n_kvk}
Hi {fn}, ik zie dat de kaart eindigend op {n_mask} is verlopen. Je kunt een nieuwe toevoegen via {n_url}. ^{ini}
{brand} B.V. – {n_kvk}
Hoi {fn}, vervelend dat het niet lukt! Deel nooit je wachtwoord met ons. We sturen een resetlink naar {n_maskm}. Groet, {agent}
Hi {fn}, ik zie een betaling van {n_amt} op kaart {n_mask}. Bedoel je bestelling {n_order}? ^{ini}
Dank je! Je klantnummer {klant} heb ik gevonden. Ik heb een nieuwe PUK aangevraagd, die krijg je per sms. ^{ini}
Hoi {{voornaam}}, je code is <code>. Deel deze code met niemand. Groetjes, {agent}
Hey {fn}, ik heb je wachtwoord tijdelijk op {pw} gezet, wijzig dit direct na inloggen via {n_url}. ^{ini}
Hoi {fn}! Je PUK-code is {puk}. Let op: na 10 foute pogingen is je sim definitief geblokkeerd. ^{ini}
Bedankt voor je geduld. Ticket {n_ticket} is aangemaakt, de monteur komt {n_date} rond {n_time}. Bel {n_cphone} als het niet uitkomt.
Hi {fn}, voor je veiligheid heb ik je bericht met je wachtwoord verwijderd. Stuur dit nooit via {{kanaal}}. Mag ik je postcode en huisnummer in een DM?
Je nieuwe wifi-sleutel is {wifi}. Het netwerk heet {ssid}. Vergeet je apparaten niet opnieuw te verbinden. ^{ini}
Hallo {fn}, je IBAN is gewijzigd naar {iban} per {n_date}. De volgende incasso van {n_amt} gaat hiervan af. ^{ini}
Hoi {fn}, je bestelling [ORDERNUMMER] is onderweg met {brand_d}. Track & trace: {n_track}. Fijne dag! ^{ini}
Hi! Ik heb je gegevens gecontroleerd: {mail}, {tel}. Klopt dit nog? Dan zet ik de wijziging door. ^{ini}
Hoi {fn}, we zien een storing in jouw regio (melding {n_ticket}). Verwachte oplossing: {n_date} {n_time}. Excuses! {agent}
Dag {fn}, bedankt. Kun je je klantnummer ({{klantnummer}}) en de laatste 4 cijfers van je IBAN sturen via DM? {agent}
"""

T["nl:greet"] = r"""
Beste klantenservice,
Geachte heer/mevrouw,
Hallo,
Beste {brand},
Goedemiddag,
Beste medewerker,
"""

T["nl:bye"] = r"""
Met vriendelijke groet,
Vriendelijke groeten,
Groetjes,
Alvast bedankt voor de moeite,
Met vriendelijke groet en alvast bedankt,
Hoogachtend,
"""

T["nl:subj"] = r"""
Onderwerp: kan niet inloggen
Onderwerp: Re: uw vraag ({n_ticket})
Onderwerp: klacht over bestelling {n_order}
Onderwerp: wijziging gegevens
Onderwerp: Fwd: verificatiecode
Onderwerp: storing internet
"""

T["nl:qintro"] = r"""
Op {n_date} om {n_time} schreef {brand} Klantenservice:
Op {n_date} {n_time} schreef {agent} van {brand}:
-----Oorspronkelijk bericht-----\nVan: {brand} Webcare\nVerzonden: {n_date} {n_time}
Op {n_date} heeft {brand} het volgende geschreven:
"""

T["nl:fwd"] = r"""
---------- Doorgestuurd bericht ---------\nVan: {name} <{mail}>\nDatum: {n_date} {n_time}\nOnderwerp: code
Begin doorgestuurd bericht:\n\nVan: {name} <{mail}>\nDatum: {n_date}
"""

T["nl:formal:pw"] = r"""
Sinds {n_date} kan ik niet meer inloggen op mijn account. Ik heb het wachtwoord {pw} meerdere keren ingevoerd, maar ik krijg steeds de melding '{n_err}'. Mijn gebruikersnaam is {user}.
Vorige week heb ik mijn wachtwoord gewijzigd in {pw}. Sindsdien werkt de app op mijn televisie (versie {n_ver}) niet meer en moet ik elke dag opnieuw inloggen.
Mijn zoon heeft zonder toestemming het wachtwoord van ons gezinsaccount aangepast. Het oude wachtwoord was {pw}; het nieuwe weet ik niet. Kunt u het account herstellen? Het is gekoppeld aan {mail}.
Ik heb een tijdelijk wachtwoord ontvangen ({pw}), maar bij het inloggen verschijnt direct de melding dat het verlopen is. Ik heb dit al drie keer geprobeerd.
"""

T["nl:formal:otp"] = r"""
Ik ontving gisteren om {n_time} een sms met verificatiecode {otp}, terwijl ik zelf niets had aangevraagd. Is mijn account gecompromitteerd?
Bij het afronden van bestelling {n_order} moet ik een bevestigingscode invullen. De code die ik ontving ({otp}) wordt echter steeds afgewezen.
De sms-code komt pas na een kwartier binnen. De laatste code was {otp} en die was toen al verlopen. Mijn telefoonnummer is {tel}.
Hieronder het bericht dat ik ontving:\n\n{notif}\n\nIk vertrouw dit niet. Wilt u dit controleren?
"""

T["nl:formal:money"] = r"""
Graag wil ik mijn bankgegevens wijzigen. Mijn nieuwe rekeningnummer is {iban} ten name van {name}. Mijn klantnummer is {klant}.
Op {n_date} heb ik bestelling {n_order} geplaatst ter waarde van {n_amt}. Volgens de track & trace ({n_track}) is het pakket bezorgd, maar ik heb niets ontvangen.
Er is twee keer {n_amt} afgeschreven van mijn creditcard {card} (geldig tot {exp}). Ik verzoek u het dubbele bedrag terug te storten op {iban}.
Ik heb op {n_date} mijn abonnement opgezegd (ticketnummer {n_ticket}), maar er is daarna opnieuw {n_amt} afgeschreven. Factuurnummer {n_inv}.
"""

T["nl:formal:contact"] = r"""
Ik ben verhuisd. Mijn nieuwe adres is:\n{adr_ml}\nWilt u dit aanpassen in mijn gegevens?
Mijn telefoonnummer is gewijzigd. U kunt mij voortaan bereiken op {tel} of via {mail}.
Het pakket moet worden afgeleverd op {adr}. Ik ben overdag niet thuis; de buren op nummer 14 nemen het graag aan.
Ik wil graag dat u contact met mij opneemt op {tel}, het liefst na {n_time}.
"""

T["nl:formal:id"] = r"""
Voor de aanvraag stuur ik hierbij mijn gegevens: geboortedatum {dob}, BSN {bsn}, telefoonnummer {tel}.
Bij de kredietcheck werd gevraagd naar mijn burgerservicenummer. Dat is {bsn}. Ik ben geboren op {dob}, dus ik ben meerderjarig.
Mijn dochter (geboren {dob}) wil een eigen abonnement. Ik sta als contractant ingeschreven onder klantnummer {klant}.
"""

T["nl:formal:wifi"] = r"""
De monteur heeft de nieuwe modem ({n_model}) geïnstalleerd. Het netwerk heet {ssid} en de sleutel is {wifi}, maar mijn printer maakt nog steeds geen verbinding.
Ik heb het admin-wachtwoord van de router gewijzigd in {pw}. Sindsdien kan ik niet meer inloggen op {n_url}.
Mijn internetsnelheid is al weken veel lager dan de beloofde {n_qty}. Mijn IP-adres volgens de speedtest is {ip}.
"""

T["nl:formal:neg"] = r"""
Op uw factuur {n_inv} staat uw {n_kvk}, maar de btw van {n_pct} is dubbel berekend over {n_amt}.
Ik heb de firmware gedownload (versie {n_ver}), maar de controlesom {n_sum} komt niet overeen met die op uw website.
Op {n_date} heb ik via uw website {n_pcs} besteld (artikelnummer {n_prod}). Tot op heden heb ik niets ontvangen.
Uw factuur {n_inv} van {n_amt} klopt niet: de korting van {n_pct} is niet verrekend. Uw KvK-gegevens staan er ook niet correct op.
Sinds de update naar versie {n_ver} krijg ik foutmelding {n_err} zodra ik de app open. Ik gebruik een {n_model}.
De monteur zou op {n_date} tussen {n_time} en {n_time} komen, maar is niet verschenen. Het ticketnummer is {n_ticket}.
"""

T["nl:formal:dev"] = r"""
Onze ontwikkelaar heeft de secret key {api} per ongeluk in een openbare repository gezet. Graag direct blokkeren en een nieuwe sleutel uitgeven.
Bij elke aanroep met token {tok} krijgen wij foutmelding {n_err} (request-ID {n_req}).
Wij gebruiken uw API voor onze webwinkel. Sinds {n_date} krijgen wij foutmelding {n_err} met de sleutel {api}. Request-ID: {n_req}.
Een medewerker heeft per ongeluk een toegangstoken ({tok}) in een openbaar forum geplaatst. Wilt u dit token direct intrekken?
"""

# ---------------------------------------------------------------- Flemish

T["vl:open"] = r"""
dag
hallo
hey
goeiendag
allee
hoi
salut
ewa
"""

T["vl:close"] = r"""
merci!
merci alvast
dank u wel
mvg
groetjes
alé merci {emo}
"""

T["vl:chat:pw"] = r"""
allee, mijn {c_pw} is {pw} en het werkt nog altijd nie
ik heb mijn {c_pw} al 3x veranderd, nu is het {pw}, nog altijd error {n_err}
gebruikersnaam {user} en {c_pw} {pw}, kunde gij eens kijken?
mijn ma heeft het {c_pw} veranderd naar {pw2}, het oude was {pw}
{pw} is het paswoord van den {brand_s}, maar da zegt verkeerd
ge moogt inloggen met {mail} en {pw} als ge wilt
"""

T["vl:chat:otp"] = r"""
de code {otp} die ik gekregen heb werkt nie, amai
ik heb een sms gekregen met {otp} maar ik heb niks aangevraagd
de {c_otp} is {otp} maar die is blijkbaar al vervallen
{otp}\n(da was de code van daarnet)
kreeg {otp} om {n_time} maar de app blijft draaien
"""

T["vl:chat:pin"] = r"""
mijne {c_pin} van de gsm is {pin} moest ge da nodig hebben
ik heb {pin} ingetypt als {c_pin} maar nu is mijn sim geblokkeerd
{c_pin} van de bankkaart is {pin}, de terminal zegt {n_err}
t is {pin} nie {pin_swap}, sorry
"""

T["vl:chat:puk"] = r"""
ik heb hier nen brief met PUK {puk} maar da werkt nie
mijn gsm vraagt PUK, is da {puk}?
puk {puk} ingegeven, nog altijd geblokkeerd 😩
"""

T["vl:chat:wifi"] = r"""
modem van {brand_t} ({n_model}), {c_wifi} is {wifi} maar den tv ziet em nie
{c_wifi}: {wifi}\nnetwerk: {ssid}\nwerkt nie op de laptop
de {c_wifi} da op de sticker staat ({wifi}) is fout precies
ik heb het {c_wifi} veranderd naar {wifi}, nu is de decoder offline
"""

T["vl:chat:user"] = r"""
mijn {c_user} is {user}, ik ben geband voor niks
iemand is in mijn account {user} geraakt en heeft {n_amt} uitgegeven
{c_user} {user} , kunde mij terug toegang geven?
"""

T["vl:chat:card"] = r"""
ik heb al {n_amt} betaald met kaart {card} vervalt {exp}, nu nog eens??
kaart: {card}\ngeldig tot: {exp}\ncode achteraan: {cvv}
mijn bancontact {card} wordt geweigerd bij bestelling {n_order}
"""

T["vl:chat:iban"] = r"""
kunde het geld terugstorten op {iban}?
mijn rekeningnummer is {iban}, op naam van {name}
ik heb {n_amt} overgeschreven van {iban} met mededeling {n_inv}
"""

T["vl:chat:id"] = r"""
rijksregister {bsn} , ik ben wel meerderjarig
hier: {bsn} (rijksregisternummer van mijn zoon, geboren {dob})
rijksregisternummer is {bsn}, geboren {dob}
mijn rijksregisternr: {bsn} , voor de registratie van de simkaart
ge vraagt mijn geboortedatum? {dob}
ik ben geboren op {dob}, mijn rijksregister is {bsn}
"""

T["vl:chat:contact"] = r"""
ge moogt mij bellen op {tel}, na {n_time} ben ik thuis
merci! mijn nieuw adres is {adr}
mijn gsm nummer is {tel} en mijn mail {mail}
mijn adres is {adr}, de postbode vindt het nooit
"""

T["vl:chat:klant"] = r"""
mijn klantennummer is {klant}, factuur {n_inv} klopt nie
klantnr {klant}, meterstand is {n_meter}
{klant} is mijn klantennummer bij jullie
"""

T["vl:chat:neg"] = r"""
mijn vlucht {n_flight} vertrekt om {n_time}, werkt roaming dan?
meterstand {n_meter} doorgegeven op {n_date}, nog altijd een voorschot van {n_amt}
pakje {n_track} ligt al sinds {n_date} in het depot, wa is da?
factuur {n_inv} van {n_amt}, ik heb al betaald op {n_date}!!
de decoder {n_model} geeft {n_err}, al {n_pcs} keer herstart
dossier {n_ticket}, nog altijd niks gehoord
"""

T["vl:chat:none"] = r"""
hoe kan ik mijn paswoord resetten?
ik krijg geen sms met de code, wa moet ik doen?
waar vind ik mijn pincode?
is er een panne in Gent of ligt het aan mij
"""

T["vl:public"] = r"""
{n_at} al 2 dagen geen internet, amai {n_tag}
{n_at} pakje {n_track} ligt al een week in het depot {emo} {n_tag}
{n_at} {n_amt} aangerekend voor niks {n_tag}
{n_at} app versie {n_ver} crasht constant {n_tag}
{n_at} mijn gsm nr is {tel}, bel mij eens terug aub
{n_at} wie heeft er nog panne? {n_tag} {emo}
"""

T["vl:agent"] = r"""
Dag {fn}, uw factuur {n_inv} van {n_amt} is betaald. Mvg, {agent}
{brand} NV – {n_kvk}
Hallo {fn}, de kaart eindigend op {n_mask} is vervallen. {ini}
Dag {fn}, bedankt voor uw bericht. Deel nooit uw paswoord met ons. U krijgt een link op {n_maskm}. Mvg, {agent}
Hallo {fn}, ik zie uw klantennummer {klant}. Uw nieuwe PUK is {puk}. Vriendelijke groeten, {agent}
Dag {fn}, uw dossier {n_ticket} is aangemaakt. Een technieker komt langs op {n_date}. Bel {n_cphone} bij vragen. {ini}
Hey {fn}, stuur ons gerust uw klantennummer [KLANTNR] en postcode in privé. {agent}
Dag {fn}, de terugbetaling van {n_amt} gebeurt op {iban}. Mvg, {agent}
Hallo {fn}, we hebben de kaart eindigend op {n_mask} geblokkeerd. {ini}
"""

T["vl:greet"] = r"""
Beste,
Dag,
Geachte,
Beste klantendienst,
"""

T["vl:bye"] = r"""
Met vriendelijke groeten,
Mvg,
Alvast bedankt,
Vriendelijke groeten,
"""

T["vl:formal:id"] = r"""
Voor de registratie van mijn simkaart geef ik u mijn rijksregisternummer: {bsn}. Mijn geboortedatum is {dob}.
Bij de aanvraag van mijn abonnement werd om mijn rijksregisternummer gevraagd ({bsn}). Ik ben geboren op {dob} en woon op {adr}.
"""

T["vl:formal:money"] = r"""
Ik heb op {n_date} een bedrag van {n_amt} overgeschreven van rekening {iban}, met mededeling {n_inv}. Toch kreeg ik een herinnering.
Mijn klantennummer is {klant}. Gelieve de terugbetaling van {n_amt} te storten op {iban}.
"""

T["vl:formal:pw"] = r"""
Ik kan niet meer inloggen. Mijn gebruikersnaam is {user} en mijn paswoord is {pw}. Ik krijg steeds foutmelding {n_err}.
Na de update naar versie {n_ver} wordt mijn paswoord ({pw}) niet meer aanvaard op de decoder.
"""
