"""Dutch (NL) templates. Lists are dealt alternately between dev and heldout."""
T = {
"chat": {
 "sport": [
  "Hoi, ik kan niet inloggen in de ticketapp van {brand}. Gebruikersnaam is {user} en ww {password}, toch krijg ik foutcode {err}. Mijn seizoenkaart (lidnummer {cust}) moet zaterdag werken want de aftrap is om {time}!",
  "Goedemiddag, ik heb {qty} besteld voor de wedstrijd van {date} (bestelling {order}) maar er is {amount} twee keer afgeschreven van {iban}. Graag 1x terugstorten. Mijn telnr is {phone}",
  "Ik wil mijn zoon aanmelden als jeugdlid. Geboortedatum {dob}, adres {address}. Contributie mag maandelijks van NL-rekening {iban} (t.n.v. {name}).",
  "de code van het hek bij veld 3 is veranderd?? oude was {pin4} maar die doet niks meer. trainer zei iets met {pin4}# maar ook niet",
  "Mijn clubcard staat nog op {email#1} maar dat adres bestaat niet meer, nieuw is {email2}. Lidmaatschapsnummer {cust}. Kunnen jullie dat omzetten?",
  "Seizoenkaart overzetten naar mijn broer kan dat? Mijn relatienummer: {cust}, zijn mobiel {phonex} en geb.datum {dob}. Hij heeft geen account, wachtwoord van mij is {password} als jullie dat nodig hebben",
  "Ik krijg bij het afrekenen steeds {err}. Kaart {card} exp {expiry} CVC {cvv}. Probeer al sinds {time} kaarten te kopen voor {date}!!",
 ],
 "crypto": [
  "Mijn account bij {brand} is geblokkeerd na het wijzigen van mijn wachtwoord. Oud: {password}  nieuw: {newpw}. De 2FA-code die ik kreeg was {otp} maar ik krijg 'code verlopen'. Er staat nog {crypto} op!",
  "Storting van {amount} via iDEAL is niet bijgeschreven. Rekening waar het vanaf kwam: {iban}. Transactie-ID {txid}. Klantnummer {cust}",
  "Voor mijn tradingbot heb ik een API key gemaakt:\nkey: {apikey}\nsecret: {apisecret}\nIs het erg dat ik deze per ongeluk in jullie Telegram groep heb gezet? IP-whitelist staat op {ip}",
  "Jullie vragen mijn BSN voor de verificatie, is dat echt nodig? Nou ja hier: {bsn}. Geboren {dob}, woonadres {address}",
  "hoezo staat mijn opname van {crypto} nog op pending?? ticket {ticket}, inlog is {email}. Ik wil gewoon mijn geld!",
  "Ik heb een nieuwe telefoon en mijn authenticator is weg. Backup codes die ik nog heb: {otp}, {otp}, {otp}. Welke moet ik gebruiken? Account {email}",
  "Sessie verloopt steeds. Ik zie in de developer tools een cookie/token {token}, heeft dat er iets mee te maken? App versie {ver}",
 ],
 "alarm": [
  "Ons alarm gaat steeds af rond {time}. De installateur heeft de mastercode op {pin4} laten staan, de gebruikerscode is {pin}. Kunnen jullie op afstand meekijken? Adres {address}",
  "De sleutelkluis naast de voordeur heeft code {pin4}, dan kan de monteur er zelf in. Wel even bellen vooraf: {phone}",
  "Na de update naar {ver} doet de app raar. Hub ({model}) staat op {ip}, poort {port}. Inloggen met {user} / {password} lukt niet meer sinds {date}.",
  "Contractnummer {cust}. Wij verhuizen per {date} naar {address}, kan het alarmsysteem mee? Termijn van {amount} mag vanaf dan van {iban} in plaats van de oude rekening.",
  "Meldkamer belde om {time} dat er inbraakalarm was, maar wij waren op vakantie. Wachtwoord voor de meldkamer (codewoord) is {password}, noodnummer buurman {phonex}",
  "Camera ({model}) offline. Wifi is {ssid} en de sleutel {wifi}. Heb al gereset maar hij blijft knipperen.",
 ],
 "bike": [
  "Ik kreeg een boete van {amount} omdat de deelscooter verkeerd zou staan?? Rit was op {date} om {time}. Mijn account: {email}, tel {phone}",
  "Slot van de fiets gaat niet open, app geeft {err}. Ontgrendelcode in de app is {otp}. Sta nu bij het station in {city}, wat moet ik doen",
  "Wil de creditcard in mijn account vervangen. Nieuwe kaart {card}, geldig t/m {expiry}, cvc {cvv}. De oude ({masked}) is verlopen.",
  "Abonnement {cust}: de sms-code komt niet aan op {phone}. Wel een sms gekregen met {otp} maar dat was gisteren.",
  "Hoi! Ik heb per ongeluk 2 ritten tegelijk gestart, {amount} + {amount}. Kunnen jullie 1 terugboeken op {iban}?",
  "Mijn rijbewijs check faalt steeds. Geboortedatum is {dob} maar de app zegt ongeldig. Gebruikersnaam {user}",
 ],
 "post": [
  "Mijn pakket {track} staat op bezorgd maar ligt hier niet. Adres: {address}. Was de hele dag thuis tot {time}.",
  "Ik wil doorsturen aanvragen vanaf {date}. Oud adres {address}, nieuw adres {address}. Geboortedatum ter controle {dob}.",
  "Mag het pakketje bij de buren op {street} als ik niet thuis ben? Ik ben bereikbaar op {phone}. Zendingnummer {track}",
  "Ophaalcode voor het pakketpunt is {otp} maar de medewerker zegt dat ie ongeldig is. Ik heb wel de sms: {otp}",
  "Aangetekende brief niet ontvangen. Ik woon op {address} en mijn postbus nummer (klantnummer) is {cust}.",
  "Retourlabel werkt niet ({err}). Bestelnummer {order}, ik heb {amount} betaald met kaart eindigend op {masked}.",
 ],
 "telecom": [
  "Ik zit in {country} en mijn sim is geblokkeerd na 3x foute pincode. De PUK staat niet op het pasje, kunnen jullie die sturen? Nummer {phone}, klantnr {cust}",
  "Roaming werkt niet in {country}, bundel van {qty} is nog lang niet op. Toestel {model}, software {ver}. Mijn nummer {phone}",
  "Nieuwe modem. Netwerk {ssid}, wachtwoord {wifi}. Admin login van de router: {user} met {password}. Poort {port} openzetten lukt niet.",
  "Telefoon gestolen in {city}!! Blokkeer aub mijn nummer {phone}. Schermvergrendeling was {pin} en sim-pin {pin4}.",
  "Heb de PUK gevonden: {puk}. Maar nu vraagt hij nieuwe pincode, mag dat weer {pin4}?",
  "Mijn factuur van {date} is {amount} terwijl ik gewoon in de EU was ({country}). Factuurnummer {invoice}, klantnummer {cust}.",
  "Esim overzetten naar nieuwe telefoon, de activatiecode die ik kreeg is {otp}. Geboortedatum voor verificatie: {dob}, laatste 4 van rekening {masked}",
 ],
 "gen": [
  "Mijn gegevens: {name}, {address}, geb. {dob}, tel {phone}, mail {email}",
  "Hierbij mijn IBAN voor de terugbetaling: {iban} t.n.v. {name}",
  "ps mijn nieuwe mobiele nummer is {phone}, het oude ({masked}) gebruik ik niet meer",
  "Ik heb mijn klantnummer er niet bij, wel mijn postcode + huisnummer: {address}",
  "Bel me liever niet onder werktijd, na {time} op {phone} is prima.",
  "Voor de zekerheid nog even alles:\nNaam: {name}\nAdres: {address}\nGeboortedatum: {dob}\nE-mail: {email}\nIBAN: {iban}",
 ],
},
"public": [
 "{mention} al {qty} in de wacht voor mijn seizoenkaart. Dit is toch niet normaal?? {hashtag}",
 "{mention} pakket {track} staat op 'bezorgd' maar is nergens. Bel me aub op {phone}",
 "{mention} waarom werkt jullie app niet? {err} sinds update {ver} {hashtag}",
 "{mention} hebben jullie mijn mail gehad? Gestuurd vanaf {email}, al {qty} geen reactie",
 "Alweer een deelscooter midden op de stoep in {city}. {mention} doe er wat aan {hashtag} {hashtag}",
 "{mention} geen bereik in {country} terwijl roaming aan staat. Nummer {phone}, kunnen jullie even kijken?",
 "Wie weet hoe je bij {mention} je opname versnelt? {crypto} vast sinds {date}... {hashtag}",
 "Zo, alarm ging om {time} af en {mention} belde pas {qty} later. Top beveiliging 👎",
 "{mention} tickets voor {date} kosten nu ineens {amount}?? Was {amount} vorige week. {url}",
 "Let op mensen: {mention} stuurt NOOIT sms'jes met 'klik hier' {url}. Ik trapte er bijna in {hashtag}",
],
"agent": [
 "Hoi {first}, vervelend dat je pakket nog niet binnen is! Ik zie dat zending {track} op {date} voor het laatst is gescand. Ik heb een onderzoek gestart onder nummer {ticket}. Groetjes, {agent}",
 "Dank je voor je bericht! Deel nooit je wachtwoord of inlogcode met ons, ook niet via DM. Je kunt je wachtwoord resetten via {url}. ^{ai}",
 "Goedemiddag {first}, ik heb je klantnummer {cust#1} gevonden. Ik zie alleen de laatste cijfers van je rekening: {masked}. Klopt dat nog? Gr, {agent}",
 "Hi! Stuur je ons even een DM met je postcode en huisnummer? Dan kijken we met je mee 🙂 ^{ai}",
 "Beste {first}, uw verzoek is in behandeling (referentie {ticket}). Bel gerust met {cphone}, bereikbaar van {time} tot {time}. Met vriendelijke groet, {agent}",
 "Hoi {first}, we hebben de PUK-code voor je opgezocht: {puk}. Let op: na 10x fout is de sim definitief geblokkeerd. Fijne vakantie in {country}! {agent}",
 "Ik heb een tijdelijk wachtwoord voor je ingesteld: {newpw}. Wijzig dit direct na het inloggen a.u.b. Groet, {agent}",
 "Bedankt {first}. Het bedrag van {amount} wordt binnen {qty} teruggestort op {iban#1}. Zaaknummer {ticket}.",
 "Hoi {first}, ik zie dat je 06-nummer bij ons als {masked} bekend staat. Is {phone#1} je nieuwe nummer? Dan pas ik het aan. ^{ai}",
 "Dag {first}, de monteur komt {weekday} {date} tussen {time} en {time}. Hij gebruikt de sleutelkluiscode {pin4#1} die je doorgaf. Groet, {agent}",
],
"greet": ["Beste {brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen team {brand},", "Hoi!", "L.S.,", "Beste klantenservice,", "Goedenavond,"],
"close": ["Met vriendelijke groet,", "Mvg,", "Groetjes,", "Alvast bedankt!", "Vriendelijke groeten,", "Gr.", "Hoop snel iets te horen.", "Met groet,"],
"sig": [
 "{name}\n{address}\nTel: {phone}",
 "{name}\n{phone#1}",
 "{first}\n\nVerstuurd vanaf mijn iPhone",
 "{name} | {email#1} | {phone#1}",
 "{name}\nKlantnummer: {cust#1}\nMobiel {phone}",
 "{first}\n\n--\nVerzonden met Outlook voor Android",
 "{name}\n{street}\n06: {phone}",
 "{first} {last}\nLidnr. {cust}",
],
"qhead": [
 "Op {date} om {time} schreef {brand} Klantenservice:",
 "Op {weekday} {date} schreef {agent} van {brand}:",
 "-----Oorspronkelijk bericht-----\nVan: {brand} Klantenservice\nVerzonden: {date} {time}\nOnderwerp: RE: uw vraag {ticket}",
 "Van: {brand} <noreply>\nDatum: {date}\nOnderwerp: Uw melding {ticket}",
],
"qhead_c": ["Op {date} om {time} schreef {name}:", "{name} schreef op {date}:", "Oorspronkelijk bericht van {first}:", "-----Origineel bericht-----\nVan: {name}\nVerzonden: {date}"],
"disc": [
 "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen.",
 "Denk aan het milieu voordat u deze e-mail print.",
 "Aan dit bericht kunnen geen rechten worden ontleend.",
 "Deze mail is gescand op virussen.",
],
"paste": [
 "{brand}: Uw verificatiecode is {otp}. Deel deze code met niemand.",
 "Je inlogcode voor {brand} is: {otp} (10 min geldig)",
 "\"{otp} is je eenmalige code. Niet delen!\" <- die kreeg ik",
 "sms van vanochtend: Gebruik code {otp} om je telefoonnummer te bevestigen.",
 "Je ophaalcode is {otp}. Geldig tot {date}.",
 "Uw nieuwe PUK: {puk}",
],
"asig": [
 "Met vriendelijke groet,\n{agent}\n{brand} Klantenservice\nT {cphone} | {url}\nKvK {kvk}",
 "^{ai}",
 "Groet, {agent} | Team Webcare {brand}",
 "{agent}\nKlantenservice {brand} — bel {cphone} (ma-vr {time}-{time})\nBTW {kvk}",
],
"fwd": [
 "---------- Doorgestuurd bericht ---------\nVan: {name} <{email#1}>\nDatum: {date} {time}\nOnderwerp: Fwd: mijn account",
 "Begin doorgestuurd bericht:\n\nVan: {name} <{email#1}>\nDatum: {date}\nOnderwerp: klacht",
],
}

# ---- second batch (balanced so that both halves cover every type)
T["chat"]["sport"] += [  # index 7 -> heldout
 "Wachtwoord vergeten van mijn {brand} account. Gebruikersnaam {user}. Heb al {password} en {password} geprobeerd. Geboortedatum ter verificatie {dob}, adres {address}.",
]
T["chat"]["crypto"] += [  # 7 -> heldout, 8 dev, 9 heldout
 "Ik heb een API-token aangemaakt voor mijn belastingsoftware: {token}. Plus de key {apikey}. Login {user} / {password}. Kunnen jullie zien of er iemand anders inlogt dan vanaf {ip}?",
 "De SHA-256 van de desktop wallet die ik downloadde is {checksum} en op jullie site staat iets anders?? Request ID van de foutmelding: {reqid}. Mijn account {email}",
 "Download van de app gaf checksum {checksum}, klopt dat? Foutmelding had request-id {reqid}. Ik log in als {user}",
]
T["chat"]["telecom"] += [  # 7 -> heldout
 "Kaart geweigerd in de telefoonwinkel in {country}: {card} geldig tot {expiry}, cvc {cvv}. Ze vroegen ook mijn BSN: {bsn}",
]
T["chat"]["bike"] += [
 "Mijn rekening is gewijzigd naar {iban}, wil de incasso daarop. Klantnr {cust}. BSN {bsn} (vroegen jullie voor de leeftijdscheck)",
 "Inloggen met {user} lukt niet, wachtwoord {password} wordt niet geaccepteerd sinds update {ver}. Mijn IP is {ip} als dat helpt",
]
T["chat"]["post"] += [
 "Ik ben verhuisd, nieuw adres {address}. Graag aan klantnummer {cust} koppelen. Terugbetalen op {iban}",
 "Pakket {track} moet naar {address} in plaats van {address}. Mobiel {phone}, geb {dob}",
]
T["chat"]["gen"] += [
 "BSN: {bsn}, geboortedatum {dob}",
 "mijn bsn is {bsn} (staat ook op mijn id-kaart)",
 "Lid sinds {year}. Ik bestelde {qty} (artikel {prod}) maar de korting van {pct} is niet verrekend op factuur {invoice}.",
 "Klant sinds {year}. Order {order} met productcode {prod}: {pct} korting ontbreekt op factuur {invoice}.",
 "Meterstand bij de verhuizing was {meter}, vlucht {flight} terug op {date} dus daarna pas tijd.",
 "Ik zat in vlucht {flight} op {date}, meterstand heb ik genoteerd: {meter}.",
]
T["agent"] += [
 "Hoi {first}, ik heb je IBAN {iban} genoteerd voor de terugbetaling van {amount}. ^{ai}",
 "Hoi {first}, je inlognaam is {user}. Een nieuw wachtwoord ({newpw}) is verstuurd naar {email}. {agent}",
]
T["chat"]["gen"] += [
 "wifi voor de monteur: netwerk {ssid}, wachtwoord {wifi}",
 "Het wifi-wachtwoord (WPA2) is {wifi}, de naam van het netwerk is {ssid}",
]
