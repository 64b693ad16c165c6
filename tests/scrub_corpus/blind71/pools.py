"""Filler pools. Every list is dealt alternately: even index -> dev, odd index -> heldout."""

FIRST = {
    "nl": ["Sanne", "Jeroen", "Fleur", "Bram", "Lotte", "Daan", "Iris", "Thijs", "Anouk", "Ruben", "Marloes", "Wouter",
           "Esther", "Joost", "Femke", "Pieter", "Yara", "Sem", "Noor", "Gerrit", "Ilse", "Mohamed", "Fatima", "Kees"],
    "be": ["Lien", "Wout", "Ine", "Pieter-Jan", "Elke", "Jens", "Sofie", "Bart", "Griet", "Stijn", "Hanne", "Koen",
           "Nele", "Tom", "An", "Dries", "Ellen", "Jonas", "Kato", "Seppe"],
    "fr": ["Camille", "Julien", "Aurélie", "Mathieu", "Sophie", "Nicolas", "Élodie", "Quentin", "Manon", "Thomas",
           "Céline", "Maxime", "Laura", "Antoine", "Amandine", "Cédric", "Marie", "Loïc", "Nadia", "Olivier"],
    "gb": ["Emma", "Oliver", "Charlotte", "Harry", "Sophie", "Jack", "Amelia", "George", "Isla", "James", "Priya", "Callum",
           "Hannah", "Rhys", "Lucy", "Ewan"],
    "us": ["Ashley", "Tyler", "Megan", "Brandon", "Jessica", "Kevin", "Lauren", "Justin", "Emily", "Marcus", "Rachel", "Derek",
           "Kayla", "Jordan", "Brittany", "Carlos"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
           "Hendriks", "van Dijk", "Dekker", "Brouwer", "van Leeuwen", "Kok", "El Amrani", "Postma"],
    "be": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
           "Vermeulen", "Van den Broeck", "Dubois", "Lambrechts", "Hermans", "Coppens"],
    "fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Lejeune", "Renard", "Simon", "Laurent", "Lefebvre",
           "Denis", "Mercier", "Charlier", "Collard", "Gilson", "Thiry"],
    "gb": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Patel", "Hughes",
           "Wright", "Murphy"],
    "us": ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "Moore", "Jackson",
           "Lee", "Harris", "Clark", "Lewis"],
}
STREETS = {
    "nl": ["Kerkstraat", "Molenweg", "Dorpsstraat", "Prinsengracht", "Schoolstraat", "Julianalaan", "Stationsweg", "Beukenlaan",
           "Nieuwe Binnenweg", "Oranjestraat", "Lindelaan", "Van Goghstraat", "Marktplein", "Zuiderpark", "Wilhelminastraat", "Hoofdweg"],
    "be": ["Kerkstraat", "Meir", "Stationsstraat", "Lange Nieuwstraat", "Dorpsstraat", "Veldstraat", "Brugsesteenweg",
           "Koning Albertlaan", "Diestsestraat", "Nieuwstraat", "Gentsesteenweg", "Kapelstraat", "Molenstraat", "Leopoldlaan"],
    "fr": ["Rue de la Station", "Avenue Louise", "Rue du Moulin", "Chaussée de Waterloo", "Rue de l'Église", "Boulevard d'Avroy",
           "Rue Haute", "Avenue des Tilleuls", "Rue de Namur", "Place Saint-Lambert", "Rue des Champs", "Chaussée de Bruxelles"],
    "gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Queens Avenue", "Mill Lane", "Park Road",
           "Kings Crescent", "Manor Drive", "Elm Grove", "Albert Street", "Greenway Close"],
    "us": ["Maple Ave", "Oak Street", "Washington Blvd", "Pine St", "Lakeview Dr", "Cedar Lane", "Main Street", "Elm St",
           "Sunset Blvd", "Park Ave", "Hillcrest Rd", "Broadway"],
}
PLACES = {
    "nl": ["Amsterdam", "Utrecht", "Zwolle", "Haarlem", "Eindhoven", "Groningen", "Leiden", "Amersfoort", "Tilburg", "Nijmegen",
           "Delft", "Breda", "Apeldoorn", "Alkmaar"],
    "be": ["Antwerpen", "Gent", "Leuven", "Brugge", "Mechelen", "Hasselt", "Kortrijk", "Aalst", "Sint-Niklaas", "Genk",
           "Turnhout", "Roeselare"],
    "fr": ["Liège", "Namur", "Bruxelles", "Charleroi", "Mons", "Wavre", "Ottignies", "Arlon", "Verviers", "Tournai",
           "Uccle", "Nivelles"],
    "gb": ["London", "Manchester", "Bristol", "Leeds", "Edinburgh", "Cardiff", "Brighton", "Glasgow", "York", "Oxford"],
    "us": ["Chicago", "Austin", "Seattle", "Denver", "Boston", "Portland", "Brooklyn", "San Diego", "Miami", "Madison"],
}
DEST = ["Barcelona", "Malaga", "Lissabon", "Porto", "Rome", "Napels", "Kreta", "Rhodos", "Tenerife", "Gran Canaria",
        "Antalya", "Nice", "Split", "Dubrovnik", "Marrakech", "Bali", "Bangkok", "New York", "Lanzarote", "Sicilië",
        "Mallorca", "Ibiza", "Faro", "Athene", "Boedapest", "Praag", "Kopenhagen", "Reykjavik", "Curaçao", "Cancún"]
AIRLINES = ["SkyHop", "Aerovia", "NordJet", "BlueTail Air", "Zuidwind Airlines", "OrangeWing", "FlyLowCost", "Meridian Air",
            "Atlantis Airways", "Benelux Air", "CoastJet", "Alpina Air"]
HOTELS = ["Hotel Mar Azul", "Hostal Sol y Luna", "Hotel Bellavista", "Résidence Les Pins", "Aparthotel Costa Dorada",
          "Hotel Continental", "Villa Oleander", "Hotel Zeezicht", "Pension Edelweiss", "Hotel Acropolis View", "Casa Limón",
          "The Harbour Inn"]
RENTALS = ["RentaCar Sol", "AutoVia", "DriveAway", "CarGo Rent", "EuroWheels", "Isla Cars", "GoRent", "Budgetrijder"]
INSURERS = ["ReisZeker", "Voyago Verzekeringen", "Globetrotter Assurance", "AssurVoyage", "TravelSafe", "Zonnig Verzekerd",
            "EuroProtect", "CoverAbroad", "Reisgenoot", "Assistance Plus"]
BOOKING = ["TripBoeker", "ZonReizen", "VoyagesPlus", "SunTravel", "HolidayHub", "ReisWinkel", "EscapadesBE", "Cheapflights4U"]
AGENTS = ["Mirjam", "Kevin", "Sarah", "Dennis", "Laura", "Tim", "Nathalie", "Youssef", "Inge", "Maarten", "Chloé", "Benoît",
          "Rachel", "Sam", "Petra", "Arno"]
HANDLES = ["ReisZeker", "SkyHopNL", "VoyagoHelpt", "AeroviaCare", "NordJet_BE", "TravelSafeUK", "ZonReizen", "OrangeWingAir",
           "BlueTailHelp", "AssurVoyage_BE", "CoverAbroad", "MeridianAir", "GlobetrotterAss", "FlyLowCost_NL", "TripBoeker", "HolidayHubUS"]
TAGS = ["kofferkwijt", "lostluggage", "vertraagd", "nooitmeer", "vakantie", "reisverzekering", "flightcancelled", "annulation",
        "bagage", "klantenservice", "travelnightmare", "schiphol", "zaventem", "reisellende", "valiseperdue", "customerservice",
        "delayed", "slechteservice", "vacances", "help"]
URLS = ["reiszeker-voorbeeld.nl", "voyago-verzekeringen.example", "skyhop-air.example", "aerovia.example", "travelsafe-cover.example",
        "assurvoyage.example.be", "tripboeker.example", "zonreizen.example", "coverabroad.example", "nordjet.example.com",
        "holidayhub.example.com", "globetrotter-assurance.example.be"]
SSIDS = ["HotelMarAzul_Guest", "Villa-Oleander", "FRITZ!Box 7590 KQ", "Ziggo8821", "telenet-4C2A1", "BTHub6-9XQ", "NETGEAR47",
         "Casa_Limon_5G", "proximus-home-77B1", "KPN-F1E2", "Airbnb_Guest", "VodafoneMobileWiFi-3A"]
COUNTRIES = ["Spanje", "Portugal", "Italië", "Griekenland", "Frankrijk", "Turkije", "Kroatië", "Marokko", "Thailand", "de VS"]

POOLS = dict(first=FIRST, last=LAST, streets=STREETS, places=PLACES, dest=DEST, airline=AIRLINES, hotel=HOTELS, rental=RENTALS,
             insurer=INSURERS, booking=BOOKING, agent=AGENTS, handles=HANDLES, tags=TAGS, urls=URLS, ssid=SSIDS)


def deal(obj, half):
    if isinstance(obj, dict):
        return {k: deal(v, half) for k, v in obj.items()}
    return [x for i, x in enumerate(obj) if i % 2 == half]


def pools_for(half):
    return {k: deal(v, half) for k, v in POOLS.items()}
