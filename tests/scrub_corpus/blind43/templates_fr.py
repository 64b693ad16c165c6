"""Belgian French (fr-be) templates."""

T = {}

T[("fr-be", "chat")] = [
    "La carte {card} (exp. {exp}, CVC {cvv}) a été refusée pour l'acompte de {amount}. Je peux payer depuis {ibanf} ?",
    "Le colis avec le compteur ({prod}) n'est pas arrivé, n° de suivi {track}. Maison de {year}, adresse {saddr} à {city}",
    'Je rentre par le vol {flight} le {date}. Le technicien peut ouvrir avec le code {door}, alarme {pin}',
    'La mise à jour ne passe pas, somme de contrôle {hash}. Identifiant {user}, mdp {password}',
    "Bonjour, le chauffage ne fonctionne plus depuis {date}, code erreur {err}. Adresse : {addr}. Le technicien peut prendre la clé dans le boîtier à clé, code {door}",
    "Bjr, ma garantie locative de {amount} n'est toujours pas libérée. Mon compte : {iban} au nom de {name}",
    "Nouveau numéro de GSM : {phone}. Mon adresse mail c'est {email}. N° client {cust}",
    "compteur communicant installé le {date} mais il affiche rien. Code EAN {ean}, index jour {reading} nuit {reading@2}",
    "Mon numéro de registre national est {rrn}, né le {dob}. C'est pour la prime pompe à chaleur",
    "J'ai changé de box, le réseau c'est {ssid} et la clé wifi {wifi}. L'onduleur {brand} ne se reconnecte pas",
    "Impossible de me connecter. identifiant {user} mot de passe {password}. Erreur {err} à chaque fois 😡",
    "le code reçu par SMS c'est {otp} mais le site dit qu'il est expiré",
    "La batterie ({model}) reste bloquée à {pct}. IP locale {ip}, port {port}. Firmware {ver}",
    "Pour le sinistre : police n° {policy}, dossier {claim}. L'expert peut me joindre au {land} ou au {phone}",
    "Payé par carte {card} exp {exp} cryptogramme {cvv} et la commande {order} est toujours en attente",
    "c'est quoi le code de la porte du garage maintenant? toujours {door@old} ou {door@new}?",
    "Voilà mon code à lire à voix haute comme demandé : {otpw}",
    "La carte SIM du routeur de la pompe à chaleur est bloquée. Code PUK {puk}, le PIN c'était {pin}",
    "Token d'accès pour Home Assistant : {token} — c'est bien ça qu'il faut ?",
]

T[("fr-be", "public")] = [
    "{mention} 3 semaines sans chauffage et aucune réponse. Dossier {ticket} {tag}",
    "{mention} infiltration d'eau au {addr} depuis {date}, le propriétaire ne fait rien {tag}",
    "Merci {mention} pour l'intervention rapide, la pompe à chaleur tourne à nouveau {tag}",
    "{mention} facture de régularisation de {amount} pour {qty} ?? Appelez-moi : {phone} {tag}",
    "Le site {url} est en panne, erreur {err}. Comment encoder mon index {mention} ?",
]

T[("fr-be", "agent")] = [
    "Bonjour {first}, nous avons bien reçu votre demande (dossier {ticket}). Un technicien vous contactera au {phone}. Bien à vous, {agent}",
    "Bonjour, pourriez-vous nous transmettre votre numéro client et votre adresse en message privé ? Ne communiquez jamais votre mot de passe. ^{initials}",
    "Cher/Chère {{prenom}}, votre garantie locative de {amount} sera versée sur le compte {maskiban}. Pour toute question : {cphone}. Cordialement, {agent} - {landlord}",
    "Bonjour {first}, votre déménagement vers {addr} au {date} est enregistré. Index reçus : {reading} et {reading@2}. {agent}",
    "Votre nouvelle adresse e-mail {email} a été liée au numéro client {cust}. Bonne journée ! {agent}",
    "Bonjour {first}, la mise à jour {ver} de votre {model} est prévue le {date} à {time}. Cordialement, {agent} ({installer})",
]

T[("fr-be", "email")] = [
    "Je souhaite payer le loyer par carte : {card}, date d'expiration {exp}, code {cvv}. Contrat {contract}. Mon nouveau GSM : {phone} (l'ancien {maskphone} n'est plus valable).",
    "La maison date de {year}. Votre devis ({order}) mentionne l'article {prod}, en rupture. Suivi du colis : {track}. Client {cust}. Pour le monitoring : réseau {ssid}, clé {wifi}.",
    "Depuis le {date}, il y a une fuite dans la salle de bain de notre logement situé {addr}. J'ai déjà signalé le problème (n° {ticket}) mais personne n'est venu. Vous pouvez me joindre au {phone}. La clé est dans le boîtier à côté de la porte, code {door}.",
    "Veuillez trouver ci-dessous les données pour la demande de prime :\n\nNom : {name}\nN° registre national : {rrn}\nAdresse : {addr}\nCode EAN : {ean}\nIBAN : {iban}\n\nLa facture {invoice} de {installer} est en annexe.",
    "Suite à l'orage du {date}, notre toiture est endommagée. Numéro de police : {policy}. Le devis s'élève à {amount}. Merci de verser l'indemnité sur le compte {iban}. Mon e-mail : {email}, tél. {land}.",
    "Je n'arrive plus à me connecter à l'espace client. Mon identifiant est {user} et mon nouveau mot de passe {password}. Le code de vérification {otp} est refusé, message d'erreur {err}.",
    "Nous déménageons le {date} vers {addr@new}. Ancienne adresse : {addr@old}. Index de sortie : jour {reading}, nuit {reading@2}, gaz {reading@3}. Contrat {contract}.",
    "L'installateur m'a demandé de vous transmettre l'accès au monitoring : ID du site {site}, clé API {apikey}. L'onduleur a l'adresse IP {ip} sur notre réseau.",
]
