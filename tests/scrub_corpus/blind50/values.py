"""Value generators and validators for the blind50 corpus (stdlib only)."""
import string

# ---------------------------------------------------------------- validators

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) < 12:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = "".join(c for c in s if c.isalnum()).upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


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
    base, chk = d[:9], int(d[9:])
    return (97 - int(base) % 97) == chk or (97 - int("2" + base) % 97) == chk


def nid_ok(s):
    return bsn_ok(s) or rrn_ok(s)

# ---------------------------------------------------------------- helpers

def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))

# ---------------------------------------------------------------- cards

def card(rng, variant=None):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = "6759" + digits(rng, 11)
    for c in range(10):
        if luhn_ok(body + str(c)):
            num = body + str(c)
            break
    if kind == "amex":
        style = rng.choice(["amex", "plain", "amexdash"])
        if style == "amex":
            return group(num, [4, 6, 5])
        if style == "amexdash":
            return group(num, [4, 6, 5], "-")
        return num
    style = rng.choice(["sp", "sp", "dash", "plain", "dot", "sp2"])
    if style == "sp":
        return group4(num)
    if style == "dash":
        return group4(num, "-")
    if style == "dot":
        return group4(num, ".")
    if style == "sp2":
        return group4(num, "  ")
    return num


def card_kind_cvv(rng, cardval):
    d = "".join(c for c in cardval if c.isdigit())
    if d[:2] in ("34", "37"):
        return digits(rng, 4)
    return digits(rng, 3)

# ---------------------------------------------------------------- IBAN

NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ", "RBRB", "FVLB"]


def _iban(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def iban(rng, country="NL", style=None):
    if country == "NL":
        v = _iban("NL", rng.choice(NL_BANKS) + digits(rng, 10))
    elif country == "BE":
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        v = _iban("BE", b + f"{c:02d}")
    elif country == "DE":
        v = _iban("DE", digits(rng, 18))
    elif country == "FR":
        v = _iban("FR", digits(rng, 23))
    elif country == "GB":
        v = _iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    elif country == "LU":
        v = _iban("LU", digits(rng, 16))
    else:
        v = _iban("ES", digits(rng, 20))
    style = style or rng.choice(["grp", "grp", "grp", "plain", "plain", "lower", "lowergrp", "dash"])
    if style == "grp":
        return group4(v)
    if style == "plain":
        return v
    if style == "lower":
        return v.lower()
    if style == "lowergrp":
        return group4(v).lower()
    return group4(v, "-")


def iban_masked(rng, country="NL"):
    v = iban(rng, country, "plain")
    if rng.random() < 0.5:
        return v[:2] + "** **** **** **" + v[-4:-2] + " " + v[-2:]
    return v[:4] + " **** **** " + v[-4:]

# ---------------------------------------------------------------- national ids

def bsn(rng, style=None):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8)) % 11
        if tot == 10:
            continue
        s = "".join(map(str, d)) + str(tot)
        break
    style = style or rng.choice(["plain", "plain", "dot", "sp"])
    if style == "dot":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == "sp":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


def rrn(rng, yy=None, mm=None, dd=None, style=None):
    year = rng.randint(1940, 2015) if yy is None else yy
    mm = mm or rng.randint(1, 12)
    dd = dd or rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{year % 100:02d}{mm:02d}{dd:02d}{seq:03d}"
    if year >= 2000:
        chk = 97 - int("2" + base) % 97
    else:
        chk = 97 - int(base) % 97
    s = base + f"{chk:02d}"
    style = style or rng.choice(["dots", "dots", "plain", "sp", "mixed"])
    if style == "dots":
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if style == "sp":
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    if style == "mixed":
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    return s


def be_enterprise(rng, style=None):
    b = "0" + digits(rng, 7, True)
    c = 97 - int(b) % 97
    s = b + f"{c:02d}"
    style = style or rng.choice(["dots", "plain", "be"])
    if style == "dots":
        return f"{s[:4]}.{s[4:7]}.{s[7:]}"
    if style == "be":
        return f"BE {s[:4]}.{s[4:7]}.{s[7:]}"
    return s

# ---------------------------------------------------------------- phones

def phone(rng, region, style=None):
    if region == "NL":
        if rng.random() < 0.75:
            sub = digits(rng, 8)
            f = rng.choice([
                lambda: f"06-{sub}", lambda: f"06 {sub[:4]} {sub[4:]}", lambda: f"+31 6 {sub}",
                lambda: f"+316{sub}", lambda: f"0031 6 {sub[:4]} {sub[4:]}", lambda: f"06{sub}",
                lambda: f"06 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}", lambda: f"(06) {sub[:3]} {sub[3:6]} {sub[6:]}",
                lambda: f"+31 (0)6 {sub[:4]} {sub[4:]}", lambda: f"06.{sub[:2]}.{sub[2:4]}.{sub[4:6]}.{sub[6:]}",
            ])
            return f()
        area = rng.choice(["20", "10", "30", "70", "40", "50", "13", "76", "58", "43"])
        sub = digits(rng, 7, True)
        return rng.choice([f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"+31 {area} {sub[:3]} {sub[3:]}",
                           f"(0{area}) {sub}", f"0{area}{sub}"])
    if region == "BE":
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "496", "497", "499"])
            s = digits(rng, 6)
            return rng.choice([f"0{p} {s[:2]} {s[2:4]} {s[4:]}", f"0{p}/{s[:2]}.{s[2:4]}.{s[4:]}", f"+32 {p} {s[:2]} {s[2:4]} {s[4:]}",
                               f"+32{p}{s}", f"0032 {p} {s[:3]} {s[3:]}", f"0{p}{s}", f"0{p}/{s}", f"0{p}-{s[:2]}-{s[2:4]}-{s[4:]}",
                               f"+32 (0){p} {s[:2]} {s[2:4]} {s[4:]}"])
        area = rng.choice(["2", "3", "9", "4", "10", "16", "50", "53", "56", "71", "81"])
        n = 8 - len(area) if len(area) == 1 else 6
        s = digits(rng, 7 if len(area) == 1 else 6, True)
        return rng.choice([f"0{area} {s[:3]} {s[3:5]} {s[5:]}", f"0{area}/{s[:3]}.{s[3:5]}.{s[5:]}", f"+32 {area} {s[:3]} {s[3:5]} {s[5:]}",
                           f"0{area}{s}"])
    if region == "UK":
        if rng.random() < 0.7:
            s = "7" + digits(rng, 9)
            return rng.choice([f"0{s[:4]} {s[4:]}", f"+44 {s[:4]} {s[4:]}", f"+44 (0){s[:4]} {s[4:]}", f"0{s}",
                               f"+44{s}", f"0{s[:4]} {s[4:7]} {s[7:]}", f"0044 {s[:4]} {s[4:]}"])
        a = rng.choice([("20", 8), ("161", 7), ("121", 7), ("113", 7), ("131", 7), ("1632", 6)])
        s = digits(rng, a[1], True)
        if a[1] == 8:
            return rng.choice([f"020 {s[:4]} {s[4:]}", f"+44 20 {s[:4]} {s[4:]}", f"(020) {s[:4]} {s[4:]}"])
        return rng.choice([f"0{a[0]} {s[:3]} {s[3:]}", f"+44 {a[0]} {s[:3]} {s[3:]}", f"(0{a[0]}) {s}"])
    # US
    a = str(rng.choice([212, 415, 312, 617, 206, 512, 303, 404, 718, 646, 213, 305]))
    x = str(rng.randint(201, 989))
    s = digits(rng, 4)
    return rng.choice([f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"+1 {a} {x} {s}", f"{a}.{x}.{s}", f"1-{a}-{x}-{s}",
                       f"+1 ({a}) {x}-{s}", f"{a}{x}{s}", f"+1{a}{x}{s}"])


def company_phone(rng, region):
    if region == "NL":
        return rng.choice([f"0900-{digits(rng, 4)}", f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0800-{digits(rng, 4)}",
                           f"0800 {digits(rng, 4)}", f"085 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"0900 {digits(rng, 4)}"])
    if region == "BE":
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 2)} {digits(rng, 3)}",
                           f"070 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"078/{digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 2)}",
                           f"+32 78 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"])
    if region == "UK":
        return rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0345 {digits(rng, 3)} {digits(rng, 4)}",
                           f"0333 {digits(rng, 3)} {digits(rng, 4)}", f"0808 {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}",
                       f"1 (866) {digits(rng, 3)}-{digits(rng, 4)}", f"800-{digits(rng, 3)}-{digits(rng, 4)}"])

# ---------------------------------------------------------------- misc secrets

def password(rng):
    words = ["Zomer", "Winter", "Welkom", "Voetbal", "Lente", "Poes", "Tijger", "Ajax", "Kasteel", "Maan", "Soleil",
             "Chaton", "Summer", "Monkey", "Dragon", "Sunshine", "Liverpool", "Bruxelles", "Fiets", "Koekje"]
    p = rng.random()
    if p < 0.35:
        return rng.choice(words) + str(rng.randint(1, 2025)) + rng.choice(["!", "", "#", "?", "!!", "$"])
    if p < 0.6:
        al = string.ascii_letters + string.digits + "!#$%&*+-?@_"
        return "".join(rng.choice(al) for _ in range(rng.randint(9, 16)))
    if p < 0.8:
        w = rng.choice(words).lower()
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3")
        return leet.capitalize() + digits(rng, 2) + rng.choice(["!", "*", "_", ""])
    return "-".join(rng.choice(["paard", "batterij", "nietje", "correct", "blauw", "lamp", "trein", "velo", "pomme", "horse"]) for _ in range(3)) + digits(rng, 1)


def pin(rng, n=None):
    return digits(rng, n or rng.choice([4, 4, 4, 5, 6]))


def puk(rng):
    return digits(rng, 8)


def otp(rng, lang="en"):
    p = rng.random()
    d = digits(rng, 6)
    if p < 0.55:
        return d
    if p < 0.7:
        return d[:3] + " " + d[3:]
    if p < 0.78:
        return d[:3] + "-" + d[3:]
    if p < 0.86:
        return "G-" + d
    if p < 0.92:
        return digits(rng, rng.choice([4, 5, 8]))
    names = {"nl": "nul een twee drie vier vijf zes zeven acht negen", "fr": "zéro un deux trois quatre cinq six sept huit neuf",
             "en": "zero one two three four five six seven eight nine"}[lang].split()
    return " ".join(names[int(c)] for c in d)


def wifi_key(rng):
    p = rng.random()
    if p < 0.4:
        al = string.ascii_letters + string.digits
        return "".join(rng.choice(al) for _ in range(rng.randint(10, 20)))
    if p < 0.65:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([8, 10, 12, 16])))
    if p < 0.85:
        return digits(rng, rng.choice([10, 12, 16]))
    return rng.choice(["Ons", "Mijn", "Le", "The"]) + rng.choice(["Huisje", "Wifi", "Netwerk", "Chateau", "Castle"]) + digits(rng, 4) + rng.choice(["!", "", "?"])


def username(rng, first, last):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    return rng.choice([f"{f}{l}{rng.randint(1, 99)}", f"{f}.{l}", f"{f[0]}{l}", f"{l}_{f}", f"{f}_{rng.randint(1970, 2010)}",
                       f"{f[0]}.{l}{rng.randint(1, 9)}", f"{f.capitalize()}{l.capitalize()}", f"{l}{f[0]}{digits(rng, 3)}"])


def _rand(rng, al, n):
    return "".join(rng.choice(al) for _ in range(n))


AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def api_key(rng):
    p = rng.random()
    if p < 0.2:
        return "sk_live_" + _rand(rng, AN, 24)
    if p < 0.3:
        return "pk_test_" + _rand(rng, AN, 24)
    if p < 0.45:
        return "AKIA" + _rand(rng, string.ascii_uppercase + "234567", 16)
    if p < 0.55:
        return "AIza" + _rand(rng, AN + "-_", 35)
    if p < 0.65:
        return "SG." + _rand(rng, AN, 22) + "." + _rand(rng, AN, 43)
    if p < 0.75:
        return "xoxb-" + digits(rng, 11) + "-" + digits(rng, 12) + "-" + _rand(rng, AN, 24)
    if p < 0.85:
        return _rand(rng, HEX, 32)
    return "key-" + _rand(rng, AN, 28)


def aws_secret(rng):
    return _rand(rng, AN + "/+", 40)


def token(rng):
    p = rng.random()
    if p < 0.3:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return h + "." + _rand(rng, AN + "-_", rng.randint(40, 80)) + "." + _rand(rng, AN + "-_", 43)
    if p < 0.5:
        return _rand(rng, HEX, rng.choice([32, 40, 64]))
    if p < 0.65:
        return "ghp_" + _rand(rng, AN, 36)
    if p < 0.8:
        return "sess_" + _rand(rng, AN, 28)
    if p < 0.9:
        return "ya29." + _rand(rng, AN + "-_", 60)
    return _rand(rng, AN, 32)


def ip(rng):
    if rng.random() < 0.85:
        first = rng.choice([84, 85, 86, 87, 77, 78, 81, 94, 109, 145, 176, 188, 193, 212, 217, 62, 92, 31, 37, 178])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return "2a02:" + ":".join(_rand(rng, HEX, 4) for _ in range(3)) + "::" + _rand(rng, HEX, 3)


def card_expiry(rng):
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    return rng.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}-{y % 100:02d}", f"{m:02d}/{y % 100:02d}", f"{m}/{y % 100:02d}",
                       f"{m:02d} / {y % 100:02d}", f"{m:02d}{y % 100:02d}"])
