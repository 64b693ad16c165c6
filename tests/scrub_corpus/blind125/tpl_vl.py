"""Belgian Dutch (Flemish) templates; nl-be also draws from the nl groups."""

BODY = {
    "login": [
        "[childcare]Ik geraak niet ingelogd op jullie oppasplatform. Gebruikersnaam {username}, paswoord {password}. Kunt ge da eens nakijken?",
        "[security]allez, app zegt weer 'ongeldig'. login: {username} paswoord: {password}",
        "[pet]Mijn gebruikersnaam is {username} en mijn paswoord {password}, ik wil de factuur van de dierenarts opladen",
        "[delivery]Ik ben fietskoerier en ik kan niet meer inloggen: {username} / {password}",
    ],
    "otp": [
        "[charity]Ik kreeg een sms-code {otp} maar ge zegt dat die vervallen is?",
        "De bevestigingscode is {otp}, mag ik die aan uw collega geven aan de telefoon?",
        "[security]itsme vraagt een code, ik kreeg {otp}. Is dat normaal?",
    ],
    "pin": [
        "[security]De code van ons alarm is {pin}, maar de sirene blijft gaan. Centrale type {!model_number}",
        "[childcare]De babysit kan binnen met de code van de sleutelkluis: {pin}. We zijn terug rond {!time}",
        "[delivery]Code van de poort is {pin}, belt ge gewoon aan bij de buren anders",
    ],
    "iban": [
        "[pet]Terugbetaling graag op rekening {iban} op naam van {@name}",
        "[charity]Het ingezamelde geld mag naar {iban}, dat is de rekening van de vzw",
        "[delivery]Mijn rekeningnummer is veranderd, nieuw: {iban}",
        "[optician]Het mutualiteitsdeel mag op {iban} gestort worden",
    ],
    "bsn": [
        "[childcare]Voor het fiscaal attest van de kinderopvang: rijksregisternummer van mijn zoon is {bsn}",
        "[pet]Mijn rijksregisternummer is {bsn}, moet dat echt op het formulier?",
        "[charity]Voor het fiscaal attest van mijn gift: rijksregisternr. {bsn}",
        "[optician]Ze vroegen mijn INSZ-nummer voor de mutualiteit: {bsn}",
    ],
    "contact": [
        "Mijn gsm-nummer is {phone}, belt ge mij terug?",
        "[security]Bij een alarm eerst mijn vrouw bellen op {phone}, dan mij op {phone}",
        "[pet]mailt ge de polis naar {email} aub",
        "[childcare]Ge kunt mij altijd bereiken op {phone} of via {email}",
    ],
    "address": [
        "[delivery]Ik woon op {address}, de koerier is naar de verkeerde deur gegaan",
        "[security]Vanaf {!date} wonen we op {address}, moet het alarm verhuizen",
        "[optician]Stuurt ge de lenzen naar {address}?",
        "[childcare]Ons adres: {address}. Parkeren op de oprit mag.",
    ],
    "cust": [
        "[pet]Polisnummer {cust} — de dierenarts rekende {!amount} en ik krijg maar {!percentage} terug",
        "[security]Mijn klantnummer is {cust}, de technieker is niet gekomen op {!date}",
        "[charity]Ik ben donateur met nummer {cust} en wil stoppen",
        "[optician]klantnummer {cust}, mijn bril (ref {!product_code}) is nog altijd niet klaar",
    ],
    "neg": [
        "[delivery]Bestelling {!order_number} om {!time} besteld, om {!time} nog altijd niks. Schandalig.",
        "[security]Sinds firmware {!version_string} geeft de centrale {!error_code}, ticket {!ticket_number}",
        "[pet]Ik betaal al sinds {!year} elke maand {!amount} en nu dit",
    ],
}

PUBLIC = [
    "{!mention} ge zijt echt onbereikbaar. Polis {cust}, claim {!ticket_number} {!hashtag}",
    "{!mention} onze babysit heeft {!quantity} gewerkt en nog altijd niet betaald?! {!hashtag}",
    "{!mention} belt mij eens terug op {phone} aub, al {!quantity} aan het wachten",
    "{!mention} de technieker kwam niet opdagen op {!date}. Schandalig {!hashtag} {!mention2}",
]

AGENT = [
    "Dag {@first}, bedankt voor uw bericht. We hebben uw rekeningnummer {iban} aangepast. Met vriendelijke groeten, {@agent}",
    "Hallo {@first}, ik heb uw nieuw gsm-nummer {phone} genoteerd bij klantnummer {cust}. Nog een fijne dag!",
    "Dag {@first}, deel uw rijksregisternummer ({bsn}) liever niet via chat. We hebben het verwijderd uit uw dossier {!ticket_number}.",
    "Beste {@first}, de technieker komt op {!date} tussen {!time} en {!time} naar {address}. Groetjes, {@agent}",
]

GREET = ["Geachte,\n\n", "Dag {@brand},\n\n", "Beste,\n\n", "Hallo,\n\n", "Goeiedag,\n\n"]
CLOSE = ["\n\nMet vriendelijke groeten,\n", "\n\nAlvast bedankt,\n", "\n\nMvg\n", "\n\nGroetjes,\n"]
SIGN = ["{@name}\nGSM {phone}", "{@name}\n{address}", "{@first}", "{@name}\n{phone}\n{email}", "{@first} {@last}\nVerzonden vanaf mijn Samsung Galaxy"]
SUBJECT = ["Onderwerp: dossier {!ticket_number}\n\n", "Onderwerp: terugbetaling\n\n", "Onderwerp: probleem met login\n\n", "Onderwerp: adreswijziging\n\n"]
QUOTE_HDR = [
    "\n\nOp {!date} om {!time} schreef {@brand} <{@cemail}>:\n",
    "\n\nVan: {@brand} Klantendienst <{@cemail}>\nDatum: {!date}\nAan: {email}\nOnderwerp: Uw dossier\n\n",
]
QUOTED_AGENT = [
    "Geachte klant,\n\nWij hebben uw vraag goed ontvangen (dossier {!ticket_number}).\n\nMet vriendelijke groeten,\nDe klantendienst van {@brand}\nTel. {!company_phone} - Ondernemingsnummer {!company_registration}",
    "Dag {@first},\n\nMag ik uw klantnummer en adres?\n\n{@agent}\n{@brand} nv | BTW {!company_registration}",
]
DISCLAIMER = ["\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde.", "\n\n{@brand} bv - RPR Antwerpen - ondernemingsnummer {!company_registration}"]
AGENT_SIGN = ["\n\nMet vriendelijke groeten,\n{@agent}\nKlantendienst {@brand}\n{!company_phone}", "\n\nGroetjes, {@agent}", "\n\n{@agent} - {@brand} - {!url}"]
CHAT_OPEN = ["Dag, ", "Hallo! ", "Goeiemiddag, ", "Allee, ", ""]

FILL = [
    "Ik heb al twee keer gebeld naar jullie klantendienst maar ik werd telkens doorverbonden en dan viel de lijn weg. Vandaar deze mail.",
    "Ik had eigenlijk gerekend op een oplossing tegen het weekend, want we vertrekken op {!date} op reis en ik wil dat alles in orde is.",
    "Ik vind het echt spijtig dat het zo moet lopen, want tot nu toe was ik altijd content van jullie service.",
    "De app staat op de laatste versie ({!version_string}) en ik heb mijn gsm al heropgestart, dus aan mij ligt het niet denk ik.",
]
