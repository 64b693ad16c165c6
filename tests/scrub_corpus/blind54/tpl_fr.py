"""Belgian French templates (fr-be)."""

VOICE = [
    "bonjour c'est {fname} je vous envoie un vocal parce que je suis en voiture mon numéro client c'est {cust} et le code reçu par sms c'est {otp} mais il dit code expiré rappelez-moi au {phone} svp",
    "oui bonjour euh je voudrais changer mon numéro de compte le nouveau c'est {iban} et ma date de naissance pour vérifier c'est le {dob} merci beaucoup",
    "alors le technicien vient demain mais l'adresse est fausse c'est {address} et pas l'ancienne vous pouvez me joindre au {phone} après {time}",
    "le mot de passe wifi du nouveau modem ne marche pas je tape {wifi} comme sur l'autocollant mais rien à faire c'est un {model}",
    "mon adresse mail c'est {email} voilà et l'ancienne {email2} vous pouvez la supprimer je n'y ai plus accès",
    "j'ai bloqué ma carte sim il demande le code puk le puk sur la carte c'est {puk} et après je remets {pin} comme code pin c'est bon",
    "je suis connecté avec l'identifiant {user} et le mot de passe {password} mais j'ai toujours l'erreur {err}",
    "le code de l'alarme c'est {pin} et la boîte à clés à côté du garage c'est {pin2} comme ça le technicien peut entrer on rentre le {date}",
    "vous m'avez demandé mon numéro de registre national c'est {natid} et mon numéro client est sur la facture c'est {cust}",
    "coucou c'est encore {fname} mon nouveau numéro c'est le {phone} l'ancien {phone2} vous pouvez l'effacer",
    "je voudrais payer par carte le numéro c'est {card} expire fin {expiry} et le code au dos {cvv} ça va comme ça",
    "le code itsme c'est {otp} non attendez c'était l'ancien le nouveau c'est {otp2} désolée",
    "%v bonjour je rappelle pour la commande {order} toujours pas reçue le suivi dit {tracking} j'ai payé {amount} le {date}",
]

CALLSUM = [
    "Résumé d'appel (généré automatiquement)\nDate : {date} {time}\nLe client appelle pour une panne. N° client {cust}. Rappel au {phone}.\nNouvelle adresse e-mail communiquée : {email}.\nAction : ticket {ticket} créé.",
    "NOTE D'APPEL AUTOMATIQUE\nAppelant : {name}\nVérifié avec date de naissance {dob} et adresse {address}.\nDemande : changement IBAN vers {iban}.\nDurée {dur}.",
    "Message vocal de {phone} ({dur})\nTranscription (fiabilité {pct}) :\n« oui bonjour c'est {fname} pour la facture {invoice} beaucoup trop élevée mon numéro client c'est {cust:spoken} rappelez-moi »",
    "Compte rendu assistant IA\n- Client : {name}\n- N° de client : {cust}\n- Le client a dicté son mot de passe : {password} (conseillé de le changer)\n- Identifiant : {user}",
    "Synthèse appel {ticket}\nDomiciliation sur le compte {iban}, titulaire {name}. Le client a aussi donné son NISS ({natid}), non conservé.\nRappeler au {phone} entre {time} et {time2}.",
    "Nouveau message vocal\nDe : {phone}\nReçu : {date}, {time}\nDurée : {dur}\nTexte : bonjour ici {name} mon adresse c'est {address:spoken} j'attends un colis {tracking} merci de rappeler",
    "Résumé (brouillon, à vérifier)\nModem {model}, firmware {version}. Clé wifi lue sur l'étiquette : {wifi}. SSID {ssid}.\nIP publique : {ip}. Port {port} ouvert à la demande.",
    "Transcription résumée :\nClient ({name}, n° {cust}) signale un débit de {amount} sur la carte {card}, expiration {expiry}. CVC non demandé.\nDossier : {ticket}",
    "Appel du {date} – résumé\nCode sms {otp} arrivé trop tard. Nouveau code envoyé au {phone}.\nN° client {cust}, commande {order}. Code EAN {ean}.",
]

DICTATION = [
    "bonjour je souhaite changer d'adresse ma nouvelle adresse est {address} à partir du {date} mon numéro client est {cust} cordialement {name}",
    "madame monsieur je conteste la facture {invoice} de {amount} au lieu de {amount2} merci de me rappeler au {phone} ou d'écrire à {email:spoken}",
    "j'utilise la dictée vocale désolé pour les fautes mon mail c'est {email:spoken} et mon gsm {phone:spoken} concernant le dossier {ticket}",
    "voici mes données pour le changement nom {name} date de naissance {dob} compte {iban} adresse {address} téléphone {phone}",
    "je n'arrive plus à me connecter identifiant {user} j'ai remis le mot de passe {password} mais il est refusé version de l'application {version}",
    "le technicien peut prendre la clé dans la boîte le code est {pin} l'adresse {address} je suis au travail jusqu'à {time}",
    "pour la prime énergie il vous faut mon numéro national {natid} et le code EAN du compteur {ean} merci",
    "%d le numéro de ticket est {ticket} et la commande {order} j'ai déjà appelé {qty} et {pct} du temps on me raccroche au nez",
]

OCR_SCREEN = [
    "[capture d'écran]\n{time}  ▪▪▪ 4G  {pct}\nMessages\n{brand}\nVotre code de vérification :\n{otp}\nNe le partagez avec personne.",
    "regardez ce que j'ai :\n\nVérification\nSaisissez le code envoyé\nau {masked}\n\nCode\n{otp}\nRenvoyer (0:{secs})",
    "recopié de l'autocollant sous le modem (reconnaissance de texte)\nModèle : {model}\nSSID : {ssid}\nClé Wi-Fi /\nWPA key:\n{wifi}\nS/N {product}",
    "copié depuis l'appli :\nMes données\nNom {name}\nE-mail\n{email}\nGSM\n{phone}\nN° client {cust}\nIBAN {iban}",
    "texte de l'écran de ma banque :\nBénéficiaire : {brand}\nMontant {amount}\nDu compte\n{iban}\nCommunication : facture {invoice}\nStatut : refusé ({err})",
    "j'ai recopié l'erreur avec Google Lens\n\nUne erreur est survenue\nCode : {err}\nRéférence : {reqid}\nVersion {version}",
    "Capture de mon compte :\nIdentifiants\nNom d'utilisateur :\n{user}\nMot de passe :\n{password}\nModifié le {date}",
    "photo du support de la carte SIM :\nPIN {pin}    PUK\n{puk}\nSIM {product}",
    "%o copié du mail :\nCommande {order}\nExpédiée le {date}\nSuivi\n{tracking}\nTotal {amount}",
]

OCR_LETTER = [
    "Voici le texte du courrier (scanné) :\n\n{brand}\nBoîte postale 45 | {city}\n\n{name}\n{address}\n\nN° client        N° facture        Date\n{cust}        {invoice}        {date}\n\nObjet : rappel\nMontant dû : {amount}",
    "scan de la lettre reçue\n\nVos coordonnées\nIBAN\n{iban}\nN° de\nclient : {cust}\nDate de naiss.\n{dob}\n\nQuestions ? Appelez le {cphone} ou {url}",
    "OCR de la mise en demeure :\nÀ : {name}\n{address}\nDossier {ticket}   Réf. client {cust}\nSolde {amount} (dont {pct} d'intérêts)\n{kvk}",
    "Texte du décompte annuel p. 2\nAdresse de fourniture {address}\nCode EAN électricité\n{ean}\nIndex début {meter}   fin {meter2}",
    "courrier mutuelle scanné :\nN° registre national\n{natid}\nN° d'affiliation {cust}\n{name}\n{address}",
    "scan du contrat p. 1\nN° de contrat\n{cust}\nTitulaire {name}\nIBAN {iban}\nRéf. mandat {reqid}\nDébut {date}",
]

PUBLIC = [
    "{mention} toujours pas d'internet à {city} depuis {days} et votre chatbot répond {err} {hashtag}",
    "{mention} rappelez-moi au {phone} j'attends depuis le {date} {hashtag}",
    "Sérieux {mention}, mon n° client c'est {cust}, il vous faut quoi de plus ?? {hashtag}",
    "{mention} panne signalée sous {ticket}, technicien jamais venu entre {time} et {time2} {hashtag}",
    "{mention} colis {tracking} 'en cours de livraison' depuis {days} 🙄 {url}",
    "{mention} la facture {invoice} a augmenté de {pct}. Explication svp {hashtag}",
    "Quelqu'un de {mention} peut m'écrire ? {email} ou en MP, commande {order}",
    "{mention} appelé {cphone} trois fois, raccroché après {days} {hashtag} {hashtag2}",
]

AGENT = [
    "Bonjour {fname}, merci pour votre message vocal. J'ai bien noté votre nouvel IBAN {iban}. La prochaine domiciliation de {amount} le {date} ira sur ce compte. {agent}",
    "Bonjour {{prenom}}, le code {otp} a expiré. Je vous en ai renvoyé un au {masked}. En cas de souci : {cphone}. ^{agent}",
    "Merci {fname}. J'ai modifié l'adresse : {address}. Suivez votre dossier {ticket} sur {url}. Bonne journée ! /{agent}",
    "Bonjour {fname}, n'envoyez jamais votre mot de passe par chat. Par sécurité j'ai bloqué le compte ; réinitialisez-le via {url}. {agent}",
    "Bonjour ! Rappel prévu le {date} entre {time} et {time2} au {phone}. Référence {ticket}. ^{agent}",
    "Bonjour {fname}, j'ai lié votre n° client {cust} à votre nouveau GSM {phone}. Une question ? Appelez gratuitement le {cphone}. {agent}",
    "Madame, Monsieur, votre commande [NUMERO] est expédiée. Suivi : {tracking}. Cordialement, {agent} ({brand})",
]

NEGONLY = [
    "Panne toujours pas résolue, ticket {ticket} du {date}. Modem {model} clignote orange, firmware {version}.",
    "%v oui bonjour c'est pour la commande {order} qui devait arriver le {date} le livreur est passé à {time} et j'étais là",
    "%o Facture {invoice}\nDate {date}\nSous-total {amount}\nTVA {pct}\nTotal {amount2}\n{kvk}",
    "Mon vol {flight} du {date} annulé, j'ai payé {amount} pour rien. Réservation {order}",
    "port {port} ouvert mais toujours {err}. somme de contrôle du firmware : {checksum}",
    "%o Relevé d'index\nDate {date}\nJour {meter}\nNuit {meter2}\nRéférence {reqid}",
    "Appelez-nous au {cphone} (lu-ve {time}–{time2}) ou sur {url}. {kvk}",
]

FRAMES = {
    "voice_hdr": ["🎤 Message vocal ({dur}) · transcription automatique :", "[Transcription du message vocal]",
                  "Mémo vocal converti en texte :", "🔊 {dur} — Afficher la transcription", "Transcription (peut contenir des erreurs)",
                  "🎙️ {dur}"],
    "ocr_hdr": ["", "(texte copié depuis la photo)", "Texte extrait de l'image :", "——", "[image]"],
    "greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour {brand},", "Bonsoir,", "Chère équipe {brand},", "Bonjour à vous,"],
    "close": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv", "Meilleures salutations,"],
    "csig": ["{name}", "{name}\n{phone}", "{fname}\nEnvoyé de mon iPhone", "{name}\nTél : {phone}\n{address}",
             "{fname}\n\nEnvoyé depuis Outlook pour Android", "{name}\nGSM {phone}"],
    "asig": ["{agent}\nService clientèle {brand}\n{cphone} | {url}", "Cordialement,\n{agent} – Équipe Webcare\n{brand} | {kvk}",
             "{agent}\n{brand} Service clients\nT {cphone}\n{kvk}", "{agent} | {brand}\n{url}"],
    "qhdr": ["Le {date} à {time}, {brand} Service clients a écrit :", "Le {date} {time}, {agent} ({brand}) a écrit :",
             "-----Message d'origine-----\nDe : {brand} Webcare\nEnvoyé : {date} {time}\nObjet : Votre demande {ticket}",
             "De : {brand} <noreply>\nDate : {date}\nObjet : RE: dossier {ticket}",
             "---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date} {time}\nObjet : TR: données"],
    "qbody": ["Chère cliente, cher client,\nVotre demande est enregistrée sous {ticket}.\nNous revenons vers vous sous {days}.",
              "Bonjour,\nPouvez-vous nous envoyer votre numéro client ? N'envoyez jamais votre mot de passe.\n{agent}",
              "Bonjour,\nNous avons reçu votre paiement de {amount} le {date}.\nFacture {invoice}.",
              "Bonjour {fname},\nUn technicien passera le {date} entre {time} et {time2}.\nAdresse : {address}",
              "Bonjour,\nVotre numéro client est {cust}. Conservez ce message.\n{agent}"],
    "disc": ["Ce message peut contenir des informations confidentielles. Si vous n'êtes pas le destinataire, supprimez-le.",
             "Pensez à l'environnement avant d'imprimer ce courriel.", "Ce courriel a été analysé par un antivirus. {kvk}"],
    "dict_end": [" point", " virgule", " à la ligne", " point à la ligne"],
}

SECURE = [
    "%o j'ai recopié l'erreur de la console développeur\nAuthorization: Bearer {token}\nX-Api-Key:\n{apikey}\nHTTP 401 · {reqid} · port {port}",
    "%v oui bonjour je suis développeur chez un client pro la clé api du portail c'est {apikey} et avec le jeton d'accès {token} j'ai toujours l'erreur {err} sur le port {port}",
    "%v le code pin de ma nouvelle carte c'est {pin} et elle se termine par {masked} je ne l'ai pas encore utilisée je dois la bloquer je prends le vol {flight} demain",
    "%o Photo du courrier PIN\nVotre nouveau code secret\n{pin}\nCarte se terminant par {masked}\nExpire {expiry}\nNe conservez pas ce courrier avec la carte ({year})",
    "%d je veux payer par carte de crédit {card} date d'expiration {expiry} cryptogramme {cvv} pour la réservation {order} vol {flight}",
    "%o capture de la page de paiement :\nNuméro de carte\n{card}\nValable jusqu'au {expiry}   CVC {cvv}\nÀ payer {amount}\nID transaction {reqid}",
    "%v votre collègue dit que le puk c'est {puk} mais le téléphone dit encore {qty} essais et après je mets le pin {pin} c'est ça",
    "%o Texte de la photo de la carte SIM :\nPUK {puk}\nPIN {pin}\nICCID {product}\nActivée en {year}",
    "%o copié depuis le portail :\nUtilisateur\n{user}\nMot de passe provisoire\n{password}\nDernière connexion depuis {ip} le {date}\nSession {token}",
    "%v mon identifiant c'est {user} et j'ai changé le mot de passe en {password} mais quelqu'un se connecte depuis {ip} je crois que je suis piraté",
    "%d ma date de naissance est le {dob} mon numéro national {natid} l'index du compteur aujourd'hui {meter} et la somme de contrôle du fichier {checksum}",
    "%o Extrait (scan)\nNé(e) le\n{dob}\nN° national : {natid}\nIndex {meter}\nChiffre de contrôle {checksum}",
]

FRAMES["intro"] = [
    "Je suis client chez vous depuis {year} et globalement satisfait, mais depuis {days} rien ne va plus. J'ai déjà appelé plusieurs fois et essayé le chat, sans résultat.",
    "Suite à notre conversation téléphonique du {date}, je vous transmets les informations demandées. Désolé pour le texte un peu brouillon, je l'ai dicté.",
    "J'ai déjà envoyé un mail la semaine passée mais je n'ai jamais reçu de réponse. Je réessaie donc avec toutes les informations pour aller plus vite.",
    "Ma fille m'a aidé à recopier la lettre car je ne lis plus très bien. J'espère que tout est clair, sinon n'hésitez pas.",
    "Je vous écris au nom de mon père qui n'a pas d'adresse e-mail. Il m'a donné procuration. Voici les informations demandées par votre collègue.",
]
FRAMES["outro"] = [
    "J'espère une réponse rapide car j'ai besoin d'internet pour travailler. Je suis joignable en journée.",
    "S'il manque quelque chose, dites-le moi. Je suis en vacances jusqu'au {date}.",
    "Merci d'avance pour votre aide, j'espère que cette fois ce sera la bonne.",
    "Sans réponse sous {days}, j'introduirai une plainte auprès du médiateur.",
    "Merci de me confirmer par mail que tout a été modifié.",
]
