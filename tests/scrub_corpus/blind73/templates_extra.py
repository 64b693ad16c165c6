"""Extra templates, written in pairs (two phrasings of one situation) so that each pair's members
land in different halves when dealt alternately. Appended to the groups in templates_*.py."""
from templates_en import EN, GB, US
from templates_fr import FR
from templates_nl import BE, NL


def ext(group, key, items):
    # keep pairs aligned on an even index so that pair members are split across halves
    if len(group[key]) % 2:
        group[key].append(items[0])
        items = items[1:]
    group[key].extend(items)


ext(NL, "body", [
    "Voor de ID-check bij het zakelijk abonnement: BSN {bsn}, geboren {dob}. Kopie ID volgt per mail.",
    "In de winkel vroegen ze mijn burgerservicenummer voor de afbetaling van de {N.model}... het is {bsn}, geb. {dob}. Is dat echt nodig?",
    "Ik heb al een klacht lopen onder nummer {N.ticket} maar niemand reageert. Klantnr {cust}.",
    "Referentie {N.ticket} — nog steeds niks gehoord over het nummerbehoud van {phone}.",
    "Ik vlieg {N.date} met {N.flight} naar {F.country}, werkt mijn bundel daar? Al klant sinds {N.year} ({cust})",
    "Om {N.time} uit vlucht {N.flight} gestapt en meteen {N.amount} aan data?! Klant sinds {N.year}, nummer {phone}",
    "Firmware {N.ver} voor de modem gedownload, maar de checksum {N.checksum} klopt niet met wat op de site staat. Klantnummer {cust}",
    "Na de update naar {N.ver} (sha256 {N.checksum}) doet de wifi het niet meer. Heb nu wifi-sleutel {wifi_key} ingesteld, werkt nog steeds niet",
    "AWS-koppeling voor onze sms-notificaties: access key {api_key:aws}, secret {api_key:aws_secret}. Die moeten jullie whitelisten toch?",
    "API-sleutel voor de zakelijke sms-gateway: {api_key}. Account {cust}. Hij geeft {N.err} sinds {N.date}",
    "Mijn moeder (geboren {dob}) heeft haar pincode vergeten. Haar nummer is {phone}, ze woont op {address}. Mag ik namens haar de PUK opvragen?",
    "Geboortedatum klopt niet in jullie systeem, moet {dob} zijn. Mail: {email}",
])
ext(BE, "body", [
    "Mijn rijksregisternummer ({bsn:rrn}) staat verkeerd in uw systeem, geboortedatum moet {dob} zijn.",
    "Bij de winkel vroegen ze mijn rijksregisternr. voor de afbetaling: {bsn:rrn}. Is dat normaal?",
    "Klacht {N.ticket} is nog altijd niet opgelost. Klantnummer {cust}.",
    "Dossier {N.ticket}: ik wacht al {N.qty:dur} op de overdracht van {phone}.",
    "Vlucht {N.flight} op {N.date} naar {F.country}: geldt mijn roamingbundel {N.prod} daar? Klant sinds {N.year}",
    "Net geland met {N.flight} en al {N.amount} data aangerekend?! Klant sinds {N.year}, gsm {phone}",
])
ext(FR, "body", [
    "Mon numéro national ({bsn:rrn}) est erroné dans votre système, date de naissance correcte : {dob}.",
    "Au magasin on m'a demandé mon n° de registre national pour le paiement échelonné : {bsn:rrn}. C'est normal ?",
    "Ma plainte {N.ticket} n'est toujours pas traitée. N° client {cust}.",
    "Dossier {N.ticket} : j'attends depuis {N.qty:dur} le transfert du {phone}.",
    "Vol {N.flight} le {N.date} vers {F.country} : mon option {N.prod} fonctionne là-bas ? Client depuis {N.year}",
    "Atterri avec le {N.flight} et déjà {N.amount} de data facturés ?! Client depuis {N.year}, GSM {phone}",
    "Le firmware {N.ver} du modem a un checksum {N.checksum} différent de celui du site. Client {cust}",
    "Après la mise à jour {N.ver} (sha256 {N.checksum}) le wifi ne marche plus, nouvelle clé wifi {wifi_key}",
])
ext(EN, "body", [
    "Complaint {N.ticket} still not resolved after {N.qty:dur}. Account {cust}.",
    "Ref {N.ticket} — nobody has called me back about porting {phone}.",
    "Flying {N.flight} to {F.country} on {N.date}, will my roaming add-on work there? Customer since {N.year}, acc {cust}",
    "Landed off {N.flight} at {N.time} and already {N.amount} of data charges?! Been with you since {N.year}, number {phone}",
    "Downloaded router firmware {N.ver}, checksum {N.checksum} doesn't match the one on your site. Account {cust}",
    "After the {N.ver} update (sha256 {N.checksum}) the wifi dropped, set a new key {wifi_key} and still nothing",
    "AWS creds for our SMS alerts: access key id {api_key:aws}, secret access key {api_key:aws_secret}. Do you need to whitelist them?",
    "API key for the business SMS gateway is {api_key}, account {cust}, getting {N.err} since {N.date}",
    "My mum (DOB {dob}) forgot her SIM PIN. Her number is {phone}, address {address}. Can I request the PUK for her?",
    "Your system has my date of birth wrong, it should be {dob}. Email {email}",
])
ext(US, "body", [
    "Store rep asked for my SSN for the installment plan, I gave DOB {dob} instead. Account {cust}",
    "Date of birth on file is wrong, should be {dob}. Account PIN {pin}",
])
for G in (NL, BE):
    ext(G, "agent", [
        "Ik heb je melding geregistreerd onder zaaknummer {N.ticket}. Je hoort binnen 2 werkdagen van ons. {F.initials}",
        "Je klacht staat onder nummer {N.ticket}; de overzetting van {phone} is nu ingepland. {F.agent}",
    ])
ext(FR, "agent", [
    "Votre réclamation est enregistrée sous le numéro {N.ticket}. Réponse sous 48h. {F.initials}",
    "Dossier {N.ticket} : le transfert du {phone} est maintenant planifié. {F.agent}",
])
for G in (GB, US):
    ext(G, "agent", [
        "I've logged this as case {N.ticket}, you'll hear back within 48 hours. {F.initials}",
        "Your complaint reference is {N.ticket}; the port for {phone} is now booked in. {F.agent}",
    ])
ext(NL, "quotehdr", ["Van: {F.brand} Webcare\nDatum: {N.date} {N.time}\nAan: {email}\nOnderwerp: Uw klacht {N.ticket}", "Op {N.date} om {N.time} schreef {F.brand} <noreply>:"])
ext(BE, "quotehdr", ["Van: {F.brand}\nDatum: {N.date}\nAan: {email}\nOnderwerp: Klacht {N.ticket}", "Op {N.date} schreef {F.name}:"])
ext(FR, "quotehdr", ["De : {F.brand}\nDate : {N.date}\nÀ : {email}\nObjet : Réclamation {N.ticket}", "Le {N.date}, {F.name} a écrit :"])
ext(GB, "quotehdr", ["From: {F.brand}\nDate: {N.date}\nTo: {email}\nSubject: Complaint {N.ticket}", "On {N.date} at {N.time} {F.brand} wrote:"])
ext(US, "quotehdr", ["From: {F.brand} Support\nDate: {N.date}\nTo: {email}\nSubject: Ticket {N.ticket}", "On {N.date}, {F.brand} Support wrote:"])
