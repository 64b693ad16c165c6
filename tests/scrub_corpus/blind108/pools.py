"""Filler pools. Every pool is dealt alternately: element i goes to half i % 2."""

FIRST = {
    "nl": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Jeroen", "Esther", "Mehmet", "Anouk", "Ruud", "Ilse", "Youssef", "Marieke", "Thijs", "Noor", "Kees", "Priya", "Wouter"],
    "nl-be": ["Lien", "Wout", "Elke", "Jens", "Hanne", "Pieter-Jan", "Saar", "Bart", "Ine", "Koen", "Fien", "Ruben", "Griet", "Stijn", "Yasmine", "Dries"],
    "fr-be": ["Amandine", "Julien", "Chloé", "Maxime", "Céline", "Thomas", "Noémie", "Olivier", "Sarah", "Quentin", "Aurélie", "Mehdi", "Pauline", "Gilles", "Inès", "François"],
    "en-gb": ["Charlotte", "Oliver", "Amelia", "Harry", "Sophie", "George", "Aisha", "Callum", "Emily", "Rhys", "Megan", "Liam", "Grace", "Tom", "Niamh", "Ravi"],
    "en-us": ["Madison", "Tyler", "Ashley", "Brandon", "Jasmine", "Kevin", "Brittany", "Marcus", "Hannah", "Jose", "Kayla", "Derek", "Lauren", "Andre", "Megan", "Cody"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kaya", "Dekker", "Brouwer"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "Willems", "De Smet", "Vermeulen", "Van den Broeck", "Mertens", "Hermans", "Dubois", "Lambrechts"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lejeune", "Renard", "Leclercq", "François", "Dumont", "Collin", "Hubert", "Masson"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Patel", "Walker", "Wright", "Hughes", "Khan"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Young"],
}
STREETS = {
    "nl": ["Kerkstraat", "Molenweg", "Dorpsstraat", "Prinsengracht", "Stationsplein", "Vondellaan", "Julianastraat", "Nieuwe Binnenweg", "Oudegracht", "Lindenlaan", "Zeeburgerdijk", "Herenweg", "Van Speijkstraat", "Kastanjelaan"],
    "be": ["Kerkstraat", "Veldstraat", "Naamsestraat", "Overpoortstraat", "Lange Leemstraat", "Tiensestraat", "Brusselsesteenweg", "Koningin Astridlaan", "Stationsstraat", "Meersstraat", "Sint-Pietersnieuwstraat", "Diestsestraat"],
    "fr": ["Rue de la Loi", "Avenue Louise", "Rue Haute", "Chaussée de Wavre", "Rue du Marché", "Boulevard d'Avroy", "Rue des Carmes", "Avenue de Tervueren", "Rue Saint-Gilles", "Place Flagey", "Rue de Namur", "Rue Neuve"],
    "uk": ["Albert Road", "Mill Lane", "Church Street", "Victoria Road", "Station Road", "Park Avenue", "Queen Street", "Highfield Close", "Manor Way", "Kingsway", "Elm Grove", "Cromwell Terrace"],
    "us": ["Elm Street", "Maple Avenue", "Oak Drive", "Washington Blvd", "Lakeview Terrace", "Pine Street", "Sunset Blvd", "Cedar Lane", "Main Street", "Madison Ave", "Highland Road", "Birch Court"],
}
CITIES = {
    "nl": [("1017 AB", "Amsterdam"), ("3512 JE", "Utrecht"), ("2311 VK", "Leiden"), ("9712 CP", "Groningen"), ("3011 BD", "Rotterdam"), ("6511 LK", "Nijmegen"), ("5611 AZ", "Eindhoven"), ("7511 JM", "Enschede"), ("2595 AA", "Den Haag"), ("6211 CK", "Maastricht")],
    "be": [("9000", "Gent"), ("3000", "Leuven"), ("2000", "Antwerpen"), ("8000", "Brugge"), ("3500", "Hasselt"), ("2800", "Mechelen"), ("8500", "Kortrijk"), ("1000", "Brussel"), ("9300", "Aalst"), ("3590", "Diepenbeek")],
    "fr": [("1000", "Bruxelles"), ("1050", "Ixelles"), ("4000", "Liège"), ("5000", "Namur"), ("1348", "Louvain-la-Neuve"), ("7000", "Mons"), ("6000", "Charleroi"), ("1060", "Saint-Gilles"), ("1200", "Woluwe-Saint-Lambert"), ("4020", "Liège")],
    "uk": [("LS6 1AB", "Leeds"), ("BS1 4QX", "Bristol"), ("M14 5TQ", "Manchester"), ("NE1 7RU", "Newcastle"), ("SW9 8BJ", "London"), ("CF24 4AN", "Cardiff"), ("B29 6BD", "Birmingham"), ("EH8 9YL", "Edinburgh"), ("NG7 2RD", "Nottingham"), ("L7 8TQ", "Liverpool")],
    "us": [("IL 62704", "Springfield"), ("TX 78701", "Austin"), ("MA 02139", "Cambridge"), ("WA 98103", "Seattle"), ("GA 30309", "Atlanta"), ("NY 11215", "Brooklyn"), ("OH 43215", "Columbus"), ("CO 80202", "Denver"), ("FL 33130", "Miami"), ("OR 97205", "Portland")],
}
SECTORS = ["loyalty", "housing", "notary", "dating", "lottery", "museum", "nurses"]
BRANDS = {
    "loyalty": {"nl": ["VersMarkt", "Buurtsuper Plus", "SpaarGroen", "DagVers", "MarktKoning", "Korfje"], "be": ["Xtra Vers", "KorfPunt", "MarchéPlus", "Buurtwinkel Club", "FraisMarché", "Spaarkaart BE"],
                "en": ["FreshCo Rewards", "ShopSmart Perks", "GreenBasket Club", "ValueMart+", "CornerFresh", "Hartley's Points"]},
    "housing": {"nl": ["CampusWonen", "StudentStek", "KamerKompas", "SSH-Wonen", "DuoKamers", "Stek030"], "be": ["KotWijzer", "Kotplaats Leuven", "Logis Étudiant", "KotCentraal", "Résidence Lumière", "StuVerblijf"],
                "en": ["UniNest", "DormDirect", "CampusKeys", "StudentQuarters", "HallsHub", "Quadside Living"]},
    "notary": {"nl": ["Notariskantoor Van Dijk & De Wit", "Notaris Hoekstra", "Notarissen aan de Gracht", "Notariaat Oost"], "be": ["Notaris Peeters & Claes", "Étude notariale Dubois", "Notariskantoor Leie", "Notaire Lejeune"],
               "en": ["Hargreaves Notaries", "Keystone Notary Services", "Thames Notarial", "SignRight Notary", "Bellweather Notaries", "Capitol Mobile Notary"]},
    "dating": {"nl": ["Matchly", "Hartslag", "Klik&Date", "LiefdeLink"], "be": ["Coupidon", "Vonk", "Rendez-Vous.be", "Hartjes"], "en": ["Sparkd", "Kindred", "Swipewell", "HeartWave", "Mingle Lane", "Pairly"]},
    "lottery": {"nl": ["GoudenTrekking", "BuurtLoterij", "LuckyLoten", "Miljoenenspel NL"], "be": ["Loterie Étoile", "WinLot", "Kraslot Vlaanderen", "Lotto Plus BE"], "en": ["Jackpot UK", "StarDraw", "Lucky7 Lotto", "Community Prize Draw", "MegaPick", "Golden Ticket Lotto"]},
    "museum": {"nl": ["Museum Het Anker", "MuZee", "Stadsmuseum Noord", "Museumpas Digitaal"], "be": ["Musée de la Lumière", "MAS-vrienden", "Museum aan de Leie", "Musée du Cinquantenaire Amis"], "en": ["Hartwell Gallery", "Riverside Museum Members", "Museum of Light", "Greyfield Art Museum", "Northgate Science Center", "Westbury Collection"]},
    "nurses": {"nl": ["ZorgFlex Uitzend", "VerpleegPunt", "CareStaff NL", "Zorgtalent"], "be": ["Infirmières Plus", "ZorgJob Vlaanderen", "MediInterim", "Soins & Talents"], "en": ["NurseLink UK", "MedStaff USA", "Florence Recruitment", "CareBridge Staffing", "TravelRN Partners", "Ward Ready Agency"]},
}
AGENTS = {
    "nl": ["Mark", "Sandra", "Joyce", "Tim", "Demi", "Rick", "Lisa", "Kevin"],
    "nl-be": ["Sofie", "Tom", "Katrien", "Jef", "Leen", "Nils"],
    "fr-be": ["Marie", "Nicolas", "Sophie", "Antoine", "Laura", "Benoît"],
    "en-gb": ["Jess", "Dan", "Becky", "Sam", "Chloe", "Owen"],
    "en-us": ["Taylor", "Jordan", "Brianna", "Mike", "Ashley", "Chris"],
}
HASHTAGS = {
    "nl": ["#klantenservice", "#fail", "#help", "#storing", "#nietblij", "#studentenleven", "#kamernood", "#lot", "#museumkaart", "#zorg", "#boodschappen", "#app"],
    "nl-be": ["#kot", "#leuven", "#klantendienst", "#nietoké", "#gent", "#zorgpersoneel", "#spaarkaart", "#merci"],
    "fr-be": ["#serviceclient", "#arnaque", "#aide", "#kot", "#bruxelles", "#infirmieres", "#musee", "#loterie"],
    "en-gb": ["#customerservice", "#fail", "#NHS", "#studentlife", "#nursing", "#rant", "#help", "#lottery"],
    "en-us": ["#customerservice", "#help", "#travelnurse", "#datingapp", "#museum", "#frustrated", "#rewards", "#college"],
}
URLS = {
    "nl": ["https://www.versmarkt.nl/app/inloggen", "www.campuswonen.nl/mijn-account", "https://matchly.nl/hulp", "goudentrekking.nl/uitslagen", "https://www.muzee.nl/tickets", "zorgflex.nl/vacatures", "https://bit.ly/3xYkP2q", "https://notarisvandijk.nl/dossier"],
    "nl-be": ["https://www.kotwijzer.be/inloggen", "www.xtravers.be/klantenkaart", "https://vonk.be/support", "kraslot.be/winnaars", "https://www.zorgjob.be/kandidaten", "notarispeeters.be/contact"],
    "fr-be": ["https://www.logis-etudiant.be/connexion", "marcheplus.be/carte", "https://coupidon.be/aide", "https://www.loterie-etoile.be/resultats", "infirmieresplus.be/postuler", "www.musee-lumiere.be/billets"],
    "en-gb": ["https://www.uninest.co.uk/login", "freshco.co.uk/rewards", "https://jackpot.co.uk/results", "https://nurselink.co.uk/apply", "www.hartwell-gallery.org.uk/membership", "https://thamesnotarial.co.uk/fees"],
    "en-us": ["https://dormdirect.com/portal", "www.valuemartplus.com/account", "https://swipewell.com/help", "https://medstaffusa.com/onboarding", "northgatescience.org/members", "https://capitolmobilenotary.com/book"],
}
DEVICES = ["SM-A546B", "iPhone 13 mini", "Pixel 7a", "Galaxy A34", "iPhone SE", "Moto G84", "OnePlus Nord 3", "iPhone 15 Pro", "Redmi Note 12", "Galaxy S21 FE", "Nokia G22", "iPad Air"]
SSIDS = ["Ziggo5G-84A1", "KOT-3.14", "telenet-7F2C1", "VOO-883921", "BTHub6-XK2P", "Stek_WiFi", "NETGEAR47", "Proximus-Home-2C4F", "Kamer12", "xfinitywifi-home", "KPN4A2B1", "eduroam-guest"]


def deal(pool, half):
    out = pool[half::2]
    assert out, "pool too small"
    return out


def region(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "uk", "en-us": "us"}[lang]


def brand_key(lang):
    return "nl" if lang == "nl" else "be" if lang in ("nl-be", "fr-be") else "en"
