"""Belgian French (fr-be) templates."""

GROUPS = [
 ("chat", "demenageur", [
  "bonjour, déménagement prévu le {!date} de {address} vers {address.2}. Vous pouvez commencer à {!time}? mon gsm {phone}",
  "J'ai reçu le devis {!order_number} pour {!quantity} mais {!amount} c'est beaucoup trop. Rappelez-moi au {phone} svp",
  "le boîtier à clés près de la porte a le code {pin}, les déménageurs peuvent entrer dès {!time}",
  "Paiement de l'acompte ({!amount}) par carte {card}, exp {card_expiry}, cryptogramme {cvv} mais pas de confirmation??",
  "vos déménageurs ont abîmé mon armoire. n° de dossier {!ticket_number}. Mon mail : {email}",
  "Nouvelle adresse : {address}\nAncienne adresse : {address.2}\nTél : {phone}\nDate : {!date}\nNombre de cartons : {!quantity}",
 ]),
 ("chat", "banque", [
  "Je voudrais changer mon adresse, nouvelle adresse {address}. compte {iban}, né le {date_of_birth}",
  "bonjour je reçois un code par sms ({otp}) mais l'app dit 'code invalide' pour le changement d'adresse, erreur {!error_code}",
  "Ma carte se terminant par {!masked_value} a été envoyée à l'ancienne adresse. Le code PIN c'est {pin}, faut-il le bloquer ?",
  "déménagé, mon numéro de compte {iban} et mon numéro national {bsn:nid}. Merci d'enregistrer {address}",
  "La garantie locative de {!amount} doit être libérée sur {iban}, au nom de {@name}. N° client {customer_number}",
  "le code du lecteur de carte : {otp} — toujours impossible de modifier mon adresse, version de l'app {!version_string}",
 ]),
 ("chat", "energie", [
  "Relevés à la remise des clés le {!date} : électricité jour {!meter_reading} nuit {!meter_reading.2}, gaz {!meter_reading.3} m³. Code EAN {customer_number:ean}",
  "Bonjour, je déménage le {!date}. numéro client {customer_number}, nouvelle adresse {address}. Le contrat peut suivre ?",
  "Quel index dois-je communiquer ? le compteur {!model_number} affiche {!meter_reading}. EAN {customer_number:ean}",
  "Mon acompte passe à {!amount}/mois, soit {!percentage} de plus. Contrat {customer_number:contract}, appelez-moi au {phone}",
  "Jamais reçu la facture de clôture pour {address}, seulement la facture {!invoice_number}. Réponse à {email} svp",
 ]),
 ("chat", "eau", [
  "index compteur d'eau à l'état des lieux : {!meter_reading} m³. réf client {customer_number}, adresse {address}",
  "Bonjour, depuis le {!date} j'habite {address}. Mon n° de client chez vous est {customer_number}, domiciliation sur {iban} svp",
  "photo du compteur envoyée à {!time}, index {!meter_reading}, compteur n° {!model_number}",
  "l'ancien locataire n'a pas donné l'index. le mien c'est {!meter_reading}, client {customer_number}. tél {phone}",
 ]),
 ("chat", "internet", [
  "Internet déménage mais le modem ne marche pas. N° client {customer_number}, modem {!model_number}, code erreur {!error_code}",
  "le mot de passe wifi du nouveau modem est {wifi_key} (réseau {@ssid}) mais le pc ne se connecte pas",
  "impossible d'accéder au modem. identifiant admin / mot de passe {password}, ip {ip_address} port {!port}",
  "Technicien prévu le {!date} entre {!time} et {!time.2}. Adresse {address}, tél {phone}. N° abonné {customer_number}",
  "après le déménagement j'ai {!error_code} dans l'app ({!version_string}). Login {username}, mdp {password}",
  "le code wifi c'est {wifi_key} sur le réseau {@ssid}, mais ça coupe tout le temps",
  'Nouvelle clé de sécurité réseau : {wifi_key} (SSID {@ssid}), mot de passe admin {password}',
 ]),
 ("chat", "commune", [
  "Changement d'adresse à la commune: l'agent de quartier n'est pas encore passé. Registre national {bsn:nid}, adresse {address}",
  "Ma carte eID doit être mise à jour, née le {date_of_birth}, NN {bsn:nid}. Rendez-vous le {!date} à {!time} ?",
  "le code itsme {otp} ne passe pas pour la déclaration de changement d'adresse",
  "dossier {!ticket_number} à la commune d'{@city}, nouvelle adresse {address}, date de naissance {date_of_birth}",
 ]),
 ("chat", "garantie", [
  "Le propriétaire retient {!amount} de ma garantie locative. Bail {customer_number:contract}, à rembourser sur {iban}",
  "La garantie ({!amount}) est bloquée sur le compte {iban}. Il faut les deux signatures. Mon gsm {phone}",
  "état des lieux de sortie le {!date} à {!time}, {address}. quand récupère-t-on la garantie? mail {email}",
  "garantie payée avec {card}, {card_expiry}, le bailleur dit rien reçu. transaction {!request_id}",
 ]),
 ("chat", "stockage", [
  "le code du portail du box ne marche plus, j'utilise {pin}. box n° {!product_code}",
  "N° client {customer_number}. Je résilie mon box au {!date}, solde {!amount} à prélever sur {iban}",
  "connexion espace client : {username} / {password} -- affiche toujours l'ancien prix de {!amount}",
  "code alarme du box {pin}, code portail {pin.2}. Ils changent après le déménagement ?",
 ]),
 ("chat", "poste", [
  "Réexpédition demandée, référence {!order_number}. ancienne adresse {address}, nouvelle {address.2}. Payé {!amount}",
  "colis {!tracking_number} livré à mon ancienne adresse, maintenant j'habite {address}. appelez {phone}",
  "le code de confirmation reçu par mail est {otp}, mais le formulaire le refuse",
 ]),
 ("chat", "sim", [
  "Téléphone perdu dans les cartons, la nouvelle SIM demande le PUK. numéro {phone}, client {customer_number}",
  "le PUK c'est {puk} non ? et le code PIN {pin}. ça marche pas",
  "la carte SIM est bloquée, le PUK {puk} est sur le support plastique, le PIN c'était {pin}",
 ]),
 ("chat", "dev", [
  "Nous sommes une plateforme de déménagement, notre clé API {api_key} renvoie {!error_code}. request id {!request_id}",
  "Pour l'intégration on utilise le jeton {token}, il expire après une heure ?",
  "le webhook reçoit 401 avec le token {token}. serveur {ip_address}:{!port}, somme de contrôle {!checksum}",
  'clé API {api_key} et secret {aws_secret} publiés par erreur dans le ticket, merci de les révoquer. Utilisateur {username}',
  "jeton d'accès {token} refusé, erreur {!error_code}, version {!version_string}",
 ]),
 ("public", "pub", [
  "{!mention} déjà {!quantity} d'attente pour le technicien, déménagé le {!date} et toujours pas d'internet {!hashtag}",
  "{!mention} votre service de réexpédition c'est une catastrophe. Le courrier arrive toujours à l'ancienne adresse {!hashtag}",
  "Appelez-moi {!mention} : {phone}. J'ai rempli le formulaire 3 fois {!hashtag}",
  "{!mention} combien de temps pour un changement d'adresse? dossier {!ticket_number}",
  "Merci {!mention} ! Index communiqués, tout réglé en {!time} {!hashtag}",
  "{!mention} mon adresse mail {email}, merci de me recontacter pour les dégâts du déménagement",
 ]),
 ("agent", "agent", [
  "Bonjour {@first}, merci pour votre message. J'ai bien noté votre nouvelle adresse {address} à partir du {!date}. Votre n° de dossier : {!ticket_number}. {@agent}",
  "Bonjour {@first}, désolé pour ce désagrément. Pouvez-vous nous envoyer votre n° client en privé ? ^{@agent}",
  "Ne partagez jamais votre code PIN ou mot de passe, même en privé. Appelez-nous au {!company_phone} ({!time}-{!time.2}). {@agent}",
  "La garantie de {!amount} a été versée le {!date} sur le compte {!masked_value}. Pouvez-vous vérifier ? /{@agent}",
  "Cher/Chère {{prenom}}, votre déménagement est prévu le [DATE]. Plus d'infos : {!url}. Cordialement, {@agent}",
  "Merci {@first}. J'ai encodé les index ({!meter_reading} et {!meter_reading.2}) pour l'EAN {customer_number:ean}. La facture {!invoice_number} suivra. ^{@agent}",
 ]),
 ("email", "mail", [
  """Je déménage le {!date} de {address} vers {address.2} et je souhaite garder mon contrat d'énergie.

N° client : {customer_number}
Code EAN électricité : {customer_number:ean}
Index ancien logement : {!meter_reading} kWh / {!meter_reading.2} m³
Compte pour la facture de clôture : {iban}

Pouvez-vous me confirmer que l'acompte de {!amount} reste identique ? Vous pouvez me joindre au {phone}.""",
  """Suite à notre conversation du {!date}, voici les données demandées pour la garantie locative.

Locataire : {@name}
Date de naissance : {date_of_birth}
Numéro de registre national : {bsn:nid}
Adresse actuelle : {address}
Compte : {iban}

Le propriétaire a déjà signé. La clé se trouve dans la boîte à clés (code {pin}).""",
  """La semaine passée j'ai réservé un déménagement (devis {!order_number}) pour {!quantity}.
Malheureusement je ne parviens pas à me connecter pour changer la date. J'ai réinitialisé le mot de passe, le nouveau est {password} mais j'ai toujours l'erreur {!error_code}.
Mon identifiant est {username}.

Je voudrais déplacer la date au {!date}. La nouvelle adresse est {address}, il faut une autorisation de stationnement.""",
  """Mon internet et ma télé doivent suivre à la nouvelle adresse au {!date} :

{address}

N° abonné {customer_number}. J'ai reçu un nouveau modem ({!model_number}) mais je voudrais garder les anciens réglages : réseau {@ssid}, clé {wifi_key}.
Le mot de passe admin du modem : {password}. Mon IP publique était {ip_address}, j'en ai besoin pour la caméra sur le port {!port}.""",
  """Nous avons loué un box de stockage pendant les travaux et souhaitons résilier au {!date}.
Contrat {customer_number:contract}, box {!product_code}.
Le code d'accès du portail ({pin}) ne fonctionne plus depuis hier.
Le solde peut être prélevé sur {iban}, ou sur ma carte {card} (exp. {card_expiry}).""",
  """Vous trouverez en annexe le document de reprise signé avec les index :
- électricité : {!meter_reading} kWh
- gaz : {!meter_reading.2} m³
- eau : {!meter_reading.3} m³
Adresse : {address}
Nouvel occupant : {@name}, joignable via {email}. N° client de l'ancien occupant : {customer_number}.""",
 ]),
]
