#!/usr/bin/env python3
"""Blind scrub corpus "blind11" generator (standard library only, Python 3.11).

Emphasis: everyday consumers writing from a phone - messy, informal, voice
dictated, chat exports, self-corrections, values for relatives.

Usage: python3 generate_blind.py --seed 20261209
Writes dev.jsonl and heldout.jsonl next to this file, or exits 1 and writes
nothing when a self-check fails.
"""
import argparse
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b11"
HALVES = ("dev", "heldout")

HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
        "card", "cvv", "iban", "bsn"]
LOW = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
SPAN_TYPES = HIGH + LOW
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value"]
CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm", "instagram_comment",
            "whatsapp", "telegram", "email", "agent_reply"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
LANG_W = [("nl", 35), ("nl-be", 20), ("fr-be", 15), ("en-gb", 15), ("en-us", 15)]
CHAN_W = [("whatsapp", 18), ("email", 15), ("x_dm", 10), ("messenger", 10), ("x_public", 7),
          ("instagram_dm", 8), ("telegram", 7), ("facebook_comment", 6), ("instagram_comment", 5),
          ("agent_reply", 14)]
LG = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
LORDER = ["nl", "be", "fr", "en"]

# ----------------------------------------------------------------------------------------------
# Plain pools (dealt alternately to dev/heldout by index: even -> dev, odd -> heldout)
# ----------------------------------------------------------------------------------------------
FIRST = ["Sanne", "Jeroen", "Fleur", "Bram", "Lotte", "Thijs", "Anouk", "Ruben", "Femke", "Joris",
         "Lieke", "Daan", "Marleen", "Kees", "Ineke", "Henk", "Wout", "Jana", "Lies", "Pieter-Jan",
         "Griet", "Kobe", "Elke", "Seppe", "Nathalie", "Julien", "Amélie", "Sébastien", "Chloé",
         "Maxime", "Aurélie", "Gaëlle", "Olivia", "Harry", "Megan", "Callum", "Ashley", "Tyler",
         "Brianna", "Dwayne", "Gladys", "Norman", "Ria", "Bep", "Mo", "Yasmina", "Noor", "Sem",
         "Jayden", "Zoë", "Ilias", "Hanna", "Rik", "Tess"]
LAST = ["de Vries", "Bakker", "Jansen", "Visser", "Smit", "Mulder", "de Boer", "Dekker", "Peeters",
        "Janssens", "Maes", "Claes", "Wouters", "Goossens", "Dubois", "Lambert", "Dupont", "Lejeune",
        "Renard", "Simon", "Thompson", "Walker", "Hughes", "Patel", "Miller", "Johnson", "Kowalski",
        "Garcia", "van Dijk", "Hendriks", "El Amrani", "Yilmaz", "Verbruggen", "Coppens", "Hermans",
        "Van Damme", "Leclercq", "Collins", "Brennan", "Schouten"]
STREET = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindenlaan", "Kerkplein", "Achter de Hoven",
           "Zuiderhaven", "Prins Hendrikkade", "Vlierstraat", "Oude Gracht", "Beukenhof", "Het Want",
           "Esdoornlaan", "Brink", "Marktveld", "Sluiskade"],
    "be": ["Kapelstraat", "Stationsstraat", "Veldstraat", "Groenplaats", "Kouter", "Dorp-Oost",
           "Leopoldlei", "Meir", "Kasteeldreef", "Hoogstraat", "Zavel", "Bosstraat"],
    "fr": ["Rue de la Station", "Chaussée de Louvain", "Avenue des Tilleuls", "Place du Marché",
           "Rue Haute", "Rue des Écoles", "Clos des Lilas", "Chemin du Moulin", "Rue Saint-Gilles",
           "Avenue Albert Ier"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Terrace", "The Crescent",
              "Mill Road", "Orchard Close", "Kings Parade", "Queensway", "Elm Grove"],
    "en-us": ["Maple Avenue", "Oak Street", "Sunset Blvd", "Elm Drive", "Lakeview Road",
              "Pine Court", "Washington Ave", "Cedar Lane", "Ridge Road", "Main St"],
}
CITY = {
    "nl": ["Utrecht", "Zwolle", "Haarlem", "Tilburg", "Groningen", "Leiden", "Amersfoort", "Breda",
           "Deventer", "Alkmaar", "Den Bosch", "Apeldoorn"],
    "be": [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"),
           ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst")],
    "fr": [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("7000", "Mons"),
           ("6000", "Charleroi"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("7500", "Tournai")],
    "en-gb": [("Leeds", "LS6 2AB"), ("Bristol", "BS7 8NQ"), ("Manchester", "M14 5RT"),
              ("London", "SW1A 2AA"), ("Norwich", "NR2 4PE"), ("Cardiff", "CF10 3AT"),
              ("York", "YO1 7HH"), ("Brighton", "BN1 3XE")],
    "en-us": [("Columbus", "OH", "43215"), ("Austin", "TX", "78701"), ("Denver", "CO", "80203"),
              ("Portland", "OR", "97205"), ("Raleigh", "NC", "27601"), ("Tampa", "FL", "33602"),
              ("Madison", "WI", "53703"), ("Boise", "ID", "83702")],
}
BRAND = {
    "telco": ["Belnova", "Telvia", "Mobiqo", "Zappr", "Simbaa", "Kwiktel", "Orbiton", "Lumafoon"],
    "internet": ["Glasnet", "Fibrox", "NetOranje", "Kabelkoning", "Wavelink", "Routy", "Breedband+", "Connectra"],
    "bank": ["Spaarkrediet", "Munt&Co", "Noorderbank", "Vlaamse Kas", "BankFlux", "Penning", "Krona", "Tulpbank"],
    "shop": ["Koopgoed", "Bestelbaas", "Pakjeskoning", "Winkeltje.nl", "Streamz+", "Flixo", "Gamevault", "PlayNest"],
    "energy": ["Stroomwijs", "Energica", "Warmtepunt", "Zonnig Stroom", "RailPas", "OV-Kaartje", "Verzekerd!", "Polisplan"],
    "health": ["ZorgDirect", "MijnZorgportaal", "Medivault", "ZorgGroep Noord", "Huisartsenlijn", "ZiekenfondsPlus", "Zorgkas", "Santéa"],
    "dev": ["Paylane", "Shipkit", "Notifly", "Mailbeam", "Cloudcart", "Webhookr", "Invoicely", "Smartmeter API"],
}
PWWORDS = ["Zomer", "Voetbal", "Tulp", "Kat", "Hond", "Fietsbel", "Pannekoek", "Lente", "Ajax", "Bella",
           "Soleil", "Chocolat", "Frites", "Moto", "Sunshine", "Dragon", "Monkey", "Liverpool", "Eagles",
           "Princess", "Koffie", "Oma", "Tuinhek", "Mol", "Kasteel", "Sneeuw", "Appel", "Paard", "Bier",
           "Duvel", "Merel", "Vlinder"]
DOMAINS = ["mailtje.nl", "postduif.be", "boitemail.be", "letterbox.co.uk", "quickmail.us", "mijnpost.nl",
           "snelpost.nl", "courriel-be.be", "inboxly.com", "thuismail.nl", "zeepost.be", "mailcorner.co.uk"]
SSIDS = ["Ziggo-5G-8A21", "H369A-4F2C", "Telvia-Home-77", "FRITZ!Box 7590 QX", "Proxi-B3-12C9",
         "NETGEAR41", "TP-Link_5G_3A9E", "Glasnet_WiFi_2F"]
EMOJI = ["🙏", "😡", "😭", "🤬", "😅", "👍", "🙄", "😩", "❤️", "🔥", "🤔", "😤", "‼️", "👉", "🥲", "💀"]


def deal(items, half):
    return [x for i, x in enumerate(items) if i % 2 == HALVES.index(half)]


# ----------------------------------------------------------------------------------------------
# Value generators
# ----------------------------------------------------------------------------------------------
PUNCT_END = set(".,;:!?)]}\"'`")


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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def g_pin(c, var):
    r = c.r
    n = 4
    if var in ("5", "6"):
        n = int(var)
    v = digits(r, n)
    while len(set(v)) < 2:
        v = digits(r, n)
    if var == "sp" or (var == "" and r.random() < 0.12):
        return " ".join(v)
    if var == "" and r.random() < 0.05 and n == 4:
        return v[:2] + "." + v[2:]
    if var == "" and r.random() < 0.06 and n == 4:
        return v[:2] + " " + v[2:]
    return v


def g_puk(c, var):
    r = c.r
    v = digits(r, 8)
    x = r.random() if var == "" else {"sp": 0.0, "g": 0.3}.get(var, 0.99)
    if x < 0.1:
        return " ".join(v)
    if x < 0.35:
        return v[:4] + " " + v[4:]
    if x < 0.42:
        return " ".join(v[i:i + 2] for i in range(0, 8, 2))
    if x < 0.47:
        return v[:4] + "-" + v[4:]
    return v


def g_otp(c, var):
    r = c.r
    n = r.choice([6, 6, 6, 6, 5, 8, 4]) if var == "" else 6
    v = digits(r, n)
    if var == "g":
        return "G-" + v
    if var == "sp":
        return " ".join(v)
    x = r.random()
    if n == 6 and x < 0.2:
        return v[:3] + " " + v[3:]
    if n == 6 and x < 0.3:
        return v[:3] + "-" + v[3:]
    if n == 6 and x < 0.35:
        return " ".join(v)
    return v


def g_cvv(c, var):
    return digits(c.r, 4 if var == "4" else 3)


def g_wifi(c, var):
    r = c.r
    x = r.random()
    if x < 0.3:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([12, 16, 10])))
    if x < 0.45:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([10, 26])))
    if x < 0.7:
        return "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([12, 14, 20])))
    if x < 0.85:
        w = c.pick_pool("pw")
        return w + r.choice(["Thuis", "Huis", "Net", "wifi", "Home", "Maison"]) + digits(r, r.choice([2, 4]))
    w1, w2 = c.pick_pool("pw").lower(), c.pick_pool("pw").lower()
    return f"{w1}-{w2}-{digits(r, 2)}"


def g_password(c, var, nxt=""):
    r = c.r
    x = r.random()
    w = c.pick_pool("pw")
    if var == "pm" or (var == "" and x < 0.18):
        chars = string.ascii_letters + string.digits + "!#$%&*+-=?@^_"
        v = "".join(r.choice(chars) for _ in range(r.choice([14, 16, 20])))
        while not v[-1].isalnum():
            v = v[:-1] + r.choice(string.ascii_letters)
        return v
    if x < 0.45:
        v = w + str(r.choice([1985, 1979, 2019, 2023, 2024, 12, 88, 7, 123, 1962])) + r.choice(["!", "#", "", "", "?", "*"])
    elif x < 0.6:
        tr = str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "$"})
        v = (w.lower() + c.pick_pool("pw").lower()).translate(tr) + digits(r, 2)
    elif x < 0.72:
        v = w.lower() + digits(r, r.choice([2, 3, 4]))
    elif x < 0.85:
        v = r.choice(["#", "!", "", ""]) + w + r.choice(["_", ".", "-"]) + c.pick_pool("pw") + digits(r, 2)
    else:
        v = c.cache.get("first", "Oma").split("-")[0].replace("é", "e").replace("ë", "e") + digits(r, 4) + r.choice(["!", ""])
    if v[-1] in PUNCT_END and (nxt and nxt in PUNCT_END):
        v = v[:-1] + digits(r, 1)
    return v


def g_username(c, var):
    r = c.r
    f = c.cache["first"].lower().replace("é", "e").replace("ë", "e").replace("-", "")
    l = c.cache["last"].lower().replace(" ", "").replace("é", "e")
    x = r.random()
    if x < 0.25:
        return f[0] + l + digits(r, 2)
    if x < 0.45:
        return f + "." + l
    if x < 0.6:
        return f + "_" + l[:4] + digits(r, 3)
    if x < 0.75:
        return r.choice(["xX", "", "The", "Mr"]) + r.choice(["Dark", "Snelle", "Lazy", "Pixel", "Turbo", "Ninja"]) + \
            r.choice(["Wolf", "Gamer", "Koala", "Frietje", "Panda", "Slayer"]) + r.choice(["Xx", "", digits(r, 2)])
    if x < 0.85:
        return l.capitalize() + f.capitalize()[:1] + digits(r, 1)
    return f + digits(r, 4)


def g_card(c, var):
    r = c.r
    kind = var or r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        num = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
        fmt = r.choice(["465", "465", "none"])
        return num if fmt == "none" else f"{num[:4]} {num[4:10]} {num[10:]}"
    if kind == "maestro":
        num = luhn_complete(r.choice(["6703", "6759"]) + digits(r, 12 if r.random() < 0.6 else 14))
    elif kind == "mc":
        num = luhn_complete(r.choice(["51", "52", "53", "54", "55"]) + digits(r, 13))
    else:
        num = luhn_complete("4" + digits(r, 14))
    g = [num[i:i + 4] for i in range(0, len(num), 4)]
    sep = r.choice([" ", " ", " ", "-", "  ", "", "."])
    return sep.join(g)


def g_expiry(c, var):
    r = c.r
    m, y = r.randint(1, 12), r.randint(25, 31)
    f = var or r.choice(["a", "a", "b", "c", "d", "e"])
    return {"a": f"{m:02d}/{y}", "b": f"{m:02d}-20{y}", "c": f"{m:02d}{y}", "d": f"{m:02d}/20{y}",
            "e": f"{m:02d} / {y}"}[f]


def g_iban(c, var):
    r = c.r
    cc = var or {"nl": "NL", "be": "BE", "fr": "BE", "en": r.choice(["GB", "IE", "NL"])}[c.L]
    if r.random() < 0.12 and not var:
        cc = r.choice(["DE", "FR", "ES", "LU", "NL", "BE"])
    bb = {"NL": lambda: r.choice(["ABNA", "RABO", "INGB", "KNAB", "TRIO", "ASNB", "SNSB", "BUNQ"]) + digits(r, 10),
          "BE": lambda: digits(r, 12),
          "DE": lambda: digits(r, 18),
          "FR": lambda: digits(r, 23),
          "ES": lambda: digits(r, 20),
          "LU": lambda: digits(r, 3) + digits(r, 13),
          "GB": lambda: r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digits(r, 14),
          "IE": lambda: r.choice(["AIBK", "BOFI"]) + digits(r, 14)}[cc]()
    v = make_iban(cc, bb)
    x = r.random()
    if x < 0.45:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif x < 0.55:
        v = v.lower()
    elif x < 0.62 and cc == "NL":
        v = f"NL {v[2:4]} {v[4:8]} {v[8:]}"
    return v


def g_bsn(c, var):
    r = c.r
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last < 10:
            v = "".join(map(str, d)) + str(last)
            break
    x = r.random() if not var else 0.0
    if var == "sp" or x < 0.1:
        return " ".join(v)
    if x < 0.25:
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if x < 0.32:
        return f"{v[:3]}.{v[3:6]}.{v[6:]}"
    return v


def g_api(c, var):
    r = c.r
    an = string.ascii_letters + string.digits
    k = var or r.choice(["sk", "pk", "rk", "ck", "cs", "api", "akia", "awssec", "aiza", "sg", "hex"])
    rnd = lambda n, a=an: "".join(r.choice(a) for _ in range(n))
    return {"sk": lambda: "sk_live_" + rnd(24), "pk": lambda: "pk_live_" + rnd(24), "rk": lambda: "rk_live_" + rnd(24),
            "ck": lambda: "ck_" + rnd(40, "0123456789abcdef"), "cs": lambda: "cs_" + rnd(40, "0123456789abcdef"),
            "api": lambda: "api_" + rnd(32), "akia": lambda: "AKIA" + rnd(16, string.ascii_uppercase + "234567"),
            "awssec": lambda: rnd(40, an + "/+").replace("/", "x", 0) + "",
            "aiza": lambda: "AIza" + rnd(35, an + "-_")[:-1] + r.choice(an),
            "sg": lambda: "SG." + rnd(22, an) + "." + rnd(43, an),
            "hex": lambda: rnd(32, "0123456789abcdef")}[k]()


def g_token(c, var):
    r = c.r
    an = string.ascii_letters + string.digits
    rnd = lambda n, a=an: "".join(r.choice(a) for _ in range(n))
    k = var or r.choice(["jwt", "jwt", "ghp", "pat", "xoxb", "xoxp", "glpat", "hex40", "sess"])
    b64 = an + "-_"
    return {"jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rnd(r.choice([40, 60]), b64) + "." + rnd(43, b64[:-2] + "x"),
            "ghp": lambda: "ghp_" + rnd(36), "pat": lambda: "github_pat_11" + rnd(20, string.ascii_uppercase + string.digits) + "_" + rnd(59),
            "xoxb": lambda: f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{rnd(24)}", "xoxp": lambda: f"xoxp-{digits(r, 12)}-{digits(r, 12)}-{digits(r, 13)}-{rnd(32, '0123456789abcdef')}",
            "glpat": lambda: "glpat-" + rnd(20, an + "-_")[:-1] + "Q", "hex40": lambda: rnd(40, "0123456789abcdef"),
            "sess": lambda: rnd(32, "0123456789abcdef")}[k]()


def g_email(c, var):
    r = c.r
    f = c.cache["first"].lower().replace("é", "e").replace("ë", "e").replace("-", "")
    l = c.cache["last"].lower().replace(" ", "").replace("é", "e")
    dom = c.cache.setdefault("domain", c.pick_pool("dom"))
    user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{digits(r, 2)}", f"{l}.{f[0]}", f"{f}_{l}{digits(r, 2)}"])
    c.cache.setdefault("email_user", user)
    user = c.cache["email_user"]
    if var == "at":
        name, tld = dom.split(".", 1)
        return f"{user} at {name} punt {tld}" if c.L in ("nl", "be") else f"{user} at {name} dot {tld}"
    if var == "sp":
        return f"{user} @ {dom}"
    return f"{user}@{dom}"


def g_phone(c, var):
    r = c.r
    lang = c.lang
    if lang == "nl":
        d = "6" + "1" + digits(r, 7)
        return r.choice([f"06-{d[1:]}", f"06 {d[1:]}", f"06 - {d[1:]}", f"06 {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                         f"+31 6 {d[1:]}", f"+316{d[1:]}", f"0031 6 {d[1:]}", f"020-{digits(r, 7, True)}"])
    if lang in ("nl-be", "fr-be"):
        p = r.choice(["0470", "0471", "0472", "0475", "0476", "0477", "0478", "0479", "0485", "0486", "0494", "0497", "0498"])
        d = digits(r, 6)
        return r.choice([f"{p}/{d[:2]}.{d[2:4]}.{d[4:]}", f"{p} {d[:2]} {d[2:4]} {d[4:]}", f"+32 {p[1:]} {d[:2]} {d[2:4]} {d[4:]}",
                         f"{p}{d}", f"+32{p[1:]}{d}", f"{p}/{d}"])
    if lang == "en-gb":
        d = digits(r, 3)
        return r.choice([f"07700 900{d}", f"07700900{d}", f"+44 7700 900{d}", f"020 7946 0{d}", f"(020) 7946 0{d}"])
    d = f"01{digits(r, 2)}"
    a = r.choice(["212", "312", "415", "614", "512", "303"])
    return r.choice([f"({a}) 555-{d}", f"{a}.555.{d}", f"{a}-555-{d}", f"+1 {a} 555 {d}", f"1-{a}-555-{d}"])


def g_address(c, var):
    r = c.r
    lang = c.lang
    st = c.pick_pool("street_" + ("en-gb" if lang == "en-gb" else "en-us" if lang == "en-us" else c.L))
    hn = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "-2", " bis" if c.L == "fr" else "B"])
    nl_sep = "\n" if var == "ml" else ", " if r.random() < 0.7 else " "
    if lang == "nl":
        city = c.pick_pool("city_nl")
        pc = f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if r.random() < 0.15:
            pc = pc.replace(" ", "")
        return f"{st} {hn}" if var == "short" else f"{st} {hn}{nl_sep}{pc} {city}"
    if lang in ("nl-be", "fr-be"):
        pc, city = c.pick_pool("city_" + c.L)
        if c.L == "fr" and r.random() < 0.6:
            return f"{st}, {hn}" if var == "short" else f"{st} {hn}{nl_sep}{pc} {city}"
        return f"{st} {hn}" if var == "short" else f"{st} {hn}{nl_sep}{pc} {city}"
    if lang == "en-gb":
        city, pc = c.pick_pool("city_en-gb")
        return f"{hn} {st}" if var == "short" else f"{hn} {st}{nl_sep}{city}{nl_sep}{pc}"
    city, stt, z = c.pick_pool("city_en-us")
    return f"{hn} {st}" if var == "short" else f"{hn} {st}{nl_sep}{city}, {stt} {z}"


MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}


def g_dob(c, var):
    r = c.r
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2008)
    mn = MONTHS["nl" if c.L in ("nl", "be") else c.L][m - 1]
    if c.lang == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{m}/{d}/{str(y)[2:]}"])
    if c.L == "en":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}.{m}.{str(y)[2:]}"])
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{str(y)[2:]}",
                     f"{d:02d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y}"])


def g_ip(c, var):
    r = c.r
    if r.random() < 0.12:
        return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}"
    return r.choice([f"84.{r.randint(24, 250)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                     f"81.{r.randint(82, 207)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"94.{r.randint(208, 227)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def g_cust(c, var):
    r = c.r
    return r.choice([digits(r, 8, True), digits(r, 10, True), "K" + digits(r, 7), digits(r, 3, True) + "." + digits(r, 3) + "." + digits(r, 3),
                     "CU-" + digits(r, 6), digits(r, 9, True), "12" + digits(r, 6) + "-" + digits(r, 2)])


SPAN_GEN = {"password": g_password, "pin": g_pin, "puk": g_puk, "otp": g_otp, "wifi": g_wifi, "user": g_username,
            "api": g_api, "token": g_token, "card": g_card, "cvv": g_cvv, "iban": g_iban, "bsn": g_bsn,
            "exp": g_expiry, "email": g_email, "phone": g_phone, "addr": g_address, "dob": g_dob, "ip": g_ip,
            "cust": g_cust}
SPAN_TYPE = {"wifi": "wifi_key", "user": "username", "api": "api_key", "exp": "card_expiry", "addr": "address",
             "dob": "date_of_birth", "ip": "ip_address", "cust": "customer_number"}


# negatives ----------------------------------------------------------------------------------
MODELS = ["Galaxy A54", "Fritz!Box 7590", "H369A", "iPhone 15 Pro", "TP-Link Archer C6", "Connect Box", "Pixel 8",
          "Deco X20", "b-box 3", "iPhone 12 mini", "Galaxy S23", "Redmi Note 12", "FRITZ!Box 7530", "Moto g54",
          "Experia Box v10", "Sagemcom F@st 3890", "Nokia G21", "Galaxy A14 5G", "Huawei B535", "iPad Air 5"]


def n_gen(c, kind, var):
    r = c.r
    L, lang = c.L, c.lang
    if kind == "amount":
        e, ct = r.randint(2, 189), r.choice([0, 95, 99, 50, 0])
        if lang == "en-gb":
            return f"£{e}.{ct:02d}" if ct else f"£{e}"
        if lang == "en-us":
            return f"${e}.{ct:02d}" if ct else f"${e}"
        if L == "fr":
            return r.choice([f"{e},{ct:02d} €", f"{e}€", f"{e},{ct:02d}€"])
        return r.choice([f"€{e},{ct:02d}", f"€ {e},{ct:02d}", f"{e} euro", f"€{e},-", f"{e},{ct:02d} eur"])
    if kind == "company_phone":
        if lang == "nl":
            return r.choice([f"0800-{digits(r, 4)}", f"088 {digits(r, 3)} {digits(r, 4)}", f"0900-{digits(r, 4)}", f"0800 0{digits(r, 3)}"])
        if L in ("be", "fr"):
            return r.choice([f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"0800 {digits(r, 2)} {digits(r, 3)}", f"078/{digits(r, 2)}.{digits(r, 2)}.{digits(r, 2)}"])
        if lang == "en-gb":
            return r.choice([f"0345 {digits(r, 3)} {digits(r, 4)}", f"03457 {digits(r, 6)}", f"0800 {digits(r, 3)} {digits(r, 4)}"])
        return r.choice([f"1-800-{digits(r, 3, True)}-{digits(r, 4)}", f"1 (888) {digits(r, 3, True)}-{digits(r, 4)}"])
    if kind == "company_registration":
        if lang == "nl":
            return r.choice([digits(r, 8, True), f"NL{digits(r, 9)}B01"])
        if L in ("be", "fr"):
            return r.choice([f"0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}", f"BE 0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}"])
        if lang == "en-gb":
            return r.choice([f"0{digits(r, 7)}", f"GB{digits(r, 9)}"])
        return f"{digits(r, 2)}-{digits(r, 7)}"
    if kind == "date":
        d, m = r.randint(1, 28), r.randint(1, 12)
        if lang == "en-us":
            return r.choice([f"{m}/{d}", f"{MONTHS['en'][m-1]} {d}", f"{m:02d}/{d:02d}/2025"])
        mn = MONTHS["nl" if L in ("nl", "be") else L][m - 1]
        if lang == "en-gb":
            return r.choice([f"{d:02d}/{m:02d}/2025", f"{d} {mn}", f"{d}/{m}", f"{d} {mn} 2025"])
        return r.choice([f"{d:02d}-{m:02d}-2025", f"{d} {mn}", f"{d}/{m}", f"{d:02d}.{m:02d}.2025", f"{d} {mn} 2025"])
    if kind == "time":
        h, mi = r.randint(7, 22), r.choice([0, 5, 12, 15, 30, 41, 45, 58])
        if L == "fr":
            return r.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}"])
        if L == "be":
            return r.choice([f"{h}u{mi:02d}", f"{h}:{mi:02d}"])
        if lang == "en-us":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'pm' if h >= 12 else 'am'}"
        return f"{h:02d}:{mi:02d}"
    if kind == "year":
        return str(r.randint(2014, 2026))
    if kind == "error_code":
        return r.choice(["651", "E-1042", "0x80070005", "E07", "F200", "403", "ERR-2231", "0x800F081F", "CE-34878-0",
                         "500", "E1", "S1234", "NW-2-8E", "Fout 9", "code 14", "AUTH_017", "E-PIN-04", "110"]).replace("Fout ", "F").replace("code ", "C")
    if kind == "flight_number":
        return r.choice(["KL1234", "HV 5678", "SN2587", "BA 432", "FR 8234", "UA 908", "TB1022", "KL 0641", "U2 8815"])
    if kind == "hashtag":
        return r.choice({"nl": ["#storing", "#klantenservice", "#fail", "#nooitmeer", "#wifi", "#boos"],
                         "be": ["#panne", "#klantendienst", "#schandalig", "#nietoké", "#internet"],
                         "fr": ["#panne", "#servicecLient".lower(), "#honteux", "#ras_le_bol", "#bug"],
                         "en": ["#fail", "#customerservice", "#outage", "#worstservice", "#help"]}[L])
    if kind == "mention":
        b = c.cache.get("brand", "Belnova").replace(" ", "").replace("&", "en").replace("+", "Plus").replace("!", "").replace(".", "")
        return "@" + b + r.choice(["", "NL" if L == "nl" else "BE" if L in ("be", "fr") else "UK", "_Care", "Help"])
    if kind == "invoice_number":
        return r.choice([f"F2025-{digits(r, 6)}", f"INV-{digits(r, 6)}", f"2025{digits(r, 5)}", f"FAC/{digits(r, 4)}/25"])
    if kind == "order_number":
        return r.choice([f"#{digits(r, 10, True)}", f"BE-2025-{digits(r, 5)}", f"{digits(r, 3, True)}-{digits(r, 7)}-{digits(r, 7)}", f"ORD{digits(r, 7)}", f"{digits(r, 9, True)}"])
    if kind == "ticket_number":
        return r.choice([f"2025-{digits(r, 6)}", f"#CS-{digits(r, 6)}", f"T-{digits(r, 6)}", f"{digits(r, 8, True)}", f"CAS{digits(r, 7)}"])
    if kind == "tracking_number":
        return r.choice([f"3SABCD{digits(r, 7)}", f"JVGL{digits(r, 16)}", f"1Z999AA1{digits(r, 8)}", f"CZ{digits(r, 9)}NL", f"32{digits(r, 12)}"])
    if kind == "meter_reading":
        return r.choice([digits(r, 5, True), f"0{digits(r, 4)}", f"{r.randint(1, 99)}.{digits(r, 3)}", f"{digits(r, 4, True)},{digits(r, 1)}"])
    if kind == "model_number":
        return r.choice(MODELS)
    if kind == "product_code":
        return r.choice([luhn_complete("87" + digits(r, 10)) if False else "87" + digits(r, 11), f"SKU-{digits(r, 5)}-{r.choice(['BLK', 'WIT', 'XL', 'M'])}", f"ART{digits(r, 6)}"])
    if kind == "version_string":
        return r.choice([f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"{r.randint(5, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                         f"Android {r.randint(11, 15)}", f"v{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 20)}", f"7.{r.randint(10, 60)}"])
    if kind == "percentage":
        return r.choice([f"{r.randint(1, 99)}%", f"{r.randint(5, 50)} %", f"{r.randint(1, 30)}%"])
    if kind == "quantity":
        q = var or r.choice(["gb", "mbps", "kwh", "m3", "min"])
        return {"gb": f"{r.choice([1, 2, 5, 10, 20, 40, 100])}{r.choice(['', ' '])}GB", "mbps": f"{r.choice([50, 100, 250, 500, 1000])} Mbps",
                "kwh": f"{r.randint(800, 4200)} kWh", "m3": f"{r.randint(300, 1800)} m³", "min": f"{r.choice([100, 250, 500])} min"}[q]
    if kind == "url":
        b = c.cache.get("brand", "belnova").lower().replace(" ", "").replace("&", "").replace("+", "plus").replace("!", "").replace(".nl", "")
        tld = {"nl": "nl", "be": "be", "fr": "be", "en": "co.uk" if lang == "en-gb" else "com"}[L]
        return r.choice([f"www.{b}.{tld}/storing", f"https://{b}.{tld}/help", f"{b}.{tld}/pin", f"https://mijn.{b}.{tld}/login"])
    if kind == "masked_value":
        return var_mask(r, var)
    raise KeyError(kind)


def var_mask(r, var):
    d = digits(r, 4)
    return r.choice(["********", f"**** **** **** {d}", f"NL** **** **** **{d[:2]}", f"•••• {d}", f"XXXX-XXXX-XXXX-{d}",
                     f"+316*****{d[:2]}", "••••••", f"BE** **** **** {d}", f"xxxx{d}"]) if var != "last4" else d


# ----------------------------------------------------------------------------------------------
# Phrase pools.  POOLS[name][L] = list of templates.  All items of one pool name (over the four
# language groups, in LORDER) are dealt alternately to dev / heldout.
# Tokens: {pin} {pin:sp} ... spans; {N:kind[:var]} negatives; {P:pool} nested; {first} {full}
# {brand} {ssid}{e} plain.  "|" separates chat lines, "§A " marks an agent line (chat only).
# ----------------------------------------------------------------------------------------------
POOLS = {}
POOLS["pin"] = {
    "nl": ["mijn pincode is {pin:sp} en werkt niet meer",
           "pas ingeslikt door de automaat bij de Jumbo, pincode was {pin} dus die klopte gewoon",
           "Mijn geheime nummer is {pin}, dat gebruik ik al jaren.",
           "sim pin {pin} wordt niet geaccepteerd{e} na 3x geblokkeerd",
           "{pin} is mn pin van de app, wrm werkt ie niet",
           "pincode {pin}... sorry verkeerde code, het is {pin}",
           "de pincode van mijn moeder is {pin} ze krijgt steeds 'onjuiste pin'",
           "app pin:\n`{pin:6}`",
           "pincdoe {pin} klopt echt, heb em net nog gebruikt",
           "PINCODE IS {pin} WAAROM GEBLOKKEERD"],
    "be": ["mijne pincode is {pin} en die werkt ni meer aan den automaat",
           "'k heb de pin van de gsm al 3 keer ingegeven: {pin}",
           "de geheime code van mijn bankkaart is {pin}, kaart zit vast in den automaat",
           "pin = {pin} allee wa moet ik nog doen",
           "mijn vader zijn pincode is {pin}, hij kan niet meer betalen",
           "pincode {pin:sp} werkt ni",
           "code van mijn kaart: \"{pin}\""],
    "fr": ["mon code pin c'est {pin} et il fonctionne plus",
           "code secret de ma carte : {pin} le distributeur a avalé ma carte",
           "le code PIN de mon GSM est {pin} mais il dit code incorrect",
           "{pin} c'est le code de ma mère pour l'appli",
           "jai mis {pin:sp} comme code pin svp aidez moi",
           "pardon erreur, le bon code pin c'est {pin}",
           "mon code confidentiel ({pin}) est refusé partout"],
    "en": ["my pin is {pin:sp} and it doesnt work anymore",
           "The cash machine swallowed my card. PIN was {pin}, definitely correct.",
           "sim pin {pin} not accepted{e}",
           "{pin} is my app pin btw",
           "my mum's PIN is {pin}, she keeps getting 'incorrect PIN'",
           "pinn code: {pin}",
           "typed {pin} then realised wrong one, the pin is {pin}",
           "my secret number for the card is {pin}",
           "app passcode {pin:6} keeps getting rejected"],
}
POOLS["qa_pin"] = {
    "nl": ["§A Welke pincode heb je ingevoerd?|{pin}", "§A wat typte je precies bij de sim pin?|ik typte {pin}|en toen blokkeerde ie"],
    "be": ["§A Welke code hebt ge ingegeven?|{pin}", "§A welke pin gebruikt ge?|{pin} denk ik"],
    "fr": ["§A Quel code avez-vous introduit ?|{pin}", "§A c'était quel code?|{pin} je crois"],
    "en": ["§A Which PIN did you enter?|{pin}", "§A what did you type in?|{pin}|then it locked"],
}
POOLS["puk"] = {
    "nl": ["puk is {puk}", "PUK: {puk:g} maar hij zegt ongeldig",
           "dat lange nummer van de simkaart is {puk}, meneer",
           "pukcode {puk} werkt ook niet meer{e}",
           "ik heb de puk van mijn dochter: {puk}",
           "{puk} is de puk toch? staat op het kaartje",
           "pukcdoe ingevoerd ({puk}) en nu staat er 'sim permanent geblokkeerd'"],
    "be": ["de pukcode is {puk} 'k heb em van 't kaartje", "PUK {puk:g} werkt ni",
           "het lange getal van mijn simkaart: {puk}", "{puk} <- da is de puk",
           "puk van mijn moeder haar gsm: {puk}", "mijne puk = {puk}"],
    "fr": ["le code PUK est {puk}", "PUK : {puk:g} ça marche pas",
           "le long numéro de la carte SIM c'est {puk}", "{puk} c'est le puk de mon fils",
           "j'ai essayé le puk {puk} deux fois déjà", "code puk {puk:sp} svp débloquez"],
    "en": ["PUK is {puk}", "puk code: {puk:g} says invalid",
           "the long number on the sim card holder is {puk}", "{puk} is the puk right??",
           "my daughter's PUK is {puk}", "tried PUK {puk} twice already",
           "PUK1 {puk} — what is PUK2 then?"],
}
POOLS["qa_puk"] = {
    "nl": ["§A Heb je de pukcode bij de hand?|ja|{puk}", "§A wat is de puk?|{puk}"],
    "be": ["§A Wat is de PUK-code op het kaartje?|{puk}", "§A puk?|{puk}"],
    "fr": ["§A Pouvez-vous me donner le code PUK ?|{puk}", "§A le puk svp|{puk}"],
    "en": ["§A Do you have the PUK code to hand?|yes|{puk}", "§A what's the PUK?|{puk}"],
}
POOLS["otp"] = {
    "nl": ["de sms code is {otp} maar die is al verlopen", "verificatiecode: {otp}",
           "ik kreeg {otp} binnen, is dat de code??", "verificatiecdoe {otp} werkt niet{e}",
           "code uit de sms {otp:sp} doet niks", "eenmalige code {otp} gekregen om 2 uur snachts terwijl ik sliep??",
           "inlogcode was {otp}, sorry verkeerde, het is {otp}", "de 2FA code van mn vader is {otp}"],
    "be": ["de sms-code is {otp}", "ik krijg code {otp} maar die wordt geweigerd",
           "{otp} is de code da ik kreeg", "bevestigingscode: {otp} allee",
           "de code van itsme? {otp}", "verificatie code {otp:sp}"],
    "fr": ["le code reçu par sms est {otp}", "code de vérification : {otp}",
           "j'ai reçu {otp} c'est normal?", "code {otp} refusé", "le code à usage unique {otp} ne marche pas",
           "code de confirmation pour ma mère: {otp}"],
    "en": ["the sms code is {otp} but it expired", "verification code: {otp}",
           "got {otp:g} from google is that it", "2fa code {otp} isnt working",
           "one time passcode {otp} came through twice", "my security code {otp:sp} didnt work",
           "the code texted to my dad was {otp}"],
}
POOLS["qa_otp"] = {
    "nl": ["§A Welke code heb je per sms ontvangen?|{otp}", "§A Kun je de code doorgeven?|{otp}"],
    "be": ["§A Welke code kreegt ge?|{otp}", "§A code?|{otp}"],
    "fr": ["§A Quel code avez-vous reçu ?|{otp}", "§A le code svp|{otp}"],
    "en": ["§A What code did you receive?|{otp}", "§A can u send the code|{otp}"],
}
POOLS["wifi"] = {
    "nl": ["de code van het internet is {wifi}", "wifi ww {wifi}",
           "netwerksleutel: {wifi} maar laptop zegt onjuist", "wifi wachtwood {wifi} werkt niet meer na de update",
           "{wifi} is de wifi code toch", "WPA sleutel van de sticker: {wifi}",
           "heb het wifi wachtwoord veranderd naar {wifi}"],
    "be": ["de wifi-code is {wifi}", "sleutel van 't draadloos netwerk: {wifi}",
           "wifi paswoord {wifi} werkt ni", "'k heb {wifi} ingegeven als wifi code",
           "de code van het internet van mijn moeder: {wifi}", "wifi key = {wifi}"],
    "fr": ["le mot de passe wifi c'est {wifi}", "clé wifi : {wifi}",
           "la clé WPA sur l'autocollant {wifi} ne marche pas", "{wifi} c'est le code wifi",
           "code du wifi de ma grand-mère : {wifi}", "mdp wifi {wifi}"],
    "en": ["wifi password is {wifi}", "network key: {wifi}",
           "the WPA key on the sticker is {wifi}", "{wifi} is the wifi pw",
           "changed the wifi password to {wifi} and now nothing connects", "wireless key {wifi} rejected",
           "the internet code for my nan's house is {wifi}"],
}
POOLS["qa_wifi"] = {
    "nl": ["§A Wat heb je als wifi-wachtwoord ingevuld?|{wifi}", "§A en de netwerksleutel?|{wifi}"],
    "be": ["§A Welke wifi-code gebruikt ge?|{wifi}", "§A sleutel?|{wifi}"],
    "fr": ["§A Quelle clé wifi avez-vous utilisée ?|{wifi}", "§A le mot de passe wifi?|{wifi}"],
    "en": ["§A What wifi password are you using?|{wifi}", "§A and the key?|{wifi}"],
}
POOLS["login"] = {  # username + password pairs
    "nl": ["inloggen met {user} en ww {password} lukt niet",
           "gebruikersnaam {user} wachtwoord {password}",
           "inlog {user} pw={password}",
           "credentials: {user}:{password}",
           "{user} / {password} klopt toch??",
           "user: {user}\npass: {password}",
           "kan niet inloggen, {user} {password} klopt toch??",
           "gebruikesnaam: {user}, wachtwoord: {password}",
           "het account van mijn moeder: {user} met wachtwoord {password}"],
    "be": ["login {user} en paswoord {password}", "gebruikersnaam: {user} | paswoord: {password}",
           "{user} met {password} als wachtwoord werkt ni", "'k log in met {user} en {password}",
           "username {user}\nww {password}", "account van mijne zoon: {user} / {password}"],
    "fr": ["identifiant {user} mot de passe {password}", "login : {user} mdp : {password}",
           "{user} / {password} ça marche pas", "nom d'utilisateur {user} et mdp {password}",
           "identifiant: {user}\nmot de passe: {password}", "le compte de mon père: {user} avec {password}"],
    "en": ["login {user} password {password}", "username: {user} pw: {password}",
           "{user}:{password}", "user {user} / pass {password} not working",
           "usr: {user}\npwd: {password}", "my sons account is {user} and the password is {password}",
           "can't sign in, {user} {password} is correct i swear"],
}
POOLS["password"] = {
    "nl": ["mijn wachtwoord is {password}", "ww: {password}",
           "{password} is mn ww", "wachtwoord `{password}` uit mijn wachtwoordmanager",
           "paswrd {password} werkt niet", "nieuw wachtwoord:\n{password}",
           "het wachtwoord van mijn moeder is {password}", "wachtwoord {password} sorry verkeerd, het is {password}"],
    "be": ["mijn paswoord is {password}", "pw {password} wordt geweigerd",
           "'k heb {password} als wachtwoord gezet", "wachtwoord van mijne pa: {password}",
           "paswoord = \"{password}\"", "{password} <- da is mijn wachtwoord"],
    "fr": ["mon mot de passe c'est {password}", "mdp : {password}",
           "{password} c'est mon mdp", "mot de passe de ma fille: {password}",
           "mot de pass {password} refusé", "mdp copié de mon gestionnaire: `{password}`"],
    "en": ["my password is {password}", "pw: {password}",
           "{password} is my pw", "password copied from my notes app: {password}",
           "paswrd {password} not working", "new password:\n{password}",
           "my mum's password is {password}", "pass \"{password}\" keeps failing"],
}
POOLS["qa_password"] = {
    "nl": ["§A Welk wachtwoord probeer je?|{password}", "§A en je gebruikersnaam?|{user}|ww is {password}"],
    "be": ["§A Welk paswoord hebt ge gebruikt?|{password}", "§A login?|{user}"],
    "fr": ["§A Quel mot de passe utilisez-vous ?|{password}", "§A votre identifiant?|{user}"],
    "en": ["§A Which password did you try?|{password}", "§A what's your username?|{user}"],
}
POOLS["card"] = {
    "nl": ["mijn kaartnummer is {card} geldig tot {exp}", "kaart {card} ({exp}) code achterop {cvv}",
           "creditcard: {card}, {exp}, cvc {cvv}", "{card}\nvervalt {exp}\n3 cijfers achterop: {cvv}",
           "het kaartnummer van mijn man is {card}", "kaart {card} is dubbel belast",
           "pasnummer {card:maestro} ingeslikt door de automaat", "{card} <- die kaart is gestolen blokkeer pls",
           "visa {card:visa} geldig t/m {exp}"],
    "be": ["mijn kaartnummer: {card} vervaldatum {exp}", "bancontact {card} wordt geweigerd",
           "kaart {card}, {exp}, code achteraan {cvv}", "{card} exp {exp}",
           "de kaart van mijn moeder: {card}", "kaartnr {card:mc} en vervalt {exp}", "'k heb met {card} betaald"],
    "fr": ["numéro de carte {card} expire {exp}", "carte {card} ({exp}) cryptogramme {cvv}",
           "ma carte {card} est refusée", "{card}\n{exp}\ncode au dos {cvv}",
           "la carte de mon mari: {card}, date d'exp {exp}", "n° carte {card:mc}", "payé avec la carte {card}, débitée 2x"],
    "en": ["card number {card} exp {exp} cvv {cvv}", "my card is {card}, {exp}",
           "{card} ({exp}) security code {cvv}", "card: `{card}`",
           "charged twice on {card} ??", "dad's card number is {card} expiry {exp}",
           "amex {card:amex} exp {exp} cid {cvv:4}", "card no {card} stolen pls block", "the card i used was {card}"],
}
POOLS["cvv"] = {
    "nl": ["de code achterop is {cvv}", "cvc: {cvv}", "3 cijfers achterop {cvv}",
           "beveiligingscode {cvv} wordt niet geaccepteerd", "{cvv} is de cvc toch",
           "die 3 cijfertjes op de achterkant zijn {cvv}", "cvv van mijn moeder haar kaart: {cvv}",
           "kaartcode achterop = {cvv}, klopt 100%"],
    "be": ["de drie cijfers achteraan zijn {cvv}", "cvc code {cvv}", "veiligheidscode: {cvv}",
           "{cvv} staat op de achterkant", "cvv nummer {cvv} wordt geweigerd", "de code achterop de kaart van mijn vrouw: {cvv}"],
    "fr": ["le cryptogramme est {cvv}", "code cvv {cvv}", "les 3 chiffres au dos: {cvv}",
           "code de sécurité {cvv} refusé", "cvc {cvv} c'est bien ça", "le code au verso de la carte de ma fille: {cvv}"],
    "en": ["security code {cvv}", "cvv is {cvv}", "the 3 digits on the back are {cvv}",
           "cvc: {cvv} keeps failing", "amex cid {cvv:4}", "{cvv} is the code on the back", "card security number (back): {cvv}", "sec code {cvv}"],
}
POOLS["qa_card"] = {
    "nl": ["§A Om welke kaart gaat het?|{card}", "§A en de code achterop?|{cvv}"],
    "be": ["§A Welke kaart?|{card}", "§A de cvc?|{cvv}"],
    "fr": ["§A Quel est le numéro de la carte ?|{card}", "§A et le cryptogramme?|{cvv}"],
    "en": ["§A Which card was it?|{card}", "§A and the cvv?|{cvv}"],
}
POOLS["iban"] = {
    "nl": ["mijn iban is {iban}", "rekeningnummer: {iban}", "stort het maar terug op {iban}",
           "IBAN van mijn moeder {iban}", "{iban} tnv {full}", "nieuw rekeningnr {iban} graag aanpassen"],
    "be": ["mijn rekeningnummer is {iban}", "IBAN: {iban}", "terugbetalen op {iban} aub",
           "rekening van mijne pa: {iban}", "{iban} op naam van {full}"],
    "fr": ["mon IBAN est {iban}", "numéro de compte : {iban}", "remboursez sur {iban} svp",
           "compte de ma mère {iban}", "{iban} au nom de {full}"],
    "en": ["my IBAN is {iban}", "account: {iban}", "refund to {iban} please",
           "iban {iban} (my wife's account)", "{iban} in the name of {full}", "bank details: IBAN {iban}"],
}
POOLS["qa_iban"] = {
    "nl": ["§A Op welk rekeningnummer wil je het terug?|{iban}", "§A iban?|{iban}"],
    "be": ["§A Op welke rekening mogen we storten?|{iban}", "§A rekeningnummer?|{iban}"],
    "fr": ["§A Sur quel compte ?|{iban}", "§A votre iban?|{iban}"],
    "en": ["§A Which account should we refund to?|{iban}", "§A IBAN please|{iban}"],
}
POOLS["bsn"] = {
    "nl": ["mijn bsn is {bsn}", "BSN: {bsn}", "Gegevens: {full} {dob} {bsn}",
           "burgerservicenummer {bsn}", "bsn van mijn zoon: {bsn}", "{bsn} is mijn bsn, staat ook op mijn paspoort",
           "BURGERSERVICENUMMER: {bsn}", "bsn moeder {bsn} (zij is 89 en kan zelf niet bellen)", "{bsn} is mijn sofinummer nog van vroeger",
           "bsn nr {bsn:sp}"],
    "be": ["mijn BSN (ik werk in Nederland) is {bsn}", "BSN: {bsn}", "Nederlands bsn nummer {bsn}",
           "bsn van mijn vrouw: {bsn}", "{bsn} is mijne bsn van 't Nederlands werk", "burgerservicenummer: {bsn}"],
    "fr": ["mon BSN néerlandais: {bsn}", "numéro BSN {bsn}", "je travaille aux Pays-Bas, BSN {bsn}",
           "le BSN de mon fils est {bsn}", "BSN (Pays-Bas) {bsn}", "{bsn} c'est mon numéro BSN"],
    "en": ["my BSN is {bsn}", "BSN: {bsn}", "citizen service number {bsn}",
           "Details: {full}, {dob}, BSN {bsn}", "my wife's bsn is {bsn}", "bsn number {bsn} from my dutch payslip", "{bsn} = my BSN", "burgerservicenummer (BSN) {bsn}"],
}
POOLS["qa_bsn"] = {
    "nl": ["§A Wat is je BSN?|{bsn}", "§A burgerservicenummer graag|{bsn}"],
    "be": ["§A Uw BSN?|{bsn}", "§A BSN nummer?|{bsn}"],
    "fr": ["§A Votre BSN ?|{bsn}", "§A numéro BSN?|{bsn}"],
    "en": ["§A What is your BSN?|{bsn}", "§A citizen service number?|{bsn}"],
}
POOLS["api"] = {
    "nl": ["onze api key is {api:sk} maar alle calls geven 401", "api sleutel: {api}",
           "WooCommerce koppeling: consumer key {api:ck} secret {api:cs}", "key `{api}` werkt niet meer sinds vandaag",
           "AWS access key {api:akia} secret {api:awssec}",
           "mijn webshop plugin vraagt een sleutel, ik heb {api:pk} en {api:sk} ingevuld",
           "de slimme meter app wil een api key, de mijne is {api:hex}",
           "API_KEY={api}",
           "{api:sk} is toch de goeie key?", "per ongeluk de key {api} op github gezet, kunnen jullie die intrekken",
           "koppeling met boekhouding: api-sleutel {api:api}"],
    "be": ["onze API-sleutel is {api}", "heb de sleutel {api:rk} per ongeluk in een mail gezet",
           "in de config staat apikey: \"{api}\"", "de key van de webshop: {api:ck}", "api key {api:hex} werkt ni", "AWS sleutel {api:akia}, secret {api:awssec}", "mijn smartmeter api key: {api:hex}", "sendgrid sleutel {api:sg} geeft 403",
           "secret key {api:sk}"],
    "fr": ["notre clé API {api} est refusée", "clé api : {api:sg}", "la clé de la boutique {api:cs}",
           "clé Google {api:aiza}", "ma clé d'API pour le module: {api:api}", "la clé {api:pk} et la secrète {api:sk}, c'est bon?",
           "clé d'accès AWS {api:akia} / {api:awssec}", "X-Api-Key: {api}",
           "{api:sg} c'est la clé sendgrid", "clé secrète {api:sk} à révoquer svp", "cle api {api:hex} pour le compteur"],
    "en": ["our API key is {api}", "api key: {api:sk} getting 401", "SendGrid key {api:sg}",
           "access key id {api:akia} and secret {api:awssec}", "API key (32 hex) {api:hex}"],
}
POOLS["token"] = {
    "nl": ["token: {token}", "Authorization: Bearer {token:jwt}", "de sessie token {token:sess} verloopt steeds",
           "github token {token:ghp} in de config gezet", "refresh token {token} wordt afgewezen",
           "mijn home assistant token is {token:jwt}", "TOKEN={token}", "{token:glpat} is het gitlab token"],
    "be": ["ons token is {token}", "bearer {token:jwt}", "slack bot token {token:xoxb}", "token {token:hex40} werkt ni",
           "access token: `{token}`", "'k heb den token {token:sess} uit de browser gekopieerd"],
    "fr": ["le token {token} ne marche plus", "Bearer {token:jwt}", "jeton d'accès : {token}",
           "token gitlab {token:glpat}", "jeton de session {token:sess}", "Authorization: Bearer {token}",
           "{token:ghp} c'est mon token github"],
    "en": ["token: {token}", "Authorization: Bearer {token:jwt}", "access token {token} expired?",
           "my slack token {token:xoxp}", "session token {token:sess} from the browser", "PAT {token:pat}",
           "refresh_token={token}", "{token:jwt} is the bearer we send", "bot token {token:xoxb} got revoked?"],
}
# low-risk pools
POOLS["email"] = {
    "nl": ["mijn mail is {email}", "mail: {email:sp}", "stuur het naar {email:at}", "e-mailadres {email}"],
    "be": ["mijn e-mail is {email}", "mail naar {email} aub", "{email} is mijn adres"],
    "fr": ["mon email est {email}", "envoyez à {email}", "adresse mail: {email:sp}"],
    "en": ["my email is {email}", "email: {email:at}", "send it to {email}", "reach me at {email}"],
}
POOLS["phone"] = {
    "nl": ["bel me op {phone}", "mijn nummer {phone}", "06 van mijn moeder: {phone}", "tel {phone}"],
    "be": ["mijn gsm is {phone}", "bel mij op {phone}", "gsm van mijne pa {phone}"],
    "fr": ["mon gsm: {phone}", "appelez-moi au {phone}", "le numéro de ma mère {phone}"],
    "en": ["call me on {phone}", "my number is {phone}", "my mobile {phone}", "text me at {phone}"],
}
POOLS["addr"] = {
    "nl": ["ik woon op {addr}", "adres: {addr}", "nieuw adres {addr}", "bezorgen op {addr:short} graag"],
    "be": ["mijn adres is {addr}", "ik woon in de {addr}", "leveren op {addr:short}"],
    "fr": ["mon adresse: {addr}", "j'habite {addr}", "livrer au {addr}"],
    "en": ["my address is {addr}", "deliver to {addr}", "new address: {addr}", "I live at {addr:short}"],
}
POOLS["dob"] = {
    "nl": ["ik ben van {dob}", "geb datum {dob}", "geboortedatum: {dob}", "geboren op {dob}"],
    "be": ["geboortedatum {dob}", "'k ben geboren op {dob}", "geb. {dob}"],
    "fr": ["né le {dob}", "date de naissance: {dob}", "ma mère est née le {dob}"],
    "en": ["DOB {dob}", "date of birth: {dob}", "born {dob}", "d.o.b. {dob}"],
}
POOLS["ip"] = {
    "nl": ["mijn ip adres is {ip}", "extern ip: {ip}", "speedtest zegt ip {ip}"],
    "be": ["mijn ip is {ip}", "ip-adres {ip}", "whatismyip zegt {ip}"],
    "fr": ["mon adresse IP est {ip}", "IP publique: {ip}", "ip {ip}"],
    "en": ["my IP is {ip}", "public ip {ip}", "the ip address shows {ip}"],
}
POOLS["cust"] = {
    "nl": ["klantnummer {cust}", "mijn klantnr is {cust}", "contractnummer: {cust}", "lidnummer {cust}"],
    "be": ["klantennummer {cust}", "mijn klantnummer: {cust}", "contract nr {cust}"],
    "fr": ["numéro client {cust}", "mon n° de client: {cust}", "numéro de contrat {cust}"],
    "en": ["account number {cust}", "customer no. {cust}", "my member number is {cust}", "acct {cust}"],
}
POOLS["exp"] = {
    "nl": ["mijn kaart verloopt {exp}, nieuwe al aangevraagd?", "vervaldatum {exp}"],
    "be": ["kaart vervalt {exp}", "geldig tot {exp}"],
    "fr": ["ma carte expire {exp}", "date d'expiration {exp}"],
    "en": ["card expires {exp}", "expiry {exp}"],
}
POOLS["qa_low"] = {
    "nl": ["§A Wat is je klantnummer?|{cust}", "§A Op welk nummer kunnen we je bellen?|{phone}", "§A je geboortedatum?|{dob}"],
    "be": ["§A Uw klantennummer?|{cust}", "§A Uw adres?|{addr}", "§A e-mail?|{email}"],
    "fr": ["§A Votre numéro client ?|{cust}", "§A votre gsm?|{phone}", "§A date de naissance?|{dob}"],
    "en": ["§A What's your account number?|{cust}", "§A best number to call?|{phone}", "§A email on the account?|{email}"],
}
# context sentences with hard negatives next to cue words, by sector
POOLS["ctx_telco"] = {
    "nl": ["simkaart geblokkeerd op mijn {N:model_number}, foutcode {N:error_code}",
           "bundel van {N:quantity:gb} al op terwijl het pas de {N:date} is",
           "nieuwe sim besteld, ordernummer {N:order_number} pin staat op de brief zei jullie",
           "ik betaal {N:amount} per maand voor {N:quantity:gb} en krijg nog geen 4G",
           "belde {N:company_phone} maar daar wachten 45 min, pin code vergeten"],
    "be": ["mijn gsm ({N:model_number}) vraagt ineens de pin na update naar {N:version_string}",
           "allee {N:quantity:gb} data en al op na 10 dagen, factuur {N:invoice_number}",
           "esim activatie lukt ni, foutcode {N:error_code}",
           "'k heb {N:company_phone} gebeld om {N:time}, niemand neemt op"],
    "fr": ["ma carte SIM est bloquée sur mon {N:model_number}, erreur {N:error_code}",
           "forfait de {N:quantity:gb} déjà épuisé le {N:date}",
           "activation eSIM impossible, dossier {N:ticket_number}",
           "j'ai appelé le {N:company_phone} à {N:time} personne"],
    "en": ["sim locked on my {N:model_number}, error {N:error_code}",
           "used {N:quantity:gb} already and it's only the {N:date:}".replace("{N:date:}", "{N:date}"),
           "esim activation fails, case {N:ticket_number}",
           "paying {N:amount} a month and still no signal",
           "called {N:company_phone} at {N:time}, on hold forever"],
}
POOLS["ctx_internet"] = {
    "nl": ["modem {N:model_number}, wifi wachtwoord staat op de sticker maar werkt niet",
           "internet valt steeds weg, {N:quantity:mbps} betaald en ik haal er 12",
           "storing sinds {N:time}, zie ook {N:url}", "router firmware {N:version_string} en nu foutcode {N:error_code}",
           "monteur komt {N:date} tussen 8 en 13 uur, ticket {N:ticket_number}",
           "nieuwe modem artikelnummer {N:product_code} besteld, wifi code al aangepast?"],
    "be": ["de modem ({N:model_number}) knippert rood sinds {N:time}",
           "wifi code staat op de achterkant van de {N:model_number} maar die is onleesbaar",
           "internet traag, {N:quantity:mbps} beloofd, dossiernummer {N:ticket_number}",
           "de technieker kwam ni op {N:date}", "de nieuwe modem (artikel {N:product_code}) is nog ni geleverd"],
    "fr": ["le modem {N:model_number} clignote, code wifi sur l'étiquette illisible",
           "internet coupé depuis {N:time}, ticket {N:ticket_number}",
           "je paie {N:amount} pour {N:quantity:mbps} et rien ne marche",
           "erreur {N:error_code} après la mise à jour {N:version_string}", "répéteur wifi réf {N:product_code} commandé"],
    "en": ["router is a {N:model_number}, wifi password is on the sticker but wont work",
           "paying for {N:quantity:mbps} getting 3", "outage since {N:time}, {N:url} says no issues",
           "engineer booked for {N:date}, ref {N:ticket_number}", "error {N:error_code} on the hub after firmware {N:version_string}", "ordered the mesh kit {N:product_code}, wifi code same?"],
}
POOLS["ctx_bank"] = {
    "nl": ["foutcode {N:error_code} bij het pinnen bij de kassa", "pas eindigend op {N:masked_value:last4} geweigerd om {N:time}",
           "{N:amount} afgeschreven op {N:date} terwijl ik niks gekocht heb",
           "in de app staat mijn rekening als {N:masked_value}", "bank app versie {N:version_string} crasht bij de pincode"],
    "be": ["mijn kaart eindigend op {N:masked_value:last4} is geblokkeerd", "{N:amount} twee keer afgehouden op {N:date}",
           "app crasht na update naar {N:version_string}, code {N:error_code}", "in de app zie ik enkel {N:masked_value}"],
    "fr": ["code produit {N:product_code} payé mais carte débitée deux fois", "ma carte se terminant par {N:masked_value:last4} est bloquée", "{N:amount} débité deux fois le {N:date}",
           "l'appli {N:version_string} plante au code pin, erreur {N:error_code}", "l'appli affiche {N:masked_value}"],
    "en": ["card ending {N:masked_value:last4} declined at {N:time}", "flight {N:flight_number} booked, card charged twice", "{N:amount} taken twice on {N:date}",
           "app {N:version_string} crashes at the pin screen, error {N:error_code}", "the app just shows {N:masked_value}",
           "atm ate my card at {N:time}, it showed error {N:error_code}"],
}
POOLS["ctx_shop"] = {
    "nl": ["bestelling {N:order_number} nog niet binnen, track & trace {N:tracking_number}",
           "{N:percentage} korting code werkt niet bij artikel {N:product_code}",
           "factuur {N:invoice_number} klopt niet, {N:amount} te veel", "pakket zou {N:date} komen",
           "abonnement van {N:amount} per maand, app versie {N:version_string} logt me uit"],
    "be": ["mijn bestelling {N:order_number} is nog altijd ni geleverd", "pakje {N:tracking_number} staat al 3 dagen in Gent",
           "kortingscode {N:percentage} werkt ni voor {N:product_code}", "{N:amount} betaald en niks gekregen"],
    "fr": ["commande {N:order_number} toujours pas reçue, suivi {N:tracking_number}",
           "le code promo de {N:percentage} ne marche pas", "facture {N:invoice_number} de {N:amount}",
           "livraison prévue le {N:date}"],
    "en": ["order {N:order_number} still not here, tracking {N:tracking_number}", "discount code for {N:percentage} off wont apply",
           "invoice {N:invoice_number} says {N:amount}", "parcel was due {N:date}", "item {N:product_code} out of stock again",
           "subscription renewed for {N:amount} on {N:date} without asking"],
}
POOLS["ctx_energy"] = {
    "nl": ["meterstand {N:meter_reading} doorgegeven op {N:date}", "verbruik {N:quantity:kwh} en toch {N:amount} voorschot",
           "OV-chipkaart saldo {N:amount} verdwenen na check-in om {N:time}", "polis van {N:year} nog niet aangepast", "slimme meter code? stand {N:meter_reading} op {N:date}",
           "vlucht {N:flight_number} geannuleerd, reisverzekering nummer kwijt"],
    "be": ["meterstand {N:meter_reading} op {N:date}", "voorschot verhoogd naar {N:amount} terwijl ik {N:quantity:kwh} verbruik",
           "treinkaart werkt ni meer, vlucht {N:flight_number} gemist", "factuur {N:invoice_number} voor gas {N:quantity:m3}"],
    "fr": ["relevé du compteur {N:meter_reading} envoyé le {N:date}", "acompte de {N:amount} pour {N:quantity:kwh}",
           "vol {N:flight_number} annulé, assurance voyage?", "contrat depuis {N:year}", "index compteur {N:meter_reading}, code client sur la facture {N:invoice_number}"],
    "en": ["meter reading {N:meter_reading} sent {N:date}", "direct debit went up to {N:amount}",
           "flight {N:flight_number} cancelled, claim on my travel insurance", "used {N:quantity:kwh} this quarter", "meter code? reading is {N:meter_reading}",
           "oyster type card lost {N:amount} after tapping at {N:time}"],
}
POOLS["ctx_health"] = {
    "nl": ["portaal zegt foutcode {N:error_code} bij inloggen met DigiD", "afspraak op {N:date} om {N:time}",
           "eigen risico {N:amount} al betaald in {N:year}", "vlucht {N:flight_number} gemist door ziekte, reisverzekering code?", "zorgverzekeraar KvK {N:company_registration} staat op de brief"],
    "be": ["afspraak {N:date} om {N:time} niet zichtbaar in het portaal", "terugbetaling {N:amount} nog niet ontvangen",
           "ondernemingsnummer {N:company_registration} op de factuur"],
    "fr": ["rendez-vous le {N:date} à {N:time} disparu", "remboursement de {N:amount} toujours pas reçu",
           "numéro d'entreprise {N:company_registration} sur la facture"],
    "en": ["portal shows error {N:error_code} when I log in", "appointment {N:date} at {N:time} vanished",
           "paid the {N:amount} excess already", "company number {N:company_registration} on the letter"],
}
POOLS["ctx_dev"] = {
    "nl": ["sinds {N:version_string} van de SDK krijgen we {N:error_code}", "webhook naar {N:url} faalt {N:percentage} van de tijd",
           "KvK {N:company_registration}, ticket {N:ticket_number}"],
    "be": ["na de update naar {N:version_string} error {N:error_code}", "BTW {N:company_registration}, dossier {N:ticket_number}",
           "rate limit na {N:quantity:min}"],
    "fr": ["depuis la version {N:version_string} on reçoit {N:error_code}", "ticket {N:ticket_number}, TVA {N:company_registration}",
           "webhook vers {N:url} échoue"],
    "en": ["since SDK {N:version_string} we get {N:error_code}", "webhook to {N:url} fails {N:percentage} of the time",
           "ticket {N:ticket_number}", "VAT {N:company_registration}"],
}
# cue words but no value (no span)
POOLS["nocred"] = {
    "nl": ["ik ben mijn pincode vergeten wat nu", "wifi wachtwoord staat op de sticker maar die is weg", "hoe verander ik mijn ww?",
           "de puk staat op het pasje maar dat heb ik weggegooid", "ik krijg geen sms code binnen", "wachtwoord vergeten link werkt niet",
           "moet ik mijn geheime nummer aan u geven?", "WAAR VIND IK DE CODE VAN HET INTERNET"],
    "be": ["'k ben mijn pincode kwijt", "waar staat de wifi code op de modem?", "ik krijg geen code via sms",
           "paswoord vergeten en de mail komt ni", "moet ik mijne puk ergens ingeven?"],
    "fr": ["j'ai oublié mon code pin", "où est la clé wifi sur le modem?", "je ne reçois pas le code sms",
           "mot de passe oublié mais pas de mail", "c'est quoi le code puk?"],
    "en": ["forgot my pin what now", "where's the wifi password on the router?", "not getting the sms code",
           "password reset link doesnt work", "where do i find the puk", "do i need to give you my pin??"],
}
POOLS["open"] = {
    "nl": ["hoi", "Hallo,", "goedemiddag", "hee", "HELP", "Beste klantenservice,", "yo", "hallo??{e}", "Goedendag mevrouw/meneer,"],
    "be": ["hallo", "dag", "goeiemiddag", "allee", "Beste,", "hey"],
    "fr": ["bonjour", "slt", "Bonjour madame, monsieur,", "bjr", "cc", "Bonsoir,"],
    "en": ["hi", "hello", "hey", "Dear Sir/Madam,", "hiya", "HELP", "good morning"],
}
POOLS["close"] = {
    "nl": ["thx", "alvast bedankt", "mvg", "pls help{e}", "ff snel aub", "Met vriendelijke groet,", "idk meer", "mss kunnen jullie bellen"],
    "be": ["merci", "dank u", "aub he", "groetjes", "amai zeg"],
    "fr": ["merci d'avance", "svp", "mrc", "cordialement", "help svp{e}"],
    "en": ["thx", "cheers", "plz help", "idk what else to do", "thanks in advance", "ty{e}"],
}
POOLS["subject"] = {
    "nl": ["Inloggen lukt niet", "Re: uw vraag [{N:ticket_number}]", "pas ingeslikt!!", "storing", "Vraag over factuur {N:invoice_number}", "FW: simkaart"],
    "be": ["Probleem met mijn kaart", "Re: dossier {N:ticket_number}", "internet werkt ni", "Vraag"],
    "fr": ["Problème de connexion", "Re: votre demande {N:ticket_number}", "carte bloquée", "Urgent"],
    "en": ["Can't log in", "Re: your case {N:ticket_number}", "card swallowed", "complaint", "Fwd: order {N:order_number}"],
}
POOLS["agent_open"] = {
    "nl": ["Hoi {first}, dank voor je bericht.", "Hallo {first},", "Dag {first}, vervelend om te horen!"],
    "be": ["Dag {first}, bedankt voor uw bericht.", "Hallo {first},", "Hey {first}!"],
    "fr": ["Bonjour {first}, merci pour votre message.", "Bonjour {first},", "Salut {first} !"],
    "en": ["Hi {first}, thanks for getting in touch.", "Hey {first},", "Hello {first}, sorry to hear that."],
}
POOLS["agent_quote"] = {
    "nl": ["Je schreef: \"{B}\". Deel dit soort gegevens nooit openbaar, ik heb het bericht verborgen.",
           "Ik zie in je bericht \"{B}\" staan, stuur dit soort gegevens liever nooit via social.", "Je bericht (\"{B}\") hebben we voor de zekerheid verwijderd."],
    "be": ["Ge schreef: \"{B}\". Deel zoiets best niet, we hebben het verborgen.", "Uw bericht \"{B}\" hebben we verwijderd, deel dat ni via sociale media."],
    "fr": ["Vous avez écrit : « {B} ». Ne partagez jamais ces données.", "Votre message « {B} » a été masqué par sécurité."],
    "en": ["You wrote: \"{B}\". Please never share this publicly, I've hidden the message.", "Quick note on what you sent us (\"{B}\"): please don't post this again, we've hidden it.",
           "From your earlier message: {B} - noted."],
}
POOLS["agent_close"] = {
    "nl": ["^{ini}", "Groet, {agentname}", "Fijne dag! ^{ini}", "Bel anders {N:company_phone}. ^{ini}"],
    "be": ["Groetjes, {agentname}", "^{ini}", "Mvg, {agentname}"],
    "fr": ["Bonne journée, {agentname}", "^{ini}", "Appelez le {N:company_phone} si besoin."],
    "en": ["^{ini}", "Thanks, {agentname}", "Any issues call {N:company_phone}. ^{ini}"],
}
POOLS["agent_plain"] = {
    "nl": ["Je bestelling {N:order_number} is verzonden, volg hem via {N:tracking_number}.", "We hebben ticket {N:ticket_number} aangemaakt, monteur komt {N:date}.",
           "Stuur nooit je pincode of wachtwoord, ook niet naar ons. Kaart eindigend op {N:masked_value:last4} is geblokkeerd."],
    "be": ["Uw dossier {N:ticket_number} is doorgestuurd.", "De nieuwe kaart wordt {N:date} verstuurd, we vragen nooit uw pincode."],
    "fr": ["Votre dossier {N:ticket_number} a été transmis.", "Nous ne demandons jamais votre code PIN. Carte {N:masked_value} bloquée."],
    "en": ["Your order {N:order_number} shipped, tracking {N:tracking_number}.", "We'll never ask for your PIN. Case {N:ticket_number} is open.",
           "The firmware {N:version_string} fix rolls out {N:date}."],
}


# ----------------------------------------------------------------------------------------------
# Engine
# ----------------------------------------------------------------------------------------------
def deal_pools():
    hp = {h: {} for h in HALVES}
    for name, by_l in POOLS.items():
        k = 0
        for L in LORDER:
            for i, tpl in enumerate(by_l.get(L, [])):
                h = HALVES[k % 2]
                hp[h].setdefault((name, L), []).append((f"{name}/{L}/{i}", tpl))
                k += 1
    return hp


def plain_pools(half):
    p = {"first": deal(FIRST, half), "last": deal(LAST, half), "pw": deal(PWWORDS, half),
         "dom": deal(DOMAINS, half), "ssid": deal(SSIDS, half)}
    for k, v in STREET.items():
        p["street_" + k] = deal(v, half)
    for k, v in CITY.items():
        p["city_" + k] = deal(v, half)
    for k, v in BRAND.items():
        p["brand_" + k] = deal(v, half)
    return p


TOK = re.compile(r"\{([^{}]*)\}")
VOICE_STRIP = str.maketrans("", "", ".,!?;:\"'`()")


class Msg:
    def __init__(self, rng, half, lang, hp, plain, sector):
        self.r, self.half, self.lang, self.L = rng, half, lang, LG[lang]
        self.hp, self.plain = hp, plain
        self.parts, self.n = [], 0
        self.spans, self.negs, self.tids = [], [], set()
        self.voice = False
        self.cache = {"first": self.pick_pool("first"), "last": self.pick_pool("last"),
                      "brand": self.pick_pool("brand_" + sector)}
        self.body = None

    def pick_pool(self, name):
        return self.r.choice(self.plain[name])

    def lit(self, s):
        if self.voice:
            s = s.translate(VOICE_STRIP)
        self.parts.append(s)
        self.n += len(s)

    def span(self, typ, val, tid):
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(val), "tid": tid})
        self.parts.append(val)
        self.n += len(val)

    def neg(self, kind, val):
        self.negs.append({"kind": kind, "start": self.n, "end": self.n + len(val)})
        self.parts.append(val)
        self.n += len(val)

    def text(self):
        return "".join(self.parts)

    def pick(self, pool):
        items = self.hp[self.half].get((pool, self.L))
        tid, tpl = self.r.choice(items)
        self.tids.add(tid)
        return tid, tpl

    def render(self, tpl, tid="frame", nxt_outer=""):
        pos = 0
        for m in TOK.finditer(tpl):
            self.lit(tpl[pos:m.start()])
            nxt = tpl[m.end()] if m.end() < len(tpl) else nxt_outer
            self.token(m.group(1), tid, nxt)
            pos = m.end()
        self.lit(tpl[pos:])

    def render_pool(self, pool, nxt=""):
        tid, tpl = self.pick(pool)
        self.render(tpl, tid, nxt)

    def token(self, name, tid, nxt):
        parts = name.split(":")
        head, var = parts[0], (parts[1] if len(parts) > 1 else "")
        r = self.r
        if head in SPAN_GEN:
            if head == "password":
                val = g_password(self, var, nxt)
            else:
                val = SPAN_GEN[head](self, var)
            self.span(SPAN_TYPE.get(head, head), val, tid)
        elif head == "N":
            self.neg(parts[1], n_gen(self, parts[1], parts[2] if len(parts) > 2 else ""))
        elif head == "P":
            self.render_pool(var, nxt)
        elif head == "B":
            btid, btpl = self.body
            self.render(btpl, btid, nxt)
        elif head == "first":
            self.lit(self.cache["first"])
        elif head == "full":
            self.lit(self.cache["first"] + " " + self.cache["last"])
        elif head == "brand":
            self.lit(self.cache["brand"])
        elif head == "ssid":
            self.lit(self.pick_pool("ssid"))
        elif head == "agentname":
            self.lit(r.choice(["Lisa", "Mehmet", "Joost", "Karen", "Sofie", "Amir", "Elise", "Tom"]))
        elif head == "ini":
            self.lit(r.choice(["MK", "JB", "LvD", "SA", "TW", "EV", "RH"]))
        elif head == "e":
            if r.random() < 0.5:
                self.lit(" " + r.choice(EMOJI))
        else:
            raise KeyError(name)


PRIMARY_POOL = {"pin": ["pin"], "puk": ["puk"], "otp": ["otp"], "wifi_key": ["wifi"], "username": ["login"],
                "password": ["password", "login"], "card": ["card"], "cvv": ["cvv", "cvv", "card"], "iban": ["iban"],
                "bsn": ["bsn"], "api_key": ["api"], "token": ["token"], "email": ["email"], "phone": ["phone"],
                "address": ["addr"], "date_of_birth": ["dob"], "ip_address": ["ip"], "customer_number": ["cust"],
                "card_expiry": ["exp"]}
QA_POOL = {"pin": "qa_pin", "puk": "qa_puk", "otp": "qa_otp", "wifi_key": "qa_wifi", "username": "qa_password",
           "password": "qa_password", "card": "qa_card", "cvv": "qa_card", "iban": "qa_iban", "bsn": "qa_bsn"}
SECTOR = {"pin": ["bank", "telco"], "puk": ["telco"], "otp": ["bank", "shop", "health"], "wifi_key": ["internet"],
          "username": ["shop", "internet", "health"], "password": ["shop", "internet", "health"], "card": ["shop", "bank"],
          "cvv": ["shop", "bank"], "iban": ["energy", "bank", "shop"], "bsn": ["health"], "api_key": ["dev"],
          "token": ["dev"], "email": ["shop", "energy"], "phone": ["telco", "shop"], "address": ["shop", "energy"],
          "date_of_birth": ["health", "bank"], "ip_address": ["internet"], "customer_number": ["energy", "telco", "internet"],
          "card_expiry": ["bank"], None: ["telco", "internet", "bank", "shop", "energy", "health", "dev"]}
LABEL_SUBJ = {"nl": "Onderwerp", "be": "Onderwerp", "fr": "Objet", "en": "Subject"}
AGENT_NAME = {"nl": ["Klantenservice", "{brand} Webcare", "Medewerker"], "be": ["Klantendienst", "{brand}", "Medewerker"],
              "fr": ["Service clients", "{brand}", "Conseiller"], "en": ["Support", "{brand} Care", "Agent"]}


def chat_header(m, who, fmt, t):
    hh, mm = t
    L = m.L
    tstr = f"{hh:02d}:{mm:02d}" if L != "en" or m.lang == "en-gb" else f"{(hh - 1) % 12 + 1}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"
    if fmt == 0:
        m.lit("[")
        m.neg("time", tstr)
        m.lit(f"] ")
    elif fmt == 1:
        m.neg("date", m.cache["cdate"])
        m.lit(", ")
        m.neg("time", tstr)
        m.lit(" - ")
    else:
        m.lit("[")
        m.neg("date", m.cache["cdate"])
        m.lit(" ")
        m.neg("time", tstr)
        m.lit("] ")
    if who == "A":
        m.render(m.cache["agent"])
    else:
        m.lit(m.cache["first"])
    m.lit(": ")


def build(m, plan, channel):
    """plan: (kind, type) with kind in hr/low/none."""
    r = m.r
    kind, T = plan
    allow_pii = kind != "none"
    # body templates: list of ("pool", name)
    items = []
    ctxp = "ctx_" + m.cache["sector"]
    if kind == "none":
        items.append(("P", ctxp))
        if r.random() < 0.5:
            items.append(("P", "ctx_" + r.choice([x for x in SECTOR[None] if x != m.cache["sector"]])))
        if r.random() < 0.55:
            items.insert(r.randint(0, len(items)), ("P", "nocred"))
        main = None
    else:
        main = r.choice(PRIMARY_POOL[T])
        core = [("M", main)]
        if r.random() < (0.75 if kind == "hr" else 0.6):
            core.insert(r.randint(0, 1), ("P", ctxp))
        items = core
        if r.random() < 0.15:
            items.append(("P", r.choice(["email", "phone", "cust", "dob", "addr"])))
    chatty = channel in ("whatsapp", "telegram", "messenger")
    export = chatty and r.random() < 0.5
    if export and main is not None and T in QA_POOL and r.random() < 0.6:
        items = [it if it[0] != "M" else ("Q", QA_POOL[T]) for it in items]
    elif export and kind == "low" and r.random() < 0.4:
        items = [it if it[0] != "M" else ("Q", "qa_low") for it in items]
    if channel not in ("email", "agent_reply") and not export and r.random() < 0.12:
        m.voice = True
    if channel == "agent_reply":
        m.render_pool("agent_open")
        m.lit(" ")
        if main is not None:
            m.body = m.pick(main)
            m.render_pool("agent_quote")
        else:
            m.render_pool("agent_plain")
        m.lit(r.choice([" ", "\n"]))
        m.render_pool("agent_close")
        return
    if export:
        m.cache["agent"] = r.choice(AGENT_NAME[m.L])
        m.cache["cdate"] = n_gen(m, "date", "")
        fmt = r.randint(0, 2)
        hh, mm = r.randint(7, 21), r.randint(0, 50)
        lines = []
        if r.random() < 0.6:
            lines.append(("C", "P", "open"))
        for it in items:
            if it[0] == "Q":
                tid, tpl = m.pick(it[1])
                for ln in tpl.split("|"):
                    if ln.startswith("§A "):
                        lines.append(("A", "T", (tid, ln[3:])))
                    else:
                        lines.append(("C", "T", (tid, ln)))
            elif it[0] == "M":
                lines.append(("C", "P", it[1]))
            else:
                lines.append(("C", "P", it[1]))
        if r.random() < 0.4:
            lines.append(("C", "P", "close"))
        for i, (who, how, what) in enumerate(lines):
            if i:
                m.lit("\n")
            chat_header(m, who, fmt, (hh, mm))
            if how == "P":
                m.render_pool(what)
            else:
                m.render(what[1], what[0])
            mm += r.randint(0, 3)
            if mm > 59:
                hh, mm = hh + 1, mm - 60
        return
    sep = " " if m.voice else r.choice([" ", " ", "\n", ". ", " ", "\n\n"])
    def body():
        for i, it in enumerate(items):
            if i:
                m.lit(sep)
            m.render_pool(it[1])
    if channel == "email":
        m.lit(LABEL_SUBJ[m.L] + ": ")
        m.render_pool("subject")
        m.lit("\n\n")
        m.render_pool("open")
        m.lit("\n\n")
        body()
        m.lit("\n\n")
        m.render_pool("close")
        m.lit("\n" + m.cache["first"] + " " + m.cache["last"])
        if allow_pii and r.random() < 0.65:
            for what in r.sample(["addr:ml", "phone", "email"], r.randint(1, 3)):
                m.lit("\n")
                if r.random() < 0.3:
                    m.lit({"addr:ml": "", "phone": "Tel: ", "email": "E: "}[what])
                m.token(what, "signature", "")
        q = r.random()
        if q < 0.25:
            if m.L == "en":
                m.lit("\n\nOn ")
                m.neg("date", n_gen(m, "date", ""))
                m.lit(", at ")
                m.neg("time", n_gen(m, "time", ""))
                m.lit(f", {m.cache['brand']} wrote:\n> ")
            elif m.L == "fr":
                m.lit("\n\nLe ")
                m.neg("date", n_gen(m, "date", ""))
                m.lit(" à ")
                m.neg("time", n_gen(m, "time", ""))
                m.lit(f", {m.cache['brand']} a écrit :\n> ")
            else:
                m.lit("\n\nOp ")
                m.neg("date", n_gen(m, "date", ""))
                m.lit(" om ")
                m.neg("time", n_gen(m, "time", ""))
                m.lit(f" schreef {m.cache['brand']}:\n> ")
            m.render_pool("agent_open")
            m.lit("\n> ")
            m.render_pool("agent_plain")
        elif q < 0.45 and allow_pii:
            lab = {"nl": ("Van", "Verzonden", "Aan", "Onderwerp"), "be": ("Van", "Verzonden", "Aan", "Onderwerp"),
                   "fr": ("De", "Envoyé", "À", "Objet"), "en": ("From", "Sent", "To", "Subject")}[m.L]
            m.lit("\n\n-----Original Message-----\n" if m.L == "en" else "\n\n")
            m.lit(f"{lab[0]}: {m.cache['first']} {m.cache['last']} <")
            m.token("email", "quote_header", "")
            m.lit(f">\n{lab[1]}: ")
            m.neg("date", n_gen(m, "date", ""))
            m.lit(" ")
            m.neg("time", n_gen(m, "time", ""))
            m.lit(f"\n{lab[2]}: {m.cache['brand']}\n{lab[3]}: ")
            m.render_pool("subject")
            m.lit("\n\n")
            m.render_pool(r.choice(["cust", "phone", "ctx_" + m.cache["sector"]]))
        return
    if channel == "x_public":
        m.neg("mention", n_gen(m, "mention", ""))
        m.lit(" ")
        body()
        if r.random() < 0.6:
            m.lit(" ")
            m.neg("hashtag", n_gen(m, "hashtag", ""))
        if r.random() < 0.4:
            m.lit(" " + r.choice(EMOJI))
        return
    if channel in ("facebook_comment", "instagram_comment"):
        if r.random() < 0.3:
            m.neg("mention", n_gen(m, "mention", ""))
            m.lit(" ")
        body()
        if r.random() < 0.5:
            m.lit(" " + r.choice(EMOJI) * r.randint(1, 3))
        if channel == "instagram_comment" and r.random() < 0.5:
            m.lit(" ")
            m.neg("hashtag", n_gen(m, "hashtag", ""))
        return
    # dm-style
    if r.random() < 0.5:
        m.render_pool("open")
        m.lit(sep if not m.voice else " ")
    body()
    if r.random() < 0.4:
        m.lit(sep)
        m.render_pool("close")


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def make_half(half, seed, hp):
    r = random.Random(seed * 10 + HALVES.index(half))
    plain = plain_pools(half)
    plans = []
    for T in HIGH:
        plans += [("hr", T)] * 42
    for T in LOW:
        plans += [("low", T)] * 19
    plans += [("none", None)] * 250
    r.shuffle(plans)
    out = []
    for i, plan in enumerate(plans):
        for attempt in range(50):
            lang = wchoice(r, LANG_W)
            channel = wchoice(r, CHAN_W)
            T = plan[1]
            sector = r.choice(SECTOR[T])
            if sector == "dev" and channel in ("instagram_comment", "facebook_comment", "instagram_dm"):
                channel = r.choice(["email", "x_public", "x_dm", "telegram"])
            m = Msg(r, half, lang, hp, plain, sector)
            m.cache["sector"] = sector
            build(m, plan, channel)
            types = {s["type"] for s in m.spans}
            if plan[0] == "none" and m.spans:
                continue
            if plan[0] != "none" and T not in types:
                continue
            tx = m.text()
            if any(s["type"] in HIGH and tx[s["end"] - 1] in PUNCT_END and s["end"] < len(tx) and tx[s["end"]] in PUNCT_END
                   for s in m.spans):
                continue
            break
        else:
            raise RuntimeError(f"could not build {plan}")
        text = m.text()
        # case transforms (length preserving only)
        if channel not in ("email", "agent_reply") and not types & {"api_key", "token"}:
            x = r.random()
            if x < 0.12 or (m.voice and x < 0.5):
                t2 = text.lower()
            elif x < 0.16 and len(text) < 160:
                t2 = text.upper()
            else:
                t2 = text
            if len(t2) == len(text):
                text = t2
        out.append({"id": f"{PREFIX}-{half}-{i:05d}", "channel": channel, "lang": lang,
                    "visibility": "public" if channel in PUBLIC else "private", "text": text,
                    "spans": m.spans, "negatives": m.negs, "_tids": sorted(m.tids), "_plan": plan[0]})
    return out


# ----------------------------------------------------------------------------------------------
# Self-checks, counts, output
# ----------------------------------------------------------------------------------------------
def check(halves):
    errs = []
    tidsets = {}
    for half, recs in halves.items():
        tids = set()
        for rec in recs:
            t = rec["text"]
            tids.update(x for x in rec["_tids"])
            if re.search(r"\{[A-Za-z_:]+\}|§", t):
                errs.append(f"{rec['id']}: unrendered placeholder")
            if rec["channel"] not in CHANNELS or rec["lang"] not in LG:
                errs.append(f"{rec['id']}: bad channel/lang")
            if rec["visibility"] != ("public" if rec["channel"] in PUBLIC else "private"):
                errs.append(f"{rec['id']}: visibility")
            iv = []
            for s in rec["spans"]:
                a, b = s["start"], s["end"]
                if not (0 <= a < b <= len(t)):
                    errs.append(f"{rec['id']}: span offsets")
                    continue
                v = t[a:b]
                if v != v.strip():
                    errs.append(f"{rec['id']}: span whitespace {v!r}")
                if s["type"] not in SPAN_TYPES:
                    errs.append(f"{rec['id']}: span type {s['type']}")
                if s["type"] == "card" and not luhn_ok(v):
                    errs.append(f"{rec['id']}: luhn {v}")
                if s["type"] == "iban" and not iban_ok(v):
                    errs.append(f"{rec['id']}: iban {v}")
                if s["type"] == "bsn" and not bsn_ok(v):
                    errs.append(f"{rec['id']}: bsn {v}")
                if s["type"] in HIGH and s["type"] not in ("otp", "card", "pin", "puk", "bsn", "iban") and " " in v:
                    errs.append(f"{rec['id']}: space in secret {v!r}")
                if s["type"] in HIGH and v[-1] in PUNCT_END and b < len(t) and t[b] in PUNCT_END:
                    errs.append(f"{rec['id']}: ambiguous secret end {v!r}")
                iv.append((a, b, "s"))
            for ng in rec["negatives"]:
                a, b = ng["start"], ng["end"]
                if not (0 <= a < b <= len(t)) or t[a:b] != t[a:b].strip():
                    errs.append(f"{rec['id']}: negative offsets {t[a:b]!r}")
                if ng["kind"] not in NEG_KINDS:
                    errs.append(f"{rec['id']}: neg kind {ng['kind']}")
                iv.append((a, b, "n"))
            iv.sort()
            for (a1, b1, k1), (a2, b2, k2) in zip(iv, iv[1:]):
                if a2 < b1:
                    errs.append(f"{rec['id']}: overlap {k1}/{k2} {t[a1:b1]!r} {t[a2:b2]!r}")
        tidsets[half] = tids
        st = Counter(s["type"] for rec in recs for s in rec["spans"])
        nk = Counter(n["kind"] for rec in recs for n in rec["negatives"])
        for ty in SPAN_TYPES:
            if not st[ty]:
                errs.append(f"{half}: label {ty} missing")
        for ty in HIGH:
            if st[ty] < 40:
                errs.append(f"{half}: {ty} only {st[ty]} spans")
            ph = {s["tid"] for rec in recs for s in rec["spans"] if s["type"] == ty}
            if len(ph) < 12:
                errs.append(f"{half}: {ty} only {len(ph)} phrasings")
        for k in NEG_KINDS:
            if not nk[k]:
                errs.append(f"{half}: negative {k} missing")
        n = len(recs)
        if sum(1 for rec in recs if not rec["spans"]) < 0.25 * n:
            errs.append(f"{half}: <25% without spans")
        if sum(1 for rec in recs if any(s["type"] in HIGH for s in rec["spans"])) < 0.45 * n:
            errs.append(f"{half}: <45% high-risk")
        if sum(1 for rec in recs if rec["negatives"]) < 0.30 * n:
            errs.append(f"{half}: <30% with negatives")
    inter = {t for t in tidsets["dev"] & tidsets["heldout"] if "/" in t}
    if inter:
        errs.append(f"templates in both halves: {sorted(inter)[:5]}")
    return errs


def counts(recs):
    return {"messages": len(recs),
            "without_spans": sum(1 for r in recs if not r["spans"]),
            "with_high_risk": sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"])),
            "with_negatives": sum(1 for r in recs if r["negatives"]),
            "labels": dict(sorted(Counter(s["type"] for r in recs for s in r["spans"]).items())),
            "phrasings_per_high_risk_type": {t: len({s["tid"] for r in recs for s in r["spans"] if s["type"] == t}) for t in HIGH},
            "negatives": dict(sorted(Counter(n["kind"] for r in recs for n in r["negatives"]).items())),
            "channels": dict(sorted(Counter(r["channel"] for r in recs).items())),
            "languages": dict(sorted(Counter(r["lang"] for r in recs).items()))}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261209)
    ap.add_argument("--counts-json", default="")
    a = ap.parse_args()
    hp = deal_pools()
    halves = {h: make_half(h, a.seed, hp) for h in HALVES}
    errs = check(halves)
    if errs:
        for e in errs[:60]:
            print("CHECK FAILED:", e, file=sys.stderr)
        print(f"{len(errs)} problems; nothing written", file=sys.stderr)
        sys.exit(1)
    allc = {}
    for h, recs in halves.items():
        allc[h] = counts(recs)
        with open(os.path.join(HERE, f"{h}.jsonl"), "w", encoding="utf-8") as f:
            for rec in recs:
                out = {k: v for k, v in rec.items() if not k.startswith("_")}
                out["spans"] = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in rec["spans"]]
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(json.dumps(allc, indent=1, ensure_ascii=False))
    if a.counts_json:
        with open(a.counts_json, "w", encoding="utf-8") as f:
            json.dump(allc, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
