"""Value generators for the blind27 corpus (stdlib only).

Every generator takes a random.Random and a language code.  Checksummed
values (card, IBAN, BSN / rijksregisternummer) are generated valid.
"""
import base64
import json
import random
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
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
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + rs(rng, DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(v):
    s = "".join(v.split()).replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    cd = 98 - int(num) % 97
    return "%s%02d%s" % (country, cd, bban)


def bsn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) == 9:
        s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
        return s % 11 == 0
    if len(d) == 11:
        base, chk = int(d[:9]), int(d[9:])
        return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk
    return False


# ---------------------------------------------------------------- cards
def card(rng, network=None):
    network = network or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "maestro"])
    if network == "visa":
        n = luhn_complete("4" + rs(rng, DIG, 5), 16, rng)
    elif network == "mc":
        p = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2305"])
        n = luhn_complete(p, 16, rng)
    elif network == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        style = rng.random()
        if style < 0.6:
            return n[:4] + " " + n[4:10] + " " + n[10:], "amex"
        if style < 0.8:
            return n[:4] + "-" + n[4:10] + "-" + n[10:], "amex"
        return n, "amex"
    else:
        n = luhn_complete(rng.choice(["6703", "5018", "6759"]), rng.choice([16, 17, 19]), rng)
    style = rng.random()
    if style < 0.5:
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4)), network
    if style < 0.65:
        return "-".join(n[i:i + 4] for i in range(0, len(n), 4)), network
    if style < 0.72:
        return ".".join(n[i:i + 4] for i in range(0, len(n), 4)), network
    return n, network


def cvv(rng, network="visa"):
    return rs(rng, DIG, 4 if network == "amex" else 3)


def card_expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    months = {
        "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        "fr": ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
        "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    }[fam(lang)]
    return rng.choice([
        "%02d/%02d" % (m, y % 100), "%02d/%02d" % (m, y % 100), "%02d-%d" % (m, y),
        "%02d/%d" % (m, y), "%02d%02d" % (m, y % 100), "%s %d" % (months[m - 1], y),
        "%02d / %02d" % (m, y % 100),
    ])


# ---------------------------------------------------------------- IBAN
NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]
BE_BANKS = ["068", "001", "363", "735", "083", "979", "751", "103", "143"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ", "SRLG"]
DE_BANKS = ["37040044", "50010517", "10010010", "20041133", "70020270"]


def iban(rng, country):
    if country == "NL":
        raw = iban_make("NL", rng.choice(NL_BANKS) + rs(rng, DIG, 10))
    elif country == "BE":
        b = rng.choice(BE_BANKS) + rs(rng, DIG, 7)
        chk = int(b) % 97 or 97
        raw = iban_make("BE", b + "%02d" % chk)
    elif country == "FR":
        bank, branch, acct = rs(rng, DIG, 5), rs(rng, DIG, 5), rs(rng, DIG, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        raw = iban_make("FR", bank + branch + acct + "%02d" % key)
    elif country == "DE":
        raw = iban_make("DE", rng.choice(DE_BANKS) + rs(rng, DIG, 10))
    elif country == "GB":
        raw = iban_make("GB", rng.choice(GB_BANKS) + rs(rng, DIG, 14))
    elif country == "LU":
        raw = iban_make("LU", rs(rng, DIG, 3) + rs(rng, DIG, 13))
    else:
        raw = iban_make("ES", rs(rng, DIG, 20))
    style = rng.random()
    if style < 0.55:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if style < 0.8:
        return raw
    if style < 0.88:
        return raw.lower()
    if style < 0.95:
        return raw[:2] + " " + raw[2:4] + " " + " ".join(raw[i:i + 4] for i in range(4, len(raw), 4))
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ---------------------------------------------------------------- BSN / RRN
def bsn(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last <= 9:
            n = "".join(map(str, d)) + str(last)
            break
    st = rng.random()
    if st < 0.6:
        return n
    if st < 0.8:
        return n[:4] + "." + n[4:6] + "." + n[6:]
    return n[:3] + " " + n[3:6] + " " + n[6:]


def rrn(rng, dob):
    y, m, d = dob
    c = "%03d" % rng.randint(1, 998)
    base = "%02d%02d%02d%s" % (y % 100, m, d, c)
    if y >= 2000:
        chk = 97 - int("2" + base) % 97
    else:
        chk = 97 - int(base) % 97
    n = base + "%02d" % chk
    st = rng.random()
    if st < 0.55:
        return "%s.%s.%s-%s.%s" % (n[0:2], n[2:4], n[4:6], n[6:9], n[9:])
    if st < 0.8:
        return n
    return "%s%s%s %s %s" % (n[0:2], n[2:4], n[4:6], n[6:9], n[9:])


# ---------------------------------------------------------------- dates
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def dob_tuple(rng):
    return (rng.randint(1941, 2005), rng.randint(1, 12), rng.randint(1, 28))


def fmt_dob(rng, lang, t):
    y, m, d = t
    f = fam(lang)
    mn = MONTHS[f][m - 1]
    if lang == "en-us":
        opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y),
                "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d)]
    elif lang == "en-gb":
        suf = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d%s %s %d" % (d, suf, mn, y),
                "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)]
    elif f == "fr":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y),
                "%02d-%02d-%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100)]
    else:
        opts = ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d-%d-%02d" % (d, m, y % 100),
                "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d%02d%d" % (d, m, y)]
    return rng.choice(opts)


# ---------------------------------------------------------------- phones
def phone(rng, lang):
    if lang == "nl":
        if rng.random() < 0.85:
            n = "6" + rs(rng, DIG, 8)
            return rng.choice([
                "0" + n, "0" + n[0] + "-" + n[1:], "0" + n[0] + " " + n[1:5] + " " + n[5:],
                "+31 " + n[0] + " " + n[1:], "+31" + n, "0031 " + n[0] + " " + n[1:5] + " " + n[5:],
                "0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)),
            ])
        area = rng.choice(["20", "30", "10", "40", "50", "70", "71", "73", "76", "26"])
        rest = rs(rng, DIG, 9 - len(area))
        return rng.choice(["0%s-%s" % (area, rest), "0%s %s" % (area, rest), "+31 %s %s" % (area, rest)])
    if lang in ("nl-be", "fr-be"):
        if rng.random() < 0.85:
            p = rng.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479",
                            "484", "485", "486", "487", "488", "489", "490", "491", "494", "495", "496", "497", "498", "499"])
            a, b, c = rs(rng, DIG, 2), rs(rng, DIG, 2), rs(rng, DIG, 2)
            return rng.choice([
                "0%s %s %s %s" % (p, a, b, c), "0%s/%s.%s.%s" % (p, a, b, c), "+32 %s %s %s %s" % (p, a, b, c),
                "0%s%s%s%s" % (p, a, b, c), "+32%s%s%s%s" % (p, a, b, c), "0%s %s%s%s" % (p, a, b, c),
                "0032 %s %s %s %s" % (p, a, b, c),
            ])
        area = rng.choice(["2", "3", "9", "4", "10", "16", "50", "81", "71"])
        rest = rs(rng, DIG, 8 - len(area))
        return rng.choice(["0%s %s %s %s" % (area, rest[:-4], rest[-4:-2], rest[-2:]), "0%s/%s" % (area, rest)])
    if lang == "en-gb":
        if rng.random() < 0.85:
            n = "7" + rng.choice(["700", "400", "911", "824", "956", "538", "123", "398"]) + rs(rng, DIG, 6)
            return rng.choice(["0" + n[:4] + " " + n[4:], "+44 " + n[:4] + " " + n[4:], "0" + n,
                               "+44 (0)" + n[:4] + " " + n[4:], "0" + n[:4] + " " + n[4:7] + " " + n[7:]])
        return rng.choice(["0113 496 %s" % rs(rng, DIG, 4), "020 7946 %s" % rs(rng, DIG, 4),
                           "0161 496 %s" % rs(rng, DIG, 4)])
    area = rng.choice(["212", "312", "415", "512", "617", "720", "206", "303", "404", "702", "919", "503"])
    ex = rng.choice(["555", str(rng.randint(201, 989))])
    last = rs(rng, DIG, 4)
    return rng.choice(["(%s) %s-%s" % (area, ex, last), "%s-%s-%s" % (area, ex, last),
                       "+1 %s %s %s" % (area, ex, last), "%s.%s.%s" % (area, ex, last),
                       "%s%s%s" % (area, ex, last), "+1 (%s) %s-%s" % (area, ex, last)])


def company_phone(brand, lang):
    r = random.Random("cp:" + brand)
    if lang == "nl":
        return r.choice(["0800-%s" % rs(r, DIG, 4), "088 %s %s" % (rs(r, DIG, 3), rs(r, DIG, 4)),
                         "0900-%s" % rs(r, DIG, 4), "0800 %s" % rs(r, DIG, 4)])
    if lang in ("nl-be", "fr-be"):
        return r.choice(["0800 %s %s" % (rs(r, DIG, 2), rs(r, DIG, 3)), "078 %s %s %s" % (rs(r, DIG, 2), rs(r, DIG, 2), rs(r, DIG, 2)),
                         "02 %s %s %s" % (rs(r, DIG, 3), rs(r, DIG, 2), rs(r, DIG, 2))])
    if lang == "en-gb":
        return r.choice(["0800 %s %s" % (rs(r, DIG, 3), rs(r, DIG, 3)), "0345 %s %s" % (rs(r, DIG, 3), rs(r, DIG, 4)),
                         "0330 %s %s" % (rs(r, DIG, 3), rs(r, DIG, 4))])
    return r.choice(["1-800-%s-%s" % (rs(r, DIG, 3), rs(r, DIG, 4)), "1-888-%s-%s" % (rs(r, DIG, 3), rs(r, DIG, 4)),
                     "(800) %s-%s" % (rs(r, DIG, 3), rs(r, DIG, 4))])


# ---------------------------------------------------------------- email
DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "xs4all.nl", "icloud.com"],
    "nl-be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "outlook.be", "proximus.be", "icloud.com"],
    "fr-be": ["gmail.com", "skynet.be", "hotmail.com", "voo.be", "yahoo.fr", "outlook.be", "live.be"],
    "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "en-us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "hotmail.com"],
}


def slug(s):
    tr = str.maketrans("éèëêáàäâïîóöôúüûç", "eeeeaaaaiiooouuuc")
    return "".join(c for c in s.lower().translate(tr) if c.isalnum())


def email(rng, lang, first, last):
    f, l = slug(first), slug(last)
    dom = rng.choice(DOMAINS[lang])
    local = rng.choice([
        f + "." + l, f + l, f[0] + "." + l, f + "_" + l + str(rng.randint(1, 99)), f + str(rng.randint(70, 2005)),
        l + "." + f, f + "." + l + str(rng.randint(1, 9)), f[0] + l + str(rng.randint(10, 99)),
    ])
    return local + "@" + dom


def obfuscate_email(rng, e, lang):
    local, dom = e.split("@")
    st = rng.random()
    if st < 0.35:
        return local.replace(".", " . ") + " @ " + dom.replace(".", " . ")
    if st < 0.6:
        at, dot = {"nl": ("[at]", "[punt]"), "fr": ("(arobase)", "(point)"), "en": ("[at]", "[dot]")}[fam(lang)]
        return local + " " + at + " " + dom.replace(".", " " + dot + " ")
    if st < 0.8:
        return local + " at " + dom.replace(".", " dot ")
    return e.upper()


def agent_email(rng, first, last, brand_domain):
    return "%s.%s@%s" % (slug(first), slug(last), brand_domain)


# ---------------------------------------------------------------- credentials
PWWORDS = {
    "nl": ["zomer", "winter", "fiets", "konijn", "tulp", "voetbal", "molen", "haring", "poes", "appel", "welkom", "oranje", "duiker", "kaas"],
    "fr": ["soleil", "chocolat", "frites", "moules", "lapin", "bonjour", "marine", "papillon", "nounours", "etoile", "liege", "jardin"],
    "en": ["summer", "football", "sunshine", "dragon", "monkey", "liverpool", "biscuit", "princess", "shadow", "buster", "welcome", "arsenal"],
}


def password(rng, lang):
    w = rng.choice(PWWORDS[fam(lang)])
    st = rng.random()
    if st < 0.25:
        return w.capitalize() + str(rng.randint(2015, 2026)) + rng.choice("!#?$*.")
    if st < 0.4:
        return w + str(rng.randint(1, 999))
    if st < 0.55:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet.capitalize() + str(rng.randint(10, 99)) + rng.choice(["", "!", "#"])
    if st < 0.75:
        pool = ALNUM + "!#%&*?"
        while True:
            p = rs(rng, pool, rng.randint(10, 16))
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
                return p
    if st < 0.88:
        ws = rng.sample(PWWORDS[fam(lang)], 3)
        return rng.choice(["-", ".", "_"]).join(ws) + str(rng.randint(1, 99))
    return rs(rng, string.ascii_uppercase, 1) + rs(rng, string.ascii_lowercase, 5) + rs(rng, DIG, 4) + rng.choice("!@#$")


def temp_password(rng):
    return rng.choice([rs(rng, ALNUM, 8), rs(rng, string.ascii_uppercase + DIG, 10),
                       rs(rng, string.ascii_lowercase, 4) + "-" + rs(rng, DIG, 4)])


def pin(rng, n=None):
    n = n or rng.choice([4, 4, 4, 4, 5, 6])
    while True:
        p = rs(rng, DIG, n)
        if len(set(p)) > 1:
            return p


def puk(rng):
    return rs(rng, DIG, 8)


def otp(rng):
    st = rng.random()
    if st < 0.55:
        return rs(rng, DIG, 6)
    if st < 0.65:
        c = rs(rng, DIG, 6)
        return c[:3] + " " + c[3:]
    if st < 0.72:
        return rng.choice(["G-", "K-", "M-"]) + rs(rng, DIG, 6)
    if st < 0.82:
        return rs(rng, DIG, rng.choice([4, 5, 8]))
    if st < 0.92:
        return rs(rng, string.ascii_uppercase + "23456789", 6)
    c = rs(rng, DIG, 6)
    return c[:3] + "-" + c[3:]


def wifi_key(rng, lang):
    st = rng.random()
    if st < 0.4:
        return rs(rng, ALNUM, rng.randint(12, 20))
    if st < 0.55:
        return rs(rng, "abcdef0123456789", 26).upper()
    if st < 0.75:
        return rng.choice(PWWORDS[fam(lang)]).capitalize() + rng.choice(PWWORDS[fam(lang)]).capitalize() + str(rng.randint(10, 9999))
    if st < 0.9:
        return rs(rng, string.ascii_lowercase + DIG, 4) + "-" + rs(rng, string.ascii_lowercase + DIG, 4) + "-" + rs(rng, string.ascii_lowercase + DIG, 4)
    return rs(rng, string.ascii_uppercase + DIG, 10)


def username(rng, first, last):
    f, l = slug(first), slug(last)
    return rng.choice([
        f + l[:3] + str(rng.randint(1, 99)), f[0] + l, f + "_" + l, f + "." + l + str(rng.randint(70, 99)),
        rng.choice(["xX", "the", "", "real"]) + f.capitalize() + rng.choice(["Gamer", "NL", "_be", "Pro", "007", "Xx"]),
        l + f[0] + str(rng.randint(1, 999)), f + str(rng.randint(1970, 2008)), "u" + rs(rng, DIG, 7),
    ])


def api_key(rng):
    st = rng.randint(0, 8)
    if st == 0:
        return "sk_live_" + rs(rng, ALNUM, 24), "stripe"
    if st == 1:
        return "rk_live_" + rs(rng, ALNUM, 24), "stripe"
    if st == 2:
        return "live_" + rs(rng, ALNUM, 30), "mollie"
    if st == 3:
        return "AKIA" + rs(rng, string.ascii_uppercase + "234567", 16), "aws"
    if st == 4:
        return rs(rng, ALNUM + "/+", 40), "aws_secret"
    if st == 5:
        return "api_" + rs(rng, HEX, 32), "generic"
    if st == 6:
        return "SG." + rs(rng, ALNUM + "_-", 22) + "." + rs(rng, ALNUM + "_-", 43), "sendgrid"
    if st == 7:
        return "key-" + rs(rng, HEX, 32), "mailgun"
    return rs(rng, HEX, rng.choice([32, 40])), "hex"


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def token(rng):
    st = rng.randint(0, 6)
    if st == 0:
        hdr = b64u(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        pl = b64u(json.dumps({"sub": rs(rng, DIG, 8), "iat": rng.randint(1700000000, 1760000000),
                              "scope": rng.choice(["read", "app", "user"])}, separators=(",", ":")).encode())
        return hdr + "." + pl + "." + rs(rng, ALNUM + "-_", 43), "jwt"
    if st == 1:
        return "ghp_" + rs(rng, ALNUM, 36), "github"
    if st == 2:
        return "glpat-" + rs(rng, ALNUM + "-_", 20), "gitlab"
    if st == 3:
        return "xoxb-" + rs(rng, DIG, 12) + "-" + rs(rng, DIG, 13) + "-" + rs(rng, ALNUM, 24), "slack"
    if st == 4:
        return "EAAG" + rs(rng, ALNUM, 60), "meta"
    if st == 5:
        return rs(rng, ALNUM, 40), "opaque"
    return "sess_" + rs(rng, LOWALNUM, 32), "session"


def ip_address(rng):
    if rng.random() < 0.85:
        a = rng.choice([84, 31, 77, 81, 82, 85, 86, 87, 89, 94, 145, 178, 188, 212, 213, 217, 92, 109, 62, 195])
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return "2a02:%s:%s:%s::%s" % (rs(rng, HEX, 4), rs(rng, HEX, 4), rs(rng, HEX, 1), rs(rng, HEX, 3))


def customer_number(rng, brand):
    r = random.Random("cn:" + brand)
    st = r.randint(0, 9)
    if st == 0:
        return rs(rng, DIG, 9)
    if st == 1:
        return r.choice(["KL", "K", "CN", "C"]) + rs(rng, DIG, 7)
    if st == 2:
        d = rs(rng, DIG, 10)
        return d[:4] + " " + d[4:8] + " " + d[8:]
    if st == 3:
        return "CUS-" + rs(rng, DIG, 8)
    if st == 4:
        d = rs(rng, DIG, 8)
        return d[0] + "." + d[1:5] + "." + d[5:]
    if st == 5:
        return "1" + rs(rng, DIG, 9)
    if st == 6:
        return rs(rng, DIG, 3) + "-" + rs(rng, DIG, 4) + "-" + rs(rng, DIG, 3)
    if st == 7:
        return "ACC" + rs(rng, DIG, 8)
    if st == 8:
        return rs(rng, DIG, 7)
    return "M" + rs(rng, DIG, 3) + "-" + rs(rng, DIG, 5)


def digits_spelled(v, lang):
    words = {
        "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en": "zero one two three four five six seven eight nine".split(),
    }[fam(lang)]
    return [words[int(c)] for c in v if c.isdigit()]
