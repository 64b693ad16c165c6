"""Dutch (NL) templates. 'sector|text'. {slot} labelled, {!kind} negative, {~fill} filler, {{x}} literal macro."""
DM = [
    "dentist|Hoi, ik wil mijn afspraak van {!date} om {!time} verzetten. Mijn patiëntnummer is {cust} en geboortedatum {dob}. Bel me gerust op {phone}",
    "physio|hallo! voor de vergoeding vraagt mijn verzekeraar het bsn erbij, dat is {bsn}. zo staat het op mn zorgpas iig. groet {~first}",
    "ferry|Goedemiddag, boeking {!order} voor de overtocht van {!date} {!time}. Kunnen jullie het kenteken nog wijzigen? Mijn mail is {email}",
    "train|Ik heb 2x betaald voor dezelfde rit ({!amount}). mijn rekeningnr voor de terugstorting: {iban}. klantnummer {cust}",
    "carshare|De app blijft hangen bij het inloggen. gebruikersnaam {user} ww {password} (ja ik weet het, ga ik zo wijzigen)",
    "parking|Parkeersessie loopt nog terwijl ik al om {!time} weg was!! Account: {email}, telnr {phone}",
    "festival|ik krijg de code niet binnen om mijn tickets over te zetten... oh wacht hij is er: {otp}. moet ik die hier sturen?",
    "cleaning|Schoonmaker komt morgen, sleutelkastje hangt naast de voordeur, de code is {pin}. Adres {address}",
    "laundry|Ophalen mag ook bij de buren. Mijn adres: {address}. Betaald met de creditcard die eindigt op {!masked}",
    "petshop|Bestelling {!order} is nooit aangekomen (track & trace {!track}). Graag terugstorten op {iban} t.n.v. {~name}",
    "train|Mijn abonnement {cust} is ineens {!pct} duurder geworden?? Niemand heeft me iets laten weten",
    "carshare|Ik heb de auto ingeleverd met een kilometerstand van {!meter} maar jullie rekenen veel meer km. Klantnr {cust}, factuur {!invoice}",
    "any|Nieuwe creditcard: {card} geldig tot {exp} cvc {cvv}. Kunnen jullie die aan mijn account koppelen?",
    "physio|Kun je me terugbellen op {phone}? Of mailen naar {email}. Het gaat over de rekening van {!amount}",
    "dentist|Dag, nieuw adres doorgeven: {address}. Het oude adres was {address.2}. Geb. datum {dob}",
    "festival|Login werkt niet. Ik heb het wachtwoord gereset naar {password} maar hij geeft nog steeds {!err}. App versie {!ver}",
    "ferry|mijn sms code {otp} werkt niet en nu is mn account geblokkeerd?! telefoon {phone}",
    "cleaning|Alarmcode voor donderdag: {pin}. Voor de robotstofzuiger: netwerk Ziggo8812 en het wifi-wachtwoord is {wifi}",
    "coach|Reservering {!order}, vertrek {!date} om {!time} vanaf Utrecht CS. Ik wil annuleren, geld graag terug op {iban}",
    "petshop|het abonnement op kattenbrokken (2x {!qty}) wil ik stopzetten. Klantnummer: {cust}",
    "parking|Hoi, de pincode van de app ben ik kwijt, de oude was {pin}. Mag ik een nieuwe? Gebruikersnaam is {user}",
    "train|Door jullie storing mijn vlucht {!flight} gemist!! Trein van {!time} reed niet. Wie betaalt dit? Mail: {email}",
    "festival|de code die ik gekregen heb is {otpw}, zo goed?",
    "parking|Jullie website blokkeert mij, mijn IP is {ip} volgens whatismyip. foutmelding {!err}",
    "carshare|Telefoon op slot na 3x foute pin, kan de auto dus niet openen met de app. PUK van mn simkaart is {puk} maar dat helpt jullie niet denk ik",
    "any|Kreeg deze sms: \"Uw verificatiecode is {otp}. Deel deze code met niemand.\" Maar ik had niks aangevraagd?",
    "laundry|Mijn nummer is veranderd, nieuw: {phone} (oud {phone.2}). Ophaalmoment {!date} blijft staan",
    "laundry|De wasmachine in jullie wasserette (model {!model}) heeft {!amount} opgeslokt. Klant sinds {!year}, pasnummer {cust}",
    "dentist|ik heb morgen om {!time} een afspraak maar ik lig met koorts op bed. klantnr {cust}. sorry!!",
]
PUB = [
    "{!mention} alweer de trein van {!time} naar {~city} geschrapt. Top weer {!hashtag}",
    "{!mention} al 3 weken geen reactie op mijn klacht {!ticket}. Bel me dan gewoon: {phone}",
    "Wie heeft er nog 2 tickets voor zaterdag? {!mention} zegt uitverkocht. DM of mail {email}",
    "{!mention} de veerboot van {!time} vertrok gewoon 10 min te vroeg. Boeking {!order}. Ik wil m'n {!amount} terug",
    "Top geholpen door {~brand} vandaag, dank jullie wel! {!hashtag}",
    "{!mention} jullie app ({!ver}) crasht bij het betalen, foutcode {!err}. Iemand anders ook?",
    "{!mention} ik stuur nu al voor de derde keer mijn klantnummer {cust} en er gebeurt NIKS",
    "{!mention} waarom moet ik {!amount} betalen voor parkeren van {!time} tot {!time.2}?? {!url}",
    "Let op mensen: {~brand} vraagt NOOIT om je code. Ik gaf {otp} aan een 'medewerker' en nu is mijn account weg {!hashtag}",
    "{!mention} bus niet gekomen, chauffeur nergens te bekennen en {!cphone} is constant in gesprek {!hashtag}",
    "{!mention} Mijn adres is {address}, al twee keer verkeerd bezorgd. Wat moet ik nog meer doen",
    "{!mention} sinds {!date} wacht ik op terugbetaling van {!amount}. {!hashtag} {!hashtag.2}",
]
MAIL = [
    "dentist|Ik wil graag een afspraak maken voor een controle en gebitsreiniging. Mijn gegevens:\n\nNaam: {~name}\nGeboortedatum: {dob}\nBSN: {bsn}\nAdres: {address}\nTelefoon: {phone}\nE-mail: {email}\n\nIk kan het best op woensdagmiddag na {!time}. Mijn zoon wil ook graag mee, kan dat aansluitend?",
    "train|Op {!date} stond ik met de trein van {!time} ruim een uur stil bij {~city}. Volgens jullie voorwaarden ({!url}) heb ik recht op geld terug.\n\nMijn abonnementsnummer: {cust}\nRekening: {iban} t.n.v. {~name}\nBedrag: {!amount}\n\nIk heb al eerder een klacht ingediend onder nummer {!ticket}, maar daar hoor ik niets meer over.",
    "festival|Ik heb via jullie site 4 tickets gekocht (bestelnummer {!order}, factuur {!invoice}) maar ze staan niet in mijn account. Inloggen lukt wel, gebruikersnaam {user}. Betaald met creditcard {!masked}.\n\nKunnen jullie dit uitzoeken? Het festival is al op {!date} en ik wil niet voor een dichte poort staan.",
    "carshare|Bij het ophalen van de deelauto op {!date} was de tank leeg en stond de kilometerstand op {!meter}. Ik moest {!amount} voorschieten voor brandstof, de bon zit in de bijlage.\n\nMijn lidnummer is {cust}. Graag uitbetalen op {iban}.\n\nOok was de auto vies van binnen, zie foto's.",
    "cleaning|Vanaf volgende week komt er een nieuwe schoonmaker bij ons, toch? Even de praktische info:\n- adres: {address}\n- code sleutelkluisje: {pin}\n- alarm uitzetten met {pin.2}\n- wifi (als ze iets moet opzoeken): {wifi}\nBij problemen kan ze me bellen op {phone}.",
    "parking|Ik denk dat mijn account gehackt is. Er staan parkeersessies op van {!date} in een stad waar ik nooit geweest ben.\n\nMijn login is {email}, het wachtwoord was {password}; ik heb het zojuist gewijzigd naar {password.2}. In jullie beveiligingsmail stond inlog vanaf IP {ip}.\n\nWillen jullie de gekoppelde creditcard blokkeren?",
    "laundry|Mijn overhemden ({!qty}, totaal {!amount}) zouden op {!date} tussen {!time} en {!time.2} bezorgd worden maar er kwam niemand. Ik was de hele dag thuis!\n\nAdres: {address}\nTelefoon: {phone}\nOrdernummer: {!order}\n\nGraag een nieuw moment.",
    "petshop|Ik heb een bestelling gedaan met artikelnummer {!prod}, maar er is iets anders geleverd ({!prod.2}). Kunnen jullie de retour komen ophalen op {address}? Mijn klantnummer is {cust}.\n\nDe hond vindt het verkeerde voer trouwens ook niet lekker haha.",
    "ferry|Wij hebben een overtocht geboekt op {!date} met auto en caravan (boeking {!order}). Nu blijkt de prijs {!amount} hoger te zijn dan eerst vermeld.\n\nIk wil de betaling graag via een andere creditcard doen: {card}, geldig t/m {exp}, CVC {cvv}. Telefonisch lukt niet, ik hang steeds in de wacht.",
    "physio|Hierbij stuur ik mijn verwijzing van de huisarts door.\n\nZorgverzekeraar polisnummer: {cust}\nBSN: {bsn}\nGeboren: {dob}\n\nIk heb sinds {!date} last van mijn knie na het hardlopen. Liefst een afspraak in de avond, na {!time}.",
    "coach|Ik ben op {!date} met jullie nachtbus naar Parijs gereisd (ticket {!order}). Bij aankomst om {!time} bleek mijn koffer weg te zijn.\n\nIk ben bereikbaar op {phone} of overdag op {phone.2} (werk). Mijn adres voor als hij gevonden wordt: {address}.",
    "train|Voor onze reisplanner-app gebruiken wij jullie reisinformatie-API. Sinds jullie update naar {!ver} krijgen we {!err} terug.\n\nAPI key: {api}\nBearer token: {token}\nRequest-id: {!reqid}\nWe verbinden via poort {!port}.\n\nOnze gegevens: {!creg}.",
    "any|Graag wil ik mijn gegevens bij jullie laten aanpassen.\n\nOud e-mailadres: {email}\nNieuw e-mailadres: {email.2}\nNieuw telefoonnummer: {phone}\nKlantnummer: {cust}\n\nMijn geboortedatum ter verificatie: {dob}.",
    "parking|Namens onze stichting ({!creg}) beheren wij 12 parkeervergunningen. Kunt u de incasso voortaan van rekening {iban} laten lopen in plaats van {iban.2}? Het contractnummer is {cust}. De factuur {!invoice} van {!amount} graag nog van de oude rekening.",
]
AGENT = [
    "Hoi {~first}, dank voor je bericht! Ik zie je boeking {!order} staan. Klopt het dat je telefoonnummer {phone} is? Dan bellen we je morgen. Groet, {~agent}",
    "Hallo {{first_name}}, om je te helpen hebben we je klantnummer en postcode nodig. Stuur die gerust via DM, niet openbaar. ^{~agent}",
    "Dank je {~first}. Ik heb het bedrag van {!amount} teruggestort op {iban}. Het kan 3 werkdagen duren. Referentie {!ticket}.",
    "Hoi! Deel nooit je wachtwoord of sms-code met ons, ook niet via DM. De code {otp} die je stuurde is inmiddels verlopen, vraag een nieuwe aan via {!url}.",
    "Helaas konden we je niet bereiken op {phone}. Bel ons gerust via {!cphone} (ma t/m vr 8-20 uur). Groetjes {~agent}",
    "We hebben je e-mailadres gewijzigd van {email} naar {email.2}. Je ontvangt binnen een paar minuten een bevestiging.",
    "Je afspraak is verzet naar {!date} om {!time}. Patiëntnummer {cust}. Tot dan! {~agent}",
    "Hoi {~first}, ik zie dat je kaart eindigend op {!masked} is geweigerd ({!err}). Wil je een andere betaalmethode proberen?",
    "De kilometerstand bij inleveren was {!meter}, dus de rekening klopt helaas wel. Factuur {!invoice} blijft staan.",
    "Dank je wel, je nieuwe adres {address} staat genoteerd. Je volgende levering komt op {!date}.",
    "Ter controle: is je geboortedatum {dob} en je e-mail {email}? Dan ontgrendel ik je account {cust}.",
    "We hebben een resetlink gestuurd naar {!maskmail}. Klopt dat adres niet meer? Stuur dan je klantnummer en geboortedatum.",
    "Je tijdelijke wachtwoord is {password}. Wijzig dit direct na het inloggen via Mijn Account.",
]
GREET = ["Beste,", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,", "Hoi {~agent},", "Beste klantenservice,", "Goedenavond,", "Hallo team van {~brand},"]
CLOSE = ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt!", "Vriendelijke groeten,", "Groet,"]
SIG = ["{~name}\n{phone}", "{~name}\nTel: {phone}\n{address}", "{~first}\n\nVerzonden vanaf mijn iPhone", "{~name} | {email} | {phone}",
       "-- \n{~name}\nM {phone}\nE {email}", "{~name}\n\nVerstuurd vanaf Outlook voor Android", "{~first} {~last}\n{address}", "{~name}\nmob. {phone}"]
ASIG = ["{~agent}\nKlantenservice {~brand}\nT {!cphone} | {!url}\n{!creg}", "Met vriendelijke groet,\n{~agent} | Team Klantcontact\n{~brand} - {!cphone}",
        "Groetjes, {~agent}\n{~brand} webcare", "{~agent}\nCustomer Care {~brand}\nBereikbaar via {!cphone} of {!url}"]
QHDR = ["Op {!date} om {!time} schreef {~brand} Klantenservice:", "Van: {~brand}\nVerzonden: {!date} {!time}\nAan: {~name}\nOnderwerp: RE: uw vraag ({!ticket})",
        "Op {!date} {!time} heeft {~agent} van {~brand} het volgende geschreven:", "-----Oorspronkelijk bericht-----\nVan: Klantenservice {~brand}\nDatum: {!date}\nOnderwerp: Uw melding {!ticket}"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: {~name} <{email}>\nDatum: {!date} {!time}\nOnderwerp: Fwd: klacht",
       "Begin doorgestuurd bericht:\n\nVan: {~name} <{email}>\nDatum: {!date}\nOnderwerp: mijn boeking {!order}"]
DISC = ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken. {!creg}",
        "Let op: ik werk op ma, di en do. Dit bericht is vertrouwelijk.", "Denk aan het milieu voordat je deze mail print.", "Aan dit bericht kunnen geen rechten worden ontleend. {!creg}"]
OPEN = ["Hoi", "Hallo", "Goedemiddag!", "hee", "Dag", "Hallo daar", "Goedemorgen"]
EXTRA = [
    "Ik heb hier eerder al over gebeld, op {!date} rond {!time}, maar toen werd ik na 25 minuten in de wacht gewoon afgebroken. Ook het contactformulier op jullie site gaf een foutmelding ({!err}).",
    "Eerlijk gezegd ben ik best teleurgesteld. Ik ben al jaren tevreden klant, maar de laatste maanden gaat er steeds iets mis. Ik hoop dat jullie dit snel oppakken, anders zoek ik het elders.",
    "Voor de volledigheid: ik heb de app ({!ver}) al verwijderd en opnieuw geïnstalleerd, telefoon herstart, en het ook op de laptop geprobeerd. Niks helpt.",
    "Mocht u nog iets nodig hebben, dan hoor ik het graag. Ik ben overdag slecht bereikbaar, mailen heeft de voorkeur.",
    "PS de vorige keer (zaaknummer {!ticket}) is het ook pas na drie weken opgelost, dus ik hoop dat het nu sneller gaat.",
    "Ik heb de bevestiging en de bon als bijlage toegevoegd. Het totaalbedrag was {!amount}, inclusief {!pct} btw.",
]
DM += [
    "festival|Betaling mislukt steeds ({!err}). Kaartnummer {card}, vervaldatum {exp}, de 3 cijfers achterop: {cvv}. Wat doe ik fout?",
    "coach|kan iemand mijn creditcard checken? {card} exp {exp} cvc {cvv}, hij wordt steeds geweigerd bij het boeken",
    "parking|Inlognaam: {user}\nWachtwoord: {password}\nWerkt allebei niet meer sinds de update naar {!ver}",
    "carshare|mijn account {user} is geblokkeerd, heb 3x {password} geprobeerd. Kan iemand ontgrendelen?",
    "any|Kreeg een melding dat mijn simkaart geblokkeerd is, PUK-code {puk} ingevoerd en nu doet de app het weer niet",
    "petshop|Pakket {!track} staat al 5 dagen op 'onderweg'. Artikel {!prod}. Mijn tel {phone}",
    "physio|Mijn geboortedatum is {dob}, niet {dob.2} zoals op de factuur staat. BSN {bsn}",
    "laundry|Jullie app vroeg om een token voor de koppeling met mijn slimme wasmachine, dit stond in het scherm: {token}",
]
MAIL += [
    "parking|Bij het koppelen van onze wagenparkbeheer-software krijgen wij {!err} terug.\n\nGebruikte sleutel: {api}\nAccess token: {token}\nServer: poort {!port}, IP {ip}\nChecksum export: {!checksum}\n\nKunnen jullie meekijken? Contractnummer {cust}.",
    "festival|Ik probeer al dagen mijn tickets te betalen maar de betaling faalt steeds.\n\nKaart: {card}\nGeldig tot: {exp}\nCVC: {cvv}\nNaam op kaart: {~name}\n\nIk weet dat dit niet veilig is per mail maar ik weet het niet meer.",
]
