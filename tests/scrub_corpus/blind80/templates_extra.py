"""Extra templates written in PAIRS with equal coverage, so that both halves get every label/negative kind.
Each pair is appended to an even position (pair[0] -> dev, pair[1] -> heldout)."""

EXTRA = {
    "NL": {
        "chat": [
            ("Sinds de update ({~version}) geeft de {=gym} app bij inchecken {~error}. Telefoon {~model}. Mijn lidnummer {cust:gym}",
             "Ik heb {~model} en de app (v{~version}) crasht bij het scannen van de QR. Lidmaatschap {cust:gym}, foutcode {~error}"),
            ("Pakket met polsbandjes nog niet binnen, track & trace {~tracking}. Bestelling {~order}. Bezorgadres is {addr}",
             "De bandjes voor {=event} zijn volgens {~tracking} afgeleverd maar niet bij mij. Adres: {addr}"),
            ("Onze webhook op poort {~port} krijgt niks meer binnen. Secret key: {apikey}. Request {~reqid}",
             "Test-endpoint luistert op {~port}, maar jullie callback geeft {~error}. Token die we meesturen: {token} (request {~reqid})"),
            ("Eindmeterstand gas {~meter}, stroom {~meter}. Waarom {~amount} extra? Klantnr {cust:park}",
             "De meter bij chalet stond op {~meter} toen we weggingen. Jullie rekenen {~meter}. Graag correctie op factuur {~invoice}"),
            ("Ik ben al lid sinds {~year} en krijg nu ineens {~pct} verhoging? Lidnummer {cust:gym}",
             "Sinds {~year} elk jaar naar {=park}, nu krijg ik geen {~pct} stamgastkorting meer. Gastnummer {cust:park}"),
            ("Checksum van het exportbestand klopt niet: {~checksum}. Gebruikte api-sleutel {apikey}",
             "Download van jullie rapport geeft hash {~checksum}, verwacht anders. Inlog API: {user} / {password}"),
            ("Mijn wifi-code voor {=ssid} is {wifi}, de WPA-sleutel van de router ({~model}) is nooit veranderd",
             "Netwerknaam: {=ssid}\nNetwerksleutel: {wifi}\nWerkt niet in het appartement"),
        ],
        "footer": [
            "{=hotel} B.V. | {~kvk} | {~cphone} | {~url}",
            "Klantenservice {=park} - {~cphone} - {~kvk}",
            "Bereikbaar via {~cphone} of {~url} | {~kvk}",
            "© {~year} {=gym} | {~kvk}",
        ],
    },
    "NLBE": {
        "chat": [
            ("Ik heb sinds {~year} een abonnement maar nu vragen ze ineens mijn rijksregisternummer, {rrn}. Klopt dat?",
             "Vanaf {~year} verplicht: rijksregisternummer ({rrn}) voor online spelen? Allez, hier is het"),
            ("De bandjes zijn volgens {~tracking} verzonden, ik woon {addr}",
             "Bpost zegt {~tracking} afgeleverd, maar niet op {addr}"),
        ],
        "footer": ["{=park} NV - {~kvk} - {~cphone}", "Klantendienst {~cphone} | {~url} | {~kvk}"],
    },
    "FR": {
        "chat": [
            ("Depuis la mise à jour {~version}, l'appli {=gym} affiche {~error} sur mon {~model}. Membre {cust:gym}",
             "Mon {~model} refuse le QR code depuis la {~version} ({~error}). N° de membre {cust:gym}"),
            ("Les bracelets n'arrivent pas, suivi {~tracking}, commande {~order}. Adresse de livraison : {addr}",
             "Colis {~tracking} marqué livré mais rien reçu au {addr}"),
            ("Notre webhook sur le port {~port} ne reçoit plus rien. Clé secrète : {apikey}. Requête {~reqid}",
             "Le callback vers le port {~port} renvoie {~error}. Jeton envoyé : {token} (requête {~reqid})"),
            ("Relevé du compteur au départ : {~meter}. Vous facturez {~meter} ?? Facture {~invoice}, client {cust:park}",
             "Compteur d'électricité à l'arrivée {~meter}, au départ {~meter}. Supplément de {~amount} injustifié"),
            ("Client depuis {~year} et plus de {~pct} de réduction fidélité ? N° {cust:hotel}",
             "Membre depuis {~year}, et l'abonnement augmente de {~pct}. Numéro de membre {cust:gym}"),
            ("Le wifi {=ssid} demande une clé, on nous a donné {wifi} mais ça ne marche pas",
             "Nom du réseau : {=ssid}\nClé de sécurité : {wifi}\nToujours pas de connexion, produit {~product}"),
        ],
        "footer": ["{=hotel} SA - {~kvk} - {~cphone}", "Service clients {~cphone} | {~url} | {~kvk}",
                   "© {~year} {=park} - {~kvk}", "Joignable au {~cphone} du lundi au vendredi"],
    },
    "EN": {
        "chat": [
            ("Since {~version} the {=gym} app throws {~error} on my {~model} at check-in. Member {cust:gym}",
             "My {~model} can't scan the entry QR since {~version} ({~error}). Membership no. {cust:gym}"),
            ("Wristbands haven't arrived, tracking {~tracking}, order {~order}. Delivery address {addr}",
             "Parcel {~tracking} shows delivered but nothing at {addr}"),
            ("Our webhook on port {~port} stopped receiving. Secret key {apikey}. Request {~reqid}",
             "Callback to port {~port} gets {~error}. Token we send: {token} (request {~reqid})"),
            ("Meter reading when we left the lodge: {~meter}. You billed {~meter}? Invoice {~invoice}, account {cust:park}",
             "Electric meter on arrival {~meter}, on departure {~meter}. Why an extra {~amount}?"),
            ("Member since {~year} and now a {~pct} price rise? Membership {cust:gym}",
             "Been coming since {~year} and the {~pct} loyalty discount is gone. Rewards no. {cust:hotel}"),
            ("Network {=ssid}, key {wifi}, still no internet in room. Checksum of the captive portal cert {~checksum}",
             "WiFi name: {=ssid}\nPassword: {wifi}\nDoesn't connect. Router {~model}, product {~product}"),
            ("Flight {~flight} on {~date}, seat paid with card {card} exp {exp} security code {cvv}, seat not assigned",
             "Paid the bag fee for {~flight} with {card}, expiry {exp}, CVC {cvv}, still not on my booking {~pnr}"),
        ],
        "footer": ["{=hotel} Ltd | {~kvk} | {~cphone} | {~url}", "Guest Services {~cphone} | {~url}",
                   "© {~year} {=park} | {~kvk}", "Customer care: {~cphone} (24/7) | {~kvk}"],
    },
}


def merge(sets):
    for name, groups in EXTRA.items():
        for g, items in groups.items():
            lst = sets[name].setdefault(g, [])
            if g == "footer":
                lst.extend(items)
                continue
            if len(lst) % 2 == 1:
                # keep pairs aligned: pad with a harmless opener-like chat line at the odd slot
                lst.append({"NL": "Hallo? Iemand daar? Wacht al sinds {~time} op antwoord",
                            "NLBE": "Hallo, nog altijd niks gehoord sinds {~date}",
                            "FR": "Allô ? Toujours pas de réponse depuis {~time}",
                            "EN": "Hello? Still waiting on a reply since {~time}"}[name])
            for a, b in items:
                lst.append(a)
                lst.append(b)
