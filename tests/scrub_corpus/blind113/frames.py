"""Channel frames per language group (nl, vl, fr, en): public wrappers, chat openers, e-mail parts, agent replies."""

PUBLIC = {
 "nl": ["{~mention} {B}", "{B} {~hashtag}", "{~mention} serieus?? {B} {~hashtag} {~hashtag}", "Hee {~mention}, {B}", "{B}\n\ncc {~mention}", "{~mention} {~mention} {B} #klantonvriendelijk"],
 "vl": ["{~mention} {B}", "{B} {~hashtag}", "Allee {~mention}, {B}", "{~mention} {B} 🙄 {~hashtag}"],
 "fr": ["{~mention} {B}", "{B} {~hashtag}", "Franchement {~mention}... {B}", "{~mention} {B} {~hashtag} {~hashtag}"],
 "en": ["{~mention} {B}", "{B} {~hashtag}", "Hey {~mention} {B}", "{~mention} seriously?? {B} {~hashtag}", "{B}\n\n{~mention} {~hashtag} {~hashtag}", ".{~mention} {B}"],
}

CHAT = {
 "nl": ["{B}", "hoi\n{B}", "Goedemorgen, {B}", "{B}\nalvast bedankt", "{B} 🙏", "Hallo {=co}, {B}"],
 "vl": ["{B}", "Dag,\n{B}", "Hallo, {B} Merci!", "{B}\nmvg {=name}"],
 "fr": ["{B}", "Bonjour,\n{B}", "Bonsoir, {B} Merci d'avance", "{B}\nCdlt {=name}"],
 "en": ["{B}", "hi there\n{B}", "Morning, {B}", "{B}\nthanks in advance", "{B} 🙏", "Hello {=co} team, {B}"],
}

GREETING = {
 "nl": ["Beste heer/mevrouw,", "Geachte klantenservice,", "Hallo {=co},", "Beste {=agent},", "Goedendag,", "Hoi,"],
 "vl": ["Geachte,", "Beste,", "Dag {=agent},", "Goeiedag,"],
 "fr": ["Madame, Monsieur,", "Bonjour,", "Bonjour {=agent},", "Chère équipe {=co},"],
 "en": ["Dear Sir/Madam,", "Hi,", "Hello {=agent},", "To whom it may concern,", "Dear {=co} team,", "Hiya,"],
}

CLOSING = {
 "nl": ["Met vriendelijke groet,", "Mvg,", "Groetjes,", "Alvast bedankt en groet,", "Vriendelijke groeten,", "Gr."],
 "vl": ["Met vriendelijke groeten,", "Mvg", "Alvast bedankt,", "Groetjes,"],
 "fr": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,"],
 "en": ["Kind regards,", "Thanks,", "Best,", "Cheers,", "Regards,", "Many thanks,"],
}

SIGNATURE = {
 "nl": ["{=fullname}\n{addr}\nT: {phone}", "{=fullname}\nEigenaar | {=last} Bakkerij & Koffie\nKvK {~kvk} | Btw {~kvk}\nM {phone}",
        "{=name}\n\nVerstuurd vanaf mijn iPhone", "{=fullname}\ntel. {phone}\n{email}", "{=fullname}\nFacilitair manager\nMob: {phone}\nwww.{=last}advies.nl",
        "{=name} {=last}\n{addr}"],
 "vl": ["{=fullname}\n{addr}\nGsm: {phone}", "{=fullname}\nZaakvoerder {=last} BV\nOndernemingsnr. {~kvk}\nT {phone}",
        "{=name}\n\nVerzonden vanaf mijn Samsung Galaxy", "{=fullname} - {phone}"],
 "fr": ["{=fullname}\n{addr}\nGSM : {phone}", "{=fullname}\nGérant – {=last} SRL\nN° d'entreprise {~kvk}\nTél. {phone}",
        "{=name}\n\nEnvoyé de mon iPhone", "{=fullname} | {phone} | {email}"],
 "en": ["{=fullname}\n{addr}\nM: {phone}", "{=fullname}\nDirector, {=last} & Sons Ltd\nCompany No. {~kvk}\nT {phone}",
        "{=name}\n\nSent from my iPhone", "{=fullname}\ncell {phone}\n{email}", "{=fullname}\nOffice Manager\nDirect: {phone}",
        "--\n{=name} {=last}\n{addr}"],
}

# Quoted history blocks (rendered, then prefixed with "> " or kept as Outlook style).
QUOTE_HEAD = {
 "nl": ["Op {~date} om {~time} schreef {=co} Klantenservice:", "Op {~date} {~time} schreef {=fullname} <{email}>:",
        "-----Oorspronkelijk bericht-----\nVan: {=co}\nVerzonden: {~date} {~time}\nOnderwerp: Uw melding {~ticket}",
        "Van: {=fullname} <{email}>\nDatum: {~date}\nAan: klantenservice\nOnderwerp: Re: {~ticket}"],
 "vl": ["Op {~date} om {~time} schreef {=co}:", "Van: {=fullname} <{email}>\nVerzonden: {~date}\nOnderwerp: dossier {~ticket}",
        "-----Oorspronkelijk bericht-----\nVan: {=co} klantendienst\nDatum: {~date}", "Op {~date} schreef {=fullname} <{email}>:"],
 "fr": ["Le {~date} à {~time}, {=co} a écrit :", "De : {=fullname} <{email}>\nEnvoyé : {~date}\nObjet : dossier {~ticket}",
        "-----Message d'origine-----\nDe : Service clientèle {=co}\nDate : {~date}", "Le {~date}, {=fullname} <{email}> a écrit :"],
 "en": ["On {~date} at {~time}, {=co} Support wrote:", "On {~date}, {=fullname} <{email}> wrote:",
        "-----Original Message-----\nFrom: {=co} Customer Care\nSent: {~date} {~time}\nSubject: Your case {~ticket}",
        "From: {=fullname} <{email}>\nSent: {~date}\nTo: support\nSubject: RE: {~ticket}", "---- On {~date} {=co} <noreply> wrote ----"],
}

QUOTE_BODY = {
 "nl": ["Beste {=name},\n\nBedankt voor uw bericht. Uw melding is geregistreerd onder nummer {~ticket}. Wij nemen binnen {~qty} contact met u op.\n\nMet vriendelijke groet,\n{=agent}\n{=co} | {~cphone}",
        "Hoi, kunnen jullie mij terugbellen op {phone}? Klantnummer {cust}. Groet {=name}",
        "Geachte heer/mevrouw,\n\nVoor de verwerking hebben wij uw polisnummer en IBAN nodig. Wij vragen nooit om uw wachtwoord.\n\nTeam {=co}\nKvK {~kvk}",
        "Ik stuur hierbij de gegevens: adres {addr}, IBAN {iban}.\nGroet, {=name}"],
 "vl": ["Beste {=name},\n\nUw dossier {~ticket} is in behandeling. Antwoord binnen {~qty}.\n\n{=agent}\n{=co} - {~cphone}",
        "Kunt u mij bellen op {phone}? Klantnummer {cust}.",
        "Geachte,\n\nGelieve uw rijksregisternummer en rekeningnummer te bezorgen.\n\nKlantendienst {=co}\nOnd.nr. {~kvk}",
        "Hierbij mijn gegevens: {addr}, {iban}. Mvg {=name}"],
 "fr": ["Bonjour {=name},\n\nVotre dossier {~ticket} est en cours. Réponse sous {~qty}.\n\n{=agent}\n{=co} - {~cphone}",
        "Pouvez-vous me rappeler au {phone} ? Client {cust}.",
        "Madame, Monsieur,\n\nMerci de nous communiquer votre numéro de registre national et votre IBAN.\n\nService clientèle {=co}\nBCE {~kvk}",
        "Voici mes coordonnées : {addr}, {iban}. Cordialement, {=name}"],
 "en": ["Hi {=name},\n\nThanks for getting in touch. Your reference is {~ticket}; we aim to reply within {~qty}.\n\nKind regards,\n{=agent}\n{=co} | {~cphone}",
        "Can you ring me back on {phone}? Account {cust}. Thanks, {=name}",
        "Dear customer,\n\nTo process this we need your policy number and bank details. We will never ask for your password.\n\n{=co}\nRegistered in England No. {~kvk}",
        "Here are the details you asked for: {addr}, bank {iban}.\n{=name}",
        "Hello,\n\nWe attempted a visit on {~date} at {~time}. Please rebook at {~url}.\n\n{=co} Scheduling"],
}

FORWARD = {
 "nl": ["---------- Doorgestuurd bericht ---------\nVan: {=fullname} <{email}>\nDatum: {~date} {~time}\nOnderwerp: Fwd: schade\n", "Begin doorgestuurd bericht:\n\nVan: {=co}\nDatum: {~date}\nOnderwerp: Bevestiging {~order}\n"],
 "vl": ["---------- Doorgestuurd bericht ---------\nVan: {=fullname} <{email}>\nDatum: {~date}\n", "Begin doorgestuurd bericht:\nVan: {=co}\nDatum: {~date}\n"],
 "fr": ["---------- Message transféré ---------\nDe : {=fullname} <{email}>\nDate : {~date}\n", "Début du message réexpédié :\nDe : {=co}\nDate : {~date}\n"],
 "en": ["---------- Forwarded message ---------\nFrom: {=fullname} <{email}>\nDate: {~date} at {~time}\nSubject: Fwd: claim\n", "Begin forwarded message:\n\nFrom: {=co}\nDate: {~date}\nSubject: Confirmation {~order}\n"],
}

SUBJECT = {
 "nl": ["Onderwerp: {S}", "Onderwerp: RE: {S} [{~ticket}]", "Betreft: {S}"],
 "vl": ["Onderwerp: {S}", "Betreft: {S} - dossier {~ticket}"],
 "fr": ["Objet : {S}", "Objet : RE: {S} [réf. {~ticket}]"],
 "en": ["Subject: {S}", "Subject: RE: {S} (ref {~ticket})", "Re: {S}"],
}
SUBJECT_TEXT = {
 "nl": ["klacht", "opzegging", "vraag over factuur {~invoice}", "schademelding", "dringend!!", "aanvraag vergunning"],
 "vl": ["klacht", "vraag", "dringend", "schadeaangifte"],
 "fr": ["réclamation", "question", "urgent", "déclaration de sinistre"],
 "en": ["complaint", "cancellation", "invoice {~invoice} query", "urgent - leak", "permit application", "claim"],
}

DISCLAIMER = {
 "nl": ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, verzoeken wij u het te verwijderen.",
        "Denk aan het milieu voordat u deze e-mail print.", "Aan deze e-mail kunnen geen rechten worden ontleend. KvK {~kvk}"],
 "vl": ["Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.", "Ondernemingsnummer {~kvk} - RPR Antwerpen"],
 "fr": ["Ce message est confidentiel et destiné uniquement à son destinataire.", "Pensez à l'environnement avant d'imprimer ce courriel."],
 "en": ["This email and any attachments are confidential and intended solely for the addressee.", "Please consider the environment before printing this email.",
        "Registered office: see website. Company registration {~kvk}."],
}

AGENT = {
 "nl": ["Hoi {=name}, vervelend dat de glazenwasser niet is geweest. Ik heb je adres ({addr@1}) opnieuw ingepland voor {~date}. Klopt {addr@1} nog? ^{=agent}",
        "Beste {=name}, dank je. Ik zie klantnummer {cust@1} en het IBAN {iban@1}. Deel je wachtwoord nooit met ons! Groet, {=agent} | {=co} | {~cphone}",
        "Hallo {=name}, ik heb je schade onder {~ticket} geregistreerd bij polis {policy@1}. De uitkering van {~amount} gaat naar rekening {~masked}. {=init}",
        "Hi! Stuur je je postcode en huisnummer even via DM? Dan kijken we mee. Zet nooit je klantnummer of {=macro} openbaar. {=init}",
        "Dag {=name}, we bellen je {~date} tussen {~time} en {~time} op {phone@1}. Is {phone@1} het juiste nummer? Groetjes, {=agent}",
        "Hoi {=name}, de storing op je zakelijke lijn (contract {contract@1}) is bekend onder {~ticket}. Herstart de {~model} en check {~url}. {=init}",
        "Beste {=name}, voor de parkeervergunning hebben we je BSN niet nodig. Vergunning {permit@1} is verlengd t/m {~date}. Mvg, {=agent}, {=co}",
        "Dank voor je geduld! Je borg van {~amount} is teruggestort op {iban@1} (reservering {~order}). Fijne dag, {=agent}"],
 "vl": ["Dag {=name}, sorry voor het ongemak. Uw adres {addr@1} staat nu ingepland op {~date}. Mvg {=agent}",
        "Beste {=name}, we hebben klantnummer {cust@1} gevonden. Deel uw paswoord nooit. Bel gerust {~cphone}. {=init}",
        "Hallo {=name}, uw schadedossier {~ticket} voor polis {policy@1} is goedgekeurd. Betaling op {~masked}. {=agent}",
        "Dag {=name}, de technieker belt u op {phone@1} tussen {~time} en {~time}. Groeten, {=agent} - {=co}"],
 "fr": ["Bonjour {=name}, désolés pour le désagrément. Votre adresse {addr@1} est replanifiée le {~date}. Bien à vous, {=agent}",
        "Bonjour {=name}, nous avons bien le numéro client {cust@1}. Ne communiquez jamais votre mot de passe. Tél. {~cphone}. {=init}",
        "Bonjour {=name}, votre dossier sinistre {~ticket} (police {policy@1}) est accepté. Paiement sur {~masked}. {=agent}",
        "Bonjour {=name}, le technicien vous appellera au {phone@1} entre {~time} et {~time}. Cordialement, {=agent} - {=co}"],
 "en": ["Hi {=name}, sorry the cleaner missed you. I've rebooked {addr@1} for {~date}. Can you confirm {addr@1} is right? ^{=agent}",
        "Hi {=name}, thanks. I can see account {cust@1} and the bank details {iban@1}. Never share your password with us! {=agent} | {=co} | {~cphone}",
        "Hello {=name}, I've logged the claim as {~ticket} against policy {policy@1}. The {~amount} payout goes to the account ending {~masked}. {=init}",
        "Hey! Could you DM us your postcode and house number? Please don't post your account number or {=macro} publicly. {=init}",
        "Hi {=name}, we'll call you {~date} between {~time} and {~time} on {phone@1}. Is {phone@1} still the best number? Thanks, {=agent}",
        "Hi {=name}, the outage on your business line (account {contract@1}) is logged as {~ticket}. Please reboot the {~model} and check {~url}. {=init}",
        "Hello {=name}, permit {permit@1} has been renewed until {~date}. No need to send your date of birth. Regards, {=agent}, {=co}",
        "Thanks for waiting! Your {~amount} deposit was refunded to {iban@1} (booking {~order}). Have a good day, {=agent}"],
}
