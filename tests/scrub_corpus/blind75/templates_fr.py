# Belgian French templates (fr-be).
GROUPS = {
    "login": [
        "Je n'arrive pas à me connecter à {login}. Identifiant {username}, mot de passe {password}. Erreur {errcode} à chaque fois.",
        "bjr, mon login c {username} et mdp {password}, ça marche plus depuis la mise à jour {version}",
        "J'ai changé mon mot de passe ({password:old} -> {password:new}) mais le portail de la {org} refuse le nouveau. Nom d'utilisateur : {username}",
        "Identifiant : {username}\nMot de passe : {password}\nMerci de vérifier svp, c'est urgent pour ma déclaration",
        "Impossible d'accéder à mon compte, user {username} pass {password}. J'ai déjà essayé {quantity}.",
        "le site me dit 'combinaison incorrecte' avec {username} / {password} sur mon {model}. Help!",
    ],
    "otp": [
        "J'ai reçu un SMS « Votre code {login} : {otp} » alors que je n'ai rien demandé ?? #itsme",
        "Le code de vérification {otp} a expiré avant que je puisse le taper à {time}",
        "Quelqu'un m'a appelé soi-disant de la {org} et j'ai lu le code à voix haute : {otpw}. C'est une arnaque ?",
        "Mon code de confirmation est {otp}, vous pouvez finaliser ma demande ?",
        "code unique: {otp} puis un deuxième {otp:b}, aucun ne fonctionne",
        "Code d'activation reçu par mail : {otp} (à {time}). L'appli affiche toujours {errcode}",
    ],
    "tax": [
        "Mon remboursement d'impôts de {amount} n'est toujours pas versé. Numéro national {bsn}, compte {iban}.",
        "Merci de verser le remboursement sur {iban}. Mon {idcue} est le {bsn}. Déclaration envoyée le {date}.",
        "J'ai reçu un avertissement-extrait de rôle {ticket} de {amount}. NN {bsn}. C'est correct ?",
        "{idcue} : {bsn}\nIBAN : {iban}\nTitulaire : {name}\nMerci d'avance",
        "Sur MyMinfin le compte indiqué est {masked}, il faut mettre {iban}. Registre national {bsn}",
        "Je paie en plusieurs fois ({amount}/mois), domiciliation sur {iban}. Dossier {ticket}",
    ],
    "benefit": [
        "J'ai déménagé au {address}, dois-je le signaler pour mes allocations familiales ? NISS {bsn}",
        "Les allocations doivent désormais être versées sur {iban}. Date de naissance {dob}, n° dossier {custno}",
        "Pourquoi mon allocation est-elle suspendue depuis le {date} ? J'habite toujours {address}. Née le {dob}",
        "CPAS : mon numéro de dossier est {custno}, registre national {bsn}, tél {phone}",
        "Tarif social énergie : code EAN {ean}, NN {bsn}. C'est automatique ?",
        "Prime énergie demandée, EAN {ean}, n° client {custno}. Toujours rien depuis le {date}.",
        "Je n'ai pas reçu mes allocations de chômage ({amount}). Compte {iban}, dossier {custno}. Rappelez-moi au {phone}",
    ],
    "parking": [
        "J'ai demandé une carte riverain pour {plate}, n° client {custno}. Payé par carte {card}, toujours en attente.",
        "Redevance de stationnement {ticket} alors que j'ai une carte riverain ! N° client {custno}.",
        "Paiement refusé : carte {card}, exp {expiry}, CVV {cvv}, montant {amount}",
        "Ma carte de stationnement a expiré le {date}. Client {custno}, adresse {address}. Comment la renouveler ?",
        "numéro carte {card}\ndate d'expiration {expiry}\ncode de sécurité {cvv}\nl'appli plante ({version}) pouvez-vous encaisser manuellement ?",
        'Renouvellement carte riverain impossible. Visa {card} exp. {expiry} CVC {cvv}, n° client {custno}.',
        "Carte refusée dans l'appli de stationnement : {card}, expire {expiry}, cryptogramme {cvv}. Plaque {plate}",
        'Ma Bancontact {card} (exp {expiry}) a été débitée deux fois pour la redevance {ticket}.',
    ],
    "waste": [
        "Les sacs PMC n'ont pas été ramassés {address}. Signalement {ticket}. Vous passez quand ?",
        "Collecte des encombrants prévue le {date} au {address}, tél {phone}. Personne n'est venu !",
        "Conteneur cassé, besoin d'un nouveau. Adresse : {address}. Joignable au {phone} après {time}",
        "Ma carte d'accès au parc à conteneurs ({custno}) est perdue. J'habite {address}. Coût {amount} ?",
        "Le calendrier des collectes dans l'appli ({version}) dit {date} mais rien. {address}",
    ],
    "passport": [
        "Rendez-vous pour un passeport le {date} à {time}. {name}, né le {dob}, NN {bsn}. Que dois-je apporter ?",
        "Carte d'identité volée. Née le {dob}, domiciliée {address}. Je pars le {date} avec le vol {flight} !!",
        "Le code PIN de ma nouvelle eID {pin} ne fonctionne pas dans le lecteur. Registre national {bsn}",
        "Nouveau PIN eID choisi : {pin:new} (l'ancien était {pin:old}). Le lecteur bloque avec {errcode}",
        "Mon permis est prêt mais je ne peux venir qu'après {time}. Mon mari peut le récupérer ? Tél {phone}, mail {email}",
    ],
    "housing": [
        "Fuite d'eau dans la salle de bain ! Adresse {address}, bail n° {custno}. Boîte à clés à l'entrée, code {pin}.",
        "Le technicien peut entrer avec la boîte à clés, code {pin}. Je suis au travail, appelez le {phone}",
        "L'augmentation de loyer de {pct} ne correspond pas à mon contrat {custno}. Le loyer est prélevé sur {iban}.",
        "Chauffage en panne depuis le {date} au {address}. N° locataire {custno}. GSM {phone}",
        "Inscrit depuis {quantity} pour un logement social, n° candidat {custno}, e-mail {email}. Des nouvelles ?",
        "Le code de la porte du garage vélo est maintenant {pin} mais mon voisin au {address} ne le connaît pas.",
    ],
    "tech": [
        "Wifi de la bibliothèque : réseau {ssid}, clé {wifi_key}. Ça ne marche pas sur mon {model} ({errcode})",
        "Pour l'API open data de la {org}, ma clé API {api_key} renvoie {errcode}. Request id {reqid}",
        "Mon compte est bloqué, soi-disant connexion depuis l'IP {ip}. Ce n'est pas moi !",
        "Le jeton d'accès {token} est refusé (401). Client version {version}, port {port}.",
        "Box réinitialisée : mot de passe admin {password}, clé WPA {wifi_key}, SSID {ssid}",
        "Empreinte sha256 du fichier {checksum} différente du site. Token du portail : {token}",
        'Clé API pour le calendrier des collectes : {api_key} – ne marche plus depuis le {date}, erreur {errcode}',
        'Wifi invité de la maison communale {ssid}, clé {wifi_key}, bloqué : IP {ip} refusée.',
    ],
    "contact": [
        "Merci de changer mon adresse e-mail en {email}. N° client {custno}, ancien numéro {phone}.",
        "Mon nouveau numéro de GSM est le {phone}. {name}, {address}",
        "Pouvez-vous me rappeler au {phone} (de préférence après {time}) ? Concernant {ticket}",
        "Écrivez-moi sur {email} ou {email:b}",
        "adresse : {address}\ntél : {phone}\nmail : {email}\ndate de naissance : {dob}",
    ],
    "puk": [
        "Téléphone bloqué après un mauvais code, il demande le PUK. Sur la carte SIM : {puk}. itsme ne marche plus.",
        "PUK {puk} introduit, nouveau code PIN {pin}. Je reçois à nouveau les SMS de {login} ?",
        "Mon GSM demande le code PUK après {quantity}. Code : {puk}. Appareil {model}",
    ],
    "none": [
        "Ça fait {quantity} que j'attends au {cphone}. Inadmissible ! {hashtag}",
        "Où trouver le {product} ? Sur {url} il n'y est plus.",
        "Merci pour l'aide rapide concernant le dossier {ticket} !",
        "Pourquoi une carte d'identité coûte {amount} maintenant ? En {year} c'était moins cher.",
        "Ma facture {invoice} de {amount} applique une TVA de {pct}, ce n'est pas normal.",
        "Le courrier avec ma carte devait arriver avec le suivi {tracking}. Commande {order}",
        "Relevé du compteur : {meter} le {date}. L'acompte de {amount} est toujours correct ?",
        "Voir {url}, ce n'est pas ce que l'agent m'a dit. {hashtag}",
        "Erreur {errcode} dans l'appli {version} sur {model}. Demande {reqid}",
        "Facture {invoice} : {amount}, index compteur {meter}. J'appelle le {cphone} ?",
        'Commande {order} pour le {product} toujours pas reçue après {quantity}.',
    ],
}

AGENT = [
    "Bonjour {first}, ne partagez jamais votre mot de passe sur les réseaux sociaux. Modifiez-le via {url} ou appelez le {cphone}. ^{ag}",
    "Merci {first}. Nous avons noté votre nouveau compte {iban} dans le dossier {ticket}. Le paiement suivra sous {quantity}. Cordialement, {agent}",
    "Bonjour {first}, votre signalement {ticket} pour le {address} est enregistré. Passage prévu le {date} entre {time} et {time:b}. {agent}",
    "Madame, Monsieur {last}, votre rendez-vous est fixé au {date} à {time}. Nous vous appellerons au {phone} en cas de changement. Cordialement, {agent} | {org}",
    "Bonjour ! Le code {otp} est strictement personnel, ne le communiquez à personne, même pas à nous. ^{ag}",
    "Merci pour votre message. Votre numéro national se termine bien par {masked} ? Envoyez-nous un MP. {agent}",
    "Bonjour {first}, l'adresse e-mail {email} est maintenant liée au n° client {custno}. Bonne journée ! ^{ag}",
]
SMS = [
    "Votre code itsme : {otp}",
    "{otp} est votre code de vérification {org}. Ne le partagez pas.",
    "Code : {otp} - valable jusqu'à {time}",
    "MyMinfin : code de connexion {otp}",
]
GREET = ["Madame, Monsieur,", "Bonjour,", "Bonjour {org},", "Chère Madame, cher Monsieur,", "Bonsoir,", "Salut,"]
SIGNOFF = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv,", "Bien cordialement,"]
CSIG = [
    "{name}\n{address}\nTél : {phone}",
    "{name}\n{phone}",
    "{first}\n\nEnvoyé de mon {model}",
    "{name}\nE : {email} | GSM : {phone}",
    "{name}",
    "{first} {last}\n{address}",
]
QUOTE = [
    "Le {date} à {time}, {org} a écrit :",
    "De : {org}\nEnvoyé : {date} {time}\nObjet : Votre demande {ticket}",
    "-----Message d'origine-----\nDe : Service clients {org}\nDate : {date}",
    "Le {date}, {org} <service> a écrit :",
]
QUOTED_BODY = [
    "Madame, Monsieur,\n\nNous traitons votre demande sous le numéro {ticket}. Vous pouvez nous joindre au {cphone}.\n\nCordialement,\n{agent}\n{org}",
    "Bonjour {first},\n\nPourriez-vous nous communiquer votre numéro client et votre date de naissance ? Ou appelez le {cphone}.\n\n{agent}",
    "Bonjour,\n\nVotre demande du {date} a été reçue. Délai : {quantity}.\n\n{org} | {cphone} | {url}",
    "Bonjour {name},\n\nNous avons enregistré votre nouveau compte {iban}.\n\nBien à vous,\n{agent}, {org}\n{cphone}",
]
FWD = [
    "---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}\nObjet : TR: demande",
    "Début du message réexpédié :\n\nDe : {name} <{email}>\nObjet : Re: {ticket}",
]
DISC = [
    "Ce message est destiné exclusivement à son destinataire. Si vous l'avez reçu par erreur, merci de le supprimer.",
    "Avertissement : ce courriel n'engage pas l'administration. {creg}",
    "Pensez à l'environnement avant d'imprimer ce mail.",
    "Ce courriel et ses annexes sont confidentiels. {creg}",
]
AGSIG = [
    "Cordialement,\n{agent}\nService clientèle {org}\nT {cphone} | {url}\n{creg}",
    "Bien à vous,\n{agent} | {org}",
    "^{ag}",
    "Salutations,\n{agent}\n{org} – joignable en semaine au {cphone}",
]
QTY = ["2 semaines", "3 fois", "trois semaines", "5 jours ouvrables", "10 minutes", "4 ans", "2 sacs", "3 mois"]
FILL = [
    "J'espère vraiment que vous pourrez m'aider, cela fait des semaines que je tourne en rond avec ce dossier.",
    "Par téléphone je n'arrive jamais à joindre quelqu'un, c'est pourquoi je vous écris.",
    "J'ai déjà rempli le formulaire en ligne deux fois sans recevoir de confirmation.",
    "Ma voisine a eu le même problème et il a fallu un mois pour qu'elle soit aidée.",
    "Désolé pour ce long message mais je préfère que tout soit clair d'un coup.",
    "Je travaille en journée, une réponse par mail m'arrangerait.",
    "Le courrier reçu n'était pas clair du tout et le chatbot du site ne comprend rien.",
    "Merci de me répondre dans les délais légaux, sinon j'introduirai une plainte.",
]
