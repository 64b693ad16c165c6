# Belgian French templates (fr-be).
LANGS = ["fr-be"]

GROUPS = [
    ("fr_chat_phishing", "chat", [
        "Bonjour, j'ai reçu un SMS 'votre carte expire' avec le lien {!url}. J'ai mis mon numéro de carte {card}, date d'exp {card_expiry} et le code {cvv} au dos. C'est une arnaque ?",
        "j'ai cliqué sur un mail soi-disant de {@banks} et j'ai encodé mon identifiant {username} et mon mot de passe {password} 😢 pouvez-vous bloquer svp",
        "Bjr, un SMS d'itsme m'a demandé de confirmer. J'ai donné le code {otp} par téléphone au monsieur. Mon compte {iban} est vide maintenant ({!amount} partis)",
        "J'ai scanné un QR code sur un courrier 'Belfius' et entré mon PIN {pin}. Mon n° de client est {customer_number}, tél {phone}",
        "Message reçu sur WhatsApp de 'ma fille' avec un nouveau numéro {phone}, elle demandait de payer une facture de {!amount} sur le compte {iban}. J'ai payé à {!time}... c'était pas elle",
        "Mail de phishing ouvert ce matin, j'ai rempli: email {email}, date de naissance {date_of_birth}, numéro national {bsn}. Que dois-je faire?",
    ]),
    ("fr_chat_spoof", "chat", [
        "Un homme m'a appelé en disant qu'il était du service sécurité de la banque. Le numéro affiché était {!company_phone}. Il m'a fait lire les chiffres du lecteur de carte : {otp:words}. Ensuite {!quantity} ont été faits sur mon compte {iban}",
        "Appel ce midi d'une 'conseillère' qui connaissait mon adresse ({address}) et ma date de naissance ({date_of_birth}). Elle voulait que je transfère mon épargne vers un 'compte sécurisé' {iban}. Je n'ai rien fait mais j'ai peur",
        "Ma mère a donné son code secret {pin} à un faux employé de banque venu chez elle au {address}. Il a pris sa carte {!masked_value}. Son n° de registre national: {bsn}",
        "On m'a appelé de la part de Card Stop, j'ai donné le code reçu par SMS ({otp}) et ma carte a été 'bloquée'... mais des paiements passent toujours. Carte {card}",
    ]),
    ("fr_chat_blocked", "chat", [
        "Ma carte est bloquée depuis {!date} après {!quantity:try}. N° de carte {card}. Pouvez-vous la débloquer? Je suis joignable au {phone}",
        "Bonjour, carte volée dans le tram. Déjà appelé le {!company_phone}. Numéro client {customer_number}, nouvelle carte à envoyer au {address} svp",
        "L'application ({!version_string}) affiche l'erreur {!error_code} et mon compte est 'temporairement suspendu'. Mon identifiant: {username}",
        "J'ai oublié mon code PIN, l'ancien était {pin} je crois. Carte qui finit par {!masked_value}. Merci de m'aider",
    ]),
    ("fr_chat_dispute", "chat", [
        "Je conteste un paiement de {!amount} du {!date}, je n'ai jamais acheté ça. Compte {iban}, carte {card}",
        "J'ai payé un faux vendeur sur Marketplace {!amount} par virement vers {iban}. Plainte à la police, n° de PV {!ticket_number}. Possible de récupérer?",
        "Domiciliation inconnue de {!amount} sur mon compte {iban}. Je n'ai jamais signé de mandat. Mon numéro client {customer_number}",
        "Colis jamais reçu (suivi {!tracking_number}) payé par carte {card} exp. {card_expiry}. Je voudrais faire une contestation",
    ]),
    ("fr_chat_mule_recovery", "chat", [
        "Quelqu'un m'a proposé {!amount} pour 'prêter' mon compte. J'ai donné ma carte et le code {pin}. Maintenant mon compte {iban} est bloqué. Mon numéro national est {bsn}",
        "Je n'arrive plus à me connecter, quelqu'un a changé mon numéro de GSM. Le vrai c'est {phone}. Mon email {email}, identifiant {username}",
        "Connexion suspecte depuis l'adresse IP {ip_address} à {!time}, pas moi! Nouveau mot de passe que je veux mettre: {password}",
        "Nouvelle carte SIM après un vol, code PUK {puk}. L'app bancaire est liée à mon ancien numéro {phone}",
        "Le code wifi de l'agence de {@cities} svp? ah c'est bon il est affiché: {wifi_key}",
        "Notre comptable a envoyé par erreur notre clé API {api_key} (intégration bancaire) à une adresse inconnue. Pouvez-vous la révoquer ? N° client entreprise {customer_number}",
    ]),
    ("fr_public", "public", [
        "{!mention} encore un SMS frauduleux à votre nom avec le lien {!url} ! {!hashtag}",
        "{!mention} j'attends depuis {!quantity:dur} le remboursement, dossier {!ticket_number}. Inadmissible. {!hashtag}",
        "Attention, faux appels avec le numéro {!company_phone} affiché ! Ils demandent vos codes. {!hashtag} {!hashtag}",
        "{!mention} au secours j'ai donné mon code {otp} à un escroc, compte {iban}, rappelez-moi au {phone}",
        "{!mention} pourquoi ma carte {card} est bloquée?? je suis à l'étranger {!hashtag}",
        "Qui d'autre a reçu ce mail de {@banks} 'mise à jour sécurité' ? Lien vers {!url}. NE CLIQUEZ PAS {!hashtag}",
    ]),
    ("fr_email_body", "email_body", [
        "Le {!date} vers {!time}, j'ai reçu un appel d'une personne se présentant comme employée du service fraude. Le numéro affiché était {!company_phone}. Elle m'a demandé de confirmer deux opérations avec mon lecteur de carte, et je lui ai communiqué les codes {otp} et {otp}.\n\nDepuis, {!amount} ont été virés vers le compte {iban}.\n\nMes coordonnées :\nCompte : {iban}\nN° client : {customer_number}\nGSM : {phone}\nAdresse : {address}",
        "Par la présente je conteste les opérations suivantes sur ma carte de crédit {card} (expiration {card_expiry}) :\n\n* {!date} - {!amount} - ALIEXPRESS\n* {!date} - {!amount} - BOLT.EU\n\nJe n'ai jamais communiqué ma carte. Vous pouvez me joindre au {phone} ou par mail à {email}.",
        "Ma grand-mère, née le {date_of_birth}, a été victime d'un faux conseiller. Il est venu chez elle ({address}) et a récupéré sa carte et son code ({pin}). Son numéro de registre national : {bsn}. Compte : {iban}.\n\nNous avons porté plainte (PV {!ticket_number}).",
        "Je vous transmets les informations demandées :\n\nIdentifiant : {username}\nDate de naissance : {date_of_birth}\nNuméro de compte : {iban}\nCompte du fraudeur : {iban}\nMontant : {!amount}\nRéférence police : {!ticket_number}",
        "Notre société (n° d'entreprise {!company_registration}) a payé une fausse facture n° {!invoice_number} de {!amount} sur le compte {iban}, alors que notre fournisseur utilise {iban}. Leur messagerie a été piratée. Merci de lancer un rappel de fonds.",
        "Depuis hier je reçois des SMS avec des codes de connexion ({otp}) alors que je ne me connecte pas. Quelqu'un essaie d'accéder à mon compte avec mon identifiant {username}. Dans l'app je vois des connexions depuis {ip_address}.\n\nMon GSM : {phone}",
    ]),
    ("fr_agent", "agent", [
        "Bonjour {@names}, nous avons bloqué votre carte se terminant par {!masked_value}. Une nouvelle carte vous sera envoyée sous {!quantity:dur}. Ne communiquez jamais vos codes. ^{@agents}",
        "Bonjour, pour votre sécurité, merci de supprimer votre message contenant votre IBAN {iban}. Contactez-nous en privé ou au {!company_phone}. {@agents}",
        "Nous ne vous demanderons jamais vos codes par téléphone. Si vous avez communiqué un code, appelez immédiatement Card Stop au {!company_phone}. Référence : {!ticket_number}.",
        "Bonjour {{prenom}}, le virement de {!amount} vers {iban} a fait l'objet d'une demande de rappel. Délai de traitement : {!quantity:dur}. Dossier {!ticket_number}. Cordialement, {@agents} – Service Fraude",
        "Un conseiller vous rappellera aujourd'hui au {phone} entre {!time} et {!time}. Votre dossier est lié au numéro client {customer_number}. ^{@agents}",
        "Merci, nous avons bien reçu le formulaire envoyé à {email}. Votre nouvelle carte ({!masked_value}) part aujourd'hui, envoi {!tracking_number}. {@agents}",
    ]),
]

GROUPS.append(("fr_chat_credentials", "chat", [
    "Nouvelle SIM suite à un vol. Code PUK : {puk}, code PIN de la SIM : {pin:phone}. L'app bancaire demande de se réactiver",
    "téléphone bloqué après 3 mauvais codes, le PUK sur la carte plastique c'est {puk}. l'escroc avait vu mon code de déverrouillage {pin:phone}",
    "J'ai changé mon mot de passe de {password} en {password}. Mon identifiant reste {username}?",
    "mdp oublié, j'ai essayé {password} puis {password}, maintenant bloqué ({!error_code}). utilisateur : {username}",
    "Le faux technicien a vu mon mot de passe du routeur ({password}) et la clé wifi {wifi_key}. Je dois tout changer?",
    "Réseau Proximus-Home-{!product_code|4F2A}, clé WPA : {wifi_key}. C'est ce que j'ai donné au 'technicien', puis mon compte a été vidé",
    "Code CVC {cvv}, carte {card}, expire {card_expiry} — tout ça je l'ai mis sur la fausse boutique. Bloquez svp",
    "Carte : {card}\nValable jusqu'au : {card_expiry}\nCryptogramme : {cvv}\nC'était sur la capture d'écran envoyée par erreur dans un groupe",
    "Le jeton d'accès {token} de notre intégration était dans les logs envoyés à un faux support. Request id {!request_id}. Merci de le révoquer",
    "Code de la boîte à clés : {pin:door}. Je l'ai donné au 'coursier de la banque' pour qu'il prenne ma vieille carte 😳",
]))
GROUPS.append(("fr_agent_misc", "agent", [
    "Bonjour, ne partagez jamais votre mot de passe. Vous avez écrit '{password}' : changez-le tout de suite dans l'app (version {!version_string} minimum). Idem pour votre PUK {puk}. ^{@agents}",
    "Bonjour {@names}, vous avez partagé votre code PUK ({puk}). Merci de supprimer ce message. {@agents}",
    "Nous voyons des connexions depuis {ip_address} le {!date}. Elles sont bloquées. Le taux de votre compte d'épargne ({!percentage}) ne change pas. ^{@agents}",
    "Bonjour, votre clé API {api_key} a été révoquée. Créez-en une nouvelle dans le portail. L'erreur {!error_code} est résolue. Dernier appel depuis {ip_address}. {@agents}",
]))
