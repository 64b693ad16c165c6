"""Belgian French (fr-be) templates. Even index -> dev, odd -> heldout."""

CHAT = r"""
Bonjour, je voudrais communiquer mon relevé de compteur au {!date} : jour {!meter_reading}, nuit {!meter_reading#2}. Code EAN {customer_number:ean_be}. Merci
--
Bjr, plus d'internet depuis ce matin, le modem {!model_number} clignote rouge. N° client {customer_number:klant_be}, mon gsm {phone}
--
J'ai oublié mon mot de passe pour l'espace client. Identifiant : {username}. J'ai essayé {password} mais ça passe pas
--
Le propriétaire doit me rendre la garantie locative de {!amount} sur le compte {iban}, l'état des lieux de sortie a eu lieu le {!date}
--
Le technicien peut passer demain, la clé est dans la boîte à clés, code {pin:door}. Adresse : {address}
--
On m'a envoyé un code par SMS {otp} alors que je n'ai rien demandé, c'est normal ?
--
Pour le tarif social : numéro national {bsn}, date de naissance {date_of_birth}. Ça suffit ?
--
Merci de changer la domiciliation vers {iban} (ancien compte {iban#2} clôturé). Contrat {customer_number:contract_be}
--
Le code wifi ne marche pas : réseau {$ssid}, clé {wifi_key}. Le code PIN de la carte SIM c'est {pin:sim} au cas où
--
fuite d'eau dans la cave!! le compteur d'eau tourne, index {!meter_reading}. J'habite {address}, appelez-moi au {phone} svp
--
Paiement par carte {card} exp {card_expiry} CVC {cvv} refusé, pourtant j'ai reçu un rappel pour la facture {!invoice_number}
--
Mon nouveau numéro c'est le {phone} et mon mail {email}. Mon n° de locataire : {customer_number:huurder}. Merci!
--
Le compteur communicant affiche {!error_code} depuis {!time}, plus de courant. EAN {customer_number:ean_be}. C'est urgent, j'ai un bébé
--
Bloqué après 3 codes PIN faux sur la SIM du routeur 4G... le code PUK c'est bien {puk} ?
"""

PUBLIC = r"""
{!mention} encore une coupure à {$city}, 3e fois ce mois-ci {!hashtag} {!url}
--
{!mention} acompte qui passe de {!amount} à {!amount#2}, sérieusement ?? {!hashtag}
--
{!mention} pas d'eau chaude depuis le {!date} dans notre logement social. Dossier {!ticket_number}. Aucune réponse {!hashtag}
--
{!mention} depuis le nouveau compteur ma facture a pris {!percentage} {!hashtag} {!hashtag#2}
--
{!mention} mon numéro client c'est {customer_number:klant_be}, envoyez-moi un MP parce que le {!company_phone} ne répond jamais
--
Merci {!mention}, technicien {$first} super efficace, fibre installée en {!quantity:duration} {!hashtag}
--
{!mention} l'appli plante depuis la mise à jour {!version_string}, erreur {!error_code} à la connexion {!hashtag}
"""

EMAIL = r"""
Veuillez trouver ci-dessous les index de sortie de l'appartement situé {address}, fin de bail le {!date} :
électricité jour {!meter_reading}, nuit {!meter_reading#2}
eau {!meter_reading#3} m³
Code EAN : {customer_number:ean_be}

La garantie locative peut être versée sur le compte {iban}. Ma nouvelle adresse : {address#2}.
--
J'ai déjà appelé trois fois le {!company_phone} au sujet du dossier {!ticket_number}. On m'a promis un rappel qui n'est jamais venu. Je vous redonne mes coordonnées :

Nom : {$name}
N° client : {customer_number:klant_be}
Numéro de registre national : {bsn}
GSM : {phone}
E-mail : {email}

Il s'agit d'un décompte erroné de {!amount} (facture {!invoice_number}).
--
Monsieur le propriétaire,

Depuis le {!date}, l'eau coule du plafond de la salle de bain. Le plombier peut entrer grâce au boîtier à clés près du garage, code {pin:door}. L'alarme ({!model_number}) se désactive avec le code {pin:alarm}, merci de la réactiver ensuite.

Je suis joignable au {phone}.
--
Je souhaite transférer mon contrat vers ma nouvelle adresse, {address}, à partir du {!date}. Paiement par domiciliation sur {iban} s'il vous plaît. Ma date de naissance est le {date_of_birth} si nécessaire.

Numéro de contrat : {customer_number:contract_be}.
--
Depuis l'installation du nouveau modem ({!model_number}, firmware {!version_string}) la connexion saute toutes les {!quantity:duration}. J'ai ouvert le port {!port} vers mon NAS en {ip_address}, est-ce que ça pose problème ?

Login admin du modem : {username} / {password}, clé wifi {wifi_key}. Vous pouvez vérifier à distance.
--
Dans le cadre de ma demande de logement social, voici mes données : NN {bsn}, né le {date_of_birth}, domicilié {address}. L'attestation du CPAS suit par courrier.
--
J'ai tenté de payer sur votre site hier mais le paiement a été refusé avec la carte {card}, date d'expiration {card_expiry}. J'ai ensuite reçu un SMS avec le code {otp} qui n'a pas été accepté. Référence {!request_id}.
--
Le loyer de {!amount} a été viré le {!date} avec la communication facture {!invoice_number} mais vous m'envoyez un rappel. Compte débité : {iban}. N° locataire {customer_number:huurder}.
"""

AGENT = r"""
Bonjour {$first}, merci pour vos index ! Nous avons bien reçu jour {!meter_reading} et nuit {!meter_reading#2}. Votre prochain acompte sera de {!amount}. Belle journée, {$agent}
--
Bonjour {$first}, désolés pour la panne. Une intervention est en cours dans votre quartier, retour prévu vers {!time}. Suivi : {!url} ^{$agent}
--
Bonjour {$first}, la domiciliation est modifiée vers {iban}. Le premier prélèvement aura lieu vers le {!date}. Cordialement, {$agent}
--
Attention : ne partagez jamais votre mot de passe ni vos codes de vérification, même avec nous. Changez votre mot de passe via {!url}. {$agent}
--
Bonjour {$first},

Votre demande {!ticket_number} est planifiée le {!date} entre {!time} et {!time#2}. Le technicien utilisera la boîte à clés (code {pin:door}) comme convenu.

Cordialement,
{$agent} - Service clientèle {$brand}
Tél. {!company_phone} | N° d'entreprise {!company_registration}
--
Bonjour {$first}, votre dernier paiement avec la carte {!masked_value} est bien passé. Le solde de {!amount} est réglé. Questions ? {!company_phone}. {$agent}
--
Bonjour {$first}, votre nouveau modem ({!model_number}) est en route, numéro de suivi {!tracking_number}. {$agent}
--
Bonjour {$first}, j'ai modifié votre numéro en {phone} et votre adresse e-mail en {email}. Votre n° client reste {customer_number:klant_be}. {$agent}
"""


def _split(s):
    return [t.strip("\n") for t in s.split("\n--\n") if t.strip()]


def groups():
    return {("fr-be", "chat"): _split(CHAT), ("fr-be", "public"): _split(PUBLIC), ("fr-be", "email"): _split(EMAIL), ("fr-be", "agent"): _split(AGENT)}

CHAT_X = r"""
La SIM du routeur est bloquée, il demande le PUK. Sur la carte il y a {puk} mais ça ne marche pas. N° client {customer_number:klant_be}
--
Pour connecter ma borne de recharge à votre appli, il faut un jeton : {token}. C'est sûr de l'envoyer ici ?
--
J'ai reçu ce SMS : « Votre code de confirmation {$brand} : {otp}. Ne le communiquez à personne. » Je n'ai rien demandé !
--
en résumé :
nom {$name}
adresse {address}
né le {date_of_birth}
mail {email}
identifiant {username}
--
Le dongle P1 est sur {ip_address} et la clé API que l'installateur m'a donnée c'est {api_key}. Aucune donnée ne remonte.
--
La clé est chez la voisine au {address}, sinon boîte à clés code {pin:door}. Mon identifiant sur le portail locataires : {username}
"""

AGENT_X = r"""
Bonjour {$first}, vous avez publié votre date de naissance ({date_of_birth}) et votre e-mail ({email}). Nous vous conseillons de supprimer ce message et de nous écrire en privé. {$agent}
--
Bonjour {$first}, le jeton {token} que vous avez envoyé a été révoqué. Créez-en un nouveau via {!url}. {$agent}
"""

_groups_base = groups


def groups():
    g = _groups_base()
    g[("fr-be", "chat")] += _split(CHAT_X)
    g[("fr-be", "agent")] += _split(AGENT_X)
    return g
