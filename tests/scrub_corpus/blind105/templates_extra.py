"""Extra groups: technical secrets, energy meter readings for holiday homes, more e-mails.
Rare types appear at both even and odd positions so both halves get them."""

GROUPS = {
    "nl|chat|tech": [
        "Hoi, de channel manager koppeling met jullie werkt niet meer. Bearer token die ik gebruik: {token} — response {!error_code}, request {!request_id}",
        "Voor de koppeling met ons boekingssysteem: access token {token}, geldig tot {!date}. Graag niet delen 🙈",
        "Het slimme slot van het vakantiehuis hangt aan de router op {ip_address} poort {!port}. Admin wachtwoord {password}",
        "Mijn IP is {ip_address} volgens whatismyip, dat adres is geblokkeerd bij het inloggen op het polisportaal",
        "Nieuwe simkaart in de telefoon van de rijschool, PIN {pin} en PUK {puk}. Kan iemand hem deblokkeren?",
        "PUK-code: {puk}\nSIM pin: {pin}\n(telefoon van mijn overleden vader, we willen zijn foto's redden)",
        "Meterstand bij vertrek was {!meter_reading}, bij aankomst {!meter_reading:2}. Waarom rekenen jullie dan {!amount} energie? Boeking {!order_number}",
        "Gasten hebben {!meter_reading} verbruikt in 1 week?! Mijn EAN is {customer_number}. Wifi voor de monteur: {@ssid} / {wifi_key}",
        "het bestand dat ik heb geupload heeft md5 {!checksum}, maar de drukproef is anders. Mijn API key: {api_key}",
        "Wifi gasten: {wifi_key}\nDeurcode achterdeur: {pin}\nAlarm: {pin:2}",
    ],
    "nl|email|tech": [
        "Wij gebruiken uw print-API voor onze webshop. Sinds update {!version_string} krijgen we {!error_code}. API key: {api_key}, secret {token}. Server IP {ip_address}, poort {!port}. Checksum van de PDF: {!checksum}.",
        "Bij controle van de eindafrekening van het vakantiepark zie ik een meterstand van {!meter_reading}. Ik was er maar {!qty_nights}. Mijn klantnummer is {customer_number}, IBAN voor terugbetaling {iban}.",
        "Onze beheerder heeft per ongeluk de personal access token {token} in een ticket geplakt ({!ticket_number}). Kunt u deze intrekken? Het ging om account {username}.",
        "Graag een nieuw wachtwoord voor de beheerdersomgeving van de gemeente-app. Huidig wachtwoord {password} werkt niet meer sinds {!date}. Inlognaam: {username}. Mijn IP-adres: {ip_address}.",
    ],
    "nl-be|chat|tech": [
        "De API-sleutel van ons hotelsysteem is {api_key}, de koppeling geeft {!error_code} sinds {!date}",
        "Mijn sim is geblokkeerd, PUK {puk}. Mijn gsm-nummer {phone}",
        "router van de vakantiewoning: {ip_address}, paswoord admin {password}, wifi-sleutel {wifi_key}",
        "Token voor de kalendersynchronisatie: {token} (mag ik die zomaar doorsturen?)",
        "Meterstand bij vertrek: {!meter_reading}. Klantnummer {customer_number}. Waarom dan {!amount} extra?",
        "alarmcode {pin}, sleutelkluis {pin:2}, wifi {wifi_key}. Veel plezier!",
    ],
    "nl-be|email|all2": [
        "Ik wens mijn contract uitvaartverzekering stop te zetten. Contractnummer {customer_number}. Het saldo van {!amount} mag teruggestort worden op {iban}. Voor vragen: {email} of {phone}.",
        "Mijn dochter wil zich inschrijven voor het rijexamen. Gegevens: geboren {date_of_birth}, rijksregisternummer {bsn}, adres {address}. Betaling met bancontact lukte niet ({!error_code}).",
        "De sleutelkluis van het appartement heeft code {pin} en het wifi-paswoord is {wifi_key}. Ik stuur dit door naar de schoonmaakploeg. Boeking {!order_number}, aankomst {!date} om {!time}.",
        "In bijlage het bewijs van betaling ({!invoice_number}). Mijn login op jullie fotoportaal is {username}, paswoord {password}. De verificatiecode {otp} werd niet aanvaard.",
    ],
    "fr-be|chat|tech": [
        "La clé API de notre channel manager : {api_key}. Erreur {!error_code} depuis le {!date}",
        "Ma carte SIM est bloquée, code PUK {puk}, mon numéro {phone}",
        "Le routeur du gîte : {ip_address}, mot de passe admin {password}, clé wifi {wifi_key}",
        "Jeton d'accès pour la synchro du calendrier : {token}. C'est normal qu'il expire ?",
        "Relevé du compteur au départ : {!meter_reading}. N° client {customer_number}. Pourquoi {!amount} de supplément ?",
        "code alarme {pin}, boîte à clés {pin:2}, wifi {wifi_key}. Bon séjour !",
    ],
    "fr-be|email|all2": [
        "Je souhaite résilier mon contrat d'assurance obsèques n° {customer_number}. Merci de rembourser le solde de {!amount} sur le compte {iban}. Vous pouvez me contacter au {phone} ou à {email}.",
        "Ma fille souhaite s'inscrire à l'auto-école. Née le {date_of_birth}, numéro national {bsn}, domiciliée {address}. Le paiement Bancontact a échoué ({!error_code}).",
        "Pour l'équipe de nettoyage : boîte à clés code {pin}, wifi {@ssid} clé {wifi_key}. Arrivée des hôtes le {!date} à {!time} (réservation {!order_number}).",
        "Ci-joint la preuve de paiement ({!invoice_number}). Mon identifiant sur le portail photo est {username}, mot de passe {password}. Le code {otp} n'a pas été accepté.",
    ],
    "en-gb|chat|tech": [
        "SIM blocked, PUK is {puk}. Number is {phone}",
        "Our channel manager API key is {api_key}, sync failing with {!error_code} since {!date}",
        "Access token for the calendar sync: {token} — is it safe to send this here?",
        "Router at the cottage: {ip_address}, admin password {password}, wifi key {wifi_key}",
        "alarm code {pin}, key safe {pin:2}, wifi {wifi_key}. Enjoy!",
        "Meter reading on departure was {!meter_reading}, so why {!amount} for electricity? Account {customer_number}",
    ],
    "en-gb|email|all2": [
        "Please cancel my funeral plan, reference {customer_number}, and refund the balance of {!amount} to sort code/account in the name of {@first} {@last}, IBAN {iban}. Contact me on {phone} or {email}.",
        "My daughter would like to book lessons. Her date of birth is {date_of_birth} and she lives at {address}. Payment by card failed ({!error_code}) — card {card}, expiry {card_expiry}, security code {cvv}.",
        "For the cleaners: key safe code {pin}, wifi {@ssid} password {wifi_key}. Guests arriving {!date} at {!time}, booking {!order_number}.",
        "Proof of payment attached ({!invoice_number}). My login for the photo site is {username}, password {password}. The code {otp} was rejected.",
    ],
    "en-us|chat|tech": [
        "SIM locked, PUK {puk}. Cell {phone}",
        "channel manager API key is {api_key}, sync fails w/ {!error_code} since {!date}",
        "Cabin router {ip_address} port {!port}, admin pw {password}, wifi key {wifi_key}",
        "Here's the OAuth token the integration uses: {token}",
        "garage code {pin}, lockbox {pin:2}, wifi {wifi_key}. Have fun!",
        "Meter reading at checkout was {!meter_reading}. Why {!amount} for utilities? Member ID {customer_number}",
    ],
    "en-us|email|all2": [
        "Please cancel my final expense policy {customer_number} and refund the remaining {!amount}. You can reach me at {phone} or {email}.",
        "I'd like to enroll my son in driver's ed. DOB {date_of_birth}, address {address}. The card payment failed ({!error_code}): card {card}, exp {card_expiry}, CVV {cvv}.",
        "For the cleaning crew: lockbox code {pin}, wifi {@ssid} password {wifi_key}. Guests arrive {!date} at {!time}, reservation {!order_number}.",
        "Receipt attached ({!invoice_number}). My login for the photo site is {username}, password {password}. The verification code {otp} didn't work.",
    ],
}
