"""Filler pools. Every list is dealt alternately: even index -> dev, odd -> heldout."""

RAW = {
    "first": ["Sanne", "Daan", "Fleur", "Joost", "Ineke", "Bram", "Mohamed", "Priya", "Kees", "Lotte", "Ahmed", "Marieke",
              "Wout", "Femke", "Ruben", "Yasmina", "Pieter", "Annelies", "Thijs", "Esra", "Gert-Jan", "Noor", "Sven", "Ilse",
              "Jelle", "Hanneke", "Stijn", "Els", "Koen", "An", "Lieven", "Griet", "Tuur", "Mieke", "Jens", "Ellen",
              "Amélie", "Julien", "Sophie", "Mathieu", "Nathalie", "Benoît", "Chloé", "Olivier", "Aurélie", "Karim", "Manon", "François",
              "Olivia", "James", "Harriet", "Callum", "Siobhan", "Oliver", "Priyanka", "Gareth", "Fiona", "Rhys", "Imogen", "Tom",
              "Jessica", "Tyler", "Ashley", "Marcus", "Brittany", "Kevin", "Madison", "Carlos", "Jamal", "Megan", "Dustin", "Keisha"],
    "last": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "van Dijk", "Mulder", "Bos", "Vos", "El Amrani", "Hendriks",
             "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Van den Broeck", "Verhoeven",
             "Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Renard", "Lejeune", "Hermans", "Simon", "Laurent",
             "Smith", "Jones", "Taylor", "Brown", "Williams", "Evans", "Thomas", "Roberts", "Patel", "Walker", "Hughes", "O'Brien",
             "Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Anderson", "Martinez", "Thompson", "Moore"],
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Lange Nieuwstraat", "Stationsweg", "Julianalaan", "Hoofdstraat",
                  "Van Speijkstraat", "Burgemeester de Withstraat", "Nieuwe Binnenweg", "Zeestraat", "Beukenlaan", "Marnixkade", "Oudegracht", "Emmastraat"],
    "city_nl": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Leeuwarden", "Breda", "Nijmegen", "Haarlem", "Almere", "Tilburg", "Maastricht"],
    "street_be_nl": ["Kerkstraat", "Stationsstraat", "Kortrijksesteenweg", "Frankrijklei", "Veldstraat", "Dorpstraat", "Brusselsesteenweg", "Lindenlaan", "Sint-Pietersnieuwstraat", "Diestsestraat", "Grote Markt", "Meir"],
    "city_be_nl": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Deurne", "2100"), ("Genk", "3600")],
    "street_be_fr": ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Boulevard d'Avroy", "Rue des Carmes", "Avenue de Tervueren", "Rue Neuve", "Place Saint-Lambert", "Rue de Fer", "Chaussée de Charleroi", "Rue du Midi"],
    "city_be_fr": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Ixelles", "1050"), ("Wavre", "1300"), ("Uccle", "1180"), ("Tournai", "7500"), ("Schaerbeek", "1030")],
    "street_uk": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queen's Road", "Green Lane", "Manor Way", "Kings Road", "Albert Street", "Westbourne Grove"],
    "city_uk": [("London", "SE15"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS3"), ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Brighton", "BN2"), ("Norwich", "NR2"), ("York", "YO10"), ("Edinburgh", "EH6")],
    "street_us": ["Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Sunset Dr", "Lake Shore Dr", "Main Street", "Pine Ridge Rd", "Cedar Lane", "W 42nd St", "Market St", "Park Place"],
    "city_us": [("Chicago", "IL"), ("Austin", "TX"), ("Seattle", "WA"), ("Brooklyn", "NY"), ("Boston", "MA"), ("Miami", "FL"), ("Denver", "CO"), ("Atlanta", "GA"), ("Portland", "OR"), ("Phoenix", "AZ")],
    "agents": ["Sanne", "Mark", "Lisa", "Jeroen", "Eva", "Tim", "Nadia", "Rik", "Lien", "Wim", "Charlotte", "Maxime", "Chloe", "Dan", "Emily", "Josh", "Sophie", "Hugo"],
    "ssid": ["Ziggo5G-8812", "KPN-A7F2", "telenet-4471A", "VOO-339201", "BTHub6-XK2P", "NETGEAR44", "Proximus-Home-22F1", "Fam_Jansen", "xfinitywifi-home", "SKY8D2F1", "Odido-55A1", "OnsHuis"],
    "plate": ["GZ-123-K", "1-ABC-234", "KX-882-P", "2-HGT-771", "AB12 CDE", "7TRB412", "TN-67-LS", "1-XPN-902", "VL-519-J", "LK69 ZTR"],
    "models": ["PS5 CFI-1216A", "CFI-2016", "Xbox Series X", "Model 1914", "Switch OLED HEG-001", "SM-S918B", "iPhone 13 mini", "iPhone 15 Pro", "Pixel 8a", "KD-55X85L",
               "Chromecast GA03131", "Fire TV Stick 4K", "Galaxy A54", "OLED55C34LA", "Redmi Note 12", "Nintendo Switch Lite", "Apple TV 4K (A2843)", "Steam Deck 512GB", "MacBook Air M2", "Fritz!Box 7590"],
    "mentions": ["@NS_online", "@KLM", "@Transavia", "@DeLijn", "@NMBS", "@SNCB", "@brusselsair", "@ZilverenKruis", "@VGZ", "@CZzorgverzekeraar", "@Menzis",
                 "@Netflix_NL", "@Spotify", "@XboxSupport", "@AskPlayStation", "@SteamSupport", "@Ryanair", "@easyJet", "@British_Airways", "@Delta",
                 "@TUI_NL", "@bookingcom", "@Videoland", "@GVBAmsterdam", "@RET", "@ParkMobile", "@Boots_UK", "@CVSHealth", "@united", "@NintendoUK", "@disneyplus", "@Corendon"],
    "hashtags": ["#NS", "#storing", "#vertraging", "#lostluggage", "#KLM", "#klantonvriendelijk", "#Netflix", "#hacked", "#PSN", "#Ryanair", "#DeLijn", "#staking",
                 "#parkeerboete", "#zorgverzekering", "#apotheek", "#fail", "#customerservice", "#neveragain", "#Schiphol", "#Zaventem", "#grève", "#retard", "#travelnightmare", "#gamer"],
    "urls": ["https://www.ns.nl/klantenservice", "https://www.klm.nl/contact", "ns.nl/terugbetaling", "https://www.delijn.be/nl/contact", "https://www.belgiantrain.be/fr/support",
             "https://www.zilverenkruis.nl/declareren", "mijn.vgz.nl", "https://help.netflix.com/nl/node/2570", "https://www.spotify.com/account/recover", "support.xbox.com",
             "https://www.playstation.com/acct/reset", "https://help.steampowered.com/nl/", "https://www.ryanair.com/gb/en/useful-info/help-centre", "bit.ly/3kQx9Zt",
             "https://www.britishairways.com/baggage", "https://www.ov-chipkaart.nl/mijn-ov-chip", "https://www.cjib.nl/betalen", "https://parking.brussels/fr", "https://www.cm.be/contact",
             "https://www.boots.com/help", "https://www.cvs.com/account", "https://www.tui.nl/klantenservice/", "https://www.booking.com/content/cs.html", "https://www.corendon.nl/service/bagage",
             "www.apotheek.nl", "https://www.disneyplus.com/nl-nl/account", "https://www.united.com/refunds", "https://account.nintendo.com"],
    # brands per domain and language family
    "brand_transport_nl": ["NS", "GVB", "RET", "HTM", "Arriva", "Connexxion", "Qbuzz", "Q-Park", "ParkMobile", "Yellowbrick", "EasyPark", "het CJIB", "Translink", "EBS"],
    "brand_transport_be": ["NMBS", "De Lijn", "MIVB", "Interparking", "4411", "parking.brussels", "EasyPark", "Indigo", "Blue-bike", "Q-Park"],
    "brand_transport_fr": ["SNCB", "la STIB", "le TEC", "parking.brussels", "Interparking", "Indigo", "4411", "Q-Park", "EasyPark", "Cambio"],
    "brand_transport_en": ["TfL", "Trainline", "Avanti", "LNER", "RingGo", "PayByPhone", "the MTA", "SEPTA", "Amtrak", "ParkMobile", "NCP", "Northern"],
    "brand_health_nl": ["Zilveren Kruis", "VGZ", "CZ", "Menzis", "DSW", "ONVZ", "BENU Apotheek", "Mediq Apotheek", "Apotheek.nl", "Interpolis", "a.s.r.", "Ditzo"],
    "brand_health_be": ["CM", "Helan", "Solidaris", "Partena", "Multipharma", "Liberale Mutualiteit", "Vlaams & Neutraal Ziekenfonds", "Apotheek Medi-Market"],
    "brand_health_fr": ["la Mutualité chrétienne", "Solidaris", "Partenamut", "Multipharma", "la MC", "Helan", "Pharmacie Familia", "Mutualité Libérale"],
    "brand_health_en": ["Boots", "Lloyds Pharmacy", "Bupa", "AXA Health", "Vitality", "CVS", "Walgreens", "Aetna", "UnitedHealthcare", "Cigna", "Blue Cross", "Superdrug"],
    "brand_streaming_nl": ["Netflix", "Spotify", "Videoland", "Disney+", "Xbox", "PlayStation", "Steam", "Nintendo", "Viaplay", "HBO Max", "Twitch", "EA"],
    "brand_streaming_be": ["Netflix", "Streamz", "Spotify", "GoPlay", "Disney+", "PlayStation", "Xbox", "Steam", "Nintendo", "Telenet Play"],
    "brand_streaming_fr": ["Netflix", "Spotify", "Disney+", "Auvio", "PlayStation", "Xbox", "Steam", "Nintendo", "Canal+", "Deezer"],
    "brand_streaming_en": ["Netflix", "Spotify", "Disney+", "Xbox", "PlayStation", "Steam", "Nintendo", "Hulu", "NOW TV", "Twitch", "Epic Games", "Paramount+"],
    "brand_travel_nl": ["KLM", "Transavia", "TUI", "Corendon", "Sunweb", "Booking.com", "Expedia", "D-reizen", "Vliegtickets.nl", "easyJet", "Ryanair", "Schiphol"],
    "brand_travel_be": ["Brussels Airlines", "TUI fly", "Ryanair", "Connections", "Jetair", "Booking.com", "Neckermann", "Pegase", "easyJet", "Brussels Airport"],
    "brand_travel_fr": ["Brussels Airlines", "TUI fly", "Ryanair", "Air France", "Vueling", "Booking.com", "Connections", "Pegase", "easyJet", "Expedia"],
    "brand_travel_en": ["British Airways", "easyJet", "Ryanair", "Jet2", "Virgin Atlantic", "Expedia", "Delta", "United", "American Airlines", "lastminute.com", "Southwest", "Booking.com"],
    "med": ["omeprazol", "metformine", "salbutamol", "levothyroxine", "amoxicilline", "ibuprofen", "sertraline", "atorvastatine", "insuline", "Ventolin", "Dafalgan", "Concerta", "Ozempic", "lisinopril", "paracetamol", "Eliquis"],
}


def deal(seed_unused=None):
    """Return [dev_pools, heldout_pools]."""
    halves = [{}, {}]
    for k, lst in RAW.items():
        halves[0][k] = lst[0::2]
        halves[1][k] = lst[1::2]
    return halves
