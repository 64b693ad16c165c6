"""Value generators (labelled PII/secrets and hard negatives) for blind109."""
import random
import string

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
NUM_WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def base(lang):
    if lang.startswith("fr"):
        return "fr"
    if lang.startswith("nl"):
        return "nl"
    return "en"


def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


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
    return s % 10 == 0


def iban_ok(iban):
    s = "".join(iban.split()).upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def bsn_ok(b):
    d = [int(c) for c in b if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    body, chk = int(d[:9]), int(d[9:])
    return (97 - body % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- cards
def card(r):
    kind = r.random()
    if kind < 0.45:
        pre, ln = "4" + digits(r, 5), 16
    elif kind < 0.8:
        pre, ln = str(r.randint(51, 55)) + digits(r, 4), 16
    elif kind < 0.92:
        pre, ln = r.choice(["34", "37"]) + digits(r, 4), 15
    else:
        pre, ln = "6" + r.choice(["011", "759"]) + digits(r, 2), 16
    body = pre + digits(r, ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    if ln == 15:
        st = r.random()
        if st < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    st = r.random()
    if st < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if st < 0.7:
        return num
    if st < 0.85:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(num[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.3 else ".".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(r, amex=False):
    return digits(r, 4 if amex else 3)


def expiry(r):
    m, y = r.randint(1, 12), r.randint(25, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


# ---------------------------------------------------------------- iban
def _iban(country, bban):
    n = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    chk = 98 - int(n) % 97
    return f"{country}{chk:02d}{bban}"


def iban(r, country="NL"):
    if country == "NL":
        bban = r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + digits(r, 10)
    elif country == "BE":
        first = int(digits(r, 10))
        c = first % 97 or 97
        bban = f"{first:010d}{c:02d}"
    elif country == "DE":
        bban = digits(r, 18)
    elif country == "FR":
        bban = digits(r, 10) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11)) + digits(r, 2)
    elif country == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14)
    else:
        bban = digits(r, 20)
    ib = _iban(country, bban)
    assert iban_ok(ib)
    st = r.random()
    if st < 0.5:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif st < 0.85:
        out = ib
    else:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower() if r.random() < 0.5 else ib.lower()
    return out


# ---------------------------------------------------------------- national ids
def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = r.randint(1, 6)
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            b = "".join(map(str, d)) + str(s)
            if bsn_ok(b):
                break
    st = r.random()
    if st < 0.6:
        return b
    if st < 0.8:
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    return f"{b[:3]} {b[3:6]} {b[6:]}"


def rrn(r):
    y = r.randint(1945, 2006)
    m, d = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 997)
    body = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - int(("2" + body) if y >= 2000 else body) % 97
    v = body + f"{chk:02d}"
    st = r.random()
    if st < 0.55:
        out = f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    elif st < 0.8:
        out = v
    else:
        out = f"{v[:6]} {v[6:9]} {v[9:]}"
    assert rrn_ok(out)
    return out


# ---------------------------------------------------------------- phones
def phone(r, lang):
    cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}[lang]
    if r.random() < 0.12:
        cc = r.choice(["NL", "BE", "GB", "US"])
    if cc == "NL":
        if r.random() < 0.75:
            n = "6" + digits(r, 8)
            return r.choice([f"06-{n[1:]}", f"06 {n[1:5]} {n[5:]}", f"06{n[1:]}", f"+31 6 {n[1:]}",
                             f"+31612345678".replace("12345678", n[1:]), f"0031 6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                             f"(06) {n[1:]}", f"+31 (0)6 {n[1:5]} {n[5:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
        area = r.choice(["20", "10", "30", "70", "40", "50", "43", "53", "76", "346", "575"])
        rest = digits(r, 9 - len(area))
        return r.choice([f"0{area}-{rest}", f"0{area} {rest}", f"+31 {area} {rest}", f"0{area}{rest}"])
    if cc == "BE":
        if r.random() < 0.75:
            p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "491", "494", "496", "497", "498", "499"])
            n = digits(r, 6)
            return r.choice([f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                             f"+32{p}{n}", f"0{p}{n}", f"0032 {p} {n[:3]} {n[3:]}", f"0{p}/{n}", f"0{p}-{n[:2]}-{n[2:4]}-{n[4:]}"])
        a = r.choice(["2", "3", "9", "4", "16", "50", "11", "81"])
        n = digits(r, 8 - len(a))
        return r.choice([f"0{a} {n[:3]} {n[3:5]} {n[5:]}" if len(n) == 7 else f"0{a} {n[:2]} {n[2:4]} {n[4:]}",
                         f"0{a}/{n}", f"+32 {a} {n}"])
    if cc == "GB":
        if r.random() < 0.7:
            n = digits(r, 9)
            return r.choice([f"07{n}", f"07{n[:3]} {n[3:]}", f"+44 7{n[:3]} {n[3:]}", f"+447{n}", f"(07{n[:3]}) {n[3:]}", f"0044 7{n[:3]} {n[3:6]} {n[6:]}"])
        a = r.choice(["20", "161", "121", "131", "117", "113"])
        n = digits(r, 10 - len(a))
        return r.choice([f"0{a} {n[:4]} {n[4:]}" if len(a) == 2 else f"0{a} {n[:3]} {n[3:]}", f"+44 {a} {n}"])
    a = r.choice(["212", "415", "312", "617", "206", "512", "718", "303", "404", "646"])
    n = str(r.randint(200, 989)) + digits(r, 4)
    return r.choice([f"({a}) {n[:3]}-{n[3:]}", f"{a}-{n[:3]}-{n[3:]}", f"+1 {a} {n[:3]} {n[3:]}", f"{a}.{n[:3]}.{n[3:]}",
                     f"+1 ({a}) {n[:3]}-{n[3:]}", f"1-{a}-{n[:3]}-{n[3:]}", f"{a}{n}"])


def company_phone(r, lang):
    b = base(lang)
    if lang == "nl":
        return r.choice([f"0900-{digits(r, 4)}", f"088 {digits(r, 3)} {digits(r, 4)}", f"0800-{digits(r, 4)}", f"020 {digits(r, 3)} {digits(r, 4)}", f"+31 20 {digits(r, 3)} {digits(r, 4)}", f"0900 {digits(r, 4)}"])
    if b in ("nl", "fr"):
        return r.choice([f"070 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"02 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"0800 {digits(r, 2)} {digits(r, 3)}", f"+32 2 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
    if lang == "en-gb":
        return r.choice([f"0345 {digits(r, 3)} {digits(r, 4)}", f"0800 {digits(r, 3)} {digits(r, 4)}", f"0344 {digits(r, 3)} {digits(r, 4)}", f"0330 {digits(r, 3)} {digits(r, 4)}"])
    return r.choice([f"1-800-{digits(r, 3)}-{digits(r, 4)}", f"1 (888) {digits(r, 3)}-{digits(r, 4)}", f"1-877-{digits(r, 3)}-{digits(r, 4)}", f"800.{digits(r, 3)}.{digits(r, 4)}"])


# ---------------------------------------------------------------- addresses
def address(r, lang, pools, full=None):
    if full is None:
        full = r.random() < 0.7
    b = base(lang)
    if lang == "nl" or (b == "en" and r.random() < 0.15 and lang == "en-us"):
        st = r.choice(pools["street_nl"])
        num = r.choice([str(r.randint(1, 250)), f"{r.randint(1, 99)}{r.choice('abcABC')}", f"{r.randint(1, 300)}-{r.choice(['I', 'II', 'III', '1', '2', 'hs', 'bis'])}", f"{r.randint(1, 99)} {r.choice(['a', 'b', 'A'])}"])
        pc = f"{r.randint(1000, 9999)} {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}"
        if r.random() < 0.25:
            pc = pc.replace(" ", "")
        city = r.choice(pools["city_nl"])
        if not full:
            return f"{st} {num}"
        return r.choice([f"{st} {num}, {pc} {city}", f"{st} {num}\n{pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}, {pc}, {city}", f"{st} {num}, {city}".replace(city, pc + " " + city.upper())])
    if b in ("nl", "fr"):
        st = r.choice(pools["street_be_nl"] if b == "nl" else pools["street_be_fr"])
        num = str(r.randint(1, 220))
        if r.random() < 0.3:
            num += r.choice([" bus 3", " bus 12", "/2", " boîte 4", "A", " bte 5", "/0101"])
        pc, city = r.choice(pools["pc_be"])
        if not full:
            return f"{st} {num}" if b == "nl" or r.random() < 0.5 else f"{num}, {st}"
        if b == "fr" and r.random() < 0.3:
            return f"{num}, {st}, {pc} {city}"
        return r.choice([f"{st} {num}, {pc} {city}", f"{st} {num}\n{pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}, B-{pc} {city}"])
    if lang == "en-gb":
        st = r.choice(pools["street_gb"])
        num = r.choice([str(r.randint(1, 180)), f"Flat {r.randint(1, 40)}, {r.randint(1, 120)}", f"{r.randint(1, 80)}{r.choice('ab')}"])
        town, pcs = r.choice(pools["town_gb"])
        pc = f"{pcs}{r.randint(1, 9)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if not full:
            return f"{num} {st}"
        return r.choice([f"{num} {st}, {town} {pc}", f"{num} {st}\n{town}\n{pc}", f"{num} {st}, {town}, {pc}", f"{num} {st} {town} {pc.lower() if r.random() < 0.3 else pc}"])
    st = r.choice(pools["street_us"])
    num = str(r.randint(10, 9899))
    unit = r.choice(["", "", " Apt 4B", " #12", " Unit 305", ", Apt. 7", " Suite 200"])
    city, state, zp = r.choice(pools["city_us"])
    if not full:
        return f"{num} {st}{unit}"
    zp = f"{zp}{r.randint(0, 99):02d}"
    return r.choice([f"{num} {st}{unit}, {city}, {state} {zp}", f"{num} {st}{unit}\n{city}, {state} {zp}", f"{num} {st}{unit} {city} {state} {zp}"])


# ---------------------------------------------------------------- dates
def fmt_date(r, lang, y, m, d, allow_short=True):
    b = base(lang)
    opts = []
    if b == "nl":
        opts = [f"{d} {MONTHS['nl'][m-1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {MONTHS['nl'][m-1][:3]} {y}"]
    elif b == "fr":
        opts = [f"{d} {MONTHS['fr'][m-1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{'1er' if d == 1 else d} {MONTHS['fr'][m-1]} {y}"]
    elif lang == "en-gb":
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = [f"{d} {MONTHS['en'][m-1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}{suf} {MONTHS['en'][m-1]} {y}", f"{d} {MONTHS['en'][m-1][:3]} {y}", f"{d:02d}.{m:02d}.{y}"]
    else:
        opts = [f"{MONTHS['en'][m-1]} {d}, {y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m-1][:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
    if allow_short and r.random() < 0.15:
        opts = [f"{y}-{m:02d}-{d:02d}"]
    return r.choice(opts)


def date(r, lang):
    y = r.choice([2024, 2025, 2025, 2026])
    m, d = r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.25:
        b = base(lang)
        if b == "nl":
            return r.choice([f"{d} {MONTHS['nl'][m-1]}", f"{d}-{m}", f"{d}/{m}"])
        if b == "fr":
            return r.choice([f"{d} {MONTHS['fr'][m-1]}", f"{d}/{m}"])
        return r.choice([f"{d} {MONTHS['en'][m-1]}", f"{MONTHS['en'][m-1]} {d}"])
    return fmt_date(r, lang, y, m, d)


def dob(r, lang):
    y = r.randint(1941, 2006)
    return fmt_date(r, lang, y, r.randint(1, 12), r.randint(1, 28), allow_short=False)


def time_(r, lang):
    h, mi = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, r.randint(0, 59)])
    b = base(lang)
    if b == "nl":
        return r.choice([f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{h}u{mi:02d}", f"{h}.{mi:02d} uur", f"{h}:{mi:02d}u"])
    if b == "fr":
        return r.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}h"])
    if lang == "en-us":
        return r.choice([f"{(h % 12) or 12}:{mi:02d} {'PM' if h >= 12 else 'AM'}", f"{(h % 12) or 12}:{mi:02d}{'pm' if h >= 12 else 'am'}", f"{h:02d}:{mi:02d}"])
    return r.choice([f"{h:02d}:{mi:02d}", f"{(h % 12) or 12}.{mi:02d}{'pm' if h >= 12 else 'am'}", f"{(h % 12) or 12}:{mi:02d}{'pm' if h >= 12 else 'am'}"])


def amount(r, lang):
    v = r.choice([r.randint(5, 120), r.randint(100, 2500), r.randint(2500, 14000)])
    c = r.randint(0, 99)
    b = base(lang)
    if lang == "en-gb":
        return r.choice([f"£{v}.{c:02d}", f"£{v:,}", f"GBP {v}.{c:02d}", f"{v} quid"])
    if lang == "en-us":
        return r.choice([f"${v:,}.{c:02d}", f"${v}", f"USD {v:,}", f"{v} dollars"])
    vs = f"{v:,}".replace(",", ".")
    return r.choice([f"€ {vs},{c:02d}", f"€{v}", f"{vs},{c:02d} euro", f"EUR {vs},{c:02d}", f"{v} EUR", f"€{v},-", f"{v},{c:02d}€" if b == "fr" else f"{v} euro"])


def year(r):
    return str(r.randint(2015, 2026))


def percentage(r, lang):
    v = r.choice([str(r.randint(1, 100)), f"{r.randint(1, 30)},{r.randint(0, 9)}" if base(lang) != "en" else f"{r.randint(1, 30)}.{r.randint(0, 9)}"])
    return r.choice([f"{v}%", f"{v} %", f"{v} procent" if base(lang) == "nl" else f"{v}%"])


QTY = {
    "nl": ["koffers", "panelen", "zonnepanelen", "tassen", "ritten", "dagen", "weken", "maanden", "studiepunten", "items", "km", "kWh", "games"],
    "fr": ["valises", "panneaux", "trajets", "jours", "semaines", "mois", "crédits", "articles", "km", "kWh"],
    "en": ["bags", "panels", "suitcases", "journeys", "days", "weeks", "months", "credits", "items", "miles", "kWh", "games"],
}


def quantity(r, lang):
    return f"{r.randint(2, 40)} {r.choice(QTY[base(lang)])}"


# ---------------------------------------------------------------- secrets
WORDS = ["zomer", "Voetbal", "tulp", "Mickey", "dragon", "Sunshine", "Ajax", "Anderlecht", "koffie", "Bruxelles", "Gent", "Winter",
         "Chelsea", "Yankees", "Pieter", "Lotte", "hond", "Kat", "Bobby", "Rocket", "zwaluw", "Frites", "Moules", "tigger", "Falcon", "Sneeuw"]


def password(r):
    st = r.random()
    if st < 0.35:
        return f"{r.choice(WORDS)}{r.randint(1, 2025)}{r.choice(['!', '', '#', '?', '!!', '$', ''])}"
    if st < 0.6:
        ch = string.ascii_letters + string.digits + "!#$%&*+-=?@^_"
        while True:
            p = "".join(r.choice(ch) for _ in range(r.randint(9, 16)))
            if p[0] not in "-=" and p[-1] not in ".,":
                return p
    if st < 0.8:
        return f"{r.choice(WORDS)}{r.choice(['_', '.', '-', ''])}{r.choice(WORDS).lower()}{r.randint(10, 99)}"
    return f"{r.choice(string.ascii_uppercase)}{''.join(r.choice(string.ascii_lowercase) for _ in range(5))}{r.randint(100, 9999)}{r.choice('!@#%&*')}"


def pin(r, n=None):
    return digits(r, n or r.choice([4, 4, 4, 5, 6]))


def puk(r):
    return digits(r, 8)


def otp(r, lang, words=False):
    n = r.choice([6, 6, 6, 4, 5, 8])
    d = digits(r, n)
    if words:
        w = NUM_WORDS[base(lang)]
        return r.choice([" ", " - ", ", ", "-"]).join(w[int(c)] for c in d)
    st = r.random()
    if st < 0.6 or n < 6:
        return d
    if st < 0.85:
        return f"{d[:3]} {d[3:]}"
    return f"{d[:3]}-{d[3:]}"


def wifi_key(r):
    st = r.random()
    if st < 0.4:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([10, 12, 16])))
    if st < 0.7:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([10, 13, 26])))
    return password(r)


def username(r, first, last):
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    return r.choice([f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{f}.{l}", f"{f}_{l[:3]}{r.randint(80, 99)}", f"{l}{f[0]}{r.randint(1, 9)}",
                     f"x{f}x{r.randint(1, 999)}", f"{f.capitalize()}{l.capitalize()}", f"{f}{r.choice(['Gamer', 'TTV', 'NL', 'BE', '_pro', 'zz'])}{r.randint(1, 99)}"])


def _rs(r, n, alpha=string.ascii_letters + string.digits):
    return "".join(r.choice(alpha) for _ in range(n))


def api_key(r):
    st = r.random()
    if st < 0.2:
        return "sk_live_" + _rs(r, 24)
    if st < 0.35:
        return "AKIA" + _rs(r, 16, string.ascii_uppercase + "234567")
    if st < 0.45:
        return _rs(r, 40, string.ascii_letters + string.digits + "/+")
    if st < 0.6:
        return "AIza" + _rs(r, 35, string.ascii_letters + string.digits + "_-")
    if st < 0.8:
        return _rs(r, 32, "0123456789ABCDEF")
    return r.choice(["pk_live_", "rk_live_", "key-", "SG."]) + _rs(r, 28)


def aws_secret(r):
    return _rs(r, 40, string.ascii_letters + string.digits + "/+")


def token(r):
    st = r.random()
    if st < 0.3:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return f"{h}.{_rs(r, 60, string.ascii_letters + string.digits + '_-')}.{_rs(r, 43, string.ascii_letters + string.digits + '_-')}"
    if st < 0.5:
        return "ghp_" + _rs(r, 36)
    if st < 0.75:
        return _rs(r, r.choice([32, 40, 64]), "0123456789abcdef")
    return _rs(r, r.choice([24, 36, 48]), string.ascii_letters + string.digits)


def ip(r):
    if r.random() < 0.85:
        return r.choice([f"{r.choice([84, 86, 145, 178, 81, 62, 94, 213, 31, 77])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 2)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"


# ---------------------------------------------------------------- customer numbers (labelled)
def customer_number(r, kind="generic"):
    if kind == "ff":
        return r.choice([digits(r, 10), f"{digits(r, 4)} {digits(r, 3)} {digits(r, 3)}", "BA" + digits(r, 8), digits(r, 9), "MP" + digits(r, 9)])
    if kind == "ov":
        n = "3528" + digits(r, 12)
        return r.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, "-".join(n[i:i + 4] for i in range(0, 16, 4))])
    if kind == "mobib":
        return r.choice([f"{digits(r, 6)}{digits(r, 4)}", f"{digits(r, 3)} {digits(r, 3)} {digits(r, 4)}"])
    if kind == "oyster":
        return digits(r, 12)
    if kind == "stud":
        return r.choice(["s" + digits(r, 7), digits(r, 7), "r0" + digits(r, 6), f"{digits(r, 8)}", "U" + digits(r, 7)])
    if kind == "ean":
        return "8716" + digits(r, 14)
    if kind == "game":
        return r.choice([digits(r, 17), f"7656119{digits(r, 10)}", digits(r, 10)])
    if kind == "lease":
        return r.choice([f"{digits(r, 3)}-{digits(r, 6)}", "LC" + digits(r, 7), digits(r, 8), f"{digits(r, 7)}/{digits(r, 3)}"])
    return r.choice([digits(r, 8), digits(r, 10), f"{r.choice(['KL', 'CN', 'C', 'K'])}{digits(r, 7)}", f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}",
                     f"{digits(r, 4)} {digits(r, 4)}", f"{digits(r, 2)}.{digits(r, 3)}.{digits(r, 3)}", digits(r, 9)])


def email(r, first, last, pools):
    f = first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ë", "e")
    dom = r.choice(pools["mail_domain"])
    loc = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}{r.randint(70, 2005)}", f"{l}.{f}", f"{f}_{l}{r.randint(1, 99)}", f"{f}-{l}"])
    e = f"{loc}@{dom}"
    return e.upper() if r.random() < 0.03 else e


# ---------------------------------------------------------------- negatives
def order_number(r):
    return r.choice(["#" + digits(r, 7), digits(r, 9), f"ORD-{digits(r, 6)}", f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}", f"NL{digits(r, 8)}", f"BE-{digits(r, 6)}"])


def pnr(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def eticket(r):
    return r.choice([f"{r.choice(['074', '125', '082', '016', '001'])}-{digits(r, 10)}", f"{r.choice(['074', '125', '082'])}{digits(r, 10)}",
                     f"{r.choice(['074', '125'])} {digits(r, 4)} {digits(r, 6)}"])


def ticket_number(r):
    return r.choice([f"#{digits(r, 6)}", f"{digits(r, 8)}", f"CAS-{digits(r, 5)}-{_rs(r, 6, string.ascii_uppercase + string.digits)}",
                     f"SR{digits(r, 7)}", f"INC{digits(r, 7)}", f"{digits(r, 2)}-{digits(r, 6)}", f"C-{digits(r, 7)}", f"REF{digits(r, 6)}"])


def claim_ref(r):
    return r.choice([f"{r.choice(['AMS', 'BRU', 'LHR', 'JFK', 'CRL', 'EIN', 'MAN'])}{r.choice(['KL', 'SN', 'BA', 'HV', 'FR', 'UA', 'U2'])}{digits(r, 5)}",
                     f"CLM-{digits(r, 7)}", f"{digits(r, 10)}"])


def invoice_number(r):
    return r.choice([f"F{digits(r, 8)}", f"INV-{r.randint(2024, 2026)}-{digits(r, 5)}", f"{r.randint(2024, 2026)}{digits(r, 6)}", f"FAC/{r.randint(2024, 2026)}/{digits(r, 4)}", f"{digits(r, 10)}"])


def tracking(r):
    return r.choice([f"3S{_rs(r, 4, string.ascii_uppercase)}{digits(r, 9)}", f"1Z{_rs(r, 6, string.ascii_uppercase + string.digits)}{digits(r, 10)}",
                     f"JVGL{digits(r, 16)}", f"CD{digits(r, 9)}BE", f"RR{digits(r, 9)}NL", f"94001{digits(r, 17)}"])


def request_id(r):
    return r.choice([f"{_rs(r, 8, '0123456789abcdef')}-{_rs(r, 4, '0123456789abcdef')}-4{_rs(r, 3, '0123456789abcdef')}-a{_rs(r, 3, '0123456789abcdef')}-{_rs(r, 12, '0123456789abcdef')}",
                     f"req_{_rs(r, 14)}", f"RID-{digits(r, 10)}", f"{_rs(r, 16, string.ascii_uppercase + string.digits)}"])


def error_code(r):
    return r.choice([f"CE-{digits(r, 6)}-{r.randint(0, 9)}", f"0x{_rs(r, 8, '0123456789ABCDEF')}", f"E{digits(r, 3)}", f"ERR_{r.choice(['PAYMENT_DECLINED', 'CARD_REJECTED', 'TIMEOUT', 'AUTH_401'])}",
                     f"F{r.randint(10, 99)}", f"WS-{digits(r, 5)}-{r.randint(0, 9)}", f"error {r.choice(['403', '500', '502', '404'])}".split()[1], f"P0{digits(r, 3)}", f"{_rs(r, 4, string.ascii_uppercase)}-{_rs(r, 4, string.ascii_uppercase)}"])


def version(r):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"{r.randint(1, 30)}.{r.randint(0, 12)}.{r.randint(0, 9)}", f"{r.randint(10, 18)}.{r.randint(0, 7)}",
                     f"build {r.randint(1000, 9999)}".split()[1] + f".{r.randint(10, 99)}", f"0{r.randint(1, 9)}.{r.randint(10, 99)}.{r.randint(10, 99)}"])


def model_number(r, pools):
    return r.choice(pools["model"])


def product_code(r):
    return r.choice([f"SKU-{digits(r, 6)}", f"{_rs(r, 3, string.ascii_uppercase)}-{digits(r, 4)}", f"art.nr. {digits(r, 6)}".split()[1], f"EAN {digits(r, 13)}".split()[1] if r.random() < 0.2 else f"P{digits(r, 5)}"])


def company_reg(r, lang):
    b = base(lang)
    if lang == "nl":
        return r.choice([("KvK", digits(r, 8)), ("KvK-nummer", digits(r, 8)), ("BTW", f"NL{digits(r, 9)}B0{r.randint(1, 9)}"), ("btw-id", f"NL{digits(r, 9)}B01"), ("KvK nr.", digits(r, 8))])
    if b in ("nl", "fr"):
        n = f"0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}"
        return r.choice([("ondernemingsnummer", n), ("BTW", "BE " + n), ("TVA", "BE" + n.replace(".", "")), ("n° d'entreprise", n), ("RPR Brussel", n)])
    if lang == "en-gb":
        return r.choice([("Company No.", digits(r, 8)), ("VAT Reg No.", f"GB {digits(r, 3)} {digits(r, 4)} {digits(r, 2)}"), ("Registered in England and Wales no.", digits(r, 8))])
    return r.choice([("EIN", f"{digits(r, 2)}-{digits(r, 7)}"), ("Tax ID", f"{digits(r, 2)}-{digits(r, 7)}")])


def masked(r, lang):
    return r.choice([f"****{digits(r, 4)}", f"**** **** **** {digits(r, 4)}", f"XXXX-XXXX-XXXX-{digits(r, 4)}", f"NL** **** **** **{digits(r, 2)} {digits(r, 2)}",
                     f"BE** **** **** {digits(r, 4)}", f"•••• {digits(r, 4)}", f"06-****{digits(r, 4)}", f"+31 6 ** ** {digits(r, 2)} {digits(r, 2)}",
                     f"j***{r.choice(['@gmail.com', '@hotmail.com', '@telenet.be'])}", f"xxxxxx{digits(r, 3)}", f"*******{digits(r, 3)}", f"{digits(r, 6)}******{digits(r, 4)}"])


def meter(r, lang):
    return r.choice([f"{r.randint(100, 99999)} kWh", f"{r.randint(1000, 99999)},{r.randint(0, 9)} kWh", f"{r.randint(10000, 250000)} km", f"{r.randint(1, 60)},{r.randint(0, 99):02d} MWh"])


def port(r):
    return str(r.choice([80, 443, 502, 8080, 8443, 1883, 3074, 3478, 3479, 27015, 9522, 5353]))


def checksum(r):
    return r.choice([_rs(r, 64, "0123456789abcdef"), _rs(r, 32, "0123456789abcdef"), _rs(r, 40, "0123456789abcdef"), _rs(r, 8, "0123456789ABCDEF")])
