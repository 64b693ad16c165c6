"""Dutch (Netherlands) templates. Groups: (kind, sector) -> list."""
T = {}
T["chat", "gym"] = [
    "hoi, ik kom niet meer in de app van {f_brand}. gebruikersnaam is {user} en ww {password}, klopt gewoon maar krijg steeds foutcode {n_error}",
    "Goedemiddag, mijn lidnummer is {cust}. Ik wil mijn abonnement opzeggen per {n_date}. De incasso loopt via {iban}, graag de laatste termijn van {n_amount} niet meer afschrijven.",
    "De code van mijn kluisje werkt niet meer?? had {pin} ingesteld. Kluis 112 bij de kleedkamer heren",
    "Mijn dochter {f_first} wordt lid van de club.\nGeboortedatum: {dob}\nAdres: {addr}\nTel ouder: {phone}\nContributie ({n_amount}/kwartaal) mag van {iban}",
    "Ik kreeg net een sms met inlogcode {otp} van {f_brand} maar ik heb niks aangevraagd!! Is mijn account gehackt? mail is {email}",
    "pasje kwijt 😩 lidnr {cust}, geb {dob}. Kan ik een nieuwe halen in {f_city}? Kost toch {n_amount}?",
    "Welk wachtwoord heeft de wifi in de kantine nou? {f_ssid} met {wifi} werkt niet meer sinds {n_date}",
    "De poortcode van het sportpark is toch {pin}? Training begint om {n_time} en we staan met {n_qty} voor een dichte deur",
    "Hallo, ik betaal per maand {n_amount} maar er is {n_pct} verhoging doorgevoerd zonder bericht. Lidmaatschap {cust} op naam van {f_name}. Graag terugbetalen op NL-rekening {iban}",
    "Heb mijn wachtwoord gereset, nieuw ww is {password} maar app (versie {n_version}) zegt nog steeds 'ongeldige inlog'. Login: {email}",
]
T["chat", "vet"] = [
    "Goedemorgen, ik wil graag een afspraak voor {f_pet} (kat, 9 jaar) ivm vaccinatie. Klantnummer {cust}, tel {phone}.",
    "Factuur {n_invoice} van {n_amount} is twee keer afgeschreven van mijn rekening {iban}. Kunnen jullie er één terugstorten?",
    "Hoi, wij zijn verhuisd, nieuw adres is {addr}. Willen jullie dat aanpassen in het dossier van {f_pet}? Klantnr {cust}",
    "inloggen op het klantportaal lukt niet. gebruiker: {user} / wachtwoord: {password}. Krijg melding {n_error}",
    "Ik kreeg code {otp} per mail voor de online betaling van de operatie ({n_amount}) maar die is al verlopen, kunnen jullie een nieuwe sturen?",
    "We verhuizen met {f_pet} naar Spanje, vlucht {n_flight} op {n_date}. Kan het paspoort op tijd klaar zijn? Mobiel {phone}, mail {email}",
    "Pinnen lukte niet aan de balie. Kaartnummer {card}, geldig t/m {exp}, cvc {cvv}. Kunnen jullie het zo afschrijven?",
    "Spoed!! hond heeft chocolade gegeten. Ben onderweg, bel me terug op {phone}. Adres: {addr}",
    "Mag de rekening van {n_amount} in 3 termijnen? Mijn IBAN is {iban} en klantnummer {cust}. Alvast bedankt, {f_name}",
]
T["chat", "bike"] = [
    "Mijn leasefiets ({n_model}) heeft een lekke band. Contractnummer {cust}, ik sta nu op {addr}. Kan er iemand komen?",
    "hoi, de app van mijn e-bike vraagt pincode voor het slot. Heb {pin} gebruikt maar dat is fout. Firmware {n_version}",
    "FIETS GESTOLEN. polisnummer {cust}, aangifte gedaan op {n_date}. bel me ff op {phone}",
    "Bestelling {n_order} is nog steeds niet binnen. Track & trace {n_track} zegt al 4 dagen hetzelfde.",
    "Graag de borg van {n_amount} terugstorten op {iban} t.n.v. {f_name}.",
    "Kan ik inloggen met {email} en wachtwoord {password}? Want het werkgeversportaal zegt dat mijn account niet bestaat.",
    "Onderhoudsbeurt ingepland op {n_date} om {n_time}. Mijn medewerkernummer is {cust}. Ophalen op {addr} graag, fiets staat in de schuur (code slot {pin})",
    "De accu ({n_product}) laadt niet meer op, garantie loopt nog tot {n_year}. Mijn tel is {phone}",
    "Ik wil de fiets na afloop van het contract overnemen. Contract {cust}, restwaarde {n_amount}. Betalen kan met creditcard {card} exp {exp}?",
]
T["chat", "move"] = [
    "Wij verhuizen op {n_date} van {addr.1} naar {addr.2}. Wat kost dat ongeveer? 3-kamer app., ongeveer {n_qty}. Tel {phone}",
    "De sleutelkluis bij de nieuwe woning heeft code {pin}, dan kunnen jullie mannen er om {n_time} in.",
    "Offerte {n_invoice} klopt niet, er staat {n_amount} maar we hadden minder afgesproken. Klantnr {cust}.",
    "Schade aan de kast tijdens de verhuizing. Dossier {n_ticket}. Foto's gemaild. Vergoeding graag op {iban}",
    "Code voor de dienstlift is {pin}#, intercom bij {f_name} (3e verdieping)",
    "Voor de ontheffing van de gemeente vroegen jullie mijn BSN: {bsn}. Is dat echt nodig??",
    "kunnen jullie ook de piano meenemen? adres ophalen: {addr}, afleveren bij mijn moeder. mijn nr {phone}, mail {email}",
    "Aanbetaling van {n_pct} gedaan via iDEAL maar nog geen bevestiging. Referentie {n_order}, klantnummer {cust}",
]
T["chat", "plumb"] = [
    "Cv-ketel geeft storing {n_error}. Het is een {n_model}. Adres {addr}, ben thuis vanaf {n_time}. {phone}",
    "Lekkage onder de gootsteen!! Ik huur, huurcontract nr {cust}. Sleutel ligt in het kastje naast de deur, code {pin}",
    "Monteur kwam niet opdagen op {n_date}. Werkbon {n_ticket}. Ik wil de voorrijkosten van {n_amount} terug op {iban}",
    "Slimme thermostaat wil niet met de wifi verbinden. Netwerk {f_ssid}, sleutel {wifi}. Thermostaat draait op {n_version}.",
    "Meterstand gas {n_meter} m³ (foto erbij). EAN-code aansluiting: {cust}",
    "voor de ISDE subsidie vragen jullie mn BSN {bsn} en geboortedatum {dob}... klopt dat?",
    "Onderhoudscontract {cust}: de monteur mag om {n_time} komen, alarmcode is {pin}, daarna meteen de code {pin.2} intoetsen bij het hek",
    "Kunnen jullie me terugbellen op {phone}? Radiatoren worden niet warm, ketel {n_model} (bouwjaar {n_year}).",
]
T["chat", "phone"] = [
    "Mijn simkaart is geblokkeerd na 3x verkeerde pin. Is de PUK {puk}? Klantnummer {cust}, nummer {phone}",
    "Nieuwe {n_model} gekocht bij jullie in {f_city} maar ontgrendelcode vergeten. Was {pin} of zo. Wat nu?",
    "ik krijg de overstapcode {otp} niet binnen, mijn nummer is {phone}. Ordernr {n_order}",
    "Abonnement verlengen: klantnr {cust}, geb.datum {dob}, IBAN {iban}. Bundel van {n_amount} p/m.",
    "Telefoon ter reparatie gebracht. Toegangscode is {pin} en Apple ID {email}, wachtwoord {password}. Graag snel, ik heb hem nodig voor werk",
    "Mijn rekening is {n_amount} hoger dan normaal, factuur {n_invoice}. {n_pct} meer dan vorige maand!",
    "Sim-pin: {pin}\nPUK: {puk}\nNummer: {phone}\nKan iemand mijn nieuwe esim activeren?",
    "Modem van jullie, admin wachtwoord {password} werkt niet, inloggen via de browser geeft {n_error}",
]
T["chat", "tech"] = [
    "Wij (hockeyclub) koppelen onze ledenadministratie aan jullie API. Key {apikey} geeft sinds {n_date} een {n_error}. Request-id {n_req}",
    "Mijn account is geblokkeerd vanaf IP {ip}, ik zit gewoon thuis. Gebruikersnaam {user}",
    "Developer hier: de webhook naar poort {n_port} faalt, bearer token {token} is nog geldig tot {n_date}.",
    "De firmware van de thermostaat ({n_version}) heeft checksum {n_checksum}, maar de download op {n_url} geeft een andere. Mijn login is {user}, wachtwoord {password}",
]
T["public", "any"] = [
    "{n_mention} al 3 weken wachten op een reactie over {n_ticket}!! {n_hashtag}",
    "{n_mention} jullie hebben {n_amount} afgeschreven terwijl ik heb opgezegd per {n_date}. Bel me maar: {phone}",
    "Wat een service van {n_mention}, binnen een dag geholpen 👍 {n_hashtag} {n_hashtag}",
    "{n_mention} hoe kan ik jullie bereiken? {n_cphone} neemt niet op en de chat op {n_url} werkt niet",
    "@{f_brand} mail me even op {email}, dit wil ik niet openbaar bespreken",
    "{n_mention} Monteur zou tussen {n_time} en {n_time.2} komen. Niemand gezien. Adres is {addr} als jullie het kwijt zijn 🙄",
    "Ik heb al 4x mijn klantnummer ({cust}) doorgegeven {n_mention}, wat willen jullie nog meer?!",
    "{n_mention} storing? app geeft {n_error} bij inloggen {n_hashtag}",
    "Pakket {n_track} ligt al een week 'in sorteercentrum' {n_mention} {n_hashtag}",
    "Zijn er meer mensen bij {n_mention} die {n_pct} meer moeten betalen vanaf {n_year}? {n_hashtag}",
    "{n_mention} DM gestuurd, bel me aub terug op {phone}",
    "Bij {n_mention} in {f_city} je fiets laten maken = 2 weken wachten. Top. {n_hashtag}",
]
T["agent", "any"] = [
    "Hoi {f_first}, vervelend dat je niet kunt inloggen! Ik heb je account ({cust}) gecontroleerd en het wachtwoord gereset. Je ontvangt een mail op {email}. Groet, {f_agent}",
    "Dank voor je bericht. Ik zie de dubbele afschrijving van {n_amount} en heb die teruggestort op {iban}. Dit staat binnen 3 werkdagen op je rekening. ^{f_init}",
    "Hallo! Deel je nooit je wachtwoord via de chat? Ik heb de inloggegevens die je stuurde ({password}) direct laten blokkeren. Maak via {n_url} een nieuw wachtwoord aan. Gr. {f_agent}",
    "Hi, we hebben je nieuwe adres ({addr}) genoteerd bij klantnummer {cust}. Vanaf {n_date} gaat alle post daarheen. ^{f_init}",
    "Goedemorgen, de monteur komt {n_date} tussen {n_time} en {n_time.2}. Hij belt vooraf naar {phone}. Vragen? Bel ons op {n_cphone}. Met vriendelijke groet, {f_agent}",
    "Stuur je ons even een DM met je klantnummer en postcode? Dan kijken we met je mee! ^{f_init}",
    "Hoi! Je PUK-code is {puk}. Let op: na 10x fout is de simkaart definitief geblokkeerd. Groetjes, {f_agent}",
    "We hebben je melding onder nummer {n_ticket} geregistreerd. De vergoeding van {n_amount} wordt overgemaakt naar {iban} t.n.v. {f_name}. Fijne dag! {f_agent}",
    "Dag {f_first}, graag gedaan! Je creditnota {n_invoice} is verstuurd naar {email}. Ons KvK-nummer is {n_reg} mocht je dat nodig hebben. ^{f_init}",
    "Hallo {{voornaam}}, je verificatiecode is <CODE>. Deel deze code met niemand. — sorry, dat was een verkeerd sjabloon! Je code is {otp}. {f_agent}",
    "Ik zie dat je kaart eindigend op {n_masked} is geweigerd. Probeer het opnieuw of betaal via {n_url}. Groet, {f_agent}",
    "Bedankt voor het doorgeven. We bellen je morgen tussen {n_time} en {n_time.2} op {phone}. ^{f_init}",
]
EMAIL = {
    "greet": ["Beste {f_brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,",
              "Hoi team,", "Geachte medewerker,", "Goedemorgen allemaal,"],
    "close": ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt!", "Vriendelijke groeten,", "Gr.",
              "Met hartelijke groet,", "Dank en groet,"],
    "sig": ["{f_name}\n{phone}", "{f_name}\n{addr}\nT: {phone}", "{f_first}\n\nVerzonden vanaf mijn iPhone",
            "{f_name}\nMob. {phone}\nE-mail: {email}", "{f_name}", "{f_first} {f_last}\nklantnr. {cust}",
            "{f_name}\n{addr}", "--\n{f_name} | {phone}"],
    "quote": ["Op {n_date} om {n_time} schreef {f_brand} Klantenservice:", "Op {n_date} {n_time} heeft {f_agent} van {f_brand} het volgende geschreven:",
              "-----Oorspronkelijk bericht-----\nVan: {f_brand}\nVerzonden: {n_date} {n_time}\nOnderwerp: Re: uw vraag {n_ticket}",
              "Op {n_date} schreef {f_agent} ({f_brand}):"],
    "fwd": ["---------- Doorgestuurd bericht ---------\nVan: {f_name} <{email}>\nDatum: {n_date}\nOnderwerp: {f_brand}\nAan: klantenservice",
            "Begin doorgestuurd bericht:\n\nVan: {f_name} <{email}>\nDatum: {n_date} om {n_time}\nOnderwerp: Fwd: afspraak"],
    "disc": ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan en informeer de afzender.",
             "Denk aan het milieu voordat u deze e-mail print.",
             "Aan deze e-mail kunnen geen rechten worden ontleend. {f_brand} B.V., KvK {n_reg}.",
             "Deze e-mail is gecontroleerd op virussen."],
    "agentsig": ["Met vriendelijke groet,\n{f_agent}\nKlantenservice {f_brand}\nT {n_cphone} | {n_url}",
                 "Groet,\n{f_agent} | {f_brand}\nBereikbaar op werkdagen via {n_cphone}",
                 "Hartelijke groet,\n{f_agent}\n{f_brand} — KvK {n_reg} — BTW {n_reg.2}",
                 "Team {f_brand}\n{n_cphone}\n{n_url}"],
}
T["chat", "otp"] = [
    "De code die ik kreeg is {otpw}, ik lees hem voor van mijn scherm",
    "sms zegt: 'Je {f_brand} verificatiecode is {otp}. Deel deze code met niemand.' maar de app pakt hem niet",
    "Ik spel hem even: {otpw}. Klopt dat?",
    "Verificatie: {otp} (10 min geldig) -- doorgestuurd vanaf de telefoon van mijn vrouw ({phone})",
]
T["chat", "mixed"] = [
    "Voor het nieuwe lidmaatschap: geboren op {dob}, wonend op {addr}. Betaling gaat per maand via {iban}.",
    "gegevens voor de inschrijving -> geb.datum {dob} / adres {addr} / rekening {iban}",
    "Sinds de update naar {n_version} logt de app mij uit. Mijn IP is {ip} en ik gebruik poort {n_port}, request {n_req}",
    "App {n_version} crasht, kan het aan mijn IP ({ip}) liggen? Ze vroegen ook om de request-id: {n_req}, verbinding via poort {n_port}",
    "Ik zie een afschrijving met kaart {n_masked}, maar dat is niet mijn kaart. Mijn eigen kaart is {card} (geldig tot {exp}).",
    "Op het bonnetje staat {n_masked}, mijn pas is {card} vervalt {exp}. Dat klopt dus niet?",
    "Ontwikkelaar van onze clubsite hier. Token: {token} — en checksum van de export was {n_checksum}. Wat gaat er mis?",
    "Ons koppeling-token {token} wordt geweigerd, bestand met hash {n_checksum} is wel goed aangekomen",
    "Vlucht {n_flight} op {n_date} met de hond. Onderdeel {n_product} (bench) besteld in {n_year}. Mijn nummer {phone}",
    "Reis met de kat via {n_flight}, graag het paspoort klaar voor {n_date}. Artikel {n_product} uit {n_year} heb ik al. Bel {phone}",
]
EMAIL["intro"] = [
    "Ik ben al sinds {n_year} klant en altijd tevreden geweest, maar nu loop ik echt tegen iets aan waar ik zelf niet uitkom. Ik heb al twee keer gebeld en beide keren werd de verbinding verbroken.",
    "Naar aanleiding van ons telefoongesprek van {n_date} stuur ik u hierbij de gegevens zoals gevraagd. Excuses dat het wat later is, het was een drukke week met de kinderen en het werk.",
    "Ik mail jullie omdat de chat op de website het niet doet en ik via de telefoon ({n_cphone}) al drie kwartier in de wacht heb gestaan. Hopelijk kunnen jullie dit per mail oppakken.",
    "Vorige week had ik al een bericht gestuurd maar ik heb nog niets gehoord, dus ik probeer het nog maar een keer. Het gaat om het volgende.",
]
T["chat", "mixed"] += [
    "Simkaart zit op slot. PUK volgens het pasje: {puk}. Ook de wifi thuis ({f_ssid}, sleutel {wifi}) doet raar. Inlognaam mijn omgeving: {user}",
    "puk {puk} werkt niet?? en de router: netwerksleutel {wifi}, gebruikersnaam {user}",
]
