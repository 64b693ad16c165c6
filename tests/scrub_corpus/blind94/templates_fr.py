"""Belgian French (fr-be) templates."""

CHAT = [
    "Bonjour, j'ai acheté {qty} pour {artist} à {venue} via {ticketco} (commande {order}) mais je n'ai rien reçu. Mon adresse mail c'est {email}",
    "Mon compte {social} a été piraté cette nuit. Le pirate a changé mon mot de passe, l'ancien était {password}. Vous pouvez m'appeler au {phone} svp",
    "Je n'arrive pas à me connecter, le code reçu par SMS ({otp}) ne marche pas. Erreur {err}",
    "Bonsoir, pour le remboursement voici mon IBAN : {iban}, au nom de {name}. Montant {amount}.",
    "identifiant : {username}\nmdp : {password}\nle portail de l'{school} refuse ma connexion depuis {date}",
    "J'ai perdu mon GSM avec l'appli d'authentification dessus. Je ne peux plus entrer dans mon compte {dating}. Mon numéro : {phone}, né le {dob}",
    "Matricule {studno}. J'ai payé le minerval ({amount}) le {date} mais l'inscription reste bloquée. Virement depuis {iban}.",
    "On me demande mon numéro de registre national pour récupérer mon compte : {rrn}. C'est normal ou c'est une arnaque ?",
    "Le code de vérification c'est {otpw}, je vous le dicte parce que je ne sais pas copier",
    "Ma carte {card} (exp. {expiry}, cryptogramme {cvv}) a été débitée deux fois pour le festival. Remboursez-moi svp",
    "Voici ma nouvelle adresse pour l'envoi des bracelets : {address}. Merci !",
    "Code du casier au {venue} : {pin}, mais il ne s'ouvre plus. Mes affaires sont dedans !",
    "Le mot de passe du wifi de la résidence étudiante ({ssid}) c'est {wifi}? Ça ne marche pas chez moi",
    "Numéro client {custno}, je voudrais changer mon numéro de téléphone : ancien {phone}, nouveau {phone2}.",
    "J'ai reçu plusieurs codes ({otp} puis {otp2}) alors que je n'ai rien demandé. Quelqu'un essaie de pirater mon compte ?",
    "Pour la connexion API de notre billetterie, la clé {apikey} a fuité sur GitHub. Pouvez-vous la révoquer ?",
    "Mon code PIN de la carte SIM est bloqué, le PUK c'est {puk} ? J'en ai besoin pour recevoir le code d'examen",
    "Des connexions depuis l'adresse IP {ip} apparaissent dans mon historique, ce n'est pas moi !",
]

PUBLIC = [
    "{mention} toujours pas de remboursement pour {artist} le {date}. Dossier {case}. C'est honteux {hashtag}",
    "{mention} mon compte est piraté et personne ne répond. Appelez-moi au {phone} {hashtag}",
    "Attention aux faux vendeurs de billets pour {festival} sur {url} ! {hashtag} {hashtag2}",
    "{mention} la plateforme d'examens plante encore ({err}) à {time}, merci pour le stress {hashtag}",
    "{mention} {qty} à vendre pour {festival}, {amount} pièce. Contact : {email}",
    "{mention} remboursement de {pct} seulement ?? {hashtag}",
]

AGENT = [
    "Bonjour {first}, merci pour votre message. Votre dossier {case} a été transmis à notre service fraude. Cordialement, {agent}",
    "Bonjour, nous avons bien reçu votre paiement de {amount} (numéro client {custno}). Le remboursement sera effectué sur le compte {masked}. {agent}",
    "Bonjour <<first_name>>, ne partagez jamais votre mot de passe ni vos codes, même avec nous. Réinitialisez-le via {url}. ^{initials}",
    "Bonjour {first}, votre numéro de téléphone a été mis à jour : {phone}. Pour toute question : {cphone}. Bonne journée, {agent}",
    "Bonjour, votre matricule {studno} est bien lié au paiement du minerval. Le service des inscriptions confirmera sous 48h. Bien à vous, {agent}",
    "Nous constatons une connexion le {date} à {time} depuis l'adresse {ip}. Si ce n'était pas vous, répondez à ce message. {agent}",
    "Bonjour, votre mot de passe temporaire est {password}. Modifiez-le dès votre première connexion. L'équipe {ticketco}",
    "Bonjour {first}, pour des raisons de sécurité nous ne traitons pas les numéros de registre national par chat. Utilisez le formulaire sur {url}. {agent}",
]

EMAIL_BODY = [
    "Le {date}, j'ai commandé {qty} pour {artist} à {venue} (commande {order}, facture {invoice}). Un montant de {amount} a été débité de ma carte {card}, mais je n'ai jamais reçu les billets à l'adresse {email}.\n\nJ'ai déjà appelé le {cphone} sans succès. Merci de faire le nécessaire rapidement.",
    "Mon compte {social} a été piraté. Le pirate a activé la double authentification et je n'ai plus accès.\n\nInformations :\n- nom d'utilisateur : {username}\n- adresse e-mail d'origine : {email}\n- téléphone : {phone}\n- date de naissance : {dob}\n\nJe joins une copie de ma carte d'identité.",
    "Suite à notre conversation téléphonique, voici mes coordonnées pour le remboursement du festival annulé :\n\nNom : {name}\nIBAN : {iban}\nNuméro client : {custno}\nAdresse : {address}\n\nMerci d'avance.",
    "Je suis étudiant(e) à l'{school} et je ne peux plus accéder à {platform} depuis la réinitialisation. Mon matricule est {studno}, mon registre national {rrn}. Le code reçu par e-mail ({otp}) est refusé avec l'erreur {err}. L'examen a lieu le {date} à {time}.",
]

GREET = ["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Chère équipe {ticketco},", "Bonjour à vous,", "Salut,"]
SIGNOFF = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bien cordialement,", "Salutations distinguées,", "Bonne journée,"]
SIG = ["{name}", "{name}\n{addressml}\nGSM : {phone}", "{first}\nTél. {phone}", "{name}\nEnvoyé de mon iPhone"]
DISCLAIMER = ["Ce message et ses pièces jointes sont confidentiels. {kvk}", "Pensez à l'environnement avant d'imprimer ce courriel."]
QUOTE_HDR = ["Le {date} à {time}, {ticketco} Service Client a écrit :", "De : Service client {ticketco}\nEnvoyé : {date}\nObjet : Votre dossier {case}"]
FWD_HDR = ["---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}\nObjet : billets",
           "Début du message réexpédié :\n\nDe: {name} <{email}>\nDate: {date} à {time}\nObjet: Tr: connexion impossible"]
SUBJECT = ["Objet : remboursement commande {order}", "Objet : compte piraté", "Objet : minerval {year}"]

CHAT2 = [
    "Paiement refusé avec ma Mastercard {card}, expiration {expiry}, CVV {cvv}. Erreur {err} sur {url}",
    "carte n° {card} - date exp {expiry} - code {cvv}. Débitée deux fois pour {artist} !",
    "Pour ma bourse d'études il faut mon numéro national {rrn} et ma date de naissance {dob}.",
    "NISS {rrn}, né(e) le {dob}, matricule {studno}. Voilà, vous avez tout.",
    "Le jeton d'accès {token} expire toutes les 5 minutes, request id {req}, version {ver}. C'est un bug ?",
    "L'installateur du logiciel d'examen a une somme de contrôle {checksum} différente de celle du site. Je l'installe ?",
]
AGENT2 = [
    "Bonjour {first}, nous avons remboursé {amount} sur la carte se terminant par {masked}. Dossier {case}. {agent}",
    "Bonjour, votre compte {email} est de nouveau sécurisé. Choisissez un nouveau mot de passe à la connexion. {agent}",
]
