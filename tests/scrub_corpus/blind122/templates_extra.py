"""Extra templates (accounts, secrets, tech look-alikes), appended to the per-language groups."""

CHAT_NL = [
    "Mijn inlog voor het ouderportaal van de club: gebruiker {username}, wachtwoord {password}. Kan iemand kijken waarom ik de wedstrijdschema's niet zie?",
    "De download van de app gaf een andere checksum ({!checksum}) dan op de site. Versie {!version_string}. Is dit veilig?",
    "Login {username} / pw {password} werkt wel in de browser maar niet in de app, foutcode {!error_code}, request id {!request_id}",
    "Onze webshop voor tweedehands skispullen koppelt met jullie betaalprovider. Secret key {api_key} is per ongeluk in een publieke repo gezet, graag intrekken!",
    "De camera op de camping stuurt naar {ip_address} op poort {!port}. Token voor de app: {token}",
    "Retour van de wintersportjas verzonden, zending {!tracking_number}, maar het geld ({!amount}) is nog niet terug op {iban:nl}",
    "gebruikersnaam: {username}\nwachtwoord: {password}\ndat is mijn account bij {~market}, iemand heeft mijn advertenties aangepast",
    "Monteur vroeg het wachtwoord van de slimme thermostaat ({!model_number}): {password}. Heb ik gegeven, nu zie ik een login vanaf {ip_address}",
    "Ik heb mijn wachtwoord veranderd van {password#1} naar {password#2}, maar jullie mail zegt nog steeds dat {password#1} gebruikt is?",
    "Hoi, ik krijg bij het koppelen van de krant-app de melding invalid token. Dit stond in het scherm: Bearer {token}",
    "Jullie monteur zei dat KvK {!company_registration} op de factuur niet klopt. Mijn klantnummer is {customer_number}",
]

CHAT_NLBE = [
    "Mijn login voor de webshop van de club is {username}, paswoord {password}. Ik zie mijn bestelling {!order_number} niet staan",
    "Pakje met de skihelm: tracking {!tracking_number}. Adres {address:be}. Nog altijd niks",
    "De app van {~ebike} zegt token expired. Bij support vroegen ze om dit te sturen: {token}",
    "IP van mijn modem is {ip_address}, poort {!port} moet open voor de slimme meter zegt de elektricien",
    "Oud paswoord {password}, nieuw {password}, toch foutmelding {!error_code} (versie {!version_string})",
    "Ondernemingsnummer {!company_registration} staat op de factuur van de loodgieter maar die firma bestaat niet meer?",
    "De PUK van mijn sim staat op de kaart: {puk}. Pincode was {pin:4}. Mag ik die nu naar jullie sturen?",
]

CHAT_FRBE = [
    "Mon identifiant pour le site du club : {username}, mot de passe {password}. Je ne vois pas le calendrier des matchs",
    "Colis avec les chaussures de ski : suivi {!tracking_number}, toujours rien depuis le {!date}",
    "L'appli {~ebike} affiche token invalide. Le support m'a demandé de copier ceci : {token}",
    "Adresse IP de ma box {ip_address}, port {!port} à ouvrir pour la caméra du chalet selon l'installateur",
    "Le fichier téléchargé n'a pas la même somme de contrôle ({!checksum}) que sur votre site, version {!version_string}",
    "Le numéro d'entreprise {!company_registration} sur la facture du plombier est faux ? Mon numéro client : {customer_number}",
    "Code PUK {puk}, code PIN {pin:4}, la carte SIM est bloquée depuis ce matin",
]

CHAT_EN = [
    "Login for the club parents' portal: user {username}, password {password}. Fixtures page is blank for me",
    "Downloaded your app installer but the SHA hash is {!checksum}, not what's on your site. Version {!version_string}",
    "username {username} pass {password} works on desktop but the app gives {!error_code}, request ID {!request_id}",
    "Our little second-hand shop's payment secret key {api_key} got pasted in a public forum by mistake, please revoke it",
    "The campsite CCTV streams to {ip_address} on port {!port}, access token {token}",
    "Returned the ski jacket, tracking {!tracking_number}, still no refund of {!amount}",
    "user: {username}\npw: {password}\nthat's my {~market} account, someone changed my listings",
    "the electrician wanted the smart thermostat password, I gave him {password}, now I see a login from {ip_address}",
    "I changed my password from {password#1} to {password#2} but your email says {password#1} was used from a new device?",
    "the paper's app says invalid token when linking, screen showed: Bearer {token}",
    "AWS key id {api_key:akia} and secret {api_key:awssecret} are in the booking widget the web agency built for our campsite. Is that bad?",
    "The invoice shows company no. {!company_registration} which doesn't exist on Companies House. My account is {customer_number}",
]

EMAIL_NL = [
    "Ons administratiesysteem voor de jeugdafdeling van {~club} is gehackt. De volgende gegevens zijn mogelijk gelekt:\n\nAPI key van de ledenadministratie: {api_key}\nBeheerderslogin: {username} / {password}\nIP-adres van de aanval volgens de logs: {ip_address}\n\nGraag zo snel mogelijk de sleutel intrekken. Ons ondernemingsdossier: KvK {!company_registration}.",
    "Sinds uw update naar versie {!version_string} kan ik de digitale krant niet meer openen. In de foutmelding staat request-id {!request_id} en code {!error_code}.\n\nIk log in met {username} en wachtwoord {password}. Mijn abonneenummer is {customer_number}.\n\nDe pakketzending met het welkomstcadeau ({!tracking_number}) is ook nooit aangekomen.",
]

EMAIL_NLBE = [
    "De website van onze sportclub werd gehackt. Volgens onze webbouwer zijn de volgende gegevens gelekt:\nAPI-sleutel: {api_key}\nBeheerder: {username} / {password}\nIP-adres: {ip_address}\nGelieve de sleutel in te trekken. Ondernemingsnummer van de vzw: {!company_registration}.",
]

EMAIL_FRBE = [
    "Le site de notre club de basket a été piraté. Selon notre développeur, ces données ont fuité :\nClé API : {api_key}\nAdmin : {username} / {password}\nAdresse IP de l'attaque : {ip_address}\nMerci de révoquer la clé. Numéro d'entreprise de l'ASBL : {!company_registration}.",
]

EMAIL_EN = [
    "Our youth club's membership system was hacked last night. The following may have leaked:\n\nAPI key: {api_key}\nAdmin login: {username} / {password}\nAttacker IP per the logs: {ip_address}\n\nPlease revoke the key asap. Club registration: {!company_registration}.",
    "Since your update to {!version_string} the digital edition won't open. The error shows request ID {!request_id} and code {!error_code}.\n\nI log in as {username} with password {password}. Subscriber number {customer_number}.\n\nThe welcome gift parcel ({!tracking_number}) never arrived either.",
]

AGENT_NL = [
    "Hoi {~first}, je wachtwoord is gereset. Log in met gebruikersnaam {username} en tijdelijk wachtwoord {password}. Je pakket {!tracking_number} is onderweg. Groet {~agent}",
    "Beste {~first}, de API key {api_key} is ingetrokken. Gebruik voortaan de nieuwe sleutel uit het dashboard ({!url}). Ticket {!ticket_number}. {~agent}",
]
AGENT_NLBE = [
    "Dag {~first}, je paswoord is gereset: {password}. Login blijft {username}. Groetjes {~agent}",
]
AGENT_FRBE = [
    "Bonjour {~first}, votre mot de passe temporaire est {password}, identifiant {username}. Cordialement, {~agent}",
]
AGENT_EN = [
    "Hi {~first}, password reset done. Log in with username {username} and temporary password {password}. Your parcel {!tracking_number} is on its way. {~agent}",
    "Hi {~first}, we've revoked API key {api_key}. Please generate a new one in the dashboard ({!url}). Ref {!ticket_number}. {~agent}",
]
