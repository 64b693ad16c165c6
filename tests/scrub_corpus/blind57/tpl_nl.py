"""Dutch (NL) and Flemish (nl-be) templates. Groups: kind -> situation -> list (dealt even/odd)."""

NL = {
 "pub": {
  "death": [
   "{ment} mijn vader {dname} is op {ddate} overleden en ik krijg zijn abonnement maar niet opgezegd. Al 3x gebeld. Is dit normaal?? {tag}",
   "Beste {ment}, hoe vaak moet ik nog een overlijdensakte opsturen? Moeder is al {qty} dood en er wordt nog steeds {amt} afgeschreven {tag} {tag}",
   "{ment} echt schandalig. Mijn oma is overleden en jullie sturen haar een aanmaning van {amt} met 'beste {dfirst}, u bent te laat'. {tag}",
   "Weet iemand hoe je bij {ment} een account van een overleden ouder sluit? Site zegt {url} maar daar staat niks. {tag}",
   "{ment} dank voor de snelle en menselijke afhandeling na het overlijden van mijn man. Zelden zo'n fijne medewerker gehad 🙏 {tag}",
   "{ment} DM gestuurd met het klantnummer van mijn overleden schoonvader ({cust}), graag snel reactie, de begrafenis is {sdate}",
  ],
  "life": [
   "{ment} we zijn getrouwd op {date} 💍 en nu wil ik mijn achternaam wijzigen op de polis maar het formulier geeft {err}. {tag}",
   "{ment} gescheiden sinds {sdate}, ex staat nog steeds als hoofdhouder op het contract. Wie helpt? {tag}",
   "Nieuwe baby! 👶 Hoe voeg ik haar toe aan de zorgverzekering {ment}? Kan niet inloggen met app {ver} {tag}",
   "{ment} verhuisd naar {city} samen met vriendin, maar de verhuisservice staat al {qty} op 'in behandeling' (ref {ticket}) {tag}",
  ],
 },
 "chat": {
  "death_bank": [
   "Goedemiddag, mijn moeder {dname} is vorige week overleden. Ik wil haar rekening {iban} laten blokkeren. Haar {K:bsn} is {bsn} en geboortedatum {dob}. Ik ben haar zoon en executeur.",
   "hoi, mn vader is overleden ({ddate}) en ik moet zijn rekening opheffen. rekeningnr {iban=a} , klantnummer {cust=k}. ik heb de akte van overlijden ({certno}) als pdf",
   "Hallo. Ik ben {rname}, dochter van wijlen {dname} (geb. {dob}). Zijn betaalpas met nummer {card} moet worden geblokkeerd, er worden nog steeds bedragen afgeschreven. Terugstorten op {iban} graag",
   "Mijn man is 3 weken geleden overleden. Ik heb zijn pincode {pin} nooit gebruikt maar nu wil ik weten of ik nog geld kan opnemen voor de begrafenis. Zijn rekening is {iban}",
   "kunnen jullie de en/of rekening {iban=a} op mijn naam zetten? mijn vrouw is overleden op {ddate}. mijn {K:bsn}: {bsn}, die van haar: {bsn}. mijn 06: {tel}",
   "Dag, hierbij de gegevens zoals gevraagd:\nNaam overledene: {dname}\nGeboortedatum: {dob}\n{K:bsn}: {bsn}\nRekening: {iban}\nAdres: {addr}\nDatum overlijden: {ddate}\nContactpersoon: {rname}, {tel}",
  ],
  "death_telecom": [
   "Hoi, mijn opa is overleden en zijn mobiele abonnement op {tel} moet worden opgezegd. Klantnummer {cust}. Kan het nummer naar mij? De sim vraagt om een PUK: wat is die?",
   "Ik heb de telefoon van mn moeder maar die zit op slot. Simpin was altijd {pin} zei ze, maar werkt niet meer. Nu staat er PUK. Haar nummer is {tel}",
   "goedenavond. vader overleden, internet + tv contract {cust:contract} moet eruit per {sdate}. modem ({model}) lever ik in bij de winkel. zijn mail was {mail:d}, wachtwoord van mijn account weet ik wel: {pw}",
   "Ik wil het abonnement van mijn overleden broer overnemen. Zijn nummer {tel=a} wil ik behouden. Mijn eigen klantnr is {cust}, mijn geboortedatum {dob:young}. Zijn PUK staat op de kaart: {puk}",
   "Graag het contract van wijlen {dname} beëindigen, {addr}. Klantnummer: {cust}. Eindafrekening mag naar {iban}. Contact: {mail}",
  ],
  "death_energy": [
   "Mijn schoonmoeder is overleden, huis wordt leeggehaald. Energiecontract {cust:contract} stopzetten. EAN stroom {cust:ean} en gas {cust:ean}. Meterstand bij overdracht: {meter} (normaal) en {meter} (dal).",
   "Hallo, ik regel de nalatenschap van mijn tante {dname}. Adres {addr}. Kan de eindafrekening naar mij? IBAN {iban}. Mijn telefoonnummer {tel}",
   "Laatste meterstanden van vaders huis: elektra {meter}, gas {meter} m3. Datum sleuteloverdracht {date}. Klantnummer was {cust}. Geen idee van zijn inlog, gebruikersnaam was geloof ik {user:d}",
   "moeder overleden, huur opgezegd per {sdate}. energie moet eruit. aansluiting {cust:ean}. rekening op naam van {dname}, geb {dob}. jullie incassonummer staat onder {inv}",
  ],
  "death_insurer": [
   "Ik wil graag de overlijdensrisicoverzekering van mijn man claimen. Polisnummer {cust:polis}, zijn {K:bsn} {bsn}. Uitbetaling op {iban}. Ik heb de akte, wat heeft u nog nodig?",
   "Vader overleden, zijn uitvaartverzekering ({cust:polis}) moet de kosten dekken. {funeral} heeft de factuur {inv} gestuurd van {amt}. Moet ik dat voorschieten?",
   "Dag, mijn moeder had een inboedel- en opstalpolis {cust:polis=p} op {addr}. Het huis staat leeg na haar overlijden. Blijft {cust:polis=p} gewoon doorlopen?",
   "Autoverzekering van mijn overleden vader op kenteken {plate} moet worden stopgezet. Polis {cust:polis}. Auto wordt verkocht {sdate}. Mijn mail {mail}",
  ],
  "death_stream": [
   "Hoe zeg ik het account van mijn overleden vader op? Ik weet zijn e-mail ({mail:d}) maar niet zijn wachtwoord. Er wordt nog {amt} per maand afgeschreven van {iban}",
   "mijn moeder is dood en haar streaming abonnement loopt door. inloggen lukt met {mail:d} / {pw} maar ik zie nergens opzeggen in app versie {ver}",
   "Kunnen jullie de laatste betalingen van kaart {card} terugboeken? Kaarthouder is overleden op {ddate}. Laatste cijfers zie ik ook op de factuur: {mask}",
  ],
  "divorce": [
   "Wij gaan scheiden. De gezamenlijke rekening {iban=a} moet worden opgesplitst. Mijn ex is {pname}, {K:bsn} {bsn}. Mijn eigen: {bsn}. Ik wil een nieuwe rekening op mijn naam.",
   "Na de scheiding wil ik het energiecontract ({cust:contract}) op mijn naam. Mijn ex {pname} woont niet meer op {addr}. Haar nieuwe nummer is {tel}, mijn nummer {tel}",
   "Mijn ex-man heeft nog het wachtwoord van ons gezamenlijke account. Graag wijzigen, en hem eruit. Nieuw wachtwoord mag worden {pw}. Klantnr {cust}",
   "Ex weigert mee te werken aan het opheffen van de en/of rekening. Kan ik {iban} alleen blokkeren? We zijn uit elkaar sinds {sdate}. Ons echtscheidingsconvenant heb ik hier (advocaat ref {nref})",
   "Hallo, scheiding rond. Telefoonabonnement {tel} gaat naar mijn ex, ik neem {tel} mee. Klantnummer {cust}. Mijn nieuwe adres: {addr}",
  ],
  "marriage": [
   "Ik ben getrouwd en heet nu {rname}. Wil mijn naam op mijn bankpas aanpassen. Rekening {iban}, geboortedatum {dob:young}, nieuwe adres {addr}.",
   "We zijn net getrouwd 🥂 en willen onze zorgverzekeringen samenvoegen. Mijn polis {cust:polis}, die van mijn man {cust:polis}. Zijn geboortedatum: {dob:young}",
   "Naamswijziging na huwelijk: oude naam {rfirst} {dlast}, nieuwe naam {rname}. Klantnummer {cust}. Mijn e-mail wijzigt ook naar {mail}",
  ],
  "move": [
   "We gaan samenwonen! Nieuw adres per {sdate}: {addr}. Internet moet mee. Mijn klantnummer {cust}, vriend heeft ook een contract ({cust:contract}) dat mag stoppen.",
   "Verhuisd naar {addr}. Nieuwe wifi werkt niet, netwerk {ssid}, sleutel {wifi}. Modem {model} geeft {err}. Tel {tel}",
   "Verhuizing doorgegeven maar jullie sturen nog post naar oude adres {addr}. Nieuw adres is {addr}. Klantnr {cust}, geboortedatum {dob:young}",
  ],
  "baby": [
   "Onze zoon {baby} is geboren op {dob:baby}! Hoe schrijf ik hem in op mijn polis {cust:polis}? Zijn {K:bsn} is {bsn}. Mijn geboortedatum {dob:young}",
   "Baby op komst, uitgerekend {sdate}. Kan ik nu al de aanvullende verzekering aanpassen? Polis {cust:polis}, mail me op {mail}",
   "Dochter geboren 🎉 {K:bsn} van haar: {bsn}, geboren {dob:baby}. Toevoegen aan polis {cust:polis} van mijn vrouw graag",
  ],
  "security": [
   "Ik ben in het account van mijn overleden vader gekomen met code {otp}, maar nu vraagt hij een nieuwe. Kreeg sms op zijn nummer {tel}: 'Uw code is {otp}'",
   "Ik moet de mailbox van mijn moeder overzetten. Gebruikersnaam {user:d}, wachtwoord {pw}. Kan ik dit veilig naar jullie sturen?",
   "De alarmcode van vaders huis is {pin:5}, die moet er af. Sleutelkluisje bij de deur heeft code {pin}. Monteur kan {sdate} langs. Contract {cust}",
   "Bij inloggen in zijn account zie ik IP {ip} uit het buitenland, {time}. Hij is overleden! Wie zit erin? Klantnr {cust}",
   "Vader had een domotica-app gekoppeld met API key {api}, die moet eraf nu het huis verkocht wordt. Poort {port} staat nog open op de router. Klantnr {cust}",
   "Moeders creditcard {card} (geldig tot {exp}, cvc {cvv}) staat nog als betaalmiddel. Zij is overleden op {ddate}. Graag verwijderen, laatste afschrijving {amt} bij order {order}.",
   "Ik vlieg {sdate} met {flight} terug voor de begrafenis. Kunnen jullie de code naar mijn nummer sturen i.p.v. dat van pa? Code die binnenkwam: {otp}. Mijn nr {tel}",
   "Session token uit de app van mijn overleden man: {tok} (request-id {req}). Helpdesk vroeg erom, klopt dat? Pakket {track} met zijn modem is onderweg terug.",
   "De bevestigingsmail van opzegging bevat checksum {sum}, klopt dat? Verder staat er {pct} korting op de laatste factuur, en zijn kaart {mask} wordt niet meer belast.",
   "Toegangscodes van ons oude huis na de scheiding: AWS key van zijn webshop {api}, secret {awssec}. Ex gebruikt hem nog! Mijn klantnummer {cust}, product {prod}.",
  ],
 },
 "mail": {
  "death_notary": [
   "Geachte heer, mevrouw,\n\nAls notaris belast met de afwikkeling van de nalatenschap van wijlen {dname}, geboren op {dob}, laatst wonende te {addr}, overleden op {ddate}, verzoek ik u mij te berichten over alle bij u lopende overeenkomsten en het saldo per datum van overlijden.\n\nGegevens erflater:\n{K:bsn}: {bsn}\nKlantnummer: {cust}\nRekeningnummer: {iban}\n\nOns kenmerk: {nref}\nVerklaring van erfrecht d.d. {date} treft u bijgaand aan.",
   "Geachte relatie,\n\nNamens de erfgenamen van de heer {dname} ({K:bsn} {bsn}) bericht ik u dat cliënt op {ddate} is overleden. Ik verzoek u de rekening {iban=a} te blokkeren voor uitgaande betalingen, met uitzondering van de uitvaartkosten ({inv}, {amt}).\n\nHet restsaldo van {iban=a} kan na ontvangst van de verklaring van erfrecht worden overgemaakt naar de kwaliteitsrekening van het kantoor.\n\nUw kenmerk: {ticket}\nOns dossier: {nref}",
   "Geachte dames en heren,\n\nIn vervolg op mijn schrijven van {date} (kenmerk {nref}) deel ik u mee dat mevrouw {rname}, wonende {addr}, bij testament is benoemd tot executeur. Zij is bereikbaar op {tel} en {mail}.\n\nDe overleden cliënte, mevrouw {dname}, geboren {dob}, had bij u polis {cust:polis} en klantnummer {cust}.",
  ],
  "death_family": [
   "Beste mensen,\n\nIk weet niet goed waar ik moet beginnen. Mijn vader {dname} is op {ddate} plotseling overleden, hij was pas {qty} met pensioen. Ik probeer nu alles te regelen maar ik word van het kastje naar de muur gestuurd.\n\nHij had bij jullie een abonnement (klantnummer {cust=k}) op het adres {addr}. Op de laatste factuur ({inv}) staat nog {amt}. Ik wil dat het contract stopt per {sdate}.\n\nDe overlijdensakte (aktenummer {certno}) heb ik al twee keer gemaild. Mijn gegevens: {rname}, {tel}, {mail}. Terugbetaling mag op mijn rekening {iban}.",
   "Hallo,\n\nsorry voor de lange mail. Mijn moeder is overleden en ik zit met haar spullen en haar accounts. Haar telefoon is op slot, de pincode was {pin} maar dat werkt niet. Haar nummer: {tel=m}. Klantnummer {cust}. Haar geboortedatum is {dob} en haar {K:bsn} {bsn}, als dat helpt.\n\nIk wil het nummer {tel=m} graag nog een paar maanden houden omdat familie haar nog belt, ik weet het klinkt raar. Kan dat op mijn naam? Mijn klantnr is {cust}.",
   "Goedemorgen,\n\nOp {ddate} is mijn echtgenoot {dname} overleden. Wij hadden samen de rekening {iban=a}. Ik wil deze graag op mijn naam voortzetten. Daarnaast had hij een creditcard eindigend op {mask}, die mag worden opgezegd.\n\nMijn gegevens:\nNaam: {rname}\nGeboortedatum: {dob}\nAdres: {addr}\nTelefoon: {tel}\n\nHet uitvaartcentrum ({funeral}) heeft gevraagd of de factuur direct van {iban=a} kan worden betaald.",
  ],
  "funeral": [
   "Geachte heer/mevrouw,\n\nNamens de familie van de heer {dname}, overleden op {ddate} te {city}, berichten wij u als uitvaartverzorger. Wij verzoeken u de uitvaartpolis {cust:polis} uit te keren. De uitvaart heeft plaatsgevonden op {date}.\n\nFactuurnummer: {inv}\nBedrag: {amt}\nTe betalen op: {iban}\n\nContactpersoon familie: {rname}, {tel}\n\nMet deelnemende groet,\n{funeral}\nKvK {kvk:nl}",
   "Goedendag,\n\nWij melden u het overlijden van mevrouw {dname}, geboren {dob}. Op verzoek van de nabestaanden ontvangen wij graag een bevestiging van de beëindiging van het abonnement (klantnr. {cust}). Correspondentie kan naar de dochter: {mail}, {addr}.\n\n{funeral}\nTel. kantoor {cphone}",
  ],
  "divorce": [
   "Beste klantenservice,\n\nMijn ex-partner {pname} en ik zijn per {date} officieel gescheiden. Wij hebben bij u een gezamenlijke rekening {iban=a} en een spaarrekening {iban}. Conform het convenant wordt {iban=a} op mijn naam voortgezet.\n\nMijn {K:bsn}: {bsn}\nZijn {K:bsn}: {bsn}\nMijn nieuwe adres: {addr}\n\nIk wil ook dat hij geen toegang meer heeft tot de app. Hij kent mijn inlog ({user:r}).",
   "Hallo,\n\nIk ben uit elkaar met mijn vriend en verhuis per {sdate} naar {addr}. Het internet op ons oude adres staat op mijn naam (contractnummer {cust:contract}), hij wil het overnemen. Zijn gegevens: {pname}, geboren {dob:young}, {tel}, {mail:p}.\n\nHet wifi-wachtwoord ({wifi}) wil ik wel eerst laten wijzigen, ik vertrouw het niet.",
  ],
  "life": [
   "Beste,\n\nWij zijn op {date} getrouwd en ik heb de naam van mijn man aangenomen. Graag wil ik mijn polis {cust:polis} en klantnummer {cust} aanpassen naar {rname}. Ons nieuwe gezamenlijke adres is {addr}. Ook ons zoontje {baby}, geboren {dob:baby}, {K:bsn} {bsn}, moet worden bijgeschreven.\n\nBetaling via {iban}.",
   "Goedemiddag,\n\nVanaf {sdate} wonen mijn vriendin en ik samen op {addr}. Zij heeft bij jullie energie (klantnr {cust}), ik ook ({cust}). Kunnen die contracten worden samengevoegd? Mijn telefoonnummer is {tel}, geboortedatum {dob:young}.",
  ],
 },
 "agent": {
  "condolence": [
   "Gecondoleerd met het verlies van uw vader, {rfirst}. Ik heb het contract met klantnummer {cust=k} beëindigd per {sdate}. De eindafrekening volgt binnen {qty} en wordt teruggestort op {iban}. Sterkte de komende tijd. ^{agent}",
   "Wat verdrietig om te horen, mijn oprechte deelneming. Om de rekening van uw moeder te kunnen blokkeren hebben we een kopie van de akte van overlijden nodig. U kunt die uploaden via {url}. Uw zaaknummer is {ticket}. Groet, {agent}",
   "Hoi {rfirst}, gecondoleerd 💐. Stuur je geen wachtwoorden of pincodes via DM? Ik heb het gezien en het bericht laten verwijderen. Bel ons gerust op {cphone}, dan regelen we het samen. {agent}",
   "Beste {rfirst}, allereerst veel sterkte. Ik zie dat het abonnement op {tel} nog op naam van {dname} staat (klantnummer {cust}). We kunnen het nummer naar u overzetten; de PUK-code is {puk}. Groetjes, {agent}",
   "Beste {first_name}, gecondoleerd met uw verlies. Ik heb het account {cust} op 'overleden' gezet; u ontvangt de bevestiging op {mail}. {agent}",
   "Hoi {voornaam}, heel veel sterkte. Zodra we de akte hebben sluiten we {cust:contract} af. Vragen? {cphone}. ^{agent}",
   "Dank voor uw bericht en gecondoleerd. De polis {cust:polis} is stopgezet per {ddate}. De te veel betaalde premie ({amt}) storten we terug op {iban}. Referentie: {ticket}. Met vriendelijke groet, {agent}",
   "Oprechte deelneming. Ik heb de uitvaartpolis van {dname} (geb. {dob}) gevonden. Uitkering van {amt} gaat naar {funeral} zoals gevraagd. Let op: verwerking duurt {qty}. ^{agent}",
  ],
  "life": [
   "Gefeliciteerd met jullie huwelijk! 🎉 Ik heb de naam op klantnummer {cust} gewijzigd naar {rname}. Het nieuwe adres {addr} staat er ook in. Fijne dag, {agent}",
   "Van harte met de geboorte van {baby}! Ik heb haar toegevoegd aan polis {cust:polis}, met ingang van {date}. De premie stijgt niet. Groet {agent}",
   "Vervelend dat de scheiding zo moeizaam loopt. Voor het splitsen van rekening {iban} hebben we toestemming van beide rekeninghouders nodig. Zaaknummer {ticket}. {agent}",
   "Hi {rfirst}, de verhuizing naar {addr} staat gepland op {date} tussen {time} en {time}. Je nieuwe wifi-sleutel staat op de sticker van de {model}. Groet, {agent}",
  ],
 },
}

VL = {
 "pub": {
  "death": [
   "{ment} mijne pa is overleden en ge blijft facturen sturen op zijn naam 😡 al 2x de overlijdensakte gemaild. {tag}",
   "{ment} hoelang duurt dat nu om een contract van een overledene af te sluiten? Ticket {ticket} staat al {qty} open {tag}",
   "{ment} merci aan de medewerker die mij zo goed heeft geholpen na het overlijden van mijn mama ❤️ {tag}",
   "{ment} scheiding + verhuis + nieuw contract en niemand weet van iets. Schoon hé. {tag}",
  ],
 },
 "chat": {
  "death": [
   "Dag, mijn vader {dname} is overleden op {ddate}. Zijn rijksregisternummer is {bsn}. Ik wil zijn gsm-abonnement {tel} stopzetten, klantnummer {cust}.",
   "Goeiemiddag, ons moeder is gestorven en de rekening {iban} moet geblokkeerd worden. Zij is geboren op {dob}. Notaris is {notary}, dossier {nref}.",
   "Ik ben de erfgenaam van {dname}. Energie op {addr} moet stoppen, EAN-code {cust:ean}. Meterstand dag {meter}, nacht {meter}. Overnamedocument volgt.",
   "allo, nonkel is overleden en ik moet zijn internet opzeggen, de modem ({model}) staat nog in zijn appartement. klantnr {cust}, mijn gsm {tel}",
   "Hallo, mijn schoonvader zijn bankkaart {card} moet geblokkeerd worden, hij is vorige week gestorven. Pincode weten we niet. Rijksregister: {bsn}",
  ],
  "life": [
   "We zijn gescheiden en de gemeenschappelijke rekening {iban} moet gesplitst worden. Mijn rijksregisternummer {bsn}, dat van mijn ex {bsn}.",
   "Ik ben getrouwd en wil mijn vrouw toevoegen aan de familiale verzekering {cust:polis}. Haar geboortedatum {dob:young}, rijksregisternr {bsn}",
   "Verhuisd naar {addr} met mijn lief. Internet moet mee, klantnummer {cust}. Nieuwe wifi-code: {wifi}, wordt niet herkend",
   "Ons dochtertje {baby} is geboren op {dob:baby} 🍼 Graag bijvoegen op de hospitalisatieverzekering {cust:polis}. INSZ van haar: {bsn}",
  ],
 },
 "mail": {
  "notary": [
   "Geachte,\n\nIk ben belast met de regeling van de nalatenschap van wijlen de heer {dname}, geboren te {city} op {dob}, in leven wonende te {addr}, overleden op {ddate}, rijksregisternummer {bsn}.\n\nGraag ontving ik van u een overzicht van alle tegoeden op datum van overlijden, inclusief rekening {iban} en eventuele kluizen, alsook een attest voor de aangifte van nalatenschap.\n\nGelieve steeds te vermelden: ons kenmerk {nref}.\n\nMet de meeste hoogachting,\n{notary}\nOndernemingsnummer {kvk}",
   "Geachte mevrouw, mijnheer,\n\nIn opvolging van uw schrijven van {date} bezorg ik u hierbij het attest van erfopvolging in de nalatenschap van mevrouw {dname} (RRN {bsn}). De erfgenamen verzoeken om de vrijgave van het saldo van rekening {iban=a} op de derdenrekening van ons kantoor {iban}.\n\nDe polis {cust:polis} mag eveneens worden afgesloten.\n\nMet vriendelijke groeten,\n{notary}",
  ],
  "family": [
   "Beste,\n\nMijn moeder {dname} is op {ddate} overleden in het woonzorgcentrum. Ik ben haar enige zoon en regel alles. Ze had bij jullie een abonnement op haar vaste lijn {tel} en internet, klantnummer {cust}, adres {addr}.\n\nKunnen jullie dat stopzetten? De laatste factuur ({inv}) van {amt} mag van haar rekening {iban} gedomicilieerd blijven. Mijn gsm is {tel}.",
   "Hallo,\n\nik schrijf u omdat mijn man en ik uit elkaar gaan. Het energiecontract staat op zijn naam ({cust:contract}) maar ik blijf in het huis op {addr}. Mijn rijksregisternummer is {bsn} en mijn geboortedatum {dob:young}. Graag alles op mijn naam, domiciliëring op {iban}.",
  ],
 },
 "agent": {
  "condolence": [
   "Innige deelneming met het verlies van uw vader. Het abonnement met klantnummer {cust} werd stopgezet op {date}. Het saldo ({amt}) storten we terug op {iban}. Veel sterkte, {agent}",
   "Dag {rfirst}, wat spijtig om te lezen. Kan je de overlijdensakte bezorgen via {url}? Dan sluiten we het contract af. Dossiernummer {ticket}. Groetjes, {agent}",
   "Gecondoleerd. De rekening {iban} is geblokkeerd, de notaris ({notary}) ontvangt het attest binnen {qty}. Vragen? Bel {cphone}. {agent}",
   "Proficiat met de geboorte van {baby}! Ze is toegevoegd aan polis {cust:polis} vanaf {date}. {agent}",
  ],
 },
}

NL_WRAP = {
 "greet": ["Geachte heer, mevrouw,\n\n", "Beste {brand},\n\n", "Hallo,\n\n", "Goedemiddag,\n\n", "L.S.,\n\n", "Beste mensen van {brand},\n\n", "Geachte klantenservice,\n\n", "Hoi,\n\n"],
 "close": ["\n\nMet vriendelijke groet,\n\n", "\n\nAlvast bedankt.\n\nGroet,\n", "\n\nHopelijk kunt u mij helpen.\n\nMvg\n", "\n\nIk hoor graag van u.\n\nHartelijke groet,\n", "\n\nBedankt voor uw begrip.\n\n", "\n\nGroetjes,\n"],
 "sig": ["{rname}\n{addr}\nTel: {tel}", "{rname}\n{tel}", "{rname}\nmobiel {tel}\n{mail}", "{rfirst}\n\nVerzonden vanaf mijn iPhone", "{rname}\n{mail}", "{rname} (zoon van {dname})\n{tel}", "{rfirst} {rlast}\n--\nVerstuurd met de Mail-app van Ziggo", "{rname}\nexecuteur nalatenschap {dname}\n{addr}"],
 "quote": ["\n\nOp {date} om {time} schreef Klantenservice {brand}:\n", "\n\n-----Oorspronkelijk bericht-----\nVan: {brand} Klantenservice\nVerzonden: {date} {time}\nOnderwerp: Uw bericht (zaak {ticket})\n\n", "\n\nOp {date} {time} schreef {agent} van {brand} het volgende:\n", "\n\n---- {brand} schreef op {date}: ----\n"],
 "fwd": ["---------- Doorgestuurd bericht ---------\nVan: {dname} <{mail:d}>\nDatum: {date}\nOnderwerp: Fwd: contract\nAan: {rname} <{mail:r}>\n\n", "Begin doorgestuurd bericht:\n\nVan: {rname} <{mail:r}>\nDatum: {date} {time}\n\n"],
 "disc": ["\n\nDit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.", "\n\n-- \nDenk aan het milieu voordat u deze e-mail print.", "\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). KvK {kvk}."],
 "asig": ["\n\nMet vriendelijke groet,\n{agent}\nKlantenservice {brand}\n{cphone} (ma-vr 8-20u)", "\n\nHartelijke groet,\n{agent} | Team Nabestaanden\n{brand} | KvK {kvk}", "\n\nGroet,\n{agent}\n{url}"],
}

VL_WRAP = {
 "greet": ["Geachte,\n\n", "Beste,\n\n", "Dag {brand},\n\n", "Goeiendag,\n\n", "Geachte mevrouw, mijnheer,\n\n", "Hallo,\n\n"],
 "close": ["\n\nMet vriendelijke groeten,\n", "\n\nAlvast bedankt,\n", "\n\nMvg,\n", "\n\nDank bij voorbaat.\n\n"],
 "sig": ["{rname}\n{addr}\nGSM {tel}", "{rname}\n{tel}", "{rfirst}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.", "{rname} - {mail}"],
 "quote": ["\n\nOp {date} om {time} schreef {brand} Klantendienst:\n", "\n\nVan: {brand} <noreply>\nVerzonden: {date}\nOnderwerp: RE: dossier {ticket}\n\n", "\n\n{brand} schreef op {date}:\n", "\n\n--- Oorspronkelijk bericht ---\n"],
 "fwd": ["---------- Forwarded message ---------\nVan: {dname} <{mail:d}>\nDate: {date}\n\n", "Doorgestuurd bericht:\nVan: {rname} <{mail:r}>\n\n"],
 "disc": ["\n\nDit bericht en eventuele bijlagen zijn vertrouwelijk. BTW {kvk}.", "\n\nDenk aan het milieu alvorens deze e-mail af te drukken."],
 "asig": ["\n\nMet vriendelijke groeten,\n{agent}\nKlantendienst {brand}\n{cphone}", "\n\nGroetjes,\n{agent} - {brand}\nOndernemingsnummer {kvk}"],
}
