"""Belgian French (fr-be) and English (en-gb / en-us) bodies."""

FR = {
    "router": [
        "Bonjour, le modem du bureau ne fonctionne plus ({!error_code}). J'ai changé le mot de passe admin en {password}. Numéro client {customer_number}.",
        "La clé wifi de notre réseau {@ssid} c'est {wifi_key}, mais le terminal de paiement ne se connecte pas. Firmware {!version_string}.",
        "notre IP fixe c'est {ip_address} et le port {!port} doit être ouvert pour la centrale téléphonique, svp",
        "Le technicien a laissé un papier avec login {username} et mdp {password} pour la box, c'est bien ça?",
    ],
    "pbx": [
        "La messagerie vocale de la ligne du cabinet demande un code PIN. J'ai mis {pin}, ça ne passe pas. Numéro de la ligne: {phone}.",
        "Compte SIP {username}, mot de passe {password}. Les appels sortants donnent {!error_code}. On a {!quantity}.",
    ],
    "sim": [
        "Ma carte SIM pro est bloquée, le code PUK c'est {puk}? Mon GSM c'est le {phone}. Merci hein.",
        "Nouvelle carte SIM reçue (commande {!order_number}), code PIN {pin}. Comment je l'active?",
        "sorry, le PIN c'est {pin} pas {pin}, je me suis trompée. c'est pour le gsm du livreur",
        "Euh le code puk sur le support de la carte: {puk:spaced}. Ça marche pas, foutcode {!error_code} zoals ze zeggen",
    ],
    "bank": [
        "Pour la domiciliation, utilisez le compte de la société {iban} et pas mon compte privé {iban}. Numéro d'entreprise {!company_registration}.",
        "On me demande mon numéro de registre national: {bsn}. Date de naissance {date_of_birth}. Référence du dossier {!request_id}.",
        "Ma carte {card} expire le {card_expiry}, cryptogramme {cvv}. Le paiement de {!amount} est refusé ({!error_code}).",
        "J'ai reçu le code {otp} par SMS pour valider le virement de {!amount}, mais l'app dit expiré. Facture {!invoice_number}.",
        "Mon code secret de la carte c'est {pin}, je l'ai jamais donné à personne, pourquoi elle est bloquée?",
    ],
    "host": [
        "Notre site e-commerce est en panne depuis {!time}. Identifiant {username}, mot de passe {password}. Numéro client {customer_number}.",
        "La boîte mail {email} refuse le mot de passe {password} depuis la migration. Port SMTP {!port}.",
        "Code de vérification pour le transfert du domaine: {otp}. Commande {!order_number}.",
    ],
    "saas": [
        "Mon comptable {@first} doit avoir accès. Je lui donne mes identifiants ({email} / {password}) ou il faut une licence en plus ({!amount})?",
        "La clé API pour la connexion avec la caisse: {api_key}. Erreur {!error_code}, request id {!request_id}, hash du fichier {!checksum}.",
        "Le token d'accès de l'intégration a fuité dans un mail: {token}. Vous pouvez le révoquer svp?",
    ],
    "pay": [
        "Le webhook ne reçoit rien. Secret {api_key:whsec}, URL {!url}, événement {!request_id}.",
        "Le terminal de paiement affiche un code d'activation {otp}. Numéro de série {!product_code}.",
        "Le versement de {!amount} du {!date} n'est pas arrivé sur {iban}. ID client {customer_number}.",
    ],
    "shared": [
        "Pour {@first} qui me remplace: login {username}, mdp {password}, code alarme {pin}. Merci de ne pas le diffuser.",
        "Tous les accès du bureau:\nportail: {username} / {password}\nwifi: {wifi_key}\nporte: {pin}",
    ],
    "voice": [
        "[Message vocal transcrit] oui bonjour c'est {@first} de {@company}, mon numéro client c'est {customer_number} et le code PUK c'est {puk:spoken}, rappelez-moi au {phone}",
        "[message vocal] allô euh le code que j'ai reçu c'est {otp:spoken} mais ça marche pas, merci de me rappeler",
        "(transcription messagerie) Bonjour, le code de la messagerie vocale c'est {pin:spoken}, il ne fonctionne plus. Mon numéro {phone:spoken}.",
    ],
    "nospan": [
        "La facture {!invoice_number} de {!amount} est toujours pas créditée. Numéro TVA {!company_registration}. Relevé compteur {!meter_reading} déjà envoyé.",
        "Panne depuis {!date} à {!time}, code erreur {!error_code} sur la {!model_number}. Ticket {!ticket_number}.",
        "Le colis avec le nouveau modem ({!tracking_number}) n'est jamais arrivé. Commande {!order_number}.",
        "Comment je change le code PIN de ma carte? Je le connais mais je veux un autre.",
    ],
}

EN = {
    "router": [
        "Our office broadband has dropped again, {!error_code} on the {!model_number}. I've reset the router and the new admin password is {password}. Account number {customer_number}.",
        "Engineer replaced the hub but I can't get into the settings. Username {username} password {password} - is that right?",
        "wifi in the shop stopped working after the update to {!version_string}. network {@ssid} key {wifi_key}",
        "The guest network key is {wifi_key} and the staff one is {wifi_key}. Why does the card machine keep going offline?",
        "changed the router admin pw to {password} and now the phones are acting up, port {!port} seems closed",
        "Our static IP is {ip_address} but the accountant's VPN can't connect. Fault ref {!ticket_number}.",
    ],
    "pbx": [
        "The voicemail on our business line asks for a PIN, which is {pin}. It keeps saying invalid. Number is {phone}.",
        "For the phone system: SIP account {username}, password {password}, registrar port {!port}. Getting {!error_code} on outbound calls.",
        "The {!model_number} handsets at reception ({!quantity}) want an admin PIN. Is it {pin} or something else?",
        "My colleague {@first} is setting up the phones, his portal login is {username} and temp password {password:temp}, I'm on {!flight_number} till Friday",
    ],
    "sim": [
        "The SIM in {@first}'s work phone is locked after 3 wrong PINs. PUK on the card is {puk}. Doesn't work. Account {customer_number}",
        "Got the new business SIMs (order {!order_number}, tracking {!tracking_number}). PIN is {pin} and PUK {puk}, how do I activate them?",
        "my sim is asking for a PUK, all i can find in the portal is {puk}. mobile number {phone}",
        "sorry the PIN is {pin}, not {pin}. typo. it's the SIM in the delivery driver's phone",
        "Can you reset the SIM PIN to {pin}? We have {!quantity} and I've lost track.",
    ],
    "bank": [
        "Hi, our business account is {iban} but the direct debit of {!amount} came out of my personal account {iban}. Invoice {!invoice_number}.",
        "Please move the subscription to the business account {iban} in the name of {@company}. Company reg {!company_registration}.",
        "I got a text with code {otp} to activate my new card but the app gives {!error_code}. Card ends {!masked_value}.",
        "The ATM swallowed my card. Card number {card}, expires {card_expiry}. I did NOT enter the PIN ({pin}) wrong!",
        "For the refund: {iban:lower} (business). You asked for my date of birth, it's {date_of_birth}.",
        "Card {card} exp {card_expiry} cvv {cvv} - payment of {!amount} keeps getting declined with {!error_code}",
    ],
    "host": [
        "Our web shop is down, {!error_code} when logging into the control panel. Login {username} / {password}. Domain is on account {customer_number}.",
        "FTP details for our web designer: user {username}, password {password}, port {!port}. He's getting a timeout.",
        "The mailbox {email} stopped accepting the password {password} this morning at {!time}. SMTP port {!port}.",
        "verification code for the domain transfer is {otp}, or do you need the EPP code? that's {password:mix}",
    ],
    "saas": [
        "My bookkeeper {@first} needs access. Can I just give her my login ({email} / {password})? Or does that need an extra seat ({!amount}/mo)?",
        "The integration between the web shop and the accounts stopped syncing. API key I entered: {api_key}. Error {!error_code}, request {!request_id}.",
        "The 2FA code {otp} never arrives in time, it keeps expiring. App version {!version_string}.",
        "Invoice {!invoice_number} shows up twice. Customer number {customer_number}, order {!order_number}.",
        "Our intern pasted the access token in an email: {token}. Can you revoke it please?",
        "AWS keys for the backup job, access key {api_key:aws} secret {api_key:awssecret}. Backups fail with {!error_code}, last archive sha256 {!checksum}.",
    ],
    "pay": [
        "Webhooks for payments aren't arriving. Signing secret {api_key:whsec}, endpoint {!url}, last event {!request_id}.",
        "Live key:\n{api_key:sk}\nTest key works fine. What am I doing wrong? Getting {!error_code} on {!amount}",
        "The card reader in the shop asks for an activation code, the screen shows {otp}. Serial {!product_code}.",
        "Payout of {!amount} ({!date}) never reached {iban}. Merchant ID {customer_number}.",
        "API calls return {!error_code} since {!time}. Header was Authorization: Bearer {token:bearer} (request {!request_id}), {!percentage} of calls fail",
        "here's our restricted key {api_key:rk} and the checksum of the export {!checksum} so you can compare",
    ],
    "shared": [
        "{@first} from accounts is off sick, can you move her login ({username}) to me? Her password was {password}.",
        "For the record, all the office logins:\nportal: {username} / {password}\nwifi: {wifi_key}\nalarm: {pin}",
        "New starter on Monday. I changed the shared account ({email}) password to {password}, is that strong enough?",
        "gitlab token for the agency {token:glpat} and the slack bot one {token:xoxb}. please tell me if these should be rotated",
    ],
    "voice": [
        "[Voicemail transcription] yeah hi it's {@first} from {@company}, uh my account number is {customer_number} and the PUK off the card is {puk:spoken} ... call me back on {phone:spoken}",
        "[voice note, auto-transcribed] hey the code I just got is {otp:spoken} but the app says expired so yeah need help",
        "(voicemail) Morning, the voicemail PIN for the shop line was {pin:spoken} but it's stopped working. You can reach me on {phone}.",
    ],
    "nospan": [
        "When is invoice {!invoice_number} for {!amount} finally getting credited? I've called {!quantity:times}. Company number {!company_registration}.",
        "Outage since {!time} on {!date}, error {!error_code} on the {!model_number}. Ticket {!ticket_number}.",
        "The parcel with the new router (tracking {!tracking_number}) still hasn't arrived, order {!order_number}.",
        "Meter reading is {!meter_reading}, I sent that on {!date}. Why a payment of {!amount}?",
        "How do I change my PIN? I know the current one, just want a different one. Flying out on {!flight_number} tomorrow.",
    ],
}
