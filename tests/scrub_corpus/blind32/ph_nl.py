# -*- coding: utf-8 -*-
"""Dutch (Netherlands) phrasings.  Every list is dealt alternately to the halves."""

P = {}

P["greet_c"] = ["Hoi", "Goedemiddag,", "Hallo daar", "Hey", "Goedenavond", "Dag", "Hallo, ik heb een vraag", "hoi hoi",
                "Goeiemorgen", "Hallootjes"]
P["greet_a"] = [
    "Hoi {name}, je spreekt met {agent} van {brand}. Waarmee kan ik je helpen?",
    "Goedemiddag! Mijn naam is {agent}, fijn dat je contact opneemt met {brand}.",
    "Hallo {name}, bedankt voor je bericht. Ik ben {agent} en ik help je graag verder.",
    "Hey {name}! {agent} hier van het webcareteam 😊",
    "Goedendag, u spreekt met {agent}. Ik heb uw vraag voor me liggen.",
    "Dag {name}, dank voor je geduld! Ik ben {agent}.",
    "Hoi! Leuk dat je ons appt. Met {agent}, wat kan ik voor je doen?",
    "Goedenavond {name}, {agent} van {brand} hier.",
]
P["close_c"] = ["Top, dank je wel!", "Super bedankt {agent}!", "ok fijn", "Dankjewel voor de hulp, fijne dag",
                "Het werkt weer 👍", "Ok ik wacht het af", "Bedankt, jullie ook een fijne avond", "Eindelijk, dank!",
                "Mooi zo. Doei", "thx"]
P["close_a"] = [
    "Graag gedaan! Nog een fijne dag verder.",
    "Fijn dat het gelukt is. Groetjes, {agent}",
    "Mocht je nog vragen hebben, laat het gerust weten!",
    "Ik sluit dit gesprek nu af. Je ontvangt zo een korte enquête.",
    "Succes ermee en een fijn weekend!",
    "Ik heb alles genoteerd onder ticket {ticket_number}. Fijne avond!",
    "Bedankt voor het wachten en sorry voor het ongemak.",
    "Als er nog iets is, reageer dan gewoon op dit gesprek. Fijne dag!",
]
P["ack_a"] = ["Dank je, ik kijk even mee.", "Top, momentje.", "Helder, ik zoek het voor je op.",
              "Dankjewel! Ik controleer het even in ons systeem.", "Ontvangen 👍", "Ok, ik zie je account nu.",
              "Dank, ik ga ermee aan de slag.", "Prima, ik pak het op."]
P["fill_c"] = ["ben er nog hoor", "??", "hallo?", "ok", "Is er al nieuws?", "sorry was even weg", "moment, de bel gaat",
               "ja", "en nu?", "duurt lang zeg", "huh", "oké, en dan?"]
P["fill_a"] = ["Een moment geduld alsjeblieft.", "Ik ben er nog, het systeem is wat traag vandaag.",
               "Bedankt voor je geduld!", "Ik overleg even met een collega.", "Ben je er nog, {name}?",
               "Ik heb het doorgezet naar de tweede lijn.", "Ik zie het, ik ga even voor je kijken.",
               "Sorry voor de vertraging, het is erg druk."]
P["stall_c"] = ["moment, even zoeken", "ik moet het even op mijn andere telefoon opzoeken",
                "wacht, ligt in de la, ik pak het even", "ehm waar vind ik dat?", "even mijn man vragen",
                "heb ik ergens opgeschreven, sec", "momentje, bril pakken", "ff kijken in de mail"]
P["stall_a"] = ["Geen haast, ik wacht even.", "Neem rustig de tijd.", "Het staat meestal rechtsboven op je factuur.",
                "Prima, laat maar weten als je het hebt.", "Geen probleem, ik blijf in de chat.",
                "Je vindt het ook in de app onder Profiel."]
P["refuse_c"] = ["Dat stuur ik liever niet via de chat eerlijk gezegd", "Moet dat echt? Ik vind dat niet zo veilig",
                 "kan ik dat niet beter telefonisch doorgeven?", "ik heb dat nu niet bij de hand",
                 "Nee sorry, dat geef ik niet via WhatsApp"]
P["refuse_a"] = ["Helemaal goed. Je kunt ons ook bellen op {company_phone}, dan verifieert een collega je.",
                 "Begrijpelijk! Log dan in via {url}, dan kun je het zelf aanpassen.",
                 "Geen probleem, dan stuur ik je een beveiligde link via de mail.",
                 "Dat snap ik. Wij vragen nooit om je pincode, alleen om je klantnummer.",
                 "Goed dat je voorzichtig bent. Ik maak ticket {ticket_number} aan, dan bellen we je."]
P["echo_mask_a"] = ["Dank je, ik zie het nummer eindigend op {vm}.", "Gevonden: {vm}, klopt dat?", "Ik heb {vm} genoteerd.",
                    "Voor de zekerheid: het gaat om {vm}?", "Ik zie in ons systeem {vm} staan.",
                    "Check: {vm} staat bij ons geregistreerd."]
P["echo_leak_a"] = ["Dank je, ik heb {v} genoteerd.", "Even checken: {v}, klopt dat?", "Ik probeer het even met {v}.",
                    "Oké, {v} is ingevoerd.", "Je gaf {v} door, maar dat geeft een foutmelding.",
                    "Dus {v}? Dan pas ik het aan."]
P["mismatch_a"] = ["Hmm, dat komt niet overeen met wat ik hier zie. Kun je het nog eens controleren?",
                   "Die gegevens kan ik helaas niet vinden.", "Dat lijkt niet te kloppen, misschien een typfoutje?",
                   "Ik krijg geen match, heb je misschien een ander account?"]
P["ans_c"] = ["{v}", "{v}", "het is {v}", "{v} volgens mij", "Dat is {v}", "hier: {v}", "ehm {v}", "{v} denk ik",
              "{v}!", "{v} toch?", "is {v}", "zou {v} moeten zijn"]
P["late_c"] = ["oja en die code van net: {v}", "Sorry, nu pas gezien. {v}", "had het gevonden: {v}",
               "{v} <- dit vroeg je toch?", "btw wat je vroeg, {v}", "Was nog vergeten te sturen: {v}",
               "O en nog even over je vraag van daarnet: {v}"]
P["corr_c"] = ["sorry typfout, het is {v} niet {w}", "wacht, {w} klopt niet. Moet {v} zijn", "oeps, {v} bedoel ik",
               "correctie: {v} (niet {w})", "nee {v}, die andere ({w}) was van mijn oude account",
               "Excuus, verkeerd overgetypt: {v}"]
P["askg_a"] = ["Mag ik je {what}?", "Wat is je {what}?", "Kun je je {what} even doorsturen?",
               "Om je te verifiëren heb ik je {what} nodig.", "Stuur je mij je {what}?", "Wil je je {what} hier delen?"]

# ---------------------------------------------------------------- openings
P["open:login"] = [
    "ik kom niet meer in mijn account bij {brand}, er staat steeds 'onjuiste gegevens'",
    "Ik ben mijn wachtwoord vergeten en de resetmail komt niet aan",
    "Mijn account is geblokkeerd na te veel pogingen. Foutcode {error_code}",
    "Sinds de update van de app ({version_string}) kan ik niet meer inloggen",
    "Iemand anders heeft volgens mij in mijn account gezeten, ik kreeg om {time} een melding van een nieuwe login",
    "Inloggen op Mijn {brand} lukt al de hele week niet",
]
P["open:otp"] = [
    "Ik krijg de sms-code niet binnen om in te loggen",
    "de verificatiecode die ik krijg werkt niet, er staat 'code verlopen'",
    "Ik heb een nieuwe telefoon en nu werkt de tweestapsverificatie niet meer",
    "Waarom krijg ik steeds codes terwijl ik niet probeer in te loggen??",
    "De app blijft vragen om een bevestigingscode maar ik krijg niks op mijn mail",
    "Bij het koppelen van de app moet ik een activatiecode invullen, waar vind ik die?",
]
P["open:wifi"] = [
    "Nieuw modem gekregen ({model_number}) maar de wifi doet het niet",
    "internet valt steeds weg, lampje knippert oranje",
    "ik weet het wifi wachtwoord van mijn router niet meer, staat niet op de sticker",
    "Mijn laptop wil geen verbinding maken met {ssid}, wel met de hotspot van mijn telefoon",
    "Sinds de storing van {date} is mijn internet super traag, ik haal maar {percentage} van mijn snelheid",
    "Ik wil inloggen op de router maar het admin wachtwoord werkt niet",
]
P["open:sim"] = [
    "Mijn simkaart is geblokkeerd, ik heb 3x de verkeerde pincode ingetoetst",
    "Telefoon vraagt om een PUK code, waar vind ik die?",
    "Ik heb een nieuwe simkaart ontvangen maar hij is nog niet geactiveerd",
    "eSIM overzetten naar nieuwe telefoon lukt niet, foutmelding {error_code}",
    "Mijn dochter heeft haar sim geblokkeerd, ze zit op mijn abonnement",
]
P["open:card"] = [
    "Mijn bankpas is ingeslikt door de automaat in {city}",
    "Er staan afschrijvingen op mijn rekening die ik niet herken, {amount} bij een webshop",
    "Ik ben mijn pinpas kwijt, kan ik hem blokkeren?",
    "Mijn creditcard wordt geweigerd bij het afrekenen",
    "Nieuwe pas ontvangen maar de pincodebrief nog niet",
    "Contactloos betalen werkt ineens niet meer met mijn pas",
]
P["open:refund"] = [
    "Ik heb bestelling {order_number} retour gestuurd maar nog geen geld terug",
    "Ik wacht al 3 weken op mijn terugbetaling van {amount}",
    "Verkeerd artikel ontvangen, ik wil graag mijn geld terug",
    "Mijn retour is volgens de track & trace op {date} bij jullie afgeleverd",
    "Dubbel betaald voor bestelling {order_number}, graag het teveel betaalde terug",
]
P["open:delivery"] = [
    "Mijn pakket staat al 4 dagen op 'onderweg'",
    "De bezorger zegt dat niemand thuis was maar ik was gewoon thuis!",
    "Kan ik het afleveradres nog wijzigen? Ik ben verhuisd",
    "Pakket {tracking_number} is afgeleverd bij een adres dat ik niet ken",
    "Mijn bestelling {order_number} is nog steeds niet binnen",
    "Ik wil dat het pakket bij de buren bezorgd wordt",
]
P["open:identity"] = [
    "Ik moet mijn gegevens bijwerken voor de zorgverzekering",
    "Jullie vragen om mijn BSN, waarom is dat nodig?",
    "Ik wil mijn zoon van 18 op een eigen polis zetten",
    "Ik heb een brief gekregen dat mijn gegevens niet kloppen",
    "Voor de declaratie moet ik me identificeren, hoe gaat dat?",
]
P["open:energy"] = [
    "Ik wil mijn meterstanden doorgeven maar de site geeft een fout",
    "Mijn voorschot is ineens verhoogd naar {amount} per maand, hoe kan dat?",
    "We gaan verhuizen op {date}, hoe zeg ik het contract op?",
    "De eindafrekening klopt niet, ik heb veel minder verbruikt",
    "Slimme meter geeft rare waarden aan sinds gisteren",
]
P["open:dev"] = [
    "Onze webhooks falen sinds vanochtend met {error_code}",
    "Ik heb per ongeluk onze API key in een publieke repo gezet, wat nu?",
    "Krijg steeds 401 Unauthorized op de API terwijl de key klopt",
    "Hoe roteer ik een token zonder downtime?",
    "De sandbox geeft andere responses dan productie, request id {request_id}",
]
P["open:device"] = [
    "Ik ben de pincode van mijn telefoon vergeten",
    "Alarmsysteem piept en vraagt om een code, ik heb hem niet meer",
    "Tablet van mijn moeder zit op slot na een update",
    "Ik kan de ontgrendelcode van mijn nieuwe {model_number} niet meer vinden",
    "De code van het pakketkluisje werkt niet",
]
P["open:billing"] = [
    "Er is twee keer {amount} afgeschreven voor dezelfde maand",
    "Ik wil mijn betaalmethode wijzigen naar automatische incasso",
    "Factuur {invoice_number} klopt niet, er staat een extra bundel op",
    "Mijn automatische betaling is mislukt, krijg ik nu een boete?",
    "Waarom is mijn abonnement {percentage} duurder geworden?",
]
P["open:travel"] = [
    "Mijn vlucht {flight_number} is geannuleerd, hoe krijg ik mijn geld terug?",
    "Ik moet de naam op mijn ticket wijzigen, er zit een typfout in",
    "Bagage kwijt na vlucht {flight_number} van {date}",
    "Inchecken lukt niet, de app geeft {error_code}",
    "Kan ik mijn reservering nog omboeken naar een latere datum?",
]

# ---------------------------------------------------------------- agent asks
P["ask:password"] = ["Welk wachtwoord heb je ingesteld op het modem?",
                     "Wat typ je precies in bij wachtwoord? Let op hoofdletters.",
                     "Welk tijdelijk wachtwoord heb je van ons gekregen?",
                     "Kun je het wachtwoord sturen dat je nu gebruikt, dan check ik of het aan de eisen voldoet?"]
P["ask:pin"] = ["Welke pincode heb je ingevoerd?", "Weet je de standaard pincode van de simkaart nog? Die staat op de houder.",
                "Wat is de code die je nu op het alarmpaneel intoetst?", "Heb je de pincode al gewijzigd of is het nog de code uit de brief?"]
P["ask:puk"] = ["Heb je de PUK-code bij de hand? Die staat op het plastic kaartje van je sim.",
                "Kun je de PUK-code sturen die op de simhouder staat?", "Welke PUK heb je geprobeerd?",
                "Staat er ook een PUK2 op je kaartje? Die heb ik nodig."]
P["ask:otp"] = ["Ik heb je zojuist een code gestuurd per sms. Wil je die hier doorgeven?",
                "Je ontvangt nu een verificatiecode op je mail, kun je die met mij delen?",
                "Welke code zie je in de app staan?", "Zou je de 6-cijferige code willen sturen die je net hebt ontvangen?"]
P["ask:wifi_key"] = ["Welke netwerksleutel staat er op de sticker onderop het modem?", "Wat vul je in als wifi-wachtwoord?",
                     "Kun je de WPA-sleutel checken op de achterkant van het kastje?", "Welke wifi-code gebruik je op je laptop?"]
P["ask:username"] = ["Wat is je gebruikersnaam?", "Met welke inlognaam log je normaal in?",
                     "Kun je je gebruikersnaam voor Mijn {brand} sturen?", "Welke accountnaam staat er bovenaan in de app?"]
P["ask:api_key"] = ["Welke API key gebruik je in de Authorization header?", "Kun je bevestigen welke key er in je .env staat?",
                    "Met welke sleutel roep je het endpoint aan, live of test?"]
P["ask:token"] = ["Kun je het token sturen dat je terugkrijgt van /oauth/token?", "Welke bearer token stuur je mee?",
                  "Plak de volledige response even, inclusief het access token.", "Welk personal access token gebruikt de pipeline?"]
P["ask:card"] = ["Wat is het nummer van de pas die je wilt blokkeren?", "Welke kaart gaat het om? Mag ik het kaartnummer?",
                 "Kun je het nummer doorgeven van de kaart waarmee je betaald hebt?", "Met welke creditcard is de betaling gedaan?"]
P["ask:cvv"] = ["En de beveiligingscode op de achterkant?", "Ik heb ook de CVC-code nodig om de betaling te verwerken.",
                "Wat is de driecijferige code achterop de kaart?"]
P["ask:iban"] = ["Op welk rekeningnummer wil je het bedrag ontvangen?", "Mag ik je IBAN voor de terugbetaling?",
                 "Naar welke IBAN mogen we het terugstorten?", "Van welk rekeningnummer moet de incasso lopen?"]
P["ask:bsn"] = ["Mag ik ter verificatie je BSN?", "Wat is het burgerservicenummer van de verzekerde?",
                "Kun je het BSN van je zoon doorgeven?"]
P["ask:card_expiry"] = ["Wat is de vervaldatum van de kaart?", "Tot wanneer is de kaart geldig?", "Welke vervaldatum staat er op de pas?"]
P["ask:email"] = ["Op welk e-mailadres wil je de bevestiging ontvangen?", "Met welk mailadres ben je geregistreerd?",
                  "Wat is je e-mailadres, dan stuur ik je een resetlink?", "Welk mailadres staat er op het account?"]
P["ask:phone"] = ["Op welk nummer kunnen we je terugbellen?", "Wat is je mobiele nummer?", "Naar welk telefoonnummer moet de sms?",
                  "Kun je een nummer doorgeven waarop de bezorger je kan bereiken?"]
P["ask:address"] = ["Wat is je nieuwe adres?", "Op welk adres moet het pakket bezorgd worden?", "Wat is het adres van de aansluiting?",
                    "Kun je je postcode en huisnummer doorgeven?"]
P["ask:date_of_birth"] = ["Wat is je geboortedatum?", "Mag ik ter controle je geboortedatum?", "Wat is de geboortedatum van de rekeninghouder?"]
P["ask:ip_address"] = ["Kun je je IP-adres doorgeven?", "Welk extern IP-adres heeft je verbinding nu?", "Vanaf welk IP probeer je te verbinden?"]
P["ask:customer_number"] = ["Wat is je klantnummer? Dat staat op je factuur.", "Mag ik je klantnummer of het nummer van je contract?",
                            "Wat is je abonneenummer?", "Heb je je klantnummer bij de hand?"]

# ---------------------------------------------------------------- customer gives (with cue)
P["give:password"] = ["mijn wachtwoord is {password} maar dat wordt niet geaccepteerd", "ww: {password}",
                      "Ik heb het nieuwe wachtwoord {password} ingesteld en nu kan ik nog steeds niet in",
                      "het tijdelijke wachtwoord dat ik kreeg ({password}) werkt niet",
                      "gebruikersnaam {username} en wachtwoord {password}", "Heb al {password} en {password#2} geprobeerd",
                      "Het admin wachtwoord van de router heb ik veranderd in {password}", "wachtwoord was altijd {password}, nu opeens fout??"]
P["give:pin"] = ["mijn pincode is {pin}", "Ik heb {pin} ingetoetst, dat is toch de standaard pin?",
                 "de code van het alarm is {pin} maar die doet niks", "pin {pin} werkt niet meer na het wisselen van sim",
                 "Ik dacht dat mijn pincode {pin} was, maar na 3 keer zit hij op slot", "Ontgrendelcode was {pin}, weet ik zeker"]
P["give:puk"] = ["PUK is {puk} maar hij zegt ongeldig", "op het kaartje staat PUK {puk}", "ik heb de puk gevonden: {puk}",
                 "PUK1 {puk} / PUK2 {puk#2}", "heb {puk} ingevoerd maar het werkt niet"]
P["give:otp"] = ["ik kreeg code {otp} maar die werkt niet", "Verificatiecode: {otp}", "de sms zegt {otp}, wat moet ik daarmee",
                 "Heb {otp} ingevuld en toen kwam foutmelding {error_code}", "kreeg net 2 codes, {otp} en {otp#2}, welke moet ik hebben?",
                 "code is {otp}"]
P["give:wifi_key"] = ["wifi wachtwoord {wifi_key} werkt niet", "Netwerk {ssid}, sleutel {wifi_key}",
                      "op de sticker staat {wifi_key} maar ik krijg 'onjuist wachtwoord'", "ik heb de wifi code veranderd naar {wifi_key}",
                      "WPA key: {wifi_key}"]
P["give:username"] = ["mijn gebruikersnaam is {username}", "inlognaam: {username}", "ik log in met {username}",
                      "account {username}, al jaren hetzelfde", "username {username} zegt 'onbekende gebruiker'"]
P["give:api_key"] = ["we gebruiken deze key: {api_key}", "API key {api_key} geeft 401", "Dit staat in onze .env: API_KEY={api_key}",
                     "sleutel die gelekt is: {api_key}, graag intrekken"]
P["give:token"] = ["Authorization: Bearer {token}", "token: {token}", "dit token krijg ik terug: {token}",
                   "ons deploy token {token} werkt niet meer sinds {date}"]
P["give:card"] = ["kaartnummer {card}", "het gaat om de creditcard {card}, geldig tot {card_expiry}",
                  "Mijn pas: {card} exp {card_expiry} cvc {cvv}", "het volledige nummer is {card}", "ik heb betaald met {card}"]
P["give:cvv"] = ["de cvc is {cvv}", "code achterop: {cvv}", "beveiligingscode {cvv}", "CVV {cvv}"]
P["give:iban"] = ["mijn rekeningnummer is {iban}", "graag terugstorten op {iban} t.n.v. {fullname}", "IBAN: {iban}",
                  "Het geld mag naar {iban}", "rekening {iban}, die van mijn vrouw"]
P["give:bsn"] = ["mijn BSN is {bsn}", "burgerservicenummer {bsn}", "BSN van mijn dochter: {bsn}",
                 "ik heb {bsn} ingevuld als BSN maar het formulier geeft een fout"]
P["give:card_expiry"] = ["vervaldatum {card_expiry}", "geldig t/m {card_expiry}", "verloopt {card_expiry}"]
P["give:email"] = ["mijn mail is {email}", "je kunt me mailen op {email}", "account staat op {email}", "e-mailadres: {email}",
                   "stuur het maar naar {email} aub", "mijn oude mail was {email}, nieuwe is {email#2}"]
P["give:phone"] = ["bel me maar op {phone}", "mijn nummer is {phone}", "mobiel: {phone}", "Ik ben bereikbaar op {phone} na {time}", "tel {phone}"]
P["give:address"] = ["mijn adres is {address}", "nieuw adres: {address}", "bezorgen op {address} graag", "Ik woon op {address}",
                     "we zijn verhuisd naar {address}"]
P["give:date_of_birth"] = ["geboortedatum {date_of_birth}", "ik ben geboren op {date_of_birth}", "geb. {date_of_birth}",
                           "mijn geboortedatum is {date_of_birth}"]
P["give:ip_address"] = ["mijn ip is {ip_address}", "extern IP: {ip_address}", "wieismijnip zegt {ip_address}",
                        "ik verbind vanaf {ip_address} op poort {port}"]
P["give:customer_number"] = ["klantnummer {customer_number}", "mijn klantnummer is {customer_number}", "klantnr: {customer_number}",
                             "Contractnummer {customer_number}, meterstand {meter_reading}", "abonneenummer {customer_number}"]

# ---------------------------------------------------------------- negatives in context
P["negc:gen"] = ["ik heb al gebeld naar {company_phone} maar na 40 minuten hing ik op",
                 "Mijn vorige ticket was {ticket_number} maar daar is niks mee gedaan",
                 "Dit is de derde keer sinds {date} dat ik contact opneem", "Gisteren om {time} al een bericht gestuurd",
                 "Zie ook mijn mail van {date}, referentie {ticket_number}"]
P["nega:gen"] = ["Ik heb een ticket aangemaakt met nummer {ticket_number}.",
                 "Je kunt ons ook bereiken op {company_phone}, we zijn open tot {time}.", "Kijk voor meer info op {url}.",
                 "Je verzoek is op {date} om {time} geregistreerd.",
                 "Mijn collega's van de tweede lijn nemen binnen 2 werkdagen contact op, referentie {ticket_number}."]
P["negc:tech"] = ["Foutcode {error_code} op het scherm", "Ik heb versie {version_string} van de app",
                  "Modem is een {model_number}, firmware {version_string}", "Krijg de melding '{error_code}' sinds {date}",
                  "Het lampje knippert en in de app staat {error_code}"]
P["nega:tech"] = ["Ik zie dat je modem ({model_number}) nog op firmware {version_string} draait.",
                  "Foutcode {error_code} betekent dat de verbinding geweigerd wordt.",
                  "Zet poort {port} even open in je router en probeer het opnieuw.",
                  "Update de app naar versie {version_string}, dan is het opgelost.",
                  "Er is een storing bekend in jouw regio, naar verwachting opgelost om {time}."]
P["negc:shop"] = ["Bestelnummer {order_number}", "track & trace: {tracking_number}", "het ging om {quantity} van artikel {product_code}",
                  "Ik heb {amount} betaald op {date}", "Factuurnummer {invoice_number}"]
P["nega:shop"] = ["Ik zie je bestelling {order_number} van {date}.",
                  "Het pakket met trackingnummer {tracking_number} staat nu bij het sorteercentrum.",
                  "Het retourbedrag van {amount} wordt binnen 14 dagen teruggestort.",
                  "Je ontvangt {percentage} korting op je volgende bestelling als excuus.", "Artikel {product_code} is helaas uitverkocht."]
P["negc:money"] = ["het gaat om {amount} op {date}", "Transactie van {time}, bedrag {amount}", "Factuur {invoice_number} van {amount}",
                   "er is {amount} te veel afgeschreven", "mijn pas eindigt op {card:last4}"]
P["nega:money"] = ["Ik zie een betaling van {amount} op {date}, bedoel je die?", "De kaart eindigend op {card:last4} is nu geblokkeerd.",
                   "Het bedrag van {amount} staat gereserveerd en komt binnen 3 werkdagen vrij.",
                   "Rente en kosten: {percentage} per jaar, zie {url}.", "De rekening {iban:mask} staat als tegenrekening geregistreerd."]
P["negc:energy"] = ["meterstand {meter_reading}", "stand op {date}: {meter_reading}", "dag {meter_reading} en nacht {meter_reading#2}",
                    "Mijn voorschot was {amount}, nu opeens {amount#2}", "Vorig jaar zat ik op {meter_reading} totaal"]
P["nega:energy"] = ["Ik heb je meterstand van {meter_reading} op {date} verwerkt.", "Je nieuwe termijnbedrag wordt {amount} per maand.",
                    "De jaarafrekening volgt rond {date}.", "Je kunt je standen ook doorgeven via {url}."]
P["negc:dev"] = ["request id {request_id}", "we draaien SDK {version_string}", "response: HTTP {error_code}, x-request-id {request_id}",
                 "sha256 van de build: {checksum}", "webhook naar {url} op poort {port} faalt"]
P["nega:dev"] = ["Kun je het request id meesturen? Bijvoorbeeld {request_id}.", "We zien een piek in {error_code}-responses sinds {time}.",
                 "Upgrade naar {version_string}; de checksum van het pakket is {checksum}.", "Status updates vind je op {url}."]
P["negc:travel"] = ["vlucht {flight_number} op {date}", "boekingsnummer {order_number}", "vertrek om {time} vanaf Schiphol",
                    "ik betaalde {amount} extra voor bagage"]
P["nega:travel"] = ["Vlucht {flight_number} vertrekt nu om {time}.", "Je boeking {order_number} is omgezet naar {date}.",
                    "Je hebt recht op een compensatie van {amount}.", "Meer info over je rechten lees je op {url}."]

# ---------------------------------------------------------------- bots, sms
P["bot_a"] = ["Hoi! Ik ben de digitale assistent van {brand}. Waar kan ik je mee helpen?",
              "Ik verbind je door met een medewerker. De gemiddelde wachttijd is 4 minuten.",
              "Kies een onderwerp: 1) Internet 2) Facturen 3) Verhuizen",
              "Sorry, dat begreep ik niet. Probeer het anders te formuleren.",
              "Je gesprek is gestart op {date} om {time}."]
P["sms"] = ["{brand}: Je verificatiecode is {otp}. Deel deze code met niemand.",
            "Uw eenmalige code voor {brand} is {otp}. Geldig 10 minuten.",
            "{otp} is je code om in te loggen bij {brand}. Niet aangevraagd? Bel {company_phone}.",
            "Gebruik {otp} om je betaling van {amount} te bevestigen.",
            "Je tijdelijke wachtwoord is {password}. Wijzig het na het inloggen.",
            "{brand}: Uw nieuwe PUK-code is {puk}."]
P["fwd_sms_c"] = ["dit sms'je kreeg ik net:", "Is dit echt van jullie? Ik kreeg:", "Kreeg deze sms, maar ik heb niks aangevraagd",
                  "kijk:", "Doorgestuurd bericht:"]

# ---------------------------------------------------------------- relatives / elderly / family chats
P["elder_open"] = ["Geachte heer, mevrouw,", "GOEDEMORGEN IK HEB EEN VRAAG", "Beste mensen van {brand},",
                   "Hallo mevrouw, ik ben niet zo handig met de computer.", "Geachte klantenservice", "Goedendag, hier meneer {surname}."]
P["fam_misc"] = ["ok {parent}, ik kijk het na", "Top, dank je", "Heb je de brief van de bank nog?", "ik snap er niks van",
                 "Bel je me vanavond?", "Ja", "Er staat iets in het rood op het scherm"]
P["dict_intro"] = ["(ingesproken via spraak, sorry voor de fouten)", "Verstuurd met spraakherkenning",
                   "sorry ik spreek dit in want ik zit in de auto", "dit is gedicteerd"]

# ---------------------------------------------------------------- transcripts, e-mail
P["tr_intro"] = ["Hierbij het gesprek met jullie collega van gisteren, want het probleem is nog niet opgelost:",
                 "Ik plak hieronder de chat, dan hoef ik niet alles opnieuw uit te leggen.", "Zie onderstaand chatgesprek.",
                 "Dit is de chat van {date}:", "Kopie van het WhatsApp gesprek:"]
P["tr_outro"] = ["Zoals je ziet is er niks gebeurd. Graag een reactie.", "Kunnen jullie dit oppakken?", "Ik wacht nog steeds.",
                 "Ik wil dit nu echt opgelost hebben."]
P["mail_greet"] = ["Beste {brand},", "Geachte heer/mevrouw,", "Hallo,", "Beste klantenservice,", "Goedendag,", "Beste {agent},"]
P["mail_close"] = ["Met vriendelijke groet,", "Groet,", "Alvast bedankt,", "Vriendelijke groeten,", "Mvg,", "Hartelijke groet,"]
P["mail_req"] = ["Kunnen jullie dit zo snel mogelijk oplossen?", "Ik hoor graag binnen een week van jullie.",
                 "Graag een schriftelijke bevestiging.", "Kunt u mij laten weten wat de volgende stap is?",
                 "Ik verwacht een oplossing, anders stap ik over."]
P["mail_ctx"] = ["Ik ben al jaren tevreden klant, maar dit valt me echt tegen.",
                 "Ik heb het op verschillende manieren geprobeerd, ook via de app.",
                 "Mijn buurman had hetzelfde probleem, dus het ligt niet aan mij.",
                 "Uw collega aan de telefoon zei dat het binnen twee dagen opgelost zou zijn, maar er is niets gebeurd.",
                 "Ik werk overdag, dus bellen lukt moeilijk.", "Voor de volledigheid stuur ik alle gegevens mee."]

# ---------------------------------------------------------------- agent macros
P["macro_a"] = [
    "Hoi {name},\n\nBedankt voor je bericht. Ik heb je bestelling {order_number} bekeken en zie dat het pakket op {date} is verstuurd met trackingnummer {tracking_number}. Het zou binnen 1-2 werkdagen bezorgd moeten worden.\n\nGroetjes, {agent}",
    "Beste {name}, wat vervelend dat je niet kunt inloggen. Via {url} kun je zelf een nieuw wachtwoord aanvragen. Deel je wachtwoord of pincode nooit met ons of met anderen. Groet, {agent}",
    "Hi {name}! Ik zie dat je kaart eindigend op {card:last4} is geblokkeerd na drie foute pogingen. Een nieuwe pas is onderweg, deze ontvang je binnen 5 werkdagen. ^{agent}",
    "Dag {name}, we hebben je terugbetaling van {amount} verwerkt naar de rekening {iban:mask}. Houd rekening met 3-5 werkdagen. Met vriendelijke groet, {agent} | {brand}",
    "Hoi {name}, je nummer {phone:mask} is weer actief. Je kunt je simkaart ontgrendelen met de PUK-code die op je simkaarthouder staat of in Mijn {brand}. Lukt het niet? Bel {company_phone}.",
    "Beste {name},\n\nUw meterstand van {meter_reading} is op {date} verwerkt. Het nieuwe termijnbedrag wordt {amount}. Ticketnummer: {ticket_number}.\n\nMet vriendelijke groet,\n{agent}\nKlantenservice {brand}",
    "Hey {name}, de storing in jouw regio is verholpen om {time}. Start je modem ({model_number}) nog één keer opnieuw op. Blijft het probleem? Reageer dan op dit bericht met referentie {ticket_number}.",
    "Hoi {name}, we sturen de verificatiecode naar {email:mask}. Geen mail ontvangen? Kijk even in je spam. Groet, {agent}",
]
P["macro_leak"] = [
    "Hoi {name}, ik heb je wachtwoord gereset. Je tijdelijke wachtwoord is {password}. Wijzig dit direct na het inloggen via {url}.",
    "Beste {name}, de PUK-code van je simkaart met nummer {phone} is {puk}. Let op: na 10 foute pogingen is de sim definitief geblokkeerd.",
    "Dag {name}, we hebben je adres gewijzigd naar {address}. Je volgende factuur wordt naar dit adres gestuurd.",
    "Hi {name}, ik heb het e-mailadres op je account aangepast naar {email}. Je klantnummer blijft {customer_number}.",
    "Hoi {name}, je nieuwe wifi-sleutel is {wifi_key}. De netwerknaam blijft {ssid}.",
    "Beste {name}, ter bevestiging: de terugbetaling van {amount} gaat naar {iban} t.n.v. {fullname}.",
    "Hoi {name}, je inlognaam is {username}. Een nieuw wachtwoord kun je instellen via {url}.",
]
P["macro_ph"] = [
    "Beste {{klantnaam}},\n\nBedankt voor uw bericht over bestelling {{order_number}}. Wij nemen binnen {{x}} werkdagen contact met u op.\n\nMet vriendelijke groet,\n{agent}",
    "Hoi [NAAM], je verificatiecode is <code>. Deel deze nooit met anderen. ^{agent}",
    "Beste klant, uw nieuwe PIN is [PIN] en uw PUK is [PUK]. Bewaar deze gegevens goed.",
    "Hallo {{voornaam}}, je ticket {ticket_number} is aangemaakt. We hebben je gegevens ({{email}}, {{telefoon}}) genoteerd.",
]
P["sig_a"] = ["{agent}\nWebcare {brand}\n{url}",
              "Met vriendelijke groet,\n\n{agentfull}\nKlantenservice | {brand}\nT {company_phone}\nKvK {company_registration}",
              "Groetjes, {agent} 😊", "Team {brand}\nBereikbaar ma-vr {time:open}-{time:close} via {company_phone}"]

# ---------------------------------------------------------------- public
P["pub_c"] = ["{mention} al 3 dagen geen internet en niemand die reageert {hashtag}",
              "Nou {mention}, pakket {tracking_number} ligt al een week 'in sorteercentrum' {hashtag}",
              "{mention} waarom is mijn rekening weer {amount} hoger dan vorige maand?!",
              "Top geholpen door {mention}, binnen 10 min opgelost {hashtag}", "{mention} storing in {city}? Modem geeft {error_code}",
              "Wanneer krijg ik nou eens antwoord {mention}? Ticket {ticket_number} {hashtag}",
              "{hashtag} {mention} app crasht sinds update {version_string}"]
P["pub_leak"] = ["{mention} bel me gewoon terug op {phone} want dit schiet niet op",
                 "{mention} mijn mail is {email}, stuur me die link nou", "{mention} bestelling {order_number}, adres {address}, nog steeds niks ontvangen",
                 "{mention} klantnummer {customer_number}, wanneer wordt dit opgelost??",
                 "{mention} ik heb {password} als wachtwoord en het werkt gewoon niet {hashtag}",
                 "{mention} die sms code {otp} doet het niet, en nu?"]
P["pub_a"] = ["Hoi! Wat vervelend. Stuur ons een DM met je klantnummer, dan kijken we met je mee. Deel geen persoonlijke gegevens hier. ^{agent}",
              "Hé, dat willen we oplossen! Zou je je postcode en huisnummer via een privébericht willen sturen?",
              "Sorry voor het wachten! We hebben je DM beantwoord 🙂",
              "Let op: deel nooit je wachtwoord of codes openbaar. Verwijder je bericht even? We sturen je een DM."]

P["sig_labels"] = ["Tel:", "Mobiel:", "T:", "Tel.", "06:"]
P["sig_cn"] = ["Klantnummer:", "Klantnr.", "Contractnummer:"]

P["NOUNS"] = {
    "password": ["wachtwoord", "password", "ww", "inlogwachtwoord"],
    "pin": ["pincode", "pin", "code van je pas", "toegangscode"],
    "puk": ["PUK-code", "puk", "pukcode"],
    "otp": ["sms-code", "verificatiecode", "code die je net kreeg", "inlogcode"],
    "wifi_key": ["wifi-wachtwoord", "netwerksleutel", "wifi code", "WPA-sleutel"],
    "username": ["gebruikersnaam", "inlognaam", "username"],
    "api_key": ["API key", "api-sleutel"],
    "token": ["token", "access token"],
    "card": ["kaartnummer", "pasnummer", "creditcardnummer"],
    "cvv": ["cvc", "beveiligingscode", "cvv-code"],
    "iban": ["IBAN", "rekeningnummer", "bankrekeningnummer"],
    "bsn": ["BSN", "burgerservicenummer", "sofinummer"],
    "card_expiry": ["vervaldatum", "geldigheidsdatum"],
    "email": ["mailadres", "e-mailadres", "email"],
    "phone": ["telefoonnummer", "06-nummer", "mobiele nummer"],
    "address": ["adres", "woonadres", "nieuwe adres"],
    "date_of_birth": ["geboortedatum", "geb. datum"],
    "ip_address": ["IP-adres", "ip"],
    "customer_number": ["klantnummer", "klantnr", "contractnummer", "abonneenummer"],
}

# ---------------------------------------------------------------- extra hard negatives (written in pairs so both halves get each kind)
P["negx_c"] = [
    "Ik ben al klant sinds {year}", "Het modem is nog van {year}, misschien ligt het daaraan?",
    "Jullie prijzen zijn met {percentage} omhoog gegaan", "De batterij van de telefoon staat nog maar op {percentage}",
    "Ik heb {quantity} besteld maar er zaten er minder in de doos", "Er zijn {quantity} onderweg volgens de app",
    "Het gaat om mijn zaak, KvK-nummer {company_registration}", "Op de factuur staat jullie BTW-nummer {company_registration}, klopt dat wel?",
    "De app-download had checksum {checksum}, is dat de goede?", "In de logs zie ik hash {checksum}",
    "In de foutmelding staat referentie {request_id}", "Support-ID uit de app: {request_id}",
    "Het artikelnummer is {product_code}", "Op de doos staat EAN {product_code}",
    "Het gaat om factuur {invoice_number}", "Factuurnummer {invoice_number} is nog niet betaald volgens jullie",
    "Mijn ordernummer is {order_number}", "Dit gaat over bestelling {order_number}",
    "De camera gebruikt poort {port}", "Ik heb poort {port} al opengezet in de router",
    "We vliegen met {flight_number}", "Onze vlucht was {flight_number}",
]
P["negx_a"] = [
    "Ik zie dat je sinds {year} klant bent, dank voor je trouw!", "Dat type modem wordt sinds {year} niet meer ondersteund.",
    "Je krijgt {percentage} korting op je volgende factuur.", "Tijdens de storing was {percentage} van de regio getroffen.",
    "Er zijn {quantity} nagestuurd.", "Ik zie dat je {quantity} hebt besteld.",
    "{brand} B.V., KvK {company_registration}", "Ons BTW-nummer is {company_registration}.",
    "Controleer of de checksum {checksum} overeenkomt.", "De juiste hash van het bestand is {checksum}.",
    "Noem bij contact het referentienummer {request_id}.", "Je aanvraag heeft ID {request_id}.",
    "Het vervangende product heeft artikelnummer {product_code}.", "Artikel {product_code} is weer op voorraad.",
    "Factuur {invoice_number} is gecrediteerd.", "De creditnota hoort bij factuur {invoice_number}.",
    "Bestelling {order_number} is geannuleerd.", "Ik heb bestelling {order_number} voor je teruggevonden.",
    "Zet poort {port} open voor UDP.", "Gebruik poort {port} in plaats van de standaardpoort.",
    "Vlucht {flight_number} is vertraagd.", "Je bent omgeboekt naar {flight_number}.",
]
P["quote_hdr"] = ["Op {weekday} {date:full} om {time:hm} schreef {agentfull} <{email#agent}>:",
                  "{date:full} {time:hm}, {agentfull} <{email#agent}>:",
                  "Op {date:full} {time:hm} schreef Klantenservice {brand}:",
                  "{agentfull} schreef op {date:full}:"]
P["orig_hdr"] = ["-----Oorspronkelijk bericht-----\nVan: {agentfull} <{email#agent}>\nVerzonden: {date:full} {time:hm}\nOnderwerp: RE: uw vraag {ticket_number}",
                 "Van: {agentfull} <{email#agent}>\nDatum: {date:full} om {time:hm}\nAan: {email}\nOnderwerp: Uw ticket {ticket_number}",
                 "-------- Doorgestuurd bericht --------\nVan: {brand} Klantenservice\nDatum: {date:full}\nOnderwerp: Uw aanvraag {ticket_number}",
                 "-----Oorspronkelijk bericht-----\nVan: Webcare {brand}\nVerzonden: {date:full}\nOnderwerp: Uw bericht"]

P["rel_open"] = ["Goedemiddag, ik schrijf namens mijn moeder van 86, zij heeft geen computer.",
                 "Hallo, ik help mijn vader even, hij komt er zelf niet uit.",
                 "Ik regel de zaken van {relname} {surname} sinds de opname in het verpleeghuis.",
                 "Mijn schoonvader vroeg of ik jullie kon mailen.", "Namens mijn oma: ze krijgt steeds brieven over haar account.",
                 "Ik mail voor mijn buurvrouw van 91, zij heeft me gevraagd dit te regelen."]
P["fam_intro"] = ["Hieronder het appje van {parentref}, kunnen jullie helpen?",
                  "{parentref} stuurde me dit, ik weet niet wat ik ermee moet:",
                  "Ik heb het gesprek met {parentref} hieronder geplakt zodat jullie zien wat er aan de hand is",
                  "Dit is wat {parentref} me appte:", "Zie de chat met {parentref} hieronder."]
P["fam_ask"] = ["{parent} wat is je {what}? dan regel ik het even", "{parent} stuur je {what} even, ik log wel voor je in",
                "{parent}, kun je je {what} even opzoeken?", "wat is die {what} ook alweer {parent}?", "stuur me je {what} maar dan bel ik ze",
                "heb je je {what} ergens opgeschreven?"]
P["fam_ans"] = ["{v}", "Het is {v} lieverd", "dat is {v} denk ik. of was het anders", "Ik heb het opgeschreven in het boekje: {v}",
                "{v} xx", "Staat op het briefje op de koelkast: {v}"]
P["subj"] = ["Onderwerp: Klacht", "Onderwerp: Re: uw vraag [{ticket_number}]", "Onderwerp: RE: {ticket_number}",
             "Onderwerp: Dringend", "Onderwerp: Vraag over mijn account", "Onderwerp: Fwd: uw melding {ticket_number}"]

# value before its cue
P["give:email"] += ["{email} is mijn mailadres", "{email} (privé)"]
P["give:customer_number"] += ["{customer_number} is mijn klantnummer", "{customer_number} staat op de brief"]
P["give:phone"] += ["{phone} is mijn nummer", "{phone} - overdag bereikbaar"]
P["give:pin"] += ["{pin} is de pincode die ik altijd gebruik", "{pin} heb ik ingetoetst"]
P["give:otp"] += ["{otp} is de code die ik kreeg", "{otp} ← deze kreeg ik"]
P["give:password"] += ["{password} is het wachtwoord dat ik heb ingesteld", "{password} werkt niet als wachtwoord"]
P["give:iban"] += ["{iban} is mijn rekening", "{iban} staat op mijn naam"]
P["tiny"] = ["ok", "Dank je!", "👍", "top", "nog steeds niks", "Oké, ik wacht wel", "Bedankt!!", "hallo??", "Lukt nu, dank",
             "kan iemand reageren?"]
