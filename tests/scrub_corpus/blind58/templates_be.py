"""Belgian Dutch (nl-be) and Belgian French (fr-be, incl. customers from France) templates."""

NLBE = {}
FRBE = {}

NLBE["pub", "ticket_hack"] = [
    "{mention} mijne account is gehackt en mijn tickets voor {event} zijn weg!! Ik had nog geen enkele code gekregen. Mail: {email} {hashtag}",
    "Allez {mention}, al 2 weken wachten op ne terugbetaling van {amount} voor {artist}. Rekeningnummer {iban}, doe er iets aan {hashtag}",
    "{mention} waarom moet ik mijn rijksregisternummer {bsn} geven om een ticket op naam te zetten?? {hashtag}",
    "Iemand anders heeft mijn plaatsen verkocht op {ticketing}. Bestelling {order_number}, ik log in vanaf {ip_address} en zie dat er een ander IP bijstaat {mention}",
]
NLBE["pub", "subs"] = [
    "{mention} de krant ligt weer nie in de bus op {address}. Abonneenummer {customer_number}. Da's de derde keer deze maand {hashtag}",
    "{mention} fitness-abonnement stopgezet op {date} en toch weer {amount} gedomicilieerd van {iban}. Lidnummer {customer_number}",
    "Bij {mention} lukt annuleren alleen via telefoon {company_phone}, maar daar neemt niemand op. Klantennummer {customer_number} {hashtag}",
    "{mention} 'k heb een sms gekregen met code {otp} voor mijn {stream} profiel, maar ik was aan't slapen. Wie doet da?",
]
NLBE["dm", "tickets"] = [
    "Dag, ik heb {quantity} voor {event} maar ik kan zelf nie gaan. Kan ik die op naam van mijn broer zetten? {first} {last}, geboren op {date_of_birth}, gsm {phone}",
    "Goeiendag, ge hebt mijn kaart gedebiteerd ({card}, vervalt {card_expiry}) maar ik heb geen tickets gekregen. Bestelnr {order_number}",
    "ik heb de barcode {barcode} gekocht op tweedehands site, is die nog geldig? verkoper gaf me zijn login {username} en paswoord {password} om het te tonen",
    "Voorstelling in {theatre} geannuleerd. Terugbetaling graag op {iban}. Mijn klantnummer: {customer_number}",
    "De code die ik kreeg is {otp}, maar de site zegt dat hij vervallen is. Kunt ge een nieuwe sturen naar {phone}?",
    "Ik wil mijn vriendin toevoegen aan ons gezinsabonnement. Haar e-mail is {email}, geboortedatum {date_of_birth}.",
]
NLBE["dm", "account"] = [
    "Ons {stream} account wordt gedeeld door heel de familie, maar nu heeft iemand het paswoord veranderd naar {password}. Ik weet da omdat mijne zoon het zag. Oorspronkelijk was het {password}",
    "Hallo, mijn wifi wachtwoord is {wifi_key} en netwerk {ssid}, maar de tv zegt nog altijd {error_code}. Decoder {model_number}",
    "Mijn {gaming} account: {email} / {password}. Er is voor {amount} aan spellen gekocht die ik nie ken. Graag terugdraaien",
    "Er werd ingelogd vanaf {ip_address} om {time}. Twee-staps code was {otp_words}. Ik heb die aan niemand gegeven!",
    "Ouderlijk toezicht pincode vergeten, ik denk {pin4}. Kunt ge die resetten? klantnr {customer_number}",
    "Mijn domiciliëring is geweigerd, nieuw rekeningnummer {iban}. Mandaatreferentie {customer_number}",
]
NLBE["mail", "refund"] = [
    "Op {date} zou ik met {quantity} naar {artist} in het {venue} gaan. Het concert is afgelast. Ik heb betaald met mijn Bancontact-kaart.\n\nGraag terugbetaling van {amount} op rekeningnummer {iban} op naam van {first} {last}.\n\nBestelnummer: {order_number}\nKlantennummer: {customer_number}\nGSM: {phone}",
    "Ik heb een abonnement bij {gym} dat ik wil laten opschorten (bevriezen) omwille van een operatie. Mijn lidnummer is {customer_number}. Ik voeg het doktersattest toe.\n\nMijn adres: {address}\nGeboortedatum: {date_of_birth}\nRijksregisternummer (gevraagd door uw collega): {bsn}",
    "Sinds {date} word ik dubbel gedomicilieerd voor mijn krantenabonnement. Het gaat telkens over {amount}. Mijn IBAN is {iban}. Abonnee {customer_number}.\n\nIk wil het teveel betaalde terug en een bevestiging per mail naar {email}.",
    "Mijn account bij {ticketing} werd overgenomen. De dader heeft mijn e-mailadres vervangen en {quantity} doorverkocht. Ik gebruikte als login {username}, paswoord {password}. Er staat ook een onbekende gsm-nummer op: {phone}.\n\nIk heb aangifte gedaan bij de politie, PV-nummer {ticket_number}.",
]
NLBE["agent", "reply"] = [
    "Dag {first}, sorry voor het ongemak! We hebben je abonnement {customer_number} stopgezet per {date}. De domiciliëring op {masked_value} wordt gestopt. Groetjes, {agent}",
    "Hey {first}, de terugbetaling van {amount} is vertrokken naar {iban}. Reken op {days}. Dossier {ticket_number}. ^{agent}",
    "Dag {first}, stuur je ons een privébericht met je bestelnummer? Deel nooit je paswoord of code. Bellen kan op {company_phone}. {agent}",
    "Hallo {first}, ik heb je gsm-nummer {phone} gekoppeld en je ontvangt zo een nieuwe code. Nog vragen? {url} ^{agent}",
]
NLBE["snip", "mix"] = [
    "paswoord {password}", "mijne code was {otp}", "rijksregisternr {bsn}", "gsm {phone}", "rekeningnummer {iban}",
    "klantennummer {customer_number}", "bancontact pincode {pin4}", "mijn adres is {address}", "mail {email}",
    "geboren op {date_of_birth}", "login {username}", "kaart {card} ({card_expiry})",
]
NLBE["open", "chat"] = ["Dag,", "Hallo", "Goeiendag", "Hey", "Dag allemaal,", "Hallo daar,"]
NLBE["close", "chat"] = ["Merci!", "Bedankt alvast", "Groetjes", "Mvg", "merci e", "Dank u"]
NLBE["frame", "greet"] = ["Geachte,", "Beste,", "Goeiedag,", "Beste klantendienst,"]
NLBE["frame", "sign"] = [
    "Met vriendelijke groeten,\n{first} {last}\n{address}\nGSM {phone}",
    "Vriendelijke groeten,\n{first}",
    "Mvg\n{first} {last}\nKlantnr. {customer_number}",
    "Groetjes,\n{first} {last}\n{email}",
]
NLBE["frame", "quote"] = [
    "Op {date} om {time} schreef Klantendienst {ticketing}:",
    "Van: {first} {last} <{email}>\nVerzonden: {date}\nAan: klantendienst\nOnderwerp: terugbetaling",
]
NLBE["frame", "disclaimer"] = [
    "Ondernemingsnummer {company_registration} - RPR Antwerpen",
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde.",
]

FRBE["pub", "tickets"] = [
    "{mention} mon compte a été piraté et mes {quantity} pour {event} ont disparu ! Mon mail c'est {email} {hashtag}",
    "{mention} concert de {artist} annulé le {date} et toujours pas de remboursement de {amount}. IBAN {iban} {hashtag}",
    "Franchement {mention}, j'ai reçu un code {otp} alors que je n'ai rien demandé. Quelqu'un essaie de se connecter à mon compte {hashtag}",
    "{mention} abonnement résilié le {date} mais toujours prélevé sur {iban}. Numéro d'abonné {customer_number} {hashtag}",
]
FRBE["pub", "subs"] = [
    "{mention} le journal n'est pas arrivé au {address} depuis {days}. N° client {customer_number}",
    "Impossible de joindre {mention} au {company_phone}. Je veux juste suspendre mon abonnement salle de sport. Membre {customer_number} {hashtag}",
    "{mention} le site {url} me demande mon numéro national {bsn@be} pour un billet ?? c'est normal ?",
    "Merci {mention} pour rien. Mon compte {stream} partagé avec ma famille a été vidé, connexion depuis {ip_address} {hashtag}",
]
FRBE["dm", "tickets"] = [
    "Bonjour, j'ai acheté {quantity} pour {artist} à {venue} (commande {order_number}). Je voudrais changer le nom sur un billet : {first} {last}, né le {date_of_birth}.",
    "Bonsoir, paiement refusé avec l'erreur {error_code} mais ma carte {card} a été débitée de {amount}. Expiration {card_expiry}, cryptogramme {cvv}",
    "slt, mon identifiant c'est {username} et mdp {password}, je n'arrive plus à voir mes billets pour ce soir {time}",
    "Le spectacle au {theatre} du {date} est annulé, merci de me rembourser sur {iban} (titulaire {first} {last})",
    "J'ai reçu le code {otp} par SMS au {phone}, mais la page dit qu'il est expiré",
    "Code de vérification : {otp_words}. Je vous le dis au cas où vous en avez besoin pour débloquer mon compte",
]
FRBE["dm", "account"] = [
    "Mon compte {stream} a été piraté, l'adresse mail a été changée. Mon vrai mail : {email}, ancien mot de passe {password}",
    "On partage le compte en famille et ma fille a changé le mot de passe en {password}. Numéro client {customer_number}",
    "Mon fils a acheté pour {amount} sur {gaming} avec ma carte {card}. Je veux un remboursement. Identifiant {email}",
    "Le code PIN du contrôle parental, c'est {pin4} je crois, mais ça ne marche plus. Décodeur {model_number}",
    "Clé wifi : {wifi_key} (réseau {ssid}). La box redémarre toujours, erreur {error_code}",
    "Je souhaite suspendre mon abonnement à la salle ({gym}) pour blessure, numéro de membre {customer_number}, date de naissance {date_of_birth}",
]
FRBE["mail", "refund"] = [
    "Suite à l'annulation du concert de {artist} prévu le {date} à {venue}, je sollicite le remboursement de mes {quantity} (commande n° {order_number}, montant {amount}).\n\nVoici mes coordonnées bancaires : IBAN {iban}, au nom de {first} {last}.\n\nJe reste joignable au {phone}.",
    "Je vous écris car j'ai été victime d'un piratage de mon compte client. Mes identifiants étaient : {email} / {password}. Depuis, je constate une connexion depuis l'adresse IP {ip_address} et la revente de mes billets.\n\nMon numéro client est {customer_number}. Merci de bloquer le compte.",
    "Par la présente, je résilie mon abonnement au journal {paper} à compter du {date}. Numéro d'abonné : {customer_number}. Adresse de livraison : {address}.\n\nMerci d'arrêter la domiciliation sur le compte {iban} et de me confirmer par mail à {email}.",
    "Je suis donateur de {charity} depuis {year} (numéro de donateur {customer_number}). J'ai annulé mon ordre de domiciliation mais un prélèvement de {amount} a encore eu lieu le {date}.\n\nMerci de rembourser sur {iban}. Mon numéro de registre national : {bsn@be}.",
]
FRBE["agent", "reply"] = [
    "Bonjour {first}, nous avons bien reçu votre demande {ticket_number}. Le remboursement de {amount} sera effectué sur le compte se terminant par {masked_value}. Bonne journée, {agent}",
    "Bonjour {first}, pour des raisons de sécurité ne partagez jamais votre mot de passe. Réinitialisez-le via {url}. Cordialement, {agent}",
    "Bonsoir {first}, votre abonnement {customer_number} est suspendu jusqu'au {date}. Le prochain prélèvement aura lieu sur {iban}. ^{agent}",
    "Bonjour {first}, un nouveau billet au nom de {first} {last} a été envoyé à {email}. Service client : {company_phone}. {agent}",
]
FRBE["snip", "mix"] = [
    "mot de passe : {password}", "mon code {otp}", "mon GSM {phone}", "numéro national {bsn@be}", "IBAN {iban}",
    "n° client {customer_number}", "code PIN {pin4}", "j'habite {address}", "mail {email}", "né le {date_of_birth}",
    "identifiant {username}", "carte {card} exp. {card_expiry}",
]
FRBE["open", "chat"] = ["Bonjour,", "Bonsoir", "Salut", "Bjr", "Madame, Monsieur,", "Hello"]
FRBE["close", "chat"] = ["Merci d'avance", "Cordialement", "Bonne journée", "Merci !", "Bàv", "Dans l'attente de votre réponse"]
FRBE["frame", "greet"] = ["Madame, Monsieur,", "Bonjour,", "Chère équipe,", "Bonjour le service client,"]
FRBE["frame", "sign"] = [
    "Cordialement,\n{first} {last}\n{address}\nTél. : {phone}",
    "Bien à vous,\n{first}",
    "Salutations distinguées,\n\n{first} {last}\nN° client : {customer_number}",
    "Bàv,\n{first} {last}\n{phone}",
]
FRBE["frame", "quote"] = [
    "Le {date} à {time}, Service client {ticketing} a écrit :",
    "De : {first} {last} <{email}>\nEnvoyé : {date}\nObjet : Remboursement {order_number}",
]
FRBE["frame", "disclaimer"] = [
    "Ce message et ses pièces jointes sont confidentiels.",
    "Numéro d'entreprise {company_registration} - Service clientèle {company_phone}",
]

NLBE["dm", "tech"] = [
    "We hebben voor onze jeugdclub een koppeling met het ticketplatform. Onze API-sleutel {api_key} geeft foutcode {error_code} (request {request_id}).",
    "In de app versie {version_string} zie ik een token {token} staan in de URL, is da normaal? Mijn gsm is {phone}",
    "Cadeaubon {product_code} gekocht in {cinema}, pincode {pin} werkt nie. Bestelnummer {order_number}",
    "Mijne download van de game is corrupt, checksum {checksum}. Console {model_number}, login {username} met paswoord {password}",
    "Mijn vlucht {flight_number} werd geannuleerd, dus ik kon nie naar {event}. Terugbetaling op {iban} aub",
    "Wifi {ssid}, sleutel {wifi_key}. Decoder {model_number} met software {version_string} blijft hangen op {error_code}",
]
FRBE["dm", "tech"] = [
    "Dans l'appli (version {version_string}) le jeton de session {token} apparaît dans l'écran d'erreur. C'est grave ? Tél {phone}",
    "Notre club utilise votre API. La clé {api_key} renvoie l'erreur {error_code} (request id {request_id}). Pouvez-vous la régénérer ?",
    "Carte cadeau {product_code} achetée chez {cinema}, le code PIN {pin} ne fonctionne pas. Commande {order_number}",
    "Le téléchargement du jeu échoue, somme de contrôle {checksum}. Console {model_number}, identifiant {username} mot de passe {password}",
    "Mon vol {flight_number} a été annulé et j'ai raté {event}. Remboursement sur {iban} svp",
    "Réseau wifi {ssid}, clé {wifi_key}. Le décodeur {model_number} reste bloqué sur {error_code}",
]
NLBE["snip", "login"] = ["gebruikersnaam {username}", "login: {username}", "api key {api_key}", "wifi-sleutel {wifi_key}"]
FRBE["snip", "login"] = ["nom d'utilisateur {username}", "identifiant : {username}", "clé API {api_key}", "clé wifi {wifi_key}"]
NLBE["frame", "para"] = [
    "Ik heb al drie keer gebeld naar uw klantendienst en telkens werd ik doorverwezen. Daarom zet ik alles nog eens op papier en verwacht ik binnen {days} een antwoord.",
    "Ik ben al klant sinds {year} en heb nooit problemen gehad, maar dit is echt nie correct. {amount} is veel geld voor ons.",
    "Volgens uw algemene voorwaarden kan ik tot 48 uur voor het evenement annuleren. Het begint pas op {date} om {time}.",
    "Als ik niets hoor, stap ik naar de Ombudsdienst voor de consument en laat ik de domiciliëring terugdraaien via mijn bank.",
]
FRBE["frame", "para"] = [
    "J'ai déjà appelé votre service clientèle à trois reprises, sans succès. Je vous écris donc en espérant une réponse sous {days}.",
    "Je suis client depuis {year} et je n'ai jamais eu de souci. Mais {amount}, ce n'est pas rien pour notre famille.",
    "D'après vos conditions générales, je peux annuler jusqu'à 48 heures avant l'événement, qui a lieu le {date} à {time}.",
    "Sans réponse de votre part, je m'adresserai au Service de médiation pour le consommateur et je ferai annuler le prélèvement par ma banque.",
]
