"""Extra template pairs, placed so that the first lands on an even index (dev) and the second on an odd one (heldout)."""

PAIRS = {
"nl": {
    "body.hotel": ("Ik bel niet graag, dus hier de creditcard voor de garantie: {s:card} exp {s:card_expiry} beveiligingscode {s:cvv}. Naam op de kaart: {f:name}",
                   "We landen met {n:flight_number} om {n:time}, kan laat inchecken? De aanbetaling zie ik staan als {n:masked_value}, referentie {n:request_id}"),
    "body.cowork": ("Onze VPN naar de werkplek lukt niet vanaf {s:ip_address}, poort {n:port} lijkt dicht. Inlog {s:username}, ww {s:password}",
                    "De agenda-koppeling faalt: token {s:token}, request-id {n:request_id}, poort {n:port}. En de meterstand ({n:meter_reading}) kon ik ook niet uploaden"),
    "body.print": ("Bestand gestuurd via WeTransfer, MD5 {n:checksum}. Betaald met creditcard {s:card} ({s:card_expiry}, cvc {s:cvv}) maar geen bevestiging",
                   "Papier {n:product_code} is uitverkocht, mag het ook op {n:product_code}? Ik zie de betaling als {n:masked_value}, met {n:percentage} ledenkorting (pas {s:customer_number})"),
    "body.account": ("Nieuwe simkaart gekregen, de PUK uit de brief is {s:puk} en de pincode {s:pin}. Telefoon blijft op slot",
                     "Mijn sessie-token {s:token} werkt niet (request id {n:request_id}), zit op Schiphol, vlucht {n:flight_number} gaat om {n:time}"),
    "body.venue": ("Online betalen lukt niet: kaart {s:card}, geldig tot {s:card_expiry}, cvc {s:cvv}. Waarom {n:percentage} servicekosten?",
                   "Voor de groepsaanvraag: artikelcode {n:product_code}, betaald met {n:masked_value}. Aanvraag-id {n:request_id}"),
},
"nl-be": {
    "body.hotel": ("Hier mijn kredietkaart voor de waarborg: {s:card}, vervaldatum {s:card_expiry}, code achteraan {s:cvv}",
                   "We landen met {n:flight_number} om {n:time}. De betaling staat op mijn rekening als {n:masked_value}, referentie {n:request_id}"),
    "body.cowork": ("De VPN geraakt niet door vanaf {s:ip_address} op poort {n:port}. Login {s:username}",
                    "Agenda-koppeling faalt, token {s:token}, request-id {n:request_id}, poort {n:port}, meterstand {n:meter_reading}"),
    "body.print": ("Bestand verstuurd, checksum {n:checksum}. Betaald met kaart {s:card} ({s:card_expiry}, cvc {s:cvv})",
                   "Papier {n:product_code} is op, mag het op {n:product_code}? Betaling zie ik als {n:masked_value}, {n:percentage} korting met kaart {s:customer_number}"),
    "body.account": ("Nieuwe simkaart: PUK {s:puk}, pincode {s:pin}. Mijn gsm blijft geblokkeerd",
                     "Sessietoken {s:token} werkt niet (request {n:request_id}), ik zit in Zaventem, vlucht {n:flight_number} om {n:time}"),
},
"fr-be": {
    "body.hotel": ("Voici ma carte de crédit pour la garantie: {s:card}, date d'expiration {s:card_expiry}, code au dos {s:cvv}",
                   "On atterrit avec le vol {n:flight_number} à {n:time}. Le paiement apparaît comme {n:masked_value}, référence {n:request_id}"),
    "body.cowork": ("Le VPN ne passe pas depuis {s:ip_address}, port {n:port} fermé? Identifiant {s:username}",
                    "La synchro échoue: jeton {s:token}, request-id {n:request_id}, port {n:port}, relevé du compteur {n:meter_reading}"),
    "body.print": ("Fichier envoyé, somme de contrôle {n:checksum}. Payé avec la carte {s:card} ({s:card_expiry}, CVC {s:cvv})",
                   "Le papier {n:product_code} est épuisé, vous pouvez utiliser {n:product_code}? Paiement visible comme {n:masked_value}, remise de {n:percentage} avec ma carte {s:customer_number}"),
    "body.account": ("Nouvelle carte SIM: code PUK {s:puk}, code PIN {s:pin}. Le téléphone reste bloqué",
                     "Mon jeton de session {s:token} ne marche pas (request {n:request_id}), je suis à l'aéroport, vol {n:flight_number} à {n:time}"),
},
"en": {
    "body.hotel": ("Rather not phone, so here's the card for the guarantee: {s:card} exp {s:card_expiry} CVV {s:cvv}. Name on card {f:name}",
                   "We land on {n:flight_number} at {n:time}, can we check in late? Deposit shows as {n:masked_value}, reference {n:request_id}"),
    "body.cowork": ("VPN into the space fails from {s:ip_address}, port {n:port} looks closed. Login {s:username}, pw {s:password}",
                    "Calendar sync fails: token {s:token}, request-id {n:request_id}, port {n:port}. Couldn't upload the meter reading ({n:meter_reading}) either"),
    "body.print": ("Sent the file via WeTransfer, MD5 {n:checksum}. Paid by credit card {s:card} ({s:card_expiry}, cvc {s:cvv}) but no confirmation",
                   "Paper {n:product_code} is out of stock, can you use {n:product_code}? Payment shows as {n:masked_value}, with {n:percentage} member discount (card {s:customer_number})"),
    "body.account": ("New SIM arrived, the PUK from the letter is {s:puk} and PIN {s:pin}. Phone still locked",
                     "My session token {s:token} doesn't work (request id {n:request_id}), I'm at the airport, flight {n:flight_number} leaves at {n:time}"),
    "body.venue": ("Online payment fails: card {s:card}, expires {s:card_expiry}, CVC {s:cvv}. Why {n:percentage} booking fee?",
                   "For the group booking: item code {n:product_code}, paid with {n:masked_value}. Request ID {n:request_id}"),
},
}


def add_pairs(groups, key):
    for name, (even_t, odd_t) in PAIRS.get(key, {}).items():
        lst = list(groups[name])
        if len(lst) % 2:
            lst += [odd_t, even_t]
        else:
            lst += [even_t, odd_t]
        groups[name] = lst
    return groups


PAIRS2 = {
"nl": {
    "body.recruit": ("Sofinummer (nu BSN heet het geloof ik) = {s:bsn}, geb. {s:date_of_birth}. Stuur de loonheffingsverklaring maar naar {s:email}",
                     "Voor de ID-check: BSN {s:bsn}, IBAN voor het loon {s:iban}, tel. {s:phone}. Contractnummer {s:customer_number}"),
    "body.print": ("Webhook naar jullie print-API faalt. Header: X-Api-Key: {s:api_key} , response {n:error_code} na {n:quantity/dur}",
                   "Onze developer heeft per ongeluk de key {s:api_key} in het ordercommentaar gezet (order {n:order_number}), kunnen jullie die intrekken?"),
    "body.hotel": ("wifi gegevens voor m'n collega aub: netwerk {f:ssid}, ww? Ik had genoteerd {s:wifi_key} maar dat klopt niet",
                   "Kan ik in de app inloggen met gebruikersnaam {s:username}? Wachtwoord {s:password} wordt geweigerd"),
},
"nl-be": {
    "body.recruit": ("Mijn INSZ-nummer is {s:bsn}, geboortedatum {s:date_of_birth}. Loonfiche mag naar {s:email}",
                     "Voor de Dimona: rijksregisternr {s:bsn}, rekening {s:iban}, gsm {s:phone}"),
    "body.print": ("API key voor de koppeling: {s:api_key}. Geeft {n:error_code} sinds {n:date}",
                   "Per ongeluk de sleutel {s:api_key} in de opmerking van order {n:order_number} gezet, kunnen jullie die blokkeren?"),
},
"fr-be": {
    "body.recruit": ("Mon NISS est {s:bsn}, né le {s:date_of_birth}. Envoyez la fiche de paie à {s:email}",
                     "Pour la Dimona: numéro de registre national {s:bsn}, compte {s:iban}, GSM {s:phone}"),
    "body.print": ("Clé API pour l'intégration: {s:api_key}. Erreur {n:error_code} depuis le {n:date}",
                   "Notre dev a collé la clé {s:api_key} dans le commentaire de la commande {n:order_number}, pouvez-vous la révoquer?"),
},
"en": {
    "body.recruit": ("The Dutch office asked for my BSN for payroll: {s:bsn}, born {s:date_of_birth}. Payslips to {s:email} please",
                     "For the right-to-work check: BSN {s:bsn}, bank {s:iban}, mobile {s:phone}. Contract ref {s:customer_number}"),
    "body.print": ("Webhook to your print API fails. Header X-Api-Key: {s:api_key} returns {n:error_code} after {n:quantity/dur}",
                   "Our dev pasted key {s:api_key} into the order notes (order {n:order_number}) by mistake, can you revoke it?"),
    "body.hotel": ("wifi details for my colleague pls: network {f:ssid}, I wrote down {s:wifi_key} but it's wrong",
                   "Can I log in to the app with username {s:username}? Password {s:password} is rejected"),
},
}


def add_all(groups, key):
    add_pairs(groups, key)
    for name, (even_t, odd_t) in PAIRS2.get(key, {}).items():
        lst = list(groups[name])
        lst += [odd_t, even_t] if len(lst) % 2 else [even_t, odd_t]
        groups[name] = lst
    return groups
