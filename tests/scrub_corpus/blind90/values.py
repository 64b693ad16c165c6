"""Value generators for the blind90 corpus (labelled values and hard negatives).

Every generator takes (rng, loc) where loc is one of nl, be, fr, gb, us
(be = Belgian Dutch, fr = Belgian French) and returns a string.
"""
import string

DIG = "0123456789"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    if len(ds) < 12:
        return False
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return payload + str((10 - tot % 10) % 10)


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = "".join(iban.split()).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(country, bban):
    cd = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{cd:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, cc = d[:9], int(d[9:])
    return 97 - int(base) % 97 == cc or 97 - int("2" + base) % 97 == cc


# ---------------------------------------------------------------- cards
def card(rng, loc):
    kind = rng.choice(["visa", "visa", "mc", "mc", "mc2", "amex", "maestro"])
    if kind == "visa":
        num = luhn_complete("4" + digits(rng, 14))
    elif kind == "mc":
        num = luhn_complete("5" + rng.choice("12345") + digits(rng, 13))
    elif kind == "mc2":
        num = luhn_complete(str(rng.randint(2221, 2720)) + digits(rng, 11))
    elif kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        f = rng.random()
        if f < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        if f < 0.8:
            return f"{num[:4]}-{num[4:10]}-{num[10:]}"
        return num
    else:
        num = luhn_complete("6703" + digits(rng, 11))
    f = rng.random()
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    if f < 0.45:
        return " ".join(g)
    if f < 0.6:
        return "-".join(g)
    if f < 0.75:
        return num
    if f < 0.85:
        return "  ".join(g)
    if f < 0.93:
        return ".".join(g)
    return num[:8] + " " + num[8:]


def cvv(rng, loc):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng, loc):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    f = rng.random()
    if f < 0.5:
        return f"{m:02d}/{y}"
    if f < 0.65:
        return f"{m:02d}/20{y}"
    if f < 0.78:
        return f"{m:02d}-{y}"
    if f < 0.88:
        return f"{m}/{y}"
    return f"{m:02d} / {y}"


# ---------------------------------------------------------------- iban
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "REVO"]


def _fmt_iban(rng, s):
    f = rng.random()
    if f < 0.55:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif f < 0.85:
        out = s
    else:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if rng.random() < 0.12:
        out = out.lower()
    return out


def iban(rng, loc):
    if loc in ("be", "fr"):
        acct = str(rng.randint(1, 999)).zfill(3) + digits(rng, 7)
        chk = int(acct) % 97 or 97
        s = iban_make("BE", acct + f"{chk:02d}")
    elif loc == "gb":
        s = iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + digits(rng, 14))
    elif loc == "us":
        return iban_foreign(rng, loc)
    else:
        s = iban_make("NL", rng.choice(NL_BANKS) + digits(rng, 10))
    return _fmt_iban(rng, s)


def iban_foreign(rng, loc):
    c = rng.choice(["DE", "FR", "LU", "ES", "GB", "IE"])
    if c == "DE":
        s = iban_make("DE", digits(rng, 18))
    elif c == "FR":
        s = iban_make("FR", digits(rng, 23))
    elif c == "LU":
        s = iban_make("LU", digits(rng, 16))
    elif c == "ES":
        s = iban_make("ES", digits(rng, 20))
    elif c == "IE":
        s = iban_make("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 14))
    else:
        s = iban_make("GB", "NWBK" + digits(rng, 14))
    return _fmt_iban(rng, s)


# ---------------------------------------------------------------- national ids
def bsn(rng, loc):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s <= 9:
            v = "".join(map(str, d)) + str(s)
            break
    f = rng.random()
    if f < 0.6:
        return v
    if f < 0.8:
        return f"{v[:4]}.{v[4:6]}.{v[6:]}"
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def rrn(rng, loc):
    y = rng.randint(1950, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    cc = 97 - n % 97
    v = base + f"{cc:02d}"
    f = rng.random()
    if f < 0.4:
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if f < 0.7:
        return v
    if f < 0.85:
        return f"{v[:6]}-{v[6:9]}-{v[9:]}"
    return f"{v[:6]} {v[6:9]} {v[9:]}"


def natid(rng, loc):
    return rrn(rng, loc) if loc in ("be", "fr") else bsn(rng, loc)


# ---------------------------------------------------------------- phones
def phone(rng, loc):
    f = rng.random()
    if loc == "nl":
        if rng.random() < 0.8:
            n = "6" + digits(rng, 8)
            if f < 0.25:
                return f"0{n[0]}-{n[1:]}"
            if f < 0.4:
                return f"0{n[0]} {n[1:5]} {n[5:]}"
            if f < 0.55:
                return f"+31 {n[0]} {n[1:]}"
            if f < 0.65:
                return f"+31{n}"
            if f < 0.75:
                return f"0031 {n}"
            if f < 0.85:
                return f"+31 (0){n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
            return f"0{n}"
        area = rng.choice(["20", "10", "30", "70", "40", "50", "24", "13"])
        rest = digits(rng, 7, True)
        if f < 0.5:
            return f"0{area}-{rest}"
        return f"0{area} {rest[:3]} {rest[3:]}"
    if loc in ("be", "fr"):
        if rng.random() < 0.8:
            n = "4" + rng.choice("789") + digits(rng, 7)
            a, b, c, d = n[:3], n[3:5], n[5:7], n[7:]
            if f < 0.3:
                return f"0{a} {b} {c} {d}"
            if f < 0.45:
                return f"0{a}/{b}.{c}.{d}"
            if f < 0.6:
                return f"+32 {a} {b} {c} {d}"
            if f < 0.7:
                return f"+32{n}"
            if f < 0.8:
                return f"0032 {a} {b}{c}{d}"
            if f < 0.9:
                return f"0{a}/{b}{c}{d}"
            return f"0{n}"
        area = rng.choice(["2", "3", "9", "4", "10", "16"])
        rest = digits(rng, 8 - len(area), True)
        if f < 0.5:
            return f"0{area} {rest[:3]} {rest[3:5]} {rest[5:]}"
        return f"0{area}/{rest}"
    if loc == "gb":
        if rng.random() < 0.75:
            n = "7" + rng.choice("3456789") + digits(rng, 8)
            if f < 0.35:
                return f"0{n[:4]} {n[4:]}"
            if f < 0.5:
                return f"+44 {n[:4]} {n[4:]}"
            if f < 0.6:
                return f"+44 (0){n[:4]} {n[4:]}"
            if f < 0.7:
                return f"0{n[:4]} {n[4:7]} {n[7:]}"
            if f < 0.8:
                return f"+44{n}"
            return f"0{n}"
        if f < 0.5:
            return f"020 {rng.choice('378')}{digits(rng, 3)} {digits(rng, 4)}"
        return f"(0{rng.choice(['113', '161', '121', '131', '117'])}) {digits(rng, 3, True)} {digits(rng, 4)}"
    # us
    a = str(rng.randint(201, 989))
    if a[1] == "9":
        a = a[0] + "1" + a[2]
    b = str(rng.randint(200, 999))
    c = digits(rng, 4)
    if f < 0.35:
        return f"({a}) {b}-{c}"
    if f < 0.6:
        return f"{a}-{b}-{c}"
    if f < 0.72:
        return f"{a}.{b}.{c}"
    if f < 0.85:
        return f"+1 {a} {b} {c}"
    if f < 0.93:
        return f"1-{a}-{b}-{c}"
    return f"{a}{b}{c}"


def phone_foreign(rng, loc):
    c = rng.choice(["de", "fr", "es", "nl", "be", "gb"])
    if c == "de":
        return f"+49 1{rng.choice('567')}{digits(rng, 1)} {digits(rng, 7)}"
    if c == "fr":
        n = rng.choice("67") + digits(rng, 8)
        return f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if c == "es":
        return f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if c == "nl":
        return f"+31 6 {digits(rng, 8)}"
    if c == "be":
        return f"+32 4{rng.choice('789')}{digits(rng, 1)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
    return f"+44 7{digits(rng, 3)} {digits(rng, 6)}"


# ---------------------------------------------------------------- mail / login
DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com",
           "hotmail.nl", "planet.nl", "xs4all.nl", "protonmail.com", "home.nl"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be", "icloud.com",
           "scarlet.be", "live.be"],
    "fr": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "proximus.be", "outlook.fr", "yahoo.fr",
           "live.be", "icloud.com"],
    "gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "sky.com",
           "virginmedia.com", "icloud.com", "talktalk.net"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "hotmail.com",
           "proton.me"],
}


def _clean(s):
    out = []
    for ch in s.lower():
        if ch in "éèêë":
            ch = "e"
        elif ch in "áàâä":
            ch = "a"
        elif ch in "ïî":
            ch = "i"
        elif ch in "öô":
            ch = "o"
        elif ch in "üû":
            ch = "u"
        elif ch == "ç":
            ch = "c"
        if ch.isalnum():
            out.append(ch)
    return "".join(out)


def email(rng, loc, first, last, shop=None):
    f, l = _clean(first), _clean(last)
    dom = rng.choice(DOMAINS[loc])
    r = rng.random()
    if shop and r < 0.2:
        return f"{rng.choice(['info', 'verkoop', 'hello', 'contact', 'shop', 'admin'])}@{_clean(shop)}.{ {'nl': 'nl', 'be': 'be', 'fr': 'be', 'gb': 'co.uk', 'us': 'com'}[loc] }"
    if r < 0.4:
        local = f"{f}.{l}"
    elif r < 0.55:
        local = f"{f}{l}{rng.randint(1, 99)}"
    elif r < 0.7:
        local = f"{f[0]}.{l}"
    elif r < 0.8:
        local = f"{f}_{l[:4]}{rng.randint(70, 99)}"
    elif r < 0.9:
        local = f"{f}{rng.randint(1960, 2004)}"
    else:
        local = f"{l}.{f[0]}"
    e = f"{local}@{dom}"
    if rng.random() < 0.06:
        e = e.capitalize()
    return e


def username(rng, loc, first, last):
    f, l = _clean(first), _clean(last)
    r = rng.random()
    if r < 0.2:
        return f"{f[0]}{l}{rng.randint(70, 99)}"
    if r < 0.35:
        return f"{f}_{l}"
    if r < 0.5:
        return f"{f}.{l}{rng.randint(1, 9)}"
    if r < 0.62:
        return f"{l.capitalize()}{f.capitalize()}"
    if r < 0.74:
        return f"{rng.choice(['vintage', 'retro', 'mini', 'happy', 'green', 'tiny', 'wild', 'old'])}_{rng.choice(['closet', 'finds', 'shop', 'store', 'stuff', 'deals', 'treasures'])}_{f[:3]}"
    if r < 0.86:
        return f"{f}{l[:1]}{rng.randint(1970, 2005)}"
    return f"{l}-{f[:2]}{rng.randint(10, 99)}"


WORDS = ["zomer", "fiets", "tulp", "koffie", "haven", "molen", "storm", "kater", "bakker", "poes", "sunset", "river",
         "garden", "marble", "soleil", "maison", "velo", "chaton", "pomme", "dragon", "falcon", "tiger", "lente",
         "winter", "appel", "banaan", "kaas", "Lotte", "Milo", "Bobby", "Pluto", "Snoopy", "voetbal", "Ajax",
         "Anderlecht", "Arsenal", "Chelsea", "Yankees", "kermis", "wafel", "frieten", "Brugge", "Texel"]
SYMS = "!@#$%&*?_-.+="


def password(rng, loc):
    r = rng.random()
    w = rng.choice(WORDS)
    if r < 0.25:
        return w.capitalize() + str(rng.randint(1, 2025)) + rng.choice(SYMS)
    if r < 0.4:
        return w + str(rng.randint(10, 999))
    if r < 0.55:
        w2 = rng.choice(WORDS)
        return f"{w.capitalize()}{rng.choice(SYMS)}{w2.capitalize()}{rng.randint(1, 99)}"
    if r < 0.7:
        chars = string.ascii_letters + string.digits + "!#$%&*?@"
        return "".join(rng.choice(chars) for _ in range(rng.randint(10, 16)))
    if r < 0.8:
        leet = w.replace("a", "@").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet.capitalize() + rng.choice(SYMS) + str(rng.randint(1, 99))
    if r < 0.9:
        return f"{rng.choice(WORDS)}-{rng.choice(WORDS)}-{rng.choice(WORDS)}"
    return w.upper() + str(rng.randint(1, 12)).zfill(2) + str(rng.randint(60, 99))


def pin(rng, loc):
    r = rng.random()
    if r < 0.7:
        return digits(rng, 4)
    if r < 0.85:
        return digits(rng, 6)
    if r < 0.93:
        return digits(rng, 5)
    return digits(rng, 4) + rng.choice(["#", "*"])


def puk(rng, loc):
    v = digits(rng, 8)
    if rng.random() < 0.2:
        return v[:4] + " " + v[4:]
    return v


def otp(rng, loc):
    r = rng.random()
    v = digits(rng, 6)
    if r < 0.6:
        return v
    if r < 0.75:
        return v[:3] + " " + v[3:]
    if r < 0.85:
        return v[:3] + "-" + v[3:]
    if r < 0.92:
        return "G-" + v
    return digits(rng, rng.choice([4, 5, 8]))


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "be": ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "gb": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "us": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
NUMW["gb"] = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def otp_words(rng, loc):
    ds = [rng.randint(0, 9) for _ in range(6)]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(NUMW[loc][d] for d in ds)


def wifi(rng, loc):
    r = rng.random()
    if r < 0.35:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 16, 26])))
    if r < 0.6:
        return f"{rng.choice(WORDS).capitalize()}{rng.choice(WORDS)}{rng.randint(10, 9999)}"
    if r < 0.8:
        chars = string.ascii_letters + string.digits
        return "".join(rng.choice(chars) for _ in range(rng.randint(12, 20)))
    return f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.randint(1, 99)}"


def _rand(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def apikey(rng, loc):
    r = rng.random()
    if r < 0.3:
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + _rand(rng, 24)
    if r < 0.45:
        return "AIza" + _rand(rng, 35, string.ascii_letters + string.digits + "-_")
    if r < 0.6:
        return "live_" + _rand(rng, 30)
    if r < 0.75:
        return "SG." + _rand(rng, 22) + "." + _rand(rng, 43)
    if r < 0.88:
        return _rand(rng, 32, "0123456789abcdef")
    return "key-" + _rand(rng, 32, "0123456789abcdef")


def awsid(rng, loc):
    return "AKIA" + _rand(rng, 16, string.ascii_uppercase + "234567")


def awssecret(rng, loc):
    return _rand(rng, 40, string.ascii_letters + string.digits + "/+")


def token(rng, loc):
    r = rng.random()
    if r < 0.3:
        return _rand(rng, 40, "0123456789abcdef")
    if r < 0.5:
        return "ghp_" + _rand(rng, 36)
    if r < 0.65:
        return "shpat_" + _rand(rng, 32, "0123456789abcdef")
    if r < 0.8:
        return _rand(rng, 64, "0123456789abcdef")
    return "ya29." + _rand(rng, 60, string.ascii_letters + string.digits + "-_")


def jwt(rng, loc):
    return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _rand(rng, 40, string.ascii_letters + string.digits)
            + "." + _rand(rng, 43, string.ascii_letters + string.digits + "-_"))


def ip(rng, loc):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(_rand(rng, 4, "0123456789abcdef") for _ in range(3)) + "::" + _rand(rng, 3, "0123456789abcdef")
    a = rng.choice([31, 37, 45, 62, 77, 81, 84, 89, 91, 94, 109, 141, 145, 176, 178, 185, 188, 193, 195, 212, 213, 217])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- customer numbers
def custno(rng, loc):
    r = rng.random()
    if r < 0.35:
        return digits(rng, rng.choice([7, 8, 9, 10]), True)
    if r < 0.55:
        return rng.choice(["KN", "CU", "K", "C", "CL"]) + "-" + digits(rng, 7, True)
    if r < 0.7:
        return digits(rng, 3, True) + " " + digits(rng, 3) + " " + digits(rng, 3)
    if r < 0.85:
        return rng.choice(["A", "B", "D", "R"]) + digits(rng, 8)
    return digits(rng, 4, True) + "." + digits(rng, 3) + "." + digits(rng, 3)


def policy(rng, loc):
    r = rng.random()
    if r < 0.25:
        return rng.choice(["POL", "PL", "AVB", "VR", "BA", "FLT"]) + "-" + digits(rng, 8, True)
    if r < 0.45:
        return digits(rng, 2, True) + "." + digits(rng, 3) + "." + digits(rng, 3)
    if r < 0.6:
        return digits(rng, 10, True)
    if r < 0.75:
        return rng.choice(["BA", "RC", "CL", "MF"]) + " " + digits(rng, 4) + " " + digits(rng, 4)
    if r < 0.9:
        return digits(rng, 4, True) + "/" + digits(rng, 6)
    return rng.choice(["NP", "HX", "AV"]) + digits(rng, 9)


def sellerid(rng, loc):
    r = rng.random()
    if r < 0.4:
        return digits(rng, 8, True)
    if r < 0.7:
        return rng.choice(["S", "SLR", "V", "M"]) + "-" + digits(rng, 7, True)
    return "A" + _rand(rng, 12, string.ascii_uppercase + string.digits)


def member(rng, loc):
    r = rng.random()
    if r < 0.5:
        v = digits(rng, 12, True)
        return " ".join(v[i:i + 4] for i in range(0, 12, 4)) if rng.random() < 0.5 else v
    return digits(rng, 9, True)


def ean(rng, loc):
    return "8716" + digits(rng, 14)


# ---------------------------------------------------------------- dates of birth
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def _ml(loc):
    return {"nl": "nl", "be": "nl", "fr": "fr", "gb": "en", "us": "en"}[loc]


def dob(rng, loc):
    y = rng.randint(1948, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    r = rng.random()
    mn = MONTHS[_ml(loc)][m - 1]
    if loc == "us":
        if r < 0.45:
            return f"{m:02d}/{d:02d}/{y}"
        if r < 0.75:
            return f"{mn} {d}, {y}"
        if r < 0.9:
            return f"{m}/{d}/{str(y)[2:]}"
        return f"{y}-{m:02d}-{d:02d}"
    if loc == "gb":
        if r < 0.4:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.6:
            suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return f"{d}{suf} {mn} {y}"
        if r < 0.8:
            return f"{d} {mn[:3]} {y}"
        return f"{d:02d}.{m:02d}.{y}"
    if r < 0.35:
        return f"{d:02d}-{m:02d}-{y}"
    if r < 0.55:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.75:
        return f"{d} {mn} {y}"
    if r < 0.88:
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d}-{m}-{str(y)[2:]}"


# ---------------------------------------------------------------- negatives
def n_date(rng, loc):
    y = rng.choice([2024, 2025])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = MONTHS[_ml(loc)][m - 1]
    r = rng.random()
    if loc == "us":
        return [f"{mn} {d}", f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{mn[:3]} {d}, {y}"][int(r * 4)]
    if loc == "gb":
        return [f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn[:3]}", f"{d}/{m}"][int(r * 4)]
    if loc == "fr":
        return [f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{d} {mn} {y}"][int(r * 4)]
    return [f"{d} {mn}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d} {mn[:3]}"][int(r * 4)]


def n_time(rng, loc):
    h = rng.randint(7, 22)
    mi = rng.choice([0, 5, 12, 15, 30, 41, 45, 57])
    if loc == "us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if loc == "gb":
        return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"])
    if loc == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"])


def n_amount(rng, loc):
    e = rng.choice([rng.randint(5, 99), rng.randint(100, 1500), rng.randint(1, 40)])
    c = rng.choice([0, 95, 99, 50, 49, 0, 25])
    if loc == "gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"{e}.{c:02d} GBP"])
    if loc == "us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}"])
    if loc == "fr":
        return rng.choice([f"{e},{c:02d} €", f"{e} euros", f"{e},{c:02d}€", f"€{e}"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e} euro", f"€{e},-", f"EUR {e},{c:02d}"])


def n_qty(rng, loc):
    return str(rng.choice([2, 2, 3, 3, 4, 5, 6, 10, 12, 14, 30]))


def n_pct(rng, loc):
    v = rng.choice([5, 10, 15, 20, 25, 30, 50, 70])
    return rng.choice([f"{v}%", f"{v} %"]) if loc in ("fr",) else f"{v}%"


def n_year(rng, loc):
    return str(rng.randint(2015, 2025))


def n_order(rng, loc):
    r = rng.random()
    if r < 0.2:
        return f"{digits(rng, 3, True)}-{digits(rng, 7)}-{digits(rng, 7)}"
    if r < 0.4:
        return digits(rng, 10, True)
    if r < 0.55:
        return "#" + digits(rng, 6, True)
    if r < 0.7:
        return rng.choice(["ORD", "BST", "CMD", "WO"]) + "-" + digits(rng, 8, True)
    if r < 0.85:
        return f"{rng.randint(2024, 2025)}-{digits(rng, 7)}"
    return rng.choice(["ZL", "TR", "NL"]) + digits(rng, 9)


def n_ticket(rng, loc):
    r = rng.random()
    if r < 0.25:
        return "#" + digits(rng, 7, True)
    if r < 0.45:
        return f"CAS-{digits(rng, 5)}-{_rand(rng, 5, string.ascii_uppercase + string.digits)}"
    if r < 0.6:
        return "INC" + digits(rng, 7)
    if r < 0.75:
        return rng.choice(["DSP", "CB", "DIS"]) + "-" + digits(rng, 6, True)
    if r < 0.9:
        return digits(rng, 8, True)
    return "T" + digits(rng, 9)


def n_claim(rng, loc):
    r = rng.random()
    if r < 0.4:
        return f"{rng.choice(['SCH', 'CLM', 'SIN', 'DOS'])}-{rng.randint(2024, 2025)}-{digits(rng, 5)}"
    if r < 0.7:
        return f"{digits(rng, 2, True)}.{digits(rng, 6)}"
    return "S" + digits(rng, 8)


def n_invoice(rng, loc):
    r = rng.random()
    if r < 0.35:
        return f"F{rng.randint(2024, 2025)}-{digits(rng, 5)}"
    if r < 0.6:
        return "INV-" + digits(rng, 6, True)
    if r < 0.8:
        return f"{rng.randint(2024, 2025)}/{digits(rng, 4)}"
    return digits(rng, 9, True)


def n_track(rng, loc):
    r = rng.random()
    if r < 0.3:
        return "3S" + _rand(rng, 4, string.ascii_uppercase) + digits(rng, 7)
    if r < 0.45:
        return "JVGL" + digits(rng, 16)
    if r < 0.6:
        return "1Z" + _rand(rng, 6, string.ascii_uppercase + string.digits) + digits(rng, 8)
    if r < 0.75:
        return rng.choice(["CD", "LX", "RR", "CX"]) + digits(rng, 9) + rng.choice(["NL", "BE", "GB"])
    if r < 0.9:
        return digits(rng, 14, True)
    return "DPD " + digits(rng, 14, True)


def n_reqid(rng, loc):
    h = "0123456789abcdef"
    if rng.random() < 0.6:
        return f"{_rand(rng, 8, h)}-{_rand(rng, 4, h)}-4{_rand(rng, 3, h)}-{_rand(rng, 4, h)}-{_rand(rng, 12, h)}"
    return "req_" + _rand(rng, 14)


def n_error(rng, loc):
    return rng.choice([f"ERR_{rng.choice(['PAYOUT', 'KYC', 'AUTH', 'LABEL'])}_{rng.randint(400, 599)}",
                       f"E-{rng.randint(1000, 9999)}", f"0x8007{digits(rng, 4)}", f"{rng.randint(400, 504)}",
                       f"PX{rng.randint(100, 999)}"])


def n_version(rng, loc):
    return rng.choice([f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                       f"{rng.randint(4, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}",
                       f"Android {rng.randint(11, 15)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 99)} (build {rng.randint(1000, 9999)})"])


def n_model(rng, loc):
    return rng.choice(["SM-A546B", "SM-G991B", "A2633", "WH-1000XM4", "FRITZ!Box 7590", "Pixel 8a", "HD-7021",
                       "BX-240", "MWP22ZM/A", "EH-NA98", "T-500X", "KX-TG6821"])


def n_sku(rng, loc):
    return rng.choice([f"SKU {digits(rng, 4)}-{rng.choice(['BLK', 'WHT', 'NVY', 'RED'])}-{rng.choice(['S', 'M', 'L', 'XL', '38', '42'])}",
                       "871" + digits(rng, 10), f"ART.{digits(rng, 6, True)}", f"{_rand(rng, 2, string.ascii_uppercase)}{digits(rng, 5)}-{digits(rng, 3)}"])


def n_voucher(rng, loc):
    return rng.choice(["WELKOM", "ZOMER", "SPRING", "RETOUR", "SALE", "BONJOUR", "THANKS", "XMAS"]) + str(rng.choice([5, 10, 15, 20, 25]))


def n_flight(rng, loc):
    return rng.choice(["KL", "HV", "FR", "SN", "BA", "U2", "TB", "UA"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def n_cphone(rng, loc):
    if loc == "nl":
        return rng.choice(["0900-0400", "088 123 4500", "0800-0223", "088-5544330", "020 303 7000", "0900 202 3040"])
    if loc in ("be", "fr"):
        return rng.choice(["078 15 20 30", "02 555 77 00", "078/05.05.05", "0800 12 344", "070 22 33 44"])
    if loc == "gb":
        return rng.choice(["0345 600 2290", "0800 023 4567", "0330 123 4455", "0344 800 1100"])
    return rng.choice(["1-800-555-0199", "(888) 555-0142", "1-866-555-0110", "800-555-0175"])


def n_kvk(rng, loc):
    return digits(rng, 8, True)


def n_vat(rng, loc):
    if loc in ("be", "fr"):
        return "BE" + n_ent(rng, loc).replace(".", "")
    if loc == "gb":
        return f"GB {digits(rng, 3, True)} {digits(rng, 4)} {digits(rng, 2)}"
    return f"NL{digits(rng, 9, True)}B0{rng.randint(1, 9)}"


def n_ent(rng, loc):
    first = "0" + digits(rng, 7, True)
    chk = 97 - int(first) % 97
    v = first + f"{chk:02d}"
    return f"{v[:4]}.{v[4:7]}.{v[7:]}" if rng.random() < 0.7 else v


def n_siren(rng, loc):
    return f"{digits(rng, 3, True)} {digits(rng, 3)} {digits(rng, 3)}"


def n_ukco(rng, loc):
    if rng.random() < 0.2:
        return rng.choice(["SC", "NI"]) + digits(rng, 6)
    return "0" + digits(rng, 7, True)


def n_masked(rng, loc):
    l4 = digits(rng, 4)
    return rng.choice([f"****{l4}", f"**** **** **** {l4}", f"xxxx-xxxx-xxxx-{l4}", f"•••• {l4}", f"XXXXXXXXXXXX{l4}",
                       f"*{l4}"])


def n_maskiban(rng, loc):
    c = {"nl": "NL", "be": "BE", "fr": "BE", "gb": "GB", "us": "NL"}[loc]
    return rng.choice([f"{c}** **** **** {digits(rng, 4)} {digits(rng, 2)}", f"{c}**{'*' * 8}{digits(rng, 4)}",
                       f"{c}XX XXXX XXXX XX{digits(rng, 2)}"])


def n_maskmail(rng, loc):
    return rng.choice(["j***@gmail.com", "s****s@hotmail.com", "m***@telenet.be", "a*****@outlook.com",
                       "k***n@btinternet.com", "d****@yahoo.com"])


def n_maskphone(rng, loc):
    return rng.choice([f"06-****{digits(rng, 4)}", f"+31 6 **** {digits(rng, 4)}", f"04** ** {digits(rng, 2)} {digits(rng, 2)}",
                       f"07*** ***{digits(rng, 3)}", f"(***) ***-{digits(rng, 4)}"])


def n_meter(rng, loc):
    return rng.choice([f"{rng.randint(12, 299)}.{digits(rng, 3)} km", f"{rng.randint(12000, 299000)} km",
                       f"{rng.randint(8000, 190000)} miles", f"{rng.randint(1000, 99999)} kWh"])


def n_port(rng, loc):
    return str(rng.choice([443, 8443, 587, 993, 8080, 465, 21, 3389]))


def n_checksum(rng, loc):
    return _rand(rng, 64, "0123456789abcdef")
