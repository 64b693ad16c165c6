"""Value generators for blind88 (labelled values and hard-negative values).

Every generator takes (rng, loc) where loc is one of nl, nl-be, fr-be, en-gb, en-us.
"""
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits


def _d(rng, n):
    return "".join(rng.choice(DG) for _ in range(n))


def _pick(rng, xs):
    return rng.choice(xs)


def is_be(loc):
    return loc in ("nl-be", "fr-be")


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(val):
    s = "".join(c for c in val if c.isalnum()).upper()
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def bsn_ok(digits):
    if len(digits) != 9:
        return False
    tot = sum(int(digits[i]) * (9 - i) for i in range(8)) - int(digits[8])
    return tot % 11 == 0 and digits != "000000000"


def rrn_ok(digits):
    if len(digits) != 11:
        return False
    base, chk = int(digits[:9]), int(digits[9:])
    if 97 - (base % 97) == chk:
        return True
    if 97 - (int("2" + digits[:9]) % 97) == chk:
        return True
    return False


# ---------------------------------------------------------------- cards
def _luhn_complete(prefix, length, rng):
    body = prefix + _d(rng, length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_digits(rng):
    kind = rng.random()
    if kind < 0.45:
        return _luhn_complete("4", 16, rng), "visa"
    if kind < 0.8:
        return _luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng), "mc"
    if kind < 0.92:
        return _luhn_complete(rng.choice(["34", "37"]), 15, rng), "amex"
    return _luhn_complete(rng.choice(["6703", "6011"]), 16, rng), "other"


def fmt_card(rng, digits):
    if len(digits) == 15:
        g = [digits[:4], digits[4:10], digits[10:]]
    else:
        g = [digits[i:i + 4] for i in range(0, 16, 4)]
    st = rng.random()
    if st < 0.45:
        return " ".join(g)
    if st < 0.65:
        return "".join(g)
    if st < 0.85:
        return "-".join(g)
    if st < 0.93:
        return ".".join(g)
    return "  ".join(g)


def card(rng, loc):
    d, _ = card_digits(rng)
    return fmt_card(rng, d)


def cvv(rng, loc):
    return _d(rng, 4 if rng.random() < 0.1 else 3)


def card_expiry(rng, loc):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    st = rng.random()
    if st < 0.4:
        return f"{m:02d}/{y}"
    if st < 0.55:
        return f"{m:02d}/20{y}"
    if st < 0.65:
        return f"{m}/{y}"
    if st < 0.75:
        return f"{m:02d}-{y}"
    if st < 0.85:
        return f"{m:02d}{y}"
    months = {"nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
              "fr": "janv févr mars avr mai juin juil août sept oct nov déc",
              "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"}
    lang = "fr" if loc == "fr-be" else ("en" if loc.startswith("en") else "nl")
    return f"{months[lang].split()[m - 1]} 20{y}"


# ---------------------------------------------------------------- IBAN
def _iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_raw(rng, country):
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]) + _d(rng, 10)
    elif country == "BE":
        acc = _d(rng, 10)
        chk = int(acc) % 97 or 97
        bban = acc + f"{chk:02d}"
    elif country == "DE":
        bban = _d(rng, 18)
    elif country == "FR":
        bban = _d(rng, 10) + "".join(rng.choice(UP + DG) for _ in range(11)) + _d(rng, 2)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + _d(rng, 14)
    elif country == "LU":
        bban = _d(rng, 3) + "".join(rng.choice(UP + DG) for _ in range(13))
    elif country == "ES":
        bban = _d(rng, 20)
    else:
        bban = _d(rng, 14)
    return country + _iban_check(country, bban) + bban


def iban(rng, loc):
    if loc == "nl":
        c = rng.choices(["NL", "BE", "DE", "LU"], [85, 6, 6, 3])[0]
    elif is_be(loc):
        c = rng.choices(["BE", "NL", "FR", "LU"], [82, 8, 6, 4])[0]
    elif loc == "en-gb":
        c = rng.choices(["GB", "NL", "ES", "DE"], [70, 15, 8, 7])[0]
    else:
        c = rng.choices(["NL", "GB", "DE", "BE"], [40, 30, 15, 15])[0]
    raw = iban_raw(rng, c)
    st = rng.random()
    if st < 0.5:
        v = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif st < 0.8:
        v = raw
    elif st < 0.9:
        v = "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    else:
        v = raw
    if rng.random() < 0.12:
        v = v.lower()
    return v


# ---------------------------------------------------------------- BSN / RRN
def bsn_nl(rng):
    while True:
        ds = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(ds[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = "".join(map(str, ds)) + str(last)
            if bsn_ok(s):
                return s


def rrn(rng):
    year = rng.randint(1950, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    yy = year % 100
    seq = rng.randint(1, 997)
    base = f"{yy:02d}{m:02d}{d:02d}{seq:03d}"
    num = int(("2" + base) if year >= 2000 else base)
    chk = 97 - num % 97
    return base + f"{chk:02d}"


def bsn(rng, loc):
    if is_be(loc):
        r = rrn(rng)
        st = rng.random()
        if st < 0.4:
            return f"{r[:2]}.{r[2:4]}.{r[4:6]}-{r[6:9]}.{r[9:]}"
        if st < 0.65:
            return r
        if st < 0.85:
            return f"{r[:6]} {r[6:9]} {r[9:]}"
        return f"{r[:6]}-{r[6:9]}-{r[9:]}"
    b = bsn_nl(rng)
    st = rng.random()
    if st < 0.6:
        return b
    if st < 0.8:
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if st < 0.9:
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    return f"{b[:3]}-{b[3:6]}-{b[6:]}"


# ---------------------------------------------------------------- phones
def phone(rng, loc):
    if loc == "nl":
        if rng.random() < 0.75:
            n = _d(rng, 8)
            return rng.choice([
                f"06-{n}", f"06 {n[:4]} {n[4:]}", f"06{n}", f"+31 6 {n}", f"+316{n}",
                f"0031 6 {n[:4]} {n[4:]}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+31 (0)6 {n}", f"06-{n[:2]} {n[2:5]} {n[5:]}"])
        area = rng.choice(["20", "10", "30", "40", "50", "70", "71", "24", "43"])
        n = _d(rng, 7)
        return rng.choice([f"0{area}-{n}", f"0{area} {n[:3]} {n[3:]}", f"+31 {area} {n[:3]} {n[3:]}",
                           f"(0{area}) {n}"])
    if is_be(loc):
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "485", "486", "491", "496", "499"])
            n = _d(rng, 6)
            return rng.choice([
                f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                f"0032 {p}{n}", f"0{p}{n}", f"0{p}/{n}", f"+32{p}{n}", f"0{p} {n[:3]} {n[3:]}"])
        area = rng.choice(["2", "3", "9", "4", "10", "16", "50", "81"])
        n = _d(rng, 8 - len(area))
        return rng.choice([f"0{area} {n}", f"0{area}/{n[:3]}.{n[3:5]}.{n[5:]}" if len(n) >= 6 else f"0{area}/{n}",
                           f"+32 {area} {n}"])
    if loc == "en-gb":
        if rng.random() < 0.7:
            n = _d(rng, 6)
            return rng.choice([f"07700 {n}", f"+44 7700 {n}", f"07700{n}", f"+447700{n}",
                               f"07700 {n[:3]} {n[3:]}", f"(07700) {n}", f"+44 (0)7700 {n}"])
        n = _d(rng, 4)
        return rng.choice([f"020 7946 {n}", f"0161 496 {n}", f"+44 20 7946 {n}", f"0113 496 {n}"])
    a = rng.choice(["212", "312", "415", "512", "617", "646", "702", "808", "919"])
    n = _d(rng, 4)
    mid = "555"
    return rng.choice([f"({a}) {mid}-{n}", f"{a}-{mid}-{n}", f"+1 {a} {mid} {n}", f"{a}.{mid}.{n}",
                       f"1-{a}-{mid}-{n}", f"+1 ({a}) {mid}-{n}", f"{a}{mid}{n}"])


def company_phone(rng, loc):
    if loc == "nl":
        return rng.choice(["0800-0227", "0800 023 4455", "088 980 1200", "0900-1598", "020 799 5000",
                           "0800-8099", "088-1234500"])
    if is_be(loc):
        return rng.choice(["078 15 30 30", "0800 44 123", "02 299 80 00", "078/35.35.35", "070 22 33 44",
                           "+32 78 15 15 60"])
    if loc == "en-gb":
        return rng.choice(["0800 028 0456", "0345 600 7200", "0330 088 1234", "0800 917 3000", "+44 345 266 9000"])
    return rng.choice(["1-800-555-0199", "(800) 555-0142", "1 (888) 555-0110", "800-555-0177", "+1 866 555 0123"])


# ---------------------------------------------------------------- email, username, password
DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl", "planet.nl", "icloud.com"],
    "be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "proximus.be", "outlook.be", "yahoo.fr"],
    "gb": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"],
}


def _dom(loc):
    return DOMAINS["nl" if loc == "nl" else "be" if is_be(loc) else "gb" if loc == "en-gb" else "us"]


def _slug(s):
    tr = str.maketrans("éèëêïîüûôöçàâ", "eeeeiiuuoocaa")
    return "".join(c for c in s.lower().translate(tr) if c.isalnum())


def email(rng, loc, first="anna", last="jansen"):
    f, l = _slug(first), _slug(last)
    st = rng.random()
    if st < 0.3:
        local = f"{f}.{l}"
    elif st < 0.45:
        local = f"{f[0]}{l}"
    elif st < 0.6:
        local = f"{f}{l}{rng.randint(1, 99)}"
    elif st < 0.7:
        local = f"{f}_{l}{rng.randint(70, 99)}"
    elif st < 0.8:
        local = f"{l}.{f}"
    elif st < 0.9:
        local = f"{f}{rng.randint(1970, 2006)}"
    else:
        local = f"{f[0]}.{l}+{rng.choice(['stream', 'games', 'uni', 'water'])}"
    v = f"{local}@{rng.choice(_dom(loc))}"
    if rng.random() < 0.06:
        v = v.capitalize()
    return v


def student_email(rng, loc, first="anna", last="jansen"):
    f, l = _slug(first), _slug(last)
    dom = rng.choice(["student.rijnstad.nl", "student.hsmaas.nl", "student.uvd.be", "etu.unamur-sud.be",
                      "students.kingsbridge.ac.uk", "alumni.uvd.be", "student.uvd.nl"])
    st = rng.random()
    if st < 0.4:
        return f"{f}.{l}@{dom}"
    if st < 0.7:
        return f"s{_d(rng, 7)}@{dom}"
    return f"{f[0]}.{l}@{dom}"


def username(rng, loc, first="anna", last="jansen"):
    f, l = _slug(first), _slug(last)
    return rng.choice([
        f"{f}{l[:3]}{rng.randint(1, 99)}", f"{f[0]}{l}", f"{f}_{l}", f"{l}{f[0]}{rng.randint(10, 99)}",
        f"{f}.{l}", f"{rng.choice(['dark', 'sneaky', 'lazy', 'turbo', 'pixel', 'frosty'])}{rng.choice(['fox', 'panda', 'wolf', 'otter', 'ninja'])}{rng.randint(1, 999)}",
        f"s{_d(rng, 7)}", f"r0{_d(rng, 6)}", f"{f[:4]}{_d(rng, 4)}", f"{f.capitalize()}{l.capitalize()}_{rng.randint(1, 9)}",
    ])


PW_WORDS = ["zomer", "Winter", "tulp", "Ajax", "brugge", "Soleil", "Kat", "voetbal", "Dragon", "sunshine", "Mimi",
            "bakfiets", "Lente", "chocolat", "pannenkoek", "Rocket", "Olifant", "Kroket", "poesje", "Fietsbel"]


def password(rng, loc):
    st = rng.random()
    w = rng.choice(PW_WORDS)
    if st < 0.25:
        return f"{w}{rng.randint(1960, 2025)}{rng.choice(['!', '?', '#', '', '!!', '*'])}"
    if st < 0.45:
        return "".join(rng.choice(UP + LO + DG + "!#$%&*@") for _ in range(rng.randint(9, 16)))
    if st < 0.55:
        return "-".join(rng.sample(["paard", "nietje", "batterij", "correct", "maan", "fiets", "wolk", "tafel", "gare", "pomme"], 3))
    if st < 0.7:
        s = w.translate(str.maketrans("aeiost", "43105+"))
        return s + str(rng.randint(1, 99))
    if st < 0.8:
        return f"{w.capitalize()}{rng.choice(['.', '_', '@'])}{_d(rng, 4)}"
    if st < 0.9:
        return f"{rng.choice(LO)}{_d(rng, 2)}{rng.choice(UP)}{rng.choice(LO)}{rng.choice('!$%&')}{rng.choice(LO)}{_d(rng, 3)}"
    return f"{w.lower()}{w.lower()}{rng.randint(1, 9)}"


def wifi_key(rng, loc):
    st = rng.random()
    if st < 0.3:
        return "".join(rng.choice(UP + DG) for _ in range(rng.choice([10, 12, 16])))
    if st < 0.5:
        return "-".join("".join(rng.choice(LO + DG) for _ in range(4)) for _ in range(4))
    if st < 0.7:
        return f"{rng.choice(PW_WORDS)}{rng.choice(PW_WORDS).lower()}{rng.randint(1, 999)}"
    if st < 0.85:
        return "".join(rng.choice("0123456789abcdef") for _ in range(26))
    return "".join(rng.choice(UP + LO + DG) for _ in range(rng.randint(8, 14)))


def pin(rng, loc):
    return _d(rng, rng.choices([4, 5, 6], [70, 10, 20])[0])


def puk(rng, loc):
    return _d(rng, 8)


def otp(rng, loc):
    st = rng.random()
    if st < 0.6:
        return _d(rng, 6)
    if st < 0.75:
        n = _d(rng, 6)
        return f"{n[:3]} {n[3:]}"
    if st < 0.85:
        return _d(rng, rng.choice([4, 5, 8]))
    if st < 0.92:
        n = _d(rng, 6)
        return f"{n[:3]}-{n[3:]}"
    return "".join(rng.choice(UP + DG) for _ in range(6))


def backup_code(rng, loc):
    st = rng.random()
    if st < 0.35:
        return _d(rng, 8)
    if st < 0.6:
        return f"{_d(rng, 4)} {_d(rng, 4)}"
    if st < 0.8:
        return "".join(rng.choice(LO + DG) for _ in range(4)) + "-" + "".join(rng.choice(LO + DG) for _ in range(4))
    return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))


def gift_code(rng, loc):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    st = rng.random()
    if st < 0.35:
        return "-".join("".join(rng.choice(al) for _ in range(5)) for _ in range(5))
    if st < 0.6:
        return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(3))
    if st < 0.8:
        return "".join(rng.choice(al) for _ in range(16))
    return " ".join("".join(rng.choice(al) for _ in range(4)) for _ in range(4))


def api_key(rng, loc):
    an = UP + LO + DG
    st = rng.random()
    if st < 0.2:
        return "sk_live_" + "".join(rng.choice(an) for _ in range(24))
    if st < 0.35:
        return "AKIA" + "".join(rng.choice(UP + DG) for _ in range(16))
    if st < 0.5:
        return "".join(rng.choice(an + "/+") for _ in range(40))
    if st < 0.65:
        return "AIza" + "".join(rng.choice(an + "-_") for _ in range(35))
    if st < 0.8:
        return "pk_" + "".join(rng.choice(LO + DG) for _ in range(32))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def token(rng, loc):
    an = UP + LO + DG
    st = rng.random()
    if st < 0.3:
        b = lambda n: "".join(rng.choice(an + "-_") for _ in range(n))
        return "eyJ" + b(30) + "." + "eyJ" + b(50) + "." + b(43)
    if st < 0.5:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if st < 0.65:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    if st < 0.8:
        return "".join(rng.choice(an) for _ in range(rng.randint(28, 44)))
    return "sess-" + "".join(rng.choice(LO + DG) for _ in range(24))


def ip_address(rng, loc):
    if rng.random() < 0.82:
        a = rng.choice([77, 84, 85, 86, 145, 178, 188, 195, 212, 217, 31, 62, 81, 94, 109])
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    h = lambda: f"{rng.randint(0, 65535):x}"
    return f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"


# ---------------------------------------------------------------- addresses
def address(rng, loc, street="Kerkstraat", city=None):
    num = rng.randint(1, 240)
    if loc == "nl":
        hn = rng.choice([f"{num}", f"{num}", f"{num}a", f"{num}-2", f"{num} B", f"{num}-III", f"{num}hs", f"{num} bis"])
        pc = f"{rng.randint(1000, 9999)} {rng.choice(UP)}{rng.choice(UP)}"
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        city = city or "Utrecht"
        return rng.choice([f"{street} {hn}, {pc} {city}", f"{street} {hn}", f"{street} {hn} {pc} {city}",
                           f"{street} {hn}, {pc}  {city.upper()}", f"{street} {hn}\n{pc} {city}"])
    if is_be(loc):
        hn = rng.choice([f"{num}", f"{num}", f"{num} bus {rng.randint(1, 12)}", f"{num}/{rng.randint(1, 9)}", f"{num}B", f"{num} bte 3"])
        pc = f"{rng.randint(1000, 9990)}"
        city = city or "Gent"
        return rng.choice([f"{street} {hn}, {pc} {city}", f"{street} {hn}", f"{street} {hn} - {pc} {city}",
                           f"{street}, {hn}, {pc} {city}", f"{street} {hn}\n{pc} {city}"])
    if loc == "en-gb":
        pc = f"{rng.choice(['LS', 'M', 'NW', 'SE', 'B', 'BS', 'CF', 'EH'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(UP)}{rng.choice(UP)}"
        city = city or "Leeds"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 20)}, ", f"{rng.randint(1, 9)}B "])
        return rng.choice([f"{flat}{num} {street}, {city} {pc}", f"{flat}{num} {street}", f"{num} {street}, {pc}",
                           f"{flat}{num} {street}\n{city}\n{pc}"])
    st = rng.choice(["IL", "TX", "NY", "CA", "OH", "WA", "MA"])
    z = f"{rng.randint(10000, 99999)}"
    city = city or "Springfield"
    apt = rng.choice(["", "", f" Apt {rng.randint(1, 30)}{rng.choice('ABC')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 9)}"])
    return rng.choice([f"{num} {street}{apt}, {city}, {st} {z}", f"{num} {street}{apt}", f"{num} {street}{apt}, {city} {st} {z}",
                       f"{num} {street}{apt}\n{city}, {st} {z}"])


# ---------------------------------------------------------------- dates of birth
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _lang(loc):
    return "fr" if loc == "fr-be" else ("en" if loc.startswith("en") else "nl")


def date_of_birth(rng, loc):
    y, m, d = rng.randint(1948, 2007), rng.randint(1, 12), rng.randint(1, 28)
    lang = _lang(loc)
    st = rng.random()
    if loc == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}"]
    elif lang == "en":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{d}/{m}/{y % 100:02d}", f"{d}th {MONTHS['en'][m - 1][:3]} {y}"]
    elif lang == "fr":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {MONTHS['nl'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"]
    return opts[int(st * len(opts))]


# ---------------------------------------------------------------- customer numbers
def customer_number(rng, loc):
    st = rng.random()
    if st < 0.25:
        return _d(rng, rng.choice([7, 8, 9, 10]))
    if st < 0.4:
        return rng.choice(["KL", "CU", "K", "C", "ACC", "CL"]) + rng.choice(["-", "", " "]) + _d(rng, rng.choice([6, 7, 8]))
    if st < 0.5:
        n = _d(rng, 9)
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if st < 0.6:
        return f"{_d(rng, 4)}.{_d(rng, 3)}.{_d(rng, 3)}"
    if st < 0.75:
        return "".join(rng.choice(UP + DG) for _ in range(10))
    return f"{rng.choice(['2', '3', '5', '7'])}{_d(rng, 3)}-{_d(rng, 5)}"


def ean(rng, loc):
    pre = "5414" if is_be(loc) else "8716"
    v = pre + _d(rng, 14)
    return v if rng.random() < 0.8 else " ".join(v[i:i + 6] for i in range(0, 18, 6))


def meter_number(rng, loc):
    st = rng.random()
    if st < 0.3:
        return f"{rng.randint(10, 24)}{rng.choice(['M', 'W', 'E', 'K'])}{_d(rng, 6)}"
    if st < 0.55:
        return _d(rng, 8)
    if st < 0.75:
        return f"{rng.choice(['A', 'Z', 'K'])}{_d(rng, 2)}-{_d(rng, 7)}"
    return f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}"


def student_number(rng, loc):
    if is_be(loc):
        return rng.choice([f"r0{_d(rng, 6)}", f"{_d(rng, 8)}", f"s{_d(rng, 7)}", f"{_d(rng, 2)}{_d(rng, 5)}", f"u0{_d(rng, 6)}"])
    if loc == "nl":
        return rng.choice([f"s{_d(rng, 7)}", f"{_d(rng, 7)}", f"{_d(rng, 6)}", f"S{_d(rng, 7)}", f"{_d(rng, 3)} {_d(rng, 4)}"])
    if loc == "en-gb":
        return rng.choice([f"{_d(rng, 9)}", f"K{_d(rng, 7)}", f"U{_d(rng, 7)}", f"{rng.randint(20, 24)}{_d(rng, 6)}"])
    return rng.choice([f"{_d(rng, 9)}", f"A{_d(rng, 8)}", f"N{_d(rng, 8)}", f"U{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 4)}"])


def console_serial(rng, loc):
    st = rng.random()
    if st < 0.35:
        return f"S01{rng.choice(UP)}{_d(rng, 9)}{rng.choice(UP)}"
    if st < 0.65:
        return _d(rng, 12)
    if st < 0.85:
        return "XAW" + "".join(rng.choice(UP + DG) for _ in range(11))
    return f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"


def subscription_id(rng, loc):
    return rng.choice([f"SUB-{''.join(rng.choice(UP + DG) for _ in range(8))}",
                       f"{rng.choice(['M', 'A', 'P'])}{_d(rng, 9)}",
                       f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}",
                       f"SP{_d(rng, 8)}"])


def mandate(rng, loc):
    return rng.choice([f"MNDT{_d(rng, 10)}", f"MA-{_d(rng, 4)}-{_d(rng, 6)}", f"{_d(rng, 12)}", f"DD{_d(rng, 8)}"])


# ---------------------------------------------------------------- negatives
def n_date(rng, loc):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    lang = _lang(loc)
    if loc == "en-us":
        opts = [f"{m}/{d}/{y}", f"{MONTHS['en'][m - 1]} {d}", f"{MONTHS['en'][m - 1][:3]} {d}, {y}"]
    elif lang == "en":
        opts = [f"{d}/{m}/{y}", f"{d} {MONTHS['en'][m - 1]}", f"{d:02d}/{m:02d}", f"{d} {MONTHS['en'][m - 1][:3]} {y}"]
    elif lang == "fr":
        opts = [f"{d}/{m}/{y}", f"{d} {MONTHS['fr'][m - 1]}", f"{d:02d}/{m:02d}", f"{d} {MONTHS['fr'][m - 1]} {y}"]
    else:
        opts = [f"{d}-{m}-{y}", f"{d} {MONTHS['nl'][m - 1]}", f"{d:02d}-{m:02d}", f"{d} {MONTHS['nl'][m - 1][:3]}", f"{d}/{m}"]
    return rng.choice(opts)


def n_time(rng, loc):
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 12, 15, 30, 45, 47, 58])
    lang = _lang(loc)
    if loc == "en-us":
        return rng.choice([f"{h % 12 or 12}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{h % 12 or 12}{'am' if h < 12 else 'pm'}"])
    if lang == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h:02d}:{mi:02d}"])
    if lang == "nl":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}u{mi:02d}", f"{h}.{mi:02d}", f"{h} uur"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h % 12 or 12}.{mi:02d}{'am' if h < 12 else 'pm'}"])


def n_amount(rng, loc):
    e, c = rng.randint(2, 2400), rng.randint(0, 99)
    if loc == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}"])
    if loc == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€{e},-", f"{e} EUR", f"{e},{c:02d}€", f"€ {e}"])


def n_quantity(rng, loc):
    lang = _lang(loc)
    w = {"nl": ["maanden", "profielen", "termijnen", "schermen", "keer", "studiepunten", "EC"],
         "fr": ["mois", "profils", "mensualités", "écrans", "fois", "crédits", "ECTS"],
         "en": ["months", "profiles", "instalments", "screens", "times", "credits", "ECTS"]}[lang]
    return rng.choice([f"{rng.randint(2, 12)} {rng.choice(w)}", f"{rng.randint(10, 180)} m³", f"{rng.randint(1, 60)} GJ",
                       f"{rng.randint(2, 60)} {w[5]}", f"{rng.randint(2, 8)} {w[0]}"])


def n_grade(rng, loc):
    g = rng.randint(10, 95) / 10
    if loc.startswith("en"):
        return rng.choice([f"{rng.randint(30, 78)}%", f"{g:.1f}", f"{rng.randint(30, 78)}/100"])
    if is_be(loc):
        return rng.choice([f"{rng.randint(4, 17)}/20", f"{rng.randint(4, 17)} op 20" if loc == "nl-be" else f"{rng.randint(4, 17)} sur 20"])
    return rng.choice([f"{g:.1f}".replace(".", ","), f"{rng.randint(3, 9)},{rng.choice([0, 5])}"])


def n_percentage(rng, loc):
    return rng.choice([f"{rng.randint(2, 60)}%", f"{rng.randint(1, 9)},{rng.randint(1, 9)}%", f"{rng.randint(2, 40)} %", f"{rng.randint(2, 40)} procent"])


def n_year(rng, loc):
    return str(rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))


def n_order(rng, loc):
    return rng.choice([f"ORD-{rng.randint(2023, 2025)}-{_d(rng, 6)}", f"#{_d(rng, 7)}", f"{_d(rng, 10)}", f"W{_d(rng, 9)}", f"GC-{_d(rng, 8)}"])


def n_ticket(rng, loc):
    return rng.choice([f"CASE-{_d(rng, 8)}", f"#{_d(rng, 6)}", f"TK{_d(rng, 7)}", f"{rng.randint(2024, 2025)}-{_d(rng, 6)}", f"INC{_d(rng, 7)}", f"SR-{_d(rng, 5)}", f"KLT-{_d(rng, 6)}"])


def n_invoice(rng, loc):
    return rng.choice([f"F{rng.randint(2024, 2025)}-{_d(rng, 6)}", f"INV-{_d(rng, 6)}", f"{_d(rng, 10)}", f"FA{_d(rng, 8)}", f"2025/{_d(rng, 5)}"])


def n_tracking(rng, loc):
    return rng.choice([f"3S{''.join(rng.choice(UP) for _ in range(4))}{_d(rng, 7)}", f"1Z{_d(rng, 3)}{''.join(rng.choice(UP) for _ in range(3))}{_d(rng, 10)}",
                       f"JVGL{_d(rng, 14)}", f"CD{_d(rng, 9)}BE", f"RR{_d(rng, 9)}NL"])


def n_request_id(rng, loc):
    h = "0123456789abcdef"
    return rng.choice(["req_" + "".join(rng.choice(h) for _ in range(12)),
                       "-".join("".join(rng.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12)),
                       "RID-" + _d(rng, 9)])


def n_error(rng, loc):
    return rng.choice([f"E-{_d(rng, 4)}", f"CE-{_d(rng, 6)}-{rng.randint(0, 9)}", f"0x{''.join(rng.choice('0123456789ABCDEF') for _ in range(8))}",
                       f"ERR_{rng.choice(['403', '429', '500', 'NETWORK', 'AUTH_FAILED'])}", f"NW-{rng.randint(1, 9)}-{rng.randint(1, 9)}",
                       f"F{rng.randint(10, 99)}", f"UI-{_d(rng, 3)}", f"M7111-{_d(rng, 4)}"])


def n_version(rng, loc):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 30)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}", f"FW {rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                       f"build {_d(rng, 5)}"])


def n_model(rng, loc):
    return rng.choice(["CUH-2016A", "CFI-1216A", "Model 1914", "HAC-001(-01)", "HIU-300", "Multical 403", "MC21-Q3", "AFSET-200",
                       "A2117", "SM-T510", "Flow 21-B", "HR-E20", "WS-1422"])


def n_product(rng, loc):
    return rng.choice(["GC-EUR-50", "PLUS-12M", "PREM-4K", "BASIC-AD", "SKU 88-1023", "FAM-6", "STD-HD", "ULT-24"])


def n_course(rng, loc):
    return rng.choice(["2IAB0", "INFOMOV", "JBI010", "B-KUL-H01B6A", "LANGD1234", "ECON101", "PSY-2041", "MATH2014",
                       "LAW3A12", "LFSAB1101", "CS-2204", "BIO1B"])


def n_flight(rng, loc):
    return rng.choice([f"KL{rng.randint(600, 1999)}", f"FR {rng.randint(1000, 9999)}", f"SN{rng.randint(2000, 3999)}", f"HV {rng.randint(5000, 6999)}", f"BA{rng.randint(400, 999)}"])


def n_company_reg(rng, loc):
    if loc == "nl":
        return rng.choice([f"{_d(rng, 8)}", f"NL{_d(rng, 9)}B01", f"NL {_d(rng, 4)}.{_d(rng, 2)}.{_d(rng, 3)}.B01"])
    if is_be(loc):
        return rng.choice([f"BE 0{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}", f"0{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}", f"BE0{_d(rng, 9)}"])
    if loc == "en-gb":
        return rng.choice([f"{_d(rng, 8)}", f"GB{_d(rng, 9)}", f"SC{_d(rng, 6)}"])
    return f"{_d(rng, 2)}-{_d(rng, 7)}"


def n_creditor_id(rng, loc):
    return rng.choice([f"NL{_d(rng, 2)}ZZZ{_d(rng, 12)}", f"BE{_d(rng, 2)}ZZZ0{_d(rng, 9)}"])


def n_masked(rng, loc):
    return rng.choice([f"****{_d(rng, 4)}", f"**** **** **** {_d(rng, 4)}", f"NL** **** **** {_d(rng, 4)} {_d(rng, 2)}",
                       f"BE** **** **** {_d(rng, 2)}{_d(rng, 2)}", f"06-******{_d(rng, 2)}", f"+32 4** ** ** {_d(rng, 2)}",
                       f"{rng.choice(LO)}***{rng.choice(LO)}@gmail.com", f"XXXX-XXXX-{_d(rng, 4)}", f"•••• {_d(rng, 4)}",
                       f"{rng.choice(LO)}*******@{rng.choice(['hotmail.com', 'telenet.be', 'outlook.com'])}", f"***-**-{_d(rng, 4)}"])


def n_meter_reading(rng, loc):
    return rng.choice([f"{_d(rng, 5)}", f"{rng.randint(100, 9999)},{rng.randint(0, 999):03d}", f"{rng.randint(100, 99999)} m³",
                       f"{rng.randint(10, 999)}.{rng.randint(0, 99):02d} GJ", f"{rng.randint(1000, 90000)} kWh", f"0{_d(rng, 4)},{rng.randint(0, 9)}"])


def n_port(rng, loc):
    return str(rng.choice([443, 8080, 3478, 3479, 9308, 1935, 8443, 53, 3074, 25565]))


def n_checksum(rng, loc):
    h = "0123456789abcdef"
    return "".join(rng.choice(h) for _ in range(rng.choice([32, 40, 64])))


SPAN_GENS = {
    "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "api_key": api_key,
    "token": token, "card": card, "cvv": cvv, "iban": iban, "bsn": bsn, "phone": phone,
    "date_of_birth": date_of_birth, "card_expiry": card_expiry, "ip_address": ip_address,
    "customer_number": customer_number,
}
# sub-generators that produce a value labelled with another type
ALIAS = {
    "backup_code": ("otp", backup_code), "gift_code": ("token", gift_code), "ean": ("customer_number", ean),
    "meter_no": ("customer_number", meter_number), "student_no": ("customer_number", student_number),
    "serial": ("customer_number", console_serial), "sub_id": ("customer_number", subscription_id),
    "mandate": ("customer_number", mandate), "gift_pin": ("pin", pin), "parental_pin": ("pin", lambda r, l: _d(r, 4)),
}
NEG_GENS = {
    "date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "grade": n_grade, "percentage": n_percentage,
    "year": n_year, "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice,
    "tracking_number": n_tracking, "request_id": n_request_id, "error_code": n_error, "version_string": n_version,
    "model_number": n_model, "product_code": n_product, "course": n_course, "flight_number": n_flight, "company_phone": company_phone,
    "company_registration": n_company_reg, "creditor_id": n_creditor_id, "masked_value": n_masked,
    "meter_reading": n_meter_reading, "port": n_port, "checksum": n_checksum,
}
NEG_KIND = {"grade": "quantity", "course": "product_code", "creditor_id": "company_registration"}
