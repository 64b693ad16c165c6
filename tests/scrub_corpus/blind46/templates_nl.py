"""Dutch (NL) and Belgian Dutch templates. 'V|' prefix = dictated by voice (spoken value renderings)."""

NL = {
    "voice_bank": ("chat", [
        "V|goedemiddag ik ben {first} {last} en ik ben {age} ik heb een nieuwe pas gekregen van de {bank} maar de pincode is niet aangekomen mijn rekeningnummer is {iban} komma en mijn geboortedatum is {dob} punt kunt u mij terugbellen op {phone} dank u wel",
        "V|hallo met mevrouw {last} ik praat in mijn telefoon omdat ik niet goed meer kan typen mijn pasnummer is {card} en de pincode die weet ik nog die is {pin} maar de automaat in {city} slikt mijn pas in wat moet ik doen",
        "V|ja goedendag ik wil graag weten waarom er {amount} van mijn rekening is afgeschreven op {date} rekening {iban} ik heb dat niet gedaan mijn zoon zegt ik moet de bank bellen maar {cphone} is steeds in gesprek",
        "V|beste {bank} ik krijg een sms met een code {otp} maar ik weet niet waar ik die moet invullen mijn kleinzoon komt pas op {date} dus misschien kunt u mij helpen mijn telefoonnummer is {mobile} uitroepteken",
        "V|de kaartlezer zegt {err} en ik heb de pas er goed in gedaan het pasnummer is {card} vervaldatum {exp} wat doe ik fout vraagteken groetjes {first}",
    ]),
    "voice_health": ("chat", [
        "V|goedemorgen ik bel over mijn herhaalrecept {rx} voor de metoprolol {dose} ik ben geboren op {dob} en mijn bsn is {bsn} wilt u het klaarzetten bij {pharmacy} dank u",
        "V|ik heb een vraag over de rekening van {insurer} van {amount} mijn polisnummer is {polis} en ik woon op {addr} ik ben al {age} en snap die brieven niet meer",
        "V|mijn afspraak in het ziekenhuis is op {date} om {time} maar ik kan niet inloggen op {gp} mijn gebruikersnaam is {user} en het wachtwoord {pw} kan iemand mij helpen want mijn dochter is op vakantie",
        "V|hallo met {first} ik moet {dose} innemen van de dokter maar de apotheek zegt dat het recept er niet is geboortedatum {dob} adres {addr} telefoon {landline}",
        "V|ik heb de digid code gekregen {otp} maar het scherm was al weg kunt u de brief met de nieuwe code opsturen naar {addr} mijn burgerservicenummer {bsn}",
    ]),
    "chat_pension": ("chat", [
        "Goedendag, ik ontvang sinds {date} mijn AOW niet meer op {iban}. Mijn BSN is {bsn}. Ik ben {age} en heb geen computer, mijn buurvrouw typt dit voor mij. Bel mij alstublieft op {landline}.",
        "Beste {pension}, mijn man is overleden en ik moet het partnerpensioen aanvragen. Zijn BSN was {bsn}, het mijne is {bsn2}. Ons adres: {addr}. Telefoon {phone}. Met vriendelijke groet, {name}",
        "Hallo, ik heb een nieuw rekeningnummer: {iban}. Kunt u mijn pensioen daarop storten vanaf {date}? Deelnemersnummer {cust}. Groet {first}",
        "Ik snap de jaaropgave niet. Er staat {amount} bruto maar ik krijg veel minder. Klantnummer {cust}, geboren {dob}. Mijn telefoon is {mobile}, ik ben de hele dag thuis",
        "pensioen is {pct} lager dan vorig jaar?? relatienummer {cust} / bsn {bsn}. graag uitleg, niet via de app want die heb ik niet",
    ]),
    "chat_telecom": ("chat", [
        "HALLO MIJN TELEFOON VRAAGT OM EEN PUK CODE IK HEB {puk} INGETYPT MAAR HIJ DOET HET NIET. MIJN NUMMER IS {mobile} EN KLANTNUMMER {cust}",
        "Goedemiddag, mijn vaste telefoon {landline} doet het al sinds {date} niet. Ik ben {age} en heb alarmering via die lijn!! Adres {addr}. Ik bel vanaf de mobiel van mijn dochter {mobile}",
        "mijn kleinzoon heeft de wifi ingesteld maar ik weet het wachtwoord niet meer, netwerk {ssid}, op de sticker staat {wifi} is dat het? modem {model}",
        "De sim-pin is {pin} en de PUK {puk} staat op het kaartje, maar de {model} blijft zeggen SIM geblokkeerd. Wat nu? Klantnummer {cust}. En krijg ik nog {pct} ouderenkorting?",
        "ik betaal {amount} per maand voor een vaste lijn die ik nooit gebruik, opzeggen graag. abonneenummer {cust}, mijn mail {email}",
    ]),
    "chat_transport": ("chat", [
        "Ik heb een OV-chipkaart met 65+ korting maar er wordt vol tarief afgeschreven. Kaartnummer {ovcard}, geboortedatum {dob}. Het ging om {amount} op {date}.",
        "Mijn ov kaart is kwijt. nummer was {ovcard}. kan de korting over op een nieuwe? Ik woon {addr}",
        "Goedemiddag {transport}, ik heb de seniorenkorting aangevraagd via {url} maar krijg foutmelding {err}. Mijn e-mail is {email}, telefoon {phone}.",
        "Beste mensen, de reisgeschiedenis klopt niet: op {date} om {time} ben ik uitgecheckt maar er staat {amount}. Kaart {ovcard}. {name}",
    ]),
    "grandchild": ("chat", [
        "Hoi, ik typ dit namens mijn opa ({age}) want hij kan zelf niet goed typen. Hij heeft zijn pincode aan een oplichter gegeven: {pin}. Zijn rekening is {iban} en pasnummer {card}. Kunnen jullie alles blokkeren?? Mijn nummer {mobile}",
        "Namens mijn oma: ze is haar inlog voor {gp} kwijt. Gebruikersnaam {user}, oude wachtwoord was {pw} en ze wil graag {pw2} als nieuwe. Geboortedatum {dob}.",
        "Ik ben {gkid}, kleinzoon van mevr. {last}. Ze heeft een brief gekregen over polis {polis} maar woont inmiddels op {addr}. Kunt u het adres aanpassen? Haar mail: {email}",
        "Mijn moeder ({age}) heeft een sms gekregen met code {otp} en die doorgegeven aan iemand die zei dat hij van de bank was. Haar klantnummer is {cust}. Ze zit naast me, u kunt bellen naar {landline}.",
        "dit is {gkid} ik help mijn opa even. de sleutelkluis bij de voordeur heeft code {door} voor de thuiszorg, kunnen jullie dat in zijn dossier {cust} zetten? adres {addr}",
    ]),
    "runon": ("chat", [
        "ik wil even zeggen dat ik heel boos ben want ik sta al {qty} in de wacht bij {cphone} en niemand neemt op en ik ben {age} en ik moet mijn medicijnen hebben {dose} en de apotheek zegt dat de verzekering niet betaalt terwijl ik al jaren klant ben met nummer {cust} en ik betaal elke maand {amount}",
        "goedemiddag ik ben het weer mevrouw {last} van gisteren over de meterstand die is {meter} en ik heb het al {qty} doorgegeven maar ik krijg steeds een brief met een ander bedrag van {amount} mijn ean code is {ean} en ik woon op {addr}",
        "mijn zoon zei ik moet het hier vragen dus bij deze mijn pas is ingeslikt bij de automaat in {city} op {date} om {time} de pas eindigt op {masked} en mijn rekeningnummer is {iban} graag een nieuwe pas naar {addr}",
        "ik heb een vraag over de toeslag want die is gestopt en ik weet niet waarom mijn burgerservicenummer is {bsn} en geboren {dob} en ik heb nog een brief met kenmerk {ticket} maar daar staat niks op over wanneer het weer komt",
    ]),
    "public": ("public", [
        "{mention} al {qty} probeer ik jullie te bellen op {cphone}. Ik ben {age} en heb geen smartphone. Schandalig! {hashtag}",
        "{mention} waarom moet alles via een app? Mijn moeder van {age} kan dat niet. {hashtag} {hashtag2}",
        "{mention} help mijn vader heeft zijn pincode {pin} op een briefje bij zijn pas gehad en nu is alles weg, bel ons {mobile} aub",
        "{mention} mijn AOW staat nog steeds niet op de rekening, het is al {date}! Dossier {ticket}. {hashtag}",
        "{mention} Kan iemand mij bellen? {landline}. Ik woon {addr} en ik kom er niet uit met {url}",
        "{mention} MIJN INTERNET DOET HET NIET AL {qty} EN IK HEB ALARMERING!!! KLANTNUMMER {cust} {hashtag}",
    ]),
    "email": ("email", [
        "Hierbij wil ik bezwaar maken tegen factuur {invoice} van {amount}. Mijn klantnummer is {cust} en ik woon sinds {year} op {addr}. Ik ben {age} en heb geen internetbankieren, dus ik betaal per acceptgiro. Wilt u mij schriftelijk antwoorden?",
        "Mijn dochter heeft mij geholpen deze mail te sturen. Ik wil graag mijn e-mailadres wijzigen van {email} naar {email2}. Mijn geboortedatum is {dob} en mijn polisnummer {polis}. Ik heb ook een nieuw telefoonnummer: {mobile}.",
        "Ik heb op {date} een afspraak bij de cardioloog om {time}. Via {gp} moet ik een vragenlijst invullen maar de inlogcode {otp} werkt niet (foutcode {err}). Mijn BSN is {bsn} en patiëntnummer {cust}. Kunt u mij bellen op {landline}?",
        "Bij deze stuur ik de gegevens voor de automatische incasso: IBAN {iban} t.n.v. {name}. Het gaat om de eigen bijdrage van {amount} per maand. Mijn klantnummer is {cust}. De vorige rekening ({masked}) is opgeheven.",
        "Ik ben {age} en slechtziend. Ik heb de brief met de nieuwe pincode niet kunnen lezen en nu is de pas geblokkeerd na {qty}. Pasnummer {card}, geldig tot {exp}. Kunt u een brief in grote letters sturen naar {addr}?",
    ]),
    "agent": ("agent", [
        "Hoi {first}, vervelend dat je pas is ingeslikt! Ik heb de pas met {masked} geblokkeerd. Een nieuwe pas komt binnen {dur} naar je adres. Heb je nog vragen, bel dan {cphone}. Groet, {agent}",
        "Dag mevrouw {last}, ik zie uw rekening {iban} voor me. Deel nooit uw pincode, ook niet met ons. Uw melding staat onder {ticket}. ^{agent}",
        "Beste {first}, bedankt voor uw bericht. Voor uw privacy: stuur uw BSN en geboortedatum liever niet via social media, ik heb het bericht verborgen. Kunt u ons bellen op {cphone}? Wij zijn bereikbaar van {time} tot {time2}.",
        "Hallo {first}, ik heb uw nieuwe adres {addr} verwerkt per {date}. Uw polisnummer {polis} blijft hetzelfde. Fijne dag! {agent}",
        "Goedemiddag meneer {last}, de monteur komt op {date} tussen {time} en {time2}. Uw aansluiting {landline} wordt dan hersteld. Referentie {ticket}. Groet, {agent}",
        "Dag {first}, ik heb de {amount} teruggeboekt naar {iban}. Dat staat binnen {dur} op uw rekening. Met vriendelijke groet, {agent} ({bank})",
    ]),
}

BE = {
    "voice_bank": ("chat", [
        "V|dag ik ben {first} {last} van {city} ik heb mijn bankkaart van {bank} verloren en ik wil die blokkeren mijn rekeningnummer is {iban} en mijn rijksregisternummer is {bsn} bel mij terug op {landline} alstublieft",
        "V|goeiemiddag de digipass zegt {err} en ik krijg geen code meer mijn kaartnummer is {card} ik ben {age} en ik woon in {addr} kan iemand langskomen",
        "V|hallo ik heb een code gekregen {otp} van itsme maar ik weet niet wat ik ermee moet doen mijn kleindochter zegt dat ik dat niet mag geven is dat waar vraagteken",
        "V|mijn pincode is {pin} maar die werkt niet meer sinds ik de nieuwe kaart heb die vervalt in {exp} wat is er mis",
    ]),
    "voice_health": ("chat", [
        "V|goeiedag met {first} ik heb een vraag aan {insurer} over de terugbetaling van {amount} voor de kinesist mijn rijksregisternummer is {bsn} en mijn adres {addr}",
        "V|de apotheker zegt dat mijn voorschrift {rx} niet in het systeem staat ik neem {dose} en ik heb het nodig ik ben geboren {dob} mijn gsm is {mobile}",
        "V|ik kan niet inloggen op {gp} met de kaartlezer ik heb de pincode van mijn identiteitskaart {pin} ingegeven maar er staat {err}",
        "V|mijn lidnummer bij het ziekenfonds is {cust} en ik wil een attest voor de thuisverpleging want ik ben {age} mijn mail is {email}",
    ]),
    "chat_pension": ("chat", [
        "Goeiendag, mijn pensioen is deze maand niet gestort op {iban}. Rijksregisternummer {bsn}. Ik ben {age} jaar en woon alleen. Mijn gsm: {mobile}",
        "Beste, ik ben verhuisd naar {addr} sinds {date}. Mag het pensioen naar dit adres worden gestuurd? Mijn dossiernummer is {cust}. Groetjes {name}",
        "Ik heb mijn loopbaanoverzicht opgevraagd via {url} maar ik moet inloggen met itsme en dat heb ik niet. Rijksregister {bsn}, telefoon {landline}",
        "Mijn vrouw is overleden op {date}. Moet ik iets doen voor het overlevingspensioen? Haar rijksregisternummer {bsn} en het mijne {bsn2}. Ons rekeningnummer {iban}",
    ]),
    "chat_telecom": ("chat", [
        "mijne gsm vraagt een PUK code en ik heb die niet, nummer is {mobile} en mijn klantnummer {cust}. Op de kaart staat PIN {pin} maar dat werkt niet",
        "Al {qty} geen vaste lijn meer op {landline}. Ik ben {age} en heb een noodknop die via die lijn werkt!! {addr}",
        "De code van de wifi staat op het kastje maar ik kan het niet lezen, is het {wifi}? Netwerk {ssid}. Mijn kleinzoon is in het buitenland",
        "Ik krijg een factuur van {amount} maar ik heb alleen een vast toestel. Factuurnummer {invoice}, klantnummer {cust}",
    ]),
    "chat_transport": ("chat", [
        "Ik heb een Omnipas 65+ aangevraagd maar nog niets ontvangen. Mijn MOBIB-kaart is {ovcard}, geboren {dob}. Adres {addr}",
        "Dag {transport}, de bus van {time} aan halte {city} Markt is niet gestopt. Ik ben {age} en stond daar {qty}. Klacht graag registreren.",
        "Mijn seniorenkaart is gestolen. Nummer {ovcard}. Ik betaal toch geen {amount} voor een nieuwe? Mail mij op {email}",
    ]),
    "grandchild": ("chat", [
        "Ik schrijf dit voor mijn bomma ({age}). Ze heeft aan de telefoon haar kaartnummer {card} en de code {otp} gegeven aan iemand van 'de bank'. Rekening {iban}. Dringend blokkeren aub! Bereikbaar op {mobile}",
        "Hallo, namens mijn bompa: zijn inlog voor {gp} is gebruikersnaam {user}, wachtwoord {pw}. Hij raakt er niet in. Rijksregisternummer {bsn}",
        "Ik ben de gebuur van mevrouw {last}, ze heeft geen internet. Ze vraagt of de sleutelkluis code {door} mag doorgegeven worden aan de thuisverpleging. Haar adres {addr}, telefoon {landline}",
        "voor mijn grootvader: hij moet zijn e-mailadres veranderen naar {email}, klantnummer {cust}, geboortedatum {dob}. Merci!",
    ]),
    "runon": ("chat", [
        "ik ben al {qty} aan het bellen naar {cphone} en ik krijg altijd een machine en ik ben {age} en ik versta die machine niet en mijn klantnummer is {cust} en ik wil gewoon weten waarom ik {amount} moet betalen",
        "ze hebben bij mij de meter opgenomen op {date} en die stond op {meter} maar op de factuur staat iets anders en mijn EAN is {ean} en ik woon in {addr} en ik heb dat al {qty} gezegd",
        "mijn kaart is opgegeten door de automaat aan de Grote Markt in {city} om {time} en ik moet boodschappen doen mijn rekening is {iban} en mijn gsm {mobile} bel mij aub",
    ]),
    "public": ("public", [
        "{mention} ik ben {age} en kan uw app niet gebruiken. Waarom geen loket meer in {city}? {hashtag}",
        "{mention} al {qty} in de wachtrij op {cphone}, dit is toch niet normaal voor ouderen {hashtag} {hashtag2}",
        "{mention} mijn moeder haar kaart is geblokkeerd, ze wacht op een nieuwe pincode. Bel haar op {landline} aub",
        "{mention} dossier {ticket}: nog altijd geen antwoord sinds {date}. {hashtag}",
        "{mention} waar kan ik de seniorenkorting aanvragen? Op {url} vind ik niets",
    ]),
    "email": ("email", [
        "Ik ben {age} en ik heb geen computer, mijn kleinzoon stuurt deze mail. Ik wens mijn domiciliëring te stoppen op rekening {iban}. Mijn klantnummer is {cust}. Mijn adres is {addr}.",
        "Hierbij bezorg ik u mijn gegevens voor de terugbetaling: rijksregisternummer {bsn}, rekeningnummer {iban}, geboortedatum {dob}. Het gaat om de factuur van het ziekenhuis van {amount} (nummer {invoice}).",
        "Mijn afspraak bij de oogarts staat op {date} om {time}, maar ik ben dan in het ziekenhuis. Kan die verplaatst worden? Patiëntnummer {cust}, telefoon {phone}.",
        "Ik heb een nieuwe gsm ({model}) en nu werkt itsme niet meer. Ik heb code {otp} gekregen maar die was verlopen. Mijn gebruikersnaam is {user}. Graag hulp.",
    ]),
    "agent": ("agent", [
        "Dag {first}, ik heb uw kaart met {masked} geblokkeerd. U ontvangt binnen {dur} een nieuwe kaart en een aparte brief met de pincode. Vriendelijke groet, {agent}",
        "Beste mevrouw {last}, uw pensioen wordt op {date} gestort op {iban}. Uw dossier: {ticket}. Groeten, {agent}",
        "Dag {first}, deel nooit uw pincode of codes van uw kaartlezer. Bel ons gerust op {cphone} (gratis). {agent}",
        "Hallo {first}, het nieuwe adres {addr} is genoteerd. Uw Omnipas wordt daarheen verstuurd. Mvg {agent}",
    ]),
}
