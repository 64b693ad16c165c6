"""Belgian French templates."""

MSG = {
    "payout": [
        "Bonjour, je n'ai toujours pas reçu mon virement de <<~amount>> pour la vente du <<~date>>. Mon IBAN : <<iban>>. Numéro vendeur <<customer_number>>",
        "slt j'attends mon paiement depuis <<~quantity>> semaines, compte <<iban>>, c'est normal??",
        "Bonjour,\nJ'ai changé de compte bancaire : l'ancien <<iban2>>, le nouveau <<iban>>. Le versement est parti sur l'ancien. Pouvez-vous corriger ? Mon identifiant coursier : <<customer_number>>",
        "En tant que livreur indépendant (n° d'entreprise <<~company_registration>>) je dois fournir mon numéro de registre national : <<rrn>>. Pourquoi ?",
        "Paiement bloqué avec l'erreur <<~error_code>>. Facture <<~invoice_number>>. Mon tél : <<phone>>",
    ],
    "login": [
        "Je n'arrive plus à me connecter. Identifiant : <<username>> / mot de passe : <<password>>. Aidez-moi svp",
        "On a piraté mon compte !! Le mot de passe a été changé et l'adresse mail remplacée par <<email2>>. Mon vrai mail : <<email>>. Connexion suspecte depuis <<ip_address>>",
        "Le code reçu par SMS est <<otp>> mais l'appli dit qu'il a expiré",
        "ancien mdp <<password>> nouveau mdp <<password2>> ni l'un ni l'autre ne fonctionne",
        "On m'a dicté le code au téléphone : <<otp:words>>. C'est bien ça ?",
    ],
    "shipping": [
        "Le colis <<~tracking_number>> est marqué livré mais je n'ai rien reçu. Mon adresse : <<address>>. Joignable au <<phone>>",
        "L'étiquette d'envoi indique une mauvaise adresse, la bonne est <<address>>. Commande <<~order_number>>",
        "Le livreur peut passer entre <<~time>> et <<~time2>> ? Sonnette en panne, appelez le <<phone>>",
        "Point relais fermé, le colis repart chez le vendeur ?! Je suis <<@name>>, <<email>>",
    ],
    "dispute": [
        "J'ai payé <<~amount>> par carte <<card>> (exp. <<card_expiry>>, cryptogramme <<cvv>>) et le vendeur ne répond plus. Transaction <<~order_number>>",
        "Le vendeur me demande de payer par virement sur <<iban>> en dehors de la plateforme. Arnaque ?",
        "L'acheteur prétend que la <<@item>> est abîmée. Litige <<~ticket_number>>. Mon numéro client <<customer_number>>",
        "Ma carte se terminant par <<~masked_value:card>> a été débitée deux fois de <<~amount>>.",
    ],
    "petsit": [
        "Pour la garde de <<@pet>> : la boîte à clés près de la porte, code <<pin>>. Wifi 'Proximus-<<@pet>>' clé <<wifi_key>>. Adresse <<address>>",
        "RDV vétérinaire via l'appli le <<~date>> à <<~time>>, numéro client <<customer_number>>. Mon GSM <<phone>>",
        "Code de l'alarme : <<pin>>, code portail <<pin2:gate>>. Merci de bien refermer !",
    ],
    "ride": [
        "J'ai oublié mon sac dans la voiture, course de <<~time>> vers <<@city>>. Mon numéro <<phone>>, mail <<email>>",
        "Chauffeur ID <<customer_number>>, né le <<date_of_birth>>, mon dossier est bloqué depuis le <<~date>>",
        "Téléphone pro bloqué : code PIN <<pin>> faux 3 fois, le PUK sur la carte SIM c'est <<puk>>",
    ],
    "dev": [
        "Notre intégration renvoie <<~error_code>> depuis la version <<~version_string>>. Clé API : <<api_key>>. Request ID <<~request_id>>",
        "Webhook vers <<ip_address>> port <<~port>> ne passe plus. En-tête Authorization: Bearer <<token:jwt>>",
    ],
}

PUB = {
    "complain": [
        "<<~mention>> toujours pas de remboursement après <<~quantity>> semaines, dossier <<~ticket_number>> <<~hashtag>>",
        "<<~mention>> votre livreur a laissé mon colis <<~tracking_number>> devant la porte sous la pluie <<~hashtag>>",
        "Attention arnaque sur <<@brand>> : on vous demande de virer sur <<iban>> <<~hashtag>> <<~hashtag2>>",
        "<<~mention>> je vous ai envoyé un DM, mon mail <<email>>, merci de répondre vite",
        "<<~mention>> personne ne répond au <<~company_phone>>, appelez-moi au <<phone>>",
        "Depuis la mise à jour <<~version_string>> l'appli plante à chaque retrait <<~mention>>",
    ],
}

AGENT = {
    "ask": [
        "Bonjour <<@fname>>, désolés pour ce souci ! Envoyez-nous en DM votre numéro de commande et votre adresse e-mail. Ne partagez jamais votre mot de passe. <<@agent>>",
        "Bonjour, pouvez-vous confirmer que votre compte se termine par <<~masked_value:iban>> ? Sinon modifiez-le via <<~url>>. Bien à vous, <<@agent>>",
    ],
    "confirm": [
        "Merci <<@fname>>. Le remboursement de <<~amount>> a été lancé vers <<iban>> (dossier <<~ticket_number>>). <<@agent>>",
        "Votre nouvelle adresse <<address>> est enregistrée, une nouvelle étiquette a été envoyée à <<email>>. <<@agent>>",
        "Le numéro <<phone>> est désormais lié à votre compte pour les codes de vérification. Bonne journée, <<@agent>>",
    ],
    "escalate": [
        "J'ai transmis votre demande à l'équipe paiements (réf. <<~ticket_number>>). Vous pouvez aussi nous joindre au <<~company_phone>> jusqu'à <<~time>>. <<@agent>>",
        "Vous avez partagé votre numéro publiquement, nous vous conseillons de supprimer ce message. On vous écrit en privé ! ^<<@agent>>",
    ],
}

FRAMES = {
    "greet": ["Bonjour,\n\n", "Madame, Monsieur,\n\n", "Bonjour <<@brand>>,\n\n", "Bonsoir,\n\n"],
    "close": ["\n\nCordialement,\n<<@name>>", "\n\nBien à vous,\n<<@name>>\nGSM : <<phone>>", "\n\nMerci d'avance\n<<@fname>>", "\n\nSalutations,\n<<@name>>\n<<address>>"],
    "extra": ["\n\nJ'ai déjà contacté votre service trois fois sans réponse concrète. Je commence vraiment à perdre patience.",
              "\n\nVous trouverez en pièce jointe les captures d'écran. N'hésitez pas à me recontacter si besoin."],
    "quote_head": ["\n\nLe <<~date>> à <<~time>>, <<@brand>> Support a écrit :\n", "\n\n-----Message d'origine-----\nDe : <<@brand>> Service client\nEnvoyé : <<~date>>\nObjet : Votre demande <<~ticket_number>>\n\n"],
    "fwd": ["---------- Message transféré ---------\nDe : <<@name>> <<<email>>>\nDate : <<~date>>\nObjet : commande\n\n", "Début du message réexpédié :\n\nDe : <<@name>> <<<email>>>\n\n"],
    "disclaimer": ["\n\n--\nCe message est confidentiel. Si vous l'avez reçu par erreur, merci de le supprimer. N° d'entreprise <<~company_registration>>.", "\n\nPensez à l'environnement avant d'imprimer ce courriel."],
    "agent_sig": ["\n\nBien cordialement,\n<<@agent>>\nService client <<@brand>>\n<<~company_phone>>", "\n\nÀ bientôt,\n<<@agent>> — équipe <<@brand>>"],
}

MSG["misc"] = [
    "Nouvelle carte ajoutée : <<card>>, date d'expiration <<card_expiry>>, CVC <<cvv>>. Le paiement de l'étiquette (<<~amount>>) est toujours refusé.",
    "carte <<card>> exp <<card_expiry>> code au dos <<cvv>> — refusée avec <<~error_code>> ??",
    "Je prends le vol <<~flight_number>> demain, pour la gardienne : clé wifi <<wifi_key>>, boîte à clés <<pin>>. Commission de <<~percentage>> déjà payée.",
    "Vol <<~flight_number>> retardé, la pet-sitter peut rester ? Mot de passe wifi : <<wifi_key>>. Croquettes réf. <<~product_code>>",
    "Identifiant <<username>>, mdp <<password>>. L'export (sha256 <<~checksum>>) est vide et les frais de <<~percentage>> sont faux.",
    "Nom d'utilisateur : <<username>>, jeton d'accès <<token>>. L'article <<~product_code>> apparaît deux fois.",
]
AGENT["ask"] += [
    "Bonjour <<@fname>>, par sécurité n'envoyez jamais votre numéro de carte complet ni le code CVC par chat : <<~masked_value:card>> suffit. <<@agent>>",
    "Bonjour, pouvez-vous confirmer votre nouvelle adresse mail ? Nous avons <<~masked_value:email>>. <<@agent>>",
]
FRAMES["extra"] += ["\n\nL'acheteur m'envoie maintenant des messages menaçants via la messagerie, j'aimerais vraiment que vous interveniez rapidement.",
                    "\n\nVotre page d'aide indique que les virements arrivent sous deux jours ouvrables, ce qui n'est plus le cas depuis des semaines."]
FRAMES["agent_sig"] += ["\n\nCordialement,\n<<@agent>>\nSupport <<@brand>> – <<~company_phone>>\n<<~url>>", "\n\nBonne journée,\n<<@agent>>\nAppel gratuit : <<~company_phone>>"]
FRAMES["disclaimer"] += ["\n\n<<@brand>> SRL – BCE <<~company_registration>> – TVA <<~company_registration2>>", "\n\nConfidentiel. N° TVA <<~company_registration>>."]
