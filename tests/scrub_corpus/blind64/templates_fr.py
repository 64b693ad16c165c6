# Belgian French (fr-be) templates.
G = {}

G["fr_pharmacy"] = [
    "Bonjour, je voudrais récupérer ma prescription de {f:med} mais la pharmacie me dit que l'ordonnance électronique n'est pas visible. Mon numéro de registre national est {s:bsn}, née le {s:date_of_birth}.",
    "slt, ma commande {n:order_number} ({n:quantity}) est prête? mon gsm {s:phone}",
    "Vous avez débité deux fois {n:amount} sur ma carte. Merci de rembourser sur le compte {s:iban} au nom de {f:fullname}.",
    "Pouvez-vous livrer à domicile? Adresse: {s:address}. Je suis alitée. Tél {s:phone} ou {s:email}",
    "Impossible de me connecter à l'appli de la pharmacie. Identifiant {s:username}, mot de passe {s:password}. Message {n:error_code}.",
    "J'ai reçu un SMS avec le code {s:otp} alors que je n'ai rien demandé?? N° client {s:customer_number}",
    "Le code du casier de retrait ({s:pin}) ne fonctionne pas, j'étais là à {n:time}. Casier 4.",
    "Le produit reçu ({n:product_code}) n'est pas celui prescrit par {f:doctor}. J'ai payé {n:amount} par carte {s:card}.",
]

G["fr_dentist"] = [
    "Bonjour, j'ai reçu la facture {n:invoice_number} de {n:amount} pour les soins du {n:date}, alors que j'ai déjà payé par virement depuis {s:iban}. Merci de vérifier.",
    "Je souhaiterais un plan de paiement pour la facture du dentiste. N° de patient {s:customer_number}, date de naissance {s:date_of_birth}.",
    "Pourriez-vous déplacer mon rendez-vous du {n:date} à {n:time}? Je suis joignable au {s:phone}. Bien à vous, {f:first}",
    "Le paiement en ligne refuse ma carte {s:card} (exp. {s:card_expiry}, cryptogramme {s:cvv}). Comment payer les {n:amount}?",
    "Mon fils {f:first} (né le {s:date_of_birth}) s'est cassé une dent. Urgence possible aujourd'hui? {s:phone}",
    "Le remboursement de {n:amount} devait arriver sur {s:iban}, toujours rien. Réf {n:ticket_number}",
    "Merci d'envoyer l'attestation de soins à {s:email}, pas par courrier. Mon adresse a changé de toute façon: {s:address}",
]

G["fr_mutuality"] = [
    "Bonjour, j'ai déposé mes attestations de soins le {n:date} mais je n'ai toujours pas été remboursée. Numéro d'affiliation {s:customer_number}, compte {s:iban}.",
    "Je n'arrive pas à me connecter avec itsme sur le site de la mutualité, erreur {n:error_code}. Mon NISS: {s:bsn}. Mon gsm: {s:phone}",
    "Le code PIN de ma carte eID est {s:pin} mais MyHealth dit qu'il est faux. Puis-je utiliser le PUK {s:puk}?",
    "Nouveau numéro de compte pour la domiciliation: {s:iban}. Affilié {s:customer_number}. Merci!",
    "Pourquoi mon ticket modérateur est-il de {n:amount}? J'ai le statut BIM. N° de registre national {s:bsn}",
    "Voici mes coordonnées complètes:\nNom: {f:fullname}\nNé le: {s:date_of_birth}\nNISS: {s:bsn}\nAdresse: {s:address}\nCompte: {s:iban}",
    "Nous déménageons au {s:address} à partir du {n:date}. Pouvez-vous adapter l'assurance hospitalisation? Contrat {s:customer_number}",
    "Mon identifiant est {s:username} et le mot de passe {s:password}, pourtant l'espace membre dit 'accès refusé'. Version de l'appli {n:version_string}",
]

G["fr_hospital"] = [
    "J'ai reçu une facture d'hôpital de {n:amount} pour une hospitalisation du {n:date}. N° de dossier patient {s:customer_number}. L'assurance devait couvrir {n:percentage}.",
    "Service facturation, merci d'envoyer les factures à {s:email}. Mon registre national: {s:bsn}",
    "Le code pour le parking patients ({s:pin}) ne fonctionne pas à la barrière. RDV à {n:time}.",
    "Code de vérification du portail patient: {s:otp}, il expire avant que je puisse l'encoder. Adresse IP indiquée: {s:ip_address}",
    "Mon père est hospitalisé, il voudrait utiliser son propre partage de connexion, clé {s:wifi_key}, mais ça ne marche pas. À qui s'adresser?",
]

G["fr_homecare"] = [
    "Pour l'infirmière à domicile: la clé est dans la boîte à clés, code {s:pin}. Adresse {s:address}. En cas de souci {s:phone}",
    "La télévigilance doit se connecter au wifi. Réseau Proximus-Home, clé {s:wifi_key}. Merci de transmettre au technicien.",
    "Nouveau code du portail chez maman ({s:address}): {s:pin}. L'ancien était {s:pin}. Dossier {s:customer_number}",
    "Le kiné passe à {n:time}, le code de la porte d'entrée c'est {s:pin}, 2e étage. Merci!",
]

G["fr_it"] = [
    "Nous sommes un cabinet médical; l'API de prescription renvoie {n:error_code} sur le port {n:port}. Clé API {s:api_key}, request id {n:request_id}.",
    "Le lien de réinitialisation {n:url} est expiré. Le jeton dans le mail: {s:token}. Login du cabinet: {s:username}",
]

G["fr_public"] = [
    "{n:mention} 2 mois que j'attends le remboursement de {n:amount}, dossier {n:ticket_number}. Inadmissible {n:hashtag}",
    "{n:mention} rappelez-moi au {s:phone} svp, personne ne décroche au {n:company_phone} {n:hashtag}",
    "{n:mention} vous avez prélevé {n:amount} sur {s:iban} sans domiciliation! Contactez-moi: {s:email}",
    "{n:mention} l'appli plante depuis la version {n:version_string} {n:hashtag}",
    "{n:mention} j'ai envoyé mon n° d'affilié {s:customer_number} et ma date de naissance {s:date_of_birth} en MP, pas de réponse",
    "Toujours pas de réponse {n:mention} {n:hashtag} {n:hashtag}",
]

AGENT = [
    "Bonjour {f:first}, merci pour votre message. Nous avons bien enregistré votre nouveau compte {s:iban}. Le remboursement de {n:amount} suivra sous 5 jours ouvrables. {f:agent}",
    "Bonjour {f:first}, ne partagez jamais votre mot de passe, même en message privé. Un nouveau lien d'activation a été envoyé à {s:email}. {f:agent}",
    "Madame, Monsieur, votre adresse a été modifiée: {s:address}. Votre numéro d'affilié reste {s:customer_number}. Cordialement, {f:agent} - {f:brand}",
    "Bonjour {f:first}, nous vous rappellerons aujourd'hui entre {n:time} et {n:time} au {s:phone}. Référence {n:ticket_number}. {f:agent}",
    "Bonjour! Pour vérifier votre dossier, pourriez-vous nous envoyer votre date de naissance en privé? Ne publiez jamais votre numéro de registre national ici. {f:agent}",
    "Bonjour {f:first}, la facture {n:invoice_number} de {n:amount} a été réglée le {n:date} par la carte {n:masked_value}. Rien n'est dû. {f:agent}",
    "Bonjour {f:first}, votre demande {n:ticket_number} est acceptée: {n:amount} sera versé sur {s:iban}. Questions? {n:company_phone} ou {n:url}.",
    "Bonjour {f:first}, mot de passe provisoire: {s:password} (identifiant {s:username}). Changez-le dès la connexion. {f:agent}",
]

G["fr_it"] += [
    "Session expirée sans arrêt. Authorization: Bearer {s:token} renvoie {n:error_code}. Compte test {s:username} / {s:password}",
    "Depuis la mise à jour {n:version_string}, le serveur refuse la connexion sur le port {n:port}. Clé API: {s:api_key}\nrequest id {n:request_id}, SHA-256 du fichier {n:checksum}. Contrat {n:year} à renouveler.",
]
G["fr_homecare"] += [
    "Pour installer la tablette de télésurveillance: wifi VOO-4411, mot de passe {s:wifi_key}. Code de la porte {s:pin}. Adresse {s:address}",
    "Le GSM de ma mère est bloqué après 3 codes PIN erronés. Le code PUK sur la carte SIM: {s:puk}. Elle ne peut plus recevoir les codes de la mutuelle. Mon numéro: {s:phone}",
]
G["fr_mutuality"] += [
    "J'ai reçu le courrier pour la cotisation {n:year} ({n:amount}). Mon compte en ligne signale une connexion depuis {s:ip_address}, ce n'était pas moi. Identifiant {s:username}",
    "Intervention énergie dialyse à domicile {n:year}: relevé du compteur le {n:date}: {n:meter_reading}, aujourd'hui {n:meter_reading}. Affilié {s:customer_number}",
]
