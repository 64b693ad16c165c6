"""Value pools and value generators for the blind9 corpus (standard library only).

Every pool is a plain list. The generator deals each pool alternately to the two halves
(index 0, 2, 4 ... -> dev; 1, 3, 5 ... -> heldout), independent of the seed, so the halves
share no names, streets, cities, brands, password words or e-mail domains.
"""
import base64
import json
import string
import unicodedata

# ---------------------------------------------------------------- checksums

def luhn_ok(num):
    digits = [int(ch) for ch in num if ch.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for check in range(10):
        if luhn_ok(body + str(check)):
            return body + str(check)
    raise AssertionError("no luhn digit")


def _iban_int(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch) - 55))
    return int("".join(out))


def iban_make(country, bban):
    n = _iban_int(bban + country + "00")
    return "%s%02d%s" % (country, 98 - n % 97, bban)


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return _iban_int(s[4:] + s[:4]) % 97 == 1


def bsn_ok(s):
    d = [int(ch) for ch in s if ch.isdigit()]
    if len(d) != 9 or d[0] == 0 and d[1] == 0:
        return False
    total = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return total % 11 == 0


def ean13_complete(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def slug(s):
    return "".join(ch for ch in strip_accents(s).lower() if ch.isalnum())

# ---------------------------------------------------------------- pools

FIRST = {
    "nl": ["Jan", "Sanne", "Bram", "Femke", "Ruud", "Ingrid", "Kees", "Marloes", "Thijs", "Eline",
           "Joost", "Anouk", "Wim", "Lotte", "Pieter", "Iris", "Henk", "Fleur", "Daan", "Mirjam",
           "Gert-Jan", "Nadia", "Mohamed", "Esra", "Sven", "Yvonne", "Marco", "Bas", "Ilse", "Jeroen",
           "Annelies", "Rutger"],
    "bnl": ["Jef", "Lien", "Wout", "Hanne", "Stijn", "Ellen", "Pieter-Jan", "Griet", "Koen", "Sofie",
            "Dries", "Nele", "Bart", "Katrien", "Jens", "Leen", "Tom", "An", "Lode", "Marijke",
            "Brent", "Elke", "Jonas", "Ine", "Rik", "Fien", "Seppe", "Lore"],
    "bfr": ["Julie", "Thomas", "Manon", "Nicolas", "Camille", "Olivier", "Sarah", "Antoine", "Pauline",
            "Maxime", "Chloé", "Laurent", "Aurélie", "François", "Élodie", "Kevin", "Amandine", "Quentin",
            "Céline", "Julien", "Mélanie", "Grégory", "Nathalie", "Cédric", "Sébastien", "Valérie"],
    "uk": ["Oliver", "Emma", "Harry", "Sophie", "Jack", "Chloe", "George", "Amelia", "James", "Lucy",
           "Callum", "Hannah", "Rhys", "Megan", "Zara", "Priya", "Liam", "Niamh", "Ben", "Imogen",
           "Alfie", "Poppy"],
    "us": ["Michael", "Jessica", "Chris", "Ashley", "Tyler", "Brittany", "Brandon", "Kayla", "Justin",
           "Amanda", "Jose", "Maria", "DeShawn", "Emily", "Ryan", "Lauren", "Andre", "Nicole", "Dustin",
           "Tanya", "Marcus", "Heather"],
}

LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
           "Bos", "Vos", "Hendriks", "van Dijk", "Dekker", "Brouwer", "van Leeuwen", "Kok", "de Wit",
           "Verhoeven", "Postma", "Kuipers", "Yilmaz", "El Amrani", "van der Linden", "Schouten",
           "Hoekstra", "Koster", "Timmermans"],
    "bnl": ["Peeters", "Janssens", "Maes", "Mertens", "Claes", "Goossens", "Wouters", "De Smet",
            "Van den Broeck", "Vermeulen", "Hermans", "Michiels", "Aerts", "Lambrechts", "Verstraete",
            "Van Damme", "Coppens", "De Backer", "Pauwels", "Segers", "Declercq", "Van Acker",
            "Vandenberghe", "Cools"],
    "bfr": ["Dubois", "Lambert", "Martin", "Dupont", "Leroy", "Simon", "Lejeune", "Renard", "Collard",
            "Lemaire", "Fontaine", "Dumont", "Leclercq", "Denis", "Gilson", "Hubert", "Mathieu",
            "Piron", "Jacquet", "Delvaux", "Thiry", "Michaux", "Lardinois", "Gérard"],
    "uk": ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Wright", "Hughes",
           "Edwards", "Green", "Hall", "Wood", "Patel", "Clarke", "Murphy", "Khan", "Turner", "Pritchard",
           "Ashworth"],
    "us": ["Johnson", "Williams", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Anderson",
           "Thompson", "Moore", "Lee", "Harris", "Clark", "Lewis", "Robinson", "Young", "Hernandez",
           "King", "Kowalski", "Nguyen"],
}

STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Julianalaan", "Beatrixstraat",
           "Lindenlaan", "Stationsweg", "Kastanjelaan", "Prinsengracht", "Kerkplein", "Achter de Hoven",
           "Marktplein", "Zuiderdiep", "Heerenweg", "Voorstraat", "Brink", "Eikenhof", "Vijverhof",
           "Koningsweg", "Parallelweg", "Zandpad", "Hoofdstraat", "De Ruyterstraat", "Esdoornstraat",
           "Wilgenhof", "Oude Rijn", "Tuinfluiterpad"],
    "bnl": ["Statiestraat", "Kapelstraat", "Veldstraat", "Grote Markt", "Nieuwstraat", "Dorp-Oost",
            "Kouter", "Gentsesteenweg", "Brusselsesteenweg", "Leopoldlaan", "Koning Albertlaan",
            "Pastorijstraat", "Heirweg", "Beekstraat", "Wijngaardstraat", "Boomgaardstraat", "Vaartkaai",
            "Molenstraat", "Lange Lozanastraat", "Diestsestraat", "Sint-Jansplein", "Abdijstraat",
            "Bosdreef", "Hoogveld"],
    "bfr": ["Rue de la Station", "Rue du Moulin", "Avenue Louise", "Chaussée de Waterloo", "Rue des Écoles",
            "Place Saint-Lambert", "Rue de l'Église", "Avenue des Tilleuls", "Rue Haute", "Boulevard d'Avroy",
            "Rue du Château", "Chemin des Prés", "Rue de Namur", "Avenue de la Gare", "Rue Royale",
            "Rue Saint-Gilles", "Clos des Lilas", "Rue Grande"],
    "uk": ["Acacia Road", "High Street", "Church Lane", "Victoria Road", "Mill Lane", "Station Road",
           "Kings Avenue", "Park Crescent", "The Green", "Orchard Close", "Queensway", "Albert Terrace",
           "Elm Grove", "Manor Way", "Chapel Street", "Willow Drive"],
    "us": ["Maple Street", "Oak Avenue", "Elm Street", "Cedar Lane", "Pine Street", "Lakeview Drive",
           "Washington Ave", "Sunset Blvd", "Hillcrest Road", "Birch Court", "Main Street", "Park Avenue",
           "Ridge Road", "Meadow Lane", "Franklin St", "Walnut Street"],
}

# (city, postcode prefix or fixed code)
CITIES = {
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
           ("Groningen", "97"), ("Zwolle", "80"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Breda", "48"),
           ("Tilburg", "50"), ("Leeuwarden", "89"), ("Amersfoort", "38"), ("Apeldoorn", "73"),
           ("Maastricht", "62"), ("Alkmaar", "18"), ("Deventer", "74"), ("Delft", "26"), ("Leiden", "23"),
           ("Enschede", "75")],
    "bnl": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"),
            ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"),
            ("Sint-Niklaas", "9100"), ("Genk", "3600"), ("Turnhout", "2300"), ("Roeselare", "8800"),
            ("Lier", "2500"), ("Geel", "2440"), ("Ninove", "9400"), ("Dendermonde", "9200")],
    "bfr": [("Bruxelles", "1000"), ("Ixelles", "1050"), ("Liège", "4000"), ("Namur", "5000"),
            ("Charleroi", "6000"), ("Mons", "7000"), ("Wavre", "1300"), ("Louvain-la-Neuve", "1348"),
            ("Verviers", "4800"), ("Tournai", "7500"), ("Arlon", "6700"), ("Nivelles", "1400"),
            ("Uccle", "1180"), ("Seraing", "4100"), ("Waterloo", "1410"), ("Huy", "4500")],
    "uk": [("London", "SW1A"), ("Manchester", "M4"), ("Leeds", "LS6"), ("Bristol", "BS8"),
           ("Birmingham", "B15"), ("Glasgow", "G12"), ("Cardiff", "CF10"), ("Sheffield", "S10"),
           ("Norwich", "NR2"), ("York", "YO31"), ("Brighton", "BN2"), ("Leicester", "LE2"),
           ("Oxford", "OX4"), ("Exeter", "EX4"), ("Nottingham", "NG7"), ("Reading", "RG1")],
    "us": [("Springfield, IL", "627"), ("Austin, TX", "787"), ("Columbus, OH", "432"), ("Denver, CO", "802"),
           ("Portland, OR", "972"), ("Madison, WI", "537"), ("Raleigh, NC", "276"), ("Tampa, FL", "336"),
           ("Boise, ID", "837"), ("Albany, NY", "122"), ("Fresno, CA", "937"), ("Tucson, AZ", "857"),
           ("Omaha, NE", "681"), ("Richmond, VA", "232"), ("Dayton, OH", "454"), ("Salem, OR", "973")],
}

AGENTS = ["Sanna", "Youssef", "Marieke", "Dirk", "Chantal", "Robin", "Evelien", "Kenji", "Mila", "Ahmed",
          "Charlotte", "Nick", "Lisa", "Ravi", "Inge", "Tobias", "Noor", "Hugo", "Aline", "Mats",
          "Bo", "Kim", "Floor", "Jasper"]

BRANDS = {
    "bank": {"eu": ["Tulpbank", "Havenbank", "Lindebank", "Polderbank", "Kroonbank", "Scheldebank",
                    "Vlasbank", "Banque Mosane", "Duinbank", "Ijzerbank"],
             "en": ["Thistle Bank", "Harbour Bank", "Kestrel Bank", "Albion Building Society",
                    "Redwood Credit Union", "Cobalt National", "Prairie Bank", "Bayfront Savings"]},
    "card": {"eu": ["Kompas Card", "Zilverpas", "CartaNova", "Meridia Card", "Pluscard Benelux", "Aurakaart",
                    "Orbiskaart", "Carte Lumina"],
             "en": ["Lumen Card", "Northstar Card", "Vanta Card", "Crestline Card", "Orbit Rewards",
                    "Halcyon Card"]},
    "telco": {"eu": ["Belmobiel", "Golfnet", "Lumo Mobiel", "Zendmast", "Kanaalnet", "Teleduin",
                     "Mobiliss", "Antennix", "Signaal Telecom", "Onda Mobile"],
              "en": ["Skylark Mobile", "Pebble Telecom", "Lattice Wireless", "Brightwave", "Kite Mobile",
                     "Northlink", "Quayside Broadband", "Relay Wireless"]},
    "shop": {"eu": ["Bazaario", "Koopjeshal", "Vitrina", "Huismarkt", "Etalage24", "Modehuis Lente",
                    "Electrozaak", "TechTuin"],
             "en": ["Cartwheel", "Shelfly", "Brickhouse Electronics", "Maple & Co", "Gadgetry",
                    "Homestead Goods", "Bramble Store", "Urbanrack"]},
    "parcel": {"eu": ["Snelpost", "Pakketpunt Express", "Colibri Koeriers", "VlotPost", "Benelux Parcel",
                      "RapidoBox", "Postiljon", "Kwikpak"],
               "en": ["Swiftcourier", "ParcelWing", "Dispatchly", "BoxRoute", "Courierly",
                      "Hatchback Delivery", "Postwise", "Zipdrop"]},
    "gov": {"eu": ["BurgerLogin", "Toeslagenloket", "Belastingportaal", "Burgerzaken Online", "e-Loket Federaal",
                   "MonDossier Public", "Zorgloket", "Groeipakketfonds Noord"],
            "en": ["Citizen Gateway", "Revenue Portal", "Benefits Online", "Licence Centre", "MyCounty Services",
                   "State Tax Portal", "Council Connect", "Permit Desk"]},
    "energy": {"eu": ["Windkracht Energie", "Zonnestroom NL", "Vonk Energie", "Polderstroom", "Energie Dijk",
                      "Lumière Énergie", "Groenlicht", "Stroomhuis"],
               "en": ["Brightpower", "Meadow Energy", "Ember Utilities", "Northgrid", "Sunleaf Energy",
                      "Keystone Power", "Hearth Gas & Power", "Tidewater Energy"]},
    "insure": {"eu": ["Schild Verzekeringen", "Dekking Direct", "Anker Verzekeringen", "Zekerheid",
                      "Assurances Lion d'Or", "Helm Verzekeringen", "Vesting Verzekeringen", "Paraplu Polis"],
               "en": ["Sentinel Insurance", "Harbourside Mutual", "Oakshield", "Cover&Co", "Bluefort Insurance",
                      "Lantern Mutual", "Keel Insurance", "Guardrail Insurance"]},
    "stream": {"eu": ["Kijkbox", "StreamVlak", "Filmhuis+", "Luisterrijk", "Beeldbuis", "Cinéflux", "Serieland",
                      "Tuneflow"],
               "en": ["Reelhouse", "Streamly", "Tunebox", "Popcorn+", "Channelo", "Binge Nation", "Cinevue",
                      "Soundmesh"]},
    "market": {"eu": ["Tweedehandsje", "Ruilmarkt", "Koopplein", "Zoekertjes Centraal", "Marché Malin",
                      "Snuffelplein", "Kavelhal", "Buurtkoop"],
               "en": ["Swapsy", "Tradeline", "Bargain Board", "Yardsale Hub", "Resellr", "Kerbside", "Haggle",
                      "Marketlane"]},
    "api": {"eu": ["Betaalwolk", "PayRelay", "Kassaflow", "Checkoutly", "Paymint", "Stackpay", "Tillr",
                   "Invoicely"],
            "en": ["Payloom", "Chargebay", "Ledgerline", "Gatepay", "Routepay", "Coinsmith", "Billstream",
                   "Taplink"]},
}

FRENCH_BRANDS = {"Banque Mosane", "Carte Lumina", "Lumière Énergie", "Assurances Lion d'Or", "MonDossier Public",
                 "Cinéflux", "Marché Malin", "e-Loket Federaal"}

DUTCH_ONLY_BRANDS = {"Zonnestroom NL"}

PW_WORDS = ["Zomer", "Winter", "Tulp", "Fiets", "Molen", "Haring", "Duin", "Zeilboot", "Konijn", "Voetbal",
            "Oranje", "Sterretje", "Knuffel", "Regenboog", "Appeltaart", "Zonnebloem", "Stroopwafel", "Vlinder",
            "Hondje", "Schaatsen", "Lente", "Herfst", "Soleil", "Chocolat", "Papillon", "Doudou", "Printemps",
            "Gaufre", "Cheval", "Etoile", "Nuage", "Summer", "Sunshine", "Dragon", "Monkey", "Football",
            "Princess", "Shadow", "Tiger", "Rainbow", "Cookie", "Pumpkin", "Biscuit", "Coffee", "Thunder",
            "Maverick", "Buster", "Daisy", "Kameel", "Pannenkoek", "Frieten", "Kabouter", "Mosselen",
            "Muscadet", "Wolkje", "Bijtje"]

PW_WORDS2 = ["kat", "hond", "boot", "huis", "bal", "vis", "fiets", "roos", "maan", "zon", "star", "bear",
             "lune", "chat", "blue", "rood", "wolf", "beer", "mus", "eend", "paard", "vos"]

DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.nl", "hotmail.be", "yahoo.com",
           "gmx.net", "proton.me", "outlook.be", "live.be", "yahoo.fr", "hotmail.co.uk", "aol.com", "me.com",
           "hotmail.fr", "golfnet.nl", "zendmast.be", "mobiliss.be", "brightwave.co.uk", "hetpostvak.nl",
           "mailbox.be", "kanaalnet.nl", "quayside.net"]

# e-mail domains tied to one country (the others are used everywhere)
DOMAIN_REGION = {"live.nl": "nl", "golfnet.nl": "nl", "hetpostvak.nl": "nl", "kanaalnet.nl": "nl",
                 "hotmail.be": "bnl", "outlook.be": "bnl", "live.be": "bnl", "zendmast.be": "bnl", "mobiliss.be": "bnl",
                 "mailbox.be": "bnl", "yahoo.fr": "bfr", "hotmail.fr": "bfr", "hotmail.co.uk": "uk",
                 "brightwave.co.uk": "uk"}

HASHTAGS = {
    "nl": ["#fraude", "#phishing", "#oplichting", "#oplichters", "#simswap", "#beveiliging", "#nepbellers",
           "#hulpgevraagd"],
    "fr": ["#arnaque", "#hameçonnage", "#fraudebancaire", "#escroquerie", "#SIMSwapping", "#sécurité"],
    "en": ["#scam", "#fraud", "#idtheft", "#vishing", "#SIMswap", "#phishingscam", "#security", "#scamalert"],
}
HASHTAGS_SERVICE = {
    "nl": ["#storing", "#klantenservice", "#boos", "#slechteservice", "#helpdesk", "#wifi", "#sms", "#nietblij"],
    "fr": ["#panne", "#serviceclient", "#colère", "#réseau", "#déçu", "#attente"],
    "en": ["#outage", "#customerservice", "#fail", "#broadband", "#2FA", "#help", "#stillwaiting", "#notimpressed"],
}

SSID_WORDS = ["Thuis", "Familie", "HuisvanOma", "Zolder", "Keuken", "Bovenverdieping", "Maison", "Salon",
              "Home", "Upstairs", "Garage", "Tuinhuis", "Kantoor", "Studio", "Living", "Den"]

MODEMS = ["H369A", "Fritz!Box 7590", "TP-Link Archer C6", "Fritz!Box 7530", "ZXHN H298A", "HG659",
          "Deco X20", "GigaBox X2", "HomeHub 4000", "Connect Box", "Smart Hub 2", "Home Gateway 5",
          "AX3000 router", "Archer AX55"]
PHONE_MODELS = ["Galaxy A54", "iPhone 15 Pro", "Pixel 8", "Redmi Note 12", "iPhone SE", "Galaxy S23",
                "Moto g84", "Nokia G21", "iPhone 13 mini", "Galaxy A14", "Pixel 7a", "OnePlus Nord 3"]
TERMINALS = ["V400m", "A920", "Move/5000", "Desk/3500", "S920", "P400 Plus", "SmartPOS A77", "Lane/3000",
             "Tap 2 pocket", "SP30"]
FLIGHT_CODES = ["KL", "HV", "SN", "TB", "BA", "U2", "FR", "LH", "UA", "DL", "AF", "EI"]

# ---------------------------------------------------------------- generic helpers

ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n, first_nonzero=False):
    s = rs(rng, string.digits, n)
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def end_alnum(rng, s):
    if not s[-1].isalnum():
        s = s[:-1] + rng.choice(ALNUM)
    if not s[0].isalnum():
        s = rng.choice(ALNUM) + s[1:]
    return s

# ---------------------------------------------------------------- card / bank

def card_number(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + digits(rng, 14)), kind
    if kind == "mc":
        return luhn_complete("5" + str(rng.randint(1, 5)) + digits(rng, 13)), kind
    if kind == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)) + digits(rng, 11)), "mc"
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12)), kind
    if kind == "maestro":
        if rng.random() < 0.5:
            return luhn_complete(rng.choice(["6703", "6759", "5018"]) + digits(rng, 14)), kind
        return luhn_complete("6703" + digits(rng, 11)), kind
    raise ValueError(kind)


def card_format(rng, num, style=None):
    if len(num) == 15:
        style = style or rng.choice([" ", " ", "-", ""])
        return style.join([num[:4], num[4:10], num[10:]])
    style = style if style is not None else rng.choice([" ", " ", " ", "  ", "-", "", ""])
    groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    return style.join(groups)


def nl_account(rng):
    while True:
        body = digits(rng, 9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        d = (-s) % 11
        if d < 10:
            return body + str(d)


def iban_raw(rng, country):
    if country == "NL":
        return iban_make("NL", rng.choice(["ABNA", "RABO", "INGB", "KNAB", "BUNQ", "TRIO", "ASNB", "SNSB",
                                           "RBRB"]) + nl_account(rng))
    if country == "BE":
        first = digits(rng, 10)
        chk = int(first) % 97 or 97
        return iban_make("BE", first + "%02d" % chk)
    if country == "DE":
        return iban_make("DE", digits(rng, 8, True) + digits(rng, 10))
    if country == "FR":
        bank, branch, acct = digits(rng, 5, True), digits(rng, 5), digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return iban_make("FR", bank + branch + acct + "%02d" % key)
    if country == "GB":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK", "MONZ"]) + digits(rng, 14))
    if country == "ES":
        bank, branch, acct = digits(rng, 4, True), digits(rng, 4), digits(rng, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
            return {11: 0, 10: 1}.get(v, v)
        return iban_make("ES", bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct)
    if country == "LU":
        return iban_make("LU", digits(rng, 3) + digits(rng, 13))
    if country == "IE":
        return iban_make("IE", rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14))
    raise ValueError(country)


def iban_format(rng, raw, style=None):
    style = style or rng.choice(["grp", "grp", "grp", "flat", "flat", "lower", "cc", "lowergrp"])
    groups = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if style == "grp":
        return groups
    if style == "flat":
        return raw
    if style == "lower":
        return raw.lower()
    if style == "lowergrp":
        return groups.lower()
    if style == "cc":  # "NL 24 KNAB 0123 4567 89"
        rest = raw[4:]
        return raw[:2] + " " + raw[2:4] + " " + " ".join(rest[i:i + 4] for i in range(0, len(rest), 4))
    raise ValueError(style)


def bsn_raw(rng):
    while True:
        body = digits(rng, 8)
        if body[0] not in "0":
            s = sum(int(c) * (9 - i) for i, c in enumerate(body))
            d = s % 11
            if d < 10:
                return body + str(d)


def be_company_number(rng):
    first = "0" + digits(rng, 7, True)
    chk = 97 - int(first) % 97
    return first + "%02d" % chk

# ---------------------------------------------------------------- secrets

SYMS = "!#$%&*?@+=-_."


def password(rng, words, kind=None):
    kind = kind or rng.choice(["wordyear", "wordyear", "wordsym", "leet", "twowords", "mix", "lowerdig",
                               "dashphrase", "capsdig", "wordyear"])
    w = rng.choice(words)
    if kind == "wordyear":
        s = w + str(rng.choice([rng.randint(1960, 2025), rng.randint(10, 99)])) + rng.choice(["!", "", "#", "?", "*", ""])
    elif kind == "wordsym":
        s = w + rng.choice("!@#$&") + digits(rng, rng.choice([2, 3, 4]))
    elif kind == "leet":
        t = w.replace("e", "3").replace("a", "@").replace("o", "0").replace("i", "1")
        s = t + rng.choice(["#", "!", "$", ""]) + digits(rng, 2)
    elif kind == "twowords":
        s = w + rng.choice(words).lower() + digits(rng, rng.choice([1, 2, 3]))
    elif kind == "mix":
        s = rs(rng, ALNUM, 3) + rng.choice("#!%&$*") + rs(rng, ALNUM, rng.randint(4, 8))
    elif kind == "lowerdig":
        s = w.lower() + digits(rng, rng.choice([3, 4]))
    elif kind == "dashphrase":
        s = "-".join([w.lower(), rng.choice(PW_WORDS2), rng.choice(PW_WORDS2)]) + "-" + digits(rng, 2)
    elif kind == "capsdig":
        s = w.upper()[:7] + digits(rng, 2)
    else:
        raise ValueError(kind)
    if not s[0].isalnum():
        s = "X" + s
    return s


def temp_password(rng):
    k = rng.choice(["tmp", "mix", "caps", "dash"])
    if k == "tmp":
        return rng.choice(["Tmp", "Temp", "Init", "Start"]) + rng.choice(["-", "_", "#", ""]) + digits(rng, 4) + rs(rng, string.ascii_lowercase, 2)
    if k == "mix":
        s = rs(rng, ALNUM, 4) + rng.choice("!#%&") + rs(rng, ALNUM, 4)
        return s
    if k == "caps":
        return rs(rng, string.ascii_uppercase, 4) + digits(rng, 4) + rs(rng, string.ascii_lowercase, 2)
    return rs(rng, "abcdefghjkmnpqrstuvwxyz", 4) + "-" + rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" + rs(rng, "23456789", 2)


def wifi_key(rng, words):
    k = rng.choice(["sticker", "sticker", "lowerhex", "wordy", "dashed", "mixed", "phrase", "longdig"])
    if k == "sticker":
        return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", rng.choice([10, 12, 16]))
    if k == "lowerhex":
        return rs(rng, HEX, rng.choice([10, 16, 26]))
    if k == "wordy":
        return rng.choice(words) + rng.choice(["Thuis", "Huis", "Wifi", "Net", "Maison", "Home"]) + digits(rng, rng.choice([2, 4]))
    if k == "dashed":
        return "-".join(rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) for _ in range(rng.choice([3, 4])))
    if k == "mixed":
        return rs(rng, ALNUM, rng.choice([9, 11, 13]))
    if k == "phrase":
        return rng.choice(words).lower() + rng.choice(["_", "-", ""]) + rng.choice(PW_WORDS2) + rng.choice(["!", "#", "$"]) + digits(rng, 2)
    return digits(rng, rng.choice([10, 12]))


def username_for(rng, first, last):
    f = slug(first)
    l = slug(last)
    k = rng.choice(["fl", "fdotl", "f_l", "lf", "nick", "fl2", "ldot", "fullnum"])
    if k == "fl":
        return f[0] + l + digits(rng, 2)
    if k == "fdotl":
        return f + "." + l
    if k == "f_l":
        return f + "_" + l + digits(rng, 2)
    if k == "lf":
        return l + f[0] + digits(rng, rng.choice([1, 3]))
    if k == "nick":
        return rng.choice(PW_WORDS).lower() + rng.choice(["_", "", "."]) + f[:4] + digits(rng, 2)
    if k == "fl2":
        return f[:3] + l[:4] + digits(rng, 4)
    if k == "ldot":
        return l + "." + f[0]
    return f + l + str(rng.randint(1960, 2009))


def otp_digits(rng, n=6):
    return digits(rng, n)


def api_key(rng, kind=None):
    kind = kind or rng.choice(["sk", "sktest", "pk", "rk", "ck", "cs", "api", "akia", "awssec", "aiza", "sg",
                               "hex32", "keydash"])
    if kind == "sk":
        return "sk_live_" + rs(rng, ALNUM, rng.choice([24, 32, 40]))
    if kind == "sktest":
        return "sk_test_" + rs(rng, ALNUM, rng.choice([24, 32]))
    if kind == "pk":
        return "pk_live_" + rs(rng, ALNUM, rng.choice([24, 32]))
    if kind == "rk":
        return "rk_live_" + rs(rng, ALNUM, 28)
    if kind == "ck":
        return "ck_" + rs(rng, HEX, 40)
    if kind == "cs":
        return "cs_" + rs(rng, HEX, 40)
    if kind == "api":
        return "api_" + rs(rng, ALNUM, 32)
    if kind == "akia":
        return "AKIA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "awssec":
        return end_alnum(rng, rs(rng, ALNUM + "/+", 40))
    if kind == "aiza":
        return "AIza" + end_alnum(rng, rs(rng, B64URL, 35))
    if kind == "sg":
        return "SG." + end_alnum(rng, rs(rng, B64URL, 22)) + "." + end_alnum(rng, rs(rng, B64URL, 43))
    if kind == "hex32":
        return rs(rng, HEX, 32)
    if kind == "keydash":
        return "key-" + rs(rng, HEX, 32)
    raise ValueError(kind)


def token(rng, kind=None):
    kind = kind or rng.choice(["jwt", "jwt", "ghp", "ghpat", "xoxb", "xoxp", "glpat", "hex40", "sess", "b64"])
    if kind == "jwt":
        head = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        payload = b64url(json.dumps({"sub": digits(rng, 7), "iat": rng.randint(1700000000, 1790000000),
                                     "scope": rng.choice(["read", "orders", "payments"])},
                                    separators=(",", ":")).encode())
        return head + "." + payload + "." + end_alnum(rng, rs(rng, B64URL, 43))
    if kind == "ghp":
        return "ghp_" + rs(rng, ALNUM, 36)
    if kind == "ghpat":
        return "github_pat_" + rs(rng, ALNUM, 22) + "_" + rs(rng, ALNUM, 59)
    if kind == "xoxb":
        return "xoxb-" + digits(rng, 12, True) + "-" + digits(rng, 13, True) + "-" + rs(rng, ALNUM, 24)
    if kind == "xoxp":
        return "xoxp-" + digits(rng, 12, True) + "-" + digits(rng, 12, True) + "-" + digits(rng, 13, True) + "-" + rs(rng, HEX, 32)
    if kind == "glpat":
        return "glpat-" + end_alnum(rng, rs(rng, B64URL, 20))
    if kind == "hex40":
        return rs(rng, HEX, 40)
    if kind == "sess":
        return rng.choice(["sess_", "st_", "at_"]) + rs(rng, ALNUM, 32)
    if kind == "b64":
        return end_alnum(rng, rs(rng, B64URL, 64))
    raise ValueError(kind)
