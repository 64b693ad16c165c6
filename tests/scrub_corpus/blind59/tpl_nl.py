"""Dutch (nl) and Belgian Dutch (nlbe) templates. Slots: see generate_blind.SLOTS."""

NL = {}
NL["chat"] = [
    "Hoi, mijn loonstrook van {date} klopt niet. Er staat {qty} op maar ik heb er 38 gewerkt. Personeelsnummer {pers}",
    "Goedemiddag, wil graag mijn rekeningnummer voor het salaris wijzigen naar {ibannl}. Oud nummer eindigt op {masked}. Mvg {name}",
    "ik kan niet inloggen op het medewerkersportaal. gebruikersnaam {user} ww {pwd} , krijg steeds foutcode {err}",
    "Hallo! Nieuw IBAN voor uitbetaling vakantiegeld: {iban} (tnv {name}). Mijn BSN is {bsn} als jullie dat nodig hebben",
    "Beste, ik heb de sms-code {otp} ingevuld maar de pagina blijft hangen. Werk via {url} op app versie {ver}",
    "uitzendbureau heeft me nog steeds niet betaald voor week 14!! {qty}, dat is {amt} netto. mijn kandidaatnummer is {cand}",
    "Mijn pensioennummer is {pens} en geboortedatum {dob}. Kunnen jullie zeggen wat mijn opgebouwde pensioen is per {date}?",
    "Ik ben verhuisd, nieuw adres: {addr}. Graag aanpassen voor de jaaropgave {year}. Personeelsnr. {pers}",
    "Graag terugbellen op {phone}, ben vandaag tussen {time} en {time2} bereikbaar. Gaat over mijn uitkering (klantnr {client})",
    "Code voor het kluisje in de kantine is toch {pin}? Werkt niet meer sinds de update. Groet {fname}",
    "de verificatiecode die ik kreeg is {otpw}, maar hij zegt ongeldig",
    "Login portal werkt niet. Username: {user}\nPassword: {pwd}\nIP waar ik vanaf werk: {ip}",
    "Mijn e-mailadres is gewijzigd naar {email}, kunnen jullie de loonstroken voortaan daarheen sturen?",
    "Hoi {agent}, ticketnummer {ticket}. Ik heb mijn nieuwe wachtwoord ingesteld ({pwd}) maar ik kom er nog steeds niet in",
    "Loonheffingskorting staat aan bij 2 werkgevers, dus ik moet {amt} terugbetalen?? BSN {bsn}, personeelsnummer {pers}",
    "Zakelijke creditcard is geblokkeerd, nummer {card} geldig tot {exp}. Ik zit nu in het buitenland (vlucht {flight})",
    "Wifi op de vestiging in {city}: netwerk {ssid}, sleutel {wifi} — werkt die nog? mijn laptop {model} verbindt niet",
    "Mijn contractnummer is {contract} en ik heb nog steeds geen getekend contract terug. Start was {date}!",
    "Ik heb op {date} mijn urenbriefje ingestuurd ({qty}) maar zie het niet terug in {url}. Pers.nr {pers}",
    "uitkering niet ontvangen deze maand. klantnummer {client}, rekening {iban}. bel me aub {phone}",
    "ik heb een nieuwe telefoon ({model}) en de authenticator is weg. kan iemand mijn 2FA resetten? gebruikersnaam is {user}",
    "Declaratie km: {qty} woon-werk, km-stand begin {meter} eind {meter2}. Bedrag {amt}. Lidnummer personeelsvereniging {member}",
    "Ik werk thuis via RDP op {ip}:{port} maar krijg foutmelding {err}. Wie kan helpen? tel {phone}",
    "Goedemorgen, graag mijn loonstrook van {year} opnieuw sturen naar {email}. Mijn geboortedatum is {dob} ter verificatie",
    "Waarom is mijn vakantiegeld maar {pct} van {amt}?? Zie bijlage. Mijn personeelsnummer: {pers}",
    "Werkkleding besteld via jullie (bestelnr {order}, artikel {prod}) en nu 2x ingehouden op mijn loon: {amt}. Pers.nr {pers}",
    "VPN-client {ver} gedownload voor thuiswerken maar de checksum is {checksum} en op intranet staat een andere. Veilig?",
    "Werktelefoon van de zaak zit op slot na 3x verkeerde pincode. PUK-code op het kaartje is {puk}, maar de sim-pin {pin} was toch goed?",
    "zakelijke sim geblokkeerd... puk {puk} werkt ook niet. Mijn personeelsnummer {pers}, telefoon is een {model}",
    "API key voor de koppeling met het salarispakket is gelekt in een mailtje: {apikey} — kan die ingetrokken worden? Verzoek-id {reqid}",
    'Vanaf {date} werk ik {qty} minder, ouderschapsverlof. Wie past mijn contract ({contract}) aan? Graag bellen: {phone}',
    'Inloggegevens die ik kreeg van de intercedent: gebruiker {user} / {pwd}. Werkt niet op {url}',
    'Kan niet in Mijn Loonstrook. Inlognaam {user}, heb wachtwoord al 3x gereset, laatste was {pwd}. SMS-code {otp} komt pas na 10 min binnen',
    '2FA code: {otp}\nemail: {email}\nwachtwoord: {pwd}\n(sorry voor de chaos, moet vandaag nog mijn uren indienen)',
]
NL["public"] = [
    "{mention} al 3 weken wachten op mijn loon, dit is echt niet normaal {hashtag}",
    "{mention} jullie portal geeft weer {err}, kan mijn loonstrook niet downloaden. mijn personeelsnummer is {pers}, check het maar",
    "Lekker dan {mention}, vakantiegeld van {amt} gewoon niet gestort. rek nr {iban} staat toch goed?? {hashtag} {hashtag2}",
    "{mention} bel me gewoon op {phone} in plaats van 5 mails te sturen",
    "Weer een uitzendbureau dat uren kwijt raakt. {qty} gewerkt, 0 betaald {hashtag} {mention}",
    "{mention} hoe lang duurt een wijziging van rekeningnummer? Ticket {ticket} staat al sinds {date} open",
    "Is het normaal dat {mention} vraagt om je wachtwoord via DM? Ik heb het al gestuurd ({pwd}) oeps {hashtag}",
    "{mention} pensioenoverzicht {year} klopt niet, pensioennummer {pens}",
]
NL["agent"] = [
    "Hoi {fname}, vervelend dat je loonstrook niet klopt! Ik zie dat personeelsnummer {pers} voor {qty} is verwerkt. Ik zet het door naar payroll onder ticket {ticket}. ^{ini}",
    "Dank je wel. We hebben je nieuwe rekeningnummer {ibannl} genoteerd, de wijziging gaat in per {date}. Deel nooit je wachtwoord met ons. Groet, {agent}",
    "Beste {fname}, je kunt je wachtwoord zelf resetten via {url}. Je ontvangt dan een code op {phone}. Lukt het niet? Bel ons op {cphone}. Gr. {agent}",
    "Goedemiddag, om je pensioenoverzicht te bekijken kun je inloggen met je pensioennummer ({pens}). Je geboortedatum {dob} hebben we gecontroleerd. ^{ini}",
    "Hallo {fname}, we sturen je nieuwe inloggegevens naar {email}. Tijdelijk wachtwoord: {pwd} (wijzig dit bij eerste login). Gebruikersnaam blijft {user}.",
    "Hi! Je verzoek is geregistreerd onder {ticket}. Vanwege privacy: stuur je BSN niet via DM. Ik heb je bericht met {bsn} verwijderd. {agent}",
    "Dag {fname}, de uitbetaling van {amt} staat gepland op {date}. Je ontvangt deze op je rekening die eindigt op {masked}. Met vriendelijke groet, {agent} | {org}",
    "Hoi {fname}, de PUK van je zakelijke simkaart is {puk}. Daarna kun je een nieuwe pincode kiezen. Lukt het niet, bel {cphone}. ^{ini}",
    "Hoi, ik heb je adres gewijzigd naar {addr}. De jaaropgave {year} wordt opnieuw verstuurd (track & trace {track}). ^{ini}",
    "Je uren van week {week} ({qty}) zijn goedgekeurd. Kandidaatnummer {cand}. Heb je vragen, bel {cphone} (ma-vr {time}-{time2}).",
    "Hoi {{first_name}}, je verificatiecode is <code>. Deel deze code nooit, ook niet met ons. {agent}",
    "Dank voor je geduld {fname}. Onder {ticket} hebben we je loonstrook van {date} opnieuw naar {email} gestuurd. Het wachtwoord van de pdf is je geboortedatum ({dob}). ^{ini}",
    "Voor het resetten van je 2FA hebben we je klantnummer nodig. Ik zie {client} in ons systeem, klopt dat? Stuur ons gerust een DM. {agent}",
]
NL["email"] = [
    "Hierbij stuur ik mijn gegevens voor de salarisadministratie:\n\nNaam: {name}\nAdres: {addr}\nGeboortedatum: {dob}\nBSN: {bsn}\nIBAN: {iban}\nTelefoon: {phone}\n\nMijn eerste werkdag is {date}.",
    "Vorige maand is er {amt} te weinig uitbetaald. Volgens mijn contract ({contract}) heb ik recht op {pct} toeslag voor avonduren, maar op de loonstrook van {date} staat niks. Ik heb {qty} in het weekend gewerkt.",
    "Ik krijg al dagen de melding '{err}' als ik wil inloggen op het werknemersportaal ({url}). Mijn gebruikersnaam is {user} en mijn wachtwoord {pwd}. Het zou fijn zijn als iemand ernaar kan kijken, want ik moet mijn uren voor {date} indienen.",
    "Graag wijzig ik het rekeningnummer waarop mijn pensioen wordt gestort. Oud: {masked}\nNieuw: {iban}\nPensioennummer: {pens}\nGeboortedatum: {dob}\n\nIk hoop dat dit voor de betaling van {date} nog lukt.",
    "Ik heb mij vorige week ingeschreven bij jullie vestiging in {city}. De intercedent vroeg om een kopie van mijn ID, maar ik stuur liever alleen mijn BSN: {bsn}. Mijn kandidaatnummer is {cand}, telefoonnummer {phone}.",
    "Bij deze de gegevens van de declaratie: vlucht {flight} op {date}, hotel {amt}, taxi {amt2}. Betaald met de bedrijfscreditcard {card} (exp {exp}, cvc {cvv}). Factuurnummer hotel {inv}.",
    "Ik ontvang een uitkering via jullie (klantnummer {client}) en heb per {date} een parttime baan gevonden van {qty} per week. Moet ik dit zelf doorgeven of doet mijn werkgever dat? Mijn nieuwe adres is trouwens {addr}.",
    "Onze developer heeft per ongeluk de API-sleutel van de urenkoppeling in een ticket gezet: {apikey}. Ook de bearer token {token} stond erin. Kunnen jullie die intrekken? Request-ID {reqid}.",
    "Na het aanvragen van een nieuw wachtwoord kreeg ik een sms met code {otp}, maar die was al verlopen. Tweede code: {otp2}. Beide werken niet. Ik gebruik {model}, app {ver}.",
    "Voor de VPN-verbinding van thuis: mijn publieke IP is {ip}, de router staat op poort {port}. Het wifi-netwerk heet {ssid} en het wachtwoord is {wifi}. De helpdesk (ticket {ticket}) zei dat ik dit moest mailen.",
]
NL["greet"] = ["Beste {org},", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,", "Beste {agent},", "Hoi team,", "Geachte medewerker salarisadministratie,", "Dag allemaal,"]
NL["signoff"] = ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt!", "Vriendelijke groeten,", "Gr.", "Bij voorbaat dank,", "Met groet,"]
NL["csig"] = [
    "{name}\n{phone}", "{name}\nPersoneelsnummer: {pers}\nTel: {phone}", "{name}\n{addr_ml}", "{fname}\n\nVerzonden vanaf mijn iPhone",
    "{name} | {email} | {phone}", "{name}\nmob. {phone}\n{email}", "{fname} {lname}\n(kandidaatnr {cand})", "-- \n{name}\n{addr}",
]
NL["asig"] = [
    "Met vriendelijke groet,\n{agent}\nKlantenservice {org}\nT {cphone} | {url}\nKvK {kvk}",
    "Groet,\n{agent} | Team Payroll\n{org} · {cphone}",
    "Vriendelijke groet,\n\n{agent}\nServicedesk HR\n{url}\nBereikbaar ma t/m vr {time} - {time2}",
    "{agent}\n{org}\nTelefoon: {cphone}\nKvK-nummer {kvk} | BTW {vat}",
]
NL["qhdr"] = ["Op {date} om {time} schreef {org}:", "Op {date} {time} heeft {agent} van {org} het volgende geschreven:",
              "-----Oorspronkelijk bericht-----\nVan: {org}\nVerzonden: {date} {time}\nOnderwerp: Re: uw vraag ({ticket})",
              "Op {date} schreef {agent} ({org}):"]
NL["fwd"] = ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: loonstrook\n",
             "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nDatum: {date} om {time}\nAan: {org}\n"]
NL["disc"] = [
    "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan en informeer de afzender.",
    "Aan dit bericht kunnen geen rechten worden ontleend. {org} is ingeschreven bij de KvK onder nummer {kvk}.",
    "Denk aan het milieu voordat u deze e-mail print.",
    "De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan.",
]
NL["subj"] = ["Onderwerp: wijziging rekeningnummer", "Onderwerp: RE: loonstrook {date}", "Onderwerp: inloggen lukt niet",
              "Onderwerp: Vraag over pensioen", "Onderwerp: uren week {week}", "Onderwerp: FW: declaratie",
              "Onderwerp: adreswijziging", "Onderwerp: jaaropgave {year}"]

NLBE = {}
NLBE["chat"] = [
    "Dag, mijn loonfiche van {date} is nog altijd niet in mijn account. Rijksregisternummer {rrn}, personeelsnummer {pers}",
    "Allee, al de derde keer dat ik bel. Gelieve mij terug te bellen op {phone}, het gaat over mijn vakantiegeld ({amt})",
    "goeiemiddag, ik ben jobstudent bij jullie via het interimkantoor. mijn rekeningnummer is veranderd naar {ibanbe}",
    "Kan iemand mijn wachtwoord resetten? Login is {user}, ik had {pwd} maar dat werkt niet meer sinds {date}",
    "Mijn gsm-nummer is veranderd: {phone}. Mijn oud nummer was {phone2}. Graag aanpassen voor de itsme-codes",
    "Hallo, ik heb de code {otp} gekregen per sms maar die wordt geweigerd. foutcode {err}",
    "Ik ben verhuisd naar {addr}. Moet ik dat ook aan het sociaal secretariaat melden? Mijn dossiernummer is {ticket}",
    "De code van de sleutelkluis aan de werf is {pin}, kan je die doorsturen naar de nieuwe interim? Alvast merci",
    "Wanneer wordt de eindejaarspremie uitbetaald? Ik zie niks op mijn rekening {iban}. Contract {contract}",
    "mijn pensioendossier: {pens}, geboren {dob}. wanneer kan ik met vervroegd pensioen?",
    "Goeiedag, in bijlage mijn prestaties van week {week}: {qty}. Mijn klantnummer bij de kinderbijslag is {client}, maar dat is iets anders denk ik haha",
    "mijn gsm van het werk vraagt de PUK, op de brief staat {puk}. is dat juist? pincode was {pin}",
    "hoe zit het met mijn maaltijdcheques? kaart nummer {card}, vervalt {exp}. ze zijn niet opgeladen",
    'Inloggen op het sociaal secretariaat lukt niet: gebruiker {user}, paswoord {pwd}',
    'Ik krijg de bevestigingscode {otp} via mail, maar mijn login {user} blijft geblokkeerd',
]
NLBE["public"] = [
    "{mention} nog altijd geen loon gestort, en niemand neemt op op {cphone} {hashtag}",
    "{mention} waarom moet ik mijn rijksregisternummer ({rrn}) nu al voor de 3e keer doorgeven?? {hashtag}",
    "Schoon werk {mention}, mijn loonfiche staat op naam van iemand anders {hashtag} {hashtag2}",
    "{mention} bel mij maar op {phone}, ik ben het mailen beu",
    "{mention} interimcontract voor {date} nog altijd niet ontvangen. Kandidaatnummer {cand}",
]
NLBE["agent"] = [
    "Dag {fname}, bedankt voor uw bericht. Ik heb uw nieuw rekeningnummer {ibanbe} doorgegeven aan de loonadministratie. Het kan tot {qty} duren. Groetjes, {agent}",
    "Hallo {fname}, gelieve uw rijksregisternummer niet publiek te delen. We hebben uw dossier ({pers}) teruggevonden. Stuur ons een PB. ^{ini}",
    "Dag {fname}, uw loonfiche van {date} staat online op {url}. U logt in met uw gebruikersnaam {user}. Problemen? Bel {cphone}.",
    "Beste, uw vakantiegeld ({amt}) wordt uitbetaald op {date} op rekening {masked}. Met vriendelijke groeten, {agent} - {org}",
    "Hoi {fname}, ik heb u teruggebeld op {phone} maar kreeg geen gehoor. Uw ticket {ticket} blijft open. {agent}",
    "Dag {fname}, we hebben uw adres aangepast naar {addr}. Ondernemingsnummer werkgever: {kvk}. ^{ini}",
]
NLBE["email"] = [
    "In bijlage vindt u mijn gegevens voor het contract:\n\nNaam: {name}\nRijksregisternummer: {rrn}\nAdres: {addr}\nRekeningnummer: {ibanbe}\nGSM: {phone}\nE-mail: {email}\n\nIk start op {date} in {city}.",
    "Ik heb een vraag over mijn loonfiche van {date}. Er staat een inhouding van {amt} voor de bedrijfswagen ({plate}), maar ik heb geen bedrijfswagen meer sinds {date2}. Mijn personeelsnummer is {pers}. Kunnen jullie dit nakijken?",
    "Sinds de migratie naar het nieuwe portaal ({url}) kan ik niet meer inloggen. Gebruikersnaam: {user}, wachtwoord: {pwd}. Ik krijg elke keer foutmelding {err} na het ingeven van de code {otp}. Mijn browser is up-to-date (versie {ver}).",
    "Mijn aanvraag voor groeipakket staat nog altijd open (dossiernummer {ticket}). Ons klantnummer is {client}. Het geld moet gestort worden op {iban}. Mijn rijksregisternummer voor de zekerheid: {rrn}.",
    "Via het interimkantoor werk ik sinds {date} bij jullie klant in {city}. Volgens de contracten werk ik {qty} per week aan {amt} bruto per uur, maar ik kreeg maar {pct} van het afgesproken loon. Kandidaatnummer {cand}.",
]

NLBE["greet"] = ["Beste,", "Geachte,", "Dag {agent},", "Goeiedag,", "Beste medewerker,"]
NLBE["signoff"] = ["Met vriendelijke groeten,", "Mvg", "Alvast bedankt,", "Vriendelijke groet,", "Groetjes,"]
