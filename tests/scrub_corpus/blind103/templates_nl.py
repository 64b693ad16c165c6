# Dutch / Flemish templates. Slots: see generate_blind.py (SPAN_SLOTS, NEG_SLOTS, FILL_SLOTS).
# Literal macro braces are written as [[x]] and rendered as {x}.
T = {}

T[("nl", "child", "dm")] = [
    "Hoi, wij hebben per {date} een plekje voor {child} gekregen bij jullie. Hierbij de gegevens: geboortedatum {cdob}, {@bsn} {cbsn}. Adres is {addr}. Incasso graag van {iban} t.n.v. {name}",
    "goedemorgen, ik kom niet in het ouderportaal. gebruikersnaam {user} en wachtwoord {pw} , klopt dat niet meer?? moet {child} om {time} ophalen en wil even zien of ze gegeten heeft",
    "Kunnen jullie mijn telefoonnummer aanpassen? Nieuw nummer: {phone}. Oude nummer {phone2} werkt niet meer. Contractnummer {cust}",
    "De deurcode van de locatie is weer veranderd zeker? Mijn man probeerde {pin} maar de deur ging niet open. Wat is de nieuwe code?",
    "Hallo! Jullie hebben {amount} te veel afgeschreven deze maand ({pct} meer dan vorige maand). Factuur {invoice}. Kunnen jullie dat terugstorten op {iban}? Klantnr {cust}",
    "Voor de kinderopvangtoeslag heb ik een jaaropgave {year} nodig. Het gaat om {child} ({@bsn} {cbsn}, geboren {cdob}). Mailen naar {email} aub",
    "Hoi! Inlogcode van de app via sms kwam binnen: {otp}. Maar dan zegt ie 'code verlopen' ({err}). Ik gebruik versie {ver} op mn {model}",
    "Oma komt {child} morgen ophalen, ze heet {name} en is bereikbaar op {phone}. De code van het sleutelkastje bij de achteringang is {pin} toch?",
    "Ik wil de opvang opzeggen per {date}. contractnr: {cust}, ons adres {addr}. graag schriftelijke bevestiging naar {email}",
    "Wij verhuizen! Nieuw adres vanaf {date}: {addr}. Telefoon blijft {phone}. Groetjes {fname} (moeder van {child})",
]
T[("nl", "child", "pub")] = [
    "{mention} al 3 weken geen reactie op mijn opzegging, contractnummer {cust}. Bel me gewoon even op {phone} {tag}",
    "Dit is toch niet normaal {mention}, weer {amount} extra afgeschreven zonder uitleg {tag} {tag2}",
    "{mention} de app werkt al sinds {date} niet ({err}), ik zie de foto's van {child} niet meer. Versie {ver}",
    "Wachtlijst voor {brand} is nu {qty}?? We staan er al sinds {year} op {tag}",
    "{mention} hebben jullie mijn mail gezien? gestuurd vanaf {email} op {date}",
    "Heel blij met de juffen van de peutergroep 🥰 {tag} {mention}",
]
T[("nl", "child", "mail")] = [
    "Naar aanleiding van ons gesprek van {date} stuur ik hierbij de ontbrekende gegevens voor de plaatsingsovereenkomst.\n\nNaam kind: {child}\nGeboortedatum: {cdob}\n{@bsn}: {cbsn}\nAdres: {addr}\nTelefoon ouder 1: {phone}\nTelefoon ouder 2: {phone2}\nIBAN voor incasso: {iban}\n\nDe overeenkomst ({order}) heb ik getekend teruggestuurd.",
    "Sinds de overstap naar het nieuwe ouderportaal kan ik niet meer inloggen. Ik heb het volgende geprobeerd:\n- gebruikersnaam: {user}\n- wachtwoord: {pw}\n- ook het tijdelijke wachtwoord uit de mail ({pw2})\n\nIk krijg steeds foutmelding {err}. Mijn klantnummer is {cust}. Kunnen jullie mijn account resetten?",
    "Ik heb een vraag over de factuur van {short_date} (factuurnummer {invoice}). Er staat {qty} opvang op terwijl {child} die week ziek thuis was. Het bedrag van {amount} is al van mijn rekening {iban} afgeschreven.\n\nGraag ontvang ik een creditnota.",
    "Per {date} wijzigt ons contract naar 3 dagen. Kunt u het nieuwe contract sturen naar {email}? Ons relatienummer is {cust}.\n\nOok is ons telefoonnummer gewijzigd, het nieuwe nummer is {phone}.",
]

T[("nl", "health", "dm")] = [
    "Goedemiddag, ik wil graag een herhaalrecept aanvragen. Geboortedatum {dob}, patiëntnummer {cust}. Kan het naar de apotheek op de {addr}?",
    "hoi ik heb vanochtend gebeld over mijn afspraak op {date} om {time}, kunnen jullie me terugbellen op {phone}? {@bsn} is {bsn}",
    "Ik kom niet in het patiëntenportaal. Ik krijg wel een sms-code ({otp}) maar daarna melding {err}. Gebruikersnaam {user}",
    "Mijn moeder ({name}, geb. {dob}) ligt sinds gisteren op afdeling {qty}. Mogen we haar bellen via {phone}? Haar {@bsn}: {bsn}",
    "Graag wil ik mijn dossier opvragen. Gegevens: {name}, {dob}, {addr}. Kopie ID volgt via de beveiligde link.",
    "Rekening van het ziekenhuis ({invoice}) klopt niet, {amount} voor een consult van 10 min?? Mijn patientnummer: {cust}",
    "Kan de uitslag van het bloedonderzoek van {date} naar mijn mail: {email}? Geboortedatum {dob}",
    "Ik heb een nieuw telefoonnummer: {phone}. Wilt u dat in mijn dossier aanpassen? {@bsn} {bsn}, geboren op {dob}.",
    "De DigiD-app vraagt om een koppelcode, ik kreeg {otp}. Daarna bleef het hangen. Versie {ver}",
    "hallo, mijn zoon {child} ({cdob}) moet voor de KNO-arts komen, verwijsbrief heb ik. Afspraaknummer {ticket}. Mijn nummer is {phone}",
]
T[("nl", "health", "pub")] = [
    "{mention} al {qty} in de wacht bij de huisartsenpost 😡 {tag}",
    "{mention} jullie portaal geeft al de hele dag {err}. Kan mijn uitslag niet zien {tag}",
    "Dank aan het team van de spoedeisende hulp van {brand} ❤️ {tag}",
    "{mention} bel me aub terug op {phone}, niemand neemt op {tag2}",
    "{mention} waarom krijg ik een rekening van {amount} voor een afspraak die jullie zelf hebben afgezegd? {tag}",
    "Parkeren bij {brand} kost nu {amount} per uur. Schandalig {tag}",
]
T[("nl", "health", "mail")] = [
    "Hierbij meld ik mij aan als nieuwe patiënt bij uw praktijk.\n\nNaam: {name}\nGeboortedatum: {dob}\n{@bsn}: {bsn}\nAdres: {addr}\nTelefoon: {phone}\nE-mail: {email}\nZorgverzekering: {cust}\n\nMijn vorige huisarts was {brand2}.",
    "Op {date} had ik een afspraak bij de polikliniek, maar ik heb daarna een rekening gekregen van {amount} (factuur {invoice}). Volgens mijn verzekeraar had dit vergoed moeten worden. Mijn polisnummer is {cust}, geboortedatum {dob}.\n\nWilt u dit nakijken?",
    "Ik probeer in te loggen in het patiëntenportaal maar dat lukt niet.\nGebruikersnaam: {user}\nWachtwoord: {pw}\nDe verificatiecode die ik via sms ontving was {otp}, maar die werd niet geaccepteerd.\n\nMijn telefoonnummer is {phone} als u mij wilt bellen.",
    "Graag verzet ik mijn afspraak van {date} ({time}) naar een later moment. Afspraaknummer {ticket}. U kunt mij bereiken op {phone} of via {email}.",
]

T[("nl", "water", "dm")] = [
    "Goedemiddag, mijn meterstand is {meter}. Klantnummer {cust}. Adres {addr}",
    "we hebben sinds vanochtend {time} geen water op de {addr}, is er een storing?? {phone}",
    "Ik verhuis per {date}. Nieuw adres: {addr}. Eindstand watermeter {meter}, klantnr {cust}. Eindafrekening graag op {iban}",
    "hoezo is mijn voorschot ineens {amount} per maand? dat is {pct} meer. klantnummer {cust}",
    "Kunnen jullie het voorschot van rekening {iban} halen ipv de oude rekening? Klantnummer {cust}, geboortedatum {dob}",
    "Inloggen op mijn.waternet lukt niet. email {email}, wachtwoord {pw}. Melding {err}",
    "Er lekt water bij de meterput voor ons huis ({addr}). Kan iemand langskomen? Ik ben bereikbaar op {phone}",
    "De monteur komt {date} tussen {time} en {time2}. Het hek heeft een code: {pin}. Hond is binnen 🙂",
    "aansluitnummer {cust}, meterstand per {date}: {meter} m³. graag factuur {invoice} corrigeren",
    "Storing doorgegeven onder nummer {ticket} maar nog niks gehoord. Ik woon op {addr}, tel {phone}",
]
T[("nl", "water", "pub")] = [
    "{mention} alweer bruin water uit de kraan in {city} {tag}",
    "{mention} storing in {city}? Geen druk sinds {time} {tag}",
    "{mention} klantnummer {cust}, waarom is mijn voorschot verdubbeld? {tag}",
    "Jaarafrekening van {brand}: {amount} terug 🎉 {tag}",
    "{mention} ik sta al {qty} in de wacht. Bel me op {phone}",
    "{mention} dank voor de snelle reparatie aan de {street} vanochtend! {tag}",
]
T[("nl", "water", "mail")] = [
    "Hierbij geef ik de meterstand door zoals gevraagd in uw brief van {date}.\n\nKlantnummer: {cust}\nAdres: {addr}\nMeterstand: {meter}\n\nDe foto van de meter zit in de bijlage.",
    "Ik heb bezwaar tegen de jaarnota (factuurnummer {invoice}, {amount}). Ons verbruik is volgens deze nota {qty}, terwijl we met twee personen zijn. Vorig jaar was de eindstand {meter}.\n\nKlantnummer {cust}. Graag terugbellen op {phone}.",
    "Met ingang van {date} wil ik betalen via automatische incasso.\nIBAN: {iban}\nTen name van: {name}\nKlantnummer: {cust}\n\nAlvast bedankt.",
    "Bij het aanmaken van een account krijg ik een verificatiecode per mail ({otp}), maar de site zegt daarna dat mijn account al bestaat. Gebruikersnaam {user}. Kunt u dit oplossen?",
]

T[("nl", "post", "dm")] = [
    "Mijn pakket ligt in de automaat bij de Jumbo maar de ophaalcode {otp} werkt niet. Track & trace {track}",
    "hoi, ik krijg steeds een sms dat mijn pakket klaarligt maar de code {otp} geeft 'ongeldig'. Mijn nummer is {phone}",
    "Bezorger zegt 'niet thuis' maar ik was gewoon thuis op {addr}!! Zending {track}",
    "Kunnen jullie het pakket bij de buren afgeven, {addr}? Track & trace {track}, ik ben tot {time} weg",
    "Ik heb een API-key aangemaakt voor onze webshop maar krijg {err}. Key: {apikey}. Klantnummer {cust}",
    "Brievenbus heeft een cijferslot, code {pin}. Mogen jullie pakketjes daarin leggen? Adres {addr}",
    "pakket {track} staat al {qty} op 'in sorteercentrum'. bestelling {order}, waarde {amount}",
    "Ik kan niet inloggen in de app, heb wachtwoord reset gedaan, nieuwe wachtwoord {pw}. Email {email}. Helpt niks.",
    "Retour aangemeld maar label werkt niet. Ordernummer {order}, mijn adres {addr}, tel {phone}",
    "Doosje beschadigd aangekomen, {model} erin kapot. Zending {track}, bedrag {amount}. IBAN voor vergoeding {iban}",
]
T[("nl", "post", "pub")] = [
    "{mention} pakket {track} staat al 5 dagen op 'onderweg'. Hallo?? {tag}",
    "{mention} pakketautomaat in {city} is weer stuk, code werkt niet {tag}",
    "{mention} bezorger gooit mijn pakket gewoon over het hek 😤 {tag} {tag2}",
    "{mention} waar is mijn pakketje? bestelnummer {order} {tag}",
    "Topbezorger vandaag van {brand}, zelfs in de regen 👍 {tag}",
    "{mention} stuur maar een DM, ik ben op {phone} bereikbaar",
]
T[("nl", "post", "mail")] = [
    "Op {date} is mijn pakket (track & trace {track}) volgens jullie bezorgd, maar ik heb niets ontvangen. Ik woon op {addr}. Er is ook geen kaartje in de bus gedaan.\n\nHet gaat om een bestelling van {amount} (ordernummer {order}). Graag hoor ik hoe we dit oplossen. Mijn telefoonnummer: {phone}.",
    "Voor ons bedrijfsaccount willen we de koppeling met de verzend-API opnieuw instellen. De oude API key ({apikey}) is volgens ons gelekt, kunnen jullie die intrekken? Klantnummer {cust}.\n\nRequest-ID van de laatste mislukte call: {reqid}.",
    "Graag wil ik een verhuisbericht doorgeven.\nOud adres: {addr}\nNieuw adres: {addr2}\nIngangsdatum: {date}\nTelefoon: {phone}",
    "Ik heb een claim ingediend voor een beschadigd pakket (zaaknummer {ticket}). De vergoeding van {amount} mag overgemaakt worden op {iban} t.n.v. {name}.",
]

T[("nl", "repair", "dm")] = [
    "Hoi, mijn {model} ligt sinds {date} bij jullie voor een nieuw scherm. Toegangscode telefoon is {pin}. Reparatienummer {ticket}",
    "Jullie vroegen de pincode van mijn telefoon: {pin}. Simpin is {pin2} mocht dat nodig zijn",
    "laptop ({model}) inleveren voor accu vervangen. wachtwoord windows: {pw}, gebruiker {user}",
    "Sim is geblokkeerd na reparatie. PUK-code van de provider is {puk}, maar de telefoon vraagt weer om pin",
    "Wanneer is de {model} klaar? Bonnummer {ticket}, ik heb {amount} aanbetaald. Bel me op {phone}",
    "Na de reparatie werkt de wifi niet. Netwerk {ssid}, wachtwoord {wifi}. IP volgens de router: {ip}",
    "Apple ID wachtwoord is {pw}, verificatiecode die ik net kreeg: {otp}. Kunnen jullie verder?",
    "Telefoon opgehaald maar de camera doet het niet ({err}). Software {ver}. Adres voor verzending garantie: {addr}",
    "Bijgevoegd de firmware die ik heb geïnstalleerd, SHA256 {checksum}. Daarna bootloop. Model {model}",
    "Remote support: mijn IP-adres is {ip}, poort {port} staat open. Teamviewer wachtwoord {pw}",
]
T[("nl", "repair", "pub")] = [
    "{mention} al 3 weken wachten op mijn {model}, reparatienummer {ticket} {tag}",
    "{mention} scherm vervangen voor {amount} en nu doet face ID het niet meer {tag}",
    "Super snel geholpen bij {brand} in {city}, telefoon binnen een uur klaar {tag}",
    "{mention} update {ver} maakt mijn telefoon kapot? {err} {tag}",
    "{mention} kunnen jullie me bellen? {phone}. Gaat over reparatie {ticket}",
    "{mention} {pct} korting op accuvervanging? Geldt dat ook voor de {model}? {tag}",
]
T[("nl", "repair", "mail")] = [
    "Op {date} heb ik mijn {model} bij u ingeleverd voor schermreparatie (reparatienummer {ticket}). Voor het testen vroeg de medewerker om de ontgrendelcode: {pin}.\n\nIntussen heb ik een melding gekregen van een inlogpoging op mijn Apple ID vanaf IP {ip}. Ik heb mijn wachtwoord veranderd van {pw} naar {pw2}. Kunt u nagaan wie er met mijn toestel bezig is geweest?",
    "Ik heb een offerte ontvangen van {amount} voor moederbordreparatie van mijn {model} (onderdeel {prod}). Akkoord. Betaling graag via {iban}.\n\nU kunt mij bereiken op {phone}.",
    "Na de reparatie werkt de back-up niet. De log geeft {err} met request-id {reqid}. Het access token in de configuratie is {token}, misschien is dat verlopen?",
    "De garantieperiode loopt tot {date}. Het toestel ({model}, software {ver}) valt weer uit. Mijn adres: {addr}. Klantnummer {cust}.",
]

T[("nl", "gen", "agent")] = [
    "Hoi {fname}, wat vervelend! Ik heb je klantnummer {cust} erbij gepakt en zie dat je adres nog op {addr} staat. Klopt dat? Groetjes, {agent}",
    "Dank je wel voor je bericht. Wil je je wachtwoord nooit via chat delen? Ik zie dat je {pw} hebt gestuurd, wijzig dat aub direct via {url}. {ini}",
    "Hallo [[voornaam]], je melding staat geregistreerd onder nummer {ticket}. We nemen binnen {qty} contact op via {phone}. Met vriendelijke groet, {agent}",
    "Ik heb het IBAN gewijzigd naar {iban}. De eerstvolgende incasso ({amount}) volgt rond {short_date}. {ini}",
    "Dag {fname}, bel ons gerust op {cphone} (ma-vr 8-20 uur). Houd je klantnummer {cust} bij de hand. Groet, {agent} {ini}",
    "Goedemorgen! Voor je privacy hebben we je bericht met je {@bsn} verwijderd. We gebruiken alleen de laatste cijfers ({masked}). {ini}",
    "Bedankt voor het geduld. Ik heb een nieuwe code laten sturen naar {masked}. Lukt het niet, mail dan naar ons via {url}. {agent}",
    "Hoi! Kun je ons je postcode en huisnummer sturen in een DM? Dan kijk ik meteen mee. Vermeld ook je telefoonnummer en <klantnummer>. ^{agent}",
]
T[("nl", "child", "agent")] = [
    "Hoi {fname}, de nieuwe deurcode voor de locatie is {pin}, geldig vanaf {date}. Deel deze niet verder 🙏 Groet, {agent}",
    "Dag {fname}, ik heb {child} ingeschreven met geboortedatum {cdob} en {@bsn} {cbsn}. De plaatsing start {date}. Contractnummer {cust}. {ini}",
]
T[("nl", "health", "agent")] = [
    "Beste {fname}, we hebben uw nieuwe telefoonnummer {phone} in uw dossier gezet (patiëntnummer {cust}). Met vriendelijke groet, {agent}, doktersassistent",
    "Hallo, voor medische vragen kunt u beter bellen met de praktijk: {cphone}. Deel aub geen {@bsn} of geboortedatum via social media. {ini}",
]
T[("nl", "water", "agent")] = [
    "Hoi {fname}, de meterstand {meter} is verwerkt op klantnummer {cust}. Je nieuwe voorschot wordt {amount}. Groet {agent}",
    "Dank voor je melding! Er is een storing in {city} (storingsnummer {ticket}). Verwachte oplostijd {time}. Actuele info: {url} {ini}",
]
T[("nl", "post", "agent")] = [
    "Hoi {fname}, ik zie dat zending {track} in de pakketautomaat ligt. Je nieuwe ophaalcode is {otp}, geldig tot {date}. Groetjes {agent}",
    "Vervelend! Ik heb een onderzoek gestart (case {ticket}) voor het pakket naar {addr}. We mailen je op {email}. {ini}",
]
T[("nl", "repair", "agent")] = [
    "Hoi {fname}, je {model} is klaar! Reparatienummer {ticket}, totaal {amount}. Je toegangscode {pin} hebben we uit ons systeem verwijderd. {agent}",
    "Dank je. We hebben de telefoon getest met pincode {pin}; de update naar {ver} is gelukt. Ophalen kan tot {time}. {ini}",
]
