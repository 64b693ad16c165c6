"""Belgian French (fr-be) templates."""

BODY = {
"travel_booking": [
    "Mon numéro Miles & More est {customer_number:ff} mais les miles du vol {flight_number} du {date} n'ont pas été crédités.",
    "réservation {order_number:pnr}, carte fidélité {customer_number:ff}. Possible de changer les sièges ?",
    "J'ai réservé via {travel} (dossier {order_number}) et j'ai oublié d'ajouter mon numéro de membre {customer_number:ff}.",
    "Le vol {flight_number} de {time} est annulé et aucune nouvelle réservation. Code {order_number:pnr}, tél {phone}.",
    "n° client : {customer_number}\nréservation : {order_number:pnr}\nvol : {flight_number} ({date})\nune réponse svp",
    "Ça fait {quantity:dur} que j'attends au {company_phone}. Dossier {order_number:pnr}, rappelez-moi au {phone} svp.",
    "Mon numéro de fidélité est mal repris sur le billet, c'est {customer_number:ff}. E-ticket {order_number:eticket}.",
],
"travel_passport": [
    "Impossible d'encoder mon passeport lors de l'enregistrement en ligne. N° de passeport {customer_number:passport}, né le {date_of_birth}.",
    "Pour les données API : passeport {customer_number:passport}, date de naissance {date_of_birth}, nationalité belge.",
    "Ma carte d'identité porte le numéro {customer_number:idcard} et mon numéro de registre national est {bsn:be}.",
    "Nouveau passeport : {customer_number:passport} (l'ancien était expiré). Merci de mettre à jour la réservation {order_number:pnr}. Née le {date_of_birth}.",
    "NN {bsn:be} / passeport {customer_number:passport} / vol {flight_number}",
],
"travel_refund": [
    "J'attends depuis le {date} le remboursement de {amount}. Merci de verser sur {iban} au nom de {first} {last}.",
    "Remboursement pour la réservation {order_number:pnr} sur le compte {iban} svp, ma carte de crédit est bloquée.",
    "Je ne veux pas de bon à valoir, je veux mon argent ({amount}). IBAN : {iban}",
    "L'indemnisation de {amount} (vol {flight_number}, {quantity:dur} de retard) peut être versée sur {iban}. Réf. plainte {ticket_number}.",
],
"travel_luggage": [
    "Ma valise n'est pas arrivée (vol {flight_number}). Étiquette {tracking_number:bag}, dossier {ticket_number:pir}. Livraison à {address} svp.",
    "Bagage perdu : dossier {ticket_number:pir}. Joignable au {phone}, adresse de livraison {address}.",
    "Toujours pas de valise depuis le {date} ! Étiquette {tracking_number:bag}. Je loge à {address} jusqu'au {date}.",
    "le coursier peut déposer la valise chez le voisin au {address:short}, mon gsm c'est le {phone}",
],
"login": [
    "Je n'arrive pas à me connecter à l'appli. Identifiant {username}, mot de passe {password}.",
    "login : {username}\nmdp : {password}\nerreur {error_code} à chaque fois",
    "Mon mot de passe a été changé sans mon accord. L'ancien était {password}, j'ai mis {password} mais le compte est bloqué.",
    "Mon compte ({email}) a été piraté, j'ai déjà changé le mot de passe en {password}.",
    "nom d'utilisateur = {username} , mot de passe = {password} , version {version_string}",
],
"otp": [
    "Je reçois bien le code SMS ({otp}) mais l'appli dit qu'il est invalide.",
    "Le code de vérification était {otp}, puis {otp}, aucun ne fonctionne.",
    "Votre collègue m'a demandé le code reçu par SMS, c'était {otp:words}. C'est normal ?",
    "Code à usage unique : {otp} (reçu à {time})",
],
"pin_code": [
    "La boîte à clés du gîte ne s'ouvre pas avec le code {pin}. On est dehors avec {quantity:ppl} !",
    "Mon code PIN est {pin} mais le paiement à l'aéroport a été refusé.",
    "Le code de la porte de la salle ({pin}) ne marche plus depuis la mise à jour.",
    "Le code du portillon au fitness c'est {pin}* mais ça reste rouge.",
    "Le code de l'alarme de l'appartement est {pin}, le propriétaire dit que c'est correct.",
],
"puk": [
    "Ma carte SIM est bloquée à l'étranger. Code PUK {puk}, mais il redemande le PIN {pin}.",
    "eSIM voyage : PUK {puk}. Ça marche encore après 10 essais ?",
],
"wifi": [
    "Le mot de passe wifi du club ({ssid}) est {wifi_key} mais pas de connexion.",
    "À l'hôtel le wifi ne marche pas. Réseau {ssid}, clé {wifi_key}.",
    "Mon réseau c'est {ssid}, clé WPA {wifi_key}, la balance connectée ne le trouve pas.",
],
"api": [
    "Nous sommes restaurant partenaire et la liaison avec la caisse ne marche pas. Clé API : {api_key}",
    "Notre agence a une erreur {error_code}. Clé utilisée {api_key}, request id {request_id}.",
    "La clé API {api_key} a été partagée par erreur dans un mail, merci de la révoquer !",
],
"token": [
    "L'appli me déconnecte sans arrêt. Dans les logs : Authorization: Bearer {token}",
    "jeton de session {token} (version {version_string})",
    "J'ai reçu ce token dans le lien : {token}. Il est encore valable ?",
],
"card": [
    "On m'a débité deux fois {amount} sur ma carte {card}. Expiration {card_expiry}.",
    "n° carte {card} exp {card_expiry} cryptogramme {cvv}, paiement refusé, erreur {error_code}",
    "Pouvez-vous supprimer la carte {card} (valable jusqu'au {card_expiry}) de mon compte ?",
    "Le code au dos c'est {cvv}, date d'expiration {card_expiry}. L'appli affiche {masked_value} mais c'est l'ancienne carte.",
],
"iban": [
    "L'abonnement est prélevé sur {iban} alors que j'ai résilié au {date} !",
    "Nouveau compte pour la domiciliation : {iban}. Référence du mandat {customer_number:mandate}.",
    "Vous prélevez {amount} par mois sur {iban} au lieu de {amount}.",
    "Merci de rembourser sur {iban} (titulaire {first} {last}).",
],
"membership": [
    "Je souhaite résilier mon abonnement. N° de membre {customer_number:gym}, date de naissance {date_of_birth}.",
    "Membre n° {customer_number:gym}. Merci de suspendre du {date} au {date} (blessure).",
    "Ma carte d'accès ({customer_number:badge}) ne passe plus aux portiques de {city}.",
    "Membre depuis {year}, n° {customer_number:gym}, et le prix augmente de {percentage} ?",
    "J'ai perdu ma carte de membre n° {customer_number:badge}. Mon numéro national est {bsn:be} si besoin.",
    "Abonnement au nom de {first} {last}, née le {date_of_birth}, membre {customer_number:gym}. Nouvelle adresse : {address}.",
],
"food_order": [
    "Commande {order_number} jamais reçue. Adresse {address}, tél {phone}. Le livreur n'a pas sonné.",
    "Mon repas ({dish}) est arrivé froid après {quantity:dur}. Commande {order_number}, {amount}.",
    "Le livreur a appelé le mauvais numéro, le mien c'est le {phone}. Commande {order_number}.",
    "Dans l'appli mon adresse est encore {address}, il faut mettre {address}.",
    "n° client {customer_number} - dans la box du {date} il manquait la viande, merci de rembourser {amount}",
],
"food_allergy": [
    "J'avais signalé une allergie aux noix (commande {order_number}) et il y avait des cacahuètes dans le {dish}. Appelez-moi : {phone}",
    "C'était indiqué 'sans gluten' mais ma fille a réagi. Commande {order_number}, n° client {customer_number}, mail {email}.",
    "Les infos allergènes du produit {product_code} sont fausses. Je veux porter plainte, mon e-mail : {email}.",
],
"voucher": [
    "Le code promo {product_code:promo} ne marche pas, message {error_code}. Compte {email}.",
    "J'ai reçu un bon de {amount} mais il n'apparaît pas sur le compte {customer_number}.",
    "Le code {product_code:promo} ne donne que {percentage} de réduction.",
    "Ma carte cadeau n'est pas acceptée, le code PIN de la carte est {pin}.",
],
"ip": [
    "Mon compte est bloqué pour 'connexion suspecte' depuis {ip_address}, mais c'est chez moi.",
    "Je vois une connexion depuis l'IP {ip_address} le {date} à {time}, ce n'était pas moi !",
],
"contact": [
    "Ma nouvelle adresse mail est {email} et mon numéro {phone}.",
    "Appelez-moi au {phone}, de préférence après {time}.",
    "Vous pouvez écrire à {email} au lieu de l'ancienne adresse ?",
    "Le numéro de mon mari c'est le {phone}, c'est lui qui a réservé.",
],
"neutral": [
    "J'ai déjà appelé {quantity:times} le {company_phone}, personne ne répond.",
    "Sur {url} c'est {amount} mais on me facture {amount}.",
    "La facture {invoice_number} du {date} est incorrecte.",
    "L'appli (version {version_string}) plante sur mon {model_number}.",
    "Ma plainte {ticket_number} est ouverte depuis le {date}.",
    "Colis {tracking_number} jamais livré.",
    "Le vol {flight_number} est parti à {time} au lieu de {time}.",
    "Relevé du compteur au départ : {meter_reading}, et vous facturez {amount} de plus.",
],
}

PUBLIC = [
    "{mention} ça fait {quantity:dur} que j'attends ma valise, dossier {ticket_number:pir} {hashtag}",
    "{mention} vol {flight_number} encore en retard. Quand est-ce que je récupère mes {amount} ? {hashtag}",
    "{mention} le livreur a laissé la commande {order_number} sur le trottoir {hashtag}",
    "{mention} impossible de me connecter !! identifiant {username} mdp {password} aidez-moi",
    "{mention} rappelez-moi svp au {phone}, personne ne répond aux mails",
    "{mention} pourquoi vous prélevez encore {amount} sur {iban} ?? j'ai résilié {hashtag}",
    "{mention} membre n° {customer_number:gym}, ma carte ne marche plus depuis {quantity:dur}",
    "{mention} toujours pas remboursé après {quantity:dur}. Honteux. {hashtag}",
]

GREET = ["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Bonjour {agent},", "Salut,", "Chère équipe,", "bjr", "Hello,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bàv,", "Salutations,", "Bien cordialement,", "Merci !", "Meilleures salutations,"]
SIG = ["{first} {last}\n{address}\nTél : {phone}", "{first} {last}\n{phone}", "{first}\nEnvoyé de mon iPhone", "{first} {last} - {email} - {phone}",
       "{first} {last}\nGSM {phone}\n{email}", "{first}\n\nEnvoyé depuis mon appareil Galaxy"]
AGENT = [
    "Bonjour {first}, désolés ! J'ai vérifié votre abonnement {=customer_number:gym}. Vous pouvez nous joindre au {company_phone}. {agent}",
    "Bonjour {first}, merci. Pour le remboursement sur {=iban} j'ai ouvert le dossier {ticket_number}. Délai max 14 jours. ^{agent}",
    "Bonjour {first}, ne partagez jamais votre mot de passe, même en DM. Modifiez-le via {url}. {agent}",
    "Bonjour {first}, j'ai trouvé la réservation {order_number:pnr} et ajouté votre numéro de fidélité {=customer_number:ff}. Bon vol ! {agent}",
    "Bonjour {first}, la commande {order_number} a été remboursée ({amount}). ^{agent}",
    "Bonjour {first}, votre valise a été retrouvée ! Livraison demain entre {time} et {time} à {=address}. ^{agent}",
    "Bonjour {first}, pouvez-vous nous envoyer votre numéro client en DM ? Jamais votre code PIN ni mot de passe ! ^{agent}",
    "Bonjour {first}, sur la carte {masked_value} je vois bien un double paiement de {amount}. ^{agent}",
]
AGENT_SIG = ["{agent} | Service clientèle {brand}\nTél. {company_phone} | TVA {company_registration}",
             "Bien à vous,\n{agent}\nÉquipe {brand}\n{url}",
             "{agent} - {brand}\n{company_phone} - N° d'entreprise {company_registration}"]
QUOTE_HDR = ["Le {date} à {time}, {brand} <service@{domain}> a écrit :", "De : {brand} Service clientèle\nEnvoyé : {date} {time}\nÀ : {first} {last}\nObjet : RE: votre demande",
             "-----Message d'origine-----\nDe : {first} {last}\nDate : {date}", "Le {date}, {first} {last} a écrit :"]
FWD_HDR = ["---------- Message transféré ---------\nDe : {brand} <noreply@{domain}>\nDate : {date}\nObjet : Confirmation de réservation",
           "Début du message réexpédié :\n\nDe : {brand}\nDate : {date} {time}\nObjet : Confirmation commande {order_number}"]
DISCLAIMER = ["Ce message est confidentiel et destiné exclusivement à son destinataire. Si vous l'avez reçu par erreur, merci de le supprimer.",
              "Pensez à l'environnement avant d'imprimer ce mail."]
SUBJECT = ["Objet : Remboursement", "Objet : Résiliation abonnement", "Objet : Réclamation commande", "Objet : Bagage perdu", "Objet : Problème de connexion"]

BODY["card"] += [
    "Payé avec la carte {card}, expire le {card_expiry}, code de sécurité {cvv}. Le site dit 'paiement échoué'.",
    "Voici les données demandées par votre collègue :\ncarte : {card}\nvalable jusqu'à : {card_expiry}\nCVC : {cvv}",
    "Ma Mastercard {card} est toujours liée, les 3 chiffres au dos sont {cvv}. Merci de la retirer.",
    "j'ai utilisé la carte {card} avec le code {cvv} pour la box repas mais rien n'a été débité",
]
BODY["travel_passport"] += [
    "Numéro de registre national : {bsn:be}. Date de naissance : {date_of_birth}. C'est pour l'assurance annulation.",
    "N° national {bsn:be}, né le {date_of_birth}, passeport {customer_number:passport}.",
]
BODY["membership"] += [
    "Le kiné de votre club demande mon numéro national ({bsn:be}) pour la mutuelle, c'est sûr via l'appli ?",
    "Mon fils (né le {date_of_birth}) veut s'inscrire, son numéro de registre national est {bsn:be}, pourquoi c'est nécessaire ?",
    "L'appli dit 'membre introuvable' pour le n° {customer_number:gym}. Je me connecte avec {username}.",
    "Je veux transférer mon abonnement à ma copine, née le {date_of_birth}, e-mail {email}.",
]
BODY["otp"] += [
    "J'ai reçu ce SMS : 'Votre code de vérification est {otp}. Ne le partagez avec personne.' mais je n'ai rien demandé ??",
    "SMS transféré :\n{brand} : {otp} est votre code de connexion. Valable 10 minutes.",
    "quelqu'un a appelé de votre part et m'a demandé le code {otp}, je l'ai donné... et mon compte a disparu",
    "Le code 2FA {otp} arrive après {quantity:dur}, il est déjà expiré.",
]
BODY["login"] += [
    "Nouveau mot de passe : {password}. Ancien : {password}. Aucun ne marche.",
    "Mon identifiant pour l'appli du club c'est {username} (pas mon e-mail), j'ai oublié le mot de passe.",
]
BODY["ip"] += [
    "Mon routeur (IP publique {ip_address}) est refusé par votre site avec {error_code}.",
    "Connexions depuis {ip_address} et {ip_address} aujourd'hui, aucune n'est de moi.",
]
BODY["token"] += [
    "Dans l'URL il y a ?access_token={token} , c'est normal ?",
    "Le refresh token est {token} selon le message d'erreur {error_code}.",
]
BODY["wifi"] += [
    "Wifi du gîte : réseau {ssid}, mot de passe {wifi_key}. Ça ne marche pas, vous pouvez appeler le propriétaire ?",
    "Le wifi invité de la salle a un nouveau code : {wifi_key} ? À l'accueil on me dit autre chose.",
]
BODY["puk"] += [
    "Code PUK de la carte SIM prépayée : {puk}. Elle est bloquée depuis l'atterrissage.",
    "Le PUK {puk} est refusé, j'ai un vol à {time}, aidez-moi.",
]

BODY["form"] = [
    "Nom : {last}\nPrénom : {first}\nAdresse : {address}\nTél : {phone}\nE-mail : {email}\nDate de naissance : {date_of_birth}",
    "Mes coordonnées :\n- {first} {last}\n- {address}\n- {phone}\n- IBAN {iban}",
    "NOM {last} / ADRESSE {address} / GSM {phone} / N° CLIENT {customer_number}",
    "infos pour la réclamation :\nnom : {first} {last}\nné le : {date_of_birth}\ncompte : {iban}\nmail : {email}\nréservation : {order_number:pnr}",
    "Prénom : {first}\nNuméro national : {bsn:be}\nAdresse : {address}\nGSM : {phone}",
    "Personne de contact {first}, joignable au {phone} ou {email} ; adresse de facturation {address}.",
]
BODY["neutral"] += [
    "Départ le {date} à {time}, retour {flight_number} le {date}. Total {amount} pour {quantity}.",
    "Commande {order_number} (facture {invoice_number}) livrée le {date}, suivi {tracking_number}.",
    "Votre numéro d'entreprise {company_registration} n'est pas sur la facture {invoice_number}.",
    "En {year} je payais {amount}, maintenant {amount}. C'est {percentage} plus cher !",
]
BODY["contact"] += [
    "Mon numéro a changé : c'était {phone}, maintenant {phone}.",
    "Envoyez la confirmation à {email} svp, l'autre adresse ({email}) je ne l'utilise plus.",
]

BODY["api"] += [
    "Notre développeur a mis par erreur les identifiants AWS dans le ticket : access key {api_key}, secret {api_key}. Merci de supprimer.",
    "Le webhook de votre plateforme échoue. En-tête X-Api-Key: {api_key} , endpoint {url}",
]
BODY["pin_code"] += [
    "Le livreur m'a demandé le code de déverrouillage de mon téléphone ({pin}) pour 'passer un appel', c'est normal ?",
    "Le PIN de la SIM est {pin}, le téléphone reste sur 'pas de service' à l'étranger.",
]
PUBLIC += [
    "{mention} ma valise est toujours à {dest} !! étiquette {tracking_number:bag} {hashtag} {hashtag}",
    "{mention} aucune réponse depuis {quantity:dur}. écrivez-moi à {email} svp",
    "{mention} le livreur m'a appelé au {phone} et a été impoli. {hashtag}",
    "{mention} membre {customer_number:gym} : pourquoi l'appli ne marche pas ? version {version_string}",
]
