"""Belgian French (fr-be) templates."""

FRBE = {
    "short": [
        "Bonjour, je n'arrive plus à me connecter à Smartschool pour ma fille. Identifiant {user}, mot de passe {password}, erreur {err}",
        "Le code de la porte de la garderie a changé ? On avait {pin} mais ça ne marche plus depuis le {date}",
        "Mon fils {child} est {grp}, numéro national {bsn}, né le {dob}. Il n'est pas encore inscrit à l'accueil du matin",
        "Pour le minerval ({amount}) vous pouvez prélever sur {iban}. Référence de mandat {mandate}",
        "j'ai reçu le code {otp} par sms mais itsme dit qu'il est expiré ??",
        "c'est quoi le mot de passe wifi de la bibliothèque ? réseau {ssid}, j'ai essayé {wifi} ça marche pas",
        "Je ne peux pas venir à la leçon de conduite du {date} à {time}. Rappelez-moi au {phone} svp, mon numéro client {cust}",
        "Changement d'adresse pour le secrétariat : {addr}. Mon GSM reste le {phone}",
        "Mon matricule ULB est {snr}, j'ai payé l'acompte de {amount} mais MonULB affiche toujours impayé",
        "J'ai payé l'examen théorique avec ma carte {card} exp. {exp} cryptogramme {cvv}, pas de confirmation. Commande {order}",
        "Nouvelle adresse mail pour l'école : {email}. L'ancien compte {user} peut être supprimé",
        "La crèche demande le numéro de registre national de mon mari : {bsn}. C'est nécessaire pour l'attestation fiscale {year} ?",
        "Le code de la boîte à clés de la crèche c'est {pin}, ma mère vient chercher la petite vers {time}",
        "Code reçu par mail pour Moodle : {otpw}, je dois le taper comme ça ?",
        "Famiwal me redemande mon mot de passe, j'ai essayé {password} et {password2}. Dossier {cust}",
        "Notre clé API pour la plateforme scolaire : {apikey}. Elle est toujours active ? Ticket {ticket}",
        "Code PUK de la carte SIM de mon fils : {puk} ? Son numéro c'est le {phone}",
        "Mot de passe du routeur du kot : {password}, interface sur {ip} port {port}, toujours pas d'internet",
    ],
    "email": [
        "Je souhaite inscrire ma fille {child} (née le {dob}) à l'accueil extrascolaire à partir du {date}.\n\nNuméro de registre national : {bsn}\nAdresse : {addr}\nGSM maman : {phone}\nGSM papa : {phone2}\nCompte pour la domiciliation : {iban}\n\nElle viendrait {qty} par semaine, jusqu'à {time} environ.",
        "J'ai versé le {date} le minerval de {amount}, mais sur le portail le paiement apparaît toujours en attente.\n\nMatricule : {snr}\nCompte débité : {iban}\nCommunication structurée : {invoice}\n\nPourriez-vous vérifier ? Je suis joignable au {phone}.",
        "Depuis la mise à jour (version {ver}) je ne peux plus accéder au compte parent.\n\nIdentifiant : {user}\nMot de passe : {password}\n\nJ'ai à chaque fois le code d'erreur {err}. J'ai aussi encodé le code de vérification {otp}. Mon numéro client est {cust}.",
        "Pour le permis provisoire j'ai transmis :\n- date de naissance : {dob}\n- numéro national : {bsn}\n- adresse : {addr}\n- e-mail : {email}\n\nL'examen pratique est prévu le {date} à {time}. Le forfait de {qty} coûte {amount}.",
        "À partir du {date} notre compte bancaire change.\nAncien : {iban}\nNouveau : {iban2}\nRéférence du mandat : {mandate}\nNuméro de dossier crèche : {kreg}\n\nMerci de domicilier la facture mensuelle ({amount}) sur le nouveau compte.",
        "Les nouvelles tablettes ({model}) ne se connectent pas au réseau {ssid} de l'école. La clé réseau qu'on nous a donnée est {wifi}. Code d'erreur {err}, version {ver}. Le référent informatique peut passer ?",
        "Mon fils {child} ({grp}) a perdu son GSM dans le bus scolaire. Code PIN {pin}, code PUK {puk}, numéro {phone}. Numéro de PV à la police : {ticket}.",
        "Pour l'allocation d'études, la Fédération demande le numéro national de {child} : {bsn}, et le mien : {bsn2}. Le dossier est au nom de {name}, numéro client {cust}. Ma date de naissance : {dob}.",
    ],
    "agent": [
        "Bonjour {first}, merci pour votre message. Le matricule {snr} est bien lié à l'adresse {email}. Un nouveau lien d'activation vient d'être envoyé. Ne communiquez jamais votre mot de passe par chat.",
        "Bonjour, la domiciliation de {amount} a été refusée le {date} sur le compte se terminant par {mask}. Merci de confirmer le numéro complet via {url}. Dossier {ticket}.",
        "Merci, l'adresse a été modifiée : {addr}. Votre numéro client reste le {cust}.",
        "Votre mot de passe temporaire est {password}. Veuillez le modifier dès la connexion sur {url}.",
        "À partir du {date}, le nouveau code de la grille sera {pin}. Merci de ne le communiquer qu'aux personnes autorisées.",
        "Bonjour {first}, le numéro {phone} est enregistré comme contact d'urgence pour {child}. La date de naissance {dob} est-elle correcte ?",
    ],
    "greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour Madame,", "Chère Madame {last},", "Bonsoir,", "Bonjour {agent},", "Cher secrétariat,", "Bonjour à l'équipe de {org},"],
    "close": [
        "Bien à vous,\n{name}\n{addr}\nGSM : {phone}",
        "Merci d'avance,\n{name} (maman de {child})",
        "Cordialement,\n{name}\n{phone}",
        "Bàv,\n{name}\n{email}",
        "Salutations distinguées,\n\n{name}\npapa de {child}, {grp}\nTél. {phone}",
        "Bonne journée,\n{name}\n\nEnvoyé de mon iPhone",
    ],
    "agentsig": [
        "Bien cordialement,\n{agent}\nService clientèle {org}\nTél. {cphone} | {url}\nN° d'entreprise {kvk}",
        "Bonne journée, {agent}",
        "Cordialement,\n{agent} - Secrétariat {school}\nTél. {cphone}",
        "{agent} | {org}\n{url} | TVA {kvk}",
    ],
    "quote": ["Le {date} à {time}, {name} <{email}> a écrit :", "{name} <{email}> a écrit le {date} :", "De : {name} <{email}>\nEnvoyé : {date} {time}\nObjet : {subject}"],
    "fwd": ["---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}\nObjet : {subject}", "Début du message réexpédié :\nDe : {name} <{email}>\nObjet : TR: {subject}"],
    "disc": ["Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire.",
             "{org} - BCE {kvk}", "Pensez à l'environnement avant d'imprimer ce courriel."],
    "public": [
        "{mention} ça fait {qty} que j'attends une réponse pour mon inscription. Matricule {snr}. Quelqu'un ?",
        "{mention} le code reçu ({otp}) est expiré tout de suite. Erreur {err} {hashtag}",
        "{mention} vous avez toujours mon ancienne adresse {addr} alors que je l'ai changée le {date} !",
        "{mention} rappelez-moi au {phone} au lieu de m'envoyer 3 mails {hashtag}",
        "{mention} Smartschool refuse {user} / {password} depuis ce matin {hashtag}",
    ],
}

FRBE["intro"] = [
    "Je vous écris au sujet de {child}, {grp}.",
    "J'ai déjà téléphoné au secrétariat la semaine passée mais sans retour, d'où ce mail.",
    "Désolée pour ce long message, mais je préfère tout envoyer en une fois.",
    "À la demande de la titulaire, je vous transmets les informations ci-dessous.",
    "Le formulaire en ligne affichait une erreur ({err}), je vous envoie donc tout par mail.",
    "Nous venons de déménager et plusieurs choses doivent être mises à jour.",
]
FRBE["outro"] = [
    "S'il manque quelque chose, n'hésitez pas à me recontacter. Je suis plus joignable après {time}.",
    "Vous trouverez en pièce jointe une capture d'écran du {date}.",
    "Est-ce que cela peut être réglé pour le {date} ? Sinon nous devrons trouver une autre solution de garde.",
    "Merci d'avance pour votre aide, je sais que la rentrée est une période chargée.",
    "Merci de m'envoyer une confirmation par mail pour notre déclaration fiscale {year}.",
    "Mon mari est également au courant si vous ne parvenez pas à me joindre.",
]

FRBE["short"] += [
    "Voyage scolaire : vol {flight} le {date} à {time}, GSM de l'accompagnateur {phone}",
    "Fin de bail du kot : relevé du compteur {meter}, code EAN {ean}, garantie de {amount} à rembourser sur {iban}",
    "Le manuel ISBN {isbn} n'est toujours pas arrivé, colis {track}, référence article {prod}",
    "Le jeton de session de l'appli : {token}, empreinte du fichier {sum}",
]
