"""Belgian French templates."""

BODY = {
    "account": [
        "Je n'arrive plus à me connecter sur {$music}. Identifiant {username}, mot de passe {password}. Erreur {~error_code} à chaque fois.",
        "bonjour, mon login c'est {username} et le mdp {password} mais ça marche pas depuis la mise à jour {~version_string}",
        "J'ai changé mon mot de passe en {password} mais l'appli demande toujours l'ancien ({password:2}). Compte : {email}",
        "Identifiant : {username}\nMot de passe : {password}\nN° client : {customer_number}\nQu'est-ce qui cloche ?",
        "Mon fils a créé le compte {$tickets} avec l'adresse {email} et le mot de passe {password}. Pouvez-vous le mettre à mon nom ?",
        "Connexion à l'espace élève de {$school} : {username} / {password} -> « identifiants invalides ». ID de requête {~request_id}",
        "Mot de passe oublié, le lien ne fonctionne pas. L'ancien était {password} je pense. Mon numéro de membre est {customer_number}.",
        "user {username}\npass {password}\n(déjà essayé 4 fois)",
    ],
    "otp": [
        "Le code reçu par SMS : {otp}, mais le site dit qu'il a expiré",
        "le code de vérification c'est {otpw}, je vous le lis depuis mon écran",
        "J'ai reçu un mail avec le code {otp} alors que je n'ai rien demandé. Mon compte {username} est piraté ?",
        "Code de confirmation {otp} (reçu à {~time}) refusé au moment de payer mes courses chez {$grocery}.",
        "SMS : « Votre code {$tickets} est {otp}. Ne le partagez avec personne. » Voilà, je le partage 🙈",
        "Code à usage unique de l'appli d'authentification = {otp}",
    ],
    "codes": [
        "La boîte à clés de {$rental} à {$abroad} ne s'ouvre pas. Code reçu : {pin}. Je suis là avec les enfants depuis une heure !",
        "Nouvelle carte SIM pour le voyage, code PIN {pin} et code PUK {puk}, mais elle reste bloquée",
        "Pour l'assistante de {$vet} : le code du portail est {pin} et l'alarme se coupe avec {pin:2}. {$pet} est dans sa cage dans la cuisine.",
        "Vous pouvez déposer les courses dans le casier, code {pin}. Livraison entre {~time} et {~time:2} svp",
        "PUK : {puk} (sur la carte en plastique) et le GSM affiche toujours SIM bloquée",
        "Ma carte a été avalée au péage, le code était {pin}. Quelqu'un peut la bloquer ?",
    ],
    "wifi": [
        "L'enceinte ({~model_number}) voit le réseau mais ne se connecte pas. Réseau {$ssid}, clé {wifi_key}.",
        "le mot de passe wifi de l'école de langues ne marche pas, sur le papier il y a {wifi_key}",
        "SSID : {$ssid}\nClé WPA : {wifi_key}\nAdmin box : admin / {password}",
        "Le technicien a demandé ma clé wifi, c'est {wifi_key}. J'espère que le streaming va enfin fonctionner.",
    ],
    "dev": [
        "Notre intégration avec {$grocery} renvoie {~error_code}. Clé API : {api_key} . IP du serveur {ip_address} port {~port}.",
        "Le jeton {token} expire après {~quantity}, c'est normal ? request-id {~request_id}",
        "Nous utilisons votre API pour l'agenda de {$vet}. Access key {aws_id}, secret {aws_secret} -- collés par erreur dans un ticket, merci de supprimer !",
        "Mon adresse IP est {ip_address}, bloquée selon vous. Je suis à l'hôtel à {$abroad}.",
        "token de session de l'appli ({~version_string}) : {token}",
    ],
    "payment": [
        "La caution de la voiture de location a été débitée deux fois ({~amount}). Carte {card}, expire {card_expiry}.",
        "Je peux vous donner ma carte ici ? {card} exp {card_expiry} cryptogramme {cvv}",
        "Merci de rembourser sur {iban} au nom de {$first} {$last}. Facture {~invoice_number}.",
        "Mon IBAN a changé : nouveau {iban}, ancien {iban:2}",
        "La carte se terminant par {~masked_value} a expiré, la nouvelle est {card} ({card_expiry}), code au dos {cvv}",
        "je vois un prélèvement de {~amount} sur mon compte {iban} alors que j'ai résilié le {~date} !!",
        "n° carte : {card}\ndate d'expiration : {card_expiry}\nCVC : {cvv}",
        "La vignette {~year} a été payée avec ma Mastercard {card} mais je n'ai reçu aucune confirmation",
    ],
    "contact": [
        "Ma nouvelle adresse est {address}. Pouvez-vous modifier la livraison de la commande {~order_number} ?",
        "Rappelez-moi au {phone} svp, je suis joignable jusqu'à {~time}",
        "N° client {customer_number}, adresse {address}. Les mails vers {email} n'arrivent pas.",
        "{$pet} est inscrit chez vous à l'adresse {address}, propriétaire {$first} {$last}, tél {phone}",
        "mon numéro a changé : {phone} (avant c'était {phone:2})",
        "Numéro de membre : {customer_number}. E-mail : {email}. GSM : {phone}.",
        "Le livreur ne nous a pas trouvés. Adresse : {address}. Suivi {~tracking_number}.",
        "Code EAN du compteur : {customer_number}, pour la borne de recharge de la voiture de location",
        "Vous pouvez me joindre sur {email} ou au {phone}. Né le {date_of_birth}, pour la vérification.",
    ],
    "identity": [
        "Mon numéro de registre national est {rrn}, il vous le faut pour la vignette, non ?",
        "GSM : {phone}. Adresse : {address}. NN : {rrn}.",
        "Pouvez-vous arrêter la domiciliation sur le compte {iban} ? Numéro client {customer_number}.",
        "Le vétérinaire a demandé le numéro national du propriétaire : {rrn}, date de naissance {date_of_birth}",
        "Numéro national {rrn} (au dos de ma carte eID), c'est suffisant pour l'inscription chez {$school} ?",
        "J'ai mis par erreur mon numéro de registre national ({rrn}) dans le commentaire, pouvez-vous le masquer ?",
    ],
    "complaint": [
        "Trois appels, personne ne rappelle. Mon n° client est {customer_number}, joignable au {phone}. C'est honteux.",
        "Concert de {$artist} annulé et toujours pas remboursé. Compte {iban}, commande {~order_number}.",
        "Amende de {~amount} pour un péage à {$abroad} alors que j'avais un badge ! Contrat {customer_number}, plaque {$plate}.",
        "Vous avez toujours une mauvaise adresse : c'est {address} et PAS ce qui est sur la facture.",
    ],
}

CONTEXT = [
    "J'ai loué une voiture le {~date} à {$abroad} (réservation {~order_number}), vol {~flight_number} arrivé à {~time}.",
    "La commande {~order_number} de {~amount} n'est arrivée qu'à moitié, il manquait {~quantity}.",
    "Mes billets pour {$artist} le {~date} n'apparaissent pas dans l'appli ({~version_string}).",
    "J'ai déjà écrit à ce sujet, dossier {~ticket_number}.",
    "Au retour, le compteur affichait {~meter_reading}, c'est sur la photo.",
    "Le cours de {$langtaught} coûte {~amount} avec {~percentage} de réduction, mais la facture {~invoice_number} est fausse.",
    "Voir {~url}, ce n'est pas du tout la même chose.",
    "Votre numéro {~company_phone} ne répond plus après {~time}.",
]

WRAP = {
    "greet_email": ["Bonjour,", "Madame, Monsieur,", "Bonjour {$brand},", "Bonsoir,", "Chère équipe,", "Bjr,"],
    "sign_email": [
        "Cordialement,\n{$first} {$last}\n{address}\nGSM : {phone}",
        "Bien à vous,\n{$first}",
        "Salutations,\n{$first} {$last}\n{phone} - {email}",
        "Meilleures salutations,\n\n{$first} {$last}\n{$company}\nTVA {~company_registration}",
        "Merci d'avance,\n{$first}\n\nEnvoyé de mon iPhone",
        "Bàv,\n{$first} {$last}\nN° client {customer_number}",
    ],
    "quote_head": ["Le {~date} à {~time}, Service clientèle {$brand} a écrit :", "De : Service client {$brand}\nEnvoyé : {~date} {~time}\nObjet : RE: dossier {~ticket_number}",
                   "Le {~date}, {$agent} ({$brand}) a écrit :"],
    "fwd_head": ["---------- Message transféré ---------\nDe : {$first} {$last} <{email}>\nDate : {~date} {~time}\nObjet : réclamation\n",
                 "Début du message réexpédié :\n\nDe : {$first} {$last} <{email}>\nDate : {~date}\nObjet : TR: ma commande\n"],
    "fwd_note": ["Voir le mail ci-dessous, toujours pas de réponse.", "Je vous renvoie mon message.", "Merci de répondre enfin au message ci-dessous."],
    "disclaimer": ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
                   "Pensez à l'environnement avant d'imprimer ce courriel."],
    "chat_open": ["Bonjour", "Bjr", "Hello", "Salut,", "Bonjour, petite question :", "Au secours !"],
    "chat_close": ["Merci d'avance", "merci", "Bonne journée", "Cdt", "Merci de faire vite svp", "👍"],
    "public_pre": ["{~mention} ", "{~mention} allô ?? ", "Eh {~mention}, ", "{~mention} {~mention:2} "],
    "public_post": [" {~hashtag}", " {~hashtag} {~hashtag:2}", " 😤", "", " Inadmissible."],
    "agent": [
        "Bonjour {$first}, désolés pour ce souci ! Ne partagez jamais votre mot de passe. Votre compte est lié à {email}, je vous envoie un lien. ^{$initials}",
        "Bonjour {$first}, votre nouvelle adresse ({address}) est enregistrée pour la commande {~order_number}. Bien à vous, {$agent}",
        "Bonjour {$first}, le remboursement de {~amount} part vers le compte {~masked_value} sous {~quantity}. ^{$initials}",
        "Bonjour {$first}, vous avez partagé le code {pin} publiquement, changez-le par sécurité ! Vous pouvez aussi nous appeler au {~company_phone}. {$agent}",
        "Bonjour, votre dossier porte le numéro {~ticket_number}. Pouvez-vous confirmer votre n° client ({customer_number}) en privé ? ^{$initials}",
        "Madame, Monsieur, votre IBAN {iban} est lié au contrat {customer_number}. Le montant sera remboursé le {~date}. Cordialement, {$agent}",
        "Bonjour {{prenom}}, nous vous rappelons demain au {phone}. {$agent}",
        "Bonjour {$first}, votre numéro de registre national {rrn} n'est pas nécessaire, merci de supprimer ce message. ^{$initials}",
    ],
    "agent_sign": ["\n\nCordialement,\n{$agent}\nService clientèle {$brand}\n{~company_phone} (lu-ve {~time}-{~time:2})", "",
                   "\n\n{$agent} | {$brand} | BCE {~company_registration}"],
}

# --- additional members (appended; parity of the index decides the half)
BODY["dev"] += [
    "Clé API {api_key} publiée par erreur dans le chat, merci de la révoquer. Le webhook tourne sur le port {~port}.",
    "Le fichier exporté (somme de contrôle {~checksum}) est refusé, request-id {~request_id}, clé {api_key}.",
    "Erreur {~error_code} sur la caisse {~model_number}, clé utilisée {api_key}",
]
CONTEXT += [
    "On m'avait promis {~percentage} de réduction pour {~year}, référence {~request_id}.",
    "Je suis rentré le {~date} avec le vol {~flight_number}, le compteur indiquait {~meter_reading}.",
    "Voir aussi {~url}.",
    "Payé avec la carte se terminant par {~masked_value}, colis {~tracking_number}, article {~product_code} ({~error_code}).",
    "L'appli plante sans arrêt sur mon {~model_number}.",
    "L'enceinte {~model_number} passe par le port {~port}, voir {~url}.",
]
CONTEXT += [
    "Il s'agit de l'article {~product_code}, {~quantity}.",
    "Le fichier joint a la somme de contrôle {~checksum}, au cas où.",
]
WRAP["quote_head_cust"] = ["Le {~date} à {~time}, {$first} {$last} <{email}> a écrit :", "{$first} {$last} a écrit le {~date} :",
                           "Le {~date} {~time}, {$first} {$last} <{email}> a écrit :", "De : {$first} {$last}\nEnvoyé : {~date}\nÀ : Service clientèle"]
