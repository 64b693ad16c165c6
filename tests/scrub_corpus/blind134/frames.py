"""E-mail and chat framing pieces per language group (nl, nl-be, fr-be, en). Same markup as templates."""

GREET = {
    "nl": ["Beste klantenservice,", "Hallo,", "Goedemiddag,", "Geachte heer/mevrouw,", "Hoi {f:brand},", "Goedemorgen team,", "Beste mensen,", "Hallo allemaal,"],
    "nl-be": ["Beste,", "Dag,", "Goeiedag,", "Geachte,", "Hallo {f:brand},", "Beste klantendienst,"],
    "fr-be": ["Bonjour,", "Madame, Monsieur,", "Bonjour {f:brand},", "Bonsoir,", "Chère équipe,", "Bonjour à tous,"],
    "en": ["Hi,", "Hello,", "Dear Sir/Madam,", "Hi {f:brand} team,", "Good morning,", "To whom it may concern,", "Hey there,", "Dear customer services,"],
}

SIGNOFF = {
    "nl": ["Met vriendelijke groet,", "Groet,", "Alvast bedankt!", "Mvg,", "Groetjes,", "Vriendelijke groeten,", "Dank & groet,", "Hartelijke groet,"],
    "nl-be": ["Met vriendelijke groeten,", "Mvg,", "Alvast bedankt,", "Groetjes,", "Vriendelijke groet,", "Dank u,"],
    "fr-be": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,", "Bien cordialement,", "Bonne journée,"],
    "en": ["Kind regards,", "Thanks,", "Best,", "Cheers,", "Regards,", "Many thanks,", "Thanks in advance,", "Sincerely,"],
}

SIG = {
    "nl": [
        "{f:full}\n{t:address}\n{t:phone}",
        "{f:name}\n\nVerstuurd vanaf mijn iPhone",
        "{f:full} | {t:phone} | {t:email}",
        "{f:full}\nTel: {t:phone}\nMob. {t:phone}",
        "{f:name} {f:last}\n{t:email.work}\nKvK {n:company_registration}",
        "--\n{f:full}\nadres: {t:address}",
    ],
    "nl-be": [
        "{f:full}\n{t:address}\nGSM {t:phone}",
        "{f:name}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.",
        "{f:full} - {t:email}",
        "{f:full}\nBTW {n:company_registration}\ntel. {t:phone}",
    ],
    "fr-be": [
        "{f:full}\n{t:address}\nGSM : {t:phone}",
        "{f:name}\n\nEnvoyé de mon iPhone",
        "{f:full} — {t:email}",
        "{f:full}\nTVA {n:company_registration}\nTél. {t:phone}",
    ],
    "en": [
        "{f:full}\n{t:address}\n{t:phone}",
        "{f:name}\n\nSent from my iPhone",
        "{f:full} | m: {t:phone} | e: {t:email}",
        "{f:full}\nMobile: {t:phone}",
        "{f:name} {f:last}\n{t:email.work}\nCompany no. {n:company_registration}",
        "--\n{f:full}\n{t:address}",
    ],
}

QUOTE_HDR = {
    "nl": ["Op {n:date} om {n:time} schreef Klantenservice {f:brand}:", "Van: {f:brand} Klantenservice\nVerzonden: {n:date} {n:time}\nAan: {f:full}\nOnderwerp: Re: uw vraag",
           "-----Oorspronkelijk bericht-----\nDatum: {n:date}", "Op {n:date} heeft {f:agent} ({f:brand}) het volgende geschreven:"],
    "nl-be": ["Op {n:date} om {n:time} schreef {f:brand}:", "Van: {f:brand}\nVerzonden: {n:date}\nOnderwerp: RE: uw vraag"],
    "fr-be": ["Le {n:date} à {n:time}, {f:brand} a écrit :", "De : Service clients {f:brand}\nEnvoyé : {n:date} {n:time}\nObjet : RE: votre demande"],
    "en": ["On {n:date} at {n:time}, {f:brand} Support wrote:", "From: {f:brand} Customer Care\nSent: {n:date} {n:time}\nTo: {f:full}\nSubject: RE: your enquiry",
           "-----Original Message-----\nDate: {n:date}", "On {n:date}, {f:agent} from {f:brand} wrote:"],
}

FWD_HDR = {
    "nl": ["---------- Doorgestuurd bericht ---------\nVan: {f:full} <{t:email}>\nDatum: {n:date}\nOnderwerp: Fwd: mijn bestelling",
           "Begin doorgestuurd bericht:\n\nVan: {f:full} <{t:email}>\nDatum: {n:date} {n:time}"],
    "nl-be": ["---------- Doorgestuurd bericht ---------\nVan: {f:full} <{t:email}>\nDatum: {n:date}",
              "Begin doorgestuurd bericht:\nVan: {t:email}\nDatum: {n:date}"],
    "fr-be": ["---------- Message transféré ---------\nDe : {f:full} <{t:email}>\nDate : {n:date}",
              "Début du message réexpédié :\nDe : {t:email}\nDate : {n:date} {n:time}"],
    "en": ["---------- Forwarded message ---------\nFrom: {f:full} <{t:email}>\nDate: {n:date}\nSubject: Fwd: my order",
           "Begin forwarded message:\n\nFrom: {f:full} <{t:email}>\nDate: {n:date} at {n:time}"],
}

DISCLAIMER = {
    "nl": ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
           "Denk aan het milieu voordat u deze e-mail print."],
    "nl-be": ["Dit bericht is vertrouwelijk en enkel bestemd voor de geadresseerde.", "Gelieve het milieu te sparen en deze e-mail niet af te drukken."],
    "fr-be": ["Ce message est confidentiel et destiné exclusivement à son destinataire.", "Pensez à l'environnement avant d'imprimer ce courriel."],
    "en": ["This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender.",
           "Please consider the environment before printing this email."],
}

SUBJECT = {
    "nl": ["Onderwerp: klacht", "Onderwerp: vraag over mijn account", "Onderwerp: RE: pakket", "Onderwerp: dringend!!"],
    "nl-be": ["Onderwerp: vraag", "Onderwerp: probleem met levering"],
    "fr-be": ["Objet : réclamation", "Objet : question compte"],
    "en": ["Subject: complaint", "Subject: account issue", "Subject: RE: delivery", "Subject: URGENT"],
}

COMPANY_SIG = {
    "nl": ["{f:agent}\nKlantenservice {f:brand}\nT {n:company_phone} | {n:url}\nKvK {n:company_registration}",
           "Team {f:brand} | {n:company_phone} | BTW {n:company_registration}"],
    "nl-be": ["{f:agent}\nKlantendienst {f:brand}\n{n:company_phone} - {n:url}", "{f:brand} | Ondernemingsnummer {n:company_registration}"],
    "fr-be": ["{f:agent}\nService clientèle {f:brand}\n{n:company_phone} - {n:url}", "{f:brand} | N° d'entreprise {n:company_registration}"],
    "en": ["{f:agent}\nCustomer Care, {f:brand}\nT: {n:company_phone} | {n:url}\nRegistered in England, company no. {n:company_registration}",
           "{f:brand} Support | {n:company_phone} | {n:url}"],
}

CHAT_PREFIX = {
    "whatsapp": ["[{n:time}, {n:date}] {f:name}: ", "{n:date} {n:time} - {f:name}: "],
    "telegram": ["{f:name}, [{n:date} {n:time}]\n", "{f:full}:\n"],
}

REPEAT = {
    "nl": ["nogmaals: ", "\nfoutje, het is echt ", "\nnog een keer voor de zekerheid: "],
    "nl-be": ["\nnog eens: ", "\nnogmaals, ", "\ndus nog eens "],
    "fr-be": ["\nje répète : ", "\ndonc ", "\nc'est bien "],
    "en": ["\nagain: ", "\nto repeat, ", "\nsorry typo, it's ", "\ni.e. "],
}
