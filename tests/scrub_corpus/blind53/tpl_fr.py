"""Belgian French (fr-be) templates. Dealt alternately: even -> dev, odd -> heldout."""

T = {
"E": [
"""Bonjour,

Je vous écris au nom de ma mère, Mme {full.2}, née le {dob.2}, qui est hospitalisée depuis le {date}. Je dispose d'une procuration (en pièce jointe).
Numéro de registre national : {rrn.2}
Numéro client : {cust.2}
Adresse : {addr.2}
Merci d'envoyer dorénavant le courrier à mon adresse : {addr}. Vous pouvez me joindre au {mob}.
La facture {inv} de {amt} me semble erronée.""",
"""Madame, Monsieur,

En ma qualité d'administrateur provisoire des biens de M. {full.2} (ordonnance du juge de paix du {date}), je vous prie de modifier la domiciliation vers le compte de gestion {ibanbe}.
Date de naissance : {dob.2}
N° national : {rrn.2}
Code EAN : {ean.2}
Mon cabinet : n° d'entreprise {ond}, tél. {cphone}. Ligne directe : {land}.""",
"""Bonjour,

Mon père ({fn.2}) a reçu un nouveau modem ({model}) et le wifi ne fonctionne plus. Réseau {ssid}, clé de sécurité : {wifi}.
J'ai essayé de me connecter à son espace client avec l'identifiant {user.2} et le mot de passe {pw.2}, mais j'obtiens l'erreur {err}.
Son GSM : {mob.2}. Le mien : {mob}.""",
"""Bonjour,

Je suis la comptable d'une petite SRL (TVA {btw}). Le gérant, {full.2}, m'a demandé de rétablir la connexion avec votre plateforme de paiement.
Il m'a transmis la clé API {apikey} et le jeton {token}, mais depuis le {date} nous avons l'erreur {err}.
Compte professionnel : {iban}. Facture en attente : {inv}, {amt}.""",
"""Bonjour,

J'aide ma voisine Mme {ln.2} (née le {dob.2}) pour ses papiers. Sa carte bancaire a été avalée par le distributeur le {date}. Numéro de carte selon l'extrait : {card}, date d'expiration {exp}.
Compte : {iban.2}. Son téléphone fixe : {land.2}. Elle se souvient de son code PIN ({pin.2}), faut-il quand même bloquer la carte ?""",
"""Voici la composition de notre ménage pour la mutuelle :
- {full} (né le {dob}), NN {rrn}
- {full.4} ({dob.4}), NN {rrn.4}
- {full.3} ({dob.3}), NN {rrn.3}
Adresse : {addr}. Ancien numéro d'affilié : {member}.""",
],
"C": [
"""bjr, j'essaie de me connecter pour ma mère mais ça marche pas. identifiant {user.2} mdp {pw.2}. elle est née le {dob.2}""",
"""le GSM de mon père est bloqué, il demande le code PUK. numéro {mob.2}, n° client {cust.2}. vous pouvez envoyer le PUK sur mon numéro {mob} svp ?""",
"""Transféré :
« Votre code de vérification est {otp}. Ne le communiquez à personne. »
ma grand-mère a reçu ça, c'est vous ? elle n'a rien demandé. son n° de registre national {rrn.2}""",
"""Je suis administrateur provisoire de Mme {ln.2}. L'abonnement {subno.2} peut être résilié au {date}. Remboursement sur {ibanbe} svp. Née le {dob.2}""",
"""Bonjour, le voisin ({full.2}) n'a plus internet depuis {time}. Modem {model}, wifi {ssid} / {wifi}. Son numéro client {cust.2}, tél {phone.2}""",
"""Pour mon fils {fn.3} (né le {dob.3}) je voudrais un abonnement. Mon NN {rrn}, le sien {rrn.3}. Combien pour {qty} ? Actuellement je paie {amt}""",
],
"P": [
"""{mention} ça fait {qty} que j'attends une réponse pour ma mère de 84 ans. Appelez-la au {phone.2} ou moi au {mob} ! {tag}""",
"""{mention} mon père paie tout par domiciliation et reçoit un rappel de {amt}. N° client {cust.2}. {tag}""",
"""En tant qu'administrateur provisoire je n'ai pas accès au dossier de ma protégée. {mention} voir {url}, ticket {ticket} ouvert depuis le {date}""",
"""{mention} le courrier de mon beau-père décédé arrive toujours au {addr.2}. C'est si compliqué ? {tag}""",
],
"A": [
"""Bonjour {first_name}, désolé que la connexion pour votre maman ne fonctionne pas. Envoyez-nous en privé son numéro client et sa date de naissance, jamais de mot de passe svp. {agent}""",
"""Bonjour {fn}, s'agit-il du contrat de votre père ({cust.2}) ou de votre propre contrat ({cust}) ? Il y a deux raccordements au {street.2}. Dites-nous ! {agent}""",
"""Cher/Chère {full}, nous avons bien reçu la procuration le {date}. Le compte se terminant par {miban} sera remplacé par {ibanbe}. Votre n° de dossier : {ticket}. Cordialement, {agent} – {brand} – {cphone}""",
"""Bonjour {fn}, nous voyons deux clients au nom de {ln.2}. Parlez-vous de la personne née le {dob.2} ou de celle née le {dob.3} ? {agent}""",
],
}

W = {
"greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour {agent},", "Bonsoir,", "Chère équipe {brand},", "Madame,"],
"close": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv,", "Bien cordialement,"],
"sig": ["{full}", "{full}\nGSM : {mob}", "{full}\n{addr}", "{fn}\n\nEnvoyé de mon iPhone",
        "{full}\nAvocate – administrateur provisoire\nN° entreprise {ond}\nTél. {land}", "{full} (fille de {full.2})\n{email}"],
"disc": ["Ce message et ses annexes sont confidentiels et destinés exclusivement au destinataire.",
         "Pensez à l'environnement avant d'imprimer ce courriel.", "Ce courriel a été vérifié par un antivirus.",
         "Si vous n'êtes pas le destinataire de ce message, merci de le supprimer."],
"qhead": ["Le {date} à {time}, Service clientèle {brand} a écrit :", "De : {brand}\nEnvoyé : {date} {time}\nObjet : Dossier {ticket}",
          "Le {date}, {agent} ({brand}) a écrit :", "----- Message d'origine -----\nDe : Service clientèle {brand}\nDate : {date}"],
"quote": ["Cher client,\n\nMerci pour votre message (dossier {ticket}). Pour un autre compte client, nous avons besoin d'une procuration.\n\nCordialement,\n{agent}",
          "Bonjour,\nDe quel client s'agit-il exactement ? Plusieurs contrats sont connus à cette adresse.\nDossier : {ticket}\nTél. {cphone}",
          "Bonjour,\nVotre facture {inv} ({amt}) reste impayée. Consultez {url}.\n{brand}",
          "Bonjour {fn},\nLe numéro {mob.2} n'est pas lié à votre espace client. Merci de nous communiquer la date de naissance du titulaire.\n{agent}"],
"fwd": ["---------- Message transféré ---------\nDe : {full.2} <{email.2}>\nDate : {date} {time}\nObjet : facture\nÀ : {email}",
        "Début du message réexpédié :\n\nDe : {email.2}\nDate : {date}\nÀ : {email}",
        "-------- Message transféré --------\nDe : \"{full.2}\" <{email.2}>\nDate : {date}",
        "Transféré depuis la boîte mail de mon père :\nDe : {email.2}\nEnvoyé : {date}"],
}

T["E"] += [
"""J'aide mon oncle ({full.2}) avec sa boutique en ligne. Quelqu'un s'est connecté depuis l'IP {ip} le {date} à {time}.
Jeton d'accès dans les logs : {token}
Port {port}, request id {reqid}, somme de contrôle du fichier modifié : {sha}.
Il est en voyage ({flight}), appelez-moi au {mob}. L'appareil de remplacement ({prod}) a le numéro de suivi {track}.""",
"""Je suis chez ma grand-mère. Elle a réinitialisé le modem ({model}, version {ver}).
Réseau {ssid}, ancienne clé {wifi}, nouvelle clé {wifi.2}.
La connexion avec {user.2} / {pw.2} fonctionne, mais le code SMS {otp} arrive trop tard. Relevé du compteur : {meter}. La réduction de {pct} manque. Réf. {prod}.
Sa carte de crédit {card} (exp. {exp}) a été débitée deux fois, pas la carte bancaire se terminant par {masked}.""",
]
T["C"] += [
"""ma sœur est tout le temps déconnectée, je vois « dernière connexion {ip} ». jeton de l'erreur : {token}. requête {reqid}. n° client {cust.2}""",
"""j'aide mon grand-père avec sa tablette. identifiant {user.2}, il m'a lu le code : {otpw}. wifi de son modem ({model}) : {ssid} / {wifi}""",
]
