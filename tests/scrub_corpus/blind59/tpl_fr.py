"""Belgian French (fr-be) templates."""

FR = {}
FR["chat"] = [
    "Bonjour, ma fiche de paie de {date} est toujours pas dispo. Mon numéro de registre national: {rrn}, matricule {pers}",
    "bjr je n'arrive pas à me connecter. identifiant {user} mot de passe {pwd} ... message d'erreur {err}",
    "Nouveau compte pour le salaire svp : {ibanbe} (ancien {masked}). Merci d'avance, {fname}",
    "J'ai reçu le code {otp} par SMS mais il est refusé. Vous pouvez m'appeler au {phone} ?",
    "Le code de la boîte à clés du chantier c'est bien {pin} ? Il marche plus depuis {date}",
    "Bonsoir, j'ai déménagé : {addr}. Faut-il prévenir le secrétariat social ? Mon n° de dossier est {ticket}",
    "mon pécule de vacances n'est pas arrivé, compte {iban}, contrat {contract}. c'est normal??",
    "Le code de vérification c'est {otpw} je crois, je l'ai reçu par téléphone",
    "Je travaille via l'agence intérim depuis le {date}, {qty} par semaine. Numéro de candidat {cand}. Toujours pas payé!",
    "Mon numéro d'affilié à la caisse de pension est {pens}, né le {dob}. Je voudrais une estimation svp",
    "Changement d'adresse mail : {email}. Envoyez mes fiches là-bas à partir de maintenant. Matricule {pers}",
    "Ma carte de chèques-repas {card} (exp. {exp}) n'a pas été rechargée ce mois-ci",
    "Le wifi du bureau de {city} : réseau {ssid}, clé {wifi}. Mon portable ({model}) refuse de se connecter",
    "allô? j'ai appelé 4 fois le {cphone}, personne. rappelez-moi au {phone}, c'est pour mon allocation (n° client {client})",
    "Télétravail: connexion bureau à distance sur {ip} port {port} -> erreur {err}. Ticket {ticket}",
    "Vêtements de travail commandés (commande {order}, article {prod}) retenus deux fois sur mon salaire: {amt}",
    "J'ai téléchargé le client VPN {ver} mais la somme de contrôle est {checksum}, différente de l'intranet. C'est sûr?",
    "Mon GSM professionnel est bloqué, il demande le code PUK. Sur la carte c'est {puk}, le code PIN était {pin}",
    "carte SIM du boulot bloquée, PUK {puk} refusé aussi. matricule {pers}",
    "Voici ma déclaration de frais: vol {flight} le {date}, {amt}. Payé avec la carte {card}, CVC {cvv}",
    'À partir du {date} je passe à {qty}, congé parental. Qui adapte mon contrat {contract} ? Rappelez-moi au {phone}',
    "identifiants reçus de l'agence : {user} / {pwd} — ça ne marche pas sur {url}",
    "Code reçu par mail : {otp}. Mon identifiant est {user}, c'est bloqué depuis hier",
    'code 2FA {otp} / login {user} / mdp {pwd} ... toujours erreur {err}',
]
FR["public"] = [
    "{mention} toujours pas reçu mon salaire de {date}, c'est une blague ? {hashtag}",
    "{mention} votre site plante encore ({err}), impossible de télécharger ma fiche de paie {hashtag} {hashtag2}",
    "Merci {mention} pour rien. 3 semaines que j'attends mon pécule de {amt}. Appelez-moi: {phone}",
    "{mention} pourquoi demander mon numéro national ({rrn}) par message privé?? {hashtag}",
    "{mention} dossier {ticket} ouvert depuis le {date}, aucune réponse",
]
FR["agent"] = [
    "Bonjour {fname}, merci pour votre message. Votre nouveau compte {ibanbe} sera pris en compte pour la paie du {date}. Bien à vous, {agent}",
    "Bonjour, pour votre sécurité ne partagez jamais votre mot de passe. Vous pouvez le réinitialiser sur {url}. Un code vous sera envoyé au {phone}. ^{ini}",
    "Bonjour {fname}, nous avons bien reçu votre changement d'adresse ({addr}). Votre dossier {ticket} est clôturé. {agent} - {org}",
    "Bonjour {fname}, votre pécule de vacances ({amt}) sera versé le {date} sur le compte se terminant par {masked}. Cordialement, {agent}",
    "Bonjour, j'ai retrouvé votre dossier avec le matricule {pers}. Votre identifiant reste {user}; un mot de passe temporaire vous a été envoyé : {pwd}. ^{ini}",
    "Bonjour {fname}, pouvez-vous nous contacter au {cphone} entre {time} et {time2}? Merci de ne pas publier votre numéro de registre national. {agent}",
    "Bonjour {fname}, votre attestation a été envoyée le {date} à l'adresse {addr}. Dossier {ticket}. ^{ini}",
    "Bonjour {{prénom}}, votre code de vérification est [CODE]. Ne le communiquez jamais. {agent}",
    "Bonjour {fname}, nous avons renvoyé votre fiche de paie du {date} à {email} (dossier {ticket}). Le mot de passe du PDF est {pwd}. ^{ini}",
    "Bonjour {fname}, vos prestations de la semaine {week} ({qty}) ont été validées. Numéro de candidat {cand}. Bonne journée! {agent}",
]
FR["email"] = [
    "Veuillez trouver ci-dessous mes données pour le contrat :\n\nNom : {name}\nNuméro national : {rrn}\nAdresse : {addr}\nCompte bancaire : {ibanbe}\nGSM : {phone}\nE-mail : {email}\nDate de naissance : {dob}\n\nJe commence le {date}.",
    "Sur ma fiche de paie du mois de {month}, il y a une retenue de {amt} que je ne comprends pas. Mon contrat ({contract}) prévoit {qty} par semaine et une prime de {pct}. Pourriez-vous vérifier ? Mon matricule est {pers}.",
    "Depuis la mise à jour du portail ({url}, version {ver}), je ne peux plus me connecter. Identifiant : {user}\nMot de passe : {pwd}\nLe code reçu par SMS ({otp}) est refusé avec l'erreur {err}.",
    "Je bénéficie d'allocations chez vous (n° de dossier {client}) et j'ai retrouvé un emploi à temps partiel à partir du {date}. Faut-il que je vous envoie le formulaire ? Mon compte reste {iban}. Vous pouvez me joindre au {phone}.",
    "Notre prestataire a collé la clé API du logiciel de paie dans un e-mail : {apikey}. Le jeton d'accès {token} était aussi visible. Merci de les révoquer. Référence de la demande : {reqid}.",
    "Je souhaite modifier le compte sur lequel ma pension complémentaire est versée. Numéro d'affilié : {pens}\nDate de naissance : {dob}\nNouveau compte : {iban}\nAncien compte : {masked}",
]
FR["greet"] = ["Bonjour,", "Madame, Monsieur,", "Bonjour {agent},", "Chère équipe RH,", "Bonsoir,", "Bonjour à tous,"]
FR["signoff"] = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bien cordialement,", "Salutations,", "Bonne journée,"]
FR["csig"] = ["{name}\n{phone}", "{name}\nMatricule : {pers}\nGSM : {phone}", "{name}\n{addr_ml}", "{fname}\n\nEnvoyé de mon Galaxy",
              "{name} - {email}", "{fname} {lname}\nTél. {phone}"]
FR["asig"] = ["Bien à vous,\n{agent}\nService clientèle {org}\nTél. {cphone} | {url}\nBCE {kvk}",
              "Cordialement,\n{agent} | Équipe Paie\n{org} - {cphone}",
              "{agent}\n{org}\nN° d'entreprise : {kvk}\nTVA {vat}",
              "Salutations,\n\n{agent}\nHelpdesk RH - {url}\nJoignable du lundi au vendredi de {time} à {time2}"]
FR["qhdr"] = ["Le {date} à {time}, {org} a écrit :", "Le {date}, {agent} ({org}) a écrit :",
              "-----Message d'origine-----\nDe : {org}\nEnvoyé : {date} {time}\nObjet : RE: votre demande {ticket}",
              "De : {agent} - {org}\nDate : {date}\nObjet : Votre dossier"]
FR["fwd"] = ["---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}\nObjet : fiche de paie\n",
             "Début du message réexpédié :\n\nDe: {name} <{email}>\nDate: {date} à {time}\nÀ: {org}\n"]
FR["disc"] = ["Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer.",
              "{org} - numéro d'entreprise {kvk}. Ce courriel n'engage pas la société.",
              "Pensez à l'environnement avant d'imprimer ce message.",
              "Les informations contenues dans ce message sont destinées exclusivement au destinataire."]
FR["subj"] = ["Objet : changement de compte", "Objet : RE: fiche de paie {date}", "Objet : problème de connexion",
              "Objet : question pension", "Objet : prestations semaine {week}", "Objet : TR: note de frais",
              "Objet : changement d'adresse", "Objet : fiche fiscale {year}"]
