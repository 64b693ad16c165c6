"""Channel frames: e-mail signatures, quote headers, forward headers, disclaimers, chat wrappers.
All lists are groups dealt alternately between halves."""

SIG = {
    "nl": ["Met vriendelijke groet,\n{f:full}", "Groet,\n{f:first}\n{phone}", "--\n{f:full}\n{address}\nT {phone}", "Verstuurd vanaf mijn iPhone",
           "Mvg,\n{f:full}\nZZP fotografie | KvK {n:kvk}\nM: {phone}", "{f:first}\n\nVerzonden vanaf Outlook voor Android", "Hartelijke groet,\n{f:full}\n{email}", "gr {f:first}"],
    "nl-be": ["Met vriendelijke groeten,\n{f:full}", "Groetjes,\n{f:first}\nGSM {phone}", "--\n{f:full}\n{address}\n{phone}", "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
              "Mvg,\n{f:full}\nBTW {n:kvk}", "{f:first}"],
    "fr-be": ["Cordialement,\n{f:full}", "Bien à vous,\n{f:first}\nGSM: {phone}", "--\n{f:full}\n{address}\nTél. {phone}", "Envoyé de mon iPhone",
              "Salutations,\n{f:full}\nTVA {n:kvk}", "{f:first}"],
    "en-gb": ["Kind regards,\n{f:full}", "Thanks,\n{f:first}\nMob: {phone}", "--\n{f:full}\n{address}\n{phone}", "Sent from my iPhone",
              "Best wishes,\n{f:full}\n{f:last} Photography Ltd, company no. {n:kvk}", "{f:first} x"],
    "en-us": ["Best,\n{f:full}", "Thanks,\n{f:first}\nCell: {phone}", "--\n{f:full}\n{address}\n{phone}", "Sent from my iPhone",
              "Regards,\n{f:full}\n{email}", "- {f:first}"],
}

AGENT_SIG = {
    "nl": ["Met vriendelijke groet,\n{f:agent}\nKlantenservice {f:brand}\nT {n:cphone} | {n:url}\nKvK {n:kvk}", "Groet,\n{f:agent} | Team {f:brand}\n{n:cphone}",
           "Hartelijke groeten,\n{f:agent}\n{f:brand} – bereikbaar via {n:cphone}", "^{f:agent}"],
    "nl-be": ["Met vriendelijke groeten,\n{f:agent}\n{f:brand} klantendienst\n{n:cphone}\nOnd.nr. {n:kvk}", "Groeten,\n{f:agent} – {f:brand}\n{n:url}"],
    "fr-be": ["Cordialement,\n{f:agent}\nService clientèle {f:brand}\n{n:cphone}\nN° entreprise {n:kvk}", "Bien à vous,\n{f:agent} – {f:brand}\n{n:url}"],
    "en-gb": ["Kind regards,\n{f:agent}\nCustomer Care, {f:brand}\n{n:cphone}\nRegistered in England & Wales no. {n:kvk}", "Thanks,\n{f:agent} | {f:brand}\n{n:url}"],
    "en-us": ["Best,\n{f:agent}\n{f:brand} Customer Support\n{n:cphone}", "Thanks,\n{f:agent} | {f:brand} Support\n{n:url}"],
}

QHDR = {
    "nl": ["Op {n:date} om {n:time} schreef {f:brand} Klantenservice:", "-----Oorspronkelijk bericht-----\nVan: {f:brand}\nVerzonden: {n:date} {n:time}\nOnderwerp: RE: uw vraag {n:ticket}",
           "Op {n:date} heeft {f:first} het volgende geschreven:", "Van: Team {f:brand}\nDatum: {n:date}\nOnderwerp: Uw reparatie {n:order}"],
    "nl-be": ["Op {n:date} om {n:time} schreef {f:brand}:", "Van: {f:brand} klantendienst\nVerzonden: {n:date}\nOnderwerp: dossier {n:ticket}"],
    "fr-be": ["Le {n:date} à {n:time}, {f:brand} a écrit :", "De : Service clients {f:brand}\nEnvoyé : {n:date}\nObjet : RE: dossier {n:ticket}"],
    "en-gb": ["On {n:date} at {n:time}, {f:brand} Customer Care wrote:", "From: {f:brand}\nSent: {n:date} {n:time}\nSubject: RE: your enquiry {n:ticket}"],
    "en-us": ["On {n:date}, at {n:time}, {f:brand} Support wrote:", "From: {f:brand} Support\nSent: {n:date}\nSubject: Re: Case {n:ticket}"],
}

FWD = {
    "nl": ["---------- Doorgestuurd bericht ---------\nVan: {f:full} <{email}>\nDatum: {n:date}\nOnderwerp: Fwd: {n:ticket}", "Begin doorgestuurd bericht:\n\nVan: {f:full} <{email}>\nOnderwerp: opvang"],
    "nl-be": ["---------- Doorgestuurd bericht ---------\nVan: {f:full} <{email}>\nDatum: {n:date}", "Begin doorgestuurd bericht:\nVan: {email}"],
    "fr-be": ["---------- Message transféré ---------\nDe : {f:full} <{email}>\nDate : {n:date}", "Début du message réexpédié :\nDe : {email}"],
    "en-gb": ["---------- Forwarded message ---------\nFrom: {f:full} <{email}>\nDate: {n:date}", "Begin forwarded message:\nFrom: {email}"],
    "en-us": ["---------- Forwarded message ---------\nFrom: {f:full} <{email}>\nDate: {n:date}", "Begin forwarded message:\n\nFrom: \"{f:full}\" <{email}>"],
}

DISC = {
    "nl": ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, verwijder het dan.", "Denk aan het milieu voordat u deze e-mail print."],
    "nl-be": ["Dit bericht en eventuele bijlagen zijn vertrouwelijk. Indien u niet de bestemmeling bent, gelieve het te verwijderen.", "Denk aan het milieu vooraleer u deze mail afdrukt."],
    "fr-be": ["Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de le supprimer.", "Pensez à l'environnement avant d'imprimer ce mail."],
    "en-gb": ["This email and any attachments are confidential. If you are not the intended recipient, please delete it.", "Please consider the environment before printing this email."],
    "en-us": ["CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If received in error, please delete.", "Please consider the environment before printing."],
}

SUBJ = {
    "nl": ["Onderwerp: vraag over {n:ticket}", "Onderwerp: RE: afspraak", "Onderwerp: dringend!!", "Onderwerp: klacht"],
    "nl-be": ["Onderwerp: vraag", "Onderwerp: RE: dossier {n:ticket}"],
    "fr-be": ["Objet : question", "Objet : RE: dossier {n:ticket}"],
    "en-gb": ["Subject: query re {n:ticket}", "Subject: RE: booking"],
    "en-us": ["Subject: Question", "Subject: Re: {n:ticket}"],
}

WA_PASTE = {
    "nl": ["[{n:date} {n:time}] {f:brand}: Uw verificatiecode is {otp}. Deel deze code met niemand.", "Kopie van de sms: 'Je code voor {f:brand} is {otp}, geldig 10 min'"],
    "nl-be": ["Sms van {f:brand}: uw code is {otp}", "[{n:time}] {f:brand}: Uw eenmalige code: {otp}"],
    "fr-be": ["SMS reçu: Votre code {f:brand} est {otp}", "[{n:time}] {f:brand}: code de confirmation {otp}, valable 5 min"],
    "en-gb": ["Text from {f:brand}: Your code is {otp}. Don't share it.", "[{n:time}] {f:brand}: {otp} is your verification code"],
    "en-us": ["Got this text: {f:brand}: your one-time passcode is {otp}", "[{n:time}] {otp} is your {f:brand} security code"],
}
