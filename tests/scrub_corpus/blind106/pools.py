"""Filler pools. Each list is dealt alternately between halves (even index dev, odd heldout)."""

POOLS = {
    "first": ["Sanne", "Joris", "Fleur", "Bram", "Lotte", "Thijs", "Emma", "Ruben", "Anouk", "Daan", "Iris", "Sven", "Noor", "Pieter",
              "Wout", "Lien", "Jef", "Katrien", "Nele", "Koen", "Elke", "Jens", "Marie", "Thomas", "Camille", "Julien", "Amélie",
              "Nicolas", "Sophie", "Maxime", "Chloé", "Olivier", "Oliver", "Sarah", "Harry", "Olivia", "James", "Megan", "Tom",
              "Ashley", "Tyler", "Jessica", "Brandon", "Linda", "Fatima", "Mohamed", "Yasmina", "Kevin", "Ilse", "Gert"],
    "last": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peeters", "Janssens",
             "Maes", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambert", "Dupont", "Martin", "Leclercq",
             "Simon", "Smith", "Taylor", "Brown", "Wilson", "Evans", "Johnson", "Miller", "Davis", "Garcia", "Kowalski",
             "El Amrani", "Yilmaz", "Hendriks", "Verbeke", "Van Damme", "Mertens"],
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Laan van Meerdervoort", "Vinkenstraat", "Stationsweg",
                  "Julianalaan", "Burgemeester de Withstraat", "Lindenlaan", "Oude Gracht", "Zuidwal", "Hoofdstraat", "Parallelweg",
                  "Eikenlaan", "Nieuwe Binnenweg", "Weimarstraat", "Kastanjelaan"],
    "city_nl": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Haarlem", "Nijmegen",
                "Breda", "Amersfoort", "Leiden", "Tilburg", "Apeldoorn", "Delft", "Alkmaar"],
    "street_vl": ["Kerkstraat", "Stationsstraat", "Bredabaan", "Grote Markt", "Kortrijksesteenweg", "Lange Leemstraat",
                  "Diestsevest", "Nieuwstraat", "Brugsesteenweg", "Meir", "Tiensestraat", "Dorpsplein", "Overpoortstraat",
                  "Molenstraat", "Gentsesteenweg", "Zuidlaan"],
    "street_fr": ["Rue Haute", "Avenue Louise", "Chaussée de Wavre", "Rue des Tanneurs", "Rue de la Station", "Boulevard d'Avroy",
                  "Rue du Midi", "Place Saint-Lambert", "Rue de Namur", "Avenue de Tervueren", "Rue Neuve", "Chaussée de Charleroi",
                  "Rue des Carmes", "Avenue des Combattants"],
    "city_be_vl": [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("3500", "Hasselt"),
                   ("2800", "Mechelen"), ("8500", "Kortrijk"), ("9300", "Aalst"), ("2300", "Turnhout"), ("3290", "Diest"),
                   ("8400", "Oostende"), ("2900", "Schoten")],
    "city_be_fr": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"),
                   ("1050", "Ixelles"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("7500", "Tournai"), ("6700", "Arlon"),
                   ("1180", "Uccle"), ("4800", "Verviers")],
    "street_gb": ["Baker Street", "Acacia Avenue", "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
                  "Kings Road", "Queensway", "Park Crescent", "Elm Grove", "Manor Way"],
    "city_gb": [("London", "NW"), ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Birmingham", "B"), ("Glasgow", "G"),
                ("Brighton", "BN"), ("Sheffield", "S"), ("Cardiff", "CF"), ("York", "YO")],
    "street_us": ["Oak Street", "Maple Avenue", "W 42nd St", "Elm Drive", "N Clark St", "Pine Street", "Sunset Blvd", "Lakeview Ave",
                  "Cedar Lane", "Main St", "Broadway", "Willow Court"],
    "city_us": [("Chicago", "IL", "60614"), ("Portland", "OR", "97205"), ("Austin", "TX", "78701"), ("Seattle", "WA", "98101"),
                ("Denver", "CO", "80202"), ("Boston", "MA", "02116"), ("Brooklyn", "NY", "11201"), ("Madison", "WI", "53703"),
                ("Oakland", "CA", "94612"), ("Raleigh", "NC", "27601")],
    "bank": ["Zakelijk Bankieren", "Rivio Business", "Kassabank", "Brixa Bank", "MerchantOne", "PayPunt", "Tellr", "Cashflo Pro",
             "Banque Hainaut", "Noordbank Zakelijk"],
    "terminal": ["PinPoint", "KassaKlik", "TapTerminal", "PayDesk", "Swipio", "CounterPay", "BetaalBox", "Terminalo"],
    "furn": ["Woonhuys", "KeukenKeizer", "Sofa & Co", "Meubelmeesters", "TafelTotaal", "Kitchenworks", "Home Haven", "Maison Cuisine",
             "Eiken & Zo", "Loftwonen"],
    "pet": ["Dierverzekerd", "PootjesPolis", "PetSure", "VetCover", "Assur'Animaux", "Snuffel Verzekeringen", "PawProtect", "Dierenzorg Direct"],
    "cinema": ["FilmHuis Noord", "Ciné Lumière", "Pathé-Light", "Stadsschouwburg", "Royal Playhouse", "Kinepolis Zuid", "Odeon Lane",
               "Theater aan de Kade", "Le Petit Théâtre", "Majestic Screens"],
    "care": ["Thuiszorg Samen", "ZorgThuis Plus", "Wit-Gele Hulp", "Aide & Soins", "CarePoint Home", "Thuiszorg De Linde",
             "Nursing@Home", "Familiehulp Oost", "Soins Chez Vous", "Sunrise Home Care"],
    "cowork": ["Werkplek010", "The Desk Club", "HubSpace Gent", "Coworx", "Espace Nomade", "Loft Works", "De Werkplaats", "DeskLab",
               "Studio Kanaal", "Common Ground"],
    "agent": ["Sanne", "Mo", "Lisa", "Jeroen", "Kim", "Ahmed", "Evi", "Dieter", "Céline", "Lucas", "Hannah", "Josh", "Priya",
              "Ben", "Eline", "Stijn"],
    "mention": ["@KassaKlik_NL", "@WoonhuysNL", "@PetSure_UK", "@FilmHuisNoord", "@ZorgThuisPlus", "@Werkplek010", "@KeukenKeizer",
                "@PootjesPolis", "@CineLumiere_be", "@HomeHavenUS", "@RivioBusiness", "@OdeonLane", "@TheDeskClub", "@PayDeskHelp",
                "@Swipio_BE", "@SofaenCo", "@VetCoverCare", "@MajesticScreens", "@HubSpaceGent", "@TapTerminal"],
    "hashtag": ["#klantenservice", "#fail", "#pinautomaat", "#keuken", "#huisdier", "#bioscoop", "#thuiszorg", "#coworking", "#help",
                "#service", "#nooitmeer", "#dierenarts", "#theater", "#zzp", "#ondernemer", "#customerservice", "#smallbusiness",
                "#petinsurance", "#annoyed", "#merci", "#stilwachten", "#schandalig"],
    "url": ["https://www.kassaklik.nl/storingen", "https://woonhuys.nl/bezorging", "petsure.co.uk/claims", "https://filmhuisnoord.nl/faq",
            "https://www.zorgthuisplus.nl/mijn", "werkplek010.nl/huisregels", "https://keukenkeizer.be/service", "https://status.swipio.com",
            "https://www.cinelumiere.be/fr/billets", "homehaven.com/returns", "https://mijn.pootjespolis.nl", "https://help.paydesk.io/articles/4411",
            "https://thedeskclub.co.uk/members", "https://www.rivio.nl/zakelijk/inloggen", "odeonlane.com/account", "https://app.hubspace.be"],
    "model": ["Move/5000", "Desk/3500", "PAX A920", "A77", "Yomani XR", "V400m", "S1F2", "Lane/3000", "SumUp Solo", "P400 Plus",
              "WPOS-3", "CT-420", "T650p", "Verifone V240m"],
    "product": ["304.652.81", "KST-4411-WH", "SKU 88120-B", "702.991.35", "ART 55012", "MET-180-BLK", "SOFA-3Z-GRY", "CHR-0093",
                "TAFEL-220-EIK", "HD-6672", "ref. 4410277", "BRD-OAK-160"],
    "cphone": {"nl": ["088 123 4500", "0900-1234567", "020 808 1100", "085 303 2200", "0800-0221"],
               "nl-be": ["078 15 15 15", "+32 78 05 05 00", "09 265 11 00", "0800 12 345"],
               "fr-be": ["078 15 25 35", "+32 2 555 10 10", "0800 98 765", "04 222 10 00"],
               "en-gb": ["0345 600 1234", "0800 022 5511", "0330 123 4567", "+44 20 3000 4000"],
               "en-us": ["1-800-555-0100", "(888) 555-0177", "1 (866) 555 0199", "800-555-0142"]},
    "ssid": ["Werkplek010-Guest", "DeskClub_Members", "HUB-5G", "Ziggo8812A", "telenet-4A1B2", "KPN_ALARM", "Coworx Fast", "BTHub6-XY12",
             "Loft_Works_Staff", "Proximus-Home-88F1"],
    "flight": ["KL1342", "HV 6021", "FR 8321", "BA432", "SN2587", "U2 4407", "TB3103", "AA 101"],
    "pet": ["Max", "Luna", "Bobby", "Minou", "Pip", "Rocky", "Noor", "Simba", "Bella", "Dikkie", "Charlie", "Mimi"],
}
# merge name so 'pet' key collision is avoided
POOLS["petname"] = POOLS.pop("pet")
POOLS["petbrand"] = ["Dierverzekerd", "PootjesPolis", "PetSure", "VetCover", "Assur'Animaux", "Snuffel Verzekeringen", "PawProtect", "Dierenzorg Direct"]


def deal(half):
    out = {}
    for k, v in POOLS.items():
        if isinstance(v, dict):
            out[k] = {kk: vv[half::2] for kk, vv in v.items()}
        else:
            out[k] = v[half::2]
    return out
