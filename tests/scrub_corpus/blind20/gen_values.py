"""Value generators for the blind20 corpus (standard library only).

Every generator takes a random.Random and returns a string. Secrets never end
in punctuation and never contain spaces, except grouped OTP codes and grouped
card-like numbers.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0 and len(d) >= 12


def luhn_complete(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return payload + str((10 - s % 10) % 10)


def iban_ok(v):
    v = "".join(v.split()).upper()
    if len(v) < 15 or not v[:2].isalpha():
        return False
    r = v[4:] + v[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(n) % 97
    return "%s%02d%s" % (cc, ck, bban)


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


# ---------------------------------------------------------------- high risk
PW_SYMS = "!#$%&*@?-_."


def password(rng, words):
    w = rng.choice(words)
    shape = rng.randrange(12)
    y = str(rng.choice([1984, 1991, 2019, 2022, 2023, 2024, 2025, 2026, 12, 77, 88, 99, 123, 1234]))
    s = rng.choice("!#$%&*@?")
    if shape == 0:
        return w.capitalize() + y + s + str(rng.randrange(10))
    if shape == 1:
        return w.lower() + s + y
    if shape == 2:
        return w.upper()[:3] + s + w.lower()[3:] + y
    if shape == 3:
        return rs(rng, ALNUM, rng.randrange(10, 15))
    if shape == 4:
        return w.capitalize() + "." + rng.choice(words).capitalize() + str(rng.randrange(10, 99))
    if shape == 5:
        return w.lower().replace("e", "3").replace("a", "@") + y
    if shape == 6:
        return rs(rng, ALNUM, 4) + s + rs(rng, ALNUM, 5) + rs(rng, DIG, 2)
    if shape == 7:
        return "Welkom" + y + s + rs(rng, UP, 1)
    if shape == 8:
        return w.capitalize() + "_" + y
    if shape == 9:
        return y + w.capitalize() + s + rs(rng, LOW, 2)
    if shape == 10:
        return w.lower() + rng.choice(words).lower() + y
    return w.capitalize() + s + s + rs(rng, DIG, 3)


def plain(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def username(rng, first, last):
    f, l = plain(rng.choice(first)).lower(), plain(rng.choice(last)).lower().replace(" ", "").replace("'", "")
    shape = rng.randrange(8)
    if shape == 0:
        return f[0] + l + str(rng.randrange(60, 99))
    if shape == 1:
        return f + "." + l
    if shape == 2:
        return f + "_" + l[:4] + str(rng.randrange(10))
    if shape == 3:
        return l + f[0] + str(rng.randrange(1, 9999))
    if shape == 4:
        return f.capitalize() + l.capitalize()
    if shape == 5:
        return f + str(rng.randrange(1970, 2006))
    if shape == 6:
        return "x" + f + l[:3] + "x"
    return f[:3] + l[:3] + rs(rng, DIG, 3)


def pin(rng):
    while True:
        p = rs(rng, DIG, rng.choice([4, 4, 4, 4, 5, 6]))
        if not p.startswith("19") and not p.startswith("20"):
            return p


def puk(rng):
    return rs(rng, DIG, 8)


def otp(rng):
    shape = rng.randrange(9)
    d = rs(rng, DIG, 6)
    if shape == 0:
        return d[:3] + " " + d[3:]
    if shape == 1:
        return d[:3] + "-" + d[3:]
    if shape == 2:
        return rng.choice(["G-", "T-", "B-", "K"]) + d
    if shape == 3:
        return rs(rng, DIG, 8)
    if shape == 4:
        return rs(rng, DIG, 5)
    return d


def wifi_key(rng, words):
    shape = rng.randrange(7)
    if shape == 0:
        return rs(rng, ALNUM, rng.randrange(12, 20))
    if shape == 1:
        return "-".join(rs(rng, UP + DIG, 4) for _ in range(3))
    if shape == 2:
        return rs(rng, "abcdef0123456789", 26)
    if shape == 3:
        return rng.choice(words).capitalize() + rng.choice(words).capitalize() + rs(rng, DIG, 4)
    if shape == 4:
        return rs(rng, LOW + DIG, 8) + rs(rng, UP, 2) + rs(rng, DIG, 3)
    if shape == 5:
        return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16)
    return rs(rng, DIG, 10)


def api_key(rng):
    shape = rng.randrange(10)
    if shape == 0:
        return "sk_live_" + rs(rng, ALNUM, 24)
    if shape == 1:
        return "pk_live_" + rs(rng, ALNUM, 24)
    if shape == 2:
        return "rk_live_" + rs(rng, ALNUM, 24)
    if shape == 3:
        return rng.choice(["ck_", "cs_"]) + rs(rng, HEX, 40)
    if shape == 4:
        return "api_" + rs(rng, LOW + DIG, 32)
    if shape == 5:
        return "AKIA" + rs(rng, UP + "234567", 16)
    if shape == 6:
        return "AIza" + rs(rng, ALNUM + "-_", 33) + rs(rng, ALNUM, 2)
    if shape == 7:
        return "SG." + rs(rng, ALNUM + "-_", 21) + rs(rng, ALNUM, 1) + "." + rs(rng, ALNUM + "-_", 42) + rs(rng, ALNUM, 1)
    if shape == 8:
        return rs(rng, HEX, 32)
    return rs(rng, ALNUM, 2) + rs(rng, ALNUM + "/+", 36) + rs(rng, ALNUM, 2)  # AWS-like secret (40)


def aws_secret(rng):
    return rs(rng, ALNUM, 2) + rs(rng, ALNUM + "/+", 36) + rs(rng, ALNUM, 2)


def token(rng):
    shape = rng.randrange(8)
    if shape == 0:
        import base64
        def b(s):
            return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
        h = b('{"alg":"HS256","typ":"JWT"}')
        p = b('{"sub":"%d","iat":%d}' % (rng.randrange(10**6, 10**7), rng.randrange(1700000000, 1790000000)))
        return h + "." + p + "." + rs(rng, ALNUM + "-_", 42) + rs(rng, ALNUM, 1)
    if shape == 1:
        return "ghp_" + rs(rng, ALNUM, 36)
    if shape == 2:
        return "github_pat_" + rs(rng, ALNUM, 22) + "_" + rs(rng, ALNUM, 59)
    if shape == 3:
        return rng.choice(["xoxb-", "xoxp-"]) + rs(rng, DIG, 12) + "-" + rs(rng, DIG, 13) + "-" + rs(rng, ALNUM, 24)
    if shape == 4:
        return "glpat-" + rs(rng, ALNUM + "-_", 19) + rs(rng, ALNUM, 1)
    if shape == 5:
        return rs(rng, HEX, 40)
    if shape == 6:
        return rs(rng, HEX, 64)
    return rs(rng, ALNUM, 30) + rs(rng, ALNUM + "-_", 10) + rs(rng, ALNUM, 3)


def card_number(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if brand == "visa":
        return luhn_complete("4" + rs(rng, DIG, 14)), brand
    if brand == "mc":
        pre = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        return luhn_complete(pre + rs(rng, DIG, 15 - len(pre))), brand
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]) + rs(rng, DIG, 12)), brand
    return luhn_complete(rng.choice(["6759", "6761", "5018"]) + rs(rng, DIG, 11)), brand


def card(rng):
    n, brand = card_number(rng)
    shape = rng.randrange(6)
    if brand == "amex":
        if shape < 4:
            sep = rng.choice([" ", " ", "-"])
            return n[:4] + sep + n[4:10] + sep + n[10:]
        return n
    if shape == 0:
        return n
    if shape == 1:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    if shape == 2:
        return "  ".join(n[i:i + 4] for i in range(0, 16, 4))
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def cvv(rng):
    return rs(rng, DIG, 3)


IBAN_SPECS = {
    "NL": lambda r: rs(r, UP, 0) + r.choice(["RABO", "INGB", "ABNA", "KNAB", "BUNQ", "SNSB", "ASNB", "TRIO"]) + rs(r, DIG, 10),
    "BE": None,
    "DE": lambda r: rs(r, DIG, 18),
    "FR": lambda r: rs(r, DIG, 10) + rs(r, UP + DIG, 11) + rs(r, DIG, 2),
    "GB": lambda r: r.choice(["NWBK", "BARC", "MIDL", "LOYD", "MONZ"]) + rs(r, DIG, 14),
    "ES": lambda r: rs(r, DIG, 20),
    "LU": lambda r: rs(r, DIG, 3) + rs(r, UP + DIG, 13),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + rs(r, DIG, 14),
}


def be_bban(r):
    a = rs(r, DIG, 10)
    c = int(a) % 97
    c = 97 if c == 0 else c
    return a + "%02d" % c


def iban(rng, cc=None):
    cc = cc or rng.choice(["NL"] * 6 + ["BE"] * 2 + ["DE", "FR", "GB", "ES", "LU", "IE"])
    bban = be_bban(rng) if cc == "BE" else IBAN_SPECS[cc](rng)
    v = iban_make(cc, bban)
    shape = rng.randrange(7)
    if shape in (0, 1, 2):
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if shape == 3:
        return v.lower()
    if shape == 4 and cc == "NL":
        return v[:2] + " " + v[2:4] + " " + v[4:8] + " " + v[8:]
    return v


def bsn(rng):
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = "".join(map(str, d)) + str(s)
            shape = rng.randrange(6)
            if shape == 0:
                return v[:4] + "." + v[4:6] + "." + v[6:]
            if shape == 1:
                return v[:3] + " " + v[3:6] + " " + v[6:]
            return v


# ---------------------------------------------------------------- other spans
def card_expiry(rng):
    m = rng.randrange(1, 13)
    y = rng.randrange(27, 32)
    shape = rng.randrange(6)
    if shape == 0:
        return "%02d/%02d" % (m, y)
    if shape == 1:
        return "%02d-20%02d" % (m, y)
    if shape == 2:
        return "%02d%02d" % (m, y)
    if shape == 3:
        return "%02d/20%02d" % (m, y)
    if shape == 4:
        return "%02d / %02d" % (m, y)
    return "%02d/%02d" % (m, y)


def email(rng, first, last, domains):
    f, l = plain(rng.choice(first)).lower(), plain(rng.choice(last)).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(domains)
    local = rng.choice([f + "." + l, f[0] + l, f + l[:1] + str(rng.randrange(70, 99)), l + "." + f, f + "_" + l, f + str(rng.randrange(1, 999))])
    shape = rng.randrange(14)
    if shape == 0:
        return local + " @ " + dom
    if shape == 1 and dom.rsplit(".", 1)[1] in ("nl", "be", "com"):
        d, tld = dom.rsplit(".", 1)
        return local + " at " + d + " punt " + tld if rng.random() < 0.5 else local + " [at] " + d + " [dot] " + tld
    if shape == 2:
        return (local + "@" + dom).upper() if rng.random() < 0.3 else local.capitalize() + "@" + dom
    return local + "@" + dom


def phone(rng, region):
    if region == "nl":
        n = "1" + rs(rng, DIG, 7)
        shape = rng.randrange(8)
        return ["06" + n, "06-" + n, "06 - " + n, "06 " + " ".join([n[0:2], n[2:4], n[4:6], n[6:8]]),
                "+31 6 " + n, "+316" + n, "0031 6 " + n[:4] + " " + n[4:],
                "020-" + rs(rng, DIG, 7) if rng.random() < 0.5 else "(020) " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4)][shape]
    if region == "be":
        a = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
        b = rs(rng, DIG, 6)
        shape = rng.randrange(6)
        return ["0" + a + "/" + b[:2] + "." + b[2:4] + "." + b[4:], "0" + a + " " + b[:2] + " " + b[2:4] + " " + b[4:],
                "+32 " + a + " " + b[:2] + " " + b[2:4] + " " + b[4:], "0" + a + b, "+32" + a + b,
                "0" + a + "/" + b[:3] + " " + b[3:]][shape]
    if region == "gb":
        shape = rng.randrange(5)
        x = rs(rng, DIG, 3)
        return ["07700 900" + x, "07700900" + x, "+44 7700 900" + x, "020 7946 0" + x, "+44 (0)20 7946 0" + x][shape]
    x = rs(rng, DIG, 2)
    a = rng.choice(["212", "415", "312", "617", "303", "512"])
    shape = rng.randrange(5)
    return ["(%s) 555-01%s" % (a, x), "%s.555.01%s" % (a, x), "%s-555-01%s" % (a, x), "+1 %s 555 01%s" % (a, x), "1-%s-555-01%s" % (a, x)][shape]


def nl_postcode(rng):
    return "%d %s" % (rng.randrange(1011, 9999), rs(rng, "ABCDEGHJKLMNPRSTVWXZ", 2))


def uk_postcode(rng):
    return rng.choice(["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "LS2 7EE", "BS1 4DJ", "NW3 2RR", "G2 3BZ", "CF10 1EP", "OX1 2JD", "EH1 1YZ", "N7 8DP"])


def date_of_birth(rng, lang):
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1938, 2006)
    months_nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    months_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    months_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    shape = rng.randrange(7)
    if lang.startswith("en"):
        if lang == "en-us" and shape < 3:
            return "%02d/%02d/%d" % (m, d, y)
        if shape < 2:
            return "%02d/%02d/%d" % (d, m, y)
        if shape < 4:
            return "%d %s %d" % (d, months_en[m - 1], y)
        if shape == 4:
            return "%s %d, %d" % (months_en[m - 1], d, y)
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if lang == "fr-be":
        if shape < 3:
            return "%02d/%02d/%d" % (d, m, y)
        if shape < 5:
            return "%d %s %d" % (d, months_fr[m - 1], y)
        return "%02d.%02d.%d" % (d, m, y)
    if shape < 3:
        return "%02d-%02d-%d" % (d, m, y)
    if shape == 3:
        return "%d %s %d" % (d, months_nl[m - 1], y)
    if shape == 4:
        return "%d-%d-%02d" % (d, m, y % 100)
    if shape == 5:
        return "%02d/%02d/%d" % (d, m, y)
    return "%02d.%02d.%d" % (d, m, y)


def ip_address(rng):
    shape = rng.randrange(6)
    if shape == 0:
        return "192.0.2.%d" % rng.randrange(2, 254)
    if shape == 1:
        return "198.51.100.%d" % rng.randrange(2, 254)
    if shape == 2:
        return "203.0.113.%d" % rng.randrange(2, 254)
    if shape == 3:
        return "2001:db8:%x:%x::%x" % (rng.randrange(1, 65535), rng.randrange(1, 65535), rng.randrange(1, 255))
    return "%d.%d.%d.%d" % (rng.choice([84, 83, 77, 145, 213, 62, 94]), rng.randrange(1, 255), rng.randrange(0, 255), rng.randrange(2, 254))


def customer_number(rng):
    shape = rng.randrange(6)
    if shape == 0:
        return rs(rng, DIG, 8)
    if shape == 1:
        return "K" + rs(rng, DIG, 7)
    if shape == 2:
        return rs(rng, DIG, 3) + "-" + rs(rng, DIG, 3) + "-" + rs(rng, DIG, 3)
    if shape == 3:
        return "1-" + rs(rng, UP + DIG, 6)
    if shape == 4:
        return rs(rng, DIG, 10)
    return "CN" + rs(rng, DIG, 9)
