"""Templates, part B (payment, identity and contact data)."""

T = {}

T["card"] = {
 "nl": [
  "c|ik wil de achterstand van {N:amount} met mijn creditcard betalen: {S:card} geldig tot {S:card_expiry} cvc {S:cvv}",
  "c|kaartnummer {S:card}\nvervaldatum {S:card_expiry}\ncode achterop {S:cvv}",
  "m|Omdat de automatische incasso is mislukt wil ik factuur {N:invoice_number} ({N:amount}) met mijn creditcard voldoen. Het nummer is {S:card}, vervaldatum {S:card_expiry}, beveiligingscode {S:cvv}.",
  "c|{S:card} {S:card_expiry} {S:cvv} graag de rekening van {N:amount} hiervan afschrijven",
  "c|creditcard eindigt niet op {N:masked_value} maar het volledige nummer is {S:card}",
 ],
 "fr": [
  "c|je voudrais payer les {N:amount} par carte : {S:card} exp {S:card_expiry} cryptogramme {S:cvv}",
  "m|Suite à l'échec de la domiciliation, je souhaite régler la facture {N:invoice_number} de {N:amount} par carte. Numéro {S:card}, date d'expiration {S:card_expiry}, code {S:cvv}.",
  "c|numéro de carte {S:card}\nexpire fin {S:card_expiry}\nCVC {S:cvv}",
  "c|{S:card} - {S:card_expiry} - {S:cvv}",
 ],
 "en": [
  "c|can I pay the {N:amount} over the phone? card {S:card} exp {S:card_expiry} cvv {S:cvv}",
  "m|As the direct debit failed I'd like to pay bill {N:invoice_number} ({N:amount}) by card. Card number {S:card}, expiry {S:card_expiry}, security code {S:cvv}.",
  "c|card no {S:card}\nexpires {S:card_expiry}\n3 digits on back {S:cvv}",
  "c|{S:card} {S:card_expiry} {S:cvv} please take the {N:amount}",
  "c|its not the card ending {N:masked_value}, the new one is {S:card}",
  "c|long number: {S:card} sec code {S:cvv}",
 ],
}

T["iban"] = {
 "nl": [
  "c|mijn nieuwe rekeningnummer is {S:iban}, wilt u het termijnbedrag van {N:amount} daarvan afschrijven",
  "m|Graag wijzig ik het rekeningnummer voor de automatische incasso van mijn moeder in {S:iban} (ten name van {F:name}). Het maandbedrag van {N:amount} kan vanaf {N:date} daarvan worden afgeschreven.",
  "c|teruggave van {N:amount} graag naar {S:iban}",
  "c|IBAN {S:iban}\ntnv {F:name}",
  "c|{S:iban} is het rekeningnr, niet {N:masked_value}",
  "c|rekening nummer: {S:iban} ",
 ],
 "vl": [
  "c|mijn rekeningnummer is veranderd, nu {S:iban}. graag de domiciliëring aanpassen",
  "m|Mag de terugbetaling van {N:amount} gebeuren op rekening {S:iban}? Mijn klantnummer vindt u bovenaan.",
 ],
 "fr": [
  "c|mon nouveau compte c'est {S:iban}, merci de modifier la domiciliation",
  "m|Je vous prie de bien vouloir rembourser le montant de {N:amount} sur le compte {S:iban} au nom de {F:name}.",
  "c|IBAN : {S:iban}\nBIC : GEBABEBB",
  "c|remboursement sur {S:iban} svp",
  "c|le compte qui finit par {N:masked_value} est fermé, utilisez {S:iban}",
 ],
 "en": [
  "c|please refund the {N:amount} to {S:iban}",
  "m|Please update the bank details for my mother's direct debit to {S:iban}, account holder {F:name}. The monthly amount of {N:amount} can start from {N:date}.",
  "c|IBAN {S:iban}",
  "c|my new account is {S:iban} (not the one ending {N:masked_value})",
  "c|iban for the refund: {S:iban}",
 ],
}

T["bsn"] = {
 "nl": [
  "c|bsn van mijn moeder is {S:bsn/NL}, ze woont sinds {N:date} in het verpleeghuis",
  "m|Namens mijn vader, {F:name}, vraag ik de machtiging aan. Zijn burgerservicenummer is {S:bsn/NL}. Het zaaknummer op de brief is {N:ticket_number}.",
  "c|BSN: {S:bsn/NL}",
  "c|{S:bsn/NL} is mijn bsn nummer, staat ook op de brief van {F:gov}",
  "c|sofinummer (bsn) {S:bsn/NL} en geboortedatum {S:date_of_birth}",
 ],
 "vl": [
  "c|mijn rijksregisternummer is {S:bsn}, voor de terugbetaling van de mutualiteit",
  "m|Het rijksregisternummer van mijn moeder is {S:bsn}. Zij woont sinds {N:date} in het woonzorgcentrum.",
  "c|rijksregisternr {S:bsn} en mijn ma haar kaart is vervallen",
 ],
 "fr": [
  "c|mon numéro de registre national est {S:bsn}",
  "m|Au nom de ma mère, {F:name}, je vous transmets son numéro national {S:bsn}. Le numéro de dossier est {N:ticket_number}.",
  "c|NN : {S:bsn}",
  "c|{S:bsn} c'est le numéro au dos de la carte d'identité de papa",
 ],
 "en": [
  "m|I'm writing for my aunt who lives in Belgium; her national register number is {S:bsn} and her case reference is {N:ticket_number}.",
  "c|my dutch BSN is {S:bsn/NL} for the pension from {F:pension}",
  "c|BSN {S:bsn/NL} (Dutch citizen service number), case {N:ticket_number}",
 ],
}

T["email"] = {
 "nl": [
  "c|mijn mailadres is {S:email}, daar komt niks binnen",
  "c|kunt u de jaarafrekening naar {S:email} sturen? niet meer per post",
  "m|Mijn e-mailadres is gewijzigd. Het oude adres {S:email} werkt niet meer, het nieuwe is {S:email}.",
  "c|mail graag naar mijn dochter: {S:email/obf}",
  "c|{S:email} is het mailadres waarmee ik inlog",
  "c|e-mail: {S:email}\ntel: {S:phone}",
 ],
 "fr": [
  "c|mon adresse mail c'est {S:email}",
  "c|envoyez la facture à {S:email/obf} svp",
  "m|Mon adresse électronique a changé. L'ancienne ({S:email}) ne fonctionne plus, la nouvelle est {S:email}.",
  "c|courriel {S:email} je ne reçois rien",
  "c|mail de ma fille: {S:email}",
 ],
 "en": [
  "c|my email is {S:email} and I haven't received anything",
  "c|please send it to my son {S:email/obf}",
  "m|My email address has changed. The old one ({S:email}) no longer works; please use {S:email}.",
  "c|{S:email} is the login email",
  "c|email {S:email}\nphone {S:phone}",
 ],
}

T["phone"] = {
 "nl": [
  "c|kunt u mij terugbellen op {S:phone}? ik heb al 40 min in de wacht gestaan op {N:company_phone}",
  "c|mijn mobiel is {S:phone}, mijn moeder heeft geen mobiel",
  "m|U kunt mij het beste bereiken op {S:phone} (na {N:time}). Het nummer {N:company_phone} blijft in gesprek.",
  "c|nieuw nummer {S:phone} oud nummer {S:phone}",
  "c|sms komt binnen op {S:phone} maar die telefoon heeft mijn vader niet meer",
  "c|bel mn zus maar {S:phone/spell}",
 ],
 "vl": [
  "c|mijn gsm-nummer is {S:phone}, ik zit de hele dag thuis",
  "c|kunnen ze mij terugbellen op {S:phone}? uw nummer {N:company_phone} blijft bezet",
 ],
 "fr": [
  "c|rappelez-moi au {S:phone} svp, j'attends depuis ce matin sur le {N:company_phone}",
  "c|mon gsm {S:phone}",
  "m|Vous pouvez me joindre au {S:phone} après {N:time}. Le {N:company_phone} est toujours occupé.",
  "c|nouveau numéro {S:phone}, l'ancien était {S:phone}",
  "c|le numéro de ma fille : {S:phone}",
 ],
 "en": [
  "c|can someone call me back on {S:phone}? been on hold to {N:company_phone} for 50 minutes",
  "c|my mobile is {S:phone}, mum doesn't have one",
  "m|The best number to reach me is {S:phone} after {N:time}. I have tried {N:company_phone} several times.",
  "c|new number {S:phone} old one {S:phone}",
  "c|texts go to {S:phone} but dad doesn't have that phone anymore",
 ],
}

T["address"] = {
 "nl": [
  "c|mijn moeder is verhuisd naar {S:address}, kunt u het adres aanpassen per {N:date}",
  "c|nieuw adres: {S:address}\nmeterstand bij vertrek {N:meter_reading}",
  "m|Per {N:date} woont mijn vader in het verzorgingshuis op {S:address}. Wilt u de post voortaan daarheen sturen? De eindstand van de meter was {N:meter_reading}.",
  "c|de monteur stond bij {S:address/short} maar wij wonen op nummer 14",
  "c|{S:address} daar staat de meter in de kelder",
 ],
 "fr": [
  "c|ma mère a déménagé au {S:address}",
  "m|Depuis le {N:date}, mon père réside à la maison de repos, {S:address}. Merci d'y envoyer le courrier. L'index du compteur au départ était {N:meter_reading}.",
  "c|nouvelle adresse : {S:address}\nindex compteur {N:meter_reading}",
  "c|le technicien est allé au {S:address/short} au lieu du nôtre",
 ],
 "en": [
  "c|mum has moved to {S:address}, please update from {N:date}",
  "m|From {N:date} my father lives in a care home at {S:address}. Please send all post there. The closing meter reading was {N:meter_reading}.",
  "c|new address:\n{S:address/multi}",
  "c|the engineer went to {S:address/short} instead of ours",
  "c|{S:address} the meter is under the stairs",
 ],
}

T["date_of_birth"] = {
 "nl": [
  "c|geboortedatum {S:date_of_birth}",
  "c|mijn moeder is geboren op {S:date_of_birth}, klantnummer {S:customer_number}",
  "m|Ter verificatie: mijn geboortedatum is {S:date_of_birth} en mijn postcode staat op de factuur van {N:date}.",
  "c|geb. {S:date_of_birth}",
 ],
 "fr": [
  "c|date de naissance {S:date_of_birth}",
  "c|ma mère est née le {S:date_of_birth}",
  "m|Pour la vérification : je suis né le {S:date_of_birth}, ma facture du {N:date} porte le numéro {N:invoice_number}.",
  "c|née le {S:date_of_birth}",
 ],
 "en": [
  "c|DOB {S:date_of_birth}",
  "c|mum was born on {S:date_of_birth}",
  "m|For security: my date of birth is {S:date_of_birth} and the last bill was dated {N:date} for {N:amount}.",
  "c|date of birth: {S:date_of_birth/iso}",
  "c|born {S:date_of_birth}",
 ],
}

T["ip_address"] = {
 "nl": [
  "c|mijn ip-adres is {S:ip_address} als dat helpt, de site van {F:gov} zegt {N:error_code}",
  "m|Volgens de melding is mijn toegang geblokkeerd vanaf IP-adres {S:ip_address} op {N:date} om {N:time}.",
 ],
 "fr": [
  "c|mon adresse IP c'est {S:ip_address}, le site affiche {N:error_code}",
  "m|Le message indique un accès bloqué depuis l'adresse IP {S:ip_address} le {N:date} à {N:time}.",
 ],
 "en": [
  "c|my ip is {S:ip_address} if that helps, site says {N:error_code}",
  "m|The lockout email says the sign-in came from IP {S:ip_address} on {N:date} at {N:time}; that was me, at home.",
  "c|whatismyip says {S:ip_address}",
 ],
}

T["customer_number"] = {
 "nl": [
  "c|klantnummer {S:customer_number}, factuur {N:invoice_number} klopt niet",
  "c|mijn klantnr is {S:customer_number} en de meterstand is {N:meter_reading}",
  "m|Mijn klantnummer is {S:customer_number}. Op de jaarafrekening van {N:date} staat een verbruik van {N:meter_reading}, terwijl ik zelf {N:meter_reading} heb doorgegeven.",
  "c|polisnummer {S:customer_number/policy} van mijn moeder, de declaratie van {N:amount} is afgewezen",
  "c|{S:customer_number} is het contractnummer, ordernummer {N:order_number}",
  "c|relatienummer: {S:customer_number}",
  "c|lidnummer {S:customer_number/policy}",
 ],
 "vl": [
  "c|klantennummer {S:customer_number}, de voorschotfactuur van {N:amount} is veel te hoog",
  "c|mijn lidnummer bij het ziekenfonds is {S:customer_number/policy}",
 ],
 "fr": [
  "c|numéro client {S:customer_number}, la facture {N:invoice_number} est fausse",
  "c|mon n° de client est {S:customer_number} et l'index est {N:meter_reading}",
  "m|Mon numéro de client est le {S:customer_number}. Sur la facture de régularisation du {N:date}, la consommation indiquée est de {N:meter_reading}.",
  "c|numéro d'affilié {S:customer_number/policy}",
  "c|{S:customer_number} c'est le numéro de contrat",
  "c|référence client: {S:customer_number}",
 ],
 "en": [
  "c|account number {S:customer_number}, bill {N:invoice_number} is wrong",
  "c|my account no is {S:customer_number} and the reading is {N:meter_reading}",
  "m|My account number is {S:customer_number}. The statement dated {N:date} shows {N:meter_reading} but I submitted {N:meter_reading}.",
  "c|policy number {S:customer_number/policy}, the claim for {N:amount} was rejected",
  "c|member ID {S:customer_number/policy}",
  "c|customer ref {S:customer_number}",
  "c|{S:customer_number} that's mum's account number",
 ],
}
