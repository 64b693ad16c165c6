"""Belgian French templates."""

FR = {}
FR["body"] = [
    "Bonjour, je souhaite garder mon numéro {phone} en passant de {F.brand} chez vous. Mon numéro client chez eux: {cust}, n° de carte SIM {cust:iccid}.",
    "J'ai acheté une carte de recharge de {N.amount}, code de recharge {pin:voucher}, et rien n'est crédité !! Erreur {N.err}",
    "Votre collègue m'a demandé mon numéro de registre national: {bsn:rrn}. Date de naissance {dob}.",
    "Facture roaming de {N.amount} pour une semaine en {F.country}, c'est du vol. Facture n° {N.invoice}. Remboursez sur {iban} svp (titulaire né le {dob})",
    "Quelqu'un a fait un échange de carte SIM sur mon numéro {phone#a} sans mon accord. J'ai reçu le code {otp} à {N.time} puis plus de réseau. Bloquez {phone#a} !",
    "L'activation de l'eSIM échoue, le QR code donne l'erreur {N.err}. Code d'activation dans le mail : {token:esim}. Téléphone {N.model}, {N.ver}. N° client {cust}",
    "J'ai tapé 3 fois le mauvais code PIN ({pin} je pensais), maintenant il demande le PUK. Sur la carte il y a {puk} mais ça ne marche pas",
    "Pour ma société (n° d'entreprise {N.reg}) on veut ajouter {N.qty:lines}. Identifiant espace pro : {username}, mot de passe : {password}",
    "Mon contrat se termine le {N.date}. Je veux prolonger avec un {N.model} payé en plusieurs fois. N° client {cust}, adresse {address}",
    "La domiciliation peut se faire sur le compte {iban}. N° client {cust}. Merci",
    "le code wifi de la box c'est {wifi_key} (réseau {F.ssid}), le technicien en a besoin ?",
    "Je reçois des SMS avec des codes de vérification ({otp}) alors que je ne demande rien. Mon compte {username} est piraté ?",
    "Pouvez-vous me rappeler au {phone} ? De préférence après {N.time}. Sinon par mail : {email}",
    "Paiement par carte {card} (exp. {exp}, cryptogramme {cvv}) refusé dans l'appli",
    "Le code qu'on m'a envoyé pour la recharge : {otp:words}",
    "Je déménage au {address} le {N.date}. Mon abonnement mobile ({cust:contract}) doit suivre.",
    "Notre adresse IP fixe {ip} ne répond plus depuis la maintenance, le port {N.port} est fermé. Client {cust}",
    "Le code de la boîte à clés est {pin:door}, le technicien peut entrer. Adresse : {address}",
    "Téléphone volé hier soir. Numéro {phone}, merci de bloquer la SIM. Mon contrat : {cust:contract}. Nouvelle carte à envoyer à {address}",
    "Mes identifiants MyProximus:\nlogin : {username}\nmdp : {password}\nÇa ne passe plus depuis {N.date}",
    "La clé API pour l'envoi de SMS ({api_key}) renvoie {N.err}. ID de requête {N.reqid}",
    "J'ai reçu ma nouvelle SIM (suivi {N.track}). Code PIN {pin}, PUK {puk}. Comment l'activer ?",
    "Pourquoi je paie {N.pct} de plus ? Forfait {N.qty} à {N.amount} maintenant. N° client {cust}",
    "Le jeton d'accès pour notre intégration a expiré : {token}. Compte client {cust}",
]
FR["public"] = [
    "{N.mention} toujours pas de réseau à {F.city} depuis ce matin {N.hashtag}",
    "{N.mention} la portabilité de mon numéro prend déjà {N.qty:dur}, inadmissible {N.hashtag}",
    "{N.mention} rappelez-moi au {phone} svp, le chat ne fonctionne pas",
    "{N.mention} {N.amount} de roaming pour un week-end en {F.country} ?! {N.hashtag}",
    "{N.umention} pareil ici, {N.mention} est en panne depuis {N.time}",
    "{N.mention} QR code eSIM refusé, erreur {N.err} {N.hashtag}",
]
FR["agent"] = [
    "Bonjour {F.first}, envoyez-nous un message privé avec votre numéro client, nous regardons ça ensemble. {F.initials}",
    "Merci ! Le transfert du {phone} est prévu le {N.date}. Votre dossier : {N.ticket}. Bonne journée, {F.agent}",
    "Le code PUK du {phone} est {puk}. Ne le communiquez jamais à un tiers. {F.initials}",
    "Le remboursement de {N.amount} a été fait sur le compte {N.masked}. {F.initials}",
    "Bonjour {F.macro}, votre code de confirmation est {F.codemacro}. Appelez le {N.cphone} si besoin. {F.agent}",
    "J'ai modifié votre adresse e-mail en {email} et votre adresse en {address}. C'est correct ? {F.initials}",
    "Pouvez-vous confirmer votre date de naissance et votre numéro de GSM ? Nous bloquerons ensuite la SIM. {F.initials}",
    "Une panne est en cours dans la région de {F.city} (réf. {N.ticket}). Infos sur {N.url}. {F.initials}",
]
FR["greet"] = ["Bonjour,", "Madame, Monsieur,", "Bonjour {F.brand},", "Bonsoir,", "Chère équipe,", "Bonjour service client,"]
FR["close"] = ["Cordialement,\n{F.name}", "Bien à vous,\n{F.name}\n{phone}", "Merci d'avance,\n{F.first}", "Salutations distinguées,\n{F.name}\n{address:multi}"]
FR["sig"] = [
    "{F.name}\nGérant — {F.company}\nTVA {N.reg}\nGSM : {phone}",
    "--\n{F.name}\n{email}\nTél. {phone}",
    "Envoyé de mon iPhone",
    "Envoyé depuis mon appareil Galaxy",
]
FR["quotehdr"] = [
    "Le {N.date} à {N.time}, {F.name} <{email}> a écrit :",
    "De : {F.brand} Service Clients\nEnvoyé : {N.date} {N.time}\nÀ : {email}\nObjet : RE: Votre dossier {N.ticket}",
    "-------- Message transféré --------\nSujet : recharge\nDate : {N.date}\nDe : {F.name} <{email}>",
    "{F.name} <{email}> a écrit le {N.date} :",
]
FR["disclaimer"] = [
    "Ce message et ses pièces jointes sont confidentiels. {F.company} — BCE {N.reg}.",
    "Pensez à l'environnement avant d'imprimer ce mail.",
]
FR["subject"] = ["Objet : portabilité du numéro", "Objet : recharge non créditée", "Objet : facture roaming {N.invoice}", "Objet : RE: code PUK", "Objet : eSIM"]
