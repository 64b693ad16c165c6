"""Belgian templates: nl-be (Flemish) and fr-be (French)."""

CHAT_NLBE = [
    "Dag, ik geraak niet meer in mijn account van {~paper}. Login {username}, paswoord {password}. Kunnen jullie da resetten aub?",
    "Ons skireis naar {~resort} is verzet naar {!date} maar niemand heeft ons verwittigd. Dossier {!order_number}. Mijn gsm: {phone:be}",
    "De loodgieter mag binnen met de code van het sleutelkastje: {pin:door}. Adres is {address:be}. Ik ben zelf pas thuis rond {!time}",
    "Mijn rijksregisternummer is {bsn:be}, da vroeg de sportclub voor de verzekering van ons {~kid}. Klopt dat wel?",
    "Allee, al {!quantity:dagen} geen gazet gehad. Abonnee nummer {customer_number}, {address:be}",
    "Ik heb een fiets verkocht op {~market} en de koper vraagt mijn bankkaartnummer {card} en de vervaldatum {card_expiry} om te 'verifiëren'. Is da normaal??",
    "Kan het lidgeld van {!amount} van een ander rekeningnummer: {iban:be}? Lidnummer {customer_number}",
    "Stroomonderbreking sinds deze middag, zekering springt telkens. EAN {customer_number:ean}. Kan de elektricien nog langskomen? gsm {phone:be}",
    "Ik kreeg een code van {otp} per sms maar ik heb niks aangevraagd, wie zit er in mijn account?",
    "Wifi op de camping lukt niet. Netwerk {~ssid}, sleutel {wifi_key} volgens de folder. Staanplaats nummer staat op ons ticket",
    "Hallo, mijn leasefiets van {~ebike} (contract {customer_number}) staat al {!quantity:weken} bij de hersteller. Wanneer krijg ik een vervangfiets?",
    "nieuwe pincode van mijn bankkaart is {pin:4}, de oude {pin:4} was geblokkeerd. Mag ik die nu gebruiken in jullie webshop? :)",
    "Mijn mailadres is veranderd naar {email}. Geboortedatum {date_of_birth} ter controle",
    "Factuur {!invoice_number} klopt niet, {!amount} i.p.v. {!amount}. Ondernemingsnummer van jullie staat er ook verkeerd op",
]

PUBLIC_NLBE = [
    "{!mention} wanneer gaan jullie mijn geld terugstorten? {!amount} voor een geannuleerde skireis {!hashtag}",
    "Sukkels van {!mention}, al {!quantity:dagen} geen krant. Bel mij: {phone:be}",
    "{!mention} site geeft foutmelding {!error_code} bij betalen, zie {!url}",
    "Iemand een goeie loodgieter in de buurt van {~city}? {!hashtag}",
    "{!mention} ik heb mijn gegevens in DM gezet, mijn adres is {address:be} voor de levering",
    "Opgelet voor valse kopers op {~market}! Ze vragen je kaartcode. Dit nummer belde mij: {phone:be} {!hashtag}",
    "{!mention} training {~club} gaat door om {!time}? {!hashtag}",
]

EMAIL_NLBE = [
    "Wij hebben bij jullie een skivakantie geboekt voor {!quantity:personen} naar {~resort} (dossiernummer {!order_number}). Door ziekte van onze zoon moeten wij annuleren.\n\nGelieve het voorschot van {!amount} terug te storten op {iban:be} op naam van {~full}. Mijn gsm-nummer is {phone:be}.",
    "In bijlage de inschrijving van onze dochter voor {~club}:\nNaam: {~kid} {~last}\nGeboortedatum: {date_of_birth:kid}\nRijksregisternummer: {bsn:be}\nAdres: {address:be}\nGSM ouder: {phone:be}\nE-mail: {email}\n\nHet lidgeld van {!amount} hebben wij overgeschreven.",
    "De elektricien is op {!date} langs geweest maar de storing is niet opgelost. Uw factuur {!invoice_number} betaal ik dus niet. Klantnummer {customer_number}, adres {address:be}. Bereikbaar op {phone:be} na {!time}.",
    "Hierbij vraag ik de opzegging van mijn abonnement op {~paper} (abonneenummer {customer_number}) tegen {!date}. De domiciliëring op rekening {iban:be} mag stopgezet worden.",
    "Ik kan niet inloggen op het portaal van {~ebike}. Ik heb al een nieuw paswoord aangemaakt ({password}) maar ik krijg {!error_code}. Mijn login is {username}. Personeelsnummer bij mijn werkgever: {customer_number}.",
    "Wij komen aan op {~camp} op {!date}. Kunnen jullie de code van de slagboom alvast doorsturen naar {email} of per sms naar {phone:be}? Reservatie {!order_number}.",
    "Via {~market} heb ik een kinderwagen gekocht voor {!amount}. De verkoper heeft mij een link gestuurd en ik heb mijn kaart ingegeven: {card}, vervaldatum {card_expiry}, code {cvv}. Daarna kreeg ik een bevestigingscode {otp} die ik heb doorgegeven. Nu is er geld verdwenen.",
]

AGENT_NLBE = [
    "Dag {~first}, sorry voor het ongemak! We hebben de bezorging op {address:be} opnieuw ingepland vanaf {!date}. Vriendelijke groeten, {~agent}",
    "Hallo {~first}, geef nooit je kaartcode of een bevestigingscode door aan een koper. Heb je dat toch gedaan? Laat je kaart blokkeren via Card Stop. Meld het ook via {!url}. Groetjes {~agent}",
    "Dag {~first}, de code voor de slagboom is {pin:door}. De wifi-sleutel voor {~ssid} is {wifi_key}. Fijne vakantie! {~agent}",
    "Hoi {~first}, ik heb je gsm-nummer {phone:be} aangepast in je dossier. Referentie {!ticket_number}. Je kan ons ook bellen op {!company_phone}. {~agent}",
    "Dag {~first}, bedankt! De terugbetaling van {!amount} gebeurt op je rekening die eindigt op {!masked_value}. Groeten, {~agent}",
]

CHAT_FRBE = [
    "Bonjour, je n'arrive plus à me connecter à mon compte {~paper}. Identifiant {username}, mot de passe {password}. Merci de vérifier",
    "Notre voyage au ski à {~resort} a été annulé ! Réservation {!order_number}, vol {!flight_number}. Mon GSM : {phone:be}",
    "Le plombier peut entrer, la boîte à clés est à côté de la porte, code {pin:door}. Adresse : {address:be}",
    "Pas de journal depuis {!quantity:jours}... numéro d'abonné {customer_number}. C'est inadmissible",
    "Un acheteur sur {~market} me demande le code reçu par SMS ({otp}) pour 'confirmer la vente'. C'est une arnaque ?",
    "Coupure de courant depuis {!time}, le disjoncteur saute. Code EAN {customer_number:ean}. Électricien dispo aujourd'hui ? Tél {phone:be}",
    "Bonsoir, la cotisation du club pour mon fils ({date_of_birth:kid}) peut être prélevée sur {iban:be}. Merci !",
    "mon velo electrique de {~ebike} est en panne, contrat n° {customer_number}, la batterie {!model_number} ne charge plus",
    "Le code wifi du camping ({wifi_key}) ne marche pas sur {~ssid}. On est là jusqu'au {!date}",
    "J'ai donné mon numéro de carte {card} et le cryptogramme {cvv} à un faux acheteur, que faire ?",
    "Mon numéro de registre national : {bsn:be}. Date de naissance {date_of_birth}. C'est pour l'assurance annulation",
    "Nouveau mot de passe : {password}, l'ancien c'était {password}. Toujours erreur {!error_code}",
    "Le code de l'alarme pour l'électricien c'est {pin:door}, il passe entre {!time} et {!time}",
]

PUBLIC_FRBE = [
    "{!mention} toujours pas remboursée de {!amount} pour mon séjour au ski annulé ! {!hashtag}",
    "{!mention} troisième jour sans journal dans ma boîte. Appelez-moi au {phone:be} {!hashtag}",
    "Attention aux faux acheteurs sur {~market}, ils demandent le code SMS {!hashtag} {!hashtag}",
    "{!mention} votre site plante avec l'erreur {!error_code} depuis la version {!version_string}",
    "{!mention} j'ai envoyé mes coordonnées en MP, email {email}",
    "Super séjour au {~camp}, {!quantity:nuits} au calme {!hashtag}",
    "{!mention} qui peut venir réparer une fuite à {address:be} aujourd'hui ? {!hashtag}",
]

EMAIL_FRBE = [
    "Nous avons réservé un séjour au ski à {~resort} pour {!quantity:personnes} (dossier {!order_number}, montant {!amount}). Suite à une blessure, nous devons annuler.\n\nMerci de rembourser l'acompte sur le compte {iban:be} au nom de {~full}. Vous pouvez me joindre au {phone:be}.",
    "Voici les informations pour l'inscription de ma fille {~kid} au {~club} :\n- Date de naissance : {date_of_birth:kid}\n- N° de registre national : {bsn:be}\n- Adresse : {address:be}\n- GSM : {phone:be}\n- E-mail : {email}\n\nLa cotisation de {!amount} a été versée le {!date}.",
    "Votre technicien est passé le {!date} pour la chaudière ({!model_number}) mais le code erreur {!error_code} revient. Je refuse de payer la facture {!invoice_number}. Numéro client {customer_number}, adresse {address:be}.",
    "Je souhaite résilier mon abonnement au {~paper} à partir du {!date}. Numéro d'abonné : {customer_number}. Merci d'arrêter la domiciliation sur {iban:be}.",
    "Je n'arrive pas à me connecter à mon espace {~ebike}. Identifiant : {username}\nMot de passe : {password}\nJ'ai reçu le code {otp} mais il est refusé. Mon adresse IP selon votre message d'erreur : {ip_address}.",
    "Nous arrivons au {~camp} le {!date} vers {!time}. Pouvez-vous envoyer le code de la barrière par SMS au {phone:be} ? Réservation {!order_number}. Adresse de facturation : {address:be}.",
    "J'ai vendu un vélo sur {~market}. L'acheteur m'a envoyé un lien de paiement ({!url}) où j'ai saisi ma carte {card}, date d'expiration {card_expiry}, code {cvv}. Maintenant {!amount} ont disparu de mon compte.",
]

AGENT_FRBE = [
    "Bonjour {~first}, désolés pour ce désagrément. Nous avons signalé le problème de livraison au {address:be}. Votre abonnement {customer_number} sera prolongé de {!quantity:jours}. Cordialement, {~agent}",
    "Bonjour {~first}, ne communiquez jamais vos codes SMS ni votre mot de passe. Nous avons bloqué votre compte par précaution. Ticket {!ticket_number}. Service client : {!company_phone}. {~agent}",
    "Bonjour {~first}, le code de la barrière est {pin:door} et le code wifi {wifi_key}. Bon séjour ! {~agent}",
    "Bonjour {~first}, le technicien passera le {!date} entre {!time} et {!time}. Merci de confirmer votre numéro {phone:be}. {~agent}",
    "Bonjour {~first}, le remboursement de {!amount} sera effectué sur le compte se terminant par {!masked_value}. Référence {!ticket_number}. Bien à vous, {~agent}",
]

GREET_NLBE = ["Beste,", "Dag {~brand},", "Goeiedag,", "Geachte,", "Hallo,", "Beste mevrouw, meneer,"]
CLOSE_NLBE = ["Met vriendelijke groeten,", "Vriendelijke groet,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Bedankt en groeten,"]
SIG_NLBE = ["{~full}\nGSM {phone:be}", "{~full}\n{address:be}\n{phone:be}", "{~first}\nVerzonden vanaf mijn Galaxy", "{~full} - {email}",
            "{~full}\ngsm: {phone:be} / tel: {phone:land}", "{~first} {~last}"]
GREET_FRBE = ["Bonjour,", "Madame, Monsieur,", "Bonjour {~brand},", "Bonsoir,", "Chère équipe,", "Bonjour à vous,"]
CLOSE_FRBE = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bonne journée,", "Meilleures salutations,"]
SIG_FRBE = ["{~full}\nGSM : {phone:be}", "{~full}\n{address:be}", "{~first}\nEnvoyé de mon iPhone", "{~full} - {email} - {phone:be}",
            "{~full}\nTél. {phone:land}", "{~first} {~last}"]
QUOTE_HDR_NLBE = ["Op {!date} om {!time} schreef {~full} <{email}>:", "Van: {~brand}\nVerzonden: {!date}\nOnderwerp: Uw dossier",
                  "Op {!date} heeft {~brand} geschreven:", "----- Doorgestuurd bericht -----\nVan: {~full} <{email}>\nDatum: {!date}"]
QUOTE_HDR_FRBE = ["Le {!date} à {!time}, {~full} <{email}> a écrit :", "De : {~brand}\nEnvoyé : {!date}\nObjet : Votre réservation",
                  "Le {!date}, {~brand} a écrit :", "-------- Message transféré --------\nDe : {~full} <{email}>\nDate : {!date}"]
DISCLAIMER_NLBE = ["Dit bericht en eventuele bijlagen zijn vertrouwelijk.", "Gelieve dit bericht niet af te drukken tenzij noodzakelijk."]
DISCLAIMER_FRBE = ["Ce message et ses pièces jointes sont confidentiels.", "Pensez à l'environnement avant d'imprimer ce courriel."]
AGENT_SIG_NLBE = ["Vriendelijke groeten,\n{~agent}\nKlantendienst {~brand}\nT {!company_phone}\nOnd.nr. {!company_registration}",
                  "Groetjes, {~agent} | {~brand} | {!company_phone}", "Met vriendelijke groet,\n{~agent} - {~brand}\nBTW {!company_registration}"]
AGENT_SIG_FRBE = ["Cordialement,\n{~agent}\nService clientèle {~brand}\nTél. {!company_phone}\nN° d'entreprise {!company_registration}",
                  "Bien à vous, {~agent} - {~brand} - {!company_phone}", "Meilleures salutations,\n{~agent}\nTVA {!company_registration}"]
