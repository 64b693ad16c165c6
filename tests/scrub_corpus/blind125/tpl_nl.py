"""Dutch (nl) templates. Group lists are dealt alternately between halves."""

BODY = {
    "login": [
        "[childcare]ik kan niet inloggen in de app van {@brand}. gebruikersnaam {username} ww {password}. wat doe ik fout??",
        "Inlognaam: {username}\nWachtwoord: {password}\nKrijg steeds foutmelding {!error_code}",
        "[charity]Hoi, mijn account op jullie crowdfundingplatform is geblokkeerd. Mijn login is {username} en het wachtwoord was {password} (heb niks veranderd hoor)",
        "[security]De app van het alarm logt me steeds uit. Gebruiker = {username} / pw = {password}. Versie {!version_string}",
        "[delivery]als koerier kan ik niet meer in de rijders-app. username {username}, wachtwoord {password}. Moet om {!time} beginnen met mijn shift!",
        "[pet]Mijn inloggegevens voor het klantportaal: {username} met wachtwoord {password}. Ik wil de declaratie voor {@pet} indienen.",
        "[optician]ik probeer mijn afspraak te verzetten maar inloggen lukt niet. account {username} , wachtwoord is {password}",
        "gebruikersnaam is {username}, ik weet het wachtwoord niet meer zeker, misschien {password} of {password}?",
    ],
    "pwchange": [
        "Ik heb mijn wachtwoord gewijzigd van {password} naar {password} maar nu werkt geen van beide",
        "[security]Mijn oude code voor het portaal was {password}, nieuwe is {password}. Toch krijg ik 'ongeldige combinatie'.",
        "[charity]wachtwoord vergeten, heb een tijdelijk wachtwoord gekregen: {password} maar die is al verlopen",
        "Nieuw ww: {password}\n(oud: {password})\nkunnen jullie checken of het goed is doorgekomen?",
        "[childcare]Heb het wachtwoord van mijn oppasprofiel op {password} gezet, klopt dat met wat jullie zien?",
        "het wachtwoord van mijn router-beheerpagina is {password}, de monteur vroeg erom voor de camera",
    ],
    "otp": [
        "Ik krijg een sms met code {otp} maar de site zegt dat hij ongeldig is",
        "[charity]Verificatiecode: {otp}. Nu nog steeds kan ik mijn donatie niet afronden. Bestelling {!order_number}",
        "code uit de mail is {otp}, werkt niet. Al {!quantity} keer geprobeerd",
        "[delivery]Jullie sturen mij steeds een inlogcode ({otp}) maar de app blijft hangen op {!version_string}",
        "Je verificatiecode voor {@brand} is: {otp}. Deel deze code met niemand.\n^ dit kreeg ik, maar ik heb helemaal niks aangevraagd?!",
        "de code die ik kreeg was {otp}, daarna nog een: {otp}. welke moet ik gebruiken",
        "[security]De bevestigingscode van de app is {otp} — is dit echt van jullie?",
    ],
    "pin": [
        "[security]Onze alarmcode is {pin}, maar het paneel piept nog steeds na het invoeren. Model {!model_number}",
        "[childcare]De oppas moet morgen om {!time} binnen kunnen. Sleutelkastje naast de deur, code {pin}.",
        "[security]Wij gaan op vakantie, de buurvrouw heeft code {pin} om het alarm uit te zetten. Kan er een tweede gebruiker bij?",
        "[delivery]Bezorger kon niet naar binnen. Portiekcode is {pin}, staat gewoon in de opmerkingen!!",
        "pincode van mijn pas is {pin}, heb ik die nu ergens nodig bij het betalen?",
        "[security]Dwangcode ingesteld op {pin} en de gewone code op {pin}, klopt dat zo?",
        "[childcare]Code van het hek bij de bso: {pin}#. Graag doorgeven aan de nieuwe oppas.",
        "[optician]De toegangscode van mijn telefoon is {pin} als jullie de app moeten instellen in de winkel",
    ],
    "puk": [
        "[delivery]SIM van mijn werktelefoon is geblokkeerd. PUK-code {puk}? Staat op het kaartje. Daarna de pin {pin}",
        "PUK: {puk} — ik heb de simpin {pin} drie keer fout ingevoerd",
        "[security]de simkaart in de alarmcentrale vraagt een puk. Op het pasje staat {puk}",
        "puk is {puk}. nu werkt het alarm weer niet via 4G",
    ],
    "wifi": [
        "[security]De camera verbindt niet. Netwerk is Ziggo-5G-thuis en het wachtwoord {wifi_key}",
        "[security]Voor de monteur: wifi naam Huize{@last} , sleutel {wifi_key}",
        "WiFi-code {wifi_key} (hoofdletters!) netwerk heet KPN_A4F2",
        "[childcare]Voor de oppas: wifi wachtwoord is {wifi_key}, tv-code staat op de koelkast",
        "[security]De hub pakt het netwerkwachtwoord niet: {wifi_key}. Poort {!port} staat open op de router.",
    ],
    "api": [
        "[charity]Wij koppelen onze website aan jullie donatie-API. Onze sleutel is {api_key}, maar we krijgen {!error_code}",
        "[delivery]Restaurant-koppeling werkt niet meer sinds update {!version_string}. API key: {api_key}",
        "[security]voor de integratie met Home Assistant: api-sleutel {api_key} — klopt die nog?",
        "[charity]AWS toegangssleutel {api_key} en secret {aws_secret} staan in de config, toch faalt de export van donateurs",
        "API-key = {api_key}\nRequest-ID {!request_id}\nGraag snel hulp, webshop ligt eruit",
    ],
    "token": [
        "[delivery]in de logs zie ik Authorization: Bearer {token} en dan {!error_code}",
        "[charity]Ons toegangstoken {token} is ineens ongeldig. Request {!request_id}",
        "sessie-token uit de app: {token}. misschien hebben jullie daar wat aan",
        "[security]De installateur vroeg om het token: {token}",
    ],
    "card": [
        "[charity]Mijn donatie van {!amount} is mislukt. Kaart {card}, geldig tot {exp}, cvc {cvv}",
        "[pet]Graag premie voortaan van mijn creditcard: {card} exp {exp} beveiligingscode {cvv}",
        "[delivery]Er is twee keer {!amount} afgeschreven van kaart {card}!! Bestelling {!order_number}",
        "[optician]Kan ik de nieuwe bril betalen met deze kaart? {card} vervaldatum {exp} cvv {cvv}",
        "kaartnummer {card}\nvervalt {exp}\ncode achterop {cvv}",
        "[childcare]Het abonnement wordt nu van mijn oude kaart (eindigend op {!masked_value}) afgeschreven, nieuwe is {card}",
    ],
    "iban": [
        "[charity]Graag het geld van de actie overmaken naar {iban} t.n.v. {@name}",
        "[pet]Vergoeding voor de dierenarts ({!amount}) graag storten op {iban}",
        "[delivery]Mijn uitbetaling als bezorger komt niet binnen. Rekeningnummer {iban}. Factuur {!invoice_number}",
        "[childcare]Nieuw rekeningnummer voor de incasso: {iban}, het oude was {!masked_value}",
        "[optician]Terugbetaling van de lenzen graag naar IBAN {iban}",
        "IBAN: {iban}\nTnv: {@name}\nBedrag: {!amount}",
        "[charity]doneer maandelijks {!amount} via machtiging van rekening {iban}, maar er is al {!quantity} niets afgeschreven",
    ],
    "bsn": [
        "[childcare]Voor de kinderopvangtoeslag vragen jullie mijn BSN: {bsn}. En die van mijn partner is {bsn}",
        "[childcare]burgerservicenummer van {@kid} is {bsn}, geboren {dob}",
        "[optician]De zorgverzekeraar wil mijn bsn op de nota, dat is {bsn}",
        "[charity]Voor de belastingaftrek van mijn periodieke gift: BSN {bsn}",
        "mijn sofinummer (bsn) {bsn} stond in een mail die ik niet verstuurd heb, is dit een lek?",
    ],
    "contact": [
        "Mijn nieuwe nummer is {phone}, graag aanpassen.",
        "[childcare]Bel me even op {phone} of mail naar {email}, de oppas is niet komen opdagen!",
        "[security]Bij alarm eerst mij bellen: {phone}, daarna mijn man op {phone}",
        "emailadres wijzigen naar {email} aub, het oude ({!masked_value}) bestaat niet meer",
        "[delivery]de koerier heeft mijn nummer {phone} niet gebeld en eten staat nu buiten",
        "[pet]Kunnen jullie de polis mailen naar {email}? Telefonisch ben ik bereikbaar op {phone} na {!time}",
        "[optician]U kunt mij bereiken via {phone} (mobiel) of {phone} (vast)",
        "tel: {phone}\nmail: {email}",
    ],
    "address": [
        "[delivery]De bestelling is naar het verkeerde adres gegaan. Ik woon op {address}, niet op nummer {!quantity}",
        "[security]We verhuizen per {!date} naar {address}. Kan het alarmsysteem mee?",
        "[optician]Stuur de lenzen maar naar {address}",
        "[childcare]Het adres voor de oppas is {address}, bel even aan bij de achterdeur",
        "[pet]Adreswijziging: nieuw adres {address}. Polisnummer {cust}",
        "[charity]Ik wil een bedankkaart ontvangen op {address}",
    ],
    "dob": [
        "[pet]Geboortedatum van mijzelf (niet de hond) is {dob}",
        "Ter verificatie: geb. datum {dob}, klantnummer {cust}",
        "[optician]de afspraak staat op naam van mijn moeder, geboren {dob}",
        "[childcare]{@kid} is geboren op {dob}, dus valt ze nog onder de peutergroep toch?",
    ],
    "cust": [
        "[pet]Polisnummer {cust}. {@pet} moest geopereerd worden ({!amount}) en de claim {!ticket_number} is nog niet behandeld",
        "[security]Abonneenummer {cust}, het alarm ging vannacht om {!time} af zonder reden",
        "[charity]Mijn donateursnummer is {cust}, ik wil mijn maandbedrag verlagen naar {!amount}",
        "[optician]klantnr {cust} — bril is al {!quantity} te laat",
        "[delivery]Koeriers-ID {cust}. Ik heb vorige week {!quantity} gereden maar krijg maar {!percentage} uitbetaald",
        "[childcare]Ons gezinsnummer is {cust} en de factuur {!invoice_number} klopt niet",
        "EAN-code aansluiting {cust} (staat op mijn contract)",
        "lidnummer: {cust}",
    ],
    "ip": [
        "[security]In de app zie ik een login vanaf {ip} om {!time}, dat was ik niet!",
        "[charity]Er is ingelogd op mijn account vanaf IP {ip}. Mijn eigen ip is {ip}",
        "[security]De camera staat op {ip} poort {!port} maar is van buitenaf niet bereikbaar",
    ],
    "neg": [
        "[delivery]Bestelling {!order_number} besteld om {!time}, nu {!time} en nog niks. {!amount} betaald voor koud eten",
        "[pet]Mijn claim {!ticket_number} van {!date} staat nog open. Het ging om {!amount}, vergoeding {!percentage}",
        "[optician]Ik heb {!quantity} besteld (artikel {!product_code}) maar kreeg er maar één. Factuur {!invoice_number}",
        "[security]Sinds de update naar {!version_string} geeft de {!model_number} foutcode {!error_code}",
        "[charity]De actie stond op {!percentage} van het doel en nu ineens terug naar {!amount}?? Zie {!url}",
        "[delivery]Track & trace {!tracking_number} zegt bezorgd, maar niks ontvangen",
        "[security]Firmware {!version_string} gedownload, checksum {!checksum} klopt niet met die op de site",
        "Ik heb jullie op {!date} al gebeld op {!company_phone} maar niemand neemt op",
        "[optician]Afspraak van {!date} om {!time} is zomaar verzet, ticketnummer {!ticket_number}",
        "[childcare]Vanaf {!year} betaal ik {!percentage} meer voor de opvang, waarom?",
    ],
    "mixed": [
        "[pet]Gegevens voor de nieuwe polis:\nNaam: {@name}\nAdres: {address}\nGeboortedatum: {dob}\nIBAN: {iban}\nTel: {phone}",
        "[childcare]Hallo, inschrijving als oppas:\n- naam {@name}\n- geb {dob}\n- bsn {bsn}\n- tel {phone}\n- rek.nr {iban}",
        "[security]klantnr {cust} / adres {address} / alarmcode {pin} / tel {phone}",
        "[delivery]Registratie bezorger: {@name}, {email}, {phone}, IBAN {iban}, wachtwoord gekozen: {password}",
        "[optician]Bestelling {!order_number} op naam van {@name}, klantnummer {cust}, afleveradres {address}",
    ],
}

PUBLIC = [
    "{!mention} jullie bezorger heeft mijn eten gewoon opgegeten?! bestelling {!order_number} {!hashtag}",
    "{!mention} al {!quantity} wachten op antwoord over claim {!ticket_number}. bel me nou gewoon: {phone}",
    "Beste {!mention}, mijn polisnummer is {cust} en niemand helpt me. {!hashtag}",
    "{!mention} waarom staat mijn donatie van {!amount} nog steeds niet op de actiepagina? {!url}",
    "{!mention} {!mention2} alarm ging om {!time} af en meldkamer belde niet. ABONNEE {cust} {!hashtag} {!hashtag}",
    "Ik zoek een oppas in {@city}! Mail me op {email} {!hashtag}",
    "{!mention} bril al {!quantity} te laat, ordernr {!order_number}. Mail me op {email}",
    "{!mention} stuur maar een DM, of app {phone} {!hashtag}",
]

AGENT = [
    "Hoi {@first}, vervelend dat je niet kunt inloggen! Ik heb je account ({username}) gedeblokkeerd. Verander je wachtwoord wel meteen, want je hebt het hier gedeeld. Groet, {@agent}",
    "Dag {@first}, bedankt voor je bericht. Ik heb je nieuwe nummer {phone} en e-mailadres {email} aangepast in ons systeem. Je referentie is {!ticket_number}.",
    "Hallo {@first}, de terugbetaling van {!amount} wordt binnen {!quantity} overgemaakt naar {iban}. Met vriendelijke groet, {@agent}",
    "Beste {@first}, we hebben je adreswijziging naar {address} verwerkt onder klantnummer {cust}. Vragen? Bel {!company_phone}.",
    "Hi {@first}! Deel nooit je alarmcode ({pin}) in een bericht; ik raad je aan die direct te wijzigen via de app. ^{@ini}",
    "Hoi {@first}, de claim {!ticket_number} voor polis {cust} is goedgekeurd: je ontvangt {!percentage} van {!amount}.",
    "Beste {{first_name}}, we hebben je verzoek ontvangen. Je zaaknummer is <ticket>. Reactie binnen {!quantity}.",
    "Hoi {@first}, ik zie dat de code {otp} al verlopen is. Vraag een nieuwe aan via {!url}. Groetjes, {@agent}",
    "Dag {@first}, we hebben je geboortedatum ({dob}) en adres gecontroleerd. Alles klopt. Fijne dag! ^{@ini}",
    "Hallo {@first}, je betaling met de kaart eindigend op {!masked_value} is geweigerd (foutcode {!error_code}). Probeer het opnieuw of bel {!company_phone}.",
]

GREET = ["Beste {@brand},\n\n", "Geachte heer/mevrouw,\n\n", "Hoi,\n\n", "Goedemiddag,\n\n", "Hallo klantenservice,\n\n", "Beste medewerker,\n\n", "Goedemorgen {@brand}\n\n", "Dag,\n\n"]
CLOSE = ["\n\nMet vriendelijke groet,\n", "\n\nGroetjes\n", "\n\nMvg,\n", "\n\nAlvast bedankt!\n", "\n\nVriendelijke groeten,\n", "\n\nGroet,\n", "\n\nHoop op snelle reactie.\nGr.\n", "\n\nm.v.g.\n"]
SIGN = [
    "{@name}\n{phone}",
    "{@name}\n{address}\nTel. {phone}",
    "{@first}",
    "{@name}\nMob: {phone} | {email}",
    "{@first} {@last}\n\nVerstuurd vanaf mijn iPhone",
    "{@name}\nklantnummer {cust}",
    "{@first}\n\nVerzonden vanuit Outlook voor Android",
    "Met vriendelijke groet,\n{@name}\n{address}",
]
SUBJECT = ["Onderwerp: Vraag over mijn account\n\n", "Onderwerp: RE: uw klacht {!ticket_number}\n\n", "Onderwerp: Inloggen lukt niet\n\n", "Onderwerp: Wijziging gegevens\n\n", "Onderwerp: Klacht bestelling {!order_number}\n\n", "Onderwerp: terugbetaling\n\n"]
QUOTE_HDR = [
    "\n\nOp {!date} om {!time} schreef {@brand} Klantenservice <{@cemail}>:\n",
    "\n\n-----Oorspronkelijk bericht-----\nVan: {@brand} <{@cemail}>\nVerzonden: {!date} {!time}\nAan: {email}\nOnderwerp: Uw vraag ({!ticket_number})\n\n",
    "\n\nOp {!date} {!time} heeft {@name} <{email}> het volgende geschreven:\n",
    "\n\n---------- Doorgestuurd bericht ---------\nVan: {@name} <{email}>\nDatum: {!date}\nOnderwerp: Fwd: gegevens\n\n",
]
QUOTED_AGENT = [
    "Beste klant,\n\nBedankt voor uw e-mail. Om u verder te helpen hebben wij uw klantnummer nodig.\n\nMet vriendelijke groet,\n{@agent}\n{@brand} | {!company_phone} | KvK {!company_registration}",
    "Hoi!\n\nWe hebben je vraag ontvangen onder nummer {!ticket_number}. We reageren binnen {!quantity}.\n\nTeam {@brand}\n{!url}",
    "Beste {@first},\n\nKunt u uw geboortedatum en postcode bevestigen?\n\nGroet, {@agent}\nBel ons: {!company_phone} (ma-vr)",
]
DISCLAIMER = [
    "\n\nDit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.",
    "\n\n{@brand} B.V. | KvK {!company_registration} | BTW {!company_registration}",
    "\n\nDenk aan het milieu voordat u deze e-mail print.",
]
AGENT_SIGN = ["\n\nMet vriendelijke groet,\n{@agent}\nKlantenservice {@brand}\n{!company_phone}", "\n\nGroetjes, {@agent} ({@brand})", " ^{@ini}", "\n\n{@agent} | Team {@brand} | {!url}", "\n\nTeam {@brand}\nT {!company_phone}\nKvK {!company_registration}"]
CHAT_OPEN = ["Hoi! ", "Hallo, ", "Hey ", "Goedendag. ", "", "Help!! ", "Even een vraagje: ", "Sorry dat ik stoor, "]

FILL = [
    "Ik ben al jaren tevreden klant, maar dit is echt de tweede keer deze maand dat het misgaat. Ik heb geen zin om weer een uur in de wacht te staan, dus ik mail het maar even.",
    "Vorige week heb ik hierover al gebeld met een collega van jullie, die zou het doorzetten naar de juiste afdeling. Sindsdien heb ik niks meer gehoord, ook niet na mijn herinnering van {!date}.",
    "Ik heb de app al verwijderd en opnieuw geïnstalleerd (versie {!version_string}), de cache gewist en mijn telefoon herstart. Niets helpt.",
    "Graag ontvang ik binnen een week een inhoudelijke reactie, anders zie ik me genoodzaakt een klacht in te dienen bij de geschillencommissie.",
    "Voor de duidelijkheid: het gaat om de betaling van {!amount} die op {!date} is afgeschreven. Op de bankafschrift staat een andere omschrijving dan in jullie bevestiging.",
    "Mijn buurvrouw heeft precies hetzelfde probleem gehad en die kreeg binnen twee dagen een oplossing, dus ik neem aan dat dat bij mij ook kan.",
]
