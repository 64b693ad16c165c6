"""Dutch (nl) templates. {x} = labelled value, {~x} = hard negative, {@x} = unlabelled filler."""

BODY = {
 "legal": [
  "Mijn vader is op {~date} overleden en wij moeten de nalatenschap afwikkelen. Zijn BSN is {bsn}, geboren {dob}. Ons dossiernummer bij jullie is {~dossier}. Eindstand meter in zijn huis: {~meter}.",
  "goedemiddag, ik heb de conceptakte voor de levering van de woning aan de {addr} ontvangen. Het bedrag van {~amount} klopt niet, er staat ook nog mijn oude rekening in: {iban} moet {iban2} zijn",
  "Voor de volmacht heeft de notaris mijn gegevens nodig zegt u. Hier: geboortedatum {dob}, burgerservicenummer {bsn}, adres {addr}. Bel me gerust op {phone}",
  "Ik wil graag een levenstestament / volmacht laten opstellen voor mijn moeder ({@first} {@last}, geb. {dob}). Kan dat nog voor {~date}? Mijn nummer: {phone}",
  "Hallo, ik had een afspraak bij het Juridisch Loket over de erfenis van mijn tante. Mijn klantnummer is {client} en mijn mail is {email}. Zaaknummer {~ticket}.",
  "De sleuteloverdracht is {~date} om {~time}. Meterstanden bij overdracht: stroom {~meter} kWh, gas {~meter2} m3. Kunnen jullie het saldo van {~amount} overmaken naar {iban}?",
  "Wat is de inlogcode voor het cliëntportaal? Ik heb gebruikersnaam {user} en wachtwoord {password} geprobeerd maar krijg foutmelding {~err}",
  "Bij deze mijn gegevens voor de akte van verdeling:\n- naam: {@first} {@last}\n- BSN: {bsn}\n- geboren: {dob}\n- IBAN: {iban}\n- tel: {phone}",
  "kunt u de sms code sturen naar mijn nieuwe nummer {phone}? ik heb nu code {otp} gekregen maar die werkt niet meer voor het ondertekenen",
 ],
 "hotel": [
  "Wij hebben geboekt voor {~persons} vanaf {~date}, boekingsnummer {~booking}. Kunt u de deurcode van het huisje alvast sturen? Mijn nummer is {phone}",
  "Hoi! We staan voor de slagboom van het park, de code {code} werkt niet. Reservering {~booking} op naam van {@last}.",
  "De wifi in {@room} doet het niet. Netwerk {@ssid}, wachtwoord {wifi} wordt steeds geweigerd. Kunnen jullie kijken?",
  "Graag de aanbetaling van {~amount} terugstorten op {iban} t.n.v. {@first} {@last}. Mijn gastnummer is {guest}.",
  "Ik heb gisteren bij de receptie mijn creditcard gegeven, nummer {card} geldig tot {exp}, cvc {cvv}. Is de borg van {~amount} nu geblokkeerd?",
  "Sleutelkluis bij de bungalow: code is {code}? Dat stond in de mail maar het kastje gaat niet open. We komen pas om {~time} aan",
  "Mijn account op jullie boekingssite is geblokkeerd. Inlognaam {user}, ik heb wachtwoord gewijzigd naar {password} maar ik krijg geen verificatiecode op {email}",
  "wij vertrekken {~date} met vlucht {~flight}, kunnen we de keycards ({~qty}) bij de nachtportier inleveren? tel {phone}",
 ],
 "gym": [
  "Ik wil mijn lidmaatschap opzeggen per {~date}. Lidnummer {member}, geboortedatum {dob}. Incasso loopt via {iban}.",
  "Mijn toegangspas werkt niet meer bij de poortjes. Pasnummer/lidnummer {member}. Mijn pincode voor de kluisjes is {pin} als dat uitmaakt",
  "Inloggen in de app lukt niet: gebruikersnaam {user}, wachtwoord {password}. Versie {~ver} op Android. Kunnen jullie mijn account resetten?",
  "Er is {~amount} dubbel afgeschreven van {iban}! Ik ben lid sinds {~year}, lidnr {member}. Bel me terug op {phone}",
  "Ik ben verhuisd, nieuw adres: {addr}. Mijn e-mail is ook veranderd naar {email}.",
  "De verificatiecode uit de sms is {otp} maar de app zegt 'code verlopen' ({~err}). Graag hulp",
  "Voor de sportclub contributie: rekeningnummer {iban}, lidnummer {member}. Mijn dochter ({@first}) is geboren op {dob}.",
 ],
 "broadband": [
  "De monteur zou {~date} tussen {~time} en {~time2} komen voor de glasvezel aansluiting op {addr}, maar niemand gekomen. Klantnummer {cust}. Het modem ({~model}) ligt al klaar.",
  "Het modem ({~model}) knippert rood. Serienummer {@serial}. Inloggen op 192.168.1.1 met {user} / {password} lukt niet meer",
  "Mijn nieuwe wifi-wachtwoord is {wifi}, het oude was {wifi2}. Toch krijg ik op poort {~port} geen verbinding. Mijn WAN ip is {ip}",
  "Wanneer komt de glasvezel in onze straat? Ik woon op {addr}. U kunt me bereiken op {phone} of {email}",
  "Ik krijg steeds foutcode {~err} op de ONT. Firmware versie {~ver}. Contractnummer {cust}, geen internet sinds {~date}!!",
  "Router login: gebruiker {user}\nww: {password}\nSSID: {@ssid}\nWPA-sleutel: {wifi}\nKlopt dit zo?",
  "Graag de installatieafspraak verzetten naar {~date}. Mijn klantnummer is {cust} en 06: {phone}",
  "Afschrijving {~amount} voor factuur {~invoice} klopt niet, ik heb {~product} en niet {~product2}. IBAN {iban}",
 ],
 "app": [
  "Het nieuwe modem is verstuurd met track & trace {~tracking}, maar ik moet inloggen met code {otp}. Abonnement {~speed}, {~pct} korting tot {~year}. Bestand-hash {~checksum}. Sessietoken: {token}",
  "Download van firmware {~ver} heeft sha256 {~checksum}, klopt die? Account {cust}, token {token}. Pakket {~tracking} nog niet binnen. Poort {~port} naar {ip} werkt niet, request-id {~reqid}.",
  "Onze boekingsmodule koppelt niet met jullie channel manager. API key: {apikey}, request id {~reqid}. Foutmelding {~err}.",
  "Hierbij de access token die ik van support moest sturen: {token}. Het gaat om account {cust}.",
  "Ik heb per ongeluk mijn pincode {pin} en kaartnummer {card} in de chat gezet, kunnen jullie dat verwijderen?",
  "De checksum van de firmware download ({~checksum}) komt niet overeen. Mijn api-sleutel is {apikey}, verloopt die soms?",
  "AWS toegang voor de reserveringsserver: access key id {apikey} secret {awssecret}. Graag per direct intrekken, is gelekt.",
  "Mijn PUK is {puk} en de SIM pin {pin}, toestel blijft vragen om de PUK-code. Nummer {phone}",
 ],
}

PUBLIC = [
  "{~mention} al {~days} zonder internet en niemand die reageert {~hashtag}",
  "{~mention} monteur kwam weer niet opdagen. Bel me maar: {phone} {~hashtag}",
  "Hoe lang duurt het nog {~mention}?? Ticket {~ticket} staat al sinds {~date} open {~hashtag} {~hashtag2}",
  "{~mention} jullie vakantiepark is top maar de wifi is ramp {~hashtag}. zie {~url}",
  "Beste {~mention}, stuur maar een mail naar {email} want DM werkt niet",
  "{~mention} {~pct} korting beloofd en toch {~amount} betaald. {~hashtag}",
  "lol de sportschool {~mention} wil mijn geboortedatum {dob} op een publiek formulier. echt niet",
]

AGENT = [
  "Hoi {@first}, vervelend om te horen! Kun je ons je klantnummer en postcode in een DM sturen? Deel nooit je wachtwoord. ^{@agent}",
  "Dank je wel {@first}. Ik zie dat je klantnummer {cust} is (IBAN {~masked}) en dat de monteur op {~date} tussen {~time} en {~time2} komt. Groet, {@agent}",
  "Beste {@first}, we hebben je IBAN eindigend op {~masked} gevonden. Het bedrag van {~amount} is teruggestort. Ticketnummer {~ticket}. Met vriendelijke groet, {@agent}\n{@brand} | {~cphone}",
  "Hallo {@first}, je nieuwe tijdelijke wachtwoord is {password}. Wijzig het na het inloggen via {~url}. ^{@agent}",
  "We hebben een code gestuurd naar {email}. Je verificatiecode is ook {otp}, deze is {~minutes} geldig. Mvg {@agent}",
  "Hoi! De deurcode van je bungalow is {code}, de wifi-sleutel {wifi}. Fijn verblijf! Bel bij vragen {~cphone}. {@agent}",
  "Goedemiddag, voor de volmacht hebben wij uw BSN {bsn} genoteerd. Uw dossiernummer is {~dossier}. Met vriendelijke groet, {@agent}, notarisklerk",
]

GREET = ["Geachte heer/mevrouw,", "Beste,", "Hallo,", "Goedemorgen,", "Beste {@agent},", "Hoi,", "Geachte {@brand},", "Dag,"]
CLOSE = ["Met vriendelijke groet,", "Groetjes,", "Mvg", "Alvast bedankt!", "Vriendelijke groeten,", "Gr.", "Hartelijke groet,", "Bvd,"]
SIG = ["{@first} {@last}\n{addr}\nTel: {phone}", "{@first} {@last}\nM {phone}\nE {email}", "{@first}\n\nVerzonden vanaf mijn iPhone",
       "{@first} {@last}\nmob. {phone}", "--\n{@first} {@last}\n{email}", "{@first} {@last} | {phone}\nVerstuurd vanaf Mail voor Windows"]
QUOTE = ["Op {~date} om {~time} schreef {@brand} <info@{@web}>:", "-----Oorspronkelijk bericht-----\nVan: {@brand} <klantenservice@{@web}>\nVerzonden: {~date} {~time}\nOnderwerp: Re: uw aanvraag {~ticket}",
         "Op {~date} heeft {@agent} van {@brand} het volgende geschreven:", "---------- Doorgestuurd bericht ---------\nVan: {@brand} <noreply@{@web}>\nDatum: {~date}\nOnderwerp: Bevestiging {~booking}"]
DISCLAIMER = ["Dit bericht is uitsluitend bestemd voor de geadresseerde. KvK {~kvk}.", "Denk aan het milieu voordat u deze e-mail print.",
              "{@brand} B.V. | KvK {~kvk} | BTW {~kvk2} | {~url}", "De informatie in dit bericht is vertrouwelijk."]
QUOTED = ["Beste klant, bedankt voor uw bericht. Wij nemen binnen {~days} contact op. Uw referentie is {~ticket}.",
          "Hoi {@first}, kun je je klantnummer en geboortedatum sturen? Groet, {@agent}",
          "Wij bevestigen uw afspraak op {~date} om {~time}. Heeft u vragen? Bel {~cphone}."]
