"""Belgian French (fr) templates."""

T = {}

T[("fr", "body", "login")] = [
    "Je n'arrive plus à me connecter au portail patient de [[hosp]]. Identifiant : [[user]], mot de passe : [[pw]]. Message d'erreur [[error]].",
    "bonjour, mon login c'est [[user]] et le mdp [[pw]] mais ça marche pas depuis la mise à jour [[version]]",
    "J'ai changé mon mot de passe en [[pw]] hier (l'ancien était [[pw]]) et maintenant le compte [[fashion]] est bloqué. Mon adresse : [[email]]",
    "Identifiant: [[user]]\nMot de passe: [[pw]]\nNuméro client: [[cust]]\nMerci de débloquer svp",
    "Ma fille n'a plus accès à l'appli de [[school]], son identifiant est [[user]] et le code [[pw]].",
]
T[("fr", "body", "nrn")] = [
    "Mon numéro de registre national est le [[nrn]], né le [[dob]]. Pouvez-vous vérifier mon dossier de pension ?",
    "Pour l'inscription de [[child]] à [[kita]] : NISS [[nrn]], date de naissance [[dob:child]].",
    "N° national : [[nrn]]\nNom : [[name]]\nAdresse : [[addr]]\nGSM : [[phone]]",
    "La pharmacienne m'a demandé mon numéro national ([[nrn]]) pour la prescription électronique, c'est normal ?",
    "Je suis affilié sous le numéro [[cust]], registre national [[nrn]]. Ma pension n'a pas été versée le [[date]].",
]
T[("fr", "body", "money")] = [
    "Merci de rembourser les [[amount]] sur mon compte [[iban]] au nom de [[name]]. Commande [[order]].",
    "Mon nouveau numéro de compte est [[iban]]. Pourriez-vous mettre à jour la domiciliation pour [[kita]] ? Contrat n° [[cust]].",
    "Carte [[card]], date d'expiration [[exp]], cryptogramme [[cvv]]. Le paiement pour la [[itemfash]] est refusé.",
    "j'ai payé avec ma visa [[card]] exp [[exp]] et j'ai été débité 2 fois de [[amount]] !!",
    "Il y a un débit de [[amount]] sur ma carte se terminant par [[masked]] que je ne reconnais pas. Facture [[invoice]] ?",
    "IBAN : [[iban]]\nBIC : GEBABEBB\nTitulaire : [[name]]\nMotif : remboursement retour [[order]]",
]
T[("fr", "body", "contact")] = [
    "Pouvez-vous me rappeler au [[phone]] ? Je suis disponible après [[time]].",
    "Nous avons déménagé : [[addr]]. Merci d'y livrer les médicaments de la [[pharm]].",
    "Ma nouvelle adresse e-mail est [[email]] et mon GSM [[phone]].",
    "Le colis [[track]] a été livré au [[addr]] mais je n'habite plus là depuis [[year]].",
    "Coordonnées :\n[[name]]\n[[addr:ml]]\nTél. [[phone]]",
]
T[("fr", "body", "codes")] = [
    "J'ai reçu le code [[otp]] par SMS mais le site de [[pharm]] dit qu'il est expiré.",
    "Le code du casier de retrait est [[pin]], mais la porte ne s'ouvre pas. Commande [[order]].",
    "Le code de la porte de la crèche a changé ? Nous avons toujours [[pin]].",
    "Code de déverrouillage de mon téléphone pour la réparation : [[pin]] (modèle [[model]]).",
    "Ma carte SIM est bloquée, code PUK [[puk]], ancien code PIN [[pin:4]].",
    "Clé Wi-Fi de la box : [[wifi]] (réseau [[ssid]]). Adresse IP [[ip]].",
    "Ma mère a dicté le code au téléphone : [[otpw]].",
    "Notre clé API pour la boutique en ligne : [[api]]. Depuis hier erreur [[error]], request id [[reqid]].",
    "Authorization: Bearer [[tok]] -> réponse [[!error|401]], pourquoi ?",
]
T[("fr", "body", "appt")] = [
    "Je dois déplacer mon rendez-vous du [[date]] à [[time]] au service de cardiologie. Numéro de patient [[cust]], né le [[dob]].",
    "Pouvez-vous préparer ma [[med]] ([[qty]]) ? Je passe le [[date]]. Date de naissance [[dob]].",
    "Le médecin peut-il me rappeler au [[phone]] ? C'est pour les résultats de prise de sang.",
    "Commande [[order]] : [[itemdiy]] (réf. [[product]]) reçue cassée le [[date]]. Ticket [[ticket]].",
    "Erreur [[error]] lors du paiement, version [[version]], le [[date]] vers [[time]]. Remise de [[pct]] non appliquée.",
    "Relevé du compteur : [[meter]]. Dossier [[ticket]]. Merci de confirmer.",
]
T[("fr", "public", "all")] = [
    "[[mention]] toujours pas de remboursement pour la commande [[order]] [[hashtag]]",
    "[[mention]] rappelez-moi svp au [[phone]], ça fait [[qty:x]] jours que j'attends",
    "[[mention]] merci à l'équipe de la pharmacie, au top [[hashtag]]",
    "[[mention]] votre site plante ([[error]]) depuis ce matin [[hashtag]]",
    "[[mention]] écrivez-moi à [[email]], les MP ne marchent pas",
    "[[mention]] le livreur a laissé mon colis devant le [[addr]] sous la pluie [[hashtag]]",
]
T[("fr", "agent", "all")] = [
    "Bonjour [[first]], désolés pour l'attente. Pouvez-vous nous envoyer votre numéro client en message privé ? Ne communiquez jamais votre mot de passe. [[agent]]",
    "Bonjour [[first]], le remboursement de [[amount]] sera effectué le [[date]] sur le compte se terminant par [[masked]]. Dossier [[ticket]]. Cordialement, [[agent]]",
    "Merci [[first]]. Nous avons mis à jour votre adresse : [[addr]]. Pour toute question : [[cphone]]. [[agent]] - Service clientèle",
    "Bonjour {first_name}, votre code de vérification est [CODE]. Il est valable 10 minutes. [[agent]]",
    "Bonjour [[first]], nous vous rappelons au [[phone]] demain avant [[time]]. Bien à vous, [[agent]] — [[hosp]] — BCE [[creg]]",
]
T[("fr", "greet", "all")] = ["Madame, Monsieur,", "Bonjour,", "Bonjour [[agent]],", "Chère équipe,", "Bonsoir,"]
T[("fr", "close", "all")] = ["Cordialement,\n[[name]]", "Bien à vous,\n[[name]]", "Merci d'avance,\n[[first]]", "Salutations distinguées,\n[[name]]", "Bàv\n[[first]]"]
T[("fr", "sig", "all")] = [
    "[[name]]\n[[addr:ml]]\nGSM : [[phone]]",
    "[[name]]\nGérante — [[fashion]]\nTVA [[creg]]\nTél. [[cphone]] | GSM [[phone]]",
    "Envoyé de mon iPhone",
    "--\n[[first]] [[last]]\n[[email]]\n[[phone]]",
]
T[("fr", "disc", "all")] = [
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
    "Numéro d'entreprise [[creg]] — RPM Liège",
]
T[("fr", "qhead", "all")] = [
    "Le [[date]] à [[time]], Service clientèle [[fashion]] a écrit :",
    "De : [[pharm]]\nEnvoyé : [[date]] [[time]]\nObjet : RE: votre demande [[ticket]]",
    "Le [[date]], [[agent]] ([[diy]]) a écrit :",
]
T[("fr", "fwd", "all")] = [
    "---------- Message transféré ---------\nDe : [[name]] <[[email]]>\nDate : [[date]] à [[time]]\nObjet : inscription",
    "Début du message réexpédié :\nDe : [[name]] <[[email]]>\nDate : [[date]]",
]
T[("fr", "subj", "all")] = ["Objet : remboursement commande [[order]]", "Objet : mot de passe", "Objet : changement d'adresse", "Objet : RE: dossier [[ticket]]", "Objet : rendez-vous"]
