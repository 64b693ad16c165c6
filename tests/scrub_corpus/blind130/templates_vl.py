# Belgian Dutch (Flemish) templates.
BODY = {
    "host": [
        "Allez, ons domein {n:domain} ligt al sinds {n:date} plat. Klantennummer {p:custnum}. Graag dringend iemand die kan helpen",
        "Ik heb de transfercode nodig voor {n:domain}, in de controlpanel staat {p:epp} maar die wordt geweigerd door de nieuwe registrar",
        "Mail werkt ni meer op mijn gsm, IMAP poort {n:port}. Login {p:email}, paswoord {p:password}. Wat doe ik verkeerd?",
        "Onze server {p:ip_address} staat op een blacklist, fout {n:error_code}. Ticket {n:ticket_number}",
        "Hier de API-sleutel voor de koppeling met de webshop: {p:api_key} — ge moogt die na gebruik terug intrekken",
        "Gelieve de factuur {n:invoice_number} ({n:amount}) te crediteren, ik betaalde al via overschrijving van {p:iban}",
    ],
    "ins": [
        "Aangifte schade gedaan op {n:date}, dossiernummer {n:ticket_number}. Polisnummer {p:custnum}. Mijn rijksregisternummer: {p:bsn_be}",
        "Gelieve het bedrag te storten op BE-rekening {p:iban}. Ik ben bereikbaar op mijn gsm {p:phone}",
        "Wij zijn verhuisd naar {p:address}, kan de brandverzekering aangepast worden? Polis {p:custnum}",
        "Bij het inloggen vraagt de app een code van itsme, ik kreeg {p:otp}. Werkt niet, blijf {n:error_code} krijgen",
        "Geboortedatum {p:date_of_birth}, rijksregister {p:bsn_be} — dat is toch genoeg om de hospitalisatieverzekering op te starten?",
    ],
    "wash": [
        "Abonnement {p:custnum} opgezegd, toch nog {n:amount} gedomicilieerd op {p:iban}. Niet ok!",
        "De poort van de carwash in {f:city} ging niet open met code {p:pin}, om {n:time} stonden er {n:quantity} auto's achter mij te toeteren",
        "Ge hebt mijn antenne afgebroken aan de {f:plate}, zie foto. Bel mij op {p:phone} aub",
        "Inloggen in de app lukt niet, gebruikersnaam {p:username} en wachtwoord {p:password}",
        "Mijn bankkaart {p:card} werd {n:quantity} gedebiteerd aan de wasstraat op {n:date}. Graag terugbetaling",
    ],
    "rent": [
        "Reservatie {n:order_number}, ik kom aan met {n:flight_number} om {n:time}. Mijn gsm: {p:phone}",
        "Waarborg van {n:amount} nog altijd niet vrijgegeven op kaart {p:card}, vervaldatum {p:card_expiry}",
        "Deelauto {f:plate}: de kluis met de sleutel gaat niet open met pincode {p:pin}. Sta nu aan {f:city} station",
        "Km-stand bij terugbrengen was {n:meter_reading}, ge rekent mij {n:amount} extra kilometers aan. Klantennr {p:custnum}",
        "Mijn adres is veranderd naar {p:address}, gelieve dat aan te passen voor de factuur {n:invoice_number}",
    ],
    "pawn": [
        "Een koper op {f:brand} stuurt mij een link om geld te ontvangen en vraagt mijn kaartnummer {p:card} en de code {p:otp}. Is da normaal??",
        "Ik verkoop mijn gsm, de pincode is {p:pin} en puk {p:puk}, zodat jullie hem kunnen resetten. Zoekertje {n:product_code}",
        "Pandcontract {p:custnum} loopt af op {n:date}. Kan ik {n:amount} aflossen en verlengen?",
        "Verkoper vroeg om te betalen op {p:iban} en is nu onbereikbaar op {p:phone}. Zoekertje verwijderd",
        "Voor de verkoop van goud vroegen ze mijn rijksregisternummer {p:bsn_be} en mijn e-mail {p:email}",
    ],
    "game": [
        "Mijn Fortnite account is gestolen, e-mailadres {p:email} en wachtwoord was {p:password}. Skins ter waarde van {n:amount} weg",
        "Bestelling {n:order_number} ({f:game}) nooit toegekomen, track & trace {n:tracking_number}",
        "Klantenkaart {p:custnum}: mijn punten zijn weg na de inruil van {n:quantity} spellen",
        "Switch ({n:model_number}) gaat niet meer aan, foutcode {n:error_code}. Ophalen op {p:address}?",
        "Gebruikersnaam {p:username}, ik krijg geen verificatiecode meer op {p:phone}. De laatste was {p:otp}",
    ],
    "appl": [
        "Onze {f:appliance} ({n:model_number}) geeft {n:error_code}. Technieker komt {n:date}. Adres: {p:address}. Sleutel in sleutelkluisje, code {p:pin}",
        "Herstelling {n:ticket_number} kostte {n:amount} en het probleem is terug. Ik wil terugbetaling op {p:iban}",
        "De app vraagt het wifi-paswoord: netwerk {f:ssid}, sleutel {p:wifi_key}. Lukt nog steeds niet na update {n:version_string}",
        "Garantiecontract {p:custnum}, {f:appliance} lekt water. Gelieve mij te bellen op {p:phone} na {n:time}",
        "Code van de poort is {p:pin}, bel aan bij {f:name} op nummer {p:address}",
    ],
}

AGENT = [
    "Dag {f:first}, sorry voor het ongemak! Stuur ons gerust een privébericht met je klantennummer, dan kijken we het na. Deel nooit je paswoord. {f:agent}",
    "Bedankt {f:first}. We hebben het rekeningnummer {p:iban} genoteerd voor dossier {n:ticket_number}. Terugbetaling volgt binnen 10 werkdagen. Mvg, {f:agent}",
    "De technieker komt op {n:date} tussen {n:time} en {n:time} langs op {p:address}. Vragen? Bel {n:company_phone}. {f:agent}",
    "Je nieuwe tijdelijk paswoord is {p:password}. Gelieve dit meteen te wijzigen via {n:url}. Groeten, {f:agent}",
    "We vragen nooit om een code via sms. Heb je {p:otp} doorgegeven? Blokkeer dan meteen je kaart via Card Stop {n:company_phone}. {f:agent}",
    "Ik heb je gsm-nummer {p:phone} aangepast in je klantenprofiel {p:custnum}. Nog een fijne dag! {f:agent}",
]

GREET = ["Beste,", "Dag {f:brand},", "Geachte,", "Hallo daar,", "Goeiedag,", "Beste mevrouw, meneer,"]
CLOSE = ["Met vriendelijke groeten,", "Mvg,", "Groetjes,", "Alvast bedankt en groeten,", "Vriendelijke groet,", "Dank bij voorbaat,"]
SIG = [
    "{f:name}\n{p:address}\nGSM {p:phone}",
    "{f:name}\n{p:email} | {p:phone}",
    "{f:first}\n\nVerstuurd vanaf mijn Samsung Galaxy-smartphone",
    "{f:name}\nKlantennummer: {p:custnum}",
    "Met vriendelijke groet\n{f:name} - {f:city}",
]
QUOTE_HDR = ["Op {n:date} om {n:time} schreef {f:brand} <klantendienst>:", "Van: Klantendienst {f:brand}\nVerzonden: {n:date} {n:time}\nOnderwerp: RE: dossier {n:ticket_number}"]
FWD_HDR = ["-------- Doorgestuurd bericht --------\nVan: {f:name} <{p:email}>\nDatum: {n:date}\nAan: Klantendienst {f:brand}",
           "Van: {f:name} [mailto:{p:email}]\nVerzonden: {n:date} {n:time}\nAan: {f:brand}"]
DISCLAIMER = ["Dit e-mailbericht is vertrouwelijk. Ondernemingsnummer {n:company_registration}.", "Gelieve het milieu te sparen en deze mail niet af te drukken.",
              "BTW {n:company_registration} - RPR Gent"]
SUBJECT = ["Onderwerp: klacht dossier {n:ticket_number}", "Onderwerp: vraag", "Onderwerp: RE: factuur {n:invoice_number}", "Onderwerp: DRINGEND"]
PUBLIC = ["{n:mention} {BODY} {n:hashtag}", "Schandalig {n:mention}! {BODY}", "{BODY} {n:mention}", "{n:mention} {n:mention} {BODY} {n:hashtag}"]
CHAT = ["{BODY}", "Dag\n{BODY}", "{BODY}\nMerci!", "Hallo, {BODY}", "{BODY}\n\nAlvast merci"]

BODY_PAIRS = [
    ("pawn", "Gsm verkocht via jullie, de simkaart zit er nog in: PUK {p:puk}, pin {p:pin}. Zoekertje {n:product_code} uit {n:year}",
             "Mijn gsm vraagt de PUK-code na te veel pogingen. Op de kaart staat {p:puk}. Bestelling {n:order_number}"),
    ("host", "Token voor de deploy-pipeline: {p:token}. Sinds {n:date} krijg ik {n:error_code}, request-id {n:request_id}",
             "Authorization: Bearer {p:token} wordt geweigerd met {n:error_code} ({n:request_id})"),
    ("host", "De API-key {p:api_key} werkt ni meer sinds versie {n:version_string}. Checksum van de download: {n:checksum}",
             "Hier de sleutels: key {p:aws_key_id} / secret {p:aws_secret}. Checksum backup {n:checksum}"),
    ("appl", "Netwerk {f:ssid}, wifi-sleutel {p:wifi_key}. De droogkast ({n:model_number}) van {n:year} wil ni verbinden",
             "Wifi paswoord is {p:wifi_key} (ssid {f:ssid}), voor de update naar {n:version_string}"),
    ("ins", "Geboortedatum {p:date_of_birth}, rijksregisternr {p:bsn_be}, IP van de aanvraag {p:ip_address}?? Waarom vraagt ge dat",
            "Ik ben geboren op {p:date_of_birth}. Mijn INSZ: {p:bsn_be}. Vertrek {n:date} met vlucht {n:flight_number}"),
    ("rent", "Betaald met kaart {p:card}, geldig tot {p:card_expiry}, CVC {p:cvv}. Pakje met sleutel: {n:tracking_number}",
             "kaart {p:card} exp {p:card_expiry} code {p:cvv} - graag de waarborg van {n:amount} hierop"),
]
DISCLAIMER.append("Dit bericht is bestemd voor de geadresseerde. Ondernemingsnr. {n:company_registration} - RPR Antwerpen")
PUBLIC[1] = "Schandalig {n:mention}! {BODY} {n:hashtag}"
AGENT_SIG = ["Met vriendelijke groeten,\n{f:agent}\nKlantendienst {f:brand}\nTel. {n:company_phone}",
             "Groeten, {f:agent} ({f:brand})\n{n:company_phone} - {n:url}",
             "{f:agent} | {f:brand} | BTW {n:company_registration}",
             "Vriendelijke groet,\n{f:agent}\nBel gratis: {n:company_phone}"]
