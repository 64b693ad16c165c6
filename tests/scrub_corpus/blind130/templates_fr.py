# Belgian French templates.
BODY = {
    "host": [
        "Notre nom de domaine {n:domain} ne répond plus depuis le {n:date}, erreur {n:error_code}. Numéro client {p:custnum}",
        "Pouvez-vous me donner le code de transfert (EPP) pour {n:domain}? Celui affiché, {p:epp}, est refusé",
        "Identifiants FTP comme demandé :\nutilisateur : {p:username}\nmot de passe : {p:password}\nport {n:port}",
        "Le serveur {p:ip_address} est sur liste noire depuis la mise à jour {n:version_string}. Ticket {n:ticket_number}",
        "Voici le token d'accès pour l'API : {p:token}. Merci de le supprimer après le test",
        "La facture {n:invoice_number} de {n:amount} a été prélevée deux fois sur mon compte {p:iban}",
    ],
    "ins": [
        "Déclaration de sinistre du {n:date}, dossier {n:ticket_number}. Police n° {p:custnum}. Mon numéro national : {p:bsn_be}",
        "Merci de verser l'indemnité sur le compte {p:iban}. Vous pouvez me joindre au {p:phone}",
        "Nous avons déménagé au {p:address}, merci d'adapter l'assurance incendie (contrat {p:custnum})",
        "Je suis née le {p:date_of_birth}, NISS {p:bsn_be}. Pourquoi la prime augmente de {n:percentage}?",
        "Impossible de me connecter à l'espace client, identifiant {p:username}, mdp {p:password}, code reçu par SMS {p:otp}",
    ],
    "wash": [
        "Abonnement lavage {p:custnum} résilié mais toujours {n:amount} débités sur {p:iban}",
        "Le code {p:pin} imprimé sur le ticket ne fonctionne pas à la barrière du car wash de {f:city}, il était {n:time}",
        "Votre rouleau a arraché mon rétroviseur ({f:plate}). Rappelez-moi au {p:phone} svp",
        "Ma carte {p:card} a été débitée {n:quantity} le {n:date}. Remboursement svp",
        "Connexion à l'appli impossible : adresse mail {p:email}, mot de passe {p:password}",
    ],
    "rent": [
        "Réservation {n:order_number}, j'atterris avec le vol {n:flight_number} à {n:time}. Mon GSM : {p:phone}",
        "La caution de {n:amount} n'est toujours pas libérée sur ma carte {p:card} (exp. {p:card_expiry}, CVC {p:cvv})",
        "Voiture partagée {f:plate} : le boîtier à clés ne s'ouvre pas avec le code {p:pin}",
        "Kilométrage au retour {n:meter_reading}, vous me facturez {n:amount} de plus. Client n° {p:custnum}",
        "Ma date de naissance est le {p:date_of_birth} et mon adresse {p:address}, c'est pour le contrat de location",
    ],
    "pawn": [
        "Un acheteur sur {f:brand} me demande le code reçu par SMS ({p:otp}) pour « valider le paiement ». C'est une arnaque?",
        "Je vends mon téléphone : code PIN {p:pin}, code PUK {p:puk}. Annonce {n:product_code}",
        "Contrat de prêt sur gage {p:custnum} : échéance le {n:date}, taux {n:percentage}. Puis-je prolonger?",
        "Le vendeur m'a demandé de payer sur {p:iban} et ne répond plus au {p:phone}",
        "Au guichet on m'a demandé mon numéro de registre national {p:bsn_be} et mon email {p:email}. Normal?",
    ],
    "game": [
        "Mon compte PSN a été piraté : email {p:email}, ancien mot de passe {p:password}. {n:amount} d'achats que je n'ai pas faits",
        "Commande {n:order_number} ({f:game}) jamais reçue, numéro de suivi {n:tracking_number}",
        "Carte de fidélité {p:custnum} : mes points ont disparu après l'échange de {n:quantity}",
        "Ma PS5 ({n:model_number}) affiche l'erreur {n:error_code}. Enlèvement au {p:address}?",
        "Pseudo de connexion {p:username}, je ne reçois plus le code de vérification sur le {p:phone}",
    ],
    "appl": [
        "Notre {f:appliance} ({n:model_number}) affiche {n:error_code}. Le technicien passe le {n:date} au {p:address}. Boîte à clés code {p:pin}",
        "Réparation {n:ticket_number} payée {n:amount}, la panne est revenue. Remboursement sur {p:iban} svp",
        "L'appli demande la clé wifi : réseau {f:ssid}, clé {p:wifi_key}. Toujours l'erreur {n:error_code}",
        "Contrat d'entretien {p:custnum} — le {f:appliance} fuit. Appelez-moi au {p:phone} après {n:time}",
        "Le code de la grille est {p:pin}, sonnez chez {f:name}",
    ],
}

AGENT = [
    "Bonjour {f:first}, désolés pour ce désagrément. Envoyez-nous votre numéro client en message privé. Ne partagez jamais votre mot de passe. {f:agent}",
    "Merci {f:first}. Le remboursement de {n:amount} sera versé sur {p:iban} sous 7 jours ouvrables. Réf. {n:ticket_number}. {f:agent}",
    "Le technicien passera le {n:date} entre {n:time} et {n:time} au {p:address}. Questions? {n:company_phone}. {f:agent}",
    "Votre mot de passe provisoire est {p:password}. Changez-le dès votre connexion sur {n:url}. Cordialement, {f:agent}",
    "Nous ne demandons jamais de code SMS. Si vous avez communiqué le code {p:otp}, appelez Card Stop au {n:company_phone}. {f:agent}",
    "J'ai mis à jour votre numéro {p:phone} dans le dossier client {p:custnum}. Bonne journée! {f:agent}",
]

GREET = ["Bonjour,", "Madame, Monsieur,", "Bonjour {f:brand},", "Bonsoir,", "Chère équipe,", "Bjr,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,", "Bàv,", "Meilleures salutations,"]
SIG = [
    "{f:name}\n{p:address}\nGSM : {p:phone}",
    "{f:name}\n{p:email}",
    "{f:first}\n\nEnvoyé de mon iPhone",
    "{f:name} - client n° {p:custnum}",
    "{f:name}\nTél. {p:phone}",
]
QUOTE_HDR = ["Le {n:date} à {n:time}, Service clientèle {f:brand} a écrit :", "De : Service clients {f:brand}\nEnvoyé : {n:date} {n:time}\nObjet : RE: dossier {n:ticket_number}"]
FWD_HDR = ["---------- Message transféré ---------\nDe : {f:name} <{p:email}>\nDate : {n:date}\nÀ : Service clients {f:brand}",
           "De: {f:name} <{p:email}>\nEnvoyé: {n:date} {n:time}\nÀ: {f:brand}"]
DISCLAIMER = ["Ce message est confidentiel. Numéro d'entreprise {n:company_registration}.", "Pensez à l'environnement avant d'imprimer ce mail.", "TVA {n:company_registration} - RPM Liège"]
SUBJECT = ["Objet : réclamation {n:ticket_number}", "Objet : question", "Objet : RE: facture {n:invoice_number}", "Objet : URGENT"]
PUBLIC = ["{n:mention} {BODY} {n:hashtag}", "Honteux {n:mention} ! {BODY}", "{BODY} {n:mention}", "{n:mention} toujours pas de réponse... {BODY}"]
CHAT = ["{BODY}", "Bonjour\n{BODY}", "{BODY}\nMerci", "Slt {BODY}", "{BODY}\n\nMerci d'avance"]

BODY_PAIRS = [
    ("pawn", "J'ai vendu mon GSM chez vous, la carte SIM est restée dedans : PUK {p:puk}, PIN {p:pin}. Annonce {n:product_code} ({n:year})",
             "Mon téléphone demande le code PUK, sur la carte il y a {p:puk}. Commande {n:order_number}"),
    ("host", "Jeton d'accès personnel pour le déploiement : {p:token}. Erreur {n:error_code}, request-id {n:request_id}",
             "L'en-tête Authorization: Bearer {p:token} est refusé ({n:error_code}, id {n:request_id})"),
    ("host", "Clé API {p:api_key} refusée depuis la version {n:version_string}. Somme de contrôle : {n:checksum}",
             "Clé d'accès {p:aws_key_id}, clé secrète {p:aws_secret}. SHA256 de la sauvegarde {n:checksum}"),
    ("appl", "Réseau {f:ssid}, mot de passe wifi {p:wifi_key}. Le lave-vaisselle ({n:model_number}) de {n:year} ne se connecte pas",
             "Clé WPA : {p:wifi_key} (réseau {f:ssid}), pour la mise à jour {n:version_string}"),
    ("ins", "Date de naissance : {p:date_of_birth}\nN° registre national : {p:bsn_be}\nCompte : {p:iban}\nVéhicule de {n:year}",
            "Pour l'assurance voyage : né le {p:date_of_birth}, NISS {p:bsn_be}, départ le {n:date} vol {n:flight_number}"),
    ("rent", "Payé avec la carte {p:card}, valable jusqu'au {p:card_expiry}, cryptogramme {p:cvv}. Colis clé : {n:tracking_number}",
             "carte {p:card} exp {p:card_expiry} CVV {p:cvv}, caution de {n:amount} svp. Connexion depuis l'IP {p:ip_address}"),
]
DISCLAIMER.append("Ce courriel est destiné uniquement à son destinataire. N° BCE {n:company_registration}.")
PUBLIC[1] = "Honteux {n:mention} ! {BODY} {n:hashtag}"
AGENT_SIG = ["Cordialement,\n{f:agent}\nService clientèle {f:brand}\nTél. {n:company_phone}",
             "Bien à vous, {f:agent} ({f:brand})\n{n:company_phone} - {n:url}",
             "{f:agent} | {f:brand} | TVA {n:company_registration}",
             "Meilleures salutations,\n{f:agent}\nNuméro gratuit : {n:company_phone}"]
