"""Belgian French (fr-be) templates. Groups are dealt alternately dev/heldout."""

FR = {
    "greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour {afirst},", "Bonsoir,", "Chère équipe {company},", "Salut,"],
    "body": [
        "Je n'ai plus d'internet depuis le {date}. Le modem {model} affiche l'erreur {err}. Mon numéro client est le {cust} et j'habite {addr}.",
        "Pourriez-vous rembourser les {amount} sur mon compte {iban} ? Facture {invoice}, commande {order}.",
        "Mon identifiant est {user} et mon mot de passe {pw}. Impossible de me connecter depuis la mise à jour {ver}.",
        "Votre collègue m'a demandé mon numéro de registre national : {rrn}. Né(e) le {dob}. J'espère que c'est sécurisé...",
        "Le code reçu par SMS ({otp}) ne fonctionne pas. Vous pouvez me joindre au {phone} après {time}.",
        "Relevés du {date} : jour {meter}, nuit {meter#2}. Code EAN : {cust}.",
        "Carte {card}, expiration {exp}, cryptogramme {cvv}. Le paiement de {amount} est refusé (code {err}).",
        "Nouvelle adresse à partir du {date} : {addr}. Mon adresse e-mail a changé aussi : {email}.",
        "La clé Wi-Fi de la box est {wifi} (réseau {ssid}), mais {qty} appareils ne se connectent plus.",
        "Mon code PIN ({pin}) a été bloqué après trois essais. Le PUK indiqué sur la carte est {puk}.",
    ],
    "behalf": [
        "J'écris au nom de ma collègue {colleague}, absente cette semaine. Son numéro client : {cust}, joignable au {phone} ou {cemail}.",
        "Pour le compte de mon père {colleague} (né le {dob}) : son contrat {cust} doit être résilié. Son adresse : {addr}.",
        "Notre comptable ({ocompany}, {creg}) demande que le contrat {cust} soit mis au nom de la société. Compte : {iban}.",
        "Je vous contacte de la part de mon voisin, qui n'a pas d'e-mail. Registre national {rrn}, tél. {phone}.",
    ],
    "close": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bien cordialement,", "Salutations,", "Merci et bonne journée,"],
    "csig": [
        "{name}\n{addr}\nGSM : {phone}",
        "{first}\n\nEnvoyé de mon iPhone",
        "{name}\nTél. {phone}\n{email}",
        "{first} {last} – {phone}",
    ],
    "agentbody": [
        "Bonjour {first},\n\nMerci pour votre message. Votre mot de passe temporaire est {pw}. Veuillez le modifier via {url}. Votre dossier porte le numéro {ticket}.",
        "Madame {last},\n\nLe montant de {amount} a été remboursé le {date} sur le compte {iban}. Comptez {qty} pour la réception.",
        "Bonjour {first},\n\nNous avons bien mis à jour votre adresse ({addr}) et votre numéro {phone} sur le compte client {cust}.",
        "Bonjour,\n\nNous ne vous demanderons jamais votre code PIN. Pour la vérification, merci de nous confirmer votre date de naissance ({dob}) uniquement par téléphone au {cphone}.",
    ],
    "asig": [
        "Cordialement,\n\n{agent}\nService clientèle {company}\nTél. {cphone}\nLigne directe : {aphone}\n{aemail}\n{creg}",
        "Bien à vous,\n{afirst}\n{company} | {cphone}\n{url}",
        "{agent}\nConseiller clientèle – {company} SA\n{creg}\nStandard : {cphone}",
        "Bonne journée,\n{afirst} ({initials})\nÉquipe webcare {company}",
    ],
    "disc": [
        "Ce message et ses annexes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). {company} SA, {creg}, RPM Bruxelles.",
        "{company} ne vous demandera jamais votre mot de passe, votre code PIN ou vos données de carte par e-mail.",
        "Pensez à l'environnement avant d'imprimer cet e-mail.",
    ],
    "ooo": [
        "Réponse automatique : je suis absent(e) jusqu'au {date}. En cas d'urgence, contactez {colleague} ({cemail}, {colphone}).",
        "Je suis actuellement en congé. Votre message ne sera pas transféré. Pour le service clientèle : {remail} ou {cphone}.",
        "Message d'absence – retour le {date}. Les dossiers {ticket} sont suivis par mes collègues.",
    ],
    "notif": [
        "Bonjour {first},\n\nVotre demande {ticket} a été enregistrée le {date} à {time}.\nNuméro client : {cust}\nGSM : {phone}\n\nNe répondez pas à cet e-mail. Suivi : {url}\n{company} – {creg}",
        "Votre code de vérification {company} : {otp}. Il expire dans {qty}. Ne le communiquez jamais.",
        "[{company}] Mise à jour du ticket {ticket}\n\nStatut : en attente du client\nDernier message de {agent} : « Pouvez-vous confirmer votre IBAN {iban} ? »\n\nRépondez au-dessus de cette ligne.",
    ],
    "fwdintro": [
        "Voir ci-dessous le mail de {ocompany}. Pouvez-vous vérifier ? Mon numéro client est {cust}.",
        "Je vous transfère ceci pour info. Appelez-moi au {phone} si besoin.",
        "Reçu ce matin, c'est du phishing ou c'est vraiment vous ??",
    ],
    "fwdhdr": [
        "---------- Message transféré ---------\nDe : {agent} <{aemail}>\nDate : {date} {time}\nObjet : Votre dossier {ticket}\nÀ : <{email}>",
        "De : {remail}\nEnvoyé : {date} {time}\nÀ : {name}\nObjet : Rappel facture {invoice}",
        "-------- Message original --------\nObjet : Déménagement {cust}\nDate : {date} {time}\nDe : {ocompany} <{remail}>\nPour : {email}",
    ],
    "third": [
        "Bonjour {first},\n\nLe code de la boîte à clés est {pin}. L'alarme se désactive avec {pin#2}. Questions ? Appelez le {tphone}.",
        "Madame, Monsieur,\n\nVotre facture {invoice} d'un montant de {amount} arrive à échéance le {date}. Référence client {cust}.",
        "Bonjour {first},\n\nVoici vos identifiants pour le portail :\nidentifiant : {user}\nmot de passe : {pw}\nModifiez-le lors de la première connexion sur {url}.",
        "Bonjour,\n\nLa reprise du compteur situé {addr} (EAN {cust}) prend effet le {date}. Index relevé : {meter}.",
    ],
    "quotehdr": [
        "Le {date} à {time}, {agent} <{aemail}> a écrit :",
        "Le {date} {time}, {remail} a écrit :",
        "De : {name} <{email}>\nEnvoyé : {date} {time}\nObjet : RE: dossier {ticket}",
    ],
    "agent": [
        "Bonjour {first}, désolés pour ce souci. Pouvez-vous nous envoyer votre numéro client en MP ? Ne partagez rien ici. ^{initials}",
        "Merci ! J'ai mis à jour votre numéro {phone} sur le compte {cust}. Bonne journée, {afirst}",
        "Le technicien passera le {date} entre {time} et {time#2} au {addr}. Dossier {ticket}.",
        "Votre mot de passe provisoire : {pw}. Identifiant : {user}. Changez-le dès la connexion. ^{initials}",
    ],
    "handover": [
        "Passation {date} : client {name} (n° client {cust}) rappelle vers {time}. Il a dit : « le code du portail c'est {pin}, le technicien peut entrer ». GSM {phone}.",
        "Note {initials} : la cliente a donné son registre national {rrn} et son IBAN {iban} dans le chat. Message masqué. Domiciliation modifiée au {date}.",
        "Interne : le mari appelle au nom de la cliente. Non vérifié ! Date de naissance donnée ({dob}) incorrecte. Ticket {ticket} en attente.",
        "Pour la 2e ligne : connexion impossible, login {user}, IP {ip}, erreur {err}. Il a aussi envoyé son ancien mot de passe {pw}.",
    ],
    "chat": [
        "bonjour mon numéro client c'est {cust}",
        "gsm {phone}, appelez après {time} svp",
        "mon n° de registre national : {rrn}",
        "le puk c'est {puk} mais la carte sim reste bloquée",
        "clé wifi {wifi} réseau {ssid}",
        "iban {iban} au nom de {name}",
        "mdp {pw} et identifiant {user}, toujours rien",
        "adresse : {addr}",
        "code reçu : {otp} mais il a déjà expiré",
        "carte {card} exp {exp} cvc {cvv}",
    ],
    "public": [
        "{mention} toujours pas d'internet à {city} depuis {qty}. Dossier {ticket}. {hashtag}",
        "{mention} pourquoi {amount} de plus sur ma facture {invoice} ?? {hashtag}",
        "{mention} l'appli plante depuis la version {ver} {hashtag} {hashtag#2}",
        "{mention} rappelez-moi au {phone} svp, 45 min d'attente...",
    ],
}

T = {"fr-be": FR}
