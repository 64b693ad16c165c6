# Dutch (nl) phrase bank; nl-be overrides at the bottom.
# Tags: {V} value of the current type, {W} wrong value, {M} masked value, {P1}/{P2} split parts,
# {S:type} span from the conversation context, {N:kind} hard negative, {BRAND} {AGENT} {FIRST} {NAME} {SSID}.

P = {}
P["roles"] = [("Klant", "Agent"), ("Ik", "Medewerker"), ("Klant", "Medewerker"), ("Jij", "Webcare"),
              ("Bezoeker", "Agent"), ("U", "Klantenservice")]
P["open"] = {
    "telecom": [
        "Hoi, mijn internet ligt er al sinds {N:date} uit. Modem ({N:model_number}) knippert oranje",
        "goedemiddag ik heb geen bereik meer op mijn telefoon en krijg steeds foutmelding {N:error_code}",
        "Mijn simkaart is geblokkeerd na een update naar {N:version_string}, wat nu?",
        "ik wil mijn abonnement van {N:qty_data} verlengen maar de site geeft {N:error_code}",
        "Hallo, ik krijg de wifi niet meer aan de praat sinds jullie monteur er was op {N:date}",
        "Waarom is mijn rekening {N:amount} deze maand?? factuur {N:invoice_number}",
        "tv valt steeds weg, storing melding {N:ticket_number} loopt al sinds {N:date}",
        "Goedemorgen, ik heb een nieuwe telefoon en mijn e-sim werkt niet (foutcode {N:error_code})",
        "Ik wil mijn nummer behouden bij het overstappen, kan dat voor {N:date}?",
        "hey ik kan niet inloggen in de app, versie {N:version_string}, krijg {N:error_code}",
    ],
    "energy": [
        "Goedemiddag, mijn voorschot is verhoogd naar {N:amount} terwijl mijn meterstand {N:meter_reading} is",
        "Hallo ik verhuis per {N:date} en wil mijn contract meenemen",
        "Mijn jaarafrekening klopt niet, factuurnummer {N:invoice_number}, ik heb {N:percentage} minder verbruikt",
        "ik heb de meterstanden doorgegeven ({N:meter_reading}) maar zie ze niet terug",
        "Hoi, mijn slimme meter stuurt sinds {N:date} geen data meer, ik heb een {N:model_number}",
        "Waarom krijg ik een herinnering van {N:amount}? Ik heb al betaald op {N:date}",
        "goedendag, ik wil mijn termijnbedrag aanpassen, nu {N:amount} per maand",
        "De monteur zou om {N:time} komen maar niemand gezien. Afspraak {N:ticket_number}",
    ],
    "banking": [
        "Hallo, mijn pas is ingeslikt bij de automaat op {N:date} om {N:time}",
        "Ik zie een afschrijving van {N:amount} die ik niet herken!!",
        "Goedemiddag, ik kom niet meer in de app na update {N:version_string}, melding {N:error_code}",
        "mijn betaalpas werkt niet in het buitenland, foutcode {N:error_code}",
        "Ik ben opgelicht via marktplaats, heb {N:amount} overgemaakt. Wat moet ik doen?",
        "Ik wil mijn daglimiet verhogen naar {N:amount}",
        "Hoi, mijn nieuwe pas is nog niet binnen, aangevraagd op {N:date}",
        "Ik kreeg een sms dat mijn rekening geblokkeerd is, is dat echt van jullie?",
    ],
    "webshop": [
        "Hoi, mijn bestelling {N:order_number} is nog steeds niet binnen. Track & trace {N:tracking_number}",
        "Ik heb {N:qty_items} besteld maar er zat er maar 1 in het pakket. Order {N:order_number}",
        "Retour aangemeld op {N:date} maar nog geen {N:amount} terug",
        "Mijn betaling is mislukt ({N:error_code}) maar het geld is wel afgeschreven, bestelnr {N:order_number}",
        "Goedemiddag, het artikel {N:product_code} is kapot aangekomen",
        "hey waar blijft mn pakket?? {N:tracking_number} staat al 3 dagen stil",
        "Ik wil mijn adres wijzigen voor bestelling {N:order_number}",
        "De kortingscode van {N:percentage} werkt niet bij het afrekenen",
    ],
    "dev": [
        "Hallo, onze webshop krijgt sinds {N:date} een {N:error_code} op de payments API, request id {N:request_id}",
        "Goedemiddag, de webhook naar poort {N:port} komt niet aan, plugin {N:version_string}",
        "Onze koppeling geeft {N:error_code} bij het aanmaken van een betaling. Request-ID: {N:request_id}",
        "Hoi, ik test de API met curl maar krijg {N:error_code}, checksum van de download is {N:checksum}",
    ],
}
P["ack"] = [
    "Hoi {FIRST}, vervelend om te horen! Ik ga even met je meekijken.",
    "Goedemiddag, u spreekt met {AGENT}. Ik help u graag verder.",
    "Hallo! {AGENT} hier van {BRAND}. Ik heb er ticket {N:ticket_number} van gemaakt.",
    "Dank voor je bericht. Ik zoek het voor je uit 🙂",
    "Dag {FIRST}, sorry voor het ongemak. Even checken.",
    "Hi, ik kijk met je mee. Mag ik eerst een paar gegevens?",
    "Goedemorgen, dat is niet de bedoeling. Ik kijk het na.",
    "Hey! Balen. Laten we het oplossen, ok?",
]
P["ask"] = {
    "customer_number": ["Wat is je klantnummer?", "Mag ik uw klantnummer ontvangen?", "Kun je je klantnr sturen? Staat bovenaan je factuur.",
                        "Onder welk klantnummer staat het contract?", "Wil je je klantnummer even doorgeven?", "Welk klant nummer heeft u?"],
    "date_of_birth": ["Wat is uw geboortedatum?", "Mag ik ter controle je geboortedatum?", "Kunt u uw geboortedatum bevestigen?",
                      "En je geboortedatum?", "Wat is de geboortedatum van de contracthouder?", "Ter verificatie: geboortedatum graag"],
    "phone": ["Op welk nummer kunnen we je bereiken?", "Wat is uw 06-nummer?", "Welk telefoonnummer hoort bij het account?",
              "Mag ik een terugbelnummer?", "Welk mobiel nummer gaat het om?", "Kun je je telnr sturen dan bellen we je terug"],
    "email": ["Wat is je e-mailadres?", "Op welk mailadres wilt u de bevestiging ontvangen?", "Welk e-mailadres gebruik je voor Mijn {BRAND}?",
              "Mag ik uw emailadres?", "Naar welk adres mogen we de factuur mailen?", "Wat is het mailadres van je account?"],
    "address": ["Wat is het adres van de aansluiting?", "Mag ik uw postcode en huisnummer?", "Op welk adres woont u?",
                "Wat is het nieuwe adres?", "Naar welk adres moet de vervanging?", "Wat is je afleveradres?"],
    "iban": ["Wat is het IBAN waarvan we mogen afschrijven?", "Op welk rekeningnummer wil je het geld terug?", "Mag ik uw IBAN voor de terugbetaling?",
             "Naar welke rekening mag de restitutie?", "Welk rekeningnummer staat op de machtiging?", "Kun je je IBAN sturen?"],
    "card": ["Wat is het kaartnummer van de pas?", "Welke creditcard heeft u gebruikt? Het volledige nummer graag", "Kun je het pasnummer doorgeven?",
             "Met welke kaart is betaald? (nummer)", "Mag ik het creditcardnummer?", "Wat is het nummer op de voorkant van je kaart?"],
    "cvv": ["En de CVC-code op de achterkant?", "Wat is de beveiligingscode (3 cijfers)?", "Mag ik ook de CVV?",
            "De 3 cijfers achterop?", "Wat is de controlecode van de kaart?", "Ik heb nog de cvc nodig"],
    "card_expiry": ["Wat is de vervaldatum van de kaart?", "Tot wanneer is de kaart geldig?", "En de geldigheidsdatum?",
                    "Welke maand/jaar staat er bij 'geldig tot'?", "Mag ik de expiratiedatum?", "Vervaldatum?"],
    "pin": ["Wat is de pincode van je simkaart?", "Welke pincode heb je ingesteld?", "Weet u de pincode van de pas nog?",
            "Wat is de code van het alarm?", "Wat is de pin van je voicemail?", "Welke code heb je voor de app ingesteld?"],
    "puk": ["Heb je de PUK-code bij de hand? Staat op het plastic kaartje", "Wat is de PUK die op de simhouder staat?", "Kunt u de pukcode voorlezen?",
            "Staat er een PUK op je simkaarthouder? Welke?", "Wat is de PUK2?", "Mag ik de ontgrendelcode van de sim?"],
    "otp": ["Ik heb je een sms-code gestuurd, wat is die?", "U ontvangt nu een verificatiecode per sms. Wilt u die doorgeven?", "Wat is de code uit de mail?",
            "Kun je de 6-cijferige code noemen die je net kreeg?", "Welke bevestigingscode zie je in de app?", "Je krijgt zo een inlogcode, stuur die maar"],
    "password": ["Welk wachtwoord heb je geprobeerd?", "Wat is het tijdelijke wachtwoord dat je kreeg?", "Wat is het admin-wachtwoord van de modem?",
                 "Met welk wachtwoord log je in?", "Wat heb je als nieuw wachtwoord ingesteld?", "Wat staat er bij 'wachtwoord' op de sticker?"],
    "wifi_key": ["Wat is de wifi-sleutel die onderop de modem staat?", "Welke netwerksleutel gebruik je?", "Wat is het wifi-wachtwoord?",
                 "Kun je de WPA-sleutel voorlezen?", "Wat staat er achter 'Wireless key'?", "Welk wachtwoord heeft je wifi netwerk {SSID}?"],
    "username": ["Wat is je gebruikersnaam?", "Met welke inlognaam logt u in?", "Wat is je gebruikers-ID?",
                 "Welke accountnaam gebruik je?", "Onder welke loginnaam staat het?", "Wat is de username van het account?"],
    "api_key": ["Welke API-key gebruiken jullie? De test key is prima", "Kunt u de API-sleutel sturen die in de plugin staat?", "Welke key staat er in je config?",
                "Wat is de secret key uit het dashboard?", "Stuur de key maar die je gebruikt", "Welke access key ID gebruiken jullie?"],
    "token": ["Kun je het access token sturen dat je meestuurt?", "Welk bearer token zit in de header?", "Wat is het token uit de foutmelding?",
              "Stuur het personal access token even", "Wat is je sessietoken?", "Welk token geeft de app terug?"],
    "ip_address": ["Wat is je IP-adres?", "Vanaf welk IP komt het verkeer?", "Welk extern IP zie je op de statuspagina?",
                   "Mag ik je publieke ip?", "Welk IP moeten we whitelisten?", "Kun je je ip adres checken op whatismyip?"],
    "bsn": ["Wat is uw BSN?", "Mag ik uw burgerservicenummer ter controle?", "Welk BSN staat op je ID?",
            "Voor de kredietcheck hebben we je BSN nodig", "Kunt u uw sofinummer/BSN doorgeven?", "BSN van de aanvrager?"],
}
P["ans"] = ["{V}", "ja {V}", "dat is {V}", "{V}.", "is {V}", "Die is {V}", "{V} 👍", "oke: {V}", "eh {V}", "hier: {V}",
            "{V} toch?", "Het is {V}", "{V} denk ik", "ok {V}", "{V}!", "moment.. {V}"]
P["stall"] = ["momentje, even pakken", "wacht ff", "even zoeken hoor", "eh waar staat dat?", "sec", "1 moment",
              "even in mijn mail kijken", "hmm even kijken"]
P["corr1"] = ["{W}", "{W} volgens mij", "is {W}", "{W}."]
P["corr2"] = ["sorry typfout, {V}", "nee wacht het is {V}", "oeps {V} bedoel ik", "correctie: {V}", "sorry {V} niet {W}", "*{V}"]
P["split1"] = ["{P1}", "het begint met {P1}", "{P1}...", "eerste deel {P1}"]
P["split2"] = ["{P2}", "en dan {P2}", "rest is {P2}", "...{P2}"]
P["dict"] = ["{V}", "ik spel het: {V}", "{V} (zo voorgelezen)", "cijfers: {V}"]
P["vol"] = {
    "customer_number": ["mijn klantnummer is {V}", "klantnr {V}", "Klantnummer: {V}", "{V} is mn klantnummer btw"],
    "date_of_birth": ["geboren op {V}", "mijn geb. datum is {V}", "Geboortedatum: {V}", "{V} is mijn verjaardag als je dat nodig hebt"],
    "phone": ["bel me maar op {V}", "mijn nummer is {V}", "Tel: {V}", "je kan me bereiken op {V}"],
    "email": ["mijn mail is {V}", "stuur het naar {V}", "E-mail: {V}", "mijn account is {V}"],
    "address": ["ik woon op {V}", "adres is {V}", "Afleveradres: {V}", "het gaat om {V}"],
    "iban": ["mijn rekeningnummer is {V}", "stort het maar op {V}", "IBAN: {V}", "rekening {V} tnv {NAME}"],
    "card": ["ik heb betaald met {V}", "kaartnummer {V}", "mijn creditcard is {V}", "pasnummer: {V}"],
    "cvv": ["cvc {V}", "de code achterop is {V}", "CVV: {V}", "beveiligingscode {V}"],
    "card_expiry": ["geldig tot {V}", "vervaldatum {V}", "exp {V}", "verloopt {V}"],
    "pin": ["mijn pincode is {V}", "pin {V} werkt niet meer", "ik heb de code {V} ingesteld", "alarmcode is {V} voor de monteur"],
    "puk": ["de puk is {V}", "PUK: {V}", "op het kaartje staat puk {V}", "puk code {V} maar hij zegt ongeldig"],
    "otp": ["ik kreeg code {V}", "de sms code is {V}", "verificatiecode {V} werkt niet", "code uit de mail: {V}"],
    "password": ["mijn wachtwoord is {V}", "ww is {V}", "ik heb {V} als wachtwoord gezet", "het tijdelijke wachtwoord {V} werkt niet"],
    "wifi_key": ["de wifi sleutel is {V}", "netwerksleutel: {V}", "wifi ww {V}", "wpa key {V}"],
    "username": ["mijn gebruikersnaam is {V}", "inlognaam {V}", "ik log in als {V}", "user: {V}"],
    "api_key": ["onze key is {V}", "API key: {V}", "we gebruiken {V}", "de sleutel in de plugin is {V}"],
    "token": ["het token is {V}", "Authorization: Bearer {V}", "token: {V}", "dit token gaf de app: {V}"],
    "ip_address": ["mijn ip is {V}", "ons server IP is {V}", "extern IP: {V}", "verkeer komt van {V}"],
    "bsn": ["mijn bsn is {V}", "BSN: {V}", "burgerservicenummer {V}", "bsn {V} staat ook op mn rijbewijs"],
}
P["echo"] = ["Dank je, ik heb {V} genoteerd.", "Top, {V} klopt.", "Ik zie {V} in het systeem, klopt dat?", "Dus {V}, correct?",
             "Ok, ik vul {V} in.", "Genoteerd: {V}", "Helder, {V} is bekend bij ons.", "Ik check {V} even."]
P["mask"] = ["Dank u. Ik zie een account met {M}, dat klopt.", "Top, eindigend op {M} dus.", "Ik heb {M} gevonden.", "In ons systeem staat {M}, klopt dat nog?",
             "Ter controle: {M}", "Het gaat om {M}, juist?"]
P["thanks"] = ["Dank je!", "Top, dankjewel.", "Dank u, een ogenblik.", "Helder.", "Ok, even checken.", "Thanks, ik kijk.", "Prima, momentje.", "Gevonden!"]
P["warn"] = {
    "pin": ["Let op: deel nooit je pincode, ook niet met ons. Die heb ik niet nodig.", "U hoeft uw pincode niet te delen hoor!"],
    "password": ["Stuur je wachtwoord nooit via de chat, ik heb het niet nodig.", "Wachtwoorden vragen wij nooit op."],
    "cvv": ["De CVC hoeft u nooit te delen.", "De code achterop je kaart hebben we niet nodig."],
    "otp": ["Deel de code uit de sms nooit met iemand, ook niet met een medewerker.", "Geef die code niet door, dat doen oplichters."],
}
P["refuse"] = ["dat ga ik niet via de chat sturen hoor", "liever niet, kan het anders?", "is dat wel veilig?", "nee sorry dat voelt niet goed"]
P["note"] = [
    "Interne notitie: klant geverifieerd met geb.datum {S:date_of_birth} en postcode. Ticket {N:ticket_number}.",
    "Notitie: klantnr {S:customer_number}, terugbellen op {S:phone} na {N:time}.",
    "Interne notitie: modem {N:model_number} fw {N:version_string}, foutcode {N:error_code}. Klant {S:customer_number}.",
    "Notitie: IBAN gewijzigd naar {S:iban}, bevestiging naar {S:email}.",
    "Interne notitie: nieuwe pas aangevraagd, oude pas {M} geblokkeerd. Ref {N:ticket_number}.",
    "Notitie: meterstand {N:meter_reading} ingevoerd voor klant {S:customer_number}, adres {S:address}.",
]
P["handover"] = [
    "Overdracht: {NAME}, klantnr {S:customer_number}, tel {S:phone}. Storing {N:ticket_number} nog open, modem {N:model_number}.",
    "Overdracht naar 2e lijn: klant {S:customer_number} (geb. {S:date_of_birth}) wil terugbetaling van {N:amount} op {S:iban}.",
    "Overdracht: verificatie gedaan ({S:date_of_birth}), mail {S:email}. Wacht op tracking {N:tracking_number}.",
    "Overdracht — klant belt terug op {S:phone}. Adres {S:address}. Factuur {N:invoice_number} in geschil.",
]
P["bot"] = [
    "🤖 Hoi {voornaam}! Je verificatiecode is [CODE]. Deel deze met niemand.",
    "Automatisch bericht: bedankt voor je bericht. Je ticketnummer is {ticket_id}. We reageren binnen {N:qty_time}.",
    "Bot: Vul hier je klantnummer in: <klantnummer>",
    "[Bot] Uw bestelling {order_number} is verzonden. Volg hem via {N:url}",
    "Welkom bij {BRAND}! Kies 1 voor storingen, 2 voor facturen. Bel ons ook op {N:company_phone}.",
    "Automatisch antwoord: we zijn bereikbaar tot {N:time}. Je plek in de wachtrij: {N:qty_pos}",
]
P["sms"] = ["Uw {BRAND} verificatiecode is {V}. Deel deze code met niemand.", "{V} is je inlogcode voor {BRAND}. Geldig 10 min.",
            "Je code: {V}\n\nNiet delen!", "{BRAND}: gebruik {V} om je wijziging te bevestigen."]
P["filler_c"] = [
    "ik heb al om {N:time} gebeld naar {N:company_phone} maar niemand nam op",
    "het is al de {N:qty_ord} keer dit jaar", "heb een screenshot, zie {N:url}",
    "ik betaal {N:amount} per maand voor niks", "melding {N:ticket_number} was al eerder aangemaakt",
    "mijn {N:model_number} is pas {N:year} gekocht", "app versie {N:version_string} btw",
    "ik vlieg {N:date} met {N:flight_number} dus graag voor die tijd opgelost",
]
P["filler_a"] = [
    "Je kunt de status volgen op {N:url}.", "Ik heb een monteur ingepland op {N:date} tussen {N:time} en 17:00.",
    "Je ontvangt {N:amount} terug binnen 5 werkdagen.", "Je referentie is {N:ticket_number}.",
    "Bel gerust {N:company_phone} als het weer gebeurt.", "Ik heb {N:percentage} korting op je volgende factuur gezet.",
    "De nieuwe firmware {N:version_string} lost dit op.", "Je pakket heeft trackingnummer {N:tracking_number}.", "Ik heb het doorgezet naar de afdeling.", "Lukt het niet, bel dan {N:company_phone}, keuze 2.",
]
P["close_c"] = ["top bedankt!", "Dank je wel!", "ok fijn", "thnx 👍", "Super, dankjewel voor de hulp", "oke laat maar weten"]
P["close_a"] = ["Graag gedaan! Fijne dag nog.", "Succes ermee! Groet, {AGENT}", "Fijne avond verder!", "Mocht er nog iets zijn, laat het weten. ^{AGENT}",
                "Graag gedaan, tot ziens!", "Ik sluit de chat. Fijne dag!"]
P["email"] = {
    "subj": ["Storing internet", "Vraag over factuur {N:invoice_number}", "Terugbetaling bestelling {N:order_number}", "Wijziging gegevens",
             "Klacht", "Re: uw melding {N:ticket_number}", "Verhuizing", "Geblokkeerde pas"],
    "hi_c": ["Beste {BRAND},", "Geachte heer/mevrouw,", "Hallo,", "Goedendag,"],
    "hi_a": ["Beste {FIRST},", "Geachte heer/mevrouw {LAST},", "Hoi {FIRST},", "Beste klant,"],
    "sig_c": ["Met vriendelijke groet,\n{NAME}", "Groeten,\n{FIRST}", "Mvg,\n{NAME}", "Vriendelijke groet,\n\n{NAME}"],
    "sig_a": ["Met vriendelijke groet,\n\n{AGENT}\nKlantenservice {BRAND}", "Groet,\n{AGENT} | {BRAND}", "Hartelijke groet,\n{AGENT}\nTeam {BRAND}\nT {N:company_phone}",
              "Vriendelijke groeten,\n{AGENT} – {BRAND} Klantcontact", "Groetjes,\n{AGENT}", "Met vriendelijke groet,\n{AGENT}, {BRAND}\nBereikbaar via {N:company_phone} (ma-vr)"],
    "quote": ["Op {QDATE} om {QTIME} schreef {WHO}:", "Op {QDATE} {QTIME} heeft {WHO} het volgende geschreven:", "{WHO} schreef op {QDATE} {QTIME}:",
              "-----Oorspronkelijk bericht-----\nVan: {WHO}\nVerzonden: {QDATE} {QTIME}"],
    "body_c": [
        "Ik heb u eerder gemaild maar nog geen antwoord gekregen. Het probleem speelt nog steeds.",
        "Zoals telefonisch besproken stuur ik hierbij de gevraagde gegevens.",
        "Ik vind het erg vervelend dat dit zo lang duurt. Ik betaal netjes elke maand.",
        "Graag ontvang ik een schriftelijke bevestiging van de wijziging.",
    ],
    "body_a": [
        "Dank voor uw e-mail. Wij hebben uw gegevens gecontroleerd.",
        "Excuses voor de late reactie, het is momenteel erg druk.",
        "Om u verder te helpen hebben wij nog wat gegevens nodig.",
        "Wij hebben uw verzoek in behandeling genomen.",
    ],
}
P["public"] = [
    "{N:mention} al {N:qty_time} zonder internet en niemand helpt. {N:hashtag}",
    "{N:mention} waarom is mijn factuur {N:amount} hoger dan vorige maand?? {N:hashtag}",
    "Beste {BRAND}, mijn pakket {N:tracking_number} is kwijt. Bel me maar op {S:phone}",
    "{N:mention} klantnummer {S:customer_number}, wacht al sinds {N:date} op antwoord",
    "{N:mention} storing in {CITY}? {N:hashtag}",
    "hoe kan het dat jullie app ({N:version_string}) steeds {N:error_code} geeft {N:mention}",
    "{N:mention} mail me maar op {S:email}, ik ben er klaar mee",
    "Dit is de {N:qty_ord} keer dat mijn bestelling {N:order_number} te laat is {N:mention}",
]
P["public_reply"] = [
    "Hoi! Vervelend. Stuur je ons een DM met je klantnummer? Deel geen gegevens hier publiek 🙏 ^{AGENT}",
    "Dat horen we liever niet! We kijken graag mee via DM. ^{AGENT}",
    "Hi, we hebben je nummer verborgen voor je privacy. Stuur ons een privébericht. ^{AGENT}",
    "Sorry voor het wachten! Check de storingspagina: {N:url} ^{AGENT}",
]
P["public_reply_echo"] = ["Hoi! We bellen je op {S:phone}. ^{AGENT}", "We hebben een mail gestuurd naar {S:email} ^{AGENT}"]
P["channel_hdr"] = {
    "dm_paste": ["gesprek met {BRAND} hieronder geplakt:", "dit was de chat van gisteren:", "Kopie van de chat:", "zie hieronder wat de medewerker zei"],
    "agent_reply": ["Reactie aan klant:", "Antwoord verstuurd:", "Bericht aan klant", "Concept antwoord:"],
}

# ---------------------------------------------------------------- Flemish overrides
BE = {}
BE["roles"] = [("Klant", "Medewerker"), ("Gij", "Agent"), ("Klant", "Adviseur"), ("Ik", "Klantendienst")]
BE["open"] = {
    "telecom": [
        "Dag, mijn internet valt constant weg sinds {N:date}, de modem ({N:model_number}) geeft {N:error_code}",
        "hallo, ik heb geen bereik meer op mijn gsm sinds gisteren",
        "Goeiemiddag, mijn decoder blijft hangen op {N:error_code}",
        "Mijn factuur is ineens {N:amount}, factuur {N:invoice_number}. Hoe kan da?",
        "ik wil overstappen maar mijn nummer houden, kan da tegen {N:date}?",
        "de wifi werkt nie meer sinds de update naar {N:version_string}",
    ],
    "energy": [
        "Dag, mijn voorschot is opgetrokken naar {N:amount} maar mijn meterstand is maar {N:meter_reading}",
        "Goeiendag, ik verhuis op {N:date} en wil mijn energiecontract meenemen",
        "Mijn afrekening {N:invoice_number} klopt nie, ik verbruik {N:percentage} minder",
        "de digitale meter geeft sinds {N:date} niks meer door",
    ],
    "banking": [
        "Dag, mijn bankkaart is ingeslikt aan de automaat op {N:date} rond {N:time}",
        "Ik zie een betaling van {N:amount} die ik nie ken!",
        "ik geraak nie meer in de app, melding {N:error_code}",
        "mijn kaart werkt nie in het buitenland",
    ],
    "webshop": [
        "Dag, mijn bestelling {N:order_number} is nog altijd nie geleverd, tracking {N:tracking_number}",
        "Ik heb een retour gedaan op {N:date} maar nog geen {N:amount} teruggekregen",
        "het artikel {N:product_code} was kapot bij levering",
        "de betaling is mislukt ({N:error_code}) maar is wel afgehouden van mijn rekening",
    ],
    "dev": [
        "Dag, onze webshop krijgt sinds {N:date} {N:error_code} op jullie API, request {N:request_id}",
        "de webhook op poort {N:port} komt nie binnen, plugin {N:version_string}",
    ],
}
BE["ans"] = ["{V}", "ja {V}", "da's {V}", "{V} normaal gezien", "ewa {V}", "allez, {V}", "{V} ze", "het is {V} hé", "ja 't is {V}", "{V}."]
BE["stall"] = ["momentje ze", "efkes zoeken", "wacht ne keer", "ik moet da efkes opzoeken"]
BE["ask_over"] = {
    "bsn": ["Wat is uw rijksregisternummer?", "Mag ik uw rijksregisternummer, dat staat op de achterkant van uw eID?",
            "Ter controle: uw rijksregisternummer?", "Kan je je rijksregisternr. doorgeven?"],
    "phone": ["Wat is uw gsm-nummer?", "Op welk gsm-nummer kunnen we u bereiken?", "Welk gsm nummer gaat het over?", "Mag ik een nummer om terug te bellen?"],
    "customer_number": ["Wat is uw klantennummer?", "Mag ik uw klantnummer? Dat staat op uw factuur.", "Kan je je klantennummer geven?", "Welk klantennummer heeft u?"],
}
BE["vol_over"] = {
    "bsn": ["mijn rijksregisternummer is {V}", "rijksregisternr {V}", "RRN: {V}", "nationaal nummer {V}"],
    "phone": ["mijn gsm is {V}", "bel mij op {V}", "gsm: {V}", "ge kunt me bereiken op {V}"],
}
BE["close_c"] = ["merci!", "ok merci he", "super, bedankt!", "top, merci voor de hulp", "ok da's goed", "dank u"]
BE["close_a"] = ["Graag gedaan! Nog een fijne dag.", "Merci en tot later! {AGENT}", "Nog een prettige avond!", "Ik sluit de chat af. Dag!"]
BE["public"] = [
    "{N:mention} al {N:qty_time} zonder internet en niemand die helpt {N:hashtag}",
    "{N:mention} waarom is mijn factuur {N:amount}?? {N:hashtag}",
    "{N:mention} mijn gsm is {S:phone}, bel mij nu eens terug aub",
    "{N:mention} storing in {CITY}? {N:hashtag}",
]
