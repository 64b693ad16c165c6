"""Belgian French (fr-be) templates."""
T = {}
T["chat", "gym"] = [
    "Bonjour, je souhaite résilier mon abonnement chez {f_brand}. Numéro de membre {cust}. Merci d'arrêter la domiciliation sur {iban}",
    "Je n'arrive plus à me connecter à l'appli. identifiant {user}, mot de passe {password}. Ça bloque depuis {n_date}",
    "Le code du casier ne marche plus, j'avais mis {pin}. Casier n° 48 vestiaire dames",
    "Inscription de ma fille au club de tennis :\nNom : {f_name}\nN° registre national : {rrn}\nNée le {dob}\nAdresse : {addr}\nGSM : {phone}",
    "J'ai reçu un code par SMS ({otp}) mais je n'ai rien demandé ?? Mon adresse mail c'est {email}",
    "La cotisation de {n_amount} a été prélevée deux fois. Merci de rembourser sur le compte {iban}. Cordialement {f_name}",
    "C'est quoi le mot de passe wifi de la cafétéria ? {f_ssid} avec {wifi} ne fonctionne plus",
]
T["chat", "vet"] = [
    "Bonjour docteur, {f_pet} ne mange plus depuis 2 jours. Pouvez-vous me rappeler au {phone} ? N° client {cust}",
    "J'ai payé la facture {n_invoice} ({n_amount}) par virement depuis {iban}, j'ai oublié la communication structurée, désolée",
    "Nous avons déménagé : {addr}. Pouvez-vous mettre à jour la fiche de {f_pet} ?",
    "Je peux payer en ligne ? Carte {card}, expire fin {exp}, cryptogramme {cvv}",
    "Pour la mutuelle il me faut une attestation avec mon numéro national {rrn}. À envoyer à {email} svp",
    "URGENT chien renversé par une voiture, on arrive, mon numéro {phone}",
]
T["chat", "bike"] = [
    "Mon vélo de leasing est en réparation chez vous depuis 3 semaines. Contrat {cust}. C'est pour quand ?",
    "On m'a donné un nouveau code pour le cadenas : {pin}. Je dois l'encoder dans l'appli ou sur le cadenas ?",
    "Vélo volé à la gare de {f_city}. PV n° {n_ticket}, police d'assurance {cust}. Joignable au {phone}",
    "Commande {n_order} prévue le {n_date} mais toujours rien reçu. Adresse de livraison {addr}",
    "Connexion au portail avec {email} / {password} impossible, erreur {n_error}",
    "Merci de rembourser la caution de {n_amount} sur {iban}",
]
T["chat", "move"] = [
    "Nous déménageons le {n_date} de {addr.1} vers {addr.2}, 3e étage sans ascenseur. Combien pour un monte-meubles ? GSM {phone}",
    "Le code de la boîte à clés est {pin}. Les déménageurs peuvent entrer à partir de {n_time}.",
    "Pour les panneaux d'interdiction de stationner la commune demande mon numéro de registre national : {rrn}",
    "Acompte de {n_amount} versé depuis {iban}. N° client {cust}",
    "Il y a une griffe sur l'armoire et le miroir est cassé. Dossier {n_ticket}. Écrivez-moi à {email} svp",
]
T["chat", "plumb"] = [
    "Notre chaudière ({n_model}) se met en défaut {n_error} tout le temps. Adresse {addr}. Je suis là après {n_time}",
    "Fuite dans la salle de bain, l'eau traverse le plafond !!! Appelez-moi au {phone}",
    "Pour la prime Rénovation il faut mon numéro de registre national ? C'est {rrn}. Code EAN gaz {cust}",
    "Le technicien est passé le {n_date} mais la chaudière ne marche toujours pas. Je ne paie pas la facture {n_invoice} de {n_amount} !",
    "La clé est chez les voisins, le code de la porte de garage c'est {pin}",
    "Relevé compteur : {n_meter} m³ au {n_date}, n° client {cust}",
]
T["chat", "phone"] = [
    "Mon GSM est bloqué, la carte SIM demande le code PUK. N° client {cust}, numéro {phone}",
    "J'ai acheté un {n_model} dans votre magasin de {f_city}, il demande un code, le vendeur avait mis {pin} ?",
    "J'ai reçu un SMS « {otp} est votre code de vérification ». Je dois le donner à qui ?",
    "Merci de transférer l'abonnement au nom de {f_name}. Registre national {rrn}, domiciliation sur {iban}",
    "appareil déposé pour changer l'écran, code de déverrouillage {pin}, compte google {email} mdp {password}",
    "Le code PUK c'est bien {puk} ? Ça ne marche pas. Numéro {phone}",
]
T["chat", "tech"] = [
    "Bonjour, la clé API {apikey} de notre site ne fonctionne plus depuis la mise à jour {n_version}. Request ID : {n_req}",
    "Je suis bloqué sur la boutique en ligne, mon adresse IP est {ip}. Identifiant {user}",
    "Notre système de réservation utilise le jeton {token} mais reçoit {n_error} sur le port {n_port}",
]
T["public", "any"] = [
    "{n_mention} toujours pas de réponse à mon mail concernant le dossier {n_ticket}. Lamentable {n_hashtag}",
    "Merci {n_mention} pour l'aide rapide ! {n_hashtag}",
    "{n_mention} pourquoi vous prélevez {n_amount} alors que j'ai résilié le {n_date} ?",
    "{n_mention} envoyez-moi un MP, je ne mets pas mon numéro en public. Ou écrivez à {email}",
    "{n_mention} le technicien devait passer entre {n_time} et {n_time.2}, personne. {n_hashtag}",
    "Appelez-moi au {phone} {n_mention}, j'en ai marre du chat",
    "{n_mention} votre site est en panne ? {n_url} affiche {n_error}",
    "Colis {n_track} bloqué depuis une semaine {n_mention} {n_hashtag}",
]
T["agent", "any"] = [
    "Bonjour {f_first}, désolés pour ce désagrément ! Nous avons vérifié votre dossier client {cust} et remboursé {n_amount} sur {iban}. Bien à vous, {f_agent}",
    "Bonjour, ne partagez jamais votre mot de passe. Nous avons bloqué temporairement votre compte. Créez un nouveau mot de passe via {n_url}. {f_agent}",
    "Bonjour, le technicien passera le {n_date} entre {n_time} et {n_time.2}. Il vous préviendra au {phone}. Questions ? Appelez le {n_cphone}. ^{f_init}",
    "Bonjour {f_first}, votre nouvelle adresse {addr} a bien été enregistrée. Cordialement, {f_agent}",
    "Votre code PUK est {puk}. Attention : après 10 essais erronés la carte est définitivement bloquée. {f_agent}",
    "Bonjour, envoyez-nous un message privé avec votre numéro client, nous regarderons cela. ^{f_init}",
    "Merci pour votre patience. Le dossier {n_ticket} est clôturé, une note de crédit de {n_amount} vous sera envoyée à {email}. N° d'entreprise {n_reg}. {f_agent}",
]
EMAIL = {
    "greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour {f_brand},", "Bonsoir,", "Chère équipe,", "Bonjour à vous,"],
    "close": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv,", "Bonne journée,"],
    "sig": ["{f_name}\nGSM {phone}", "{f_name}\n{addr}", "{f_first}\n\nEnvoyé de mon iPhone", "{f_name}\nTél : {phone} - {email}",
            "{f_name}\nN° client {cust}", "{f_first}"],
    "quote": ["Le {n_date} à {n_time}, {f_brand} <service> a écrit :", "De : {f_brand}\nEnvoyé : {n_date} {n_time}\nObjet : RE: votre dossier {n_ticket}",
              "{f_agent} de {f_brand} a écrit le {n_date} :", "Le {n_date}, {f_brand} a écrit :"],
    "fwd": ["-------- Message transféré --------\nDe : {f_name} <{email}>\nDate : {n_date}\nObjet : Tr: réparation",
            "Début du message réexpédié :\nDe : {f_name} <{email}>\nDate : {n_date} à {n_time}"],
    "disc": ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
             "{f_brand} SRL - BCE {n_reg} - RPM Liège", "Pensez à l'environnement avant d'imprimer ce courriel."],
    "agentsig": ["Cordialement,\n{f_agent}\nService clientèle {f_brand}\n{n_cphone}", "Bien à vous,\n{f_agent} - {f_brand}\nTVA {n_reg}",
                 "Salutations,\n{f_agent}\n{n_url} | {n_cphone}"],
}
T["chat", "otp"] = [
    "Le code c'est {otpw}, je le lis sur mon écran",
    "SMS reçu : « Votre code {f_brand} : {otp}. Ne le communiquez à personne. » Il ne marche pas",
    "code : {otpw} (dicté par ma fille, elle est à côté de moi)",
]
T["chat", "mixed"] = [
    "Pour l'inscription : née le {dob}, domiciliée {addr}, domiciliation bancaire sur {iban}",
    "infos : date de naissance {dob} - {addr} - compte {iban}",
    "Depuis la mise à jour {n_version} je suis déconnecté. Mon IP {ip}, port {n_port}, requête {n_req}",
    "Mon adresse IP est {ip}, appli en {n_version}. On m'a demandé l'identifiant de requête : {n_req} (port {n_port})",
    "Sur mon extrait il y a la carte {n_masked}, mais ma carte c'est {card}, valable jusqu'au {exp}",
    "Carte {card} expire {exp}, sur le ticket il y a {n_masked} ??",
    "Le jeton {token} ne marche pas, le checksum du fichier est {n_checksum}",
    "Le token de l'intégration ({token}) est refusé. Hash : {n_checksum}",
]
EMAIL["intro"] = [
    "Je suis client depuis {n_year} et j'ai toujours été satisfait, mais là je suis vraiment bloqué. J'ai déjà appelé deux fois et j'ai été transféré à chaque fois vers un autre service.",
    "Suite à notre conversation téléphonique du {n_date}, je vous envoie les informations demandées. Désolé pour le délai, la semaine a été chargée.",
    "Je vous écris car le chat sur votre site ne fonctionne pas et j'attends depuis une demi-heure au {n_cphone}. J'espère que cela pourra se régler par mail.",
    "Je vous ai déjà écrit la semaine passée sans réponse, je réessaie donc. Voici le problème.",
]
