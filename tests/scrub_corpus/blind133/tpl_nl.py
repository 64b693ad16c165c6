"""Dutch (NL) templates. Slots: see values.LABEL / values.NEG; fillers co,name,fname,agent,ini,ssid,plate,city."""

CHAT = [
    ("move", "Hoi, wij verhuizen op {date} van {addr} naar {addr#2}. Kunnen de verhuizers de sleutelkluis gebruiken? code is {pin}. Mijn nummer: {phone}"),
    ("move", "goedemiddag, offerte ontvangen ({amt}) voor {qty}. klantnummer {cust}. Schrijven jullie de aanbetaling af van {iban} of moet ik zelf overmaken?"),
    ("move", "De verhuizers hebben mn kast beschadigd 😡 schadenummer {ticket}. Bel me terug op {phone} tussen {time} en {time#2} aub"),
    ("move", "Meterstanden bij oplevering oude woning: stroom {meter} kWh, gas {meter#2} m3. Oude adres: {addr}. Nieuwe: {addr#2}"),
    ("cruise", "Hallo! Geboekt bij {co}, boekingsnummer {order}. Vlucht {flight} op {date}. Mijn geboortedatum staat fout in het systeem, moet {dob} zijn ipv {date#2}"),
    ("cruise", "Betaling voor de riviercruise mislukt. Kaartnr {card} geldig t/m {exp} cvc {cvv}. Kunnen jullie het handmatig afschrijven?"),
    ("cruise", "ik kom niet in Mijn Cruise. gebruikersnaam {user} ww {pw} … foutmelding {err}"),
    ("drive", "Mijn zoon wil examen doen bij het CBR, jullie vroegen om zijn BSN: {bsn}. geboren {dob}. Hij heeft nog {qty} tegoed"),
    ("drive", "hoi hoi, moet mn les van {date} om {time} verzetten. leerlingnummer {cust}. inloggen in de app lukt niet, de sms-code was {otp} maar die werkt niet"),
    ("dent", "Goedemorgen, afspraak bij de tandarts gemist door ziekte. Patiëntnummer {cust}, geb. datum {dob}. Nota {inv} van {amt} klopt volgens mij niet."),
    ("dent", "Kunnen jullie voortaan automatisch incasseren van {iban}? Mijn BSN voor de zorgverzekeraar is {bsn}"),
    ("opt", "Mijn nieuwe bril ({model}) is er nog steeds niet. Klantnr {cust}, besteld {date}. Bel me gerust: {phone}"),
    ("opt", "Lenzenabonnement {prod}: mijn mailadres is veranderd naar {email} (oude was {email#2}). Graag aanpassen"),
    ("alarm", "Alarm gaat steeds af rond {time}. Monteur mag langskomen op {addr}. Deurcode {pin}, sleutel ligt in het kluisje, code {pin#2}"),
    ("alarm", "de simkaart in de meldkast vraagt om een PUK. PUK: {puk} en de pincode was {pin}. Model {model}, firmware {ver}"),
    ("alarm", "Camera offline sinds de nieuwe router. IP {ip} poort {port}. wifi {ssid} wachtwoord {wifi}"),
    ("alarm", "Hoe koppel ik Homey aan jullie systeem? Ik heb api key {api} aangemaakt maar krijg {err}. Request id {reqid}"),
    ("news", "Ik wil mijn krantenabonnement opzeggen per {date}. abonneenummer {cust}, adres {addr}."),
    ("news", "inloggen op de digitale krant gaat mis. email {email} wachtwoord {pw}. Al {times} geprobeerd"),
    ("news", "Bezorger slaat ons nu al {times} over!! {addr}. tel {phone}"),
    ("gen", "Nieuw wachtwoord is {pw#2}, oude was {pw}. gebruikersnaam {user}. Werkt nog steeds niet na de reset van {time}"),
    ("alarm", "Dit is de sms die ik kreeg:\n\"{co}: uw verificatiecode is {otp}. Deel deze code met niemand.\"\nmaar de app zegt code ongeldig"),
    ("cruise", "Aan boord geen internet. Wifi code van de hut was {wifi}, werkt niet meer na {date}. Hut 4122, lidnummer {cust}"),
    ("news", "Hoi! Tijdschrift komt elke maand beschadigd aan. Abonnee {cust}, postcode + huisnr: {addr}. Kan het in een envelop? 🙏"),
    ("move", "Kunnen jullie ook de piano doen? Moet naar 3e verdieping, {addr}. Plus nog {qty}. Mijn vrouw is bereikbaar op {phone#2}, ik op {phone}"),
    ("dent", "Hoi, mijn dochter (geboren {dob}) heeft kiespijn. Kan ze vandaag nog terecht? Ons nummer {phone}. Groet {fname}"),
]

PUBLIC = [
    ("move", "{mention} al {dur} wachten op jullie verhuizers, niemand komt opdagen. Bel me op {phone} {hashtag}"),
    ("news", "{mention} krant is wéér niet bezorgd. abonneenummer {cust} {hashtag}"),
    ("move", "Nooit meer {co}. Schade aan de piano en geen reactie op klacht {ticket}. {hashtag} {hashtag#2}"),
    ("drive", "{mention} les om {time} 5 minuten vantevoren afgezegd en toch {amt} betalen?? {hashtag}"),
    ("alarm", "{mention} jullie app {ver} crasht zodra ik het alarm wil inschakelen, foutcode {err}"),
    ("gen", "{mention} kunnen jullie me even DMen? mijn mail is {email}"),
    ("cruise", "Wat een heerlijke riviercruise gehad met {co} 🚢 {pct} korting op de volgende, top! {hashtag} cc {fmention}"),
    ("news", "{mention} factuur {inv} van {amt} staat twee keer afgeschreven van {iban} ?!"),
    ("opt", "{mention} op {url} staat {cphone} maar daar neemt niemand op. bril besteld {date}"),
    ("opt", "{mention} nieuwe lenzen nog steeds niet binnen, track & trace {track} zegt al {dur} niks"),
    ("dent", "{mention} rekening {inv} klopt niet, {amt} voor een controle? {hashtag}"),
    ("alarm", "{mention} monteur zou om {time} komen. Nu {time#2}. Adres staat toch in jullie systeem: {addr} {hashtag}"),
]

EMAIL_BODY = [
    ("move", "Op {date} zijn wij verhuisd met uw bedrijf (opdracht {order}). Bij het uitpakken bleek dat {qty} beschadigd zijn, waaronder een spiegel en de eettafel.\n\nIk heb foto's bijgevoegd. Graag ontvang ik een vergoeding op rekening {iban} t.n.v. {name}. Mijn klantnummer is {cust}.\n\nU kunt mij bereiken op {phone}, liefst na {time}."),
    ("move", "Hierbij bevestig ik de verhuizing van {addr} naar {addr#2} op {date}. De sleutel ligt in de sleutelkluis naast de voordeur, code {pin}. Graag de dozen in de bijkeuken zetten.\n\nDe meterstanden heb ik al genoteerd: {meter} (stroom) en {meter#2} (water).\n\nBetaling heb ik gedaan met creditcard eindigend op {mask}."),
    ("cruise", "Wij hebben een riviercruise op de Donau geboekt (boeking {order}) voor twee personen, vertrek {date}. Bij de online check-in wordt gevraagd om onze geboortedata. Die van mij is {dob}, die van mijn man {dob#2}, maar het formulier accepteert het niet (foutcode {err}).\n\nKunt u dit handmatig invoeren? Ons lidnummer van de club is {cust}.\n\nAlvast bedankt."),
    ("cruise", "De aanbetaling van {amt} is niet gelukt. Ik heb het drie keer geprobeerd met mijn Mastercard {card}, vervaldatum {exp}, beveiligingscode {cvv}. Telkens krijg ik een foutmelding.\n\nMag ik ook per bankoverschrijving betalen? Mijn IBAN is {iban}. Ik hoor graag hoe we dit oplossen, want de vlucht ({flight}) is al geboekt."),
    ("drive", "Mijn dochter {fname} wil graag het pakket van {qty} bij uw rijschool afnemen. Voor de aanmelding bij het CBR vroeg uw collega om haar gegevens:\n\nBSN: {bsn}\nGeboortedatum: {dob}\nAdres: {addr}\nMobiel: {phone}\n\nDe eerste termijn ({amt}) kan worden afgeschreven van {iban}."),
    ("dent", "Naar aanleiding van de nota {inv} van {date} wil ik bezwaar maken. Er staat een behandeling op die niet is uitgevoerd. Mijn patiëntnummer is {cust} en mijn geboortedatum {dob}.\n\nDaarnaast is mijn adres gewijzigd, het nieuwe adres is {addr}. Graag ook mijn e-mailadres aanpassen naar {email}."),
    ("opt", "Vorige maand heb ik bij jullie een multifocale bril besteld (order {order}, montuur {model}). Vandaag kreeg ik een sms dat hij klaar ligt, maar in de winkel wisten ze van niks.\n\nMijn klantnummer: {cust}\nTelefoon: {phone}\n\nIk heb al {amt} aanbetaald via iDEAL. Wat is hier aan de hand?"),
    ("alarm", "Sinds de update naar versie {ver} werkt de koppeling met onze domotica niet meer. Ik gebruik de API met sleutel {api} en token {tok}. Het verzoek naar de hub ({ip}, poort {port}) geeft {err}.\n\nDe checksum van de firmware die ik heb gedownload is {checksum}. Kloppt dat?\n\nMijn contractnummer is {cust}."),
    ("alarm", "Wij gaan {dur} op vakantie. Tijdens onze afwezigheid komt de buurvrouw de planten water geven. Zij heeft de alarmcode {pin} gekregen. Mag ik die na terugkomst wijzigen in {pin#2}?\n\nOns adres: {addr}\nAbonnementsnummer: {cust}\n\nVerder wil ik de inloggegevens van de app wijzigen; gebruikersnaam is {user}, huidig wachtwoord {pw}."),
    ("news", "Graag zeg ik mijn abonnement op het weekblad op. Abonneenummer {cust}. Ik ben verhuisd naar {addr} en lees het toch alleen nog online.\n\nVoor de goede orde: de laatste incasso ({amt}) is afgeschreven van {iban}, ik ga ervan uit dat ik het deel na {date} terugkrijg."),
    ("news", "Ik kan niet meer inloggen op de e-paper. Met de knop 'wachtwoord vergeten' kreeg ik een code ({otp}), maar daarna zegt de site dat mijn account {email} niet bestaat.\n\nMijn gebruikersnaam was volgens mij {user}. Abonneenummer {cust}.\nBrowser: Chrome {ver}."),
    ("gen", "Zoals telefonisch besproken met uw collega stuur ik mijn gegevens:\n\nNaam: {name}\nGeb. datum: {dob}\nAdres: {addr}\nTel: {phone}\nIBAN: {iban}\n\nIk hoop dat het nu snel opgelost wordt."),
]

AGENT = [
    ("gen", "Hoi {fname}, dank voor je bericht! Ik zie je klantnummer {cust} en heb de afspraak verzet naar {date} om {time}. Bellen kan ook via {cphone}."),
    ("gen", "Hallo {fname}, wat vervelend. Ik heb er ticket {ticket} voor aangemaakt. De incasso loopt via rekening {mask}, dat klopt dus."),
    ("gen", "Beste {fname}, deel nooit je wachtwoord via sociale media. Je stuurde {pw} mee: wijzig dit direct via {url}. We hebben het bericht verborgen."),
    ("move", "Klopt het adres {addr}? Dan staan onze verhuizers er op {date} tussen {time} en {time#2}. Sleutelkluiscode {pin} heb ik doorgegeven aan de ploegleider."),
    ("cruise", "Dank je wel! Boeking {order} staat nu op de juiste geboortedatum ({dob}). Je ontvangt binnen {dur} een nieuwe bevestiging op {email}."),
    ("alarm", "Hoi {fname}, de monteur kan {date} langskomen. Voor de verificatie: je klantnummer is {cust} en het telefoonnummer dat we hebben is {phone}, klopt dat?"),
    ("news", "Hallo {{first_name}}, je opzegging voor abonnement {cust} is verwerkt per {date}. Het resterende bedrag ({amt}) storten we terug op {iban}."),
    ("dent", "Goedemiddag, de nota {inv} is gecorrigeerd. Het nieuwe bedrag is {amt}. Vragen? Bel de praktijk op {cphone} (ma-vr {time} - {time#2})."),
    ("drive", "Top, je examen is aangevraagd voor {date}. We hebben hiervoor je BSN {bsn} gebruikt; dit bewaren we niet langer dan nodig. Succes!"),
    ("opt", "Hoi {fname}, je bril ligt klaar in de winkel. Het ophaalnummer is {order}. Let op: vraag je ooit iemand om je inlogcode? Wij vragen nooit om <code> of je wachtwoord."),
]

GREET = ["Beste {co},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Beste klantenservice,", "Hoi {agent},", "Geachte klantenservice van {co},", "Dag,"]
CLOSE = ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Vriendelijke groet,", "Alvast bedankt,", "Gr.", "Hartelijke groet,", "Met vriendelijke groeten,"]
SIG = [
    "{name}\n{addr}\n{phone}",
    "{name}\nT: {phone}\nE: {email}",
    "{fname}\n\nVerstuurd vanaf mijn iPhone",
    "{name}\nMobiel {phone}",
    "{name} | {addr}",
    "{fname} {lname}\n\nVerzonden met de Mail-app voor Windows",
    "{name}\n{email}",
    "{fname}\n---\nTel. {phone} (niet op woensdag)",
]
QUOTE_HDR = ["Op {date} om {time} schreef {co} <service@{domain}>:", "Van: {co} <klantenservice@{domain}>\nVerzonden: {date} {time}\nAan: {email}\nOnderwerp: RE: uw vraag",
             "-----Oorspronkelijk bericht-----\nVan: {agent} ({co})\nDatum: {date}", "{co} schreef op {date}:"]
FWD_HDR = ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: klacht", "Begin doorgestuurd bericht:\n\nVan: {email}\nOnderwerp: Fwd: vraag"]
DISCLAIMER = ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.",
              "Denk aan het milieu voordat u deze e-mail print.",
              "Aan dit bericht kunnen geen rechten worden ontleend. {co} B.V. | KvK {kvk} | BTW {vat}",
              "Deze e-mail is gecontroleerd op virussen."]
SUBJECT = ["Onderwerp: vraag over mijn account", "Onderwerp: Klacht", "Onderwerp: RE: uw bericht", "Onderwerp: dringend!!", "Onderwerp: wijziging gegevens", "Onderwerp: opzegging"]
AGENT_SIGN = ["^{ini}", "Groet, {agent}", "Groetjes, {agent} | {co}", "Fijne dag! {agent}", "Met vriendelijke groet,\n{agent}\nKlantenservice {co} | {cphone}", "-{agent}"]

EXTRA = [
    "Ik heb hier eerder over gebeld op {date}, toen werd me beloofd dat ik binnen {dur} zou worden teruggebeld. Dat is niet gebeurd. Mijn klacht is geregistreerd onder {ticket}.",
    "Eerlijk gezegd ben ik behoorlijk teleurgesteld. We zijn al sinds {year} klant en hebben nooit problemen gehad, maar dit gaat echt te ver.",
    "Op jullie website ({url}) staat dat jullie binnen {dur} reageren, maar ik wacht nu al veel langer. De factuur ({inv}) van {amt} betaal ik pas als dit is opgelost.",
    "Voor de volledigheid: het gaat om de bestelling/opdracht {order} en de kosten van {amt} inclusief {pct} btw.",
    "Ik ben overdag slecht bereikbaar, het beste na {time}. Mailen mag natuurlijk ook altijd.",
    "Ik heb ook al een bericht gestuurd via Facebook en WhatsApp, maar daar kreeg ik alleen een automatisch antwoord met nummer {ticket}.",
]

# balancing pairs (appended in pairs so each half gets one of each)
CHAT += [
    ("alarm", "app logt me steeds uit. support vroeg om mijn sessietoken, hier: {tok} (app {ver})"),
    ("alarm", "Sorry dat ik het zo stuur maar de monteur vroeg om dit: Authorization: Bearer {tok}\nstatus {err}"),
    ("move", "Eindafrekening ontvangen maar meterstand klopt niet: wij hebben {meter} doorgegeven op {date}, jullie rekenen met {meter#2}. Creditcard {card} exp {exp} is al belast"),
    ("move", "Verhuisdozen bezorgd? track & trace {track}. Betaald met kaart {mask}. Ben thuis op {addr} vanaf {time}"),
    ("cruise", "Hoi, aan boord werkt mijn telefoon niet meer, hij vraagt een PUK: {puk}?? of is dat die op het kaartje. Sim-pin was {pin}"),
    ("opt", "Firmware van de oogmeter? nee grapje 😅 Vraag: contactlenzen {prod} bestellen, creditcard {card} vervalt {exp} cvc {cvv}"),
]
EMAIL_BODY += [
    ("alarm", "De installateur heeft op {date} een nieuwe centrale ({model}) geplaatst. Daarbij is een firmwarebestand geleverd met SHA256 {checksum}. Op jullie site staat een andere checksum. Is dit veilig?\n\nVerder krijg ik in de app {err} met token {tok}. Mijn gebruikersnaam is {user}, wachtwoord {pw}.\n\nKlantnummer {cust}, sinds {year} klant."),
    ("news", "Vorige week kreeg ik een aanmaning voor factuur {inv} ({amt}). Die is echter al betaald met mijn creditcard {card} (geldig tot {exp}). Op mijn afschrift staat {mask}.\n\nDaarnaast is de wifi-code voor de digitale kiosk in de bibliotheek {wifi}, mag ik die daar gebruiken met login {user}?\n\nAbonneenummer {cust}. Pakket met cadeau is verstuurd met {track}."),
]
AGENT += [
    ("move", "Hoi {fname}, de meterstanden zijn aangepast naar {meter}. De creditcard {mask} wordt niet opnieuw belast. Zending {track} is onderweg."),
    ("alarm", "Hallo {fname}, de firmware met checksum {checksum} is de juiste. Je oude token {tok} hebben we ingetrokken; log opnieuw in met {user}."),
]
EXTRA += [
    "Sinds {year} ben ik trouwe klant en betaal altijd op tijd (laatste betaling met kaart {mask}).",
    "Pakket met de stukken is verstuurd met {track}, bijgevoegde pdf heeft checksum {checksum}.",
]
PUBLIC += [
    ("news", "{mention} sinds {year} abonnee en nu dit. rekening {mask} twee keer belast {hashtag}"),
    ("move", "{mention} zending {track} met verhuisdozen staat al {dur} op 'onderweg' {hashtag}"),
]
