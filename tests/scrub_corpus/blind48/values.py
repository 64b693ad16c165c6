"""Value generators and validators for the blind48 corpus (stdlib only).

Every generator takes (rng, loc) where loc is one of nl, be, gb, us and
returns a string. Checks are used by the generator's self-check.
"""
import string

LET = string.ascii_uppercase


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


def _luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def _iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    t = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return t % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


def kbo_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- IBAN
NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["BARC", "HBUK", "LOYD", "NWBK", "MIDL", "MONZ"]


def iban_raw(rng, loc):
    if loc == "nl":
        return _iban("NL", rng.choice(NL_BANKS) + digits(rng, 10))
    if loc == "be":
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        return _iban("BE", b + f"{c:02d}")
    if loc == "gb":
        return _iban("GB", rng.choice(GB_BANKS) + digits(rng, 14))
    if loc == "de":
        return _iban("DE", digits(rng, 18))
    if loc == "fr":
        return _iban("FR", digits(rng, 10) + digits(rng, 11) + digits(rng, 2))
    if loc == "lu":
        return _iban("LU", digits(rng, 3) + digits(rng, 13))
    return _iban("NL", rng.choice(NL_BANKS) + digits(rng, 10))


def iban(rng, loc):
    if loc == "us":
        loc = rng.choice(["gb", "de", "nl"])
    elif rng.random() < 0.12:
        loc = rng.choice(["de", "fr", "lu", "nl", "be"])
    raw = iban_raw(rng, loc)
    r = rng.random()
    if r < 0.45:
        s = group(raw, [4] * 10)
    elif r < 0.75:
        s = raw
    elif r < 0.85:
        s = group(raw, [4] * 10).lower() if rng.random() < 0.5 else raw.lower()
    elif r < 0.93:
        s = raw[:2] + " " + raw[2:4] + " " + group(raw[4:], [4] * 10)
    else:
        s = group(raw, [4] * 10, "-") if loc != "gb" else group(raw, [4] * 10)
    return s


# ---------------------------------------------------------------- cards
def card_raw(rng):
    r = rng.random()
    if r < 0.45:
        return _luhn_complete("4" + digits(rng, 5), 16, rng)
    if r < 0.75:
        return _luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    if r < 0.9:
        return _luhn_complete(rng.choice(["34", "37"]), 15, rng)
    return _luhn_complete("6703" , 17, rng) if rng.random() < 0.3 else _luhn_complete("4", 16, rng)


def card(rng, loc):
    raw = card_raw(rng)
    r = rng.random()
    if len(raw) == 15:
        return group(raw, [4, 6, 5], rng.choice([" ", " ", "-", ""]))
    if r < 0.5:
        return group(raw, [4, 4, 4, 4])
    if r < 0.7:
        return raw
    if r < 0.85:
        return group(raw, [4, 4, 4, 4], "-")
    return group(raw, [4, 4, 4, 4], ".") if rng.random() < 0.4 else group(raw, [4, 4, 4, 4], "  ")


def cvv(rng, loc):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng, loc):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}.20{y}"])


# ---------------------------------------------------------------- national ids
def bsn_raw(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            return "".join(map(str, d)) + str(s)


def bsn(rng, loc):
    b = bsn_raw(rng)
    return rng.choice([b, b, b, group(b, [4, 2, 3], "."), group(b, [3, 3, 3]), group(b, [3, 3, 3], "-")])


def rrn(rng, loc):
    while True:
        y = rng.randint(0, 99)
        m, d, ser = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 997)
        core = f"{y:02d}{m:02d}{d:02d}{ser:03d}"
        born2000 = y < 8
        chk = 97 - int(("2" if born2000 else "") + core) % 97
        raw = core + f"{chk:02d}"
        if rrn_ok(raw):
            break
    return rng.choice([
        f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:]}", raw,
        f"{raw[:6]}-{raw[6:9]}-{raw[9:]}", f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:]}",
        f"{raw[:6]} {raw[6:9]} {raw[9:]}"])


def nino(rng, loc):
    a = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    n = digits(rng, 6)
    s = rng.choice("ABCD")
    return rng.choice([f"{a}{n}{s}", f"{a} {n[:2]} {n[2:4]} {n[4:]} {s}", f"{a}{n}{s}".lower() if rng.random() < 0.2 else f"{a} {n} {s}"])


def ssn(rng, loc):
    a = rng.choice([x for x in range(1, 900) if x != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])


def natid(rng, loc):
    return {"nl": bsn, "be": rrn, "gb": nino, "us": ssn}[loc](rng, loc)


# ---------------------------------------------------------------- contact
def phone(rng, loc):
    if loc == "nl":
        n = "6" + digits(rng, 8)
        return rng.choice([f"06-{n[1:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 6 {n[1:5]} {n[5:]}",
                           f"+316{n[1:]}", f"0031 6 {n[1:]}", f"06{n[1:]}", f"(06) {n[1:5]} {n[5:]}", f"+31 (0)6 {n[1:]}"])
    if loc == "be":
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "488", "495", "496", "497", "498", "499"])
        n = digits(rng, 6)
        return rng.choice([f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                           f"+32{p}{n}", f"0{p}{n}", f"0032 {p} {n}", f"0{p}/{n}", f"0{p} {n[:3]} {n[3:]}"])
    if loc == "gb":
        n = "7" + rng.choice(["4", "5", "7", "8", "9"]) + digits(rng, 8)
        return rng.choice([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0{n}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"+44{n}"])
    a = rng.choice(["212", "415", "312", "617", "512", "206", "303", "404", "718", "919"])
    x, y = str(rng.randint(201, 989)), digits(rng, 4)
    return rng.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"+1 ({a}) {x}-{y}", f"1-{a}-{x}-{y}", f"{a}{x}{y}"])


def landline(rng, loc):
    if loc == "nl":
        a = rng.choice(["020", "010", "030", "070", "040", "050", "0499", "0318", "072", "023"])
        n = digits(rng, 10 - len(a))
        return rng.choice([f"{a}-{n}", f"{a} {n}", f"+31 {a[1:]} {n}", f"{a}-{n[:3]} {n[3:]}" if len(n) > 5 else f"{a}-{n}"])
    if loc == "be":
        a = rng.choice(["02", "03", "09", "016", "050", "011", "04", "081"])
        n = digits(rng, 9 - len(a))
        return rng.choice([f"{a} {n[:3]} {n[3:5]} {n[5:]}" if len(n) == 7 else f"{a} {n[:2]} {n[2:4]} {n[4:]}", f"{a}/{n}", f"+32 {a[1:]} {n}"])
    if loc == "gb":
        a = rng.choice(["020", "0113", "0161", "0121", "0131", "0117", "01632"])
        n = digits(rng, 11 - len(a))
        return rng.choice([f"{a} {n}", f"+44 {a[1:]} {n}", f"({a}) {n}"])
    return phone(rng, "us")


def ip(rng, loc):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(4)) + "::" + f"{rng.randint(1, 4095):x}"
    first = rng.choice([77, 84, 81, 62, 94, 145, 178, 185, 212, 86, 31, 51, 109])
    return f"{first}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}"


def lan_ip(rng, loc):
    return rng.choice(["192.168.1.", "192.168.0.", "10.0.0.", "192.168.178."]) + str(rng.randint(2, 250))


# ---------------------------------------------------------------- dates
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _mlang(lang):
    return "nl" if lang.startswith("nl") else "fr" if lang.startswith("fr") else "en"


def dob(rng, lang):
    y, m, d = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
    ml = _mlang(lang)
    mn = MONTHS[ml][m - 1]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif ml == "en":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
    return rng.choice(opts)


def date(rng, lang):
    y, m, d = rng.choice([2023, 2024, 2024, 2025, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    ml = _mlang(lang)
    mn = MONTHS[ml][m - 1]
    if lang == "en-us":
        opts = [f"{m}/{d}/{y}", f"{mn} {d}", f"{mn} {d}, {y}", f"{m}/{d}"]
    elif ml == "en":
        opts = [f"{d}/{m}/{y}", f"{d} {mn}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}"]
    else:
        opts = [f"{d}-{m}-{y}", f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}"]
    return rng.choice(opts)


def time_(rng, lang):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 41, 45, 52])
    if lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}", f"{(h - 1) % 12 + 1}:{mi:02d}pm" if h >= 12 else f"{h}:{mi:02d}am"])
    if lang.startswith("fr"):
        return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    return rng.choice([f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}", f"{h}:{mi:02d}u"])


def year(rng, lang):
    return str(rng.choice([2021, 2022, 2023, 2024, 2025]))


# ---------------------------------------------------------------- money etc.
def amount(rng, lang):
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9800)])
    c = rng.randint(0, 99)
    if lang in ("en-gb",):
        return rng.choice([f"£{v:,}.{c:02d}", f"£{v}", f"GBP {v:,}.{c:02d}", f"£{v:,}"])
    if lang == "en-us":
        return rng.choice([f"${v:,}.{c:02d}", f"${v}", f"USD {v:,}.{c:02d}", f"${v:,}"])
    s = f"{v:,}".replace(",", ".")
    return rng.choice([f"€ {s},{c:02d}", f"€{s},{c:02d}", f"EUR {s},{c:02d}", f"{s},{c:02d} euro", f"€ {v},-", f"{s},{c:02d} EUR", f"{v} €" if lang == "fr-be" else f"€{v}"])


def salary(rng, lang):
    v = rng.randint(1900, 6400)
    c = rng.choice([0, 0, 50, 25, 75, 12])
    if lang == "en-gb":
        return rng.choice([f"£{v * 12:,}", f"£{v:,}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${v * 12:,}", f"${v:,}.{c:02d}"])
    s = f"{v:,}".replace(",", ".")
    return rng.choice([f"€ {s},{c:02d}", f"{s},{c:02d}", f"€{s}", f"{s} EUR"])


def pct(rng, lang):
    return rng.choice(["21%", "9%", "6%", "21 %", "0%", "12%", "20%", "1,5%", "2.75%", "8.25%"]) if not lang.startswith("en") else rng.choice(["20%", "5%", "0%", "8.875%", "1.9%", "15%"])


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Zomer", "Winter", "Tulp", "Bakker", "Kassa", "Boekhoud", "Kantoor", "Soleil", "Printemps", "Bureau", "Garage",
            "Sunshine", "Ledger", "Payroll", "Office", "Molen", "Fiets", "Koffie", "Chocolat", "Friet", "Maple", "Harbor"]


def password(rng, lang):
    w = rng.choice(PW_WORDS)
    r = rng.random()
    if r < 0.3:
        return w + str(rng.randint(1, 2025)) + rng.choice("!#?$*.")
    if r < 0.5:
        return w.lower() + rng.choice(["_", "-", "."]) + rng.choice(PW_WORDS).lower() + str(rng.randint(1, 99))
    if r < 0.7:
        return "".join(rng.choice(string.ascii_letters + string.digits + "!@#%&") for _ in range(rng.randint(9, 16)))
    if r < 0.85:
        return w[0] + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randint(10, 99)) + "!"
    return rng.choice(["Welkom", "Welcome", "Bienvenue", "Start"]) + str(rng.randint(1, 9999)) + rng.choice(["", "!", "#"])


def pin(rng, lang):
    return digits(rng, rng.choice([4, 4, 4, 5, 6]))


def code4(rng, lang):
    return digits(rng, 4)


def doorcode(rng, lang):
    r = rng.random()
    if r < 0.6:
        return digits(rng, rng.choice([4, 5, 6]))
    if r < 0.8:
        return digits(rng, 4) + rng.choice(["#", "*"])
    return "*" + digits(rng, 4) + "#"


def puk(rng, lang):
    p = digits(rng, 8)
    return rng.choice([p, p, f"{p[:4]} {p[4:]}"])


NUMW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en": "zero one two three four five six seven eight nine".split()}


def otp(rng, lang):
    d = digits(rng, 6)
    r = rng.random()
    if r < 0.55:
        return d
    if r < 0.7:
        return f"{d[:3]} {d[3:]}"
    if r < 0.8:
        return " ".join(d)
    if r < 0.9:
        return f"{d[:3]}-{d[3:]}"
    return digits(rng, rng.choice([4, 5, 8]))


def otp_words(rng, lang):
    ml = _mlang(lang)
    d = digits(rng, 6)
    sep = rng.choice([" ", "-", ", "])
    return sep.join(NUMW[ml][int(c)] for c in d)


def wifi(rng, lang):
    r = rng.random()
    if r < 0.4:
        return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(10, 16)))
    if r < 0.7:
        return rng.choice(PW_WORDS) + rng.choice(["Gasten", "Guest", "Invite", "Klant", "Shop"]) + str(rng.randint(10, 999))
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(rng.choice([8, 12, 20])))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, chars=string.ascii_letters + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


def api_key(rng, lang):
    r = rng.random()
    if r < 0.22:
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + alnum(rng, 24)
    if r < 0.34:
        return "AKIA" + alnum(rng, 16, string.ascii_uppercase + "234567")
    if r < 0.46:
        return rng.choice(["live_", "test_"]) + alnum(rng, 30)
    if r < 0.58:
        return "SG." + alnum(rng, 22) + "." + alnum(rng, 43)
    if r < 0.7:
        return "AIza" + alnum(rng, 35, string.ascii_letters + string.digits + "-_")
    if r < 0.8:
        return alnum(rng, 40, string.ascii_letters + string.digits + "/+")
    if r < 0.9:
        return "key-" + hexs(rng, 32)
    return hexs(rng, 8) + "-" + hexs(rng, 4) + "-" + hexs(rng, 4) + "-" + hexs(rng, 4) + "-" + hexs(rng, 12)


def aws_secret(rng, lang):
    return alnum(rng, 40, string.ascii_letters + string.digits + "/+")


def token(rng, lang):
    r = rng.random()
    if r < 0.3:
        return "eyJ" + alnum(rng, 30, string.ascii_letters + string.digits + "-_") + "." + alnum(rng, 40, string.ascii_letters + string.digits + "-_") + "." + alnum(rng, 27, string.ascii_letters + string.digits + "-_")
    if r < 0.45:
        return "ghp_" + alnum(rng, 36)
    if r < 0.6:
        return hexs(rng, rng.choice([32, 40, 64]))
    if r < 0.72:
        return "xoxb-" + digits(rng, 11) + "-" + digits(rng, 12) + "-" + alnum(rng, 24)
    if r < 0.85:
        return alnum(rng, 32) + "=="
    return "glpat-" + alnum(rng, 20, string.ascii_letters + string.digits + "-_")


# ---------------------------------------------------------------- customer numbers
def custno(rng, lang):
    r = rng.random()
    if r < 0.35:
        return digits(rng, rng.choice([7, 8, 9, 10]))
    if r < 0.55:
        return rng.choice(["K", "C", "KL", "CU", "A"]) + rng.choice(["", "-"]) + digits(rng, rng.choice([6, 7, 8]))
    if r < 0.7:
        return digits(rng, 3) + "-" + digits(rng, 3) + "-" + digits(rng, 3)
    if r < 0.85:
        return rng.choice(["POL", "PL", "CT", "ABO", "SUB"]) + digits(rng, rng.choice([7, 9]))
    return digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 2)


def ean(rng, lang):
    e = "8716" + digits(rng, 14) if rng.random() < 0.6 else "5414" + digits(rng, 14)
    return rng.choice([e, e, group(e, [3, 3, 3, 3, 3, 3])])


def merchant_id(rng, lang):
    return rng.choice([digits(rng, 10), digits(rng, 8), "M" + digits(rng, 9), digits(rng, 15), digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 2)])


def terminal_id(rng, lang):
    return rng.choice([digits(rng, 8), "T" + digits(rng, 7), "TID" + digits(rng, 6), alnum(rng, 8, string.ascii_uppercase + string.digits)])


# ---------------------------------------------------------------- company registration (negatives)
def kvk(rng, loc):
    d = digits(rng, 8)
    return rng.choice([d, d, f"{d[:4]} {d[4:]}", f"{d[:2]}.{d[2:5]}.{d[5:]}"])


def btw_nl(rng, loc):
    d = digits(rng, 9)
    return rng.choice([f"NL{d}B01", f"NL {d} B01", f"NL{d}B0{rng.randint(1, 3)}", f"NL.{d}.B01"])


def kbo(rng, loc):
    while True:
        b = "0" + digits(rng, 7) if rng.random() < 0.6 else "1" + digits(rng, 7)
        c = 97 - int(b) % 97
        d = b + f"{c:02d}"
        if kbo_ok(d):
            break
    f = f"{d[:4]}.{d[4:7]}.{d[7:]}"
    return rng.choice([f, f"BE {f}", f"BE{d}", d, f"BE {d}", f"{d[:4]} {d[4:7]} {d[7:]}"])


def companies_house(rng, loc):
    return rng.choice(["0" + digits(rng, 7), "1" + digits(rng, 7), "SC" + digits(rng, 6), "NI" + digits(rng, 6), "OC" + digits(rng, 6)])


def vat_gb(rng, loc):
    d = digits(rng, 9)
    return rng.choice([f"GB{d}", f"GB {d[:3]} {d[3:7]} {d[7:]}", f"{d[:3]} {d[3:7]} {d[7:]}"])


def ein(rng, loc):
    return f"{rng.randint(10, 99)}-{digits(rng, 7)}"


def creg(rng, loc):
    if loc == "nl":
        return rng.choice([kvk, btw_nl])(rng, loc)
    if loc == "be":
        return kbo(rng, loc)
    if loc == "gb":
        return rng.choice([companies_house, vat_gb])(rng, loc)
    return ein(rng, loc)


# ---------------------------------------------------------------- other negatives
def order_no(rng, lang):
    return rng.choice(["#" + digits(rng, 6), "ORD-" + digits(rng, 7), digits(rng, 3) + "-" + digits(rng, 7) + "-" + digits(rng, 7), "BE" + digits(rng, 8) if rng.random() < 0.1 else "O" + digits(rng, 8), "WEB" + digits(rng, 6)])


def ticket(rng, lang):
    return rng.choice(["#" + digits(rng, 7), "CASE-" + digits(rng, 6), "INC" + digits(rng, 7), "SR-" + digits(rng, 8), "TK" + digits(rng, 6), digits(rng, 2) + "-" + digits(rng, 6), "CS" + digits(rng, 8)])


def invoice(rng, lang):
    y = rng.choice(["2023", "2024", "2025"])
    return rng.choice([f"F{y}-{digits(rng, 4)}", f"INV-{digits(rng, 5)}", f"{y}{digits(rng, 4)}", f"FAC/{y}/{digits(rng, 3)}", f"VF{digits(rng, 7)}", f"{y}-{digits(rng, 5)}", f"NF-{digits(rng, 6)}"])


def tracking(rng, lang):
    return rng.choice(["3S" + alnum(rng, 4, string.ascii_uppercase) + digits(rng, 7), "1Z" + alnum(rng, 6, string.ascii_uppercase + string.digits) + digits(rng, 10),
                       "JJD" + digits(rng, 18), "CD" + digits(rng, 9) + "BE", "9400" + digits(rng, 18), "RR" + digits(rng, 9) + "GB"])


def reqid(rng, lang):
    return rng.choice([hexs(rng, 8) + "-" + hexs(rng, 4) + "-" + hexs(rng, 4) + "-" + hexs(rng, 4) + "-" + hexs(rng, 12), "req_" + alnum(rng, 14), "RQ-" + digits(rng, 9), hexs(rng, 16)])


def errcode(rng, lang):
    return rng.choice(["E" + digits(rng, 3), "0x8007" + hexs(rng, 4).upper(), "ERR_" + rng.choice(["AUTH_FAILED", "TIMEOUT", "CARD_DECLINED"]), "code 51", "A" + digits(rng, 2), "HTTP 403", "error 1012", "TX-" + digits(rng, 3)])


def version(rng, lang):
    return rng.choice([f"v{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 6)}.{rng.randint(0, 40)}", f"versie {rng.randint(2, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}" if lang.startswith("nl") else f"{rng.randint(2, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}", f"build {rng.randint(1000, 9999)}", f"iOS 17.{rng.randint(0, 6)}"])


def meter(rng, lang):
    return rng.choice([f"{rng.randint(1000, 99999)} kWh", f"{rng.randint(100, 9999)} m3", f"{rng.randint(10000, 99999)},{rng.randint(0, 9)}", f"{rng.randint(100, 9999)} m³"])


def port(rng, lang):
    return str(rng.choice([443, 8080, 8443, 21, 22, 3389, 5900, 993, 587, 9100, 4430]))


def checksum(rng, lang):
    return rng.choice([hexs(rng, 64), hexs(rng, 32), hexs(rng, 40)])


def masked(rng, lang):
    r = rng.random()
    if r < 0.25:
        return "****" + digits(rng, 4)
    if r < 0.45:
        return "**** **** **** " + digits(rng, 4)
    if r < 0.6:
        return "NL** **** **** " + digits(rng, 4) + " " + digits(rng, 2)
    if r < 0.72:
        return "BE** **** **** " + digits(rng, 2) + digits(rng, 2)
    if r < 0.84:
        return "XXXX-XXXX-XXXX-" + digits(rng, 4)
    if r < 0.92:
        return digits(rng, 4) + " **** **** " + digits(rng, 4)
    return "•••• " + digits(rng, 4)


def qty(rng, lang):
    n = rng.randint(2, 40)
    ml = _mlang(lang)
    u = {"nl": ["stuks", "terminals", "medewerkers", "licenties", "rollen", "dagen", "maanden"],
         "fr": ["pièces", "terminaux", "employés", "licences", "rouleaux", "jours", "mois"],
         "en": ["units", "terminals", "employees", "licences" if lang == "en-gb" else "licenses", "rolls", "days", "months"]}[ml]
    return f"{n} {rng.choice(u)}"
