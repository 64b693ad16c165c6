"""Dutch (nl + nl-be) templates. Prefix 'NL|' or 'BE|' restricts to one variant."""

GROUPS = [
 ("chat", "verhuizer", [
  "hoi, we verhuizen op {!date} van {address} naar {address.2}. kunnen jullie om {!time} beginnen? mijn nummer is {phone}",
  "Goedemiddag, offerte {!order_number} ontvangen voor {!quantity}, maar het bedrag van {!amount} klopt niet. Bel me even op {phone} aub",
  "de sleutelkluis bij de achterdeur heeft code {pin}, de verhuizers mogen er zelf in vanaf {!time}",
  "BE|dag, de lift is gereserveerd voor {!date}. Adres is {address}, bel op mijn gsm {phone} als ge er zijt. De poortcode is {pin}",
  "Ik heb net betaald ({!amount}) met creditcard {card} maar krijg geen bevestiging?? vervaldatum {card_expiry} cvc {cvv}",
  "jullie verhuizers hebben mijn kast beschadigd. schadenummer {!ticket_number}. mijn mail: {email}",
  "NL|Beste, kunnen jullie de factuur {!invoice_number} op naam zetten van {@name}, {address}? Ons KvK is {!company_registration}.",
  "Nieuwe adres: {address}\nOud adres: {address.2}\nTel: {phone}\nDatum: {!date}\nAantal dozen: {!quantity}",
 ]),
 ("chat", "bank", [
  "Ik wil mijn adres wijzigen bij jullie, nieuw adres {address}. rekening {iban}, geboortedatum {date_of_birth}",
  "hallo ik krijg steeds een sms-code ({otp}) maar de app zegt 'ongeldig' bij adreswijziging, foutcode {!error_code}",
  "Mijn pas met eindcijfers {!masked_value} is naar het oude adres gestuurd. Kan die geblokkeerd worden? pincode was {pin} dus die moet ook anders",
  "BE|ik ben verhuisd, mijn rekeningnummer is {iban} en mijn rijksregisternummer {bsn:nid}. Graag nieuw adres {address} registreren",
  "De borg van {!amount} moet terug naar {iban}, tnv {@name}. Klantnr {customer_number}",
  "code uit de app: {otp} — lukt nog steeds niet om mijn adres aan te passen, app versie {!version_string}",
  "NL|Gegevens voor adreswijziging:\nNaam: {@name}\nGeb. datum: {date_of_birth}\nBSN: {bsn:nid}\nNieuw adres: {address}\nIBAN: {iban}",
 ]),
 ("chat", "energie", [
  "Meterstanden bij sleuteloverdracht {!date}: stroom {!meter_reading} kWh (normaal) en {!meter_reading.2} (dal), gas {!meter_reading.3} m3. EAN {customer_number:ean}",
  "Hoi, ik verhuis per {!date}. klantnummer {customer_number} en nieuw adres {address}. Kan het contract mee?",
  "welke meterstand moet ik doorgeven? display zegt {!meter_reading} en de meter is een {!model_number}. Aansluiting EAN {customer_number:ean}",
  "BE|De overnamedocumenten zijn getekend. EAN-code elektriciteit {customer_number:ean}, gas {customer_number:ean.2}, meterstand dag {!meter_reading} nacht {!meter_reading.2}",
  "Mijn voorschot is ineens {!amount} per maand, {!percentage} hoger. Contractnummer {customer_number:contract}, bel me op {phone}",
  "Eindafrekening oude adres ({address}) nooit ontvangen, wel factuur {!invoice_number}. Mail naar {email} aub",
 ]),
 ("chat", "water", [
  "watermeter bij oplevering: {!meter_reading} m³. debiteurnummer {customer_number}, adres {address}",
  "Goedemorgen, ik ben per {!date} verhuisd naar {address}. Mijn klantnummer bij jullie is {customer_number} en ik wil automatisch betalen van {iban}",
  "BE|de watermeter staat op {!meter_reading}, klantnummer {customer_number}. Vorige bewoner heeft geen stand doorgegeven, bel gerust {phone}",
  "foto van de watermeter gestuurd om {!time}, stand {!meter_reading}, meternummer is {!model_number}",
 ]),
 ("chat", "internet", [
  "Internet verhuist mee maar de modem doet niks. Klantnummer {customer_number}, modem {!model_number}, foutcode {!error_code}",
  "het wifi wachtwoord van de nieuwe router is {wifi_key} (netwerk {@ssid}) maar mijn laptop pakt het niet",
  "inloggen op de router lukt niet. gebruiker admin / wachtwoord {password}, ip {ip_address} poort {!port}",
  "Monteur komt {!date} tussen {!time} en {!time.2}. Adres {address}, tel {phone}. Abonneenummer {customer_number}",
  "BE|mijn nieuwe wifi: netwerk {@ssid} sleutel {wifi_key}. Kunnen jullie van op afstand kijken? publiek ip is {ip_address}",
  "Na de verhuizing krijg ik {!error_code} in de app ({!version_string}). Mijn login is {username} en ww {password}",
  'wifi-code van het nieuwe huis: {wifi_key}, netwerk {@ssid}. Vorige bewoner heeft de modem laten staan',
 ]),
 ("chat", "gemeente", [
  "NL|Verhuizing doorgegeven via de site maar kreeg {!error_code}. BSN {bsn:nid}, nieuw adres {address}, per {!date}",
  "BE|Adreswijziging bij de gemeente: wijkagent is nog niet langs geweest. Rijksregisternr {bsn:nid}, adres {address}",
  "NL|inschrijving op nieuwe adres {address}: zaaknummer {!ticket_number}. mijn geboortedatum {date_of_birth}",
  "BE|Mijn eID moet aangepast worden na verhuis, geboren {date_of_birth}, rijksregister {bsn:nid}. Afspraak op {!date} om {!time}?",
  "hoi, de DigiD sms-code {otp} werkt niet bij de verhuismelding. wat nu",
 ]),
 ("chat", "borg", [
  "Verhuurder houdt {!amount} van mijn borg in. Contract {customer_number:contract}, terugstorten op {iban} graag",
  "BE|De huurwaarborg ({!amount}) staat geblokkeerd op rekening {iban}. Vrijgave kan pas met handtekening van beide. Mijn gsm {phone}",
  "eindinspectie was op {!date} om {!time}, adres {address}. wanneer komt de borg terug? mail {email}",
  "Borg betaald met {card}, {card_expiry}, maar verhuurder zegt niks ontvangen. transactie {!request_id}",
 ]),
 ("chat", "opslag", [
  "de code van het hek bij de opslagbox werkt niet meer, ik gebruik {pin}. unit nummer {!product_code}",
  "Klantnummer {customer_number}. Mijn box wordt per {!date} opgezegd, restant {!amount} mag van {iban}",
  "inlog portal: {username} / {password} -- laat nog de oude maandprijs van {!amount} zien",
  "alarmcode van mijn unit is {pin}, toegangscode poort {pin.2}. Klopt het dat die na de verhuis wijzigen?",
  "BE|Ik heb een box van {!quantity} gehuurd. Betaald met kaart {card} vervaldatum {card_expiry}, CVC {cvv}.",
 ]),
 ("chat", "post", [
  "NL|verhuisservice aangevraagd voor {address} maar post komt nog steeds op oude adres. ordernummer {!order_number}",
  "BE|Doorzending aangevraagd, referentie {!order_number}. oud adres {address}, nieuw adres {address.2}. Betaald {!amount}",
  "pakket {!tracking_number} is naar mijn oude adres gegaan, nu woon ik op {address}. bel {phone}",
  "de bevestigingscode die ik per mail kreeg is {otp}, maar het formulier accepteert hem niet",
 ]),
 ("chat", "sim", [
  "Telefoon is kwijt in de verhuisdozen en nu vraagt de nieuwe SIM om een PUK. Nummer {phone}. Klantnr {customer_number}",
  "PUK is {puk} toch? en mijn sim pin {pin}. Werkt niet",
  "bij verhuizen mijn abonnement aangepast, maar verificatiecode {otp} komt aan op oude nummer {phone}",
  'sim pin {pin} drie keer fout ingetoetst na de verhuizing, nu geblokkeerd. nummer {phone}',
  'PUK-code uit de app: {puk}. Het is een eSIM, klantnummer {customer_number}',
 ]),
 ("chat", "dev", [
  "Wij zijn een verhuisplatform en koppelen met jullie adres-API. Onze key {api_key} geeft {!error_code}. request id {!request_id}",
  "Voor de integratie gebruiken we Bearer {token} maar die verloopt na een uur?",
  "AWS access key {api_key} en secret {aws_secret} stonden per ongeluk in de ticket, graag verwijderen",
  "webhook krijgt HTTP 401 met token {token}. server {ip_address}:{!port}, checksum payload {!checksum}",
  'ons personal access token {token} is per ongeluk in de chat geplakt, graag intrekken. fout {!error_code}',
  'De API-sleutel {api_key} van ons verhuisportaal werkt niet meer sinds {!version_string}. Gebruiker {username}, KvK {!company_registration}',
 ]),
 ("public", "pub", [
  "{!mention} al {!quantity} wachten op de monteur, verhuisd op {!date} en nog steeds geen internet {!hashtag}",
  "{!mention} jullie verhuisservice is echt een drama. Post komt nog steeds op oude adres {!hashtag} {!hashtag.2}",
  "Bel me maar gewoon {!mention}: {phone}. Heb nu 3x het formulier ingevuld {!hashtag}",
  "{!mention} hoe lang duurt een adreswijziging nou eigenlijk? ticket {!ticket_number}",
  "Dank {!mention} ! Meterstanden doorgegeven, alles geregeld binnen {!time} {!hashtag}",
  "{!mention} mijn mail is {email}, graag contact over de schade tijdens de verhuizing",
  "BE|{!mention} sinds de verhuis geen tv meer, modem {!model_number} knippert rood. {!hashtag}",
  "NL|{!mention} {!mention.2} wie is er nou verantwoordelijk voor de eindafrekening van {!amount}?? {!hashtag}",
 ]),
 ("agent", "agent", [
  "Hoi {@first}, bedankt voor je bericht. Ik heb je nieuwe adres {address} genoteerd per {!date}. Je zaaknummer is {!ticket_number}. Groet, {@agent}",
  "Dag {@first}, vervelend dat dit zo loopt. Wil je je klantnummer en postcode in een DM sturen? Dan kijk ik mee. ^{@agent}",
  "Hi! Deel nooit je pincode of wachtwoord met ons, ook niet in een DM. Bel ons anders via {!company_phone} ({!time}-{!time.2}). Gr. {@agent}",
  "Ik zie dat de borg van {!amount} op {!date} is teruggestort naar rekening {!masked_value}. Klopt dat? /{@agent}",
  "Beste {{voornaam}}, je verhuizing staat ingepland op <datum>. Meer info: {!url}. Met vriendelijke groet, {@agent}",
  "Bedankt {@first}. Ik heb de meterstanden ({!meter_reading} en {!meter_reading.2}) voor EAN {customer_number:ean} verwerkt. Factuur {!invoice_number} volgt. ^{@agent}",
  "Ik heb een sms met een nieuwe code naar {phone} gestuurd. Dit kan tot {!quantity} duren. Groetjes, {@agent}",
  "Hoi {@first}, ik heb het contract {customer_number:contract} overgezet naar {address}. De modem ({!model_number}) sturen we op met {!tracking_number}. Gr {@agent}",
 ]),
 ("email", "mail", [
  """Ik verhuis op {!date} van {address} naar {address.2}. Graag wil ik mijn energiecontract meenemen.

Klantnummer: {customer_number}
EAN stroom: {customer_number:ean}
Meterstanden oude woning (foto in bijlage): {!meter_reading} kWh / {!meter_reading.2} m3
IBAN voor de eindafrekening: {iban}

Kunnen jullie mij bevestigen dat het voorschot van {!amount} gelijk blijft? U kunt mij bereiken op {phone}.""",
  """Naar aanleiding van ons telefoongesprek van {!date} stuur ik hierbij de gevraagde gegevens voor de huurwaarborg/borg.

Huurder: {@name}
Geboortedatum: {date_of_birth}
Huidig adres: {address}
Rekeningnummer: {iban}

De verhuurder heeft al getekend. De sleutel ligt in de sleutelkluis (code {pin}) zodat de inspecteur er {!date.2} om {!time} in kan.""",
  """Vorige week heb ik een verhuizing geboekt (offerte {!order_number}) voor {!quantity} en ongeveer {!quantity.2}.
Helaas kan ik niet inloggen op mijn account om de datum te wijzigen. Ik heb het wachtwoord al gereset, het nieuwe wachtwoord is {password} maar ik krijg nog steeds {!error_code}.
Mijn gebruikersnaam is {username}.

Ik zou graag de datum verschuiven naar {!date}. Het adres van de nieuwe woning is {address}, daar is een parkeervergunning nodig.""",
  """Mijn internet en tv moeten mee naar het nieuwe adres per {!date}:

{address}

Abonneenummer {customer_number}. Ik heb een nieuwe modem ({!model_number}) ontvangen maar de instellingen van de oude wil ik houden: netwerknaam {@ssid}, wachtwoord {wifi_key}. Is dat mogelijk?
Daarnaast het admin-wachtwoord van de modem: {password} (staat op de sticker). Het publieke IP was {ip_address}, dat heb ik nodig voor mijn camera's op poort {!port}.""",
  """Wij hebben een opslagbox bij jullie gehuurd tijdens de verbouwing. Per {!date} willen we opzeggen.
Contractnummer {customer_number:contract}, box {!product_code}.
De toegangscode voor de poort ({pin}) werkt sinds gisteren niet meer. Kunnen jullie die resetten?
Het restbedrag mag afgeschreven worden van {iban}, of anders van mijn creditcard {card} ({card_expiry}).""",
  """NL|Ik heb mijn verhuizing bij de gemeente doorgegeven maar de inschrijving staat nog op het oude adres.
BSN: {bsn:nid}
Geboortedatum: {date_of_birth}
Oud adres: {address}
Nieuw adres: {address.2}
Zaaknummer: {!ticket_number}

Ik heb dit nodig voor de huurtoeslag en de verhuisservice van de post. Bel me gerust op {phone} of {phone.2}.""",
  """BE|Ik ben verhuisd en wil mijn domiciliëring en adres laten aanpassen.
Rijksregisternummer {bsn:nid}, rekening {iban}, klantennummer {customer_number}.
Nieuw adres: {address}.
De code uit de kaartlezer was {otp} maar de sessie is verlopen ({!error_code}). Kunnen jullie mij bellen op {phone}? Liefst na {!time}.""",
  """In de bijlage vindt u het ondertekende overnamedocument met de meterstanden:
- elektriciteit: {!meter_reading} kWh
- gas: {!meter_reading.2} m³
- water: {!meter_reading.3} m³
Adres: {address}
Nieuwe bewoner: {@name}, te bereiken via {email}. Klantnummer oude bewoner: {customer_number}.""",
 ]),
]
