"""Dutch (nl) and Belgian Dutch (nl-be) templates. Groups: (role, situation) -> list."""
G = {}
G[("pub", "payout")] = [
    "{mention} al {qty} wachten op mijn uitbetaling van {amount}. Verkopersaccount {cust}. Wanneer?? {tag}",
    "Hoe kan het dat {mention} mijn geld al sinds {date} vasthoudt? payout ref {payref} #klantenservice",
    "{mention} uitbetaling {payref} staat op 'mislukt' met {err}. Rekening klopt gewoon: {iban}. Fix dit aub",
    "Weer geen geld op mijn rekening. {mention} {pct} commissie pakken lukt wel he {tag}",
]
G[("pub", "buyer")] = [
    "{mention} bestelling {order} zou {date} komen, track & trace {track} zegt 'adres onbekend'. Bel me ff op {phone}",
    "Pakket {track} al {qty} dagen 'onderweg' {tag} {mention}",
    "{mention} retour {ticket} ingeleverd op {date}, nog steeds geen {amount} terug. Order {order}",
    "Zo blij met mijn aankoop bij {shop} via {mention}! Artikel {sku} is top {tag}",
    "{mention} waarom wordt mijn account {email} steeds geblokkeerd als ik iets wil kopen?",
]
G[("pub", "gig")] = [
    "{mention} de app ({ver}) crasht elke keer bij inloggen. Rider ID {cust}. Ik mis ritten zo {tag}",
    "Als bezorger bij {mention} krijg je {amount} per rit en dan nog {pct} eraf voor 'service' {tag}",
    "{mention} sinds update {ver} zie ik mijn weekoverzicht niet meer, alleen {err}",
    "Wie is er nog meer host bij {mention} en heeft geen uitbetaling gekregen voor boeking {listing}? {tag}",
]
G[("cust", "payout")] = [
    "Hoi, ik heb mijn bankrekening gewijzigd naar {iban} maar de uitbetaling van {date} ({amount}) is nog naar het oude nummer gegaan ({iban#2}). Mijn verkopers-ID is {cust}. Kunnen jullie dit terugdraaien?",
    "goedemiddag\nuitbetaling {payref} is niet aangekomen. het bedrag was {amount}, {qty}. partnernummer {cust}\nrekening: {iban}\ngraag snel want ik moet huur betalen",
    "Mijn uitbetalingen staan al {qty} on hold met code {err}. Ik heb alles ingevuld: KvK {kvk}, btw-nr {vat}, IBAN {iban}. Wat ontbreekt er nog?",
    "Ik zie in het dashboard 'payout failed' bij {payref}. Is het omdat de tenaamstelling anders is? Rekening {iban} staat op naam van mijn eenmanszaak {shop}.",
    "Beste, waarom is er {pct} ingehouden op factuur {invoice}? Totaal {amount} voor {qty}. Mijn account is {cust}, graag uitleg.",
    "Kunnen jullie de uitbetaling ipv op {iban} op mijn nieuwe rekening zetten:\n{iban#2}\nt.n.v. {name}\nDank!",
]
G[("cust", "login")] = [
    "Ik kom niet meer in mijn verkopersaccount. Gebruikersnaam: {user}, wachtwoord {pw}. Heb al 3x reset gedaan maar krijg geen mail op {email}.",
    "Iemand heeft op mijn account {user} ingelogd vanaf {ip} om {time}, dat was ik niet! Ik heb mijn ww veranderd van {pw} naar {pw#2}. Klopt het dat mijn IBAN ook gewijzigd is?",
    "de sms code die ik kreeg was {otp} maar hij zegt ongeldig. login {user}",
    "Inloggegevens partnerportal:\nlogin: {user}\nww: {pw}\nkunnen jullie kijken waarom ik {err} krijg",
    "Ik krijg steeds een verificatiecode ({otp}) terwijl ik niks aanvraag?? Mijn mailadres is {email} en mijn telnr {phone}",
    "Hallo, in de rider app lukt inloggen niet. Mijn mail {email}, wachtwoord is {pw}. Telefoon {model}, app {ver}.",
    "hij vraagt om een code, de code is {otpw}. snap niet wat ik fout doe",
]
G[("cust", "apikey")] = [
    "Onze WooCommerce koppeling geeft {err} sinds {date}. Consumer key {apikey}, secret {apikey#2}. Webhook draait op poort {port}. Wat gaat er mis? Hash van de laatste export: {sum}",
    "Hierbij de API-sleutel zoals gevraagd: {apikey}\nShop-ID {cust}, plugin {ver}.",
    "Ik heb per ongeluk mijn API key ({apikey}) in een openbare GitHub repo gezet. Kunnen jullie die intrekken? Request-id van de laatste call: {reqid}",
    "Koppeling met {brand} werkt niet. Header: Authorization: Bearer {token}\nResponse: {err} (poort {port})\nrequest {reqid}",
    "Voor de voorraadsync gebruiken we access token {token}. Sinds versie {ver} komen SKU's als {sku} niet meer door.",
    "AWS gegevens voor de export bucket: access key id {awsid} secret {awssecret}. Kunnen jullie de productfeed ({sum}) daar neerzetten?",
]
G[("cust", "verify")] = [
    "Voor de DAC7-opgave vragen jullie mijn BSN. Dat is {bsn}. Geboortedatum {dob}, adres {addr}.",
    "Mijn identiteitsverificatie blijft hangen op 'in behandeling'. Geboren op {dob}, woonachtig {addr}. KvK-nummer {kvk}.",
    "Jullie vragen om btw-nummer, dat is {vat}. KvK {kvk}. Ik ben ZZP'er, BSN {bsn}, mag dat ook?",
    "Waarom moet ik mijn BSN ({bsn}) doorgeven voor belastingformulier {year}? Ik heb maar {amount} verdiend met {qty}.",
    "hierbij mijn gegevens voor de verificatie\nnaam: {name}\ngeb.datum: {dob}\nadres: {addr}\ntel: {phone}",
]
G[("cust", "buyer")] = [
    "Ik heb bestelling {order} nooit ontvangen. Track & trace {track} zegt bezorgd op {date} om {time}. Ik woon op {addr}, daar is niks afgegeven. Betaald met {masked}.",
    "Retour aangemeld voor artikel {sku} (order {order}). Kunnen jullie het geld terugstorten op {iban}? Betaald met kaart {masked}.",
    "Verkeerd adres ingevuld bij {order}, moet zijn: {addr}. Telefoon voor de bezorger: {phone}",
    "Ik wil betalen maar mijn kaart wordt geweigerd: {card}, geldig tot {exp}, cvc {cvv}. Wat doe ik fout?",
    "Ik ben {amount} dubbel afgeschreven voor {order}. Factuur {invoice}. Klantnummer {cust}.",
    "Pakket is retour afzender gegaan ({track}). Graag opnieuw versturen naar {addr}, bel {phone} als het niet lukt",
    "kaartgegevens voor de herbetaling van {order}: {card} vervalt {exp} beveiligingscode {cvv}. bedrag {amount}",
]
G[("cust", "host")] = [
    "Hoi {fname}! Welkom in ons appartement. Sleutelkastje naast de deur, code {pin}. Wifi: {ssid}, wachtwoord {wifi}. Bij problemen app me op {phone}.",
    "Mijn gast komt met vlucht {flight} om {time} aan. Kunnen jullie hem de deurcode {pin} doorsturen? Boeking {order}, listing {listing}.",
    "Uitbetaling voor boeking {order} ({amount}, {qty}) staat nog open. Host-ID {cust}. Rekening {iban}.",
    "Nieuwe code voor de sleutelkluis is {pin} (oude was {pin#2}). Wifi-sleutel blijft {wifi}. Meterstand bij vertrek: {meter}.",
    "De gast heeft de router gereset ({model}). Nieuw admin wachtwoord is {pw}, wifi netwerk {ssid} key {wifi}.",
    "Vraagje als host: gast {name} wil eerder inchecken, vlucht {flight} landt om {time}. Ik geef de code {pin} van het sleutelkastje door via jullie app, oké?",
    "Eindafrekening boeking {listing}: meterstand begin {meter}, eind {meter#2}. Borg {amount} graag terug naar {iban}. Gast kwam met {flight}.",
]
G[("cust", "rider")] = [
    "Mijn telefoon is gestolen tijdens de dienst. Nieuwe simkaart gevraagd, PUK is {puk}. Rider ID {cust}, nieuw nummer {phone}.",
    "Ik heb {qty} gereden in week {date} maar krijg maar {amount}. Koerier-nummer {cust}. Kan iemand dit checken?",
    "Pincode van de thermobox-kluis op de hub is {pin}, kunnen jullie die aan de nieuwe riders geven? Kenteken scooter {plate}.",
    "Geen uitbetaling deze week. IBAN is {iban}, ik heb bij de registratie BSN {bsn} opgegeven. Klopt dat allemaal?",
    "Chauffeur hier. Mijn account is geblokkeerd na controle, code {err}. Mijn rijbewijs staat op naam van {name}, geb. {dob}. Tel {phone}",
    "Nieuwe simkaart binnen maar hij vraagt PUK. Op het plastic kaartje staat {puk}, pincode is {pin}. Bezorger-ID {cust}.",
]
G[("cust", "freelance")] = [
    "Klant heeft opdracht {order} niet betaald ({amount}). Mijn freelancer-profiel: {url}. Accountnummer {cust}.",
    "Ik wil mijn uitbetaalmethode wijzigen naar {iban}, maar de app vraagt een code. Code uit de mail: {otp}.",
    "Factuur {invoice} klopt niet, de servicefee is {pct} ipv {pct#2}. KvK {kvk}, btw {vat}.",
]
G[("agent", "payout")] = [
    "Hoi {fname}, dank voor je bericht. Ik zie dat uitbetaling {payref} van {amount} is teruggekomen omdat rekening {iban} niet op jouw naam staat. Wil je het IBAN aanpassen in het dashboard? Groet, {agent}",
    "Beste {name}, de uitbetaling staat gepland voor {date}. Voor vragen kun je ons bellen op {cphone} (ma-vr). Ticket {ticket}. Met vriendelijke groet, {agent}",
    "Hi! Deel nooit je wachtwoord met ons, ook niet via DM. Wij vragen daar nooit om. Je zaak staat onder {ticket}. ^{agent}",
    "Dag {fname}, we hebben je partneraccount {cust} gecontroleerd. Het laatste IBAN op file eindigt op {masked}. De volgende betaling is {date}. Groetjes, {agent}",
    "Hoi, excuses voor het wachten! Ik heb je nieuwe rekening {iban} doorgezet naar finance. Dit duurt max {qty}. Referentie: {payref}. {agent}",
]
G[("agent", "account")] = [
    "Dag {fname}, we hebben je account {user} tijdelijk vergrendeld omdat er is ingelogd vanaf {ip}. Reset je wachtwoord via {url}. Ticket {ticket}. {agent}",
    "Hoi! Ik heb een nieuwe link gestuurd naar {email}. Lukt het niet, bel dan {cphone}. Groet, {agent}",
    "Bedankt voor je geduld. Je verificatie is goedgekeurd, KvK {kvk} en btw-nummer {vat} zijn gekoppeld aan verkopersnummer {cust}. Fijne dag! {agent}",
    "Hoi {fname}, je API key {apikey} is ingetrokken (gekoppeld nummer {masked}). Maak een nieuwe aan via {url} en zet die in je plugin ({ver}). Gr, {agent}",
    "Beste klant, uw bestelling {order} is volgens de vervoerder bezorgd ({track}). We hebben een onderzoek gestart, ticket {ticket}. Vriendelijke groet, {agent}",
]
GB = {}
GB[("pub", "payout")] = [
    "{mention} allee, al {qty} geen uitbetaling gehad. Ik ben het beu {tag}",
    "Wanneer storten jullie eindelijk mijn geld {mention}? Rekening {iban} staat er al maanden in. Ref {payref}",
    "{mention} amai, {pct} commissie en dan nog wachten op uw centen {tag}",
]
GB[("pub", "buyer")] = [
    "{mention} mijn pakje {track} ligt al {qty} in een afhaalpunt in {city}?? Bestelling {order}",
    "{mention} bel mij eens terug aub {phone}, niemand helpt mij met bestelling {order}",
    "Na {qty} nog altijd niks terugbetaald {mention} {tag}",
]
GB[("cust", "payout")] = [
    "Goeiendag, mijn uitbetaling van {amount} is nog altijd niet op mijn rekening {iban} gekomen. Verkopersnummer {cust}, ondernemingsnummer {kvk}.",
    "Ik heb een nieuwe bankrekening bij een andere bank: {iban}. De oude ({iban#2}) mag weg. Kunnen jullie dat aanpassen? Mvg {name}",
    "Dag, ik ben zelfstandige in bijberoep. Mijn btw-nummer is {vat}. Waarom houden jullie {pct} in op uitbetaling {payref}?",
    "Voor de fiscale fiche {year} vragen jullie mijn rijksregisternummer. Dat is {bsn}. Geboren {dob}.",
    "Ge hebt mij {amount} te weinig gestort voor {qty}, factuur {invoice}. Partner-ID {cust}.",
]
GB[("cust", "login")] = [
    "Ik geraak niet meer binnen in mijn account. Gebruikersnaam {user}, paswoord {pw}. Ik krijg altijd {err}.",
    "Ik kreeg een sms met code {otp} maar ik had niks aangevraagd. Is mijn account gehackt? Mijn gsm is {phone}",
    "Ik heb mijn paswoord veranderd naar {pw} maar de app blijft het oude vragen. Versie {ver} op een {model}.",
    "Via itsme lukt het niet, kan ik mijn identiteit anders bevestigen? Rijksregisternummer {bsn}, adres {addr}.",
]
GB[("cust", "host")] = [
    "Hallo, welkom in onze studio! De sleutel zit in het kluisje, code {pin}. Het wifi-paswoord is {wifi} (netwerk {ssid}). Mijn gsm: {phone}.",
    "De gasten van boeking {order} kunnen niet binnen. De poortcode is {pin} en de deurcode {pin#2}. Kunnen jullie hen dat laten weten?",
    "Uitbetaling voor de reservatie {listing} van {date} is niet binnengekomen. Host-ID {cust}, rekening {iban}.",
]
GB[("cust", "rider")] = [
    "Mijn sim is geblokkeerd, de PUK-code op het kaartje is {puk}. Koerier-ID {cust}. Kan ik ondertussen toch rijden?",
    "Ik heb {qty} gereden, maar op mijn uitbetaling staat {amount}. Adres voor de papieren: {addr}. Mail {email}.",
    "Mijn fiets staat aan de hub, cijferslot {pin}. Ik ben ziek vandaag, kunnen jullie iemand sturen? Tel {phone}",
    "Mijn gsm zegt PUK vereist. Is dat {puk} van op de simhouder? Ik moet om {time} beginnen, ID {cust}.",
]
GB[("agent", "payout")] = [
    "Dag {fname}, bedankt voor uw bericht. We hebben uw nieuwe rekening {iban} geregistreerd. De volgende storting volgt op {date}. Met vriendelijke groeten, {agent}",
    "Hallo, uw dossier is gekend onder {ticket}. U kan ons bereiken op {cphone}. Groetjes, {agent}",
    "Dag {fname}, uw rijksregisternummer hoeft u niet via chat te sturen, gelieve het in te vullen via {url}. Mvg, {agent}",
    "Beste, we zien dat pakket {track} werd afgeleverd in het afhaalpunt. Uw bestelling {order} blijft daar {qty} liggen. {agent}",
]
