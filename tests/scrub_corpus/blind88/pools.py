"""Filler pools for blind88. Every pool is dealt alternately: even index -> dev, odd -> heldout."""

FIRST = {
    "nl": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Joris", "Eva", "Ruben", "Iris", "Thijs", "Noor", "Sem", "Mirjam",
           "Kees", "Yasmina", "Mohamed", "Ingrid", "Wouter", "Annelies", "Niels", "Femke", "Jeroen", "Esther", "Rik"],
    "vl": ["Lies", "Wout", "An", "Pieter-Jan", "Ellen", "Jens", "Griet", "Stijn", "Katrien", "Bart", "Nele", "Tom",
           "Hanne", "Koen", "Sofie", "Dries", "Elke", "Arne", "Marleen", "Jonas"],
    "fr": ["Camille", "Julien", "Manon", "Maxime", "Chloé", "Antoine", "Élodie", "Nicolas", "Laura", "Thomas", "Aurélie",
           "Mehdi", "Sophie", "Olivier", "Inès", "François", "Amandine", "Cédric", "Lucie", "Benoît"],
    "gb": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Callum", "Niamh", "Priya", "Rhys",
           "Siobhan", "Tom", "Zara", "Ewan", "Hannah", "Liam", "Megan", "Alfie"],
    "us": ["Tyler", "Madison", "Brandon", "Ashley", "Jordan", "Kayla", "Marcus", "Brianna", "Austin", "Jasmine", "Ethan",
           "Destiny", "Cody", "Alyssa", "Hunter", "Mia", "Carlos", "Taylor", "Derek", "Lauren"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van Dijk", "Bos", "Vos",
           "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "El Amrani", "Yilmaz", "Kuipers", "Veenstra"],
    "vl": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
           "Van den Broeck", "Verhaegen", "Dierckx", "Lambrechts", "Vermeulen", "De Clercq"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Renard", "Lejeune", "Simon", "Laurent", "Lecomte", "Dumont",
           "Hermans", "Collignon", "Mathieu", "Benali", "Fontaine"],
    "gb": ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Patel", "Hughes",
           "O'Connor", "MacLeod", "Khan", "Davies", "Hall"],
    "us": ["Johnson", "Williams", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Jackson", "Lee",
           "Thompson", "White", "Harris", "Clark", "Lewis", "Nguyen"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsstraat", "Lindelaan", "Prinsengracht", "Burgemeester de Withstraat",
           "Oude Rijn", "Vondelstraat", "Graaf Florislaan", "Zuiderhavenweg", "Kastanjelaan", "Hoofdstraat", "Schoolstraat",
           "Nieuwe Binnenweg", "Beukenlaan"],
    "vl": ["Kerkstraat", "Stationsstraat", "Brugsesteenweg", "Kortrijksesteenweg", "Veldstraat", "Dorpstraat", "Meir",
           "Diestsestraat", "Naamsestraat", "Sint-Pietersnieuwstraat", "Lange Leemstraat", "Koning Albertlaan"],
    "fr": ["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue des Wallons", "Rue Haute", "Boulevard d'Avroy",
           "Rue de Fer", "Avenue des Combattants", "Rue du Moulin", "Chaussée de Charleroi", "Place Saint-Lambert", "Rue Grande"],
    "gb": ["Mill Lane", "Church Road", "Victoria Street", "Station Road", "Kings Avenue", "Park Terrace", "Queen's Drive",
           "Hawthorn Close", "Albert Road", "Elm Grove", "High Street", "Brook Lane"],
    "us": ["Maple Avenue", "Oak Street", "Elm St", "Washington Blvd", "Lakeview Drive", "Sunset Ave", "Pine Ridge Rd",
           "Cedar Lane", "Main Street", "Highland Ave", "Willow Ct", "Park Place"],
}
CITY = {
    "nl": ["Utrecht", "Amersfoort", "Zwolle", "Den Haag", "Groningen", "Eindhoven", "Leiden", "Nijmegen", "Haarlem",
           "Tilburg", "Delft", "Almere"],
    "vl": ["Gent", "Leuven", "Antwerpen", "Brugge", "Hasselt", "Mechelen", "Kortrijk", "Aalst", "Sint-Niklaas", "Genk"],
    "fr": ["Namur", "Liège", "Charleroi", "Mons", "Louvain-la-Neuve", "Ixelles", "Wavre", "Tournai", "Arlon", "Verviers"],
    "gb": ["Leeds", "Bristol", "Manchester", "Cardiff", "Sheffield", "Edinburgh", "Norwich", "York", "Brighton", "Glasgow"],
    "us": ["Austin", "Columbus", "Denver", "Portland", "Madison", "Raleigh", "Tucson", "Boise", "Omaha", "Albany"],
}
BRANDS = {
    "stream": ["Kijkbox", "StreamPunt", "FlixHuis", "ViewHub", "Cinéma+", "Seriezone", "Vidoo", "PlayTV", "Loket Live", "NightReel"],
    "game": ["PixelPlay", "GameVault", "Nexus Live", "Blokwereld", "RaidNet", "Arcadia Pass", "CloudKnights", "Spelhal"],
    "water": ["Waterbedrijf Rijndelta", "AquaNoord", "Vivaqua Sud", "Brabant Water Co", "Waterleiding Maasland", "Eaux de Meuse",
              "NorthStream Water", "Lakeside Water", "Drinkwater Oost", "Aquaflux"],
    "heat": ["Warmtenet Oost", "StadsWarmte", "Ecowarmte Gent", "Chaleur Urbaine Liège", "HeatLink", "Warmtebedrijf Delta",
             "CityHeat Leeds", "Warmtenet Zuid"],
    "uni": ["Universiteit Rijnstad", "Hogeschool Maasland", "Universiteit van Dijlestad", "Université de Namur-Sud",
            "Kingsbridge University", "Hogeschool De Kempen", "Haute École Mosane", "Lakemont State University",
            "Erasmus Hogeschool Brussel-Noord", "Westfield College"],
}
AGENTS = ["Mariska", "Joost", "Ilse", "Karim", "Sophie", "Tim", "Nathalie", "Jelle", "Dewi", "Léa", "Bart", "Ayla",
          "Gwen", "Kevin", "Hanna", "Milan", "Chantal", "Robin", "Amber", "Youssef"]
SSID = ["Ziggo7F3A21", "telenet-3C9B1", "BTHub6-8XQT", "NETGEAR42", "Kamer_12_wifi", "VOO-88213", "TP-Link_5G_A1", "Fritzbox_7590",
        "Proximus-Home-4411", "xfinitywifi-home", "H369A2C11", "eduroam-guest"]
TEAMS = ["Team Webcare", "Klantenservice", "Serviceteam", "Service clientèle", "Customer Care", "Support Team",
         "Studentenbalie", "Student Services", "Klantencontact", "Helpdesk"]
HASHTAGS = {
    "nl": ["#klantenservice", "#storing", "#gehackt", "#waterstoring", "#stadswarmte", "#studiefinanciering", "#boos",
           "#wachttijd", "#slechteservice", "#nietblij", "#help", "#tentamen"],
    "fr": ["#serviceclient", "#panne", "#piratage", "#arnaque", "#chauffage", "#minerval", "#colère", "#aide", "#examens", "#nul"],
    "en": ["#customerservice", "#hacked", "#fail", "#nowater", "#heating", "#tuitionfees", "#help", "#scam", "#unacceptable",
           "#studentlife", "#rant", "#fixit"],
}
URL_PATHS = ["/inloggen", "/help/account", "/mijn-account", "/support/2fa", "/redeem", "/meterstand", "/verhuizen",
             "/betalingsregeling", "/contact", "/faq/ouderlijk-toezicht", "/status", "/student/portal", "/help/gift-cards",
             "/storingen", "/mandaat", "/examens/inzage"]


def deal(pool, half):
    out = pool[half::2]
    assert out, "empty half pool"
    return out
