"""Dutch (NL) and Flemish (VL) templates. {key} = value, {{x}} = literal {x}."""

CHAT = {
 'nl': {
  'solar': [
   "Hoi, onze omvormer ({model}) geeft al sinds {date} foutcode {err}. Klantnummer {cust}, adres {address}. Kunnen jullie een monteur sturen?",
   "ik wil mijn terugleververgoeding laten storten op een ander rekeningnummer: {iban} tnv {name}. klantnr is {cust}",
   "Meterstanden van vandaag: T1 {meter} en T2 {meter2}, teruglevering {meter3}. EAN code {ean}",
   "Goedemiddag, de installateur heeft de wifi van de omvormer niet goed ingesteld. Netwerk {ssid}, wachtwoord {wifi}. Kan iemand op afstand kijken? Bel me op {phone}",
   "Inloggen op {app} lukt niet meer. gebruikersnaam {user} ww {password} ... krijg steeds {err}",
   "Voor de API koppeling met Home Assistant: site id staat in de app, api key is {apikey}. Werkt niet sinds firmware {version}",
   "Mijn geboortedatum is {dob} en mijn BSN {bsn}, dat vroeg de subsidieaanvraag. Factuur {invoice} van {amount} klopt trouwens niet",
   "Code uit de sms was {otp} maar de site zegt verlopen?? Mijn mail is {email}",
   "Jullie zouden {date} om {time} langskomen voor {qty} maar er kwam niemand. Adres: {address}, tel {phone}",
   "Overstap naar jullie: EAN-code elektriciteit {ean}, meterstand {meter}, rekening {iban}, ingangsdatum {date}",
   "Home Assistant integratie geeft 401, mijn access token is {token}. Omvormer {model}",
   "Dongle van de slimme meter vraagt om een PUK: {puk}. Wifi-sleutel thuis {wifi}",
  ],
  'uni': [
   "Hallo, ik kan niet inloggen op {app}. Studentnummer {student}, wachtwoord is {password}. Mijn tentamen is {date}!!",
   "Collegegeld van {amount} is twee keer afgeschreven van {iban}. Studentnr {student}, graag terugstorten",
   "Beste, voor de machtiging collegegeld: rekening {iban} t.n.v. {name}, geb. {dob}, studentnummer {student}",
   "de verificatiecode {otp} werkt niet bij het inloggen met mijn studentaccount {user}",
   "Mijn BSN is {bsn} en geboortedatum {dob}, Studielink geeft foutmelding {err}. Aanvraag {ticket}",
   "Nieuw adres voor de post van {brand}: {address}. Telefoon {phone}, mail {email}. Studentnummer {student}",
   "Help ik ben mn wachtwoord kwijt van het studentenportaal, oude was {password} en ik heb al een nieuwe gemaakt: {password2}. account {user}",
   "Mijn laptop ({model}) is gerepareerd bij de servicedesk, pincode om in te loggen was {pin}, kunnen jullie die resetten? Melding {ticket}",
  ],
  'charity': [
   "Ik wil mijn maandelijkse donatie van {amount} stopzetten. Donateurnummer {donor}, rekening {iban}",
   "Jullie schrijven al {dur} af terwijl ik heb opgezegd! Mandaatkenmerk {mandate}, IBAN {iban}",
   "Graag een jaaroverzicht {year} voor de belastingaangifte (giftenaftrek). donateursnr {donor}, adres {address}",
   "Hallo, bij de collecte aan de deur heb ik {iban} opgegeven maar er is {amount} afgeschreven ipv {amount2}. Tel: {phone}",
   "Mijn moeder ({name}, geb. {dob}) is overleden, wilt u de machtiging {mandate} beëindigen? Haar donateurnummer was {donor}",
   "Ik wil eenmalig {amount} geven met creditcard {card}, vervaldatum {expiry}, cvc {cvv}. Kan dat via jullie?",
   "e-mailadres wijzigen naar {email} aub. Donateur {donor}. Groet {first}",
   "Kunnen jullie mij een periodieke gift overeenkomst sturen? BSN {bsn}, {address}",
  ],
  'alarm': [
   "Ons alarm ging om {time} af zonder reden. Contractnummer {contract}. De meldkamer belde naar {phone} maar ik was niet thuis",
   "Wie kan de alarmcode resetten? Oude code was {alarmcode}, nieuwe moet {alarmcode2} worden. Abonneenummer {subscriber}",
   "camera ({model}) offline. IP {ip} poort {port}, admin wachtwoord {password}. firmware {version}",
   "Wachtwoord meldkamer (codewoord) is {password}, sleutelkluisje code {pin}. Adres {address}. Graag in het systeem zetten",
   "De app vraagt om een code, ik kreeg {otp} per sms maar het werkt niet. Gebruikersnaam {user}",
   "Ik wil het monitoringcontract {contract} opzeggen per {date}. Rekening {iban} niet meer afschrijven aub",
   "Installateur komt {date} tussen {time} en {time2}. Poortcode van het hek is {pin}, bel even op {phone}",
   "NVR is gereset na stroomstoring. Hik-Connect verificatiecode {otp}, wifi {ssid} met sleutel {wifi}",
   "De simkaart in de alarmcentrale is geblokkeerd. PUK-code {puk}, sim pin was {pin}. Abonnee {subscriber}",
   "Bearer token voor de koppeling met de meldkamer API: {token} (request id {reqid})",
  ],
  'car': [
   "Goedemorgen, ik wil de {car} met kenteken {plate} inplannen voor een grote beurt op {date}. Leasecontract {contract}, mobiel {phone}",
   "Aanbetaling van {amount} overgemaakt van {iban}. Ordernr {order}. Wanneer kan ik de auto ophalen?",
   "Storingslampje aan, foutcode {err}. VIN {vin}, km-stand {km}. Leasenummer {contract}",
   "Sleutel ligt in het sleutelkastje bij de garage, code {pin}. Mijn gegevens: {name}, {address}, {phone}",
   "Voor de laadpas heb ik {app} nodig maar login met {user} / {password} werkt niet",
   "Rijbewijs is verlopen, geboortedatum {dob}, klantnummer {cust}. Kan ik toch de leaseauto ophalen?",
   "Betaling werkplaatsfactuur {invoice}: kaart {card} exp {expiry} cvc {cvv}, bedrag {amount}",
   "Kunnen jullie de schade van {date} doorgeven aan de verzekering? Polisnummer {policy}, kenteken {plate}",
   "Mijn mail is veranderd naar {email}, klantnr {cust}. Bevestigingscode was {otp}",
  ],
 },
 'vl': {
  'solar': [
   "Dag, de digitale meter staat sinds {date} in het rood. EAN {ean}, klantnummer {cust}. Mijn gsm: {phone}",
   "Allee, al drie keer gebeld naar {cphone}. Omvormer {model} geeft {err}. Adres: {address}",
   "Gelieve mijn domiciliëring te wijzigen naar {iban}. Contract {contract}, op naam van {name}",
   "Ge hebt mijn rijksregisternummer nodig voor de premie zeker? {rrn}, geboren {dob}",
   "Login voor {app}: {user}, paswoord {password}. Ik zie mijn productie van {qty} niet meer",
   "Meterstand dag {meter} nacht {meter2} injectie {meter3}, genomen op {date}",
   "Code {otp} ontvangen maar itsme zegt fout. Mijn mail {email}",
  ],
  'uni': [
   "Dag, mijn r-nummer is {student} en ik geraak niet in {app}. Paswoord {password} werkt niet meer sinds {date}",
   "Het inschrijvingsgeld van {amount} werd twee keer gedomicilieerd op {iban}. Studentennummer {student}",
   "Voor de studietoelage: rijksregisternummer {rrn}, adres {address}, gsm {phone}",
   "Mijn kot adres is veranderd naar {address}. Stuur de attesten naar {email} aub. {student}",
   "Ik kreeg code {otp} maar de MFA blijft vragen. Account {user}",
   "Kan ik het minerval in schijven betalen? Studentnummer {student}, geb {dob}",
  ],
  'charity': [
   "Ik wil mijn doorlopende opdracht stoppen. Donateursnummer {donor}, rekening {iban}",
   "Fiscaal attest {year} nog niet ontvangen. Rijksregisternummer {rrn}, donateur {donor}",
   "Ge hebt {amount} te veel gedomicilieerd. Mandaat {mandate}. Bel mij op {phone}",
   "Graag mijn adres aanpassen: {address}. Nummer {donor}. Merci!",
   "gift van {amount} met kaart {card} vervalt {expiry} code achteraan {cvv} is dat goed aangekomen?",
   "Mijn mail is nu {email}, geboortedatum {dob} voor het attest",
  ],
  'alarm': [
   "Het alarm gaat elke nacht om {time} af. Klantnummer {cust}, adres {address}",
   "Nieuwe code voor het klavier: {alarmcode}, oude was {alarmcode2}. Contract {contract}",
   "De camera op {ip}:{port} is niet meer bereikbaar. Admin paswoord {password}",
   "Sleutelkluis code {pin}, de technieker mag {date} binnen. Bel eerst {phone}",
   "Wifi is veranderd: {ssid} / {wifi}. Kunnen jullie de centrale opnieuw koppelen? Abonnement {subscriber}",
   "Verificatiecode {otp} ontvangen maar de app zegt ongeldig. Login {user}",
   "De sim van het alarmpaneel vraagt PUK, die staat op het kaartje: {puk}. Pincode sim {pin}",
  ],
  'car': [
   "Dag, mijn {car} moet binnen voor onderhoud. Nummerplaat {plate}, chassisnummer {vin}. Gsm {phone}",
   "Leasingcontract {contract}: de bandenwissel is op {date} om {time}. Adres voor ophaling: {address}",
   "Voorschot van {amount} betaald via {iban}, bestelbon {order}",
   "Sleutelkastje code {pin}, de wagen staat op de parking. Groetjes {first}",
   "Polisnummer {policy}, schade van {date}. Mijn rijksregisternummer {rrn}",
   "Login MyCar met {user} en {password} lukt niet, krijg {err}",
  ],
 },
}

PUBLIC = {
 'nl': {
  'solar': [
   "{mention} al {dur} geen terugleververgoeding ontvangen. Klantnummer {cust}, wanneer gaat dit opgelost worden? {hashtag}",
   "Wat een drama met {mention}. Monteur komt niet opdagen, 3x gebeld naar {cphone}. {hashtag} {hashtag2}",
   "{mention} bel me maar gewoon terug op {phone}, ik ben het wachten zat",
   "Zonnepanelen sinds {date} offline, foutcode {err} op de {model}. {mention} help? {url}",
  ],
  'uni': [
   "{mention} collegegeld van {amount} twee keer afgeschreven, studentnummer {student}. Iemand?? {hashtag}",
   "Osiris ligt er weer uit {mention} {hashtag} en morgen om {time} mijn tentamen",
   "{mention} waarom moet ik {qty} opnieuw doen? {url}",
  ],
  'charity': [
   "{mention} stop met bellen naar {phone}!! Ik doneer al via {iban} {hashtag}",
   "Trots dat we met de klas {amount} hebben opgehaald voor {mention} {hashtag}",
   "{mention} nog steeds geen jaaroverzicht {year} ontvangen, donateur {donor}",
  ],
  'alarm': [
   "{mention} jullie meldkamer reageerde pas na {dur}. Contract {contract}, dit is niet ok {hashtag}",
   "Camera {model} van {mention} weer offline na update {version} {hashtag}",
   "{mention} graag contact op {email} ipv steeds die chatbot",
  ],
  'car': [
   "{mention} al {dur} wachten op de {car}. Ordernummer {order}. {hashtag}",
   "Top service bij {mention}, auto binnen een dag klaar! {hashtag} {url}",
   "{mention} jullie hebben mijn lease auto {plate} bij de verkeerde vestiging afgeleverd. Bel {phone}",
  ],
 },
 'vl': {
  'solar': ["{mention} al {dur} geen injectievergoeding. Klantnummer {cust}. Serieus? {hashtag}",
            "Digitale meter doet raar {mention}, {err} op het display {hashtag}",
            "{mention} bel mij terug op {phone} aub"],
  'uni': ["{mention} het minerval van {amount} is nog niet terugbetaald {hashtag}", "Toledo plat tijdens de blok {mention} {hashtag}",
          "{mention} mijn r-nummer {student} staat niet op de lijst"],
  'charity': ["{mention} fiscaal attest {year} nog altijd niet in de bus", "Fier op onze leerlingen: {amount} voor {mention}! {hashtag}",
              "{mention} ge moogt mijn domiciliëring stoppen, rekening {iban}"],
  'alarm': ["{mention} weer vals alarm om {time} {hashtag}", "{mention} techniekers komen niet opdagen, contract {contract}",
            "{mention} camera {model} geeft {err}"],
  'car': ["{mention} mijn wagen staat al {dur} in de garage {hashtag}", "Merci {mention} voor de snelle bandenwissel {hashtag}",
          "{mention} wanneer komt mijn bestelling {order}? gsm {phone}"],
 },
}

AGENT = {
 'nl': [
  "Hoi {first}, vervelend dat de monitoring niet werkt! Wil je ons je klantnummer en postcode sturen via DM? Dan kijken we mee. ^{ainit}",
  "Dank je {first}. Ik heb het rekeningnummer {iban} gekoppeld aan klantnummer {cust}. De eerste afschrijving is rond {date}. Groet, {agent}",
  "Hallo {first}, deel nooit je wachtwoord of code via de chat. Je kunt je wachtwoord resetten via {url}. Melding {ticket}. ^{ainit}",
  "Goedemiddag {first}, de monteur komt op {date} tussen {time} en {time2}. We bellen vooraf naar {phone}. Met vriendelijke groet, {agent}",
  "Hoi! We zien de betaling van {amount} op de rekening eindigend op {masked}. Je kunt ons ook bellen op {cphone}. ^{ainit}",
  "Beste {first}, ik heb je e-mailadres aangepast naar {email}. Je ontvangt de bevestiging binnen {dur}. Groetjes {agent}",
  "Hoi {first}, we hebben een nieuwe code naar {masked} gestuurd. Vul die binnen 10 minuten in. Referentie {reqid}. ^{ainit}",
  "Dag {first}, dank voor je geduld. Je adres is gewijzigd naar {address}. Factuur {invoice} volgt per mail. Team {brand}",
 ],
 'vl': [
  "Dag {first}, stuur ons gerust een privébericht met je klantnummer, dan bekijken we het. Groetjes, {agent}",
  "Hallo {first}, de domiciliëring op {iban} is stopgezet vanaf {date}. Dossier {ticket}. Vriendelijke groeten, {agent}",
  "Dag {first}, we hebben een technieker ingepland op {date}. Hij belt je op {phone}. Vragen? {cphone}",
  "Hoi {first}, deel je paswoord nooit met ons. Wijzigen kan via {url}. ^{ainit}",
  "Dag {first}, je attest {year} wordt verstuurd naar {address}. Referentie {ticket}. Fijne dag! {agent}",
  "Hallo {first}, we zien een betaling met kaart {masked}. Alles is in orde. ^{ainit}",
 ],
}

GREET = {
 'nl': ["Beste {brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemorgen,", "Beste klantenservice,", "Hoi allemaal,", "Geachte medewerker,", "Dag,"],
 'vl': ["Beste,", "Dag,", "Geachte,", "Hallo {brand},", "Goeiendag,", "Beste dienst klanten,"],
}
CLOSE = {
 'nl': ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Alvast bedankt,", "Vriendelijke groeten,", "Groet,", "Met vriendelijke groeten,", "Bvd,"],
 'vl': ["Met vriendelijke groeten,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groet,", "Dank u,"],
}
SIG = {
 'nl': ["{name}\n{address}\nTel: {phone}", "{name}\nMob. {phone}", "{first}\n\nVerzonden vanaf mijn iPhone", "{name}\n{email} | {phone}",
        "{name}\nKlantnummer: {cust}", "{first} {last}\n{address}", "--\n{name}\n06: {phone}\nVerstuurd met Outlook voor Android", "{first}"],
 'vl': ["{name}\n{address}\nGSM: {phone}", "{first}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.", "{name}\nTel {phone}",
        "{name}\n{email}", "{first} {last}\n{address}\nklantnummer {cust}", "{first}"],
}
QUOTE = {
 'nl': [
  "Op {date} om {time} schreef {brand} Klantenservice:\nBeste klant,\nBedankt voor uw bericht. Uw melding is geregistreerd onder nummer {ticket}. U kunt ons ook bereiken op {cphone}.\nMet vriendelijke groet,\n{agent}",
  "-----Oorspronkelijk bericht-----\nVan: {brand}\nVerzonden: {date} {time}\nOnderwerp: RE: uw aanvraag {ticket}\n\nGoedendag,\nKunt u uw klantnummer en IBAN nog bevestigen?\nGroet, {agent}",
  "Op {date} schreef {agent} van {brand}:\nHoi, we hebben je factuur {invoice} aangepast. Het nieuwe bedrag is {amount}.",
  "---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: aanvraag\n\nIk heb mijn adres al doorgegeven: {address}.",
 ],
 'vl': [
  "Op {date} om {time} schreef {brand}:\nBeste,\nUw vraag werd geregistreerd met referentie {ticket}. Contact: {cphone}.\n{agent}",
  "-----Oorspronkelijk bericht-----\nVan: {brand}\nVerzonden: {date}\nOnderwerp: dossier {ticket}\n\nGelieve uw rekeningnummer te bezorgen.",
  "Op {date} schreef {agent}:\nDag, de factuur {invoice} ten bedrage van {amount} werd aangepast.",
 ],
}
DISCL = {
 'nl': ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
        "Denk aan het milieu voordat u deze e-mail print.",
        "{brand} | KvK {kvk} | {url}",
        "Aan deze e-mail kunnen geen rechten worden ontleend."],
 'vl': ["Dit bericht en eventuele bijlagen zijn vertrouwelijk. Ondernemingsnummer {kvk}.",
        "Disclaimer: aan deze mail kunnen geen rechten ontleend worden. {url}",
        "{brand} - BTW {kvk} - {cphone}"],
}
SUBJECT = {
 'nl': ["Vraag over mijn contract", "Wijziging gegevens", "Klacht", "RE: uw melding {ticket}", "Storing", "Fwd: aanvraag",
        "Opzegging", "Terugbetaling", "Dringend!!", "Factuur {invoice}"],
 'vl': ["Vraag", "Wijziging", "Klacht dossier {ticket}", "RE: uw vraag", "Domiciliëring", "Attest"],
}

STORY = {
 'nl': [
  "Ik heb al meerdere keren contact gehad met jullie klantenservice, maar telkens krijg ik een ander antwoord. De laatste keer op {date} werd mij beloofd dat iemand zou terugbellen, maar dat is niet gebeurd.",
  "Sinds een paar weken loopt er van alles mis en ik word er eerlijk gezegd een beetje moedeloos van. Ik heb de chat geprobeerd, de app en het contactformulier op {url}, zonder resultaat.",
  "Even wat achtergrond: we zijn in {year} overgestapt en tot nu toe waren we best tevreden. Maar nu klopt de jaarafrekening niet, er staat {amount} open terwijl alles netjes betaald is.",
  "Mijn partner heeft vorige week al gebeld (wachttijd {dur}!) en kreeg te horen dat het binnen {dur2} opgelost zou zijn. Helaas.",
  "Ik stuur deze mail nogmaals omdat ik op mijn vorige bericht geen reactie heb gehad. Het referentienummer was {ticket}.",
  "Ik hoop dat u mij snel kunt helpen, want ik ben de komende weken veel op reis en alleen per mail bereikbaar.",
 ],
 'vl': [
  "Ik heb al verschillende keren gebeld naar jullie klantendienst, maar niemand kan mij verder helpen. Op {date} werd beloofd dat er iemand zou terugbellen.",
  "Eerlijk gezegd begin ik het beu te worden. Ik heb de chat, de app en het formulier op {url} geprobeerd, zonder resultaat.",
  "Wat context: we zijn klant sinds {year} en waren altijd tevreden, maar nu staat er {amount} open terwijl alles betaald is.",
  "Ik stuur deze mail opnieuw want op mijn vorige bericht (referentie {ticket}) kwam geen antwoord.",
 ],
}
