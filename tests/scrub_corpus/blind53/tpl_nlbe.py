"""Belgian Dutch (nl-be) templates. Dealt alternately: even -> dev, odd -> heldout."""

T = {
"E": [
"""Goeiedag,

Ik schrijf in naam van mijn moeder, {full.2}, die sinds {date} in het woonzorgcentrum verblijft. Ik heb een volmacht (zie bijlage).
Haar rijksregisternummer: {rrn.2}
Klantennummer: {cust.2}
Adres: {addr.2}
Gelieve de facturen voortaan naar mijn adres te sturen: {addr}. Ge kunt mij altijd bellen op {mob}.
De laatste factuur {inv} van {amt} is volgens mij dubbel aangerekend.""",
"""Geachte,

Als gerechtelijk bewindvoerder over de goederen van dhr. {full.2} (vonnis vrederechter van {date}) vraag ik u om de domiciliëring te wijzigen naar de beheersrekening {ibanbe}.
Geboortedatum: {dob.2}
Rijksregisternr.: {rrn.2}
EAN-code: {ean.2}
Ons kantoor: ondernemingsnummer {ond}, tel. {cphone}. Rechtstreeks: {land}.""",
"""Hallo,

Mijne pa ({fn.2}) heeft een nieuwe modem gekregen ({model}) en de wifi werkt niet in zijn living. Netwerk: {ssid}, sleutel: {wifi}.
Ik heb ook proberen in te loggen op zijn klantenzone met {user.2} en wachtwoord {pw.2}, maar ik krijg foutmelding {err}.
Zijn gsm: {mob.2}. De mijne: {mob}.""",
"""Beste,

Ik ben boekhouder van een kleine bvba (BTW {btw}). De zaakvoerder, {full.2}, heeft mij gevraagd om de koppeling met jullie betaalplatform te herstellen.
Hij gaf mij de API key {apikey} en het token {token}, maar we krijgen sinds {date} fout {err}.
Zakelijke rekening: {iban}. Openstaand: factuur {inv}, {amt}.""",
"""Dag,

Ik help mijn buurvrouw mevr. {ln.2} ({dob.2}) met haar papieren. Haar bankkaart is ingeslikt aan de automaat op {date}. Kaartnummer volgens het rekeninguittreksel: {card}, vervaldatum {exp}.
Rekeningnummer: {iban.2}. Haar telefoon {land.2}. Ze weet haar pincode nog ({pin.2}), dus moet de kaart echt geblokkeerd worden?""",
"""Hierbij de gegevens van ons gezin voor de inschrijving bij de mutualiteit:
- {full} ({dob}), rijksregisternr. {rrn}
- {full.4} ({dob.4}), rijksregisternr. {rrn.4}
- {full.3} ({dob.3}), rijksregisternr. {rrn.3}
Adres: {addr}. Lidnummer vorige mutualiteit: {member}.""",
],
"C": [
"""dag, ik probeer in te loggen voor mijn moeder maar het lukt niet. login {user.2} paswoord {pw.2}. ze is geboren op {dob.2}""",
"""mijne vader zijn gsm is geblokkeerd, hij vraagt een PUK. nummer {mob.2}, klantennummer {cust.2}. kunt ge de PUK naar mij sturen op {mob}?""",
"""Doorgestuurd:
"Uw beveiligingscode is {otp}. Geef deze code nooit door."
mijn oma kreeg dit, is dit van jullie? ze heeft niks aangevraagd. haar rijksregisternummer {rrn.2}""",
"""Ik ben voorlopig bewindvoerder van mevr. {ln.2}. Abonnement {subno.2} mag stopgezet worden per {date}. Terugbetaling op {ibanbe} aub. Geboren {dob.2}""",
"""Hallo, de buurman ({full.2}) zijn internet ligt plat sinds {time}. Modem {model}, wifi {ssid} / {wifi}. Zijn klantennummer {cust.2}, telefoon {phone.2}""",
"""Voor mijn zoon {fn.3} (°{dob.3}) wil ik een abonnement. Mijn rijksregisternummer {rrn}, het zijne {rrn.3}. Hoeveel kost {qty}? Nu betaal ik {amt}""",
],
"P": [
"""{mention} al {qty} wachten op een antwoord voor mijn moeder van 84. Bel haar op {phone.2} of mij op {mob}! {tag}""",
"""{mention} mijn vader betaalt alles per domiciliëring en toch een aanmaning van {amt}. Klantennummer {cust.2}. {tag}""",
"""Als bewindvoerder krijg ik geen toegang tot het dossier van mijn cliënt. {mention} zie {url}, ticket {ticket} al sinds {date} open""",
"""{mention} de post voor mijn overleden schoonvader gaat nog altijd naar {addr.2}. Hoe moeilijk kan het zijn? {tag}""",
],
"A": [
"""Dag {first_name}, spijtig dat het inloggen voor uw moeder niet lukt. Stuur ons een privébericht met haar klantennummer en geboortedatum, geen paswoord aub. Groetjes, {agent}""",
"""Hallo {fn}, gaat het over het contract van uw vader ({cust.2}) of over uw eigen contract ({cust})? Op {street.2} staan twee aansluitingen. Laat maar weten! {agent}""",
"""Beste {full}, we hebben de volmacht goed ontvangen op {date}. De rekening eindigend op {miban} wordt vervangen door {ibanbe}. Uw dossiernummer is {ticket}. Vriendelijke groeten, {agent} – {brand} – {cphone}""",
"""Dag {fn}, we zien twee klanten met de naam {ln.2}. Bedoelt u de persoon geboren op {dob.2} of die geboren op {dob.3}? Dan passen we het juiste dossier aan. {agent}""",
],
}

W = {
"greet": ["Goeiedag,", "Geachte,", "Beste,", "Dag {agent},", "Hallo,", "Geachte heer/mevrouw,"],
"close": ["Met vriendelijke groeten,", "Vriendelijke groet,", "Alvast bedankt,", "Mvg,", "Groetjes,", "Hoogachtend,"],
"sig": ["{full}", "{full}\nGSM {mob}", "{full}\n{addr}", "{fn}\n\nVerzonden vanaf mijn iPad",
        "{full}\nBewindvoerder\nAdvocatenkantoor {ln}\nOnd. nr. {ond}\nT {land}", "{full} (zoon van {full.2})\n{email}"],
"disc": ["Dit bericht en eventuele bijlagen zijn vertrouwelijk en enkel bestemd voor de geadresseerde.",
         "Denk aan het milieu vooraleer u deze mail afdrukt.", "Disclaimer: zie www.kantoor-juridisch.be/disclaimer",
         "Deze e-mail werd gescand op virussen."],
"qhead": ["Op {date} om {time} schreef {brand} Klantendienst:", "Van: {brand}\nVerzonden: {date} {time}\nOnderwerp: Dossier {ticket}",
          "Op {date} schreef {agent} ({brand}):", "----- Oorspronkelijk bericht -----\nVan: Klantendienst {brand}\nDatum: {date}"],
"quote": ["Beste klant,\n\nBedankt voor uw bericht (dossier {ticket}). Voor vragen over een ander klantaccount hebben wij een volmacht nodig.\n\nVriendelijke groeten,\n{agent}",
          "Dag,\nOm welke klant gaat het precies? Op dit adres zijn meerdere contracten gekend.\nDossier: {ticket}\nTel. {cphone}",
          "Goeiemiddag,\nUw factuur {inv} ({amt}) staat nog open. Raadpleeg {url}.\n{brand}",
          "Beste {fn},\nHet nummer {mob.2} is niet gekoppeld aan uw klantenzone. Gelieve de geboortedatum van de titularis door te geven.\n{agent}"],
"fwd": ["---------- Doorgestuurd bericht ---------\nVan: {full.2} <{email.2}>\nDatum: {date} {time}\nOnderwerp: factuur\nAan: {email}",
        "Begin van doorgestuurd bericht:\n\nVan: {email.2}\nDatum: {date}\nAan: {email}",
        "-------- Doorgestuurd bericht --------\nVan: \"{full.2}\" <{email.2}>\nDatum: {date}",
        "Doorgestuurd vanuit de mailbox van mijn vader:\nVan: {email.2}\nVerzonden: {date}"],
}

T["E"] += [
"""Ik help mijn nonkel ({full.2}) met zijn webwinkel. Er is iemand binnengeraakt vanaf IP {ip} op {date} om {time}.
Toegangstoken in de logs: {token}
Poort {port}, request-id {reqid}, checksum van het gewijzigde bestand: {sha}.
Hij zit op reis ({flight}), bel mij op {mob}. Het vervangtoestel ({prod}) heeft trackingnummer {track}.""",
"""Ik zit bij mijn bomma. Ze heeft de modem ({model}, versie {ver}) gereset.
Netwerk {ssid}, oude sleutel {wifi}, nieuwe sleutel {wifi.2}.
Inloggen met {user.2} / {pw.2} lukt, maar de sms-code {otp} komt te laat. Meterstand: {meter}. Korting van {pct} ontbreekt. Art. {prod}.
Haar kredietkaart {card} (vervaldatum {exp}) werd twee keer gedebiteerd, niet de bankkaart eindigend op {masked}.""",
]
T["C"] += [
"""mijn zus wordt altijd uitgelogd, ik zie 'laatste aanmelding {ip}'. token uit de fout: {token}. request {reqid}. klantennr {cust.2}""",
"""help mijn bompa met zijn tablet. login {user.2}, hij las de code voor: {otpw}. wifi van zijn modem ({model}): {ssid} / {wifi}""",
]
