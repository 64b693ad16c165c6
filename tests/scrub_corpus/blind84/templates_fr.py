"""Belgian French templates."""

BODIES = {
"garage": [
    "Bonjour, je voudrais prendre rdv pour l'entretien de ma {=car} ({=plate}). N° client {customer_number}. Dispo le {!date} vers {!time}. Mon gsm: {phone}",
    "Ma voiture est chez vous depuis le {!date} pour le contrôle technique et toujours rien... kilométrage {!meter_reading}. Rappelez-moi au {phone}",
    "Les clés sont dans la boîte à clés à côté du garage, code {pin}. Adresse: {address}",
    "Bjr, possible de déplacer mon rendez-vous du {!date} à {!time}? Plaque {=plate}. Merci, {=first} ({phone})",
    "Après la révision (facture {!invoice_number}, {!amount}) le témoin moteur s'allume encore, code défaut {!error_code}. Client n° {customer_number}",
    "J'ai déménagé : nouvelle adresse {address}. Pouvez-vous mettre à jour mon dossier client {customer_number}? email {email}",
],
"warranty": [
    "Demande de garantie : la batterie de ma {=car} est morte après {!quantity}. Achetée en {!year}, dossier {!ticket_number}, n° de contrat {customer_number}",
    "J'ai payé la réparation ({!amount}) moi-même, merci de rembourser sur le compte {iban} au nom de {=name}",
    "La pièce {!product_code} est refusée sous garantie alors que j'ai seulement {!meter_reading}. Je veux introduire une plainte. Tél {phone}",
    "Colis retour envoyé, suivi {!tracking_number}. Remboursement sur {iban} svp, pas sur l'ancien compte",
],
"lease": [
    "Bonjour, mon contrat de leasing {customer_number} se termine le {!date}. Je souhaite prolonger. Ma nouvelle adresse : {address}",
    "Changement de domiciliation pour la mensualité de {!amount} : nouveau compte {iban}. Contrat {customer_number}, né le {date_of_birth}",
    "Pour l'analyse de crédit vous demandez mon numéro de registre national : {bsn}. Date de naissance {date_of_birth}. C'est sécurisé ici??",
    "Impossible de me connecter au portail leasing. Identifiant {username}, mot de passe {password}, erreur {!error_code}",
    "Dégâts sur la voiture de leasing ({=plate}) déclarés le {!date}, sinistre {!ticket_number}. Joignable au {phone} ou {email}",
],
"roadside": [
    "En panne sur la E411 à hauteur de Wavre, n° de membre {customer_number}. Rappelez-moi au {phone} svp!!",
    "La voiture ne démarre plus, je suis devant chez moi {address}. membre {customer_number}, ça prend combien de temps?",
    "Le dépanneur est passé (intervention {!ticket_number}) mais la voiture doit aller au garage. Affiliation {customer_number}. Véhicule de remplacement possible? Je prends le vol {!flight_number} demain",
    "J'ai perdu ma carte de membre, date de naissance {date_of_birth}, adresse {address}",
],
"ev": [
    "Ma carte de recharge ({customer_number}) est refusée à la borne {!product_code}. Erreur {!error_code}, appli version {!version_string}",
    "Je suis déconnectée de l'appli. Login : {email} mdp : {password}. Le code SMS {otp} ne marche pas",
    "Session de recharge du {!date} facturée deux fois : {!quantity} pour {!amount}. Carte n° {customer_number}. Remboursement sur {iban} svp",
    "Pouvez-vous bloquer ma carte de recharge, je l'ai perdue. Numéro {customer_number}, liée à {email}",
    "je reçois le code de vérification {otp} mais l'app en redemande un... mon identifiant c'est {username}",
],
"sharing": [
    "La voiture partagée {=plate} n'est pas à l'emplacement ({address}). Réservation {!order_number}. Je dois partir à {!time}!",
    "Trottinette bloquée, l'appli affiche {!error_code}. Pourtant {!amount} débités sur la carte {!masked_value}",
    "Nouvelle carte bancaire : {card} exp {card_expiry} cryptogramme {cvv}. Vous pouvez l'ajouter? l'app bug",
    "Compte bloqué après une amende. Date de naissance {date_of_birth}, n° de compte {customer_number}",
    "Identifiants : {username} / {password}. Impossible de démarrer un trajet, batterie {!percentage}",
],
"charity": [
    "Je souhaite arrêter mon ordre permanent de {!amount} par mois. Numéro de donateur {customer_number}. Compte {iban}",
    "Pour l'attestation fiscale de mes dons de {!year}: registre national {bsn}, adresse {address}. Merci!",
    "Deux prélèvements de {!amount} ce mois-ci sur {iban}. Contactez-moi par mail {email}",
    "Je veux augmenter mon don mensuel à {!amount}. {=name}, né(e) le {date_of_birth}, NN {bsn}",
    "L'attestation fiscale n'indique pas votre n° d'agrément ni {!company_registration}. Donateur {customer_number}",
],
"fundraise": [
    "Ma page de collecte {!url} n'affiche pas les dons. Je me connecte avec {email} et le mot de passe {password}",
    "Le code de connexion reçu par mail ({otp}) a expiré. Page : {!url}",
    "Un donateur m'a appelé sur mon numéro privé {phone} à propos de ma collecte, comment l'a-t-il eu?",
],
"security": [
    "Quelqu'un s'est connecté à mon compte depuis {ip_address}! J'ai changé mon mot de passe {password} en {password}",
    "J'ai reçu un SMS avec le code {otp} sans rien demander. Arnaque? Mon n° client est {customer_number}",
    "Le token de l'intégration flotte {token} ne fonctionne plus (request id {!request_id})",
    "Pour l'API on utilise la clé {api_key}, on reçoit {!error_code} depuis le {!date}",
    "La SIM de la voiture demande le PUK : {puk}. Le code PIN était {pin}",
],
"wallbox": [
    "La borne ({!model_number}) ne se connecte pas au wifi. Réseau {=ssid}, clé {wifi_key}. Firmware {!version_string}",
    "L'installateur a configuré l'IP {ip_address}, port {!port}. Code EAN du raccordement {customer_number}",
    "Clé wifi de la borne : {wifi_key}. Depuis la mise à jour {!version_string} elle est hors ligne. Somme de contrôle {!checksum}",
],
"payment": [
    "Paiement refusé. Numéro de carte {card}, date d'expiration {card_expiry}, CVC {cvv}. Troisième essai",
    "Pourquoi {!amount} en attente? Je paie par domiciliation depuis {iban}. Facture {!invoice_number}",
    "Vous avez débité ma carte {!masked_value} pour une location que je n'ai pas faite. Commande {!order_number}",
],
"public": [
    "{!mention} ça fait {!duration} que j'attends le dépanneur {!hashtag}",
    "{!mention} borne {!product_code} encore en panne, {!error_code} à l'écran {!hashtag}",
    "Merci {!mention}! Dépanné en {!duration} sur l'autoroute {!hashtag}",
    "{!mention} {!amount} pour un entretien et la remise de {!percentage} oubliée?? Sérieux",
    "J'ai donné {!amount} à {!mention}, faites pareil: {!url} {!hashtag}",
],
}

AGENT = [
    "Bonjour {=first}, désolés! Envoyez-nous votre n° client et votre plaque en DM? ^{=initials}",
    "Merci. Je vois le n° client {customer_number:c} et j'ai ouvert le dossier {!ticket_number}. Réponse sous {!duration}. {=agent}",
    "Cher/chère {=macro}, votre rendez-vous est fixé le {!date} à {!time}. Questions? Appelez le {!company_phone}.",
    "Ne partagez jamais votre mot de passe ou code PIN avec nous. Changez-le via {!url}. ^{=initials}",
    "Le montant de {!amount} a été remboursé sur le compte {!masked_value}.",
    "Bonjour {=first}, votre don sera prélevé à partir du {!date} sur {iban:i}. Numéro de donateur : {customer_number:c}. Merci! {=agent}",
]

GREET = ["Bonjour,", "Madame, Monsieur,", "Bonjour {=brand},", "Bonsoir,", "Cher service client,", "Bonjour {=agent},"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv,", "Bonne journée,"]
SIG = ["{=name}", "{=name}\n{phone}", "{=name}\n{address}\nGSM : {phone}", "{=first}\n\nEnvoyé de mon iPhone", "{=name} - {email}", "{=first} {=last}\nN° client {customer_number:c}"]
QHEAD = ["Le {!date} à {!time}, {=brand} <service@{=domain}> a écrit :", "-------- Message d'origine --------\nDe : {=brand} <info@{=domain}>\nDate : {!date}\nObjet : Votre dossier {!ticket_number}",
         "Le {!date}, {=agent} ({=brand}) a écrit :", "De : {=brand}\nEnvoyé : {!date} {!time}\nObjet : RE: dossier {!ticket_number}"]
DISCLAIM = ["Ce message est destiné exclusivement à son destinataire. {=brand}, {!company_registration}.",
            "Pensez à l'environnement avant d'imprimer ce mail.",
            "Ce courriel et ses annexes sont confidentiels. {!company_registration}",
            "Si vous avez reçu ce message par erreur, merci de le supprimer."]
AGENT_SIG = ["Cordialement,\n{=agent}\nService clientèle {=brand}\n{!company_phone} | {!url}",
             "Bien à vous,\n{=agent} - {=brand}\nT {!company_phone}\n{!company_registration}",
             "Avec nos remerciements,\n{=agent}\nService donateurs {=org}\n{!company_phone}",
             "Cordialement,\n{=agent}, Assistance dépannage\nJoignable au {!company_phone} (24h/24)"]
CHAT_OPEN = ["Bonjour, ", "Bjr ", "Salut, ", "Bonsoir. ", "Hello, ", "Re, "]
CHAT_TAIL = [" Merci d'avance", " bàv {=first}", " Merci!", " Bonne journée", "!!", " cdt"]

BODIES["misc"] = [
    "La borne écoute sur {ip_address}:{!port} mais l'appli ne la trouve pas. Code SMS reçu {otp}. Date de naissance pour vérif : {date_of_birth}",
    "Le technicien passe le {!date}. Wifi : {=ssid} / {wifi_key}. La somme de contrôle du firmware ({!checksum}) ne correspond pas",
    "Facture {!invoice_number} incorrecte. Colis avec la nouvelle carte ({!tracking_number}) jamais reçu. Code {otp}, née le {date_of_birth}",
    "Le jeton d'accès {token} du portail développeur renvoie {!error_code}, request id {!request_id}. Version {!version_string}",
    "port {!port} ouvert sur le routeur ({ip_address}) pour la wallbox, c'est sûr? Identifiant {username}, code reçu par mail {otp}. PUK de la SIM de la borne : {puk}",
    "Terminal de paiement au garage : carte {card}, valable jusqu'au {card_expiry}, code de sécurité {cvv}. Commande {!order_number}",
    "Pièces commandées (facture {!invoice_number}), envoyées avec {!tracking_number}. Appelez le {phone}, né le {date_of_birth}. Notre ancienne clé API {api_key} peut être supprimée",
    "Atterri avec le vol {!flight_number} à {!time}, la voiture partagée ({!model_number}, année {!year}) ne s'ouvre pas. Code PUK {puk}, clé API de la société {api_key}",
    "Don via l'appli : code unique {otp} puis erreur à {!percentage}. Compte {iban}",
    "Nouvelle clé wifi pour la borne : {wifi_key}. Merci de révoquer l'ancien token {token}. Version {!version_string}, CVV {cvv}",
]
