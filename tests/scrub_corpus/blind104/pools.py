"""Filler pools. Every list is dealt alternately (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Jeroen", "Sanne", "Bas", "Lotte", "Martijn", "Femke", "Ruud", "Ilse", "Thijs", "Marloes",
           "Sven", "Anouk", "Wouter", "Esther", "Koen", "Noor", "Ruben", "Mirjam", "Daan", "Petra"],
    "be": ["Pieter", "Lien", "Wim", "Ellen", "Joris", "Griet", "Stijn", "An", "Bart", "Katrien",
           "Jens", "Elke", "Tom", "Nele", "Dries", "Sofie", "Kobe", "Hanne", "Geert", "Liesbeth"],
    "fr": ["Julien", "Camille", "Olivier", "Manon", "Thierry", "Aurélie", "Sébastien", "Chloé", "Benoît", "Delphine",
           "Nicolas", "Pauline", "François", "Amandine", "Laurent", "Océane", "Cédric", "Valérie", "Maxime", "Sophie"],
    "en": ["Oliver", "Emily", "Jack", "Chloe", "Harry", "Megan", "Tyler", "Ashley", "Liam", "Hannah",
           "Mason", "Grace", "Ryan", "Jessica", "Callum", "Brittany", "Kyle", "Sophie", "Connor", "Lauren"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
           "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "van der Linden", "Kok"],
    "be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
           "Vermeulen", "Van Damme", "Pauwels", "Dubois", "Hermans", "Aerts", "Michiels", "De Backer", "Verstraete", "Lambrechts"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Renard", "Lejeune", "Dumont",
           "Collard", "Fontaine", "Gérard", "Denis", "Lemaire", "Mathieu", "Charlier", "Hubert", "Piron", "Wauters"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Miller", "Evans",
           "Thomas", "Walker", "Roberts", "Anderson", "Wright", "Martinez", "Thompson", "Hughes", "Garcia", "Clarke"],
}
AGENTS = {
    "nl": ["Mark", "Eline", "Youssef", "Iris", "Kevin", "Sara", "Niels", "Fleur", "Tim", "Demi"],
    "be": ["Sander", "Jolien", "Arne", "Lore", "Yannick", "Febe", "Seppe", "Emma", "Robbe", "Ine"],
    "fr": ["Romain", "Lucie", "Karim", "Justine", "Antoine", "Elodie", "Mehdi", "Laura", "Hugo", "Inès"],
    "en": ["Dan", "Priya", "Tom", "Kayla", "Raj", "Beth", "Marcus", "Amy", "Josh", "Nadia"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindenlaan", "Prinsengracht", "Stationsweg", "Julianastraat",
           "Laan van Meerdervoort", "Hoofdstraat", "Vondelstraat", "Eikenlaan", "Burgemeester de Withstraat",
           "Oude Gracht", "Schoolstraat", "Zeeweg", "Wilhelminapark"],
    "be": ["Kerkstraat", "Stationsstraat", "Kouter", "Meir", "Brugsesteenweg", "Diestsevest", "Dorpsplein",
           "Nieuwstraat", "Grote Markt", "Koningin Astridlaan", "Leopoldlei", "Tiensestraat", "Kortrijksesteenweg",
           "Veldstraat", "Lange Nieuwstraat", "Hoogstraat"],
    "fr": ["Rue de la Loi", "Avenue Louise", "Rue Haute", "Chaussée de Wavre", "Rue du Midi", "Boulevard d'Avroy",
           "Rue des Carmes", "Avenue de Tervueren", "Rue de Namur", "Place Saint-Lambert", "Rue Neuve",
           "Chaussée de Charleroi", "Rue Grétry", "Avenue des Nerviens", "Rue de Fer", "Quai de Rome"],
    "gb": ["Acacia Avenue", "Mill Road", "Station Road", "High Street", "Church Lane", "Victoria Street",
           "Park Road", "Kings Road", "Queen's Drive", "Manor Way", "Elm Grove", "Cedar Close", "London Road",
           "Albert Terrace", "Green Lane", "Harbour View"],
    "us": ["Oak Street", "Maple Ave", "Main St", "W 12th St", "Pine Road", "Sunset Blvd", "Lincoln Ave",
           "Elm Street", "Washington Blvd", "Cedar Lane", "Lakeview Dr", "Park Ave", "Hillcrest Rd",
           "Broadway", "Spring St", "Valley View Ct"],
}
CITIES = {
    "nl": [("Utrecht", "35"), ("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Groningen", "97"),
           ("Eindhoven", "56"), ("Haarlem", "20"), ("Zwolle", "80"), ("Nijmegen", "65"), ("Breda", "48"),
           ("Leiden", "23"), ("Tilburg", "50"), ("Amersfoort", "38"), ("Arnhem", "68")],
    "be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"),
           ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Sint-Niklaas", "9100"), ("Genk", "3600"),
           ("Berchem", "2600"), ("Lier", "2500"), ("Roeselare", "8800"), ("Turnhout", "2300")],
    "fr": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
           ("Ixelles", "1050"), ("Wavre", "1300"), ("Etterbeek", "1040"), ("Louvain-la-Neuve", "1348"),
           ("Tournai", "7500"), ("Uccle", "1180"), ("Verviers", "4800"), ("Nivelles", "1400"), ("Arlon", "6700")],
    "gb": [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS7 8QA"), ("Cambridge", "CB1 2AD"),
           ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ"), ("London", "SW11 3TN"), ("Sheffield", "S10 2HF"),
           ("Brighton", "BN2 1JF"), ("Nottingham", "NG7 1AB"), ("York", "YO10 5DD"), ("Reading", "RG1 4PX"),
           ("Edinburgh", "EH9 1QH"), ("Norwich", "NR2 3QP")],
    "us": [("Portland, OR", "97205"), ("Austin, TX", "78704"), ("Chicago, IL", "60614"), ("Denver, CO", "80203"),
           ("Seattle, WA", "98103"), ("Boston, MA", "02116"), ("Atlanta, GA", "30308"), ("San Diego, CA", "92103"),
           ("Columbus, OH", "43215"), ("Raleigh, NC", "27601"), ("Madison, WI", "53703"), ("Tampa, FL", "33602"),
           ("Phoenix, AZ", "85004"), ("Brooklyn, NY", "11215")],
}
# fictional brands per sector
BRANDS = {
    "car": ["RijdNu", "DeelAuto", "Wheelo", "AutoPunt Verhuur", "GoShare", "Drivr", "Huurwagen Plus", "CityCar Club",
            "ZipRent", "Auto Delen Vlaanderen", "MoveMobil", "Karzo"],
    "lang": ["TaalKamer", "LinguaPunt", "Babel Academy", "Speakwise", "École Polyglotte", "Taalhuis Noord",
             "Fluentia", "Language Lab", "Parlez Vite", "Het Taalatelier", "ClearSpeak School", "Idioma Studio"],
    "immo": ["Makelaardij Van Dam", "Immo Verbeke", "HuisVinder Makelaars", "Thuismakelaar", "Immo Lumière",
             "Keystone Lettings", "Brick & Key Realty", "Woonpunt Makelaars", "Immo Central", "Harbour Homes",
             "Vastgoed Noord", "Maple Realty Group"],
    "tax": ["Fiscaal Advies Bos", "Boekhoudkantoor Peeters", "Cijferwerk", "TaxEase", "Fiduciaire Lambert",
            "Ledger & Co", "Administratiekantoor Smit", "BalansPlus", "NumberWise Accountants", "Fiduciaire Dumont",
            "Belastingdesk", "Penny Lane Bookkeeping"],
    "tel": ["ZakelijkNet", "BizTel", "Connecto Business", "OfficeLine", "TeleProf", "NetPro Zakelijk",
            "Skylink Business", "VoIPlanet", "Telecom Pro Benelux", "LinkWorks B2B", "CallHub Business", "FibreDesk"],
}
HANDLES = ["@RijdNu_help", "@DeelAuto", "@WheeloNL", "@GoShareBE", "@DrivrUK", "@ZipRentUS", "@TaalKamer",
           "@LinguaPunt", "@BabelAcademy", "@SpeakwiseUK", "@HuisVinder", "@ImmoVerbeke", "@KeystoneLets",
           "@BrickKeyRealty", "@TaxEaseHelp", "@Cijferwerk", "@BizTel_care", "@ZakelijkNet", "@ConnectoBiz",
           "@OfficeLineUK", "@SkylinkBiz", "@VoIPlanet", "@FibreDesk", "@CallHubHelp"]
HASHTAGS = ["#autohuur", "#klantenservice", "#fail", "#deelauto", "#huurauto", "#taalcursus", "#makelaar",
            "#belastingaangifte", "#zakelijk", "#storing", "#carsharing", "#customerservice", "#nietblij",
            "#woningmarkt", "#boekhouding", "#telecom", "#VoIP", "#rentalcar", "#landlord", "#taxseason",
            "#service", "#slecht", "#merci", "#frustré"]
SSIDS = ["Ziggo4421", "KPN-5G-Home", "Telenet-AB12C", "Proximus-Home-77F1", "BT-Hub6-X9K2", "NETGEAR42",
         "Kantoor_Gast", "BizTel-Office", "FRITZ!Box 7590 QT", "xfinitywifi_home", "VodafoneBox-8812", "Orange-3A5C"]
PLATES = ["GX-217-B", "1-ABC-234", "KT-88-ZR", "2-HGF-871", "AB12 CDE", "7KLM482", "N-422-PX", "1-XYZ-998",
          "LR19 KTF", "8TRD221", "ZZ-901-K", "2-PQR-551"]
VEHICLES = ["VW Polo", "Toyota Yaris", "Peugeot 208", "Tesla Model 3", "Renault Zoe", "Kia Niro", "Ford Focus",
            "Skoda Octavia combi", "Fiat 500", "BMW i3", "Opel Corsa-e", "Hyundai Kona"]
COMPANIES = ["Bouwbedrijf Hendriks BV", "Bakkerij De Korenbloem", "Schilders Maes BVBA", "Studio Lumen",
             "Garage Vermeulen", "Hair by Sofie", "Dental Care Leiden", "Atelier Renard SRL", "Clarke & Sons Ltd",
             "Brightside Plumbing LLC", "Van Damme Logistics", "Pixel Forge Ltd"]
COURSES = ["Spaans A2", "Nederlands NT2 B1", "Business English", "Français intensif", "Duits voor beginners",
           "IELTS prep", "Italiaans conversatie", "Néerlandais niveau 2", "Engels B2 avond", "Spanish for travel",
           "Anglais professionnel", "Chinees A1"]
