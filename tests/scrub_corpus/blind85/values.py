"""Value generators for the blind85 corpus (labelled values and hard negatives).

Every generator takes a context object `c` with `c.rng` (random.Random), `c.lang` and `c.pool(name)`
(half-specific filler pools) and returns a string.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def en(lang):
    return lang.startswith("en")


def be(lang):
    return lang in ("nl-be", "fr-be")


# ---------------------------------------------------------------- check-digit helpers
def luhn_ok(num):
    d = [int(x) for x in num if x.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return f"{cc}{98 - n % 97:02d}{bban}"


def bsn_ok(s):
    d = [int(x) for x in s if x.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(w * v for w, v in zip(range(9, 1, -1), d[:8])) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(x for x in s if x.isdigit())
    if len(d) != 11:
        return False
    chk = int(d[9:])
    return 97 - int(d[:9]) % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


def kbo_ok(s):
    d = "".join(x for x in s if x.isdigit())
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


# ---------------------------------------------------------------- labelled values
def card(c):
    r = c.rng
    kind = r.random()
    if kind < 0.45:
        num = luhn_complete("4", 16, r)
    elif kind < 0.8:
        num = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    elif kind < 0.9:
        num = luhn_complete(r.choice(["34", "37"]), 15, r)
        f = r.random()
        if f < 0.5:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    else:
        num = luhn_complete("6703", 17, r) if r.random() < 0.5 else luhn_complete("4", 16, r)
    assert luhn_ok(num)
    f = r.random()
    if len(num) != 16:
        return num
    if f < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if f < 0.65:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if f < 0.75:
        return ".".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def cvv(c):
    return digits(c.rng, 3 if c.rng.random() < 0.9 else 4)


def card_expiry(c):
    r = c.rng
    m = r.randint(1, 12)
    y = r.randint(25, 31)
    f = r.random()
    if f < 0.45:
        return f"{m:02d}/{y}"
    if f < 0.6:
        return f"{m:02d}-20{y}"
    if f < 0.75:
        return f"{m:02d}/20{y}"
    if f < 0.85:
        return f"{m}/{y}"
    return f"{m:02d}{y}" if r.random() < 0.5 else f"{m:02d} / {y}"


NL_BANKS = ["INGB", "ABNA", "RABO", "TRIO", "BUNQ", "KNAB", "SNSB", "ASNB", "RBRB"]


def iban(c):
    r = c.rng
    p = r.random()
    if c.lang == "nl":
        cc = "NL" if p < 0.8 else r.choice(["BE", "DE", "FR"])
    elif be(c.lang):
        cc = "BE" if p < 0.8 else r.choice(["NL", "FR", "LU"])
    elif c.lang == "en-gb":
        cc = "GB" if p < 0.6 else r.choice(["NL", "IE", "DE"])
    else:
        cc = r.choice(["NL", "GB", "DE", "BE"])
    if cc == "NL":
        bban = r.choice(NL_BANKS) + digits(r, 10)
    elif cc == "BE":
        acc = digits(r, 10)
        chk = int(acc) % 97 or 97
        bban = acc + f"{chk:02d}"
    elif cc == "DE":
        bban = digits(r, 18)
    elif cc == "FR":
        bban = digits(r, 10) + digits(r, 11) + digits(r, 2)
    elif cc == "LU":
        bban = digits(r, 3) + digits(r, 13)
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI"]) + digits(r, 14)
    else:
        bban = r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digits(r, 14)
    s = iban_make(cc, bban)
    assert iban_ok(s)
    f = r.random()
    if f < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif f < 0.58:
        s = s.lower()
    elif f < 0.64:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    return s


def bsn(c):
    r = c.rng
    if be(c.lang):
        return rrn(c)
    while True:
        d = [r.choice("123456789")] + [r.choice(DIG) for _ in range(7)]
        tot = sum(w * int(v) for w, v in zip(range(9, 1, -1), d))
        last = tot % 11
        if last < 10:
            s = "".join(d) + str(last)
            break
    assert bsn_ok(s)
    f = r.random()
    if f < 0.6:
        return s
    if f < 0.8:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def rrn(c):
    r = c.rng
    y = r.randint(1950, 2006)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    seq = r.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    chk = 97 - n % 97
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    f = r.random()
    if f < 0.5:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if f < 0.75:
        return s
    if f < 0.9:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    return f"{s[:6]} {s[6:9]} {s[9:]}"


def phone(c):
    r = c.rng
    L = c.lang
    f = r.random()
    if L == "nl":
        if f < 0.7:
            n = "6" + digits(r, 8)
            return r.choice([
                f"0{n[0]}-{n[1:]}", f"0{n}", f"0{n[0]} {n[1:5]} {n[5:]}", f"+31 {n[0]} {n[1:]}",
                f"+31{n}", f"0031 {n[0]} {n[1:5]} {n[5:]}", f"0{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}",
                f"+31 (0){n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
        area = r.choice(["20", "10", "30", "70", "40", "50", "71", "72", "73", "76", "23"])
        rest = digits(r, 7, True)
        return r.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}",
                         f"(0{area}) {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{area}{rest}"])
    if be(L):
        if f < 0.7:
            n = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486",
                          "488", "491", "492", "493", "494", "496", "497", "498", "499"]) + digits(r, 6)
            return r.choice([
                f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", f"0{n}",
                f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32{n}", f"0032 {n[:3]} {n[3:6]} {n[6:]}",
                f"0{n[:3]}/{n[3:6]}.{n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"+32 (0){n[:3]} {n[3:]}"])
        area = r.choice(["2", "3", "9", "4"])
        rest = digits(r, 7, True)
        return r.choice([f"0{area} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{area}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                         f"+32 {area} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{area}{rest}"])
    if L == "en-gb":
        if f < 0.7:
            n = "7" + r.choice(["700", "400", "500", "800", "900", "911", "956", "723", "588"]) + digits(r, 6)
            return r.choice([f"0{n[:4]} {n[4:]}", f"0{n}", f"+44 {n[:4]} {n[4:]}", f"+44{n}",
                             f"+44 (0){n[:4]} {n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0044 {n[:4]} {n[4:]}"])
        rest = digits(r, 8, True)
        return r.choice([f"020 {rest[:4]} {rest[4:]}", f"0161 {rest[:3]} {rest[3:7]}", f"+44 20 {rest[:4]} {rest[4:]}",
                         f"0113 {rest[:3]} {rest[3:7]}", f"(0117) {rest[:3]} {rest[3:7]}"])
    a = r.choice(["212", "312", "415", "617", "646", "718", "213", "404", "512", "206", "303", "773", "929"])
    x = digits(r, 3, True).replace("555", "556")
    y = digits(r, 4)
    return r.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"+1 ({a}) {x}-{y}",
                     f"1-{a}-{x}-{y}", f"{a}{x}{y}", f"+1{a}{x}{y}", f"{a} {x} {y}"])


def email(c):
    r = c.rng
    first = c.pool("first").lower().replace(" ", "")
    last = c.pool("last").lower().replace(" ", "").replace("'", "")
    biz = c.pool("bizslug")
    dom_p = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl", "planet.nl"],
             "nl-be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "outlook.be", "proximus.be"],
             "fr-be": ["gmail.com", "skynet.be", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr"],
             "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
             "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com"]}[c.lang]
    tld = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "co.uk", "en-us": "com"}[c.lang]
    f = r.random()
    if f < 0.35:
        return f"{first}.{last}@{r.choice(dom_p)}"
    if f < 0.5:
        return f"{first[0]}{last}{r.randint(1, 99)}@{r.choice(dom_p)}"
    if f < 0.6:
        return f"{first}_{last}@{r.choice(dom_p)}"
    if f < 0.75:
        return f"{r.choice(['info', 'admin', 'boekhouding', 'office', 'hello', 'contact', 'factuur', 'facturen'])}@{biz}.{tld}"
    if f < 0.9:
        return f"{first}@{biz}.{tld}"
    return f"{first.capitalize()}.{last.capitalize()}@{r.choice(dom_p)}"


def address(c):
    r = c.rng
    L = c.lang
    num = str(r.randint(1, 240))
    if L == "nl":
        st = c.pool("street_nl")
        if r.random() < 0.2:
            num += r.choice(["A", "-2", " hs", "B", "-III", "bis", " 3hg"])
        pc = f"{r.randint(1000, 9999)} {r.choice(UP)}{r.choice(UP)}"
        city = c.pool("city_nl")
        f = r.random()
        if f < 0.1:
            return f"Postbus {r.randint(10, 9999)}, {pc} {city}"
        if f < 0.4:
            return f"{st} {num}, {pc} {city}"
        if f < 0.55:
            return f"{st} {num} {pc.replace(' ', '')} {city.upper()}"
        if f < 0.75:
            return f"{st} {num}"
        return f"{st.lower()} {num} {pc.lower().replace(' ', '')} {city}"
    if L == "nl-be":
        st = c.pool("street_benl")
        if r.random() < 0.25:
            num += r.choice([" bus 3", "/2", " bus 101", "A", " b12"])
        pc = str(r.randint(1000, 9999))
        city = c.pool("city_benl")
        f = r.random()
        if f < 0.08:
            return f"Postbus {r.randint(10, 999)}, {pc} {city}"
        if f < 0.5:
            return f"{st} {num}, {pc} {city}"
        if f < 0.7:
            return f"{st} {num}"
        return f"{st.lower()} {num} {pc} {city}"
    if L == "fr-be":
        st = c.pool("street_fr")
        if r.random() < 0.25:
            num += r.choice([" bte 3", "/12", " boîte 2", "B"])
        pc = str(r.randint(1000, 7999))
        city = c.pool("city_fr")
        f = r.random()
        if f < 0.08:
            return f"Boîte postale {r.randint(10, 999)}, {pc} {city}"
        if f < 0.5:
            return f"{st} {num}, {pc} {city}"
        if f < 0.7:
            return f"{st}, {num} - {pc} {city}"
        return f"{st} {num}"
    if L == "en-gb":
        st = c.pool("street_uk")
        city, pcp = c.pool("city_uk")
        pc = f"{pcp}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice(UP)}{r.choice(UP)}"
        f = r.random()
        if f < 0.1:
            return f"PO Box {r.randint(10, 9999)}, {city} {pc}"
        if f < 0.25:
            return f"Flat {r.randint(1, 40)}, {num} {st}, {city} {pc}"
        if f < 0.6:
            return f"{num} {st}, {city}, {pc}"
        if f < 0.75:
            return f"{num} {st}"
        return f"{num} {st} {city} {pc}"
    st = c.pool("street_us")
    city, state, zp = c.pool("city_us")
    zipc = f"{zp}{r.randint(10, 99)}"
    f = r.random()
    if f < 0.1:
        return f"P.O. Box {r.randint(10, 99999)}, {city}, {state} {zipc}"
    if f < 0.3:
        return f"{r.randint(100, 9999)} {st}, Apt {r.randint(1, 30)}{r.choice('ABCD')}, {city}, {state} {zipc}"
    if f < 0.65:
        return f"{r.randint(100, 9999)} {st}, {city}, {state} {zipc}"
    if f < 0.8:
        return f"{r.randint(100, 9999)} {st}"
    return f"{r.randint(100, 9999)} {st} {city} {state} {zipc}"


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def mkey(lang):
    return "fr" if lang == "fr-be" else ("en" if en(lang) else "nl")


def date_of_birth(c):
    r = c.rng
    y = r.randint(1948, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    mon = MONTHS[mkey(c.lang)][m - 1]
    f = r.random()
    if c.lang == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    if c.lang == "en-gb":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}th {mon} {y}" if d > 3 else f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"])
    if f < 0.35:
        return f"{d:02d}-{m:02d}-{y}"
    if f < 0.55:
        return f"{d} {mon} {y}"
    if f < 0.75:
        return f"{d:02d}/{m:02d}/{y}"
    if f < 0.85:
        return f"{d}-{m}-{y % 100:02d}" if r.random() < 0.5 else f"{d:02d}.{m:02d}.{y}"
    return f"{y}-{m:02d}-{d:02d}"


def customer_number(c):
    r = c.rng
    L = c.lang
    pats = [
        lambda: digits(r, r.choice([7, 8, 9, 10]), True),
        lambda: f"{r.choice(['BA', 'ZK', 'B2B', 'BUS', 'ZAK', 'KB'])}-{digits(r, 7, True)}",
        lambda: f"{digits(r, 3, True)} {digits(r, 3)} {digits(r, 3)}",
        lambda: f"{r.choice(UP)}{r.choice(UP)}{digits(r, 8)}",
        lambda: f"{digits(r, 4, True)}-{digits(r, 4)}-{digits(r, 2)}",
        lambda: f"1.{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}" if be(L) else f"{digits(r, 2, True)}.{digits(r, 3)}.{digits(r, 3)}",
        lambda: f"{r.choice(['C', 'K', 'A', 'M'])}{digits(r, 9, True)}",
    ]
    if en(L):
        pats.append(lambda: f"{digits(r, 4, True)} {digits(r, 4)} {digits(r, 2)}")
        pats.append(lambda: f"ACC{digits(r, 8)}")
    return r.choice(pats)()


def iccid(c):
    r = c.rng
    cc = {"nl": "31", "nl-be": "32", "fr-be": "32", "en-gb": "44", "en-us": "01"}[c.lang]
    s = "89" + cc + digits(r, 15)
    s = luhn_complete(s, 20, r) if r.random() < 0.5 else luhn_complete(s[:18], 19, r)
    if r.random() < 0.3:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def service_id(c):
    r = c.rng
    return r.choice([f"{r.choice(['DSL', 'FTTH', 'GLV', 'BB'])}{digits(r, 8)}", f"{r.choice(['OO', 'DD'])}{digits(r, 9)}",
                     f"IBB-{digits(r, 7)}", f"{digits(r, 10, True)}"])


WORDS_PW = ["Zomer", "Winter", "Hond", "Kat", "Appel", "Tulp", "Voetbal", "Bakkerij", "Kapsalon", "Garage", "Soleil",
            "Chien", "Maison", "Sunshine", "Dragon", "Monkey", "Summer", "Liverpool", "Chelsea", "Tigers", "Yankees",
            "Welkom", "Bienvenue", "Welcome", "Kassa", "Loodgieter", "Frituur", "Koffie", "Pizza", "Bloemen"]


def password(c):
    r = c.rng
    f = r.random()
    if f < 0.35:
        return f"{r.choice(WORDS_PW)}{r.randint(1, 2025)}{r.choice(['!', '?', '#', '', '!!', '@', '*'])}"
    if f < 0.6:
        chars = string.ascii_letters + DIG + "!#%&*@$?-_"
        s = "".join(r.choice(chars) for _ in range(r.randint(9, 16)))
        return r.choice(UP) + s + r.choice(DIG)
    if f < 0.75:
        return f"{r.choice(WORDS_PW).lower()}{r.choice(['_', '.', '-', ''])}{r.choice(WORDS_PW).lower()}{r.randint(1, 99)}"
    if f < 0.9:
        return f"{r.choice(WORDS_PW)}-{r.choice(WORDS_PW)}-{r.choice(WORDS_PW)}-{r.randint(1, 9)}"
    return "".join(r.choice(LOW + DIG) for _ in range(r.randint(8, 12)))


def router_password(c):
    r = c.rng
    return r.choice([
        lambda: "".join(r.choice(UP + DIG) for _ in range(8)),
        lambda: "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)),
        lambda: password(c),
    ])()


def pin(c):
    r = c.rng
    n = r.choice([4, 4, 4, 4, 5, 6])
    s = digits(r, n)
    if r.random() < 0.1 and n == 4:
        return " ".join(s)
    return s


def door_code(c):
    r = c.rng
    s = digits(r, r.choice([4, 5, 6]))
    return r.choice([s, s, s + "#", "*" + s, s[:2] + "-" + s[2:]]) if r.random() < 0.4 else s


def puk(c):
    r = c.rng
    s = digits(r, 8)
    f = r.random()
    if f < 0.7:
        return s
    if f < 0.85:
        return f"{s[:4]} {s[4:]}"
    return f"{s[:4]}-{s[4:]}"


OTPW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en": "zero one two three four five six seven eight nine".split()}


def otp(c):
    r = c.rng
    f = r.random()
    s = digits(r, r.choice([6, 6, 6, 5, 4, 8]))
    if f < 0.7:
        return s
    if f < 0.82:
        return f"{s[:3]} {s[3:]}" if len(s) == 6 else s
    if f < 0.9:
        return f"{s[:3]}-{s[3:]}" if len(s) == 6 else s
    return f"{r.choice(['G', 'K', 'P', 'T'])}-{digits(r, 6)}"


def otp_words(c):
    r = c.rng
    w = OTPW[mkey(c.lang)]
    n = r.choice([4, 5, 6])
    sep = r.choice([" ", " ", ", ", "-", " - "])
    return sep.join(r.choice(w) for _ in range(n))


def pickup_code(c):
    r = c.rng
    f = r.random()
    if f < 0.5:
        return digits(r, 6)
    if f < 0.7:
        return digits(r, 4) if r.random() < 0.5 else digits(r, 8)
    if f < 0.85:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return f"{digits(r, 3)} {digits(r, 3)}"


def pac(c):
    r = c.rng
    if c.lang == "en-gb":
        return r.choice([f"{''.join(r.choice(UP) for _ in range(3))}{digits(r, 6)}",
                         f"STAC{digits(r, 5)}{''.join(r.choice(UP) for _ in range(1))}"])
    if c.lang == "en-us":
        return digits(r, r.choice([4, 6, 8]))
    # NL / BE porting: easy-switch / transfer code
    return r.choice([f"{''.join(r.choice(UP) for _ in range(3))}{digits(r, 6)}", digits(r, 8),
                     f"{''.join(r.choice(UP + DIG) for _ in range(4))}-{''.join(r.choice(UP + DIG) for _ in range(4))}"])


def wifi_key(c):
    r = c.rng
    f = r.random()
    if f < 0.3:
        return "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.choice([10, 12, 16])))
    if f < 0.55:
        return "".join(r.choice(UP + DIG) for _ in range(r.choice([8, 10, 12])))
    if f < 0.75:
        return "".join(r.choice("0123456789ABCDEF") for _ in range(26))[: r.choice([16, 20, 26])]
    return password(c)


def username(c):
    r = c.rng
    first = c.pool("first").lower().replace(" ", "")
    last = c.pool("last").lower().replace(" ", "").replace("'", "")
    biz = c.pool("bizslug")
    return r.choice([f"{first}.{last}", f"{first[0]}{last}{r.randint(1, 99)}", f"{biz}_admin", f"{last}{r.randint(70, 99)}",
                     f"{biz}{r.randint(1, 9)}", f"{first}_{biz}", f"{first.capitalize()}{last.capitalize()}",
                     f"{biz}.{first}"])


def api_key(c):
    r = c.rng
    an = string.ascii_letters + DIG
    f = r.random()
    if f < 0.25:
        return f"sk_live_{''.join(r.choice(an) for _ in range(24))}"
    if f < 0.4:
        return f"AKIA{''.join(r.choice(UP + DIG) for _ in range(16))}"
    if f < 0.5:
        return f"SG.{''.join(r.choice(an) for _ in range(22))}.{''.join(r.choice(an + '-_') for _ in range(43))}"
    if f < 0.65:
        return f"AIza{''.join(r.choice(an + '-_') for _ in range(35))}"
    if f < 0.8:
        return "".join(r.choice("0123456789abcdef") for _ in range(32))
    if f < 0.9:
        return f"{r.choice(['mb', 'msg', 'sms', 'live'])}_{''.join(r.choice(an) for _ in range(28))}"
    return f"xkeysib-{''.join(r.choice('0123456789abcdef') for _ in range(64))}-{''.join(r.choice(an) for _ in range(16))}"


def aws_secret(c):
    r = c.rng
    return "".join(r.choice(string.ascii_letters + DIG + "/+") for _ in range(40))


def token(c):
    r = c.rng
    an = string.ascii_letters + DIG
    f = r.random()
    if f < 0.3:
        def b64(n):
            return "".join(r.choice(an + "-_") for _ in range(n))
        return f"eyJ{b64(20)}.eyJ{b64(40)}.{b64(43)}"
    if f < 0.55:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
    if f < 0.7:
        return f"ghp_{''.join(r.choice(an) for _ in range(36))}"
    if f < 0.85:
        return "".join(r.choice(an) for _ in range(r.choice([24, 32])))
    return f"{''.join(r.choice(an) for _ in range(8))}-{''.join(r.choice(an) for _ in range(12))}-{''.join(r.choice(an) for _ in range(8))}"


def esim_code(c):
    r = c.rng
    host = r.choice(["smdp.io", "rsp.truphone.com", "sm-dp.gsma-smdp.net", "esim.vodafone.com", "consumer.rsp.world",
                     "smdpplus.telekom.de", "t-mobile.idemia.io"])
    mid = "-".join("".join(r.choice(UP + DIG) for _ in range(5)) for _ in range(4))
    if r.random() < 0.5:
        return f"LPA:1${host}${mid}"
    return mid


def aws_id(c):
    return "AKIA" + "".join(c.rng.choice(UP + DIG) for _ in range(16))


def pobox(c):
    r = c.rng
    L = c.lang
    if L == "nl":
        return f"Postbus {r.randint(10, 9999)}, {r.randint(1000, 9999)} {r.choice(UP)}{r.choice(UP)} {c.pool('city_nl')}"
    if L == "nl-be":
        return f"Postbus {r.randint(10, 999)}, {r.randint(1000, 9999)} {c.pool('city_benl')}"
    if L == "fr-be":
        return f"BP {r.randint(10, 999)}, {r.randint(1000, 7999)} {c.pool('city_fr')}"
    if L == "en-gb":
        city, pcp = c.pool("city_uk")
        return f"PO Box {r.randint(10, 9999)}, {city} {pcp}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice(UP)}{r.choice(UP)}"
    city, state, zp = c.pool("city_us")
    return f"PO Box {r.randint(10, 99999)}, {city}, {state} {zp}{r.randint(10, 99)}"


def ip_address(c):
    r = c.rng
    if r.random() < 0.85:
        first = r.choice([84, 85, 86, 77, 62, 31, 178, 145, 188, 81, 94, 109, 213, 82, 73, 98, 24, 92])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0x10, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xff):x}"


# ---------------------------------------------------------------- hard negatives
def n_tracking(c):
    r = c.rng
    L = c.lang
    opts = [lambda: f"3S{''.join(r.choice(UP) for _ in range(4))}{digits(r, 7)}",
            lambda: f"1Z{''.join(r.choice(UP + DIG) for _ in range(6))}{digits(r, 10)}",
            lambda: f"JVGL{digits(r, 10)}",
            lambda: f"{digits(r, 10)}"]
    if be(L):
        opts += [lambda: f"3232{digits(r, 14)}", lambda: f"CD{digits(r, 9)}BE"]
    if L == "en-gb":
        opts += [lambda: f"{r.choice(['AB', 'RB', 'TT', 'FJ'])}{digits(r, 9)}GB", lambda: f"H{digits(r, 15)}"]
    if L == "en-us":
        opts += [lambda: f"9400 {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
                 lambda: f"92{digits(r, 20)}"]
    if L == "nl":
        opts += [lambda: f"CV{digits(r, 9)}NL", lambda: f"3SDEVC{digits(r, 7)}"]
    return r.choice(opts)()


def n_order(c):
    r = c.rng
    return r.choice([digits(r, 9, True), f"#{digits(r, 6, True)}", f"ORD-{digits(r, 7)}", f"{r.choice(['NL', 'BE', 'UK', 'US'])}-{digits(r, 6)}",
                     f"BST{digits(r, 8)}"])


def n_ticket(c):
    r = c.rng
    return r.choice([f"{r.randint(2023, 2025)}-{digits(r, 6)}", f"CAS-{digits(r, 5)}-{''.join(r.choice(UP) for _ in range(4))}",
                     f"#{digits(r, 7)}", f"CLM{digits(r, 7)}", f"SR{digits(r, 8)}", f"INC{digits(r, 7)}", digits(r, 8, True)])


def n_invoice(c):
    r = c.rng
    return r.choice([f"F{r.randint(2023, 2025)}-{digits(r, 7)}", f"INV-{digits(r, 8)}", f"{digits(r, 10, True)}",
                     f"{r.choice(['FAC', 'FA'])}/{r.randint(2024, 2025)}/{digits(r, 6)}", f"2{digits(r, 11)}"])


def n_request(c):
    r = c.rng
    hx = "0123456789abcdef"
    return r.choice([f"req_{''.join(r.choice(hx) for _ in range(16))}",
                     f"{''.join(r.choice(hx) for _ in range(8))}-{''.join(r.choice(hx) for _ in range(4))}-{''.join(r.choice(hx) for _ in range(4))}",
                     f"REF{digits(r, 9)}", f"RQ-{digits(r, 6)}"])


def n_error(c):
    r = c.rng
    return r.choice([f"E{digits(r, 3)}", f"0x8{digits(r, 7)}", f"ERR_{r.choice(['SIM_NOT_PROVISIONED', 'PORT_REJECTED', 'LOCKER_TIMEOUT', 'PAYMENT_DECLINED'])}",
                     f"{r.choice(['SIM', 'NET', 'PP'])}-{digits(r, 3)}", f"code {r.randint(400, 504)}", f"#{r.randint(30, 99)}"])


def n_version(c):
    r = c.rng
    return r.choice([f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"v{r.randint(1, 12)}.{r.randint(0, 9)}",
                     f"iOS {r.randint(16, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"Android {r.randint(12, 15)}",
                     f"FRITZ!OS {r.randint(7, 8)}.{r.randint(10, 60)}"])


def n_model(c):
    return c.pool("model")


def n_product(c):
    r = c.rng
    return r.choice([f"BUS-{r.choice(['UNL', '20GB', '50GB', '5G'])}-{r.randint(1, 9)}", f"SKU {digits(r, 6)}",
                     f"ZZP-{r.choice(['M', 'L', 'XL'])}", f"ART{digits(r, 6)}"])


def n_amount(c):
    r = c.rng
    v = r.randint(1, 300)
    cts = r.choice(["00", "95", "50", "99", "25", "10", "04"])
    if c.lang == "en-gb":
        return r.choice([f"£{v}.{cts}", f"£{v}", f"{v}.{cts} GBP"])
    if c.lang == "en-us":
        return r.choice([f"${v}.{cts}", f"${v}", f"USD {v}.{cts}"])
    return r.choice([f"€ {v},{cts}", f"€{v},{cts}", f"{v},{cts} euro", f"EUR {v},{cts}", f"{v},{cts} EUR", f"€{v},-"])


def n_date(c):
    r = c.rng
    d = r.randint(1, 28)
    m = r.randint(1, 12)
    y = r.choice([2024, 2025])
    mon = MONTHS[mkey(c.lang)][m - 1]
    if c.lang == "en-us":
        return r.choice([f"{m}/{d}", f"{mon} {d}", f"{m}/{d}/{y}", f"{mon} {d}, {y}"])
    if en(c.lang):
        return r.choice([f"{d} {mon}", f"{d}/{m:02d}/{y}", f"{d} {mon[:3]}", f"{d:02d}/{m:02d}"])
    return r.choice([f"{d} {mon}", f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d} {mon} {y}"])


def n_time(c):
    r = c.rng
    h = r.randint(7, 22)
    m = r.choice([0, 15, 30, 45, 5, 12, 48])
    if c.lang == "en-us":
        return r.choice([f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}"])
    if c.lang == "fr-be":
        return r.choice([f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}h"])
    return r.choice([f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}u" if c.lang.startswith("nl") else f"{h}:{m:02d}"])


def n_year(c):
    return str(c.rng.randint(2015, 2025))


def n_percentage(c):
    r = c.rng
    return r.choice([f"{r.randint(5, 50)}%", f"{r.randint(5, 50)} %", f"{r.randint(1, 20)},5%"])


def n_kvk(c):
    r = c.rng
    L = c.lang
    if L == "nl":
        return r.choice([digits(r, 8, True), f"NL{digits(r, 9)}B{digits(r, 2)}", f"NL {digits(r, 9)} B{digits(r, 2)}"])
    if be(L):
        base = "0" + digits(r, 7, True)
        chk = 97 - int(base) % 97
        s = base + f"{chk:02d}"
        assert kbo_ok(s)
        return r.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}", s])
    if L == "en-gb":
        return r.choice([digits(r, 8), f"GB{digits(r, 9)}", f"GB {digits(r, 3)} {digits(r, 4)} {digits(r, 2)}", f"SC{digits(r, 6)}"])
    return r.choice([f"{digits(r, 2)}-{digits(r, 7)}"])


def n_masked(c):
    r = c.rng
    return r.choice([f"****{digits(r, 4)}", f"**** **** **** {digits(r, 4)}", f"NL** **** **** **{digits(r, 2)} {digits(r, 2)}",
                     f"06-****{digits(r, 4)}", f"xxxx xxxx xxxx {digits(r, 4)}", f"BE** **** **** {digits(r, 4)}",
                     f"{r.choice('jmpsak')}***@{r.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"•••• {digits(r, 4)}",
                     f"+31 6 *** ** {digits(r, 3)}", f"07*** ***{digits(r, 3)}", f"XXXXXX{digits(r, 4)}"])


def n_quantity(c):
    r = c.rng
    return str(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15]))


def n_port(c):
    return str(c.rng.choice([22, 443, 8080, 3389, 5060, 25, 587, 993, 8443, 51820]))


def n_checksum(c):
    r = c.rng
    return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 64])))


def n_flight(c):
    r = c.rng
    return f"{r.choice(['KL', 'SN', 'BA', 'UA', 'HV', 'FR', 'LH', 'TK', 'CX'])}{r.randint(100, 9999)}"


def n_meter(c):
    r = c.rng
    return f"{r.randint(100, 99999)}"


SPAN_GEN = {
    "card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "rrn": rrn, "phone": phone,
    "email": email, "address": address, "date_of_birth": date_of_birth, "customer_number": customer_number,
    "iccid": iccid, "service_id": service_id, "password": password, "router_password": router_password, "pin": pin,
    "door_code": door_code, "puk": puk, "otp": otp, "otp_words": otp_words, "pickup_code": pickup_code, "pac": pac,
    "wifi_key": wifi_key, "username": username, "api_key": api_key, "aws_secret": aws_secret, "token": token,
    "esim_code": esim_code, "ip_address": ip_address, "aws_id": aws_id, "pobox": pobox,
}

# template field -> labelled type
SPAN_TYPE = {
    "rrn": "bsn", "iccid": "customer_number", "service_id": "customer_number", "router_password": "password",
    "door_code": "pin", "otp_words": "otp", "pickup_code": "otp", "pac": "otp", "aws_secret": "api_key",
    "esim_code": "token", "aws_id": "api_key", "pobox": "address",
}

NEG_GEN = {
    "tracking_number": n_tracking, "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice,
    "request_id": n_request, "error_code": n_error, "version_string": n_version, "model_number": n_model,
    "product_code": n_product, "amount": n_amount, "date": n_date, "time": n_time, "year": n_year,
    "percentage": n_percentage, "company_registration": n_kvk, "masked_value": n_masked, "quantity": n_quantity,
    "port": n_port, "checksum": n_checksum, "flight_number": n_flight, "meter_reading": n_meter,
}
NEG_ALIAS = {"tracking": "tracking_number", "order": "order_number", "ticket": "ticket_number",
             "invoice": "invoice_number", "req": "request_id", "err": "error_code", "ver": "version_string",
             "model": "model_number", "prod": "product_code", "amt": "amount", "qty": "quantity", "pct": "percentage",
             "kvk": "company_registration", "masked": "masked_value", "flight": "flight_number",
             "meter": "meter_reading"}
