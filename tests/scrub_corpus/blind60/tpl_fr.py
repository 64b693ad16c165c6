"""Belgian French templates."""

T = {
    "chat": [
        [
            "Bonjour, je voudrais un plan de paiement pour le dossier {=ticket}. Je peux payer {=amount} par mois max. Mon numéro client est {cust}",
            "encore un rappel de {=amount} alors que je paie par domiciliation depuis le {=date} sur {iban} !!",
            "Est-ce possible d'étaler sur {=qty} ? Mon numéro de registre national : {nrn}",
            "j'ai perdu mon boulot et je peux pas payer. mon gsm {phone}, rappelez-moi svp entre {=time} et {=time:2}",
            "J'ai payé avec la communication structurée {=invoice} depuis le compte {iban}, pourquoi c'est toujours ouvert ?",
            "Mon assistante sociale du CPAS demande un relevé. Client n° {cust}, né le {dob}, domicile {address}",
        ],
        [
            "Je n'arrive pas à me connecter à l'espace client. identifiant {user} mdp {password}, erreur {=err}",
            "le code reçu par sms était {otp} mais il est refusé. mon adresse mail {email}",
            "J'ai changé mon mot de passe en {password} mais l'appli dit qu'il est incorrect. Version {=ver}",
            "login : {user}\nmot de passe : {password}\nquelqu'un peut vérifier svp",
        ],
        [
            "L'huissier est passé ce matin au {address} ! Je n'ai jamais reçu de courrier. Dossier {=ticket}",
            "Saisie sur salaire pour {=amount}. Mon numéro national est dessus : {nrn}. C'est normal ?",
            "L'huissier veut accéder au garage, le code du portail c'est {pin} mais je suis au travail",
            "J'ai reçu la signification mais le montant est faux : {=amount} au lieu de {=amount:2}. Appelez le {phone}",
        ],
        [
            "Ma facture d'énergie est de {=amount} alors que l'index était {=meter} le {=date}. Code EAN {cust}",
            "Compteur à budget placé sans prévenir. Adresse {address}, numéro client {cust}. Inadmissible",
            "Mon abonnement gsm est coupé pour impayé, j'ai besoin du code PUK. Le numéro : {phone}",
            "le puk dans l'appli c'est {puk} mais la sim reste bloquée. code pin {pin} marche plus",
            "Internet coupé, j'ai payé depuis. Modem {=model}, réseau {ssid}, clé wifi {wifi}",
            "Merci d'arrêter la domiciliation sur {iban}, contrat {cust} résilié depuis {=year}",
        ],
        [
            "Ce crédit n'est pas à moi, quelqu'un a utilisé ma carte d'identité. Registre national {nrn}, né le {dob}",
            "Je suis fiché à la Centrale des crédits pour un prêt déjà remboursé. Numéro de prêt {cust}",
            "Ma carte {card} a été débitée deux fois de {=amount}. Expire {exp}",
            "Je peux payer par carte ? {card} exp {exp} cryptogramme {cvv}",
        ],
        [
            "J'ai reçu ce sms, c'est vous ?\n{@sms}",
            "Voici la lettre reçue :\n\n{@letter}\n\nJe fais quoi ?",
        ],
        [
            "Notre logiciel de facturation utilise votre API de recouvrement. Clé API {apikey}, erreur {=err} depuis ce matin",
            "Le token de session de l'espace client : {token}, il expire tout de suite. Connecté depuis {ip}",
            "Quelqu'un s'est connecté à mon compte depuis l'IP {ip} à {=time}. Ce n'était pas moi ! Identifiant {user}",
            "clé d'accès {apikey} et secret {awssecret} sont encore dans l'ancien export, merci de les révoquer",
        ],
        [
            "Sim bloquée après coupure pour impayé. Code PUK selon la lettre : {puk}. Carte se terminant par {=masked}, commande {=order}, suivi {=track}",
            "Nouvelle sim en route, suivi {=track}, article {=sku}. Le PUK est sur la carte : {puk}, commande {=order}, vol {=flight}",
            "J'étais dans l'avion ({=flight}) quand la domiciliation a échoué. Carte {card}, CVC {cvv}, expire {exp}. Réf {=req}, article {=sku}",
            "Demande de paiement {=req} renvoie {=err}. Clé wifi {wifi}, code pin de l'appli {pin}",
        ],
    ],
    "public": [
        [
            "{=mention} toujours pas de réponse depuis {=qty} pour mon plan de paiement. Dossier {=ticket} {=hashtag}",
            "{=mention} un huissier pour {=amount} ?? sérieusement {=hashtag}",
            "{=mention} mon numéro client c'est {cust}, rappelez-moi au {phone}",
            "Pareil avec {brand}. Ils m'ont demandé mon IBAN {iban} en commentaire, n'importe quoi",
            "{=mention} ma mère reçoit des courriers au {address} pour quelqu'un d'autre {=hashtag}",
            "{=mention} {=mention:2} j'ai appelé 3 fois le {=cphone}, personne {=hashtag}",
        ],
        [
            "Ne donnez jamais votre code ! J'ai donné {otp} à 'la banque' et {=amount} ont disparu",
            "{=mention} paiement refusé avec la carte {=masked}, erreur {=err}",
            "{=mention} impossible de me connecter sur {=url} avec {user}",
            "{=mention} électricité coupée alors que j'ai un plan. EAN {cust}",
        ],
    ],
    "agent": [
        [
            "Bonjour {first}, désolés. Pouvez-vous nous envoyer votre numéro de dossier en message privé ? {ini}",
            "Bonjour {first}, je vois le dossier {=ticket} avec un solde de {=amount}. Un plan en {=qty} est possible. {ini}",
            "Bonjour {first}, la domiciliation sur {iban} est arrêtée pour le client {cust}. {ini}",
            "Bonjour {first}, ne partagez jamais votre mot de passe. Réinitialisez-le via {=url}. {ini}",
            "Bonjour {first}, nous n'avons pas besoin de votre numéro national ({nrn}), je l'ai supprimé. {ini}",
            "Bonjour {first}, nous vous rappelons demain au {phone}. Vous pouvez aussi nous joindre au {=cphone}. {ini}",
        ],
        [
            "Bonjour {first}, votre nouvelle adresse {address} est enregistrée. {ini}",
            "Bonjour {first}, le double débit sur la carte {=masked} sera remboursé sous {=qty}. {ini}",
            "Bonjour {first}, l'index {=meter} est encodé pour l'EAN {cust}. Nouvel acompte : {=amount}. {ini}",
            "Bonjour {first}, le code {otp} ne vient pas de nous. Nous ne demandons jamais de code. {ini}",
        ],
    ],
    "body": [
        [
            "Je conteste la créance du dossier {=ticket}. Le montant de {=amount} a été payé le {=date} depuis le compte {iban} avec la communication {=invoice}.",
            "Je vous propose un plan de paiement de {=amount} par mois. Mon numéro client est {cust} et mon numéro de registre national {nrn}.",
            "Depuis le {=date}, j'habite à une nouvelle adresse : {address}. Vous continuez pourtant à écrire à l'ancienne.",
            "Je suis en règlement collectif de dettes. Mon médiateur vous a déjà informés. Merci de passer par lui.",
            "Mes coordonnées :\nNom : {name}\nDate de naissance : {dob}\nN° national : {nrn}\nAdresse : {address}\nGSM : {phone}",
            "Vous avez prélevé {=amount} le {=date} sur {iban} sans mandat. J'exige le remboursement.",
        ],
        [
            "Je n'arrive plus à accéder au portail. Identifiant {user}, mot de passe {password}. Le code sms {otp} ne fonctionne pas.",
            "Je suis joignable au {phone} ou par mail à {email}.",
            "Quelqu'un a utilisé ma carte de crédit {card} (expiration {exp}) pour demander un prêt. La carte est bloquée.",
            "Internet est toujours coupé après paiement ; le modem {=model} affiche {=err}. Réseau {ssid}, clé {wifi}.",
        ],
    ],
    "abody": [
        [
            "Nous acceptons un plan de paiement de {=qty} de {=amount}. Le premier paiement sera prélevé le {=date} sur {iban}. Mentionnez toujours la communication {=invoice}.",
            "Votre contestation est enregistrée sous le dossier {=ticket}. Numéro client : {cust}. Le recouvrement est suspendu.",
            "Nous avons reçu le {=date} un paiement de {=amount} du compte {iban}. Le solde restant est de {=amount:2}.",
            "Vous pouvez vous connecter sur {=url} avec l'identifiant {user} et le mot de passe provisoire {password}.",
        ],
    ],
    "letter": [
        [
            "RAPPEL\nDossier : {=ticket}\nN° client : {cust}\nSolde dû : {=amount}\nMerci de payer sur {iban} avec la communication {=invoice}.",
            "Madame, Monsieur {last},\nMalgré notre rappel, la facture {=invoice} reste impayée. Sans paiement avant le {=date}, le dossier sera transmis à l'huissier.",
            "EXPLOIT DE SIGNIFICATION\nRequérant : {brand}\nCité : {name}, {address}\nN° registre national : {nrn}\nMontant : {=amount}",
            "Mise en demeure - EAN {cust} - arriéré {=amount} - adresse de fourniture {address}",
        ],
    ],
    "sms": [
        [
            "{brand} : votre code de vérification est {otp}. Ne le partagez jamais.",
            "Votre paiement de {=amount} a échoué. Payez via {=url} avant le {=date}.",
            "Code espace client : {otp}",
            "{brand} : plan {=ticket} activé, 1re mensualité {=amount} le {=date}.",
        ],
    ],
    "greet": [["Madame, Monsieur,", "Bonjour,", "Bonsoir,", "Chère Madame, cher Monsieur,"]],
    "agreet": [["Bonjour {first},", "Madame, Monsieur {last},", "Cher client,", "Bonjour Madame/Monsieur {last},"]],
    "close": [["Cordialement,\n{name}", "Bien à vous,\n{first}\nGSM : {phone}", "Salutations distinguées,\n\n{name}\n{address}", "Merci d'avance\n{first} {last}\n{email}"]],
    "asign": [["Cordialement,\n{afirst}\nService Recouvrement {brand}\nTél. {=cphone}\nN° entreprise {=kvk}",
               "Bien à vous,\n{afirst} - Service clientèle {brand} - {=cphone}",
               "Cordialement,\nL'équipe Paiements {brand}\nTVA {=kvk} | {=url}",
               "Bien cordialement,\n{afirst}\n{brand}"]],
    "qhdr": [["Le {=date} à {=time}, {name} <{email}> a écrit :", "Le {=date}, {brand} a écrit :", "De : {name} <{email}>\nEnvoyé : {=date}\nObjet : dossier {=ticket}", "{brand} a écrit le {=date} :"]],
    "fwd": [["---------- Message transféré ----------\nDe : {brand}\nDate : {=date}\nObjet : Rappel {=invoice}", "Début du message réexpédié :\nDe : {brand}\nObjet : Mise en demeure"]],
    "disc": [["Ce message est confidentiel et destiné uniquement à son destinataire.", "{brand} - numéro d'entreprise {=kvk} - Ce courriel n'engage pas la société."]],
    "subj": [["Objet : plan de paiement dossier {=ticket}", "Objet : contestation", "Objet : RE: rappel {=invoice}", "Objet : plainte huissier"]],
}
