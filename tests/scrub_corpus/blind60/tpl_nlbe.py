"""Belgian Dutch templates."""

T = {
    "chat": [
        [
            "Dag, ik zou graag een afbetalingsplan vragen voor dossier {=ticket}. Ik kan maximum {=amount} per maand missen. Klantnummer {cust}",
            "allee, weer een herinnering van {=amount}, ik betaal toch al sinds {=date} via domiciliëring van {iban}??",
            "Kan de afbetaling gespreid worden over {=qty}? Mijn rijksregisternummer is {nrn} als ge dat nodig hebt",
            "ik ben werkloos sinds {=date} en kan da echt nie betalen. mijn gsm: {phone}, bel mij aub tussen {=time} en {=time:2}",
            "Betaald met de gestructureerde mededeling {=invoice} van rekening {iban}. Waarom staat het nog open?",
            "Mijn OCMW-begeleider vraagt een overzicht. Klantnr {cust}, geboren {dob}, adres {address}",
        ],
        [
            "Ik geraak niet in mijn klantenzone. Login {user}, paswoord {password}, en dan krijg ik {=err}",
            "de code van itsme/sms was {otp} maar die werd geweigerd. mijn mailadres is {email}",
            "Nieuw paswoord ingesteld ({password}) maar de app blijft zeggen dat het fout is. Versie {=ver}",
            "gebruikersnaam: {user}\nwachtwoord: {password}\nkan iemand nakijken waarom het nie werkt",
        ],
        [
            "De gerechtsdeurwaarder is vandaag langs geweest op {address}. Ik wist van niks! Dossier {=ticket}",
            "Er is loonbeslag gelegd voor {=amount}. Mijn rijksregisternummer staat erop: {nrn}. Is dat wel correct?",
            "De deurwaarder wil de sleutel van de garage. Code van de poort is {pin}, maar ik ben er niet",
            "Ik heb het exploot gekregen maar het bedrag klopt niet: {=amount} ipv {=amount:2}. Bel {phone}",
        ],
        [
            "Mijn energiefactuur is {=amount} terwijl de meterstand {=meter} was op {=date}. EAN {cust}",
            "Budgetmeter geplaatst zonder verwittiging. Adres {address}, klantnummer {cust}. Belachelijk",
            "Mijn gsm-abonnement is afgesloten wegens wanbetaling, ik heb de PUK nodig. Het nummer is {phone}",
            "de puk op de app is {puk}, maar mijn sim blijft geblokkeerd. pincode {pin} werkt ook niet meer",
            "Internet afgesloten, ondertussen betaald. Modem {=model}, netwerk {ssid}, sleutel {wifi}",
            "Gelieve de domiciliëring te stoppen op {iban}, contract {cust} is opgezegd sinds {=year}",
        ],
        [
            "Dat krediet is nie van mij, iemand heeft mijn identiteitskaart gebruikt. Mijn rijksregisternr {nrn}, geboren {dob}",
            "Ik sta geregistreerd bij de Centrale voor Kredieten voor een lening die al afbetaald is. Kredietnummer {cust}",
            "Mijn bankkaart {card} werd 2x gedebiteerd voor {=amount}. Vervaldatum {exp}",
            "Kan ik betalen met kaart? {card} exp {exp} cvc {cvv}",
        ],
        [
            "Kreeg deze sms, is die van jullie?\n{@sms}",
            "Dit stond in de brief:\n\n{@letter}\n\nWat moet ik daarmee?",
        ],
        [
            "Onze boekhoudsoftware koppelt met jullie incassoplatform. API-sleutel {apikey}, maar we krijgen {=err}",
            "Token voor de klantenzone: {token} - vervalt na 5 minuten, is dat normaal? Ingelogd vanaf {ip}",
            "Er werd ingelogd op mijn account vanaf ip {ip} om {=time}. Dat was ik nie. Login {user}",
            "access key {apikey} en secret {awssecret} staan nog in de oude export, gelieve te vervangen",
        ],
        [
            "Sim geblokkeerd na afsluiting. PUK volgens de brief: {puk}. Kaart eindigt op {=masked}, bestelling {=order}, tracking {=track}",
            "Nieuwe sim onderweg, tracking {=track}, artikel {=sku}. PUK op het kaartje: {puk}, bestelling {=order}",
            "Ik zat op vlucht {=flight} toen de domiciliëring mislukte. Kaart {card}, cvc {cvv}, vervalt {exp}. Ref {=req}, wifi thuis {wifi}",
            "Betaalverzoek {=req} geeft {=err}. Wifi-sleutel {wifi}, pincode app {pin}",
        ],
    ],
    "public": [
        [
            "{=mention} al {=qty} geen antwoord op mijn vraag voor een afbetalingsplan. Dossier {=ticket} {=hashtag}",
            "{=mention} een deurwaarder sturen voor {=amount}?? Serieus? {=hashtag}",
            "{=mention} mijn klantnummer is {cust}, bel mij gewoon terug op {phone}",
            "Zelfde probleem met {brand}. Ze vroegen mijn rekeningnummer {iban} via Messenger, ik vertrouw da nie",
            "{=mention} mijn mama krijgt brieven op {address} voor iemand anders. {=hashtag}",
            "{=mention} {=mention:2} al 3 keer gebeld naar {=cphone}, niemand neemt op {=hashtag}",
        ],
        [
            "Nooit uw code doorgeven! Ik gaf {otp} aan 'de bank' en weg was {=amount}",
            "{=mention} betaling mislukt met kaart {=masked}, foutmelding {=err}",
            "{=mention} ik kan nie inloggen op {=url} met {user}",
            "{=mention} stroom afgesloten terwijl ik een plan heb. EAN {cust}",
        ],
    ],
    "agent": [
        [
            "Dag {first}, vervelend om te horen. Stuur je ons een privébericht met je dossiernummer? Dan bekijken we het. {ini}",
            "Hallo {first}, ik zie dossier {=ticket} met een saldo van {=amount}. Een afbetalingsplan over {=qty} is mogelijk. {ini}",
            "Dag {first}, de domiciliëring op {iban} is stopgezet voor klantnummer {cust}. {ini}",
            "Hoi {first}, deel nooit je paswoord of codes met ons. Je kan het resetten via {=url}. {ini}",
            "Dag {first}, je rijksregisternummer ({nrn}) hebben we niet nodig, ik heb het verwijderd uit het gesprek. {ini}",
            "Hallo {first}, we bellen je morgen terug op {phone}. Je kan ons ook bereiken op {=cphone}. {ini}",
        ],
        [
            "Dag {first}, je adreswijziging naar {address} is verwerkt. {ini}",
            "Hoi {first}, de dubbele aanrekening op kaart {=masked} wordt binnen {=qty} teruggestort. {ini}",
            "Dag {first}, de meterstand {=meter} is doorgegeven voor EAN {cust}. Nieuw voorschot: {=amount}. {ini}",
            "Hallo {first}, de code {otp} komt niet van ons. Wij vragen nooit codes. {ini}",
        ],
    ],
    "body": [
        [
            "Hierbij teken ik bezwaar aan tegen de vordering in dossier {=ticket}. Het bedrag van {=amount} werd op {=date} betaald vanaf rekening {iban} met mededeling {=invoice}.",
            "Graag stel ik een afbetalingsplan voor van {=amount} per maand. Mijn klantnummer is {cust} en mijn rijksregisternummer {nrn}.",
            "Sinds {=date} woon ik op een nieuw adres: {address}. Toch blijft u alle briefwisseling naar mijn vorige adres sturen.",
            "Ik zit in collectieve schuldenregeling. Mijn schuldbemiddelaar heeft u daarover al ingelicht. Gelieve alle contact via hem te laten verlopen.",
            "Mijn gegevens:\nNaam: {name}\nGeboortedatum: {dob}\nRijksregisternummer: {nrn}\nAdres: {address}\nGSM: {phone}",
            "U heeft op {=date} {=amount} gedomicilieerd van {iban} zonder mandaat. Ik vraag terugbetaling.",
        ],
        [
            "Ik geraak niet meer in het klantenportaal. Gebruikersnaam {user}, paswoord {password}. De sms-code {otp} werkt niet.",
            "Ik ben telefonisch bereikbaar op {phone} of via {email}.",
            "Iemand heeft met mijn kredietkaart {card} (geldig tot {exp}) een lening aangevraagd. De kaart is intussen geblokkeerd.",
            "Mijn internet werd afgesloten. Na betaling werkt het nog steeds niet; modem {=model} toont {=err}. Netwerk {ssid}, sleutel {wifi}.",
        ],
    ],
    "abody": [
        [
            "Wij gaan akkoord met een afbetalingsplan van {=qty} aan {=amount}. De eerste betaling wordt op {=date} gedomicilieerd van {iban}. Vermeld steeds de gestructureerde mededeling {=invoice}.",
            "Uw bezwaar werd geregistreerd onder dossier {=ticket}. Klantnummer: {cust}. De invordering wordt tijdelijk opgeschort.",
            "Wij ontvingen op {=date} een betaling van {=amount} van rekening {iban}. Het saldo bedraagt nog {=amount:2}.",
            "U kan inloggen op {=url} met gebruikersnaam {user} en het tijdelijke paswoord {password}.",
        ],
    ],
    "letter": [
        [
            "HERINNERING\nDossier: {=ticket}\nKlantnummer: {cust}\nOpenstaand saldo: {=amount}\nGelieve te betalen op {iban} met mededeling {=invoice}.",
            "Geachte heer/mevrouw {last},\nOndanks onze vorige herinnering bleef factuur {=invoice} onbetaald. Zonder betaling voor {=date} wordt het dossier overgemaakt aan de gerechtsdeurwaarder.",
            "EXPLOOT VAN BETEKENING\nVerzoeker: {brand}\nGedaagde: {name}, {address}\nRijksregisternummer: {nrn}\nBedrag: {=amount}",
            "Ingebrekestelling - EAN {cust} - achterstal {=amount} - leveringsadres {address}",
        ],
    ],
    "sms": [
        [
            "{brand}: uw verificatiecode is {otp}. Deel deze nooit.",
            "Uw betaling van {=amount} is niet gelukt. Betaal via {=url} voor {=date}.",
            "Je code voor de klantenzone: {otp}",
            "{brand}: afbetalingsplan {=ticket} actief, eerste schijf {=amount} op {=date}.",
        ],
    ],
    "greet": [["Geachte heer, mevrouw,", "Beste,", "Dag,", "Goeiedag,"]],
    "agreet": [["Beste {first},", "Geachte mevrouw/heer {last},", "Dag {first},", "Beste klant,"]],
    "close": [["Met vriendelijke groeten,\n{name}", "Groetjes,\n{first}\nGSM {phone}", "Vriendelijke groet,\n\n{name}\n{address}", "mvg\n{first} {last}\n{email}"]],
    "asign": [["Met vriendelijke groeten,\n{afirst}\nDienst Invordering {brand}\nT {=cphone}\nOnd.nr. {=kvk}",
               "Vriendelijke groet,\n{afirst} - Klantendienst {brand} - {=cphone}",
               "Met vriendelijke groet,\nTeam Betalingen {brand}\nBTW {=kvk} | {=url}",
               "Groeten,\n{afirst}\n{brand}"]],
    "qhdr": [["Op {=date} om {=time} schreef {name} <{email}>:", "Op {=date} schreef {brand}:", "Van: {name} <{email}>\nVerzonden: {=date}\nOnderwerp: dossier {=ticket}", "{brand} schreef op {=date}:"]],
    "fwd": [["---------- Doorgestuurd bericht ----------\nVan: {brand}\nDatum: {=date}\nOnderwerp: Herinnering {=invoice}", "Begin doorgestuurd bericht:\nVan: {brand}\nOnderwerp: Laatste aanmaning"]],
    "disc": [["Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.", "{brand} - ondernemingsnummer {=kvk} - Aan deze e-mail kunnen geen rechten ontleend worden."]],
    "subj": [["Onderwerp: afbetalingsplan dossier {=ticket}", "Onderwerp: bezwaar", "Onderwerp: RE: herinnering {=invoice}", "Onderwerp: klacht deurwaarder"]],
}
