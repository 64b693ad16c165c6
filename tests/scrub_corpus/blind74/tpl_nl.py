"""Dutch (nl + nl-be) templates. Groups prefixed 'be_' are used for nl-be only, 'nlo_' for nl only.

Slot syntax: {type[:flavor][#memo]} labelled value, {n:kind[#memo]} hard negative, {f:pool} unlabelled filler.
"""

BODIES = {
    "login": [
        "Ik kom niet meer in de app van {f:org}. Gebruikersnaam {user} en wachtwoord {pw}, toch krijg ik foutcode {n:err}. Wat doe ik fout?",
        "hoi, kunnen jullie mijn account checken? inlognaam: {user}\nww: {pw}\nheb al 3x gereset",
        "Mijn moeder ({f:first}) kan niet inloggen op het patiëntenportaal. Haar login is {user}, wachtwoord was {pw} maar ze heeft het veranderd naar {pw} denk ik.",
        "Sorry voor de vage vraag maar welk wachtwoord moet ik gebruiken? Ik had {pw} en daarna {pw}. Account: {user}",
        "Na de update naar {n:ver} zegt de app 'onjuiste gegevens'. Ik log in met {user} / {pw}",
        "Mijn zoon heeft mijn wachtwoord voor de apotheek app veranderd in {pw}, gebruiker is {user}. kunnen jullie dat terugzetten?",
        "Inloggegevens voor de wachtkamer-app (voor het geval jullie het nodig hebben):\nlogin {user}\npass {pw}",
        "ik heb een nieuw ww aangemaakt ({pw}) maar hij pakt nog steeds het oude, {pw}. snap er niks van",
    ],
    "otp": [
        "Ik krijg een sms-code {otp} maar die wordt niet geaccepteerd in MijnZorg. Kan het zijn dat hij verlopen is? Kreeg hem om {n:time}.",
        "de verificatiecode die ik kreeg was {otp}, en daarna nog een: {otp}. welke moet ik invullen??",
        "Jullie medewerker vroeg om de code uit de mail, dat is {otp}. Klopt dat?",
        "Code voor het herhaalrecept portaal: {otp:words}. (ik heb hem voorgelezen gekregen door de telefoon)",
        "Bij het inloggen vraagt hij een 6-cijferige code. Uit mijn authenticator app: {otp}. Werkt niet.",
        "Uw code is {otp#a}. Deel deze code met niemand.\n^ dit kreeg ik, maar ik heb {otp#a} al 2x ingevoerd en nu zit ik op slot",
        "wat moet ik doen met die eenmalige code? {otp}",
        "SMS van {f:org}: 'Je bevestigingscode: {otp}'. Die heb ik niet zelf aangevraagd, is dit phishing?",
    ],
    "pin": [
        "De sleutelkluis bij de voordeur heeft code {pin:door}, dan kan de thuiszorg er in. Graag doorgeven aan de bezorger van de medicijnen.",
        "Mijn pincode van de pinpas is {pin}, ik heb hem 3 keer fout ingevoerd bij de apotheek automaat. Is hij nu geblokkeerd?",
        "Pincode van de medicijndispenser ({n:model}) is {pin}, maar hij geeft geen pillen meer af sinds {n:date}.",
        "De toegangscode van het poortje is {pin:door}, bel daarna aan bij nr 4.",
        "Ontgrendelcode van mijn telefoon is {pin}, mijn dochter helpt me met de app installeren.",
        "alarmcode {pin:door} - als de koerier het pakket in de garage wil zetten",
        "Voor de zekerheid: de code van het kluisje bij de afhaalautomaat die ik kreeg was {pin:6}, maar het vakje ging niet open.",
        "Mijn simkaart vraagt om de pincode, die is {pin}, maar dat werkt niet meer",
    ],
    "puk": [
        "Ik heb de pin van mijn simkaart 3x fout gedaan, PUK staat op het pasje: {puk}. Kan ik nu weer sms'jes van de apotheek krijgen?",
        "pukcode {puk} werkt niet, nu kan ik de DigiD sms niet ontvangen",
        "Hebben jullie mijn PUK? Ik heb hier een oude: {puk}, maar ik weet niet of dat de goeie is",
    ],
    "wifi": [
        "De monitor voor de thuismeting ({n:model}) maakt geen verbinding. Netwerk {f:ssid}, wachtwoord {wifi}.",
        "Wifi code thuis is {wifi} (netwerk: {f:ssid}), de monteur van het thuismonitoring kastje vroeg erom.",
        "Voor de installatie van de medicijnrobot: wifi {f:ssid} / sleutel {wifi}",
        "mijn CPAP wil niet syncen. router wachtwoord (WPA2) = {wifi}",
    ],
    "iban": [
        "Kunnen jullie de vergoeding van de tandarts nota overmaken op {iban}? Het bedrag was {n:amount}.",
        "Mijn rekeningnummer is gewijzigd, nieuw IBAN: {iban} t.n.v. {f:first} {f:last}.",
        "Ik heb de declaratie van de fysio ingediend maar het geld staat nog niet op mijn rekening {iban}. Declaratie {n:ticket}",
        "Graag de premie voortaan afschrijven van {iban} ipv {iban}.",
        "terugbetaling graag naar rekening {iban} aub, factuur {n:invoice}",
        "IBAN {iban}\nBIC RABONL2U\n(hoort bij mijn polis {cust:policy})",
        "Ik heb per ongeluk {n:amount} betaald voor de eigen bijdrage. Kunnen jullie het terugstorten op {iban}?",
    ],
    "card": [
        "Betaling bij de online apotheek lukt niet. Kaart {card}, geldig tot {exp}, cvc {cvv}. Bestelling {n:order}",
        "Ik wil graag met creditcard betalen: {card} exp {exp} code achterop {cvv}",
        "Er staat een afschrijving van {n:amount} op mijn creditcard {card} die ik niet herken, van jullie webshop?",
        "mijn kaartnummer is {card}, vervaldatum {exp}. De beveiligingscode stuur ik apart",
        "Kaart eindigt op {n:masked} maar ik heb betaald met {card}? Dubbel afgeschreven voor de lenzen!",
    ],
    "bsn": [
        "Voor de inschrijving bij de huisarts: mijn BSN is {bsn}, geboortedatum {dob}.",
        "Het burgerservicenummer van mijn dochter is {bsn}, zij is geboren op {dob}. Kan zij ook op mijn polis?",
        "BSN {bsn} - ik snap niet waarom de apotheek zegt dat ik niet verzekerd ben",
        "bsn: {bsn}\ngeb: {dob}\nadres: {addr}",
        "Medicatieoverzicht opvragen voor mijn vader, sofinummer (bsn) {bsn}, geboren {dob}",
    ],
    "contact": [
        "Kunnen jullie mij terugbellen op {phone}? Het gaat over mijn herhaalmedicatie.",
        "Mijn nieuwe mailadres is {email}, graag de polis daarheen sturen. Oude adres: {email}",
        "Bel me even op {phone} of {phone} (werk), ik ben na {n:time} bereikbaar",
        "Mijn telefoonnummer klopt niet in het portaal, moet {phone} zijn ipv {n:masked}",
        "stuur de bevestiging van de afspraak maar naar {email} aub",
        "Graag contact via {phone}, ik zit thuis met griep dus liever niet naar de balie",
    ],
    "address": [
        "Mijn herhaalmedicatie wordt steeds op het oude adres bezorgd. Nieuw adres: {addr:full}",
        "Kan de bezorger het pakket ({n:qty} {f:med}) bij de buren afgeven? Ik woon op {addr}, buren zijn nr 14.",
        "Verhuisd per {n:date}! Nieuw adres {addr:full}. Wilt u dit ook doorgeven aan de apotheek?",
        "Pakket {n:track} staat op bezorgd maar ligt niet bij mij ({addr})",
        "adres wijzigen naar {addr} pls, anders komt mn insuline weer niet aan",
        "Bezorgadres voor de nieuwe bril: {addr:full}. Ik ben er na {n:time}.",
    ],
    "dob": [
        "Ik wil een afspraak maken bij de poli maar het systeem zegt dat mijn geboortedatum niet klopt. Het is {dob}.",
        "Patiënt {f:first} {f:last}, geb. {dob}, patiëntnummer {cust:patient}. Afspraak verzetten naar {n:date} graag.",
        "mn geboortedatum staat verkeerd in de app, {dob} moet het zijn",
        "Ik ben {dob} geboren dus ik heb recht op de griepprik toch?",
    ],
    "cust": [
        "Mijn polisnummer is {cust:policy}, ik wil mijn aanvullende verzekering opzeggen per {n:date}.",
        "Klantnummer {cust} — wanneer wordt mijn bestelling {n:order} verzonden? Ik heb nog maar {n:qty} over.",
        "relatienummer {cust:member}, declaratie {n:ticket} is al {n:qty:n} weken in behandeling",
        "Lidnummer {cust:member}. Waarom is mijn premie met {n:pct} gestegen?",
        "Mijn patiëntnummer bij het ziekenhuis is {cust:patient}, kunnen jullie de uitslag naar de huisarts sturen?",
        "Ik ben klant bij jullie apotheek (klantnr {cust:pharm}), is mijn recept voor {f:med} al binnen?",
    ],
    "tech": [
        "Onze praktijk koppelt het afsprakensysteem aan jullie API. Key: {api}, maar we krijgen {n:err} terug. Request-ID {n:req}",
        "Bearer token {tok} verloopt elke keer na {n:qty:n} minuten. Onze server ({ip}) staat wel op de whitelist, poort {n:port}.",
        "Inloggen op het portaal geblokkeerd vanaf IP {ip}. Ik werk vanuit huis met de laptop van de praktijk.",
        "API sleutel voor de koppeling met het HIS: {api} (test) en {api} (productie). Foutmelding: {n:err}",
        "de sessie-token in de url is {tok}, is dat normaal? versie app {n:ver}",
        "We hebben de AWS credentials in de config van de apotheekkoppeling gezet: access key {api:aws}, secret {api:aws_secret}. Nu werkt de upload niet meer.",
        "Installer gedownload, sha256 {n:checksum}, maar de medicijnrobot software start niet. Token uit de mail: {tok:hex}",
    ],
    "neg": [
        "Mijn bestelling {n:order} van {n:date} is nog steeds niet binnen. Track & trace {n:track} zegt al {n:qty:n} dagen 'in sortering'.",
        "Waarom moet ik {n:amount} eigen risico betalen voor een recept van {n:qty} {f:med}? Dat was vorig jaar ({n:year}) niet zo.",
        "De app ({n:ver}) crasht elke keer bij het openen van mijn medicatieoverzicht op mijn {n:model}. Foutcode {n:err}",
        "Jullie klantenservice {n:cphone} is onbereikbaar, al {n:qty:n} minuten gewacht. Dossier {n:ticket}",
        "Ik vlieg op {n:date} met {n:flight} naar Spanje en heb een medicijnverklaring nodig voor mijn {f:med}. Kan dat nog?",
        "Factuur {n:invoice} klopt niet: {n:amount} in plaats van {n:amount}, korting van {n:pct} niet verwerkt.",
        "Urenteller van mijn zuurstofconcentrator staat op {n:meter} uur, moet hij al in onderhoud?",
        "ZI-nummer {n:prod} is niet leverbaar zegt de apotheek, alternatief?",
        "Afspraak bij de tandarts op {n:date} om {n:time}, kan die naar {n:time}?",
        "Opzeggen vóór {n:date}, toch? Zie {n:url}",
    ],
    "be_mix": [
        "Mijn rijksregisternummer is {bsn:rrn}, kunnen jullie nakijken of mijn terugbetaling van de kinesist al vertrokken is? Rekening {iban:BE}.",
        "Ik ben lid van het ziekenfonds met lidnummer {cust:member}. Mijn gsm is {phone}, bel mij aub terug.",
        "Het nummer op mijn identiteitskaart (rijksregister) is {bsn:rrn}. Ik kan niet inloggen met itsme op het portaal.",
        "Kan de apotheker de medicatie leveren op {addr:full}? Ik ben slecht te been. Mijn gsm: {phone}",
        "allee, al de 3de keer dat ik bel naar {n:cphone}. Mijn dossiernummer is {n:ticket}, INSZ {bsn:rrn}",
        "De sleutelkluis van mijn moeder heeft code {pin:door}, voor de thuisverpleging. Adres: {addr}",
        "Ik heb mijn paswoord vergeten van de mutualiteit app. Gebruikersnaam is {user}, oud paswoord {pw}",
        "Mag de terugbetaling op rekening {iban:BE} van mijn vrouw? Haar rijksregisternummer: {bsn:rrn}",
    ],
    "nlo_mix": [
        "Ik kom niet in Mijn Zilveren Kruis via DigiD, sms-code {otp} wordt afgewezen. BSN {bsn}",
        "Hoe zit het met mijn machtiging? Rekeningnummer {iban:NL}, polisnummer {cust:policy}, geboortedatum {dob}",
        "Beste apotheek, mijn huisarts heeft het herhaalrecept doorgestuurd. Mijn gegevens: {f:first} {f:last}, {addr:full}, tel {phone}.",
        "zorgpas kwijt, verzekerdennummer {cust:member}. Kan ik een nieuwe krijgen? Mail naar {email}",
    ],
}

AGENT = {
    "agent_ask": [
        "Vervelend dat het niet lukt! Wil je ons in een DM je klantnummer en postcode sturen? Deel nooit je wachtwoord of sms-code met ons.",
        "Dank voor je bericht. Kun je je polisnummer en geboortedatum sturen via een privébericht? Dan kijken we met je mee.",
        "Wat vervelend. Stuur je ons een DM met je bestelnummer? Dan zoeken we het uit.",
        "Hoi! We helpen je graag. Bel ons gerust op {n:cphone} (ma-vr 8-20 uur) of kijk op {n:url}.",
    ],
    "agent_confirm": [
        "Bedankt {f:first}. Ik heb je IBAN gewijzigd in {iban#1}. De terugbetaling van {n:amount} volgt binnen {n:qty:n} werkdagen.",
        "Ik heb je nieuwe adres ({addr#1}) doorgevoerd, je herhaalmedicatie wordt vanaf {n:date} daar bezorgd.",
        "Check! Je klantnummer {cust#1} is gekoppeld aan je nieuwe e-mailadres {email#1}.",
        "Je verzoek staat onder dossier {n:ticket}. We bellen je terug op {phone#1} tussen {n:time} en {n:time}.",
        "Ik zie dat je ons je wachtwoord ({pw#1}) hebt gestuurd. Wijzig dit zo snel mogelijk via {n:url}, wij vragen hier nooit naar.",
        "Let op: de code {otp#1} is persoonlijk, deel die met niemand. Ik heb je account tijdelijk geblokkeerd voor je veiligheid.",
        "Je geboortedatum is aangepast naar {dob#1}. Je afspraak op {n:date} om {n:time} blijft staan.",
    ],
}

GREET = ["Beste,", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Hoi {f:agent},", "Beste klantenservice,",
         "Dag,", "Goedemorgen,", "L.S.,", "Hey,"]
CLOSE = ["Met vriendelijke groet,", "Mvg,", "Groetjes,", "Alvast bedankt!", "Gr.", "Vriendelijke groeten,",
         "Bvd,", "Hartelijke groet,", "Dank je wel,", "Groet,"]
SIG = [
    "{f:first} {f:last}\n{addr:full}\nTel: {phone}",
    "{f:first} {f:last}\nMob. {phone}",
    "{f:first}\n\nVerzonden vanaf mijn iPhone",
    "{f:first} {f:last}\n{email}\n{phone}",
    "{f:first} {f:last}\nklantnummer: {cust}",
    "{f:first}\n--\nVerstuurd vanaf Mail voor Windows",
]
QUOTE_HDR = ["Op {n:date} om {n:time} schreef {f:org}:", "-----Oorspronkelijk bericht-----\nVan: {f:org}\nVerzonden: {n:date} {n:time}\nOnderwerp: Uw vraag ({n:ticket})",
             "Op {n:date} heeft {f:agent} van {f:org} het volgende geschreven:", "-------- Doorgestuurd bericht --------\nVan: {f:org}\nDatum: {n:date}\nOnderwerp: Herhaalrecept {n:order}"]
QUOTE_BODY = [
    "Beste klant,\n\nBedankt voor uw bericht. Uw vraag is geregistreerd onder nummer {n:ticket}. Wij streven ernaar binnen {n:qty:n} werkdagen te reageren.\n\nMet vriendelijke groet,\n{f:agent}\n{f:org} | {n:cphone}",
    "Hallo,\n\nUw herhaalrecept is klaargezet. U kunt het ophalen vanaf {n:date} na {n:time}. Let op: de eigen bijdrage bedraagt {n:amount}.\n\nApotheek-team\nT {n:cphone}",
    "Geachte heer/mevrouw,\n\nWij hebben uw declaratie {n:ticket} ontvangen. Het vergoede bedrag ({n:amount}) wordt overgemaakt op rekening {n:masked}.\n\nKlantenservice\n{n:url}",
    "Beste,\n\nIn de bijlage vindt u factuur {n:invoice}. Betaal vóór {n:date}.\nVragen? Bel {n:cphone}.",
]
DISC = [
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. {n:kvk}",
    "Deze e-mail kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan. {n:kvk}",
    "Denk aan het milieu voordat u deze e-mail print.",
    "Aan deze e-mail kunnen geen rechten worden ontleend. {f:org}, {n:kvk}",
]
AGENT_SIG = ["Groet, {f:agent}", "^{f:agent}", "Met vriendelijke groet,\n{f:agent} | Klantenservice {f:org}\n{n:cphone}",
             "Fijne dag! {f:agent}", "gr. {f:agent} (team webcare)", "Groetjes, {f:agent} - {n:cphone}"]
WA_NAME = ["Ik", "Mama", "Pap", "Ikzelf"]

INTRO = [
    "Ik heb hier al eerder over gemaild en ook twee keer gebeld, maar ik heb nog steeds geen antwoord gekregen. Daarom probeer ik het nu op deze manier.",
    "Ik schrijf u namens mijn moeder, zij is 84 en heeft geen computer. Ze heeft mij gemachtigd om dit voor haar te regelen.",
    "Sinds de overstap naar het nieuwe systeem gaat er van alles mis met mijn herhaalmedicatie en ik begin het eerlijk gezegd een beetje zat te worden.",
    "Excuses voor de lange mail, maar ik wil graag alles in één keer uitleggen zodat ik niet weer drie keer hoef te bellen.",
    "Via de chat werd ik doorverwezen naar dit mailadres. Ik hoop dat u mij verder kunt helpen.",
    "Vorige week was ik bij de balie van de apotheek en daar zeiden ze dat ik het beste even kon mailen met mijn gegevens.",
]
