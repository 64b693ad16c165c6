"""Dutch (NL) and Flemish (nl-be) templates.  (domain, text).  Slots in {braces}, see generate_blind.SLOTS."""

BODY_NL = [
    ('general', 'Simkaart geblokkeerd. PUK-code volgens het kaartje: {puk}, maar na invoeren zegt hij "PUK onjuist". 06: {phone}'),
    ('photo', 'Onze webshop koppelt met jullie printservice, API-sleutel: {apikey}. Sinds versie {version} krijgen we {err}.'),
    ('gym', 'Mijn developer-vriend zegt dat de PT-app een access token {token} in de url zet?? Is dat veilig? Request {reqid}'),
    ('photo', 'Betaald voor de fotokalender met mastercard {card}, exp. {exp}, beveiligingscode {cvv}. Bedrag {amount} is 2x afgeschreven.'),
    ("pharmacy", "Hoi, ik zit momenteel in {country} voor mijn werk en mijn medicatie raakt op. Kunnen jullie {qty} opsturen naar mijn adres hier: {addrx}? Mijn BSN is {bsn} en geboortedatum {dob}."),
    ("pharmacy", "Goedemiddag, herhaalrecept klaargezet via de app maar inloggen lukt niet.\nGebruikersnaam: {user}\nWachtwoord: {pw}\nIk krijg steeds {err}. Klantnr {cust}"),
    ("pharmacy", "kan iemand mij bellen op {phone}?? mijn moeder (geb. {dob}) heeft de verkeerde medicijnen meegekregen, {qty} ipv wat de huisarts had voorgeschreven. haar bsn {bsn}"),
    ("pharmacy", "De sms-code {otp} die ik kreeg om in te loggen bij de online apotheek werkt niet. Al 3 keer geprobeerd, laatst om {time}."),
    ("pharmacy", "Wij wonen sinds {year} in {country} ({addrx}) en bestellen elke maand bij jullie. Betaling via iDEAL gaat mis, dus dan maar met creditcard: {card}, geldig t/m {exp}, cvc {cvv}. Totaal {amount}."),
    ("pharmacy", "Bezorger heeft mijn pakketje met medicijnen bij de buren afgegeven, maar die wonen op {addr} en zijn op vakantie. Track & trace {tracking}. Bel me aub: {phone}"),
    ("pharmacy", "Ik vlieg op {date} met {flight} naar {country} en heb mijn medicijnpaspoort in het Engels nodig. Gegevens: geboren {dob}, BSN {bsn}, patiëntnummer {cust}."),
    ("pharmacy", "Hallo apotheek, de pincode voor de afhaalkluis bij jullie vestiging is {pin} zei de sms, maar het vakje gaat niet open. Bestelnummer {order}."),
    ("pharmacy", "Mijn nieuwe telefoonnummer voor het medicatie-overzicht is {phone} (oud: {masked}). Mail mag ook naar {email}."),
    ("pharmacy", "Kunnen jullie {product} ook naar het buitenland sturen? Ik verblijf tot {date} op {addrx}, telefonisch bereikbaar via {phonex}."),
    ("funeral", "Wij hebben een uitvaartverzekering bij jullie lopen, polisnummer {polis}. Mijn vader is op {date} overleden. Zijn BSN was {bsn}, geboren {dob}. De uitkering graag op {iban} t.n.v. {name}."),
    ("funeral", "Waarom is de premie van mijn uitvaartpolis ({polis}) met {pct} omhoog gegaan?? Ik woon op {addr}, bel me maar op {phone} na {time}"),
    ("funeral", "Graag de condoleancekaarten laten bezorgen op {addr}. De factuur {invoice} van {amount} betalen we vanaf {iban}. Groet, familie {name}"),
    ("funeral", "Mijn moeder ({name}, geboortedatum {dob}) is vanochtend om {time} overleden in het verpleeghuis. Er loopt een uitvaartverzekering, nummer {polis}. Wie kan ik bellen? Ik ben {phone}"),
    ("lifeins", "Goedendag, ik wil mijn overlijdensrisicoverzekering opzeggen. Contractnummer {cust}.\nNaam: {name}\nAdres: {addr}\nGeb.datum: {dob}\nTel: {phone}\nE-mail: {email}"),
    ("lifeins", "Inloggen in Mijn Omgeving lukt niet meer. Mijn inlognaam is {user} en ik heb net een nieuw wachtwoord aangemaakt ({pw}) maar krijg {err}."),
    ("lifeins", "Mijn e-mailadres is gewijzigd naar {email}, het oude ({email.2}) bestaat niet meer. Polisnr {polis}. Kunnen jullie dat aanpassen?"),
    ("lifeins", "Begunstigde wijzigen op mijn levensverzekering {polis}: nieuwe begunstigde is mijn partner, BSN {bsn}, geboren op {dob}. Stuur het formulier naar {addr}"),
    ("photo", "Mijn fotoboek (bestelling {order}) is nog steeds niet binnen, track en trace {tracking} staat al 5 dagen op 'in sortering'. Bezorgadres: {addr}."),
    ("photo", "Hallo, de afdrukken 13x18 zijn helemaal wazig. Ik heb {qty} besteld voor {amount}, factuurnummer {invoice}. Kunnen jullie het terugstorten op {iban}?"),
    ("photo", "Voor de API-koppeling van onze fotostudio gebruiken we key {apikey} maar sinds vanochtend krijgen we {err} terug (request id {reqid}). Plugin versie {version}."),
    ("photo", "De {model} in jullie winkel gaf foutcode {err} en nu is mijn usb-stick kwijt?! Mail me aub op {email} of bel {phone}."),
    ("photo", "Bestand geüpload maar de controle faalt: sha256 {checksum}. Is dat mijn bestand of jullie server? Bestelling {order}"),
    ("photo", "Via de webshop een canvas besteld (art. {product}). Adres moet zijn {addr} en niet het oude adres. Klantnummer {cust}."),
    ("gym", "Mijn pasje werkt niet meer bij de poort, lidnummer {member}. En de code van mijn kluisje ben ik ook vergeten, was het {pin}?"),
    ("gym", "Graag mijn lidmaatschap pauzeren vanaf {date} i.v.m. blessure. Lidnr. {member}. Er wordt afgeschreven van {iban}. Nieuw 06-nummer: {phone}"),
    ("gym", "Hey! Ik wil graag {qty} PT-sessies boeken bij {fname}. Ben bereikbaar op {phone} of {email}. Betalen kan met m'n creditcard {card} toch?"),
    ("gym", "Het wifi-netwerk {ssid} in de sportschool vraagt om een sleutel. De receptie gaf {wifi} maar dat werkt niet op mijn {model}."),
    ("gym", "Jullie hebben 2x {amount} afgeschreven van rekening {iban} ({date} en {date.2}), lidnummer {member}. Mijn klacht heeft nummer {ticket}."),
    ("gym", "Login voor de sportschool-app:\nuser {user}\npw {pw}\nApp geeft {err} na update naar {version}."),
    ("hair", "Hoi, kan mijn afspraak van {date} om {time} verzet worden naar later in de week? Naam {name}, tel {phone}."),
    ("hair", "Jullie boekingsapp stuurt een verificatiecode ({otp}) maar die is al verlopen voordat ik hem kan invullen. Ik zit op versie {version}."),
    ("hair", "Cadeaubon {product} van {amount} werkt niet in de webshop. Mijn account is {email}, wachtwoord {pw}, kijk zelf maar."),
    ("hair", "Via Insta geboekt maar de bevestiging ging naar een verkeerd nummer. Moet {phone} zijn, niet {masked}!"),
    ("hair", "Behandeling bij de schoonheidsspecialiste betaald met {card} (vervalt {exp}) maar het bedrag {amount} staat er twee keer af."),
    ("moving", "Verhuizing staat op {date}: van {addr} naar {addr.2}. Sleutelkluisje bij de voordeur heeft code {pin}. Contactpersoon is {fname}, {phone}."),
    ("moving", "Offerte {invoice} ontvangen, {amount} incl. {pct} btw. De aanbetaling doe ik vanaf {iban}. Mijn klantnummer is {cust}."),
    ("moving", "De verhuizers hebben de meterstanden genoteerd: stroom {meter}, gas {meter.2}. EAN-code aansluiting {ean}. Nieuw adres {addr}."),
    ("moving", "Alarmcode van het nieuwe huis is {pin} en de poort gaat open met {pin.2}. Kunnen de verhuizers er om {time} zijn?"),
    ("moving", "Na de verhuizing internet opnieuw aangesloten. Router-admin wachtwoord {pw}, wifi sleutel {wifi} (netwerk {ssid}). Het IP {ip} reageert niet op poort {port}."),
    ("moving", "We verhuizen naar {country}! Nieuw adres: {addrx}. Nieuw nummer {phonex}. Klantnummer {cust}, graag alles overzetten."),
    ("general", "Telefoon geblokkeerd na 3x verkeerde pincode. Ik heb PUK {puk} geprobeerd maar die klopt niet? Nummer {phone}, klantnummer {cust}"),
    ("general", "Mijn pinpas is gestolen!! Kaartnummer {card}, pincode was {pin}. Aub blokkeren"),
    ("general", "Onze developer zegt dat het bearer token {token} verlopen is na de update naar {version}. Foutcode {err}."),
    ("photo", "Shit, per ongeluk onze AWS access key {awsid} met secret {awssecret} in het ticket {ticket} geplakt. Kunnen jullie dat verwijderen?"),
    ("general", "de code die ik door de telefoon kreeg was {otpw}, maar het systeem accepteert hem niet"),
    ("pharmacy", "SMS van {brand}: \"Uw verificatiecode is {otp}. Deel deze code met niemand.\" Maar ik heb helemaal niet geprobeerd in te loggen?!"),
    ("lifeins", "Voor de aanvraag van de levensverzekering:\n- BSN: {bsn}\n- geboortedatum: {dob}\n- adres: {addr}\n- IBAN: {iban}\n- telefoon {phone}"),
]

BODY_BE = [
    ("pharmacy", "Goeiendag, ik heb via jullie webshop medicatie besteld maar ik woon nu in {country} ({addrx}). Mijn rijksregisternummer is {rrn}. Kunnen jullie da opsturen?"),
    ("general", "Mijn gsm-nummer is veranderd, het is nu {phone}. Klantennummer {cust}. Alvast merci!"),
    ("funeral", "Allee, al drie keer gebeld naar {cphone} en niemand neemt op. Uitvaartverzekering polis {polis}, rijksregisternr van mijn vader is {rrn}."),
    ("photo", "Ge hebt mij {amount} te veel aangerekend voor de fotoafdrukken. Gelieve terug te storten op {iban}. Factuur {invoice}."),
    ("gym", "Ik wil mijn fitnessabonnement stopzetten. Lidkaart {member}, domiciliëring op {iban}. Adres: {addr}"),
    ("hair", "Ik had een afspraak om {time} bij de kapper maar stond voor een gesloten deur. Bel mij terug op {phone} aub."),
    ("moving", "Voor de verhuisfirma: de lift moet gereserveerd worden, code van de parkinggarage is {pin}. Verhuisdatum {date}, adres {addr}."),
    ("general", "Mijn bankkaart {card} vervalt {exp}, kan ik die nog gebruiken voor de betaling? Cvc is {cvv}."),
    ("pharmacy", "Terugbetaling mutualiteit: mijn lidnummer ziekenfonds is {cust} en rijksregister {rrn}. Kunnen jullie dat doorgeven aan de apotheker?"),
    ("lifeins", "Wachtwoord vergeten van mijn klantenzone. Ik kreeg een code {otp} per mail op {email} maar die werkt niet."),
    ("lifeins", "Mijn groepsverzekering: contractnummer {polis}, geboren {dob}, wonende te {addr}. Ik wil graag mijn reserve kennen."),
    ("moving", "Den 2de verhuiswagen is niet gekomen! Wij staan hier met {qty} op straat aan {addr}. Bel {phone} AUB"),
    ("photo", "Mijne login voor de fotowebsite is {user} en paswoord {pw}, ik krijg gewoon niks te zien van mijn albums."),
    ("gym", "Da's nu al de derde keer dat de badge niet werkt. Lidnummer {member}, gsm {phone}. Zaaknummer was {ticket}."),
    ("hair", "Schoonheidssalon: kan ik mijn cadeaubon {product} gebruiken? Ik betaal de rest met Bancontact, kaart {card}."),
    ("pharmacy", "Ik zit in {country} en mijn dochter ({dob}) heeft haar medicatie nodig. Rijksregisternummer {rrn}, bereikbaar op {phonex}."),
    ("general", "Wifi-code van de modem na verhuis: {wifi}, netwerk {ssid}. De PIN van mijn simkaart is {pin}, is dat normaal dat die gevraagd wordt?"),
    ("funeral", "Voor het dossier van de begrafenis: overleden op {date}, rijksregisternummer {rrn}, laatste adres {addr}. Rekening voor terugbetaling {iban}."),
]

AGENT_NL = [
    ("pharmacy", "Hoi {fname}, vervelend dat je bestelling {order} nog niet binnen is! Ik zie dat hij op {date} is verzonden met {tracking}. Groetjes, {agent}"),
    ("general", "Hi {fname}, deel je wachtwoord of pincode nooit openbaar. Stuur ons een DM met je klantnummer, dan kijken we met je mee! {agenti}"),
    ("funeral", "Beste {name}, we hebben het rekeningnummer {iban} gekoppeld aan polis {polis}. De uitkering volgt binnen 5 werkdagen. Vragen? Bel gerust {cphone}."),
    ("moving", "Dank je! Ik heb je nieuwe adres {addr} genoteerd bij klantnummer {cust}. Je zaaknummer is {ticket}. {agenti}"),
    ("general", "Hoi! De kaart eindigend op {masked} is nu geblokkeerd. Een nieuwe pas volgt binnen 3 werkdagen. ^{agent}"),
    ("lifeins", "Even ter controle: klopt het dat je geboortedatum {dob} is en je telefoonnummer {phone}? Dan pas ik het aan."),
    ("pharmacy", "Hoi {macro_first}, je verificatiecode is {macro_code}. Deze is {qty} geldig. Groet, team {brand}"),
    ("gym", "Hi {fname}, je lidmaatschap {member} is gepauzeerd vanaf {date}. Het bedrag van {amount} storten we terug op {masked}. Sportieve groet, {agent}"),
    ("photo", "Hallo, bedankt voor je geduld. Je nieuwe fotoboek (order {order}) gaat vandaag mee met PostNL, check {url} voor de status. {agenti}"),
    ("hair", "Hoi! Je afspraak is verzet naar {date} om {time}. We sturen een bevestiging naar {email}. Tot dan! {agent}"),
    ("moving", "Beste {name}, bedankt voor de code {pin} van het sleutelkluisje. De verhuizers zijn er op {date} vanaf {time}. Met vriendelijke groet, {agent}, Planning {brand}, {cphone}"),
    ("pharmacy", "Dag {fname}, ik heb je BSN {bsn} gecontroleerd en je medicatie wordt naar {addrx} gestuurd. Let op: verzending buiten NL kost {amount}."),
    ("general", "Hoi {fname}! Ik heb je een wachtwoord-reset gestuurd. Je tijdelijke wachtwoord is {pw}, wijzig dit direct na het inloggen. {agenti}"),
    ("photo", "Het probleem met API key {apikey} ligt bij ons, excuses! Fix staat in release {version}. Ticket {ticket}."),
    ("lifeins", "Goedemiddag, wij hebben uw verzoek ontvangen onder nummer {ticket}. Meer info: {url} of {cphone} (werkdagen {time}-{time.2})."),
    ("gym", "Hey! Klopt, het wifi-wachtwoord in de club is veranderd, het is nu {wifi}. Veel trainplezier! {agenti}"),
]

# email furniture -----------------------------------------------------------
GREET_NL = ["Beste,", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,", "Beste klantenservice,", "Hoi {brand},", "Goedendag,", "L.S.,",
            "Dag {agent},", "Beste mensen van {brand},"]
GREET_BE = ["Goeiedag,", "Beste,", "Dag meneer/mevrouw,", "Hallo daar,", "Goeiemorgen,", "Geachte,"]
CLOSE_NL = ["Met vriendelijke groet,", "Mvg,", "Groet,", "Alvast bedankt!", "Groetjes,", "Met vriendelijke groeten,", "Bvd,", "Dank en groet,"]
CLOSE_BE = ["Met vriendelijke groeten,", "Alvast bedankt,", "Mvg", "Groetjes en merci,", "Vriendelijke groet,", "Dank u,"]
SIG_NL = [
    "{name}",
    "{name}\n{addr}\nT: {phone}",
    "{fname}\n\nVerstuurd vanaf mijn iPhone",
    "{name}\nMob. {phone}\n{email}",
    "{name} | {phone}",
    "{fname} {name}\n--\nVerzonden met Outlook voor Android",
    "{name}\nAdres: {addr}\nTelefoon: {phone}\nKlantnummer: {cust}",
    "groet {fname}\n06 kwijt, bel aub {phone}",
]
SIG_BE = [
    "{name}\n{addr}\nGSM {phone}",
    "{name}\ntel. {phone}",
    "{fname}\n\nVerzonden vanaf mijn Samsung Galaxy smartphone.",
    "{name}\n{email} - {phone}",
]
QUOTE_HDR_NL = ["Op {date} om {time} schreef {brand} Klantenservice:", "Op {date}, om {time} heeft {agent} van {brand} het volgende geschreven:",
                "-----Oorspronkelijk bericht-----\nVan: {brand} Klantenservice\nVerzonden: {date} {time}\nOnderwerp: Re: uw vraag {ticket}",
                "Op {date} {time} schreef {name} <{email}>:"]
QUOTE_HDR_BE = ["Op {date} om {time} schreef {brand}:", "-------- Oorspronkelijk bericht --------\nVan: {brand} klantendienst\nDatum: {date}\nOnderwerp: Dossier {ticket}"]
FWD_NL = ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: Fwd: bestelling {order}\nAan: {brand}",
          "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nDatum: {date} om {time}\nOnderwerp: gegevens"]
DISC_NL = ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, verwijder het dan.",
           "{brand} B.V. | {kvk} | {url}",
           "Disclaimer: aan dit e-mailbericht kunnen geen rechten worden ontleend.",
           "Denk aan het milieu voordat u deze e-mail print."]
DISC_BE = ["Deze e-mail en eventuele bijlagen zijn vertrouwelijk. {brand} NV - {kvk}.", "Gelieve het milieu te respecteren: print deze mail niet."]
AGENT_SIG_NL = ["Met vriendelijke groet,\n\n{agent}\nKlantenservice {brand}\nT {cphone} | {url}\n{kvk}",
                "Groet,\n{agent} | Team {brand}\nBereikbaar op werkdagen via {cphone}",
                "Vriendelijke groet,\n{agent}\n{brand} Klantcontact"]
AGENT_SIG_BE = ["Met vriendelijke groeten,\n{agent}\nKlantendienst {brand}\n{cphone} - {kvk}",
                "Vriendelijke groeten,\n{agent} - {brand}\nBel ons gratis: {cphone}\n{url}"]
PUBLIC_OPEN_NL = ["{mention} ", "{mention} {mention.2} ", "Hee {mention}, ", "{mention}: ", "Beste {mention}, "]
PUBLIC_TAIL_NL = [" {hashtag}", " {hashtag} {hashtag.2}", " #nietnormaal", "", " ..."]
