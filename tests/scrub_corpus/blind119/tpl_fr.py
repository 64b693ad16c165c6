"""Belgian French templates."""
DM = [
    "dentist|Bonjour, je voudrais déplacer mon rdv chez le dentiste du {!date}. Mon numéro de patient: {cust}, tél {phone}",
    "physio|Mon numéro de registre national c'est {rrn}, pour le remboursement de la mutuelle",
    "parking|J'ai reçu le code {otp} par SMS mais il ne marche pas?? mon gsm {phone}",
    "petshop|Remboursez-moi sur {iban} svp, commande {!order}",
    "carshare|Identifiant: {user} / mot de passe: {password} — l'appli affiche {!err}",
    "cleaning|La femme de ménage peut entrer avec le code {pin}, adresse {address}",
    "ferry|Carte: {card} exp {exp} cryptogramme {cvv}. Pour la réservation {!order}",
    "ferry|La traversée de {!time} a été annulée sans prévenir. Réservation {!order}. Mon mail: {email}",
    "petshop|Mon chien attend toujours ses croquettes ({!qty}, {!amount}) — adresse de livraison {address}",
    "cleaning|Le code wifi pour le technicien: {wifi}",
    "any|Née le {dob}, mon numéro client est {cust}. Pouvez-vous débloquer mon compte svp?",
    "parking|j'ai bloqué ma SIM et je ne peux plus ouvrir l'appli de parking. Le code PUK sur la carte: {puk}",
    "festival|le code c'est {otpw}",
    "any|Mon IP: {ip}, votre site me bloque (erreur {!err})",
    "train|Mon train de {!time} pour Bruxelles-Midi a été supprimé et j'ai raté mon vol {!flight}. Abonnement {cust}",
    "laundry|Bonsoir, le pressing a perdu ma veste. Ticket {!order}. Rappelez-moi au {phone} svp",
    "coach|Bonjour je change de numéro: nouveau {phone}, ancien {phone.2}. Réservation bus {!order}",
    "laundry|La machine n°4 ({!model}) a avalé mes pièces, {!amount} perdus. Cliente depuis {!year}, carte fidélité {cust}",
    "festival|Mdp oublié... j'ai mis {password} en nouveau mot de passe mais ça dit {!err}",
]
PUB = [
    "{!mention} encore un train supprimé à {!time}. Merci pour rien {!hashtag}",
    "{!mention} toujours pas de remboursement pour ma plainte {!ticket} depuis le {!date}",
    "{!mention} appelez-moi au {phone}, personne ne répond au {!cphone}",
    "Génial le festival ce weekend! {!hashtag} {!url}",
    "{!mention} écrivez-moi à {email} svp, votre formulaire ne marche pas",
    "{!mention} l'appli ({!ver}) plante au paiement, {!amount} débités deux fois",
    "{!mention} {!pct} de hausse sur l'abonnement parking sans prévenir?? {!hashtag}",
    "{!mention} mon adresse c'est {address} et le livreur dit que personne n'était là. J'étais là!",
]
MAIL = [
    "physio|Suite à ma prescription, je souhaiterais commencer les séances de kiné. Voici mes coordonnées:\n\n- Nom: {~name}\n- Date de naissance: {dob}\n- N° de registre national: {rrn}\n- Adresse: {address}\n- GSM: {phone}\n\nJe suis disponible le mardi après {!time}.",
    "train|Le {!date}, mon train de {!time} a eu plus d'une heure de retard. Je demande une indemnisation selon vos conditions ({!url}).\n\nAbonnement n° {cust}\nCompte bancaire: {iban}\nRéférence de ma plainte: {!ticket}\n\nMerci de me tenir au courant.",
    "carshare|Lors de la location du {!date}, le compteur affichait {!meter} au départ. On me facture pourtant {!amount} de plus (facture {!invoice}).\n\nMon numéro de membre est {cust}. Je conteste cette facture.",
    "laundry|Mon costume déposé le {!date} a été abîmé au nettoyage. Ticket n° {!order}.\n\nJe souhaite être remboursée sur le compte {iban} au nom de {~name}. Vous pouvez me joindre au {phone}.",
    "festival|J'ai acheté 3 billets (commande {!order}) mais le mail de confirmation est parti vers une ancienne adresse ({email}). Ma nouvelle adresse est {email.2}. Mon identifiant: {user}.\n\nPouvez-vous corriger cela avant le {!date}?",
    "parking|Pour l'intégration avec notre système de gestion de flotte ({!creg}), votre API renvoie {!err} depuis la version {!ver}.\n\nClé API: {api}\nJeton: {token}\nID de requête: {!reqid}\n\nMerci de vérifier rapidement.",
    "dentist|Je souhaite inscrire mon fils au cabinet. Ses données:\nDate de naissance: {dob}\nRegistre national: {rrn}\nNotre adresse: {address}\nMon GSM: {phone}\nMon e-mail: {email}\n\nIl a mal à une dent depuis {!date}.",
    "cleaning|À partir de lundi, une nouvelle aide ménagère vient chez nous (titres-services). Quelques infos:\n- code de la boîte à clés: {pin}\n- alarme: {pin.2}\n- wifi: {wifi}\nEn cas de souci, appelez le {phone}.",
]
AGENT = [
    "Bonjour {~first}, merci pour votre message. Pouvez-vous nous envoyer votre numéro client en message privé? {~agent}",
    "Le remboursement de {!amount} a été effectué sur le compte {iban}. Dossier {!ticket}.",
    "Votre numéro {phone} a bien été mis à jour. Pour toute question: {!cphone}.",
    "Ne partagez jamais votre mot de passe. Votre code {otp} a expiré, demandez-en un nouveau via {!url}.",
    "Votre rendez-vous est déplacé au {!date} à {!time}. Bonne journée, {~agent}",
    "Nous avons bien noté votre nouvelle adresse: {address}. Prochaine livraison le {!date}.",
    "Bonjour, pouvez-vous confirmer votre date de naissance ({dob}) et votre e-mail {email}? {~agent}",
    "Bonjour {~first}, la carte se terminant par {!masked} a été refusée ({!err}). Merci d'essayer un autre moyen de paiement.",
]
GREET = ["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Bonjour {~agent},", "Chère équipe,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,", "Bien cordialement,"]
SIG = ["{~name}\nGSM: {phone}", "{~name}\n{address}", "{~first}\n\nEnvoyé de mon iPhone", "{~name} - {phone} - {email}"]
ASIG = ["{~agent}\nService clientèle {~brand}\n{!cphone} - {!url}\n{!creg}", "Bien à vous,\n{~agent}\n{~brand} | {!cphone}"]
QHDR = ["Le {!date} à {!time}, {~brand} Service clients a écrit :", "De : {~brand}\nEnvoyé : {!date} {!time}\nObjet : RE: dossier {!ticket}"]
FWD = ["---------- Message transféré ---------\nDe : {~name} <{email}>\nDate : {!date}\nObjet : Fwd: réclamation",
       "Début du message réexpédié :\nDe : {~name} <{email}>\nObjet : réservation {!order}"]
DISC = ["Ce message et ses annexes sont confidentiels. {!creg}", "Pensez à l'environnement avant d'imprimer ce mail."]
OPEN = ["Bonjour", "Bonsoir", "Salut", "Bjr", "Hello"]
EXTRA = [
    "J'ai déjà appelé le {!date} vers {!time} mais après 20 minutes d'attente la ligne a coupé. Le formulaire en ligne affiche une erreur ({!err}).",
    "Je suis cliente depuis des années et c'est la troisième fois que ça arrive. J'espère une solution rapide, sinon je vais voir ailleurs.",
    "Pour info, j'ai déjà réinstallé l'application (version {!ver}) et redémarré mon téléphone, sans succès.",
    "La dernière fois (dossier {!ticket}) il a fallu trois semaines. Merci d'être plus rapides cette fois-ci.",
]
DM += [
    "festival|Paiement refusé ({!err}). Carte {card}, date d'expiration {exp}, code de sécurité {cvv}",
    "coach|Voici ma carte pour finaliser: {card} exp {exp} CVC {cvv}",
    "parking|Nom d'utilisateur: {user}\nMot de passe: {password}\nÇa ne marche plus depuis la mise à jour {!ver}",
    "carshare|mon compte {user} est bloqué après 3 essais avec {password}, vous pouvez débloquer?",
    "any|SIM bloquée, j'ai tapé le PUK {puk} et maintenant l'appli redemande un code",
    "petshop|Colis {!track} toujours pas arrivé. Article {!prod}. Mon tél {phone}",
]
MAIL += [
    "parking|L'intégration échoue ({!err}).\n\nClé: {api}\nJeton d'accès: {token}\nNotre IP: {ip}, port {!port}\nSomme de contrôle: {!checksum}\n\nNuméro de contrat: {cust}.",
    "carshare|Mes données pour l'inscription:\nDate de naissance: {dob}\nN° national: {rrn}\nIdentifiant: {user}\nCarte: {card} (expire {exp}, CVV {cvv})",
]
