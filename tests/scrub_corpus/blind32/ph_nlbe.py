# -*- coding: utf-8 -*-
"""Flemish (nl-be) phrasings.  Keys missing here fall back to the Dutch pack."""

P = {}

P["greet_c"] = ["Hallo", "Dag", "Goeiemiddag", "Hey", "Goeienavond", "Dag meneer/mevrouw", "hallo, ne vraag",
                "Goeiedag", "Hoi allemaal"]
P["greet_a"] = [
    "Dag {name}, met {agent} van de klantendienst van {brand}. Waarmee kan ik helpen?",
    "Hallo {name}! {agent} hier. Ik bekijk uw vraag even.",
    "Goeiemiddag, u spreekt met {agent}. Hoe kan ik u verder helpen?",
    "Hey {name}, merci voor uw bericht! Ik ben {agent} 🙂",
    "Dag! Fijn dat ge ons contacteert, ik ben {agent} van {brand}.",
    "Goeienavond {name}, {agent} hier van het socialmediateam.",
]
P["close_c"] = ["Merci!", "Merci voor de hulp, nog een fijne dag", "ok top", "Allez, eindelijk, dank u", "Merci hé",
                "Super, merci {agent}!", "Oké, ik wacht dan af", "Da's opgelost, bedankt"]
P["close_a"] = ["Graag gedaan! Nog een fijne dag.", "Blij dat het gelukt is. Groetjes, {agent}",
                "Als er nog iets is, laat gerust iets weten.", "Ik sluit dit gesprek af. Nog een fijne avond!",
                "Uw dossier staat onder nummer {ticket_number}. Prettig weekend!", "Merci voor uw geduld en sorry voor het ongemak."]
P["ack_a"] = ["Merci, ik kijk het even na.", "Oké, een momentje.", "Dank u, ik zoek het op.", "Goed ontvangen 👍",
              "Ik zie uw dossier nu.", "Top, ik bekijk het."]
P["fill_c"] = ["ben er nog", "??", "hallo?", "allez?", "amai dat duurt", "ok", "sorry was efkes weg", "en?", "ja", "nog altijd niks"]
P["fill_a"] = ["Een ogenblikje aub.", "Ik ben er nog, het systeem is wat traag.", "Merci voor uw geduld!",
               "Ik overleg efkes met een collega.", "Zijt ge er nog, {name}?", "Ik heb het doorgestuurd naar de technische dienst."]
P["stall_c"] = ["moment ik zoek het efkes", "wacht, moet het op mijn gsm opzoeken", "ligt in de schuif, ik pak het",
                "euh waar staat da?", "efkes aan mijn vrouw vragen", "seconde, ik heb het ergens opgeschreven"]
P["stall_a"] = ["Geen probleem, ik wacht even.", "Neem gerust uw tijd.", "Dat staat meestal bovenaan op uw factuur.",
                "Laat maar weten als ge het gevonden hebt."]
P["refuse_c"] = ["Da stuur ik liever niet via de chat", "Moet da echt? Vind ik niet zo veilig eerlijk gezegd",
                 "kan ik da niet beter telefonisch doorgeven?", "heb ik nu niet bij de hand"]
P["refuse_a"] = ["Geen probleem, ge kunt ons ook bellen op {company_phone}.", "Begrijpelijk. Meld u dan aan via {url} met itsme.",
                 "Dat snap ik. Wij vragen nooit naar uw pincode of de codes van uw kaartlezer.",
                 "Oké, ik maak dossier {ticket_number} aan en we bellen u terug."]
P["echo_mask_a"] = ["Merci, ik zie het nummer dat eindigt op {vm}.", "Gevonden: {vm}, klopt dat?", "Ik heb {vm} genoteerd.",
                    "Bij ons staat {vm} geregistreerd, is dat juist?"]
P["echo_leak_a"] = ["Merci, ik heb {v} genoteerd.", "Even checken: {v}, klopt da?", "Ik probeer het met {v}.",
                    "Dus {v}? Dan pas ik het aan.", "Met {v} krijg ik een foutmelding."]
P["mismatch_a"] = ["Hmm, dat komt niet overeen met wat ik hier zie. Kunt ge het nog eens nakijken?",
                   "Die gegevens vind ik niet terug.", "Da lijkt niet te kloppen, misschien een tikfoutje?"]
P["ans_c"] = ["{v}", "{v}", "'t is {v}", "{v} normaal gezien", "Da's {v}", "hier: {v}", "euh {v}", "{v} denk ik", "is {v}"]
P["late_c"] = ["o ja, en die code van daarnet: {v}", "Sorry, nu pas gezien: {v}", "gevonden! {v}", "wat ge vroeg: {v}",
               "Was nog vergeten: {v}"]
P["corr_c"] = ["sorry tikfout, 't is {v} en niet {w}", "wacht, {w} klopt niet. Moet {v} zijn", "oei, {v} bedoel ik",
               "correctie: {v} (niet {w})", "nee, {v}. Die andere was van mijn vorig abonnement"]
P["askg_a"] = ["Mag ik uw {what}?", "Wat is uw {what}?", "Kunt ge uw {what} efkes doorsturen?",
               "Om u te identificeren heb ik uw {what} nodig.", "Stuurt ge mij uw {what}?"]

P["open:login"] = ["Ik geraak niet meer in mijn account, er staat altijd 'ongeldige gegevens'",
                   "Wachtwoord vergeten en de mail om het te resetten komt niet toe",
                   "Mijn account is geblokkeerd na te veel pogingen, foutcode {error_code}",
                   "Sinds de update ({version_string}) kan ik niet meer aanmelden in de app",
                   "Aanmelden via itsme lukt niet meer sinds {date}"]
P["open:otp"] = ["Ik krijg de sms-code niet binnen om aan te melden", "De code van de digipass werkt niet",
                 "Nieuwe gsm en nu werkt de tweestapsverificatie niet meer",
                 "Ik krijg codes binnen terwijl ik niks aanvraag, is da normaal?",
                 "De app vraagt een activatiecode maar ik heb geen brief gekregen"]
P["open:wifi"] = ["Nieuwe modem gekregen ({model_number}) maar de wifi werkt niet",
                  "Internet valt de hele tijd weg, lampje knippert rood", "Ik ben het wifi-wachtwoord kwijt van de modem",
                  "Mijn laptop wil niet verbinden met {ssid}", "Sinds de panne van {date} is het internet heel traag",
                  "De decoder zegt geen verbinding en de wifi-booster knippert"]
P["open:sim"] = ["Mijn simkaart is geblokkeerd, drie keer de verkeerde pincode ingegeven",
                 "Mijn gsm vraagt een PUK-code, waar vind ik die?", "Nieuwe simkaart gekregen maar hij is nog niet geactiveerd",
                 "eSIM overzetten naar mijn nieuwe gsm lukt niet, foutmelding {error_code}",
                 "Mijn zoon heeft zijn sim geblokkeerd, hij zit op mijn abonnement"]
P["open:card"] = ["Mijn bankkaart is ingeslikt door de automaat in {city}",
                  "Er staan betalingen op mijn rekening die ik niet ken, {amount} bij een webshop",
                  "Ik ben mijn bankkaart kwijt, kan ik die laten blokkeren?", "Mijn Bancontact wordt geweigerd aan de kassa",
                  "Nieuwe kaart ontvangen maar nog geen pincode"]
P["open:refund"] = ["Ik heb bestelling {order_number} teruggestuurd maar nog altijd geen geld terug",
                    "Ik wacht al drie weken op mijn terugbetaling van {amount}",
                    "Verkeerd artikel ontvangen, ik wil mijn geld terug",
                    "Mijn retourpakje is volgens de tracking op {date} bij jullie aangekomen"]
P["open:delivery"] = ["Mijn pakje staat al vier dagen op 'onderweg'", "De koerier zegt dat er niemand thuis was maar ik was thuis!",
                      "Kan ik het leveradres nog aanpassen? Ik ben verhuisd",
                      "Pakje {tracking_number} is afgeleverd op een adres dat ik niet ken",
                      "Kan het pakje naar een afhaalpunt in plaats van thuis?"]
P["open:identity"] = ["Ik moet mijn gegevens aanpassen bij het ziekenfonds",
                      "Waarom vragen jullie mijn rijksregisternummer?",
                      "Ik wil mijn dochter inschrijven, wat hebt ge allemaal nodig?",
                      "Ik kreeg een brief dat mijn gegevens niet kloppen"]
P["open:energy"] = ["Ik wil mijn meterstanden doorgeven maar de website geeft een fout",
                    "Mijn voorschot is verhoogd naar {amount} per maand, hoe komt da?",
                    "We verhuizen op {date}, hoe zeg ik het contract op?",
                    "De jaarafrekening klopt niet, ik heb veel minder verbruikt",
                    "De digitale meter van Fluvius geeft rare waarden"]
P["open:device"] = ["Ik ben de code van mijn gsm vergeten", "Het alarm piept en vraagt een code die ik niet meer weet",
                    "De tablet van mijn moeder staat op slot na een update", "De code van de pakjesautomaat werkt niet"]
P["open:billing"] = ["Er is twee keer {amount} gedomicilieerd voor dezelfde maand",
                     "Ik wil overschakelen naar domiciliëring", "Factuur {invoice_number} klopt niet, er staat een optie op die ik niet heb",
                     "Mijn domiciliëring is mislukt, krijg ik nu een boete?", "Waarom is mijn abonnement {percentage} duurder?"]
P["open:travel"] = ["Mijn trein naar {city} is afgeschaft en ik wil een terugbetaling",
                    "Vlucht {flight_number} geannuleerd, hoe krijg ik mijn geld terug?",
                    "Ik moet de naam op mijn ticket aanpassen", "Mijn bagage is kwijt na vlucht {flight_number}"]

P["ask:password"] = ["Welk wachtwoord hebt ge ingesteld op de modem?", "Wat typt ge juist in als wachtwoord? Let op hoofdletters.",
                     "Welk tijdelijk wachtwoord hebt ge van ons gekregen?"]
P["ask:pin"] = ["Welke pincode hebt ge ingegeven?", "Weet ge de pincode van de simkaart nog? Die staat op de houder.",
                "Wat is de code die ge op het alarmpaneel intoetst?"]
P["ask:puk"] = ["Hebt ge de PUK-code bij de hand? Die staat op het kaartje van uw sim.", "Kunt ge de PUK-code doorsturen?",
                "Welke PUK hebt ge geprobeerd?"]
P["ask:otp"] = ["Ik heb u net een code gestuurd per sms. Kunt ge die hier doorgeven?", "Welke code ziet ge op uw kaartlezer?",
                "Ge krijgt nu een verificatiecode per mail, mag ik die?", "Wat is de code die ge net ontvangen hebt?"]
P["ask:wifi_key"] = ["Welke netwerksleutel staat er op de sticker onderaan de modem?", "Wat vult ge in als wifi-wachtwoord?",
                     "Kunt ge de WPA-sleutel nakijken op de achterkant?"]
P["ask:username"] = ["Wat is uw gebruikersnaam?", "Met welke login meldt ge u aan?", "Welke gebruikersnaam staat er in de app?"]
P["ask:card"] = ["Wat is het nummer van de kaart die ge wilt blokkeren?", "Over welke kaart gaat het? Mag ik het kaartnummer?",
                 "Met welke kaart hebt ge betaald?"]
P["ask:cvv"] = ["En de veiligheidscode achteraan?", "Wat is de CVC-code van de kaart?"]
P["ask:iban"] = ["Op welk rekeningnummer mogen we het terugstorten?", "Mag ik uw IBAN voor de terugbetaling?",
                 "Van welk rekeningnummer moet de domiciliëring vertrekken?"]
P["ask:bsn"] = ["Mag ik uw rijksregisternummer ter controle?", "Wat is het rijksregisternummer van de aangeslotene?",
                "Kunt ge het rijksregisternummer van uw dochter doorgeven? Het staat op de achterkant van de eID."]
P["ask:card_expiry"] = ["Wat is de vervaldatum van de kaart?", "Tot wanneer is de kaart geldig?"]
P["ask:email"] = ["Op welk e-mailadres wilt ge de bevestiging?", "Met welk mailadres zijt ge geregistreerd?",
                  "Wat is uw e-mailadres, dan stuur ik een link?"]
P["ask:phone"] = ["Op welk nummer kunnen we u terugbellen?", "Wat is uw gsm-nummer?", "Naar welk nummer mag de sms?"]
P["ask:address"] = ["Wat is uw nieuw adres?", "Op welk adres moet het pakje geleverd worden?", "Wat is het installatieadres?",
                    "Kunt ge uw straat, huisnummer en postcode doorgeven?"]
P["ask:date_of_birth"] = ["Wat is uw geboortedatum?", "Mag ik ter controle uw geboortedatum?"]
P["ask:ip_address"] = ["Kunt ge uw IP-adres doorgeven?", "Welk publiek IP-adres hebt ge nu?"]
P["ask:customer_number"] = ["Wat is uw klantennummer? Dat staat op uw factuur.", "Mag ik uw klantnummer?",
                            "Wat is het nummer van uw contract?", "Hebt ge uw klantennummer bij de hand?"]

P["give:password"] = ["mijn wachtwoord is {password} maar hij aanvaardt het niet", "paswoord: {password}",
                      "Ik heb nieuw paswoord {password} ingesteld en 't werkt nog altijd niet",
                      "het tijdelijk wachtwoord ({password}) werkt niet", "login {username} en paswoord {password}",
                      "Heb {password} en {password#2} al geprobeerd"]
P["give:pin"] = ["mijne pincode is {pin}", "Ik heb {pin} ingegeven, da's toch de standaard?", "de code van het alarm is {pin}",
                 "pin {pin} werkt niet meer sinds de nieuwe sim", "Ik dacht dat het {pin} was maar na drie keer zit hij vast"]
P["give:puk"] = ["PUK is {puk} maar hij zegt ongeldig", "op het kaartje staat PUK {puk}", "gevonden, de puk is {puk}",
                 "heb {puk} ingegeven maar niks"]
P["give:otp"] = ["ik kreeg code {otp} maar die werkt niet", "Verificatiecode: {otp}", "de sms zegt {otp}, wat moet ik daarmee",
                 "Kaartlezer geeft {otp}", "kreeg twee codes, {otp} en {otp#2}, welke is het?"]
P["give:wifi_key"] = ["wifi paswoord {wifi_key} werkt niet", "Netwerk {ssid}, sleutel {wifi_key}",
                      "op de sticker staat {wifi_key} maar hij zegt verkeerd wachtwoord", "ik heb de wifi veranderd naar {wifi_key}"]
P["give:username"] = ["mijn gebruikersnaam is {username}", "login: {username}", "ik meld me aan met {username}",
                      "gebruiker {username} zegt 'onbekend'"]
P["give:card"] = ["kaartnummer {card}", "het gaat om de kredietkaart {card}, geldig tot {card_expiry}",
                  "Mijn kaart: {card} vervalt {card_expiry} code {cvv}", "betaald met {card}"]
P["give:cvv"] = ["de cvc is {cvv}", "code achteraan: {cvv}", "veiligheidscode {cvv}"]
P["give:iban"] = ["mijn rekeningnummer is {iban}", "terugstorten op {iban} op naam van {fullname} aub", "IBAN: {iban}",
                  "rekening {iban} (die van mijn man)"]
P["give:bsn"] = ["mijn rijksregisternummer is {bsn}", "rijksregisternr {bsn}", "RRN van mijn dochter: {bsn}",
                 "nationaal nummer {bsn}"]
P["give:card_expiry"] = ["vervaldatum {card_expiry}", "geldig tot {card_expiry}", "vervalt {card_expiry}"]
P["give:email"] = ["mijn mail is {email}", "ge kunt mij mailen op {email}", "account staat op {email}", "e-mail: {email}",
                   "stuur het maar naar {email} aub"]
P["give:phone"] = ["bel mij maar op {phone}", "mijn gsm is {phone}", "gsm: {phone}", "Ik ben bereikbaar op {phone} na {time}",
                   "tel {phone}"]
P["give:address"] = ["mijn adres is {address}", "nieuw adres: {address}", "leveren op {address} aub", "Ik woon in de {address}",
                     "we zijn verhuisd naar {address}"]
P["give:date_of_birth"] = ["geboortedatum {date_of_birth}", "ik ben geboren op {date_of_birth}", "°{date_of_birth}"]
P["give:ip_address"] = ["mijn ip is {ip_address}", "publiek IP: {ip_address}"]
P["give:customer_number"] = ["klantennummer {customer_number}", "mijn klantnummer is {customer_number}", "klantnr: {customer_number}",
                             "contractnummer {customer_number}, meterstand {meter_reading}"]

P["negc:gen"] = ["ik heb al gebeld naar {company_phone} maar na een half uur ingehaakt",
                 "Mijn vorig dossier was {ticket_number} maar daar is niks mee gebeurd",
                 "Al de derde keer sinds {date} dat ik contact opneem", "Gisteren om {time} al een bericht gestuurd"]
P["nega:gen"] = ["Ik heb een dossier aangemaakt met nummer {ticket_number}.", "Ge kunt ons ook bellen op {company_phone}, tot {time}.",
                 "Meer info vindt ge op {url}.", "Uw aanvraag is op {date} om {time} geregistreerd."]
P["negc:tech"] = ["Foutcode {error_code} op het scherm", "Ik heb versie {version_string} van de app",
                  "Modem is een {model_number}, firmware {version_string}", "Krijg de melding '{error_code}' sinds {date}"]
P["nega:tech"] = ["Ik zie dat uw modem ({model_number}) nog op firmware {version_string} draait.",
                  "Foutcode {error_code} wil zeggen dat de verbinding geweigerd wordt.",
                  "Zet poort {port} open in uw modem en probeer opnieuw.",
                  "Er is een panne in uw regio, normaal opgelost rond {time}."]
P["negc:shop"] = ["Bestelnummer {order_number}", "trackingnummer: {tracking_number}", "het gaat om {quantity} van artikel {product_code}",
                  "Ik heb {amount} betaald op {date}"]
P["nega:shop"] = ["Ik zie uw bestelling {order_number} van {date}.", "Het pakje met nummer {tracking_number} ligt in het sorteercentrum.",
                  "Het bedrag van {amount} wordt binnen 14 dagen teruggestort.", "Ge krijgt {percentage} korting op uw volgende bestelling."]
P["negc:money"] = ["het gaat om {amount} op {date}", "Transactie van {time}, bedrag {amount}", "Factuur {invoice_number} van {amount}",
                   "mijn kaart eindigt op {card:last4}"]
P["nega:money"] = ["Ik zie een betaling van {amount} op {date}, bedoelt ge die?", "De kaart die eindigt op {card:last4} is nu geblokkeerd.",
                   "Het bedrag van {amount} wordt binnen 3 werkdagen vrijgegeven.", "De rekening {iban:mask} staat als domiciliëringsrekening."]
P["negc:energy"] = ["meterstand {meter_reading}", "stand op {date}: {meter_reading}", "dag {meter_reading} en nacht {meter_reading#2}",
                    "Mijn voorschot was {amount}, nu ineens {amount#2}"]
P["nega:energy"] = ["Ik heb uw meterstand van {meter_reading} op {date} verwerkt.", "Uw nieuw voorschot wordt {amount} per maand.",
                    "De jaarafrekening volgt rond {date}.", "Ge kunt uw meterstanden ook doorgeven via {url}."]
P["negc:travel"] = ["trein van {time} naar {city}", "vlucht {flight_number} op {date}", "boekingsnummer {order_number}",
                    "ik heb {amount} betaald voor het ticket"]
P["nega:travel"] = ["Uw trein van {time} had een vertraging van meer dan een uur.", "Vlucht {flight_number} vertrekt nu om {time}.",
                    "Ge hebt recht op een compensatie van {amount}.", "Vraag uw compensatie aan via {url}."]

P["bot_a"] = ["Dag! Ik ben de virtuele assistent van {brand}. Waarmee kan ik helpen?",
              "Ik verbind u door met een medewerker. Wachttijd: ongeveer 5 minuten.",
              "Kies een onderwerp: 1) Internet 2) Facturen 3) Verhuis", "Sorry, dat begreep ik niet."]
P["sms"] = ["{brand}: Uw verificatiecode is {otp}. Deel deze code met niemand.",
            "Uw eenmalige code voor {brand}: {otp}. Geldig 5 minuten.",
            "{otp} is uw aanmeldcode voor {brand}. Niet aangevraagd? Bel {company_phone}.",
            "Bevestig uw betaling van {amount} met code {otp}."]
P["fwd_sms_c"] = ["deze sms kreeg ik net:", "Is dit echt van jullie?", "Kreeg dit binnen, maar ik heb niks aangevraagd:", "zie hier:"]

P["elder_open"] = ["Geachte heer, mevrouw,", "GOEIEMORGEN IK HEB EEN VRAAG", "Beste mensen van {brand},",
                   "Dag mevrouw, ik ben niet zo goed met de computer.", "Geachte klantendienst"]
P["fam_misc"] = ["ok {parent}, ik kijk het na", "Merci hé", "Hebt ge de brief van de bank nog?", "ik snap er niks van",
                 "Belt ge mij deze avond?"]
P["dict_intro"] = ["(ingesproken, sorry voor de fouten)", "Verstuurd met spraak", "sorry ik spreek dit in, zit in de auto"]

P["tr_intro"] = ["Hierbij het gesprek met uw collega van gisteren, want het is nog altijd niet opgelost:",
                 "Ik plak hieronder de chat, dan moet ik niet alles opnieuw uitleggen.", "Zie onderstaande chat.",
                 "Dit is de chat van {date}:"]
P["tr_outro"] = ["Zoals ge ziet is er niks gebeurd.", "Kunnen jullie dit opvolgen aub?", "Ik wacht nog altijd.",
                 "Ik wil dit nu echt opgelost zien."]
P["mail_greet"] = ["Beste,", "Geachte heer/mevrouw,", "Dag,", "Beste klantendienst,", "Goeiedag,", "Beste {agent},"]
P["mail_close"] = ["Met vriendelijke groeten,", "Vriendelijke groeten,", "Alvast bedankt,", "mvg,", "Groetjes,"]
P["mail_req"] = ["Kunnen jullie dit zo snel mogelijk oplossen?", "Ik verwacht een antwoord binnen de week.",
                 "Graag een schriftelijke bevestiging.", "Wat is de volgende stap?"]
P["mail_ctx"] = ["Ik ben al jaren klant, maar dit valt echt tegen.", "Ik heb het al op verschillende manieren geprobeerd.",
                 "Mijn buurvrouw had hetzelfde probleem.", "Uw collega aan de telefoon beloofde dat het binnen twee dagen opgelost zou zijn.",
                 "Ik werk overdag, dus bellen is moeilijk."]

P["macro_a"] = [
    "Dag {name},\n\nMerci voor uw bericht. Uw bestelling {order_number} is op {date} vertrokken met trackingnummer {tracking_number}. Normaal wordt die binnen 1 à 2 werkdagen geleverd.\n\nGroetjes, {agent}",
    "Beste {name}, vervelend dat aanmelden niet lukt. Via {url} kunt ge zelf een nieuw wachtwoord aanvragen. Deel nooit uw wachtwoord of pincode, ook niet met ons. Groeten, {agent}",
    "Hallo {name}, uw kaart die eindigt op {card:last4} is geblokkeerd. Een nieuwe kaart is onderweg, ge ontvangt ze binnen 5 werkdagen. {agent}",
    "Dag {name}, we hebben uw terugbetaling van {amount} uitgevoerd naar {iban:mask}. Reken op 3 à 5 werkdagen.",
    "Beste {name},\n\nUw meterstand van {meter_reading} is verwerkt op {date}. Uw nieuw voorschot bedraagt {amount}. Dossiernummer: {ticket_number}.\n\nVriendelijke groeten,\n{agent}\nKlantendienst {brand}",
    "Hey {name}, de panne in uw regio is opgelost sinds {time}. Herstart uw modem ({model_number}) nog één keer. Blijft het probleem? Antwoord op dit bericht met referentie {ticket_number}.",
]
P["macro_leak"] = [
    "Dag {name}, ik heb uw wachtwoord gereset. Uw tijdelijk wachtwoord is {password}. Pas het meteen aan na het aanmelden.",
    "Beste {name}, de PUK-code van uw simkaart met nummer {phone} is {puk}.",
    "Dag {name}, uw adres is aangepast naar {address}. Uw volgende factuur wordt naar dit adres gestuurd.",
    "Hallo {name}, het e-mailadres van uw account is nu {email}. Uw klantennummer blijft {customer_number}.",
    "Dag {name}, uw nieuwe wifi-sleutel is {wifi_key}. De netwerknaam blijft {ssid}.",
]
P["macro_ph"] = ["Beste {{klantnaam}},\n\nMerci voor uw bericht over bestelling {{bestelnummer}}. We contacteren u binnen {{x}} werkdagen.\n\nVriendelijke groeten,\n{agent}",
                 "Dag [NAAM], uw code is <code>. Deel deze nooit. {agent}",
                 "Beste klant, uw nieuwe pincode is [PIN]. Bewaar deze goed."]
P["sig_a"] = ["{agent}\nKlantendienst {brand}\n{url}",
              "Met vriendelijke groeten,\n\n{agentfull}\nKlantendienst | {brand}\nT {company_phone}\nOndernemingsnummer {company_registration}",
              "Groetjes, {agent}"]

P["pub_c"] = ["{mention} al drie dagen geen internet en niemand die reageert {hashtag}",
              "Amai {mention}, pakje {tracking_number} ligt al een week in het sorteercentrum {hashtag}",
              "{mention} waarom is mijn factuur weer {amount} hoger?!", "Goed geholpen door {mention}, op 10 min opgelost {hashtag}",
              "{mention} panne in {city}? Modem geeft {error_code}", "{mention} wanneer krijg ik antwoord? Dossier {ticket_number} {hashtag}"]
P["pub_leak"] = ["{mention} bel mij gewoon terug op {phone}", "{mention} mijn mail is {email}, stuur die link nu eens",
                 "{mention} bestelling {order_number}, adres {address}, nog altijd niks", "{mention} klantnummer {customer_number}, wanneer is dit opgelost??",
                 "{mention} uw sms-code {otp} werkt niet eens"]
P["pub_a"] = ["Dag! Vervelend. Stuur ons een privébericht met uw klantennummer, dan kijken we mee. Deel hier geen persoonlijke gegevens. {agent}",
              "Hey, dat willen we oplossen! Stuurt ge ons uw adres via een privébericht?",
              "Opgelet: deel nooit uw wachtwoord of codes publiek. Verwijder uw bericht even, we sturen u een DM."]

P["sig_labels"] = ["Gsm:", "Tel.:", "GSM", "T."]
P["sig_cn"] = ["Klantennummer:", "Klantnr:", "Contract:"]

P["NOUNS"] = {
    "password": ["wachtwoord", "paswoord"],
    "pin": ["pincode", "geheime code"],
    "puk": ["PUK-code", "puk"],
    "otp": ["sms-code", "code van de kaartlezer", "verificatiecode"],
    "wifi_key": ["wifi-paswoord", "netwerksleutel"],
    "username": ["gebruikersnaam", "login", "aanmeldnaam", "loginnaam"],
    "card": ["kaartnummer", "nummer van uw bankkaart"],
    "cvv": ["veiligheidscode", "cvc"],
    "iban": ["IBAN", "rekeningnummer"],
    "bsn": ["rijksregisternummer", "nationaal nummer", "RRN"],
    "card_expiry": ["vervaldatum", "einddatum van de kaart"],
    "email": ["mailadres", "e-mailadres", "emailadres", "mail"],
    "phone": ["gsm-nummer", "telefoonnummer"],
    "address": ["adres", "domicilieadres"],
    "date_of_birth": ["geboortedatum", "geboortedag"],
    "customer_number": ["klantennummer", "klantnummer", "contractnummer"],
}

P["negx_c"] = [
    "Ik ben al klant sinds {year}", "De modem is nog van {year}",
    "Jullie zijn {percentage} duurder geworden", "Mijn gsm staat nog op {percentage} batterij",
    "Ik heb {quantity} besteld maar er zaten er minder in", "Er zijn {quantity} onderweg volgens de app",
    "Het is voor mijn zaak, ondernemingsnummer {company_registration}", "Op de factuur staat BTW {company_registration}, klopt da?",
    "Het gaat over factuur {invoice_number}", "Factuur {invoice_number} staat nog open volgens jullie",
    "Mijn bestelnummer is {order_number}", "Het gaat over bestelling {order_number}",
    "Het artikelnummer is {product_code}", "Op de doos staat {product_code}",
]
P["negx_a"] = [
    "Ik zie dat ge al klant zijt sinds {year}.", "Die modem wordt sinds {year} niet meer ondersteund.",
    "Ge krijgt {percentage} korting op uw volgende factuur.", "Tijdens de panne was {percentage} van de regio getroffen.",
    "{brand} NV, ondernemingsnummer {company_registration}", "Ons BTW-nummer is {company_registration}.",
    "Factuur {invoice_number} is gecrediteerd.", "De creditnota hoort bij factuur {invoice_number}.",
    "Bestelling {order_number} is geannuleerd.", "Ik heb bestelling {order_number} teruggevonden.",
]
P["quote_hdr"] = ["Op {weekday} {date:full} om {time:hm} schreef {agentfull} <{email#agent}>:",
                  "{agentfull} <{email#agent}> schreef op {date:full} om {time:hm}:",
                  "Op {date:full} om {time:hm} schreef Klantendienst {brand}:",
                  "Klantendienst {brand} schreef op {date:full}:"]

P["rel_open"] = ["Goeiemiddag, ik schrijf in naam van mijn moeder van 84, zij heeft geen computer.",
                 "Dag, ik help mijn vader efkes, hij geraakt er zelf niet uit.",
                 "Ik regel de zaken van {relname} {surname} sinds de verhuis naar het rusthuis.",
                 "Mijn schoonvader vroeg of ik jullie kon mailen.", "In naam van mijn meme: ze krijgt altijd brieven over haar account."]
P["fam_intro"] = ["Hieronder het berichtje van {parentref}, kunnen jullie helpen?",
                  "{parentref} stuurde mij dit, ik weet niet goed wat ermee te doen:",
                  "Ik plak hieronder de chat met {parentref} zodat ge ziet wat er scheelt", "Zie hieronder de chat met {parentref}."]
P["fam_ask"] = ["{parent} wat is uw {what}? dan regel ik het", "{parent} stuur efkes uw {what}, ik meld u wel aan",
                "{parent}, kunt ge uw {what} opzoeken?", "wat was die {what} weer?", "hebt ge uw {what} ergens opgeschreven {parent}?"]
P["fam_ans"] = ["{v}", "'t Is {v} schat", "da's {v} denk ik", "Ik heb het opgeschreven in mijn boekske: {v}", "{v} dikke kus",
                "Staat op het papierke: {v}"]
P["subj"] = ["Onderwerp: Klacht", "Onderwerp: RE: uw dossier [{ticket_number}]", "Onderwerp: Dringend",
             "Onderwerp: Vraag over mijn account", "Onderwerp: Opvolging dossier {ticket_number}"]

P["give:email"] += ["{email} is mijn mail", "{email} is het adres waarop ik geregistreerd ben"]
P["give:phone"] += ["{phone} is mijn gsm-nummer", "{phone} (gsm)"]
P["give:customer_number"] += ["{customer_number} is mijn klantennummer", "{customer_number} staat bovenaan de factuur"]
P["tiny"] = ["merci", "Merci!", "👍", "oké", "nog altijd niks", "Allez, ik wacht", "Super merci", "hallo??", "'t Werkt, merci",
             "kan er iemand antwoorden?"]
