"""Filler pools. Every list is dealt alternately: even index -> dev, odd index -> heldout."""
import random
import string

FIRST = ["Jan", "Sanne", "Pieter", "Fatima", "Kees", "Lotte", "Mohamed", "Eva", "Bram", "Noor", "Thijs", "Anouk", "Ruud",
         "Yasmina", "Wout", "Ilse", "Dirk", "Femke", "Sven", "Marloes", "Jeroen", "Esra", "Koen", "Lieke", "Stijn", "Hanneke",
         "Tom", "Elke", "Jens", "Griet", "Wim", "Nathalie", "Sophie", "Julien", "Amélie", "Mathieu", "Chloé", "Karim", "Céline",
         "Olivier", "Manon", "Nicolas", "Inès", "James", "Emily", "Oliver", "Charlotte", "Harry", "Priya", "Liam", "Megan",
         "Tyler", "Ashley", "Brandon", "Jasmine", "Connor", "Aisha", "Dylan", "Grace", "Marcus", "Keisha"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks",
        "van Dijk", "El Amrani", "Yilmaz", "Kok", "Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet",
        "Willems", "Vermeulen", "Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Lejeune", "Renard", "Smith", "Jones",
        "Taylor", "Brown", "Williams", "Patel", "Khan", "Walker", "Johnson", "Garcia", "Miller", "Davis", "Rodriguez", "Nguyen"]

STREET_NL = ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenlaan", "Julianastraat", "Beatrixlaan", "Hoofdstraat",
             "Lindenlaan", "Prinsengracht", "Van Goghstraat", "Burgemeester de Withstraat", "Oranjeplein", "Schoolstraat",
             "Zeeweg", "Kastanjelaan", "Nieuwe Binnenweg", "Parallelweg", "Marktstraat"]
STREET_BE_NL = ["Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Kapelstraat", "Nieuwstraat", "Brugsesteenweg",
                "Leuvensesteenweg", "Grote Markt", "Veldstraat", "Lindelei", "Koningin Astridlaan", "Ijzerlaan", "Schoolstraat"]
STREET_BE_FR = ["Rue de la Station", "Avenue Louise", "Rue du Moulin", "Chaussée de Waterloo", "Rue de l'Église", "Boulevard d'Avroy",
                "Rue Haute", "Avenue des Combattants", "Rue Saint-Gilles", "Place communale", "Rue de Namur", "Chaussée de Louvain"]
STREET_GB = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "Queens Road",
             "Manor Close", "The Crescent", "Kings Drive", "Albert Street", "Green Lane"]
STREET_US = ["Oak Street", "Maple Ave", "Elm St", "Washington Blvd", "Lakeview Dr", "Main Street", "Pine Ridge Rd",
             "Sunset Blvd", "Cedar Lane", "Highland Ave", "Park Pl", "Spring St"]
CITY_NL = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen",
           "Zwolle", "Haarlem", "Amersfoort", "Leeuwarden", "Apeldoorn", "Delft"]
CITY_BE = [("Antwerpen", "2000"), ("Gent", "9000"), ("Brugge", "8000"), ("Leuven", "3000"), ("Hasselt", "3500"), ("Mechelen", "2800"),
           ("Kortrijk", "8500"), ("Aalst", "9300"), ("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"),
           ("Mons", "7000"), ("Wavre", "1300"), ("Ixelles", "1050"), ("Genk", "3600")]
CITY_GB = [("London", "SW1A 1AA"), ("Leeds", "LS1 4AP"), ("Manchester", "M4 5JD"), ("Bristol", "BS1 6QA"), ("Birmingham", "B3 2DH"),
           ("Glasgow", "G2 1DY"), ("Cardiff", "CF10 1EP"), ("Sheffield", "S1 2HE"), ("Norwich", "NR2 1TF"), ("York", "YO1 7HH")]
CITY_US = [("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Denver", "CO", "80203"), ("Portland", "OR", "97205"),
           ("Columbus", "OH", "43215"), ("Tampa", "FL", "33602"), ("Raleigh", "NC", "27601"), ("Phoenix", "AZ", "85004"),
           ("Boston", "MA", "02116"), ("Seattle", "WA", "98101")]

# Brands (fictionalised or generic-sounding), per sector
DEALER = ["Autobedrijf Van Dalen", "Garage De Kroon", "Autohaus Meerman", "Garage Peeters & Zn", "Stern Auto", "Garage Central",
          "Hedin Autos", "Autoland Vennix", "Car Center Noord", "Garage du Parc", "Motors of Kent", "Lakeside Auto Group",
          "AutoPlaza Zuid", "Garage Moderne", "Bluestone Motors", "Ridgeway Ford"]
LEASE = ["LeasePlan", "Ayvens", "Athlon", "Arval", "Alphabet", "DirectLease", "Justlease", "ALD Automotive", "Terberg Leasing",
         "Hiltermann Lease", "Mobilease", "Private Lease Nu", "Leasys", "Lease Direct UK"]
ROADSIDE = ["ANWB Wegenwacht", "Touring", "VAB", "RAC", "AA", "Route Mobiel", "Allianz Assistance", "ADAC", "AAA", "Europ Assistance",
            "Wegenwacht Europa", "Good Sam Roadside"]
PARK = ["Parkmobile", "EasyPark", "Yellowbrick", "4411", "ParkBee", "Q-Park", "Interparking", "RingGo", "PayByPhone", "SpotHero",
        "ParkNow", "BePark"]
MUNI = ["Gemeente Utrecht", "Gemeente Amsterdam", "Stad Gent", "Stad Antwerpen", "Ville de Liège", "Parking.brussels", "CJIB",
        "Gemeente Rotterdam", "Westminster Council", "Leeds City Council", "NYC DOF", "Gemeente Haarlem"]
CRYPTO = ["Bitvavo", "Coinbase", "Kraken", "Binance", "Bitpanda", "Bybit", "Crypto.com", "Bitstamp", "OKX", "Gemini", "Finst", "Bitonic"]
BANK = ["bunq", "Revolut", "N26", "Knab", "Wise", "Monzo", "Starling", "Chime", "Trade Republic", "Vivid", "Keytrade", "Hello bank!",
        "Openbank", "SoFi"]
CAR = ["Golf 8", "Polo", "Model 3", "ID.4", "Kia Niro", "Peugeot 2008", "Clio", "Corsa-e", "Octavia", "XC40", "Ioniq 5", "Fiesta",
       "Yaris", "Tiguan", "Enyaq", "MG4"]
AGENT = ["Lisa", "Mark", "Sem", "Jolien", "Karim", "Naomi", "Bart", "Zoë", "Thomas", "Ines", "Rachel", "Dave", "Chloé", "Ahmed",
         "Kelly", "Pieter-Jan"]
MENTION = ["LeasePlanNL", "AyvensNL", "ANWB", "Touring_be", "VAB_be", "RAC_Respond", "TheAA_UK", "EasyParkNL", "Parkmobile",
           "Yellowbrick_NL", "bitvavo", "coinbase", "krakenfx", "binance", "bunq", "RevolutApp", "N26", "Monzo", "StadAntwerpen",
           "gemeenteutrecht", "AAAauto", "SpotHero", "PayByPhoneUK", "CJIB_NL", "Bitpanda", "wise"]
HASHTAG = ["parkeren", "lease", "pech", "fail", "klantenservice", "crypto", "bitcoin", "hacked", "2FA", "scam", "oplichting",
           "stationnement", "dépannage", "service", "nohelp", "roadside", "parkingfine", "bunq", "ev", "elektrischrijden",
           "arnaque", "customerservice", "frustrated", "help"]
DOMAIN = ["leaseplan.com", "ayvens.com", "anwb.nl", "touring.be", "vab.be", "rac.co.uk", "theaa.com", "easypark.nl", "parkmobile.be",
          "yellowbrick.nl", "bitvavo.com", "coinbase.com", "kraken.com", "bunq.com", "revolut.com", "n26.com", "monzo.com",
          "utrecht.nl", "stad.gent", "parking.brussels", "cjib.nl", "ringgo.co.uk", "spothero.com", "athlon.com"]
SSID = ["Garage-Gast", "ShowroomWiFi", "Ziggo7F21A", "telenet-5G-8812", "VOO-44A2", "BTHub6-X9K2", "Werkplaats_Guest",
        "NETGEAR_42", "Proximus-Home-91B2", "Wallbox_Setup", "KPN_7C1D", "xfinitywifi-home"]
MACRO = ["{first_name}", "<code>", "[CODE]", "{{klantnummer}}", "[NAAM]", "{customer_id}", "<pincode>", "{{otp}}", "[IBAN]", "{case_id}"]


def plate(rng, lang):
    U = "BDFGHJKLNPRSTVXZ"
    if lang == "nl":
        return rng.choice(["%s-%s-%s" % ("".join(rng.choice(U) for _ in range(2)), rng.randint(100, 999), "".join(rng.choice(U) for _ in range(2))),
                           "%d-%s-%d%d" % (rng.randint(1, 9), "".join(rng.choice(U) for _ in range(3)), rng.randint(0, 9), rng.randint(0, 9)),
                           "%s-%d%d-%s" % ("".join(rng.choice(U) for _ in range(2)), rng.randint(0, 9), rng.randint(0, 9), "".join(rng.choice(U) for _ in range(2)))])
    if lang in ("nl-be", "fr-be"):
        return "%d-%s-%03d" % (rng.randint(1, 2), "".join(rng.choice(string.ascii_uppercase) for _ in range(3)), rng.randint(0, 999))
    if lang == "en-gb":
        return "%s%d%d %s" % ("".join(rng.choice(string.ascii_uppercase) for _ in range(2)), rng.randint(0, 9), rng.randint(0, 9),
                              "".join(rng.choice(string.ascii_uppercase) for _ in range(3)))
    return "%d%s%d%d%d" % (rng.randint(1, 9), "".join(rng.choice(string.ascii_uppercase) for _ in range(3)), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9))


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


def make_pools(half):
    return {
        "first": deal(FIRST, half), "last": deal(LAST, half),
        "street_nl": deal(STREET_NL, half), "street_be_nl": deal(STREET_BE_NL, half), "street_be_fr": deal(STREET_BE_FR, half),
        "street_gb": deal(STREET_GB, half), "street_us": deal(STREET_US, half),
        "city_nl": deal(CITY_NL, half), "city_be": deal(CITY_BE, half), "city_gb": deal(CITY_GB, half), "city_us": deal(CITY_US, half),
        "dealer": deal(DEALER, half), "lease": deal(LEASE, half), "roadside": deal(ROADSIDE, half), "park": deal(PARK, half),
        "muni": deal(MUNI, half), "crypto": deal(CRYPTO, half), "bank": deal(BANK, half), "car": deal(CAR, half),
        "agent": deal(AGENT, half), "mention": deal(MENTION, half), "hashtag": deal(HASHTAG, half), "domain": deal(DOMAIN, half),
        "ssid": deal(SSID, half), "macro": deal(MACRO, half),
    }
