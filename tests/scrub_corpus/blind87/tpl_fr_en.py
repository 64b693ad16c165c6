"""Belgian French (fr-be) and English (en-gb / en-us) templates."""

FRBE = {
    "cust": {
        "notary": [
            "Bonjour, le notaire me demande mon numéro de registre national pour l'acte: {rrn}. Adresse du bien: {address}. Merci de confirmer.",
            "Pour le compromis de vente, voici mes coordonnées: né le {date_of_birth}, GSM {phone}, NN {rrn}. Dossier {~ticket_number}.",
            "J'ai versé l'acompte de {~amount} depuis le compte {iban} le {~date}. L'étude {@notary} dit ne rien avoir reçu ?!",
            "Je n'arrive pas à me connecter à l'espace client de l'étude. Identifiant {username}, mot de passe {password}, erreur {~error_code}.",
        ],
        "rental": [
            "Bonjour, j'ai quitté l'appartement le {~date} et je n'ai toujours pas récupéré ma garantie locative de {~amount}. Compte: {iban}. Réf. locataire {customer_number}.",
            "L'état des lieux de sortie est prévu à {~time}. Le code de la boîte à clés est {pin}. Vous pouvez me joindre au {phone}.",
            "Arriérés de loyer ?? J'ai payé par domiciliation sur {iban}, vérifiez svp. Mon numéro de contrat: {customer_number}",
            "Visite de la maison rue du Marché possible samedi vers {~time} ? Mon mail: {email}, mon gsm {phone}. Vu sur {@brand}.",
            "Code de l'alarme: {pin}, code du portail: {pin:b}. Le technicien passe le {~date}, modèle {@model}.",
        ],
        "mortgage": [
            "Concernant mon crédit hypothécaire n° {customer_number}: le taux de {~percentage} ne correspond pas à l'offre. Merci de me rappeler au {phone}.",
            "Voici les documents pour le courtier: NN {rrn}, date de naissance {date_of_birth}, revenus nets {~amount}, compte {iban}.",
            "J'ai reçu le code {otp} par SMS pour signer l'offre de crédit, mais la page affiche {~error_code}.",
            "Remboursement anticipé de {~amount} sur le prêt {customer_number}? Mon identifiant en ligne est {username}.",
        ],
        "hotel": [
            "Bonjour, nous avons réservé via {@brand} (réservation {~order_number}). Le code de la porte de la chambre, {pin}, ne fonctionne pas.",
            "Le mot de passe wifi de {@ssid} ? Celui sur la carte ({wifi_key}) est refusé.",
            "Acompte payé par carte {card}, exp {card_expiry}, cryptogramme {cvv}. Pouvez-vous confirmer la réservation {~order_number} ?",
            "Nous arrivons tard (vol {~flight_number}), vers {~time}. Pourriez-vous envoyer le code de la boîte à clés au {phone} ?",
        ],
        "account": [
            "Code de vérification reçu: {otp_words}. Je l'ai tapé mais ça ne marche pas.",
            "Mon mot de passe a été changé sans mon accord, nouveau: {password}. Compte client {customer_number}. Adresse IP inconnue: {ip_address}",
            "Le code PUK de ma carte SIM pour le routeur du gîte est {puk}, le PIN {pin}. Il demande quoi maintenant ?",
            "L'appli locataire ({~version_string}) me déconnecte. Jeton de session affiché: {token}",
        ],
    },
    "pub": {
        "complaint": [
            "{~mention} toujours pas de remboursement de ma caution après {~duration} {~hashtag}",
            "{~mention} le code de la porte {pin} ne marche pas et personne à la réception après {~time} {~hashtag}",
            "{~mention} merci pour l'accueil, séjour parfait {~hashtag}",
            "{~mention} rappelez-moi au {phone} svp, dossier bloqué depuis {~duration}",
        ],
    },
    "agent": {
        "ask": [
            "Bonjour {@first}, pourriez-vous nous envoyer votre numéro de contrat en message privé ? Ne partagez pas de codes ici. {@agent}",
            "Bonjour, merci pour votre message. Vous pouvez nous joindre au {~company_phone} ou via {~url}. Bien à vous, {@agent}",
        ],
        "confirm": [
            "Merci ! Le remboursement de {~amount} sera effectué sur {iban} sous {~duration}. Cordialement, {@agent}",
            "Le nouveau code de la boîte à clés est {pin}, valable dès {~time}. Wifi: {@ssid} / {wifi_key}. Bon séjour ! {@agent}",
            "J'ai mis à jour votre numéro ({phone}) et votre adresse ({address}) dans le dossier {~ticket_number}. {@agent}",
        ],
    },
}

EN = {
    "cust": {
        "lawfirm": [
            "Hi, I'm a client of {@lawfirm} for the conveyancing on {address}. Completion is {~date}. Please use my mobile {phone} rather than the landline.",
            "For the ID checks your client desk asked for my date of birth ({date_of_birth}) and my bank details: {iban}. Matter ref {~ticket_number}.",
            "Can't log in to the case tracker. username {username} pw {password}  - keeps saying {~error_code}",
            "The completion statement ({~invoice_number}) shows {~amount} stamp duty, surely that's wrong? Call me on {phone} before {~time}.",
            "I was asked to send the deposit to a new account by email. Is this legit?? They want it paid from {iban}, my file ref {~ticket_number}",
        ],
        "viewing": [
            "Hi, I'd like to book a viewing for {address}. I'm free {~date} after {~time}. My number is {phone}.",
            "saw the flat on {@brand}, is it still available?? can view this weekend, text me {phone} or email {email}",
            "Running late for the viewing at {~time}, sorry! Stuck in traffic. {@first} - {phone}",
            "We're relocating and would like a virtual viewing. Budget around {~amount}. Best contact: {email}",
        ],
        "tenancy": [
            "I moved out on {~date} and still haven't had my deposit of {~amount} back. Tenancy ref {customer_number}. Please pay it to {iban}.",
            "The deposit protection scheme says my deposit ID is {customer_number}. Landlord wants to keep {~amount} for cleaning, which I dispute.",
            "Rent arrears letter says I owe {~amount} but I paid on {~date}. Sort code and account are on the standing order, tenant number {customer_number}. Phone {phone}",
            "Keys: the lockbox by the back gate is {pin}. Alarm code is {pin:b}, you have thirty seconds to enter it. Please don't share!",
            "key handover tomorrow at {~time}? I'll leave keys in the key safe, code {pin}. meter reading at move out was {~meter_reading}",
            "Can we set up a payment plan for the arrears? I can do {~amount} a month. Account {customer_number}, DOB {date_of_birth}.",
        ],
        "mortgage": [
            "Hi, my mortgage account number is {customer_number}. I'd like to overpay {~amount} but the portal gives {~error_code}. Login {username} / {password}",
            "My broker needs: DOB {date_of_birth}, current address {address}, and the account for the direct debit {iban}. Rate offered was {~percentage}.",
            "Got a verification code {otp} from {@mortgage} but I didn't request it. Is someone in my account?",
            "Escrow analysis shows a shortage of {~amount}. Loan number {customer_number}. Please call me at {phone}, I'm on {~time} - {~time:b} weekdays.",
            "I was told to read my SSN... no wait, you only need the loan number: {customer_number}. Property is {address}.",
        ],
        "hotel": [
            "Hi, we're staying at {@hotel} (booking {~order_number}) for {~quantity}. The door code for our room, {pin}, isn't working.",
            "what's the guest wifi password? the card in the room says {wifi_key} but it won't connect to {@ssid}",
            "I paid the deposit by card {card}, exp {card_expiry}, security code {cvv}. Can you confirm reservation {~order_number}?",
            "Please send the invoice {~invoice_number} again, and refund the {~amount} damage deposit to my card ending {~masked_value}.",
            "Our flight {~flight_number} lands at {~time}, can you text the key box code to {phone}?",
            "Holiday park: lodge {~product_code}, barrier code {pin} doesn't open. Guest number {customer_number}.",
        ],
        "account": [
            "Locked out of the tenant app ({~version_string}). Username: {username} Password: {password}",
            "I got a text with code {otp_words} - didn't ask for it. Should I be worried?",
            "Changed my password to {password} but it still says wrong password. Old one was {password:b}. Account {customer_number}",
            "Our booking engine won't sync. API key {api_key}, endpoint returns {~error_code} on port {~port}. Request id {~request_id}.",
            "Integration with the letting platform: AWS access key {api_key} and secret {aws_secret}. Is that the right format?",
            "Support asked for my session token, here: {token} (from the browser, app {~version_string})",
            "The smart lock hub ({@model}) at the rental is on {ip_address}, admin password {password}. It went offline at {~time}.",
        ],
    },
    "pub": {
        "complaint": [
            "{~mention} {~duration} and still no deposit back. Absolute joke {~hashtag}",
            "{~mention} your contractor posted the alarm code {pin} on the front door. Seriously? {~hashtag} {~hashtag}",
            "{~mention} checked in, door code doesn't work, reception closed after {~time}. Call me {phone} {~hashtag}",
            "{~mention} please get in touch about mortgage account {customer_number}, no reply in {~duration} {~hashtag}",
            "Thanks {~mention} for a smooth key handover, lovely flat {~hashtag}",
            "{~mention} wifi in the lodge is down, password {wifi_key} rejected. Status page {~url} says all fine",
        ],
    },
    "agent": {
        "ask": [
            "Hi {@first}, sorry to hear your deposit hasn't arrived. Please DM us your tenancy reference and we'll chase it. Don't post details here. ^{@agent}",
            "Hi {=first_name}, thanks for reaching out. Could you send us a private message with your loan number and date of birth? {@agent}",
            "Hello! Please don't share door codes publicly. Our front desk is on {~company_phone}, or see {~url}. {@agent}",
            "Thanks for getting in touch. I've logged case {~ticket_number}. You can reach us on {~company_phone}. Kind regards, {@agent}",
        ],
        "confirm": [
            "Thanks {@first}, I've noted account {iban} for the {~amount} refund, expect it within {~duration}. {@agent}",
            "Your new key safe code is {pin}, active from {~date} {~time}. Wi-Fi {@ssid}, password {wifi_key}. Enjoy your stay! ^{@agent}",
            "I've updated your phone number to {phone} and your email to {email} on account {customer_number}. Best, {@agent}",
            "Your temporary password is {password}, please change it after logging in at {~url}. Username stays {username}. {@agent}",
            "To confirm: DOB {date_of_birth}, property {address}? I'll update the file. Thanks, {@agent}",
        ],
    },
}

FRBE["cust"]["stay_pay"] = [
    "Bonjour, la clé wifi du gîte ({@ssid}) ne fonctionne plus. On nous a donné {wifi_key}. Le routeur est en {ip_address}.",
    "Solde du séjour ({~amount}) à débiter sur ma carte {card}, date d'expiration {card_expiry}, code {cvv}.",
    "Pouvez-vous m'envoyer la facture {~invoice_number} à {email} ? L'appli m'affiche le token {token}.",
    "Ma nouvelle adresse: {address}. Merci de rembourser la garantie sur {iban}. La clé API du channel manager: {api_key}",
]

EN["cust"]["stay_pay"] = [
    "The lodge wifi ({@ssid}) keeps asking for a network key. The welcome pack says {wifi_key}, is that right? Router is a {@model}.",
    "Please charge the balance ({~amount}) to {card}, expiry {card_expiry}, CVV {cvv}. Name on card {@name}.",
    "The owner portal gave me this bearer token after login: {token}. Do you need it? Error {~error_code}",
    "New address after the move: {address}. Please send the final statement ({~invoice_number}) there and refund to {iban}.",
    "guest wifi {@ssid} / {wifi_key} - ok to give it to the cleaner too? router admin is at {ip_address}:{~port}",
    "The alarm's SIM card ({@model}) is blocked. PUK {puk}, the old SIM PIN was {pin}. What now?",
    "Can you email the key handover confirmation to {email}? My phone ({phone}) is broken.",
    "For the channel manager integration we use API key {api_key}. Request ID of the failure: {~request_id}",
]
