# Dutch (NL) and Belgian Dutch templates. Groups: pub, dm, mail, agent (dealt alternately per group).
# Syntax: {~a|b|c} alternatives, {type[:variant][#tag]} values (see values.GEN), fillers {name} {brand} ...

NL = {
 "pub": [
  "{mention} al {~drie|3|vier} dagen kan ik niet inloggen op de {device}, steeds foutcode {err}. Betaal wel gewoon {amount} per maand hoor {hashtag}",
  "{~Hee|Hoi|Yo} {mention} mijn {~schoonmoeder|zus|huisgenoot} kijkt op mijn account en nu zegt jullie app dat ik een 'extra lid' moet toevoegen voor {amount}?? {hashtag} {hashtag#2}",
  "Dus {mention} schrijft {amount} af terwijl ik op {date} heb opgezegd. Ordernummer {order}. Wie gaat dit terugstorten {hashtag}",
  "{mention} Mijn dochter heeft de profielpincode geraden ({pin}) en zat tot {time} naar horror te kijken. Kan die code niet langer? {hashtag}",
  "{mention} sorry voor het publieke bericht maar jullie DM werkt niet: klantnummer {custno}, tel {phone}. Bel me AUB terug, al {qty:days} zonder tv",
  "Kan iemand van {mention} uitleggen waarom ik na de update naar {version} op mijn {model} niks meer zie? Alleen zwart beeld + {err} {hashtag}",
  "Kadoabonnement van {other} cadeau gekregen, code werkt niet. Nu al {~2|twee|3} keer gebeld naar {cphone}. Zaaknummer {ticket} {mention} {hashtag}",
  "{mention} {pct} korting beloofd bij het gezinsabonnement maar op de factuur {invoice} staat gewoon {amount}. Uitleg graag! {url}",
  "{mention} waarom moet ik elke keer opnieuw een code invoeren op de {device} als ik gewoon in {city} bij mijn ouders ben?? Ik betaal sinds {year} {hashtag}",
 ],
 "dm": [
  "Hoi, ik wil mijn {~betaalmethode|betaalgegevens|incasso} wijzigen. Nieuwe IBAN: {iban}. Oude rekening eindigt op {masked}. Klantnummer {custno}",
  "{~Goedemiddag|Hallo|Dag},\nmijn abonnement is {~niet verlengd|stopgezet|geblokkeerd} omdat de betaling mislukt is. Ik heb nu een nieuwe pas: {card}, geldig tot {expiry}, cvc {cvv}. Kunnen jullie het opnieuw proberen?",
  "Ik kom niet meer in mijn account. {~Gebruikersnaam|Inlognaam|login}: {username} en wachtwoord {~was|is|zou moeten zijn} {password}. Heb ik iets verkeerd?",
  "Mijn {~broer|zus|ex|huisgenoot} heeft mijn wachtwoord veranderd 😡 oude was {password}, nu kom ik er niet meer in. Mail op het account is {email}",
  "ik krijg een sms met code {otp} maar de tv zegt dat hij verlopen is. {~nieuwe gevraagd|nog een keer geprobeerd}: {otp#2}. werkt ook niet",
  "Op de {device} staat: 'Ga naar {url} en voer deze code in: {otp:tv}'. Maar de site zegt 'ongeldige code'. Wat nu?",
  "De pincode voor het kinderprofiel '{profile}' is {pin}, maar hij accepteert hem niet meer sinds de update ({version}). Kunnen jullie hem resetten?",
  "{~Graag|Wil graag} het familieabonnement opzeggen per {date}. Klantnr {custno}, geb. datum {dob}, adres {address}. Bevestiging graag naar {email}",
  "Ik heb een chargeback gedaan via de bank omdat jullie 2x {amount} hebben afgeschreven (factuur {invoice}). Mijn rekening {iban}. Hoe lang duurt terugboeking?",
  "Telefoonnummer wijzigen naar {phone} aub, het oude nummer {phone#old} is van mijn moeder en die krijgt nu al mijn codes",
  "hoi! mijn huisgenoot {other} gaat verhuizen, kan ik haar profiel eruit gooien zonder dat mijn kijkgeschiedenis weg is? account staat op {email}",
  "{~Hallo|Hi}, mijn decoder ({model}) geeft {err}. IP van het kastje is {ip}, ik heb poort {port} al opengezet in de router. Smartcardnummer {custno:smartcard}",
  "Wifi-wachtwoord voor de installateur morgen: netwerk {ssid}, sleutel {wifi_key}. Hij kan bellen op {phone} als hij er is. Code van de sleutelkluis is {pin:door}",
  "Kan ik het cadeauabonnement van mijn oma overzetten naar mijn eigen account? De code op de kaart is {token:gift}. Gekocht bij bestelling {order}",
  "Hoi {brand}, mijn vader (78) heeft op zijn tv per ongeluk een film gehuurd voor {amount}. Kunnen jullie aankoop-pincode instellen? Liefst {pin}, dan weet ik hem",
  "Ik heb een nieuwe simkaart en de PUK gevraagd, dat is {puk}. Maar jullie 2FA-sms komt nu niet meer aan op {phone}. Help",
  "Zie screenshot: 'Je betaling van {amount} via {masked} is geweigerd ({err})'. Ik heb inmiddels een andere kaart toegevoegd, eindigt op {masked#2}",
  "Even voor de zekerheid: mijn BSN is {bsn}, dat vroegen jullie bij de leeftijdscheck voor het 18+ profiel?? Vind ik raar eigenlijk",
  "beste, ik deel het account met mijn {~zwager|vriendin|neef} in {city}, hij logt in met {username} / {password} op zijn {device}. Mag dat wel volgens {url}?",
  "Developer hier, jullie API geeft {err} met mijn key {api_key}. Request-id was {reqid}. Kan iemand kijken?",
 ],
 "mail": [
  "Sinds {date} kan ik niet meer kijken op onze {device} in de woonkamer. De melding is '{err}'. Ik heb de app al verwijderd en opnieuw geïnstalleerd (versie {version}), en het kastje {~herstart|opnieuw opgestart}.\n\nMijn gegevens:\nKlantnummer: {custno}\nNaam: {name}\nAdres: {address}\nTelefoon: {phone}\n\nIk hoor graag zo snel mogelijk van jullie, want de kinderen zitten nu al {qty:days} zonder tv.",
  "Hierbij wil ik bezwaar maken tegen de afschrijving van {amount} op {date}. Ik had het abonnement op {date#2} opgezegd (bevestiging ontvangen, referentie {ticket}). Het bedrag is afgeschreven van rekening {iban}.\n\nGraag ontvang ik het geld terug. Lukt dat niet binnen 14 dagen, dan storneer ik het via mijn bank.",
  "Wij hebben een familieabonnement met {qty}. Mijn ex-partner gebruikt nog steeds het account. Ik wil het wachtwoord wijzigen maar krijg de mail niet, omdat het e-mailadres nog {email} is (van hem).\n\nMijn nieuwe adres is {email#new}. Geboortedatum ter verificatie: {dob}. Het laatste wachtwoord dat ik weet is {password}.",
  "Mijn betaling is mislukt en nu is ons account op pauze gezet. Ik heb de nieuwe creditcard toegevoegd maar de site geeft een fout.\n\nKaart: {card}\nVervaldatum: {expiry}\nBeveiligingscode: {cvv}\n\nKunnen jullie dit handmatig doen? Ik weet dat ik dit niet per mail hoor te sturen, maar ik zie geen andere optie.",
  "Ik heb voor mijn neefje een cadeauabonnement van {qty:months} gekocht (bestelnummer {order}, factuur {invoice}). Hij heeft de code nooit ontvangen. De code in mijn bevestiging is {token:gift}, maar volgens hem is die al gebruikt.\n\nZijn e-mailadres is {email}, mijn telefoon {phone}.",
  "Onze zoon (11) heeft de pincode van het hoofdprofiel achterhaald. Ik wil graag:\n1. een nieuwe profielpincode instellen ({pin} is de oude, die moet eruit)\n2. leeftijdsgrens op {~12|16}\n3. aankopen blokkeren\n\nAccountnummer {custno}, e-mail {email}.",
  "Wij zijn met {~vier|5|drie} studenten in één huis en delen één abonnement. Ik betaal, de rest betaalt mij terug. Nu zegt {brand} dat er 'buiten het huishouden' gekeken wordt omdat één huisgenoot in het weekend bij zijn ouders in {city} kijkt.\n\nHoe lossen we dit op? Het IP van ons huis is {ip}, de router is een {model}. Klantnummer {custno}.",
  "Graag verander ik het telefoonnummer op mijn account van {phone#old} naar {phone}. Ook het adres is gewijzigd: nieuw adres is {address:ml}\n\nMijn klantnummer is {custno}. Verificatiecode die ik net kreeg: {otp}.",
  "Ik wil mijn abonnement per direct beëindigen. Het contract loopt sinds {year}. Ik heb gelezen dat opzeggen per maand kan ({url}).\n\nKlantnummer: {custno}\nEAN-code aansluiting: {custno:ean}\nIBAN voor eventuele terugbetaling: {iban}\n\nMet de laatste meterstand ({meter}) heeft dit niets te maken maar dat vroeg de medewerker aan de telefoon.",
  "Mijn moeder ({~82|79}) heeft een telefoontje gekregen van 'jullie helpdesk' en heeft toen haar inloggegevens gegeven: gebruikersnaam {username}, wachtwoord {password}, en de sms-code {otp}. Volgens mij is dat oplichting.\n\nKunnen jullie het account blokkeren? Haar adres: {address}. Geboren {dob}.",
  "Voor de koppeling met ons huisautomatiseringssysteem gebruik ik jullie API. Sinds {date} krijg ik {err}.\n\nAPI key: {api_key}\nAccess token: {token}\nRequest ID: {reqid}\nFirmware van de box: {version}, checksum {checksum}\n\nIs er iets veranderd?",
  "Ik ben op reis (vlucht {flight} op {date}) en kan in het buitenland niet inloggen. Ik krijg steeds een code op mijn oude nummer {phone}. Graag naar {phone#new} sturen. Mijn BSN is {bsn} als dat nodig is voor de verificatie.",
 ],
 "agent": [
  "Hoi {myname}, vervelend dat de betaling niet lukte! Ik zie dat de kaart eindigend op {masked} is geweigerd. Je kunt een nieuwe betaalmethode toevoegen via {url}. Stuur nooit je volledige kaartnummer via DM 🙏 {initials}",
  "Dank je wel voor het wachten. Ik heb de profielpincode van '{profile}' gereset. Je tijdelijke pincode is {pin}, pas hem graag meteen aan in de app. Groetjes, {agent}",
  "Hoi! Ik heb je abonnement gevonden onder klantnummer {custno}. De opzegging staat per {date}, het laatste bedrag van {amount} wordt op {date#2} teruggestort op {iban}. Fijne dag! {initials}",
  "Hallo {myname}, je hebt ons per ongeluk je wachtwoord gestuurd ({password}). Wij hebben dat nooit nodig! Wijzig het direct via {url}. Ik heb je bericht verwijderd. Zaaknummer: {ticket}. {initials}",
  "Goedemorgen, bedankt voor je geduld. De code voor je tv is {otp:tv}, die is {~10|15} minuten geldig. Lukt het niet, bel dan {cphone} (ma-vr tot {time}). ^{agent}",
  "Hoi {myname}, het cadeauabonnement ({product}) is gekoppeld aan {email}. Het staat nu actief tot {date}. Mocht je nog vragen hebben, we horen het graag! {initials}",
  "Ik heb even meegekeken: op je account zijn nu {qty} actief, waarvan één in een ander huishouden (IP {ip}). Je kunt dat apparaat afmelden via Instellingen > Apparaten. Groet, {agent} | {brand} Klantenservice | {cphone} | KvK {kvk}",
  "Dag {myname}, de chargeback van {amount} (referentie {ticket}) is bij ons binnen. Zodra de bank bevestigt, staat het account weer op actief. Het telefoonnummer {phone} heb ik als contactnummer genoteerd. {initials}",
  "Hoi, ik zie je nieuwe adres {address} en geboortedatum {dob} staan, dat klopt nu. Voor de volledigheid: we vragen nooit om je BSN, dus dat nummer ({bsn}) heb ik uit het dossier gehaald. {agent}",
 ],
}

BE = {
 "pub": [
  "{mention} al heel de week geen beeld op de {device}, altijd {err}. En maar {amount} per maand aanrekenen hé {hashtag}",
  "Allez {mention}, mijn schoonzus zit op ons familiepakket en nu moeten we extra betalen omdat ze in {city} woont?? {hashtag}",
  "{mention} ik heb opgezegd op {date} en toch weer {amount} van mijn rekening. Dossiernummer {ticket}. Belachelijk {hashtag}",
  "{mention} de ouderlijk-toezicht-code van de decoder ({pin}) werkt niet meer sinds de update {version}. Iemand hetzelfde?",
  "{mention} jullie wachtlijn {cphone} is al {qty:days} onbereikbaar. Mijn gsm is {phone}, bel mij aub terug, klantnr {custno}",
  "Proficiat {mention}, cadeaubon gekregen voor {pct} korting en die werkt natuurlijk niet. Bestelling {order} {url} {hashtag}",
  "{mention} waarom vraagt de tv om een code als ik gewoon bij mijn ma in {city} zit? Klant sinds {year}",
 ],
 "dm": [
  "Dag, ik wil mijn domiciliëring aanpassen naar een nieuw rekeningnummer: {iban}. Klantnummer {custno}. Mersi!",
  "Hallo, mijn betaling is geweigerd. Nieuwe kaart: {card}, vervalt {expiry}, code achteraan {cvv}. Kunnen jullie dat doorvoeren?",
  "Ik geraak niet meer binnen in mijn account. Login {username}, paswoord {password}. Wat is er mis?",
  "Mijn gsm-nummer is veranderd, het nieuwe is {phone}. Ik krijg de code niet meer, de laatste was {otp} op het oude nummer.",
  "De kinderslot-pincode op de TV-box is {pin} maar mijn zoon kent hem. Kan ik die ergens resetten? Decoder is een {model}",
  "Ik wil het gezinsabonnement stopzetten vanaf {date}. Rijksregisternummer {rrn}, adres {address}. Bevestiging naar {email} aub",
  "hey, de tv zegt 'ga naar {url} en geef code {otp:tv} in' maar dat lukt niet op mijn gsm",
  "mijn broer en ik delen een account, hij heeft het paswoord veranderd naar {password} zonder te zeggen. Kan ik als betaler de toegang terugkrijgen? Mail: {email}",
  "Mijn bank heeft een terugvordering gedaan (chargeback) voor {amount}, factuur {invoice}. Mijn rekening is {iban}. Gaat mijn account nu geblokkeerd worden?",
  "Voor de technieker morgen: wifi {ssid}, sleutel {wifi_key}. Code van de voordeur beneden is {pin:door}. Mijn gsm {phone}",
  "Cadeauabonnement gekocht voor mijn meter, code {token:gift}. Bestelnummer {order}. Ze zegt dat die niet geldig is",
  "Ik zit met mijn kot-genoten op 1 account. IP van het kot is {ip}. Waarom wordt het geblokkeerd? Klantnummer {custno}",
 ],
 "mail": [
  "Sinds {date} krijgen we op onze {device} een foutmelding ({err}). We hebben alles al herstart. De decoder is een {model}, softwareversie {version}.\n\nKlantnummer: {custno}\nAdres: {address}\nGSM: {phone}\n\nAlvast bedankt voor een snelle oplossing.",
  "Hierbij betwist ik de aanrekening van {amount} van {date}. Ik had al opgezegd op {date#2} (dossiernummer {ticket}). Gelieve het bedrag terug te storten op {iban}.\n\nIndien niet, zal ik een terugvordering vragen bij mijn bank.",
  "Mijn ex-partner heeft nog altijd toegang tot ons gezinsaccount. Het e-mailadres op het account is {email}, dat is niet meer van mij. Mijn nieuw adres is {email#new}.\n\nTer controle: mijn rijksregisternummer is {rrn} en mijn geboortedatum {dob}.",
  "Mijn betaling is mislukt en nu staat alles stil. Hieronder mijn nieuwe kaart:\n\nKaartnummer: {card}\nVervaldatum: {expiry}\nCVC: {cvv}\n\nIk weet dat dit niet via mail hoort maar de website blijft een fout geven ({err}).",
  "Ik heb een cadeauabonnement van {qty:months} gekocht (bestelling {order}). De code {token:gift} zou al gebruikt zijn, maar mijn nichtje heeft hem nooit ingegeven. Haar e-mail: {email}. Mijn gsm: {phone}.",
  "Ik wil de aankoop-pincode op ons account veranderen. De huidige is {pin}, mijn kinderen kennen die. Ons klantnummer is {custno}, het account staat op naam van {name}, {address}.",
  "Voor de koppeling van jullie platform met onze school-app gebruik ik de API. Sinds {date} krijg ik {err}.\n\nAPI key: {api_key}\nBearer token: {token}\nRequest-ID: {reqid}\n\nKunnen jullie dit nakijken?",
  "Ik verhuis op {date} naar een nieuw adres: {address:ml}\n\nKan de decoder mee? Klantnummer {custno}, smartcard {custno:smartcard}. Telefonisch bereikbaar op {phone}.",
 ],
 "agent": [
  "Dag {myname}, ik zie dat de kaart eindigend op {masked} geweigerd werd. Je kan een nieuwe betaalmethode toevoegen via {url}. Stuur nooit je kaartnummer via chat 🙏 {initials}",
  "Hallo {myname}, je kinderslot-pincode is gereset naar {pin}. Verander hem best meteen via Instellingen. Groetjes, {agent}",
  "Dag, je opzegging staat genoteerd per {date} (klantnummer {custno}). Het teveel betaalde bedrag ({amount}) storten we terug op {iban}. {initials}",
  "Hoi {myname}, je stuurde ons je paswoord ({password}). Dat hebben we nooit nodig! Wijzig het meteen. Dossier {ticket}. {agent} - {brand} | {cphone} | ondernemingsnummer {kvk}",
  "Hallo, de activatiecode voor je TV is {otp:tv}. Lukt het niet? Bel ons op {cphone} tussen 8u en {time}. {initials}",
  "Dag {myname}, we hebben je gsm-nummer aangepast naar {phone} en je mailadres naar {email}. Fijne avond nog! {initials}",
 ],
}

# Second situation groups ("_x"), written in pairs; dealt alternately on their own.
NL.update({
 "pub_x": [
  "{mention} {pct} prijsverhoging en nu ook nog reclame op het Standaard-abonnement ({product})? Klantenservice {cphone} neemt niet op. {hashtag}",
  "{mention} betaal sinds {year} trouw mijn {amount}, nu {pct} duurder én delen met mijn moeder mag niet meer. Zaak {ticket} {hashtag}",
 ],
 "dm_x": [
  "Betaling mislukt weer 🙄 andere creditcard dan maar: {card} exp {expiry} cvv {cvv}. Oude kaart {masked} is verlopen",
  "Mijn pas is vervangen. Nieuwe gegevens: kaartnr {card}, geldig t/m {expiry}, code achterop {cvv}. Kunnen jullie de verlenging opnieuw doen? Factuur {invoice}",
  "Inlognaam is {username}, ww {password}. Ik krijg alleen een sms met {otp} op een nummer dat eindigt op {masked}, dat is niet meer van mij",
  "hoi, mijn zoon zit op de PS5 met mijn account: gebruiker {username} wachtwoord {password}. Kan ik een apart kindprofiel met pincode {pin} maken?",
  "Nieuwe sim van mijn provider, PUK {puk} gebruikt. Nu vraagt de {brand} app om een verificatiecode die naar {email} gaat",
  "Router staat op {ip} poort {port}, de {device} vindt de server niet. Product: {product}. Klantnr {custno}, ticket {ticket}",
 ],
 "mail_x": [
  "Mijn abonnement ({product}) is op {date} niet verlengd, de betaling via creditcard ging mis.\n\nIk heb de kaart vervangen:\nNummer: {card}\nGeldig tot: {expiry}\nCVC: {cvv}\n\nDe oude eindigde op {masked}. Gelieve opnieuw te incasseren. Bij vragen: {phone}.\n\nOok zie ik een prijsverhoging van {pct}, klopt dat?",
  "Het gaat om ons gedeelde account. Mijn schoonvader logt in met gebruikersnaam {username} en wachtwoord {password}. Hij heeft per ongeluk zijn pincode ({pin}) op een briefje op de tv geplakt en de oppas heeft toen films gehuurd voor {amount} (factuur {invoice}).\n\nIk wil graag dat jullie deze aankopen terugdraaien. Zijn klantnummer is {custno}. De PUK van zijn telefoon ({puk}) heb ik ook maar even genoteerd voor als de sms-code weer niet komt.",
 ],
 "agent_x": [
  "Hoi {myname}, de incasso van {amount} staat nu opnieuw klaar voor {date}. Je kaart {masked} is verwijderd, de nieuwe is gekoppeld. Product: {product}. Groet, {agent} | {cphone} | KvK {kvk}",
  "Dag {myname}, ik heb gebruikersnaam {username} ontgrendeld. Zaaknummer {ticket}, factuur {invoice} is gecrediteerd ({pct} van het bedrag). Bel gerust {cphone}. {initials}",
 ],
})
BE.update({
 "pub_x": [
  "{mention} {pct} duurder vanaf {date} en de klantendienst {cphone} zegt 'wij kunnen niets doen'. Product {product} {hashtag}",
  "{mention} al sinds {year} klant, nu {pct} opslag en dossier {ticket} blijft open. {hashtag}",
 ],
 "dm_x": [
  "Nieuwe bankkaart want de oude ({masked}) is vervallen: {card}, vervaldatum {expiry}, CVC {cvv}. Mijn login is {username}",
  "Mijn kaart werd geweigerd ({err}). Andere kaart: {card} - {expiry} - {cvv}. Factuur {invoice}. Gebruikersnaam {username} als dat helpt",
  "Nieuwe simkaart, PUK {puk} ingegeven, maar de verificatiecode van {brand} komt niet. Router op {ip}:{port}",
  "De decoder zegt {err}, product {product}. Klantnummer {custno}, dossier {ticket}. Kan de technieker bellen op {phone}?",
 ],
 "mail_x": [
  "Ons abonnement ({product}) werd niet verlengd omdat de kaart {masked} vervallen is.\n\nNieuwe kaart:\n{card}\nGeldig tot {expiry}\nCVC {cvv}\n\nLogin van het account: {username}. Ook zie ik {pct} prijsstijging, klopt dat?",
  "Mijn vader logt in met {username} en paswoord {password}. De oppas heeft met zijn pincode ({pin}) films gehuurd voor {amount} (factuur {invoice}). Kunnen jullie dit terugdraaien? Klantnummer {custno}. Zijn PUK ({puk}) heb ik ook, mocht de sms niet aankomen.",
 ],
 "agent_x": [
  "Dag {myname}, je nieuwe kaart is gekoppeld, de oude ({masked}) is verwijderd. De domiciliëring van {amount} gebeurt op {date}. {agent} | {cphone} | BTW {kvk}",
  "Hallo {myname}, gebruikersnaam {username} is gedeblokkeerd. Dossier {ticket}, {pct} van factuur {invoice} wordt gecrediteerd. {initials}",
 ],
})

NL["agent_x"] += [
  "Hoi {myname}, je account heeft nu {qty}. De kaart {masked} staat als betaalmethode. Vragen? Bel {cphone}. {agent} | {brand} B.V. | KvK {kvk}",
  "Hallo {myname}, ik zie {qty} gekoppeld en een betaling via {masked}. Meterstand {meter} hoort niet bij ons, dat is je energieleverancier 😉 Bereikbaar via {cphone}, BTW {kvk}. {initials}",
]
NL["dm_x"] += [
  "Wij zijn met {qty} op één account, ik betaal via {masked}. Kunnen jullie bellen? Niet {cphone} want daar hang ik al {qty:days} in de wacht",
  "Huisgenoten-rekening: internet+tv gedeeld, stroom apart (meterstand {meter}). Betaald met {masked}, {qty} actief. Jullie nummer {cphone} geeft in gesprek. Mijn nummer: {phone}",
]
BE["agent_x"] += [
  "Dag {myname}, je account heeft nu {qty}. Betaalkaart {masked}. Vragen? Bel {cphone}. {agent} | {brand} NV | ondernemingsnummer {kvk}",
  "Hallo {myname}, {qty} gekoppeld, betaling via {masked}. Meterstand {meter} is voor je energieleverancier. Wij zijn bereikbaar op {cphone}, BTW {kvk}. {initials}",
]
