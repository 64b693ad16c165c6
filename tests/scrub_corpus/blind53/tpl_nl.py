"""Dutch (NL) templates. Lists are dealt alternately: even -> dev, odd -> heldout."""

T = {
"E": [
"""Ik schrijf namens mijn moeder, {full.2} ([[geb.|geboren]] {dob.2}). Zij is [[dementerend|slechtziend|net opgenomen in het verpleeghuis]] en kan zelf niet meer bellen. Ik heb een volmacht, die stuur ik als bijlage mee.
Haar [[klantnummer|klantnr.]] is {cust.2} en het adres is {addr.2}. Wilt u voortaan de post naar mij sturen? Mijn adres: {addr}.
Ik ben bereikbaar op {mob} (liefst na {time}).
De factuur {inv} van {amt} klopt volgens mij niet, zij woont daar sinds {date} niet meer.""",
"""Als bewindvoerder van dhr. {full.2} (beschikking kantonrechter d.d. {date}) verzoek ik u het [[betaalrekeningnummer|rekeningnummer]] voor de automatische incasso te wijzigen naar de beheerrekening {iban}.
Gegevens cliënt:
- naam: {full.2}
- geboortedatum: {dob.2}
- BSN: {bsn.2}
- [[contractnummer|contract]]: {contract.2}
- adres: {addr.2}
Correspondentie graag uitsluitend naar ons kantoor. Kantoor KvK {kvk}, btw {btw}.
Ons algemene nummer is {cphone}, maar u kunt mij direct bereiken op {land}.""",
"""Beste,

Mijn vader ({fn.2}) heeft vorige week een nieuwe telefoon ({model}) gekregen en nu werkt de app niet meer. Ik heb zijn gegevens hier:
gebruikersnaam {user.2}
wachtwoord {pw.2}
Hij krijgt de sms-code ({otp}) wel binnen maar dan komt foutcode {err}. App-versie {ver}.
Kunnen jullie mij helpen? Ik ben zijn zoon en regel alles voor hem. Zijn nummer is {mob.2}, het mijne {mob}.""",
"""Geachte heer/mevrouw,

Hierbij machtig ik, {full.2}, geboren op {dob.2} te {city}, mijn dochter {full} (geboren {dob}) om namens mij alle zaken met betrekking tot mijn [[energiecontract|abonnement|verzekering]] te regelen.
Klantnummer: {cust.2}
Adres: {addr.2}
BSN: {bsn.2}
Telefoon dochter: {mob}
E-mail dochter: {email}

Getekend te {city} op {date}.""",
"""Ik ben accountant en doe de boekhouding voor een klein [[loonbedrijf|kapsalon|installatiebedrijf]] (KvK {kvk}). De eigenaar, {full.2}, vroeg me de koppeling met jullie boekhoudpakket opnieuw te maken.
Hij heeft me zijn inlog gegeven: {user.2} / {pw.2}. De API-sleutel die in het portaal staat is {apikey}, maar de koppeling geeft {err} sinds versie {ver}.
Zakelijke rekening: {iban}. Openstaande factuur {inv} ({amt}) kan ik pas betalen als de koppeling werkt.""",
"""Hallo,

Namens mijn schoonmoeder mevr. {full.2}: zij heeft een pakket ({track}) dat niet is aangekomen. Zij woont op {addr.2}, de deurcode van de flat is {door}, dan kan de bezorger gewoon naar boven.
Bel gerust mij op {phone} want zij hoort de telefoon niet, of haar vaste nummer {land.2} als ik niet opneem.
Bestelnummer is {order}.""",
"""Goedemiddag,

Ik ben mantelzorger voor mijn buurman, dhr. {ln.2}, hij is sinds {year} erg slecht ter been. Hij vroeg mij om zijn [[pinpas|bankpas]] te blokkeren, die is gestolen. Kaartnummer staat op zijn afschrift: {card}, geldig tot {exp}.
Zijn rekening is {iban.2}. Hij heeft de pincode ({pin}) op een briefje in zijn portemonnee bewaard, dus het is dringend!
Zijn telefoonnummer {phone.2}, geboortedatum {dob.2}.""",
"""Beste klantenservice,

Ik ben tolk en help mevrouw {full.2}, die alleen Arabisch spreekt. Zij heeft toestemming gegeven dat ik namens haar schrijf.
Haar abonnementsnummer: {subno.2}
Simkaart geblokkeerd, PUK staat op de kaart: {puk.2}. Klopt het dat de PIN {pin.2} was?
Terugbellen kan op mijn nummer {mob}, graag tussen {time} en {time.2}. Zij heeft {qty} op haar account.""",
"""Hierbij meld ik het overlijden van mijn vader, {full.2}, overleden op {date}, geboren {dob.2}.
Ik ben executeur. Graag het contract {contract.2} beëindigen per {date.2} en het tegoed van {amt} storten op mijn rekening {iban}, t.n.v. {full}.
De laatste meterstand was {meter}. EAN-code aansluiting: {ean.2}.
Correspondentieadres: {addr}.""",
"""Ik regel de administratie voor ons hele gezin. Hieronder onze gegevens voor de [[zorgverzekering|gezinspolis]] van {year}:
1. {full} - {dob} - BSN {bsn}
2. {full.4} (partner) - {dob.4} - BSN {bsn.4}
3. {full.3} (zoon) - {dob.3} - BSN {bsn.3}
Polisnummer {policy}. Premie per maand {amt}. Eigen risico {amt.2}. Bel me op {mob} bij vragen.""",
],
"C": [
"""hoi, ik probeer voor mn moeder in te loggen maar lukt niet. haar gebruikersnaam is {user.2} en ww {pw.2}. ze is {dob.2} geboren als je dat nodig hebt""",
"""Goedemorgen. Mijn vader ligt in het ziekenhuis en zijn telefoon is vergrendeld, pincode {pin.2} werkt niet meer. Nu vraagt hij om PUK. Zijn nummer is {mob.2}, klantnummer {cust.2}. Kunnen jullie de PUK sturen naar mij? {mob}""",
"""[[Doorgestuurd|Doorgestuurd bericht]]
Je [[verificatiecode|inlogcode]] is {otp}. Deel deze code met niemand.

^ dit kreeg mijn oma net op haar telefoon, is dat van jullie?? ze heeft hem niet gegeven hoor. haar klantnr {cust.2}""",
"""ik ben bewindvoerder van meneer {ln.2}, kunnen jullie zijn abonnement {subno.2} omzetten naar basis? beheerrekening {iban}. geb datum {dob.2}, adres {street.2}""",
"""Hallo! Ik ben de buurvrouw van mevr. {full.2}. Haar wifi doet het niet, modem {model}. Ik zie op de sticker netwerk {ssid} en wachtwoord {wifi}. Lampje knippert rood ({err}). Zij is klant onder nummer {cust.2}""",
"""Mijn zoon ({fn.3}, {dob.3}) heeft een prepaid sim van jullie. Hij is zijn pincode vergeten, de PUK van de kaart is {puk.3}. Nummer {mob.3}. Ik ben zijn moeder, mijn nummer {mob}""",
"""kan iemand me helpen met de app van mijn schoonvader? hij heeft een sms gehad met code {otp} maar de app zegt {err}. account: {email.2}, wachtwoord {pw.2}. versie {ver}""",
"""Wij zijn met zn vieren: ik ({dob}), mijn vrouw {fn.4} ({dob.4}), en de kinderen {fn.3} ({dob.3}) en {fn.5}. Welke bundel past bij ons? nu {qty} per persoon, {amt} pm""",
"""Goedenavond, ik heb een [[machtiging|volmacht]] van mijn tante {full.2}. Graag haar bankgegevens wijzigen: oud {iban.2}, nieuw {iban}. Klantnummer {cust.2}. Zij heeft zelf geen e-mail, dus stuur bevestiging naar {email}""",
"""Zit hier bij mijn opa, hij wil zijn creditcard opzeggen. kaart {card} exp {exp} cvc {cvv}. Hij zegt dat hij nooit {amt} bij {brand} heeft uitgegeven op {date}""",
"""hey, mn moeder heeft haar wachtwoord veranderd naar {pw.2} maar nu doet de tv-app raar (foutcode {err}). Oude was {pw.3}. Login is {email.2}. Transactienummer bestelling {order}""",
"""Dag, ik ben mentor van mevrouw {ln.2} (beschikking van {date}). Ik wil graag inzage in haar dossier. Geboortedatum {dob.2}, BSN {bsn.2}. Bereikbaar op {land} of {mob}. Ticket was {ticket}""",
],
"P": [
"""{mention} al [[3 keer|drie keer|vier keer]] gebeld voor mijn moeder van 87, steeds weer een ander verhaal. Bel haar nou gewoon terug op {phone.2} {tag}""",
"""{mention} mijn vader (91!) krijgt een aanmaning van {amt} terwijl hij alles automatisch betaalt. Klantnummer {cust.2}. Schandalig. {tag} {tag.2}""",
"""Ik ben bewindvoerder en jullie sturen de post nog steeds naar {addr.2} terwijl cliënt al {qty} in het verpleeghuis zit. {mention} doe er iets aan""",
"""{mention} hoe regel ik toegang tot het account van mijn moeder? Op {url} staat niks bruikbaars. Ticket {ticket} ligt al sinds {date} stil.""",
"""{mention} storing bij mijn ouders op {street.2} sinds {time}, ze zijn {year} verhuisd en het werkte nooit goed. bel mij: {mob} #storing""",
"""{mention} ik betaal voor mijn dochter de rekening maar jullie blijven mij weigeren. Mijn mail {email}. Factuur {inv}. {tag}""",
],
"A": [
"""Hoi {first_name}, vervelend dat het inloggen voor je moeder niet lukt. Stuur je ons een DM met haar klantnummer en geboortedatum? Wachtwoorden hoeven we nooit te weten, deel die dus niet. ^{agent}""",
"""Dag {fn}, dank voor je bericht. Gaat het om het contract van je vader ({cust.2}) of om jouw eigen contract ({cust})? Op beide adressen staat een aansluiting. Laat het even weten, dan zet ik de wijziging door. Gr. {agent}""",
"""Beste {full}, we hebben de volmacht ontvangen op {date}. Vanaf nu kun je namens mevrouw {ln.2} contact met ons opnemen. Het rekeningnummer dat bij ons bekend is eindigt op {miban}; klopt dat? Je referentie is {ticket}. Met vriendelijke groet, {agent} | {brand} | {cphone}""",
"""Hi {fn}, ik zie twee klanten met de naam {ln.2} op {street.2}. Bedoel je de klant geboren op {dob.2} of op {dob.3}? Dan weet ik zeker dat ik het juiste dossier aanpas. ^{agent}""",
"""Bedankt voor het doorsturen. Ik heb de PUK-code voor het nummer {mob.2} verstuurd naar het nummer van de contractant. De PUK is {puk.2}. Let op: na {qty} foute pogingen blokkeert de kaart definitief. Ticket {ticket}. Team {brand}""",
"""Goedemiddag, als bewindvoerder kunt u de wijziging doorgeven via {url}. U heeft daarvoor de beschikking nodig en het klantnummer <klantnummer>. De kaart eindigend op {masked} hebben we geblokkeerd om {time}. Bellen kan ook: {cphone} (ma-vr). Groet, {agent}""",
],
}

W = {
"greet": ["Beste klantenservice,", "Geachte heer, mevrouw,", "Hallo,", "Goedemorgen,", "Beste {agent},", "L.S.,",
          "Hoi team {brand},", "Geachte mevrouw/meneer,"],
"close": ["Met vriendelijke groet,", "Groetjes,", "Alvast bedankt!", "Mvg,", "Hartelijke groet,", "Bvd,",
          "Dank u wel en groet,", "Gr."],
"sig": ["{full}", "{full}\n{mob}", "{full}\nZoon van {full.2}\nTel. {phone}", "{fn}\n\nVerstuurd vanaf mijn iPhone",
        "{full}\nBewindvoerder / Mentor\nKantoor {ln} Beschermingsbewind\n{street}\nT {land} | KvK {kvk}",
        "{full}\n{addr}\n{email}", "mvg {fn}\nVerzonden vanaf mijn Galaxy", "{full} (dochter en gemachtigde)\n{mob}"],
"disc": ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.",
         "Denk aan het milieu voordat u deze e-mail print.",
         "Aan deze e-mail kunnen geen rechten worden ontleend.",
         "Dit bericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan."],
"qhead": ["Op {date} om {time} schreef {brand} Klantenservice:", "Van: {brand}\nVerzonden: {date} {time}\nOnderwerp: Uw vraag {ticket}",
          "Op {date} {time} schreef {agent} van {brand}:", "-----Oorspronkelijk bericht-----\nVan: Klantenservice {brand}\nDatum: {date}"],
"quote": ["Beste klant,\n\nBedankt voor uw bericht. Uw vraag is geregistreerd onder {ticket}. Voor vragen over een ander account hebben wij een machtiging nodig.\n\nMet vriendelijke groet,\n{agent}",
          "Hallo,\nWe hebben uw verzoek ontvangen. Kunt u aangeven om welke klant het gaat? Wij zien meerdere contracten op dit adres.\nReferentie: {ticket}\nBel ons gerust: {cphone}",
          "Goedemiddag,\n\nUw factuur {inv} van {amt} staat nog open. Bekijk uw facturen op {url}.\n\nTeam {brand}",
          "Beste {fn},\nWij hebben het nummer {mob.2} niet kunnen koppelen aan uw account. Stuur ons de geboortedatum van de contracthouder.\n{agent}"],
"fwd": ["---------- Doorgestuurd bericht ---------\nVan: {full.2} <{email.2}>\nDatum: {date} {time}\nOnderwerp: inloggen lukt niet\nAan: {email}",
        "Begin doorgestuurd bericht:\n\nVan: {email.2}\nDatum: {date}\nAan: {full} <{email}>\nOnderwerp: Fwd: uw rekening",
        "-------- Doorgestuurd bericht --------\nOnderwerp: rekening\nDatum: {date}\nVan: \"{full.2}\" <{email.2}>",
        "Doorgestuurd vanuit het account van mijn moeder:\nVan: {email.2}\nVerzonden: {date} {time}"],
}

# second batch (appended in dev/heldout pairs)
T["E"] += [
"""Ik beheer de webshop van mijn schoonvader ({full.2}) sinds hij ziek is. Zijn hostingaccount is gehackt denk ik: er is ingelogd vanaf IP {ip} om {time}.
De sessietoken die in de logs staat: {token}
Server draait op poort {port}, request-id van de foutmelding {reqid}. Het bestand dat is aangepast heeft SHA-256 {sha}.
Hij vliegt morgen terug ({flight}), dus graag contact met mij: {mob}. Pakket met de nieuwe server ({prod}) heeft trackingnummer {track}.""",
"""Mijn moeder (82) heeft haar [[modem|router]] zelf gereset. Ik zit nu bij haar:
netwerknaam {ssid}, oude wifi-sleutel {wifi}, nieuwe wil ze {wifi.2}.
Inloggen op Mijn {brand} met {user.2} en wachtwoord {pw.2} gaat goed, maar ze krijgt de sms-code {otp} steeds te laat.
Modem {model}, firmware {ver} (checksum {sha}). Meterstand die ze doorgaf: {meter}. De korting van {pct} staat niet op de factuur. Artikel {prod}.
Haar bankpas eindigend op {masked} is niet het probleem, maar de creditcard {card} (vervalt {exp}) wordt wel dubbel belast.""",
]
T["C"] += [
"""mijn broer (verstandelijke beperking) wordt steeds uitgelogd. in de app zie ik 'laatste login {ip}' terwijl hij thuis zit. token uit de foutmelding: {token}. request {reqid}. klantnr {cust.2}""",
"""hoi! help mijn oma met haar nieuwe tablet. gebruikersnaam {user.2}, ze las de code voor als: {otpw}. wifi sleutel van haar modem ({model}) is {wifi}, netwerk {ssid}. app {ver}""",
]
