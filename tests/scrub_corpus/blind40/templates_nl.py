"""Dutch (nl) and Flemish (nl-be) bodies. Groups are dealt alternately to the two halves."""

NL = {
    "router": [
        "Onze internet op de zaak ligt er weer uit ({!error_code} op de {!model_number}). Ik heb de router gereset, het nieuwe beheerderswachtwoord is nu {password}. Klantnummer {customer_number}.",
        "De monteur heeft de modem vervangen maar ik kom niet meer in het beheer. Gebruikersnaam {username}, wachtwoord {password}, klopt dat?",
        "wifi op kantoor doet het niet meer sinds de update naar {!version_string}. netwerk {@ssid} sleutel {wifi_key}",
        "Netwerksleutel van het gastennetwerk is {wifi_key}, het interne netwerk heeft {wifi_key}. Kunnen jullie zien waarom de pinautomaat steeds offline gaat?",
        "ik heb het admin ww van de router veranderd in {password} maar nu doet de telefooncentrale raar, poort {!port} staat dicht volgens mij",
        "Ons vaste IP is {ip_address} maar de VPN van de boekhouder komt er niet door. Storingsnummer {!ticket_number}.",
    ],
    "pbx": [
        "Hoi, de voicemail van de zaaklijn vraagt om een pincode, die is {pin}. Maar hij zegt steeds ongeldig. Het gaat om nummer {phone}.",
        "Voor de telefooncentrale: SIP-account {username} met wachtwoord {password}, registrar poort {!port}. We krijgen {!error_code} bij uitgaande gesprekken.",
        "De {!model_number} toestellen op de receptie ({!quantity}) vragen om een beheerders-PIN. Is dat {pin} of moet ik iets anders gebruiken?",
        "Collega {@first} gaat de telefoons instellen, zijn login voor het portaal is {username} en tijdelijk ww {password:temp}",
    ],
    "sim": [
        "De simkaart van de bedrijfstelefoon van {@first} is geblokkeerd na 3x verkeerde pin. PUK staat op de kaart: {puk}. Werkt niet. Klantnr {customer_number}",
        "Nieuwe zakelijke simkaarten ontvangen (bestelling {!order_number}). Pincode is {pin} en puk {puk}, hoe activeer ik ze? Verzending {!tracking_number}.",
        "Mijn sim vraagt om PUK code, ik vind alleen dit in het portaal: {puk}. Telefoonnummer is {phone}.",
        "Sorry de pin is {pin}, niet {pin}. Typfout. De sim zit in de telefoon van de bezorger.",
        "Kunnen jullie de pincode van de sim resetten naar {pin}? Ik heb {!quantity} en raak het overzicht kwijt.",
    ],
    "bank": [
        "Goedemiddag, ons zakelijke rekeningnummer is {iban}, maar de incasso van {!amount} is van mijn privérekening {iban} afgeschreven. Factuur {!invoice_number}.",
        "Graag het abonnement omzetten naar de zakelijke rekening {iban} t.n.v. {@company}. KvK {!company_registration:kvk}, btw {!company_registration:vat}.",
        "Ik kreeg een sms met code {otp} om mijn nieuwe pas te activeren, maar de app geeft {!error_code}. Pas eindigt op {!masked_value}.",
        "Mijn pas is ingeslikt bij de automaat. Pasnummer {card}, geldig tot {card_expiry}, cvc {cvv}. Pincode ({pin}) heb ik niet verkeerd ingetoetst hoor!",
        "Voor de terugbetaling: {iban:lower} (zakelijk) en mijn BSN is {bsn} voor de verificatie die jullie vroegen.",
        "Ik moest mijn geboortedatum ({date_of_birth}) en bsn {bsn} opgeven voor de zakelijke rekening. Hoe lang duurt de controle nog? Aanvraag {!request_id}",
    ],
    "host": [
        "Onze webshop ligt plat, {!error_code} bij het inloggen in het controlpanel. Login {username} / {password}. Domein staat op klantnummer {customer_number}.",
        "FTP-gegevens voor de webbouwer: gebruiker {username}, wachtwoord {password}, poort {!port}. Hij krijgt een timeout.",
        "De mailbox {email} accepteert het wachtwoord {password} niet meer sinds vanochtend {!time}. SMTP poort {!port}.",
        "verificatiecode voor het verhuizen van het domein is {otp} of moet ik de authcode sturen? die is {password:mix}",
    ],
    "saas": [
        "Mijn boekhouder {@first} moet mee kunnen kijken. Kan ik haar gewoon mijn login geven ({email} / {password})? Of moet dat via een extra gebruiker ({!amount} p/m)?",
        "De koppeling tussen de webshop en de boekhouding werkt niet meer. API key die ik heb ingevuld: {api_key}. Foutmelding {!error_code}, request {!request_id}.",
        "Ik krijg de 2FA code {otp} niet op tijd binnen, hij verloopt steeds. Versie app {!version_string}.",
        "Factuur {!invoice_number} staat dubbel in het overzicht. Klantnummer {customer_number}, ordernummer {!order_number}.",
        "Onze stagiair heeft de API token in een mailtje gezet: {token}. Kunnen jullie hem intrekken?",
    ],
    "pay": [
        "De webhook van de betalingen komt niet aan. Webhook secret {api_key:whsec}, endpoint {!url}, laatste event {!request_id}, payload hash {!checksum}.",
        "Live key: {api_key:sk}\nTest key werkt wel. Wat doe ik fout? Krijg {!error_code} bij {!amount}",
        "Pinautomaat in de winkel vraagt een activatiecode, op het scherm staat {otp}. Serienummer terminal {!product_code}.",
        "Uitbetaling van {!amount} ({!date}) staat niet op {iban}. Klant-ID {customer_number}.",
    ],
    "shared": [
        "{@first} van de administratie is ziek, kunnen jullie haar inlog ({username}) overzetten naar mij? Haar wachtwoord was {password}.",
        "Voor de zekerheid alle inlogs van kantoor:\nportaal: {username} / {password}\nwifi: {wifi_key}\nalarm: {pin}",
        "Nieuwe collega begint maandag. Ik heb het ww van het gedeelde account ({email}) aangepast naar {password}, is dat sterk genoeg?",
    ],
    "voice": [
        "[Gesproken bericht] ja hallo met {@first} van {@company}, eh mijn klantnummer is {customer_number} en de pukcode die ik van de kaart lees is {puk:spoken} ... ja bel me even terug op {phone:spoken}",
        "[spraakbericht, automatisch uitgeschreven] hoi de code die ik net kreeg is {otp:spoken} maar de app zegt verlopen dus eh ja graag even hulp",
        "(voicemail) Goedemorgen, de pincode van de voicemail van de zaak was {pin:spoken} maar die werkt niet meer. Ik ben bereikbaar op {phone}.",
    ],
    "nospan": [
        "Wanneer wordt factuur {!invoice_number} van {!amount} nu eens gecrediteerd? Ik heb al {!quantity:times} gebeld. KvK {!company_registration:kvk}. Meterstand {!meter_reading} staat er ook verkeerd op.",
        "Storing sinds {!time} op {!date}, foutcode {!error_code} op de {!model_number}. Ticket {!ticket_number}.",
        "Mijn pakket met de nieuwe router (track & trace {!tracking_number}) is nog niet bezorgd, bestelling {!order_number}.",
        "De meterstand is {!meter_reading}, dat heb ik al doorgegeven op {!date}. Waarom nog een voorschot van {!amount}?",
        "Hoe wijzig ik mijn pincode? Ik weet hem nog wel maar wil een andere. (vraag voor de {!quantity})",
    ],
}

NLBE = {
    "router": [
        "Allez, de modem op ons kantoor is weer kapot. Het paswoord van de beheerpagina is {password}, ge moogt het zelf proberen. Klantennummer {customer_number}.",
        "Den draadloze sleutel van ons netwerk {@ssid} is {wifi_key} maar de kassa vindt het niet. Versie {!version_string}.",
        "mijn IP adres volgens de site is {ip_address}, de camera's in de winkel staan op poort {!port}. Kunt ge dat openzetten?",
    ],
    "sim": [
        "Mijn gsm vraagt ne PUK-code. Op de brief staat {puk}, maar ik heb al {!quantity:times} geprobeerd. Gsm-nummer {phone}.",
        "Ge moogt de pincode van de sim van ons bestelwagen zetten op {pin}. Bestelling {!order_number}.",
        "Merci voor de nieuwe simkaarten. De PIN is {pin}, PUK {puk} voor de eerste, wat is de PUK van de tweede?",
        "de pin van mijne gsm van 't werk is {pin:spaced} en hij blijft geblokkeerd, foutcode {!error_code}",
    ],
    "bank": [
        "Dag, voor de domiciliëring mag ge rekeningnummer {iban} gebruiken, dat is van de zaak. Mijn privé is {iban}, die mag eraf. Ondernemingsnummer {!company_registration}.",
        "Ik moest mijn rijksregisternummer ingeven: {bsn}. Is dat normaal bij de aanvraag van een zakelijke kaart? Referentie {!request_id}",
        "Mijn bankkaart {card} (CVC {cvv}) vervalt {card_expiry}, de nieuwe is nog niet toegekomen. Kaartnummer eindigt niet meer op {!masked_value}?",
        "Via itsme kreeg ik code {otp}, maar de app van de bank hangt op {!error_code}. Klantnummer {customer_number}.",
    ],
    "host": [
        "Onze website ligt plat sinds {!time}. Inloggen op het controlepaneel lukt niet: gebruiker {username}, paswoord {password}.",
        "Ik heb voor de webdesigner een FTP account aangemaakt, {username} met wachtwoord {password}. Hij krijgt {!error_code}.",
    ],
    "saas": [
        "Ons boekhoudpakket wil een API-sleutel voor de koppeling met de kassa. Ik heb deze: {api_key}. Is dat de juiste? Facturen staan op {!invoice_number}.",
        "Kunt ge de tweestapsverificatie resetten? De code {otp} komt altijd te laat. Mijn e-mail is {email}.",
        "Mijn boekhouder heeft mijn login {email} en paswoord {password} gekregen, mag dat eigenlijk?",
        "De developer heeft zijn persoonlijke toegangstoken in de chat gezet: {token}. Kunt ge die intrekken? Foutmelding {!error_code}.",
    ],
    "pay": [
        "De betaalterminal vraagt een activatiecode, ik kreeg {otp} per sms. Terminal {!model_number}, transactie van {!amount} mislukt.",
        "Webhook secret is {api_key:whsec}, de call geeft {!error_code}. Request {!request_id}.",
    ],
    "shared": [
        "Voor {@first} die mij vervangt tijdens het verlof: login {username}, paswoord {password}, alarmcode {pin}.",
        "De code van de deur van 't magazijn is {pin} en het wifi paswoord {wifi_key}, kunt ge dat doorgeven aan de technieker?",
    ],
    "voice": [
        "[spraakmemo] ja dag met {@first}, euh mijne klantennummer is {customer_number:x} en de code van de sms is {otp:spoken}, merci hé",
        "[voicemail uitgeschreven] goeiemiddag, de pincode van de sim is {pin:spoken}, de puk is {puk:spoken}. Ge kunt mij bereiken op {phone}.",
    ],
    "nospan": [
        "Al {!quantity} dagen geen internet in de zaak, ticket {!ticket_number}. Dat is toch niet normaal voor {!amount} per maand?",
        "Factuur {!invoice_number} klopt niet, btw {!percentage} in plaats van 6%. Ondernemingsnummer {!company_registration}.",
        "Pakje met de nieuwe decoder ({!tracking_number}) is nog altijd niet geleverd.",
    ],
}
