"""Belgian French (fr-be) templates."""
G = [
("wedding", "chat", [
 "Bonjour, l'acompte de {n:amount} pour le mariage du {n:date} a été versé depuis {p:iban}. Mon GSM : {p:phone}",
 "Coucou, c'est quoi le code du boîtier à clés du château? J'ai {p:pin=door} mais ça ne marche pas. On arrive vers {n:time} avec {n:quantity}",
 "Vous pouvez envoyer le contrat à {p:email} svp, et mon numéro de registre national c'est {p:bsn=rrn}",
]),
("wedding", "mail", [
 "Madame, Monsieur,\n\nVeuillez trouver ci-joint le contrat signé pour notre mariage du {n:date}. Nos coordonnées :\n\nNom : {f:name}\nAdresse : {p:address}\nGSM : {p:phone}\nN° national : {p:bsn=rrn}\nIBAN : {p:iban}\n\nLe menu à {n:amount} par personne pour {n:quantity} nous convient. La salle reste-t-elle disponible jusqu'à {n:time} ?",
 "Bonjour,\n\nLa facture {n:invoice_number} mentionne une TVA de {n:percentage} au lieu de 6 %. Notre numéro client est {p:customer_number}. J'ai déjà payé avec ma Mastercard {p:card}, date d'expiration {p:card_expiry}, cryptogramme {p:cvv}. Merci de rembourser la différence.",
]),
("tax", "chat", [
 "Bonjour, pour la déclaration d'impôts, mon numéro de registre national : {p:bsn}. Celui de mon épouse : {p:bsn=rrn2}",
 "le code itsme c'est {p:otp}, vous pouvez vous connecter à MyMinfin pour moi",
 "Mon identifiant pour votre portail c'est {p:username} et le mot de passe {p:password}, je ne vois pas l'avertissement-extrait de rôle {n:year}",
]),
("tax", "mail", [
 "Bonjour {f:agent},\n\nComme demandé, voici les données pour la procuration :\n\nNuméro de registre national : {p:bsn=rrn}\nDate de naissance : {p:date_of_birth}\nAdresse : {p:address}\nCompte pour le remboursement : {p:iban}\n\nL'avertissement-extrait de rôle {n:year} indique {n:amount}, ce qui me semble beaucoup trop. Notre dossier chez vous : {n:ticket_number}.\n\nBien à vous",
 "Bonjour,\n\nJe n'arrive pas à me connecter à l'espace client. Identifiant : {p:username}, mot de passe : {p:password}. Erreur {n:error_code} à chaque fois. Mon adresse IP : {p:ip_address}. Numéro client : {p:customer_number}. Pouvez-vous me rappeler au {p:phone} ?",
]),
("parking", "chat", [
 "J'ai reçu une redevance alors que l'appli indiquait que j'avais payé. N° client {p:customer_number}, gsm {p:phone}",
 "Ma carte a expiré, voici la nouvelle : {p:card} exp. {p:card_expiry}",
 "Le code SMS n'arrive pas... ah si : {p:otp}. Mon mail c'est {p:email}",
]),
("parking", "mail", [
 "Madame, Monsieur,\n\nLe {n:date} à {n:time}, j'ai stationné en zone bleue et payé {n:amount} via votre application (version {n:version_string}). J'ai pourtant reçu une redevance (réf. {n:ticket_number}).\n\nMes coordonnées :\n{f:name}\n{p:address}\nN° client : {p:customer_number}\n\nMerci de rembourser sur le compte {p:iban}.\n\nCordialement",
 "Bonjour,\n\nNotre intégration API renvoie {n:error_code} depuis le {n:date}. Clé API : {p:api_key}\nJeton d'accès : {p:token}\nID de requête : {n:request_id}\nNuméro d'entreprise : {n:company_registration}",
]),
("micromobility", "chat", [
 "La trottinette est bloquée et le trajet continue, déjà {n:amount} !! compte {p:email}",
 "Je veux résilier mon abonnement n° {p:customer_number} à partir du {n:date}",
 "Vous avez débité deux fois mon compte {p:iban}, merci de rembourser",
 "le code de vérification c'est {p:otp=words} mais l'appli dit code invalide",
]),
("micromobility", "mail", [
 "Bonjour,\n\nLe {n:date}, je suis tombé avec un de vos vélos partagés (n° {n:product_code}), le frein avant ne fonctionnait pas. Frais médicaux : {n:amount}.\n\nNom : {f:name}\nNé le : {p:date_of_birth}\nAdresse : {p:address}\nTél. : {p:phone}\nIBAN : {p:iban}\n\nMerci de traiter ma demande rapidement.",
 "Bonjour,\n\nDepuis la mise à jour {n:version_string}, l'appli me demande un code PIN. J'ai mis {p:pin}, refusé. Mot de passe réinitialisé en {p:password}, toujours rien. Mon identifiant : {p:username}.",
]),
("cleaning", "chat", [
 "Bonjour, l'aide-ménagère peut entrer demain avec le code {p:pin=door} du boîtier. Code alarme : {p:pin=4}",
 "Mon numéro d'utilisateur titres-services est {p:customer_number}, les prestations du {n:date} n'apparaissent pas",
 "Le mot de passe wifi pour le robot : {p:wifi_key}",
]),
("cleaning", "mail", [
 "Bonjour,\n\nJe souhaite une aide-ménagère hebdomadaire via titres-services. Adresse : {p:address}. Vous pouvez me joindre au {p:phone} ou mon mari au {p:phone=2}. Numéro national pour l'inscription : {p:bsn=rrn}.\n\nNous ne sommes jamais là avant {n:time} le mardi.",
 "Bonjour,\n\nLa facture {n:invoice_number} de {n:amount} compte {n:quantity} de trop. N° client {p:customer_number}, date de naissance {p:date_of_birth}. La domiciliation passe par {p:iban}, merci de corriger.",
]),
("repair", "chat", [
 "Mon téléphone est chez vous pour l'écran ({n:model_number}). Code de déverrouillage : {p:pin=6}, identifiant Apple {p:email} mdp {p:password}",
 "après la réparation il demande le PUK : {p:puk} et le code PIN SIM {p:pin=4}",
 "Le technicien doit accéder au modem : login {p:username}, mdp {p:password}, clé wifi {p:wifi_key}",
]),
("repair", "mail", [
 "Bonjour {f:agent},\n\nMon portable ({n:model_number}) ne démarre plus depuis le {n:date}. Pour récupérer les fichiers :\nUtilisateur Windows : {p:username}\nMot de passe : {p:password}\nCode de récupération Microsoft : {p:otp}\n\nN'hésitez pas à m'appeler au {p:phone}. Bon de réparation {n:order_number}.",
 "Bonjour,\n\nPour la session à distance : notre IP fixe est {p:ip_address}, RDP sur le port {n:port}. Le jeton administrateur du portail : {p:token}\nFacture au nom de la SRL, numéro d'entreprise {n:company_registration}. Somme de contrôle du backup : {n:checksum}",
]),
("any", "pub", [
 "{n:mention} ça fait {n:quantity} que j'attends au {n:company_phone}, c'est honteux {n:hashtag}",
 "{n:mention} vous m'avez facturé deux fois ({n:amount}), mon numéro client est {p:customer_number}. Remboursez svp !",
 "{n:mention} dossier {n:ticket_number} toujours pas traité depuis le {n:date}. Appelez-moi au {p:phone} {n:hashtag}",
 "{n:mention} votre site {n:url} affiche {n:error_code} depuis ce matin {n:hashtag}",
]),
("any", "agent", [
 "Bonjour {f:first}, merci pour votre message. J'ai débloqué votre compte ({p:email}). Vous pouvez choisir un nouveau mot de passe via {n:url}. Bonne journée, {f:agent}",
 "Bonjour {first_name}, ne partagez jamais votre mot de passe ou code PIN. Appelez-nous au {n:company_phone} (jusqu'à {n:time}). Cordialement, {f:agent}",
 "Bonjour {f:first}, le remboursement de {n:amount} sera effectué sous {n:quantity} sur le compte {p:iban}. Dossier {n:ticket_number}. ^{f:agent}",
 "Bonjour {f:first}, j'ai modifié votre adresse : {p:address}. Votre GSM {p:phone} est-il toujours correct ? {f:agent}",
 "Bonjour, nous voyons le paiement avec la carte se terminant par {n:masked_value} le {n:date}. Facture {n:invoice_number}. {f:agent}",
 "Bonjour {f:first}, votre numéro client {p:customer_number} est lié au nouveau contrat. À bientôt ! {f:agent}",
]),
]
G += [
("any", "chat", [
 "Erreur {n:error_code} dans l'appli ({n:version_string}). Notre clé API {p:api_key}, jeton {p:token}",
 "l'intégration avec notre logiciel comptable échoue : clé {p:api_key} / bearer {p:token}, erreur {n:error_code}",
 "La nouvelle carte SIM demande le PUK : {p:puk}. Téléphone : {n:model_number}",
 "{n:model_number} revenu de réparation mais SIM bloquée, code PUK {p:puk} refusé",
 "Clé wifi : {p:wifi_key}, routeur sur {p:ip_address}, port {n:port} ouvert",
 "Pour l'installation : mot de passe wifi {p:wifi_key}, IP du modem {p:ip_address}, port {n:port}",
 "Payé avec la carte {p:card} ({p:card_expiry}), CVC {p:cvv}, référence {n:request_id}",
 "N° de carte {p:card} date d'expiration {p:card_expiry} code au dos {p:cvv} - j'ai juste eu {n:request_id}",
 "Numéro national {p:bsn=rrn}, compte {p:iban}, somme de contrôle {n:checksum}",
 "mon NISS c'est {p:bsn=rrn} et IBAN {p:iban}. Empreinte du fichier : {n:checksum}",
]),
]
