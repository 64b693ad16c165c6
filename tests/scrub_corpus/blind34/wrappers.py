# E-mail wrappers, signatures, filler sentences and name/brand/street pools (all dealt between halves).

GREET = {
    "nl": ["Beste klantenservice,", "Hallo,", "Geachte heer/mevrouw,", "Hoi team,", "Goedemiddag,", "Hey,", "Beste,", "Hallo daar,"],
    "fr": ["Bonjour,", "Madame, Monsieur,", "Bonsoir,", "Bonjour à l'équipe,", "Salut,", "Bonjour le service client,"],
    "en": ["Hi there,", "Hello,", "Dear Sir/Madam,", "Hi team,", "Good afternoon,", "Hey,", "To whom it may concern,", "Hiya,"],
}
INTRO = {
    "nl": ["Ik mail jullie omdat ik echt niet meer verder kom met de chat.", "Dit is al de derde keer dat ik contact opneem over hetzelfde probleem.",
           "Via de app kreeg ik geen antwoord dus ik probeer het maar per mail.", "Ik hoop dat jullie me hiermee kunnen helpen, want ik word er gek van.",
           "Mijn moeder zei dat ik het beter kon mailen dan via Instagram.", "Hieronder alles wat ik weet, sorry voor de lange mail."],
    "fr": ["Je vous écris car le chat ne répond plus.", "C'est la troisième fois que je vous contacte pour le même problème.",
           "Je n'ai pas eu de réponse dans l'application, donc j'essaie par mail.", "J'espère que vous pourrez m'aider rapidement.",
           "Voici toutes les infos que j'ai, désolé pour le long message."],
    "en": ["I'm emailing because the live chat keeps disconnecting.", "This is the third time I've contacted you about the same issue.",
           "Didn't get a reply in the app so trying email instead.", "Hoping you can sort this out quickly because it's doing my head in.",
           "My mum told me to email instead of DMing you.", "Here's everything I know, sorry for the long email."],
}
FILLER = {
    "nl": ["Ik heb de app al opnieuw geïnstalleerd en mijn telefoon herstart.", "Ik heb ook al in de FAQ gekeken maar daar staat niks over.",
           "Het gaat echt om veel geld voor mij, ik ben student.", "Ik zit nu al dagen zonder en heb het nodig voor school.",
           "Jullie collega aan de telefoon zei dat ik een mail moest sturen.", "Ik snap niet hoe dit kan gebeuren, ik klik nooit op rare links.",
           "Graag zo snel mogelijk een reactie.", "Ik heb screenshots als jullie die willen zien.", "Ik heb al een melding gedaan bij de politie."],
    "fr": ["J'ai déjà réinstallé l'application et redémarré mon téléphone.", "J'ai regardé la FAQ mais il n'y a rien là-dessus.",
           "C'est beaucoup d'argent pour moi, je suis étudiant.", "Votre collègue au téléphone m'a dit d'envoyer un mail.",
           "Je ne comprends pas comment c'est possible, je ne clique jamais sur des liens bizarres.", "Merci de me répondre au plus vite.",
           "J'ai des captures d'écran si besoin.", "J'ai porté plainte à la police."],
    "en": ["I've already reinstalled the app and restarted my phone.", "Checked the FAQ but there's nothing about this.",
           "It's a lot of money for me, I'm a student.", "Your colleague on the phone told me to email.", "No idea how this happened, I never click dodgy links.",
           "Please get back to me asap.", "I've got screenshots if you need them.", "I've reported it to the police as well.", "Honestly so done with this."],
}
CLOSE = {
    "nl": ["Met vriendelijke groet,", "Groetjes,", "Alvast bedankt!", "Mvg,", "Vriendelijke groeten,", "Dank je wel,"],
    "fr": ["Cordialement,", "Merci d'avance,", "Bien à vous,", "Bonne journée,", "Merci,"],
    "en": ["Kind regards,", "Thanks,", "Cheers,", "Best,", "Many thanks,", "Regards,"],
}
# quote header formats; [[~date]] and [[~time]] are negatives, {B} = brand
QHEAD = {
    "nl": ["Op [[~date]] om [[~time]] schreef {B} Klantenservice:", "Op [[~date]] [[~time]] heeft {B} Webcare het volgende geschreven:",
           "-----Oorspronkelijk bericht-----\nVan: {B} Support\nVerzonden: [[~date]] [[~time]]"],
    "fr": ["Le [[~date]] à [[~time]], Service client {B} a écrit :", "-------- Message d'origine --------\nDe : {B} Support\nDate : [[~date]] [[~time]]"],
    "en": ["On [[~date]] at [[~time]], {B} Support wrote:", "-----Original Message-----\nFrom: {B} Help\nSent: [[~date]] [[~time]]",
           "---------- Forwarded message ---------\nFrom: {B} Customer Care\nDate: [[~date]]"],
}
# signatures: {N} full name; slots allowed
SIG = {
    "nl": ["{N}\n[[address:ml]]\n[[phone]]", "{N}\nTel: [[phone]]", "{N}\n[[email]]\n[[phone]]", "{N}\nklantnummer [[customer_number]]",
           "{N}\n\nVerstuurd vanaf mijn iPhone", "{N}\n[[address:ml]]", "{N} | [[phone]] | [[email]]"],
    "fr": ["{N}\n[[address:ml]]\n[[phone]]", "{N}\nTél : [[phone]]", "{N}\n[[email]]", "{N}\nn° client [[customer_number]]",
           "{N}\n\nEnvoyé de mon iPhone", "{N} - [[phone]]"],
    "en": ["{N}\n[[address:ml]]\n[[phone]]", "{N}\nMob: [[phone]]", "{N}\n[[email]]\n[[phone]]", "{N}\nAccount no. [[customer_number]]",
           "{N}\n\nSent from my iPhone", "{N}\n[[address:ml]]", "{N} | [[phone]]"],
}
VOICE = {
    "nl": ["🎤 Spraakbericht (transcriptie): ", "[spraakmemo 0:{S}] ", "(voice) "],
    "fr": ["🎤 Message vocal (transcription) : ", "[vocal 0:{S}] "],
    "en": ["🎤 Voice message (transcript): ", "[voice note 0:{S}] ", "(transcribed) "],
}

FIRST = {
    "nl": ["Sanne", "Daan", "Lotte", "Milan", "Emma", "Finn", "Noor", "Sem", "Julia", "Luuk", "Fleur", "Bram", "Lieke", "Thijs", "Zoë", "Jesse",
           "Wout", "Lore", "Jens", "Ine", "Arne", "Febe", "Seppe", "Nore", "Mats", "Jolien"],
    "fr": ["Lucas", "Manon", "Théo", "Chloé", "Nathan", "Inès", "Hugo", "Camille", "Maxime", "Elise", "Noah", "Louise", "Amine", "Lina"],
    "en": ["Jake", "Chloe", "Tyler", "Megan", "Josh", "Ellie", "Ryan", "Aisha", "Connor", "Priya", "Kyle", "Jade", "Mason", "Olivia", "Liam", "Sofia"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Peeters", "Maes", "Claes", "Mulder", "Wouters", "de Boer", "Janssens", "Bos", "Goossens"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Renard", "Simon", "Laurent", "Lejeune", "Mertens"],
    "en": ["Smith", "Patel", "Walker", "Johnson", "Khan", "Davies", "Brown", "Garcia", "Miller", "Evans", "Nguyen", "Wilson"],
}
AGENT = ["Kim", "Anouk", "Pieter", "Sarah", "Yusuf", "Marie", "Tom", "Léa", "Dan", "Jess", "Nadia", "Rik"]

BRANDS = {
    "game": ["PlayStation", "Xbox", "Steam", "Epic Games", "Nintendo", "Riot", "Roblox", "EA", "Ubisoft", "Battle.net"],
    "stream": ["Netflix", "Spotify", "Disney+", "Videoland", "Twitch", "Deezer", "Prime Video", "Streamz"],
    "shop": ["Vinted", "Marktplaats", "eBay", "2dehands", "Depop", "Wallapop"],
    "company": ["Odido", "KPN", "Proximus", "Orange", "Telenet", "Vodafone", "EE", "Three", "Base", "Lebara", "bol", "Zalando",
                "Coolblue", "ASOS", "Ryanair", "KLM", "Transavia", "easyJet", "Thuisbezorgd", "Deliveroo", "Uber Eats", "Just Eat"],
}
HANDLES = ["@OdidoNL", "@KPNwebcare", "@Proximus", "@Orange_BE", "@telenet", "@VodafoneUK", "@EE", "@ThreeUK", "@bol", "@Zalando",
           "@Coolblue", "@ASOS_HeretoHelp", "@Ryanair", "@KLM", "@Transavia", "@easyJet", "@Thuisbezorgd", "@Deliveroo_NL",
           "@AskPlayStation", "@XboxSupport", "@Steam_Support", "@NetflixHelps", "@SpotifyCares", "@UberEats_uk"]

STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindelaan", "Vondelstraat", "Spoorlaan", "Beukenlaan", "Julianastraat", "Prinsengracht", "Hoofdweg"],
    "nl-be": ["Stationsstraat", "Kapelstraat", "Nieuwstraat", "Veldstraat", "Kortrijksesteenweg", "Tiensestraat", "Lange Leemstraat", "Bredabaan"],
    "fr-be": ["rue de la Loi", "avenue Louise", "rue Haute", "chaussée de Wavre", "rue des Carmes", "rue Saint-Gilles", "boulevard Tirou", "rue de Fer"],
    "en-gb": ["Elm Road", "Station Road", "Victoria Street", "Park Lane", "Church Street", "Mill Lane", "Queens Road", "Hawthorn Close"],
    "en-us": ["Maple Ave", "Oak Street", "Sunset Blvd", "Pine Drive", "Lincoln Ave", "Cedar Lane", "Washington St", "Lakeview Dr"],
}
CITIES = {
    "nl": [("Utrecht", "35"), ("Zwolle", "80"), ("Tilburg", "50"), ("Haarlem", "20"), ("Groningen", "97"), ("Breda", "48"), ("Leiden", "23"), ("Arnhem", "68")],
    "nl-be": [("Gent", "9000"), ("Leuven", "3000"), ("Antwerpen", "2000"), ("Hasselt", "3500"), ("Brugge", "8000"), ("Mechelen", "2800")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Bruxelles", "1000"), ("Wavre", "1300")],
    "en-gb": [("Leeds", "LS6"), ("Bristol", "BS1"), ("Manchester", "M14"), ("Cardiff", "CF10"), ("Nottingham", "NG7"), ("Glasgow", "G12")],
    "en-us": [("Columbus, OH", "43215"), ("Austin, TX", "78704"), ("Denver, CO", "80205"), ("Portland, OR", "97214"), ("Tampa, FL", "33602"), ("Madison, WI", "53703")],
}
