"""Names, streets, cities, brands.  Each list is dealt alternately to dev/heldout."""

BRANDS = [
    {"name": "Kroonbank", "mk": "nl", "domain": "kroonbank.nl", "handle": "Kroonbank_NL", "dom_local": "kb", "phone": {"nl": "020 794 12 00", "be": "+31 20 794 12 00", "uk": "+31 20 794 12 00", "us": "+31 20 794 12 00"}},
    {"name": "Belvera Bank", "mk": "be", "domain": "belvera.be", "handle": "BelveraBank", "dom_local": "service", "phone": {"nl": "+32 78 15 44 00", "be": "078 15 44 00", "uk": "+32 78 15 44 00", "us": "+32 78 15 44 00"}},
    {"name": "PayFlits", "mk": "eu", "domain": "payflits.com", "handle": "payflits", "dom_local": "care", "phone": {"nl": "085 208 31 31", "be": "02 808 31 31", "uk": "0330 808 3131", "us": "1-888-555-0131"}},
    {"name": "Splitsy", "mk": "eu", "domain": "splitsy.eu", "handle": "splitsy_help", "dom_local": "help", "phone": {"nl": "088 330 22 11", "be": "02 400 22 11", "uk": "0345 600 2211", "us": "1-855-555-0211"}},
    {"name": "Hollandse Polis", "mk": "nl", "domain": "hollandsepolis.nl", "handle": "HollandsePolis", "dom_local": "klant", "phone": {"nl": "0900 1234 567", "be": "+31 900 1234 567", "uk": "+31 900 1234 567", "us": "+31 900 1234 567"}},
    {"name": "Assura Belgica", "mk": "be", "domain": "assurabelgica.be", "handle": "AssuraBelgica", "dom_local": "info", "phone": {"nl": "+32 2 664 81 11", "be": "02 664 81 11", "uk": "+32 2 664 81 11", "us": "+32 2 664 81 11"}},
    {"name": "Thistle & Crown Bank", "mk": "uk", "domain": "thistlecrown.co.uk", "handle": "ThistleCrownHelp", "dom_local": "support", "phone": {"nl": "+44 345 300 0900", "be": "+44 345 300 0900", "uk": "0345 300 0900", "us": "+44 345 300 0900"}},
    {"name": "Monarch Mutual", "mk": "uk", "domain": "monarchmutual.co.uk", "handle": "MonarchMutual", "dom_local": "claims", "phone": {"nl": "+44 800 028 4400", "be": "+44 800 028 4400", "uk": "0800 028 4400", "us": "+44 800 028 4400"}},
    {"name": "Quilo", "mk": "eu", "domain": "quilo.app", "handle": "quiloapp", "dom_local": "team", "phone": {"nl": "020 262 09 09", "be": "02 588 09 09", "uk": "020 3808 0909", "us": "(646) 555-0909"}},
    {"name": "Paylane Later", "mk": "eu", "domain": "paylanelater.com", "handle": "PaylaneLater", "dom_local": "cs", "phone": {"nl": "010 760 44 44", "be": "03 808 44 44", "uk": "0333 015 4444", "us": "1-877-555-0144"}},
    {"name": "Ferro Finance", "mk": "eu", "domain": "ferrofinance.eu", "handle": "FerroFinance", "dom_local": "business", "phone": {"nl": "030 799 50 50", "be": "09 265 50 50", "uk": "0203 885 5050", "us": "(312) 555-0150"}},
    {"name": "Lumen Verzekeringen", "mk": "be", "domain": "lumenverzekeringen.be", "handle": "LumenVerz", "dom_local": "klantendienst", "phone": {"nl": "+32 3 286 70 70", "be": "03 286 70 70", "uk": "+32 3 286 70 70", "us": "+32 3 286 70 70"}},
    {"name": "Brightwell Credit Union", "mk": "us", "domain": "brightwellcu.org", "handle": "BrightwellCU", "dom_local": "member", "phone": {"nl": "+1 800 555 0177", "be": "+1 800 555 0177", "uk": "+1 800 555 0177", "us": "1-800-555-0177"}},
    {"name": "Cobalt Pay", "mk": "eu", "domain": "cobaltpay.io", "handle": "cobaltpay", "dom_local": "support", "phone": {"nl": "085 888 70 00", "be": "02 790 70 00", "uk": "0161 850 7000", "us": "(415) 555-0170"}},
]

PEOPLE = {
    "nl": [("Sanne", "de Vries"), ("Jeroen", "Bakker"), ("Fleur", "Visser"), ("Mohamed", "El Amrani"), ("Anouk", "Smit"),
           ("Bram", "Mulder"), ("Ilse", "van Dijk"), ("Koen", "de Graaf"), ("Noor", "Yilmaz"), ("Ruud", "Verhoeven"),
           ("Maaike", "Hendriks"), ("Daan", "Kuipers"), ("Esther", "Brouwer"), ("Thijs", "Jansen")],
    "be": [("Lien", "Claes"), ("Wouter", "Peeters"), ("Elke", "Maes"), ("Jonas", "Wouters"), ("Sofie", "Goossens"),
           ("Pieter", "Vermeulen"), ("Nathalie", "Dubois"), ("Julien", "Lambert"), ("Amélie", "Dupont"), ("Mehdi", "Benali"),
           ("Céline", "Lemaire"), ("Thomas", "Renard"), ("Griet", "Desmet"), ("Arnaud", "Leclercq"), ("Inès", "Mertens"), ("Kobe", "Jacobs")],
    "uk": [("Oliver", "Hughes"), ("Chloe", "Patel"), ("Gareth", "Evans"), ("Siobhan", "Murphy"), ("Callum", "Reid"),
           ("Priya", "Shah"), ("Harriet", "Cole"), ("Jamie", "O'Brien"), ("Fiona", "MacLeod"), ("Darren", "Walsh"),
           ("Aisha", "Begum"), ("Tom", "Whitaker"), ("Lucy", "Barnes"), ("Rhys", "Morgan")],
    "us": [("Tyler", "Brooks"), ("Megan", "Alvarez"), ("Jordan", "Kim"), ("Ashley", "Nguyen"), ("Marcus", "Johnson"),
           ("Brittany", "Cole"), ("Kevin", "Ramirez"), ("Dana", "Whitfield"), ("Luis", "Ortega"), ("Kayla", "Price")],
}

AGENTS = [("Mark", "Jonker"), ("Fatima", "Ouali"), ("Sven", "Aerts"), ("Hanna", "Lindqvist"), ("Dries", "Vos"),
          ("Camille", "Henry"), ("Gemma", "Lloyd"), ("Nick", "Sutton"), ("Yara", "Boukhari"), ("Lotte", "Meijer"),
          ("Rachel", "Stone"), ("Bart", "Willems"), ("Zoë", "Laurent"), ("Ben", "Fairfax")]

STREETS = {
    "nl": ["Keizersgracht", "Dorpsstraat", "Vondellaan", "Oudegracht", "Prinses Beatrixlaan", "Molenweg", "Julianastraat",
           "Burgemeester Reigerstraat", "Kastanjelaan", "Ruysdaelkade", "Van Speijkstraat", "Hoofdstraat"],
    "be": ["Kerkstraat", "Rue de la Loi", "Meir", "Chaussée de Waterloo", "Veldstraat", "Avenue Louise", "Sint-Pietersnieuwstraat",
           "Rue des Tanneurs", "Lange Kievitstraat", "Boulevard d'Avroy", "Stationsstraat", "Rue Haute"],
    "uk": ["Baker Street", "Victoria Road", "Church Lane", "Mill Road", "Queen's Drive", "Albert Terrace", "Station Approach",
           "Hawthorn Close", "Kings Avenue", "Granby Row", "Wellington Crescent", "Park View"],
    "us": ["Maple Ave", "Oak Street", "Elm Dr", "Sunset Blvd", "Lakeview Rd", "Cedar Ct", "Pine Ridge Rd", "Main St", "Hillcrest Ave", "Willow Ln"],
}

CITIES = {
    "nl": [("Amsterdam", "1015"), ("Utrecht", "3511"), ("Rotterdam", "3012"), ("Zwolle", "8011"), ("Eindhoven", "5611"),
           ("Groningen", "9711"), ("Haarlem", "2011"), ("Nijmegen", "6511"), ("Breda", "4811"), ("Leiden", "2312")],
    "be": [("Antwerpen", "2000"), ("Bruxelles", "1000"), ("Gent", "9000"), ("Liège", "4000"), ("Leuven", "3000"),
           ("Namur", "5000"), ("Brugge", "8000"), ("Ixelles", "1050"), ("Mechelen", "2800"), ("Charleroi", "6000")],
    "uk": [("London", "NW1 6XE"), ("Manchester", "M1 2AB"), ("Leeds", "LS6 3QF"), ("Bristol", "BS8 1TH"), ("Glasgow", "G12 8QQ"),
           ("Cardiff", "CF10 3AT"), ("Brighton", "BN1 4GH"), ("York", "YO1 7HH"), ("Belfast", "BT7 1NN"), ("Norwich", "NR2 4PD")],
    "us": [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Portland, OR", "97205"), ("Columbus, OH", "43215"),
           ("Denver, CO", "80203"), ("Raleigh, NC", "27601"), ("Tampa, FL", "33602"), ("Madison, WI", "53703")],
}

BIZ = {
    "nl": [("Bakkerij De Korenbloem", "korenbloem.nl"), ("Kapsalon Knip", "kapsalonknip.nl"), ("Fietsenmaker Vos", "fietsvos.nl"), ("Loodgietersbedrijf Smit", "smitloodgieters.nl")],
    "be": [("Frituur 't Hoekske", "hoekske.be"), ("Boulangerie Lambert", "boulangerie-lambert.be"), ("Schrijnwerkerij Maes", "maes-schrijnwerk.be"), ("Atelier Dupont", "atelierdupont.be")],
    "uk": [("Hughes Plumbing Ltd", "hughesplumbing.co.uk"), ("The Crafty Fox Café", "craftyfoxcafe.co.uk"), ("Reid Joinery", "reidjoinery.co.uk"), ("Cole & Daughters", "coleanddaughters.co.uk")],
    "us": [("Brooks Auto Detail", "brooksdetail.com"), ("Sunrise Nails", "sunrisenails.com"), ("Ortega Landscaping", "ortegalandscaping.com"), ("Price Bookkeeping", "pricebooks.com")],
}

BRANDS += [
    {"name": "Zuiderbank", "mk": "nl", "domain": "zuiderbank.nl", "handle": "Zuiderbank", "dom_local": "service", "phone": {"nl": "040 800 90 90", "be": "+31 40 800 90 90", "uk": "+31 40 800 90 90", "us": "+31 40 800 90 90"}},
    {"name": "Banque Mosane", "mk": "be", "domain": "banquemosane.be", "handle": "BanqueMosane", "dom_local": "contact", "phone": {"nl": "+32 4 220 30 30", "be": "04 220 30 30", "uk": "+32 4 220 30 30", "us": "+32 4 220 30 30"}},
    {"name": "Harbour Line Insurance", "mk": "uk", "domain": "harbourline.co.uk", "handle": "HarbourLineIns", "dom_local": "help", "phone": {"nl": "+44 300 123 9090", "be": "+44 300 123 9090", "uk": "0300 123 9090", "us": "+44 300 123 9090"}},
    {"name": "Keystone Payments", "mk": "us", "domain": "keystonepay.com", "handle": "KeystonePay", "dom_local": "support", "phone": {"nl": "+1 888 555 0190", "be": "+1 888 555 0190", "uk": "+1 888 555 0190", "us": "1-888-555-0190"}},
    {"name": "Noordzee Schade", "mk": "nl", "domain": "noordzeeschade.nl", "handle": "NoordzeeSchade", "dom_local": "schade", "phone": {"nl": "0800 022 33 44", "be": "+31 800 022 33 44", "uk": "+31 800 022 33 44", "us": "+31 800 022 33 44"}},
    {"name": "Sterling Row Bank", "mk": "uk", "domain": "sterlingrow.co.uk", "handle": "SterlingRowBank", "dom_local": "care", "phone": {"nl": "+44 345 711 2020", "be": "+44 345 711 2020", "uk": "0345 711 2020", "us": "+44 345 711 2020"}},
]
