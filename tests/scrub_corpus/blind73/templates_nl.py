"""Dutch (NL) and Belgian Dutch templates. Groups are dealt alternately per half."""

NL = {}
NL["body"] = [
    "Hoi, ik wil overstappen met nummerbehoud. Mijn nummer is {phone#p} en mijn klantnummer bij {F.brand} is {cust}. Kan het per {N.date} ingaan?",
    "nummerbehoud mislukt alweer?? foutmelding {N.err} in de app. oude nr {phone}, klantnr oude provider {cust}. Wat nu",
    "Goedemiddag, de QR-code voor mijn eSIM werkt niet. In de mail stond als activatiecode LPA:1$rsp.esim-nl.net${token:esim}, mijn iPhone ({N.ver}) zegt 'kan niet worden toegevoegd'.",
    "Er is vannacht een simswap gedaan op mijn nummer {phone}!!! Ik heb NIKS aangevraagd. Om {N.time} kreeg ik een sms met code {otp} en daarna geen bereik meer. Blokkeer alles aub",
    "3x verkeerde pincode ingetoetst en nu wil hij de PUK. Simkaartnummer (ICCID) {cust:iccid}, geboortedatum {dob}. Mijn oude pincode was {pin} trouwens",
    "Beltegoed opwaarderen lukt niet. Waardebon van {N.amount} gekocht bij de Primera, code {pin:voucher}, maar ik krijg melding {N.err}",
    "Rekening van {N.amount} voor roaming?!? Ik zat in {F.country} van {N.date} tot {N.date} en had de bundel {N.prod} gewoon aangezet. Factuurnummer {N.invoice}. Terugstorten op {iban} graag",
    "Contract verlengen: klantnr {cust}, postcode + huisnr {address:pchn}. Ik wil graag de {N.model} erbij op afbetaling, hoeveel wordt het per maand?",
    "Toestel in termijnen afgesloten, {N.model} 256GB, {N.amount} p/m over 24 maanden. Bestelnummer {N.order}. Incasso mag van {iban} (t.n.v. {F.name})",
    "Voor de zaak (KvK {N.reg:kvk}) hebben we {N.qty:lines}. Inloggen op het zakelijk portaal lukt niet: gebruikersnaam {username}, ww {password}. Kunnen jullie resetten?",
    "Jullie medewerker vroeg om mijn BSN, hier: {bsn}. Geb.datum {dob} en ik woon op {address}.",
    "Modem vervangen. Wifi-wachtwoord {wifi_key} (netwerk {F.ssid}), admin ww van de router is {password:router}. Vast IP {ip} en poort {N.port} moet open voor de camera.",
    "Betaling met creditcard lukt niet: {card}, geldig tot {exp}, cvc {cvv}. Ik probeer {N.amount} op te waarderen",
    "Ik kreeg deze code: {otp:words}. Moet ik die aan de medewerker geven die mij belde?? Lijkt me niet pluis",
    "verificatiecode {otp} klopt niet zegt de app, al {N.qty:count} aangevraagd",
    "Graag mijn e-mailadres wijzigen naar {email}, het oude ({email}) gebruik ik niet meer. Klantnummer {cust}.",
    "Mijn dochter heeft een prepaid simkaart, nummer {phone}. Kan ik het beltegoed vanaf mijn eigen abonnement ({cust:sub}) aanvullen?",
    "De pukcode die ik via de site kreeg ({puk}) werkt niet. Sim zit nu op slot. Telefoon is een {N.model} met {N.ver}",
    "Mijn zakelijke lijnen moeten naar jullie geport worden:\n- {phone}\n- {phone}\n- {phone:land}\nKlantnummer bij de oude aanbieder: {cust}\nIngangsdatum: {N.date}",
    "Ik wil een klacht indienen. Zaaknummer {N.ticket}. Al {N.qty:dur} in de wacht gestaan bij {N.cphone}. Bel me terug op {phone}",
    "Telefoon gestolen in de trein. Nummer {phone}, sim blokkeren svp. Abonnementsnummer {cust:contract}. Nieuwe sim naar {address} sturen",
    "Hallo, de incasso is mislukt. Je mag het bedrag ({N.amount}) afschrijven van NL rekening {iban}. Factuur {N.invoice} van {N.date}",
    "Inloggegevens voor Mijn {F.brand}:\nlogin: {username}\npassword: {password}\nIk kom er niet meer in sinds de update ({N.ver})",
    "Ik heb een nieuwe simkaart ontvangen (track & trace {N.track}) maar weet niet hoe ik die activeer. De pincode op het kaartje is {pin} en de PUK {puk}",
    "Oké dus de eSIM overzetten naar mijn nieuwe telefoon: ik heb een sms gehad met code {otp}, wat moet ik daarmee? Activatiecode: {token:esim}",
    "Onze developer zoekt de API key voor de sms-dienst. Staat in het portaal als {api_key}, maar die geeft {N.err}. Request-id {N.reqid}",
    "Waarom is mijn nummer {phone#x} ineens afgesloten? Ik betaal gewoon elke maand via {iban}. Klantnr {cust}",
    "Ik ben {F.name}, geboren op {dob}, en ik wil het abonnement van mijn overleden vader opzeggen. Zijn klantnummer was {cust}, nummer {phone}.",
    "Pincode vergeten van de sim. Puk staat op het plastic: {puk}. Typ ik die gewoon in?",
    "mail mij maar op {email} of bel {phone}, na {N.time} ben ik thuis",
    "Sleutelkastje bij de voordeur heeft code {pin:door}, de monteur kan de glasvezelkast in de meterkast vinden. Adres: {address}",
    "Tweestapsverificatie code: {otp}\n\n(dit is wat ik kreeg om {N.time}, maar ik heb niet zelf ingelogd!!)",
    "Hoe kan het dat ik {N.pct} meer betaal dan vorig jaar? Bundel van {N.qty} kost nu {N.amount}. Klantnummer {cust}",
    "De koerier heeft mijn nieuwe {N.model} afgeleverd op het verkeerde adres. Ik woon {address}, niet op nummer 12. Bestelling {N.order}",
    "Mijn token voor de koppeling met jullie API is verlopen: Bearer {token}. Kan er een nieuwe worden uitgegeven voor account {cust}?",
]
NL["public"] = [
    "{N.mention} al 3 dagen geen bereik in {F.city} op {phone}, wat is er aan de hand?? {N.hashtag}",
    "{N.mention} mijn nummer is {phone}, bel me maar want jullie chat werkt niet {N.hashtag}",
    "Nummerbehoud duurt nu al {N.qty:dur}... {N.mention} {N.hashtag} {N.hashtag}",
    "{N.mention} eSIM QR code scannen geeft {N.err}, iemand een idee? {N.url}",
    "Bedankt {N.mention} voor de snelle hulp met mijn sim! Top service 👍",
    "{N.mention} Roamingkosten {N.amount} voor {N.qty} data in {F.country}. Echt?? {N.hashtag}",
    "{N.mention} waarom moet ik {N.cphone} bellen als ik alleen een pukcode wil 🙄",
    "{N.umention} ja bij mij ook, {N.mention} ligt er weer uit sinds {N.time} {N.hashtag}",
    "{N.mention} stuur mij even een dm, mail is {email}",
    "Let op mensen: {N.mention} belt nooit om je sms-code te vragen! Mij werd net om {N.time} gevraagd om de code. {N.hashtag}",
    "{N.mention} contract loopt af {N.date}, wat is jullie beste aanbod? heb nu {N.qty}",
    "{N.mention} ik krijg steeds sms'jes met codes terwijl ik niks doe. Nummer {phone}. Hack? {N.hashtag}",
]
NL["agent"] = [
    "Hoi {F.first}, wat vervelend! Stuur je ons een DM met je klantnummer en postcode? Dan kijken we met je mee. {F.initials}",
    "Dank je wel. Ik zie dat nummer {phone} per {N.date} wordt overgezet naar {F.brand}. Je zaaknummer is {N.ticket}. Groetjes, {F.agent}",
    "Hoi {F.first}, de nieuwe PUK-code voor {phone} is {puk}. Deel deze code met niemand. {F.initials}",
    "We bellen nooit om een code te vragen. Heb je de code {otp} aan iemand gegeven? Bel dan direct {N.cphone}. {F.initials}",
    "Ik heb het e-mailadres {email} gekoppeld aan klantnummer {cust}. Je ontvangt binnen 24 uur een bevestiging. Groet, {F.agent}",
    "De terugbetaling van {N.amount} gaat naar de rekening eindigend op {N.masked}. Dat duurt 5 werkdagen. {F.initials}",
    "Hoi {F.macro}, je verificatiecode is {F.codemacro}. Vul deze in op {N.url}. {F.initials}",
    "Je nieuwe eSIM-QR-code staat klaar in Mijn {F.brand}. Lukt scannen niet? Vul dan handmatig de activatiecode {token:esim} in. {F.initials}",
    "Voor de veiligheid: wil je je geboortedatum en het nummer {phone} bevestigen? Dan kan ik de simswap terugdraaien. {F.agent}",
    "Ik zie een storing op mast nabij {F.city} (melding {N.ticket}), verwachte oplossing {N.date} rond {N.time}. Excuus! {F.initials}",
    "Ik heb je gegevens aangepast: adres {address}, telefoon {phone}. Klopt dat zo? {F.initials}",
    "Bedankt voor het wachten. Je bundel {N.prod} is geactiveerd, je hebt nu {N.qty} extra. {F.initials}",
]
NL["greet"] = ["Beste {F.brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "Hoi team,", "Geachte medewerker van {F.brand},", "L.S.,"]
NL["close"] = ["Met vriendelijke groet,\n{F.name}", "Groetjes,\n{F.first}", "Mvg,\n{F.name}", "Alvast bedankt!\n\n{F.first}", "Met vriendelijke groeten,\n\n{F.name}\n{address:multi}", "Groet,\n{F.name}\nTel. {phone}"]
NL["sig"] = [
    "--\n{F.name}\n{address:multi}\nM: {phone}\nKlantnummer: {cust}",
    "{F.name}\nmobiel {phone}\n{email}",
    "Verstuurd vanaf mijn iPhone",
    "{F.name} | {F.company}\nKvK {N.reg:kvk} | BTW {N.reg}\nT {phone} | {N.url}\nKlantnr. {cust}",
    "Verzonden vanuit Outlook voor Android",
    "-- \nDeze e-mail is verzonden vanaf een mobiel apparaat",
]
NL["quotehdr"] = [
    "Op {N.date} om {N.time} schreef {F.name} <{email}>:",
    "-----Oorspronkelijk bericht-----\nVan: {F.brand} Klantenservice\nVerzonden: {N.date} {N.time}\nAan: {email}\nOnderwerp: RE: Uw vraag (zaaknummer {N.ticket})",
    "---------- Doorgestuurd bericht ---------\nVan: {F.name} <{email}>\nDatum: {N.date}\nOnderwerp: Fwd: nummerbehoud",
    "Op {N.date} {N.time} heeft {F.name} ({email}) het volgende geschreven:",
]
NL["disclaimer"] = [
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, verwijder het dan en informeer de afzender.",
    "De informatie in dit e-mailbericht is vertrouwelijk. {F.company}, KvK {N.reg:kvk}.",
    "Denk aan het milieu voordat u deze e-mail print.",
]
NL["subject"] = ["Onderwerp: nummerbehoud", "Onderwerp: Re: eSIM activeren", "Onderwerp: Klacht roamingfactuur {N.invoice}", "Onderwerp: PUK code", "Onderwerp: contractverlenging", "Onderwerp: Fwd: simkaart geblokkeerd"]

BE = {}
BE["body"] = [
    "Dag, ik wil mijn gsm-nummer {phone} overzetten van {F.brand} naar jullie. Klantnummer daar: {cust}. Simkaartnummer {cust:iccid}.",
    "Allee, ik heb een herlaadkaart van {N.amount} gekocht, herlaadcode {pin:voucher}, en het beltegoed staat nog altijd op nul",
    "Mijn rijksregisternummer is {bsn:rrn}, dat vroeg uw collega aan de telefoon. Geboortedatum {dob}.",
    "Ge hebt mij {N.amount} aangerekend voor roaming in {F.country}?! Factuur {N.invoice}. Terugstorten op {iban} aub.",
    "Iemand heeft mijn simkaart laten vervangen zonder mijn toestemming (sim swap). Nummer {phone#a}. Ik kreeg code {otp} om {N.time}. Blokkeer {phone#a} onmiddellijk!",
    "eSIM activeren lukt niet, QR-code geeft fout {N.err}. Activatiecode uit de mail: {token:esim}. Toestel {N.model}. Geboortedatum titularis {dob}",
    "PIN van mijn sim is {pin}, maar na de update vraagt hij PUK. Die is {puk} volgens de kaart maar dat werkt ook niet.",
    "Voor mijn vennootschap (ondernemingsnummer {N.reg}) willen we {N.qty:lines} bijnemen. Login beheerportaal: {username} / {password}",
    "Mijn contract loopt af op {N.date}. Ik wil verlengen met een nieuwe {N.model} op afbetaling. Klantennummer {cust}, adres {address}",
    "Domiciliëring mag voortaan via {iban}. Klantnr {cust}. Groetjes",
    "wifi code van de modem is {wifi_key}, netwerk {F.ssid}. De technieker moet dat weten zeker?",
    "Ik krijg sms'en met bevestigingscodes ({otp}) terwijl ik niks aanvraag. Is mijn account {username} gehackt?",
    "Kunnen jullie mij terugbellen op {phone}? Liefst na {N.time}. Mijn e-mail is {email} mocht het niet lukken",
    "Betalen met kaart {card} (vervalt {exp}, code achterkant {cvv}) lukt niet in de app, versie {N.ver}",
    "Herladen via de app vraagt nu een eenmalige code, ik kreeg: {otp:words}",
    "Verhuis naar {address} op {N.date}. Internet en gsm-abonnement ({cust:contract}) moeten mee.",
    "Ons vast IP-adres {ip} werkt niet meer sinds de onderhoudswerken, poort {N.port} staat dicht. Klant {cust}",
    "De code van het sleutelkluisje is {pin:door}, de technieker mag binnen voor de installatie. Adres {address}",
]
BE["public"] = [
    "{N.mention} al de hele dag geen netwerk in {F.city} {N.hashtag}",
    "{N.mention} nummeroverdracht duurt al {N.qty:dur}, ik kan niet bellen {N.hashtag}",
    "{N.mention} bel mij eens terug op {phone} aub, chat werkt niet",
    "{N.mention} {N.amount} roaming voor een weekend {F.country}, echt ni normaal {N.hashtag}",
    "{N.umention} ja, {N.mention} ligt plat sinds {N.time}",
    "{N.mention} waarom kost mijn abonnement plots {N.pct} meer? {N.hashtag}",
]
BE["agent"] = [
    "Dag {F.first}, stuur ons gerust een privébericht met uw klantnummer, dan bekijken we het samen. {F.initials}",
    "Bedankt! De overdracht van {phone} staat gepland op {N.date}. Dossiernummer {N.ticket}. Groetjes, {F.agent}",
    "De PUK-code voor {phone} is {puk}. Geef deze nooit door aan derden. {F.initials}",
    "We hebben de terugbetaling van {N.amount} ingegeven op rekening {N.masked}. {F.initials}",
    "Dag {F.macro}, uw bevestigingscode is {F.codemacro}. Bel ons op {N.cphone} als u vragen hebt. {F.agent}",
    "Ik heb uw e-mailadres aangepast naar {email} en het adres naar {address}. Klopt dit? {F.initials}",
    "Kunt u ons uw geboortedatum en het gsm-nummer bevestigen? Dan kunnen we de simkaart blokkeren. {F.initials}",
    "Er is een storing in de regio {F.city} (ref. {N.ticket}). Meer info op {N.url}. {F.initials}",
]
BE["greet"] = ["Beste,", "Geachte,", "Dag {F.brand},", "Hallo klantendienst,", "Goeiendag,", "Beste mevrouw, meneer,"]
BE["close"] = ["Met vriendelijke groeten,\n{F.name}", "Groetjes,\n{F.first}", "Mvg\n{F.name}\n{phone}", "Alvast bedankt,\n{F.name}\n{address:multi}"]
BE["sig"] = [
    "{F.name}\nZaakvoerder {F.company}\nOnd.nr. {N.reg}\nGSM {phone}",
    "--\n{F.name}\n{email}\n{phone}",
    "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
    "Verstuurd vanaf mijn iPad",
]
BE["quotehdr"] = [
    "Op {N.date} om {N.time} schreef {F.name} <{email}>:",
    "Van: {F.brand} Klantendienst\nVerzonden: {N.date} {N.time}\nAan: {email}\nOnderwerp: Uw dossier {N.ticket}",
    "-------- Doorgestuurd bericht --------\nOnderwerp: herlaadkaart\nDatum: {N.date}\nVan: {F.name} <{email}>",
    "{F.name} <{email}> schreef op {N.date}:",
]
BE["disclaimer"] = [
    "Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk. {F.company} — BTW {N.reg}.",
    "Gelieve deze e-mail niet af te drukken tenzij noodzakelijk.",
]
BE["subject"] = ["Onderwerp: nummeroverdracht", "Onderwerp: herlaadkaart werkt niet", "Onderwerp: factuur roaming", "Onderwerp: RE: dossier", "Onderwerp: eSIM"]
