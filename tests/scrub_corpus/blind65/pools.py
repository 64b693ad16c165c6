"""Filler pools. Every pool is dealt alternately (even index -> dev, odd -> heldout)."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Fleur", "Bram", "Marieke", "Thijs", "Ingrid", "Ruud", "Noor", "Daan", "Yvonne", "Koen",
           "Esther", "Joost", "Anouk", "Wim", "Lotte", "Sjoerd", "Petra", "Henk", "Femke", "Mohamed", "Priya", "Gerrit",
           "Ilse", "Stijn", "Nadia", "Bas"],
    "nl-be": ["Lien", "Wout", "Griet", "Jens", "Hilde", "Pieter-Jan", "Elke", "Stijn", "Katrien", "Dries", "An", "Jef",
              "Sofie", "Bart", "Ines", "Tuur", "Marleen", "Seppe", "Nele", "Rik", "Lore", "Yusuf"],
    "fr-be": ["Céline", "Julien", "Amélie", "Maxime", "Nathalie", "Cédric", "Sophie", "Grégory", "Laetitia", "Thibault",
              "Aurélie", "Benoît", "Manon", "Olivier", "Chloé", "Sébastien", "Mélanie", "Karim", "Isabelle", "Arnaud"],
    "en-gb": ["Oliver", "Charlotte", "Harry", "Sophie", "George", "Emily", "Jack", "Amelia", "Callum", "Niamh", "Rhys",
              "Fiona", "Gareth", "Priya", "Tom", "Hannah", "Liam", "Zara", "Duncan", "Beth"],
    "en-us": ["Jessica", "Michael", "Ashley", "Tyler", "Brittany", "Kevin", "Megan", "Jason", "Lauren", "Marcus", "Kayla",
              "Derek", "Maria", "Brandon", "Tiffany", "Jamal", "Courtney", "Ryan", "Dana", "Hector"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
           "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
           "El Amrani", "Kok", "Verhoeven", "Postma"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
              "Vermeulen", "Van den Broeck", "Dubois", "Lambrechts", "De Cock", "Verstraete", "Hermans", "Van Damme"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Simon", "Laurent", "Renard", "Lefèvre", "Collignon",
              "Charlier", "Dumont", "Lemaire", "Hubert", "Gilson", "Mathieu", "Nizet", "Delvaux"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
              "Wright", "Hughes", "Patel", "Khan", "McLeod", "Campbell", "Davies", "O'Neill"],
    "en-us": ["Johnson", "Williams", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Thompson",
              "Moore", "Jackson", "Lee", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Nguyen"],
}
STREET_NL = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beukenlaan", "Prinses Irenestraat",
             "Oude Gracht", "Lindenlaan", "Kastanjelaan", "Wilhelminastraat", "Bloemgracht", "Vondelstraat", "Schoolstraat",
             "Hoofdweg", "Parallelweg", "Graaf Florisstraat", "Van Goghstraat", "Meidoornstraat", "Burgemeester Visserlaan"]
STREET_BE_NL = ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Kapelstraat", "Molenstraat", "Nieuwstraat", "Grote Markt",
                "Veldstraat", "Steenweg op Antwerpen", "Bredabaan", "Koningin Astridlaan", "Lange Leemstraat", "Brugsesteenweg",
                "Sint-Pietersnieuwstraat", "Kortrijksesteenweg", "Tiensestraat"]
STREET_BE_FR = ["Rue de la Station", "Chaussée de Louvain", "Avenue Louise", "Rue du Moulin", "Rue de l'Église",
                "Chaussée de Wavre", "Rue des Champs", "Avenue des Tilleuls", "Rue Saint-Gilles", "Place du Marché",
                "Rue Haute", "Boulevard d'Avroy", "Rue de Namur", "Chaussée de Charleroi", "Rue Royale", "Rue Grande"]
STREET_UK = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road",
             "Queensway", "Albert Terrace", "Manor Close", "Elm Grove", "The Crescent", "Westgate", "Orchard Way",
             "Wellington Street", "Ashby Road"]
STREET_US = ["Maple Ave", "Oak Street", "Main St", "Elm Drive", "W 3rd St", "Sunset Blvd", "Pine Ridge Rd", "Lakeview Dr",
             "N Broadway", "Cedar Lane", "Washington Ave", "Highland Ct", "E 14th Street", "Willow Way", "Park Pl", "River Rd"]
CITY_NL = ["Utrecht", "Amersfoort", "Zwolle", "Haarlem", "Leiden", "Eindhoven", "Groningen", "Tilburg", "Apeldoorn",
           "Delft", "Breda", "Nijmegen", "Almere", "Enschede", "Rotterdam", "Den Haag", "Alkmaar", "Deventer"]
CITY_BE = ["Antwerpen", "Gent", "Leuven", "Mechelen", "Hasselt", "Brugge", "Kortrijk", "Aalst", "Liège", "Namur",
           "Wavre", "Charleroi", "Mons", "Ixelles", "Schaerbeek", "Ottignies", "Genk", "Arlon"]
CITY_UK = ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Sheffield", "Nottingham", "Brighton",
           "Leicester", "York", "Edinburgh", "Reading", "Norwich"]
CITY_US = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Portland", "OR"), ("Tampa", "FL"), ("Denver", "CO"),
           ("Raleigh", "NC"), ("Madison", "WI"), ("Phoenix", "AZ"), ("Albany", "NY"), ("Boise", "ID"), ("Richmond", "VA")]
BRANDS = ["StreamVast", "Kijkbox", "TeleNova", "FlixHuis", "Vidéomax", "SkyLine TV", "Beeldbuis+", "ClipCloud", "Zapp TV",
          "Orbit Music", "PlayDome", "Luistervink", "CinéBelge", "NorthStream", "TuneNest", "Famflix", "Glowbox", "Ondemand.be",
          "Streamies", "KinoKlub"]
AGENTS = ["Sanne", "Mark", "Linda", "Youssef", "Eva", "Tom", "Ilse", "Kevin", "Amira", "Jules", "Chloé", "Dirk", "Nina",
          "Pieter", "Sarah", "Omar", "Lisa", "Ruben", "Margot", "Dave"]
INITIALS = ["^SB", "^MK", "/LV", "^YE", "- EvdB", "^TJ", "/IK", "^KD", "~AM", "^JV", "^CL", "/DR", "^NB", "^PW", "-SH", "^OB"]
MENTION_POOL = ["{b}", "{b}NL", "{b}_BE", "{b}Help", "{b}Care", "{b}UK", "{b}_Support", "{b}Service", "{b}_FR", "{b}News"]
HASHTAGS = ["storing", "klantenservice", "fail", "boos", "streaming", "familieaccount", "abonnement", "help", "panne",
            "service", "annulation", "wachtwoord", "netflixandchill", "gedoe", "frustration", "customerservice", "fml",
            "nietblij", "chargeback", "tvbox", "ouderlijktoezicht", "pasdecontent", "bingewatch", "sosfamily"]
DEVICES = ["Samsung TV", "LG tv", "PS5", "Xbox", "Apple TV", "Chromecast", "Fire TV Stick", "decoder", "set-top box",
           "Android TV-box", "Roku", "Philips Ambilight", "Sony Bravia", "Nintendo Switch", "iPad", "smart TV", "TV-box",
           "Nvidia Shield"]
SSIDS = ["Ziggo4821", "telenet-7F2A1", "VOO-88231", "BTHub6-X9QK", "NETGEAR42", "Huize Bakker", "FRITZ!Box 7590 KL",
         "KPN_5G_A3", "proximus-home-2C8D", "SKY3F4A1", "xfinitywifi", "Linksys00412", "Fam_De_Smet", "Orange-3B7C"]
PROFILES = ["Kids", "Papa", "Mama", "Oma", "Opa Jan", "Gast", "Tiener", "Lotte", "Max", "Les enfants", "Papy", "Guest",
            "Teen", "Bob", "Mamie", "Junior"]


def deal(lst, half):
    return lst[half::2]


def pools_for(half):
    return {
        "first": {k: deal(v, half) for k, v in FIRST.items()},
        "last": {k: deal(v, half) for k, v in LAST.items()},
        "street_nl": deal(STREET_NL, half), "street_be_nl": deal(STREET_BE_NL, half), "street_be_fr": deal(STREET_BE_FR, half),
        "street_uk": deal(STREET_UK, half), "street_us": deal(STREET_US, half),
        "city_nl": deal(CITY_NL, half), "city_be": deal(CITY_BE, half), "city_uk": deal(CITY_UK, half), "city_us": deal(CITY_US, half),
        "brands": deal(BRANDS, half), "agents": deal(AGENTS, half), "initials": deal(INITIALS, half),
        "mention_pool": deal(MENTION_POOL, half), "hashtags": deal(HASHTAGS, half), "devices": deal(DEVICES, half),
        "ssids": deal(SSIDS, half), "profiles": deal(PROFILES, half),
    }
