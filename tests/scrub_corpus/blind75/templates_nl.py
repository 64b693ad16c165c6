# Dutch templates (nl + nl-be). "[nl-be]" / "[nl]" prefix restricts a template to one locale.
GROUPS = {
    "login": [
        "Ik kom niet in {login}. gebruikersnaam {username} en wachtwoord {password}, krijg steeds foutcode {errcode}. Wat doe ik fout??",
        "hoi, mijn inlog werkt niet meer sinds de update naar {version}\nusername: {username}\nww: {password}\nkunnen jullie even kijken",
        "Ik heb mijn wachtwoord gewijzigd van {password:old} naar {password:new} maar {login} accepteert het nieuwe niet. Inlognaam is {username}",
        "Goedemiddag, inloggen lukt niet. Mijn gebruikersnaam is '{username}' en mijn paswoord '{password}'. Al {quantity} geprobeerd.",
        "[nl-be] Ik geraak nie binnen in {login}, login {username} / {password}. Foutmelding {errcode}. Kunt ge helpen aub",
        "[nl] {login} zegt 'onjuiste combinatie'. Gebr.naam: {username} Wachtwoord: {password} (met hoofdletter). Heb ook al een nieuw aangevraagd op {date}",
        "wachtwoord = {password}\ngebruiker = {username}\nDit is voor het portaal van de {org}, werkt niet op mijn {model}",
    ],
    "otp": [
        "Ik kreeg net een sms: 'Uw {login} sms-code is {otp}. Deel deze code met niemand.' Maar ik heb niks aangevraagd?! #DigiD",
        "De code die ik kreeg was {otp}, maar die is al verlopen voordat ik hem kon invullen om {time}",
        "Mijn verificatiecode is {otp} hoor, kunnen jullie nu mijn aanvraag afronden?",
        "Ze belden me namens de {org} en vroegen om de code uit de sms. Ik heb {otpw} voorgelezen. Was dat fout???",
        "[nl-be] Ik krijg in itsme een bevestigingscode {otp} te zien maar de app hangt op {version}. Hoe los ik dit op?",
        "eenmalige code: {otp}\n(nieuwe code: {otp:b})\nbeide werken niet bij het inloggen",
        "Activatiecode {login} app was {otp}, ingevoerd om {time}, foutmelding {errcode}",
    ],
    "tax": [
        "Mijn teruggave van {amount} is nog steeds niet gestort. {idcue} {bsn}, rekening {iban}. Aangifte ingediend op {date}.",
        "Graag mijn voorlopige aanslag {year} naar dit rekeningnummer: {iban} . Mijn {idcue} is {bsn}",
        "Hoi, ik heb een brief gekregen met kenmerk {ticket} over {amount} naheffing. Mijn {idcue}: {bsn}. Klopt dit wel?",
        "[nl] Bij de aangifte IB over {year} staat het verkeerde IBAN ({masked}). Het moet zijn {iban}. BSN {bsn}",
        "[nl-be] Via MyMinfin zie ik een terugbetaling van {amount} maar naar een oude rekening. Nieuwe rekening: {iban}. Rijksregisternummer {bsn}",
        "{idcue}: {bsn}\nIBAN: {iban}\nT.n.v.: {name}\nGraag de teruggave hierop, dank!",
        "Ik betaal in termijnen, {amount} per maand. Afschrijven van {iban} graag. Dossier {ticket}, mijn nummer {bsn}",
    ],
    "benefit": [
        "Ik ben verhuisd naar {address}, moet ik dat ook zelf doorgeven voor mijn huurtoeslag? {idcue} {bsn}",
        "Mijn kinderbijslag/toeslag moet voortaan naar {iban} (nieuwe bank). Geboortedatum {dob}, klantnummer {custno}",
        "Waarom is mijn zorgtoeslag gestopt per {date}?? Ik woon nog steeds op {address}. geb. {dob}",
        "[nl-be] Voor het Groeipakket: mijn dossiernummer is {custno}, rijksregisternr {bsn}, nieuw adres {address}",
        "[nl] Toeslagen wil een bewijs van mijn inkomen. Kan ik dat mailen naar jullie? Mijn gegevens: {name}, geb {dob}, BSN {bsn}, tel {phone}",
        "Energietoeslag aangevraagd, EAN-code aansluiting {ean}, klantnummer {custno}. Nog niks gehoord sinds {date}.",
        "[nl-be] Sociaal tarief energie: mijn EAN is {ean}, rijksregisternummer {bsn}. Wordt dat automatisch toegekend?",
        "Uitkering van {amount} niet ontvangen deze maand. Rekening {iban}, relatienummer {custno}. Bel me op {phone}",
    ],
    "parking": [
        "Ik heb een parkeervergunning aangevraagd voor kenteken {plate}, vergunningnummer {custno}. Betaald met creditcard {card} maar status staat nog op open.",
        "Parkeerboete ontvangen ({ticket}) terwijl ik gewoon een vergunning heb! Klantnummer {custno}. Foto's volgen.",
        "Betaling bezoekersvergunning mislukt. Kaart {card}, geldig tot {expiry}, cvc {cvv}. Bedrag {amount}.",
        "[nl-be] Mijn bewonerskaart voor {plate} is vervallen op {date}. Klantnr {custno}, adres {address}. Hoe verleng ik die?",
        "[nl] Naheffingsaanslag parkeerbelasting {ticket} van {amount}, maar ik stond daar met mijn bezoekersregeling. Tel {phone}",
        "kaartnr {card}\nvervaldatum {expiry}\nbeveiligingscode {cvv}\nkan iemand de betaling voor de vergunning handmatig doen? app crasht ({version})",
        'Vergunning verlengen lukt niet. Creditcard {card} exp. {expiry} CVC {cvv}, klantnummer {custno}.',
        'Betaalpas geweigerd voor de parkeerapp: {card}, vervalt {expiry}, code achterop {cvv}. Kenteken {plate}',
    ],
    "waste": [
        "Container is al {quantity} niet geleegd. Adres: {address}. Melding {ticket}. Wanneer komen jullie?",
        "Grofvuil ophalen aangevraagd voor {date}, adres {address}, tel {phone}. Niemand geweest!",
        "Ik heb een nieuwe kliko nodig, de oude is kapot. {address}. Bereikbaar op {phone} na {time}",
        "[nl-be] PMD-zak niet meegenomen in de {address}. Sticker zat erop. Kunt ge me bellen op {phone}?",
        "Afvalpas kwijt, pasnummer was {custno}. Wonend {address}. Kan er een nieuwe komen? Kosten {amount}?",
        "Ophaaldag verschoven naar {date}? Stond niet in de app ({version}). Ik woon {address}",
    ],
    "passport": [
        "Afspraak voor een nieuw paspoort op {date} om {time}. Naam {name}, geboren {dob}, {idcue} {bsn}. Moet ik nog iets meenemen?",
        "ID-kaart gestolen, aangifte gedaan. Geboortedatum {dob}, wonend {address}. Ik vlieg {date} met {flight}!!",
        "Mijn paspoort ligt klaar maar ik kan pas na {time}. Kan mijn man het ophalen? Mijn BSN {bsn}, tel {phone}",
        "[nl-be] Ik heb een PIN/PUK-brief van mijn eID gekregen maar de pincode {pin} werkt niet in de kaartlezer. Rijksregisternummer {bsn}",
        "[nl-be] eID nieuwe pincode ingesteld: {pin:new} (oude was {pin:old}). Nu blokkeert de lezer met {errcode}",
        "[nl] Rijbewijs verlengen, geboortedatum {dob}. Graag een afspraak bellen op {phone} of mailen naar {email}",
    ],
    "housing": [
        "Lekkage in de badkamer! Adres {address}, huurcontract {custno}. Sleutelkluisje aan de voordeur, code {pin}.",
        "Monteur kan binnen via de sleutelkast, code is {pin}. Ik ben zelf op mijn werk, bel {phone}",
        "Huurverhoging van {pct} klopt niet met mijn contract {custno}. Huur gaat van {iban} af.",
        "[nl-be] Verwarming in ons appartement {address} doet het niet sinds {date}. Huurdersnummer {custno}. GSM {phone}",
        "Ik sta al {quantity} ingeschreven voor een sociale huurwoning. inschrijfnummer {custno}, e-mail {email}. Wanneer ben ik aan de beurt?",
        "De deurcode van de fietsenstalling is gewijzigd naar {pin}, maar mijn buurman in {address} weet hem niet. Kunnen jullie een brief sturen?",
    ],
    "tech": [
        "Wifi in de bibliotheek: netwerk {ssid}, wachtwoord {wifi_key}. Werkt niet op mijn {model}, laptop zegt {errcode}",
        "Voor de open data API van de {org} kreeg ik api key {api_key} maar elke call geeft {errcode}. Request id {reqid}",
        "Mijn account is geblokkeerd, volgens de melding vanaf IP {ip} (dat ben ik niet!). Poort {port} ofzo?",
        "Bearer token {token} geeft 401 op de endpoint. Versie client {version}.",
        "Router thuis gereset voor thuiswerken bij de gemeente, admin wachtwoord nu {password}, wifi-sleutel {wifi_key}. SSID {ssid}",
        "AWS toegang voor het parkeerdatavoorbeeld: access key id {api_key}, secret {aws_secret}. Graag intrekken, per ongeluk gedeeld!",
        "Download checksum sha256 {checksum} klopt niet met de site. Token voor het portaal: {token}",
        'Gastwifi stadhuis {ssid} met sleutel {wifi_key} blokkeert me, melding zegt dat IP {ip} geweerd is.',
        'API-sleutel voor de afvalkalender-koppeling: {api_key} – werkt niet meer sinds {date}, foutcode {errcode}',
    ],
    "contact": [
        "Graag mijn e-mailadres wijzigen naar {email}. Klantnummer {custno}, oude nummer was {phone}.",
        "Mijn nieuwe telefoonnummer is {phone}. Graag aanpassen in het systeem. {name}, {address}",
        "Kunnen jullie me terugbellen? {phone} (liefst na {time}). Het gaat over {ticket}",
        "[nl-be] Mijn GSM-nummer is veranderd: {phone}. Mail blijft {email}. Klantnr {custno}",
        "Mail mij maar op {email} of {email:b}, de eerste lees ik vaker",
        "adres: {address}\ntel: {phone}\nmail: {email}\ngeb.datum: {dob}",
    ],
    "puk": [
        "Telefoon op slot door verkeerde pincode, nu vraagt hij een PUK. Ik heb {puk} van mijn simkaarthouder, maar DigiD app werkt nog niet.",
        "Mijn sim is geblokkeerd, PUK-code {puk}, pincode daarna {pin}. Kan ik nu weer sms'jes van {login} ontvangen?",
        "[nl-be] PUK {puk} ingegeven en nieuwe PIN {pin} gekozen. itsme vraagt nu opnieuw registratie, dossier {ticket}",
        "Gsm vraagt PUK na {quantity} pogingen. Code op het kaartje: {puk}. Telefoon {model}",
    ],
    "none": [
        "Al {quantity} in de wacht bij {cphone}. Dit is toch niet normaal?? {hashtag}",
        "Waar vind ik {product}? Op {url} staat het niet meer.",
        "Bedankt voor de snelle hulp met zaak {ticket}! Alles opgelost.",
        "Waarom kost een paspoort nu {amount}? In {year} was het veel goedkoper.",
        "Mijn factuur {invoice} van {amount} klopt niet, BTW {pct} erop terwijl dat niet hoort.",
        "Pakket met pasjes zou komen met {tracking} maar nog niks. Bestelling {order}",
        "Meterstand doorgegeven: {meter} op {date}. Klopt het voorschot van {amount} dan nog?",
        "Zie {url} , daar staat iets anders dan wat de medewerker zei. {hashtag}",
        "Foutmelding {errcode} in de app versie {version} op mijn {model}. Aanvraag {reqid}",
        'Factuur {invoice}: {amount}, meterstand {meter}. Bel ik dan {cphone}?',
        'Bestelling {order} voor een nieuw {product} nog niet ontvangen, al {quantity}.',
    ],
}

AGENT = [
    "Hoi {first}, vervelend dat inloggen niet lukt! Deel nooit je wachtwoord via social media. Wijzig het via {url}. Lukt het niet, bel dan {cphone}. ^{ag}",
    "Dank je, {first}. We hebben je nieuwe rekeningnummer {iban} genoteerd bij dossier {ticket}. De betaling volgt binnen {quantity}. Groet, {agent}",
    "Hallo {first}, ik zie je melding {ticket} voor {address}. De ophaaldienst komt op {date} tussen {time} en {time:b}. Groetjes {agent}",
    "Goedemiddag {name}, uw afspraak staat op {date} om {time}. Neem uw oude document mee. We bellen u op {phone} als er iets verandert. Met vriendelijke groet, {agent} | {org}",
    "Hoi! Je mag de code {otp} niet met ons delen; die is alleen voor jou. Vraag een nieuwe aan via de app. ^{ag}",
    "Dank voor je bericht. Voor de zekerheid: klopt het dat je {idcue} eindigt op {masked}? Stuur ons een DM, dan kijken we mee. {agent}",
    "[nl-be] Dag {first}, we hebben je nieuw adres {address} doorgegeven aan de dienst. Je klantnummer blijft {custno}. Vriendelijke groeten, {agent} – {org}",
    "Hi {first}, we hebben je e-mail {email} gekoppeld aan klantnummer {custno}. Bevestiging volgt. Fijne dag! ^{ag}",
]

SMS = [
    "Uw {login} sms-code is: {otp}",
    "{otp} is je verificatiecode voor {org}. Deel deze niet.",
    "Code: {otp} - geldig tot {time}",
    "[nl-be] Uw itsme bevestigingscode: {otp}",
]

GREET = ["Geachte heer/mevrouw,", "Beste {org},", "Goedemorgen,", "Hallo,", "Beste mensen,", "Dag,", "Geachte medewerker,", "Hoi,"]
SIGNOFF = ["Met vriendelijke groet,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groeten,", "Groet,", "Bvd,", "Hartelijke groet,"]
CSIG = [
    "{name}\n{address}\nTel: {phone}",
    "{name}\n{phone}",
    "{first}\n\nVerzonden vanaf mijn {model}",
    "{name}\nE: {email} | M: {phone}",
    "{name}",
    "{first} {last}\n{address}",
]
QUOTE = [
    "Op {date} om {time} schreef {org}:",
    "Van: {org}\nVerzonden: {date} {time}\nOnderwerp: Uw vraag {ticket}",
    "-----Oorspronkelijk bericht-----\nVan: Klantenservice {org}\nDatum: {date}",
    "Op {date} heeft {org} het volgende geschreven:",
]
QUOTED_BODY = [
    "Geachte {name},\n\nBedankt voor uw bericht. Wij behandelen uw vraag onder nummer {ticket}. U kunt ons bereiken op {cphone}.\n\nMet vriendelijke groet,\n{agent}\n{org}",
    "Beste {first},\n\nKunt u ons uw klantnummer en geboortedatum sturen? Zonder deze gegevens kunnen we niets. Of bel {cphone}.\n\nGroet,\n{agent}",
    "Hallo,\n\nUw aanvraag van {date} is ontvangen. Behandeltermijn: {quantity}.\n\n{org} | {cphone} | {url}",
    "Beste {name},\n\nWe hebben uw wijziging naar {iban} verwerkt.\n\nVriendelijke groet,\n{agent}, {org}\n{cphone}",
]
FWD = [
    "---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: FW: aanvraag",
    "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nOnderwerp: Re: {ticket}",
]
DISC = [
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, verwijder het dan.",
    "Disclaimer: aan dit bericht kunnen geen rechten worden ontleend. {creg}",
    "[nl-be] Deze e-mail en bijlagen zijn vertrouwelijk. {creg}",
    "Denk aan het milieu voordat u deze mail print.",
]
AGSIG = [
    "Met vriendelijke groet,\n{agent}\nKlantcontact {org}\nT {cphone} | {url}\n{creg}",
    "Groet,\n{agent} | Webcare {org}",
    "^{ag}",
    "Vriendelijke groeten,\n{agent}\n{org} – bereikbaar op werkdagen via {cphone}",
]
SUBJ = ["Onderwerp: vraag over mijn aanvraag", "Onderwerp: RE: {ticket}", "Onderwerp: dringend!!", "Onderwerp: wijziging gegevens"]
QTY = ["2 weken", "3 keer", "drie weken", "5 werkdagen", "10 minuten", "4 jaar", "2 zakken", "3 maanden"]
FILL = [
    "Ik hoop echt dat jullie me kunnen helpen, want ik ben hier al weken mee bezig en krijg steeds een ander antwoord.",
    "Via de telefoon kom ik niet verder dan het keuzemenu, daarom probeer ik het maar per mail.",
    "Ik heb het formulier op de website al twee keer ingevuld maar krijg geen bevestiging.",
    "Mijn buurvrouw had hetzelfde probleem en die is na een maand pas geholpen, dus ik maak me zorgen.",
    "Excuses voor de lange mail, maar ik wil graag dat alles in één keer duidelijk is.",
    "Ik werk overdag dus bellen lukt lastig, een mail terug heeft mijn voorkeur.",
    "De brief die ik kreeg was erg onduidelijk en de chatbot op de site snapte mijn vraag niet.",
    "Graag een reactie binnen de wettelijke termijn, anders dien ik een klacht in.",
]
