"""Belgian French templates."""

CHAT = [
    "ph|Bonjour, je n'arrive pas à me connecter. Identifiant [[user]], mot de passe [[pw]]. Message d'erreur [[~err]]",
    "ph|Ma prescription n'apparaît pas. Numéro de registre national [[rrn]], né le [[dob]]",
    "ph|Pouvez-vous livrer ma commande [[~order]] à cette adresse : [[addr]] ? Merci",
    "ph|j'ai reçu le code [[otp]] par sms mais le site dit 'code invalide'",
    "ph|Paiement refusé avec ma carte [[card]] exp. [[exp]] cryptogramme [[cvv]] ... pourtant il y a assez sur le compte",
    "ph|Rappelez-moi svp au [[phone]], c'est urgent pour le médicament [[~prod]]",
    "ls|Bonjour, je voudrais inscrire ma fille au cours de néerlandais. Elle est née le [[dob]]. Mon GSM : [[phone]], mail : [[email]]",
    "ls|Pouvez-vous rembourser les [[~amt]] sur mon compte [[iban]] ? Le cours du [[~date]] a été annulé. N° élève [[cust]]",
    "ls|le mot de passe de la plateforme ([[pw]]) ne marche plus depuis la mise à jour [[~ver]]",
    "ls|Mon code de vérification : [[otp/words]]",
    "so|Bonjour, l'onduleur [[~model]] affiche [[~err]]. Réseau wifi [[@ssid]], clé [[wifi]]",
    "so|Mon code EAN est [[cust]], relevé du compteur [[~meter]]. Quand passe le technicien ?",
    "so|Le code du boîtier à clés est [[pin]], le technicien peut entrer par le garage. Adresse : [[addr]]",
    "so|J'ai versé un acompte de [[~amt]] depuis le compte [[iban]] il y a [[~qty]] semaines... toujours rien",
    "so|Connexion au portail de monitoring impossible : login [[user]] / mdp [[pw]]. Mon IP publique est [[ip]]",
    "ti|Je n'ai pas reçu mes billets à l'adresse [[email]]. Commande [[~order]] pour le concert du [[~date]]",
    "ti|Mon compte a été piraté!!! ancien mot de passe [[pw]], nouveau [[pw:2]]. Je veux savoir qui a acheté [[~qty]]",
    "ti|Le code reçu par SMS ([[otp]]) expire avant que la page charge",
    "ti|Double débit de [[~amt]] sur mon compte [[iban]]. Numéro client [[cust]]",
    "pe|Bonjour, puis-je prendre rendez-vous pour mon chien le [[~date]] à [[~time]] ? [[@full]], [[phone]]",
    "pe|La commande de croquettes [[~prod]] n'est jamais arrivée. Mon adresse : [[addr]]",
    "pe|Code du portail : [[pin]], le vétérinaire peut entrer directement pour la visite à domicile",
    "pe|Vous pouvez domicilier la facture sur [[iban]] au nom de [[@full]]",
    "fe|Je voudrais modifier ma réservation [[~order]] du [[~date]]. Appelez-moi au [[phone]]",
    "fe|Paiement échoué avec la carte [[card]], date d'expiration [[exp]]. Erreur [[~err]]",
    "fe|Mon numéro de membre est [[cust]] mais je n'ai pas reçu les [[~pct]] de réduction",
    "fe|Mon vol [[~flight]] arrive trop tard pour le ferry de [[~time]]. Que faire ?",
    "Voici mes coordonnées :\nNom : [[@full]]\nAdresse : [[addr]]\nGSM : [[phone]]\nDate de naissance : [[dob]]\nN° national : [[rrn]]",
    "Carte SIM bloquée, code PUK [[puk]], ancien code PIN [[pin]]",
    "voici ma clé API pour l'intégration : [[api]] . Depuis le [[~date]] on reçoit [[~err]]",
    "Authorization: Bearer [[tok]] -> réponse 401, request-id [[~req]]",
]

PUBLIC = [
    "ph|[[~mention]] toujours pas reçu ma commande [[~order]] après [[~qty]] jours. [[~tag]]",
    "ls|Merci [[~mention]] pour les cours, ma fille a gagné [[~pct]] en néerlandais [[~tag]]",
    "so|[[~mention]] l'installation devait avoir lieu le [[~date]]. Personne n'est venu. Appelez-moi : [[phone]] [[~tag]]",
    "ti|[[~mention]] site en panne, erreur [[~err]] au paiement. [[~url]] [[~tag]] [[~tag:2]]",
    "ti|[[~mention]] je vous ai écrit à [[~time]], mon mail c'est [[email]], répondez svp",
    "pe|Merci à [[~mention]] pour l'urgence de dimanche !! [[~tag]]",
    "fe|[[~mention]] traversée de [[~time]] annulée sans prévenir... [[~tag]]",
    "[[~mention]] votre numéro [[~cphone]] ne répond jamais",
]

AGENT = [
    "ph|Bonjour [[@name]], votre commande [[~order]] a été expédiée, suivi : [[~track]]. Bonne journée, [[@agent]]",
    "ph|Bonjour, pour votre sécurité, ne partagez jamais votre mot de passe. Nous avons réinitialisé le compte [[email]]. ^[[@ini]]",
    "ls|Bonjour {first_name}, le cours est déplacé au [[~date]] à [[~time]]. Plus d'infos sur [[~url]]. [[@agent]]",
    "so|Bonjour [[@name]], le technicien passera le [[~date]] entre [[~time]] et [[~time:2]] au [[addr]]. Service client : [[~cphone]]",
    "ti|Bonjour, le remboursement de [[~amt]] sur la carte [[~mask]] est en cours (dossier [[~ticket]]). Cordialement, [[@agent]]",
    "pe|Bonjour [[@name]], votre rendez-vous est confirmé le [[~date]] à [[~time]]. N° patient : [[cust]]. À bientôt, [[@agent]]",
    "fe|Bonjour, votre réservation [[~order]] a été modifiée. Supplément : [[~amt]]. Nous vous rappelons au [[phone]] si besoin. ^[[@ini]]",
    "Bonjour [[@name]], nous avons bien noté votre IBAN [[iban]] pour le remboursement. Cordialement, [[@agent]]",
]

EMAIL_BODY = [
    "ph|Suite à notre conversation téléphonique du [[~date]], je vous transmets les informations demandées :\n- numéro de registre national : [[rrn]]\n- date de naissance : [[dob]]\n- adresse de livraison : [[addr]]\nMerci de préparer la commande [[~order]] ([[~qty]]).",
    "ph|Je souhaite clôturer mon compte sur votre pharmacie en ligne et que mes données soient supprimées (RGPD). Identifiant : [[user]]. Adresse e-mail : [[email]].",
    "ls|Je vous écris concernant l'inscription de mon fils au stage d'anglais. Le montant de [[~amt]] a été débité deux fois de mon compte [[iban]]. Numéro d'élève : [[cust]]. Facture n° [[~inv]].",
    "so|Veuillez trouver ci-dessous les informations pour la mise en service :\nCode EAN : [[cust]]\nIndex compteur : [[~meter]]\nOnduleur : [[~model]] (firmware [[~ver]])\nWifi : [[@ssid]] / [[wifi]]\nLe technicien peut me joindre au [[phone]].",
    "ti|J'ai acheté [[~qty]] pour le festival mais le concert du [[~date]] est annulé. Je demande le remboursement intégral ([[~amt]]). Paiement par carte [[card]]. Mon login : [[user]].",
    "pe|Notre chat a été opéré le [[~date]]. L'assurance demande une facture détaillée. Numéro de police : [[cust]]. Pouvez-vous l'envoyer à [[email]] ? Je reste joignable au [[phone]].",
    "fe|Nous avons réservé une traversée pour le [[~date]] (réservation [[~order]]) mais nous devons annuler pour raison médicale. Merci de rembourser [[~amt]] sur le compte [[iban]] au nom de [[@full]].",
    "Quelqu'un s'est connecté à mon compte depuis l'adresse IP [[ip]]. J'ai changé mon mot de passe ([[pw]] remplacé par [[pw:2]]). Le code de confirmation reçu était [[otp]]. Pouvez-vous vérifier ?",
]

GREET = ["Madame, Monsieur,", "Bonjour,", "Bonjour [[@agent]],", "Chère équipe [[@brand]],", "Bonsoir,"]
SIGN = [
    "Cordialement,\n[[@full]]\n[[addr]]\nGSM : [[phone]]",
    "Bien à vous,\n[[@full]]",
    "Merci d'avance,\n[[@name]]\n[[phone]]",
    "Salutations distinguées,\n[[@full]]\n[[email]]",
    "Bàv\n[[@name]] [[@last]]\nEnvoyé de mon iPhone",
]
QUOTE = [
    "Le [[~date]] à [[~time]], Service client [[@brand]] a écrit :\n> Bonjour,\n> Votre demande a été enregistrée sous le numéro [[~ticket]].\n> Cordialement, [[@agent]]",
    "De : [[@full]] <[[email]]>\nEnvoyé : [[~date]] [[~time]]\nObjet : Réclamation\n\nMerci de me rappeler au [[phone]].",
    "---------- Message transféré ---------\nDe : [[@brand]]\nDate : [[~date]]\nObjet : Votre commande [[~order]]\n\nSuivez votre colis : [[~url]]",
]
DISCLAIMER = [
    "Ce message et ses annexes sont confidentiels. Numéro d'entreprise [[~kvk]] - RPM Liège",
    "[[@brand]] SRL | TVA [[~kvk]] | [[~url]]",
]
SUBJECT = ["Objet : réclamation [[~ticket]]", "Objet : remboursement", "Objet : changement d'adresse", "Objet : TR: problème de connexion"]

CHAT += [
    "Mon code PUK est [[puk]] d'après la lettre, mais le téléphone reste bloqué",
    "PUK [[puk]] introduit, maintenant il demande un nouveau code PIN",
    "carte [[card]] exp [[exp]] code de sécurité [[cvv]], toujours refusé",
    "Le CVV [[cvv]] est refusé, carte se terminant par [[~mask]]",
    "J'appelle le [[~cphone]] depuis ce matin... Rappelez-moi au [[phone]]",
    "checksum md5 du fichier : [[~sum]], c'est le bon ?",
    "Le token de session [[tok]] expire toutes les 5 minutes",
    "La clé wifi du cabinet a changé : [[wifi]]",
]
EXTRA = [
    "J'ai déjà appelé plusieurs fois votre service clientèle mais on me renvoie toujours d'un service à l'autre. J'espère que par e-mail ce sera plus efficace.",
    "Je travaille en journée, il est donc préférable de me contacter après [[~time]] ou de répondre simplement à ce message.",
    "J'ai toujours été satisfait de vos services, mais cette situation n'est pas acceptable. Je compte sur vous pour trouver une solution rapidement.",
    "Vous trouverez en pièce jointe une capture d'écran du message d'erreur ainsi que l'extrait de compte montrant le débit de [[~amt]].",
]
