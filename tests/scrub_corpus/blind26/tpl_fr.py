r"""Belgian French (fr) templates, some mixed with Dutch or English."""

T = {}

T["fr:open"] = r"""
bonjour
slt
salut
bjr
hello
bonsoir
coucou
yo
re
"""

T["fr:close"] = r"""
merci d'avance
merci {emo}
mrc
svp c urgent
bàv
bonne journée
dankjewel hein
thx
"""

T["fr:chat:pw"] = r"""
mon {c_pw} c'est {pw} mais ça marche pas {emo}
j'ai changé le {c_pw} en {pw} et maintenant l'appli plante, erreur {n_err}
je me connecte avec {mail} et {c_pw} {pw} mais "identifiants incorrects"
ancien {c_pw} {pw}, nouveau {pw2}, lequel je dois mettre??
mijn wachtwoord est {pw}, je comprends pas waarom ça bloque
{c_pw} : {pw}\n{c_user} : {user}\nvous pouvez regarder?
mon petit frère a changé mon {c_pw} {brand_g}, avant c'était {pw}
le mdp temporaire reçu par mail ({pw}) est déjà expiré
c {pw} avec un P majuscule, pas {pw2}
"""

T["fr:chat:otp"] = r"""
j'ai reçu le {c_otp} {otp} mais l'appli dit code invalide
le code c'est {otp}, commande {n_order}
{otp} c le code que j'ai reçu à {n_time}
ik heb de code {otp} gekregen mais ça marche pas
le sms arrive 10 min après, {otp} était déjà expiré {emo}
code de confirmation: {otp}\ncommande: {n_order}
six chiffres: {otp_sp}
j'ai mis {otp} puis {otp2}, les deux refusés
"""

T["fr:chat:notifw"] = r"""
j'ai reçu ce sms: "{notif}" c'est vous?
copié de mes messages:\n{notif}\nmais j'ai rien demandé!!
{notif}\n^ c'est du phishing ou pas?
sur mon écran ça dit: {notif} {emo}
"""

T["fr:notif"] = r"""
Votre code de vérification est {otp}. Ne partagez jamais ce code.
{brand_s} : votre code de connexion est {otp}. Il expire dans 10 minutes.
{otp} est votre code de sécurité {brand_g}. Ne le communiquez à personne.
Code {brand_w} : {otp}. Ne partagez jamais ce code, même avec notre service client.
Votre code d'activation {brand_t} : {otp}
{brand_d} : votre code de livraison est {otp}. Donnez-le uniquement au livreur.
Uw verificatiecode is {otp} / Votre code de vérification est {otp@}
"""

T["fr:chat:pin"] = r"""
le {c_pin} de ma carte sim est {pin}
j'ai oublié mon {c_pin}, c'était {pin} ou {pin_swap}?
code de l'alarme {pin}, le technicien passe le {n_date}
pardon c'est {pin} pas {pin_swap}
quatre chiffres: {pin_sp}
{c_pin} {pin} refusé au terminal, erreur {n_err}
code de déverrouillage du gsm: {pin} pour la réparation (dossier {n_ticket})
"""

T["fr:chat:puk"] = r"""
code PUK : {puk} ça bloque toujours
mon gsm demande le PUK, j'ai mis {puk} du support de la carte
le puk c'est bien {puk}? sim bloquée depuis ce matin 😭
"""

T["fr:chat:wifi"] = r"""
la {c_wifi} de la box c'est {wifi} et le réseau {ssid}
réseau: {ssid}\nclé: {wifi}\nla switch se connecte pas
j'ai changé la {c_wifi} en {wifi} et plus rien ne marche
la clé au dos du modem {n_model} ({wifi}) est refusée
wifi {wifi} admin {pw} si vous voulez vérifier à distance
"""

T["fr:chat:user"] = r"""
mon {c_user} c'est {user} je suis ban pour rien
compte {user} piraté, ils ont changé l'adresse mail
login {user} mdp {pw}
pseudo {user}, achat de {n_amt} pas reçu
j'ai deux comptes {user} et {user2}, on peut fusionner?
"""

T["fr:chat:dev"] = r"""
clé stripe {api} visible sur un screenshot partagé, je dois la changer?
la clé {api} est refusée depuis la {n_ver}
access token {tok} toujours valide après logout??
mon token github {tok} était dans le .env poussé sur le repo 😬
cookie de session {tok}, quelqu'un peut se connecter avec?
notre intégration renvoie {n_err}, api key {api}
j'ai posté mon token par erreur: {tok} vous pouvez le révoquer?
token {tok} leaked sur github, c'est grave?
Bearer {jwt} -> 401, request id {n_req}
"""

T["fr:chat:card"] = r"""
carte qui finit par {n_mask}, le vrai numéro c'est {card} crypto {cvv}
crypto {cvv} au dos, carte {card} valable jusqu'au {exp}
carte {card} exp {exp} crypto {cvv}
paiement de {n_amt} refusé avec la carte {card}
le cryptogramme c'est {cvv}, expire {exp}
numéro de carte: {card}\ndate d'expiration: {exp}\nCVC: {cvv}
débité 2x {n_amt} sur {card}, commande {n_order}
"""

T["fr:chat:iban"] = r"""
vous pouvez me rembourser sur {iban} svp
mon compte a changé, nouveau IBAN {iban}
j'ai viré {n_amt} depuis {iban} avec la communication {n_inv}
remboursement retour {n_order} sur {iban} au nom de {name}
"""

T["fr:chat:id"] = r"""
registre national: {bsn}
née le {dob}
client {klant}
NISS {bsn} (celui de mon fils)
mon numéro de registre national : {bsn}, né le {dob}
NN {bsn} pour l'enregistrement de la carte sim
date de naissance {dob}, j'ai 18 ans donc c bon
mon rijksregisternummer c'est {bsn}
"""

T["fr:chat:contact"] = r"""
mon adresse c'est {adr}
appelez moi au {tel} merci
mon mail: {mail_obf}
vous pouvez me joindre au {tel_sp}
livrez chez le voisin: {adr}
nouveau numéro {tel}, mail toujours {mail}
"""

T["fr:chat:ip"] = r"""
mon ip publique {ip} est sur une blacklist?
le serveur dit 'trop de requêtes depuis {ip}' depuis le {n_date}
mon ip c'est {ip} et je suis bloqué sur les serveurs
NAT strict, port {n_port}, ip {ip}
vous avez banni {ip}?? j'ai rien fait
"""

T["fr:chat:klant"] = r"""
client depuis {n_year}, n° {klant}
n° client {klant} et carte {n_mask} bloquée
numéro client {klant}, facture {n_inv}
mon n° de client est {klant}, index compteur {n_meter}
{klant} c'est mon numéro d'abonné
n° client: {klant}\nmontant: {n_amt}
"""

T["fr:chat:neg"] = r"""
le téléchargement plante, md5 {n_sum} différent
port {n_port} ouvert mais NAT toujours strict sur mon {n_model} de {n_year}
article {n_prod} renvoyé le {n_date}, toujours pas remboursé {n_amt}
index {n_meter} encodé le {n_date}, facture {n_inv}
colis {n_track} toujours pas livré depuis le {n_date}
facture {n_inv} de {n_amt} alors que c'était {n_amt}
ticket {n_ticket}, toujours rien
l'appli version {n_ver} plante avec {n_err}
je prends le vol {n_flight} le {n_date} à {n_time}, livraison avant possible?
réduction de {n_pct} pas appliquée sur {n_prod}
j'appelle le {n_cphone} ou c'est ici?
forfait {n_qty} déjà épuisé le {n_date}
"""

T["fr:chat:none"] = r"""
comment résilier mon abonnement?
je reçois pas le code par sms
j'ai oublié mon mot de passe, je fais comment?
c'est où le code puk?
le site marche ou c moi?
"""

T["fr:public"] = r"""
{n_at} toujours pas d'internet à {city} {n_tag}
{n_at} l'appli {n_ver} plante à chaque connexion {n_err} {n_tag}
{n_at} colis {n_track} bloqué depuis le {n_date} {emo}
{n_at} {n_amt} pour un service qui marche pas {n_tag}
{n_at} mon pseudo {user}, compte piraté, regardez vos DM svp
{n_at} le code {otp} marche pas {n_tag}
{n_at} 40 min d'attente au {n_cphone} {n_tag}
{n_at} {n_pct} de réduction mon œil, ticket de caisse {n_amt} {emo}
"""

T["fr:agent"] = r"""
Bonjour {fn}, votre paiement de {n_amt} est bien reçu. Facture {n_inv}.

{brand} SA | {n_cphone} | {n_url} | {n_kvk}
Bonjour {fn}, la carte se terminant par {n_mask} a expiré. Ajoutez-en une nouvelle sur {n_url}. {ini}
{brand} – {n_kvk}
Bonjour {fn}, ne partagez jamais votre mot de passe. Un lien de réinitialisation a été envoyé à {n_maskm}. Bàv, {agent}
Bonjour {fn}, je vois un paiement de {n_amt} sur la carte {n_mask}. S'agit-il de la commande {n_order} ? {ini}
Merci {fn} ! Votre nouveau code PUK est {puk}. Bonne journée, {agent}
Bonjour {{prenom}}, votre code est <code>. Ne le partagez avec personne. {agent}
Bonjour {fn}, j'ai réinitialisé votre mot de passe temporaire : {pw}. Changez-le dès la connexion sur {n_url}. {ini}
Merci pour votre patience. Le dossier {n_ticket} est ouvert, un technicien passera le {n_date} vers {n_time}. Numéro : {n_cphone}.
Bonjour {fn}, pour votre sécurité j'ai masqué votre message. Envoyez-nous votre n° client [NUMERO_CLIENT] en privé. {agent}
Bonjour {fn}, le remboursement de {n_amt} sera versé sur {iban} sous 5 jours. {ini}
Bonjour {fn}, votre nouvelle clé wifi est {wifi} (réseau {ssid}). {ini}
Bonjour {fn}, nous avons bien vos coordonnées : {mail} / {tel}. {agent}
"""

T["fr:greet"] = r"""
Bonjour,
Madame, Monsieur,
Bonjour {brand},
Chère équipe,
Bonsoir,
Bonjour à l'équipe du service client,
"""

T["fr:bye"] = r"""
Cordialement,
Bien à vous,
Merci d'avance,
Salutations distinguées,
Bonne journée,
Bien cordialement,
"""

T["fr:subj"] = r"""
Objet : impossible de me connecter
Objet : RE: votre demande {n_ticket}
Objet : réclamation commande {n_order}
Objet : changement de coordonnées
Objet : TR: code de vérification
Objet : panne internet
"""

T["fr:qintro"] = r"""
Le {n_date} à {n_time}, {brand} Service Client a écrit :
Le {n_date}, {agent} ({brand}) a écrit :
-----Message d'origine-----\nDe : {brand} Service Client\nEnvoyé : {n_date} {n_time}
"""

T["fr:fwd"] = r"""
---------- Message transféré ---------\nDe : {name} <{mail}>\nDate : {n_date} {n_time}\nObjet : code
Début du message réexpédié :\n\nDe : {name} <{mail}>\nDate : {n_date}
"""

T["fr:formal:pw"] = r"""
Depuis le {n_date}, je ne parviens plus à me connecter. J'ai saisi le mot de passe {pw} plusieurs fois, mais j'obtiens le message « {n_err} ». Mon identifiant est {user}.
J'ai modifié mon mot de passe la semaine dernière ({pw}). Depuis, l'application sur ma télévision (version {n_ver}) me déconnecte tous les jours.
Mon fils a changé le mot de passe de notre compte familial sans permission. L'ancien était {pw}. Le compte est lié à {mail}.
Le mot de passe temporaire reçu ({pw}) est refusé dès la première connexion.
"""

T["fr:formal:otp"] = r"""
Hier à {n_time}, j'ai reçu un SMS contenant le code de vérification {otp} alors que je n'avais rien demandé. Mon compte est-il compromis ?
Lors de la validation de la commande {n_order}, le code de confirmation reçu ({otp}) est systématiquement refusé.
Voici le message reçu :\n\n{notif}\n\nPouvez-vous vérifier s'il provient bien de chez vous ?
Les SMS arrivent avec un quart d'heure de retard. Le dernier code était {otp}. Mon numéro est le {tel}.
"""

T["fr:formal:money"] = r"""
Je souhaite modifier mes coordonnées bancaires. Mon nouveau compte est {iban} au nom de {name}. Mon numéro de client est {klant}.
Le {n_date}, j'ai passé la commande {n_order} pour un montant de {n_amt}. Selon le suivi ({n_track}), le colis est livré, mais je n'ai rien reçu.
Ma carte {card} (expiration {exp}) a été débitée deux fois de {n_amt}. Merci de rembourser la différence sur {iban}.
J'ai résilié mon abonnement le {n_date} (dossier {n_ticket}) mais {n_amt} a encore été prélevé. Facture {n_inv}.
"""

T["fr:formal:contact"] = r"""
J'ai déménagé. Ma nouvelle adresse est :\n{adr_ml}\nPouvez-vous mettre à jour mon dossier ?
Mon numéro a changé : vous pouvez me joindre au {tel} ou par e-mail à {mail}.
Le colis doit être livré au {adr}. Je ne suis pas là en journée.
"""

T["fr:formal:id"] = r"""
Pour l'enregistrement de ma carte SIM, voici mon numéro de registre national : {bsn}. Je suis né le {dob}.
Ma fille (née le {dob}) souhaite un abonnement. Je suis titulaire du contrat sous le numéro client {klant}.
"""

T["fr:formal:wifi"] = r"""
Le technicien a installé le nouveau modem ({n_model}). Le réseau s'appelle {ssid} et la clé est {wifi}, mais mon imprimante ne se connecte toujours pas.
Mon débit est bien inférieur aux {n_qty} promis. Mon adresse IP selon le test est {ip}.
"""

T["fr:formal:neg"] = r"""
Votre facture {n_inv} mentionne votre {n_kvk}, mais la TVA de {n_pct} est comptée deux fois sur {n_amt}.
Je pars le {n_date} (vol {n_flight}) et je souhaite activer l'option roaming de {n_qty}.
Le {n_date}, j'ai commandé {n_pcs} (référence {n_prod}). Je n'ai toujours rien reçu.
Votre facture {n_inv} de {n_amt} est erronée : la réduction de {n_pct} n'a pas été appliquée.
Depuis la mise à jour {n_ver}, j'obtiens l'erreur {n_err} au démarrage. J'utilise un {n_model}.
"""

T["fr:formal:dev"] = r"""
Notre développeur a publié la clé secrète {api} dans un dépôt public. Merci de la bloquer et d'en émettre une nouvelle.
Chaque appel avec le jeton {tok} renvoie l'erreur {n_err} (request-ID {n_req}).
Nous utilisons votre API pour notre boutique. Depuis le {n_date}, la clé {api} renvoie l'erreur {n_err}. Request-ID : {n_req}.
Un collègue a publié par erreur un jeton d'accès ({tok}) sur un forum public. Merci de le révoquer immédiatement.
"""
