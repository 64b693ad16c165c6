"""E-mail and chat frames per language key (nl, nlbe, fr, en). Each list is dealt alternately between halves."""
GREET = {
    "nl": ["Beste {brand} partnerservice,", "Hallo,", "Goedemiddag,", "Geachte heer/mevrouw,", "Hoi team,", "Goedemorgen {brand},", "Beste meneer/mevrouw,", "Hallo support,"],
    "nlbe": ["Goeiendag,", "Dag {brand},", "Beste,", "Hallo allemaal,", "Geachte,", "Dag team,"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour l'équipe {brand},", "Bonsoir,", "Chère équipe,", "Bjr,"],
    "en": ["Hi there,", "Hello,", "Dear {brand} Seller Support,", "To whom it may concern,", "Hi team,", "Good morning,", "Hey,", "Dear Sir/Madam,"],
}
SIGNOFF = {
    "nl": ["Met vriendelijke groet,\n{name}", "Groetjes,\n{fname}", "Mvg\n{name}\n{phone}", "Alvast bedankt!\n\n{name}\n{shop}\nKvK {kvk}\nTel. {phone}",
           "Gr.\n{fname}", "Vriendelijke groeten,\n{name}\n{addr}", "Dank je,\n{fname} ({shop})\n{email}", "Met groet,\n{name}\nVerstuurd vanaf mijn iPhone"],
    "nlbe": ["Met vriendelijke groeten,\n{name}", "Mvg,\n{fname}\n{phone}", "Alvast bedankt,\n{name}\n{shop} - ondernemingsnr. {kvk}", "Groetjes\n{fname}",
             "Vriendelijke groet,\n{name}\n{addr}\ngsm {phone}", "Merci!\n{fname}"],
    "fr": ["Cordialement,\n{name}", "Bien à vous,\n{name}\n{phone}", "Merci d'avance,\n{fname}", "Bàv\n{name}\n{shop} - TVA {vat}",
           "Salutations,\n{name}\n{addr}", "Merci\n{fname}\nEnvoyé de mon Galaxy"],
    "en": ["Kind regards,\n{name}", "Thanks,\n{fname}", "Best,\n{name}\n{phone}", "Many thanks in advance\n\n{name}\n{shop}\nCompany no. {kvk}\nMob: {phone}",
           "Cheers\n{fname}", "Regards,\n{name}\n{addr}", "Thanks!\n{fname} | {shop}\n{email}", "Sent from my iPhone"],
}
QUOTEHDR = {
    "nl": ["Op {date} om {time} schreef {brand} Partnerservice:", "Op {date} {time} heeft {agent} van {brand} het volgende geschreven:",
           "-----Oorspronkelijk bericht-----\nVan: {brand} Klantenservice\nVerzonden: {date} {time}\nOnderwerp: Re: uw vraag [{ticket}]", "Op {date} schreef {brand} Support:"],
    "nlbe": ["Op {date} om {time} schreef {brand} Klantendienst:", "-----Oorspronkelijk bericht-----\nVan: {brand}\nVerzonden: {date}\nOnderwerp: dossier {ticket}",
             "Op {date} {time}, {agent} ({brand}) schreef:"],
    "fr": ["Le {date} à {time}, {brand} Service Partenaires a écrit :", "-----Message d'origine-----\nDe : {brand}\nEnvoyé : {date} {time}\nObjet : Re: dossier {ticket}",
           "Le {date}, {agent} de {brand} a écrit :", "Le {date} à {time}, Support {brand} a écrit :"],
    "en": ["On {date}, at {time}, {brand} Seller Support wrote:", "On {date} {agent} from {brand} wrote:",
           "-----Original Message-----\nFrom: {brand} Support\nSent: {date} {time}\nSubject: RE: Case {ticket}", "On {date} {brand} Partner Team <no-reply> wrote:"],
}
FWD = {
    "nl": ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date} {time}\nOnderwerp: uitbetaling\nAan: {brand}",
           "Begin doorgestuurd bericht:\n\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: Fwd: bestelling {order}"],
    "nlbe": ["---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {date}\nOnderwerp: terugbetaling", "Doorgestuurd:\nVan: {email}\nDatum: {date} {time}"],
    "fr": ["---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {date} {time}\nObjet : versement", "Début du message réexpédié :\n\nDe : {name} <{email}>\nDate : {date}\nObjet : Tr: commande {order}"],
    "en": ["---------- Forwarded message ---------\nFrom: {name} <{email}>\nDate: {date} at {time}\nSubject: payout issue\nTo: {brand} Support",
           "Begin forwarded message:\n\nFrom: {name} <{email}>\nDate: {date}\nSubject: Fwd: order {order}"],
}
SUBJ = {
    "nl": ["Onderwerp: uitbetaling niet ontvangen", "Onderwerp: Re: [{ticket}] uw vraag", "Onderwerp: wijziging bankrekening", "Onderwerp: bestelling {order}", "Onderwerp: inloggen lukt niet"],
    "nlbe": ["Onderwerp: storting ontbreekt", "Onderwerp: Re: dossier {ticket}", "Onderwerp: vraag over mijn account"],
    "fr": ["Objet : versement manquant", "Objet : RE: dossier {ticket}", "Objet : changement de compte bancaire", "Objet : commande {order}"],
    "en": ["Subject: payout not received", "Subject: RE: [Case {ticket}]", "Subject: bank account change", "Subject: order {order}", "Subject: can't log in"],
}
DISCL = {
    "nl": ["Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan. {shop} B.V., KvK {kvk}, btw {vat}.",
           "Denk aan het milieu voordat u deze e-mail print.", "Aan deze e-mail kunnen geen rechten worden ontleend. Bezoek {url}"],
    "nlbe": ["Dit bericht is vertrouwelijk. {shop} BV - ondernemingsnummer {kvk} - RPR Gent.", "Disclaimer: zie {url}"],
    "fr": ["Ce message est confidentiel. {shop} SRL - BCE {kvk} - TVA {vat}.", "Pensez à l'environnement avant d'imprimer ce mail."],
    "en": ["This email and any attachments are confidential. {shop} Ltd, registered in England no. {kvk}, VAT {vat}.",
           "CONFIDENTIALITY NOTICE: if you received this in error please delete it. {url}", "Please consider the environment before printing."],
}
AGENTSIG = {
    "nl": ["\n\n{agent}\n{brand} Partnerservice | {cphone} | {url}", "\n\nTeam {brand}\nBereikbaar ma-vr via {cphone}", ""],
    "nlbe": ["\n\n{agent} - Klantendienst {brand}\nTel. {cphone}", ""],
    "fr": ["\n\n{agent}\nService Partenaires {brand} - {cphone}", ""],
    "en": ["\n\n{agent}\n{brand} Seller Support | {cphone} | {url}", "\n\n{brand} Help Team\nCall us: {cphone}", ""],
}
CHATPRE = {
    "nl": ["", "", "hoi ", "Hallo, ", "Goeiemiddag. ", "Hey, vraagje: ", "Dringend!! "],
    "nlbe": ["", "", "Dag, ", "Hallo, ", "Goeiemorgen. "],
    "fr": ["", "", "Bonjour, ", "Slt, ", "Urgent svp : "],
    "en": ["", "", "hi ", "Hello, ", "Quick one: ", "URGENT - ", "hey, "],
}
TAGS = {
    "nl": ["#klantenservice", "#uitbetaling", "#oplichting", "#bezorging", "#webwinkel", "#zzp", "#boos", "#airbnb"],
    "nlbe": ["#klantendienst", "#schandalig", "#pakje", "#zelfstandige", "#bpost", "#wachten"],
    "fr": ["#serviceclient", "#arnaque", "#livreur", "#colis", "#honteux", "#indépendant"],
    "en": ["#customerservice", "#gigeconomy", "#sellers", "#stillwaiting", "#scam", "#delivery", "#ecommerce", "#fail"],
}
