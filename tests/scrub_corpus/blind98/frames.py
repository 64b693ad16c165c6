"""E-mail frames, signatures, quote headers, disclaimers and agent replies, per language."""

GREET = {
    "nl": ["Geachte heer/mevrouw,", "Beste {org},", "Hallo,", "Goedendag,", "Hoi team,", "Geachte klantenservice,", "Goedemiddag,", "Beste mensen,"],
    "nl-be": ["Beste,", "Dag,", "Geachte,", "Hallo {org},", "Goeiedag,", "Beste klantendienst,"],
    "fr-be": ["Bonjour,", "Madame, Monsieur,", "Bonjour {org},", "Bonsoir,", "Chère équipe,", "Madame, Monsieur, bonjour"],
    "en-gb": ["Dear Sir or Madam,", "Hi there,", "Hello,", "Dear {org} team,", "Good morning,", "To whom it may concern,"],
    "en-us": ["Hi,", "Hello team,", "To whom it may concern,", "Hey {org},", "Good afternoon,", "Hi support,"],
}
CLOSE = {
    "nl": ["Met vriendelijke groet,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groeten,", "Gr.", "Hoogachtend,", "Dank en groet,"],
    "nl-be": ["Met vriendelijke groeten,", "Mvg", "Alvast bedankt,", "Groetjes", "Vriendelijke groet,", "Dank u"],
    "fr-be": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bàv", "Meilleures salutations,"],
    "en-gb": ["Kind regards,", "Many thanks,", "Best wishes,", "Cheers,", "Yours faithfully,", "Regards,"],
    "en-us": ["Thanks,", "Best,", "Sincerely,", "Thank you,", "Regards,", "Thx"],
}
SIG = {
    "nl": ["{name}\n{addr.multi}\nTel: {phone}", "{name}\n{phone}", "{first}\n\nVerstuurd vanaf mijn iPhone", "{name} | {email} | {phone}",
           "{name}\nmob. {phone}\n{email}", "{first} {last}\n\nVerzonden met Outlook voor Android", "{name}\nAdres: {addr}\nTelefoon {phone}", "{first}"],
    "nl-be": ["{name}\n{addr.multi}\nGSM {phone}", "{name}\ngsm: {phone}", "{first}\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.", "{name} - {email}", "{name}\nTel. {phone}\n{email}", "{first}"],
    "fr-be": ["{name}\n{addr.multi}\nGSM: {phone}", "{name}\nTél. {phone}", "{first}\n\nEnvoyé de mon iPhone", "{name} — {email}", "{name}\n{phone}\n{email}", "{first}"],
    "en-gb": ["{name}\n{addr.multi}\nMob: {phone}", "{name}\n{phone}", "{first}\n\nSent from my iPhone", "{name} | {email}", "{name}\nT: {phone}\nE: {email}", "{first}"],
    "en-us": ["{name}\n{addr.multi}\nCell: {phone}", "{name}\n{phone}", "{first}\n\nSent from my Galaxy", "{name} | {email} | {phone}", "{name}\nc. {phone}", "{first}"],
}
QUOTE_HDR = {
    "nl": ["Op {date} om {time} schreef {org}:", "-----Oorspronkelijk bericht-----\nVan: {org}\nDatum: {date}\nOnderwerp: Re: uw vraag", "Op {date} {time} heeft {agent} van {org} het volgende geschreven:", "---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nAan: {org}"],
    "nl-be": ["Op {date} om {time} schreef {org}:", "-----Oorspronkelijk bericht-----\nVan: {org}\nVerzonden: {date}", "Van: {name} <{email}>\nVerzonden: {date} {time}\nAan: {org}", "{org} schreef op {date}:"],
    "fr-be": ["Le {date} à {time}, {org} a écrit :", "-----Message d'origine-----\nDe : {org}\nEnvoyé : {date}", "---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date}", "{org} a écrit le {date} :"],
    "en-gb": ["On {date} at {time}, {org} wrote:", "-----Original Message-----\nFrom: {org}\nSent: {date} {time}\nSubject: RE: your enquiry", "---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date}", "{org} wrote on {date}:"],
    "en-us": ["On {date}, at {time}, {org} <support> wrote:", "-----Original Message-----\nFrom: {org} Support\nSent: {date}", "Begin forwarded message:\nFrom: {name} <{email}>\nDate: {date}", "On {date} {org} wrote:"],
}
DISCL = {
    "nl": ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan.", "Denk aan het milieu voordat u deze e-mail print.", "{org} | KvK {kvk} | {url}"],
    "nl-be": ["Dit bericht en eventuele bijlagen zijn vertrouwelijk.", "Ondernemingsnummer {kvk}", "Gelieve het milieu te sparen: print deze mail niet."],
    "fr-be": ["Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de le supprimer.", "Numéro d'entreprise {kvk}", "Pensez à l'environnement avant d'imprimer."],
    "en-gb": ["This email and any attachments are confidential. If you received it in error please delete it.", "Registered in England and Wales, company no. {kvk}", "Please consider the environment before printing."],
    "en-us": ["CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee.", "EIN {kvk}", "This message may contain privileged information."],
}
SUBJ = {
    "nl": ["Onderwerp: dringend!", "Onderwerp: vraag over mijn account", "Onderwerp: Re: {ticket}", "Onderwerp: klacht", "Onderwerp: wijziging gegevens"],
    "nl-be": ["Onderwerp: dringend", "Onderwerp: vraag", "Onderwerp: Re: dossier {ticket}", "Onderwerp: klacht"],
    "fr-be": ["Objet : urgent", "Objet : ma demande", "Objet : RE: dossier {ticket}", "Objet : réclamation"],
    "en-gb": ["Subject: urgent", "Subject: account problem", "Subject: RE: {ticket}", "Subject: complaint"],
    "en-us": ["Subject: URGENT", "Subject: help with my account", "Subject: Re: case {ticket}", "Subject: complaint"],
}

AGENT = {
    "nl": [
        "Hoi {first}, vervelend dat inloggen niet lukt! Deel nooit je wachtwoord of sms-code met ons, ook niet via DM. Bel ons op {cphone}, je zaaknummer is {ticket}. ^{agent}",
        "Dank voor je bericht. Ik heb het IBAN {iban} aan je dossier gekoppeld, de uitbetaling van {amount} volgt binnen 5 werkdagen. Groet, {agent}",
        "Hallo {first}, we sturen de nieuwe pas naar {addr}. Klopt dat adres? Je klantnummer {cust.generic} heb ik genoteerd. ^{agent}",
        "Ik zie dat je je BSN {bsn} en geboortedatum {dob} hebt gestuurd. Die hebben we verwijderd uit dit gesprek. Kijk op {url} voor meer info. ^{agent}",
        "Beste {first}, uw verzoek {ticket} is in behandeling. We nemen contact op via {phone} of {email}.\n\nMet vriendelijke groet,\n{agent}\n{org}\nT {cphone}\nKvK {kvk}",
        "Je code {otp} is verlopen, vraag in de app een nieuwe aan. Gebruik app versie {ver} of hoger. ^{agent}",
        "Het retour van bestelling {order} is op {date} binnengekomen. Het bedrag van {amount} storten we op {masked.iban}. Fijne dag! {agent}",
        "Hoi! Je opslagbox {cust.unit} is weer vrijgegeven, nieuwe poortcode {pin.gate} gaat per sms naar {phone}. ^{agent}",
    ],
    "nl-be": [
        "Dag {first}, deel nooit je pincode of itsme-code, ook niet met ons. Bel Cardstop op {cphone}. Dossier {ticket}. ^{agent}",
        "Bedankt! We hebben het rekeningnummer {iban} geregistreerd, terugbetaling van {amount} volgt. Groeten, {agent}",
        "Hallo {first}, klopt het dat je nieuwe adres {addr} is? Je klantnummer {cust.be} is aangepast. ^{agent}",
        "We hebben je rijksregisternummer {rrn} uit dit bericht verwijderd voor je veiligheid. Meer info: {url}. ^{agent}",
        "Beste {first}, je box {cust.unit} is terug toegankelijk met code {pin.gate}. Vragen? {cphone}\n\nVriendelijke groeten,\n{agent}\n{org}\nondernemingsnr. {kvk}",
        "Je bestelling {order} is op {date} teruggekomen, terugbetaling op {masked.iban}. ^{agent}",
    ],
    "fr-be": [
        "Bonjour {first}, ne communiquez jamais votre code PIN ou code itsme. Appelez Card Stop au {cphone}. Dossier {ticket}. ^{agent}",
        "Merci! Le compte {iban} est enregistré, le remboursement de {amount} suivra. Cordialement, {agent}",
        "Bonjour {first}, votre nouvelle adresse est bien {addr}? Numéro client {cust.be} mis à jour. ^{agent}",
        "Nous avons supprimé votre numéro national {rrn} de la conversation. Plus d'infos: {url}. ^{agent}",
        "Bonjour {first}, votre box {cust.unit} est de nouveau accessible avec le code {pin.gate}. Questions? {cphone}\n\nBien à vous,\n{agent}\n{org}\nBCE {kvk}",
        "Votre commande {order} est revenue le {date}, remboursement sur {masked.iban}. ^{agent}",
    ],
    "en-gb": [
        "Hi {first}, sorry about this! Please never share your password or one-time passcode with us. Call us on {cphone} quoting {ticket}. ^{agent}",
        "Thanks, I've added account {iban} to your case and the refund of {amount} will follow. {agent}",
        "Hi {first}, can you confirm your new address is {addr}? Customer number {cust.generic} updated. ^{agent}",
        "We've removed your NI number {cust.nino} and date of birth {dob} from this chat for your security. More info at {url}. ^{agent}",
        "Dear {first},\n\nYour reference is {ticket}. We'll call you on {phone} within 2 working days.\n\nKind regards,\n{agent}\n{org}\n{cphone}\nCompany no. {kvk}",
        "Your code {otp} has expired. Please update to app version {ver} and try again. ^{agent}",
    ],
    "en-us": [
        "Hi {first}, please don't share your password or verification code here. Call us at {cphone}, case {ticket}. -{agent}",
        "Thanks! Refund of {amount} is going to the card ending {masked.card}. -{agent}",
        "Hi {first}, we'll ship the replacement card to {addr}. Is {phone} still the best number? -{agent}",
        "For your security we removed your SSN {cust.ssn} and DOB {dob} from this thread. See {url}. -{agent}",
        "Hello {first},\n\nYour case {ticket} is open. We'll email {email} with updates.\n\nThanks,\n{agent}\n{org} Customer Care\n{cphone}",
        "Your unit {cust.unit} gate code has been reset to {pin.gate}. Questions? {cphone} -{agent}",
    ],
}

STORY = {
    "nl": ["Ik heb al drie keer gebeld en word steeds doorverbonden, niemand kan me helpen.",
           "Dit speelt nu al sinds {date} en ik word er echt moedeloos van.",
           "Via de chat kreeg ik te horen dat ik moest mailen, dus bij deze.",
           "Mijn buurvrouw had hetzelfde probleem, bij haar was het binnen een dag opgelost.",
           "Ik heb de app al verwijderd en opnieuw geïnstalleerd ({ver}), maakt niks uit.",
           "Graag een reactie voor het eind van de week, anders dien ik een formele klacht in.",
           "Ik snap dat het druk is, maar {qty} aan brieven en nog geen antwoord is echt te veel.",
           "Excuses voor de lange mail, maar ik wil dat alles in één keer duidelijk is."],
    "nl-be": ["Ik heb al verschillende keren gebeld maar ik geraak er niet door.",
              "Dit sleept al aan sinds {date}, echt niet normaal.",
              "Op het kantoor zeiden ze dat ik moest mailen.",
              "Ik heb de app al opnieuw geïnstalleerd (versie {ver}), zonder resultaat.",
              "Gelieve mij zo snel mogelijk te contacteren.",
              "Sorry voor de lange mail, ik wil gewoon dat het opgelost geraakt."],
    "fr-be": ["J'ai déjà appelé plusieurs fois sans succès.",
              "Ce problème dure depuis le {date}, c'est inadmissible.",
              "Au guichet on m'a dit d'envoyer un mail, donc voilà.",
              "J'ai réinstallé l'application (version {ver}), rien n'y fait.",
              "Merci de me recontacter rapidement.",
              "Désolé pour la longueur du message mais je veux que tout soit clair."],
    "en-gb": ["I've rung three times now and keep getting cut off after 40 minutes on hold.",
              "This has been going on since {date} and frankly it's not good enough.",
              "The chat bot told me to email, so here I am.",
              "I've deleted and reinstalled the app (version {ver}) and it makes no difference.",
              "Please could someone get back to me by the end of the week.",
              "Apologies for the long email but I want everything in one place."],
    "en-us": ["I've called three times and got transferred every single time.",
              "This has been going on since {date} and I'm honestly fed up.",
              "The chat agent told me to email instead, so here goes.",
              "I already reinstalled the app ({ver}), no luck.",
              "Please get back to me ASAP, this is time sensitive.",
              "Sorry for the long email, just want it all documented."],
}
