# Dutch (nl) templates. Slots: see generate_blind.py SLOT table. Literal braces are doubled.
T = {
    "pub": [
        "{mention} al 3 dagen geen reactie op mijn mail over de hypotheekofferte, bel me aub terug op {mob} {hashtag}",
        "{mention} jullie app crasht bij het opladen van mn reiskaart (versie {ver}) en nu is er {amount} weg?? {hashtag}",
        "Hee {mention} bestelling {order} zou {date} geleverd worden, bank staat er nog steeds niet. Mail me op {email}",
        "{mention} waarom kan ik mijn afspraak op de poli van {date} om {time} niet verzetten online? krijg steeds {err}",
        "{mention} boeket voor mn moeder kwam verlept aan, ordernr {order}. Zij woont op {addr}, graag opnieuw leveren {hashtag} {hashtag}",
        "{umention} heb je al antwoord van {mention}? ik wacht al sinds {date} op mijn uitbetaling van {amount} {hashtag}",
        "{mention} ik heb {qty} keer gebeld naar {cphone} en niemand neemt op. Mijn klantnr is {cust}, los het nou eens op",
        "{mention} wie kan me helpen, ov-chipkaart {ov} geblokkeerd terwijl er nog saldo op stond. {url}",
    ],
    "mortgage": [
        "Goedemiddag, voor de aanvraag van onze hypotheek hierbij de gegevens die de adviseur vroeg:\nBSN: {bsn}\nGeboortedatum: {dob}\nIBAN voor de maandlasten: {iban}\nHuidig adres: {addr}\nKunnen jullie bevestigen dat de rente van {pct} nog staat?",
        "hoi, mijn partner en ik tekenen {date} bij de notaris. de bank vraagt om het leningnummer {loan} en ons rekeningnr {iban} maar ik weet niet of dat klopt. bel me even op {phone} als je tijd hebt",
        "Beste adviseur, de inlog voor het hypotheekportaal lukt niet. gebruikersnaam {user} en ik heb als ww {pw} ingevoerd, daarna kreeg ik een sms-code {otp} maar die werd geweigerd ({err}).",
        "Wij willen graag extra aflossen op leningdeel 2 ({amount}). Klantnummer bij jullie is {cust}, contractnr {loan}. Overboeking komt van {iban} tnv {name}.",
        "De taxateur komt {date} om {time} naar {addr}. De sleutelkluis code is {pin} voor als wij niet thuis zijn. Groet, {first}",
        "Ik heb de offerte (ref {ticket}) ontvangen maar mijn geboortedatum staat verkeerd: moet {dob} zijn ipv {date}. Mijn BSN staat er wel goed op ({bsn}).",
    ],
    "hospital": [
        "Hallo, ik wil mijn afspraak bij de cardiologie van {date} verzetten. Patiëntnummer {patient}, geboren {dob}. Ik ben bereikbaar op {mob}.",
        "mijn moeder ({dob}) heeft een oproep gehad voor de poli maar jullie hebben haar oude adres, nieuw adres is {addr}. haar bsn is {bsn} als dat helpt",
        "Ik kan niet inloggen in het patiëntenportaal van {hosp}. Ik krijg wel een code per sms ({otp}) maar daarna zegt ie sessie verlopen. Mijn e-mail is {email}",
        "Goedemorgen, de uitslag zou via de app komen maar ik zie niks. App versie {ver}. Mijn patientnr is {patient} en mijn tel {phone}. Alvast dank",
        "Vraag: kan ik de rekening van de behandeling ({amount}, factuur {invoice}) in termijnen betalen? Rekeningnummer {iban}, tnv {name}.",
    ],
    "betting": [
        "Mijn account is geblokkeerd na een storting van {amount}. Gebruikersnaam: {user}. Ik heb al een kopie van mijn ID gestuurd op {date}. Uitbetaling moet naar {iban}.",
        "ik heb de loterij gewonnen volgens de mail maar ik moet mijn bankgegevens geven?? is dit echt? ze vroegen ook mijn bsn {bsn} en pincode. mijn spelersnummer is {member}",
        "Hoi, ik wil mezelf uitsluiten van wedden voor {qty} maanden. Accountnr {member}, geboortedatum {dob}, mail {email}",
        "Ik probeer in te loggen maar krijg {err}. wachtwoord is {pw} (heb ik net gereset) en de verificatiecode was {otp}. Wat gaat er mis",
        "Mijn abonnement op de Staatsloterij-achtige trekking loopt via {iban} maar er is {qty}x afgeschreven op {date}. Lidnummer {member}",
        "Goedenavond, ik heb mijn creditcard gekoppeld: {card} exp {exp}, cvc {cvv}. Maar de storting van {amount} komt niet binnen.",
    ],
    "florist": [
        "Ik wil een boeket laten bezorgen bij {name}, adres {addr}. Graag {date} voor {time}. Telefoon ontvanger: {phone}. Kaartje: 'Gefeliciteerd!'",
        "Bestelling {order} is niet aangekomen. Ontvanger woont op {addr}. Betaald met {card}, verloopt {exp}. Kunnen jullie dit uitzoeken?",
        "Hallo bloemist, ik ben mijn wachtwoord vergeten. Mijn login was {email} en ik denk dat het oude ww {pw} was. Graag reset",
        "Kunnen jullie het rouwstuk op {date} rond {time} bezorgen op {addr}? De code van de poort is {pin}. Betaling gaat via factuur {invoice}",
        "Voor de zakelijke bloemenservice: ons klantnummer is {cust}, btw {kvk}. Contactpersoon {name}, {mob}.",
    ],
    "furniture": [
        "De keuken wordt {date} geplaatst op {addr}. Monteurs kunnen de sleutel uit het kastje halen, code {pin}. Mijn mobiel {mob}. Ordernummer {order}",
        "Bank {model} is beschadigd geleverd. Art.nr {prod}. Ik wil mijn geld terug op {iban}. Klantnummer {cust}",
        "hoi ik heb een inductiekookplaat ({model}) maar de app koppelt niet met wifi. netwerk {ssid}, wachtwoord {wifi}. IP van de plaat {ip}",
        "Graag een nieuwe afspraak voor de keukenmeting. Adres: {addr}. Ik ben thuis na {time}. tel {phone} of mail {email}",
        "Ik heb {qty} stoelen besteld en {amount} betaald met creditcard eindigend op {masked}. Zending {track} staat al 5 dagen stil.",
        "Financiering van de keuken: jullie vroegen BSN ({bsn}) en geboortedatum ({dob}). Rekening {iban}. Contract {cust}.",
    ],
    "transport": [
        "Mijn ov-chipkaart {ov} is gestolen. Kunnen jullie hem blokkeren en het saldo van {amount} terugstorten op {iban}? Geboortedatum {dob}",
        "Ik heb {date} om {time} ingecheckt in Utrecht maar niet uitgecheckt, nu is er {amount} afgeschreven. Kaartnummer {ov}. Mail {email}",
        "Inloggen op Mijn OV lukt niet: gebruikersnaam {user}, ww {pw}. Code uit de authenticator: {otp}",
        "Ik wil automatisch opladen stopzetten. Gekoppeld rekeningnummer {iban}. Kaart {ov}, adres {addr}",
        "Hoi, de reiskaart van mijn zoon ({ov}) staat op mijn naam. Zijn geboortedatum is {dob}. Bel mij op {mob}.",
    ],
    "account": [
        "Ik krijg een sms met code {otp} maar ik heb niks aangevraagd?! Is mijn account gehackt? Mijn gebruikersnaam is {user}",
        "Mijn nieuwe wachtwoord ({pw}) werkt niet, oude was {pw}. IP waarvandaan ik inlog: {ip}",
        "Voor de koppeling met jullie API: onze key is {apikey} en webhook gaat naar poort {port}. Foutmelding {err}",
        "Ik heb een nieuwe simkaart, de PUK is {puk} en de pin {pin}. Nu komt de verificatie-sms niet meer aan op {mob}",
        "De code die ik kreeg was {otpw}. Voorgelezen door de automatische stem, klopt dat?",
        "Hier het token uit de foutmelding: Bearer {token} (request {req})",
    ],
    "agent": [
        "Hoi {first}, bedankt voor je bericht. Ik heb je klantnummer {cust} gevonden en het e-mailadres aangepast naar {email}. Groet, {agent}",
        "Beste {name}, excuses voor het wachten. Je afspraak van {date} om {time} is verplaatst. Vragen? Bel {cphone}. Met vriendelijke groet, {agent}",
        "Dag {first}, deel nooit je wachtwoord of sms-code met ons, ook niet via DM. Ik zie dat je {pw} hebt gestuurd: wijzig dit direct via {url}. ^{agent}",
        "Hi {first}! Je terugbetaling van {amount} staat klaar en wordt binnen 5 werkdagen overgemaakt naar {iban}. Zaaknummer {ticket}. Fijne dag! {agent}",
        "Hoi {first}, ik heb het bezorgadres aangepast naar {addr}. Je bestelling {order} wordt {date} geleverd. Groetjes {agent}",
        "Beste klant, wij hebben uw gegevens gecontroleerd: geboortedatum {dob}, rekening eindigend op {masked}. Uw dossier heeft nummer {ticket}. Team klantenservice ({kvk})",
        "Hey {first}, je kaart {ov} is geblokkeerd. Het saldo zetten we over op een nieuwe kaart. Die sturen we naar {addr}. Klopt dit? ^{agent}",
        "Hoi {first}, stuur je ons via DM je klantnummer en postcode? Geen wachtwoord of pincode aub! Vriendelijke groet, {agent} | {cphone} | {url}",
    ],
    "greet": ["Beste {brand},", "Goedendag,", "Hallo,", "Geachte heer/mevrouw,", "Hoi team,", "Beste meneer/mevrouw van de klantenservice,"],
    "close": ["Met vriendelijke groet,", "Groetjes,", "Alvast bedankt!", "mvg", "Vriendelijke groeten,", "Dank en groet,"],
    "sig": [
        "{name}\n{addrm}\nTel: {phone}",
        "{name}\nM {mob} | E {email}",
        "{first}\n\nVerzonden vanaf mijn iPhone",
        "{name}\n{email}\nKlantnummer: {cust}",
        "--\n{name}\n{addr}\n{mob}",
        "{first} ({mob})\nVerstuurd vanuit Outlook voor Android",
    ],
    "qhdr": [
        "Op {date} om {time} schreef {brand} <noreply@{brand_dom}>:",
        "-----Oorspronkelijk bericht-----\nVan: {brand} Klantenservice\nVerzonden: {date} {time}\nOnderwerp: Uw vraag {ticket}",
        "Op {date}, om {time} heeft {brand} het volgende geschreven:",
        "---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: Fwd: afspraak",
    ],
    "disc": [
        "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan. {brand} | {kvk}",
        "Denk aan het milieu voordat u deze e-mail print.",
        "De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.",
    ],
}

# additional templates (appended pairs so both halves get each kind)
T['account'].extend(['Kun je mijn creditcard {card} (geldig tot {exp}, cvc {cvv}) verwijderen uit mijn account? Ik betaal liever met iDEAL.', 'Betaling mislukt met kaart {card}, vervaldatum {exp}, beveiligingscode {cvv}. Foutmelding {err}', 'Mijn telefoon is gereset. Sim-pin {pin}, PUK-code {puk}. Daarna kan ik de app niet meer activeren.', 'PUK: {puk}\nPIN: {pin}\nnummer: {mob}\ndit stond op het pasje bij de simkaart, helpt dat?', 'Uit de devtools gekopieerd: Authorization: Bearer {token}', 'access_token={token}&expires_in=3600 stond in de adresbalk, is dat erg?', 'Mijn IP is {ip} volgens whatismyip, ik word steeds geblokkeerd ({err})', 'Jullie systeem blokkeert {ip}, dat is ons kantoor. Poort {port} staat gewoon open.'])
T['florist'].extend(['Graag de rozen van {date} afrekenen met mijn Visa {card}, exp. {exp}', 'kaartnr {card} cvc {cvv} geldig tot {exp} - kunnen jullie daarmee de bestelling {order} betalen? iDEAL doet raar'])
T['transport'].extend(['Automatisch opladen gaat via creditcard {card} (vervalt {exp}), die wil ik vervangen door {iban}.', 'Er is {qty} keer {amount} van mijn kaart {card} afgeschreven voor reiskaart {ov}. Klopt niet!'])
T['mortgage'].extend(['Wij wonen sinds {year} op {addr} en willen oversluiten. Huidige rente {pct}, klantnummer {cust}.', 'Bouwjaar van het huis is {year}. Meterstanden bij overdracht: {meter} en {meter}. Adres {addr}'])
