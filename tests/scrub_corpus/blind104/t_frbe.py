# Belgian French templates.
G = {}
G["chat"] = [
    "Bonjour, j'ai loué une voiture chez {@bcar} du {!date} au {!date}, la caution de {!amount} n'est toujours pas remboursée. Mon IBAN : {iban}",
    "Le code du boîtier à clés ne fonctionne pas, j'ai essayé {pin} et {pin}. Je suis devant la voiture {@plate}",
    "bjr je recois pas le code sms pour me connecter. mon numéro c'est le {phone}",
    "Voici le code reçu par SMS : {otp} . Ça bloque toujours, erreur {!error}",
    "Mon numéro de membre est {custno}, je souhaite résilier mon abonnement au {!date}",
    "Pour l'inscription au cours {@course}, ma date de naissance est le {dob} et mon adresse {address}",
    "Je n'arrive plus à me connecter à l'espace élève. Identifiant : {username} mot de passe : {password}",
    "L'agence {@bimmo} me demande mon numéro de registre national ({rrn}) pour une simple visite, c'est normal ?",
    "Nouvelle adresse à partir du {!date} : {address}. Numéro client {custno}. Merci !",
    "Rappelez-moi svp au {phone} entre {!time} et {!time}",
    "Notre comptable a besoin des accès : login {username}, mdp {password}. Merci de ne pas diffuser",
    "Pour la déclaration {!year} : NN {rrn}, compte {iban}, domicile {address}",
    "Nos lignes fixes sont en panne depuis {!time}. Contrat {custno}, centrale {!model}, firmware {!version}",
    "Il me faut le code PUK de la carte SIM du {phone}. Le PIN était {pin} mais il est bloqué",
    "Le mot de passe wifi du bureau c'est {wifi} (réseau {@ssid}) mais il ne marche plus depuis la mise à jour {!version}",
    "le code c'est {otpw}",
    "Ma carte {card} expire le {expiry}, cryptogramme {cvv}. Vous pouvez mettre à jour ?",
    "On voudrait {!qty} supplémentaires sur notre contrat pro {custno}. Contact : {@full}, {email}",
    "Notre clé API pour le SIP trunk : {apikey}. Vous pouvez vérifier si elle est encore active ? IP fixe {ip}",
]
G["public"] = [
    "{!mention} ça fait {!dur} que j'attends le remboursement de ma caution de {!amount} {!hashtag}",
    "{!mention} appli en panne depuis la version {!version}, impossible d'ouvrir la voiture {!hashtag}",
    "Super expérience avec {@blang}, je recommande ! {!hashtag} {!url}",
    "{!mention} rappelez-moi au {phone} svp, dossier {!ticket}",
    "{!mention} toujours pas de réseau au bureau à {@city} {!hashtag} {!hashtag}",
    "Frais d'agence de {!amount} chez {@bimmo}, scandaleux {!hashtag}",
]
G["agent"] = [
    "Bonjour {@name}, désolés pour ce désagrément. La caution de {!amount} a été remboursée sur le compte {!masked}. Bonne journée, {@agent}",
    "Bonjour {@name}, voici un nouveau code pour le boîtier à clés : {pin}, valable jusqu'au {!date}. {@agent}",
    "Bonjour {@name}, pouvez-vous nous envoyer votre numéro client en message privé ? Ne partagez jamais votre mot de passe. ^{@agent}",
    "Bonjour {@name}, votre code PUK est {puk}. Plus d'infos sur {!url}. Cordialement, {@agent}",
    "Bonjour {@name}, nous avons bien mis à jour votre adresse : {address}. Votre numéro de contrat reste {custno}. {@agent}",
    "Bonjour [[first_name]], un conseiller vous rappellera au {phone} demain à {!time}. Référence {!ticket}.",
]
G["ebody"] = [
    "Veuillez trouver ci-joint les documents pour la déclaration fiscale exercice {!year}.\n\nNuméro national : {rrn}\nConjoint : {rrn}\nCompte pour le remboursement : {iban}\nAdresse : {address}\n\nLe mot de passe du fichier est {password}.",
    "Suite à l'état des lieux du {!date}, merci de verser la garantie locative de {!amount} sur le compte {iban}. Ma nouvelle adresse : {address}.\n\nIndex compteurs : {!meter} (électricité), code EAN {ean}.",
    "Nous sommes client sous le numéro {custno} ({@company}, n° d'entreprise {!creg}).\n\nDepuis le {!date}, la ligne fixe coupe régulièrement. Le technicien peut passer au {address}. Code de la grille : {pin}. Contact sur place : {@full}, {phone}.",
    "J'ai réservé un véhicule à l'aéroport (réservation {!order}, vol {!flight}). Vous avez débité {!amount} sur ma carte {card} alors que la voiture n'était pas disponible.\n\nMerci de me contacter au {phone} ou par mail à {email}.",
]
G["greet"] = ["Madame, Monsieur,", "Bonjour,", "Bonjour {@agent},", "Chère équipe,", "Bonsoir,"]
G["close"] = ["Cordialement,", "Bien à vous,", "Meilleures salutations,", "Merci d'avance,\n", "Bàv,"]
G["sigc"] = ["{@full}\nGSM : {phone}", "{@full}\n{address}\nTél. {phone}", "{@name}\n\nEnvoyé de mon iPhone",
             "{@full}\nGérant - {@company}\nTVA {!creg}\n{phone} | {email}", "{@full} - {email}"]
G["siga"] = ["Cordialement,\n{@agent}\nService clientèle {@btel}\n{!cphone}\nN° entreprise {!creg}",
             "Bien à vous,\n{@agent}\n{!url} - {!cphone}",
             "Meilleures salutations,\n{@agent}\nÉquipe Location\nTVA {!creg}"]
G["qhdr"] = ["Le {!date} à {!time}, Service clientèle a écrit :", "De : Service clientèle\nEnvoyé : {!date} {!time}\nObjet : dossier {!ticket}",
             "Le {!date}, {@agent} a écrit :"]
G["fwd"] = ["---------- Message transféré ---------\nDe : {@full} <{email}>\nDate : {!date}\n",
            "-------- Message original --------\nDe : {@full} <{email}>\n"]
G["disc"] = ["Ce message est confidentiel et destiné exclusivement à son destinataire.",
             "Pensez à l'environnement avant d'imprimer ce courriel."]
G["subj"] = ["Objet : caution", "Objet : RE: dossier {!ticket}", "Objet : déclaration fiscale", "Objet : panne ligne"]
G["qhdrc"] = ["Le {!date} à {!time}, {@full} <{email}> a écrit :", "De : {@full} [mailto:{email}]\nEnvoyé : {!date}"]

G["chat"] += [
    "Le code PUK sur la carte : {puk}. Le téléphone reste bloqué",
    "J'ai mis le PUK {puk} puis nouveau code PIN {pin}, mais plus de réseau",
    "Voici le token d'accès de notre intégration : {token} (erreur {!error})",
    "Jeton de session copié depuis le navigateur : {token}",
    "Suivi colis du nouveau modem : {!tracking}, toujours pas livré au {address}",
    "Commande {!product}, suivi {!tracking}. Adresse de livraison : {address}",
    "Kilométrage au départ {!meter}, au retour {!meter}. Pourquoi {!amount} en plus ?",
    "Index compteur à l'entrée dans les lieux : {!meter}. Code EAN {ean}",
    "Identifiant : {username}\nMot de passe : {password}\nC'est pour le portail de la fiduciaire",
    "mdp oublié, l'ancien c'était {password}. écrivez-moi à {email} svp",
    "Mon numéro de GSM a changé : {phone}. L'ancien ({phone}) peut être supprimé",
    "appelez-moi au {phone} après {!time}, je suis en cours",
    "Erreur dans mon numéro national : c'est {rrn} et pas {rrn}",
    "Pour la garantie locative : NISS {rrn}, né le {dob}",
    "Nos postes SIP ({!model}) ne s'enregistrent plus, port {!port}, IP publique {ip}",
    "Il y a {!pct} de TVA sur la facture {!invoice} alors que nous sommes assujettis, BCE {!creg}",
    "Checksum du firmware : {!checksum}, la mise à jour {!version} échoue",
    "Votre clé d'API {apikey} renvoie {!error} depuis ce matin (request {!reqid})",
]
G["public"] += [
    "{!mention} votre site {!url} affiche {!error} {!hashtag}",
    "{!mention} pas d'internet au bureau depuis {!dur}, ticket {!ticket} {!hashtag}",
    "{!mention} hausse de {!pct} sans prévenir ? {!hashtag}",
    "Les cours chez {@blang} commencent le {!date}, qui vient ? {!hashtag}",
]
G["agent"] += [
    "Bonjour {@name}, votre modem est en route, suivi {!tracking}. Livraison prévue le {!date}. {@agent}",
    "Bonjour {@name}, votre nouveau pack {!product} est actif depuis le {!date}, {!amount} par mois. {@agent}",
    "Bonjour {@name}, votre identifiant est {username}. Pour un nouveau mot de passe : {!url}. {@agent}",
    "Bonjour {@name}, nous avons modifié votre adresse e-mail en {email}. ^{@agent}",
]
G["ebody"] += [
    "Comme convenu, les informations pour l'installation :\n\n- adresse : {address}\n- contact : {@full} ({phone})\n- date de début : {!date}\n- nombre de lignes : {!qty}\n\nWifi pour les techniciens : {@ssid} / {wifi}",
    "Je souhaite accéder au portail client. Mon identifiant est {username}, mot de passe provisoire {password}. Le code SMS {otp} donne une erreur ({!error}). GSM : {phone}",
]

G["chat"] += [
    "Paiement refusé. Numéro de carte {card}, date d'expiration {expiry}, code de sécurité {cvv}",
    "Bancontact {card} / {expiry} pour la caution de la voiture svp",
    "Date de naissance : {dob}. N° client : {custno}. Je veux annuler le cours {@course}",
    "Mon numéro client est {custno}, contrat {custno}. Votre référence {!ticket}",
    "Code de la porte de garage : {pin}, alarme : {pin}. Pour l'agent immobilier demain",
    "Le code de déverrouillage du GSM que je rends est {pin}",
    "Oups, j'ai partagé notre clé API par erreur : {apikey}. Merci de la révoquer",
    "Les identifiants AWS pour l'export des enregistrements : {awsid} / {awssecret}",
]
G["agent"] += [
    "Bonjour {@name}, le paiement avec la carte {!masked} est passé, réservation {!order} confirmée. {@agent}",
    "Bonjour {@name}, votre date de naissance a été corrigée : {dob}. {@agent}",
]
G["pad"] = [
    "J'ai déjà contacté votre service à plusieurs reprises, par téléphone et par chat, mais je reçois à chaque fois une réponse différente.",
    "Désolé pour ce long message, mais je préfère tout vous expliquer en une fois pour éviter les allers-retours.",
    "Je vous remercie de traiter ma demande rapidement, la situation dure depuis un moment et commence à poser de réels problèmes pour notre activité.",
    "S'il manque quoi que ce soit, n'hésitez pas à me le faire savoir. Je suis difficilement joignable en journée, je préfère donc le mail.",
]
G["chat"] += [
    "La clé wifi de l'appartement ne marche pas : réseau {@ssid}, clé {wifi}",
    "clé de sécurité sur l'autocollant du modem : {wifi} (pour {@ssid})",
]
G["fwdintro"] = ["Voir ci-dessous.", "Pour info, je vous transfère ceci."]
