# E-mail and chat wrappers, per language family. Each list is dealt alternately like the templates.
W = {}
W[("nl", "greet")] = ["Beste {brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Hoi {agent},", "L.S.,", "Beste klantenservice,", "Dag,"]
W[("nl", "signoff")] = ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Alvast bedankt!", "Vriendelijke groeten,", "Gr.", "Met vriendelijke groeten,", "Dank u wel,"]
W[("nl", "sig")] = [
    "{name}\n{phone}", "{name}\n{addr}\nTel: {phone}", "{fname}\n\nVerstuurd vanaf mijn iPhone", "{name}\nM {phone}\nE {email}",
    "{name} | {phone}", "{fname} {lname}\n{addr}", "{name}\n-- \nVerzonden met Outlook voor Android", "{name}\nmob. {phone}",
]
W[("nl", "disc")] = [
    "Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan. {@kvkcue} {kvk}",
    "Disclaimer: aan dit e-mailbericht kunnen geen rechten worden ontleend. {url}",
    "Denk aan het milieu voordat u deze e-mail print.",
    "{@kvkcue} {kvk} | BTW {vat} | {url}",
]
W[("nl", "qhead")] = [
    "Op {date8} om {time8} schreef {brand}:", "Op {date8} {time8} heeft Klantenservice {brand} het volgende geschreven:",
    "-----Oorspronkelijk bericht-----\nVan: {brand}\nVerzonden: {date8} {time8}\nOnderwerp: Uw melding {ticket}",
    "{date8} {time8}, {agent} ({brand}) schreef:",
]
W[("nl", "fwd")] = [
    "---------- Doorgestuurd bericht ---------\nVan: {name2} <{email2}>\nDatum: {date8}\nOnderwerp: {brand}\nAan: {email}",
    "Begin doorgestuurd bericht:\n\nVan: {name2} <{email2}>\nDatum: {date8} {time8}\nAan: {name} <{email}>",
]
W[("nl", "subj")] = ["Onderwerp: vraag over {brand}", "Onderwerp: Re: uw melding {ticket}", "Onderwerp: klacht", "Onderwerp: FW: factuur {invoice}",
                     "Onderwerp: wijziging gegevens", "Onderwerp: dringend!!"]
W[("nl", "wa")] = ["[{date} {time}] {fname}: ", "{time} - {fname}: ", "[{time}, {date}] {fname}: ", "Doorgestuurd\n"]
W[("nl", "follow")] = ["\nsorry, typfout 🙈", "\n??", "\nHallo??", "\nIs er al nieuws?", "\n(stuur dit ook via de mail)", "\nbvd"]
W[("nl", "agentq")] = ["\n\nJe schreef:\n", "\n\n--- Jouw bericht ---\n", "\n\nOorspronkelijk bericht:\n", "\n\nU schreef:\n"]

W[("fr", "greet")] = ["Bonjour,", "Madame, Monsieur,", "Bonjour {agent},", "Bonsoir,", "Chère équipe {brand},", "Bonjour à tous,"]
W[("fr", "signoff")] = ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations distinguées,", "Bonne journée,", "Bàv,"]
W[("fr", "sig")] = ["{name}\n{phone}", "{name}\n{addr}\nGSM : {phone}", "{fname}\n\nEnvoyé de mon iPhone", "{name}\nTél. {phone}\n{email}",
                    "{name} - {phone}", "{fname} {lname}\n{addr}"]
W[("fr", "disc")] = ["Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de le supprimer. {@kvkcue} {kvk}",
                     "{@kvkcue} {kvk} – TVA {vat} – {url}", "Pensez à l'environnement avant d'imprimer ce mail.", "Avertissement : ce courriel n'engage que son auteur. {url}"]
W[("fr", "qhead")] = ["Le {date8} à {time8}, {brand} a écrit :", "-----Message d'origine-----\nDe : {brand}\nEnvoyé : {date8} {time8}\nObjet : Votre demande {ticket}",
                      "Le {date8}, {agent} ({brand}) a écrit :", "{date8} {time8} - Service clientèle {brand} :"]
W[("fr", "fwd")] = ["---------- Message transféré ---------\nDe : {name2} <{email2}>\nDate : {date8}\nObjet : {brand}\nÀ : {email}",
                    "Début du message réexpédié :\n\nDe : {name2} <{email2}>\nDate : {date8} {time8}\nÀ : {name} <{email}>"]
W[("fr", "subj")] = ["Objet : question", "Objet : RE: votre dossier {ticket}", "Objet : réclamation", "Objet : TR: facture {invoice}"]
W[("fr", "wa")] = ["[{date} {time}] {fname} : ", "{time} - {fname}: ", "[{time}, {date}] {fname}: ", "Transféré\n"]
W[("fr", "follow")] = ["\ndésolé faute de frappe", "\n??", "\nAllô ?", "\nDes nouvelles ?"]
W[("fr", "agentq")] = ["\n\nVous avez écrit :\n", "\n\n--- Votre message ---\n", "\n\nMessage d'origine :\n", "\n\nVotre demande :\n"]

W[("en", "greet")] = ["Hi,", "Dear Sir/Madam,", "Hello {agent},", "Good afternoon,", "To whom it may concern,", "Hi there,", "Dear {brand} team,", "Hey,"]
W[("en", "signoff")] = ["Kind regards,", "Thanks,", "Many thanks,", "Best,", "Regards,", "Cheers,", "Sincerely,", "Thanks in advance,"]
W[("en", "sig")] = ["{name}\n{phone}", "{name}\n{addr}\nTel: {phone}", "{fname}\n\nSent from my iPhone", "{name}\nM: {phone}\nE: {email}",
                    "{name} | {phone}", "{fname} {lname}\n{addr}", "{name}\nSent from Yahoo Mail for Android", "{name}\nmob {phone}"]
W[("en", "disc")] = ["This email and any attachments are confidential. If you received it in error please delete it. {@kvkcue} {kvk}",
                     "{@kvkcue} {kvk}. Registered office: see {url}", "Please consider the environment before printing this email.",
                     "CONFIDENTIALITY NOTICE: The information in this message is intended only for the addressee. {url}"]
W[("en", "qhead")] = ["On {date8} at {time8}, {brand} wrote:", "On {date8}, {agent} from {brand} <no-reply> wrote:",
                      "-----Original Message-----\nFrom: {brand}\nSent: {date8} {time8}\nSubject: Your case {ticket}", "{brand} Customer Care replied on {date8}:"]
W[("en", "fwd")] = ["---------- Forwarded message ---------\nFrom: {name2} <{email2}>\nDate: {date8}\nSubject: {brand}\nTo: {email}",
                    "Begin forwarded message:\n\nFrom: {name2} <{email2}>\nDate: {date8} at {time8}\nTo: {name} <{email}>"]
W[("en", "subj")] = ["Subject: query", "Subject: RE: your case {ticket}", "Subject: complaint", "Subject: FW: invoice {invoice}", "Subject: urgent", "Subject: change of details"]
W[("en", "wa")] = ["[{date}, {time}] {fname}: ", "{time} - {fname}: ", "[{time}, {date}] {fname}: ", "Forwarded\n"]
W[("en", "follow")] = ["\nsorry typo", "\n??", "\nhello??", "\nany update?", "\n(also emailed this)", "\nthx"]
W[("en", "agentq")] = ["\n\nYou wrote:\n", "\n\n--- Your message ---\n", "\n\nOriginal message:\n", "\n\nYour enquiry:\n"]
