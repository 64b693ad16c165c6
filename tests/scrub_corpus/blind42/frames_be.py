# Flemish (nl-be) frames.
CHAT = [
    "Dag, ik probeer in te loggen op {b:portal} voor mijn zoon {kid}, hij zit in het 3de leerjaar. Login {user:kid}, paswoord {pw:kid}. Ik krijg {N:error_code}",
    "goeiemiddag, ik regel de zaken van ons moeder, {elder} {sur}. Haar rijksregisternummer is {rrn} en ze is geboren op {dob:old}. Ze heeft een volmacht getekend",
    "ons ma haar pincode is geblokkeerd, ze dacht dat het {pin} was. Kaart eindigt op {N:masked_value}. Moet ik naar het kantoor komen?",
    "De PUK-code van de gsm van mijn dochter staat op het kaartje: {puk}. Haar gsmnummer is {phone:mobile}",
    "allee de code van itsme is {pin:six} maar ik kan niet bevestigen voor mijn vader, foutmelding {N:error_code}",
    "Ik ben de buurman van mevrouw {sur}, zij vroeg mij om te helpen met haar {b:telco} factuur {N:invoice_number}. Klantennummer {cust}, adres {addr}",
    "Ge moogt de domiciliëring van mijn vader aanpassen naar {iban}. Zijn rijksregisternummer: {rrn}",
    "de sms code is {otp}",
    "{pin}",
    "mijn zoon zijn wachtwoord van {b:game} is {pw} en zijn gebruikersnaam {user:game}, iemand heeft zijn account overgenomen 😢",
    "Hallo, het wifi paswoord van de modem bij mijn grootvader is {wifi}, netwerk {ssid}. De technieker komt {N:date} om {N:time}?",
    "Mijn dochter studeert aan {b:uni}, studentennummer {cust:student}. Ze kan niet inloggen, de verificatiecode {otp} werkt niet",
    "sorry, rijksregister van mijn vader is {rrn:fromdob} en niet dat van mij, ik was in de war. Zijn geboortedatum {dob:old}",
    "Voor het groeipakket van {kid}: geboren {dob:kid}, rijksregisternummer {rrn:fromdob}. Rekening {iban}",
    "Ik help als vrijwilliger in het dienstencentrum. Meneer {sur} wil zijn pensioenattest, zijn nummer is {rrn} en telefoon {phone}",
    "Kunnen jullie de ouderlijke pincode van de decoder resetten? {kid} heeft {pin} geraden denk ik. Model {N:model_number}",
    "de kotbaas van {b:housing} vraagt het rekeningnummer voor de waarborg: {iban}. Bedrag {N:amount}, contract {cust}",
    "Mijn moeder haar e-mail bij {b:telco} is {email} en het paswoord {pw}. Ze krijgt geen mails meer binnen",
]
EMAIL = [
    "Ik schrijf u in naam van mijn moeder, mevrouw {elder} {sur}, geboren op {dob:old} (rijksregisternummer {rrn:fromdob}). Zij verblijft sinds kort in een woonzorgcentrum en ik heb een volmacht. Graag had ik haar rekening {iban} laten aanpassen zodat de facturen naar mijn adres gestuurd worden: {addr:full}.",
    "Onze dochter {kid} kan niet meer inloggen op {b:portal}. De school gaf ons volgende gegevens: gebruikersnaam {user:kid}, wachtwoord {pw:kid}. Na drie pogingen krijgen we foutcode {N:error_code}. Kunnen jullie dit nakijken? Ons ticketnummer was {N:ticket_number}.",
    "Mijn vader heeft een brief gekregen van {b:pension} met dossiernummer {N:ticket_number}. Hij is geboren op {dob:old} en zijn rijksregisternummer is {rrn:fromdob}. U kunt mij bereiken op {phone:mobile}.",
    "Graag had ik de kaart van mijn grootmoeder laten blokkeren. Het kaartnummer is {card}, vervaldatum {exp}. Ze heeft een verdachte betaling van {N:amount} gezien op {N:date}.",
    "Voor de inschrijving van mijn zoon in de bib: lidnummer {cust}, e-mail {email}, gsm {phone}. De bevestigingscode die hij kreeg was {otp}, maar die is al verlopen.",
    "Als mantelzorger van mijn tante wil ik haar abonnement bij {b:telco} overzetten. Het gaat om nummer {phone:mobile} en klantennummer {cust}. Haar pincode van de simkaart is {pin}, de PUK {puk}.",
    "In mijn vorige mail heb ik het verkeerde rekeningnummer doorgegeven. Het juiste is {iban}, niet {iban}. Excuses voor de verwarring.",
]
PUBLIC = [
    "{N:mention} al een week kan mijn moeder niet inloggen met itsme, {N:error_code}. Wat moet ik doen?",
    "{N:mention} {b:portal} plat of ligt het aan ons? {N:hashtag}",
    "Weeral {N:amount} aangerekend voor een gsm-abonnement van ons pa dat al opgezegd is {N:mention}",
    "{N:mention} 45 minuten wachten op {N:company_phone} om de pincode van mijn moeder te deblokkeren. Serieus?",
    "{N:mention} mijn zoon kreeg een sms met code {otp} om {N:time}, hij heeft niks gevraagd. Phishing?",
    "{N:mention} wanneer wordt de studietoelage uitbetaald? {N:hashtag}",
]
AGENT = [
    "Dag {me}, bedankt voor uw bericht. Kan u ons het klantennummer en de geboortedatum van uw moeder bezorgen? Deel nooit uw pincode. Groeten, {agent}",
    "Hallo, de kaart eindigend op {N:masked_value} is nu geblokkeerd. Een nieuwe kaart wordt verstuurd naar het gekende adres. Referentie {N:ticket_number}.",
    "Dag {me}, ik heb het paswoord van {kid} gereset. Het tijdelijke paswoord is {pw:tmp}. Vriendelijke groeten, {agent}",
    "Bedankt. Ik zie rijksregisternummer {rrn:same} in het dossier, alles is in orde. Het attest wordt opgestuurd.",
    "Hallo, u kan de volmacht opladen via {N:url}. Uw dossiernummer is {N:ticket_number}. Mvg {agent}",
    "Dag, de PUK-code vindt u in de app onder Mijn producten. Wij kunnen die niet via chat doorgeven. Fijne dag!",
]
GREET = ["Geachte,", "Beste,", "Dag {agent},", "Goeiedag,", "Geachte mevrouw, meneer,"]
CLOSE = ["Met vriendelijke groeten,", "Alvast bedankt,", "Vriendelijke groet,", "Mvg,", "Dank bij voorbaat,"]
SIGN = ["{me} {sur}\n{addr:ml}\nGSM {phone:mobile}", "{me} {sur}\n{email}", "{me} (zoon van {elder} {sur})", "{me} {sur}\n{phone}", "{me}"]
FILLER = [
    "Ons moeder is 91 en kan zelf niet meer goed telefoneren, daarom mail ik in haar plaats.",
    "Ik heb al naar het kantoor gebeld maar daar verwijzen ze mij naar jullie.",
    "De leerkracht zegt dat de school niks kan doen aan de login.",
    "Ik ben overdag bereikbaar, liefst na de middag.",
    "Het is de derde keer dat ik hierover moet mailen.",
]
QHEAD = ["Op {N:date} om {N:time} schreef Klantendienst:", "Van: Klantendienst\nVerzonden: {N:date}\nOnderwerp: Uw dossier {N:ticket_number}"]
FWD = ["---------- Doorgestuurd bericht ---------\nVan: {elder} {sur} <{email}>\nDatum: {N:date}\n\n", "Begin doorgestuurd bericht:\nVan: {email}\n\n"]
CHAT += [
    "Het ondernemingsnummer van de school is {N:company_registration}, maar de factuur voor {kid} staat op ons. Leerlingennummer {cust:kid}",
    "IP van mijn moeder haar modem is {ip}, de technieker vroeg ook poort {N:port}. Ticket {N:ticket_number}",
]
AGENT += [
    "Dag {me}, u kan het paswoord zelf resetten via {N:url}. Deel nooit de code. Groeten, {agent}",
    "Bedankt. U vindt het volmachtformulier op {N:url}. Daarna koppelen we het aan klantennummer {cust:same}.",
]
CHAT += [
    "Pukcode van de gsm van ons pa: {puk}. Pincode {pin} werkt niet meer",
    "{N:percentage} korting op het abonnement van mijn dochter, maar de bevestigingscode {otp} werkt niet. Kaart {card}, vervaldatum {exp}, cvc {cvv}",
]
