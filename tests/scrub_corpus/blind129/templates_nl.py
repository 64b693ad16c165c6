"""Dutch (nl) templates. Groups are dealt alternately between dev and heldout."""

BODY = {
"hotel": [
    "Hoi, we komen {n:date} pas rond {n:time} aan want vlucht {n:flight_number} heeft vertraging. Kunnen jullie de code van het sleutelkastje appen? Boekingsnr {n:order_number}. Mijn 06 is {s:phone}",
    "Goedemiddag, ik heb {n:quantity} geboekt bij {f:hotel} maar de betaling ging mis. Kaart {s:card}, geldig t/m {s:card_expiry}, cvc {s:cvv}. Kunnen jullie het nog een keer proberen?",
    "De wifi op kamer 214 doet het niet. Netwerk {f:ssid}, ik typ {s:wifi_key} zoals op het kaartje staat maar krijg steeds foutmelding {n:error_code}",
    "Graag de factuur op naam van mijn bedrijf: {f:name}, {s:address}. KvK {n:company_registration/kvk}, btw-nr {n:company_registration/btw}. Het gaat om factuur {n:invoice_number}.",
    "De aanbetaling van {n:amount} graag terug op {s:iban} t.n.v. {f:name}. Reserveringsnummer {n:order_number}, geannuleerd op {n:date}.",
    "ik spaar punten bij jullie, lidnummer {s:customer_number} maar de {n:quantity} van {n:date} staan er nog steeds niet op??",
    "Het sleutelkluisje gaat niet open!! Jullie stuurden code {s:pin/door=k} maar er gebeurt niks, ook {s:pin/door=k} met een hekje erachter niet. Bel me aub op {s:phone}",
    "Bij het inchecken vroeg de receptie om mijn geboortedatum ({s:date_of_birth}) en zelfs mijn BSN {s:bsn}. Is dat echt nodig voor een B&B?",
    "Kan de poortcode voor de parkeerplaats nog naar {s:email}? Ik kom met de auto, ben er rond {n:time}. De code van vorig jaar ({s:pin=p}) werkt niet meer",
    "Wij verblijven van {n:date} t/m {n:date} en betalen {n:amount} incl. {n:percentage} toeristenbelasting. Mijn adres voor de bevestiging: {s:address}",
],
"venue": [
    "Ik heb {n:quantity} gekocht voor {n:date} maar de QR-codes zijn nooit aangekomen op {s:email}. Bestelnummer {n:order_number}, betaald {n:amount}.",
    "Mijn jaarkaart {s:customer_number} wordt bij de poort niet herkend, foutcode {n:error_code}. Geboortedatum staat er goed op: {s:date_of_birth}",
    "Bij het inloggen op mijn account krijg ik een code per sms, {s:otp}, maar de site zegt dat die verlopen is. Gebruikersnaam {s:username}",
    "Hallo, ik wil de vriendenpas opzeggen. Lidnr {s:customer_number}, het incasso gaat van {s:iban}. Graag bevestiging naar {s:email}",
    "mn dochter ({s:date_of_birth}) is jarig op {n:date}, geldt de gratis toegang dan ook? we hebben tijdslot {n:time}",
    "Het terugbetalen van {n:amount} voor de gesloten dag ({n:date}) gaat mis, jullie formulier ({n:url}) geeft {n:error_code}. Rekening: {s:iban}",
    "Hee! Ik ben mijn wachtwoord vergeten voor de webshop. Login is {s:username}, ik had iets als {s:password} maar dat pakt hij niet",
    "We willen met {n:quantity} op schoolreis naar {f:venue}. Contactpersoon {f:name}, tel {s:phone}, school: {s:address}. Offerte {n:ticket_number}",
],
"print": [
    "Ik heb vanmorgen {n:quantity} in A5 laten printen (bestelling {n:order_number}) maar de kleuren zijn heel anders dan de proef. Artikel {n:product_code}.",
    "Mijn upload blijft hangen. Portal login: {s:username} / {s:password}. Bestand is 480 MB, sha256 {n:checksum}",
    "Kunnen jullie het drukwerk bezorgen op {s:address}? Track&trace {n:tracking_number} zegt al 3 dagen 'in sorteercentrum'",
    "Voor de koppeling met onze webshop hebben we jullie API gebruikt met key {s:api_key} maar we krijgen {n:error_code} terug sinds versie {n:version_string}",
    "De printer in de selfservice hoek ({n:model_number}) heeft {n:amount} van mijn kopieerkaart afgeschreven maar niks geprint. Kaartnummer {s:customer_number}",
    "Factuur {n:invoice_number} klopt niet, er staat {n:percentage} btw op ipv 9. Ons KvK is {n:company_registration/kvk}. Graag een creditnota naar {s:email/work}",
    "Klantnummer {s:customer_number}. Wil graag op rekening betalen, IBAN {s:iban}, machtiging ondertekend door {f:name}",
    "Ik sta nu in de winkel en de mail met de ophaalcode is niet gekomen. Kunnen jullie hem sturen naar {s:phone}? Order {n:order_number}",
],
"diy": [
    "Besteld op {n:date}: {n:quantity} ({n:product_code}) en een {n:model_number}. Bezorgadres {s:address}, maar er kwam niks. Track & trace {n:tracking_number}",
    "Mijn klantenpas {s:customer_number} staat nog op mijn oude adres. Nieuw adres: {s:address}, tel {s:phone}",
    "De accuboor {n:model_number} is na 2 weken stuk. Bon heb ik nog, betaald met pinpas, laatste cijfers {n:masked_value}. Retour {n:ticket_number}",
    "Kan het geld voor de geretourneerde vloer ({n:amount}) naar {s:iban}? Dat is de rekening van mijn vrouw, {f:name}.",
    "Bij het afrekenen in de app vroeg hij opeens om een verificatiecode, ik kreeg {s:otp} maar hij bleef laden. App {n:version_string}",
    "Hallo, login webshop werkt niet meer. Email {s:email}, wachtwoord {s:password}. Ik krijg {n:error_code}",
    "Levering bouwmaterialen: graag bellen voor aankomst op {s:phone} of mijn buurman {s:phone}. Het is de achterom bij {s:address}",
    "Wat kost het huren van een aanhanger voor {n:quantity/dur}? Ik heb de Gamma pas, nr {s:customer_number}",
],
"cowork": [
    "Mijn toegangspas werkt niet, ik gebruik nu de deurcode {s:pin/door} maar die is volgens mij van een andere member. Lidnummer {s:customer_number}",
    "Het wifi-wachtwoord van {f:ssid} is veranderd? Ik had {s:wifi_key=w} en dat werkt niet meer. Mijn laptop krijgt IP {s:ip_address}",
    "Voor de meeting room koppeling gebruiken we jullie API: key {s:api_key}, maar calendar sync geeft {n:error_code} op poort {n:port}",
    "Graag de flexplek facturen naar {s:email/work}. Bedrijf {f:name} Consultancy, KvK {n:company_registration/kvk}, adres {s:address}",
    "Het incasso van {n:amount} voor {n:date} is dubbel afgeschreven van {s:iban}. Contract {s:customer_number}.",
    "De printer op de 3e verdieping ({n:model_number}, IP {s:ip_address}) vraagt om een pincode, is dat {s:pin}? Of moet ik een eigen code aanmaken?",
    "Kan ik de meterstand van ons privé kantoor doorgeven? {n:meter_reading} op {n:date}. Klantnr {s:customer_number}",
    "Ik heb een gast om {n:time}, kunnen jullie die binnenlaten? Hij heet {f:name} en bereikbaar op {s:phone}",
],
"recruit": [
    "Hoi, voor mijn inschrijving hebben jullie mijn BSN nodig zei de intercedent: {s:bsn}. Geboortedatum {s:date_of_birth}. Is dat zo genoeg?",
    "Mijn loon van {n:date} is niet gestort. Het moet naar {s:iban}. Personeelsnummer {s:customer_number}",
    "Ik kom niet in het urenportaal. Gebruikersnaam {s:username}, wachtwoord {s:password}, en de sms code {s:otp} werd niet geaccepteerd",
    "Nieuw adres voor de loonstroken: {s:address}. En mijn nieuwe nummer is {s:phone}",
    "Beste, ik wil reageren op vacature {n:request_id}. Mijn cv heb ik gemaild vanaf {s:email}. Bereikbaar na {n:time} op {s:phone}",
    "Mijn jaaropgave {n:year} klopt niet, er staat een verkeerd BSN op. Het goede is {s:bsn}. Kandidaatnummer {s:customer_number}",
    "Waarom is er {n:amount} ingehouden?? Ik heb {n:quantity} gewerkt, {n:percentage} toeslag zou erbij komen. Loonstrook {n:invoice_number}",
    "ik ben uitzendkracht via jullie, mijn uitkering loopt nog, mijn klantnummer bij het UWV is {s:customer_number} als dat helpt",
],
"account": [
    "Ik heb mijn wachtwoord gewijzigd van {s:password} naar {s:password} maar kan nog steeds niet inloggen.",
    "Ik krijg een sms: 'Je verificatiecode is {s:otp=o}'. Als ik {s:otp=o} invul zegt de app ongeldig.",
    "Mijn e-mailadres is veranderd, oud: {s:email}, nieuw: {s:email}. Klantnummer {s:customer_number}",
    "Jullie vroegen om de code die ik kreeg: {s:otp/words}",
    "Mijn token verloopt steeds, dit is wat de app toont: Bearer {s:token/jwt}. Request-id {n:request_id}",
    "Simkaart van mijn werktelefoon is geblokkeerd, PUK is {s:puk} maar jullie app vraagt nog om de oude pincode {s:pin}",
],
}

PUBLIC = [
    "{n:mention} al {n:quantity} geen reactie op mijn mail over boeking {n:order_number} {n:hashtag}",
    "{n:mention} waarom kost een kaartje nu {n:amount}?? Vorig jaar was het nog {n:amount} {n:hashtag}",
    "Hee {n:mention}, bel me even terug op {s:phone}, ik hang al sinds {n:time} in de wacht {n:hashtag}",
    "{n:mention} jullie site geeft {n:error_code} bij afrekenen, zie {n:url} {n:hashtag} {n:hashtag}",
    "Wie heeft dit bedacht {n:mention}? {n:percentage} korting maar alleen tot {n:date} {n:hashtag}",
    "{n:mention} mijn mailadres is {s:email} stuur die bevestiging nou gewoon opnieuw!!",
    "Top service bij {n:mention} vandaag, bedankt {f:agent}! {n:hashtag}",
    "{n:mention} zending {n:tracking_number} staat al een week stil, wat nu {n:hashtag}",
]

AGENT = [
    "Hoi {f:first}, dank voor je bericht! Ik heb je nieuwe adres {s:address} aangepast in je account. Je ontvangt een bevestiging op {s:email}. Groet, {f:agent}",
    "Hallo {f:first}, vervelend dat de code niet werkt. Deel nooit je wachtwoord met ons, ook niet via DM. Je kunt het resetten via {n:url}. Zaaknummer {n:ticket_number}. {f:ini}",
    "Beste {f:first}, de terugbetaling van {n:amount} is op {n:date} overgemaakt naar rekening {n:masked_value}. Je kunt ons bereiken op {n:company_phone}. Met vriendelijke groet, {f:agent}",
    "Hi {f:first}! Ik zie dat je {s:phone} als nummer hebt gegeven, klopt dat? Dan bellen we je morgen tussen {n:time} en {n:time}. {f:ini}",
    "Dag {f:first}, de nieuwe deurcode voor je kamer is {s:pin/door}. Check-in kan vanaf {n:time}. Fijn verblijf! {f:agent}",
    "Hoi {f:first}, je klantnummer is {s:customer_number}. Wil je in een privébericht je postcode en huisnummer sturen? Dan zoek ik het voor je uit. {f:ini}",
    "Hallo {f:first}, bedankt voor je geduld. Graag ontvangen we je {{first_name}} en ordernummer via DM, geen pincodes of wachtwoorden aub. {f:agent}",
    "Beste {f:first}, we hebben het wifi-wachtwoord gereset. Het nieuwe is {s:wifi_key}. Lukt het niet, bel dan {n:company_phone}. Groet, {f:agent}",
]

SMS = [
    "[SMS] Uw verificatiecode is {s:otp}. Deel deze code met niemand.",
    "Je eenmalige code: {s:otp} (geldig {n:quantity/dur})",
    "{f:biz}: gebruik {s:otp} om in te loggen. Niet aangevraagd? Bel {n:company_phone}",
    "Code {s:otp} is je inlogcode voor Mijn {f:biz}",
]

GREET = ["Geachte heer/mevrouw,", "Beste klantenservice,", "Hallo,", "Goedemorgen,", "Beste {f:agent},", "Hoi,", "Dag meneer/mevrouw,", "Geachte medewerker,"]
CLOSE = ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt!", "Vriendelijke groeten,", "Gr.", "Bij voorbaat dank,", "Hartelijke groet,"]
SIG = [
    "{f:name}\n{s:address}\nTel: {s:phone}",
    "{f:name}\nMob. {s:phone}\n{s:email}",
    "{f:first}\n\nVerzonden vanaf mijn iPhone",
    "{f:name} | {f:name} Advies\nT {s:phone} | E {s:email/work}\nKvK {n:company_registration/kvk}",
    "{f:first} {f:last}\n{s:phone}",
    "{f:name}\n\nVerstuurd vanaf Outlook voor Android",
]
AGENT_SIG = [
    "Met vriendelijke groet,\n{f:agent}\nKlantenservice {f:biz}\nT {n:company_phone} | {n:url}",
    "Groet,\n{f:agent} | Team Klantcontact\n{n:company_phone} (ma-vr {n:time}-{n:time})",
    "Hartelijke groet,\n{f:agent}\n{f:biz} — KvK {n:company_registration/kvk}",
    "Vriendelijke groet,\n{f:agent}\nwww.klantenservice.nl | {n:company_phone}",
]
QUOTE_HDR = ["Op {n:date} om {n:time} schreef {f:name} <{s:email}>:", "Op {n:date/short} {n:year} {n:time} schreef {f:name}:", "Van: {f:name} <{s:email}>\nVerzonden: {n:date} {n:time}\nOnderwerp: RE: boeking {n:order_number}", "-----Oorspronkelijk bericht-----\nVan: {f:name}\nDatum: {n:date}"]
FWD_HDR = ["---------- Doorgestuurd bericht ---------\nVan: {f:name} <{s:email}>\nDatum: {n:date}\nOnderwerp: Fwd: factuur {n:invoice_number}", "Begin doorgestuurd bericht:\n\nVan: {f:name} <{s:email}>\nOnderwerp: uw reservering {n:order_number}"]
DISCLAIMER = ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Mocht u dit bericht onterecht ontvangen, verzoeken wij u dit te melden en het te verwijderen.", "Denk aan het milieu voordat u deze e-mail print.", "Aan dit bericht kunnen geen rechten worden ontleend."]
SUBJECT = ["Onderwerp: vraag over mijn boeking", "Onderwerp: Re: klacht", "Onderwerp: wachtwoord werkt niet", "Onderwerp: factuur", "Onderwerp: adreswijziging", "Onderwerp: terugbetaling"]
