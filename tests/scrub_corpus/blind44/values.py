"""Value generators and validators for the blind44 corpus (stdlib only)."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def rd(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def ra(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


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
    t = "".join(c for c in s if c.isalnum()).upper()
    if len(t) < 15:
        return False
    r = t[4:] + t[:4]
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
    return chk == 97 - int(base) % 97 or chk == 97 - int("2" + base) % 97


# ---------------------------------------------------------------- payment
def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        body = "4" + rd(rng, 14)
    elif kind == "mc":
        body = "5" + rng.choice("12345") + rd(rng, 13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + rd(rng, 12)
    else:
        body = "6703" + rd(rng, 11)
    for c in DIG:
        if luhn_ok(body + c):
            num = body + c
            break
    style = rng.random()
    if kind == "amex":
        if style < 0.6:
            return num[:4] + " " + num[4:10] + " " + num[10:], kind
        return num, kind
    if style < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4)), kind
    if style < 0.65:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4)), kind
    if style < 0.75:
        return ".".join(num[i:i + 4] for i in range(0, 16, 4)), kind
    return num, kind


def cvv(rng, amex=False):
    return rd(rng, 4 if amex else 3)


def expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


def _iban_cc(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{98 - int(num) % 97:02d}"


def iban(rng, country=None):
    country = country or rng.choice(["NL", "NL", "BE", "DE", "FR", "GB", "LU", "ES"])
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ", "RBRB"]) + rd(rng, 10)
    elif country == "BE":
        f = rd(rng, 10)
        k = int(f) % 97 or 97
        bban = f + f"{k:02d}"
    elif country == "DE":
        bban = rd(rng, 18)
    elif country == "FR":
        bban = rd(rng, 23)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(rng, 14)
    elif country == "LU":
        bban = rd(rng, 3) + rd(rng, 13)
    else:
        bban = rd(rng, 20)
    raw = country + _iban_cc(country, bban) + bban
    assert iban_ok(raw)
    st = rng.random()
    if st < 0.5:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif st < 0.85:
        out = raw
    else:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower() if rng.random() < 0.5 else raw.lower()
    return out


# ---------------------------------------------------------------- national ids
def bsn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s == 10:
            continue
        num = "".join(map(str, d)) + str(s)
        assert bsn_ok(num)
        return rng.choice([num, num, num[:4] + "." + num[4:6] + "." + num[6:], num[:3] + " " + num[3:6] + " " + num[6:]])


def rrn(rng):
    y = rng.randint(1940, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    chk = 97 - (int(("2" if y >= 2000 else "") + base) % 97)
    n = base + f"{chk:02d}"
    assert rrn_ok(n)
    return rng.choice([
        f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
        n,
        f"{n[:6]} {n[6:9]} {n[9:]}",
        f"{n[:6]}-{n[6:9]}-{n[9:]}",
        f"{n[:2]}{n[2:4]}{n[4:6]}-{n[6:9]}-{n[9:]}",
    ])


# ---------------------------------------------------------------- phones
def phone(rng, region):
    r = rng.random()
    if region == "NL":
        if rng.random() < 0.7:
            n = "6" + rd(rng, 8)
            opts = [f"06-{n[1:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 6 {n[1:5]} {n[5:]}",
                    f"+316{n[1:]}", f"0031 6 {n[1:]}", f"06{n[1:]}", f"(06) {n[1:5]} {n[5:]}", f"+31 (0)6 {n[1:]}"]
        else:
            a = rng.choice(["20", "10", "30", "70", "40", "50", "73", "38"])
            n = rd(rng, 7)
            opts = [f"0{a}-{n}", f"0{a} {n[:3]} {n[3:]}", f"+31 {a} {n[:3]} {n[3:]}", f"0{a}{n}"]
    elif region == "BE":
        if rng.random() < 0.7:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "486", "496", "497", "499"])
            n = rd(rng, 6)
            opts = [f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                    f"0032{p}{n}", f"0{p}{n}", f"+32{p}{n}", f"0{p}/{n}", f"0{p}.{n[:2]}.{n[2:4]}.{n[4:]}"]
        else:
            a = rng.choice(["2", "3", "9", "4", "16", "50", "11"])
            n = rd(rng, 8 - len(a))
            opts = [f"0{a} {n[:3]} {n[3:5]} {n[5:]}", f"0{a}/{n}", f"+32 {a} {n[:3]} {n[3:]}", f"0{a}{n}"]
    elif region == "UK":
        if rng.random() < 0.7:
            n = rd(rng, 9)
            opts = [f"07{n[:3]} {n[3:]}", f"+44 7{n[:3]} {n[3:]}", f"07{n}", f"+447{n}", f"(0)7{n[:3]} {n[3:6]} {n[6:]}"]
        else:
            n = rd(rng, 8)
            opts = [f"020 {n[:4]} {n[4:]}", f"0161 {n[:3]} {n[3:7]}", f"+44 20 {n[:4]} {n[4:]}", f"0113 {n[:3]} {n[3:7]}"]
    else:
        a = rng.choice(["212", "415", "312", "617", "503", "720", "646", "206", "512"])
        e = str(rng.randint(201, 989))
        n = rd(rng, 4)
        opts = [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", f"{a}.{e}.{n}", f"+1 ({a}) {e}-{n}", f"1-{a}-{e}-{n}"]
    return rng.choice(opts)


def company_phone(rng, region):
    if region == "NL":
        return rng.choice([f"0800-{rd(rng, 4)}", f"0900-{rd(rng, 4)}", f"088 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}",
                           f"+31 88 {rd(rng, 3)} {rd(rng, 4)}", f"020 {rd(rng, 3)} {rd(rng, 4)}", f"0800 {rd(rng, 3)} {rd(rng, 4)}",
                           f"085-{rd(rng, 7)}"])
    if region == "BE":
        return rng.choice([f"078 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}", f"0800 {rd(rng, 2)} {rd(rng, 3)}",
                           f"+32 2 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}", f"070 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}",
                           f"02/{rd(rng, 3)}.{rd(rng, 2)}.{rd(rng, 2)}", f"078/{rd(rng, 2)}.{rd(rng, 2)}.{rd(rng, 2)}"])
    if region == "UK":
        return rng.choice([f"0800 {rd(rng, 3)} {rd(rng, 4)}", f"0345 {rd(rng, 3)} {rd(rng, 4)}", f"+44 20 7{rd(rng, 3)} {rd(rng, 4)}",
                           f"0333 {rd(rng, 3)} {rd(rng, 4)}", f"03{rd(rng, 2)} {rd(rng, 3)} {rd(rng, 4)}"])
    return rng.choice([f"1-800-{rd(rng, 3)}-{rd(rng, 4)}", f"(800) {rd(rng, 3)}-{rd(rng, 4)}", f"1 (888) {rd(rng, 3)}-{rd(rng, 4)}",
                       f"+1 866 {rd(rng, 3)} {rd(rng, 4)}", f"877-{rd(rng, 3)}-{rd(rng, 4)}"])


def company_reg(rng, region):
    if region == "NL":
        return rng.choice([("KvK", rd(rng, 8)), ("KvK-nummer", rd(rng, 8)), ("BTW", f"NL{rd(rng, 9)}B{rd(rng, 2)}"),
                           ("btw-id", f"NL{rd(rng, 9)}B01"), ("Handelsregister", rd(rng, 8))])
    if region == "BE":
        f = str(rng.randint(20000000, 99999999))
        k = 97 - int(f) % 97
        n = "0" + f[:8] + f"{k:02d}"
        n = n[:10]
        fmt = rng.choice([f"{n[:4]}.{n[4:7]}.{n[7:]}", f"BE {n[:4]}.{n[4:7]}.{n[7:]}", f"BE{n}", f"{n[:4]} {n[4:7]} {n[7:]}"])
        return rng.choice([("ondernemingsnummer", fmt), ("BTW", fmt), ("TVA", fmt), ("n° d'entreprise", fmt), ("KBO", fmt), ("RPR Brussel", fmt)])
    if region == "UK":
        return rng.choice([("Company No.", rd(rng, 8)), ("Registered in England and Wales No.", rd(rng, 8)),
                           ("VAT Reg No.", f"GB {rd(rng, 3)} {rd(rng, 4)} {rd(rng, 2)}"), ("VAT", f"GB{rd(rng, 9)}")])
    return rng.choice([("EIN", f"{rd(rng, 2)}-{rd(rng, 7)}"), ("Tax ID", f"{rd(rng, 2)}-{rd(rng, 7)}"), ("SIREN", f"{rd(rng, 3)} {rd(rng, 3)} {rd(rng, 3)}")])


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Zomer", "Winter", "Fiets", "Hond", "Poes", "Welkom", "Voetbal", "Ajax", "Bruxelles", "Soleil", "Chouchou",
            "Sunshine", "Dragon", "Liverpool", "Tulp", "Molen", "Frieten", "Koffie", "Maan", "Tigger", "Bella", "Oranje"]


def password(rng):
    r = rng.random()
    if r < 0.35:
        return rng.choice(PW_WORDS) + str(rng.randint(1, 2025)) + rng.choice(["!", "", "#", "?", "$", "*"])
    if r < 0.55:
        return rng.choice(PW_WORDS).lower() + rng.choice(["_", ".", "-", ""]) + rd(rng, rng.randint(2, 4))
    if r < 0.8:
        return ra(rng, rng.randint(10, 16), ALNUM + "!@#$%&*-_")
    return rng.choice(PW_WORDS) + rng.choice(["&", "@", "!"]) + rng.choice(PW_WORDS).lower() + rd(rng, 2)


def username(rng, first="jan", last="devries"):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    return rng.choice([f"{f}{l}{rng.randint(1, 99)}", f"{f[0]}.{l}", f"{f}_{l}", f"{l}{rd(rng, 3)}",
                       f"{f}{rd(rng, 4)}", f"{f[0]}{l}", f"{f}.{l}{rng.randint(70, 99)}", f"{l.upper()}{f[0].upper()}{rd(rng, 2)}"])


def wifi_key(rng):
    r = rng.random()
    if r < 0.35:
        return ra(rng, rng.choice([12, 13, 16, 20]), ALNUM)
    if r < 0.55:
        return "-".join(ra(rng, 4, UP + DIG) for _ in range(4))
    if r < 0.7:
        return ra(rng, 26, "0123456789ABCDEF")
    return rng.choice(PW_WORDS).lower() + rng.choice(PW_WORDS) + rd(rng, 2)


def api_key(rng):
    return rng.choice([
        lambda: "sk_live_" + ra(rng, 24),
        lambda: "pk_live_" + ra(rng, 24),
        lambda: "AKIA" + ra(rng, 16, UP + DIG),
        lambda: ra(rng, 40, ALNUM + "/+"),
        lambda: "AIza" + ra(rng, 35, ALNUM + "-_"),
        lambda: "SG." + ra(rng, 22, ALNUM + "-_") + "." + ra(rng, 43, ALNUM + "-_"),
        lambda: ra(rng, 32, "0123456789abcdef"),
        lambda: "key-" + ra(rng, 32, "0123456789abcdef"),
        lambda: "xkeysib-" + ra(rng, 64, "0123456789abcdef") + "-" + ra(rng, 16),
    ])()


def token(rng):
    return rng.choice([
        lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + ra(rng, 40, ALNUM + "-_") + "." + ra(rng, 43, ALNUM + "-_"),
        lambda: "ghp_" + ra(rng, 36),
        lambda: ra(rng, 40, "0123456789abcdef"),
        lambda: "xoxb-" + rd(rng, 12) + "-" + rd(rng, 13) + "-" + ra(rng, 24),
        lambda: ra(rng, 32, "0123456789abcdef"),
        lambda: "ya29." + ra(rng, 60, ALNUM + "-_"),
        lambda: "glpat-" + ra(rng, 20, ALNUM + "-_"),
    ])()


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(rng, lang):
    r = rng.random()
    n = rd(rng, rng.choice([6, 6, 6, 4, 5, 8]))
    if r < 0.12:
        words = NUMW["fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")]
        sep = rng.choice([" ", "-", ", "])
        out = sep.join(words[int(c)] for c in n)
        if lang.startswith("en") and rng.random() < 0.5:
            out = out.replace("zero", "oh")
        return out
    if r < 0.25 and len(n) == 6:
        return n[:3] + rng.choice([" ", "-"]) + n[3:]
    if r < 0.3:
        return "G-" + rd(rng, 6)
    return n


def pin(rng):
    return rd(rng, rng.choice([4, 4, 4, 5, 6]))


def puk(rng):
    n = rd(rng, 8)
    return rng.choice([n, n, n[:4] + " " + n[4:]])


def ip(rng):
    if rng.random() < 0.15:
        return "2a02:" + ":".join(ra(rng, 4, "0123456789abcdef") for _ in range(3)) + "::" + ra(rng, 3, "0123456789abcdef")
    first = rng.choice([31, 62, 77, 81, 84, 86, 89, 94, 145, 178, 185, 213, 217, 51, 81, 91, 109, 188])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def customer_number(rng):
    return rng.choice([
        lambda: rd(rng, 7),
        lambda: rd(rng, 8),
        lambda: "8716" + rd(rng, 14),
        lambda: "5414" + rd(rng, 14),
        lambda: "KL-" + rd(rng, 6),
        lambda: rd(rng, 3) + "." + rd(rng, 3) + "." + rd(rng, 3),
        lambda: "CUST" + rd(rng, 7),
        lambda: rd(rng, 2) + "-" + rd(rng, 6) + "-" + rd(rng, 2),
        lambda: "M" + rd(rng, 8),
        lambda: "POL" + rd(rng, 7),
        lambda: rd(rng, 10),
        lambda: "A" + rd(rng, 4) + "-" + rd(rng, 4),
    ])()


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def lang_key(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def fmt_date(rng, lang, y, m, d):
    k = lang_key(lang)
    mon = MONTHS[k][m - 1]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{y}", f"{mon[:3]} {d} {y}"]
    elif k == "en":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}-{m:02d}-{y}", f"{d} {mon[:3]} {y}"]
    elif k == "fr":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"]
    return rng.choice(opts)


def dob(rng, lang):
    return fmt_date(rng, lang, rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28))


def date(rng, lang):
    return fmt_date(rng, lang, rng.choice([2025, 2026, 2026]), rng.randint(1, 12), rng.randint(1, 28))


def time_(rng, lang):
    h, m = rng.randint(7, 22), rng.choice([0, 5, 12, 15, 20, 30, 41, 45, 58])
    if lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}", f"{h:02d}:{m:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h"])
    if lang == "nl-be":
        return rng.choice([f"{h}u{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d} u"])
    if lang == "en-gb":
        return rng.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'pm' if h >= 12 else 'am'}"])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur", f"{h}:{m:02d}"])


def amount(rng, lang):
    e, c = rng.randint(2, 1400), rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{e},{c:02d} €", f"{e} EUR", f"€{e},{c:02d}"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},-", f"EUR {e},{c:02d}", f"{e},{c:02d} euro", f"€{e}.{c:02d}"])
