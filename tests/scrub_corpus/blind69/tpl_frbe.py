"""Belgian French (Wallonia, Brussels) templates."""

BODY = {
    "portal": [
        "Bonjour, je n'arrive plus à me connecter au portail de mon onduleur. Identifiant <<username>>, mot de passe <<password>>. Pouvez-vous vérifier ?",
        "L'installateur a créé le compte de la batterie avec son login : <<username>> / <<password>>. Je voudrais le mettre à mon adresse <<email>>",
        "Mdp changé en <<password>> mais l'appli refuse toujours. Mon n° client : <<cust>>",
        "Mon compte sur l'espace client : <<email>>, mot de passe <<password>> (ancien : <<password:2>>). Rien ne marche depuis la mise à jour <<n_version>>",
        "identifiant: <<username>>\nmdp: <<password>>\nc'est ce que le technicien a noté sur le bon, mais erreur <<n_error>>",
        "J'ai oublié le mot de passe de l'appli de la pompe à chaleur, le lien de réinitialisation n'arrive pas sur <<email>>",
    ],
    "wifi": [
        "L'onduleur ne se connecte plus depuis le changement de box. Réseau <<SSID>>, clé wifi <<wifi_key>>",
        "Pour le technicien demain : wifi <<SSID>>, code <<wifi_key>>. Je serai là à partir de <<n_time>>.",
        "La borne de recharge ne trouve pas le réseau. Clé WPA : <<wifi_key>>, adresse IP de la borne <<lanip>>",
        "Nouvelle box VOO, nouveau mot de passe wifi <<wifi_key>>. Faut-il réinitialiser le dongle ? Code erreur <<n_error>>",
    ],
    "alarm": [
        "Le technicien peut entrer par le garage, code du boîtier à clés : <<pin>>. L'alarme est désactivée.",
        "Notre alarme se déclenche toutes les nuits vers <<n_time>>. Mon code utilisateur est <<pin>>, celui de ma fille <<pin:2>>",
        "Code portail <<pin>>, puis code alarme <<pin:2>> à taper dans les 30 secondes svp",
        "La carte SIM du transmetteur demande le code PUK <<puk>>. Le code PIN était <<pin>>",
    ],
    "payment": [
        "Merci de rembourser l'acompte de <<n_amount>> sur le compte <<iban>> au nom de <<FULL>>.",
        "Pour la domiciliation, voici mon IBAN : <<iban>>. N° client <<cust>>.",
        "Paiement par carte <<card>> exp. <<expiry>> cryptogramme <<cvv>> refusé, pourtant la carte est valable.",
        "J'ai changé de banque, nouveau compte <<iban>>. L'ancien se termine par <<n_masked>>.",
    ],
    "subsidy": [
        "Pour la prime Habitation on me demande mon numéro de registre national : <<rrn>>, né le <<dob>>. L'installateur en a-t-il besoin aussi ?",
        "Ma demande de prime (dossier <<n_ticket>>) a été refusée, l'adresse est pourtant <<address>>. NN <<rrn>>",
        "Infos pour le formulaire :\nNom : <<FULL>>\nN° national : <<rrn>>\nDate de naissance : <<dob>>\nAdresse : <<address>>\nCompte : <<iban>>",
        "Le SPW demande mon numéro national (<<rrn>>) et le code EAN <<ean>> pour la prime, c'est normal ?",
    ],
    "meter": [
        "Compteur communicant placé le <<n_date>>, mais l'injection n'apparaît pas. Code EAN <<ean>>, index jour <<n_meter>>",
        "Le tarif prosumer est toujours facturé alors que j'ai le nouveau compteur. EAN <<ean>>, adresse <<address>>",
        "Pouvez-vous activer le port P1 ? EAN <<ean>>, n° client <<cust>>, GSM <<phone>>",
        "Relevé : jour <<n_meter>>, nuit <<n_meter:2>>. Contrat <<cust>>",
    ],
    "otp": [
        "Je reçois un SMS avec le code <<otp>> mais l'appli dit qu'il a expiré.",
        "Code de vérification reçu par mail : <<otp>>. Toujours 'code invalide' ...",
        "Votre collègue m'a demandé le code au téléphone, j'ai dicté <<otpw>>. C'est normal ??",
        "code <<otp>> reçu à <<n_time>>, pas moyen de me connecter à l'espace client <<BRAND>>",
    ],
    "api": [
        "Pour l'intégration Home Assistant j'utilise la clé API <<api_key>>, mais erreur <<n_error>>",
        "Le jeton <<token>> ne fonctionne plus depuis le firmware <<n_version>>. Request-ID <<n_reqid>>",
        "Connexion Modbus vers <<lanip>> port <<n_port>> ok, mais l'API cloud avec la clé <<api_key>> renvoie 403",
        "J'ai publié mon token par erreur sur un forum : <<token>>. Pouvez-vous le révoquer ?",
    ],
    "quote": [
        "Merci pour le devis <<n_invoice>> : <<n_qty>> pour <<n_amount>> TVAC (<<n_pct>>). L'onduleur <<n_model>> est-il hybride ?",
        "La PAC affiche le code <<n_error>> depuis le <<n_date>>. Garantie jusqu'en <<n_year>>. Tél. <<phone>>",
        "Quand le technicien passe-t-il ? Ticket <<n_ticket>>. J'habite <<address>>",
        "Le colis avec l'optimiseur (<<n_tracking>>) est bloqué depuis une semaine. Commande <<n_order>>.",
        "La facture <<n_invoice>> indique <<n_amount>> alors que le devis disait <<n_amount:2>>. Merci de corriger.",
        "Installation possible après le <<n_date>> ? Je rentre par le vol <<n_flight>>. Joignable au <<phone>>",
    ],
    "contact": [
        "Mon nouveau numéro de GSM : <<phone>>, e-mail inchangé <<email>>",
        "Nous avons déménagé au <<address>>. N° client <<cust>>.",
        "Vous pouvez me rappeler au <<phone>> après <<n_time>> svp",
        "Mes coordonnées : <<FULL>>, <<address>>, <<phone>>, née le <<dob>>",
    ],
}

AGENT = [
    "Bonjour <<FIRST>>, j'ai débloqué votre compte <<username>>. Ne partagez jamais votre mot de passe ici. Bien à vous, <<AGENT>>",
    "Merci ! Votre demande est enregistrée sous le n° <<n_ticket>>. Notre service clientèle est joignable au <<n_cphone>>. ^<<AGENT>>",
    "Bonjour {prénom}, votre code de vérification est <code>. Il est valable 10 minutes. L'équipe <<BRAND>>",
    "Je vois le compteur EAN <<ean>> au <<address>>. Un technicien est prévu le <<n_date>>. Cordialement, <<AGENT>>",
    "Nous remboursons <<n_amount>> sur le compte <<iban>>. Pouvez-vous confirmer ? ^<<AGENT>>",
    "Pour votre sécurité, n'envoyez pas votre numéro national en public. Écrivez-nous en privé avec votre n° client. Infos : <<n_url>> ^<<AGENT>>",
]

GREET = ["Bonjour,", "Madame, Monsieur,", "Bonjour <<AGENT>>,", "Bonsoir,", "Chère équipe <<BRAND>>,", "Bjr,"]
SIGN = [
    "Cordialement,\n<<FULL>>\n<<address>>\nGSM : <<phone>>",
    "Bien à vous,\n<<FULL>>",
    "Merci d'avance,\n<<FIRST>>\n<<phone>>",
    "Salutations distinguées,\n<<FULL>>\nN° client : <<cust>>",
    "Bàv,\n<<FIRST>> <<LAST>>\n<<email>> - <<phone>>",
    "Bonne journée,\n<<FIRST>>\n\nEnvoyé de mon iPhone",
]
QUOTE_HDR = ["Le <<n_date>> à <<n_time>>, Service clientèle <<BRAND>> a écrit :", "De : <<BRAND>>\nEnvoyé : <<n_date>>\nObjet : RE: dossier <<n_ticket>>",
             "<<AGENT>> (<<BRAND>>) a écrit le <<n_date>> :", "-------- Message d'origine --------\nDe : SAV <<BRAND>>\nDate : <<n_date>> <<n_time>>"]
FWD = ["---------- Message transféré ---------\nDe : <<FULL>> <<email>>\nDate : <<n_date>>\nObjet : prime PAC",
       "Début du message réexpédié :\nDe : <<FULL>> <<email>>\nObjet : TR: devis panneaux"]
DISC = ["Ce message et ses annexes sont confidentiels. <<BRAND>> SA – <<n_creg>>.",
        "<<BRAND>> | RPM Liège | <<n_creg>> | <<n_url>>",
        "Si vous n'êtes pas le destinataire de ce message, merci de le supprimer.",
        "Service clientèle <<n_cphone>> – <<n_creg>>"]
PUBLIC_TAIL = ["", " Inadmissible.", " Quelqu'un a eu le même souci ?", " Franchement...", " 😤", " Ça fait 3 semaines !"]

BODY["api"] += [
    "Le SHA-256 du fichier firmware ne correspond pas : <<n_checksum>>. Ma clé API <<api_key>> est toujours dans la config.",
    "Notre IP publique est <<ip>>, pouvez-vous l'autoriser ? Jeton : <<token>>",
]
BODY["portal"] += [
    "Alerte 'connexion depuis <<ip>>', ce n'est pas moi ! Nouveau mot de passe <<password>>, identifiant <<username>>",
    "Depuis quelle IP s'est-on connecté ? Je pense <<ip>>. Identifiant <<username>>",
]
BODY["payment"] += [
    "Carte : <<card>>\nDate d'expiration : <<expiry>>\nCVV : <<cvv>>\nMerci de débiter le solde de <<n_amount>>.",
    "Bancontact ne passe pas, donc Visa <<card>> exp <<expiry>> code <<cvv>>. Pourquoi <<n_pct>> de TVA et pas 6% ?",
]
BODY["quote"] += [
    "Le devis mentionnait <<n_pct>> de remise, pas la facture <<n_invoice>>. Référence <<n_product>>.",
    "Quel câble pour la borne : <<n_product>> ou <<n_product:2>> ? Les deux à <<n_amount>>.",
]
CUST_HDR = ["Le <<n_date>> à <<n_time>>, <<FULL>> <<<email>>> a écrit :", "De : <<FULL>> <<email>>\nEnvoyé : <<n_date>>",
            "<<FULL>> a écrit le <<n_date>> :", "Le <<n_date>>, <<email>> a écrit :"]
