# Names, streets, cities and brands. Every list is dealt alternately to dev (even index) and heldout (odd index).

FIRST = {
    "nl": ["Sanne", "Jan", "Daan", "Emma", "Fleur", "Thijs", "Lotte", "Bram", "Anouk", "Ruben", "Iris", "Joost", "Maaike", "Sven",
           "Noor", "Wouter", "Esther", "Koen", "Marloes", "Gerrit", "Ineke", "Hans", "Femke", "Martijn"],
    "nl-be": ["Jens", "Lien", "Wout", "Femke", "Pieter", "Elke", "Stijn", "Kato", "Arne", "Lore", "Jonas", "Marie", "Bart", "Griet",
              "Tom", "Sofie", "Dries", "Ilse", "Kobe", "Hanne"],
    "fr-be": ["Julien", "Camille", "Nicolas", "Sophie", "Maxime", "Aurélie", "Thomas", "Manon", "Antoine", "Chloé", "Olivier", "Pauline",
              "Mathieu", "Élodie", "Quentin", "Céline", "Loïc", "Justine", "Arnaud", "Nathalie"],
    "en-gb": ["Oliver", "Amelia", "Harry", "Isla", "George", "Sophie", "Jack", "Grace", "Charlie", "Poppy", "Alfie", "Freya", "Callum",
              "Niamh", "Rhys", "Keeley", "Ollie", "Hannah", "Declan", "Bethany"],
    "en-us": ["Michael", "Jessica", "Tyler", "Ashley", "Brandon", "Megan", "Kevin", "Lauren", "Jason", "Brittany", "Dylan", "Kayla",
              "Marcus", "Destiny", "Austin", "Courtney", "Derek", "Shannon", "Travis", "Alyssa"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
           "van Dijk", "Dekker", "van Leeuwen", "Brouwer", "de Wit", "Dijkstra", "Kok", "van den Berg"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen",
              "Van Damme", "De Clercq", "Verstraete", "Claeys", "Hermans"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lejeune", "Mathieu", "Collard",
              "François", "Denis", "Delvaux", "Fontaine", "Gilson"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Hughes", "Wright",
              "Patel", "Khan", "Davies", "O'Brien"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "White", "Harris", "Nguyen",
              "Clark", "Lewis", "Robinson", "Walker", "Young"],
}
AGENTS = {
    "nl": ["Mirjam", "Kevin", "Samira", "Dennis", "Yvonne", "Rick", "Nadia", "Sjoerd", "Ilona", "Mohamed", "Chantal", "Jeroen"],
    "nl-be": ["Evy", "Glenn", "Nathalie", "Kristof", "Sarah", "Yannick", "Charlotte", "Brecht", "Ines", "Joris"],
    "fr-be": ["Laetitia", "Sébastien", "Amandine", "Grégory", "Mélanie", "Kevin", "Sarah", "Damien", "Océane", "Cédric"],
    "en-gb": ["Jade", "Liam", "Chloe", "Ryan", "Abbie", "Connor", "Zara", "Kieran", "Leah", "Nathan"],
    "en-us": ["Tiffany", "Jordan", "Crystal", "Justin", "Amber", "Brian", "Heather", "Eric", "Danielle", "Cody"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat", "Prinsengracht", "Lindelaan",
           "Schoolstraat", "Parallelweg", "Eikenlaan", "Vondelstraat", "Wilhelminastraat", "Nieuwe Gracht", "Zonnebloemstraat", "Hoofdweg"],
    "nl-be": ["Stationsstraat", "Veldstraat", "Meir", "Grote Markt", "Nieuwstraat", "Bredabaan", "Kapelsestraat", "Brugsesteenweg",
              "Diestsestraat", "Tiensestraat", "Koning Albertlaan", "Leopoldlaan", "Kortrijksesteenweg", "Turnhoutsebaan"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue Neuve", "Boulevard d'Avroy", "Rue des Déportés",
              "Rue du Moulin", "Avenue de Tervueren", "Rue Haute", "Rue de Namur", "Chaussée de Charleroi", "Rue Saint-Gilles",
              "Rue des Écoles", "Place du Marché"],
    "en-gb": ["Park Road", "Church Lane", "Victoria Street", "Mill Lane", "Station Road", "Queens Avenue", "Kings Road", "Manor Close",
              "Grange Road", "Highfield Drive", "Elm Grove", "The Crescent", "Albert Terrace", "Chapel Street"],
    "en-us": ["Maple Ave", "Oak Street", "Pine Drive", "Cedar Lane", "Elm Street", "Washington Blvd", "Lakeview Dr", "Sunset Blvd",
              "Hillcrest Rd", "Park Ave", "Willow Way", "Ridge Road", "Magnolia Ct", "Birch Lane"],
}
CITIES = {
    "nl": [("Utrecht", "35"), ("Amersfoort", "38"), ("Zwolle", "80"), ("Haarlem", "20"), ("Tilburg", "50"), ("Groningen", "97"),
           ("Leiden", "23"), ("Delft", "26"), ("Breda", "48"), ("Almere", "13"), ("Arnhem", "68"), ("Nijmegen", "65"), ("Enschede", "75"), ("Alkmaar", "18")],
    "nl-be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Mechelen", "2800"),
              ("Kortrijk", "8500"), ("Aalst", "9300"), ("Genk", "3600"), ("Roeselare", "8800"), ("Lier", "2500"), ("Turnhout", "2300")],
    "fr-be": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Bruxelles", "1000"), ("Ixelles", "1050"),
              ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700"), ("Verviers", "4800"), ("Nivelles", "1400"), ("Huy", "4500")],
    "en-gb": [("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Sheffield", "S"), ("Norwich", "NR"), ("Cardiff", "CF"),
              ("Leicester", "LE"), ("Brighton", "BN"), ("York", "YO"), ("Reading", "RG"), ("Exeter", "EX"), ("Bath", "BA")],
    "en-us": [("Austin", "TX 787"), ("Columbus", "OH 432"), ("Denver", "CO 802"), ("Portland", "OR 972"), ("Raleigh", "NC 276"),
              ("Madison", "WI 537"), ("Tucson", "AZ 857"), ("Omaha", "NE 681"), ("Boise", "ID 837"), ("Richmond", "VA 232"),
              ("Tampa", "FL 336"), ("Albany", "NY 122")],
}
BRANDS = {
    "NL": {"telecom": ["KPN", "Ziggo", "Odido", "Simyo", "Youfone", "Ben", "Delta Fiber", "Lebara"],
           "energy": ["Eneco", "Vattenfall", "Essent", "Budget Energie", "Greenchoice", "Vandebron", "Oxxio", "Pure Energie"],
           "banking": ["ING", "Rabobank", "ABN AMRO", "SNS", "ASN Bank", "bunq", "Triodos", "Knab"],
           "webshop": ["bol", "Coolblue", "Wehkamp", "Zalando", "MediaMarkt", "Blokker", "HEMA", "Bijenkorf"]},
    "BE": {"telecom": ["Proximus", "Telenet", "Orange Belgium", "Scarlet", "Mobile Vikings", "VOO", "BASE", "Digi"],
           "energy": ["Engie", "Luminus", "TotalEnergies", "Eneco België", "Mega", "Bolt", "Octa+", "Ecopower"],
           "banking": ["KBC", "Belfius", "BNP Paribas Fortis", "Argenta", "ING België", "Crelan", "Beobank", "AXA Bank"],
           "webshop": ["Vanden Borre", "Krëfel", "Fnac", "Standaard Boekhandel", "Torfs", "Brico", "Collishop", "JBC"]},
    "GB": {"telecom": ["BT", "Vodafone", "EE", "Sky", "Virgin Media", "Three", "TalkTalk", "giffgaff"],
           "energy": ["Octopus Energy", "British Gas", "EDF", "OVO", "E.ON Next", "Scottish Power", "Utility Warehouse", "So Energy"],
           "banking": ["Barclays", "Monzo", "NatWest", "Lloyds", "Santander UK", "Starling", "Halifax", "Nationwide"],
           "webshop": ["Argos", "ASOS", "Currys", "John Lewis", "Very", "Boots", "Screwfix", "AO"]},
    "US": {"telecom": ["Verizon", "AT&T", "T-Mobile", "Comcast Xfinity", "Spectrum", "Cox", "Mint Mobile", "Frontier"],
           "energy": ["PG&E", "Con Edison", "Duke Energy", "ComEd", "Xcel Energy", "Dominion Energy", "Georgia Power", "SCE"],
           "banking": ["Chase", "Wells Fargo", "Bank of America", "Capital One", "Citi", "Ally", "Discover", "US Bank"],
           "webshop": ["Best Buy", "Target", "Walmart", "Wayfair", "Newegg", "Etsy", "Chewy", "Kohl's"]},
}
DEV_BRANDS = ["Mollie", "Stripe", "Adyen", "MessageBird", "Twilio", "Sendcloud", "Buckaroo", "MultiSafepay", "Pay.nl", "Paddle"]
