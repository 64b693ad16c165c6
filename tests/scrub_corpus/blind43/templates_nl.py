"""Dutch (nl) and Belgian Dutch (nl-be) templates. Slots: see generate_blind.REG. {{x}} renders a literal {x}."""

T = {}

T[("nl", "chat")] = [
    'Pakket met de P1-dongle ({prod}) komt niet aan, track & trace {track}. Intussen heb ik de wifi-sleutel van de dongle al: {wifi}',
    'Woning is van {year}, dus geen spouwmuur. Kan de warmtepomp ({model}) toch? Mijn postadres is {saddr}, {city}',
    'Ik zit in het buitenland (vlucht {flight} landt {date} om {time}), kunnen jullie de monteur de code {door} geven voor het sleutelkastje?',
    'pas {card} is geblokkeerd en mijn nieuwe pas heeft pas op {date} een pincode. Kunnen jullie de huur van {amount} van {ibanf} afschrijven? dat is mijn Duitse rekening',
    "Nieuwe firmware gedownload, sha256 {hash}, maar de {brand} app weigert 'm. Inlog is {user} / {password}",
    'Tel. nr wijzigen naar {phone} aub, het oude {maskphone} heb ik niet meer. Geboren {dob} als dat nodig is',
    "Hoi, de cv-ketel in mijn huurwoning doet het weer niet (storing {err}). Adres is {addr}, klantnummer {cust}. Kan er deze week iemand langs? Sleutelkastje naast de voordeur, code {door}",
    "Goedemiddag, mijn borg van {amount} is nog steeds niet teruggestort. Graag naar {iban} tnv {name}. Huurcontract {contract}, vertrokken per {date}",
    "ik kom niet in de app van de omvormer 😤 gebruikersnaam {user} ww {password} en hij geeft steeds {err}",
    "De wifi is veranderd, nieuw netwerk {ssid} en wachtwoord {wifi}. Moet ik dat ergens in de {brand} app aanpassen of doet de omvormer dat zelf?",
    "verhuizing doorgeven: vanaf {date} woon ik op {addr}\nmeterstanden oude adres:\nT1 {reading}\nT2 {reading@2}\ngas {reading@3}\nEAN stroom {ean}",
    "Code uit de sms was {otp} maar jullie portaal zegt 'ongeldige code'. 3x geprobeerd. Kunnen jullie mij bellen op {phone}?",
    "Hierbij de gegevens voor de monitoring: site id {site}, API-sleutel {apikey}. De installateur ({installer}) zei dat ik die moest doorsturen",
    "Stormschade aan het dak op {date}, polisnummer {policy}. Schadenummer heb ik al ({claim}). Bereikbaar op {phone} of {email}",
    "Graag {amount} extra aflossen op leningdeel 2. Hypotheeknummer {loan}, mijn geboortedatum is {dob}. Van rekening {iban}",
    "Thuisbatterij ({model}) hangt sinds update naar {ver}. Lokaal IP {ip}, modbus op poort {port} reageert niet meer. Foutcode {err}",
    "Monteur mag de sleutel uit de sleutelkluis pakken, kluisje hangt links naast de deur, code is {door}. Het alarm gaat af na 30 sec, uitzetten met {pin}",
    "bsn {bsn}\ngeb {dob}\nmail {email}\nvoor de aanvraag huurtoeslagverklaring, hoop dat dit zo goed is",
    "Slimme meter geeft al sinds {date} niks meer door. EAN elektra {ean}, gas {ean@gas}. Meternummer {meter}",
    "Kunnen jullie mijn wachtwoord resetten? Oud: {password@old} en ik wilde {password@new} maar het portaal zegt te zwak?? Inlognaam {user}",
    "De aanbetaling van {amount} voor de warmtepomp heb ik met creditcard betaald: {card}, geldig tot {exp}, cvc {cvv}. Staat er nu 2x af!",
    "Dit kreeg ik net binnen:\n\"Uw verificatiecode voor Mijn {energy} is {otp}. Deel deze code nooit.\"\nIs dat echt van jullie? Ik had niks aangevraagd",
    "Voor Home Assistant heb ik een long-lived token aangemaakt: {token}\nDe dongle zit op {ip}:{port}, klopt dat?",
    "Gegevens voor de huurovereenkomst:\n- naam: {name}\n- adres: {addr}\n- tel: {phone}\n- IBAN: {iban}\n- geboortedatum: {dob}",
    "is de code van de fietsenberging nou {door@new} of nog steeds {door@old}? mijn tag werkt ook niet meer sinds {date}",
    "Mijn vaste nummer is {land}, mobiel {phone}. Bel liever na {time} want ik werk tot dan",
    "de sms code is {otpw} (sorry moest het voorlezen van mijn moeder haar telefoon)",
    "Hallo, nieuw emailadres is {email}, oude ({maskmail}) mag weg. Klantnr {cust}",
    "De 4G-router bij de warmtepomp zegt SIM geblokkeerd. PUK staat op het kaartje: {puk}, pincode was {pin}. Wat nu?",
    "Bearer token uit de devtools van het portaal: {jwt} (voor de integratie van {brand}, verloopt die?)",
]

T[("nl", "public")] = [
    "{mention} al {qty} op het dak maar de omvormer staat al 3 weken op {err} en niemand belt terug. Ticket {ticket} {tag}",
    "Lekkage in de badkamer sinds {date} en {mention} reageert niet. Adres {addr}, kom zelf maar kijken! {tag} {tag@2}",
    "Top service van {mention}! Monteur binnen een dag, warmtepomp draait weer op {pct} {tag}",
    "{mention} waarom kost mijn termijnbedrag ineens {amount}?? Bel me maar: {phone} {tag}",
    "Let op: {url} werkt niet, foutmelding {err}. Al {time} aan het proberen {mention}",
    "{mention} jullie hebben mijn verhuizing niet verwerkt, nog steeds rekening voor {addr}. klantnummer {cust} #fail",
    "Wie heeft ervaring met {brand}? Zit te twijfelen tussen {model} en {model@2} {tag}",
]

T[("nl", "agent")] = [
    "Hoi {first}, vervelend dat de ketel weer storing geeft! Ik heb een reparatieverzoek aangemaakt onder nummer {ticket}. De monteur belt je op {phone} voor een afspraak. Groet, {agent}",
    "Dank je wel voor je bericht. Voor we verder kunnen: wil je je klantnummer en postcode + huisnummer in een privébericht sturen? Deel nooit je wachtwoord of een code met ons. ^{initials}",
    "Beste {{first_name}}, je borg van {amount} wordt binnen 10 werkdagen overgemaakt naar rekening {maskiban}. Vragen? Bel {cphone} (ma-vr 8-17u). Met vriendelijke groet, {agent} | {landlord}",
    "Hi {first}, ik zie je verhuizing naar {addr} per {date} staan. Meterstanden ontvangen ({reading} / {reading@2}). De eindafrekening volgt binnen 6 weken. Groetjes {agent}",
    "Ik heb je nieuwe e-mailadres {email} genoteerd bij klantnummer {cust}. Je ontvangt een bevestiging binnen 24 uur. ^{initials}",
    "Hallo! De schademelding staat in behandeling onder {claim}. Een expert neemt contact op via {phone}. Foto's kun je uploaden op {url}. Fijne dag, {agent} – {insurer}",
    "Dag {first}, je hebt je wachtwoord per ongeluk publiek gedeeld. Wijzig het direct via {url}. Wij vragen nooit om je wachtwoord of sms-code. Groet, {agent}",
    "Goedemorgen {first}, de monitoring laat sinds {date} foutcode {err} zien op je {model}. Firmware {ver} lost dat op, we zetten het op afstand. Bedankt voor je geduld! {agent}",
    "Voor de verificatie hebben we je geboortedatum nodig, niet je BSN. Stuur je die via DM? Bel ons anders gerust op {cphone}. ^{initials}",
]

T[("nl", "email")] = [
    'Graag wil ik de betaalwijze voor de huur wijzigen. Voortaan betaal ik met mijn creditcard ({card}, vervaldatum {exp}, CVC {cvv}) in plaats van via incasso van {maskiban}. Mijn huurcontract is {contract}. Ook wil ik doorgeven dat mijn telefoonnummer gewijzigd is in {phone}.',
    'Het bouwjaar van de woning is {year} en volgens het energielabel zouden {qty} genoeg moeten zijn. De offerte ({order}) noemt echter artikel {prod} voor de omvormer, die niet leverbaar is. Track & trace van de panelen: {track}. Kunt u dit uitzoeken? Mijn klantnummer is {cust}.',
    "Op {date} heb ik een reparatieverzoek ingediend (nummer {ticket}) voor de schimmel in de slaapkamer. Inmiddels zijn we drie weken verder en er is nog niemand geweest. De woning is {addr}. Ik ben overdag niet thuis; de monteur kan de sleutel uit het sleutelkastje halen, de code is {door}. Wilt u mij even laten weten wanneer iemand komt? Mijn telefoonnummer is {phone}.",
    "Hierbij stuur ik de gegevens die jullie nodig hebben voor de aanmelding van de thuisbatterij:\n\nNaam: {name}\nAdres: {addr}\nE-mail: {email}\nTelefoon: {phone}\nEAN-code: {ean}\nIBAN voor terugleververgoeding: {iban}\n\nHet type is {model}, geplaatst door {installer} op {date}.",
    "Ik heb vorige maand een inboedelclaim ingediend voor waterschade (schadenummer {claim}) maar nog niets gehoord. Polisnummer {policy}. De schade bedraagt volgens de offerte {amount}. Graag ontvang ik de uitkering op rekening {iban}. Kopie van de factuur ({invoice}) zit in de bijlage.",
    "Sinds de update van de app naar versie {ver} kan ik niet meer inloggen. Mijn gebruikersnaam is {user} en mijn wachtwoord {password}, dat werkte altijd gewoon. Na het inloggen komt er een tweestapscode ({otp}) maar dan volgt foutmelding {err}. Request-ID in het scherm: {reqid}.",
    "Wij verhuizen per {date} van {addr@old} naar {addr@new}. Wilt u het energiecontract ({contract}) meeverhuizen? De eindstanden op het oude adres zijn: normaal {reading}, dal {reading@2}, gas {reading@3} m3. EAN nieuw adres: {ean}.",
    "Naar aanleiding van ons telefoongesprek van vanochtend ({time}) stuur ik hierbij mijn gegevens voor de oversluiting van de hypotheek. Leningnummer: {loan}. Burgerservicenummer: {bsn}. Geboortedatum: {dob}. De taxatie is gedaan op {date} en kwam uit op {amount}.",
    "Ik probeer de warmtepomp ({brand} {model}) te koppelen aan het nieuwe wifinetwerk. Netwerknaam {ssid}, wachtwoord {wifi}. De module krijgt wel een IP ({ip}) maar het portaal blijft 'offline' tonen. Poort {port} staat open in de router. Checksum van het firmwarebestand: {hash}.",
    "Bij deze mijn bezwaar tegen de huurverhoging van {pct} per {date}. Mijn huur gaat daarmee naar {amount}, terwijl het onderhoud al jaren achterblijft. Huurcontractnummer {contract}, klantnummer {cust}.",
    "De installateur heeft een API-key aangemaakt voor de monitoring, maar ik vertrouw het niet helemaal dat die in een gewone mail staat: {apikey}. Kunnen jullie die intrekken en een nieuwe maken? Site-ID {site}.",
    "Mijn pinpas is gestolen tijdens de verhuizing. Ik had de automatische incasso voor de huur op die rekening ({iban}). Pasnummer eindigt op {mask}. Kan de huur van deze maand ({amount}) eenmalig later worden afgeschreven?",
]

T[("nl-be", "chat")] = [
    'De kaart {card} werd geweigerd voor de voorschotfactuur, vervaldatum {exp}, cvc {cvv}. Wat nu?',
    "'t Pakske met de slimme stekker ({prod}) is nog niet geleverd, zendingnummer {track}. Huis van {year}, adres {saddr} in {city}",
    'Token voor de API van de thuisbatterij: {token}. Checksum van de update klopt niet: {hash}',
    'Vlucht {flight} is vertraagd, ik ben pas {date} terug. Sleutelkluis code {door}, alarm {pin}',
    "Dag, de verwarming in ons appartement valt weer uit, foutcode {err}. Adres {addr}. Ge kunt binnen met de sleutelkluis, code {door}, ik ben pas thuis na {time}",
    "Hallo, wanneer krijg ik mijn huurwaarborg terug? {amount} staat nog altijd geblokkeerd. Rekeningnummer {iban}, op naam van {name}",
    "'k heb een nieuwe gsm, nummer is nu {phone}. En mijn mail is {email}. Klantnummer {cust}",
    "digitale meter staat op mijn naam maar ik ben verhuisd op {date}. EAN-code {ean}, meterstand dag {reading} nacht {reading@2}",
    "rijksregisternummer {rrn}, geboren {dob}, voor de premie-aanvraag warmtepomp. is da genoeg?",
    "De omvormer zit op een nieuw wifi-netwerk ({ssid}), paswoord {wifi}. Moet ik iets doen in de {brand} app?",
    "Inloggen lukt niet. Login: {user} / paswoord: {password}. Krijg telkens {err}",
    "De code die ik kreeg per sms: {otp}. Maar itsme zegt dat die vervallen is??",
    "Onze thuisbatterij ({model}) staat op {pct} en laadt niet meer. IP van de gateway is {ip}. Firmware {ver}",
    "Voor de polis brandverzekering: polisnummer {policy}, schadedossier {claim}. De expert mag bellen op {land} of {phone}",
    "Betaald met kaart {card} vervaldatum {exp} code achterkant {cvv}, maar de bestelling {order} staat nog op 'in afwachting'",
    "Hoi, kunnen jullie de pincode van de brievenbus doorgeven? of is het nog {pin}?",
]

T[("nl-be", "public")] = [
    "{mention} al 2 maanden wachten op de omzetting van mijn digitale meter. Dossier {ticket}. Belachelijk {tag}",
    "{mention} schimmel in de badkamer en de verhuurder doet niks. {addr}. Wie weet raad? {tag}",
    "Merci {mention}, de technieker was super! Warmtepomp draait weer {tag}",
    "{mention} prosumententarief van {amount} voor {qty}?? Ik snap er niks van {tag}",
    "Website {url} ligt plat, fout {err}. Hoe moet ik nu mijn meterstand doorgeven {mention}",
]

T[("nl-be", "agent")] = [
    "Dag {first}, bedankt voor uw bericht. We hebben uw dossier {ticket} doorgestuurd naar de technische dienst. Zij contacteren u op {phone}. Vriendelijke groeten, {agent}",
    "Hallo {first}, om uw gegevens te controleren: kan u ons uw klantnummer en adres bezorgen via privébericht? Geef nooit uw paswoord door. ^{initials}",
    "Beste {{voornaam}}, uw huurwaarborg van {amount} wordt vrijgegeven naar {maskiban}. Voor vragen: {cphone}. Met vriendelijke groet, {agent} - {landlord}",
    "Dag {first}, we hebben de verhuis naar {addr} op {date} geregistreerd. Meterstanden {reading} (dag) en {reading@2} (nacht) zijn goed ontvangen. Groetjes, {agent}",
    "Hallo, uw nieuw e-mailadres {email} is toegevoegd aan klantnummer {cust}. Kijk zeker eens naar {url} voor uw facturen. {agent}",
    "Dag {first}, de update naar firmware {ver} is gepland op {date}. Uw {model} zal kort offline zijn. Mvg, {agent} ({installer})",
]

T[("nl-be", "email")] = [
    'Ik wil de huur voortaan met kredietkaart betalen: {card}, vervaldatum {exp}, code {cvv}. Huurcontract {contract}. Mijn nieuw gsm-nummer is {phone}, het oude ({maskphone}) mag weg.',
    'Ons huis dateert van {year}. In de offerte ({order}) staat artikel {prod}, dat niet leverbaar is. Zendingnummer panelen: {track}. Klantnummer {cust}. Wifi voor de monitoring: {ssid}, sleutel {wifi}.',
    "Sinds {date} lekt het dak van onze woning aan de {addr}. We hebben dit al gemeld onder dossiernummer {ticket}, maar er is nog niemand langs geweest. U kan mij bereiken op {phone}. De sleutel ligt in de sleutelkluis aan de achterdeur (code {door}).",
    "Hierbij de gegevens voor de aanvraag van de premie voor onze warmtepomp:\n\nNaam: {name}\nRijksregisternummer: {rrn}\nAdres: {addr}\nEAN-code: {ean}\nRekeningnummer: {iban}\n\nDe factuur ({invoice}) van {installer} zit in bijlage.",
    "Ik heb een schadegeval door wateroverlast op {date}. Polisnummer {policy}. Volgens de aannemer gaat het om {amount}. Graag storting op {iban}. Gelieve mij te contacteren op {land} of per mail op {email}.",
    "Ik kan niet meer inloggen op het klantenportaal. Mijn login is {user} en ik heb het paswoord al gereset naar {password}, maar ik krijg telkens foutmelding {err}. De verificatiecode {otp} werd ook niet aanvaard.",
    "We verhuizen op {date} naar {addr@new}. Het contract {contract} mag mee. Meterstanden op het oude adres ({addr@old}): dag {reading}, nacht {reading@2}. Onze gsm-nummers: {phone} en {phone@2}.",
    "De installateur vroeg mij om de monitoring door te geven. Hierbij: site-id {site}, api-sleutel {apikey}. Het IP-adres van de omvormer in ons netwerk is {ip}. Versie {ver}.",
]
