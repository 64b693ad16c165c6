"""Dutch (nl) templates. Lists are dealt alternately to dev/heldout."""

CHAT = [
    "hoi, ik heb via {ticketco} 2 kaarten voor {artist} in de {venue} gekocht (bestelling {order}) maar ze staan niet in mn account. inlog is {email}, klantnummer {custno}",
    "Mijn account is gehackt!! iemand heeft mijn wachtwoord veranderd en mijn tickets voor {festival} doorverkocht. Mijn oude ww was {password}. Telefoon: {phone}",
    "Ik krijg geen sms-code binnen. Wel kreeg ik net een code {otp} maar die had ik niet aangevraagd?? Is dit oplichting?",
    "Goedemiddag, bij het doorverkopen op {ticketco} moet ik mijn IBAN invullen, dat is {iban} t.n.v. {name}. Maar de uitbetaling van {amount} komt niet aan.",
    "Gebruikersnaam: {username}\nWachtwoord: {password}\nKan iemand even kijken waarom ik niet in {platform} kom? Foutmelding {err}",
    "Ik ben mijn telefoon kwijt met de authenticator-app erop, kan dus niet meer inloggen op {social}. Mijn mail is {email} en mijn nummer was {phone}. Back-up code die ik nog had: {otp}",
    "Studentnummer {studno}, ik heb collegegeld betaald ({amount}) maar in Studielink staat nog 'niet betaald'. Betaald vanaf {iban}.",
    "heb net de code gekregen hoor: {otp}. klopt het dat die maar 10 min geldig is?",
    "De tentamenomgeving van {school} laat me er niet in. Inlognaam {username} ww {password} — ik heb om {time} tentamen!!",
    "Mijn {dating} account is geblokkeerd en nu vragen ze om mijn geboortedatum: {dob}. Hoe lang duurt dat? Ref {case}",
    "Ik heb de tickets naar {email} laten sturen maar dat is een typfout, moet zijn {email2}. Bestelnr {order}",
    "Kunnen jullie het geld terugstorten op {iban}? Het concert op {date} is afgelast.",
    "mijn creditcard is gebruikt voor tickets die ik niet heb gekocht: {card}, geldig tot {expiry}. wat nu??",
    "Hallo, ik verkoop mijn kaartje voor {festival} omdat ik ziek ben. Bij het koppelen vraagt hij om een BSN?? Mijn BSN is {bsn}, is dat normaal?",
    "Adres voor de polsbandjes: {address}. Graag voor {date} opsturen want we gaan {date2} al.",
    "Hey, de sms met de code komt op mijn oude nummer binnen ({phone}). Nieuw nummer is {phone2}. Kunnen jullie dat aanpassen? Klantnr {custno}",
    "Ik zie inlogpogingen vanaf IP {ip} terwijl ik gewoon thuis zat. Is mijn account gehackt?",
    "Code van de sms: {otpw}. (sorry, lees hem voor aan mijn moeder die dit typt)",
    "Mijn dochter zit bij jullie op school, ze kan niet in {platform}. Gebruiker {username}, haar geboortedatum is {dob}. Wachtwoord resetten lukt niet.",
    "Ik kreeg een mail dat mijn {social} account verwijderd wordt als ik niet binnen 24 uur mijn wachtwoord invul op {url}. Heb ik gedaan ({password}) en nu ben ik eruit gegooid 😭",
    "pincode van mijn nieuwe simkaart werkt niet (ik tik {pin}), en de PUK {puk} staat op het kaartje maar ik durf het niet. Heb hem nodig voor de 2FA van mijn studentenmail",
    "Wifi in de zaal doet het niet. Netwerk {ssid}, wachtwoord op het bord is {wifi} maar krijg steeds {err}",
    "Kluisje bij de {venue}: code {pin} werkt niet meer, mijn jas zit erin en de zaal gaat om {time} dicht!",
    "ik heb {qty} voor {artist} maar de QR-codes laden niet in app versie {ver} op mijn {model}. Account {email}",
    "Hoi! Ik wil mijn collegegeld in termijnen betalen. Machtiging mag van rekening {iban}, studentnr. {studno}. Ik woon op {address}.",
    "Iemand probeert mijn account over te nemen: ik krijg steeds codes ({otp}, {otp2}) die ik niet heb aangevraagd. Wat moet ik doen",
    "Voor de terugbetaling: IBAN {iban}, naam {name}, ordernummer {order}, bedrag {amount}. Alvast bedankt!",
    "Mijn geboortedatum staat fout in Osiris ({dob} moet zijn {dob2}), daardoor kan ik niet inschrijven voor het tentamen van {date}.",
    "Beste, ik heb de API-key voor onze koppeling met het ticketsysteem per ongeluk in een openbare chat gezet: {apikey}. Kunnen jullie die intrekken?",
    "Bij het inloggen op {url} zegt hij 'token verlopen'. In de console staat Authorization: Bearer {token}",
]

PUBLIC = [
    "{mention} al 3 dagen geen reactie op mijn mail over bestelling {order}. Dit is echt {hashtag}",
    "{mention} mijn account is gehackt en jullie doen NIKS. Bel me gewoon: {phone} {hashtag}",
    "Pas op voor oplichters die tickets voor {festival} verkopen via {url} !! Betaald {amount} en niks gekregen {hashtag} {hashtag2}",
    "{mention} hoe lang duurt een terugbetaling nog? Concert was {date}, nu al {qty} wachten... {hashtag}",
    "{mention} waarom moet ik voor een tentamen om {time} al om 7u inloggen? en Brightspace ligt eruit met {err} {hashtag}",
    "{mention} mail me maar even op {email}, DM werkt niet bij mij",
    "Wie heeft er nog 2 tickets voor {artist} in {venue}?? Stuur DM of app {phone} {hashtag}",
    "{mention} al {pct} van mijn vrienden heeft last van die nep-inlogpagina. Doe er wat aan {hashtag}",
    "{mention} zaaknummer {case}, wacht al sinds {date}. Iemand??",
    "{mention} {mention2} tentamenrooster {year} staat nog steeds niet online, morgen beginnen de toetsen {hashtag}",
]

AGENT = [
    "Hoi <<first_name>>, wat vervelend! Ik heb je account ({email}) tijdelijk geblokkeerd. Je ontvangt binnen 24 uur een mail om een nieuw wachtwoord in te stellen. Groet, {agent}",
    "Dank voor je bericht. Ik zie de bestelling {order} op klantnummer {custno}. De tickets worden opnieuw verstuurd naar het adres dat eindigt op {masked}. ^{initials}",
    "Hi {first}, deel je wachtwoord of codes nooit met ons of anderen, ook niet via DM. Wil je je wachtwoord direct wijzigen via {url}? Groetjes, {agent}",
    "Goedemiddag, de terugbetaling van {amount} is vandaag verwerkt naar rekening {masked}. Het kan 3-5 werkdagen duren. Zaaknummer: {case}. Met vriendelijke groet, {agent}",
    "Hoi! Kun je ons in een DM je ordernummer en het e-mailadres sturen waarmee je hebt besteld? Dan zoeken we het voor je uit 🙂 ^{initials}",
    "Ik heb het telefoonnummer in je profiel aangepast van {phone} naar {phone2}. Vanaf nu ontvang je de verificatiecode op het nieuwe nummer. Groet, {agent}",
    "Hallo {first}, je studentnummer {studno} is gekoppeld aan de betaling van {amount}. In Studielink zie je dit binnen 2 werkdagen. Vragen? Bel {cphone} (ma-vr 9:00-17:00).",
    "Dag <<first_name>>, voor je veiligheid hebben we alle sessies beëindigd. Log opnieuw in en zet tweestapsverificatie aan. Je tijdelijke wachtwoord is {password} — wijzig dit direct na inloggen. Team {ticketco}",
    "Wij zien dat er op {date} om {time} is ingelogd vanaf IP-adres {ip}. Herken je dit niet? Laat het ons weten, dan zetten we je account op slot. ^{initials}",
    "Hoi, bedankt voor je geduld! Je nieuwe afleveradres {address} is doorgevoerd. Tracking volgt via {track}. Fijne {festival}! ^{agent}",
    "Dag {first}, de uitbetaling voor je doorverkochte tickets gaat naar {iban}. Klopt dit niet? Pas het dan aan in je account onder 'Uitbetalingen'. Gr {agent}",
    "Wat vervelend dat je de code niet ontvangt. Controleer of <<phone_number>> klopt en of je geen spam-filter hebt voor 0900-nummers. Foutcode {err} betekent dat de sms is geblokkeerd. {agent}",
]

EMAIL_BODY = [
    "Op {date} heb ik via jullie site {qty} gekocht voor {artist} in {venue} (bestelnummer {order}, factuur {invoice}). Er is {amount} van mijn creditcard afgeschreven ({card}), maar ik heb nooit een bevestiging ontvangen.\n\nIk heb al twee keer gebeld met {cphone}, zonder resultaat. Kunnen jullie de tickets opnieuw naar {email} sturen?",
    "Mijn {social}-account is vannacht overgenomen. De hacker heeft mijn e-mailadres gewijzigd in een Russisch adres en 2FA aangezet. Ik heb geen toegang meer tot de authenticator (telefoon gestolen, {model}).\n\nGegevens ter verificatie:\n- gebruikersnaam: {username}\n- oorspronkelijk e-mailadres: {email}\n- telefoonnummer: {phone}\n- geboortedatum: {dob}\n\nIk heb een kopie van mijn ID bijgevoegd.",
    "Hierbij mijn bezwaar tegen de aanmaning voor het collegegeld {year}. Ik heb op {date} {amount} overgemaakt van rekening {iban} met omschrijving '{studno} collegegeld'. Mijn BSN is {bsn} en mijn adres is {address}.\n\nGraag ontvang ik een bevestiging dat de aanmaning vervalt.",
    "Ik schrijf namens mijn zoon ({first}), die bij jullie de online cursus volgt. Hij kan niet meer inloggen op het examenportaal. Zijn login is {username} en het wachtwoord dat hij gebruikte was {password}. Volgens de foutmelding ({err}) is het account vergrendeld na te veel pogingen.\n\nHet examen is op {date} om {time}. Kunt u hem bellen op {phone}?",
    "Zoals telefonisch besproken stuur ik hierbij de gegevens voor de restitutie van het geannuleerde festival:\n\nNaam: {name}\nIBAN: {iban}\nKlantnummer: {custno}\nOrdernummer: {order}\nBedrag: {amount}\n\nIk hoor graag wanneer het geld wordt overgemaakt.",
    "Ik ben op het festivalterrein mijn telefoon verloren en heb een nieuwe gekocht. Bij het inloggen in de app krijg ik nu een verificatiecode op mijn oude nummer {phone}. Mijn nieuwe nummer is {phone2}. De laatste code die ik op een andere manier kreeg was {otp}, maar die werkte niet.",
    "Via de Datingapp {dating} ben ik opgelicht door iemand die zich voordeed als kaartverkoper. Ik heb {amount} overgemaakt naar {iban2} voor tickets van {artist}. Mijn eigen gegevens: {name}, {address}, tel. {phone}.\n\nIk heb aangifte gedaan (proces-verbaal {case}). Kunnen jullie het profiel blokkeren?",
    "Onze schoolbeheerder is vertrokken en wij kunnen niet meer in het beheer van {platform}. De laatste bekende beheerderslogin was {username} / {password}. De API-koppeling met de leerlingadministratie gebruikt sleutel {apikey}. Graag een reset; ons KvK-nummer is {kvk}.",
]

GREET = ["Beste klantenservice,", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,", "Beste {ticketco},", "Hoi team,", "Geachte medewerker,", "Dag,"]
SIGNOFF = ["Met vriendelijke groet,", "Groet,", "Mvg,", "Alvast bedankt,", "Vriendelijke groeten,", "Gr.", "Hartelijke groet,", "Bvd,"]
SIG = ["{name}", "{name}\n{addressml}\n{phone}", "{name} | {phone}", "{first}\nTel: {phone}", "{first} {last}\n{addressml}",
       "{first}\n\nVerzonden vanuit Outlook voor Android", "{name}\nMobiel: {phone}\nE-mail: {email}", "{name}\nVerstuurd vanaf mijn iPhone"]
DISCLAIMER = [
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "De informatie in dit e-mailbericht is vertrouwelijk. {kvk}",
    "Aan dit bericht kunnen geen rechten worden ontleend.",
]
QUOTE_HDR = ["Op {date} om {time} schreef {ticketco} Klantenservice:", "Op {date} heeft {agent} van {ticketco} het volgende geschreven:",
             "-----Oorspronkelijk bericht-----\nVan: {ticketco} Support\nVerzonden: {date} {time}\nOnderwerp: Re: uw vraag ({case})",
             "Op {date} {time} schreef Servicedesk {school}:"]
FWD_HDR = ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: tickets {artist}\nAan: {ticketco}",
           "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nDatum: {date} {time}\nOnderwerp: Fwd: inloggen lukt niet"]
SUBJECT = ["Onderwerp: Terugbetaling bestelling {order}", "Onderwerp: account gehackt!!", "Onderwerp: collegegeld {year}",
           "Onderwerp: Re: zaak {case}", "Onderwerp: geen tickets ontvangen", "Onderwerp: tentamen inloggen"]

# Pairs: (even -> dev, odd -> heldout) covering the same types with different frames.
CHAT2 = [
    "Mijn polsbandjes zijn volgens PostNL bezorgd ({track}) maar ik heb niks. Adres is {address}, bestelling {order}",
    "Track & trace {track} zegt 'afgeleverd bij buren' maar welke buren?? Ik woon {address}. Tel {phone}",
    "Betaald met creditcard {card}, vervaldatum {expiry}, CVC {cvv} — en toch zegt de kassa van {ticketco} 'betaling mislukt' ({err}). Probeer ik het nog een keer?",
    "Heb de kaartgegevens al 2x ingevoerd: nummer {card} / {expiry} / beveiligingscode {cvv}. Waarom wordt het dan geweigerd?",
    "In de app-logs zie ik: token={token} (request {req}) en daarna {err}. Versie {ver}, poort {port}. Wat gaat er mis?",
    "Developer hier: na het vernieuwen van de access token ({token}) krijgen we nog steeds 401. Request-ID {req}, app {ver} op poort {port}",
    "Voor DUO hebben ze mijn BSN nodig, dat is {bsn}. Mijn geboortedatum is {dob}. Studentnummer {studno}.",
    "bsn {bsn} geb. {dob} — zo goed? dan kan de studiefinanciering eindelijk goed gezet worden",
    "De installer van het examenprogramma ({prod}) geeft een andere checksum: {checksum}. Veilig of niet?",
    "Download van de proctoring-tool ({prod}) klopt niet, sha256 is {checksum}, versie {ver}. Iemand anders dit ook?",
    "Studentenkamer: meterstand {meter} kWh bij vertrek op {date}, EAN-code {ean}. Borg terug op {iban} graag",
    "Eindafrekening kot: stand gasmeter {meter}, aansluitnummer {ean}, mijn nieuwe adres is {address}",
    "Vlucht {flight} landt pas om {time}, kan ik mijn festivalbandje ({prod}) later ophalen? Reserveringsnr {order}",
    "Door vertraging van {flight} mis ik het concert. Krijg ik {pct} terug? Ordernummer {order}, klantnr {custno}",
    "Hoi! De PUK-code van mijn simkaart is {puk} en de pincode {pin} — kan ik die gebruiken om mijn {social} te herstellen via sms?",
    "SIM geblokkeerd na 3x foute pincode. Op het pasje staat PUK {puk}. Zonder sms-codes kom ik niet in mijn studentenmail.",
]
AGENT2 = [
    "Hoi {first}, ik zie twee betalingen met de kaart eindigend op {masked}. Eén daarvan ({amount}) storten we terug. Zaak {case}. Groet, {agent}",
    "Dag {first}, voor de zekerheid: we hebben je account gekoppeld aan {masked}. Het wachtwoord is gereset; je krijgt een link op {email}. ^{initials}",
]
