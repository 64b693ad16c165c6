"""Dutch (NL) templates. Placeholders: {span-key}, {n_neg-key}, {filler}; '#2' suffix = second distinct value."""

CUST = {
    "dealer": [
        "Goedemorgen, mijn {car} ({plate}) staat sinds {n_date} bij jullie in de werkplaats voor de grote beurt. Km-stand bij afgifte was {n_meter}. Kunnen jullie me terugbellen op {phone}? Klantnr bij jullie is {cust}.",
        "hoi, auto staat voor de deur, sleutel zit in de sleutelkluis naast de ingang. code van de kluis = {pin}\ngroetjes {first}",
        "Ik zit in jullie wachtruimte maar de wifi werkt niet. Netwerk {ssid}, wachtwoord op het bordje is {wifi} maar hij zegt 'onjuist'. Ook met hoofdletters geprobeerd",
        "Offerte {n_order} ontvangen, {n_amount} incl. btw. De aanbetaling maak ik over vanaf {iban}. Factuur graag naar {email} en naar het adres {addr}.",
        "Voor de financiering vroeg jullie verkoper mijn BSN ({bsn}) en geboortedatum {dob}. Is dat normaal?? Heb het al via whatsapp gestuurd maar vind het toch raar",
        "Inloggen op het MijnGarage portaal lukt niet.\ngebruiker: {user}\nww: {pw}\nFoutmelding {n_err}",
        "Bandenwissel gepland {n_date} om {n_time}, {n_qty} opgeslagen onder klantnummer {cust}. Artikelnr band {n_prod}. Bevestiging graag per sms naar {phone}",
        "De app van de dealer koppelt niet met de auto. App versie {n_ver}, telefoon {n_model}, bouwjaar auto {n_year}. Ik krijg telkens code {otp} binnen maar die wordt niet geaccepteerd",
        "Proefrit geboekt voor {n_date}. Mijn gegevens: {first} {last}, {addr}, tel {phone}, rijbewijs ligt klaar. Graag even bevestigen!",
        "jullie monteur vroeg de pincode van mijn telefoon om de carplay te testen, heb {pin} gegeven. Graag even bevestigen dat die nergens genoteerd staat.",
    ],
    "lease": [
        "Beste {brand}, contractnummer {cust}. Mijn leaseauto heeft schade opgelopen op {n_date}. Schadenummer is {n_ticket}. Ik ben bereikbaar op {phone}.",
        "Ik kom niet in mijn leaseportaal. 'Wachtwoord vergeten' gedaan maar de resetmail komt nooit aan op {email}. Mijn oude ww was {pw} als dat helpt",
        "Tankpas geblokkeerd na 3x verkeerde pincode. Volgens de pinmailer is de pin {pin} maar dat werkt ook niet. Pasnummer {n_mask}",
        "Eindafrekening {n_invoice}: jullie rekenen {n_amount} voor meerkilometers, maar km-stand bij inlevering was {n_meter}. Terugstorten graag op {iban}",
        "Voor private lease moet ik mijn BSN doorgeven: {bsn}. Geboren {dob}, adres {addr}. Wanneer hoor ik iets over de BKR-toetsing?",
        "Laadpas doet het niet meer bij de paal ({n_err}). Laadpasnummer {cust}. Ook de thuislader {n_model} krijgt geen verbinding met wifi {ssid}, netwerksleutel {wifi}",
        "Bestuurderswissel per {n_date}: nieuwe bestuurder {first} {last}, e-mail {email}, mobiel {phone}. Contract {cust}.",
        "In de lease-app: gebruikersnaam {user}, inlogcode per mail ontvangen: {otp}. Hij zegt 'code ongeldig'. Wat nu?",
    ],
    "roadside": [
        "Sta met pech op de A2 bij hectometerpaal 45,3. Lidnummer {cust}. Bel me aub op {phone}, batterij telefoon bijna leeg",
        "Wegenwacht komt niet opdagen, al {n_qty} aan het wachten. Melding {n_ticket} om {n_time} gedaan. Ik sta bij {addr}",
        "Lidmaatschap verlengen graag, machtiging op {iban} t.n.v. {first} {last}. Lidnr {cust}, geboortedatum {dob}.",
        "Auto is gesleept naar {dealer}. Sleutel ligt in de kluis bij de poort, code {pin}. Contact graag via {email}",
        "In de app inloggen met {user} lukt niet, wachtwoord {pw} wordt geweigerd en de sms-code {otp} is al verlopen",
        "Pechhulp buitenland: sta in Frankrijk, vlucht terug {n_flight} op {n_date}. Polisnummer reisverzekering {cust}, mobiel {phone}",
    ],
    "parking": [
        "Parkeeractie niet gestopt!! {n_amount} afgeschreven. Kenteken {plate}. Account {email}",
        "Ik krijg de verificatiecode niet op tijd: {otp} kwam pas na 10 minuten binnen en was toen verlopen. Mijn nummer {phone}",
        "Betaalmethode wijzigen. Nieuwe creditcard {card}, geldig tot {exp}, cvc {cvv}. De oude eindigde op {n_mask}.",
        "Ik wil mijn account opzeggen, gebruikersnaam {user}. Restsaldo graag naar {iban}.",
        "App crasht na update naar {n_ver} op mijn {n_model}. Foutcode {n_err}, request id in de log: {n_req}",
        "Zakelijk account, inloggegevens: user {user} / pw {pw}\nKunnen jullie kijken waarom collega's er niet in komen?",
        "Uitrijden parkeergarage lukt niet, de slagboom accepteert code {pin} niet. Ticketnr {n_ticket}, binnengereden om {n_time}",
        "Mijn klantnummer is {cust} en jullie schrijven al {n_qty} achter elkaar dubbel af. Graag terugbetalen op {iban}",
    ],
    "muni": [
        "Aanvraag bewonersvergunning. BSN {bsn}, adres {addr}, kenteken {plate}. Nummer oude vergunning: {cust}.",
        "Naheffingsaanslag van {n_amount} gekregen op {n_date} om {n_time}, terwijl ik via {park} betaald had! Aanslagnummer {n_ticket}. Ik maak bezwaar.",
        "Bezoekersvergunning: de meldcode {pin} werkt niet meer, pincode van de brief is {pin#2}. Mijn telefoon {phone}",
        "CJIB beschikking {n_ticket}, betalingskenmerk {n_invoice}. Betaald vanaf {iban} op {n_date} en toch een aanmaning??",
        "Er belde iemand van de gemeente vanaf {phone} en vroeg om de sms-code {otp}. Klopt dat? Ik vertrouw het niet",
        "Ontheffing milieuzone: geboortedatum {dob}, mail {email}, kenteken {plate}, bouwjaar {n_year}. Graag snel want ik heb een afspraak in de stad",
        "Inloggen op het parkeerloket: gebruikersnaam {user}, wachtwoord {pw}. Na 3 pogingen geblokkeerd ({n_err}).",
    ],
    "crypto": [
        "Account gehackt!! Iemand heeft {n_amount} aan BTC opgenomen. Login vanaf IP {ip} om {n_time}, dat was ik NIET. Account e-mail {email}",
        "2FA kwijt na nieuwe telefoon. Backupcodes die ik heb: {otp} {otp#2} {otp#3}. Kunnen jullie de 2FA resetten? Account {cust}",
        "Volgens mij is mijn API key gelekt: {api}\nsecret: {awssec}\nGraag direct intrekken!!",
        "Identiteitsverificatie: BSN {bsn}, geboren {dob}, adres {addr}. Hoe lang duurt KYC nog? Ticket {n_ticket}",
        "Opname naar {iban} staat al {n_qty} op pending. TX hash {n_sum}",
        "Wachtwoord veranderd van {pw} naar {pw#2} maar nu kom ik er helemaal niet meer in. Foutmelding {n_err}",
        "Iemand van 'support' vroeg mijn inloggegevens via telegram. Heb gegeven: gebruikersnaam {user}, wachtwoord {pw}. Waren jullie dat??",
        "Onbekende inlogpoging vanaf {ip} en daarna {ip#2}. Ik heb zelf {n_ver} van de app. Graag alles blokkeren, klantnr {cust}",
    ],
    "bank": [
        "Pas gestolen! Kaartnummer {card}, vervaldatum {exp}. Graag blokkeren. Laatste transactie {n_amount} op {n_date}",
        "Inloggen in de app lukt niet, sms-code komt niet aan op {phone}. Foutcode {n_err}.",
        "Iemand belde namens de bank en vroeg mijn pincode. Ik heb {pin} gezegd. Nu is er {n_amount} weg van {iban}",
        "Mijn rekening is bevroren. Klantnummer {cust}. ID al opgestuurd, BSN {bsn}. Ik kan niks betalen nu!",
        "Nieuwe telefoon, app vraagt om activatiecode, de medewerker zei: {otpw}. Die werkt niet.",
        "SIM geblokkeerd na 3 verkeerde pincodes, PUK is {puk}? Nu krijg ik ook de 2FA sms niet meer van jullie",
        "Developer API: token {tok} geeft {n_err}, request id {n_req}. Scope was read-only.",
        "Kaart {card} CVC {cvv} exp {exp} werkt niet bij de tankpaal. Wel saldo, {n_amount}.",
    ],
}

AGENT = [
    "Hoi {first}, vervelend dat het inloggen niet lukt! Deel je wachtwoord nooit, ook niet met ons. Je hebt hier {pw} gedeeld; wijzig het dus meteen via {n_url}. Groet, {agent}",
    "Dag {first}, dank voor je bericht. Ik heb je klantnummer {cust} gevonden en het dossier {n_ticket} aangemaakt. We bellen je vandaag nog op {phone}. ^{agent}",
    "Hallo! Je betaling van {n_amount} op {n_date} zien we terug. Het bedrag storten we binnen {n_qty} terug op je rekening eindigend op {n_mask}. Gr. {agent}",
    "Hi {first}, we hebben je pas geblokkeerd. Je nieuwe pas wordt verstuurd naar {addr}. Track & trace: {n_track}. Vragen? Bel {n_cphone}. {agent}",
    "Goedemiddag, de verificatiecode {otp} die je hier plaatst is inmiddels ongeldig gemaakt. Vraag in de app (versie {n_ver} of hoger) een nieuwe aan. Deel codes als {macro} nooit met anderen! ^{agent}",
    "Beste {first}, de storing ({n_err}) is bekend. Onze excuses! Meer info op {n_url}. Met vriendelijke groet, {agent} | {brand} | {n_cphone} | {n_kvk}",
    "Dank je {first}. Ik zie het adres {addr} en e-mail {email} bij ons staan, klopt dat nog? Stuur ons anders even een DM 📩 ^{agent}",
    "Hoi, je IBAN {iban} hebben we verwerkt. Verwacht de terugbetaling binnen 5 werkdagen onder referentie {n_invoice}. Groetjes {agent}",
    "Hallo {first}, wil je je BSN hier niet publiek delen? We hebben je bericht met {bsn} verborgen. Je aanvraag {n_ticket} loopt gewoon door. {agent}",
    "Hey {first}! Je 2FA is gereset. Log in met je gebruikersnaam {user} en stel een nieuwe authenticator in. Ticket {n_ticket} sluiten we {n_date}. {agent}",
]

GREET = ["Beste {brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "L.S.,", "Hoi team {brand},", "Goedenavond,"]
CLOSE = ["Met vriendelijke groet,", "Groeten,", "mvg", "Alvast bedankt!", "Vriendelijke groeten,", "Gr.", "Bvd,", "Hartelijke groet,"]
SIGN = ["{first} {last}\n{phone}", "{first} {last}\n{addr}\nTel: {phone}", "{first}\n\nVerzonden vanaf mijn iPhone", "{first} {last}\nMob. {phone}\n{email}",
        "{first}", "{first} {last}\n\nVerstuurd vanaf Outlook voor Android", "Fam. {last}\n{addr}", "{first} {last} | {phone}"]
QUOTE_HDR = ["Op {n_date} om {n_time} schreef {brand} Klantenservice:", "Op {n_date}, {first} {last} <{email}> schreef:",
             "Van: {brand} Klantenservice\nVerzonden: {n_date} {n_time}\nOnderwerp: Uw melding {n_ticket}", "-----Oorspronkelijk bericht-----\nDatum: {n_date}\nOnderwerp: RE: {n_ticket}"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: {first} {last} <{email}>\nDatum: {n_date} {n_time}\nOnderwerp: FW: mijn account",
       "Begin doorgestuurd bericht:\n\nVan: {brand} Service\nDatum: {n_date}\nOnderwerp: Bevestiging {n_order}"]
DISCLAIMER = ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, verzoeken wij u het te verwijderen.",
              "Denk aan het milieu voordat u deze e-mail print.",
              "Aan dit bericht kunnen geen rechten worden ontleend. {brand} B.V., {n_kvk}.",
              "Deze e-mail is gecontroleerd op virussen."]
PAD = ["Ik heb al twee keer gebeld maar werd steeds doorverbonden en toen viel de verbinding weg.",
       "Het is echt heel vervelend want ik heb de auto dagelijks nodig voor mijn werk.",
       "Ik hoop dat jullie dit snel kunnen oplossen, ik word er eerlijk gezegd een beetje moedeloos van.",
       "Op jullie website staat dat het binnen 48 uur opgelost zou worden, maar dat is nu al ruim verstreken.",
       "Mijn buurman had hetzelfde probleem en bij hem was het in een dag geregeld.",
       "Ik ben al jaren klant en was tot nu toe altijd tevreden, maar dit valt me echt tegen.",
       "Graag een reactie per mail, telefonisch ben ik overdag slecht bereikbaar.",
       "Excuus voor de lange mail maar ik wil het hele verhaal even goed uitleggen.",
       "In de bijlage stuur ik een screenshot mee van de foutmelding.",
       "Ik heb het ook al via de chat geprobeerd maar daar kreeg ik alleen standaardantwoorden."]
WA = ["[{n_time}, {n_date}] {first}: ", "{first} {last}: ", ""]
CHAT_OPEN = ["Hoi! ", "Hallo, ", "Goedemorgen. ", "Hey, ", "Dag, ", "", "", "Help!! "]

# Pairs appended so that each pair is split over the two halves.
_EXTRA = {
    "crypto": [
        "Mijn trading bot gebruikt API key {api} met secret {awssec}, sinds vannacht {n_pct} verlies en trades die ik niet ken. Server {ip} poort {n_port}",
        "Nieuwe API-sleutel aangemaakt: {api}. Oude ({api#2}) graag intrekken. Whitelist IP {ip}",
        "Bestelling {n_order} van mijn hardware wallet ({n_model}) nooit ontvangen, track & trace {n_track}. Account e-mail {email}",
        "Checksum van de app-download klopt niet: {n_sum}, versie {n_ver}. Is dit wel de echte app?",
    ],
    "bank": [
        "Mijn telefoon is op slot na 3x foute simpin. PUK-code van het simkaartje: {puk}. Kan ik nu mijn bank-app nog gebruiken?",
        "Personal access token {tok} staat per ongeluk in een publieke repo. Graag intrekken! Laatste request {n_req} via poort {n_port}",
        "Bearer {tok} werkt niet meer sinds {n_date}, endpoint op poort {n_port} geeft {n_err}",
        "PUK {puk} ingevoerd maar nu vraagt hij een nieuwe pincode, ik heb {pin} gekozen. Zie ik nu weer sms'jes van jullie?",
        "Creditcard {card} (vervalt {exp}, cvc {cvv}) is gebruikt in het buitenland terwijl ik thuis zit. Product {n_prod}?",
        "Virtuele kaart aangemaakt: {card} exp {exp}. Wordt geweigerd bij {park}, de oude was {n_mask}. Klantnummer {cust}, request-id {n_req}",
    ],
    "parking": [
        "Sessie-token {tok} uit de app-logs, misschien helpt het jullie devs. Versie {n_ver}, {n_model}",
        "Bij het opladen in de garage vraagt de paal om wifi: {ssid} / {wifi}. Kosten waren {n_amount} voor {n_qty}, dat is {n_pct} meer dan vorige keer",
    ],
    "dealer": [
        "Onderdeel {n_prod} besteld onder order {n_order}, ik kom het {n_date} halen. Bouwjaar auto {n_year}. Ik land met {n_flight}. Mijn mobiel {phone}",
        "Vlucht {n_flight} landt om {n_time}, kunnen jullie de auto klaarzetten op Schiphol? Sleutelkastje code {pin}",
    ],
}
for _k, _v in _EXTRA.items():
    CUST[_k] = CUST[_k] + _v
AGENT += [
    "Hoi {first}, we hebben je API key {api} direct ingetrokken. Maak een nieuwe aan via {n_url}. ^{agent}",
    "Hi {first}, het token {tok} is ingetrokken. Nieuwe tokens kun je aanmaken in het dashboard. Groet, {agent} | {n_cphone}",
    "Dag {first}, je nieuwe pas met eindcijfers {n_mask} is onderweg (track & trace {n_track}). Bel bij vragen {n_cphone}. {agent}",
    "Hallo {first}, de kaart {card} is geblokkeerd. Deel nooit je kaartnummer hier, ook niet de cvc {cvv}! ^{agent}",
]
