"""Dutch templates (nl and nl-be). Prefix '@BE ' = only nl-be, '@NL ' = only nl.
Prefix '%v ' / '%o ' / '%d ' overrides the style (voice / ocr / dictation) for one template."""

VOICE = [
    "hoi met {fname} ik spreek het even in want typen lukt niet met die handschoenen mijn klantnummer is {cust} en de code die ik kreeg is {otp} maar de app zegt dat hij verlopen is kunnen jullie me terugbellen op {phone} na {time}",
    "ja hallo eh ik wil mijn rekeningnummer laten wijzigen het nieuwe is {iban} en voor de controle mijn geboortedatum is {dob} oké dankjewel doei",
    "goedemiddag ehm de monteur komt morgen maar het adres in de bevestiging klopt niet het moet zijn {address} en niet het oude ik ben bereikbaar op {phone}",
    "het wifi wachtwoord van de nieuwe modem werkt gewoon niet ik typ {wifi} in zoals op de sticker staat maar hij pakt hem niet het is een {model}",
    "mijn mailadres is {email} zet je dat even goed in het systeem want de facturen komen nog steeds op {email2} binnen en daar kan ik niet meer in",
    "ik heb mijn pincode drie keer fout ingetikt en nu vraagt hij om de puk de puk op het kaartje is {puk} en moet ik daarna gewoon weer {pin} kiezen of mag dat niet",
    "ik ben wel ingelogd met gebruikersnaam {user} en wachtwoord {password} maar ik krijg steeds foutmelding {err} en dan gooit hij me er weer uit",
    "de alarmcode van het huis is {pin} en het sleutelkastje bij de achterdeur heeft code {pin2} dan kan de monteur erin als wij er niet zijn we zijn {date} pas terug",
    "mijn {natcue} vroeg je collega nog dat is {natid} en het klantnummer staat op de brief dat is {cust}",
    "hee het is {fname} nog even mijn nieuwe nummer is {phone} het oude {phone2} mag eruit want dat heb ik niet meer",
    "@BE allee ik heb hier nen brief gekregen van {brand} maar da klopt ni mijn klantennummer is {cust} en ge moogt mij bellen op {phone} liefst voor {time}",
    "@BE dag ik bel voor mijn moeder haar rijksregisternummer is {natid} en ze woont op {address} ze heeft geen internet dus vandaar",
    "de code uit de sms is {otp} nee wacht dat was de oude de nieuwe is {otp2} sorry",
    "ik wil betalen met mijn creditcard het nummer is {card} geldig tot {expiry} en de code achterop is {cvv} lukt het zo",
    "mijn sim zegt pin vergrendeld wat is de puk code ik heb klantnummer {cust} en mijn geboortedatum is {dob}",
    "%v hoi even een update de bestelling {order} is nog steeds niet binnen de track en trace zegt {tracking} ik heb {amount} betaald op {date} groetjes",
]

CALLSUM = [
    "Samenvatting gesprek (automatisch gegenereerd)\nDatum: {date} {time}\nKlant belde over storing. Klantnummer {cust}. Terugbelnummer {phone}.\nKlant heeft nieuw e-mailadres doorgegeven: {email}.\nActie: ticket {ticket} aangemaakt, monteur ingepland.",
    "AUTOMATISCHE GESPREKSNOTITIE\nBeller: {name}\nGeverifieerd met geboortedatum {dob} en postcode/adres {address}.\nVerzoek: IBAN wijzigen naar {iban}.\nStatus: verwerkt, bevestiging volgt per mail. Gespreksduur {dur}.",
    "Voicemail van {phone} ({dur})\nTranscriptie (betrouwbaarheid {pct}):\n\"ja hallo met {fname} ik bel over factuur {invoice} die is veel te hoog ik heb klantnummer {cust:spoken} bel me even terug\"",
    "Gespreksverslag AI-assistent\n- Klant: {name}\n- Klantnr.: {cust}\n- Klant noemde wachtwoord hardop: {password} (klant geadviseerd dit te wijzigen)\n- Nieuwe inlog: gebruikersnaam {user}\n- Vervolg: geen",
    "Samenvatting call {ticket}\nKlant wil automatische incasso op rekening {iban}. Tenaamstelling {name}. Klant gaf ook {natcue} door ({natid}), niet nodig, niet opgeslagen.\nTerugbellen op {phone} tussen {time} en {time2}.",
    "Nieuw voicemailbericht\nVan: {phone}\nOntvangen: {date}, {time}\nDuur: {dur}\nTekst: goedemiddag u spreekt met {name} mijn adres is {address:spoken} ik heb een pakket {tracking} dat niet aankomt graag terugbellen",
    "Callsamenvatting (concept, controleer voor opslaan)\nOnderwerp: router\nModem {model}, firmware {version}. Klant las wifi-sleutel voor van sticker: {wifi}. SSID {ssid}.\nPublieke IP klant: {ip}. Poort {port} opengezet op verzoek.",
    "Transcript samenvatting:\nKlant ({name}, klantnummer {cust}) meldt dat creditcard {card} onterecht is belast voor {amount}. Vervaldatum kaart {expiry}. Klant niet gevraagd naar CVC.\nDossier: {ticket}",
    "@BE Automatisch gespreksverslag\nKlant {name}, rijksregisternr. {natid}, EAN aansluiting {ean}.\nMeterstand doorgegeven: {meter}.\nAdres levering: {address}\nVolgende stap: bevestiging via {url}",
    "Gesprek {date} – samenvatting\nKlant kon niet inloggen; sms-code {otp} kwam te laat binnen. Nieuwe code gestuurd naar {phone}.\nKlantnummer {cust}, order {order}.",
]

DICTATION = [
    "goedemorgen ik wil graag mijn adres wijzigen mijn nieuwe adres is {address} ingangsdatum {date} mijn klantnummer is {cust} met vriendelijke groet {name}",
    "beste klantenservice ik heb een klacht over factuur {invoice} daar staat {amount} op terwijl ik {amount2} verwachtte kunt u mij terugbellen op {phone} of mailen naar {email:spoken}",
    "ik typ dit met spraakherkenning dus excuses voor de fouten mijn e-mail is {email:spoken} en mijn telefoon {phone:spoken} graag contact over dossier {ticket}",
    "hallo hierbij mijn gegevens voor de overstap naam {name} geboortedatum {dob} rekeningnummer {iban} adres {address} telefoonnummer {phone}",
    "ik kan niet meer inloggen op mijn account gebruikersnaam {user} ik heb het wachtwoord gereset naar {password} maar hij accepteert het niet versie van de app is {version}",
    "de monteur mag de sleutel uit het kastje pakken de code is {pin} het adres is {address} ik ben zelf op mijn werk tot {time}",
    "graag wil ik de automatische incasso stopzetten voor rekening {iban} klantnummer {cust} alvast bedankt",
    "ik heb een nieuwe telefoon {model} en de simkaart vraagt om de pin ik dacht dat het {pin} was maar dat klopt niet nu moet ik de puk invoeren {puk} heb ik van de website gehaald klopt dat",
    "@NL voor de zorgtoeslag heeft u mijn bsn nodig dat is {natid} mijn geboortedatum is {dob} en ik woon op {address}",
    "@BE voor de premie hebt ge mijn rijksregisternummer nodig dat is {natid} en mijn EAN code van de meter is {ean}",
    "%d het ticketnummer is {ticket} en de bestelling {order} ik heb al {days} gebeld en {pct} van de tijd word ik doorverbonden",
]

OCR_SCREEN = [
    "[screenshot]\n{time}  ▪▪▪ 4G  {pct}\nBerichten\n{brand}\nUw verificatiecode is:\n{otp}\nDeel deze code met niemand.\n{date}",
    "kijk dit krijg ik:\n\nVerificatie\nVoer de code in die we\nhebben gestuurd naar\n{masked}\n\nCode:\n{otp}\nOpnieuw verzenden (0:{secs})",
    "dit staat op de sticker onder het modem (overgetypt met tekstherkenning)\nModel: {model}\nSSID: {ssid}\nWi-Fi sleutel /\nNetwork key:\n{wifi}\nS/N {product}\nAdmin wachtwoord: {password}",
    "tekst uit de app gekopieerd:\nMijn gegevens\nNaam {name}\nE-mail\n{email}\nTelefoon\n{phone}\nKlantnummer {cust}\nIBAN {iban}",
    "screenshot van mijn bank app (tekst):\nBegunstigde: {brand}\nBedrag {amount}\nVan rekening\n{iban}\nOmschrijving: factuur {invoice}\nStatus: Mislukt ({err})",
    "Foto van mijn simkaarthouder:\nPIN1 {pin}    PUK1\n{puk}\nPIN2 {pin2}  PUK2 {puk2}\nSIM {product}",
    "ik heb de foutmelding overgetypt met google lens\n\nEr is iets misgegaan\nFoutcode: {err}\nReferentie: {reqid}\nVersie {version}\nProbeer het later opnieuw",
    "dit zie ik in de routerpagina:\nWAN IP-adres\n{ip}\nVerbindingstype DHCP\nFirmware {version}\nUptime {qty}",
    "Tekst uit screenshot mijn account:\nInloggegevens\nGebruikersnaam:\n{user}\nWachtwoord:\n{password}\nLaatst gewijzigd {date}",
    "@BE Itsme bevestiging (screenshot)\nControleer de code\n{otp}\nAanvraag van {brand}\n{time}",
    "%o gekopieerd uit de mail van jullie:\nBestelling {order}\nVerzonden op {date}\nTrack & trace\n{tracking}\nTotaal {amount}  ({qty})",
]

OCR_LETTER = [
    "Hierbij de tekst van de brief (gescand):\n\n{brand}\nPostbus 1234 | {city}\n\n{name}\n{address}\n\nKlantnummer        Factuurnummer        Datum\n{cust}        {invoice}        {date}\n\nBetreft: herinnering\nTe betalen: {amount}",
    "scan van de brief die ik kreeg ,, zie hieronder\n\nUw gegevens\nIBAN\n{iban}\nKlant-\nnummer: {cust}\nGeb. datum\n{dob}\n\nVragen? Bel {cphone} of kijk op {url}",
    "OCR van de aanmaning:\nAan: {name}\n{address}\nDossiernr {ticket}   Klantnr. {cust}\nOpenstaand bedrag {amount} (incl. {pct} rente)\n{kvk}",
    "Tekst uit de jaarafrekening (pagina 2)\nLeveringsadres {address}\nEAN-code elektriciteit\n{ean}\nMeterstand begin {meter}   eind {meter2}\nVerbruik {qty}",
    "@NL brief van de Belastingdienst overgetypt:\nBSN: {natid}\n{name}\n{address}\nKenmerk {ticket}\nDagtekening {date}",
    "@BE gescande brief ziekenfonds:\nRijksregisternr.\n{natid}\nAansluitingsnummer {cust}\n{name}\n{address}\nReferte {ticket}",
    "scan van mijn contract blz 1\nContractnummer\n{cust}\nRekeninghouder {name}\nIBAN {iban}\nMandaat-ID {reqid}\nIngangsdatum {date}\nHandtekening: ____",
    "Hierbij de tekst van de polis\nPolisnummer: {cust}\nVerzekeringnemer: {name}, geboren {dob}\nKenteken {plate}\nPremie {amount} per maand\n{kvk}",
]

PUBLIC = [
    "{mention} al {days} geen internet in {city} en jullie chatbot zegt alleen {err} {hashtag}",
    "{mention} bel me nou gewoon terug op {phone} ik wacht al sinds {date} {hashtag}",
    "Serieus {mention}, mijn klantnummer is {cust}, wat moet ik nog meer doen?? {hashtag} {hashtag2}",
    "{mention} storing gemeld onder {ticket}, monteur kwam niet opdagen tussen {time} en {time2} {hashtag}",
    "@BE {mention} al 3 keer gebeld naar {cphone} en telkens na {days} opgehangen {hashtag}",
    "{mention} pakket {tracking} staat al {days} op 'onderweg' 🙄 {url}",
    "waarom krijg ik een mail op {email} terwijl ik al sinds {year} geen klant meer ben {mention}",
    "{mention} factuur {invoice} is {pct} hoger dan vorig jaar. Uitleg graag. {hashtag}",
    "{mention} update naar {version} en nu werkt de app niet meer op mijn {model} {hashtag}",
    "Kan iemand van {mention} me mailen? {email} ,, of DM, ordernummer {order}",
]

AGENT = [
    "Hoi {fname}, dank voor je spraakbericht! Ik heb je nieuwe rekeningnummer {iban} genoteerd. De eerstvolgende incasso van {amount} gaat op {date} al naar dit nummer. Groet, {agent}",
    "Hi {{first_name}}, ik zie dat de code {otp} verlopen is. Ik heb een nieuwe verstuurd naar {masked}. Lukt het niet, bel ons gerust op {cphone}. ^{agent}",
    "Dank je {fname}. Voor de volledigheid: ik heb het adres aangepast naar {address}. Je kunt je dossier {ticket} volgen via {url}. Fijne dag! /{agent}",
    "Hallo {fname}, wil je je wachtwoord nooit via de chat sturen? Ik heb je account voor de zekerheid geblokkeerd. Via {url} kun je een nieuw wachtwoord instellen. Groetjes {agent}",
    "Hoi! Ik heb je terugbelverzoek ingepland voor {date} tussen {time} en {time2} op {phone}. Je referentie is {ticket}. ^{agent}",
    "Dag {fname}, de wifi-sleutel op de sticker ({wifi}) werkt alleen voor netwerk {ssid}. Gebruik je de 5GHz-band, kies dan {ssid2}. Firmware {version} lost dit op. {agent}",
    "@BE Dag {fname}, bedankt voor je bericht. Ik heb je klantennummer {cust} gekoppeld aan je nieuw gsm-nummer {phone}. Vragen? Bel gratis {cphone}. Groeten, {agent}",
    "Hoi {fname}, op basis van je klantnummer {cust} zie ik dat de kaart eindigend op {masked} nog actief is. Blokkeren doe je via {cphone}. <handtekening> {agent}",
    "Beste {{naam}}, uw bestelling [ORDERNR] is verzonden. Track & trace: {tracking}. Met vriendelijke groet, {agent} ({brand})",
]

NEGONLY = [
    "Storing nog steeds niet opgelost, ticket {ticket} van {date}. Modem {model} knippert oranje, firmware {version}.",
    "%v ja hoi ik bel over bestelling {order} die zou {date} komen maar de bezorger is om {time} geweest en ik was gewoon thuis",
    "%o Factuur {invoice}\nDatum {date}\nSubtotaal {amount}\nBTW {pct}\nTotaal {amount2}\n{kvk}",
    "Mijn vlucht {flight} van {date} is geannuleerd, heb {qty} betaald voor niks. Boeking {order}",
    "poort {port} staat open maar {err} blijft komen. checksum van de firmware: {checksum}",
    "%o Meterstanden\nDatum opname {date}\nNormaal {meter}\nDal {meter2}\nReferentie {reqid}",
    "%v ik heb het product {product} besteld in {year} en na {days} is hij kapot garantie geldt toch {qty2}",
    "Bel ons op {cphone} (ma-vr {time}–{time2}) of chat via {url}. {kvk}",
]

FRAMES = {
    "voice_hdr": ["🎤 Spraakbericht ({dur}) · automatisch uitgeschreven:", "[Transcriptie spraakbericht]",
                  "Spraakmemo omgezet naar tekst:", "🔊 {dur} — Transcriptie weergeven", "Spraakbericht (transcriptie, kan fouten bevatten)",
                  "🎙️ {dur}", "Uitgeschreven door WhatsApp:", "▶︎ {dur}  Transcript:"],
    "ocr_hdr": ["", "(tekst gekopieerd uit foto)", "Tekst uit afbeelding:", "——", "[afbeelding]", "Live Text:"],
    "greet": ["Beste {brand},", "Goedemiddag,", "Hallo,", "Geachte heer/mevrouw,", "Hoi,", "Beste meneer/mevrouw,", "Goedendag,", "Dag {brand} team,"],
    "close": ["Met vriendelijke groet,", "Groeten,", "Mvg", "Alvast bedankt,", "Vriendelijke groeten,", "Gr.", "Hartelijke groet,", "Met dank,"],
    "csig": ["{name}", "{name}\n{phone}", "{fname}\nVerstuurd vanaf mijn iPhone", "{name}\nTel: {phone}\n{address}",
             "{fname}\n\nVerzonden met Outlook voor Android", "{name}\nmob. {phone}", "{fname}\n{phone}\nVerstuurd met Gmail", "{name}\n{email}"],
    "asig": ["{agent}\nKlantenservice {brand}\n{cphone} | {url}", "Met vriendelijke groet,\n{agent} – Team Webcare\n{brand} | {kvk}",
             "{agent}\n{brand} Klantcontact\nT {cphone}\n{kvk}", "Groet,\n{agent}\nWebcare {brand}\nBereikbaar via {cphone}",
             "{agent} | {brand}\n{url}", "Vriendelijke groeten,\n{agent}\n{brand} klantendienst – {cphone}"],
    "qhdr": ["Op {date} om {time} schreef {brand} Klantenservice:", "Op {date} {time} schreef {agent} ({brand}):",
             "-----Oorspronkelijk bericht-----\nVan: {brand} Webcare\nVerzonden: {date} {time}\nOnderwerp: Uw vraag {ticket}",
             "Van: {brand} <noreply>\nDatum: {date}\nOnderwerp: RE: dossier {ticket}", "Op {date} schreef {fname}:",
             "---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date} {time}\nOnderwerp: Fwd: gegevens"],
    "qbody": ["Beste klant,\nBedankt voor uw bericht. Uw vraag is geregistreerd onder {ticket}.\nWij nemen binnen {days} contact met u op.",
              "Hoi,\nKun je ons je klantnummer en postcode sturen? Stuur nooit je wachtwoord of pincode.\nGroet, {agent}",
              "Hallo,\nWe hebben uw betaling van {amount} ontvangen op {date}.\nFactuurnummer {invoice}.",
              "Beste,\nIk heb je nieuwe IBAN {iban} ontvangen en verwerkt.\n{agent}",
              "Hoi {fname},\nIk heb een monteur ingepland op {date} tussen {time} en {time2}.\nAdres: {address}",
              "Dag,\nUw klantnummer is {cust}. Bewaar dit bericht.\nMvg {agent}"],
    "disc": ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.",
             "Denk aan het milieu voordat u deze e-mail print.", "Deze e-mail is automatisch gecontroleerd op virussen.",
             "Aan deze e-mail kunnen geen rechten worden ontleend. {kvk}"],
    "dict_end": [" punt", " komma", " nieuwe regel", " punt nieuwe alinea"],
}

SECURE = [
    "%o ik heb de foutmelding uit de developer console overgetypt\nAuthorization: Bearer {token}\nX-Api-Key:\n{apikey}\nHTTP 401 · {reqid} · poort {port}",
    "%v ja hoi ik ben ontwikkelaar bij een zakelijke klant van jullie de api sleutel uit het portaal is {apikey} en met het access token {token} krijg ik steeds fout {err} op poort {port} kan iemand kijken",
    "%v de pincode van mijn nieuwe bankpas is {pin} en de kaart eindigt op {masked} ik heb hem nog niet gebruikt moet ik hem blokkeren ik vlieg morgen met {flight}",
    "%o Foto van de pincodebrief\nUw nieuwe pincode\n{pin}\nPas eindigend op {masked}\nVervaldatum {expiry}\nBewaar deze brief niet bij uw pas ({year})",
    "%d ik wil de betaling doen met creditcard {card} vervaldatum {expiry} beveiligingscode {cvv} voor boeking {order} vlucht {flight}",
    "%o screenshot betaalpagina:\nKaartnummer\n{card}\nGeldig t/m {expiry}   CVC {cvv}\nTe betalen {amount}\nVlucht {flight}\nTransactie-ID {reqid}",
    "%v de puk is {puk} zei je collega maar mijn telefoon zegt nog {qty} pogingen en daarna moet ik pin {pin} instellen klopt dat",
    "%o Tekst uit foto simkaart:\nPUK {puk}\nPIN {pin}\nICCID {product}\nGeactiveerd {year}",
    "%o uit het portaal gekopieerd:\nGebruiker\n{user}\nTijdelijk wachtwoord\n{password}\nLaatste login vanaf {ip} op {date}\nSessie {token}",
    "%v mijn inlognaam is {user} en het wachtwoord heb ik net veranderd naar {password} maar er logt iemand in vanaf {ip} ik denk dat ik gehackt ben",
    "%d mijn geboortedatum is {dob} en mijn {natcue} is {natid} de meterstand van vandaag is {meter} en de checksum van het bestand was {checksum}",
    "%o Uittreksel (scan)\nGeboren\n{dob}\n{natcue}: {natid}\nMeterstand {meter}\nControlegetal {checksum}",
]

FRAMES["intro"] = [
    "Ik ben al sinds {year} klant bij jullie en eigenlijk altijd tevreden, maar de afgelopen {days} gaat het echt mis. Ik heb al meerdere keren gebeld en de chat geprobeerd, zonder resultaat.",
    "Naar aanleiding van ons telefoongesprek van {date} stuur ik u hierbij de gevraagde gegevens. Excuses voor de rommelige tekst, ik heb het ingesproken en het programma maakt er soms wat van.",
    "Vorige week heb ik ook al een mail gestuurd maar daar heb ik nooit antwoord op gekregen. Daarom probeer ik het nog een keer, nu met alle gegevens erbij zodat het sneller gaat.",
    "Mijn dochter heeft me geholpen met het overtypen van de brief, want ik kan het zelf niet zo goed lezen. Ik hoop dat alles duidelijk is, anders hoor ik het graag.",
    "Ik schrijf u namens mijn vader, die zelf geen e-mail heeft. Hij heeft mij gemachtigd om dit te regelen. Hieronder de informatie die uw collega aan de telefoon vroeg.",
    "Zoals besproken met uw collega {agent} stuur ik de tekst van de foto's mee. De foto's zelf waren te groot voor de mail (meer dan {qty}).",
]
FRAMES["outro"] = [
    "Ik hoor graag zo snel mogelijk van u, want ik heb het internet nodig voor mijn werk. Ik ben overdag het best bereikbaar.",
    "Mocht er nog iets ontbreken, laat het me dan weten. Ik ben tot {date} met vakantie, daarna kan ik ook bellen.",
    "Alvast bedankt voor de moeite. Ik hoop dat het deze keer wel in één keer goed gaat.",
    "Ik verwacht binnen {days} een reactie, anders dien ik een klacht in bij de geschillencommissie.",
    "Graag een bevestiging per mail dat alles is aangepast.",
    "Let op: ik heb inmiddels wel {amount} te veel betaald, dat wil ik graag terug.",
]
