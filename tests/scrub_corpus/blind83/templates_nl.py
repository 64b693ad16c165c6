"""Dutch (nl) templates. Groups are dealt alternately between halves."""

CHAT = [
    "Hoi, ik kom niet in Mijn Belastingdienst. DigiD gebruikersnaam {user} en wachtwoord {pw}, wat doe ik fout??",
    "Mijn BSN is {bsn}, geboren {dob}. Wanneer krijg ik mijn toeslag nou eindelijk?",
    "ov chip kaartnummer {ov} , er is {n_amount} afgeschreven voor een rit die ik niet gemaakt heb op {n_date}",
    "kunnen jullie het terugstorten op {iban} ? tnv {name}",
    "Heb de sms code {otp} gekregen maar de site zegt ongeldig (foutcode {n_err})",
    "adres voor de nieuwe groene container: {addr}. bel me gerust op {phone}",
    "parkeervergunning {permit} loopt af op {n_date}, kenteken {plate}. kan ik online verlengen? mail: {email}",
    "Ik heb de boete van het CJIB al betaald ({n_amount}) met betalingskenmerk {n_ticket} en krijg nu tóch een aanmaning",
    "aanslagnummer {aanslag} klopt niet!! ik heb al bezwaar gemaakt op {n_date}",
    "Paspoort aangevraagd op {n_date}, aanvraagnummer {n_order}. Oude paspoortnr was {passport}. Wanneer kan ik het ophalen?",
    "ww van mn NS account is {pw} en email {email}, help me ff inloggen want de app ({n_ver}) crasht steeds",
    "Sleutelkastje naast de container heeft code {pin}, dan kan de ophaaldienst de poort open maken",
    "klantnummer {client}\ntel {phone}\ngraag terugbellen na {n_time}",
    "Mijn WW-uitkering is niet gestort. Rekeningnr {iban}, burgerservicenummer {bsn}. Vorige maand kreeg ik ook al {n_pct} minder",
    "kreeg een sms met link naar {n_url} , is dat echt van jullie? ik heb mn creditcard {card} geldig tot {exp} en cvc {cvv} ingevuld 😭",
    "Reishistorie klopt niet. Kaart {ov}, ingecheckt om {n_time} op Utrecht Centraal en uitchecken vergeten. geboortedatum {dob} als dat nodig is",
    "Ik woon sinds {n_date} op {addr} maar de aanslag afvalstoffenheffing gaat nog naar mijn oude adres",
    "De api key die we van de gemeente kregen voor de open data koppeling ({apikey}) geeft een 401. Request-ID {n_req}",
    "Werktelefoon van het wijkteam zit op slot, PUK van het simkaartje is {puk} maar dat werkt niet?",
    "kun je de gegevens nog een keer sturen? inlognaam was {user} en het tijdelijke wachtwoord {pw}",
    "IP adres van ons kantoor is {ip}, kunnen jullie die whitelisten op poort {n_port}? dan kunnen we bij het zaaksysteem",
    "De verificatiecode die ik kreeg: {otpw}. Voorgelezen door de spraakcomputer want ik kan geen sms ontvangen",
    "06 nummer is veranderd naar {phone}, mijn oude was {phone#b}. Graag aanpassen in Mijn DUO",
    "Geboren op {dob}, relatienummer {client}. Hoeveel studieschuld heb ik nog? Het overzicht zegt {n_amount}",
    "mijn zoon zn studentenreisproduct is gestopt, ov-chip {ov}, hij heeft BSN {bsn}",
    "Bearer token voor de Haal Centraal test: {token}\nverloopt die na {n_qty}?",
    "Pincode van de bewonerspas voor de milieupas vergeten... was het {pin}? pasnummer {client}",
]

PUBLIC = [
    "{n_mention} al {n_qty} in de wacht bij {n_cphone} 😡 {n_tag}",
    "{n_mention} mijn toeslag is nog steeds niet binnen. BSN {bsn} , bel me op {phone} {n_tag}",
    "{n_mention} waarom is mijn ov-chipkaart {ov} geblokkeerd?? sta hier bij de poortjes {n_tag}",
    "{n_mention} afval wéér niet opgehaald op {addr}. Dit is de {n_qty} dit jaar {n_tag} {n_tag}",
    "{n_mention} hoe vraag ik een parkeervergunning aan als bezoeker? Kom niet verder dan {n_url}",
    "Zo, aangifte {n_year} ingediend. Krijg {n_amount} terug 🎉 {n_tag}",
    "{n_mention} mail me aub de bevestiging op {email} , zaaknummer {n_ticket}. Wacht al sinds {n_date}",
    "{n_mention} {n_mention} storing bij DigiD? Krijg foutcode {n_err} sinds {n_time}",
    "@{first}{n_year} haha ik ook, {n_mention} heeft mijn pas ook 2x laten afschrijven {n_tag}",
    "{n_mention} parkeerautomaat in de {city} accepteert geen pin meer en ik krijg een naheffing van {n_amount} 🙄",
    "Wie weet waarom {n_mention} nog steeds {n_pct} rente rekent? Betaalregeling {n_ticket} {n_tag}",
    "{n_mention} jullie medewerker zei bel {phone} voor een afspraak, maar dat is gewoon mijn eigen nummer?!",
]

AGENT = [
    "Hoi {first}, vervelend dat je toeslag er nog niet is. Wil je je BSN en geboortedatum in een DM sturen? Deel nooit je DigiD-wachtwoord. ^{ini}",
    "Dank je {first}. Ik zie dat kaart {ov} op {n_date} is geblokkeerd. Het saldo van {n_amount} zetten we over naar je nieuwe kaart. Groet, {agent}",
    "Hallo {first}, de terugbetaling van {n_amount} is aangevraagd naar {iban}. Dit duurt ongeveer {n_qty}. Zaaknummer: {n_ticket} ^{ini}",
    "Je kunt ons ook bellen op {n_cphone} (ma t/m vr {n_time}-{n_time}). Of kijk op {n_url}. Groetjes, {agent}",
    "Bedankt! Even checken: je telefoonnummer is {phone} en je adres {addr}? Dan plan ik de ophaalafspraak op {n_date}.",
    "Let op {first}: wij vragen nooit om je wachtwoord. Heb je {pw} ergens ingevuld? Wijzig het dan direct via {n_url}. ^{ini}",
    "Ik heb vergunning {permit} verlengd tot {n_date}. De kosten ({n_amount}) worden afgeschreven van {n_mask}. Fijne dag! {agent}",
    "Hoi {first}, je relatienummer is {client}. We hebben een brief gestuurd naar {addr}, die is er binnen {n_qty}. ^{ini}",
    "Dank voor je geduld. Je bezwaar tegen aanslag {aanslag} is op {n_date} ontvangen onder kenmerk {n_ticket}. Groet, {agent} | Belastingdienst",
    "We zien een betaling met de kaart eindigend op {n_mask}. Stuur je geen volledige kaartnummers meer in de chat? Ik heb je bericht met {card} verwijderd. ^{ini}",
]

EMAIL = [
    "Hierbij stuur ik u de gevraagde gegevens voor mijn bezwaar tegen aanslag {aanslag}.\n\nNaam: {name}\nBSN: {bsn}\nGeboortedatum: {dob}\nAdres: {addr}\nTelefoon: {phone}\nIBAN voor teruggave: {iban}\n\nIk heb op {n_date} al een brief gestuurd (uw kenmerk {n_ticket}) maar nooit antwoord ontvangen.",
    "Op {n_date} ben ik om {n_time} ingecheckt in Amersfoort, maar de poortjes bij het uitchecken deden het niet. Er is toen {n_amount} ingehouden op mijn OV-chipkaart met nummer {ov}.\n\nKunt u het bedrag terugstorten op {iban} t.n.v. {name}? Mijn geboortedatum ter verificatie: {dob}.",
    "Per {n_date} verhuis ik van {addr#a} naar {addr}. Kunt u mijn parkeervergunning ({permit}) omzetten naar het nieuwe adres? Het kenteken blijft {plate}.\n\nU kunt mij bereiken op {phone} of via {email}.",
    "Zoals afgesproken hierbij de inloggegevens voor de acceptatieomgeving van het zaaksysteem:\n\ngebruiker: {user}\nwachtwoord: {pw}\nAPI-sleutel: {apikey}\n\nDe server draait op {ip}, poort {n_port}, versie {n_ver}. SHA-256 van het installatiebestand: {n_sum}\n\nGraag na de test het wachtwoord wijzigen.",
    "Mijn paspoort (nummer {passport}) is op {n_date} verlopen en ik vlieg op {n_date} met {n_flight}. Ik kan pas op {n_date} om {n_time} terecht bij de balie. Is er een spoedprocedure? Mijn telefoonnummer is {phone}.",
    "Ik heb een beschikking ontvangen (CJIB-nummer {n_ticket}) voor kenteken {plate}, maar ik zat op dat moment in het vliegtuig ({n_flight}, {n_date}). Bijgevoegd mijn boardingpass. Mijn adres: {addr}. Mijn BSN: {bsn}.",
    "Namens mijn vader, {name} (geboren {dob}, BSN {bsn}), schrijf ik u over zijn AOW. Hij heeft klantnummer {client}. Sinds {n_date} wordt er {n_amount} te weinig uitbetaald op rekening {iban}.\n\nU kunt mij bereiken op {phone} of {email}.",
    "Ik heb de leges voor mijn rijbewijs betaald met mijn creditcard {card} (vervaldatum {exp}), maar het bedrag van {n_amount} is twee keer afgeschreven. Factuurnummer {n_invoice}, ordernummer {n_order}.",
    "Ik heb mijn wachtwoord van Mijn DUO gewijzigd naar {pw} maar daarna kreeg ik de code {otp} per sms en die werd niet geaccepteerd. Mijn relatienummer is {client}.\n\nKunt u mijn account ontgrendelen?",
    "Mijn afvalpas (pasnummer {client}) werkt niet meer bij de ondergrondse container op de hoek van onze straat. Ik woon op {addr}. De display geeft foutmelding {n_err}.",
    "In de bijlage mijn aangifte IB {n_year}. Ik kreeg bij het indienen een melding dat mijn IBAN ({iban}) niet overeenkomt met mijn BSN {bsn}. Het is wel degelijk mijn rekening. Verzonden via {n_url}.",
    "Beste medewerker,\n\nde meterstand van de watermeter in de gemeentewoning was op {n_date} {n_meter}. Het EAN-nummer van de aansluiting is {ean}. Kunt u dit doorgeven aan de woningcorporatie? Ik ben bereikbaar op {phone}.",
]

GREET = ["Beste meneer/mevrouw,", "Geachte heer, mevrouw,", "Hallo,", "Goedemiddag,", "Beste {org},", "Geachte medewerker van {org},", "Hoi,", "L.S.,"]
CLOSE = ["Met vriendelijke groet,", "Mvg,", "Groet,", "Alvast bedankt!", "Vriendelijke groeten,", "Hoogachtend,", "Groetjes,", "Bvd,"]
SIG = [
    "{name}\n{phone}",
    "{name}\n{addr}\nTel.: {phone}",
    "{first}\n\nVerstuurd vanaf mijn iPhone",
    "{name}\nM {phone}\nE {email}",
    "{name}",
    "{first} {last}\n{addr}",
    "{name}\nmob: {phone}\n\nVerzonden vanaf Outlook voor Android",
    "{name}\nFunctioneel beheer | {org}\nT {n_cphone}\n{n_url}",
]
QUOTE = ["Op {n_date} om {n_time} schreef {org}:", "Op {n_date} {n_time} schreef {agent} van {org}:", "-----Oorspronkelijk bericht-----\nVan: {org}\nVerzonden: {n_date} {n_time}\nOnderwerp: Uw vraag", "Van: {org}\nDatum: {n_date}\nOnderwerp: RE: {subject}"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {n_date} {n_time}\nOnderwerp: {subject}\nAan: {org}", "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nDatum: {n_date}\nOnderwerp: {subject}"]
DISCLAIMER = [
    "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan en informeer de afzender.",
    "De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. {org} aanvaardt geen aansprakelijkheid voor schade. {n_creg}",
    "Denk aan het milieu voordat u deze e-mail print.",
    "Aan dit bericht kunnen geen rechten worden ontleend. {n_creg}",
]
SUBJECT = ["Bezwaar aanslag", "Terugbetaling OV-chipkaart", "Parkeervergunning verhuizing", "Vraag over toeslag", "Inloggegevens testomgeving", "Spoedaanvraag paspoort", "Klacht afvalinzameling", "Uitkering niet ontvangen"]
TRANSCRIPT = ["[{n_time}] {first}: ", "{n_date} {n_time} - {first}: ", "{first}: ", "[{n_date}, {n_time}] {first}: "]
TRANSCRIPT_AGENT = ["[{n_time}] {org}: ", "{n_date} {n_time} - {org}: ", "{agent} ({org}): ", "[{n_date}, {n_time}] {agent}: "]
ECHO = ["Dank je, ik heb {echo} genoteerd. ^{ini}", "Even checken: bedoel je {echo}? Dan zoek ik het voor je op.", "Top, met {echo} kan ik je dossier vinden. Momentje.", "Klopt het dat het om {echo} gaat? ^{ini}"]
TECH = [
    "Voor de koppeling met MijnOverheid gebruiken we api key {apikey}, maar sinds versie {n_ver} krijgen we {n_err}. Bron-IP {ip}",
    "Client secret / api-sleutel van de parkeer-app: {apikey} (staat ook in de config op poort {n_port})",
    "Sessietoken uit de browser: {token} , misschien helpt dat bij het debuggen van mijn DigiD-sessie?",
    "Access token voor het afvalplatform is verlopen: {token}. Kunnen jullie een nieuwe genereren? Ons IP is {ip}",
    "Thuiswerkplek gemeente: wifi {ssid} met sleutel {wifi} werkt niet op de laptop van de balie",
    "Nieuwe WPA-sleutel voor het gastnetwerk in het stadskantoor: {wifi}",
    "Simkaart van de diensttelefoon geblokkeerd, PUK-code is {puk}, pincode was {pin}",
    "PUK {puk} ingevoerd, nu vraagt hij een nieuwe pin. Kies ik dan gewoon {pin}?",
    "betaald voor de paspoortaanvraag met kaart {card}, vervaldatum {exp}, CVC {cvv}. Nu staat het dubbel op mijn afschrift",
    "creditcard {card} exp {exp} cvv {cvv} — is die nog gekoppeld aan mijn NS-abonnement?",
]
