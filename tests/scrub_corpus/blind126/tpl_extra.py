# Extra templates, written in PAIRS (same value types, different phrasing) so both halves receive each type.
EXTRA = {
 "nl": {
  "general": {"c": [
   "Er is ingelogd vanaf IP-adres {ip} om {time}, dat was ik niet! Wachtwoord meteen veranderd naar {pw}. Klopt het dat de sessie-token {tok} nu ongeldig is?",
   "in de log zie ik {ip} (niet van mij) en mijn eigen ip is {ip2}. heb m'n ww gewijzigd, nieuwe is {pw}",
   "Code uit de sms: {otp}. Hij zegt 'ongeldig'. Nieuwe code aangevraagd: {otp2}, ook ongeldig. Bestelling {order}",
   "Ik kreeg '{otp} is je verificatiecode, deel deze niet' maar de app blijft hangen op {ver}. Pakket {track} ook nog niet binnen.",
   "De router ({model}) staat op poort {port} open, wifi-sleutel is {wifi}. Kunnen jullie op afstand kijken? Firmware checksum {checksum}",
   "Modem {model} opnieuw ingesteld. Netwerknaam {ssid}, nieuwe netwerksleutel {wifi}. Remote beheer via {ip} poort {port}?",
   "Mijn telefoon is gestolen. Ontgrendelcode was {pinsix}, sim-pin {pin}. Graag blokkeren. Klantnummer {cust}",
   "Toestel kwijt!! schermvergrendeling {pinsix} en pincode simkaart {pin}, nummer {mob} graag blokkeren",
  ]},
  "garage": {"c": [
   "Gegevens voor de leaseauto:\nNaam: {name}\nAdres: {addr}\nGeboortedatum: {dob}\nMobiel: {mob}\nIBAN: {iban}\nKenteken: {plate}, bouwjaar {year}",
   "Even alles op een rij voor het onderhoudscontract –\nklantnr: {cust}\nrekening: {iban}\ntel: {phone}\nmail: {email}\nauto: {car} uit {year}",
  ]},
  "housing": {"c": [
   "De wifi-code van het huis is veranderd door de verhuurder naar {wifi} en nu werkt de printer niet meer. Ook de voordeurcode {code} werkt niet. Huurnr {tenant}",
   "Nieuwe huisgenoot vraagt de wifi: netwerk {ssid}, wachtwoord {wifi}. Mag ik die code ({code}) van de sleutelkast ook geven? Contract {tenant}",
  ]},
  "airline": {"c": [
   "Mijn tas is afgeleverd bij de buren op {addr} terwijl ik {street2} had opgegeven. Tracking {track}. Dossier {pir}",
   "Koerier zegt geleverd (zending {track}) maar niks ontvangen. Adres is {addr}. Dossier {pir}, tel {mob}",
  ]},
  "dating": {"c": [
   "Ik zie in mijn account dat er ingelogd is vanaf {ip}. Verificatiecode die ik niet heb aangevraagd: {otp}. Mijn e-mail: {email}",
   "login vanaf onbekend ip {ip} en daarna kreeg ik sms {otp}?? account {user}",
  ]},
 },
 "be": {
  "general": {"c": [
   "Er werd ingelogd vanaf {ip}, dat ben ik niet. Nieuw wachtwoord: {pw}. Sessie {tok} moet ongeldig worden",
   "In het overzicht staat IP {ip}, ik woon in {city} en mijn IP is {ip2}. Paswoord veranderd naar {pw}",
   "Code per sms ontvangen: {otp}, maar ze wordt niet aanvaard. Bestelling {order}",
   "Ik kreeg de code {otp} en nadien nog {otp2}, geen van beide werkt. Pakje {track} ook nog niet toegekomen",
   "Modem {model} gereset, wifi-sleutel nu {wifi}, poort {port} staat open. Checksum firmware {checksum}",
   "Netwerk {ssid}, paswoord {wifi}. Toegang op afstand via {ip} poort {port}?",
  ]},
  "housing": {"c": [
   "Wifi van het kot: {ssid} / {wifi}. Werkt al {qty} niet. Contract {tenant}",
   "Nieuwe wifi-code gekregen van de kotbaas: {wifi}, maar ik geraak niet online. Kamer aan {street}",
  ]},
 },
 "fr": {
  "general": {"c": [
   "Connexion depuis l'adresse IP {ip} que je ne reconnais pas. J'ai changé mon mot de passe en {pw}. Le jeton {tok} est révoqué ?",
   "Dans l'historique je vois {ip}, moi c'est {ip2}. Nouveau mdp : {pw}",
   "Code reçu par SMS : {otp}, refusé. Commande {order}",
   "J'ai reçu {otp} puis {otp2}, aucun ne fonctionne. Colis {track} toujours pas arrivé",
   "Modem {model} réinitialisé, clé wifi {wifi}, port {port} ouvert. Checksum {checksum}",
   "Réseau {ssid}, clé de sécurité {wifi}. Accès à distance via {ip} port {port} ?",
  ]},
  "housing": {"c": [
   "Wifi du kot : {ssid} / {wifi}. En panne depuis {qty}. Contrat {tenant}",
   "Le proprio a changé le code wifi en {wifi} et le code de la porte en {code}. Contrat {tenant}",
  ]},
 },
 "en": {
  "general": {"c": [
   "Someone logged in from IP {ip} at {time}, not me! Changed password to {pw} straight away. Is the session token {tok} dead now?",
   "activity log shows {ip} (not mine), my own ip is {ip2}. changed my pw, new one is {pw}",
   "Code from the text: {otp}. Says invalid. Requested another: {otp2}, also invalid. Order {order}",
   "Got '{otp} is your verification code. Do not share it' but the app hangs on {ver}. Parcel {track} hasn't turned up either.",
   "Router {model} has port {port} open, wifi key is {wifi}. Can you check remotely? Firmware checksum {checksum}",
   "Reset the {model}. Network {ssid}, new WPA key {wifi}. Remote admin on {ip} port {port}?",
   "Phone was stolen. Unlock passcode was {pinsix}, SIM PIN {pin}. Please block it. Account {cust}",
   "lost my phone!! screen lock {pinsix} and sim pin {pin}, number {mob} please bar it",
  ]},
  "garage": {"c": [
   "Details for the lease car:\nName: {name}\nAddress: {addr}\nDOB: {dob}\nMobile: {mob}\nBank: {ibanfx}\nReg: {plate}, year {year}",
   "All in one place for the service plan -\ncustomer no: {cust}\ncard: {card} exp {exp}\ntel: {phone}\nemail: {email}\ncar: {car} from {year}",
  ]},
  "housing": {"c": [
   "The landlord changed the wifi key to {wifi} and now the printer won't connect. Front door code {code} doesn't work either. Tenancy {tenant}",
   "New housemate wants the wifi: network {ssid}, password {wifi}. Can I give her the keysafe code ({code}) too? Ref {tenant}",
  ]},
  "airline": {"c": [
   "My bag was left with a neighbour at {addr} but I gave {street2}. Tracking {track}. File {pir}",
   "Courier says delivered (consignment {track}) but nothing here. Address is {addr}. File {pir}, phone {mob}",
  ]},
  "dating": {"c": [
   "My account shows a login from {ip}. Got a verification code I never asked for: {otp}. My email: {email}",
   "login from unknown ip {ip} and then a text with {otp}?? account {user}",
  ]},
 },
}

FILLER = {
 "nl": ["Ik heb al drie keer gebeld en elke keer word ik doorverbonden naar een andere afdeling.",
        "Dit is echt de laatste keer dat ik het netjes vraag.", "Zou fijn zijn als iemand gewoon even terugbelt.",
        "Ik begrijp dat het druk is, maar dit duurt nu echt te lang.", "Mijn vorige mail is blijkbaar nergens aangekomen.",
        "In de bijlage vindt u de foto's en het bonnetje.", "Ik ben overdag slecht bereikbaar, 's avonds wel.",
        "Alvast bedankt voor de moeite, ik hoor graag snel van jullie."],
 "be": ["Ik heb al verschillende keren gebeld maar ik word altijd doorgeschakeld.", "Dat is toch niet normaal eigenlijk.",
        "Ik zou graag zo snel mogelijk een antwoord krijgen.", "In bijlage de foto's.", "Overdag ben ik moeilijk bereikbaar.",
        "Ik hoop dat dit nu eindelijk opgelost geraakt."],
 "fr": ["J'ai déjà appelé plusieurs fois sans résultat.", "Ce n'est vraiment pas normal.", "Merci de me répondre rapidement.",
        "Vous trouverez les photos en pièce jointe.", "Je suis difficilement joignable en journée.", "J'espère que ce sera enfin réglé."],
 "en": ["I've called three times already and keep getting transferred.", "This is honestly the last time I'm asking nicely.",
        "It would be great if someone could just ring me back.", "I understand you're busy but this is taking far too long.",
        "Apparently my previous email never arrived.", "Photos and the receipt are attached.",
        "I'm hard to reach during the day but free in the evenings.", "Thanks in advance, hope to hear from you soon."],
}

# Second batch of pairs: identity numbers, card data, tokens, keys, birth dates, addresses.
EXTRA2 = {
 "nl": {
  "general": {"c": [
   "Voor de huurtoeslag/verificatie: BSN {bsn}, geboortedatum {dob}, adres {addr}.",
   "mijn burgerservicenummer is {bsn} en ik ben geboren op {dob}, woon op {addr} – is dat genoeg?",
   "Gegevens creditcard: {card}\nVervaldatum: {exp}\nCVC: {cvv}\nNaam op kaart: {name}",
   "kaartnr {card} exp {exp} code achterop {cvv} — betaling blijft mislukken met {err}",
   "Developer hier. Onze Authorization header: Bearer {tok}. Response {err}, request id {reqid}.",
   "Personal access token voor de export: {tok} (verloopt {date}). API-key staat in de config: {api}",
  ], "a": [
   "Hoi {ph}, ik zie dat je je kaartnummer hebt gedeeld ({card}). Blokkeer deze kaart direct via {cphone}; wij hebben het bericht verborgen. ^{ag}",
   "Dag {first}, voor je veiligheid hebben we token {tok} ingetrokken. Log opnieuw in via {gurl}. Groet, {agent}",
  ]},
  "energy": {"c": [
   "Nieuw leveringsadres per {date}: {addr}. Geboortedatum contracthouder {dob}. Aansluiting EAN {ean}",
   "Verhuizing! Oud: {addr}, nieuw: {addr2}. Klantnr {cust}, geb. {dob}",
  ]},
 },
 "be": {
  "general": {"c": [
   "Rijksregisternummer {rrn}, geboren {dob}, wonende te {addr}. Is dat voldoende voor de verificatie?",
   "mijn rijksregisternr is {rrn} en mijn geboortedatum {dob}. Adres: {addr}",
   "Kaart: {card}, vervaldatum {exp}, CVC {cvv}. Betaling wordt geweigerd",
   "kaartnummer {card} / {exp} / {cvv} lukt niet, foutcode {err}",
   "Authorization: Bearer {tok} geeft {err}. Request {reqid}",
   "Onze API-sleutel {api} en access token {tok} werken niet meer sinds {date}",
  ]},
 },
 "fr": {
  "general": {"c": [
   "Numéro de registre national {rrn}, né le {dob}, domicilié {addr}. Ça suffit pour la vérification ?",
   "mon NISS c'est {rrn}, date de naissance {dob}, adresse {addr}",
   "Carte : {card}, date d'expiration {exp}, CVV {cvv}. Paiement refusé",
   "n° de carte {card} / {exp} / code {cvv}, erreur {err}",
   "Header Authorization: Bearer {tok} → {err}. Request {reqid}",
   "Notre clé API {api} et le jeton {tok} ne fonctionnent plus depuis le {date}",
  ]},
 },
 "en": {
  "general": {"c": [
   "US|For the lease application: DOB {dob}, current address {addr}, previous address {addr2}.",
   "GB|For the right-to-rent check: date of birth {dob}, address {addr}, previous address {addr2}.",
   "Card details: {card}\nExpiry: {exp}\nCVV: {cvv}\nName on card: {name}",
   "card no {card} exp {exp} cvc {cvv} — payment keeps failing with {err}",
   "Developer here. Our Authorization header: Bearer {tok}. Response {err}, request id {reqid}.",
   "Personal access token for the export: {tok} (expires {date}). API key in the config: {api}",
  ], "a": [
   "Hi {ph}, I can see you've shared your card number ({card}). Please cancel that card now via {cphone}; we've hidden your message. ^{ag}",
   "Hi {first}, for your security we've revoked token {tok}. Please log in again at {gurl}. Thanks, {agent}",
  ]},
  "energy": {"c": [
   "New supply address from {date}: {addr}. Account holder DOB {dob}. Supply number {ean}",
   "Moving house! Old: {addr}, new: {addr2}. Account no {cust}, DOB {dob}",
  ]},
 },
}
for _lk, _doms in EXTRA2.items():
    for _dom, _kinds in _doms.items():
        for _kind, _lst in _kinds.items():
            EXTRA.setdefault(_lk, {}).setdefault(_dom, {}).setdefault(_kind, [])
            EXTRA[_lk][_dom][_kind] = EXTRA[_lk][_dom][_kind] + _lst
