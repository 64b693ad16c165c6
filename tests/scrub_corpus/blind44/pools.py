"""Filler pools (dealt alternately to dev/heldout by the generator)."""

FIRST = {
    "NL": ["Jan", "Sanne", "Pieter", "Fleur", "Daan", "Lotte", "Bram", "Anouk", "Thijs", "Marieke", "Joost", "Ilse", "Ruud",
           "Esther", "Kees", "Noor", "Sven", "Yara", "Mohamed", "Fatima", "Wim", "Ingrid", "Koen", "Femke", "Bas", "Hanneke"],
    "BE": ["Jef", "Lieve", "Wouter", "Elke", "Pieterjan", "Griet", "Stijn", "An", "Bart", "Katrien", "Dries", "Sofie",
           "Nathalie", "Olivier", "Amélie", "Julien", "Céline", "Thomas", "Manon", "Benoît", "Isabelle", "Mehdi", "Ines", "Geert"],
    "UK": ["Oliver", "Charlotte", "Harry", "Amelia", "George", "Emily", "Jack", "Sophie", "Callum", "Niamh", "Priya", "Rhys",
           "Hannah", "Liam", "Zara", "Ian", "Fiona", "Gareth"],
    "US": ["Michael", "Jennifer", "Tyler", "Ashley", "Brandon", "Megan", "Carlos", "Maria", "Kevin", "Brittany", "Darnell",
           "Lauren", "Josh", "Kimberly", "Raj", "Nicole", "Hector", "Dana"],
}
LAST = {
    "NL": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van den Berg", "Bos", "Vos",
           "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "El Amrani", "Yilmaz", "Kok", "Postma"],
    "BE": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
           "Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lemaire", "Vermeulen", "Van Damme", "Renard", "Michiels"],
    "UK": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Patel",
           "O'Brien", "Hughes", "Khan", "Campbell", "Morgan"],
    "US": ["Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore", "Jackson",
           "Lee", "Harris", "Clark", "Lewis", "Nguyen", "Walker"],
}
# company name, mail domain, social handle
COMPANIES = [
    ("Voltra Energie", "voltra-energie.nl", "VoltraEnergie"), ("Netlinq", "netlinq.nl", "Netlinq_NL"),
    ("BelTelco", "beltelco.be", "BelTelco"), ("Parcelo", "parcelo.eu", "ParceloHelp"),
    ("Woonfonds Utrecht", "woonfonds-utrecht.nl", "WoonfondsUtr"), ("Zorgverzekeraar Anker", "anker-zorg.nl", "AnkerZorg"),
    ("Fluvia Water", "fluvia.be", "FluviaWater"), ("Kraanwerk", "kraanwerk.nl", "kraanwerk"),
    ("Brightwave Broadband", "brightwave.co.uk", "BrightwaveHelp"), ("Northgate Insurance", "northgate-ins.co.uk", "NorthgateIns"),
    ("Skyhop Airways", "skyhop.com", "SkyhopAir"), ("Cartwell Stores", "cartwell.com", "CartwellCares"),
    ("Lumo Bank", "lumobank.be", "LumoBank"), ("Mobiflex", "mobiflex.nl", "MobiflexNL"),
    ("Ardenne Gaz", "ardenne-gaz.be", "ArdenneGaz"), ("Pakketpunt", "pakketpunt.nl", "Pakketpunt"),
    ("StreamBox", "streambox.com", "StreamBoxSupport"), ("Hearth & Home Energy", "hearthhome.co.uk", "HearthHomeUK"),
    ("Trein & Co", "treinenco.nl", "TreinEnCo"), ("Mutualité Horizon", "horizon-mut.be", "MutHorizon"),
]
CITIES = {
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Groningen", "Eindhoven", "Zwolle", "Haarlem", "Leiden", "Nijmegen", "Breda",
           "Tilburg", "Almere", "Deventer", "Delft", "Apeldoorn", "Enschede"],
    "BE": ["Gent", "Antwerpen", "Leuven", "Brugge", "Hasselt", "Mechelen", "Kortrijk", "Aalst", "Liège", "Namur", "Charleroi",
           "Bruxelles", "Mons", "Wavre", "Ottignies", "Tournai"],
    "UK": ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Sheffield", "Brighton", "Norwich", "York", "Nottingham"],
    "US": [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"), ("Denver", "CO"), ("Raleigh", "NC"),
           ("Tucson", "AZ"), ("Madison", "WI"), ("Albany", "NY"), ("Fresno", "CA")],
}
STREETS = {
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Julianalaan", "Stationsplein", "Beukenlaan", "Wilhelminastraat",
           "Hoofdweg", "Kastanjelaan", "Van Goghstraat", "Zeeweg", "Parkstraat", "Lindenhof", "Spoorsingel", "Burg. de Withstraat"],
    "BE": ["Stationsstraat", "Kerkstraat", "Kapellestraat", "Nieuwstraat", "Gentsesteenweg", "Molenstraat", "Brusselsesteenweg", "Dorp",
           "Veldstraat", "Kouter"],
    "BEFR": ["rue de la Station", "rue du Moulin", "avenue Louise", "chaussée de Wavre", "rue de l'Église", "place Saint-Lambert",
             "rue des Champs", "boulevard d'Avroy", "rue Haute", "avenue des Tilleuls"],
    "UK": ["Acacia Avenue", "High Street", "Church Lane", "Victoria Road", "Mill Lane", "Station Road", "Park View", "Queens Drive",
           "Elm Grove", "Oakfield Close"],
    "US": ["Maple St", "Oak Avenue", "Pine Street", "Cedar Ln", "Elm Street", "Washington Blvd", "Lakeview Dr", "2nd Street",
           "Sunset Ave", "Hillcrest Road"],
}
SSIDS = ["Ziggo12345", "FRITZ!Box 7530 XY", "telenet-4F2A1", "VOO-88C1", "BTHub6-7XQ2", "NETGEAR42", "Familie_Jansen",
         "Proximus-Home-2C1B", "Linksys00417", "H369A-5G", "SKYA1B2C", "xfinitywifi-home", "KPN2C9E8", "Orange-7F3D"]
HASHTAGS = ["#storing", "#klantenservice", "#fail", "#wachten", "#geduld", "#panne", "#servicefail", "#help", "#internet",
            "#energie", "#nogsteeds", "#customerservice", "#disappointed", "#badservice", "#delayed", "#nowifi", "#fraude",
            "#telenet", "#wtf", "#pakket", "#colis", "#remboursement", "#refund", "#outage"]
MODELS = ["FRITZ!Box 7590", "H369A", "SM-A546B", "iPhone 13 Pro", "Sagemcom F@st 5359", "Connect Box CH7465", "Pixel 8a",
          "TP-Link Archer C6", "Galaxy S23", "Netgear CM1000", "Hub 3", "BBox 3V+", "Smart Hub 2", "Arris TG3442DE",
          "Moto g54", "Huawei B535", "Eero 6+", "ZTE MF286D"]
URLS = ["https://{d}/klantenservice", "https://www.{d}/contact", "https://{d}/status", "https://mijn.{d}/login", "https://{d}/privacy",
        "https://help.{d}/artikel/4412", "https://www.{d}/voorwaarden", "https://{d}/faq#betalen", "https://support.{d}/hc/requests/new",
        "https://{d}/storingen?postcode=", "www.{d}/help", "https://{d}/disclaimer"]
