"""Belgian French templates (fr-be), some mixed with Dutch/English."""

BODIES = {
    "lease": [
        "Bonjour, je roule avec une {car} de {leasco} depuis le {date}. Numéro de contrat {leaseno}. Le compteur affiche {km}, puis-je adapter le kilométrage? Joignable au {phone}.",
        "Madame, Monsieur, mon contrat de leasing {leaseno} se termine le {date}. Merci de m'envoyer une offre pour un nouveau véhicule. Adresse: {address}. GSM {phone}.",
        "Vous avez prélevé {amount} sur mon compte {iban} au lieu de {amount}. N° client {custno}. Merci de rembourser svp",
        "Je souhaite changer la domiciliation vers mon nouveau compte {iban}. L'ancien compte ({masked}) peut être supprimé. Contrat {leaseno}, titulaire {first} {last}.",
        "Pour la demande de leasing (réf {order}) vous demandez une copie de ma carte d'identité. Mon numéro de registre national est {rrn}, né le {dob}. C'est bien nécessaire?",
        "Quand est-ce que ma voiture sera livrée?? Commande {order}, on m'avait dit le {date}. Contrat n° {leaseno}",
    ],
    "garage": [
        "Rendez-vous pour l'entretien le {date} à {time} chez {garage}. Plaque {plate}. Vous pouvez me rappeler au {phone}.",
        "Le garagiste a lu le code défaut {err}, devis de {amount} pour remplacer la vanne EGR. C'est couvert par mon leasing {leaseno}?",
        "Je dépose la voiture ce soir après la fermeture. Le code de la boîte à clés c'est bien {pin}? Merci de confirmer avant {time}.",
        "La facture {invoice} de {dealer} est erronée: {qty} montés mais facturé plus. Payé avec la carte {masked}. Adresse de facturation correcte: {address}",
        "Après changement de batterie l'autoradio demande un code. Sur la carte il y a {pin4}, ça ne marche pas. Réf pièce {product}.",
        "Pouvez-vous venir chercher la voiture pour l'entretien? {address}. La clé est dans le boîtier, code {pin}. Je pars à {time}.",
    ],
    "roadside": [
        "EN PANNE sur la E411 direction Namur, borne 62. Voiture {plate} ne démarre plus. N° de membre {memberno}, mon gsm {phone}. Appel fait à {time}",
        "Pneu crevé sur le parking du Delhaize. Affiliation {roadside} {memberno}. Quand arrive le dépanneur? Rappelez-moi au {phone}, batterie à {pct}",
        "Le dépanneur est passé (dossier {ticket}) mais la voiture a été remorquée chez {garage}. Frais de remorquage {amount}, remboursés?",
        "ma voiture a été enlevée hier après la panne, elle est où?? dossier {ticket}. Je suis {first} {last}, {address}",
        "Batterie à plat dans le parking -2. Mon numéro d'assistance via le leasing: {leaseno}. Tél {phone} ou {phone}",
    ],
    "fleet": [
        "Chers collaborateurs,\n\nÀ partir du {date} nous passons à de nouvelles cartes carburant. {first}, ta carte {fuelcard} avec le code PIN {pin4} est active. Merci de détruire l'ancienne carte ({masked}).\n\nCordialement,\n{first#2} {last#2}\nFleet manager",
        "Bonjour {first},\n\nTa voiture de société ({car}, plaque {plate}) sera prête le {date}. Accès au portail conducteur: identifiant {username}, mot de passe provisoire {password}. Badge de recharge: {chargecard}.\n\n{first#2}",
        "À tous les chauffeurs: encodez vos kilométrages avant le {date}. {first}, ton mot de passe ({password}) était visible dans le groupe WhatsApp, change-le immédiatement stp.",
        "Collègues, la camionnette {plate} a un coffre à clés à l'arrière. Code {pin}. Carte essence dans la boîte à gants, code {pin4}. Ne pas partager!",
        "{first}, ton amende de {amount} (excès de vitesse, {date} à {time}) a été refacturée. Merci de payer sur {iban} avec la communication {invoice}, sinon retenue sur salaire.",
    ],
    "charging": [
        "Ma carte de recharge {chargecard} ne fonctionne plus depuis le {date}, la borne affiche {err}. Appli version {version}. Je suis à {pct}, aidez-moi!",
        "La session de recharge du {date} a été facturée deux fois ({amount} + {amount}). Carte {chargecard}, n° client {custno}. Remboursement sur {iban} svp.",
        "Ma borne à domicile ({model}) n'est pas remboursée. Code EAN {ean}, index compteur {kwh}. Employeur: {leasco}, n° d'entreprise {ondnr}.",
        "Impossible de me connecter à {chargeapp}. Identifiant {username}, le code SMS {otp} est refusé. Carte liée se termine par {masked}.",
        "La wallbox n'est plus connectée. Adresse IP {ip}, port {port}, firmware {version}. Réseau {ssid}, clé wifi {wifi}. Vous pouvez regarder à distance?",
    ],
    "tolls_parking": [
        "J'ai reçu une redevance de stationnement de {amount} alors que {parkapp} tournait. Compte {email}, plaque {plate}, {date} {time}. Payé avec {card} exp {expiry}.",
        "Mon badge télépéage {tollno} n'a pas marché en France, j'ai dû payer {amount}. Voiture de location rendue à Zaventem, vol {flight}.",
        "Le code de confirmation {otp} a expiré. Mon numéro {phone}. Pouvez-vous m'en renvoyer un?",
        "Carte riverain: demande {reqid}. Adresse {address}, plaque {plate}, date de naissance {dob}.",
    ],
    "insurance": [
        "Déclaration de sinistre: accrochage le {date} à {time} devant chez moi ({address}). Partie adverse {first} {last}, tél {phone}, assurée chez {insurer}. Ma police {policyno}.",
        "Constat amiable rempli, n° de sinistre {claim}. Réparation chez {garage}: {amount}. Indemnité sur {iban} au nom de {first} {last} svp.",
        "L'expert passe le {date}. Photos envoyées à {email}. Police {policyno}, dossier {claim}. La franchise c'est {amount}?",
        "Certificat d'immatriculation perdu après un vol. Numéro national {rrn}, né(e) le {dob}, adresse {address}. Que dois-je faire?",
        "Bris de vitre sur l'autoroute. Police n° {policyno}, ils peuvent passer à {address}? je suis là après {time}",
    ],
    "connected": [
        "L'application {carapp} dit 'véhicule non associé'. Code de vérification {otp} reçu par SMS mais refusé. Compte {email}. Version {version}, erreur {err}.",
        "La clé digitale ne marche plus. Mon code PIN pour l'appli est {pin}, j'en suis sûr. Plaque {plate}.",
        "Je voudrais transférer la voiture à mon mari dans l'appli. Login {email} mdp {password}. Nouveau compte: {email}",
        "Après la mise à jour {version}, la voiture demande le code de sécurité. C'est {pin4}? N° client {custno}.",
        "Pour l'intégration fleet: l'API renvoie 403 avec la clé {apikey} depuis le serveur {ip}. Request id {reqid}.",
    ],
    "account": [
        "je n'arrive plus à me connecter chez {leasco}. identifiant {username}, mot de passe {password}. le code 2FA n'arrive pas sur {phone}",
        "Mot de passe oublié, le lien {url} ne marche pas. Mon adresse e-mail: {email}, numéro client {custno}.",
        "Code reçu par mail: {otpw}. Refusé. Le deuxième code {otp} aussi. Help!",
        "Nouveau mot de passe: {password} (l'ancien était {password}). Toujours 'combinaison incorrecte'. Login: {username}",
    ],
    "mixed": [
        "Bonjour/Goeiedag, mijn tankkaart ne fonctionne plus. Kaartnummer {fuelcard}, code {pin4}. Ik ben {first}, gsm {phone}. Merci/bedankt!",
        "hello, je suis bloqué: account locked after 3 tries. Username {username}, nouveau password {password}. Ticket {ticket}",
    ],
}

PUBLIC = [
    "{mention} ça fait {dur} que j'attends le dépanneur sur la E40 avec les enfants. Dossier {ticket}. Inadmissible {hashtag}",
    "Encore une borne en panne {err} {mention} franchement {hashtag}",
    "{mention} rappelez-moi au {phone}, impossible de passer votre menu vocal. Contrat {leaseno}",
    "{mention} {amount} pour une griffe qui était là à la livraison?? Dossier {claim} {hashtag}",
    "Merci {garage} pour le service rapide! {hashtag}",
    "{mention} la mise à jour {version} a cassé la clé digitale. Bloquée devant la voiture à {time}. {url}",
]

AGENT = [
    "Bonjour {first}, désolé pour le souci. Une nouvelle carte de recharge a été envoyée à {address}. L'ancienne carte {chargecard} est bloquée. Bien à vous, {agent} {agent_init}",
    "Bonjour {first}, merci pour votre message. Envoyez-nous votre numéro client en privé. Ne partagez jamais votre mot de passe ou code PIN. Tél: {cphone}. {agent_init}",
    "Bonjour {first}, votre sinistre est enregistré sous le numéro {claim}. L'expert vous contactera au {phone}. Questions? {cphone}. {agent}",
    "{first}, un mot de passe provisoire a été créé: {password}. Identifiant {username}, sur {url}. Changez-le tout de suite. Cordialement, {agent}",
    "Bonjour {first}, le dépanneur arrive vers {time}. Votre numéro de dossier est {ticket}. Nous vous appellerons au {phone}. {agent}",
    "Bonjour {first}, votre compte {iban} a bien été enregistré. Prochaine mensualité de {amount} le {date}. Contrat {leaseno}. {agent_init}",
]

GREETINGS = ["Bonjour,", "Madame, Monsieur,", "Bonjour {agent},", "Chère équipe {leasco},", "Bonsoir,", "Hello,"]
CLOSINGS = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv,", "Bonne journée,"]
SIGNATURES = [
    "{first} {last}\n{address}\nGSM {phone}",
    "{first} {last}\nResponsable flotte | Ateliers Renard SRL\nTél {phone}\nTVA {btw}",
    "{first}\n\nEnvoyé de mon iPhone",
    "{first} {last}\n{phone} - {email}",
    "{first} {last} | Ateliers Renard\nT {cphone} | M {phone}\n{url}",
    "--\n{first} {last}\nN° client: {custno}",
]
DISCLAIMERS = [
    "Ce message est confidentiel et destiné uniquement à son destinataire. N° d'entreprise {ondnr}.",
    "Pensez à l'environnement avant d'imprimer cet e-mail.",
    "Ce courriel et ses annexes sont strictement confidentiels. RPM Liège - BCE {ondnr}.",
    "Ce message a été vérifié par un antivirus.",
]
QUOTE_INTROS = ["Le {date} à {time}, {agent} de {leasco} a écrit :", "Le {date}, {first} {last} <{email}> a écrit :",
                "-----Message d'origine-----\nDe : {first} {last} <{email}>\nEnvoyé : {date} {time}\nÀ : {agent}\nObjet : RE: dossier {ticket}",
                "Le {date} à {time}, Service Clients {leasco} a écrit :"]
FORWARDS = ["---------- Forwarded message ---------\nDe : {first} {last} <{email}>\nDate : {date}\nObjet : carte carburant et code\nÀ : <{email}>",
            "Début du message réexpédié :\n\nDe: {first} {last} <{email}>\nDate: {date} {time}\nObjet: TR: constat"]
QUOTE_BODIES = [
    "Bonjour {first}, pouvez-vous nous communiquer votre numéro client et la plaque? Référence {ticket}.",
    "Bonjour {first}, votre demande est en cours. Réponse sous {dur}. Votre numéro client est {custno}.",
    "Bonjour {first}, nous avons reçu votre IBAN {iban}. Le remboursement de {amount} suit.",
    "Bonjour {first}, le code du coffre à clés est {pin}. Clé dans le casier 3.",
]

BODIES["extras"] = [
    "Téléphone bloqué après 3 mauvais codes PIN, du coup la clé digitale ne marche plus. Le PUK de mon abonnement c'est {puk}? Ancien PIN {pin4}. Numéro {phone}.",
    "Mon GSM de service demande le code PUK. Sur le support de la carte SIM: PUK {puk}, PIN {pin4}. N° d'abonné {custno}",
    "Caution de la voiture de location refusée. Carte {card}, expire fin {expiry}, cryptogramme {cvv}. Retrait après le vol {flight} le {date}.",
    "Je veux payer les dégâts moi-même. carte {card} exp {expiry} code de sécurité {cvv}. facture {invoice}, montant {amount}.",
    "Pour l'intégration avec notre outil fleet: clé API {apikey}, token {token}. Le checksum du firmware ({checksum}) ne correspond pas.",
    "L'export des trajets plante. Authorization: Bearer {token} ; endpoint {url}, requête {reqid}. sha256 du fichier: {checksum}",
    "Double de clé commandé ({product}), envoyé avec {tracking}. Code du casier de retrait chez le concessionnaire: {pin}.",
    "Ma carte carburant {fuelcard} a été clonée je pense, {amount} de transactions en France. Valable jusqu'au {expiry}. Nouvelle carte envoyée via {tracking}? Code PIN à {address} svp.",
    "Borne {model}, firmware {version}. Interface web: utilisateur {username}, mot de passe {password}. Accessible sur {ip}:{port}",
    "Voiture de location réservée à l'arrivée du vol {flight} à {time}. Payée avec {card} ({expiry}). Date de naissance du conducteur {dob}.",
]

BODIES["account"] += [
    "Le portail concessionnaire de {garage} a été piraté je crois: tentatives de connexion depuis {ip}. Utilisateur {username}, mot de passe changé en {password}. L'ancienne clé API {apikey} doit être révoquée.",
    "Pour la télématique on a reçu la clé {apikey} mais elle renvoie 403 depuis {ip} (et aussi depuis {ip}). Faut-il un nouveau mot de passe pour le compte {username}? Actuellement {password}",
]
BODIES["fleet"] += [
    "Chauffeur parti, merci de révoquer: access key {awsid}, secret {awssecret} et son token personnel {token}. Il se connectait depuis {ip}.",
]

FILLER_LINES = [
    "J'ai besoin de la voiture tous les jours pour le travail, merci de me répondre rapidement.",
    "J'ai déjà appelé deux fois mais on me transfère à chaque fois et puis la ligne coupe.",
    "Franchement ça commence à bien faire, c'est la troisième fois cette année qu'il y a un souci.",
    "Mon employeur demande aussi une confirmation écrite, pouvez-vous la joindre?",
    "Désolé pour ce long mail mais je voudrais régler ça en une fois.",
    "Vous trouverez en pièce jointe les photos et le scan du formulaire (normalement).",
]
