"""Name, street, city and brand pools. Every list is dealt alternately to the two halves,
so no name, street or brand occurs in both dev and heldout."""

RAW = {
    "nl": {
        "adults": ["Marieke", "Jeroen", "Sanne", "Bas", "Ingrid", "Ruud", "Anouk", "Erik", "Petra", "Mark", "Linda", "Hans", "Esther", "Wouter", "Karin", "Dennis"],
        "kids": ["Daan", "Lotte", "Sem", "Tess", "Finn", "Julia", "Milan", "Noor", "Luuk", "Fleur", "Bram", "Evi", "Jesse", "Saar"],
        "elders": ["Gerda", "Wim", "Truus", "Henk", "Riet", "Cor", "Annie", "Jan", "Bep", "Kees"],
        "surnames": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker"],
        "streets": ["Kerkstraat", "Molenweg", "Dorpsstraat", "Lindenlaan", "Julianastraat", "Beatrixlaan", "Stationsweg", "Schoolstraat", "Prinsengracht", "Esdoornlaan", "Vondelstraat", "Merelstraat"],
        "cities": [("Utrecht", "3512"), ("Zwolle", "8011"), ("Haarlem", "2011"), ("Amersfoort", "3811"), ("Groningen", "9711"), ("Tilburg", "5038"), ("Leiden", "2311"), ("Apeldoorn", "7311"), ("Breda", "4811"), ("Deventer", "7411")],
        "bank": ["ING", "Rabobank", "ABN AMRO", "SNS", "ASN Bank", "Triodos"],
        "telco": ["KPN", "Odido", "Vodafone", "Simyo", "Ben", "Lebara"],
        "insurer": ["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW", "ONVZ"],
        "pension": ["SVB", "ABP", "PFZW", "PME"],
        "pharmacy": ["Apotheek De Linde", "BENU apotheek", "Service Apotheek Molenhoek", "Apotheek Centrum"],
        "portal": ["Magister", "Somtoday", "Itslearning", "Parro", "Zermelo", "Social Schools"],
        "finance": ["DUO", "Stufi-loket", "DUO"],
        "uni": ["Universiteit Utrecht", "Hogeschool Windesheim", "Rijksuniversiteit Groningen", "Fontys", "TU Delft", "Hanzehogeschool"],
        "housing": ["SSH", "DUWO", "Lefier", "Idealis"],
        "library": ["Bibliotheek Midden", "OBA", "Bibliotheek Kennemerwaard", "de Bieb"],
        "game": ["Fortnite", "Roblox", "Minecraft", "Brawl Stars", "FIFA", "Clash Royale"],
        "childcare": ["Kinderopvang Humankind", "Partou", "KOW", "Kanteel", "SKM"],
        "parental": ["Google Family Link", "Schermtijd", "Qustodio", "Bark"],
    },
    "be": {
        "adults": ["Els", "Koen", "Ann", "Bart", "Veerle", "Tom", "Sofie", "Pieter", "Katrien", "Dirk", "Griet", "Stijn", "An", "Joris"],
        "kids": ["Lander", "Fien", "Wout", "Lore", "Seppe", "Nore", "Warre", "Ella", "Mathis", "Lien", "Arne", "Jana"],
        "elders": ["Godelieve", "Jozef", "Maria", "Frans", "Agnes", "Marcel", "Rosa", "Gilbert", "Paula", "Roger"],
        "surnames": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet", "Van den Broeck", "Willems", "Mertens", "Vermeulen", "Desmet"],
        "streets": ["Kapelstraat", "Stationsstraat", "Kerkplein", "Molenstraat", "Bergstraat", "Leopoldlaan", "Dorpstraat", "Veldstraat", "Meersstraat", "Kloosterstraat"],
        "cities": [("Gent", "9000"), ("Leuven", "3000"), ("Mechelen", "2800"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Aalst", "9300"), ("Kortrijk", "8500"), ("Turnhout", "2300")],
        "bank": ["KBC", "Belfius", "BNP Paribas Fortis", "Argenta", "Crelan", "AXA Bank"],
        "telco": ["Proximus", "Telenet", "Orange", "Mobile Vikings", "Scarlet", "BASE"],
        "insurer": ["CM", "Helan", "Vlaams & Neutraal Ziekenfonds", "Solidaris", "De Voorzorg", "Partena"],
        "pension": ["Federale Pensioendienst", "mypension", "Pensioendienst", "Vlaamse Pensioenkas"],
        "pharmacy": ["Apotheek Vandenberghe", "Multipharma", "Apotheek De Kroon", "Familia apotheek"],
        "portal": ["Smartschool", "Informat", "Bingel", "Classroom", "Toledo", "Wisa"],
        "finance": ["Studietoelagen Vlaanderen", "Groeipakket", "FONS", "Kids@Home"],
        "uni": ["KU Leuven", "UGent", "VUB", "UAntwerpen", "Howest", "Thomas More"],
        "housing": ["Kotatsu", "Huisvesting KU Leuven", "Stuvo", "Kotweb"],
        "library": ["bib Gent", "Bibliotheek Leuven", "bib Mechelen", "Biblio Brugge"],
        "game": ["Fortnite", "Roblox", "Minecraft", "Brawl Stars", "FIFA", "Clash Royale"],
        "childcare": ["Kinderdagverblijf Het Speelhuisje", "Stad Gent Kinderopvang", "Ferm kinderopvang", "IBO De Kangoeroe"],
        "parental": ["Google Family Link", "Schermtijd", "Qustodio", "Kaspersky Safe Kids"],
    },
    "fr": {
        "adults": ["Sophie", "Olivier", "Isabelle", "Nicolas", "Nathalie", "Michel", "Caroline", "François", "Valérie", "Laurent", "Céline", "Thierry"],
        "kids": ["Lucas", "Emma", "Louis", "Chloé", "Nathan", "Léa", "Hugo", "Manon", "Maxime", "Zoé", "Noah", "Juliette"],
        "elders": ["Josiane", "Albert", "Simone", "Marcel", "Ginette", "Raymond", "Monique", "André", "Yvette", "Jacques"],
        "surnames": ["Dubois", "Lambert", "Dupont", "Martin", "Lejeune", "Renard", "Collard", "Leroy", "Simon", "Laurent", "Francois", "Denis"],
        "streets": ["Rue de la Station", "Avenue Louise", "Rue du Moulin", "Rue des Écoles", "Chaussée de Charleroi", "Rue de l'Église", "Avenue des Tilleuls", "Rue Haute", "Rue du Château", "Place Saint-Lambert"],
        "cities": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Wavre", "1300"), ("Tournai", "7500"), ("Arlon", "6700"), ("Ixelles", "1050")],
        "bank": ["ING Belgique", "Belfius", "BNP Paribas Fortis", "Beobank", "CBC", "Keytrade"],
        "telco": ["Proximus", "VOO", "Orange Belgium", "Mobile Vikings", "Scarlet", "BASE"],
        "insurer": ["Mutualité chrétienne", "Solidaris", "Partenamut", "MC", "Mutualité libérale", "Helan"],
        "pension": ["Service fédéral des Pensions", "mypension.be", "SFP", "Ethias Pension"],
        "pharmacy": ["Pharmacie du Centre", "Multipharma", "Pharmacie Lambert", "Pharmacie de la Gare"],
        "portal": ["Smartschool", "ClassDojo", "Itslearning", "Teams", "Moodle", "Konecto"],
        "finance": ["Allocations d'études", "service des allocations d'études", "Famiwal", "Parentia"],
        "uni": ["UCLouvain", "ULiège", "ULB", "UNamur", "UMONS", "HELMo"],
        "housing": ["Logement UCLouvain", "Logement ULiège", "Service logement ULB", "Kot à Louvain"],
        "library": ["Bibliothèque de Jambes", "Bibliothèque des Chiroux", "Bibliothèque communale de Wavre", "Biblio Etterbeek"],
        "game": ["Fortnite", "Roblox", "Minecraft", "Brawl Stars", "FIFA", "Clash Royale"],
        "childcare": ["Crèche Les Petits Loups", "Crèche Les Coccinelles", "Crèche communale", "Garderie Les Lutins"],
        "parental": ["Google Family Link", "Temps d'écran", "Qustodio", "Kaspersky Safe Kids"],
    },
    "en": {
        "adults": ["Sarah", "James", "Helen", "David", "Rachel", "Michael", "Claire", "Chris", "Laura", "Paul", "Jennifer", "Steve", "Nicola", "Kevin", "Amanda", "Gareth"],
        "kids": ["Oliver", "Lily", "Jack", "Ava", "Harry", "Mia", "Noah", "Isla", "Leo", "Ella", "Ethan", "Grace", "Mason", "Chloe"],
        "elders": ["Margaret", "Arthur", "Doreen", "Harold", "Joan", "Stanley", "Betty", "Frank", "Edna", "Walter"],
        "surnames": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Miller", "Evans", "Hughes", "Robinson", "Garcia", "Walker"],
        "streets": ["Elm Road", "Church Lane", "Maple Avenue", "Victoria Street", "Station Road", "Oak Street", "Park View", "Highfield Close", "Willow Drive", "Mill Lane", "Cedar Court", "Kings Road"],
        "cities": [("Leeds", "LS6"), ("Bristol", "BS7"), ("Norwich", "NR2"), ("Sheffield", "S10"), ("Cardiff", "CF14"), ("York", "YO31"), ("Reading", "RG1"), ("Derby", "DE22")],
        "cities_us": [("Dayton, OH", "45402"), ("Eugene, OR", "97401"), ("Plano, TX", "75024"), ("Green Bay, WI", "54301"), ("Cary, NC", "27511"), ("Boulder, CO", "80302"), ("Buffalo, NY", "14201"), ("Mesa, AZ", "85201")],
        "bank": ["Barclays", "NatWest", "Lloyds", "HSBC", "Nationwide", "Santander"],
        "bank_us": ["Chase", "Wells Fargo", "Bank of America", "Citi", "US Bank", "PNC"],
        "telco": ["EE", "Sky Mobile", "O2", "Three", "giffgaff", "BT"],
        "telco_us": ["Verizon", "AT&T", "T-Mobile", "Mint Mobile", "Xfinity Mobile", "Cricket"],
        "insurer": ["Bupa", "AXA Health", "Vitality", "Aviva", "WPA", "Simplyhealth"],
        "insurer_us": ["Aetna", "Blue Cross", "UnitedHealthcare", "Humana", "Cigna", "Kaiser"],
        "pension": ["Aviva Pensions", "Nest", "Legal & General", "Scottish Widows"],
        "pension_us": ["Social Security", "Fidelity", "Vanguard", "TIAA"],
        "pharmacy": ["Boots", "Lloyds Pharmacy", "Well Pharmacy", "Superdrug Pharmacy"],
        "pharmacy_us": ["CVS", "Walgreens", "Rite Aid", "Walmart Pharmacy"],
        "portal": ["ParentPay", "Google Classroom", "Arbor", "Satchel One", "Seesaw", "Sparx"],
        "portal_us": ["PowerSchool", "Canvas", "Schoology", "ClassDojo", "Infinite Campus", "Skyward"],
        "finance": ["Student Finance England", "SAAS", "Student Finance Wales", "SLC"],
        "finance_us": ["FAFSA", "Federal Student Aid", "Sallie Mae", "Nelnet"],
        "uni": ["Durham University", "Lancaster University", "Loughborough University", "UEA", "Keele University", "Aston University"],
        "uni_us": ["Ohio State", "Portland State", "UT Austin", "UW-Madison", "NC State", "CU Denver"],
        "housing": ["Unite Students", "iQ Student", "Campus Living", "Fresh Student Living"],
        "housing_us": ["Residence Life", "campus housing office", "University Housing", "Res Life"],
        "library": ["Kirklees Libraries", "Hampshire Libraries", "Norfolk Libraries", "Surrey Libraries"],
        "library_us": ["Multnomah County Library", "Austin Public Library", "Columbus Metropolitan Library", "Denver Public Library"],
        "game": ["Fortnite", "Roblox", "Minecraft", "Brawl Stars", "FIFA", "Clash Royale"],
        "childcare": ["Busy Bees", "Bright Horizons", "Little Acorns Nursery", "KinderCare"],
        "parental": ["Google Family Link", "Screen Time", "Qustodio", "Bark"],
    },
}

HANDLES = ["KPNwebcare", "ING_news", "TelenetBE", "Proximus", "DUO_helpdesk", "VodafoneUK", "EE", "Barclays", "CZzorg", "Belfius",
           "Rabobank", "KBC_Group", "BT_UK", "VerizonSupport", "ATTHelp", "OrangeBe", "NatWest_Help", "Odido", "SmartschoolBE", "ChaseSupport"]
URLS = ["https://www.mijn.example.nl/inloggen", "https://support.example.com/kb/4021", "https://www.example.be/fr/aide", "www.example.org/wachtwoord-vergeten",
        "https://help.example.co.uk/reset", "https://portal.example.edu/login", "https://example.com/status", "https://www.example.be/nl/mijn-account",
        "https://www.example.be/volmacht", "https://id.example.nl/activeren", "bit.ly/3xAbcD1", "https://my.example.us/account"]
MODELS = ["FRITZ!Box 7590", "H369A", "SM-A146B", "Nokia G21", "TC4400", "Galaxy Tab A8", "Connect Box", "bbox3", "ZTE MF971", "Moto g54", "Archer AX55", "Pixel 7a"]
SCHOOLDOM = ["scholengroep.be", "lyceum.nl", "college.nl", "sint-jozef.be", "athenee.be", "academy.org.uk", "k12.example.us", "campus.be"]


def deal(half):
    """Return pools for each lang group for the given half (0 = dev, 1 = heldout)."""
    out = {}
    for lg, d in RAW.items():
        p = {}
        for k, v in d.items():
            p[k] = [x for i, x in enumerate(v) if i % 2 == half]
        out[lg] = p
    shared = {"handles": [x for i, x in enumerate(HANDLES) if i % 2 == half],
              "urls": [x for i, x in enumerate(URLS) if i % 2 == half],
              "schooldom": [x for i, x in enumerate(SCHOOLDOM) if i % 2 == half],
              "models": [x for i, x in enumerate(MODELS) if i % 2 == half]}
    for lg in out:
        out[lg].update(shared)
        # mentions are the half's own brand handles
        out[lg]["handles"] = ["".join(c for c in b if c.isalnum()) for b in out[lg]["telco"] + out[lg]["bank"] + out[lg]["portal"] + out[lg].get("telco_us", []) + out[lg].get("bank_us", [])]
    return out
