#!/usr/bin/env python3
"""Blind scrub corpus "blind14" generator (standard library only, Python 3.11).

Writes dev.jsonl and heldout.jsonl next to this file. Deterministic for a given --seed.
Templates and pools are dealt alternately to the two halves independent of the seed.
"""
import argparse
import json
import math
import os
import re
import random
import string
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b14"
HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
        "card", "cvv", "iban", "bsn"]
LOW = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
ALL_TYPES = HIGH + LOW
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value"]
CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm", "instagram_comment",
            "whatsapp", "telegram", "email", "agent_reply"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANG_SHARE = {"en-gb": 0.35, "en-us": 0.35, "nl": 0.15, "nl-be": 0.10, "fr-be": 0.05}
PER_HALF = 852

# ---------------------------------------------------------------- pools (split alternately)

def split(pool):
    return [pool[0::2], pool[1::2]]

FIRST = {
    "en-gb": split(["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Alfie",
                    "Imogen", "Callum", "Niamh", "Rhys", "Siobhan", "Declan", "Phoebe", "Gareth",
                    "Bethan", "Hamish", "Lottie"]),
    "en-us": split(["Tyler", "Madison", "Brandon", "Kayla", "Jordan", "Ashley", "Dustin", "Brittany",
                    "Marcus", "Jasmine", "Cody", "Destiny", "Travis", "Courtney", "Hunter", "Alexis",
                    "DeShawn", "Mackenzie", "Garrett", "Shelby"]),
    "nl": split(["Daan", "Sanne", "Bram", "Fleur", "Joris", "Lotte", "Thijs", "Anouk", "Sjoerd",
                 "Marloes", "Wouter", "Ilse", "Gijs", "Femke", "Ruben", "Esmee"]),
    "nl-be": split(["Wout", "Lien", "Jens", "Febe", "Pieter-Jan", "Ine", "Brecht", "Elke", "Seppe",
                    "Hanne", "Kobe", "Lore", "Arne", "Jolien"]),
    "fr-be": split(["Maxime", "Céline", "Julien", "Aurélie", "Thibault", "Manon", "Quentin", "Laetitia",
                    "Florian", "Amandine", "Cédric", "Noémie"]),
}
LAST = {
    "en-gb": split(["Whitfield", "Pemberton", "Ashworth", "Hargreaves", "Blackwood", "Thornbury",
                    "McAllister", "Fairweather", "Ellingham", "Crossley", "Baird", "Loughlin",
                    "Pritchard", "Sutcliffe"]),
    "en-us": split(["Kowalski", "Delgado", "Brennan", "Whitaker", "Lindqvist", "Okafor", "Hollister",
                    "Carrington", "Vasquez", "McBride", "Dunleavy", "Pruitt", "Stroud", "Galloway"]),
    "nl": split(["de Wit", "Hoekstra", "van Dijk", "Brouwer", "Kuipers", "van Leeuwen", "Verhoef",
                 "Postma", "Bosman", "Dekker", "van der Meulen", "Schouten"]),
    "nl-be": split(["Claes", "Peeters", "Maes", "Wouters", "Vermeulen", "De Smet", "Goossens",
                    "Van Damme", "Jacobs", "Mertens", "Verstraeten", "Lambrechts"]),
    "fr-be": split(["Lejeune", "Dubois", "Lambert", "Renard", "Collignon", "Masson", "Gillet",
                    "Delvaux", "Hennuy", "Thiry"]),
}
AGENTS = split(["Sam", "Priya", "Jo", "Kev", "Leah", "Mo", "Tess", "Dan", "Ana", "Rik", "Nina", "Tom",
                "Ella", "Ravi", "Kim", "Ben"])
EMAIL_DOMAINS = split(["mailnest.com", "inboxly.co.uk", "postvak.nl", "zapmail.be", "letterbox.us",
                       "brightmail.net", "kwikpost.nl", "webpost.be", "coralmail.com", "owlpost.co.uk",
                       "sendit.us", "postduif.nl"])
PW_WORDS = split(["Sunflower", "Marmite", "Liverpool", "Bluebell", "Yankees", "Pancake", "Tulpen",
                  "Kroket", "Waffle", "Biscuit", "Mustang", "Chelsea", "Hopscotch", "Pumpkin",
                  "Vlinder", "Friet", "Badger", "Rainier", "Saltire", "Gouda", "Tornado", "Wombat",
                  "Meatball", "Kerstboom", "Lighthouse", "Peanut", "Skyline", "Nachtegaal"])
MEMWORDS = split(["pembroke", "rhubarb", "seagull", "haggis", "tangerine", "brambles", "kestrel",
                  "dumpling", "cobbles", "lantern", "marigold", "thistle"])
US_CITY = split([("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tacoma", "WA", "984"),
                 ("Boise", "ID", "837"), ("Savannah", "GA", "314"), ("Albany", "NY", "122"),
                 ("Fresno", "CA", "937"), ("Madison", "WI", "537"), ("Tulsa", "OK", "741"),
                 ("Raleigh", "NC", "276"), ("Omaha", "NE", "681"), ("Reno", "NV", "895")])
US_STREET = split(["Maple Ave", "Oak St", "Cedar Ln", "Pine Ridge Dr", "Elm St", "Lakeview Blvd",
                   "Sycamore Ct", "Hickory Rd", "Willow Way", "Birch Pkwy", "Juniper Trl", "Magnolia Pl"])
UK_CITY = split([("Leeds", "LS6 2AB"), ("Bristol", "BS7 8QT"), ("Manchester", "M14 5RJ"),
                 ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ"), ("Norwich", "NR2 3PF"),
                 ("Sheffield", "S10 1TL"), ("York", "YO31 7EN"), ("Brighton", "BN2 1JP"),
                 ("Belfast", "BT9 6DX"), ("Reading", "RG1 5NB"), ("Exeter", "EX4 6PU")])
UK_STREET = split(["Elm Road", "Victoria Terrace", "Mill Lane", "Church Street", "Queens Drive",
                   "Beech Grove", "Station Approach", "Holly Close", "The Crescent", "Albert Mews",
                   "Kingsway", "Orchard Rise"])
NL_CITY = split([("Utrecht", "3521"), ("Amersfoort", "3811"), ("Zwolle", "8011"), ("Haarlem", "2011"),
                 ("Breda", "4811"), ("Groningen", "9711"), ("Leiden", "2311"), ("Arnhem", "6811"),
                 ("Tilburg", "5038"), ("Delft", "2611")])
NL_STREET = split(["Kerkstraat", "Molenweg", "Achter de Hoven", "Kerkplein", "Lindenlaan",
                   "Prinsengracht", "Dorpsstraat", "Vondellaan", "Spoorsingel", "Brink"])
BE_CITY = split([("Gent", "9000"), ("Leuven", "3000"), ("Mechelen", "2800"), ("Brugge", "8000"),
                 ("Hasselt", "3500"), ("Aalst", "9300"), ("Kortrijk", "8500"), ("Lier", "2500")])
BE_STREET = split(["Kortrijksesteenweg", "Veldstraat", "Grote Markt", "Diestsestraat", "Kapelstraat",
                   "Stationsplein", "Molenstraat", "Brusselsesteenweg"])
FR_CITY = split([("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
                 ("Wavre", "1300"), ("Arlon", "6700")])
FR_STREET = split(["Rue de la Station", "Avenue des Tilleuls", "Rue Saint-Gilles", "Chaussée de Louvain",
                   "Place du Marché", "Rue des Carmes"])

BRANDS = {
    "telco": split([("Northwave Mobile", "NorthwaveHelp"), ("Kestrel Wireless", "KestrelCares"),
                    ("Bluepeak Telecom", "BluepeakSupport"), ("Tidal Mobile", "TidalMobileUK"),
                    ("Ziggle", "ZiggleHelpt"), ("Orbitel", "OrbitelBE"), ("Voxa Mobile", "VoxaMobileUS"),
                    ("Lynxcell", "LynxcellHelp")]),
    "bank": split([("Harbour Bank", "HarbourBankHelp"), ("Crestline Bank", "CrestlineCares"),
                   ("Ironbridge Building Society", "IronbridgeBS"), ("Summit Federal", "SummitFedCU"),
                   ("Zilverbank", "Zilverbank_NL"), ("Banque Meuse", "BanqueMeuse"),
                   ("Oakmont Card Services", "OakmontCards"), ("Lumen Bank", "LumenBankHelp")]),
    "isp": split([("Skylark Broadband", "SkylarkBBHelp"), ("Fibrenet Home", "FibrenetHome"),
                  ("Comlink Cable", "ComlinkCable"), ("Glasvezel Direct", "GlasvezelDirect"),
                  ("Velocity Fiber", "VelocityFiberUS"), ("Brightline Broadband", "BrightlineBB")]),
    "stream": split([("Flickbox", "FlickboxHelp"), ("Reelhouse+", "ReelhouseSupport"),
                     ("Streamly", "StreamlyCares"), ("Tunebay", "TunebayHelp"),
                     ("Vidora", "VidoraSupport"), ("PopcornTV", "PopcornTVHelp")]),
    "game": split([("Nexplay Network", "NexplaySupport"), ("Pixelforge", "PixelforgeHelp"),
                   ("Questline", "QuestlineCS"), ("Gamevault", "GamevaultHelp")]),
    "shop": split([("Basketly", "BasketlyHelp"), ("ShopNorth", "ShopNorthUK"), ("Kartwheel", "KartwheelCS"),
                   ("Bolwinkel", "Bolwinkel_NL"), ("Dealzone", "DealzoneUS"), ("Marktkraam", "Marktkraam_be")]),
    "courier": split([("ParcelPath", "ParcelPathHelp"), ("SwiftDrop", "SwiftDropUK"),
                      ("Pakketpost", "Pakketpost_NL"), ("BoxLocker", "BoxLockerHelp")]),
    "energy": split([("Greenhearth Energy", "GreenhearthHelp"), ("Volta Power", "VoltaPowerUK"),
                     ("Stroomwerk", "Stroomwerk_NL"), ("Energik", "EnergikBE")]),
    "air": split([("Skyrise Airways", "SkyriseAir"), ("Cirrus Air", "CirrusAirHelp"),
                  ("Noordzee Air", "NoordzeeAir"), ("Bluejay Airlines", "BluejayAir")]),
    "insure": split([("Shieldwell Insurance", "ShieldwellCares"), ("Anchor Mutual", "AnchorMutual"),
                     ("Zekerheid Verzekeringen", "ZekerheidHelp"), ("Bastion Assurances", "BastionAssur")]),
    "dev": split([("Paylane", "PaylaneDev"), ("Stackpay", "StackpayStatus"), ("Hookwire", "HookwireAPI"),
                  ("Cloudmint", "CloudmintHQ"), ("Sendrift", "SendriftDev"), ("Logvault", "LogvaultHQ")]),
    "gov": split([("MijnZaken", "MijnZakenHelp"), ("Toeslagdienst", "ToeslagHulp"),
                  ("Zorgpunt", "ZorgpuntNL"), ("Belastingloket", "BelastingLoket")]),
}
AIRLINE_CODES = split(["SK", "QV", "RW", "ZJ", "NZ", "BJ"])
HASHTAGS = split(["#fail", "#customerservice", "#nothappy", "#scam", "#help", "#stillwaiting",
                  "#brokenpromises", "#worstservice", "#fixit", "#broadband", "#klantenservice",
                  "#ripoff", "#outage", "#mondaymood", "#firstworldproblems", "#badservice"])
MODELS = split(["Galaxy A54", "iPhone 15 Pro", "Pixel 8a", "Smart Hub 2", "Hub 6", "Fritz!Box 7590",
                "H369A", "TP-Link Archer C6", "Xbox Series S", "PS5 Slim", "Fire TV Stick 4K",
                "Roku Express", "Galaxy S23", "Moto G84", "Nighthawk RAX50", "Connect Box",
                "Switch OLED", "Samsung QE55Q70C", "LG OLED55C3", "Echo Dot 5", "Deco X20", "iPad Air M2"])

# ---------------------------------------------------------------- helpers / checks

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

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(n) % 97
    return "%s%02d%s" % (cc, ck, bban)

def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    t = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return t % 11 == 0 and d[0] != 0

# ---------------------------------------------------------------- value generators

class Ctx:
    def __init__(self, rng, half, lang):
        self.rng = rng
        self.half = half
        self.lang = lang
        self.cache = {}
        self.brands = {}
        self.sector = "telco"
        plang = lang if lang in FIRST else "en-gb"
        self.first = rng.choice(FIRST[plang][half])
        self.last = rng.choice(LAST[plang][half])
        self.name = self.first + " " + self.last

    def brand(self, sector):
        if sector not in self.brands:
            self.brands[sector] = self.rng.choice(BRANDS[sector][self.half])
        return self.brands[sector]

def rdig(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))

def ralnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))

def g_password(c, v):
    r = c.rng
    w = r.choice(PW_WORDS[c.half])
    sym = r.choice("!#$%&*@?+")
    shapes = [
        lambda: w + str(r.randint(1, 99)) + sym + rdig(r, 2),
        lambda: w + r.choice(["2019", "2021", "2023", "2024", "2025", "1987", "1994"]) + "#",
        lambda: w.lower() + sym + r.choice(["x", "k", "z"]) + rdig(r, 3),
        lambda: ralnum(r, 4) + sym + ralnum(r, 5),
        lambda: w[:4] + sym + w[4:].upper() + rdig(r, 2),
        lambda: r.choice(["purple", "rusty", "lazy", "happy", "windy", "salty"]) + "-" + w.lower() + "-" + rdig(r, 2),
        lambda: "".join(ch.upper() if i % 2 else ch for i, ch in enumerate(w.lower())) + rdig(r, 2) + sym + "Q",
        lambda: w.replace("a", "@").replace("o", "0").replace("e", "3") + rdig(r, 2),
        lambda: "Th3" + w + "!s" + rdig(r, 1),
        lambda: ralnum(r, 10),
    ]
    if v == "mem":
        return r.choice(MEMWORDS[c.half]) + r.choice(["", "", str(r.randint(1, 9))])
    if v == "admin":
        return r.choice([lambda: "admin" + rdig(r, 4), lambda: ralnum(r, 8, string.ascii_uppercase + string.digits),
                         lambda: w + "Admin" + rdig(r, 2)])()
    if v == "passcode":
        return ralnum(r, 2, string.ascii_uppercase) + rdig(r, 4) + ralnum(r, 2, string.ascii_lowercase)
    return r.choice(shapes)()

def g_pin(c, v):
    r = c.rng
    n = {"5": 5, "6": 6, "8": 8}.get(v, 4)
    while True:
        p = rdig(r, n)
        if len(set(p)) > 1:
            return p

def g_puk(c, v):
    p = rdig(c.rng, 8)
    if v == "sp":
        return p[:4] + " " + p[4:]
    return p

def g_otp(c, v):
    r = c.rng
    d = rdig(r, 6)
    if v == "sp":
        return d[:3] + " " + d[3:]
    if v == "dash":
        return d[:3] + "-" + d[3:]
    if v == "g":
        return r.choice(["G-", "V-", "C-", "M-"]) + d
    if v == "4":
        return rdig(r, 4)
    if v == "8":
        return rdig(r, 8)
    if v == "any":
        return r.choice([d, d, d[:3] + " " + d[3:], d[:3] + "-" + d[3:]])
    return d

def g_wifi_key(c, v):
    r = c.rng
    up = string.ascii_uppercase.replace("O", "").replace("I", "")
    shapes = [
        lambda: "-".join(ralnum(r, 4, up + "23456789") for _ in range(3)),
        lambda: ralnum(r, 12, up + "23456789"),
        lambda: ralnum(r, 10, "abcdef0123456789"),
        lambda: ralnum(r, 26, "ABCDEF0123456789"),
        lambda: r.choice(["brisk", "mellow", "tidy", "quiet", "fuzzy"]) + "-" + r.choice(["otter", "lemon", "falcon", "canal", "kettle"]) + "-" + rdig(r, 4),
        lambda: ralnum(r, 8, string.ascii_lowercase) + rdig(r, 4),
        lambda: ralnum(r, 16),
    ]
    return r.choice(shapes)()

def g_username(c, v):
    r = c.rng
    f, l = c.first.lower().replace(" ", "").replace("-", ""), c.last.lower().replace(" ", "")
    f = f.replace("é", "e").replace("è", "e")
    l = l.replace("é", "e")
    shapes = [
        lambda: f[0] + l + rdig(r, 2),
        lambda: f + "." + l[:3],
        lambda: f + "_" + r.choice(["gamer", "x", "uk", "nl", "99", "tv"]) + rdig(r, 2),
        lambda: r.choice(["Shadow", "Frosty", "Turbo", "Captain", "Lil", "Dark"]) + r.choice(["Fox", "Wolf", "Noodle", "Panda", "Viper", "Goose"]) + rdig(r, 3),
        lambda: f + l + rdig(r, 4),
        lambda: l + "." + f[0] + rdig(r, 1),
        lambda: f.capitalize() + "_" + l.capitalize(),
    ]
    return r.choice(shapes)()

def g_api_key(c, v):
    r = c.rng
    an = string.ascii_letters + string.digits
    hx = "0123456789abcdef"
    kinds = {
        "sk": lambda: "sk_live_" + ralnum(r, 24, an),
        "pk": lambda: "pk_live_" + ralnum(r, 24, an),
        "rk": lambda: "rk_live_" + ralnum(r, 24, an),
        "ck": lambda: "ck_" + ralnum(r, 40, hx),
        "cs": lambda: "cs_" + ralnum(r, 40, hx),
        "api": lambda: "api_" + ralnum(r, 32, an),
        "akia": lambda: "AKIA" + ralnum(r, 16, string.ascii_uppercase + "234567"),
        "awssecret": lambda: ralnum(r, 20, an) + r.choice("/+") + ralnum(r, 19, an),
        "aiza": lambda: "AIza" + ralnum(r, 35, an + "_-")[:-1] + r.choice(an),
        "sg": lambda: "SG." + ralnum(r, 22, an) + "." + ralnum(r, 43, an),
        "hex": lambda: ralnum(r, 32, hx),
    }
    if v in kinds:
        return kinds[v]()
    return kinds[r.choice(list(kinds))]()

def b64u(r, n):
    return ralnum(r, n, string.ascii_letters + string.digits + "_-")[:-1] + ralnum(r, 1)

def g_token(c, v):
    r = c.rng
    an = string.ascii_letters + string.digits
    kinds = {
        "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + b64u(r, r.randint(40, 70)) + "." + b64u(r, 43),
        "ghp": lambda: "ghp_" + ralnum(r, 36, an),
        "pat": lambda: "github_pat_" + ralnum(r, 22, an) + "_" + ralnum(r, 59, an),
        "xoxb": lambda: "xoxb-" + rdig(r, 12) + "-" + rdig(r, 13) + "-" + ralnum(r, 24, an),
        "xoxp": lambda: "xoxp-" + rdig(r, 12) + "-" + rdig(r, 12) + "-" + rdig(r, 13) + "-" + ralnum(r, 32, "0123456789abcdef"),
        "glpat": lambda: "glpat-" + ralnum(r, 20, an + "_-")[:-1] + ralnum(r, 1),
        "hex40": lambda: ralnum(r, 40, "0123456789abcdef"),
        "opaque": lambda: ralnum(r, 48, an),
        "sess": lambda: "sess_" + ralnum(r, 32, an),
    }
    if v in kinds:
        return kinds[v]()
    return kinds[r.choice(list(kinds))]()

def card_digits(r, v):
    if v == "amex":
        return luhn_complete(r.choice(["34", "37"]) + rdig(r, 12))
    if v == "mc":
        return luhn_complete(str(r.randint(51, 55)) + rdig(r, 13))
    if v == "maestro":
        return luhn_complete(r.choice(["6759", "6763", "5018"]) + rdig(r, 11))
    if v == "visa":
        return luhn_complete("4" + rdig(r, 14))
    return card_digits(r, r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"]))

def g_card(c, v):
    r = c.rng
    d = card_digits(r, v if v in ("amex", "mc", "visa", "maestro") else "")
    if len(d) == 15:
        sep = r.choice([" ", "-", ""])
        return d[:4] + sep + d[4:10] + sep + d[10:]
    style = r.choice(["sp", "sp", "dash", "none", "dbl"])
    if v in ("sp", "dash", "none", "dbl"):
        style = v
    sep = {"sp": " ", "dash": "-", "none": "", "dbl": "  "}[style]
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

def g_cvv(c, v):
    return rdig(c.rng, 4 if v == "4" else 3)

def g_iban(c, v):
    r = c.rng
    cc = v.upper() if v in ("nl", "be", "de", "fr", "gb", "es", "lu", "ie") else r.choice(["NL", "BE", "GB", "DE", "FR", "ES", "LU", "IE"])
    if cc == "NL":
        b = r.choice(["KNAB", "ZUID", "BUNQ", "TRIO", "SNSB"]) + rdig(r, 10)
    elif cc == "BE":
        b = rdig(r, 12)
    elif cc == "DE":
        b = rdig(r, 18)
    elif cc == "FR":
        b = rdig(r, 10) + ralnum(r, 11, string.ascii_uppercase + string.digits) + rdig(r, 2)
    elif cc == "GB":
        b = r.choice(["NWBK", "MIDL", "BARC", "LOYD"]) + rdig(r, 14)
    elif cc == "ES":
        b = rdig(r, 20)
    elif cc == "LU":
        b = rdig(r, 3) + ralnum(r, 13, string.ascii_uppercase + string.digits)
    else:
        b = r.choice(["AIBK", "BOFI"]) + rdig(r, 14)
    ib = iban_make(cc, b)
    style = r.choice(["grp", "grp", "flat", "lower", "cc"])
    if style == "grp":
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if style == "lower":
        return ib.lower()
    if style == "cc":
        return ib[:2] + " " + ib[2:4] + " " + " ".join(ib[i:i + 4] for i in range(4, len(ib), 4))
    return ib

def g_bsn(c, v):
    r = c.rng
    while True:
        d = str(r.randint(1, 9)) + rdig(r, 8)
        if bsn_ok(d):
            break
    if v == "dot":
        return d[:3] + "." + d[3:6] + "." + d[6:]
    if v == "sp":
        return d[:4] + " " + d[4:6] + " " + d[6:]
    return d

def g_card_expiry(c, v):
    r = c.rng
    m = r.randint(1, 12)
    y = r.randint(26, 31)
    shapes = ["%02d/%02d" % (m, y), "%02d-20%02d" % (m, y), "%02d%02d" % (m, y), "%02d/20%02d" % (m, y),
              "%02d / %02d" % (m, y)]
    if v == "mmyy":
        return shapes[2]
    if v == "slash":
        return shapes[0]
    return r.choice(shapes)

def g_email(c, v):
    r = c.rng
    f = c.first.lower().replace(" ", "").replace("é", "e").replace("è", "e").replace("-", "")
    l = c.last.lower().replace(" ", "").replace("é", "e")
    dom = r.choice(EMAIL_DOMAINS[c.half])
    local = r.choice([f + "." + l, f[0] + l, f + l[:1] + rdig(r, 2), f + "_" + l, l + rdig(r, 4)])
    if v == "at":
        a, b = dom.split(".", 1)
        return "%s at %s dot %s" % (local, a, b.replace(".", " dot "))
    if v == "sp":
        return local + " @ " + dom
    return local + "@" + dom

def g_phone(c, v):
    r = c.rng
    lang = v or c.lang
    x = rdig(r, 3)
    if lang in ("en-us", "us"):
        area = r.choice(["312", "212", "415", "617", "503", "702", "919", "614"])
        l4 = "01" + rdig(r, 2)
        return r.choice(["(%s) 555-%s", "%s-555-%s", "+1 %s 555 %s", "%s.555.%s", "1-%s-555-%s"]) % (area, l4)
    if lang in ("en-gb", "uk"):
        return r.choice(["07700 900" + x, "+44 7700 900" + x, "020 7946 0" + x, "07700900" + x,
                         "+44 (0)20 7946 0" + x, "0161 496 0" + x])
    if lang in ("nl", "nlm"):
        d = "1" + rdig(r, 7)
        return r.choice(["06-" + d, "06 - " + d, "06 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
                         "+31 6 " + d, "+316" + d, "0031 6 " + d, "020-" + rdig(r, 7)])
    d = rdig(r, 6)
    pre = r.choice(["0470", "0471", "0472", "0477", "0479", "0486", "0497"])
    return r.choice(["%s/%s.%s.%s" % (pre, d[:2], d[2:4], d[4:]), "%s %s %s %s" % (pre, d[:2], d[2:4], d[4:]),
                     "+32 %s %s %s %s" % (pre[1:], d[:2], d[2:4], d[4:]), "%s%s" % (pre, d)])

def g_address(c, v):
    r = c.rng
    h = c.half
    kind = v.split("_")[0] if v else ""
    multi = v.endswith("_ml")
    kind = kind or {"en-gb": "uk", "en-us": "us", "nl": "nl", "nl-be": "be", "fr-be": "fr"}[c.lang]
    if kind == "us":
        city, st, z = r.choice(US_CITY[h])
        street = "%d %s" % (r.randint(12, 9800), r.choice(US_STREET[h]))
        apt = r.choice(["", "", " Apt %d%s" % (r.randint(1, 9), r.choice("ABCD")), " Unit %d" % r.randint(2, 40)])
        zipc = z + rdig(r, 2) + r.choice(["", "", "-" + rdig(r, 4)])
        lines = [street + apt, "%s, %s %s" % (city, st, zipc)]
        sep = ", "
    elif kind == "uk":
        city, pc = r.choice(UK_CITY[h])
        flat = r.choice(["", "", "Flat %d, " % r.randint(1, 12), "%d%s " % (r.randint(1, 40), "")])
        if flat and not flat.startswith("Flat"):
            flat = ""
        lines = [flat + "%d %s" % (r.randint(1, 180), r.choice(UK_STREET[h])), city, pc]
        sep = r.choice([", ", ", "])
        if not multi:
            return "%s, %s %s" % (lines[0], city, pc)
    elif kind == "nl":
        city, pc = r.choice(NL_CITY[h])
        pcs = pc + r.choice([" ", ""]) + ralnum(r, 2, "ABCEGHJKLMNPRSTVWXZ")
        lines = ["%s %d%s" % (r.choice(NL_STREET[h]), r.randint(1, 220), r.choice(["", "", "-2", "A", " bis"])),
                 "%s %s" % (pcs, city.upper() if r.random() < 0.2 else city)]
        sep = ", "
    elif kind == "be":
        city, pc = r.choice(BE_CITY[h])
        lines = ["%s %d%s" % (r.choice(BE_STREET[h]), r.randint(1, 300), r.choice(["", "", " bus 2", "/3"])), "%s %s" % (pc, city)]
        sep = ", "
    else:
        city, pc = r.choice(FR_CITY[h])
        lines = ["%s %d%s" % (r.choice(FR_STREET[h]), r.randint(1, 200), r.choice(["", " bte 4"])), "%s %s" % (pc, city)]
        sep = ", "
    if multi:
        return "\n".join(lines)
    return sep.join(lines)

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

def g_date_of_birth(c, v):
    r = c.rng
    y, m, d = r.randint(1946, 2006), r.randint(1, 12), r.randint(1, 28)
    if c.lang == "en-us" or v == "us":
        opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS_EN[m - 1], d, y),
                "%d-%02d-%02d" % (y, m, d)]
    elif c.lang == "en-gb":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_EN[m - 1][:3], y),
                "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS_EN[m - 1], y),
                "%02d.%02d.%02d" % (d, m, y % 100)]
    elif c.lang == "fr-be":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_FR[m - 1], y)]
    else:
        opts = ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS_NL[m - 1], y), "%02d/%02d/%d" % (d, m, y),
                "%d-%d-%02d" % (d, m, y % 100)]
    return r.choice(opts)

def g_ip_address(c, v):
    r = c.rng
    if v == "v6":
        return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))
    return r.choice(["203.0.113.%d", "198.51.100.%d", "192.0.2.%d"]) % r.randint(2, 254)

def g_customer_number(c, v):
    r = c.rng
    return r.choice([lambda: rdig(r, 9), lambda: "CU" + rdig(r, 8), lambda: rdig(r, 4) + "-" + rdig(r, 4) + "-" + rdig(r, 2),
                     lambda: "A" + rdig(r, 7), lambda: rdig(r, 10), lambda: "MBR-" + rdig(r, 7),
                     lambda: rdig(r, 3) + " " + rdig(r, 3) + " " + rdig(r, 3)])()

SPAN_GEN = {k: globals()["g_" + k] for k in ALL_TYPES}

# negatives
def n_amount(c, v):
    r = c.rng
    cur = v or {"en-us": "usd", "en-gb": "gbp"}.get(c.lang, "eur")
    a = r.choice([r.randint(5, 90) + 0.99, r.randint(10, 400) + r.choice([0, 0.5, 0.49, 0.25]), r.randint(1000, 2500) + 0.0] if r.random() < 0.15 else [r.randint(5, 90) + 0.99, r.randint(10, 400) + r.choice([0, 0.5, 0.49, 0.25])])
    if cur == "usd":
        return r.choice(["$%.2f" % a, "$%d" % int(a), "USD %.2f" % a]) if a < 1000 else "$%s" % format(a, ",.2f")
    if cur == "gbp":
        return r.choice(["£%.2f" % a, "£%d" % int(a), "%.2f GBP" % a]) if a < 1000 else "£%s" % format(a, ",.2f")
    s = ("%.2f" % a).replace(".", ",")
    return r.choice(["€" + s, "€ " + s, s + " euro", "EUR " + s])

def n_company_phone(c, v):
    r = c.rng
    k = v or c.lang
    if k == "en-us":
        return r.choice(["1-800-555-0199", "1-888-555-0142", "(800) 555-0177", "1 (877) 555-0123"])
    if k == "en-gb":
        return r.choice(["0345 600 " + rdig(r, 4), "03457 " + rdig(r, 3) + " " + rdig(r, 3), "0800 0" + rdig(r, 2) + " " + rdig(r, 4), "0333 " + rdig(r, 3) + " " + rdig(r, 4)])
    if k == "nl":
        return r.choice(["0800-" + rdig(r, 4), "088 " + rdig(r, 3) + " " + rdig(r, 4), "0900-" + rdig(r, 4), "088-" + rdig(r, 7)])
    return r.choice(["078 " + rdig(r, 2) + " " + rdig(r, 2) + " " + rdig(r, 2), "0800 " + rdig(r, 2) + " " + rdig(r, 3), "070 " + rdig(r, 3) + " " + rdig(r, 3)])

def n_company_registration(c, v):
    r = c.rng
    k = v or c.lang
    if k == "en-gb":
        return r.choice(["Company No. 0" + rdig(r, 7), "VAT Reg. GB " + rdig(r, 3) + " " + rdig(r, 4) + " " + rdig(r, 2), "registered in England and Wales no. 0" + rdig(r, 7)])
    if k == "en-us":
        return r.choice(["EIN 8" + rdig(r, 1) + "-" + rdig(r, 7), "NMLS #" + rdig(r, 6)])
    if k == "nl":
        return r.choice(["KvK " + rdig(r, 8), "BTW NL" + rdig(r, 9) + "B01", "KvK-nummer " + rdig(r, 8)])
    return r.choice(["BE 0" + rdig(r, 3) + "." + rdig(r, 3) + "." + rdig(r, 3), "ondernemingsnummer 0" + rdig(r, 3) + "." + rdig(r, 3) + "." + rdig(r, 3), "TVA BE0" + rdig(r, 9)])

def n_date(c, v):
    r = c.rng
    m, d = r.randint(1, 12), r.randint(1, 28)
    if c.lang == "en-us":
        return r.choice(["%d/%d" % (m, d), "%s %d" % (MONTHS_EN[m - 1], d), "%02d/%02d/2026" % (m, d), "%s %dth" % (MONTHS_EN[m - 1][:3], r.randint(4, 20))])
    if c.lang == "en-gb":
        return r.choice(["%d %s" % (d, MONTHS_EN[m - 1]), "%02d/%02d/2026" % (d, m), "%d%s %s" % (r.randint(4, 20), "th", MONTHS_EN[m - 1]), "%s %d %s" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), d, MONTHS_EN[m - 1][:3])])
    if c.lang == "fr-be":
        return r.choice(["%d %s" % (d, MONTHS_FR[m - 1]), "%02d/%02d/2026" % (d, m)])
    return r.choice(["%d %s" % (d, MONTHS_NL[m - 1]), "%02d-%02d-2026" % (d, m), "%d/%d" % (d, m)])

def n_time(c, v):
    r = c.rng
    if c.lang in ("en-us", "en-gb") and v != "24":
        return r.choice(["%d:%02dpm" % (r.randint(1, 11), r.choice([0, 15, 30, 45, 5, 20])), "%d%s" % (r.randint(1, 11), r.choice(["am", "pm", " pm", " a.m."])), "%d.%02dam" % (r.randint(6, 11), r.choice([0, 30, 45]))])
    return r.choice(["%02d:%02d" % (r.randint(7, 22), r.randint(0, 59)), "%d.%02d uur" % (r.randint(7, 22), r.choice([0, 15, 30])), "%du%02d" % (r.randint(7, 22), r.choice([0, 15, 30]))])

def n_year(c, v):
    return str(c.rng.randint(2009, 2025))

def n_error_code(c, v):
    r = c.rng
    return r.choice(["E-%d" % r.randint(100, 9999), "0x%08X" % r.randint(0x80000000, 0x8FFFFFFF), "error %d" % r.choice([401, 403, 429, 500, 502]),
                     "CE-%d-%d" % (r.randint(10000, 99999), r.randint(0, 9)), "ERR-%s%d" % (r.choice(["PAY", "AUTH", "NET", "SIM"]), r.randint(10, 999)),
                     "F%03d" % r.randint(1, 999), "code %d" % r.randint(1000, 9999), "NW-%d-%d" % (r.randint(1, 9), r.randint(1, 99))])

def n_flight_number(c, v):
    return c.rng.choice(AIRLINE_CODES[c.half]) + c.rng.choice(["", " "]) + str(c.rng.randint(100, 2999))

def n_hashtag(c, v):
    return c.rng.choice(HASHTAGS[c.half])

def n_mention(c, v):
    return "@" + c.brand(v or c.sector)[1]

def n_invoice_number(c, v):
    r = c.rng
    return r.choice(["INV-2026-" + rdig(r, 6), "F" + rdig(r, 9), "2026/" + rdig(r, 5), "INV" + rdig(r, 7)])

def n_order_number(c, v):
    r = c.rng
    return r.choice(["#" + rdig(r, 3) + "-" + rdig(r, 7) + "-" + rdig(r, 7), "ORD-" + rdig(r, 6), rdig(r, 10), "#" + rdig(r, 7), "W" + rdig(r, 9), "SN-" + ralnum(r, 6, string.ascii_uppercase + string.digits)])

def n_ticket_number(c, v):
    r = c.rng
    if v == "pnr":
        return ralnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return r.choice(["CAS-" + rdig(r, 7) + "-" + ralnum(r, 4, string.ascii_uppercase + string.digits), rdig(r, 8), "REF-" + rdig(r, 6), "#" + rdig(r, 6), "SR" + rdig(r, 9), "2026-" + rdig(r, 5), "C" + rdig(r, 7)])

def n_tracking_number(c, v):
    r = c.rng
    return r.choice(["1Z" + ralnum(r, 6, string.ascii_uppercase + string.digits) + rdig(r, 10), "3S" + ralnum(r, 4, string.ascii_uppercase) + rdig(r, 7),
                     "JJD" + rdig(r, 15), "TBA" + rdig(r, 12), "9400 1" + rdig(r, 3) + " " + rdig(r, 4) + " " + rdig(r, 4) + " " + rdig(r, 4) + " " + rdig(r, 2),
                     "CX" + rdig(r, 9) + "GB"])

def n_meter_reading(c, v):
    return "%05d" % c.rng.randint(1200, 68000)

def n_model_number(c, v):
    return c.rng.choice(MODELS[c.half])

def n_product_code(c, v):
    r = c.rng
    if v == "ean":
        return luhn_like_ean(r)
    return r.choice(["SKU " + rdig(r, 5) + "-" + r.choice(["BLK", "WHT", "M", "XL"]), "B0" + ralnum(r, 8, string.ascii_uppercase + string.digits), luhn_like_ean(r), "art. " + rdig(r, 7)])

def luhn_like_ean(r):
    d = "87" + rdig(r, 10)
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d))
    return d + str((10 - s % 10) % 10)

def n_version_string(c, v):
    r = c.rng
    return r.choice(["iOS %d.%d.%d" % (r.randint(16, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(12, 15), "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9)),
                     "version %d.%d" % (r.randint(2, 12), r.randint(0, 40)), "%d.%d.%d" % (r.randint(3, 9), r.randint(0, 20), r.randint(0, 99)), "firmware %d.%02d" % (r.randint(5, 7), r.randint(10, 90))])

def n_percentage(c, v):
    return c.rng.choice(["%d%%", "%d %%", "%d percent"]) % c.rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 75, 100])

def n_quantity(c, v):
    r = c.rng
    if v == "dur":
        return r.choice(["%d minutes" % r.randint(20, 90), "%d hours" % r.randint(2, 9), "%d days" % r.randint(2, 12), "%d mins" % r.randint(25, 75)])
    if v == "dur_nl":
        return r.choice(["%d dagen" % r.randint(2, 12), "%d uur" % r.randint(2, 9), "%d weken" % r.randint(2, 5), "%d minuten" % r.randint(20, 90)])
    if v == "speed":
        return "%d %s" % (r.choice([8, 12, 35, 67, 150, 300, 500, 900]), r.choice(["Mbps", "Mb", "mbps", "Mbit/s"]))
    if v == "data":
        return r.choice(["%dGB" % r.randint(2, 60), "%d GB" % r.randint(2, 60), "%d MB" % r.randint(200, 900)])
    if v == "energy":
        return r.choice(["%d kWh" % r.randint(300, 4800), "%d m³" % r.randint(200, 1800), "%dkWh" % r.randint(300, 4800)])
    if v == "weight":
        return "%dkg" % r.randint(15, 32)
    if v == "count":
        return r.choice(["%d requests" % r.choice([60, 100, 500]), "%d items" % r.randint(50, 900), "%d units" % r.randint(2, 20)])
    return r.choice(["%d Mbps" % r.choice([35, 67, 150, 500, 900]), "%dGB" % r.choice([2, 5, 30, 100]), "%d kWh" % r.randint(80, 4200),
                     "%d m³" % r.randint(200, 1800), "%d Mb" % r.randint(1, 30), "%d minutes" % r.randint(20, 300), "%d GB" % r.choice([10, 50, 250])])

def n_url(c, v):
    r = c.rng
    b = c.brand(v or c.sector)[0].lower().split()[0].replace("+", "")
    return r.choice(["https://www.%s.com/help" % b, "https://%s.co.uk/account/reset" % b, "www.%s.nl/inloggen" % b,
                     "https://status.%s.io" % b, "https://%s.com/track?id=%s" % (b, rdig(r, 8)), "bit.ly/%s" % ralnum(r, 7)])

def n_masked_value(c, v):
    r = c.rng
    if v == "last4":
        return rdig(r, 4)
    if v == "card":
        return r.choice(["**** **** **** " + rdig(r, 4), "XXXX-XXXX-XXXX-" + rdig(r, 4), "•••• " + rdig(r, 4), "xxxx" + rdig(r, 4)])
    if v == "iban":
        return r.choice(["NL** **** **** **" + rdig(r, 2), "GB** **** **** **** " + rdig(r, 4), "BE** **** **** " + rdig(r, 4)])
    if v == "phone":
        return r.choice(["***-***-" + "01" + rdig(r, 2), "07*** ***" + rdig(r, 3), "06-****" + rdig(r, 4)])
    return r.choice(["********", "******", "••••••••", "**** **** **** " + rdig(r, 4), "j****@" + r.choice(EMAIL_DOMAINS[c.half]), "••••" + rdig(r, 2)])

NEG_GEN = {k: globals()["n_" + k] for k in NEG_KINDS}

def f_fill(c, name, v):
    r = c.rng
    if name == "name":
        return c.name
    if name == "first":
        return c.first
    if name == "last":
        return c.last
    if name == "agent":
        return r.choice(AGENTS[c.half])
    if name == "brand":
        return c.brand(v or "telco")[0]
    if name == "handle":
        return c.brand(v or "telco")[1]
    if name == "model":
        return r.choice(MODELS[c.half])
    if name == "city":
        pools = {"en-gb": UK_CITY, "en-us": US_CITY, "nl": NL_CITY, "nl-be": BE_CITY, "fr-be": FR_CITY}
        return r.choice(pools[c.lang][c.half])[0]
    if name == "n":
        return str(r.randint(2, 9))
    if name == "day":
        return r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    if name == "job":
        return r.choice(["Operations Manager", "Senior Account Executive", "Head of Finance", "Office Manager",
                         "Project Coordinator", "Director of Sales", "HR Business Partner", "Lead Developer",
                         "Facilities Supervisor", "Practice Manager"])
    if name == "company":
        return r.choice(["Brookfield Joinery Ltd", "Hartley & Sons", "Pinecrest Dental LLC", "Riverside Logistics Inc.",
                         "Meadowbank Studio", "Tandem Consulting BV", "De Groene Vork", "Atelier Lumière SPRL"][c.half::2])
    raise KeyError(name)

# ---------------------------------------------------------------- templates

class T:
    __slots__ = ("tid", "fam", "lang", "channels", "text", "half", "kind", "nospan")

    def __init__(self, fam, lang, channels, text):
        self.fam, self.lang, self.channels, self.text = fam, lang, channels.split(), text
        for ch in self.channels:
            assert ch in CHANNELS, ch

TEMPLATES = []

def t(fam, lang, channels, *texts):
    for x in texts:
        TEMPLATES.append(T(fam, lang, channels, x))

PH = re.compile(r"\{([~@]?)([a-z_0-9]+)(?::([a-z0-9_-]+))?(?:#(\w+))?\}")
ALT = re.compile(r"\[\[(.*?)\]\]", re.S)

def template_types(text):
    types = set()
    for m in PH.finditer(text):
        if m.group(1) == "" and m.group(2) in SPAN_GEN:
            types.add(m.group(2))
    return types

def render(tpl, c, channel):
    text = tpl.text
    if channel == "email" and "%BODY%" not in text and tpl.fam != "rawmail":
        frames = [f for f in FRAMES[c.half] if f[0] == tpl.lang and (not f[2] or not tpl.nospan)]
        fr = c.rng.choice(frames)
        ftxt = fr[1]
        last_line = text.rstrip().split("\n")[-1].strip()
        if last_line.endswith(",") or last_line in ("Regards", "Thanks", "Cheers", "Mvg", "Groet", "Best"):
            head, _, tail = ftxt.partition("%BODY%\n\n")
            if _:
                first, nl, rest = tail.partition("\n")
                if "{@" not in first and not first.startswith(("Sent", "Verzonden", "-", "On ", "Op ", "Le ", "Van", "From", "De ")):
                    ftxt = head + "%BODY%\n" + rest
        text = ftxt.replace("%BODY%", text)
    text = ALT.sub(lambda m: c.rng.choice(m.group(1).split("|")), text)
    out, spans, negs = [], [], []
    pos, last = 0, 0
    for m in PH.finditer(text):
        lit = text[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        sig, name, var, key = m.groups()
        var = var or ""
        if sig == "@":
            val = f_fill(c, name, var)
            kind = None
        elif sig == "~":
            ck = ("n", name, key) if key else None
            val = c.cache.get(ck) if ck else None
            if val is None:
                val = NEG_GEN[name](c, var)
                if ck:
                    c.cache[ck] = val
            kind = ("neg", name)
        else:
            ck = ("s", name, key) if key else None
            val = c.cache.get(ck) if ck else None
            if val is None:
                val = SPAN_GEN[name](c, var)
                if ck:
                    c.cache[ck] = val
            kind = ("span", name)
        out.append(val)
        if kind:
            (spans if kind[0] == "span" else negs).append({("type" if kind[0] == "span" else "kind"): kind[1], "start": pos, "end": pos + len(val)})
        pos += len(val)
    out.append(text[last:])
    return "".join(out), spans, negs

# channel groups
DM = "x_dm messenger instagram_dm whatsapp telegram"
CHAT = "whatsapp telegram messenger"
PUB = "x_public"
FB = "facebook_comment instagram_comment"
ML = "email"
AG = "agent_reply"

# ===== login / streaming / gaming / shopping (username + password)
t("login_stream", "en-gb", DM,
  "hiya, can't get into {@brand:stream} on the telly. username is {username} and password {password} - it just says {~error_code} every time",
  "Login: {username}\nPass: {password}\nStill says incorrect details?? Model is a {~model_number} if that matters",
  "ok so I reset it like you said. new one is {password} and the user is {username}. still locked out x",
  "{username} / {password} <- that's what I'm typing, been the same since {~year}. sort it out please",
  "Someone's changed my email on the account!! my login was {username}, old password was {password}. I pay {~amount} a month for this",
)
t("login_stream", "en-us", DM,
  "hey so my {@brand:stream} profile got kicked out on my {~model_number}. user: {username} pw: {password}. can you check?",
  "my son changed the password and forgot it lol. he says it's either {password} or {password#b}, username {username}",
  "Username {username}\npassword {password}\nit says {~error_code} after I hit sign in, I'm on app {~version_string}",
  "creds: {username}:{password} ... been paying {~amount}/mo since {~year}, fix it pls",
  "tried logging in w/ {username} and pwd {password} like 10 times, now it's locked for {~quantity:dur}??",
)
t("login_stream", "nl", DM,
  "Ik kom niet meer in mijn {@brand:stream} account. gebruikersnaam {username} ww {password}, krijg steeds {~error_code}",
  "inlog {username} pw={password}\nwerkt niet op de {~model_number}",
)
t("login_stream", "nl-be", DM,
  "Dag, ik geraak nie ingelogd. Gebruikesnaam: {username} en paswoord: {password}. Wat loopt er mis?",
  "{username} en {password} is mijn login, al sinds {~year} klant. Kunnen jullie da eens nakijken",
)
t("login_stream", "fr-be", DM,
  "Bonjour, impossible de me connecter. identifiant {username} mot de passe {password}. Message d'erreur {~error_code}",
)
t("login_game", "en-gb", DM,
  "my lad's account on {@brand:game} got hacked. his gamertag is {username}, the password WAS {password} until someone changed it on {~date}",
  "someone bought {~amount} of V-bucks type stuff on my account!!! username {username} pword {password}. order {~order_number}",
  "can't sign in on the {~model_number}, gamertag {username} passwrd {password}, error {~error_code}",
)
t("login_game", "en-us", DM,
  "bro my account got banned for no reason. {username} is the user, pass is {password}. ticket {~ticket_number} never got answered",
  "username {username}\npass {password}\nhelp, it keeps saying {~error_code} on my {~model_number}",
  "login info: {username} | {password} (yes I know I shouldn't send this lol)",
)
t("login_game", "nl", DM,
  "Mijn zoon kan niet meer inloggen op {@brand:game}. accountnaam {username}, wachtwood {password}. Foutcode {~error_code}",
)
t("login_shop", "en-gb", DM,
  "Trying to check my order {~order_number} but it won't let me log in. email {email} password {password}",
  "I think my account's been hacked, orders I didn't place ({~order_number}, {~amount}). Login is {username}, pw {password}",
  "Hi, I've got two accounts by mistake. The one I use is {username} with password {password}, can you merge them? the other one has order {~order_number} on it",
)
t("login_shop", "en-us", DM,
  "can't log in to check order {~order_number}. user name {username} and password is {password}. pls help",
  "I have been locked out since {~date}. {email} + {password} is what I use. Order total was {~amount}!!",
  "sign in: {username}\npassword: {password}\nwhy does it keep asking me to verify?",
)
t("login_shop", "nl", CHAT,
  "Hoi! ik kan niet inloggen om mijn bestelling {~order_number} te bekijken\nmijn email is {email}\nen mijn ww is {password}",
  "kan niet inloggen, {username} {password} klopt toch?? bestelling {~order_number} staat er niet meer in",
)
t("login_shop", "nl-be", CHAT,
  "Hallo, mijn account is geblokkeerd. Login {username}, paswoord {password}. Bestelnummer {~order_number}",
)
t("login_shop", "fr-be", CHAT,
  "Bonjour, je n'arrive plus à me connecter. login: {username} mdp: {password}. Commande {~order_number} de {~amount}",
)
t("login_email", "en-gb", ML,
  "I have been trying to log into the online portal since {~date} with no luck. My username is {username} and my password is {password}. I have reset it twice. Your helpline on {~company_phone} kept me on hold for {~quantity:dur}.",
  "Please could you reset my access. For reference, user ID {username}, current password {password}. Complaint ref {~ticket_number}.",
)
t("login_email", "en-us", ML,
  "I've been locked out of my account for a week now. Username: {username}. Password (current): {password}. I already called {~company_phone} twice and was told to email. Case #{~ticket_number}.",
  "Following up again. I sign in with {username} and {password} and get {~error_code}. This is unacceptable for a {~amount} annual plan.",
)
t("login_pub", "en-gb", PUB,
  "{~mention} your app logs me out every 5 mins. {username} / {password} works on the website?! {~hashtag}",
)
t("login_pub", "en-us", PUB,
  "{~mention} I'm DONE. user {username} pass {password} - try it yourselves since your app won't let me in {~hashtag}",
)

# ===== UK bank: memorable word, passcode (password), PIN
t("ukbank", "en-gb", DM,
  "Locked out of the app. My memorable word is {password:mem}, I've typed it right I promise. Error {~error_code}",
  "it keeps asking for characters 2, 5 and 7 of my memorable information. the full thing is {password:mem} so I don't see how I got it wrong",
  "memorable word - {password:mem}\npasscode - {pin:6}\nstill not working on {~version_string}",
  "I changed my passcode to {pin:6} yesterday and now the app says it's invalid. Card ending {~masked_value:last4}",
  "my online banking password is {password} and memorable word {password:mem}. been on hold to {~company_phone} for {~quantity:dur}",
  "new card arrived but the PIN {pin} doesn't work at the cashpoint, says {~error_code}",
  "Card reader gave me {otp:8} but the website said it had expired. Tried again at {~time}",
  "the card reader code was {otp:8}, payment of {~amount} still failed",
)
t("ukbank", "en-gb", ML,
  "Dear Sir/Madam,\n\nI am writing regarding my account. I attempted to log in on {~date} at {~time} and was locked out. For your records my memorable word is {password:mem} and my 6 digit passcode is {pin:6}. I would appreciate a call back on {phone}.\n\nI have been a customer since {~year}.",
)
t("ukbank", "en-us", DM,
  "Hi, I'm a US citizen living in London, your app wants a 'memorable word'?? I set it as {password:mem}. It says wrong. Passcode {pin:5}",
)
t("ukbank", "nl", DM,
  "Hi, I'm Dutch, moved to the UK {~date}. Mijn memorable word is {password:mem} maar de app accepteert het niet. Foutmelding {~error_code}",
)

# ===== US carriers: account PIN / passcode / port-out PIN
t("carrier", "en-us", DM,
  "trying to port my number to {@brand:telco}, they need my transfer PIN. I set it to {pin:6}, is that right?",
  "my account PIN is {pin} and the store still wouldn't let me upgrade. I have ID!! ticket {~ticket_number}",
  "number transfer pin {pin:6} - account number {customer_number}. new carrier says it's invalid",
  "Account passcode: {pin:6}\nlast 4 of SSN is on file\nPlease unlock my {~model_number} for travel on {~date}",
  "I never set a PIN. Someone set it to {pin} and ported my number out at {~time}!!! SIM swap fraud",
  "the rep told me my port out pin is {pin:6} but it expired? I requested it on {~date}",
  "{pin} is my account pin. why does the app say {~error_code} when I try to pay my {~amount} bill",
  "passcode on the acct is {password:passcode} (letters + numbers), need to add a line",
)
t("carrier", "en-us", PUB,
  "{~mention} you ported my number to some scammer without my PIN ({pin}) being used?! {~hashtag} {~hashtag}",
)
t("carrier", "en-gb", DM,
  "Want to leave and keep my number, got the PAC but the new network also wants my account PIN which is {pin}. Is that ok to give them?",
  "account security pin: {pin}. I'm trying to get my bill for {~date}, it's {~amount} more than usual",
)
t("carrier_ask", "en-us", AG,
  "Hi there! Sorry for the trouble with the port. Please DM us your account PIN and the number you're porting and we'll take a look. ^{@agent}",
  "We can't see your account yet. Could you send us a DM with your full name, ZIP code and account PIN? We never ask for your password. -{@agent}",
)
t("carrier_ask", "en-gb", AG,
  "Hi {@first}, sorry to hear that. Can you pop us a DM with your account number and the security PIN please? Thanks, {@agent}",
)

# ===== parental PIN TV / console
t("parental", "en-gb", DM,
  "The parental PIN on our {~model_number} was {pin} but my kids have somehow changed it. How do I reset?",
  "My telly keeps asking for a PIN to watch anything rated 15, I set {pin} years ago and it doesn't work",
  "parental lock pin is {pin} (I think?) on the {@brand:isp} box. Forgot it, error {~error_code}",
)
t("parental", "en-us", DM,
  "I set up parental controls on the {~model_number} w/ PIN {pin}. Now it asks for it for EVERYTHING incl. the news",
  "purchases PIN is {pin}, but my 9yo bought {~amount} of coins anyway?? order {~order_number}",
  "what's the default restriction pin? I tried 0000 and {pin} and my own pin {pin#b}",
)
t("parental", "nl", CHAT,
  "De kinderslot pincode op de tv box is {pin} maar hij accepteert het niet meer na update {~version_string}",
)
t("parental", "nl-be", CHAT,
  "ouderlijk toezicht code = {pin}, werkt nie meer op de decoder sinds {~date}",
)

# ===== card PIN
t("cardpin", "en-gb", DM,
  "Card declined at Tesco express with {~error_code}. I definitely used the right PIN ({pin})",
  "Forgot my PIN, I think it's {pin} or maybe {pin#b}. Don't want it blocked",
)
t("cardpin", "en-us", DM,
  "Debit card PIN {pin} isn't working at the ATM, it ate my card at {~time}. Branch says call {~company_phone}",
  "my pin number is {pin}, the gas station said 'incorrect pin' twice",
)
t("cardpin", "nl", DM,
  "pincode {pin} werkt niet meer, kreeg foutcode {~error_code} bij het pinnen",
  "Mijn pas is geblokkeerd na 3x pincdoe. Ik weet zeker dat het {pin} is",
  "ik heb een nieuwe pas maar de pin {pin} uit de brief werkt niet?",
)
t("cardpin", "nl-be", DM,
  "Mijn bankkaart zegt code fout, maar ik typ {pin}. Da is toch altijd mijn code geweest",
  "Pincode van mijn nieuwe kaart is {pin}, moet ik die eerst activeren aan een automaat?",
)
t("cardpin", "fr-be", DM,
  "Ma carte est bloquée, j'ai tapé mon code {pin} trois fois. Erreur {~error_code}",
  "code pin {pin} refusé au Bancontact ce matin à {~time}",
)

# ===== SIM PIN / PUK
t("sim", "en-gb", DM,
  "my phone says PUK locked. the PUK on the card is {puk} but I've only got 3 goes left, don't wanna mess it up",
  "SIM pin {pin}, puk {puk}. phone still says SIM blocked. It's a {~model_number}",
  "found the sim card holder, PUK code: {puk}. do I need a new SIM?",
  "put my pin in wrong 3x (it's {pin} I swear) now it wants a puk. The puk is {puk} but says {~error_code}",
)
t("sim", "en-us", DM,
  "my phone is asking for a PUK?? I never set a SIM PIN. card says PUK1 {puk}",
  "SIM locked after update {~version_string}. PIN was {pin}, PUK {puk}",
  "PUK: {puk}\nSIM PIN: {pin}\nphone: {~model_number}\nstill says invalid",
)
t("sim", "nl", CHAT,
  "Mijn sim is geblokkeerd\nPUK {puk}\nwerkt niet",
  "ik heb 3x de verkeerde pincode ingetoetst. pin was {pin} en puk {puk}, wat nu",
  "{puk} is de pukcode van het plasticje, telefoon zegt {~error_code}",
  "puk-code {puk:sp} maar hij blijft om een puk vragen",
)
t("sim", "nl-be", CHAT,
  "mijn gsm vraagt een PUK. Op de kaart staat {puk}, moet ik die gewoon ingeven?",
  "Ik heb mijn pincode vergeten ({pin}?) en nu vraagt ie PUK: {puk}",
  "SIM geblokkeerd, pukcode is {puk}, simkaartnummer eindigt op {~masked_value:last4}",
)
t("sim", "fr-be", CHAT,
  "Ma carte SIM est bloquée. Code PUK {puk}, code PIN {pin}. Ça ne marche toujours pas",
  "mon gsm demande le code PUK, c'est {puk} d'après la carte",
)
t("sim", "en-gb", ML,
  "Hello,\n\nMy daughter's phone ({~model_number}) is asking for a PUK code. The one on the original card is {puk}. Could you confirm whether that's still valid as she had a replacement SIM on {~date}? Her SIM PIN was {pin}.\n\nThanks",
)
t("sim", "en-us", PUB,
  "{~mention} phone locked by PUK after your update, typed {puk} from the card and NOTHING. {~hashtag}",
)
t("sim_ask", "en-gb", AG,
  "Hi {@first}, you'll find the PUK code on the card your SIM came in, or we can send it to you if you DM us your number and date of birth. Please don't post your PUK publicly. {@agent}",
)
t("sim_ask", "nl", AG,
  "Hoi {@first}, de PUK code staat op het pasje waar je simkaart in zat. Stuur je ons een DM met je klantnummer? Dan zoeken we hem op. ^{@agent}",
)

# ===== one-time codes
t("otp", "en-gb", DM,
  "I got a text with code {otp} but I didn't request it?? Is this a scam?",
  "the verification code you sent was {otp:sp} but it says it's expired already",
  "Your code is {otp:g} - is that from you? I've just had a call from '{@brand:bank}' asking me to read it out",
  "someone rang pretending to be you and I gave them the one time passcode {otp}. {~amount} gone",
  "{otp} \u2190 that's the code I got, app still says 'verification failed' {~error_code}",
  "OTP {otp:dash} arrived 20 mins late, payment of {~amount} timed out",
)
t("otp", "en-us", DM,
  "got a 2FA code {otp} at {~time} and I was asleep. someone is trying to get in my acct",
  "verification code: {otp:sp}. it keeps saying invalid on the checkout page for order {~order_number}",
  "the security code texted to me was {otp}, i typed it in and it still won't verify",
  "Here's the code: {otp}",
  "got 3 codes in a row ({otp}, {otp#b}, {otp#c}) none of them work",
  "Two-step code was {otp:4}?? thought they were 6 digits",
)
t("otp", "en-us", PUB,
  "{~mention} your 'secure' login texted me {otp:g} at {~time} and still locked me out. {~hashtag}",
)
t("otp", "nl", CHAT,
  "Ik kreeg een sms met verificatiecdoe {otp} maar ik heb niks aangevraagd",
  "de code was {otp:sp} maar de app zegt verlopen",
  "{otp}\ndit is de code die ik kreeg",
)
t("otp", "nl-be", CHAT,
  "Ik krijg een code via sms: {otp}. Moet ik die aan jullie doorgeven?",
  "sms-code {otp:dash} werkt nie, probeer al sinds {~time}",
)
t("otp", "fr-be", CHAT,
  "J'ai reçu le code {otp} par SMS mais je n'ai rien demandé",
)
t("otp_locker", "en-gb", DM,
  "The locker at the Co-op won't open. My one-time collection code is {otp} and the parcel tracking is {~tracking_number}",
  "locker says 'code invalid'. one time code {otp:sp}, locker bank {~product_code}",
)
t("otp_locker", "en-us", DM,
  "Package locker at the apartment keeps rejecting my one-time pickup code {otp}. Tracking {~tracking_number}",
)
t("otp_locker", "nl", CHAT,
  "De pakketautomaat gaat niet open met eenmalige code {otp}. Track en trace {~tracking_number}",
)
t("otp_ask", "en-us", AG,
  "Hey {@first}! We'll never ask for the verification code we text you. If someone called asking for it, please call us on {~company_phone} right away. -{@agent}",
)
t("otp_ask", "en-gb", AG,
  "Hi {@first}, please never share your one-time passcode with anyone, including us. If you've been contacted, call {~company_phone}. ^{@agent}",
)

# ===== broadband / wifi
t("router", "en-gb", DM,
  "new hub arrived. wifi key on the back of the hub is {wifi_key} but laptop says wrong password",
  "The {~model_number} wifi password is {wifi_key} and my Xbox won't take it. Speeds down to {~quantity:speed}",
  "changed the admin password on the router to {password:admin}, now I can't get back in",
  "Hub admin pw: {password:admin}\nWireless key: {wifi_key}\nwhat else do you need?",
  "I'm getting {~quantity:speed} instead of {~quantity:speed}. Network key is {wifi_key} if your engineer needs it on {~date}",
  "wifi key {wifi_key} - I've typed it in 5 times. Light on the {~model_number} is flashing orange",
)
t("router", "en-us", DM,
  "the WPA key on the sticker is {wifi_key} but my Roku says incorrect. router is a {~model_number}",
  "my wifi pw is {wifi_key} and the smart TV still can't connect after firmware {~version_string}",
  "router login admin / {password:admin}. Wi-Fi password {wifi_key}. tech coming {~date} between {~time} and {~time}",
  "wifi: {wifi_key}\nthat's the key, gateway still shows {~error_code}",
)
t("router", "en-us", PUB,
  "{~mention} paying {~amount} for {~quantity:speed} and getting nothing. wifi pass is literally {wifi_key} come fix it {~hashtag}",
)
t("router", "nl", CHAT,
  "Het wifi wachtwoord op de sticker is {wifi_key} maar mijn laptop accepteert het niet",
  "netwerksleutel {wifi_key}\nmodem {~model_number}\ninternet valt steeds weg",
  "{wifi_key} is mijn wifi code, monteur komt {~date}",
)
t("router", "nl-be", CHAT,
  "WPA sleutel = {wifi_key}, modem is de {~model_number}. Geen internet sinds {~time}",
  "wifi paswoord van de modem: {wifi_key}. Graag dringend nakijken",
)
t("router", "fr-be", CHAT,
  "La clé wifi sur le modem est {wifi_key} mais ma tablette refuse. Débit {~quantity:speed}",
)
t("router", "en-gb", ML,
  "Hello,\n\nFurther to my call on {~date} (ref {~ticket_number}), the engineer still hasn't been out. For when he does come, the wifi key is {wifi_key} and I changed the router admin password to {password:admin}. The hub is a {~model_number}.\n\nRegards",
)
t("router_neg", "en-gb", DM,
  "Hub is a {~model_number}, the wifi password is on the sticker on the back but the sticker's peeled off. Can you send the key? Order {~order_number}",
)
t("router_neg", "en-us", DM,
  "router {~model_number} fw {~version_string}, wifi password on the sticker doesn't work. no I won't send it here lol",
)

# ===== cards, CVV, expiry
t("card", "en-us", DM,
  "Card: {card}\nExp: {card_expiry}\nCVV: {cvv}\ntried 3x and order {~order_number} still failed",
  "I'll just give it to you, {card} exp {card_expiry} the 3 digits on the back are {cvv}. please charge the {~amount}",
  "use this card instead: {card}, {card_expiry}, security code {cvv}",
  "my Amex is {card:amex} and the CID is {cvv:4}. it's the 4 digits on the front right?",
  "charged twice ({~amount} x2). card number {card} ending the same as on my statement. CVV {cvv}",
  "{card} ({card_expiry}) cvc {cvv}",
  "new card # {card:visa} exp {card_expiry:mmyy} code on back {cvv}. update my autopay pls",
)
t("card", "en-us", PUB,
  "{~mention} your checkout keeps failing with {~error_code}. I have typed {card} and cvv {cvv} a million times {~hashtag}",
)
t("card", "en-gb", DM,
  "Can you take payment over here? Card number {card}, expiry {card_expiry}, security code on the back {cvv}",
  "My card {card:mc} keeps getting declined on your site, {~error_code}. The CVV is {cvv} if that helps",
  "card is {card} expires {card_expiry} and the three numbers are {cvv}, cheers",
  "pls update card on file to {card}, {card_expiry}, {cvv} - old one ending {~masked_value:last4} got cancelled",
  "Tried paying the {~amount} with my Amex {card:amex}, 4 digit code {cvv:4}. Didn't work",
)
t("card", "nl", CHAT,
  "creditcard {card} geldig tot {card_expiry}, cvc {cvv}. betaling van {~amount} lukt niet",
  "kaartnummer: {card}\nvervaldatum {card_expiry}\ncode achterop {cvv}",
)
t("card", "nl-be", CHAT,
  "Mijn kredietkaart {card} ({card_expiry}) wordt geweigerd, de 3 cijfers achterop zijn {cvv}",
)
t("card", "fr-be", CHAT,
  "Carte {card}, expire {card_expiry}, cryptogramme {cvv}. Le paiement de {~amount} ne passe pas",
)
t("card", "en-us", ML,
  "To whom it may concern,\n\nI have been trying to renew my subscription since {~date}. Your site returns {~error_code} every time. To resolve this, please charge my Visa {card:visa}, expiration {card_expiry}, CVV {cvv}. The renewal amount is {~amount}.\n\nInvoice {~invoice_number} is attached.",
)
t("card", "en-gb", ML,
  "Hi,\n\nOrder {~order_number} was cancelled because the payment failed. I'd like to pay by phone but your line ({~company_phone}) is closed. Card {card} exp {card_expiry} CVV {cvv}. Please process it manually.",
)
t("card_neg", "en-us", DM,
  "charge of {~amount} on card ending in {~masked_value:last4} on {~date} that I didn't make. dispute case {~ticket_number}",
  "my statement shows {~masked_value:card} charged twice, {~amount} each. Merchant ref {~invoice_number}",
)
t("card_neg", "en-gb", DM,
  "Why has {~amount} gone out on {~date} from my card {~masked_value:card}? I cancelled in {~year}. Complaint {~ticket_number}",
)

# ===== IBAN / refunds
t("iban", "en-gb", DM,
  "please refund the {~amount} to {iban:gb} rather than the card",
  "My IBAN is {iban}, the direct debit of {~amount} bounced on {~date}",
  "refund to: {iban} (my Irish account), order {~order_number}",
)
t("iban", "en-us", DM,
  "I live in Europe now, can you wire the refund ({~amount}) to my IBAN {iban}?",
  "IBAN {iban:de}. BIC I'll send separately. Claim {~ticket_number}",
)
t("iban", "nl", CHAT,
  "Graag terugstorten op {iban:nl}, bestelling {~order_number}",
  "mijn rekeningnummer is {iban:nl} tnv {@name}",
  "{iban:nl} is het nieuwe rekeningnummer voor de incasso van {~amount} per maand",
  "Iban: {iban:nl}\nfactuur {~invoice_number}\nbedrag {~amount}",
)
t("iban", "nl-be", CHAT,
  "Gelieve terug te storten op {iban:be}. Factuurnummer {~invoice_number}",
  "rekeningnummer {iban:be} op naam van {@name}, bedankt",
  "Mijn domiciliëring moet naar {iban:be} vanaf {~date}",
)
t("iban", "fr-be", CHAT,
  "Merci de rembourser sur le compte {iban:be}. Facture {~invoice_number}",
  "Mon numéro de compte IBAN: {iban}",
)
t("iban", "en-gb", ML,
  "Dear Claims Team,\n\nRe: claim {~ticket_number}\n\nI am still waiting for the settlement of {~amount} agreed on {~date}. Please pay it into my account, IBAN {iban:gb}. My previous account (ending {~masked_value:last4}) is closed.\n\nKind regards",
)
t("iban", "en-us", ML,
  "Hello,\n\nI was overcharged {~amount} on invoice {~invoice_number}. As I now bank in the Netherlands, please refund to {iban:nl} instead of my old US card.\n\nThanks",
)
t("iban_neg", "nl", CHAT,
  "Er is {~amount} afgeschreven van {~masked_value:iban} op {~date}, factuur {~invoice_number}. Wat is dit?",
)
t("iban_neg", "en-gb", DM,
  "Your app shows my account as {~masked_value:iban} but the refund of {~amount} never arrived. Ref {~ticket_number}",
)

# ===== BSN
t("bsn", "nl", CHAT,
  "Mijn BSN is {bsn}, kunt u mijn aanvraag van {~date} opzoeken?",
  "Gegevens: {@name} {date_of_birth} {bsn}",
  "burgerservicenummer {bsn:dot}\ngeboren {date_of_birth}",
  "{bsn} is mijn bsn, dossiernummer {~ticket_number}",
  "bsn: {bsn:sp} - ik wacht al sinds {~date} op mijn toeslag van {~amount}",
  "sofinummer (nu BSN toch?) {bsn}",
)
t("bsn", "nl", ML,
  "Geachte heer/mevrouw,\n\nOp {~date} heb ik een bezwaarschrift ingediend (kenmerk {~ticket_number}). Tot op heden heb ik niets vernomen. Mijn BSN is {bsn} en mijn geboortedatum {date_of_birth}.\n\nMet vriendelijke groet,",
  "Beste,\n\nIn de bijlage mijn polis. Verzekerde: {@name}, BSN {bsn}, geb. datum {date_of_birth}. Polisnummer {customer_number}.\n\nGroet,",
)
t("bsn", "nl-be", CHAT,
  "Ik woon sinds {~year} in Nederland, mijn BSN is {bsn}. Voor de zorgverzekering",
  "BSN van mijn dochter: {bsn}, geboren {date_of_birth}",
)
t("bsn", "en-gb", DM,
  "I'm a Brit working in Rotterdam. My BSN (citizen service number) is {bsn}, your form keeps rejecting it with {~error_code}",
  "my Dutch BSN: {bsn:dot} - DOB {date_of_birth}. need this for the health insurance",
)
t("bsn", "en-us", DM,
  "American expat here, they gave me a BSN {bsn} at the municipality. where do I put it in the app?",
  "BSN {bsn} / DOB {date_of_birth} / policy {customer_number}",
)
t("bsn", "en-gb", ML,
  "Hi,\n\nI recently moved to Utrecht for work and registered with the gemeente on {~date}. My BSN is {bsn}. Could you please link it to my health insurance policy {customer_number}? The premium of {~amount} was already taken.\n\nMany thanks",
)
t("bsn", "en-us", ML,
  "Hello,\n\nI'm applying for the allowance but the portal ({~url:gov}) says my citizen service number is invalid. It's {bsn}, I triple-checked. Date of birth {date_of_birth}.\n\nThank you",
)
t("bsn_ask", "nl", AG,
  "Hoi {@first}, deel je BSN nooit via social media. Bel ons op {~company_phone} of log in via {~url:gov}. ^{@agent}",
)

# ===== developer platform (api keys, tokens)
t("dev", "en-us", ML,
  "Hi team,\n\nOur webhooks started failing at {~time} UTC with {~error_code}. We're on SDK {~version_string}. Live key in use: {api_key:sk}. Can you check if it was rotated on your side?\n\nThanks",
  "Hello,\n\nAfter the outage ({~url:dev}) our Bearer {token:jwt} is rejected with 401. Request id {~ticket_number}.\n\nBest,",
  "Support,\n\nWe accidentally committed our AWS keys to a public repo. Access key {api_key:akia}, secret {api_key:awssecret}. We rotated them but your service still uses the old ones?\n\nRegards",
)
t("dev", "en-us", DM,
  "hey, your API keeps saying invalid key. i'm using {api_key:api} from the dashboard",
  "is it normal that pk {api_key:pk} works but sk {api_key:sk} gets {~error_code}?",
  "Authorization: Bearer {token:opaque} -> 403. what scope do I need?",
  "github token {token:ghp} for the integration, it has repo scope. still fails",
  "our slack bot token {token:xoxb} stopped posting to the channel after {~date}",
  "here's the curl: curl -H 'X-Api-Key: {api_key:hex}' {~url:dev}",
  "WooCommerce consumer key {api_key:ck}\nconsumer secret {api_key:cs}\nsync fails at {~quantity:count}",
  "restricted key {api_key:rk} can't read charges??",
)
t("dev", "en-gb", DM,
  "Our Maps embed broke, key is {api_key:aiza}. Billing's definitely on, we pay {~amount}/month",
  "sendgrid-style key {api_key:sg} gets 401 from your relay since {~time}",
  "access token: {token:jwt}\nexpires in 3600 but dies after 5 mins",
  "Using personal access token {token:pat} from CI, getting {~error_code}",
  "gitlab deploy token {token:glpat} was revoked? pipeline {~ticket_number} failing",
  "session token {token:sess} keeps getting invalidated every {~quantity:dur}",
  "refresh token {token:opaque} returns invalid_grant",
  "token {token:hex40} — is this the right format for the webhook signature?",
)
t("dev", "en-gb", ML,
  "Hi,\n\nWe've integrated {@brand:dev} on {~date}. In staging all is fine; in prod we get {~error_code}. Config below:\n\nAPI_KEY={api_key:sk}\nWEBHOOK_TOKEN={token:hex40}\n\nSDK {~version_string}. Could you advise?\n\nCheers,",
  "Hello support,\n\nOur Slack integration user token {token:xoxp} and app key {api_key:hex} were exposed in a screenshot. Please revoke both.\n\nThanks",
)
t("dev", "en-us", PUB,
  "{~mention} your API has been down for {~quantity:dur} and status page {~url:dev} says all green. key {api_key:api} still 500s {~hashtag}",
)
t("dev", "nl", DM,
  "Onze API key {api_key:sk} geeft sinds {~time} een {~error_code}. Kunnen jullie kijken?",
  "access token {token:jwt} werkt niet meer na jullie update naar {~version_string}",
)
t("dev", "nl-be", ML,
  "Dag,\n\nSinds {~date} faalt onze koppeling. Gebruikte sleutel: {api_key:akia} met secret {api_key:awssecret}, token {token:ghp}. Graag hulp.\n\nMvg",
)
t("dev", "fr-be", DM,
  "Notre clé API {api_key:hex} ne fonctionne plus depuis {~date}. Le token {token:jwt} est refusé aussi",
)
t("dev_neg", "en-us", DM,
  "Getting {~error_code} from the v2 endpoint, SDK {~version_string}, request {~ticket_number}. API key shows as {~masked_value} in the dashboard, not pasting it here obvs",
)
t("dev_neg", "en-gb", DM,
  "Rate limited at {~quantity:count} per minute even though our plan is {~amount}/month. Token's fine, error {~error_code} on {~version_string}",
)

# ===== contact details / account updates (low-risk spans)
t("contact", "en-gb", DM,
  "Please update my address to {address}. Moved on {~date}",
  "new mobile is {phone}, old one is cancelled. Account no. {customer_number}",
  "Can you send the replacement to {address} instead? Order {~order_number}",
  "my DOB is {date_of_birth} and account number {customer_number}, that's all I've got to hand",
  "Name: {@name}\nDOB: {date_of_birth}\nPostcode address: {address}\nMobile: {phone}",
  "ring me on {phone} after {~time} please, can't talk at work",
)
t("contact", "en-us", DM,
  "ship to {address} please, the old apt is gone. order {~order_number}",
  "call me back at {phone}, been on hold {~quantity:dur} on {~company_phone}",
  "my email on the acct should be {email}, not the old one. member # {customer_number}",
  "date of birth {date_of_birth}, zip is in my address: {address}",
  "account # {customer_number}\nphone on file {phone}\nplease stop the late fees ({~amount})",
  "reach me at {email} or text {phone}",
)
t("contact", "nl", CHAT,
  "Mijn nieuwe adres is {address}, graag aanpassen voor de volgende levering",
  "klantnummer {customer_number}, ik ben van {date_of_birth}",
  "bel me even op {phone}? lukt niet via de app",
  "Mail graag naar {email:at}",
)
t("contact", "nl-be", CHAT,
  "Mijn gsm-nummer is veranderd naar {phone}. Klantnummer {customer_number}",
  "Nieuw adres: {address}. Geboortedatum {date_of_birth}",
  "mailadres is {email:sp} btw",
)
t("contact", "fr-be", CHAT,
  "Ma nouvelle adresse: {address}. Numéro client {customer_number}",
  "Vous pouvez me joindre au {phone} ou par mail {email}",
)
t("contact", "en-gb", PUB,
  "{~mention} been waiting since {~date} for the engineer, call me {phone} {~hashtag}",
)
t("contact", "en-us", AG,
  "Thanks {@first}! I've updated your shipping address to {address} and the new phone number {phone}. Your order {~order_number} will ship on {~date}. -{@agent}",
  "Got it, we've changed the email on file to {email}. You'll receive a confirmation shortly. Case {~ticket_number}. ^{@agent}",
)
t("contact", "en-gb", AG,
  "Hi {@first}, I can see the account under {customer_number} registered to {address}. Is that still correct? {@agent}",
)
t("contact", "nl", AG,
  "Hoi {@first}, ik heb je telefoonnummer gewijzigd in {phone} en je klantnummer is {customer_number}. Groetjes, {@agent}",
)
t("ip", "en-us", DM,
  "my IP {ip_address} got blocked from your site, error {~error_code}. I'm not a bot lol",
  "login alerts from {ip_address} at {~time}, that's not me. I'm in {@city}",
)
t("ip", "en-gb", DM,
  "Your security email says sign-in from {ip_address}. Not me! Changed password already",
  "static IP on the business line should be {ip_address} but router shows {ip_address:v6}",
)
t("ip", "nl", CHAT,
  "Mijn vaste ip {ip_address} is ineens weg sinds {~date}",
)
t("ip", "nl-be", DM,
  "Inlogpoging vanaf {ip_address} om {~time}, dat was ik niet",
)
t("ip", "fr-be", DM,
  "Connexion suspecte depuis l'adresse IP {ip_address} ce matin",
)
t("expiry", "en-us", DM,
  "card on file expired {card_expiry}, the new one ends {~masked_value:last4} same number otherwise. charge failed {~error_code}",
)
t("expiry", "en-gb", DM,
  "Just the expiry changed to {card_expiry} on my new card, do I need to re-enter it? It's the card ending {~masked_value:last4}",
)
t("expiry", "nl", CHAT,
  "Mijn nieuwe pas heeft vervaldatum {card_expiry}, moet ik iets aanpassen?",
)

# ===== no-span traffic (hard negatives near cue words)
t("ns_delivery", "en-gb", PUB,
  "{~mention} parcel {~tracking_number} says delivered at {~time}. It wasn't. {~hashtag}",
  "{~mention} 3rd missed delivery this week, order {~order_number}. Absolute joke {~hashtag}",
  "{~mention} locker code never came through for {~tracking_number}, locker says error {~error_code} {~hashtag}",
)
t("ns_delivery", "en-us", PUB,
  "{~mention} where is my package?? tracking {~tracking_number} hasn't moved since {~date} {~hashtag}",
  "{~mention} YOUR DRIVER THREW MY {~model_number} OVER THE FENCE. ORDER {~order_number}. {~hashtag}",
)
t("ns_delivery", "en-gb", DM,
  "Hi, order {~order_number} was meant to arrive {~date}, tracking {~tracking_number} still says 'in transit'. Item {~product_code}",
  "the locker PIN in the email doesn't work, it's showing {~error_code}. parcel {~tracking_number}. I'm not sending you the code, just want a new one",
  "returned the {~model_number} on {~date}, refund of {~amount} still not showing. Return ref {~ticket_number}",
)
t("ns_delivery", "en-us", DM,
  "ordered {~quantity:count} of the {~product_code} and only got half. order {~order_number} charged {~amount}",
  "Package locker #{~product_code} at my building says 'code expired'. Tracking {~tracking_number}. can u resend",
)
t("ns_delivery", "nl", CHAT,
  "Pakket {~tracking_number} zou {~date} komen maar niks\nbestelling {~order_number}",
  "De bezorger zegt dat hij om {~time} was maar ik was gewoon thuis. bestelnummer {~order_number}",
  "ophaalcode voor de automaat komt niet binnen, zending {~tracking_number}",
)
t("ns_delivery", "nl-be", CHAT,
  "Mijn pakje {~tracking_number} ligt al {~quantity:dur_nl} in een depot. Bestelling {~order_number}",
  "Retour van {~product_code} verstuurd op {~date}, nog geen terugbetaling van {~amount}",
)
t("ns_delivery", "fr-be", CHAT,
  "Mon colis {~tracking_number} est bloqué depuis le {~date}. Commande {~order_number}",
)
t("ns_billing", "en-gb", DM,
  "Why is my bill {~amount} this month? It's usually {~amount}. Invoice {~invoice_number}",
  "you've put my price up {~percentage} in the middle of my contract. Complaint ref {~ticket_number}",
  "My direct debit of {~amount} was taken on {~date} AND {~date}. Account ending {~masked_value:iban}",
  "Loyalty discount of {~percentage} was promised on the call at {~time}, invoice {~invoice_number} doesn't show it",
)
t("ns_billing", "en-us", DM,
  "billed {~amount} for {~quantity:data} of data overage?? I have unlimited. acct shows pin ******** so I can't even check",
  "ur website says {~percentage} off but checkout charged full {~amount}. order {~order_number}",
  "Autopay took {~amount} on {~date} but the app shows {~amount} due. Confirmation {~ticket_number}",
)
t("ns_billing", "nl", CHAT,
  "Mijn factuur {~invoice_number} is {~amount} terwijl het {~amount} zou zijn",
  "prijs is met {~percentage} omhoog gegaan zonder bericht, klacht {~ticket_number}",
)
t("ns_billing", "nl-be", CHAT,
  "Waarom betaal ik {~amount} voor {~quantity:data}? Factuur {~invoice_number}",
  "De domiciliëring van {~date} is twee keer afgehaald, {~amount}",
)
t("ns_billing", "fr-be", CHAT,
  "Ma facture {~invoice_number} indique {~amount}, c'est {~percentage} de plus que prévu",
)
t("ns_outage", "en-gb", PUB,
  "{~mention} broadband down AGAIN since {~time}. {~quantity:speed} on a {~quantity:speed} package. {~hashtag} {~hashtag}",
  "{~mention} hub light flashing red, error {~error_code}. Rang {~company_phone}, 45 min queue {~hashtag}",
  "{~mention} no signal in the whole of {@city} since this morning. Anyone else? {~hashtag}",
)
t("ns_outage", "en-us", PUB,
  "{~mention} INTERNET HAS BEEN OUT FOR {~quantity:dur}. I WORK FROM HOME. {~hashtag}",
  "{~mention} gateway {~model_number} keeps rebooting after firmware {~version_string} {~hashtag}",
)
t("ns_outage", "en-gb", DM,
  "The wifi password on the back of the {~model_number} is fine, it's the connection that keeps dropping. Speed test shows {~quantity:speed}",
  "error code {~error_code} when I try to enter the SIM PIN on my {~model_number} after update {~version_string}. No, I won't send the PIN",
)
t("ns_outage", "en-us", DM,
  "TV says {~error_code} when I enter the parental PIN, box is {~model_number} on {~version_string}",
  "my phone keeps asking for the SIM PIN after every restart. {~model_number}, {~version_string}. any fix?",
)
t("ns_outage", "nl", PUB,
  "{~mention} al sinds {~time} geen internet, storing? {~hashtag}",
  "{~mention} foutcode {~error_code} bij het pinnen bij de AH, al de hele dag {~hashtag}",
)
t("ns_outage", "nl", CHAT,
  "modem {~model_number}, wifi wachtwoord staat op de sticker, maar verbinding valt steeds weg, soms {~quantity:dur_nl} achter elkaar",
  "sinds update {~version_string} vraagt mijn telefoon steeds de pincode van de sim. {~model_number}",
)
t("ns_outage", "nl-be", PUB,
  "{~mention} nu al {~quantity:dur_nl} geen tv, decoder {~model_number} geeft {~error_code} {~hashtag}",
)
t("ns_outage", "nl-be", CHAT,
  "wifi code van de modem werkt wel maar snelheid is maar {~quantity:speed} i.p.v. {~quantity:speed}",
)
t("ns_outage", "fr-be", PUB,
  "{~mention} toujours pas d'internet depuis {~time}, code erreur {~error_code} {~hashtag}",
)
t("ns_energy", "en-gb", DM,
  "Meter reading for today: {~meter_reading}. Your estimate of {~quantity:energy} is miles off",
  "Smart meter stopped sending readings on {~date}. Manual read is {~meter_reading}, tariff up {~percentage}",
)
t("ns_energy", "en-us", DM,
  "meter reads {~meter_reading}, you billed me for {~quantity:energy}. bill {~invoice_number} {~amount}",
)
t("ns_energy", "nl", CHAT,
  "meterstand {~meter_reading} op {~date}, jullie rekenen met {~quantity:energy}",
  "Stand gasmeter {~meter_reading}, termijnbedrag {~amount} is te hoog",
)
t("ns_energy", "nl-be", CHAT,
  "Meterstand dag {~meter_reading} nacht {~meter_reading#x}, afrekening {~invoice_number}".replace("{~meter_reading#x}", "{~meter_reading#n2}"),
)
t("ns_energy", "fr-be", CHAT,
  "Relevé compteur {~meter_reading} le {~date}, facture {~invoice_number}",
)
t("ns_air", "en-gb", DM,
  "Flight {~flight_number} cancelled at {~time}, booking reference {~ticket_number:pnr}. Who's paying for the hotel ({~amount})?",
  "bag didn't arrive on {~flight_number}, file ref {~ticket_number}. It's a {~quantity:weight} suitcase",
)
t("ns_air", "en-us", PUB,
  "{~mention} {~flight_number} delayed {~quantity:dur} and now the app shows {~error_code} when I try to rebook {~hashtag}",
)
t("ns_air", "en-us", DM,
  "Confirmation code {~ticket_number:pnr} for {~flight_number} on {~date}, seat charge {~amount} taken twice",
)
t("ns_air", "nl", CHAT,
  "Vlucht {~flight_number} van {~date} geannuleerd, boekingsnummer {~ticket_number:pnr}. Compensatie {~amount}?",
)
t("ns_air", "nl-be", CHAT,
  "Vlucht {~flight_number} vertrok {~quantity:dur_nl} te laat, dossier {~ticket_number}",
)
t("ns_air", "fr-be", CHAT,
  "Vol {~flight_number} annulé, réservation {~ticket_number:pnr}. Remboursement de {~amount}?",
)
t("ns_shop", "en-gb", FB,
  "Ordered the {~model_number} on {~date}, still nothing. Order {~order_number}. Don't bother with this company",
  "20 quid off they said ({~percentage}), charged me {~amount} anyway. Invoice {~invoice_number}",
)
t("ns_shop", "en-us", FB,
  "Bought {~product_code} for {~amount} and it broke after a week. Warranty claim {~ticket_number} denied. AVOID",
  "Go to {~url:shop} and read the reviews lol. order {~order_number} never showed",
)
t("ns_shop", "nl", FB,
  "Nooit meer {@brand:shop}. Bestelling {~order_number} van {~amount} nooit geleverd {~hashtag}",
)
t("ns_shop", "nl-be", FB,
  "Al {~quantity:dur_nl} aan het wachten op mijn {~model_number}, bestelnummer {~order_number}",
)
t("ns_shop", "fr-be", FB,
  "Commande {~order_number} jamais reçue, {~amount} payés pour rien",
)
t("ns_stream", "en-gb", DM,
  "The {~model_number} app crashes on {~version_string} with {~error_code}. Password's fine, I can log in on my phone",
  "You took {~amount} on {~date} even though I cancelled in {~year}. Ref {~ticket_number}",
)
t("ns_stream", "en-us", DM,
  "how do I reset the profile PIN? I don't remember it and don't want to send it here anyway. {~model_number}",
  "4K stopped working on my {~model_number} after {~version_string}, I pay for premium ({~amount})",
)
t("ns_stream", "en-us", PUB,
  "{~mention} price went up {~percentage} AGAIN?? {~amount} for {~quantity:dur} of ads {~hashtag}",
)
t("ns_bank", "en-gb", DM,
  "your card reader says {~error_code} before I even get to the PIN. It's the {~model_number} one",
  "tried to pay {~amount} at {~time}, declined with {~error_code}. card is {~masked_value:card}",
)
t("ns_bank", "en-us", DM,
  "fraud alert for {~amount} at {~time} on card {~masked_value:card}. it WAS me. case {~ticket_number}",
  "the app wants a 'verification code' but I changed numbers, my old one was {~masked_value:phone}. What do I do?",
)
t("ns_bank", "nl", CHAT,
  "Pinautomaat gaf foutcode {~error_code} en hield mijn pas in. Pas eindigt op {~masked_value:last4}",
  "verificatiecode komt niet binnen via sms, app {~version_string}",
)
t("ns_bank", "fr-be", CHAT,
  "Le terminal affiche {~error_code} quand je tape mon code, carte {~masked_value:card}",
)
t("ns_company", "en-gb", ML,
  "Dear team,\n\nI refer to invoice {~invoice_number} dated {~date} for {~amount}. Your letterhead states {~company_registration:en-gb} but the invoice has a different number. Please clarify.\n\nRegards",
)
t("ns_company", "nl", ML,
  "Geachte heer/mevrouw,\n\nOp factuur {~invoice_number} staat {~company_registration:nl}, maar dat klopt niet met uw website {~url:shop}. Graag een gecorrigeerde factuur.\n\nMet vriendelijke groet,",
)
t("ns_company", "nl-be", ML,
  "Beste,\n\nVoor onze boekhouding hebben we een factuur nodig met ons {~company_registration:nl-be}. Bestelling {~order_number}, bedrag {~amount}.\n\nMvg,",
)
t("ns_company", "fr-be", ML,
  "Bonjour,\n\nMerci de refaire la facture {~invoice_number} avec notre {~company_registration:fr-be}.\n\nCordialement,",
)
t("ns_company", "en-us", ML,
  "Hello,\n\nOur vendor form needs your {~company_registration:en-us}; ours is on invoice {~invoice_number}. Order {~order_number} total {~amount}.\n\nThanks,",
)
t("ns_ask", "en-us", AG,
  "Hi {@first}, sorry about that! DM us your account PIN and the last 4 of the card and we'll take a look. ^{@agent}",
  "We're sorry for the wait. Please send us a DM with your order number and ZIP code. Never share your password or card details. -{@agent}",
  "Thanks for reaching out. For security, please don't share your verification code with anyone. Your case number is {~ticket_number}. -{@agent}",
  "Hey {@first}, outage in your area should be fixed by {~time}. Status: {~url:isp} ^{@agent}",
)
t("ns_ask", "en-gb", AG,
  "Hi {@first}, can you drop us a DM with your postcode and the account holder's name? Please don't send your password or PIN. {@agent}",
  "Sorry to hear this. Your order {~order_number} is with the courier, tracking {~tracking_number}. {@agent}",
  "Hi there, the wifi key is printed on the back of your hub. If it's missing, reply here and we'll post a new sticker. Ref {~ticket_number}. {@agent}",
  "Thanks for waiting {@first}. I've applied a credit of {~amount} to invoice {~invoice_number}. {@agent}",
)
t("ns_ask", "nl", AG,
  "Hoi {@first}, stuur je ons een DM met je ordernummer? Je wachtwoord of pincode hebben we nooit nodig. ^{@agent}",
  "Hee {@first}, de storing is om {~time} opgelost. Meer info op {~url:isp}. ^{@agent}",
)
t("ns_ask", "nl-be", AG,
  "Dag {@first}, mag ik je klantnummer en je adres via DM? Je paswoord moet je nooit doorgeven. Groetjes, {@agent}",
  "Hallo {@first}, je terugbetaling van {~amount} is vertrokken op {~date}. Mvg, {@agent}",
)
t("ns_ask", "fr-be", AG,
  "Bonjour {@first}, pouvez-vous nous envoyer votre numéro client en message privé ? Ne communiquez jamais votre code PIN. {@agent}",
)
t("ns_ig", "en-gb", "instagram_comment",
  "{~mention} still waiting on order {~order_number} \U0001F621 {~hashtag}",
  "{~mention} ordered in size 12 ({~product_code}) got a size 8 \U0001F602",
)
t("ns_ig", "en-us", "instagram_comment",
  "{~mention} love the new drop but checkout gave me {~error_code} twice \U0001F62D",
  "{~mention} promo code says {~percentage} off but nothing happens at checkout",
)
t("ns_ig", "nl", "instagram_comment",
  "{~mention} wanneer komt mijn bestelling {~order_number}? \U0001F644",
)
t("ns_ig", "nl-be", "instagram_comment",
  "{~mention} al {~quantity:dur_nl} wachten op antwoord \U0001F612",
)
t("ns_ig", "fr-be", "instagram_comment",
  "{~mention} toujours rien reçu, commande {~order_number} \U0001F620",
)

# ===== extra high-risk templates (second batch)
t("puk2", "en-gb", DM,
  "PUK?? {puk}. that's what's printed under the scratch panel",
  "Phone says 'SIM PUK locked, contact operator'. Here's the number off the card: {puk}. Sim ends {~masked_value:last4}",
  "{puk} - puk for my mum's phone, she's on {phone}",
  "after 3 wrong PIN goes it wants the PUK. mine is {puk:sp}, correct?",
)
t("puk2", "en-us", DM,
  "the PUK code from your website was {puk} and it worked, but now it wants a new SIM PIN. I put {pin}",
  "PUK2 is {puk}? or is that PUK1, the card doesn't say",
  "what's a PUK lol. Anyway the card says {puk} under 'PUK'",
  "SIM locked on my {~model_number}. Unlock code (PUK) {puk}. order for new sim {~order_number}",
)
t("puk2", "nl", CHAT,
  "De pukcode is {puk}\nSimkaart zit in een {~model_number}",
  "Mijn moeder heeft haar puk: {puk}. Wat moet ze daarna invullen?",
)
t("puk2", "nl-be", CHAT,
  "puk {puk} en pin {pin}, gsm blijft vragen om code",
)
t("puk2", "fr-be", CHAT,
  "Voilà le code PUK: {puk}. Téléphone {~model_number}",
)
t("wifi2", "en-gb", DM,
  "gave my neighbour the wifi - {wifi_key} - and now my speeds are {~quantity:speed}. Can I change the key?",
  "the network key printed on the hub card is {wifi_key}. The SSID is right but it won't take it",
  "Ring doorbell won't join the wifi. Password {wifi_key}, hub {~model_number}",
  "Wi-Fi key: {wifi_key}\nadmin password: {password:admin}\nboth from the sticker",
)
t("wifi2", "en-us", DM,
  "network password is {wifi_key} per the label on the modem. printer still says auth failed",
  "{wifi_key} is the key, case sensitive right? the tech on {~date} set it up",
  "guest network pw: {wifi_key}. main network is fine",
  "my wifi password got changed to {wifi_key} by your app without asking me!!",
)
t("wifi2", "nl", CHAT,
  "wifi ww is {wifi_key}, tv pakt het niet",
  "WPA2-sleutel: {wifi_key}\nrouter {~model_number}",
)
t("wifi2", "nl-be", CHAT,
  "de draadloze sleutel van de modem is {wifi_key}",
)
t("wifi2", "fr-be", CHAT,
  "mot de passe wifi: {wifi_key}, la box {~model_number} ne marche pas",
)
t("dev2", "en-us", DM,
  "We rotated our key to {api_key:sk} at {~time} but the dashboard still shows the old one",
  "api key = {api_key:api}\nenv = production\nerror = {~error_code}",
  "AWS_ACCESS_KEY_ID={api_key:akia}\nAWS_SECRET_ACCESS_KEY={api_key:awssecret}\ncan you check why uploads fail",
  "publishable key {api_key:pk} shows test mode?",
  "X-API-KEY: {api_key:hex} returns {~error_code}, docs at {~url:dev} say that's correct",
  "Bearer token {token:jwt}\nendpoint /v2/orders\nresponse 401",
  "I pasted our token {token:hex40} in the webhook settings, no events arriving",
  "oauth access_token={token:opaque}&expires_in=3600 is what we get back, then 401 on the next call",
  "our CI uses {token:glpat}, since {~date} the registry pull fails",
  "PAT: {token:pat} (fine-grained, read-only)",
)
t("dev2", "en-gb", DM,
  "Key {api_key:sg} keeps bouncing mail with {~error_code}",
  "firebase/google key {api_key:aiza} suddenly restricted?",
  "woo keys: {api_key:ck} / {api_key:cs}\nplugin {~version_string}",
  "restricted key is {api_key:rk}, secret key {api_key:sk}. which one for refunds?",
  "cookie session={token:sess} keeps expiring after login",
  "Slack app token {token:xoxb}, bot can't read the channel",
  "our user token {token:xoxp} got revoked overnight",
  "ghp token is {token:ghp}, repo access granted",
)
t("dev2", "nl", DM,
  "Onze sleutel {api_key:api} wordt geweigerd, foutmelding {~error_code}",
  "het bearer token {token:opaque} verloopt na 5 minuten",
  "api-key: {api_key:akia} secret: {api_key:awssecret}",
)
t("dev2", "nl-be", DM,
  "token {token:hex40} werkt nie meer sinds {~date}",
)
t("dev2", "fr-be", DM,
  "Clé {api_key:sk} refusée, token {token:ghp} aussi",
)
t("tok_user", "en-gb", DM,
  "the password reset link you sent has token={token:hex40} in it and says expired",
  "Your smart home app wants an access token for the thermostat, it's showing {token:opaque}, where do I put it?",
)
t("tok_user", "en-us", DM,
  "the magic link token {token:sess} doesn't log me in, says {~error_code}",
  "my bank aggregator asked me for a refresh token?? it showed {token:jwt}. is that safe",
)
t("card2", "en-gb", DM,
  "Number's {card}, exp {card_expiry}, back of card {cvv}",
  "Visa debit {card:visa}\n{card_expiry}\n{cvv}",
  "card ending {~masked_value:last4} expired, new one is {card:mc} ({card_expiry}) cvv {cvv}",
  "so the long number is {card} and the 3 digit bit is {cvv}",
)
t("card2", "en-us", DM,
  "just charge this one: {card:mc} {card_expiry:mmyy} {cvv}",
  "Amex {card:amex}, exp {card_expiry}, CID {cvv:4} (4 digits on the front)",
  "card# {card}\nexp. {card_expiry}\nsec code {cvv}\nzip on the billing address is the same",
  "CC: {card} cvv2 {cvv}. i need the order {~order_number} shipped by {~date}",
)
t("card2", "nl", CHAT,
  "Pasnummer {card:maestro}, cvc-code {cvv}",
  "{card} exp {card_expiry} cvv {cvv} graag de {~amount} afschrijven",
)
t("card2", "nl-be", CHAT,
  "Kaart: {card}, vervalt {card_expiry}, controlecode {cvv}",
)
t("card2", "fr-be", CHAT,
  "numéro de carte {card}, date {card_expiry}, code de sécurité {cvv}",
)
t("iban2", "en-gb", DM,
  "IBAN for the refund: {iban}",
  "{iban:gb} - that's my IBAN, please use it for the {~amount} compensation",
  "pay the deposit back into {iban:ie} please (my Dublin account)",
)
t("iban2", "en-us", DM,
  "wire the {~amount} to IBAN {iban:fr}, I'm in Paris until {~date}",
  "my Spanish account: {iban:es}",
)
t("iban2", "nl", CHAT,
  "rek nr {iban:nl}",
  "Kunnen jullie het terugstorten op {iban:nl}? Dank!",
  "IBAN van mijn zoon {iban:nl}, hij betaalt voortaan zelf",
)
t("iban2", "nl-be", CHAT,
  "rekeningnr {iban:be}",
  "Mijn Luxemburgse rekening: {iban:lu}",
)
t("iban2", "fr-be", CHAT,
  "remboursement sur {iban:be} svp",
)
t("bsn2", "nl", CHAT,
  "BSN {bsn} geb {date_of_birth}",
  "mijn burgerservicenummer is {bsn}, dat van mijn vrouw is {bsn#b}",
  "Mijn bsn-nummer: {bsn:dot}. Ik heb nog geen bericht gehad over mijn aanvraag van {~date}",
  "hierbij het BSN van mijn vader {bsn}, hij ligt in het ziekenhuis",
)
t("bsn2", "nl-be", CHAT,
  "Ik werk in Breda, BSN is {bsn}. Rijksregisternummer heb ik ook maar dat vragen jullie niet denk ik",
)
t("bsn2", "en-gb", DM,
  "BSN: {bsn} for the Dutch tax return please",
  "The gemeente letter says my citizen service number is {bsn:sp}",
)
t("bsn2", "en-us", DM,
  "my BSN is {bsn}, my wife's is {bsn#b}. we both need to be on the policy",
  "Dutch social security # (BSN) {bsn} - does this go in the 'tax ID' field?",
)
t("bsn2", "fr-be", CHAT,
  "Je travaille aux Pays-Bas, mon BSN est {bsn}",
)
t("otp2", "en-gb", DM,
  "Code came through as {otp:any}, typed it, nothing",
  "verification: {otp}\nis this meant to expire in 30 seconds?",
  "you texted {otp} to my mum's phone ({phone}) by mistake",
)
t("otp2", "en-us", DM,
  "2fa code {otp:sp} - expired before I could enter it, again",
  "{otp:g} is the code in the text, what do I do with it",
)
t("otp2", "nl", CHAT,
  "eenmalige code {otp} werkt niet, kreeg hem om {~time}",
)
t("otp2", "fr-be", CHAT,
  "code de vérification {otp:sp}, il ne fonctionne pas",
)
t("ns_company2", "en-gb", ML,
  "Hello,\n\nPlease re-issue invoice {~invoice_number} to our business name. We are {~company_registration:en-gb}, order {~order_number}.\n\nThanks",
)
t("ns_company2", "nl", ML,
  "Beste,\n\nGraag factuur {~invoice_number} op naam van ons bedrijf, {~company_registration:nl}.\n\nGroet,",
)

# ---------------------------------------------------------------- e-mail frames (dealt alternately)
FRAME_LIST = [
    ("en-gb", "Subject: [[Complaint|Re: your ref|Urgent - account issue|FW: still not sorted]]\n\n%BODY%\n\nKind regards,\n{@name}\n{@job}\n{@company}\n{address:uk_ml}\nM: {phone}\nE: {email}", True),
    ("en-gb", "Subject: Re: Your enquiry {~ticket_number}\n\n%BODY%\n\nThanks,\n{@first}\n\nOn {~date} at {~time}, {@brand:shop} Customer Care wrote:\n> Thank you for contacting us. Your reference is above.\n> Please reply to this e-mail and do not change the subject line.", False),
    ("en-gb", "%BODY%\n\nBest wishes\n{@name}\nTel: {phone}\n\n-----Original Message-----\nFrom: {@name} <{email}>\nSent: {~date} {~time}\nTo: Customer Services\nSubject: Account problem\n\n> I have still not heard back.", True),
    ("en-gb", "Subject: Re: Case update\n\n%BODY%\n\nCheers\n{@first}\n\nSent from my iPhone", False),
    ("en-gb", "---------- Forwarded message ---------\nFrom: {@name} <{email#me}>\nDate: {~date}\nSubject: Fwd: broadband\n\nForwarding my original complaint as nobody replied.\n\n%BODY%\n\n{@name}\n{address:uk}\n{email#me}", True),
    ("en-gb", "Subject: Formal complaint\n\n%BODY%\n\nYours faithfully,\n{@name}", False),
    ("en-us", "Subject: [[Billing dispute|URGENT: account locked|Re: Case {~ticket_number}|Fwd: order problem]]\n\n%BODY%\n\nBest,\n{@name}\n{@job} | {@company}\n{address:us_ml}\nCell: {phone}\n{email}", True),
    ("en-us", "Subject: Re: Your support request\n\n%BODY%\n\nThanks,\n{@first}\n\nOn {~date}, at {~time}, {@brand:shop} Support wrote:\n> Hi there, thanks for your patience. Could you reply with more details?\n> Ticket {~ticket_number}", False),
    ("en-us", "%BODY%\n\nRegards,\n{@name}\n\nFrom: {@name} <{email}>\nSent: {~date} {~time}\nTo: Support\nSubject: RE: still waiting\n\nSee below. Nobody has called me back at {phone}.", True),
    ("en-us", "Subject: help\n\n%BODY%\n\nSent from my Galaxy", False),
    ("en-us", "-----Original Message-----\nFrom: {@name} [mailto:{email#me}]\nSent: {~date} {~time}\nSubject: complaint\n\n%BODY%\n\n--\n{@name}\n{@job}\n{phone}\n{email#me}", True),
    ("en-us", "Subject: Complaint\n\n%BODY%\n\n- {@first}", False),
    ("nl", "Onderwerp: [[Klacht|Re: uw kenmerk|Probleem met account]]\n\n%BODY%\n\n{@name}\n{address:nl_ml}\nTel. {phone}\n{email}", True),
    ("nl", "Onderwerp: Re: uw vraag\n\n%BODY%\n\nGroet,\n{@first}\n\nOp {~date} om {~time} schreef {@brand:shop} Klantenservice:\n> Bedankt voor je bericht. We reageren binnen 3 werkdagen.", False),
    ("nl", "%BODY%\n\nMvg {@name}\n\nVan: {@name} <{email}>\nVerzonden: {~date} {~time}\nAan: Klantenservice\nOnderwerp: storing\n\n> Ik wacht nog steeds.", True),
    ("nl", "Onderwerp: vraag\n\n%BODY%\n\nVerzonden vanaf mijn iPhone", False),
    ("nl-be", "Onderwerp: [[Klacht|Vraag i.v.m. factuur|Dringend]]\n\n%BODY%\n\nMet vriendelijke groeten,\n{@name}\n{address:be_ml}\nGSM {phone}\n{email}", True),
    ("nl-be", "Onderwerp: Re: dossier {~ticket_number}\n\n%BODY%\n\nGroetjes\n{@first}\n\nOp {~date} om {~time} schreef {@brand:shop}:\n> Beste klant, bedankt voor uw geduld.", False),
    ("nl-be", "%BODY%\n\n{@name}\n\nVan: {@name} <{email}>\nVerzonden: {~date}\nAan: klantendienst\nOnderwerp: probleem", True),
    ("nl-be", "Onderwerp: vraag\n\n%BODY%\n\nMvg", False),
    ("fr-be", "Objet : [[Réclamation|Problème de compte|Facture]]\n\n%BODY%\n\nBien à vous,\n{@name}\n{address:fr_ml}\nGSM : {phone}\n{email}", True),
    ("fr-be", "Objet : Re: votre demande\n\n%BODY%\n\nCordialement,\n{@first}\n\nLe {~date} à {~time}, {@brand:shop} a écrit :\n> Merci pour votre message.", False),
    ("fr-be", "%BODY%\n\n{@name}\n\nDe : {@name} <{email}>\nEnvoyé : {~date}\nÀ : service clients\nObjet : problème", True),
    ("fr-be", "Objet : question\n\n%BODY%\n\nMerci", False),
]
FRAMES = [[], []]
_cnt = Counter()
for _f in FRAME_LIST:
    FRAMES[_cnt[(_f[0], _f[2])] % 2].append(_f)
    _cnt[(_f[0], _f[2])] += 1

# ---------------------------------------------------------------- split & generation

def deal_templates():
    groups = defaultdict(list)
    for i, tp in enumerate(TEMPLATES):
        tp.tid = i
        tp.kind = template_types(tp.text)
        tp.nospan = not tp.kind
        groups[(tp.fam, tp.lang)].append(tp)
    for gi, key in enumerate(sorted(groups)):
        for j, tp in enumerate(groups[key]):
            tp.half = (j + gi) % 2


FAM_SECTOR = [("ns_delivery", "courier"), ("otp_locker", "courier"), ("ns_shop", "shop"), ("ns_ig", "shop"),
              ("ns_outage", "isp"), ("router", "isp"), ("wifi", "isp"), ("ns_air", "air"), ("ns_stream", "stream"),
              ("login_stream", "stream"), ("login_pub", "stream"), ("login_game", "game"), ("login_shop", "shop"),
              ("ns_bank", "bank"), ("ukbank", "bank"), ("cardpin", "bank"), ("otp", "bank"), ("card", "shop"),
              ("iban", "bank"), ("bsn", "gov"), ("dev", "dev"), ("ns_energy", "energy"), ("ns_company", "shop"),
              ("ns_billing", "telco"), ("ns_ask", "shop")]

def make_record(tpl, rng, half):
    c = Ctx(rng, half, tpl.lang)
    for pre, sec in FAM_SECTOR:
        if tpl.fam.startswith(pre):
            c.sector = sec
            break
    ch = rng.choice(tpl.channels)
    text, spans, negs = render(tpl, c, ch)
    return {"channel": ch, "lang": tpl.lang, "visibility": "public" if ch in PUBLIC else "private",
            "text": text, "spans": spans, "negatives": negs, "_tid": tpl.tid}

def gen_half(half, seed):
    rng = random.Random(seed * 10 + half)
    pool = [tp for tp in TEMPLATES if tp.half == half]
    quota = {l: round(PER_HALF * s) for l, s in LANG_SHARE.items()}
    used = Counter()
    recs = []
    counts = Counter()

    def pick_lang(cands):
        langs = sorted({tp.lang for tp in cands})
        w = [max(quota[l] - used[l], 0.5) for l in langs]
        return rng.choices(langs, weights=w)[0]

    def emit(tp):
        r = make_record(tp, rng, half)
        recs.append(r)
        used[tp.lang] += 1
        for sp in r["spans"]:
            counts[sp["type"]] += 1

    # phase A: high-risk quotas, cycling through all templates of each type
    target = 44
    cyc = {}
    for ty in HIGH:
        cands = [tp for tp in pool if ty in tp.kind]
        rng.shuffle(cands)
        cyc[ty] = cands
    progress = True
    while progress:
        progress = False
        for ty in HIGH:
            if counts[ty] >= target:
                continue
            cands = cyc[ty]
            # first pass: every template once, in shuffled order
            unused = [tp for tp in cands if not any(r["_tid"] == tp.tid for r in recs)]
            if unused:
                lang = pick_lang(unused)
                tp = next(x for x in unused if x.lang == lang)
            else:
                lang = pick_lang(cands)
                tp = rng.choice([x for x in cands if x.lang == lang])
            emit(tp)
            progress = True
    # phase B: no-span messages up to 31 %, then other content, keep high-risk >= 48 %
    nospan = [tp for tp in pool if tp.nospan]
    low = [tp for tp in pool if tp.kind and not (tp.kind & set(HIGH))]
    hi = [tp for tp in pool if tp.kind & set(HIGH)]
    n_nospan = sum(1 for r in recs if not r["spans"])
    while len(recs) < PER_HALF:
        remaining = {l: quota[l] - used[l] for l in quota}
        n_hi = sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"]))
        if n_nospan < 0.31 * PER_HALF:
            src = nospan
        elif n_hi < 0.48 * PER_HALF:
            src = hi
        else:
            src = rng.choice([low, low, hi, nospan])
        langs = [l for l in quota if remaining[l] > 0 and any(tp.lang == l for tp in src)]
        if not langs:
            langs = [l for l in quota if any(tp.lang == l for tp in src)]
        lang = rng.choices(langs, weights=[max(remaining[l], 1) for l in langs])[0]
        tp = rng.choice([x for x in src if x.lang == lang])
        emit(tp)
        if not recs[-1]["spans"]:
            n_nospan += 1
    rng.shuffle(recs)
    for i, r in enumerate(recs):
        r["id"] = "%s-%s-%05d" % (PREFIX, ["dev", "heldout"][half], i)
    return recs

# ---------------------------------------------------------------- checks

def check_half(recs, name, errors):
    tids = set()
    for r in recs:
        t_ = r["text"]
        tids.add(r["_tid"])
        if r["channel"] not in CHANNELS:
            errors.append("%s bad channel" % r["id"])
        if (r["channel"] in PUBLIC) != (r["visibility"] == "public"):
            errors.append("%s visibility" % r["id"])
        if re.search(r"\{[~@]?[a-z_]+[:#}]", t_) or "[[" in t_ or "%BODY%" in t_ or "]]" in t_:
            errors.append("%s unrendered placeholder" % r["id"])
        iv = []
        for sp in r["spans"]:
            a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(t_)):
                errors.append("%s span offsets" % r["id"])
                continue
            v = t_[a:b]
            if v != v.strip():
                errors.append("%s span whitespace %r" % (r["id"], v))
            ty = sp["type"]
            if ty == "card" and not luhn_ok(v):
                errors.append("%s luhn %r" % (r["id"], v))
            if ty == "iban" and not iban_ok(v):
                errors.append("%s iban %r" % (r["id"], v))
            if ty == "bsn" and not bsn_ok(v):
                errors.append("%s bsn %r" % (r["id"], v))
            if ty in HIGH and ty not in ("otp", "card", "iban", "bsn", "puk") and " " in v:
                errors.append("%s space in secret %r" % (r["id"], v))
            if ty in HIGH and v[-1] in ".,!?;:)" and b < len(t_) and t_[b] in ".,!?;:":
                errors.append("%s ambiguous end %r" % (r["id"], v))
            iv.append((a, b, "s"))
        for ng in r["negatives"]:
            a, b = ng["start"], ng["end"]
            if not (0 <= a < b <= len(t_)) or t_[a:b] != t_[a:b].strip():
                errors.append("%s neg offsets" % r["id"])
            iv.append((a, b, "n"))
        iv.sort()
        for x, y in zip(iv, iv[1:]):
            if y[0] < x[1] and "s" in (x[2], y[2]):
                errors.append("%s overlap %r %r" % (r["id"], x, y))
    tc = Counter(s["type"] for r in recs for s in r["spans"])
    nc = Counter(n["kind"] for r in recs for n in r["negatives"])
    for ty in ALL_TYPES:
        if tc[ty] == 0:
            errors.append("%s: type %s missing" % (name, ty))
    for ty in HIGH:
        if tc[ty] < 40:
            errors.append("%s: type %s only %d spans" % (name, ty, tc[ty]))
        ph = {r["_tid"] for r in recs if any(s["type"] == ty for s in r["spans"])}
        if len(ph) < 12:
            errors.append("%s: type %s only %d templates" % (name, ty, len(ph)))
    for k in NEG_KINDS:
        if nc[k] == 0:
            errors.append("%s: neg %s missing" % (name, k))
    n = len(recs)
    if sum(1 for r in recs if not r["spans"]) < 0.25 * n:
        errors.append("%s: <25%% without spans" % name)
    if sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"])) < 0.45 * n:
        errors.append("%s: <45%% high-risk" % name)
    if sum(1 for r in recs if r["negatives"]) < 0.30 * n:
        errors.append("%s: <30%% with negatives" % name)
    return tids

def stats(recs):
    return {
        "messages": len(recs),
        "no_span_messages": sum(1 for r in recs if not r["spans"]),
        "high_risk_messages": sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"])),
        "messages_with_negatives": sum(1 for r in recs if r["negatives"]),
        "templates": len({r["_tid"] for r in recs}),
        "spans": dict(sorted(Counter(s["type"] for r in recs for s in r["spans"]).items())),
        "templates_per_high_risk_type": {ty: len({r["_tid"] for r in recs if any(s["type"] == ty for s in r["spans"])}) for ty in HIGH},
        "negatives": dict(sorted(Counter(n["kind"] for r in recs for n in r["negatives"]).items())),
        "channels": dict(sorted(Counter(r["channel"] for r in recs).items())),
        "languages": dict(sorted(Counter(r["lang"] for r in recs).items())),
    }

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261212)
    ap.add_argument("--stats-json", default=None)
    a = ap.parse_args()
    deal_templates()
    halves = [gen_half(0, a.seed), gen_half(1, a.seed)]
    errors = []
    t0 = check_half(halves[0], "dev", errors)
    t1 = check_half(halves[1], "heldout", errors)
    if t0 & t1:
        errors.append("template in both halves: %r" % sorted(t0 & t1))
    st = {n: stats(h) for n, h in zip(["dev", "heldout"], halves)}
    print(json.dumps(st, indent=1, ensure_ascii=False))
    if errors:
        for e in errors[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d errors; nothing written" % len(errors), file=sys.stderr)
        sys.exit(1)
    for n, h in zip(["dev", "heldout"], halves):
        with open(os.path.join(HERE, n + ".jsonl"), "w", encoding="utf-8") as fh:
            for r in h:
                o = {k: r[k] for k in ("id", "channel", "lang", "visibility", "text", "spans", "negatives")}
                fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    if a.stats_json:
        with open(a.stats_json, "w") as fh:
            json.dump(st, fh, indent=1, ensure_ascii=False)

if __name__ == "__main__":
    main()
