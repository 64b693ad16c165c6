#!/usr/bin/env python3
"""Blind labelled scrub corpus b17 (stdlib only, deterministic for --seed).

Written from the brief only; see README.md.  Templates and pools are dealt
alternately (by list index, independent of the seed) to dev / heldout.
"""
import argparse, json, os, random, re, string, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b17"
HALVES = ("dev", "heldout")
HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
        "card", "cvv", "iban", "bsn"]
LOW = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
ALL_TYPES = HIGH + LOW
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value"]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}

def deal(lst, half):
    i = HALVES.index(half)
    return [x for k, x in enumerate(lst) if k % 2 == i]

# ---------------------------------------------------------------- pools
FIRST = ["Mehmet", "Fatima", "Piotr", "Ravi", "Joao", "Shanti", "Emre", "Khadija", "Agnieszka", "Priya",
         "Rui", "Kenneth", "Ayse", "Youssef", "Tomasz", "Anand", "Ines", "Rosita", "Bart", "Sanne",
         "Lieve", "Wout", "Chloe", "Mathieu", "Nadia", "Gary", "Deborah", "Hatice", "Mustafa", "Katarzyna",
         "Sunil", "Marisa", "Dewi", "Jelle", "Amber", "Yusuf"]
LAST = ["Yilmaz", "El Amrani", "Kowalski", "Sharma", "Ferreira", "Ramdin", "Demir", "Bouzid", "Nowak",
        "Patel", "Pereira", "Sabajo", "Kaya", "Ait Said", "Wisniewski", "Iyer", "Santos", "Jharap",
        "de Vries", "Janssens", "Peeters", "Dubois", "Lambert", "Bakker", "Thompson", "Miller",
        "Ozturk", "Benali", "Zielinski", "Reddy", "Costa", "Kromodimedjo", "Maes", "Willems"]
STREET_NL = ["Kerkplein", "Achter de Hoven", "Lindenlaan", "Bloemgracht", "Molenweg", "Zuiderdiep",
             "Havenkade", "Kastanjehof", "Dorpsstraat", "Vlietzoom", "Oude Gracht", "Prinsenhof"]
STREET_BE = ["Kiezelstraat", "Grote Markt", "Rue de la Loi", "Meir", "Chaussée de Wavre", "Veldstraat",
             "Avenue Louise", "Boerenkrijglaan", "Rue Haute", "Kapelsesteenweg"]
STREET_UK = ["Acacia Avenue", "Mill Lane", "Church Road", "Kings Parade", "Orchard Close", "High Street",
             "Victoria Terrace", "Station Approach"]
STREET_US = ["Maple Street", "Elm Ave", "Lakeview Dr", "Oak Ridge Rd", "Pine Court", "Sunset Blvd",
             "Hillcrest Lane", "Walnut St"]
CITY_NL = [("Utrecht", "35"), ("Zwolle", "80"), ("Tilburg", "50"), ("Almere", "13"), ("Leiden", "23"),
           ("Groningen", "97"), ("Breda", "48"), ("Arnhem", "68"), ("Haarlem", "20"), ("Enschede", "75")]
CITY_BE = [("Gent", "9000"), ("Leuven", "3000"), ("Namur", "5000"), ("Liège", "4000"), ("Mechelen", "2800"),
           ("Charleroi", "6000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Wavre", "1300"), ("Genk", "3600")]
CITY_UK = [("Leeds", "LS6 2AB"), ("Bristol", "BS8 1TH"), ("London", "SW1A 2AA"), ("Manchester", "M14 5RT"),
           ("Cardiff", "CF10 3AT"), ("York", "YO1 7HH"), ("Leicester", "LE2 1XL"), ("Norwich", "NR2 4PD")]
CITY_US = [("Austin, TX", "78704"), ("Columbus, OH", "43215"), ("Denver, CO", "80205"), ("Tampa, FL", "33602"),
           ("Portland, OR", "97214"), ("Newark, NJ", "07102"), ("Madison, WI", "53703"), ("Reno, NV", "89501")]
BRANDS = ["Telvia", "Bankaro", "Voltro", "Shopenz", "Flyndr", "Verzeko", "PakketPost", "Apiary",
          "Mobiq", "Finvest", "Energo", "Koopjeshal", "Skyvio", "Polisgoed", "Zendly", "Devstack",
          "Netwolk", "Spaarbank Oost", "Gasvia", "Bazaarly", "AeroLux", "Dekkers Verzekert", "Bezorgit", "Keyforge"]
PW_WORDS = ["Zomer", "Tulp", "Galata", "Marrakech", "Warszawa", "Paramaribo", "Lisboa", "Mumbai", "Fenerbahce",
            "Kerst", "Voetbal", "Bloem", "Ajax", "Benfica", "Krakow", "Diwali", "Keti", "Bosphorus", "Atlas",
            "Fado", "Goa", "Pierogi", "Roti", "Sunshine", "Dragon", "Liverpool", "Chocolat", "Soleil",
            "Papillon", "Sneeuw", "Konijn", "Pistache"]
DOMAINS = ["hotmail.com", "gmail.com", "ziggo.nl", "telenet.be", "outlook.com", "yahoo.fr", "kpnmail.nl",
           "skynet.be", "live.nl", "icloud.com", "proton.me", "gmx.net", "yahoo.co.uk", "aol.com"]

# ---------------------------------------------------------------- checks
def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c

def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    n = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"

def bsn_ok(b):
    if not re.fullmatch(r"\d{9}", b): return False
    s = sum(int(b[i]) * (9 - i) for i in range(8)) - int(b[8])
    return s % 11 == 0 and b[0] != "0"

# ---------------------------------------------------------------- value generators
D = string.digits
def digs(r, n, first_nonzero=False):
    s = "".join(r.choice(D) for _ in range(n))
    if first_nonzero and s[0] == "0": s = r.choice("123456789") + s[1:]
    return s

def g_password(r, c, v=None):
    w = r.choice(c["pw_words"])
    shapes = [lambda: f"{w}{r.randint(2019, 2026)}!", lambda: f"{w.lower()}{digs(r, 3)}",
              lambda: f"{w}_{r.choice(c['first']).lower()}{r.randint(1, 99)}", lambda: f"{w}#{digs(r, 2)}x",
              lambda: f"{w[:3]}{digs(r, 4)}{w[-2:].upper()}", lambda: f"Ik{w}{digs(r, 2)}",
              lambda: f"{w}&{r.choice(c['pw_words'])}{digs(r, 1)}", lambda: f"{w.upper()}{digs(r, 2)}?",
              lambda: "".join(r.choice(string.ascii_letters + D) for _ in range(11)),
              lambda: f"{r.choice(c['first'])}{r.randint(1960, 2005)}$"]
    return r.choice(shapes)()

def g_pin(r, c, v=None):
    while True:
        p = digs(r, 4) if v != "app" else digs(r, r.choice([5, 6]))
        if not re.fullmatch(r"(19|20)\d\d", p): return p

def g_puk(r, c, v=None): return digs(r, 8, True)

def g_otp(r, c, v=None):
    x = digs(r, 6, True)
    sh = v or r.choice(["plain", "plain", "plain", "space", "dash", "g", "five"])
    if sh == "space": return f"{x[:3]} {x[3:]}"
    if sh == "dash": return f"{x[:3]}-{x[3:]}"
    if sh == "g": return f"G-{x}"
    if sh == "five": return x[:5]
    return x

def g_wifi_key(r, c, v=None):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    sh = r.randint(0, 4)
    if sh == 0: return "".join(r.choice(al) for _ in range(12))
    if sh == 1: return "".join(r.choice(string.ascii_letters + D) for _ in range(16))
    if sh == 2: return f"{r.choice(c['pw_words']).lower()}{r.choice(c['pw_words'])}{digs(r, 2)}"
    if sh == 3: return "".join(r.choice("0123456789abcdef") for _ in range(26))
    return "".join(r.choice(string.ascii_lowercase + D) for _ in range(10))

def g_username(r, c, v=None):
    f = r.choice(c["first"]).lower(); l = r.choice(c["last"]).lower().replace(" ", "")
    return r.choice([f"{f[0]}{l}{digs(r, 2)}", f"{f}.{l}", f"{f}_{l[:4]}{r.randint(70, 99)}",
                     f"{l}{f[0]}", f"{f}{r.randint(1975, 2004)}", f"{f[:3]}{l[:3]}{digs(r, 3)}"])

def _rs(r, n, al=string.ascii_letters + D): return "".join(r.choice(al) for _ in range(n))
HEX = "0123456789abcdef"
def g_api_key(r, c, v=None):
    v = v or r.choice(["stripe", "pk", "rk", "ck", "cs", "api", "aws_id", "aws_secret", "google", "sg", "hex"])
    return {"stripe": lambda: "sk_live_" + _rs(r, 24), "pk": lambda: "pk_live_" + _rs(r, 24),
            "rk": lambda: "rk_live_" + _rs(r, 24), "ck": lambda: "ck_" + _rs(r, 40, HEX),
            "cs": lambda: "cs_" + _rs(r, 40, HEX), "api": lambda: "api_" + _rs(r, 28),
            "aws_id": lambda: "AKIA" + _rs(r, 16, string.ascii_uppercase + "234567"),
            "aws_secret": lambda: _rs(r, 40, string.ascii_letters + D + "/+"),
            "google": lambda: "AIza" + _rs(r, 35, string.ascii_letters + D + "_-"),
            "sg": lambda: "SG." + _rs(r, 22, string.ascii_letters + D + "_-") + "." + _rs(r, 43, string.ascii_letters + D + "_-"),
            "hex": lambda: _rs(r, 32, HEX)}[v]()

def _b64(r, n): return _rs(r, n, string.ascii_letters + D + "_-")
def g_token(r, c, v=None):
    v = v or r.choice(["jwt", "ghp", "pat", "xoxb", "xoxp", "glpat", "hex", "opaque"])
    return {"jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64(r, 40) + "." + _b64(r, 43),
            "ghp": lambda: "ghp_" + _rs(r, 36), "pat": lambda: "github_pat_" + _rs(r, 22) + "_" + _rs(r, 59),
            "xoxb": lambda: f"xoxb-{digs(r, 11, True)}-{digs(r, 12, True)}-{_rs(r, 24)}",
            "xoxp": lambda: f"xoxp-{digs(r, 11, True)}-{digs(r, 11, True)}-{digs(r, 12, True)}-{_rs(r, 32, HEX)}",
            "glpat": lambda: "glpat-" + _b64(r, 20), "hex": lambda: _rs(r, 40, HEX),
            "opaque": lambda: _b64(r, 48)}[v]()

def g_card(r, c, v=None):
    v = v or r.choice(["visa", "visa", "mc", "mc2", "amex", "maestro"])
    if v == "visa": n = luhn_complete("4" + digs(r, 14))
    elif v == "mc": n = luhn_complete(str(r.randint(51, 55)) + digs(r, 13))
    elif v == "mc2": n = luhn_complete(str(r.randint(2221, 2720)) + digs(r, 11))
    elif v == "amex": n = luhn_complete(r.choice(["34", "37"]) + digs(r, 12))
    else: n = luhn_complete(r.choice(["6759", "6761", "5018"]) + digs(r, 11))
    if len(n) == 15:
        return r.choice([f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}", n])
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return r.choice([" ".join(g), "  ".join(g), "-".join(g), n, " ".join(g), f"{g[0]} {g[1]}{g[2]} {g[3]}"])

def g_cvv(r, c, v=None): return digs(r, 4 if v == "amex" else 3)

def g_iban(r, c, v=None):
    lang = c["lang"]
    cc = v or {"nl": r.choice(["NL"] * 4 + ["BE", "DE"]), "nl-be": "BE", "fr-be": r.choice(["BE", "BE", "FR", "LU"]),
               "en-gb": r.choice(["GB", "GB", "IE", "NL"]), "en-us": r.choice(["DE", "ES", "NL", "GB"])}[lang]
    U = string.ascii_uppercase
    bban = {"NL": lambda: r.choice(["INGB", "ABNA", "RABO", "KNAB", "SNSB", "TRIO", "ASNB"]) + digs(r, 10),
            "BE": lambda: (lambda x: x + f"{(int(x) % 97) or 97:02d}")(digs(r, 10, True)),
            "DE": lambda: digs(r, 18, True), "FR": lambda: digs(r, 10) + _rs(r, 11, U + D) + digs(r, 2),
            "GB": lambda: r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digs(r, 14),
            "IE": lambda: r.choice(["AIBK", "BOFI"]) + digs(r, 14), "ES": lambda: digs(r, 20),
            "LU": lambda: digs(r, 3) + _rs(r, 13, U + D)}[cc]()
    ib = iban_make(cc, bban)
    sh = r.randint(0, 5)
    grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if sh in (0, 1): return grp
    if sh == 2: return ib
    if sh == 3: return ib.lower()
    if sh == 4 and cc == "NL": return f"{ib[:2]} {ib[2:4]} {ib[4:8]} {ib[8:]}"
    return grp.lower() if sh == 5 else ib

def g_bsn(r, c, v=None):
    while True:
        b = digs(r, 9, True)
        if bsn_ok(b): return b

MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def g_dob(r, c, v=None):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1944, 2004)
    lang = c["lang"]
    if lang == "en-us": opts = [f"{m:02d}/{d:02d}/{y}", f"{MON_EN[m-1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}"]
    elif lang == "en-gb": opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MON_EN[m-1]} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}"]
    elif lang == "fr-be": opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MON_FR[m-1]} {y}", f"{d:02d}-{m:02d}-{y}"]
    else: opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {MON_NL[m-1]} {y}", f"{d}-{m}-{y % 100:02d}", f"{d:02d}/{m:02d}/{y}"]
    return r.choice(opts)

def g_expiry(r, c, v=None):
    m, y = r.randint(1, 12), r.randint(26, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}{y}", f"{m:02d}/20{y}", f"{m:02d} / {y}"])

def g_email(r, c, v=None):
    f = r.choice(c["first"]).lower(); l = r.choice(c["last"]).lower().replace(" ", "")
    dom = r.choice(c["domains"]); local = r.choice([f"{f}.{l}", f"{f}{l[:1]}{digs(r, 2)}", f"{l}.{f[0]}", f"{f}_{r.randint(70, 99)}"])
    if v == "spaced": return f"{local} @ {dom}"
    if v == "at": return f"{local} at {dom.replace('.', ' punt ' if c['lang'].startswith('nl') else ' dot ')}"
    return f"{local}@{dom}"

def g_phone(r, c, v=None):
    lang = c["lang"]
    if lang == "nl":
        x = "1" + digs(r, 7)
        return r.choice([f"06-{x}", f"06 - {x}", f"06 {x[:2]} {x[2:4]} {x[4:6]} {x[6:]}", f"+31 6 {x}", f"+316{x}",
                         f"0031 6 {x[:4]} {x[4:]}", f"(020) {digs(r, 3)} {digs(r, 4)}", f"020-{digs(r, 7)}"])
    if lang in ("nl-be", "fr-be"):
        a = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
        x = digs(r, 6)
        return r.choice([f"0{a}/{x[:2]}.{x[2:4]}.{x[4:]}", f"0{a} {x[:2]} {x[2:4]} {x[4:]}", f"+32 {a} {x[:2]} {x[2:4]} {x[4:]}", f"0{a}{x}", f"+32{a}{x}"])
    if lang == "en-gb":
        x = digs(r, 3)
        return r.choice([f"07700 900{x}", f"+44 7700 900{x}", f"020 7946 0{x}", f"(020) 7946 0{x}", f"07700900{x}"])
    x = f"01{r.randint(0, 99):02d}"
    a = r.choice(["212", "312", "415", "617", "503", "702"])
    return r.choice([f"({a}) 555-{x}", f"{a}.555.{x}", f"{a}-555-{x}", f"+1 {a} 555 {x}", f"1-{a}-555-{x}"])

def g_address(r, c, v=None):
    lang = c["lang"]; sig = v == "sig"
    sep = "\n" if sig else r.choice([", ", " "])
    if lang == "nl":
        st = r.choice(c["st_nl"]); city, p2 = r.choice(c["city_nl"])
        hn = r.choice([str(r.randint(1, 240)), f"{r.randint(1, 90)}a", f"{r.randint(1, 90)}-{r.randint(1, 3)}", f"{r.randint(2, 120)} bis"])
        pc = f"{p2}{digs(r, 2)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if not sig and r.random() < 0.25: return f"{st} {hn}"
        return f"{st} {hn}{sep}{pc.replace(' ', '') if r.random() < .3 else pc} {city}"
    if lang in ("nl-be", "fr-be"):
        st = r.choice(c["st_be"]); city, pc = r.choice(c["city_be"])
        hn = r.choice([str(r.randint(1, 200)), f"{r.randint(1, 80)} bus {r.randint(1, 12)}", f"{r.randint(1, 80)}/{r.randint(1, 5)}"])
        if st.startswith(("Rue", "Avenue", "Chaussée")): a = f"{st} {hn}"
        else: a = f"{st} {hn}"
        return f"{a}{sep}{pc} {city}"
    if lang == "en-gb":
        st = r.choice(c["st_uk"]); city, pc = r.choice(c["city_uk"])
        return f"{r.randint(1, 140)} {st}{sep}{city}{sep}{pc}" if sig else f"{r.randint(1, 140)} {st}, {city} {pc}"
    st = r.choice(c["st_us"]); city, z = r.choice(c["city_us"])
    return f"{r.randint(100, 9800)} {st}{sep}{city} {z}" if sig else f"{r.randint(100, 9800)} {st}, {city} {z}"

def g_ip(r, c, v=None):
    return r.choice([f"192.168.{r.randint(0, 2)}.{r.randint(2, 254)}", f"{r.choice([81, 84, 145, 213, 94, 62])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}",
                     f"2a02:a4{r.randint(10, 99)}:{_rs(r, 4, HEX)}:{_rs(r, 4, HEX)}::{r.randint(1, 9)}"])

def g_custno(r, c, v=None):
    return r.choice([digs(r, 8, True), f"{digs(r, 3, True)}.{digs(r, 3)}.{digs(r, 3)}", f"KL{digs(r, 7)}", f"{digs(r, 10, True)}",
                     f"C-{digs(r, 6)}", f"{digs(r, 4, True)} {digs(r, 4)}"])

GEN = {"password": g_password, "pin": g_pin, "puk": g_puk, "otp": g_otp, "wifi_key": g_wifi_key,
       "username": g_username, "api_key": g_api_key, "token": g_token, "card": g_card, "cvv": g_cvv,
       "iban": g_iban, "bsn": g_bsn, "card_expiry": g_expiry, "email": g_email, "phone": g_phone,
       "address": g_address, "date_of_birth": g_dob, "ip_address": g_ip, "customer_number": g_custno}

# ---------------------------------------------------------------- negative generators
def n_company_phone(r, c):
    l = c["lang"]
    if l == "nl": return r.choice([f"0800-{digs(r, 4)}", f"0900 {digs(r, 4)}", f"088 {digs(r, 3)} {digs(r, 4)}", f"0900-{digs(r, 7)}"])
    if l in ("nl-be", "fr-be"): return r.choice([f"078 {digs(r, 2)} {digs(r, 2)} {digs(r, 2)}", f"0800/{digs(r, 2)}.{digs(r, 3)}", f"078/{digs(r, 2)}.{digs(r, 2)}.{digs(r, 2)}"])
    if l == "en-gb": return r.choice([f"0345 {digs(r, 3)} {digs(r, 4)}", f"03457 {digs(r, 6)}", f"0800 {digs(r, 3)} {digs(r, 4)}"])
    return f"1-800-{digs(r, 3)}-{digs(r, 4)}"

def n_date(r, c):
    d, m = r.randint(1, 28), r.randint(1, 12)
    l = c["lang"]
    if l == "en-us": return r.choice([f"{m}/{d}", f"{MON_EN[m-1]} {d}"])
    if l == "en-gb": return r.choice([f"{d} {MON_EN[m-1]}", f"{d:02d}/{m:02d}"])
    if l == "fr-be": return r.choice([f"{d} {MON_FR[m-1]}", f"{d:02d}/{m:02d}/2026"])
    return r.choice([f"{d} {MON_NL[m-1]}", f"{d:02d}-{m:02d}", f"{d}-{m}-2026"])

def n_amount(r, c):
    e, ct = r.randint(3, 480), r.randint(0, 99)
    l = c["lang"]
    if l == "en-us": return f"${e}.{ct:02d}"
    if l == "en-gb": return r.choice([f"£{e}.{ct:02d}", f"£{e}"])
    if l == "fr-be": return r.choice([f"{e},{ct:02d} €", f"{e}€"])
    return r.choice([f"€ {e},{ct:02d}", f"€{e},-", f"{e} euro"])

MODELS = ["Galaxy A54", "Fritz!Box 7590", "H369A", "iPhone 15 Pro", "TP-Link Archer C6", "Connect Box", "Pixel 8a",
          "Redmi Note 13", "Experia Box v10", "Bbox 3", "Galaxy S23 FE", "iPhone 12 mini", "Moto g54", "Sagemcom F@st 5670",
          "Deco X20", "Homebox 2", "Zyxel VMG8825", "Nokia G42"]
def n_tracking(r, c): return r.choice([f"3S{_rs(r, 4, string.ascii_uppercase)}{digs(r, 9)}", f"JVGL{digs(r, 16)}", f"CD{digs(r, 9)}NL", f"1Z{_rs(r, 6, string.ascii_uppercase + D)}{digs(r, 10)}"])
NEG = {
    "amount": n_amount, "company_phone": n_company_phone,
    "company_registration": lambda r, c: r.choice([digs(r, 8, True), f"NL{digs(r, 9)}B01", f"BE 0{digs(r, 3)}.{digs(r, 3)}.{digs(r, 3)}", f"0{digs(r, 3)}.{digs(r, 3)}.{digs(r, 3)}", f"GB{digs(r, 9)}", f"{digs(r, 8)}"]),
    "date": n_date, "time": lambda r, c: (lambda o: r.choice(o[:2] if c["lang"].startswith("en") else o))([f"{r.randint(7, 22)}:{r.choice(['00', '15', '30', '45', '12', '07'])}", f"{r.randint(1, 11)}.{r.randint(10, 59)}pm", f"{r.randint(8, 20)}u{r.randint(10, 59)}", f"{r.randint(8, 20)}h{r.randint(10, 59)}"]),
    "year": lambda r, c: str(r.randint(2015, 2026)),
    "error_code": lambda r, c: r.choice([f"E-{digs(r, 4, True)}", f"0x{_rs(r, 8, '0123456789ABCDEF')}", f"ERR_{r.choice(['AUTH', 'SIM', 'PIN', 'NET'])}_{digs(r, 3)}", f"{r.choice([401, 403, 500, 502, 429])}", f"F{digs(r, 3)}", f"{digs(r, 2, True)}-{digs(r, 3)}"]),
    "flight_number": lambda r, c: r.choice(["KL", "HV", "SN", "TK", "TB", "BA", "UA", "AT", "TP", "AI"]) + str(r.randint(100, 1999)),
    "hashtag": lambda r, c: "#" + r.choice(["storing", "klantenservice", "fail", "pinnen", "wifi", "panne", "nietblij", "help", "Ramadan", "4G", "codeniettontvangen", "customerservice", "epicfail", "wachten"]),
    "mention": lambda r, c: "@" + r.choice(c["brands"]).replace(" ", "") + r.choice(["", "_NL", "Care", "Help", "BE", "_support"]),
    "invoice_number": lambda r, c: r.choice([f"F{digs(r, 8)}", f"INV-{r.randint(2024, 2026)}-{digs(r, 5)}", f"{digs(r, 10, True)}", f"FA/{digs(r, 6)}"]),
    "order_number": lambda r, c: r.choice([f"#{digs(r, 7, True)}", f"{digs(r, 9, True)}", f"ORD-{_rs(r, 6, string.ascii_uppercase + D)}", f"W{digs(r, 8)}", f"{digs(r, 3)}-{digs(r, 7)}-{digs(r, 7)}"]),
    "ticket_number": lambda r, c: r.choice([f"#{digs(r, 6, True)}", f"CS{digs(r, 7)}", f"{digs(r, 8, True)}", f"REF-{_rs(r, 5, string.ascii_uppercase + D)}", f"INC{digs(r, 7)}"]),
    "tracking_number": n_tracking,
    "meter_reading": lambda r, c: r.choice([f"{digs(r, 5, True)}", f"{r.randint(1000, 99999)},{r.randint(0, 9)}", f"0{digs(r, 5)}"]),
    "model_number": lambda r, c: r.choice(MODELS),
    "product_code": lambda r, c: r.choice([f"87{digs(r, 11)}", f"SKU-{digs(r, 6)}", f"54{digs(r, 11)}", f"{_rs(r, 3, string.ascii_uppercase)}-{digs(r, 5)}"]),
    "version_string": lambda r, c: r.choice([f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"{r.randint(5, 12)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"Android {r.randint(11, 15)}", f"v{r.randint(1, 4)}.{r.randint(0, 20)}", f"build {r.randint(2024, 2026)}.{r.randint(10, 52)}"]),
    "percentage": lambda r, c: r.choice([f"{r.randint(2, 99)}%", f"{r.randint(1, 30)},{r.randint(1, 9)}%", f"{r.randint(5, 80)} %"]),
    "quantity": lambda r, c: r.choice([f"{r.choice([5, 10, 20, 50, 100])} GB", f"{r.choice([50, 100, 200, 500, 1000])} Mbps", f"{r.randint(900, 4200)} kWh", f"{r.randint(300, 2000)} m³", f"{r.randint(1, 30)}kg", f"{r.randint(2, 40)}MB"]),
    "url": lambda r, c: r.choice([f"https://www.{r.choice(c['brands']).lower().replace(' ', '')}.{r.choice(['nl', 'be', 'com'])}/{r.choice(['inloggen', 'help/wifi', 'storingen', 'account/reset', 'status', 'fr/aide'])}", f"{r.choice(c['brands']).lower().replace(' ', '')}.nl/retour", f"https://status.{r.choice(c['brands']).lower().replace(' ', '')}.io"]),
    "masked_value": lambda r, c: r.choice(["********", f"**** **** **** {digs(r, 4)}", f"NL** **** **** **{digs(r, 2)}", f"06-****{digs(r, 2)}{digs(r, 2)}", f"XXXX-XXXX-XXXX-{digs(r, 4)}", "•••••••", f"BE** **** **** {digs(r, 4)}", f"+31 6 *** **{digs(r, 3)}"]),
}

# ---------------------------------------------------------------- fragments (one per line: lang, text)
# lang: nl (used for nl and nl-be), be (nl-be only), en, fr.  Dealt alternately per type list.
FRAG = {
"password": r"""
nl|mijn wachtwoord is {password} en het werkt niet
nl|ww: {password}
nl|{password} is mijn ww hoor
nl|WACHTWOORD {password} KLOPT GEWOON
nl|het wacht woord is {password} maar ik kom er niet in
nl|heb mijn ww veranderd naar {password} gisteren
nl|wachtwood {password} klopt toch gewoon??
nl|ik heb gekrijgt nieuw wachtwoord {password} maar die doet niks
nl|mijn pasword die is {password} vergeten te zeggen
nl|wachtwoord {password}\nsorry typfout, moet zijn {password}
nl|ww:{password}dankje
nl|het ww dat ik gebruik {password} {=}
be|mijn paswoord is {password} ma ge kunt er ni mee in
be|paswoord: {password} werkt al twee dagen ni
en|my password is {password} and it says incorrect
en|pw: {password}
en|password = {password}
en|i tried {password} as the pasword many times
en|passwrd {password} not working since update
en|the pass is {password} kindly check and revert
en|please kindly do the needful, old password was {password}
en|pass:{password}thx
en|PASSWORD IS {password} WHY LOCKED
en|pw {password}\nsorry wrong one its {password}
fr|mon mot de passe c'est {password} et ça marche pas
fr|mdp: {password}
fr|j'ai mis {password} comme mot de passe
fr|le mot de pass {password} il marche plus
fr|motdepasse {password} svp aidez moi
fr|MDP {password} {=}
""",
"username": r"""
nl|gebruikersnaam {username} en ww {password}
nl|inloggen met {username} en wachtwoord {password} lukt niet
nl|inlog {username} pw={password}
nl|gebruikesnaam: {username}
nl|{username} / {password}
nl|kan niet inloggen, {username} {password} klopt toch??
nl|mijn inlognaam is {username}
nl|gebruiker: {username}\nwachtwoord: {password}
nl|mn gebruikers naam {username} wordt niet herkend
nl|inlognaam:{username} ww:{password}
be|login: {username} paswoord {password}
be|mijne gebruikersnaam is {username}
en|username: {username} password: {password}
en|credentials: {username}:{password}
en|user: {username}\npass: {password}
en|login {username} not recognised
en|my user name {username}
en|acc name is {username} and pass {password}
en|Username {username} (all small letters)
en|user id {username} kindly unlock
en|signing in as {username} with {password} fails
fr|identifiant {username} mdp {password}
fr|mon login c'est {username}
fr|nom d'utilisateur: {username}
fr|utilisateur {username} / mot de passe {password}
fr|je me connecte avec {username} et {password} mais erreur
""",
"pin": r"""
nl|pincode {pin} wordt niet geaccepteerd
nl|mijn pincode die is vergeten, de oude was {pin}
nl|pinis{pin} maar automaat zegt fout
nl|pin {pin} is geblokkeerd nu
nl|de pin van mijn bankpas is {pin}
nl|sim pin {pin}
nl|pincdoe: {pin}
nl|{pin} is de pincode van de simkaart
nl|pin code {pin} {=}
nl|mijn pin {pin}\nnee wacht het is {pin}
nl|pink ode is {pin} bij de app
nl|app pincode {pin:app} werkt niet meer na update
nl|het wachtwoord van mijn pinpas is {pin}
be|mijne pincode is {pin} en de automaat slikt mijn kaart
be|pin van de bankkaart: {pin}
en|my pin is {pin} and the machine says wrong
en|card PIN: {pin}
en|sim pin {pin} not accepted
en|the password of my debit card is {pin}
en|pin number {pin} plz check
en|pinn {pin} three times wrong now
en|app passcode {pin:app} is not working
fr|mon code pin c'est {pin}
fr|code secret de ma carte: {pin}
fr|le pin {pin} marche pas au bancontact
fr|code PIN de la sim {pin}
fr|le mot de passe de ma carte bancaire {pin}
""",
"puk": r"""
nl|puk {puk}
nl|de pukcode is {puk}
nl|puk code van de pin {puk}
nl|PUK: {puk} maar hij blijft vragen
nl|pukcode{puk}
nl|ik heb de puk {puk} ingetikt maar niks
nl|puk is {puk} {=}
nl|pukc ode {puk} staat op het pasje
nl|de puk {puk}\nsorry {puk} moet het zijn
nl|ontgrendelcode (puk) {puk}
be|puk-code: {puk}
be|de PUK van mijne sim is {puk}
en|PUK code {puk}
en|the puk is {puk}
en|puk number: {puk}
en|personal unblocking key {puk}
en|puk {puk} tried 3 times already
en|PUK from the sim card holder {puk}
en|the pin unlock code on the card says {puk}
en|puk code of the pin is {puk}
fr|code PUK {puk}
fr|le puk c'est {puk}
fr|mon code puk: {puk}
fr|j'ai tapé le puk {puk} mais carte bloquée
fr|puk de la carte sim {puk} svp
""",
"otp": r"""
nl|code:{otp}ok
nl|de sms code is {otp}
nl|verificatiecdoe {otp}
nl|ik heb gekrijgt een code {otp}
nl|de pincode uit de sms is {otp}
nl|eenmalige code {otp} verloopt steeds
nl|{otp} is de code die ik kreeg per sms
nl|> Wat is de code uit de sms?\nhier: {otp}
nl|sms code {otp} {=}
nl|code uit sms {otp}\nsorry {otp} de nieuwe
nl|inlogcode van de app {otp}
nl|de pin die ik per sms kreeg {otp}
be|de code van de sms is {otp}
be|k heb de sms-code {otp} gekregen ma het werkt ni
en|verification code {otp}
en|2FA code: {otp}
en|the otp is {otp}
en|> Can you send me the code we texted you?\nhere u go {otp}
en|got the text code {otp}
en|one time code {otp} please kindly do the needful
en|auth code {otp} not accepted
en|the pin from the text message is {otp}
en|security code from sms {otp}
fr|le code reçu par sms: {otp}
fr|code de vérification {otp}
fr|j'ai reçu le code {otp} svp
fr|> Pouvez-vous me donner le code reçu par SMS ?\nvoila {otp}
fr|code sms {otp} ça marche pas
fr|le code à usage unique {otp}
""",
"wifi_key": r"""
nl|wifi wachtwoord {wifi_key}
nl|netwerksleutel: {wifi_key}
nl|de wifi code is {wifi_key}
nl|sleutel op de sticker: {wifi_key}
nl|WPA sleutel {wifi_key}
nl|wifiww {wifi_key}
nl|wifi key {wifi_key} doet het niet
nl|het wifi wacht woord {wifi_key}
nl|{wifi_key} is de wifi sleutel van het modem
nl|wifi ww{wifi_key}
be|wifi paswoord {wifi_key}
be|de sleutel van de wifi is {wifi_key}
en|wifi password is {wifi_key}
en|WPA key: {wifi_key}
en|network key on the sticker says {wifi_key}
en|wireless key {wifi_key}
en|the wifi pass {wifi_key} isnt working
en|WPA2 passphrase {wifi_key}
en|router key {wifi_key} {=}
en|wi-fi code: {wifi_key}
fr|clé wifi {wifi_key}
fr|le mot de passe du wifi c'est {wifi_key}
fr|clé WPA: {wifi_key}
fr|code wifi sur l'autocollant: {wifi_key}
fr|clé de sécurité réseau {wifi_key}
""",
"api_key": r"""
en|my api key is {api_key}
en|using key {api_key} and getting 401
en|API_KEY={api_key}
en|header x-api-key: {api_key}
en|access key {api_key:aws_id} secret {api_key:aws_secret}
en|live secret key {api_key:stripe}
en|WooCommerce consumer key {api_key:ck} consumer secret {api_key:cs}
en|SendGrid key {api_key:sg} suddenly rejected
en|google maps key {api_key:google}
en|publishable key {api_key:pk}
en|aws secret is {api_key:aws_secret}
nl|mijn api key {api_key}
nl|met de sleutel {api_key} krijg ik 403
nl|apikey:{api_key}
nl|de API-sleutel is {api_key}
nl|restricted key {api_key:rk} werkt niet
nl|api key {api_key:hex} {=}
nl|AWS key id {api_key:aws_id}
be|onze api key is {api_key}
fr|ma clé API {api_key}
fr|clé d'api: {api_key}
fr|avec la clé {api_key} j'ai une erreur
fr|clé secrète {api_key:stripe}
fr|clé {api_key:api} refusée
""",
"token": r"""
en|Authorization: Bearer {token:jwt}
en|my token {token}
en|access token {token}
en|refresh_token={token}
en|github token {token:ghp}
en|slack bot token {token:xoxb}
en|session token is {token:opaque}
en|PAT {token:pat} expired?
en|user token {token:xoxp}
en|token {token:hex}
nl|token: {token}
nl|de bearer token {token:jwt}
nl|mijn access token is {token}
nl|met token {token:hex} werkt het niet
nl|gitlab token {token:glpat}
nl|sessietoken {token:opaque} {=}
be|het token is {token}
fr|le token {token}
fr|jeton d'accès: {token}
fr|Bearer {token:jwt} ne marche plus
fr|mon token github {token:ghp}
fr|jeton {token:glpat}
en|the api token they gave me is {token:hex}
nl|refresh token:{token}
en|xoxb token {token:xoxb} {=}
""",
"card": r"""
nl|kaartnummer {card}
nl|creditcard {card} ({card_expiry})
nl|mijn visa {card:visa}, {card_expiry}
nl|kaart nr {card}
nl|pasnummer {card} geldig tot {card_expiry}
nl|{card} is de kaart waarmee ik betaalde
nl|creditkaart{card}
nl|kaartnr {card} {=}
be|mijne kaart {card}
be|bankkaart {card:maestro} vervalt {card_expiry}
en|card number {card}
en|cc: {card} exp {card_expiry} cvv {cvv}
en|my amex {card:amex}
en|card {card} {card_expiry}
en|charged twice on {card}
en|debit card {card:mc} expiry {card_expiry}
en|the card ending wrong, full number {card}
fr|numéro de carte {card}
fr|ma carte {card} exp {card_expiry}
fr|carte visa {card:visa}
fr|carte {card:mc} expire le {card_expiry} cryptogramme {cvv}
fr|n° carte: {card}
en|cardno{card}
nl|mastercard nummer is {card:mc}
""",
"cvv": r"""
nl|code achterop {cvv}
nl|3 cijfers achterop: {cvv}
nl|cvc {cvv}
nl|beveiligingscode {cvv}
nl|cvv:{cvv}
nl|kaart {card} cvc {cvv}
nl|de drie cijfers achter op de kaart zijn {cvv}
nl|verificatiecode van de kaart (achterkant) {cvv}
be|de code op de achterkant is {cvv}
be|cvv-code: {cvv}
en|security code {cvv}
en|cvv {cvv}
en|the 3 digits on the back are {cvv}
en|cvc2 {cvv}
en|csc: {cvv}
en|amex {card:amex} cid {cvv:amex}
en|card {card}, {card_expiry}, {cvv}
en|back of card code {cvv}
fr|cryptogramme {cvv}
fr|code de sécurité {cvv}
fr|les 3 chiffres au dos {cvv}
fr|cvv de la carte: {cvv}
fr|cvc {cvv}
fr|code au dos de la carte {cvv}
""",
"iban": r"""
nl|rekeningnummer {iban}
nl|IBAN: {iban}
nl|graag terugstorten op {iban}
nl|iban {iban} staat op mijn naam
nl|mijn rekening {iban}
nl|rek nr{iban}
nl|{iban} is mijn nieuwe rekening
nl|bankrekening {iban} {=}
be|rekeningnummer: {iban}
be|stort het maar terug op {iban}
en|bank account {iban}
en|IBAN {iban}
en|refund to {iban} please
en|my account no {iban}
en|pls transfer to iban {iban}
en|acct {iban}\ncorrection {iban}
fr|mon IBAN {iban}
fr|compte {iban}
fr|rembourser sur {iban}
fr|numéro de compte {iban}
fr|iban:{iban}
fr|remboursement sur mon compte bancaire {iban} svp
nl|iban nummer is {iban}
en|sort it to my IBAN {iban}, thanks
""",
"bsn": r"""
nl|BSN {bsn}
nl|burgerservicenummer: {bsn}
nl|mijn bsn is {bsn}
nl|Gegevens: {fullname} {date_of_birth} {bsn}
nl|sofinummer {bsn}
nl|bsn nr {bsn}
nl|bsn:{bsn}
nl|bsn {bsn} {=}
nl|burger service nummer {bsn}
nl|{bsn} is mijn bsn
nl|bsn van mijn moeder: {bsn}
be|mijn BSN van toen ik in NL werkte: {bsn}
be|Nederlands burgerservicenummer {bsn}
en|my BSN (Dutch citizen number) is {bsn}
en|citizen service number {bsn}
en|BSN: {bsn}
en|dutch social security no {bsn}
en|BSN {bsn}\ncorrection it is {bsn}
en|burgerservicenummer {bsn} as asked
fr|mon numéro BSN {bsn}
fr|BSN néerlandais: {bsn}
fr|numéro de service citoyen (BSN) {bsn}
fr|bsn {bsn}
fr|mon numéro bsn c'est {bsn}
""",
"card_expiry": r"""
nl|vervaldatum {card_expiry}
nl|geldig t/m {card_expiry}
en|expiry {card_expiry}
en|exp date {card_expiry}
fr|date d'expiration {card_expiry}
fr|valable jusqu'au {card_expiry}
""",
"email": r"""
nl|mijn mail is {email}
en|email: {email}
fr|mon adresse mail {email}
nl|mail adres {email:spaced}
en|you can reach me at {email:at}
nl|stuur het naar {email:at}
fr|mail: {email}
be|mijn e-mail {email}
en|my e mail {email}
nl|emailadres{email}
""",
"phone": r"""
nl|bel me op {phone}
en|my number is {phone}
fr|mon numéro {phone}
nl|tel {phone}
en|call me back on {phone}
fr|rappelez moi au {phone}
be|mijn gsm {phone}
nl|mobiel nummer van mijn zoon {phone}
en|phone: {phone}
nl|{phone} is mijn nummer
""",
"address": r"""
nl|mijn adres is {address}
en|address: {address}
fr|mon adresse {address}
nl|bezorgen op {address}
en|deliver to {address}
fr|livraison {address}
be|ik woon op {address}
nl|woonadres {address}
en|I live at {address}
nl|adres{address}
""",
"date_of_birth": r"""
nl|ik ben van {date_of_birth}
en|DOB {date_of_birth}
fr|date de naissance {date_of_birth}
nl|geb datum {date_of_birth}
en|date of birth: {date_of_birth}
fr|née le {date_of_birth}
be|geboren op {date_of_birth}
nl|geboortedatum {date_of_birth}
en|born {date_of_birth}
fr|né le {date_of_birth}
""",
"ip_address": r"""
en|my ip is {ip_address}
en|whitelisted ip {ip_address}
nl|mijn ip adres {ip_address}
nl|ip: {ip_address}
fr|mon adresse IP {ip_address}
fr|ip {ip_address}
""",
"customer_number": r"""
nl|klantnummer {customer_number}
en|customer number {customer_number}
fr|numéro client {customer_number}
nl|klantnr: {customer_number}
en|account number {customer_number}
fr|n° de client {customer_number}
be|mijn klantennummer is {customer_number}
nl|contractnummer {customer_number}
en|member no {customer_number}
nl|klant nummer{customer_number}
fr|mon numéro de contrat {customer_number}
en|membership number: {customer_number}
""",
}

# hard negatives next to cue words
NEGFRAG = r"""
nl|foutcode {!error_code} bij het pinnen
nl|modem {!model_number}, wifi wachtwoord staat op de sticker
nl|bestelnummer {!order_number} en nog steeds geen code ontvangen
nl|factuur {!invoice_number} klopt niet, {!amount} te veel
nl|pakket {!tracking_number} staat al 3 dagen stil
nl|zaaknummer {!ticket_number}, de pincode brief is nooit aangekomen
nl|meterstand {!meter_reading} doorgegeven op {!date}
nl|app versie {!version_string} en de code komt niet
nl|gebeld naar {!company_phone} om {!time} maar niemand
nl|KvK {!company_registration}
nl|mijn bundel van {!quantity} is al op
nl|{!percentage} korting code werkte niet
nl|artikelnummer {!product_code}
nl|wachtwoord vergeten via {!url} lukt niet
nl|in de app staat mijn pas als {!masked_value}
nl|sinds {!year} klant en nu dit
nl|vlucht {!flight_number} op {!date}, pincode automaat op schiphol deed raar
nl|pin nummer? ik zie alleen {!masked_value}
be|foutcode {!error_code} bij het betalen met de kaart
be|ondernemingsnummer {!company_registration}
be|de wifi van mijn {!model_number} valt altijd weg
be|ticket {!ticket_number}, al {!quantity} verbruikt
en|error {!error_code} when entering my pin
en|order {!order_number} and still no verification code
en|ticket {!ticket_number} opened on {!date}
en|invoice {!invoice_number} says {!amount}
en|tracking {!tracking_number} not moving
en|router {!model_number}, wifi key is on the back sticker
en|app version {!version_string} keeps asking for code
en|called {!company_phone} at {!time}
en|company number {!company_registration}
en|flight {!flight_number} cancelled
en|card shows as {!masked_value} in the app
en|only {!percentage} battery and waiting for the code
en|SKU {!product_code}
en|reset link {!url} is broken
en|customer since {!year}
en|speed is {!quantity} instead of promised
fr|code erreur {!error_code} au bancontact
fr|commande {!order_number} et toujours pas reçu le code
fr|facture {!invoice_number} de {!amount}
fr|colis {!tracking_number} bloqué
fr|numéro de dossier {!ticket_number}
fr|modem {!model_number}, le code wifi est sur l'autocollant
fr|j'ai appelé le {!company_phone} à {!time}
fr|version de l'app {!version_string}
fr|BTW/TVA {!company_registration}
fr|compteur {!meter_reading} relevé le {!date}
fr|vol {!flight_number} annulé
fr|la carte affichée {!masked_value}
fr|client depuis {!year}
fr|{!quantity} consommés
fr|j'ai pas reçu le code svp, regardez {!url}
fr|{!percentage} de réduction pas appliqué
fr|référence produit {!product_code}
nl|{!percentage} van mijn data al op
en|error code {!error_code} on the card reader
nl|EAN {!product_code} staat op de doos
fr|erreur {!error_code} en entrant le code
nl|foutmelding {!error_code} na invoeren pincode
en|product code {!product_code} for the router
be|{!percentage} korting werd ni toegepast
en|{!percentage} of the bill
fr|code article {!product_code}
be|foutcode {!error_code} op de decoder
"""

def parse_frag(block):
    out = []
    for line in block.strip("\n").split("\n"):
        lang, txt = line.split("|", 1)
        out.append((lang, txt.replace("\\n", "\n")))
    return out

OPENERS = r"""
nl|Goedemiddag,
nl|hallo ik heb probleem
nl|Hoi, al de hele dag bezig
nl|Beste klantenservice, ik wil graag hulp
nl|hee jullie app doet weer raar
nl|goedemorgen ik ben klant bij jullie en
nl|Help aub!!
nl|dag mevrouw/meneer
nl|ik probeer in te loggen maar lukt niet
nl|waarom is mijn pas geblokkeerd
nl|ik krijg geen toegang tot mijn account
nl|mijn internet doet het niet sinds gisteren
be|Dag, ik zit al heel de week zonder internet
be|Hallo, ik heb een vraagske
be|Goeiendag, mijn kaart is geblokkeerd
be|Allee, weer hetzelfde probleem
be|Hey, kunt ge mij helpen
be|bonjour ik bedoel hallo
en|Hi there,
en|hello sir/madam
en|Respected team, I am facing issue
en|hey so your app logged me out again
en|Good morning, I need help with my account
en|hi cant login since yesterday
en|Dear customer care,
en|yo my card got declined
en|Hello, my router stopped working
en|hi I am new customer and
en|Sir, kindly help me
en|Hiya quick question
fr|Bonjour,
fr|bjr j'ai un probleme
fr|Bonsoir, je n'arrive pas à me connecter
fr|salut votre appli bug encore
fr|Madame, Monsieur,
fr|bonjour je suis client chez vous et
fr|allo?? personne répond
fr|Bonjour, ma carte est bloquée
fr|bonjour j'arrive plus à accéder au compte
fr|re bonjour
"""

CLOSERS = r"""
nl|alvast bedankt
nl|graag snel reactie
nl|mvg
nl|dank u
nl|wat moet ik doen??
nl|ik wacht op antwoord
nl|groetjes
nl|kunnen jullie kijken aub
be|merci hé
be|alvast merci
be|laat maar iets weten
be|da's toch ni normaal
en|thanks in advance
en|pls help asap
en|kindly revert
en|cheers
en|what do I do now?
en|thank you so much
en|waiting for your reply
en|this is ridiculous
fr|merci d'avance
fr|svp c'est urgent
fr|merci beaucoup
fr|cordialement
fr|j'attends votre réponse
fr|c'est pas normal
"""

# Frames: channel|lang|text ; lang * = any.  {BODY} = body, {SIG} = e-mail signature, {QUOTE} = quoted history
FRAMES = r"""
x_public|*|{!mention} {BODY} {!hashtag}
x_public|*|{BODY} {!mention}
x_public|*|{!mention} {!mention} {BODY}
x_public|*|{!mention} {BODY} 😡
x_dm|*|{BODY}
x_dm|*|{BODY} 🙏
facebook_comment|*|{BODY}
facebook_comment|*|{first} {last}: {BODY}
instagram_comment|*|{!mention} {BODY} 😤😤
instagram_comment|*|{BODY} {!hashtag}
messenger|*|{BODY}
messenger|*|{BODY}\n??
instagram_dm|*|{BODY}
instagram_dm|*|hi\n{BODY}
telegram|*|{BODY}
telegram|*|/start\n{BODY}
whatsapp|*|{BODY}
whatsapp|*|[{!time}] {first}: {BODY}
whatsapp|*|{BODY}\n.
whatsapp|*|{BODY}\n{first}
email|nl|Onderwerp: {subject}\n\nGeachte heer/mevrouw,\n\n{BODY}\n\nMet vriendelijke groet,\n{SIG}{QUOTE}
email|nl|Onderwerp: RE: {subject}\n\nHallo,\n\n{BODY}\n\nGroeten\n{SIG}{QUOTE}
email|be|Onderwerp: {subject}\n\nBeste,\n\n{BODY}\n\nMet vriendelijke groeten,\n{SIG}{QUOTE}
email|be|Onderwerp: Fwd: {subject}\n\nDag,\n\n{BODY}\n\nMvg\n{SIG}{QUOTE}
email|en|Subject: {subject}\n\nHello,\n\n{BODY}\n\nKind regards,\n{SIG}{QUOTE}
email|en|Subject: Re: {subject}\n\nHi team,\n\n{BODY}\n\nThanks,\n{SIG}{QUOTE}
email|fr|Objet : {subject}\n\nBonjour,\n\n{BODY}\n\nBien à vous,\n{SIG}{QUOTE}
email|fr|Objet : RE: {subject}\n\nMadame, Monsieur,\n\n{BODY}\n\nCordialement,\n{SIG}{QUOTE}
agent_reply|nl|Hoi {first}, je schreef: "{BODY}". Ik ga het voor je bekijken. Deel zulke gegevens liever niet openbaar. ^{ini}
agent_reply|nl|Dag {first}, dank voor je bericht. Ter controle, klopt dit: {BODY}? ^{ini}
agent_reply|be|Hallo {first}, ik herhaal even wat ge stuurde: {BODY}. We kijken het na! ^{ini}
agent_reply|be|Dag {first}, om het na te kijken: {BODY} - klopt dat? Groetjes, {ini}
agent_reply|en|Hi {first}, thanks. Just to confirm, you sent: "{BODY}". We'll look into it. ^{ini}
agent_reply|en|Hello {first}, I can see your message ({BODY}) and have passed it on. ^{ini}
agent_reply|fr|Bonjour {first}, vous nous avez écrit : « {BODY} ». Nous vérifions. ^{ini}
agent_reply|fr|Bonjour {first}, pour confirmer : {BODY} ? Bonne journée, {ini}
"""

SUBJECTS = {"nl": ["Probleem met inloggen", "pas geblokkeerd", "Klacht", "geen internet", "terugbetaling", "vraag over factuur", "account"],
            "be": ["Probleem met mijn kaart", "geen internet", "Vraag", "terugbetaling aub", "dossier", "login werkt ni"],
            "en": ["Login issue", "URGENT account locked", "Refund request", "Complaint", "help needed", "API access", "wifi not working"],
            "fr": ["Problème de connexion", "carte bloquée", "Réclamation", "Remboursement", "urgent", "pas d'internet"]}

QUOTES = r"""
nl|\n\nOp {!date} om {!time} schreef Klantenservice {brand}:\n> Beste {first},\n> Kunt u uw gegevens bevestigen?\n> Met vriendelijke groet, {brand}
nl|\n\n-----Oorspronkelijk bericht-----\nVan: {fullname} <{email}>\nVerzonden: {!date} {!time}\nAan: Klantenservice {brand}\nOnderwerp: {subject}\n\nik wacht nog steeds
be|\n\nOp {!date} schreef {fullname} <{email}>:\n> mijn vorige mail is nog ni beantwoord
be|\n\nVan: {fullname} <{email}>\nVerzonden: {!date}\nAan: {brand}\n\ndossier {!ticket_number}
en|\n\nOn {!date} at {!time}, {fullname} <{email}> wrote:\n> I already sent this twice\n> see ticket {!ticket_number}
en|\n\n-----Original Message-----\nFrom: {brand} Support\nSent: {!date}\nTo: {fullname}\nSubject: {subject}\n\n> Please reply with the requested details.
fr|\n\nLe {!date} à {!time}, {fullname} <{email}> a écrit :\n> toujours pas de réponse
fr|\n\n-----Message d'origine-----\nDe : {brand} Service Clients\nEnvoyé : {!date}\nÀ : {fullname}\n\n> Merci de nous communiquer votre numéro client.
"""

def parse3(block):
    out = []
    for line in block.strip("\n").split("\n"):
        a, b, t = line.split("|", 2)
        out.append((a, b, t.replace("\\n", "\n")))
    return out

LANG_W = [("nl", 35), ("nl-be", 15), ("en-gb", 16), ("en-us", 14), ("fr-be", 20)]
CHAN_W = [("whatsapp", 18), ("email", 14), ("x_public", 9), ("x_dm", 9), ("messenger", 10), ("instagram_dm", 8),
          ("instagram_comment", 5), ("facebook_comment", 7), ("telegram", 8), ("agent_reply", 12)]
def fam(lang): return {"nl": ("nl",), "nl-be": ("nl", "be"), "en-gb": ("en",), "en-us": ("en",), "fr-be": ("fr",)}[lang]
def wchoice(r, w):
    tot = sum(x for _, x in w); k = r.uniform(0, tot)
    for v, x in w:
        k -= x
        if k <= 0: return v
    return w[-1][0]

def has(tpl, t): return "{" + t + "}" in tpl or "{" + t + ":" in tpl

PH = re.compile(r"\{([^{}]+)\}")
PUNCT_AFTER = set(".,!?;:)»\"'")

class Half:
    def __init__(self, half, seed):
        self.half = half
        self.r = random.Random(f"{seed}-{half}")
        d = lambda x: deal(x, half)
        self.ctx = {"first": d(FIRST), "last": d(LAST), "st_nl": d(STREET_NL), "st_be": d(STREET_BE),
                    "st_uk": d(STREET_UK), "st_us": d(STREET_US), "city_nl": d(CITY_NL), "city_be": d(CITY_BE),
                    "city_uk": d(CITY_UK), "city_us": d(CITY_US), "brands": d(BRANDS), "pw_words": d(PW_WORDS),
                    "domains": d(DOMAINS)}
        self.frag = {t: [(f"frag:{t}:{i}", l, x) for i, (l, x) in enumerate(parse_frag(FRAG[t]))] for t in ALL_TYPES}
        self.frag = {t: d(v) for t, v in self.frag.items()}
        self.negfrag = d([(f"neg:{i}", l, x) for i, (l, x) in enumerate(parse_frag(NEGFRAG))])
        self.openers = d([(f"op:{i}", l, x) for i, (l, x) in enumerate(parse_frag(OPENERS))])
        self.closers = d([(f"cl:{i}", l, x) for i, (l, x) in enumerate(parse_frag(CLOSERS))])
        fr = parse3(FRAMES)
        self.frames = d([(f"frame:{i}", ch, l, x) for i, (ch, l, x) in enumerate(fr)])
        self.quotes = d([(f"quote:{i}", l, x) for i, (l, x) in enumerate(parse_frag(QUOTES))])
        self.subjects = {k: d(v) for k, v in SUBJECTS.items()}
        self.use = Counter()
        self.templates = set()
        self.phrasing = defaultdict(set)

    def pick(self, items, lang, key=lambda x: x[1], nonl=False):
        fams = fam(lang)
        c = [x for x in items if key(x) in fams or key(x) == "*"]
        if nonl: c = [x for x in c if "\n" not in x[-1]] or c
        if not c: return None
        m = min(self.use[x[0]] for x in c)
        c = [x for x in c if self.use[x[0]] == m]
        x = self.r.choice(c)
        self.use[x[0]] += 1
        return x

    def render(self, tpl, lang, used):
        r, c = self.r, dict(self.ctx, lang=lang)
        fullname = f"{r.choice(c['first'])} {r.choice(c['last'])}"
        fill = {"first": fullname.split(" ")[0], "last": fullname.split(" ", 1)[1], "fullname": fullname,
                "brand": r.choice(c["brands"]), "ini": r.choice(["AB", "jk", "MdV", "SE", "tom", "LV", "Kim", "RJ"]),
                "subject": r.choice(self.subjects[fam(lang)[-1]])}
        text, spans, negs = [], [], []
        pos = 0; last = None
        parts = PH.split(tpl)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                text.append(part); pos += len(part); continue
            j = i + 1; nxt = ""
            while j < len(parts):
                if parts[j].strip() == "" and j + 1 < len(parts) and parts[j + 1] == "=":
                    j += 2; continue
                nxt = parts[j][:1]; break
            if part.startswith("!"):
                kind = part[1:]; val = NEG[kind](r, c)
                negs.append({"kind": kind, "start": pos, "end": pos + len(val)})
            elif part == "=":
                val = last[1]
                spans.append({"type": last[0], "start": pos, "end": pos + len(val)})
            else:
                typ, _, var = part.partition(":")
                if typ in GEN:
                    for _ in range(50):
                        val = GEN[typ](r, c, var or None)
                        if val[-1].isalnum() or nxt not in PUNCT_AFTER and nxt != "": break
                    spans.append({"type": typ, "start": pos, "end": pos + len(val)})
                    last = (typ, val)
                elif part in fill:
                    val = fill[part]
                else:
                    raise ValueError(f"unknown placeholder {part}")
            text.append(val); pos += len(val)
        return "".join(text), spans, negs

    def message(self, kind, ptype=None):
        r = self.r
        lang = wchoice(r, LANG_W)
        if kind == "high":
            for _ in range(50):
                if any(x[1] in fam(lang) for x in self.frag[ptype]): break
                lang = wchoice(r, LANG_W)
        chan = wchoice(r, CHAN_W)
        used = []
        nonl = chan in ("agent_reply", "x_public", "facebook_comment", "instagram_comment")
        pieces = []
        if r.random() < 0.65 and chan != "agent_reply":
            o = self.pick(self.openers, lang); used.append(o[0]); pieces.append(o[2])
        core = []
        if kind == "high":
            f = self.pick(self.frag[ptype], lang, nonl=nonl)
            used.append(f[0]); core.append(f[2])
            for t in ALL_TYPES:
                if has(f[2], t): self.phrasing[t].add(f[0])
            if r.random() < 0.25:
                t2 = r.choice(HIGH + LOW)
                f2 = self.pick(self.frag[t2], lang, nonl=nonl)
                if f2:
                    used.append(f2[0]); core.append(f2[2])
                    for t in ALL_TYPES:
                        if has(f2[2], t): self.phrasing[t].add(f2[0])
        elif kind == "low":
            while not core:
                for t2 in r.sample(LOW, r.choice([1, 1, 2])):
                    f2 = self.pick(self.frag[t2], lang, nonl=nonl)
                    if f2: used.append(f2[0]); core.append(f2[2])
        n_neg = (1 + (r.random() < 0.4)) if kind == "none" else (1 if r.random() < 0.45 else 0)
        for _ in range(n_neg):
            nf = self.pick(self.negfrag, lang, nonl=nonl)
            used.append(nf[0]); core.insert(r.randrange(len(core) + 1), nf[2])
        pieces += core
        if r.random() < 0.55 and chan not in ("agent_reply",):
            cl = self.pick(self.closers, lang); used.append(cl[0]); pieces.append(cl[2])
        if chan in ("whatsapp", "telegram", "messenger") and r.random() < 0.6:
            body = "\n".join(pieces)
        else:
            seps = [" ", ", ", ". ", "  ", " - ", "\n"] if not nonl else [" ", ", ", ". ", "  ", " "]
            body = pieces[0]
            for p in pieces[1:]: body += r.choice(seps) + p
        if r.random() < 0.12: body = body.lower()
        fr = self.pick([x for x in self.frames if x[1] == chan], lang, key=lambda x: x[2])
        used.append(fr[0])
        tpl = fr[3]
        if chan == "email":
            sig = "{first} {last}"
            if kind != "none":
                if r.random() < 0.7: sig += "\n{address:sig}"
                if r.random() < 0.6: sig += "\n{phone}"
                if r.random() < 0.5: sig += "\n{email}"
            q = ""
            if r.random() < 0.45:
                qq = self.pick(self.quotes, lang)
                if kind == "none": qq = None if "{email}" in qq[2] else qq
                if qq: used.append(qq[0]); q = qq[2]
            tpl = tpl.replace("{SIG}", sig).replace("{QUOTE}", q)
        tpl = tpl.replace("{BODY}", body)
        text, spans, negs = self.render(tpl, lang, used)
        self.templates.update(used)
        return {"channel": chan, "lang": lang, "visibility": "public" if chan in PUBLIC else "private",
                "text": text, "spans": spans, "negatives": negs}

    def build(self):
        plan = [("high", t) for t in HIGH for _ in range(45)] + [("low", None)] * 80 + [("none", None)] * 240
        self.r.shuffle(plan)
        recs = []
        for i, (k, t) in enumerate(plan):
            m = self.message(k, t)
            recs.append(dict({"id": f"{PREFIX}-{self.half}-{i:05d}"}, **m))
        return recs

# ---------------------------------------------------------------- checks
def check(halves, recs):
    errs = []
    for h in HALVES:
        rs = recs[h]
        for rec in rs:
            t = rec["text"]
            if "{" in t or "}" in t: errs.append(f"{rec['id']}: unrendered placeholder")
            iv = []
            for s in rec["spans"]:
                if not (0 <= s["start"] < s["end"] <= len(t)): errs.append(f"{rec['id']}: bad offsets"); continue
                v = t[s["start"]:s["end"]]
                if v != v.strip(): errs.append(f"{rec['id']}: whitespace at span edge {v!r}")
                if s["type"] not in ALL_TYPES: errs.append(f"{rec['id']}: bad type")
                if s["type"] == "card" and not luhn_ok(re.sub(r"[ -]", "", v)): errs.append(f"{rec['id']}: luhn {v}")
                if s["type"] == "iban" and not iban_ok(v): errs.append(f"{rec['id']}: iban {v}")
                if s["type"] == "bsn" and not bsn_ok(v): errs.append(f"{rec['id']}: bsn {v}")
                if s["type"] in HIGH and not v[-1].isalnum() and t[s["end"]:s["end"] + 1] in PUNCT_AFTER and t[s["end"]:s["end"] + 1]:
                    errs.append(f"{rec['id']}: secret ends in punct before punct {v!r}")
                iv.append((s["start"], s["end"], "s"))
            for n in rec["negatives"]:
                if not (0 <= n["start"] < n["end"] <= len(t)): errs.append(f"{rec['id']}: bad neg offsets"); continue
                if n["kind"] not in NEG_KINDS: errs.append(f"{rec['id']}: bad kind")
                v = t[n["start"]:n["end"]]
                if v != v.strip(): errs.append(f"{rec['id']}: whitespace at neg edge")
                iv.append((n["start"], n["end"], "n"))
            iv.sort()
            for a, b in zip(iv, iv[1:]):
                if b[0] < a[1]: errs.append(f"{rec['id']}: overlap {a} {b}")
            if rec["visibility"] != ("public" if rec["channel"] in PUBLIC else "private"): errs.append("visibility")
        tc = Counter(s["type"] for r in rs for s in r["spans"])
        nc = Counter(n["kind"] for r in rs for n in r["negatives"])
        for t in ALL_TYPES:
            if tc[t] == 0: errs.append(f"{h}: type {t} missing")
        for t in HIGH:
            if tc[t] < 40: errs.append(f"{h}: only {tc[t]} {t} spans")
            if len(halves[h].phrasing[t]) < 12: errs.append(f"{h}: only {len(halves[h].phrasing[t])} phrasings for {t}")
        for k in NEG_KINDS:
            if nc[k] == 0: errs.append(f"{h}: neg kind {k} missing")
        n = len(rs)
        if sum(1 for r in rs if not r["spans"]) < 0.25 * n: errs.append(f"{h}: <25% without spans")
        if sum(1 for r in rs if any(s["type"] in HIGH for s in r["spans"])) < 0.45 * n: errs.append(f"{h}: <45% high-risk")
        if sum(1 for r in rs if r["negatives"]) < 0.30 * n: errs.append(f"{h}: <30% with negatives")
    inter = halves["dev"].templates & halves["heldout"].templates
    if inter: errs.append(f"templates in both halves: {sorted(inter)[:5]}")
    return errs

def stats(rs, halfobj=None):
    return {"messages": len(rs),
            "without_spans": sum(1 for r in rs if not r["spans"]),
            "with_high_risk": sum(1 for r in rs if any(s["type"] in HIGH for s in r["spans"])),
            "with_negatives": sum(1 for r in rs if r["negatives"]),
            "spans": dict(sorted(Counter(s["type"] for r in rs for s in r["spans"]).items())),
            "negatives": dict(sorted(Counter(n["kind"] for r in rs for n in r["negatives"]).items())),
            "channels": dict(sorted(Counter(r["channel"] for r in rs).items())),
            "langs": dict(sorted(Counter(r["lang"] for r in rs).items())),
            "phrasings_per_high_risk_type": {t: len(halfobj.phrasing[t]) for t in HIGH} if halfobj else {}}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261215)
    ap.add_argument("--out", default=HERE)
    a = ap.parse_args()
    halves = {h: Half(h, a.seed) for h in HALVES}
    recs = {h: halves[h].build() for h in HALVES}
    errs = check(halves, recs)
    if errs:
        for e in errs[:50]: print("CHECK FAILED:", e, file=sys.stderr)
        sys.exit(1)
    for h in HALVES:
        with open(os.path.join(a.out, f"{h}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs[h]: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    st = {h: stats(recs[h], halves[h]) for h in HALVES}
    with open(os.path.join(a.out, "stats.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": a.seed, **st}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(a.out, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, st))
    print(json.dumps(st, ensure_ascii=False, indent=1))

README_HEAD = """# Blind scrub corpus `blind17` (record id prefix `b17`)

## How it was written

* Written **blind** from the task brief only (`writerQ` brief) plus general knowledge of how customers
  of Dutch, Belgian, UK and US companies write to customer care on X, Facebook, Instagram, Messenger,
  WhatsApp, Telegram and e-mail. Nothing under `functions/`, `tests/unit/`, other `tests/scrub_corpus/`
  directories, `bench/` or `docs/scrubbing.md` was opened, grepped or run; no other corpus or generator
  was read; the scrubber and the scorers were never run on this data; git history was not consulted.
* Emphasis: writers whose first language is not the language they write in (Turkish-, Moroccan-,
  Polish-, Surinamese-, Portuguese- and Indian-born customers), careless typing (autocorrect damage such
  as "pink ode", "wacht woord", "user name"; doubled / missing spaces; values glued to words such as
  `code:482913ok`, `pinis4829`; wrong case such as `WACHTWOORD ...`), values repeated twice, values
  corrected on the next line, values sent after only "hier:" / "voila" / "here u go" below a quoted
  agent question, wrong labels (an SMS code called "pincode" is labelled `otp`; a card PIN called
  "password" is labelled `pin`; "puk code van de pin" is labelled `puk`), several secrets in one line.
* The labelled type is what the value *is*; values whose nature is not clear from the message are not
  generated at all.
* `generate_blind.py` is standard-library-only Python 3.11 and deterministic for `--seed`.
  Seed used: **{seed}** (`python3 generate_blind.py --seed {seed}`). One `random.Random` per half
  (seeded with `"<seed>-dev"` / `"<seed>-heldout"`).
* Fake but well-formed values: cards pass Luhn (Visa, Mastercard 51-55 and 2221-2720, Amex 15-digit,
  Maestro), IBANs have valid mod-97 check digits (NL, BE incl. national check, DE, FR, GB, IE, ES, LU),
  BSNs pass the 11-proof, phones use fictional ranges (NL 06-1..., 020; BE 04xx; UK 07700 900xxx /
  020 7946 0xxx; US 555-01xx). Brands are fictional.

## Split rule

Every template list (value fragments per label type, hard-negative fragments, openers, closers, channel
frames, e-mail quote blocks, subjects) and every pool (first names, surnames, streets, cities, brands,
password words, e-mail domains) is dealt **alternately by list index** (even index -> dev, odd ->
heldout), independent of the seed. A template therefore never appears in both halves, and the halves
share no names, streets, cities, brands, password words or mail domains. The generator checks every
record (offsets, no whitespace at span edges, Luhn / mod-97 / 11-proof, no overlapping spans, no negative
overlapping a span, no unrendered placeholder, every label type and negative kind present in both halves,
>= 40 spans and >= 12 distinct phrasings per high-risk type per half, >= 25 % messages without spans,
>= 45 % with a high-risk value, >= 30 % with hard negatives, no template in both halves) and exits 1
without writing anything if a check fails.

## Files

* `dev.jsonl` - development half; may be read by anyone.
* `heldout.jsonl` - **held-out half. Detector authors must never open `heldout.jsonl` or the generator
  (`generate_blind.py`); they may only run a scorer over it and report numbers.**
* `stats.json` - the counts below in machine-readable form.

## Per-half counts
"""

def readme(seed, st):
    out = [README_HEAD.replace("{seed}", str(seed))]
    for sec, key in [("Messages", None), ("Label types (spans)", "spans"), ("Hard-negative kinds", "negatives"),
                     ("Channels", "channels"), ("Languages", "langs"),
                     ("Distinct phrasings per high-risk type", "phrasings_per_high_risk_type")]:
        out.append(f"\n### {sec}\n\n| | dev | heldout |\n|---|---:|---:|\n")
        if key is None:
            for k in ["messages", "without_spans", "with_high_risk", "with_negatives"]:
                out.append(f"| {k} | {st['dev'][k]} | {st['heldout'][k]} |\n")
        else:
            for k in sorted(set(st["dev"][key]) | set(st["heldout"][key])):
                out.append(f"| {k} | {st['dev'][key].get(k, 0)} | {st['heldout'][key].get(k, 0)} |\n")
    return "".join(out)

if __name__ == "__main__":
    main()
