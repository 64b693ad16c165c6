"""blind9 templates: Belgian French (fr-BE). See generate_blind.py for the syntax."""
LFAM = "fr"
TEMPLATES = []


def T(fam, sector, channels, text, lang="fr-be", w=1, region=None):
    TEMPLATES.append({"fam": fam, "sector": sector, "channels": channels.split(), "text": text.strip("\n"),
                      "lang": lang, "w": w, "region": region})


PHRASES = {
    "pair": [
        "identifiant {user} et mot de passe {pw}",
        "identifiant : {user} / mdp : {pw}",
        "login {user} mdp {pw}",
        "{user} / {pw}",
        "nom d'utilisateur {user}, mot de passe {pw}",
        "mon identifiant est {user} et mon mot de passe {pw}",
        "{user} avec le mot de passe {pw}",
        "user {user} pass {pw}",
        "identifiant: {user}\nmot de passe: {pw}",
        "{user}:{pw}",
        "identifiant (à savoir {user}) et mot de passe ({pw})",
        "mot de passe {pw} pour le compte {user}",
        "identifant {user} et mot de pase {pw}",
        "login: {user} – mdp: {pw}",
    ],
    "pw": [
        "mon mot de passe est {pw}",
        "mdp : {pw}",
        "mot de passe {pw}",
        "{pw} comme mot de passe",
        "mot de pase {pw}",
        "le mot de passe « {pw} »",
        "mdp ({pw})",
        "mot de passe → {pw}",
        "mot de passe, soit {pw}",
        "mot de passe, à savoir {pw}",
        "motdepasse {pw}",
        "mdp = {pw}",
    ],
    "otp": [
        "le code {otpx}",
        "le code de vérification {otp}",
        "code SMS : {otpx}",
        "le code reçu par SMS ({otp})",
        "le code de réponse {otp8}",
        "le code digipass {otp8}",
        "« {otp} »",
        "code de confirmation {otp}",
        "le code, soit {otp}",
        "le code, à savoir {otpx}",
        "👉 {otp}",
        "code de validation {otp}",
        "code de vérfication {otp}",
        "le code unique {otp}",
        "code → {otpsp}",
    ],
    "pin": [
        "mon code PIN est {pin}",
        "code secret {pin}",
        "mon code secret, soit {pin}",
        "code PIN : {pin}",
        "{pin} comme code secret",
        "le PIN ({pin})",
        "code secret à savoir {pin}",
        "code pin {pin}",
        "code secert {pin}",
        "PIN → {pin}",
        "le code de ma carte : {pin}",
        "« {pin} » comme code",
    ],
    "cvv": [
        "les 3 chiffres au dos ({cvv})",
        "CVC {cvv}",
        "le code au verso {cvv}",
        "cryptogramme {cvv}",
        "cvv : {cvv}",
        "code de sécurité {cvv}",
        "{cvv} (au dos)",
        "cryptogramme visuel → {cvv}",
        "les trois chiffres derrière, {cvv}",
        "code CVV soit {cvv}",
    ],
    "card": [
        "numéro de carte {card}",
        "ma carte de crédit ({card})",
        "n° de carte : {card}",
        "le numéro de ma Visa {visa}",
        "carte {card}",
        "le long numéro {card}",
        "numéro de la carte, à savoir {card}",
        "ma Mastercard {mc}",
    ],
    "exp": [
        "date d'expiration {exp}",
        "valable jusqu'au {exp}",
        "exp {exp}",
        "({exp})",
        "expire fin {exp}",
        "fin de validité {exp}",
    ],
    "iban": [
        "numéro de compte {iban}",
        "IBAN {iban}",
        "mon compte {iban}",
        "iban : {iban}",
        "compte n° {iban}",
        "sur le compte {iban}",
    ],
    "wifi": [
        "mot de passe wifi {wifi}",
        "clé wifi {wifi}",
        "clé de sécurité {wifi}",
        "code wifi : {wifi}",
        "la clé WPA {wifi}",
        "le mot de passe du wifi, soit {wifi}",
        "clé réseau {wifi}",
        "{wifi} comme clé wifi",
        "mdp wifi {wifi}",
        "clé wi-fi ({wifi})",
    ],
    "puk": [
        "code PUK {puk}",
        "PUK {puk}",
        "le PUK est {puk}",
        "code PUK : {puk}",
        "PUK1 {puk}",
        "code puk, soit {puk}",
        "n° PUK {puk}",
        "le code PUK « {puk} »",
    ],
    "user": [
        "identifiant {user}",
        "nom d'utilisateur {user}",
        "login {user}",
        "identifiant : {user}",
        "mon identifiant est {user}",
        "identifant {user}",
        "pseudo {user}",
    ],
    "bsnnl": [
        "numéro BSN {bsnflat}",
        "BSN {bsn}",
        "mon BSN néerlandais, soit {bsn}",
        "numéro de service citoyen (BSN) {bsn}",
    ],
}

# ------------------------------------------------------------------ phishing: codes
T("phish_otp", "bank", "whatsapp messenger", """
Bonjour, je pense avoir été victime d'une arnaque. Quelqu'un du « service fraude » m'a appelé et je lui ai donné {~otp}. Maintenant il manque {amt} sur mon compte. Que dois-je faire ?
""")
T("phish_otp", "bank", "x_dm", """
j'ai mis ma carte dans le lecteur et j'ai lu {~otp} à quelqu'un qui disait être de chez {brand} 😢 je suis dégoûté
""")
T("phish_otp", "bank", "email", """
Objet : Fraude par téléphone - codes de réponse communiqués

Madame, Monsieur,

Le {date} vers {tpm}, j'ai été appelé par une personne se présentant comme employé de {brand}. Le numéro affiché ressemblait au vôtre ({cph}). Il m'a fait générer deux codes avec le lecteur de carte : j'ai communiqué {otp8@a}, puis {otp8@b}. Entre-temps, deux virements de {amt} ont été effectués vers {ibanx}.

Pourriez-vous bloquer mon accès et tenter de récupérer les fonds ?

Bien à vous,
{sig}
""")
T("phish_otp", "bank", "whatsapp", """
{ts}{first}: bonjour
{ts}{first}: j'ai donné un code à quelqu'un au téléphone
{ts}{brand}: Bonjour {first}, merci de nous prévenir rapidement. Quel code et à quelle heure ?
{ts}{first}: attendez je regarde mes SMS
{ts}{first}: {otp}
{ts}{first}: vers {time}
{ts}{brand}: J'ai bloqué votre accès. Ne partagez jamais un code, même avec nous. Dossier {case}.
""")
T("phish_otp", "market", "messenger instagram_dm", """
Un acheteur sur {brand} voulait mon vélo et m'a demandé un code « pour vérifier que je ne suis pas un robot ». Je lui ai envoyé {otpsp} et maintenant je n'ai plus accès à mon compte. Pour info : {~user}.
""")
T("phish_otp", "bank", "x_public", """
{at} arnaqué par un faux helpdesk, j'ai donné le code {otp} et il manque {amt}. Comment tout bloquer ? {tag}
""")
T("phish_otp", "telco", "whatsapp", """
J'ai reçu cette nuit un SMS avec un code ({otpx}) et 5 minutes après quelqu'un « de chez {brand} » m'a appelé pour me le demander pour une « mise à jour de mon abonnement ». Je l'ai donné. Mon numéro de GSM est {phone}.
""")

# ------------------------------------------------------------------ phishing: card
T("phish_card", "card", "email", """
Objet : Données de carte encodées sur un faux site

Bonjour,

J'ai reçu un SMS de « {parcel} » me demandant de payer {amts} pour un colis ({track}). Sur le site, j'ai encodé {~card}, {~exp} et {~cvv}. Ensuite, j'ai vu un paiement de {amt}.

Merci de bloquer ma carte au plus vite.

Cordialement,
{sig}
""")
T("phish_card", "card", "whatsapp telegram", """
{ts}{brand}: Bonjour {first}, qu'avez-vous encodé exactement sur cette page ?
{ts}{first}: le numéro de carte
{ts}{first}: {card}
{ts}{first}: la date {exp}
{ts}{brand}: Et le code au dos ?
{ts}{first}: oui aussi, {cvv}
{ts}{brand}: Merci. La carte se terminant par {last4} est maintenant bloquée.
""")
T("phish_card", "shop", "messenger x_dm", """
J'ai commandé sur un faux site de {brand} (commande {ord}). Payé avec {~card} et {~cvv}. Évidemment rien n'arrive. Comment récupérer mon argent ?
""")
T("phish_card", "market", "whatsapp", """
L'acheteur sur {brand} m'a envoyé un lien « pour recevoir le paiement ». J'ai dû mettre ma carte : {cardflat}, {exp}, et à la fin le {cvv}. Au lieu de recevoir, on m'a débité {amt} 😡
""")
T("phish_card", "stream", "instagram_dm messenger", """
J'ai reçu un mail disant que mon abonnement {brand} n'était pas payé. J'ai remis ma carte via le lien : {card}, valable jusqu'au {exp}. Je vois maintenant que c'était un faux. Je fais quoi ?
""")

# ------------------------------------------------------------------ phishing: PIN
T("phish_pin", "bank", "email", """
Objet : Carte remise à un faux employé de banque

Bonjour,

Mon père ({dob}) a remis hier sa carte de banque à un homme qui se faisait passer pour un employé de {brand}. Il lui a aussi donné son code secret {pin} « pour que la carte soit détruite ». Aujourd'hui, {amt} ont été retirés à un distributeur à {city}.

Son compte : {iban}. Vous pouvez me joindre au {phone}.

Bien à vous,
{full}
""")
T("phish_pin", "bank", "whatsapp messenger", """
j'ai dit {~pin} au téléphone parce qu'ils disaient que ma carte était piratée. c'est grave ?
""")
T("phish_pin", "bank", "x_public facebook_comment", """
{at} ma mère de 84 ans a donné son code secret ({pin}) à un faux employé. Carte bloquée, mais {amt} déjà retirés. {tag}
""")
T("phish_pin", "bank", "whatsapp", """
{ts}{brand}: Avez-vous aussi communiqué votre code PIN ?
{ts}{first}: oui
{ts}{first}: malheureusement
{ts}{brand}: Pas de souci, inutile de le répéter ici.
{ts}{first}: c'était {pin} de toute façon
{ts}{brand}: Merci. La carte est bloquée. Référence {case}.
""")

# ------------------------------------------------------------------ phishing: login
T("phish_login", "bank", "email", """
Objet : Identifiants encodés sur une fausse page

Bonjour,

Via un mail de « {brand} », je suis arrivé sur {purl}. J'y ai encodé {~pair}. Ensuite le site m'a demandé le code de réponse du lecteur ({otp8}). J'ai depuis changé mon mot de passe en {pw}.

Merci de bloquer mon accès en ligne.

Cordialement,
{sig}
""")
T("phish_login", "stream", "messenger x_dm", """
Quelqu'un a pris mon compte {brand} et changé l'adresse mail. J'avais mis {~pair} sur un faux lien. Ma vraie adresse est {email}
""")
T("phish_login", "shop", "whatsapp", """
Reçu un mail disant que mon compte {brand} allait expirer. J'ai cliqué et je me suis connecté, {~pw}. Maintenant il y a une commande de {amt} que je n'ai pas faite (n° {ord})
""")
T("phish_login", "insure", "messenger", """
Faux mail de {brand} pour un « remboursement ». J'ai mis {~pair} puis {~iban}. Je dois bloquer quelque chose ?
""")

# ------------------------------------------------------------------ lock-out
T("lockout", "bank", "whatsapp telegram", """
Après 3 essais mon appli est bloquée. Je pensais que mon code était {pin5}, ou peut-être {pin5}. Vous pouvez débloquer ? Appli version {appver} sur {ver}
""")
T("lockout", "bank", "messenger x_dm", """
J'ai le code erreur {err} quand je me connecte avec {~pair}. Depuis la mise à jour du {date}. C'est quoi le problème ?
""")
T("lockout", "telco", "email", """
Objet : Compte bloqué

Bonjour,

Je ne peux plus me connecter à Mon {brand}. Après avoir encodé mon mot de passe ({pw}), j'obtiens « compte temporairement bloqué » ({err}). Mon numéro client est {cust} et mon GSM {phone}.

Pourriez-vous débloquer mon compte ?

Cordialement,
{sig}
""")
T("lockout", "bank", "whatsapp", """
{ts}{first}: l'appli dit que mon code est bloqué
{ts}{brand}: Bonjour {first} ! Avez-vous votre identifiant sous la main ? Nous vous enverrons un code de déblocage par courrier.
{ts}{first}: un instant
{ts}{first}: je cherche
{ts}{first}: {user}
{ts}{brand}: Parfait, le courrier part aujourd'hui. Dossier {case}.
""")
T("lockout", "bank", "x_public", """
{at} 2 jours sans accès à mon compte. Code erreur {err}, appli {appver}. Attente au {cph} plus d'une heure {tag}
""")

# ------------------------------------------------------------------ SIM / PUK
T("sim", "telco", "whatsapp messenger", """
Ma carte SIM est bloquée après 3 mauvais codes PIN. Pouvez-vous m'envoyer le PUK ? Mon numéro de GSM est {phone}, numéro client {cust}.
""")
T("sim", "telco", "x_dm telegram", """
{~puk} ne fonctionne pas, mon {pmodel} dit « PUK incorrect ». Il me reste 8 essais. Au secours !
""")
T("sim", "telco", "email", """
Objet : Carte SIM remplacée sans mon accord

Madame, Monsieur,

Le {date} vers {tpm}, mon GSM n'avait plus de réseau. Peu après, j'ai reçu un mail indiquant que ma carte SIM avait été remplacée. Je n'ai rien demandé. Entre-temps, quelqu'un a tenté de se connecter à mon appli bancaire depuis l'adresse {ip}.

Numéro de GSM : {phone}
Numéro client : {cust}
Date de naissance : {dob}

Je souhaite récupérer ma ligne et savoir qui a fait la demande.

Bien à vous,
{sig}
""")
T("sim", "telco", "agent_reply", """
Bonjour {first}, le code PUK de votre carte SIM est {puk}. Attention : après 10 essais erronés, la carte SIM est définitivement bloquée. Choisissez ensuite un nouveau code PIN. Bonne journée, {agent}
""")
T("sim", "telco", "whatsapp telegram", """
{ts}{first}: ma sim demande un PUK
{ts}{brand}: Bonjour {first}, pas de souci. Quel est le numéro de GSM ?
{ts}{first}: {phone}
{ts}{brand}: Et votre date de naissance pour vérification ?
{ts}{first}: {dob}
{ts}{brand}: Merci. Le PUK est {puk}. Ne le partagez avec personne.
""")
T("sim", "telco", "x_public", """
{at} on m'a volé mon numéro ! SIM swap hier vers {time}. Personne ne répond au {cph}. {tag}
""")

# ------------------------------------------------------------------ PIN letter
T("pinletter", "bank", "whatsapp messenger", """
Nouvelle carte reçue, le courrier indique {pin} comme code secret mais le distributeur dit « code incorrect » ({err}). La carte se termine par {last4}.
""")
T("pinletter", "card", "email", """
Objet : Code PIN de ma carte de crédit

Bonjour,

J'ai reçu le {date} ma nouvelle carte de crédit ({mcard}) et quelques jours plus tard la lettre avec le code PIN. Selon la lettre, le code est {pin}, mais chaque paiement est refusé avec le code erreur {err}.

Mon numéro client est {cust}.

Cordialement,
{sig}
""")

# ------------------------------------------------------------------ late / duplicate codes
T("otp_late", "bank", "whatsapp messenger", """
Le code est arrivé après un quart d'heure ({otp}) et quand j'en ai redemandé un, j'ai reçu {otp} puis encore {otp}. Lequel dois-je utiliser ?
""")
T("otp_late", "telco", "x_dm telegram", """
Le SMS avec le code de vérification n'arrive pas sur le {phone}. À la connexion j'ai {err}. À {time} j'ai reçu un ancien code : {otp}
""")
T("otp_late", "gov", "email", """
Objet : Code SMS trop tardif

Bonjour,

Lors de la connexion à {brand}, le code SMS arrive avec plusieurs minutes de retard. Aujourd'hui j'ai demandé un code à {tam}, il est arrivé à {tpm} ({otp@o}). Entre-temps j'en avais demandé un second ({otp@n}). Les deux ont été refusés avec {err}.

Mon GSM est un {pmodel} sous {ver}.

Cordialement,
{sig}
""")
T("otp_late", "shop", "whatsapp", """
{ts}{first}: j'ai reçu 2 codes lequel est le bon
{ts}{brand}: Bonjour {first} ! Toujours le dernier. Lesquels avez-vous reçus ?
{ts}{first}: d'abord {otp} puis {otp}
{ts}{brand}: Utilisez le second. Et ne les partagez avec personne 😉
""")

# ------------------------------------------------------------------ reset / temporary passwords
T("reset", "telco", "whatsapp x_dm", """
Vous m'avez envoyé un mot de passe temporaire ({pwtmp}) mais il ne fonctionne pas, j'ai {err}
""")
T("reset", "bank", "agent_reply", """
Bonjour {first}, j'ai créé un nouveau mot de passe temporaire : {pwtmp}. Modifiez-le dès votre connexion et ne le communiquez à personne. Cordialement, {agent} ({brand})
""")
T("reset", "shop", "email", """
Objet : Lien de réinitialisation expiré

Bonjour,

J'ai demandé un nouveau lien et j'ai reçu celui-ci :
https://www.{bslug}.be/compte/reinitialiser?token={hex40}

Mais il indique « lien expiré » alors que je l'ouvre après une minute. Mon compte est {email}.

Merci,
{first}
""")
T("reset", "insure", "messenger telegram", """
j'ai reçu un mail « votre mot de passe temporaire : {pwtmp} » mais je n'ai rien demandé ?? quelqu'un essaie d'accéder à mon compte ? police n° {cust}
""")

# ------------------------------------------------------------------ pasted notifications
T("pasted", "bank", "whatsapp messenger", """
J'ai reçu ceci : « {brand} : Votre code de confirmation est {otp}. Ne le communiquez jamais, même à un employé. {smsref} » mais je n'ai rien demandé !
""")
T("pasted", "telco", "telegram x_dm", """
« Votre code {brand} : {otpg}. Ne pas partager. » -> reçu 3 fois cette nuit à {tnight}. Quelqu'un utilise mon numéro ?
""")
T("pasted", "parcel", "whatsapp", """
Ce SMS est faux non ? « {brand} : votre colis {track} est en attente de paiement de {amts}. Payez via {purl} ». J'ai déjà payé avec ma carte {card} 😬
""")
T("pasted", "telco", "x_dm messenger", """
Reçu à l'instant : « {brand} : Votre code PUK est {puk}. Votre carte SIM se terminant par {last4} a été bloquée. » Mais je n'ai rien encodé de faux ??
""")
T("pasted", "bank", "email", """
Objet : TR: Votre code d'activation

Ce mail vient vraiment de chez vous ? Je n'ai rien demandé.

-------- Message transféré --------
De : {brand}
Date : {date} {time}
À : {email}
Objet : Votre code d'activation

Cher client,
Votre code d'activation pour l'application est : {otp8}
Ce code est valable 15 minutes. Vous n'avez pas demandé ce code ? Appelez immédiatement le {cph}.
""")

# ------------------------------------------------------------------ family / shared
T("family", "stream", "email", """
Objet : Mon fils a changé le mot de passe

Bonjour {brand},

Mon fils (15 ans) a changé le mot de passe de notre compte familial en {pw} ainsi que l'adresse mail. Pouvez-vous remettre l'adresse {email} ? L'abonnement est payé via {iban}.

Bien à vous,
{sig}
""")
T("family", "stream", "whatsapp messenger", """
On utilise un seul compte pour toute la famille : {~pair}. Sur la télé j'ai maintenant {err}, sur la tablette ça marche.
""")
T("family", "telco", "telegram messenger", """
Ma mère a oublié le code PIN de sa SIM, elle hésite entre {pin} et {pin}. Les deux essayés. Numéro {phone2}. Je m'en occupe pour elle, numéro client {cust}
""")
T("family", "telco", "whatsapp", """
Le wifi des enfants c'est {ssid} avec {~wifi}. Comment le couper après {tpm} ? Modem {modem}
""")

# ------------------------------------------------------------------ wifi
T("wifi", "telco", "whatsapp messenger", """
La baby-sitter n'arrive pas à se connecter à {ssid}, elle tape {~wifi} comme sur l'autocollant. Le modem est un {modem}, la lumière clignote en rouge.
""")
T("wifi", "telco", "email", """
Objet : Mot de passe wifi changé, imprimante déconnectée

Bonjour,

J'ai changé le mot de passe wifi du {modem} de {wifi} (celui de l'autocollant) en {wifi}. Depuis, l'imprimante ne se connecte plus. Le réseau s'appelle {ssid}.

Numéro client {cust}.

Cordialement,
{sig}
""")
T("wifi", "telco", "telegram x_dm", """
{wifi} ← c'est ce que le technicien a configuré, mais ça ne marche pas sur le 5 GHz. modem {modem}
""")
T("wifi", "telco", "whatsapp", """
{ts}{brand}: Bonjour {first} ! Avez-vous essayé le nom du réseau et le mot de passe au dos du modem ?
{ts}{first}: oui
{ts}{first}: {ssid}
{ts}{first}: et {wifi}
{ts}{brand}: Merci. Je vois que le modem est hors ligne depuis cette nuit, {tnight}. Je le redémarre à distance.
""")
T("wifi", "telco", "agent_reply", """
Bonjour {first}, le mot de passe wifi de votre modem ({modem}) est toujours {wifi}, soit celui de l'autocollant. Vous pouvez le modifier dans Mon {brand}. Bonne soirée, {agent}
""")

# ------------------------------------------------------------------ shops / terminals / API
T("shop_term", "api", "email", """
Objet : Terminal de paiement refuse toutes les cartes

Madame, Monsieur,

Depuis ce matin {tam}, notre terminal ({term}, ID terminal {tid}) refuse toutes les cartes avec le code erreur {err}. Nous sommes une boulangerie à {city} (n° d'entreprise {kvk}). Les clients ne peuvent payer qu'en liquide.

Merci de nous rappeler d'urgence au {phone}.

Cordialement,
{full}
""")
T("shop_term", "api", "whatsapp messenger", """
Quelqu'un a appelé de la part de {brand} pour une mise à jour du terminal et m'a demandé le code administrateur. J'ai donné {pin6}. Maintenant je vois des remboursements de {amt} ?? ID terminal {tid}
""")
T("shop_term", "api", "telegram", """
Connexion portail commerçant : {~pair} ne marche plus depuis la mise à jour ({appver}). Je dois encore télécharger la clôture du {date}
""")
T("shop_term", "api", "email", """
Objet : Clés API boutique en ligne

Bonjour,

Dans notre plugin boutique, j'ai mis la consumer key {ck} et le consumer secret {cs}, mais chaque commande donne {err}. Version du plugin {appver}. N° d'entreprise {kvk}.

Merci,
{first}
""")

# ------------------------------------------------------------------ developers
T("dev", "api", "email", """
Objet : URGENT : clé live divulguée

Bonjour {brand},

Notre clé secrète live {sk} s'est retrouvée par erreur dans un dépôt public (commit du {date}). Merci de la révoquer immédiatement. Il y a déjà {amt} de transactions suspectes.

Compte : {email}

Cordialement,
{sig}
""")
T("dev", "api", "telegram messenger", """
le webhook échoue. ma requête avec Authorization: Bearer {jwt} renvoie {err}. qu'est-ce que je fais mal ?
""")
T("dev", "api", "whatsapp", """
Notre développeur est parti et on ne sait pas quelle clé il utilisait. Dans le fichier de config il y a :
API_KEY={apiu}
Est-ce qu'elle est encore active ?
""")
T("dev", "api", "x_dm", """
Quelqu'un du « support » m'a demandé ma clé API pour une migration. J'ai envoyé {apikey}. Ce n'était pas vous, hein ?
""")
T("dev", "api", "email", """
Objet : Clés AWS visibles dans votre tableau de bord

Bonjour,

Dans les logs de notre intégration (export du {date}), on voit :

AWS_ACCESS_KEY_ID={akia}
AWS_SECRET_ACCESS_KEY={awssec}

Ce sont nos clés de production. Comment sont-elles arrivées là ? Le ticket {case} n'est toujours pas traité.

Cordialement,
{first}
""")
T("dev", "api", "telegram", """
désolé, collé par erreur dans le canal public : le token {glpat}, c'est celui de notre CI qui déploie chez vous. Vous pouvez le révoquer ?
""")
T("dev", "api", "messenger", """
Notre intégration Slack avec {brand} plante. Token bot {xoxb}, version {appver}, code erreur {err}
""")
T("dev", "api", "email", """
Objet : Jeton d'accès refusé

Bonjour,

Nos appels renvoient {err} depuis ce matin. En-tête envoyé :
Authorization: Bearer {hex40}

Le jeton a été régénéré hier à {tpm}. Identifiant marchand {cust}.

Cordialement,
{full}
""")

# ------------------------------------------------------------------ BSN (cross-border)
T("gov", "gov", "email", """
Objet : Frontalier - accès à {brand}

Bonjour,

J'habite en Belgique mais je travaille aux Pays-Bas, j'ai donc un {~bsnnl}. Lors de la connexion à {brand} j'obtiens toujours {err}. Mon adresse est {addr}, date de naissance {dob}.

Bien à vous,
{full}
""")
T("gov", "insure", "whatsapp", """
{ts}{brand}: Bonjour {first}, pour votre police néerlandaise nous avons besoin de votre BSN.
{ts}{first}: je suis belge, j'en ai un ?
{ts}{brand}: Si vous travaillez aux Pays-Bas oui, il figure sur votre fiche de paie.
{ts}{first}: ah oui trouvé
{ts}{first}: {bsnflat}
{ts}{brand}: Merci ! Je mets à jour votre dossier {case}.
""")

# ------------------------------------------------------------------ contact details (low risk)
T("contact", "energy", "email", """
Objet : Déménagement

Bonjour {brand},

À partir du {date}, j'habite au {addr}. Mon numéro client est {cust}. Index final à l'ancienne adresse : {meter} (jour) et {meter} (nuit).

Bien à vous,
{sig}
""")
T("contact", "telco", "whatsapp messenger", """
J'ai un nouveau numéro de GSM, pouvez-vous le modifier ? Ancien : {phone2}, nouveau : {phone}. Numéro client {cust}
""")
T("contact", "insure", "messenger", """
Bonjour, je suis {full}, date de naissance {dob}. Merci de changer mon numéro de GSM en {phone}. Police n° {cust}.
""")
T("contact", "parcel", "whatsapp", """
colis {track} indiqué « livré » mais je n'ai rien. adresse : {addr}, appelez-moi au {phone}
""")

# ------------------------------------------------------------------ no spans (hard negatives)
T("neg", "bank", "whatsapp messenger", """
Au moment de payer j'ai toujours le code erreur {err}. La carte est neuve, elle se termine par {last4}. J'ai trop de fois raté le code PIN ?
""")
T("neg", "bank", "x_dm", """
Je n'ai PAS donné de code. Par contre j'ai reçu un SMS avec la référence {smsref} à {time}. C'est vous ?
""")
T("neg", "telco", "whatsapp", """
modem {modem}, le mot de passe wifi est sur l'autocollant mais ne marche plus depuis la panne du {date}. Numéro de panne {case}
""")
T("neg", "bank", "x_public", """
{at} votre ligne fraude {cph} est injoignable ! On m'a pris {amt} sur le compte {miban} le {date} à {time}. {tag}
""")
T("neg", "bank", "agent_reply", """
Bonjour {first}, désolé que vous ayez été contacté par des escrocs. Bien joué de ne pas avoir donné de code ! Ne communiquez jamais votre code PIN ou un code de réponse, même à nous. Votre signalement porte le numéro {case}. Cordialement, {agent}
""")
T("neg", "telco", "agent_reply", """
Bonjour {first}, nous ne pouvons pas envoyer le code PUK via un canal public. Vous le trouverez dans Mon {brand}, rubrique « Carte SIM ». Référence de votre demande : {case}. ^{agent}
""")
T("neg", "shop", "messenger", """
Commande {ord} de {amt} refusée avec le code {err}. Carte {mcard}, le code de confirmation est pourtant bien arrivé. Facture n° {inv}.
""")
T("neg", "energy", "whatsapp", """
Impossible d'encoder mon relevé, j'ai le code {err}. Index : {meter} (jour) et {meter} (nuit). Contrat depuis {year}.
""")
T("neg", "bank", "email", """
Objet : Paiement inconnu

Bonjour,

Le {date} à {time}, {amt} ont été débités de mon compte avec la communication « {txid} ». Je ne reconnais pas ce paiement. Il s'agit du compte {miban}. Je n'ai communiqué mon code secret à personne et j'ai toujours ma carte.

Pouvez-vous vérifier ?

Cordialement,
{full}
""")
T("neg", "telco", "messenger", """
PIN de la SIM raté 3 fois sur mon {pmodel} ({ver}). À l'écran : « PUK requis », code erreur {err}. Vous pouvez m'appeler ? Pas via le {cph}, j'y attends depuis une heure
""")
T("neg", "api", "whatsapp", """
Le terminal {term} affiche « PIN ERRONÉ » même quand le client est sûr de son code. Code erreur {err}, ID terminal {tid}. Aujourd'hui {pct} des paiements refusés.
""")
T("neg", "parcel", "facebook_comment", """
Attention, faux SMS de {brand} pour {amts} de frais de douane avec le lien {purl}. Ils demandent votre numéro de carte et code secret ! Ne rien remplir. {tag}
""")
T("neg", "telco", "x_public", """
{at} {data} épuisés mais selon l'appli ({appver}) je n'en ai utilisé que {pct} ? Panne ? {tag}
""")
T("neg", "telco", "whatsapp", """
{ts}{first}: ma sim est bloquée
{ts}{brand}: Désolé ! Voyez-vous un code erreur à l'écran ?
{ts}{first}: {err}
{ts}{brand}: Merci. Votre PUK figure sur la carte en plastique d'origine. Ne le partagez avec personne. Ticket {case}.
""")
T("neg", "bank", "agent_reply", """
Bonjour {first}, merci pour votre signalement. Nous ne demandons jamais votre code PIN, mot de passe ou code de réponse. En cas de doute, bloquez votre carte via le {cph}. Votre dossier : {case}. Bien à vous, {agent}
""")
T("neg", "stream", "instagram_comment", """
{at} encore pas reçu de code de connexion, ça rate {pct} du temps. Appli {appver} 🙄 {tag}
""")
T("neg", "market", "whatsapp", """
L'acheteur veut m'envoyer {amt} via un « lien de paiement » et demande le code de mon SMS. Je n'ai RIEN donné. Lien : {purl}. Annonce n° {ord}
""")

# ------------------------------------------------------------------ agent replies with values
T("agent", "bank", "agent_reply", """
Bonjour {first}, vous indiquez avoir communiqué votre code PIN {pin} à l'appelant. Ne communiquez jamais votre code ! Votre carte est bloquée, une nouvelle sera envoyée au {addr}. Dossier {case}. Cordialement, {agent}
""")
T("agent", "telco", "agent_reply", """
Bonjour {first}, votre carte SIM est débloquée. Votre nouveau code PIN temporaire est {pin}, le PUK reste {puk}. Changez le code PIN immédiatement. Cordialement, {agent}
""")
T("agent", "stream", "agent_reply", """
Bonjour {first} ! Une connexion a eu lieu depuis l'IP {ip} le {date}. J'ai déconnecté tous les appareils. Votre identifiant {user} reste le même, choisissez un nouveau mot de passe. ^{agent}
""")
T("agent", "card", "agent_reply", """
Bonjour {first}, nous avons bloqué la carte numéro {card}. Les paiements de {amt} et {amt} sont examinés sous la référence {case}. Vous recevrez une nouvelle carte sous 5 jours ouvrables. {agent}
""")
T("agent", "card", "agent_reply", """
Bonjour {first}, votre message contient aussi le code de sécurité de votre carte ({cvv}). Je l'ai fait supprimer ; ne partagez jamais ce code. La carte se terminant par {last4} est bloquée. {agent}
""")

# ------------------------------------------------------------------ mixed lists / unusual positions
T("phish_mixed", "bank", "email", """
Objet : Récapitulatif de ce que j'ai communiqué

Bonjour,

Comme demandé, voici ce que j'ai donné au faux employé :

- {~user}
- {~pw}
- {~iban}
- deux codes du lecteur de carte : {otp8} et {otp8}
- PAS mon code secret

L'appel a eu lieu le {date} vers {tpm}, le numéro affiché était le {cph}.

Cordialement,
{sig}
""")
T("phish_mixed", "card", "whatsapp", """
({cvv}) c'est ce que j'ai mis comme code au dos, et le reste de la carte ({card}). Je vais récupérer mon argent ?
""")
T("phish_mixed", "telco", "messenger x_dm", """
👉 {puk} c'était le PUK qu'un « employé » m'a fait lire. Maintenant plus de réseau et mon numéro {phone} a disparu
""")
T("phish_mixed", "bank", "whatsapp", """
{ts}{brand}: Quelles données avez-vous partagées exactement, {first} ? Nous bloquerons en conséquence.
{ts}{first}: mon numéro de compte
{ts}{first}: et mon identifiant
{ts}{brand}: D'accord, inutile de les répéter ici.
{ts}{first}: {ibanflat} et {user} avec {pw}
{ts}{brand}: Merci. Je bloque la banque en ligne, vous recevrez de nouveaux accès par courrier.
""")
T("phish_mixed", "market", "x_public", """
{at} un escroc sur votre site m'a fait faire une « vérification » : {otp} lui a été envoyé et mon compte {user} est piraté. {tag}
""")
T("phish_mixed", "bank", "telegram", """
J'ai donné (désolé) : carte {cardflat}, code secret {pin}, et le code de réponse {otp8}. Vers {time}.
""")

# ------------------------------------------------------------------ refunds / IBAN
T("refund", "insure", "whatsapp", """
{ts}{brand}: Bonjour {first}, votre sinistre est accepté. Sur quel compte souhaitez-vous l'indemnité ?
{ts}{first}: super merci
{ts}{first}: je cherche
{ts}{first}: {ibangrp}
{ts}{brand}: Merci ! Le montant de {amt} sera versé endéans les 5 jours ouvrables.
""")
T("refund", "shop", "email", """
Objet : Remboursement retour {ord@r}

Bonjour,

J'ai renvoyé la commande {ord@r} le {date} (envoi {track}). Le remboursement de {amt} n'est toujours pas arrivé. Merci de verser le montant sur {iban} au nom de {full} ; mon ancienne carte est bloquée suite à une fraude.

Bien à vous,
{sig}
""")
T("refund", "market", "messenger x_dm", """
L'acheteur m'a demandé mon numéro de compte pour payer, j'ai donné {iban}. Ensuite j'ai reçu un lien pour payer {amts} « de vérification ». C'est une arnaque non ?
""")
T("refund", "telco", "telegram", """
Domiciliation prélevée 2 fois ({amt} le {date} et encore le {date}). Merci de rembourser sur {ibanflat}. numéro client {cust}
""")

# ------------------------------------------------------------------ more PUK
T("sim", "telco", "whatsapp", """
{ts}{first}: ma sim est bloquée, elle demande un PUK
{ts}{brand}: Bonjour {first} ! Avez-vous encore la carte en plastique d'où vient la SIM ? Le PUK y figure.
{ts}{first}: je regarde
{ts}{first}: trouvé
{ts}{first}: {puk}
{ts}{brand}: Parfait, vous pouvez l'encoder. Ensuite choisissez un nouveau code PIN.
""")
T("sim", "telco", "x_dm messenger", """
J'ai encodé le PUK {puk} et maintenant mon GSM demande un nouveau code PIN. Je peux mettre {pin} ou il faut 6 chiffres ?
""")
T("sim", "telco", "email", """
Objet : PUK reçu par SMS ne fonctionne pas

Bonjour,

J'ai demandé hier à {time} un code PUK et reçu le SMS « Votre code PUK est {puk} ». Après l'avoir encodé, mon {pmodel} indique « PUK incorrect, 6 essais restants ». Je n'ose plus réessayer.

Mon numéro est le {phone}.

Merci,
{first}
""")

# ------------------------------------------------------------------ more hard negatives
T("neg", "card", "email", """
Objet : Vol réservé avec ma carte

Bonjour,

Avec ma carte de crédit ({mcard}), un vol {flight} a été réservé le {date} pour {amt}. Je n'ai pas fait cette réservation. Je n'ai communiqué ni mon code secret ni le code au dos à personne.

Cordialement,
{first}
""")
T("neg", "parcel", "messenger", """
Le livreur de {brand} m'a demandé un code à la porte mais je n'ai reçu aucun SMS. Colis {track}, commande {ord}. Ce code est vraiment nécessaire ?
""")
T("neg", "telco", "instagram_comment", """
{at} pourquoi je reçois des SMS « votre code de vérification » alors que je ne fais rien ?? 3 fois aujourd'hui {tag}
""")
T("neg", "bank", "facebook_comment", """
Quelqu'un d'autre a une panne chez {brand} ? Code erreur {err} à la connexion depuis {time} {tag}
""")
T("neg", "api", "messenger", """
Le client dit que son code est bon mais le terminal affiche « PIN incorrect » ({err}) depuis la mise à jour {appver}. Terminal {term}, n° d'entreprise {kvk}.
""")
T("neg", "stream", "agent_reply", """
Bonjour {first}, une connexion a eu lieu à {time} depuis un nouvel appareil ({pmodel}). Ce n'était pas vous ? Changez tout de suite votre mot de passe via {url}. Ticket {case}. ^{agent}
""")
T("neg", "energy", "email", """
Objet : Facture incorrecte

Bonjour {brand},

La facture {inv} de {amt} est incorrecte. J'ai déjà payé le {date} et ma consommation était de {qty}. L'index au {date} était de {meter}.

Cordialement,
{first}
""")
T("neg", "bank", "telegram", """
Votre SMS dit « Nous ne demandons jamais votre code. Réf {smsref} ». Pourtant quelqu'un a appelé pour avoir le code. Je n'ai rien dit !
""")
T("neg", "shop", "whatsapp", """
Impossible de changer le mot de passe : « minimum 12 caractères » alors qu'il en a 14. Appli {appver}, {ver}. Dernière commande {ord}
""")

# ------------------------------------------------------------------ tokens, wifi, cvv, more
T("reset", "stream", "messenger whatsapp", """
Le lien de connexion de votre mail ne marche pas : https://www.{bslug}.be/connexion/verifier?token={hex40} — j'ai {err}
""")
T("dev", "api", "telegram", """
le jeton d'accès {jwt} expire après 5 minutes au lieu d'une heure. SDK {appver}. c'est normal ?
""")
T("wifi", "telco", "email", """
Objet : Wifi du gîte

Bonjour,

Dans notre gîte, les clients reçoivent le wifi dans le livret d'accueil :
Réseau : {ssid}
Mot de passe : {wifi}

Depuis le {date}, plus personne ne parvient à se connecter. Modem {modem}. Numéro client {cust}.

Cordialement,
{sig}
""")
T("wifi", "telco", "messenger", """
J'avais donné le mot de passe wifi à mes voisins (« {wifi} ») et maintenant ma connexion est très lente. Comment le changer sur le {modem} ?
""")
T("phish_card", "card", "whatsapp", """
on m'a demandé le cryptogramme et j'ai dit {cvv} 🤦‍♂️ le numéro de carte ils l'avaient déjà, {card}
""")
T("neg", "bank", "messenger", """
Nouveau GSM ({pmodel}), je dois réactiver l'appli. Le code d'activation par courrier est en route selon vous (référence {case}). Combien de temps ça prend ?
""")
T("neg", "telco", "whatsapp", """
Carte SIM commandée le {date}, commande {ord}. Selon {track} livrée mais la lettre avec le code PIN et le PUK n'y était pas ?
""")
T("neg", "bank", "x_public", """
{at} la nouvelle version {appver} me demande mon code PIN 3 fois par jour 😤 {ver}, {pmodel}. {tag}
""")
T("neg", "card", "x_dm", """
carte {mcard} : 2 fois mauvais code PIN pour {amt} au magasin, plus qu'un essai. Code erreur {err}. Ça se remet après 24h ?
""")

# ------------------------------------------------------------------ batch 4
T("wifi", "telco", "whatsapp", """
{ts}{brand}: Bonjour {first}, à quel réseau essayez-vous de vous connecter ?
{ts}{first}: {ssid}
{ts}{brand}: Et quel mot de passe utilisez-vous ? Rien ne vous oblige à le partager.
{ts}{first}: pas de souci
{ts}{first}: celui de l'autocollant, {wifi}
{ts}{brand}: Merci. Votre modem ({modem}) a un ancien firmware, je lance une mise à jour.
""")
T("phish_card", "shop", "whatsapp", """
Paiement chez {brand} refusé à chaque fois : carte {card}, exp {exp}, CVC {cvv}. Message {err}. Je dois remettre la carte ou il y a un souci ?
""")
T("shop_term", "api", "telegram", """
la caisse demande une clé API, j'ai collé {hex32} depuis le tableau de bord mais j'ai {err}. version caisse {appver}
""")
T("neg", "telco", "whatsapp", """
C'est normal qu'au magasin on me demande mon code PIN pour une nouvelle carte SIM ? Je ne l'ai pas donné. Magasin à {city}, ticket n° {inv}, le {date}.
""")
T("neg", "bank", "email", """
Objet : SMS suspect

Bonjour,

Le {date} à {time}, j'ai reçu un SMS de « {brand} » disant que ma carte expire et que je dois en demander une nouvelle via {purl}. Je n'ai pas cliqué. Ma carte (se terminant par {last4}) est valable jusqu'en {fyear}.

Pour info.

Cordialement,
{first}
""")
T("neg", "market", "instagram_dm", """
Quelqu'un veut acheter mon annonce {ord} pour {amt} et m'envoie un « code d'expédition » via {purl}. Je n'ai rien rempli. C'est l'arnaque connue ?
""")
T("neg", "bank", "facebook_comment", """
Attention : faux appels de {brand} depuis un numéro qui ressemble au {cph}. Ils demandent le code de réponse du lecteur de carte. Ne donnez rien ! {tag}
""")

# ------------------------------------------------------------------ batch 5
T("dev", "api", "email", """
Objet : Jeton dans les logs

Bonjour,

Un jeton de rafraîchissement apparaît en clair dans les logs de votre SDK ({appver}) :
refresh_token={b64tok}

Nous avons transmis ces logs à un prestataire. Faut-il le révoquer ? Ticket {case}.

Cordialement,
{first}
""")
T("dev", "api", "whatsapp", """
Notre clé secrète {sk} a été envoyée par erreur dans un e-mail à un client. Vous pouvez la désactiver ? N° d'entreprise {kvk}
""")
T("agent", "api", "agent_reply", """
Bonjour {first}, le jeton {ghp} que vous avez partagé dans le chat a été révoqué par précaution. Créez-en un nouveau et ne le partagez jamais. Ticket {case}. ^{agent}
""")
T("phish_card", "card", "messenger", """
ils m'ont demandé les 3 chiffres au dos, j'ai dit {cvv}. Ensuite {amt} ont été débités à l'étranger. Carte {mcard}
""")
T("sim", "telco", "x_public", """
{at} 2 jours pour recevoir un PUK et maintenant {puk} est FAUX. Plus que 3 essais. Bravo {tag}
""")
T("neg", "stream", "email", """
Objet : Suppression du compte

Bonjour {brand},

Suite au piratage du {date}, je souhaite supprimer mon compte. L'abonnement de {amt} par mois est déjà arrêté (facture {inv}). Je veux être sûr que mes données de carte ({mcard}) sont effacées.

Cordialement,
{first}
""")
T("neg", "bank", "whatsapp", """
Je peux baisser la limite de ma carte à {amtr} par jour ? Après la fraude du {date} je ne me sens pas en sécurité. Carte se terminant par {last4}, dossier {case}
""")
T("neg", "shop", "x_public", """
{at} mail de phishing à votre nom : « votre compte sera supprimé, connectez-vous via {purl} ». Je n'ai rien rempli. {tag}
""")

# ------------------------------------------------------------------ batch 6
T("contact", "stream", "whatsapp", """
mon adresse mail c'est {emailat}, mais le lien de réinitialisation n'arrive pas. numéro client {cust}
""")
T("contact", "bank", "messenger", """
Bonjour, date de naissance {dob}, je voudrais savoir si ma nouvelle carte de banque est partie. Adresse : {addr}.
""")
T("phish_login", "telco", "whatsapp", """
{ts}{first}: j'ai cliqué sur un lien dans un SMS à votre nom
{ts}{brand}: Bonjour {first}, c'était probablement du phishing. Avez-vous encodé quelque chose ?
{ts}{first}: oui mes identifiants
{ts}{brand}: Changez tout de suite votre mot de passe. Quel est votre identifiant pour que je bloque le compte ?
{ts}{first}: attendez je cherche
{ts}{first}: {user}
{ts}{first}: et le mot de passe mis était {pw}
{ts}{brand}: Merci, le compte est bloqué. Ticket {case}.
""")
