"""Belgian French (fr-be) templates."""

CHAT = [
    "bonjour, je n'arrive pas à me connecter sur <<$portal>>. identifiant <<username>> mdp <<password>> ça dit identifiants invalides",
    "Mon matricule c'est <<customer_number:student>>, j'ai une erreur <<~error_code>> depuis ce matin",
    "login : <<username>>\nmot de passe : <<password>>\nmerci de vérifier svp j'ai examen à <<~time>>",
    "j'ai changé mon mot de passe (ancien <<password>>, nouveau <<password>>) mais Moodle prend toujours l'ancien",
    "le code reçu par sms c'est <<otp>>, il expire dans <<~quantity>>?",
    "code de vérification : <<otp:words>> (je vous le dicte comme au téléphone)",
    "Bonjour, je suis la maman d'une étudiante de <<$uni>>. Son matricule est <<customer_number:student>> et son adresse mail <<email>>. Elle ne reçoit pas ses résultats.",
    "Minerval de <<~amount>> payé le <<~date>> depuis <<iban>> avec la communication <<~invoice_number>>, toujours pas validé",
    "allocation d'études : mon numéro national <<bsn>>, né le <<date_of_birth>>, compte <<iban>>",
    "le code du boîtier à clés devant le kot c'est <<pin:door>> mais ça ne s'ouvre pas, je suis devant au <<address>>",
    "wifi du kot : réseau Kot-Etudiants, clé <<wifi_key>>. la box est sur <<ip_address>>",
    "mon GSM : <<phone>>. vous pouvez m'appeler après <<~time>>",
    "Le propriétaire (<<$landlord>>) garde la garantie locative de <<~amount>>. Bail n° <<customer_number:contract>>. Je suis partie le <<~date>>",
    "j'ai payé avec ma carte <<card>> exp <<card_expiry>> cvc <<cvv>> et la transaction a échoué",
    "carte Bancontact perdue, numéro <<card>>. Code PIN je l'avais noté <<pin>> dans mon portefeuille 😩",
    "SIM bloquée, code PUK <<puk>> svp? numéro client <<customer_number>>",
    "<<$exam>> plante sur mon <<~model_number>> (<<~version_string>>). Examen de <<~product_code>> à <<~time>>",
    "pour le projet on a mis la clé API <<api_key>> dans le code par erreur, on fait quoi",
    "token d'accès : <<token>> (ne pas partager, c'est pour le cours de dev)",
    "Étudiant Erasmus de Madrid, mon IBAN espagnol <<iban:foreign>>, je n'ai pas encore de numéro national",
    "assurance étudiant internationale : police n° <<customer_number:policy>>, j'arrive le <<~date>> vol <<~flight_number>>",
    "je me connecte avec <<email>> / <<password>> mais ça boucle",
]

PUBLIC = [
    "<<~mention>> 3 semaines sans réponse pour mon allocation d'études. Le loyer n'attend pas <<~hashtag>>",
    "<<~mention>> encore une panne pendant les inscriptions <<~error_code>> <<~hashtag>>",
    "<<~mention>> mon matricule <<customer_number:student>>, rappelez-moi au <<phone>> svp",
    "Kot à <<~amount>> pour <<~quantity>> à Louvain-la-Neuve, on est où là <<~hashtag>>",
    "<<~mention>> je vous ai écrit en privé, mon mail : <<email>>",
    "Qui a des infos sur la panne de <<$exam>> ? Voir <<~url>> <<~hashtag>>",
    "<<~mention>> la moisissure dans le kot au <<address>>, ça fait 2 mois <<~hashtag>>",
    "Inscription <<~year>> validée, merci <<~mention>> 🙏",
]

AGENT = [
    "Bonjour {first_name}, merci pour votre message. Ne partagez jamais votre mot de passe. Nous avons débloqué le compte <<username>>, vous pouvez en définir un nouveau via <<~url>>. <<$agent>> <<$agentinit>>",
    "Bonjour, le paiement de <<~amount>> depuis le compte <<iban>> a bien été reçu le <<~date>>. Votre inscription <<~year>> est confirmée. <<$agentinit>>",
    "Bonjour <<$first>>, nous avons noté votre nouveau numéro <<phone>>. Pour toute question : <<~company_phone>>. Cordialement, <<$agent>>",
    "Votre demande porte le numéro <<~ticket_number>>. Un technicien passera le <<~date>> entre <<~time>> et <<~time>> au <<address>>. <<$agentinit>>",
    "Le code <<otp>> que vous avez envoyé a expiré. Vous recevrez un nouveau code par SMS au numéro se terminant par <<~masked_value>>. Bonne journée, <<$agent>>",
    "Merci, le matricule <<customer_number:student>> est bien lié à l'adresse <<email>>. La garantie de <<~amount>> sera remboursée sous <<~quantity>>. <<$agent>>",
    "Votre carte se terminant par <<~masked_value>> a été refusée (<<~error_code>>). Merci de ne pas envoyer le numéro complet ici. <<$agentinit>>",
    "Le nouveau code du boîtier à clés est <<pin:door>>, valable jusqu'au <<~date>>. Bienvenue ! Équipe <<$landlord>>",
]

EMAIL_BODY = [
    "Je vous écris au nom de mon fils <<$first>>, inscrit en première année à <<$uni>>. Nous avons reçu un rappel pour le minerval de <<~amount>> alors que le virement a été fait le <<~date>> depuis le compte <<iban>>.\n\nSon matricule : <<customer_number:student>>\nDate de naissance : <<date_of_birth>>\nMon GSM : <<phone>>",
    "Depuis la mise à jour <<~version_string>>, impossible d'accéder à <<$portal>>.\n\nIdentifiant : <<username>>\nMot de passe : <<password>>\n\nJe sais qu'il ne faut pas envoyer son mot de passe mais l'examen est le <<~date>>.",
    "Suite à notre appel de ce matin (<<~time>>), voici les informations demandées :\n- numéro de registre national : <<bsn>>\n- date de naissance : <<date_of_birth>>\n- compte bancaire : <<iban>>\n- adresse : <<address>>",
    "Je loue un kot chez <<$landlord>> au <<address>> (bail n° <<customer_number:contract>>). L'état des lieux de sortie mentionne <<~quantity>> de dégâts, ce que je conteste. Merci de me rembourser la garantie locative de <<~amount>> sur <<iban>>.",
    "Pendant l'examen sur <<$exam>>, la connexion a coupé à <<~time>> (erreur <<~error_code>>, id <<~request_id>>). Mon adresse IP : <<ip_address>>. Je demande une seconde session.",
    "J'ai reçu ce SMS : « Votre code de sécurité est <<otp>> ». Je n'ai rien demandé. Quelqu'un essaie-t-il d'accéder à mon compte <<username>> ?",
    "Pour mon stage, voici mes coordonnées :\nMatricule <<customer_number:student>>\nE-mail <<email>>\nGSM <<phone>>\n\nLe stage dure <<~quantity>> à partir du <<~date>>.",
    "Notre serveur de projet (<<ip_address>>, port <<~port>>) utilise la clé <<api_key>>. Le jeton CI est <<token:hex>>. Pouvez-vous les révoquer ?",
]

GREET = ["Madame, Monsieur,", "Bonjour,", "Bonjour Madame <<$last>>,", "Cher service des inscriptions,", "Bonsoir,", "Bonjour à tous,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,", "Salutations distinguées,", "Bàv,"]
SIG_CUST = [
    "<<$first>> <<$last>>\nMatricule <<customer_number:student>>\nGSM <<phone>>",
    "<<$first>>\n\nEnvoyé de mon iPhone",
    "<<$first>> <<$last>>\n<<address>>\n<<phone>>",
    "<<$first>> <<$last>> – <<email>>",
]
SIG_AGENT = [
    "Cordialement,\n<<$agent>>\nService des inscriptions <<$uni>>\nTél. <<~company_phone>> – <<~url>>",
    "<<$agent>> | Service clients <<$landlord>>\n<<~company_phone>>\n<<~company_registration>>",
    "L'équipe Aide aux étudiants\n<<~url>>",
    "<<$agent>>\nHelpdesk informatique — <<~company_phone>>",
]
QUOTE_HDR = ["Le <<~date>> à <<~time>>, <<$first>> <<$last>> <<<email>>> a écrit :", "De : <<$first>> <<$last>> <<<email>>>\nEnvoyé : <<~date>>\nObjet : RE: inscription",
             "Le <<~date>>, <<email>> a écrit :", "-----Message d'origine-----\nDe : <<email>>\nDate : <<~date>>"]
FWD_HDR = ["---------- Message transféré ---------\nDe : <<$first>> <<$last>> <<<email>>>\nDate : <<~date>>\nObjet : Fwd: kot", "Début du message réexpédié :\n\nDe : <<email>>\nDate : <<~date>> <<~time>>"]
DISCLAIMER = ["Ce message est confidentiel et destiné exclusivement à son destinataire.", "Pensez à l'environnement avant d'imprimer ce courriel."]
SUBJECT = ["Objet : minerval", "Objet : connexion impossible", "Objet : garantie locative", "Objet : allocation d'études"]

SECRETS = [
    "mot de passe <<password>> et identifiant <<username>>, le helpdesk m'a dit de l'envoyer ici",
    "mon login c'est <<username>> et le mdp <<password>>",
    "cryptogramme <<cvv>>, carte <<card>>, expire fin <<card_expiry>>",
    "n° de carte <<card>> / <<card_expiry>> / <<cvv>> pour la garantie de <<~amount>>",
    "code PIN de la SIM <<pin>>, PUK <<puk>>, commande <<~order_number>>",
    "le PUK c'est bien <<puk>> ? et le PIN <<pin>>",
    "clé wifi du kot : <<wifi_key>> (réseau Kot-2.4G)",
    "le mot de passe wifi de la résidence est <<wifi_key>>",
    "jeton bearer : <<token>> , request id <<~request_id>>",
    "token de session <<token:hex>> et clé API <<api_key>>, serveur <<ip_address>>:<<~port>>",
    "colis avec mon ordi (suivi <<~tracking_number>>) jamais arrivé au <<address>>",
    "commande <<~order_number>>, envoi <<~tracking_number>>, mon GSM <<phone>>",
    "index compteur à la sortie <<~meter_reading>>, code EAN <<customer_number:ean>>",
    "relevé gaz <<~meter_reading>>, électricité <<~meter_reading>>. EAN <<customer_number:ean>>",
    "sha256 du mémoire déposé : <<~checksum>>, identifiant <<username>>",
    "somme de contrôle <<~checksum>>, mon token API <<token>>",
    "code du local vélos <<pin:door>>, code alarme <<pin>>",
    "code porte <<pin:door>>, casier <<pin>>",
]
SIG_AGENT_EXTRA = ["Service Logement étudiant | <<~company_registration>> | <<~company_phone>>",
                   "<<$agent>> — Service clients, <<~company_registration>>"]

# pair similar templates so the alternate deal gives both halves comparable label mixes
EMAIL_BODY = [EMAIL_BODY[i] for i in (0, 2, 1, 5, 3, 6, 4, 7)]
SIG_CUST = [SIG_CUST[i] for i in (0, 2, 3, 1)]
SIG_AGENT = [SIG_AGENT[i] for i in (0, 2, 1, 3)]
AGENT += [
    "Bonjour {first_name}, le nouveau mot de passe wifi de votre kot est <<wifi_key>>. Les charges sont prélevées sur le compte <<~masked_value>> ; demande <<~request_id>>. <<$agentinit>>",
    "Bonjour <<$first>>, la clé réseau a été réinitialisée : <<wifi_key>>. Abonnement payé par la carte <<~masked_value>>, article <<~product_code>>. <<$agent>>",
]
