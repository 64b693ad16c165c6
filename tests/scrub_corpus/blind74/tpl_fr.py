"""Belgian French (fr-be) templates. Same slot syntax as tpl_nl."""

BODIES = {
    "login": [
        "Je n'arrive plus à me connecter à l'espace membre de {f:org}. Identifiant : {user}, mot de passe : {pw}. Message d'erreur {n:err}",
        "bonjour, mon login c'est {user} et mdp {pw}, ça marche pas depuis la mise à jour {n:ver}",
        "J'ai changé mon mot de passe en {pw} mais l'appli me demande toujours l'ancien ({pw}). Nom d'utilisateur {user}",
        "Pour ma maman qui ne sait pas se connecter sur Doctena : utilisateur {user}\nmot de passe {pw}\nmerci d'avance",
        "Mon compte pharmacie en ligne est bloqué. user={user} pwd={pw}",
        "svp c'est urgent, j'ai besoin de commander ma {f:med}. Je me connecte avec {user} / {pw}",
    ],
    "otp": [
        "J'ai reçu un code par SMS ({otp}) mais le site dit qu'il est expiré. Reçu à {n:time}.",
        "Le code de vérification est {otp}, je l'ai tapé 2 fois et rien ne se passe",
        "Votre collègue au téléphone m'a dicté le code {otp:words}, c'est bien ça ?",
        "Code à usage unique : {otp#a}\nJ'ai entré {otp#a} et maintenant mon compte est verrouillé !!",
        "Bizarre, j'ai reçu 'Votre code de confirmation {f:org} : {otp}' alors que je n'ai rien demandé. Arnaque ?",
    ],
    "pin": [
        "Le code de la boîte à clés est {pin:door}, pour l'infirmière à domicile et le livreur de la pharmacie.",
        "J'ai encodé 3 fois un mauvais code PIN ({pin}) au distributeur de médicaments, ma carte est bloquée ?",
        "Code d'entrée de l'immeuble : {pin:door}. Appartement au 2e.",
        "Le code pin de mon GSM c'est {pin}, ma fille va installer l'application",
        "Le casier de retrait m'a donné le code {pin:6} mais la porte ne s'ouvre pas",
    ],
    "puk": [
        "Ma carte SIM est bloquée, le code PUK sur le support est {puk}. Je ne reçois plus les SMS de la mutuelle.",
        "code puk {puk} refusé, que faire ? je dois recevoir un code itsme",
    ],
    "wifi": [
        "Le boîtier de télésurveillance ({n:model}) ne se connecte pas. Réseau {f:ssid}, clé wifi {wifi}.",
        "Pour l'installation du pilulier connecté : wifi {f:ssid}, mot de passe {wifi}",
        "mon appareil CPAP ne synchronise plus, clé WPA : {wifi}",
    ],
    "iban": [
        "Pouvez-vous rembourser la facture du dentiste sur mon compte {iban} ? Montant {n:amount}.",
        "Nouveau numéro de compte : {iban} au nom de {f:first} {f:last}.",
        "Le remboursement du kiné n'est toujours pas arrivé sur {iban}. Dossier {n:ticket}",
        "Merci de verser sur le compte {iban} et non plus sur {iban}",
        "IBAN : {iban}\nBIC : GEBABEBB\nnuméro de membre {cust:member}",
        "J'ai payé deux fois {n:amount} pour mes lunettes, merci de rembourser sur {iban}",
    ],
    "card": [
        "Le paiement sur la pharmacie en ligne échoue. Carte {card}, expiration {exp}, CVC {cvv}. Commande {n:order}",
        "Je paie par carte Visa : {card} valable jusqu'au {exp}, cryptogramme {cvv}",
        "Débit inconnu de {n:amount} sur ma carte {card}, c'est vous ?",
        "Ma carte se termine par {n:masked}, mais vous avez débité {card} ??",
    ],
    "bsn": [
        "Mon numéro de registre national est le {bsn:rrn}, pouvez-vous vérifier mon remboursement ?",
        "NISS {bsn:rrn} - né le {dob}. Je voudrais m'inscrire chez un nouveau médecin traitant.",
        "Numéro national de mon fils : {bsn:rrn} (né le {dob}). Peut-il être à ma charge ?",
        "n° registre national: {bsn:rrn}\nadresse: {addr}",
    ],
    "contact": [
        "Pourriez-vous me rappeler au {phone} ? C'est pour mon renouvellement d'ordonnance.",
        "Ma nouvelle adresse mail est {email}, l'ancienne ({email}) n'existe plus.",
        "Appelez-moi au {phone} ou sur le fixe {phone} après {n:time}",
        "Mon numéro de GSM dans l'appli est faux, c'est {phone} et pas {n:masked}",
        "envoyez la confirmation du rendez-vous à {email} svp",
    ],
    "address": [
        "Mes médicaments sont toujours livrés à l'ancienne adresse. Nouvelle adresse : {addr:full}",
        "Le colis {n:track} est indiqué livré mais je n'ai rien reçu ({addr})",
        "Déménagement le {n:date} ! Nouvelle adresse {addr:full}.",
        "Le livreur peut déposer les {n:qty} chez le voisin ? J'habite {addr}.",
        "Adresse de livraison pour les lentilles : {addr:full}",
    ],
    "dob": [
        "Je n'arrive pas à prendre rendez-vous, le site dit que ma date de naissance est fausse. C'est le {dob}.",
        "Patient {f:first} {f:last}, né le {dob}, n° de dossier {cust:patient}. Déplacer le rdv au {n:date} svp.",
        "Ma date de naissance est erronée dans le dossier : {dob} est la bonne",
    ],
    "cust": [
        "Mon numéro de membre est {cust:member}, je souhaite résilier l'assurance hospitalisation au {n:date}.",
        "N° client {cust}, où en est ma commande {n:order} ? Il me reste {n:qty}.",
        "Numéro d'affiliation {cust:member} — pourquoi ma cotisation augmente de {n:pct} ?",
        "N° de police {cust:policy}, sinistre {n:ticket} en attente depuis {n:date}",
        "Mon numéro patient au CHU est {cust:patient}, pouvez-vous envoyer les résultats à mon médecin ?",
    ],
    "tech": [
        "Notre cabinet intègre votre API de rendez-vous. Clé : {api}, mais on reçoit {n:err}. Request ID {n:req}",
        "Le token {tok} expire toutes les heures. Notre serveur ({ip}) est pourtant autorisé, port {n:port}.",
        "Accès bloqué depuis l'adresse IP {ip}, je travaille depuis la maison.",
        "clé API de test {api} et de prod {api}, les deux renvoient {n:err}",
    ],
    "neg": [
        "Commande {n:order} du {n:date} toujours pas arrivée. Suivi {n:track} bloqué depuis {n:qty:n} jours.",
        "Pourquoi {n:amount} de ticket modérateur pour {n:qty} de {f:med} ? L'an dernier ({n:year}) c'était moins.",
        "L'appli ({n:ver}) plante sur mon {n:model}. Code erreur {n:err}",
        "Impossible de joindre le {n:cphone}, dossier {n:ticket}, attente interminable",
        "Je pars le {n:date} avec le vol {n:flight}, il me faut une attestation pour mon {f:med}.",
        "Facture {n:invoice} : {n:amount} au lieu de {n:amount}, réduction de {n:pct} oubliée.",
        "CNK {n:prod} en rupture de stock, il y a un générique ?",
        "Rendez-vous chez l'ophtalmo le {n:date} à {n:time}, possible de le déplacer à {n:time} ? Voir {n:url}",
    ],
}

AGENT = {
    "agent_ask": [
        "Désolés pour ce souci ! Pouvez-vous nous envoyer votre numéro de membre en message privé ? Ne partagez jamais votre mot de passe ni vos codes.",
        "Merci pour votre message. Contactez-nous au {n:cphone} (du lundi au vendredi) ou via {n:url}.",
        "Bonjour, envoyez-nous votre numéro de commande en MP et nous regardons cela.",
    ],
    "agent_confirm": [
        "Merci {f:first}. Votre IBAN a été modifié en {iban#1}. Le remboursement de {n:amount} suivra dans {n:qty:n} jours.",
        "Votre nouvelle adresse ({addr#1}) est enregistrée, les livraisons suivront à partir du {n:date}.",
        "Votre dossier porte le numéro {n:ticket}. Nous vous rappelons au {phone#1} entre {n:time} et {n:time}.",
        "Attention : vous nous avez envoyé votre mot de passe ({pw#1}). Changez-le via {n:url}, nous ne le demandons jamais.",
        "Le code {otp#1} est strictement personnel. Par sécurité, votre compte est temporairement bloqué.",
        "C'est noté, votre numéro de membre {cust#1} est lié à l'adresse {email#1}.",
    ],
}

GREET = ["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Bonjour {f:agent},", "Chère équipe,", "Salut,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bàv,", "Salutations distinguées,", "Bonne journée,"]
SIG = [
    "{f:first} {f:last}\n{addr:full}\nGSM : {phone}",
    "{f:first} {f:last}\nTél. {phone}",
    "{f:first}\n\nEnvoyé de mon iPhone",
    "{f:first} {f:last}\n{email}",
    "{f:first} {f:last} - membre n° {cust:member}",
    "{f:first}\nEnvoyé depuis Outlook",
]
QUOTE_HDR = ["Le {n:date} à {n:time}, {f:org} a écrit :", "-----Message d'origine-----\nDe : {f:org}\nEnvoyé : {n:date} {n:time}\nObjet : Votre demande {n:ticket}",
             "Le {n:date}, {f:agent} ({f:org}) a écrit :", "---------- Message transféré ---------\nDe : {f:org}\nDate : {n:date}\nObjet : Commande {n:order}"]
QUOTE_BODY = [
    "Madame, Monsieur,\n\nNous avons bien reçu votre demande, enregistrée sous le numéro {n:ticket}. Nous y répondrons dans les {n:qty:n} jours ouvrables.\n\nCordialement,\n{f:agent}\n{f:org} - {n:cphone}",
    "Bonjour,\n\nVotre ordonnance est prête. Retrait possible à partir du {n:date} dès {n:time}. Montant à payer : {n:amount}.\n\nVotre pharmacien",
    "Bonjour,\n\nLe remboursement ({n:amount}) a été versé sur le compte {n:masked}.\nPlus d'infos : {n:url}",
]
DISC = [
    "Ce message est confidentiel et destiné uniquement à son destinataire. {n:kvk}",
    "Si vous avez reçu ce courriel par erreur, merci de le supprimer. {f:org} - {n:kvk}",
    "Pensez à l'environnement avant d'imprimer ce mail.",
    "Ce courriel et ses annexes sont strictement confidentiels. {n:kvk}",
]
AGENT_SIG = ["Bien à vous, {f:agent}", "^{f:agent}", "Cordialement,\n{f:agent} - Service clientèle {f:org}\n{n:cphone}",
             "Bonne journée ! {f:agent}", "{f:agent}, équipe web"]
WA_NAME = ["Moi", "Maman", "Papa", "Vous"]

INTRO = [
    "J'ai déjà envoyé plusieurs mails et appelé deux fois, sans aucune réponse. J'essaie donc par ce biais.",
    "Je vous écris au nom de ma mère, qui a 86 ans et n'a pas d'ordinateur. Elle m'a autorisé à gérer cela pour elle.",
    "Depuis le changement de système, plus rien ne fonctionne pour mes renouvellements d'ordonnance et je commence à perdre patience.",
    "Désolé pour ce long message, mais je préfère tout expliquer en une fois.",
    "Le chat m'a renvoyé vers cette adresse, j'espère que vous pourrez m'aider.",
    "La pharmacienne m'a conseillé de vous écrire directement avec mes coordonnées.",
]
