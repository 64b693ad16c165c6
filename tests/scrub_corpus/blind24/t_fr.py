"""Belgian French (fr-be) templates."""

CHAT = [
    "bonjour, le terminal du magasin affiche {!error_code} pour chaque paiement {$scheme}. notre numéro de commerçant est {customer_number:merchant}",
    "Bonjour, je n'arrive plus à me connecter à mon compte {$psp}. identifiant {username:shop}, mot de passe {password}. Merci de vérifier",
    "le code reçu par sms c'était {otp} mais il me dit 'code expiré'. commande {!order_number}",
    "{otp}",
    "{pin}",
    "mdp : {password}\nidentifiant : {username}",
    "Nous louons un gîte à {$city}. Les clients n'arrivent pas à se connecter au wifi ({$ssid}), la clé est {wifi_key}. Quelque chose a changé ?",
    "le code de la boîte à clés c'est {pin:alarm}, le technicien peut passer demain à partir de {!time}",
    "Je suis comptable et j'écris pour mon client {$client} : numéro de registre national {bsn}, né le {date_of_birth}. Pouvez-vous activer le mandat ?",
    "pouvez-vous me rappeler au {phone} ? la caisse ne fonctionne plus et on est samedi",
    "merci de rembourser les {!amount} sur {iban}, prélevé deux fois (facture {!invoice_number})",
    "nouvelle clé API créée : {api_key:psp} mais le webhook renvoie toujours {!error_code:http}",
    "pardon je me suis trompé, le code pin c'est {pin@a} pas {~a}",
    "mon GSM demande le code PUK. Sur la carte il y a {puk}. Mon numéro est {phone}",
    "code pin de la carte SIM {pin} et PUK {puk}, c'est un {!model_number}",
    "relevé du compteur aujourd'hui : {!meter_reading}. numéro client {customer_number}, adresse {address}",
    "impossible de me connecter avec {email} et {password}, qu'est-ce que je fais mal ?",
    "vous pouvez prélever l'abonnement sur ma carte de crédit ? {card} exp {card_expiry} cryptogramme {cvv}",
    "je tiens la comptabilité de {$shop}. pouvez-vous envoyer les factures {!year} à {email:work} ? numéro client {customer_number}",
    "l'adresse IP de la caisse c'est {ip_address:lan}, le port {!port} est ouvert mais le {!model_number:terminal} ne se connecte pas",
    "code de vérification de l'appli : {otp}",
    "le code de l'alarme c'est {pin:alarm} mais la femme de ménage n'arrive pas à la désactiver",
    "mot de passe du modem {password:router}, clé wifi {wifi_key}. le technicien les demandait",
    "Je ne reçois pas le sms avec le code sur {phone}, déjà demandé cinq fois",
    "mon ancien mdp c'était {password@a}, je l'ai changé en {password} mais l'appli demande toujours l'ancien",
    "le code c'est {pin:spelled}",
    "mon numéro : {phone:dict}",
    "voici les données pour la domiciliation : {iban} au nom de {$shop}, numéro client {customer_number}",
    "le locataire ({$tenant}) a donné le code {pin:alarm} du garage à tout le quartier. on peut le changer ?",
    "la connexion {$platform} ne marche plus depuis la {!version_string}. jeton d'accès : {token:platform}",
    "quelle clé je dois mettre dans le plugin, test ou live ? la live c'est {api_key:psp}",
    "utilisateur {username} et le code que je viens de recevoir {otp}",
    "n° registre national {bsn}\ndate de naissance {date_of_birth}",
    "encore bloqué... login {username}, il me faut un nouveau mot de passe svp",
    "IBAN du nouveau locataire : {iban}, au nom de {$tenant}. Loyer {!amount} par mois à partir du {!date}",
    "le mot de passe c'est {password}, attention aux majuscules",
    "encore une fois : {otp}",
    "le code wifi pour les clients ({wifi_key}) est affiché au comptoir, vous pouvez l'imprimer sur le ticket ?",
    "mon adresse mail c'est maintenant {email}, merci de modifier. client n° {customer_number}",
    "{password} c'est le nouveau mot de passe de la caisse, vous pouvez le changer chez vous aussi ?",
    "le code\n{otp}",
    "MON CODE PIN {pin} NE FONCTIONNE PLUS",
    "mot de pase {password} ne marche plus depuis hier",
    "bonjour, ik spreek een beetje Nederlands... mon numéro client est {customer_number} et le GSM {phone}",
    "c'est quoi le token ? j'ai ça : {token:bearer} mais ça donne {!error_code:http}",
    "le code d'activation reçu par mail : {otp:alnum}",
    # no spans
    "Quand est-ce que le nouveau terminal sera livré ? Commandé le {!date}, commande {!order_number}",
    "Pourquoi je paie maintenant {!amount} par mois au lieu de {!amount} ?",
    "colis {!tracking_number} toujours 'en cours de traitement' depuis trois jours. et les rouleaux de caisse ?",
    "c'est quoi le mot de passe du menu gérant ? ce n'est pas dans le manuel du {!model_number:terminal}",
    "j'ai oublié mon code pin, comment en demander un nouveau ?",
    "l'appli plante en version {!version_string} quand je veux me connecter",
    "sur la facture {!invoice_number} il y a {!percentage:vat} de TVA au lieu de {!percentage:vat}",
    "ticket {!ticket_number} toujours pas résolu !!",
    "merci, ça refonctionne 👍",
    "panne {!error_code} depuis {!time}, les clients ne peuvent payer qu'en liquide",
    "combien coûte un terminal supplémentaire ? on voudrait {!quantity}",
    "la synchro avec {$accounting} ne fonctionne plus depuis le {!date}",
    "je vois une domiciliation de {!amount} avec la référence {!invoice_number}, c'est pour quoi ?",
    "quel port doit être ouvert, {!port} ?",
    "carte bloquée après 3 codes pin erronés, message {!error_code}. carte se terminant par {!masked_value:card}",
    "je préfère ne pas envoyer mon mot de passe par {$app}, je peux appeler le {!company_phone} ?",
    "allô ? j'attends depuis {!time}",
    "le produit {!product_code} apparaît deux fois dans la boutique en ligne",
]

PUB = [
    "{!mention} pas d'internet depuis deux jours à {$city}, personne ne répond. Scandaleux {!hashtag}",
    "{!mention} encore {!amount} prélevés sans explication, rappelez-moi svp",
    "{!mention} appelez-moi au {phone}, je suis au magasin toute la journée",
    "Terminal de paiement en panne encore. Liquide uniquement aujourd'hui {!hashtag} {!mention}",
    "Merci à {$agent} de {!mention}, aidée en 5 minutes !",
    "{!mention} c'est quand la fin de la panne ? depuis {!time} pas de {$scheme} {!hashtag}",
    "{!mention} commande {!order_number}, aucune nouvelle depuis deux semaines",
    "{!mention} mon numéro client {customer_number}, contactez-moi svp",
    "Quelqu'un d'autre a des soucis de connexion chez {!mention} ? Erreur {!error_code}",
    "{!mention} votre site {!url} est down depuis ce matin",
    "mon mail {email} si vous voulez me contacter {!mention}",
]

AGENT = [
    "Bonjour {$cust}, désolés pour le souci avec votre terminal ! Pouvez-vous nous donner votre numéro client et le code d'erreur ? Ne partagez jamais votre code PIN ni votre mot de passe. ^{$agent_init}",
    "Merci {$cust}. J'ai créé un mot de passe temporaire : {password:temp}. Vous devrez le modifier à la première connexion.",
    "Je vois le paiement de {!amount} sur le compte {!masked_value:iban}, reçu le {!date}. Vous n'avez plus rien à faire.",
    "Votre numéro de dossier est {!ticket_number}. Le technicien vous appellera demain entre {!time:a} et {!time:b} au {phone}.",
    "Bonjour {{prénom}}, votre code de vérification est {{code}}. Il est valable 10 minutes.",
    "Attention : nous ne demandons jamais votre code PIN. Si vous l'avez communiqué, bloquez votre carte via Card Stop au {!company_phone}.",
    "Merci pour vos données. Votre code PUK est {puk}, ensuite choisissez un nouveau code PIN.",
    "J'ai modifié votre adresse e-mail en {email}. C'est correct ?",
    "Bonjour {$cust}, votre terminal ({!model_number:terminal}) tourne encore en {!version_string}. Pouvez-vous le redémarrer ? Le mot de passe gérant n'est pas nécessaire.",
    "Votre commande {!order_number} est partie, numéro de suivi {!tracking_number}.",
    "Le code de vérification s'introduit uniquement dans l'application, pas ici dans la conversation 🙂",
    "Votre numéro client est bien {customer_number} et votre date de naissance le {date_of_birth} ? Je peux alors continuer.",
    "Le mot de passe {password} est malheureusement trop faible, choisissez-en un d'au moins 12 caractères.",
    "La panne {!error_code} est connue, nos techniciens y travaillent. Résolution prévue vers {!time}.",
    "J'ai demandé un nouveau courrier PIN, vous le recevrez sous 5 jours ouvrables au {address}.",
    "Votre identifiant est {username}. Mot de passe oublié ? Rendez-vous sur {!url}.",
    "Je ne peux pas consulter votre dossier via les réseaux sociaux. Envoyez-nous un message privé avec votre numéro client.",
    "Nous avons transmis votre demande au service facturation (référence {!ticket_number}).",
    "Le code d'activation du terminal est {otp:alnum}, à introduire via Menu > Paramètres > Activation.",
]

NOTE = [
    "Note interne : client appelle pour {!model_number:terminal}, code erreur {!error_code}. N° client {customer_number}. A mis son mot de passe dans le chat ({password}), demandé de le changer. Dossier {!ticket_number}.",
    "Passation à {$colleague} : Mme {$cust_last} attend un rappel, tél {phone}. Double domiciliation {!amount} le {!date}.",
    "Attention : le client a publié son IBAN complet ({iban}) en public, demandé de supprimer. Capture dans {!ticket_number}.",
    "Plus de réponse du client, dossier {!ticket_number} en attente jusqu'au {!date}.",
    "Internal note (EN for the Dutch team): customer speaks French only. Verified via DOB {date_of_birth}. Ticket {!ticket_number}.",
]

MAIL = [
    "Depuis la semaine passée, la connexion entre notre boutique en ligne et {$psp} ne fonctionne plus. Les commandes arrivent, mais le statut de paiement reste sur 'open'. Dans les logs je vois chaque fois {!error_code:http} sur {!url}.\n\nLa clé live dans le plugin est {api_key:psp}, version du plugin {!version_string}. Pourriez-vous regarder ?",
    "Je vous écris au nom de mon client {$client}, dont je tiens la comptabilité. Merci d'activer le mandat avec les données suivantes :\n\nNuméro de registre national : {bsn}\nDate de naissance : {date_of_birth}\nAdresse : {address}\n\nMon client a donné son accord.",
    "Le {!date}, {!amount} ont été domiciliés deux fois pour la facture {!invoice_number}. Merci de rembourser le trop-perçu sur {iban} au nom de {$shop}.",
    "Notre terminal de paiement ({!model_number:terminal}) affiche depuis la mise à jour {!version_string} le message {!error_code}. Nous l'avons redémarré trois fois. Notre numéro de commerçant est {customer_number:merchant}.\n\nMerci d'envoyer un technicien au plus vite, le samedi est notre jour le plus chargé.",
    "Je loue un studio situé {address} via votre plateforme. La locataire m'informe que le code de la boîte à clés ({pin:alarm}) ne fonctionne plus. Je suis joignable au {phone}.",
    "Voici les index des compteurs des deux appartements :\n- rez-de-chaussée : {!meter_reading}\n- premier étage : {!meter_reading}\n\nNuméro client {customer_number}.",
    "Après la fuite de données, nous avons changé tous les mots de passe sauf celui de l'application de caisse. C'est toujours {password}. Si je le change, le personnel ne pourra plus se connecter. Que me conseillez-vous ?",
    "Comme demandé, voici mon nouveau numéro de compte pour la domiciliation : {iban}. L'ancien compte ({!masked_value:iban}) peut être supprimé.",
    "Je souhaiterais recevoir une copie de toutes les factures de {!year}. Mon comptable en a besoin pour la déclaration TVA.",
    "Le {!date}, j'ai passé une commande (n° {!order_number}) de {!quantity}. Selon le suivi ({!tracking_number}) le colis a été livré, mais nous n'avons rien reçu.",
    "Un employé n'arrive pas à se connecter au portail. Identifiant {username}, e-mail {email}. Le lien de réinitialisation expire immédiatement (erreur {!error_code}).",
    "Pourriez-vous modifier le numéro de GSM sur notre compte ? L'ancien numéro {!masked_value:phone} n'est plus utilisé, le nouveau est {phone}.",
    "Mon compte est bloqué après trois tentatives. Le code reçu par sms était {otp} mais il est refusé. Je dois envoyer des factures aujourd'hui.",
    "Vous trouverez en annexe le contrat signé. Notre numéro d'entreprise est {!company_registration:be}. Quand puis-je attendre le terminal ?",
    "Le wifi du gîte refonctionne, merci. Suite au reset la clé est revenue à {wifi_key}. Puis-je la changer moi-même ?",
    "J'ai introduit mes données de carte trois fois mais le paiement échoue. Numéro de carte {card}, date d'expiration {card_expiry}.",
    "Nous avons déménagé le {!date}. Notre nouvelle adresse :\n\n{address:ml}\n\nMerci d'envoyer dorénavant les rouleaux de caisse à cette adresse.",
    "La panne de {$weekday} passé n'est toujours pas résolue. Pour chaque paiement au-dessus de {!amount} les clients reçoivent {!error_code}. Cela nous coûte du chiffre d'affaires tous les jours.",
    "Goedendag, excusez-moi d'écrire en français, mon néerlandais n'est pas terrible. Le code reçu pour activer l'application était {otp}, mais l'écran reste bloqué sur {!error_code}.",
]

AMAIL = [
    "Merci pour votre e-mail. La double domiciliation de {!amount} sera remboursée sous 5 jours ouvrables sur le compte se terminant par {!masked_value:iban}. Votre référence : {!ticket_number}.",
    "Afin de vérifier votre identité, nous envoyons un code au numéro de GSM connu. Ne communiquez pas ce code par e-mail. Nous ne vous demanderons jamais votre mot de passe ou code PIN.",
    "Comme convenu, j'ai réinitialisé le mot de passe administrateur. Le mot de passe temporaire est {password:temp} ; vous devrez le modifier lors de la première connexion.",
    "Le technicien passera le {!date} entre {!time:a} et {!time:b}. Merci de veiller à ce que quelqu'un soit présent au {address}.",
    "Votre demande a été enregistrée sous le numéro {!ticket_number}. Nous vous répondrons dans les 3 jours ouvrables.",
    "J'ai lié votre nouvelle adresse e-mail {email} au compte.",
    "Le terminal s'est connecté pour la dernière fois le {!date} à {!time}. Pouvez-vous vérifier que le port {!port} est ouvert sur votre routeur ?",
]

GREET = ["Bonjour,", "Madame, Monsieur,", "Bonjour {$agent},", "Chère Madame, cher Monsieur,", "Bonsoir,"]
CLOSE = ["Cordialement,", "Bien à vous,", "D'avance merci,", "Bien cordialement,", "Merci et bonne journée,"]
SIG = [
    "{$cust_full}\nGérant(e) {$shop}\n{address:ml@ca}\nGSM {phone@cp}\nTVA {!company_registration:be}",
    "{$cust}\n\nEnvoyé de mon {$device}",
    "{$cust_full} - {$shop}\n{phone@cp}",
    "{$cust_full}\n{address@ca}\n{email:work@cw}",
    "{$cust}",
]
AGREET = ["Bonjour {$cust},", "Madame, Monsieur,", "Cher client,"]
ASIG = [
    "Cordialement,\n\n{$agent_full}\nService clientèle {$company}\n{!company_phone}",
    "Bien à vous,\n{$agent}\n{$company}",
    "Cordialement,\n{$agent_full}\n{email:agent}",
]
QHEAD_AGENT = [
    "Le {!date} à {!time}, {$agent_full} <{email:agent}> a écrit :",
    "De : Service clientèle {$company}\nEnvoyé : {!date} {!time}\nÀ : {email@ce}\nObjet : RE: votre dossier {!ticket_number}",
]
QHEAD_CUST = [
    "Le {!date} à {!time}, {$cust_full} <{email@ce}> a écrit :",
    "De : {$cust_full} <{email@ce}>\nEnvoyé : {!date}\nObjet : problème terminal",
]
FWD = [
    "---------- Message transféré ---------\nDe : {$client} <{email:client}>\nDate : {!date}\nObjet : documents\nÀ : {email@ce}",
    "Début du message réexpédié :\n\nDe : {$tenant} <{email:tenant}>\nObjet : loyer\nDate : {!date}",
]
FWDNOTE = ["Voir ci-dessous le mail de mon client, pouvez-vous régler cela ?", "Je vous transfère ceci pour info. C'est en ordre ainsi ?"]
FWDBODY = [
    "Bonjour {$cust},\n\nVoici mes accès {$portal} : identifiant {username}, mot de passe {password}. Mon numéro national est {bsn}. Tu peux introduire la déclaration ?\n\nBisous,\n{$client}",
    "Bonjour {$cust},\n\nLe loyer de {$month} a été versé depuis mon nouveau compte {iban}. Mon numéro de GSM a aussi changé : {phone}.\n\nCordialement, {$tenant}",
    "Bonjour,\n\nLa chaudière est encore en panne. Le technicien peut entrer avec le code {pin:alarm} de la boîte à clés.\n\n{$tenant}",
    "Bonjour {$cust},\n\nEn annexe les factures d'achat du trimestre. Les extraits de compte suivent.\n\n{$client}",
]
OOO = [
    "Merci pour votre message. Je suis absent(e) jusqu'au {!date} inclus. Pour toute urgence, contactez ma collègue {$colleague} à {email:colleague} ou au {phone}.",
    "Je ne suis pas au bureau aujourd'hui. Je répondrai à votre mail dès lundi.\n\n{$cust_full}",
    "Absent jusqu'au {!date}, en voyage (vol {!flight_number}). Urgent ? Appelez le {phone}.",
    "Notre bureau est fermé pour congés du {!date} au {!date}. Votre e-mail sera traité ensuite.",
]
FORM = [
    "Nom : {$cust_full}\nNuméro client : {customer_number}\nAdresse : {address:line}\nGSM : {phone}\nE-mail : {email}\nIBAN : {iban}",
    "Société : {$shop}\nN° d'entreprise : {!company_registration:be}\nPersonne de contact : {$cust_full}\nN° registre national : {bsn}\nTéléphone : {phone}",
    "Locataire : {$tenant}\nAdresse : {address:line}\nDébut du bail : {!date}\nLoyer : {!amount}\nCompte du locataire : {iban}",
]
FORMNOTE = ["Voici les données, le formulaire sur le site ne fonctionnait pas.", "Ci-dessous comme demandé."]
TABLE = [
    "date;libellé;montant;compte\n{!date};Loyer {$month};{!amount};{iban}\n{!date};Charges communes;{!amount};{iban}",
    "Dossier {!ticket_number}\nStatut : ouvert\nClient : {$cust_full} ({email@ce})\nCréé : {!date} {!time}\n---\n[Client] le terminal affiche {!error_code}\n[Agent {$agent}] Votre numéro client svp ?\n[Client] {customer_number}\n[Agent {$agent}] Merci, j'envoie un technicien.",
]
TABLENOTE = ["Ci-dessous l'aperçu.", "Extrait de notre système :"]
SUBJECT = ["Panne terminal", "Question facture", "Connexion impossible", "Modification données"]

CONTEXT = [
    "Pour info : nous sommes un petit commerce et nous faisons plusieurs centaines de transactions le samedi. Quand le terminal est en panne, nous perdons réellement du chiffre.",
    "J'ai déjà téléphoné la semaine passée et on m'a promis un rappel sous 48 heures. Cela n'a pas été fait.",
    "Il s'agit de notre magasin de {$city} ; l'autre point de vente n'a pas de souci.",
    "Je tiens la comptabilité de plusieurs indépendants et je constate le même problème chez plusieurs clients depuis le {!date}.",
    "Nous sommes clients depuis {!year} et avons toujours été satisfaits jusqu'ici.",
    "Vous trouverez en annexe quelques captures d'écran du message d'erreur.",
    "Je ne suis joignable que le matin, l'après-midi je suis au magasin.",
]
AEXTRA = [
    "Vous avez d'autres questions ? Répondez simplement à cet e-mail.",
    "Toutes nos excuses pour la gêne occasionnée.",
    "Attention : nous ne vous demandons jamais votre mot de passe ou code PIN par e-mail ou par téléphone.",
    "Merci de mentionner votre numéro de dossier {!ticket_number} dans toute communication ultérieure.",
]
CHAT += [
    "vous êtes ouverts aujourd'hui ? je voudrais déposer le terminal",
    "quelles données vous faut-il pour mettre le contrat au nom de la srl ?",
    "merci pour la réponse rapide",
    "la panne est terminée ici, tout refonctionne",
    "l'appel API renvoie toujours {!error_code:http}, request-id {!request_id}",
    "comment je change mon mot de passe en fait ? je ne trouve pas dans l'appli",
    "c'est du phishing ? on me demande mon code pin et le code de mon digipass. je n'ai rien rempli",
    "oui c'est ça",
    "non, pas reçu de code",
    "le checksum du firmware est {!checksum}, la mise à jour est toujours refusée",
]
AGENT += [
    "Ravis que cela refonctionne ! Bonne journée.",
    "Merci pour votre message. Il y a actuellement une panne dans la région de {$city}. Suivez {!url} pour les mises à jour.",
    "Vous ne devez pas nous communiquer votre mot de passe. Via 'mot de passe oublié' dans l'appli vous pouvez en choisir un nouveau.",
    "Il s'agit bien de phishing. Vous avez bien fait de ne rien remplir !",
    "J'ai transmis votre question au service technique. Ils vous contacteront dans les 2 jours ouvrables.",
]
PUB += [
    "Encore une heure d'attente chez {!mention} {!hashtag}",
    "Enfin résolu après deux semaines. Merci {!mention}",
]
CHAT += [
    "ma carte de crédit a expiré, la nouvelle : {card} valable jusqu'au {card_expiry}, cryptogramme {cvv}",
    "mon adresse IP c'est {ip_address}, je suis bloqué après trop de tentatives",
    "dans l'historique de connexion je vois {ip_address}, ce n'est pas moi ! mot de passe changé directement",
    "le jeton de session de mon navigateur : {token:session}, ça vous aide ?",
]
NOTE += [
    "Signalement fraude : connexion depuis {ip_address}, client {customer_number} n'a pas demandé le code {otp}. Compte gelé.",
]
