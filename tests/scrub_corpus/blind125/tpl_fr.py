"""Belgian French (fr-be) templates."""

BODY = {
    "login": [
        "[childcare]Je n'arrive pas à me connecter sur la plateforme de babysitting. Identifiant {username}, mot de passe {password}",
        "[security]L'appli de l'alarme me dit 'identifiants incorrects'. login : {username} mdp : {password}",
        "[pet]Mon nom d'utilisateur est {username} et mon mot de passe {password}. Je dois envoyer la facture du véto pour {@pet}",
        "[delivery]Je suis livreur et mon compte est bloqué. user {username} / pass {password}. Je commence à {!time} !",
        "[charity]Impossible d'accéder à ma cagnotte. Utilisateur : {username}\nMot de passe : {password}",
        "[optician]j'ai oublié si mon mdp c'est {password} ou {password}, le login c'est {username}",
    ],
    "pwchange": [
        "J'ai changé mon mot de passe de {password} en {password} et maintenant plus rien ne marche",
        "[security]nouveau mot de passe du portail : {password} (ancien {password})",
        "[charity]Le mot de passe provisoire reçu par mail ({password}) ne fonctionne pas",
    ],
    "otp": [
        "J'ai reçu le code {otp} par SMS mais le site dit qu'il est invalide",
        "[charity]Code de vérification : {otp}. Toujours impossible de finaliser mon don de {!amount}",
        "[delivery]Le code de connexion ({otp}) arrive après {!quantity}, il est déjà expiré",
        "Votre code {@brand} est {otp}. Ne le partagez avec personne.\n-> je n'ai rien demandé, c'est une arnaque ?",
        "[security]le code de confirmation de l'appli c'est {otp}, c'est normal ?",
    ],
    "pin": [
        "[security]Notre code alarme est {pin} mais la centrale {!model_number} continue de sonner",
        "[childcare]La baby-sitter peut entrer avec le code de la boîte à clés : {pin}. On rentre vers {!time}",
        "[delivery]Le code de la porte d'entrée est {pin}, c'était écrit dans la commande !",
        "[security]code sous contrainte {pin}, code normal {pin}, c'est bien configuré ?",
        "code PIN de ma carte : {pin}, je dois le donner en magasin ?",
    ],
    "puk": [
        "[security]La carte SIM de la centrale demande un code PUK : {puk}",
        "PUK {puk} — j'ai tapé trois fois un mauvais code PIN ({pin})",
    ],
    "wifi": [
        "[security]La caméra ne se connecte pas. Réseau Proximus-Home-7F2A, clé wifi {wifi_key}",
        "[childcare]Pour la baby-sitter : mot de passe wifi {wifi_key}",
        "[security]Pour le technicien : clé WPA {wifi_key}, port {!port} ouvert",
    ],
    "api": [
        "[charity]Notre site est relié à votre API de dons. Clé API : {api_key}. Erreur {!error_code}",
        "[delivery]Intégration restaurant en panne depuis la version {!version_string}. clé {api_key}",
        "[security]clé d'accès {api_key} et secret {aws_secret} dans la config, l'export échoue quand même",
    ],
    "token": [
        "[delivery]Dans les logs : Authorization: Bearer {token} puis {!error_code}",
        "[charity]Notre jeton d'accès {token} n'est plus valide. Request-ID {!request_id}",
        "token de session : {token}",
    ],
    "card": [
        "[charity]Mon don de {!amount} a échoué. Carte {card}, expire {exp}, CVC {cvv}",
        "[pet]Je veux payer la prime par carte : {card} date d'expiration {exp} cryptogramme {cvv}",
        "[delivery]On m'a débité deux fois {!amount} sur la carte {card} ! Commande {!order_number}",
        "[optician]n° de carte {card}\nexp. {exp}\ncode {cvv}",
    ],
    "iban": [
        "[charity]Merci de verser les fonds de la cagnotte sur {iban} au nom de {@name}",
        "[pet]Remboursement des frais vétérinaires ({!amount}) sur le compte {iban} svp",
        "[delivery]Mon paiement de livreur n'arrive pas. Compte {iban}, facture {!invoice_number}",
        "[childcare]Nouveau numéro de compte pour la domiciliation : {iban}",
        "IBAN : {iban}\nBénéficiaire : {@name}",
    ],
    "bsn": [
        "[childcare]Pour l'attestation fiscale de la crèche, le numéro de registre national de ma fille est {bsn}",
        "[pet]Mon numéro national est {bsn}, pourquoi vous le demandez ?",
        "[charity]Pour l'attestation fiscale de mon don : NN {bsn}",
        "[optician]La mutuelle demande mon numéro de registre national : {bsn}",
    ],
    "contact": [
        "Mon nouveau numéro de GSM est le {phone}",
        "[childcare]Appelez-moi au {phone} ou écrivez à {email}, la baby-sitter n'est pas venue !",
        "[security]En cas d'alarme, appeler d'abord mon mari au {phone}, puis moi au {phone}",
        "[pet]Envoyez la police d'assurance à {email} svp",
        "tél : {phone} / mail : {email}",
    ],
    "address": [
        "[delivery]Le livreur est allé à la mauvaise adresse. J'habite {address}",
        "[security]Nous déménageons le {!date} au {address}. L'alarme peut suivre ?",
        "[optician]Envoyez les lentilles au {address}",
        "[childcare]Notre adresse : {address}, sonnez à la porte de derrière",
    ],
    "dob": [
        "[pet]Ma date de naissance (pas celle du chien !) : {dob}",
        "Pour vérification : né le {dob}, n° client {cust}",
        "[optician]Le rendez-vous est au nom de ma mère, née le {dob}",
    ],
    "cust": [
        "[pet]Numéro de police {cust}. {@pet} a été opéré ({!amount}) et le dossier {!ticket_number} n'avance pas",
        "[security]N° d'abonné {cust}, l'alarme s'est déclenchée à {!time} sans raison",
        "[charity]Mon numéro de donateur est {cust}, je veux réduire mon don mensuel à {!amount}",
        "[optician]n° client {cust} — mes lunettes ont déjà {!quantity} de retard",
        "[delivery]ID livreur {cust}. J'ai fait {!quantity} la semaine passée",
        "code EAN {cust}",
    ],
    "ip": [
        "[security]Je vois une connexion depuis l'adresse IP {ip} à {!time}, ce n'était pas moi !",
        "[charity]Quelqu'un s'est connecté à mon compte depuis {ip}",
    ],
    "neg": [
        "[delivery]Commande {!order_number} passée à {!time}, il est {!time} et toujours rien. Payé {!amount}.",
        "[pet]Ma demande {!ticket_number} du {!date} est toujours ouverte. Remboursement prévu : {!percentage}",
        "[security]Depuis la mise à jour {!version_string}, le {!model_number} affiche l'erreur {!error_code}",
        "[charity]La cagnotte était à {!percentage} de l'objectif, voir {!url}",
        "[optician]Rendez-vous du {!date} à {!time} annulé sans prévenir. Référence {!ticket_number}",
        "Suivi colis {!tracking_number} : livré ?? Je n'ai rien reçu",
    ],
    "mixed": [
        "[pet]Données pour la nouvelle police :\nNom : {@name}\nAdresse : {address}\nDate de naissance : {dob}\nIBAN : {iban}\nTél : {phone}",
        "[childcare]Inscription baby-sitter :\n- {@name}\n- née le {dob}\n- NN {bsn}\n- GSM {phone}\n- compte {iban}",
        "[security]n° client {cust} / adresse {address} / code alarme {pin}",
    ],
}

PUBLIC = [
    "{!mention} votre livreur a laissé ma commande sous la pluie. Commande {!order_number} {!hashtag}",
    "{!mention} ça fait {!quantity} que j'attends une réponse pour le dossier {!ticket_number}. Rappelez-moi au {phone}",
    "{!mention} police n° {cust}, personne ne répond {!hashtag} {!hashtag}",
    "{!mention} {!mention2} technicien pas venu le {!date}. Inadmissible.",
    "Je cherche une baby-sitter à {@city} ! Contact : {email} {!hashtag}",
]

AGENT = [
    "Bonjour {@first}, votre compte ({username}) est débloqué. Changez votre mot de passe car vous l'avez partagé ici. Bien à vous, {@agent}",
    "Bonjour {@first}, nous avons bien mis à jour votre numéro {phone} et votre adresse e-mail {email}. Référence {!ticket_number}.",
    "Bonjour {@first}, le remboursement de {!amount} sera versé sous {!quantity} sur le compte {iban}. Cordialement, {@agent}",
    "Bonjour {@first}, ne partagez jamais votre code alarme ({pin}). Modifiez-le via l'appli. ^{@ini}",
    "Bonjour {{prenom}}, votre demande est enregistrée sous le numéro [REF]. Réponse sous {!quantity}.",
    "Bonjour {@first}, le technicien passera le {!date} entre {!time} et {!time} au {address}. Bonne journée !",
]

GREET = ["Madame, Monsieur,\n\n", "Bonjour,\n\n", "Bonjour {@brand},\n\n", "Chère équipe,\n\n", "Bonsoir,\n\n"]
CLOSE = ["\n\nCordialement,\n", "\n\nBien à vous,\n", "\n\nMerci d'avance,\n", "\n\nSalutations distinguées,\n", "\n\nBàv\n"]
SIGN = ["{@name}\nGSM : {phone}", "{@name}\n{address}", "{@first}", "{@name}\n{phone} - {email}", "{@first} {@last}\n\nEnvoyé de mon iPhone"]
SUBJECT = ["Objet : problème de connexion\n\n", "Objet : RE: dossier {!ticket_number}\n\n", "Objet : remboursement\n\n", "Objet : changement d'adresse\n\n"]
QUOTE_HDR = [
    "\n\nLe {!date} à {!time}, {@brand} <{@cemail}> a écrit :\n",
    "\n\n-------- Message d'origine --------\nDe : {@brand} Service clientèle <{@cemail}>\nDate : {!date}\nÀ : {email}\nObjet : Votre demande\n\n",
    "\n\nLe {!date}, {@name} <{email}> a écrit :\n",
]
QUOTED_AGENT = [
    "Madame, Monsieur,\n\nNous avons bien reçu votre demande ({!ticket_number}).\n\nCordialement,\nLe service clientèle {@brand}\nTél. {!company_phone} - BCE {!company_registration}",
    "Bonjour {@first},\n\nPouvez-vous nous communiquer votre numéro client et votre date de naissance ?\n\n{@agent}\n{@brand} SA - TVA {!company_registration}",
]
DISCLAIMER = ["\n\nCe message est confidentiel. Si vous n'êtes pas le destinataire, merci de le supprimer.", "\n\n{@brand} SRL - n° d'entreprise {!company_registration}"]
AGENT_SIGN = ["\n\nCordialement,\n{@agent}\nService clientèle {@brand}\n{!company_phone}", "\n\nBonne journée, {@agent}", "\n\n{@agent} – {@brand} – {!url}"]
CHAT_OPEN = ["Bonjour, ", "Salut ! ", "Bonsoir, ", "Svp ", ""]

FILL = [
    "J'ai déjà appelé votre service clientèle à deux reprises, sans succès. On m'a promis un rappel qui n'est jamais venu, c'est pourquoi je vous écris.",
    "J'ai désinstallé et réinstallé l'application (version {!version_string}), redémarré mon téléphone et vidé le cache. Rien n'y fait.",
    "Sans réponse de votre part dans les huit jours, je me verrai contraint de porter plainte auprès du service de médiation.",
    "Pour être clair : il s'agit du montant de {!amount} prélevé le {!date}. Le libellé sur mon extrait ne correspond pas à votre confirmation.",
    "Je suis client depuis {!year} et je n'ai jamais eu de problème jusqu'ici, je compte donc sur vous pour régler ça rapidement.",
]
