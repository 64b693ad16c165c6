"""Belgian French templates."""
T = {
"chat": {
 "sport": [
  "Bonjour, impossible de me connecter à la billetterie {brand}. Identifiant {user}, mot de passe {password}. J'ai l'erreur {err}. Mon numéro d'abonné est le {cust}, le match est {weekday} à {time} !",
  "J'ai commandé {qty} pour le {date} (commande {order}) et j'ai été débité 2x {amount} sur mon compte {iban}. Merci de me rembourser. GSM {phone}",
  "Inscription de mon fils à l'école des jeunes : né le {dob}, numéro national {rrn}, domicilié {address}.",
  "Le code du portail du terrain synthétique a changé ? C'était {pin4} avant.",
  "Mon e-ticket est envoyé sur {email} mais je n'ai plus accès à cette adresse. Nouvelle adresse : {email2}",
  "Paiement refusé avec ma carte {card} (exp. {expiry}, cryptogramme {cvv}). Code erreur {err}.",
 ],
 "crypto": [
  "Mon compte {brand} est bloqué depuis que j'ai changé mon mot de passe (ancien : {password}, nouveau : {newpw}). Le code 2FA reçu était {otp}.",
  "Mon virement de {amount} depuis {iban} n'est toujours pas crédité. Date : {date}. Numéro client {cust}",
  "Pour la vérification KYC vous demandez mon numéro de registre national : {rrn}. Date de naissance {dob}, adresse {address}.",
  "Clé API : {apikey}\nSecret : {apisecret}\nElle ne fonctionne plus, erreur {err}. IP autorisée : {ip}",
  "Mon retrait de {crypto} est bloqué depuis {qty}. Ticket {ticket}. Mon e-mail : {email}",
  "J'ai reçu un SMS avec le code {otp} alors que je n'ai rien demandé ?? Connexion depuis {ip} à {time}",
 ],
 "alarm": [
  "Notre alarme se déclenche toutes les nuits vers {time}. Le code maître est resté sur {pin4}, le code utilisateur c'est {pin}. Adresse : {address}",
  "Le technicien peut entrer avec la boîte à clés, code {pin4}. Merci d'appeler avant au {phone}.",
  "Depuis la mise à jour {ver}, impossible de me connecter : utilisateur {user}, mdp {password}. Centrale {model} sur {ip}, port {port}.",
  "Nous déménageons le {date} au {address}. Contrat {cust}. La domiciliation peut rester sur {iban}.",
  "Mot de passe pour le centre d'alarme : {password}. Personne de contact : ma voisine au {phonex}",
  "Caméra hors ligne. Wifi {ssid}, clé WPA {wifi}.",
 ],
 "bike": [
  "J'ai reçu une amende de {amount} pour une trottinette mal garée le {date} à {time}. Compte : {email}, tél {phone}",
  "Le vélo ne se déverrouille pas, l'app affiche {err}. Code de déverrouillage {otp}. Je suis à {city}.",
  "Merci de remplacer ma carte : {card}, expire {expiry}, CVC {cvv}",
  "Abonnement {cust} débité deux fois ({amount}). Remboursement sur {iban} svp",
  "Je ne reçois pas le SMS sur le {phone}. Puis j'ai reçu {otp} mais trop tard.",
  "Nom d'utilisateur {user}, j'ai oublié mon mot de passe et le mail de réinitialisation n'arrive pas sur {email}",
 ],
 "post": [
  "Mon colis {track} est indiqué comme livré mais je n'ai rien reçu. Adresse : {address}. J'étais là jusqu'à {time}.",
  "Réexpédition du courrier demandée à partir du {date} de {address} vers {address}.",
  "Recommandé retiré par quelqu'un d'autre ? Je suis {name}, né le {dob}, NN {rrn}.",
  "Le code du distributeur de colis {otp} ne fonctionne pas. Envoi {track}",
  "Vous pouvez déposer le colis chez le voisin au {street} ? Mon GSM : {phone}",
  "J'ai payé {amount} de frais de douane pour {track}. Numéro client {cust}",
 ],
 "telecom": [
  "Je suis à l'étranger ({country}) et ma carte SIM demande le code PUK. Pouvez-vous me l'envoyer ? Numéro {phone}, client {cust}",
  "Le roaming ne marche pas à l'étranger ({country}), il me reste {qty}. Appareil {model}, version {ver}",
  "Nouveau modem : réseau {ssid}, mot de passe wifi {wifi}. Admin : {user} / {password}. Redirection du port {port} impossible.",
  "On m'a volé mon GSM à {city} ! Bloquez le {phone} svp. Code PIN SIM {pin4}, code de déverrouillage {pin}.",
  "J'ai entré le PUK {puk} et choisi un nouveau code PIN : {pin4}. C'est bon ?",
  "Facture {invoice} de {amount} alors que j'étais à l'étranger ({country}). Client {cust}. Né le {dob} si besoin.",
 ],
 "gen": [
  "Mes coordonnées : {name}, {address}, né(e) le {dob}, tél. {phone}, e-mail {email}",
  "Mon IBAN pour le remboursement : {iban} au nom de {name}",
  "Vous pouvez me joindre au {phone} ou par mail {email}",
  "Nouvelle adresse depuis le {date} : {address}",
  "Numéro national {rrn}, numéro de client {cust}",
 ],
},
"public": [
 "{mention} {qty} d'attente au téléphone pour mon abonnement. Inadmissible {hashtag}",
 "{mention} colis {track} 'livré' mais rien reçu. Rappelez-moi au {phone}",
 "{mention} l'app plante depuis la {ver}, erreur {err}",
 "Encore une trottinette au milieu du trottoir à {city}. {mention} {hashtag}",
 "{mention} pas de réseau à l'étranger ({country}). Mon numéro : {phone}",
 "{mention} vous avez reçu mon mail ? Envoyé depuis {email} le {date}",
 "{mention} alarme déclenchée à {time}, personne n'a rappelé {hashtag}",
 "{mention} {amount} pour une place le {date} ?? {url}",
],
"agent": [
 "Bonjour {first}, désolés pour votre colis. L'envoi {track} a été scanné le {date}. Nous ouvrons une enquête ({ticket}). Bien à vous, {agent}",
 "Bonjour ! Ne partagez jamais votre mot de passe ni vos codes, même avec nous. Réinitialisation via {url}. ^{ai}",
 "Bonjour {first}, je retrouve votre numéro client {cust#1}. Compte se terminant par {masked}, c'est correct ? Cordialement, {agent}",
 "Bonjour ! Envoyez-nous un message privé avec votre adresse et numéro client, on regarde ça. ^{ai}",
 "Bonjour {first}, votre code PUK est le {puk}. Bon séjour à l'étranger ({country}) ! {agent}",
 "Bonjour {first}, le remboursement de {amount} sera effectué sous {qty} sur {iban#1}. Dossier {ticket}.",
 "Bonjour {first}, le technicien passera {weekday} entre {time} et {time} et utilisera le code {pin4#1} de la boîte à clés. {agent}",
 "Merci pour votre patience. Vous pouvez aussi nous joindre au {cphone}. Cordialement, {agent}",
],
"greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour {brand},", "Bonsoir,", "Cher service client,", "Salut,"],
"close": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bàv,", "Salutations distinguées,", "Merci !"],
"sig": [
 "{name}\n{address}\nGSM : {phone}",
 "{name}\nTél. {phone#1}",
 "{first}\n\nEnvoyé de mon iPhone",
 "{name} - {email#1}",
 "{name}\nN° client : {cust#1}",
 "{first}\nEnvoyé depuis mon appareil Galaxy",
],
"qhead": [
 "Le {date} à {time}, {brand} Service Clients a écrit :",
 "De : {brand}\nEnvoyé : {weekday} {date} {time}\nObjet : Votre dossier {ticket}",
 "Le {weekday} {date}, {agent} ({brand}) a écrit :",
 "-----Message d'origine-----\nDe : Service clients {brand}\nObjet : RE: {ticket}",
],
"qhead_c": ["Le {date} à {time}, {name} a écrit :", "De : {name}\nEnvoyé : {date}", "{first} a écrit :", "Message original de {name} ({date}) :"],
"disc": [
 "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
 "Pensez à l'environnement avant d'imprimer ce mail.",
 "Envoyé depuis un mobile, excusez les fautes de frappe.",
 "Ce message ne constitue pas un engagement contractuel.",
],
"paste": [
 "{brand} : votre code de vérification est {otp}. Ne le communiquez à personne.",
 "Votre code à usage unique : {otp}",
 "\"Utilisez {otp} pour vous connecter à {brand}\" c'est le SMS que j'ai eu",
 "Code de retrait : {otp} (valable jusqu'au {date})",
 "Votre code PUK est {puk}",
],
"asig": [
 "Cordialement,\n{agent}\nService Clients {brand}\n{cphone}\nN° d'entreprise {kvk}",
 "^{ai}",
 "Bien à vous, {agent} - équipe webcare {brand}",
 "{agent} | {brand} | {url}",
],
"fwd": [
 "---------- Message transféré ---------\nDe : {name} <{email#1}>\nDate : {date}\nObjet : TR: réclamation",
 "Début du message réexpédié :\n\nDe : {first} <{email#1}>\nDate : {weekday} {date} {time}",
],
}

T["chat"]["sport"] += [
 "Remboursement de {amount} sur {iban} svp, pas sur l'ancien compte. N° client {cust}",
 "J'ai créé un nouveau compte {user} avec le mot de passe {password} mais mon abonnement est sur l'ancien. Né le {dob}, adresse {address}",
]
T["chat"]["crypto"] += [
 "Ma clé API {apikey} a fuité, merci de la révoquer. Compte bancaire lié {iban}. Checksum du fichier : {checksum}",
 "Connexion {user} / {password} depuis l'IP {ip}, code 2FA {otp}, numéro national {rrn}. Toujours bloqué ! Request ID {reqid}",
]
T["chat"]["telecom"] += [
 "Domiciliation à modifier vers {iban}, client {cust}. Client depuis {year}.",
 "Nouvelle carte SIM reçue à l'étranger ({country}). PUK : {puk}, PIN : {pin4}. Née le {dob}, adresse {address}",
]
T["chat"]["post"] += [
 "Déménagé au {address}. IBAN pour le remboursement : {iban}. Article {prod}, remise de {pct} pas appliquée.",
 "Mon compte sur l'app colis : {user}, mdp {password}. Impossible de suivre {track}. Adresse {address}",
]
T["chat"]["gen"] += [
 "NN {rrn}, mot de passe de mon compte {password}",
 "Mon numéro de registre national : {rrn}. Facture {invoice} de {year}.",
]
T["agent"] += [
 "Bonjour {first}, le remboursement vers {iban} est lancé. ^{ai}",
 "Bonjour {first}, mot de passe provisoire : {newpw}. Votre identifiant reste {user}. Merci de le modifier immédiatement. {agent}",
]
