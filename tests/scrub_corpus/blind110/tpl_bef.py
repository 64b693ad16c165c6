"""Belgian French (fr-be) templates."""
G = {}
G["cust"] = [
    "Bonjour, je n'arrive plus à me connecter à MyMinfin. Mon numéro de registre national est {T:bsn:rrn}, le code PIN de ma carte eID est {T:pin:4}. Erreur {N:error_code}",
    "J'ai déménagé au {T:address} et je voudrais transférer mon contrat {F:brand:energy}. Code EAN {T:customer_number:eanbe}, index {N:meter_reading} au {N:date}",
    "L'appli 4411 m'a encore débité {N:amount} pour {N:quantity}. Compte {T:email}, mdp {T:password}. C'est pas normal",
    "svp domiciliation sur {T:iban} à partir de maintenant. n° client {T:customer_number}",
    "Ma carte de lecteur {F:brand:library} ({T:customer_number:lib}) est bloquée, le code PIN {T:pin:4} est refusé",
    "Impossible de payer la carte riverain {T:customer_number:permit} : carte {T:card}, exp. {T:card_expiry}, cryptogramme {T:cvv}. Refus {N:error_code}",
    "Je dois déplacer mon rendez-vous chez {F:brand:dentist} du {N:date} à {N:time}. Né(e) le {T:date_of_birth}, GSM {T:phone}",
    "Le code itsme {T:otp} a expiré pendant que je remplissais Tax-on-web pour l'exercice {N:year}",
    "On se marie le {N:date} au {F:brand:wedding}. Acompte de {N:amount} versé depuis {T:iban}, communication {N:invoice_number}. Contact : {T:phone} / {T:email}",
    "C'est quoi le mot de passe wifi de la salle ? On m'a donné {T:wifi_key} mais ça ne marche pas sur {F:ssid}",
    "Identifiant {T:username}, mot de passe {T:password}. Passé chez {F:brand:energy} via {F:brand:switch} mais je vois toujours l'ancien fournisseur",
    "Mes lunettes ({N:model_number}) sont prêtes selon le SMS mais je n'ai rien reçu. N° client {T:customer_number:patient}, adresse {T:address:street}",
    "Données pour le contrat :\nNom : {F:fullname}\nN° national : {T:bsn:rrn}\nDate de naissance : {T:date_of_birth}\nAdresse : {T:address}\nTél : {T:phone}\nIBAN : {T:iban}",
    "le code reçu par sms c'était {T:otp:words}, je l'ai tapé mais j'ai {N:error_code}",
    "Le compteur intelligent : le module P1 a l'IP {T:ip_address:lan}, port {N:port}, firmware {N:version_string}. Rien ne remonte",
    "Combien dois-je encore payer ? Le courrier dit {N:amount} avant le {N:date}, communication structurée {N:invoice_number}. Le compte {N:masked_value} n'est plus à moi",
]
G["email"] = [
    "Madame, Monsieur,\n\nSuite au décès de ma mère le {N:date}, je reprends le contrat d'énergie.\nAdresse : {T:address}\nEAN électricité : {T:customer_number:eanbe}\nEAN gaz : {T:customer_number:eanbe}\nIndex : jour {N:meter_reading}, nuit {N:meter_reading}\nSon numéro de registre national : {T:bsn:rrn}\nMon compte pour le décompte final : {T:iban}\n\nJe suis joignable au {T:phone}.",
    "J'ai une question concernant mon avertissement-extrait de rôle (exercice d'imposition {N:year}). On me réclame {N:amount} alors que Tax-on-web prévoyait un remboursement de {N:amount}.\n\nNuméro national : {T:bsn:rrn}\nAdresse : {T:address:nl2}\n\nPourriez-vous me rappeler au {T:phone} entre {N:time} et {N:time} ?",
    "En créant un compte sur le site de {F:brand:parking}, j'ai eu ce message : {N:error_code} (référence {N:request_id}).\nJ'ai utilisé l'adresse {T:email} et le mot de passe {T:password}. Le code de vérification était {T:otp}.\nMon appareil : {N:model_number}, {N:version_string}.",
    "Bonjour {F:agent},\n\nComme convenu, voici les infos pour le mariage du {N:date} :\n- Nombre d'invités : {N:quantity}\n- Cérémonie : {N:time}\n- Contact le jour même : {F:name}, {T:phone}\n- Adresse de facturation : {T:address}\n\nNous verserons l'acompte de {N:percentage} cette semaine depuis {T:iban}.",
    "Mon dentiste m'a remis une attestation de soins pour {N:amount}. La mutuelle dit que mon numéro d'affilié {T:customer_number:member} est incorrect.\nDate de naissance : {T:date_of_birth}, registre national {T:bsn:rrn}.\nRemboursement sur {T:iban} svp.",
    "Mon compte de bibliothèque est toujours à mon ancienne adresse. Nouvelle adresse : {T:address:nl2}\nN° de lecteur : {T:customer_number:lib}\nE-mail : {T:email}\n\nJ'ai aussi une amende de {N:amount} pour {N:product_code} que j'ai rendu le {N:date}.",
]
G["public"] = [
    "{N:mention} toujours pas de réponse après {N:quantity}. N° client {T:customer_number} {N:hashtag}",
    "{N:mention} pourquoi une heure de parking à {F:city} coûte {N:amount} maintenant ? {N:hashtag}",
    "Tax-on-web en panne ? {N:error_code} {N:hashtag}",
    "{N:mention} rappelez-moi svp au {T:phone}, j'en ai marre",
    "{N:mention} mon acompte passe de {N:amount} à {N:amount}, {N:percentage} de plus ?! {N:hashtag}",
    "Quelqu'un connaît le wifi de la {F:brand:library} ? On m'a dit {T:wifi_key} {N:hashtag}",
]
G["agent"] = [
    "Bonjour {F:name}, merci pour votre message. J'ai modifié la domiciliation vers {T:iban}. Votre numéro client reste {T:customer_number}. Cordialement, {F:agent}",
    "Bonjour {F:name}, nous vous avons envoyé un mot de passe temporaire : {T:password}. Merci de le modifier dès la connexion. Dossier {N:ticket_number}. {F:initials}",
    "Bonjour {F:name}, nous n'avons pas accès au code PIN de votre eID. Demandez un nouveau courrier PIN/PUK à votre commune. Questions ? {N:company_phone}. {F:agent}",
    "Bonjour {F:name}, le code de la boîte à clés de la salle est {T:pin:4} et le wifi {T:wifi_key}. Belle fête le {N:date} ! {F:agent}",
    "Bonjour {F:name}, votre rendez-vous est déplacé au {N:date} à {N:time}. Nous avons noté votre GSM {T:phone}. L'équipe {F:brand:dentist}",
    "Bonjour {F:name}, pouvez-vous nous envoyer votre code EAN et votre index en message privé ? Ne partagez pas ces données en public svp. {F:initials}",
    "Bonjour {F:name}, votre nouveau code PIN pour la bibliothèque est {T:pin:4}. La carte {T:customer_number:lib} est réactivée. {F:agent}",
    "Merci {F:name}. Le passage chez {F:brand:energy} prend effet le {N:date}. Confirmation envoyée à {T:email}. Infos : {N:url}",
]
G["greet"] = ["Madame, Monsieur,", "Bonjour,", "Bonjour {F:agent},", "Cher service clientèle,", "Bonsoir,", "Madame, Monsieur, bonjour,"]
G["close"] = ["Cordialement,", "Bien à vous,", "Meilleures salutations,", "Merci d'avance,", "Bàv,", "Salutations distinguées,"]
G["sig"] = ["{F:fullname}", "{F:fullname}\nGSM {T:phone}", "{F:name}\n{T:address:nl2}\n{T:phone}", "{F:fullname}\nTél. {T:phone}\n{T:email}", "{F:name}\n\nEnvoyé de mon iPhone", "{F:name} {F:surname}"]
G["agentsig"] = ["Cordialement,\n{F:agent}\nService clientèle {F:brand:energy}\n{N:company_phone} - {N:url}\nN° d'entreprise {N:company_registration}",
                 "Bien à vous,\n{F:agent}\nSPF Finances - Contact center {N:company_phone}",
                 "Salutations,\n{F:agent}\n{F:brand:library}\nTVA {N:company_registration}",
                 "Cordialement,\n{F:agent} | Service client\nT {N:company_phone}"]
G["quotehdr"] = ["Le {N:date} à {N:time}, {F:fullname} <{T:email}> a écrit :", "De : Service clientèle\nEnvoyé : {N:date} {N:time}\nObjet : Votre demande {N:ticket_number}",
                 "Le {N:date} {N:time}, {F:brand:energy} a écrit :", "-----Message d'origine-----\nDe : {F:fullname} <{T:email}>\nDate : {N:date}"]
G["fwdhdr"] = ["---------- Message transféré ---------\nDe : {F:fullname} <{T:email}>\nDate : {N:date}", "Début du message réexpédié :\nDe : {F:fullname} <{T:email}>\nObjet : Tr: infos"]
G["disclaimer"] = ["Ce message et ses pièces jointes sont confidentiels.", "Pensez à l'environnement avant d'imprimer ce mail.", "Ce courriel est destiné exclusivement à son destinataire.", "Message analysé par l'antivirus."]
G["chatwrap"] = ["{BODY}", "[{N:time}, {N:date}] {F:name}: {BODY}", "{BODY}\n\nmerci d'avance", "Bonjour, {BODY}"]
G["pubwrap"] = ["{N:mention} {BODY}", "{BODY} {N:hashtag}", "{N:mention} {BODY} {N:hashtag}", "{BODY}"]

# ---- balancing pairs
G["cust"] += [
    "Le mot de passe wifi de la bibliothèque de {F:city} a changé ? J'avais {T:wifi_key}",
    "Le code PUK de mon courrier eID c'est {T:puk}, je dois le taper dans le lecteur ?",
    "J'intègre votre API de parking, le token {T:token} renvoie {N:error_code}. Requête {N:request_id}",
    "Clé API {T:api_key} pour le compteur de {F:brand:energy}, ne fonctionne pas",
    "Login {T:username} / mdp {T:password}, code itsme {T:otp}, et toujours {N:error_code}",
    "Mon routeur ({T:ip_address:lan}) : identifiant {T:username}, mot de passe {T:password}, le module P1 ne le trouve pas",
    "Carte {T:card}, expire {T:card_expiry}, CVC {T:cvv}. Réservation {N:order_number} pour la salle",
    "Numéro national {T:bsn:rrn}, la carte {T:card} ne se termine pas par {N:masked_value}, c'est quoi le souci",
    "Vol {N:flight_number} atterrit à {N:time}, navette possible vers le domaine ? Colis des faire-part : {N:tracking_number}",
    "Le checksum de la mise à jour ne correspond pas : {N:checksum} ({N:version_string}), impossible de faire l'exercice {N:year}",
]
G["agent"] += [
    "Bonjour {F:name}, le réseau wifi de la bibliothèque est {F:ssid}, mot de passe {T:wifi_key}. Nous n'avons pas accès à votre PUK. {F:initials}",
    "Bonjour {F:name}, votre nouveau jeton API est {T:token:hex}. Connectez-vous avec l'identifiant {T:username}. {F:agent}",
    "Bonjour {F:name}, votre colis {N:tracking_number} est en route ; la version {N:version_string} corrige {N:error_code}. {F:agent}",
    "Bonjour {F:name}, le code de vérification est {T:otp}. Votre identifiant est {T:username}. {F:initials}",
]
G["public"] += [
    "{N:mention} mot de passe wifi {T:wifi_key} donné à l'accueil mais ne marche pas {N:hashtag}",
    "{N:mention} depuis la mise à jour {N:version_string} mon mot de passe {T:password} est refusé {N:hashtag}",
]
G["email"] += [
    "Pour le compteur intelligent et la batterie domestique, j'ai utilisé :\nClé API : {T:api_key}\nRouteur : {T:ip_address:lan}, port {N:port}\nWifi : {F:ssid} / {T:wifi_key}\n\nDepuis le {N:date} j'ai {N:error_code}. Mon numéro client est {T:customer_number}, EAN {T:customer_number:eanbe}.",
    "Mon GSM s'est bloqué après trois codes PIN erronés. J'ai entré le PUK {T:puk}, ensuite l'appli 4411 ne marchait plus.\nIdentifiant : {T:username}\nMot de passe : {T:password}\nCode de confirmation : {T:otp}\nToken dans le message d'erreur : {T:token}\n\nMerci de m'aider vite, je me gare tous les jours à {F:city}.",
]
