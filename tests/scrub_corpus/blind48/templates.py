"""Body snippets per language group. Slots: {slot} or {slot=key} (reused within a message).
Groups are dealt alternately between halves by the generator."""

SNIP = {}

SNIP["nl"] = [
    "Ik doe de boekhouding voor {company} en voor twee andere klanten. Voor {company} is het IBAN gewijzigd naar {iban}, klantnummer {cust}. Kunnen jullie dat doorvoeren vóór de incasso van {date}?",
    "Factuur {inv} van {amt} is dubbel afgeschreven van {iban}. Ons klantnr is {cust}, KvK {kvk}. Graag het bedrag terugstorten.",
    "Namens mijn klant {name} (geb. {dob}, BSN {bsn}) vraag ik een uitstel van betaling aan. Hij is onder curatele en ik ben bewindvoerder.",
    "pinautomaat doet het weer niet!! {model}, merchant ID {mid}, terminal-id {tid}. Foutmelding {err} sinds {time}. zaterdag is onze drukste dag",
    "Hierbij de nieuwe medewerker voor de loonadministratie: {name}, geboren {dob}, BSN {bsn}, rekening {iban}, bruto {sal} per maand bij {qty}... sorry, 32 uur p/w.",
    "Inloggegevens van het gedeelde account voor kantoor: gebruiker {user} / ww {pw}. Graag na het resetten ook de tweestapsverificatie uitzetten, we delen het met {qty}.",
    "de code die ik kreeg is {otp} maar jullie site zegt {err}. Ticket {ticket}.",
    "Kunnen jullie de factuur op naam van de BV zetten? KvK {kvk}, btw-nummer {btw}. Adres is {addr}.",
    "Mijn privé nummer is {phone}, kantoor is {cphone} maar daar zit niemand na 17:00.",
    "Het wachtwoord van de kassa-app was {pw} maar na de update naar {ver} werkt het niet meer. Nieuw wachtwoord wordt {pw}?",
    "Betaling van {amt} op {date} naar {iban} is niet aangekomen volgens de leverancier. Transactie-ID {req}. Wat nu?",
    "Voor de btw-aangifte Q{qtrn} heb ik een machtiging nodig voor klant {company} ({kvk}). Contactpersoon {name}, {email}, {phone}.",
    "Pas geblokkeerd na 3x verkeerde pincode. Kaartnummer {card}, geldig tot {exp}. Mijn nieuwe pincode wil ik {pin} maken, kan dat?",
    "Dit is de creditcard van de zaak: {card} exp {exp} cvc {cvv}. Graag het abonnement ({cust}) daarop laten lopen i.p.v. incasso.",
    "Aansluiting EAN {ean} staat nog op naam van de vorige huurder. Meterstand bij overname: {meter}, datum {date}. Nieuw adres van de winkel: {addr}.",
    "Tijdens het gesprek vroeg uw collega mijn geboortedatum: {dob}. En mijn klantnummer is {cust}. Waarom moet ik dat alles opnieuw doorgeven?",
    "We hebben {qty} pinapparaten op contract {cust}. Eén ervan ({tid}) is gestolen bij een inbraak, aangifte gedaan op {date}.",
    "Wifi voor de kassa's: netwerk KassaNet, sleutel {wifi}. Router staat op {ip} poort {port} doorgezet.",
    "Graag de loonstroken van {name} (personeelsnr {cust}) voortaan naar {email} sturen en niet meer naar het oude adres.",
    "API-sleutel voor de koppeling met de boekhouding is {apikey}. Hij werkt niet, response {err}, request id {req}.",
    "De SMS-code was {otp}. Hij is al verlopen natuurlijk. Stuur maar naar {phone}.",
    "Alarmcode van de winkel is {door}, de sleutelkluis naast de achterdeur {door}. Monteur komt {date} om {time}.",
    "Ik heb een nieuwe simkaart voor de zakelijke telefoon, PUK {puk}, pincode {pin}. Nummer {phone} moet erop blijven.",
    "Het bedrag van {amt} incl. {pct} btw klopt niet, op de offerte stond {amt}. Ordernummer {order}.",
    "Zie bijgevoegd de scan van het bankafschrift (pdf, 2 pagina's) waarop je ziet dat {amt} op {date} van {iban} is afgeschreven.",
    "Hij belt altijd vanaf {phone}, maar ons kantoornummer is {cphone}. Dus graag niet meer naar mijn mobiel bellen.",
    "Login portaal: {email} wachtwoord {pw} — heb het gisteren gewijzigd, oude was {pw}.",
    "Verzending {track} met nieuwe bonrollen ({sku}) is nooit aangekomen op {addr}.",
    "Ik kan niet meer inloggen met de authenticator, de back-upcode is {otp}. Gebruikersnaam {user}.",
    "Ter info: token voor de webshop-koppeling: {token}. Volgens de logs komt de call van {ip}.",
    "mijn moeder (geb {dob}) heeft een rekening bij jullie, {iban}, ik ben gemachtigd. Haar adres {addr}.",
    "Voor de jaarafsluiting {year} missen we de opgave van rente van rekening {iban}. Klant: {company}, KvK {kvk}.",
]

SNIP["nlbe"] = [
    "Ik ben boekhouder van {company} (KBO {kbo}). Het rekeningnummer voor de domiciliëring moet {iban} worden, klantnummer {cust}.",
    "Onze betaalterminal {model} geeft {err} bij elke Bancontact betaling. Merchant ID {mid}, terminal {tid}. Wanneer komt er iemand?",
    "Nieuwe werknemer voor de loonverwerking: {name}, rijksregisternummer {natid}, geboren op {dob}, IBAN {iban}. Start {date}.",
    "Mijn GSM is {phone}, het vaste nummer van de zaak {cphone} wordt niet altijd opgenomen.",
    "Wij hebben de factuur {inv} van {amt} wel degelijk betaald op {date} vanaf {iban}. Gelieve uw aanmaning te annuleren.",
    "Het wachtwoord van de gedeelde mailbox boekhouding is {pw}, gebruikersnaam {user}. Kan je het resetten want ex-collega kent het nog.",
    "Btw-nummer {kbo}, zetel {addr}. Gelieve de creditnota hierop op te maken.",
    "De itsme-code klopte niet, kreeg {otp} via sms. Referentie {ticket}.",
    "Kaart geblokkeerd: {card}, vervaldatum {exp}. Ik heb de pincode {pin} drie keer fout ingegeven, denk ik.",
    "Voor mijn vader, {name}, rijksregister {natid}, wil ik de facturen naar {email} laten sturen. Volmacht in bijlage (pdf).",
    "EAN-code {ean}, meterstand {meter} op {date}. Klantnummer {cust}. Het gaat om ons handelspand op {addr}.",
    "Code van de sleutelkluis voor de technieker: {door}. Alarm uitschakelen met {door}.",
    "Wifi-code van de zaak is {wifi} (netwerk 'Frituur_gasten' niet, dat is voor klanten).",
    "Mijn boekhouder {name} mag alles inkijken, zijn mailadres is {email} en gsm {phone}.",
    "We zijn met {qty} in dienst, de lonen van {month} zijn niet correct: {sal} in plaats van {sal}.",
    "sms code {otp} werkt niet, app versie {ver}. ik sta hier met een volle winkel jongens",
    "Gelieve het voorschot van {amt} voortaan te innen via {iban} in plaats van de oude rekening.",
    "Ons IP is {ip}, de kassa kan de server niet bereiken op poort {port}.",
]

SNIP["fr"] = [
    "Je suis comptable pour {company} (BCE {kbo}). Merci de modifier le compte de domiciliation : {iban}, numéro client {cust}.",
    "Notre terminal {model} affiche {err} depuis ce matin {time}. ID commerçant {mid}, ID terminal {tid}. On perd des ventes !",
    "Nouvel employé à encoder pour la paie : {name}, né le {dob}, numéro national {natid}, compte {iban}, salaire brut {sal}.",
    "Mon GSM perso : {phone}. Le fixe du bureau {cphone} n'est pas toujours décroché.",
    "La facture {inv} de {amt} a été payée le {date} depuis {iban}. Merci d'annuler le rappel.",
    "Identifiants du compte partagé du secrétariat : login {user}, mdp {pw}. Il faut le changer, une ancienne collègue l'a encore.",
    "N° TVA {kbo}, siège social {addr}. Merci de refaire la note de crédit à ce nom.",
    "Le code reçu par SMS est {otp} mais ça dit {err}. Dossier {ticket}.",
    "Ma carte est bloquée : {card}, expire {exp}, j'ai raté le code PIN ({pin} je pense ?) trois fois.",
    "Pour ma mère, {name}, registre national {natid}, domiciliée {addr}, je voudrais recevoir les factures à {email}.",
    "Code EAN {ean}, index compteur {meter} au {date}. Client {cust}.",
    "Le code de la boîte à clés pour le technicien est {door}, l'alarme {door}.",
    "Clé wifi du bureau : {wifi}. Le routeur est joignable sur {ip}.",
    "Mon comptable {name} peut tout consulter, son e-mail {email}, GSM {phone}.",
    "On a {qty} sur la paie de {month}, et le précompte est faux : {amt} au lieu de {amt}.",
    "Carte de société {card} exp {exp} cryptogramme {cvv}, à utiliser pour l'abonnement {cust} svp.",
    "Nouveau mot de passe : {pw} (l'ancien était {pw}). Utilisateur {user}.",
    "Clé API pour la synchro avec le logiciel comptable : {apikey}. Erreur {err}, request id {req}.",
    "Nouvelle carte SIM pro, PUK {puk}, code PIN {pin}, le numéro {phone} doit être conservé.",
    "Montant {amt} TVAC ({pct} TVA) ne correspond pas au devis, commande {order}.",
    "Voir pièce jointe : extrait de compte (PDF, 1 page) montrant le virement de {amt} le {date} depuis {iban}.",
    "Le token d'accès pour la boutique en ligne : {token}. Les appels viennent de {ip}.",
    "Envoi {track} avec rouleaux thermiques ({sku}) jamais livré au {addr}.",
    "Code de secours de l'authentificateur : {otp}. Mon identifiant est {user}.",
    "Pour la clôture {year} il manque l'attestation d'intérêts du compte {iban}. Client {company}, TVA {kbo}.",
    "j'ai reçu le code {otpw} par appel vocal, ça ne marche pas",
    "Le numéro de police {cust} est au nom de l'ancienne gérante, merci de mettre {name}, née le {dob}.",
    "Merci de rembourser la caution de {amt} sur {iban} (titulaire {company}).",
]

SNIP["en"] = [
    "I do the books for {company} and a couple of other clients. For {company} the bank details have changed to {iban}, account number {cust}. Can you update before the next direct debit on {date}?",
    "Invoice {inv} for {amt} was taken twice from {iban}. Our account no. is {cust}. Please refund the duplicate.",
    "card machine down AGAIN. {model}, merchant ID {mid}, TID {tid}. Error {err} since {time}. Saturday is our busiest day",
    "Login for the shared office account: user {user} / pass {pw}. After the reset please turn off 2FA, there are {qty} of us using it.",
    "The code I got was {otp} but your site says {err}. Ref {ticket}.",
    "Please put the invoice in the company's name, registration {creg}. Address {addr}.",
    "My own mobile is {phone}; the office line {cphone} isn't manned after 5.",
    "The till app password was {pw} but after updating to {ver} it won't take it. New one should be {pw}?",
    "Payment of {amt} on {date} to {iban} never arrived according to the supplier. Transaction ID {req}.",
    "Card blocked after 3 wrong PINs. Card number {card}, expiry {exp}. I'd like the new PIN to be {pin} if that's possible.",
    "This is the company credit card: {card} exp {exp} security code {cvv}. Please bill subscription {cust} to it instead of direct debit.",
    "Your colleague asked for my date of birth on the phone: {dob}. And my customer number is {cust}. Why do I have to repeat all this?",
    "We have {qty} card readers on contract {cust}. One of them ({tid}) was stolen in a break-in, reported to police on {date}.",
    "Wifi for the tills: network TILLNET, key {wifi}. Router is on {ip}, port {port} forwarded.",
    "Please send {name}'s payslips (employee no. {cust}) to {email} from now on, not the old address.",
    "API key for the accounting integration is {apikey}. Getting {err}, request id {req}.",
    "SMS code was {otp}. Expired already of course. Send it to {phone} instead.",
    "Alarm code for the shop is {door}, key safe by the back door is {door}. Engineer coming {date} at {time}.",
    "New SIM for the work phone, PUK {puk}, PIN {pin}. Number {phone} must stay on it.",
    "The amount {amt} incl. {pct} tax doesn't match the quote of {amt}. Order {order}.",
    "Attached is a scan of the bank statement (PDF, 2 pages) showing {amt} left {iban} on {date}.",
    "Portal login: {email} password {pw} - changed it yesterday, old one was {pw}.",
    "Shipment {track} with receipt rolls ({sku}) never arrived at {addr}.",
    "Can't log in with the authenticator app, backup code is {otp}. Username {user}.",
    "FYI the token for the webshop integration: {token}. Logs show the calls from {ip}.",
    "my mum (DOB {dob}) banks with you, {iban}, I have power of attorney. Her address is {addr}.",
    "For the {year} year-end we're missing the interest certificate for account {iban}. Client {company}, company reg {creg}.",
    "AWS access key {apikey} and secret {awssecret} were in the shared doc, can you help us rotate them?",
    "Bearer {token} returns 401 since your update {ver}.",
    "the code they read out was {otpw}",
    "Policy {cust} is in the name of the previous owner, please change it to {name}, DOB {dob}.",
    "Please refund the {amt} deposit to {iban} (account holder {company}).",
    "Checksum of the export file is {checksum}, it doesn't match what your portal shows.",
]

SNIP["gb"] = [
    "New starter for payroll: {name}, DOB {dob}, NI number {natid}, bank {iban}, salary {sal} p.a. Starts {date}.",
    "Our VAT number is {creg} and Companies House no. {creg}. The registered office is {addr}.",
    "HMRC letter says ref {ticket}; my UTR is not the issue, it's the NI no. {natid} on the P60 that's wrong.",
    "Sort code and account are in the IBAN: {iban}. Please stop sending cheques to {addr}.",
    "Mobile {phone} (mine), landline {land} (home, evenings only).",
]

SNIP["us"] = [
    "New hire for payroll: {name}, DOB {dob}, SSN {natid}, direct deposit to {iban} (she banks abroad), salary {sal}.",
    "Our EIN is {creg}. Please correct the 1099 - it shows my SSN {natid} instead of the EIN.",
    "Business address {addr}. Cell {phone}, home {land}.",
    "W-2 for {name} (SSN {natid}, DOB {dob}) has the wrong address, should be {addr}.",
    "Tax ID {creg}, sales tax rate {pct}, invoice {inv} for {amt}.",
]

# payroll / client tables inside e-mails: header variants per language
TABLE_HEAD = {
    "nl": [("Naam", "Geb.datum", "BSN", "IBAN", "Bruto p/m"), ("naam", "geboortedatum", "bsn", "rekeningnr", "salaris"),
           ("Medewerker", "Geboren", "Sofi/BSN", "IBAN", "Loon"), ("Werknemer", "GebDat", "BSN-nr", "Bankrekening", "Maandloon")],
    "nlbe": [("Naam", "Geboortedatum", "Rijksregisternr", "IBAN", "Brutoloon"), ("werknemer", "geb.", "RRN", "rekening", "loon"),
             ("Naam + voornaam", "Geboren op", "INSZ", "Rekeningnummer", "Bruto")],
    "fr": [("Nom", "Date naiss.", "N° national", "IBAN", "Brut"), ("Employé", "Né(e) le", "NISS", "Compte", "Salaire brut"),
           ("nom", "date de naissance", "registre national", "iban", "brut mensuel")],
    "gb": [("Name", "DOB", "NI No", "Bank (IBAN)", "Gross"), ("Employee", "Date of birth", "NINO", "IBAN", "Annual salary"), ("name", "dob", "ni", "iban", "pay")],
    "us": [("Name", "DOB", "SSN", "Acct (IBAN)", "Salary"), ("Employee", "Birth date", "SSN", "Bank", "Gross pay"), ("name", "dob", "ssn", "iban", "rate")],
}
TABLE_INTRO = {
    "nl": ["Hieronder de gegevens voor de loonrun van {month}:", "Zie tabel, graag verwerken voor de salarisbetaling:", "Nieuwe medewerkers per 1 {month} (uit Excel geplakt):", "Wijzigingen personeelsbestand:"],
    "nlbe": ["Hieronder de personeelsgegevens voor de loonverwerking van {month}:", "Gelieve deze werknemers in te voeren:", "Wijzigingen (uit ons Excel-bestand):"],
    "fr": ["Ci-dessous les données pour la paie de {month} :", "Merci d'encoder ces travailleurs :", "Modifications du personnel (copié d'Excel) :"],
    "gb": ["Details for this month's payroll run below:", "New starters (pasted from our spreadsheet):", "Changes for the {month} pay run:"],
    "us": ["Below are the new hires for the {month} payroll:", "Pasted from our HR sheet, please set up direct deposit:", "Updated employee info:"],
}

# ---------------------------------------------------------------- frames
OPEN = {
    "nl": ["Hoi,", "Goedemiddag,", "Hallo", "Hey team", "Beste {brand},", "Goeiemorgen", "Dag,", ""],
    "fr": ["Bonjour,", "Bonsoir", "Salut", "Bonjour {brand},", "Madame, Monsieur,", "Hello", "Re-bonjour", ""],
    "en": ["Hi,", "Hello", "Hey", "Hi there", "Morning,", "Good afternoon,", "Hi {brand} team", ""],
}
CLOSE = {
    "nl": ["Alvast bedankt", "gr {fname}", "Dank!", "Graag snel reactie.", "mvg {fname}", "Groetjes", "Hoor graag van jullie", "thx"],
    "fr": ["Merci d'avance", "Cordialement, {fname}", "Merci", "Urgent svp.", "Bien à vous", "Bàv {fname}", "Merci de me recontacter", "Bonne journée"],
    "en": ["Thanks in advance", "Cheers, {fname}", "Thanks!", "Please sort this asap.", "Regards", "Ta", "Thanks, {fname}", "Appreciate it"],
}
GREET = {
    "nl": ["Beste {brand},", "Geachte heer/mevrouw,", "Goedemorgen {agent},", "Hallo,", "Beste klantenservice,", "Geachte dames en heren,"],
    "fr": ["Madame, Monsieur,", "Bonjour {agent},", "Chère équipe {brand},", "Bonjour,", "Cher service clientèle,", "Bonjour à tous,"],
    "en": ["Dear Sir or Madam,", "Hi {agent},", "Dear {brand} team,", "Hello,", "To whom it may concern,", "Good morning,"],
}
SIGNOFF = {
    "nl": ["Met vriendelijke groet,", "Vriendelijke groeten,", "Mvg,", "Groet,", "Met hartelijke groet,", "Hoogachtend,"],
    "fr": ["Bien cordialement,", "Cordialement,", "Bien à vous,", "Meilleures salutations,", "Salutations distinguées,", "Merci et bonne journée,"],
    "en": ["Kind regards,", "Best,", "Many thanks,", "Regards,", "Yours faithfully,", "Best wishes,"],
}
# signatures: {cphone} is the firm's own switchboard (negative), {phone} the person's own mobile (span)
SIG = {
    "nl": ["{name}\n{role} | {company}\nT {cphone}  M {phone}\n{email}\nKvK {kvk} | BTW {btw}",
           "{name}\n{company}\n{addr}\nkantoor: {cphone}\nmobiel: {phone}",
           "{fname}\n\n{company} - {role}\nTel. {cphone} (algemeen) / {phone} (direct)\nKvK-nummer {kvk}",
           "{name}\n{role}\nE: {email} | M: {phone}\n{url}",
           "{fname}\nVerstuurd vanaf mijn iPhone",
           "{name} | {company}\n{addr} | KvK {kvk}\nT: {cphone}"],
    "nlbe": ["{name}\n{role} - {company}\nT {cphone} | GSM {phone}\n{email}\nOnd.nr. {kbo}",
             "{name}\n{company}\n{addr}\nBTW {kbo}",
             "{fname}\ngsm {phone}\n{company} · {cphone}"],
    "fr": ["{name}\n{role} | {company}\nTél. {cphone} - GSM {phone}\n{email}\nTVA {kbo}",
           "{name}\n{company}\n{addr}\nN° d'entreprise {kbo}",
           "{fname}\nGSM : {phone}\nBureau : {cphone}",
           "{name}\n{role}\n{email}\n{url}",
           "{fname}\nEnvoyé de mon smartphone Samsung Galaxy",
           "{name} · {company}\nBCE {kbo} · {cphone}"],
    "gb": ["{name}\n{role} | {company}\nT: {cphone} | M: {phone}\n{email}\nRegistered in England & Wales no. {creg} | VAT {creg}",
           "{name}\n{company}\n{addr}\nOffice {cphone}\nMobile {phone}",
           "{fname}\nSent from my iPhone",
           "{name}, {role}\n{email} · {phone}\n{url}"],
    "us": ["{name}\n{role}, {company}\nOffice {cphone} | Cell {phone}\n{email}\nEIN {creg}",
           "{name}\n{company}\n{addr}\nMain: {cphone}",
           "{fname}\nSent from my iPhone",
           "{name} | {role}\nc: {phone} | {email}"],
}
SUBJ = {
    "nl": ["Onderwerp: Wijziging bankgegevens {company}", "Onderwerp: RE: Uw factuur {inv}", "Onderwerp: Loonrun {month} - nieuwe medewerkers", "Onderwerp: storing pinapparaat", "Onderwerp: FW: aanmaning", "Onderwerp: btw-aangifte klant"],
    "fr": ["Objet : Changement de compte bancaire", "Objet : RE: Votre facture {inv}", "Objet : Paie de {month}", "Objet : Panne terminal de paiement", "Objet : TR: rappel de paiement", "Objet : TVA client"],
    "en": ["Subject: Change of bank details - {company}", "Subject: RE: Your invoice {inv}", "Subject: Payroll {month} - new starters", "Subject: Card terminal down", "Subject: FW: Final reminder", "Subject: VAT query for client"],
}
QUOTE_HEAD = {
    "nl": ["Op {date} om {time} schreef {brand} Klantenservice:", "Op {date} {time} heeft {brand} het volgende geschreven:", "-----Oorspronkelijk bericht-----\nVan: {brand} Zakelijk\nVerzonden: {date} {time}\nOnderwerp: Uw vraag {ticket}"],
    "fr": ["Le {date} à {time}, {brand} Service Clients a écrit :", "-----Message d'origine-----\nDe : {brand}\nEnvoyé : {date} {time}\nObjet : Votre demande {ticket}", "Le {date}, {brand} <ne-pas-repondre> a écrit :"],
    "en": ["On {date} at {time}, {brand} Support wrote:", "-----Original Message-----\nFrom: {brand} Customer Care\nSent: {date} {time}\nSubject: Your case {ticket}", "On {date}, {brand} Help Desk <noreply> wrote:"],
}
QUOTED_AGENT = {
    "nl": ["Beste klant,\n\nBedankt voor uw bericht. Om uw vraag ({ticket}) te behandelen hebben wij uw klantnummer en de laatste 4 cijfers van uw rekening nodig ({masked} is niet volledig).\n\nMet vriendelijke groet,\n{agent}\n{brand} | {cphone}",
           "Hallo,\n\nWe hebben de storing op terminal {tid} genoteerd onder {ticket}. Een monteur neemt contact op.\n\nGroet, {agent}",
           "Geachte relatie,\n\nUw factuur {inv} van {amt} staat nog open. Gelieve binnen 14 dagen te betalen.\n\n{brand} Debiteurenbeheer"],
    "fr": ["Cher client,\n\nMerci pour votre message. Pour traiter votre demande ({ticket}) nous avons besoin de votre numéro client et de la carte se terminant par {masked}.\n\nCordialement,\n{agent}\n{brand} - {cphone}",
           "Bonjour,\n\nLa panne du terminal {tid} est enregistrée sous {ticket}. Un technicien vous contactera.\n\n{agent}",
           "Madame, Monsieur,\n\nLa facture {inv} de {amt} reste impayée. Merci de régulariser sous 14 jours.\n\n{brand} Recouvrement"],
    "en": ["Dear customer,\n\nThanks for getting in touch. To look into case {ticket} we need your account number and the card ending {masked}.\n\nKind regards,\n{agent}\n{brand} | {cphone}",
           "Hi,\n\nWe've logged the fault on terminal {tid} under {ticket}. An engineer will be in touch.\n\nThanks, {agent}",
           "Dear customer,\n\nInvoice {inv} for {amt} remains unpaid. Please settle within 14 days.\n\n{brand} Credit Control"],
}
FWD_HEAD = {
    "nl": ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date} {time}\nOnderwerp: {subjword}\nAan: {name}",
           "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: Fwd: {subjword}"],
    "fr": ["---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date} {time}\nObjet : {subjword}\nÀ : {name}",
           "Début du message réexpédié :\n\nDe : {name} <{email}>\nDate : {date}\nObjet : TR: {subjword}"],
    "en": ["---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date} {time}\nSubject: {subjword}\nTo: {name}",
           "Begin forwarded message:\n\nFrom: {name} <{email}>\nDate: {date}\nSubject: Fwd: {subjword}"],
}
FWD_NOTE = {
    "nl": ["Zie hieronder het bericht van mijn klant, graag aanpassen.", "Doorgestuurd namens {name}, ik doe hun administratie.", "FYI - onderstaande klant heeft mij gemachtigd."],
    "fr": ["Voir ci-dessous le message de mon client, merci d'adapter.", "Je transfère pour {name}, je m'occupe de leur compta.", "Pour info, le client ci-dessous m'a mandaté."],
    "en": ["See below from my client, please update.", "Forwarding on behalf of {name}, I do their books.", "FYI the client below has authorised me to deal with this."],
}
ATTACH = {
    "nl": ["Bijlage: loonstroken_{month}.pdf (3 bestanden)", "📎 factuur_{inv}.pdf (184 KB)", "Bijgevoegd: kopie ID (voorkant) en uittreksel KvK", "2 bijlagen: scan_bankafschrift.jpg, machtiging_getekend.pdf"],
    "fr": ["Pièce jointe : fiches_paie_{month}.pdf", "📎 facture_{inv}.pdf (212 Ko)", "En annexe : copie recto de la carte d'identité et statuts", "2 pièces jointes : extrait.jpg, procuration_signée.pdf"],
    "en": ["Attachment: payslips_{month}.pdf (3 files)", "📎 invoice_{inv}.pdf (201 KB)", "Attached: copy of passport photo page and certificate of incorporation", "2 attachments: bank_statement.png, signed_mandate.pdf"],
}
DISCLAIMER = {
    "nl": ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, verzoeken wij u het te verwijderen.", "Denk aan het milieu voordat u deze e-mail print."],
    "fr": ["Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le supprimer.", "Pensez à l'environnement avant d'imprimer ce mail."],
    "en": ["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please delete it.", "Please consider the environment before printing this email."],
}
PUB_PREFIX = {
    "nl": ["{mention} ", "{mention} {mention} ", "Hé {mention} ", ""],
    "fr": ["{mention} ", "Allô {mention} ", "{mention} sérieux ? ", ""],
    "en": ["{mention} ", "{mention} {mention} ", "Hey {mention} ", ""],
}

# agent replies
AGENT = {
    "nl": ["Hoi {fname}, vervelend dat de pinautomaat ({model}) niet werkt! Ik heb een storingsmelding {ticket} aangemaakt voor terminal {tid}. Bel bij spoed {cphone}. ^{ini}",
           "Dag {fname}, deel alsjeblieft geen kaartnummers of wachtwoorden in een openbaar bericht. Stuur ons een DM met je klantnummer, dan kijken we mee. {url} ^{ini}",
           "Hallo {fname}, ik heb het IBAN gewijzigd naar {iban}. De eerstvolgende incasso op {date} gaat hiervan af. Klopt dat? Groet, {agent}",
           "Beste {fname}, dank voor het doorgeven. Voor klantnummer {cust} zie ik factuur {inv} van {amt}. Die is inmiddels gecrediteerd. Fijne dag! {agent}",
           "Hi {fname}, ik stuur je een nieuwe verificatiecode; deel deze met niemand, ook niet met ons. Lukt het niet, bel {cphone} (ma-vr 8:00-18:00). ^{ini}",
           "Dank je {fname}. Ik heb je nummer {phone} genoteerd als contactnummer voor contract {cust}. Een collega belt je morgen voor {time}. {agent}",
           "Hoi {fname}, de btw-gegevens (KvK {kvk}, btw {btw}) staan nu goed, de gecorrigeerde factuur {inv} volgt per mail. ^{ini}",
           "Hallo {fname}, voor je veiligheid heb ik je bericht met je pincode verborgen. Wijzig je pincode zo snel mogelijk via de app (versie {ver} of hoger). {agent}",
           ],
    "fr": ["Bonjour {fname}, désolés pour la panne du terminal {tid}. Ticket {ticket} créé, un technicien passera {date}. Urgence : {cphone}. ^{ini}",
           "Bonjour {fname}, merci de ne jamais partager de numéro de carte ou de mot de passe en public. Envoyez-nous un MP avec votre n° client. {url} ^{ini}",
           "Bonjour {fname}, le compte de domiciliation est maintenant {iban}. Le prochain prélèvement du {date} sera effectué sur ce compte. {agent}",
           "Bonjour {fname}, pour le client {cust} je vois la facture {inv} de {amt}, elle a été créditée. Bonne journée, {agent}",
           "Merci {fname}, j'ai noté votre GSM {phone} pour le contrat {cust}. Un collègue vous rappelle avant {time}. {agent}",
           "Bonjour {fname}, nous avons masqué votre message qui contenait votre code PIN. Changez-le au plus vite dans l'app. ^{ini}",
           ],
    "en": ["Hi {fname}, sorry your card reader ({model}) is playing up! I've raised fault {ticket} for terminal {tid}. If urgent call {cphone}. ^{ini}",
           "Hi {fname}, please don't share card numbers or passwords publicly. DM us your account number and we'll take a look. {url} ^{ini}",
           "Hi {fname}, I've updated the bank details to {iban}. The next direct debit on {date} will come from there. Thanks, {agent}",
           "Hello {fname}, for account {cust} I can see invoice {inv} for {amt}; it's now been credited. Have a good day! {agent}",
           "Hi {fname}, I'm sending a fresh verification code now - please don't share it with anyone, including us. Any trouble, call {cphone}. ^{ini}",
           "Thanks {fname}. I've added {phone} as the contact number on contract {cust}; a colleague will call before {time} tomorrow. {agent}",
           "Hi {fname}, the company details (reg {creg}) are now correct and the amended invoice {inv} is on its way. ^{ini}",
           "Hi {fname}, I've hidden your reply as it contained your PIN. Please change it in the app straight away. {agent}",
           ],
}

# ---------------------------------------------------------------- additions (appended in pairs: first -> dev, second -> heldout)
SNIP["nl"] += [
    "Kaartgegevens voor de jaarlicentie: {card}, {exp}, achterop {cvv}.", "CVC is {cvv}, kaart eindigt niet op {masked} maar het is {card} (vervalt {exp}).",
    "Toegangscode voor de schoonmaker: {door}, graag na gebruik wijzigen.", "Poortcode bedrijfsterrein {door}, het hek sluit om {time}.",
    "Ze lazen de code voor: {otpw}", "verificatiecode via spraakbericht: {otpw}, werkt niet",
    "Gasten-wifi kantoor: wachtwoord {wifi} (netwerk Kantoor_5G).", "WPA-sleutel van de router in de winkel: {wifi}",
    "Onze webshop gebruikt deze live key: {apikey} en die staat nu ook op GitHub, graag intrekken!!", "API key {apikey} geeft {err} sinds {date}.",
    "Access token uit de headers: Bearer {token}", "Sessietoken {token} bleef geldig na uitloggen, is dat normaal?",
    "AWS key {apikey} met secret {awssecret} per ongeluk gedeeld in de teamchat", "Toegangssleutel-ID {apikey}, geheime sleutel {awssecret}. Graag roteren.",
    "Bereikbaar op {land} (thuis) of {phone}.", "Vaste lijn thuis {land}, liever niet op de zaak bellen ({cphone}).",
    "Inlogpoging vanaf {ip} op {date} om {time}, dat was niet ik!", "Ons vaste IP-adres is {ip}, kunnen jullie dat whitelisten op poort {port}?",
    "Merchant-nummer {mid}, uitbetaling van {amt} is niet binnen.", "Acceptant-ID {mid}, de uitbetaling van {date} mist.",
    "SIM-PUK {puk} ingevoerd, nu vraagt hij een nieuwe pincode, ik kies {pin}.", "Telefoon van de zaak geblokkeerd, PUK-code {puk}. Zakelijk nummer {phone}.",
    "Mijn verificatiecode: {otp}", "Tweestapscode {otp} werd niet geaccepteerd, request {req}",
    "BSN van mijn cliënt is {bsn}, geboortedatum {dob}.", "Voor de aangifte IB: BSN {bsn} van partner {name}, geb. {dob}.",
    "Aansluiting {ean} gaat over naar {company}, KvK {kvk}.", "EAN gas {ean}, elektra {ean}, klantnummer {cust}.",
    "Gebruikersnaam {user}, wachtwoord vergeten. Kan de reset naar {email}?", "inlognaam is {user} en ww {pw}",
]
SNIP["nlbe"] += [
    "Inloggen op het klantenportaal met {user} en wachtwoord {pw} lukt niet meer.", "Login {user}, paswoord {pw}, sinds de update van {date} krijg ik {err}.",
    "Bedrijfskaart {card}, vervalt {exp}, CVC {cvv}.", "Kredietkaart van de zaak: {card} {exp} code achteraan {cvv}",
    "Digipass gaf {otp}, wordt geweigerd.", "De bevestigingscode {otp} is verlopen voor ik ze kon ingeven.",
    "PUK-code van de zakelijke simkaart: {puk}", "Na de PUK {puk} vraagt hij een nieuwe PIN, ik koos {pin}.",
    "Terminal-ID {tid} en handelaarsnummer {mid}, uitbetaling van {amt} ontbreekt.", "MID {mid} / TID {tid} - toestel {model} herstart constant.",
    "API-sleutel voor de kassakoppeling {apikey} is gelekt, gelieve in te trekken.", "Token {token} werkt niet meer na update {ver}.",
    "Contact: {email} of {phone}.", "Mail naar {email}, gsm {phone}.",
    "Klantnummer {cust}, geboortedatum {dob}, adres {addr}.", "Terugbetaling op {iban} aub, klantnr {cust}, adres {addr}.",
    "Code van het hek {door}, wifi magazijn {wifi}.", "Alarmcode {door}, router op {ip}.",
    "Vaste lijn thuis {land}.", "Bel mij op {land} na 18u.",
]
SNIP["fr"] += [
    "CVV {cvv} au dos de la carte {card}, exp {exp}.", "Le cryptogramme est {cvv}, carte {card} valable jusqu'au {exp}.",
    "Code d'accès du parking {door}.", "Digicode de l'immeuble : {door}, 2e étage.",
    "Code de vérification {otp}, refusé.", "Itsme m'a donné {otp} mais ça expire trop vite.",
    "Clé secrète Stripe {apikey} publiée par erreur !", "AWS access key {apikey}, secret {awssecret} - à révoquer d'urgence.",
    "Bearer {token} renvoie 401 depuis le {date}.", "Jeton de session {token}, toujours valide après déconnexion ?",
    "Mon adresse mail : {email}.", "Écrivez-moi plutôt sur {email}, pas sur l'ancienne.",
    "Fixe à la maison {land}, GSM {phone}.", "Appelez-moi au {land} le soir.",
    "Numéro de commerçant {mid}, paiement de {amt} pas reçu.", "Terminal {tid} bloqué, contrat {cust}.",
    "Code PIN de la carte SIM : {pin}, PUK {puk}.", "Le PUK {puk} ne fonctionne pas.",
    "Mot de passe wifi clients : {wifi}", "Clé WPA du routeur {wifi}",
    "Date de naissance {dob}, EAN {ean}.", "EAN électricité {ean}, gaz {ean}.",
    "NISS de l'employée : {natid}.", "Numéro de registre national {natid}, né le {dob}.",
]
SNIP["en"] += [
    "Our office number is {cphone}, but text me on {phone}.",
    "Username {user}, password {pw} - locked out after 3 tries.", "user: {user} pw: {pw}",
    "Gate code for the unit is {door}.", "Key safe code {door}, alarm {door}.",
    "He read the code out as {otpw}", "the automated call said {otpw} then hung up",
    "Guest wifi password {wifi}", "WPA2 key on the router sticker is {wifi}",
    "Our live secret key {apikey} ended up in a public repo, please revoke.", "AWS secret access key {awssecret} for key id {apikey} leaked.",
    "The ID number on the payslip ({natid}) belongs to someone else.", "Employee {name}, national ID {natid}, DOB {dob}.",
    "Home landline {land}.", "Call my landline {land} after 6.",
    "CVC {cvv} on the back of {card}, exp {exp}.", "Security code {cvv}, card {card}, expires {exp}.",
    "PUK code {puk}", "Network gave me PUK {puk}, phone now wants a new PIN, I chose {pin}.",
    "Session token {token} still valid after logout?", "Personal access token {token} for the integration, please revoke.",
    "Merchant number {mid}, settlement of {amt} missing.", "Terminal ID {tid} keeps rebooting, MID {mid}.",
]

# rebalance signatures so that address-bearing ones fall in both halves
SIG["nl"][4], SIG["nl"][5] = SIG["nl"][5], SIG["nl"][4]
SIG["nlbe"] = [SIG["nlbe"][1], SIG["nlbe"][0], SIG["nlbe"][2], "{fname} {lname}\n{company}\n{addr}\nT {cphone}"]
SIG["fr"].append("{name}\n{company}\n{addr}\nGSM {phone}")
SIG["gb"].append("{name}\n{addr}\n{phone}")
SIG["us"].append("{name}\n{addr}\ncell: {phone}")

SNIP["nl"] += [
    "Ik heb alles geprobeerd wat op {url} staat. Bestelling {order} is nog steeds niet geleverd.", "Volgens {url} is er geen storing, maar de kassa maakt geen verbinding via poort {port}. Order {order}.",
    "Ik zit tot vrijdag in het buitenland (vlucht {flight}), bel tot die tijd mijn collega. Meterstand was {meter}.", "Terug met {flight} op {date}; de meterstand {meter} heb ik via de app doorgegeven. SHA256 van de export: {checksum}",
]
SNIP["nlbe"] += [
    "Zie {url}, daar staat niks over. Bestelling {order}.", "Ik vlieg morgen ({flight}), meterstand {meter}. Checksum van het bestand: {checksum}",
]
SNIP["fr"] += [
    "J'ai suivi {url} sans succès, commande {order}, port {port} bloqué.", "Selon {url} pas de panne. Commande {order}.",
    "Je suis en déplacement (vol {flight}), index {meter}.", "De retour par le {flight} le {date}. Empreinte SHA-256 du fichier : {checksum}, index {meter}.",
]
SNIP["en"] += [
    "Tried everything on {url}. Order {order} still not delivered, port {port} is open on our side.", "Your status page {url} says all fine. Order {order}.",
    "I'm away until Friday (flight {flight}), meter reading was {meter}.", "Back on {flight} on {date}; submitted meter reading {meter}. File hash {checksum}.",
]
