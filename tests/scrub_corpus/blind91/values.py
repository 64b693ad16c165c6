"""Value generators for the blind91 corpus (health care + public transport emphasis).

Every generator takes (rng, lang) and returns a string. Labelled values are produced here and are
never touched by typo injection.
"""
import string

DIGITS = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase


def _d(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _pick(rng, xs):
    return xs[rng.randrange(len(xs))]


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(v):
    ds = [int(c) for c in v if c.isdigit()]
    if len(ds) == 9:
        s = sum(d * w for d, w in zip(ds[:8], range(9, 1, -1))) - ds[8]
        return s % 11 == 0
    if len(ds) == 11:
        base = int("".join(map(str, ds[:9])))
        cc = int("".join(map(str, ds[9:])))
        return cc == 97 - base % 97 or cc == 97 - (2000000000 + base) % 97
    return False


# ---------------------------------------------------------------- high-risk
PW_WORDS = ["Zomer", "Tulp", "Fiets", "Appel", "Konijn", "Soleil", "Maison", "Chat", "Sunshine",
            "Dragon", "Monkey", "Pizza", "Voetbal", "Molen", "Haring", "Liberty", "Brussel", "Koekje",
            "Oranje", "Winter", "Lente", "Bruges", "Kermit", "Panda", "Rocket", "Tramlijn"]
SYMS = "!#$%&*?@.-_+="


def password(rng, lang=None):
    k = rng.randrange(6)
    if k == 0:
        return _pick(rng, PW_WORDS) + _d(rng, rng.choice([2, 4])) + rng.choice(SYMS)
    if k == 1:
        chars = string.ascii_letters + DIGITS + "!#%&*?"
        return "".join(rng.choice(chars) for _ in range(rng.randint(9, 14)))
    if k == 2:
        return "-".join(_pick(rng, PW_WORDS).lower() for _ in range(3)) + _d(rng, 1)
    if k == 3:
        return _pick(rng, PW_WORDS).lower() + rng.choice(SYMS) + _pick(rng, PW_WORDS) + _d(rng, 2)
    if k == 4:
        w = _pick(rng, PW_WORDS)
        return w[0].lower() + w[1:].upper() + _d(rng, 3) + rng.choice("!?#")
    return _pick(rng, PW_WORDS) + "_" + _d(rng, 2) + _pick(rng, PW_WORDS).lower()


def pin(rng, lang=None):
    return _d(rng, rng.choice([4, 4, 4, 5, 6]))


def pin4(rng, lang=None):
    return _d(rng, 4)


def doorcode(rng, lang=None):
    k = rng.randrange(4)
    if k == 0:
        return _d(rng, 4) + "#"
    if k == 1:
        return "*" + _d(rng, 4)
    if k == 2:
        return _d(rng, 6)
    return _d(rng, 4)


def puk(rng, lang=None):
    v = _d(rng, 8)
    if rng.random() < 0.3:
        return v[:4] + " " + v[4:]
    return v


def otp(rng, lang=None):
    k = rng.randrange(7)
    if k <= 2:
        return _d(rng, 6)
    if k == 3:
        v = _d(rng, 6)
        return v[:3] + " " + v[3:]
    if k == 4:
        v = _d(rng, 6)
        return v[:3] + "-" + v[3:]
    if k == 5:
        return "G-" + _d(rng, 6)
    return _d(rng, rng.choice([4, 5, 8]))


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp_words(rng, lang="en-gb"):
    key = "nl" if lang.startswith("nl") else ("fr" if lang.startswith("fr") else "en")
    ws = NUMWORDS[key]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(ws[int(c)] for c in _d(rng, 6))


def wifi_key(rng, lang=None):
    k = rng.randrange(3)
    if k == 0:
        return "".join(rng.choice(UP + DIGITS) for _ in range(rng.choice([10, 12, 16])))
    if k == 1:
        chars = string.ascii_letters + DIGITS
        return "".join(rng.choice(chars) for _ in range(rng.randint(12, 20)))
    return _pick(rng, PW_WORDS).lower() + _d(rng, 4) + _pick(rng, PW_WORDS).lower()


FIRST = ["jan", "sanne", "pieter", "fatima", "kevin", "lotte", "youssef", "marie", "tom", "ines",
         "sophie", "luc", "emma", "daan", "nadia", "olivier", "chloe", "ryan", "megan", "tyler",
         "priya", "liam", "anouk", "wout"]
LAST = ["devries", "jansen", "peeters", "bakker", "claes", "dubois", "smith", "jones", "elamrani",
        "vandamme", "mertens", "wouters", "brown", "miller", "garcia", "desmet", "visser", "lambert"]


def username(rng, lang=None):
    f, l = _pick(rng, FIRST), _pick(rng, LAST)
    k = rng.randrange(6)
    if k == 0:
        return f + l + _d(rng, 2)
    if k == 1:
        return f[0] + "." + l
    if k == 2:
        return f + "_" + l[:4] + _d(rng, 3)
    if k == 3:
        return (f + l).capitalize() + _d(rng, 4)
    if k == 4:
        return l + f[0] + _d(rng, 2)
    return f + "." + l + _d(rng, 1)


def _rand(rng, chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


AN = string.ascii_letters + DIGITS
HEX = "0123456789abcdef"


def api_key(rng, lang=None):
    k = rng.randrange(6)
    if k == 0:
        return "sk_live_" + _rand(rng, AN, 24)
    if k == 1:
        return "AKIA" + _rand(rng, UP + DIGITS, 16)
    if k == 2:
        return "pk_test_" + _rand(rng, AN, 24)
    if k == 3:
        return "AIza" + _rand(rng, AN + "-_", 35)
    if k == 4:
        return "SG." + _rand(rng, AN, 22) + "." + _rand(rng, AN, 43)
    return _rand(rng, HEX, 32)


def aws_secret(rng, lang=None):
    return _rand(rng, AN + "/+", 40)


def token(rng, lang=None):
    k = rng.randrange(5)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _rand(rng, AN + "-_", 40) + "." + _rand(rng, AN + "-_", 43)
    if k == 1:
        return "ghp_" + _rand(rng, AN, 36)
    if k == 2:
        return _rand(rng, HEX, 40)
    if k == 3:
        return "ya29." + _rand(rng, AN + "-_", 50)
    return _rand(rng, HEX, 8) + "-" + _rand(rng, HEX, 4) + "-" + _rand(rng, HEX, 4) + "-" + _rand(rng, HEX, 4) + "-" + _rand(rng, HEX, 12)


def _luhn_complete(prefix, length, rng):
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, lang=None):
    k = rng.randrange(6)
    if k == 5:
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "", "-"])
        return sep.join([num[:4], num[4:10], num[10:]])
    if k in (0, 1):
        num = _luhn_complete("4", 16, rng)
    elif k == 2:
        num = _luhn_complete(rng.choice(["51", "52", "53", "54", "55"]), 16, rng)
    elif k == 3:
        num = _luhn_complete("6703", 16, rng)  # Bancontact/Maestro-style
    else:
        num = _luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    sep = rng.choice([" ", " ", "", "-", "  "])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, lang=None):
    return _d(rng, 3) if rng.random() < 0.9 else _d(rng, 4)


def card_expiry(rng, lang=None):
    m = rng.randint(1, 12)
    y = rng.randint(26, 32)
    k = rng.randrange(5)
    if k == 0:
        return f"{m:02d}/{y}"
    if k == 1:
        return f"{m:02d}/20{y}"
    if k == 2:
        return f"{m:02d}-{y}"
    if k == 3:
        return f"{m}/{y}"
    return f"{m:02d} / {y}"


def _iban_checked(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]


def iban(rng, lang="nl"):
    r = rng.random()
    if lang.endswith("be"):
        cc = "BE" if r < 0.8 else ("NL" if r < 0.9 else "FR")
    elif lang.startswith("nl"):
        cc = "NL" if r < 0.8 else ("BE" if r < 0.9 else "DE")
    elif lang == "en-gb":
        cc = "GB" if r < 0.6 else ("NL" if r < 0.8 else "IE")
    else:
        cc = rng.choice(["NL", "GB", "DE", "BE"])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + _d(rng, 10)
    elif cc == "BE":
        base = _d(rng, 10)
        c = int(base) % 97 or 97
        bban = base + f"{c:02d}"
    elif cc == "DE":
        bban = _d(rng, 18)
    elif cc == "FR":
        bban = _d(rng, 10) + _rand(rng, UP + DIGITS, 11) + _d(rng, 2)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _d(rng, 14)
    else:  # IE
        bban = rng.choice(["AIBK", "BOFI"]) + _d(rng, 14)
    v = _iban_checked(cc, bban)
    k = rng.randrange(6)
    if k <= 2:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if k == 5 or rng.random() < 0.1:
        v = v.lower()
    return v


def bsn_nl(rng, lang=None):
    while True:
        ds = [rng.randint(0, 9) for _ in range(8)]
        if ds[0] == 0 and rng.random() < 0.7:
            continue
        s = sum(d * w for d, w in zip(ds, range(9, 1, -1)))
        last = s % 11
        if last == 10:
            continue
        v = "".join(map(str, ds)) + str(last)
        k = rng.randrange(4)
        if k == 1:
            return v[:4] + "." + v[4:6] + "." + v[6:]
        if k == 2:
            return v[:3] + " " + v[3:6] + " " + v[6:]
        return v


def rrn_be(rng, lang=None):
    y = rng.randint(1940, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = int(f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}")
    cc = 97 - ((2000000000 + base) if y >= 2000 else base) % 97
    s = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}{cc:02d}"
    k = rng.randrange(4)
    if k == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if k == 1:
        return s
    if k == 2:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return f"{s[:6]}-{s[6:9]}-{s[9:]}"


def bsn(rng, lang="nl"):
    if lang.endswith("be"):
        return rrn_be(rng)
    return bsn_nl(rng)


# ---------------------------------------------------------------- contact
MAILDOM = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl"],
           "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
           "en": ["gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com", "aol.com", "yahoo.com"]}


def email(rng, lang="nl"):
    key = "be" if lang.endswith("be") else ("nl" if lang == "nl" else "en")
    f, l = _pick(rng, FIRST), _pick(rng, LAST)
    k = rng.randrange(5)
    if k == 0:
        local = f + "." + l
    elif k == 1:
        local = f[0] + l + _d(rng, 2)
    elif k == 2:
        local = f + _d(rng, 4)
    elif k == 3:
        local = l + "." + f[0]
    else:
        local = f + "_" + l
    v = local + "@" + _pick(rng, MAILDOM[key])
    if rng.random() < 0.08:
        v = v.capitalize()
    return v


def phone(rng, lang="nl"):
    if lang == "nl":
        k = rng.randrange(8)
        m = _d(rng, 8)
        if k == 0:
            return "06-" + m
        if k == 1:
            return "06 " + m[:2] + " " + m[2:4] + " " + m[4:6] + " " + m[6:]
        if k == 2:
            return "+31 6 " + m[:4] + " " + m[4:]
        if k == 3:
            return "+316" + m
        if k == 4:
            return "0031 6 " + m
        if k == 5:
            return "06" + m
        if k == 6:
            return "0" + rng.choice(["20", "10", "30", "50", "40"]) + "-" + _d(rng, 7)
        return "(0" + rng.choice(["70", "35", "76"]) + ") " + _d(rng, 3) + " " + _d(rng, 4)
    if lang.endswith("be"):
        k = rng.randrange(6)
        p = rng.choice(["470", "471", "472", "475", "477", "478", "479", "486", "495", "496"])
        if k == 0:
            return "0" + p + " " + _d(rng, 2) + " " + _d(rng, 2) + " " + _d(rng, 2)
        if k == 1:
            return "+32 " + p + " " + _d(rng, 2) + " " + _d(rng, 2) + " " + _d(rng, 2)
        if k == 2:
            return "0" + p + "/" + _d(rng, 2) + "." + _d(rng, 2) + "." + _d(rng, 2)
        if k == 3:
            return "+32" + p + _d(rng, 6)
        if k == 4:
            return "0" + rng.choice(["2", "3", "9"]) + " " + _d(rng, 3) + " " + _d(rng, 2) + " " + _d(rng, 2)
        return "0" + p + _d(rng, 6)
    if lang == "en-gb":
        k = rng.randrange(5)
        if k == 0:
            return "07" + _d(rng, 3) + " " + _d(rng, 6)
        if k == 1:
            return "+44 7" + _d(rng, 3) + " " + _d(rng, 6)
        if k == 2:
            return "020 " + _d(rng, 4) + " " + _d(rng, 4)
        if k == 3:
            return "0161 " + _d(rng, 3) + " " + _d(rng, 4)
        return "+447" + _d(rng, 9)
    k = rng.randrange(5)
    a = str(rng.randint(201, 989))
    if k == 0:
        return f"({a}) {_d(rng, 3)}-{_d(rng, 4)}"
    if k == 1:
        return f"{a}-{_d(rng, 3)}-{_d(rng, 4)}"
    if k == 2:
        return f"+1 {a} {_d(rng, 3)} {_d(rng, 4)}"
    if k == 3:
        return f"{a}.{_d(rng, 3)}.{_d(rng, 4)}"
    return f"1-{a}-{_d(rng, 3)}-{_d(rng, 4)}"


NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenlaan", "Lindenlaan", "Prinsengracht",
              "Schoolstraat", "Julianastraat", "Beukenlaan", "Van Goghstraat", "Hoofdweg", "Kastanjelaan"]
NL_CITIES = ["Utrecht", "Amersfoort", "Zwolle", "Groningen", "Haarlem", "Tilburg", "Leiden", "Delft",
             "Apeldoorn", "Breda", "Nijmegen", "Enschede"]
BE_STREETS_NL = ["Kerkstraat", "Stationsstraat", "Meir", "Nieuwstraat", "Kouter", "Bondgenotenlaan",
                 "Diestsesteenweg", "Brugsesteenweg", "Veldstraat", "Lange Lozanastraat"]
BE_CITIES_NL = ["2000 Antwerpen", "9000 Gent", "3000 Leuven", "8000 Brugge", "2800 Mechelen",
                "3500 Hasselt", "8500 Kortrijk", "9300 Aalst"]
BE_STREETS_FR = ["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue Neuve", "Rue des Bouchers",
                 "Boulevard d'Avroy", "Rue Haute", "Avenue de Tervueren", "Place du Marché"]
BE_CITIES_FR = ["1000 Bruxelles", "4000 Liège", "5000 Namur", "6000 Charleroi", "7000 Mons",
                "1050 Ixelles", "1300 Wavre", "1348 Louvain-la-Neuve"]
UK_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
              "Queens Road", "Green Lane"]
UK_TOWNS = [("Leeds", "LS6 2AB"), ("Bristol", "BS8 1TH"), ("Manchester", "M14 5RT"), ("London", "SE15 4QL"),
            ("York", "YO10 3DD"), ("Norwich", "NR2 4EF"), ("Cardiff", "CF24 4HQ")]
US_STREETS = ["Maple Avenue", "Oak Street", "Washington Blvd", "Elm St", "Lincoln Ave", "Sunset Drive",
              "Cedar Lane", "Main Street"]
US_TOWNS = [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Columbus, OH", "43215"),
            ("Portland, OR", "97205"), ("Denver, CO", "80203"), ("Raleigh, NC", "27601")]


def address(rng, lang="nl"):
    if lang == "nl":
        st = _pick(rng, NL_STREETS)
        nr = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-II", " B", "bis"])
        pc = f"{rng.randint(1000, 9999)} {rng.choice(UP)}{rng.choice(UP)}"
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        k = rng.randrange(4)
        if k == 0:
            return f"{st} {nr}, {pc} {_pick(rng, NL_CITIES)}"
        if k == 1:
            return f"{st} {nr} {pc} {_pick(rng, NL_CITIES).upper()}"
        if k == 2:
            return f"{st} {nr}"
        return f"{st.lower()} {nr} {_pick(rng, NL_CITIES).lower()}"
    if lang == "nl-be":
        st = _pick(rng, BE_STREETS_NL)
        nr = str(rng.randint(1, 180)) + rng.choice(["", "", " bus 3", "/2", " bus 101"])
        k = rng.randrange(3)
        if k == 0:
            return f"{st} {nr}, {_pick(rng, BE_CITIES_NL)}"
        if k == 1:
            return f"{st} {nr} {_pick(rng, BE_CITIES_NL)}"
        return f"{st} {nr}"
    if lang == "fr-be":
        st = _pick(rng, BE_STREETS_FR)
        nr = str(rng.randint(1, 180)) + rng.choice(["", "", " bte 4", "/12", " boîte 2"])
        k = rng.randrange(3)
        if k == 0:
            return f"{st} {nr}, {_pick(rng, BE_CITIES_FR)}"
        if k == 1:
            return f"{nr.split(' ')[0]}, {st}, {_pick(rng, BE_CITIES_FR)}"
        return f"{st} {nr}"
    if lang == "en-gb":
        st = _pick(rng, UK_STREETS)
        town, pc = _pick(rng, UK_TOWNS)
        nr = rng.randint(1, 200)
        k = rng.randrange(3)
        if k == 0:
            return f"{nr} {st}, {town} {pc}"
        if k == 1:
            return f"Flat {rng.randint(1, 9)}, {nr} {st}, {town}, {pc}"
        return f"{nr} {st}"
    st = _pick(rng, US_STREETS)
    town, z = _pick(rng, US_TOWNS)
    nr = rng.randint(10, 9800)
    k = rng.randrange(3)
    if k == 0:
        return f"{nr} {st}, {town} {z}"
    if k == 1:
        return f"{nr} {st} Apt {rng.randint(1, 30)}{rng.choice('ABC')}, {town} {z}"
    return f"{nr} {st}"


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def _mkey(lang):
    return "nl" if lang.startswith("nl") else ("fr" if lang.startswith("fr") else "en")


def date_of_birth(rng, lang="nl"):
    y = rng.randint(1938, 2008)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    k = rng.randrange(5)
    mk = _mkey(lang)
    if lang == "en-us":
        if k <= 1:
            return f"{m:02d}/{d:02d}/{y}"
        if k == 2:
            return f"{MONTHS['en'][m - 1]} {d}, {y}"
        if k == 3:
            return f"{m}/{d}/{y % 100:02d}"
        return f"{y}-{m:02d}-{d:02d}"
    if k == 0:
        return f"{d:02d}-{m:02d}-{y}"
    if k == 1:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 2:
        return f"{d} {MONTHS[mk][m - 1]} {y}"
    if k == 3:
        return f"{d}.{m}.{y}"
    return f"{d:02d}{m:02d}{y}" if rng.random() < 0.5 else f"{y}-{m:02d}-{d:02d}"


def ip_address(rng, lang=None):
    k = rng.randrange(5)
    if k == 0:
        return f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}"
    if k == 4:
        return "2a02:" + ":".join(_rand(rng, HEX, 4) for _ in range(3)) + "::" + _rand(rng, HEX, 3)
    return f"{rng.randint(31, 213)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# customer-number style identifiers (all labelled customer_number)
def patient_number(rng, lang=None):
    k = rng.randrange(4)
    if k == 0:
        return _d(rng, 7)
    if k == 1:
        return _d(rng, 3) + "-" + _d(rng, 3) + "-" + _d(rng, 3)
    if k == 2:
        return "P" + _d(rng, 8)
    return _d(rng, 10)


def member_number(rng, lang=None):
    k = rng.randrange(5)
    if k == 0:
        return _d(rng, 9)
    if k == 1:
        return rng.choice(["XEH", "ZGP", "W", "MBR"]) + _d(rng, 9)
    if k == 2:
        return _d(rng, 3) + "/" + _d(rng, 6) + "/" + _d(rng, 2)
    if k == 3:
        return _d(rng, 4) + " " + _d(rng, 4) + " " + _d(rng, 2)
    return "R" + _d(rng, 8)


def policy_number(rng, lang=None):
    k = rng.randrange(3)
    if k == 0:
        return "POL-" + _d(rng, 7)
    if k == 1:
        return _d(rng, 2) + "." + _d(rng, 3) + "." + _d(rng, 3)
    return rng.choice(UP) + rng.choice(UP) + _d(rng, 8)


def nhs_number(rng, lang=None):
    while True:
        ds = [rng.randint(0, 9) for _ in range(9)]
        s = sum(d * w for d, w in zip(ds, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        v = "".join(map(str, ds)) + str(c)
        return v[:3] + " " + v[3:6] + " " + v[6:] if rng.random() < 0.7 else v


def transit_card(rng, lang="nl"):
    if lang == "nl":  # OV-chipkaart style
        v = "3528" + _d(rng, 12)
        k = rng.randrange(3)
        if k == 0:
            return " ".join(v[i:i + 4] for i in range(0, 16, 4))
        if k == 1:
            return v
        return "-".join(v[i:i + 4] for i in range(0, 16, 4))
    if lang.endswith("be"):  # MOBIB style
        return f"{_d(rng, 6)}{rng.choice(['', ' '])}{_d(rng, 10)}{rng.choice(['', ' '])}{_d(rng, 2)}"
    if lang == "en-gb":  # Oyster style
        v = "0" + _d(rng, 11)
        return v if rng.random() < 0.5 else v[:4] + " " + v[4:8] + " " + v[8:]
    return _d(rng, 4) + " " + _d(rng, 4) + " " + _d(rng, 4) + " " + _d(rng, 4)


def account_number(rng, lang=None):
    k = rng.randrange(4)
    if k == 0:
        return _d(rng, 8)
    if k == 1:
        return "KL" + _d(rng, 7)
    if k == 2:
        return _d(rng, 4) + "-" + _d(rng, 5)
    return "#" + _d(rng, 7) if False else _d(rng, 6)


def customer_number(rng, lang="nl"):
    return rng.choice([patient_number, member_number, policy_number, account_number])(rng, lang)


# ---------------------------------------------------------------- negatives
def neg_date(rng, lang="nl"):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2025, 2026, 2026, 2027])
    k = rng.randrange(5)
    mk = _mkey(lang)
    if lang == "en-us" and k < 2:
        return f"{m}/{d}/{y}"
    if k == 0:
        return f"{d:02d}-{m:02d}-{y}"
    if k == 1:
        return f"{d}/{m}"
    if k == 2:
        return f"{d} {MONTHS[mk][m - 1]}"
    if k == 3:
        return f"{d} {MONTHS[mk][m - 1]} {y}" if mk != "en" or lang == "en-gb" else f"{MONTHS['en'][m - 1]} {d}"
    return f"{y}-{m:02d}-{d:02d}"


def neg_time(rng, lang="nl"):
    h, mi = rng.randint(6, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    k = rng.randrange(4)
    if lang == "en-us" and k < 2:
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}"
    if k == 0:
        return f"{h:02d}:{mi:02d}"
    if k == 1:
        return f"{h}.{mi:02d}"
    if k == 2:
        return f"{h}u{mi:02d}" if lang.endswith("be") else f"{h}:{mi:02d}"
    return f"{h}h{mi:02d}" if lang == "fr-be" else f"{h:02d}:{mi:02d}"


def neg_amount(rng, lang="nl"):
    e = rng.randint(2, 480)
    c = rng.randint(0, 99)
    if lang in ("en-gb",):
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"{e}.{c:02d} USD"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"{e},- euro", f"{e} €"])


def neg_percentage(rng, lang="nl"):
    dec = "." if lang.startswith("en") else ","
    return rng.choice([f"{rng.randint(5, 100)}%", f"{rng.randint(1, 40)} %", f"{rng.randint(1, 9)}{dec}5%"])


def neg_year(rng, lang=None):
    return str(rng.randint(2019, 2027))


def neg_order(rng, lang=None):
    return rng.choice(["ORD-", "B", "", "#", "WEB"]) + _d(rng, rng.choice([7, 8, 9]))


def neg_ticket(rng, lang=None):
    return rng.choice(["CAS-", "ZK", "INC", "#", "SR-", "REF-", "CLM-"]) + _d(rng, rng.choice([6, 7, 8]))


def neg_fine(rng, lang=None):
    return rng.choice(["PF", "BV-", "PV ", "", "N"]) + _d(rng, rng.choice([8, 10]))


def neg_invoice(rng, lang=None):
    return rng.choice(["F", "INV-", "FAC", "20" + str(rng.randint(24, 26)) + "-"]) + _d(rng, 6)


def neg_tracking(rng, lang=None):
    return rng.choice(["3S" + _rand(rng, UP, 4) + _d(rng, 8), "1Z" + _rand(rng, UP + DIGITS, 16),
                       "JVGL" + _d(rng, 16), "CD" + _d(rng, 9) + "BE"])


def neg_request(rng, lang=None):
    return rng.choice(["req_" + _rand(rng, HEX, 12), "REQ-" + _d(rng, 6), _rand(rng, HEX, 8) + "-" + _rand(rng, HEX, 4),
                       "RID " + _d(rng, 9)])


def neg_error(rng, lang=None):
    return rng.choice(["ERR-" + _d(rng, 4), "E" + _d(rng, 3), "0x8007" + _rand(rng, "0123456789ABCDEF", 4),
                       "HTTP " + rng.choice(["500", "502", "403", "404"]), "code " + _d(rng, 3),
                       "AUTH_" + rng.choice(["401", "TIMEOUT", "FAILED"])])


def neg_version(rng, lang=None):
    return rng.choice([f"{rng.randint(3, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                       f"v{rng.randint(1, 12)}.{rng.randint(0, 9)}",
                       f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}",
                       f"Android {rng.randint(11, 15)}",
                       f"{rng.randint(2024, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 4)}"])


def neg_model(rng, lang=None):
    return rng.choice(["SM-A" + _d(rng, 3) + "B", "iPhone " + str(rng.randint(11, 16)), "Pixel " + str(rng.randint(6, 9)) + "a",
                       "FreeStyle Libre " + str(rng.randint(2, 3)), "OMRON M" + str(rng.randint(3, 7)),
                       "Dexcom G" + str(rng.randint(6, 7))])


def neg_product(rng, lang=None):
    return rng.choice(["ZI-" + _d(rng, 8), "PZN " + _d(rng, 8), "RVG " + _d(rng, 6), "SKU " + _d(rng, 6),
                       "CNK " + _d(rng, 7), "NDC " + _d(rng, 5) + "-" + _d(rng, 3) + "-" + _d(rng, 2)])


def neg_flight(rng, lang=None):
    return rng.choice(["KL", "SN", "BA", "UA", "HV", "FR"]) + " " * rng.randint(0, 1) + str(rng.randint(100, 1999))


def neg_kvk(rng, lang="nl"):
    if lang == "nl":
        return rng.choice([_d(rng, 8), "NL" + _d(rng, 9) + "B01", _d(rng, 4) + " " + _d(rng, 4)])
    if lang.endswith("be"):
        return "0" + _d(rng, 3) + "." + _d(rng, 3) + "." + _d(rng, 3)
    if lang == "en-gb":
        return rng.choice([_d(rng, 8), "GB" + _d(rng, 9)])
    return "EIN " + _d(rng, 2) + "-" + _d(rng, 7)


def neg_masked(rng, lang=None):
    return rng.choice(["****" + _d(rng, 4), "**** **** **** " + _d(rng, 4), "NL** **** **** **" + _d(rng, 2) + " " + _d(rng, 2),
                       "XXXX-XXXX-XXXX-" + _d(rng, 4), "BE** **** **** " + _d(rng, 4), "06-****" + _d(rng, 4),
                       "j***@gmail.com", "•••• " + _d(rng, 4), "*****" + _d(rng, 3)])


def neg_meter(rng, lang=None):
    return rng.choice([f"{rng.randint(1000, 99999)} kWh", f"{rng.randint(100, 9999)},{rng.randint(0, 999):03d} m3",
                       f"{rng.randint(100, 9999)} m³"])


def neg_port(rng, lang=None):
    return str(rng.choice([443, 8080, 8443, 3389, 22, 5060, 1194]))


def neg_checksum(rng, lang=None):
    return rng.choice([_rand(rng, HEX, 64), _rand(rng, HEX, 32)])


def neg_quantity(rng, lang="nl"):
    n = rng.randint(2, 120)
    if lang.startswith("nl"):
        u = rng.choice(["tabletten", "stuks", "strips", "ritten", "zones", "doosjes", "mg"])
    elif lang == "fr-be":
        u = rng.choice(["comprimés", "boîtes", "trajets", "zones", "mg"])
    else:
        u = rng.choice(["tablets", "boxes", "journeys", "zones", "mg", "trips"])
    return f"{n} {u}"


GENS = {k: v for k, v in globals().items() if callable(v) and not k.startswith("_")}
