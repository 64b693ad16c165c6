"""E-mail wrappers per language: subject lines, greetings, sign-offs/signatures, quote headers, forward headers,
disclaimers. Each list is dealt alternately between the halves."""

W = {}

W["nl"] = {
    "subject": ["Onderwerp: Reparatieverzoek", "Onderwerp: RE: uw melding {ticket}", "Onderwerp: verhuizing", "Onderwerp: Vraag over mijn account", "Onderwerp: schade", "Onderwerp: FW: zonnepanelen"],
    "greet": ["Geachte heer/mevrouw,", "Beste {landlord},", "Hallo,", "Goedemorgen,", "Beste mensen van {installer},", "Geachte klantenservice,"],
    "sign": [
        "Met vriendelijke groet,\n{name}",
        "Groeten,\n{first}\n{phone}",
        "Met vriendelijke groet,\n\n{name}\n{addr}\nTel: {phone}",
        "mvg {first}\n\nVerzonden vanaf mijn iPhone",
        "Vriendelijke groeten,\n{name}\nMobiel {phone} | {email}",
        "Alvast bedankt!\n{first} {last}\nVerstuurd vanaf Outlook voor Android",
    ],
    "quote": [
        "Op {date} om {time} schreef {insurer} Klantenservice:",
        "Van: {landlord} <noreply>\nVerzonden: {date} {time}\nAan: {name}\nOnderwerp: Uw melding {ticket}",
        "Op {date} {time} heeft {energy} het volgende geschreven:",
        "-----Oorspronkelijk bericht-----\nVan: Klantenservice {installer}\nDatum: {date}",
    ],
    "fwd": [
        "---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: meterstanden",
        "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nDatum: {date} om {time}\nAan: {first@2}",
    ],
    "disc": [
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. {landlord} | KvK {kvk} | Klantenservice {cphone}",
        "De informatie in dit e-mailbericht is vertrouwelijk. Aan dit bericht kunnen geen rechten worden ontleend. BTW {vat}",
    ],
}
W["nl-be"] = {
    "subject": ["Onderwerp: herstelling dringend", "Onderwerp: verhuis", "Onderwerp: premie warmtepomp", "Onderwerp: RE: dossier {ticket}"],
    "greet": ["Geachte,", "Beste,", "Dag {agent},", "Goeiendag,"],
    "sign": [
        "Met vriendelijke groeten,\n{name}",
        "Mvg,\n{first}\nGSM {phone}",
        "Vriendelijke groet,\n{name}\n{addr}\n{phone}",
        "Groetjes\n{first}\n\nVerzonden vanaf mijn Samsung Galaxy smartphone.",
    ],
    "quote": [
        "Op {date} om {time} schreef {energy}:",
        "Van: {landlord}\nVerzonden: {date}\nOnderwerp: dossier {ticket}",
        "Op {date} heeft Klantendienst {insurer} geschreven:",
        "--- Oorspronkelijk bericht ---\nVan: {installer} support\nDatum: {date} {time}",
    ],
    "fwd": [
        "---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}",
        "Begin doorgestuurd bericht:\nVan: {name} <{email}>\nOnderwerp: meterstand",
    ],
    "disc": [
        "Deze e-mail is vertrouwelijk. {landlord} - ondernemingsnummer {kvk} - {cphone}",
        "Dit bericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde. BTW {vat}",
    ],
}
W["fr-be"] = {
    "subject": ["Objet : réparation urgente", "Objet : déménagement", "Objet : RE: dossier {ticket}", "Objet : prime pompe à chaleur"],
    "greet": ["Madame, Monsieur,", "Bonjour,", "Bonjour {agent},", "Chère équipe de {installer},"],
    "sign": [
        "Cordialement,\n{name}",
        "Bien à vous,\n{first}\nGSM : {phone}",
        "Meilleures salutations,\n{name}\n{addr}\nTél. {phone}",
        "Merci d'avance\n{first}\n\nEnvoyé de mon iPhone",
    ],
    "quote": [
        "Le {date} à {time}, {energy} a écrit :",
        "De : {landlord}\nEnvoyé : {date}\nObjet : votre dossier {ticket}",
        "Le {date}, Service clientèle {insurer} a écrit :",
        "-------- Message d'origine --------\nDe : support {installer}\nDate : {date} {time}",
    ],
    "fwd": [
        "---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}",
        "Début du message réexpédié :\nDe : {name} <{email}>\nObjet : index compteur",
    ],
    "disc": [
        "Ce message est confidentiel. {landlord} - n° d'entreprise {kvk} - {cphone}",
        "Ce courriel et ses annexes sont strictement confidentiels. TVA {vat}",
    ],
}
W["en-gb"] = {
    "subject": ["Subject: Repair request", "Subject: RE: your ref {ticket}", "Subject: moving house", "Subject: Complaint", "Subject: Fwd: solar install"],
    "greet": ["Dear Sir/Madam,", "Hi,", "Hello {agent},", "To whom it may concern,", "Morning,"],
    "sign": [
        "Kind regards,\n{name}",
        "Thanks,\n{first}\n{phone}",
        "Best wishes,\n{name}\n{addr}\nMob: {phone}",
        "Cheers\n{first}\n\nSent from my iPhone",
        "Regards,\n{name} | {email} | {phone}",
    ],
    "quote": [
        "On {date} at {time}, {insurer} Customer Care wrote:",
        "From: {landlord} Repairs\nSent: {date} {time}\nTo: {name}\nSubject: Your repair {ticket}",
        "On {date}, {energy} <no-reply> wrote:",
        "-----Original Message-----\nFrom: {installer} Support\nDate: {date}",
    ],
    "fwd": [
        "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: readings",
        "Begin forwarded message:\nFrom: {name} <{email}>\nDate: {date} at {time}",
    ],
    "disc": [
        "{landlord} is a registered society. Company No. {kvk}. Customer line {cphone}.",
        "This email and any attachments are confidential. VAT Reg {vat}.",
    ],
}
W["en-us"] = {
    "subject": ["Subject: Maintenance request", "Subject: RE: Ticket {ticket}", "Subject: transfer service", "Subject: claim follow up", "Subject: Fwd: solar"],
    "greet": ["Hello,", "Hi {agent},", "To whom it may concern,", "Good afternoon,", "Hi team,"],
    "sign": [
        "Thanks,\n{name}",
        "Best,\n{first}\n{phone}",
        "Sincerely,\n{name}\n{addr}\nCell: {phone}",
        "Thank you!\n{first}\n\nSent from my Galaxy",
        "—\n{name}\n{email} · {phone}",
    ],
    "quote": [
        "On {date} at {time}, {insurer} Claims wrote:",
        "From: {landlord}\nSent: {date} {time}\nTo: {name}\nSubject: Work order {ticket}",
        "On {date}, {energy} Customer Service <donotreply> wrote:",
        "-----Original Message-----\nFrom: {installer} Support\nDate: {date}",
    ],
    "fwd": [
        "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}\nSubject: closing docs",
        "Begin forwarded message:\nFrom: {name} <{email}>\nDate: {date} at {time}",
    ],
    "disc": [
        "{landlord} | EIN {kvk} | Customer Service {cphone}",
        "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. Tax ID {vat}.",
    ],
}
