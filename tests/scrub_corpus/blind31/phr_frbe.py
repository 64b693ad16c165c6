"""Belgian French (fr-be) phrasings."""

CHAT_OPEN = [
    'Bonjour', 'Bonjour,', 'Bjr', 'Salut', 'Bonsoir', 'Hello', 'Bonjour Madame, Monsieur,', 'Re-bonjour,',
    'Bonjour, {@first} de {@shop}.', 'Dsl de déranger,', 'Bonjour à vous', 'Coucou',
]
CHAT_CLOSE = [
    "merci d'avance", 'merci', 'Bien à vous, {@first}', 'mrc', 'svp c urgent', 'bonne journée', 'Merci beaucoup !',
    "j'ai des clients qui attendent", 'cdlt', 'merci bcp', 'Bàv', 'tenez-moi au courant',
]

CHAT = {
    'password': [
        "j'ai changé le mot de passe en {password} mais ça marche toujours pas",
        'mdp de la caisse : {password}, vous pouvez regarder ?',
        'nouveau mot de passe {password} / ancien {password}',
        'le mot de passe provisoire {password:temp} ne fonctionne pas, il dit "expiré"',
        'mot de passe de la boutique en ligne = {password}',
        "c'est {password=a} avec une majuscule, pas {password~a}, pardon",
        'le mdp admin du modem sur l\'étiquette c\'est {password:router} ?',
        'Ma collègue {@staff} a changé le mot de passe de la compta en {password}, et maintenant je ne sais plus me connecter',
        '{password}\nc\'est le mdp du compte du personnel',
        'mot de passe:{password} et erreur {#error_code} après 3 essais',
        'je me connecte avec {password} depuis des mois et là d\'un coup "identifiants invalides"',
        'Mettez {password:simple} comme mdp temporaire pour {@staff}, elle le changera',
    ],
    'pin': [
        'le code PIN de ma nouvelle carte bancaire c\'est {pin} ? ou je dois le choisir moi-même',
        'le terminal ({#model_number:terminal}) demande un code gestionnaire, {pin} ne marche pas. Erreur {#error_code:terminal}',
        'code pin {pin:spelled}',
        "j'ai tapé 3 fois le mauvais code ({pin}), ma carte est bloquée. Carte qui finit par {#masked_value:last4}",
        "code de l'alarme du magasin : {pin}, le technicien passe le {#date}",
        'code secret du GSM pro : {pin:6}. C\'est un {#model_number:phone}',
        'pardon erreur de frappe, le code est {pin=a} et pas {pin~a}',
        'code de la messagerie vocale {pin}, ne marche plus depuis la panne du {#date}',
        'Le code de l\'app d\'identification c\'est {pin:5} mais elle dit qu\'il est faux',
        'code de la porte du dépôt {pin}#, si le technicien arrive avant moi',
    ],
    'puk': [
        'mon GSM demande le code PUK, c\'est {puk} ?',
        'PUK : {puk:spaced}\nla sim finit par {#masked_value:sim}',
        "j'ai trouvé le code PUK dans l'espace client : {puk}. Il reste 10 essais",
        'sim bloquée, PUK {puk} refusé, le téléphone demande le PUK2 maintenant ?? ({#model_number:phone})',
        '{puk} c\'est le PUK du numéro {phone}',
        'code puk de la carte sim de mon employé: {puk}',
    ],
    'otp': [
        "je reçois le code {otp} mais le site dit qu'il est invalide. Commande {#order_number}",
        'le code SMS était {otp}, je crois qu\'il a expiré',
        'Code de vérification : {otp}',
        '{otp} voilà',
        'le code {otp:spaced} arrive sur le GSM de {@staff}, pas sur le mien',
        "j'ai reçu deux codes, {otp} et {otp}, lequel je dois mettre ?",
        "code d'activation du terminal : {otp:8}, il reste bloqué sur {#error_code:terminal}",
        'le code de réponse du lecteur de carte est {otp:8} mais la banque le refuse',
        'code de confirmation reçu à {#time} : {otp}',
        'le code à usage unique {otp:6} ne passe pas, erreur {#error_code}',
    ],
    'wifi_key': [
        'le wifi du magasin coupe tout le temps. Réseau {@ssid}, clé {wifi_key}. Modem {#model_number:router}',
        'clé wifi : {wifi_key} (celle sur l\'autocollant ne marche plus)',
        'le code wifi pour les clients c\'est {wifi_key} mais personne ne sait se connecter',
        "j'ai changé la clé wifi en {wifi_key} et depuis le terminal ne se connecte plus",
        'réseau {@ssid} / mot de passe wifi {wifi_key}',
        'clé WPA {wifi_key}',
    ],
    'username': [
        'identifiant {username} mdp {password} (compte de l\'accueil)',
        'mon identifiant est {username}, j\'ai oublié le mot de passe. Envoyez le lien à {email} svp',
        "l'utilisateur {username:staff} c'est {@staff}, elle ne travaille plus chez nous. Merci de le bloquer",
        'on se connecte tous avec {username} / {password}, c\'est grave ?',
        'mon login pour {@acct} est {username} mais il dit "utilisateur inconnu"',
        'login: {username}\nmdp: {password}\nversion {#version_string}',
        'compte admin {username:admin} bloqué, la caisse est à l\'arrêt',
    ],
    'api_key': [
        "la connexion avec {@pay} ne marche plus. Clé API : {api_key}, erreur {#error_code:http} depuis le {#date}",
        'je dois mettre la clé live ({api_key}) ou la clé test dans le plugin ? version {#version_string}',
        'voici la clé dans {@shopplat} : {api_key}\nsecret : {api_key:secret}',
        "j'ai envoyé la clé API par erreur dans un mail à un client : {api_key}. Vous pouvez la révoquer ?",
        'le développeur demande la clé, c\'est celle-ci ? {api_key:hex}',
        'clé {api_key} / request id {#request_id}, la synchro avec {@acct} plante',
    ],
    'token': [
        'le jeton d\'accès {token} expire toutes les heures, c\'est normal ?',
        'bearer token dans les logs : {token:bearer}',
        'Token de l\'app {@shopplat} : {token:shop}',
        "j'ai créé un token {token:pat}, je le mets où ?",
        'token de session {token:jwt} (vu dans la console du navigateur)',
    ],
    'card': [
        'je peux payer la facture {#invoice_number} par carte ? {card} exp {card_expiry} cvc {cvv}',
        'carte de crédit {card}, valable jusqu\'au {card_expiry}. Montant {#amount}',
        'paiement de {#amount} refusé, carte {card} {card_expiry} {cvv}',
        'carte de la société :\n{card}\nexpire {card_expiry}\ncryptogramme {cvv}',
        'carte {@debit} {card:bcmc} refusée sur notre propre terminal, code {#error_code:terminal}',
        'le code au dos c\'est {cvv}, le reste je l\'ai déjà encodé',
    ],
    'iban': [
        'merci de changer le numéro de compte en {iban}, au nom de {@shop}',
        'la domiciliation de {#amount} est partie du mauvais compte, ça devait être {iban}',
        '<landlord>le locataire a payé depuis {iban:other}, vous voyez si c\'est arrivé ? facture {#invoice_number}',
        'mon IBAN : {iban} (BIC {@bic})',
        'remboursement sur {iban} svp',
        '<club>un membre a payé 2x la cotisation ({#amount}), à rembourser sur {iban:other}',
        'compte pro {iban}\ncompte privé {iban:other}',
    ],
    'bsn': [
        'pour la demande on me demande mon numéro de registre national : {bsn:be}',
        'NN {bsn:be}, né le {date_of_birth}',
        'numéro national de ma femme (co-gérante) : {bsn:be}',
        "numéro d'entreprise {#company_registration:ond}, registre national {bsn:be}",
        '<dental>le patient donne son numéro de registre national {bsn:be} pour la facture',
    ],
    'email': [
        'envoyez-moi un mail à {email}',
        "l'adresse mail du magasin a changé : {email}",
        'pouvez-vous aussi envoyer les factures à notre comptable ? {email:other}',
        'mon mail : {email:obf}',
        'mon mail de connexion c\'est {email} mais je ne reçois pas le mail de réinitialisation',
        'ajoutez {email:staff} comme utilisateur svp',
    ],
    'phone': [
        'appelez-moi au {phone}, je suis au magasin',
        'le numéro de mon employé : {phone:staff}',
        'le fixe {phone:land} doit être renvoyé vers mon GSM {phone}',
        'joignable après 18h au {phone}',
        'portabilité du numéro {phone} de {@telco} vers chez vous',
        'mon gsm {phone:spelled}',
    ],
    'address': [
        'nouvelle adresse du commerce : {address}',
        'le terminal doit être envoyé au {address}, pas chez moi',
        'le technicien peut passer au {address} entre {#time} et {#time}',
        "<landlord>l'appartement au {address:other} n'a plus internet depuis le {#date}",
        'adresse de livraison :\n{address:ml}',
    ],
    'date_of_birth': [
        'date de naissance {date_of_birth}',
        'ils me demandent ma date de naissance : {date_of_birth}',
        'née le {date_of_birth}, numéro client {customer_number}',
        '{date_of_birth} oui c\'est ma date de naissance',
    ],
    'ip_address': [
        'notre IP fixe est {ip_address}, vous pouvez ouvrir le port {#port} ?',
        "la caisse est en {ip_address:lan} mais l'imprimante ({#model_number:printer}) ne répond pas",
        'le webhook n\'arrive pas, notre serveur {ip_address} est bien dans la liste blanche ?',
        'terminal sur {ip_address:lan}:{#port}',
        'je suis bloqué depuis l\'IP {ip_address}, erreur {#error_code}',
    ],
    'customer_number': [
        'numéro client {customer_number}, relevé du compteur {#meter_reading}',
        'notre n° client est {customer_number} et la facture {#invoice_number} est fausse',
        'numéro de contrat {customer_number:contract}',
        "<club>numéro de membre {customer_number:member}, n'arrive pas à se connecter à l'app",
        'Client n° {customer_number}\n{@shop}',
        'ID marchand {customer_number:merchant}, le versement du {#date} n\'est pas arrivé',
    ],
    'none': [
        'panne dans la rue ? le {@debit} ne marche pas, erreur {#error_code:terminal}',
        'colis {#tracking_number} bloqué depuis 3 jours',
        'le mot de passe c\'est le nom du chien + l\'année d\'ouverture, je vais pas l\'écrire ici 😅',
        'terminal {#model_number:terminal} affiche {#error_code}, logiciel {#version_string}',
        'facture {#invoice_number} de {#amount} incorrecte, on n\'a jamais commandé {#quantity}',
        'le technicien vient à quelle heure ? rdv le {#date} à {#time}',
        'pourquoi {#percentage:vat} de TVA sur ma facture ?',
        "j'appelle le {#company_phone} depuis {#time}, personne ne répond",
        'relevé compteur envoyé : {#meter_reading} le {#date}',
        'dossier {#ticket_number}, toujours pas de nouvelles',
        'vous avez besoin de mon code PIN ? ça me semble bizarre',
        'commande {#order_number}, {#quantity} rouleaux de caisse, réf {#product_code}',
        'frais de transaction passés à {#percentage:fee} au lieu de {#percentage:fee} ??',
        "l'app plante depuis la mise à jour {#version_string}",
    ],
}

CTX = [
    'Il s\'agit de la commande {#order_number}.', '(terminal {#model_number:terminal}, logiciel {#version_string})',
    'dossier n° {#ticket_number}', 'facture {#invoice_number} de {#amount}', 'depuis le {#date} vers {#time}',
    'erreur {#error_code}', "n° d'entreprise {#company_registration:ond}", 'relevé {#meter_reading}',
    'voir {#url:status}', 'envoyé avec {#tracking_number}', 'TVA {#company_registration:bevat}',
    "j'ai déjà appelé le {#company_phone}", 'version de l\'app {#version_string}', 'site : {#url}',
]

EMAIL_OPEN = [
    'Madame, Monsieur,', 'Bonjour,', 'Bonjour {@agent},', 'Chère Madame, cher Monsieur,', 'Bonjour à toute l\'équipe,',
    'Bonsoir,', 'Madame, Monsieur, bonjour,', 'Bonjour le service client de {@pay},',
]
EMAIL_INTRO = [
    "<food>Je tiens une friterie à {@city} et depuis le {#date}, notre terminal de paiement ({#model_number:terminal}) refuse "
    "toutes les transactions avec l'erreur {#error_code:terminal}.",
    "Le {#date}, j'ai reçu la facture {#invoice_number} d'un montant de {#amount}, alors que notre abonnement coûte "
    "{#amount} par mois.",
    "Depuis la mise à jour en version {#version_string}, mes employés ne parviennent plus à se connecter à la caisse.",
    "<club>En tant que trésorier de {@shop}, je gère les cotisations. Ce mois-ci, {#quantity:people} domiciliations "
    "ont été rejetées.",
    "<landlord>Je loue trois appartements et j'utilise votre plateforme pour les loyers. La facture {#invoice_number} a été "
    "envoyée deux fois à tous les locataires.",
    "Ma boutique en ligne tourne sur {@shopplat} et les paiements via {@pay} n'arrivent plus depuis le {#date} "
    "(erreur {#error_code:http}).",
    "<dental>Notre cabinet dentaire a déménagé le {#date}, mais la connexion internet n'a toujours pas été transférée "
    "(commande {#order_number}).",
    "Je suis indépendant complémentaire (numéro d'entreprise {#company_registration:ond}) et je souhaite relier mon "
    "compte professionnel à {@acct}.",
    "Le décompte annuel de {#year} est incorrect : vous utilisez un relevé de {#meter_reading} alors que j'ai "
    "communiqué un index bien plus bas le {#date}.",
    "Je vous ai déjà contactés (dossier {#ticket_number}) mais je n'ai reçu aucune réponse.",
    "Nous payons {#percentage:fee} par transaction alors que l'offre du {#date} mentionnait {#percentage:fee}.",
    "Depuis notre passage chez {@telco}, la connexion coupe plusieurs fois par jour chez {@shop}, surtout vers {#time}.",
    "J'ai commandé {#quantity} le {#date} (commande {#order_number}), mais un seul colis est arrivé ({#tracking_number}).",
    "Au téléchargement du nouvel installateur de caisse, la somme de contrôle ne correspond pas ({#checksum}).",
]
EMAIL_FRAG = {
    'password': [
        "Le mot de passe que j'utilise est {password} ; je l'ai défini moi-même le {#date}.",
        "Le mot de passe provisoire de votre e-mail ({password:temp}) n'est pas accepté.",
        "J'ai choisi un nouveau mot de passe via le lien ({password}), mais je reste bloqué sur l'écran de connexion.",
        "Pour être complet : le compte caisse a pour mot de passe {password}, le compte administrateur {password}.",
    ],
    'pin': [
        "Le code gestionnaire du terminal est {pin} ; il a été défini par votre technicien.",
        "Selon le courrier, le code PIN de la carte SIM est {pin}, mais le téléphone le refuse.",
        "J'ai introduit deux fois un mauvais code ({pin}), ensuite la carte a été bloquée.",
    ],
    'puk': [
        "Le code PUK affiché dans l'application est {puk}, mais il est refusé.",
        "Pouvez-vous confirmer que {puk} est bien le PUK du numéro {phone} ?",
    ],
    'otp': [
        "Le code de vérification reçu par SMS ({otp}) était immédiatement expiré.",
        "J'ai reçu à {#time} le code {otp} et à {#time} le code {otp} ; aucun des deux ne fonctionne.",
        "Le code de réponse de mon lecteur de carte ({otp:8}) n'est pas accepté.",
    ],
    'wifi_key': [
        "Le réseau {@ssid} a pour clé {wifi_key} ; elle figure aussi au dos du {#model_number:router}.",
        "La clé du réseau invités a été changée en {wifi_key}, et depuis le terminal ne se connecte plus.",
    ],
    'username': [
        "Mon identifiant est {username} et le compte est au nom de {@shop}.",
        "Il s'agit des comptes {username:staff} et {username}, tous deux verrouillés.",
        "Je me connecte avec l'identifiant {username} et le mot de passe {password}.",
    ],
    'api_key': [
        "Pour vérification, voici la clé API configurée dans notre boutique : {api_key}.",
        "Dans le plugin (version {#version_string}) figurent : clé {api_key}, secret {api_key:secret}.",
    ],
    'token': [
        "Dans les logs, je vois revenir ce jeton : {token}. Request-id : {#request_id}.",
    ],
    'card': [
        "Vous pouvez débiter le montant de {#amount} sur notre carte de crédit {card}, valable jusqu'au {card_expiry}, "
        "code de sécurité {cvv}.",
        "Le paiement a été tenté avec la carte {card} (expiration {card_expiry}) mais a été refusé.",
    ],
    'iban': [
        "Pourriez-vous dorénavant effectuer la domiciliation sur le compte {iban} au nom de {@shop} ?",
        "<landlord>Le locataire a payé depuis {iban:other} ; rien n'est arrivé sur notre compte {iban}.",
        "<club>Merci de rembourser la cotisation payée en double ({#amount}) sur {iban:other}.",
        "Le bon numéro de compte pour les versements est {iban}. Votre portail affiche encore {#masked_value:iban}.",
    ],
    'bsn': [
        "Mon numéro de registre national est {bsn:be} ; le numéro d'entreprise est {#company_registration:ond}.",
        "<dental>Numéro national du patient : {bsn:be}, date de naissance {date_of_birth}.",
    ],
    'email': [
        "Vous pouvez me joindre de préférence à l'adresse {email}.",
        "L'adresse {email:staff} est celle de notre nouvelle employée et doit être ajoutée au compte.",
        "Merci d'envoyer désormais les factures aussi à notre comptable, {email:other}.",
    ],
    'phone': [
        "Mon numéro de GSM est le {phone} ; en journée je suis au magasin.",
        "Le numéro fixe {phone:land} doit être renvoyé vers le {phone}.",
    ],
    'address': [
        "L'adresse de livraison est {address}.",
        "L'installation doit avoir lieu au {address:other}, notre nouveau point de vente.",
    ],
    'date_of_birth': [
        "Pour vérification : ma date de naissance est le {date_of_birth}.",
    ],
    'ip_address': [
        "Notre adresse IP fixe est {ip_address} ; la caisse est en interne sur {ip_address:lan}, port {#port}.",
        "Le serveur de la boutique ({ip_address}) est bloqué par votre pare-feu depuis le {#date}.",
    ],
    'customer_number': [
        "Notre numéro client est le {customer_number}.",
        "Il s'agit du contrat {customer_number:contract} (index {#meter_reading} au {#date}).",
        "Notre ID marchand est {customer_number:merchant} ; le versement du {#date} ({#amount}) manque.",
    ],
    'none': [
        "Je souhaiterais savoir quand la panne sera résolue et si nous serons dédommagés.",
        "J'ai déjà appelé trois fois le {#company_phone}, sans résultat.",
        "Je n'ai volontairement pas mis mon code PIN ni mon mot de passe dans ce mail.",
        "La facture {#invoice_number} mentionne {#amount} hors TVA à {#percentage:vat}, ce qui est incorrect.",
        "J'ai renvoyé {#quantity}, mais je n'ai toujours pas reçu la note de crédit.",
    ],
}
EMAIL_ASK = [
    "Pourriez-vous régler ce problème au plus vite ? Nous perdons du chiffre d'affaires.",
    "Je souhaiterais une réponse dans les trois jours ouvrables.",
    "Merci de créditer la facture.",
    "Pourriez-vous me rappeler ?",
    "Dites-moi quelles informations vous manquent encore.",
    "Merci de me confirmer la modification.",
    "Dans l'attente de votre retour,",
]
EMAIL_CLOSE = ['Cordialement,', 'Bien à vous,', 'Salutations distinguées,', 'Bien cordialement,', 'Merci et bonne journée,',
               'Meilleures salutations,']
SIG = [
    '{@full}\nGérant – {@shop}\n{address:ml}\nGSM : {phone}\nN° entreprise : {#company_registration:ond}',
    '{@full} - {@shop}\nGSM {phone} - {email}',
    '{@first}\n\nEnvoyé de mon {@phonebrand}',
    '--\n{@full}\n{@shop}\n{address}\nTVA {#company_registration:bevat}\nIBAN {iban}',
    '{@first} {@last}\n{@shop} – {@city}\nTél. {phone:land}',
    '<club>{@full}\nTrésorier {@shop}\n{email}\n{phone}',
    'Envoyé depuis mon GSM\n{@first}',
]
QUOTE_HDR = [
    'Le {#date:hdr} à {#time}, {@agent} <{email:agent}> a écrit :',
    'Le {#date:hdr} à {#time}, Service client {@brand} <{@noreply}> a écrit :',
    '-----Message d\'origine-----\nDe : {@agentfull} <{email:agent}>\nEnvoyé : {#date:hdr} {#time}\nÀ : {email}\nObjet : Votre dossier {#ticket_number}',
]
QUOTED = [
    'Bonjour {@first},\n\nMerci pour votre message. Pour vous aider, nous avons besoin de votre numéro client. Votre '
    'numéro de dossier est {#ticket_number}.\n\nCordialement,\n{@agent}',
    'Bonjour {@first},\n\nVotre mot de passe a été réinitialisé. Vous allez recevoir un SMS au {#masked_value:phone}.\n\n{@agent}',
    'Bonjour,\n\nLe technicien passera le {#date} entre {#time} et {#time}.\n\nBien à vous,\nService client {@brand}',
    'Bonjour {@full},\n\nNous avons modifié votre numéro de compte en {iban}. La prochaine domiciliation de {#amount} '
    'aura lieu vers le {#date}.\n\nCordialement,\n{@agent}',
]
FWD_HDR = [
    'Voir ci-dessous, merci de regarder.\n\n---------- Forwarded message ---------\nDe : {@staff} <{email:staff}>\n'
    'Date : {#date:hdr}\nObjet : connexion caisse\nÀ : {email}',
    'Transféré de mon employée :\n\nDébut du message réexpédié :\n\nDe: {@staff} <{email:staff}>\nDate: {#date:hdr} {#time}',
]

AGENT_OPEN = ['Bonjour {@first},', 'Bonjour {@full},', 'Bonjour !', 'Madame, Monsieur,', 'Re-bonjour {@first},']
AGENT_CLOSE = ['Bonne journée, {@agent}', '— {@init}', 'Cordialement,\n{@agent}\nService client {@brand}', 'Belle journée ! {@agent}',
               '{@agent}, service client']
AGENT = {
    'password': [
        'Votre mot de passe provisoire est {password:temp}. Merci de le modifier dès la première connexion.',
        'Je vois que vous avez écrit votre mot de passe {password} dans le chat. Changez-le tout de suite svp.',
    ],
    'pin': [
        'Le code gestionnaire par défaut du {#model_number:terminal} est {pin}. Pensez à le changer.',
    ],
    'puk': [
        'Votre code PUK est {puk}. Après 10 essais erronés, la carte SIM est bloquée définitivement.',
        'Pour le numéro se terminant par {#masked_value:sim}, le PUK est {puk}.',
    ],
    'otp': [
        'Je vois dans notre système que le code envoyé est {otp}. Il est valable 10 minutes.',
    ],
    'username': [
        "Votre identifiant est {username}. Via « mot de passe oublié », vous pouvez en demander un nouveau.",
    ],
    'api_key': [
        "La clé que vous avez envoyée ({api_key}) est une clé de test. Pour les paiements réels, utilisez la clé live.",
        "J'ai révoqué la clé {#masked_value:key}. Créez-en une nouvelle dans le tableau de bord.",
    ],
    'iban': [
        'Merci, le numéro de compte a été modifié en {iban}, à partir du {#date}.',
        'Le compte que nous connaissons se termine par {#masked_value:last4}. Est-ce correct ?',
    ],
    'customer_number': [
        'Votre numéro client est le {customer_number}. Le technicien passera le {#date} entre {#time} et {#time}.',
    ],
    'wifi_key': [
        'J\'ai modifié la clé wifi en {wifi_key}. Le {#model_number:router} va redémarrer.',
    ],
    'mask': [
        'Nous voyons le paiement de {#amount} avec la carte {#masked_value:card}, traité le {#date}.',
        'Un code a été envoyé au {#masked_value:phone}.',
        'La confirmation a été envoyée à {#masked_value:email}.',
    ],
    'macro': [
        'Bonjour {{prenom}}, votre commande {{numero_commande}} a été expédiée.',
        'Bonjour [NOM], votre code PUK est [PUK].',
    ],
    'none': [
        'Pouvez-vous nous envoyer votre numéro client et votre code postal en message privé ?',
        'Par sécurité : ne partagez jamais votre code PIN ni votre mot de passe, même avec nous.',
        'Il y a une panne à {@city}, nos techniciens sont sur place. Infos : {#url:status}.',
        'J\'ai ouvert le dossier {#ticket_number} pour vous.',
    ],
}
PUBLIC = {
    'none': [
        '{#mention} 2h sans internet à {@city}, le {@debit} ne marche pas, impossible de travailler !',
        '{#mention} pourquoi payer {#amount} pour un terminal qui ne fonctionne pas',
        '{#mention} panne ? erreur {#error_code:terminal} sur tous nos terminaux',
        'Une heure en attente au {#company_phone} {#mention} c\'est une blague',
        '{#mention} commande {#order_number} toujours pas livrée, dossier {#ticket_number}',
        '{#mention} frais passés à {#percentage:fee} sans prévenir',
    ],
    'phone': [
        '{#mention} personne ne rappelle. Appelez-moi au {phone}',
    ],
    'customer_number': [
        '{#mention} client n° {customer_number}, 3 semaines sans réponse',
    ],
    'email': [
        '{#mention} envoyez le code à {email}, les SMS n\'arrivent pas',
    ],
    'password': [
        '{#mention} mon mot de passe {password} ne marche plus depuis votre mise à jour',
    ],
}

# ---------------------------------------------------------------------------
# more phrasings
# ---------------------------------------------------------------------------
CHAT['password'] += [
    '{password} c\'est le nouveau mot de passe de la caisse, la licence c\'est toujours {#product_code:licence}',
    'mdp de la boîte mail pro :\n{password}\n(la version de l\'app est {#version_string})',
    'il accepte {password} sur le PC mais pas sur le {#model_number:phone}, bizarre non ?',
]
CHAT['pin'] += [
    '{pin} c\'est le code PIN de la SIM du terminal {#model_number:terminal}',
    "nouvelle carte reçue, le courrier dit {pin} mais je veux le changer",
]
CHAT['otp'] += [
    'commande {#order_number} et le code reçu est {otp}',
    'code pour coupler la caisse : {otp:alnum}',
    "je suis à l'étranger (vol {#flight_number}, retour le {#date}), le code SMS {otp} est arrivé après une heure",
]
CHAT['wifi_key'] += [
    'clé du wifi :\n{wifi_key}\nmodem {#model_number:router}, firmware {#version_string}',
    '{wifi_key} = wifi du personnel, pas pour les clients',
]
CHAT['username'] += [
    "j'ai 2 identifiants, {username} et {username:admin}, lequel pour la déclaration TVA {#year} ?",
    'identifiant : {username}\n(le compte de {@staff}, elle est à l\'autre magasin aujourd\'hui)',
]
CHAT['api_key'] += [
    'licence caisse {#product_code:licence}, clé API boutique {api_key}. Vous avez besoin de quoi ?',
    'serveur {ip_address} port {#port}, clé api {api_key}',
    'le plugin demande une "clé API", j\'ai collé {api_key}. La somme de contrôle du zip était {#checksum}',
]
CHAT['token'] += [
    'le lien reçu contient token={token}, il est encore valable ?',
    'jeton ({token:hex}) dans le fichier de config du PC de caisse',
]
CHAT['card'] += [
    'carte de crédit {card}\nexp {card_expiry}\ncvc {cvv}\nfacture {#invoice_number}',
]
CHAT['iban'] += [
    'versements sur {iban} svp, plus sur l\'ancien compte qui finit par {#masked_value:last4}',
    '<landlord>nouveau locataire, son compte est {iban:other}. loyer {#amount} par mois',
]
CHAT['bsn'] += [
    '<dental>NN du patient {bsn:be}, rdv le {#date} à {#time}',
]
CHAT['date_of_birth'] += [
    'date de naissance du titulaire : {date_of_birth}, société créée en {#year:since}',
]
CHAT['ip_address'] += [
    "le PC de caisse ({ip_address:lan}) ne voit pas le terminal en {ip_address:lan} port {#port}",
    'notre IP publique est {ip_address}, la connexion saute tous les jours vers {#time}',
]
CHAT['customer_number'] += [
    'n° client {customer_number}\nindex jour {#meter_reading} nuit {#meter_reading}',
    'numéro de commande {#order_number} mais mon n° client c\'est {customer_number}',
]
CHAT['none'] += [
    'code licence {#product_code:licence} refusé après réinstallation',
    'on a {#quantity:units} mais vous en facturez 5',
    'article {#product_code} en rupture depuis le {#date}',
    'client depuis {#year:since} et voilà comment on est traités',
    "l'imprimante {#model_number:printer} n'imprime rien, port {#port} ouvert",
]
CTX += ['licence {#product_code:licence}', 'réf. {#product_code}', 'port {#port}', 'client depuis {#year:since}']
EMAIL_FRAG['none'] += [
    "Le code de licence du logiciel de caisse ({#product_code:licence}) n'est plus valable après la réinstallation.",
    "L'imprimante de tickets ({#model_number:printer}) répond sur le port {#port}, mais n'imprime rien.",
]
CHAT['pin'] += ['c\'est {pin}']
CHAT['username'] += ['{username}']
SIG += ['{@first} {@last}\n{@shop}', '{@full}\n{@shop}\nCourriel : {email}\nGSM : {phone}\nTVA : {#company_registration:bevat}']
# keep the agent-address quote headers apart so that both halves get one
QUOTE_HDR[1], QUOTE_HDR[2] = QUOTE_HDR[2], QUOTE_HDR[1]
