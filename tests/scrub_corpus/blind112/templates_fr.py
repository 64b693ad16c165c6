# Belgian French templates (fr-be).

SCEN = {
    "food": [
        "Ma commande {n.order_number} chez {f.brand} n'est jamais arrivée, mais on m'a débité {n.amount}.",
        "Le livreur a laissé mon repas devant la mauvaise porte à {n.time}, commande {n.order_number}",
        "ça fait {n.dur} que j'attends mes sushis, l'appli dit 'en route' depuis {n.time}",
        "Il manquait {n.qty_food} dans ma commande de ce soir ({n.order_number}), total {n.amount}.",
        "Le code promo de {n.percentage} ne passe pas, erreur {n.error_code}.",
        "Commande annulée par le resto mais toujours pas remboursée ({n.amount}, le {n.date}).",
    ],
    "ride": [
        "Le chauffeur {f.brand} m'a facturé {n.amount} pour une course de 10 minutes le {n.date}.",
        "J'ai oublié mon sac dans le taxi hier soir vers {n.time}, course {n.order_number}.",
        "Course annulée par le chauffeur à {n.time} et j'ai quand même payé {n.amount} de frais",
        "L'appli ({n.version_string}) plante quand je commande une course, erreur {n.error_code}.",
        "Le taxi pour Zaventem (vol {n.flight_number}) est arrivé avec {n.dur} de retard",
        "On m'a appliqué une majoration de {n.percentage} alors qu'il n'y avait personne??",
    ],
    "fest": [
        "J'ai acheté {n.qty_tickets} pour {f.brand} mais je n'ai jamais reçu les e-tickets. Commande {n.order_number}.",
        "Le festival est reporté au {n.date}, je ne peux pas venir. Comment récupérer mes {n.amount} ?",
        "Mon bracelet cashless ({n.product_code}) affiche 0 alors que j'ai rechargé {n.amount}",
        "La file d'attente de la billetterie m'a sorti l'erreur {n.error_code} après {n.dur}",
        "Billet revendu via la plateforme officielle, pas encore reçu l'argent ({n.amount}) depuis le {n.date}.",
        "Impossible de mettre le billet à mon nom, la page {n.url} reste blanche.",
    ],
    "parcel": [
        "Le colis {n.tracking_number} est en consigne depuis {n.dur} mais le casier ne s'ouvre pas.",
        "D'après le suivi, livré à {n.time} mais je n'ai rien reçu. {n.tracking_number}",
        "Le distributeur de colis au Delhaize affiche l'erreur {n.error_code} quand je scanne mon code",
        "Mon colis est parti au mauvais point relais, numéro d'envoi {n.tracking_number}.",
        "Le livreur a laissé un avis de passage alors que j'étais à la maison à {n.time} !!",
        "Je dois payer {n.amount} de frais de douane, facture {n.invoice_number}, c'est une blague ?",
    ],
    "water": [
        "Plus d'eau dans toute la rue depuis {n.time} ce matin, vous êtes au courant ?",
        "Mon acompte a augmenté de {n.percentage} pour passer à {n.amount} par mois, pourquoi ?",
        "Le compteur indique {n.meter_reading} mais vous facturez une estimation de {n.meter_reading}.",
        "Eau brune au robinet depuis le {n.date}, c'est dangereux ?",
        "J'ai reçu une facture de régularisation de {n.amount} (n° {n.invoice_number}) alors qu'on est deux.",
        "Je déménage le {n.date}, relevé du compteur : {n.meter_reading}.",
    ],
    "housing": [
        "J'attends depuis {n.dur} un technicien pour la moisissure dans la salle de bain. Demande {n.ticket_number}.",
        "La chaudière ({n.model_number}) est encore en panne, on est le {n.date} et pas d'eau chaude.",
        "Mon loyer a été indexé de {n.percentage} au {n.date}, c'est correct ?",
        "La porte d'entrée de l'immeuble ne ferme plus depuis des semaines, ticket {n.ticket_number}.",
        "Le décompte des charges {n.year} ne va pas : {n.amount} pour le nettoyage des communs qui n'est jamais fait",
        "Je suis inscrit comme candidat-locataire depuis {n.year}, comment prolonger mon inscription ?",
    ],
}

FACT = {
    "password": [
        "Mon mot de passe est {password} et pourtant ça dit 'identifiants incorrects'.",
        "mdp : {password}",
        "J'ai changé le mot de passe de {password} en {password} mais ça ne marche toujours pas",
        "Même avec l'ancien mot de passe {password} ça ne passe pas.",
        "le mdp du portail locataire c'est {password}",
        "password {password} (avec majuscule)",
    ],
    "pin": [
        "Le code PIN de ma carte est {pin}, je dois la bloquer ?",
        "Le code de la boîte à clés à côté de la porte est {pin}, le technicien peut entrer.",
        "le casier me demande un code et j'ai tapé {pin} comme dans le sms",
        "Code de la barrière du parking : {pin}",
        "Code de déverrouillage du téléphone : {pin}",
        "code alarme {pin}, merci de la remettre en partant",
    ],
    "puk": [
        "J'ai entré mon code PUK {puk} mais la carte SIM reste bloquée.",
        "PUK : {puk}",
        "le puk c'est {puk} d'après la carte",
    ],
    "otp": [
        "J'ai reçu un sms avec le code {otp} mais il est refusé.",
        "code de vérification {otp}",
        "Le code reçu par mail était {otp}, il dit expiré.",
        "Je viens de recevoir un code, {otp}, je dois vous le donner ?",
        "code de retrait pour le casier : {otp}",
    ],
    "wifi_key": [
        "Wifi pour le technicien : réseau {f.ssid}, mot de passe {wifi_key}",
        "clé wifi : {wifi_key}",
        "La clé de sécurité réseau est sur le modem : {wifi_key}",
        "code wifi {wifi_key}",
    ],
    "username": [
        "Nom d'utilisateur {username} et mot de passe {password}",
        "Je me connecte avec l'identifiant : {username}",
        "mon login c'est {username}, mais j'ai oublié le mdp",
        "compte {username} / mdp {password}",
    ],
    "api_key": [
        "Notre intégration avec votre API de livraison renvoie 401 avec la clé {api_key}",
        "clé API : {api_key}",
        "On utilise la clé {api_key} dans le plugin boutique ({n.version_string}).",
    ],
    "token": [
        "Authorization: Bearer {token}",
        "jeton de session : {token}",
        "l'appli renvoie le token {token} puis {n.error_code}",
    ],
    "card": [
        "La carte {card} a été débitée deux fois.",
        "J'ai payé avec ma carte {card}",
        "numéro de carte : {card}",
        "Je vois sur ma Visa ({card}) un débit que je ne reconnais pas",
        "Payé avec la Mastercard {card}, expiration {card_expiry}, cryptogramme {cvv}",
    ],
    "cvv": ["Le CVV est {cvv}", "code au dos : {cvv}", "cryptogramme {cvv}"],
    "card_expiry": ["Valable jusqu'au {card_expiry}", "date d'expiration {card_expiry}", "exp. {card_expiry}"],
    "iban": [
        "Merci de rembourser sur {iban} au nom de {f.first} {f.last}.",
        "Mon numéro de compte est {iban}",
        "IBAN : {iban}",
        "Pouvez-vous verser le montant sur {iban} ? C'est mon nouveau compte.",
        "La domiciliation est encore sur {iban} mais ça doit devenir {iban}.",
        "compte {iban} (Belfius)",
    ],
    "bsn": [
        "Mon numéro de registre national est {bsn}",
        "NN : {bsn}",
        "numéro national {bsn} (il est sur ma carte d'identité)",
        "Registre national : {bsn}",
    ],
    "email": [
        "Vous pouvez m'écrire à {email}",
        "mon adresse mail est {email}",
        "Le compte est sur {email} mais je ne reçois rien.",
        "e-mail : {email}",
        "Envoyez les billets à {email} svp, pas à l'ancienne adresse",
    ],
    "phone": [
        "Appelez-moi au {phone}",
        "mon numéro c'est le {phone}",
        "Tél : {phone}",
        "Je suis joignable au {phone} après {n.time}.",
        "Le livreur peut m'appeler au {phone}, la sonnette ne marche pas",
        "GSM {phone}",
    ],
    "address": [
        "Mon adresse est {address}",
        "Adresse de livraison : {address}",
        "Il s'agit du logement situé {address}",
        "J'habite {address}, au 3e étage.",
        "Le colis devait arriver au {address} mais a été livré ailleurs",
        "adresse de prise en charge {address}",
    ],
    "date_of_birth": [
        "Date de naissance : {date_of_birth}",
        "je suis né le {date_of_birth}",
        "née le {date_of_birth}",
        "Ma date de naissance est le {date_of_birth}, elle est peut-être mal encodée.",
    ],
    "customer_number": [
        "Numéro client {customer_number}",
        "mon n° de client est {customer_number}",
        "Référence locataire : {customer_number}",
        "Code EAN : {customer_number}",
        "Numéro de contrat {customer_number}",
        "n° d'abonné {customer_number}",
        "numéro de membre {customer_number}",
    ],
    "ip_address": [
        "Mon adresse IP est {ip_address}, elle est peut-être bloquée ?",
        "Je me connecte depuis {ip_address} et j'ai l'erreur {n.error_code}",
        "IP {ip_address} port {n.port}",
    ],
}

NEGF = [
    "J'ai déjà appelé le {n.company_phone} mais j'ai attendu {n.dur}.",
    "Le numéro de dossier était {n.ticket_number}, donné par votre collègue.",
    "Selon {n.url} ça devait être réglé en {n.dur}.",
    "Version de l'appli {n.version_string} sur un {n.model_number}.",
    "Facture {n.invoice_number} du {n.date}, montant {n.amount}.",
    "Votre mail dit que la carte se termine par {n.masked_value}, donc c'est bien mon paiement.",
    "Même votre numéro d'entreprise {n.company_registration} est faux sur la facture",
    "Il est {n.time} et toujours personne.",
]

OPEN_CHAT = ["Bonjour,", "Bonsoir", "Salut", "Bjr", "Bonjour {f.brand},", "Hello", "Re-bonjour,", "Allo ?"]
CLOSE_CHAT = ["Merci d'avance !", "Merci de me répondre rapidement", "Bonne journée", "mrc", "Cdt, {f.first}", "J'en ai marre.", "Merci bcp", "A+"]
OPEN_MAIL = ["Madame, Monsieur,", "Bonjour,", "Chère équipe {f.brand},", "Bonjour à vous,", "Madame, Monsieur, bonjour"]
CLOSE_MAIL = ["Cordialement,", "Bien à vous,", "Salutations distinguées,", "Meilleures salutations,", "Dans l'attente de votre retour, bien cordialement,"]
SIG = [
    "{f.first} {f.last}\n{address}\nGSM : {phone}",
    "{f.first} {f.last}\n{phone}",
    "{f.first}\n\nEnvoyé de mon iPhone",
    "{f.first} {f.last} - {email} - {phone}",
    "{f.first} {f.last}\nN° client : {customer_number}",
    "--\n{f.first} {f.last}\nTél. {phone}",
]
QHDR = [
    "Le {n.date} à {n.time}, {f.brand} Service clients a écrit :",
    "Le {n.date} {n.year} à {n.time}, {f.agent} de {f.brand} a écrit :",
    "-----Message d'origine-----\nDe : {f.brand} Service clients\nEnvoyé : {n.date} {n.time}\nObjet : Votre demande {n.ticket_number}",
]
CUST_QHDR = [
    "Le {n.date} à {n.time}, {f.first} {f.last} <{email}> a écrit :",
    "De : {f.first} {f.last} <{email}>\nEnvoyé : {n.date} {n.time}\nObjet : RE: {n.ticket_number}",
]
FWD = [
    "---------- Message transféré ---------\nDe : {f.first} {f.last} <{email}>\nDate : {n.date} {n.year}\nObjet : Tr: commande {n.order_number}",
    "Début du message réexpédié :\n\nDe: {f.first} <{email}>\nDate: {n.date} à {n.time}",
]
DISCL = [
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur.",
    "Pensez à l'environnement avant d'imprimer ce courriel. N° d'entreprise {n.company_registration}.",
]

AGENT = [
    "Bonjour {f.first}, désolés que votre commande {n.order_number} ne soit pas arrivée ! Nous remboursons {n.amount} sur la carte se terminant par {n.masked_value}. Bonne soirée, {f.agent}",
    "Bonjour {f.first}, merci pour votre message. Pouvez-vous nous envoyer votre numéro client en message privé ? Ne partagez pas vos données ici. ^{f.agent}",
    "Bonjour ! J'ai modifié votre adresse en {address:last}. Le livreur passera demain entre {n.time} et {n.time}. {f.agent}",
    "Bonjour {f.first}, je vois votre demande {n.ticket_number}. Pour la vérification, il nous faut votre date de naissance. Vous pouvez aussi nous appeler au {n.company_phone}.",
    "Bonjour {f.first}, votre mot de passe a été réinitialisé. Mot de passe temporaire : {password}. Choisissez-en un nouveau à la première connexion. Cordialement, {f.agent} | {f.brand}",
    "Merci {f.first}. J'ai bien noté l'IBAN {iban:last}; le remboursement de {n.amount} suivra sous {n.dur}. ^{f.agent}",
    "Bonjour, ne communiquez jamais votre code PIN ou mot de passe, même à nous. J'ai masqué votre message par précaution. Infos sur {n.url}. {f.agent}",
    "Bonjour {f.first}, le technicien vous appellera au {phone:last} dès qu'il sera en route. Votre demande porte le numéro {n.ticket_number}. {f.agent}",
    "Bonjour {{prénom}}, nous avons bien reçu votre demande sous le numéro {n.ticket_number}. Réponse sous {n.dur}. Cordialement, {f.agent} - {f.brand}",
    "Bonjour {f.first}, votre colis {n.tracking_number} vous attend au point relais. Code de retrait : {otp}. Bonne journée, {f.agent}",
]

PUBLIC = [
    "{n.mention} ça fait {n.dur} que j'attends ma commande. Service nul {n.hashtag}",
    "{n.mention} pourquoi vous ne répondez pas à mes DM ? Dossier {n.ticket_number} {n.hashtag}",
    "Encore pas d'eau à {f.city} depuis {n.time} {n.hashtag} {n.mention}",
    "{n.mention} appelez-moi svp au {phone}, le chat ne sert à rien",
    "Colis {n.tracking_number} 'livré' mais introuvable {n.mention} {n.hashtag}",
    "{n.mention} je paie {n.amount} par mois pour un appart plein de moisissures {n.hashtag}",
    "{n.mention} écrivez-moi à {email}, personne ne répond en privé",
    "{n.mention} {n.mention} toujours pas remboursé de {n.amount}, voir {n.url}",
]

FULL = [
    "Nom : {f.first} {f.last}\nAdresse : {address}\nTél : {phone}\nMail : {email}\nN° client : {customer_number}",
    "Je vous copie le sms :\n\"Votre code {f.brand} est {otp}. Ne le partagez avec personne.\"\nJe l'ai entré mais j'ai l'erreur {n.error_code}",
    "coordonnées pour le remboursement :\nau nom de {f.first} {f.last}\n{iban}\nmontant {n.amount}\ncommunication {n.order_number}",
    "Le technicien peut passer : {address}. Boîte à clés code {pin}, wifi {f.ssid} clé {wifi_key}. Tél {phone}.",
    "Je suis {f.first} {f.last}, NN {bsn}, domicilié {address}. Je demande le remboursement de la garantie locative sur {iban}.",
    "Pouvez-vous vous connecter pour vérifier ? {username} / {password}. Ma date de naissance : {date_of_birth}",
]

NEGX = [
    "Téléphone : {n.model_number}, appli {n.version_string}.", "J'utilise l'appli sur mon {n.model_number} (version {n.version_string}).",
    "Dans le message d'erreur il y avait aussi l'identifiant {n.request_id}.", "Request ID : {n.request_id}",
    "La somme de contrôle ne correspond pas : {n.checksum}", "Le hash du firmware était {n.checksum}.",
    "Le modem utilise le port {n.port}, il faut l'ouvrir ?", "Le technicien a demandé si le port {n.port} était fermé.",
    "Référence article {n.product_code} sur le ticket.", "Il s'agit du produit {n.product_code}.",
    "Voir facture n° {n.invoice_number}.", "Sur la facture {n.invoice_number} il y a un montant de {n.amount}.",
    "Je devais prendre le vol {n.flight_number} à {n.time}.", "Mon vol {n.flight_number} a atterri à {n.time}, pas de taxi.",
    "Index du compteur aujourd'hui : {n.meter_reading}", "L'index était de {n.meter_reading} au dernier relevé.",
    "Sur votre site {n.url} c'est écrit autre chose.", "J'ai déjà rempli le formulaire sur {n.url}.",
    "Votre numéro d'entreprise est bien {n.company_registration} ?", "TVA {n.company_registration} sur la facture.",
    "C'est comme ça depuis {n.year}.", "Ça dure depuis {n.year}.",
]
