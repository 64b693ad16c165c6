"""Dutch (nl) and Flemish (nl-be) templates. {type} = labelled span, {~kind} = hard negative,
{@pool} = unlabelled filler, <<x>> = literal macro placeholder {x}. #k repeats a value."""

NL = {
    "loyalty_login": [
        "Hoi {~mention}, jullie app logt me steeds uit. Gebruikersnaam {username} en ww {password}, heb al {~quantity} gespaard dus wil dat niet kwijt!!",
        "ik kan niet meer inloggen in de {@brand} app sinds de update naar {~version_string}. mijn inlog is {username} / {password}. klantnummer {cust:loyalty}",
        "Goedemiddag, mijn bonuskaart ({cust:loyalty}) staat niet meer in de app. Ik heb de code {otp} gekregen per sms maar die wordt niet geaccepteerd (foutcode {~error_code}).",
        "Waarom krijg ik geen {~percentage} korting meer? Pasnummer {cust:loyalty}, ik woon op {address}. Bon van {~date} was {~amount}.",
        "Nieuw wachtwoord ingesteld: {password#1} maar de app zegt 'onjuist'. Oude was {password}. Telefoon {~model_number}, versie {~version_string}.",
        "kunnen jullie mijn spaarpunten overzetten naar mijn nieuwe kaart? oude kaart {cust:loyalty} nieuwe kaart {cust:loyalty}. groet {@first}",
    ],
    "loyalty_payment": [
        "Er is {~amount} afgeschreven van {iban} terwijl mijn bestelling {~order_number} geannuleerd is. Graag terugstorten.",
        "Ik betaal in de app met mijn creditcard {card}, geldig tot {expiry}, cvc {cvv}. Klopt het dat hij niet werkt met Apple Pay?",
        "Mijn rekeningnummer is gewijzigd, nieuw is {iban}. Klantnummer {cust}. Kunnen jullie de incasso aanpassen vanaf {~date}?",
        "Jullie hebben me dubbel gefactureerd (factuur {~invoice_number}). Terugboeken op {iban} tnv {@name} aub",
    ],
    "housing": [
        "Hallo {@brand}, de sleutelkluis bij de voordeur werkt niet, code {pin:door} klopt niet meer. Ik woon op {address}, kamer 2.14. Huurdersnummer {cust}.",
        "Beste, de wifi in ons studentenhuis ligt er weer uit. Netwerk {@ssid}, wachtwoord {wifi_key}. Router herstart om {~time}, nog steeds niks. Storingsnummer {~ticket_number}.",
        "Mijn huur van {~amount} is twee keer afgeschreven van {iban}. Contractnummer {cust}, kamer aan de {address}.",
        "Voor de inschrijving moest ik mijn BSN opgeven: {bsn}. Geboren {dob}. Is dat echt nodig? Mijn mobiel is {phone}.",
        "Meterstand bij vertrek was {~meter_reading}, niet wat jullie op de eindafrekening ({~invoice_number}) zetten. Mijn nieuwe adres: {address}.",
        "Inlog voor het huurdersportaal werkt niet: {email} met wachtwoord {password}. Graag snel, ik moet voor {~date} opzeggen.",
    ],
    "notary": [
        "Geachte notaris, in verband met de levering van de woning stuur ik hierbij mijn gegevens: BSN {bsn}, geboortedatum {dob}, IBAN {iban}. Dossiernummer {~ticket_number}.",
        "Goedendag, ik heb de conceptakte ontvangen maar mijn adres klopt niet. Het moet zijn {address}. Telefonisch bereikbaar op {phone}.",
        "Kunt u de nota van {~amount} (factuur {~invoice_number}) naar {email} sturen? Ik heb de link op {~url} niet kunnen openen.",
        "Voor het testament van mijn moeder: haar BSN is {bsn}, geboren {dob}, wonende {address}. Afspraak staat op {~date} om {~time}.",
    ],
    "dating": [
        "Mijn {@brand} account is gehackt!! Iemand heeft mijn wachtwoord veranderd en mijn e-mail naar {email} gezet. Mijn eigen mail is {email}",
        "Ik krijg geen verificatiecode. Nummer is {phone}. Of is het deze code: {otp}? Staat al {~quantity} in mijn inbox lol",
        "Waarom is mijn premium ({~amount}/maand) opgezegd? Ledennummer {cust:member}. Betaald met kaart {card}.",
        "iemand op jullie app vraagt steeds om mijn adres ({address}) en telefoon, is dit oplichting? profiel {username}",
        "Ik wil mijn account verwijderen. Gebruikersnaam {username}, wachtwoord {password}. Ik wil ook dat mijn foto's weg zijn per {~date}.",
    ],
    "lottery": [
        "Ik heb {~amount} gewonnen volgens de mail maar het staat niet op {iban}. Deelnemersnummer {cust}, trekking van {~date}.",
        "Mijn abonnement op {~quantity} per maand wil ik stopzetten. Abonnementsnummer {cust}, geboortedatum {dob}.",
        "is dit echt van jullie? ik moest mijn pincode {pin} en de sms code {otp} invullen op een site om mijn prijs te claimen...",
        "Adreswijziging: vanaf {~date} woon ik op {address}. Mijn deelnemersnummer is {cust}. Tel {phone}.",
    ],
    "museum": [
        "Mijn museumkaart ({cust}) is verlopen maar ik heb wel betaald: {~amount} op {~date} via {iban}.",
        "Hoi! De tickets voor zondag {~time} zijn niet aangekomen op {email}. Bestelnummer {~order_number}.",
        "Ik ben vriend van het museum, lidnummer {cust:member}. Kunnen jullie het pasje naar mijn nieuwe adres sturen? {address}",
        "Inloggen in de app lukt niet, {username} / {password}. Op mijn {~model_number} met {~version_string}.",
    ],
    "nurses": [
        "Goedemorgen, hierbij mijn gegevens voor de inschrijving als verpleegkundige: BIG-nummer {cust:big}, BSN {bsn}, IBAN {iban}, geboren {dob}.",
        "Ik heb mijn diensten van week {~quantity} nog niet uitbetaald gekregen. Kandidaatnummer {cust}. Rekening {iban}.",
        "Kunnen jullie me bellen op {phone}? Ik wil graag reageren op de vacature IC-verpleegkundige ({~product_code}).",
        "Mijn inlog voor het urenportaal: {username} pw {password}. Krijg foutmelding {~error_code} sinds {~date}.",
        "Het rooster klopt niet, ik sta op {~date} ingepland maar ik zit dan in het vliegtuig ({~flight_number}). Mijn nummer: {phone}.",
    ],
    "telecom_misc": [
        "Mijn telefoon is gestolen, nu vraagt de nieuwe sim om een PUK. Simkaartnummer bij jullie klantnummer {cust}. PUK-code is toch {puk}?",
        "Ik had de app op mijn oude toestel met toegangscode {pin}. Nu op {~model_number} weet ik hem niet meer.",
        "Developer hier: jullie API geeft {~error_code} met key {api_key} op poort {~port}. Request id {~request_id}.",
        "Bearer token {token} geeft 401 op jullie partner-API. Checksum van de export klopt ook niet: {~checksum}.",
    ],
    "agent": [
        "Hoi {@first}, vervelend dat inloggen niet lukt! Deel je wachtwoord nooit, ook niet met ons. We sturen een resetlink naar {email}. Groet, {@agent}",
        "Dank je! We zien een betaling van {~amount} op rekening {~masked_value:iban}. Je zaak heeft nummer {~ticket_number}. ^{@agent}",
        "Hallo {@first}, we hebben je nieuwe adres {address} genoteerd per {~date}. Vragen? Bel {~company_phone} (ma-vr tot {~time}).",
        "Voor je veiligheid hebben we je bericht met je kaartnummer verwijderd. Bel ons op {~company_phone} of kijk op {~url}. Gr. {@agent}",
        "Beste <<first_name>>, je klantnummer {cust} is gekoppeld aan {phone}. Je ontvangt een code, deel die met niemand. ^{@agent}",
        "Thanks voor je geduld {@first}! Storing met foutcode {~error_code} is opgelost in versie {~version_string}. Wil je updaten?",
    ],
}

BE = {
    "loyalty_login": [
        "Dag {~mention}, ik geraak niet meer in de app van mijn klantenkaart. Login {username}, paswoord {password}. Wat moet ik doen?",
        "Mijn spaarkaart {cust:loyalty} toont maar {~quantity} terwijl da er veel meer moeten zijn. Kassaticket van {~date}, {~amount}.",
        "Allee ze, de sms-code {otp} werkt weer niet. Mijn gsm is {phone}. Toestel {~model_number}.",
        "Ik heb mijn paswoord veranderd naar {password} maar de app aanvaardt het niet. Klantnummer {cust}.",
    ],
    "housing": [
        "Dag, ik huur een kot op de {address}. De code van de voordeur ({pin:door}) is veranderd en ik heb niks gekregen. Tel {phone}.",
        "De waarborg van {~amount} is nog altijd niet teruggestort op {iban}. Contract {cust}, uitgeschreven op {~date}.",
        "Het wifi-paswoord van ons kot is {wifi_key} (netwerk {@ssid}) maar het werkt al {~quantity} niet. Ticket {~ticket_number}.",
        "Voor de huurwaarborg vroegen ze mijn rijksregisternummer: {bsn:be}. Geboortedatum {dob}. Is da veilig via mail?",
        "De meterstand bij intrek was {~meter_reading}, de afrekening {~invoice_number} klopt niet. Ge kunt mij mailen op {email}.",
    ],
    "notary": [
        "Geachte meester, voor de akte van de verkoop bezorg ik u mijn rijksregisternummer {bsn:be} en rekeningnummer {iban}. Dossier {~ticket_number}.",
        "Goeiendag, kunt ge de ontwerpakte sturen naar {email}? Mijn adres is ondertussen {address}.",
        "De provisie van {~amount} is betaald op {~date} van rekening {iban}. Mijn gsm: {phone}.",
        "Voor de erfenis van mijn vader (geboren {dob}, rijksregisternr {bsn:be}) heb ik een afspraak nodig na {~date}.",
    ],
    "dating": [
        "Iemand heeft mijn account overgenomen, ze hebben het mailadres veranderd naar {email}. Mijn gebruikersnaam was {username}.",
        "Ik wil mijn abonnement opzeggen, betaald met Bancontact {card}. Lidnummer {cust:member}.",
        "Krijg geen verificatiecode op {phone}. Of is het {otp:words}? Da zei de robotstem toch.",
        "Mijn profiel is geblokkeerd zonder reden. Account {username}, paswoord {password}. IP bij login was {ip}.",
    ],
    "lottery": [
        "Ik heb gewonnen met mijn kraslot maar de uitbetaling van {~amount} moet op {iban}. Spelersnummer {cust}.",
        "Mijn online spelersaccount is geblokkeerd. Login {username}. Geboren {dob}. Ik speel al sinds {~year}.",
        "Nieuw adres voor de winnaarsbrief: {address}. Spelersnummer {cust}.",
        "Is dit phishing? Ze vroegen mijn pincode {pin} en de code {otp} van mijn digipass om mijn prijs uit te betalen.",
    ],
    "museum": [
        "Ik heb een jaarpas gekocht (pasnummer {cust}) maar die staat niet in de app. Mail {email}.",
        "De tickets van {~date} om {~time} zijn niet aangekomen. Bestelling {~order_number}, betaald {~amount}.",
        "Kunt ge het lidmaatschap sturen naar {address}? Alvast merci. {@first}",
        "Login voor de vriendenvereniging: {username} / {password}, werkt niet op {~model_number}.",
    ],
    "nurses": [
        "Dag, voor mijn interimcontract als verpleegkundige: rijksregisternummer {bsn:be}, IBAN {iban}, adres {address}.",
        "Mijn uren van {~date} zijn niet betaald. Medewerkersnummer {cust}. Gsm {phone}.",
        "Ik solliciteer voor de vacature {~product_code} op {~url}. Ge kunt mij bereiken op {phone} of {email}.",
        "Mijn login voor het planningsportaal is {username} met paswoord {password}, ik krijg foutcode {~error_code}.",
    ],
    "agent": [
        "Dag {@first}, spijtig dat het niet lukt! We hebben je vraag doorgegeven onder nummer {~ticket_number}. Groetjes, {@agent}",
        "Hallo {@first}, deel nooit je paswoord of pincode, ook niet met ons. Bel ons gerust op {~company_phone}. ^{@agent}",
        "Dag {@first}, we hebben je nieuwe adres {address} aangepast vanaf {~date}. Mvg, {@agent}",
        "We zien een betaling van {~amount} op je rekening {~masked_value:iban}. Dat is correct. Nog vragen? Stuur ons een DM. {@agent}",
        "Bedankt {@first}. Je klantnummer {cust} staat nu op naam van {email}. Fijne dag! ^{@agent}",
    ],
}
