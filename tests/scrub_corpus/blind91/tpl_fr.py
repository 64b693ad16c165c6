"""Belgian French (fr-be) templates."""

HEALTH = [
    "Bonjour, je n'arrive pas à me connecter à mon espace membre [[brand.name]]. Identifiant [[username]], mot de passe [[password]]. Erreur [[~error_code]].",
    "Le remboursement de ma consultation ([[~amount]]) n'est toujours pas sur mon compte [[iban]]. N° de registre national [[bsn]].",
    "J'ai un rendez-vous le [[~date]] à [[~time]] mais je n'ai reçu aucune confirmation sur [[email]]. Mon GSM: [[phone]]",
    "Ma mère (née le [[date_of_birth]]) a déménagé au [[address]]. Son numéro de membre: [[customer_number:member_number]]",
    "L'appli de la pharmacie me demande un code. J'ai reçu [[otp]] mais il est refusé. Version [[~version_string]] sur [[~model_number]]",
    "Le code du boîtier à clés devant le cabinet a changé? On nous avait donné [[pin:doorcode]]",
    "Svp modifiez la domiciliation de l'assurance hospitalisation [[customer_number:policy_number]]: nouveau compte [[iban]] (ancien [[~masked_value]])",
    "Quelqu'un m'a appelé du [[phone]] en prétendant être de la mutuelle et m'a demandé le code reçu par sms ([[otp]]) et mon NISS [[bsn]]. C'est normal??",
]

TRANSIT = [
    "Ma carte MOBIB [[customer_number:transit_card]] est bloquée depuis le [[~date]]. Pouvez-vous me rappeler au [[phone]]?",
    "J'ai reçu une amende de [[~amount]] (PV [[~ticket_number:neg_fine]]) alors que mon abonnement était valable. Numéro client [[customer_number]]",
    "Demande de remboursement [[~request_id]]: retard de plus d'une heure le [[~date]]. Mon IBAN: [[iban]]",
    "Je me suis inscrit avec [[email]] et le mot de passe [[password]] mais l'application dit que le compte n'existe pas",
    "Ma carte a été volée. Envoyez la nouvelle au [[address]]. Payé avec la carte [[card]] exp. [[card_expiry]] cryptogramme [[cvv]]",
    "Le code de vérification [[otp]] ne fonctionne pas, je l'ai demandé [[~quantity]]. Numéro de GSM [[phone]]",
    "Mon fils (né le [[date_of_birth]]) a droit à l'abonnement gratuit mais la carte [[customer_number:transit_card]] n'est pas reconnue",
    "Bonjour la STIB, le ticket acheté à [[~time]] a été débité deux fois ([[~amount]]). Référence [[~order_number]]",
]

AGENT_H = [
    "Bonjour [[$first]], merci pour votre message. Votre nouveau compte [[iban]] est bien enregistré pour le membre [[customer_number:member_number]]. Bien à vous, [[$agent]]",
    "Bonjour [[$first]], ne communiquez jamais votre code de vérification. Contactez-nous au [[~company_phone]] ou via [[~url]]. ^[[$agent_init]]",
]
AGENT_T = [
    "Bonjour [[$first]], votre compensation de [[~amount]] sera versée sur [[iban]] (dossier [[~ticket_number]]). Cordialement, [[$agent]]",
    "Bonjour! Envoyez-nous un message privé avec votre numéro MOBIB, nous regarderons. Plus d'infos: [[~url]] ^[[$agent_init]]",
]

OPEN_H = ["Bonjour,", "Bonsoir,", "Madame, Monsieur,", "J'ai un souci avec ma mutuelle.", "Encore un problème avec l'appli.", "Hello,"]
OPEN_T = ["Bonjour,", "Encore en retard!", "Question concernant mon abonnement:", "Bonjour la SNCB,", "Salut,", "C'est inadmissible."]
CLOSE = ["Merci d'avance.", "Bien à vous", "Cordialement", "Merci!", "Bonne journée", "J'attends votre retour."]

SNIP = {
    "password": ["mon mot de passe est [[password]]", "mdp: [[password]]", "mot de passe [[password]]", "nouveau mdp [[password]]"],
    "pin": ["code PIN [[pin]]", "mon code est [[pin]]", "le code de la porte: [[pin:doorcode]]", "code alarme [[pin:doorcode]]"],
    "puk": ["code PUK [[puk]]", "le puk: [[puk]]"],
    "otp": ["le code reçu par SMS: [[otp]]", "code de vérification [[otp]]", "code à usage unique [[otp]]", "le code [[otp:otp_words]]"],
    "wifi_key": ["mot de passe wifi [[wifi_key]]", "clé réseau [[wifi_key]]", "clé WPA: [[wifi_key]]"],
    "username": ["identifiant [[username]]", "nom d'utilisateur: [[username]]", "login [[username]]"],
    "iban": ["IBAN [[iban]]", "numéro de compte [[iban]]", "sur mon compte [[iban]] svp", "compte: [[iban]]"],
    "bsn": ["numéro de registre national [[bsn]]", "NISS [[bsn]]", "n° national: [[bsn]]", "RN [[bsn]]"],
    "email": ["mon mail: [[email]]", "adresse e-mail [[email]]", "écrivez-moi à [[email]]"],
    "phone": ["mon GSM [[phone]]", "tél: [[phone]]", "appelez-moi au [[phone]]", "joignable au [[phone]]"],
    "address": ["j'habite [[address]]", "adresse: [[address]]", "livrer au [[address]]"],
    "date_of_birth": ["né le [[date_of_birth]]", "date de naissance [[date_of_birth]]", "née le [[date_of_birth]]"],
    "customer_number": ["numéro de membre [[customer_number:member_number]]", "n° client [[customer_number]]",
                        "carte MOBIB [[customer_number:transit_card]]", "police n° [[customer_number:policy_number]]"],
    "card": ["carte de crédit [[card]]", "numéro de carte [[card]]", "carte bancaire [[card]]"],
    "cvv": ["cryptogramme [[cvv]]", "CVC: [[cvv]]"],
    "card_expiry": ["expire le [[card_expiry]]", "date d'expiration [[card_expiry]]"],
    "token": ["jeton [[token]]", "token d'accès: [[token]]"],
    "ip_address": ["adresse IP [[ip_address]]", "mon IP: [[ip_address]]"],
    "_neg": [
        "numéro d'entreprise [[~company_registration]]", "BCE [[~company_registration]]",
        "dossier [[~ticket_number]]", "plainte [[~ticket_number]]",
        "facture [[~invoice_number]]", "n° de facture [[~invoice_number]]",
        "le [[~date]]", "depuis le [[~date]]", "à [[~time]]", "vers [[~time]]",
        "[[~amount]]", "payé [[~amount]]", "remboursé à [[~percentage]]", "ticket modérateur [[~percentage]]",
        "voir [[~url]]", "sur [[~url]]", "erreur [[~error_code]]", "message [[~error_code]]",
        "version [[~version_string]]", "mise à jour [[~version_string]]", "carte [[~masked_value]]", "compte [[~masked_value]]",
        "CNK [[~product_code]]", "produit [[~product_code]]", "[[~quantity]]", "encore [[~quantity]]",
        "demande [[~request_id]]", "référence [[~request_id]]"],
}

GREET = ["Madame, Monsieur,", "Bonjour,", "Chère équipe [[brand.name]],", "Bonjour Madame,"]
SIGNOFF = ["Cordialement,", "Bien à vous,", "Salutations distinguées,", "Merci d'avance,"]
SIG = ["[[$name]]\n[[address]]\nGSM: [[phone]]", "[[$name]]\n[[phone]]\n[[email]]", "[[$name]]", "[[$name]]\nN° membre [[customer_number:member_number]]", "[[$name]]\n[[email]]", "[[$name]]\nEnvoyé de mon iPhone"]
QHEAD = ["Le [[~date]] à [[~time]], [[brand.name]] a écrit :", "Le [[~date]] [[~time]], [[brand.name]] <service clientèle> a écrit :", "[[brand.name]] a écrit le [[~date]] :", "De : [[brand.name]]\nEnvoyé : [[~date]]\nObjet : Votre dossier [[~ticket_number]]"]
FWD = ["---------- Message transféré ---------\nDe : [[$name]] <[[email]]>\nDate : [[~date]]",
       "Début du message réexpédié :\nDe: [[$name]] <[[email]]>"]
DISCL = ["Ce message est confidentiel et destiné uniquement à son destinataire.", "[[brand.name]] - BCE [[~company_registration]]"]
CONTEXT = ["J'ai déjà appelé plusieurs fois mais l'attente était toujours de plus de trente minutes.",
           "Mon médecin traitant dit que le problème vient de chez vous.",
           "Je prends le train tous les jours pour aller travailler et cela devient vraiment pénible.",
           "Je trouve vraiment dommage que ce soit si compliqué."]
AGENT_SIG = ["Cordialement,\n[[$agent]]\nService clientèle [[brand.name]]\n[[~company_phone]]",
             "Bien à vous,\n[[$agent]] - [[brand.name]] | [[~url]]"]

HEALTH += [
    "Le mot de passe wifi de la salle d'attente de l'hôpital ne marche pas: on nous a donné [[wifi_key]]",
    "Mon GSM est bloqué et demande le code PUK ([[puk]] selon la lettre) alors que j'attends l'appel du médecin à [[~time]]",
    "Notre cabinet utilise votre API de rendez-vous. Clé [[api_key]], les appels depuis [[ip_address]] renvoient [[~error_code]]",
    "J'ai payé [[~amount]] avec ma carte [[card]] (exp [[card_expiry]]) à la pharmacie mais j'ai été débité deux fois",
]
TRANSIT += [
    "J'ai acheté un abonnement scolaire pour ma fille avec une mauvaise date de naissance, la bonne est [[date_of_birth]]. N° client [[customer_number]]",
    "L'identifiant [[username]] et le mot de passe [[password]] marchent sur le site mais pas dans l'appli ([[~version_string]])",
    "J'ai reçu un SMS avec le code [[otp]] alors que je n'ai rien demandé. Mon adresse mail: [[email]]",
    "Amende [[~ticket_number:neg_fine]] contestée: j'étais en règle avec ma carte [[customer_number:transit_card]]. Tél [[phone]], adresse [[address]]",
]
AGENT_H += [
    "Bonjour [[$first]], votre rendez-vous est déplacé au [[~date]] à [[~time]]. N'oubliez pas votre carte d'identité. ^[[$agent_init]]",
    "Bonjour [[$first]], nous avons mis à jour votre adresse: [[address]]. Votre numéro de membre reste [[customer_number:member_number]]. [[$agent]]",
]
AGENT_T += [
    "Bonjour [[$first]], l'amende [[~ticket_number:neg_fine]] a été annulée. Votre abonnement sur la carte [[customer_number:transit_card]] est valable jusqu'au [[~date]]. ^[[$agent_init]]",
    "Bonjour [[$first]], une nouvelle carte coûte [[~amount]]. Demande via [[~url]] ou au [[~company_phone]]. [[$agent]]",
]
CONTEXT += ["La file au guichet était beaucoup trop longue ce matin.", "J'ai aussi écrit au service de médiation."]
OPEN_H += ["Bonjour à vous,", "J'en ai marre."]
OPEN_T += ["Allô?", "Bonjour le TEC,"]
