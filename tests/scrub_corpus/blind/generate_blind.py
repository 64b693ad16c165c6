#!/usr/bin/env python3
"""Blind labelled scrub corpus: writes dev.jsonl and heldout.jsonl next to this file.

    python tests/scrub_corpus/blind/generate_blind.py --seed 20260330 [--per-half 1000] [--out DIR]

Written without looking at the scrubber, its own generator, its unit tests or its docs.
Standard library only; deterministic for a given --seed.

Split rule (independent of the seed): every list of phrasings (message templates, greetings,
sign-offs, signatures, quote headers, filler paragraphs) and every pool of names, streets,
cities and brands is sorted by the SHA-256 of its text and dealt alternately to dev and
heldout.  A template therefore lives in exactly one half, and the two halves use disjoint
name / street / city / brand pools.  Random values (passwords, cards, IBANs ...) come from
one RNG per half, seeded with (seed, half).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

HALVES = ("dev", "heldout")
TYPES = (
    "password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv",
    "card_expiry", "iban", "bsn", "email", "phone", "address", "date_of_birth", "ip_address",
    "customer_number",
)
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"}
PUBLIC_CHANNELS = {"x_public", "facebook_comment"}


# --------------------------------------------------------------------------------------------
# split helpers
# --------------------------------------------------------------------------------------------

def _digest(item) -> str:
    return hashlib.sha256(json.dumps(item, ensure_ascii=False).encode()).hexdigest()


def deal(items: list, half: str) -> list:
    """Sort by hash, deal alternately: even positions to dev, odd positions to heldout."""
    ordered = sorted(items, key=_digest)
    idx = HALVES.index(half)
    out = ordered[idx::2]
    return out or ordered  # single-item lists are shared (only used for structure, never pools)


# --------------------------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(value: str) -> bool:
    s = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{country}{check:02d}{bban}"


def bsn_ok(value: str) -> bool:
    d = re.sub(r"\D", "", value)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


# --------------------------------------------------------------------------------------------
# pools (dealt per half)
# --------------------------------------------------------------------------------------------

FIRST = {
    "nl": ["Jan", "Sanne", "Pieter", "Lotte", "Kees", "Fleur", "Bram", "Anouk", "Ruud", "Mirjam", "Thijs", "Ingrid",
           "Henk", "Femke", "Joost", "Marloes", "Sander", "Wendy", "Gerrit", "Esther", "Daan", "Noor", "Wim", "Yvonne",
           "Youssef", "Fatima", "Mehmet", "Priya", "Dewi", "Rik", "Astrid", "Koen"],
    "nl-be": ["Jens", "Lien", "Wout", "Elke", "Stijn", "Griet", "Pieterjan", "An", "Bart", "Sofie", "Kobe", "Hanne",
              "Dries", "Ilse", "Jef", "Marijke", "Tuur", "Evi", "Glenn", "Leen"],
    "fr-be": ["Julien", "Camille", "Nicolas", "Aurélie", "Maxime", "Céline", "Thomas", "Élodie", "Olivier",
              "Sophie", "Gaëtan", "Manon", "Benoît", "Laure", "Cédric", "Nathalie", "Karim", "Amélie"],
    "en": ["James", "Emma", "Oliver", "Sophie", "Harry", "Chloe", "Daniel", "Megan", "Tom", "Lucy", "Ryan", "Hannah",
           "Michael", "Jessica", "Chris", "Ashley", "Tyler", "Brianna", "Kevin", "Rachel", "Aisha", "Raj", "Gareth",
           "Siobhan"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
           "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "de Graaf",
           "van der Meer", "Kok", "de Haan", "Vermeulen", "van den Berg", "Schouten", "van Beek", "Hoekstra",
           "Yilmaz", "El Amrani", "Verhoeven", "Koster", "Prins", "Huisman"],
    "nl-be": ["Peeters", "Janssens", "Maes", "Claes", "Goossens", "Wouters", "De Smet", "Mertens", "Willems",
              "Dubois", "Van den Broeck", "De Clercq", "Verstraete", "Lemmens", "Vandenberghe", "Hermans",
              "Van Damme", "Desmet", "Coppens", "Aerts"],
    "fr-be": ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Simon", "Laurent", "Lejeune", "Renard", "Gilson",
              "Lecomte", "Collard", "Denis", "François", "Henrard", "Mathieu", "Bertrand", "Moreau"],
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Thomas",
           "Roberts", "Walker", "Wright", "Thompson", "Miller", "Garcia", "Martinez", "Anderson", "Clarke", "Patel",
           "O'Brien", "Murphy", "Hughes", "Khan"],
}
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Julianastraat", "Beatrixlaan",
              "Wilhelminastraat", "Oranjestraat", "Lindelaan", "Eikenlaan", "Prinses Irenestraat",
              "Burgemeester de Withstraat", "Hoofdstraat", "Spoorlaan", "Nieuwe Gracht", "Oudegracht",
              "Lange Nieuwstraat", "Laan van Meerdervoort", "Brink", "Markt", "Hoogte Kadijk", "Achter de Hoven",
              "Zeedijk", "Vismarkt", "Boschdijk", "Westeinde", "Singel", "Kanaaldijk", "Rozengracht",
              "Lage Rijndijk", "Ringdijk", "Van Speijkstraat", "Plantage Middenlaan", "Koningsweg",
              "Tweede Oosterparkstraat", "Groenewoud", "Hooigracht", "Bloemendaal", "Dijkgraaf"]
BE_STREETS = ["Meir", "Kerkstraat", "Stationsstraat", "Veldstraat", "Bondgenotenlaan", "Diestsestraat",
              "Nationalestraat", "Lange Kievitstraat", "Dorpstraat", "Hoogstraat", "Kortrijksesteenweg",
              "Gentsesteenweg", "Vlaamsekaai", "Sint-Pietersnieuwstraat", "Brusselsepoortstraat", "Koning Albertlaan",
              "Groenplaats", "Zand", "Overpoortstraat", "Tiensestraat"]
FR_STREETS = ["Rue de la Loi", "Avenue Louise", "Rue Haute", "Chaussée de Waterloo", "Rue du Marché",
              "Boulevard Anspach", "Rue des Guillemins", "Rue Neuve", "Avenue de Tervueren", "Rue Saint-Gilles",
              "Rue de Fer", "Chaussée d'Ixelles", "Rue du Moulin", "Avenue des Combattants", "Rue de la Station",
              "Place du Jeu de Balle"]
UK_STREETS = ["Acacia Avenue", "Mill Lane", "High Street", "Church Road", "Station Road", "Victoria Street",
              "Park Road", "Queens Road", "Kingsway", "Albert Terrace", "The Crescent", "Manor Way", "Hillside Close",
              "Westbourne Grove", "Cowley Road", "Gloucester Place", "Elm Grove", "Chapel Street", "Ashby Road",
              "Meadow Bank"]
US_STREETS = ["Elm Street", "Oak Ave", "Maple Dr", "W 34th St", "Sunset Blvd", "Main St", "Lakeview Rd", "Pine Ct",
              "N Halsted St", "Cedar Lane", "Willow Way", "E 9th Ave", "Hawthorne Blvd", "Birch Road",
              "S Congress Ave", "Magnolia Street"]
NL_CITIES = [("Amsterdam", 10), ("Rotterdam", 30), ("Utrecht", 35), ("Den Haag", 25), ("Eindhoven", 56),
             ("Groningen", 97), ("Zwolle", 80), ("Haarlem", 20), ("Nijmegen", 65), ("Tilburg", 50), ("Breda", 48),
             ("Leiden", 23), ("Almere", 13), ("Amersfoort", 38), ("Arnhem", 68), ("Enschede", 75),
             ("Apeldoorn", 73), ("Maastricht", 62), ("Delft", 26), ("Alkmaar", 18), ("Leeuwarden", 89),
             ("Zaandam", 15), ("Hilversum", 12), ("'s-Hertogenbosch", 52), ("Deventer", 74), ("Dordrecht", 33),
             ("Gouda", 28), ("Hoorn", 16)]
BE_CITIES = [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"),
             ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Turnhout", "2300"),
             ("Sint-Niklaas", "9100"), ("Genk", "3600"), ("Roeselare", "8800"), ("Berchem", "2600"),
             ("Deurne", "2100")]
FR_CITIES = [("Bruxelles", "1000"), ("Ixelles", "1050"), ("Liège", "4000"), ("Namur", "5000"),
             ("Charleroi", "6000"), ("Wavre", "1300"), ("Mons", "7000"), ("Louvain-la-Neuve", "1348"),
             ("Uccle", "1180"), ("Schaerbeek", "1030"), ("Tournai", "7500"), ("Verviers", "4800")]
UK_CITIES = [("London", ["SE15", "N7", "E8", "SW11", "NW6"]), ("Manchester", ["M14", "M20"]), ("Leeds", ["LS6", "LS8"]),
             ("Bristol", ["BS7", "BS3"]), ("Reading", ["RG1", "RG30"]), ("Glasgow", ["G12", "G41"]),
             ("Birmingham", ["B15", "B29"]), ("Liverpool", ["L17", "L18"]), ("Brighton", ["BN2", "BN1"]),
             ("Cardiff", ["CF24", "CF5"]), ("Edinburgh", ["EH9", "EH6"]), ("Norwich", ["NR2", "NR3"])]
US_CITIES = [("Springfield", "IL", "627"), ("Chicago", "IL", "606"), ("Austin", "TX", "787"),
             ("Portland", "OR", "972"), ("Columbus", "OH", "432"), ("Denver", "CO", "802"),
             ("Brooklyn", "NY", "112"), ("Seattle", "WA", "981"), ("Atlanta", "GA", "303"),
             ("Madison", "WI", "537"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276")]
BRANDS = {
    "telco": ["Telvia", "Belnova", "Qonnect", "Skyline Mobile", "Ventel", "Lynqo", "Mobiq", "Zapp Mobiel"],
    "bank": ["KlikBank", "Hollandia Bank", "Fidora Bank", "Brightwell Bank", "Nordkap Bank", "Munt Bank"],
    "energy": ["Voltana", "Noordstroom", "Greenwatt", "Lumera Energie", "Helios Energy", "Stroomwerk"],
    "shop": ["Pakkie", "Marktmeester", "Cartly", "Huisenhaard", "Kooplein", "Brixo"],
    "airline": ["Tulpair", "Skylark Air", "NordicFly", "BelAir Express", "Oranjevlucht", "Aerolux"],
    "insurer": ["Zekerwel", "Veiligheim", "Assura Plus", "Dekking Direct", "Harbour Insurance", "Schildpolis"],
}
PW_WORDS = ["zomer", "winter", "voetbal", "hondje", "poesje", "welkom", "fietsen", "tulpen", "amsterdam",
            "feyenoord", "zonnebloem", "appeltaart", "vakantie", "oranje", "summer", "monkey", "dragon",
            "sunshine", "liverpool", "chelsea", "football", "princess", "letmein", "bella", "max", "snoopy",
            "kaas", "pannenkoek", "molen", "ajax", "rotterdam", "maandag", "lente", "bloemetje", "tijger",
            "soleil", "bonjour", "chocolat", "arsenal", "tigger", "buster", "shadow", "kabouter", "zeeland"]
DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "hetnet.nl",
           "icloud.com", "xs4all.nl", "planet.nl", "home.nl", "yahoo.com"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "outlook.be", "proximus.be", "live.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr", "proximus.be"],
    "en": ["gmail.com", "yahoo.co.uk", "outlook.com", "btinternet.com", "icloud.com", "hotmail.co.uk",
           "aol.com", "protonmail.com", "sky.com", "comcast.net"],
}
EMOJI = ["😡", "🙄", "😤", "🤬", "😭", "👎", "🙏", "😩", "🤷‍♂️", "😢", "🔥", "😂", "🤦‍♀️", "⚡", "📦", "✈️", "💸"]
HASHTAGS = ["#storing", "#fail", "#klantenservice", "#slechteservice", "#nietblij", "#geeninternet", "#webcare",
            "#outage", "#customerservice", "#fail", "#nooitmeer", "#panne", "#servicedesk", "#delay",
            "#vertraging", "#pakketje", "#helpdesk", "#energierekening"]


class Pools:
    def __init__(self, half: str):
        self.first = {k: deal(v, half) for k, v in FIRST.items()}
        self.last = {k: deal(v, half) for k, v in LAST.items()}
        self.nl_streets = deal(NL_STREETS, half)
        self.be_streets = deal(BE_STREETS, half)
        self.fr_streets = deal(FR_STREETS, half)
        self.uk_streets = deal(UK_STREETS, half)
        self.us_streets = deal(US_STREETS, half)
        self.nl_cities = deal(NL_CITIES, half)
        self.be_cities = deal(BE_CITIES, half)
        self.fr_cities = deal(FR_CITIES, half)
        self.uk_cities = deal(UK_CITIES, half)
        self.us_cities = deal(US_CITIES, half)
        self.brands = {k: deal(v, half) for k, v in BRANDS.items()}
        self.pw_words = deal(PW_WORDS, half)
        self.domains = {k: deal(v, half) for k, v in DOMAINS.items()}
        self.hashtags = deal(sorted(set(HASHTAGS)), half)


# --------------------------------------------------------------------------------------------
# per-message context and value generators
# --------------------------------------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
SAFE_ALNUM = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
HEX = "0123456789abcdef"
B62 = string.ascii_letters + string.digits
PW_SPECIAL = "!@#$%&*?_-+="
PUNCT_AFTER = set(".,;:!?)]'\"")
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "nl_short": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "en_short": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
DAYS = {"nl": ["ma", "di", "wo", "do", "vr", "za", "zo"], "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}


def rs(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = rs(rng, string.digits, n)
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


class Ctx:
    def __init__(self, rng: random.Random, pools: Pools, lang: str):
        self.rng = rng
        self.pools = pools
        self.lang = lang
        self.bound: dict[str, tuple[str, tuple | None]] = {}
        self.brand: str | None = None
        self.sector: str | None = None
        self.card_kind: str | None = None
        self.region = {"nl": "nl", "nl-be": "be", "fr-be": "fr"}.get(lang) or rng.choice(["uk", "uk", "us"])
        pl = {"nl": "nl", "nl-be": "nl-be", "fr-be": "fr-be", "en": "en"}[lang]
        self.first = rng.choice(pools.first[pl])
        self.last = rng.choice(pools.last[pl])

    # ---------------------------------------------------------------- names etc.
    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def brand_of(self, sector: str | None = None) -> str:
        if self.brand is None or (sector and sector != self.sector):
            self.sector = sector or self.rng.choice(list(BRANDS))
            self.brand = self.rng.choice(self.pools.brands[self.sector])
        return self.brand

    def handle(self) -> str:
        b = re.sub(r"[^A-Za-z]", "", self.brand_of())
        suffix = int(_digest(b + self.lang)[:2], 16) % 4
        return "@" + b + ["", "_NL" if self.lang == "nl" else "_BE" if "be" in self.lang else "UK", "Care",
                          "_webcare" if self.lang != "en" else "Help"][suffix]

    def domain(self) -> str:
        tld = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en": "co.uk" if self.region == "uk" else "com"}[self.lang]
        return re.sub(r"[^a-z]", "", self.brand_of().lower()) + "." + tld


def gen_password(c: Ctx, var: str | None) -> str:
    r = c.rng
    w = r.choice(c.pools.pw_words)
    kind = var or r.choice(["capyear", "lowdig", "wordsym", "random", "leet", "two", "capyear", "lowdig", "random"])
    if kind == "capyear":
        return w.capitalize() + str(r.randint(1960, 2026)) + r.choice(["!", "", "!", "#", "?"])
    if kind == "lowdig":
        return w + digits(r, r.choice([2, 3, 3, 4]))
    if kind == "wordsym":
        return w.capitalize() + r.choice(PW_SPECIAL) + digits(r, 2)
    if kind == "leet":
        s = w.translate(str.maketrans({"a": "@", "o": "0", "e": "3", "s": "$", "i": "1"}))
        return s[0].upper() + s[1:] + digits(r, r.choice([1, 2, 4]))
    if kind == "two":
        w2 = r.choice(c.pools.pw_words)
        return w.capitalize() + w2.capitalize() + digits(r, 2) + r.choice(["", "!", "&"])
    n = r.randint(10, 16)
    while True:
        s = rs(r, ALNUM + PW_SPECIAL, n)
        if any(ch.isdigit() for ch in s) and any(ch in PW_SPECIAL for ch in s) and s[0] not in "-_+=":
            return s


def gen_username(c: Ctx, var: str | None) -> str:
    r = c.rng
    f = c.first.lower().translate(str.maketrans("éèëçï", "eeeci"))
    last = c.last.lower().replace("'", "").translate(str.maketrans("éèëçï", "eeeci"))
    compact = last.replace(" ", "")
    choice = r.randrange(8)
    if choice == 0:
        return f"{f}.{compact}"
    if choice == 1:
        return f"{f[0]}{compact}{r.randint(70, 99)}"
    if choice == 2:
        return f"{compact}_{f}"
    if choice == 3:
        return f"{f.capitalize()}{compact[:1].upper()}{r.randint(1975, 2008)}"
    if choice == 4:
        return f"{f[0]}.{last.replace(' ', '.')}"
    if choice == 5:
        return r.choice(["kingkev", "sunnygirl", "dj_", "gamer", "mrs", "xx", "the_real_", "lil"]) + f + str(r.randint(1, 999))
    if choice == 6:
        return f"{f}{compact}{r.randint(1, 99)}"
    return f"{f[0]}{compact}"


def gen_pin(c: Ctx, var: str | None) -> str:
    n = int(var) if var and var.isdigit() else 4
    while True:
        s = digits(c.rng, n)
        if len(set(s)) > 1:
            return s


def gen_puk(c: Ctx, var: str | None) -> str:
    return digits(c.rng, 8)


def gen_otp(c: Ctx, var: str | None) -> str:
    r = c.rng
    if var == "spaced":
        return digits(r, 3) + " " + digits(r, 3)
    if var == "dash":
        return digits(r, 3) + "-" + digits(r, 3)
    if var == "google":
        return "G-" + digits(r, 6)
    if var and var.isdigit():
        return digits(r, int(var))
    return digits(r, r.choice([6, 6, 6, 6, 5, 8]))


def gen_wifi(c: Ctx, var: str | None) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return rs(r, SAFE_ALNUM, r.choice([10, 12, 14]))
    if k == 1:
        return "-".join(rs(r, SAFE_ALNUM, 4) for _ in range(3))
    if k == 2:
        return rs(r, HEX, r.choice([10, 26]))
    if k == 3:
        return c.last.replace(" ", "").replace("'", "").capitalize() + str(r.randint(1990, 2026)) + r.choice(["", "!"])
    if k == 4:
        return rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12)
    return rs(r, string.ascii_lowercase + string.digits, 8) + rs(r, string.digits, 2)


def gen_api_key(c: Ctx, var: str | None) -> str:
    r = c.rng
    kind = var or r.choice(["stripe_sk", "stripe_pk", "rk", "ck", "cs", "api", "pf", "akia", "google", "sendgrid",
                            "generic", "stripe_sk"])
    if kind == "stripe_sk":
        return "sk_live_" + rs(r, B62, r.choice([24, 34, 99]))
    if kind == "stripe_pk":
        return "pk_live_" + rs(r, B62, r.choice([24, 34]))
    if kind == "rk":
        return "rk_live_" + rs(r, B62, 24)
    if kind == "ck":
        return "ck_" + rs(r, HEX, 40)
    if kind == "cs":
        return "cs_" + rs(r, HEX, 40)
    if kind == "api":
        return "api_" + rs(r, B62, 32)
    if kind == "pf":
        return "pf_live_" + rs(r, B62, 32)
    if kind == "akia":
        return "AKIA" + rs(r, string.ascii_uppercase + "234567", 16)
    if kind == "aws_secret":
        return rs(r, B62 + "/+", 40)
    if kind == "google":
        return "AIza" + rs(r, B62 + "-_", 35)
    if kind == "sendgrid":
        return "SG." + rs(r, B62 + "-_", 22) + "." + rs(r, B62 + "-_", 43)
    return rs(r, HEX, 32)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def gen_token(c: Ctx, var: str | None) -> str:
    r = c.rng
    kind = var or r.choice(["jwt", "hex40", "ghp", "xoxb", "glpat", "hex32", "opaque", "jwt"])
    if kind == "jwt":
        header = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        payload = _b64url(json.dumps({"sub": digits(r, 7), "name": c.name, "iat": r.randint(1_700_000_000, 1_790_000_000)},
                                     separators=(",", ":")).encode())
        return f"{header}.{payload}.{_b64url(r.randbytes(32))}"
    if kind == "hex40":
        return rs(r, HEX, 40)
    if kind == "ghp":
        return "ghp_" + rs(r, B62, 36)
    if kind == "xoxb":
        return f"xoxb-{digits(r, 12, True)}-{digits(r, 13, True)}-{rs(r, B62, 24)}"
    if kind == "glpat":
        return "glpat-" + rs(r, B62 + "-_", 20)
    if kind == "hex32":
        return rs(r, HEX, 32)
    return rs(r, B62, 40)


def gen_card(c: Ctx, var: str | None) -> str:
    r = c.rng
    kind = var or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc", "visa"])
    c.card_kind = kind
    if kind == "amex":
        num = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
        sep = r.choice([" ", " ", "-", ""])
        return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
    prefix = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720)), "disc": "6011"}[kind]
    num = luhn_complete(prefix + digits(r, 15 - len(prefix)))
    sep = r.choice([" ", " ", " ", "-", "", "  ", "."])
    groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(groups)


def gen_cvv(c: Ctx, var: str | None) -> str:
    return digits(c.rng, 4 if c.card_kind == "amex" else 3)


def gen_expiry(c: Ctx, var: str | None) -> str:
    r = c.rng
    m, y = r.randint(1, 12), r.randint(2026, 2031)
    return r.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y % 100:02d}", f"{m:02d}-{y}", f"{m:02d}{y % 100:02d}",
                     f"{m:02d}/{y}", f"{m:02d} / {y % 100:02d}", f"{m:02d}-{y % 100:02d}"])


def _nl_account(r: random.Random) -> str:
    while True:
        acc = digits(r, 10)
        if acc[0] != "0" and sum(int(d) * (10 - i) for i, d in enumerate(acc)) % 11 == 0:
            return acc


def gen_iban(c: Ctx, var: str | None) -> str:
    r = c.rng
    country, fmt = None, None
    for part in (var or "").split("_"):
        if part in ("nl", "be", "de", "gb", "fr"):
            country = part
        elif part in ("lower", "grouped", "compact", "spacedcc"):
            fmt = part
    if country is None:
        country = {"nl": r.choice(["nl"] * 9 + ["de"]), "nl-be": "be", "fr-be": r.choice(["be"] * 5 + ["fr"]),
                   "en": r.choice(["gb", "gb", "de", "fr", "nl"])}[c.lang]
    if country == "nl":
        iban = iban_make("NL", r.choice(["ABNA", "INGB", "RABO", "KNAB", "TRIO", "ASNB", "SNSB", "BUNQ", "RBRB"])
                         + _nl_account(r))
    elif country == "be":
        first = digits(r, 10, True)
        chk = int(first) % 97 or 97
        iban = iban_make("BE", f"{first}{chk:02d}")
    elif country == "de":
        iban = iban_make("DE", digits(r, 8, True) + digits(r, 10))
    elif country == "gb":
        iban = iban_make("GB", r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(r, 6) + digits(r, 8))
    else:
        bank, guichet, acct = digits(r, 5, True), digits(r, 5), digits(r, 11)
        key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
        iban = iban_make("FR", f"{bank}{guichet}{acct}{key:02d}")
    fmt = fmt or r.choice(["grouped", "grouped", "grouped", "compact", "compact", "lower", "spacedcc"])
    grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if fmt == "compact":
        return iban
    if fmt == "lower":
        return r.choice([iban.lower(), grouped.lower()])
    if fmt == "spacedcc":
        return f"{iban[:2]} {iban[2:4]} " + " ".join(iban[i:i + 4] for i in range(4, len(iban), 4))
    return grouped


def gen_bsn(c: Ctx, var: str | None) -> str:
    r = c.rng
    while True:
        d = digits(r, 8, True)
        s = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if s <= 9:
            v = d + str(s)
            break
    fmt = var or r.choice(["plain"] * 6 + ["dots", "spaces"])
    if fmt == "dots":
        return f"{v[:4]}.{v[4:6]}.{v[6:]}"
    if fmt == "spaces":
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    return v


def gen_email(c: Ctx, var: str | None) -> str:
    r = c.rng
    f = c.first.lower().translate(str.maketrans("éèëçïô", "eeecio"))
    last = re.sub(r"[^a-z]", "", c.last.lower().translate(str.maketrans("éèëçïô", "eeecio")))
    local = r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}{last}{r.randint(1, 99)}", f"{last}.{f}",
                      f"{f}_{last}", f"{f}{r.randint(1960, 2005)}", f"{f[0]}.{last}"])
    dom = r.choice(c.pools.domains[c.lang])
    e = f"{local}@{dom}"
    if r.random() < 0.08:
        e = e[0].upper() + e[1:]
    return e


def gen_phone(c: Ctx, var: str | None) -> str:
    r = c.rng
    kind = var or {"nl": r.choice(["nl_mobile"] * 5 + ["nl_land", "nl_intl"]),
                   "be": r.choice(["be_mobile"] * 4 + ["be_land", "be_intl"]),
                   "fr": r.choice(["be_mobile"] * 4 + ["be_land", "be_intl"]),
                   "uk": r.choice(["uk_mobile"] * 3 + ["uk_land", "uk_intl"]),
                   "us": r.choice(["us"] * 4 + ["us_intl"])}[c.region]
    if kind == "nl_mobile":
        n = digits(r, 8, True)
        return r.choice([f"06-{n}", f"06 {n}", f"06{n}", f"06 - {n}", f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
                         f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06-{n[:2]} {n[2:5]} {n[5:]}",
                         f"06 {n[:4]} {n[4:]}"])
    if kind == "nl_dots":
        n = digits(r, 8, True)
        return f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}"
    if kind == "nl_intl":
        n = digits(r, 8, True)
        return r.choice([f"+31 6 {n}", f"+316{n}", f"+31 (0)6 {n[:4]} {n[4:]}", f"0031 6 {n}",
                         f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 (0)6-{n}"])
    if kind == "nl_land":
        area = r.choice(["020", "010", "030", "070", "040", "050", "038", "023", "024", "013", "076", "071"])
        n = digits(r, 7, True)
        if r.random() < 0.25:
            area = r.choice(["0592", "0513", "0475", "0174", "0341", "0543"])
            n = digits(r, 6, True)
            return r.choice([f"{area}-{n}", f"{area} {n[:2]} {n[2:4]} {n[4:]}", f"({area}) {n}"])
        return r.choice([f"{area}-{n}", f"{area} {n[:3]} {n[3:5]} {n[5:]}", f"({area}) {n[:3]} {n[3:]}",
                         f"{area}-{n[:3]} {n[3:5]} {n[5:]}", f"{area}{n}", f"+31 {area[1:]} {n[:3]} {n[3:]}"])
    if kind == "be_mobile":
        p = r.choice(["0470", "0471", "0472", "0473", "0475", "0476", "0477", "0478", "0479", "0484", "0485",
                      "0486", "0487", "0488", "0489", "0491", "0492", "0493", "0494", "0495", "0496", "0497", "0498",
                      "0499"])
        n = digits(r, 6)
        return r.choice([f"{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"{p} {n[:2]} {n[2:4]} {n[4:]}", f"{p}{n}",
                         f"{p}/{n}", f"{p} {n[:3]} {n[3:]}", f"{p}.{n[:2]}.{n[2:4]}.{n[4:]}"])
    if kind == "be_intl":
        p = r.choice(["470", "472", "475", "476", "478", "485", "486", "489", "494", "495", "497", "498"])
        n = digits(r, 6)
        return r.choice([f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}", f"+32{p}{n}", f"+32 (0){p} {n[:2]}.{n[2:4]}.{n[4:]}",
                         f"0032 {p} {n}"])
    if kind == "be_land":
        area = r.choice(["02", "03", "09", "016", "050", "011", "04", "081"])
        n = digits(r, 9 - len(area), True)
        if len(area) == 2:
            return r.choice([f"{area} {n[:3]} {n[3:5]} {n[5:]}", f"{area}/{n[:3]}.{n[3:5]}.{n[5:]}"])
        return r.choice([f"{area} {n[:2]} {n[2:4]} {n[4:]}", f"{area}/{n[:2]}.{n[2:4]}.{n[4:]}"])
    if kind == "uk_mobile":
        n = r.choice(["7700 900", "7700 900", "7911 1", "7400 1", "7845 3"]).replace(" ", "")
        n = (n + digits(r, 10 - len(n)))
        return r.choice([f"0{n[:4]} {n[4:]}", f"0{n}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0{n[:4]}-{n[4:]}"])
    if kind == "uk_intl":
        n = "7700900" + digits(r, 3)
        return r.choice([f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:7]} {n[7:]}", f"+44{n}", f"0044 {n}"])
    if kind == "uk_land":
        return r.choice([f"020 7946 0{digits(r, 3)}", f"0161 496 0{digits(r, 3)}", f"0117 496 0{digits(r, 3)}",
                         f"0131 496 0{digits(r, 3)}", f"(0113) 496 0{digits(r, 3)}"])
    if kind == "us":
        a = r.choice(["212", "312", "415", "512", "503", "617", "720", "206", "404", "608", "773", "646"])
        n = "01" + digits(r, 2)
        return r.choice([f"({a}) 555-{n}", f"{a}.555.{n}", f"{a}-555-{n}", f"({a})555-{n}", f"{a} 555 {n}"])
    if kind == "us_intl":
        a = r.choice(["212", "312", "415", "512", "503", "617"])
        n = "01" + digits(r, 2)
        return r.choice([f"+1 {a} 555 {n}", f"+1 ({a}) 555-{n}", f"1-{a}-555-{n}", f"+1-{a}-555-{n}"])
    raise ValueError(kind)


def _nl_pc(r: random.Random, prefix: int) -> str:
    while True:
        letters = rs(r, "ABCDEFGHJKLMNPRSTVWXZ", 2)
        if letters not in ("SA", "SD", "SS"):
            break
    num = f"{prefix:02d}{r.randint(11, 99)}"
    return r.choice([f"{num} {letters}", f"{num} {letters}", f"{num}{letters}", f"{num} {letters.lower()}"])


def gen_address(c: Ctx, var: str | None) -> str:
    r, p = c.rng, c.pools
    region = c.region
    style = "line"
    if var:
        parts = var.split("_")
        if parts[0] in ("nl", "be", "fr", "uk", "us"):
            region = parts[0]
            parts = parts[1:]
        if parts:
            style = parts[0]
    sep_sig = "\n"
    if region == "nl":
        street = r.choice(p.nl_streets)
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "b", "-II", " A", "hs", "-1", " bis", "-3hg"])
        city, pre = r.choice(p.nl_cities)
        pc = _nl_pc(r, pre)
        if style == "street":
            return f"{street} {num}"
        if style == "sig":
            return f"{street} {num}{sep_sig}{pc} {city.upper() if r.random() < .2 else city}"
        return r.choice([f"{street} {num}, {pc} {city}", f"{street} {num} {pc} {city}", f"{street} {num} in {city}",
                         f"{street} {num}, {pc}, {city}", f"{pc} {city}, {street} {num}"])
    if region == "be":
        street = r.choice(p.be_streets)
        num = str(r.randint(1, 180)) + r.choice(["", "", "", " bus 3", " bus 12", "/0101", "A"])
        city, pc = r.choice(p.be_cities)
        if style == "street":
            return f"{street} {num}"
        if style == "sig":
            return f"{street} {num}{sep_sig}{pc} {city}"
        return r.choice([f"{street} {num}, {pc} {city}", f"{street} {num} te {pc} {city}", f"{street} {num} {pc} {city}"])
    if region == "fr":
        street = r.choice(p.fr_streets)
        num = str(r.randint(1, 220)) + r.choice(["", "", " bte 4", "/2", " boîte 7", "A"])
        city, pc = r.choice(p.fr_cities)
        if style == "street":
            return f"{street} {num}"
        if style == "sig":
            return f"{street} {num}{sep_sig}{pc} {city}"
        return r.choice([f"{street} {num}, {pc} {city}", f"{street}, {num} - {pc} {city}", f"{street} {num} {pc} {city}"])
    if region == "uk":
        street = r.choice(p.uk_streets)
        city, outs = r.choice(p.uk_cities)
        pc = f"{r.choice(outs)} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        num = str(r.randint(1, 160)) + r.choice(["", "", "", "A", "B"])
        flat = r.choice(["", "", "", f"Flat {r.randint(1, 12)}, ", f"Flat {r.randint(1, 12)}, "])
        if style == "street":
            return f"{flat}{num} {street}"
        if style == "sig":
            return f"{flat}{num} {street}{sep_sig}{city}{sep_sig}{pc}"
        return r.choice([f"{flat}{num} {street}, {city} {pc}", f"{flat}{num} {street}, {city}, {pc}",
                         f"{num} {street}, {pc}"])
    street = r.choice(p.us_streets)
    city, st, zp = r.choice(p.us_cities)
    num = str(r.randint(100, 9899))
    apt = r.choice(["", "", f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}", f", Unit {r.randint(1, 20)}"])
    z = f"{zp}{r.randint(1, 99):02d}"
    if style == "street":
        return f"{num} {street}{apt}"
    if style == "sig":
        return f"{num} {street}{apt}{sep_sig}{city}, {st} {z}"
    return r.choice([f"{num} {street}{apt}, {city}, {st} {z}", f"{num} {street}{apt}, {city} {st} {z}"])


def gen_dob(c: Ctx, var: str | None) -> str:
    r = c.rng
    y, m, d = r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28)
    default = {"nl": ["dmy_dash", "dmy_dash", "nl_written", "dmy_slash", "dmy_short", "dmy_dot", "nl_short"],
               "nl-be": ["dmy_slash", "dmy_slash", "nl_written", "dmy_dot", "dmy_dash"],
               "fr-be": ["dmy_slash", "dmy_slash", "fr_written", "dmy_dot"],
               "en": ["en_written", "us_written", "dmy_slash", "us_slash", "iso", "en_short"]}[c.lang]
    kind = var or r.choice(default)
    if kind == "dmy_dash":
        return f"{d:02d}-{m:02d}-{y}"
    if kind == "dmy_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if kind == "dmy_dot":
        return f"{d:02d}.{m:02d}.{y}"
    if kind == "dmy_short":
        return r.choice([f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d}-{m}-{y % 100:02d}", f"{d:02d}/{m:02d}/{y % 100:02d}"])
    if kind == "nl_written":
        return f"{d} {MONTHS['nl'][m - 1]} {y}"
    if kind == "nl_short":
        return r.choice([f"{d} {MONTHS['nl_short'][m - 1]} '{y % 100:02d}", f"{d} {MONTHS['nl_short'][m - 1]} {y}"])
    if kind == "fr_written":
        return f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"
    if kind == "en_written":
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    if kind == "en_short":
        return f"{d} {MONTHS['en_short'][m - 1]} {y}"
    if kind == "us_written":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if kind == "us_slash":
        return f"{m:02d}/{d:02d}/{y}"
    return f"{y}-{m:02d}-{d:02d}"


def gen_ip(c: Ctx, var: str | None) -> str:
    r = c.rng
    if var == "v6" or (var is None and r.random() < 0.2):
        pre = r.choice(["2a02:a44a", "2001:1c00", "2a02:1812", "2a01:4f8", "2001:4860", "2a10:3781"])
        groups = [f"{r.randint(0, 0xffff):x}" for _ in range(6)]
        if r.random() < 0.4:
            return f"{pre}:{groups[0]}:{groups[1]}::{groups[2]}"
        return f"{pre}:" + ":".join(groups)
    first = r.choice([31, 37, 62, 77, 80, 81, 83, 84, 85, 86, 87, 89, 94, 145, 178, 185, 188, 195, 212, 213, 217])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def gen_custnum(c: Ctx, var: str | None) -> str:
    r = c.rng
    if var == "contract":
        return r.choice(["3", "4", "7"]) + digits(r, 9)
    if var == "be":
        v = digits(r, 10, True)
        return r.choice([v, f"{v[:4]} {v[4:7]} {v[7:]}", f"{v[:1]}.{v[1:4]}.{v[4:7]}.{v[7:]}"])
    if var == "alpha":
        return r.choice(["KL", "C", "CU", "ACC"]) + r.choice(["", "-"]) + digits(r, r.choice([6, 7, 8]), True)
    return digits(r, r.choice([7, 8, 8, 9, 10]), True)


GENERATORS = {
    "password": gen_password, "username": gen_username, "pin": gen_pin, "puk": gen_puk, "otp": gen_otp,
    "wifi_key": gen_wifi, "api_key": gen_api_key, "token": gen_token, "card": gen_card, "cvv": gen_cvv,
    "card_expiry": gen_expiry, "iban": gen_iban, "bsn": gen_bsn, "email": gen_email, "phone": gen_phone,
    "address": gen_address, "date_of_birth": gen_dob, "ip_address": gen_ip, "customer_number": gen_custnum,
}


# --------------------------------------------------------------------------------------------
# hard negatives (clearly non-sensitive look-alikes)
# --------------------------------------------------------------------------------------------

def _event_date(c: Ctx, var: str | None) -> str:
    r = c.rng
    y, m, d = r.choice([2025, 2026, 2026]), r.randint(1, 12), r.randint(1, 28)
    lang = var or c.lang
    if lang in ("nl", "nl-be"):
        return r.choice([f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m - 1]}", f"{d}/{m}",
                         f"{d} {MONTHS['nl_short'][m - 1]} {y}"])
    if lang == "nl_q":
        return f"{DAYS['nl'][r.randrange(7)]} {d} {MONTHS['nl_short'][m - 1]} {y}"
    if lang == "en_q":
        return f"{DAYS['en'][r.randrange(7)]}, {d} {MONTHS['en_short'][m - 1]} {y}"
    if lang == "fr-be":
        return r.choice([f"{d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]}", f"{d} {MONTHS['fr'][m - 1]} {y}"])
    return r.choice([f"{d} {MONTHS['en'][m - 1]}", f"{MONTHS['en_short'][m - 1]} {d}", f"{d}/{m:02d}/{y}",
                     f"{d} {MONTHS['en_short'][m - 1]} {y}"])


def _amount(c: Ctx, var: str | None) -> str:
    r = c.rng
    cur = var or ("gbp" if c.region == "uk" else "usd" if c.region == "us" else "eur")
    euros, cents = r.choice([r.randint(5, 99), r.randint(100, 2500)]), r.randint(0, 99)
    if cur == "eur":
        e = f"{euros:,}".replace(",", ".")
        return r.choice([f"€ {e},{cents:02d}", f"€{e},{cents:02d}", f"{e},{cents:02d} euro", f"€{euros},-",
                         f"EUR {e},{cents:02d}", f"{euros} euro"])
    sym = "£" if cur == "gbp" else "$"
    return r.choice([f"{sym}{euros:,}.{cents:02d}", f"{sym}{euros}", f"{sym} {euros:,}.{cents:02d}"])


def _company_phone(c: Ctx, var: str | None) -> str:
    r = c.rng
    region = c.region
    if region == "nl":
        return r.choice([f"0800-{digits(r, 4)}", f"0800 {digits(r, 4)}", f"088 {digits(r, 3)} {digits(r, 4)}",
                         f"0900-{digits(r, 4)}", f"088-{digits(r, 7)}"])
    if region in ("be", "fr"):
        return r.choice([f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"0800 {digits(r, 2)} {digits(r, 3)}",
                         f"078/{digits(r, 2)}.{digits(r, 2)}.{digits(r, 2)}"])
    if region == "uk":
        return r.choice([f"0800 {digits(r, 3)} {digits(r, 4)}", f"0345 {digits(r, 3)} {digits(r, 4)}",
                         f"0333 {digits(r, 3)} {digits(r, 4)}"])
    return r.choice([f"1-800-{digits(r, 3, True)}-{digits(r, 4)}", f"1 (888) {digits(r, 3, True)}-{digits(r, 4)}"])


def _version(c: Ctx, var: str | None) -> str:
    r = c.rng
    kind = var or r.choice(["ios", "android", "app", "fw", "semver", "ipv"])
    if kind == "ios":
        return f"{r.randint(15, 18)}.{r.randint(0, 6)}" + r.choice(["", f".{r.randint(1, 3)}"])
    if kind == "android":
        return str(r.randint(11, 15))
    if kind == "app":
        return f"{r.randint(3, 12)}.{r.randint(0, 40)}.{r.randint(0, 9)}" + r.choice(["", f" ({r.randint(1000, 9999)})"])
    if kind == "fw":
        return f"{r.randint(1, 8)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(0, 30)}"
    if kind == "ipv":
        return f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1, 9)}"
    if kind == "build":
        return f"{r.randint(21, 24)}{r.choice('ABCDEFG')}{r.randint(100, 999)}"
    return f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 12)}"


def _model(c: Ctx, var: str | None) -> str:
    r = c.rng
    phones = ["SM-G991B", "SM-A546B", "SM-S918B/DS", "iPhone 15 Pro", "iPhone 13 mini", "Pixel 8a", "XT2305-3",
              "CPH2487", "Galaxy A54", "Redmi Note 12", "iPhone SE (2022)", "SM-A136B"]
    modems = ["H369A", "Fritz!Box 7590", "Fritz!Box 7530 AX", "Experia Box v10A", "Connect Box", "TC4400",
              "Archer C6", "Sagemcom F@st 5670", "BBox 3", "SmartWifi pod", "Deco X20", "Hub 2"]
    pool = phones if var == "phone" else modems if var == "modem" else phones + modems
    return r.choice(pool)


def _tracking(c: Ctx, var: str | None) -> str:
    r = c.rng
    return r.choice([f"3S{rs(r, string.ascii_uppercase, 4)}{digits(r, 7)}", f"JVGL{digits(r, 14)}",
                     f"1Z{rs(r, string.ascii_uppercase + string.digits, 6)}{digits(r, 10)}",
                     f"CD{digits(r, 9)}NL", f"LX{digits(r, 9)}NL", f"{digits(r, 14)}",
                     f"JJD{digits(r, 18)}", f"RR{digits(r, 9)}GB"])


def _order(c: Ctx, var: str | None) -> str:
    r = c.rng
    return r.choice([digits(r, 10, True), f"#{digits(r, 7, True)}", f"NL-{digits(r, 7)}", f"{r.randint(2025, 2026)}{digits(r, 6)}",
                     f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}", f"ORD-{digits(r, 6)}", f"B{digits(r, 8)}"])


def _invoice(c: Ctx, var: str | None) -> str:
    r = c.rng
    return r.choice([f"{r.randint(2025, 2026)}-{digits(r, 6)}", f"F{r.randint(2025, 2026)}{digits(r, 6)}",
                     f"INV-{digits(r, 7)}", f"{digits(r, 11, True)}", f"FAC/{r.randint(2025, 2026)}/{digits(r, 5)}"])


def _ticket(c: Ctx, var: str | None) -> str:
    r = c.rng
    return r.choice([f"INC{digits(r, 7)}", f"#{digits(r, 6, True)}", f"CS-{digits(r, 6)}", f"WC-{digits(r, 6)}",
                     f"{digits(r, 8, True)}", f"SR{digits(r, 9)}", f"[#{digits(r, 7, True)}]".strip("[]")])


def _flight(c: Ctx, var: str | None) -> str:
    r = c.rng
    return r.choice(["KL", "HV", "FR", "BA", "SN", "TB", "U2", "LH", "AF", "TO", "W6", "VY"]) + r.choice(["", " "]) + str(r.randint(100, 9999))


def _product(c: Ctx, var: str | None) -> str:
    r = c.rng
    body = r.choice(["871", "541", "400", "590"]) + digits(r, 9)
    tot = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    ean = body + str((10 - tot % 10) % 10)
    return r.choice([ean, f"{digits(r, 3)}.{digits(r, 3)}.{digits(r, 2)}", f"SKU-{digits(r, 6)}",
                     f"{rs(r, string.ascii_uppercase, 3)}-{digits(r, 4)}-{rs(r, string.ascii_uppercase, 2)}"])


def _url(c: Ctx, var: str | None) -> str:
    r = c.rng
    d = c.domain()
    return r.choice([f"https://www.{d}/storingen", f"www.{d}/inloggen", f"https://mijn.{d}", f"{d}/help",
                     f"https://www.{d}/contact?utm_source=x", f"https://{d}/service/wachtwoord-vergeten"])


def _time(c: Ctx, var: str | None) -> str:
    r = c.rng
    h, m = r.randint(7, 23), r.choice([0, 5, 10, 15, 20, 30, 35, 45, 50, 55])
    if c.lang == "en":
        return r.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"])
    return r.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}", f"{h}u{m:02d}" if c.lang != "nl" else f"{h}.{m:02d} uur"])


def _quantity(c: Ctx, var: str | None) -> str:
    r, en, fr = c.rng, c.lang == "en", c.lang == "fr-be"
    n = r.randint(2, 6)
    if var == "speed":
        return f"{r.choice([100, 200, 250, 500, 1000])} {r.choice(['Mbit/s', 'Mbps', 'Mb'])}"
    if var == "times":
        return r.choice([f"{n} times", f"{n}x"]) if en else r.choice([f"{n} fois"]) if fr else r.choice([f"{n}x", f"{n} keer"])
    return r.choice([f"{n} items", f"{n} parcels"]) if en else f"{n} colis" if fr else r.choice([f"{n} stuks", f"{n} pakketten", f"{n}x"])


NEG_GENERATORS = {
    "version_string": _version,
    "model_number": _model,
    "tracking_number": _tracking,
    "order_number": _order,
    "invoice_number": _invoice,
    "ticket_number": _ticket,
    "amount": _amount,
    "date": _event_date,
    "time": _time,
    "company_phone": _company_phone,
    "flight_number": _flight,
    "product_code": _product,
    "url": _url,
    "percentage": lambda c, v: c.rng.choice([f"{c.rng.randint(5, 60)}%", f"{c.rng.randint(5, 60)} %", f"{c.rng.randint(1, 9)},{c.rng.randint(1, 9)}%"]),
    "year": lambda c, v: str(c.rng.randint(1998, 2025)),
    "hashtag": lambda c, v: c.rng.choice(c.pools.hashtags),
    "mention": lambda c, v: c.handle(),
    "error_code": lambda c, v: c.rng.choice([f"E-{c.rng.randint(100, 999)}", f"0x8007{digits(c.rng, 4)}", f"{c.rng.choice([401, 403, 404, 500, 502, 503])}",
                                             f"ERR_{c.rng.randint(1000, 9999)}", f"F{c.rng.randint(10, 99)}"]),
    "meter_reading": lambda c, v: c.rng.choice([f"{c.rng.randint(1000, 99999)}", f"{c.rng.randint(100, 9999)},{c.rng.randint(0, 9)}", f"0{c.rng.randint(1000, 9999)}"]),
    "masked_value": lambda c, v: c.rng.choice(["********", "••••••••", "xxxx-xxxx-xxxx-" + digits(c.rng, 4), "**** **** **** " + digits(c.rng, 4), "NL** **** **** **" + digits(c.rng, 2)]),
    "company_registration": lambda c, v: digits(c.rng, 8, True) if c.region == "nl" else f"0{digits(c.rng, 3)}.{digits(c.rng, 3)}.{digits(c.rng, 3)}" if c.region in ("be", "fr") else f"{digits(c.rng, 8)}",
    "quantity": lambda c, v: _quantity(c, v),
}


def fill_plain(name: str, var: str | None, c: Ctx) -> str:
    r = c.rng
    if name == "first":
        return c.first
    if name == "last":
        return c.last
    if name == "name":
        return c.name
    if name == "brand":
        return c.brand_of(var)
    if name in BRANDS:
        return c.brand_of(name)
    if name == "city":
        return {"nl": lambda: r.choice(c.pools.nl_cities)[0], "be": lambda: r.choice(c.pools.be_cities)[0],
                "fr": lambda: r.choice(c.pools.fr_cities)[0], "uk": lambda: r.choice(c.pools.uk_cities)[0],
                "us": lambda: r.choice(c.pools.us_cities)[0]}[c.region]()
    if name == "agent":
        return r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase + "ae")
    if name == "agentname":
        return r.choice(["Mark", "Lisa", "Demi", "Kevin", "Ilse", "Tim", "Sarah", "Jeroen", "Nadia", "Ruben", "Emily",
                         "Josh", "Chloé", "Arne", "Lotte"])
    if name == "emoji":
        return r.choice(EMOJI)
    if name == "ssid":
        return r.choice([f"Ziggo{digits(r, 7)}", f"KPN{rs(r, 'ABCDEF0123456789', 4)}", f"H369A{rs(r, 'ABCDEF0123456789', 4)}",
                         f"telenet-{rs(r, 'ABCDEF0123456789', 6)}", f"FRITZ!Box 7590 {rs(r, 'ABCDEFGHIJ', 2)}", "Thuis", "TP-Link_5G"])
    if name == "domain":
        return c.domain()
    raise KeyError(name)


# --------------------------------------------------------------------------------------------
# template renderer
# --------------------------------------------------------------------------------------------

CHOICE = re.compile(r"⟨([^⟨⟩]*)⟩")
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([!$]?)(\w+)(?::(\w+))?(?:@(\w+))?\}")

Seg = tuple[str, tuple | None]


def expand(tpl: str, r: random.Random) -> str:
    while True:
        new = CHOICE.sub(lambda m: r.choice(m.group(1).split("|")), tpl, count=1)
        if new == tpl:
            return tpl
        tpl = new


def render(tpl: str, c: Ctx) -> list[Seg]:
    tpl = expand(tpl, c.rng)
    segs: list[Seg] = []
    pos = 0
    for m in PLACEHOLDER.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        pos = m.end()
        tok = m.group(0)
        if tok in ("{{", "}}"):
            segs.append((tok[0], None))
            continue
        sigil, name, var, bind = m.groups()
        nxt = tpl[m.end()] if m.end() < len(tpl) else ""
        if sigil == "$":
            segs.append((fill_plain(name, var, c), None))
            continue
        key = (sigil, name, var, bind)
        if bind and key in c.bound:
            segs.append(c.bound[key])
            continue
        if sigil == "!":
            val, label = NEG_GENERATORS[name](c, var), ("neg", name)
        else:
            if name not in GENERATORS:
                raise KeyError(name)
            for _ in range(200):
                val = GENERATORS[name](c, var)
                if nxt in PUNCT_AFTER and not val[-1].isalnum():
                    continue
                break
            label = ("span", name)
        seg = (val, label)
        if bind:
            c.bound[key] = seg
        segs.append(seg)
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def quote(segs: list[Seg], prefix: str = "> ") -> list[Seg]:
    out: list[Seg] = [(prefix, None)]
    for text, label in segs:
        out.append((text.replace("\n", "\n" + prefix), label))
    return out


def assemble(segs: list[Seg]) -> tuple[str, list[dict], list[dict]]:
    text, spans, negs = [], [], []
    pos = 0
    for val, label in segs:
        if label is not None:
            if label[0] == "span":
                spans.append({"type": label[1], "start": pos, "end": pos + len(val)})
            else:
                negs.append({"kind": label[1], "start": pos, "end": pos + len(val)})
        text.append(val)
        pos += len(val)
    return "".join(text), spans, negs


# --------------------------------------------------------------------------------------------
# message templates: (family, lang, register, text)
#   {type[:variant][@bind]}   sensitive value, labelled as a span of that type
#   {!kind[:variant][@bind]}  hard negative, labelled in "negatives"
#   {$filler}                 plain filler (names, brand, city, emoji ...), not labelled
#   ⟨a|b|c⟩                   pick one alternative (may nest / contain placeholders)
# registers: tweet (public posts), chat (DM-style, also wrapped as e-mail), mail (e-mail only),
#            agent (private agent reply), agentpub (public agent reply)
# --------------------------------------------------------------------------------------------

TEMPLATES: list[tuple[str, str, str, str]] = []


def T(family: str, lang: str, reg: str, *texts: str) -> None:
    for t in texts:
        TEMPLATES.append((family, lang, reg, t))


# ---------------------------------------------------------------- login: username / password
T("login", "nl", "chat",
  "Ik kan niet meer inloggen in de app. Gebruikersnaam {username} en wachtwoord {password}, wat doe ik fout?",
  "inloggen met {username} en ww {password} lukt niet meer sinds de update naar versie {!version_string:app}",
  "inlog {username} pw={password}\nzegt steeds onjuiste gegevens",
  "mijn ⟨wachtwoord|wachtwrd|wachtwood|paswoord|wachtwoordt⟩ is {password} en het werkt gewoon niet??",
  "Hallo, ik heb net mijn wachtwoord veranderd naar {password} maar de app zegt nog steeds dat mijn gegevens onjuist zijn.",
  "Gebruikersnaam: {username}\nWachtwoord: {password}\n\nKunnen jullie kijken waarom mijn account geblokkeerd is?",
  "Heb het wachtwoord al 3x gereset. Nieuwe is nu {password}. Nog steeds foutmelding {!error_code}.",
  "Mijn zoon heeft het account ooit aangemaakt, de login is {username} en het wachtwoord is {password} denk ik",
  "Ik log in met mijn e-mailadres {email} en het wachtwoord {password}, dat heb ik nergens anders gebruikt",
  "kan niet inloggen, {username} {password} klopt toch gewoon?? {$emoji}",
  "inlognaam {username}\nww {password}",
  "Mijn oude wachtwoord was {password@a}, het nieuwe is {password}. Geen van beide werkt in Mijn {$brand}.",
  "gebruikersnaam {username} wachtwoord {password} ik word er gek van",
  "Als het helpt: ik gebruik {username} als inlognaam, ⟨ww|wachtw.|pw⟩ {password}",
  "Sinds {!date} kom ik er niet meer in. Ingelogd met {username} / {password}, steeds 'account vergrendeld'.",
  "Voor de volledigheid mijn credentials: {username}:{password}",
  "De medewerker aan de telefoon zei dat ik het tijdelijke wachtwoord {password} moest gebruiken maar dat is al verlopen",
  "Mijn moeder ({!year} geboren, geen computermens) probeert in te loggen met {username} en paswoord {password}. Kunnen jullie meekijken?",
  "app zegt wachtwoord onjuist. {password} is echt mijn wachtwoord hoor, heb het net nog opgeschreven",
  "Heb een nieuw wachtwoord aangemaakt: {password}\nMaar de bevestigingsmail komt niet aan.",
  "Wachtwoord vergeten-link werkt niet ({!error_code}). Mijn laatste wachtwoord was volgens mij {password}",
  "ik heb t wachtwoord veranderd in {password} kunnen jullie het zien of het gelukt is",
  "username {username}\npassword {password}\nsinds iOS {!version_string:ios} op mijn {!model_number:phone} lukt het niet",
  "Inloggen op de website lukt wel, in de app niet. Zelfde gegevens: {username} en {password}.",
  )
T("login", "nl", "tweet",
  "{$brand} ik kan al 2 dagen niet inloggen met {username} {password} wat is er aan de hand?! {$emoji}",
  "Lekker dan, app versie {!version_string:app} en ik kom niet meer in mijn account. Niks veranderd aan mijn wachtwoord. {!hashtag}",
  )
T("login", "nl-be", "chat",
  "Ik geraak niet meer binnen in Mijn {$telco}. Mijn login is {username} en paswoord {password}.",
  "Ge moogt eens kijken aub, mijn paswoord is {password}, gebruiker {username}",
  "Ik heb mijn paswoord gewijzigd naar {password} maar de app blijft zeggen dat het fout is, wat moet ik nu doen",
  "login: {username} - paswoord: {password} - werkt al sinds {!date} niet meer",
  "Mijn paswrd {password} wordt niet aanvaard, nochtans juist getypt",
  )
T("login", "en", "chat",
  "Can't log in to my account. Username is {username} and password {password}. Please help!",
  "my ⟨passwrod|pasword|password|pwd⟩ is {password} and it keeps saying invalid credentials",
  "login: {username}\npass: {password}",
  "I've tried {username} with {password} about 10 times now, app version {!version_string:app} on a {!model_number:phone}",
  "user/pass {username}/{password} - locked out since {!date}",
  "Hi, I reset my password to {password} but the website still says my account is locked.",
  "Here are my details so you can check: username {username}, password {password}",
  "I use {email} to sign in, password is {password}. Nothing works since the update.",
  "Tried logging in as {username} (pw {password}) and got error {!error_code}",
  "your app logged me out and now {password} doesn't work anymore?? it's the same password I've always used",
  "The temporary password you sent me ({password}) has expired, can you send a new one",
  "credentials are {username} / {password} if that helps",
  "My login name is {username} and my password is {password}. I'm 78 and my grandson set it up, please be patient with me.",
  )
T("login", "en", "tweet",
  "Been locked out of my {$bank} account for 3 days. Yes I know my password, it's {password} ffs {$emoji}",
  "Can't log in since the {!version_string:ios} update, Face ID fails and password reset link is broken. {!hashtag}",
  )
T("login", "fr-be", "chat",
  "Bonjour, je n'arrive plus à me connecter. Identifiant : {username} mot de passe : {password}",
  "mon mdp c'est {password} et ça marche pas depuis la mise à jour",
  "J'ai changé mon mot de passe en {password} mais l'application refuse toujours. Mon identifiant est {username}.",
  "Login {username} / mot de passe {password}, compte bloqué depuis le {!date}",
  )

# ---------------------------------------------------------------- SIM PIN / PUK, bank PIN, app PIN
T("pinpuk", "nl", "chat",
  "Mijn telefoon vraagt om een PUK-code. Ik heb 3x de verkeerde pincode ingevoerd. Mijn simpin was toch {pin}?",
  "PUK is {puk} maar hij zegt ongeldig",
  "Ik heb de pukcode van het simkaarthouder-kaartje overgenomen: {puk}. Nu vraagt hij een nieuwe pin, mag ik gewoon weer {pin} doen?",
  "⟨pincdoe|pincode|pin code|pinkode⟩ van mijn pas is {pin}, de automaat slikt hem niet",
  "Mijn pinpas doet het niet bij de supermarkt, pincode {pin} klopt echt want bij de geldautomaat werkt hij wel",
  "sim pin {pin}, puk {puk}. nummer {phone}",
  "Nieuwe simkaart ontvangen maar de pin {pin} die op de brief staat werkt niet, en PUK {puk} ook niet",
  "De app vraagt steeds om mijn vijfcijferige code, ik gebruik {pin:5} en dat is echt goed",
  "Mijn ⟨app-pincode|inlogcode van de app|pincode voor de app⟩ is {pin:5}, die heb ik gisteren nog gebruikt.",
  "Kan ik mijn pincode ({pin}) laten resetten? Hij is geblokkeerd na 3 pogingen.",
  "puk code {puk}\nsimkaart geblokkeerd, telefoon is een {!model_number:phone}",
  "Telefoon na update naar Android {!version_string:android} opnieuw opgestart en nu vraagt hij pin. Ik heb {pin} geprobeerd, zit nu op laatste poging",
  "op het plastic kaartje staat PUK1 {puk} en PIN1 {pin}, welke moet ik hebben",
  "Mijn pincode is {pin} en mijn pas is vandaag aangekomen maar ik heb hem nog niet geactiveerd",
  "Ik heb een nieuwe pas gekregen en de pincode {pin} uit de brief werkt niet",
  )
T("pinpuk", "nl", "tweet",
  "{$telco} simkaart geblokkeerd en jullie chat is dicht. PUK {puk} werkt niet. Wat nu?? {$emoji}",
  "Pinpas geweigerd bij de kassa, {!amount} boodschappen laten staan. Top {$bank} {!hashtag}",
  )
T("pinpuk", "nl-be", "chat",
  "Mijn bankkaart is geblokkeerd na 3x foute pincode. De juiste is {pin}, hoe deblokkeer ik dat?",
  "ik heb de puk {puk} ingetikt maar nu vraagt hij nog iets anders",
  "Mijn pincode is {pin}, ik heb hem niet veranderd en toch werkt mijn kaart niet aan de automaat in {$city}",
  "Simkaart gekregen in de winkel, pukcode {puk}, maar gsm zegt 'SIM geblokkeerd'",
  )
T("pinpuk", "en", "chat",
  "Phone is asking for a PUK code, the SIM card holder says PUK {puk}. Do I type it in as is?",
  "My card PIN is {pin} and the cashpoint keeps rejecting it",
  "Locked my SIM. PIN was {pin}. What's the PUK for {phone}?",
  "The app passcode I set is {pin:6} but it says incorrect",
  "I entered PUK {puk} and now it says enter new PIN. Can I just use {pin} again?",
  "Card was declined at the ATM even though the PIN ({pin}) is correct. Happened at {!time} today.",
  "new debit card arrived, pin {pin} from the letter doesn't work",
  )
T("pinpuk", "fr-be", "chat",
  "Mon code PIN est {pin} mais la carte est bloquée",
  "code PUK : {puk}, ça ne fonctionne pas",
  "J'ai tapé 3 fois le mauvais code. Le bon code pin c'est {pin}. Comment je débloque ma carte SIM ?",
  "Le code PUK {puk} écrit sur le support de la carte SIM ne marche pas",
  )

# ---------------------------------------------------------------- one-time codes
T("otp", "nl", "chat",
  "Ik krijg een sms met code {otp} maar de app zegt dat die verlopen is",
  "De verificatiecode is {otp:spaced}, wat moet ik daar nu mee?",
  "sms code {otp} werkt niet",
  "Ik heb net code {otp} gekregen terwijl ik niks heb aangevraagd, is dit oplichting?",
  "Iemand belde namens de bank en vroeg naar de code uit de sms ({otp}). Ik heb hem gegeven {$emoji} wat moet ik doen",
  "Eenmalige code: {otp}",
  "hier is ie: {otp:spaced}",
  "bevestigingscode {otp:4} komt niet door, heb hem 3x ingevoerd",
  "Ik kreeg deze sms: 'Uw verificatiecode voor {$bank} is: {otp}. Deel deze code met niemand.' Is die echt van jullie?",
  "Code uit de mail was {otp} maar na invullen krijg ik foutcode {!error_code}",
  "De sms-code {otp:dash} werd niet geaccepteerd, ik heb hem binnen een minuut ingevuld",
  "Kreeg om {!time} een code ({otp}) en om {!time} nog een ({otp@b}), welke moet ik gebruiken?",
  "{otp} is de code die ik kreeg",
  "activatiecode {otp} voor de nieuwe sim",
  )
T("otp", "nl-be", "chat",
  "Ik heb een sms'je gekregen met code {otp}, maar ik had niks aangevraagd. Is dat normaal?",
  "De code {otp:spaced} die ik per sms kreeg werkt niet in de app",
  )
T("otp", "en", "chat",
  "\"Your verification code is {otp}.\" - got this text out of nowhere, does it mean someone is trying to log in?",
  "I got the one-time passcode {otp} but it expired before I could type it in",
  "OTP {otp:dash}",
  "Got a text saying {otp:google} is your Google verification code, I never asked for it",
  "The code you sent was {otp:spaced}. Still says invalid.",
  "security code from the text: {otp}",
  "someone called me pretending to be from {$bank} and I read out the code {otp} to them. Please block my account!!",
  "2FA code {otp} not accepted, tried 3 times within 30 seconds",
  )
T("otp", "fr-be", "chat",
  "J'ai reçu le code {otp} par SMS mais il ne marche pas",
  "code de vérification : {otp:spaced}",
  "Quelqu'un m'a appelé au nom de la banque et je lui ai donné le code {otp}. Que dois-je faire ?",
  )

# ---------------------------------------------------------------- wifi keys
T("wifi", "nl", "chat",
  "Het wifi-wachtwoord op de sticker ({wifi_key}) werkt niet op mijn laptop",
  "netwerksleutel {wifi_key} wordt niet geaccepteerd, modem is een {!model_number:modem}",
  "Ik heb de WPA-sleutel veranderd naar {wifi_key} en nu kan de tv niet meer verbinden",
  "wifi {$ssid} / {wifi_key} en toch geen verbinding",
  "de code op de achterkant van het modem is {wifi_key}, en toch zegt hij verkeerd wachtwoord",
  "wifi ww {wifi_key}",
  "Mijn buren zitten op mijn wifi denk ik. Kan ik de sleutel {wifi_key} veranderen via de app?",
  "Het wachtwoord van mijn wifi ({$ssid}) is {wifi_key}, na de firmware-update naar {!version_string:fw} werkt het niet meer",
  "Wifi-code van het nieuwe modem: {wifi_key} — mijn printer pakt hem niet",
  "Ik heb wifinetwerk {$ssid} en sleutel {wifi_key} ingevoerd op de Chromecast maar hij blijft zoeken",
  "Op de sticker staat Wi-Fi key: {wifi_key}\nklopt dat of is dat iets anders?",
  )
T("wifi", "nl-be", "chat",
  "Mijn wifi-paswoord {wifi_key} werkt niet meer sinds de technieker is langs geweest",
  "Het paswoord van de wifi op het stickertje is {wifi_key} maar mijn gsm wil niet verbinden",
  )
T("wifi", "en", "chat",
  "The wifi password on the sticker is {wifi_key} but my phone won't connect",
  "WPA key {wifi_key} not accepted on my {!model_number:phone}",
  "network key: {wifi_key}",
  "I changed the wifi password to {wifi_key} and now the smart meter display has gone offline",
  "Router is a {!model_number:modem}, wifi name {$ssid}, password {wifi_key}. Kids can't get on since {!time}.",
  )
T("wifi", "fr-be", "chat",
  "La clé wifi {wifi_key} ne marche pas",
  "le mot de passe wifi sur l'autocollant : {wifi_key}, mais le décodeur ne se connecte pas",
  )

# ---------------------------------------------------------------- developer keys and tokens
T("devkeys", "nl", "chat",
  "Onze webshop geeft foutmelding {!error_code} bij het afrekenen. We gebruiken API key {api_key:stripe_sk}, klopt die nog?",
  "Hierbij de key zoals gevraagd: {api_key}",
  "We krijgen 401 terug met header Authorization: Bearer {token:jwt}",
  "onze koppeling werkt niet meer, token {token:hex40}",
  "consumer key {api_key:ck} en secret {api_key:cs} — WooCommerce zegt 'invalid signature'",
  "Deze AWS keys stonden per ongeluk in een mail naar jullie, kunnen jullie die verwijderen? {api_key:akia} secret {api_key:aws_secret}",
  "Sinds versie {!version_string:semver} van jullie plugin werkt de betaalmodule niet. Live key: {api_key:pf}",
  "Voor de koppeling met ons kassasysteem gebruiken we sleutel {api_key:api}. Webhook naar {!url} komt niet aan.",
  "Access token uit het dashboard: {token}",
  "Mijn developer heeft deze token gestuurd: {token:ghp}. Moet ik die bij jullie invullen?",
  )
T("devkeys", "en", "chat",
  "Integration broke after your update to v{!version_string:semver}. Our live key is {api_key:stripe_sk}.",
  "curl -H \"Authorization: Bearer {token}\" returns 403 since this morning",
  "Here's my GitHub token so your support engineer can check the repo: {token:ghp}",
  "the slack bot token is {token:xoxb}, the notifications stopped on {!date}",
  "aws_access_key_id = {api_key:akia}\naws_secret_access_key = {api_key:aws_secret}",
  "Our publishable key {api_key:stripe_pk} works but the secret one ({api_key:stripe_sk}) gets rejected",
  "session token: {token:hex32}",
  "API key: {api_key:generic}\nOrders endpoint returns {!error_code}",
  "We rotated our key to {api_key} yesterday and now every webhook fails.",
  "Is this token still valid? {token:jwt}",
  "sendgrid key {api_key:sendgrid} - no emails going out from our shop",
  "Maps stopped loading on our store locator, key is {api_key:google}",
  "GitLab token {token:glpat} for the deploy job",
  )
T("devkeys", "fr-be", "chat",
  "Notre clé API {api_key} ne fonctionne plus depuis le {!date}",
  "Le jeton d'accès {token} renvoie une erreur {!error_code}",
  )

# ---------------------------------------------------------------- payment cards
T("card", "nl", "chat",
  "Er is {!amount} afgeschreven van mijn creditcard {card} maar ik heb niks besteld",
  "Kaartnummer {card}, geldig tot {card_expiry}, de 3 cijfers achterop zijn {cvv}",
  "Mijn creditcard {card} ({card_expiry}) werd geweigerd bij het boeken van vlucht {!flight_number}",
  "kaart {card}, {card_expiry}, cvc {cvv}",
  "ik wil betalen met {card} exp {card_expiry} code achterop {cvv}",
  "De betaling van bestelling {!order_number} lukt niet met mijn visa {card}",
  "Hierbij mijn creditcardgegevens voor de borg: {card} vervaldatum {card_expiry} beveiligingscode {cvv}",
  "Ik zie 2x een afschrijving van {!amount} op kaart {card}. Kunnen jullie er 1 terugboeken?",
  "{card} {card_expiry} {cvv}",
  "nieuwe creditcard is {card}, de oude is geblokkeerd. verloopt {card_expiry}",
  "mijn mastercard nummer {card:mc} wordt steeds afgewezen bij jullie webshop, foutcode {!error_code}",
  )
T("card", "en", "chat",
  "Card number {card}, expiry {card_expiry}, security code {cvv}. Please take the payment now.",
  "My Amex {card:amex} keeps getting declined at checkout",
  "I was charged twice on {card}! Order {!order_number}, {!amount} each time.",
  "card {card} cvv {cvv} exp {card_expiry}",
  "Please update my payment card to {card} ({card_expiry}), CVC {cvv}",
  "The card ending... actually here's the full number: {card}, valid thru {card_expiry}",
  "visa {card:visa}\nexp {card_expiry}\nsec code {cvv}",
  )
T("card", "fr-be", "chat",
  "Ma carte {card} expire le {card_expiry}, cryptogramme {cvv}",
  "Le paiement de {!amount} a été refusé avec la carte {card}",
  )
T("card", "nl-be", "chat",
  "Mijn kredietkaart {card} werd geweigerd, vervaldatum {card_expiry}, controlecode {cvv}",
  )

# ---------------------------------------------------------------- IBAN
T("iban", "nl", "chat",
  "Kunnen jullie het bedrag van {!amount} terugstorten op {iban}? T.n.v. {$name}",
  "Mijn nieuwe rekeningnummer is {iban}, willen jullie de incasso daarop zetten?",
  "IBAN: {iban}",
  "Het geld mag naar {iban:lower} graag",
  "Rekening {iban:nl_spacedcc}",
  "Graag de termijnbedragen voortaan van {iban} afschrijven in plaats van mijn oude rekening {iban@old}",
  "Ik ben overgestapt naar een andere bank, nieuwe IBAN {iban:nl_compact}",
  "De terugbetaling van {!amount} voor order {!order_number} is nog steeds niet op mijn rekening ({iban}) gestort",
  "rekeningnr {iban} tnv {$name}",
  "Stort het maar op {iban}, dan is het klaar",
  "Mijn zoon betaalt voortaan de rekening, zijn IBAN is {iban}",
  "Jullie hebben {!amount} te veel afgeschreven van {iban}, factuur {!invoice_number}",
  )
T("iban", "nl-be", "chat",
  "Gelieve terug te storten op {iban:be}",
  "mijn rekeningnummer is {iban:be}, op naam van {$name}",
  "Het voorschot van {!amount} mag voortaan van {iban:be} gedomicilieerd worden",
  )
T("iban", "fr-be", "chat",
  "Veuillez rembourser sur mon compte {iban:be}",
  "Mon IBAN : {iban}",
  "La domiciliation doit passer sur le compte {iban:be_grouped} au nom de {$name}",
  )
T("iban", "en", "chat",
  "Please refund the {!amount} to {iban:gb}",
  "My IBAN is {iban:de} (German account, I moved there last year)",
  "Bank details for the refund: {$name}, IBAN {iban}",
  "You can pay the compensation into {iban:fr}",
  )

# ---------------------------------------------------------------- BSN and date of birth
T("personal", "nl", "chat",
  "Gegevens: {$name} {date_of_birth} {bsn}",
  "Mijn BSN is {bsn} en ik ben geboren op {date_of_birth:nl_written}",
  "ik ben van {date_of_birth:dmy_dash}, dus ik val toch onder de jongerenkorting?",
  "geb datum {date_of_birth:dmy_short}",
  "Burgerservicenummer: {bsn}\nGeboortedatum: {date_of_birth}",
  "sofinummer {bsn}",
  "Voor de zorgverzekering van mijn dochter: BSN {bsn}, geboren {date_of_birth}",
  "Naam: {$name}\nGeb.datum: {date_of_birth}\nBSN: {bsn}\nKlantnummer: {customer_number}",
  "mijn bsn nummer is {bsn:dots}",
  "Geboren op {date_of_birth:nl_written}, dus ik ben geen {!year} hoor, dat staat verkeerd in jullie systeem",
  "Ter verificatie: {date_of_birth} en mijn burgerservicenr {bsn}",
  "Mijn geboortedatum klopt niet in de app. Het moet {date_of_birth} zijn.",
  "BSN {bsn:spaces} (zie ook de bijlage met mijn paspoort)",
  )
T("personal", "nl-be", "chat",
  "Mijn geboortedatum is {date_of_birth}, dat staat verkeerd op mijn contract",
  "ik ben geboren op {date_of_birth:nl_written} voor de verificatie",
  )
T("personal", "en", "chat",
  "DOB {date_of_birth} if you need it for verification",
  "My date of birth is {date_of_birth:us_written}",
  "born {date_of_birth}, the policy says I'm 10 years older lol",
  "For security: {$name}, D.O.B. {date_of_birth:dmy_slash}, postcode is in my profile",
  )
T("personal", "fr-be", "chat",
  "né le {date_of_birth:fr_written}",
  "date de naissance : {date_of_birth:dmy_slash}",
  "Je suis née le {date_of_birth}, votre système indique une autre date",
  )

# ---------------------------------------------------------------- contact details
T("contact", "nl", "chat",
  "Bel me even terug op {phone}",
  "Mijn nieuwe nummer is {phone}, kunnen jullie dat aanpassen?",
  "Je kunt me mailen op {email}",
  "Verhuisd naar {address}. Graag de post daarheen.",
  "Bezorgadres is {address} maar het pakket {!tracking_number} ligt volgens de app bij de buren",
  "Mijn vaste nummer {phone:nl_land} doet het al 3 dagen niet",
  "tel {phone:nl_dots}",
  "contact: {email} / {phone}",
  "U kunt mij het beste na {!time} bellen op {phone}",
  "Mijn e-mailadres is gewijzigd naar {email}, het oude werkt niet meer",
  "Ik woon op {address:nl_street}, daar is sinds vanochtend geen stroom",
  "Adres van de aansluiting: {address}",
  "Graag een monteur sturen naar {address}, ik ben {!date} de hele dag thuis",
  "bel mij ff {phone}",
  "Mijn schoonmoeder heeft geen mail, haar nummer is {phone}",
  "Stuur de nieuwe simkaart naar {address} aub",
  "Je kunt mij bereiken op {phone} of via {email}",
  "hoi ik ben verhuisd van {address@old} naar {address}, moet ik dat zelf doorgeven?",
  )
T("contact", "nl", "tweet",
  "{$brand} al 3 dagen geen internet in {$city}!! Bel me gewoon: {phone} {!hashtag}",
  "Waarom krijg ik geen antwoord op mijn mail? Ik ben bereikbaar op {email} {$emoji}",
  "{$brand} bezorger zegt pakket {!tracking_number} afgeleverd op {address:nl_street}, niks gezien. {!hashtag}",
  "Storing op {address:nl_street} en omgeving, hele straat zonder stroom sinds {!time} {$emoji}",
  )
T("contact", "nl-be", "chat",
  "Ge kunt mij altijd bellen op {phone}",
  "Mijn adres is {address}, daar moet de technieker naartoe",
  "Mijn gsm-nummer is veranderd, het nieuwe is {phone}",
  "mail mij op {email} aub, bellen lukt niet tijdens de werkuren",
  )
T("contact", "fr-be", "chat",
  "Vous pouvez me rappeler au {phone}",
  "Ma nouvelle adresse : {address}",
  "Merci de m'envoyer la facture à {email}",
  "Le technicien doit venir au {address}, je suis là à partir de {!time}",
  )
T("contact", "en", "chat",
  "Please call me back on {phone}",
  "You can reach me at {phone} after {!time}",
  "New address: {address}",
  "ship it to {address} please",
  "email me at {email}, I can't do phone calls at work",
  "Moved house last month, new address is {address}. Still getting letters at the old one.",
  "My mobile number changed to {phone}, can you update it on the account?",
  "my wife's number is {phone} if you can't reach me",
  )
T("contact", "en", "tweet",
  "{$brand} been on hold 55 minutes. Call me back: {phone} {$emoji}",
  "Parcel {!tracking_number} marked delivered to {address:street}. It was NOT. {!hashtag}",
  "Power's been out on {address:street} since {!time}. Any ETA? {$emoji}",
  )

# ---------------------------------------------------------------- customer / contract numbers
T("custnum", "nl", "chat",
  "Mijn klantnummer is {customer_number}",
  "klantnr {customer_number}, factuur {!invoice_number} klopt niet",
  "Contractnummer: {customer_number:contract}",
  "Klantnummer {customer_number} — ik betaal {!amount} per maand terwijl jullie {!amount@b} beloofden",
  "Mijn ⟨klantnummer|klant nummer|klantnr.|klant nr⟩ {customer_number} en het gaat om de afrekening van {!date}",
  "contractnummer {customer_number:contract} wil ik opzeggen per {!date}",
  "Ik ben klant sinds {!year}, klantnummer {customer_number:alpha}",
  "klantnummer: {customer_number}\nmeterstand: {!meter_reading}",
  )
T("custnum", "nl", "tweet",
  "{$brand} ik wacht al 6 weken op mijn terugbetaling, klantnr {customer_number}. {!hashtag}",
  )
T("custnum", "nl-be", "chat",
  "mijn klantennummer is {customer_number:be}",
  "Klantnummer {customer_number:be}, de afrekening van {!amount} klopt niet",
  )
T("custnum", "fr-be", "chat",
  "numéro de client {customer_number:be}",
  "Mon numéro client est le {customer_number:be}, facture {!invoice_number}",
  )
T("custnum", "en", "chat",
  "Customer number {customer_number}. Bill {!invoice_number} is wrong",
  "account number {customer_number:alpha} — still no refund of {!amount}",
  "My account no. is {customer_number}, I want to cancel",
  "customer ref {customer_number:alpha}",
  )

# ---------------------------------------------------------------- customer IP addresses
T("ip", "nl", "chat",
  "Mijn IP-adres is {ip_address}, kunnen jullie zien of ik geblokkeerd ben?",
  "whatismyip zegt {ip_address}, router firmware {!version_string:fw}. Toch geen internet",
  "traceroute loopt vast na mijn eigen ip {ip_address}",
  "Ik heb een vast IP nodig, nu krijg ik steeds een ander, vandaag {ip_address}",
  "Jullie site blokkeert mij, mijn ipv6 is {ip_address:v6}",
  "De game server zegt dat {ip_address} geband is, dat is mijn ip thuis",
  )
T("ip", "en", "chat",
  "my public IP is {ip_address} and your site says access denied",
  "Your firewall blocked my IP {ip_address} after 3 wrong logins",
  "IPv6 address on the router status page: {ip_address:v6}",
  "Connected from {ip_address}, speed test shows {!quantity:speed} but I pay for more",
  )
T("ip", "fr-be", "chat",
  "Mon adresse IP est {ip_address}, le site me bloque",
  )

# ---------------------------------------------------------------- several kinds in one message
T("multi", "nl", "chat",
  "Hallo, ik wil mijn abonnement overzetten. Naam {$name}, geboren {date_of_birth}, adres {address}, IBAN {iban}. Bel me op {phone} als er iets mist.",
  "Gegevens voor de overstap:\nNaam: {$name}\nAdres: {address}\nTel: {phone}\nE-mail: {email}\nIBAN: {iban}",
  "Hoi! Nieuwe sim ontvangen. PIN {pin} PUK {puk}. Telefoonnummer {phone}. Klantnummer {customer_number}. Hij doet het niet.",
  "Ik ben opgelicht. Ze hebben mijn inloggegevens ({username} / {password}) en de sms-code {otp} gekregen. Mijn rekening is {iban}, snel blokkeren aub!!",
  "klantnummer {customer_number} | {email} | {phone}",
  "Ik wil de rekening van mijn overleden vader ({$name}, BSN {bsn}) laten opheffen. Ik ben zijn dochter, bereikbaar op {phone}.",
  "Inloggen lukt niet met {email} en wachtwoord {password}. Mijn klantnummer is {customer_number}, postcode en huisnummer: {address:nl_line}",
  "Betaal de schade maar uit op {iban}. Polisnummer weet ik niet, maar mijn geboortedatum is {date_of_birth}.",
  "wifi naam {$ssid} wachtwoord {wifi_key}, modem {!model_number:modem}, klantnummer {customer_number}, en het werkt al sinds {!date} niet",
  )
T("multi", "nl-be", "chat",
  "Ik wil verhuizen met mijn internet. Nieuw adres: {address}. Klantennummer {customer_number:be}, gsm {phone}.",
  )
T("multi", "en", "chat",
  "Hi, to confirm my identity: {$name}, DOB {date_of_birth}, address {address}, phone {phone}. Please cancel the order {!order_number}.",
  "I got scammed. They have my card ({card}, exp {card_expiry}) and the code {otp} that you sent. Account email {email}.",
  "Switching to direct debit: {iban}. Customer no {customer_number}. Reach me on {phone}.",
  "login {username} pw {password} pin {pin} — I'm writing them here because I keep forgetting, please delete after",
  )
T("multi", "fr-be", "chat",
  "Bonjour, voici mes coordonnées : {$name}, {address}, tél. {phone}, e-mail {email}. Numéro client {customer_number:be}.",
  "Mon compte {iban:be} a été débité deux fois de {!amount}. Vous pouvez me joindre au {phone}.",
  )

# ---------------------------------------------------------------- cue words without values (no PII)
T("cue_nopii", "nl", "chat",
  "Ik ben mijn wachtwoord vergeten, hoe kan ik het resetten?",
  "Waar vind ik de PUK-code van mijn simkaart?",
  "Jullie vragen via de mail om mijn BSN?? Dat geef ik echt niet zomaar.",
  "Ik krijg geen sms-code binnen om in te loggen",
  "Wat is het wifi-wachtwoord van het modem? Er zit geen sticker op.",
  "Mijn pinpas is ingeslikt bij de automaat in {$city}",
  "Kan ik mijn IBAN wijzigen in de app?",
  "Hoe verander ik de pincode van mijn simkaart?",
  "Mijn klantnummer weet ik niet meer, kan ik ook zonder inloggen?",
  "wachtwoord: {!masked_value} staat er in de app, maar ik weet niet wat het is",
  "Ik moet een verificatiecode invullen maar die komt niet. Ik heb het al {!quantity:times} geprobeerd.",
  "Moet ik mijn geboortedatum doorgeven om te verifiëren? Staat toch al in jullie systeem",
  "Is het veilig om mijn creditcardnummer via WhatsApp te sturen?",
  "Mijn token voor de digipas is kapot, hoe kom ik aan een nieuwe?",
  "Waar vind ik mijn API key in het dashboard?",
  "Welke netwerksleutel moet ik gebruiken, die van de sticker of die uit de app?",
  "Hallo, mijn wachtwoord werkt niet meer na de update naar {!version_string:app}. Ik heb niks veranderd.",
  "Ik heb 3x een verkeerde pincode ingetoetst, hoe lang duurt het voor de pas weer werkt?",
  "Kunnen jullie mijn telefoonnummer uit het systeem halen? Ik wil niet meer gebeld worden.",
  "creditcard eindigt op {!masked_value}, is die afschrijving van {!amount} van jullie?",
  )
T("cue_nopii", "nl", "tweet",
  "Wachtwoord vergeten, reset-mail komt niet aan, chat is dicht. Hoe dan {$brand}? {!hashtag}",
  "Sms-code komt niet binnen en zonder code kan ik niks. {$emoji} {!hashtag}",
  "{$brand} vraagt om je pincode via de telefoon?? Is dat echt of phishing?",
  )
T("cue_nopii", "nl-be", "chat",
  "Ik ben mijn paswoord kwijt, hoe kan ik een nieuw aanvragen?",
  "Waar vind ik mijn klantennummer op de factuur?",
  "Mijn pincode is geblokkeerd, moet ik naar het kantoor komen?",
  )
T("cue_nopii", "en", "chat",
  "I forgot my password, how do I reset it?",
  "Where do I find the PUK code for my SIM?",
  "Why are you asking for my date of birth over the phone? Is that normal?",
  "No verification code arriving, tried {!quantity:times}",
  "What's the default wifi password on the new router? There's no sticker.",
  "How do I change my card PIN?",
  "Can I give you my card number over chat or is that unsafe?",
  "Do you need my account number or is my email enough?",
  "password field shows {!masked_value}, I don't remember setting it",
  "Where can I regenerate my API token?",
  )
T("cue_nopii", "en", "tweet",
  "Third password reset this week and still locked out. {$emoji} {!hashtag}",
  "Is this text asking for my PIN legit, {$bank}? Looks like a scam",
  )
T("cue_nopii", "fr-be", "chat",
  "J'ai oublié mon mot de passe, comment le réinitialiser ?",
  "Où trouver le code PUK de ma carte SIM ?",
  "Je ne reçois pas le code de vérification par SMS",
  "Mon code PIN est bloqué, que faire ?",
  )

# ---------------------------------------------------------------- hard negatives, no PII
T("neg", "nl", "chat",
  "Sinds de update naar iOS {!version_string:ios} crasht de app bij het openen. Telefoon: {!model_number:phone}",
  "Bestelling {!order_number} van {!date} is nog steeds niet binnen. Track & trace: {!tracking_number}",
  "Factuur {!invoice_number} is {!amount} terwijl het {!amount@x} hoort te zijn",
  "Vlucht {!flight_number} van {!time} is geannuleerd, wat nu?",
  "Mijn modem ({!model_number:modem}, firmware {!version_string:fw}) valt elke avond rond {!time} uit",
  "{!percentage} korting werd niet verrekend op artikel {!product_code}",
  "Ordernummer {!order_number}. Ik heb {!quantity:items} besteld maar er zat er maar 1 in de doos.",
  "De monteur zou {!date} tussen {!time} en {!time} komen. Niemand geweest.",
  "Mijn meterstand is {!meter_reading}, maar op de jaarafrekening staat iets heel anders",
  "Het termijnbedrag gaat van {!amount} naar {!amount} per {!date}, dat is {!percentage} meer!",
  "Ik krijg foutcode {!error_code} als ik wil betalen met iDEAL",
  "Pakket {!tracking_number} staat al ⟨3|4|6|9⟩ dagen op 'gesorteerd'",
  "Retour aangemeld op {!date}, retourlabel {!tracking_number}, nog geen geld terug ({!amount})",
  "Mijn tv-ontvanger geeft melding {!error_code} en de app zit op versie {!version_string:app}",
  "Artikelnummer {!product_code}, kast kwam beschadigd aan",
  "Wij zitten met ⟨4|5|6⟩ personen op de vlucht {!flight_number} op {!date} en de stoelen zijn niet naast elkaar",
  "Mijn bagage is niet aangekomen met {!flight_number}. Tagnummer op de sticker: {!tracking_number}",
  "Ik heb op {!date} om {!time} gebeld en toen werd mij {!amount} compensatie beloofd",
  "Router firmware is {!version_string:ipv}, moet ik updaten?",
  "De app op mijn {!model_number:phone} met Android {!version_string:android} blijft hangen bij het opstarten",
  "Ik ben al klant sinds {!year} en dit is de derde storing deze maand",
  "Ik zie op {!url} dat er een storing is, maar er staat geen tijd bij wanneer het is opgelost",
  "Hoi, ik heb vanmorgen gebeld (ticket {!ticket_number}) maar nog niks gehoord",
  "Laatste jaarafrekening: {!amount} bijbetalen, voorschot was {!amount@v}. Hoe kan dat?",
  "Storing in {$city} sinds {!time}, ik zie op de storingskaart niks",
  )
T("neg", "nl", "tweet",
  "{$brand} al ⟨5|8|10|12⟩ dagen wachten op mijn pakket {!tracking_number} {$emoji} {!hashtag}",
  "Weer vertraging op {!flight_number}, {!time} nog steeds aan de gate. {!hashtag}",
  "{!percentage} prijsverhoging per {!date}? Dag {$brand} {$emoji}",
  "App crasht sinds update {!version_string:app} {!hashtag}",
  "Thuiswerken met een {!quantity:speed} abonnement en dan dit. {!hashtag} {$emoji}",
  "Hé {$brand}, jullie site {!url} ligt eruit. {!hashtag}",
  "Factuur van {!amount} voor 1 maand internet?? {$emoji} {!hashtag}",
  )
T("neg", "nl-be", "chat",
  "Mijn decoder geeft code {!error_code} sinds de update naar {!version_string:fw}",
  "Bestelnummer {!order_number}, de levering was voorzien voor {!date} tussen {!time} en {!time}",
  "De afrekening van {!amount} klopt niet, vorig jaar was het {!amount@b}",
  )
T("neg", "nl-be", "tweet",
  "Al ⟨3|4|5⟩ dagen geen internet in {$city}. Merci {$brand} {!hashtag}",
  )
T("neg", "en", "chat",
  "Since updating to iOS {!version_string:ios} the app won't open on my {!model_number:phone}",
  "Order {!order_number} placed on {!date}, tracking {!tracking_number} hasn't moved",
  "Flight {!flight_number} at {!time} was cancelled and I was rebooked for {!date}",
  "Invoice {!invoice_number} shows {!amount} but my plan is {!amount@p} a month",
  "Router {!model_number:modem}, firmware {!version_string:fw}, drops every night",
  "Got error {!error_code} trying to pay, tried {!quantity:times}",
  "Ticket {!ticket_number} was closed without anyone contacting me",
  "I've been a customer since {!year} and this is how you treat me?",
  "Price went up {!percentage} from {!date}, where was the notice?",
  "Item {!product_code} arrived broken. Can I get a replacement?",
  )
T("neg", "en", "tweet",
  "{!flight_number} delayed again, {!time} and still no gate {$emoji} {!hashtag}",
  "{!quantity:items} missing from order {!order_number}, {$brand} sort it out {!hashtag}",
  "Still no internet, ⟨3|4|5⟩ days now {$emoji} {!hashtag}",
  "Your app v{!version_string:semver} logs me out every 5 minutes {!hashtag}",
  )
T("neg", "fr-be", "chat",
  "Depuis la mise à jour {!version_string:app} l'application plante",
  "Commande {!order_number} du {!date}, toujours rien reçu. Suivi : {!tracking_number}",
  "Le vol {!flight_number} de {!time} a été annulé",
  "Facture {!invoice_number} de {!amount}, c'est beaucoup trop",
  )
T("neg", "fr-be", "tweet",
  "Toujours pas de connexion à {$city} depuis {!time} {$emoji} {!hashtag}",
  )

# ---------------------------------------------------------------- bare values (a reply to "what is your ...?")
T("bare", "nl", "chat",
  "{iban}", "{phone}", "{email}", "{address}", "{card} {card_expiry}", "{iban:lower}", "{email} graag",
  "dit is m: {iban}", "{phone:nl_intl}", "{address:nl_line}\n{phone}", "ok: {email}", "{card}",
  )
T("bare", "en", "chat", "mobile {phone}", "{email} is the one on the account", "address is {address}",
  "{card}\n{card_expiry}\n{cvv}", "{iban} thanks", "it's {email}")
T("bare", "nl-be", "chat", "gsm: {phone}", "{iban:be}", "adres: {address}")
T("bare", "fr-be", "chat", "mon gsm {phone}", "{email} merci", "{iban:be_compact}")

# ---------------------------------------------------------------- more public posts and typo'd cues
T("login", "nl", "tweet",
  "Wachtwoord gereset naar {password} en NOG kom ik er niet in {$brand} {$emoji}",
  "Hoe moeilijk kan het zijn {$brand}?? gebruikersnaam {username} staat gewoon in jullie systeem",
  )
T("login", "en", "tweet",
  "{$brand} your app says my password is wrong. It's literally {password}, I just typed it in! {$emoji}",
  )
T("login", "nl", "chat",
  "ww: {password}", "pw: {password} (met hoofdletter)", "wachtwoord={password}", "Paswoord is {password} gebruikersnaam is {username}",
  "psw {password}", "mn wachtwoord {password}",
  )
T("pinpuk", "nl", "chat",
  "pincod {pin} werkt niet", "Puk: {puk}", "pinkode van de simkaart: {pin}", "PIN {pin} / PUK {puk}",
  )
T("pinpuk", "en", "chat", "pin no. {pin}", "PUK code {puk} - it says 'PUK blocked' now??")
T("otp", "nl", "tweet",
  "{$bank} ik krijg steeds sms'jes met code {otp} terwijl ik niks doe. Wie probeert in te loggen?? {$emoji}",
  )
T("otp", "en", "tweet",
  "Just got a text with code {otp} from {$bank} and I didn't request anything. Scam? {$emoji}",
  )
T("contact", "en", "tweet",
  "{$brand} nobody has called me back in 4 days. {phone}. Try again. {!hashtag}",
  "still waiting on my refund, email me at {email} instead of ignoring me {$emoji}",
  )
T("contact", "nl-be", "tweet",
  "{$brand} al 2 weken wachten op een technieker. Bel mij terug op {phone} aub {$emoji}",
  )
T("contact", "fr-be", "tweet",
  "{$brand} ça fait 3 jours sans internet. Rappelez-moi au {phone} {$emoji}",
  )
T("card", "nl", "tweet",
  "{$brand} dubbel afgeschreven van mijn creditcard {card}!! Wie gaat dit terugboeken {$emoji}",
  )
T("card", "en", "tweet",
  "Charged {!amount} twice on my card {card}, {$brand} sort it out {!hashtag}",
  )
T("wifi", "nl", "chat",
  "wifi-sleutel staat op de sticker: {wifi_key} (met streepjes?)", "WPA2 key {wifi_key}",
  )
T("personal", "nl", "chat",
  "ik ben geb. {date_of_birth:dmy_short}", "Geboortedatum {date_of_birth:nl_written}, BSN {bsn:dots}",
  )
T("personal", "en", "chat", "Date of birth: {date_of_birth:iso}", "dob {date_of_birth:en_short}")
T("neg", "nl", "chat",
  "Ik heb een {!model_number:modem} met firmware {!version_string:ipv}, is dat de nieuwste?",
  "Moet ik {!amount} of {!amount@q} betalen? Op de site staat {!percentage} korting tot {!date}.",
  "Trein gemist door vertraging van {!flight_number}, {!time} geland i.p.v. {!time}.",
  )

# ---------------------------------------------------------------- agent replies
T("agent", "nl", "agent",
  "Hoi {$first}, bedankt voor je bericht! Ik heb je nummer aangepast naar {phone}. Je krijgt binnen 24 uur een bevestiging op {email}. Groet, {$agentname}",
  "Hi {$first}, ik zie dat er op {!date} {!amount} is afgeschreven. Ik heb het bedrag teruggestort op {iban}, dat kan tot 3 werkdagen duren. ^{$agent}",
  "Dag {$first}, de monteur komt {!date} tussen {!time} en {!time} naar {address}. Komt het niet uit? Bel ons op {!company_phone}. Ticketnummer: {!ticket_number}",
  "Hoi {$first}, je hebt je wachtwoord in je bericht gezet. Wijzig het voor de zekerheid meteen via {!url}. Wij vragen nooit om je wachtwoord of pincode. ^{$agent}",
  "Bedankt {$first}. Ik heb je klantnummer {customer_number} gevonden. Factuur {!invoice_number} wordt gecrediteerd. ^{$agent}",
  "Je PUK-code vind je in de app onder 'Mijn simkaart'. Lukt dat niet? Bel dan gratis {!company_phone}. ^{$agent}",
  "Hoi {$first}, ik heb een terugbelverzoek ingepland op {phone} voor {!date} rond {!time}. Groetjes, {$agentname}",
  "We sturen de nieuwe simkaart naar {address}. Klopt dat adres nog? ^{$agent}",
  "Hoi {$first}, vervelend! Wil je ons je klantnummer en postcode + huisnummer sturen? Deel nooit je wachtwoord of pincode, ook niet met ons. ^{$agent}",
  "Ik heb pakket {!tracking_number} nagevraagd bij de vervoerder, het wordt {!date} opnieuw aangeboden. ^{$agent}",
  "Dank je, {$first}. Voor de controle: je geboortedatum is {date_of_birth} en je woont op {address}? Dan pas ik het contract aan. ^{$agent}",
  "Ik zie dat je creditcard {!masked_value} is geweigerd door de bank. Probeer het nog eens of kies voor iDEAL. ^{$agent}",
  "Hoi {$first}, de storing in {$city} is opgelost sinds {!time}. Herstart je modem ({!model_number:modem}) even als het nog niet werkt. ^{$agent}",
  "Top, ik heb het IBAN {iban} genoteerd voor de maandelijkse incasso. Vanaf {!date} wordt het bedrag van {!amount} daarvan afgeschreven. ^{$agent}",
  "Je e-mailadres is gewijzigd naar {email}. Je oude adres ontvangt nog een melding ter controle. ^{$agent}",
  )
T("agent", "nl", "agentpub",
  "Hoi {$first}, wat vervelend! Stuur je ons even een DM met je postcode en huisnummer? Dan kijken we met je mee. ^{$agent}",
  "Hi {$first}, haal je wachtwoord even snel weg uit je bericht en wijzig het via {!url}. Stuur ons een DM, dan helpen we je verder. ^{$agent}",
  "Er is een storing in {$city}, onze monteurs zijn ermee bezig. Verwachte oplostijd: {!time}. Volg {!url} voor updates. ^{$agent}",
  "Sorry voor het wachten, {$first}! Bel gerust {!company_phone}, we zijn tot {!time} bereikbaar. ^{$agent}",
  "Balen {$first}! Vlucht {!flight_number} is helaas vertraagd. Je kunt kosteloos omboeken via {!url}. ^{$agent}",
  "Hoi {$first}, je pakket {!tracking_number} is onderweg en wordt {!date} bezorgd. ^{$agent}",
  )
T("agent", "nl-be", "agent",
  "Dag {$first}, de technieker komt langs op {!date} tussen {!time} en {!time} op {address}. Groetjes, {$agentname}",
  "Hallo {$first}, bel ons gerust op {!company_phone} (gratis), dan deblokkeren we je kaart meteen. ^{$agent}",
  "Dag {$first}, we hebben je gsm-nummer aangepast naar {phone}. Nog een fijne dag! {$agentname}",
  )
T("agent", "nl-be", "agentpub",
  "Dag {$first}, sorry voor het ongemak! Stuur ons een privébericht met je klantennummer, dan bekijken we het. ^{$agent}",
  )
T("agent", "en", "agent",
  "Hi {$first}, thanks for confirming. I've updated your contact number to {phone} and your email to {email}. Ref {!ticket_number}. ^{$agent}",
  "Hi {$first}, I've processed a refund of {!amount} to the card ending {!masked_value}. Please allow 3-5 working days. ^{$agent}",
  "Hi {$first}, for your security please delete the message with your card details and call us on {!company_phone} so we can block the card. ^{$agent}",
  "Thanks {$first}. We've booked an engineer visit to {address} on {!date}, between {!time} and {!time}. ^{$agent}",
  "Hi {$first}, I can see account {customer_number}. The outage in your area should be fixed by {!time}. ^{$agent}",
  "Hi {$first}, I've sent a new SIM to {address}. It should arrive in 2-3 days. ^{$agent}",
  "Thanks {$first}, just to confirm, we'll call you back on {phone} tomorrow after {!time}. ^{$agent}",
  )
T("agent", "en", "agentpub",
  "Sorry to hear that, {$first}! Can you DM us your postcode and account number so we can take a look? ^{$agent}",
  "Hi {$first}, please never share your PIN or password publicly. Could you delete that tweet and DM us instead? ^{$agent}",
  "We're aware of an issue affecting {$city}. Engineers are on site; updates at {!url}. ^{$agent}",
  "Hi {$first}, {!flight_number} is currently expected to depart at {!time}. Sorry for the wait! ^{$agent}",
  )
T("agent", "fr-be", "agent",
  "Bonjour {$first}, nous avons bien reçu votre demande ({!ticket_number}). Le remboursement de {!amount} sera versé sur {iban:be}. Cordialement, {$agentname}",
  "Bonjour {$first}, ne partagez jamais votre code PIN. Appelez-nous au {!company_phone}. ^{$agent}",
  "Bonjour {$first}, le technicien passera le {!date} entre {!time} et {!time} au {address}. ^{$agent}",
  )
T("agent", "fr-be", "agentpub",
  "Bonjour {$first}, désolés pour la gêne ! Envoyez-nous un message privé avec votre numéro client. ^{$agent}",
  )

# ---------------------------------------------------------------- longer e-mail bodies
T("mail", "nl", "mail",
  "Hierbij maak ik bezwaar tegen factuur {!invoice_number} van {!date} ter hoogte van {!amount}. Ik woon sinds {!year} op {address} en heb op dit adres nooit een tweede aansluiting gehad. Graag ontvang ik een gecorrigeerde factuur.",
  "Naar aanleiding van ons telefoongesprek van {!date} stuur ik u hierbij de gevraagde gegevens:\n\nNaam: {$name}\nGeboortedatum: {date_of_birth}\nKlantnummer: {customer_number}\nIBAN: {iban}\n\nIk hoop dat het hiermee snel geregeld is.",
  "Op {!date} heb ik een bestelling geplaatst (ordernummer {!order_number}) ter waarde van {!amount}. Volgens de track & trace ({!tracking_number}) is het pakket afgeleverd, maar ik heb niets ontvangen. Ook de buren hebben niets aangenomen. Wilt u het bedrag terugstorten op {iban}?",
  "Mijn vader, {$name}, is op {!date} overleden. Ik wil graag zijn contract met nummer {customer_number:contract} beëindigen. Hij was geboren op {date_of_birth}. Correspondentie graag naar mijn adres: {address}. Telefonisch ben ik bereikbaar op {phone}.",
  "Sinds de overstap naar het nieuwe modem ({!model_number:modem}) heb ik elke avond storing. Ik heb de firmware bijgewerkt naar {!version_string:fw} en het modem {!quantity:times} gereset. Het wifi-wachtwoord heb ik ook veranderd, nu is het {wifi_key}, maar dat maakt geen verschil.",
  "Vorige maand ben ik verhuisd van {address@old} naar {address}. Ondanks mijn verhuismelding van {!date} komen de facturen nog steeds op het oude adres. Wilt u dit aanpassen? Mijn klantnummer is {customer_number}.",
  "Ik heb een aanmaning ontvangen voor een bedrag van {!amount}, terwijl ik dit op {!date} al heb betaald vanaf rekening {iban}. In de bijlage vindt u het betaalbewijs.",
  "Graag wil ik mijn zorgverzekering per {!date} wijzigen. Hieronder de gegevens van mijn partner die wordt meeverzekerd:\n\n{$name}\nBSN: {bsn}\nGeboortedatum: {date_of_birth}",
  "Ik kan sinds {!date} niet meer inloggen op de website. Ik heb al {!quantity:times} een nieuw wachtwoord aangevraagd, maar de mail komt niet aan. Mijn gebruikersnaam is {username}. Kunt u het account handmatig ontgrendelen?",
  )
T("mail", "nl-be", "mail",
  "Hierbij wil ik de afrekening {!invoice_number} van {!amount} betwisten. Ik woon sinds {!year} op {address} en mijn verbruik is niet veranderd. Gelieve het teveel betaalde terug te storten op {iban:be}.",
  "Graag had ik mijn contract overgezet naar mijn nieuwe adres: {address}. Mijn klantennummer is {customer_number:be}. Ge kunt mij bereiken op {phone}.",
  )
T("mail", "en", "mail",
  "Further to my call on {!date}, please find below the information you asked for:\n\nFull name: {$name}\nDate of birth: {date_of_birth}\nAccount number: {customer_number}\nAddress: {address}\n\nI trust this is enough to close the matter.",
  "I wish to dispute a charge of {!amount} on my card {card} dated {!date}. I did not authorise this transaction and have never used your service. Please refund it and confirm in writing.",
  "I am writing about my flight {!flight_number} on {!date}, which was delayed by more than five hours. Under the regulations I am entitled to compensation. Please pay it into {iban:gb}.",
  "Since the upgrade to {!version_string:ios} on {!date} your app logs me out every few minutes. I have reinstalled it {!quantity:times}. My username is {username} in case you need to look at the logs.",
  "We moved from {address@old} to {address} on {!date} and the final bill still went to the old address. Please update our account ({customer_number}) and send a corrected statement.",
  )
T("mail", "fr-be", "mail",
  "Suite à notre conversation téléphonique du {!date}, je vous transmets mes coordonnées bancaires pour le remboursement de {!amount} : IBAN {iban:be}. Mon numéro client est le {customer_number:be}.",
  "Je conteste la facture {!invoice_number} du {!date}. J'habite au {address} depuis {!year} et je n'ai jamais eu de second compteur. Vous pouvez me joindre au {phone}.",
  )

# ---------------------------------------------------------------- wrappers (dealt per half too)
GREETINGS = {
    "nl": ["Geachte heer/mevrouw,", "Beste {$brand},", "Hallo,", "Goedemiddag,", "Beste medewerker,", "Hoi,",
           "Geachte klantenservice,", "Goedemorgen,"],
    "nl-be": ["Beste,", "Dag,", "Geachte,", "Hallo {$brand},", "Goeiemiddag,", "Beste klantendienst,"],
    "fr-be": ["Bonjour,", "Madame, Monsieur,", "Bonjour {$brand},", "Bonsoir,"],
    "en": ["Dear Sir or Madam,", "Hi,", "Hello {$brand} team,", "To whom it may concern,", "Hi there,",
           "Dear {$brand},"],
}
CLOSINGS = {
    "nl": ["Met vriendelijke groet,", "Mvg,", "Groet,", "Alvast bedankt,", "Vriendelijke groeten,", "Groetjes,"],
    "nl-be": ["Met vriendelijke groeten,", "Mvg,", "Groetjes,", "Alvast bedankt,"],
    "fr-be": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,"],
    "en": ["Kind regards,", "Thanks,", "Best,", "Regards,", "Many thanks,", "Yours faithfully,"],
}
SIGNATURES = {
    "nl": ["{$name}", "{$name}\n{address:sig}", "{$name}\n{address:sig}\n{phone}", "{$first}\n\nVerzonden vanaf mijn iPhone",
           "{$name}\nTel: {phone}\nE-mail: {email}", "{$first} {$last}\nM {phone}",
           "{$name}\n{address:sig}\nT: {phone:nl_land}\nM: {phone:nl_mobile}", "{$name}\n\nVerstuurd vanaf mijn Samsung Galaxy-smartphone.",
           "{$first}", "{$name}\n{address:sig}\n{email}"],
    "nl-be": ["{$name}\n{address:sig}\ngsm {phone}", "{$name}", "{$first}\n\nVerzonden vanaf mijn iPhone", "{$name}\nTel. {phone}",
              "{$name}\n{address:sig}"],
    "fr-be": ["{$name}\n{address:sig}\nGSM : {phone}", "{$first}\n\nEnvoyé de mon iPhone", "{$name}", "{$name}\nTél. {phone}"],
    "en": ["{$name}\n{address:sig}\n{phone}", "{$first}\n\nSent from my iPhone", "{$name}\nMobile: {phone}", "{$name}",
           "{$first}", "{$name}\n{address:sig}", "{$name}\n{email} | {phone}", "{$first}\n\nSent from Outlook for Android"],
}
QUOTE_HEADERS = {
    "nl": ["Op {!date:nl_q} om {!time} schreef {$brand} Klantenservice:", "{$brand} Klantenservice schreef op {!date:nl_q} {!time}:",
           "Op {!date:nl_q}, om {!time} heeft {$brand} het volgende geschreven:"],
    "nl-be": ["Op {!date:nl_q} om {!time} schreef {$brand} Klantendienst:", "{$brand} schreef op {!date:nl_q}:"],
    "fr-be": ["Le {!date} à {!time}, Service clientèle {$brand} a écrit :", "{$brand} a écrit le {!date} :"],
    "en": ["On {!date:en_q} at {!time}, {$brand} Customer Care wrote:", "On {!date:en_q}, {$brand} Support wrote:"],
}
OWN_QUOTE_HEADERS = {  # the customer's own earlier message, quoted inside the agent's reply
    "nl": ["Op {!date:nl_q} om {!time} schreef {$name} <{email@me}>:", "{$name} schreef op {!date:nl_q} {!time}:"],
    "nl-be": ["Op {!date:nl_q} om {!time} schreef {$name} <{email@me}>:", "{$name} <{email@me}> schreef:"],
    "fr-be": ["Le {!date} à {!time}, {$name} <{email@me}> a écrit :", "{$name} a écrit :"],
    "en": ["On {!date:en_q} at {!time}, {$name} <{email@me}> wrote:", "{$name} wrote:"],
}
OUTLOOK_HEADERS = {
    "nl": ["-----Oorspronkelijk bericht-----\nVan: {$brand} Klantenservice\nVerzonden: {!date:nl_q} {!time}\nAan: {$name} <{email@me}>\nOnderwerp: RE: uw vraag",
           "-----Original Message-----\nFrom: Klantenservice {$brand}\nSent: {!date:en_q} {!time}\nTo: {email@me}\nSubject: RE: Uw vraag [{!ticket_number}]"],
    "en": ["-----Original Message-----\nFrom: {$brand} Customer Service\nSent: {!date:en_q} {!time}\nTo: {$name} <{email@me}>\nSubject: RE: your enquiry",
           "________________________________\nFrom: {$brand} Support\nSent: {!date:en_q} {!time}\nTo: {email@me}\nSubject: Re: Case {!ticket_number}"],
}
FILLERS = {
    "nl": ["Ik ben al sinds {!year} klant en heb nooit eerder problemen gehad, maar de afgelopen maanden gaat het echt mis.",
           "Vorige week heb ik ook al gebeld. Na lang wachten werd ik doorverbonden en daarna viel de verbinding weg.",
           "Ik werk vanuit huis en heb de verbinding echt nodig, dus ik hoop op een snelle oplossing.",
           "In de bijlage stuur ik een schermafbeelding van de foutmelding ({!error_code}).",
           "Het gaat om de factuur van {!date} met nummer {!invoice_number}, bedrag {!amount}.",
           "Eerder kreeg ik de toezegging dat het binnen 5 werkdagen geregeld zou zijn. Dat is inmiddels ruim twee weken geleden.",
           "Mocht u nog vragen hebben, dan hoor ik het graag.",
           "Ik verwacht binnen 14 dagen een reactie, anders dien ik een klacht in bij de geschillencommissie.",
           "Mijn telefoon is een {!model_number:phone} met de laatste update ({!version_string:ios}).",
           "Excuses voor de lange mail, maar ik wil dat het in één keer duidelijk is.",
           "Ik heb het ook al via de chat geprobeerd (referentie {!ticket_number}), maar daar kwam ik niet verder.",
           "Ik vind het eerlijk gezegd onbegrijpelijk dat een bedrijf van jullie omvang dit niet beter geregeld heeft. Ik ben elke keer een halve middag kwijt aan bellen, chatten en mailen, en elke medewerker vertelt me weer iets anders. De ene keer moet ik het modem resetten, de andere keer ligt het aan mijn eigen apparatuur.",
           "Voor de duidelijkheid zet ik de gebeurtenissen even op een rij. Op {!date} meldde ik het probleem voor het eerst. Op {!date} kwam er een monteur, die niets kon vinden. Sindsdien is het alleen maar erger geworden en heb ik nog steeds geen oplossing.",
           "Ik ga ervan uit dat de kosten voor de periode waarin ik geen gebruik kon maken van de dienst worden gecrediteerd. Het gaat mij niet eens zozeer om het geld, maar om het principe.",
           "Zoals gezegd ben ik niet zo handig met computers, dus als het kan zou ik graag gebeld worden in plaats van dat ik allerlei formulieren moet invullen op de website."],
    "nl-be": ["Ik ben al klant sinds {!year} en heb nog nooit zoveel problemen gehad.",
              "Vorige week heb ik al gebeld, maar niemand heeft mij teruggebeld.",
              "Het gaat over de factuur {!invoice_number} van {!amount}.",
              "Alvast bedankt om dit snel op te volgen.",
              "Ik heb het modem al een paar keer heropgestart, zonder resultaat.",
              "Ik vind het echt niet normaal dat ik als trouwe klant zo lang moet wachten op een oplossing. Elke keer als ik bel krijg ik iemand anders aan de lijn en moet ik heel het verhaal opnieuw doen.",
              "De technieker die op {!date} is langsgekomen zei dat het probleem buiten aan de kabel lag, maar sindsdien heb ik niets meer gehoord."],
    "fr-be": ["Je suis client depuis {!year} et je n'ai jamais eu de problème jusqu'à présent.",
              "J'ai déjà appelé le {!date} mais personne ne m'a recontacté.",
              "Il s'agit de la facture {!invoice_number} d'un montant de {!amount}.",
              "Je vous remercie de traiter ma demande rapidement.",
              "Vous trouverez en pièce jointe une capture d'écran de l'erreur {!error_code}.",
              "Je trouve inadmissible qu'un client fidèle doive attendre aussi longtemps. À chaque appel, je tombe sur un autre conseiller et je dois tout réexpliquer depuis le début.",
              "Le technicien venu le {!date} m'a dit que le problème se situait au niveau du câble extérieur, mais depuis je n'ai plus aucune nouvelle."],
    "en": ["I've been a loyal customer since {!year} and I'm frankly disappointed with how this has been handled.",
           "I called on {!date} and was told someone would get back to me within 48 hours. Nobody did.",
           "Please find attached a screenshot of the error ({!error_code}).",
           "This concerns invoice {!invoice_number} dated {!date} for {!amount}.",
           "I look forward to hearing from you at your earliest convenience.",
           "If this isn't resolved within 14 days I will be raising it with the ombudsman.",
           "Apologies for the long email, I wanted to put everything in one place.",
           "I also raised this on live chat (ref {!ticket_number}) but got nowhere.",
           "To summarise what has happened so far: I first reported the fault on {!date}. An engineer was booked for {!date} but never turned up, and when I called to ask why, I was told there was no record of the appointment at all.",
           "I appreciate that your agents are probably under a lot of pressure, but I have now spent several hours on the phone and nobody seems to take ownership of the problem. I would like a single point of contact who can see this through.",
           "I expect the charges for the period without service to be refunded in full, and I would also like an explanation of why the problem took this long to diagnose."],
}
SUBJECTS = {
    "nl": ["Klacht", "Storing", "Wijziging gegevens", "Re: uw vraag [{!ticket_number}]", "Factuur {!invoice_number}",
           "Vraag over mijn account", "Opzegging", "Terugbetaling"],
    "nl-be": ["Klacht", "Afrekening", "Verhuis", "Re: uw vraag"],
    "fr-be": ["Réclamation", "Facture {!invoice_number}", "Déménagement", "Re: votre demande"],
    "en": ["Complaint", "Refund request", "Account update", "Re: Case {!ticket_number}", "Billing query",
           "Outage", "Cancellation"],
}
CHAT_OPENERS = {
    "nl": ["Hoi, ", "Hallo\n", "Goedemorgen, ", "Hallo {$brand},\n", "hi ", "Goedenavond. ", "Hey, ", "Beste {$brand}, "],
    "nl-be": ["Dag, ", "Hallo\n", "Goeiemorgen, ", "Hey ", "Dag {$brand}, "],
    "fr-be": ["Bonjour, ", "Bonsoir\n", "Salut, ", "Bonjour {$brand}, "],
    "en": ["Hi, ", "Hello\n", "Hey ", "Good morning, ", "Hi {$brand}, ", "hiya "],
}
CHAT_CLOSERS = {
    "nl": ["\nGroetjes {$first}", " Alvast bedankt!", "\nmvg {$name}", " {$emoji}", "\n\nGr. {$first}", " Dank je!"],
    "nl-be": ["\nMvg, {$first}", " Merci!", " Alvast bedankt", " {$emoji}"],
    "fr-be": ["\nMerci, {$first}", " Merci d'avance", " {$emoji}", "\nBonne journée"],
    "en": ["\nThanks, {$first}", " Cheers", " thx", " {$emoji}", "\n\n{$first}", " Thank you!"],
}
TWEET_TAILS = [" {!hashtag}", " {$emoji}", " {$emoji}{$emoji}", "", "", " {!hashtag} {!hashtag}"]
AGENT_MAIL_FOOTERS = {
    "nl": ["Met vriendelijke groet,\n\n{$agentname}\nKlantenservice {$brand}\n{!company_phone} | {!url}",
           "Hartelijke groet,\n{$agentname} | Team Webcare {$brand}\nBel ons: {!company_phone} (ma-vr 8-20 uur)\nKvK {!company_registration}"],
    "nl-be": ["Met vriendelijke groeten,\n{$agentname}\nKlantendienst {$brand}\n{!company_phone}",
              "Vriendelijke groeten,\n{$agentname} - {$brand}\n{!url}\nOndernemingsnummer {!company_registration}"],
    "fr-be": ["Cordialement,\n{$agentname}\nService clientèle {$brand}\n{!company_phone}",
              "Bien à vous,\n{$agentname} | {$brand}\n{!url}\nN° d'entreprise {!company_registration}"],
    "en": ["Kind regards,\n{$agentname}\n{$brand} Customer Care\n{!company_phone} | {!url}",
           "Best wishes,\n{$agentname}, {$brand} Support Team\nCall us free on {!company_phone}\nCompany no. {!company_registration}"],
}
AGENT_MAIL_GREETINGS = {
    "nl": ["Beste {$first},", "Hallo {$first},", "Geachte heer/mevrouw {$last},"],
    "nl-be": ["Beste {$first},", "Dag {$first},"],
    "fr-be": ["Bonjour {$first},", "Madame, Monsieur,"],
    "en": ["Dear {$first},", "Hi {$first},", "Dear Mr/Ms {$last},"],
}


# --------------------------------------------------------------------------------------------
# assembling messages
# --------------------------------------------------------------------------------------------

_dupes = [t for t, n in Counter(t[3] for t in TEMPLATES).items() if n > 1]
assert not _dupes, _dupes

FAMILY_WEIGHTS = {
    "login": 70, "pinpuk": 50, "otp": 50, "wifi": 40, "devkeys": 55, "bare": 25, "card": 50, "iban": 50, "personal": 45,
    "contact": 80, "custnum": 45, "ip": 25, "multi": 45, "cue_nopii": 120, "neg": 190, "agent": 100, "mail": 70,
}
DM_CHANNELS = (["whatsapp"] * 30 + ["messenger"] * 20 + ["x_dm"] * 15 + ["instagram_dm"] * 15 + ["telegram"] * 5)


def split_templates(half: str) -> dict[str, list[tuple[str, str, str]]]:
    """Group by (family, lang, register), order groups by name and members by hash, deal alternately."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for fam, lang, reg, text in TEMPLATES:
        groups.setdefault((fam, lang, reg), []).append(text)
    out: dict[str, list[tuple[str, str, str]]] = {}
    turn = 0
    for key in sorted(groups):
        for text in sorted(groups[key], key=_digest):
            if HALVES[turn % 2] == half:
                out.setdefault(key[0], []).append((key[1], key[2], text))
            turn += 1
    return out


def deal_dict(d: dict[str, list[str]], half: str) -> dict[str, list[str]]:
    out = {}
    for lang, items in d.items():
        assert len(items) >= 2, (lang, items)
        out[lang] = deal(items, half)
    return out


class Half:
    def __init__(self, half: str, seed: int):
        self.half = half
        self.rng = random.Random(f"{seed}:{half}")
        self.pools = Pools(half)
        self.templates = split_templates(half)
        self.greetings = deal_dict(GREETINGS, half)
        self.closings = deal_dict(CLOSINGS, half)
        self.signatures = deal_dict(SIGNATURES, half)
        self.quote_headers = deal_dict(QUOTE_HEADERS, half)
        self.outlook = deal_dict(OUTLOOK_HEADERS, half)
        self.own_headers = deal_dict(OWN_QUOTE_HEADERS, half)
        self.fillers = deal_dict(FILLERS, half)
        self.subjects = deal_dict(SUBJECTS, half)
        self.openers = deal_dict(CHAT_OPENERS, half)
        self.closers = deal_dict(CHAT_CLOSERS, half)
        self.agent_footers = deal_dict(AGENT_MAIL_FOOTERS, half)
        self.agent_greetings = deal_dict(AGENT_MAIL_GREETINGS, half)
        self.tweet_tails = deal(TWEET_TAILS, half)
        self.used_templates: set[str] = set()
        self.tweets = [t for ts in self.templates.values() for t in ts if t[1] == "tweet"]

    def pick(self, family: str, lang: str | None = None, regs: tuple[str, ...] | None = None):
        cands = [t for t in self.templates.get(family, []) if (lang is None or t[0] == lang) and (regs is None or t[1] in regs)]
        if not cands:
            return None
        t = self.rng.choice(cands)
        self.used_templates.add(t[2])
        return t

    # ------------------------------------------------------------------ wrappers
    def email(self, c: Ctx, body: list[Seg]) -> list[Seg]:
        r, lang = self.rng, c.lang
        segs: list[Seg] = []
        if r.random() < 0.4:
            segs += render(("Onderwerp: " if lang in ("nl", "nl-be") and r.random() < .7 else "Objet : " if lang == "fr-be" else "Subject: ")
                           + r.choice(self.subjects[lang]) + "\n\n", c)
        segs += render(r.choice(self.greetings[lang]) + "\n\n", c)
        fillers = r.sample(self.fillers[lang], min(len(self.fillers[lang]), 4))
        if r.random() < 0.5:
            segs += render(fillers.pop() + " ", c)
        segs += body
        for _ in range(min(len(fillers), r.choice([1, 1, 2, 2, 3]))):
            segs += render("\n\n" + fillers.pop(), c)
        segs += render("\n\n" + r.choice(self.closings[lang]) + "\n" + r.choice(["", "\n"]) + r.choice(self.signatures[lang]), c)
        if r.random() < 0.55:
            agent = self.pick("agent", lang, ("agent",))
            if agent:
                earlier: list[Seg] = []
                if r.random() < 0.5:
                    earlier = render("\n\n" + r.choice(self.agent_footers[lang]), c)
                if r.random() < 0.4:
                    prev = self.pick(r.choice(list(FAMILY_WEIGHTS)), lang, ("chat",))
                    if prev:
                        earlier += render("\n\n" + r.choice(self.own_headers[lang]) + "\n", c)
                        earlier += quote(render(prev[2], c))
                if lang in self.outlook and r.random() < 0.4:
                    segs += render("\n\n" + r.choice(self.outlook[lang]) + "\n\n", c) + render(agent[2], c) + earlier
                else:
                    segs += render("\n\n" + r.choice(self.quote_headers[lang]) + "\n", c) + quote(render(agent[2], c) + earlier)
        return segs

    def make(self, idx: int) -> dict:
        r = self.rng
        if r.random() < 0.15:  # extra public posts, drawn across all families
            lang, reg, text = r.choice(self.tweets)
            self.used_templates.add(text)
        else:
            family = r.choices(list(FAMILY_WEIGHTS), weights=list(FAMILY_WEIGHTS.values()))[0]
            lang, reg, text = self.pick(family)
        c = Ctx(r, self.pools, lang)
        body = render(text, c)
        if reg == "tweet":
            channel = r.choices(["x_public", "facebook_comment", "x_dm", "instagram_dm"], [60, 25, 10, 5])[0]
            segs: list[Seg] = []
            if channel == "x_public" and r.random() < 0.75:
                segs += render("{!mention} ", c)
            segs += body + render(r.choice(self.tweet_tails), c)
        elif reg in ("chat", "mail"):
            channel = "email" if reg == "mail" or r.random() < 0.2 else r.choice(DM_CHANNELS)
            if reg == "chat" and r.random() < 0.12:
                extra = self.pick(r.choice(list(FAMILY_WEIGHTS)), lang, ("chat",))
                if extra:
                    body = body + render(r.choice(["\n", "\n\n", " ", "\nOh en ", "\nPS "]) if lang == "nl" else r.choice(["\n", "\n\n", " "]), c) + render(extra[2], c)
            if channel == "email":
                segs = self.email(c, body)
            else:
                segs = []
                if r.random() < 0.4:
                    segs += render(r.choice(self.openers[lang]), c)
                segs += body
                if r.random() < 0.35:
                    segs += render(r.choice(self.closers[lang]), c)
        else:  # agent replies
            channel = "agent_reply"
            if reg == "agent" and r.random() < 0.3:
                stripped = re.sub(r"^(Hoi|Hi|Dag|Hallo|Bonjour) \{\$first\}, ", "", text)
                if stripped != text:
                    body = render(stripped[0].upper() + stripped[1:], c)
                segs = (render(r.choice(self.agent_greetings[lang]) + "\n\n", c) + body
                        + render("\n\n" + r.choice(self.agent_footers[lang]), c))
            else:
                segs = body
        text, spans, negs = assemble(segs)
        visibility = "public" if channel in PUBLIC_CHANNELS or reg == "agentpub" else "private"
        return {"id": f"blind-{self.half}-{idx:05d}", "channel": channel, "lang": lang, "visibility": visibility,
                "text": text, "spans": spans, "negatives": negs}


# --------------------------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------------------------

LEFTOVER = re.compile(r"\{[!$]?\w+(?::\w+)?(?:@\w+)?\}|[⟨⟩]")


def check_value(kind: str, v: str) -> str | None:
    d = re.sub(r"\D", "", v)
    if v != v.strip() or not v:
        return "whitespace/empty"
    if kind == "card":
        return None if len(d) in (15, 16) and luhn_ok(d) and re.fullmatch(r"[\d .-]+", v) else "luhn"
    if kind == "iban":
        return None if iban_ok(v) else "iban mod97"
    if kind == "bsn":
        return None if bsn_ok(v) else "bsn 11-proof"
    if kind == "pin":
        return None if re.fullmatch(r"\d{4,6}", v) else "pin"
    if kind == "puk":
        return None if re.fullmatch(r"\d{8}", v) else "puk"
    if kind == "cvv":
        return None if re.fullmatch(r"\d{3,4}", v) else "cvv"
    if kind == "otp":
        return None if re.fullmatch(r"(G-)?\d{3}[ -]?\d{1,5}", v) else "otp"
    if kind == "email":
        return None if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) else "email"
    if kind == "card_expiry":
        return None if re.fullmatch(r"(0[1-9]|1[0-2])( ?[/-] ?)?(\d\d|20\d\d)", v) else "expiry"
    if kind == "ip_address":
        return None if re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+", v) else "ip"
    if kind == "phone":
        return None if 9 <= len(d) <= 14 else "phone digits"
    if kind in ("password", "username", "wifi_key", "api_key", "token"):
        return None if not re.search(r"\s", v) else "space in secret"
    return None


def self_check(records: list[dict]) -> list[str]:
    errors = []
    for rec in records:
        t = rec["text"]
        if LEFTOVER.search(t):
            errors.append(f"{rec['id']}: unrendered placeholder {LEFTOVER.search(t).group(0)!r}")
        spans = sorted(rec["spans"], key=lambda s: s["start"])
        for s in spans:
            if s["type"] not in TYPES:
                errors.append(f"{rec['id']}: bad type {s['type']}")
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errors.append(f"{rec['id']}: bad offsets {s}")
                continue
            bad = check_value(s["type"], t[s["start"]:s["end"]])
            if bad:
                errors.append(f"{rec['id']}: {s['type']} {t[s['start']:s['end']]!r}: {bad}")
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{rec['id']}: overlapping spans {a} {b}")
        for n in rec["negatives"]:
            if not (0 <= n["start"] < n["end"] <= len(t)):
                errors.append(f"{rec['id']}: bad negative offsets {n}")
            for s in spans:
                if n["start"] < s["end"] and s["start"] < n["end"]:
                    errors.append(f"{rec['id']}: negative {n} overlaps span {s}")
        if rec["visibility"] not in ("public", "private"):
            errors.append(f"{rec['id']}: visibility")
    return errors


def summarize(name: str, records: list[dict]) -> dict:
    spans = Counter(s["type"] for r in records for s in r["spans"])
    negs = Counter(n["kind"] for r in records for n in r["negatives"])
    return {
        "half": name,
        "messages": len(records),
        "without_pii": sum(1 for r in records if not r["spans"]),
        "spans": dict(sorted(spans.items())),
        "negatives": dict(sorted(negs.items())),
        "channels": dict(sorted(Counter(r["channel"] for r in records).items())),
        "langs": dict(sorted(Counter(r["lang"] for r in records).items())),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20260330)
    ap.add_argument("--per-half", type=int, default=1000)
    ap.add_argument("--out", default=str(Path(__file__).parent))
    ap.add_argument("--stats", action="store_true", help="print per-half counts as JSON")
    args = ap.parse_args()

    halves = {h: Half(h, args.seed) for h in HALVES}
    data = {h: [halves[h].make(i) for i in range(args.per_half)] for h in HALVES}

    errors = []
    for h in HALVES:
        errors += self_check(data[h])
    shared = halves["dev"].used_templates & halves["heldout"].used_templates
    if shared:
        errors.append(f"{len(shared)} templates used in both halves")
    dev_text = "\n".join(r["text"] for r in data["dev"])
    for first in halves["heldout"].pools.first["nl"]:
        if first in halves["dev"].pools.first["nl"]:
            errors.append(f"first-name pool overlap: {first}")
    for h in HALVES:
        s = summarize(h, data[h])
        missing = set(TYPES) - set(s["spans"])
        if missing:
            errors.append(f"{h}: no spans of {sorted(missing)}")
        if s["without_pii"] < 0.25 * s["messages"]:
            errors.append(f"{h}: only {s['without_pii']} messages without PII")
    del dev_text
    if errors:
        for e in errors[:50]:
            print("SELF-CHECK:", e, file=sys.stderr)
        print(f"{len(errors)} self-check errors", file=sys.stderr)
        return 1

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for h in HALVES:
        with open(out / f"{h}.jsonl", "w", encoding="utf-8") as fh:
            for rec in data[h]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.stats:
        print(json.dumps([summarize(h, data[h]) for h in HALVES], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
