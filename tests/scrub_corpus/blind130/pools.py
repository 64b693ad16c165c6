"""Filler pools. Every pool is dealt alternately (even index -> dev, odd -> heldout) by deal()."""

FIRST = {
    "nl": ["Sanne", "Joris", "Femke", "Ruud", "Anouk", "Bram", "Lotte", "Wouter", "Marieke", "Dennis", "Esther", "Thijs", "Ilse", "Kevin", "Mirjam", "Stijn", "Nadia", "Gert-Jan", "Yasmina", "Henk", "Petra", "Sem", "Fleur", "Mohamed"],
    "nl-be": ["Jens", "Lien", "Pieter", "Elke", "Wim", "Griet", "Tom", "Katrien", "Bart", "Nele", "Dries", "An", "Jelle", "Sofie", "Koen", "Hanne", "Yannick", "Ilse", "Geert", "Leen"],
    "fr-be": ["Julien", "Amélie", "Cédric", "Manon", "Olivier", "Sophie", "Maxime", "Aurélie", "Thibault", "Laetitia", "Nicolas", "Céline", "Benoît", "Pauline", "Arnaud", "Mélanie", "Kevin", "Nathalie"],
    "en-gb": ["Oliver", "Charlotte", "Harry", "Amelia", "Jack", "Sophie", "George", "Emily", "Callum", "Niamh", "Rhys", "Priya", "Liam", "Hannah", "Declan", "Fiona"],
    "en-us": ["Jake", "Ashley", "Tyler", "Megan", "Brandon", "Kayla", "Marcus", "Jasmine", "Dylan", "Brittany", "Carlos", "Lauren", "Trevor", "Destiny", "Kyle", "Rachel"],
}
LAST = {
    "nl": ["de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kok", "Jacobs", "El Amrani", "van der Linden", "Brouwer", "Dekker", "Verhoeven"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Goossens", "Willems", "Vermeulen", "Van den Broeck", "Mertens", "Dubois", "Hermans", "Aerts", "Lambrechts", "De Clercq"],
    "fr-be": ["Dupont", "Lambert", "Martin", "Dubois", "Leroy", "Renard", "Lejeune", "Simon", "François", "Laurent", "Gilson", "Collignon", "Henrard", "Delvaux", "Marchal", "Denis"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Patel", "Walsh", "MacDonald", "Hughes", "O'Neill", "Clarke"],
    "en-us": ["Johnson", "Miller", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Lee", "Harris", "Walker", "Young", "Nguyen", "Hill", "Ramirez", "Baker", "Carter"],
}
STREETS = {
    "nl": ["Kerkstraat", "Molenweg", "Dorpsstraat", "Lindelaan", "Prinsengracht", "Julianalaan", "Beatrixstraat", "Stationsweg", "Eikenlaan", "Schoolstraat", "Van Goghstraat", "Burgemeester de Withstraat", "Kastanjelaan", "Hoofdstraat", "Meidoornstraat", "Tolhuisweg"],
    "nl-be": ["Veldstraat", "Kerkstraat", "Stationsstraat", "Nieuwstraat", "Kapelsestraat", "Grote Steenweg", "Lange Lozanastraat", "Brusselsesteenweg", "Diestsestraat", "Kortrijksesteenweg", "Molenstraat", "Dorpsplein", "Overpoortstraat", "Turnhoutsebaan"],
    "fr-be": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Rue des Bouchers", "Boulevard d'Avroy", "Rue Saint-Gilles", "Avenue de Tervueren", "Rue du Midi", "Chaussée de Charleroi", "Rue de Fer", "Place du Marché", "Rue Grande", "Avenue des Combattants"],
    "en-gb": ["Acacia Avenue", "High Street", "Church Lane", "Victoria Road", "Mill Lane", "Kings Road", "Station Road", "Park Crescent", "Oakfield Drive", "The Green", "Queen Street", "Elm Grove", "Albert Terrace", "Westbourne Grove"],
    "en-us": ["Maple St", "Oak Avenue", "Elm Street", "Sunset Blvd", "Pine Ridge Rd", "W Main St", "Lakeview Dr", "Cedar Lane", "N Clark St", "Washington Ave", "Hickory Ct", "Broadway", "Willow Way", "E 14th St"],
}
CITIES = {
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Zwolle", "Haarlem", "Leeuwarden", "Amersfoort", "Apeldoorn", "Deventer"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas", "Genk", "Roeselare", "Turnhout"],
    "fr-be": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Uccle", "Ixelles", "Tournai", "Verviers", "Louvain-la-Neuve", "Arlon"],
    "en-gb": ["Leeds", "Manchester", "London", "Birmingham", "Edinburgh", "Bristol", "Cardiff", "Glasgow", "Oxford", "Sheffield", "Norwich", "York"],
    "en-us": ["Columbus", "Chicago", "Brooklyn", "San Francisco", "Austin", "Seattle", "Cambridge", "Atlanta", "Denver", "Miami", "Portland", "Phoenix"],
}
AGENTS = ["Lisa", "Mark", "Noor", "Daan", "Eva", "Tim", "Saskia", "Jeroen", "Laura", "Youssef", "Inge", "Rik", "Chloé", "Hugo", "Emma", "Sven", "Ayla", "Niels", "Julie", "Bas", "Kim", "Ravi", "Zoë", "Gijs"]

# name, handle, domain
BRANDS = {
    "host": [("TransIP", "TransIP", "transip.nl"), ("Hostnet", "hostnet", "hostnet.nl"), ("Combell", "combell", "combell.com"), ("one.com", "onecom", "one.com"),
             ("Strato", "STRATO_NL", "strato.nl"), ("Namecheap", "Namecheap", "namecheap.com"), ("Vimexx", "vimexx", "vimexx.nl"), ("IONOS", "IONOS_UK", "ionos.co.uk"),
             ("Antagonist", "antagonist_nl", "antagonist.nl"), ("GoDaddy", "GoDaddyHelp", "godaddy.com"), ("Mijndomein", "mijndomein", "mijndomein.nl"), ("Versio", "versio", "versio.nl")],
    "ins": [("Centraal Beheer", "CentraalBeheer", "centraalbeheer.nl"), ("AG Insurance", "AGinsurance", "aginsurance.be"), ("Interpolis", "Interpolis", "interpolis.nl"), ("Ethias", "Ethias", "ethias.be"),
            ("Aviva", "AvivaUK", "aviva.co.uk"), ("Geico", "GEICO_Service", "geico.com"), ("FBTO", "FBTO", "fbto.nl"), ("Baloise", "BaloiseBE", "baloise.be"),
            ("Unive", "univenl", "unive.nl"), ("Direct Line", "directline_uk", "directline.com"), ("Allianz Direct", "allianzdirect", "allianzdirect.nl"), ("Progressive", "progressive", "progressive.com")],
    "wash": [("CleanCar", "cleancar_nl", "cleancar.nl"), ("IMO Car Wash", "IMOCarWash", "imocarwash.co.uk"), ("Splash Wash", "splashwash", "splashwash.be"), ("Tommy's Express", "TommysExpress", "tommys-express.com"),
             ("WashTec Centrum", "washtec_nl", "wascentrum.nl"), ("Mister Car Wash", "MisterCarWash", "mistercarwash.com"), ("Carwash Glans", "carwashglans", "carwashglans.be"), ("Blinq", "blinq_wash", "blinq.nl")],
    "rent": [("Sixt", "SixtNL", "sixt.nl"), ("Europcar", "Europcar_BE", "europcar.be"), ("Hertz", "HertzUK", "hertz.co.uk"), ("Enterprise", "enterprise", "enterprise.com"),
             ("Avis", "AvisBelgium", "avis.be"), ("Greenwheels", "greenwheels", "greenwheels.nl"), ("Budget", "BudgetRAC", "budget.com"), ("Cambio", "cambio_be", "cambio.be"),
             ("MyWheels", "mywheelsnl", "mywheels.nl"), ("Turo", "turo", "turo.com")],
    "pawn": [("Marktplaats", "marktplaats", "marktplaats.nl"), ("2dehands", "2dehands", "2dehands.be"), ("Cash Converters", "CashConvertersUK", "cashconverters.co.uk"), ("Vinted", "vinted", "vinted.nl"),
             ("Pandjeshuis Amsterdam", "pandjeshuis", "pandjeshuis.nl"), ("eBay", "AskeBay", "ebay.com"), ("2ememain", "2ememain", "2ememain.be"), ("Cash Express", "cashexpress", "cashexpress.be"),
             ("H&T Pawnbrokers", "HandTpawn", "handt.co.uk"), ("Back Market", "backmarket", "backmarket.nl")],
    "game": [("Game Mania", "GameManiaNL", "gamemania.nl"), ("GameStop", "GameStop", "gamestop.com"), ("GAME", "GAMEdigital", "game.co.uk"), ("Nedgame", "nedgame", "nedgame.nl"),
             ("PlayStation", "AskPlayStation", "playstation.com"), ("Xbox Support", "XboxSupport", "support.xbox.com"), ("Steam", "SteamSupport", "help.steampowered.com"), ("Epic Games", "EpicGames", "epicgames.com"),
             ("Bol Games", "bolgames", "bol.com"), ("Dreamland", "dreamland_be", "dreamland.be")],
    "appl": [("Miele", "MieleNL", "miele.nl"), ("Bosch Home", "BoschHomeNL", "bosch-home.nl"), ("Samsung", "SamsungBE", "samsung.com"), ("Coolblue", "Coolblue", "coolblue.nl"),
             ("Electrolux", "ElectroluxUK", "electrolux.co.uk"), ("Whirlpool", "WhirlpoolCares", "whirlpool.com"), ("Krefel", "krefel", "krefel.be"), ("Witgoed Direct", "witgoeddirect", "witgoeddirect.nl"),
             ("AEG", "AEG_BE", "aeg.be"), ("Sears Home Services", "SearsHS", "searshomeservices.com"), ("Vanden Borre", "vandenborre", "vandenborre.be"), ("Domestic & General", "DandGUK", "domesticandgeneral.com")],
}
SECTORS = list(BRANDS)

MODELS = {
    "host": ["VPS-S2", "BladeVPS X4", "PerfVPS 8", "Cloud M"],
    "ins": ["VW Golf 7", "Toyota Yaris Hybrid", "Peugeot 208", "Kia Niro EV"],
    "wash": ["Premium Wash 3", "WashTec SoftCare Pro", "Christ CT 2", "Istobal M'NEX22"],
    "rent": ["Opel Corsa-e", "Tesla Model 3", "Fiat 500", "Renault Clio V", "VW Polo", "Skoda Octavia"],
    "pawn": ["iPhone 13 A2633", "SM-S911B", "Rolex 116610LN", "MacBook Pro A2338", "Nintendo HAC-001", "iPad A2602"],
    "game": ["CFI-1216A", "CFI-2016", "Xbox Series X 1882", "HEG-001", "HAC-001(-01)", "CUH-2216B", "ROG Ally RC71L", "Steam Deck 1010"],
    "appl": ["WAT28471NL", "WW90T554DAW", "WWD 320 WCS", "SMS4HVI33E", "L7FEE84CS", "WTW8127LW", "KGN39VIEA", "HGB69400UM", "EW8F8669Q", "RB38T776CS9/EF", "G 7110 SCi", "WDB030WCS"],
}
SSIDS = ["Ziggo-5G-8821", "telenet-4A7C2", "H369A9F21C", "Proximus-Home-55E1", "VM1234567", "BTHub6-XK2P", "NETGEAR47", "Linksys03119", "KPN8B3F21", "bbox-fam", "TP-Link_7C3E", "SKY5D8F2", "FRITZ!Box 7590 QX", "xfinitywifi_home"]
PLATES = ["GX-123-T", "1-ABC-234", "K-482-ZP", "AB12 CDE", "7ABC123", "2-XTR-884", "HN-742-B", "LV21 XKT", "ND-18-VK", "1-KQP-771", "J-914-XL", "BX70 FMA"]
DOMAINS = ["bakkerijjansen.nl", "fotografie-lien.be", "atelierdupont.be", "smithjoinery.co.uk", "kyleslandscaping.com", "dekapsalonvanpetra.nl", "praktijkdeboer.nl", "maesbouw.be",
           "chezmanon.be", "oakfieldcrafts.co.uk", "ashleysbakes.com", "stijnfietst.nl", "tuincentrum-aerts.be", "renard-immo.be"]
HASHTAGS = ["#klantenservice", "#fail", "#nooitmeer", "#help", "#slechteservice", "#webcare", "#service", "#boos", "#dtv", "#frustration", "#customerservice", "#hacked", "#scam", "#oplichting",
            "#arnaque", "#SAV", "#rant", "#teleurgesteld", "#wasstraat", "#huurauto", "#gaming", "#PS5", "#wasmachine", "#domeinnaam"]
GAMES = ["FIFA 24", "EA FC 25", "Zelda: Tears of the Kingdom", "Call of Duty MW3", "Hogwarts Legacy", "Elden Ring", "GTA V", "Fortnite", "Minecraft", "Mario Kart 8", "Baldur's Gate 3", "Spider-Man 2"]
APPLIANCES = {
    "nl": ["wasmachine", "droger", "vaatwasser", "koelkast", "oven", "inductieplaat", "wasdroger", "koel-vriescombinatie"],
    "nl-be": ["wasmachien", "droogkast", "afwasmachine", "frigo", "oven", "diepvries", "microgolf", "dampkap"],
    "fr-be": ["machine à laver", "sèche-linge", "lave-vaisselle", "frigo", "four", "taque induction", "congélateur", "hotte"],
    "en-gb": ["washing machine", "tumble dryer", "dishwasher", "fridge freezer", "oven", "hob", "washer dryer", "cooker"],
    "en-us": ["washer", "dryer", "dishwasher", "refrigerator", "range", "oven", "ice maker", "microwave"],
}
PATHS = ["/klantenservice", "/login", "/account/security", "/support/contact", "/help/artikel/2291", "/mijn-account", "/faq", "/status", "/claim", "/reservering", "/returns", "/fr/contact"]


def deal(lst, half):
    return lst[half::2]
