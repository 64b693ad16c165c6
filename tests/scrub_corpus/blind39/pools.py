# Names, streets, brands and e-mail wrapper pieces. Every list is dealt alternately to dev / heldout.

NAMES = {
    "nl": ["Sanne de Vries", "Bram Jansen", "Lotte Bakker", "Daan Visser", "Fleur Smit", "Joris Meijer",
           "Noor van Dijk", "Thijs Mulder", "Eva de Boer", "Ruben Bos", "Anouk Vos", "Sem Hendriks",
           "Iris Dekker", "Stijn van Leeuwen", "Maud Brouwer", "Jesse de Graaf", "Femke Kuipers", "Luuk Willems"],
    "nl-be": ["Jonas Peeters", "Lien Janssens", "Wout Maes", "Elke Jacobs", "Pieter Claes", "Hanne Goossens",
              "Arne Wouters", "Sofie De Smet", "Robbe Mertens", "Ine Willems", "Seppe Dubois", "Lore Van Damme",
              "Jens Verhoeven", "Fien Lambrecht"],
    "fr-be": ["Julie Lambert", "Maxime Dupont", "Camille Renard", "Thomas Leclercq", "Chloé Dumont",
              "Antoine Simon", "Manon Lejeune", "Nicolas Martin", "Pauline Goffin", "Romain Hubert",
              "Élise Collard", "Quentin Mathieu", "Amandine Noël", "Florian Gilson"],
    "en-gb": ["Oliver Bennett", "Amelia Clarke", "Harry Hughes", "Isla Turner", "George Price", "Poppy Shaw",
              "Jack Fletcher", "Freya Holmes", "Alfie Barker", "Ruby Lawson", "Callum Reid", "Millie Hart",
              "Rhys Morgan", "Imogen Pike"],
    "en-us": ["Tyler Brooks", "Madison Reed", "Jordan Hayes", "Kayla Foster", "Brandon Ortiz", "Alyssa Perry",
              "Dylan Warren", "Brianna Cole", "Austin Ramirez", "Hailey Sanders", "Cody Jenkins", "Savannah Price",
              "Marcus Bell", "Jenna Whitaker"],
}
AGENTS = ["Anna", "Mo", "Kim", "Yara", "Lucas", "Inge", "Pim", "Sophie", "Tom", "Léa", "Chris", "Nadia",
          "Dave", "Ellen", "Ravi", "Sam", "Gwen", "Hugo", "Mila", "Ben"]

STREETS = {
    "nl": ["Lindenlaan", "Kerkstraat", "Prinsengracht", "Dorpsstraat", "Molenweg", "Vondelstraat", "Stationsplein",
           "Beukenlaan", "Havenkade", "Spoorlaan", "Wilhelminastraat", "Oranjeweg", "Zeestraat", "Duinweg"],
    "be_nl": ["Kerkstraat", "Meir", "Grote Markt", "Stationsstraat", "Lange Nieuwstraat", "Kouter", "Veldstraat",
              "Bruggestraat", "Diestsestraat", "Nieuwstraat", "Zeedijk", "Leopoldlaan"],
    "be_fr": ["Rue des Tanneurs", "Avenue Louise", "Rue de la Station", "Chaussée de Wavre", "Rue Haute",
              "Boulevard d'Avroy", "Rue du Moulin", "Place Saint-Lambert", "Rue de Namur", "Avenue des Alliés",
              "Rue Grande", "Chemin des Prés"],
    "en-gb": ["Harrow Road", "Church Lane", "Victoria Street", "Mill Road", "Station Approach", "Queens Drive",
              "Elm Grove", "Park Crescent", "High Street", "Kingsway", "Albert Terrace", "Willow Close"],
    "en-us": ["Maple Ave", "Oak Street", "Sunset Blvd", "Lakeview Dr", "Elm St", "Pine Ridge Rd", "Cedar Lane",
              "Washington Ave", "Hillcrest Dr", "Main St", "Birch Court", "Riverside Dr"],
}
CITIES = {
    "nl": [("", "Utrecht"), ("", "Amersfoort"), ("", "Zwolle"), ("", "Haarlem"), ("", "Breda"), ("", "Leiden"),
           ("", "Groningen"), ("", "Tilburg"), ("", "Delft"), ("", "Arnhem")],
    "be_nl": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"),
              ("3500", "Hasselt"), ("8400", "Oostende"), ("9300", "Aalst")],
    "be_fr": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"),
              ("1348", "Louvain-la-Neuve"), ("6700", "Arlon"), ("4800", "Verviers")],
    "en-gb": [("M14", "Manchester"), ("LS6", "Leeds"), ("BS7", "Bristol"), ("NG5", "Nottingham"), ("W2", "London"),
              ("EH6", "Edinburgh"), ("CF24", "Cardiff"), ("B13", "Birmingham")],
    "en-us": [("OH", "Columbus"), ("TX", "Austin"), ("CO", "Denver"), ("IL", "Chicago"), ("WA", "Seattle"),
              ("GA", "Atlanta"), ("OR", "Portland"), ("MA", "Boston")],
}
# brand, handle, domain, booking-code prefix
BRANDS = [
    ("Parc Duinzicht", "ParcDuinzicht", "parcduinzicht.nl", "PDZ"),
    ("FietsVrij", "fietsvrij", "fietsvrij.nl", "FV"),
    ("SportStad", "SportStad_NL", "sportstad.nl", "SS"),
    ("Hotel De Linde", "hoteldelinde", "hoteldelinde.com", "HDL"),
    ("RijWiel Rent", "rijwielrent", "rijwielrent.be", "RW"),
    ("Bosrand Vakantieparken", "bosrandparks", "bosrand.eu", "BVP"),
    ("TicketKoepel", "ticketkoepel", "ticketkoepel.be", "TK"),
    ("Matchy", "matchyapp", "matchy.app", "MT"),
    ("SnelHap", "snelhap", "snelhap.nl", "SH"),
    ("Ardennes Lodges", "ardenneslodges", "ardenneslodges.be", "AL"),
    ("CityCar Share", "citycarshare", "citycar.be", "CC"),
    ("Padel Palace", "padelpalace", "padelpalace.co.uk", "PP"),
    ("Seaview Holiday Parks", "SeaviewParks", "seaviewparks.co.uk", "SV"),
    ("GoDrive Rentals", "GoDriveRentals", "godrive.com", "GD"),
    ("IronHouse Gyms", "ironhousegyms", "ironhouse.fit", "IH"),
    ("Gigstub", "gigstub", "gigstub.com", "GS"),
    ("Kindred", "kindredapp", "kindred.dating", "KD"),
    ("Forkful", "forkful", "forkful.co", "FK"),
    ("Lakeside Inn", "lakesideinn", "lakesideinn.com", "LI"),
    ("Pedalo Bikes", "pedalobikes", "pedalo.bike", "PB"),
    ("Le Vélo Libre", "velolibre_be", "velolibre.be", "VL"),
    ("Club Olympe", "clubolympe", "clubolympe.be", "CO"),
    ("Gîtes du Lac", "gitesdulac", "gitesdulac.be", "GL"),
    ("Resto Express", "restoexpress", "restoexpress.be", "RE"),
]
SSIDS = ["Duinzicht_Guest", "Chalet-12", "LINDE-WIFI", "Lodge_5G", "Gite_Lac", "BOSRAND-FREE", "SeaView-Guest",
         "Cottage_2.4", "FitClub-Members", "Velo-Hub", "Bungalow7", "InnGuest"]
HASHTAGS = ["klantenservice", "fail", "nooit meer".replace(" ", ""), "vakantie", "service", "schandalig",
            "weekendje", "travel", "customerservice", "holiday", "nothappy", "vacances", "arnaque", "gym",
            "concert", "festival", "fooddelivery", "dating", "carhire", "staycation"]

GREET = {
    "nl": ["Geachte heer/mevrouw,", "Beste klantenservice,", "Hallo,", "Goedemiddag,", "Beste {brand},", "Hoi team,"],
    "nl-be": ["Geachte,", "Beste,", "Dag,", "Goeiemiddag,", "Beste medewerker,", "Hallo {brand},"],
    "fr": ["Madame, Monsieur,", "Bonjour,", "Bonjour à toute l'équipe,", "Bonsoir,", "Chère équipe {brand},", "Bonjour Madame,"],
    "en": ["Dear Sir or Madam,", "Hello,", "Hi team,", "Dear {brand} customer services,", "Good afternoon,", "Hi there,"],
}
CLOSE = {
    "nl": ["Met vriendelijke groet,", "Groeten,", "Alvast bedankt,", "Mvg,", "Vriendelijke groet,", "Hartelijke groet,"],
    "nl-be": ["Met vriendelijke groeten,", "Groetjes,", "Alvast bedankt,", "Mvg,", "Vriendelijke groeten,", "Bedankt,"],
    "fr": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,", "Bien cordialement,", "Merci,"],
    "en": ["Kind regards,", "Thanks,", "Best wishes,", "Regards,", "Many thanks,", "Cheers,"],
}
# quoted-history headers; tokens are rendered like templates
QHEAD = {
    "nl": ["Op [[!date]] om [[!time]] schreef {brand} Klantenservice:", "Op [[!date]] [[!time]] schreef {agent} ({brand}):",
           "---- Oorspronkelijk bericht ----\nVan: {brand} Service\nDatum: [[!date]]", "Op [[!date]] heeft {brand} het volgende geschreven:"],
    "nl-be": ["Op [[!date]] om [[!time]] schreef {brand} Klantendienst:", "Op [[!date]] schreef {agent} van {brand}:",
              "-----Oorspronkelijk bericht-----\nVan: {brand}\nVerzonden: [[!date]] [[!time]]", "Op [[!date]] heeft {brand} Service geschreven:"],
    "fr": ["Le [[!date]] à [[!time]], Service client {brand} a écrit :", "Le [[!date]], {agent} ({brand}) a écrit :",
           "-------- Message d'origine --------\nDe : {brand}\nDate : [[!date]]", "Le [[!date]] à [[!time]], {brand} a écrit :"],
    "en": ["On [[!date]] at [[!time]], {brand} Customer Care wrote:", "On [[!date]], {agent} at {brand} wrote:",
           "-----Original Message-----\nFrom: {brand} Support\nSent: [[!date]] [[!time]]", "On [[!date]] {brand} <noreply> wrote:"],
}
QBODY = {
    'nl': [
        '> Beste klant,\n>\n> Bedankt voor uw bericht over boeking [[!order_number]]. Uw vraag is geregistreerd onder ticketnummer [[!ticket_number]].\n> Voor spoed zijn wij bereikbaar op [[!company_phone]].\n>\n> Met vriendelijke groet,\n> {agent}\n> {brand} | KvK [[!company_registration]]',
        '> Dag,\n> We hebben uw terugbetaling van [[!amount]] ingepland. Referentie [[!invoice_number]].\n> Klantenservice {brand} - [[!company_phone]]',
        '> Hoi {first},\n> Kun je ons je lidnummer en geboortedatum sturen? Deel nooit je wachtwoord of pincode.\n> Groet, {agent}\n> Ticket [[!ticket_number]]',
        '> Hallo,\n> Uw wachtwoord kunt u resetten via [[!url]]. Lukt dat niet, stuur dan een screenshot van de foutmelding.\n> Team {brand}',
    ],
    'fr': [
        "> Bonjour,\n>\n> Merci pour votre message concernant la réservation [[!order_number]]. Votre demande porte le numéro [[!ticket_number]].\n> En cas d'urgence : [[!company_phone]].\n>\n> Cordialement,\n> {agent}\n> {brand} - BCE [[!company_registration]]",
        '> Bonjour,\n> Votre remboursement de [[!amount]] est programmé, référence [[!invoice_number]].\n> Service client {brand} - [[!company_phone]]',
        '> Bonjour {first},\n> Pouvez-vous nous communiquer votre numéro de membre ? Ne partagez jamais votre mot de passe.\n> {agent}, dossier [[!ticket_number]]',
        "> Bonjour,\n> Vous pouvez réinitialiser votre mot de passe via [[!url]].\n> L'équipe {brand}",
    ],
    'en': [
        '> Dear customer,\n>\n> Thank you for contacting us about booking [[!order_number]]. Your case number is [[!ticket_number]].\n> For urgent matters call [[!company_phone]].\n>\n> Kind regards,\n> {agent}\n> {brand} | Company no. [[!company_registration]]',
        '> Hello,\n> Your refund of [[!amount]] has been scheduled, reference [[!invoice_number]].\n> {brand} Customer Care - [[!company_phone]]',
        '> Hi {first},\n> Could you send us your membership number and date of birth? Please never share your password or PIN.\n> {agent}, case [[!ticket_number]]',
        '> Hi,\n> You can reset your password at [[!url]]. If that fails, reply with a screenshot of the error.\n> The {brand} team',
    ],
}
FILLER = {
    "nl": ["Ik ben al jaren trouwe klant en heb nooit eerder problemen gehad.", "Ik heb al twee keer gebeld maar de wachttijd was meer dan een half uur.",
           "Het verblijf zelf was verder prima, de kinderen hebben zich vermaakt.", "Ik hoop dat jullie dit snel kunnen oplossen, want we vertrekken binnenkort weer.",
           "In de bijlage vinden jullie een screenshot van de melding.", "Eerlijk gezegd ben ik behoorlijk teleurgesteld in de communicatie.",
           "Graag hoor ik binnen een week van jullie.", "Mijn partner heeft hetzelfde probleem op haar telefoon.",
           "We hadden ons echt verheugd op dit weekend en nu is het een grote teleurstelling geworden.", "Op jullie website kon ik hier niets over vinden, vandaar deze mail.",
           "Ik heb ook al een bericht gestuurd via het contactformulier, zonder reactie.", "Als ik niets hoor, zal ik een klacht indienen bij de geschillencommissie."],
    "fr": ["Je suis client fidèle depuis des années et c'est la première fois que cela arrive.", "J'ai déjà appelé deux fois, l'attente dépassait trente minutes.",
           "Le séjour en lui-même était agréable, les enfants ont adoré.", "J'espère une réponse rapide car nous repartons bientôt.",
           "Vous trouverez une capture d'écran en pièce jointe.", "Franchement, je suis assez déçu de la communication.",
           "Merci de me répondre dans la semaine.", "Mon conjoint rencontre le même problème sur son téléphone.",
           "Nous nous réjouissions vraiment de ce week-end et c'est une grosse déception.", "Je n'ai rien trouvé à ce sujet sur votre site, d'où ce message.",
           "J'ai aussi envoyé un message via le formulaire de contact, sans réponse.", "Sans nouvelles de votre part, je porterai plainte auprès du médiateur."],
    "en": ["I've been a loyal customer for years and never had an issue before.", "I've already phoned twice but the wait was over half an hour.",
           "The stay itself was lovely otherwise, the kids had a great time.", "I'd appreciate a quick resolution as we're due to travel again soon.",
           "I've attached a screenshot of the message.", "Honestly I'm pretty disappointed with how this has been handled.",
           "I look forward to hearing from you within the week.", "My partner is having the same problem on her phone.",
           "We were really looking forward to this weekend and it's been a huge letdown.", "I couldn't find anything about this on your website, hence this email.",
           "I also sent a message through the contact form but heard nothing back.", "If I don't hear back I'll be raising a complaint with the ombudsman."],
}
SUBJECT = {
    "nl": ["Onderwerp: Probleem met boeking", "Onderwerp: Dubbele afschrijving", "Onderwerp: Inloggen lukt niet", "Onderwerp: Wijziging gegevens"],
    "nl-be": ["Onderwerp: Klacht verblijf", "Onderwerp: Waarborg niet terugbetaald", "Onderwerp: Account geblokkeerd", "Onderwerp: Aanpassing gegevens"],
    "fr": ["Objet : Problème de réservation", "Objet : Double débit", "Objet : Connexion impossible", "Objet : Modification de mes coordonnées"],
    "en": ["Subject: Problem with my booking", "Subject: Charged twice", "Subject: Can't sign in", "Subject: Update my details"],
}
SIGEXTRA = {
    "nl": ["Tel: [[phone]]", "Mobiel [[phone]]", "[[address:ml]]", "Lidnr. [[customer_number]]", "Verstuurd vanaf mijn iPhone"],
    "nl-be": ["GSM: [[phone]]", "Tel. [[phone]]", "[[address:ml]]", "Klantnr [[customer_number]]", "Verzonden vanaf mijn Samsung Galaxy"],
    "fr": ["GSM : [[phone]]", "Tél : [[phone]]", "[[address:ml]]", "N° membre [[customer_number]]", "Envoyé de mon iPhone"],
    "en": ["Mob: [[phone]]", "Tel: [[phone]]", "[[address:ml]]", "Member no. [[customer_number]]", "Sent from my iPhone"],
}

# pasted booking confirmations / membership cards (rendered like templates)
CONFIRM = {
    "nl": ["--- Bevestiging {brand} ---\nBoekingsnummer: [[!order_number]]\nAankomst: [[!date]] vanaf [[!time]]\nPersonen: [[!quantity:bare]]\nTotaal: [[!amount]]\nCode slagboom: [[pin:door]]\nWifi: {ssid} / [[wifi_key]]",
           "{brand} LEDENPAS\nNaam: {name}\nLidnummer: [[customer_number]]\nGeldig t/m [[!date]]\nPincode toegangspoort: [[pin]]",
           "Reservering [[!order_number]] - {brand}\nOphalen: [[!date]] [[!time]]\nBorg: [[!amount]] (kaart [[!masked_value]])\nSlotcode fiets: [[pin]]",
           "Uw tickets ([[!quantity:tickets]])\nBestelnummer [[!order_number]]\nTicket-ID [[!ticket_number]]\nInloggen met [[email]]"],
    "fr": ["--- Confirmation {brand} ---\nRéférence : [[!order_number]]\nArrivée : [[!date]] dès [[!time]]\nPersonnes : [[!quantity:bare]]\nTotal : [[!amount]]\nCode barrière : [[pin:door]]\nWi-Fi : {ssid} / [[wifi_key]]",
           "CARTE DE MEMBRE {brand}\nNom : {name}\nN° membre : [[customer_number]]\nValable jusqu'au [[!date]]\nCode portique : [[pin]]",
           "Réservation [[!order_number]] - {brand}\nRetrait : [[!date]] [[!time]]\nCaution : [[!amount]] (carte [[!masked_value]])\nCode cadenas : [[pin]]",
           "Vos billets ([[!quantity:tickets]])\nCommande [[!order_number]]\nBillet [[!ticket_number]]\nCompte : [[email]]"],
    "en": ["--- {brand} booking confirmation ---\nBooking ref: [[!order_number]]\nArrival: [[!date]] from [[!time]]\nGuests: [[!quantity:bare]]\nTotal: [[!amount]]\nBarrier code: [[pin:door]]\nWiFi: {ssid} / [[wifi_key]]",
           "{brand} MEMBER CARD\nName: {name}\nMember ID: [[customer_number]]\nValid until [[!date]]\nTurnstile PIN: [[pin]]",
           "Rental [[!order_number]] - {brand}\nPick-up: [[!date]] [[!time]]\nDeposit: [[!amount]] (card [[!masked_value]])\nLock combination: [[pin]]",
           "Your tickets ([[!quantity:tickets]])\nOrder [[!order_number]]\nTicket ID [[!ticket_number]]\nLog in with [[email]]"],
}
CONFIRM_LEAD = {
    "nl": ["dit staat in mijn bevestiging:", "kijk, gekopieerd uit de mail:", "Zie hieronder de gegevens uit de app."],
    "fr": ["voici ce qu'il y a dans la confirmation :", "copié de l'e-mail :", "Ci-dessous les infos de l'appli."],
    "en": ["this is what the confirmation says:", "copied from the email:", "See the details from the app below."],
}
CONFIRM_TAIL = {
    "nl": ["maar niks werkt", "wat klopt er niet?", "Graag snel reactie."],
    "fr": ["mais rien ne fonctionne", "qu'est-ce qui cloche ?", "Merci de répondre vite."],
    "en": ["but none of it works", "what's wrong?", "Please get back to me asap."],
}
