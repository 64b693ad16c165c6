"""Flemish (nl-be) frames."""

PLAIN = [
    "t|Amai, al heel de week geen internet in {city}. Wanneer komt er iemand? Modem {n.model} blijft rood",
    "t|Goeiendag, ik zou graag mijn abonnement {product} omzetten naar iets goedkoper. Nu betaal ik {n.amount}",
    "t|Allee, weeral geen tv. Foutcode {n.err} op het scherm. Ge moogt wel elke maand geld vragen he",
    "t|Merci voor de technieker die vanmorgen langs kwam, super vriendelijke gast en alles werkt!",
    "t|Wij verhuizen binnenkort, kan ik mijn internet meenemen? Datum is {n.date}",
    "e|Mijn voorschotfactuur is gestegen met {n.pct}, van {n.amount} naar {n.amount}. Waarom?",
    "e|Meterstand doorgegeven op {n.date}: {n.meter}. Toch krijg ik een schatting op mijn afrekening",
    "e|Stroompanne sinds {n.time} in onze straat. Is dat bij jullie gekend?",
    "e|Hoe zit dat met het capaciteitstarief? Ik snap mijn factuur {n.inv} niet",
    "b|Uw app geeft al de hele dag foutmelding {n.err}. Ik moet mijn huur betalen!",
    "b|Ik zou graag een spaarrekening openen voor mijn dochter. Kan dat online?",
    "b|Er is {n.amount} van mijn rekening gegaan op {n.date}, ik heb daar geen idee van",
    "s|Mijn pakje {n.track} zou gisteren geleverd worden maar niks gekregen. Bestelling {n.order}",
    "s|Hallo, ik heb een verkeerde maat gekregen van de {product}. Kan ik die omruilen?",
    "s|Dikke merci, mijn bestelling was er op een dag! 👌",
    "s|Terugbetaling van {n.amount} voor retour {n.order} nog altijd niet ontvangen na {n.qty}",
    "*|Al een half uur aan de lijn op {n.cphone}, echt belachelijk",
    "*|Dossier {n.ticket} staat nog altijd open, kan iemand dat eens opvolgen?",
]

CRED = [
    "t|Mijn gsm vraagt een PUK-code, ik heb {puk} gevonden in mijn mails maar durf het niet te typen",
    "t|Wifi code van de modem is {wifi}, maar de tv box vindt het netwerk {ssid} niet",
    "t|ik kan nie inloggen op mijn {brand}, login {user} paswoord {pw}. wat is er mis",
    "t|Pincode simkaart is {pin} maar hij zegt fout. Nog 1 poging",
    "e|Mijn paswoord voor het klantenportaal is {pw}, ik krijg toch melding {n.err}",
    "e|De bevestigingscode {otp} werkt niet, ik wil gewoon mijn meterstanden ingeven ({n.meter})",
    "b|Ik heb per ongeluk mijn pincode {pin} aan mijn zoon gezegd via sms, moet ik die veranderen?",
    "b|Digipass geeft code {otp} maar de website zegt ongeldige response. Kaart {n.mask}",
    "b|Na de update naar {n.ver} moet ik opnieuw registreren. Mijn gebruikersnaam was {user}",
    "s|Ik heb een code gekregen per sms: {otp}. Is dat van jullie? Ik heb niks besteld",
    "s|Inloggen lukt niet. email ok maar paswoord {pw} wordt geweigerd",
    "*|Mijn nieuw wachtwoord is {pw#a}. oei sorry, {pw@a} moest ik hier niet zetten eh",
]

PAY = [
    "b|Mijn bankkaart {card} is gestolen in {city}, gelieve te blokkeren!!",
    "b|Rekeningnummer {iban}, ik wil daar een domiciliëring op zetten voor de school",
    "b|Voor de lening vroegen ze mijn rijksregisternummer: {bsn}. Moet ik dat nog ergens doorsturen?",
    "e|Gelieve de terugbetaling van {n.amount} te storten op {iban}. Klantnummer {cust}",
    "t|Kredietkaart {card} vervalt {exp}, hoe pas ik dat aan in mijn account?",
    "s|Betaling met Bancontact lukt niet. Kaartnummer {card}, ik krijg {n.err}",
    "*|Rijksregisternummer {bsn}, geboren op {dob}",
]

PII = [
    "t|Bel mij eens terug op {phone} aub, ik ben thuis na {n.time}",
    "t|Nieuw adres: {addr}. Vanaf {n.date} woon ik daar",
    "e|Klantnummer {cust} - mijn mailadres is veranderd naar {email}",
    "e|Ik verhuis naar {addr}, eindmeterstand is {n.meter}",
    "b|Ge moogt mij altijd bellen op {phone} of mailen naar {email}",
    "s|Kunt ge het pakket leveren op {addr}? Ik ben daar overdag. Bestelling {n.order}",
    "s|Mijn mail: {email:obf}",
    "*|mijn gsm nummer is {phone}, graag terugbellen",
    "*|klantnummer {cust}",
]

ANSWER = ["*|{otp}", "*|ja {pin}", "*|{cust} is het", "*|{iban}", "*|{phone}", "*|{bsn}"]

AGENT = [
    "t|Dag {first}, er is inderdaad een panne in {city} (ticket {n.ticket}). We houden je op de hoogte. Mvg, {agent}",
    "t|Hallo {first}, je nieuwe simkaart is verstuurd naar je adres. Deel nooit je PUK-code online. Groetjes {agent}",
    "e|Dag {first}, je voorschot is aangepast naar {n.amount}. Je klantnummer {cust} blijft hetzelfde. Groeten, {agent}",
    "b|Dag {first}, je kaart {n.mask} is geblokkeerd. Een nieuwe kaart is onderweg. Bel bij twijfel {n.cphone}. {agent}",
    "s|Hoi {first}! Je pakje {n.track} wordt morgen tussen {n.time} en {n.time} geleverd. {agent}",
    "*|Hallo {first}, stuur ons gerust je klantnummer in privé, dan bekijken we het. {agent}",
]

PUBLIC = [
    "t|{n.mention} weeral geen internet in {city} {n.hashtag}",
    "t|{n.mention} bedankt voor de snelle hulp vandaag 👍",
    "e|{n.mention} stroompanne in heel de wijk, wanneer is dat opgelost?",
    "b|{n.mention} app plat, foutcode {n.err}. Serieus?",
    "s|{n.mention} pakje {n.order} nog altijd niet geleverd {n.hashtag}",
    "*|{n.mention} bel mij op {phone} want ik geraak er niet door",
]

GREET = ["Beste,", "Goeiedag,", "Geachte,", "Dag {brand},", "Hallo,"]
CLOSE = ["Met vriendelijke groeten,", "Mvg,", "Alvast bedankt,", "Groetjes,"]
SIGN = ["{name}\n{addr:ml}\nGSM {phone}", "{name}", "{first}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.", "{name}\nKlantnr. {cust}"]
QHEAD = ["Op {n.date} om {n.time} schreef {brand} Klantendienst:", "Van: {brand} Klantendienst\nVerzonden: {n.date}\nOnderwerp: Uw dossier {n.ticket}"]
EXTRA = [
    "Ik heb al twee keer gebeld maar telkens word ik doorverbonden en dan valt de lijn weg.",
    "Dit is nu al de derde keer dit jaar dat ik hiervoor moet mailen, ik ben het echt beu.",
    "Mijn schoonvader is 79 en kan daar zelf niet mee overweg, daarom mail ik in zijn plaats.",
    "Ik hoor graag zo snel mogelijk iets, anders stap ik naar de ombudsman.",
]

PLAIN += [
    "t|Ik vertrek zaterdag met vlucht {n.flight}, moet ik roaming aanzetten of gaat dat vanzelf?",
]
AGENT += [
    "b|Beste {first},\n\nUw klacht ({n.ticket}) werd doorgestuurd naar de juiste dienst.\n\nVriendelijke groeten,\n{agent}\n{brand} NV - {n.kvk}",
]

CRED += [
    "t|Netwerksleutel {wifi} werkt niet meer sinds de update {n.ver}",
    "b|Mijn boekhouder gebruikt een API-sleutel: {api}. Is dat veilig? Ik krijg foutcode {n.err}",
    "s|Er werd ingelogd op mijn account vanaf ip-adres {ip}, dat ben ik niet!!",
    "b|Token voor de koppeling: {tok} , werkt niet meer sinds {n.date}",
]
PLAIN += [
    "s|Ik heb {n.qty} besteld, er zijn er maar 2 toegekomen. Zie {n.url}",
    "e|Klant sinds {n.year} en nu zo'n factuur?",
]
