"""Belgian French (fr-be) templates, with Spanish/German/English fragments from travellers."""

CHAT_FR = [
    "Bonjour, ma valise n'est jamais arrivée à {f:dest} (vol {n:flight_number}). Référence bagage {n:tracking_number}. Mon numéro de contrat: {cust}",
    "vol annulé!!! {n:flight_number} de {n:time}, on est bloqués à l'aéroport avec les enfants. rappelez moi svp au {phone}",
    "Ma carte bancaire a été volée à {f:dest}, numéro {card}, exp {exp}. Merci de faire opposition au plus vite",
    "Bonsoir, le code de la boîte à clés de la location est {pin} mais le propriétaire dit qu'on doit passer par vous?",
    "Je n'arrive pas à me connecter. identifiant: {user} mot de passe: {password}. message d'erreur {n:error_code}",
    "j'ai reçu le code {otp} par sms mais il est refusé, je suis à l'étranger (roaming)",
    "Mon numéro de registre national: {nrn}. L'hôpital à {f:dest} le demande pour la prise en charge",
    "{n:mention} toujours pas de nouvelles de ma valise après {n:qdays}. Dossier {n:ticket_number}. Inadmissible {n:hashtag}",
    "Voici mon IBAN pour le remboursement: {iban}. Police n° {cust}",
    "Bonjour, nouvelle adresse: {addr}. Merci de mettre à jour mon contrat {cust} avant notre départ le {n:date}",
    "Voiture de location abîmée, {f:rental} me réclame {n:amount}!! Contrat {n:order_number}. Vous pouvez m'appeler au {phonef}, c'est mon numéro espagnol",
    "Code wifi de l'hôtel: {wifi} — ça ne marche pas, impossible d'envoyer les photos du sinistre",
    "mon fils (né le {dob}) s'est cassé le bras au ski. frais médicaux {n:amount}. numéro de membre {cust}",
    "el hotel dice que la reserva no existe... réservation {n:order_number} chez {f:booking}. Mon email: {email}",
    "le code PIN de ma nouvelle carte SIM est {pin} et le PUK {puk}, c'est pour l'assurance téléphone",
    "Mon numéro Flying Blue est {ff}, est-ce que les miles sont remboursés aussi? lol",
    "Bonjour, j'ai changé mon mot de passe en {password} mais l'appli (version {n:version_string}) plante toujours",
]

EMAIL_FR = [
    "Je vous écris depuis {f:dest} où nous sommes bloqués depuis le {n:date}. Notre vol {n:flight_number} avec {f:airline} a été annulé sans solution de rechange.\n\nNous avons dû réserver {n:qdays} à l'hôtel ({f:hotel}) pour un total de {n:amount}.\n\nNuméro de police : {cust}\nRéférence de réservation : {n:order_number}\nIBAN : {iban}\nGSM : {phone}\n\nPourriez-vous intervenir rapidement ?",
    "Suite à notre conversation téléphonique, voici les informations demandées pour mon dossier {n:ticket_number} :\n\n- Nom : {f:first} {f:last}\n- Date de naissance : {dob}\n- N° registre national : {nrn}\n- Adresse : {addr}\n- Téléphone : {phone}\n\nLa facture de l'hôpital ({n:invoice_number}) est en pièce jointe.",
    "Ma valise est arrivée endommagée à {f:dest} (poignée arrachée, roue cassée). J'ai fait une déclaration PIR, référence {n:tracking_number}.\nJe souhaite être remboursé(e) de {n:amount} sur le compte {iban}.\nMon numéro client est {cust}.",
    "Je n'arrive plus à accéder à mon espace client. Mon identifiant est {user}. J'ai reçu un code de vérification ({otp}) mais le site affiche « {n:error_code} ».\nJ'utilise un {n:model_number} avec la version {n:version_string} de l'application.",
    "Nous avons annulé notre voyage à {f:dest} pour raison médicale. Le voyagiste retient {n:percentage} du prix ({n:amount}).\nContrat d'assurance annulation : {cust}\nFormule : {n:product_code}\nMerci de rembourser sur {iban} (titulaire {f:first} {f:last}).",
]

AGENT_FR = [
    "Bonjour {f:first}, nous sommes désolés pour votre valise. Votre dossier porte le numéro {n:ticket_number}. Notre assistance est joignable 24h/24 au {n:company_phone}. {f:agent}",
    "Bonjour {f:first}, merci de ne pas publier votre numéro de carte ici. Nous vous contactons en privé. {f:agent}",
    "Bonjour {f:first}, le remboursement de {n:amount} a été effectué sur votre compte {n:masked_value}. Bonne fin de séjour ! {f:agent}",
    "Bonjour {f:first}, pourriez-vous nous confirmer votre date de naissance ({dob} ?) et votre numéro de police {cust} ? Merci, {f:agent}",
    "Bonjour {f:first}, nous avons tenté de vous joindre au {phone}. Rappelez-nous au {n:company_phone} en mentionnant le dossier {n:ticket_number}. {f:agent}",
    "Bonjour {f:first}, votre nouvelle adresse ({addr}) est bien enregistrée. Vous recevrez une confirmation à {email}. {f:agent}",
]

GREET_FR = ["Madame, Monsieur,", "Bonjour,", "Bonjour à vous,", "Chère équipe {f:insurer},", "Bonsoir,", "Madame, Monsieur, bonjour,"]
CLOSE_FR = ["Cordialement,", "Bien à vous,", "Meilleures salutations,", "Merci d'avance,", "Salutations distinguées,", "Bàv,"]
SIG_FR = [
    "{f:first} {f:last}",
    "{f:first} {f:last}\n{addr}\nGSM : {phone}",
    "{f:first}\n\nEnvoyé de mon iPhone",
    "{f:first} {f:last} - {email} - {phone}",
    "{f:first} {f:last}\nN° client {cust}",
    "{f:first}\n\nEnvoyé depuis mon appareil Galaxy",
]
QUOTE_FR = [
    "Le {n:date} à {n:time}, {f:insurer} Service Clients a écrit :",
    "-------- Message d'origine --------\nDe : {f:insurer} Assistance\nDate : {n:date}\nÀ : {email}\nObjet : Votre dossier {n:ticket_number}",
    "Le {n:date}, {f:agent} ({f:insurer}) a écrit :",
]
QBODY_FR = [
    "Bonjour {f:first},\n\nNous avons bien reçu votre déclaration. Numéro de dossier : {n:ticket_number}. Merci de nous transmettre votre IBAN et les factures originales.\n\nCordialement,\n{f:agent}\n{f:insurer} SA - BCE {n:company_registration}",
    "Bonjour {f:first},\n\nVotre mot de passe a été modifié le {n:date} à {n:time}. Si ce n'était pas vous, appelez le {n:company_phone}.",
    "Bonjour {f:first},\n\nNous confirmons le remboursement de {n:amount} sur le compte {iban}.\n\n{f:agent}",
]
DISC_FR = [
    "Ce message et ses annexes sont confidentiels. {f:insurer} SA, numéro d'entreprise {n:company_registration}.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
]
SUBJ_FR = ["Valise perdue", "Vol annulé {n:flight_number}", "Frais médicaux à l'étranger", "RE: dossier {n:ticket_number}", "Remboursement annulation", "Problème de connexion"]

CHAT_FR += [
    "Carte {card} cryptogramme {cvv} exp {exp}, pour payer la franchise svp",
    "Quelqu'un s'est connecté depuis l'IP {ip} sur mon compte!! ancien mot de passe {password}",
    "le lien de réinitialisation contient un jeton {token}, c'est normal de vous l'envoyer?",
    "on m'a demandé le token de l'application: {token}. Voilà",
    "Bonjour, ma femme est à l'hôpital à {f:dest}, son numéro local {phonef}, le mien {phone}. Contrat {cust}",
    "code de vérification: {otp} (reçu à {n:time})",
    "Mon e-mail a changé: {email} — merci de corriger sur la police {cust}",
    "la cerradura del apartamento... code {pin} ne fonctionne pas, on dort où ce soir?? {n:hashtag}",
]
EMAIL_FR += [
    "Je souhaite régler la prime de {n:amount} par carte :\nNuméro : {card}\nDate d'expiration : {exp}\nCode de sécurité : {cvv}\n\nNuméro client : {cust}",
    "Une connexion à mon espace client a eu lieu depuis l'adresse IP {ip} le {n:date} à {n:time}. Ce n'était pas moi, j'étais à {f:dest}.\nLe jeton de session affiché était {token}. Mon identifiant : {user}.",
    "Notre appartement à {f:dest} (réservation {n:order_number} via {f:booking}) était inaccessible : le code de la boîte à clés ({pin}) ne fonctionnait pas.\nNous avons payé {n:amount} pour un hôtel. Mon IBAN : {iban}. Registre national : {nrn}.",
    "Mon mari (né le {dob}) a été hospitalisé à {f:dest}. L'hôpital demande une garantie. Vous pouvez nous joindre au {phonef} ou par mail à {email}.\nPolice {cust}.",
]
AGENT_FR += [
    "Bonjour {f:first}, nous avons détecté une connexion depuis {ip}. Votre compte est bloqué par précaution ; un lien vous a été envoyé à {email}. {f:agent}",
    "Bonjour {f:first}, votre carte se terminant par {n:masked_value} sera débitée de {n:amount}. Police {cust}. {f:agent}",
    "Bonjour {f:first}, nous ne demandons jamais votre code SMS. Le code {otp} est désormais invalide. {f:agent}",
    "Bonjour {f:first}, le remboursement sur {iban} est prévu sous {n:qdays}. {f:agent}",
]

CHAT_FR += [
    "Valise de {n:qkg} perdue, contenu environ {n:amount}. Vol {n:flight_number}, étiquette {n:tracking_number}. Contrat {cust}",
    "L'hôtel m'a facturé {n:qnights} au lieu d'une seule. Réservation {n:order_number}. IBAN {iban}",
]

CHAT_FR += [
    "Notre agence utilise votre API tarifs, clé {apikey}, erreur {n:error_code} depuis ce matin (request {n:request_id})",
    "le wifi de l'hôtel bloque le port {n:port}, mon IP {ip}. Checksum de l'app téléchargée: {n:checksum}",
]
