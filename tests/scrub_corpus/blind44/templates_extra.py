"""Extra technical templates (tokens, keys, IPs, ports, checksums, flights...). Appended in pairs so each half gets one."""
T = {
    "nl": {
        "body": ["Onze webshop-koppeling geeft sinds {date} {err}. API key: {apikey} (van jullie portal gekopieerd). Request-ID {reqid}, server luistert op poort {port}.",
                 "Ik zie in het log een inlogpoging vanaf IP {ip} om {time}, dat was ik niet! Sessietoken in de cookie: {token}. Graag direct blokkeren."],
        "handover": ["2e lijn: SMTP via poort {port} geweigerd voor IP {ip}. Klant plakte zijn access token {token}, ingetrokken. Firmware {ver}, checksum {checksum}.",
                     "Notitie: klant vliegt {date} met {flight}, wil voor vertrek {pct} korting verwerkt. Product {prod}, {qty}. Klantnr {cust}."],
        "chat": ["token: {token}", "mijn ip is {ip} volgens whatismyip, poort {port} staat open"],
    },
    "nl-be": {
        "body": ["De koppeling met ons kassasysteem faalt ({err}). API-sleutel: {apikey}. Ons publiek IP is {ip}, poort {port}.",
                 "Vlucht {flight} op {date} geannuleerd, {pct} terugbetaling beloofd. Boekingsreferentie {order}, klantennummer {cust}."],
        "chat": ["bearer token {token}", "ip adres {ip}"],
    },
    "fr-be": {
        "body": ["Notre boutique en ligne renvoie {err}. Clé API : {apikey}. Adresse IP du serveur : {ip}, port {port}.",
                 "Vol {flight} du {date} annulé ; on m'a promis {pct} de remboursement. Produit {prod}. Jeton de session : {token}."],
        "chat": ["mon adresse ip : {ip}", "le token c'est {token}"],
    },
    "en-gb": {
        "body": ["Our integration throws {err} since {date}. API key: {apikey}. Server IP {ip}, port {port}. SHA256 of the export: {checksum}.",
                 "Someone logged in from {ip} at {time}, wasn't me. Session token {token}. Flight {flight} booking also changed, {pct} fee?!"],
        "chat": ["access token {token}", "my IP is {ip}"],
    },
    "en-us": {
        "body": ["Webhook failing with {err}. Secret key {apikey}, our IP {ip} on port {port}. Build {ver}, checksum {checksum}, year {year}.",
                 "Flight {flight} on {date} got cancelled, you promised {pct} back. SKU {prod}. Also, session token {token} leaked in a screenshot."],
        "handover": ["Escalation: merchant sent AWS key {apikey} in ticket {ticket}. Rotated. Source IP {ip}, port {port}.",
                     "Note: customer read out the bearer token {token} on a call. Invalidated {date} {time}."],
    },
}
