"""Belgian Dutch (Flemish) templates."""

CHAT = [
    ("move", "Dag, we verhuizen op {date} van {addr} naar {addr#2}. De lift is gereserveerd van {time} tot {time#2}. Mijn gsm: {phone}"),
    ("move", "Hallo, voorschot van {amt} betaald via Bancontact maar geen bevestiging. Klantnr {cust}. Kaart {card} , vervalt {exp}"),
    ("move", "De sleutel van het appartement hangt in de sleutelkast aan de garage, code {pin}. Zeg da aan de chauffeur aub"),
    ("cruise", "Goeiemiddag, wij hebben een cruise op de Moezel (boeking {order}). Mijn rijksregisternummer voor de verzekering: {rrn}. Geboortedatum {dob}"),
    ("cruise", "kan ni inloggen op de app van {co}. login {user} / paswoord {pw}. wa moet ik doen?"),
    ("drive", "Ik wil me inschrijven voor rijles. Rijksregisternr {rrn}, gsm {phone}. Voorlopig rijbewijs sinds {date}"),
    ("drive", "Mijn les van {time} kan ni doorgaan, ben ziek. Leerlingnummer {cust}. Sorry!"),
    ("dent", "Hallo, ik kreeg een factuur ({inv}) van {amt} maar ik heb al betaald van {iban}. Patiënt nr {cust}"),
    ("dent", "Mag ik de afspraak van {date} verplaatsen? Mijn zoontje is geboren op {dob}, ge hebt zijn gegevens al. Bereikbaar op {phone}"),
    ("opt", "Mijn lenzen ({prod}) zijn nog ni geleverd, track {track}. Ik woon {addr}"),
    ("opt", "Hey, bevestigingscode van jullie webshop: {otp}, maar ik krijg {err}. Mail is {email}"),
    ("alarm", "Het alarm blijft piepen. Centrale {model}, software {ver}. Mijn code is {pin} maar die werkt ni meer"),
    ("alarm", "Voor de technieker: wifi {ssid}, sleutel {wifi}. De camera heeft IP {ip}"),
    ("alarm", "De sim in de centrale vraagt PUK-code. Op het kaartje staat {puk}. Mag ik die ingeven?"),
    ("news", "Goeiedag, ik wil mijn abonnement op de krant stopzetten. Abonneenummer {cust}. Domiciliëring op {iban} mag dus ook weg"),
    ("news", "Inloggen lukt ni: e-mail {email}, wachtwoord {pw}. Geprobeerd op {date} en vandaag"),
    ("news", "Krant al {dur} ni geleverd in de {addr}. Wat is er aan de hand?"),
    ("gen", "dit kreeg ik per sms: 'Uw eenmalige code is {otp}'. Is dat van jullie of phishing?"),
]

PUBLIC = [
    ("news", "{mention} al {dur} geen krant in de bus. Abonnee {cust}. Echt beu {hashtag}"),
    ("move", "{mention} verhuizers {time} te laat en dan nog een factuur van {amt} 🙄 {hashtag}"),
    ("alarm", "{mention} jullie app ({ver}) geeft altijd {err} bij inloggen. Iemand anders ook? {fmention}"),
    ("cruise", "Prachtige cruise gehad met {co}, bedankt aan de hele crew! {hashtag}"),
    ("gen", "{mention} stuur mij een PB aub, mijn gsm is {phone}"),
    ("dent", "{mention} wachtzaal vol en al {dur} te laat. Afspraak was om {time}. {hashtag}"),
    ("opt", "{mention} bestelling {order} nog steeds ni binnen, zie {url} {hashtag}"),
]

EMAIL_BODY = [
    ("move", "Wij hebben op {date} beroep gedaan op jullie firma voor onze verhuis (offerte {order}). Bij het uitladen is de kast volledig beschadigd geraakt.\n\nIk vraag een schadevergoeding van {amt}, over te schrijven op {iban} op naam van {name}. Mijn klantnummer is {cust}.\n\nJe kan me bereiken op {phone} of via {email}."),
    ("move", "Bevestiging verhuis:\n- Vertrek: {addr}\n- Aankomst: {addr#2}\n- Datum: {date}, vanaf {time}\n- Volume: {qty}\n\nDe code van de sleutelkluis is {pin}. Gelieve de liftplaatsing aan te vragen bij de stad."),
    ("cruise", "In bijlage de gegevens voor de boeking van onze riviercruise (ref {order}):\n\nReiziger 1: {name}, geboren {dob}, rijksregisternummer {rrn}\nReiziger 2: geboren {dob#2}\n\nDe vlucht naar Basel is {flight}. Betaling gebeurt met kaart {card} ({exp}), CVC {cvv}."),
    ("drive", "Mijn zoon wil zich inschrijven voor het pakket met {qty} praktijk. Zijn rijksregisternummer is {rrn} en hij is geboren op {dob}.\n\nHet adres is {addr}. Factuur mag naar {email}. Domiciliëring kan op {iban}."),
    ("dent", "Ik heb een vraag over de factuur {inv}. Er werd {amt} aangerekend voor een tandsteenbehandeling, maar volgens het ziekenfonds is dat te veel.\n\nPatiëntnummer {cust}, geboortedatum {dob}. Mijn gsm-nummer is veranderd, het nieuwe is {phone}."),
    ("alarm", "Sinds de update ({ver}) krijg ik de melding {err} in de app. Ik log in met gebruikersnaam {user} en wachtwoord {pw}. Ik heb al {times} een reset gedaan.\n\nDe centrale hangt op IP {ip}, poort {port} staat open. Contractnummer {cust}."),
    ("news", "Graag had ik mijn abonnement op het weekendmagazine gewijzigd naar enkel digitaal. Abonneenummer {cust}. Mijn adres ({addr}) mag dan uit de bezorglijst.\n\nDe betaling per domiciliëring op {iban} mag blijven. Het nieuwe bedrag zou {amt} per maand zijn, klopt dat?"),
    ("opt", "Vorige week heb ik een nieuwe bril besteld (montuur {model}). Ik kreeg een e-mail dat ik moest bevestigen met code {otp}, maar de link op {url} geeft een fout.\n\nKlantnummer {cust}, gsm {phone}."),
]

AGENT = [
    ("gen", "Dag {fname}, bedankt voor je bericht. Ik heb je dossier {ticket} doorgegeven aan de collega's. Je hoort ons binnen {dur}."),
    ("move", "Hallo {fname}, de verhuis naar {addr} staat ingepland op {date} om {time}. De code {pin} hebben we genoteerd."),
    ("alarm", "Dag {fname}, om je te identificeren: is je klantnummer {cust} en woon je nog op {addr}? Dan plannen we een technieker in."),
    ("news", "Dag {fname}, je abonnement {cust} is stopgezet vanaf {date}. De domiciliëring op rekening {mask} wordt beëindigd. Vragen? {cphone}"),
    ("gen", "Opgelet {fname}: deel je paswoord ({pw}) nooit publiek. Wijzig het via {url}. We hebben je bericht verborgen."),
    ("dent", "Goeiedag, de factuur {inv} werd aangepast. Het saldo is {amt}. Je kan ons bereiken op {cphone} tussen {time} en {time#2}."),
    ("cruise", "Dag {fname}, je boeking {order} is bevestigd. De gegevens van {name} (geboren {dob}) zijn aangepast."),
]

GREET = ["Beste,", "Dag {agent},", "Goeiedag,", "Geachte,", "Hallo {co},", "Beste mevrouw, meneer,"]
CLOSE = ["Met vriendelijke groeten,", "Vriendelijke groeten,", "Mvg", "Alvast bedankt,", "Groetjes,", "Hartelijke groeten,"]
SIG = ["{name}\n{addr}\nGSM {phone}", "{fname}\n\nVerzonden vanaf mijn Samsung Galaxy", "{name}\n{phone} | {email}", "{fname} {lname}", "{name}\ngsm: {phone}", "{name}\nTel. {phone}\n{addr}"]
QUOTE_HDR = ["Op {date} om {time} schreef {co} <info@{domain}>:", "Van: {co}\nVerzonden: {date}\nAan: {email}\nOnderwerp: Re: uw dossier", "{agent} van {co} schreef:", "-----Oorspronkelijk bericht-----\nVan: klantendienst@{domain}\nDatum: {date}"]
FWD_HDR = ["---------- Doorgestuurd bericht ---------\nVan: {email}\nDatum: {date}", "Doorgestuurd bericht:\nVan: {name} <{email}>"]
DISCLAIMER = ["Dit e-mailbericht is enkel bestemd voor de geadresseerde.", "{co} NV - ondernemingsnummer {kvk} - RPR Antwerpen", "Gelieve het milieu te sparen: print deze mail niet.", "BTW {vat} | {co}"]
SUBJECT = ["Onderwerp: vraag", "Onderwerp: factuur", "Onderwerp: Re: dossier", "Onderwerp: DRINGEND", "Onderwerp: wijziging"]
AGENT_SIGN = ["^{ini}", "Groetjes, {agent}", "Vriendelijke groeten, {agent} - klantendienst {co}", "{agent} | {co} | {cphone}", "Fijne dag nog! {ini}"]

EXTRA = [
    "Ik heb hier al over gebeld op {date}, toen werd beloofd dat ik binnen {dur} zou worden teruggebeld. Niets gehoord. Dossiernummer {ticket}.",
    "Eerlijk gezegd ben ik zwaar ontgoocheld. We zijn al klant sinds {year} en nooit problemen gehad.",
    "Op jullie website ({url}) staat dat jullie binnen {dur} antwoorden, maar ik wacht al veel langer. De factuur {inv} van {amt} betaal ik pas als dit opgelost is.",
    "Ter info: het gaat om bestelling {order}, totaal {amt} inclusief {pct} btw.",
    "Overdag ben ik moeilijk bereikbaar, best na {time}.",
]

CHAT += [
    ("alarm", "Die app logt mij altijd uit. Support vroeg naar het token: {tok}"),
    ("alarm", "Hub {model} geeft {err}, request {reqid}. Bearer {tok}. IP {ip}"),
    ("move", "Meterstanden bij vertrek: elektriciteit {meter}, water {meter#2}. Voorschot betaald met kaart {card}, vervalt {exp}, cvc {cvv}"),
    ("move", "Dozen verzonden? tracking {track}. Betaald met {mask}. Thuis vanaf {time}. Wifi voor de verhuizers: {ssid} / {wifi}"),
    ("cruise", "Mijn gsm vraagt aan boord een PUK: {puk}. PIN was {pin}. Vlucht terug is {flight}"),
    ("opt", "Lenzen {prod} bestellen met Visa {card} exp {exp} cvv {cvv}, login {user} pw {pw}"),
]
EMAIL_BODY += [
    ("alarm", "De technieker heeft op {date} een nieuwe centrale ({model}) geplaatst. Het firmwarebestand heeft SHA256 {checksum}, maar op de site staat iets anders.\n\nIn de app krijg ik {err} met token {tok}. Gebruikersnaam {user}, wachtwoord {pw}. Klant sinds {year}, klantnummer {cust}."),
    ("news", "Ik kreeg een herinnering voor factuur {inv} ({amt}), maar die is al betaald met kaart {card} (exp {exp}). Op mijn uittreksel staat {mask}.\n\nHet welkomstpakket werd verstuurd met {track}. Abonneenummer {cust}. Mijn login is {user}."),
]
AGENT += [
    ("move", "Dag {fname}, de meterstand is aangepast naar {meter}. Kaart {mask} wordt niet opnieuw belast. Zending {track} is onderweg."),
    ("alarm", "Dag {fname}, checksum {checksum} is correct. Je token {tok} is ingetrokken, log opnieuw in met {user}. Ticket {ticket}."),
]
EXTRA += [
    "Sinds {year} ben ik trouwe klant (betaling via kaart {mask}).",
    "Het pakket werd verstuurd met {track}; de pdf heeft checksum {checksum}.",
]
PUBLIC += [
    ("news", "{mention} abonnee sinds {year} en nu twee keer gedebiteerd van {mask} {hashtag}"),
    ("move", "{mention} tracking {track} staat al {dur} op 'onderweg', dossier {ticket} {hashtag}"),
]
