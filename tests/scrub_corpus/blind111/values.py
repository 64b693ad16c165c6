"""Value generators (labelled PII/secrets and hard negatives). Standard library only."""
import string
import unicodedata

DIG = string.digits


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return len(d) >= 12 and s % 10 == 0


def luhn_complete(prefix, length, rng):
    d = list(prefix)
    while len(d) < length - 1:
        d.append(rng.choice(DIG))
    for c in DIG:
        if luhn_ok("".join(d) + c):
            return "".join(d) + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country, bban):
    n = "".join(str(int(c, 36)) for c in bban + country + "00")
    ck = 98 - int(n) % 97
    return f"{country}{ck:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]
    return tot % 11 == 0


def nrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, ck = int(d[:9]), int(d[9:])
    return 97 - base % 97 == ck or 97 - int("2" + d[:9]) % 97 == ck


# ---------------------------------------------------------------- helpers
def digits(rng, n, first_nonzero=True):
    s = rng.choice("123456789") if first_nonzero else rng.choice(DIG)
    return s + "".join(rng.choice(DIG) for _ in range(n - 1))


def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- labelled values
WORDS_PW = ["Zomer", "Winter", "Tulp", "Fiets", "Hond", "Bakker", "Soleil", "Chaton", "Maison", "Sunset",
            "Dragon", "Monkey", "Kerst", "Voetbal", "Lente", "Printemps", "Garden", "Rocket", "Koala", "Bloem"]


def password(rng, var=None):
    k = rng.randrange(6)
    if k == 0:
        return rng.choice(WORDS_PW) + str(rng.randrange(1960, 2027)) + rng.choice("!#?$*@")
    if k == 1:
        return rng.choice(WORDS_PW).lower() + str(rng.randrange(10, 999))
    if k == 2:
        al = string.ascii_letters + DIG + "!#$%&*+-=?@^_"
        return "".join(rng.choice(al) for _ in range(rng.randrange(10, 17)))
    if k == 3:
        w = rng.choice(WORDS_PW).lower()
        leet = w.replace("o", "0").replace("e", "3").replace("a", "@").replace("i", "1")
        return leet.capitalize() + rng.choice(["!", "!!", "#1", "_" + str(rng.randrange(10, 99))])
    if k == 4:
        return "-".join(rng.choice(WORDS_PW).lower() for _ in range(3)) + str(rng.randrange(10))
    return rng.choice(WORDS_PW) + "_" + rng.choice(WORDS_PW).lower() + str(rng.randrange(1, 99))


def pin(rng, var=None):
    n = {"6": 6, "5": 5}.get(var, rng.choice([4, 4, 4, 5, 6]))
    return "".join(rng.choice(DIG) for _ in range(n))


def puk(rng, var=None):
    return "".join(rng.choice(DIG) for _ in range(8))


def otp(rng, var=None):
    s = "".join(rng.choice(DIG) for _ in range(6 if var != "8" else 8))
    if var == "sp" or (var is None and rng.random() < 0.25):
        return s[:3] + " " + s[3:]
    if var == "dash" or (var is None and rng.random() < 0.1):
        return s[:3] + "-" + s[3:]
    return s


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(rng, fam):
    ws = NUMW["nl" if fam in ("nl", "vl") else fam]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(rng.choice(ws) for _ in range(6))


def wifi_key(rng, var=None):
    k = rng.randrange(4)
    if k == 0:
        return "-".join("".join(rng.choice(string.ascii_letters + DIG) for _ in range(4)) for _ in range(4))
    if k == 1:
        return "".join(rng.choice(string.ascii_uppercase + DIG) for _ in range(rng.choice([10, 12, 16])))
    if k == 2:
        return rng.choice(WORDS_PW) + rng.choice(WORDS_PW).lower() + str(rng.randrange(100, 9999))
    return "".join(rng.choice("abcdef" + DIG) for _ in range(26)) if rng.random() < 0.3 else \
        "".join(rng.choice(string.ascii_letters + DIG) for _ in range(13))


def username(rng, first, last, var=None):
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "")
    k = rng.randrange(6)
    if k == 0:
        return f"{f[0]}.{l}"
    if k == 1:
        return f"{f}{l}{rng.randrange(1, 99)}"
    if k == 2:
        return f"{f}_{l[:3]}"
    if k == 3:
        return f"{l}{f[0]}{rng.randrange(60, 99)}"
    if k == 4:
        return f"{f.capitalize()}{l.capitalize()}"
    return f"{f}.{l}{rng.randrange(1, 9)}"


def email(rng, first, last, fam, var=None):
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "").replace("'", "")
    doms = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
            "vl": ["telenet.be", "skynet.be", "gmail.com", "proximus.be", "hotmail.be", "outlook.be"],
            "fr": ["skynet.be", "gmail.com", "hotmail.fr", "voo.be", "yahoo.fr", "outlook.be", "scarlet.be"],
            "en": ["gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.co.uk"]}[fam]
    k = rng.randrange(5)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randrange(1, 99)}", f"{l}.{f[0]}", f"{f}_{l}"][k]
    if var == "work":
        return f"{f}.{l}@{rng.choice(['bouwbedrijf-jansen.nl', 'acme-logistics.com', 'kinderopvang-zonnetje.nl', 'stad.gent', 'ecole-lesmarronniers.be', 'northfield-academy.org.uk'])}"
    return f"{local}@{rng.choice(doms)}"


def api_key(rng, var=None):
    al = string.ascii_letters + DIG
    k = var or rng.choice(["sk", "pk", "aws", "goog", "sg", "hex", "xo", "gen"])
    if k == "sk":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + "".join(rng.choice(al) for _ in range(24))
    if k == "pk":
        return "pk_live_" + "".join(rng.choice(al) for _ in range(24))
    if k == "aws":
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if k == "awssecret":
        return "".join(rng.choice(al + "/+") for _ in range(40))
    if k == "goog":
        return "AIza" + "".join(rng.choice(al + "-_") for _ in range(35))
    if k == "sg":
        return "SG." + "".join(rng.choice(al) for _ in range(22)) + "." + "".join(rng.choice(al) for _ in range(43))
    if k == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if k == "xo":
        return "xoxb-" + digits(rng, 11) + "-" + digits(rng, 12) + "-" + "".join(rng.choice(al) for _ in range(24))
    return "".join(rng.choice(al) for _ in range(rng.choice([28, 32, 40])))


def token(rng, var=None):
    al = string.ascii_letters + DIG
    k = var or rng.choice(["jwt", "hex", "ghp", "sess", "b64", "glpat"])
    if k == "jwt":
        seg = lambda n: "".join(rng.choice(al + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + seg(rng.randrange(40, 70)) + "." + seg(43)
    if k == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if k == "ghp":
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if k == "glpat":
        return "glpat-" + "".join(rng.choice(al + "-_") for _ in range(20))
    if k == "sess":
        return "".join(rng.choice(string.ascii_lowercase + DIG) for _ in range(26))
    return "".join(rng.choice(al) for _ in range(38)) + "=="


def card(rng, var=None):
    k = rng.randrange(10)
    if k < 5:
        n = luhn_complete("4" + digits(rng, 5, False), 16, rng)
    elif k < 8:
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    elif k < 9:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        if rng.random() < 0.6:
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        return n
    else:
        n = luhn_complete("6703" if rng.random() < 0.5 else "4", 16 if rng.random() < 0.7 else 19, rng)
    f = rng.randrange(5)
    if f == 0:
        return n
    if f == 1:
        return group(n, 4, "-")
    if f == 2 and len(n) == 16:
        return group(n, 4, "  ").replace("  ", " ", 1)
    return group(n, 4, " ")


def cvv(rng, var=None):
    return "".join(rng.choice(DIG) for _ in range(4 if var == "4" else 3))


def expiry(rng, var=None):
    m, y = rng.randrange(1, 13), rng.randrange(25, 33)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}", f"{m}/{y}", f"{m:02d} / {y}"])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban(rng, var=None, fam="nl"):
    c = var or {"nl": "NL", "vl": "BE", "fr": "BE", "en": "GB"}[fam]
    if c == "any":
        c = rng.choice(["NL", "BE", "DE", "FR", "GB", "LU", "ES"])
    if c == "NL":
        raw = iban_make("NL", rng.choice(NL_BANKS) + digits(rng, 10, False))
    elif c == "BE":
        f = digits(rng, 10, False)
        ck = int(f) % 97 or 97
        raw = iban_make("BE", f + f"{ck:02d}")
    elif c == "DE":
        raw = iban_make("DE", digits(rng, 18, False))
    elif c == "FR":
        raw = iban_make("FR", digits(rng, 23, False))
    elif c == "LU":
        raw = iban_make("LU", digits(rng, 16, False))
    elif c == "ES":
        raw = iban_make("ES", digits(rng, 20, False))
    else:
        raw = iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(rng, 14, False))
    k = rng.randrange(10)
    if k < 5:
        return group(raw, 4)
    if k < 8:
        return raw
    if k < 9:
        return raw.lower()
    return group(raw, 4).lower() if rng.random() < 0.5 else raw[:4] + " " + raw[4:]


def bsn(rng, var=None):
    while True:
        d = digits(rng, 8)
        s = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            v = d + str(c)
            break
    k = rng.randrange(6)
    if k == 0:
        return v[:4] + "." + v[4:6] + "." + v[6:]
    if k == 1:
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return v


def nrn(rng, dob=None, var=None):
    y = rng.randrange(1940, 2022)
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    seq = rng.randrange(1, 998)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    ck = 97 - int(("2" if y >= 2000 else "") + base) % 97
    v = base + f"{ck:02d}"
    k = rng.randrange(5)
    if k < 2:
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if k == 2:
        return f"{v[:6]} {v[6:9]} {v[9:]}"
    if k == 3:
        return f"{v[:6]}-{v[6:9]}-{v[9:]}"
    return v


def phone(rng, country, var=None):
    if country == "NL":
        mob = "6" + digits(rng, 8, False)
        if var == "land" or (var is None and rng.random() < 0.25):
            area = rng.choice(["20", "10", "30", "70", "40", "50", "38", "433", "24", "71"])
            rest = digits(rng, 9 - len(area))
            return rng.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}", f"(0{area}) {rest}"])
        return rng.choice([f"0{mob[:1]}-{mob[1:]}", f"0{mob[:1]} {mob[1:5]} {mob[5:]}", f"+31 {mob[0]} {mob[1:]}",
                           f"+31{mob}", f"0031 {mob[0]} {mob[1:]}", f"0{mob}", f"0{mob[0]} {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
                           f"+31 (0){mob[0]} {mob[1:5]} {mob[5:]}"])
    if country == "BE":
        if var == "land" or (var is None and rng.random() < 0.25):
            z = rng.choice(["2", "3", "9", "4", "16", "50", "81", "10"])
            r = digits(rng, 8 - len(z), False)
            return rng.choice([f"0{z} {r[:-4]} {r[-4:-2]} {r[-2:]}", f"0{z}/{r}", f"+32 {z} {r}", f"0{z}.{r[:-4]}.{r[-4:-2]}.{r[-2:]}"])
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "494", "495", "496", "497", "498", "499"])
        r = digits(rng, 6, False)
        return rng.choice([f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}", f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}",
                           f"0{p}{r}", f"+32{p}{r}", f"0032 {p} {r}", f"0{p}/{r}", f"0{p} {r[:3]} {r[3:]}"])
    if country == "GB":
        if var == "land" or (var is None and rng.random() < 0.3):
            a = rng.choice(["20 7946", "161 496", "113 496", "131 496", "117 496", "1632 96"])
            r = digits(rng, 4 if len(a.split()[0]) < 4 else 4, False)
            return rng.choice([f"0{a} {r}", f"+44 {a} {r}", f"(0{a.split()[0]}) {a.split()[1]} {r}"])
        r = digits(rng, 6, False)
        return rng.choice([f"07700 {r}", f"+44 7700 {r}", f"07{digits(rng, 3, False)} {r}", f"+447{digits(rng, 3, False)}{r}",
                           f"07{digits(rng, 3, False)}{r}", f"0044 7{digits(rng, 3, False)} {r[:3]} {r[3:]}"])
    a = rng.choice(["312", "415", "212", "617", "503", "614", "713", "904", "720", "404"])
    e = rng.choice(["555", digits(rng, 3)])
    r = digits(rng, 4, False)
    return rng.choice([f"({a}) {e}-{r}", f"{a}-{e}-{r}", f"{a}.{e}.{r}", f"+1 {a} {e} {r}", f"1-{a}-{e}-{r}", f"+1 ({a}) {e}-{r}", f"{a}{e}{r}"])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def date_str(rng, fam, y, m, d, us=False):
    mw = MONTHS["nl" if fam in ("nl", "vl") else fam]
    k = rng.randrange(6)
    if fam == "en" and us:
        return [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{mw[m-1]} {d}, {y}", f"{mw[m-1][:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{y}"][k]
    if fam == "en":
        return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {mw[m-1]} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23, 31) else {1:'st',21:'st',31:'st',2:'nd',22:'nd',3:'rd',23:'rd'}[d]} {mw[m-1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"][k]
    return [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mw[m-1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {mw[m-1][:3]} {y}"][k]


def dob(rng, fam, us=False, child=False):
    y = rng.randrange(2014, 2024) if child else rng.randrange(1938, 2006)
    return date_str(rng, fam, y, rng.randrange(1, 13), rng.randrange(1, 29), us)


def ip(rng, var=None):
    if var == "v6" or rng.random() < 0.12:
        return "2a02:" + ":".join(f"{rng.randrange(0, 65535):x}" for _ in range(rng.choice([3, 7]))) if rng.random() < 0.5 else \
            "2001:" + f"{rng.randrange(0x1c00, 0x1cff):x}:" + ":".join(f"{rng.randrange(0, 65535):x}" for _ in range(2)) + "::" + f"{rng.randrange(1, 65535):x}"
    a = rng.choice([77, 84, 85, 81, 94, 145, 178, 188, 212, 31, 62, 86, 109, 24, 73, 98])
    return f"{a}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def customer_number(rng, var=None):
    k = var or rng.choice(["d7", "d8", "d10", "pre", "pre2", "mix", "dash"])
    if k == "ean":
        return "871" + digits(rng, 15, False)
    if k == "nhs":
        while True:
            d = digits(rng, 9)
            s = sum(int(x) * w for x, w in zip(d, range(10, 1, -1)))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c != 10:
                v = d + str(c)
                return rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", v])
    if k == "d7":
        return digits(rng, 7)
    if k == "d8":
        return digits(rng, 8)
    if k == "d10":
        return digits(rng, 10)
    if k == "pre":
        return rng.choice(["KL", "CU", "PAT", "DN", "LID", "MBR", "CL", "AB"]) + rng.choice(["-", "", " "]) + digits(rng, rng.choice([6, 7, 8]))
    if k == "pre2":
        return rng.choice(["P", "K", "M", "C"]) + digits(rng, 9)
    if k == "dash":
        return digits(rng, 3) + "-" + digits(rng, 3, False) + "-" + digits(rng, 3, False)
    if k == "us":
        return rng.choice(["XJH", "MBR", "W", "ZGP"]) + digits(rng, 9, False)
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(rng, 6) + rng.choice(string.ascii_uppercase)


# ---------------------------------------------------------------- negatives
def n_date(rng, fam, us=False):
    return date_str(rng, fam, rng.choice([2024, 2025, 2026]), rng.randrange(1, 13), rng.randrange(1, 29), us)


def n_time(rng):
    h, m = rng.randrange(7, 22), rng.choice([0, 15, 30, 45, 10, 5, 50, 20])
    return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}u{m:02d}" if m else f"{h}u", f"{h}h{m:02d}"])


def n_amount(rng, fam):
    e, c = rng.randrange(2, 1800), rng.randrange(0, 100)
    if fam == "en":
        cur = rng.choice(["£", "$", "£", "€"])
        return rng.choice([f"{cur}{e}.{c:02d}", f"{cur}{e}", f"{e}.{c:02d} GBP" if cur == "£" else f"{cur}{e:,}.{c:02d}"])
    if fam == "fr":
        return rng.choice([f"{e},{c:02d} €", f"{e} €", f"€{e},{c:02d}", f"{e},{c:02d} EUR"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€{e},{c:02d}"])


def n_qty(rng, fam):
    n = rng.randrange(2, 40)
    u = {"nl": ["stuks", "dozen", "tabletten", "rollen", "m2", "liter", "zakken"], "vl": ["stuks", "dozen", "pillen", "rollen", "m²", "liter"],
         "fr": ["pièces", "boîtes", "comprimés", "rouleaux", "m²", "litres"], "en": ["pcs", "boxes", "tablets", "rolls", "sq ft", "litres", "units"]}[fam]
    return rng.choice([f"{n} {rng.choice(u)}", f"{n}x", f"{n} x"]) if rng.random() < 0.9 else f"{n}{rng.choice(['kg', 'mm', 'ml'])}"


def n_pct(rng):
    return rng.choice([f"{rng.randrange(1, 60)}%", f"{rng.randrange(1, 9)},{rng.randrange(0, 9)}%", f"{rng.randrange(1, 9)}.{rng.randrange(0, 9)} %", f"{rng.randrange(5, 70)} %"])


def n_year(rng):
    return str(rng.randrange(1995, 2027))


def n_order(rng):
    return rng.choice([f"ORD-{rng.randrange(2024, 2027)}-{digits(rng, 5)}", digits(rng, 9), f"#{digits(rng, 6)}", f"WEB{digits(rng, 7)}",
                       f"{rng.choice(['BE', 'NL', 'UK'])}{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"SO{digits(rng, 6)}"])


def n_ticket(rng):
    return rng.choice([f"#{digits(rng, 7)}", f"CAS-{digits(rng, 5)}-{rng.choice('BCDFGHJK')}{digits(rng, 1)}{rng.choice('LMNPQRS')}{digits(rng, 1)}",
                       f"{rng.randrange(2024, 2027)}-{digits(rng, 6, False)}", f"INC{digits(rng, 7, False)}", f"KL{digits(rng, 6)}-T",
                       f"Z{digits(rng, 8)}", f"SR {digits(rng, 8)}"])


def n_invoice(rng):
    return rng.choice([f"F{rng.randrange(2024, 2027)}-{digits(rng, 5, False)}", f"INV-{digits(rng, 6)}", f"{rng.randrange(2024, 2027)}{digits(rng, 6, False)}",
                       f"FA/{rng.randrange(24, 27)}/{digits(rng, 5)}", f"VF{digits(rng, 8)}"])


def n_tracking(rng):
    return rng.choice(["3S" + "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(rng, 9),
                       "1Z" + "".join(rng.choice(string.ascii_uppercase + DIG) for _ in range(16)),
                       "JVGL" + digits(rng, 16, False), "CD" + digits(rng, 9) + "BE", digits(rng, 14),
                       "RR" + digits(rng, 9) + "GB", "9400" + digits(rng, 18, False), "JJD" + digits(rng, 18, False)])


def n_reqid(rng):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return rng.choice([f"{h(8)}-{h(4)}-4{h(3)}-{rng.choice('89ab')}{h(3)}-{h(12)}", f"req_{h(16)}", f"X-Request-ID {h(20)}"[13:],
                       f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}".upper()])


def n_error(rng):
    return rng.choice([f"E-{digits(rng, 4)}", f"0x{digits(rng, 8, False)}", rng.choice(["ERR_CONNECTION_RESET", "ERR_SSL_PROTOCOL_ERROR", "NET::ERR_CERT_DATE_INVALID", "ECONNREFUSED"]),
                       f"HTTP {rng.choice([401, 403, 404, 429, 500, 502, 503])}", f"foutcode {digits(rng, 3)}"[9:], f"AUTH-{digits(rng, 3)}", f"{rng.choice(['F', 'E', 'C'])}{digits(rng, 2, False)}"])


def n_version(rng):
    return rng.choice([f"v{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 20)}", f"{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}",
                       f"iOS {rng.randrange(15, 19)}.{rng.randrange(0, 7)}.{rng.randrange(1, 3)}", f"Android {rng.randrange(11, 16)}",
                       f"build {digits(rng, 4)}", f"{rng.randrange(2, 6)}.{rng.randrange(0, 9)}.{digits(rng, 4)}"])


def n_model(rng, prefix):
    return f"{prefix}{rng.choice(['-', '', ' '])}{digits(rng, rng.choice([3, 4]))}{rng.choice(['', 'X', 'B', 'Li', '/2', 'K'])}"


def n_product(rng):
    return rng.choice([f"SKU {digits(rng, 4)}-{digits(rng, 2)}-{rng.choice(['BLK', 'WHT', 'NVY', 'M', 'L', 'XL'])}", f"art.nr. {digits(rng, 7)}"[9:],
                       digits(rng, 13) if rng.random() < 0.3 else f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 2)}",
                       f"{rng.choice(['ZN', 'PZN ', 'Z-Index '])}{digits(rng, 8)}", f"{digits(rng, 6)}-{rng.choice(['38', '40', '42', 'S', 'M'])}"])


def n_flight(rng):
    return rng.choice(["KL", "HV", "SN", "BA", "FR", "U2", "UA", "TB"]) + rng.choice(["", " "]) + str(rng.randrange(100, 9999))


def n_cphone(rng, fam, us=False):
    if fam == "nl":
        return rng.choice(["088 " + digits(rng, 3) + " " + digits(rng, 4), "0800-" + digits(rng, 4, False), "0900-" + digits(rng, 4), "088-" + digits(rng, 7), "+31 88 " + digits(rng, 3) + " " + digits(rng, 4)])
    if fam in ("vl", "fr"):
        return rng.choice(["078 " + digits(rng, 2) + " " + digits(rng, 2) + " " + digits(rng, 2), "0800 " + digits(rng, 2) + " " + digits(rng, 3), "+32 2 " + digits(rng, 3) + " " + digits(rng, 2) + " " + digits(rng, 2), "070 " + digits(rng, 3) + " " + digits(rng, 3)])
    if us:
        return rng.choice(["1-800-" + digits(rng, 3) + "-" + digits(rng, 4), "(888) " + digits(rng, 3) + "-" + digits(rng, 4), "1-866-" + digits(rng, 3) + "-" + digits(rng, 4)])
    return rng.choice(["0345 " + digits(rng, 3) + " " + digits(rng, 4), "0800 " + digits(rng, 3) + " " + digits(rng, 4), "0330 " + digits(rng, 3) + " " + digits(rng, 4), "111"])


def n_creg(rng, fam, us=False):
    if fam == "nl":
        return rng.choice([digits(rng, 8), f"NL{digits(rng, 9)}B0{rng.randrange(1, 9)}", f"NL {digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 3)}.B01"])
    if fam in ("vl", "fr"):
        d = "0" + digits(rng, 7)
        d = d + f"{97 - int(d) % 97:02d}"
        return rng.choice([f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}"])
    if us:
        return rng.choice([f"{digits(rng, 2)}-{digits(rng, 7)}", f"{digits(rng, 2)}-{digits(rng, 7)}"])
    return rng.choice([f"{digits(rng, 8, False)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"SC{digits(rng, 6)}"])


def n_masked(rng, fam):
    return rng.choice([f"****{digits(rng, 4, False)}", f"**** **** **** {digits(rng, 4, False)}", f"NL** **** **** {digits(rng, 4, False)} {digits(rng, 2, False)}",
                       f"BE** **** **** {digits(rng, 2, False)}{digits(rng, 2, False)}", f"06-****{digits(rng, 4, False)}", f"xxxx-xxxx-xxxx-{digits(rng, 4, False)}",
                       f"{rng.choice('jmskd')}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"•••• {digits(rng, 4, False)}", f"XXXXXX{digits(rng, 3, False)}"])


def n_meter(rng, fam):
    return rng.choice([f"{digits(rng, 5)} kWh", f"{digits(rng, 4)},{digits(rng, 3, False)} m3", f"{digits(rng, 5, False)}", f"{digits(rng, 4)} m³"])


def n_port(rng):
    return str(rng.choice([8080, 8443, 443, 3389, 22, 5060, 25, 587, 993, 1194, 51820, 9000]))


def n_checksum(rng):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return rng.choice([h(64), h(40), h(32), h(8)])
