"""Belgian Dutch (Flemish) templates."""
T = {
"chat": {
 "sport": [
  "Dag, ik geraak niet in mijn account van de ticketing van {brand}. Login {user}, paswoord {password}. Krijg telkens {err}. Abonnementsnummer {cust}, match is {weekday} om {time}!",
  "Ik heb {qty} gekocht voor {date} maar kreeg geen mail. Bestelling {order}, betaald met bancontact van {iban}. Mijn gsm: {phone}",
  "Inschrijving jeugdwerking voor mijn dochter: geboren {dob}, rijksregisternummer {rrn}, adres {address}. Lidgeld mag via domiciliëring op {iban}.",
  "Wat is de code van de kleedkamers tegenwoordig? Vorig seizoen was het {pin4}, nu werkt da ni meer",
  "Mijn e-ticket staat op {email}, kan da op naam van mijn vrouw gezet worden? Haar gsm {phonex}, klantnummer {cust}",
  "Betaling mislukt met visa {card}, vervalt {expiry}, code achteraan {cvv}. Nu is mijn plaats weg??",
 ],
 "crypto": [
  "Mijn account bij {brand} is bevroren. Ik heb mijn paswoord gewijzigd van {password} naar {newpw} en sindsdien lukt niks. 2FA code was {otp}.",
  "Overschrijving van {amount} van mijn rekening {iban} is nog niet op mijn account. Gestort op {date}. Klantnummer {cust}.",
  "Voor de KYC vragen jullie mijn rijksregisternummer: {rrn}. Geboortedatum {dob}, adres {address}. Is dat veilig??",
  "API sleutel voor mijn bot: {apikey} met secret {apisecret}. Die werkt niet meer sinds {date}, foutmelding {err}.",
  "Waarom zit mijn withdrawal van {crypto} al {qty} vast? Ticket {ticket}, mijn mail {email}",
  "Heb een verdachte login gezien vanaf IP {ip} om {time}. Ik heb mijn paswoord al veranderd naar {newpw}, wat moet ik nog doen?",
 ],
 "alarm": [
  "Onze alarmcentrale piept de hele tijd. Installateur heeft code {pin4} ingesteld als hoofdcode en {pin} voor de kuisvrouw. Adres: {address}",
  "De technieker mag binnen via de sleutelkluis, code is {pin4}. Bel wel op {phone} als ge er zijt.",
  "Na de update ({ver}) kan ik niet meer inloggen in de app. Gebruikersnaam {user}, paswoord {password}. Centrale {model} op {ip}.",
  "Wij verhuizen naar {address} op {date}. Contract {cust}, domiciliëring mag blijven op {iban}.",
  "Codewoord voor de meldkamer wil ik veranderen, nu is het {password}. Contactpersoon bij alarm: mijn broer op {phonex}",
  "Camera's staan offline. Wifi {ssid}, sleutel {wifi}. Router herstart, niks.",
 ],
 "bike": [
  "Ik kreeg {amount} boete voor een step die ik correct geparkeerd had op {date}. Account {email}, gsm {phone}",
  "Fiets gaat niet los van de paal, app toont {err}. Ontgrendelcode: {otp}. Ik sta in {city}",
  "Mijn bankkaart vervangen aub: {card} geldig tot {expiry} CVC {cvv}",
  "Abonnement {cust} wordt 2x aangerekend ({amount}). Terugstorten op {iban} aub",
  "Geen sms ontvangen op {phone}. Na 3 keer proberen kreeg ik plots {otp} maar die is vervallen.",
  "Loginnaam {user}, ik ben mijn paswoord vergeten en de resetmail komt niet op {email}",
 ],
 "post": [
  "Mijn pakje {track} is 'afgeleverd' maar ik heb niks. Adres: {address}. Ik was thuis tot {time}.",
  "Verhuis: doorzending aangevraagd vanaf {date} van {address} naar {address}. Nog niks doorgestuurd.",
  "Aangetekende zending opgehaald door iemand anders? Ik ben {name}, geboren {dob}, rijksregister {rrn}.",
  "Code voor het pakjesautomaat: {otp}. Die wordt niet aanvaard! Zending {track}",
  "Mag het pakje bij de buren op {street}? Mijn gsm {phone}",
  "Ik heb {amount} invoerrechten betaald voor {track} maar het pakje komt niet. Klantnummer {cust}",
 ],
 "telecom": [
  "Ik zit in {country} en mijn simkaart vraagt een PUK. Kunnen jullie die sturen? Nummer {phone}, klantennummer {cust}",
  "Roaming werkt ni in {country}, ik heb nog {qty} over. Toestel {model}, versie {ver}",
  "Modem geïnstalleerd. Netwerk {ssid} met sleutel {wifi}. Admin: {user} / {password}. Poort {port} forward lukt niet.",
  "GSM gestolen in {city}! Blokkeer {phone} aub. Pincode sim was {pin4}, ontgrendelcode toestel {pin}.",
  "PUK ingegeven ({puk}), nu nieuwe pin gekozen: {pin4}. Werkt alles nu?",
  "Factuur {invoice} van {amount} klopt niet, ik was in {country} (EU!). Klantnr {cust}, mijn rijksregisternummer als jullie da nodig hebben: {rrn}",
 ],
 "gen": [
  "Mijn gegevens: {name}, {address}, °{dob}, gsm {phone}, mail {email}",
  "Rekeningnummer voor terugbetaling: {iban} op naam van {name}",
  "Ge kunt mij altijd bellen op {phone} of mailen naar {email}",
  "Mijn nieuw adres is {address} sinds {date}",
  "Rijksregisternummer {rrn}, klantnummer {cust}",
 ],
},
"public": [
 "{mention} al {qty} aan de lijn voor mijn abonnement. Belachelijk {hashtag}",
 "{mention} pakje {track} 'afgeleverd' maar niks ontvangen. Bel mij op {phone} aub",
 "{mention} app crasht sinds {ver}, foutcode {err}",
 "Weeral een step midden op het voetpad in {city}. {mention} {hashtag}",
 "{mention} geen bereik in {country}. Gsm-nummer {phone}, help!",
 "{mention} heb mijn mail ontvangen? Verstuurd van {email} op {date}",
 "{mention} alarm ging af om {time}, niemand die terugbelde {hashtag}",
 "{mention} prijzen voor {date}: {amount}?? Vorig jaar {amount}. {url}",
],
"agent": [
 "Dag {first}, spijtig dat uw pakje nog niet toekwam. Zending {track} werd op {date} gescand. We starten een onderzoek ({ticket}). Groetjes, {agent}",
 "Hallo! Gelieve nooit uw paswoord of codes te delen, ook niet met ons. Reset via {url}. ^{ai}",
 "Dag {first}, ik vind uw klantnummer {cust#1} terug. Rekening eindigend op {masked}, klopt dat? Mvg, {agent}",
 "Hoi! Stuurt u ons een privébericht met uw adres en klantnummer? Dan zoeken we het uit. ^{ai}",
 "Beste {first}, uw PUK-code is {puk}. Veel plezier nog in {country}! {agent}",
 "Dag {first}, de terugbetaling van {amount} gebeurt binnen {qty} op {iban#1}. Dossiernummer {ticket}.",
 "Dag {first}, de technieker komt {weekday} tussen {time} en {time}. Hij gebruikt de code {pin4#1} van de sleutelkluis. Groeten, {agent}",
 "Bedankt voor uw geduld. U kan ons ook bereiken op {cphone}. Vriendelijke groeten, {agent}",
],
"greet": ["Beste,", "Geachte,", "Dag {brand},", "Hallo klantendienst,", "Goeiedag,", "Hey,"],
"close": ["Met vriendelijke groeten,", "Mvg", "Groetjes", "Alvast bedankt,", "Vriendelijke groet,", "Dank u!"],
"sig": [
 "{name}\n{address}\nGSM {phone}",
 "{name}\ngsm: {phone#1}",
 "{first}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.",
 "{name} - {email#1}",
 "{name}\nKlantnr. {cust#1}",
 "{first}\nVerstuurd vanaf mijn iPad",
],
"qhead": [
 "Op {date} om {time} schreef {brand} Klantendienst:",
 "Van: {brand}\nVerzonden: {weekday} {date} {time}\nOnderwerp: Uw dossier {ticket}",
 "Op {weekday} {date} heeft {agent} ({brand}) het volgende geschreven:",
 "-----Oorspronkelijk bericht-----\nVan: Klantendienst {brand}\nOnderwerp: RE: {ticket}",
],
"qhead_c": ["Op {date} om {time} schreef {name}:", "Van: {name}\nVerzonden: {date}", "{first} schreef:", "Oorspronkelijk bericht van {name} ({date}):"],
"disc": [
 "Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n).",
 "Gelieve het milieu te sparen en deze e-mail niet af te drukken.",
 "Deze e-mail werd verzonden vanaf een mobiel toestel, excuses voor typfouten.",
 "Dit bericht valt onder onze disclaimer, zie website.",
],
"paste": [
 "{brand}: uw verificatiecode is {otp}. Deel deze nooit.",
 "Uw eenmalige code: {otp}",
 "\"Gebruik {otp} om in te loggen bij {brand}\" kreeg ik",
 "Code voor het pakjesautomaat: {otp} (geldig tot {date})",
 "Uw PUK-code is {puk}",
],
"asig": [
 "Met vriendelijke groeten,\n{agent}\nKlantendienst {brand}\n{cphone}\nOndernemingsnummer {kvk}",
 "^{ai}",
 "Groetjes, {agent} - {brand} webcare",
 "{agent} | {brand} | {url}",
],
"fwd": [
 "---------- Doorgestuurd bericht ---------\nVan: {name} <{email#1}>\nDatum: {date}\nOnderwerp: Fwd: klacht",
 "-------- Doorgestuurd bericht --------\nVan: {first} <{email#1}>\nAan: klantendienst\nDatum: {weekday} {date} {time}",
],
}

T["chat"]["sport"] += [
 "Terugbetaling van {amount} graag op {iban}, niet op de oude rekening. Klantnummer {cust}",
 "Ik heb een nieuwe login gemaakt: {user} met paswoord {password}, maar mijn abonnement staat op mijn oud account. Geboortedatum {dob}, adres {address}",
]
T["chat"]["crypto"] += [
 "Mijn API key {apikey} is gelekt, gelieve die in te trekken. Gekoppelde rekening {iban}. Checksum van de export: {checksum}",
 "Login {user} / {password} vanop IP {ip}, 2FA code {otp}, rijksregisternummer {rrn}. Nog altijd geblokkeerd! Request {reqid}",
]
T["chat"]["telecom"] += [
 "Domiciliëring aanpassen naar {iban} aub, klantnr {cust}. Klant sinds {year}.",
 "Ik kreeg in {country} een nieuwe simkaart. PUK op de kaart: {puk}, pin {pin4}. Geboortedatum {dob} en adres {address}",
]
T["chat"]["post"] += [
 "Verhuisd naar {address}. Rekeningnummer voor terugbetaling: {iban}. Artikel {prod}, {pct} korting niet gekregen.",
 "Mijn account op de pakjes-app: {user}, paswoord {password}. Kan niet inloggen om {track} te volgen. Adres {address}",
]
T["chat"]["gen"] += [  # 5 -> heldout, 6 dev
 "Rijksregister: {rrn}. Paswoord van mijn account: {password}",
 "Mijn rijksregisternummer is {rrn}, factuur {invoice} van {year}",
]
T["agent"] += [
 "Dag {first}, ik heb de terugbetaling naar {iban} ingegeven. ^{ai}",
 "Dag {first}, tijdelijk paswoord: {newpw}. Uw login blijft {user}. Gelieve het meteen te wijzigen. {agent}",
]
