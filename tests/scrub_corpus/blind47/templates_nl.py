"""Dutch (NL + Flemish) templates. Groups are dealt alternately between halves."""

G = {}

G["paste"] = [
    "{mention} dm gaat niet want ik volg jullie niet 🙄 dus hier: mn nr is {phone} en klantnr {cust}",
    "oke hier dan maar, tel {phone}, mail {email} {emo}",
    "ff snel want ik zit op werk: klantnummer {cust} / {phone}",
    "DM lukt niet?? nou vooruit. {name}, {addr}. Bestelling {order} nog steeds niet binnen",
    "Jullie vragen om een DM maar ik heb geen zin om te wachten. Mijn IBAN is {iban}, stort dat geld nou gwn terug",
    "@{first} van {brand} hier mn gegevens: {email} en {phone}. plz bel me vandaag nog",
    "zit er niet in dm ofzo? klantnr. {cust} postcode/huisnr staat erbij: {addr}",
    "Sorry weet niet hoe dm werkt 😅 {phone}",
    "hier ff alles: naam {name}\ngeb datum {dob}\nadres {addr}\ntel {phone}",
    "k heb jullie al 3x een dm gestuurd!!! {email} is mijn mailadres, {cust} mijn klantnummer. #{brand}",
    "Prima dat het via DM moet maar dat laadt hier niet. Contractnummer: {cust}, EAN {ean}",
    "dm is verstuurd maar voor de zekerheid ook hier: {phone} (bereikbaar na {time})",
    "Waarom moet alles via dm 🤷‍♀️ gwn {iban} tnv {name}",
    "mn mailadres is {email}, stuur het daar maar heen want insta dm doet raar",
    "klnr {cust} tel {phone} ⬅️ graag vandaag nog contact",
]

G["secret"] = [
    "ww is {pw} maar ik kom er nog steeds niet in",
    "heb mn pw veranderd naar {pw} en nu werkt de app niet meer {emo}",
    "inlognaam {user}\nwachtwoord {pw}\nkunnen jullie ff kijken?",
    "oud wachtwoord: {pw}  nieuw: {pw#2} en NOG steeds foutmelding {err}",
    "code uit de sms was {otp} maar die was al verlopen na 2 minuten??",
    "pincode van mn nieuwe pas is {pin}, mag ik dat hier zeggen? lol",
    "puk {puk} ingevoerd en sim doet nog steeds niks",
    "de wifi code is {wifi} (netwerk {ssid}) maar mn laptop pakt het niet",
    "Verificatiecode: {otp}. Deel deze code met niemand. <- dit kreeg ik, klopt dat?",
    "gebruikersnaam = {user} en ww = {pw}. heb ik het goed gedaan? thx",
    "sleutelkastje code {pin} voor de monteur morgen, hij mag er gwn in",
    "alarmcode is {pin} en de poort {pin#2}, monteur komt om {time}",
    "mijn inlog is {user} / {pw}",
    "ik kreeg een code ingesproken: {otpw}. waar moet ik die invullen",
    "wachtwoord router admin: {pw}  (model {model})",
    "sim pin {pin} puk {puk} staan op het kaartje, telefoon blijft geblokkeerd",
    "netwerksleutel {wifi} heb ik al 4x ingetypt 😤",
    "ze vragen mn ww weer, is het nou {pw} of {pw#2}?? ik weet het ff niet meer",
    "de code die ik kreeg per mail: {otp} (om {time} ontvangen)",
    "ontgrendelcode telefoon = {pin}, voor als de reparateur hem moet testen",
]

G["pay"] = [
    "jullie hebben 2x {amount} afgeschreven van {iban}!! terugstorten plz",
    "kaartnr {card} exp {exp} cvc {cvv} doe het maar zo, die betaalpagina werkt niet",
    "Graag terugbetalen op {iban} t.n.v. {name}",
    "creditcard {card}, vervaldatum {exp}. Transactie van {date} staat er 2 keer op",
    "rekeningnummer is {iban} (niet die eindigend op {masked} want die is opgeheven)",
    "iban {iban} bic {brand}NL2A?? geen idee wat bic is eerlijk gezegd",
    "Heb betaald met kaart eindigend op {masked}, maar ik zie de {amount} nergens terug",
    "mijn visa: {card} geldig tot {exp} achterop staat {cvv}",
    "Terugstorting van {amount} naar {iban} aub, factuur {invoice}",
    "wil automatische incasso wijzigen naar {iban} ipv de oude rekening",
]

G["ident"] = [
    "bsn {bsn} en geboortedatum {dob}, ik moest dat opgeven van de chat",
    "geboren op {dob}, woon op {addr}. Verder nog iets nodig?",
    "mijn burgerservicenummer: {bsnnl}",
    "verhuisd naar {addr} per {date}, graag adres aanpassen",
    "geboortedatum {dob} klopt niet in jullie systeem, moet {dob#2} zijn",
    "Adres: {addr}\nGeb.: {dob}",
    "nieuw adres {addr} 🏠 en nieuw mobiel nummer {phone}",
]

G["tech"] = [
    "modem {model} op firmware {ver}, mijn ip is {ip}, poort {port} staat open maar werkt niet",
    "mijn api key {apikey} geeft error {err} sinds {date}",
    "token: {token}\nrequest id {reqid}",
    "ip adres {ip} wordt geblokkeerd?? foutcode {err}",
    "app versie {ver} op {model}, inloggen met {user} lukt niet",
    "bearer {token} werkt niet meer na update naar {ver}",
    "extern ip {ip}, intern 192.168.1.1 is de router zelf toch",
    "sha256 van de download is {checksum}, klopt dat?",
]

G["screen"] = [
    "op het scherm staat 'Ongeldige code {otp}' en daaronder foutcode {err}",
    "screenshot kan ik niet sturen maar er staat: klantnummer {cust}, openstaand {amount}, vervaldatum {date}",
    "in de app staat bij mijn gegevens {phone} maar dat is mn oude nummer",
    "op mn scherm zie ik 'IBAN: {iban}' maar dat is niet mijn rekening!!",
    "er staat op het display van de {model}: {err} en daarna knippert ie rood",
    "foto van de meter: stand {meter} kWh, meternummer / EAN {ean}",
    "in de mail staat 'uw tijdelijke wachtwoord is {pw}' maar die werkt niet",
    "het scherm zegt: 'Sessie verlopen ({reqid})' elke keer weer",
]

G["neg"] = [
    "{mention} pakket {track} zou {dshort} komen, nu staat er {date}?? {hashtag}",
    "al {qty} geen internet {emo} ticket {ticket}",
    "bestelling {order} van {amount} nog niks gehoord {hashtag} {hashtag#2}",
    "vlucht {flight} om {time} vertraagd, krijg ik die {amount} terug? {mention}",
    "factuur {invoice} klopt niet, {pct} korting was beloofd",
    "storing? {err} sinds {time} in {city} {hashtag}",
    "ajax {score} en mn stream viel weg om {time} 😡 {mention}",
    "update {ver} gisteren, sinds dien {err} op mn {model}",
    "gebeld naar {cphone} en na {qty} in de wacht opgehangen. top {mention}",
    "kortingscode {promo} werkt niet, melding {err}",
    "meterstand {meter} doorgegeven op {date}, nu rekening {amount} hoger",
    "sinds {year} klant en dit is de eerste keer dat ik zo boos ben {hashtag}",
    "retour {order} verstuurd met {track}, nog geen {amount} terug {emo}",
    "zie {url} maar daar staat niks over storing {hashtag}",
    "zaaknummer {ticket} al {qty} open. Wat is dit nou",
]

G["agent"] = [
    "Hoi {first}, vervelend om te lezen! Wil je ons een DM sturen met je klantnummer? Dan kijken we mee. {agent}",
    "Hi! Stuur je postcode en huisnummer even via DM? Deel hier geen gegevens 🙏 {agent}",
    "Dank je {first}. Ik zie dat je rekening eindigt op {masked}. Klopt dat? {agent}",
    "Hoi, je kunt ons ook bellen op {cphone} (ma-vr 8-20u). {agent}",
    "We hebben je nummer {phone} genoteerd, je wordt vandaag nog gebeld. Zaak: {ticket} {agent}",
    "Ik heb je nieuwe adres {addr} doorgevoerd per {date}. Fijne dag! {agent}",
    "Terugbetaling van {amount} naar {iban} staat klaar, binnen {qty} op je rekening. {agent}",
    "Hoi {first}! Kijk even op {url}, daar zie je de actuele storingen. Bij vragen: {cphone} {agent}",
    "Let op: wij vragen nooit om je wachtwoord of pincode! Haal je bericht weg a.u.b. {agent}",
    "Je pakket {track} ligt bij het afhaalpunt tot {dshort}. {agent}",
    "Ik stuur een nieuwe inlogcode naar {email}. Kom je er niet uit, bel {cphone}. {agent}",
    "Hoi {first}, je klantnummer {cust} is gekoppeld aan {phone}. Klopt dat nog? {agent}",
]

G["burst"] = [
    "hallo", "hoi", "ben er weer", "ff kijken", "sorry", "nog steeds niks", "??", "hallooo", "plz", "ok", "thx", "moment",
    "tel {phone}", "mn nr {phone}", "klantnr {cust}", "ww {pw}", "code {otp}", "{otp}", "pin {pin}", "mail {email}", "{email}",
    "bestelling {order}", "ticket {ticket}", "om {time}", "{amount} betaald", "iban {iban}", "adres: {addr}",
    "{emo}{emo}", "geb {dob}", "inlog {user}", "wifi: {wifi}", "pakket {track}", "stp", "dank je wel!", "jaaa dat is m",
]

G["email_body"] = [
    "Ik schrijf u omdat mijn internetverbinding al sinds {date} niet werkt. Mijn klantnummer is {cust} en ik ben bereikbaar op {phone}. Ticket {ticket} is nog steeds open.",
    "Op {date} heb ik bestelling {order} geplaatst ter waarde van {amount}. Het pakket ({track}) is nooit aangekomen. Graag het bedrag terugstorten op {iban} t.n.v. {name}.",
    "Bij deze geef ik mijn adreswijziging door. Nieuw adres: {addr}. Ingangsdatum: {date}. Klantnummer {cust}.",
    "Ik probeer in te loggen met gebruikersnaam {user} maar krijg steeds foutmelding {err}. Ik heb mijn wachtwoord al gereset naar {pw}, zonder resultaat.",
    "Hierbij mijn meterstanden per {date}: normaal {meter}, dal {meter#2}. EAN-code: {ean}.",
    "De incasso van {amount} (factuur {invoice}) is onterecht. Graag wijzigen naar rekening {iban}. Mijn geboortedatum ter verificatie: {dob}.",
    "Uw medewerker vroeg mij om mijn BSN te mailen: {bsnnl}. Ik hoop dat dit veilig is.",
    "Mijn router ({model}, firmware {ver}) verliest elke avond rond {time} de verbinding. Extern IP {ip}.",
    "Graag contact opnemen via {phone} of {email}. Ik ben overdag niet thuis.",
    "Ik heb een sms gekregen met code {otp} terwijl ik niets heb aangevraagd. Is mijn account ({user}) gehackt?",
]

G["greet"] = ["Geachte heer/mevrouw,", "Beste {brand},", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "Hoi team,", "Dag {brand},", "Geachte,"]
G["close"] = ["Met vriendelijke groet,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groeten,", "Gr.", "Dank u wel,", "Met groet,"]
G["sig"] = [
    "{name}\n{addr}\nTel: {phone}",
    "{name}\nMobiel {phone}",
    "{first}\n\nVerstuurd vanaf mijn iPhone",
    "{name} | {email}",
    "{name}\nKlantnummer: {cust}",
    "{first} {emo}",
    "{name}\n{phone}\n{email}",
    "--\n{name}\nVerzonden met Outlook voor Android",
]
G["quote_hdr"] = [
    "Op {date} om {time} schreef {brand} Klantenservice:",
    "-----Oorspronkelijk bericht-----\nVan: {brand} Service\nVerzonden: {date} {time}\nOnderwerp: Uw vraag ({ticket})",
    "Op {date}, {time}, {brand} webcare schreef:",
    "---------- Doorgestuurd bericht ---------\nVan: {brand}\nDatum: {date}\nOnderwerp: Bevestiging bestelling {order}",
]
G["agent_sig"] = [
    "Met vriendelijke groet,\n{agent}\nKlantenservice {brand} | {cphone} | {url}",
    "Groet, team {brand}\nKvK {kvk} | BTW {btw}",
    "Team {brand}\nBel ons: {cphone}\n{url}",
    "Hartelijke groet,\nService {brand}\nReferentie: {ticket}",
]
G["disclaimer"] = [
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, verzoeken wij u het te verwijderen.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "De informatie in dit e-mailbericht is vertrouwelijk. {brand} B.V., KvK {kvk}.",
    "Aan dit bericht kunnen geen rechten worden ontleend.",
]
G["subject"] = ["Onderwerp: storing", "Onderwerp: terugbetaling {order}", "Onderwerp: adreswijziging", "Onderwerp: RE: uw vraag {ticket}",
                "Onderwerp: inloggen lukt niet", "Onderwerp: Klacht", "Onderwerp: meterstanden", "Onderwerp: FW: factuur {invoice}"]

# Flemish-only extras (appended to nl-be selections)
BE = {}
BE["paste"] = [
    "allez vooruit, ge vraagt een pb maar hier: mijn gsm is {phone} en klantennummer {cust}",
    "amai dat duurt lang. mijn rijksregisternummer {rrn}, nu iets doen aub",
    "hier mijne gsm {phone} en email {email}, bel mij na {time}",
    "pb lukt ni, dus: {addr}, klantnr {cust}",
    "zal het hier zetten: rekeningnummer {iban} ten name van {name}",
    "ik heb u een pb gestuurd maar voor de zekerheid: {phone} 👍",
]
BE["secret"] = [
    "de wifi code van de modem is {wifi} en da werkt ni",
    "itsme vraagt code {otp} maar ik krijg niks binnen op mijne gsm",
    "mijn paswoord is {pw}, en nu zegt de app da het fout is",
    "pincode van de bancontact {pin}, mag de technieker da weten?",
    "login {user} paswoord {pw}, kunde ne keer kijken",
    "code van de garagepoort {pin} voor de levering morgen",
]
BE["neg"] = [
    "vlucht {flight} gemist want trein van {time} naar {city} weer afgeschaft {mention} {hashtag}",
    "al {qty} wachten op mijn pakje {track} 😩",
    "factuur {invoice} van {amount}, ondernemingsnummer {btw} staat erop, klopt da?",
    "dossiernummer {ticket} en nog altijd niks {hashtag}",
]

# additional templates (balanced across halves)
G["ident"] += ['BSN: {bsnnl} (staat ook op mn rijbewijs)', 'sofinummer/bsn {bsnnl} geb. {dob}', 'bsn is {bsnnl} 👍 verder nog iets?', 'mijn bsn {bsnnl}, postcode+huisnr {addr}']
G["secret"] += ['puk code: {puk} staat op dat plastic ding', 'PUK1 = {puk}, PIN1 = {pin}', 'wifi wachtwoord {wifi} 🙏 werkt niet op de tv', 'wifi ww veranderd naar {wifi}, nu ziet de printer hem niet meer']
G["tech"] += ['personal access token {token} verlopen?', 'api-sleutel: {apikey} (test omgeving)', 'session token {token} zie ik in de url staan', 'api key {apikey} mag weg, nieuwe aangevraagd']
G["email_body"] += ['Bij het activeren van mijn nieuwe simkaart werd om de PUK gevraagd. Ik heb {puk} ingevoerd (van het kaartje) maar nu is de kaart geblokkeerd. Mijn nummer is {phone}.', 'De monteur komt op {date} tussen {time} en {time#2}. De sleutelkluis bij de voordeur heeft code {pin}. Adres: {addr}.', 'Sinds de nieuwe modem ({model}) werkt de wifi niet meer. Netwerk: {ssid}, sleutel: {wifi}. Mijn klantnummer is {cust}.', 'Voor de koppeling met uw API heb ik sleutel {apikey} gekregen, maar elke call geeft {err}. Request-id: {reqid}.', 'Uw collega vroeg om mijn BSN en geboortedatum: {bsnnl}, {dob}. Graag bevestigen dat het dossier ({ticket}) nu compleet is.', 'Mijn creditcard ({card}, geldig tot {exp}) is dubbel belast voor {amount} op {date}.']
G["email_body"] += ['Hoi, ff snel vanaf mn telefoon: de betaling met mijn pas {card} (exp {exp}) is mislukt maar het geld is wel weg. Bestelnummer {order}.', 'Mijn zoon heeft per ongeluk mijn wachtwoord gewijzigd. Het nieuwe is volgens hem {pw}, maar dat werkt niet. Inlognaam: {user}. Graag resetten naar {email}.', 'Ik ben verhuisd van {addr} naar {addr#2}. Kunnen jullie het abonnement ({cust}) meeverhuizen per {date}?', 'Graag het teveel betaalde bedrag van {amount} terugstorten op {iban}. Dit betreft factuur {invoice} van {date}.', "Ik kreeg om {time} een sms met 'Uw code is {otp}'. Ik heb niets aangevraagd. Mijn nummer: {phone}, klantnummer {cust}.", 'Wij hebben op {date} een storing gehad van {qty}. Volgens de voorwaarden heb ik recht op {pct} korting. Contract {cust}.', 'Zoals telefonisch besproken met uw collega (ticket {ticket}): mijn geboortedatum is {dob} en mijn e-mailadres is {email}.', 'Mijn moeder ({dob}) wil haar account opzeggen. Haar adres is {addr}, telefoon {phone}. Ik regel het namens haar.', 'Ik betaal voortaan liever via {iban} i.p.v. acceptgiro. Mijn klantnummer is {cust}.', "De app ({ver}) toont bij het inloggen 'Onbekende gebruiker {user}'. Ik log in vanaf IP {ip}."]


def _pairs(key, dev, held):
    """Append so that dev items land on even indices and heldout items on odd ones."""
    lst = G[key]
    d, h = list(dev), list(held)
    while d or h:
        if len(lst) % 2 == 0:
            lst.append(d.pop(0) if d else h.pop(0))
        else:
            lst.append(h.pop(0) if h else d.pop(0))
_pairs('pay', ['pas {card} / {exp} / cvc {cvv} ... of moet dat niet hier 😬', 'mastercard {card} cvc {cvv} verloopt {exp}, betaal het nou maar', 'cvv is {cvv} (achterkant) kaart {card}'], ['puk is {puk} maar dat is geen betaling lol sorry verkeerde chat', 'iban {iban} en bic INGBNL2A, bedrag {amount}', 'de {amount} graag naar {iban}'])
_pairs('secret', ['gebruikersnaam {user} wachtwoord {pw} ik geef het op 😭', 'login: {user}\nww: {pw}\n2fa code: {otp}', 'mn inlognaam is {user}, ww weet ik niet meer'], ['wifi sleutel staat op sticker: {wifi}', 'puk {puk} gebruikt, nu vraagt ie om nieuwe pin, is {pin} goed?', 'netwerk {ssid} key {wifi}'])
_pairs('tech', ['ip {ip} poort {port}, api key {apikey}', 'username {user} op de portal, ip {ip}'], ['bearer token {token} sinds versie {ver}', 'ip {ip} en token {token}'])
_pairs('burst', ['📞{phone}', '{otp}🙏', '💳{card}', 'klantnr:{cust}✅', 'mn ww➡️{pw}', 'dit is m: {iban}👆', '06?? ja {phone}🤙'], ['☎️{phone}', 'code➡️{otp}', 'pin {pin}🔒', '{email}📧', 'ww:{pw}🙈', 'geb.{dob}🎂', '{phone}‼️'])
