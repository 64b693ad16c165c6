"""Belgian templates: Flemish extras (nl-be) and French (fr-be)."""

BODY_VL = [
    ("be_grid", "grid", [
        "Goeiendag, de digitale meter staat op {~meter_reading} maar ik heb amper verbruikt. EAN {customer_number|ean}, adres {address}.",
        "Ik heb een panne sinds {~time}, heel de straat zit zonder stroom. Mijn gsm: {phone}. Referentie {~ticket_number}",
        "Via itsme lukt het niet om in te loggen bij {$brand}, en de sms-code {otp} is blijkbaar vervallen.",
        "Mijn rijksregisternummer is {bsn}, ik wil de aansluiting op mijn naam zetten. EAN-code: {customer_number|ean}. Adres {address}",
        "Allee, de technieker komt {~date} tussen {~time} en {~time:2}. De code van de poort is {pin|gate}, gelieve te bellen naar {phone} als ge er zijt",
        "Meterstanden: dag {~meter_reading}, nacht {~meter_reading:2}, injectie {~meter_reading:3}. Klantnummer {customer_number}.",
    ]),
    ("be_bike", "bike", [
        "Mijn leasefiets via het werk ({$brand}) staat al {~quantity} weken bij de fietsenmaker. Dossier {customer_number|lease}. Kan dat wat sneller?",
        "Ik heb mijn fietsslot code vergeten, was het {pin|lock} of {pin|lock:2}? Fiets staat in de stalling op {address}.",
        "Goeiemorgen, ik wil mijn bankrekening aanpassen voor de domiciliëring: nieuw nummer {iban}. Klantnr. {customer_number}",
        "gelieve mij terug te bellen op {phone}, het gaat over de bestelling {~order_number} van {~amount}",
    ]),
    ("be_muni", "waste", [
        "De PMD-zak werd niet meegenomen in de {$street}. Ik woon op {address}. Mijn rijksregisternr.: {bsn}",
        "Ik wil een containerpark-toegang aanvragen. Rijksregisternummer {bsn}, e-mail {email}.",
        "Hoeveel kost een extra restafvalcontainer? Ik heb nu klantnummer {customer_number|waste} en betaal {~amount} per jaar.",
        "De ophaling van het grofvuil staat op {~date} maar ik zit in het buitenland (vlucht {~flight_number}). Kan mijn buur, tel {phone}, dat opvolgen?",
    ]),
    ("be_baby_photo_lux", "baby", [
        "De geboortelijst van ons dochtertje (nr. {customer_number|registry}) toont nog de oude producten. Mijn login is {username}, paswoord {password}.",
        "Betaald met Bancontact maar geen bevestiging. Kaart {card}, vervalt {card_expiry}. Bedrag {~amount}",
        "De fotoafdrukken ({~quantity}) zijn nooit toegekomen. Bestelnummer {~order_number}, adres {address}.",
        "Mijn horloge ({~model_number|watch}) is binnengebracht voor nazicht op {~date}. Kunnen jullie mij laten weten wanneer het klaar is? {phone}",
    ]),
    ("be_public", "grid", [
        "{~mention} al 3 uur zonder stroom in {$city}, wanneer is dit opgelost? {~hashtag}",
        "{~mention} schandalig, mijn vuilzak staat er nog altijd {~hashtag}",
        "{~mention} stuur mij een PB aub, klantnummer {customer_number}",
        "{~mention} volgens {~url} is er geen storing maar hier is alles donker {~hashtag}",
    ]),
]
GREETING_VL = ["Goeiedag,", "Beste,", "Dag {$brand},", "Geachte,", "Hallo daar,", "Goeiemorgen,"]
CLOSING_VL = ["Met vriendelijke groeten,", "Groetjes,", "Mvg", "Alvast bedankt,", "Vriendelijke groeten,"]
SIGNATURE_VL = [
    "{$full}\nGSM {phone}",
    "{$full}\n{address}",
    "{$first}\nVerzonden vanaf mijn Samsung Galaxy-smartphone.",
    "{$full} | {phone} | {email}",
]
DISCLAIMER_VL = [
    "Dit bericht en eventuele bijlagen zijn vertrouwelijk en enkel bestemd voor de geadresseerde.",
    "Gelieve het milieu te sparen en deze e-mail niet af te drukken.",
]
QUOTE_HEADER_VL = [
    "Op {~date} om {~time} schreef {$brand} <klantendienst>:",
    "Van: Klantendienst {$brand}\nVerzonden: {~date}\nOnderwerp: Uw dossier {~ticket_number}",
]
FORWARD_VL = [
    "---------- Doorgestuurd bericht ----------\nVan: {$full} <{email}>\nDatum: {~date}\nOnderwerp: {?factuur/panne/ophaling}\n",
    "Begin doorgestuurd bericht:\nVan: {$full} <{email}>\nOnderwerp: Fw: {?klacht/vraag/dossier}\n",
]
AGENT_VL = [
    "Dag {$first}, spijtig dat je zonder stroom zit. Onze technici zijn ter plaatse (ref. {~ticket_number}). Volg de panne op {~url}. Groetjes, {$agent}",
    "Hallo {$first}, ik heb je nieuwe rekeningnummer {iban} doorgegeven aan de boekhouding. Vanaf {~date} wordt het gebruikt. {$agent}",
    "Beste {$first}, deel je paswoord nooit met ons. Je kan het resetten via {~url} of bel {~company_phone}. Vriendelijke groeten, {$agent}",
    "Dag {$first}, je meteropname van {~meter_reading} is goed ontvangen. Je afrekening volgt. {$agent}",
    "Hey {$first}, wil je ons je klantnummer en adres bezorgen via PB? Dan bekijk ik het meteen. {$agent}",
    "Dag {$first}, we hebben het dossier op naam van {address} gevonden en een technieker gepland. Hij belt naar {phone}. {$agent}",
]
AGENT_SIG_VL = [
    "{$agent} – Klantendienst {$brand}\n{~company_phone} | {~url}",
    "Vriendelijke groeten,\n{$agent}\n{$brand} | Ondernemingsnummer {~company_registration}",
]

BODY_FR = [
    ("fr_grid", "grid", [
        "Bonjour, mon compteur communicant affiche {~meter_reading} alors que je suis parti {~quantity} jours. Code EAN {customer_number|ean}.",
        "Panne de courant depuis {~time} au {address}. Tout le quartier est dans le noir. Mon GSM : {phone}",
        "Voici mes index au {~date} : jour {~meter_reading}, nuit {~meter_reading:2}. N° client {customer_number}.",
        "Je déménage le {~date}. Nouvelle adresse : {address}. Numéro de registre national {bsn}. Code EAN {customer_number|ean}.",
        "Le technicien peut entrer, le code de la boîte à clés est {pin|keybox}. Merci de m'appeler au {phone} avant de passer.",
        "Je n'arrive pas à me connecter à mon espace client {$brand}, le code reçu par SMS ({otp}) ne marche pas.",
        "Mon compteur ({~model_number|meter}) affiche l'erreur {~error_code|meter}. EAN : {customer_number|ean}, adresse {address}",
        "Le module wifi du compteur ne se connecte plus. Réseau {$ssid}, clé wifi {wifi_key}, IP {ip_address}.",
    ]),
    ("fr_bike", "bike", [
        "Mon vélo en leasing ({$brand}, contrat {customer_number|lease}) a été volé devant la gare. Je fais quoi maintenant ?",
        "Bonjour, le cadenas de mon vélo a le code {pin|lock}, vous pouvez le récupérer au {address} quand vous voulez.",
        "Nouveau compte pour la domiciliation : {iban} au nom de {$full}. Merci de mettre à jour.",
        "J'ai payé la réparation par carte {card} (exp. {card_expiry}, cryptogramme {cvv}), mais le paiement a été refusé ??",
        "La batterie de mon {~model_number|bike} affiche {~error_code|bike}, facture {~invoice_number} du {~date}.",
        "Identifiant : {username}\nMot de passe : {password}\nJe ne peux plus réserver de vélo via l'appli (version {~version_string}).",
    ]),
    ("fr_muni", "waste", [
        "Les sacs PMC n'ont pas été collectés rue {$street} le {~date}. J'habite au {address}.",
        "Je voudrais demander une carte d'accès au recyparc. Numéro national : {bsn}, adresse : {address}, tél. {phone}.",
        "Mon conteneur à puce n° {customer_number|waste} a été volé. Que faire ?",
        "Bonjour, pour la prime vélo de la commune : mon IBAN est {iban}, NN {bsn}, né le {date_of_birth}.",
        "Le ramassage des encombrants est prévu le {~date} à {~time}. Je suis joignable au {phone} ou par mail {email}.",
    ]),
    ("fr_photo_lux_baby", "lux", [
        "Ma montre {~model_number|watch} est en révision depuis le {~date} (bon de réparation {~order_number}). Des nouvelles ? Tél : {phone}",
        "Pour le paiement de la révision ({~amount}) : carte {card}, date d'expiration {card_expiry}, CVC {cvv}.",
        "La liste de naissance n° {customer_number|registry} n'affiche plus les cadeaux achetés. Mon e-mail : {email}",
        "Notre fils est né le {date_of_birth|child}, je voudrais activer la carte fidélité {customer_number|member}.",
        "Mon livre photo (commande {~order_number}) est arrivé abîmé. Livraison au {address}, colis {~tracking_number}.",
        "Le mot de passe de la galerie en ligne du mariage ne fonctionne plus : {password}. Pouvez-vous le réinitialiser ?",
        "Pour l'intégration de votre labo photo, voici notre clé API : {api_key}. Le jeton d'accès {token} expire demain.",
        "Mon code PUK est {puk}, j'ai bloqué la carte SIM en tapant trois fois le mauvais code PIN ({pin|sim}).",
    ]),
    ("fr_public", "grid", [
        "{~mention} encore une panne à {$city} depuis {~time} !! {~hashtag}",
        "{~mention} les poubelles ne sont pas passées {~hashtag} {~hashtag:2}",
        "{~mention} pouvez-vous me contacter en MP ? Mon numéro client est {customer_number}",
        "{~mention} votre site {~url} est en panne, erreur {~error_code|web}",
    ]),
]
GREETING_FR = ["Bonjour,", "Madame, Monsieur,", "Bonjour {$brand},", "Bonsoir,", "Chère équipe,", "Salut,"]
CLOSING_FR = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bonne journée,", "Bàv,"]
SIGNATURE_FR = [
    "{$full}\nGSM : {phone}",
    "{$full}\n{address}\n{phone}",
    "{$first}\nEnvoyé de mon iPhone",
    "{$full} — {email}",
    "{$full}\nPhotographe indépendant — TVA {~company_registration}\n{~url}",
]
DISCLAIMER_FR = [
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
    "Pensez à l'environnement avant d'imprimer cet e-mail.",
]
QUOTE_HEADER_FR = [
    "Le {~date} à {~time}, Service clientèle {$brand} a écrit :",
    "De : {$brand} Service Client\nEnvoyé : {~date} {~time}\nObjet : Votre demande [{~ticket_number}]",
]
FORWARD_FR = [
    "-------- Message transféré --------\nDe : {$full} <{email}>\nDate : {~date}\nObjet : {?panne/facture/collecte}\n",
    "Début du message réexpédié :\n\nDe : {$full} <{email}>\nObjet : TR: {?réclamation/question/dossier}\nDate : {~date} à {~time}\n",
]
AGENT_FR = [
    "Bonjour {$first}, nous sommes désolés pour la panne. Nos équipes sont en route (réf. {~ticket_number}). Suivi sur {~url}. {$agent}",
    "Bonjour {$first}, ne partagez jamais votre mot de passe. Vous pouvez le réinitialiser sur {~url} ou appeler le {~company_phone}. Bien à vous, {$agent}",
    "Merci {$first}, nous avons bien reçu vos index ({~meter_reading}). Votre facture de régularisation suivra. {$agent}",
    "Bonjour {$first}, le remboursement de {~amount} sera versé sur le compte {~masked_value|iban} d'ici {~quantity} jours. {$agent}",
    "Bonjour, pouvez-vous nous envoyer votre numéro client et code postal en message privé ? {$agent}",
    "Bonjour {$first}, votre nouvelle adresse {address} est enregistrée. Nous vous contacterons au {phone}. {$agent}",
]
AGENT_SIG_FR = [
    "{$agent} – Service clientèle {$brand}\n{~company_phone} | {~url}",
    "Cordialement,\n{$agent}\n{$brand} – N° d'entreprise {~company_registration}",
]

BODY_VL += [
    ("vl_secrets", "bike", [
        "Mijn login voor de Cyclis-app: {username} / {password}. Krijg telkens {~error_code|web}.",
        "De code die ik per sms kreeg: {otp}. Werkt niet. Daarna nog eens {otp:2}",
        "Wifi-code van de winkel: {wifi_key} (netwerk {$ssid}), toestel heeft adres {ip_address}",
        "PUK-code {puk}, mijn gsm is geblokkeerd. Pincode was {pin|sim} denk ik",
        "Den alarmcode is {pin|alarm}, de sleutel hangt in de garage. Technieker mag binnen {~date}.",
        "Paswoord gewijzigd van {password} naar {password:2} maar ik geraak nog steeds niet binnen op het portaal (versie {~version_string}).",
        "Token voor de koppeling met de boekhouding: {token}, sleutel {api_key}. Sinds {~year} geen problemen gehad.",
        "Het wachtwoord van mijn account bij jullie is {password}, gebruikersnaam is mijn e-mail {email}. Kunnen jullie kijken waarom ik geblokkeerd ben?",
    ]),
]
BODY_FR += [
    ("fr_secrets", "photo", [
        "Identifiant {username}, mot de passe {password}. L'application affiche {~error_code|web} depuis la mise à jour {~version_string}.",
        "J'ai reçu le code {otp} par SMS, puis {otp:2}. Aucun ne fonctionne.",
        "Le code qu'on m'a dicté au téléphone : {otp|words}. C'est normal ?",
        "Clé wifi de la boutique : {wifi_key}, routeur {ip_address} port {~port}.",
        "Le code d'alarme de la maison est {pin|alarm}, le technicien peut passer le {~date}.",
        "J'ai changé mon mot de passe {password} pour {password:2} mais ça bloque toujours.",
        "Voici ma clé d'API de production {api_key} (et de test {api_key:2}), le support m'a demandé de l'envoyer.",
        "Jeton d'accès personnel : {token}. Expire le {~date}.",
        "Code PIN de ma carte bancaire {pin|card} — je l'ai tapé par erreur dans votre chat, pouvez-vous l'effacer ?",
        "Mon code PUK : {puk}. Carte SIM bloquée depuis mon vol {~flight_number}.",
    ]),
    ("fr_mixed", "baby", [
        "Nom : {$full}\nAdresse : {address}\nTél : {phone}\nE-mail : {email}\nIBAN : {iban}\nDate de naissance : {date_of_birth}",
        "J'ai acheté la poussette en {~year} avec {~percentage} de réduction, garantie encore valable ? Commande {~order_number}",
        "Appelez-moi au {phone} ou ma femme au {phone:2}, livraison au {address}",
    ]),
]
AGENT_VL += [
    "Dag {$first}, deel je pincode of paswoord nooit via sociale media. Wijzig ze meteen. Wij vragen die nooit. {$agent}",
    "Hallo {$first}, je geboortelijst {customer_number|registry} staat terug online. Excuses voor het ongemak! {$agent}",
]
AGENT_FR += [
    "Bonjour {$first}, ne communiquez jamais vos codes PIN ou mots de passe. Modifiez-les immédiatement. {$agent}",
    "Bonjour {$first}, votre liste de naissance {customer_number|registry} est de nouveau visible. {$agent}",
]
