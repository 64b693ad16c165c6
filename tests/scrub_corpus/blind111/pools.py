"""Filler pools. Every pool is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Fatima", "Daan", "Marieke", "Kees", "Ilse", "Mohamed", "Anouk", "Bram", "Yvonne", "Thijs", "Noor", "Wouter", "Esra", "Gerrit", "Lotte", "Ruud", "Priya", "Henk"],
    "vl": ["Lieselot", "Jens", "Griet", "Wout", "Kato", "Pieter-Jan", "Ann", "Stijn", "Hanne", "Koen", "Elke", "Dries", "Nele", "Bart", "Ine", "Yusuf"],
    "fr": ["Amélie", "Julien", "Nathalie", "Mehdi", "Camille", "Olivier", "Sophie", "Thibault", "Aïcha", "Quentin", "Manon", "Grégory", "Chloé", "Benoît", "Inès", "Laurent"],
    "en": ["Sarah", "James", "Priya", "Tom", "Emily", "Daniel", "Aisha", "Mark", "Hannah", "Carlos", "Rebecca", "Liam", "Megan", "Oliver", "Grace", "Tyrone", "Chloe", "Ben"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "El Amrani", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Yilmaz", "Brouwer"],
    "vl": ["Peeters", "Janssens", "Maes", "Claes", "Vermeulen", "Goossens", "Willems", "De Smet", "Wouters", "Mertens", "Van den Broeck", "Dubois", "Lemmens", "Verstraete"],
    "fr": ["Dupont", "Lambert", "Martin", "Dubois", "Leclercq", "Renard", "Simon", "Laurent", "Hennuy", "Mathieu", "Benali", "Collard", "Denis", "Lejeune"],
    "en": ["Smith", "Patel", "Johnson", "O'Brien", "Williams", "Brown", "Taylor", "Nguyen", "Davies", "Garcia", "Evans", "Murphy", "Thompson", "Khan", "Walker", "Robinson"],
}
CHILD = {
    "nl": ["Sem", "Julia", "Noah", "Tess", "Finn", "Mila", "Luuk", "Saar"],
    "vl": ["Lou", "Mauro", "Fien", "Warre", "Nora", "Vic"],
    "fr": ["Louise", "Arthur", "Léa", "Noé", "Alice", "Victor"],
    "en": ["Oscar", "Isla", "Mason", "Ava", "Leo", "Ivy", "Jack", "Ella"],
}
AGENTS = {
    "nl": ["Lisa", "Mark", "Fenna", "Sven", "Iris", "Joost", "Naomi", "Rik"],
    "vl": ["Sofie", "Tom", "Lore", "Arne", "Eva", "Jonas"],
    "fr": ["Valérie", "Antoine", "Céline", "Maxime", "Élodie", "Romain"],
    "en": ["Jess", "Ryan", "Kate", "Dev", "Lauren", "Mike", "Sophie", "Marcus"],
}

# streets: (street, style) ; style controls number placement
STREETS = {
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Stationsweg", "Lindelaan", "Oranjestraat", "Vondellaan", "Beukenhof", "Julianastraat", "Hoofdweg", "Zeeweg", "Merelstraat", "Burgemeester Visserpark"],
    "BE": ["Kerkstraat", "Stationsstraat", "Veldstraat", "Kapelsesteenweg", "Grote Markt", "Leopoldlaan", "Dorpsplein", "Meensesteenweg", "Brugsestraat", "Koningin Astridlaan"],
    "BEFR": ["Rue de la Station", "Chaussée de Waterloo", "Avenue Louise", "Rue des Écoles", "Rue du Moulin", "Boulevard d'Avroy", "Place Saint-Lambert", "Rue de Namur", "Avenue des Lilas", "Rue Haute"],
    "GB": ["Acacia Avenue", "High Street", "Church Lane", "Victoria Road", "Mill Close", "Station Road", "Park Crescent", "Kingsway", "Orchard Way", "Elm Grove"],
    "US": ["Oak Street", "Maple Avenue", "W 34th St", "Elm Drive", "Sunset Blvd", "Lakeview Terrace", "Pine Ridge Road", "Main St", "Cedar Lane", "N Clark St"],
}
CITIES = {
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Zwolle", "Eindhoven", "Groningen", "Haarlem", "Amersfoort", "Breda", "Leeuwarden", "Nijmegen", "Delft"],
    "BE": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst"), ("2300", "Turnhout"), ("1800", "Vilvoorde")],
    "BEFR": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("1180", "Uccle"), ("4800", "Verviers"), ("6700", "Arlon")],
    "GB": [("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS7"), ("London", "SE15"), ("Glasgow", "G12"), ("Norwich", "NR2"), ("Cardiff", "CF24"), ("York", "YO10"), ("Brighton", "BN2"), ("Sheffield", "S11")],
    "US": [("Springfield", "IL", "627"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Denver", "CO", "802"), ("Tampa", "FL", "336"), ("Chicago", "IL", "606"), ("Boston", "MA", "021"), ("Atlanta", "GA", "303"), ("Madison", "WI", "537")],
}

ORGS = {
    "nl": {
        "hosp": ["Ziekenhuis Rijnoever", "Maasland Medisch Centrum", "Ziekenhuis De Linde", "Amstelzorg Ziekenhuis", "Isala-Oost", "Noorderpoort Kliniek"],
        "gp": ["Huisartsenpraktijk De Wilgen", "Huisartsen Centrum Oost", "Praktijk Dokter Bakker", "Gezondheidscentrum Het Anker"],
        "pharm": ["Apotheek De Hoeksteen", "Service Apotheek Molenwijk", "Apotheek Zuid", "Stadsapotheek Centrum", "MedVia Apotheek", "Apotheek Het Plein"],
        "pension": ["Pensioenfonds Zorg & Welzijn", "Stichting Pensioen Metaal", "PensioenPlus", "Bouwpensioen NL"],
        "kita": ["Kinderopvang Zonnetje", "KDV De Boomhut", "BSO Kwetternest", "Kindcentrum Regenboog"],
        "school": ["OBS De Klimop", "Het Baken College", "CBS De Wegwijzer", "Stedelijk Lyceum Noord"],
        "diy": ["BouwMaxx", "KlusPunt", "Hout & Co", "DoeHetZelf Direct", "Gamma-achtige KlusMarkt", "TuinTotaal"],
        "fashion": ["Modehuis Lente", "StyleStraat.nl", "JeansJunkie", "Bloemkool Fashion", "Zara-achtige Trendwinkel", "Sneakerkast"],
    },
    "vl": {
        "hosp": ["AZ Sint-Lucas", "UZ Noorderkempen", "AZ Groeninge-West", "Ziekenhuis Oost-Limburg Campus Zuid", "AZ Delta Noord", "AZ Monica-Zuid"],
        "gp": ["Groepspraktijk De Linde", "Huisartsenpraktijk Ter Heide", "Wijkgezondheidscentrum De Kaai", "Dokterspraktijk Veldzicht"],
        "pharm": ["Apotheek Claes", "Apotheek De Zwaan", "Multipharma Gent-Zuid", "Apotheek Verbeke", "Apotheek 't Pleintje", "Familia Apotheek"],
        "pension": ["Pensioenfonds Vlaanderen", "Integrale Pensioenkas", "Federale Pensioendienst", "Pensiobel"],
        "kita": ["Kinderdagverblijf Het Kabouterhuis", "Kinderopvang De Speelvogel", "Crèche Kribbel", "Opvang 't Stekske"],
        "school": ["Sint-Jozefscollege", "GO! Atheneum Noord", "Basisschool De Regenboog", "Sint-Ursula Instituut"],
        "diy": ["Brico-achtige BouwCenter", "Hubo-Punt", "Klusland", "Doe-Het-Zelf Vandenberghe", "Tuincentrum Groenrijk"],
        "fashion": ["Modehuis Nele", "JBC-achtige KidsMode", "ZEB-stijl Store", "Vlaamse Kledingkast", "Schoenen Torfs-stijl"],
    },
    "fr": {
        "hosp": ["CHU Sainte-Élisabeth", "Clinique Saint-Pierre", "Hôpital de la Citadelle", "CHR Haute Senne", "Grand Hôpital du Centre", "Clinique des Deux Alice"],
        "gp": ["Cabinet médical des Tilleuls", "Maison médicale du Laveu", "Centre médical Grand-Place", "Cabinet du Dr Renard"],
        "pharm": ["Pharmacie du Centre", "Pharmacie Collard", "Pharmacie des Écoles", "Multipharma Liège-Nord", "Pharmacie de la Gare", "Pharmacie Saint-Gilles"],
        "pension": ["Fonds de pension Mercator", "Caisse de pension Ethias-like", "Service fédéral des Pensions", "PensionPlus Belgique"],
        "kita": ["Crèche Les P'tits Loups", "Maison d'enfants Arc-en-ciel", "Crèche Les Coccinelles", "Garderie Bout'chou"],
        "school": ["Athénée royal de Namur", "École Sainte-Marie", "Collège Saint-Louis", "École communale des Marronniers"],
        "diy": ["Brico Plus", "Mr Bricolage Wavre", "Hubo Liège", "BricoDépôt Namur", "Jardiland-like Jardins"],
        "fashion": ["La Boutique de Camille", "Modes & Travaux Shop", "Chic Bruxelles", "Pointure 38", "Rue de la Mode"],
    },
    "en": {
        "hosp": ["St Mary's Hospital", "Northgate NHS Trust", "Riverside General", "Mercy Medical Center", "Royal Infirmary", "Lakeside Health"],
        "gp": ["Parkview Surgery", "The Elms Medical Practice", "Oakwood Family Medicine", "High Street Surgery"],
        "pharm": ["Boots-style Pharmacy", "CareRx Pharmacy", "Walgreens-type Drugstore", "Village Chemist", "MedExpress Pharmacy", "Well Pharmacy"],
        "pension": ["Nest-like Pension Scheme", "Scottish Widows-type Pensions", "Fidelity-style 401(k)", "Teachers' Pension Fund"],
        "kita": ["Little Acorns Nursery", "Bright Kids Daycare", "Tiny Steps Childcare", "Rainbow Nursery"],
        "school": ["Northfield Academy", "St Luke's Primary", "Lincoln High School", "Westbrook Elementary"],
        "diy": ["B&Q-style DIY Store", "HomeBuild Depot", "Toolstation-like Trade", "Lowe's-type Home Center", "Wickes-style DIY"],
        "fashion": ["Threadline", "ASOS-style Fashion", "Urban Rack", "Boutique Bloom", "Stride Shoes"],
    },
}

ITEMS = {
    "nl": {"diy": ["accuboormachine", "laminaat", "verfroller", "tegellijm", "schuurmachine", "tuinhek", "steigerhout", "cirkelzaag"],
           "fashion": ["winterjas", "spijkerbroek", "sneakers", "jurk", "trui", "enkellaarsjes", "colbert", "regenjas"],
           "med": ["metformine", "omeprazol", "inhalator", "insulinepennen", "anticonceptiepil", "oogdruppels", "paracetamol 500", "bloeddrukpillen"]},
    "fr": {"diy": ["perceuse sans fil", "parquet stratifié", "pot de peinture", "scie circulaire", "colle carrelage", "tondeuse", "ponceuse", "étagère"],
           "fashion": ["manteau", "jean slim", "baskets", "robe", "pull", "bottines", "blazer", "imperméable"],
           "med": ["metformine", "oméprazole", "inhalateur", "stylos d'insuline", "pilule", "collyre", "Dafalgan", "antihypertenseurs"]},
    "en": {"diy": ["cordless drill", "laminate flooring", "paint roller", "circular saw", "tile adhesive", "lawn mower", "sander", "shelving unit"],
           "fashion": ["winter coat", "skinny jeans", "trainers", "dress", "jumper", "ankle boots", "blazer", "raincoat"],
           "med": ["metformin", "omeprazole", "inhaler", "insulin pens", "the pill", "eye drops", "amoxicillin", "blood pressure tablets"]},
}
ITEMS["vl"] = ITEMS["nl"]

SSIDS = ["Ziggo5G-7A21", "Telenet-4F2B9", "Proximus-Home-3C1D", "BTHub6-KX92", "NETGEAR47", "Gasten-WiFi", "ZKH-Patient", "Creche_Guest", "FRITZ!Box 7590 QZ", "Linksys02114", "VOO-88AB12", "KPN-WiFi-33"]

MENTIONS = {
    "nl": ["@ZiekenhuisRijn", "@ApotheekZuid", "@BouwMaxxNL", "@StyleStraat", "@PensioenPlus", "@KinderopvangZon", "@KlusPunt_NL", "@JeansJunkieNL", "@MMC_Maasland", "@Sneakerkast"],
    "vl": ["@AZSintLucas", "@HuboPunt", "@Multipharma_Gent", "@PensioenVL", "@ModehuisNele", "@Klusland_be", "@UZNoord", "@GOAtheneum"],
    "fr": ["@CHU_StElisabeth", "@BricoPlusBE", "@PharmaCentre", "@ChicBruxelles", "@SFPensions", "@CrecheLoups", "@Pointure38", "@CliniqueStPierre"],
    "en": ["@StMarysHosp", "@HomeBuildDepot", "@ThreadlineHelp", "@CareRx", "@UrbanRack", "@NorthgateNHS", "@LittleAcornsNur", "@StrideShoes", "@MercyMedCtr", "@WellPharmacyUK"],
}
HASHTAGS = {
    "nl": ["#klantenservice", "#slecht", "#wachttijd", "#apotheek", "#pensioen", "#retour", "#nooitmeer", "#ziekenhuis", "#help", "#kinderopvang"],
    "vl": ["#klantendienst", "#schandalig", "#wachten", "#apotheek", "#retour", "#ziekenhuis", "#dankjewel", "#school"],
    "fr": ["#serviceclient", "#scandale", "#attente", "#pharmacie", "#retour", "#hopital", "#merci", "#creche"],
    "en": ["#customerservice", "#fail", "#NHS", "#pharmacy", "#refund", "#stillwaiting", "#DIY", "#daycare", "#pension", "#ugh"],
}
URLS = {
    "nl": ["https://mijn.ziekenhuisrijnoever.nl/login", "https://www.apotheekzuid.nl/herhaalrecept", "https://bouwmaxx.nl/retourneren", "www.stylestraat.nl/account", "https://mijnpensioen.pensioenplus.nl", "https://ouderportaal.zonnetje.nl", "https://www.klusmarkt.nl/bestelling/status", "bit.ly/3xRt9Qp"],
    "vl": ["https://www.azsintlucas.be/patientenportaal", "https://mijn.multipharma.be", "www.hubo-punt.be/retour", "https://www.mypension.be", "https://ouders.kabouterhuis.be", "https://smartschool.sintjozef.be"],
    "fr": ["https://www.chu-stelisabeth.be/rdv", "https://monespace.pharmacieducentre.be", "www.bricoplus.be/retours", "https://www.mypension.be/fr", "https://parents.creche-loups.be", "https://chicbruxelles.be/suivi"],
    "en": ["https://patient.stmarys.nhs.uk/login", "https://www.homebuilddepot.com/returns", "threadline.com/account/orders", "https://portal.carerx.com/refills", "https://my.littleacorns.co.uk", "https://www.nhs.uk/nhs-app", "https://mercymed.org/mychart", "tinyurl.com/y7k2abq"],
}
MODEL_PREFIX = ["WM", "BD", "KX", "GSR", "TS", "RX", "HL", "DCD", "PX", "VK", "AEG-BS", "MT"]
