# Belgian French (fr-be) phrase bank. Same tags as phrases_nl.

P = {}
P["roles"] = [("Vous", "Conseiller"), ("Client", "Agent"), ("Moi", "Service client"), ("Client", "Conseillère"),
              ("Vous", "Agent"), ("Client", "Support")]
P["open"] = {
    "telecom": [
        "Bonjour, plus d'internet depuis le {N:date}, le modem ({N:model_number}) clignote rouge",
        "bjr je n'ai plus de réseau sur mon gsm et j'ai l'erreur {N:error_code}",
        "Ma carte SIM est bloquée après la mise à jour {N:version_string}",
        "Pourquoi ma facture est de {N:amount} ce mois-ci ?? facture {N:invoice_number}",
        "La télé coupe sans arrêt, ticket {N:ticket_number} ouvert depuis le {N:date}",
        "je veux garder mon numéro en changeant d'opérateur avant le {N:date}",
        "Bonsoir, impossible de me connecter à l'appli ({N:version_string}), message {N:error_code}",
        "le technicien devait passer à {N:time} et personne n'est venu",
    ],
    "energy": [
        "Bonjour, mon acompte est passé à {N:amount} alors que mon index est de {N:meter_reading}",
        "Je déménage le {N:date} et je voudrais transférer mon contrat",
        "Ma facture de régularisation {N:invoice_number} est fausse, j'ai consommé {N:percentage} de moins",
        "Mon compteur digital n'envoie plus rien depuis le {N:date}",
        "Pourquoi un rappel de {N:amount} ? J'ai payé le {N:date}",
        "j'ai encodé mes index ({N:meter_reading}) mais je ne les vois pas",
    ],
    "banking": [
        "Bonjour, ma carte a été avalée par le distributeur le {N:date} vers {N:time}",
        "Je vois un paiement de {N:amount} que je ne reconnais pas !",
        "Je n'arrive plus à entrer dans l'appli après la mise à jour {N:version_string}, erreur {N:error_code}",
        "J'ai reçu un sms disant que mon compte est bloqué, c'est vous ?",
        "Je voudrais augmenter ma limite à {N:amount} par jour",
        "ma nouvelle carte n'est toujours pas arrivée, demandée le {N:date}",
    ],
    "webshop": [
        "Bonjour, ma commande {N:order_number} n'est toujours pas livrée. Suivi {N:tracking_number}",
        "J'ai commandé {N:qty_items} et il n'y en avait qu'un dans le colis. Commande {N:order_number}",
        "Retour fait le {N:date} mais toujours pas remboursé de {N:amount}",
        "Le paiement a échoué ({N:error_code}) mais l'argent est débité, commande {N:order_number}",
        "L'article {N:product_code} est arrivé cassé",
        "le code promo de {N:percentage} ne marche pas",
    ],
    "dev": [
        "Bonjour, notre boutique reçoit une erreur {N:error_code} sur l'API de paiement depuis le {N:date}, request id {N:request_id}",
        "Le webhook sur le port {N:port} n'arrive pas, plugin {N:version_string}",
        "Notre intégration renvoie {N:error_code}. Request-ID : {N:request_id}",
        "On teste l'API avec curl, erreur {N:error_code}. Checksum du fichier : {N:checksum}",
    ],
}
P["ack"] = [
    "Bonjour {FIRST}, je suis désolé(e) pour ce souci. Je regarde avec vous.",
    "Bonjour, {AGENT} à votre service. Je vais vous aider.",
    "Bonjour ! {AGENT} de {BRAND}. J'ai créé le ticket {N:ticket_number}.",
    "Merci pour votre message, je vérifie 🙂",
    "Bonjour {FIRST}, désolée pour le désagrément. Un instant.",
    "Je regarde cela. Puis-je d'abord vérifier quelques données ?",
]
P["ask"] = {
    "customer_number": ["Quel est votre numéro client ?", "Pouvez-vous me donner votre code client ?", "Quel est votre n° de client ? Il figure sur la facture.",
                        "Sous quel numéro de client est le contrat ?", "Votre numéro client svp ?", "Pourriez-vous me communiquer votre référence client ?"],
    "date_of_birth": ["Quelle est votre date de naissance ?", "Pour vérification, votre date de naissance ?", "Pouvez-vous confirmer votre date de naissance ?",
                      "Et votre date de naissance ?", "Date de naissance du titulaire ?", "Me confirmez-vous votre date de naissance svp ?"],
    "phone": ["À quel numéro pouvons-nous vous joindre ?", "Quel est votre numéro de gsm ?", "Quel numéro de téléphone est lié au compte ?",
              "Un numéro pour vous rappeler ?", "De quel numéro de mobile s'agit-il ?", "Votre numéro de portable svp ?"],
    "email": ["Quelle est votre adresse e-mail ?", "À quelle adresse mail souhaitez-vous la confirmation ?", "Quel e-mail utilisez-vous pour votre espace client ?",
              "Puis-je avoir votre adresse mail ?", "Votre e-mail svp ?", "Quelle adresse mail est liée au compte ?"],
    "address": ["Quelle est l'adresse du raccordement ?", "Pouvez-vous me donner votre adresse complète ?", "Où habitez-vous ?",
                "Quelle est la nouvelle adresse ?", "À quelle adresse envoyer le remplacement ?", "Votre adresse de livraison ?"],
    "iban": ["Quel est l'IBAN pour la domiciliation ?", "Sur quel compte souhaitez-vous le remboursement ?", "Pouvez-vous me donner votre numéro de compte IBAN ?",
             "Sur quel compte verser le montant ?", "Quel numéro de compte figure sur le mandat ?", "Votre IBAN svp ?"],
    "card": ["Quel est le numéro de la carte ?", "Avec quelle carte avez-vous payé ? Le numéro complet svp", "Pouvez-vous me donner le numéro de carte ?",
             "Le numéro de la carte de crédit ?", "Quel est le numéro sur le devant de la carte ?", "Numéro de carte ?"],
    "cvv": ["Et le code CVC au dos ?", "Quel est le cryptogramme (3 chiffres) ?", "Le CVV aussi svp", "Les 3 chiffres au dos ?",
            "Le code de sécurité de la carte ?", "Il me faut encore le CVC"],
    "card_expiry": ["Quelle est la date d'expiration ?", "Valable jusqu'à quand ?", "Et la date de validité ?", "Mois/année d'expiration ?",
                    "Date d'échéance de la carte ?", "Expiration ?"],
    "pin": ["Quel est le code PIN de votre carte SIM ?", "Quel code PIN avez-vous choisi ?", "Vous souvenez-vous du code PIN ?",
            "Quel est le code de l'alarme ?", "Le code de votre messagerie vocale ?", "Quel code avez-vous mis pour l'appli ?"],
    "puk": ["Avez-vous le code PUK ? Il est sur le support plastique", "Quel est le PUK inscrit sur la carte ?", "Pouvez-vous me lire le code PUK ?",
            "Le PUK2 svp ?", "Quel est le code de déblocage de la SIM ?", "Vous avez le PUK sous la main ?"],
    "otp": ["Je vous ai envoyé un code par sms, quel est-il ?", "Vous allez recevoir un code de vérification, pouvez-vous me le donner ?", "Quel est le code reçu par mail ?",
            "Pouvez-vous me dire le code à 6 chiffres ?", "Quel code de confirmation voyez-vous dans l'appli ?", "Quel est le code reçu ?"],
    "password": ["Quel mot de passe avez-vous essayé ?", "Quel est le mot de passe temporaire reçu ?", "Quel est le mot de passe admin du modem ?",
                 "Avec quel mot de passe vous connectez-vous ?", "Quel nouveau mot de passe avez-vous choisi ?", "Qu'y a-t-il à côté de « mot de passe » sur l'autocollant ?"],
    "wifi_key": ["Quelle est la clé wifi sous le modem ?", "Quelle clé réseau utilisez-vous ?", "Quel est le mot de passe du wifi ?",
                 "Pouvez-vous lire la clé WPA ?", "Que voyez-vous à côté de « Wireless key » ?", "Quel est le code du réseau {SSID} ?"],
    "username": ["Quel est votre identifiant ?", "Avec quel nom d'utilisateur vous connectez-vous ?", "Quel est votre login ?",
                 "Quel nom de compte utilisez-vous ?", "Sous quel identifiant est le compte ?", "Votre user id ?"],
    "api_key": ["Quelle clé API utilisez-vous ? La clé de test suffit", "Pouvez-vous envoyer la clé API du plugin ?", "Quelle clé est dans votre config ?",
                "Quelle est la secret key du dashboard ?", "Envoyez la clé que vous utilisez", "Quel access key ID ?"],
    "token": ["Pouvez-vous envoyer le token d'accès ?", "Quel bearer token est dans l'en-tête ?", "Quel est le token dans le message d'erreur ?",
              "Envoyez le personal access token", "Quel est votre jeton de session ?", "Quel token l'appli renvoie ?"],
    "ip_address": ["Quelle est votre adresse IP ?", "Le trafic vient de quelle IP ?", "Quelle IP externe voyez-vous ?",
                   "Votre IP publique svp ?", "Quelle IP devons-nous autoriser ?", "Pouvez-vous vérifier votre IP ?"],
    "bsn": ["Quel est votre numéro de registre national ?", "Puis-je avoir votre numéro national (au dos de l'eID) ?", "Votre n° de registre national svp ?",
            "Pour le contrôle, votre numéro national ?", "Pouvez-vous me donner votre NISS ?", "Numéro de registre national du titulaire ?"],
}
P["ans"] = ["{V}", "oui {V}", "c'est {V}", "{V}.", "c est {V}", "alors {V}", "{V} 👍", "voilà : {V}", "euh {V}", "{V} je pense",
            "c'est bien {V}", "ok {V}", "{V} !", "tenez {V}", "ben {V}", "normalement {V}"]
P["stall"] = ["un instant", "attendez je cherche", "2 sec", "euh où c'est écrit ?", "je regarde dans mes mails", "minute"]
P["corr1"] = ["{W}", "{W} il me semble", "c'est {W}", "{W}."]
P["corr2"] = ["pardon faute de frappe, {V}", "non attendez c'est {V}", "oups {V}", "correction : {V}", "désolé {V} et pas {W}", "*{V}"]
P["split1"] = ["{P1}", "ça commence par {P1}", "{P1}...", "première partie {P1}"]
P["split2"] = ["{P2}", "et ensuite {P2}", "la suite : {P2}", "...{P2}"]
P["dict"] = ["{V}", "je vous épelle : {V}", "{V} (lu sur la carte)", "chiffres : {V}"]
P["vol"] = {
    "customer_number": ["mon numéro client est {V}", "n° client {V}", "Numéro client : {V}", "code client {V}"],
    "date_of_birth": ["je suis né le {V}", "date de naissance : {V}", "née le {V}", "{V} pour la date de naissance"],
    "phone": ["appelez-moi au {V}", "mon numéro : {V}", "Tél : {V}", "vous pouvez me joindre au {V}"],
    "email": ["mon mail c'est {V}", "envoyez à {V}", "E-mail : {V}", "mon compte est {V}"],
    "address": ["j'habite {V}", "adresse : {V}", "Adresse de livraison : {V}", "c'est pour {V}"],
    "iban": ["mon compte est {V}", "remboursez sur {V}", "IBAN : {V}", "compte {V} au nom de {NAME}"],
    "card": ["j'ai payé avec {V}", "numéro de carte {V}", "ma visa c'est {V}", "carte : {V}"],
    "cvv": ["cvc {V}", "le code au dos est {V}", "CVV : {V}", "cryptogramme {V}"],
    "card_expiry": ["valable jusqu'au {V}", "expire {V}", "exp {V}", "date d'expiration {V}"],
    "pin": ["mon code pin est {V}", "pin {V} ne marche plus", "j'ai mis le code {V}", "code alarme {V} pour le technicien"],
    "puk": ["le puk est {V}", "PUK : {V}", "sur la carte il y a puk {V}", "code puk {V} mais il dit invalide"],
    "otp": ["j'ai reçu le code {V}", "le code sms est {V}", "code de vérification {V} ne marche pas", "code reçu par mail : {V}"],
    "password": ["mon mot de passe est {V}", "mdp {V}", "j'ai mis {V} comme mot de passe", "le mot de passe temporaire {V} ne fonctionne pas"],
    "wifi_key": ["la clé wifi est {V}", "clé réseau : {V}", "mdp wifi {V}", "clé wpa {V}"],
    "username": ["mon identifiant est {V}", "login {V}", "je me connecte avec {V}", "user : {V}"],
    "api_key": ["notre clé est {V}", "API key : {V}", "on utilise {V}", "la clé dans le plugin : {V}"],
    "token": ["le token est {V}", "Authorization: Bearer {V}", "token : {V}", "l'appli renvoie ce token : {V}"],
    "ip_address": ["mon ip est {V}", "l'IP de notre serveur est {V}", "IP externe : {V}", "le trafic vient de {V}"],
    "bsn": ["mon numéro national est {V}", "registre national : {V}", "NISS {V}", "n° national {V}"],
}
P["echo"] = ["Merci, j'ai noté {V}.", "Parfait, {V} est correct.", "Je vois {V} dans le système, c'est bien ça ?", "Donc {V}, correct ?",
             "Ok, j'encode {V}.", "Noté : {V}", "Bien, {V} est connu chez nous.", "Je vérifie {V}."]
P["mask"] = ["Merci. Je vois un compte avec {M}, c'est correct.", "Parfait, se terminant par {M} donc.", "J'ai trouvé {M}.", "Chez nous il y a {M}, toujours d'actualité ?",
             "Pour contrôle : {M}", "Il s'agit de {M}, exact ?"]
P["thanks"] = ["Merci !", "Parfait, merci.", "Merci, un instant.", "Très bien.", "Ok, je vérifie.", "Je regarde.", "Top, un moment svp.", "Trouvé !"]
P["warn"] = {
    "pin": ["Attention : ne communiquez jamais votre code PIN, même à nous.", "Vous ne devez pas partager votre code PIN !"],
    "password": ["N'envoyez jamais votre mot de passe par chat.", "Nous ne demandons jamais de mot de passe."],
    "cvv": ["Le CVC ne doit jamais être communiqué.", "Nous n'avons pas besoin du code au dos de la carte."],
    "otp": ["Ne partagez jamais le code reçu par sms, même avec un conseiller.", "Ne donnez pas ce code, c'est ce que font les fraudeurs."],
}
P["refuse"] = ["je ne vais pas envoyer ça par chat", "je préfère pas, autre moyen ?", "c'est sécurisé ?", "non désolé, pas par ici"]
P["note"] = [
    "Note interne : client vérifié avec date de naissance {S:date_of_birth}. Ticket {N:ticket_number}.",
    "Note : n° client {S:customer_number}, rappeler au {S:phone} après {N:time}.",
    "Note interne : modem {N:model_number} fw {N:version_string}, erreur {N:error_code}. Client {S:customer_number}.",
    "Note : IBAN modifié en {S:iban}, confirmation à {S:email}.",
    "Note interne : nouvelle carte demandée, ancienne {M} bloquée. Réf {N:ticket_number}.",
    "Note : index {N:meter_reading} encodé pour le client {S:customer_number}, adresse {S:address}.",
]
P["handover"] = [
    "Transfert : {NAME}, client {S:customer_number}, tél {S:phone}. Panne {N:ticket_number} encore ouverte.",
    "Passage 2e ligne : client {S:customer_number} (né le {S:date_of_birth}) veut un remboursement de {N:amount} sur {S:iban}.",
    "Transfert : vérification faite ({S:date_of_birth}), mail {S:email}. En attente du suivi {N:tracking_number}.",
    "Résumé pour le collègue — rappel au {S:phone}. Adresse {S:address}. Facture {N:invoice_number} contestée.",
]
P["bot"] = [
    "🤖 Bonjour {prenom} ! Votre code de vérification est [CODE]. Ne le partagez avec personne.",
    "Message automatique : merci pour votre message. Votre numéro de ticket est {ticket_id}. Réponse sous {N:qty_time}.",
    "Bot : Entrez votre numéro client ici : <numero_client>",
    "[Bot] Votre commande {order_number} est expédiée. Suivez-la via {N:url}",
    "Bienvenue chez {BRAND} ! Tapez 1 pour une panne, 2 pour la facture. Ou appelez le {N:company_phone}.",
    "Réponse automatique : nous sommes joignables jusqu'à {N:time}.",
]
P["sms"] = ["Votre code de vérification {BRAND} est {V}. Ne le communiquez à personne.", "{V} est votre code de connexion {BRAND}. Valable 10 min.",
            "Code : {V}\n\nNe pas partager !", "{BRAND} : utilisez {V} pour confirmer."]
P["filler_c"] = [
    "j'ai appelé le {N:company_phone} à {N:time} mais personne", "c'est la {N:qty_ord} fois cette année", "capture d'écran ici : {N:url}",
    "je paie {N:amount} par mois pour rien", "le ticket {N:ticket_number} existait déjà", "mon {N:model_number} date de {N:year}",
    "version de l'appli {N:version_string}", "je prends le vol {N:flight_number} le {N:date} donc avant svp",
]
P["filler_a"] = [
    "Vous pouvez suivre le statut sur {N:url}.", "Un technicien passera le {N:date} à partir de {N:time}.",
    "Vous serez remboursé de {N:amount} sous 5 jours ouvrables.", "Votre référence : {N:ticket_number}.",
    "N'hésitez pas à appeler le {N:company_phone}.", "J'ai mis {N:percentage} de réduction sur la prochaine facture.",
    "Le nouveau firmware {N:version_string} corrige cela.", "Votre colis a le numéro de suivi {N:tracking_number}.", "J'ai transmis au service concerné.", "Si ça ne marche pas, appelez le {N:company_phone}, option 2.",
]
P["close_c"] = ["merci beaucoup !", "merci bien", "ok super", "merci 👍", "parfait merci pour l'aide", "ok tenez-moi au courant"]
P["close_a"] = ["Avec plaisir ! Bonne journée.", "Bonne continuation ! {AGENT}", "Bonne soirée !", "Si besoin, n'hésitez pas. {AGENT}",
                "Je clôture la conversation. Bonne journée !", "Au revoir et merci !"]
P["email"] = {
    "subj": ["Panne internet", "Question facture {N:invoice_number}", "Remboursement commande {N:order_number}", "Modification de données",
             "Plainte", "RE: votre demande {N:ticket_number}", "Déménagement", "Carte bloquée"],
    "hi_c": ["Madame, Monsieur,", "Bonjour,", "Chère équipe {BRAND},", "Bonjour à vous,"],
    "hi_a": ["Bonjour {FIRST},", "Madame, Monsieur {LAST},", "Cher client,", "Bonjour M./Mme {LAST},"],
    "sig_c": ["Cordialement,\n{NAME}", "Bien à vous,\n{FIRST}", "Salutations,\n{NAME}", "Meilleures salutations,\n\n{NAME}"],
    "sig_a": ["Bien cordialement,\n\n{AGENT}\nService clientèle {BRAND}", "Cordialement,\n{AGENT} | {BRAND}", "Bien à vous,\n{AGENT}\nÉquipe {BRAND}\nTél. {N:company_phone}",
              "Salutations,\n{AGENT} – {BRAND}", "Belle journée,\n{AGENT}", "Cordialement,\n{AGENT}, {BRAND}\nJoignable au {N:company_phone} (lu-ve)"],
    "quote": ["Le {QDATE} à {QTIME}, {WHO} a écrit :", "{WHO} a écrit le {QDATE} {QTIME} :", "Le {QDATE}, {WHO} a écrit :",
              "-----Message d'origine-----\nDe : {WHO}\nEnvoyé : {QDATE} {QTIME}"],
    "body_c": [
        "Je vous ai déjà écrit mais sans réponse. Le problème persiste.",
        "Comme convenu par téléphone, voici les données demandées.",
        "Je trouve inadmissible que cela prenne autant de temps. Je paie chaque mois.",
        "Je souhaite recevoir une confirmation écrite du changement.",
    ],
    "body_a": [
        "Merci pour votre e-mail. Nous avons vérifié vos données.",
        "Veuillez excuser notre réponse tardive.",
        "Pour vous aider, nous avons besoin de quelques informations.",
        "Votre demande est en cours de traitement.",
    ],
}
P["public"] = [
    "{N:mention} {N:qty_time} sans internet et personne ne répond {N:hashtag}",
    "{N:mention} pourquoi ma facture fait {N:amount} ?? {N:hashtag}",
    "{BRAND} mon colis {N:tracking_number} est perdu, appelez-moi au {S:phone}",
    "{N:mention} client {S:customer_number}, j'attends depuis le {N:date}",
    "{N:mention} panne à {CITY} ? {N:hashtag}",
    "votre appli ({N:version_string}) plante avec {N:error_code} {N:mention}",
    "{N:mention} écrivez-moi à {S:email}, j'en ai marre",
    "C'est la {N:qty_ord} fois que la commande {N:order_number} est en retard {N:mention}",
]
P["public_reply"] = [
    "Bonjour ! Désolés. Envoyez-nous un message privé avec votre n° client, ne partagez rien ici 🙏 ^{AGENT}",
    "On regarde volontiers en privé ! ^{AGENT}",
    "Nous avons masqué votre numéro pour votre vie privée. Écrivez-nous en MP. ^{AGENT}",
    "Désolés pour l'attente ! Voir la page des pannes : {N:url} ^{AGENT}",
]
P["public_reply_echo"] = ["Bonjour ! On vous rappelle au {S:phone}. ^{AGENT}", "Nous avons envoyé un mail à {S:email} ^{AGENT}"]
P["channel_hdr"] = {
    "dm_paste": ["voici la conversation avec {BRAND} :", "le chat d'hier :", "Copie du chat :", "voilà ce que le conseiller a dit"],
    "agent_reply": ["Réponse au client :", "Réponse envoyée :", "Message au client", "Brouillon de réponse :"],
}
