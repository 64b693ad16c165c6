"""Filler pools. Every list is dealt alternately between the halves (even -> dev, odd -> heldout)."""

FIRST = {
    "NL": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Jeroen", "Anouk", "Thijs", "Marieke", "Ruben", "Esther", "Koen",
           "Ilse", "Sven", "Noor", "Wouter", "Femke", "Joris", "Yasmina", "Mohammed", "Priya", "Kees", "Ingrid", "Tim"],
    "BE": ["Lien", "Wout", "Elke", "Pieter-Jan", "Hanne", "Jelle", "Nathalie", "Sébastien", "Amélie", "Quentin",
           "Manon", "Thibault", "Inès", "Cédric", "Griet", "Stijn", "Aurélie", "Maxime", "Karim", "Lore", "Geert", "Sofie"],
    "GB": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Callum", "Niamh", "Rhys", "Imogen",
           "Declan", "Hannah", "Tom", "Shona", "Aisha", "Gareth", "Bethan", "Ravi", "Lucy", "Ewan"],
    "US": ["Madison", "Tyler", "Brianna", "Jordan", "Kayla", "Marcus", "Ashley", "Dylan", "Jasmine", "Cody", "Megan",
           "Andre", "Lauren", "Hunter", "Destiny", "Kevin", "Ming", "Carlos", "Rachel", "Derek", "Tanya", "Josh"],
}
LAST = {
    "NL": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van Dijk", "Bos", "Vos",
           "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kaya", "El Amrani", "Verhoeven", "Kok"],
    "BE": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
           "Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Vermeulen", "Van Damme", "Desmet", "Renard", "Lemaire", "Hermans", "Aerts"],
    "GB": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker",
           "Wright", "Hughes", "Green", "MacLeod", "O'Brien", "Patel", "Khan", "Campbell", "Fletcher", "Murray", "Price"],
    "US": ["Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson", "Thompson", "Nguyen", "Robinson",
           "Lee", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Lopez", "Hill", "Scott", "Baker", "Rivera"],
}
STREET = {
    "NL": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Stationsweg", "Beatrixstraat",
           "Lindenlaan", "Spoorstraat", "Hoofdweg", "Eikenlaan", "Wilhelminakade", "Vondelstraat", "Oranjestraat",
           "Schoolstraat", "Marktplein", "Burgemeester de Withstraat", "Van Goghlaan", "Zuiderdiep", "Noordsingel"],
    "BE": ["Kerkstraat", "Stationsstraat", "Rue de la Loi", "Avenue Louise", "Nieuwstraat", "Chaussée de Wavre",
           "Grote Markt", "Rue du Marché", "Kapelsesteenweg", "Rue des Alliés", "Meir", "Boulevard d'Avroy",
           "Dorpsstraat", "Rue Haute", "Leuvensesteenweg", "Avenue de Tervueren", "Veldstraat", "Rue Saint-Gilles", "Brugsesteenweg", "Place Verte"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Acacia Avenue", "Mill Lane", "Park Road",
           "Queen's Road", "Kings Way", "Manor Close", "Elm Grove", "Albert Street", "Orchard Way", "The Crescent",
           "Castle Street", "Grange Road", "Willow Drive", "York Road", "Chapel Street", "Holly Bank"],
    "US": ["Maple Street", "Oak Avenue", "Main St", "Elm Street", "Washington Blvd", "Lakeview Dr", "Pine Street",
           "Cedar Lane", "Sunset Blvd", "Park Ave", "2nd Street", "Highland Ave", "Jefferson St", "Willow Ct",
           "Riverside Drive", "Lincoln Way", "Hillcrest Rd", "Magnolia Ave", "N Clark St", "Broadway"],
}
CITY = {
    "NL": ["Amsterdam", "Utrecht", "Zwolle", "Haarlem", "Groningen", "Eindhoven", "Leiden", "Almere", "Breda", "Nijmegen",
           "Amersfoort", "Delft", "Tilburg", "Assen", "Den Bosch", "Leeuwarden"],
    "BE": ["Antwerpen", "Gent", "Leuven", "Brugge", "Hasselt", "Mechelen", "Liège", "Namur", "Bruxelles", "Charleroi",
           "Mons", "Wavre", "Kortrijk", "Aalst", "Ottignies", "Tournai"],
    "GB": ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Edinburgh", "Birmingham", "Sheffield", "Norwich",
           "York", "Brighton", "Leicester", "Swansea", "Nottingham", "Reading", "Exeter"],
    "US": ["Springfield", "Portland", "Austin", "Columbus", "Denver", "Seattle", "Chicago", "Atlanta", "Boston",
           "Phoenix", "Madison", "Raleigh", "Tucson", "Omaha", "Dayton", "Albany"],
}
AGENTS = ["Sanne", "Mark", "Ilse", "Joost", "Fatima", "Rik", "Julie", "Kevin", "Nadia", "Pieter", "Emma", "Lars",
          "Chloé", "Bart", "Sophie", "Dennis", "Layla", "Tom", "Anke", "Youssef", "Hannah", "Gijs", "Marie", "Olivier"]
COLLEAGUES = ["Annemiek", "Frank", "Leila", "Wim", "Carla", "Ahmed", "Sarah", "Jeroen", "Inge", "Mathieu", "Kim", "Steve",
              "Patricia", "Hugo", "Yvonne", "Dirk"]
SSIDS = ["Ziggo-5G-8821", "H369A-4F21", "telenet-7A3C1", "VOO-992211", "BTHub6-X7QZ", "NETGEAR47", "Familie_de_Boer",
         "FRITZ!Box 7530 XY", "Proximus-Home-4412", "SKY8A2B1", "xfinitywifi", "Linksys02233", "KPN-Boxx-91", "BELL512", "Orange-A1B2", "Netflix&Chill"]
CHANNEL_NAMES = ["WhatsApp", "Messenger", "Instagram", "X", "Facebook", "Telegram", "de chat", "e-mail", "webchat", "DM"]

# Brands: (name, handle stem, domain stem, sector)
BRANDS = [
    ("Telvia", "Telvia", "telvia", "telecom"), ("Enerlux", "EnerluxCare", "enerlux", "energy"),
    ("Bankaal", "Bankaal", "bankaal", "bank"), ("Mobilo", "MobiloHelp", "mobilo", "telecom"),
    ("Voltera Energie", "Voltera", "voltera", "energy"), ("NordNet", "NordNetCare", "nordnet-telecom", "telecom"),
    ("Anker Verzekeringen", "AnkerVerz", "ankerverzekeringen", "insurance"), ("ParcelPro", "ParcelProHelp", "parcelpro", "parcel"),
    ("Streamly", "StreamlyTV", "streamly", "telecom"), ("Zonnewind", "Zonnewind", "zonnewind", "energy"),
    ("FinPay", "FinPaySupport", "finpay", "bank"), ("Railo", "RailoCare", "railo", "travel"),
]
TLD = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "co.uk", "en-us": "com"}
HASHTAGS = {
    "nl": ["#storing", "#klantenservice", "#fail", "#internet", "#nogsteedsniks", "#wachten", "#boos", "#help",
           "#energie", "#factuur", "#slechtbereik", "#ophouden"],
    "fr": ["#panne", "#serviceclient", "#arnaque", "#internet", "#toujoursrien", "#colère", "#facture", "#aide",
           "#énergie", "#nul", "#attente", "#scandale"],
    "en": ["#outage", "#customerservice", "#fail", "#broadband", "#stillwaiting", "#fuming", "#help", "#billing",
           "#energy", "#notimpressed", "#badservice", "#sortitout"],
}
URL_PATHS = ["/inloggen", "/wachtwoord-vergeten", "/storingen", "/dm", "/contact", "/mijn-account", "/support/reset",
             "/status", "/klantenservice/chat", "/help/puk", "/privacy", "/account/security", "/service/afspraak", "/verhuizen",
             "/facturen", "/app"]
