"""Channel frames: e-mail greetings, closings, signatures, quote / forward headers, disclaimers."""

F = {
"nl": {
    "SUBJ": ["Onderwerp: Fraude melding", "Onderwerp: RE: uw melding {ticket}", "Onderwerp: phishing - geld kwijt", "Onderwerp: Terugboeking aanvragen", "Onderwerp: dringend!! rekening blokkeren", "Onderwerp: Betwiste transacties"],
    "GREET": ["Beste {bank},", "Geachte heer, mevrouw,", "Hallo,", "Goedemiddag,", "Beste mensen van de fraudeafdeling,", "Geachte klantenservice,"],
    "CLOSE": ["Met vriendelijke groet,", "Vriendelijke groeten,", "Groet,", "Alvast bedankt,", "Mvg", "Hopende op een snelle reactie,"],
    "SIG": ["{full}\n{phone}", "{full}\n{addr}\nTel: {phone}", "{name}\n\nVerzonden vanaf mijn iPhone", "{full}\nKlantnummer: {cust}", "{name} {last}", "{full}\nMob. {phone}\n{email}"],
    "QHDR": ["Op {date} om {time} schreef {bank} Klantenservice:", "Van: {bank} Fraudeteam\nVerzonden: {date} {time}\nOnderwerp: Uw melding {ticket}", "-----Oorspronkelijk bericht-----\nVan: {bank}\nDatum: {date}", "Op {date} schreef {agent} van {bank}:"],
    "FWD": ["---------- Doorgestuurd bericht ---------\nVan: {bank} Beveiliging <{semail}>\nDatum: {date} {time}\nOnderwerp: Actie vereist: verifieer uw rekening", "Begin doorgestuurd bericht:\n\nVan: \"{bank}\" <{semail}>\nOnderwerp: Uw pas wordt geblokkeerd", "-------- Forwarded Message --------\nFrom: {bank} <{semail}>\nDate: {date}"],
    "DISC": ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. {full} Advies, {kvk}.", "Denk aan het milieu voordat u deze e-mail print.", "Aan dit bericht kunnen geen rechten worden ontleend. {kvk}"],
},
"nl-be": {
    "SUBJ": ["Onderwerp: Fraude - dringend", "Onderwerp: Betwisting verrichting", "Onderwerp: RE: dossier {ticket}", "Onderwerp: phishing gekregen", "Onderwerp: kaart blokkeren"],
    "GREET": ["Beste,", "Geachte,", "Dag {bank},", "Goeiedag,", "Beste mevrouw, mijnheer,", "Hallo,"],
    "CLOSE": ["Met vriendelijke groeten,", "Groeten,", "Alvast bedankt,", "Mvg,", "Vriendelijke groet,"],
    "SIG": ["{full}\nGsm {phone}", "{full}\n{addr}", "{name}", "{full}\n{email}\n{phone}", "Verzonden vanaf mijn Samsung Galaxy-smartphone"],
    "QHDR": ["Op {date} om {time} schreef {bank}:", "Van: {bank} Klantendienst\nVerzonden: {date}\nOnderwerp: Uw dossier {ticket}", "-----Oorspronkelijk bericht-----\nVan: {bank}\nDatum: {date} {time}"],
    "FWD": ["---------- Doorgestuurd bericht ---------\nVan: {bank} <{semail}>\nDatum: {date}\nOnderwerp: Uw kaartlezer", "Begin doorgestuurd bericht:\nVan: {bank} Beveiliging <{semail}>\nOnderwerp: Dringend"],
    "DISC": ["Dit bericht is vertrouwelijk. {full} BV, {kvk}.", "Print deze mail enkel indien nodig.", "Disclaimer: dit bericht en eventuele bijlagen zijn vertrouwelijk. {kvk}"],
},
"fr-be": {
    "SUBJ": ["Objet : Fraude urgente", "Objet : Contestation opération", "Objet : RE: dossier {ticket}", "Objet : phishing", "Objet : blocage de carte"],
    "GREET": ["Madame, Monsieur,", "Bonjour,", "Bonjour {bank},", "Chère équipe,", "Bonsoir,", "Madame, Monsieur, bonjour,"],
    "CLOSE": ["Cordialement,", "Bien à vous,", "Salutations distinguées,", "Merci d'avance,", "Bàv,"],
    "SIG": ["{full}\nGSM : {phone}", "{full}\n{addr}", "{name}", "{full}\n{email}", "Envoyé de mon iPhone"],
    "QHDR": ["Le {date} à {time}, {bank} a écrit :", "De : {bank} Service Clientèle\nEnvoyé : {date}\nObjet : Votre dossier {ticket}", "-----Message d'origine-----\nDe : {bank}\nDate : {date} {time}"],
    "FWD": ["---------- Message transféré ---------\nDe : {bank} <{semail}>\nDate : {date}\nObjet : Action requise", "Début du message réexpédié :\nDe : {bank} Sécurité <{semail}>\nObjet : Compte suspendu"],
    "DISC": ["Ce message est confidentiel. {full} SRL, {kvk}.", "Pensez à l'environnement avant d'imprimer ce courriel.", "Avertissement : ce courriel et ses annexes sont confidentiels. {kvk}"],
},
"en": {
    "SUBJ": ["Subject: Fraud on my account", "Subject: RE: case {ticket}", "Subject: Disputed transactions", "Subject: Scam - urgent", "Subject: Please block my card", "Subject: Fwd: suspicious email"],
    "GREET": ["Dear Sir/Madam,", "Hi,", "Hello {bank},", "To whom it may concern,", "Dear fraud team,", "Good afternoon,"],
    "CLOSE": ["Kind regards,", "Thanks,", "Best wishes,", "Regards,", "Many thanks in advance,", "Sincerely,"],
    "SIG": ["{full}\n{phone}", "{full}\n{addr}\nTel: {phone}", "{name}\n\nSent from my iPhone", "{full}\nCustomer no. {cust}", "{name} {last}", "{full}\nMobile: {phone}\n{email}"],
    "QHDR": ["On {date} at {time}, {bank} Customer Care wrote:", "From: {bank} Fraud Team\nSent: {date} {time}\nSubject: Your case {ticket}", "-----Original Message-----\nFrom: {bank}\nDate: {date}", "On {date}, {agent} from {bank} wrote:"],
    "FWD": ["---------- Forwarded message ---------\nFrom: {bank} Security <{semail}>\nDate: {date} {time}\nSubject: Action required: verify your account", "Begin forwarded message:\n\nFrom: \"{bank}\" <{semail}>\nSubject: Your card has been suspended"],
    "DISC": ["This email and any attachments are confidential. {full} Ltd, {kvk}.", "Please consider the environment before printing this email.", "CONFIDENTIALITY NOTICE: this message is intended only for the addressee. {kvk}"],
},
}

# chat prefixes (WhatsApp export style lines etc.)
CHATPRE = {
"nl": ["", "", "", "[{date} {time}] {name}: ", "Hoi, ", "Goedenavond, "],
"nl-be": ["", "", "[{date} {time}] {name}: ", "Dag, ", "Hallo, "],
"fr-be": ["", "", "[{date} {time}] {name}: ", "Bonjour, ", "Bonsoir, "],
"en": ["", "", "", "[{date}, {time}] {name}: ", "Hi, ", "Hello, "],
}
