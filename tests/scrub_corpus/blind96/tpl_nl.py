"""Dutch (nl) templates. Every list is dealt alternately over dev/heldout."""

CHAT = {
    "daycare": [
        "hoi, ik kom niet meer in {%portal}. gebruikersnaam {$user@u} en ww {$password} werkt niet meer sinds de update van {!date}",
        "Goedemiddag, kunnen jullie de inlog van het ouderportaal resetten? Mijn login is {$email} en ik krijg steeds {!err}",
        "Onze dochter start {!date} op de dreumesgroep. Geboortedatum {$dobc}, BSN {$bsn}. Welke gegevens missen er nog?",
        "kinderopvangtoeslag klopt niet, jullie jaaropgave {!year} zegt {!qty} maar wij hebben er minder afgenomen. mijn bsn is {$bsn} en klantnr {$cust}",
        "Wachtwoord van de Konnect app vergeten... nieuw wachtwoord gemaakt: {$password} maar hij zegt 'onjuiste combinatie'. inlognaam = {$user}",
        "De deurcode van de opvang aan de {%city}kant is toch {$pin4}#? Hij werkt niet vanochtend om {!time}",
        "Graag het incasso-IBAN wijzigen naar {$iban} ivm overstap bank. Kindnummer {$child}, factuur {!invoice}",
        "kunt u mij terugbellen op {$phone}? gaat over de plaatsing van mijn zoon (geb. {$dobc}) per {!date}",
        "ik heb een sms code gekregen {$otp} maar die is al verlopen voordat ik hem kon invullen. hoe lang is die geldig??",
        "Verhuisd! Nieuw adres: {$addr}. Relatienummer {$cust}. Kunnen jullie dat ook aan de Belastingdienst doorgeven voor de toeslag?",
    ],
    "water": [
        "Hallo {%water}, mijn klantnummer is {$cust} en ik wil de meterstand doorgeven: {!reading} (meter {$meter})",
        "Watermeter nr {$meter@m} lekt bij de koppeling. Adres {$addr}. Bereikbaar op {$phone}",
        "ik betaal nu {!amount} per maand voorschot, dat is echt te veel voor {!qty} per jaar. Klantnr {$cust}",
        "Kan de termijnbedrag van {!amount} voortaan van {$iban} af? ten name van {%fullname}",
        "Geen water sinds {!time} op de {%street}? storing {!ticket} zegt opgelost maar niks",
        "ik krijg een herinnering voor factuur {!invoice} maar heb {!date} al betaald vanaf {$iban}. klantnummer: {$cust}",
        "Nieuwe meter geplaatst ({!model}), oude meternummer was {$meter}, nieuwe {$meter}. Eindstand oude: {!reading}",
        "Mijn inlog voor mijn.{%water}.nl: {$email} / {$password}. zie alleen de jaarafrekening van {!year} niet",
    ],
    "waste": [
        "Container niet geleegd. Chipnummer van de grijze bak is {$chip}, adres {$addr}",
        "mijn afvalpas ({$pass}) werkt niet bij de milieustraat, slagboom blijft dicht. pasnummer staat op de achterkant",
        "Hoi, ik heb een extra {!qty} container aangevraagd op {!date}, aanvraagnummer {!ticket}. Wanneer wordt die gebracht naar {$addr}?",
        "De gft bak is gestolen, chip {$chip}. Moet ik aangifte doen? Mijn tel is {$phone}",
        "pas voor de milieustraat kwijt, nummer was {$pass} geloof ik. kan die geblokkeerd worden?",
        "Sinds {!date} wordt onze papierbak overgeslagen. Huisnummer {$addr}. Nummer op de chip: {$chip}",
    ],
    "pet": [
        "Declaratie ingediend voor {%pet_name} ({!amount} bij de dierenarts), polisnummer {$policy}, chipnummer {$petchip}",
        "hoi! onze kat is gechipt met {$petchip} maar staat nog op het oude adres. nieuw: {$addr}",
        "Ik wil mijn dierenverzekering opzeggen per {!date}. Polis {$policy}, geboortedatum verzekeringnemer {$dob}",
        "waarom is de vergoeding maar {!pct}?? factuur dierenkliniek {!invoice}, polisnr {$policy}, uitbetalen op {$iban}",
        "login van de app doet het niet, gebruiker {$user} wachtwoord {$password}. foutcode {!err}",
        "Onze hond {%pet_name} (geboren {!petdob}) moet geopereerd worden, {!amount}. Vallen we onder dekking? Klant {$cust}",
    ],
    "travel": [
        "Schade melden: koffer kwijt op vlucht {!flight} naar {%dest}. Polisnummer {$policy}, boekingscode {!booking}",
        "Ik zit nu in het ziekenhuis in {%dest}, bereikbaar op {$abroadph}. Polis {$policy}. Wie betaalt de rekening van {!amount}?",
        "ons appartement adres was {$abroad}, daar is ingebroken op {!date}. dossier {!claim}",
        "Annulering ivm ziekte, reserveringsnummer {!booking}, polisnr {$policy}. Mijn geboortedatum {$dob}, uitkering graag op {$iban}",
        "Hoi, wanneer wordt claim {!claim} uitbetaald? Al {!qty} gewacht. Rekeningnummer {$iban}",
        "nood! telefoon gestolen in {%dest}. nieuw tijdelijk nummer {$abroadph}, hotel adres {$abroad}",
    ],
    "account": [
        "Inloggen lukt niet, verificatiecode {$otp} wordt niet geaccepteerd. Mijn e-mail: {$email}",
        "De code die ik kreeg was {$otpw}, toch? Voer ik in maar krijg {!err}",
        "Mijn pinpas voor de automatische incasso: {$card}, geldig tot {$exp}, cvc {$cvv}. Kan het zo?",
        "Router op de opvang is gereset, wifi wachtwoord is nu {$wifi} (netwerk KDV-Gast)",
        "Koppeling met jullie API geeft {!err}. Key: {$apikey}, request id {!reqid}",
        "pincode van de tablet op de groep is {$pin4}, de nieuwe ouder-app {!version} staat erop",
        "Nieuwe simkaart voor de werktelefoon van de groep: PIN {$pin4}, PUK {$puk}",
        "Storing in het ouderportaal? Mijn sessie-token was {$token}, IP {$ip}, poort {!port}",
    ],
}

OPENER = ["Hoi,", "Hallo!", "Goedemorgen,", "hey", "Dag,", "Beste klantenservice,", "Hee daar", "Goedenavond"]
CLOSER = ["Alvast bedankt!", "gr", "Groetjes", "Mvg", "Dank!!", "Met vriendelijke groet", "thx", "Fijne dag"]

PUBLIC = [
    "{!mention} al {!qty} geen water op de {%street} in {%city}. Wanneer is dit opgelost? {!hashtag}",
    "{!mention} jullie hebben onze container wéér laten staan {!hashtag} {!hashtag}",
    "{!mention} ik wacht sinds {!date} op antwoord over claim {!claim}. Bel me desnoods: {$phone}",
    "Nou {!mention}, {!amount} voorschot per maand voor een eenpersoonshuishouden?! {!hashtag}",
    "{!mention} mail me maar op {$email}, DM werkt niet",
    "{!mention} jullie site {!url} geeft {!err} bij declareren {!hashtag}",
    "{!mention} de milieustraat is dicht terwijl op {!url} staat open tot {!time}??",
    "{!mention} {!mention} kinderopvang factuur {!invoice} dubbel afgeschreven. {!hashtag}",
]

AGENT = [
    "Hoi {%first}, dank voor je bericht! Ik zie klantnummer {$cust@c} en heb de meterstand {!reading} verwerkt. Groet, {%agent}",
    "Dag {%first}, we hebben je IBAN gewijzigd naar {$iban@i}. Vanaf {!date} wordt {!amount} hiervan afgeschreven. ^{%initials}",
    "Hi! Wil je nooit je wachtwoord delen, ook niet met ons? Verander het direct via {!url}. Je ticketnummer is {!ticket}. ^{%initials}",
    "Goedemiddag, de container met chipnummer {$chip} staat gepland voor {!date}. Bij vragen: {!cphone}. Groet, {%agent}",
    "Dank je {%first}. Polisnummer {$policy@p} is gevonden; de declaratie {!claim} is in behandeling. We bellen je op {$phone}. ^{%initials}",
    "Hoi, ik heb een nieuwe activatiecode gestuurd naar {$email}. Die is {!qty} geldig. Lukt het niet? Bel {!cphone}. Groet {%agent}",
    "Beste {%first}, je afvalpas {$pass} is geblokkeerd en een nieuwe wordt verstuurd naar {$addr}. Kosten: {!amount}.",
    "Hallo {%first}, ik zie dat je betaling met kaart {!masked} is mislukt (fout {!err}). Probeer het opnieuw via {!url}.",
]

EMAIL_BODY = [
    "Naar aanleiding van ons telefoongesprek van {!date} stuur ik hierbij de gegevens voor de inschrijving van onze zoon.\n\nNaam kind: {%first} {%last}\nGeboortedatum: {$dobc}\nBSN kind: {$bsn}\nAdres: {$addr}\nTelefoon ouder 1: {$phone}\nTelefoon ouder 2: {$phone}\n\nDe gewenste startdatum is {!date}, {!qty} per week.",
    "Ik heb een vraag over de jaarafrekening {!year} (factuur {!invoice}). Volgens mij is de meterstand verkeerd overgenomen: ik had {!reading} doorgegeven, jullie rekenen met een veel hogere stand.\n\nKlantnummer: {$cust}\nMeternummer: {$meter}\nAansluiting (EAN): {$ean}\n\nWilt u dit corrigeren en het teveel betaalde ({!amount}) terugstorten op {$iban}?",
    "Hierbij meld ik schade aan mijn reisverzekering.\n\nPolisnummer: {$policy}\nReisperiode: {!date} t/m {!date}\nBestemming: {%dest}\nVerblijfsadres: {$abroad}\nTelefoonnummer daar: {$abroadph}\nVlucht terug: {!flight}\n\nOp de tweede dag is mijn tas gestolen met daarin mijn telefoon en paspoort. Aangifte is gedaan bij de lokale politie, proces-verbaal bijgevoegd.",
    "Onze kat {%pet_name} is op {!date} behandeld bij de dierenarts voor een blaasontsteking. De nota bedraagt {!amount}.\n\nPolisnummer {$policy}\nChipnummer {$petchip}\nIBAN voor uitkering: {$iban}\n\nIk heb de nota via de app proberen te uploaden maar die crasht steeds (versie {!version}).",
    "Ik probeer in te loggen op de toegangspas-site van de milieustraat maar het lukt niet.\nGebruikersnaam: {$user}\nWachtwoord: {$password}\n\nDe pas met nummer {$pass} heb ik op {!date} ontvangen. Kunnen jullie kijken wat er mis is?",
    "Per {!date} verhuizen wij van {$addr} naar {$addr}. Graag wil ik de opvangovereenkomst (contractnummer {$cust}) laten doorlopen op de nieuwe locatie. De machtiging mag blijven op rekening {$iban}.\n\nBereikbaar via {$phone} of {$email}.",
]

GREET = ["Beste heer/mevrouw,", "Geachte klantenservice,", "Hallo,", "Beste {%agent},", "Goedendag,", "Hoi team,"]
CLOSE = ["Met vriendelijke groet,", "Vriendelijke groeten,", "Groet,", "Alvast dank en groet,", "Mvg,", "Hartelijke groet,"]
SIG = [
    "{%fullname}\n{$phone}",
    "{%fullname}\n{$addr}\nTel. {$phone}",
    "{%first}\n\nVerzonden vanaf mijn iPhone",
    "{%fullname} | {$email} | {$phone}",
    "{%first} {%last}\nKlantnummer {$cust}",
    "-- \n{%fullname}\nMob: {$phone}\nVerstuurd met Outlook voor Android",
]
QUOTE_HEAD = [
    "Op {!date} om {!time} schreef {%water} Klantenservice <klantenservice@example.nl>:",
    "-----Oorspronkelijk bericht-----\nVan: {%agent} <noreply@example.nl>\nVerzonden: {!date} {!time}\nOnderwerp: Re: uw vraag {!ticket}",
    "Op {!date} {!time} heeft {%agent} van {%travel} het volgende geschreven:",
    "---------- Doorgestuurd bericht ----------\nVan: {%pet} <service@example.nl>\nDatum: {!date}\nOnderwerp: Declaratie {!claim}",
]
DISCLAIMER = [
    "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan. {%water} | {!creg}",
    "Disclaimer: aan dit e-mailbericht kunnen geen rechten worden ontleend. Bezoek {!url}.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "Klantenservice bereikbaar op {!cphone} (ma-vr). {!creg}",
]
AGENT_SIG = ["Met vriendelijke groet,\n{%agent}\nKlantenservice {%water}\n{!cphone}", "Groet,\n{%agent} | Team Klantcontact\n{!url}",
             "Hartelijke groet,\n{%agent}\n{%travel} Schadeafdeling\n{!cphone} | {!creg}", "Groetjes, {%agent}"]
