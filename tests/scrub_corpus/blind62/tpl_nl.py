"""Dutch (nl) templates. Placeholders: see generate_blind.KEYS. {key:tag} repeats the same value."""

CHAT = [
    "Hoi, mijn pakket {trk} staat op bezorgd maar ik heb niks ontvangen. Ik woon op {addr}. Kunnen jullie de chauffeur vragen waar hij het heeft gelaten? Mijn nummer is {phone}",
    "Pakket is bij de buren afgegeven zegt de app, maar welke buren?? Er staat 'bezorgd bij {street}' maar daar woont niemand die ik ken. Ordernr {order} bij {shop}",
    "Goedemiddag, de ophaalcode voor de pakketautomaat werkt niet.\nCode: {code}\nAutomaat bij de Jumbo in {city}\nZending {trk}",
    "Kunnen jullie aan de bezorger doorgeven dat de code van de portiekdeur {pin} is? Anders komt hij wéér niet binnen. Adres {addr}, 3e verdieping. tel {phone}",
    "Ik kreeg deze sms:\n\"PostNL: uw pakket staat in de wacht, betaal {amt} invoerkosten via {furl}\"\nIk heb mijn kaart ingevuld ({card}, geldig tot {exp}, cvc {cvv}) en daarna nog een code {otp} ingetoetst die ik van de bank kreeg. Is dit nep??",
    "hoi! retour van {qty} aangemeld op {date} maar nog geen terugbetaling gezien. kunnen jullie het overmaken naar {iban} tnv {name}? bestelnummer {order}",
    "Douanekosten van {amt} voor een pakketje uit China?? Trackingnummer {trk}. Ze vragen ook mijn bsn {bsn} en geboortedatum {dob}, is dat normaal?",
    "Mijn klantnummer is {custno}, ik wil het afleveradres wijzigen naar {addr}. Het oude adres ({addr}) klopt niet meer want we zijn verhuisd",
    "Ik kom niet in mijn account. gebruikersnaam {user}\nww {pw}\nof moet ik een nieuw wachtwoord aanvragen? wil alleen pakket {trk} omleiden",
    "Hallo, bezorger heeft pakket in de groene container gegooid 🙄 kan hij me de volgende keer even bellen op {phone}? of {phone} (mijn vriend). Dank",
    "Pakket beschadigd aangekomen, doos helemaal ingedeukt en de {item} is kapot. Foto's gestuurd.\nOrder: {order}\nZending: {trk}\nGraag terugstorten op {iban}",
    "Buurvrouw {nb} ({street}) heeft mijn pakket aangenomen maar is nu 3 weken op vakantie. Kan ik het ergens anders ophalen? {trk}",
    "Gestolen voor de deur! Op de deurbelcamera zie je dat de bezorger het om {time} op de stoep zette en om {time} was het weg. Adres {pchn}. Aangifte gedaan. Mail me op {email}",
    "Wil graag een nieuwe bezorgpoging. Postcode + huisnr: {pchn}. Zendingnummer {trk}. Ben thuis vanaf {time}.",
    "Ik kreeg een mail met inlogcode {otp} maar ik heb niks aangevraagd?? Iemand probeert in te loggen op mijn account ({email}). In de melding staat IP {ip}",
    "je chauffeur heeft mijn pakket afgegeven op {street} ipv {street}. kunnen jullie het daar ophalen? bewoners doen niet open. {phone}",
    "Mijn nieuwe simkaart van {shop} is bij de buren beland en de envelop was open 😡 Daar stonden pincode {pin} en PUK {puk} in. Moet ik de sim laten blokkeren? klantnummer {custno}",
    "Wij zijn een webshop en koppelen via jullie API. Sinds vanochtend krijgen we {err} bij het aanmaken van labels.\nAPI key: {apikey}\nrequest id {reqid}\nzakelijk klantnr {custno}",
    "06 nummer van de bezorger graag, hij staat voor de verkeerde flat. Of laat hem mij bellen: {phone}. Wij zitten op {addr}",
    "Ik heb {amt} betaald voor bezorging op {date} tussen {time} en {time}. Niemand geweest. Bestelling {order}, klantnr {custno}. Ik wil mijn bezorgkosten terug op {iban}",
]

PUBLIC = [
    "{mention} al 3 dagen 'vandaag bezorgd' en niks. {trk} {hashtag}",
    "{mention} jullie chauffeur heeft mijn pakket bij {street} gelegd, da's 4 huizen verder. Bedankt hoor 🙃 {hashtag}",
    "{mention} kan iemand me bellen? {phone}. Pakket {trk} kwijt en jullie chat geeft alleen {err}",
    "{smention} bestelling {order} is nooit aangekomen, retour aangevraagd op {date}, nog steeds geen geld terug. {hashtag} {hashtag}",
    "Bij mij ook! Pakket zou tussen {time} en {time} komen, niemand geweest. Wij wonen op {addr}, misschien kan de bezorger het nog langsbrengen?",
    "{mention} ik heb al 4x gemaild met mijn klantnummer {custno} erbij, geen reactie. Doe er iets aan",
    "Waarschuwing: nep-sms van 'PostNL' over {amt} verzendkosten met link {furl} — niet klikken! Ik heb helaas wel mijn IBAN {iban} ingevuld 😩 {hashtag}",
    "{mention} waarom staat mijn pakket sinds {date} in het sorteercentrum? {trk}",
    "{mention} {smention} wie is er nou verantwoordelijk? Pakket kapot, {item} van {amt} in stukken. Mail me maar: {email}",
    "Haha herkenbaar. Mijn pakket lag gisteren bij {nb} op {street}, {qty} in de regen {hashtag}",
]

EMAIL_BODY = [
    "Op {date} heb ik bij {shop} een {item} besteld (bestelnummer {order}, factuur {inv}). Volgens de track & trace ({trk}) is het pakket op {date} om {time} bezorgd bij de buren, maar op het afleverbewijs staat een adres dat niet bestaat: {addr}.\n\nMijn eigen adres is {addr}. Ik heb bij beide buren aangebeld, niemand heeft iets ontvangen. Ik wil graag dat jullie een onderzoek starten, of anders het aankoopbedrag van {amt} terugstorten op {iban} ten name van {name}.\n\nU kunt mij bereiken op {phone}.",
    "Ik heb op {date} {qty} retour gestuurd via een PostNL-punt (verzendbewijs {trk}). Inmiddels is het {date} en ik heb nog geen terugbetaling ontvangen. Mijn klantnummer is {custno}.\n\nGraag het bedrag ({amt}) terugstorten op rekeningnummer {iban}. De oorspronkelijke betaling ging via creditcard eindigend op {masked}, maar die kaart is inmiddels verlopen.",
    "Ik ontving een brief over invoerrechten voor zending {trk} ({amt} + {amt} inklaringskosten). Jullie vragen om mijn BSN ({bsn}) en een kopie van de factuur. De factuur zit in de bijlage ({inv}). Mijn geboortedatum is {dob}, voor het geval jullie dat ook nodig hebben.\n\nHet pakket komt uit de VS, vluchtnummer volgens de tracking: {flight}.",
    "Er is iemand in mijn account gekomen die het bezorgadres van mijn pakketten heeft veranderd naar {addr}. Dat heb ik niet gedaan!\n\nMijn inloggegevens waren: e-mail {email}, wachtwoord {pw}. Ik heb het wachtwoord inmiddels gewijzigd in {pw}.\n\nIn het overzicht zie ik een inlog vanaf IP-adres {ip} op {date} om {time}. Klantnummer: {custno}.",
    "Sinds {date} ligt mijn pakket ({trk}) in de pakketautomaat in {city}. De ophaalcode die ik per sms kreeg ({code}) wordt niet geaccepteerd, het scherm geeft {err}. Ook de nieuwe code {code} werkt niet. Ik heb de klantenservice al gebeld ({cphone}), maar daar kon men niets doen.\n\nKunnen jullie het pakket gewoon bij mij thuis bezorgen? {addr}. Telefoon: {phone}.",
    "Wij versturen dagelijks ca. {qty} via jullie. Sinds de update van jullie API naar {ver} krijgen wij bij het aanmaken van verzendlabels de foutmelding {err}. Request-ID: {reqid}.\n\nOnze API-key is {apikey} en het zakelijke klantnummer {custno}. Het endpoint draait bij ons op poort {port}. Kunnen jullie kijken wat er mis is?",
    "Ik ben overdag niet thuis. De bezorger mag het pakket in de schuur zetten; de code van het hangslot is {pin}. Zending {trk}, adres {addr}.\n\nLukt het niet, bel dan mijn buurman {nb} ({phone}), hij woont op {street} en neemt het graag aan.",
    "Het pakket met ordernummer {order} kwam beschadigd aan: de doos was open en de {item} ({model}, {sku}) ontbreekt. De bezorger heeft om {time} toch 'bezorgd' gemeld.\n\nIk heb foto's gemaakt. Graag een vervangend product of het volledige bedrag van {amt} terug op {iban}.",
    "Door een typfout in mijn bestelling staat het adres als {addr}, maar het moet zijn {addr}. Kunnen jullie de zending ({trk}) omleiden? Telefoonnummer voor de chauffeur: {phone}.\n\nAlvast bedankt, ik heb het echt nodig voor {date}.",
    "Mijn nieuwe bankpas is per post verstuurd, maar de brief met de pincode is open bij mij bezorgd door een buurman. Er stond pincode {pin} in, pasnummer {card} (geldig t/m {exp}).\n\nMoet ik dit bij jullie melden of bij de bank? Mijn geboortedatum {dob} en klantnummer {custno} voor de verificatie.",
    "Mijn bestelling {order} ({qty}) is volgens jullie afgeleverd bij servicepunt {city}, maar daar weten ze van niets. De medewerker vroeg om de afhaalcode: {code}. Die heb ik laten zien, maar het pakket is er niet.\n\nWilt u mij terugbellen op {phone}? Ik ben bereikbaar na {time}.",
]

AGENT = [
    "Hoi {fname}, vervelend dat je pakket nog niet binnen is! Ik heb een onderzoek gestart onder nummer {case}. Het adres {addr:a} heb ik bij de vervoerder gecontroleerd. Binnen 3 werkdagen hoor je meer. ^{ag}",
    "Dank voor je bericht. Je ophaalcode is verlopen; ik heb een nieuwe aangevraagd, die ontvang je per sms op {phone}. Zaaknummer: {case}. Groet, {agent}",
    "Hi {fname}, ik zie dat zending {trk} op {date} bij je buren op {street} is afgegeven. Lukt het om daar even te vragen? Kom je er niet uit, bel ons dan op {cphone}. Groet, {agent} | {carrier}",
    "Beste {name}, de terugbetaling van {amt} wordt binnen 5 werkdagen overgemaakt naar rekening {iban}. Referentie: {case}. Vriendelijke groet, {agent}, Klantenservice {shop}",
    "Let op: deel nooit je wachtwoord of inlogcode via social media! Ik zie dat je code {otp} in een openbaar bericht staat. Verwijder dat bericht en wijzig je wachtwoord via {url}. ^{ag}",
    "Hoi! Stuur je ons een DM met je postcode + huisnummer en het trackingnummer? Dan zoek ik het voor je uit. Deel geen persoonlijke gegevens in een openbare reactie. ^{ag}",
    "Goedemorgen {fname}, ik heb het telefoonnummer {phone:a} aan zending {trk} gekoppeld, zodat de bezorger je kan bellen. Klopt {phone:a}? Zo niet, laat het even weten. Groet, {agent}",
    "Hallo {fname}, douanekosten ({amt}) betaal je alleen via {url}. Wij vragen nooit om je BSN of creditcard via WhatsApp, dit bericht is phishing. Op klantnummer {custno} staan geen openstaande kosten. Groetjes, {agent}",
    "Beste {name}, je klacht is geregistreerd onder {case} en de claim voor de beschadigde {item} (order {order}) is goedgekeurd. Het bedrag van {amt} staat op {date} op je rekening eindigend op {masked}.\n\nMet vriendelijke groet,\n{agent}\n{carrier} Klantenservice | {cphone} | {kvk}",
    "Hoi {fname}, ik heb de bezorger gevraagd het pakket opnieuw aan te bieden op {pchn:a}. De deurcode {pin:a} heb ik in de bezorginstructie gezet. Klopt {pchn:a}? Ticket {case} ^{ag}",
]

GREET = ["Beste klantenservice,", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste {carrier},", "Hoi team,", "Goedemorgen,", "L.S.,"]
CLOSE = ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Alvast bedankt,", "Groet,", "Vriendelijke groeten,"]
SIG = [
    "{name}\n{addr}\nTel: {phone}",
    "{name}\n{phone}",
    "{fname}\n\nVerstuurd vanaf mijn iPhone",
    "{name} | {email} | {phone}",
    "{name}\nKlantnr. {custno}\nMob. {phone}",
    "{fname} {lname}\nT {phone}\nE {email}",
    "--\n{name}\n{addr2}",
    "{name}\n\nVerzonden vanuit Mail voor Windows",
]
SUBJ = ["Onderwerp: Pakket niet ontvangen {trk}", "Onderwerp: Retour {order}", "Onderwerp: klacht bezorging", "Onderwerp: Re: uw zending", "Onderwerp: Terugbetaling bestelling {order}", "Onderwerp: Fwd: douanekosten"]
QUOTE = [
    ("Op {date} om {time} schreef {carrier} Klantenservice:", "gt", "Beste klant,\n\nBedankt voor je bericht. We hebben je vraag geregistreerd onder zaaknummer {case}. Heb je nog vragen? Bel ons op {cphone}.\n\nMet vriendelijke groet,\n{agent}\n{carrier}"),
    ("Van: {shop} Klantenservice\nVerzonden: {date} {time}\nAan: {name}\nOnderwerp: Re: Bestelling {order}", "plain", "Hallo {fname},\n\nWe hebben je retour ontvangen. Het bedrag van {amt} storten we terug naar {iban:q}. Dit kan tot 14 dagen duren.\n\nGroet,\nTeam {shop}\n{kvk}"),
    ("---------- Doorgestuurd bericht ---------\nVan: {carrier}\nDatum: {date}\nOnderwerp: Je pakket komt eraan", "plain", "Je pakket {trk} wordt morgen bezorgd tussen {time} en {time}. Niet thuis? Wijzig je bezorgmoment via {url}."),
    ("Op {date} schreef {name}:", "gt", "Mijn pakket is niet aangekomen. Mijn adres is {addr:q}, telefoon {phone:q}."),
]
DISCL = [
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
    "Aan dit bericht kunnen geen rechten worden ontleend. {kvk}",
    "Denk aan het milieu voordat u deze e-mail print.",
]

# ---- second batch (balances high-risk types over both halves)
CHAT += [
    "Ik heb een API-koppeling met jullie voor mijn webshop, is het token verlopen? Header: Authorization: Bearer {token} geeft {err}. Klantnr {custno}",
    "Mijn sms met inlogcode: {otp}. Klopt het dat ik die hier moet sturen? Anders kan ik mijn retour niet aanmelden. mail {email}",
    "Monteur van de slimme pakketbox vraagt of ik het wifi-wachtwoord hier deel: netwerk {ssid}, sleutel {wifi}. Is dat veilig??",
    "Zijn jullie mijn betaling kwijt? Douanekosten betaald met {card} ({exp}, cvc {cvv}) en het staat nog steeds open. Zending {trk}",
    "Kunnen jullie mijn adres aanpassen? Geboortedatum {dob} ter verificatie, klantnr {custno}, nieuw adres {addr}",
    "Simkaart + brief met puk {puk} bij de verkeerde buren bezorgd ({street}). Kan ik een nieuwe krijgen? mijn 06 blijft {phone}",
    "Nieuw wachtwoord werkt niet: {pw}\nInlognaam {user}\nWil alleen mijn retourlabel downloaden voor {order}",
    "Inbraak op mijn account? Login vanaf {ip} om {time}, toen lag ik te slapen. Pakket {trk} is ineens omgeleid naar {addr}",
    "Moet ik echt mijn BSN ({bsn}) doorgeven voor een pakketje van {amt} uit de VS? Inklaring {trk}",
    "Token van jullie tracking-webhook is gelekt in onze logs: {token}. Kunnen jullie die intrekken? Zakelijk account {custno}",
]
PUBLIC += [
    "{mention} 2 dagen geleden {cphone} gebeld, beloofd terug te bellen op {phone}. Niks gehoord. {trk}",
    "{mention} help, ik heb op een phishinglink geklikt ({furl}) en mijn kaart {card} ingevuld. Wat nu?? {hashtag}",
    "{smention} retour {order} staat sinds {date} op 'ontvangen' maar geen {amt} terug. mail: {email}",
    "Ik snap het niet {mention}, pakket ligt bij {nb} op {addr} en die is nooit thuis {hashtag}",
]
EMAIL_BODY += [
    "Voor de levering van mijn wijnpakket moet ik 18+ zijn. De bezorger kon mijn ID niet controleren. Mijn geboortedatum is {dob}, klantnummer {custno}.\n\nGraag opnieuw aanbieden op {pchn} na {time}. Mijn mobiel: {phone}.",
    "Onze koppeling met het verzendplatform gaf vanochtend {err}. Bij controle bleek dat onze oude API-sleutel ({apikey}) nog actief is, ook al hebben we een nieuwe aangemaakt. Het access token in de logs ({token}) verloopt pas op {date}.\n\nKunnen jullie beide intrekken? Klantnummer {custno}, IP van onze server {ip}.",
    "Ik probeer in te loggen om een retour aan te melden.\n\nGebruikersnaam: {user}\nWachtwoord: {pw}\n\nIk krijg steeds 'onjuiste gegevens' ({err}). Kunnen jullie mijn account ontgrendelen? Het e-mailadres op het account is {email}.",
    "Mijn gebruikersnaam is {user} en ik heb het wachtwoord {pw} ingesteld, maar de app vraagt telkens om een verificatiecode. De code {otp} die per sms kwam werkt niet.\n\nTelefoon: {phone}. Ik heb een pakket ({trk}) dat ik moet omleiden.",
    "Ik heb via de app het wifi-netwerk van mijn slimme brievenbus ingesteld (netwerk {ssid}, wachtwoord {wifi}). Sindsdien meldt de box {err} en kan de bezorger hem niet openen. Serienummer {model}. Order {order}.",
    "Mijn simkaart van {shop} is bij de verkeerde buren bezorgd, op {street}. Zij hebben de brief opengemaakt; de PUK {puk} en pincode {pin} stonden erop. Klantnummer {custno}.\n\nGraag een nieuwe simkaart naar {addr}.",
    "Voor de douane van zending {trk} moest ik betalen via een link. Achteraf bleek het nep: ik heb mijn kaart {card}, vervaldatum {exp} en CVC {cvv} ingevuld, plus mijn BSN {bsn}.\n\nWat moet ik nu doen? Moet ik aangifte doen?",
    "Ik kreeg een sms van '{carrier}' met een link ({furl}). Daar heb ik mijn kaartnummer {card} ({exp}, code {cvv}) en mijn geboortedatum {dob} ingevuld. Ik heb de bank al gebeld.\n\nKunnen jullie nagaan of mijn pakket {trk} echt douanekosten heeft?",
]
AGENT += [
    "Hoi {fname}, ik heb de terugbetaling naar {iban} klaargezet. Om je account te beveiligen hebben we het wachtwoord gereset; je oude wachtwoord {pw} werkt niet meer. Ticket {case}. ^{ag}",
    "Hi {fname}, je nieuwe ophaalcode voor de automaat is {code}. Deze is 48 uur geldig. We sturen hem ook naar {email}. Zaak {case}, groet {agent}",
    "Beste {name}, uw geboortedatum {dob} en klantnummer {custno:a} zijn geverifieerd. Het pakket wordt {date} bezorgd op {addr}. Klantnummer {custno:a} is bijgewerkt. Met vriendelijke groet, {agent}",
    "Hoi {fname}, bedankt! Ik zie in je bericht je volledige kaartnummer {card} staan. Verwijder dat bericht alsjeblieft, dat hebben wij nooit nodig. Je douanekosten ({amt}) zijn al voldaan. ^{ag}",
]
SIG += ["{name}\n{email}", "{fname}\nKlantnummer: {custno}"]
QUOTE += [
    ("Op {date} schreef {name} <{email}>:", "gt", "Hoi, ik heb mijn retour ({order}) verstuurd, graag het geld naar {iban}."),
    ("-----Oorspronkelijk bericht-----\nVan: {name}\nVerzonden: {date}", "plain", "Mijn pakket {trk} ligt bij de buren op {street}. Mijn nummer is {phone}."),
]
