"""Belgian French (fr-be) frames."""

PLAIN = [
    "t|Bonjour, plus d'internet depuis le {n.date} à {city}. Le modem {n.model} clignote rouge. C'est pour quand ?",
    "t|Franchement c'est la 3e coupure cette semaine, je télétravaille moi !!",
    "t|Je souhaiterais résilier mon abonnement {product} au {n.date}. Quelle est la procédure ?",
    "t|Ma facture {n.inv} est de {n.amount} alors que d'habitude je paie {n.amount}. Pourquoi ?",
    "t|Merci beaucoup au technicien passé ce matin vers {n.time}, tout fonctionne nickel 🙏",
    "t|Je déménage le {n.date}, est-ce que je peux garder ma box ? Je suis chez vous depuis {n.year}",
    "t|La décodeur affiche erreur {n.err} depuis la mise à jour {n.ver}",
    "e|Mon acompte passe de {n.amount} à {n.amount} (+{n.pct}), c'est normal ??",
    "e|Relevé de compteur du {n.date} : {n.meter}. Mais sur ma facture de régularisation vous avez mis autre chose",
    "e|Panne de courant dans toute la rue depuis {n.time}, vous avez des infos ?",
    "e|Bonjour, je ne comprends pas le tarif capacitaire sur ma facture {n.inv}. Pouvez-vous m'expliquer ?",
    "e|Super service, merci pour la réponse rapide de votre collègue hier !",
    "b|L'appli ne marche plus depuis ce matin, message d'erreur {n.err}. Je dois payer mon loyer aujourd'hui",
    "b|Je vois un débit de {n.amount} du {n.date} que je ne reconnais pas. Que faire ?",
    "b|Bonjour, quel est le taux actuel du {product} ? Sur le site c'est {n.pct}",
    "b|Comment commander une deuxième carte pour mon conjoint ?",
    "s|Ma commande {n.order} devait arriver le {n.date}, toujours rien. Vous pouvez vérifier ?",
    "s|Colis {n.track} bloqué au dépôt depuis 4 jours 😤",
    "s|J'ai reçu {n.qty} au lieu de 4. Commande {n.order}",
    "s|Le {product} est arrivé cassé, comment faire un retour ? Réf {n.prod}",
    "s|Toujours pas reçu le remboursement de {n.amount} pour mon retour du {n.date}",
    "s|Livraison ultra rapide, merci 👍",
    "*|Ça fait 45 minutes que j'attends au {n.cphone}, c'est inadmissible",
    "*|Mon dossier {n.ticket} n'a toujours pas de réponse. Quelqu'un peut regarder ?",
]

CRED = [
    "t|Mon téléphone demande le code PUK, j'ai retrouvé la carte : {puk}. Je le tape où ?",
    "t|J'ai oublié le code PIN de ma SIM, j'ai essayé {pin} et {pin} mais ça marche pas",
    "t|Le mot de passe wifi de la box c'est {wifi} mais mon imprimante ne se connecte pas à {ssid}",
    "t|Impossible de me connecter à Mon {brand}, identifiant {user}, mot de passe {pw}. Erreur {n.err}",
    "t|Je ne reçois pas le code SMS. Ah si voilà : {otp}. J'en fais quoi ?",
    "t|Le mdp admin du modem est {pw}, je voudrais ouvrir le port {n.port} pour ma console",
    "e|Le code de vérification {otp} ne fonctionne pas, je veux juste encoder mon index {n.meter}",
    "e|Mon identifiant c'est {user} et le mot de passe {pw}, l'espace client me dit compte bloqué",
    "b|J'ai donné le code reçu par SMS ({otp}) à quelqu'un qui disait être de chez vous... c'était une arnaque ?",
    "b|J'ai changé mon code PIN en {pin} mais au magasin il a été refusé. Carte {n.mask}",
    "b|Mon lecteur de carte affiche {otp} mais le site dit réponse invalide",
    "b|Pour l'API business j'utilise la clé {api}, depuis hier erreur {n.err} (request id {n.req})",
    "s|J'ai reçu le code de confirmation {otp} mais ma commande {n.order} est toujours en attente",
    "s|je narrive pas a me connecter mdp {pw} , login {user}",
    "*|Nouveau mot de passe : {pw}. Toujours impossible de me connecter",
    "*|mon code c'est {pin:spelled}",
]

PAY = [
    "b|On m'a volé ma carte {card} à {city}, bloquez-la svp !!",
    "b|Merci de virer le montant sur mon compte {iban}",
    "b|Pour le prêt on me demande mon numéro de registre national : {bsn}. Je l'envoie où ?",
    "e|Remboursement de {n.amount} sur le compte {iban} svp. Client n° {cust}",
    "e|Je veux passer à la domiciliation, mon IBAN : {iban}",
    "t|Paiement refusé avec ma carte {card}, expiration {exp}, cryptogramme {cvv}",
    "s|La commande {n.order} n'est pas passée. Carte {card} exp {exp}",
    "*|Numéro national {bsn}, date de naissance {dob}",
]

PII = [
    "t|Vous pouvez me rappeler au {phone} après {n.time} ?",
    "t|Nouvelle adresse à partir du {n.date} : {addr}",
    "e|Numéro client {cust}. Mon adresse mail a changé : {email}",
    "e|Je déménage au {addr}, index final {n.meter}",
    "b|Mon adresse : {addr}. Tél {phone}",
    "b|Une connexion depuis l'IP {ip} que je ne reconnais pas sur mon compte !",
    "s|Pouvez-vous livrer à {addr} plutôt ? Commande {n.order}",
    "s|mon mail c'est {email:obf}",
    "s|Client {cust}, je veux supprimer mon compte. Mail {email}",
    "*|mon gsm : {phone}",
    "*|Appelez-moi au {phone:spoken} svp",
]

ANSWER = ["*|{otp}", "*|{pin}", "*|c'est {cust}", "*|{iban}", "*|voilà : {otp}", "*|{dob}", "*|pardon c'est {otp#a} pas {otp~a}", "*|{email}"]

AGENT = [
    "t|Bonjour {first}, une panne est en cours à {city} (ticket {n.ticket}). Résolution prévue vers {n.time}. Bonne journée, {agent}",
    "t|Bonjour {first}, ne partagez jamais votre code PUK publiquement. Nouvelle SIM envoyée. {agent}",
    "e|Bonjour {first}, votre index de {n.meter} a bien été pris en compte. Nouvel acompte : {n.amount}. Cordialement, {agent}",
    "e|Bonjour {first}, j'ai bien modifié votre adresse mail en {email} pour le client {cust}. {agent}",
    "b|Bonjour {first}, votre carte {n.mask} est bloquée. Contactez le {n.cphone} en cas de doute. {agent}",
    "b|Bonjour {first}, merci de ne pas envoyer votre numéro national ici. J'ai supprimé votre message. {agent}",
    "s|Bonjour {first} ! Votre commande {n.order} est partie avec le suivi {n.track}. {agent}",
    "s|Bonjour, votre remboursement de {n.amount} sera versé sur {n.mask} sous {n.qty}. Cordialement, {agent}",
    "*|Bonjour {first}, envoyez-nous votre numéro client en message privé svp. {agent}",
]

PUBLIC = [
    "t|{n.mention} encore une coupure à {city} !! {n.hashtag}",
    "t|{n.mention} merci pour l'intervention rapide 👏",
    "e|{n.mention} acompte qui double, sérieusement ? {n.hashtag}",
    "e|{n.mention} panne de courant rue entière depuis {n.time}",
    "b|{n.mention} appli en panne erreur {n.err} 😡",
    "b|{n.mention} rappelez-moi au {phone} svp",
    "s|{n.mention} colis {n.track} perdu ?? {n.hashtag}",
    "s|{n.mention} commande {n.order} jamais reçue, ça suffit",
    "*|{n.mention} mon adresse mail : {email}, envoyez-moi les infos",
]

GREET = ["Bonjour,", "Madame, Monsieur,", "Bonjour {brand},", "Bonsoir,", "Chère équipe,"]
CLOSE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bàv,", "Salutations distinguées,"]
SIGN = ["{name}\n{addr:ml}\nGSM : {phone}", "{name}", "{first}\n\nEnvoyé de mon iPhone", "{name}\nN° client {cust}", "{name} - {phone}"]
QHEAD = ["Le {n.date} à {n.time}, Service clients {brand} a écrit :", "De : {brand} Service clients\nEnvoyé : {n.date}\nObjet : Votre demande {n.ticket}"]
EXTRA = [
    "J'ai déjà appelé deux fois mais on me transfère à chaque fois et la ligne coupe.",
    "Ce n'est pas la première fois que cela arrive et je commence sérieusement à perdre patience.",
    "Je m'occupe de ce dossier pour ma mère qui a 81 ans et n'utilise pas internet.",
    "Sans réponse de votre part dans les 8 jours, je m'adresserai au service de médiation.",
    "Vous trouverez en pièce jointe une copie du courrier reçu.",
]

PLAIN += [
    "t|Je pars demain sur le vol {n.flight}, le roaming est activé automatiquement ?",
    "t|Le fichier firmware {n.ver} pour la {n.model} a un checksum différent : {n.sum}",
]
AGENT += [
    "e|Bonjour {first},\n\nVotre facture {n.inv} a été corrigée, nouveau montant : {n.amount}.\n\nCordialement,\n{agent}\n{brand} SA - {n.kvk}",
]

CRED += [
    "t|La clé wifi {wifi} ne marche plus depuis le redémarrage",
    "b|Notre logiciel compta utilise ce jeton : {tok}. Erreur 401 depuis le {n.date}",
    "b|Connexion depuis l'adresse IP {ip} à {n.time}, ce n'était pas moi. Mon identifiant : {user}",
    "s|Clé API de la boutique : {api} → erreur {n.err} sur {n.url}",
]
PLAIN += [
    "s|Commandé {n.qty} de la réf {n.prod}, reçu un autre modèle",
    "e|Client depuis {n.year} et voilà comment on me traite",
    "t|J'ai changé de formule sur {n.url} mais la facture affiche toujours {n.amount}",
]
AGENT += [
    "t|Bonjour {first}, votre box est accessible via le port {n.port} désormais. {brand} SA - {n.kvk}. {agent}",
]
