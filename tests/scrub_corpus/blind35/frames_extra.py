"""Extra chat topics and e-mail bodies so every type has members in both halves (merged into the main frames)."""

EXTRA = {
    "nl": {
        "chat": {
            "bsn": [
                "bsn: [[bsn]]\nvoor de hypotheekaanvraag, mag dat via whatsapp?",
                "Hierbij mijn burgerservicenummer [[bsn]] en dat van mijn partner [[bsn]] voor de gezamenlijke rekening",
                "ze vroegen mijn sofinummer, is dat hetzelfde als bsn? het is [[bsn]]",
                "Correctie: mijn BSN eindigt niet op wat ik eerder stuurde, het juiste is [[bsn]]",
            ],
            "mail": [
                "mijn mailadres is [[email]] (niet het zakelijke [[email:biz]])",
                "stuur de bevestiging maar naar [[email]], de vorige mail kwam nooit aan",
            ],
            "security": [
                "Ik kreeg een melding van een nieuwe login vanaf [[ip_address]] om [[~time]]. Dat was ik niet! gebruikersnaam [[username]]",
                "in de app staat bij apparaten een onbekende [[~model_number]] met ip [[ip_address]]. moet ik mn wachtwoord ([[password]]) wijzigen?",
                "Mijn thuis-ip is [[ip_address]], kunnen jullie die whitelisten voor de zakelijke omgeving? klantnr [[customer_number]]",
                "iemand heeft ingelogd met mijn gegevens, ip [[ip_address]] ([[~date]]), en [[~amount]] overgemaakt",
            ],
            "cvv": [
                "de 3 cijfers achterop zijn [[cvv]], kaart [[card]]. waarom wordt ie geweigerd bij [[~amount]]",
                "cvc is [[cvv]]\nverloopt [[card_expiry]]",
            ],
            "puk": [
                "PUK code is [[puk]] maar hij zegt nog steeds sim geblokkeerd",
                "hier de puk van het simkaartje: [[puk:dict]]",
            ],
            "dob": [
                "geboortedatum [[date_of_birth]] en postcode zit in [[address]]",
                "ik ben geboren op [[date_of_birth]], klantnummer weet ik niet uit mn hoofd",
            ],
            "token": [
                "onze boekhoudkoppeling gebruikt token [[token]] en krijgt sinds [[~date]] [[~error_code]]",
                "voor de S3 export: access key id [[api_key:akia]], secret access key [[api_key:aws_secret]]. graag verwijderen uit jullie log [[~ticket_number]]",
                "key [[api_key:akia]] + secret [[api_key:aws_secret]] staan per ongeluk in onze mail aan jullie van [[~date]]",
                "Authorization: Bearer [[token]]\n^ dit sturen we mee, response [[~error_code]], x-request-id [[~request_id]]",
            ],
            "wifi2": [
                "ik zit op het wifi van mijn ouders (netwerksleutel [[wifi_key]]) en daar opent de app niet",
                "moet de app op wifi werken? sleutel is [[wifi_key]] en versie [[~version_string]]",
            ],
            "bnpl": [
                "Ik heb bij een webshop achteraf betaald (bestelling [[~order_number]]) maar jullie vragen nu mijn iban [[iban]] en geboortedatum [[date_of_birth]]?",
                "mijn 2e termijn van [[~amount]] is mislukt, pas [[~masked_value:card]]. volgende poging op [[~date]]? klantnr [[customer_number]]",
            ],
        },
        "email_body": [
            "In het beveiligingsoverzicht zie ik een inlogpoging vanaf IP-adres [[ip_address]] op [[~date]] om [[~time]]. Ik woon in [[@city]] en was op dat moment thuis. Mijn gebruikersnaam is [[username]].",
            "Voor de koppeling met ons boekhoudpakket gebruiken we de API-sleutel [[api_key]]. Het exportbestand van vandaag heeft checksum [[~checksum]] maar komt niet overeen met de afschriften.",
            "Mijn e-mailadres is gewijzigd in [[email]]. Het oude adres [[email]] gebruik ik niet meer.",
            "De automatische incasso van [[~amount]] voor mijn reisverzekering (vlucht [[~flight_number]] is geannuleerd) wil ik laten terugboeken. Polisnummer [[customer_number]].",
        ],
    },
    "nl-be": {
        "chat": {
            "bsn": [
                "mijn rijksregisternr: [[bsn:rrn]]",
                "ge vroegt het nummer op mijn eID? [[bsn:rrn]]. en dat van mijn vrouw [[bsn:rrn]]",
                "rrn [[bsn:rrn]] (staat achteraan op mijn identiteitskaart)",
                "het INSZ-nummer van mijn zoon is [[bsn:rrn]], voor zijn jongerenrekening",
            ],
            "mail": [
                "mijn mail is [[email]], stuur het daar maar naartoe",
                "gebruik aub [[email:biz]] voor alles van de zaak",
            ],
            "security": [
                "er is ingelogd op mijn account vanaf [[ip_address]], da was ik ni!! paswoord was [[password]]",
                "in itsme zie ik een aanmelding met ip [[ip_address]] om [[~time]], mag ik da vertrouwen?",
            ],
            "cvv": [
                "de code achteraan op mijn kaart is [[cvv]], vervaldatum [[card_expiry]]",
                "[[card]] / [[card_expiry]] / [[cvv]] → geweigerd met [[~error_code]]",
            ],
            "dob": [
                "geboortedatum: [[date_of_birth]]",
                "ik ben van [[date_of_birth]] en woon in [[address]]",
            ],
            "token": [
                "onze kassa gebruikt token [[token]] en da werkt ni meer sinds [[~version_string]]",
                "de sleutel uit het dashboard is [[api_key]], request id [[~request_id]], fout [[~error_code]]",
            ],
            "wifi": [
                "de app werkt ni op mijn wifi thuis, wifi code is [[wifi_key]], modem is een [[~model_number:router]]",
                "bij mijn ouders (netwerksleutel [[wifi_key]]) lukt inloggen wel, raar",
            ],
            "puk": [
                "puk [[puk]] werkt ni, nog 2 pogingen",
                "PUK-code van de simkaart: [[puk]]. pincode [[pin]]",
            ],
        },
        "email_body": [
            "Volgens het overzicht van mijn aanmeldingen werd er op [[~date]] ingelogd vanaf [[ip_address]]. Dat was ik niet. Mijn gebruikersnaam is [[username]].",
            "Mijn e-mailadres is voortaan [[email]]; het oude adres [[email]] wordt niet meer gelezen.",
            "Ik was op reis (vlucht [[~flight_number]]) toen mijn kaart [[card]] werd geblokkeerd. Hotelfactuur [[~invoice_number]] ter waarde van [[~amount]] kon ik niet betalen.",
        ],
    },
    "fr-be": {
        "chat": {
            "bsn": [
                "NN [[bsn:rrn]] pour l'ouverture du compte",
                "le numéro national de mon fils: [[bsn:rrn]]",
                "n° de registre national : [[bsn:rrn]] (au dos de ma carte d'identité)",
                "voici mon numéro NISS [[bsn:rrn]], et celui de mon mari [[bsn:rrn]]",
            ],
            "mail": [
                "mon mail c'est [[email]]",
                "envoyez la confirmation à [[email:biz]] svp, c'est l'adresse de la société",
            ],
            "security": [
                "une connexion depuis [[ip_address]] à [[~time]], ce n'était pas moi! mon identifiant [[username]]",
                "dans l'appli je vois un appareil inconnu ([[~model_number]]) avec l'IP [[ip_address]]. je change mon mdp [[password]]?",
            ],
            "cvv": [
                "le code au dos c'est [[cvv]], carte [[card]]",
                "cvc [[cvv]] exp [[card_expiry]] toujours refusé ([[~error_code]])",
            ],
            "dob": [
                "date de naissance [[date_of_birth]]",
                "je suis née le [[date_of_birth]] et j'habite [[address]]",
            ],
            "token": [
                "notre logiciel compta utilise le token [[token]] et reçoit [[~error_code]] depuis le [[~date]]",
                "Authorization: Bearer [[token]] → réponse 401, request id [[~request_id]]",
            ],
            "wifi": [
                "l'appli ne marche pas sur mon wifi, clé wifi [[wifi_key]], box [[~model_number:router]]",
                "chez mes parents (clé WPA [[wifi_key]]) ça marche, chez moi non",
            ],
            "puk": [
                "code PUK [[puk]] refusé, il reste 2 essais",
                "voici le PUK: [[puk:dict]]",
            ],
            "bnpl": [
                "J'ai payé en [[~quantity]] la commande [[~order_number]], mais vous me demandez mon IBAN [[iban]] et ma date de naissance [[date_of_birth]]?",
                "la 2e échéance de [[~amount]] a échoué sur la carte [[~masked_value:card]]. numéro client [[customer_number]]",
            ],
        },
        "email_body": [
            "Dans l'historique des connexions, je vois une tentative depuis l'adresse IP [[ip_address]] le [[~date]] à [[~time]]. Mon identifiant est [[username]].",
            "Mon adresse e-mail est désormais [[email]] ; l'ancienne adresse [[email]] n'est plus consultée.",
            "Mon vol [[~flight_number]] a été annulé et l'assurance voyage (police [[customer_number]]) ne rembourse que [[~percentage]] du billet de [[~amount]].",
            "Notre intégration utilise la clé API [[api_key]]. Le fichier d'export du jour a la somme de contrôle [[~checksum]] mais ne correspond pas aux extraits.",
        ],
    },
    "en": {
        "chat": {
            "bsn": [
                "I live in NL now and the form wants my BSN, it's [[bsn:nl]]",
                "Belgian ID number for the account opening: [[bsn:rrn]]",
                "they asked for my citizen service number - [[bsn:nl]] - is that safe to give here?",
                "national register no. [[bsn:rrn]] (from my Belgian eID)",
            ],
            "mail": [
                "email on the account should be [[email]] not [[email:biz]]",
                "can you send it to [[email]] instead",
            ],
            "security": [
                "got an alert about a new login from [[ip_address]] at [[~time]]. wasn't me. username [[username]]",
                "there's a device I don't know ([[~model_number]]) on IP [[ip_address]] in my app. should I change my password [[password]]?",
                "can you whitelist my office IP [[ip_address]] for the business banking? customer ID [[customer_number]]",
                "someone logged in from [[ip_address]] on [[~date]] and moved [[~amount]] out",
            ],
            "cvv": [
                "security code on the back is [[cvv]], card [[card]]. why's it declining for [[~amount]]",
                "cvv [[cvv]]\nexpiry [[card_expiry]]",
            ],
            "dob": [
                "date of birth [[date_of_birth]]",
                "born [[date_of_birth]], I don't know my customer number off the top of my head",
            ],
            "token": [
                "our xero sync uses token [[token]] and has been getting [[~error_code]] since [[~date]]",
                "AWS creds for the statement export bucket: access key [[api_key:akia]] / secret [[api_key:aws_secret]]. Please tell me if your side can see them, it's failing with [[~error_code]]",
                "our aws keys were in the support log we sent you - AKIA one is [[api_key:akia]], secret [[api_key:aws_secret]]. can you purge that ticket ([[~ticket_number]])?",
                "Authorization: Bearer [[token]]\nthat's what we send, response [[~error_code]], request id [[~request_id]]",
            ],
            "wifi2": [
                "I'm on my parents' wifi (network key [[wifi_key]]) and the app won't open",
                "does the app need wifi? key is [[wifi_key]], version [[~version_string]]",
            ],
            "puk": [
                "PUK is [[puk]] but it still says SIM locked",
                "here's the puk off the sim card: [[puk:dict]]",
            ],
            "bnpl": [
                "I paid later for an order ([[~order_number]]) and now you want my IBAN [[iban]] and DOB [[date_of_birth]]??",
                "my 2nd instalment of [[~amount]] failed on card [[~masked_value:card]]. next try on [[~date]]? customer no [[customer_number]]",
            ],
        },
        "email_body": [
            "In the security overview I can see a login attempt from IP address [[ip_address]] on [[~date]] at [[~time]]. I live in [[@city]] and was at home at the time. My username is [[username]].",
            "For our accounting integration we use API key [[api_key]]. Today's export file has checksum [[~checksum]] but does not match the statements.",
            "My email address has changed to [[email]]. I no longer use the old address [[email]].",
            "I would like the direct debit of [[~amount]] for my travel insurance refunded (flight [[~flight_number]] was cancelled). Policy number [[customer_number]].",
        ],
    },
}

EXTRA_AGENT = {
    "nl": [
        "Hoi [[@name]], ik heb de resetlink gestuurd naar [[~masked_value:email]]. Zie je niets? Check je spam of bel [[~company_phone]]. Ticket [[~ticket_number]]. Groet, [[@agent]]",
        "Dag [[@name]], de terugstorting van [[~amount]] gaat naar je rekening [[~masked_value:iban]]. Klopt dat niet, laat het dan weten vóór [[~date]]. [[@agent]]",
    ],
    "nl-be": [
        "Dag [[@name]], we hebben een link gestuurd naar [[~masked_value:email]]. Geen mail ontvangen? Bel [[~company_phone]]. Dossier [[~ticket_number]]. [[@agent]]",
        "Hallo [[@name]], de terugbetaling van [[~amount]] gebeurt op rekening [[~masked_value:iban]] binnen 3 werkdagen. Groetjes, [[@agent]]",
    ],
    "fr-be": [
        "Bonjour [[@name]], le lien a été envoyé à [[~masked_value:email]]. Rien reçu ? Appelez le [[~company_phone]]. Dossier [[~ticket_number]]. [[@agent]]",
        "Bonjour [[@name]], le remboursement de [[~amount]] sera versé sur le compte [[~masked_value:iban]] sous 3 jours ouvrables. [[@agent]]",
    ],
    "en": [
        "Hi [[@name]], I've sent a reset link to [[~masked_value:email]]. Nothing there? Check spam or call [[~company_phone]]. Case [[~ticket_number]]. Thanks, [[@agent]]",
        "Hi [[@name]], the refund of [[~amount]] will go to the account ending [[~masked_value:iban]]. If that's wrong, let us know before [[~date]]. [[@agent]]",
        "Hi [[@name]], thanks for bearing with me. I've confirmed your identity (step 1 DOB, step 2 postcode, step 3 last transaction). Your new card will be sent to [[address]] and you can track it with [[~tracking_number]]. Call [[~company_phone]] quoting [[~ticket_number]] if it hasn't arrived by [[~date]]. [[@agent]]",
        "Hi [[@name]], for security I've masked the number you sent: [[~masked_value:card]]. Please delete the message with your full card number. More at [[~url]]. [[@agent]]",
    ],
}
