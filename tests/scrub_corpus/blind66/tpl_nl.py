"""Dutch templates (used for nl and nl-be) plus Flemish-only templates.

Placeholders: {name} or {name#k}. Names in values.SPAN_GENS are labelled spans,
names in values.NEG_GENS (and url/mention/hashtag) are hard negatives, everything
else is unlabelled filler. Each list is a template group, dealt even/odd.
"""

BODIES = {
    "lease": [
        "Hoi, ik rij sinds {date} een {car} van {leasco}. Contractnummer {leaseno}. De kilometerstand is nu {km} en ik zit al op {pct} van mijn bundel, kan ik het contract aanpassen? Bereikbaar op {phone}.",
        "Goedemiddag, mijn leasecontract {leaseno} loopt af op {date}. Ik wil graag een offerte voor een nieuwe auto. Mijn gegevens: {address}, geb. {dob}, mobiel {phone}.",
        "vraagje: er is {amount} afgeschreven van {iban} maar volgens mij is de maandtermijn {amount}. klantnr {custno}. graag terugstorten op dezelfde rekening",
        "Beste {leasco}, ik wil de automatische incasso wijzigen naar mijn nieuwe rekening {iban} (tenaamstelling {first} {last}). Oude rekening {masked} mag eraf. Contract {leaseno}.",
        "Ik heb een private lease aanvraag gedaan (aanvraagnr {order}). Jullie vragen om een kopie ID, BSN {bsn} staat erop, moet ik dat zwart maken? Geboortedatum {dob}.",
        "Wanneer wordt mijn nieuwe {car} geleverd? Bestelling {order}, leverdatum was {date} en nu hoor ik niks. Contractnr {leaseno}, tel {phone}",
        "Bij de inname van de auto op {date} is {amount} schade berekend voor een kras op de bumper. Dossier {claim}. Ik ben het er niet mee eens. Mijn klantnummer is {custno}, mail mij op {email}.",
        "Hallo! Mijn lease eindigt binnenkort en ik wil de auto overnemen. Restwaarde in het contract is {amount}, kilometerstand {km}. Leasecontract: {leaseno}",
    ],
    "garage": [
        "Afspraak gemaakt voor APK + kleine beurt op {date} om {time} bij {garage}. Kenteken {plate}. Terugbellen kan op {phone}, ik ben {first}.",
        "De garage heeft foutcode {err} uitgelezen en zegt dat de katalysator vervangen moet worden, offerte {amount}. Is dat gedekt in mijn lease ({leaseno})?",
        "Ik lever de auto vanavond na sluitingstijd in. Sleutelkluis bij de ingang, code was {pin}? Of was het {pin}#? Hoor het graag voor {time}",
        "Factuur {invoice} van {dealer} klopt niet, ik heb {qty} laten monteren en er staan er meer op. Betaald met pas {masked}. Mijn adres voor correcte factuur: {address}",
        "hoi {garage}, de radio vraagt na het vervangen van de accu om een code. In het boekje staat radiocode {pin4}. werkt niet. Serienummer radio {product}",
        "Onderdeel {product} is besteld (order {order}) maar nog niet binnen. Auto staat al {dur} stil, kilometerstand {km}. Bel mij aub: {phone}",
        "Goedemorgen, kunnen jullie mijn {car} ophalen voor onderhoud? Adres: {address}. Sleutel ligt in de sleutelkast met code {pin}. Ik ben vanaf {time} weg.",
    ],
    "roadside": [
        "PECH op de A12 richting Utrecht, hectometerpaal 45.3, auto {plate} start niet meer. Lidnummer {memberno}, mijn 06: {phone}. Melding gedaan om {time}",
        "Sta met een lekke band bij de Shell in Zwolle. {roadside} lidmaatschap {memberno}. Wanneer komt er iemand? Bel {phone} want batterij bijna leeg ({pct})",
        "Hulpdienst is geweest (melding {ticket}) maar auto moest naar {garage}. Sleepkosten {amount}, worden die vergoed? lidnr {memberno}",
        "mijn auto is gisteren weggesleept na pech, staat nu waar? Dossiernummer {ticket}. Ik ben {first} {last}, {address}",
        "Accu leeg in de parkeergarage, niveau -2. Mijn pechhulpnummer via de lease is {leaseno}. Terugbelnummer {phone} of {phone}",
    ],
    "fleet": [
        "Beste rijders,\n\nVanaf {date} gaan we over op een nieuw tankpassensysteem. Jullie nieuwe pincode ontvangen jullie per post. {first}, jouw pas {fuelcard} met pin {pin4} is al actief; de oude pas {masked} graag doorknippen.\n\nMet vriendelijke groet,\n{first#2} {last#2}\nWagenparkbeheer",
        "Hoi {first},\n\nJe leaseauto ({car}, kenteken {plate}) staat klaar op {date}. Inlog voor het rijdersportaal: gebruikersnaam {username}, tijdelijk wachtwoord {password}. Wijzig het na eerste keer inloggen.\nLaadpas: {chargecard}\n\nGroet, {first#2}",
        "Aan alle chauffeurs: de kilometerstanden moeten voor {date} in het portaal staan. Wie problemen heeft met inloggen: mail mij je gebruikersnaam, NIET je wachtwoord. {first}, ik zag je wachtwoord ({password}) in de groepsapp staan, wijzig het a.u.b. direct.",
        "Collega's, de nieuwe bedrijfsbus {plate} heeft een sleutelkluisje aan de achterkant. Code {pin}. Tankpas ligt in het dashboardkastje, pincode {pin4}. Niet delen buiten het team!",
        "{first}, je boete van {amount} (snelheid, {date} om {time}) is door de leasemaatschappij doorbelast. We houden het in op je salaris tenzij je het binnen 14 dagen betaalt op {iban} o.v.v. {invoice}.",
        "Hi allen, wifi in de werkplaats is veranderd. Netwerk: {ssid}, sleutel: {wifi}. Voor de diagnose-laptop gebruik account {username} / {password}.",
    ],
    "charging": [
        "Mijn laadpas {chargecard} werkt niet meer sinds {date}, paal geeft {err}. App versie {version}. Ik sta nu bij de paal met {pct} accu, help!",
        "Laadsessie van {date} is twee keer afgerekend ({amount} + {amount}). Laadpas-ID {chargecard}, klantnummer {custno}. Graag terugboeken naar {iban}.",
        "Thuislaadpaal ({model}) wordt niet vergoed. EAN-code aansluiting {ean}, meterstand {kwh}. Werkgever is {leasco}.",
        "Ik kan niet inloggen in {chargeapp}. Gebruikersnaam {username}, de sms code {otp} wordt niet geaccepteerd. Gekoppelde creditcard eindigt op {masked}.",
        "Hallo, de wallbox hangt niet meer aan het netwerk. Hij staat op {ip}, poort {port}, firmware {version}. Wifi {ssid} wachtwoord {wifi}. Kunnen jullie op afstand kijken?",
        "nieuwe laadpas aangevraagd op {date}, aanvraag {reqid}. Verzendadres {address}. Track & trace {tracking} zegt al {dur} 'onderweg'",
    ],
    "tolls_parking": [
        "Ik kreeg een naheffingsaanslag parkeren van {amount} terwijl {parkapp} gewoon liep. Account {username}, kenteken {plate}, {date} {time}. Betaald met {card}.",
        "Beste, mijn parkeerapp rekent sinds {date} {amount} per maand. Opzeggen lukt niet. Klantnummer {custno}, e-mail {email}. Incasso van {iban} stoppen aub.",
        "Tolbadge {tollno} werkt niet in Frankrijk, moest contant betalen ({amount}). Vertrek met vlucht {flight} terug op {date}, huurauto ingeleverd op Schiphol.",
        "Ik heb me geregistreerd voor de tolweg maar de bevestigingscode {otp} is verlopen. Mijn mobiel {phone}. Kan er een nieuwe komen?",
        "Parkeervergunning bewoners: aanvraag {reqid}. Adres {address}, kenteken {plate}. Geboortedatum aanvrager {dob}.",
    ],
    "insurance": [
        "Schade melden: aanrijding op {date} om {time} op de kruising bij mijn huis ({address}). Tegenpartij {first} {last}, tel {phone}, verzekerd bij {insurer}. Mijn polisnummer {policyno}.",
        "Europees schadeformulier ingevuld, schadenummer {claim}. Herstel bij {garage} kost {amount}. Uitkering graag op {iban} t.n.v. {first} {last}.",
        "De expert komt op {date}. Ik heb foto's gemaild naar {email}. Polis {policyno}, schadedossier {claim}. Eigen risico is {amount} toch?",
        "Kentekenbewijs kwijt na inbraak in de auto. Meldcode en tenaamstellingscode zaten erbij. BSN {bsn}, geboren {dob}, adres {address}. Wat moet ik doen?",
        "Ruitschade! steentje op de A2. Polisnr {policyno}, wanneer kan Carglass langs op {address}? ik ben thuis na {time}",
        "Mijn verzekering is opgezegd maar er wordt nog steeds {amount} per maand afgeschreven van {iban}. Klantnr {custno}. Wil het terug.",
    ],
    "connected": [
        "De {carapp} app zegt 'apparaat niet gekoppeld'. Verificatiecode {otp} gekregen per sms maar die werkt niet. Account {email}. Versie {version}, foutcode {err}.",
        "Digitale sleutel op mijn telefoon doet het niet meer. De pincode voor de app is {pin}, die ken ik zeker. VIN WVWZZZ1JZXW000001, kenteken {plate}.",
        "Ik wil mijn auto overdragen aan mijn partner in de app. Mijn login: {email} wachtwoord {password}. Kunnen jullie het account overzetten naar {email}?",
        "Hoi, na de software update ({version}) vraagt de auto om de beveiligingscode. Is dat {pin4}? Staat op een kaartje bij het instructieboekje. Klantnr {custno}.",
        "wifi hotspot in de auto: naam {ssid}, wachtwoord {wifi}. mijn kinderen krijgen geen verbinding. abonnement {custno}",
        "Aan jullie API-team: de fleet-koppeling geeft 401. We gebruiken key {apikey} vanaf server {ip}. Request id {reqid}.",
    ],
    "account": [
        "ik kom niet meer in mijn account bij {leasco}. gebruikersnaam {username}, ww {password}. 2FA code komt niet aan op {phone}",
        "Wachtwoord vergeten en de reset-link op {url} geeft een foutmelding. Mijn e-mailadres is {email}, klantnummer {custno}.",
        "Nieuw wachtwoord ingesteld: {password} (oude was {password}). Toch krijg ik 'onjuiste combinatie'. Gebruikersnaam: {username}",
        "Code uit de e-mail: {otpw}. Werkt niet. Tweede code {otp} ook niet. Wat nu?",
    ],
}

BE_BODIES = {
    "be_misc": [
        "Dag, mijn nummerplaat {plate} is geschrapt bij de DIV maar de verzekering blijft aanrekenen. Rijksregisternummer {rrn}, polis {policyno}. Gelieve terug te storten op {iban}.",
        "Ik heb mijn bedrijfswagen ingeleverd bij {dealer} op {date}. Tankkaart {fuelcard} ook afgegeven. Mijn gsm: {phone}. Ondernemingsnummer werkgever {ondnr}.",
        "Hallo, de laadpaal thuis wordt niet terugbetaald. Klantennummer {custno}, EAN {ean}. Mijn adres is {address}. Alvast merci!",
        "Pech op de E40 ter hoogte van Aalter. Lidnummer {roadside}: {memberno}. Mijn gsm {phone}, ik sta op de pechstrook sinds {time}.",
        "Mijne Lyngs badge ({tollno}) is op de Liefkenshoektunnel niet gescand, factuur {invoice} van {amount}. Bankrekening {iban}.",
        "Goeiendag, voor de inschrijving van de wagen heb ik het rijksregisternummer nodig zegt de dealer: {rrn}. Geboren op {dob}. Is dat veilig om zo door te sturen?",
        "Allee, de app van {parkapp} vraagt weer een sms-code: {otp}. En dan 'sessie verlopen'. Login {email}, wachtwoord {password}.",
        "Schadeaangifte: aanrijding op {date} in {garage} parking. Tegenpartij gsm {phone}. Mijn polis {policyno}, ik woon {address}.",
    ],
}

PUBLIC = [
    "{mention} al {dur} wachten op pechhulp langs de snelweg met 2 kinderen in de auto. Melding {ticket}. Dit kan echt niet {hashtag}",
    "Nou {mention}, derde keer dat de laadpaal {err} geeft. Ik ben er klaar mee {hashtag} {hashtag}",
    "{mention} bel me even terug op {phone}, ik kom niet door jullie keuzemenu heen. Contract {leaseno}",
    "Waarom rekent {mention} {amount} voor een kras die er bij levering al zat?? Dossier {claim} {hashtag}",
    "{mention} jullie app update {version} heeft de digitale sleutel gesloopt. Sta voor een dichte auto om {time}. {url}",
    "Top service van {garage}! Binnen {dur} weer op weg. {hashtag}",
    "{mention} haha check {url} daar staat je auto gewoon in de showroom {hashtag}",
    "{mention} mijn mail aan {email} wordt niet beantwoord sinds {date}. Graag contact",
]

AGENT = [
    "Hoi {first}, vervelend dat je pas niet werkt! Ik heb een nieuwe laadpas aangevraagd voor {address}. Je oude pas {chargecard} is geblokkeerd. Groet, {agent} {agent_init}",
    "Dag {first}, dank voor je bericht. Kun je ons via DM je klantnummer sturen? Deel nooit je wachtwoord of pincode, ook niet met ons. Bellen kan ook: {cphone}. {agent_init}",
    "Hi {first}, we hebben je rekeningnummer gewijzigd naar {iban}. De volgende termijn van {amount} wordt op {date} geïncasseerd. Contractnummer {leaseno}. Groetjes {agent}",
    "Hallo {first}, je schade is geregistreerd onder nummer {claim}. De expert neemt contact op via {phone}. Heb je nog vragen, bel {cphone} (ma-vr {time}-{time}). {agent}",
    "Beste {first}, ik heb een tijdelijk wachtwoord ingesteld: {password}. Log in met gebruikersnaam {username} op {url} en wijzig het direct. Met vriendelijke groet, {agent} | {leasco}",
    "Hoi! Je bericht met je pincode ({pin}) hebben we verwijderd voor je veiligheid. Je krijgt een nieuwe code per post op {address}. {agent_init}",
    "Hi {first}, de pechhulp is onderweg, verwachte aankomst {time}. Je meldnummer is {ticket}. We bellen je op {phone} als de monteur bijna bij je is. ^{agent}",
    "Hallo {first}, ik zie dat de sms-code {otp} inderdaad verlopen was. Er is een nieuwe code gestuurd naar {masked}. Lukt het niet, laat het weten! {agent}",
]

GREETINGS = ["Beste {leasco},", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,", "Dag {agent},", "Hoi,", "L.S.,", "Beste medewerker,"]
CLOSINGS = ["Met vriendelijke groet,", "Groet,", "Mvg,", "Alvast bedankt!", "Vriendelijke groeten,", "Gr.", "Bvd,", "Met groet,"]
SIGNATURES = [
    "{first} {last}\n{address}\nTel. {phone}",
    "{first} {last}\nWagenparkbeheerder | Transportbedrijf Vos B.V.\nM {phone}\nKvK {kvk} | BTW {btw}",
    "{first}\n\nVerzonden vanaf mijn iPhone",
    "{first} {last}\n{phone}\n{email}",
    "{first} {last} | Bouwbedrijf Dekker\nT: {cphone} | M: {phone}\n{url}",
    "-- \n{first} {last}\nKlantnummer: {custno}",
]
DISCLAIMERS = [
    "Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. Bent u niet de juiste ontvanger, verwijder het dan. KvK {kvk}.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "Aan dit bericht kunnen geen rechten worden ontleend. Ingeschreven in het Handelsregister onder nummer {kvk}.",
    "Deze e-mail is gecontroleerd op virussen.",
]
QUOTE_INTROS = ["Op {date} om {time} schreef {agent} van {leasco}:", "Op {date} heeft {first} {last} <{email}> het volgende geschreven:",
                "-----Oorspronkelijk bericht-----\nVan: {first} {last} <{email}>\nVerzonden: {date} {time}\nAan: {agent}\nOnderwerp: RE: uw dossier {ticket}",
                "Op {date}, om {time} schreef {agent} ({leasco} Klantenservice):"]
FORWARDS = ["---------- Doorgestuurd bericht ---------\nVan: {first} {last} <{email}>\nDatum: {date}\nOnderwerp: tankpas en pincode\nAan: <{email}>",
            "Begin doorgestuurd bericht:\n\nVan: {first} {last} <{email}>\nDatum: {date} {time}\nOnderwerp: Fwd: schadeformulier"]
QUOTE_BODIES = [
    "Hallo {first}, kunt u uw klantnummer en het kenteken doorgeven? Dan zoek ik het voor u uit. Referentie {ticket}.",
    "Beste {first}, uw aanvraag is in behandeling. Wij verwachten binnen {dur} te reageren. Uw klantnummer is {custno}.",
    "Dag {first}, we hebben uw IBAN {iban} ontvangen. De terugbetaling van {amount} volgt.",
    "Hoi {first}, de code voor de sleutelkluis is {pin}. Sleutel ligt in vak 3.",
]

BODIES["extras"] = [
    "Telefoon geblokkeerd na 3x verkeerde SIM-pincode en daardoor werkt de digitale autosleutel niet. PUK van mijn abonnement is {puk}? Oude pincode {pin4}. Nummer {phone}.",
    "Mijn zakelijke telefoon (voor de rittenregistratie) vraagt om de PUK. Op de simkaarthouder staat PUK: {puk} en PIN: {pin4}. Klopt dat? Abonneenummer {custno}",
    "Borg voor de huurauto mislukt. Kaart {card}, geldig tot {expiry}, CVC {cvv}. Ophalen na vlucht {flight} op {date}.",
    "Ik wil de schade zelf betalen. creditcard {card} exp. {expiry} beveiligingscode {cvv}. factuur {invoice}, bedrag {amount}.",
    "Voor de koppeling met ons fleetsysteem: API key {apikey}, token {token}. De checksum van de firmware ({checksum}) klopt niet met de site.",
    "Export van de ritten faalt. Authorization: Bearer {token} ; endpoint {url}, request {reqid}. sha1 van het bestand {checksum}. Wie kan helpen?",
    "Reservesleutel besteld ({product}), verzonden met {tracking}. Pincode voor het afhaalkluisje bij de dealer: {pin}.",
    "Tankpas {fuelcard} is geskimd denk ik, {amount} aan transacties in Frankrijk. Geldig t/m {expiry}. Nieuwe pas via {tracking}? Pincode graag naar {address}.",
    "Wallbox {model}, firmware {version}. Inloggen op de webinterface: gebruiker {username}, wachtwoord {password}. Bereikbaar op {ip}:{port}",
    "Huurauto gereserveerd bij aankomst vlucht {flight} om {time}. Betaald met {card} ({expiry}). Geboortedatum bestuurder {dob}.",
]

BODIES["account"] += [
    "Ons dealerportaal van {garage} is volgens mij gehackt: inlogpogingen vanaf {ip}. Gebruiker {username}, wachtwoord inmiddels gewijzigd naar {password}. De oude API-sleutel {apikey} moet ingetrokken worden aub.",
    "Voor de telematica-koppeling kregen we key {apikey} maar die geeft 403 vanaf {ip} (en ook vanaf {ip}). Moet ik voor account {username} een nieuw wachtwoord zetten? Nu is het {password}",
]
BODIES["fleet"] += [
    "Chauffeur vertrokken, graag intrekken: access key {awsid} met secret {awssecret} en zijn persoonlijke token {token}. Hij logde in vanaf {ip}.",
]

FILLER_LINES = [
    "Ik heb de auto elke dag nodig voor mijn werk, dus ik hoor graag zo snel mogelijk van jullie.",
    "Ik heb al twee keer gebeld maar werd steeds doorverbonden en daarna viel de verbinding weg.",
    "Eerlijk gezegd ben ik er een beetje klaar mee, dit is al de derde keer dit jaar dat er iets misgaat met mijn lease.",
    "Mijn werkgever vraagt ook om een bevestiging op papier, kunnen jullie die meesturen?",
    "Excuses voor de lange mail, maar ik wil het graag in één keer goed regelen.",
    "Bijgevoegd vinden jullie de foto's en de scan van het formulier (als het goed is).",
]
