"""Value generators and validators for the blind83 corpus (standard library only)."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= 12 and tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
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
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- generators
def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        num = luhn_complete("4" + digits(rng, 14))
    elif kind == "mc":
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]) + digits(rng, 13))
    elif kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
    else:
        num = luhn_complete("6759" + digits(rng, 11))
    if len(num) == 15:
        style = rng.choice(["4-6-5", "plain"])
        if style == "4-6-5":
            sep = rng.choice([" ", "-"])
            return num[:4] + sep + num[4:10] + sep + num[10:]
        return num
    style = rng.choice(["space", "space", "plain", "dash", "dot"])
    if style == "plain":
        return num
    sep = {"space": " ", "dash": "-", "dot": "."}[style]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}"])


def _iban_check(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    return f"{98 - int(num) % 97:02d}"


def iban(rng, country=None):
    cc = country or rng.choice(["NL", "NL", "BE", "DE", "FR", "GB"])
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10)
    elif cc == "BE":
        b = digits(rng, 10)
        k = int(b) % 97 or 97
        bban = b + f"{k:02d}"
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 10) + digits(rng, 11) + digits(rng, 2)
    else:
        bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(rng, 14)
    raw = cc + _iban_check(cc, bban) + bban
    assert iban_ok(raw)
    style = rng.random()
    if style < 0.5:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif style < 0.85:
        out = raw
    else:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw
        out = out.lower()
    return out


def bsn(rng):
    while True:
        d = digits(rng, 8, first_nonzero=True)
        s = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if s <= 9:
            v = d + str(s)
            assert bsn_ok(v)
            break
    style = rng.choice(["plain", "plain", "plain", "dots", "space"])
    if style == "dots":
        return f"{v[:4]}.{v[4:6]}.{v[6:]}"
    if style == "space":
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    return v


def rrn(rng):
    y = rng.randint(0, 99)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y:02d}{m:02d}{dd:02d}{seq:03d}"
    if y < 20:
        chk = 97 - int("2" + base) % 97
    else:
        chk = 97 - int(base) % 97
    v = base + f"{chk:02d}"
    assert rrn_ok(v)
    style = rng.choice(["dots", "dots", "plain", "space"])
    if style == "dots":
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if style == "space":
        return f"{v[:6]} {v[6:9]} {v[9:]}"
    return v


WORDS_NL = ["zomer", "fiets", "tulp", "haring", "molen", "kaas", "polder", "sneeuw", "regen", "kat", "hond", "oranje"]
WORDS_FR = ["soleil", "chat", "frites", "bruxelles", "maison", "velo", "lune", "chocolat"]
WORDS_EN = ["summer", "dragon", "monkey", "sunshine", "arsenal", "biscuit", "rover", "kettle", "liberty"]


def password(rng, lang="nl"):
    words = WORDS_NL if lang.startswith("nl") else WORDS_FR if lang == "fr-be" else WORDS_EN
    w = rng.choice(words)
    k = rng.randint(0, 6)
    if k == 0:
        return w.capitalize() + str(rng.randint(1960, 2025)) + rng.choice("!?#$.*")
    if k == 1:
        return w + digits(rng, rng.randint(2, 4))
    if k == 2:
        return rstr(rng, ALNUM + "!@#%&*", rng.randint(10, 16))
    if k == 3:
        return w.capitalize() + rng.choice(["_", "-", "."]) + rng.choice(words) + digits(rng, 2)
    if k == 4:
        return w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + digits(rng, 2) + "!"
    if k == 5:
        return rstr(rng, LOW, 4) + digits(rng, 4) + rstr(rng, UP, 2)
    return rng.choice(words).upper() + "#" + digits(rng, 3) + rng.choice(words)


def pin(rng):
    k = rng.random()
    if k < 0.6:
        return digits(rng, 4)
    if k < 0.8:
        return digits(rng, 6)
    if k < 0.9:
        return digits(rng, 5)
    return digits(rng, 4) + "#"


def puk(rng):
    return digits(rng, 8)


def otp(rng):
    k = rng.random()
    v = digits(rng, 6)
    if k < 0.6:
        return v
    if k < 0.75:
        return v[:3] + " " + v[3:]
    if k < 0.85:
        return v[:3] + "-" + v[3:]
    if k < 0.93:
        return digits(rng, 5)
    return digits(rng, 8)


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp_words(rng, lang):
    key = "nl" if lang.startswith("nl") else "fr" if lang == "fr-be" else "en"
    d = digits(rng, 6)
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(NUMW[key][int(c)] for c in d)


def wifi_key(rng):
    k = rng.random()
    if k < 0.4:
        return rstr(rng, ALNUM, rng.choice([12, 16, 20]))
    if k < 0.7:
        return rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) + "-" + rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) + "-" + rstr(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4)
    if k < 0.85:
        return rstr(rng, "0123456789abcdef", 26)
    return rng.choice(WORDS_NL + WORDS_EN).capitalize() + rng.choice(WORDS_FR + WORDS_EN) + digits(rng, 4)


def username(rng, first="jan", last="jansen"):
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    k = rng.randint(0, 5)
    if k == 0:
        return f + "." + l
    if k == 1:
        return f[0] + l + digits(rng, 2)
    if k == 2:
        return f + "_" + digits(rng, 4)
    if k == 3:
        return l + f[0] + str(rng.randint(60, 99))
    if k == 4:
        return f.capitalize() + l.capitalize()
    return f + l[:3] + digits(rng, 3)


def api_key(rng):
    k = rng.randint(0, 5)
    if k == 0:
        return "sk_live_" + rstr(rng, ALNUM, 24)
    if k == 1:
        return "AKIA" + rstr(rng, UP + "234567", 16)
    if k == 2:
        return "AIza" + rstr(rng, ALNUM + "-_", 35)
    if k == 3:
        return rstr(rng, "0123456789abcdef", 32)
    if k == 4:
        return "pk_" + rstr(rng, LOW + DIG, 30)
    return rstr(rng, ALNUM, 40)


def aws_secret(rng):
    return rstr(rng, ALNUM + "/+", 40)


def token(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rstr(rng, ALNUM + "-_", 36) + "." + rstr(rng, ALNUM + "-_", 43)
    if k == 1:
        return "ghp_" + rstr(rng, ALNUM, 36)
    if k == 2:
        return rstr(rng, "0123456789abcdef", 40)
    if k == 3:
        return rstr(rng, "0123456789abcdef", 8) + "-" + rstr(rng, "0123456789abcdef", 4) + "-" + rstr(rng, "0123456789abcdef", 4) + "-" + rstr(rng, "0123456789abcdef", 4) + "-" + rstr(rng, "0123456789abcdef", 12)
    return rstr(rng, ALNUM, 64)


def ip(rng):
    k = rng.random()
    if k < 0.85:
        a = rng.choice([rng.randint(1, 223), 84, 145, 212, 81, 94])
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return "2a02:" + ":".join(rstr(rng, "0123456789abcdef", 4) for _ in range(3)) + "::" + rstr(rng, "0123456789abcdef", 3)


# ---------------------------------------------------------------- phones
def phone(rng, lang):
    if lang == "nl":
        n = digits(rng, 8)
        k = rng.randint(0, 8)
        opts = [
            f"06{n}", f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n[:4]} {n[4:]}",
            f"+316{n}", f"0031 6 {n}", f"(06) {n[:4]} {n[4:]}",
            f"0{rng.choice(['20', '10', '30', '70', '40', '50'])}-{digits(rng, 7)}",
            f"+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}",
        ]
        return opts[k]
    if lang in ("nl-be", "fr-be"):
        n = digits(rng, 6)
        p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "485", "486", "494", "495", "496", "497", "499"])
        k = rng.randint(0, 7)
        opts = [
            f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
            f"0{p}{n}", f"+32{p}{n}", f"0032 {p} {n}", f"0{rng.choice(['2', '3', '9'])} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
            f"0{p}-{n[:3]}-{n[3:]}",
        ]
        return opts[k]
    if lang == "en-gb":
        n = digits(rng, 6)
        p = rng.choice(["7700", "7911", "7823", "7456", "7398", "7584"])
        k = rng.randint(0, 5)
        opts = [f"0{p} {n}", f"+44 {p} {n}", f"0{p}{n}", f"+44 (0){p} {n[:3]} {n[3:]}",
                f"020 {digits(rng, 4)} {digits(rng, 4)}", f"0161 {digits(rng, 3)} {digits(rng, 4)}"]
        return opts[k]
    a = rng.choice(["415", "212", "312", "617", "503", "646", "718", "206", "512"])
    n = digits(rng, 7, True)
    while n[0] in "01":
        n = rng.choice("23456789") + n[1:]
    k = rng.randint(0, 5)
    opts = [f"({a}) {n[:3]}-{n[3:]}", f"{a}-{n[:3]}-{n[3:]}", f"{a}.{n[:3]}.{n[3:]}", f"+1 {a} {n[:3]} {n[3:]}",
            f"1-{a}-{n[:3]}-{n[3:]}", f"{a}{n}"]
    return opts[k]


# ---------------------------------------------------------------- dates
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _mkey(lang):
    return "nl" if lang.startswith("nl") else "fr" if lang == "fr-be" else "en"


def dob(rng, lang):
    y = rng.randint(1938, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = MONTHS[_mkey(lang)][m - 1]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif lang == "en-gb":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}/{str(y)[2:]}", f"{d}th {mn} {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13) else f"{d} {mn[:3]} {y}", f"{d:02d}.{m:02d}.{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{str(y)[2:]}"]
    return rng.choice(opts)


def neg_date(rng, lang):
    y = rng.choice([2024, 2025, 2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = MONTHS[_mkey(lang)][m - 1]
    if lang == "en-us":
        opts = [f"{m}/{d}", f"{mn} {d}", f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}"]
    elif lang == "en-gb":
        opts = [f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn[:3]}", f"{d}/{m}"]
    else:
        opts = [f"{d} {mn}", f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d} {mn} {y}"]
    return rng.choice(opts)


def neg_time(rng, lang):
    h = rng.randint(7, 22)
    mi = rng.choice([0, 5, 15, 30, 45, 50])
    if lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}:{mi:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if mi else f"{h}u", f"{h:02d}:{mi:02d} uur"])


def amount(rng, lang):
    v = rng.choice([rng.randint(5, 150), rng.randint(100, 2500)])
    c = rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{v}.{c:02d}", f"£{v}", f"{v} pounds", f"£{v:,}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${v}.{c:02d}", f"${v}", f"{v} dollars", f"USD {v}.{c:02d}"])
    return rng.choice([f"€ {v},{c:02d}", f"€{v}", f"{v} euro", f"EUR {v},{c:02d}", f"{v},{c:02d} €", f"€{v},-"])


def meter_reading(rng, lang):
    return rng.choice([f"{rng.randint(100, 99999)} kWh", f"{rng.randint(100, 3000)} m3", f"{rng.randint(100, 3000)} m³", f"{rng.randint(1000, 99999):05d}"])
