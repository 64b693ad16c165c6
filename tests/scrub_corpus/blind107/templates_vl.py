"""Flemish (nl-be) templates."""
T = {}
T["chat", "gym"] = [
    "Goeiedag, ik wil mijn abonnement bij {f_brand} stopzetten. Lidnummer {cust}. Domiciliëring loopt op {iban}, gelieve die te annuleren aub",
    "Ik geraak niet meer binnen in de app, login {user} en paswoord {password}. Wat scheelt er?",
    "De code van de deur van de kleedkamers is veranderd? Ik heb {pin} gekregen maar die werkt ni",
    "Inschrijving voor mijn zoon bij de voetbalclub:\nnaam: {f_name}\nrijksregisternr: {rrn}\ngeboortedatum: {dob}\nadres: {addr}\nGSM mama: {phone}",
    "Ik kreeg een sms met code {otp}, moet ik die aan jullie doorgeven om mijn beurtenkaart te activeren?",
    "Het lidgeld van {n_amount} is twee keer afgehouden. Gelieve terug te storten op {iban}. Mvg {f_name}",
    "Hoe laat gaat de zaal open op {n_date}? En wat is het wifi-paswoord nu, {f_ssid} met {wifi}?",
]
T["chat", "vet"] = [
    "Dag dokter, {f_pet} eet al 2 dagen niet. Kunt ge mij terugbellen op {phone}? Klantennummer {cust}",
    "Ik heb de factuur {n_invoice} van {n_amount} al betaald via overschrijving van {iban}, gestructureerde mededeling vergeten, sorry!",
    "Ons adres is veranderd: {addr}. Wilt ge dat aanpassen in de fiche van {f_pet}?",
    "Kan ik online betalen? Kaart {card}, vervaldatum {exp}, code achteraan {cvv}",
    "Voor de verzekering hebben ze mijn rijksregisternummer nodig ({rrn}) en de datum van de operatie ({n_date}). Kunt ge een attest mailen naar {email}?",
    "dringend!! kat aangereden, we komen nu af. {phone}",
]
T["chat", "bike"] = [
    "Mijn leasefiets via het werk staat al 3 weken bij jullie in herstelling. Contractnummer {cust}. Wanneer is die klaar?",
    "Ik heb een nieuwe code gekregen voor het slot: {pin}. Moet ik die in de app ingeven of op het slot zelf?",
    "Fiets gestolen aan het station van {f_city}. PV-nummer {n_ticket}, polis {cust}. Ge kunt mij bereiken op {phone}",
    "Bestelling {n_order}, de levering was voorzien op {n_date} maar niks gekregen. Leveradres {addr}",
    "Inloggen op het portaal met {email} en paswoord {password} lukt niet, krijg {n_error}",
    "Gelieve de waarborg van {n_amount} terug te storten op {iban}",
]
T["chat", "move"] = [
    "Wij verhuizen op {n_date} van {addr.1} naar {addr.2}, 2de verdieping zonder lift. Hoeveel kost een ladderlift? GSM {phone}",
    "De code van de sleutelkluis is {pin}. De mannen mogen vanaf {n_time} binnen.",
    "Voor de parkeerverbodsborden vraagt de stad mijn rijksregisternummer: {rrn}. Kunnen jullie dat aanvragen?",
    "Ge hebt een voorschot van {n_amount} gevraagd, overgeschreven van {iban}. Klantnummer {cust}",
    "Er is een kras op de kast en de spiegel is gebroken. Dossiernummer {n_ticket}. Mail mij op {email} aub",
]
T["chat", "plumb"] = [
    "Onze condensatieketel ({n_model}) valt telkens in storing {n_error}. Adres {addr}. Ik ben thuis na {n_time}",
    "Lek in de badkamer, water komt door het plafond!!! Bel aub {phone}",
    "Voor de premie van Mijn VerbouwPremie heb ik mijn rijksregisternummer nodig? Dat is {rrn}. EAN-nummer gas {cust}",
    "Technieker kwam op {n_date} maar de ketel doet het nog steeds niet. Factuur {n_invoice} van {n_amount} betaal ik niet!",
    "De sleutel ligt bij de buren, de code van de garagepoort is {pin}",
    "Meterstand: {n_meter} m³ op {n_date}, klantnummer {cust}",
]
T["chat", "phone"] = [
    "Mijn GSM is vergrendeld, simkaart vraagt PUK. Klantnummer {cust}, nummer {phone}",
    "Ik heb een nieuwe {n_model} gekocht in de winkel in {f_city}. Het toestel vraagt een code, de verkoper had {pin} ingesteld?",
    "Mijn overstapcode (Easy Switch ID) klopt niet. Ik kreeg ook een sms: '{otp} is uw verificatiecode'. Wat moet ik daarmee?",
    "Gelieve mijn abonnement op naam van {f_name} over te zetten. Rijksregisternr {rrn}, domiciliëring op {iban}",
    "toestel binnengebracht voor nieuw scherm, ontgrendelcode {pin}, google account {email} paswoord {password}",
    "PUK code = {puk} ? Want het werkt niet. GSM-nummer {phone}",
]
T["chat", "tech"] = [
    "Hallo, de API-sleutel {apikey} voor onze clubwebsite werkt niet meer sinds de update naar {n_version}. Request ID: {n_req}",
    "Ik word geweigerd op de webshop, mijn IP-adres is {ip}. Login {user}",
    "Ons boekingssysteem gebruikt token {token} maar krijgt {n_error} op poort {n_port}",
]
T["public", "any"] = [
    "{n_mention} al 2 weken geen antwoord op mijn mail over {n_ticket}. Schandalig {n_hashtag}",
    "Dikke merci aan {n_mention} voor de snelle hulp! {n_hashtag}",
    "{n_mention} waarom staat er {n_amount} op mijn rekening als ik opgezegd heb op {n_date}?",
    "{n_mention} stuur mij een PB, ik geef mijn GSM niet publiek. Of mail naar {email}",
    "{n_mention} technieker zou langskomen tussen {n_time} en {n_time.2}, niemand gezien. {n_hashtag}",
    "Bel mij gewoon op {phone} {n_mention}, ik ben het beu om te chatten",
    "{n_mention} is uw site plat? {n_url} geeft {n_error}",
    "Pakje {n_track} al een week onderweg {n_mention} {n_hashtag}",
]
T["agent", "any"] = [
    "Dag {f_first}, sorry voor het ongemak! We hebben je klantennummer {cust} nagekeken en het bedrag van {n_amount} teruggestort op {iban}. Groetjes, {f_agent}",
    "Hallo, gelieve nooit je paswoord te delen. We hebben je account tijdelijk geblokkeerd. Je kan een nieuw paswoord aanmaken via {n_url}. Mvg, {f_agent}",
    "Dag, de technieker komt op {n_date} tussen {n_time} en {n_time.2}. Hij verwittigt je op {phone}. Vragen? Bel {n_cphone}. ^{f_init}",
    "Dag {f_first}, je nieuwe adres {addr} is aangepast. Je volgende factuur ({n_invoice}) wordt daarheen verstuurd. Groeten, {f_agent}",
    "Uw PUK-code is {puk}. Opgelet: na 10 foute pogingen is de kaart definitief geblokkeerd. Mvg, {f_agent}",
    "Dag, stuur ons gerust een privébericht met je klantennummer, dan bekijken we dit verder. ^{f_init}",
    "Bedankt voor je geduld. Dossier {n_ticket} is afgesloten, je krijgt een creditnota van {n_amount} op {email}. Ondernemingsnummer {n_reg}. {f_agent}",
]
EMAIL = {
    "greet": ["Beste,", "Geachte,", "Dag {f_brand},", "Goeiemiddag,", "Beste mevrouw, meneer,", "Hallo daar,"],
    "close": ["Met vriendelijke groeten,", "Mvg", "Vriendelijke groet,", "Alvast bedankt,", "Groetjes", "Met de meeste hoogachting,"],
    "sig": ["{f_name}\nGSM {phone}", "{f_name}\n{addr}", "{f_first}\n\nVerstuurd vanaf mijn Samsung Galaxy-smartphone",
            "{f_name}\nTel: {phone} - {email}", "{f_name}\nklantennummer {cust}", "{f_first}"],
    "quote": ["Op {n_date} om {n_time} schreef {f_brand} <service>:", "Van: {f_brand}\nVerzonden: {n_date} {n_time}\nOnderwerp: RE: uw dossier {n_ticket}",
              "{f_agent} van {f_brand} schreef op {n_date}:", "Op {n_date} heeft {f_brand} geschreven:"],
    "fwd": ["-------- Doorgestuurd bericht --------\nVan: {f_name} <{email}>\nDatum: {n_date}\nOnderwerp: Fwd: herstelling",
            "Doorgestuurd bericht:\nVan: {f_name} <{email}>\nVerzonden: {n_date} {n_time}"],
    "disc": ["Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.",
             "{f_brand} BV - ondernemingsnummer {n_reg} - RPR Antwerpen",
             "Gelieve aan het milieu te denken alvorens deze e-mail af te drukken."],
    "agentsig": ["Met vriendelijke groeten,\n{f_agent}\nKlantendienst {f_brand}\n{n_cphone}", "Mvg,\n{f_agent} - {f_brand}\nOnd.nr. {n_reg}",
                 "Groeten,\n{f_agent}\n{n_url} | {n_cphone}"],
}
T["chat", "otp"] = [
    "De code is {otpw}, ik lees hem voor van mijn GSM",
    "Ik kreeg: '{otp} is uw eenmalige code voor {f_brand}'. Moet ik die hier ingeven?",
    "code = {otpw} (sorry, mijn toetsenbord doet raar)",
]
T["chat", "mixed"] = [
    "Voor de inschrijving: geboren {dob}, adres {addr}, domiciliëring op {iban}",
    "gegevens: geboortedatum {dob} - {addr} - rekeningnr {iban}",
    "Na de update ({n_version}) geraak ik er niet meer in. IP-adres {ip}, poort {n_port}, request {n_req}",
    "Mijn IP is {ip}, de app staat op {n_version}. Ze vroegen een request-id: {n_req} (poort {n_port})",
    "Op mijn uittreksel staat kaart {n_masked}, maar mijn kaart is {card}, geldig tot {exp}",
    "Bankkaart {card} vervalt {exp}, op het ticket staat {n_masked}??",
    "Token {token} werkt niet, de checksum van het bestand is {n_checksum}",
    "Het token voor de koppeling ({token}) wordt geweigerd. Hash: {n_checksum}",
]
EMAIL["intro"] = [
    "Ik ben al klant sinds {n_year} en altijd content geweest, maar nu zit ik echt vast. Ik heb al twee keer gebeld en telkens werd ik doorverbonden naar een andere dienst.",
    "Zoals telefonisch besproken op {n_date} stuur ik u hierbij de gevraagde gegevens. Sorry dat het wat langer geduurd heeft, het was een drukke week.",
    "Ik mail u omdat de chat op uw website niet werkt en ik via {n_cphone} al een half uur in de wachtrij sta. Hopelijk kan dit per mail geregeld worden.",
    "Vorige week heb ik al eens gemaild maar nog niets gehoord, dus ik probeer het opnieuw. Het gaat om het volgende.",
]
