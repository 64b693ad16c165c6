"""Value generators (labelled values and look-alike negatives) plus validators.

Standard library only. Every generator takes a context object `c` with
c.rng (random.Random), c.lang, c.pools, c.brand.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = UP + LOW + DIG


def rd(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def ra(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def be(c):
    return c.lang in ("nl-be", "fr-be")


# ---------------------------------------------------------------- validators
def luhn_ok(num):
    d = [int(x) for x in num if x.isdigit()]
    s = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return len(d) >= 12 and s % 10 == 0


def iban_ok(s):
    s = "".join(ch for ch in s if ch.isalnum()).upper()
    if len(s) < 15:
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in t)
    return int(n) % 97 == 1


def bsn_ok(s):
    d = [int(x) for x in s if x.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(x for x in s if x.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- helpers
def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def luhn_complete(prefix, length, r):
    body = prefix + rd(r, length - len(prefix) - 1)
    for ck in DIG:
        if luhn_ok(body + ck):
            return body + ck
    raise AssertionError


def iban_make(country, bban):
    t = bban + country + "00"
    n = "".join(str(int(ch, 36)) for ch in t)
    ck = 98 - int(n) % 97
    return "%s%02d%s" % (country, ck, bban)


# ---------------------------------------------------------------- spans
def phone(c):
    r = c.rng
    lang = c.lang
    if r.random() < 0.1:
        lang = r.choice(["nl", "nl-be", "en-gb", "en-us"])
    if lang == "nl":
        m = rd(r, 8)
        if r.random() < 0.8:
            return r.choice([
                "06" + m, "06-" + m, "06 " + m, "06 " + group(m, 2), "+31 6 " + group(m, 4),
                "+316" + m, "0031 6 " + m, "+31 (0)6 " + m, "06-" + m[:4] + " " + m[4:],
                "(06) " + m, "+31 6 " + m[:2] + " " + m[2:5] + " " + m[5:],
            ])
        a = r.choice(["020", "010", "030", "070", "040", "050", "0513", "0318"])
        rest = rd(r, 10 - len(a))
        return r.choice([a + "-" + rest, a + " " + rest, "+31 " + a[1:] + " " + rest, a + rest])
    if lang in ("nl-be", "fr-be"):
        if r.random() < 0.8:
            p = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
            m = rd(r, 6)
            return r.choice([
                "0" + p + " " + m[:2] + " " + m[2:4] + " " + m[4:], "0" + p + m, "0" + p + "/" + group(m, 2, "."),
                "+32 " + p + " " + group(m, 2), "+32" + p + m, "0032 " + p + " " + m, "0" + p + "/" + m,
                "0" + p + "." + group(m, 2, "."), "+32 (0)" + p + " " + m[:3] + " " + m[3:],
            ])
        a = r.choice(["02", "03", "09", "04", "016", "050", "011", "010", "081"])
        rest = rd(r, 9 - len(a))
        return r.choice([a + " " + rest, a + "/" + rest, "+32 " + a[1:] + " " + rest, a + "." + group(rest, 2, ".")])
    if lang == "en-gb":
        m = rd(r, 6)
        return r.choice([
            "07700 " + m, "07" + rd(r, 3) + " " + m, "+44 7" + rd(r, 3) + " " + m, "+447" + rd(r, 3) + m,
            "020 7" + rd(r, 3) + " " + rd(r, 4), "0161 " + rd(r, 3) + " " + rd(r, 4), "(0)7" + rd(r, 3) + " " + m,
        ])
    a = r.choice(["212", "415", "646", "312", "617", "202", "503", "737"])
    x, y = rd(r, 3), rd(r, 4)
    return r.choice(["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "+1 %s %s %s" % (a, x, y),
                     "+1 (%s) %s-%s" % (a, x, y), "%s.%s.%s" % (a, x, y), "1-%s-%s-%s" % (a, x, y)])


def email(c):
    r = c.rng
    f, l = r.choice(c.pools["first"]).lower(), r.choice(c.pools["last"]).lower().replace(" ", "")
    dom = r.choice(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "telenet.be", "skynet.be",
                    "ziggo.nl", "kpnmail.nl", "yahoo.fr", "icloud.com", "proton.me", "hotmail.be",
                    "btinternet.com", "yahoo.com", "home.nl", "gmx.net"])
    loc = r.choice([f + "." + l, f + l, f[0] + l, f + "_" + l + rd(r, 2), l + f[0] + rd(r, 2),
                    f + "." + l + "+shop", f + rd(r, 4)])
    e = loc + "@" + dom
    return e.upper() if r.random() < 0.03 else e


def iban(c):
    r = c.rng
    roll = r.random()
    if (c.lang == "nl" and roll < 0.85) or (c.lang.startswith("en") and roll < 0.4):
        v = iban_make("NL", r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB", "RBRB"]) + rd(r, 10))
    elif (be(c) and roll < 0.85) or (c.lang.startswith("en") and roll < 0.7):
        b = rd(r, 10)
        ck = int(b) % 97 or 97
        v = iban_make("BE", b + "%02d" % ck)
    else:
        v = r.choice([iban_make("DE", rd(r, 18)), iban_make("FR", rd(r, 10) + ra(r, 11, UP + DIG) + rd(r, 2)),
                      iban_make("GB", ra(r, 4, UP) + rd(r, 14)), iban_make("LU", rd(r, 3) + ra(r, 13, UP + DIG))])
    st = r.random()
    if st < 0.5:
        return group(v, 4)
    if st < 0.8:
        return v
    if st < 0.9:
        return group(v, 4).lower()
    return v.lower()


def card(c):
    r = c.rng
    kind = r.random()
    if kind < 0.45:
        n = luhn_complete("4", 16, r)
    elif kind < 0.8:
        n = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    elif kind < 0.9:
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        return r.choice([n, n[:4] + " " + n[4:10] + " " + n[10:], n[:4] + "-" + n[4:10] + "-" + n[10:]])
    else:
        n = luhn_complete(r.choice(["6703", "6011"]), 16, r)
    return r.choice([group(n, 4), n, group(n, 4, "-"), group(n, 4), group(n, 4, "  ")])


def cvv(c):
    return rd(c.rng, 3) if c.rng.random() < 0.9 else rd(c.rng, 4)


def exp(c):
    r = c.rng
    m, y = r.randint(1, 12), r.randint(26, 32)
    return r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y),
                     "%02d / %02d" % (m, y), "%02d.20%02d" % (m, y)])


def bsn_nl(c):
    r = c.rng
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = "".join(map(str, d)) + str(s)
            break
    return r.choice([v, v, v[:4] + "." + v[4:6] + "." + v[6:], v[:3] + " " + v[3:6] + " " + v[6:], v[:3] + "-" + v[3:6] + "-" + v[6:]])


def rrn(c):
    r = c.rng
    y, m, d, s = r.randint(40, 99 + 8), r.randint(1, 12), r.randint(1, 28), r.randint(1, 997)
    yy = y % 100
    base = "%02d%02d%02d%03d" % (yy, m, d, s)
    ck = 97 - int(("2" if y >= 100 else "") + base) % 97
    v = base + "%02d" % ck
    return r.choice([v, "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]),
                     "%s%s%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]),
                     "%s %s %s" % (v[:6], v[6:9], v[9:]), "%s.%s.%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])])


def bsn(c):
    return rrn(c) if be(c) else bsn_nl(c)


WORDS = ["zomer", "Kaas", "fiets", "Tulp", "amsterdam", "Voetbal", "soleil", "Moules", "Chocolat", "monkey",
         "Dragon", "sunshine", "Pannekoek", "Ajax", "Anderlecht", "Brugge", "welkom", "Frietje", "Hondje",
         "Princess", "liverpool", "Yankees", "Patat", "koekje", "Bloemkool", "Bobbie", "Mamie", "Tijger"]


def pw(c):
    r = c.rng
    w = r.choice(WORDS)
    st = r.random()
    if st < 0.35:
        v = w + r.choice(["", "_", "."]) + str(r.randint(1, 2025)) + r.choice(["!", "?", "#", "$", "", "*", "!!"])
    elif st < 0.55:
        v = ra(r, r.randint(8, 14), ALNUM + "!#$%&*@")
    elif st < 0.7:
        v = "-".join(r.choice(WORDS).lower() for _ in range(3)) + rd(r, 1)
    elif st < 0.85:
        v = w.capitalize() + r.choice(WORDS).capitalize() + rd(r, 2) + r.choice("!@#&")
    else:
        v = w.lower().replace("a", "@").replace("o", "0").replace("e", "3") + rd(r, r.randint(1, 4))
    while v[-1] in ".,":
        v = v[:-1] + "9"
    return v


def pin(c):
    return rd(c.rng, c.rng.choice([4, 4, 4, 4, 5, 6]))


def puk(c):
    return rd(c.rng, 8)


def otp(c):
    r = c.rng
    v = rd(r, r.choice([6, 6, 6, 5, 4, 8]))
    if len(v) == 6 and r.random() < 0.25:
        return v[:3] + r.choice([" ", "-"]) + v[3:]
    return v


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otpw(c):
    r = c.rng
    fam = "fr" if c.lang == "fr-be" else ("en" if c.lang.startswith("en") else "nl")
    ds = [r.randint(0, 9) for _ in range(6)]
    sep = r.choice([" ", " - ", ", ", " "])
    return sep.join(NUMW[fam][d] for d in ds)


def wifi(c):
    r = c.rng
    st = r.random()
    if st < 0.3:
        return ra(r, r.randint(12, 20), UP + DIG)
    if st < 0.5:
        return "-".join(ra(r, 4, UP + LOW + DIG) for _ in range(4))
    if st < 0.7:
        return ra(r, 10, "abcdef" + DIG)
    if st < 0.85:
        return r.choice(WORDS) + r.choice(WORDS).lower() + rd(r, 4)
    return ra(r, 16, ALNUM)


def user(c):
    r = c.rng
    f, l = r.choice(c.pools["first"]).lower(), r.choice(c.pools["last"]).lower().replace(" ", "")
    return r.choice([f + l, f[0] + "." + l, f + "_" + l + rd(r, 2), l + rd(r, 4), f + "." + l + rd(r, 2),
                     f[:3] + l[:4] + rd(r, 3), (f + l[0]).upper() + rd(r, 3)])


def apikey(c):
    r = c.rng
    return r.choice([
        "sk_live_" + ra(r, 24), "sk_test_" + ra(r, 24), "AKIA" + ra(r, 16, UP + DIG), ra(r, 40, ALNUM + "/+"),
        "AIza" + ra(r, 35, ALNUM + "_-"), ra(r, 32, "abcdef" + DIG), "SG." + ra(r, 22, ALNUM + "_-") + "." + ra(r, 43, ALNUM + "_-"),
        "key-" + ra(r, 32, "abcdef" + DIG), "sk-proj-" + ra(r, 40, ALNUM + "_-"),
    ]).rstrip("-_")


def token(c):
    r = c.rng
    b = ALNUM + "_-"
    return r.choice([
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + ra(r, 40, b) + "." + ra(r, 43, b),
        "ghp_" + ra(r, 36), "xoxb-" + rd(r, 12) + "-" + rd(r, 13) + "-" + ra(r, 24), ra(r, 40, "abcdef" + DIG),
        ra(r, 64, "abcdef" + DIG), "ya29." + ra(r, 60, b), "glpat-" + ra(r, 20),
    ]).rstrip("-_")


def addr(c):
    r = c.rng
    lang = c.lang
    st = r.choice(c.pools["street_" + ("be" if be(c) and lang == "nl-be" else "fr" if lang == "fr-be" else "en_gb" if lang == "en-gb" else "en_us" if lang == "en-us" else "nl")])
    if lang == "nl":
        pc = "%d%s" % (r.randint(1011, 9999), r.choice(["", " "]) + ra(r, 2, "ABCDEGHJKLMNPRSTVWXZ"))
        city = r.choice(c.pools["city_nl"])
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " bis", "A", " hs", "-III"])
        return r.choice(["%s %s, %s %s" % (st, num, pc, city), "%s %s %s %s" % (st, num, pc, city),
                         "%s %s\n%s %s" % (st, num, pc, city.upper()), "%s %s, %s" % (st, num, city),
                         "%s %s" % (st, num)])
    if lang in ("nl-be", "fr-be"):
        pc = str(r.randint(1000, 9992))
        city = r.choice(c.pools["city_be"])
        num = str(r.randint(1, 200))
        if r.random() < 0.3:
            num += r.choice([" bus 3", " bus 12", "/0101", " boîte 4", " bte 2", "A"])
        if lang == "fr-be" and r.random() < 0.5:
            return r.choice(["%s, %s, %s %s" % (num, st, pc, city), "%s %s, %s %s" % (st, num, pc, city)])
        return r.choice(["%s %s, %s %s" % (st, num, pc, city), "%s %s %s %s" % (st, num, pc, city),
                         "%s %s\n%s %s" % (st, num, pc, city), "%s %s, %s" % (st, num, city)])
    if lang == "en-gb":
        pc = r.choice(["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 1YZ", "LS1 4AP", "NW1 6XE", "BS1 5TR"])
        city = r.choice(["London", "Manchester", "Birmingham", "Leeds", "Bristol", "Edinburgh", "Croydon"])
        num = str(r.randint(1, 180))
        return r.choice(["%s %s, %s %s" % (num, st, city, pc), "Flat %d, %s %s, %s" % (r.randint(1, 30), num, st, pc),
                         "%s %s\n%s\n%s" % (num, st, city, pc), "%s %s, %s" % (num, st, pc)])
    city, state, z = r.choice([("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Brooklyn", "NY", "11215"),
                               ("Portland", "OR", "97205"), ("Chicago", "IL", "60614"), ("Denver", "CO", "80203")])
    num = str(r.randint(10, 9999))
    return r.choice(["%s %s, %s, %s %s" % (num, st, city, state, z), "%s %s Apt %d, %s %s %s" % (num, st, r.randint(1, 40), city, state, z),
                     "%s %s\n%s, %s %s" % (num, st, city, state, z)])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fam(c):
    return "fr" if c.lang == "fr-be" else ("en" if c.lang.startswith("en") else "nl")


def _date(c, y):
    r = c.rng
    m, d = r.randint(1, 12), r.randint(1, 28)
    mn = MONTHS[fam(c)][m - 1]
    if c.lang == "en-us":
        return r.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d)])
    return r.choice(["%02d-%02d-%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn, y),
                     "%d %s %d" % (d, mn[:3], y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%02d" % (d, m, y % 100)])


def dob(c):
    return _date(c, c.rng.randint(1938, 2007))


def cust(c):
    r = c.rng
    return r.choice([rd(r, 8), rd(r, 7), rd(r, 10), "K" + rd(r, 7), "C-" + rd(r, 8), rd(r, 3) + "." + rd(r, 3) + "." + rd(r, 3),
                     "KL" + rd(r, 6), "1-" + rd(r, 8), rd(r, 2) + "-" + rd(r, 6) + "-" + rd(r, 2), "AB" + rd(r, 9), rd(r, 12)])


def ean(c):
    r = c.rng
    v = "871" + rd(r, 15) if c.lang != "fr-be" and c.lang != "nl-be" else "5414" + rd(r, 14)
    return r.choice([v, v, group(v, 6, " ")])


def ip(c):
    r = c.rng
    st = r.random()
    if st < 0.3:
        return "192.168.%d.%d" % (r.randint(0, 2), r.randint(2, 254))
    if st < 0.85:
        return "%d.%d.%d.%d" % (r.choice([84, 81, 94, 213, 62, 195, 178, 77, 109]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2a02:%x:%x:%x::%x" % (r.randint(0x100, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xff))


# ---------------------------------------------------------------- negatives
def date(c):
    return _date(c, c.rng.choice([2024, 2025, 2025, 2026]))


def dshort(c):
    r = c.rng
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice(["%d/%d" % (d, m), "%d-%d" % (d, m), "%d %s" % (d, MONTHS[fam(c)][m - 1]), "%02d/%02d" % (d, m)])


def time(c):
    r = c.rng
    h, m = r.randint(0, 23), r.choice([0, 5, 12, 15, 30, 42, 45, 58])
    if c.lang == "en-us":
        return r.choice(["%d:%02d pm" % (h % 12 or 12, m), "%d:%02d" % (h, m), "%dam" % (h % 12 or 12)])
    return r.choice(["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%du%02d" % (h, m), "%dh%02d" % (h, m), "%d:%02d" % (h, m)])


def amount(c):
    r = c.rng
    e, ct = r.randint(1, 450), r.randint(0, 99)
    if c.lang == "en-gb":
        return r.choice(["£%d.%02d" % (e, ct), "£%d" % e])
    if c.lang == "en-us":
        return r.choice(["$%d.%02d" % (e, ct), "$%d" % e, "€%d.%02d" % (e, ct)])
    return r.choice(["€%d,%02d" % (e, ct), "€ %d,%02d" % (e, ct), "%d,%02d euro" % (e, ct), "%d eur" % e, "€%d,-" % e, "%d,%02d €" % (e, ct), "EUR %d.%02d" % (e, ct)])


def qty(c):
    r = c.rng
    n = r.randint(2, 48)
    u = {"nl": ["stuks", "dagen", "GB", "keer", "pakketten", "weken"], "fr": ["jours", "Go", "fois", "colis", "semaines"], "en": ["days", "GB", "times", "parcels", "weeks"]}[fam(c)]
    return "%d %s" % (n, r.choice(u))


def pct(c):
    r = c.rng
    return r.choice(["%d%%" % r.randint(5, 99), "%d %%" % r.randint(5, 70), "%d,%d%%" % (r.randint(0, 9), r.randint(1, 9))])


def year(c):
    return str(c.rng.randint(2008, 2026))


def order(c):
    r = c.rng
    return r.choice(["#" + rd(r, 9), rd(r, 10), "ORD-" + rd(r, 4) + "-" + rd(r, 6), "BOL" + rd(r, 9), "10" + rd(r, 8),
                     "A" + rd(r, 3) + "-" + rd(r, 4) + "-" + rd(r, 4), "#" + rd(r, 6), "WEB" + rd(r, 7)])


def ticket(c):
    r = c.rng
    return r.choice(["CS-" + rd(r, 7), "#" + rd(r, 6), rd(r, 4) + "-" + rd(r, 7), "INC" + rd(r, 7), "SR" + rd(r, 8),
                     "CAS-" + rd(r, 5) + "-" + ra(r, 4, UP), "T" + rd(r, 8), rd(r, 8)])


def invoice(c):
    r = c.rng
    return r.choice(["F" + year(c) + "-" + rd(r, 5), "INV-" + rd(r, 6), rd(r, 9), "FAC/" + rd(r, 4) + "/" + rd(r, 4), "NL" + rd(r, 2) + "F" + rd(r, 6)])


def track(c):
    r = c.rng
    return r.choice(["3S" + ra(r, 4, UP) + rd(r, 9), "JVGL" + rd(r, 16), "1Z" + ra(r, 6, UP + DIG) + rd(r, 10), "CD" + rd(r, 9) + "BE",
                     "32" + rd(r, 22), "LX" + rd(r, 9) + "NL", "00" + rd(r, 18), "RR" + rd(r, 9) + "NL"])


def reqid(c):
    r = c.rng
    h = "abcdef" + DIG
    return r.choice(["%s-%s-%s-%s-%s" % (ra(r, 8, h), ra(r, 4, h), ra(r, 4, h), ra(r, 4, h), ra(r, 12, h)), "req_" + ra(r, 20, h),
                     "REQ-" + rd(r, 10), ra(r, 16, h)])


def err(c):
    r = c.rng
    return r.choice(["E-" + rd(r, 3), "0x8007" + ra(r, 4, "0123456789ABCDEF"), "ERR_" + r.choice(["CONNECTION_RESET", "NAME_NOT_RESOLVED", "TIMED_OUT"]),
                     str(r.choice([404, 500, 502, 503, 403, 401])), "F" + rd(r, 3), "E" + rd(r, 2), "code " + rd(r, 4), "S" + rd(r, 4) + "-" + rd(r, 3)])


def ver(c):
    r = c.rng
    return r.choice(["v%d.%d.%d" % (r.randint(1, 20), r.randint(0, 30), r.randint(0, 99)), "%d.%d.%d" % (r.randint(1, 20), r.randint(0, 30), r.randint(0, 9)),
                     "%d.%d (build %d)" % (r.randint(1, 20), r.randint(0, 9), r.randint(1000, 99999)), "iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(0, 3)),
                     "Android %d" % r.randint(11, 15), "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), r.randint(100, 9999))])


def model(c):
    r = c.rng
    return r.choice(c.pools["model"])


def prod(c):
    r = c.rng
    return r.choice(["SKU " + rd(r, 7), "art. " + rd(r, 3) + "." + rd(r, 3) + "." + rd(r, 2), rd(r, 13), "P" + rd(r, 6),
                     r.choice(["ZOMER", "WELKOM", "BLACKFRIDAY", "BONJOUR", "SPRING", "GRATIS", "PROMO"]) + rd(r, 2),
                     ra(r, 3, UP) + "-" + rd(r, 4) + "-" + ra(r, 2, UP)])


def promo(c):
    r = c.rng
    return r.choice(["ZOMER", "WELKOM", "BLACKFRIDAY", "BONJOUR", "SPRING", "GRATIS", "PROMO", "XMAS", "APP"]) + rd(r, 2) + r.choice(["", "", "X", "NL", "BE"])


def flight(c):
    r = c.rng
    return r.choice(["KL", "HV", "FR", "SN", "TB", "U2", "BA", "LH", "AF", "TO"]) + r.choice(["", " "]) + str(r.randint(100, 9899))


def cphone(c):
    return c.rng.choice(c.brand["phones"])


def kvk(c):
    return rd(c.rng, 8)


def btw(c):
    r = c.rng
    if be(c):
        b = "0" + rd(r, 7)
        ck = 97 - int(b) % 97
        v = b + "%02d" % ck
        return r.choice(["BE " + v[:4] + "." + v[4:7] + "." + v[7:], "BE" + v, v[:4] + "." + v[4:7] + "." + v[7:]])
    if c.lang == "en-gb":
        return r.choice(["GB" + rd(r, 9), rd(r, 8)])
    return "NL" + rd(r, 9) + "B0" + str(r.randint(1, 9))


def url(c):
    r = c.rng
    d = c.brand["domain"]
    return r.choice(["https://www.%s/%s" % (d, r.choice(["service", "storingen", "contact", "mijn", "faq/wachtwoord", "aide", "status"])),
                     "www.%s/%s" % (d, r.choice(["hulp", "retour", "app"])), "https://bit.ly/" + ra(r, 7), d,
                     "https://%s/s/%s" % (d, ra(r, 6)), "https://t.co/" + ra(r, 10)])


def mention(c):
    return "@" + c.brand["handle"]


def chandle(c):
    return "@" + c.rng.choice(c.pools["handles"])


def hashtag(c):
    return "#" + c.rng.choice(c.pools["tags_" + fam(c)])


def masked(c):
    r = c.rng
    return r.choice(["****" + rd(r, 4), "**** **** **** " + rd(r, 4), "NL** **** **** **" + rd(r, 2) + " " + rd(r, 2), "BE** **** **** " + rd(r, 4),
                     "06-****" + rd(r, 4), "XXXX-XXXX-XXXX-" + rd(r, 4), r.choice("jmsak") + "***@" + r.choice(["gmail.com", "hotmail.com", "telenet.be"]),
                     "•••• " + rd(r, 4), "+32 4** ** ** " + rd(r, 2), "***-**-" + rd(r, 4)])


def meter(c):
    r = c.rng
    return r.choice(["%05d" % r.randint(100, 99999), "%d,%d" % (r.randint(100, 9999), r.randint(0, 9)), "%06d" % r.randint(1000, 999999)])


def port(c):
    return str(c.rng.choice([443, 8080, 22, 3389, 25, 587, 993, 8443, 51820, 1194, 5060, 80]))


def checksum(c):
    r = c.rng
    return ra(r, r.choice([32, 40, 64]), "abcdef" + DIG)


def score(c):  # filler, not labelled
    return "%d-%d" % (c.rng.randint(0, 5), c.rng.randint(0, 5))


SPAN_GENS = {
    "phone": ("phone", phone), "email": ("email", email), "iban": ("iban", iban), "card": ("card", card), "cvv": ("cvv", cvv),
    "exp": ("card_expiry", exp), "bsn": ("bsn", bsn), "bsnnl": ("bsn", bsn_nl), "rrn": ("bsn", rrn), "pw": ("password", pw),
    "pin": ("pin", pin), "puk": ("puk", puk), "otp": ("otp", otp), "otpw": ("otp", otpw), "wifi": ("wifi_key", wifi),
    "user": ("username", user), "apikey": ("api_key", apikey), "token": ("token", token), "addr": ("address", addr),
    "dob": ("date_of_birth", dob), "cust": ("customer_number", cust), "ean": ("customer_number", ean), "ip": ("ip_address", ip),
}
NEG_GENS = {
    "date": ("date", date), "dshort": ("date", dshort), "time": ("time", time), "amount": ("amount", amount), "qty": ("quantity", qty),
    "pct": ("percentage", pct), "year": ("year", year), "order": ("order_number", order), "ticket": ("ticket_number", ticket),
    "invoice": ("invoice_number", invoice), "track": ("tracking_number", track), "reqid": ("request_id", reqid),
    "err": ("error_code", err), "ver": ("version_string", ver), "model": ("model_number", model), "prod": ("product_code", prod), "promo": ("product_code", promo),
    "flight": ("flight_number", flight), "cphone": ("company_phone", cphone), "kvk": ("company_registration", kvk),
    "btw": ("company_registration", btw), "url": ("url", url), "mention": ("mention", mention), "chandle": ("mention", chandle),
    "hashtag": ("hashtag", hashtag), "masked": ("masked_value", masked), "meter": ("meter_reading", meter), "port": ("port", port),
    "checksum": ("checksum", checksum),
}
