"""Templates, part C: agent replies, pasted letters/screenshots, bare answers, negatives-only traffic."""

T = {}

T["agent"] = {
 "nl": [
  "a|Dank voor uw bericht. Mag ik ter verificatie uw klantnummer en geboortedatum? Uw melding staat onder {N:ticket_number}.",
  "a|Ik zie uw betaling van {N:amount} voor factuur {N:invoice_number}. Het rekeningnummer dat bij ons bekend is eindigt op {N:masked_value}. Klopt dat nog?",
  "a|Bedankt! Ik heb uw nieuwe mailadres {S:email} genoteerd. U ontvangt binnen 24 uur een bevestiging.",
  "a|Deel nooit uw pincode of sms-code met ons, ook niet via DM. Wij vragen daar nooit om. Bel bij twijfel {N:company_phone}.",
  "a|Helder. Ik heb het klantnummer {S:customer_number} gevonden. Kunt u nu nog de laatste meterstand doorgeven?",
  "a|Stap 2: wat is de postcode en het huisnummer van het leveringsadres? (Stap 1, uw klantnummer, heb ik al.)",
  "a|Het tijdelijke wachtwoord is {S:password}, wijzig dit direct na het inloggen via {N:url}.",
  "a|Uw machtigingscode wordt per post verstuurd naar het adres in de BRP. Dit duurt ca. 5 werkdagen. Zaaknummer {N:ticket_number}.",
  "a|Ik heb uw telefoonnummer {S:phone} toegevoegd voor de sms-controle. Groet, {F:agent}",
  "a|Uw aanvraag {N:request_id} is ontvangen. U hoeft geen gegevens meer te sturen.",
 ],
 "fr": [
  "a|Merci pour votre message. Pour vérification, pouvez-vous nous communiquer votre numéro de client et votre date de naissance ? Dossier {N:ticket_number}.",
  "a|Je vois votre paiement de {N:amount} pour la facture {N:invoice_number}. Le compte connu se termine par {N:masked_value}.",
  "a|Merci ! J'ai bien noté votre nouvelle adresse e-mail {S:email}.",
  "a|Ne communiquez jamais votre code PIN ou code SMS, même en message privé. En cas de doute appelez le {N:company_phone}.",
  "a|J'ai retrouvé le numéro client {S:customer_number}. Pouvez-vous me donner l'index actuel du compteur ?",
  "a|Étape 2 : quelle est l'adresse de fourniture (rue, numéro, code postal) ?",
  "a|Votre mot de passe provisoire est {S:password}. Modifiez-le dès votre première connexion sur {N:url}.",
  "a|J'ai ajouté votre numéro {S:phone} pour la vérification par SMS. Bien à vous, {F:agent}",
 ],
 "en": [
  "a|Thanks for getting in touch. To verify, could you DM us your account number and date of birth? Your case is {N:ticket_number}.",
  "a|I can see your payment of {N:amount} against bill {N:invoice_number}. The bank account we hold ends {N:masked_value}.",
  "a|Thanks, I've updated your email to {S:email}. You'll get a confirmation shortly.",
  "a|Please never share your PIN or one-time passcode with us, even by DM. If in doubt call {N:company_phone}.",
  "a|I've found account {S:customer_number}. Could you now give me the current meter reading?",
  "a|Step 2 of 3: what's the first line of the address and the postcode?",
  "a|Your temporary password is {S:password}; please change it when you first sign in at {N:url}.",
  "a|I've added {S:phone} for text verification. Kind regards, {F:agent}",
  "a|Your request {N:request_id} has been logged; no need to send anything else. ^{F:agent}",
  "a|Hi {F:first}, sorry for the wait. Reference {N:ticket_number}. Which email address is on the account?",
 ],
}

T["ocr"] = {
 "nl": [
  "o|Klantnummer | {S:customer_number}\nFactuurnummer | {N:invoice_number}\nFactuurdatum | {N:date}\nTe betalen | {N:amount}",
  "o|KIantnummer: {S:customer_number}\nMeterstand normaal  {N:meter_reading}\nMeterstand dal  {N:meter_reading}\nDatum opname {N:date}",
  "o|Geachte heer/mevrouw,\n\nUw activeringscode voor {F:gov} is:\n{S:otp}\n\nDeze code is geldig tot {N:date}.\nKenmerk {N:ticket_number}",
  "o|Naam  {F:name}\nAdres  {S:address}\nGeboortedatum  {S:date_of_birth}\nPolisnummer  {S:customer_number/policy}",
  "o|Uw nieuwe pincode\n\n{S:pin}\n\nBewaar deze brief niet bij uw pas. Ref {N:request_id}",
  "o|Verbruiksoverzicht {N:year}\nElektriciteit  {N:meter_reading}\nGas  {N:meter_reading}\nVoorschot  {N:amount} per maand\nBTW {N:percentage}",
  "o|Betalingskenmerk {N:invoice_number}\nIBAN {S:iban}\nBedrag {N:amount}\nKvK {N:company_registration}",
 ],
 "fr": [
  "o|N° client | {S:customer_number}\nN° facture | {N:invoice_number}\nDate | {N:date}\nMontant | {N:amount}",
  "o|Index jour  {N:meter_reading}\nIndex nuit  {N:meter_reading}\nDate relevé {N:date}\nN° de client : {S:customer_number}",
  "o|Madame, Monsieur,\n\nVotre code d'activation :\n{S:otp}\n\nValable jusqu'au {N:date}. Réf. {N:ticket_number}",
  "o|Nom  {F:name}\nAdresse  {S:address}\nDate de naissance  {S:date_of_birth}\nN° national  {S:bsn}",
  "o|Votre nouveau code secret\n{S:pin}\nNe conservez pas ce courrier avec votre carte.",
  "o|Communication structurée +++{N:invoice_number}+++\nIBAN {S:iban}\nMontant {N:amount}\nTVA {N:company_registration}",
 ],
 "en": [
  "o|Account number | {S:customer_number}\nBill number | {N:invoice_number}\nBill date | {N:date}\nAmount due | {N:amount}",
  "o|Meter readings\nDay  {N:meter_reading}\nNight  {N:meter_reading}\nRead on {N:date}\nAccount {S:customer_number}",
  "o|Dear Customer\n\nYour activation code is\n{S:otp}\n\nThis code expires on {N:date}. Ref {N:ticket_number}",
  "o|Name  {F:name}\nAddress  {S:address/multi}\nDate of birth  {S:date_of_birth}\nMembership no.  {S:customer_number/policy}",
  "o|Your new PIN\n\n{S:pin}\n\nPlease memorise it and destroy this letter. Ref {N:request_id}",
  "o|Usage {N:year}\nElectricity {N:meter_reading}\nGas {N:meter_reading}\nMonthly payment {N:amount}\nVAT {N:percentage}",
 ],
}

T["bare"] = {
 "nl": ["c|{S:pin}", "c|{S:date_of_birth}", "c|{S:customer_number}", "c|{S:otp}", "c|{S:iban}", "c|{S:phone}", "c|{S:email}", "c|{S:address}",
        "c|{S:customer_number} en {S:date_of_birth}", "c|{S:bsn}"],
 "fr": ["c|{S:pin}", "c|{S:date_of_birth}", "c|{S:customer_number}", "c|{S:otp}", "c|{S:iban}", "c|{S:phone}", "c|{S:email}", "c|{S:address}",
        "c|{S:customer_number} et {S:date_of_birth}", "c|{S:bsn}"],
 "en": ["c|{S:pin}", "c|{S:date_of_birth}", "c|{S:customer_number}", "c|{S:otp}", "c|{S:address/short}", "c|{S:phone}", "c|{S:email}", "c|{S:address}",
        "c|{S:customer_number} and {S:date_of_birth}", "c|{S:username}"],
}

T["multi"] = {
 "nl": [
  "c|[{N:time}] {F:agent}: mag ik uw klantnummer?\n[{N:time}] ik: {S:customer_number}\n[{N:time}] {F:agent}: en uw geboortedatum?\n[{N:time}] ik: {S:date_of_birth}",
  "c|ok hier alles: klantnr {S:customer_number}, geb {S:date_of_birth}, tel {S:phone}, rekening {S:iban}",
  "m|Hierbij de gegevens waar uw collega om vroeg:\n- klantnummer: {S:customer_number}\n- geboortedatum: {S:date_of_birth}\n- adres: {S:address}\n- meterstand: {N:meter_reading}",
  "c|gebruikersnaam {S:username} wachtwoord {S:password} en de sms code was {S:otp}",
 ],
 "fr": [
  "c|[{N:time}] {F:agent}: votre numéro client ?\n[{N:time}] moi: {S:customer_number}\n[{N:time}] {F:agent}: et la date de naissance ?\n[{N:time}] moi: {S:date_of_birth}",
  "c|voilà tout: client {S:customer_number}, né le {S:date_of_birth}, gsm {S:phone}, compte {S:iban}",
  "m|Voici les informations demandées par votre collègue :\n- numéro client : {S:customer_number}\n- date de naissance : {S:date_of_birth}\n- adresse : {S:address}\n- index : {N:meter_reading}",
  "c|identifiant {S:username} mdp {S:password} code sms {S:otp}",
 ],
 "en": [
  "c|[{N:time}] {F:agent}: can I take your account number?\n[{N:time}] me: {S:customer_number}\n[{N:time}] {F:agent}: and date of birth?\n[{N:time}] me: {S:date_of_birth}",
  "c|ok everything: acct {S:customer_number}, dob {S:date_of_birth}, mobile {S:phone}, bank {S:iban}",
  "m|Here are the details your colleague asked for:\n- account number: {S:customer_number}\n- date of birth: {S:date_of_birth}\n- address: {S:address}\n- meter reading: {N:meter_reading}",
  "c|username {S:username} password {S:password} and the text code was {S:otp}",
 ],
}

T["neg"] = {
 "nl": [
  "c|meterstand doorgegeven: {N:meter_reading} op {N:date}, en toch een voorschot van {N:amount}??",
  "c|factuur {N:invoice_number} van {N:amount} is al betaald op {N:date}",
  "c|waarom gaat mijn termijnbedrag {N:percentage} omhoog? ik woon alleen",
  "c|storing in {F:city}? al sinds {N:time} geen water {N:hashtag}",
  "c|{N:mention} ik bel al 3 dagen naar {N:company_phone} en niemand neemt op {N:hashtag}",
  "c|de app blijft hangen op versie {N:version_string}, foutcode {N:error_code}",
  "m|Op {N:date} heb ik de meterstanden doorgegeven ({N:meter_reading} en {N:meter_reading}), maar in de jaarafrekening van {N:year} staat een schatting. Kunt u dit corrigeren? Ticketnummer {N:ticket_number}.",
  "c|pakket met de nieuwe slimme meter: {N:tracking_number}, nog niet ontvangen",
  "c|mijn ticket is {N:ticket_number}, wanneer hoor ik iets?",
  "c|ik kreeg {N:quantity} ledlampen in het bespaarpakket, er zat er maar 1 in de doos",
 ],
 "fr": [
  "c|index transmis : {N:meter_reading} le {N:date}, et pourtant un acompte de {N:amount} ?",
  "c|la facture {N:invoice_number} de {N:amount} est payée depuis le {N:date}",
  "c|pourquoi mon acompte augmente de {N:percentage} ?",
  "c|{N:mention} toujours pas d'eau à {F:city} depuis {N:time} {N:hashtag}",
  "c|l'appli reste bloquée en version {N:version_string}, erreur {N:error_code}",
  "m|Le {N:date} j'ai communiqué mes index ({N:meter_reading} et {N:meter_reading}), mais la facture annuelle {N:year} se base sur une estimation. Référence {N:ticket_number}.",
  "c|colis du nouveau compteur : {N:tracking_number}",
  "c|j'appelle le {N:company_phone} depuis 3 jours sans réponse", "c|on m'a facturé {N:quantity} pour le kit économie d'énergie, j'en ai reçu un",
 ],
 "en": [
  "c|submitted my reading {N:meter_reading} on {N:date} and you still estimated {N:amount}??",
  "c|bill {N:invoice_number} for {N:amount} was paid on {N:date}",
  "c|why has my direct debit gone up {N:percentage}? I live alone",
  "c|{N:mention} no water in {F:city} since {N:time} {N:hashtag}",
  "c|app stuck on {N:version_string} with error {N:error_code}",
  "m|On {N:date} I submitted readings of {N:meter_reading} and {N:meter_reading}, yet the annual statement for {N:year} uses an estimate. My reference is {N:ticket_number}.",
  "c|the smart meter parcel {N:tracking_number} never arrived",
  "c|been calling {N:company_phone} for three days {N:hashtag}",
  "c|I was on flight {N:flight_number} when the letter came, the deadline {N:date} has passed",
  "c|firmware download sha256 {N:checksum} doesn't match", "c|you sent {N:quantity} of the draught excluder and charged me {N:amount}",
 ],
}
