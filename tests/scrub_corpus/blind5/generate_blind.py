#!/usr/bin/env python3
"""Blind scrub corpus "blind5" generator (standard library only).

Emphasis: customers who paste things (config / log fragments, curl commands,
connection strings, JSON), router admin pages, step-by-step login trouble,
relatives' accounts, long-winded elderly customers, small-business owners
mixing company data with personal bank details.

Usage: python3 generate_blind.py --seed 20261203
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re
import string
import sys

PREFIX = "b5"
DEFAULT_SEED = 20261203
N_PER_HALF = 1010
HALVES = ("dev", "heldout")

HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key",
             "token", "card", "cvv", "iban", "bsn"]
OTHER_TYPES = ["card_expiry", "email", "phone", "address", "date_of_birth",
               "ip_address", "customer_number"]
ALL_TYPES = HIGH_RISK + OTHER_TYPES
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity",
             "url", "masked_value"]
CHANNELS = {
    "pub": ["x_public", "facebook_comment", "instagram_comment"],
    "dm": ["x_dm", "messenger", "instagram_dm", "whatsapp", "telegram"],
    "mail": ["email"],
    "agent": ["agent_reply"],
}
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANG_REGION = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en": "uk", "en-us": "us"}
LANG_GROUP = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en": "en", "en-us": "en"}

# --------------------------------------------------------------------------
# check-digit helpers


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod97(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) >= 15 and s[:2].isalpha() and s[2:4].isdigit() and iban_mod97(s) == 1


def make_iban(cc, bban):
    tmp = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in tmp))
    chk = 98 - n % 97
    return "%s%02d%s" % (cc, chk, bban)


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9 or d[0] == 0:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def make_bsn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            cand = "".join(map(str, d)) + str(s)
            if bsn_ok(cand):
                return cand


def ean13(rng, prefix="87"):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
B64U = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"

# --------------------------------------------------------------------------
# pools (dealt alternately to the halves by index, independent of the seed)

POOLS = {
    "first_nl": ["Jan", "Sanne", "Pieter", "Fleur", "Daan", "Lotte", "Bram", "Anouk", "Joost",
                 "Marieke", "Wouter", "Ilse", "Ruud", "Esther", "Koen", "Femke", "Henk", "Ria",
                 "Gerrit", "Willemijn", "Thijs", "Noor", "Sjoerd", "Marloes"],
    "last_nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
                "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "van Dijk",
                "Postma", "Veenstra"],
    "first_vl": ["Jens", "Lien", "Wout", "Elke", "Pieter-Jan", "Sofie", "Bart", "Griet", "Stijn",
                 "Ann", "Tom", "Katrien", "Dries", "Leen", "Sander", "Hanne", "Jef", "Marleen"],
    "last_vl": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "De Smet",
                "Vermeulen", "Willems", "Van den Broeck", "Mertens", "Lambrechts", "Verstraete",
                "De Backer", "Hermans", "Van Damme", "Cools", "Verhaegen"],
    "first_fr": ["Amélie", "Julien", "Sophie", "Thomas", "Nathalie", "Olivier", "Camille",
                 "Maxime", "Isabelle", "Nicolas", "Céline", "François", "Laurence", "Quentin",
                 "Manon", "Benoît"],
    "last_fr": ["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lefebvre",
                "Leclercq", "Renard", "Collard", "Lejeune", "Denis", "Gilson", "Henrard",
                "Marchal", "Delvaux"],
    "first_uk": ["Oliver", "Emma", "Callum", "Siobhan", "Gareth", "Fiona", "Alistair", "Niamh",
                 "Hamish", "Kirsty", "Declan", "Aoife", "Graham", "Jenny", "Liam", "Morag",
                 "Barry", "Shona", "Ciaran", "Rhiannon", "Margaret", "Dennis"],
    "last_uk": ["Thompson", "MacLeod", "Walsh", "Hughes", "Robertson", "O'Neill", "Campbell",
                "Evans", "Murphy", "Fraser", "Patel", "Doherty", "Kelly", "Stewart", "Reid",
                "Byrne", "Morrison", "Quinn", "Davies", "Gallagher", "Pritchard", "McBride"],
    "first_us": ["Tyler", "Ashley", "Brandon", "Kayla", "DeShawn", "Megan", "Cody", "Brittany",
                 "Marcus", "Jasmine", "Travis", "Lindsey", "Darnell", "Kristen", "Hunter",
                 "Maria", "Jose", "Courtney", "Dale", "Tammy", "Earl", "Loretta"],
    "last_us": ["Johnson", "Williams", "Rodriguez", "Miller", "Davis", "Garcia", "Martinez",
                "Anderson", "Taylor", "Thomas", "Jackson", "White", "Harris", "Clark", "Lewis",
                "Young", "Walker", "Hall", "Allen", "King", "Nguyen", "Schultz"],
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Beukenlaan",
                  "Julianastraat", "Kerkplein", "Achter de Hoven", "Hoofdstraat", "Schoolstraat",
                  "Emmastraat", "Zuiderdiep", "Lindenhof", "Op de Berg", "Koningin Wilhelminaweg",
                  "Vlasakker", "Graaf Ottoweg", "Het Want", "De Gaard", "Zonnebloemstraat"],
    "street_vl": ["Stationsstraat", "Veldstraat", "Kapelsesteenweg", "Nieuwstraat", "Langestraat",
                  "Bredabaan", "Ieperstraat", "Steenweg op Mol", "Kasteeldreef", "Boomgaardstraat",
                  "Zavelstraat", "Heirbaan", "Pastorijstraat", "Kouter"],
    "street_fr": ["Rue de la Station", "Rue des Écoles", "Chaussée de Waterloo", "Rue du Moulin",
                  "Rue de l'Église", "Avenue des Tilleuls", "Rue Haute", "Rue Grande",
                  "Clos des Lilas", "Rue du Village", "Place communale", "Rue des Déportés"],
    "street_uk": ["Mill Lane", "Station Road", "High Street", "Church Road", "Victoria Terrace",
                  "Queen's Drive", "Albert Road", "Park View", "Manse Road", "Glebe Street",
                  "Meadow Close", "Kings Crescent", "Thistle Street", "Drumlin Avenue",
                  "Larkfield Way", "Castle Wynd"],
    "street_us": ["Maple Ave", "Oak Street", "Elm Drive", "Cedar Lane", "Pine Ridge Rd",
                  "Lakeview Blvd", "Sunset Dr", "W 3rd St", "N Main St", "Hickory Ct", "Willow Way",
                  "Magnolia Pl", "Bluebonnet Trl", "Prairie View Rd", "Lincoln Ave", "Walnut St"],
    "city_nl": [("Amsterdam", "10"), ("Utrecht", "35"), ("Zwolle", "80"), ("Groningen", "97"),
                ("Haarlem", "20"), ("Eindhoven", "56"), ("Tilburg", "50"), ("Apeldoorn", "73"),
                ("Leeuwarden", "89"), ("Breda", "48"), ("Nijmegen", "65"), ("Amersfoort", "38"),
                ("Delft", "26"), ("Alkmaar", "18"), ("Enschede", "75"), ("Maastricht", "62")],
    "city_vl": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"),
                ("Hasselt", "3500"), ("Mechelen", "2800"), ("Kortrijk", "8500"), ("Aalst", "9300"),
                ("Turnhout", "2300"), ("Genk", "3600"), ("Oostende", "8400"), ("Schoten", "2900")],
    "city_fr": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"),
                ("Mons", "7000"), ("Wavre", "1300"), ("Nivelles", "1400"), ("Arlon", "6700"),
                ("Verviers", "4800"), ("Tournai", "7500"), ("Louvain-la-Neuve", "1348"),
                ("Jambes", "5100")],
    "city_uk": [("Leeds", "LS"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Belfast", "BT"),
                ("Cardiff", "CF"), ("Manchester", "M"), ("Bristol", "BS"), ("Aberdeen", "AB"),
                ("Derry", "BT"), ("Dundee", "DD"), ("Sheffield", "S"), ("Norwich", "NR"),
                ("Inverness", "IV"), ("Swansea", "SA"), ("Newcastle", "NE"), ("Nottingham", "NG")],
    "city_us": [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Tulsa", "OK", "741"),
                ("Denver", "CO", "802"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"),
                ("Omaha", "NE", "681"), ("Madison", "WI", "537"), ("Savannah", "GA", "314"),
                ("Spokane", "WA", "992"), ("Lexington", "KY", "405"), ("Providence", "RI", "029"),
                ("Albany", "NY", "122"), ("Tucson", "AZ", "857"), ("Portland", "ME", "041"),
                ("Birmingham", "AL", "352")],
    "pwword_nl": ["Zomer", "Tulpen", "Fietsen", "Voetbal", "Hondje", "Oranje", "Molen", "Zonnetje",
                  "Kaas", "Appeltaart", "Boerderij", "Strand", "Vakantie", "Paardje", "Sneeuw",
                  "Regenboog", "Kerstboom", "Wandelen", "Bloemen", "Dropje"],
    "pwword_en": ["Sunshine", "Rangers", "Tigger", "Bluebell", "Shamrock", "Thistle", "Monkey",
                  "Dragon", "Buster", "Cookie", "Summer", "Highland", "Yankee", "Cowboys",
                  "Peanut", "Shadow", "Bailey", "Muffin", "Heather", "Biscuit"],
    "pwword_fr": ["Soleil", "Chocolat", "Papillon", "Frites", "Liberte", "Bonheur", "Vacances",
                  "Moules", "Ardennes", "Gaufre", "Printemps", "Etoile"],
    "domain": [("gmail.com", "all"), ("hotmail.com", "all"), ("outlook.com", "all"),
               ("yahoo.com", "us"), ("icloud.com", "all"), ("live.nl", "nl"), ("ziggo.nl", "nl"),
               ("kpnmail.nl", "nl"), ("planet.nl", "nl"), ("xs4all.nl", "nl"), ("home.nl", "nl"),
               ("hetnet.nl", "nl"), ("telenet.be", "be"), ("skynet.be", "be"), ("proximus.be", "be"),
               ("scarlet.be", "be"), ("btinternet.com", "uk"), ("yahoo.co.uk", "uk"),
               ("sky.com", "uk"), ("talktalk.net", "uk"), ("aol.com", "us"), ("comcast.net", "us"),
               ("att.net", "us"), ("protonmail.com", "all"), ("gmx.net", "all"), ("live.be", "be"),
               ("hotmail.co.uk", "uk"), ("verizon.net", "us")],
    "ssid_word": ["Thuis", "Huize", "HOME", "Familie", "Zolder", "Caravan", "Shed", "Downstairs",
                  "Kot", "Salon", "Garage", "Upstairs"],
    "agent": ["Mila", "Ravi", "Ines", "Bas", "Chloé", "Kim", "Sam", "Yara", "Tess", "Omar",
              "Lars", "Zoë", "Nadia", "Ruben", "Emre", "Lies"],
}

BRANDS = {
    "telco": ["Telvia", "Kabelnet", "Brightwave", "Zuidnet", "Celvo", "Mobiqo", "Airlinq", "Glasvezel Oost"],
    "bank": ["Noordbank", "Kestrel Bank", "Vaultly", "Spaarhuis", "Bancora", "Finch Money", "Lintbank", "Merel Bank"],
    "energy": ["Windkracht Energie", "Helio Energy", "Voltaro", "Lumora", "Hearthside Energy", "Enerza"],
    "shop": ["Koopjeshuis", "ShopStraat", "Basketly", "Marktkraam", "Crate & Co", "Winkelwagen"],
    "hosting": ["Stackhaven", "Payvora", "Cloudnest", "Mailpigeon", "Hostlab", "Sendrix"],
    "streaming": ["Kijkbox", "Tunewave", "Streamora", "Beeldbuis+", "Reelhouse", "Soundloop"],
    "gaming": ["Pixelforge", "Questlane", "Nebula Games", "Blocktopia", "Raidhall", "Gamevault"],
    "airline": ["Noordzee Air", "Skyvale", "Lowland Airways", "Brisa Air", "Atlantica", "Flyvio"],
    "insurer": ["Schildwacht", "Harbour Insurance", "Veilig & Co", "Assura Plus", "Bulwark Mutual", "Dekking Direct"],
    "gov_nl": ["Gemeente Noorderhaven", "Zorgloket", "Gemeente Lindewijk", "Dienst Toeslagen Oost"],
    "gov_be": ["Stad Lindenhove", "Ville de Montbrison", "Gemeente Heidebeek", "Commune de Vireux"],
    "gov_uk": ["Kingsmere Borough Council", "Ashbourne District Council", "Glenmorar Council", "Loughview Council"],
    "gov_us": ["Marlow County Water Dept", "Cedar Falls DMV Office", "Harlan County Utilities", "Westbrook City Services"],
}
AIRLINE_CODE = {"Noordzee Air": "NZA", "Skyvale": "SV", "Lowland Airways": "LW", "Brisa Air": "BZ",
                "Atlantica": "AQ", "Flyvio": "FV"}
TLD = {"nl": ".nl", "be": ".be", "uk": ".co.uk", "us": ".com"}
HASHTAGS = {
    "nl": ["#storing", "#klantenservice", "#fail", "#wtf", "#help", "#nietnormaal", "#slecht", "#boos",
           "#internet", "#thuiswerken"],
    "be": ["#panne", "#klantendienst", "#service", "#ohnee", "#allez", "#merci", "#bxl", "#help"],
    "uk": ["#customerservice", "#fail", "#notimpressed", "#help", "#outage", "#rant", "#fuming", "#sortitout"],
    "us": ["#customerservice", "#fail", "#smh", "#help", "#outage", "#frustrated", "#scam", "#ugh"],
}

# --------------------------------------------------------------------------
# message context and slot generators

SPAN, NEG = "span", "neg"


class Ctx:
    def __init__(self, rng, pools, brands, lang, sector):
        self.rng = rng
        self.pools = pools
        self.lang = lang
        self.region = LANG_REGION[lang]
        self.group = LANG_GROUP[lang]
        npool = {"nl": "nl", "vl": "vl", "fr": "fr", "en": "us" if lang == "en-us" else "uk"}[self.group]
        self.npool = npool
        self.first = rng.choice(pools["first_" + npool])
        self.last = rng.choice(pools["last_" + npool])
        self.rfirst = rng.choice([f for f in pools["first_" + npool] if f != self.first])
        if sector == "gov":
            self.brand = rng.choice(brands["gov_" + self.region])
        else:
            self.brand = rng.choice(brands[sector])
        self.sector = sector
        self.cache = {}

    def handle(self):
        h = re.sub(r"[^A-Za-z0-9]", "", self.brand)
        suf = {"nl": "NL", "be": "_BE", "uk": "UK", "us": ""}[self.region]
        if self.sector == "gov":
            suf = ""
        return h + suf

    def domain(self):
        return re.sub(r"[^a-z0-9]", "", self.brand.lower()) + TLD[self.region]


def slug(s):
    s = s.lower()
    for a, b in (("é", "e"), ("è", "e"), ("ë", "e"), ("ç", "c"), ("ï", "i"), ("ô", "o"), ("ü", "u")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]", "", s)


def g_password(c, v):
    r = c.rng
    w = r.choice(c.pools["pwword_" + {"nl": "nl", "vl": "nl", "fr": "fr", "en": "en"}[c.group]])
    shape = r.randint(0, 11)
    if shape == 0:
        p = w + str(r.randint(1990, 2025)) + r.choice("!#$*")
    elif shape == 1:
        p = w.lower() + digits(r, 2)
    elif shape == 2:
        p = w.replace("e", "3").replace("a", "@").replace("o", "0") + digits(r, 2)
    elif shape == 3:
        p = alnum(r, 4) + r.choice("#$%&*") + alnum(r, 5)
    elif shape == 4:
        p = w + "-" + r.choice(c.pools["pwword_" + ("en" if c.group == "en" else "nl")]).lower() + "-" + digits(r, 2)
    elif shape == 5:
        p = w + "_" + slug(c.first).capitalize() + digits(r, 1)
    elif shape == 6:
        p = slug(c.first) + "@" + str(r.randint(1950, 2010))
    elif shape == 7:
        p = w.upper()[:4] + digits(r, 4) + w.lower()[-2:]
    elif shape == 8:
        p = "!" + w + digits(r, 3)
    elif shape == 9:
        p = w + "." + slug(c.rfirst) + digits(r, 2)
    elif shape == 10:
        p = alnum(r, 12, string.ascii_letters + string.digits + "!@#%^&*") + alnum(r, 2, string.digits)
    else:
        p = w[::-1].lower() + digits(r, 3) + "?" + w[0]
    return p, (SPAN, "password")


def g_username(c, v):
    r = c.rng
    f, l = slug(c.first), slug(c.last)
    if v == "rel":
        f = slug(c.rfirst)
    shape = r.randint(0, 9)
    u = [f[0] + l + digits(r, 2), f + "." + l, f + "_" + l[:1] + digits(r, 2), l + f[0] + str(r.randint(1950, 2005)),
         f + digits(r, 3), f.capitalize() + l.capitalize()[:3] + digits(r, 1), "the_" + f + "_" + digits(r, 2),
         f + "-" + l, f[:3] + l[:4] + digits(r, 2), r.choice(["gamer", "xX", "dj", "mr", "its"]) + f + digits(r, 2)][shape]
    return u, (SPAN, "username")


def g_pin(c, v):
    r = c.rng
    n = 4
    if v == "app":
        n = r.choice([5, 6])
    while True:
        p = digits(r, n)
        if len(set(p)) > 1:
            return p, (SPAN, "pin")


def g_puk(c, v):
    return digits(c.rng, 8), (SPAN, "puk")


def g_otp(c, v):
    r = c.rng
    if v == "reader":
        d = digits(r, 8)
        return (d if r.random() < 0.6 else d[:4] + " " + d[4:]), (SPAN, "otp")
    if v == "short":
        return digits(r, r.choice([4, 5]), True), (SPAN, "otp")
    d = digits(r, 6, True)
    shape = r.randint(0, 6)
    if v == "plain":
        shape = 0
    s = [d, d, d[:3] + " " + d[3:], d[:3] + "-" + d[3:], r.choice("GTK") + "-" + d, d, " ".join(d)][shape]
    return s, (SPAN, "otp")


def g_wifi(c, v):
    r = c.rng
    shape = r.randint(0, 6)
    if shape == 0:
        k = alnum(r, 12)
    elif shape == 1:
        k = "".join(r.choice(HEX.upper()[:16]) for _ in range(26))
    elif shape == 2:
        k = alnum(r, 10, string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789")
    elif shape == 3:
        k = r.choice(["groene", "blauwe", "happy", "sunny", "wilde", "rustige"]) + "-" + r.choice(
            ["appel", "tiger", "wolk", "otter", "rivier", "panda"]) + "-" + digits(r, 2)
    elif shape == 4:
        k = alnum(r, 4, string.ascii_lowercase) + digits(r, 4) + alnum(r, 4, string.ascii_uppercase)
    elif shape == 5:
        k = alnum(r, 16, string.ascii_letters + string.digits)
    else:
        k = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    return k, (SPAN, "wifi_key")


def g_api_key(c, v):
    r = c.rng
    kinds = ["sk_live", "pk_live", "rk_live", "ck", "cs", "api", "akia", "awssecret", "aiza", "sg", "hex32", "key_"]
    k = v if v in kinds else r.choice(kinds)
    if k in ("sk_live", "pk_live", "rk_live"):
        s = k + "_" + alnum(r, r.choice([24, 34, 48]))
    elif k in ("ck", "cs"):
        s = k + "_" + "".join(r.choice(HEX) for _ in range(40))
    elif k == "api":
        s = "api_" + alnum(r, 32, string.ascii_lowercase + string.digits)
    elif k == "akia":
        s = "AKIA" + alnum(r, 16, string.ascii_uppercase + "234567")
    elif k == "awssecret":
        s = alnum(r, 40, string.ascii_letters + string.digits + "+/")
        while s[-1] in "+/":
            s = s[:-1] + r.choice(string.ascii_letters)
    elif k == "aiza":
        s = "AIza" + alnum(r, 35, B64U)
        while s[-1] in "-_":
            s = s[:-1] + r.choice(string.ascii_letters)
    elif k == "sg":
        s = "SG." + alnum(r, 22, B64U) + "." + alnum(r, 43, B64U)
        while s[-1] in "-_":
            s = s[:-1] + r.choice(string.ascii_letters)
    elif k == "hex32":
        s = "".join(r.choice(HEX) for _ in range(32))
    else:
        s = "key_" + alnum(r, 28)
    return s, (SPAN, "api_key")


def _b64url(r, n):
    s = alnum(r, n, B64U)
    return s.strip("-_") + alnum(r, 1)


def g_token(c, v):
    r = c.rng
    kinds = ["jwt", "ghp", "github_pat", "xoxb", "xoxp", "glpat", "hex40", "opaque"]
    k = v if v in kinds else r.choice(kinds)
    if k == "jwt":
        s = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64url(r, r.choice([40, 60, 80])) + "." + _b64url(r, 43)
    elif k == "ghp":
        s = "ghp_" + alnum(r, 36)
    elif k == "github_pat":
        s = "github_pat_" + alnum(r, 22) + "_" + alnum(r, 59)
    elif k == "xoxb":
        s = "xoxb-" + digits(r, 12, True) + "-" + digits(r, 13, True) + "-" + alnum(r, 24)
    elif k == "xoxp":
        s = "xoxp-" + digits(r, 11, True) + "-" + digits(r, 12, True) + "-" + digits(r, 13, True) + "-" + "".join(r.choice(HEX) for _ in range(32))
    elif k == "glpat":
        s = "glpat-" + alnum(r, 20)
    elif k == "hex40":
        s = "".join(r.choice(HEX) for _ in range(40))
    else:
        s = r.choice(["sess_", "at_", "rt_", "tok_"]) + alnum(r, 40)
    return s, (SPAN, "token")


def card_number(r, kind):
    if kind == "visa":
        return luhn_complete("4" + digits(r, 5), 16, r)
    if kind == "mc":
        return luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + digits(r, 2), 16, r)
    if kind == "amex":
        return luhn_complete(r.choice(["34", "37"]), 15, r)
    if kind == "bcmc":
        return luhn_complete("6703" + digits(r, 2), 17, r)
    return luhn_complete(r.choice(["6759", "6761", "5018"]), r.choice([16, 18, 19]), r)


def g_card(c, v):
    r = c.rng
    kind = v if v in ("visa", "mc", "amex", "bcmc", "maestro") else r.choice(
        ["visa", "visa", "mc", "mc", "amex", "maestro", "bcmc" if c.region == "be" else "visa"])
    n = card_number(r, kind)
    c.card_kind = kind
    if kind == "amex":
        sep = r.choice([" ", "", "-", " "])
        s = n[:4] + sep + n[4:10] + sep + n[10:]
    else:
        sep = r.choice([" ", " ", "-", "", "  ", " "])
        s = sep.join(n[i:i + 4] for i in range(0, len(n), 4))
    return s, (SPAN, "card")


def g_cvv(c, v):
    return digits(c.rng, 4 if (v == "4" or getattr(c, "card_kind", "") == "amex") else 3), (SPAN, "cvv")


def g_expiry(c, v):
    r = c.rng
    m, y = r.randint(1, 12), r.randint(25, 31)
    s = r.choice(["%02d/%02d", "%02d-20%02d", "%02d%02d", "%02d/20%02d", "%02d / %02d", "%d/%02d"]) % (m, y)
    if v == "mmyy":
        s = "%02d%02d" % (m, y)
    return s, (SPAN, "card_expiry")


def g_iban(c, v):
    r = c.rng
    cc = v.upper() if v else None
    if not cc:
        cc = {"nl": r.choice(["NL"] * 8 + ["DE", "BE"]), "be": r.choice(["BE"] * 7 + ["LU", "FR", "NL"]),
              "uk": r.choice(["GB"] * 6 + ["IE", "NL"]), "us": r.choice(["ES", "FR", "DE", "GB"])}[c.region]
    if cc == "NL":
        ib = make_iban("NL", r.choice(["ABNA", "RABO", "INGB", "KNAB", "SNSB", "TRIO", "ASNB", "BUNQ"]) + digits(r, 10))
    elif cc == "BE":
        base = digits(r, 10, True)
        chk = int(base) % 97 or 97
        ib = make_iban("BE", base + "%02d" % chk)
    elif cc == "DE":
        ib = make_iban("DE", digits(r, 18, True))
    elif cc == "FR":
        bank, branch, acct = digits(r, 5, True), digits(r, 5), digits(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        ib = make_iban("FR", bank + branch + acct + "%02d" % key)
    elif cc == "GB":
        ib = make_iban("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ", "SRLG"]) + digits(r, 14))
    elif cc == "IE":
        ib = make_iban("IE", r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 14))
    elif cc == "LU":
        ib = make_iban("LU", digits(r, 3) + alnum(r, 13, string.digits + string.ascii_uppercase))
    else:  # ES
        ent, off = digits(r, 4, True), digits(r, 4)
        acct = digits(r, 10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def cd(ds):
            x = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
            return {10: 1, 11: 0}.get(x, x)
        ib = make_iban("ES", ent + off + str(cd("00" + ent + off)) + str(cd(acct)) + acct)
    shape = r.randint(0, 6)
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if shape in (0, 1, 2):
        s = grouped
    elif shape == 3:
        s = ib
    elif shape == 4:
        s = ib.lower() if r.random() < 0.5 else grouped.lower()
    elif shape == 5:
        s = ib[:2] + " " + ib[2:4] + " " + " ".join(ib[i:i + 4] for i in range(4, len(ib), 4))
    else:
        s = ib
    return s, (SPAN, "iban")


def g_bsn(c, v):
    b = make_bsn(c.rng)
    sh = c.rng.randint(0, 5)
    if sh == 4:
        b = b[:4] + "." + b[4:6] + "." + b[6:]
    elif sh == 5:
        b = b[:3] + " " + b[3:6] + " " + b[6:]
    return b, (SPAN, "bsn")


def g_email(c, v):
    r = c.rng
    fn = c.rfirst if v == "rel" else c.first
    f, l = slug(fn), slug(c.last)
    doms = [d for d, reg in c.pools["domain"] if reg in (c.region, "all")]
    dom = r.choice(doms)
    local = r.choice([f + "." + l, f[0] + l, f + l + digits(r, 2), f + "_" + str(r.randint(1950, 2004)), l + "." + f,
                      f + "." + l[:1] + digits(r, 2)])
    shape = r.randint(0, 11) if v != "plain" else 0
    if shape == 10:
        s = local + " @ " + dom
    elif shape == 11:
        word = {"nl": ("at", "punt"), "vl": ("at", "punt"), "fr": ("arobase", "point"), "en": ("at", "dot")}[c.group]
        s = local + " " + word[0] + " " + dom.replace(".", " " + word[1] + " ")
    else:
        s = local + "@" + dom
    return s, (SPAN, "email")


def g_phone(c, v):
    r = c.rng
    reg = v if v in ("nl", "be", "uk", "us") else c.region
    if reg == "nl":
        if r.random() < 0.75:
            n = "1" + digits(r, 7)
            s = r.choice(["06-%s", "06 %s %s %s %s", "06%s", "+31 6 %s", "+31 (0)6 %s", "06 - %s", "+316%s", "0031 6 %s"])
            if "%s %s %s %s" in s:
                s = s % (n[:2], n[2:4], n[4:6], n[6:])
            else:
                s = s % n
        else:
            n = "7" + digits(r, 6)
            s = r.choice(["020-%s", "(020) %s", "020 %s", "+31 20 %s"])
            s = s % (n if "-" in s else n[:3] + " " + n[3:])
    elif reg == "be":
        pre = "4" + str(r.randint(70, 99))
        n = digits(r, 6)
        s = r.choice(["0%s/%s.%s.%s", "0%s %s %s %s", "+32 %s %s %s %s", "0032 %s%s%s%s", "0%s/%s%s%s", "0%s%s%s%s"])
        s = s % (pre, n[:2], n[2:4], n[4:])
    elif reg == "uk":
        if r.random() < 0.7:
            n = "900" + digits(r, 3)
            s = r.choice(["07700 %s", "07700%s", "+44 7700 %s", "+447700%s", "07700 %s %s"])
            s = s % ((n[:3], n[3:]) if s.count("%s") == 2 else n)
        else:
            n = "0" + digits(r, 3)
            s = r.choice(["020 7946 %s", "+44 (0)20 7946 %s", "0207 946 %s", "(020) 7946 %s"]) % n
    else:
        area = r.choice(["212", "312", "512", "614", "918", "303", "919", "208", "402", "608", "912", "509"])
        n = "01" + digits(r, 2)
        s = r.choice(["(%s) 555-%s", "%s.555.%s", "%s-555-%s", "+1 %s 555 %s", "1-%s-555-%s", "%s 555 %s"]) % (area, n)
    return s, (SPAN, "phone")


def uk_postcode(r, area):
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return area + str(r.randint(1, 19 if len(area) == 2 else 29)) + " " + str(r.randint(1, 9)) + r.choice(letters) + r.choice(letters)


def g_address(c, v):
    r = c.rng
    ml = v == "ml"
    reg = c.region
    if v in ("nl", "be", "uk", "us"):
        reg = v
    P = c.pools
    if reg == "nl":
        st = r.choice(P["street_nl"])
        city, pc = r.choice(P["city_nl"])
        num = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "-2", " bis", "B"])
        post = pc + digits(r, 2) + " " + r.choice(["AB", "CD", "GT", "KL", "RS", "XZ", "HE", "NP", "BV", "JW"])
        parts = [st + " " + num, post + " " + r.choice([city, city.upper()])]
    elif reg == "be":
        if c.group == "fr":
            st = r.choice(P["street_fr"])
            city, pc = r.choice(P["city_fr"])
            num = str(r.randint(1, 250)) + r.choice(["", "", " bte 3", "/2", " boîte 12"])
        else:
            st = r.choice(P["street_vl"])
            city, pc = r.choice(P["city_vl"])
            num = str(r.randint(1, 250)) + r.choice(["", "", " bus 2", "/0101", "A"])
        parts = [st + " " + num, pc + " " + city]
    elif reg == "uk":
        st = r.choice(P["street_uk"])
        city, area = r.choice(P["city_uk"])
        pre = r.choice(["", "", "", "Flat 2, ", "Flat 3/1, "]) if not ml else ""
        parts = [pre + str(r.randint(1, 160)) + " " + st, city, uk_postcode(r, area)]
        if ml and r.random() < 0.5:
            parts = [parts[0], parts[1] + " " + parts[2]]
    else:
        st = r.choice(P["street_us"])
        city, state, z = r.choice(P["city_us"])
        line1 = str(r.randint(100, 9999)) + " " + st + r.choice(["", "", ", Apt 3B", " #12", ", Unit 4"])
        parts = [line1, city + ", " + state + " " + z + digits(r, 2)]
    if ml:
        return "\n".join(parts), (SPAN, "address")
    return ", ".join(parts), (SPAN, "address")


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def g_dob(c, v):
    r = c.rng
    y = r.randint(1931, 1960) if v == "old" else r.randint(1931, 2006)
    m, d = r.randint(1, 12), r.randint(1, 28)
    mg = "nl" if c.group in ("nl", "vl") else c.group
    if c.lang == "en-us":
        opts = ["%02d/%02d/%04d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
                "%02d-%02d-%04d" % (m, d, y)]
    elif c.group == "en":
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = ["%02d/%02d/%04d" % (d, m, y), "%d%s %s %d" % (d, sfx, MONTHS["en"][m - 1], y), "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y),
                "%02d.%02d.%02d" % (d, m, y % 100)]
    else:
        opts = ["%02d-%02d-%04d" % (d, m, y), "%d %s %d" % (d, MONTHS[mg][m - 1], y), "%02d/%02d/%04d" % (d, m, y),
                "%02d-%02d-%02d" % (d, m, y % 100), "%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%04d" % (d, m, y)]
    return r.choice(opts), (SPAN, "date_of_birth")


def g_ip(c, v):
    r = c.rng
    if r.random() < 0.15:
        s = "2a02:%s:%s:%s::%s" % tuple("".join(r.choice(HEX) for _ in range(4)) for _ in range(4))
    else:
        s = "%d.%d.%d.%d" % (r.choice([31, 37, 62, 77, 81, 84, 86, 89, 94, 145, 178, 188, 212, 213]), r.randint(0, 255),
                             r.randint(0, 255), r.randint(1, 254))
    return s, (SPAN, "ip_address")


def g_custno(c, v):
    r = c.rng
    s = r.choice([digits(r, 9, True), "KL" + digits(r, 7), digits(r, 4, True) + " " + digits(r, 3) + " " + digits(r, 3),
                  "C-" + digits(r, 8), digits(r, 3) + "-" + digits(r, 7), "A" + digits(r, 9), digits(r, 10, True),
                  "CUS" + digits(r, 6)])
    return s, (SPAN, "customer_number")


# ---- negatives
def n_amount(c, v):
    r = c.rng
    e, ct = r.randint(3, 1400), r.randint(0, 99)
    reg = c.region
    if v == "eur":
        reg = "nl"
    if reg == "us":
        s = "$%d.%02d" % (e, ct)
    elif reg == "uk":
        s = r.choice(["£%d.%02d" % (e, ct), "£%d" % e])
    elif c.group == "fr":
        s = r.choice(["%d,%02d €" % (e, ct), "%d euros" % e, "%d€" % e])
    else:
        s = r.choice(["€ %d,%02d" % (e, ct), "€%d,-" % e, "%d euro" % e, "EUR %d,%02d" % (e, ct)])
    return s, (NEG, "amount")


def n_company_phone(c, v):
    r = c.rng
    reg = c.region
    s = {"nl": ["0800-%s" % digits(r, 4), "0900-%s" % digits(r, 4), "088 %s %s" % (digits(r, 3), digits(r, 4)), "0800 %s" % digits(r, 4)],
         "be": ["078 %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2)), "0800 %s %s" % (digits(r, 2), digits(r, 3)), "070 %s %s" % (digits(r, 3), digits(r, 3))],
         "uk": ["0345 %s %s" % (digits(r, 3), digits(r, 4)), "03457 %s %s" % (digits(r, 3), digits(r, 3)), "0800 %s %s" % (digits(r, 3), digits(r, 4))],
         "us": ["1-800-%s-%s" % (digits(r, 3, True), digits(r, 4)), "1-888-%s-%s" % (digits(r, 3, True), digits(r, 4)), "(877) %s-%s" % (digits(r, 3, True), digits(r, 4))]}[reg]
    return r.choice(s), (NEG, "company_phone")


def n_kvk(c, v):
    return digits(c.rng, 8, True), (NEG, "company_registration")


def n_vat(c, v):
    r = c.rng
    reg = c.region
    if reg == "nl":
        s = "NL" + digits(r, 9, True) + "B0" + str(r.randint(1, 3))
    elif reg == "be":
        base = "0" + digits(r, 7, True)
        s = "BE" + base + "%02d" % (97 - int(base) % 97)
    elif reg == "uk":
        s = "GB " + digits(r, 3, True) + " " + digits(r, 4) + " " + digits(r, 2)
    else:
        s = digits(r, 2, True) + "-" + digits(r, 7)
    return s, (NEG, "company_registration")


def n_kbo(c, v):
    base = "0" + digits(c.rng, 7, True)
    full = base + "%02d" % (97 - int(base) % 97)
    return full[:4] + "." + full[4:7] + "." + full[7:], (NEG, "company_registration")


def n_companyno(c, v):
    r = c.rng
    return r.choice(["SC" + digits(r, 6), digits(r, 8), "NI" + digits(r, 6)]), (NEG, "company_registration")


def n_date(c, v):
    r = c.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    y = r.choice([2024, 2025, 2026])
    if c.lang == "en-us":
        s = r.choice(["%d/%d" % (m, d), "%s %d" % (MONTHS["en"][m - 1], d), "%02d/%02d/%d" % (m, d, y)])
    elif c.group == "en":
        s = r.choice(["%d/%d" % (d, m), "%d %s" % (d, MONTHS["en"][m - 1]), "%02d/%02d/%d" % (d, m, y)])
    else:
        mg = "fr" if c.group == "fr" else "nl"
        s = r.choice(["%d %s" % (d, MONTHS[mg][m - 1]), "%d-%d" % (d, m), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m)])
    return s, (NEG, "date")


def n_time(c, v):
    r = c.rng
    h, m = r.randint(7, 22), r.choice([0, 5, 15, 20, 30, 45, 50])
    if c.lang == "en-us":
        s = "%d:%02d %s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am")
    elif c.group == "en":
        s = r.choice(["%d:%02d" % (h, m), "%d.%02d%s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am")])
    elif c.group == "fr":
        s = r.choice(["%dh%02d" % (h, m), "%d:%02d" % (h, m)])
    else:
        s = r.choice(["%d:%02d" % (h, m), "%d.%02d" % (h, m), "%d:%02d uur" % (h, m)])
    return s, (NEG, "time")


def n_year(c, v):
    return str(c.rng.randint(1998, 2024)), (NEG, "year")


def n_error(c, v):
    r = c.rng
    s = r.choice(["E-" + digits(r, 4, True), "0x8007" + "".join(r.choice(HEX.upper()) for _ in range(4)), "ERR-" + digits(r, 4, True),
                  "S" + digits(r, 4, True), "NW-2-5", str(r.choice([401, 403, 404, 429, 500, 502, 503])), digits(r, 4, True),
                  "E" + digits(r, 2, True), "AUTH_" + r.choice(["FAILED", "EXPIRED", "LOCKED"]) + "_" + digits(r, 2),
                  "PIN-" + digits(r, 3, True), "CODE " + digits(r, 3, True)])
    return s, (NEG, "error_code")


def n_flight(c, v):
    code = AIRLINE_CODE.get(c.brand, "SV")
    return code + c.rng.choice(["", " "]) + str(c.rng.randint(100, 9899)), (NEG, "flight_number")


def n_hashtag(c, v):
    return c.rng.choice(HASHTAGS[c.region]), (NEG, "hashtag")


def n_mention(c, v):
    return "@" + c.handle(), (NEG, "mention")


def n_invoice(c, v):
    r = c.rng
    return r.choice(["INV-" + digits(r, 6), "2025-" + digits(r, 6), "F" + digits(r, 8), digits(r, 10, True), "FAC/" + digits(r, 5)]), (NEG, "invoice_number")


def n_order(c, v):
    r = c.rng
    return r.choice([digits(r, 10, True), "#" + digits(r, 7, True), "A12-" + digits(r, 5), "ORD-" + alnum(r, 8, string.ascii_uppercase + string.digits),
                     digits(r, 3, True) + "-" + digits(r, 7) + "-" + digits(r, 7)]), (NEG, "order_number")


def n_ticket(c, v):
    r = c.rng
    return r.choice(["CS-" + digits(r, 4) + "-" + digits(r, 4), "#" + digits(r, 6, True), digits(r, 8, True), "REF" + digits(r, 7),
                     "INC" + digits(r, 7), "SR-" + digits(r, 6)]), (NEG, "ticket_number")


def n_tracking(c, v):
    r = c.rng
    return r.choice(["3S" + alnum(r, 4, string.ascii_uppercase) + digits(r, 9), "JVGL" + digits(r, 10), "1Z" + alnum(r, 6, string.ascii_uppercase + string.digits) + digits(r, 10),
                     alnum(r, 2, string.ascii_uppercase) + digits(r, 9) + "GB", "CD" + digits(r, 9) + "BE", "9400" + digits(r, 18)]), (NEG, "tracking_number")


def n_meter(c, v):
    r = c.rng
    return r.choice([digits(r, 5), digits(r, 6), "%s,%s" % (digits(r, 5), digits(r, 3)), digits(r, 5) + "." + digits(r, 1)]), (NEG, "meter_reading")


MODELS = {
    "telco": ["Fritz!Box 7590", "H369A", "TP-Link Archer C6", "Experia Box v10", "Connect Box", "Galaxy A54", "iPhone 15 Pro",
              "Deco M5", "Sagemcom F@st 5670", "Pixel 8a", "Huawei B535", "Netgear Orbi RBK752"],
    "phone": ["iPhone 13 mini", "Galaxy A54", "iPhone 15 Pro", "Pixel 8a", "Moto G84", "Redmi Note 12", "Fairphone 5", "Galaxy S23", "Nokia G22", "iPhone SE"],
    "other": ["iPhone 13 mini", "Galaxy S23", "Moto G84", "Redmi Note 12", "iPad Air", "Fitbit Charge 6", "Nintendo Switch OLED",
              "PS5 Slim", "Xbox Series S", "Pixel 7", "Fairphone 5", "Kindle Paperwhite"],
}


def n_model(c, v):
    pool = MODELS["telco"] if v == "telco" or (c.sector == "telco" and v != "phone") else MODELS["other"]
    if v == "phone":
        pool = MODELS["phone"]
    return c.rng.choice(pool), (NEG, "model_number")


def n_product(c, v):
    r = c.rng
    if v == "voucher":
        return r.choice(["WELKOM" + digits(r, 2), "SUMMER-" + alnum(r, 4, string.ascii_uppercase + string.digits), "KORTING" + digits(r, 2),
                         "SAVE" + digits(r, 2) + "NOW", "FREESHIP" + digits(r, 2), "BLACKFRI" + digits(r, 2)]), (NEG, "product_code")
    return r.choice(["SKU " + digits(r, 4) + "-" + r.choice(["BLK", "WHT", "XL", "M"]), ean13(r), "ART-" + digits(r, 6), digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 2)]), (NEG, "product_code")


def n_version(c, v):
    r = c.rng
    s = r.choice(["iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(11, 15),
                  "%d.%d.%d" % (r.randint(3, 12), r.randint(0, 30), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 9), r.randint(0, 40)),
                  "firmware %d.%02d" % (r.randint(6, 8), r.randint(0, 80)), "Windows 11 %dH2" % r.randint(22, 24)])
    if v == "num":
        s = "%d.%d.%d" % (r.randint(3, 12), r.randint(0, 30), r.randint(0, 9))
    return s, (NEG, "version_string")


def n_percent(c, v):
    r = c.rng
    n = r.choice([5, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100])
    return r.choice(["%d%%" % n, "%d %%" % n]), (NEG, "percentage")


def n_quantity(c, v):
    r = c.rng
    s = r.choice(["%d Mbps" % r.choice([50, 100, 200, 500, 1000]), "%d GB" % r.choice([5, 10, 20, 50, 100]),
                  "%d kWh" % r.randint(80, 4200), "%d m³" % r.randint(300, 2200), "%d Mb/s" % r.choice([30, 60, 150]),
                  "%d minuten" % r.randint(10, 90) if c.group in ("nl", "vl") else "%d minutes" % r.randint(10, 90)])
    return s, (NEG, "quantity")


def n_url(c, v):
    r = c.rng
    path = r.choice(["/inloggen", "/login", "/account", "/help/wachtwoord", "/reset", "/mijn", "/support/2fa", "/status",
                     "/docs/api/auth", "/app", "/klantenservice"])
    return r.choice(["https://www.", "https://mijn.", "https://", "www."]) + c.domain() + path, (NEG, "url")


def n_masked(c, v):
    r = c.rng
    return r.choice(["********", "**** **** **** " + digits(r, 4), "NL** **** **** **" + digits(r, 2), "•••• " + digits(r, 4),
                     "XXXX-XXXX-XXXX-" + digits(r, 4), "06-******" + digits(r, 2), "****" + digits(r, 3), "sk_live_****" + alnum(r, 4),
                     "BE** **** **** " + digits(r, 2) + "**"]), (NEG, "masked_value")


def u_val(fn):
    return lambda c, v: (fn(c, v), None)


def _ssid(c, v):
    r = c.rng
    return r.choice([re.sub(r"[^A-Za-z]", "", c.brand) + "-" + alnum(r, 4, "0123456789ABCDEF"),
                     re.sub(r"[^A-Za-z]", "", c.brand).upper() + "_" + alnum(r, 4, string.digits) + r.choice(["", "_5G", "-2.4G"]),
                     r.choice(c.pools["ssid_word"]) + "_" + r.choice(["5G", "2G", "Gast", "EXT"])])


def _city(c, v):
    pool = {"nl": "city_nl", "vl": "city_vl", "fr": "city_fr", "uk": "city_uk", "us": "city_us"}[c.npool]
    return c.rng.choice(c.pools[pool])[0]


GEN = {
    "password": g_password, "username": g_username, "pin": g_pin, "puk": g_puk, "otp": g_otp, "wifi_key": g_wifi,
    "api_key": g_api_key, "token": g_token, "card": g_card, "cvv": g_cvv, "iban": g_iban, "bsn": g_bsn,
    "expiry": g_expiry, "email": g_email, "phone": g_phone, "address": g_address, "dob": g_dob, "ip": g_ip,
    "custno": g_custno,
    "amount": n_amount, "cphone": n_company_phone, "kvk": n_kvk, "vat": n_vat, "kbo": n_kbo, "companyno": n_companyno,
    "date": n_date, "time": n_time, "year": n_year, "error": n_error, "flight": n_flight, "hashtag": n_hashtag,
    "mention": n_mention, "invoice": n_invoice, "order": n_order, "ticket": n_ticket, "tracking": n_tracking,
    "meter": n_meter, "model": n_model, "product": n_product, "version": n_version, "percent": n_percent,
    "quantity": n_quantity, "url": n_url, "masked": n_masked,
    "first": u_val(lambda c, v: c.first), "last": u_val(lambda c, v: c.last),
    "name": u_val(lambda c, v: c.first + " " + c.last), "rfirst": u_val(lambda c, v: c.rfirst),
    "brand": u_val(lambda c, v: c.brand), "agent": u_val(lambda c, v: c.rng.choice(c.pools["agent"])),
    "ssid": u_val(_ssid), "city": u_val(_city), "domain": u_val(lambda c, v: c.domain()),
    "handle": u_val(lambda c, v: c.handle()),
}
SLOT_TYPES = {"password": "password", "username": "username", "pin": "pin", "puk": "puk", "otp": "otp",
              "wifi_key": "wifi_key", "api_key": "api_key", "token": "token", "card": "card", "cvv": "cvv",
              "iban": "iban", "bsn": "bsn", "expiry": "card_expiry", "email": "email", "phone": "phone",
              "address": "address", "dob": "date_of_birth", "ip": "ip_address", "custno": "customer_number"}

# --------------------------------------------------------------------------
# phrasing fragments, per language group; dealt alternately to the halves
# ({@name} inserts one, {^@name} inserts one with a capital first letter)

FRAGS = {
    "en": {
        "pw": ["my password is {password}", "password: {password}", "pw {password}", "the password I'm using is {password}",
               "{password} is the password", "pass = {password}", "passwrod {password}", "password (case sensitive!) {password}",
               "new password `{password}`", "the password's {password}", "pwd: \"{password}\"",
               "the password I set yesterday was {password}", "password → {password}", "paswd {password}",
               "PW is {password}", "pasword: {password}"],
        "mem": ["my memorable word is {password}", "memorable word: {password}", "the memorable information is {password}",
                "the memorable word they have is {password}", "memorable info = {password}", "mem word {password}"],
        "login": ["username {username} password {password}", "{username} / {password}", "credentials: {username}:{password}",
                  "user: {username}\npass: {password}", "login is {username}, pw {password}", "logging in as {username} with {password}",
                  "u/n {username} p/w {password}", "User ID: {username}\nPassword: {password}",
                  "my login's {username} and the password is {password}", "username - {username}\npassword - {password}",
                  "Username = {username} | Password = {password}", "• username: {username}\n• password: {password}",
                  "{username} (username) and {password} (password)", "usename {username} passwrd {password}"],
        "user": ["my username is {username}", "username: {username}", "the login name is {username}", "user ID {username}",
                 "I log in as {username}", "my handle/username is {username}", "acct username {username}", "login: {username}"],
        "pin": ["my PIN is {pin}", "PIN: {pin}", "pin {pin}", "{pin} is my pin", "the pin number is {pin}", "card PIN {pin}",
                "PIN code {pin}", "my 4 digit pin ({pin})", "pin no. {pin}", "pn {pin}", "PIN = {pin}", "the PIN they sent was {pin}"],
        "passcode": ["app passcode is {pin:app}", "passcode {pin:app}", "my mobile banking passcode ({pin:app})",
                     "the passcode I use to open the app is {pin:app}", "passcode: {pin:app}", "app PIN {pin:app}"],
        "simpin": ["SIM PIN {pin}", "the sim pin is {pin}", "PIN for the SIM: {pin}", "sim pin = {pin}", "SIM lock PIN {pin}",
                   "the pin on the sim card holder is {pin}"],
        "puk": ["PUK {puk}", "PUK code {puk}", "the puk is {puk}", "PUK1: {puk}", "puk number {puk}", "personal unblocking key {puk}",
                "PUK - {puk}", "puk code from the card: {puk}", "the PUK off the sim holder ({puk})", "pukk {puk}"],
        "otp": ["the code was {otp}", "verification code {otp}", "code {otp} didn't work", "got the text with {otp}",
                "2FA code: {otp}", "one-time passcode {otp}", "OTP {otp}", "security code from the text {otp}",
                "the 6 digit code ({otp})", "{otp} is the code they sent", "authentication code: {otp}", "SMS code {otp}",
                "texted me {otp}", "verifcation code {otp}", "login code {otp}", "the code in the email was {otp}"],
        "reader": ["the card reader gave me {otp:reader}", "response code on the card reader {otp:reader}",
                   "card reader code: {otp:reader}", "the reader shows {otp:reader}", "the number off the card reader is {otp:reader}",
                   "pinsentry code {otp:reader}"],
        "wifi": ["wifi password is {wifi_key}", "WPA2 key {wifi_key}", "the key on the sticker is {wifi_key}", "network key: {wifi_key}",
                 "wifi pw {wifi_key}", "wireless key {wifi_key}", "WiFi key = {wifi_key}", "{wifi_key} is the wifi password",
                 "WPA key: {wifi_key}", "the wifi code ({wifi_key})", "wi-fi password {wifi_key}", "wifi passcode {wifi_key}"],
        "cvv": ["CVV {cvv}", "security code {cvv}", "3 digits on the back: {cvv}", "cvc {cvv}", "CV2 {cvv}", "the code on the back is {cvv}",
                "sec code {cvv}", "cvv2: {cvv}", "the three numbers on the back ({cvv})", "CVC = {cvv}"],
        "card": ["card number {card}", "card no. {card}", "long number on the card is {card}", "card {card} exp {expiry}",
                 "{card} ({expiry})", "{card}, {expiry}", "debit card {card} expiry {expiry}", "the 16 digits are {card}",
                 "card: {card}", "card num {card} valid thru {expiry}", "my visa {card:visa}", "amex {card:amex}"],
        "cardfull": ["card {card} exp {expiry} cvv {cvv}", "card: {card}\nexp: {expiry}\ncvv: {cvv}",
                     "{card} {expiry} {cvv}", "number {card}, expires {expiry}, security code {cvv}",
                     "card no {card} / exp {expiry} / cvc {cvv}", "Card: {card} | Exp: {expiry} | CVV: {cvv}",
                     "{card} (exp {expiry}, code on back {cvv})", "- card number: {card}\n- expiry: {expiry}\n- CVV: {cvv}"],
        "iban": ["IBAN {iban}", "my IBAN is {iban}", "bank account {iban}", "account (IBAN): {iban}", "iban: {iban}",
                 "please refund to {iban}", "pay it into {iban}", "IBAN number {iban}", "the account it comes out of is {iban}",
                 "iban no. {iban}"],
        "bsn": ["my BSN is {bsn}", "BSN (citizen service number) {bsn}", "BSN number: {bsn}", "burgerservicenummer {bsn}",
                "my Dutch BSN {bsn}", "sofi number {bsn}", "BSN {bsn}", "citizen service number: {bsn}", "bsn no. {bsn}",
                "{bsn} (my BSN)"],
        "sig": ["{name}\n{address:ml}\n{phone}", "--\n{name}\n{address:ml}\nMob: {phone}\n{email:plain}",
                "{name}\n{address}\nTel {phone}", "{name}\n\n{address:ml}\nT: {phone}\nE: {email:plain}",
                "{name} | {phone} | {email:plain}", "{first}\nSent from my iPhone\n{phone}"],
        "quote": ["\n\nOn {date} at {time}, {name} <{email:plain}> wrote:\n> Hi, still no reply on case {ticket}. My number is {phone}.",
                  "\n\n-----Original Message-----\nFrom: {name} <{email:plain}>\nSent: {date} {time}\nTo: Customer Services\nSubject: RE: {ticket}\n\nHello, please call me on {phone}.",
                  "\n\n> On {date}, {brand} Support wrote:\n> Thanks for contacting us. Your reference is {ticket}.\n> Please never share your password or PIN with us.",
                  "\n\nFrom: {name} <{email:plain}>\nSent: {date} {time}\nSubject: Account {custno}\n\nSee below."],
        "bye": ["Thanks", "Cheers", "Many thanks", "Kind regards", "Regards", "Thanks in advance", "Best", "Ta"],
    },
    "nl": {
        "pw": ["mijn wachtwoord is {password}", "wachtwoord: {password}", "ww {password}", "{password} is mijn ww",
               "wachtwood {password}", "het wachtwoord dat ik gebruik is {password}", "pw = {password}",
               "wachtwoord (hoofdlettergevoelig) {password}", "nieuw wachtwoord `{password}`", "wachtw. {password}",
               "het ww is {password} toch", "password {password}", "wachtwoord → {password}", "paswrd {password}",
               "mijn nieuwe ww: \"{password}\"", "wachtwrd {password}"],
        "login": ["gebruikersnaam {username} wachtwoord {password}", "inloggen met {username} en ww {password}",
                  "inlog {username} pw={password}", "credentials: {username}:{password}", "{username} / {password}",
                  "user: {username}\npass: {password}", "gebruikesnaam {username} ww {password}",
                  "Gebruikersnaam: {username}\nWachtwoord: {password}", "login is {username} en het wachtwoord {password}",
                  "- gebruikersnaam: {username}\n- wachtwoord: {password}", "{username} met wachtwoord {password}",
                  "inlognaam {username}, ww {password}", "account {username} / ww {password}", "username {username} en password {password}"],
        "user": ["mijn gebruikersnaam is {username}", "gebruikersnaam: {username}", "inlognaam {username}", "login {username}",
                 "ik log in als {username}", "mijn username is {username}", "gebruikersnm {username}", "accountnaam {username}"],
        "pin": ["mijn pincode is {pin}", "pin {pin}", "pincode: {pin}", "{pin} is mijn pin", "pincdoe {pin}", "de pin is {pin}",
                "PIN: {pin}", "mijn pinnummer {pin}", "pincode van de pas is {pin}", "pin = {pin}", "de code van mijn pas ({pin})",
                "pincod {pin}"],
        "apppin": ["app-pincode {pin:app}", "de pincode van de app is {pin:app}", "inlogcode app {pin:app}",
                   "mijn app pin is {pin:app}", "pincode voor de app: {pin:app}", "de 5 cijfers voor de app ({pin:app})"],
        "simpin": ["sim pin {pin}", "de pincode van de simkaart is {pin}", "simpincode {pin}", "PIN van de sim: {pin}",
                   "de pin van mijn simkaartje is {pin}", "SIM-pin {pin}"],
        "puk": ["PUK {puk}", "pukcode {puk}", "de puk is {puk}", "PUK-code: {puk}", "puk nummer {puk}", "de pukcode op het pasje is {puk}",
                "PUK1 {puk}", "pukkode {puk}", "puk = {puk}", "de PUK ({puk})"],
        "otp": ["de code was {otp}", "verificatiecode {otp}", "code {otp} werkt niet", "sms-code {otp}", "ik kreeg {otp} per sms",
                "2FA code: {otp}", "eenmalige code {otp}", "verificatiecdoe {otp}", "de 6-cijferige code ({otp})",
                "{otp} is de code die ik kreeg", "bevestigingscode: {otp}", "inlogcode {otp}", "controlecode {otp}",
                "sms code was {otp}", "de code uit de mail: {otp}", "activatiecode {otp}"],
        "reader": ["de code van de scanner is {otp:reader}", "responscode {otp:reader}", "de e.dentifier gaf {otp:reader}",
                   "code uit de Rabo Scanner {otp:reader}", "de lezer geeft {otp:reader}", "signeercode {otp:reader}"],
        "wifi": ["wifi wachtwoord is {wifi_key}", "netwerksleutel {wifi_key}", "de wifi code {wifi_key}", "WPA2-sleutel: {wifi_key}",
                 "wifi ww {wifi_key}", "de sleutel op de sticker is {wifi_key}", "wachtwoord van de wifi: {wifi_key}",
                 "{wifi_key} is het wifi wachtwoord", "WPA key {wifi_key}", "wifi-code = {wifi_key}", "draadloos wachtwoord {wifi_key}",
                 "de wifisleutel ({wifi_key})"],
        "cvv": ["CVC {cvv}", "de code achterop is {cvv}", "3 cijfers achterop: {cvv}", "cvv {cvv}", "beveiligingscode {cvv}",
                "controlegetal {cvv}", "de 3 cijfers op de achterkant ({cvv})", "cvc-code: {cvv}", "code achterop {cvv}",
                "veiligheidscode {cvv}"],
        "card": ["kaartnummer {card}", "creditcard {card}", "mijn creditcardnummer is {card}", "kaart {card} geldig tot {expiry}",
                 "{card} ({expiry})", "{card}, {expiry}", "kaartnr. {card} vervaldatum {expiry}", "de 16 cijfers: {card}",
                 "creditcardnummer: {card}", "mijn visa {card:visa}", "nummer van de kaart {card} exp {expiry}", "kaart: {card}"],
        "cardfull": ["kaart {card} geldig tot {expiry} cvc {cvv}", "kaartnummer: {card}\nvervaldatum: {expiry}\ncvc: {cvv}",
                     "{card} {expiry} {cvv}", "nummer {card}, verloopt {expiry}, code achterop {cvv}",
                     "cc {card} / {expiry} / {cvv}", "Kaart: {card} | Geldig t/m: {expiry} | CVV: {cvv}",
                     "{card} (geldig tot {expiry}, 3 cijfers achterop {cvv})"],
        "iban": ["IBAN {iban}", "mijn rekeningnummer is {iban}", "rekening {iban}", "iban: {iban}", "graag terugstorten op {iban}",
                 "rekeningnr. {iban}", "bankrekening {iban}", "het geld mag naar {iban}", "reknr {iban}", "IBAN-nummer {iban}"],
        "bsn": ["BSN {bsn}", "mijn bsn is {bsn}", "burgerservicenummer: {bsn}", "sofinummer {bsn}", "bsn-nummer {bsn}",
                "bsn ({bsn})", "{bsn} (bsn)", "BSN:{bsn}", "bsn nr {bsn}", "burgerservicenr. {bsn}", "bsn van mij: {bsn}",
                "mijn burgerservicenummer is {bsn}"],
        "sig": ["{name}\n{address:ml}\n{phone}", "--\n{name}\n{address:ml}\nTel: {phone}\n{email:plain}",
                "{name}\n{address}\nTel. {phone}", "{name}\n{address:ml}\nT {phone}\nE {email:plain}",
                "{name} | {phone} | {email:plain}", "{first}\nVerstuurd vanaf mijn iPhone\n{phone}"],
        "quote": ["\n\nOp {date} om {time} schreef {name} <{email:plain}>:\n> Ik heb nog steeds geen reactie op zaak {ticket}. Bel me op {phone}.",
                  "\n\nVan: {name} <{email:plain}>\nVerzonden: {date} {time}\nAan: Klantenservice\nOnderwerp: RE: {ticket}\n\nGraag terugbellen op {phone}.",
                  "\n\n> Op {date} schreef {brand} Klantenservice:\n> Bedankt voor je bericht. Je referentie is {ticket}.\n> Deel nooit je wachtwoord of pincode met ons.",
                  "\n\nVan: {name} <{email:plain}>\nVerzonden: {date}\nOnderwerp: klantnummer {custno}\n\nZie hieronder."],
        "bye": ["Groet", "Mvg", "Met vriendelijke groet", "Alvast bedankt", "Gr.", "Groetjes", "Dank!", "Vriendelijke groeten"],
    },
    "vl": {
        "pw": ["mijn paswoord is {password}", "paswoord: {password}", "pw {password}", "{password} is mijn paswoord",
               "paswoort {password}", "het paswoord da ik gebruik is {password}", "nieuw paswoord {password}", "paswoord = {password}"],
        "login": ["gebruikersnaam {username} paswoord {password}", "login {username} en paswoord {password}",
                  "{username} / {password}", "inloggen als {username} met {password}", "Gebruiker: {username}\nPaswoord: {password}",
                  "login: {username} pw: {password}"],
        "pin": ["mijn pincode is {pin}", "pin {pin}", "de pincode van mijn bankkaart is {pin}", "{pin} is mijn pincode",
                "pincode: {pin}", "geheime code {pin}"],
        "reader": ["de digipass geeft {otp:reader}", "code van de kaartlezer {otp:reader}", "responscode digipass {otp:reader}",
                   "de kaartlezer toont {otp:reader}"],
        "wifi": ["wifi paswoord is {wifi_key}", "de wifi code {wifi_key}", "netwerksleutel {wifi_key}", "WPA sleutel: {wifi_key}",
                 "de code van de wifi op de modem is {wifi_key}", "wifi-paswoord {wifi_key}"],
        "iban": ["rekeningnummer {iban}", "IBAN {iban}", "mijn rekening is {iban}", "gelieve terug te storten op {iban}",
                 "rekeningnr {iban}", "iban: {iban}"],
        "simpin": ["pincode van de simkaart {pin}", "sim pin {pin}", "de pin van mijn gsm is {pin}", "simkaart pincode: {pin}"],
        "puk": ["PUK {puk}", "pukcode {puk}", "de PUK van mijn gsm is {puk}", "PUK-code: {puk}", "puk {puk}", "de puk code ({puk})"],
        "otp": ["de code was {otp}", "verificatiecode {otp}", "sms-code {otp}", "ik kreeg code {otp}", "bevestigingscode {otp}",
                "de code van itsme {otp}", "eenmalige code: {otp}", "code per sms ({otp})"],
        "sig": ["{name}\n{address:ml}\ngsm {phone}", "{name}\n{address:ml}\nGSM: {phone}\n{email:plain}",
                "{name} - {phone}", "{name}\n{address}\ngsm: {phone}"],
        "bye": ["Groetjes", "Mvg", "Met vriendelijke groeten", "Merci", "Alvast bedankt", "Dank u"],
    },
    "fr": {
        "pw": ["mon mot de passe est {password}", "mot de passe : {password}", "mdp {password}", "{password} c'est mon mdp",
               "mot de pase {password}", "le mot de passe que j'utilise est {password}", "mdp = {password}",
               "nouveau mot de passe {password}", "password {password}", "mot de passe (avec majuscule) {password}"],
        "login": ["identifiant {username} mot de passe {password}", "login {username} mdp {password}", "{username} / {password}",
                  "Identifiant : {username}\nMot de passe : {password}", "je me connecte avec {username} et {password}",
                  "utilisateur {username} et mdp {password}", "nom d'utilisateur : {username}, mot de passe : {password}"],
        "user": ["mon identifiant est {username}", "identifiant : {username}", "nom d'utilisateur {username}", "login {username}"],
        "pin": ["mon code PIN est {pin}", "code pin {pin}", "PIN : {pin}", "{pin} c'est mon code", "le code secret de ma carte est {pin}",
                "code secret {pin}", "mon pin {pin}", "code PIN de la carte : {pin}"],
        "simpin": ["code PIN de la carte SIM {pin}", "le pin de ma SIM est {pin}", "PIN SIM : {pin}", "code pin du GSM {pin}"],
        "puk": ["code PUK {puk}", "PUK : {puk}", "le PUK est {puk}", "mon code puk {puk}", "PUK {puk}", "le code PUK sur la carte ({puk})"],
        "otp": ["le code était {otp}", "code de vérification {otp}", "code reçu par SMS : {otp}", "code de confirmation {otp}",
                "j'ai reçu le code {otp}", "code à usage unique {otp}", "code de sécurité {otp}", "le code itsme {otp}",
                "code d'activation {otp}", "{otp} c'est le code reçu"],
        "reader": ["le digipass affiche {otp:reader}", "code du lecteur de carte {otp:reader}", "code réponse {otp:reader}",
                   "le lecteur me donne {otp:reader}"],
        "wifi": ["clé wifi {wifi_key}", "mot de passe wifi : {wifi_key}", "la clé WPA est {wifi_key}", "code wifi {wifi_key}",
                 "clé de sécurité réseau {wifi_key}", "le mdp du wifi c'est {wifi_key}", "clé WPA2 : {wifi_key}", "{wifi_key} (clé wifi)"],
        "cvv": ["CVC {cvv}", "code au dos {cvv}", "cryptogramme {cvv}", "les 3 chiffres au dos : {cvv}", "code de sécurité {cvv}", "CVV : {cvv}"],
        "card": ["numéro de carte {card}", "carte {card} exp {expiry}", "ma Visa {card:visa}", "{card} ({expiry})",
                 "carte de crédit : {card}", "n° de carte {card}, valable jusqu'au {expiry}"],
        "cardfull": ["carte {card} exp {expiry} cvc {cvv}", "Carte : {card}\nExpiration : {expiry}\nCVC : {cvv}",
                     "{card} {expiry} {cvv}", "numéro {card}, date d'expiration {expiry}, cryptogramme {cvv}"],
        "iban": ["IBAN {iban}", "mon numéro de compte est {iban}", "compte {iban}", "iban : {iban}", "merci de rembourser sur {iban}",
                 "n° de compte {iban}", "mon compte bancaire {iban}", "numéro IBAN : {iban}"],
        "bsn": ["mon numéro BSN néerlandais est {bsn}", "BSN {bsn}", "burgerservicenummer {bsn}", "BSN : {bsn}",
                "numéro BSN (Pays-Bas) {bsn}", "mon BSN {bsn}"],
        "sig": ["{name}\n{address:ml}\nGSM : {phone}", "{name}\n{address:ml}\nTél. {phone}\n{email:plain}",
                "{name} - {phone}", "{name}\n{address}\nGSM {phone}"],
        "quote": ["\n\nLe {date} à {time}, {name} <{email:plain}> a écrit :\n> Toujours pas de réponse pour le dossier {ticket}. Mon GSM : {phone}.",
                  "\n\nDe : {name} <{email:plain}>\nEnvoyé : {date} {time}\nÀ : Service clientèle\nObjet : RE: {ticket}"],
        "bye": ["Merci", "Cordialement", "Bien à vous", "Merci d'avance", "Bonne journée", "Salutations"],
    },
}
FRAG_FALLBACK = {"vl": "nl"}

FRAGS["en"].update({
    "apikey": ["API key: {api_key}", "api_key={api_key}", "X-Api-Key: {api_key}", "my key is {api_key}", "\"apiKey\": \"{api_key}\"",
               "key {api_key} (live one)", "APIKEY {api_key}", "the secret key {api_key:sk_live}", "api key → {api_key}",
               "our integration key is {api_key}"],
    "token": ["Authorization: Bearer {token}", "token: {token}", "access token {token}", "\"access_token\": \"{token}\"",
              "session token = {token}", "refresh_token={token:opaque}", "the token {token:hex40}", "Bearer {token:jwt}",
              "PAT {token:ghp}", "auth token `{token}`"],
})
FRAGS["nl"].update({
    "apikey": ["API-sleutel: {api_key}", "api key {api_key}", "onze key is {api_key}", "API_KEY={api_key}",
               "de sleutel {api_key}", "X-Api-Key: {api_key}", "geheime sleutel {api_key:sk_live}", "apikey = {api_key}"],
    "token": ["token: {token}", "Authorization: Bearer {token}", "het access token is {token}", "sessietoken {token:opaque}",
              "token {token:hex40}", "de bearer {token:jwt}", "persoonlijk token {token:glpat}", "\"token\": \"{token}\""],
})
FRAGS["en"]["puk"] += ["PUK is {puk}", "the unblocking code {puk}", "PUK no. {puk}", "puk: {puk}"]
FRAGS["nl"]["puk"] += ["puk-code {puk}", "PUK nr {puk}", "de deblokkeercode {puk}", "PUK is {puk}"]
FRAGS["en"]["token"] += ["X-Auth-Token: {token}", "GITHUB_TOKEN={token:ghp}", "token=\"{token:glpat}\"", "slack token {token:xoxp}"]
FRAGS["nl"]["token"] += ["GITLAB_TOKEN={token:glpat}", "refresh token {token:opaque}", "de JWT: {token:jwt}", "bot-token {token:xoxb}"]
FRAGS["en"]["apikey"] += ["STRIPE_SECRET={api_key:sk_live}", "key=\"{api_key:hex32}\"", "AWS_ACCESS_KEY_ID={api_key:akia}", "restricted key {api_key:rk_live}"]
FRAGS["nl"]["apikey"] += ["de API key uit het dashboard: {api_key}", "MAPS_KEY={api_key:aiza}", "sleutel (live) {api_key:sk_live}"]
FRAGS["en"]["bsn"] += ["BSN: {bsn}", "my burgerservicenummer is {bsn}"]
FRAGS["nl"]["bsn"] += ["bsn is {bsn}", "BSN-nr.: {bsn}"]
FRAGS["en"]["cvv"] += ["security number {cvv}", "CVV no {cvv}"]
FRAGS["nl"]["cvv"] += ["kaartcode {cvv}", "cvc is {cvv}"]

# --------------------------------------------------------------------------
# message templates: T(lang, kind, sector, text).  kind: pub / dm / mail / agent

TEMPLATES = []


def T(lang, kind, sector, text):
    if text.startswith("\n"):
        text = text[1:]
    TEMPLATES.append({"lang": lang, "kind": kind, "sector": sector, "text": text})


# ============================== ENGLISH ===================================
# --- developers / API platforms (paste-heavy)
T("en-gb", "mail", "hosting", """
Subject: API returning 401 since this morning

Hi {brand} team,

Since about {time} every call to the charges endpoint fails with {error}. This is the exact curl I'm running:

curl {url:api} \\
  -u {api_key:sk_live}: \\
  -d amount=2500 -d currency=gbp

and the relevant bit of our .env:

PAYMENTS_SECRET_KEY={api_key:sk_live}
PAYMENTS_PUBLISHABLE_KEY={api_key:pk_live}
WEBHOOK_URL={url}

We're on SDK {version:num}. Nothing changed on our side as far as I know.

{@bye}
{name}""")
T("en-us", "mail", "hosting", """
Subject: Can't connect to managed Postgres after maintenance

Hey,

My app can't reach the database since the maintenance window on {date}. Connection settings straight from config.yaml:

```yaml
database:
  url: postgres://{username}:{password}@db-eu-2.{domain}:5432/shop_prod
  pool: 10
redis:
  url: redis://:{password:b}@cache.{domain}:6379/0
```

Logs say `FATAL: password authentication failed for user "{username}"` ({error}).

Thanks,
{first}""")
T("en", "dm", "hosting", """
quick one, webhook signature check fails on every event. headers we send:
`Authorization: Bearer {token:jwt}`
`X-Api-Key: {api_key:hex32}`
response is {error} every time, started {date}""")
T("en-gb", "mail", "hosting", """
Subject: Emails not sending - wrong key?

Hello,

Our contact form stopped sending mail yesterday. I've pasted the .env below (yes I know I shouldn't...):

MAIL_HOST=smtp.{domain}
MAIL_PORT=587
MAIL_USERNAME={username}
MAIL_PASSWORD={password}
SENDGRID_API_KEY={api_key:sg}
APP_DEBUG=false

The log shows "{error} Unauthorized". Plan is the {quantity:data} one, invoice {invoice} is paid.

{@bye}, {first}""")
T("en-us", "dm", "hosting", """
so I accidentally pushed my creds to a public repo 😬
access key {api_key:akia}
secret {api_key:awssecret}
how do I get these revoked on your end?? acct {custno}""")
T("en-gb", "dm", "hosting", """
CI integration broke overnight. I regenerated the token: {token:ghp} and still get {error} on clone. Also tried a fine-grained one ({token:github_pat}), same thing. Runner version {version:num}""")
T("en-us", "mail", "hosting", """
Subject: Slack alerts stopped

Hi,
Your Slack app stopped posting alerts on {date}. Config we use:

{
  "slack_bot_token": "{token:xoxb}",
  "slack_user_token": "{token:xoxp}",
  "channel": "#ops-alerts",
  "retry": 3
}

It returns {error} (invalid_auth). Ticket {ticket} was closed without an answer.

{@bye}
{name}""")
T("en", "telegram", "hosting", """
gitlab mirror failing again 🙄
token = {token:glpat}
repo is private, {quantity:data} LFS, error {error}""")
T("en-us", "mail", "shop", """
Subject: WooCommerce plugin not syncing orders

Hello {brand} support,

Order sync between our WooCommerce store and your platform stopped working. Order {order} never came through. Here are the REST credentials I entered in the plugin settings:

Consumer key: {api_key:ck}
Consumer secret: {api_key:cs}

WordPress {version:num}, plugin {version:b}. Store phone for callback is {cphone}.

Thanks
{first}""")
T("en-gb", "dm", "hosting", """
Map widget shows "For development purposes only". Key in the embed is {api_key:aiza} - is it restricted wrongly? Page: {url}""")
T("en", "agent", "hosting", """
Hi {first}, thanks for the logs. Please note your message contained a live secret ({api_key:sk_live}) - we strongly advise rolling it in the dashboard right away. I've linked this to ticket {ticket}. - {agent}""")
T("en-us", "dm", "hosting", """
here's the python that fails:

```
import requests
headers = {"Authorization": "Bearer {token}"}
r = requests.get("https://api.{domain}/v2/me", headers=headers)
print(r.status_code)  # {error}
```
{@apikey} is also set in the env, same result""")
T("en-gb", "mail", "hosting", """
Subject: FTP + control panel login

Hi,

Can't get into the control panel or FTP since the migration on {date}.

Control panel
  {@login}

FTP
  host: ftp.{domain}
  user: {username:rel}
  pass: {password:b}

I'm on plan {product}. Phone if easier: {phone}.

{@bye}
{name}""")
T("en-us", "telegram", "hosting", """
mongodb+srv://{username}:{password}@cluster0.{domain}/orders?retryWrites=true
^ that's the string from our env, timeout after {time} every night. {@token} is what the cron uses for your API""")
T("en", "dm", "hosting", """
{^@apikey}
{^@token}
both return {error} since your status page ({url}) said "resolved" lol""")
T("en-gb", "mail", "hosting", """
Subject: Re: [{ticket}] 403 on /v1/payouts

Hi {agent},

As requested, the request and response:

POST /v1/payouts HTTP/1.1
Host: api.{domain}
Authorization: Bearer {token:opaque}
Content-Type: application/json

{"amount": 12000, "currency": "EUR", "destination": "{iban}"}

HTTP/1.1 403 Forbidden
{"error": "{error}", "message": "payouts not enabled"}

The destination is my own business account. Company number {companyno}.

{@bye}
{name}""")

# --- routers / broadband
T("en-gb", "mail", "telco", """
Subject: Internet not working (again)

Dear Sir or Madam,

I do hope you can help me, as my grandson who normally sorts these things out has gone back to university in {city} and I am at a loss.

The little box ({model:telco}) has had an orange light since {date}. I telephoned {cphone} on Tuesday and waited for {quantity:min} before being cut off, which I must say was very disappointing after being a customer since {year}.

The page on the computer asked me for the router password, so I typed {password} which is written in my little notebook, but it said it was wrong. The wireless key on the sticker underneath is {wifi_key} and the network is called {ssid}, if that helps at all.

My account number is {custno}.

Yours faithfully,
{@sig}""")
T("en-us", "dm", "telco", """
setting up my own router instead of yours. what goes in the PPPoE fields? I have PPPoE username {username} and password {password} from the welcome letter but it won't connect. router is a {model:telco}, firmware {version}""")
T("en-gb", "pub", "telco", """
{mention} {@wifi} and it STILL won't connect on the new {model:telco} 😤 {hashtag}""")
T("en-gb", "dm", "telco", """
Aye hi, the wifi's no working since your engineer was out. Box says {ssid}, {@wifi} but the laptop says it's wrong. Cannae get on at all. Account {custno}""")
T("en", "dm", "telco", """
Hiya, grand so the mam's broadband is down again. Her box says {@wifi} (off the back) and the box is the {model:telco}. She's on {quantity:speed} but getting nothing. Account is in her name, {custno}""")
T("en-us", "mail", "telco", """
Subject: Mesh extender won't pair

Hi,

Trying to add the extender to my network. Main router admin page login is {username} / {password} (I changed it from the default). The SSID is {ssid}, {@wifi}.

Steps I did:
1. held WPS for 10 sec
2. light blinks blue then red
3. error {error} in the app (app {version})

Speed test shows {quantity:speed}, paying for way more.

{@sig}""")
T("en-gb", "dm", "telco", """
Guest wifi for my B&B keeps dropping. Guest network key {wifi_key}, main one is {wifi_key:b}. Business account, VAT {vat}. Can someone ring me? {phone}""")

# --- SIM / mobile
T("en-us", "dm", "telco", """
phone says SIM locked PUK required. {^@puk} but it says invalid?? also tried {@simpin}. it's a {model:phone}, number {phone}""")
T("en-gb", "mail", "telco", """
Subject: PUK code request for my father

Hello,

My dad (he's 79) has locked his SIM by putting the wrong PIN in three times. His mobile number is {phone:rel}. I found the original card in a drawer: {@puk}, but the phone refused it.

Could you give me the right PUK please? He can't use the phone at all. The SIM PIN he thought it was is {pin}.

I'm sorting this out for him, my own number is {phone}.

{@bye}""")
T("en-gb", "dm", "telco", """
Hiya my wee one typed the PIN wrong 3 times 🙈 now it wants a PUK. Got {puk} off the card holder is that right? {@simpin} was what we set""")
T("en-us", "dm", "telco", """
Ported my number yesterday and the new eSIM is locked, {@simpin} didn't work?? also the account PIN for porting was {pin:b}. Order {order}""")

# --- banking
T("en-gb", "dm", "bank", """
I think I've been scammed. A man rang saying he was from your fraud team and I gave him my card {card}, {@cvv}, and {@mem} 😭 please block everything""")
T("en-gb", "mail", "bank", """
Subject: New payee keeps failing

Hello,

I'm trying to add a new payee for my builder and it fails at the last step. I followed the instructions: put my card in the reader, pressed Identify, entered my PIN ({pin}), and {@reader}. It still says "{error}".

Then on the app, {@passcode}, same result.

Sort this out please, the builder wants {amount} by Friday.

{@sig}""")
T("en-us", "dm", "bank", """
need to dispute a charge of {amount} on my card {card} exp {expiry}, did NOT authorize it. also the app kept failing, {@otp} when I tried to lock the card in the app""")
T("en-gb", "dm", "bank", """
Hi, my mum's PIN is {pin} and she says the machine keeps swallowing her card. Card ends {masked}. Can you check? She's 88 and gets in a state about it. Her number is {phone:rel}""")
T("en-gb", "mail", "bank", """
Subject: My late husband's account

Dear Sirs,

I am writing, as my daughter says I should, about my late husband's current account. He passed away on {date} and I have been trying to telephone {cphone} but the options go round and round and I never get a person.

I have found his papers. The account is {iban}. For the telephone banking, {@mem}. I also have his card, the number is {card} and the PIN he kept in his wallet was {pin}. I do not want to do anything wrong, I only wish to pay the funeral director, who is asking for {amount}.

My own details are below. I was born {dob:old}, in case you need it.

Yours sincerely,
{@sig}""")
T("en-us", "dm", "bank", """
hi I run a small landscaping LLC (EIN {vat}) and your app mixed up my business and personal accounts. personal checking should get the refund, here you go, {@iban} (yes it's european, moved from Spain). business line is {cphone}""")
T("en-gb", "mail", "bank", """
Subject: Business account - payments going to wrong account

Hi,

I'm a sole trader (company no. {companyno}, VAT {vat}) and your system has started paying my card takings into my personal account instead of the business one.

Business account: stays as is.
Personal account, where it's wrongly going: {iban}

To prove it's me: debit card {card}, {@cvv}. The office line is {cphone} but better to text my mobile {phone}.

{@bye},
{name}""")
T("en-us", "pub", "bank", """
{mention} why does your app ask for my PIN AND a code every single time?? {@otp} and it expired in like 10 seconds {hashtag}""")
T("en", "dm", "bank", """
Need this sorted today please.
- card: {card}
- PIN: {pin}
- online banking:
{@login}
- code from the text: {otp}
- IBAN {iban}
the app shows {error} whatever I do""")
T("en-gb", "dm", "bank", """
Tried to log in 4 times now. 1) {@user} 2) passcode {pin:app} 3) text code {otp} 4) "{error}". What am I doing wrong 😩""")
T("en-us", "mail", "bank", """
Subject: Wire to Europe

Good afternoon,

I need to send {amount} to my daughter who is studying abroad. Details: {@iban}, name on account {rfirst} {last}. My card for the fee:
{@cardfull}


When I confirmed, it was rejected although {@otp} (error {error}).

Thank you,
{name}
{address:ml}
{phone}""")

# --- streaming / gaming / shops
T("en-us", "dm", "gaming", """
my account got hacked!! {@user}, they changed the email from {email}. last password I had was {password} and now the 2fa code {otp} doesn't work either. I've spent like {amount} on skins""")
T("en-gb", "dm", "streaming", """
my ex still logs into my account lol. email {email} pw {password}, I changed it to {password:b} just now, can you kick all the devices off?""")
T("en-us", "mail", "streaming", """
Subject: my son's account

Hi there,

My son set up an account on my card and now I can't cancel it. His login is {username:rel} and the password he gave me is {password}. The card being charged is {card} ({expiry}) and it's been charged {amount} a month since {date}.

Please cancel and refund what you can. My number is {phone}.

{name}""")
T("en-us", "dm", "shop", """
checkout won't take my card 🙃
{^@cardfull}
tried 3 times, error {error}, order {order}""")
T("en-gb", "pub", "gaming", """
{mention} locked out AGAIN. {^@login}, just reset it ffs {hashtag}""")
T("en-us", "dm", "gaming", """
| what | value |
|---|---|
| username | {username} |
| password | {password} |
| 2FA | {otp} |
| platform | {model} |
still says {error} when I log in""")
T("en", "telegram", "streaming", """
🔑 {password}
👤 {username}
📧 {email}
that's what I use, and it says wrong password. app {version}""")

# --- airline / insurer / gov
T("en-gb", "mail", "airline", """
Subject: Refund for cancelled flight {flight}

Hello,

Flight {flight} on {date} was cancelled and I was promised a refund of {amount}. I paid by card, {@card}. Please refund to the card or, if it's easier, {@iban}.

Booking was made under {email}.

Regards,
{@sig}""")
T("en-us", "dm", "airline", """
got charged twice ({amount} each) for {flight}. card ends in {masked}. the bank popped up twice too ({@otp}). full card is {card} if you need it""")
T("en-gb", "mail", "insurer", """
Subject: Claim - burst pipe

Hello,

Please find my details for the claim below:

Name: {name}
Date of birth: {dob}
Policy no.: {custno}
Bank for payment: {iban}
Address of the property: {address}

The plumber's invoice is {invoice}, for {amount}.

{@bye},
{first}""")
T("en", "mail", "insurer", """
Subject: Health insurance registration (expat)

Dear team,

I moved to the Netherlands last month and need to register for basic health insurance. My details:

- Name: {name}
- {@bsn}
- DOB: {dob}
- Address: {address:nl}
- Mobile: {phone:nl}
- Premium to be debited from {iban:nl}

The online form gives {error} after the BSN step.

Many thanks,
{first}""")
T("en", "dm", "gov", """
hi, I'm an expat, got a letter about my registration but I can't log in to your portal. {^@bsn}, born {dob}. the SMS code {otp} says expired straight away""")
T("en-gb", "dm", "gov", """
Council tax direct debit should come from {iban} not the old one. Council tax account {custno}. Moved in on {date}""")
T("en-us", "mail", "gov", """
Subject: Autopay for water bill

Hello,

Please set up autopay on account {custno} with this card:
{@cardfull}
Service address {address}.

Meter reading from today is {meter}, the online form rejected it with {error}.

Thank you,
{name}
{phone}""")
T("en", "mail", "gov", """
Subject: Tax refund not received

Hello,

I worked in the Netherlands in {year} and should get a refund of {amount:eur}. I'm back in the UK now. Details as your form asks: {name}, {dob}, BSN {bsn}. Please pay it into {iban}.

My UK address: {address:uk}

Kind regards""")
T("en-gb", "dm", "energy", """
Smart meter app asks me to log in again every day. {^@login}. Account {custno}, reading today {meter}""")
T("en-us", "dm", "energy", """
ope sorry to bug you guys, autopay failed again. card on file should be {card}, {@cvv}. Acct {custno}""")
T("en-us", "dm", "shop", """
y'all sent a verification code to my old number, I don't have that phone anymore. new number {phone}. the code that did come to my email was {otp} but it says invalid. order {order}""")
T("en-gb", "dm", "shop", """
Reset password link doesn't work (error {error}). Username {username}. Temp password from your email: {password}""")
T("en", "dm", "bank", """
sorry forgot to add: {@otp}""")
T("en-gb", "dm", "telco", """
Logging into the app asks for my account PIN. It's {pin} I'm sure of it. Account {custno}, I'm on {quantity:data} and it shows I've used {percent}""")
T("en-us", "agent", "bank", """
Hi {first}, I see you shared your online banking password ({password}) in your previous message. Please never send this to anyone, including us. I've locked the login as a precaution under case {ticket}; you can set a new one at {url}. - {agent}""")
T("en-gb", "agent", "telco", """
> {@wifi}
Thanks {first}. I've pushed that key to the router remotely, so give it 5 minutes and restart your {model:telco}. Your reference is {ticket}. ^{agent}""")

# --- low-risk only (contact details, customer numbers etc.)
T("en-gb", "mail", "energy", """
Subject: Change of address

Hello,

I'm moving on {date}. New address: {address}. Please move my supply, account {custno}. Final reading at the old place is {meter}.

You can reach me on {phone} or {email}.

{@bye},
{name}""")
T("en-us", "dm", "shop", """
hey my package never showed ({tracking}). ship to address was {address}, call me at {phone} if the driver needs directions""")
T("en", "dm", "telco", """
Can someone call me back? {phone}. Account {custno}. Broadband's been dropping every evening around {time}""")
T("en-gb", "mail", "insurer", """
Subject: Update my details

Hi,

Please update my policy {custno}:
email: {email}
phone: {phone}
date of birth (was wrong on the schedule): {dob}

{@sig}""")
T("en-us", "agent", "shop", """
Hi {first}! I've updated the delivery address on order {order} to {address}. We'll text {phone} once it's out for delivery. - {agent}""")
T("en-gb", "dm", "hosting", """
Our office IP changed to {ip}, can you whitelist it for the SFTP? Account {custno}""")
T("en-us", "mail", "gaming", """
Subject: Account banned by mistake

Hi,

My account got banned and it says suspicious login from {ip}. That's my home IP. Account email {email}, customer id {custno}.

{name}""")
T("en", "dm", "airline", """
Hi, my email on booking for {flight} is wrong, should be {email}. Phone {phone}""")
T("en-gb", "agent", "bank", """
Hi {first}, thanks for confirming your date of birth ({dob}) and postcode. I've sent a new card to the address we hold. Case {ticket}. ^{agent}""")
T("en-us", "mail", "gov", """
Subject: Wrong name on bill

Hello, the bill for account {custno} has my late father's name. I'm {name}, same address {address:ml}. Reach me at {email}.""")

# --- hard negatives only
T("en-gb", "pub", "telco", """
{mention} third outage this week 😡 paying for {quantity:speed} and getting nothing since {time}. Error {error} on the {model:telco}. {hashtag}""")
T("en-us", "pub", "bank", """
{mention} your app update {version} broke login, it just says PIN error {error} every time. fix it {hashtag}""")
T("en-gb", "dm", "shop", """
Parcel {tracking} says delivered on {date} but nothing here. Order {order}, {amount}. Voucher code {product:voucher} didn't apply either""")
T("en-us", "mail", "airline", """
Subject: Delayed baggage

Hi, my bag didn't arrive on {flight} ({date}, landed {time}). File reference {ticket}. I've spent {amount} on essentials. Receipts attached.

{first}""")
T("en-gb", "dm", "telco", """
The wifi password is on the sticker on the back of the {model:telco} right? Where exactly? Also what's the default admin page, {url}?""")
T("en-gb", "agent", "telco", """
Hi {first}, your SIM PIN and PUK are printed on the card your SIM came in. Please never share them with us. If it's lost, call {cphone} and we'll verify you. Ref {ticket}. ^{agent}""")
T("en-us", "agent", "bank", """
Hi there - we'll never ask for your full card number, PIN or one-time code. The card on the account is {masked}. Your dispute for {amount} is under case {ticket}. - {agent}""")
T("en", "pub", "streaming", """
{mention} price going up {percent} again?? I've been a subscriber since {year} {hashtag}""")
T("en-gb", "mail", "energy", """
Subject: Bill too high

Hi,

Bill {invoice} says I used {quantity:energy} last quarter, which is nonsense. Meter reading today is {meter}. My direct debit is {amount}.

Thanks,
{first}""")
T("en-us", "dm", "gaming", """
getting error {error} on {model} since patch {version:num}. 100% reproducible, every time after the 2FA screen""")
T("en-gb", "dm", "hosting", """
Your API docs at {url} say the key goes in the header but the example shows a query param. Which one? Getting {error} on SDK {version:num}""")
T("en-us", "pub", "shop", """
{mention} ordered {product} on {date}, order {order}, still processing?? {hashtag}""")
T("en-gb", "dm", "bank", """
Card reader shows "{error}" when I press Respond. Is it the battery? It's the grey one. My card ends {masked}""")
T("en", "agent", "energy", """
Hi {first}, thanks. We've logged your reading of {meter} on {date}. Your new monthly amount is {amount}, that's {percent} less. Questions? {cphone}. ^{agent}""")

T("en-gb", "dm", "streaming", """
Can't sign in on the telly. Email's {email}, {@pw}. It just spins and then says {error}""")
T("en-us", "dm", "bank", """
card got declined at the gas station twice. {^@pin} for sure, I've had it for years. card {card}. what's going on??""")
T("en-gb", "mail", "shop", """
Subject: Account locked

Hi,

My account has been locked after I tried to log in this morning. {^@user} and {@pw}. I've had an account with you since {year} and I have order {order} still pending.

{@bye}
{@sig}""")
T("en-us", "dm", "gaming", """
my little brother changed my password. old one was {password}, {@user}. can u reset it. Also for the parental lock, {@pin}""")
T("en-gb", "dm", "bank", """
Card blocked after 3 wrong tries at the cash machine. I'm certain of it, {@pin}. Card {card}, can you unblock it""")
T("en", "dm", "telco", """
Hi, {@pw} for the My Account page but it says {error}. {^@user}. Tried on {model} and laptop""")
T("en-gb", "mail", "telco", """
Subject: Re: Your broadband order

Hi,

The engineer left but the router needs a login for setup. The letter says:
  PPPoE username: {username}
  password: {password}
Typed both exactly and still error {error}. Also {@pw} for my online account, same problem there.

{@bye}
{name}""")
T("en-us", "agent", "streaming", """
Hey {first}, thanks for your patience! Just a heads-up: your message included a password ({@pw}) - please change it at {url} since it's now in our chat history. Ref {ticket}. - {agent}""")
T("en-gb", "dm", "hosting", """
Our mobile app login returns this - is the token really supposed to expire after 5 minutes?

{"access_token": "{token:jwt}", "refresh_token": "{token:opaque}", "expires_in": 300}

app {version}, backend SDK {version:num}""")
T("en-us", "telegram", "hosting", """
npm publish to your registry fails. .npmrc:
//registry.{domain}/:_authToken={token:hex40}
error {error}, started {date}""")
T("en-gb", "whatsapp", "telco", """
Hi
SIM blocked
PUK on the card says {puk}
Phone says wrong
number is {phone}""")
T("en-us", "pub", "telco", """
{mention} my phone is asking for a puk code, I typed {puk} from the card and now it says 9 attempts left?? {hashtag}""")
T("en-gb", "dm", "bank", """
This is what the app sends when I log in (copied off the debug screen my nephew turned on):
{"username": "{username}", "password": "{password}", "device": "{model:phone}", "appVersion": "{version:num}"}
and the answer is {"code": "{error}"}. Why?""")
T("en-us", "mail", "hosting", """
Subject: containers can't reach DB after your network change

Hi,

Since {date} our stack restarts in a loop. docker-compose.yml (trimmed):

services:
  api:
    environment:
      - POSTGRES_USER={username}
      - POSTGRES_PASSWORD={password}
      - SMTP_PASS={password:b}
      - SENTRY_DSN=https://{api_key:hex32}@o4505.ingest.{domain}/42

Error: {error}. We're paying {amount} a month for this.

{first}""")

# ============================== NEDERLANDS ================================
T("nl", "mail", "hosting", """
Onderwerp: Betalingen via API falen sinds vanochtend

Hoi {brand},

Sinds {time} krijgen we op alle calls {error} terug. Dit is de curl die ik draai:

curl -X POST {url:api} \\
  -H "Authorization: Bearer {token}" \\
  -H "Content-Type: application/json"

En uit onze .env:

API_KEY={api_key}
API_SECRET={api_key:awssecret}
DB_URL=mysql://{username}:{password}@localhost:3306/webshop

We draaien versie {version:num} van jullie plugin. KvK {kvk}, mocht je dat nodig hebben.

{@bye}
{name}""")
T("nl", "dm", "hosting", """
hee, onze koppeling geeft {error}. config.yaml:
```
api:
  key: {api_key}
  webhook_secret: {token:hex40}
```
draait op {version}""")
T("nl", "mail", "hosting", """
Onderwerp: Inloggen controlepaneel lukt niet

Goedemiddag,

Ik kan sinds de verhuizing naar jullie nieuwe platform niet meer inloggen op het controlepaneel. Stap voor stap:

1. ik ga naar {url}
2. vul in: {@login}
3. ik krijg een sms met code, vandaag was dat {otp}
4. dan staat er "{error}"

Ook de database-gebruiker werkt niet meer: postgres://{username:rel}:{password:b}@db.{domain}:5432/klanten

Mijn klantnummer is {custno}.

{@bye},
{@sig}""")
T("nl", "dm", "hosting", """
{^@token}
{^@apikey}
allebei {error} sinds jullie update van {date}, wat is er veranderd??""")
T("nl", "telegram", "hosting", """
GitHub koppeling kapot. nieuw token aangemaakt: {token:ghp} en nog steeds {error}. en de oude Slack bot {token:xoxb} kan ook weg""")
T("nl", "mail", "shop", """
Onderwerp: WooCommerce koppeling

Beste support,

Bestellingen komen niet meer door sinds {date} (o.a. bestelnummer {order}). Dit staat in de plugin:

Consumer key: {api_key:ck}
Consumer secret: {api_key:cs}

Onze winkel: KvK {kvk}, btw {vat}, tel. {cphone}.
Het abonnement wordt afgeschreven van mijn privérekening {iban}, dat wil ik eigenlijk ook veranderen.

Groet,
{first}""")
T("nl", "dm", "hosting", """
Ik heb per ongeluk mijn .env in een publiek issue geplakt 🙈
STRIPE_KEY={api_key:sk_live}
JWT_SECRET={token:hex40}
ADMIN_PASS={password}
kunnen jullie meekijken? account {custno}""")

# --- modem / internet
T("nl", "mail", "telco", """
Onderwerp: internet doet het niet meer

Geachte heer, mevrouw,

Mijn naam is {name} en ik ben al klant bij u sinds {year}. Mijn kleinzoon heeft het modem ({model:telco}) destijds aangesloten maar die woont nu in {city}, dus ik moet het zelf zien te redden.

Sinds {date} brandt er een rood lampje. Ik heb de handleiding erbij gepakt en op de computer het adres ingetypt. Daar werd gevraagd om het wachtwoord van het modem, ik heb {password} ingevuld, dat staat in mijn boekje, maar dat werd niet geaccepteerd. Op de sticker onder het kastje staat het volgende: {@wifi}. De naam van het netwerk is {ssid}.

Ik heb ook naar {cphone} gebeld maar na {quantity:min} wachten heb ik opgehangen.

Mijn klantnummer is {custno}.

Met vriendelijke groet,
{@sig}""")
T("nl", "dm", "telco", """
hoi! nieuwe router van jullie gekregen, {model:telco}. {^@wifi} maar mijn tv pakt hem niet. netwerk {ssid}""")
T("nl", "pub", "telco", """
{mention} al 3 dagen geen internet en ja ik heb het goed ingevuld, {@wifi} 😡 {hashtag}""")
T("nl", "dm", "telco", """
Ik wil mijn eigen router gebruiken. Welke instellingen? Ik heb van jullie gekregen: PPPoE gebruikersnaam {username} en ww {password}. VLAN 6 geprobeerd, krijg {error}""")
T("nl", "whatsapp", "telco", """
Hallo
Het gastnetwerk in mijn kapsalon werkt niet
Gast wifi {wifi_key}
Privé {wifi_key:b}
KvK {kvk}
Kan iemand bellen? {phone}""")

# --- SIM
T("nl", "dm", "telco", """
Mijn telefoon vraagt om een PUK-code, ik heb 3x de verkeerde pin ingetoetst 🙈 {^@puk} staat op het pasje maar die wordt niet geaccepteerd. {^@simpin}. Nummer {phone}""")
T("nl", "mail", "telco", """
Onderwerp: simkaart van mijn moeder geblokkeerd

Hallo,

De simkaart van mijn moeder is geblokkeerd. Haar nummer is {phone:rel}. Ze heeft {pin} ingetoetst als pincode, maar dat klopte blijkbaar niet. Op het oude pasje staat: {@puk}.

Ik regel het voor haar, mijn eigen nummer is {phone}.

{@bye}""")
T("nl", "whatsapp", "telco", """
hoi
ik heb een nieuwe sim gekregen
pincode {pin}
puk {puk}
maar hij zegt sim ongeldig??
telefoon is {model:phone}""")
T("nl", "dm", "telco", """
de pin van mn nieuwe esim? in de mail staat PIN {pin}, {@puk}, maar de {model:phone} vraagt om een activatiecode. Bestelling {order}""")

# --- bank
T("nl", "dm", "bank", """
Help ik denk dat ik opgelicht ben. Iemand belde namens jullie en ik heb alles doorgegeven: {@card}, {@cvv}. Ook {@reader}. Kunnen jullie alles blokkeren??""")
T("nl", "mail", "bank", """
Onderwerp: betaling aan nieuwe begunstigde lukt niet

Goedemiddag,

Ik probeer een nieuwe rekening toe te voegen maar het gaat steeds mis. Ik doe het volgende:

- pas in de lezer, pincode {pin} ingetoetst
- {@reader}
- daarna in de app: {@apppin}

En dan zegt hij "{error}". Ik wil {amount} overmaken naar mijn aannemer.

{@bye}
{@sig}""")
T("nl", "dm", "bank", """
Mijn moeder (86) weet haar pincode niet meer. Ze dacht dat het {pin} was. Kunnen jullie een nieuwe sturen? Haar rekening is {iban}, geboren {dob:old}""")
T("nl", "mail", "bank", """
Onderwerp: Rekening van mijn overleden man

Geachte dames en heren,

Op {date} is mijn man overleden. Ik schrijf u omdat ik niet weet hoe het nu verder moet met zijn rekening. Mijn dochter zegt dat ik het via de mail moet doen, dus ik probeer het zo.

Zijn rekeningnummer is {iban}. Zijn pasje heb ik nog, daar staat op {card}. Zijn pincode is {pin}, die had hij op een briefje in zijn portemonnee. Ik wil alleen de begrafenisondernemer betalen, die vraagt {amount}.

Mijn eigen gegevens: ik ben van {dob:old}, {@bsn}.

Met vriendelijke groet,
{@sig}""")
T("nl", "dm", "bank", """
Ik heb een eenmanszaak (KvK {kvk}, btw-id {vat}) en jullie hebben de terugbetaling op de zakelijke rekening gezet. Het moet naar mijn privérekening: {@iban}. Zakelijk nummer is {cphone}""")
T("nl", "pub", "bank", """
{mention} jullie app vraagt elke keer om een code, {@otp} en die is dan al verlopen 🙄 {hashtag}""")
T("nl", "dm", "bank", """
Wil dit vandaag geregeld hebben.
• pas: {card}
• pin: {pin}
• {@login}
• code uit sms: {otp}
• IBAN {iban}
app geeft {error}""")
T("nl", "dm", "bank", """
kan niet inloggen, {username} {password} klopt toch?? al 3x geprobeerd""")
T("nl", "dm", "bank", """
Ik heb 2 keer {amount} afgeschreven gekregen. Creditcard:
{@cardfull}
Kan dat teruggezet worden op {iban}?""")

# --- energie / shop / gaming / streaming
T("nl", "dm", "energy", """
Ik kom niet in de app. {^@login}. Klantnummer {custno}, meterstand vandaag {meter}""")
T("nl", "mail", "energy", """
Onderwerp: Machtiging wijzigen

Hallo,

Wilt u het maandbedrag voortaan afschrijven van {iban} in plaats van de oude rekening? Mijn klantnummer is {custno}. Meterstand stroom {meter}, gas {meter:b}.

{@bye},
{name}""")
T("nl", "dm", "shop", """
Bestelling {order} betaald met creditcard maar staat op "in afwachting". {^@cardfull}. Kortingscode {product:voucher} was ook niet verwerkt""")
T("nl", "dm", "gaming", """
mijn account is gehackt!! {@user}, mail is veranderd (was {email}). oude ww {password}, 2fa code {otp} werkt niet meer""")
T("nl", "dm", "streaming", """
Mijn zoon heeft met mijn account zitten kloten. De code van mijn zoon voor het kinderprofiel was {pin}, zijn login is {username:rel} met {password}. Kunnen jullie dat resetten?""")
T("nl", "whatsapp", "shop", """
goedemiddag
ik krijg geen sms code
nieuwe nummer is {phone}
in de mail kreeg ik wel {otp}
maar dat werkt niet
bestelnummer {order}""")

# --- overheid / verzekeraar
T("nl", "mail", "gov", """
Onderwerp: aanvraag huurtoeslag

Goedendag,

Ik heb een brief gekregen dat mijn aanvraag niet compleet is. Hierbij mijn gegevens:

Gegevens: {name} {dob} {bsn}
Adres: {address}
Telefoon: {phone}
Rekening voor de uitbetaling: {iban}

Ik kan niet inloggen met de app, de sms komt steeds te laat ({@otp}).

{@bye}""")
T("nl", "dm", "gov", """
Ik moet een afspraak maken voor een nieuw paspoort maar het formulier geeft {error}. {^@bsn}, geb datum {dob}""")
T("nl", "mail", "insurer", """
Onderwerp: Declaratie fysiotherapie

Beste mensen,

Mijn declaratie van {date} is nog niet betaald. Polisnummer {custno}, {@bsn}. Het bedrag ({amount}) mag op {iban}.

Factuurnummer fysio: {invoice}.

Met vriendelijke groet,
{name}
{address:ml}""")
T("nl", "dm", "insurer", """
Mijn vader wil zijn zorgverzekering omzetten. Zijn bsn is {bsn}, geboren {dob:old}, hij kan zelf niet goed typen. Zijn inlog voor de app: {username:rel} / {password}""")
T("nl", "telegram", "gov", """
Ik ben van {dob}
bsn {bsn}
wat moet ik nog meer sturen voor de parkeervergunning?""")
T("nl", "mail", "gov", """
Onderwerp: kwijtschelding gemeentelijke belastingen

Geachte heer/mevrouw,

Hierbij stuur ik de gevraagde gegevens:

| Naam | {name} |
| BSN | {bsn} |
| Geboortedatum | {dob} |
| IBAN | {iban} |

Aanslagnummer {invoice}.

Met vriendelijke groet""")
T("nl", "agent", "bank", """
Hoi {first}, ik zie dat je je pincode ({pin}) in je vorige bericht hebt gezet. Deel die nooit, ook niet met ons! Ik heb je pas uit voorzorg geblokkeerd onder zaak {ticket}. Groet, {agent}""")
T("nl", "agent", "hosting", """
> {@apikey}
Hoi {first}, bedankt. Deze sleutel is nu openbaar gedeeld, trek hem a.u.b. direct in via {url}. Ticket {ticket}. ^{agent}""")

# --- laag risico
T("nl", "mail", "energy", """
Onderwerp: verhuizing

Hallo,

Per {date} verhuis ik naar {address}. Klantnummer {custno}. Eindstand op het oude adres: {meter}.

Bereikbaar op {phone} of {email}.

{@bye}
{first}""")
T("nl", "dm", "shop", """
Pakket {tracking} is niet aangekomen. Adres is {address}, bel me even op {phone} als de bezorger het niet kan vinden""")
T("nl", "dm", "telco", """
Kunnen jullie me terugbellen? {phone}. Klantnr {custno}""")
T("nl", "agent", "shop", """
Hoi {first}, ik heb het afleveradres van bestelling {order} aangepast naar {address}. We sturen een sms naar {phone} zodra hij onderweg is. ^{agent}""")
T("nl", "mail", "insurer", """
Onderwerp: gegevens wijzigen

Hoi, wilt u mijn mailadres wijzigen naar {email}? Telefoon blijft {phone}. Relatienummer {custno}. Geboortedatum klopte ook niet, moet {dob} zijn.

{first}""")
T("nl", "dm", "hosting", """
ons kantoor-IP is veranderd naar {ip}, kunnen jullie dat toevoegen aan de whitelist? klantnr {custno}""")

# --- alleen hard negatives
T("nl", "pub", "telco", """
{mention} alweer storing 😡 betaal voor {quantity:speed} en krijg niks. Foutcode {error} op de {model:telco}. {hashtag}""")
T("nl", "pub", "bank", """
{mention} na de update naar {version} krijg ik foutcode {error} bij het pinnen?? {hashtag}""")
T("nl", "dm", "shop", """
Pakket {tracking} staat op bezorgd sinds {date} maar hier is niks. Bestelnummer {order}, {amount}. Kortingscode {product:voucher} deed het ook niet""")
T("nl", "dm", "telco", """
Het wifi wachtwoord staat op de sticker van de {model:telco} toch? Ik zie alleen een serienummer en "WPA2". Pincode van de sim staat op het pasje zeker?""")
T("nl", "agent", "telco", """
Hoi {first}, je pincode en PUK staan op het pasje waar je simkaart in zat. Deel ze nooit met ons. Kwijt? Bel {cphone}. Referentie {ticket}. ^{agent}""")
T("nl", "agent", "bank", """
Hallo {first}, wij vragen nooit om je pincode of inlogcode. De rekening in ons systeem is {masked}. Je bezwaar van {amount} staat onder zaaknummer {ticket}. Groet, {agent}""")
T("nl", "mail", "energy", """
Onderwerp: jaarafrekening klopt niet

Hallo,

Op factuur {invoice} staat een verbruik van {quantity:energy}, dat is {percent} meer dan vorig jaar. Meterstand vandaag: {meter}. Het termijnbedrag van {amount} is veel te hoog.

Groet,
{first}""")
T("nl", "dm", "airline", """
Vlucht {flight} van {date} geannuleerd, vertrek was {time}. Zaaknummer {ticket}. Wanneer krijg ik die {amount} terug?""")
T("nl", "dm", "gaming", """
krijg {error} op mijn {model} sinds versie {version:num}, elke keer na de verificatiecode stap""")
T("nl", "pub", "streaming", """
{mention} alweer {percent} duurder? klant sinds {year} {hashtag}""")

# ============================== VLAAMS ====================================
T("nl-be", "dm", "telco", """
Dag, mijn gsm vraagt nen PUK code. {^@puk} maar da werkt ni. {^@simpin}. Nummer is {phone}""")
T("nl-be", "dm", "bank", """
Amai, ik denk da ik opgelicht ben. Iemand belde en ik heb mijn kaartnummer {card} gegeven, en {@reader}. Gelieve alles te blokkeren aub""")
T("nl-be", "mail", "telco", """
Onderwerp: internet werkt ni meer

Goeiedag,

Sinds {date} hebben wij geen internet meer. De modem ({model:telco}) heeft een rood lichtje. Op de sticker: {@wifi}, het netwerk heet {ssid}. Ik heb al heropgestart.

Ik heb ook het paswoord van de modem geprobeerd: {password}, maar da werd ni aanvaard.

Klantennummer {custno}.

{@bye},
{@sig}""")
T("nl-be", "dm", "bank", """
Ge hebt mij twee keer {amount} aangerekend. Gelieve terug te storten: {@iban}. Mijn bankkaart is {card}, {@pin}""")
T("nl-be", "dm", "streaming", """
ik geraak ni meer binnen op mijn account. {^@login}. kunt ge da resetten?""")
T("nl-be", "mail", "bank", """
Onderwerp: Rekening van mijn moeder

Goeiendag,

Mijn moeder is 91 en geraakt niet meer in haar rekening. Haar rekeningnummer is {iban}, {@pin} (van haar) en de kaartlezer geeft {otp:reader}. Ik help haar ermee.

Mijn gsm: {phone}

{@bye}
{first}""")
T("nl-be", "dm", "gov", """
Ik werk in Nederland als grensarbeider. Nederlands nummer: {@bsn}, geboren {dob}. Waarom krijg ik {error} op het formulier?""")
T("nl-be", "whatsapp", "energy", """
dag
app vraagt ne code
{^@otp}
maar hij zegt ongeldig
klantnr {custno}""")
T("nl-be", "dm", "shop", """
Bestelling {order} betaald met Bancontact maar niks ontvangen. Kaart {card:bcmc}, vervalt {expiry}. Ik wil mijn geld terug op {iban}""")
T("nl-be", "dm", "telco", """
Ik heb een zaak (ondernemingsnummer {kbo}) en de wifi voor de klanten werkt ni. {^@wifi}. Zakelijk nummer {cphone}, mijn gsm {phone}""")
T("nl-be", "dm", "gaming", """
account gehackt!! {@user}, oud paswoord {password}, 2fa code {otp:plain} werkt ni""")
T("nl-be", "mail", "insurer", """
Onderwerp: schadeclaim

Goeiedag,

Voor de schade van {date}: polisnummer {custno}, geboortedatum {dob}. Gelieve uit te betalen op {iban}.

Met vriendelijke groeten,
{name}
{address:ml}""")
T("nl-be", "mail", "telco", """
Onderwerp: adreswijziging

Dag, vanaf {date} woon ik op {address}. Klantennummer {custno}. Gsm {phone}.

Groetjes
{first}""")
T("nl-be", "dm", "shop", """
Pakje {tracking} nog altijd ni toegekomen. Adres: {address}. Bel me op {phone}""")
T("nl-be", "agent", "energy", """
Dag {first}, we hebben je nieuwe adres {address} genoteerd op klantennummer {custno}. ^{agent}""")
T("nl-be", "pub", "telco", """
{mention} alweer panne 😤 betaal voor {quantity:speed}, foutcode {error} op de {model:telco} {hashtag}""")
T("nl-be", "dm", "bank", """
Bij het betalen met Bancontact krijg ik foutcode {error}. Pincode is juist hoor. Kaart eindigt op {masked}""")
T("nl-be", "dm", "energy", """
Meterstand dag {meter}, nacht {meter:b}. Factuur {invoice} van {amount} klopt ni, da is {percent} meer""")
T("nl-be", "agent", "telco", """
Dag {first}, uw pincode en PUK staan op de kaart van uw simkaart. Deel die nooit met ons. Dossiernummer {ticket}. Bel anders {cphone}. ^{agent}""")
T("nl-be", "dm", "airline", """
Vlucht {flight} op {date} geannuleerd. Dossier {ticket}. Wanneer krijg ik mijn {amount} terug?""")

# ============================== FRANÇAIS (BE) =============================
T("fr-be", "dm", "telco", """
Bonjour, mon GSM demande un code PUK. {^@puk} mais ça ne fonctionne pas. {^@simpin}. Mon numéro {phone}""")
T("fr-be", "dm", "bank", """
Je pense que je me suis fait arnaquer. Quelqu'un a appelé et j'ai tout donné : {@card}, {@cvv} et {@reader}. Bloquez tout svp""")
T("fr-be", "mail", "telco", """
Objet : plus d'internet

Bonjour,

Depuis le {date}, plus d'internet. Le modem ({model:telco}) clignote en rouge. Sur l'étiquette : {@wifi}, le réseau s'appelle {ssid}. Pour la page d'administration j'ai essayé {password}, refusé.

Numéro client {custno}.

{@bye},
{@sig}""")
T("fr-be", "dm", "bank", """
Vous m'avez débité deux fois {amount}. Remboursez svp, {@iban}. Ma carte {card}, {@pin}""")
T("fr-be", "dm", "streaming", """
je n'arrive plus à me connecter. {^@login}. pouvez-vous réinitialiser?""")
T("fr-be", "mail", "bank", """
Objet : Compte de ma mère

Bonjour,

Ma mère a nonante ans et n'arrive plus à accéder à son compte. Son numéro de compte est {iban}, pour elle {@pin} et le digipass affiche {otp:reader}. Je l'aide pour ses démarches.

Mon GSM : {phone}

{@bye}
{first}""")
T("fr-be", "dm", "gov", """
Je suis frontalier aux Pays-Bas. {^@bsn}, né le {dob}. Le formulaire donne l'erreur {error}""")
T("fr-be", "whatsapp", "energy", """
bonjour
l'appli demande un code
{^@otp}
mais il dit invalide
n° client {custno}""")
T("fr-be", "dm", "shop", """
Commande {order} payée par carte mais rien reçu. {^@cardfull}. Je veux être remboursé sur {iban}""")
T("fr-be", "dm", "telco", """
J'ai un commerce (n° d'entreprise {kbo}) et le wifi clients ne marche pas. {^@wifi}. Numéro du magasin {cphone}, mon GSM {phone}""")
T("fr-be", "dm", "gaming", """
compte piraté !! {^@user}, ancien mdp {password}, le code 2FA {otp:plain} ne marche plus""")
T("fr-be", "mail", "insurer", """
Objet : sinistre

Bonjour,

Pour le sinistre du {date} : police n° {custno}, date de naissance {dob}. Merci de verser l'indemnité sur {iban}.

{@bye},
{name}
{address:ml}""")
T("fr-be", "mail", "telco", """
Objet : changement d'adresse

Bonjour, à partir du {date} j'habite {address}. Numéro client {custno}. GSM {phone}.

{first}""")
T("fr-be", "dm", "shop", """
Colis {tracking} toujours pas arrivé. Adresse : {address}. Appelez-moi au {phone}""")
T("fr-be", "agent", "energy", """
Bonjour {first}, nous avons noté votre nouvelle adresse {address} pour le numéro client {custno}. ^{agent}""")
T("fr-be", "pub", "telco", """
{mention} encore une panne 😤 je paie pour {quantity:speed}, code erreur {error} sur le {model:telco} {hashtag}""")
T("fr-be", "dm", "bank", """
En payant avec Bancontact j'ai le code erreur {error}. Mon code PIN est correct. Carte se terminant par {masked}""")
T("fr-be", "dm", "energy", """
Index jour {meter}, nuit {meter:b}. Facture {invoice} de {amount}, c'est {percent} de plus, pas normal""")
T("fr-be", "agent", "telco", """
Bonjour {first}, vos codes PIN et PUK se trouvent sur le support de votre carte SIM. Ne les partagez jamais. Dossier {ticket}. Sinon appelez le {cphone}. ^{agent}""")
T("fr-be", "dm", "airline", """
Vol {flight} du {date} annulé. Dossier {ticket}. Quand est-ce que je récupère mes {amount} ?""")
T("nl", "mail", "hosting", """
Onderwerp: token verloopt te snel

Hallo,

Onze integratie logt elke 10 minuten uit. Request uit de log:

GET /v1/klanten HTTP/1.1
Host: api.{domain}
Authorization: Bearer {token:jwt}
X-Refresh: {token:opaque}

Response {error}. Pakket {product}, factuur {invoice} is betaald.

{@bye}
{first}""")
T("nl", "pub", "telco", """
{mention} simkaart geblokkeerd, pukcode {puk} van het pasje wordt niet geaccepteerd?? {hashtag}""")
T("nl", "dm", "streaming", """
kreeg dit te zien in de foutmelding?? {"user":"{username}","password":"{password}","status":{error}} dat hoort toch niet zichtbaar te zijn""")
T("fr-be", "mail", "hosting", """
Objet : connexion base de données

Bonjour,

Depuis la migration du {date}, notre site affiche l'erreur {error}. Voici la chaîne de connexion de notre fichier .env :

DATABASE_URL=postgres://{username}:{password}@sql.{domain}:5432/boutique
API_KEY={api_key}

N° d'entreprise {kbo}.

{@bye}
{name}""")
T("nl-be", "dm", "hosting", """
onze webshop ligt plat, {error}. uit de config:
```
DB_USER={username}
DB_PASS={password}
PAYMENT_KEY={api_key:api}
```
ondernemingsnummer {kbo}""")


# --------------------------------------------------------------------------
# variant-aware generators that need message-level consistency


def g_email2(c, v):
    rel = v == "rel"
    key = "_email_rel" if rel else "_email"
    if key not in c.cache:
        r = c.rng
        fn = c.rfirst if rel else c.first
        f, l = slug(fn), slug(c.last)
        doms = [d for d, reg in c.pools["domain"] if reg in (c.region, "all")]
        local = r.choice([f + "." + l, f[0] + l, f + l + digits(r, 2), f + "_" + str(r.randint(1950, 2004)), l + "." + f,
                          f + "." + l[:1] + digits(r, 2)])
        c.cache[key] = (local, r.choice(doms))
    local, dom = c.cache[key]
    shape = c.rng.randint(0, 11) if v != "plain" else 0
    if shape == 10:
        s = local + " @ " + dom
    elif shape == 11:
        word = {"nl": ("at", "punt"), "vl": ("at", "punt"), "fr": ("arobase", "point"), "en": ("at", "dot")}[c.group]
        s = local + " " + word[0] + " " + dom.replace(".", " " + word[1] + " ")
    else:
        s = local + "@" + dom
    return s, (SPAN, "email")


def n_quantity2(c, v):
    r = c.rng
    nl = c.group in ("nl", "vl")
    opts = {
        "speed": ["%d Mbps" % r.choice([50, 100, 200, 500, 1000]), "%d Mbit/s" % r.choice([100, 400, 1000]), "%d Mb/s" % r.choice([30, 60, 150])],
        "data": ["%d GB" % r.choice([5, 10, 20, 50, 100]), "%d GB" % r.choice([8, 15, 30])],
        "energy": ["%d kWh" % r.randint(800, 4800), "%d m³" % r.randint(300, 2200)],
        "min": ["%d minuten" % r.randint(20, 90)] if nl else (["%d minutes" % r.randint(20, 90)] if c.group != "fr" else ["%d minutes" % r.randint(20, 90)]),
    }
    if v not in opts:
        v = r.choice(list(opts))
    return r.choice(opts[v]), (NEG, "quantity")


def n_url2(c, v):
    r = c.rng
    if v == "api":
        return "https://api." + c.domain() + r.choice(["/v1/charges", "/v2/orders", "/v1/payments", "/v1/messages"]), (NEG, "url")
    return n_url(c, v)


GEN.update({"email": g_email2, "quantity": n_quantity2, "url": n_url2})

# --------------------------------------------------------------------------
# engine

SLOT_RE = re.compile(r"\{(\^?@?[a-z_0-9]+)(?::([a-z0-9_]+))?\}")


class Out:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)


def deal(items):
    """Deal a list alternately to the two halves (index parity, seed independent)."""
    return {HALVES[0]: items[0::2], HALVES[1]: items[1::2]}


def build_half_data():
    halves = {h: {"pools": {}, "brands": {}, "frags": {}} for h in HALVES}
    for k, lst in POOLS.items():
        for h, sub in deal(lst).items():
            halves[h]["pools"][k] = sub
    for k, lst in BRANDS.items():
        for h, sub in deal(lst).items():
            halves[h]["brands"][k] = sub
    for g, frs in FRAGS.items():
        for name, lst in frs.items():
            ids = [("%s.%s.%d" % (g, name, i), t) for i, t in enumerate(lst)]
            for h, sub in deal(ids).items():
                halves[h]["frags"][(g, name)] = sub
    # templates: assign ids, category, then deal per (group, category)
    for i, t in enumerate(TEMPLATES):
        t["id"] = "T%03d" % i
        t["cat"], t["hr"] = classify(t["text"], LANG_GROUP[t["lang"]])
    groups = collections.OrderedDict()
    for t in TEMPLATES:
        groups.setdefault((LANG_GROUP[t["lang"]], t["cat"]), []).append(t)
    for h in HALVES:
        halves[h]["templates"] = collections.defaultdict(list)
    for key, lst in groups.items():
        for h, sub in deal(lst).items():
            halves[h]["templates"][key].extend(sub)
    return halves


def frag_variants(group, name):
    out = list(FRAGS.get(group, {}).get(name, []))
    if not out and group in FRAG_FALLBACK:
        out = list(FRAGS[FRAG_FALLBACK[group]].get(name, []))
    return out


def classify(text, group, depth=0):
    """Return (category, set of high-risk types) a template can produce."""
    hr, lo = set(), False
    for m in SLOT_RE.finditer(text):
        name = m.group(1).lstrip("^")
        if name.startswith("@"):
            vs = frag_variants(group, name[1:])
            for v in vs:
                cat, h2 = classify(v, group, depth + 1)
                hr |= h2
                lo = lo or cat != "neg"
        elif name in SLOT_TYPES:
            typ = SLOT_TYPES[name]
            if typ in HIGH_RISK:
                hr.add(typ)
            lo = True
    return ("hr" if hr else ("lo" if lo else "neg")), hr


def pick_frag(ctx, half, name):
    g = ctx.group
    lst = half["frags"].get((g, name))
    if not lst and g in FRAG_FALLBACK:
        lst = half["frags"].get((FRAG_FALLBACK[g], name))
    if not lst:
        raise KeyError("no fragment %s for %s" % (name, g))
    return ctx.rng.choice(lst)


def render(ctx, half, text, src, out):
    pos = 0
    for k, m in enumerate(SLOT_RE.finditer(text)):
        out.add(text[pos:m.start()])
        pos = m.end()
        name, var = m.group(1), m.group(2)
        cap = name.startswith("^")
        name = name.lstrip("^")
        if name.startswith("@"):
            fid, ftext = pick_frag(ctx, half, name[1:])
            sub = Out()
            render(ctx, half, ftext, fid, sub)
            s = sub.text()
            if cap:
                s = s[:1].upper() + s[1:]
            base = out.n
            for sp in sub.spans:
                out.spans.append(dict(sp, start=sp["start"] + base, end=sp["end"] + base))
            for ng in sub.negs:
                out.negs.append(dict(ng, start=ng["start"] + base, end=ng["end"] + base))
            out.add(s)
            continue
        if name not in GEN:
            raise KeyError("unknown slot %s in %s" % (name, src))
        key = (name, var)
        if key in ctx.cache:
            val, lab = ctx.cache[key]
        else:
            val, lab = GEN[name](ctx, var)
            ctx.cache[key] = (val, lab)
        if cap:
            val = val[:1].upper() + val[1:]
        start = out.n
        out.add(val)
        if lab:
            kind, typ = lab
            rec = {"start": start, "end": start + len(val), "src": "%s#%d" % (src, k)}
            if kind == SPAN:
                rec["type"] = typ
                out.spans.append(rec)
            else:
                rec["kind"] = typ
                out.negs.append(rec)
    out.add(text[pos:])


PUNCT_AFTER = set(".,;:!?")


def message_problems(text, spans, negs):
    probs = []
    if SLOT_RE.search(text):
        probs.append("unrendered placeholder")
    allv = sorted([(s["start"], s["end"], "S") for s in spans] + [(n["start"], n["end"], "N") for n in negs])
    for s in spans + negs:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(text)):
            probs.append("offsets")
            continue
        v = text[a:b]
        if v != v.strip():
            probs.append("whitespace edge %r" % v)
        if "type" in s:
            t = s["type"]
            if t in HIGH_RISK and t not in ("otp", "card", "iban", "bsn") and " " in v:
                probs.append("space in secret")
            if not v[-1].isalnum() and b < len(text) and text[b] in PUNCT_AFTER:
                probs.append("ambiguous end %r" % v)
            if b < len(text) and (text[b].isalnum() or text[b] in "_"):
                probs.append("span glued to following text %r" % v)
            if a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_"):
                probs.append("span glued to preceding text %r" % v)
            if t == "card" and not luhn_ok(v):
                probs.append("luhn")
            if t == "iban" and not iban_ok(v):
                probs.append("iban")
            if t == "bsn" and not bsn_ok(v):
                probs.append("bsn")
    for i in range(len(allv) - 1):
        if allv[i + 1][0] < allv[i][1]:
            probs.append("overlap %s" % (allv[i:i + 2],))
    return probs


def make_message(rng, half, tpl, idx, hname):
    lang = tpl["lang"]
    kind = tpl["kind"]
    for attempt in range(40):
        ctx = Ctx(rng, half["pools"], half["brands"], lang, tpl["sector"])
        text = tpl["text"]
        if kind == "mail" and tpl["cat"] != "neg" and rng.random() < 0.3 and "quote" in [
                n for (g, n) in half["frags"] if g in (ctx.group, FRAG_FALLBACK.get(ctx.group))]:
            text = text + "{@quote}"
        out = Out()
        render(ctx, half, text, tpl["id"], out)
        t = out.text()
        probs = message_problems(t, out.spans, out.negs)
        if not probs:
            break
    else:
        raise RuntimeError("template %s keeps failing: %s" % (tpl["id"], probs))
    if kind in CHANNELS:
        channel = rng.choice(CHANNELS[kind])
    else:
        channel = kind
    return {
        "id": "%s-%s-%05d" % (PREFIX, hname, idx), "channel": channel, "lang": lang,
        "visibility": "public" if channel in PUBLIC else "private", "text": t,
        "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in out.spans],
        "negatives": [{"kind": n["kind"], "start": n["start"], "end": n["end"]} for n in out.negs],
        "_tpl": tpl["id"], "_phr": [(s["type"], s["src"]) for s in out.spans],
    }


LANG_SHARE = [("en", 0.5), ("nl", 0.3), ("vl", 0.1), ("fr", 0.1)]
CAT_CYCLE = ["hr", "neg", "hr", "lo", "hr", "hr", "neg", "hr", "hr", "neg", "hr", "lo",
             "hr", "hr", "neg", "hr", "neg", "hr", "lo", "neg"]  # 11 hr, 3 lo, 6 neg of 20


def generate_half(hname, half, seed):
    rng = random.Random("%s:%s" % (seed, hname))
    plan = []
    for g, share in LANG_SHARE:
        n = int(round(N_PER_HALF * share))
        for i in range(n):
            plan.append((g, CAT_CYCLE[i % len(CAT_CYCLE)]))
    rng.shuffle(plan)
    counts = collections.Counter()
    used = collections.Counter()
    recs = []
    for idx, (g, cat) in enumerate(plan):
        pool = half["templates"].get((g, cat)) or []
        if not pool:
            raise RuntimeError("no %s templates for %s in %s" % (cat, g, hname))
        if cat == "hr":
            weights = []
            for t in pool:
                w = 1.0 + sum(max(0, 70 - counts[x]) / 10.0 for x in t["hr"])
                w /= (1.0 + used[t["id"]] / 8.0)
                weights.append(w)
            tpl = rng.choices(pool, weights=weights)[0]
        else:
            tpl = min(pool, key=lambda t: (used[t["id"]], rng.random()))
        used[tpl["id"]] += 1
        rec = make_message(rng, half, tpl, idx, hname)
        for s in rec["spans"]:
            counts[s["type"]] += 1
        recs.append(rec)
    return recs


# --------------------------------------------------------------------------
# self-check, counts, output


def half_stats(recs):
    st = {"n": len(recs), "types": collections.Counter(), "negs": collections.Counter(),
          "channels": collections.Counter(), "langs": collections.Counter(), "phr": collections.defaultdict(set),
          "no_span": 0, "with_hr": 0, "templates": set()}
    for r in recs:
        st["channels"][r["channel"]] += 1
        st["langs"][r["lang"]] += 1
        st["templates"].add(r["_tpl"])
        if not r["spans"]:
            st["no_span"] += 1
        if any(s["type"] in HIGH_RISK for s in r["spans"]):
            st["with_hr"] += 1
        for s in r["spans"]:
            st["types"][s["type"]] += 1
        for n in r["negatives"]:
            st["negs"][n["kind"]] += 1
        for typ, src in r["_phr"]:
            st["phr"][typ].add(src)
    return st


def check_all(halves, data, stats):
    errs = []
    for h in HALVES:
        st = stats[h]
        for r in data[h]:
            for p in message_problems(r["text"], r["spans"], r["negatives"]):
                errs.append("%s: %s" % (r["id"], p))
            if r["channel"] not in sum(CHANNELS.values(), []):
                errs.append("%s: channel" % r["id"])
            if (r["visibility"] == "public") != (r["channel"] in PUBLIC):
                errs.append("%s: visibility" % r["id"])
            if r["lang"] not in LANG_REGION:
                errs.append("%s: lang" % r["id"])
        for t in ALL_TYPES:
            if st["types"][t] == 0:
                errs.append("%s: label type %s missing" % (h, t))
        for k in NEG_KINDS:
            if st["negs"][k] == 0:
                errs.append("%s: negative kind %s missing" % (h, k))
        for t in HIGH_RISK:
            if st["types"][t] < 45:
                errs.append("%s: only %d %s spans" % (h, st["types"][t], t))
            if len(st["phr"][t]) < 12:
                errs.append("%s: only %d phrasings for %s" % (h, len(st["phr"][t]), t))
        if st["no_span"] < 0.25 * st["n"]:
            errs.append("%s: only %d messages without spans" % (h, st["no_span"]))
        if st["with_hr"] < 0.45 * st["n"]:
            errs.append("%s: only %d messages with a high-risk value" % (h, st["with_hr"]))
    both = stats[HALVES[0]]["templates"] & stats[HALVES[1]]["templates"]
    if both:
        errs.append("templates in both halves: %s" % sorted(both))
    for k in POOLS:
        a = {str(x[0] if isinstance(x, tuple) else x) for x in halves[HALVES[0]]["pools"][k]}
        b = {str(x[0] if isinstance(x, tuple) else x) for x in halves[HALVES[1]]["pools"][k]}
        if k != "agent" and a & b:
            errs.append("pool %s shared: %s" % (k, a & b))
    allnames = collections.defaultdict(set)
    for h in HALVES:
        for k, lst in list(halves[h]["pools"].items()) + list(halves[h]["brands"].items()):
            if k == "agent":
                continue
            for x in lst:
                allnames[str(x[0] if isinstance(x, tuple) else x)].add(h)
    for name, hs in allnames.items():
        if len(hs) > 1:
            errs.append("value %r occurs in both halves' pools" % name)
    return errs


def table(title, keys, stats):
    lines = ["", "### " + title, "", "| %s | dev | heldout |" % title.split()[0].lower(), "|---|---:|---:|"]
    for k in keys:
        lines.append("| %s | %d | %d |" % (k, stats["dev"][k], stats["heldout"][k]))
    return lines


README_HEAD = """# Blind scrub corpus `blind5`

Record id prefix `b5`. Generated by `generate_blind.py` (Python 3.11, standard library only),
deterministic for a given `--seed`. This corpus was written with **seed {seed}**:

    python3 tests/scrub_corpus/blind5/generate_blind.py --seed {seed}

## How it was written

* Written blind from the writer's brief only. The writer did NOT open, read, grep or run anything under
  `functions/`, `tests/unit/`, `tests/scrub_corpus/` (other than this directory), `bench/`,
  `docs/scrubbing.md`, nor any other corpus or generator in the repository, and never ran the scrubber
  or a scorer on this data. Messages come from the brief and from the writer's knowledge of how
  customers of Dutch, Belgian, UK and US companies write to care teams.
* Emphasis: customers who paste things: `.env` lines, `config.yaml`, curl commands with `-u key:` or
  `-H "Authorization: Bearer ..."`, connection strings (`postgres://user:pass@host/db`, `mysql://`,
  `mongodb+srv://`, `redis://:pass@`), JSON with credentials, markdown tables and bullet lists; router
  admin pages, PPPoE logins and wifi keys on the sticker; step-by-step login trouble; relatives'
  accounts; long-winded elderly customers; small-business owners who mix company data (KvK, BTW/VAT,
  KBO/ondernemingsnummer, company number, company phone: hard negatives) with personal bank details;
  UK memorable words and app passcodes; card-reader response codes (labelled `otp`); voucher codes
  (hard negative `product_code`). No SSNs and no gift-card codes.
* Languages: English 50 % (UK incl. Scottish and (Northern) Irish registers, US incl. Southern and Midwest
  registers), Dutch 30 %, Flemish 10 %, Belgian French 10 %. Sectors: banks/fintech, telco/broadband,
  energy, web shops, hosting/API platforms, streaming, gaming, airlines, insurers, councils/government.
* All values are fake but well formed: cards pass Luhn (Visa, Mastercard, Amex 4-6-5, Maestro,
  Bancontact), IBANs pass mod-97 (NL, BE with national check, DE, FR with RIB key, GB, IE, LU, ES
  with control digits), BSNs pass the 11-proof, phones use fictional ranges (NL 06-1..., 020-7...;
  BE 04xx; UK 07700 900xxx / 020 7946 0xxx; US 555-01xx). Brands are fictional.
* Span conventions: a span covers the value only, never the cue; a multi-line signature address is one
  span; grouped OTPs, cards, IBANs cover all groups; secrets never end in punctuation that is followed
  by sentence punctuation. Router default usernames such as "admin" are never written as part of a
  credential (ambiguous), and company service numbers are hard negatives `company_phone`.

## Split rule

Templates are grouped by language group (en / nl / nl-be / fr-be) and category (high-risk, low-risk,
negatives-only) and dealt alternately, in definition order, to `dev` and `heldout`; the same is done
for every phrasing fragment (per language and fragment kind) and every pool (first and last names,
streets, cities, brands, password words, e-mail domains, SSID words). This deal does not depend on the
seed, so no template, phrasing fragment, name, street, brand or e-mail domain occurs in both halves.
Random values are drawn from one `random.Random` per half. Before writing, the generator checks every
record (offsets, no whitespace at span edges, Luhn / mod-97 / 11-proof, no overlapping spans, no
negative overlapping a span, no unrendered placeholder, every label type and negative kind in both
halves, >= 25 % of messages without spans, >= 45 % with a high-risk value, >= 45 spans and >= 12
distinct phrasings per high-risk type per half, no template in both halves) and exits 1 writing nothing
if any check fails.

A "phrasing" is one distinct value position: a slot in a template or in a phrasing fragment (the
fragments hold the cue wording, e.g. `pukcode {{puk}}`, `{{password}} is mijn ww`, `credentials: {{username}}:{{password}}`).
Device/model names, amounts and similar hard-negative values come from shared generators, not from split pools.

## heldout.jsonl

Detector authors must never open `heldout.jsonl` or the generator (`generate_blind.py`); they may only
run a scorer over `heldout.jsonl` and report the numbers. `dev.jsonl` may be read freely.

## Counts
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    halves = build_half_data()
    data, stats = {}, {}
    try:
        for h in HALVES:
            data[h] = generate_half(h, halves[h], args.seed)
            stats[h] = half_stats(data[h])
    except (RuntimeError, KeyError) as e:
        print("generation failed:", e, file=sys.stderr)
        return 1
    errs = check_all(halves, data, stats)
    for h in HALVES:
        st = stats[h]
        print("== %s: %d messages, %d without spans (%.1f%%), %d with high-risk (%.1f%%), %d templates" % (
            h, st["n"], st["no_span"], 100.0 * st["no_span"] / st["n"], st["with_hr"], 100.0 * st["with_hr"] / st["n"],
            len(st["templates"])))
        print("  spans:", ", ".join("%s=%d" % (t, st["types"][t]) for t in ALL_TYPES))
        print("  phrasings:", ", ".join("%s=%d" % (t, len(st["phr"][t])) for t in HIGH_RISK))
        print("  negatives:", ", ".join("%s=%d" % (k, st["negs"][k]) for k in NEG_KINDS))
        print("  channels:", ", ".join("%s=%d" % kv for kv in sorted(st["channels"].items())))
        print("  langs:", ", ".join("%s=%d" % kv for kv in sorted(st["langs"].items())))
    if errs:
        for e in errs[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d problems; nothing written" % len(errs), file=sys.stderr)
        return 1
    lines = [README_HEAD.format(seed=args.seed)]
    summary = {h: collections.Counter({"messages": stats[h]["n"], "without spans": stats[h]["no_span"],
                                       "with a high-risk value": stats[h]["with_hr"],
                                       "templates": len(stats[h]["templates"])}) for h in HALVES}
    lines += table("Overview", ["messages", "without spans", "with a high-risk value", "templates"], summary)
    lines += table("Label types (spans)", ALL_TYPES, {h: stats[h]["types"] for h in HALVES})
    lines += table("Distinct phrasings per high-risk type", HIGH_RISK,
                   {h: collections.Counter({t: len(stats[h]["phr"][t]) for t in HIGH_RISK}) for h in HALVES})
    lines += table("Hard-negative kinds", NEG_KINDS, {h: stats[h]["negs"] for h in HALVES})
    lines += table("Channels", sorted(set(stats["dev"]["channels"]) | set(stats["heldout"]["channels"])),
                   {h: stats[h]["channels"] for h in HALVES})
    lines += table("Languages", sorted(set(stats["dev"]["langs"]) | set(stats["heldout"]["langs"])),
                   {h: stats[h]["langs"] for h in HALVES})
    for h in HALVES:
        with open(os.path.join(args.out, h + ".jsonl"), "w", encoding="utf-8") as f:
            for r in data[h]:
                r = {k: v for k, v in r.items() if not k.startswith("_")}
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
