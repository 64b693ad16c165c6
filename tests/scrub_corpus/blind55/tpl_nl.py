"""Dutch (Netherlands) templates. Placeholders: see generate_blind.py KEYS."""

SCAM = [
    "{bank}: Uw betaalpas verloopt binnenkort. Vraag direct een nieuwe pas aan via {url} om blokkering te voorkomen. Ref: {sref}",
    "Beste klant, er is een verdachte inlogpoging op uw rekening gedetecteerd op {date}. Bevestig uw identiteit binnen 24 uur: {url}",
    "Hoi mam, mijn telefoon is kapot dit is mijn nieuwe nummer. Kun je me appen? Moet vandaag nog een rekening betalen van {amt} 😬",
    "PostNL: uw pakket {track} kon niet worden bezorgd. Betaal de verzendkosten van {amt} via {short}",
    "Belastingdienst: U heeft recht op een teruggave van {amt}. Vul uw gegevens in via {url} voor {date}.",
    "{bank} Veiligheidsdienst: uw rekening wordt geblokkeerd ivm nieuwe EU regels. Bel ons terug op {sphone} of ga naar {url}",
    "Beste {name}, je Tikkie van {amt} voor je advertentie staat klaar. Klik op {short} en verifieer met {amt2} om je geld te ontvangen.",
    "Uw {bank} app is verouderd (versie {ver}). Activeer de nieuwe app via {url} met uw pasnummer en pincode. Kenmerk {sref}",
]

CHAT = [
    "Ik kreeg net deze sms:\n\n\"{scam}\"\n\nen ik heb op de link geklikt en mijn pasnummer {card} en vervaldatum {exp} ingevuld 😭 wat moet ik doen??",
    "Help! Iemand belde namens jullie fraudeafdeling, nummer leek echt ({cphone}). Ik heb de code {otp} voorgelezen en nu is er {amt} weg van mijn rekening {iban}",
    "goedemiddag, ik wil mijn pas laten blokkeren. pasnummer eindigt op {mask}, klantnummer {cust}. er zijn vanmiddag {qty} gedaan die ik niet herken",
    "Mijn account is overgenomen. Ze hebben het wachtwoord veranderd, mijn oude was {pwd}. Gebruikersnaam {user}. Kunnen jullie het resetten?",
    "Ik heb een Tikkie gekregen via Marktplaats en heb daar mijn inloggegevens ingevuld: gebruikersnaam {user} wachtwoord {pwd} 🙈 en daarna nog een sms code {otp}",
    "Er staan {qty} van {amt} op mijn afschrift bij {shop} die ik niet heb gedaan. Transactie ref {txref} van {date}. Ik wil dit terugboeken (chargeback).",
    "De oplichter heeft me laten installeren: {app}. Toen heeft hij {amt} overgemaakt naar {ibanx}. Ik heb aangifte gedaan, nummer {ticket}",
    "mijn pincode is {pin} en die heb ik aan de telefoon gezegd tegen iemand van 'de bank' 🤦 moet ik een nieuwe pas?",
    "Hoi, ik heb per ongeluk mijn wachtwoord gedeeld. Wil het wijzigen naar {pwd2} maar de app geeft foutcode {err}. Klantnr {cust}",
    "zit nu in de wachtrij bij {cphone} al 40 min. mijn rekening {iban} moet NU dicht, er gaat steeds geld af!! tel {phone}",
    "Ik heb via whatsapp een bericht gehad van mijn 'dochter' en {amt} overgemaakt naar {ibanx} om {time}. Kan dat nog teruggehaald worden?",
    "Kregen een belletje van {sphone}, zei dat hij van de fraudehelpdesk was. Vroeg mijn geboortedatum ({dob}) en BSN {bsn}. Daarna code {otp} doorgegeven.",
    "Ik zie een inlog vanaf IP {ip} om {time} en dat was ik niet. Mijn telefoon is een {model}, app versie {ver}. Wachtwoord is al aangepast.",
    "Beste {bank}, mijn SIM is geswapt denk ik, geen bereik meer. Provider gaf me de PUK {puk} maar intussen is er ingelogd. Mijn nr is {phone}",
    "dag, iemand heeft met mijn creditcard {card} exp {exp} cvc {cvv} bij {shop} besteld, order {order}, {amt}. Kaart blokkeren aub",
    "Ik kreeg een mail dat mijn pas vervangen moest worden en heb mijn pas opgestuurd naar {addr}?? Nu pas door dat dat niet klopt. Mijn adres is {addr2}",
    "Wat is het juiste nummer om fraude te melden? Ik wil niet weer een nep nummer bellen. Op jullie site ({burl}) staat {cphone}, klopt dat?",
    "De 'medewerker' vroeg me mijn identificatiecode te geven. Ik heb {pin} gezegd en daarna nog de code {otpw}. Melding bij jullie is {ticket}.",
    "Dit is het nummer waarvan ik gebeld werd: {sphone}. En dit de rekening waar het geld heen ging: {ibanx}. Bedrag {amt} op {date} om {time}.",
    "Mijn e-mailadres {email} is gehackt en nu krijg ik wachtwoord reset mails van jullie. Kunnen jullie mijn login {user} blokkeren?",
    "bij deze mijn gegevens voor het terugboeken:\nnaam: {full}\nIBAN: {iban}\nklantnummer: {cust}\ntel: {phone}\ntransactie: {txref}\nbedrag: {amt}",
    "Heb de betaalpas via de app geblokkeerd. Kan ik de nieuwe pincode zelf kiezen? Zou dan {pin2} willen. Dossier {ticket}",
    "Een 'Ziggo monteur' belde, ik moest mijn wifi wachtwoord voorlezen ({wifi}) en daarna inloggen bij jullie terwijl hij meekeek via {app}. Klant sinds {year}, klantnr {cust}",
    "Via Booking.com kreeg ik een chat dat mijn reservering (vlucht {flight}, factuur {inv}) opnieuw betaald moest worden. Kaart {card} ingevuld, {amt} weg",
    "Ik ben developer en heb per ongeluk mijn sessietoken {token} in een forum gepost. Daarmee is ingelogd op ons zakelijke account {cust}. Graag alle sessies intrekken",
]

PUBLIC = [
    "{mention} ik word al 3 dagen van het kastje naar de muur gestuurd. Er is {amt} gestolen via een nep sms. Zaaknummer {ticket}. Bel me terug op {phone} {tag}",
    "{mention} waarom kan iemand met 1 sms code {amt} van mijn rekening halen?? Ik heb NIKS goedgekeurd {tag} {tag2}",
    "Let op mensen! Deze sms is NEP: \"{scam}\" {tag} {omention}",
    "{mention} mijn pas is geblokkeerd maar de afschrijvingen gaan door. {qty} sinds {time}. Rekening {iban}, klantnummer {cust}",
    "Gebeld door {sphone} die zich voordeed als {bank}. Niet opnemen! {tag} {mention}",
    "{mention} hoe lang duurt een chargeback? Aangevraagd op {date}, referentie {ticket}. Nog steeds niks.",
    "{mention} hebben jullie mijn DM gezien? Ik had daar mijn wachtwoord {pwd} in gezet 😬 moet ik die nu veranderen?",
]

EMAIL = [
    """Ik schrijf u omdat ik slachtoffer ben geworden van phishing. Op {date} rond {time} ontving ik onderstaande sms:

{scam}

Ik heb op de link geklikt en op de site mijn gegevens ingevuld: rekeningnummer {iban}, pasnummer {card} en de vervaldatum {exp}. Daarna werd ik gebeld door {sphone} en heb ik een code ({otp}) doorgegeven.

Er zijn daarna {qty} gedaan voor een totaal van {amt}. Ik heb aangifte gedaan bij de politie (registratienummer {ticket}).

Graag zou ik het bedrag terug willen. Mijn klantnummer is {cust}, geboortedatum {dob}.""",
    """Naar aanleiding van ons telefoongesprek van vanochtend stuur ik u hierbij de gegevens van de betwiste transacties:

- {date}, {shop}, {amt}, kenmerk {txref}
- {date2}, {shop}, {amt2}, kenmerk {txref2}

Mijn creditcard ({mask}) is inmiddels geblokkeerd. Het meldingsnummer dat ik kreeg is {ticket}.
U kunt mij bereiken op {phone} of per mail op {email}.""",
    """Vorige week ben ik gebeld door iemand die zei dat hij van uw veiligheidsafdeling was. Hij wist mijn naam, adres ({addr}) en de laatste cijfers van mijn rekening. Hij zei dat mijn geld naar een 'kluisrekening' moest: {ibanx}.

Ik heb {amt} overgemaakt. Achteraf heb ik ook mijn inlogcode {pin} genoemd en mijn gebruikersnaam {user}.

Kunt u nagaan of het geld nog tegengehouden kan worden? Mijn BSN is {bsn} voor de identificatie, mocht dat nodig zijn.""",
    """Ik wil mijn wachtwoord wijzigen maar krijg steeds de melding {err}. Mijn huidige wachtwoord is {pwd}, het nieuwe wordt {pwd2}. Gebruikersnaam: {user}

Ik doe dit omdat ik een verdachte inlog zag vanaf {ip} op {date}. Mijn toestel is een {model} met {ver}.""",
    """Bij deze dien ik bezwaar in tegen de incasso van {amt} op {date} (mandaatkenmerk {txref}). Ik heb nooit toestemming gegeven aan dit bedrijf. Ik ben volgens mij het slachtoffer van identiteitsfraude; iemand heeft een abonnement afgesloten op mijn naam en IBAN {iban}.

Mijn gegevens:
Naam: {full}
Adres: {addr}
Telefoon: {phone}
Klantnummer: {cust}""",
]

AGENT = [
    "Hoi {name}, wat vervelend! Ik heb je pas {mask} direct geblokkeerd. Deel nooit je pincode of codes, ook niet met ons. Je melding staat onder {ticket}. ^{agent}",
    "Dag {name}, bedankt voor je bericht. Haal je wachtwoord ({pwd}) alsjeblieft meteen uit je DM en wijzig het via de app. We vragen nooit om je wachtwoord. Gr. {agent}",
    "Hallo {name}, we hebben je terugboekingsverzoek ontvangen onder nummer {ticket}. Behandeltijd is ca. 8 weken. Vragen? Bel {cphone} (24/7). {agent}",
    "Beste {name}, ik zie dat er op {date} om {time} is ingelogd vanaf {ip}. Ik heb je toegang tijdelijk geblokkeerd. Bel ons op {cphone} om te deblokkeren. ^{agent}",
    "Hoi {name}, ik begrijp je schrik. Het nummer {sphone} is niet van ons; wij bellen alleen vanaf {cphone}. Doe ook een melding bij de {flinename} op {fline}. ^{agent}",
    "Dag {name}, voor de zekerheid: we hebben rekening {iban} bevroren en de transactie van {amt} (ref {txref}) teruggevraagd bij de ontvangende bank. Dossier: {ticket}. Groet, {agent}",
    "Hi {name}, stuur nooit je volledige kaartnummer via social media. Ik heb het bericht met {card} verwijderd. Je kaart is vervangen, de nieuwe komt binnen 5 werkdagen. ^{agent}",
    "Goedemorgen {name}, kun je ons een DM sturen met je klantnummer? Geen pincode of wachtwoord meesturen! Meer info: {burl} ^{agent}",
    "Hallo {name}, ik heb je gegevens gecontroleerd (klantnummer {cust}, geboortedatum {dob}). Je nieuwe pas wordt verstuurd naar {addr}. {agent}",
    "Beste {name}, {macro} dank voor het doorsturen van de sms. De link {url} is inmiddels offline gehaald. Heb je niets ingevuld, dan hoef je niets te doen. ^{agent}",
]
