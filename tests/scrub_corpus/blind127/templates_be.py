"""Belgian Dutch (nl-be) templates."""
G = [
("wedding", "chat", [
 "Dag, wij hebben de feestzaal vastgelegd voor {n:date}. Voorschot van {n:amount} is gestort van {p:iban}. Mijn gsm: {p:phone}",
 "Hallo, kunnen jullie de code van de poort van de hoeve nog eens sturen? Ik heb {p:pin=door} maar die poort blijft dicht. We zijn met {n:quantity}",
 "Ge moogt het contract sturen naar {p:email}, en mijn rijksregisternummer is {p:bsn=rrn} als ge dat nodig hebt voor de huur",
]),
("wedding", "mail", [
 "Beste,\n\nIn bijlage het ondertekende contract voor ons trouwfeest op {n:date}. Hieronder nog onze gegevens:\n\nNaam: {f:name}\nAdres: {p:address}\nGSM: {p:phone}\nRijksregisternr.: {p:bsn=rrn}\nRekeningnummer: {p:iban}\n\nHet menu voor {n:quantity} aan {n:amount} per persoon is ok. De DJ mag tot {n:time} doorgaan zeker?",
 "Goeiemiddag,\n\nDe factuur {n:invoice_number} klopt niet, de BTW staat op {n:percentage} in plaats van 6%. Ons klantnummer is {p:customer_number}. Ik heb al betaald met de Visa {p:card}, vervaldatum {p:card_expiry}. Kunt ge het verschil terugstorten?",
]),
("tax", "chat", [
 "Dag, voor de aangifte personenbelasting: mijn rijksregisternummer is {p:bsn} en dat van mijn vrouw {p:bsn=rrn2}. Groetjes",
 "itsme code was {p:otp}, ge moogt nu inloggen op MyMinfin voor mij",
 "Kunt ge de afrekening sturen naar mijn werkmail {p:email=work}? Ondernemingsnummer van de zaak is {n:company_registration}",
]),
("tax", "mail", [
 "Beste {f:agent},\n\nZoals gevraagd mijn gegevens voor het volmacht-formulier:\n\nRijksregisternummer: {p:bsn=rrn}\nGeboortedatum: {p:date_of_birth}\nAdres: {p:address}\nIBAN voor terugbetaling: {p:iban}\n\nHet aanslagbiljet van {n:year} toont een bedrag van {n:amount}, dat lijkt me veel te hoog. Ons dossier bij jullie: {n:ticket_number}.",
 "Dag,\n\nIk geraak niet in jullie klantenzone. Login: {p:username}, paswoord: {p:password}. Ik krijg telkens fout {n:error_code}. Ik zit op de pc van het werk, IP {p:ip_address}, misschien blokkeert de firewall iets op poort {n:port}? Mijn klantnummer is {p:customer_number}.",
]),
("parking", "chat", [
 "Ik heb een GAS-boete gekregen terwijl de app zei dat ik betaald had. Klantnummer {p:customer_number}, gsm {p:phone}",
 "Mijn bankkaart is vervallen, nieuwe kaart: {p:card} tot {p:card_expiry}. Kunt ge die koppelen?",
 "app vraagt een sms-code maar die komt niet toe op {p:phone}. Nu toch een gekregen: {p:otp}",
]),
("parking", "mail", [
 "Geachte,\n\nOp {n:date} om {n:time} parkeerde ik in de blauwe zone. Via de app betaalde ik {n:amount}, toch kreeg ik een retributie (ref. {n:ticket_number}).\n\nMijn gegevens:\n{f:name}\n{p:address}\nKlantnummer: {p:customer_number}\nE-mail: {p:email}\n\nGelieve het bedrag terug te storten op {p:iban}.\n\nMet vriendelijke groeten",
 "Hallo,\n\nWij gebruiken jullie API voor ons bedrijfsparking. Sinds {n:date} krijgen we {n:error_code}. API-sleutel: {p:api_key}\nAccess token: {p:token}\nRequest id: {n:request_id}\nOndernemingsnummer: {n:company_registration}",
]),
("micromobility", "chat", [
 "De step is blijven hangen en de rit loopt nog, al {n:amount}! Account {p:email}",
 "Mijn abonnementsnummer is {p:customer_number} en ik wil opzeggen vanaf {n:date}",
 "Ge hebt twee keer afgeschreven van mijn rekening {p:iban}, kunt ge dat terugzetten aub",
]),
("micromobility", "mail", [
 "Beste,\n\nIk ben op {n:date} gevallen met een deelfiets (nummer {n:product_code}) omdat het stuur loskwam. Ik heb een dokterskost van {n:amount}.\n\nNaam: {f:name}\nGeboortedatum: {p:date_of_birth}\nAdres: {p:address}\nGSM: {p:phone}\nRekening: {p:iban}\n\nGraag een reactie binnen de {n:quantity}.",
 "Dag,\n\nNa de update ({n:version_string}) vraagt de app een nieuwe pincode. Ik heb {p:pin} ingegeven, werkt niet. Dan paswoord gereset naar {p:password}, ook niet. Gebruikersnaam {p:username}. Wat nu?",
]),
("cleaning", "chat", [
 "Dag, de poetshulp mag morgen binnen met de code {p:pin=door} van het sleutelkastje. Alarmcode is {p:pin=4}",
 "Mijn dienstencheques-nummer is {p:customer_number}, ik zie de prestaties van {n:date} niet staan",
 "Wifi paswoord voor de nieuwe poetsrobot: {p:wifi_key} (netwerk is telenet-A1B2C)",
]),
("cleaning", "mail", [
 "Beste,\n\nIk wil graag wekelijks een poetshulp via dienstencheques. Ons adres is {p:address}. Ge kunt mij bereiken op {p:phone}, mijn man op {p:phone=2}. Rijksregisternummer voor de inschrijving: {p:bsn=rrn}.\n\nWe zijn er dinsdag nooit voor {n:time}.",
 "Hallo,\n\nFactuur {n:invoice_number} van {n:amount} klopt niet: er staan {n:quantity} aangerekend. Klantnummer {p:customer_number}, geboortedatum {p:date_of_birth}. Domiciliëring loopt via {p:iban}, graag corrigeren.",
]),
("repair", "chat", [
 "Mijn gsm ligt bij jullie voor een nieuwe batterij ({n:model_number}). Schermcode is {p:pin=6}, icloud {p:email} paswoord {p:password}",
 "na de reparatie vraagt hij de PUK: {p:puk}, de gewone pincode is {p:pin=4}",
 "Technieker moet op de modem. Admin login {p:username} paswoord {p:password}, wifi sleutel {p:wifi_key}",
]),
("repair", "mail", [
 "Dag {f:agent},\n\nMijn laptop ({n:model_number}) start niet meer op sinds {n:date}. Om de bestanden te recupereren:\nWindows gebruiker: {p:username}\nPaswoord: {p:password}\nHerstelcode van Microsoft: {p:otp}\n\nBel mij gerust op {p:phone}. Reparatiebon {n:order_number}.",
 "Hallo,\n\nVoor de remote sessie: onze vaste IP is {p:ip_address}, RDP op poort {n:port}. Het beheerderstoken van ons portaal: {p:token}\nFactuur op naam van de BV, ondernemingsnummer {n:company_registration}.",
]),
("any", "pub", [
 "{n:mention} al {n:quantity} aan de lijn gehangen op {n:company_phone}, ik ben het beu {n:hashtag}",
 "{n:mention} ge hebt mij 2x aangerekend ({n:amount}), mijn klantnummer is {p:customer_number}. Graag terugstorten!",
 "Allez {n:mention}, dossier {n:ticket_number} ligt al sinds {n:date} stil. Bel mij: {p:phone} {n:hashtag}",
 "{n:mention} uw website {n:url} geeft {n:error_code} sinds de update, iemand anders ook? {n:hashtag}",
]),
("any", "agent", [
 "Dag {f:first}, bedankt voor uw bericht. Ik heb uw account ({p:email}) gedeblokkeerd. Een nieuw paswoord kiest u via {n:url}. Groetjes, {f:agent}",
 "Hallo {first_name}, deel nooit uw paswoord of pincode met ons. Bel ons gerust op {n:company_phone} (tot {n:time}). Vriendelijke groet, {f:agent}",
 "Dag {f:first}, de terugbetaling van {n:amount} gebeurt binnen {n:quantity} op {p:iban}. Dossiernummer {n:ticket_number}. ^{f:agent}",
 "Hoi {f:first}, ik heb uw adres aangepast naar {p:address}. Klopt uw gsm-nummer {p:phone} nog? Mvg, {f:agent}",
 "Dag! We zien de betaling met de kaart eindigend op {n:masked_value} op {n:date}. Factuurnummer {n:invoice_number}. {f:agent}",
 "Beste {f:first}, uw klantnummer {p:customer_number} is gekoppeld aan het nieuwe contract. Tot {n:date}! {f:agent}",
]),
]
G += [
("any", "chat", [
 "Fout {n:error_code} in de app ({n:version_string}). Onze API-sleutel {p:api_key}, token {p:token}",
 "de koppeling met ons boekhoudprogramma lukt niet: key {p:api_key} / bearer {p:token}, fout {n:error_code}",
 "Nieuwe simkaart vraagt PUK: {p:puk}. Gsm is een {n:model_number}",
 "{n:model_number} terug van herstelling en sim geblokkeerd, puk {p:puk} werkt niet",
 "Wifi-sleutel is {p:wifi_key}, modem op {p:ip_address}, poort {n:port} open gezet",
 "Voor de installatie: wifi paswoord {p:wifi_key}, ip van de router {p:ip_address}, poort {n:port}",
 "Betaald met kaart {p:card} ({p:card_expiry}), cvc {p:cvv}, referentie {n:request_id}",
 "Kaartnummer {p:card} vervaldatum {p:card_expiry} code achteraan {p:cvv} - ik kreeg enkel {n:request_id} te zien",
 "Rijksregisternummer {p:bsn=rrn}, rekening {p:iban}, checksum van de upload {n:checksum}",
 "mijn INSZ is {p:bsn=rrn} en IBAN {p:iban}. Hash van het bestand: {n:checksum}",
]),
]
