# Belgian Dutch (Flemish) templates.
G = {}
G["chat"] = [
    "Dag, ik heb gisteren een deelauto gereserveerd via {@bcar} maar de badge werkt ni. Mijn lidnummer is {custno}. Kunt ge mij bellen op {phone}?",
    "Allez, al de derde keer dat de waarborg van {!amount} nog niet teruggestort is. Rekeningnummer {iban}, op naam van {@full}",
    "Ik heb een code gekregen via sms: {otp}. Moet ik die aan jullie doorgeven of gewoon in de app ingeven?",
    "Goeiemiddag, voor de huurwagen moet ik mijn rijksregisternummer doorgeven? Da's {rrn}. Geboren {dob} te {@city}",
    "Hoe verander ik mijn paswoord? Het huidige is {password} en dat is te simpel zegt de app",
    "Voor de taalcursus {@course} wil ik inschrijven met de KMO-portefeuille. Mijn ondernemingsnummer is {!creg}, mijn gsm {phone}",
    "De les van {!date} om {!time} is geannuleerd zonder verwittiging. Inschrijvingsnummer {custno}. Ik wil mijn {!amount} terug op {iban}",
    "Hallo, ik ben verhuisd naar {address}. Kunt ge dat aanpassen voor het huurcontract? Klantnummer {custno}",
    "Wij zoeken een appartement in {@city} tot {!amount} per maand. Bereikbaar op {phone} of via {email}",
    "De code van het sleutelkastje aan de voordeur is {pin}, de alarmcode {pin}. Voor de plaatsbeschrijving morgen om {!time}",
    "Mijn boekhouder vraagt de login van Tax-on-web. Gebruiker {username} en paswoord {password}. Is dat veilig via hier?",
    "Hier de gevraagde gegevens voor de personenbelasting {!year}: rijksregisternr {rrn}, IBAN {iban}, adres {address}",
    "Onze telefooncentrale ({!model}) geeft sinds vanmorgen {!error}. Contractnummer {custno}, installatie op {address}",
    "PUK-code nodig voor het gsm-nummer {phone}, de sim is geblokkeerd na 3x foute pincode. Klantnr {custno}",
    "Het wifi-paswoord voor de gasten op ons kantoor is {wifi}, netwerk {@ssid}. Kunt ge dat aanpassen naar iets simpelers?",
    "De verificatiecode is {otpw}",
    "Mijn bankkaart {card} vervalt op {expiry}, nieuwe kaart komt pas binnen {!dur}. Kunt ge de domiciliëring op {iban} zetten?",
    "Hoeveel kost een extra lijn? We hebben er nu {!qty}. Contactpersoon {@full}, {email}",
]
G["public"] = [
    "{!mention} al {!dur} aan de lijn gehangen en niemand neemt op. Serieus? {!hashtag}",
    "{!mention} waarom is mijn waarborg van {!amount} nog altijd niet terug? {!hashtag}",
    "Echt tevreden over de lessen bij {@blang}! {!hashtag} {!url}",
    "{!mention} bel mij eens terug aub {phone}",
    "{!mention} storing internet op kantoor in {@city} sinds {!time}, ticket {!ticket} {!hashtag}",
    "Appartement bezocht via {@bimmo}, makelaar kwam {!dur} te laat {!hashtag}",
]
G["agent"] = [
    "Dag {@name}, sorry voor het ongemak! Uw waarborg van {!amount} werd vandaag teruggestort op {!masked}. Vriendelijke groeten, {@agent}",
    "Hallo {@name}, de nieuwe code voor het sleutelkastje is {pin}. Die is geldig tot {!date} {!time}. Groetjes, {@agent}",
    "Dag {@name}, kunt ge ons uw klantnummer in privébericht sturen? Deel nooit uw paswoord of pincode. ^{@agent}",
    "Beste {@name}, uw PUK-code is {puk}. Geef die in en kies daarna een nieuwe pincode. Meer info: {!url}. {@agent}",
    "Dag {@name}, we hebben uw adres gewijzigd naar {address}. Uw contractnummer blijft {custno}. Mvg, {@agent}",
    "Hallo [[first_name]], we bellen u terug op {phone} voor dossier {!ticket}. Tot dan! {@agent}",
]
G["ebody"] = [
    "In bijlage de documenten voor de aangifte personenbelasting aanslagjaar {!year}.\n\nRijksregisternummer: {rrn}\nPartner: {rrn}\nRekeningnummer voor terugbetaling: {iban}\nAdres: {address}\n\nHet paswoord voor het PDF-bestand is {password}.",
    "Naar aanleiding van de plaatsbeschrijving op {!date}: de huurwaarborg van {!amount} mag gestort worden op {iban}. Mijn nieuw adres is {address}.\n\nDe meterstanden bij vertrek: elektriciteit {!meter}, gas {!meter}. EAN {ean}.",
    "Wij zijn klant bij u onder contractnummer {custno} ({@company}, ondernemingsnummer {!creg}).\n\nSinds {!date} valt de vaste lijn regelmatig weg. De technieker mag langskomen op {address}. Code van de poort: {pin}. Contact ter plaatse: {@full}, {phone}.",
    "Ik heb op {!date} een wagen gehuurd in {@city} (reservatie {!order}). Bij het inleveren stond de kilometerstand op {!meter}, toch rekent u {!amount} extra aan.\n\nGelieve mij te contacteren op {phone} of {email}.",
]
G["greet"] = ["Geachte,", "Dag {@agent},", "Beste,", "Goeiedag,", "Hallo,"]
G["close"] = ["Met vriendelijke groeten,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groet,"]
G["sigc"] = ["{@full}\nGsm {phone}", "{@full}\n{address}\n{phone}", "{@name}\n\nVerzonden vanaf mijn Samsung Galaxy smartphone.",
             "{@full}\nZaakvoerder {@company}\nBTW {!creg}\nT {phone} - {email}", "{@full} - {email}"]
G["siga"] = ["Met vriendelijke groeten,\n{@agent}\nKlantendienst {@btel}\n{!cphone}\nOnd.nr. {!creg}",
             "Vriendelijke groeten,\n{@agent}\n{!url} | {!cphone}",
             "Mvg,\n{@agent}\nTeam Verhuur\nBTW {!creg}"]
G["qhdr"] = ["Op {!date} om {!time} schreef Klantendienst:", "Van: Klantendienst\nVerzonden: {!date}\nOnderwerp: dossier {!ticket}",
             "Op {!date} {!time}, {@agent} schreef:"]
G["fwd"] = ["---------- Doorgestuurd bericht ---------\nVan: {@full} <{email}>\nDatum: {!date}\n",
            "-------- Oorspronkelijk bericht --------\nVan: {@full} <{email}>\n"]
G["disc"] = ["Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
             "Denk aan het milieu voor u deze mail afdrukt."]
G["subj"] = ["Onderwerp: waarborg", "Onderwerp: RE: dossier {!ticket}", "Onderwerp: aangifte", "Onderwerp: storing lijn"]
G["qhdrc"] = ["Op {!date} om {!time} schreef {@full} <{email}>:", "Van: {@full} [mailto:{email}]\nVerzonden: {!date}"]

G["chat"] += [
    "De PUK-code van mijn herlaadkaart is {puk}, toch blijft ze geblokkeerd",
    "Ik heb de PUK {puk} ingegeven en nieuwe pincode {pin} gekozen. Nu geen bereik meer?",
    "Token van onze integratie: {token} . Krijgen {!error} sinds update {!version}",
    "Access token uit het portaal is {token}, vervalt binnen {!dur}",
    "Verzending van de nieuwe modem: {!tracking}. Nog altijd niet geleverd op {address}",
    "Pakket {!product} besteld, tracking {!tracking}. Leveradres {address}",
    "Kilometerstand bij het ophalen {!meter} en bij het terugbrengen {!meter}. Waarom {!amount} extra?",
    "Meterstanden bij intrek: {!meter} dag en {!meter} nacht. EAN-code {ean}",
    "Gebruiker: {username}\nPaswoord: {password}\nDat is voor het klantenportaal van de boekhouder",
    "paswoord vergeten, het oude was {password}. mail mij op {email} aub",
    "Mijn gsm-nummer is veranderd naar {phone}. Het oude ({phone}) mag geschrapt worden",
    "bel mij op {phone} na {!time}, ik sta nu in de klas",
    "Mijn rijksregisternummer staat fout: het is {rrn} en niet {rrn}",
    "Voor de huurwaarborg via de bank: mijn RRN {rrn}, geboortedatum {dob}",
    "Onze SIP-toestellen ({!model}) registreren niet meer, poort {!port}, publiek IP {ip}",
    "Er staat {!pct} btw op de factuur {!invoice} maar we zijn btw-plichtig, ondernemingsnr {!creg}",
]
G["public"] += [
    "{!mention} site {!url} geeft {!error} bij het inloggen {!hashtag}",
    "{!mention} al {!dur} geen internet op ons kantoor, ticket {!ticket} {!hashtag}",
    "{!mention} prijsstijging van {!pct} zonder verwittiging? {!hashtag}",
    "Lessen bij {@blang} starten op {!date}, wie gaat er mee? {!hashtag}",
]
G["agent"] += [
    "Dag {@name}, uw modem is onderweg met zending {!tracking}. Levering voorzien op {!date}. {@agent}",
    "Hallo {@name}, uw nieuw pakket {!product} is actief sinds {!date}, {!amount} per maand. Mvg, {@agent}",
    "Dag {@name}, uw gebruikersnaam is {username}. Een nieuw paswoord aanvragen kan via {!url}. {@agent}",
    "Hallo {@name}, we hebben uw e-mailadres aangepast naar {email}. ^{@agent}",
]
G["ebody"] += [
    "Zoals afgesproken de gegevens voor de installatie:\n\n- adres: {address}\n- contact: {@full} ({phone})\n- startdatum: {!date}\n- aantal lijnen: {!qty}\n\nWifi voor de techniekers: {@ssid} / {wifi}",
    "Graag had ik toegang tot het klantenportaal. Mijn login is {username}, tijdelijk paswoord {password}. De sms-code {otp} gaf een fout ({!error}). Gsm: {phone}",
]

G["chat"] += [
    "Betaling mislukt. Kaartnummer {card}, vervaldatum {expiry}, controlecode {cvv}",
    "Visa {card} - {expiry} - {cvv}. Voor de waarborg van de huurwagen",
    "Geboortedatum: {dob}. Klantnummer: {custno}. Ik wil de cursus {@course} annuleren",
    "Mijn klantnummer is {custno} en het contract {custno}. Dossier bij jullie {!ticket}",
    "Code van de garagepoort: {pin}, alarm: {pin}. Voor de makelaar die morgen komt",
    "De ontgrendelcode van de gsm die ik terugbreng is {pin}",
    "Per ongeluk onze API-sleutel gedeeld: {apikey}. Graag intrekken!",
    "Vast IP-adres van ons kantoor: {ip}. Kunt ge dat toelaten?",
]
G["agent"] += [
    "Dag {@name}, de betaling met kaart {!masked} is gelukt, reservatie {!order} bevestigd. {@agent}",
    "Hallo {@name}, uw geboortedatum is aangepast naar {dob}. Mvg, {@agent}",
]
G["pad"] = [
    "Ik heb al verschillende keren gebeld naar jullie klantendienst maar telkens word ik doorverbonden en moet ik alles opnieuw uitleggen.",
    "Sorry voor de lange mail, maar zo hebt ge meteen alle informatie en moeten we niet tien keer heen en weer mailen.",
    "Ik had graag zo snel mogelijk een antwoord gekregen, want dit sleept nu al een tijdje aan en het begint ons echt geld te kosten.",
    "Als er nog iets ontbreekt, laat het mij gerust weten. Ik ben overdag moeilijk bereikbaar, dus liefst per mail.",
]
G["fwdintro"] = ["Ter info, zie hieronder.", "Zie mail hieronder"]
