"""Filler pools. Every list is dealt alternately to dev (even index) and heldout (odd index)."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Fleur", "Bas", "Marloes", "Thijs", "Ingrid", "Ruud", "Anouk", "Kees", "Lieke", "Wouter",
           "Femke", "Sjoerd", "Esther", "Henk", "Noor", "Joost", "Yvonne", "Mohamed", "Fatima", "Daan", "Petra", "Bram"],
    "nl-be": ["Lotte", "Pieter", "Elke", "Jens", "Griet", "Wim", "Sofie", "Koen", "An", "Stijn", "Leen", "Bart",
              "Hanne", "Dries", "Katrien", "Jef", "Nele", "Tom", "Ilse", "Seppe", "Marieke", "Ruben"],
    "fr-be": ["Camille", "Julien", "Nathalie", "Thomas", "Aurélie", "Maxime", "Sophie", "Olivier", "Chloé", "Nicolas",
              "Valérie", "Quentin", "Isabelle", "Mehdi", "Laura", "Benoît", "Céline", "Sébastien", "Amandine", "Cédric"],
    "en-gb": ["Oliver", "Charlotte", "Harry", "Amelia", "George", "Sophie", "Jack", "Emily", "Callum", "Niamh",
              "Rhys", "Poppy", "Alfie", "Grace", "Liam", "Hannah", "Priya", "Tom", "Lucy", "Dev"],
    "en-us": ["Tyler", "Ashley", "Brandon", "Megan", "Jordan", "Kayla", "Austin", "Brittany", "Marcus", "Jasmine",
              "Cody", "Lauren", "Diego", "Rachel", "Kevin", "Madison", "Hunter", "Destiny", "Chris", "Alyssa"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters",
           "Hendriks", "van Dijk", "Kok", "Brouwer", "Dekker", "El Amrani", "Yilmaz", "van der Linden", "Verhoeven"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
              "Van den Broeck", "Vermeulen", "Dubois", "Lambrechts", "De Clercq", "Verstraete", "Hermans", "Cools"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Simon", "Laurent", "Lefebvre", "Renard", "Mathieu",
              "Collard", "Gilson", "Fontaine", "Legrand", "Denis", "Henrard", "Bertrand", "Moreau"],
    "en-gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts",
              "Walker", "Wright", "Patel", "Hughes", "O'Brien", "Clarke", "Khan", "Murphy"],
    "en-us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore",
              "Jackson", "Lee", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Nguyen", "Hernandez"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat", "Lindelaan",
           "Prinsengracht", "Nieuwe Binnenweg", "Oude Gracht", "Burgemeester de Withstraat", "Vondellaan",
           "Zonnebloemstraat", "Parkweg", "Hoofdstraat", "Rijksstraatweg", "Eikenlaan", "Schoolstraat"],
    "nl-be": ["Veldstraat", "Kerkstraat", "Stationsstraat", "Meir", "Brugsesteenweg", "Kortrijksesteenweg",
              "Diestsestraat", "Nieuwstraat", "Lange Leemstraat", "Tiensesteenweg", "Molenstraat", "Dorpsplein",
              "Koning Albertlaan", "Gentsesteenweg", "Bondgenotenlaan", "Grote Markt"],
    "fr-be": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Rue du Marché",
              "Boulevard d'Avroy", "Rue de Namur", "Chaussée de Charleroi", "Rue des Carmes", "Avenue de Tervueren",
              "Rue Saint-Gilles", "Place du Jeu de Balle", "Rue de Fer", "Chaussée de Louvain"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Acacia Avenue", "Mill Lane",
              "Queens Road", "Park Avenue", "Manor Close", "Kings Road", "Orchard Way", "The Crescent",
              "Windsor Drive", "Albert Street"],
    "en-us": ["Oak Street", "Maple Avenue", "Elm Drive", "Washington Blvd", "Lakeview Terrace", "Pine Street",
              "Cedar Lane", "Main Street", "Sunset Blvd", "Hillcrest Road", "Park Place", "Jefferson Ave",
              "Willow Court", "Broadway"],
}
CITIES = {
    "nl": ["Amsterdam", "Utrecht", "Zwolle", "Eindhoven", "Groningen", "Haarlem", "Tilburg", "Delft", "Nijmegen",
           "Leiden", "Almere", "Breda", "Apeldoorn", "Den Haag", "Arnhem", "Enschede"],
    "nl-be": ["Gent", "Antwerpen", "Leuven", "Brugge", "Hasselt", "Mechelen", "Kortrijk", "Aalst", "Genk",
              "Sint-Niklaas", "Roeselare", "Turnhout", "Oostende", "Lier"],
    "fr-be": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Ixelles", "Tournai", "Verviers",
              "Arlon", "Uccle", "Schaerbeek", "Nivelles", "Huy"],
    "en-gb": ["Leeds", "Manchester", "Bristol", "London", "Cardiff", "Glasgow", "Sheffield", "Norwich", "York",
              "Brighton", "Nottingham", "Reading", "Leicester", "Exeter"],
    "en-us": ["Springfield", "Chicago", "Austin", "Portland", "Boston", "Denver", "Seattle", "Atlanta", "Brooklyn",
              "Houston", "San Jose", "Madison", "Columbus", "Tucson"],
}
BRANDS = ["Telvio", "NetHuis", "Voltera", "Belcom", "Stroomwijs", "Pakketto", "FiberNova", "Energia+", "Wolkbank",
          "Mobilo", "Luxaire", "Zendr", "Aquaflux", "Bankiq", "Ruimtenet", "Verzekr", "Skylink", "Dommel Energie"]
MODELS = ["TC7210", "Fritz!Box 7590", "SM-G991B", "H369A", "Connect Box CH7465", "Archer C6", "BBox3", "iPhone 13 Pro",
          "Pixel 7a", "DIR-842", "ZTE MF286D", "Sagemcom F@st 5370e", "Technicolor TG799", "Galaxy A54", "EX6120",
          "Deco M5", "KDL-43W805", "HG8245Q2", "Netgear R7000", "Moto g84"]
AGENTS = ["Lisa", "Mark", "Samira", "Dennis", "Kim", "Tim", "Laura", "Nina", "Youssef", "Eva", "Rob", "Julie",
          "Amber", "Frank", "Inge", "Sven", "Carla", "Milan", "Zoë", "Hugo"]
SSIDS = ["Ziggo7B21C", "TelvioHome-5G", "H369A-4F2D", "Familie_Janssens", "NETGEAR42", "BBOX-8A3F1", "Livebox-77E0",
         "VOO-1298F4", "SKY3F8A2", "BTHub6-9XQZ", "TP-Link_5G_A1C2", "xfinitywifi_home", "FRITZ!Box 7590 QR",
         "Proximus-Home-44A1", "Thuis", "KPN9DE12"]
PLATES = ["GH-412-K", "1-ABC-234", "KX21 ZPL", "7TRK451", "XD-22-BN", "2-FRT-889", "LB19 OWM", "8KDL202", "N-771-VZ",
          "1-HJV-055"]
CPHONE = {
    "nl": ["0800-0123", "088 123 4500", "0900-1234", "0800 022 33 44", "020 800 7000", "088-7654321",
           "0800-1502", "085 303 2050"],
    "nl-be": ["078 15 15 15", "0800 22 800", "02 555 12 00", "078 35 35 35", "0800 90 123", "070 22 33 44",
              "078/05.05.05", "03 800 10 10"],
    "fr-be": ["078 15 15 15", "0800 22 801", "02 555 12 01", "078 35 35 36", "0800 90 124", "070 22 33 45",
              "078/05.05.06", "04 220 10 10"],
    "en-gb": ["0800 800 150", "0345 600 1234", "0330 123 4567", "0800 028 0099", "03457 404 404", "0344 800 2400",
              "0800 389 0007", "0161 800 2000"],
    "en-us": ["1-800-555-0199", "(800) 934-6489", "1 (888) 726-3701", "800-273-4455", "1-877-300-1212", "(866) 410-7070",
              "1-844-282-6400", "855-222-9090"],
}
