"""Dutch (Netherlands) templates. Groups are dealt alternately: even index -> dev, odd -> heldout."""

CHAT = [
    # solar / inverter portal login
    ["hoi, ik kom niet meer in het monitoringportaal van mijn omvormer ({model}). gebruikersnaam {user} en wachtwoord {password}, klopt dat wel?",
     "Goedemiddag! Sinds de update naar {ver} zie ik niks meer in de app. Inlog is {user} / {password} als jullie even willen kijken",
     "Login portaal: {user}\nWW: {password}\nKunnen jullie checken waarom de opbrengst sinds {sdate} op 0 staat?",
     "ik heb het wachtwoord al 3x gereset, nu is het {password}. naam is {user}. nog steeds foutmelding {err}",
     "Mijn man heeft destijds het account aangemaakt, ik denk met gebruikersnaam {user}. Oud ww was {password=o}, nieuw ww {password}. Help!"],
    # wifi for inverter / heat pump
    ["De monteur komt morgen om {time} voor de omvormer. Wifi netwerk is {ssid}, sleutel {wifi}",
     "wifi gegevens voor de warmtepomp: netwerk {ssid} ww: {wifi} (hoofdletters gevoelig!)",
     "Jullie vroegen om de wifi-code voor de laadpaal. Dat is {wifi}. Het netwerk heet {ssid}.",
     "Netwerknaam: {ssid}\nNetwerksleutel: {wifi}\nRouter staat in de meterkast, IP van de omvormer is {ip}",
     "wifi is {ssid} en het wachtwoord daarvan {wifi} , succes morgen"],
    # heat pump error + customer number
    ["Onze warmtepomp {model} geeft sinds vanochtend storing {err}. Klantnummer {custnr}, adres {address}. Het is hier {qty} binnen brr",
     "storing {err} op de buitenunit, klantnr {custnr}. Kan er deze week iemand langskomen? Ik ben bereikbaar op {mobile}",
     "Goedemorgen, mijn klantnummer is {custnr}. De warmtepomp maakt een raar geluid sinds {sdate}. Bel me gerust: {phone}",
     "Onderhoudscontract {custnr} — de jaarlijkse beurt stond op {date} maar er is niemand gekomen. Adres: {fulladdr}",
     "ik heb {ticket} al gemeld op {sdate}, nog niks gehoord. warmtepomp staat nog steeds op {err}. tel {mobile}"],
    # charging point
    ["Laadpaal {model} accepteert mijn pas niet meer. Klantnummer {custnr}. Bij het laden zie ik {err}",
     "De laadpaal app vraagt een verificatiecode, ik kreeg {otp} maar die werkt niet?",
     "Ik wil de laadsessies laten terugbetalen naar {iban}. Ik heb in {sdate} {qty} geladen en {amount} betaald",
     "mijn auto ({plate}) laadt niet op de paal thuis, {address}. Paal heeft IP {ip} en poort {port} staat open volgens de installateur",
     "Pincode van de laadpaal-admin is {pin4} toch? Of was het {pin4=b}? Ik krijg {err}"],
    # insulation / subsidy
    ["Voor de ISDE subsidie hebben jullie mijn BSN nodig zeggen jullie? Het is {bsn}. Factuur is {invoice}",
     "hierbij mijn gegevens voor de spouwmuurisolatie: {name}, {fulladdr}, geb. {dob}, tel {phone}",
     "De offerte ({order}) voor vloerisolatie van {qty} is goed. Aanbetaling van {amount} gaat van {iban_nl}",
     "Kunnen jullie het voorschot terugstorten op NL rekening {iban_nl}? Ten name van {name}. Het ging om {amount}",
     "isolatie is {date} gedaan maar er zit nog een gat bij de kruipruimte. Bel {mobile} voor afspraak, liefst na {time}"],
    # care alarm
    ["Mijn moeder heeft een personenalarm van jullie. De sleutelkluis bij de voordeur heeft code {pin4}, zodat de centrale erin kan.",
     "De code van het sleutelkastje is gewijzigd naar {pin}. Adres van mijn vader: {fulladdr}",
     "Het alarmknopje van mijn schoonmoeder ({model}) piept elke nacht om {time}. Cliëntnummer {custnr}. Zij woont op {street}",
     "hallo, ik ben de dochter van mevr. {last}. haar geboortedatum is {dob} en haar BSN {bsn}. Kan het alarm per {sdate} opgezegd worden?",
     "Contactpersonen voor alarmopvolging wijzigen: 1e {name} {mobile}, 2e {name} {mobile}. Sleutelkluiscode blijft {pin4}"],
    # district nursing / home care
    ["Wijkverpleging komt nu {qty} bij mijn vader maar hij heeft meer zorg nodig. Zijn BSN is {bsn}, geboren {dob}. Wie kan ik bellen?",
     "Mijn moeder (geb. {dob}) krijgt sinds {sdate} thuiszorg van jullie. Polisnummer zorgverzekering {custnr}. Klopt het dat de eigen bijdrage {amount} is?",
     "de zorgverlener kon vanochtend niet naar binnen, deurcode is {pin} #. wil dat even in het dossier?",
     "Ik ben mantelzorger voor mijn tante op de {street}. Haar telefoonnummer is {landline}, mijn nummer {mobile}.",
     "Goedemorgen, de factuur {invoice} van de huishoudelijke hulp klopt niet. Graag terugstorten op {iban}, t.n.v. mijn moeder."],
    # VvE / service charges
    ["Als eigenaar van appartement {n} in VvE {last}: mijn servicekosten {amount} per maand worden nu dubbel afgeschreven van {iban_nl}!",
     "Graag mijn bijdrage VvE voortaan van rekening {iban} incasseren. Lidnummer {custnr}. Oude rekening mag eruit.",
     "Inlog voor het VvE-portaal lukt niet, gebruikersnaam {user}. ik heb een code gekregen: {otp}",
     "ik zit in de kascommissie van de VvE. Kunnen jullie de jaarrekening {year} mailen naar {email}?",
     "De lift in ons complex staat al {qty} stil. Melding {ticket}. Ik woon op {fulladdr}, 06: {mobile}"],
    # letting / rental
    ["Hallo, ik huur via jullie de woning aan de {street}. De borg van {amount} is nog niet terug. Mijn IBAN: {iban}",
     "Bezichtiging {sdate} om {time} is prima. Mijn mobiel is {mobile} en mail {email}",
     "Nieuwe huurder hier. De code van de sleutelkluis die ik van {agent} kreeg ({pin4}) werkt niet. Sta nu voor de deur!",
     "Huurcontract {custnr}, de cv-ketel doet het niet. Ik ben thuis na {time}. Telefoon: {phone}",
     "ik heb m'n salarisstroken gestuurd, geb datum {dob}, BSN {bsn}. moet er nog meer bij voor de huurwoning?"],
    # card / payment
    ["ik wil de aanbetaling met creditcard doen: {card}, geldig tot {expiry}, cvc {cvv}",
     "Kaartnummer {card} exp {expiry} en de code achterop {cvv}. Bedrag is {amount} toch?",
     "Mijn creditcard {card} is twee keer belast voor {invoice}. Kunnen jullie dat terugdraaien?"],
    # phone/sim (care alarm uses SIM)
    ["De simkaart in het alarmapparaat van opa is geblokkeerd. PUK staat op het kaartje: {puk}. Pincode was {pin4}",
     "Alarmtelefoon vraagt om PIN, ik heb {pin4} geprobeerd. Nu vraagt hij PUK. Op het pasje staat {puk}",
     "sim van de slimme meter module zit vast, pukcode {puk}, wat nu"],
    # API / tokens (tech-savvy)
    ["Ik wil mijn zonnepanelen in Home Assistant koppelen. Mijn API key is {apikey}, site id {custnr}. Klopt de rate limit van {qty}?",
     "Jullie API geeft {err} met mijn token {token}. Request id {reqid}",
     "Bearer token die ik gebruik: {token}\nEndpoint geeft HTTP 401 sinds firmware {ver}. Graag hulp",
     "api-sleutel voor de laadpaal: {apikey} — die heb ik gisteren aangemaakt, mag ik die zo delen?"],
    # otp
    ["Ik krijg de sms-code {otp} maar de app zegt ongeldig",
     "code is {otpw}",
     "Verificatiecode: {otp}. Kunt u mijn account nu ontgrendelen? Gebruikersnaam is {user}",
     "ik heb 2 codes gekregen, {otp} en {otp=b}. welke moet ik hebben"],
    # negatives-heavy
    ["Pakket met de montageset ({prod}) is nog niet binnen, trackingnummer {track}. Bestelling {order} van {sdate}",
     "Meterstand vandaag: {meter}. Terug geleverd dit jaar: {meter}. Klopt dat met de {qty}?",
     "Factuur {invoice} van {amount} klopt niet: er staat {pct} btw op, moet {pct} zijn",
     "Storing {err} weer terug na update {ver}. Ticket {ticket}. Al {qty} niks opgewekt",
     "Ik vlieg {sdate} terug met {flight}, kan de installatie daarna? Offerte {order}",
     "de lader ({model}) heeft firmware {ver}, is er iets nieuwers? artikel {prod}"],
]

PUBLIC = [
    ["{mention} al {qty} geen warmte, storing {err}. Ticket {ticket}. Wanneer komt er iemand?? {hashtag}",
     "{mention} jullie monteur zou om {time} komen. Het is nu {time}. Niemand. {hashtag} {hashtag}",
     "Nou {mention}, {amount} betaald voor {qty} en de omvormer staat al sinds {sdate} op rood {hashtag}",
     "{mention} bel me nou gewoon terug: {mobile}. Al 4x gebeld naar {cphone}",
     "Heel tevreden over {energy}! {qty} op het dak in één dag {hashtag}"],
    ["{mention} mijn moeder van {n} jaar wacht al uren op de wijkzorg. {hashtag}",
     "{mention} het alarm van mijn vader ging af en niemand reageerde. Dit kan echt niet {hashtag}",
     "Dank aan de wijkverpleging van {care}, super lieve mensen {hashtag}",
     "{mention} stuur maar een dm, mijn nummer is {phone}"],
    ["{mention} servicekosten weer {pct} omhoog en de lift is nog steeds kapot {hashtag}",
     "{mention} wanneer krijg ik mijn borg terug? Al {qty} geleden vertrokken {hashtag}",
     "{mention} prima verhuurder, snel gereageerd op de lekkage {hashtag}",
     "{mention} bij {estate} nog steeds geen reactie op dossier {ticket}. {url}"],
]

EMAIL = [
    ["Hierbij stuur ik u mijn gegevens voor de aanvraag van de thuisbatterij.\n\nNaam: {name}\nAdres: {fulladdr}\nTelefoon: {phone}\nE-mail: {email}\nIBAN: {iban_nl}\nEAN-code elektriciteit: {ean}\n\nDe offerte had nummer {order} en bedroeg {amount} incl. {pct} btw.",
     "Ik heb op {date} een offerte gekregen voor {qty} zonnepanelen ({order}). Voordat ik teken wil ik weten of de omvormer ({model}) ook via wifi kan. Mijn netwerk is {ssid}, het wachtwoord is {wifi}. Verder kunnen jullie mij bereiken op {mobile}.",
     "Naar aanleiding van ons telefoongesprek van vanochtend stuur ik u mijn meterstanden:\n- normaal: {meter}\n- dal: {meter}\n- teruglevering: {meter}\n\nMijn klantnummer is {custnr} en het EAN van de aansluiting {ean}. Het betreft het adres {fulladdr}."],
    ["Namens mijn moeder, mevrouw {last}, wil ik de thuiszorg aanvragen. Haar gegevens:\n\nGeboortedatum: {dob}\nBSN: {bsn}\nAdres: {fulladdr}\nTelefoon thuis: {landline}\nHuisarts: dokter {last}\n\nIkzelf ben bereikbaar op {mobile} of via {email}. De indicatie loopt tot {date}.",
     "Mijn vader heeft sinds {sdate} een alarmknop. Voor de alarmcentrale: de sleutelkluis hangt links naast de voordeur, code {pin4}. Zijn cliëntnummer is {custnr}. Graag ook mijn broer als contactpersoon toevoegen: {name}, {mobile}.",
     "Ik wil een klacht indienen over de zorg die mijn schoonvader ontvangt. Op {date} om {time} was er niemand om hem te helpen. Klachtnummer van de vorige klacht: {ticket}. Zijn BSN is {bsn} en geboortedatum {dob}."],
    ["Als lid van VvE {last} wil ik bezwaar maken tegen de verhoging van de servicekosten van {amount} naar {amount} per maand ({pct}). Mijn appartementsindex is {custnr}.\n\nBovendien wordt het bedrag afgeschreven van een oude rekening. Mijn nieuwe IBAN is {iban}, graag aanpassen.",
     "Wij huren sinds {date} de woning {fulladdr}. Bij de oplevering is de borg van {amount} ingehouden zonder uitleg. Graag ontvang ik dit terug op {iban} t.n.v. {name}.\n\nMijn telefoonnummer: {phone}",
     "Voor de screening als huurder stuur ik hierbij mijn gegevens:\nNaam: {name}\nGeboortedatum: {dob}\nHuidig adres: {fulladdr}\nMobiel: {mobile}\nWerkgever: {energy}\n\nDe loonstroken stuur ik apart, ze zijn groot ({qty})."],
    ["Voor de koppeling met ons energiemanagementsysteem heb ik de volgende gegevens gekregen van de installateur:\n\nportal: {url}\ngebruiker: {user}\nwachtwoord: {password}\nAPI-key: {apikey}\nIP omvormer: {ip}:{port}\n\nWerkt dit ook met Modbus? De omvormer draait op {ver}.",
     "Na de storing ({err}) heb ik de router gereset. Admin-wachtwoord van de router is nu {password}, wifi-wachtwoord {wifi}. De warmtepomp krijgt geen verbinding meer. Mijn IP is {ip}. Referentie {ticket}."],
]

AGENT = [
    ["Hoi {first}, vervelend dat de omvormer storing geeft! Kun je ons je klantnummer en postcode sturen via DM? Dan kijken we mee. ^{init}",
     "Dank je wel {first}. Ik zie het klantnummer {custnr} staan. Er staat een monteur ingepland op {sdate} tussen {time} en {time}. Groet, {agent}",
     "Hoi! Deel alsjeblieft nooit je wachtwoord met ons, ook niet via DM. Reset het via {url}. Groetjes {agent}",
     "Bedankt voor het doorgeven. Ik heb je nieuwe IBAN {iban} genoteerd voor klantnummer {custnr}. Vanaf de volgende termijn ({sdate}) wordt dit gebruikt.",
     "We hebben je gebeld op {phone} maar kregen geen gehoor. Bel je ons terug op {cphone}? Je ticketnummer is {ticket}. ^{init}"],
    ["Goedemiddag, ik heb de sleutelkluiscode {pin4} aangepast in het dossier van uw moeder. De centrale is per direct op de hoogte. Met vriendelijke groet, {agent}",
     "Dag {first}, we hebben het telefoonnummer {mobile} als eerste contactpersoon toegevoegd. Het oude nummer eindigend op {masked} is verwijderd.",
     "Hallo, om de zorg te kunnen starten hebben we het BSN en de geboortedatum van uw vader nodig. Wilt u die in een privébericht sturen, niet hier? Dank! {agent}",
     "Beste {first}, de wijkverpleegkundige komt {sdate} om {time} langs op {address}. Voor vragen: {cphone}."],
    ["Hoi {first}, de servicekosten voor {year} zijn vastgesteld op {amount} per maand. Het incassobedrag wordt afgeschreven van {masked}. Groet, VvE-beheer",
     "Dank voor uw bericht. De borg wordt binnen {qty} teruggestort op rekening {iban}. Kenmerk {invoice}. ^{init}",
     "Hi {first}, de bezichtiging staat op {sdate} om {time}. We sturen een bevestiging naar {email}. Tot dan! {agent}",
     "Ik heb de code van de sleutelkluis gecontroleerd, die is {pin4}. Lukt het niet, bel dan {cphone}. Groet {agent}"],
]

CHAT += [
    # pasted SMS / screens
    ["Dit kreeg ik net binnen:\n\"Uw verificatiecode voor Mijn {energy} is {otp}. Deel deze code met niemand.\"\nIs dit echt van jullie?",
     "[SMS] {care}: Uw eenmalige inlogcode is {otp}. Geldig tot {time}.\nZe vragen mij die door te sturen, klopt dat?",
     "screenshot lukt niet dus ik typ het over: 'Code: {otp} (geldig 10 min)' — en nu?",
     "kopie van de sms: Je code is {otp}. Niet delen! -- oeps, te laat haha"],
    # lists / quick dumps
    ["Gegevens nieuwe huurder:\n- {name}\n- {dob}\n- {mobile}\n- {email}\n- rekening {iban}",
     "naam: {name}\ngeb: {dob}\nadres: {fulladdr}\ntel: {phone}\nklantnr: {custnr}",
     "• EAN: {ean}\n• meter: {meter}\n• klantnr {custnr}\n• IBAN {iban_nl}",
     "1. BSN moeder: {bsn}\n2. geboren {dob}\n3. huisarts gebeld op {sdate}\n4. tel mantelzorger {mobile}"],
    # dictated / corrections
    ["nummer is nul zes... nee wacht, gewoon {mobile}",
     "sorry typfout, het goede nummer is {phone} (niet {phone})",
     "mijn IBAN is {iban=a}, dus {iban=a}, niet die andere die ik eerder stuurde",
     "Emailadres was verkeerd: moet zijn {email} i.p.v. {email}"],
]

# coverage pairs: member 0 -> dev, member 1 -> heldout, same types, different phrasing
CHAT += [
    ["Firmware-bestand gedownload, checksum klopt niet: verwacht {checksum}. Versie {ver}, request {reqid}",
     "sha256 van de update die ik kreeg: {checksum} — is dat de juiste? Foutcode {err}, req-id {reqid}"],
    ["Jullie rekenen {pct} btw op de warmtepomp maar op de website staat {pct}. Offerte {order}, track & trace {track}",
     "hoezo {pct} toeslag?? Pakket {track} nog steeds onderweg, order {order}"],
    ["Ik land {sdate} met {flight} op Schiphol, kan de oplevering van de woning daarna? Kenmerk {ticket}",
     "vlucht {flight} heeft vertraging, ik haal de sleuteloverdracht om {time} niet"],
    ["De installateur heeft de API-sleutel {apikey} in de app gezet en de sessie-token {token}. Moet ik die wijzigen?",
     "In de config van de omvormer zag ik api_key={apikey} en token={token} staan, is dat veilig?"],
    ["omvormer zit op {ip}, de warmtepomp op {ip}. beide via poort {port}",
     "kan niet bij de webinterface op http://{ip}:{port} , time-out"],
    ["BSN van mijn vader voor de Wlz-aanvraag: {bsn}. Zijn geboortedatum: {dob}",
     "Hier het burgerservicenummer {bsn} van mijn moeder (geb. {dob}), zoals gevraagd door de wijkverpleegkundige"],
    ["Betaling voor de laadpaal: kaart {card} / {expiry} / {cvv}",
     "creditcard nr {card}\nvervaldatum {expiry}\nbeveiligingscode {cvv}"],
    ["{kvk} staat op jullie factuur maar de btw klopt niet, factuur {invoice}",
     "welk {kvk} hoort bij jullie? ik zie een ander op de offerte {order}"],
]
