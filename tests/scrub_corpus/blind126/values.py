"""Value generators for the blind126 corpus (stdlib only)."""
import string

DIGITS = string.digits


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


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(length - len(prefix) - 1))
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


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
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


def rd(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def alnum(rng, n, alphabet=string.ascii_letters + DIGITS):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- cards
def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "maestro"])
    if kind == "visa":
        n = luhn_complete("4" + rd(rng, 3), 16, rng)
    elif kind == "mc":
        n = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind == "mc2":
        n = luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    else:
        n = luhn_complete("6" + rng.choice(["759", "703"]), 16, rng)
    style = rng.random()
    if len(n) == 15:
        if style < 0.6:
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return n
    if style < 0.45:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if style < 0.6:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    if style < 0.67:
        return ".".join(n[i:i + 4] for i in range(0, 16, 4))
    if style < 0.72:
        return "%s %s" % (n[:8], n[8:])
    return n


def cvv(rng):
    return rd(rng, 3) if rng.random() < 0.9 else rd(rng, 4)


def expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(26, 32)
    return rng.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d / %02d", "%02d.20%02d"]) % (m, y)


# ---------------------------------------------------------------- ibans
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban(rng, cc):
    if cc == "NL":
        raw = make_iban("NL", rng.choice(NL_BANKS) + rd(rng, 10))
    elif cc == "BE":
        first = rd(rng, 10)
        c = int(first) % 97 or 97
        raw = make_iban("BE", first + "%02d" % c)
    elif cc == "DE":
        raw = make_iban("DE", rd(rng, 18))
    elif cc == "FR":
        raw = make_iban("FR", rd(rng, 23))
    elif cc == "GB":
        raw = make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rd(rng, 14))
    elif cc == "LU":
        raw = make_iban("LU", rd(rng, 16))
    else:
        raw = make_iban("ES", rd(rng, 20))
    st = rng.random()
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if st < 0.5:
        return grouped
    if st < 0.8:
        return raw
    if st < 0.9:
        return raw.lower()
    return grouped.lower()


# ---------------------------------------------------------------- national ids
def bsn(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            n = "".join(map(str, d)) + str(s)
            st = rng.random()
            if st < 0.6:
                return n
            if st < 0.8:
                return "%s.%s.%s" % (n[:4], n[4:6], n[6:])
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def rrn(rng):
    yy = rng.randint(0, 99)
    y4 = 1900 + yy if yy > 8 else 2000 + yy
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    ser = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (yy, mm, dd, ser)
    chk = 97 - int(("2" + base) if y4 >= 2000 else base) % 97
    n = base + "%02d" % chk
    st = rng.random()
    if st < 0.5:
        return "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if st < 0.8:
        return n
    return "%s-%s-%s" % (n[:6], n[6:9], n[9:])


# ---------------------------------------------------------------- phones
def phone(rng, cc, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.75
    if cc == "NL":
        if mobile:
            n = "6" + rd(rng, 8)
            return rng.choice([
                "0%s" % n, "0%s-%s" % (n[:1], n[1:]), "06 %s %s" % (n[1:5], n[5:]),
                "+31 6 %s" % n[1:], "+31%s" % n, "0031 %s" % n, "+31 (0)6 %s %s" % (n[1:5], n[5:]),
                "06 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:]),
            ])
        area = rng.choice(["20", "10", "30", "70", "40", "50", "73", "24"])
        rest = rd(rng, 7)
        return rng.choice(["0%s-%s" % (area, rest), "0%s %s %s" % (area, rest[:3], rest[3:]),
                           "+31 %s %s" % (area, rest), "(0%s) %s" % (area, rest)])
    if cc == "BE":
        if mobile:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "484", "486", "494", "497"])
            r = rd(rng, 6)
            return rng.choice(["0%s %s %s %s" % (p, r[:2], r[2:4], r[4:]), "0%s/%s.%s.%s" % (p, r[:2], r[2:4], r[4:]),
                               "+32 %s %s %s %s" % (p, r[:2], r[2:4], r[4:]), "0032%s%s" % (p, r),
                               "0%s%s" % (p, r), "+32 (0)%s %s %s" % (p, r[:3], r[3:])])
        area = rng.choice(["2", "3", "9", "4", "16", "50"])
        r = rd(rng, 8 - len(area))
        return rng.choice(["0%s %s" % (area, r), "0%s/%s" % (area, r), "+32 %s %s" % (area, r)])
    if cc == "UK":
        if mobile:
            r = "7" + rng.choice(["700", "911", "405", "824", "562", "983"]) + rd(rng, 6)
            return rng.choice(["0%s %s" % (r[:4], r[4:]), "+44 %s %s" % (r[:4], r[4:]), "0%s" % r,
                               "+44 (0)%s %s %s" % (r[:4], r[4:7], r[7:]), "0%s %s %s" % (r[:4], r[4:7], r[7:])])
        a = rng.choice(["20 7946", "161 496", "113 496", "131 496", "117 496"])
        return rng.choice(["0%s %s" % (a, rd(rng, 4)), "(0%s) %s" % (a.split()[0], a.split()[1] + " " + rd(rng, 4))])
    # US
    a = rng.choice(["212", "312", "415", "617", "512", "303", "206", "404", "718", "646"])
    b, c = rng.choice(["555", "382", "947", "261", "730"]), rd(rng, 4)
    return rng.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
                       "%s.%s.%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), "%s%s%s" % (a, b, c)])


COMPANY_PHONES = {
    "NL": ["0900-0123", "088 555 0200", "0800-0227", "020 760 4000", "0900 1234 567", "088-1300700", "085 303 1000",
           "0800 9191", "0900-8844", "030 700 4411"],
    "BE": ["078 15 15 15", "02 299 00 11", "0800 11 222", "070 22 33 44", "078 35 33 33", "09 210 20 20", "03 210 88 00",
           "078 05 05 80"],
    "UK": ["0345 600 4567", "0800 028 2000", "0330 123 9999", "0344 800 1000", "0808 196 6565", "0300 200 3300",
           "0370 010 0455", "0800 169 0199"],
    "US": ["1-800-555-0199", "(800) 555-0142", "1-888-555-0123", "877-555-0177", "1 (844) 555-0101", "800.555.0160"],
}

# ---------------------------------------------------------------- secrets
PW_WORDS = ["Zomer", "Winter", "Kaas", "Fiets", "Tulp", "Molen", "Poes", "Hond", "Sunny", "Dragon", "Monkey", "Koala",
            "Brussel", "Antwerpen", "Chelsea", "Arsenal", "Yankees", "Bluebird", "Merel", "Vlinder", "Soleil",
            "Chocolat", "Frieten", "Bootje", "Tractor", "Garage", "Lotus", "Panda", "Tijger", "Sneeuw"]


def password(rng):
    st = rng.random()
    if st < 0.35:
        return rng.choice(PW_WORDS) + rng.choice(["", "!", "#", "_", "."]) + str(rng.randint(1, 2026)) + rng.choice(["", "!", "?", "$", "*"])
    if st < 0.55:
        w = rng.choice(PW_WORDS).lower()
        return w.replace("o", "0").replace("a", "@").replace("e", "3") + rd(rng, rng.randint(2, 4))
    if st < 0.75:
        return alnum(rng, rng.randint(10, 16), string.ascii_letters + DIGITS + "!#$%&*?@-_")
    if st < 0.88:
        return "-".join(rng.choice(PW_WORDS).lower() for _ in range(3)) + rd(rng, 1)
    return rng.choice(["welkom", "geheim", "motdepasse", "password", "wachtwoord", "letmein"]) + rd(rng, rng.randint(2, 4))


def username(rng, first, last):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    return rng.choice([f + l[:1] + rd(rng, 2), f + "." + l, f[:1] + l, l + "_" + f[:3], f + rd(rng, 4),
                       f + "_" + l + rd(rng, 2), (f + l)[:10] + str(rng.randint(70, 99))])


def pin(rng, n=4):
    while True:
        p = rd(rng, n)
        if len(set(p)) > 1:
            return p


def doorcode(rng):
    return rng.choice([rd(rng, 4), rd(rng, 4) + "#", rd(rng, 5), "*" + rd(rng, 4), rd(rng, 6), rd(rng, 3) + "B"])


def otp(rng):
    n = rd(rng, 6) if rng.random() < 0.85 else rd(rng, rng.choice([4, 5, 8]))
    st = rng.random()
    if len(n) == 6 and st < 0.15:
        return n[:3] + " " + n[3:]
    if len(n) == 6 and st < 0.25:
        return n[:3] + "-" + n[3:]
    return n


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp_words(rng, lang):
    d = rd(rng, 6)
    sep = rng.choice([" ", " - ", ", ", " "])
    return sep.join(NUMWORDS[lang][int(c)] for c in d)


def wifi_key(rng):
    st = rng.random()
    if st < 0.4:
        return alnum(rng, rng.choice([12, 13, 16]), string.ascii_letters + DIGITS)
    if st < 0.6:
        return "-".join(alnum(rng, 4, string.ascii_lowercase + DIGITS) for _ in range(3))
    if st < 0.8:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS).lower() + rd(rng, 3)
    return alnum(rng, 10, "0123456789ABCDEF")


def api_key(rng):
    k = rng.choice(["sk", "pk", "aiza", "sg", "rk", "key", "xoxb", "hex"])
    if k == "sk":
        return rng.choice(["sk_live_", "sk_test_"]) + alnum(rng, 24)
    if k == "pk":
        return "pk_live_" + alnum(rng, 24)
    if k == "rk":
        return "rk_live_" + alnum(rng, 28)
    if k == "aiza":
        return "AIza" + alnum(rng, 35, string.ascii_letters + DIGITS + "-_")
    if k == "sg":
        return "SG." + alnum(rng, 22) + "." + alnum(rng, 43)
    if k == "xoxb":
        return "xoxb-" + rd(rng, 12) + "-" + rd(rng, 12) + "-" + alnum(rng, 24)
    if k == "key":
        return "key-" + alnum(rng, 32, "0123456789abcdef")
    return alnum(rng, 32, "0123456789abcdef")


def aws_id(rng):
    return "AKIA" + alnum(rng, 16, string.ascii_uppercase + "234567")


def aws_secret(rng):
    return alnum(rng, 40, string.ascii_letters + DIGITS + "/+")


def token(rng):
    st = rng.random()
    if st < 0.3:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return h + "." + alnum(rng, rng.randint(40, 70), string.ascii_letters + DIGITS + "-_") + "." + alnum(rng, 43, string.ascii_letters + DIGITS + "-_")
    if st < 0.5:
        return "ghp_" + alnum(rng, 36)
    if st < 0.65:
        return alnum(rng, 40, "0123456789abcdef")
    if st < 0.8:
        return "ya29." + alnum(rng, 60, string.ascii_letters + DIGITS + "-_")
    return alnum(rng, 32, "0123456789abcdef")


def ip(rng):
    if rng.random() < 0.85:
        return "%d.%d.%d.%d" % (rng.choice([84, 77, 145, 62, 81, 213, 94, 86, 178, 31]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return "2a02:%s:%s:%s::%s" % (alnum(rng, 4, "0123456789abcdef"), alnum(rng, 4, "0123456789abcdef"), alnum(rng, 3, "0123456789abcdef"), alnum(rng, 2, "0123456789abcdef"))


# ---------------------------------------------------------------- customer numbers
def cust(rng, kind):
    if kind == "cust":
        return rng.choice([rd(rng, 8), rd(rng, 7), "K" + rd(rng, 6), "KL-" + rd(rng, 7), rd(rng, 3) + "." + rd(rng, 3) + "." + rd(rng, 3), "C" + rd(rng, 9)])
    if kind == "ean":
        n = "8716" + rd(rng, 14)
        return rng.choice([n, n, "%s %s %s" % (n[:6], n[6:12], n[12:])]) if rng.random() < 0.7 else "5414" + rd(rng, 14)
    if kind == "member":
        return rng.choice(["2" + rd(rng, 13), "21" + rd(rng, 12), "P" + rd(rng, 7), rd(rng, 10)])
    if kind == "contract":
        return rng.choice(["3" + rd(rng, 9), "CT-" + rd(rng, 6), "HC" + rd(rng, 7), rd(rng, 10)])
    if kind == "tenant":
        return rng.choice(["HN" + rd(rng, 6), "H-" + rd(rng, 5) + "-" + rd(rng, 2), "T" + rd(rng, 7), rd(rng, 6)])
    if kind == "policy":
        return rng.choice(["POL" + rd(rng, 8), rd(rng, 3) + "-" + rd(rng, 7), "AV" + rd(rng, 8), rd(rng, 9)])
    if kind == "profile":
        return rng.choice(["u" + rd(rng, 9), rd(rng, 10), "ID" + rd(rng, 8)])
    if kind == "ff":  # frequent flyer
        n = rd(rng, 10)
        return rng.choice([n, n[:4] + " " + n[4:7] + " " + n[7:], rd(rng, 9)])
    raise KeyError(kind)
