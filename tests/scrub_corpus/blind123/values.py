"""Value generators (labelled values and hard negatives) for the blind123 corpus.

Python 3.11 standard library only.  Every generator takes (rng, ctx) and returns a string.
ctx is a dict with at least 'lang', 'country' (NL/BE/GB/US), 'pools' (the half's filler pools)
and 'abroad' (foreign country code chosen for this message).
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    if len(s) != 11:
        return False
    body, chk = s[:9], int(s[9:])
    return 97 - int(body) % 97 == chk or 97 - int("2" + body) % 97 == chk


# ---------------------------------------------------------------- high risk
WORDS_NL = ["zomer", "tulp", "fiets", "molen", "kaas", "hond", "poes", "regen", "zonnetje", "vakantie", "oma", "voetbal"]
WORDS_FR = ["soleil", "chaton", "maison", "frites", "bruxelles", "liberte", "papillon", "chocolat"]
WORDS_EN = ["sunshine", "monkey", "dragon", "summer", "chelsea", "liverpool", "football", "buster", "princess"]
SYMS = "!@#$%&*?_-."


def password(rng, ctx):
    lang = ctx["lang"]
    words = WORDS_FR if lang == "fr-be" else WORDS_EN if lang.startswith("en") else WORDS_NL
    k = rng.randrange(6)
    w = rng.choice(words)
    if k == 0:
        return w.capitalize() + digits(rng, rng.choice([2, 4])) + rng.choice(SYMS)
    if k == 1:
        return rng.choice(SYMS[:6]) + w + digits(rng, 3) + rng.choice(UP)
    if k == 2:
        pool = string.ascii_letters + DIG + "!#%&*"
        return "".join(rng.choice(pool) for _ in range(rng.randint(10, 16)))
    if k == 3:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet.capitalize() + digits(rng, 2) + rng.choice("!?#")
    if k == 4:
        w2 = rng.choice(words)
        return f"{w.capitalize()}{rng.choice('-_.')}{w2}{digits(rng, 2)}"
    return rng.choice(UP) + "".join(rng.choice(LOW + DIG) for _ in range(7)) + rng.choice("$%&")


def pin(rng, ctx):
    k = rng.randrange(5)
    if k == 0:
        return digits(rng, 6)
    if k == 1:
        return digits(rng, 5)
    return digits(rng, 4)


def puk(rng, ctx):
    return digits(rng, 8)


def otp(rng, ctx):
    k = rng.randrange(6)
    d = digits(rng, 6)
    if k == 0:
        return d[:3] + " " + d[3:]
    if k == 1:
        return d[:3] + "-" + d[3:]
    if k == 2:
        return "G-" + d
    if k == 3:
        return digits(rng, rng.choice([4, 5, 8]))
    return d


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp_words(rng, ctx):
    lang = ctx["lang"]
    key = "fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"
    d = digits(rng, 6)
    sep = rng.choice([" ", " - ", ", "])
    return sep.join(NUMW[key][int(c)] for c in d)


def wifi_key(rng, ctx):
    k = rng.randrange(4)
    if k == 0:
        return "".join(rng.choice(UP + DIG) for _ in range(4)) + "-" + "".join(rng.choice(UP + DIG) for _ in range(4)) + "-" + "".join(rng.choice(UP + DIG) for _ in range(4))
    if k == 1:
        return "".join(rng.choice("abcdef" + DIG) for _ in range(rng.choice([10, 16, 26])))
    if k == 2:
        return "".join(rng.choice(string.ascii_letters + DIG) for _ in range(rng.randint(12, 20)))
    return rng.choice(["Welkom", "Bienvenue", "Guest", "Gast"]) + digits(rng, 4) + rng.choice(["!", "#", "wifi", ""])


def username(rng, ctx):
    first = rng.choice(ctx["pools"]["first"]).lower()
    last = rng.choice(ctx["pools"]["last"]).lower().replace(" ", "").replace("'", "")
    k = rng.randrange(5)
    if k == 0:
        return f"{first}.{last}"
    if k == 1:
        return f"{first[0]}{last}{digits(rng, 2)}"
    if k == 2:
        return f"{first}_{digits(rng, 4)}"
    if k == 3:
        return f"{last}{first[0]}{rng.randint(1960, 2004)}"
    return f"{first}{last[:3]}"


def api_key(rng, ctx):
    k = rng.randrange(5)
    an = string.ascii_letters + DIG
    if k == 0:
        return rng.choice(["sk_live_", "pk_live_", "sk_test_"]) + "".join(rng.choice(an) for _ in range(24))
    if k == 1:
        return "AIza" + "".join(rng.choice(an + "-_") for _ in range(35))
    if k == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if k == 3:
        return "key-" + "".join(rng.choice(LOW + DIG) for _ in range(28))
    return "xkeysib-" + "".join(rng.choice("0123456789abcdef") for _ in range(40))


def aws_id(rng, ctx):
    return rng.choice(["AKIA", "ASIA"]) + "".join(rng.choice(UP + "234567") for _ in range(16))


def aws_secret(rng, ctx):
    return "".join(rng.choice(string.ascii_letters + DIG + "/+") for _ in range(40))


def token(rng, ctx):
    k = rng.randrange(4)
    an = string.ascii_letters + DIG
    if k == 0:
        import base64
        hdr = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        body = "eyJ" + "".join(rng.choice(an) for _ in range(40))
        sig = "".join(rng.choice(an + "-_") for _ in range(43))
        return f"{hdr}.{body}.{sig}"
    if k == 1:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    if k == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    return "ya29." + "".join(rng.choice(an + "-_") for _ in range(60))


def card(rng, ctx):
    k = rng.randrange(6)
    if k == 5:  # amex 4-6-5
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        sep = rng.choice([" ", "-", ""])
        ctx["_amex"] = True
        return sep.join([num[:4], num[4:10], num[10:]])
    prefix = rng.choice(["4", "4", "51", "53", "55", "2221", "6703"])
    num = luhn_complete(prefix + digits(rng, 15 - len(prefix)))
    ctx["_amex"] = False
    if k == 0:
        return num
    if k == 1:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if k == 2:
        return num[:4] + " " + num[4:8] + " " + num[8:12] + " " + num[12:]
    if k == 3:
        return num[:4] + "  " + num[4:8] + "  " + num[8:12] + "  " + num[12:]
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, ctx):
    return digits(rng, 4 if ctx.get("_amex") else 3)


def card_expiry(rng, ctx):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}-20{y}"])


def fmt_iban(rng, s):
    k = rng.randrange(6)
    if k in (0, 1, 2):
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif k == 3:
        out = s
    elif k == 4:
        out = (" ".join(s[i:i + 4] for i in range(0, len(s), 4))).lower()
    else:
        out = s.lower()
    return out


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban_nl(rng):
    return make_iban("NL", rng.choice(NL_BANKS) + "0" + digits(rng, 9))


def iban_be(rng):
    body = rng.choice(["001", "063", "068", "143", "310", "363", "734", "737", "973"]) + digits(rng, 7)
    c = int(body) % 97 or 97
    return make_iban("BE", f"{body}{c:02d}")


def iban_foreign(rng, cc=None):
    cc = cc or rng.choice(["DE", "FR", "ES", "GB", "PT", "LU"])
    if cc == "DE":
        return make_iban("DE", digits(rng, 18))
    if cc == "FR":
        return make_iban("FR", digits(rng, 10) + "".join(rng.choice(UP + DIG) for _ in range(11)) + digits(rng, 2))
    if cc == "ES":
        return make_iban("ES", digits(rng, 20))
    if cc == "GB":
        return make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    if cc == "PT":
        return make_iban("PT", digits(rng, 21))
    return make_iban("LU", digits(rng, 3) + "".join(rng.choice(UP + DIG) for _ in range(13)))


def iban(rng, ctx):
    c = ctx["country"]
    if c == "NL":
        s = iban_nl(rng)
    elif c == "BE":
        s = iban_be(rng)
    elif c == "GB":
        s = iban_foreign(rng, "GB") if rng.random() < 0.6 else iban_nl(rng)
    else:
        s = iban_nl(rng) if rng.random() < 0.5 else iban_foreign(rng)
    return fmt_iban(rng, s)


def iban_x(rng, ctx):
    cc = {"ES": "ES", "FR": "FR", "DE": "DE", "PT": "PT"}.get(ctx["abroad"], None)
    return fmt_iban(rng, iban_foreign(rng, cc))


def bsn_raw(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            assert bsn_ok(s)
            return s


def bsn(rng, ctx):
    s = bsn_raw(rng)
    k = rng.randrange(5)
    if k == 1:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if k == 2:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if k == 3:
        return f"{s[:3]}.{s[3:6]}.{s[6:]}"
    return s


def rrn(rng, ctx):
    y = rng.randint(1935, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    body = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    base = int(("2" if y >= 2000 else "") + body)
    chk = 97 - base % 97
    s = f"{body}{chk:02d}"
    assert rrn_ok(s)
    k = rng.randrange(4)
    if k == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if k == 1:
        return s
    if k == 2:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return f"{s[:6]}-{s[6:9]}-{s[9:]}"


def natid(rng, ctx):
    return rrn(rng, ctx) if ctx["country"] == "BE" else bsn(rng, ctx)


# ---------------------------------------------------------------- contact
def email(rng, ctx):
    p = ctx["pools"]
    f = rng.choice(p["first"]).lower()
    l = rng.choice(p["last"]).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(p["maildomains"])
    k = rng.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{digits(rng, 2)}", f"{l}.{f}", f"{f}_{rng.randint(1960, 2005)}", f"{f}{l[:1]}"][k]
    out = f"{local}@{dom}"
    if rng.random() < 0.08:
        out = out.capitalize()
    return out


def _nl_mobile(rng):
    n = digits(rng, 8)
    k = rng.randrange(9)
    return [f"06-{n}", f"06 {n[:4]} {n[4:]}", f"+31 6 {n}", f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"0031 6 {n}",
            f"06{n}", f"06 - {n}", f"+316{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"][k]


def _nl_land(rng):
    area = rng.choice(["020", "010", "030", "070", "040", "050", "024", "0318", "0499", "0546"])
    n = digits(rng, 10 - len(area))
    return rng.choice([f"{area}-{n}", f"{area} {n}", f"+31 {area[1:]} {n}", f"({area}) {n}"])


def _be_mobile(rng):
    p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "494", "495", "496", "497", "498", "499"])
    a, b, c = digits(rng, 2), digits(rng, 2), digits(rng, 2)
    return rng.choice([f"0{p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"+32 {p} {a} {b} {c}", f"0032 {p} {a}{b}{c}", f"0{p}{a}{b}{c}",
                       f"+32{p}{a}{b}{c}", f"0{p}/{a}{b}{c}", f"0{p}.{a}.{b}.{c}"])


def _be_land(rng):
    area = rng.choice(["02", "03", "09", "04", "016", "050", "011", "081", "010"])
    n = digits(rng, 8 - len(area) + 1)
    if len(area) == 2:
        return rng.choice([f"{area} {n[:3]} {n[3:5]} {n[5:]}", f"{area}/{n[:3]}.{n[3:5]}.{n[5:]}", f"+32 {area[1:]} {n[:3]} {n[3:5]} {n[5:]}"])
    return rng.choice([f"{area} {n[:2]} {n[2:4]} {n[4:]}", f"{area}/{n[:2]}.{n[2:4]}.{n[4:]}"])


def _gb_phone(rng):
    n = digits(rng, 6)
    k = rng.randrange(7)
    if k == 0:
        return f"07{rng.randint(400, 999)} {n}"
    if k == 1:
        return f"+44 7{rng.randint(400, 999)} {n}"
    if k == 2:
        return f"+44 (0)7{rng.randint(400, 999)} {n[:3]} {n[3:]}"
    if k == 3:
        return f"020 {digits(rng, 4)} {digits(rng, 4)}"
    if k == 4:
        return f"0161 {digits(rng, 3)} {digits(rng, 4)}"
    if k == 5:
        return f"07{rng.randint(400, 999)}{n}"
    return f"0{rng.choice(['113', '117', '121', '131', '141'])} {digits(rng, 3)} {digits(rng, 4)}"


def _us_phone(rng):
    a = rng.choice(["212", "312", "415", "617", "713", "206", "303", "404", "512", "646", "718", "919"])
    b = str(rng.randint(201, 989))
    c = digits(rng, 4)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}{b}{c}"])


def phone(rng, ctx):
    c = ctx["country"]
    if c == "NL":
        return _nl_mobile(rng) if rng.random() < 0.75 else _nl_land(rng)
    if c == "BE":
        return _be_mobile(rng) if rng.random() < 0.75 else _be_land(rng)
    if c == "GB":
        return _gb_phone(rng)
    return _us_phone(rng)


def phone_x(rng, ctx):
    a = ctx["abroad"]
    if a == "ES":
        n = "6" + digits(rng, 8)
        return rng.choice([f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"0034 {n}", f"+34{n}"])
    if a == "FR":
        n = rng.choice("67") + digits(rng, 8)
        return rng.choice([f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0033 {n}", f"+33 (0){n}"])
    if a == "DE":
        return rng.choice([f"+49 15{rng.randint(1, 9)} {digits(rng, 8)}", f"0049 17{rng.randint(0, 9)} {digits(rng, 7)}"])
    if a == "PT":
        return f"+351 9{rng.randint(1, 6)}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}"
    if a == "TH":
        return f"+66 8{rng.randint(1, 9)} {digits(rng, 3)} {digits(rng, 4)}"
    if a == "US":
        return _us_phone(rng)
    if a == "GB":
        return _gb_phone(rng)
    return f"+31 6 {digits(rng, 8)}"


def _house(rng):
    n = str(rng.randint(1, 240))
    r = rng.random()
    if r < 0.12:
        n += rng.choice("abcABC")
    elif r < 0.2:
        n += rng.choice(["-2", " hs", "-III", " bis", "-1"])
    return n


def address_for(rng, ctx, country):
    p = ctx["pools"]
    if country == "NL":
        st = rng.choice(p["street_nl"])
        city = rng.choice(p["city_nl"])
        pc = f"{rng.randint(1011, 9999)}{rng.choice([' ', '', ' '])}{rng.choice(UP)}{rng.choice(UP)}"
        k = rng.randrange(5)
        if k == 0:
            return f"{st} {_house(rng)}"
        if k == 1:
            return f"{st} {_house(rng)}, {pc} {city}"
        if k == 2:
            return f"{st} {_house(rng)} {pc} {city.upper()}"
        if k == 3:
            return f"{st} {_house(rng)}\n{pc} {city}"
        return f"{st.lower()} {_house(rng)} {city.lower()}"
    if country == "BE":
        st = rng.choice(p["street_be"])
        city, pc = rng.choice(p["city_be"])
        k = rng.randrange(5)
        if k == 0:
            return f"{st} {_house(rng)}, {pc} {city}"
        if k == 1:
            return f"{st} {rng.randint(1, 150)} bus {rng.randint(1, 30)}, {pc} {city}"
        if k == 2:
            return f"{st} {rng.randint(1, 150)}/{rng.randint(1, 12)} {pc} {city}"
        if k == 3:
            return f"{st} {_house(rng)}\n{pc} {city}"
        return f"{st} {_house(rng)}"
    if country == "GB":
        st = rng.choice(p["street_gb"])
        city = rng.choice(p["city_gb"])
        pc = f"{rng.choice(['SW', 'NW', 'E', 'M', 'LS', 'B', 'BS', 'EH', 'G', 'CF'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(UP)}{rng.choice(UP)}"
        k = rng.randrange(5)
        if k == 0:
            return f"{rng.randint(1, 220)} {st}, {city} {pc}"
        if k == 1:
            return f"Flat {rng.randint(1, 40)}, {rng.randint(1, 120)} {st}, {city}, {pc}"
        if k == 2:
            return f"{rng.randint(1, 220)} {st}\n{city}\n{pc}"
        if k == 3:
            return f"{rng.randint(1, 220)} {st.lower()} {pc.lower()}"
        return f"{rng.randint(1, 220)} {st}"
    if country == "US":
        st = rng.choice(p["street_us"])
        city, state = rng.choice(p["city_us"])
        z = digits(rng, 5)
        k = rng.randrange(5)
        if k == 0:
            return f"{rng.randint(10, 9999)} {st}, {city}, {state} {z}"
        if k == 1:
            return f"{rng.randint(10, 9999)} {st} Apt {rng.randint(1, 30)}{rng.choice('ABCD')}, {city}, {state} {z}"
        if k == 2:
            return f"{rng.randint(10, 9999)} {st}\n{city}, {state} {z}"
        if k == 3:
            return f"{rng.randint(10, 9999)} {st} #{rng.randint(100, 999)}, {city} {state} {z}"
        return f"{rng.randint(10, 9999)} {st}"
    if country == "ES":
        return rng.choice([f"Calle {rng.choice(['Mayor', 'del Sol', 'de la Paz', 'Real', 'San Miguel'])} {rng.randint(1, 90)}, {rng.randint(1, 6)}º {rng.choice('ABCD')}, {rng.randint(3000, 46999):05d} {rng.choice(['Alicante', 'Málaga', 'Torrevieja', 'Valencia', 'Benidorm'])}",
                           f"Avenida {rng.choice(['del Mar', 'Europa', 'de Andalucía'])} {rng.randint(1, 200)}, {rng.randint(3000, 29999):05d} {rng.choice(['Marbella', 'Denia', 'Altea', 'Estepona'])}"])
    if country == "FR":
        return f"{rng.randint(1, 90)} {rng.choice(['rue des Lilas', 'avenue Jean Jaurès', 'chemin des Vignes', 'rue de la République', 'impasse du Moulin'])}, {rng.randint(10, 95)}{digits(rng, 3)} {rng.choice(['Nice', 'Lyon', 'Montpellier', 'Lille', 'Antibes', 'Bordeaux'])}"
    if country == "DE":
        return f"{rng.choice(['Hauptstraße', 'Bahnhofstr.', 'Lindenweg', 'Schillerstraße', 'Gartenstraße'])} {rng.randint(1, 120)}, {digits(rng, 5)} {rng.choice(['Berlin', 'Köln', 'Düsseldorf', 'Aachen', 'Hamburg'])}"
    if country == "PT":
        return f"Rua {rng.choice(['Augusta', 'das Flores', 'do Carmo', 'da Liberdade'])} {rng.randint(1, 150)}, {rng.randint(1000, 8999)}-{digits(rng, 3)} {rng.choice(['Lisboa', 'Faro', 'Porto', 'Lagos'])}"
    if country == "TH":
        return f"{rng.randint(1, 300)}/{rng.randint(1, 99)} Moo {rng.randint(1, 9)}, {rng.choice(['Chaweng', 'Rawai', 'Kamala', 'Nong Prue'])}, {rng.choice(['Koh Samui', 'Phuket', 'Pattaya'])} {rng.randint(20000, 84999)}"
    return f"{rng.randint(1, 200)} {rng.choice(p['street_gb'])}"


def address(rng, ctx):
    return address_for(rng, ctx, ctx["country"])


def address_x(rng, ctx):
    return address_for(rng, ctx, ctx["abroad"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _fmt_date(rng, ctx, y, m, d, allow_short=True):
    lang = ctx["lang"]
    key = "fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"
    mn = MONTHS[key][m - 1]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif lang == "en-gb":
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d}{suf} {mn} {y}", f"{d} {mn[:3]} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
    elif key == "fr":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
    return rng.choice(opts)


def dob(rng, ctx):
    return _fmt_date(rng, ctx, rng.randint(1932, 2005), rng.randint(1, 12), rng.randint(1, 28))


def customer_number(rng, ctx):
    k = rng.randrange(8)
    if k == 0:
        return digits(rng, 8)
    if k == 1:
        return str(rng.randint(1, 9)) + digits(rng, 9)
    if k == 2:
        return f"KL{digits(rng, 7)}"
    if k == 3:
        return f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"
    if k == 4:
        return f"C-{digits(rng, 6)}"
    if k == 5:
        return digits(rng, 7)
    if k == 6:
        return f"{rng.choice(UP)}{rng.choice(UP)}{digits(rng, 6)}"
    return f"00{digits(rng, 8)}"


def policy_number(rng, ctx):
    k = rng.randrange(6)
    if k == 0:
        return f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}"
    if k == 1:
        return f"UV-{digits(rng, 7)}"
    if k == 2:
        return f"POL{digits(rng, 8)}"
    if k == 3:
        return digits(rng, 10)
    if k == 4:
        return f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    return f"LV/{digits(rng, 6)}/{rng.randint(1, 9)}"


def member_number(rng, ctx):
    k = rng.randrange(5)
    if k == 0:
        return digits(rng, 6)
    if k == 1:
        return f"M{digits(rng, 7)}"
    if k == 2:
        return f"FIT-{digits(rng, 5)}"
    if k == 3:
        return f"{digits(rng, 4)}-{digits(rng, 4)}"
    return f"0{digits(rng, 9)}"


def ean(rng, ctx):
    s = ("871" if ctx["country"] != "BE" else "541") + digits(rng, 15)
    return s if rng.random() < 0.7 else " ".join(s[i:i + 6] for i in range(0, 18, 6))


def ip(rng, ctx):
    if rng.random() < 0.15:
        return f"2a02:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xfff):x}"
    return rng.choice([f"{rng.randint(77, 217)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"84.{rng.randint(24, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"81.{rng.randint(82, 83)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


# ---------------------------------------------------------------- negatives
def date(rng, ctx):
    return _fmt_date(rng, ctx, rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))


def time_(rng, ctx):
    h, m = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 30, 45, 50])
    lang = ctx["lang"]
    if lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}:{m:02d}{'AM' if h < 12 else 'PM'}", f"{h:02d}:{m:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}", f"{h}:{m:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h:02d}:{m:02d}", f"{h} h {m:02d}"])
    if lang == "nl-be":
        return rng.choice([f"{h}u{m:02d}", f"{h}u", f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur"])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur", f"{h}:{m:02d}u", f"{h} uur"])


def amount(rng, ctx):
    lang = ctx["lang"]
    e, c = rng.randint(3, 2400), rng.choice([0, 50, 95, 99, 25, 49])
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e:,}", f"USD {e}.{c:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{e},{c:02d} €", f"{e} euros", f"€{e},{c:02d}", f"{e},{c:02d} EUR"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e} euro", f"EUR {e},{c:02d}", f"{e},{c:02d} eur"])


QTY = {
    "nl": ["{n} doosjes", "{n} strips", "{n} tabletten", "{n} stuks", "{n} afdrukken", "{n} sessies", "{n} verhuisdozen", "{n} m3", "{n} foto's"],
    "fr": ["{n} boîtes", "{n} comprimés", "{n} tirages", "{n} séances", "{n} cartons", "{n} pièces", "{n} m³"],
    "en": ["{n} boxes", "{n} packs", "{n} tablets", "{n} prints", "{n} sessions", "{n} crates", "{n} items", "{n} bottles"],
}


def quantity(rng, ctx):
    lang = ctx["lang"]
    key = "fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"
    return rng.choice(QTY[key]).format(n=rng.choice([2, 3, 4, 5, 6, 10, 12, 20, 24, 30, 50, 60, 90, 100]))


def percentage(rng, ctx):
    v = rng.choice(["21", "6", "10", "15", "25", "3,5", "4.2", "50", "12"])
    if ctx["lang"].startswith("en"):
        v = v.replace(",", ".")
    return rng.choice([f"{v}%", f"{v} %", f"{v}%"])


def year(rng, ctx):
    return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025]))


def order_number(rng, ctx):
    return rng.choice([digits(rng, 10), f"#{digits(rng, 6)}", f"ORD-{digits(rng, 7)}", f"{rng.choice(['NL', 'BE', 'UK'])}-{rng.choice([2024, 2025])}-{digits(rng, 6)}",
                       f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"B{digits(rng, 8)}", f"W{digits(rng, 9)}"])


def ticket_number(rng, ctx):
    return rng.choice([f"#{digits(rng, 7)}", f"CS-{digits(rng, 6)}", f"Z-{rng.choice([2024, 2025])}-{digits(rng, 5)}", f"CLM{digits(rng, 7)}",
                       f"{digits(rng, 8)}", f"INC{digits(rng, 7)}", f"SR-{digits(rng, 6)}", f"KL-{digits(rng, 5)}"])


def invoice_number(rng, ctx):
    return rng.choice([f"F{rng.choice([2024, 2025])}-{digits(rng, 5)}", f"INV-{digits(rng, 6)}", f"{rng.choice([2024, 2025])}{digits(rng, 6)}",
                       f"FAC/{digits(rng, 4)}/{rng.choice([24, 25])}", f"VF{digits(rng, 7)}", f"Q-{digits(rng, 5)}"])


def tracking_number(rng, ctx):
    return rng.choice([f"3S{''.join(rng.choice(UP) for _ in range(4))}{digits(rng, 9)}", f"JVGL{digits(rng, 16)}", f"1Z{''.join(rng.choice(UP + DIG) for _ in range(6))}{digits(rng, 10)}",
                       f"CD{digits(rng, 9)}BE", f"32{digits(rng, 22)}", f"{''.join(rng.choice(UP) for _ in range(2))}{digits(rng, 9)}GB", f"9400{digits(rng, 18)}"])


def request_id(rng, ctx):
    h = "0123456789abcdef"
    if rng.random() < 0.5:
        g = [8, 4, 4, 4, 12]
        return "-".join("".join(rng.choice(h) for _ in range(n)) for n in g)
    return rng.choice(["req_", "rid-", "X-Req-"]) + "".join(rng.choice(h + "ABCDEF") for _ in range(16))


def error_code(rng, ctx):
    return rng.choice([f"E{rng.randint(100, 999)}", f"ERR_{rng.choice(['AUTH_FAILED', 'TIMEOUT', 'SESSION_EXPIRED', 'UPLOAD_4', 'PAYMENT_DECLINED'])}", f"0x{rng.randint(0x80000000, 0x8007FFFF):08X}",
                       f"HTTP {rng.choice([401, 403, 404, 500, 502, 503])}", f"code {rng.randint(10, 99)}-{rng.randint(100, 999)}", f"E-{digits(rng, 4)}", f"AUTH-{rng.randint(100, 999)}"])


def version_string(rng, ctx):
    a, b, c = rng.randint(1, 17), rng.randint(0, 30), rng.randint(0, 99)
    return rng.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b} (build {digits(rng, 4)})", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}", f"{a}.{b}.{c}-beta"])


def model_number(rng, ctx):
    return rng.choice(ctx["pools"]["models"])


def product_code(rng, ctx):
    return rng.choice([f"CNK {digits(rng, 7)}", f"PZN {digits(rng, 8)}", f"SKU-{digits(rng, 6)}", f"ART.{digits(rng, 5)}", f"Z-index {digits(rng, 8)}",
                       f"GC-{''.join(rng.choice(UP + DIG) for _ in range(8))}", f"FB-A4-{digits(rng, 3)}", f"PR{digits(rng, 4)}-{rng.choice(['MAT', 'GL'])}"])


def flight_number(rng, ctx):
    return rng.choice(["KL", "HV", "FR", "SN", "U2", "BA", "TB", "VY", "UA", "LH"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def company_phone(rng, ctx):
    c = ctx["country"]
    if c == "NL":
        return rng.choice([f"0800-{digits(rng, 4)}", f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0900-{digits(rng, 4)}", f"085 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 3)} {digits(rng, 4)}"])
    if c == "BE":
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 2)} {digits(rng, 3)}", f"070/{digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 2)}", f"02 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"])
    if c == "GB":
        return rng.choice([f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0330 {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}", f"1 (877) {digits(rng, 3)}-{digits(rng, 4)}"])


def company_registration(rng, ctx):
    c = ctx["country"]
    if c == "NL":
        return rng.choice([f"KvK {digits(rng, 8)}", f"KvK-nummer {digits(rng, 8)}", f"BTW NL{digits(rng, 9)}B0{rng.randint(1, 3)}", f"NL{digits(rng, 9)}B01"])
    if c == "BE":
        return rng.choice([f"BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"ondernemingsnummer 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"BCE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"TVA BE0{digits(rng, 9)}", f"RPR Gent BE0{digits(rng, 9)}"])
    if c == "GB":
        return rng.choice([f"Company No. {digits(rng, 8)}", f"VAT GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"Registered in England No. {digits(rng, 8)}"])
    return rng.choice([f"EIN {digits(rng, 2)}-{digits(rng, 7)}", f"SIREN {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"])


def url(rng, ctx):
    return rng.choice(ctx["pools"]["urls"])


def mention(rng, ctx):
    return rng.choice(ctx["pools"]["mentions"])


def hashtag(rng, ctx):
    return rng.choice(ctx["pools"]["hashtags"])


def masked_value(rng, ctx):
    return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** **{digits(rng, 2)} {digits(rng, 2)}", f"BE** **** **** {digits(rng, 2)}{digits(rng, 2)}",
                       f"06-****{digits(rng, 4)}", f"XXXX-XXXX-XXXX-{digits(rng, 4)}", f"{rng.choice(LOW)}***{rng.choice(LOW)}@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}",
                       f"+32 4** ** ** {digits(rng, 2)}", f"•••• {digits(rng, 4)}", f"xxxxxx{digits(rng, 3)}"])


def meter_reading(rng, ctx):
    return rng.choice([f"{digits(rng, 5)} kWh", f"{rng.randint(100, 9999)},{digits(rng, 3)} m3", f"{digits(rng, 6)}", f"{rng.randint(1000, 99999)} kWh", f"{rng.randint(100, 9999)}.{digits(rng, 2)} m³"])


def port(rng, ctx):
    return str(rng.choice([8080, 443, 22, 3389, 8443, 5000, 1883, 25, 587, 993, 8888]))


def checksum(rng, ctx):
    h = "0123456789abcdef"
    return "".join(rng.choice(h) for _ in range(rng.choice([32, 40, 64])))
