"""Dutch (Netherlands) frames. Prefix 'x|' gives the organisation: t telco, e energy, b bank, s shop, * any."""

PLAIN = [
    "t|Al sinds {n.date} geen internet meer in {city}. Modem knippert oranje. Wanneer is dit opgelost??",
    "t|hoi, mijn internet valt steeds weg rond {n.time}, elke avond hetzelfde. ik heb de {n.model} al 3x herstart",
    "t|Goedemiddag, ik wil mijn abonnement {product} opzeggen per {n.date}. Hoe gaat dat precies in zijn werk?",
    "t|Waarom is mijn rekening deze maand {n.amount} terwijl ik altijd {n.amount} betaal? Factuur {n.inv}",
    "t|Bereik in de trein tussen Utrecht en Amersfoort is echt om te huilen. Bellen lukt gewoon niet",
    "t|Dank jullie wel voor de snelle hulp gister!! monteur was er om {n.time} en alles doet het weer 👍",
    "t|Ik ga verhuizen en wil mijn internet meenemen naar het nieuwe adres. Kan dat per {n.date}? Ik zit nu op {product}",
    "t|mn tv zegt foutcode {n.err} en daarna zwart beeld. decoder al uit en aan gezet",
    "t|Is er een storing? {n.url} zegt niks maar bij mij en de buren ligt alles plat sinds {n.time}",
    "e|Mijn voorschot is verhoogd naar {n.amount} per maand, dat is {n.pct} meer. Kan ik dat zelf aanpassen?",
    "e|Hallo, de jaarafrekening klopt niet. Er staat een meterstand van {n.meter} maar ik heb {n.meter} doorgegeven.",
    "e|Stroomstoring in onze straat sinds {n.time}. Weten jullie al wanneer het weer werkt? Vriezer staat vol",
    "e|wij verhuizen op {n.date}, hoe geef ik de eindstand door? moet dat via {n.url}?",
    "e|Ik heb zonnepanelen sinds {n.year} en nu ineens terugleverkosten van {n.amount}. Kan iemand dat uitleggen",
    "e|Top geholpen door jullie collega aan de telefoon vanochtend, echt heel vriendelijk. Complimenten!",
    "e|De slimme meter ({n.model}) geeft al een week geen gegevens door aan de app. Versie {n.ver}",
    "b|Waarom is de app weer offline?? Ik moet vandaag nog {n.amount} overmaken. Krijg steeds foutmelding {n.err}",
    "b|Goedemorgen, hoe kan ik een tweede pas aanvragen voor mijn partner? Hoeveel kost dat",
    "b|Ik zie een afschrijving van {n.amount} die ik niet herken, op {n.date}. Wat moet ik doen?",
    "b|Betaalverzoek werkt niet sinds de update naar {n.ver}. Klopt dat?",
    "b|Hoe hoog is de rente op {product} nu? Op de site staat {n.pct} maar in de app iets anders",
    "s|Waar blijft mijn bestelling {n.order}?? Zou {n.date} komen maar nog niks gezien",
    "s|Pakket {n.track} staat al 3 dagen op 'in sorteercentrum'. Kunnen jullie even kijken?",
    "s|Ik heb {n.qty} besteld maar er zaten er maar 2 in de doos. Bestelnummer {n.order}",
    "s|Hoi! Mijn {product} is kapot aangekomen, hoe kan ik die retourneren? Artikel {n.prod}",
    "s|Bedankt voor de snelle levering, al binnen voor {n.time} 😊",
    "s|Ik heb mijn retour op {n.date} verstuurd ({n.track}) maar nog geen {n.amount} terug gezien",
    "s|Kortingscode van {n.pct} werkt niet bij afrekenen, krijg melding {n.err}",
    "*|Ik wacht al 40 minuten in de wachtrij van {n.cphone}. Dit kan toch niet de bedoeling zijn",
    "*|Uw chatbot begrijpt mijn vraag niet. Ticket {n.ticket} is ook nog steeds niet beantwoord",
]

CRED = [
    "t|Ik kan niet meer inloggen in Mijn {brand}. Gebruikersnaam is {user} en wachtwoord {pw} maar hij zegt {n.err}",
    "t|telefoon zegt sim geblokkeerd, puk code gevonden op het pasje: {puk}. klopt dat dat ik die moet invoeren? wil niks stuk maken",
    "t|Pincode van mijn simkaart vergeten, 3 keer fout gedaan. Ik dacht {pin} maar dat was het niet. Nu vraagt hij de PUK",
    "t|het wifi wachtwoord van de {n.model} is {wifi} maar mn laptop wil niet verbinden met {ssid}",
    "t|Ik krijg de sms code niet binnen. Oh wacht nu wel: {otp}. Wat moet ik ermee?",
    "t|Hoi, kunnen jullie de netwerksleutel resetten? De huidige is {wifi} en die weet de halve straat 🙈",
    "t|Heb een nieuwe modem gekregen. Admin wachtwoord op de sticker is {pw} maar kom niet in 192.168.1.1, foutcode {n.err}",
    "t|Mijn voicemail pincode is {pin} toch? Hij blijft zeggen dat de code onjuist is",
    "e|Inloggen op de app lukt niet. Mijn gebruikersnaam: {user}\nwachtwoord: {pw}\nKunnen jullie kijken?",
    "e|Ik heb de verificatiecode {otp} ingevoerd maar krijg {n.err}. Meterstand wil ik doorgeven: {n.meter}",
    "e|Voor de koppeling met mijn thermostaat vraagt hij een api key, ik heb {api} gegenereerd in het portaal maar hij doet niks (poort {n.port})",
    "b|Ik heb mijn pincode veranderd naar {pin} maar bij de kassa werd hij geweigerd. Pas eindigt op {n.mask}",
    "b|Iemand belde namens jullie en vroeg om de code uit de sms. Ik heb {otp} gegeven. Was dat fout?? 😰",
    "b|Mijn identificatiecode voor de app is {pin}, nu zegt de app na de update ({n.ver}) dat hij onjuist is",
    "b|Nieuwe wachtwoord ingesteld: {pw}. Toch krijg ik melding dat mijn account geblokkeerd is. Ticket {n.ticket}",
    "b|ik heb de ontvangen code {otp#a} ingetypt, nee sorry {otp~a} was het, maar nu is hij verlopen",
    "b|Voor de zakelijke koppeling gebruik ik dit token: {tok}. Sinds vanochtend krijg ik 401 (request id {n.req})",
    "s|Kan niet inloggen, ww {pw} gebruiker {user}. Wil mijn bestelling {n.order} volgen",
    "s|Ik heb de bevestigingscode {otp} gekregen maar mijn bestelling {n.order} staat nog op 'in afwachting'",
    "s|Onze webshop koppeling met jullie marketplace geeft error {n.err}. Key: {api}",
    "*|mijn wachtwoord is {pw} en ik heb het al 2x gereset. heel irritant",
    "*|Inlognaam {user}. Wachtwoord vergeten mail komt niet aan. Kunnen jullie handmatig iets doen?",
]

PAY = [
    "b|Mijn pas is ingeslikt door de automaat. Kaartnummer {card}, kunnen jullie hem blokkeren?",
    "b|Creditcard {card} geldig tot {exp}, ik zie {n.amount} die ik niet herken bij een webshop",
    "b|Graag het geld terugstorten op {iban} t.n.v. {name}",
    "b|Ik wil mijn rekening {iban} opheffen en het saldo overmaken naar {iban}",
    "b|Voor de hypotheekaanvraag vragen ze mijn BSN, dat is {bsn}. Kan ik dat ook via de app uploaden?",
    "e|Ik wil voortaan via automatische incasso betalen. Rekeningnummer {iban}, klantnummer {cust}",
    "e|Terugbetaling van {n.amount} graag naar {iban}. Factuur {n.inv}",
    "t|Nieuwe rekening voor de incasso: {iban}. Oude rekening was {n.mask}",
    "t|ik heb betaald met creditcard {card} exp {exp} cvc {cvv} maar de betaling staat nog open",
    "s|Betaling mislukt bij bestelling {n.order}. Kaart: {card}, {exp}, code {cvv}. Wat gaat er mis",
    "s|Retourbedrag {n.amount} mag naar {iban}, ik heb niet met iDEAL betaald maar achteraf",
    "*|Voor de identificatie: mijn bsn is {bsn} en geboortedatum {dob}",
]

PII = [
    "t|Bel mij maar terug op {phone}, ik ben na {n.time} thuis",
    "t|Mijn nummer {phone} is overgezet maar ik heb nog steeds geen bereik. Klantnummer {cust}",
    "t|Het nieuwe adres wordt {addr}, verhuisdatum {n.date}. Kan de monteur dan langskomen?",
    "e|Klantnummer {cust}, meterstand vandaag {n.meter}. Mijn e-mail is gewijzigd naar {email}",
    "e|Nieuw adres per {n.date}: {addr}. Mijn oude adres was {addr:short}",
    "e|Graag contact via mail {email} of mobiel {phone}. Overdag werk ik dus liever niet bellen",
    "b|Mijn geboortedatum staat verkeerd in de app, het moet {dob} zijn",
    "b|Adreswijziging: {addr}. Tel {phone}",
    "b|Ik zie een inlogpoging vanaf ip {ip} die niet van mij is! Wat moet ik doen",
    "s|Kunnen jullie het pakket naar {addr} sturen ipv het oude adres? Bestelling {n.order}",
    "s|Mijn e-mailadres is {email:obf}, daar is de factuur nooit op aangekomen",
    "s|Ik ben klant {cust} en wil mijn account verwijderen. Mail: {email}",
    "*|mn 06 is {phone} bel me aub. wacht al 2 weken",
    "*|{phone} is mijn nummer, graag voor {n.time} terugbellen",
    "*|mijn nummer is {phone:spoken}",
]

ANSWER = [
    "*|{otp}",
    "*|{pin}",
    "*|code is {otp}",
    "*|{cust}",
    "*|oké. {iban}",
    "*|{dob} is mijn geboortedatum",
    "*|het is {pin:spelled}",
    "*|Dat is {addr}",
    "*|{user}",
    "*|sorry het is {otp#a} niet {otp~a}",
]

AGENT = [
    "t|Hoi {first}, vervelend dat je internet eruit ligt! Ik zie een storing in jouw wijk (ticket {n.ticket}). Onze monteurs verwachten het rond {n.time} op te lossen. Groet, {agent}",
    "t|Dag {first}, ik heb je simkaart op nummer {n.mask} voor je geblokkeerd. Een nieuwe sim is onderweg. Deel nooit je pincode of PUK met ons! ^{agent}",
    "t|Hi {first}, bedankt voor je DM. Ik zie dat je PUK {puk} hebt geprobeerd, maar die hoort bij een oude simkaart. Je nieuwe PUK vind je in Mijn {brand}. Gr. {agent}",
    "e|Beste {first}, je meterstand van {n.meter} is verwerkt. Je nieuwe voorschot wordt {n.amount} per maand vanaf {n.date}. Met vriendelijke groet, {agent}",
    "e|Hoi {first}, ik heb je klantnummer {cust} gevonden en je e-mailadres aangepast naar {email}. Je ontvangt binnen {n.qty} werkdagen bevestiging. Groet, {agent}",
    "b|Hoi {first}, goed dat je ons meteen benaderde. Geef nooit een sms-code door aan iemand die belt. We hebben je pas met nummer {n.mask} geblokkeerd. Bel ons op {n.cphone}. ^{agent}",
    "b|Beste {first}, de terugboeking van {n.amount} naar rekening {n.mask} staat voor {n.date} gepland. Vriendelijke groet, {agent}",
    "b|Hallo {first}, wil je je BSN a.u.b. niet via DM sturen? Ik heb je bericht verwijderd. Je kunt documenten veilig uploaden via {n.url}. Groet {agent}",
    "s|Hoi {first}! Je bestelling {n.order} is vandaag verzonden met trackingcode {n.track}. Veel plezier ermee! {agent}",
    "s|Hey {first}, sorry voor het wachten! Je retour is binnen en we storten {n.amount} terug op {n.mask}. Groetjes {agent}",
    "s|Beste klant, uw bestelling {{order_number}} wordt bezorgd op {{delivery_date}}. Gebruik code <code> om uw levering te bevestigen. Team {brand}",
    "*|Hoi {first}, om je te helpen heb ik je postcode en huisnummer nodig. Stuur die maar in een DM, niet hier. Groet, {agent}",
]

PUBLIC = [
    "t|{n.mention} al 3 dagen geen internet in {city}. Gaan jullie nog iets doen of niet? {n.hashtag}",
    "t|{n.mention} dit is nu de 4e storing deze maand 😡 {n.hashtag}",
    "t|Bedankt {n.mention} voor de snelle oplossing, binnen een uur weer online!",
    "e|{n.mention} voorschot van {n.amount} naar {n.amount}?? Zijn jullie helemaal gek geworden {n.hashtag}",
    "e|{n.mention} stroom is uit in heel de straat, iemand anders ook? {n.hashtag}",
    "b|{n.mention} app doet het weer niet. Foutcode {n.err}. Kan ik vandaag nog salaris overmaken of niet",
    "b|{n.mention} bel me even op {phone} want via de chat kom ik nergens",
    "s|{n.mention} pakket {n.track} ligt volgens track&trace bij de buren maar de buren hebben niks",
    "s|{n.mention} nooit meer bij jullie bestellen. Bestelling {n.order} al 2 weken onderweg {n.hashtag}",
    "s|Super blij met mijn {product} van {n.mention}! 🥰",
    "*|{n.mention} waarom moet ik {n.cphone} bellen als niemand opneemt",
    "*|{n.mention} mijn mail is {email} stuur de info daar maar heen",
]

GREET = ["Beste {brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "Hoi,"]
CLOSE = ["Met vriendelijke groet,", "Groeten,", "Alvast bedankt!", "Mvg,", "Vriendelijke groet,", "Hoogachtend,"]
SIGN = [
    "{name}\n{addr:ml}\nTel: {phone}",
    "{name}",
    "{first}\n\nVerstuurd vanaf mijn iPhone",
    "{name}\nKlantnummer {cust}",
    "{name}\n{phone}",
    "{first} {last}\nMobiel {phone} | {email}",
]
QHEAD = ["Op {n.date} om {n.time} schreef Klantenservice {brand}:", "-----Oorspronkelijk bericht-----\nVan: {brand} Klantenservice\nOnderwerp: Uw vraag ({n.ticket})",
         "Op {n.date} heeft {brand} het volgende geschreven:"]
EXTRA = [
    "Ik heb eerder al gebeld maar toen werd ik na 20 minuten doorverbonden en viel de lijn weg. Daarom nu maar per mail.",
    "Het is echt niet de eerste keer dat dit gebeurt. Vorig jaar had ik precies hetzelfde probleem en toen duurde het ook weken.",
    "Ik hoop dat jullie hier snel naar kunnen kijken want ik werk thuis en ben afhankelijk van een goede verbinding.",
    "In de bijlage vindt u een foto van de brief die ik heb ontvangen.",
    "Mijn moeder is 84 en heeft hier geen verstand van, ik regel het voor haar.",
    "Graag ontvang ik binnen een week een reactie, anders dien ik een klacht in bij de geschillencommissie.",
    "Verder ben ik wel tevreden hoor, het gaat me puur om deze ene kwestie.",
    "Zouden jullie ook kunnen bevestigen dat de oude machtiging is stopgezet?",
]

PLAIN += [
    "t|Ik vlieg morgen met {n.flight} naar Turkije, werkt mijn bundel daar ook of moet ik iets aanzetten?",
    "t|Firmware {n.ver} voor de {n.model} gedownload, checksum klopt niet: {n.sum}. Is dat bestand wel goed?",
]
AGENT += [
    "e|Beste {first},\n\nBedankt voor je bericht. Je jaarafrekening ({n.inv}) is gecorrigeerd, het nieuwe bedrag is {n.amount}.\n\nMet vriendelijke groet,\n{agent}\n{brand} B.V. | {n.kvk} | {n.cphone}",
]

CRED += [
    "b|Onze boekhoudsoftware haalt transacties op met deze access token: {tok}\nSinds {n.date} krijgen we 403. Kunnen jullie kijken?",
    "s|Voor de partnerkoppeling: api key {api}, endpoint {n.url}, foutcode {n.err}",
    "t|Wifi-sleutel veranderd naar {wifi}, maar de {n.model} pakt hem niet. Moet ik poort {n.port} openzetten ofzo?",
    "b|Er is ingelogd vanaf {ip} om {n.time}, dat was ik niet! Mijn gebruikersnaam is {user}",
]
PLAIN += [
    "s|Ik heb {n.qty} besteld van artikel {n.prod} maar kreeg een ander model. Bestelling {n.order}",
    "e|Klant sinds {n.year} en nu ineens een boete van {n.amount}? Zie {n.url}",
    "t|Tv-pakket aangepast via {n.url} maar op de factuur staat nog steeds het oude bedrag ({n.amount})",
]
AGENT += [
    "s|Hoi {first}, je bestelling {n.order} ({n.qty}) is onderweg. Volg hem via {n.url}. {brand} B.V., {n.kvk}. Groet {agent}",
]
