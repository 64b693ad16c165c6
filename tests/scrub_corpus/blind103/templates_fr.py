# Belgian French templates.
T = {}

T[("fr", "child", "dm")] = [
    "Bonjour, notre fille {child} commence à la crèche le {date}. Date de naissance {cdob}, {@bsn} {cbsn}. Adresse : {addr}. Merci !",
    "bjr je n'arrive plus à me connecter à l'appli des parents. identifiant {user} mdp {pw}. ça met {err}",
    "Le code de la porte d'entrée a changé ? J'ai tapé {pin} ce matin et rien. Je dépose {child} à {time}",
    "Pouvez-vous modifier mon numéro de GSM : {phone} (l'ancien {phone2} n'est plus actif). N° de dossier {cust}",
    "Pour la domiciliation, voici mon compte : {iban} au nom de {name}. Facture {invoice} de {amount}",
    "Ma mère viendra chercher {child} vendredi, elle s'appelle {name}, GSM {phone}. Le code du boîtier à clés c'est bien {pin} ?",
    "Nous déménageons le {date}, nouvelle adresse : {addr}. Mail : {email}",
    "Bonsoir, j'ai reçu un code par SMS ({otp}) pour valider l'inscription mais le site affiche {err}",
]
T[("fr", "child", "pub")] = [
    "{mention} toujours pas de place en crèche pour {year} ?? {tag}",
    "{mention} j'attends votre réponse depuis le {date}, dossier {cust} {tag}",
    "Merci aux puéricultrices de {brand} pour leur patience 💛 {tag}",
    "{mention} {amount} de plus sur la facture sans explication {tag}",
]
T[("fr", "child", "mail")] = [
    "Suite à notre entretien du {date}, voici les informations manquantes pour l'inscription :\n\nNom de l'enfant : {child}\nDate de naissance : {cdob}\n{@bsn} : {cbsn}\nAdresse : {addr}\nGSM maman : {phone}\nGSM papa : {phone2}\nIBAN : {iban}\n\nLe contrat signé ({order}) suit par courrier.",
    "Je conteste la facture n° {invoice} du {short_date} ({amount}). {child} était malade toute la semaine, certificat joint.\n\nMon numéro de dossier est {cust}. Vous pouvez me joindre au {phone}.",
    "Je n'ai plus accès au portail parents.\nLogin : {user}\nMot de passe : {pw}\nLe code reçu par e-mail ({otp}) est refusé.\n\nMerci de réinitialiser mon compte.",
    "Nous souhaitons réduire l'accueil à 3 jours à partir du {date}. Pouvez-vous envoyer l'avenant à {email} ? Numéro de contrat {cust}.",
]
T[("fr", "health", "dm")] = [
    "Bonjour, je voudrais un rendez-vous chez le Dr {lname}. Je suis née le {dob}, {@bsn} {bsn}. Mon GSM {phone}",
    "bonjour j'ai un rdv le {date} à {time} mais je ne peux pas venir. n° patient {cust}",
    "Impossible de me connecter au portail patient, code SMS {otp} refusé ({err}). Identifiant {user}",
    "La facture {invoice} de {amount} me semble erronée, j'ai payé sur place. Compte {iban}",
    "Mon père ({name}, né le {dob}) est hospitalisé depuis hier. Son numéro de registre national : {bsn}. On peut le joindre au {phone} ?",
    "Pouvez-vous envoyer les résultats de la prise de sang à {email} ? Date de naissance {dob}, n° de dossier {cust}",
    "nouvelle adresse : {addr}. merci de mettre à jour mon dossier patient {cust}",
    "Mon fils {child} ({cdob}) a rdv en pédiatrie, numéro de rendez-vous {ticket}. Je suis au {phone}",
]
T[("fr", "health", "pub")] = [
    "{mention} {qty} d'attente aux urgences ce soir {tag}",
    "{mention} votre site de prise de rendez-vous affiche {err} depuis ce matin {tag}",
    "{mention} rappelez-moi svp au {phone}, personne ne répond {tag}",
    "Un grand merci au personnel de {brand} 🙏 {tag}",
]
T[("fr", "health", "mail")] = [
    "Madame, Monsieur,\n\nJe souhaite m'inscrire comme patient au cabinet.\n\nNom : {name}\nDate de naissance : {dob}\nN° national : {bsn}\nAdresse : {addr}\nTéléphone : {phone}\nCourriel : {email}\nMutualité, n° d'affiliation : {cust}",
    "J'ai reçu une facture de {amount} (réf. {invoice}) pour une consultation du {date}. Ma mutuelle me dit qu'elle aurait dû être envoyée en tiers payant. Mon numéro d'affiliation est {cust}, date de naissance {dob}.",
    "Je n'arrive pas à activer mon accès au dossier en ligne.\nIdentifiant : {user}\nMot de passe provisoire : {pw}\nCode de vérification : {otp}\n\nJe reste joignable au {phone}.",
    "Je dois déplacer mon rendez-vous du {date} à {time} (réf. {ticket}). Merci de me recontacter au {phone} ou par mail à {email}.",
]
T[("fr", "water", "dm")] = [
    "Bonjour, index compteur {meter}, n° client {cust}, adresse {addr}",
    "plus d'eau depuis {time} rue de la Gare, c'est une coupure ? je suis au {phone}",
    "Je déménage le {date}. Nouvelle adresse {addr}. Index de sortie {meter}. Remboursement sur {iban} svp",
    "Pourquoi mon acompte passe à {amount} ? c'est {pct} de plus. n° client {cust}",
    "Fuite devant chez moi ({addr}), l'eau coule sur le trottoir. GSM {phone}",
    "Connexion à l'espace client impossible : e-mail {email}, mot de passe {pw}. Erreur {err}",
    "Le technicien passe le {date}. Le code du portail est {pin}, le compteur est au fond du garage",
    "Code EAN / n° de raccordement {cust}, index au {date} : {meter} m³",
]
T[("fr", "water", "pub")] = [
    "{mention} encore une coupure d'eau à {city} sans prévenir {tag}",
    "{mention} eau brune au robinet depuis ce matin {tag}",
    "{mention} facture de régularisation de {amount}, sérieux ? {tag}",
    "{mention} merci pour l'intervention rapide ce matin {tag}",
]
T[("fr", "water", "mail")] = [
    "Veuillez trouver ci-dessous mon relevé d'index.\n\nN° client : {cust}\nAdresse de consommation : {addr}\nIndex : {meter}\n\nCordialement.",
    "Je conteste la facture de régularisation n° {invoice} d'un montant de {amount}. Ma consommation habituelle est bien inférieure (index précédent {meter}).\n\nN° client {cust}. Merci de me rappeler au {phone}.",
    "Je souhaite payer par domiciliation à partir du {date}.\nIBAN : {iban}\nTitulaire : {name}\nN° client : {cust}",
    "Lors de la création de mon compte en ligne, le code de confirmation {otp} est refusé. Identifiant choisi : {user}.",
]
T[("fr", "post", "dm")] = [
    "Mon colis est dans le distributeur mais le code de retrait {otp} ne fonctionne pas. Suivi {track}",
    "le facteur a mis un avis de passage alors que j'étais là ! {addr}. Envoi {track}",
    "Pouvez-vous livrer chez le voisin au {addr} ? Je rentre à {time}. N° {track}",
    "Mot de passe My bpost réinitialisé ({pw}) mais toujours bloqué. Mail {email}",
    "Colis abîmé, {model} cassé. Envoi {track}, valeur {amount}. Remboursement sur {iban}",
    "Ma boîte aux lettres a un cadenas à code ({pin}), vous pouvez y déposer les petits colis. Adresse {addr}",
    "colis {track} bloqué 'en centre de tri' depuis {qty}. commande {order}",
    "Pour notre e-shop, la clé API {apikey} renvoie {err}. N° client {cust}",
]
T[("fr", "post", "pub")] = [
    "{mention} colis {track} introuvable depuis une semaine {tag}",
    "{mention} le distributeur de colis à {city} est encore en panne {tag}",
    "{mention} pourquoi mon colis est renvoyé à l'expéditeur ?? commande {order} {tag}",
    "Merci au facteur de {brand} pour sa gentillesse {tag}",
]
T[("fr", "post", "mail")] = [
    "Le {date}, mon colis (n° de suivi {track}) a été indiqué comme livré, mais je n'ai rien reçu à mon adresse : {addr}.\n\nIl s'agit d'une commande de {amount} (n° {order}). Merci de me contacter au {phone}.",
    "Notre clé API ({apikey}) a été exposée par erreur sur un dépôt public. Pouvez-vous la révoquer et en générer une nouvelle ? N° client {cust}. Request-ID : {reqid}.",
    "Je vous communique mon changement d'adresse.\nAncienne adresse : {addr}\nNouvelle adresse : {addr2}\nÀ partir du : {date}\nGSM : {phone}",
    "Suite à ma réclamation {ticket}, l'indemnité de {amount} peut être versée sur le compte {iban} au nom de {name}.",
]
T[("fr", "repair", "dm")] = [
    "Bonjour, mon {model} est chez vous depuis le {date} pour l'écran. Code de déverrouillage : {pin}. Bon de réparation {ticket}",
    "Le code PIN de ma carte SIM est {pin} et le PUK {puk}, au cas où",
    "pc portable ({model}) : session {user}, mot de passe {pw}. merci de ne pas effacer mes photos",
    "C'est prêt quand ? ticket {ticket}, j'ai versé un acompte de {amount}. Rappelez-moi au {phone}",
    "Depuis la réparation le wifi ne marche plus. Réseau {ssid}, clé {wifi}",
    "Identifiant Apple : {email}, mot de passe {pw}, code reçu {otp}",
    "Prise en main à distance : mon adresse IP {ip}, port {port}",
    "J'ai flashé le firmware (SHA-256 {checksum}), maintenant erreur {err} au démarrage. Version {ver}",
]
T[("fr", "repair", "pub")] = [
    "{mention} 3 semaines pour changer une batterie de {model}, ticket {ticket} {tag}",
    "{mention} écran changé pour {amount} et le tactile ne marche plus {tag}",
    "Service rapide chez {brand} à {city}, merci ! {tag}",
    "{mention} la mise à jour {ver} a planté mon téléphone {tag}",
]
T[("fr", "repair", "mail")] = [
    "Le {date}, j'ai déposé mon {model} pour un remplacement d'écran (bon n° {ticket}). Le technicien m'a demandé le code : {pin}.\n\nDepuis, j'ai reçu une alerte de connexion à mon compte depuis l'IP {ip}. J'ai changé mon mot de passe {pw} en {pw2}. Pouvez-vous vérifier ?",
    "J'accepte le devis de {amount} pour mon {model} (réf. pièce {prod}). Paiement par virement depuis {iban}.\n\nJe suis joignable au {phone}.",
    "Après réparation, la synchronisation échoue avec l'erreur {err} (request id {reqid}). Le jeton d'accès configuré est {token}.",
    "L'appareil ({model}, version {ver}) est encore sous garantie jusqu'au {date}. Adresse de renvoi : {addr}. N° client {cust}.",
]
T[("fr", "gen", "agent")] = [
    "Bonjour {fname}, j'ai bien retrouvé votre dossier {cust}. L'adresse enregistrée est {addr}, est-ce correct ? {agent}",
    "Merci pour votre message. Ne partagez jamais votre mot de passe par chat : vous avez envoyé {pw}, changez-le via {url}. {ini}",
    "Bonjour [[prénom]], votre demande porte le n° {ticket}. Nous vous rappelons au {phone} sous {qty}. Cordialement, {agent}",
    "J'ai bien modifié le compte de domiciliation : {iban}. Prochain prélèvement de {amount} vers le {short_date}. {ini}",
    "N'hésitez pas à nous appeler au {cphone} (du lundi au vendredi). Munissez-vous de votre n° client {cust}. {agent}",
    "Pour votre sécurité nous avons masqué votre numéro ({masked}). Merci de ne plus le publier. {ini}",
]
T[("fr", "child", "agent")] = [
    "Bonjour {fname}, le nouveau code de la porte est {pin} à partir du {date}. Merci de ne pas le diffuser. {agent}",
    "Bonjour, l'inscription de {child} (née le {cdob}, n° national {cbsn}) est confirmée, début le {date}. {ini}",
]
T[("fr", "health", "agent")] = [
    "Madame, nous avons mis à jour votre numéro {phone} dans le dossier {cust}. Bien à vous, {agent}",
    "Pour toute question médicale, contactez le secrétariat au {cphone}. Ne communiquez pas votre n° national ici. {ini}",
]
T[("fr", "water", "agent")] = [
    "Bonjour {fname}, l'index {meter} est encodé pour le n° client {cust}. Nouvel acompte : {amount}. {agent}",
    "Une coupure est en cours à {city} (incident {ticket}). Rétablissement prévu vers {time}. Infos : {url} {ini}",
]
T[("fr", "post", "agent")] = [
    "Bonjour {fname}, votre colis {track} est au distributeur. Nouveau code de retrait : {otp} (valable jusqu'au {date}). {agent}",
    "Je suis désolé. Une enquête est ouverte ({ticket}) pour l'envoi vers {addr}. Nous vous écrirons à {email}. {ini}",
]
T[("fr", "repair", "agent")] = [
    "Bonjour {fname}, votre {model} est prêt ! Bon {ticket}, total {amount}. Nous avons supprimé votre code {pin} de nos notes. {agent}",
    "Merci, test effectué avec le code {pin}, mise à jour {ver} installée. Retrait possible jusqu'à {time}. {ini}",
]
