"""Belgian French (fr-be) and English (en-gb / en-us) templates."""

FR = {
    "loyalty_login": [
        "Bonjour {~mention}, impossible de me connecter à l'appli de ma carte fidélité. Identifiant {username}, mot de passe {password}. Merci",
        "Ma carte {cust:loyalty} n'affiche que {~quantity} alors que j'ai fait mes courses le {~date} pour {~amount}.",
        "Le code reçu par SMS ({otp}) ne marche pas, erreur {~error_code}. Mon GSM: {phone}",
        "J'ai changé mon mdp en {password} mais l'app dit qu'il est incorrect... numéro client {cust}",
    ],
    "housing": [
        "Bonjour, je loue un kot au {address}. Le code de la boîte à clés {pin:door} ne fonctionne plus. Tél {phone}.",
        "La garantie locative de {~amount} n'a pas été remboursée sur mon compte {iban}. Contrat n° {cust}.",
        "Le wifi de la résidence ne marche pas, réseau {@ssid}, clé {wifi_key}. Ticket {~ticket_number}, depuis {~time}.",
        "On m'a demandé mon numéro de registre national pour l'inscription: {bsn:be}. Né le {dob}. C'est normal?",
        "Relevé du compteur à mon départ: {~meter_reading}. La facture {~invoice_number} est fausse. Mon e-mail: {email}",
    ],
    "notary": [
        "Maître, veuillez trouver mes coordonnées pour l'acte: NISS {bsn:be}, compte {iban}, domicile {address}. Réf. dossier {~ticket_number}.",
        "Bonjour, pourriez-vous envoyer le projet d'acte à {email} ? Je suis joignable au {phone}.",
        "La provision de {~amount} a été versée le {~date} depuis le compte {iban}.",
        "Pour la succession de ma mère, née le {dob}, domiciliée {address}: je souhaite un rendez-vous après le {~date}.",
    ],
    "dating": [
        "Mon compte a été piraté, ils ont changé l'adresse mail en {email}. Mon pseudo c'est {username}.",
        "Je veux résilier mon abonnement ({~amount}/mois), payé avec la carte {card} exp {expiry}.",
        "Je ne reçois pas le code de vérification sur le {phone}. Ou c'est {otp:words} ? Le robot l'a dit trop vite.",
        "Profil bloqué sans raison. Identifiant {username}, mdp {password}, connexion depuis l'IP {ip}.",
    ],
    "lottery": [
        "J'ai gagné {~amount} mais rien reçu sur {iban}. Numéro de joueur {cust}, tirage du {~date}.",
        "Mon compte joueur est bloqué. Login {username}, date de naissance {dob}.",
        "Nouvelle adresse pour le courrier: {address}. Mon numéro de joueur: {cust}.",
        "Arnaque ? On m'a demandé mon code PIN {pin} et le code {otp} pour débloquer mon gain.",
    ],
    "museum": [
        "J'ai acheté un abonnement annuel (carte {cust}) mais il n'apparaît pas dans l'app. Mon mail: {email}",
        "Les billets du {~date} à {~time} ne sont pas arrivés. Commande {~order_number}, payé {~amount}.",
        "Pouvez-vous envoyer ma carte des Amis du musée au {address} ? Merci! {@first}",
        "Connexion impossible: {username} / {password} sur mon {~model_number}.",
    ],
    "nurses": [
        "Bonjour, pour mon contrat intérim infirmière: registre national {bsn:be}, IBAN {iban}, adresse {address}, née le {dob}.",
        "Mes prestations du {~date} ne sont pas payées. Matricule {cust}. GSM {phone}.",
        "Je postule pour l'offre {~product_code} vue sur {~url}. Contact: {phone} / {email}.",
        "Mon accès au portail planning: {username}, mot de passe {password}. Erreur {~error_code}.",
    ],
    "agent": [
        "Bonjour {@first}, désolés pour ce souci. Votre demande porte le numéro {~ticket_number}. Bonne journée, {@agent}",
        "Bonjour {@first}, ne partagez jamais votre mot de passe ni votre code PIN. Appelez-nous au {~company_phone}. ^{@agent}",
        "Merci {@first}, votre nouvelle adresse {address} est enregistrée à partir du {~date}. {@agent}",
        "Nous voyons un paiement de {~amount} sur le compte {~masked_value:iban}. Cordialement, {@agent}",
        "Bonjour <<prénom>>, votre numéro client {cust} est maintenant lié à {email}. ^{@agent}",
    ],
}

EN = {
    "loyalty_login": [
        "Hey {~mention} your app keeps logging me out. username {username} password {password} - I've got {~quantity} on there, don't want to lose them",
        "Can't log in since the {~version_string} update. Card number {cust:loyalty}, email {email}. Tried resetting, code {otp} was rejected.",
        "Why am I not getting {~percentage} off anymore? Member no. {cust:loyalty}. Receipt from {~date} was {~amount}.",
        "changed my pw to {password} and now it says invalid?? old one was {password}. on {~model_number}",
        "Please merge my old card {cust:loyalty} into my new one {cust:loyalty}. Thanks, {@first}",
    ],
    "loyalty_payment": [
        "You charged {~amount} twice to my card ending {~masked_value:card}. Full number is {card}, exp {expiry}, if that helps.",
        "Refund for order {~order_number} please, to sort code/account or IBAN {iban}. Customer ID {cust}.",
        "Saved card in the app is {card} CVV {cvv} but checkout fails with {~error_code}.",
    ],
    "housing": [
        "Hi {@brand}, the keysafe code {pin:door} for my room at {address} isn't working. Please call {phone}.",
        "WiFi down again in our block. Network {@ssid}, password {wifi_key}. Reported at {~time}, ticket {~ticket_number}.",
        "My deposit of {~amount} still hasn't come back to {iban}. Tenancy ref {cust}, moved out {~date}.",
        "Portal login not working: {email} / {password}. Need to sign the renewal before {~date}!",
        "Meter reading when I left was {~meter_reading}, not what's on invoice {~invoice_number}. New address: {address}",
        "The gate code for the bike store is {pin:door} right? And the door alarm one is {pin}. Room booking number {cust}.",
    ],
    "notary": [
        "Dear Sirs, further to our call, please find my details for the apostille: date of birth {dob}, address {address}, phone {phone}. Your ref {~ticket_number}.",
        "Hello, could you send the invoice ({~invoice_number}, {~amount}) to {email}? The link on {~url} doesn't open.",
        "I'd like to book a remote notarization on {~date} at {~time}. My cell is {phone}.",
        "For the power of attorney: my mother's DOB is {dob} and she lives at {address}.",
    ],
    "dating": [
        "My {@brand} account got hacked!! Someone changed my email to {email}. My real one is {email}",
        "Not getting the verification text on {phone}. Or was the code {otp:words}? the call was so fast",
        "Cancel my premium ({~amount}/month) please. Member ID {cust:member}. Paid with {card}.",
        "Someone I matched with keeps asking for my address ({address}) and number, is this a scam? my username is {username}",
        "Delete my account please. login {username} pass {password}. Logged in last from IP {ip}.",
    ],
    "lottery": [
        "Apparently I won {~amount} in the {~date} draw but nothing's been paid to {iban}. Player number {cust}.",
        "Cancel my subscription for {~quantity} a week. Account number {cust}, DOB {dob}.",
        "Is this legit? A text asked for my card PIN {pin} and the code {otp} to release my prize.",
        "Change of address from {~date}: {address}. Player ID {cust}, phone {phone}.",
    ],
    "museum": [
        "My membership card ({cust}) says expired but I renewed on {~date} for {~amount}.",
        "Hi! Tickets for Sunday {~time} haven't arrived at {email}. Order {~order_number}.",
        "Can you post my members' pack to my new address? {address}. Membership no. {cust:member}",
        "App login fails: {username} / {password} on my {~model_number}, version {~version_string}.",
    ],
    "nurses": [
        "Hi, registering with you as a nurse. NMC PIN {cust:nmc}, DOB {dob}, bank {iban}, address {address}.",
        "Haven't been paid for my shifts since {~date}? Candidate number {cust}. Call me on {phone}.",
        "Applying for the ICU travel contract ({~product_code}) on {~url}. Reach me at {phone} or {email}.",
        "Timesheet portal login {username} pw {password} gives {~error_code} since {~date}.",
        "I fly in on {~flight_number} on {~date}, can someone meet me? My mobile is {phone}.",
    ],
    "tech_misc": [
        "Lost my phone, new SIM wants a PUK. Is it {puk}? Account {cust}.",
        "Our integration with your API returns {~error_code} using key {api_key} (port {~port}). Request id {~request_id}.",
        "Bearer {token} gets a 401 from the partner endpoint. Export checksum doesn't match either: {~checksum}",
        "AWS creds we were given: access key {api_key} secret {api_key}. Rotating them now, sorry.",
    ],
    "agent": [
        "Hi {@first}, sorry you're having trouble logging in! Please never share your password with anyone, including us. We've sent a reset link to {email}. ^{@agent}",
        "Thanks {@first}. We can see a payment of {~amount} on the card ending {~masked_value:card}. Your case number is {~ticket_number}. {@agent}",
        "Hi {@first}, we've updated your address to {address} from {~date}. Any questions, call {~company_phone}. {@agent}",
        "For your security we've hidden your reply as it contained card details. Please call us on {~company_phone} or visit {~url}. ^{@agent}",
        "Hi <<first_name>>, account {cust} is now linked to {phone}. You'll get a code - don't share it with anyone. {@agent}",
        "Thanks for bearing with us {@first}! The {~error_code} error is fixed in version {~version_string}, please update.",
    ],
}
