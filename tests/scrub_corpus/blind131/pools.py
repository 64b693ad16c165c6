"""Filler pools. Every pool is dealt alternately (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Daan", "Femke", "Thijs", "Marloes", "Bram", "Ilse", "Joost", "Noor", "Ruben", "Anouk", "Sven", "Lotte", "Gert-Jan", "Esmée", "Wouter", "Fatima", "Mehmet", "Karin", "Henk"],
    "nl-be": ["Jens", "Lien", "Wout", "Fien", "Pieter-Jan", "Elke", "Koen", "Nele", "Stijn", "An", "Bart", "Ine", "Dries", "Leen", "Yannick", "Griet", "Lotte", "Arne"],
    "fr-be": ["Julie", "Maxime", "Aurélie", "Nicolas", "Céline", "Thomas", "Manon", "Julien", "Sophie", "François", "Amandine", "Grégory", "Laetitia", "Kevin", "Nathalie", "Sébastien"],
    "en-gb": ["Oliver", "Amelia", "Harry", "Chloe", "George", "Sophie", "Callum", "Ellie", "Rhys", "Megan", "Alfie", "Imogen", "Jamie", "Niamh", "Priya", "Tom"],
    "en-us": ["Jake", "Madison", "Tyler", "Brittany", "Marcus", "Ashley", "Kayla", "Brandon", "Jasmine", "Dylan", "Hannah", "Carlos", "Megan", "Trevor", "Lauren", "DeShawn"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Kaya", "El Amrani", "Verhoeven"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Dierickx", "Verstraete"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Renard", "Lefèvre", "Collard", "Hermans", "Denis", "Mathieu", "Delvaux"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Patel", "Hughes", "O'Brien", "MacLeod"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore", "Jackson", "Lee", "Harris", "Clark", "Nguyen"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Stationsweg", "Beukenlaan", "Schoolstraat", "Hoofdstraat", "Wilhelminastraat", "Vondellaan", "Eikenlaan", "Lindengracht", "Burgemeester de Withstraat"],
    "be": ["Kerkstraat", "Rue de la Station", "Steenweg op Gent", "Avenue Louise", "Kapelstraat", "Rue du Moulin", "Bruggestraat", "Chaussée de Waterloo", "Lange Nieuwstraat", "Rue des Écoles", "Dorpsplein", "Boulevard d'Avroy", "Molenstraat", "Rue Haute"],
    "gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queen's Road", "Kingsway", "Albert Terrace", "Elm Grove", "Manor Close", "Castle Street"],
    "us": ["Maple Ave", "Oak Street", "Washington Blvd", "Pine St", "Elm Drive", "Lakeview Rd", "Main Street", "Sunset Blvd", "Cedar Lane", "3rd Ave", "Highland Ave", "Broadway"],
}
CITIES = {
    "nl": ["Utrecht", "Amersfoort", "Zwolle", "Haarlem", "Eindhoven", "Groningen", "Leiden", "Breda", "Nijmegen", "Alkmaar", "Delft", "Tilburg", "Apeldoorn", "Den Helder"],
    "be": ["Gent", "Antwerpen", "Leuven", "Liège", "Namur", "Brugge", "Mechelen", "Charleroi", "Hasselt", "Mons", "Kortrijk", "Wavre", "Aalst", "Ostende"],
    "gb": ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Brighton", "Newcastle", "Oxford", "Norwich", "York", "Hull", "Dover"],
    "us": [("Portland", "OR", "97205"), ("Austin", "TX", "78704"), ("Denver", "CO", "80203"), ("Seattle", "WA", "98122"), ("Boston", "MA", "02134"),
           ("Chicago", "IL", "60614"), ("Atlanta", "GA", "30307"), ("Columbus", "OH", "43215"), ("Brooklyn", "NY", "11215"), ("Miami", "FL", "33130")],
}
BRANDS = {
    "ph": {"nl": ["ApoVandaag", "MedPunt Online", "Apotheek De Linde", "ZorgDirect Apotheek", "Pillenbox.nl", "Apotheek Centraal", "DrogistXL", "FarmaThuis"],
           "be": ["Pharmacie du Parc", "Apotheek Sint-Jan", "PharmaClic", "Multipharma", "Apotheek Hoornaert", "eFarma.be", "Pharmacie Centrale", "ApoLine"],
           "en": ["PillDrop", "Chemist Express", "MedsNow", "RxQuick", "Wellcare Pharmacy", "HealthHub Rx", "CornerChemist", "PharmaGo"]},
    "ls": {"nl": ["TaalLab", "Lingua Amsterdam", "Bijles Brigade", "StudieSucces", "TaalTalent", "Huiswerkhuis"],
           "be": ["Taalschool Babel", "École Polyglotte", "Bijles.be", "LinguaFlandria", "Cours Plus", "TaalKlik"],
           "en": ["TutorHive", "LinguaLeap", "BrightMinds Tutoring", "SpeakEasy Languages", "StudyBuddy", "WordWise Academy"]},
    "so": {"nl": ["Zonnewerk", "SolarNu", "ZonPlus Installaties", "HollandSolar", "PaneelPro", "Zonnig Thuis"],
           "be": ["SolarVlaanderen", "Soleil Wallon", "ZonneKracht", "Energie Eco", "PVplus", "Helios Solar"],
           "en": ["SunForge Solar", "BrightRoof", "HelioHome", "SolarSmart UK", "PeakSun Energy", "GreenRay Solar"]},
    "ti": {"nl": ["TicketSpot", "FestiPas", "Podiumkaart", "ConcertLine", "Lowlands-Tix", "EventGo"],
           "be": ["TicketBelgium", "FestiVal Tix", "Billetterie Live", "ConcertKassa", "Eventzz", "PassFest"],
           "en": ["GigPass", "TixNation", "StageDoor Tickets", "FestFlow", "SeatCloud", "EncoreTix"]},
    "pe": {"nl": ["Dierenkliniek Het Park", "PetPlaza", "Dierenwinkel Pootjes", "VetCentrum Noord", "Brokjesshop", "DierenDokter24"],
           "be": ["Clinique Vétérinaire Les Saules", "DierenArts Maes", "Animalis", "Zoo-Plus Gent", "VetCare Liège", "Baasje & Co"],
           "en": ["PawPals Vets", "Happy Tails Pet Store", "VetNow", "FurryFriends", "Woof & Whisker", "PetBarn Clinic"]},
    "fe": {"nl": ["NoordzeeVeer", "WaddenLijn", "Stena Line", "DFDS", "TESO", "EilandExpress"],
           "be": ["P&O Ferries", "Ostend Ferry Co", "DFDS", "Brittany Ferries", "MerLigne", "FerryFlandre"],
           "en": ["Isle Ferries", "CalMac", "Channel Crossings", "Red Funnel", "Harbour Line", "Ocean Link Ferries"]},
}
AGENTS = ["Lisa", "Mark", "Sarah", "Tim", "Eva", "Youssef", "Inge", "Kim", "Nadia", "Pieter", "Chloé", "Laura", "Dave", "Jess", "Sam", "Olivia", "Ruud", "Marie", "Ben", "Hanna"]
HASHTAGS = {
    "nl": ["#klantenservice", "#apotheek", "#zonnepanelen", "#festival", "#dierenarts", "#veerboot", "#bijles", "#fail", "#nooitmeer", "#wachten", "#help", "#service"],
    "be": ["#klantendienst", "#pharmacie", "#zonnepanelen", "#festivalzomer", "#vétérinaire", "#ferry", "#taalles", "#schandalig", "#honteux", "#merci", "#help", "#Belgique"],
    "en": ["#customerservice", "#pharmacy", "#solar", "#festival", "#vet", "#ferry", "#tutoring", "#fail", "#ripoff", "#help", "#badservice", "#thankyou"],
}
SSIDS = ["Ziggo5G-7781", "telenet-5A2B3", "FRITZ!Box 7530 TQ", "Proximus-Home-4C1F", "BT-Hub6-XT9", "NETGEAR42", "Familie_Jansen", "xfinitywifi-home", "KPN-Thuis", "VOO-8812", "SKY8F2A1", "Linksys00321"]


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


def pools_for_half(half):
    p = {}
    p["first"] = {k: deal(v, half) for k, v in FIRST.items()}
    p["last"] = {k: deal(v, half) for k, v in LAST.items()}
    p["streets"] = {k: deal(v, half) for k, v in STREETS.items()}
    p["cities"] = {k: deal(v, half) for k, v in CITIES.items()}
    p["brands"] = {s: {k: deal(v, half) for k, v in d.items()} for s, d in BRANDS.items()}
    p["agents"] = deal(AGENTS, half)
    p["hashtags"] = {k: deal(v, half) for k, v in HASHTAGS.items()}
    p["ssids"] = deal(SSIDS, half)
    return p
