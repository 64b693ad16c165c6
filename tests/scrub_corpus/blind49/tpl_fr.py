"""Belgian French templates (fr-be)."""

T = {
    ("dm", "phone"): [
        "bonsoir on m'a volé mon gsm dans le métro à {n_time}, pouvez vous bloquer la carte sim svp. mon numéro {phone}",
        "J'ai perdu mon téléphone ({n_model}). Numéro {phone@a}, numéro client {cust}. Il me faut le code PUK, la sim est bloquée",
        "gsm volé\nmon numero c'est le {split:phone}\nmerci de faire vite",
        "Le code PIN de ma nouvelle carte SIM ne marche pas, j'ai mis {pin}. Le PUK sur la lettre c'est {puk} je peux l'utiliser?",
        "mon numéro {phone@a} pardon faute de frappe c'est {phone:fix}. téléphone volé à la gare de {CITY}",
        "j'ai appelé le {n_cphone} trois fois, personne. il faut bloquer la sim!!! {phone}",
        "Bonjour, mon fils a perdu son téléphone à l'école. Le numéro est à mon nom: {phone}, né le {dob} (moi). Registre national {rrn}",
    ],
    ("dm", "card"): [
        "portefeuille volé!! bloquez ma carte svp. compte {iban}",
        "Bonsoir, ma carte bancaire a été volée. Numéro {card}, expire {exp}. Je vois un paiement de {n_amount} à {n_time} que je n'ai pas fait",
        "carte perdue. j'ai peur qu'ils aient vu mon code {pin} au distributeur. IBAN {iban@a}\ndésolée c'est bien {iban@a}",
        "carte de crédit volée: {split:card} cryptogramme {cvv}",
        "J'ai déjà appelé Card Stop au {n_cphone}, numéro de dossier {n_ticket}. Carte Bancontact {card}. Compte {iban}",
        "Ma carte a été avalée par le distributeur à {n_time}. Pouvez-vous m'envoyer une nouvelle à {addr}? N° client {cust}",
        "il y a {n_qty:t} de {n_amount} à {CITY} alors que je dormais. carte {card} date d'expiration {exp}",
    ],
    ("dm", "hack"): [
        "mon compte {SOCIAL} est piraté, ils ont changé l'adresse mail. la mienne c'est {email}, nom d'utilisateur {user}",
        "Je reçois des codes par SMS: {otp} puis {otp}. Je n'ai rien demandé. On essaie de pirater mon compte?",
        "impossible de me connecter. ancien mot de passe {password}, le nouveau que j'ai essayé {password}. identifiant {user}",
        "Quelqu'un s'est connecté à {n_time} depuis l'adresse IP {ip}. Ce n'est pas moi. Compte {email}, mot de passe changé en {password}",
        "le code reçu c'est {otp:words}, je vous le donne?",
        "identifiant : {user}\nmot de passe : {password}\nmail : {email}\nje suis déconnectée tout le temps, erreur {n_err}",
        "un 'ami' m'a demandé le code de vérification whatsapp et j'ai envoyé {otp}. maintenant mon whatsapp est piraté, numéro {phone}",
    ],
    ("dm", "fraud"): [
        "Mon compte est bloqué!! Je dois payer le loyer aujourd'hui ({n_amount}). IBAN {iban}, date de naissance {dob}",
        "Vous avez bloqué mon compte pour 'transactions suspectes', référence {n_ticket}. Compte {iban}. Je déménage, c'est pour ça les gros montants",
        "arnaque sur 2ememain. j'ai viré {n_amount} vers {iban} le {n_date} à {n_time}. mon compte à moi {iban}",
        "Un 'employé de la banque' m'a appelée du {n_cphone} et m'a demandé mon code secret, j'ai dit {pin}. C'était vous?",
        "compte bloqué, je suis en vacances jusqu'au {n_date}. IBAN {split:iban}. tél {phone}",
        "Mon numéro de registre national {rrn}, numéro client {cust}. Il me faut un nouveau digipass, le mien a été volé avec mon sac",
    ],
    ("dm", "move"): [
        "Urgent: je déménage après-demain ({n_date}). Ancienne adresse {addr}, nouvelle adresse {addr}. Numéro client {cust}",
        "Bonjour {ENERGY}, code EAN {cust:ean}, relevé du compteur {n_meter}. Ma nouvelle adresse: {addr}",
        "déménagement: de {addr} à {addr}\npardon erreur, c'est {addr}",
        "le technicien passe demain à {n_time}, je ne suis pas là. boîte à clés code {pin:door}. adresse {addr}",
        "nouveau modem installé mais la clé wifi sur l'étiquette ne marche pas. réseau {SSID} clé {wifi}",
    ],
    ("dm", "death"): [
        "Bonjour, mon père est décédé le {n_date}. Je voudrais résilier son abonnement. Son numéro {phone}, numéro client {cust}. Il habitait {addr}",
        "ma mère est décédée la semaine dernière. née le {dob}, registre national {rrn}. je suis l'exécuteur testamentaire",
        "Je dois clôturer le compte de mon oncle décédé: {iban}. Dossier succession {n_ticket}",
        "merci de supprimer le compte de ma sœur décédée, son mail {email:other}, nom d'utilisateur {user}",
        "contrat d'énergie de ma grand-mère décédée: EAN {cust:ean}, index final {n_meter}. J'attends depuis {n_qty:d} au {n_cphone}",
    ],
    ("dm", "misc"): [
        "notre clé API a été publiée par erreur: {api}. Pouvez-vous la révoquer? ID de requête {n_req}",
        "le jeton de l'app c'est {token}, version {n_ver}",
        "mot de passe admin du routeur {password}, port {n_port} ouvert? je vois une connexion de {ip}",
        "commande {n_order} jamais reçue, suivi {n_track} dit livré mais pas chez moi au {addr}",
    ],
    ("pub", "all"): [
        "{n_mention} carte volée et votre ligne {n_cphone} est occupée toute la nuit. Comment je bloque?? {n_tag}",
        "{n_mention} ça fait {n_qty:d} que mon compte est bloqué. dossier {n_ticket}. honteux {n_tag}",
        "{n_mention} compte piraté, quelqu'un publie des arnaques depuis mon profil {n_tag} {n_tag}",
        "{n_mention} rappelez moi au {phone} svp, gsm de ma femme volé",
        "{n_mention} pourquoi je reçois un code par SMS à {n_time} alors que je ne fais rien? {n_tag}",
        "{n_mention} mon père est décédé et j'attends depuis {n_qty:d} au {n_cphone}. Inadmissible",
        "{n_mention} appli en panne, erreur {n_err} depuis {n_time} {n_tag}",
        "{n_mention} regardez vos DM, j'ai envoyé mon numéro client {cust}. urgent!",
    ],
    ("agent", "all"): [
        "Bonjour {MEF}, nous avons bloqué la carte SIM du numéro {phone}. Vous pouvez commander une nouvelle SIM via {n_url}. Bien à vous, {AGENT}",
        "Votre carte se terminant par {n_masked:card} est bloquée depuis {n_time}. Une nouvelle carte sera envoyée à {addr}. ^{AGENT}",
        "Bonjour {prénom}, ne communiquez jamais votre code secret, même à nous. En cas de doute appelez le {n_cphone}. Votre dossier: {n_ticket}",
        "Votre code PUK est {puk}. Attention, après 10 essais la SIM est définitivement bloquée. {AGENT}",
        "Toutes nos condoléances. Le contrat n° {cust} est résilié au {n_date}. Le décompte final sera envoyé au {addr}. Cordialement, {AGENT}",
        "Nous avons vérifié: date de naissance {dob}, adresse e-mail {email}. Le blocage de votre compte {iban} est levé. Dossier {n_ticket}",
        "Votre compte {user} est rétabli. Les connexions depuis {ip} sont bloquées. Mot de passe temporaire: {password}",
        "Bonjour, notre service fraude est joignable 24h/24 au {n_cphone}. Mentionnez la référence {n_ticket}. TVA {n_kvk}",
    ],
}

EMAIL = {
    "greet": ["Madame, Monsieur,", "Bonjour,", "Bonsoir,", "Cher service client,", "Bonjour {BRAND},", "Madame, Monsieur, bonjour"],
    "subject": ["Objet : URGENT carte volée", "Objet : RE: votre dossier {n_ticket}", "Objet : résiliation suite décès", "Objet : compte piraté",
                "Objet : compte bloqué", "Objet : TR: transaction suspecte"],
    "close": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Merci de faire vite.\nBàv", "Bonne soirée"],
    "sig": ["{ME}\n{phone}", "{ME}\n{addr}\nGSM : {phone}", "{ME}", "{MEF}\nEnvoyé de mon iPhone", "{ME}\nTél. {phone}\n{email}", "{ME}\nN° client : {cust}"],
    "disc": ["Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de le supprimer.",
             "{BRAND} SA – {REG} {n_kvk} – RPM Bruxelles.", "Pensez à l'environnement avant d'imprimer ce mail."],
    "qhdr": ["Le {n_date} à {n_time}, {BRAND} Service Clients a écrit :", "Le {n_date}, {AGENT} ({BRAND}) a écrit :",
             "De : {BRAND}\nEnvoyé : {n_date} {n_time}\nÀ : {email}\nObjet : Votre dossier {n_ticket}"],
    "fwd": ["-------- Message transféré --------\nDe : {ME} <{email}>\nDate : {n_date} {n_time}", "Début du message réexpédié :\n\nDe : {NAME} <{email:other}>\nDate : {n_date}"],
    "agentsig": ["Cordialement,\n{AGENT}\nService Clients {BRAND}\n{n_cphone} (24h/24 pour les blocages)", "Bien à vous, {AGENT} | {BRAND} | {n_url}",
                 "{AGENT}\n{BRAND} – {REG} {n_kvk}\nT {n_cphone}", "Salutations,\n{AGENT} – Équipe sociale {BRAND}\nLigne fraude {n_cphone}"],
}

SPLITSEP = ["\n", "\n\n", "\n(envoyé trop vite) ", " .. ", "\n"]

T[("dm", "extra")] = [
    "carte volée dans le train. visa {card} expire {exp} code au dos {cvv}. bloquez svp",
    "Je pense que ma carte a été copiée. Numéro {card}, date d'expiration {exp}, CVC {cvv}. Je vois des réservations pour le vol {n_flight}",
    "SIM bloquée après 3 erreurs. le PUK c'est {puk}? et le nouveau code PIN sera {pin}",
    "besoin du code PUK!! téléphone de ma fille bloqué, elle a essayé {puk}. numéro {phone}",
    "vol {n_flight} raté parce qu'on m'a volé mon téléphone avec la carte d'embarquement. numéro {phone}. appareil {n_model}",
    "l'appli ne s'ouvre plus sur mon {n_model} (version {n_ver}). identifiant {user}, mdp {password}",
    "la mise à jour (somme de contrôle {n_sum}) a planté le modem. nouvelle clé wifi {wifi} ne marche pas",
    "hash du fichier {n_sum}, le jeton de session dans le lien était {token}. mon compte est compromis?",
]
T[("agent", "extra")] = [
    "Bonjour {MEF}, le PUK de votre SIM se terminant par {n_masked:phone} est {puk}. En cas de souci, appelez le {n_cphone}. {AGENT}",
    "Votre code PUK : {puk}. Vous devrez ensuite choisir un nouveau code PIN. Dossier {n_ticket}",
    "J'ai bloqué la carte {card} (exp. {exp}). Ne partagez jamais votre CVC, même le {cvv} que vous venez d'envoyer! {AGENT}",
    "Vous nous avez envoyé le numéro de carte {card} et le code {cvv}. Merci de supprimer ce message. La carte est bloquée depuis {n_time}.",
]
T[("dm", "extra")] += [
    "le support m'a demandé le token: Bearer {token} (requête {n_req}). c'est normal?",
    "nouvel appart, nouveau modem. réseau {SSID}, clé WPA : {wifi}\npardon faute, c'est {wifi:fix}",
    "notre boutique en ligne a fuité. clé API {api}, jeton d'accès {token}. révoquez tout svp, erreur {n_err}",
    "j'ai mis la clé wifi {wifi} et la clé api {api} dans un groupe whatsapp par erreur. je peux les réinitialiser?",
]
