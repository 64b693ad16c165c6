"""Belgian templates: Flemish (nl-be) and French (fr-be)."""

CUST_NLBE = {
    "parcel": [
        "Dag bpost, mijn pakje zit in de pakjesautomaat aan {f:locker} maar de code {t:otp.locker} wordt geweigerd. Barcode {n:tracking_number}. Mijn gsm: {t:phone}",
        "Allee zeg, al 2x een briefje 'afwezig' terwijl ik thuis was op {t:address}. Zending {n:tracking_number}. Kunnen jullie het naar een afhaalpunt sturen?",
        "Goeiemiddag, ik heb de code per sms gekregen ({t:otp}) maar het kastje blijft dicht. Foutmelding {n:error_code}. Wat nu?",
        "Mijn buur heeft mijn pakket aangenomen maar ik weet niet welke. Ik woon {t:address.street}, {f:city}. Klantnummer {t:customer_number}",
    ],
    "cinema": [
        "Hallo Kinepolis, ik heb tickets voor {f:film} op {n:date} om {n:time} maar twee keer betaald met mijn Bancontact {t:card.maestro}. Bestelnr {n:order_number}. Graag terugstorten op {t:iban}",
        "Mijn Student-pas werkt ni meer aan de kassa. Pasnr {t:customer_number}, geboortedatum {t:date_of_birth}. Kan da opgelost worden?",
        "Ik geraak ni in mijn account, login {t:username} en paswoord {t:password}. Da's toch juist?",
        "Voor {f:play} in de schouwburg wil ik mijn abonnement wijzigen, rijksregisternummer werd gevraagd: {t:bsn}. Is dat normaal??",
    ],
    "drinks": [
        "Ik heb een bak {f:brand} besteld, {n:quantity}, maar er was er één gebroken. Gelieve {n:amount} terug te storten op {t:iban}",
        "Voor de leeftijdscontrole vraagt de site mijn geboortedatum ({t:date_of_birth}) en mijn e-mail {t:email}. Maar ik krijg geen bevestigingscode",
        "Leveradres aanpassen aub naar {t:address}, tel {t:phone}. Levering voorzien {n:date}",
        "Hallo, de bevestigingscode van jullie wijnclub is {t:otp} maar er staat 'vervallen'. Lidnummer {t:customer_number}",
    ],
    "garage": [
        "Goeiemorgen, auto staat voor de keuring en onderhoud. Sleutel in de sleutelkluis, code {t:pin}. Nummerplaat {f:plate}. Bel mij op {t:phone}",
        "Zomerbanden gewisseld ({n:model_number}), factuur {n:invoice_number} van {n:amount}. Betaald met kaart {t:card} maar toch nog een herinnering??",
        "Kilometerstand bij afgifte {n:meter_reading}, bij ophalen veel meer. Klantnummer {t:customer_number}. En ik kreeg toch {n:percentage} korting?",
        "Kan de wagen opgehaald worden aan huis? {t:address}. Klantnummer bij jullie: {t:customer_number}",
        "Ik moet inloggen op het dealerportaal voor de garantie, gebruikersnaam {t:username}, paswoord {t:password}. Error {n:error_code}",
    ],
    "housing": [
        "Dag kotbaas, de deurcode van ons kot is veranderd en ik heb niks gekregen. Vroeger was het {t:pin}. Ik zit op {t:address}",
        "Wifi op kot ligt plat, netwerk {f:ssid}, sleutel {t:wifi_key}. Kan de verhuurder eens naar de router kijken? IP van buiten {t:ip_address}",
        "Mijn huurwaarborg ({n:amount}) is nog niet vrijgegeven. Rekeningnummer {t:iban}, rijksregisternr {t:bsn}, contract {t:customer_number.contract}",
        "Ik zoek een kot voor {n:year}, mijn gsm is {t:phone} en mail {t:email}. Graag terugbellen na {n:time}",
        "De wifi-code van het kot is veranderd naar {t:wifi_key}, klopt dat? Het netwerk heet {f:ssid}. Ik land pas {n:date} met {n:flight_number}",
        "Kotbaas vraagt mijn rijksregisternummer {t:bsn} en een kopie identiteitskaart via WhatsApp. Mag dat? Mijn adres: {t:address}",
    ],
    "toys": [
        "Online besteld bij {f:brand}, afhalen in de winkel met code {t:otp}. Maar de winkel zegt dat het pakket er niet is? Bestelling {n:order_number}",
        "Inschrijving voor {f:club} op {n:date}. Lidnummer {t:customer_number}, mama's gsm {t:phone}, betaald via {t:iban}",
        "Klantenkaart: {t:customer_number}. Punten zijn weg na de update naar {n:version_string}. Mijn e-mail: {t:email}",
    ],
    "account": [
        "Ik heb per ongeluk mijn itsme pincode {t:pin} gedeeld in een chat. Moet ik die wijzigen? Geboortedatum {t:date_of_birth}",
        "Token voor de API gelekt in een screenshot: {t:token}. Kunnen jullie die intrekken? Request {n:request_id}",
        "SIM geblokkeerd. PUK is {t:puk}, pincode wordt {t:pin}. Nummer {t:phone}",
        "Onze webshop (drankenhandel) gebruikt API key {t:api_key}, poort {n:port}. Sinds {n:date} {n:error_code}. Kunnen jullie helpen?",
        "Personal access token {t:token} staat in de logs van {n:url}, graag intrekken. Checksum logbestand {n:checksum}",
        "Modem van de garage: SSID {f:ssid}, WPA-sleutel {t:wifi_key}, admin paswoord {t:password}. Technieker komt {n:date}?",
    ],
}

CUST_FRBE = {
    "parcel": [
        "Bonjour, mon colis est dans le distributeur de colis à {f:locker} mais le code {t:otp.locker} ne fonctionne pas. N° de suivi {n:tracking_number}. Mon GSM : {t:phone}",
        "Colis livré à la mauvaise adresse ! Je suis au {t:address}, pas chez le voisin. Référence {n:tracking_number}, numéro client {t:customer_number}",
        "slt j'ai recu le code de retrait {t:otp} par SMS mais le casier reste fermé (erreur {n:error_code}). vous pouvez m'appeler au {t:phone} ?",
        "Est-ce que vous pouvez rediriger mon colis vers un Point Relais ? Adresse actuelle : {t:address}. Merci d'avance",
    ],
    "cinema": [
        "Bonsoir, j'ai payé deux fois mes places pour {f:film} ({n:amount} chacune) avec ma carte {t:card}. Commande {n:order_number}. Remboursement sur {t:iban} svp",
        "Impossible de me connecter à l'appli : identifiant {t:username}, mot de passe {t:password}. Version {n:version_string}",
        "Abonnement théâtre pour {f:play}, le {n:date} à {n:time}. Ils me demandent mon numéro de registre national {t:bsn} ?? C'est obligatoire ?",
        "Ma carte de fidélité {t:customer_number} n'est plus reconnue. Date de naissance : {t:date_of_birth}",
    ],
    "drinks": [
        "Bonjour la brasserie, je voudrais annuler ma box dégustation. N° client {t:customer_number}, domiciliation sur le compte {t:iban}",
        "Livraison de vin prévue le {n:date} mais je ne serai pas là. Nouvelle adresse de livraison : {t:address}. Tél {t:phone}",
        "Le code de confirmation pour la vérification d'âge ({t:otp}) ne marche pas, et ma date de naissance c'est le {t:date_of_birth}",
        "J'ai commandé {n:quantity} de rouge, il en manque 2. Facture {n:invoice_number}, mon mail {t:email}",
    ],
    "garage": [
        "Bonjour, ma voiture passe au contrôle technique demain. Je laisse la clé dans la boîte à clés, code {t:pin}. Plaque {f:plate}. Joignable au {t:phone}",
        "Changement de pneus ({n:model_number}) facturé {n:amount} au lieu du devis. Facture {n:invoice_number}. Merci de rembourser sur {t:iban}",
        "Kilométrage au dépôt {n:meter_reading}, remise promise de {n:percentage} non appliquée. Code de confirmation reçu : {t:otp}",
        "Pour l'entretien, mon numéro client est {t:customer_number} et l'adresse pour l'enlèvement {t:address}",
        "J'ai payé l'acompte par carte {t:card}, exp {t:card_expiry}, cryptogramme {t:cvv}. Je n'ai pas reçu de confirmation ?",
    ],
    "housing": [
        "Bonjour Monsieur, le code de la porte d'entrée du kot ne fonctionne plus ({t:pin}). J'habite {t:address}. Merci de passer rapidement",
        "La clé wifi du logement étudiant : {t:wifi_key}, réseau {f:ssid}. Elle ne marche plus depuis {n:date}",
        "Ma garantie locative de {n:amount} n'a pas été libérée. Compte {t:iban}, n° national {t:bsn}",
        "Je cherche une chambre pour la rentrée {n:year}. Contact : {t:email} ou {t:phone}",
        "Le propriétaire a changé la clé WPA : {t:wifi_key} ? Réseau {f:ssid}. J'arrive le {n:date} par le vol {n:flight_number}",
        "Le bailleur me demande mon numéro de registre national ({t:bsn}) par SMS, c'est normal ? Mon adresse : {t:address}",
    ],
    "toys": [
        "Bonjour, commande {n:order_number} en retrait magasin, code de retrait {t:otp.words}. Le magasin dit qu'il ne trouve rien",
        "Inscription de mon fils au {f:club}, numéro de membre {t:customer_number}, payé par domiciliation {t:iban}",
        "Ma carte client {t:customer_number} a été bloquée. Mon adresse mail {t:email}, né le {t:date_of_birth}",
    ],
    "account": [
        "Quelqu'un s'est connecté depuis l'IP {t:ip_address} ! J'ai changé mon mot de passe en {t:password}. Identifiant : {t:username}",
        "Clé API de notre boutique : {t:api_key} — elle renvoie {n:error_code} depuis ce matin",
        "Code PUK {t:puk} saisi mais toujours bloqué. Mon numéro {t:phone}",
        "Notre jeton d'accès {t:token} apparaît dans une capture d'écran publique ({n:url}). Pouvez-vous le révoquer ? Empreinte {n:checksum}",
        "Caisse de la cave à vins : clé API {t:api_key}, port {n:port}, hôte {t:ip_address}. Erreur {n:error_code}",
        "Box internet du garage : mot de passe wifi {t:wifi_key}, identifiant admin {t:username}, mot de passe {t:password}",
    ],
}

AGENT_NLBE = [
    "Dag {f:name}, sorry voor het ongemak! Je nieuwe afhaalcode is {t:otp.locker}, geldig tot {n:date}. Groetjes, {f:agent}",
    "Hallo {f:name}, we hebben het bedrag van {n:amount} teruggestort op {t:iban}. Dossiernummer {n:ticket_number}. ^{f:agent}",
    "Dag {f:name}, deel je paswoord nooit publiekelijk. Verander het zo snel mogelijk via {n:url}. Bij vragen: {n:company_phone}. Ondernemingsnr {n:company_registration}",
    "Bedankt {f:name}! Ik heb je afspraak bevestigd op {n:date} om {n:time}. We bellen je op {t:phone} zodra de wagen klaar is. {f:agent}",
    "Dag {f:name}, je klantennummer {t:customer_number} staat op {t:address}. Klopt dat nog? Mvg, {f:agent}",
    "Hoi {f:name}, de betaling met kaart {n:masked_value} is gelukt. Bestelling {n:order_number} vertrekt {n:date}.",
]

AGENT_FRBE = [
    "Bonjour {f:name}, désolés pour le désagrément. Votre nouveau code de retrait est {t:otp.locker}, valable jusqu'au {n:date}. Bien à vous, {f:agent}",
    "Bonjour {f:name}, le remboursement de {n:amount} a été effectué sur le compte {t:iban}. Dossier {n:ticket_number}.",
    "Bonsoir {f:name}, ne partagez jamais votre mot de passe ici. Modifiez-le via {n:url}. Service client : {n:company_phone}",
    "Merci {f:name} ! Rendez-vous confirmé le {n:date} à {n:time}. Nous vous appellerons au {t:phone}. {f:agent}",
    "Bonjour, votre numéro client {t:customer_number} est bien lié à l'adresse {t:email}. N° d'entreprise {n:company_registration}. Cordialement, {f:agent}",
    "Bonjour {f:name}, votre carte se terminant par {n:masked_value} a bien été débitée de {n:amount}. Commande {n:order_number}.",
]
