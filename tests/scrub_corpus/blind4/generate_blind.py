#!/usr/bin/env python3
"""Blind scrub corpus "blind4" generator (standard library only, Python 3.11).

Writes dev.jsonl and heldout.jsonl next to this file. Deterministic for a given --seed.
Templates, phrasing snippets and pools are dealt alternately (by list position, independent of
the seed) to the two halves, so no template, name, street or brand occurs in both halves.
"""
import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

PREFIX = "b4"
HERE = Path(__file__).resolve().parent

HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
        "card", "cvv", "iban", "bsn"]
LOW = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
LABELS = HIGH + LOW
NEGKINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
            "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
            "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
            "percentage", "quantity", "url", "masked_value"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
CHANNELS = ["x_public", "x_dm", "facebook_comment", "messenger", "instagram_dm", "instagram_comment",
            "whatsapp", "telegram", "email", "agent_reply"]
PUNCT = set(".,!?;:)(\"'")


def H(lst, half):
    """Deal a list alternately: half 0 gets items 0,2,4..., half 1 gets 1,3,5..."""
    return lst[half::2]


# ---------------------------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------------------------

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


def luhn_make(prefix, length, rng):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return int(iban_num(s[4:] + s[:4])) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - int(iban_num(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------
# rendering engine
# ---------------------------------------------------------------------------------------------
# Placeholders:  {type[:variant][#key]}  labelled span of a label type
#                {!kind[:variant][#key]} hard negative
#                {$pool[#key]}           unlabelled filler (names, brands, cities ...)
#                {P:group}               phrasing snippet (itself a template) for a value type

PH = re.compile(r"\{([PN]:[a-z_]+|[!$]?[a-z_0-9]+(?::[a-z_0-9]+)?(?:#[a-z_0-9]+)?)\}")


class Ctx:
    def __init__(self, rng, half, lang, sector, brand):
        self.rng = rng
        self.half = half
        self.lang = lang
        self.group = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]
        self.sector = sector
        self.brand = brand
        self.cache = {}
        self.state = {}
        self.persona = None


def render(tpl, ctx, pid, out):
    """Append segments to out: ("lit", text) | ("span", type, value, pid) | ("neg", kind, value)."""
    pos = 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            out.append(("lit", tpl[pos:m.start()]))
        pos = m.end()
        name = m.group(1)
        if name[:2] in ("P:", "N:"):
            grp = name[2:]
            sid, stext = pick_snippet(grp, ctx, np=name[0] == "N")
            render(stext, ctx, sid, out)
            continue
        key = None
        if "#" in name:
            name, key = name.split("#", 1)
        variant = None
        if ":" in name:
            name, variant = name.split(":", 1)
        if name.startswith("$"):
            ck = ("$", name, key)
            if key and ck in ctx.cache:
                val = ctx.cache[ck]
            else:
                val = FILL[name[1:]](ctx, variant)
                if key:
                    ctx.cache[ck] = val
            if isinstance(val, Tpl):
                render(val.text, ctx, pid, out)
            else:
                out.append(("lit", val))
        elif name.startswith("!"):
            kind = name[1:]
            ck = ("!", kind, key)
            if key and ck in ctx.cache:
                val = ctx.cache[ck]
            else:
                val = NEGGEN[kind](ctx, variant)
                if key:
                    ctx.cache[ck] = val
            out.append(("neg", kind, val))
        else:
            ck = ("s", name, key)
            if key and ck in ctx.cache:
                val = ctx.cache[ck]
            else:
                val = GEN[name](ctx, variant)
                if key:
                    ctx.cache[ck] = val
            out.append(("span", name, val, pid))
    if pos < len(tpl):
        out.append(("lit", tpl[pos:]))
    return out


class Tpl:
    def __init__(self, text):
        self.text = text


def assemble(segs):
    text = []
    spans, negs, pids = [], [], []
    n = 0
    for s in segs:
        if s[0] == "lit":
            text.append(s[1])
            n += len(s[1])
        elif s[0] == "span":
            text.append(s[2])
            spans.append({"type": s[1], "start": n, "end": n + len(s[2])})
            pids.append(s[3])
            n += len(s[2])
        else:
            text.append(s[2])
            negs.append({"kind": s[1], "start": n, "end": n + len(s[2])})
            n += len(s[2])
    return "".join(text), spans, negs, pids


# ---------------------------------------------------------------------------------------------
# register transforms (applied to literal text only, never to values)
# ---------------------------------------------------------------------------------------------

HALF_OF = {}


def deal_pools(categories):
    """Deal every distinct pool value alternately (order of first appearance) to half 0 / half 1."""
    for cat in categories:
        seen = []
        for lst in cat:
            for x in lst:
                if x not in seen:
                    seen.append(x)
        for i, x in enumerate(seen):
            if x in HALF_OF:
                raise AssertionError(f"pool value {x!r} in two pool categories")
            HALF_OF[x] = i % 2


SMS = {
    "nl": [(r"\bwachtwoord\b", "ww"), (r"\beven\b", "ff"), (r"\balsjeblieft\b", "pls"),
           (r"\balstublieft\b", "aub"), (r"\bbedankt\b", "thx"), (r"\bdank je wel\b", "dankjw"),
           (r"\bik weet het niet\b", "idk"), (r"\bnummer\b", "nr"), (r"\bwaarom\b", "wrm"),
           (r"\bniet\b", "nie"), (r"\bvoor\b", "vr"), (r"\bmet\b", "mt"), (r"\bgebruikersnaam\b", "gebr.naam"),
           (r"\bvandaag\b", "vdg"), (r"\bheel\b", "hl"), (r"\bik\b", "k")],
    "be": [(r"\bwachtwoord\b", "ww"), (r"\bpaswoord\b", "pw"), (r"\beven\b", "ff"),
           (r"\balstublieft\b", "aub"), (r"\bmerci\b", "mrc"), (r"\bnummer\b", "nr"),
           (r"\bik weet het niet\b", "idk"), (r"\bwaarom\b", "wrm"), (r"\bvandaag\b", "vdg")],
    "fr": [(r"\bs'il vous plaît\b", "svp"), (r"\bs'il te plaît\b", "stp"), (r"\bmot de passe\b", "mdp"),
           (r"\bmerci\b", "mrc"), (r"\baujourd'hui\b", "ajd"), (r"\bpourquoi\b", "pq"),
           (r"\bbeaucoup\b", "bcp"), (r"\bje ne sais pas\b", "jsp"), (r"\bquelque chose\b", "qqch"),
           (r"\bc'est\b", "c"), (r"\bnuméro\b", "n°"), (r"\bje suis\b", "chui")],
    "en": [(r"\bplease\b", "pls"), (r"\bthanks\b", "thx"), (r"\bthank you\b", "ty"), (r"\byou\b", "u"),
           (r"\bare\b", "r"), (r"\bpassword\b", "pw"), (r"\bI don't know\b", "idk"), (r"\bbecause\b", "bc"),
           (r"\bright now\b", "rn"), (r"\bto be honest\b", "tbh"), (r"\bnumber\b", "no."),
           (r"\btomorrow\b", "tmrw"), (r"\bsomeone\b", "sum1"), (r"\bwith\b", "w/")],
}


def tf_lit(text, reg, group, rng):
    if reg == "normal":
        return text
    if reg == "voice":
        t = text.lower().replace("\n", " ")
        t = re.sub(r"[.,!?;:()\"]+", "", t)
        t = re.sub(r"(?<=\s)-(?=\s)", "", t)
        return re.sub(r"[ \t]{2,}", " ", t)
    if reg == "caps":
        t = text.upper()
        t = re.sub(r"\?(?=\s|$)", "???", t)
        t = re.sub(r"!(?=\s|$)", "!!!", t)
        return t
    if reg == "sms":
        t = text
        for pat, rep in SMS[group]:
            t = re.sub(pat, rep, t, flags=re.I)
        t = t.replace(". ", " ").replace("?? ", "? ")
        return t.lower() if rng.random() < 0.7 else t
    raise ValueError(reg)


def apply_register(segs, reg, group, rng):
    out = []
    for s in segs:
        if s[0] == "lit":
            out.append(("lit", tf_lit(s[1], reg, group, rng)))
        else:
            out.append(s)
    if reg == "caps":
        out.append(("lit", rng.choice(["!!!", "!!", " !!!!", "", "!!!!!"])))
    if reg == "voice":
        # collapse whitespace around values produced by removed punctuation
        fixed = []
        for s in out:
            if s[0] == "lit":
                fixed.append(("lit", re.sub(r"\s{2,}", " ", s[1])))
            else:
                fixed.append(s)
        out = fixed
    return out


# ---------------------------------------------------------------------------------------------
# pools (every pool is dealt alternately to the halves with H())
# ---------------------------------------------------------------------------------------------

FIRST = {
    "nl": ["Jeroen", "Sanne", "Daan", "Femke", "Bram", "Lotte", "Thijs", "Noor", "Ruben", "Iris", "Sem",
           "Anouk", "Joost", "Maaike", "Wouter", "Eline", "Niels", "Marloes", "Koen", "Esther", "Pieter",
           "Ilse", "Gijs", "Roos", "Henk", "Ria", "Mehmet", "Fatima"],
    "be": ["Wout", "Lien", "Jens", "Fien", "Pieter-Jan", "Ellen", "Lander", "Hanne", "Stijn", "Nele",
           "Kobe", "Jolien", "Bert", "Griet", "Tuur", "Sofie", "Arne", "Lore", "Jef", "Mieke"],
    "fr": ["Julien", "Camille", "Thomas", "Manon", "Nicolas", "Élodie", "Maxime", "Aurélie", "Antoine",
           "Céline", "Quentin", "Stéphanie", "Romain", "Françoise", "Benoît", "Laetitia", "Grégory", "Sarah",
           "Karim", "Yasmina"],
    "en": ["Oliver", "Emily", "James", "Sophie", "Harry", "Chloe", "Jack", "Megan", "Liam", "Hannah", "Ryan",
           "Ashley", "Tyler", "Madison", "Connor", "Jessica", "Ethan", "Lauren", "Callum", "Bethany",
           "Priya", "Marcus"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
           "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "van der Linden", "Kok", "Jacobs",
           "Schouten", "van Dijk", "Prins", "Huisman", "Kuipers", "Yilmaz", "El Amrani"],
    "be": ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "De Smet", "Van Damme", "Goossens", "Mertens",
           "Willems", "Verstraeten", "De Backer", "Vermeulen", "Lambrechts", "Van den Broeck", "Coppens",
           "Hermans", "Vandenberghe", "D'Hondt", "Verhaegen"],
    "fr": ["Dubois", "Lambert", "Martin", "Dupont", "Leclercq", "Lejeune", "Renard", "Simon", "Laurent",
           "Dumont", "Collard", "Piron", "Mathieu", "Lemaire", "Gilson", "Noël", "François", "Delvaux",
           "Benali", "Wauters"],
    "en": ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Johnson", "Roberts", "Walker", "Wright",
           "Thompson", "Hughes", "Miller", "Davis", "Anderson", "Martinez", "Clarke", "Harris", "Lewis",
           "Turner", "O'Neill", "Patel"],
}
STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Kerkplein", "Achter de Hoven", "Prinsengracht",
           "Lindelaan", "Julianastraat", "Beatrixlaan", "Oranjestraat", "Schoolstraat", "Nieuwe Gracht",
           "Veldweg", "Zeeweg", "Populierenlaan", "Wilhelminapark", "Hoogstraat", "Marktplein", "Boslaan",
           "Oude Rijn", "Parallelweg", "Tuinstraat", "Sluiskade", "Brink", "Het Hoogeland", "Buitenhof"],
    "be": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Kapelstraat", "Nieuwstraat", "Veldstraat", "Dorp",
           "Grote Markt", "Hoogstraat", "Schoolstraat", "Brugsesteenweg", "Kortrijksesteenweg", "Dries",
           "Heirbaan", "Leeuwerikenlaan", "Oude Baan", "Beukenlaan", "Kouter"],
    "fr": ["Rue de la Station", "Avenue Louise", "Chaussée de Mons", "Rue du Moulin", "Rue de l'Église",
           "Place du Marché", "Rue des Écoles", "Avenue des Combattants", "Rue Haute", "Boulevard d'Avroy",
           "Rue de Namur", "Chaussée de Waterloo", "Rue Saint-Gilles", "Rue du Château", "Clos des Lilas",
           "Allée des Hêtres"],
    "gb": ["Elm Grove", "Mill Lane", "Station Road", "Church Street", "Victoria Road", "Highfield Avenue",
           "The Crescent", "Park View", "Queens Road", "Manor Close", "Kings Drive", "Orchard Way"],
    "us": ["Maple Ave", "Oak Street", "Pine Road", "Cedar Lane", "Elm Street", "Washington Blvd",
           "Lakeview Dr", "Hillcrest Rd", "Willow Ct", "Main Street", "Park Ave", "Birch Hollow"],
}
CITIES = {
    "nl": ["Amsterdam", "Utrecht", "Zwolle", "Groningen", "Haarlem", "Tilburg", "Leiden", "Amersfoort",
           "Arnhem", "Delft", "Breda", "Apeldoorn", "Enschede", "Deventer", "Alkmaar", "Dordrecht"],
    "be": ["9000 Gent", "2000 Antwerpen", "3000 Leuven", "8000 Brugge", "2800 Mechelen", "3500 Hasselt",
           "8500 Kortrijk", "9300 Aalst", "2300 Turnhout", "1800 Vilvoorde", "9100 Sint-Niklaas",
           "3800 Sint-Truiden"],
    "fr": ["1000 Bruxelles", "4000 Liège", "5000 Namur", "6000 Charleroi", "7000 Mons", "1300 Wavre",
           "1400 Nivelles", "7500 Tournai", "6700 Arlon", "1348 Louvain-la-Neuve", "4800 Verviers",
           "1050 Ixelles"],
    "gb": ["London|SW1A", "Oxford|OX4", "Leeds|LS6", "Bristol|BS1", "Manchester|M14", "Glasgow|G12",
           "Cardiff|CF10", "Sheffield|S10", "Norwich|NR2", "York|YO10", "Brighton|BN2", "Nottingham|NG7"],
    "us": ["Springfield, IL|627", "Columbus, OH|432", "Austin, TX|787", "Portland, OR|972", "Denver, CO|802",
           "Madison, WI|537", "Raleigh, NC|276", "Tucson, AZ|857", "Boise, ID|837", "Albany, NY|122"],
}
BRANDS = {
    "telco": ["Tellaro", "Kwikfoon", "Zendo Mobiel", "Orbisa", "Belnet", "Proxima Mobile", "Viafoon", "Hoplink"],
    "bank": ["Lindebank", "Havenbank", "Vlierbank", "Torrent Bank", "Eikenbank", "Banque Mosane",
             "Northgate Bank", "Keystone Savings"],
    "gov": ["DigiLoket", "Burgerportaal", "Toeslagloket Regio", "MijnGemeente Online", "ZorgID Portaal",
            "Loket Wonen"],
    "insurance": ["Schildpad Verzekeringen", "Dekking Direct", "Assurix", "Veilig & Wel", "Harbor Mutual",
                  "Protecta"],
    "travel": ["Aerolink", "SkyVlam", "Noordzee Air", "Flyvia", "Railonto", "TripKoffer", "Zonvakantie",
               "BlueGull Airways"],
    "gaming": ["PixelForge", "Raidcraft", "GameVault", "Nexplay", "Questline", "Arcadium"],
    "streaming": ["Streamly", "Kijkbox", "Flixo", "Tunewave", "Showra", "Beeldbuis Plus"],
    "utility": ["Stroomwerk", "Wattz Energie", "Groenvolt", "Aquadra", "Vonk Energie", "Gasmaat"],
    "shop": ["Kooploods", "ShopSnel", "Pakkie", "Huisenhaard", "Modemix", "Gadgethoek", "Tuinpret", "Boekenbus"],
    "api": ["Payvio", "Shipnode", "Mailora", "Klikpay", "Datavault", "Sendwave"],
}
PWWORDS = ["Zomer", "Winter", "Voetbal", "Tulpen", "Fietsen", "Kaasschaaf", "Zeilboot", "Sunshine", "Dragon",
           "Monkey", "Football", "Bluebird", "Chocolat", "Soleil", "Printemps", "Nounours", "Kangoeroe",
           "Molen", "Appeltaart", "Strandbal", "Pannenkoek", "Lighthouse", "Tijger", "Papillon", "Snoopy",
           "Ajax", "Gazelle", "Biscuit", "Marmotte", "Hockey", "Koffie", "Nutella"]
DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggomail.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl",
           "xs4all.nl", "home.nl", "icloud.com"],
    "be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.com", "proximus.be", "outlook.be", "live.be",
           "icloud.com"],
    "fr": ["skynet.be", "gmail.com", "hotmail.fr", "voo.be", "outlook.com", "yahoo.fr", "live.be", "icloud.com"],
    "en": ["gmail.com", "yahoo.co.uk", "outlook.com", "btinternet.com", "aol.com", "hotmail.co.uk",
           "icloud.com", "comcast.net", "sky.com", "protonmail.com"],
}
SSIDS = ["Tellaro-5G-A1B2", "Kwikfoon_2.4G", "FRITZ!Box 7590 QX", "H369A1F2B4C", "HUISNET", "VillaKakelbont",
         "TP-Link_8E2C", "Orbisa-WIFI-77", "Proximus-Home-1F3D", "telenet-4C2A9", "BTHub6-KX2P", "NETGEAR42",
         "xfinitywifi_home", "Zolder-extender"]
MODELS = ["Galaxy A54", "Fritz!Box 7590", "H369A", "iPhone 15 Pro", "TP-Link Archer C6", "Pixel 8a",
          "Sagemcom F@st 5670", "Experia Box v10", "Connect Box", "Redmi Note 12", "Huawei P30 lite",
          "Deco M5", "Nintendo Switch OLED", "PS5 Slim", "Xbox Series S", "Apple TV 4K", "iPhone 12 mini",
          "Galaxy S23 FE", "Moto g54", "Fritz!Box 6660", "Smart Hub 2", "Netgear Nighthawk R7000",
          "Bbox 3", "Livebox 6", "Nokia G42", "Oppo A78", "iPad Air 5", "Fairphone 5"]
AGENTS = ["Lisa", "Mark", "Yara", "Tom", "Eva", "Sven", "Chantal", "Kevin", "Nadia", "Dennis", "Inge", "Bas",
          "Amélie", "Sam", "Joëlle", "Rick"]


def cpick(ctx, lst):
    """Pick from a pool; pool values are dealt to the halves globally (see HALF_OF)."""
    return ctx.rng.choice(PH_(lst, ctx.half))


def PH_(lst, half):
    out = [x for x in lst if HALF_OF[x] == half]
    assert out, lst
    return out


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def persona(ctx):
    if ctx.persona is None:
        g = ctx.group
        first = cpick(ctx, FIRST[g])
        last = cpick(ctx, LAST[g])
        ctx.persona = (first, last)
    return ctx.persona


def slug(s):
    return re.sub(r"[^a-z]", "", strip_accents(s).lower())


# ---------------------------------------------------------------------------------------------
# value generators for labelled spans
# ---------------------------------------------------------------------------------------------

def g_password(ctx, v):
    r = ctx.rng
    w = cpick(ctx, PWWORDS)
    w2 = cpick(ctx, PWWORDS)
    first, last = persona(ctx)
    shapes = [
        lambda: f"{w}{r.randint(2015, 2026)}!",
        lambda: f"{w}#{r.randint(10, 99)}",
        lambda: f"{w.lower()}{r.randint(1, 999)}",
        lambda: "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#%&*$") for _ in range(r.randint(10, 14))) + str(r.randint(1, 9)),
        lambda: f"{w.lower()}-{w2.lower()}-{r.randint(1, 99)}",
        lambda: f"{slug(first).capitalize()}&{w}{r.randint(1, 31):02d}",
        lambda: w.replace("o", "0").replace("a", "@").replace("e", "3") + str(r.randint(1, 9999)),
        lambda: f"{w}{w2}{r.randint(1, 9)}$",
        lambda: f"{r.randint(1, 99)}{w.upper()}{r.choice('!?#')}{w2.lower()}",
        lambda: f"{slug(last)[:5]}{r.randint(1960, 2010)}",
        lambda: f"Welkom{r.randint(1, 99)}!{r.choice(['x', 'Q', 'z'])}",
        lambda: f"{w}_{w2}_{r.randint(100, 999)}",
    ]
    return r.choice(shapes)()


def g_username(ctx, v):
    r = ctx.rng
    first, last = persona(ctx)
    f, l = slug(first), slug(last)
    if v == "gamer" or (v is None and ctx.sector == "gaming" and r.random() < 0.7):
        w = cpick(ctx, PWWORDS)
        return r.choice([f"xX_{w}_Xx", f"{w}Slayer{r.randint(1, 99)}", f"{f}_{w.lower()}{r.randint(1, 999)}",
                         f"Dark{w}_{r.randint(10, 99)}", f"{w.lower()}queen{r.randint(1, 99)}",
                         f"NoScope{w}", f"{w[:4].upper()}_{l[:4]}"])
    return r.choice([f"{f[0]}{l}{r.randint(10, 99)}", f"{f}.{l}", f"{f}_{l}", f"{l}{f[0]}",
                     f"{f}.{l[:2]}{r.randint(1970, 2005)}", f"{first.split('-')[0].capitalize()}{l[:2].upper()}",
                     f"{f}{l}{r.randint(1, 9)}", f"{f[0]}.{l}", f"{l}_{r.randint(100, 999)}",
                     f"{f}{r.randint(1980, 2006)}"])


def g_pin(ctx, v):
    r = ctx.rng
    n = 4 if v != "app" else r.choice([5, 6])
    while True:
        p = digits(r, n)
        if not re.fullmatch(r"(19|20)\d\d", p):
            return p


def g_puk(ctx, v):
    return digits(ctx.rng, 8)


def g_otp(ctx, v):
    r = ctx.rng
    d = digits(r, 6)
    shape = v or r.choice(["plain", "plain", "plain", "space", "dash", "prefix", "eight", "four", "five"])
    if shape == "plain":
        return d
    if shape == "space":
        return f"{d[:3]} {d[3:]}"
    if shape == "dash":
        return f"{d[:3]}-{d[3:]}"
    if shape == "prefix":
        return f"{r.choice('GTKM')}-{d}"
    if shape == "eight":
        return digits(r, 8)
    if shape == "four":
        return digits(r, 4)
    return digits(r, 5)


def g_wifi(ctx, v):
    r = ctx.rng
    lc = "abcdefghkmnpqrstuvwxyz23456789"
    mix = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    w = cpick(ctx, PWWORDS)
    return r.choice([
        "".join(r.choice(lc) for _ in range(12)),
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([10, 12, 16]))),
        "-".join("".join(r.choice(mix) for _ in range(4)) for _ in range(3)),
        f"{w}Thuis{r.randint(2010, 2025)}",
        "".join(r.choice("0123456789abcdef") for _ in range(r.choice([16, 20]))),
        "".join(r.choice(mix) for _ in range(r.randint(14, 20))),
        f"{w.lower()}{r.choice(['#', '@', '_'])}{r.randint(100, 9999)}{w.lower()[:3]}",
    ])


def g_card(ctx, v):
    r = ctx.rng
    kind = v or r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        n = luhn_make("4", 16, r)
    elif kind == "mc":
        n = luhn_make(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    elif kind == "amex":
        n = luhn_make(r.choice(["34", "37"]), 15, r)
    else:
        n = luhn_make(r.choice(["6703", "6759", "5018"]), r.choice([16, 16, 19]), r)
    ctx.state["cardkind"] = kind
    if len(n) == 15:
        fmt = r.choice(["465", "465", "none", "465d"])
        if fmt == "465":
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        if fmt == "465d":
            return f"{n[:4]}-{n[4:10]}-{n[10:]}"
        return n
    fmt = r.choice(["space", "space", "dash", "none", "double"])
    groups = [n[i:i + 4] for i in range(0, len(n), 4)]
    if fmt == "space":
        return " ".join(groups)
    if fmt == "dash":
        return "-".join(groups)
    if fmt == "double":
        return "  ".join(groups)
    return n


def g_cvv(ctx, v):
    if v == "amex" or (v is None and ctx.state.get("cardkind") == "amex"):
        return digits(ctx.rng, 4)
    return digits(ctx.rng, 3)


def g_expiry(ctx, v):
    r = ctx.rng
    m = r.randint(1, 12)
    y = r.randint(26, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}{y}", f"{m:02d}/20{y}", f"{m:02d} / {y}",
                     f"{m}/{y}", f"{m:02d}/{y}"])


NLBANKS = ["ABNA", "RABO", "INGB", "KNAB", "SNSB", "ASNB", "TRIO", "BUNQ", "RBRB"]


def iban_raw(ctx, cc):
    r = ctx.rng
    if cc == "NL":
        return iban_make("NL", r.choice(NLBANKS) + digits(r, 10))
    if cc == "BE":
        first10 = digits(r, 10)
        chk = int(first10) % 97 or 97
        return iban_make("BE", f"{first10}{chk:02d}")
    if cc == "DE":
        return iban_make("DE", digits(r, 18))
    if cc == "FR":
        bank, branch, acct = digits(r, 5), digits(r, 5), digits(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return iban_make("FR", f"{bank}{branch}{acct}{key:02d}")
    if cc == "GB":
        return iban_make("GB", r.choice(["NWBK", "MIDL", "BARC", "LOYD", "MONZ"]) + digits(r, 14))
    if cc == "ES":
        return iban_make("ES", digits(r, 20))
    if cc == "LU":
        return iban_make("LU", digits(r, 3) + "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(13)))
    if cc == "IE":
        return iban_make("IE", r.choice(["AIBK", "BOFI", "IPBS"]) + digits(r, 14))
    raise ValueError(cc)


def g_iban(ctx, v):
    r = ctx.rng
    if v:
        cc = v.upper()
    else:
        home = {"nl": "NL", "be": "BE", "fr": "BE", "en": "GB" if ctx.lang == "en-gb" else "DE"}[ctx.group]
        cc = home if r.random() < 0.78 else r.choice(["NL", "BE", "DE", "FR", "GB", "ES", "LU", "IE"])
    raw = iban_raw(ctx, cc)
    fmt = r.choice(["group", "group", "group", "none", "lower", "ccsplit", "lowergroup"])
    grp = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if fmt == "group":
        return grp
    if fmt == "none":
        return raw
    if fmt == "lower":
        return raw.lower()
    if fmt == "lowergroup":
        return grp.lower()
    rest = raw[4:]
    if cc == "NL":
        return f"{raw[:2]} {raw[2:4]} {rest[:4]} {rest[4:]}"
    return f"{raw[:2]} {raw[2:4]} " + " ".join(rest[i:i + 4] for i in range(0, len(rest), 4))


def g_bsn(ctx, v):
    r = ctx.rng
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s == 10:
            continue
        n = "".join(map(str, d)) + str(s)
        assert bsn_ok(n)
        return r.choice([n, n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}"])


def g_email(ctx, v):
    r = ctx.rng
    first, last = persona(ctx)
    f, l = slug(first), slug(last)
    dom = cpick(ctx, DOMAINS[ctx.group])
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}{r.randint(1, 99)}", f"{l}.{f}",
                      f"{f}_{l}{r.randint(70, 99)}", f"{f}.{l[:1]}", f"info.{l}"])
    if v == "plain" or r.random() < 0.85:
        return f"{local}@{dom}"
    name, tld = dom.rsplit(".", 1)
    dot = {"nl": "punt", "be": "punt", "fr": "point", "en": "dot"}[ctx.group]
    return r.choice([f"{local} @ {dom}", f"{local} at {name} {dot} {tld}", f"{local}(at){dom}",
                     f"{local} [at] {dom}"])


def g_phone(ctx, v):
    r = ctx.rng
    lang = ctx.lang
    if v in ("nl", "be", "gb", "us"):
        lang = {"nl": "nl", "be": "nl-be", "gb": "en-gb", "us": "en-us"}[v]
    if lang == "nl":
        d = "1" + digits(r, 7)
        if r.random() < 0.15:
            a = "7" + digits(r, 6)
            return r.choice([f"020-{a}", f"020 - {a[:3]} {a[3:]}", f"(020) {a}", f"+31 20 {a}"])
        return r.choice([f"06-{d}", f"06{d}", f"06 {d}", f"06 - {d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                         f"+31 6 {d}", f"+316{d}", f"(06) {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"0031 6 {d}",
                         f"06-{d[:2]} {d[2:5]} {d[5:]}"])
    if lang in ("nl-be", "fr-be"):
        p = f"4{r.randint(70, 99)}"
        d = digits(r, 6)
        return r.choice([f"0{p}/{d[:2]}.{d[2:4]}.{d[4:]}", f"0{p} {d[:2]} {d[2:4]} {d[4:]}",
                         f"+32 {p} {d[:2]} {d[2:4]} {d[4:]}", f"0032 {p} {d[:3]} {d[3:]}", f"0{p}{d}",
                         f"+32{p}{d}", f"0{p}/{d}", f"0{p} {d[:3]} {d[3:]}"])
    if lang == "en-gb":
        if r.random() < 0.3:
            d = digits(r, 3)
            return r.choice([f"020 7946 0{d}", f"+44 20 7946 0{d}", f"(020) 7946 0{d}"])
        d = digits(r, 3)
        return r.choice([f"07700 900{d}", f"+44 7700 900{d}", f"07700900{d}", f"+44 (0)7700 900{d}",
                         f"07700 900 {d}", f"0044 7700 900{d}"])
    area = r.choice(["212", "312", "415", "617", "503", "720", "512", "919"])
    d = f"01{digits(r, 2)}"
    return r.choice([f"({area}) 555-{d}", f"{area}.555.{d}", f"{area}-555-{d}", f"+1 {area} 555 {d}",
                     f"1-{area}-555-{d}", f"+1 ({area}) 555-{d}", f"{area} 555 {d}"])


def g_address(ctx, v):
    r = ctx.rng
    ml = v == "ml"
    g = ctx.group
    lang = ctx.lang
    if g == "nl":
        st = cpick(ctx, STREETS["nl"])
        num = r.choice([str(r.randint(1, 180)), f"{r.randint(1, 90)}{r.choice('abc')}", f"{r.randint(1, 90)}-{r.randint(1, 3)}",
                        f"{r.randint(1, 90)} hs", f"{r.randint(100, 400)}-B"])
        pc = f"{r.randint(1011, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if r.random() < 0.25:
            pc = pc.replace(" ", "")
        city = cpick(ctx, CITIES["nl"])
        if ml:
            return f"{st} {num}\n{pc} {city}"
        return r.choice([f"{st} {num}, {pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num} te {city}",
                         f"{st} {num}, {pc}  {city.upper()}", f"{st} {num}"])
    if g in ("be", "fr"):
        st = cpick(ctx, STREETS[g])
        num = r.choice([str(r.randint(1, 220)), f"{r.randint(1, 90)} bus {r.randint(1, 12)}",
                        f"{r.randint(1, 90)}/{r.randint(1, 5)}", f"{r.randint(1, 90)} bte {r.randint(1, 8)}" if g == "fr" else f"{r.randint(1, 90)}A"])
        city = cpick(ctx, CITIES[g])
        if g == "fr" and r.random() < 0.3:
            front = f"{r.randint(1, 220)}, {st}"
        else:
            front = f"{st} {num}"
        if ml:
            return f"{front}\n{city}"
        return r.choice([f"{front}, {city}", f"{front} {city}", f"{front} - {city}", f"{front}, B-{city}"])
    if lang == "en-gb":
        st = cpick(ctx, STREETS["gb"])
        city, area = cpick(ctx, CITIES["gb"]).split("|")
        pc = f"{area} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        house = r.choice([f"{r.randint(1, 160)} {st}", f"Flat {r.randint(1, 12)}, {r.randint(1, 90)} {st}",
                          f"{r.randint(1, 60)}{r.choice('ab')} {st}"])
        if ml:
            return r.choice([f"{house}\n{city}\n{pc}", f"{house}\n{city} {pc}"])
        return r.choice([f"{house}, {city} {pc}", f"{house}, {city}, {pc}", f"{house} {pc}"])
    st = cpick(ctx, STREETS["us"])
    city, z = cpick(ctx, CITIES["us"]).split("|")
    zipc = f"{z}{digits(r, 2)}"
    house = r.choice([f"{r.randint(100, 9999)} {st}", f"{r.randint(10, 999)} {st}, Apt {r.randint(1, 30)}",
                      f"{r.randint(100, 9999)} {st} #{r.randint(1, 400)}"])
    if ml:
        return f"{house}\n{city} {zipc}"
    return r.choice([f"{house}, {city} {zipc}", f"{house} {city} {zipc}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def g_dob(ctx, v):
    r = ctx.rng
    y = r.randint(1942, 2008)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    g = ctx.group
    if g in ("nl", "be"):
        mn = MONTHS["nl"][m - 1]
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}",
                         f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])
    if g == "fr":
        mn = MONTHS["fr"][m - 1]
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{str(y)[2:]}",
                         f"{'1er' if d == 1 else d} {mn} {y}"])
    mn = MONTHS["en"][m - 1]
    if ctx.lang == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}"])
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{suf} {mn} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}",
                     f"{d} {mn[:3]} {y}"])


def g_ip(ctx, v):
    r = ctx.rng
    if r.random() < 0.12:
        return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}"
    first = r.choice([31, 37, 62, 77, 81, 84, 86, 89, 94, 109, 145, 178, 185, 188, 212, 213, 217])
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def g_custno(ctx, v):
    r = ctx.rng
    return r.choice([digits(r, 7), f"{r.randint(1, 9)}{digits(r, 8)}", f"K-{digits(r, 8)}",
                     f"CN {digits(r, 4)} {digits(r, 4)}", f"30{digits(r, 6)}", f"ACC-{digits(r, 6)}",
                     f"{r.choice(['KL', 'BE', 'NL'])}{digits(r, 9)}", f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}",
                     f"M{digits(r, 7)}", f"{digits(r, 10)}", f"P-{digits(r, 5)}-{r.choice('ABCXZ')}"])


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = B62 + "-_"
HEX = "0123456789abcdef"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def g_apikey(ctx, v):
    r = ctx.rng
    kind = v or r.choice(["sk", "pk", "rk", "ck", "cs", "api", "akia", "awssecret", "aiza", "sg", "hex32"])
    if kind in ("sk", "pk", "rk"):
        return f"{kind}_{r.choice(['live', 'live', 'test'])}_{rs(r, B62, r.choice([24, 32, 40]))}"
    if kind in ("ck", "cs"):
        return f"{kind}_{rs(r, HEX, 40)}"
    if kind == "api":
        return f"api_{rs(r, B62, 32)}"
    if kind == "akia":
        return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "awssecret":
        return rs(r, B62 + "+/", 39) + r.choice(B62)
    if kind == "aiza":
        return "AIza" + rs(r, B64U, 35)
    if kind == "sg":
        return f"SG.{rs(r, B64U, 22)}.{rs(r, B64U, 43)}"
    return rs(r, HEX, 32)


def b64u(r, n):
    return rs(r, B64U, n)


def g_token(ctx, v):
    r = ctx.rng
    kind = v or r.choice(["jwt", "jwt", "ghp", "pat", "xoxb", "xoxp", "glpat", "hex40", "sess", "refresh"])
    if kind == "jwt":
        hdr = r.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                        "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9"])
        return f"{hdr}.eyJ{b64u(r, r.randint(40, 90))}.{b64u(r, 43)}"
    if kind == "ghp":
        return "ghp_" + rs(r, B62, 36)
    if kind == "pat":
        return "github_pat_11" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20) + "_" + rs(r, B62, 59)
    if kind == "xoxb":
        return f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{rs(r, B62, 24)}"
    if kind == "xoxp":
        return f"xoxp-{digits(r, 12)}-{digits(r, 12)}-{digits(r, 13)}-{rs(r, HEX, 32)}"
    if kind == "glpat":
        return "glpat-" + rs(r, B62 + "-_", 20)
    if kind == "hex40":
        return rs(r, HEX, 40)
    if kind == "sess":
        return rs(r, B62, 48)
    return f"rt_{rs(r, B62, 40)}"


GEN = {"password": g_password, "username": g_username, "pin": g_pin, "puk": g_puk, "otp": g_otp,
       "wifi_key": g_wifi, "card": g_card, "cvv": g_cvv, "card_expiry": g_expiry, "iban": g_iban, "bsn": g_bsn,
       "email": g_email, "phone": g_phone, "address": g_address, "date_of_birth": g_dob, "ip_address": g_ip,
       "customer_number": g_custno, "api_key": g_apikey, "token": g_token}


# ---------------------------------------------------------------------------------------------
# hard-negative generators
# ---------------------------------------------------------------------------------------------

def n_amount(ctx, v):
    r = ctx.rng
    e, c = r.randint(3, 480), r.randint(0, 99)
    if ctx.group == "en":
        sym = "£" if ctx.lang == "en-gb" else "$"
        return r.choice([f"{sym}{e}.{c:02d}", f"{sym}{e}", f"{sym} {e}.{c:02d}", f"{e}.{c:02d} {'GBP' if sym == '£' else 'USD'}"])
    return r.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€ {e},-",
                     f"{e} euro", f"€{e}.{c:02d}", f"{e},{c:02d} €" if ctx.group == "fr" else f"€ {e}"])


def n_company_phone(ctx, v):
    r = ctx.rng
    g = ctx.group
    if g == "nl":
        return r.choice([f"0800-{digits(r, 4)}", f"0900-{digits(r, 4)}", f"088 {digits(r, 3)} {digits(r, 4)}",
                         f"0900 {digits(r, 4)}", f"088-{digits(r, 7)}", f"0800 {digits(r, 3)} {digits(r, 4)}"])
    if g in ("be", "fr"):
        return r.choice([f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"0800 {digits(r, 2)} {digits(r, 3)}",
                         f"078/{digits(r, 2)}.{digits(r, 2)}.{digits(r, 2)}", f"070 {digits(r, 3)} {digits(r, 3)}",
                         f"0800/{digits(r, 5)}"])
    if ctx.lang == "en-gb":
        return r.choice([f"0345 {digits(r, 3)} {digits(r, 4)}", f"03457 {digits(r, 3)} {digits(r, 3)}",
                         f"0800 {digits(r, 3)} {digits(r, 4)}", f"0333 {digits(r, 3)} {digits(r, 4)}"])
    return r.choice([f"1-800-555-01{digits(r, 2)}", f"(800) 555-01{digits(r, 2)}", f"1 (888) 555-01{digits(r, 2)}",
                     f"1-877-555-01{digits(r, 2)}"])


def n_company_reg(ctx, v):
    r = ctx.rng
    kind = v or {"nl": "kvk", "be": "kbo", "fr": "kbo", "en": "ukco" if ctx.lang == "en-gb" else "ein"}[ctx.group]
    if kind == "kvk":
        return r.choice([digits(r, 8), f"NL{digits(r, 9)}B0{r.randint(1, 9)}"])
    if kind == "kbo":
        d = f"0{r.randint(200, 999)}{digits(r, 6)}"
        return r.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}"])
    if kind == "btw":
        return f"NL{digits(r, 9)}B0{r.randint(1, 9)}"
    if kind == "ukvat":
        return f"GB{digits(r, 9)}"
    if kind == "ukco":
        return r.choice([f"0{digits(r, 7)}", f"SC{digits(r, 6)}", f"GB {digits(r, 3)} {digits(r, 4)} {digits(r, 2)}"])
    return f"{digits(r, 2)}-{digits(r, 7)}"


def n_date(ctx, v):
    r = ctx.rng
    y = r.choice([2024, 2025, 2025, 2026])
    m, d = r.randint(1, 12), r.randint(1, 28)
    g = ctx.group
    if v == "wa":
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{str(y)[2:]}"])
    if g in ("nl", "be"):
        return r.choice([f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m - 1]}", f"{d}/{m}",
                         f"{d} {MONTHS['nl'][m - 1]} {y}"])
    if g == "fr":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]}", f"{d}/{m}", f"{d} {MONTHS['fr'][m - 1]} {y}"])
    if ctx.lang == "en-us":
        return r.choice([f"{m}/{d}/{y}", f"{MONTHS['en'][m - 1]} {d}", f"{MONTHS['en'][m - 1][:3]} {d}, {y}"])
    return r.choice([f"{d}/{m}/{y}", f"{d} {MONTHS['en'][m - 1]}", f"{d:02d}/{m:02d}/{str(y)[2:]}", f"{d} {MONTHS['en'][m - 1][:3]} {y}"])


def n_time(ctx, v):
    r = ctx.rng
    if v == "seq":
        t = ctx.state.get("clock")
        if t is None:
            t = r.randint(7 * 60, 22 * 60)
        else:
            t += r.choice([0, 1, 1, 2, 3, 5, 8, 14])
        t = min(t, 23 * 60 + 59)
        ctx.state["clock"] = t
        return f"{t // 60:02d}:{t % 60:02d}"
    h, m = r.randint(6, 23), r.choice([0, 5, 10, 15, 20, 30, 42, 45, 50])
    g = ctx.group
    if g == "en":
        if ctx.lang == "en-us":
            return r.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
        return r.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}"])
    if g == "fr":
        return r.choice([f"{h}h{m:02d}", f"{h}h", f"{h:02d}:{m:02d}"])
    if g == "be":
        return r.choice([f"{h}u{m:02d}", f"{h}u", f"{h:02d}:{m:02d}"])
    return r.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}"])


def n_year(ctx, v):
    return str(ctx.rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))


def n_error(ctx, v):
    r = ctx.rng
    return r.choice([f"E-{r.randint(100, 9999)}", f"0x8007{rs(r, '0123456789ABCDEF', 4)}", f"ERR-{r.randint(1000, 9999)}",
                     f"S{r.randint(1000, 9999)}", f"F-{r.randint(10, 99)}", str(r.choice([403, 500, 502, 401, 429, 651, 678, 404])),
                     f"PIN-{r.randint(1, 99):02d}", f"E{r.randint(10, 99)}", f"AUTH_{r.randint(100, 999)}",
                     f"CE-{r.randint(10000, 99999)}-{r.randint(0, 9)}", f"NW-{r.randint(1000, 9999)}-{r.randint(1, 9)}"])


def n_flight(ctx, v):
    r = ctx.rng
    code = r.choice(["KL", "HV", "SN", "FR", "BA", "U2", "TB", "LH", "AF", "UA", "DL", "VY"])
    return r.choice([f"{code}{r.randint(100, 9999)}", f"{code} {r.randint(100, 9999)}"])


HASHTAGS = {"nl": ["#storing", "#klantenservice", "#fail", "#nooitmeer", "#schandalig", "#help", "#wachten",
                   "#internet", "#klantvriendelijk", "#boos"],
            "be": ["#panne", "#klantendienst", "#zucht", "#nietoké", "#help", "#telenetpanne", "#wachten", "#boos"],
            "fr": ["#panne", "#serviceclient", "#inadmissible", "#aide", "#ras_le_bol", "#arnaque", "#attente", "#bug"],
            "en": ["#fail", "#customerservice", "#outage", "#help", "#ripoff", "#notimpressed", "#stillwaiting", "#badservice",
                   "#mondaymood", "#fixit"]}


def handle_of(ctx):
    b = re.sub(r"[^A-Za-z0-9]", "", strip_accents(ctx.brand))
    suf = {"nl": ["", "NL", "_NL", "Helpt", "Care"], "be": ["", "BE", "_be", "Help"], "fr": ["", "BE", "_FR", "Aide"],
           "en": ["", "UK", "Help", "Support", "_US"]}[ctx.group]
    return "@" + b + ctx.rng.choice(suf)


def n_hashtag(ctx, v):
    return cpick(ctx, HASHTAGS[ctx.group])


def n_mention(ctx, v):
    return handle_of(ctx)


def n_invoice(ctx, v):
    r = ctx.rng
    return r.choice([f"F{r.randint(2023, 2026)}-{digits(r, 5)}", f"INV-{digits(r, 6)}", f"{r.randint(2024, 2026)}/{digits(r, 4)}",
                     f"FAC-{digits(r, 5)}", f"{digits(r, 10)}", f"NF{digits(r, 8)}"])


def n_order(ctx, v):
    r = ctx.rng
    return r.choice([digits(r, 10), f"ORD-{r.randint(2024, 2026)}-{digits(r, 5)}", f"#{digits(r, 7)}",
                     f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}", f"BE{digits(r, 8)}", f"W{digits(r, 9)}",
                     f"{digits(r, 4)}-{digits(r, 4)}"])


def n_ticket(ctx, v):
    r = ctx.rng
    return r.choice([f"CS-{digits(r, 5)}", f"#{digits(r, 6)}", f"{r.randint(2024, 2026)}-{digits(r, 6)}",
                     f"REF-{rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6)}", digits(r, 8),
                     f"INC{digits(r, 7)}", f"SR {digits(r, 3)} {digits(r, 4)}", f"DOS-{digits(r, 6)}",
                     rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 6)])


def n_tracking(ctx, v):
    r = ctx.rng
    return r.choice([f"3S{rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}{digits(r, 9)}", f"JVGL{digits(r, 16)}",
                     f"1Z{rs(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}{digits(r, 10)}", f"RR{digits(r, 9)}NL",
                     f"CD{digits(r, 9)}BE", f"{digits(r, 14)}", f"323{digits(r, 21)}", f"LX{digits(r, 9)}GB"])


def n_meter(ctx, v):
    r = ctx.rng
    return r.choice([f"{digits(r, 6)}", f"{r.randint(1000, 99999)}", f"{r.randint(100, 9999)},{r.randint(0, 9)}",
                     f"0{r.randint(10000, 99999)}", f"{r.randint(1, 99)}.{digits(r, 3)}"])


def n_model(ctx, v):
    return cpick(ctx, MODELS)


def ean13(r, prefix):
    body = prefix + digits(r, 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def n_product(ctx, v):
    r = ctx.rng
    return r.choice([ean13(r, "87"), ean13(r, "54"), ean13(r, "50"), f"SKU-{digits(r, 5)}-{rs(r, 'ABCDEFGHKLMRZ', 2)}",
                     f"{rs(r, 'ABCDEFGHKLMPRSTZ', 3)}-{digits(r, 4)}", f"{digits(r, 7)}", f"ART{digits(r, 6)}"])


def n_version(ctx, v):
    r = ctx.rng
    return r.choice([f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"Android {r.randint(11, 15)}",
                     f"{r.randint(2, 12)}.{r.randint(0, 40)}.{r.randint(0, 9)}", f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                     f"{r.randint(6, 8)}.{r.randint(10, 60)}", f"{r.randint(2023, 2026)}.{r.randint(1, 12)}.{r.randint(1, 9)}",
                     f"Windows {r.choice(['10', '11'])} {r.choice(['22H2', '23H2', '24H2'])}", f"macOS {r.randint(12, 15)}.{r.randint(0, 6)}"])


def n_percent(ctx, v):
    r = ctx.rng
    p = r.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 90, 100])
    return r.choice([f"{p}%", f"{p} %", f"{p},5%" if ctx.group != "en" else f"{p}.5%", f"{p} procent" if ctx.group in ("nl", "be") else f"{p}%"])


def n_quantity(ctx, v):
    r = ctx.rng
    sep = "." if ctx.group != "en" else ","
    if v == "data":
        return r.choice([f"{r.choice([1, 2, 5, 10, 20, 30, 50, 100])} GB", f"{r.randint(2, 60)}GB", f"{r.choice([500, 750])} MB"])
    if ctx.sector in ("telco", "streaming"):
        return r.choice([f"{r.choice([1, 2, 5, 10, 20, 30, 50, 100])} GB", f"{r.choice([100, 200, 500, 1000])} Mbps",
                         f"{r.randint(2, 60)}GB", f"{r.choice([50, 100, 200])} Mbit", f"{r.choice([60, 100, 300])} min"])
    if ctx.sector == "utility":
        return r.choice([f"{r.randint(1, 4)}{sep}{digits(r, 3)} kWh", f"{r.randint(300, 2500)} m³", f"{r.randint(100, 999)} kWh",
                         f"{r.randint(800, 1900)} m3"])
    if ctx.sector == "gaming":
        return r.choice([f"{r.randint(1, 13)}{sep}{r.choice(['000', '500', '800'])} coins", f"{r.choice([500, 1000, 2800])} V-points"])
    return r.choice([f"{r.choice([1, 2, 5, 10, 20, 30, 50, 100])} GB", f"{r.choice([100, 200, 500, 1000])} Mbps",
                     f"{r.randint(1, 4)}{sep}{digits(r, 3)} kWh", f"{r.randint(300, 2500)} m³", f"{r.randint(2, 60)}GB",
                     f"{r.choice([50, 100, 200])} Mbit", f"{r.randint(100, 999)} kWh", f"{r.randint(1, 9)} TB",
                     f"{r.randint(2, 40)} kg", f"{r.choice([60, 100, 300])} min"])


def n_url(ctx, v):
    r = ctx.rng
    b = re.sub(r"[^a-z0-9]", "", strip_accents(ctx.brand).lower())
    tld = {"nl": "nl", "be": "be", "fr": "be", "en": "co.uk" if ctx.lang == "en-gb" else "com"}[ctx.group]
    path = r.choice(["inloggen", "help/wachtwoord", "service/storing", "account/reset", "login?next=%2Faccount",
                     "docs/api/v2/auth", "status", "retour", "contact", "faq/pincode"])
    return r.choice([f"https://www.{b}.{tld}/{path}", f"www.{b}.{tld}/{path}", f"mijn.{b}.{tld}",
                     f"https://{b}.{tld}/{path}", f"{b}.{tld}"])


def n_masked(ctx, v):
    r = ctx.rng
    return r.choice(["********", "**** **** **** " + digits(r, 4), "NL** **** **** **" + digits(r, 2),
                     "•••• " + digits(r, 4), "06-****" + digits(r, 4), "XXXX-XXXX-XXXX-" + digits(r, 4),
                     "BE** **** **** " + digits(r, 4), "******" + digits(r, 2), "xxxxxxxx"])


NEGGEN = {"amount": n_amount, "company_phone": n_company_phone, "company_registration": n_company_reg,
          "date": n_date, "time": n_time, "year": n_year, "error_code": n_error, "flight_number": n_flight,
          "hashtag": n_hashtag, "mention": n_mention, "invoice_number": n_invoice, "order_number": n_order,
          "ticket_number": n_ticket, "tracking_number": n_tracking, "meter_reading": n_meter, "model_number": n_model,
          "product_code": n_product, "version_string": n_version, "percentage": n_percent, "quantity": n_quantity,
          "url": n_url, "masked_value": n_masked}


# ---------------------------------------------------------------------------------------------
# unlabelled fillers
# ---------------------------------------------------------------------------------------------

def f_first(ctx, v):
    return persona(ctx)[0]


def f_last(ctx, v):
    return persona(ctx)[1]


def f_name(ctx, v):
    f, l = persona(ctx)
    return f"{f} {l}"


def f_other(ctx, v):
    return cpick(ctx, FIRST[ctx.group])


def f_city(ctx, v):
    g = ctx.group
    if g == "en":
        c = cpick(ctx, CITIES["gb" if ctx.lang == "en-gb" else "us"]).split("|")[0]
        return c.split(",")[0]
    c = cpick(ctx, CITIES[g])
    return c.split(" ", 1)[1] if g in ("be", "fr") else c


def f_brand(ctx, v):
    return ctx.brand


def f_agent(ctx, v):
    return cpick(ctx, AGENTS)


def f_initials(ctx, v):
    r = ctx.rng
    return r.choice("ABCDEFGHJKLMNPRSTVWY") + r.choice("ABCDEFGHJKLMNPRSTVWY")


def f_ssid(ctx, v):
    return cpick(ctx, SSIDS)


def f_handle(ctx, v):
    return handle_of(ctx)[1:]


FILL = {"first": f_first, "last": f_last, "name": f_name, "other": f_other, "city": f_city, "brand": f_brand,
        "agent": f_agent, "initials": f_initials, "ssid": f_ssid, "handle": f_handle}


# ---------------------------------------------------------------------------------------------
# phrasing snippets: SNIP[group][lang] -> templates. Dealt alternately to the halves.
# ---------------------------------------------------------------------------------------------

SNIP = {
    "password": {
        "nl": ["wachtwoord: {password}", "mijn ww is {password}", "{password} is mijn wachtwoord", "wachtwood {password}",
               "ww = {password}", "paswrd {password}", "heb {password} als wachtwoord ingesteld",
               "het nieuwe wachtwoord ({password}) werkt niet", "pw: {password}", "Wachtw.: {password}",
               "wachtwoord is gewoon {password} hoor", "met het wachtwoord {password} kom ik er niet in"],
        "be": ["paswoord: {password}", "mijn paswoord is {password}", "pasw {password}", "{password} is het paswoord dat ik gebruik",
               "'t paswoord is {password}", "paswoord = {password}", "nieuw paswoord {password} aanvaardt hij niet"],
        "fr": ["mot de passe : {password}", "mon mdp c'est {password}", "mdp: {password}", "mot de pase {password}",
               "j'ai mis {password} comme mot de passe", "le mot de passe ({password}) ne marche plus", "MDP {password}",
               "mot de passe actuel = {password}"],
        "en": ["password: {password}", "my password is {password}", "pw {password}", "{password} is my password",
               "passwrod: {password}", "pass = {password}", "I set the password to {password}", "current password {password}",
               "tried {password} as the password", "pwd: {password}", "the password I use is {password}"],
    },
    "login": {
        "nl": ["inloggen met {username} en ww {password}", "inlog {username} pw={password}",
               "gebruikersnaam: {username}\nwachtwoord: {password}", "{username} / {password}",
               "gebruikesnaam {username} wachtwoord {password}", "credentials: {username}:{password}",
               "login {username} en wachtwoord {password}", "{username} {password} klopt toch??",
               "user: {username}\npass: {password}", "ik log in als {username} met {password}",
               "gebruikersnaam is {username}, ww {password}", "account {username} (ww {password})"],
        "be": ["login: {username} - paswoord: {password}", "gebruikersnaam {username}, paswoord {password}",
               "{username} met paswoord {password}", "aanmelden met {username} / {password}",
               "mijn login is {username} en mijn pw {password}", "gebruiker {username}\npaswoord {password}"],
        "fr": ["identifiant : {username} / mot de passe : {password}", "login {username} mdp {password}",
               "nom d'utilisateur {username} et mot de passe {password}", "{username} / {password}",
               "identifiant: {username}\nmdp: {password}", "je me connecte avec {username} et {password}",
               "utilisateur {username} - mdp {password}"],
        "en": ["username: {username}\npassword: {password}", "login {username} pw {password}", "user {username} pass {password}",
               "{username}:{password}", "credentials are {username} / {password}", "usernmae {username} and password {password}",
               "I log in as {username} with {password}", "Username - {username}\nPassword - {password}",
               "login: {username} | pw: {password}", "my login is {username}, password {password}"],
    },
    "user": {
        "nl": ["gebruikersnaam: {username}", "mijn gebruikersnaam is {username}", "inlognaam {username}", "login: {username}",
               "accountnaam {username}", "{username} is mijn gebruikersnaam", "gebruikersnaam {username}"],
        "be": ["login {username}", "gebruikersnaam: {username}", "mijn login is {username}", "aanmeldnaam {username}"],
        "fr": ["identifiant : {username}", "mon login c'est {username}", "nom d'utilisateur: {username}", "pseudo {username}"],
        "en": ["username: {username}", "my username is {username}", "login name {username}", "user id {username}",
               "gamertag {username}", "{username} is my username", "my handle in game is {username}"],
    },
    "pin": {
        "nl": ["pincode: {pin}", "pincode is {pin}", "pin {pin}", "mijn pin is {pin}", "pincdoe {pin}", "{pin} is mijn pincode",
               "sim pincode {pin}", "de pincode van mijn pas is {pin}", "app-pin {pin:app}", "met pin {pin} lukt het niet",
               "pincode ingetoetst: {pin}"],
        "be": ["pincode {pin}", "mijn pincode is {pin}", "pin-code: {pin}", "code van mijn bankkaart is {pin}",
               "{pin} als pincode", "geheime code {pin}"],
        "fr": ["code pin : {pin}", "mon code secret est {pin}", "PIN {pin}", "le code PIN de ma carte c'est {pin}",
               "code pin sim {pin}", "{pin} c'est mon code pin", "code confidentiel {pin}"],
        "en": ["PIN: {pin}", "my pin is {pin}", "pin number {pin}", "SIM PIN {pin}", "the PIN is {pin}", "{pin} is my pin",
               "card pin {pin}", "pin no. {pin}", "app passcode {pin:app}", "pin code {pin}"],
    },
    "puk": {
        "nl": ["PUK: {puk}", "pukcode {puk}", "puk-code is {puk}", "de PUK {puk} werkt niet", "{puk} is de puk", "puk code {puk}",
               "pukcdoe {puk}", "PUK1 {puk}", "puk volgens de app: {puk}"],
        "be": ["PUK-code: {puk}", "puk {puk}", "mijn pukcode is {puk}", "de puk op de kaart is {puk}", "{puk} (puk)",
               "PUK nummer {puk}"],
        "fr": ["code PUK : {puk}", "PUK {puk}", "mon code puk c'est {puk}", "le puk {puk} ne fonctionne pas", "puk: {puk}",
               "{puk} = code PUK", "code de déblocage {puk}"],
        "en": ["PUK: {puk}", "PUK code {puk}", "puk is {puk}", "my PUK number is {puk}", "PUK1 {puk}", "{puk} is the PUK",
               "PUK - {puk}", "the puk code on the card says {puk}", "unblocking code {puk}"],
    },
    "otp": {
        "nl": ["de code uit de sms is {otp}", "verificatiecode: {otp}", "verificatiecdoe {otp}", "sms-code {otp}", "2FA code {otp}",
               "eenmalige code {otp}", "{otp} is de code die ik kreeg", "bevestigingscode {otp}", "inlogcode uit de app: {otp}",
               "activatiecode {otp}", "de sms code ({otp})"],
        "be": ["sms-code: {otp}", "de code die ik kreeg is {otp}", "verificatiecode {otp}", "bevestigingscode: {otp}",
               "digipass-code {otp}", "eenmalige code {otp}", "responscode van de kaartlezer {otp}"],
        "fr": ["code de vérification : {otp}", "code reçu par sms {otp}", "le code {otp} est refusé", "code de confirmation sms {otp}",
               "code à usage unique: {otp}", "{otp} c'est le code reçu", "code 2FA {otp}", "code d'activation {otp}"],
        "en": ["verification code: {otp}", "the code from the text was {otp}", "one-time code {otp}", "2FA code {otp}", "OTP {otp}",
               "{otp} is the code I got", "auth code {otp}", "login code {otp}", "passcode sent to my phone: {otp}",
               "security code from the sms {otp}", "the 6 digit code ({otp:plain})"],
    },
    "wifi": {
        "nl": ["wifi wachtwoord: {wifi_key}", "wifi-code {wifi_key}", "netwerksleutel {wifi_key}", "WPA-sleutel {wifi_key}",
               "wifi ww {wifi_key}", "de sleutel op de sticker is {wifi_key}", "{wifi_key} is de wifi key",
               "wachtwoord van de wifi is {wifi_key}", "wifiwachtwood {wifi_key}", "draadloze sleutel: {wifi_key}"],
        "be": ["wifi-paswoord: {wifi_key}", "wifi paswoord is {wifi_key}", "netwerksleutel {wifi_key}", "de code van de wifi {wifi_key}",
               "wifi key {wifi_key}", "sleutel achteraan de modem: {wifi_key}"],
        "fr": ["clé wifi : {wifi_key}", "mot de passe wifi {wifi_key}", "clé WPA {wifi_key}", "la clé de sécurité réseau est {wifi_key}",
               "code wifi {wifi_key}", "mdp wifi {wifi_key}", "clé inscrite sous le modem: {wifi_key}"],
        "en": ["wifi password: {wifi_key}", "WPA key {wifi_key}", "network key {wifi_key}", "wifi key is {wifi_key}",
               "the key on the sticker is {wifi_key}", "WPA2 passphrase {wifi_key}", "{wifi_key} is the wifi password",
               "wireless key {wifi_key}", "wi-fi pw {wifi_key}"],
    },
    "api_key": {
        "nl": ["API key: {api_key}", "onze key {api_key}", "met sleutel {api_key}", "secret key {api_key:sk}",
               "publishable key {api_key:pk}", "consumer key {api_key:ck} en consumer secret {api_key:cs}",
               "AWS access key {api_key:akia} met secret {api_key:awssecret}", "api-sleutel {api_key}"],
        "be": ["API-sleutel: {api_key}", "de key {api_key}", "onze apikey {api_key:hex32}", "restricted key {api_key:rk}",
               "Google key {api_key:aiza}", "sleutel {api_key:api}"],
        "fr": ["clé API : {api_key}", "notre clé {api_key}", "clé secrète {api_key:sk}", "la clé SendGrid {api_key:sg}",
               "clé d'accès AWS {api_key:akia}", "clé API Google {api_key:aiza}", "consumer secret {api_key:cs}"],
        "en": ["API key: {api_key}", "api_key={api_key}", "our key {api_key}", "secret key {api_key:sk}",
               "AWS_ACCESS_KEY_ID={api_key:akia}", "aws secret {api_key:awssecret}", "SendGrid key {api_key:sg}",
               "x-api-key: {api_key:hex32}", "Authorization: ApiKey {api_key:api}", "key={api_key:aiza}"],
    },
    "token": {
        "nl": ["token: {token}", "Bearer {token:jwt}", "access token {token}", "mijn github token {token:ghp}", "sessietoken {token:sess}",
               "refresh token {token:refresh}", "de token {token:hex40}", "slack bot token {token:xoxb}"],
        "be": ["token {token}", "Authorization: Bearer {token:jwt}", "onze gitlab token {token:glpat}", "de access token is {token}",
               "sessie-token {token:sess}", "token (hex) {token:hex40}"],
        "fr": ["jeton : {token}", "token d'accès {token}", "Bearer {token:jwt}", "mon token GitHub {token:pat}", "le token {token:hex40}",
               "jeton de rafraîchissement {token:refresh}", "token Slack {token:xoxb}"],
        "en": ["token: {token}", "Authorization: Bearer {token:jwt}", "access_token={token}", "GH token {token:ghp}",
               "personal access token {token:pat}", "slack token {token:xoxp}", "session token {token:sess}",
               "the token {token:hex40}", "refresh_token: {token:refresh}", "gitlab token {token:glpat}"],
    },
    "card": {
        "nl": ["kaartnummer {card}", "creditcard {card}", "pasnummer: {card}", "kaart {card}", "creditcardnummer is {card}",
               "{card} is de kaart", "nummer van de kaart: {card}", "visa {card:visa}", "mastercard {card:mc}"],
        "be": ["kaartnummer {card}", "mijn kredietkaart {card}", "bancontactkaart {card:maestro}", "nummer op de kaart: {card}",
               "visa-kaart {card:visa}"],
        "fr": ["numéro de carte : {card}", "ma carte {card}", "carte de crédit {card}", "carte visa {card:visa}", "n° de carte {card}",
               "la carte {card}"],
        "en": ["card number: {card}", "card {card}", "my card is {card}", "long number {card}", "amex {card:amex}", "card no {card}",
               "the 16 digits: {card:visa}", "{card} is the card", "debit card {card:mc}"],
    },
    "cardfull": {
        "nl": ["{card} ({card_expiry}) cvc {cvv}", "kaart {card}, {card_expiry}, code achterop {cvv}",
               "creditcard {card} geldig tot {card_expiry} en de 3 cijfers achterop zijn {cvv}",
               "kaartnr: {card}\nvervaldatum: {card_expiry}\ncvc: {cvv}", "{card} exp {card_expiry} cvv {cvv}",
               "nummer {card} verloopt {card_expiry} beveiligingscode {cvv}", "kaart: {card} {card_expiry} {cvv}",
               "{card}, {card_expiry}, cvc: {cvv}"],
        "be": ["kredietkaart {card} vervalt {card_expiry} cvc {cvv}", "kaart {card} - {card_expiry} - code achteraan {cvv}",
               "{card} (vervaldatum {card_expiry}, cvv {cvv})", "kaartnummer {card} vervaldag {card_expiry} veiligheidscode {cvv}",
               "{card} {card_expiry} en de 3 cijfers achteraan {cvv}"],
        "fr": ["carte {card} exp {card_expiry} cryptogramme {cvv}", "numéro {card}, date d'expiration {card_expiry}, code au dos {cvv}",
               "{card} ({card_expiry}) CVC {cvv}", "carte: {card}\nexpire: {card_expiry}\ncode de sécurité: {cvv}",
               "{card} valable jusqu'au {card_expiry} et les chiffres derrière {cvv}", "ma carte {card} exp. {card_expiry} cvv {cvv}"],
        "en": ["{card} exp {card_expiry} cvv {cvv}", "card number {card}, expiry {card_expiry}, security code {cvv}",
               "{card} ({card_expiry}) cvc {cvv}", "Card: {card}\nExp: {card_expiry}\nCVV: {cvv}", "{card}, {card_expiry}, {cvv} on the back",
               "long number {card} expires {card_expiry} and the code on the back is {cvv}", "card {card} valid thru {card_expiry} csc {cvv}",
               "{card} {card_expiry} cvv2 {cvv}", "number {card}, exp. date {card_expiry}, CVV {cvv}"],
    },
    "cvv": {
        "nl": ["cvc {cvv}", "de code achterop is {cvv}", "3 cijfers achterop: {cvv:three}", "beveiligingscode {cvv}", "cvv-code {cvv}",
               "{cvv} is de cvc", "controlegetal {cvv}", "cvv {cvv}"],
        "be": ["cvc-code {cvv}", "de drie cijfers achteraan: {cvv:three}", "veiligheidscode {cvv}", "cvv {cvv}", "{cvv} staat achteraan"],
        "fr": ["cryptogramme {cvv}", "CVV {cvv}", "les 3 chiffres au dos: {cvv:three}", "code de sécurité {cvv}", "code au dos {cvv}",
               "cvc: {cvv}"],
        "en": ["CVV {cvv}", "security code {cvv}", "cvc: {cvv}", "the 3 digits on the back are {cvv:three}", "CVV2 {cvv}",
               "{cvv} is the security code", "csc {cvv}", "code on the back {cvv}", "card verification code {cvv}"],
    },
    "iban": {
        "nl": ["IBAN: {iban}", "rekeningnummer {iban}", "mijn rekening {iban}", "op {iban} t.n.v. {$name}", "iban {iban}",
               "{iban} is mijn rekeningnr", "rek.nr. {iban}", "bankrekening: {iban}", "IBAN-nummer {iban}", "Duitse rekening {iban:de}"],
        "be": ["rekeningnummer {iban}", "IBAN: {iban}", "op rekening {iban}", "mijn bankrekening is {iban}", "{iban} (op mijn naam)",
               "rekeningnr: {iban:be}"],
        "fr": ["IBAN : {iban}", "mon numéro de compte {iban}", "compte {iban}", "sur le compte {iban}", "compte français {iban:fr}",
               "{iban} au nom de {$name}", "compte luxembourgeois {iban:lu}"],
        "en": ["IBAN: {iban}", "my IBAN is {iban}", "account {iban}", "IBAN {iban}", "bank account (IBAN) {iban}",
               "please refund to {iban}", "{iban} is my account", "Irish IBAN {iban:ie}", "my Spanish account {iban:es}"],
    },
    "bsn": {
        "nl": ["BSN: {bsn}", "burgerservicenummer {bsn}", "mijn bsn is {bsn}", "bsn-nummer {bsn}", "sofinummer {bsn}", "{bsn} is mijn BSN",
               "BSN {bsn}", "bsn nr {bsn}", "burgerservicenr: {bsn}", "bsn van mijn zoon: {bsn}", "burgerservicenumer {bsn}"],
        "be": ["mijn Nederlands BSN {bsn}", "BSN-nummer {bsn}", "burgerservicenummer (NL) {bsn}", "bsn {bsn}", "{bsn} (BSN)"],
        "fr": ["mon numéro BSN néerlandais {bsn}", "BSN : {bsn}", "numéro de service citoyen (BSN) {bsn}", "bsn {bsn}",
               "mon BSN c'est {bsn}", "{bsn} (BSN)"],
        "en": ["BSN: {bsn}", "my BSN is {bsn}", "Dutch citizen service number {bsn}", "BSN number {bsn}", "burgerservicenummer {bsn}",
               "{bsn} is my BSN", "citizen service no. {bsn}", "BSN {bsn}", "my wife's BSN {bsn}"],
    },
    "email": {
        "nl": ["mail: {email}", "mijn e-mailadres is {email}", "e-mail {email}", "mailadres: {email}", "stuur maar naar {email}"],
        "be": ["mail {email}", "mijn mailadres: {email}", "e-mail: {email}"],
        "fr": ["mon mail {email}", "adresse e-mail : {email}", "courriel {email}", "écrivez-moi sur {email}"],
        "en": ["email: {email}", "my email is {email}", "reach me at {email}", "e-mail {email}", "send it to {email}"],
    },
    "phone": {
        "nl": ["tel {phone}", "bel me op {phone}", "mijn nummer is {phone}", "telefoonnummer {phone}", "bereikbaar op {phone}",
               "mobiel: {phone}"],
        "be": ["gsm {phone}", "mijn gsm-nummer is {phone}", "tel: {phone}", "bel gerust naar {phone}"],
        "fr": ["gsm : {phone}", "mon numéro {phone}", "tél. {phone}", "joignable au {phone}"],
        "en": ["phone: {phone}", "call me on {phone}", "my number is {phone}", "mobile {phone}", "cell {phone}", "text me at {phone}"],
    },
    "address": {
        "nl": ["adres: {address}", "ik woon op {address}", "mijn adres is {address}", "bezorgadres {address}", "nieuwe adres: {address}"],
        "be": ["adres: {address}", "ik woon in de {address}", "mijn adres: {address}", "leveradres {address}"],
        "fr": ["adresse : {address}", "j'habite {address}", "mon adresse {address}", "adresse de livraison {address}"],
        "en": ["address: {address}", "I live at {address}", "my address is {address}", "delivery address {address}", "ship to {address}"],
    },
    "dob": {
        "nl": ["geboortedatum {date_of_birth}", "geb. {date_of_birth}", "ik ben van {date_of_birth}", "geb datum: {date_of_birth}",
               "geboren op {date_of_birth}"],
        "be": ["geboortedatum: {date_of_birth}", "geboren {date_of_birth}", "°{date_of_birth}"],
        "fr": ["date de naissance : {date_of_birth}", "né le {date_of_birth}", "née le {date_of_birth}", "DDN {date_of_birth}"],
        "en": ["DOB {date_of_birth}", "date of birth: {date_of_birth}", "born {date_of_birth}", "d.o.b. {date_of_birth}",
               "birthday is {date_of_birth}"],
    },
    "custno": {
        "nl": ["klantnummer {customer_number}", "klantnr: {customer_number}", "mijn klantnummer is {customer_number}",
               "abonneenummer {customer_number}", "contractnummer {customer_number}", "polisnummer {customer_number}",
               "lidnummer {customer_number}"],
        "be": ["klantennummer {customer_number}", "klantnr {customer_number}", "mijn klantnummer: {customer_number}",
               "contractnummer {customer_number}"],
        "fr": ["numéro client {customer_number}", "n° de client : {customer_number}", "référence client {customer_number}",
               "numéro de contrat {customer_number}"],
        "en": ["account number {customer_number}", "customer no. {customer_number}", "my account # is {customer_number}",
               "membership number {customer_number}", "policy number {customer_number}", "customer ID {customer_number}"],
    },
    "ip": {
        "nl": ["mijn IP is {ip_address}", "IP-adres {ip_address}", "vanaf {ip_address}"],
        "be": ["ip-adres {ip_address}", "vanaf ip {ip_address}"],
        "fr": ["adresse IP {ip_address}", "depuis l'IP {ip_address}"],
        "en": ["my IP is {ip_address}", "from IP {ip_address}", "ip: {ip_address}"],
    },
}
SNIP_TYPES = {"password": {"password"}, "login": {"username", "password"}, "user": {"username"}, "pin": {"pin"},
              "puk": {"puk"}, "otp": {"otp"}, "wifi": {"wifi_key"}, "api_key": {"api_key"}, "token": {"token"},
              "card": {"card"}, "cardfull": {"card", "card_expiry", "cvv"}, "cvv": {"cvv"}, "iban": {"iban"},
              "bsn": {"bsn"}, "email": {"email"}, "phone": {"phone"}, "address": {"address"},
              "dob": {"date_of_birth"}, "custno": {"customer_number"}, "ip": {"ip_address"}}


SNIPNP = {
    "puk": {"nl": ["PUK {puk}", "pukcode {puk}", "de PUK-code {puk}", "puk {puk}", "de puk ({puk})"],
            "be": ["PUK-code {puk}", "de puk {puk}", "pukcode {puk}", "de PUK ({puk})"],
            "fr": ["le code PUK {puk}", "le PUK {puk}", "code puk {puk}", "le puk ({puk})"],
            "en": ["PUK {puk}", "the PUK code {puk}", "PUK number {puk}", "the puk ({puk})"]},
    "pin": {"nl": ["pincode {pin}", "de pincode {pin}", "pin {pin}", "de pin ({pin})", "pincdoe {pin}"],
            "be": ["pincode {pin}", "de pincode {pin}", "de geheime code {pin}", "pin {pin}"],
            "fr": ["le code PIN {pin}", "le code secret {pin}", "code pin {pin}", "le code ({pin})"],
            "en": ["PIN {pin}", "the PIN {pin}", "pin {pin}", "the pin ({pin})", "PIN code {pin}"]},
    "wifi": {"nl": ["wifi wachtwoord {wifi_key}", "de netwerksleutel {wifi_key}", "WPA-sleutel {wifi_key}", "de code van de sticker ({wifi_key})"],
             "be": ["het wifi-paswoord {wifi_key}", "de netwerksleutel {wifi_key}", "wifi key {wifi_key}", "de wifi-code {wifi_key}"],
             "fr": ["la clé wifi {wifi_key}", "la clé WPA {wifi_key}", "le mot de passe wifi {wifi_key}", "le code wifi ({wifi_key})"],
             "en": ["wifi password {wifi_key}", "the WPA key {wifi_key}", "network key {wifi_key}", "the key from the sticker ({wifi_key})"]},
    "otp": {"nl": ["de code {otp}", "sms-code {otp}", "verificatiecode {otp}", "de 2FA-code {otp}", "bevestigingscode {otp}", "de code uit de sms ({otp})"],
            "be": ["de code {otp}", "sms-code {otp}", "de responscode {otp}", "verificatiecode {otp}"],
            "fr": ["le code {otp}", "le code sms {otp}", "le code de vérification {otp}", "le code sms ({otp})"],
            "en": ["the code {otp}", "code {otp}", "OTP {otp}", "the verification code {otp}", "the 2FA code {otp}", "the text code ({otp})"]},
    "bsn": {"nl": ["mijn BSN {bsn}", "BSN {bsn}", "burgerservicenummer {bsn}", "mijn bsn ({bsn})"],
            "be": ["mijn BSN {bsn}", "BSN {bsn}"], "fr": ["mon BSN {bsn}", "le BSN {bsn}"], "en": ["my BSN {bsn}", "BSN {bsn}"]},
    "iban": {"nl": ["rekening {iban}", "IBAN {iban}", "rekeningnummer {iban}", "mijn rekening ({iban})"],
             "be": ["rekening {iban}", "rekeningnummer {iban}", "IBAN {iban}", "mijn rekening ({iban})"],
             "fr": ["le compte {iban}", "l'IBAN {iban}", "mon compte {iban}", "mon compte ({iban})"],
             "en": ["account {iban}", "IBAN {iban}", "my account ({iban})", "my IBAN {iban}"]},
    "card": {"nl": ["kaartnummer {card}", "creditcard {card}", "pas {card}", "visa {card:visa}", "mastercard {card:mc}", "kaart {card}"],
             "be": ["kaart {card}", "kredietkaart {card}", "bancontactkaart {card:maestro}", "visa {card:visa}"],
             "fr": ["la carte {card}", "ma carte {card}", "carte visa {card:visa}", "ma mastercard {card:mc}"],
             "en": ["card {card}", "my card {card}", "amex {card:amex}", "visa {card:visa}", "debit card {card:mc}", "card no. {card}"]},
    "api_key": {"nl": ["key {api_key}", "API key {api_key}", "secret key {api_key:sk}", "sleutel {api_key:hex32}", "AWS key {api_key:akia}"],
                "be": ["key {api_key}", "API-sleutel {api_key}", "restricted key {api_key:rk}", "consumer secret {api_key:cs}"],
                "fr": ["la clé {api_key}", "la clé API {api_key}", "la clé secrète {api_key:sk}", "la clé Google {api_key:aiza}"],
                "en": ["key {api_key}", "API key {api_key}", "secret key {api_key:sk}", "the key {api_key:hex32}", "Google key {api_key:aiza}"]},
    "token": {"nl": ["token {token}", "access token {token}", "Bearer token {token:jwt}", "refresh token {token:refresh}"],
              "be": ["token {token}", "de access token {token}", "gitlab token {token:glpat}", "sessietoken {token:sess}"],
              "fr": ["le token {token}", "le jeton {token}", "le token GitHub {token:ghp}", "le jeton d'accès {token:jwt}"],
              "en": ["token {token}", "access token {token}", "the bearer token {token:jwt}", "PAT {token:pat}", "refresh token {token:refresh}"]},
    "cvv": {"nl": ["cvc {cvv}", "de code achterop ({cvv})", "cvv {cvv}", "beveiligingscode {cvv}"],
            "be": ["de cvc-code {cvv}", "de veiligheidscode {cvv}", "cvv {cvv}", "de code achteraan ({cvv})"],
            "fr": ["le cryptogramme {cvv}", "le CVV {cvv}", "le code au dos ({cvv})", "le code de sécurité {cvv}"],
            "en": ["CVV {cvv}", "security code {cvv}", "the code on the back ({cvv})", "CVC {cvv}"]},
    "password": {"nl": ["wachtwoord {password}", "het nieuwe wachtwoord {password}", "ww {password}", "wachtwoord ({password})"],
                 "be": ["paswoord {password}", "het nieuwe paswoord {password}", "pw {password}", "paswoord ({password})"],
                 "fr": ["le mot de passe {password}", "le mdp {password}", "le nouveau mot de passe {password}", "le mdp ({password})"],
                 "en": ["password {password}", "the new password {password}", "pw {password}", "the password ({password})"]},
    "ip": {"nl": ["IP {ip_address}", "IP-adres {ip_address}"], "be": ["ip {ip_address}", "ip-adres {ip_address}"],
           "fr": ["l'IP {ip_address}", "l'adresse IP {ip_address}"], "en": ["IP {ip_address}", "IP address {ip_address}"]},
}


def pick_snippet(grp, ctx, np=False):
    g = ctx.group
    if g == "be" and ctx.rng.random() < 0.35:
        g = "nl"
    lst = (SNIPNP if np else SNIP)[grp][g]
    idxs = list(range(len(lst)))[ctx.half::2]
    i = ctx.rng.choice(idxs)
    return f"{'np' if np else 'snip'}:{grp}:{g}:{i}", lst[i]


# ---------------------------------------------------------------------------------------------
# message bodies: BODIES[group] = [(sector, text)], dealt alternately per group list
# ---------------------------------------------------------------------------------------------

BODIES = {
    "nl": [
        ("telco", "Mijn sim is geblokkeerd na drie keer de verkeerde pincode. {N:puk} geprobeerd maar ook die wordt geweigerd. Toestel: {!model_number}"),
        ("telco", "Nieuwe simkaart erin gedaan maar {N:pin} wordt niet geaccepteerd, staat gewoon zo op de brief"),
        ("telco", "Modem {!model_number} opnieuw opgestart, het wifi wachtwoord staat op de sticker maar die is half weggescheurd. Hoe kom ik aan een nieuwe?"),
        ("telco", "Sinds de update naar {!version_string} maakt mijn laptop geen verbinding meer met {$ssid}. {N:wifi} heb ik al drie keer ingetypt"),
        ("telco", "Al sinds {!time} geen internet in {$city}, ik betaal {!amount} per maand voor {!quantity}. Storing bekend?"),
        ("telco", "Volgens de app heb ik al {!percentage} van mijn {!quantity:data} gebruikt terwijl ik de hele week op wifi zat"),
        ("telco", "Ik wil nummerbehoud voor {phone}, {P:custno}. Wanneer wordt de nieuwe sim actief?"),
        ("telco", "Krijg steeds foutcode {!error_code} bij inloggen op Mijn {$brand}. {P:login}"),
        ("telco", "Telefoon vraagt om de PUK, in de app zie ik alleen {!masked_value}. Waar vind ik de echte code?"),
        ("telco", "Kan iemand uitleggen waarom factuur {!invoice_number} ineens {!amount} is? Normaal de helft"),
        ("telco", "Mijn dochter heeft 3x de pin fout ingetoetst, {P:puk}. Haar nummer is {phone}"),
        ("bank", "Pas ingeslikt door de automaat in {$city}. Graag blokkeren, {P:card}"),
        ("bank", "Per ongeluk {!amount} overgemaakt naar {iban} ipv naar mijn spaarrekening. Kan dat nog terug?"),
        ("bank", "Ik krijg geen sms-code meer bij het inloggen. De laatste die wel kwam was {otp} maar die was al verlopen"),
        ("bank", "Foutcode {!error_code} bij het pinnen bij de supermarkt, pas is gloednieuw. Pincode heb ik echt goed ingetoetst"),
        ("bank", "Ik ben gebeld door iemand van 'de bank' en heb {N:otp} doorgegeven. Ik vertrouw het niet, wat moet ik doen??"),
        ("bank", "Graag mijn creditcard blokkeren, ik denk dat hij gekopieerd is: {P:cardfull}"),
        ("bank", "Kan ik mijn pincode wijzigen in de app? {P:pin}, die wil ik kwijt"),
        ("bank", "Mijn salaris staat nog niet op {iban}, werkgever zegt dat het op {!date} is overgemaakt"),
        ("bank", "De app crasht bij het scannen van de QR-code, versie {!version_string} op een {!model_number}"),
        ("bank", "Waarom wordt er {!amount} aan kosten afgeschreven? Rekening eindigt op {!masked_value}"),
        ("gov", "Ik kom niet in het {$brand} portaal. {N:bsn} wordt niet herkend, geboortedatum {date_of_birth}"),
        ("gov", "Gegevens: {$name} {date_of_birth} {bsn}. Graag mijn toeslag over {!year} herberekenen."),
        ("gov", "Mijn aanvraag met kenmerk {!ticket_number} staat sinds {!date} op 'in behandeling'. Hoe lang nog?"),
        ("gov", "Het burgerservicenummer van mijn dochter is {bsn}, zij is geboren op {date_of_birth}. Moet ik haar apart aanmelden?"),
        ("gov", "Waar vind ik mijn BSN? Op de brief staat alleen {!masked_value} en de helpdesk {!company_phone} is dicht"),
        ("insurance", "Schade gemeld op {!date}, dossiernummer {!ticket_number}. {P:custno}, ik hoor maar niks"),
        ("insurance", "Uitkering graag op {iban} t.n.v. {$name}. Schadenummer {!ticket_number}"),
        ("insurance", "Mijn premie is met {!percentage} gestegen naar {!amount} per maand, dat is toch niet normaal?"),
        ("travel", "Vlucht {!flight_number} van {!date} geannuleerd en nog steeds geen {!amount} terug. {P:iban}"),
        ("travel", "Boeking verdwenen uit de app. Inloggegevens: {P:login}. Vertrek is over 3 dagen!"),
        ("travel", "Ik heb de incheckmail niet ontvangen voor {!flight_number}, vertrek om {!time}"),
        ("gaming", "Account gehackt!! Iemand heeft mijn wachtwoord veranderd, oude was {password}. Gamertag {username}"),
        ("gaming", "Geen 2FA mail meer binnen voor {$brand}. Wel een oude met {N:otp} maar die doet niks"),
        ("gaming", "Mijn {!model_number} geeft {!error_code} bij het starten van de game, al opnieuw geïnstalleerd"),
        ("gaming", "kan nie inloggen\n{username}\n{password}\nwaarom werkt dit niet"),
        ("streaming", "Abonnement is zonder bericht {!amount} duurder geworden, {!percentage} erbij!"),
        ("streaming", "Mijn zus gebruikt mijn account, {P:login}, kan zij een eigen profiel krijgen zonder dat ik alles moet delen?"),
        ("streaming", "Tv-app blijft hangen op het laadscherm, {!model_number} met {!version_string}"),
        ("utility", "Meterstand doorgeven: {!meter_reading} (normaal) en {!meter_reading} (dal). {P:custno}"),
        ("utility", "Voorschot verhoogd naar {!amount} terwijl ik maar {!quantity} per jaar verbruik"),
        ("utility", "Ik ben verhuisd naar {address}, graag het contract overzetten per {!date}. {P:custno}"),
        ("utility", "Terugbetaling van de jaarafrekening graag op {N:iban}"),
        ("shop", "Bestelling {!order_number} nog steeds niet binnen, volgens track & trace {!tracking_number} is hij bezorgd"),
        ("shop", "Betaald met {N:card} maar bestelling {!order_number} staat op 'wacht op betaling'"),
        ("shop", "Kan het pakket naar mijn werkadres? {P:address}"),
        ("shop", "Artikel {!product_code} kapot aangekomen, retourlabel werkt niet ({!url})"),
        ("shop", "Kortingscode werkt niet, ik krijg {!error_code}. Bestelnummer {!order_number}"),
        ("api", "Onze webhook geeft {!error_code}. We gebruiken {N:api_key} in productie met SDK {!version_string}"),
        ("api", "Na het roteren werkt {N:api_key} niet meer. Volgens {!url} moet het direct actief zijn"),
        ("api", "{N:token} verloopt na 5 minuten ipv na een uur, is dat normaal?"),
        ("api", "We krijgen {!error_code} na 100 requests per minuut, sinds versie {!version_string}. Rate limit veranderd?"),
        ("bank", "Graag terugstorten op {iban}\nsorry typo, het is {iban}"),
        ("telco", "mijn nummer is {phone}... wacht nee, {phone} is het goede"),
        ("shop", "wachtwoord is {password}\noeps tikfout, {password}"),
        ("gov", "BSN {bsn}. Correctie: het moet {bsn} zijn, cijfers omgedraaid"),
        ("telco", "Mijn vader (84) heeft een nieuwe {!model_number} maar krijgt de wifi niet aan de praat. {P:wifi}, netwerknaam {$ssid}. Kan er iemand langskomen?"),
        ("bank", "Ik heb een nieuwe pas aangevraagd maar {N:pin} uit de pincodebrief werkt niet bij de automaat"),
        ("shop", "Jullie hebben {!amount} afgeschreven van {N:iban} maar ik heb niks besteld!!"),
        ("bank", "Ok, {P:otp}. Maar de app zegt nog steeds dat de verificatie is mislukt"),
        ("gaming", "{N:otp} ingetypt en hij zegt 'code verlopen', terwijl ik binnen 10 sec was"),
        ("telco", "Zoals gevraagd: {P:wifi}. Netwerk heet {$ssid}"),
        ("telco", "De monteur heeft de wifi aangepast, {P:wifi}, maar de printer pakt hem niet"),
        ("shop", "Betaling mislukt met {!error_code}. {P:card}, verloopt {card_expiry}, {P:cvv}"),
        ("travel", "Bij het boeken vraagt de site om de cvc, {P:cvv}, maar daarna krijg ik een wit scherm"),
        ("telco", "Zoals gevraagd: {P:puk}"),
        ("telco", "{P:puk}, die had ik nog in een la liggen. Toch blijft de sim geblokkeerd"),
        ("telco", "Sim van mijn moeder vraagt om de pin, {N:pin} klopt volgens haar"),
        ("bank", "Nieuwe pas is binnen maar {N:pin} wordt geweigerd in de winkel"),
        ("api", "Zoals gevraagd het token waar het misgaat: {P:token}"),
        ("api", "Webhook-verificatie faalt, {P:token}, server geeft {!error_code}"),
        ("api", "Wij zijn partner (KvK {!company_registration:kvk}). {N:api_key} geeft {!error_code}"),
        ("api", "Testomgeving werkt, productie niet: {P:api_key}"),
        ("bank", "Er staat een betaling van {!amount} op mijn afschrift die ik niet ken, {P:card}"),
        ("travel", "Boeking betaald met {N:card} maar geen bevestiging ontvangen"),
        ("insurance", "Graag de premie voortaan afschrijven van {N:iban}"),
        ("gov", "De toeslag moet naar {N:iban}, niet meer naar mijn oude rekening"),
        ("gov", "Zoals gevraagd: {P:bsn}, {P:dob}"),
        ("insurance", "Voor de zorgverzekering van mijn zoon: {P:bsn}"),
        ("streaming", "Nieuw wachtwoord ingesteld maar {N:password} wordt niet geaccepteerd op de tv"),
        ("shop", "{N:password} ingevuld en toch zegt de site 'onjuiste gegevens'"),
        ("utility", "Mijn Omgeving werkt niet: {P:login}"),
        ("gaming", "Hacker heeft mijn mailadres veranderd. Oude gegevens: {P:login}"),
        ("gaming", "Ik ben mijn ww vergeten, {P:user}"),
        ("streaming", "Reset-mail komt niet aan, {P:user}"),
        ("gaming", "Ik ben verbannen maar heb niks gedaan, {P:ip}"),
        ("api", "Onze server ({P:ip}) wordt geblokkeerd door jullie firewall"),
        ("shop", "Graag de factuur op naam van ons bedrijf, KvK {!company_registration:kvk} en btw-nummer {!company_registration:btw}"),
        ("shop", "Is EAN {!product_code} weer op voorraad? Vorige keer betaalde ik {!amount}"),
        ("telco", "Ik heb {!company_phone} gebeld maar daar konden ze me ook niet verder helpen"),
        ("utility", "Ik heb {!company_phone} gebeld over meterstand {!meter_reading}, ze zouden terugbellen"),
        ("api", "Hoi, onze developer is ziek. Kunnen jullie checken of deze nog actief is? {P:api_key}"),
        ("api", "Wij krijgen {!error_code} op de sandbox. {P:api_key}"),
        ("api", "Sinds jullie update ({!version_string}) faalt elke call. {P:api_key}, {P:token}"),
        ("api", "Graag deze sleutel intrekken, hij stond in een screenshot op LinkedIn: {P:api_key}"),
        ("gaming", "Mijn account is vergrendeld wegens een 'verdachte login' vanaf {ip_address}, dat was ik gewoon zelf"),
        ("streaming", "Er is ingelogd vanaf {N:ip} in een land waar ik nog nooit geweest ben"),
    ],
    "be": [
        ("telco", "Sinds gisteren geen internet meer, modem {!model_number} knippert rood. Ik betaal {!amount} per maand!"),
        ("telco", "Mijn gsm vraagt de PUK-code. {N:puk} geprobeerd maar die werkt ook niet, wat nu?"),
        ("telco", "Nieuwe simkaart ontvangen maar {N:pin} wordt niet aanvaard"),
        ("telco", "Kan iemand de wifi van mijn ouders instellen? {P:wifi}, netwerk {$ssid}"),
        ("telco", "Mijn factuur {!invoice_number} klopt niet, {!amount} voor {!quantity} extra data?"),
        ("telco", "Mijn login voor de app werkt niet meer: {P:login}"),
        ("bank", "Mijn bankkaart is geblokkeerd na 3 keer foute code. {P:card}, graag deblokkeren"),
        ("bank", "Ik heb een verdachte sms gekregen en op de link geklikt, daarna {N:otp} ingegeven. Help!"),
        ("bank", "Foutmelding {!error_code} in de app bij het scannen met de kaartlezer"),
        ("bank", "Gelieve het geld terug te storten op {N:iban}, het ging om {!amount}"),
        ("bank", "Ik heb mijn pincode vergeten, kan ik een nieuwe aanvragen? Mijn oude was denk ik {pin}"),
        ("bank", "Iemand heeft met mijn kredietkaart betaald: {P:cardfull}"),
        ("insurance", "Schadeaangifte gedaan op {!date}, dossier {!ticket_number}. {P:custno}"),
        ("insurance", "Terugbetaling hospitalisatie graag op {iban}. Ik ben {$name}, {P:dob}"),
        ("travel", "Vlucht {!flight_number} had {!time} vertraging bij vertrek, ik wil compensatie. Rekening: {iban}"),
        ("travel", "Mijn treinticket staat niet in de app. Login {username}, paswoord {password}"),
        ("gaming", "Iemand is op mijn account ingelogd vanaf {ip_address}, dat ben ik niet! {P:user}"),
        ("gaming", "Game crasht met {!error_code} op mijn {!model_number}"),
        ("streaming", "Mijn abonnement werd {!amount} duurder, waarom?"),
        ("streaming", "Kan ik mijn account delen met mijn vriendin? {P:login}"),
        ("utility", "Meterstand van vandaag: {!meter_reading} kWh dag en {!meter_reading} nacht. {P:custno}"),
        ("utility", "Verhuisd naar {address} op {!date}, graag mijn contract aanpassen"),
        ("utility", "Het voorschot stijgt met {!percentage}, dat is toch zot"),
        ("shop", "Pakje {!tracking_number} zou gisteren geleverd zijn maar niks gekregen"),
        ("shop", "Betaald met {N:card} maar bestelling {!order_number} is geannuleerd??"),
        ("shop", "Gelieve te leveren op {address}, ik ben overdag thuis"),
        ("api", "Onze webshopkoppeling geeft {!error_code} sinds de update, key: {api_key}"),
        ("api", "Kunnen jullie {N:token} intrekken? Per ongeluk in een publieke repo gezet"),
        ("gov", "Ik woon in België maar werk in Nederland, {P:bsn}. Waar vind ik mijn jaaropgave {!year}?"),
        ("gov", "Mijn aanvraag {!ticket_number} is nog altijd niet behandeld, ik heb al gebeld naar {!company_phone}"),
        ("bank", "Rekeningnummer {iban}\n*{iban} sorry, vergist"),
        ("telco", "pincode {pin} - nee sorry, {pin}"),
        ("telco", "Ik zit met een {!model_number} en de code van de wifi staat nergens op de doos. Wat is die code?"),
        ("bank", "Mijn kaartlezer geeft {!error_code} en daarna vraagt hij een {N:otp} die ik nooit krijg"),
        ("bank", "Ok, {P:otp}, maar de app blijft laden"),
        ("bank", "Ik kreeg {N:otp} maar die is ongeldig volgens de website"),
        ("telco", "Hierbij {N:wifi}, de tv vindt het netwerk {$ssid} wel maar verbindt niet"),
        ("telco", "Technieker is geweest, {P:wifi}, maar in de living is er geen bereik"),
        ("shop", "Betaling lukt niet: {P:card}, {P:cvv}, vervalt {card_expiry}"),
        ("travel", "Bij het boeken vraagt hij {N:cvv} en dan loopt het vast"),
        ("telco", "Zoals gevraagd: {P:puk}"),
        ("telco", "Sim van mijn zoon geblokkeerd, {N:puk} lukt ook niet"),
        ("bank", "Nieuwe bankkaart, maar {N:pin} werkt niet aan de automaat"),
        ("telco", "{N:pin} ingegeven en toch zegt de gsm 'verkeerde code'"),
        ("api", "Onze integratie faalt met {!error_code}, {P:token}"),
        ("api", "Wij zijn een kmo (ondernemingsnummer {!company_registration}). {N:api_key} werkt niet"),
        ("insurance", "Gelieve de premie te domiciliëren op {N:iban}"),
        ("gov", "Voor mijn Nederlandse pensioen: {P:bsn}"),
        ("streaming", "{N:password} wordt niet aanvaard op de tv"),
        ("gaming", "Account overgenomen, oude gegevens: {P:login}"),
        ("gaming", "Iemand logde in vanaf {N:ip} in Rusland"),
        ("shop", "Factuur graag op naam van ons bedrijf, BTW {!company_registration}, artikel {!product_code}"),
        ("api", "Kunnen jullie deze key blokkeren? Ze stond per ongeluk in onze app: {P:api_key}"),
        ("api", "Sinds {!date} krijgen we {!error_code}. {P:api_key}"),
        ("gaming", "Account geblokkeerd door een login vanaf {ip_address}, dat was ik zelf op kot"),
        ("streaming", "Iemand kijkt mee vanaf {N:ip}, hoe zet ik die eruit?"),
    ],
    "fr": [
        ("telco", "Plus d'internet depuis ce matin, le modem {!model_number} clignote. Je paie {!amount} par mois !"),
        ("telco", "Mon téléphone demande le code PUK. J'ai essayé {N:puk} mais il est refusé"),
        ("telco", "Nouvelle carte SIM reçue, {N:pin} ne fonctionne pas"),
        ("telco", "Je n'arrive pas à connecter la télé au wifi {$ssid}, {P:wifi}"),
        ("telco", "Ma facture {!invoice_number} est de {!amount} au lieu de la moitié, pourquoi ?"),
        ("telco", "Impossible de me connecter à l'espace client : {P:login}"),
        ("bank", "Carte avalée par le distributeur à {$city}, merci de la bloquer : {P:card}"),
        ("bank", "J'ai reçu un sms frauduleux et j'ai donné {N:otp}, que faire ?"),
        ("bank", "Erreur {!error_code} dans l'application, version {!version_string}"),
        ("bank", "Merci de rembourser les {!amount} sur {N:iban}"),
        ("bank", "J'ai oublié mon code, je crois que c'était {pin} mais la carte est bloquée"),
        ("bank", "Paiement frauduleux avec ma carte : {P:cardfull}"),
        ("insurance", "Déclaration de sinistre du {!date}, dossier {!ticket_number}. {P:custno}"),
        ("insurance", "Remboursement sur {iban} svp. {$name}, {P:dob}"),
        ("travel", "Vol {!flight_number} annulé, je demande le remboursement de {!amount} sur {N:iban}"),
        ("travel", "Ma réservation a disparu de l'appli. {P:login}"),
        ("gaming", "Quelqu'un s'est connecté à mon compte depuis {ip_address} ! {P:user}"),
        ("gaming", "Le jeu plante avec l'erreur {!error_code} sur ma {!model_number}"),
        ("streaming", "Mon abonnement augmente de {!percentage}, c'est abusé"),
        ("streaming", "Ma fille a changé le mot de passe, l'ancien était {password}. Identifiant {username}"),
        ("utility", "Index du compteur : {!meter_reading} jour et {!meter_reading} nuit. {P:custno}"),
        ("utility", "J'ai déménagé au {address} le {!date}, merci de transférer le contrat"),
        ("utility", "Mon acompte passe à {!amount}, pourtant je consomme {!quantity} par an"),
        ("shop", "Colis {!tracking_number} marqué livré mais rien reçu"),
        ("shop", "Payé avec {N:card} mais la commande {!order_number} est annulée"),
        ("shop", "Merci de livrer à {address}"),
        ("api", "Notre intégration renvoie {!error_code} avec {N:api_key}"),
        ("api", "Pouvez-vous révoquer {N:token} ? Publié par erreur sur GitHub"),
        ("gov", "Je travaille aux Pays-Bas, {P:bsn}. Où trouver mon attestation {!year} ?"),
        ("gov", "Ma demande {!ticket_number} est toujours en cours depuis le {!date}"),
        ("bank", "Mon IBAN est {iban}, pardon erreur de frappe : {iban}"),
        ("shop", "mon mail {email} euh non {email}"),
        ("telco", "Le code wifi n'est pas sur l'autocollant de la {!model_number}, vous pouvez m'aider ?"),
        ("bank", "Le lecteur de carte affiche {!error_code}, je n'arrive pas à valider avec {N:otp}"),
        ("bank", "Ok, {P:otp}, mais l'appli tourne dans le vide"),
        ("bank", "J'ai reçu {N:otp} mais le site dit qu'il est invalide"),
        ("telco", "Voici {N:wifi}, la télé voit le réseau {$ssid} mais ne se connecte pas"),
        ("telco", "Le technicien est passé, {P:wifi}, mais pas de signal à l'étage"),
        ("shop", "Le paiement échoue : {P:card}, {P:cvv}, expire {card_expiry}"),
        ("travel", "Au moment de payer le site demande {N:cvv} puis plante"),
        ("telco", "Comme demandé : {P:puk}"),
        ("telco", "SIM de mon fils bloquée, {N:puk} ne marche pas non plus"),
        ("bank", "Nouvelle carte reçue mais {N:pin} est refusé au distributeur"),
        ("telco", "J'ai tapé {N:pin} et le téléphone dit 'code incorrect'"),
        ("api", "Notre intégration échoue avec {!error_code}, {P:token}"),
        ("api", "Nous sommes une PME (numéro d'entreprise {!company_registration}). {N:api_key} ne fonctionne plus"),
        ("insurance", "Merci de domicilier la prime sur {N:iban}"),
        ("gov", "Pour ma pension néerlandaise : {P:bsn}"),
        ("streaming", "Sur la télé, {N:password} n'est pas accepté"),
        ("gaming", "Compte piraté, anciens identifiants : {P:login}"),
        ("gaming", "Quelqu'un s'est connecté depuis {N:ip}"),
        ("shop", "Facture au nom de notre société svp, TVA {!company_registration}, article {!product_code}"),
        ("api", "Pouvez-vous bloquer cette clé ? Elle était dans notre appli : {P:api_key}"),
        ("api", "Depuis le {!date} nous recevons {!error_code}. {P:api_key}"),
        ("gaming", "Compte bloqué à cause d'une connexion depuis {ip_address}, c'était moi en vacances"),
        ("streaming", "Quelqu'un regarde depuis {N:ip}, comment le déconnecter ?"),
    ],
    "en": [
        ("telco", "SIM locked after 3 wrong PINs. Tried {N:puk} but it says invalid. Phone is a {!model_number}"),
        ("telco", "New SIM arrived, {N:pin} from the letter doesn't work"),
        ("telco", "Router {!model_number} reset itself, the wifi password is on the sticker but I can't read it"),
        ("telco", "Can't connect my laptop to {$ssid} since {!version_string}. {P:wifi}"),
        ("telco", "No broadband since {!time}, paying {!amount} a month for {!quantity} and getting nothing"),
        ("telco", "App says I've used {!percentage} of my {!quantity:data} allowance, I've been on wifi all week"),
        ("telco", "Want to port {phone} to a new plan, {P:custno}"),
        ("telco", "Getting {!error_code} when logging into My {$brand}. {P:login}"),
        ("telco", "My son locked his SIM, {P:puk}, his number is {phone}"),
        ("bank", "Card swallowed by the ATM in {$city}. Please cancel it: {P:card}"),
        ("bank", "Sent {!amount} to {iban} by mistake instead of my savings, can it be reversed?"),
        ("bank", "Not getting the text codes anymore. Last one was {otp} and it had already expired"),
        ("bank", "Card declined with error {!error_code} at the till, I definitely typed the right pin"),
        ("bank", "Someone called pretending to be you and I gave them {N:otp}. What do I do??"),
        ("bank", "Please freeze my credit card, I think it was skimmed: {P:cardfull}"),
        ("bank", "Can I change my PIN in the app? {P:pin}, want a new one"),
        ("bank", "Wages not in {iban} yet, employer says they paid on {!date}"),
        ("bank", "Why was I charged {!amount}? Account ending {!masked_value}"),
        ("bank", "App crashes on my {!model_number} with {!version_string} when I open statements"),
        ("gov", "I moved from the Netherlands and need my tax statement for {!year}. {P:bsn}"),
        ("gov", "Details: {$name} {date_of_birth} {bsn}. Please update my address"),
        ("gov", "My permit application {!ticket_number} has been pending since {!date}"),
        ("insurance", "Claim {!ticket_number} filed on {!date}, {P:custno}, no update since"),
        ("insurance", "Please pay the claim into {iban}, name {$name}"),
        ("insurance", "Premium went up {!percentage} to {!amount} a month, why?"),
        ("travel", "Flight {!flight_number} on {!date} was cancelled and I still haven't got {!amount} back. {P:iban}"),
        ("travel", "My booking vanished from the app. {P:login}. I fly in 3 days!"),
        ("travel", "Never got the check-in email for {!flight_number} departing {!time}"),
        ("gaming", "HACKED. Someone changed my password, old one was {password}, username {username}"),
        ("gaming", "No 2FA email for {$brand}, only an old one with {N:otp}"),
        ("gaming", "{!model_number} gives {!error_code} on launch, reinstalled twice"),
        ("gaming", "cant log in\n{username}\n{password}\nwhy isnt this working"),
        ("streaming", "Sub went up {!amount} with no warning, that's {!percentage} more"),
        ("streaming", "My sister uses my account, {P:login}, can she get her own profile?"),
        ("streaming", "App frozen on the loading screen, {!model_number} on {!version_string}"),
        ("utility", "Meter reading: {!meter_reading} day, {!meter_reading} night. {P:custno}"),
        ("utility", "Direct debit went up to {!amount} but we only use {!quantity} a year"),
        ("utility", "Moved to {address} on {!date}, please move my account. {P:custno}"),
        ("utility", "Refund from the final bill to {N:iban} please"),
        ("shop", "Order {!order_number} still not here, tracking {!tracking_number} says delivered"),
        ("shop", "Paid with {N:card} but order {!order_number} says awaiting payment"),
        ("shop", "Can you send it to my work address? {P:address}"),
        ("shop", "Item {!product_code} arrived broken, the return label at {!url} doesn't load"),
        ("api", "Webhook returns {!error_code}. Using {N:api_key} in prod, SDK {!version_string}"),
        ("api", "After rotating, {N:api_key} stopped working. {!url} says it's instant"),
        ("api", "{N:token} expires after 5 minutes instead of an hour, expected?"),
        ("api", "our .env leaked:\nAWS_ACCESS_KEY_ID={api_key:akia}\nAWS_SECRET_ACCESS_KEY={api_key:awssecret}\nplease advise which keys to rotate"),
        ("api", "curl -H \"Authorization: Bearer {token:jwt}\" {!url} returns {!error_code}, same token worked yesterday"),
        ("bank", "IBAN is {iban}\nsorry, typo, it's {iban}"),
        ("shop", "password {password}\n*{password} autocorrect ugh"),
        ("telco", "my number is {phone}, actually scratch that, {phone}"),
        ("bank", "card {card} - sorry wrong card, it's {card}"),
        ("telco", "Is the wifi code the one on the bottom of the {!model_number}? There's a PIN there too, which one do I use?"),
        ("gaming", "Bought {!quantity} of in-game currency for {!amount}, never arrived. Order {!order_number}"),
        ("api", "Our Slack integration posts nothing since {!date}. {P:token}"),
        ("bank", "Ok, {P:otp}. The app still says verification failed"),
        ("gaming", "Typed {N:otp} and it says 'code expired' even though I did it within 10 seconds"),
        ("telco", "As requested: {P:wifi}. Network is {$ssid}"),
        ("telco", "Engineer changed the wifi, {P:wifi}, but the printer won't pick it up"),
        ("shop", "Payment failed with {!error_code}. {P:card}, expires {card_expiry}, {P:cvv}"),
        ("travel", "Checkout asks for the {N:cvv} and then the page goes blank"),
        ("telco", "As requested: {P:puk}"),
        ("telco", "{P:puk}, found it in a drawer. SIM still locked though"),
        ("telco", "Mum's SIM is asking for a PIN, {N:pin} is right according to her"),
        ("bank", "New card arrived but {N:pin} gets declined in shops"),
        ("api", "As requested, the token that fails: {P:token}"),
        ("api", "Webhook signature check fails, {P:token}, server returns {!error_code}"),
        ("api", "We're a partner (company no. {!company_registration}). {N:api_key} returns {!error_code}"),
        ("api", "Sandbox works, production doesn't: {P:api_key}"),
        ("bank", "There's a payment of {!amount} on my statement I don't recognise, {P:card}"),
        ("travel", "Paid for the booking with {N:card} but no confirmation email"),
        ("insurance", "Please take the premium from {N:iban} from now on"),
        ("gov", "For my Dutch pension: {P:bsn}, {P:dob}"),
        ("insurance", "For my son's health insurance: {P:bsn}"),
        ("streaming", "Set a new password but {N:password} isn't accepted on the TV"),
        ("shop", "Typed {N:password} and the site still says 'incorrect details'"),
        ("utility", "Online account doesn't work: {P:login}"),
        ("gaming", "Hacker changed my email. Old details: {P:login}"),
        ("gaming", "Forgot my password, {P:user}"),
        ("streaming", "Reset email never arrives, {P:user}"),
        ("gaming", "Banned for no reason, {P:ip}"),
        ("api", "Our server ({P:ip}) is blocked by your firewall"),
        ("shop", "Please invoice our company, VAT {!company_registration:ukvat} and company number {!company_registration:ukco}"),
        ("shop", "Is product {!product_code} back in stock? Paid {!amount} last time"),
        ("telco", "I rang {!company_phone} but they couldn't help either"),
        ("utility", "Rang {!company_phone} about reading {!meter_reading}, still waiting for a callback"),
        ("api", "Could you check if this one is still active? {P:api_key}"),
        ("api", "Getting {!error_code} on sandbox. {P:api_key}"),
        ("api", "Since your update ({!version_string}) every call fails. {P:api_key}, {P:token}"),
        ("api", "Please revoke this key, it ended up in a screenshot on LinkedIn: {P:api_key}"),
        ("gaming", "Account locked over a 'suspicious login' from {ip_address}, that was me on holiday"),
        ("streaming", "Someone's watching from {N:ip}, how do I kick them off?"),
    ],
}

# multi-turn chats: C = customer, A = agent
CHATS = {
    "nl": [
        ("gaming", "C: hoi ik kom niet meer in mijn account\nA: Vervelend! Wat is je gebruikersnaam?\nC: {username}\nA: Dank je. Krijg je een foutmelding?\nC: ja {!error_code}\nC: ww is {password} trouwens\nA: Deel je wachtwoord nooit, ook niet met ons. Ik stuur je een resetlink."),
        ("bank", "C: pas kwijt!!! graag blokkeren\nA: Dat regelen we meteen. Wat is het kaartnummer?\nC: {card}\nC: verloopt {card_expiry}\nA: Dank je, de pas is geblokkeerd. Nieuwe pas binnen 5 werkdagen."),
        ("telco", "C: telefoon vraagt om puk\nA: Die staat op de simkaarthouder of in Mijn {$brand}. Lukt dat?\nC: ja gevonden\nC: {puk}\nC: zegt ongeldig\nA: Kun je het nummer van de sim sturen?\nC: {phone}"),
        ("shop", "C: wanneer krijg ik mijn geld terug van bestelling {!order_number}\nA: Goedemiddag! Naar welk rekeningnummer mogen we het bedrag storten?\nC: {iban}\nA: Top, binnen 3 werkdagen staat {!amount} op je rekening."),
        ("telco", "C: internet doet raar\nA: Heb je de modem al herstart?\nC: ja 2x. wifi naam {$ssid}\nC: sleutel {wifi_key}\nA: Ik zie een storing in je wijk, verwachte oplostijd {!time}."),
        ("bank", "A: Om je identiteit te controleren sturen we een code naar je mobiel. Wil je die hier invullen?\nC: {otp}\nA: Dank je, je bent geverifieerd."),
        ("shop", "C: hoi mijn pakket {!tracking_number} is nog niet bezorgd\nA: Dat is vervelend. Ik zie dat hij in het sorteercentrum ligt.\nC: al sinds {!date}!!\nA: Ik heb een onderzoek gestart, ticket {!ticket_number}."),
        ("gov", "C: ik moet mijn gegevens wijzigen\nA: Wat is je geboortedatum en BSN?\nC: {date_of_birth}\nC: en {bsn}\nA: Dank je, ik zie je dossier."),
        ("utility", "C: meterstand doorgeven lukt niet via de site\nA: Je mag hem hier sturen hoor\nC: {!meter_reading} en gas {!meter_reading}\nA: Genoteerd! Je jaarafrekening volgt voor {!date}."),
        ("streaming", "C: iemand anders kijkt op mijn account\nA: Wat vervelend. Wat is het mailadres van het account?\nC: {email}\nA: Ik zie inderdaad een login vanaf een onbekend apparaat. Wijzig je wachtwoord?\nC: gedaan, nieuw is {password}\nC: oh moest ik dat niet sturen"),
        ("api", "C: onze koppeling ligt eruit\nA: Welke foutmelding zie je?\nC: {!error_code} op elke call\nC: key is {api_key}\nA: Die key is ingetrokken, je kunt een nieuwe aanmaken via {!url}."),
        ("bank", "C: pinnen lukt niet meer\nA: Welke melding krijg je?\nC: {!error_code}\nA: Je pas is geblokkeerd na 3 foute pogingen. Ik kan hem deblokkeren.\nC: ok mijn pincode is {pin} toch??"),
    ],
    "be": [
        ("telco", "C: dag, mijn gsm vraagt een puk\nA: Dag! Heb je de kaart nog waarop de simkaart zat?\nC: ja\nC: {puk}\nA: Top, dan kan je die ingeven."),
        ("bank", "C: kaart gestolen!!\nA: Vervelend! Wat is het kaartnummer?\nC: {card}\nC: vervaldatum {card_expiry}\nA: Kaart is geblokkeerd."),
        ("shop", "C: pakje {!tracking_number} niet ontvangen\nA: Dag! Ik start een onderzoek, ticket {!ticket_number}.\nC: merci"),
        ("travel", "C: ik krijg mijn geld niet terug voor {!flight_number}\nA: Naar welk rekeningnummer mogen we storten?\nC: {iban}\nA: Genoteerd, binnen 10 werkdagen."),
        ("telco", "C: de wifi doet het niet\nA: Wat is de naam van je netwerk?\nC: {$ssid}\nC: paswoord {wifi_key}\nA: Ik zie dat je modem offline is, ik herstart hem op afstand."),
        ("gaming", "A: Wat is je gebruikersnaam?\nC: {username}\nA: En het mailadres?\nC: {email}\nA: Ik stuur een resetlink."),
        ("utility", "C: mag ik mijn meterstand hier doorgeven\nA: Zeker!\nC: {!meter_reading} dag {!meter_reading} nacht\nA: Bedankt!"),
        ("bank", "A: Om je te identificeren: wat is de responscode op je kaartlezer?\nC: {otp}\nA: Merci, gelukt."),
    ],
    "fr": [
        ("telco", "C: bonjour mon tel demande le puk\nA: Bonjour ! Vous avez la carte de la SIM ?\nC: oui\nC: {puk}\nA: Parfait, vous pouvez l'encoder."),
        ("bank", "C: carte volée !!\nA: Je bloque tout de suite. Numéro de carte ?\nC: {card}\nC: expire {card_expiry}\nA: C'est bloqué."),
        ("shop", "C: colis {!tracking_number} pas reçu\nA: Bonjour ! J'ouvre une enquête, dossier {!ticket_number}.\nC: merci"),
        ("travel", "C: toujours pas de remboursement pour {!flight_number}\nA: Sur quel compte souhaitez-vous être remboursé ?\nC: {iban}\nA: C'est noté."),
        ("telco", "C: le wifi ne marche plus\nA: Quel est le nom du réseau ?\nC: {$ssid}\nC: clé {wifi_key}\nA: Votre modem est hors ligne, je le redémarre."),
        ("gaming", "A: Quel est votre identifiant ?\nC: {username}\nA: Et l'adresse mail ?\nC: {email}\nA: Je vous envoie un lien."),
        ("utility", "C: je peux donner mon index ici ?\nA: Bien sûr !\nC: {!meter_reading} jour {!meter_reading} nuit\nA: Merci !"),
        ("bank", "A: Pour vous identifier, quel code avez-vous reçu par sms ?\nC: {otp}\nA: Merci, c'est bon."),
    ],
    "en": [
        ("gaming", "C: hi I can't get into my account\nA: Sorry to hear that! What's your username?\nC: {username}\nA: Thanks. Any error message?\nC: yeah {!error_code}\nC: pw is {password} btw\nA: Please never share your password, not even with us. I'll send a reset link."),
        ("bank", "C: lost my card!!! block it pls\nA: On it. What's the card number?\nC: {card}\nC: expires {card_expiry}\nA: Thanks, it's blocked. New card in 3-5 working days."),
        ("telco", "C: phone wants a puk\nA: It's on the card your SIM came in, or in My {$brand}. Found it?\nC: yes\nC: {puk}\nC: says invalid\nA: Can you send the number of the SIM?\nC: {phone}"),
        ("shop", "C: when do I get my refund for order {!order_number}\nA: Hi! Which account should we pay it into?\nC: {iban}\nA: Great, {!amount} will be with you in 3 working days."),
        ("telco", "C: internet acting weird\nA: Have you restarted the router?\nC: yes twice. network is {$ssid}\nC: key {wifi_key}\nA: There's an outage in your area, estimated fix {!time}."),
        ("bank", "A: To verify you we've sent a code to your mobile. Could you type it here?\nC: {otp}\nA: Thanks, you're verified."),
        ("shop", "C: hi my parcel {!tracking_number} hasn't arrived\nA: Sorry about that. It's showing at the depot.\nC: since {!date}!!\nA: I've opened an investigation, case {!ticket_number}."),
        ("gov", "C: I need to update my details\nA: What's your date of birth and BSN?\nC: {date_of_birth}\nC: and {bsn}\nA: Thanks, found your file."),
        ("utility", "C: can't submit my meter reading on the site\nA: You can send it here\nC: {!meter_reading} and gas {!meter_reading}\nA: Got it! Your statement follows before {!date}."),
        ("streaming", "C: someone else is watching on my account\nA: What's the email on the account?\nC: {email}\nA: I can see a login from an unknown device. Change your password?\nC: done, new one is {password}\nC: oh wait was I not supposed to send that"),
        ("api", "C: our integration is down\nA: What error are you seeing?\nC: {!error_code} on every call\nC: key is {api_key}\nA: That key was revoked, you can create a new one at {!url}."),
        ("bank", "C: card keeps getting declined\nA: What message do you get?\nC: {!error_code}\nA: Your card is blocked after 3 wrong attempts. I can unblock it.\nC: ok my pin is {pin} right??"),
    ],
}

AGENT = {
    "nl": [
        ("telco", "Hoi {$first}, bedankt voor je bericht. Kun je ons je klantnummer en postcode sturen via DM? Deel nooit je pincode of wachtwoord! ^{$initials}"),
        ("bank", "Dank je {$first}. Ik zie dat je het bedrag op {iban} wilt ontvangen, dat hebben we aangepast. ^{$initials}"),
        ("telco", "Hoi {$first}, de nieuwe simkaart gaat naar {address}. Je PUK staat in Mijn {$brand} onder {!url}. ^{$initials}"),
        ("utility", "Beste {$name}, uw klantnummer {customer_number} is gekoppeld aan {email}. Klopt dat nog? Met vriendelijke groet, {$agent}"),
        ("telco", "We bellen je morgen rond {!time} op {phone}. Groet, {$agent}"),
        ("bank", "Let op: wij vragen nooit om je sms-code. Heb je {otp} aan iemand doorgegeven? Bel dan direct {!company_phone}. ^{$initials}"),
        ("gaming", "Je tijdelijke wachtwoord is {password}, wijzig dit direct na het inloggen. ^{$initials}"),
        ("shop", "Hoi {$first}, je bestelling {!order_number} is onderweg met {!tracking_number}. Fijne dag! ^{$initials}"),
    ],
    "be": [
        ("telco", "Dag {$first}, stuur ons gerust je klantennummer via DM. Geef nooit je pincode door! ^{$initials}"),
        ("bank", "Dag {$first}, we storten het bedrag terug op {iban}. Mvg, {$agent}"),
        ("telco", "Dag {$first}, je nieuwe wifi-paswoord is {wifi_key}. Je kan het aanpassen via {!url}. ^{$initials}"),
        ("shop", "Dag {$first}, je pakje {!tracking_number} wordt morgen geleverd. ^{$initials}"),
    ],
    "fr": [
        ("telco", "Bonjour {$first}, pouvez-vous nous envoyer votre numéro client en message privé ? Ne partagez jamais votre code PIN ! ^{$initials}"),
        ("bank", "Bonjour {$first}, le remboursement sera effectué sur {iban}. Cordialement, {$agent}"),
        ("gaming", "Votre mot de passe temporaire est {password}, changez-le après connexion. ^{$initials}"),
        ("shop", "Bonjour {$first}, votre colis {!tracking_number} arrive demain. ^{$initials}"),
    ],
    "en": [
        ("telco", "Hi {$first}, thanks for getting in touch. Could you DM us your account number and postcode? Never share your PIN or password! ^{$initials}"),
        ("bank", "Thanks {$first}. I can see you'd like the refund paid to {iban}, that's been updated. ^{$initials}"),
        ("telco", "Hi {$first}, your new SIM is on its way to {address}. Your PUK is in My {$brand} at {!url}. ^{$initials}"),
        ("utility", "Dear {$name}, your account {customer_number} is linked to {email}. Is that still correct? Kind regards, {$agent}"),
        ("telco", "We'll call you tomorrow at around {!time} on {phone}. Thanks, {$agent}"),
        ("bank", "Please note we never ask for your one-time code. If you gave {otp} to anyone, call us on {!company_phone} right away. ^{$initials}"),
        ("gaming", "Your temporary password is {password}, please change it as soon as you log in. ^{$initials}"),
        ("shop", "Hi {$first}, order {!order_number} is on its way, tracking {!tracking_number}. ^{$initials}"),
    ],
}

FORMS = {
    "nl": [
        "Naam: {$name}\nE-mail: {email}\nTelefoon: {phone}\nKlantnummer: {customer_number}\nBericht: {B}",
        "Onderwerp: {$subject}\nKlantnummer: {customer_number}\nNaam: {$name}\nTelefoonnummer: {phone}\nUw vraag:\n{B}",
        "--- Contactformulier ({!url}) ---\nvoornaam: {$first}\nachternaam: {$last}\nemailadres: {email}\nmobiel nummer: {phone}\ngeboortedatum: {date_of_birth}\nbericht: {B}",
        "Name / Naam: {$name}\nPhone / Telefoon: {phone}\nCustomer number / Klantnummer: {customer_number}\nMessage / Bericht: {B}",
        "Bericht: {B}\n\nNaam: {$name}\nAdres: {address}\nTel.: {phone}",
        "Nieuw formulier ingediend\n\nUw naam *\n{$name}\n\nUw e-mailadres *\n{email}\n\nKlantnummer (indien bekend)\n{customer_number}\n\nUw bericht *\n{B}",
    ],
    "be": [
        "Naam: {$name}\nGSM: {phone}\nE-mail: {email}\nKlantennummer: {customer_number}\nAdres: {address}\nBericht: {B}",
        "Voornaam: {$first}\nFamilienaam: {$last}\nTelefoon/GSM: {phone}\nVraag: {B}",
        "Nom / Naam: {$name}\nTél / Tel: {phone}\nN° client / Klantnr: {customer_number}\nMessage / Bericht: {B}",
        "Uw bericht:\n{B}\n---\nNaam: {$name}\nMail: {email}",
    ],
    "fr": [
        "Nom : {$name}\nTéléphone : {phone}\nE-mail : {email}\nNuméro client : {customer_number}\nMessage : {B}",
        "Prénom : {$first}\nNom : {$last}\nAdresse : {address}\nGSM : {phone}\nVotre demande : {B}",
        "Objet : {$subject}\nNuméro de client : {customer_number}\nCourriel : {email}\nMessage :\n{B}",
        "Message : {B}\n\nNom : {$name}\nDate de naissance : {date_of_birth}\nTél. : {phone}",
    ],
    "en": [
        "Name: {$name}\nEmail: {email}\nPhone: {phone}\nAccount number: {customer_number}\nMessage: {B}",
        "First name: {$first}\nLast name: {$last}\nAddress: {address}\nPhone number: {phone}\nHow can we help?\n{B}",
        "Subject: {$subject}\nCustomer ID: {customer_number}\nEmail address: {email}\nComments: {B}",
        "New submission from Contact us\n\nYour name\n{$name}\n\nDate of birth\n{date_of_birth}\n\nBest number to reach you\n{phone}\n\nYour message\n{B}",
        "Message: {B}\n\nName: {$name}\nE-mail: {email}\nContact number: {phone}",
        "Nom / Name: {$name}\nEmail: {email}\nMessage: {B}",
    ],
}


# ---------------------------------------------------------------------------------------------
# frames (channel wrappers) and e-mail parts
# ---------------------------------------------------------------------------------------------

FRAMES = {
    "x_public": {
        "nl": ["{!mention} {B}", "{B} {!mention}", "{!mention} {B} {!hashtag}", "{B} {!hashtag} {!hashtag}", "Hé {!mention}, {B}",
               ".{!mention} {B} 😡", "{!mention} ??? {B}", "{B}\n\n{!mention} {!hashtag}"],
        "be": ["{!mention} {B}", "{B} {!hashtag}", "Allo {!mention}, {B}", "{!mention} {B} 🙄", "{B} {!mention} {!hashtag}"],
        "fr": ["{!mention} {B}", "{B} {!hashtag}", "Coucou {!mention} {B}", "{!mention} {B} 😤", "{B} {!mention} {!hashtag}"],
        "en": ["{!mention} {B}", "{B} {!mention}", "{!mention} {B} {!hashtag}", "{B} {!hashtag} {!hashtag}", "Hey {!mention} {B}",
               ".{!mention} {B} 🤬", "{!mention} seriously? {B}", "{B}\n\n{!mention} {!hashtag}"],
    },
    "comment": {
        "nl": ["{B}", "{B} 😡", "{!mention} {B}", "Reageer nou eens! {B}", "{B} 👎👎"],
        "be": ["{B}", "{B} 😤", "{!mention} {B}", "Allez, {B}"],
        "fr": ["{B}", "{B} 👎", "{!mention} {B}", "Répondez svp ! {B}"],
        "en": ["{B}", "{B} 😡", "{!mention} {B}", "Answer your DMs! {B}", "{B} 👎"],
    },
    "dm": {
        "nl": ["{B}", "Hoi, {B}", "{B}\nGroetjes {$first}", "Goedemorgen! {B}", "{B}\n\nThx", "Hallo {$brand},\n{B}",
               "Hallo\n{B}\nAlvast bedankt"],
        "be": ["{B}", "Dag, {B}", "{B}\nMerci!", "Hallo, {B}\nGroetjes", "Goeiemiddag\n{B}"],
        "fr": ["{B}", "Bonjour, {B}", "{B}\nMerci !", "Bonsoir {$brand}, {B}", "Bonjour\n{B}\nBonne journée"],
        "en": ["{B}", "Hi, {B}", "{B}\nCheers {$first}", "Morning! {B}", "{B}\n\nThanks", "Hello {$brand},\n{B}",
               "hiya\n{B}\nta"],
    },
}
GREET = {"nl": ["Beste {$brand},", "Geachte heer/mevrouw,", "Hallo,", "Goedemiddag,", "Hoi team,", "Beste klantenservice,"],
         "be": ["Beste,", "Goeiedag,", "Dag {$brand},", "Beste klantendienst,", "Hallo,", "Geachte,"],
         "fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour {$brand},", "Bonsoir,", "Chère équipe,", "Bonjour à vous,"],
         "en": ["Hi,", "Dear Sir/Madam,", "Hello {$brand} team,", "To whom it may concern,", "Hi there,", "Good morning,"]}
FILLERS = {
    "nl": ["Ik ben al sinds {!year} klant bij jullie en heb nooit eerder problemen gehad, maar de laatste weken gaat het echt mis.",
           "Ik heb op {!date} al gebeld naar {!company_phone} maar na 40 minuten wachten werd de verbinding verbroken.",
           "Eerlijk gezegd begin ik het een beetje zat te worden. Mijn buurman heeft hetzelfde probleem trouwens, dus het ligt niet aan mij.",
           "Vorige maand heb ik ook al een mail gestuurd (referentie {!ticket_number}) maar daar is nooit op gereageerd.",
           "Ik werk zelf in de zorg en heb onregelmatige diensten, dus overdag bellen lukt me niet altijd.",
           "Ik heb alles al geprobeerd: opnieuw opstarten, de app verwijderen, cache legen, zelfs een andere browser.",
           "Mijn factuur van deze maand ({!invoice_number}) was trouwens ook {!amount} hoger dan normaal, maar dat is een ander verhaal.",
           "Het is nu {!time} en ik zit nog steeds zonder oplossing.",
           "Mijn dochter zegt dat ik het via de app moet doen, maar ik ben niet zo handig met die dingen.",
           "Kunt u mij zo snel mogelijk laten weten hoe dit verder gaat?"],
    "be": ["Ik ben al klant sinds {!year} en dit is de eerste keer dat ik moet klagen.",
           "Ik heb op {!date} al gebeld naar {!company_phone}, maar niemand kon mij verder helpen.",
           "Eerlijk gezegd vind ik dit niet kunnen, zeker niet aan de prijs die we betalen.",
           "Mijn vorige mail (dossier {!ticket_number}) bleef ook onbeantwoord.",
           "Ik heb de modem al drie keer uit- en aangezet en zelfs de stekker eruit getrokken.",
           "Ik hoop dat jullie dit snel kunnen oplossen, want zo kan het niet verder."],
    "fr": ["Je suis client depuis {!year} et c'est la première fois que je me plains.",
           "J'ai déjà appelé le {!company_phone} le {!date}, sans résultat.",
           "Franchement, je trouve cela inadmissible vu le prix que nous payons.",
           "Mon précédent message (dossier {!ticket_number}) est resté sans réponse.",
           "J'ai tout essayé : redémarrer, réinstaller l'application, vider le cache.",
           "Je vous remercie de bien vouloir traiter ma demande rapidement."],
    "en": ["I've been a customer since {!year} and never had an issue until the last few weeks.",
           "I already rang {!company_phone} on {!date} but got cut off after 40 minutes on hold.",
           "Honestly I'm getting fed up. My neighbour has the same problem, so it's not just me.",
           "I emailed last month as well (reference {!ticket_number}) and never heard back.",
           "I work shifts so I can't always call during the day.",
           "I've tried everything: restarting, reinstalling the app, clearing the cache, a different browser.",
           "This month's bill ({!invoice_number}) was also {!amount} higher than usual, but that's another story.",
           "It's now {!time} and I still have no solution.",
           "My kids tell me to use the app but I'm not great with technology.",
           "Could you let me know as soon as possible what happens next?"],
}
SIGNOFF = {"nl": ["Met vriendelijke groet,", "Groeten,", "Mvg,", "Alvast bedankt,", "Groet,", "Vriendelijke groeten,"],
           "be": ["Met vriendelijke groeten,", "Mvg,", "Alvast bedankt!", "Groetjes,", "Vriendelijke groet,"],
           "fr": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Salutations,", "Bien cordialement,"],
           "en": ["Kind regards,", "Thanks,", "Best,", "Regards,", "Cheers,", "Sincerely,"]}
SIGS = {
    "nl": ["{$name}", "{$name}\n{address:ml}\n{phone}", "{$name}\n{address:ml}\nTel: {phone}\n{email:plain#me}",
           "{$first}\n\nVerzonden vanaf mijn iPhone", "{$name}\nmob. {phone}", "{$name} | {phone} | {email:plain#me}",
           "{$first} {$last}\n{address}"],
    "be": ["{$name}", "{$name}\n{address:ml}\nGSM {phone}", "{$name}\nGSM: {phone}\n{email:plain#me}", "{$first}\n\nVerzonden vanaf mijn Samsung",
           "{$name} - {address}"],
    "fr": ["{$name}", "{$name}\n{address:ml}\nGSM : {phone}", "{$name}\nTél. {phone}\n{email:plain#me}", "{$first}\n\nEnvoyé de mon iPhone",
           "{$name} - {address}"],
    "en": ["{$name}", "{$name}\n{address:ml}\n{phone}", "{$name}\n{address:ml}\nMob: {phone}\n{email:plain#me}",
           "{$first}\n\nSent from my iPhone", "{$name}\nCell: {phone}", "{$name} | {phone} | {email:plain#me}", "{$first} {$last}\n{address}"],
}
QUOTES = {
    "nl": ["\n\nOp {!date} om {!time} schreef {$brand} Klantenservice:\n> Beste {$first},\n> Bedankt voor uw bericht. Kunt u uw klantnummer en geboortedatum doorgeven?\n> Met vriendelijke groet, {$agent}",
           "\n\n-----Oorspronkelijk bericht-----\nVan: {$name} <{email:plain#me}>\nVerzonden: {!date} {!time}\nAan: {$brand} Klantenservice\nOnderwerp: {$subject}\n\n{P:custno}, graag snel een reactie.",
           "\n\nOp {!date} schreef {$name} <{email:plain#me}>:\n> Mijn rekeningnummer is {iban}\n> Groet, {$first}",
           "\n\nVan: {$brand} Klantenservice\nVerzonden: {!date}\nAan: {email:plain#me}\nOnderwerp: RE: {$subject}\n\nBeste {$first}, uw melding (ticket {!ticket_number}) is doorgezet naar de monteur."],
    "be": ["\n\nOp {!date} om {!time} schreef {$name} <{email:plain#me}>:\n> Mijn klantennummer is {customer_number}\n> Groetjes",
           "\n\nVan: {$brand} Klantendienst\nVerzonden: {!date}\nAan: {email:plain#me}\nOnderwerp: RE: {$subject}\n\nDag {$first}, we hebben uw vraag goed ontvangen (dossier {!ticket_number})."],
    "fr": ["\n\nLe {!date} à {!time}, {$brand} Service Client a écrit :\n> Bonjour {$first},\n> Pouvez-vous nous communiquer votre numéro de client ?\n> Cordialement",
           "\n\nDe : {$name} <{email:plain#me}>\nEnvoyé : {!date} {!time}\nÀ : {$brand} Service Client\nObjet : {$subject}\n\nMon numéro client est {customer_number}."],
    "en": ["\n\nOn {!date} at {!time}, {$brand} Customer Care wrote:\n> Hi {$first},\n> Thanks for your message. Could you confirm your account number and date of birth?\n> Kind regards, {$agent}",
           "\n\n-----Original Message-----\nFrom: {$name} <{email:plain#me}>\nSent: {!date} {!time}\nTo: {$brand} Support\nSubject: {$subject}\n\n{P:custno}, please get back to me.",
           "\n\nOn {!date}, {$name} <{email:plain#me}> wrote:\n> The refund can go to IBAN {iban}\n> Thanks, {$first}",
           "\n\nFrom: {$brand} Support\nSent: {!date}\nTo: {email:plain#me}\nSubject: RE: {$subject}\n\nHi {$first}, your case ({!ticket_number}) has been passed to our engineers."],
}
SUBJECTS = {"nl": ["Storing", "Klacht", "Vraag over mijn factuur", "Inloggen lukt niet", "Terugbetaling", "Re: uw melding",
                   "Dringend!!", "Opzegging", "Probleem met mijn account", "Geen reactie ontvangen"],
            "be": ["Klacht", "Probleem met login", "Terugbetaling", "Dringend", "Re: uw vraag", "Vraag i.v.m. factuur"],
            "fr": ["Réclamation", "Problème de connexion", "Remboursement", "Re: votre demande", "URGENT", "Question facture"],
            "en": ["Complaint", "Can't log in", "Refund request", "Re: Your case", "URGENT", "Account locked", "Billing query",
                   "Still waiting"]}
FWD = {"nl": ["Zie hieronder, dit is al de derde keer dat ik dit stuur.", "Doorgestuurd van mijn vader, hij komt er zelf niet uit.",
              "FYI, nog steeds geen antwoord."],
       "be": ["Zie onder, nog altijd geen antwoord.", "Doorgestuurd, graag dringend bekijken."],
       "fr": ["Voir ci-dessous, toujours pas de réponse.", "Je vous transfère le message de ma mère."],
       "en": ["See below, this is the third time I'm sending this.", "Forwarding my mum's email, she can't sort it herself.",
              "FYI still no reply."]}
FWDHDR = {"nl": ["---------- Doorgestuurd bericht ---------\nVan: {$name} <{email:plain#me}>\nDatum: {!date} {!time}\nOnderwerp: {$subject}\nAan: {$brand} Klantenservice",
                 "Begin doorgestuurd bericht:\n\nVan: {$name} <{email:plain#me}>\nOnderwerp: {$subject}\nDatum: {!date} om {!time}"],
          "be": ["---------- Doorgestuurd bericht ---------\nVan: {$name} <{email:plain#me}>\nDatum: {!date}\nOnderwerp: {$subject}",
                 "-------- Origineel bericht --------\nVan: {$name} <{email:plain#me}>\nDatum: {!date} {!time}"],
          "fr": ["---------- Message transféré ---------\nDe : {$name} <{email:plain#me}>\nDate : {!date}\nObjet : {$subject}",
                 "Début du message réexpédié :\n\nDe : {$name} <{email:plain#me}>\nObjet : {$subject}\nDate : {!date} à {!time}"],
          "en": ["---------- Forwarded message ---------\nFrom: {$name} <{email:plain#me}>\nDate: {!date} {!time}\nSubject: {$subject}\nTo: {$brand} Support",
                 "Begin forwarded message:\n\nFrom: {$name} <{email:plain#me}>\nSubject: {$subject}\nDate: {!date} at {!time}"]}
SUBJ_LABEL = {"nl": "Onderwerp: ", "be": "Onderwerp: ", "fr": "Objet : ", "en": "Subject: "}
CHATFMT = [
    ("[{!date:wa#d} {!time:seq}] {S}: {T}", "whatsapp"),
    ("{!date:wa#d}, {!time:seq} - {S}: {T}", "whatsapp"),
    ("{S}, [{!date:wa#d} {!time:seq}]\n{T}", "telegram"),
    ("{S} ({!time:seq}): {T}", "messenger"),
    ("{S} · {!time:seq}\n{T}", "instagram_dm"),
    ("[{!time:seq}] {S}: {T}", "messenger"),
]


def f_subject(ctx, v):
    return cpick(ctx, SUBJECTS[ctx.group])


FILL["subject"] = f_subject

deal_pools([
    list(FIRST.values()) + list(LAST.values()),
    list(STREETS.values()),
    list(CITIES.values()),
    list(DOMAINS.values()),
    [PWWORDS], [SSIDS], [MODELS], [AGENTS],
    list(HASHTAGS.values()),
    list(SUBJECTS.values()),
])


# ---------------------------------------------------------------------------------------------
# catalogue, message construction
# ---------------------------------------------------------------------------------------------

GROUP_LANGS = {"nl": ["nl"], "be": ["nl-be"], "fr": ["fr-be"], "en": ["en-gb", "en-us"]}
LANG_W = [("nl", 35), ("nl-be", 15), ("fr-be", 15), ("en-gb", 18), ("en-us", 17)]
LANG_GROUP = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
CHAN_W = [("x_public", 12), ("x_dm", 9), ("facebook_comment", 6), ("messenger", 10), ("instagram_dm", 8),
          ("instagram_comment", 4), ("whatsapp", 17), ("telegram", 5), ("email", 29)]
PH_TYPE = re.compile(r"\{([PN]:[a-z_]+|[a-z_]+)(?::[a-z_0-9]+)?(?:#[a-z_0-9]+)?\}")


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def types_of(text):
    out = set()
    for m in PH_TYPE.finditer(text):
        n = m.group(1)
        if n[:2] in ("P:", "N:"):
            out |= SNIP_TYPES[n[2:]]
        elif n in GEN:
            out.add(n)
    return out


def category(types):
    if types & set(HIGH):
        return "hr"
    if types:
        return "low"
    return "none"


class Item:
    def __init__(self, iid, kind, g, sector, text):
        self.id, self.kind, self.g, self.sector, self.text = iid, kind, g, sector, text
        self.types = types_of(text)
        self.cat = category(self.types)
        self.negs = set(re.findall(r"\{!([a-z_]+)", text))


def catalogue(half):
    items = []
    for src, kind in ((BODIES, "any"), (CHATS, "chat"), (AGENT, "agent")):
        for g, lst in src.items():
            for i, (sec, t) in enumerate(lst):
                if i % 2 == half:
                    items.append(Item(f"{kind}:{g}:{i}", kind, g, sec, t))
    for g, lst in FORMS.items():
        for i, t in enumerate(lst):
            if i % 2 == half:
                items.append(Item(f"form:{g}:{i}", "form", g, None, t))
    return items


def hpick(ctx, lst, name):
    idxs = list(range(len(lst)))[ctx.half::2]
    i = ctx.rng.choice(idxs)
    return f"{name}:{i}", lst[i]


def render_frame(ftext, ctx, fid, bodysegs):
    pre, post = ftext.split("{B}")
    out = []
    render(pre, ctx, fid, out)
    out.extend(bodysegs)
    render(post, ctx, fid, out)
    return out


def build_email(ctx, bodysegs, tids):
    g, r = ctx.group, ctx.rng
    parts_pre, parts_post = [], []
    fid, greet = hpick(ctx, GREET[g], f"greet:{g}")
    tids.append(fid)
    rambling = r.random() < 0.25
    nb = r.choice([2, 3]) if rambling else r.choice([0, 0, 1])
    na = r.choice([1, 2]) if rambling else r.choice([0, 1])
    pre = [greet, ""]
    fidx = list(range(len(FILLERS[g])))[ctx.half::2]
    chosen = r.sample(fidx, min(len(fidx), nb + na))
    for i in chosen[:nb]:
        tids.append(f"fill:{g}:{i}")
        pre += [FILLERS[g][i], ""]
    post = [""]
    for i in chosen[nb:]:
        tids.append(f"fill:{g}:{i}")
        post += [FILLERS[g][i], ""]
    fid, so = hpick(ctx, SIGNOFF[g], f"signoff:{g}")
    tids.append(fid)
    post.append(so)
    if r.random() < 0.65:
        fid, sig = hpick(ctx, SIGS[g], f"sig:{g}")
        tids.append(fid)
        post.append(sig)
    else:
        post.append("{$first}")
    quote = ""
    if r.random() < 0.3:
        fid, quote = hpick(ctx, QUOTES[g], f"quote:{g}")
        tids.append(fid)
    ftext = "\n".join(pre) + "\n{B}\n" + "\n".join(post) + quote
    if r.random() < 0.12:
        fid, note = hpick(ctx, FWD[g], f"fwd:{g}")
        tids.append(fid)
        fid, hdr = hpick(ctx, FWDHDR[g], f"fwdhdr:{g}")
        tids.append(fid)
        ftext = (SUBJ_LABEL[g] + "Fwd: {$subject#s}\n\n" + note + "\n\n" + hdr.replace("{$subject}", "{$subject#s}")
                 + "\n\n" + ftext)
    elif r.random() < 0.75:
        ftext = SUBJ_LABEL[g] + "{$subject#s}\n\n" + ftext
    return render_frame(ftext, ctx, "email", bodysegs)


def build_chat(ctx, item, tids):
    r = ctx.rng
    fid, (fmt, chan) = hpick(ctx, CHATFMT, "chatfmt")
    tids.append(fid)
    cust = r.choice(["{$name}", "{$first}", "{$first} {$last}"])
    agent = r.choice(["{$brand}", "{$agent#a} | {$brand}", "{$brand} Klantenservice" if ctx.group == "nl" else "{$brand} Support"])
    lines = []
    for ln in item.text.split("\n"):
        who, t = ln[0], ln[3:]
        spk = cust if who == "C" else agent
        lines.append(fmt.replace("{S}", spk).replace("{T}", t))
    out = []
    render("\n".join(lines), ctx, item.id, out)
    return out, chan


def seg_check(text, spans, negs):
    if PH.search(text) or "{B}" in text:
        return False
    for s in spans:
        v = text[s["start"]:s["end"]]
        if not v or v != v.strip():
            return False
        if s["type"] in HIGH and v[-1] in PUNCT and s["end"] < len(text) and text[s["end"]] in PUNCT:
            return False
        if s["end"] < len(text) and (text[s["end"]].isalnum()) and v[-1].isalnum():
            return False
        if s["start"] > 0 and text[s["start"] - 1].isalnum() and v[0].isalnum():
            return False
        if s["type"] == "card" and not luhn_ok(v):
            return False
        if s["type"] == "iban" and not iban_ok(v):
            return False
        if s["type"] == "bsn" and not bsn_ok(v):
            return False
    allr = sorted([(s["start"], s["end"]) for s in spans + negs])
    for a, b in zip(allr, allr[1:]):
        if b[0] < a[1]:
            return False
    for n in negs:
        v = text[n["start"]:n["end"]]
        if not v or v != v.strip():
            return False
    return True


def make(rng, half, lang, item, items_by):
    g = LANG_GROUP[lang]
    for _ in range(60):
        sector = item.sector or rng.choice(list(BRANDS))
        ctx = Ctx(rng, half, lang, sector, cpick_brand(rng, half, sector))
        tids = [item.id]
        if item.kind == "any":
            chan = wchoice(rng, CHAN_W)
            if chan in PUBLIC:
                reg = wchoice(rng, [("normal", 78), ("caps", 12), ("sms", 10)])
            elif chan == "email":
                reg = wchoice(rng, [("normal", 90), ("caps", 10)])
            else:
                reg = wchoice(rng, [("normal", 62), ("sms", 14), ("caps", 8), ("voice", 16)])
                if reg == "voice" and chan == "x_dm":
                    reg = "normal"
            segs = apply_register(render(item.text, ctx, item.id, []), reg, g, rng)
            if chan == "email":
                segs = build_email(ctx, segs, tids)
            else:
                fam = "x_public" if chan == "x_public" else ("comment" if chan in PUBLIC else "dm")
                fid, ftext = hpick(ctx, FRAMES[fam][g], f"frame:{fam}:{g}")
                tids.append(fid)
                segs = render_frame(ftext, ctx, fid, segs)
        elif item.kind == "chat":
            segs, chan = build_chat(ctx, item, tids)
            reg = "chat"
        elif item.kind == "agent":
            chan, reg = "agent_reply", "normal"
            segs = render(item.text, ctx, item.id, [])
        else:
            chan, reg = "email", "form"
            inner = rng.choice(items_by[("any", g)])
            ctx.sector = inner.sector
            ctx.brand = cpick_brand(rng, half, inner.sector)
            tids.append(inner.id)
            bsegs = render(inner.text, ctx, inner.id, [])
            segs = render_frame(item.text, ctx, item.id, bsegs)
        text, spans, negs, pids = assemble(segs)
        text = text.rstrip()
        if not seg_check(text, spans, negs):
            continue
        order = sorted(range(len(spans)), key=lambda i: spans[i]["start"])
        spans = [spans[i] for i in order]
        pids = [pids[i] for i in order]
        negs.sort(key=lambda n: n["start"])
        tids += [p for p in pids if p.startswith(("snip:", "np:"))]
        rec = {"channel": chan, "lang": lang, "visibility": "public" if chan in PUBLIC else "private",
               "text": text, "spans": spans, "negatives": negs}
        meta = {"tids": set(tids), "pids": pids, "reg": reg, "item": item.id}
        return rec, meta
    raise RuntimeError(f"could not render {item.id}")


def cpick_brand(rng, half, sector):
    return rng.choice(H(BRANDS[sector], half))


# ---------------------------------------------------------------------------------------------
# corpus generation per half, top-ups and self-checks
# ---------------------------------------------------------------------------------------------

MIN_HR = 50
MIN_PHR = 12
BASE_N = 1000


def stats(recs, metas):
    c = Counter()
    phr = defaultdict(set)
    for rec, meta in zip(recs, metas):
        for s, p in zip(rec["spans"], meta["pids"]):
            c[s["type"]] += 1
            phr[s["type"]].add(p)
    return c, phr


def deficits(recs, metas):
    c, phr = stats(recs, metas)
    out = []
    for t in HIGH:
        if c[t] < MIN_HR or len(phr[t]) < MIN_PHR:
            out.append(("type", t))
    for t in LOW:
        if c[t] < 10:
            out.append(("type", t))
    negc = Counter(n["kind"] for r in recs for n in r["negatives"])
    for k in NEGKINDS:
        if negc[k] < 15:
            out.append(("neg", k))
    n = len(recs)
    none = sum(1 for r in recs if not r["spans"])
    hr = sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"]))
    if none < 0.28 * n:
        out.append(("none", None))
    if hr < 0.47 * n:
        out.append(("hr", None))
    return out


def gen_half(seed, half):
    rng = random.Random(f"{seed}-{half}")
    items = catalogue(half)
    by = defaultdict(list)
    for it in items:
        by[(it.kind, it.g)].append(it)
        by[(it.kind, it.g, it.cat)].append(it)
    recs, metas = [], []

    def pick_lang():
        return wchoice(rng, LANG_W)

    for _ in range(BASE_N):
        lang = pick_lang()
        g = LANG_GROUP[lang]
        kind = wchoice(rng, [("any", 68), ("chat", 12), ("form", 9), ("agent", 11)])
        if kind == "any":
            cat = wchoice(rng, [("hr", 50), ("none", 42), ("low", 8)])
            pool = by[("any", g, cat)] or by[("any", g)]
        else:
            pool = by[(kind, g)]
        item = rng.choice(pool)
        rec, meta = make(rng, half, lang, item, by)
        recs.append(rec)
        metas.append(meta)

    guard = 0
    while True:
        d = deficits(recs, metas)
        if not d or guard > 2500:
            break
        guard += 1
        what, arg = d[0] if rng.random() < 0.5 else rng.choice(d)
        lang = pick_lang()
        g = LANG_GROUP[lang]
        if what == "type":
            cands = [it for it in items if it.g == g and arg in it.types and it.kind != "form"]
            if arg in ("email", "phone", "customer_number", "address", "date_of_birth"):
                cands += [it for it in items if it.g == g and it.kind == "form"]
        elif what == "neg":
            cands = [it for it in items if it.g == g and arg in it.negs]
        elif what == "none":
            cands = [it for it in items if it.g == g and it.cat == "none" and it.kind != "form"]
        else:
            cands = [it for it in items if it.g == g and it.cat == "hr"]
        if not cands:
            continue
        item = rng.choice(cands)
        rec, meta = make(rng, half, lang, item, by)
        ok = False
        if what == "type":
            ok = any(s["type"] == arg for s in rec["spans"])
        elif what == "neg":
            ok = any(n["kind"] == arg for n in rec["negatives"])
        elif what == "none":
            ok = not rec["spans"]
        else:
            ok = any(s["type"] in HIGH for s in rec["spans"])
        if ok:
            recs.append(rec)
            metas.append(meta)
    order = list(range(len(recs)))
    rng.shuffle(order)
    return [recs[i] for i in order], [metas[i] for i in order]


def global_checks(halves):
    errs = []
    tsets = []
    for name, (recs, metas) in halves.items():
        n = len(recs)
        tsets.append(set().union(*[m["tids"] for m in metas]))
        for rec in recs:
            if not seg_check(rec["text"], rec["spans"], rec["negatives"]):
                errs.append(f"{rec['id']}: record check failed")
            for s in rec["spans"] + rec["negatives"]:
                if not (0 <= s["start"] < s["end"] <= len(rec["text"])):
                    errs.append(f"{rec['id']}: offsets outside text")
            if rec["channel"] not in CHANNELS or rec["lang"] not in LANG_GROUP:
                errs.append(f"{rec['id']}: bad channel/lang")
            if rec["visibility"] != ("public" if rec["channel"] in PUBLIC else "private"):
                errs.append(f"{rec['id']}: bad visibility")
            if re.search(r"\{[!$]?[a-zA-Z_:#]+\}", rec["text"]):
                errs.append(f"{rec['id']}: unrendered placeholder")
        c, phr = stats(recs, metas)
        for t in LABELS:
            if c[t] == 0:
                errs.append(f"{name}: label {t} missing")
        for t in HIGH:
            if c[t] < 45:
                errs.append(f"{name}: only {c[t]} {t} spans")
            if len(phr[t]) < 12:
                errs.append(f"{name}: only {len(phr[t])} phrasings for {t}")
        negc = Counter(x["kind"] for r in recs for x in r["negatives"])
        for k in NEGKINDS:
            if negc[k] == 0:
                errs.append(f"{name}: negative kind {k} missing")
        none = sum(1 for r in recs if not r["spans"])
        hr = sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"]))
        if none < 0.25 * n:
            errs.append(f"{name}: only {none}/{n} messages without span")
        if hr < 0.45 * n:
            errs.append(f"{name}: only {hr}/{n} messages with a high-risk span")
    shared = tsets[0] & tsets[1]
    shared = {t for t in shared if t != "email"}
    if shared:
        errs.append(f"templates in both halves: {sorted(shared)[:10]}")
    # pools: every pool value belongs to exactly one half (HALF_OF), brands are dealt per sector
    for sec, lst in BRANDS.items():
        if set(H(lst, 0)) & set(H(lst, 1)):
            errs.append(f"brand pool {sec} shared")
    return errs


# ---------------------------------------------------------------------------------------------
# README and main
# ---------------------------------------------------------------------------------------------

README_HEAD = """# Blind scrub corpus `blind4`

Labelled customer-care messages (Dutch, Flemish, Belgian French, UK/US English) for measuring the
webcare-bridge scrubber. Files: `dev.jsonl`, `heldout.jsonl`, written by `generate_blind.py`
(standard library only, Python 3.11, deterministic for a given `--seed`).

Regenerate: `python3 tests/scrub_corpus/blind4/generate_blind.py --seed {seed}`

**Seed: {seed}**

## How it was written (blind)

Written from the task brief only, plus general knowledge of how customers of Dutch, Belgian, UK and
US companies write to care teams and of the platforms' public conventions (tweets with @mentions and
hashtags, WhatsApp/Telegram/Messenger exports, Outlook and Gmail quote/forward headers, web contact
forms). The author did NOT open, read, grep or run anything under `functions/`, `tests/unit/`,
`tests/scrub_corpus/` (other than this directory), `bench/`, `docs/scrubbing.md`, or any other corpus
or generator, and did not run the scrubber or any scorer on this data. Nothing was tuned against a
detector.

Emphasis: shapes other corpora tend to forget - multi-turn chat exports (timestamps, speaker names,
data given as the answer to an agent's question, split over turns), web contact-form submissions
(field names in several languages and orders), voice-to-text messages (no punctuation, lower case,
values in digits), ALL-CAPS angry messages, SMS abbreviations (ff, ww, pls, thx, idk, mdp, svp),
long rambling e-mails with the data buried in the middle, forwarded messages, customers correcting a
value ("sorry typo, it's ..."), agent replies that repeat or ask for data, and many sectors (telco,
banking, government-like services, insurance, travel, gaming, streaming, utilities, web shops, API
platforms). All brands are fictional; card numbers pass Luhn, IBANs pass mod-97 (NL, BE, DE, FR, GB,
ES, LU, IE), BSNs pass the 11-proof; phone numbers use fictional ranges.

## Labelling conventions

Spans cover exactly the value, never the cue word. A multi-line signature address is one span.
Customer e-mail addresses are labelled everywhere (also in quote/forward headers). Names, SSIDs,
agent initials and cities on their own are not labelled. Company service numbers, mentions,
hashtags, order/ticket/invoice/tracking numbers, error codes, model numbers, versions, amounts,
dates, times, meter readings, masked values etc. are listed as `negatives`. Values whose status
would be ambiguous are left out of the corpus. Every value a customer (or an agent) writes that
is a credential is labelled, including old passwords, mistyped values later corrected (both the
wrong and the corrected value), and temporary passwords given by an agent.

## Split rule

Templates (message bodies, chat transcripts, agent replies, contact-form layouts, channel frames,
e-mail greetings/fillers/sign-offs/signatures/quote blocks/forward headers) and phrasing snippets
are listed per family and language and dealt alternately by list position (item 0, 2, 4 ... to
dev, 1, 3, 5 ... to heldout) - independent of the seed - so no template occurs in both halves.
Pools (person names, streets, cities, e-mail domains, password words, SSIDs, device models, agent
names, hashtags, subjects) are deduplicated and dealt alternately in the same way; brand pools are
dealt per sector. Each half draws its random values from its own `random.Random`.

The generator checks every record before writing (offsets inside the text, spans never start or
end with whitespace, Luhn / mod-97 / 11-proof, no overlapping spans, no negative overlapping a
span, no unrendered placeholder, no secret ending in punctuation followed by punctuation, every
label type and negative kind in both halves, >= 25 % of each half without spans, >= 45 % with a
high-risk span, >= 45 spans and >= 12 distinct phrasings per high-risk type per half, no template in
both halves). If a check fails it exits 1 and writes nothing.

## Heldout half

**Detector authors must never open `heldout.jsonl` or `generate_blind.py`.** They may only run a
scorer over `heldout.jsonl` and report the numbers. `dev.jsonl` may be read for debugging.
"""


def table(title, keys, cd, ch):
    lines = [f"### {title}", "", "| | dev | heldout |", "|---|---:|---:|"]
    for k in keys:
        lines.append(f"| {k} | {cd.get(k, 0)} | {ch.get(k, 0)} |")
    return "\n".join(lines) + "\n"


def counts(recs, metas):
    c = {}
    c["label"] = Counter(s["type"] for r in recs for s in r["spans"])
    c["neg"] = Counter(n["kind"] for r in recs for n in r["negatives"])
    c["chan"] = Counter(r["channel"] for r in recs)
    c["lang"] = Counter(r["lang"] for r in recs)
    c["reg"] = Counter(m["reg"] for m in metas)
    n = len(recs)
    c["misc"] = Counter({"messages": n,
                         "without any span": sum(1 for r in recs if not r["spans"]),
                         "with a high-risk span": sum(1 for r in recs if any(s["type"] in HIGH for s in r["spans"]))})
    _, phr = stats(recs, metas)
    c["phr"] = Counter({t: len(phr[t]) for t in HIGH})
    return c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args()
    halves = {}
    for half, name in ((0, "dev"), (1, "heldout")):
        recs, metas = gen_half(args.seed, half)
        out = []
        for i, r in enumerate(recs):
            out.append({"id": f"{PREFIX}-{name}-{i:05d}", **r})
        halves[name] = (out, metas)
    errs = global_checks(halves)
    cd, ch = counts(*halves["dev"]), counts(*halves["heldout"])
    rep = [table("Messages", ["messages", "without any span", "with a high-risk span"], cd["misc"], ch["misc"]),
           table("Label spans", LABELS, cd["label"], ch["label"]),
           table("Distinct phrasings (snippet/template) per high-risk type", HIGH, cd["phr"], ch["phr"]),
           table("Hard negatives", NEGKINDS, cd["neg"], ch["neg"]),
           table("Channels", CHANNELS, cd["chan"], ch["chan"]),
           table("Languages", ["nl", "nl-be", "fr-be", "en-gb", "en-us"], cd["lang"], ch["lang"]),
           table("Register / shape", ["normal", "sms", "caps", "voice", "chat", "form"], cd["reg"], ch["reg"])]
    report = "\n".join(rep)
    print(report)
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs[:50]:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    outdir = Path(args.out)
    for name, (recs, _) in halves.items():
        with open(outdir / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(outdir / "README.md", "w", encoding="utf-8") as fh:
        fh.write(README_HEAD.replace("{seed}", str(args.seed)))
        fh.write("\n## Per-half counts\n\n" + report)
    print("self-check passed; wrote dev.jsonl, heldout.jsonl, README.md")


if __name__ == "__main__":
    main()
