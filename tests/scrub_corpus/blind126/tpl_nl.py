# Dutch (Netherlands) templates. Groups: domain x kind (c=customer private, p=public post, a=agent reply).
NL = {
 "garage": {
  "c": [
   "Hoi, ik heb morgen om {time} een APK-afspraak voor de {car} ({plate}). Klantnummer {cust}. Kan ik de sleutel in de sleutelkluis doen? Welke code heeft die, of is het nog steeds {code}?",
   "Goedemiddag, jullie hebben me een terugroepbrief gestuurd voor mijn {car}, bouwjaar {year}. Ik woon inmiddels op {addr}, dus de brief ging naar mijn oude adres. Bereikbaar op {mob}.",
   "Auto staat sinds {date} bij jullie, motorlampje brandt nog steeds. Uitlezing gaf {obd}. Kilometerstand was {km} km. Wanneer is hij klaar?? mijn nummer is {phone}",
   "ik heb de factuur {invoice} van {amount} betaald maar krijg nog steeds een herinnering. Betaald vanaf {iban} op {date}. Graag checken",
   "Voor het onderhoudsabonnement willen jullie een machtiging. Rekeningnummer: {iban}\nTen name van: {name}\nGeboortedatum {dob}\nAdres {addr}",
   "Ik kan niet inloggen op de app van de dealer om de onderhoudshistorie te zien. Gebruikersnaam {user} en wachtwoord {pw}, krijg steeds {err}. Versie {ver}.",
   "De monteur heeft onderdeel {part} besteld, zou {date} binnen zijn. Kunnen jullie bellen op {land} (werk) of anders {mob}? Afspraaknr {ticket}",
   "Leenauto ingeleverd, sleutel zit in kastje naast de deur, code {code}. Tankpas niet gebruikt. Groet {first}",
  ],
  "p": [
   "{mention} al 3 weken wachten op een onderdeel voor mijn {car}, niemand belt terug. Dit is toch geen service? {hashtag}",
   "Terugroepactie voor mijn auto via {url} gezien, maar {mention} weet van niks. Heel fijn {hashtag} {hashtag2}",
   "{mention} APK gedaan voor {amount} en een dag later {obd} op het dashboard. Serieus?",
   "{mention} bel me maar even, {mob}, want via de chat kom ik nergens. Gaat om afspraak {ticket}",
  ],
  "a": [
   "Hoi {ph}, vervelend dat de lamp weer brandt! Ik heb je auto voor {date} om {time} ingepland. Je afspraaknummer is {ticket}. Bellen kan ook via {cphone}. ^{ag}",
   "Dag {first}, we hebben je nieuwe adres ({addr}) doorgegeven zodat de terugroepbrief goed aankomt. Meer info: {url}. Groet, {agent}",
   "Hallo {first}, de betaling met kaart {maskedcard} van {amount} is bij ons binnen, de herinnering mag je negeren. Factuur {invoice} staat op betaald. Fijne dag! {agent}",
   "Dank je {first}. Ik heb teruggebeld op {mob} maar kreeg voicemail. Je kunt ons bereiken op {cphone} (ma-vr tot {time}). ^{ag}",
  ],
 },
 "housing": {
  "c": [
   "Hallo, mijn huurdernummer is {tenant} en ik woon op {addr}. Sinds {date} lekt het dak in mijn kamer. Kunnen jullie iemand sturen? Mijn nummer: {mob}",
   "Ik heb mijn borg van {amount} nog steeds niet terug, ik ben al op {date} verhuisd. Graag overmaken naar {iban} t.n.v. {name}.",
   "Inloggen op het huurdersportaal lukt niet. Ik krijg een sms met code {otp} maar daarna {err}. Mijn loginnaam is {user}",
   "Hoi, de code van het fietsenhok is veranderd? Oude code {code} werkt niet meer. Kamer 3.14, {street}",
   "Voor de inschrijving vragen ze mijn BSN, is dat echt nodig? Het is {bsn}. Geboren {dob}.",
   "wifi in ons huis ligt er al 4 dagen uit. netwerk {ssid}, wachtwoord {wifi}. router {model}. wie kan er kijken?",
   "Mijn huisgenoot heeft m'n wachtwoord van Mijn Kamer veranderd zonder te vragen. Oude was {pw}, nu kan ik niet meer in. email is {email}",
  ],
  "p": [
   "{mention} al {qty} geen warm water in ons studentenhuis, en niemand reageert. {hashtag}",
   "Hoe kan het dat {mention} de servicekosten met {pct} verhoogt zonder uitleg?? {hashtag} {url}",
   "{mention} mijn kamer op {street} heeft schimmel op de muur, foto's gestuurd op {date}. Graag reactie.",
  ],
  "a": [
   "Hoi {ph}, bedankt voor je melding. We hebben reparatieverzoek {ticket} aangemaakt voor {addr}. De monteur komt {date} tussen {time} en {time2}. Groetjes, {agent}",
   "Dag {first}, je borg wordt binnen 14 dagen teruggestort op de rekening eindigend op {masked}. Vragen? Bel {cphone}. ^{ag}",
   "Hi {first}, de nieuwe code van de fietsenstalling ontvang je per mail op {maskedmail}. Deel die code nooit in een openbare reactie. ^{ag}",
  ],
 },
 "energy": {
  "c": [
   "Ik wil overstappen via jullie vergelijker maar de aanvraag blijft hangen. EAN-code elektra {ean}, gas {ean2}. Huidig contractnummer {contract}. Adres {addr}",
   "Mijn meterstanden per {date}: normaal {meter}, dal {meter2}, gas {meter3} m3. Klantnummer {cust}.",
   "Jullie hebben een voorschot van {amount} afgeschreven terwijl ik {amount2} had afgesproken. Rekening {iban}. Bel me op {phone}",
   "hoi ik ben mijn wachtwoord vergeten van het klantportaal, mijn e-mail is {email}. De reset link komt niet aan. Mijn geboortedatum voor verificatie is {dob}",
   "Opzegging: ik verhuis per {date} naar {addr}. Eindstanden: {meter} / {meter2}. Eindafrekening mag naar {iban}.",
   "De verkoper aan de deur vroeg mijn bankpas en pincode ({pin}) om te 'verifiëren'. Ik heb hem ook mijn IBAN {iban} gegeven. Is dit echt van jullie?",
   "Slimme meter koppelen aan de app lukt niet, foutcode {err}. App {ver}. Mijn account: {user} / {pw}",
  ],
  "p": [
   "Vergeleken via {mention} en nu betaal ik {pct} meer dan beloofd. {hashtag} {hashtag2}",
   "{mention} jaarafrekening van {amount} terwijl ik netjes {meter} heb doorgegeven. Dit klopt niet. {url}",
   "Bij {mention} al 40 minuten in de wacht op {cphone}. {hashtag}",
  ],
  "a": [
   "Hoi {ph}, ik zie dat je overstapverzoek voor EAN {ean} nog in behandeling is. Je ontvangt binnen {qty} een bevestiging. Bedankt voor je geduld! ^{ag}",
   "Dag {first}, ik heb je meterstanden ({meter} en {meter2}) verwerkt op klantnummer {cust}. De nieuwe jaarnota volgt binnenkort. Groet, {agent}",
   "Hallo {first}, wij vragen nooit om je pincode. Blokkeer je pas en meld het via {url}. Je kunt ons ook bellen op {cphone}. ^{ag}",
  ],
 },
 "library": {
  "c": [
   "Hallo, ik krijg een boete van {amount} voor {qty} die ik op {date} heb ingeleverd. Pasnummer {member}. Kunnen jullie dit terugdraaien?",
   "Mijn pincode voor de zelfbedieningsautomaat ben ik kwijt. Pasnummer {member}, geboortedatum {dob}. Is {pin} misschien de standaard?",
   "Ik log in op de Online Bibliotheek met {user} en {pw} maar hij zegt dat mijn abonnement verlopen is. Ik heb net {amount} betaald.",
   "Graag mijn adres wijzigen naar {addr}, telefoonnummer is nu {mob}. Lidnummer {member}.",
   "Mijn zoon (geboren {dob}) wil lid worden, kan dat online? Mijn lidmaatschap: {member}, mail {email}",
   "De e-reader app crasht bij openen, versie {ver}, toestel {model}. Foutmelding {err}.",
  ],
  "p": [
   "{mention} waarom kost een gereserveerd boek nu {amount}? Vroeger gratis. {hashtag}",
   "Super fijne leesclub gisteren bij {mention}! Volgende keer {date} om {time} {hashtag}",
  ],
  "a": [
   "Hoi {ph}, de boete van {amount} is kwijtgescholden op pas {member}. Nog fijne leesdagen! ^{ag}",
   "Dag {first}, een nieuwe pincode kun je zelf instellen via {url}. Wij sturen geen pincodes via berichten. Groet, {agent}",
  ],
 },
 "dating": {
  "c": [
   "Mijn account is zomaar verbannen, ik heb niks gedaan. Geregistreerd met {email}, profiel-ID {profile}. Telefoonnummer {mob}.",
   "Iemand heeft mijn account overgenomen en het wachtwoord veranderd. Mijn oude wachtwoord was {pw}, de verificatiecode kwam op {mob} binnen: {otp}",
   "Ik heb een match die om geld vraagt en wil dat ik een cadeaukaart koop. Zijn nummer is {phonebe} en hij zei dat hij op {addr} woont.",
   "Er is {amount} afgeschreven voor een premium abonnement dat ik had opgezegd op {date}. Kaart eindigend op {maskedcard}. Graag terugstorten op {iban}",
   "Kan mijn account verwijderd worden? Inlog {user}, geboortedatum {dob}. Dank je",
   "hij stuurde me dit: 'je code is {otpw}, stuur die even door' en ik deed het 😩 nu kan ik er niet meer in",
  ],
  "p": [
   "{mention} jullie laten nepprofielen gewoon staan, ik heb er al 5 gemeld {hashtag} {hashtag2}",
   "{mention} waarom word ik geband zonder uitleg? mail me terug!! {hashtag}",
  ],
  "a": [
   "Hoi {ph}, wat naar om te lezen. Deel nooit verificatiecodes met matches. We hebben je account beveiligd; log in via {url} en stel een nieuw wachtwoord in. Ref: {ticket}",
   "Hey {first}, we hebben je verzoek ({ticket}) ontvangen. Een bevestiging is gestuurd naar {maskedmail}. ^{ag}",
  ],
 },
 "airline": {
  "c": [
   "Mijn koffer is niet aangekomen op Schiphol met vlucht {flight} van {date}. Dossiernummer {pir}. Bezorgadres: {addr}, telefoon {mob}.",
   "Ik heb een PIR gekregen ({pir}) maar de tracker zegt al {qty} niks nieuws. Koffer {qty2}, zwarte Samsonite. Flying Blue nummer {ff}.",
   "Vergoeding voor noodaankopen ({amount}) graag overmaken op {iban} t.n.v. {name}. Bonnetjes bijgevoegd. Dossier {pir}",
   "Koffer staat op het slot met cijfercode {code}, mogen jullie die openen voor de douane? Ik ben bereikbaar op {phone}",
   "Hallo, mijn bagage is op {date} bezorgd maar het slot was eruit gebroken. Claimnummer {ticket}. Mijn e-mail {email}",
  ],
  "p": [
   "{mention} 5 dagen na {flight} nog steeds geen koffer. Dossier {pir}. Niemand neemt op {cphone} {hashtag}",
   "Tip voor iedereen: zet een AirTag in je koffer. {mention} had hem 'kwijt' terwijl hij gewoon op {url} te zien was {hashtag}",
   "{mention} mijn bagage ligt in Málaga volgens de tracker, ik zit in Amsterdam. {hashtag} {hashtag2}",
  ],
  "a": [
   "Hoi {ph}, vervelend dat je koffer nog niet terecht is. Ik zie in dossier {pir} dat hij op {flight} meekomt en {date} bezorgd wordt op {street}. ^{ag}",
   "Dag {first}, dank voor je bonnetjes. We maken {amount} over naar {maskediban} binnen 10 werkdagen. Groet, {agent}",
   "Hallo {first}, wil je ons een DM sturen met je dossiernummer? Deel je adres niet openbaar. Volg je koffer via {url}",
  ],
 },
 "general": {
  "c": [
   "Betaling mislukt. Kaart {card}, geldig tot {exp}, cvc {cvv}. Wat doe ik fout?",
   "Mijn simkaart is geblokkeerd na 3x verkeerde pincode. PUK volgens het kaartje: {puk}. De pincode was {pin}.",
   "Ons IT-bureau heeft de koppeling gebouwd met key {api}, maar we krijgen {err} sinds {date}. Request-ID {reqid}",
   "Kunnen jullie zien vanaf welk IP er ingelogd is? Ik zie {ip}, dat ben ik niet. Mijn IP thuis is {ip2}.",
   "Voor de koppeling gebruikt de developer deze token: Bearer {tok} – klopt die nog?",
   "Eerder gemaild, geen antwoord. Nogmaals: BSN {bsn}, geboren {dob}, wonend {addr}. Telefoon {phone}",
  ],
  "p": [
   "{mention} storing? App {ver} geeft {err} bij inloggen {hashtag}",
   "{mention} geen reactie op mijn mail van {date}, kenmerk {ticket}. Hallo??",
  ],
  "a": [
   "Hoi {ph}, voor je veiligheid: plaats nooit je kaartnummer of cvc in een bericht. Blokkeer je kaart via {cphone} en vraag een nieuwe aan. ^{ag}",
   "Dag {first}, de API-sleutel die je stuurde ({api}) hebben we uit veiligheidsoverwegingen ingetrokken. Maak een nieuwe aan via {gurl}. Ref {reqid}",
  ],
 },
}
