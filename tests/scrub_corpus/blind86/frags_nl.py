"""Dutch (nl + nl-be) templates. Prefix 'BE|' = only nl-be, 'NL|' = only nl."""

BODY = {
"travel_booking": [
    "Mijn Flying Blue nummer is {customer_number:ff} maar de miles van vlucht {flight_number} op {date} zijn nog steeds niet bijgeschreven.",
    "boekingscode {order_number:pnr}, frequent flyer nr {customer_number:ff}. kunnen jullie de stoelen aanpassen?",
    "Ik heb via {travel} geboekt (dossier {order_number}) en mijn spaarnummer {customer_number:ff} vergeten toe te voegen, kan dat achteraf nog?",
    "Vlucht {flight_number} van {time} is geannuleerd en ik krijg geen nieuwe boeking. Reserveringsnummer {order_number:pnr}, tel {phone}.",
    "BE|Ik heb een reis geboekt bij jullie, dossiernummer {order_number}, en mijn klantnummer is {customer_number}. De bevestiging is nooit toegekomen op {email}.",
    "klantnr: {customer_number}\nboeking: {order_number:pnr}\nvlucht: {flight_number} ({date})\nwat is hier de status van??",
    "NL|Zit al {quantity:dur} in de wacht bij jullie nummer {company_phone}. Boeking {order_number:pnr}, mijn nummer is {phone}, bel me aub terug.",
    "Mijn ledennummer staat verkeerd op het ticket: moet {customer_number:ff} zijn ipv het oude nummer. E-ticket {order_number:eticket}.",
],
"travel_passport": [
    "Bij het online inchecken lukt het niet om mijn paspoort in te voeren. Paspoortnummer {customer_number:passport}, geboortedatum {date_of_birth}.",
    "Voor de API-gegevens: paspoort {customer_number:passport}, geb. {date_of_birth}, nationaliteit NL. Boeking {order_number:pnr}.",
    "BE|Mijn identiteitskaart nummer is {customer_number:idcard} en rijksregisternummer {bsn:be}, meer hebben jullie toch niet nodig voor de check-in?",
    "NL|Voor de claim bij de reisverzekering vragen ze mijn BSN: {bsn:nl}. Polisnummer {customer_number:policy}.",
    "Ik heb een nieuw paspoort, nummer is nu {customer_number:passport} (oude was verlopen). Kunnen jullie dat aanpassen bij boeking {order_number:pnr}? Geboren {date_of_birth}.",
    "documentnr {customer_number:passport} / geb datum {date_of_birth} / vlucht {flight_number}",
],
"travel_refund": [
    "Ik wacht al sinds {date} op mijn terugbetaling van {amount}. Graag storten op {iban} t.n.v. {first} {last}.",
    "Refund voor boeking {order_number:pnr} graag op rekening {iban}, de creditcard is inmiddels geblokkeerd.",
    "BE|Gelieve de {amount} terug te storten op mijn rekening {iban}. Referentie van mijn klacht: {ticket_number}.",
    "Jullie voucher wil ik niet, ik wil gewoon mijn geld terug ({amount}). IBAN: {iban}",
    "de compensatie van {amount} (EU261, vlucht {flight_number} had {quantity:dur} vertraging) mag naar {iban}",
],
"travel_luggage": [
    "Mijn koffer is niet aangekomen op vlucht {flight_number}. Bagagelabel {tracking_number:bag}, dossier {ticket_number:pir}. Graag bezorgen op {address}.",
    "Lost luggage: file {ticket_number:pir}. Ik ben bereikbaar op {phone}, afleveradres {address}.",
    "BE|Mijn valies is nog altijd niet terug! Referentie {ticket_number:pir}, label {tracking_number:bag}. Ge kunt mij bellen op {phone}.",
    "Koffer kwijt sinds {date}. Tagnummer {tracking_number:bag}. Ik verblijf tot {date} op {address}, daarna thuis.",
    "de koerier mag de bagage afleveren bij de buren op {address:short}, mijn gsm is {phone}",
],
"login": [
    "Ik kan niet inloggen in de app. Gebruikersnaam {username}, wachtwoord {password}. Wat gaat er mis?",
    "inlog: {username}\nww: {password}\nkrijg steeds foutcode {error_code}",
    "Mijn wachtwoord is gewijzigd zonder dat ik dat deed. Oud wachtwoord was {password}, nu heb ik {password} ingesteld maar het account is geblokkeerd.",
    "BE|Ik geraak niet meer in mijn account, login is {username} en paswoord {password}. Kunnen jullie eens kijken?",
    "Mijn account ({email}) is gehackt, ik heb het wachtwoord al veranderd naar {password}.",
    "gebruikersnaam = {username} , pw = {password} , app versie {version_string}",
    "Inloggen met {email} en wachtwoord {password} geeft steeds 'ongeldige gegevens'.",
],
"otp": [
    "Ik krijg de sms-code wel ({otp}) maar de app zegt dat hij ongeldig is.",
    "Verificatiecode was {otp}, werkte niet. Nieuwe code {otp} ook niet.",
    "de code die ik per mail kreeg: {otp}",
    "Jullie medewerker vroeg om de code uit de sms, dat was {otp:words}. Is dat normaal?",
    "BE|Ik heb de bevestigingscode {otp} ingegeven maar er gebeurt niks.",
    "Eenmalige code: {otp} (ontvangen om {time})",
],
"pin_code": [
    "De sleutelkluis bij het vakantiehuis gaat niet open met code {pin}. We staan hier met {quantity:ppl}!",
    "Mijn pincode van de pinpas is {pin}, maar de betaling op de luchthaven werd geweigerd.",
    "NL|De deurcode van de sportschool ({pin}) werkt niet meer sinds de update.",
    "BE|De code van het poortje aan de fitness is {pin}# maar het blijft rood.",
    "kluisje 112 in de kleedkamer krijg ik niet open, ik had {pin} ingesteld",
    "De alarmcode van het appartement is {pin}, de verhuurder zegt dat het klopt maar hij gaat af.",
],
"puk": [
    "Mijn simkaart is geblokkeerd in het buitenland. PUK-code is {puk}, maar hij blijft om de PIN {pin} vragen.",
    "Travel eSIM: PUK {puk}. Werkt dit ook na 10 pogingen?",
    "BE|Ik heb mijn PUK ingegeven ({puk}) en nu vraagt hij een nieuwe pincode, ik heb {pin} gekozen.",
],
"wifi": [
    "Het wifi-wachtwoord van {ssid} in de club is {wifi_key} maar ik krijg geen verbinding.",
    "In het hotel werkt de wifi niet. Netwerk {ssid}, sleutel {wifi_key}.",
    "Voor de installatie van de smart-scale: SSID {ssid}, WPA2-key {wifi_key}",
    "BE|Mijn thuisnetwerk is {ssid} met code {wifi_key}, de app van de fitness vindt hem niet.",
],
"api": [
    "Wij zijn partner-restaurant en de koppeling met de kassa werkt niet. API key: {api_key}",
    "Onze reisbureau-koppeling geeft {error_code}. Gebruikte sleutel {api_key}, request-id {request_id}.",
    "Voor de integratie heb ik dit gekregen: key {api_key} en secret {api_key}. Poort {port} staat open.",
    "De API-sleutel {api_key} is per ongeluk gedeeld in een mail, graag intrekken!",
],
"token": [
    "De app logt steeds uit. In de logs staat: Authorization: Bearer {token}",
    "session token {token} (versie {version_string})",
    "Mijn toegangstoken {token} verloopt na {quantity:dur}, is dat de bedoeling?",
    "BE|Ik kreeg deze token in de link: {token}. Is die nog geldig?",
],
"card": [
    "Er is twee keer {amount} afgeschreven van mijn creditcard {card}. Vervaldatum {card_expiry}.",
    "kaartnummer {card} exp {card_expiry} cvc {cvv}, betaling lukt niet, foutcode {error_code}",
    "De betaling voor de maaltijdbox met mijn Visa {card} werd geweigerd.",
    "Kunnen jullie de kaart {card} (geldig tot {card_expiry}) verwijderen uit mijn account?",
    "BE|Mijn bancontact {card} werd gedebiteerd voor een bestelling die ik nooit ontving.",
    "CVV is {cvv}, vervalt {card_expiry}. Het eindigt op {masked_value} in jullie app maar dat is de oude kaart.",
],
"iban": [
    "Het lidmaatschap wordt afgeschreven van {iban} maar ik heb opgezegd per {date}!",
    "Nieuw rekeningnummer voor de incasso: {iban}. Machtigingskenmerk {customer_number:mandate}.",
    "NL|Jullie schrijven {amount} per 4 weken af van {iban} terwijl het {amount} zou zijn.",
    "BE|Mijn domiciliëring loopt via {iban}, maar er is deze maand {amount} gedebiteerd.",
    "Graag het bedrag terugstorten naar {iban} (rekeninghouder {first} {last}).",
],
"membership": [
    "Ik wil mijn abonnement opzeggen. Lidnummer {customer_number:gym}, geboortedatum {date_of_birth}.",
    "Lidmaatschapsnummer {customer_number:gym}. Graag bevriezen van {date} tot {date} ivm blessure.",
    "Mijn toegangspas ({customer_number:badge}) werkt niet meer bij de poortjes in {city}.",
    "Ik ben lid sinds {year}, nummer {customer_number:gym}, en nu is de prijs ineens {percentage} hoger?",
    "BE|Mijn lidkaart nr. {customer_number:badge} is verloren. Mijn rijksregisternummer is {bsn:be} als dat helpt.",
    "NL|Lid {customer_number:gym}, adres is gewijzigd naar {address}.",
    "Abonnement op naam van {first} {last}, geb. {date_of_birth}, lidnr {customer_number:gym}. Ik verhuis naar {city}.",
],
"food_order": [
    "Bestelling {order_number} kwam niet aan. Adres {address}, telefoon {phone}. Koerier heeft niet aangebeld.",
    "Mijn eten ({dish}) kwam koud aan na {quantity:dur}. Order {order_number}, {amount}.",
    "De bezorger belde naar het verkeerde nummer, het mijne is {phone}. Order {order_number}.",
    "Ik zag dat mijn adres in jullie app nog {address} is, moet {address} worden.",
    "BE|De koerier is met mijn bestelling {order_number} naar {address:short} gereden in plaats van naar mijn adres.",
    "klantnummer {customer_number} - box van {date} ontbrak het vlees, graag {amount} terug",
],
"food_allergy": [
    "Ik had notenallergie aangegeven bij bestelling {order_number}, toch zat er pinda in de {dish}. Ik ben in het ziekenhuis beland! Bel me: {phone}",
    "Er stond 'glutenvrij' maar mijn dochter reageerde heftig. Order {order_number}, klantnummer {customer_number}, mail {email}.",
    "BE|Allergie vermeld (lactose) maar toch kaas op de {dish}. Bestelnummer {order_number}. Bereikbaar op {phone}.",
    "Allergeneninfo van product {product_code} klopt niet. Ik wil een klacht indienen, mijn e-mail is {email}.",
],
"voucher": [
    "De kortingscode {product_code:promo} werkt niet, er staat {error_code}. Account {email}.",
    "Ik kreeg een tegoedbon van {amount} maar die staat niet op account {customer_number}.",
    "Code {product_code:promo} geeft maar {percentage} korting ipv wat er in de mail stond.",
    "BE|Mijn cadeaubon werd niet aanvaard, de pincode van de bon is {pin}.",
],
"ip": [
    "Mijn account is geblokkeerd vanwege 'verdachte login' vanaf {ip_address}, maar dat ben ik gewoon thuis.",
    "Ik zie een inlog vanaf IP {ip_address} op {date} om {time}, dat was ik niet!",
    "Mijn IP is {ip_address}, volgens de helpdesk staat die op een blokkadelijst. Foutmelding {error_code}.",
],
"contact": [
    "Mijn nieuwe e-mailadres is {email} en telefoonnummer {phone}.",
    "Bel me maar op {phone}, liefst na {time}.",
    "kunnen jullie mailen naar {email} ipv mijn oude adres?",
    "BE|Ge kunt mij altijd bereiken op {phone} of via {email}.",
    "Mijn man zijn nummer is {phone}, hij heeft de boeking gedaan.",
],
"neutral": [
    "Ik heb al {quantity:times} gebeld naar {company_phone} en niemand neemt op.",
    "Op {url} staat dat het {amount} kost maar ik betaal {amount}.",
    "Factuur {invoice_number} van {date} klopt niet.",
    "De app (versie {version_string}) crasht op mijn {model_number}.",
    "Mijn klacht {ticket_number} staat al sinds {date} open.",
    "Pakketje met trackingnummer {tracking_number} is nooit geleverd.",
    "Vlucht {flight_number} vertrok pas om {time} ipv {time}.",
    "Checksum van de download klopt niet: {checksum}",
    "Bij vertrek was de meterstand {meter_reading}, toch rekenen jullie {amount} extra.",
],
}

PUBLIC = [
    "{mention} al {quantity:dur} wachten op mijn koffer, zaaknr {ticket_number:pir} {hashtag}",
    "{mention} vlucht {flight_number} weer vertraagd. Wanneer krijg ik mijn {amount} terug? {hashtag}",
    "{mention} bezorger gooit eten gewoon op de stoep. Order {order_number} {hashtag}",
    "{mention} ik kan niet inloggen!! username {username} ww {password} help",
    "{mention} bel me aub {phone}, niemand reageert op mijn mails",
    "{mention} waarom wordt er nog steeds {amount} afgeschreven van {iban}?? ik heb opgezegd {hashtag}",
    "{mention} mijn lidnummer is {customer_number:gym}, pas werkt al {quantity:dur} niet",
    "{mention} {mention} koffer kwijt, label {tracking_number:bag}, adres {address} #help",
    "BE|{mention} nog altijd geen terugbetaling na {quantity:dur}. Schandalig. {hashtag}",
    "{mention} jullie site {url} geeft {error_code}, kan niet inchecken",
]

GREET = ["Hallo,", "Beste klantenservice,", "Hoi!", "Goedemiddag,", "Beste,", "hey", "Geachte heer/mevrouw,", "Hoi {agent},",
         "BE|Goeiedag,", "BE|Dag,", "Goedenavond,", "L.S.,"]
CLOSE = ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt!", "Gr.", "BE|Met vriendelijke groeten,", "Dank u,", "Groet,",
         "BE|Vriendelijke groeten,", "Bvd,"]
SIG = [
    "{first} {last}\n{address}\nTel: {phone}",
    "{first} {last}\n{phone}",
    "{first}\nVerstuurd vanaf mijn iPhone",
    "{first} {last} | {email} | {phone}",
    "{first} {last}\nM {phone}\nE {email}",
    "{first}\n\nVerzonden vanuit Outlook voor Android",
]
AGENT = [
    "Hoi {first}, vervelend om te lezen! Ik heb je lidmaatschap {=customer_number:gym} bekeken. Je kunt ons bellen op {company_phone}. Groet, {agent}",
    "Dag {first}, bedankt voor je bericht. Voor de terugbetaling op {=iban} heb ik zaak {ticket_number} aangemaakt. Dit duurt maximaal 14 dagen. ^{agent}",
    "Beste {first}, deel nooit je wachtwoord met ons, ook niet via DM. Wijzig het direct via {url}. Groetjes {agent}",
    "Hoi {first}, ik heb boeking {order_number:pnr} gevonden en je Flying Blue nummer {=customer_number:ff} toegevoegd. Fijne vlucht! {agent}",
    "Hi {first}, je bestelling {order_number} is {amount} teruggestort. We sturen je ook een code van {amount}. ^{agent}",
    "Hoi {first}, we hebben je koffer gevonden! Hij wordt morgen tussen {time} en {time} bezorgd op {=address}. ^{agent}",
    "BE|Dag {first}, we hebben uw nieuw rekeningnummer {=iban} genoteerd. Voor vragen: {company_phone}. Mvg, {agent}",
    "Hoi {first}, kun je ons je klantnummer en postcode sturen via DM? Niet je wachtwoord of pincode! ^{agent}",
    "Dag {first}, ik zie op je kaart {masked_value} inderdaad een dubbele betaling van {amount}. Wordt teruggeboekt. ^{agent}",
    "Beste {first}, we hebben uw telefoonnummer aangepast naar {=phone}. Ticket {ticket_number}. Met vriendelijke groet, {agent}",
]
AGENT_SIG = ["{agent} | Klantenservice {brand}\nT {company_phone} | KvK {company_registration}",
             "Met vriendelijke groet,\n{agent}\nTeam {brand}\n{url}",
             "BE|{agent} - Klantendienst {brand}\nTel. {company_phone} - Ondernemingsnummer {company_registration}",
             "Groet,\n{agent} ({brand} Webcare)\nBTW {company_registration}"]
QUOTE_HDR = ["Op {date} om {time} schreef {brand} <service@{domain}>:", "Van: {brand} Klantenservice\nVerzonden: {date} {time}\nAan: {first} {last}\nOnderwerp: Re: uw vraag",
             "-----Oorspronkelijk bericht-----\nVan: {first} {last}\nDatum: {date}", "Op {date} heeft {first} {last} het volgende geschreven:"]
FWD_HDR = ["---------- Doorgestuurd bericht ---------\nVan: {brand} <noreply@{domain}>\nDatum: {date}\nOnderwerp: Je boekingsbevestiging",
           "Begin doorgestuurd bericht:\n\nVan: {brand}\nDatum: {date} {time}\nOnderwerp: Bevestiging bestelling {order_number}"]
DISCLAIMER = ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, verzoeken wij u het te verwijderen.",
              "Denk aan het milieu voordat u deze e-mail print.",
              "BE|De informatie in dit bericht is vertrouwelijk. Indien u niet de bestemmeling bent, gelieve de afzender te verwittigen."]
SUBJECT = ["Onderwerp: Terugbetaling", "Onderwerp: Opzegging abonnement", "Onderwerp: Klacht bestelling", "Onderwerp: Koffer vermist",
           "Onderwerp: Inlogprobleem", "Onderwerp: Wijziging gegevens"]

# ---- extra templates (appended in pairs so both halves get one of each intent)
BODY["card"] += [
    "Betaald met creditcard {card}, verloopt {card_expiry}, beveiligingscode {cvv}. Toch zegt de site 'betaling mislukt'.",
    "Hierbij de gegevens die de medewerker vroeg:\nkaart: {card}\ngeldig t/m: {card_expiry}\ncvc2: {cvv}",
    "Mijn Mastercard {card} staat nog gekoppeld, de 3 cijfers achterop zijn {cvv}. Graag verwijderen.",
    "ik heb de kaart {card} met code {cvv} gebruikt voor de maaltijdbox maar er is niks afgeschreven en de box is geannuleerd",
]
BODY["travel_passport"] += [
    "NL|Voor de ESTA-aanvraag via jullie vroegen ze BSN {bsn:nl} en paspoort {customer_number:passport}. Klopt dat wel?",
    "NL|Burgerservicenummer: {bsn:nl}. Geboortedatum: {date_of_birth}. Dat hebben jullie nodig voor de annuleringsverzekering toch?",
    "BE|Rijksregisternr. {bsn:be}, geboren op {date_of_birth}, paspoortnummer {customer_number:passport}.",
    "BE|Mijn dochter haar kids-ID heeft nummer {customer_number:idcard}, haar rijksregisternummer is {bsn:be}.",
]
BODY["membership"] += [
    "NL|De fysio bij jullie club vraagt mijn BSN ({bsn:nl}) voor de declaratie, is dat veilig via de app?",
    "NL|Mijn zoon (geb. {date_of_birth}) wil lid worden, zijn BSN is {bsn:nl} maar waarom moet dat?",
    "Ik wil mijn lidmaatschap overzetten naar mijn vriendin, haar geboortedatum is {date_of_birth} en e-mail {email}.",
    "Je app zegt 'lid niet gevonden' bij nummer {customer_number:gym}. Ik log in als {username}.",
]
BODY["otp"] += [
    "Ik kreeg deze sms: 'Uw verificatiecode is {otp}. Deel deze code met niemand.' maar ik had niks aangevraagd??",
    "Doorgestuurde sms:\n{brand}: {otp} is je inlogcode. Geldig 10 minuten.",
    "2FA code {otp} komt pas na {quantity:dur} binnen, dan is hij al verlopen.",
    "iemand belde namens jullie en vroeg de code {otp}, ik heb hem gegeven... nu is mijn account weg",
]
BODY["login"] += [
    "Nieuw wachtwoord ingesteld: {password}. Oude: {password}. Werkt allebei niet.",
    "Mijn inlognaam voor de club-app is {username} (niet mijn e-mail), ik ben het wachtwoord vergeten.",
]
BODY["ip"] += [
    "Mijn router (extern IP {ip_address}) wordt door jullie site geweigerd met {error_code}.",
    "Login vanaf {ip_address} en {ip_address} vandaag, beide niet van mij.",
]
BODY["token"] += [
    "In de URL staat ?access_token={token} , is dat veilig?",
    "De refresh token is {token} volgens de foutmelding {error_code}.",
]
BODY["wifi"] += [
    "Wifi in ons vakantiehuis: netwerk {ssid}, wachtwoord {wifi_key}. Werkt niet, kunnen jullie de eigenaar bellen?",
    "Gast-wifi van de sportschool heeft een nieuwe code gekregen: {wifi_key}? Bij de balie zeggen ze iets anders.",
]

BODY["form"] = [
    "Naam: {first} {last}\nAdres: {address}\nTel: {phone}\nE-mail: {email}\nGeb.datum: {date_of_birth}\nLidnr: {customer_number:gym}",
    "Hier mijn gegevens:\n- {first} {last}\n- {address}\n- {phone}\n- IBAN {iban}",
    "NAAM {first} {last} / ADRES {address} / GSM {phone} / KLANTNR {customer_number}",
    "gegevens voor de claim:\nnaam: {first} {last}\ngeboren: {date_of_birth}\nrekening: {iban}\nmail: {email}\nboeking: {order_number:pnr}",
    "BE|Voornaam: {first}\nNaam: {last}\nRijksregisternummer: {bsn:be}\nAdres: {address}\nGSM: {phone}",
    "Contactpersoon {first}, bereikbaar via {phone} of {email}; factuuradres {address}.",
]
BODY["neutral"] += [
    "Vertrek {date} om {time}, terugvlucht {flight_number} op {date}. Totaal {amount} voor {quantity}.",
    "Bestelling {order_number} (factuur {invoice_number}) geleverd op {date}, track & trace {tracking_number}.",
    "Jullie KvK-nummer {company_registration} staat niet op factuur {invoice_number}, dat moet wel voor de zakelijke declaratie.",
    "In {year} betaalde ik {amount}, nu {amount}. Dat is {percentage} duurder!",
]
BODY["contact"] += [
    "Mijn nummer is veranderd: was {phone}, nu {phone}.",
    "Stuur de bevestiging naar {email} aub, het andere adres ({email}) gebruik ik niet meer.",
]

BODY["api"] += [
    "Onze developer heeft per ongeluk de AWS-gegevens in het ticket gezet: access key {api_key}, secret {api_key}. Graag verwijderen.",
    "Webhook van jullie bezorgplatform faalt. Header X-Api-Key: {api_key} , endpoint {url}",
]
BODY["pin_code"] += [
    "De bezorger vroeg de ontgrendelcode van mijn telefoon ({pin}) om 'even te bellen', is dat normaal?",
    "Sim-pin is {pin}, telefoon blijft 'geen service' geven in het buitenland.",
]
BODY["puk"] += [
    "pukcode {puk} (van de achterkant van het simkaarthouder) werkt niet",
    "NL|Ik heb de PUK al 3 keer fout ingevoerd, de juiste is volgens mijn account {puk}.",
]
PUBLIC += [
    "{mention} mijn koffer staat nog in {dest}!! tagnr {tracking_number:bag} {hashtag} {hashtag}",
    "{mention} al {quantity:dur} geen reactie. mail me op {email} aub",
    "{mention} de bezorger belde me op {phone} en was onbeschoft. {hashtag}",
    "{mention} lid {customer_number:gym}: waarom werkt de app niet? versie {version_string}",
]
