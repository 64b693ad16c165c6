"""Belgian French templates."""

BODY_FR = [
    ('photo', 'Notre site est relié à votre labo photo avec la clé {apikey}, mais depuis la mise à jour {version} on reçoit {err}.'),
    ('general', 'Carte SIM bloquée après 3 essais. Le PUK noté sur le support est {puk} mais il est refusé. GSM {phone}'),
    ('hair', "Paiement de l'acompte du salon : Visa {card}, date d'expiration {exp}, CVC {cvv}. Montant {amount}."),
    ('pharmacy', "L'appli de la pharmacie affiche mon token de session {token} en clair dans l'écran d'erreur {err}."),
    ("pharmacy", "Bonjour, je suis actuellement en {country} et j'ai besoin de mon traitement. Pouvez-vous envoyer {qty} à l'adresse {addrx} ? Mon numéro de registre national : {rrn}."),
    ("pharmacy", "Bonsoir, impossible de me connecter à l'appli de la pharmacie.\nIdentifiant : {user}\nMot de passe : {pw}\nErreur {err}"),
    ("pharmacy", "Mon GSM c'est le {phone}, rappelez-moi svp pour ma commande {order}, c'est urgent (médicaments pour le cœur)."),
    ("pharmacy", "Code de vérification reçu par SMS : {otp}, mais le site me dit qu'il est invalide. J'ai réessayé à {time}."),
    ("pharmacy", "J'habite en {country} depuis {year} ({addrx}). Je voudrais payer ma commande par virement depuis {ibanx}, c'est possible ? Montant {amount}."),
    ("pharmacy", "Ma fille est née le {dob}, numéro national {rrn}. Elle a besoin de {product} en urgence, on est joignables au {phonex}."),
    ("funeral", "Assurance obsèques : contrat n° {polis}. Mon père est décédé le {date}. Merci de verser le capital sur le compte {iban} au nom de {name}."),
    ("funeral", "Bonjour, pourquoi la prime de mon assurance funérailles a augmenté de {pct} ? Police {polis}, je suis domicilié {addr}."),
    ("funeral", "Pour le dossier de ma mère ({name}) : née le {dob}, NN {rrn}, décédée le {date}. Vous pouvez me joindre au {phone} ou par mail {email}."),
    ("lifeins", "Assurance vie : je souhaite modifier le bénéficiaire. N° client {cust}, né le {dob}, domicilié {addr}."),
    ("lifeins", "J'ai changé d'adresse mail : {email} (l'ancienne {email.2} ne fonctionne plus). Contrat {polis}."),
    ("lifeins", "Impossible d'accéder à mon espace client, le code reçu par mail ({otp}) est refusé. Login : {user}"),
    ("photo", "Tirages photo reçus abîmés. Commande {order}, facture {invoice}, montant {amount}. Remboursement sur {iban} svp."),
    ("photo", "Mon album photo n'est toujours pas livré, numéro de suivi {tracking}. Adresse de livraison : {addr}"),
    ("photo", "Clé API pour l'intégration de notre borne photo : {apikey}. Elle renvoie {err} depuis la version {version}."),
    ("photo", "Le jeton d'accès {token} a expiré pendant l'upload des photos du mariage, {qty} perdues ! Request-ID {reqid}."),
    ("gym", "Ma carte de membre {member} est bloquée à l'entrée de la salle. Et le code de mon casier ({pin}) ne marche plus non plus."),
    ("gym", "Je veux résilier mon abonnement fitness à partir du {date}. Domiciliation sur {iban}, mon tél {phone}."),
    ("gym", "Coach perso : je voudrais réserver {qty} avec {fname}. Mon mail : {email}, mon numéro {phone}"),
    ("gym", "Le wifi de la salle ({ssid}) demande une clé, on m'a donné {wifi} mais ça ne passe pas sur mon {model}."),
    ("hair", "Salon de coiffure : rendez-vous du {date} à {time} à déplacer svp. Nom {name}, n° cliente {cust}."),
    ("hair", "Institut de beauté : la carte cadeau {product} ne marche pas en ligne, j'ai donc payé avec ma carte {card} exp {exp} cryptogramme {cvv}. Débité deux fois {amount} !"),
    ("hair", "J'ai pris rdv via Instagram mais la confirmation est partie au {masked}, mon vrai numéro est le {phone}."),
    ("moving", "Déménagement le {date} de {addr} vers {addr.2}. Code de la porte d'entrée : {pin}. Contact sur place : {phone}"),
    ("moving", "Les déménageurs ont relevé les compteurs : électricité {meter}, gaz {meter.2}. Code EAN {ean}."),
    ("moving", "Le mot de passe wifi de la box après le déménagement : {wifi} (réseau {ssid}). Admin du routeur : {pw}, IP publique {ip}."),
    ("moving", "Devis {invoice} bien reçu : {amount} TVA {pct} comprise. L'acompte part de mon compte {iban}. Client n° {cust}."),
    ("moving", "On déménage en {country} ! Nouvelle adresse : {addrx}, nouveau numéro {phonex}. Merci de mettre à jour mon dossier {cust}."),
    ("general", "Ma carte SIM est bloquée, j'ai essayé le code PUK {puk} sans succès. Numéro {phone}."),
    ("general", "On m'a volé ma carte bancaire {card}, le code PIN c'était {pin}. Bloquez-la svp !!"),
    ("general", "Le code qu'on m'a dicté au téléphone : {otpw}. Il ne fonctionne pas."),
    ("lifeins", "Pour la souscription :\nNom : {name}\nDate de naissance : {dob}\nRegistre national : {rrn}\nAdresse : {addr}\nIBAN : {iban}\nGSM : {phone}"),
    ("pharmacy", "Le livreur a laissé mon colis de médicaments chez le voisin ({addr}). Suivi {tracking}. Je suis joignable au {phone}."),
    ("gym", "Deux prélèvements de {amount} sur mon compte {iban} le {date} et le {date.2}. Membre n° {member}, plainte n° {ticket}."),
]

AGENT_FR = [
    ("pharmacy", "Bonjour {fname}, votre commande {order} a été expédiée le {date}, numéro de suivi {tracking}. Belle journée, {agent}"),
    ("general", "Bonjour, ne partagez jamais votre mot de passe en public ! Envoyez-nous un message privé avec votre numéro client. {agenti}"),
    ("funeral", "Madame, Monsieur, nous avons bien enregistré le compte {iban} pour le contrat {polis}. Pour toute question : {cphone}."),
    ("moving", "Merci ! Votre nouvelle adresse {addr} est enregistrée sous le n° client {cust}. Référence de votre dossier : {ticket}."),
    ("general", "La carte se terminant par {masked} est bloquée. Une nouvelle carte suivra sous 3 jours ouvrables. {agenti}"),
    ("lifeins", "Pour vérification : votre date de naissance est bien le {dob} et votre GSM le {phone} ?"),
    ("hair", "Bonjour {macro_first}, votre code de confirmation est {macro_code}. À bientôt chez {brand} !"),
    ("gym", "Bonjour {fname}, votre abonnement {member} est suspendu à partir du {date}. Les {amount} seront remboursés sur {masked}. {agent}"),
    ("photo", "Désolés pour le souci avec la clé {apikey}, le correctif arrive dans la version {version}. Ticket {ticket}."),
    ("moving", "Merci pour le code de la porte ({pin}). Nos déménageurs seront là le {date} à partir de {time}. Cordialement, {agent} - {brand} - {cphone}"),
]

GREET_FR = ["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Bonjour {agent},", "Chère équipe {brand},", "Bjr,", "Bonjour à vous,"]
CLOSE_FR = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bàv,", "Salutations distinguées,", "Bonne journée,"]
SIG_FR = ["{name}", "{name}\n{addr}\nGSM : {phone}", "{fname}\n\nEnvoyé de mon iPhone", "{name}\nTél. {phone}\n{email}", "{name} - {phone}"]
QUOTE_HDR_FR = ["Le {date} à {time}, {brand} Service clients a écrit :", "-----Message d'origine-----\nDe : {brand}\nEnvoyé : {date} {time}\nObjet : RE: votre dossier {ticket}",
                "Le {date}, {name} <{email}> a écrit :"]
FWD_FR = ["---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}\nObjet : commande {order}",
          "Début du message réexpédié :\n\nDe : {name} <{email}>\nDate : {date} à {time}\nObjet : mes coordonnées"]
DISC_FR = ["Ce message et ses pièces jointes sont confidentiels. {brand} SA - {kvk}.", "Pensez à l'environnement avant d'imprimer ce courriel."]
AGENT_SIG_FR = ["Cordialement,\n{agent}\nService clientèle {brand}\n{cphone} | {url}", "Bien à vous,\n{agent} - {brand}\n{kvk}"]
PUBLIC_OPEN_FR = ["{mention} ", "{mention} {mention.2} ", "Coucou {mention} ", "{mention} sérieusement ? "]
PUBLIC_TAIL_FR = [" {hashtag}", " {hashtag} {hashtag.2}", "", " #déçue"]
