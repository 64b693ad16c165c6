"""Value generators for labelled spans and hard negatives (blind106)."""
import string

DIG = string.digits


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


# ---------------------------------------------------------------- checks
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


def iban_ok(v):
    s = "".join(c for c in v if c.isalnum()).upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- cards
def _luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng):
    kind = rng.random()
    if kind < 0.12:
        num = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        g = [num[:4], num[4:10], num[10:]]
    else:
        pre = rng.choice(["4", "4", "51", "52", "53", "55", "2221", "6703"])
        num = _luhn_complete(pre, 16, rng)
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", " ", "", "-", " ", "."])
    if sep == "." and len(g) == 3:
        sep = " "
    return sep.join(g)


def cvv(rng):
    return digits(rng, 4 if rng.random() < 0.08 else 3)


def expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    f = rng.random()
    if f < 0.5:
        return f"{m:02d}/{y}"
    if f < 0.65:
        return f"{m:02d}/20{y}"
    if f < 0.8:
        return f"{m:02d}-{y}"
    if f < 0.9:
        return f"{m}/{y}"
    return f"{m:02d} / {y}"


# ---------------------------------------------------------------- iban
def _iban_from(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def iban(rng, cc=None):
    if cc is None:
        cc = rng.choice(["NL"] * 5 + ["BE"] * 4 + ["DE", "FR", "GB", "LU"])
    if cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "BUNQ", "KNAB", "SNSB", "ASNB", "RBRB"]) + digits(rng, 10)
    elif cc == "BE":
        first = rng.choice(["001", "068", "310", "363", "539", "734", "735", "751", "973", "063"]) + digits(rng, 7)
        c = int(first) % 97 or 97
        bban = f"{first}{c:02d}"
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bank, branch, acc = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
        bban = f"{bank}{branch}{acc}{key:02d}"
    elif cc == "LU":
        bban = digits(rng, 3) + digits(rng, 13)
    else:  # GB
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]) + digits(rng, 14)
    v = _iban_from(cc, bban)
    f = rng.random()
    if f < 0.55:
        out = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif f < 0.85:
        out = v
    else:
        out = " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower() if rng.random() < .5 else v.lower()
    return out


# ---------------------------------------------------------------- national ids
def bsn(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s < 10:
            v = "".join(map(str, d)) + str(s)
            f = rng.random()
            if f < 0.7:
                return v
            if f < 0.85:
                return f"{v[:4]}.{v[4:6]}.{v[6:]}"
            return f"{v[:3]} {v[3:6]} {v[6:]}"


def rrn(rng):
    y = rng.randint(40, 115)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    yy = y % 100
    base = f"{yy:02d}{m:02d}{d:02d}{seq:03d}"
    if y >= 100:
        chk = 97 - int("2" + base) % 97
    else:
        chk = 97 - int(base) % 97
    v = base + f"{chk:02d}"
    f = rng.random()
    if f < 0.5:
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if f < 0.8:
        return v
    return f"{v[:6]} {v[6:9]} {v[9:]}"


# ---------------------------------------------------------------- phones
def phone(rng, lang):
    if lang == "nl":
        f = rng.random()
        n = digits(rng, 8)
        if f < 0.3:
            return "06" + n
        if f < 0.5:
            return f"06-{n}"
        if f < 0.65:
            return f"+31 6 {n[:4]} {n[4:]}"
        if f < 0.75:
            return f"+316{n}"
        if f < 0.82:
            return f"0031 6 {n}"
        if f < 0.9:
            return f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        area = rng.choice(["020", "010", "030", "070", "040", "050", "024"])
        return f"{area}-{digits(rng, 7)}"
    if lang in ("nl-be", "fr-be"):
        f = rng.random()
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498"])
        a, b, c = digits(rng, 2), digits(rng, 2), digits(rng, 2)
        if f < 0.35:
            return f"0{p} {a} {b} {c}"
        if f < 0.5:
            return f"0{p}/{a}.{b}.{c}"
        if f < 0.65:
            return f"+32 {p} {a} {b} {c}"
        if f < 0.75:
            return f"0{p}{a}{b}{c}"
        if f < 0.82:
            return f"0032{p}{a}{b}{c}"
        if f < 0.9:
            return f"0{p}/{a}{b}{c}"
        area = rng.choice(["02", "03", "09", "016", "04", "081", "010", "050"])
        return f"{area} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"
    if lang == "en-gb":
        f = rng.random()
        n = digits(rng, 6)
        if f < 0.35:
            return f"07{digits(rng, 3)} {n}"
        if f < 0.55:
            return f"+44 7{digits(rng, 3)} {n}"
        if f < 0.65:
            return f"07{digits(rng, 3)}{n}"
        if f < 0.75:
            return f"+44 (0)7{digits(rng, 3)} {n[:3]} {n[3:]}"
        if f < 0.88:
            return f"020 {digits(rng, 4)} {digits(rng, 4)}"
        return f"0161 {digits(rng, 3)} {digits(rng, 4)}"
    # en-us
    area = rng.choice(["312", "415", "212", "617", "503", "646", "773", "206", "512", "303"])
    x = "555"
    last = "01" + digits(rng, 2)
    f = rng.random()
    if f < 0.35:
        return f"({area}) {x}-{last}"
    if f < 0.55:
        return f"{area}-{x}-{last}"
    if f < 0.7:
        return f"+1 {area} {x} {last}"
    if f < 0.8:
        return f"{area}.{x}.{last}"
    if f < 0.9:
        return f"{area}{x}{last}"
    return f"1-{area}-{x}-{last}"


# ---------------------------------------------------------------- address
def address(rng, lang, P, full=None):
    if full is None:
        full = rng.random() < 0.7
    if lang == "nl":
        st = rng.choice(P["street_nl"])
        nr = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-2", " B", "-hs", " 3hg"])
        pc = f"{rng.randint(1011, 9999)} {rng.choice(string.ascii_uppercase)}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        city = rng.choice(P["city_nl"])
        if not full:
            return f"{st} {nr}"
        return rng.choice([f"{st} {nr}, {pc} {city}", f"{st} {nr} {pc} {city}", f"{st} {nr}, {pc.replace(' ', '')} {city.upper()}"])
    if lang in ("nl-be", "fr-be"):
        key = "street_vl" if lang == "nl-be" else "street_fr"
        st = rng.choice(P[key])
        nr = str(rng.randint(1, 180))
        if rng.random() < 0.25:
            nr += rng.choice([" bus 3", " bus 12", "/2", " b4", " boîte 5", "A"]) if lang == "fr-be" else rng.choice([" bus 3", " bus 101", "/2", " b4", "A"])
        pc, city = rng.choice(P["city_be_vl" if lang == "nl-be" else "city_be_fr"])
        if not full:
            return f"{st} {nr}" if lang == "nl-be" else rng.choice([f"{st} {nr}", f"{nr}, {st}"])
        if lang == "fr-be" and rng.random() < 0.3:
            return f"{nr}, {st}, {pc} {city}"
        return rng.choice([f"{st} {nr}, {pc} {city}", f"{st} {nr} {pc} {city}", f"{st} {nr}, B-{pc} {city}"])
    if lang == "en-gb":
        st = rng.choice(P["street_gb"])
        nr = str(rng.randint(1, 220))
        if rng.random() < 0.2:
            nr = rng.choice(["Flat 4, ", "Flat 2B, ", "Apartment 11, "]) + nr
        city, pcp = rng.choice(P["city_gb"])
        pc = f"{pcp}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXY')}{rng.choice('ABDEFGHJLNPQRSTUWXY')}"
        if not full:
            return f"{nr} {st}"
        return rng.choice([f"{nr} {st}, {city} {pc}", f"{nr} {st}, {city}, {pc}", f"{nr} {st} {city} {pc}"])
    st = rng.choice(P["street_us"])
    nr = str(rng.randint(10, 9800))
    unit = rng.choice(["", "", "", ", Apt 3B", " Unit 12", ", Suite 210", " #4"])
    city, state, zp = rng.choice(P["city_us"])
    if not full:
        return f"{nr} {st}{unit}"
    return rng.choice([f"{nr} {st}{unit}, {city}, {state} {zp}", f"{nr} {st}{unit}, {city} {state} {zp}"])


# ---------------------------------------------------------------- dob
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def mlang(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def dob(rng, lang):
    y, m, d = rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.random()
    ml = mlang(lang)
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MONTHS['en'][m-1]} {d}, {y}", f"{MONTHS['en'][m-1][:3]} {d} {y}"]
    elif lang == "en-gb":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]} {y}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {MONTHS[ml][m-1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"]
    return opts[int(f * len(opts))]


# ---------------------------------------------------------------- secrets
WORDS = ["zomer", "Koffie", "tulp", "Bakker", "winter", "Max", "Luna", "kaas", "fiets", "Appel", "maison", "soleil", "Chat",
         "Brussels", "Sunday", "tiger", "Bella", "garden", "Rocky", "Moon", "Sneeuw", "Kater", "Oliebol", "Frites"]


def password(rng):
    f = rng.random()
    if f < 0.35:
        return rng.choice(WORDS) + str(rng.randint(1, 2025)) + rng.choice(["!", "", "#", "?", "!!", "$"])
    if f < 0.65:
        al = string.ascii_letters + string.digits + "!#$%&*?@-_"
        while True:
            s = "".join(rng.choice(al) for _ in range(rng.randint(8, 14)))
            if s[0] not in "-_" and s[-1] not in "-_" and any(c.isdigit() for c in s):
                return s
    if f < 0.8:
        return rng.choice(WORDS).lower() + rng.choice(WORDS).capitalize() + digits(rng, 2)
    if f < 0.9:
        return rng.choice(WORDS).capitalize() + "_" + rng.choice(WORDS).lower() + "." + digits(rng, 3)
    return rng.choice(["Welkom", "Welcome", "Bienvenue", "Passw0rd", "Qwerty"]) + digits(rng, 2) + rng.choice(["!", "", "*"])


def pin(rng):
    f = rng.random()
    if f < 0.7:
        return digits(rng, 4)
    if f < 0.85:
        return digits(rng, 6)
    if f < 0.93:
        return digits(rng, 4) + "#"
    return digits(rng, 5)


def puk(rng):
    v = digits(rng, 8)
    return v if rng.random() < .75 else f"{v[:4]} {v[4:]}"


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(rng, lang):
    f = rng.random()
    v = digits(rng, 6)
    if f < 0.55:
        return v
    if f < 0.7:
        return f"{v[:3]} {v[3:]}"
    if f < 0.78:
        return f"{v[:3]}-{v[3:]}"
    if f < 0.86:
        return digits(rng, rng.choice([4, 5, 8]))
    ws = NUMW[mlang(lang)]
    sep = rng.choice([" ", "-", ", "])
    return sep.join(ws[int(c)] for c in v)


def wifi(rng):
    f = rng.random()
    if f < 0.4:
        return rng.choice(WORDS).capitalize() + rng.choice(["&", "-", "_", ""]) + rng.choice(WORDS).capitalize() + str(rng.randint(2019, 2026))
    if f < 0.7:
        al = string.ascii_letters + string.digits
        return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(rng.choice([3, 4])))
    al = string.ascii_letters + string.digits + "!?#"
    return "".join(rng.choice(al) for _ in range(rng.randint(10, 16))).strip("#") + digits(rng, 1)


def username(rng, P):
    fn = rng.choice(P["first"]).lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("'", "")
    ln = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    f = rng.random()
    if f < 0.3:
        return f"{fn[0]}{ln}{rng.randint(1, 99)}"
    if f < 0.5:
        return f"{fn}.{ln}"
    if f < 0.65:
        return f"{fn}_{ln[:3]}{rng.randint(70, 99)}"
    if f < 0.8:
        return f"{ln}{fn[0]}".upper() if rng.random() < .3 else f"{ln}{fn[0]}"
    if f < 0.9:
        return f"shop{digits(rng, 5)}"
    return f"{fn}{rng.randint(1980, 2005)}"


def _rs(rng, n, al=string.ascii_letters + string.digits):
    return "".join(rng.choice(al) for _ in range(n))


def api_key(rng):
    f = rng.random()
    if f < 0.25:
        return rng.choice(["sk_live_", "sk_test_", "rk_live_", "pk_live_"]) + _rs(rng, rng.choice([24, 32, 40]))
    if f < 0.37:
        return "AKIA" + _rs(rng, 16, string.ascii_uppercase + "234567")
    if f < 0.47:
        return _rs(rng, 40, string.ascii_letters + string.digits + "/+")
    if f < 0.6:
        return "SG." + _rs(rng, 22) + "." + _rs(rng, 43, string.ascii_letters + string.digits + "-_")
    if f < 0.72:
        return "AQE" + _rs(rng, 60, string.ascii_letters + string.digits)
    if f < 0.85:
        return _rs(rng, 32, "0123456789abcdef")
    return rng.choice(["key-", "api_", "live_"]) + _rs(rng, 28, string.ascii_lowercase + string.digits)


def aws_secret(rng):
    return _rs(rng, 40, string.ascii_letters + string.digits + "/+")


def token(rng):
    f = rng.random()
    if f < 0.3:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return h + "." + _rs(rng, rng.randint(40, 90), string.ascii_letters + string.digits + "_-") + "." + _rs(rng, 43, string.ascii_letters + string.digits + "_-")
    if f < 0.45:
        return "ghp_" + _rs(rng, 36)
    if f < 0.65:
        return _rs(rng, 40, "0123456789abcdef")
    if f < 0.8:
        return _rs(rng, 32, "0123456789abcdef")
    if f < 0.9:
        return "ya29." + _rs(rng, 60, string.ascii_letters + string.digits + "_-")
    return "sess_" + _rs(rng, 26)


def ip(rng):
    f = rng.random()
    if f < 0.45:
        return f"{rng.choice([81, 84, 86, 91, 94, 141, 145, 178, 185, 212, 213, 217])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if f < 0.75:
        return f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}"
    if f < 0.88:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"2a02:{_rs(rng, 4, '0123456789abcdef')}:{_rs(rng, 4, '0123456789abcdef')}:{rng.randint(1, 9)}00::{_rs(rng, 2, '0123456789abcdef')}"


def email(rng, P, lang):
    fn = rng.choice(P["first"]).lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("'", "")
    ln = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    dom = {
        "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "icloud.com"],
        "nl-be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be", "outlook.be"],
        "fr-be": ["gmail.com", "skynet.be", "hotmail.fr", "voo.be", "outlook.be", "yahoo.fr"],
        "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk"],
        "en-us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    }[lang]
    f = rng.random()
    if f < 0.35:
        loc = f"{fn}.{ln}"
    elif f < 0.55:
        loc = f"{fn[0]}{ln}"
    elif f < 0.7:
        loc = f"{fn}{rng.randint(1, 99)}"
    elif f < 0.85:
        loc = f"{ln}.{fn[0]}"
    else:
        loc = f"{fn}_{ln}{rng.randint(70, 99)}"
    d = rng.choice(dom)
    if rng.random() < 0.1:
        d = rng.choice(["dekookhoek.nl", "bakkerij-jansen.be", "studio-noord.nl", "latelier.be", "cornershop.co.uk", "mainstreetbakery.com"])
    v = f"{loc}@{d}"
    return v.upper() if rng.random() < 0.04 else v


def customer_number(rng, lang):
    f = rng.random()
    if f < 0.2:
        return digits(rng, rng.choice([6, 7, 8, 9, 10]))
    if f < 0.35:
        return rng.choice(["KL", "CU", "CN", "LID", "M", "REL"]) + rng.choice(["", "-", " "]) + digits(rng, rng.choice([6, 7, 8]))
    if f < 0.5:
        return rng.choice(["POL", "PV", "DP", "PET"]) + "-" + str(rng.randint(2019, 2025)) + "-" + digits(rng, 5)
    if f < 0.6:
        return "8716" + digits(rng, 14)  # EAN connection code
    if f < 0.72:
        return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"
    if f < 0.82:
        return rng.choice(["MID", "MERCH", "TID"]) + digits(rng, rng.choice([6, 8]))
    if f < 0.9:
        return digits(rng, 2) + rng.choice(string.ascii_uppercase) + digits(rng, 6)
    return rng.choice(["C", "A", "S"]) + digits(rng, 9)


# ---------------------------------------------------------------- negatives
def neg_date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    ml = mlang(lang)
    if lang == "en-us":
        o = [f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m-1]} {d}", f"{MONTHS['en'][m-1][:3]} {d}"]
    elif lang == "en-gb":
        o = [f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]}", f"{d}th {MONTHS['en'][m-1][:3]}"]
    else:
        o = [f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[ml][m-1]}", f"{d}/{m}", f"{d} {MONTHS[ml][m-1][:3]}"]
    return rng.choice(o)


def neg_time(rng, lang):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 45, 50])
    if lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    if lang == "nl-be":
        return rng.choice([f"{h}u{mi:02d}", f"{h}:{mi:02d}", f"{h}u"])
    if lang == "en-gb":
        return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d} uur"])


def neg_amount(rng, lang):
    v = rng.choice([rng.randint(5, 99) + rng.choice([0, .5, .95, .99]), rng.randint(100, 3500) + rng.choice([0, .0, .99, .5])])
    whole = int(v)
    cents = round((v - whole) * 100)
    if lang in ("en-gb", "en-us"):
        cur = "£" if lang == "en-gb" else "$"
        s = f"{whole:,}.{cents:02d}" if cents or rng.random() < .5 else f"{whole:,}"
        return rng.choice([f"{cur}{s}", f"{cur}{s}", f"{s} {'GBP' if cur == '£' else 'USD'}"])
    s = f"{whole:,}".replace(",", ".") + (f",{cents:02d}" if cents else rng.choice([",-", ",00", ""]))
    return rng.choice([f"€{s}", f"€ {s}", f"{s} euro", f"EUR {s}", f"{s} €"])


def neg_order(rng):
    return rng.choice([lambda: digits(rng, 8), lambda: "ORD-" + digits(rng, 7), lambda: "#" + digits(rng, 6),
                       lambda: f"{rng.randint(2024, 2025)}-{digits(rng, 6)}", lambda: "WEB" + digits(rng, 7),
                       lambda: "BK-" + _rs(rng, 6, string.ascii_uppercase + "23456789")])()


def neg_ticket(rng):
    return rng.choice([lambda: "CAS-" + digits(rng, 5) + "-" + _rs(rng, 4, string.ascii_uppercase + "0123456789"),
                       lambda: "SR" + digits(rng, 7), lambda: "#" + digits(rng, 5), lambda: "TCK-" + digits(rng, 6),
                       lambda: "CLM/" + str(rng.randint(2024, 2025)) + "/" + digits(rng, 5), lambda: "INC" + digits(rng, 7)])()


def neg_invoice(rng):
    return rng.choice([lambda: f"F{rng.randint(2024, 2025)}-{digits(rng, 5)}", lambda: "INV-" + digits(rng, 6),
                       lambda: "FA" + digits(rng, 8), lambda: f"{rng.randint(2024, 2025)}/{digits(rng, 4)}", lambda: "VF-" + digits(rng, 7)])()


def neg_tracking(rng):
    return rng.choice([lambda: "3S" + _rs(rng, 4, string.ascii_uppercase) + digits(rng, 7),
                       lambda: "1Z" + _rs(rng, 6, string.ascii_uppercase + string.digits) + digits(rng, 10),
                       lambda: "JVGL" + digits(rng, 16), lambda: "CD" + digits(rng, 9) + "BE",
                       lambda: digits(rng, 14)])()


def neg_reqid(rng):
    h = "0123456789abcdef"
    return rng.choice([lambda: f"{_rs(rng, 8, h)}-{_rs(rng, 4, h)}-4{_rs(rng, 3, h)}-a{_rs(rng, 3, h)}-{_rs(rng, 12, h)}",
                       lambda: "req_" + _rs(rng, 14), lambda: "X-Request-Id " + _rs(rng, 20, h)][:2])()


def neg_error(rng):
    return rng.choice(["E-302", "ERR_CONNECTION_RESET", "0x80070005", "code 51", "fout 1023", "error 401", "E27", "ERR-4012",
                       "NO_CARD_READ", "HTTP 503", "code 05", "TERMINAL_OFFLINE", "PED-ERR 17", "E1001", "403 Forbidden"])


def neg_version(rng):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(2, 7)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 5)}", f"Android {rng.randint(11, 15)}", f"build {rng.randint(1000, 9999)}"])


def neg_company_reg(rng, lang):
    if lang == "nl":
        return rng.choice([f"KvK {digits(rng, 8)}", f"NL{digits(rng, 9)}B01", f"KvK-nummer {digits(rng, 8)}"])
    if lang in ("nl-be", "fr-be"):
        while True:
            a = "0" + str(rng.randint(200, 999)) + digits(rng, 4)
            c = 97 - int(a) % 97
            v = a + f"{c:02d}"
            if len(v) == 10:
                break
        return rng.choice([f"BE {v[:4]}.{v[4:7]}.{v[7:]}", f"BE{v}", f"{v[:4]}.{v[4:7]}.{v[7:]}"])
    if lang == "en-gb":
        return rng.choice([f"Company No. {digits(rng, 8)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"])
    return f"EIN {digits(rng, 2)}-{digits(rng, 7)}"


def neg_masked(rng, lang):
    return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** {digits(rng, 4)} {digits(rng, 2)}",
                       f"BE** **** **** {digits(rng, 2)}{digits(rng, 2)}", f"xxxx-xxxx-xxxx-{digits(rng, 4)}", f"06-****{digits(rng, 4)}",
                       f"+32 4** ** ** {digits(rng, 2)}", "j***@gmail.com", f"•••• {digits(rng, 4)}", f"XXXXXX{digits(rng, 3)}", f"***-**-{digits(rng, 4)}"])


def neg_checksum(rng):
    return rng.choice(["", "sha256:"])[:0] + _rs(rng, rng.choice([32, 40, 64]), "0123456789abcdef")
