"""Filler pools. Every list is dealt alternately between halves (even -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Daan", "Lotte", "Bram", "Femke", "Joost", "Anouk", "Ruben", "Marloes", "Thijs", "Eline", "Sem", "Ingrid", "Kees", "Noor", "Wouter", "Yara", "Mehmet", "Fatima", "Jeroen", "Esther", "Pieter", "Roos", "Hanneke"],
    "be": ["Lien", "Wout", "Annelies", "Jens", "Elke", "Pieter-Jan", "Sofie", "Kobe", "Griet", "Stijn", "Nathalie", "Koen", "Jolien", "Arne", "Hilde", "Tom", "Inge", "Seppe", "Ann", "Dries", "Marie", "Lucas", "Amélie", "Julien", "Céline", "Benoît", "Aurélie", "Maxime", "Sébastien", "Chloé"],
    "uk": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Callum", "Sophie", "Rhys", "Niamh", "Priya", "Tom", "Gemma", "Alfie", "Hannah", "Craig", "Lauren", "Dev"],
    "us": ["Madison", "Tyler", "Ashley", "Brandon", "Kayla", "Jordan", "Megan", "Carlos", "Brittany", "Jamal", "Emily", "Josh", "Kaitlyn", "Marcus", "Lindsey", "Ryan", "Maria", "Derek", "Taylor", "Kevin"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "Kok", "Yilmaz", "El Amrani", "van der Linden", "Verhoeven"],
    "be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Vandenberghe", "Van Damme", "Desmet", "Lemaire", "Renard"],
    "uk": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Patel", "McDonald", "O'Neill", "Clarke"],
    "us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore", "Jackson", "White", "Harris", "Lewis", "Robinson", "Nguyen", "Kowalski"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Prinsengracht", "Lindenlaan", "Beukenlaan", "Schoolstraat", "Marktplein", "Oranjestraat", "Burg. de Withstraat", "Van Goghlaan", "Hoofdweg", "Kastanjelaan", "Wilhelminapark", "Zeestraat", "Nieuwe Binnenweg", "Ds. Piersonstraat", "Eikenhorst"],
    "be": ["Kerkstraat", "Stationsstraat", "Meir", "Veldstraat", "Brugsesteenweg", "Dorpstraat", "Kapelstraat", "Nieuwstraat", "Rue de la Station", "Chaussée de Waterloo", "Rue des Alliés", "Avenue Louise", "Rue du Moulin", "Place Saint-Lambert", "Rue de Namur", "Grote Markt", "Leuvensesteenweg", "Boulevard d'Avroy", "Rue Haute", "Molenstraat"],
    "uk": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue", "Queen Street", "Mill Lane", "Kings Road", "The Crescent", "Albert Road", "Elm Grove", "Chapel Street", "Windsor Close", "Oakfield Drive"],
    "us": ["Maple Street", "Oak Avenue", "Elm Street", "Washington Blvd", "Cedar Lane", "Park Place", "Lakeview Drive", "Sunset Boulevard", "Pine Street", "Main St", "Highland Ave", "Broadway", "Jefferson St", "Willow Court", "Ridge Road", "Spring Street"],
}
CITY = {
    "nl": ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Leiden", "Haarlem", "Nijmegen", "Breda", "Amersfoort", "Tilburg", "Apeldoorn", "Delft", "Almere"],
    "be": ["Antwerpen", "Gent", "Leuven", "Brugge", "Hasselt", "Mechelen", "Kortrijk", "Aalst", "Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Ixelles", "Genk"],
    "uk": ["London", "Manchester", "Leeds", "Bristol", "Birmingham", "Glasgow", "Edinburgh", "Cardiff", "Liverpool", "Sheffield", "Brighton", "Norwich"],
    "us": ["Springfield", "Chicago", "Austin", "Seattle", "Boston", "Atlanta", "Denver", "Portland", "Brooklyn", "Miami", "San Francisco", "Columbus"],
}
SECTORS = ["charity", "childcare", "delivery", "pet", "security", "optician"]
BRANDS = {
    "charity": ["SteunSamen", "GeefGoed", "HelpDeHoop", "KidsFonds", "Crowdkracht", "DonaPlus", "FundMyDream", "GiveNest", "SolidaireBE", "Hartenfonds", "RaiseItUp", "DierenHulpFonds"],
    "childcare": ["OppasNu", "SitterCentraal", "BabyBuddy", "KinderThuis", "NannyNest", "Sittly", "CareCircle", "Oppaskot", "KidsClub BSO", "Garderie Plus", "MiniMakkers", "TinyHands"],
    "delivery": ["FlitsFood", "HapRijders", "QuickBite", "Bezorgbende", "Rapido Eats", "DashDinner", "Fietskoerier", "SnelHap", "EatGo", "LivreurExpress", "Bento Run", "FoodFlyer"],
    "pet": ["PootjesPolis", "DierZeker", "PetSure", "VachtVerzekerd", "Snuffel Verzekering", "PawCover", "AnimaAssur", "WoefWaarborg", "TailGuard", "Petplan Direct", "KatKado Polis", "FurShield"],
    "security": ["AlarmWacht", "SafeHome", "Huisbewaker", "SecuriNet", "Verisafe", "GuardLine", "WachtPost", "AlarmeSûr", "HomeShield", "SentryNest", "NachtUil Beveiliging", "LockLogic"],
    "optician": ["BrilWereld", "ZichtPunt", "LensLand", "OptiekVanDam", "ClearView Optics", "Lunettes & Co", "SpecSavvy", "HelderZicht", "Oogcentrum", "FocusOptiek", "Visio Plus", "EyeCare Direct"],
}
AGENTS = ["Sanne", "Mark", "Ilse", "Jeroen", "Fleur", "Bart", "Lisa", "Tim", "Eva", "Kevin", "Nora", "Stefan", "Laura", "Youssef", "Charlotte", "Dennis", "Amber", "Hugo", "Zoë", "Pim"]
HASHTAGS = {
    "nl": ["#klantenservice", "#oplichting", "#boos", "#hulp", "#oppas", "#maaltijdbezorging", "#dierenverzekering", "#alarm", "#bril", "#crowdfunding", "#goededoel", "#fail", "#nietnormaal", "#opgelicht"],
    "fr": ["#serviceclient", "#arnaque", "#aide", "#babysitting", "#livraison", "#assuranceanimaux", "#alarme", "#lunettes", "#cagnotte", "#don", "#inadmissible", "#honteux"],
    "en": ["#customerservice", "#scam", "#help", "#babysitter", "#fooddelivery", "#petinsurance", "#homesecurity", "#glasses", "#crowdfunding", "#charity", "#fail", "#unacceptable", "#worstservice", "#fraud"],
}
MENTIONS = ["@consumentenbond", "@radar", "@kassa_bnnvara", "@testaankoop", "@TestAchats", "@WhichUK", "@BBCWatchdog", "@BBB_US", "@ConsumerReports", "@ombudsman_be", "@ACM_nl", "@Trustpilot"]
PETS = ["Bella", "Max", "Luna", "Guus", "Moos", "Simba", "Pip", "Nala", "Rocky", "Loki", "Tijger", "Minou", "Buddy", "Coco"]
KIDS = ["Noor", "Sem", "Mila", "Finn", "Julia", "Lucas", "Saar", "Jules", "Emma", "Louis", "Olivia", "Arthur", "Lily", "Milo"]
