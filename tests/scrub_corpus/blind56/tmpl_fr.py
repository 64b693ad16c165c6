"""Belgian French (fr-be) templates."""
G = {}
G[("pub", "payout")] = [
    "{mention} ça fait {qty} que j'attends mon versement de {amount}. Compte vendeur {cust} {tag}",
    "Toujours pas payée {mention}. Référence de paiement {payref}, statut {err}. C'est une blague?",
    "{mention} vous prenez {pct} de commission et vous payez en retard {tag}",
    "{mention} mon IBAN {iban} est correct, pourquoi le virement {payref} est refusé ?",
]
G[("pub", "buyer")] = [
    "{mention} commande {order} toujours pas livrée, suivi {track} bloqué depuis le {date} {tag}",
    "{mention} appelez-moi svp au {phone}, personne ne répond pour ma commande {order}",
    "Colis {track} marqué livré mais rien reçu {mention} {tag}",
    "Super vendeur sur {mention}, article {sku} reçu en {qty} {tag}",
]
G[("pub", "gig")] = [
    "{mention} l'appli livreur plante depuis la {ver}. ID coursier {cust}. Je perds des courses {tag}",
    "{mention} en tant qu'hôte j'attends toujours le paiement de la réservation {listing} {tag}",
    "{mention} erreur {err} à chaque connexion, ça devient pénible",
]
G[("cust", "payout")] = [
    "Bonjour, j'ai changé de compte bancaire, le nouveau est {iban} (l'ancien {iban#2} est clôturé). Mon ID vendeur: {cust}. Merci de mettre à jour.",
    "Le versement {payref} de {amount} n'est jamais arrivé sur mon compte {iban}. Numéro d'entreprise {kvk}.",
    "Bonsoir, pourquoi retenez-vous {pct} sur la facture {invoice}? J'ai vendu {qty}. N° TVA {vat}.",
    "bjr\npaiement bloqué avec {err}\ncompte partenaire {cust}\niban {iban}\nmerci de regarder vite svp",
    "Pour la fiche fiscale {year} vous demandez mon numéro de registre national: {bsn}. Date de naissance {dob}.",
]
G[("cust", "login")] = [
    "Je n'arrive plus à me connecter. Identifiant: {user}, mot de passe: {pw}. J'ai l'erreur {err}.",
    "Quelqu'un s'est connecté depuis l'IP {ip} à {time}, ce n'était pas moi. J'ai changé mon mdp en {pw}. Mon mail: {email}",
    "Le code reçu par SMS est {otp} mais il est refusé. Mon GSM: {phone}",
    "code de vérification: {otpw}\nça ne marche toujours pas",
    "Mes accès portail partenaire:\nlogin {user}\nmdp {pw}\npouvez-vous vérifier pourquoi je suis bloqué ?",
]
G[("cust", "apikey")] = [
    "Notre intégration boutique renvoie {err}. Clé API: {apikey}. Version du plugin {ver}, port {port}.",
    "Voici le token demandé: {token}. Request ID {reqid}. Les SKU comme {sku} ne se synchronisent plus. Checksum du fichier: {sum}",
    "J'ai publié ma clé secrète {apikey} par erreur sur un forum, pouvez-vous la révoquer ? ID boutique {cust}.",
]
G[("cust", "verify")] = [
    "Pour la vérification d'identité: né le {dob}, domicilié {addr}, registre national {bsn}.",
    "Mon numéro d'entreprise est {kvk} et la TVA {vat}. Pourquoi mon compte est encore 'en vérification' ?",
    "Voici mes coordonnées: {name}, {addr}, tél {phone}, e-mail {email}.",
]
G[("cust", "buyer")] = [
    "Commande {order}: je n'ai rien reçu alors que le suivi {track} indique livré le {date} à {time}. Mon adresse: {addr}. Payé avec {masked}.",
    "Je voudrais être remboursée sur mon compte {iban} pour le retour {ticket} (article {sku}).",
    "Ma carte est refusée: {card}, exp {exp}, cryptogramme {cvv}. Qu'est-ce qui ne va pas ?",
    "Mauvaise adresse sur la commande {order}, la bonne est {addr}. Mon numéro: {phone}.",
    "On m'a débité deux fois {amount} pour {order}, facture {invoice}. Client n° {cust}.",
]
G[("cust", "host")] = [
    "Bienvenue! La boîte à clés est à gauche de la porte, code {pin}. Wifi {ssid}, clé {wifi}. En cas de souci: {phone}.",
    "Mes hôtes arrivent avec le vol {flight} à {time}. Le code du portail est {pin}. Réservation {order}.",
    "Le versement pour la réservation {listing} ({amount}, {qty}) est en attente. ID hôte {cust}, IBAN {iban}.",
    "Nouveau code de la serrure {model}: {pin} (l'ancien était {pin#2}). Relevé du compteur: {meter}.",
    "Décompte final {listing}: compteur à l'arrivée {meter}, au départ {meter#2}. Caution {amount} à rembourser sur {iban}. Vol {flight}.",
    "Mes invités ont perdu le code, c'est {pin}. Le wifi c'est {wifi}. Tél {phone}.",
]
G[("cust", "rider")] = [
    "Mon téléphone a été volé pendant une course. Code PUK de la carte SIM: {puk}. ID livreur {cust}, nouveau numéro {phone}.",
    "J'ai fait {qty} cette semaine mais je n'ai reçu que {amount}. Mon compte: {iban}.",
    "Le cadenas du vélo de service est {pin}, je le laisse au hub de {city}. Plaque scooter {plate}.",
    "Ma carte SIM demande le PUK, c'est bien {puk} ? Je commence à {time}, ID livreur {cust}.",
]
G[("agent", "payout")] = [
    "Bonjour {fname}, merci pour votre message. Le versement {payref} de {amount} a été rejeté car le compte {iban} n'est pas à votre nom. Bien à vous, {agent}",
    "Bonjour, votre dossier porte le numéro {ticket}. Vous pouvez nous joindre au {cphone}. Cordialement, {agent}",
    "Bonjour {fname}, ne partagez jamais votre mot de passe, même avec nous. Le prochain paiement est prévu le {date}. {agent}",
    "Bonjour, nous avons bien enregistré le nouvel IBAN {iban} pour le compte {cust}. Le compte précédent se terminait par {masked}. {agent}",
]
G[("agent", "account")] = [
    "Bonjour {fname}, votre compte {user} a été temporairement bloqué suite à une connexion depuis {ip}. Réinitialisez votre mot de passe via {url}. {agent}",
    "Bonjour, nous avons renvoyé un lien à {email}. Ticket {ticket}. Bonne journée, {agent}",
    "Bonjour, votre colis {track} (commande {order}) a été déposé en point relais. Il y reste {qty}. Cordialement, {agent}",
    "Bonjour {fname}, votre clé API {apikey} a été révoquée. Créez-en une nouvelle sur {url}. {agent}",
]
