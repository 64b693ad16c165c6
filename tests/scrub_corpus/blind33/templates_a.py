"""Templates, part A (credentials). Register prefix: c| chat, m| e-mail body, a| agent reply, o| pasted letter/screenshot.
{S:type[/fmt]} = labelled span, {N:kind} = hard negative, {F:slot} = unlabelled filler."""

T = {}

T["pin"] = {
 "nl": [
  "c|mijn pinpas doet het niet meer na 3x fout, de pincode is {S:pin} dat weet ik zeker",
  "c|Goedemiddag, mijn moeder krijgt bij het pinnen steeds {N:error_code}. Haar pin is {S:pin}, kunt u kijken wat er mis is?",
  "m|Ik heb vorige week een nieuwe pincode aangevraagd voor de app van {F:health}. Ik heb nu {S:pin} ingesteld maar bij inloggen krijg ik foutmelding {N:error_code}.",
  "c|pincode app {F:gov} vergeten denk ik. was het {S:pin} of {S:pin}?? allebei geprobeerd",
  "c|{S:pin} is de code van de sleutelkluis bij mijn vader, voor de thuiszorg. Ze komen morgen om {N:time}",
  "c|de alarmcode voor het huis van mn schoonmoeder = {S:pin}, monteur van {F:energy} komt de meter vervangen",
  "c|sorry het is {S:pin} niet {S:pin/swap}, typfout",
  "m|Mijn buurvrouw (87) heeft de {F:gov} pincode op een briefje staan: {S:pin}. Ze kan niet meer inloggen sinds de update naar {N:version_string}.",
  "c|Pincode SIM van mijn moeders telefoon is {S:pin/spell}, ze heeft hem 3x fout ingetoetst",
  "c|code van de voordeur is {S:pin} hekje en dan de bel van nr 14",
  "c|Mijn pin code voor de app is {S:pin} en bij elke poging krijg ik 'probeer het later opnieuw'",
  "c|voicemail pin {S:pin}, ik hoor de berichten van de huisarts niet",
 ],
 "vl": [
  "c|Mijn bankkaart is geblokkeerd, mijn pincode is {S:pin}, ik was al aan de kassa bij de Delhaize",
  "c|de pincode van de app is toch {S:pin}? mijn ma kan niet meer aanmelden op {F:gov}",
  "c|allee, da's nu al de derde keer. Code van mijn gsm is {S:pin} en toch blokkeert die",
  "m|Mijn vader zijn geheime code van zijn kaartlezer is {S:pin}. Kan u nagaan waarom het niet lukt bij {F:gov}? Foutmelding {N:error_code}.",
 ],
 "fr": [
  "c|Bonjour, mon code pin de la carte est {S:pin} et le terminal refuse à chaque fois",
  "c|le code de l'appli de ma maman c'est {S:pin}, elle n'arrive plus à se connecter sur {F:gov}",
  "m|Ma voisine de 84 ans a bloqué sa carte. Son code secret est le {S:pin}, elle l'a noté dans son carnet. Le terminal affiche {N:error_code}.",
  "c|code pin {S:pin/spell} c'est ce que le monsieur m'a dit au téléphone",
  "c|code de l'alarme chez ma mère : {S:pin}. le technicien passe le {N:date} vers {N:time}",
  "c|pardon c'est {S:pin} et pas {S:pin/swap}",
  "c|code du boîtier à clés pour l'infirmière à domicile: {S:pin}",
  "c|Le code PIN de ma carte SIM est {S:pin}, le téléphone demande le PUK maintenant",
 ],
 "en": [
  "c|my mum's card keeps getting declined, her pin is {S:pin} she's sure of it",
  "c|Hi, pin for {F:portal} is {S:pin} and it still says {N:error_code}",
  "m|My father (91) wrote his PIN on a card in his wallet: {S:pin}. He can't log in to {F:pension} since the app updated to {N:version_string}.",
  "c|keysafe code for dad is {S:pin}, carers arrive at {N:time}",
  "c|alarm code is {S:pin} if the engineer needs to get in to read the meter",
  "c|sorry its {S:pin} not {S:pin/swap}",
  "c|PIN: {S:pin/spell}",
  "c|voicemail pin is {S:pin} but it won't let me in",
  "c|the phone unlock code is {S:pin}, it's my late husband's phone and I need the 2FA texts on it",
  "c|My SIM pin is {S:pin} and it still says SIM locked",
  "c|door code to the building is {S:pin}# then flat 3",
 ],
}

T["puk"] = {
 "nl": [
  "c|telefoon van mijn moeder vraagt om PUK, ik heb {S:puk} ingetypt van het plastic kaartje maar hij zegt fout",
  "c|PUK code: {S:puk}\nPUK2: {S:puk}\nklopt dit?",
  "c|{S:puk/spaced} is de puk van het simkaartje van {F:telecom}, werkt niet",
  "m|De simkaart van mijn vader is geblokkeerd. Op het kaartje staat PUK {S:puk}. Simkaartnummer eindigt op {N:masked_value}.",
 ],
 "fr": [
  "c|le téléphone de ma mère demande le code PUK, j'ai mis {S:puk} c'est refusé",
  "c|code puk : {S:puk/spaced}",
  "m|Bonjour, la carte SIM de mon père est bloquée. Le code PUK inscrit sur le support est {S:puk}. Pouvez-vous vérifier ?",
  "c|PUK {S:puk} il reste 7 essais",
 ],
 "en": [
  "c|phone says PUK locked. The PUK on the card is {S:puk} but it says wrong",
  "c|PUK: {S:puk}  PUK2: {S:puk}",
  "m|My mother's SIM is blocked after three wrong PIN entries. The PUK printed on the holder is {S:puk}. The number ends {N:masked_value}.",
  "c|puk code {S:puk/spaced} from the {F:telecom} app doesn't work",
 ],
}

T["otp"] = {
 "nl": [
  "c|ik krijg een sms met {S:otp}, moet ik die aan u doorgeven?",
  "c|De code die ik net kreeg is {S:otp} maar die is al verlopen zegt de site",
  "c|sms-code {S:otp} werkt niet, ordernummer {N:order_number}",
  "c|{S:otp} dit is de code van {F:gov}, is dat goed zo?",
  "c|Verificatiecode: {S:otp}\nfoutmelding {N:error_code}",
  "m|Ik probeer in te loggen op {F:health} voor mijn schoonvader. Hij kreeg een sms met de code {S:otp} maar het scherm blijft hangen op 'bezig met controleren'.",
  "c|mijn moeder leest de code voor: {S:otp/spell}",
  "c|activatiecode uit de brief: {S:otp}",
  "c|ik heb 2 codes gehad, {S:otp} en daarna {S:otp}. welke moet ik hebben",
  "c|bevestigingscode was {S:otp} en toen kreeg ik {N:error_code}",
 ],
 "vl": [
  "c|ik kreeg een sms'ke met code {S:otp}, moet ik die invullen bij {F:energy}?",
  "c|verificatiecode {S:otp} werkt nie, al 2x geprobeerd",
 ],
 "fr": [
  "c|j'ai reçu un code par sms {S:otp}, je dois vous le donner ?",
  "c|Le code de vérification est {S:otp} mais le site dit qu'il a expiré",
  "c|code de confirmation : {S:otp} (commande {N:order_number})",
  "c|ma mère me lit le code: {S:otp/spell}",
  "m|J'essaie de me connecter à {F:health} pour mon père. Il a reçu le code {S:otp} par SMS mais la page affiche « erreur {N:error_code} ».",
  "c|code d'activation reçu par courrier : {S:otp}",
  "c|{S:otp} c'est bon?",
 ],
 "en": [
  "c|I got a text with {S:otp} do I give that to you?",
  "c|verification code is {S:otp} but it says expired",
  "c|the code is {S:otp} and order {N:order_number} still shows pending",
  "c|{S:otp} thats the code from {F:gov}",
  "c|One-time passcode: {S:otp}",
  "m|I'm trying to log in to {F:portal} on behalf of my mother. She received the code {S:otp} by text but the page keeps saying \"something went wrong\" ({N:error_code}).",
  "c|mum is reading it out: {S:otp/spell}",
  "c|activation code from the letter: {S:otp}",
  "c|got two codes, {S:otp} and then {S:otp}, which one??",
  "c|2fa code {S:otp} ticket {N:ticket_number}",
 ],
}

T["password"] = {
 "nl": [
  "c|wachtwoord is {S:password} maar hij zegt onjuist",
  "c|Mijn ww voor {F:energy} is {S:password}, kunt u even kijken waarom ik niet in kan loggen?",
  "m|Voor de volledigheid: het tijdelijke wachtwoord dat ik per brief kreeg is {S:password}. Daarna moest ik een nieuw kiezen, dat werd {S:password}.",
  "c|nieuw wachtwoord {S:password}\noud wachtwoord {S:password}",
  "c|{S:password} <- dat is het wachtwoord van mijn moeder voor {F:health}, klopt het dat het geblokkeerd is?",
  "c|wachtwoord van het modem (beheer) is {S:password}, model {N:model_number}",
  "c|ik heb het wachtwoord gewijzigd in {S:password} en nu werkt de app niet meer op {N:version_string}",
  "c|wachtwoord: {S:password}\ngebruikersnaam weet ik niet meer",
  "c|het wachtwoord is de naam van onze hond plus zijn geboortejaar, ik weet het echt niet meer",
  "c|WACHTWOORD {S:password} WERKT NIET",
 ],
 "vl": [
  "c|mijn paswoord is {S:password} en ik geraak er nie in",
  "m|Mijn moeder haar paswoord voor {F:gov} is {S:password}. Zij krijgt telkens de melding {N:error_code}.",
 ],
 "fr": [
  "c|mon mot de passe c'est {S:password} et ça marche pas",
  "c|mdp : {S:password}",
  "m|Le mot de passe provisoire reçu par courrier était {S:password}. J'ai ensuite choisi {S:password} mais le site affiche {N:error_code}.",
  "c|mot de passe du modem {N:model_number} : {S:password}",
  "c|{S:password} c'est le mot de passe de maman sur {F:health}",
  "c|nouveau mot de passe {S:password} ancien {S:password}",
  "c|le mot de passe c'est le prénom de mon petit-fils avec sa date de naissance",
  "c|MOT DE PASSE {S:password}",
 ],
 "en": [
  "c|password is {S:password} and it says incorrect",
  "c|my password for {F:energy} is {S:password} can you see why it won't let me in",
  "m|For completeness, the temporary password in your letter was {S:password}. I then had to choose a new one, which was {S:password}.",
  "c|new pw {S:password}\nold pw {S:password}",
  "c|router admin password {S:password} model {N:model_number}",
  "c|{S:password} is mums password for {F:portal}, is it locked?",
  "c|changed my password to {S:password} and now the app ({N:version_string}) just spins",
  "c|it's my late wife's maiden name plus the year we married, I've tried everything",
  "c|passwd: {S:password}",
  "c|PASSWORD {S:password} DOESNT WORK",
 ],
}

T["wifi_key"] = {
 "nl": [
  "c|wifi werkt niet bij mijn moeder. netwerk {F:ssid}, wachtwoord {S:wifi_key}",
  "c|netwerksleutel op de sticker: {S:wifi_key} (modem {N:model_number})",
  "c|de wifi code is {S:wifi_key} maar de slimme meter van {F:energy} wil niet verbinden",
  "m|De WPA-sleutel van het nieuwe modem is {S:wifi_key}. Het SSID is {F:ssid}. De P1-dongle vindt het netwerk wel maar maakt geen verbinding.",
  "c|{S:wifi_key} is de wifi sleutel, staat onderop het kastje",
 ],
 "fr": [
  "c|le wifi ne marche pas chez ma mère. réseau {F:ssid}, clé {S:wifi_key}",
  "c|clé de sécurité wifi au dos du modem {N:model_number} : {S:wifi_key}",
  "m|Le compteur intelligent ne se connecte pas au wifi. Nom du réseau {F:ssid}, clé WPA {S:wifi_key}. Le modem est un {N:model_number}.",
  "c|mot de passe wifi {S:wifi_key}",
 ],
 "en": [
  "c|wifi at mums isn't working. network {F:ssid} key {S:wifi_key}",
  "c|wifi password on the back of the hub: {S:wifi_key} ({N:model_number})",
  "m|The smart meter display won't join the wifi. Network name {F:ssid}, WPA key {S:wifi_key}. The router is a {N:model_number} on firmware {N:version_string}.",
  "c|{S:wifi_key} is the wifi key, the thermostat won't connect",
  "c|wireless key: {S:wifi_key}",
 ],
}

T["username"] = {
 "nl": [
  "c|gebruikersnaam {S:username}, wachtwoord weet ik niet meer",
  "c|mijn inlognaam is {S:username} maar {F:gov} zegt dat die niet bestaat",
  "m|Ik log in met de gebruikersnaam {S:username}. Sinds {N:date} krijg ik de melding dat mijn account is geblokkeerd.",
  "c|Gebruikersnaam: {S:username}\nWachtwoord: {S:password}",
  "c|{S:username} is de naam waarmee mijn vader inlogt bij {F:pension}",
 ],
 "fr": [
  "c|mon identifiant c'est {S:username}",
  "c|nom d'utilisateur {S:username} mot de passe {S:password}",
  "m|Je me connecte avec l'identifiant {S:username}. Depuis le {N:date} le compte est bloqué.",
  "c|{S:username} c'est le login de papa sur {F:health}",
 ],
 "en": [
  "c|username is {S:username}",
  "c|my {F:gov} user ID is {S:username/gg} and it says not recognised",
  "m|I log in with the username {S:username}. Since {N:date} it says the account is locked.",
  "c|User ID: {S:username/gg}\nPassword: {S:password}",
  "c|login {S:username} pw {S:password}",
  "c|{S:username} is the login my dad uses for {F:pension}",
 ],
}

T["api_key"] = {
 "nl": [
  "c|de P1-meter vraagt om een API key, ik heb {S:api_key} ingevuld uit de app van {F:energy} maar krijg {N:error_code}",
  "m|Voor de koppeling van mijn zonnepanelen met uw portaal heb ik de sleutel {S:api_key} aangemaakt. De omvormer ({N:model_number}) meldt {N:error_code} op poort {N:port}.",
  "c|api sleutel: {S:api_key}",
 ],
 "fr": [
  "c|la clé API de l'onduleur c'est {S:api_key}, ça donne une erreur {N:error_code}",
  "m|Pour relier mes panneaux solaires à votre plateforme j'ai généré la clé {S:api_key}. L'onduleur {N:model_number} indique une erreur sur le port {N:port}.",
 ],
 "en": [
  "c|the api key for the solar inverter is {S:api_key}, getting {N:error_code}",
  "m|For the home battery integration I created the key {S:api_key} as instructed. The gateway ({N:model_number}, firmware {N:version_string}) returns {N:error_code}.",
  "c|access key {S:api_key/akia} secret {S:api_key/secret}",
  "c|api key: {S:api_key}",
 ],
}

T["token"] = {
 "nl": [
  "c|de token van home assistant is {S:token}, de energiemeter koppelt niet, poort {N:port}",
  "m|In de handleiding staat dat ik de toegangstoken moet plakken. Dat heb ik gedaan: {S:token}. Het verzoek {N:request_id} geeft {N:error_code}.",
 ],
 "fr": [
  "c|le jeton d'accès c'est {S:token}, ça marche pas avec le thermostat",
  "m|J'ai copié le token comme demandé : {S:token}. La requête {N:request_id} renvoie {N:error_code}.",
 ],
 "en": [
  "c|here's the long-lived token from home assistant: {S:token}",
  "c|Authorization: Bearer {S:token}",
  "m|I pasted the personal access token ({S:token}) into the meter integration. Request {N:request_id} still fails with {N:error_code}.",
 ],
}
