"""Belgian French templates (same syntax as tpl_nl)."""

T = {}

T["food"] = [
    "Ma commande <<order_number>> n'est jamais arrivée. Adresse de livraison : [[address]]. Rappelez-moi au [[phone]] svp, j'attends depuis <<time>>.",
    "Le livreur a sonné chez le voisin. J'habite au [[address:street]], le code de la porte d'entrée c'est [[pin:door]].",
    "Bonjour, j'ai été débité deux fois (<<amount>>) pour la même commande. Merci de rembourser sur [[iban]] au nom de {fullname}.",
    "je reçois pas le code par sms... j'ai eu [[otp]] mais l'appli dit qu'il est expiré",
    "Paiement refusé avec l'erreur <<error_code>>. Carte [[card]] exp [[card_expiry]] cryptogramme [[cvv]]. C'est quoi le problème ?",
    "Quelqu'un a commandé <<quantity>> sur mon compte ! Mon identifiant c'est [[email]] et le mot de passe était [[password]]",
    "Pouvez-vous changer mon numéro ? Ancien : [[phone]], nouveau : [[phone]]. Numéro client [[customer_number]]",
    "Je suis gérant d'un resto (n° d'entreprise <<company_registration>>). Mon compte partenaire est bloqué, login [[username]] mdp [[password]]",
]

T["housing"] = [
    "Bonjour, le chauffage ne fonctionne plus depuis <<quantity>>. Adresse : [[address]]. Référence locataire [[customer_number:tenant]].",
    "Le technicien peut passer, la clé est dans la boîte à clés, code [[pin:door]]. Mon GSM : [[phone]]",
    "Pour mon dossier de candidature vous demandez mon numéro de registre national : [[bsn]]. Date de naissance [[date_of_birth]].",
    "J'ai payé le loyer de <<date>> deux fois (<<amount>>). Merci de reverser sur [[iban]]. Contrat n° [[customer_number:tenant]]",
    "La garantie locative n'est toujours pas libérée. Mon nouveau domicile : [[address]]. Compte bancaire [[iban]].",
    "Il y a de l'humidité dans la chambre, plainte <<ticket_number>> du <<date>>. Joignable au [[phone]] ou par mail [[email]]",
    "Code wifi de la salle commune : [[wifi_key]], réseau 'Residence_Invites' — il ne marche pas",
    "Relevé du compteur à la sortie : <<meter_reading>>, code EAN [[customer_number:ean]].",
]

T["insurance"] = [
    "Je souhaite déclarer un sinistre auto survenu le <<date>> vers <<time>>. Police n° [[customer_number:pol]]. Tél : [[phone]]",
    "Cambriolage cette nuit au [[address]]. On a volé un ordinateur <<model_number>>. Dossier sinistre <<ticket_number:claim>>, indemnisation sur [[iban]] svp.",
    "L'expert peut venir mardi, boîte à clés code [[pin:door]]. Je suis au [[phone]]",
    "Mon dossier <<ticket_number:claim>> est en cours depuis <<quantity>>. Numéro de police [[customer_number:pol]], né le [[date_of_birth]].",
    "Dégâts des eaux ! Partie adverse : {other}, [[address]], tél [[phone]].",
    "Le formulaire en ligne demande mon NISS : [[bsn]]. C'est normal ?",
    "Impossible de me connecter à mon espace client, le code de vérification [[otp]] ne marche pas (<<error_code>>). Identifiant [[username]]",
    "Ma prime a augmenté de <<percentage>> sans prévenir. Police [[customer_number:pol]]. Rappelez-moi entre <<time>> et <<time>>.",
]

T["jobs"] = [
    "Je travaille comme intérimaire chez vous, ma fiche de paie de la semaine <<quantity>> est fausse. Numéro NISS [[bsn]], matricule [[customer_number:cand]].",
    "Merci de verser mon salaire sur ce compte : [[iban]] (l'ancien [[iban]] est clôturé).",
    "Pour l'inscription : {fullname}, né(e) le [[date_of_birth]], domicilié(e) [[address]], GSM [[phone]], e-mail [[email]].",
    "L'appli des heures ne marche pas. Identifiant [[username]] mot de passe [[password]]. Version <<version_string>>",
    "Le code reçu par SMS pour signer mon contrat : [[otp]]. Il ne fonctionne pas.",
    "Mon C4 n'est pas arrivé. Vous pouvez l'envoyer à [[email]] ? Matricule [[customer_number:cand]]",
    "Le consultant m'a donné rendez-vous le <<date>> à <<time>> mais personne n'était là. Rappelez-moi : [[phone]]",
    "Pourquoi dois-je envoyer mon numéro de registre national ([[bsn]]) via ce lien <<url>> ? C'est une arnaque ?",
]

T["learning"] = [
    "Je n'arrive plus à me connecter à la plateforme. Identifiant [[username]], mot de passe [[password]]. Mon examen est le <<date>> !",
    "Formation payée deux fois (<<amount>>). Numéro d'étudiant [[customer_number:student]]. Remboursement sur [[iban]] svp",
    "Le code de vérification reçu par mail est [[otp]], mais le site affiche 'code invalide'.",
    "Compte bloqué après une connexion depuis l'IP [[ip_address]]. Ce n'était pas moi ! Mon mail : [[email]]",
    "Payé par carte [[card]] (exp. [[card_expiry]]) mais le cours n'est pas débloqué. Commande <<order_number>>",
    "Intégration avec notre LMS : clé API [[api_key]], on reçoit <<error_code>>. Request ID <<request_id>>",
    "Le certificat indique une mauvaise date de naissance, c'est le [[date_of_birth]]. Numéro d'apprenant [[customer_number:student]]",
    "Je veux résilier mon abonnement de <<amount>> par mois. Numéro client [[customer_number]], tél [[phone]]",
]

T["generic"] = [
    "Mon téléphone est bloqué, il demande le code PUK. C'est [[puk]] ? Le code PIN était [[pin]].",
    "Box internet <<model_number>>, clé wifi [[wifi_key]]. Mon adresse IP : [[ip_address]].",
    "Le code de déverrouillage du GSM est [[pin:unlock]], le réparateur en a besoin.",
    "Votre développeur a demandé la clé : [[api_key]] et le jeton [[token]]. Pouvez-vous les révoquer maintenant ?",
    "Le mot de passe admin du routeur c'est [[password]] (port <<port>>)",
    "carte SIM bloquée, code PUK au dos de la carte : [[puk]], code PIN [[pin]]. Mon numéro client [[customer_number]]",
    "Mon IP selon le site : [[ip_address]], identifiant de session [[token:sess]]. Le checksum ne correspond pas : <<checksum>>",
    "Jeton d'accès expiré ? J'envoie Bearer [[token]] et j'ai <<error_code>>",
    "Le code du SMS, je vous le dicte : [[otp:words]]. Mon GSM c'est [[phone]]",
    "Le serveur vocal m'a donné le code [[otp:words]] puis erreur <<error_code>>",
]

T["public"] = [
    "<<mention>> ça fait <<quantity>> que j'attends ma commande. Personne ne répond. <<hashtag>>",
    "<<mention>> rappelez-moi au [[phone]] au lieu d'envoyer des réponses automatiques <<hashtag>>",
    "Service nul <<mention>>. Numéro client [[customer_number]], aucune réponse depuis <<date>> <<hashtag>>",
    "<<mention>> pourquoi une {dish} coûte maintenant <<amount>> ?? <<hashtag>>",
    "Merci <<mention>> pour l'aide rapide ! Réglé en <<quantity>> <<hashtag>>",
    "<<mention>> mon mail c'est [[email]], envoyez la confirmation là svp",
    "Toujours pas de technicien <<mention>>. Plainte <<ticket_number>> depuis <<date>>. <<hashtag>>",
    "<<mention>> <<mention>> troisième fois ce mois-ci. Police [[customer_number:pol]]. Honteux <<hashtag>>",
]

T["agent"] = [
    "Bonjour {name}, désolé pour ce désagrément. J'ai remboursé <<amount>> pour la commande <<order_number>> sur la carte <<masked_value:card>>. Bonne soirée, {agent}",
    "Bonjour {name}, merci. J'ai bien noté votre nouveau numéro [[phone=]] sur le compte client [[customer_number=]]. {agent}",
    "Bonjour {name}, ne partagez pas vos données en public. Envoyez-nous un message privé avec votre code postal. Cordialement, {agent}",
    "Madame, Monsieur, votre sinistre est enregistré sous le n° <<ticket_number:claim>>. L'indemnité sera versée sur [[iban=]]. Questions ? Appelez le <<company_phone>>. {agent}",
    "Bonjour {name}, ne communiquez jamais votre mot de passe ([[password=]]) ni un code reçu par SMS. Réinitialisez-le via <<url>>. {agent}",
    "Bonjour {name}, le technicien passera le <<date>> entre <<time>> et <<time>>. Le code de la boîte à clés ([[pin:door=]]) est noté. {agent}",
    "Bonjour {name}, l'adresse est modifiée : [[address=]]. Confirmation envoyée à [[email=]]. Ticket <<ticket_number>>. {agent}",
    "Bonjour {name}, merci pour votre patience. Votre crédit de <<amount>> est disponible. Réf. <<request_id>>. {agent}",
]

T["greet"] = ["Madame, Monsieur,", "Bonjour,", "Bonjour {brand},", "Bonsoir,", "Cher service client,", "Bjr,"]
T["close"] = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv,", "Bonne journée,"]
T["sig"] = [
    "{fullname}\n[[address:multi]]\nGSM : [[phone]]",
    "{fullname}\nTél. [[phone]] | [[email]]",
    "{fullname}\n\nEnvoyé de mon iPhone",
    "{fullname} - {company}\n[[address]]\nTVA <<company_registration>>\nT. [[phone]]",
    "{fullname}\nN° client : [[customer_number]]",
    "{fullname}\n\nEnvoyé depuis Outlook pour Android",
]
T["chat_open"] = ["Bonjour", "Bonsoir", "Salut", "Hello", "Bjr", "Re-bonjour"]
T["quote_hdr"] = ["Le <<date>> à <<time>>, {brand} Service client a écrit :", "Le <<date>>, {agent} ({brand}) a écrit :",
                  "-----Message d'origine-----\nDe : {brand}\nEnvoyé : <<date>> <<time>>\nObjet : Votre demande <<ticket_number>>",
                  "{brand} <support> a écrit le <<date>> :"]
T["fwd_hdr"] = ["---------- Message transféré ---------\nDe : {fullname} <[[email]]>\nDate : <<date>>\nObjet : {subject}\nÀ : {brand}",
                "Début du message réexpédié :\n\nDe : {fullname} <[[email]]>\nDate : <<date>> à <<time>>\nObjet : {subject}"]
T["disclaimer"] = ["Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, veuillez le supprimer.",
                   "Pensez à l'environnement avant d'imprimer ce mail.",
                   "Les informations contenues dans ce courriel sont strictement réservées au destinataire.",
                   "Avertissement : voir <<url>>"]
T["subject"] = ["Réclamation commande", "Question facture", "Déclaration de sinistre", "Inscription", "Problème de connexion",
                "RE: votre dossier", "Remboursement", "Urgent"]
