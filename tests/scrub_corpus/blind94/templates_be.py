"""Belgian Dutch (nl-be) templates."""

CHAT = [
    "Dag, ik heb mijn tickets voor {festival} via {ticketco} gekocht maar ze zijn nergens te vinden. Mijn klantennummer is {custno} en mijn gsm {phone}. Kunnen jullie dat eens bekijken aub?",
    "Allee, mijn {social} is gehackt en ze vragen nu mijn rijksregisternummer om te bewijzen dat ik het ben?? {rrn}. Is da normaal?",
    "Goeiendag, de code die ik kreeg is {otp} maar de app zegt 'ongeldig'. Ik heb al 3 keer geprobeerd, nu staat er {err}",
    "Ik wil mijn ticket doorverkopen. Het geld mag op mijn rekening {iban}. Naam: {name}",
    "Mijn zoon kan niet inloggen op Smartschool. Gebruikersnaam {username}, paswoord {password}. Hij moet morgen om {time} zijn toets indienen!",
    "Ge kunt mij bereiken op {phone} na 17u. Mijn mailadres is {email}",
    "Hallo, inschrijvingsgeld KU Leuven betaald van {iban} maar het staat nog als openstaand. Studentennummer {studno}",
    "Ik ben mijn gsm kwijt en heb dus geen toegang meer tot itsme en de authenticator. Hoe krijg ik terug toegang tot mijn account {email}?",
    "Het adres voor de facturatie is {address}. De btw-nummer van mijn werkgever moet er niet op.",
    "De pincode van mijn bankkaart is afgeschermd hoor, maar de kaart zelf is {card} exp {expiry} — die is gebruikt voor 4 tickets die ik niet gekocht heb!",
    "Kan ik de ticket op naam van mijn vriendin zetten? Haar mail is {email} en geboortedatum {dob}",
    "De code om binnen te geraken in het studentenkot (sleutelkastje) is {pin}, maar die werkt niet meer sinds {date}. Kotbaas reageert niet.",
    "Goeiemiddag, ik krijg een mail dat mijn {dating}-profiel gerapporteerd is. Mijn gebruikersnaam is {username}. Ik heb niks misdaan???",
    "wifi code van de backstage is {wifi} (netwerk {ssid}), mag ik die doorgeven aan de crew?",
    "Verificatiecode: {otpw}",
]

PUBLIC = [
    "{mention} al 2 weken wachten op terugbetaling voor {artist} in het {venue}. Dossiernummer {case}. Schandalig {hashtag}",
    "{mention} mijn account is overgenomen, stuur mij aub een DM of bel {phone}",
    "Opgepast: nep-verkopers op Facebook voor {festival}! Betaal nooit via {url} {hashtag}",
    "{mention} Ufora plat tijdens de examens, foutmelding {err}. Top {hashtag}",
    "{mention} wanneer komt de tweede verkoop? {date} om {time}? {hashtag}",
    "{mention} {mention2} ik heb {qty} te koop voor {festival}, aan {amount} per stuk. Mail naar {email}",
]

AGENT = [
    "Dag {first}, bedankt voor je bericht. Ik heb je dossier ({case}) doorgestuurd naar onze fraudedienst. Je krijgt binnen 48u een antwoord. Vriendelijke groeten, {agent}",
    "Hallo, we zien een betaling van {amount} op klantennummer {custno}. De terugbetaling gebeurt op rekening {masked}. Mvg, {agent}",
    "Dag <<first_name>>, deel nooit je wachtwoord of verificatiecode, ook niet met ons. Je kan je paswoord resetten via {url}. ^{initials}",
    "Goeiemiddag {first}, je gsm-nummer is aangepast naar {phone}. Vanaf nu krijg je de code daarop. Nog vragen? Bel {cphone}. Groetjes, {agent}",
    "Dag, uw inschrijving (studentennummer {studno}) is in orde. Het inschrijvingsgeld van {amount} werd ontvangen op {date}. Met vriendelijke groet, Studentenadministratie",
    "Dag {first}, omwille van privacy kunnen we je rijksregisternummer niet via chat verwerken. Gelieve het formulier via {url} te gebruiken. {agent}",
]

EMAIL_BODY = [
    "Ik heb op {date} {qty} besteld voor {artist} in het {venue} (bestelling {order}). Er werd {amount} afgehouden van mijn rekening {iban}, maar de tickets zijn nooit aangekomen op {email}.\n\nIk heb al gebeld naar {cphone}, maar daar kreeg ik niemand aan de lijn. Kunnen jullie dit dringend rechtzetten?",
    "Mijn dochter studeert aan de {school} en is haar toegang tot {platform} kwijt na een hack. Gegevens:\n\nStudentennummer: {studno}\nGebruikersnaam: {username}\nRijksregisternummer: {rrn}\nGSM: {phone}\nAdres: {address}\n\nKunnen jullie het paswoord resetten en de oude sessies afsluiten?",
    "Sinds gisteren kan ik niet meer inloggen op {social}. Iemand heeft mijn e-mailadres aangepast en ik krijg nu codes op een onbekend nummer ({masked}). Mijn eigen nummer is {phone}. Het laatste wachtwoord dat ik gebruikte was {password}. Graag hulp!",
    "Gelieve de terugbetaling van het geannuleerde concert te storten op:\nIBAN: {iban}\nBIC: GEBABEBB\nOp naam van: {name}\nKlantennummer: {custno}\n\nAlvast bedankt.",
]

GREET = ["Beste,", "Geachte,", "Dag,", "Goeiedag,", "Beste medewerker,", "Hallo {ticketco},"]
SIGNOFF = ["Met vriendelijke groeten,", "Mvg", "Vriendelijke groet,", "Groetjes,", "Alvast bedankt,", "Met dank,"]
SIG = ["{name}", "{name}\n{addressml}\nGSM: {phone}", "{first}\n{phone}", "{name}\nVerzonden vanaf mijn Samsung Galaxy-smartphone."]
DISCLAIMER = ["Deze e-mail en eventuele bijlagen zijn vertrouwelijk. {kvk}", "Gelieve het milieu te sparen en deze mail niet af te drukken."]
QUOTE_HDR = ["Op {date} om {time} schreef {ticketco} <<support_email>>:", "Van: Klantendienst {ticketco}\nVerzonden: {date}\nOnderwerp: Uw dossier {case}"]
FWD_HDR = ["-------- Doorgestuurd bericht --------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: tickets",
           "Begin doorgestuurd bericht:\n\nVan: \"{name}\" <{email}>\nOnderwerp: Fwd: paswoord vergeten\nDatum: {date} om {time}"]
SUBJECT = ["Onderwerp: terugbetaling {order}", "Onderwerp: dringend - account gehackt", "Onderwerp: inschrijvingsgeld {year}"]

CHAT2 = [
    "Betaald met kaart {card} vervalt {expiry} cvc {cvv}, maar de betaling op {url} blijft hangen. Hoe los ik da op?",
    "Mijn Visa {card} ({expiry}, code achterop {cvv}) werd twee keer gedebiteerd voor {festival}!",
    "Rijksregisternr {rrn}, geboren {dob}. Dat is voor de inschrijving van mijn zoon op de {school}.",
    "Voor de studietoelage vragen ze mijn rijksregisternummer: {rrn}. Ik woon {address}.",
    "De update ({ver}) van de examen-app heeft checksum {checksum}, maar op de site staat iets anders. Vertrouwen?",
    "Mijn vlucht {flight} heeft vertraging, kan ik mijn ticket ({order}) omzetten naar {date}?",
]
AGENT2 = [
    "Dag {first}, de betaling met kaart {masked} werd teruggestort ({amount}). Dossier {case}. Groetjes, {agent}",
    "Dag, uw account {email} is opnieuw beveiligd. Gelieve in te loggen en een nieuw paswoord te kiezen. Mvg, {agent}",
]
