"""Belgian templates: Flemish (nl-be) and French (fr-be)."""

BODY_NL = {
    "charity": [
        "Dag, ik heb een fiscaal attest nodig voor mijn giften van {n:year}. Rijksregisternummer {p:bsn}, adres {p:address}. Alvast merci!",
        "Ik heb per ongeluk twee keer {n:amount} gestort vanaf {p:iban}. Kan de tweede terug? Mededeling was {n:order_number}.",
        "Uw straatwerver heeft mijn gegevens genoteerd maar ik wil toch stoppen. GSM {p:phone}, domiciliëring op rekening {p:iban}.",
        "Ik krijg geen bevestigingsmail op {p:email} voor mijn gift met mijn kaart {p:card}. Is het wel gelukt of moet ik opnieuw?",
        "Hallo, mijn donateursnummer is {p:customer_number}, ik ben verhuisd naar {p:address}. Gelieve dat aan te passen voor het tijdschrift.",
        "Moet ik echt mijn rijksregisternummer ({p:bsn}) doorgeven voor het attest? En mijn geboortedatum {p:date_of_birth} ook?",
        "Wij zijn een vzw (ondernemingsnummer {n:company_registration}) en willen samenwerken. Contact: {f:name}, {p:phone}",
    ],
    "print": [
        "Ons trouwalbum is nog altijd niet geleverd, bestelling {n:order_number}, en het tracknummer {n:tracking_number} geeft niks. Adres is {p:address}.",
        "Allez, de foto's zijn veel te donker afgedrukt, {n:quantity}! Bel mij eens terug op {p:phone}.",
        "Ik heb mijn paswoord gereset maar het nieuwe ({p:password}) wordt niet aanvaard. Login is {p:email}.",
        "Betaling met Visa {p:card}, vervalt {p:card_expiry}, code achteraan {p:cvv}, maar ik krijg fout {n:error_code}.",
        "Kan ik factuur {n:invoice_number} op naam van onze firma krijgen? BTW {n:company_registration}. Contact: {p:email}",
        "Verificatiecode {p:otp} gekregen maar ik was helemaal niet aan het inloggen?! Klantnummer {p:customer_number}. Ben ik gehackt?",
        "Ge hebt mijn kalender naar het verkeerde adres gestuurd. Het moest naar {p:address} zijn, niet naar mijn ma.",
    ],
    "msp": [
        "Onze server op {p:ip_address} ligt plat sinds {n:time}. Foutmelding {n:error_code}. Kunnen jullie eens inloggen? Admin is {p:username} met {p:password}.",
        "Nieuw wifi-paswoord voor het kantoor: {p:wifi_key}. Netwerk {f:ssid}. Gelieve dat in de documentatie te zetten.",
        "De API-sleutel van de webshop is gelekt denk ik: {p:api_key}. Kunnen jullie die vervangen?",
        "Mijn GSM van het werk vraagt een PUK-code, {p:puk} werkt niet. Nummer is {p:phone}.",
        "De firewall ({n:model_number}, firmware {n:version_string}) blokkeert poort {n:port}. Ticket {n:ticket_number}.",
        "Bearer token voor de koppeling met de boekhouding: {p:token} — vervalt die? We krijgen sinds {n:date} een 401.",
        "Bij {f:company} werkt de badgelezer niet meer, de deurcode is tijdelijk {p:pin}. Technieker mag morgen om {n:time} komen.",
    ],
    "estate": [
        "Ik zoek een kot voor mijn zoon in {f:city}, kunnen we komen kijken? Mijn nummer {p:phone}, mail {p:email}.",
        "De huurwaarborg van {n:amount} staat nog altijd geblokkeerd, ik ben vertrokken uit {p:address}. Terugstorten op {p:iban} aub.",
        "Wat is de code van de sleutelkluis voor de plaatsbeschrijving? Vorige keer was het {p:pin}.",
        "Voor het huurcontract: rijksregisternummer {p:bsn}, geboren op {p:date_of_birth}, huidig adres {p:address}.",
        "Meterstanden bij intrek: elektriciteit {n:meter_reading}, water {n:meter_reading#w}. EAN {p:customer_number}.",
        "De indexatie van {n:percentage} klopt niet. Huurcontract {p:customer_number}, de huur was {n:amount}.",
        "Kunnen jullie mijn appartement te koop zetten? Het gaat om {p:address}. Ge kunt mij bellen op {p:phone} na {n:time}.",
    ],
    "recruit": [
        "Mijn loon van deze week staat nog niet op {p:iban}. Werknemersnummer {p:customer_number}.",
        "Voor de Dimona hebben jullie mijn rijksregisternummer nodig zeker? Hier: {p:bsn}",
        "Kan ik mijn loonfiches online bekijken? Inloggen met {p:username} en {p:password} lukt niet.",
        "Mijn nieuw adres voor de C4: {p:address}. GSM blijft {p:phone}.",
        "Interimcontract niet ontvangen op {p:email}, wel de code {p:otp} om te tekenen.",
        "Mijn geboortedatum staat fout in het dossier: moet {p:date_of_birth} zijn. Kandidaatnr {p:customer_number}.",
        "Ik heb {n:quantity} gewerkt voor {f:company} maar mijn maaltijdcheques ontbreken. Rekening {p:iban}",
    ],
    "library": [
        "Mijn Museumpas {p:customer_number} werd geweigerd aan de kassa op {n:date}. Nochtans betaald, {n:amount}.",
        "Ik ben de pincode van de bibliotheek vergeten, de oude was {p:pin}. Lidkaart {p:customer_number}.",
        "Inloggen op de bib-app met {p:username} / {p:password} geeft fout {n:error_code}.",
        "Gelieve mijn adres aan te passen naar {p:address}, en GSM {p:phone}.",
        "Museumpas hernieuwen met kaart {p:card} geldig tot {p:card_expiry} lukt niet.",
        "Mijn dochter is geboren op {p:date_of_birth}, mag zij gratis lid worden? Mail {p:email}",
        "Ik heb een boek verloren, hoeveel moet ik betalen? Lenersnummer {p:customer_number}, geboren {p:date_of_birth}.",
    ],
}

BODY_FR = {
    "charity": [
        "Bonjour, je souhaite recevoir mon attestation fiscale {n:year}. Numéro de registre national {p:bsn}, adresse {p:address}. Merci d'avance.",
        "J'ai fait un virement de {n:amount} depuis {p:iban} mais je n'ai reçu aucun accusé. Communication {n:order_number}.",
        "Arrêtez la domiciliation SVP, compte {p:iban}, numéro de donateur {p:customer_number}.",
        "Votre recruteur dans la rue m'a demandé ma date de naissance ({p:date_of_birth}) et mon GSM {p:phone}, c'est normal?",
        "Don en ligne avec ma carte {p:card} exp. {p:card_expiry} CVC {p:cvv} refusé, erreur {n:error_code}.",
        "Merci de corriger mon adresse mail: {p:email} (et pas l'ancienne). Donateur n° {p:customer_number}.",
        "Notre asbl (BCE {n:company_registration}) organise une collecte le {n:date}. Contact: {f:name}, {p:phone}.",
    ],
    "print": [
        "Mon livre photo (commande {n:order_number}) n'est toujours pas arrivé. Suivi {n:tracking_number}. Adresse de livraison: {p:address}.",
        "Les tirages sont flous, {n:quantity} à refaire. Rappelez-moi au {p:phone} svp.",
        "Je n'arrive plus à me connecter, identifiant {p:username}, mot de passe {p:password}. Message {n:error_code}.",
        "Code de vérification {p:otp} reçu par SMS mais la page dit qu'il est expiré. Client n° {p:customer_number}.",
        "Remboursement de {n:amount} pour la facture {n:invoice_number} sur le compte {p:iban} svp.",
        "Paiement refusé avec ma Mastercard {p:card}, date d'expiration {p:card_expiry}, cryptogramme {p:cvv}.",
        "Pouvez-vous livrer les affiches ({n:product_code}) à {p:address} avant {n:time}? Merci",
    ],
    "msp": [
        "Le serveur {p:ip_address} ne répond plus depuis {n:time}. Code {n:error_code}. Accès admin: {p:username} / {p:password}.",
        "Nouvelle clé wifi pour le bureau: {p:wifi_key}. Réseau {f:ssid}.",
        "Pouvez-vous révoquer cette clé API? {p:api_key} — elle a été publiée par erreur sur le wiki.",
        "Mon GSM pro demande le code PUK, j'ai {p:puk} sur la carte mais ça ne passe pas. Code PIN {p:pin}.",
        "Le jeton d'accès {p:token} expire toutes les heures, c'est normal? Ticket {n:ticket_number}.",
        "La mise à jour {n:version_string} du {n:model_number} a planté, port {n:port} fermé. IP publique {p:ip_address}.",
        "Chez {f:company} personne ne reçoit ses mails depuis {n:date}. Le mot de passe du compte info@ est {p:password}, si ça aide.",
    ],
    "estate": [
        "Bonjour, je suis intéressée par l'appartement. Mes coordonnées: {p:phone}, {p:email}. Date de naissance {p:date_of_birth}.",
        "La garantie locative de {n:amount} n'est toujours pas libérée. J'ai quitté l'appartement {p:address} le {n:date}. Mon compte: {p:iban}.",
        "Quel est le code de la boîte à clés pour la visite? C'était {p:pin} la dernière fois.",
        "Pour le bail: registre national {p:bsn}, né le {p:date_of_birth}, adresse actuelle {p:address}.",
        "Relevés de compteur: électricité {n:meter_reading}, gaz {n:meter_reading#g}. Code EAN {p:customer_number}.",
        "Fuite dans la salle de bain, le plombier peut passer, code de la porte {p:pin}, tél {p:phone}.",
        "L'indexation de {n:percentage} me semble fausse. Bail n° {p:customer_number}.",
    ],
    "recruit": [
        "Mon salaire n'est pas arrivé sur {p:iban}. Numéro de travailleur {p:customer_number}.",
        "Pour l'inscription: registre national {p:bsn}, né le {p:date_of_birth}, domicile {p:address}.",
        "Impossible de me connecter à l'espace intérimaire avec {p:username} et {p:password}.",
        "J'ai changé de numéro: {p:phone}. Et mon mail c'est {p:email}.",
        "Code de signature {p:otp} reçu mais le contrat ne s'affiche pas, lien {n:url}.",
        "Veuillez remplacer mon compte {p:iban#old} par {p:iban#new} pour les paiements.",
        "Mon C4 indique une mauvaise date de naissance, la bonne est {p:date_of_birth}. Dossier {p:customer_number}.",
    ],
    "library": [
        "Ma carte de bibliothèque {p:customer_number} est bloquée, le code PIN {p:pin} ne marche plus.",
        "J'ai perdu mon museumPASS, numéro {p:customer_number}, née le {p:date_of_birth}.",
        "Amende de {n:amount} alors que j'ai rendu le livre le {n:date}. Mon mail: {p:email}.",
        "Connexion à l'appli e-books: {p:username} / {p:password}, erreur {n:error_code}.",
        "Nouvelle adresse: {p:address}. Merci de mettre à jour mon dossier de lecteur.",
        "Paiement du renouvellement avec la carte {p:card} ({p:card_expiry}) refusé.",
        "Le wifi de la bibliothèque ({f:ssid}) demande une clé, on m'a donné {p:wifi_key} mais rien.",
    ],
}

ADDON_NL = [
    "Mijn GSM: {p:phone}",
    "Ge kunt mij ook mailen op {p:email}.",
    "Klantnummer {p:customer_number} voor de volledigheid.",
    "Ik heb al naar {n:company_phone} gebeld, niemand neemt op.",
    "Dossiernummer {n:ticket_number}.",
    "Mijn rijksregisternr is {p:bsn} als ge dat nodig hebt.",
    "Meer info op {n:url}",
    "De code die ik kreeg: {p:otp}",
    "Adres: {p:address}",
    "Bankkaart eindigt op {n:masked_value}.",
]
ADDON_FR = [
    "Mon GSM: {p:phone}",
    "Vous pouvez aussi m'écrire à {p:email}.",
    "N° client {p:customer_number}.",
    "J'ai appelé le {n:company_phone}, personne ne répond.",
    "Dossier {n:ticket_number}.",
    "Mon numéro national: {p:bsn}",
    "Voir {n:url}",
    "Le code reçu: {p:otp}",
    "Adresse: {p:address}",
    "Carte se terminant par {n:masked_value}.",
]
PUBLIC_NL = [
    "Al {n:quantity} besteld en nu dit weer, zeer teleurgesteld. Bestelling {n:order_number}",
    "Sinds {n:time} ligt heel ons netwerk plat, storing? {n:url}",
    "Dossier {n:ticket_number} staat al open sinds {n:date}. Allez, iemand?",
    "Schitterende expo gisteren, Museumpas loont echt!",
]
PUBLIC_FR = [
    "Commande {n:order_number} toujours pas livrée, {n:quantity} photos pour un mariage...",
    "Panne depuis {n:time}, c'est la galère au bureau. {n:url}",
    "Dossier {n:ticket_number} ouvert depuis le {n:date}. Quelqu'un?",
    "Super expo ce week-end, merci pour le museumPASS!",
]
AGENT_NL = [
    "Dag {f:first}, vervelend! Ik zie uw dossier onder klantnummer {p:customer_number}. Deel uw paswoord nooit via bericht. Ik stuurde een resetlink naar {p:email}. Groeten, {f:agent}",
    "Bedankt {f:first}. Uw adres is aangepast naar {p:address}. Kaart {n:masked_value} is geblokkeerd. Vragen? Bel {n:company_phone}. {f:initials}",
    "Hallo {f:first}, de terugbetaling van {n:amount} gebeurt op {p:iban}, binnen 3 werkdagen. Dossier {n:ticket_number}. {f:initials}",
    "Wilt u uw bericht met het rijksregisternummer {p:bsn} verwijderen? Dit is publiek. Stuur ons gerust een privébericht. ^{f:agent}",
    "De code van de sleutelkluis is {p:pin}, geldig tot {n:date}. Veel succes! {f:agent}",
    "Uw tijdelijk paswoord is {p:password}. Gelieve dit meteen te wijzigen via {n:url}. Met vriendelijke groeten, {f:agent} – {f:brand}",
    "Dag {first_name}, uw verificatiecode is [CODE]. Groeten, {f:brand}",
]
AGENT_FR = [
    "Bonjour {f:first}, désolé pour ce souci. Je vois votre dossier client {p:customer_number}. Ne partagez jamais votre mot de passe ici. Un lien a été envoyé à {p:email}. Bien à vous, {f:agent}",
    "Merci {f:first}. Votre adresse est modifiée: {p:address}. La carte {n:masked_value} est bloquée. Questions? {n:company_phone}. {f:initials}",
    "Bonjour {f:first}, le remboursement de {n:amount} sera versé sur {p:iban} sous 3 jours ouvrables. Dossier {n:ticket_number}. {f:initials}",
    "Pourriez-vous supprimer votre message contenant votre numéro national {p:bsn}? Ce canal est public. Écrivez-nous en privé. ^{f:agent}",
    "Le code de la boîte à clés est {p:pin}, valable jusqu'au {n:date}. Bonne visite! {f:agent}",
    "Votre mot de passe provisoire est {p:password}. Modifiez-le dès la connexion sur {n:url}. Cordialement, {f:agent} – {f:brand}",
    "Bonjour {first_name}, votre code est <code>. L'équipe {f:brand}",
]
GREET_NL = ["Beste,", "Geachte,", "Dag {f:brand},", "Hallo,", "Goeiemorgen,", "Beste {f:agent},"]
CLOSE_NL = ["Met vriendelijke groeten,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groet,", "Merci!"]
SIG_NL = [
    "{f:name}\nGSM {p:phone}",
    "{f:name}\n{p:address}",
    "{f:name} – {f:company}\nOndernemingsnr. {n:company_registration}\nT {p:phone}",
    "--\n{f:first}\nVerzonden vanaf mijn Samsung Galaxy",
    "{f:name}\n{p:email} | {p:phone}",
]
CLOSE_FR = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,", "Bonne journée,", "Bàv"]
GREET_FR = ["Bonjour,", "Madame, Monsieur,", "Bonjour {f:brand},", "Bonsoir,", "Chère équipe,", "Bonjour {f:agent},"]
SIG_FR = [
    "{f:name}\nGSM: {p:phone}",
    "{f:name}\n{p:address}",
    "{f:name} – {f:company}\nTVA {n:company_registration}\nTél. {p:phone}",
    "--\n{f:first}\nEnvoyé de mon iPhone",
    "{f:name}\n{p:email} – {p:phone}",
]
QUOTE_HDR_NL = [
    "Op {n:date} om {n:time} schreef {f:brand} <{f:svcmail}>:",
    "Van: {f:brand} <{f:svcmail}>\nVerzonden: {n:date} {n:time}\nAan: {p:email}\nOnderwerp: RE: dossier {n:ticket_number}",
    "{f:agent} van {f:brand} schreef op {n:date}:",
]
QUOTE_HDR_FR = [
    "Le {n:date} à {n:time}, {f:brand} <{f:svcmail}> a écrit :",
    "De : {f:brand} <{f:svcmail}>\nEnvoyé : {n:date} {n:time}\nÀ : {p:email}\nObjet : RE: dossier {n:ticket_number}",
    "{f:agent} ({f:brand}) a écrit le {n:date} :",
]
DISCLAIMER_NL = [
    "Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
    "Denk aan het milieu alvorens deze mail af te drukken.",
]
DISCLAIMER_FR = [
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
]
FWD_NL = ["---------- Doorgestuurd bericht ---------\nVan: {f:name} <{p:email}>\nDatum: {n:date}", "Begin doorgestuurd bericht:\nVan: {f:name} <{p:email}>\nOnderwerp: dossier {n:ticket_number}"]
FWD_FR = ["---------- Message transféré ---------\nDe : {f:name} <{p:email}>\nDate : {n:date}", "Début du message réexpédié :\nDe : {f:name} <{p:email}>\nObjet : TR: facture {n:invoice_number}"]
CHAT_OPEN_NL = ["Dag", "Hallo", "Goeiendag,", "Hey"]
CHAT_OPEN_FR = ["Bonjour", "Bjr", "Salut,", "Bonsoir"]

# second batch: index 7 (odd -> heldout), 8 (even -> dev)
BODY_NL["charity"] += [
    "Inloggen in het schenkersportaal lukt niet: {p:username} / {p:password}, vanaf IP {p:ip_address}.",
    "Attest aanvragen: rijksregisternr {p:bsn}, geboren {p:date_of_birth}. Gift van {n:amount} betaald met kaart {p:card}, cvc {p:cvv}.",
]
BODY_NL["print"] += [
    "Ons kantoor print via jullie API, sleutel {p:api_key}, maar krijgt {n:error_code}. Login van de beheerder: {p:username}.",
    "De fotokiosk in onze winkel hangt: de simkaart vraagt PUK {p:puk}? En het token van de kassa-koppeling ({p:token}) is vervallen.",
]
BODY_NL["msp"] += [
    "Wifi-paswoord van het magazijn ({f:ssid}) is {p:wifi_key}, router admin {p:username} / {p:password}, IP {p:ip_address}.",
    "Mijn token {p:token} werkt niet meer en mijn GSM vraagt een PUK: {p:puk}. Geboortedatum voor verificatie: {p:date_of_birth}.",
]
BODY_NL["estate"] += [
    "Slim slot in het appartement: app-login {p:username}, paswoord {p:password}. Wifi {f:ssid} sleutel {p:wifi_key}.",
    "Huurder betaalde de waarborg met kaart {p:card} vervalt {p:card_expiry}, cvc {p:cvv}, rijksregisternummer {p:bsn}.",
]
BODY_NL["recruit"] += [
    "Tijdsregistratie via de tablet: gebruiker {p:username}, ww {p:password}, IP {p:ip_address}. Iban voor het loon {p:iban}.",
    "Geboortedatum {p:date_of_birth} en rijksregisternummer {p:bsn} voor de Dimona. Bearer-token voor jullie API: {p:token}.",
]
BODY_NL["library"] += [
    "Bib-account: gebruikersnaam {p:username}, wachtwoord {p:password}, en de wifi-code van de leeszaal {p:wifi_key} klopt niet.",
    "Voor de UiTPAS aan kansentarief: rijksregisternummer {p:bsn}, geboren {p:date_of_birth}, kaartnr {p:customer_number}.",
]
BODY_FR["charity"] += [
    "Notre site de collecte utilise la clé API {p:api_key} de votre plateforme, elle est refusée. Compte partenaire {p:customer_number}.",
    "Pour l'attestation: registre national {p:bsn}, date de naissance {p:date_of_birth}, adresse {p:address}.",
]
BODY_FR["print"] += [
    "Le token {p:token} de l'intégration boutique a expiré. Compte pro {p:customer_number}, login {p:username}.",
    "Commande pour l'anniversaire de ma fille née le {p:date_of_birth}, paiement carte {p:card} CVC {p:cvv}.",
]
BODY_FR["msp"] += [
    "Clé API Microsoft Graph {p:api_key} et jeton {p:token} à renouveler, client {p:customer_number}.",
    "Mon registre national {p:bsn} et ma date de naissance {p:date_of_birth} étaient dans le partage public. Pouvez-vous supprimer?",
]
BODY_FR["estate"] += [
    "Accès portail locataire: identifiant {p:username}, mot de passe {p:password}, n° locataire {p:customer_number}.",
    "Le locataire: né le {p:date_of_birth}, numéro national {p:bsn}, GSM {p:phone}.",
]
BODY_FR["recruit"] += [
    "Pointage sur tablette: login {p:username}, code PIN {p:pin}, numéro de travailleur {p:customer_number}. Token d'API {p:token}.",
    "Date de naissance {p:date_of_birth}, registre national {p:bsn} pour la Dimona. Paiement sur {p:iban}.",
]
BODY_FR["library"] += [
    "Mon compte lecteur {p:customer_number#a} et celui de mon fils {p:customer_number#b}, identifiant {p:username}.",
    "Pour le tarif réduit Article 27: registre national {p:bsn}, née le {p:date_of_birth}.",
]
ADDON_NL += ["Login is {p:username}.", "Rijksregisternummer: {p:bsn}"]
ADDON_FR += ["Mon identifiant: {p:username}", "Registre national: {p:bsn}"]
EMAIL_CTX_NL = [
    "Ik ben al jaren klant, maar dit is echt niet in orde.",
    "Ik heb het eerst via de chat geprobeerd, zonder resultaat.",
    "Sorry voor de lange mail, ik probeer alles duidelijk uit te leggen.",
    "Mijn vorige mail bleef onbeantwoord, vandaar nogmaals.",
    "Ik schrijf in naam van mijn moeder, zij heeft geen computer.",
    "Sinds {n:date} sukkel ik hier al mee.",
]
EMAIL_CTX_FR = [
    "Je suis client(e) depuis des années, mais là ce n'est vraiment pas normal.",
    "J'ai d'abord essayé via le chat, sans succès.",
    "Désolé pour ce long message, j'essaie d'être clair.",
    "Mon précédent mail est resté sans réponse, je me permets de relancer.",
    "J'écris au nom de ma mère qui n'a pas d'ordinateur.",
    "Depuis le {n:date}, je n'arrive à rien.",
]
ADDON_NL += [
    "Ik vertrek {n:date} met vlucht {n:flight_number}.",
    "Tracknummer vorige zending: {n:tracking_number}.",
    "Meterstand vandaag: {n:meter_reading}.",
    "De meter stond op {n:meter_reading} bij de sleuteloverdracht.",
]
ADDON_FR += [
    "Je pars le {n:date} avec le vol {n:flight_number}.",
    "Suivi de l'envoi précédent: {n:tracking_number}.",
    "Relevé du compteur aujourd'hui: {n:meter_reading}.",
    "Le compteur indiquait {n:meter_reading} à la remise des clés.",
]
