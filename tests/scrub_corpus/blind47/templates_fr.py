"""Belgian French templates (with NL/EN code-switching)."""

G = {}

G["paste"] = [
    "{mention} je vous suis pas donc pas de MP possible 🙄 voilà: {phone}, n° client {cust}",
    "ok je mets ici alors, mon gsm {phone} et mail {email} svp rappelez moi",
    "MP envoyé mais bon: {name}, {addr}, commande {order} jamais reçue",
    "vous demandez un MP mais ça marche pas. IBAN {iban} pour le remboursement stp",
    "voici mes coordonnées: tél {phone} / {email} mdr on dirait un formulaire",
    "numéro de client {cust}, numéro EAN {ean}, ça suffit?",
    "pas envie d'attendre le MP: {addr}, joignable au {phone} après {time}",
    "mon numéro c'est le {phone} 📱 merci d'avance",
    "jvous ai écrit en privé 3 fois!! {email} / client {cust} #{brand}",
    "Ok dm gedaan maar au cas où: {phone} (je parle aussi nl)",
    "voilà mon registre national {rrn}, c'est ce que la dame au tel m'a demandé",
    "nom {name}\nné le {dob}\nadresse {addr}\ngsm {phone}",
]

G["secret"] = [
    "mdp {pw} et ça marche toujours pas 😡",
    "j'ai changé mon mot de passe en {pw} et maintenant l'app plante",
    "identifiant {user}\nmot de passe {pw}\nvous pouvez regarder svp?",
    "ancien mdp: {pw} nouveau: {pw#2}, toujours erreur {err}",
    "le code reçu par sms c'était {otp} mais expiré après 1 min",
    "code pin de ma carte {pin}, je peux le dire ici? lol",
    "PUK {puk} encodé et la sim reste bloquée",
    "clé wifi {wifi} (réseau {ssid}) mais le pc trouve rien",
    "Votre code de vérification est {otp}. Ne le partagez pas. <- reçu ça, c'est normal?",
    "login = {user} / password = {pw}, c'est bon comme ça? thx",
    "code de la boîte à clés {pin} pour le technicien demain",
    "code alarme {pin}, porte de garage {pin#2}, il arrive vers {time}",
    "on m'a dicté un code: {otpw}. je le mets où?",
    "mot de passe admin du modem: {pw} ({model})",
    "code de déverrouillage du gsm: {pin}, pour le réparateur",
    "le code itsme c'était {otp} mais rien ne se passe",
]

G["pay"] = [
    "vous avez débité 2x {amount} sur {iban}!! remboursez svp",
    "carte {card} exp {exp} cvc {cvv} allez-y comme ça, le site bug",
    "Merci de rembourser sur le compte {iban} au nom de {name}",
    "ma carte {card}, date d'expiration {exp}. Transaction du {date} en double",
    "mon compte c'est {iban} (pas celui qui finit par {masked})",
    "payé avec la carte se terminant par {masked} mais je vois pas les {amount}",
    "visa {card} valable jusqu'au {exp}, au dos {cvv}",
    "remboursement de {amount} sur {iban} svp, facture {invoice}",
    "domiciliation à changer vers {iban} svp",
]

G["ident"] = [
    "numéro national {rrn} et date de naissance {dob}, comme demandé",
    "né le {dob}, j'habite {addr}. Il vous faut autre chose?",
    "déménagé au {addr} depuis le {date}, merci de changer l'adresse",
    "ma date de naissance est fausse chez vous: c'est {dob} et pas {dob#2}",
    "Adresse: {addr}\nDate de naissance: {dob}",
    "nouvelle adresse {addr} 🏠 et nouveau gsm {phone}",
]

G["tech"] = [
    "modem {model} firmware {ver}, mon IP {ip}, port {port} ouvert mais rien",
    "ma clé api {apikey} renvoie {err} depuis le {date}",
    "token: {token}\nrequest id {reqid}",
    "adresse IP {ip} bloquée?? code erreur {err}",
    "version de l'app {ver} sur {model}, je me connecte avec {user} et rien",
    "le bearer {token} marche plus depuis la maj {ver}",
    "checksum du fichier: {checksum}, c'est normal?",
]

G["screen"] = [
    "à l'écran il y a 'Code invalide {otp}' et en dessous erreur {err}",
    "je peux pas envoyer de capture mais il est écrit: client {cust}, solde {amount}, échéance {date}",
    "dans l'app sous mes infos il y a {phone} mais c'est mon ancien numéro",
    "sur l'écran je vois 'IBAN: {iban}' et c'est pas mon compte!!",
    "le décodeur {model} affiche {err} puis clignote",
    "photo du compteur: index {meter} kWh, code EAN {ean}",
    "dans le mail: 'votre mot de passe temporaire est {pw}' mais il marche pas",
]

G["neg"] = [
    "{mention} colis {track} prévu le {dshort}, maintenant {date}?? {hashtag}",
    "{qty} sans internet {emo} ticket {ticket}",
    "commande {order} de {amount}, toujours rien {hashtag} {hashtag#2}",
    "vol {flight} à {time} retardé, je récupère mes {amount}? {mention}",
    "facture {invoice} incorrecte, on m'avait promis {pct} de réduction",
    "panne? {err} depuis {time} à {city} {hashtag}",
    "le match {score} et mon stream coupe à {time} 😡 {mention}",
    "appelé le {cphone} et après {qty} d'attente raccroché. bravo {mention}",
    "code promo {promo} refusé, erreur {err}",
    "client depuis {year} et jamais vu ça {hashtag}",
    "voir {url} mais rien sur la panne {hashtag}",
    "dossier {ticket} ouvert depuis {qty}, c'est une blague",
    "n° TVA {btw} sur la facture {invoice}, c'est bien vous?",
]

G["agent"] = [
    "Bonjour {first}, désolés pour ça! Envoyez-nous un MP avec votre numéro client? {agent}",
    "Hello! Pouvez-vous nous envoyer votre code postal en privé? Ne partagez pas vos données ici 🙏 {agent}",
    "Merci {first}. Je vois un compte se terminant par {masked}, c'est bien ça? {agent}",
    "Vous pouvez aussi nous appeler au {cphone} (lu-ve 8h-20h). {agent}",
    "Nous avons noté votre numéro {phone}, un collègue vous rappelle aujourd'hui. Dossier {ticket} {agent}",
    "Votre nouvelle adresse {addr} est enregistrée à partir du {date}. {agent}",
    "Remboursement de {amount} vers {iban} en cours, comptez {qty}. {agent}",
    "Attention: nous ne demandons jamais votre mot de passe ou code PIN! Supprimez votre message svp. {agent}",
    "Votre colis {track} reste au point relais jusqu'au {dshort}. {agent}",
    "Bonjour {first}, le numéro client {cust} est lié à {phone}. Toujours correct? {agent}",
]

G["burst"] = [
    "bonjour", "allo?", "re", "toujours rien", "???", "svp", "stp", "merci", "mdr", "ok", "attends", "voilà",
    "tél {phone}", "mon num {phone}", "client {cust}", "mdp {pw}", "code {otp}", "{otp}", "pin {pin}", "mail {email}", "{email}",
    "commande {order}", "ticket {ticket}", "à {time}", "{amount} payé", "iban {iban}", "adresse: {addr}", "{emo}{emo}",
    "né le {dob}", "login {user}", "wifi: {wifi}", "colis {track}", "merci beaucoup!", "ouiii c'est ça",
]

G["email_body"] = [
    "Je vous écris car ma connexion ne fonctionne plus depuis le {date}. Mon numéro client est {cust} et je suis joignable au {phone}. Le ticket {ticket} est toujours ouvert.",
    "Le {date} j'ai passé la commande {order} pour {amount}. Le colis ({track}) n'est jamais arrivé. Merci de rembourser sur {iban} au nom de {name}.",
    "Je vous communique mon changement d'adresse: {addr}, à partir du {date}. Numéro client {cust}.",
    "Je n'arrive pas à me connecter avec l'identifiant {user}, erreur {err}. J'ai réinitialisé mon mot de passe en {pw} sans succès.",
    "Voici mes index au {date}: jour {meter}, nuit {meter#2}. Code EAN: {ean}.",
    "La domiciliation de {amount} (facture {invoice}) est injustifiée. Merci d'utiliser le compte {iban}. Date de naissance: {dob}.",
    "Votre collègue m'a demandé mon numéro de registre national: {rrn}.",
    "Merci de me contacter au {phone} ou par mail {email}.",
    "J'ai reçu un sms avec le code {otp} sans rien demander. Mon compte {user} est piraté?",
]
G["greet"] = ["Madame, Monsieur,", "Bonjour,", "Bonjour {brand},", "Cher service clientèle,", "Bonsoir,", "Hello,"]
G["close"] = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,", "Bàv,", "Meilleures salutations,"]
G["sig"] = ["{name}\n{addr}\nGSM: {phone}", "{name}\nTél. {phone}", "{first}\n\nEnvoyé de mon iPhone", "{name} - {email}",
            "{name}\nN° client: {cust}", "{first} {emo}"]
G["quote_hdr"] = ["Le {date} à {time}, Service clientèle {brand} a écrit :",
                  "-----Message d'origine-----\nDe : {brand}\nEnvoyé : {date} {time}\nObjet : Votre demande ({ticket})",
                  "Le {date}, {brand} <no-reply> a écrit :",
                  "---------- Message transféré ---------\nDe: {brand}\nDate: {date}\nObjet: Confirmation commande {order}"]
G["agent_sig"] = ["Cordialement,\n{agent}\nService clientèle {brand} | {cphone} | {url}", "L'équipe {brand}\nN° d'entreprise {btw}",
                  "{brand} - {cphone}\n{url}", "Bien à vous,\n{brand}\nRéférence: {ticket}"]
G["disclaimer"] = ["Ce message est confidentiel et destiné uniquement à son destinataire.", "Pensez à l'environnement avant d'imprimer ce mail.",
                   "{brand} SA, TVA {btw}.", "Ce courriel ne constitue pas un engagement contractuel."]
G["subject"] = ["Objet: panne", "Objet: remboursement {order}", "Objet: changement d'adresse", "Objet: RE: votre demande {ticket}",
                "Objet: connexion impossible", "Objet: plainte"]

# additional templates (balanced across halves)
G["ident"] += ['NISS {rrn} 👍 autre chose?', 'registre national: {rrn}, né le {dob}', "mon n° de registre national c'est {rrn}", 'rijksregisternr {rrn} (sorry je mélange nl/fr)']
G["secret"] += ["code PUK: {puk} c'est sur la carte en plastique", 'PUK {puk} et PIN {pin}', 'mdp wifi {wifi} 🙏 marche pas sur la tv', "changé la clé wifi en {wifi}, l'imprimante la voit plus"]
G["tech"] += ['personal access token {token} expiré?', 'clé API: {apikey} (environnement test)', "le token de session {token} est dans l'url", "api key {apikey} à supprimer, j'en ai demandé une autre"]
G["email_body"] += ["En activant ma nouvelle carte sim on m'a demandé le PUK. J'ai mis {puk} mais maintenant elle est bloquée. Mon numéro: {phone}.", 'Le technicien vient le {date} entre {time} et {time#2}. La boîte à clés a le code {pin}. Adresse: {addr}.', 'Depuis le nouveau modem ({model}) le wifi ne marche plus. Réseau {ssid}, clé {wifi}. Numéro client {cust}.', "Pour l'intégration j'ai reçu la clé API {apikey}, mais chaque appel donne {err}. Request-id: {reqid}.", "Votre collègue m'a demandé mon registre national et ma date de naissance: {rrn}, {dob}. Le dossier {ticket} est complet?", 'Ma carte de crédit ({card}, expire {exp}) a été débitée deux fois de {amount} le {date}.']
G["email_body"] += ["Vite fait depuis mon gsm: le paiement avec ma carte {card} (exp {exp}) a échoué mais l'argent est parti. Commande {order}.", 'Mon fils a changé mon mot de passe par erreur. Le nouveau serait {pw} mais ça ne marche pas. Identifiant: {user}. Merci de réinitialiser vers {email}.', "J'ai déménagé du {addr} au {addr#2}. Pouvez-vous transférer l'abonnement ({cust}) au {date}?", "Merci de rembourser le trop-perçu de {amount} sur {iban}. Il s'agit de la facture {invoice} du {date}.", "J'ai reçu à {time} un sms 'Votre code est {otp}' sans rien demander. Mon numéro: {phone}, client {cust}.", "Nous avons eu une panne le {date} pendant {qty}. Selon les conditions j'ai droit à {pct} de réduction. Contrat {cust}.", 'Comme convenu par téléphone (ticket {ticket}): ma date de naissance est le {dob} et mon e-mail {email}.', "Ma mère (née le {dob}) veut résilier. Son adresse: {addr}, tél {phone}. Je m'en occupe pour elle.", 'Je préfère payer par domiciliation sur {iban}. Mon numéro client est {cust}.', "L'app ({ver}) affiche 'Utilisateur inconnu {user}'. Je me connecte depuis l'IP {ip}."]


def _pairs(key, dev, held):
    """Append so that dev items land on even indices and heldout items on odd ones."""
    lst = G[key]
    d, h = list(dev), list(held)
    while d or h:
        if len(lst) % 2 == 0:
            lst.append(d.pop(0) if d else h.pop(0))
        else:
            lst.append(h.pop(0) if h else d.pop(0))
_pairs('pay', ['carte {card} / {exp} / cvc {cvv} ... ou faut pas mettre ça ici 😬', 'mastercard {card} cvc {cvv} expire {exp}, débitez et basta', "le cvv c'est {cvv} (au dos) carte {card}"], ['iban {iban} bic GEBABEBB, montant {amount}', 'les {amount} sur {iban} svp', 'compte {iban} titulaire {name}'])
_pairs('secret', ["identifiant {user} mdp {pw} j'abandonne 😭", 'login: {user}\nmdp: {pw}\ncode 2fa: {otp}', "mon login c'est {user}, le mdp je sais plus"], ["la clé wifi est sur l'autocollant: {wifi}", 'PUK {puk} utilisé, maintenant il veut un nouveau pin, {pin} ça va?', 'réseau {ssid} clé {wifi}'])
_pairs('tech', ['ip {ip} port {port}, clé api {apikey}', 'username {user} sur le portail, ip {ip}'], ['bearer token {token} depuis la version {ver}', 'ip {ip} et token {token}'])
_pairs('burst', ['📞{phone}', '{otp}🙏', '💳{card}', 'client:{cust}✅', 'mdp➡️{pw}', "c'est ça: {iban}👆", 'mon 04?? oui {phone}🤙'], ['☎️{phone}', 'code➡️{otp}', 'pin {pin}🔒', '{email}📧', 'mdp:{pw}🙈', 'née le {dob}🎂', '{phone}‼️'])
