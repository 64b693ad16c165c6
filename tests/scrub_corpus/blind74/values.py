"""Value generators (labelled values and hard-negative values) for blind74.

Each generator takes (rng, lang, flavor) and returns a string. Standard library only.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG


def _d(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def _a(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- card / bank
def card(rng, lang, flavor=None):
    kind = flavor or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + _d(rng, 12)
        n = 15
    elif kind == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        body += _d(rng, 15 - len(body))
        n = 16
    elif kind == "maestro":
        body = rng.choice(["6703", "6759", "5018"]) + _d(rng, 11)
        n = 16
    else:
        body = "4" + _d(rng, 14)
        n = 16
    for c in DIG:
        if luhn_ok(body + c):
            num = body + c
            break
    style = rng.random()
    if n == 15:
        if style < 0.5:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        if style < 0.75:
            return num
        return f"{num[:4]}-{num[4:10]}-{num[10:]}"
    if style < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.7:
        return num
    if style < 0.85:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.93:
        return ".".join(num[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, lang, flavor=None):
    return _d(rng, 4 if flavor == "amex" else 3)


def card_expiry(rng, lang, flavor=None):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}",
                       f"{m:02d} / {y}", f"{m:02d}{y}"])


def _iban_from(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    return f"{cc}{chk:02d}{bban}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban(rng, lang, flavor=None):
    cc = flavor
    if cc is None:
        if lang == "nl":
            cc = rng.choice(["NL"] * 8 + ["BE", "DE"])
        elif lang in ("nl-be", "fr-be"):
            cc = rng.choice(["BE"] * 8 + ["NL", "FR", "LU"])
        elif lang == "en-gb":
            cc = rng.choice(["GB"] * 6 + ["NL", "IE", "BE"])
        else:
            cc = rng.choice(["NL", "DE", "BE", "GB", "ES"])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + _d(rng, 10)
    elif cc == "BE":
        bban = _d(rng, 12)
    elif cc == "DE":
        bban = _d(rng, 18)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ"]) + _d(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + _d(rng, 14)
    elif cc == "FR":
        bban = _d(rng, 10) + _a(rng, 11, UP + DIG) + _d(rng, 2)
    elif cc == "LU":
        bban = _d(rng, 3) + _a(rng, 13, UP + DIG)
    else:  # ES
        bban = _d(rng, 20)
    ib = _iban_from(cc, bban)
    style = rng.random()
    if style < 0.5:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif style < 0.8:
        out = ib
    elif style < 0.88:
        out = "-".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    else:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if rng.random() < .5 else ib
        out = out.lower()
    return out


# ---------------------------------------------------------------- national ids
def _bsn_raw(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def _rrn_raw(rng):
    y = rng.randint(1935, 2012)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    chk = 97 - n % 97
    return base + f"{chk:02d}"


def bsn(rng, lang, flavor=None):
    kind = flavor or ("rrn" if lang in ("nl-be", "fr-be") else "bsn")
    if kind == "rrn":
        r = _rrn_raw(rng)
        return rng.choice([
            f"{r[:2]}.{r[2:4]}.{r[4:6]}-{r[6:9]}.{r[9:]}", r,
            f"{r[:6]} {r[6:9]} {r[9:]}", f"{r[:6]}-{r[6:9]}-{r[9:]}",
            f"{r[:2]}{r[2:4]}{r[4:6]}-{r[6:9]}-{r[9:]}"])
    b = _bsn_raw(rng)
    return rng.choice([b, b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}",
                       f"{b[:3]}.{b[3:6]}.{b[6:]}", f"{b[:3]}-{b[3:6]}-{b[6:]}"])


def nhs_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        s = sum(d[i] * (10 - i) for i in range(9))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, d)) + str(c)
        return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


# ---------------------------------------------------------------- contact
NL_STREETS_FALLBACK = ["Kerkstraat"]


def phone(rng, lang, flavor=None):
    r = rng.random()
    if lang == "nl":
        if flavor == "land" or r < 0.2:
            area = rng.choice(["020", "010", "030", "070", "040", "050", "024", "0318", "0499"])
            rest = _d(rng, 10 - len(area))
            return rng.choice([f"{area}-{rest}", f"{area} {rest}", f"{area}{rest}",
                               f"+31 {area[1:]} {rest}"])
        m = "6" + _d(rng, 8)
        return rng.choice([f"0{m}", f"06-{m[1:]}", f"06 {m[1:5]} {m[5:]}", f"+31 6 {m[1:]}",
                           f"+316{m[1:]}", f"0031 6 {m[1:]}", f"06 {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}",
                           f"(06) {m[1:]}", f"+31 (0)6 {m[1:5]} {m[5:]}", f"06-{m[1:5]} {m[5:]}"])
    if lang in ("nl-be", "fr-be"):
        if flavor == "land" or r < 0.2:
            area = rng.choice(["02", "03", "09", "04", "016", "050", "071", "081", "010"])
            rest = _d(rng, 9 - len(area))
            if len(area) == 2:
                return rng.choice([f"{area} {rest[:3]} {rest[3:5]} {rest[5:]}", f"{area}/{rest}",
                                   f"+32 {area[1:]} {rest[:3]} {rest[3:5]} {rest[5:]}"])
            return rng.choice([f"{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"{area}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                               f"{area}{rest}"])
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486",
                        "489", "493", "494", "495", "496", "497", "498", "499"])
        rest = _d(rng, 6)
        return rng.choice([f"0{p} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{p}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                           f"+32 {p} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{p}{rest}", f"+32{p}{rest}",
                           f"0032 {p} {rest[:3]} {rest[3:]}", f"0{p}/{rest}", f"0{p} {rest[:3]} {rest[3:]}"])
    if lang == "en-gb":
        if flavor == "land" or r < 0.25:
            area = rng.choice(["020", "0161", "0113", "0121", "0131", "0117", "029", "0141"])
            rest = _d(rng, 11 - len(area))
            if len(area) == 3:
                return rng.choice([f"{area} {rest[:4]} {rest[4:]}", f"({area}) {rest[:4]} {rest[4:]}",
                                   f"+44 {area[1:]} {rest[:4]} {rest[4:]}"])
            return rng.choice([f"{area} {rest[:3]} {rest[3:]}", f"{area} {rest}", f"+44 {area[1:]} {rest[:3]} {rest[3:]}"])
        m = "7" + rng.choice(["7", "8", "9", "4", "5"]) + _d(rng, 8)
        return rng.choice([f"0{m[:4]} {m[4:]}", f"0{m}", f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}",
                           f"0{m[:4]} {m[4:7]} {m[7:]}", f"+44{m}", f"00 44 {m[:4]} {m[4:]}"])
    area = rng.choice(["212", "415", "312", "617", "713", "404", "503", "614", "919", "720"])
    ex = str(rng.randint(201, 989))
    ln = _d(rng, 4)
    return rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}",
                       f"{area}{ex}{ln}", f"1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"{area} {ex} {ln}"])


EMAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl",
           "xs4all.nl", "icloud.com", "home.nl"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "live.be",
           "yahoo.fr", "scarlet.be"],
    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com",
              "icloud.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "att.net"],
}


def email(rng, lang, flavor=None, first="sam", last="peeters"):
    key = "be" if lang in ("nl-be", "fr-be") else ("nl" if lang == "nl" else lang)
    dom = rng.choice(EMAIL_DOMAINS[key])
    f = first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("ï", "i")
    l = last.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ü", "u")
    local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}",
                        f"{l}.{f}", f"{f}{rng.randint(1960, 2005)}", f"{f[0]}{l}", f"{f}.{l}{rng.randint(1,9)}"])
    out = f"{local}@{dom}"
    if rng.random() < 0.07:
        out = out.upper() if rng.random() < 0.3 else out.capitalize()
    return out


def address(rng, lang, pools, flavor=None):
    street = rng.choice(pools["street"])
    city = rng.choice(pools["city"])
    if lang == "nl":
        num = str(rng.randint(1, 230)) + rng.choice(["", "", "", "a", "b", "-2", " A", "-bis", " hs", "-3hg"])
        pc = f"{rng.randint(1011, 9999)}{rng.choice(['', ' '])}{_a(rng, 2, 'ABCEGHJKLMNPRSTVWXZ')}"
        return rng.choice([f"{street} {num}, {pc} {city}", f"{street} {num} {pc} {city}", f"{street} {num}",
                           f"{street} {num}, {city}", f"{pc} {city}, {street} {num}"] if flavor != "full"
                          else [f"{street} {num}, {pc} {city}", f"{street} {num}\n{pc} {city}"])
    if lang in ("nl-be", "fr-be"):
        num = str(rng.randint(1, 180))
        bus = rng.choice(["", "", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}", f" boîte {rng.randint(1, 9)}" if lang == "fr-be" else f" bus {rng.randint(101, 304)}"])
        pc = str(rng.randint(1000, 9992))
        if lang == "fr-be":
            opts = [f"{street} {num}{bus}, {pc} {city}", f"{street}, {num}{bus} - {pc} {city}", f"{num}, {street}, {pc} {city}",
                    f"{street} {num}{bus}"]
        else:
            opts = [f"{street} {num}{bus}, {pc} {city}", f"{street} {num}{bus} {pc} {city}", f"{street} {num}{bus}",
                    f"{street} {num}{bus} te {pc} {city}"]
        if flavor == "full":
            opts = opts[:2]
        return rng.choice(opts)
    if lang == "en-gb":
        num = str(rng.randint(1, 240))
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 30)}, ", f"Flat {rng.randint(1,9)}{rng.choice('ABC')}, "])
        pc = f"{rng.choice(['LS', 'M', 'B', 'SW', 'E', 'N', 'BS', 'CF', 'G', 'EH', 'NG', 'OX'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{_a(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        opts = [f"{flat}{num} {street}, {city} {pc}", f"{flat}{num} {street}, {city}, {pc}", f"{num} {street}",
                f"{num} {street}, {pc}"]
        if flavor == "full":
            opts = opts[:2]
        return rng.choice(opts)
    num = str(rng.randint(10, 9899))
    apt = rng.choice(["", "", f" Apt {rng.randint(1, 40)}", f", Apt {rng.randint(1, 9)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1,20)}"])
    st = rng.choice(["IL", "NY", "CA", "TX", "OH", "MA", "GA", "OR", "NC", "WA"])
    z = _d(rng, 5)
    opts = [f"{num} {street}{apt}, {city}, {st} {z}", f"{num} {street}{apt}, {city} {st} {z}", f"{num} {street}{apt}"]
    if flavor == "full":
        opts = opts[:2]
    return rng.choice(opts)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _fam(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def dob(rng, lang, flavor=None):
    y = rng.randint(1932, 2009)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mon = MONTHS[_fam(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{m}-{d}-{y}", f"{mon[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}/{m}/{y % 100:02d}", f"{d}.{m}.{y}", f"{d}th {mon} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d} {mon} {y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}{m:02d}{y}"])


def customer_number(rng, lang, flavor=None):
    fl = flavor or rng.choice(["policy", "member", "patient", "client", "pharm"])
    if fl == "nhs":
        return nhs_number(rng)
    if lang == "en-us" and fl in ("member", "policy") and rng.random() < 0.6:
        return rng.choice([f"{_a(rng, 3, UP)}{_d(rng, 9)}", f"W{_d(rng, 9)}", f"{_d(rng, 1)}{_a(rng, 2, UP)}{_d(rng, 1)}-{_a(rng, 2, UP)}{_d(rng, 1)}-{_a(rng, 2, UP)}{_d(rng, 2)}",
                           f"{_a(rng, 3, UP)}{_d(rng, 6)}-{_d(rng, 2)}"])
    if fl == "policy":
        return rng.choice([_d(rng, 9), f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}", f"P{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 6)}",
                           f"ZV{_d(rng, 7)}", f"{_a(rng, 2, UP)}-{_d(rng, 8)}"])
    if fl == "member":
        if lang in ("nl-be", "fr-be"):
            return rng.choice([f"{_d(rng, 3)}/{_d(rng, 6)}", _d(rng, 11), f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 2)}", f"{_d(rng, 4)} {_d(rng, 4)}"])
        return rng.choice([_d(rng, 9), _d(rng, 8), f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}", f"M{_d(rng, 7)}", f"{_d(rng, 7)}-{_d(rng, 2)}"])
    if fl == "patient":
        return rng.choice([_d(rng, 7), f"PT{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 4)}", f"{_d(rng, 8)}", f"P-{_d(rng, 6)}", f"MRN{_d(rng, 7)}"])
    if fl == "pharm":
        return rng.choice([f"K{_d(rng, 6)}", _d(rng, 6), f"{_d(rng, 2)}-{_d(rng, 5)}", f"AP{_d(rng, 5)}", f"{_a(rng, 2, UP)}{_d(rng, 7)}"])
    return rng.choice([_d(rng, 8), f"C{_d(rng, 7)}", f"{_d(rng, 4)}-{_d(rng, 4)}", f"KL{_d(rng, 6)}", _d(rng, 10)])


def ip_address(rng, lang, flavor=None):
    if flavor == "v6" or rng.random() < 0.12:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(4)) + "::" + f"{rng.randint(1, 4095):x}"
    first = rng.choice([84, 86, 77, 81, 92, 145, 178, 213, 62, 94, 31, 185, 109, 82])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Zomer", "winter", "Lente", "herfst", "Pluisje", "Tijger", "apotheek", "Bello", "snoopy", "Hond", "fiets",
            "Soleil", "chocolat", "Bruxelles", "Marmite", "arsenal", "Liverpool", "sunshine", "Bailey", "Patriots",
            "Yankees", "kikker", "Oma", "Opa", "zeeland", "Mijnkind", "Pannenkoek", "frieten", "Moules", "teddy",
            "Buster", "Chelsea", "tulp", "Gezond", "Dokter", "Pilletje", "Vitamine"]


def password(rng, lang, flavor=None):
    w = rng.choice(PW_WORDS)
    s = rng.random()
    if s < 0.3:
        return w + str(rng.randint(1, 2025)) + rng.choice(["!", "#", "?", "", "@", "$", "*"])
    if s < 0.5:
        return rng.choice(["", "!"]) + w.replace("o", "0").replace("e", "3").replace("a", "@") + _d(rng, 2)
    if s < 0.65:
        return w.lower() + rng.choice([".", "_", "-"]) + rng.choice(PW_WORDS).lower() + _d(rng, rng.randint(1, 3))
    if s < 0.85:
        return _a(rng, rng.randint(9, 14), ALNUM + "!#%&*")
    return w[:1].upper() + w[1:].lower() + rng.choice(["#", "!", "&"]) + _d(rng, 4) + rng.choice(["", "x", "Q"])


def pin(rng, lang, flavor=None):
    if flavor == "6":
        return _d(rng, 6)
    if flavor == "door":
        return rng.choice([_d(rng, 4), _d(rng, 4) + "#", _d(rng, 5), "*" + _d(rng, 4), _d(rng, 6), _d(rng, 4) + "B"])
    return _d(rng, rng.choice([4, 4, 4, 4, 5, 6]))


def puk(rng, lang, flavor=None):
    p = _d(rng, 8)
    return rng.choice([p, p, f"{p[:4]} {p[4:]}", f"{p[:4]}-{p[4:]}"])


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(rng, lang, flavor=None):
    if flavor == "words":
        ds = _d(rng, 6)
        sep = rng.choice([" ", "-", ", ", " "])
        return sep.join(NUMW[_fam(lang)][int(c)] for c in ds)
    n = rng.choice([6, 6, 6, 6, 5, 8, 4])
    v = _d(rng, n)
    s = rng.random()
    if n == 6 and s < 0.2:
        return f"{v[:3]} {v[3:]}"
    if n == 6 and s < 0.3:
        return f"{v[:3]}-{v[3:]}"
    return v


def wifi_key(rng, lang, flavor=None):
    s = rng.random()
    if s < 0.35:
        return _a(rng, rng.choice([10, 12, 16, 20]), ALNUM)
    if s < 0.55:
        return "-".join(_a(rng, 4, LO + DIG) for _ in range(rng.choice([3, 4])))
    if s < 0.75:
        return _a(rng, rng.choice([10, 13, 26]), "0123456789ABCDEF")
    return rng.choice(PW_WORDS).lower() + rng.choice(["", "_", "-"]) + rng.choice(["thuis", "home", "maison", "huis", "wifi", "net"]) + _d(rng, rng.randint(2, 4))


def username(rng, lang, flavor=None, first="sam", last="peeters"):
    f = first.lower().replace(" ", "").replace("é", "e")
    l = last.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ü", "u")
    return rng.choice([f"{f[0]}{l}{rng.randint(1, 99)}", f"{f}.{l}", f"{f}_{l[:3]}", f"{l}{f[0]}", f"{f}{rng.randint(1950, 2008)}",
                       f"{f[0]}.{l}", f"{f.capitalize()}{l.capitalize()}", f"{l}-{f}{rng.randint(1, 9)}"])


def api_key(rng, lang, flavor=None):
    k = flavor or rng.choice(["sk", "pk", "aws", "aws_secret", "google", "generic", "sg", "twilio"])
    if k == "sk":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + _a(rng, rng.choice([24, 32]))
    if k == "pk":
        return "pk_live_" + _a(rng, 24)
    if k == "aws":
        return "AKIA" + _a(rng, 16, UP + DIG)
    if k == "aws_secret":
        return _a(rng, 40, ALNUM + "/+")
    if k == "google":
        return "AIza" + _a(rng, 35, ALNUM + "-_")
    if k == "sg":
        return "SG." + _a(rng, 22, ALNUM + "-_") + "." + _a(rng, 43, ALNUM + "-_")
    if k == "twilio":
        return "SK" + _a(rng, 32, "0123456789abcdef")
    return _a(rng, 32, "0123456789abcdef")


def token(rng, lang, flavor=None):
    k = flavor or rng.choice(["jwt", "hex", "ghp", "bearer", "session", "glpat", "xox"])
    if k == "jwt":
        return "eyJ" + _a(rng, 30, ALNUM + "-_") + ".eyJ" + _a(rng, 48, ALNUM + "-_") + "." + _a(rng, 43, ALNUM + "-_")
    if k == "hex":
        return _a(rng, rng.choice([32, 40, 64]), "0123456789abcdef")
    if k == "ghp":
        return "ghp_" + _a(rng, 36)
    if k == "glpat":
        return "glpat-" + _a(rng, 20, ALNUM + "-_")
    if k == "xox":
        return "xoxb-" + _d(rng, 12) + "-" + _d(rng, 13) + "-" + _a(rng, 24)
    if k == "session":
        return _a(rng, 26, LO + DIG)
    return _a(rng, 40, ALNUM + "-_.")


# ---------------------------------------------------------------- negatives
def neg_date(rng, lang, flavor=None):
    y = rng.choice([2024, 2025, 2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    fam = _fam(lang)
    mon = MONTHS[fam][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{mon} {d}", f"{mon} {d}, {y}", f"{mon[:3]} {d}"])
    if fam == "en":
        return rng.choice([f"{d}/{m}", f"{d}/{m:02d}/{y}", f"{d} {mon}", f"{d}th {mon}" if d > 3 and d < 21 else f"{d} {mon}", f"{d} {mon[:3]} {y}"])
    return rng.choice([f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon}", f"{d}/{m}", f"{d} {mon} {y}", f"{d}.{m}"])


def neg_time(rng, lang, flavor=None):
    h = rng.randint(7, 21)
    mi = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    fam = _fam(lang)
    if fam == "en":
        if lang == "en-us" or rng.random() < 0.4:
            hh = h if h <= 12 else h - 12
            return rng.choice([f"{hh}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{hh}{'am' if h < 12 else 'pm'}", f"{hh}:{mi:02d}{'AM' if h < 12 else 'PM'}"])
        return f"{h:02d}:{mi:02d}"
    if fam == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}", f"{h} h {mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur" if rng.random() < .3 else f"{h}:{mi:02d}"])


def neg_amount(rng, lang, flavor=None):
    e = rng.randint(2, 480)
    c = rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}", f"£9.90"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}", f"${e},{c:03d}.00" if e < 20 else f"${e}.00"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€{e},-", f"{e} EUR", f"{e},{c:02d} €"])


def neg_qty(rng, lang, flavor=None):
    fam = _fam(lang)
    n = rng.choice([2, 3, 10, 14, 28, 30, 56, 60, 90, 100, 120, 180])
    u = {"nl": ["tabletten", "capsules", "stuks", "doosjes", "zakjes", "strips", "pennen", "ml", "mg"],
         "fr": ["comprimés", "gélules", "boîtes", "sachets", "ml", "mg", "plaquettes"],
         "en": ["tablets", "capsules", "boxes", "sachets", "ml", "mg", "packs", "pens"]}[fam]
    return f"{n} {rng.choice(u)}" if rng.random() < 0.8 else f"{n}x"


def neg_pct(rng, lang, flavor=None):
    return rng.choice([f"{rng.choice([10, 20, 25, 50, 75, 80, 100])}%", f"{rng.choice([10, 20, 80])} %", f"{rng.randint(1, 9)},5%"])


def neg_year(rng, lang, flavor=None):
    return str(rng.choice([2023, 2024, 2025, 2026]))


def neg_order(rng, lang, flavor=None):
    return rng.choice([_d(rng, 10), f"ORD-{rng.randint(2024, 2026)}-{_d(rng, 6)}", f"#{_d(rng, 7)}", f"BE{_d(rng, 9)}O",
                       f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}", f"A{_d(rng, 8)}", f"WEB{_d(rng, 7)}"])


def neg_ticket(rng, lang, flavor=None):
    return rng.choice([f"{rng.randint(2024, 2026)}-{_d(rng, 5)}", f"CLM-{_d(rng, 8)}", f"#{_d(rng, 6)}", f"CS{_d(rng, 7)}",
                       f"INC{_d(rng, 7)}", f"D{_d(rng, 8)}", f"REF {_d(rng, 3)}/{_d(rng, 4)}", f"{_d(rng, 8)}"])


def neg_invoice(rng, lang, flavor=None):
    return rng.choice([f"F{rng.randint(2024, 2026)}-{_d(rng, 6)}", f"INV-{_d(rng, 7)}", f"{_d(rng, 10)}", f"NOTA-{_d(rng, 6)}",
                       f"FA{_d(rng, 8)}", f"{rng.randint(2024, 2026)}/{_d(rng, 5)}"])


def neg_track(rng, lang, flavor=None):
    return rng.choice([f"3S{_a(rng, 4, UP)}{_d(rng, 9)}", f"JVGL{_d(rng, 16)}", f"1Z{_a(rng, 6, UP + DIG)}{_d(rng, 10)}",
                       f"{_a(rng, 2, UP)}{_d(rng, 9)}GB", f"3232{_d(rng, 14)}", f"{_d(rng, 12)}", f"9400{_d(rng, 18)}",
                       f"CD{_d(rng, 9)}BE"])


def neg_req(rng, lang, flavor=None):
    h = "0123456789abcdef"
    return rng.choice([f"{_a(rng, 8, h)}-{_a(rng, 4, h)}-{_a(rng, 4, h)}-{_a(rng, 4, h)}-{_a(rng, 12, h)}",
                       f"req_{_a(rng, 16, h)}", f"X-{_d(rng, 6)}-{_a(rng, 4, UP)}", f"trace-{_a(rng, 12, h)}"])


def neg_err(rng, lang, flavor=None):
    return rng.choice([f"E{_d(rng, 4)}", f"ERR-{_d(rng, 3)}", f"{rng.choice(['401', '403', '404', '500', '502', '503'])}",
                       f"0x{_a(rng, 8, '0123456789ABCDEF')}", rng.choice(["ERR_CONNECTION_RESET", "AUTH_FAILED_17", "DigiD-foutcode 012",
                                                                           "PRESCR_SYNC_TIMEOUT", "E-CARD-03"]), f"code {_d(rng, 3)}"])


def neg_ver(rng, lang, flavor=None):
    return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"v{rng.randint(2, 7)}.{rng.randint(0, 9)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}", f"Android {rng.randint(11, 15)}",
                       f"{rng.randint(3, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)} (build {_d(rng, 4)})", f"versie {rng.randint(2, 6)}.{rng.randint(0, 12)}"])


def neg_port(rng, lang, flavor=None):
    return str(rng.choice([443, 8443, 8080, 3389, 5060, 22, 993, 587, 4433]))


def neg_checksum(rng, lang, flavor=None):
    return _a(rng, rng.choice([64, 40, 32]), "0123456789abcdef")


def neg_meter(rng, lang, flavor=None):
    return rng.choice([f"{rng.randint(100, 30000)}", f"{rng.randint(1, 30)}.{_d(rng, 3)}", f"{rng.randint(100, 9000)},{rng.randint(0, 9)}"])


def neg_masked(rng, lang, flavor=None):
    return rng.choice([f"****{_d(rng, 4)}", f"**** **** **** {_d(rng, 4)}", f"NL** **** **** **{_d(rng, 2)} {_d(rng, 2)}",
                       f"BE** **** **** {_d(rng, 2)}{_d(rng, 2)}", f"xxxx-xxxx-xxxx-{_d(rng, 4)}", f"06-****{_d(rng, 4)}",
                       f"+32 4** ** ** {_d(rng, 2)}", f"{rng.choice('jmsak')}***@gmail.com", f"•••• {_d(rng, 4)}",
                       f"XXX-XX-{_d(rng, 4)}", f"*****{_d(rng, 3)}", f"{rng.choice('mjp')}****{rng.choice('nrs')}@{rng.choice(['hotmail.com', 'telenet.be'])}"])


def neg_kvk(rng, lang, flavor=None):
    """Returns 'cue\x00value'; the renderer keeps the cue as literal text."""
    if lang == "nl":
        return rng.choice([f"KvK \x00{_d(rng, 8)}", f"KvK-nummer: \x00{_d(rng, 8)}", f"BTW \x00NL{_d(rng, 9)}B01", f"btw-id \x00NL{_d(rng, 9)}B{_d(rng, 2)}",
                           f"KvK nr. \x00{_d(rng, 8)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"BTW \x00BE 0{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}", f"ondernemingsnummer \x00{_d(rng, 4)}.{_d(rng, 3)}.{_d(rng, 3)}",
                           f"TVA \x00BE0{_d(rng, 9)}", f"RPR Brussel \x000{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}", f"n° d'entreprise \x000{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}",
                           f"KBO \x000{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}"])
    if lang == "en-gb":
        return rng.choice([f"Company No. \x00{_d(rng, 8)}", f"Registered in England and Wales No. \x00{_d(rng, 8)}", f"VAT Reg. \x00GB {_d(rng, 3)} {_d(rng, 4)} {_d(rng, 2)}",
                           f"GPhC registration \x00{_d(rng, 7)}", f"Company number \x00SC{_d(rng, 6)}"])
    return rng.choice([f"EIN \x00{_d(rng, 2)}-{_d(rng, 7)}", f"NAIC #\x00{_d(rng, 5)}", f"Tax ID \x00{_d(rng, 2)}-{_d(rng, 7)}"])
