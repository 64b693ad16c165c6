# Dutch (Netherlands) templates. {x} labelled, {!x} negative, {@x} unlabelled filler, [[x]] macro placeholder.
G = {}
G["chat"] = [
    "Hoi, ik heb bij {@bcar} een auto gehuurd voor {!dur} maar de borg van {!amount} is nog steeds niet terug. Mijn IBAN is {iban} ten name van {@full}. Reserveringsnr {!order}",
    "goedemiddag ik kan niet inloggen in de app van {@bcar}. gebruikersnaam {username} wachtwoord {password} , krijg steeds {!error}",
    "De sleutelkluis bij de deelauto ({@plate}) gaat niet open. Code die ik kreeg was {pin}, ook {pin} geprobeerd. Sta nu op de parkeerplaats in {@city}",
    "Mijn lidnummer is {custno}, ik wil mijn abonnement opzeggen per {!date}. Bevestiging graag naar {email}",
    "hallo ik heb een sms gekregen met code {otp} maar de app zegt dat hij verlopen is?? versie {!version}",
    "Kunnen jullie mij terugbellen op {phone}? Gaat over de schade aan de {@vehicle} die ik op {!date} heb ingeleverd. Schadenummer {!ticket}",
    "ik wil mijn creditcard wijzigen, nieuwe kaart {card} geldig tot {expiry} cvc {cvv}",
    "Ik heb me ingeschreven voor {@course} bij {@blang} maar heb {!amount} dubbel betaald. Factuur {!invoice}. Graag terugstorten op {iban}",
    "Mijn adres is gewijzigd, nieuw adres: {address}. Cursistnummer {custno}",
    "Beste makelaar, wij hebben het huurcontract getekend maar jullie vragen nu om mijn BSN {bsn}. Is dat echt nodig? Ik woon nu nog op {address}",
    "De bezichtiging van {!time} kan ik niet. Bel me even op {phone} of {phone} (werk)",
    "Hoi! De code van de sleutelkast bij het appartement is {pin} toch? Werkt niet. Groet {@name}",
    "Mijn geboortedatum staat verkeerd in jullie systeem, het moet {dob} zijn ipv {dob}. Klantnummer {custno}",
    "Kan mijn boekhouder inloggen op het portaal? Inlog: {username} / ww: {password}",
    "Ik heb de machtiging voor de aangifte IB {!year} nodig. BSN {bsn}, geboren {dob}. Machtigingscode uit de brief: {otp}",
    "Graag de btw-aangifte Q3 nog indienen, omzet {!amount}. Ons KvK is {!creg}. Bankrekening voor de teruggave {iban}",
    "Onze zakelijke lijnen liggen plat sinds {!time}. Klantnummer {custno}, centrale op {!model} firmware {!version}. SIP poort {!port} staat open",
    "de nieuwe simkaart vraagt om een PUK. PUK code van de brief: {puk}, pincode was {pin}. Nummer {phone}",
    "Kunnen jullie het wifi wachtwoord van ons kantoor resetten? Huidige sleutel {wifi} op netwerk {@ssid}. Router {!model}",
    "Wij willen {!qty} extra bijplaatsen op ons zakelijk contract {custno}. Contactpersoon {@full}, {email}, {phone}",
    "Onze API koppeling met jullie VoIP platform geeft {!error}. Key die we gebruiken: {apikey} (request id {!reqid})",
    "hier de token uit de portal: {token} , verloopt volgens mij vandaag",
    "Ons publieke IP is {ip}, kunnen jullie dat whitelisten voor de SIP trunk? poort {!port}",
    "EAN code aansluiting: {ean}, meterstand {!meter}. Voor de oplevering van de huurwoning op {address}",
    "Ik krijg de verificatiecode niet. Heb nu {!dur} lang geprobeerd. Mijn 06 is {phone}",
    "code is {otpw}",
    "Nieuw wachtwoord ingesteld: {password=1} . Herhaal: {password=1}. Werkt nog steeds niet!!",
    "Goedemorgen, ik stuur even mijn gegevens voor de huurauto:\n- naam: {@full}\n- geb.datum: {dob}\n- adres: {address}\n- tel: {phone}\n- mail: {email}\nVlucht {!flight} landt om {!time}",
    "Wat is jullie rekeningnummer? Ik heb {!amount} overgemaakt vanaf {iban} met kenmerk {!invoice}",
    "De kaart eindigend op {!masked} is afgewezen. Probeer nu {card}, exp {expiry}",
    "Afspraak met de accountant op {!date} om {!time} ok. Mijn nummer voor als het uitloopt: {phone}",
    "Waarom staat er {!pct} extra op mijn factuur {!invoice}? Abonnementsnummer {custno}",
]
G["public"] = [
    "{!mention} al {!dur} wachten op mijn borg van {!amount}. Echt belachelijk {!hashtag}",
    "{!mention} app crasht bij openen van de auto, versie {!version}. {!hashtag}",
    "Wie heeft er ervaring met {@blang}? Cursus {@course} begint {!date}, nog plek? {!hashtag}",
    "{!mention} bel me nou eens terug, {phone}. Al 3x gevraagd {!hashtag}",
    "{!mention} storing bij jullie zakelijke VoIP sinds {!time}? Ticket {!ticket} {!hashtag}",
    "Nooit meer via {@bimmo}. {!amount} bemiddelingskosten voor niks {!hashtag} {!hashtag}",
    "{!mention} mijn mail is {email}, stuur de factuur daar maar naartoe",
    "Zie {!url} voor de voorwaarden, maar daar staat niks over de {!pct} toeslag {!mention}",
]
G["agent"] = [
    "Hoi {@name}, vervelend dat de sleutelkluis niet opengaat! Ik heb een nieuwe code aangemaakt: {pin}. Lukt het niet, bel ons dan op {!cphone}. Groet, {@agent}",
    "Dag {@name}, dank voor je bericht. Ik zie je reservering {!order}. De borg van {!amount} wordt binnen {!dur} teruggestort op de rekening eindigend op {!masked}. ^{@agent}",
    "Hi {@name}, stuur je ons je klantnummer en postcode via DM? Deel nooit je wachtwoord met ons. Groetjes, {@agent}",
    "Hallo {@name}, ik heb je adres aangepast naar {address}. Je klantnummer blijft {custno}. Fijne dag! {@agent}",
    "Beste {@name}, je tijdelijke wachtwoord is {password}. Wijzig dit direct na inloggen via {!url}. Met vriendelijke groet, {@agent}",
    "Hoi {@name}, we bellen je morgen tussen {!time} en {!time} terug op {phone}. Je zaaknummer is {!ticket}. ^{@agent}",
    "Dag [[first_name]], je aanmelding voor {@course} is bevestigd. Les 1 is op {!date}. Vragen? Mail ons of bel {!cphone}.",
    "Hi {@name}! Het nieuwe wifi wachtwoord voor jullie kantoor is {wifi}. De PUK van simkaart {!masked} is {puk}. Groet {@agent}",
]
G["ebody"] = [
    "Hierbij stuur ik de gevraagde gegevens voor de jaarrekening {!year}.\n\nBSN: {bsn}\nBSN partner: {bsn}\nIBAN: {iban}\nAdres: {address}\n\nDe bankafschriften staan in de gedeelde map. Het wachtwoord van de zip is {password}.\n\nKunnen jullie ook de voorlopige aanslag van {!amount} controleren?",
    "Naar aanleiding van ons telefoongesprek van {!date}: wij zijn verhuisd naar {address}. Graag ook het factuuradres voor contract {custno} aanpassen.\n\nDe oude aansluiting op {address} mag per {!date} worden opgezegd. EAN {ean}, eindstand {!meter}.",
    "Ik heb op {!date} via jullie website een auto gereserveerd (reservering {!order}), ophalen op Schiphol na vlucht {!flight}. Nu is er {!amount} afgeschreven van mijn creditcard {card} terwijl ik de auto nooit heb opgehaald.\n\nIk verwacht het bedrag binnen {!dur} terug. U kunt mij bereiken op {phone}.",
    "Graag wil ik de inschrijving van mijn dochter voor {@course} annuleren. Zij is geboren op {dob} en haar cursistnummer is {custno}. Het lesgeld is betaald vanaf {iban}.\n\nVolgens de voorwaarden ({!url}) kan dit kosteloos tot {!dur} voor aanvang.",
    "Wij hebben als bedrijf ({@company}, KvK {!creg}) sinds {!date} problemen met de vaste lijnen. De storing is gemeld onder ticket {!ticket}.\n\nGegevens voor de monteur:\nAdres vestiging: {address}\nContactpersoon: {@full}, {phone}\nToegangscode hek: {pin}\nAlarmcode: {pin}\n\nDe router ({!model}) staat in de meterkast, admin login {username} / {password}.",
    "Zoals gevraagd mijn gegevens voor de huurovereenkomst:\n\nNaam: {@full}\nGeboortedatum: {dob}\nBSN: {bsn}\nHuidig adres: {address}\nTelefoon: {phone}\nE-mail: {email}\nIBAN (voor de automatische incasso): {iban}\n\nDe eerste huur van {!amount} maak ik over voor {!date}.",
]
G["greet"] = ["Beste heer/mevrouw,", "Goedemiddag,", "Hallo {@agent},", "Geachte klantenservice,", "Hoi,", "Beste {@agent},"]
G["close"] = ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Alvast bedankt!\n\nGroet,", "Vriendelijke groeten,", "Gr."]
G["sigc"] = [
    "{@full}\n{phone}",
    "{@full}\n{address}\nT: {phone}",
    "{@name}\n\nVerzonden vanaf mijn iPhone",
    "{@full} | {@company}\nMob. {phone} | {email}\nKvK {!creg}",
    "{@name}\n\nVerstuurd vanaf Outlook voor Android",
    "{@full}\n{email}",
]
G["siga"] = [
    "Met vriendelijke groet,\n{@agent}\nTeam Klantenservice {@bcar}\n{!cphone} | {!url}",
    "Groet,\n{@agent} | Klantcontact\nT {!cphone}\nKvK {!creg}",
    "Met hartelijke groet,\n\n{@agent}\nAccountmanager Zakelijk\n{!cphone}\n{!url}",
    "Vriendelijke groet,\n{@agent}\n{!url} | KvK {!creg} | BTW {!creg}",
]
G["qhdr"] = ["Op {!date} om {!time} schreef Klantenservice <noreply>:", "Van: Klantenservice\nVerzonden: {!date} {!time}\nOnderwerp: Uw vraag {!ticket}",
             "Op {!date} {!time} schreef {@agent} van Klantenservice:", "-----Oorspronkelijk bericht-----\nVan: Servicedesk\nDatum: {!date}"]
G["fwd"] = ["---------- Doorgestuurd bericht ---------\nVan: {@full} <{email}>\nDatum: {!date}\nOnderwerp: gegevens\n",
            "Begin doorgestuurd bericht:\n\nVan: {@full} <{email}>\nDatum: {!date} om {!time}\n"]
G["disc"] = ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht per abuis hebt ontvangen, verzoeken wij u het te verwijderen.",
             "Denk aan het milieu voordat u deze e-mail print."]
G["subj"] = ["Onderwerp: Re: uw vraag {!ticket}", "Onderwerp: borg terug?", "Onderwerp: gegevens aangifte", "Onderwerp: FW: storing vaste lijnen",
             "Onderwerp: Opzegging", "Onderwerp: adreswijziging"]
G["qhdrc"] = ["Op {!date} om {!time} schreef {@full} <{email}>:", "Van: {@full} <{email}>\nVerzonden: {!date}\nOnderwerp: vraag",
              "{@full} schreef op {!date}:"]

# ---- extra templates, written in pairs so every idea lands in both halves
G["chat"] += [
    "PUK staat op het plastic kaartje: {puk}. Telefoon zegt nog steeds 'SIM vergrendeld'",
    "puk {puk} ingevoerd en nu vraagt ie om een nieuwe pin, gekozen: {pin}. klopt dat zo?",
    "Bearer token voor jullie API (staat in onze Postman): {token}",
    "Sessie-id uit de browser was {token}, misschien helpt dat bij het debuggen van {!error}",
    "Track & trace van de nieuwe router: {!tracking}. Nog niet bezorgd. Bezorgadres {address}",
    "Pakketje met simkaarten ({!product}) komt niet aan, T&T {!tracking}. Graag opnieuw sturen naar {address}",
    "checksum van de firmware klopt niet: {!checksum} verwacht maar download geeft iets anders. Versie {!version}",
    "SHA256 van het bestand is {!checksum}, de update op de {!model} faalt met {!error}",
    "De btw ({!pct}) staat dubbel op factuur {!invoice}. Ons btw-nummer {!creg}, klantnr {custno}",
    "Korting van {!pct} die beloofd was zie ik niet terug. Lidnummer {custno}",
    "Kilometerstand bij ophalen {!meter}, bij inleveren {!meter}. Toch {!amount} extra?? Huurnummer {!order}",
    "Tankpas zat niet in de auto ({@plate}). Stand teller {!meter}. Bel me: {phone}",
    "mn wachtwoord is gwn {password} hoor, dat weet ik zeker. toch foutmelding",
    "ww vergeten. oude was {password}, nu ingesteld {password} maar mail met bevestiging komt op {email} niet binnen",
    "Inloggegevens voor de makelaarsportal:\nuser: {username}\npass: {password}",
    "Gebruikersnaam = {username}\nWachtwoord = {password}\n(staat ook zo in het briefje van de accountant)",
    "Mag ik mijn DigiD machtigingscode aan jullie geven? Het is {otp}. Mijn BSN is {bsn}",
    "Voor de toeslagen: mijn burgerservicenummer {bsn}, van mijn vriendin {bsn}. Geboortedata {dob} en {dob}",
    "IBAN:{iban}\nT.n.v. {@full}\nOmschrijving: {!invoice}",
    "Kun je het huurgeld voortaan incasseren van {iban}? Niet meer van de rekening eindigend op {!masked}",
    "Mijn telefoonnummer is veranderd, het nieuwe is {phone} (oude {phone} mag weg)",
    "bereikbaar op nul zes en dan {phone} na 17u",
    "graag contact via mail: {email} of bellen {phone}. Tussen {!time} en {!time} ben ik in les",
    "ik ben {@full}, klant nr {custno}, mail {email}. graag terugbellen",
    "Kunnen jullie de sip trunk credentials opnieuw sturen? Username {username}, het oude wachtwoord {password} werkt niet meer sinds {!date}",
    "Onze VoIP toestellen ({!model}) registreren niet. Server poort {!port}, ons IP {ip}. Request {!reqid}",
    "De verificatiecode die ik kreeg: {otp} (sms van 14:02). En de tweede: {otp}",
    "SMS: 'Uw {@bcar} code is {otp}. Deel deze code met niemand.' -> die heb ik dus ingevuld maar niks",
    "Adres voor de bezichtiging: ik woon nu op {address}, daar kan de sleutel heen",
    "Sleutels ophalen op {street}? Of moet ik naar jullie kantoor?",
]
G["public"] += [
    "{!mention} jullie site {!url} geeft {!error}. Kan mijn deelauto niet openen {!hashtag}",
    "{!mention} website down? {!error} bij inloggen {!hashtag}",
    "Al {!dur} geen internet op kantoor {!mention} {!hashtag} {!hashtag}",
    "{!mention} {!pct} prijsverhoging zonder bericht? Echt niet oké {!hashtag}",
    "Top service van {@btax}, aangifte {!year} binnen een dag geregeld {!hashtag}",
    "{!mention} mijn les is {!date} om {!time} en ik heb nog steeds geen link {!hashtag}",
]
G["agent"] += [
    "Hoi {@name}, ik zie dat de router onderweg is: {!tracking}. Bezorging verwacht op {!date}. Groet, {@agent}",
    "Dag {@name}, je nieuwe pakket {!product} is actief vanaf {!date}. Het maandbedrag wordt {!amount}. ^{@agent}",
    "Hi {@name}, voor de zekerheid: we hebben je BSN {bsn} niet nodig voor een bezichtiging. Verwijder het gerust uit dit gesprek. {@agent}",
    "Hoi {@name}, ik heb het e-mailadres aangepast naar {email}. De bevestiging komt binnen {!dur}. {@agent}",
    "Dag {@name}, je inlognaam is {username}. Via {!url} kun je een nieuw wachtwoord aanvragen. Groet, {@agent}",
    "Hallo {@name}, de API key {apikey} is ingetrokken. Maak een nieuwe aan in de portal. ^{@agent}",
]
G["ebody"] += [
    "Zoals besproken de gegevens voor de inrichting van de nieuwe vestiging:\n\n* Adres: {address}\n* Contactpersoon: {@full} ({phone})\n* Gewenste ingangsdatum: {!date}\n* Aantal: {!qty}\n* Pakket: {!product}\n\nWifi voor de monteurs: netwerk {@ssid}, sleutel {wifi}.",
    "Bijgaand de machtiging. Ik heb de volgende gegevens nodig om in te loggen op jullie klantportaal:\n\nGebruikersnaam: {username}\nTijdelijk wachtwoord: {password}\n\nDe sms-code ({otp}) werkte niet, ik kreeg {!error}. Mijn mobiele nummer is {phone}.",
]

G["chat"] += [
    "Betaling voor de taalcursus mislukt. Kaartnr {card}, vervaldatum {expiry}, de 3 cijfers achterop {cvv}",
    "Creditcard: {card}\nGeldig t/m: {expiry}\nCVC: {cvv}\nbedrag {!amount}",
    "Borg mag van deze kaart: {card} ({expiry}). Niet van de kaart {!masked}",
    "kaart {card} exp {expiry} cvv {cvv} - graag de reservering {!order} daarmee betalen",
    "Ik ben geboren op {dob}, staat in jullie systeem als {dob}. Rijbewijs is wel goed",
    "Voor de huurauto moet de bestuurder 25+ zijn: ik ben van {dob}. Klantnr {custno}",
    "Mijn klantnummer: {custno}. Contractnummer: {custno}. Zaaknummer van jullie: {!ticket}",
    "Lidmaatschapsnr {custno} - ik wil overstappen naar het {!product} abonnement",
    "Thuis-IP is {ip}, maar de portal blokkeert me met {!error}",
    "We zitten achter vast IP {ip}, graag toevoegen aan de allowlist. Ticket {!ticket}",
    "Toegangscode van de parkeergarage onder het pand is {pin}, alarm uitzetten met {pin}",
    "Ontgrendelcode van de zakelijke telefoon die ik inlever: {pin}. Simpin is {pin}",
    "hey ik heb per ongeluk mn api key in de chat geplakt: {apikey} kunnen jullie die intrekken?",
    "AWS access key id {awsid} en secret {awssecret} voor de export van de gespreksopnames",
    "Ik ben op {address} niet meer bereikbaar, post graag naar {address}",
    "Factuuradres wijzigen naar {address} aub. KvK {!creg} blijft hetzelfde",
]
G["agent"] += [
    "Hoi {@name}, de betaling met kaart {!masked} is gelukt. Je reservering {!order} is bevestigd voor {!date}. {@agent}",
    "Dag {@name}, ik heb de geboortedatum aangepast naar {dob}. Bedankt voor je geduld! ^{@agent}",
]
G["pad"] = [
    "Ik heb al eerder contact met jullie gehad, zowel telefonisch als via de chat, maar ik krijg steeds een ander antwoord. Daarom zet ik het nu nog een keer op een rijtje.",
    "Excuses voor de lange mail, maar ik wil graag dat alles in één keer duidelijk is zodat ik niet weer drie keer hoef te bellen.",
    "Ik begrijp dat het druk is, maar dit speelt nu al een tijd en het begint echt vervelend te worden, zeker omdat ik er zakelijk van afhankelijk ben.",
    "Zouden jullie zo snel mogelijk kunnen laten weten wanneer dit geregeld is? Ik ben de komende dagen overdag slecht bereikbaar, dus mail heeft de voorkeur.",
    "Mocht er nog iets ontbreken, laat het me dan even weten. Ik stuur het dan direct na.",
    "Vorige week kreeg ik de toezegging dat iemand mij terug zou bellen, maar dat is helaas niet gebeurd. Ik hoop dat het via deze weg wel lukt.",
]
G["chat"] += [
    "Wifi-code van het vakantieappartement werkt niet: netwerk {@ssid}, ww {wifi}",
    "netwerksleutel op de sticker van de router: {wifi} . Die van {@ssid} bedoel ik",
]
G["fwdintro"] = ["FYI, zie hieronder.", "Ter info", "Zie onderstaande mail van mijn man.", "fyi"]
