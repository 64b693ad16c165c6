"""Filler pools. Each list is dealt alternately (even index -> dev, odd -> heldout)."""

BRANDS = [
    {"name": "Ziggo", "handle": "ZiggoWebcare", "domain": "ziggo.nl", "phones": ["0900-1884", "088 717 1717", "0800 1884"]},
    {"name": "Proximus", "handle": "Proximus", "domain": "proximus.be", "phones": ["0800 22 800", "+32 2 202 41 11", "078 05 05 05"]},
    {"name": "bol", "handle": "bol", "domain": "bol.com", "phones": ["030 310 49 99", "+31 30 310 4999"]},
    {"name": "Telenet", "handle": "telenet", "domain": "telenet.be", "phones": ["015 66 66 66", "+32 15 66 66 66", "0800 66 066"]},
    {"name": "NS", "handle": "NS_online", "domain": "ns.nl", "phones": ["030 751 5155", "0900-9292"]},
    {"name": "NMBS", "handle": "NMBS", "domain": "belgiantrain.be", "phones": ["02 528 28 28", "+32 2 528 28 28"]},
    {"name": "PostNL", "handle": "PostNL", "domain": "postnl.nl", "phones": ["088 225 5651", "+31 88 868 6161"]},
    {"name": "bpost", "handle": "bpost", "domain": "bpost.be", "phones": ["02 201 23 45", "022 012 345"]},
    {"name": "Vattenfall", "handle": "VattenfallNL", "domain": "vattenfall.nl", "phones": ["088 363 6363", "0800-0222"]},
    {"name": "Engie", "handle": "ENGIE_BE", "domain": "engie.be", "phones": ["078 353 078", "+32 78 35 30 78"]},
    {"name": "Odido", "handle": "Odido", "domain": "odido.nl", "phones": ["1200", "06 2400 1200", "0800-7111"]},
    {"name": "Orange", "handle": "Orange_be", "domain": "orange.be", "phones": ["5000", "0800 95 959", "+32 495 95 95 00"]},
    {"name": "KLM", "handle": "KLM", "domain": "klm.com", "phones": ["020 474 7747", "+31 20 474 7747"]},
    {"name": "Brussels Airlines", "handle": "FlyingBrussels", "domain": "brusselsairlines.com", "phones": ["+32 2 723 23 62", "0902 51 600"]},
    {"name": "Coolblue", "handle": "Coolblue", "domain": "coolblue.nl", "phones": ["010 798 8999", "+31 10 798 8999"]},
    {"name": "Belfius", "handle": "Belfius", "domain": "belfius.be", "phones": ["02 222 12 01", "+32 2 222 12 02"]},
    {"name": "ING", "handle": "ingnl", "domain": "ing.nl", "phones": ["020 22 888 00", "+31 20 22 888 88"]},
    {"name": "Voo", "handle": "VOObelgium", "domain": "voo.be", "phones": ["0800 800 25", "04 220 13 20"]},
    {"name": "Eneco", "handle": "Eneco", "domain": "eneco.nl", "phones": ["088 895 5955", "0800-0022"]},
    {"name": "Scarlet", "handle": "Scarlet_BE", "domain": "scarlet.be", "phones": ["02 792 44 44", "0800 44 110"]},
]

FIRST = ["Sanne", "Jeroen", "Fatima", "Kevin", "Lotte", "Mohamed", "Anouk", "Bram", "Emma", "Youssef", "Nathalie", "Pieter",
         "Chloé", "Thomas", "Inès", "Wout", "Sophie", "Dylan", "Latifa", "Jasper", "Manon", "Stijn", "Amira", "Joris",
         "Kayleigh", "Ruben", "Elif", "Tom", "Jade", "Daan", "Nour", "Sven", "Charlotte", "Mike", "Priya", "Luc"]
LAST = ["de Vries", "Janssens", "Peeters", "Bakker", "El Amrani", "Maes", "Visser", "Dubois", "Jacobs", "Smit", "Willems",
        "Mertens", "van Dijk", "Lambert", "Meijer", "Claes", "Yilmaz", "Dupont", "Mulder", "Goossens", "Bos", "Martin",
        "Smith", "Johnson", "Hendriks", "Wouters", "Brown", "Kaya", "de Smet", "Taylor", "Vermeulen", "Garcia"]
STREET_NL = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Hoofdstraat", "Julianalaan", "Schoolstraat",
             "Stationsweg", "Beukenlaan", "Nieuwe Binnenweg", "Oudegracht", "Van Speijkstraat", "Lindenhof", "Zuiderdiep"]
STREET_BE = ["Meir", "Kerkstraat", "Stationsstraat", "Grote Markt", "Nieuwstraat", "Brugsesteenweg", "Kortrijksesteenweg",
             "Diestsevest", "Lange Kievitstraat", "Dorpsplein", "Vrijheidslaan", "Sint-Pietersnieuwstraat"]
STREET_FR = ["rue de la Loi", "avenue Louise", "chaussée de Waterloo", "rue Neuve", "boulevard d'Avroy", "rue des Carmes",
             "place Flagey", "rue du Midi", "avenue de Tervueren", "rue Haute", "chaussée d'Ixelles", "rue Saint-Gilles"]
STREET_EN_GB = ["Baker Street", "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
                "Queens Road", "Kings Road", "Green Lane"]
STREET_EN_US = ["Elm St", "Maple Avenue", "W 4th Street", "Oak Drive", "Sunset Blvd", "Main Street", "Pine St", "N Clark St",
                "Lakeview Dr", "Cedar Lane"]
CITY_NL = ["Utrecht", "Amsterdam", "Rotterdam", "Zwolle", "Groningen", "Den Haag", "Eindhoven", "Leeuwarden", "Haarlem",
           "Tilburg", "Nijmegen", "Almere", "Breda", "Arnhem"]
CITY_BE = ["Antwerpen", "Gent", "Leuven", "Bruxelles", "Liège", "Namur", "Brugge", "Hasselt", "Mechelen", "Charleroi",
           "Kortrijk", "Mons", "Aalst", "Wavre"]
HANDLES = ["sanne_xo", "kevinnn93", "lottevdb", "mo.hamed_", "anoukje", "brammm", "chloe_bxl", "thomas__v", "ines.lbrt",
           "woutje", "sophiee88", "dylan_nl", "jasp3r", "manon.dps", "stijnvdh", "amira.k", "kayleighh", "rubenvd"]
TAGS_NL = ["storing", "fail", "klantenservice", "nooitmeer", "wachten", "internet", "geenbereik", "pakketje", "vertraging",
           "ergernis", "help", "weerstoring", "dankjewel", "topservice"]
TAGS_FR = ["panne", "honteux", "service", "retard", "colis", "internet", "ras", "merci", "arnaque", "attente", "bxl", "grève"]
TAGS_EN = ["fail", "customerservice", "outage", "stillwaiting", "help", "delayed", "parcel", "brokenpromises", "thanks",
           "neveragain", "wifi", "travel"]
MODEL = ["FRITZ!Box 7590", "SM-G991B", "H369A", "TC4400", "Connect Box CH7465LG", "b-box 3V+", "A2342", "SM-A546B",
         "HG659", "Experia Box v10", "Pixel 8a", "EX6120", "TG2492LG", "KDL-55W805C", "ZTE MF286D", "Deco M5"]
AGENT = ["^JV", "^SM", "/Lotte", "~Ilse", "^KD", "- Mark", "gr. Femke", "^AB", "/Nadia", "~Pieter", "^LB", "-Yasmina"]
SSID = ["Ziggo4F2A1", "telenet-7C21B", "KPN-Thuis", "VOO-883213", "Proximus-Home-4A2B", "H369A4B2C1", "WiFi-van-Bram",
        "NETGEAR47", "Orange-9F3E", "Odido-52A1", "FRITZ!Box 7530 XY", "bbox-DEA7"]
EMO = ["😡", "🙏", "😂", "🤬", "👍", "😤", "📦", "📱", "💸", "🙄", "😭", "✈️", "⚡", "🔥", "❤️", "🤞", "😅", "👀", "😩", "🤷‍♀️", "✅", "❌"]
PLATE = ["GZ-123-K", "1-ABC-234", "X-987-PT", "2-HGF-557", "KT-40-NB", "AB12 CDE"]


def all_pools():
    return {
        "brands": BRANDS, "first": FIRST, "last": LAST, "street_nl": STREET_NL, "street_be": STREET_BE, "street_fr": STREET_FR,
        "street_en_gb": STREET_EN_GB, "street_en_us": STREET_EN_US, "city_nl": CITY_NL, "city_be": CITY_BE, "handles": HANDLES,
        "tags_nl": TAGS_NL, "tags_fr": TAGS_FR, "tags_en": TAGS_EN, "model": MODEL, "agent": AGENT, "ssid": SSID, "emo": EMO,
        "plate": PLATE,
    }


def half_pools(h):
    return {k: v[h::2] for k, v in all_pools().items()}
