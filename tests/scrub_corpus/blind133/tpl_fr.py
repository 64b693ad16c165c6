"""Belgian French templates."""

CHAT = [
    ("move", "Bonjour, nous déménageons le {date} de {addr} vers {addr#2}. Le monte-meubles est prévu à {time}. Mon GSM : {phone}"),
    ("move", "Acompte de {amt} payé mais rien reçu. N° client {cust}. Carte {card} exp {exp}"),
    ("move", "La clé est dans le boîtier à code à côté de la porte, code {pin}. Merci de prévenir les déménageurs"),
    ("cruise", "Bonsoir, réservation {order} pour la croisière sur le Rhin. Mon numéro de registre national pour l'assurance : {rrn}, né le {dob}"),
    ("cruise", "impossible de me connecter sur l'appli de {co}. identifiant {user} mdp {pw}. erreur {err}"),
    ("drive", "Je voudrais m'inscrire pour des leçons de conduite. NN {rrn}, tél {phone}. Permis provisoire depuis le {date}"),
    ("drive", "Ma leçon de {time} ne peut pas avoir lieu, je suis malade. Numéro d'élève {cust}. Désolé"),
    ("dent", "Bonjour, j'ai reçu la facture {inv} de {amt} mais j'ai déjà payé depuis {iban}. Patient n° {cust}"),
    ("dent", "Est-ce que je peux déplacer le rdv du {date} ? Ma fille est née le {dob}. Joignable au {phone}"),
    ("opt", "Mes lentilles ({prod}) ne sont toujours pas livrées, suivi {track}. J'habite {addr}"),
    ("opt", "code de confirmation reçu : {otp} mais le site affiche {err}. Mon mail : {email}"),
    ("alarm", "L'alarme sonne sans arrêt. Centrale {model}, version {ver}. Mon code {pin} ne fonctionne plus"),
    ("alarm", "Pour le technicien : réseau wifi {ssid}, clé WPA {wifi}. Caméra sur l'IP {ip} port {port}"),
    ("alarm", "La carte SIM de la centrale demande le code PUK. Sur la carte il y a {puk}, code PIN {pin}"),
    ("news", "Je souhaite résilier mon abonnement au journal. N° d'abonné {cust}. La domiciliation sur {iban} peut être arrêtée"),
    ("news", "connexion impossible : e-mail {email}, mot de passe {pw}. essayé le {date} et aujourd'hui"),
    ("news", "Pas de journal depuis {dur} au {addr}. C'est inadmissible"),
    ("gen", "J'ai reçu ce SMS : « Votre code de vérification est {otp} ». C'est bien vous ou c'est du phishing ?"),
]

PUBLIC = [
    ("news", "{mention} toujours pas de journal depuis {dur}. Abonné {cust} {hashtag}"),
    ("move", "{mention} déménageurs arrivés à {time} au lieu de {time#2} et facture de {amt} 😤 {hashtag}"),
    ("alarm", "{mention} votre appli ({ver}) affiche {err} à chaque connexion. Quelqu'un d'autre ? {fmention}"),
    ("cruise", "Superbe croisière avec {co}, merci à tout l'équipage ! {hashtag}"),
    ("gen", "{mention} envoyez-moi un MP svp, mon numéro est le {phone}"),
    ("dent", "{mention} salle d'attente pleine, {dur} de retard. RDV à {time}. {hashtag}"),
    ("opt", "{mention} commande {order} toujours pas reçue, cf {url} {hashtag}"),
]

EMAIL_BODY = [
    ("move", "Nous avons fait appel à votre société le {date} pour notre déménagement (devis {order}). Lors du déchargement, l'armoire a été gravement endommagée.\n\nJe demande un dédommagement de {amt}, à verser sur le compte {iban} au nom de {name}. Mon numéro client est le {cust}.\n\nVous pouvez me joindre au {phone} ou par mail à {email}."),
    ("move", "Confirmation du déménagement :\n- Départ : {addr}\n- Arrivée : {addr#2}\n- Date : {date}, à partir de {time}\n- Volume : {qty}\n\nLe code du boîtier à clés est {pin}. Merci de demander l'autorisation de stationnement à la commune."),
    ("cruise", "Veuillez trouver ci-dessous les données pour la réservation de notre croisière fluviale (réf. {order}) :\n\nVoyageur 1 : {name}, né le {dob}, registre national {rrn}\nVoyageur 2 : née le {dob#2}\n\nLe vol vers Bâle est le {flight}. Paiement par carte {card} (exp. {exp}), cryptogramme {cvv}."),
    ("drive", "Mon fils souhaite s'inscrire pour le forfait de {qty} (conduite). Son numéro national est {rrn}, il est né le {dob}.\n\nAdresse : {addr}. La facture peut être envoyée à {email}. Domiciliation possible sur {iban}."),
    ("dent", "J'ai une question concernant la facture {inv}. Un montant de {amt} a été facturé pour un détartrage, ce qui me semble trop élevé selon ma mutuelle.\n\nN° patient {cust}, date de naissance {dob}. Mon numéro de GSM a changé, le nouveau est le {phone}."),
    ("alarm", "Depuis la mise à jour ({ver}) j'ai le message {err} dans l'application. Je me connecte avec l'identifiant {user} et le mot de passe {pw}. J'ai déjà fait {times} une réinitialisation.\n\nLa centrale est sur l'IP {ip}, le port {port} est ouvert. N° de contrat {cust}."),
    ("news", "Je souhaiterais passer mon abonnement au magazine en formule uniquement numérique. N° d'abonné {cust}. Mon adresse ({addr}) peut être retirée de la tournée.\n\nLa domiciliation sur {iban} peut rester. Le nouveau montant serait de {amt} par mois, c'est bien ça ?"),
    ("opt", "J'ai commandé de nouvelles lunettes la semaine passée (monture {model}). J'ai reçu un e-mail me demandant de confirmer avec le code {otp}, mais le lien sur {url} donne une erreur.\n\nN° client {cust}, GSM {phone}."),
]

AGENT = [
    ("gen", "Bonjour {fname}, merci pour votre message. J'ai transmis votre dossier {ticket} au service concerné. Vous recevrez une réponse sous {dur}."),
    ("move", "Bonjour {fname}, le déménagement vers {addr} est prévu le {date} à {time}. Nous avons bien noté le code {pin}."),
    ("alarm", "Bonjour {fname}, pour vérifier votre identité : votre n° client est bien {cust} et vous habitez toujours {addr} ? Nous planifions alors un technicien."),
    ("news", "Bonjour {fname}, votre abonnement {cust} prend fin le {date}. La domiciliation sur le compte {mask} est arrêtée. Questions ? {cphone}"),
    ("gen", "Attention {fname} : ne partagez jamais votre mot de passe ({pw}) publiquement. Modifiez-le via {url}. Nous avons masqué votre message."),
    ("dent", "Bonjour, la facture {inv} a été corrigée. Le solde est de {amt}. Vous pouvez nous joindre au {cphone} entre {time} et {time#2}."),
    ("cruise", "Bonjour {fname}, votre réservation {order} est confirmée. La date de naissance de {name} ({dob}) a été corrigée."),
]

GREET = ["Madame, Monsieur,", "Bonjour,", "Bonjour {agent},", "Chère équipe {co},", "Bonsoir,", "Cher service clientèle,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Meilleures salutations,", "Merci d'avance,", "Bien cordialement,", "Salutations distinguées,"]
SIG = ["{name}\n{addr}\nGSM {phone}", "{fname}\n\nEnvoyé de mon iPhone", "{name}\n{phone} - {email}", "{fname} {lname}", "{name}\nTél. : {phone}", "{name}\n{email}\n{addr}"]
QUOTE_HDR = ["Le {date} à {time}, {co} <service@{domain}> a écrit :", "De : {co}\nEnvoyé : {date}\nÀ : {email}\nObjet : RE: votre dossier", "{agent} ({co}) a écrit :", "-----Message d'origine-----\nDe : clients@{domain}\nDate : {date}"]
FWD_HDR = ["---------- Message transféré ---------\nDe : {email}\nDate : {date}", "Début du message réexpédié :\nDe : {name} <{email}>"]
DISCLAIMER = ["Ce message est confidentiel et destiné uniquement à son destinataire.", "{co} SA - BCE {kvk} - RPM Bruxelles", "Pensez à l'environnement avant d'imprimer ce mail.", "TVA {vat} | {co}"]
SUBJECT = ["Objet : question", "Objet : facture", "Objet : RE: dossier", "Objet : URGENT", "Objet : changement d'adresse"]
AGENT_SIGN = ["^{ini}", "Bonne journée, {agent}", "Cordialement, {agent} - service clients {co}", "{agent} | {co} | {cphone}", "Belle soirée ! {ini}"]

EXTRA = [
    "J'ai déjà appelé à ce sujet le {date}, on m'a promis un rappel sous {dur}. Rien. Mon dossier porte le numéro {ticket}.",
    "Franchement, je suis très déçu. Nous sommes clients depuis {year} et nous n'avons jamais eu de problème.",
    "Sur votre site ({url}) vous annoncez une réponse sous {dur}, mais j'attends depuis bien plus longtemps. Je ne paierai la facture {inv} de {amt} qu'une fois le problème réglé.",
    "Pour info : il s'agit de la commande {order}, total {amt} dont {pct} de TVA.",
    "Je suis difficilement joignable en journée, de préférence après {time}.",
]

CHAT += [
    ("alarm", "L'appli me déconnecte sans arrêt. Le support m'a demandé le jeton de session : {tok}"),
    ("alarm", "Centrale {model} : {err}, request {reqid}. Bearer {tok}. IP {ip}"),
    ("move", "Relevés des compteurs au départ : électricité {meter}, eau {meter#2}. Acompte payé avec la carte {card}, exp {exp}, CVC {cvv}"),
    ("move", "Cartons envoyés ? suivi {track}. Payé avec {mask}. Wifi pour les déménageurs : {ssid} / {wifi}"),
    ("cruise", "À bord mon GSM demande un code PUK : {puk}. PIN était {pin}. Vol retour {flight}"),
    ("opt", "Commander les lentilles {prod} avec la Visa {card} exp {exp} cvv {cvv}, identifiant {user} mdp {pw}"),
]
EMAIL_BODY += [
    ("alarm", "Le technicien a installé le {date} une nouvelle centrale ({model}). Le fichier firmware a le SHA256 {checksum}, mais le site indique autre chose.\n\nDans l'appli j'ai {err} avec le token {tok}. Identifiant {user}, mot de passe {pw}. Client depuis {year}, n° client {cust}."),
    ("news", "J'ai reçu un rappel pour la facture {inv} ({amt}), pourtant payée avec la carte {card} (exp {exp}). Sur mon extrait figure {mask}.\n\nLe colis de bienvenue a été envoyé avec {track}. N° d'abonné {cust}. Mon identifiant est {user}."),
]
AGENT += [
    ("move", "Bonjour {fname}, le relevé a été corrigé à {meter}. La carte {mask} ne sera pas débitée à nouveau. Envoi {track} en route."),
    ("alarm", "Bonjour {fname}, le checksum {checksum} est correct. Votre token {tok} a été révoqué, reconnectez-vous avec {user}. Dossier {ticket}."),
]
EXTRA += [
    "Client fidèle depuis {year} (paiement par carte {mask}).",
    "Le colis a été envoyé avec {track} ; le pdf a le checksum {checksum}.",
]
PUBLIC += [
    ("news", "{mention} abonné depuis {year} et débité deux fois sur {mask} {hashtag}"),
    ("move", "{mention} suivi {track} bloqué depuis {dur}, dossier {ticket} {hashtag}"),
]
