"""Belgian French (fr) and English (en, with gb/us extras)."""
FR = {
"open": ["Bonjour,", "Bonsoir", "Madame, Monsieur,", "slt", "Bonjour {agent},", "Re-bonjour,", "Bonjour, j'ai un souci", "Hello,", "Bjr"],
"close": ["Merci d'avance.", "Bien à vous,\n{name}", "Cordialement, {name}", "merci", "J'attends votre réponse.", "Bonne journée", "svp c'est urgent", "Salutations distinguées.", "merci bcp"],
"sit": [
 "J'ai commandé {item} le {date} (commande n° {order_number}) et toujours rien reçu.",
 "mon colis {tracking_number} est bloqué au centre de tri depuis une semaine",
 "Notre vol {flight_number} du {date} a été annulé et personne ne répond au {company_phone}.",
 "La commande {order_number} de {amount} a été débitée deux fois, erreur {error_code} sur le site.",
 "Ma carte cadeau {giftcard} affiche un solde de 0 alors qu'il restait {amount}.",
 "Le livreur a indiqué 'destinataire absent' à {time} alors que j'étais chez moi. Envoi {tracking_number}.",
 "J'ai acheté un article sur {market} à un particulier, payé {amount}, annonce {product_code}, et le vendeur ne répond plus.",
 "Depuis la mise à jour {version_string} de l'appli je ne sais plus me connecter.",
 "Ma réservation {order_number} pour {quantity:n} personnes ne mentionne pas les bagages payés.",
 "La remise de {percentage} n'a pas été appliquée sur la facture {invoice_number}.",
],
"nospan": [
 "Scandaleux. Colis {tracking_number} perdu, commande {order_number}, {amount} payés et aucune réponse depuis le {date}. {hashtag}",
 "Bonjour, le vol {flight_number} prévu à {time} est affiché avec {quantity:n} h de retard, aurons-nous droit à une indemnisation ? Réservation {order_number}.",
 "Merci à l'équipe du magasin pour l'échange rapide de mon {model_number} 👍",
 "Mon dossier {ticket_number} a été clôturé sans réponse. C'est la troisième fois que j'appelle le {company_phone}.",
 "Le remboursement de la facture {invoice_number} ({amount}) était promis pour le {date}. Toujours rien.",
],
"paste": [
 "---------- Message transféré ---------\nDe : {brand} <no-reply@{brand_dom}>\nObjet : Votre commande {order_number} a été expédiée\n\nNuméro de suivi : {tracking_number}\nLivraison prévue le {date}\nSuivre mon colis : {url}\nService clients : {company_phone}",
 "Confirmation de réservation\nRéférence : {order_number}\nVol {flight_number} – {date} – départ {time}\nNuméro de billet : {ticket_number}\nMontant total : {amount}\nTVA {company_registration}",
 "Votre carte cadeau\nCode : {giftcard}\nMontant : {amount}\nValable jusqu'au {date}",
 "Votre colis {tracking_number} vous attend au point relais jusqu'au {date}. Horaires et infos : {url}",
 "Récapitulatif de commande\nN° {order_number}\nArticles : {quantity}\nTotal TTC : {amount}\nFacture {invoice_number}",
],
"password": ["Mon mot de passe est {password} mais il est refusé.", "mdp {password}", "j'ai changé le mot de passe en {password} et maintenant erreur {error_code}", "Le mot de passe provisoire reçu ({password}) ne fonctionne pas.", "{password} c'est mon mot de passe", "mot de pass: {password}", "ancien mot de passe {password}, nouveau {password}"],
"pin": ["mon code pin est {pin}", "Le code PIN de ma carte ({pin}) est refusé au terminal, message {error_code}.", "voilà : {pin}", "code secret {pin}", "pardon c'est {pin} et pas {pin}", "le code du casier consigne était {pin}"],
"puk": ["code PUK {puk}", "Le téléphone demande le PUK, j'ai {puk} sur la carte, c'est bon ?", "puk : {puk}"],
"otp": ["J'ai reçu le code {otp} par SMS mais il est expiré.", "{otp}", "le code de vérification est {otp}", "Quelqu'un m'a appelé de la part de {brand} et m'a demandé le code reçu ({otp}), je l'ai donné...", "code de confirmation {otp} pour la commande {order_number}", "code 3D Secure {otp}"],
"wifi_key": ["la clé wifi du modem est {wifi_key}", "clé WPA : {wifi_key} (réseau {ssid})", "mot de passe wifi {wifi_key}"],
"username": ["Mon identifiant est {username}", "login : {username}", "nom d'utilisateur {username}, mot de passe {password}"],
"card": ["Ma carte {card} expire le {card_expiry}.", "Carte Visa {card:visa} exp {card_expiry} cryptogramme {cvv}", "n° de carte {card}\ndate d'expiration {card_expiry}\ncode {cvv}", "On m'a débité {amount} deux fois sur la carte {card}."],
"iban": ["Merci de rembourser les {amount} sur le compte {iban}.", "Mon IBAN : {iban}", "iban {iban} au nom de {name}", "compte {iban} svp, facture {invoice_number}"],
"bsn": ["Mon numéro de registre national est {bsn}.", "NN {bsn}", "On me demande mon numéro national pour le dédouanement : {bsn}"],
"email": ["Mon adresse mail est {email}", "écrivez-moi à {email}", "je me connecte avec {email}"],
"phone": ["Rappelez-moi au {phone}", "mon gsm {phone}", "Vous pouvez me joindre au {phone} après {time}."],
"address": ["L'adresse de livraison est {address}.", "adresse : {address}", "J'habite {address} et rien n'a été livré."],
"date_of_birth": ["Date de naissance : {date_of_birth}", "je suis née le {date_of_birth}"],
"customer_number": ["Mon numéro client est {customer_number}", "n° client {customer_number}", "numéro de carte fidélité {customer_number}", "Mon numéro Miles & More est {customer_number}, les miles du vol {flight_number} manquent."],
"ip_address": ["Je vois une connexion depuis l'adresse IP {ip_address} que je ne reconnais pas."],
"api_key": ["Pour notre boutique en ligne on utilise la clé API {api_key} mais on reçoit {error_code}."],
"token": ["Le jeton d'accès {token} est refusé depuis le {date}."],
"agent": [
 "Bonjour {first}, merci pour votre message. Vous avez écrit : « {quote} ». Ne partagez jamais ces données, même avec nous. Votre dossier : {ticket_number}. {agent}",
 "Bonjour {first},\n\nNous avons bien reçu votre demande concernant la commande {order_number}. Le remboursement de {amount} sera versé sur le compte {masked_value}.\n\nCordialement,\n{agent}",
 "Bonjour {first}, pouvez-vous nous envoyer votre {{order_number}} en message privé ? Merci ! {agent}",
 "Le {date}, {first} a écrit :\n> {quote}\nMerci {first}, nous ne demandons jamais votre code. En cas de doute, appelez le {company_phone}. {agent}",
],
"greet": ["Madame, Monsieur,", "Bonjour à toute l'équipe,", "Chère équipe {brand},", "À l'attention de {agent},"],
"eclose": ["Cordialement,", "Bien à vous,", "Veuillez agréer mes salutations distinguées,", "Merci d'avance,"],
"quote_head": ["Le {date} à {time}, {brand} Service clients <service@{brand_dom}> a écrit :", "De : {brand} <service.clients@{brand_dom}>\nEnvoyé : {date} {time}"],
"sig": ["{name}\n{address}\nGSM : {phone}", "{name}\n{address}\nTél. {phone}\n{email}", "{name}", "{first}\nEnvoyé de mon smartphone", "{name}\n{email}\n{phone}", "{name}\n{phone}"],
"overexplain": [
 "Je suis une personne âgée et je ne suis pas très douée avec internet, c'est mon petit-fils qui m'a aidée à créer le compte. J'ai tout noté dans mon carnet.",
 "Je vous explique d'abord la situation depuis le début, car j'ai déjà appelé deux fois et personne ne semble avoir de trace de mes appels.",
],
}

EN = {
"open": ["Hi,", "Hello", "hey there", "Good afternoon,", "Hi {agent},", "Hiya", "Dear Sir/Madam,", "Morning,", "yo", "Hi, hoping you can help.", "ok so"],
"close": ["Thanks in advance.", "cheers", "Kind regards, {name}", "pls sort this out", "Thank you!", "thx", "Many thanks,\n{name}", "Appreciate it 🙏", "Look forward to hearing from you.", "ffs", "Thanks, {first}"],
"sit": [
 "I ordered {item} on {date} (order {order_number}) and it still hasn't arrived.",
 "my parcel {tracking_number} has said 'out for delivery' since {date}",
 "Our flight {flight_number} on {date} was cancelled and I can't get through on {company_phone}.",
 "Order {order_number} for {amount} was charged twice and the site showed error {error_code}.",
 "My gift card {giftcard} says the balance is zero but there was {amount} left on it.",
 "The driver marked it 'no one home' at {time} but I was literally at the door. Tracking {tracking_number}.",
 "I bought something on {market} for {amount}, listing {product_code}, and the seller has gone quiet.",
 "Since updating the app to {version_string} I can't log in at all.",
 "Booking ref {order_number} for {quantity:n} passengers doesn't show the bags we paid for.",
 "The {percentage} discount code wasn't applied to invoice {invoice_number}.",
 "my loyalty points from the order on {date} never showed up, should be {quantity:n} points",
],
"nospan": [
 "Absolute joke. Parcel {tracking_number} lost, order {order_number}, {amount} paid and nobody has replied since {date}. {hashtag}",
 "Flight {flight_number} due at {time} now showing {quantity:n} hours late, are we entitled to compensation? Booking {order_number}.",
 "Shout out to the staff at the store for swapping my {model_number} so quickly 👍",
 "Case {ticket_number} was closed without an answer. Third time I've called {company_phone}.",
 "Refund for invoice {invoice_number} ({amount}) was promised by {date}. Still nothing.",
 "app keeps crashing on checkout, version {version_string}, error {error_code}, tried {quantity:n} times",
],
"paste": [
 "---------- Forwarded message ---------\nFrom: {brand} <no-reply@{brand_dom}>\nSubject: Your order {order_number} has shipped\n\nTracking number: {tracking_number}\nEstimated delivery: {date}\nTrack your package: {url}\nQuestions? Call {company_phone}",
 "Booking confirmation\nBooking reference: {order_number}\nFlight {flight_number} - {date} - departs {time}\nE-ticket number: {ticket_number}\nTotal paid: {amount}",
 "Your eGift card\nCode: {giftcard}\nValue: {amount}\nExpires: {date}\nRedeem at {url}",
 "We're sorry we missed you. Your item {tracking_number} is at your local delivery office until {date}. Rebook at {url}",
 "Order summary\nOrder #{order_number}\nItems: {quantity}\nTotal: {amount}\nInvoice {invoice_number}\nCompany reg. {company_registration}",
],
"password": ["My password is {password} but it keeps saying incorrect.", "pw: {password}", "reset it and the new password is {password}, still getting {error_code}", "The temporary password from the email ({password}) doesn't work.", "{password} is my password if you need to check", "old password {password}, new one {password}", "passwrod {password}", "password is {password} (capital first letter)"],
"pin": ["my pin is {pin}", "The PIN on my card ({pin}) gets declined at the till, error {error_code}.", "{pin} 👍", "sorry it's {pin} not {pin}", "pin number {pin}", "the locker code I set was {pin}", "passcode for the app is {pin}"],
"puk": ["PUK code {puk}", "phone is asking for a PUK, the card says {puk}, is that right?", "puk no. {puk}"],
"otp": ["I got code {otp} by text but it says expired.", "{otp}", "verification code is {otp}", "Someone rang saying they were from {brand} and asked for the code I got ({otp}). I gave it to them...", "confirmation code {otp} for order {order_number}", "2FA code {otp}", "the one time passcode was {otp}"],
"wifi_key": ["wifi password on the router is {wifi_key}", "network key {wifi_key} (network is {ssid})", "the WPA key on the sticker is {wifi_key}"],
"username": ["My username is {username}", "login: {username}", "user name {username}, password {password}", "account name {username}"],
"card": ["Card number {card}, expiry {card_expiry}.", "Visa {card:visa} exp {card_expiry} cvv {cvv}", "I've been charged {amount} twice on card {card}.", "card {card}\nexpires {card_expiry}\nsecurity code {cvv}", "amex {card:amex} security code {cvv}"],
"iban": ["Please refund the {amount} to {iban}.", "My IBAN is {iban}", "iban {iban} in the name of {name}"],
"bsn": ["They asked for my Dutch BSN for customs: {bsn}", "my BSN number is {bsn}"],
"email": ["My email is {email}", "email me at {email}", "I log in with {email}"],
"phone": ["Call me back on {phone}", "my number {phone}", "You can reach me on {phone} after {time}."],
"address": ["Delivery address is {address}.", "address: {address}", "I live at {address} and nothing was delivered."],
"date_of_birth": ["DOB {date_of_birth}", "my date of birth is {date_of_birth}"],
"customer_number": ["My customer number is {customer_number}", "account no {customer_number}", "Clubcard number {customer_number}", "My Avios membership number is {customer_number}, the points from {flight_number} are missing."],
"ip_address": ["There's a login from IP {ip_address} on my account that wasn't me."],
"api_key": ["For our store integration we use API key {api_key} and get {error_code} from port {port}.", "api key: {api_key}"],
"token": ["Webhook returns 401, we send Authorization: Bearer {token}", "personal access token {token} stopped working on {date}"],
"agent": [
 "Hi {first}, thanks for getting in touch. You mentioned: \"{quote}\". Please never share details like this, even with us. Your case number is {ticket_number}. ^{agent}",
 "Hi {first},\n\nThanks for your patience. We've checked order {order_number} and issued a refund of {amount} to the card ending {masked_value}.\n\nKind regards,\n{agent}",
 "Hey {first}, can you DM us your {{order_number}} and postcode so we can take a look? ^{agent}",
 "On {date}, {first} wrote:\n> {quote}\nThanks {first}. We'll never ask for a code or PIN. If you shared it, call {company_phone} straight away. {agent}",
],
"greet": ["Dear Sir or Madam,", "Hello,", "Dear {brand} team,", "Dear {agent},"],
"eclose": ["Kind regards,", "Best regards,", "Many thanks,", "Yours faithfully,", "Thanks,"],
"quote_head": ["On {date} at {time}, {brand} Customer Service <help@{brand_dom}> wrote:", "From: {brand} <support@{brand_dom}>\nSent: {date} {time}"],
"sig": ["{name}\n{address}\nMobile: {phone}", "{name}\n{address}\nTel {phone}", "{name}", "{first} {last}\n{email}", "{name}\n{email}\n{phone}", "{first}\nSent from my iPhone"],
"overexplain": [
 "I'm 78 and not very good with computers, my grandson set up the account for me and wrote everything down in my little book.",
 "Let me explain from the start, because I have called twice already and nobody seems to have any record of it.",
 "My late husband used to deal with all of this so please bear with me.",
],
}

GB = {
"sit": ["Royal Mail left a 'something for you' card but the parcel {tracking_number} isn't at the depot.", "Ordered {item} on click and collect, order {order_number}, store says it's not there."],
"nospan": ["Been waiting in for a delivery since {time}, order {order_number}, absolutely shambolic {hashtag}"],
}
US = {
"sit": ["My package {tracking_number} says delivered but it's not on my porch.", "I used a coupon for {percentage} off at checkout, order {order_number}, and got charged full price {amount}."],
"nospan": ["Been on hold with {company_phone} for 45 min about order {order_number}. Unreal. {hashtag}"],
}

FR["ip_address"] += ["connexion suspecte depuis {ip_address} à {time}, référence {request_id}", "mon adresse IP est {ip_address} si ça peut aider"]
FR["api_key"] += ["Notre module {version_string} envoie la clé {api_key} sur le port {port} et reçoit une erreur, request id {request_id}.", "clé API : {api_key}"]
FR["token"] += ["token {token}", "l'API répond 'token invalide' pour {token} (requête {request_id})"]
FR["nospan"] += ["Le {model_number} acheté chez vous refuse la mise à jour, somme de contrôle {checksum} incorrecte.", "Client depuis {year} et jamais vu un service pareil. Commande {order_number}.",
 "Je suis client chez vous depuis {year}, le {model_number} de la commande {order_number} est déjà en panne."]
FR["paste"] += ["Attention : votre vol a été modifié.\nRéférence {order_number}\nNouvel horaire : {time} ({flight_number})\nContact : {company_phone}"]
FR["agent"] += ["Bonjour {first}, le remboursement de {amount} a été effectué le {date} sur la carte {masked_value}. Réf. {ticket_number}. {agent}", "Bonjour {first}, nous voyons un paiement depuis le compte {masked_value} pour la commande {order_number}. Pouvez-vous confirmer ? {agent}"]
FR["customer_number"] += ["n° de membre {customer_number}, points du {date} manquants ({quantity})", "mon numéro client c'est {customer_number}"]
EN["ip_address"] += ["suspicious sign in from {ip_address} at {time}, alert id {request_id}", "my IP is {ip_address} if that helps"]
EN["api_key"] += ["secret key {api_key}", "Our plugin {version_string} sends key {api_key} to port {port} and gets 403, request id {request_id}."]
EN["token"] += ["token is {token}", "API says invalid_token for {token}, request-id {request_id}"]
EN["nospan"] += ["Customer since {year} and never been treated like this. Order {order_number}.", "The {model_number} I bought won't update, checksum {checksum} doesn't match, firmware {version_string}.",
 "Been shopping with you since {year}, the {model_number} from order {order_number} already broke."]
EN["paste"] += ["Your flight has changed.\nBooking reference {order_number}\nNew departure: {time} ({flight_number})\nNot OK with it? Call {company_phone} or visit {url}"]
EN["agent"] += ["Hi {first}, the refund of {amount} went back to the card ending {masked_value} on {date}. Ref {ticket_number}. ^{agent}", "Hi {first}, we can see a payment from account {masked_value} for order {order_number}, can you confirm that's right? ^{agent}"]
FR["otp"] += ["{otp} 👍", "c'est {otp}"]
EN["otp"] += ["it's {otp}", "{otp} 👍"]
