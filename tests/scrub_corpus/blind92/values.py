"""Value generators for the blind92 corpus (standard library only).

Every generator takes (rng, ctx) where ctx is a dict with at least 'lang' and 'pools'.
Generators for labelled values return the exact string to be labelled.
"""
import string
import unicodedata

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def ralnum(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0 and len(d) >= 12


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r.upper())
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0 and tot != 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- high risk
def card(rng, ctx):
    kind = rng.random()
    if kind < 0.45:
        p = "4" + rdig(rng, 14)
    elif kind < 0.8:
        p = str(rng.randint(51, 55)) + rdig(rng, 13)
    elif kind < 0.9:
        p = rng.choice(["34", "37"]) + rdig(rng, 12)
    else:
        p = "6703" + rdig(rng, 14)  # Bancontact/Maestro 19
    n = luhn_complete(p)
    st = rng.random()
    if len(n) == 15:
        groups = [n[:4], n[4:10], n[10:]]
    elif len(n) == 19:
        groups = [n[:4], n[4:8], n[8:12], n[12:16], n[16:]]
    else:
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    if st < 0.45:
        return " ".join(groups)
    if st < 0.75:
        return n
    if st < 0.9:
        return "-".join(groups)
    return ".".join(groups) if len(n) == 16 else "  ".join(groups)


def cvv(rng, ctx):
    return rdig(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, ctx):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    f = rng.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d / %02d", "%02d.20%02d"])
    return f % (m, y)


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "KNAB", "BUNQ", "TRIO", "RBRB", "REVO"]


def iban(rng, ctx, country=None):
    lang = ctx["lang"]
    if country is None:
        r = rng.random()
        if lang == "nl":
            country = "NL" if r < 0.8 else rng.choice(["BE", "DE", "LT", "GB"])
        elif lang in ("nl-be", "fr-be"):
            country = "BE" if r < 0.75 else rng.choice(["NL", "FR", "LU", "LT"])
        elif lang == "en-gb":
            country = "GB" if r < 0.6 else rng.choice(["NL", "IE", "DE", "LT"])
        else:
            country = rng.choice(["NL", "DE", "GB", "IE", "BE", "ES"])
    if country == "NL":
        bban = rng.choice(NL_BANKS) + rdig(rng, 10)
    elif country == "BE":
        b = rdig(rng, 10, True)
        c = int(b) % 97 or 97
        bban = b + "%02d" % c
    elif country == "DE":
        bban = rdig(rng, 18)
    elif country == "LT":
        bban = "32500" + rdig(rng, 11)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ", "REVO"]) + rdig(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + rdig(rng, 14)
    elif country == "FR":
        bban = rdig(rng, 23)
    elif country == "LU":
        bban = rdig(rng, 3) + ralnum(rng, 13, string.ascii_uppercase + DIG)
    else:  # ES
        bban = rdig(rng, 20)
    s = iban_make(country, bban)
    st = rng.random()
    if st < 0.5:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif st < 0.8:
        out = s
    elif st < 0.9:
        out = s.lower() if rng.random() < 0.5 else " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    else:
        out = "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_ok(out), out
    return out


def bsn(rng, ctx):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            if bsn_ok(s):
                break
    st = rng.random()
    if st < 0.55:
        return s
    if st < 0.8:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if st < 0.9:
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s[:3] + "-" + s[3:6] + "-" + s[6:]


def rrn(rng, ctx):
    y = rng.randint(1940, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ser = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, ser)
    if y >= 2000:
        chk = 97 - int("2" + base) % 97
    else:
        chk = 97 - int(base) % 97
    s = base + "%02d" % chk
    st = rng.random()
    if st < 0.4:
        out = "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    elif st < 0.7:
        out = s
    elif st < 0.85:
        out = "%s %s %s" % (s[:6], s[6:9], s[9:])
    else:
        out = "%s-%s-%s" % (s[:6], s[6:9], s[9:])
    assert rrn_ok(out)
    return out


WORDS_PW = ["Zomer", "Winter", "Lente", "Voetbal", "Bmw", "Tesla", "Golf", "Polo", "Ajax", "Anderlecht",
            "Soleil", "Maison", "Chelsea", "Sunshine", "Dragon", "Kapsalon", "Fietsje", "Moto", "Peugeot",
            "Bitcoin", "Hodl", "Lambo", "Mercedes", "Oma", "Poes", "Hond", "Liverpool", "Rocket"]


def password(rng, ctx):
    st = rng.random()
    if st < 0.35:
        return rng.choice(WORDS_PW) + str(rng.randint(1970, 2025)) + rng.choice(["!", "?", "#", "$", "", "!!", "*"])
    if st < 0.6:
        return ralnum(rng, rng.randint(10, 16), ALNUM + "!@#$%&*_-+=")
    if st < 0.75:
        w = rng.choice(WORDS_PW).lower()
        w = w.replace("o", "0").replace("e", "3").replace("a", "@")
        return w + rng.choice(["_", ".", "-", ""]) + rdig(rng, rng.randint(2, 4))
    if st < 0.9:
        return "-".join(rng.choice(["paard", "batterij", "nietje", "correct", "bleu", "velo", "garage", "sleutel",
                                      "parking", "wolk", "koffie", "tram"]) for _ in range(rng.randint(3, 4)))
    return ralnum(rng, 8, string.ascii_lowercase) + rdig(rng, 2) + rng.choice("!?#")


def pin(rng, ctx):
    st = rng.random()
    n = rng.choice([4, 4, 4, 5, 6])
    v = rdig(rng, n)
    if st < 0.8:
        return v
    if st < 0.9:
        return " ".join(v)
    return "-".join(v)


def puk(rng, ctx):
    v = rdig(rng, 8, True)
    return v if rng.random() < 0.75 else v[:4] + " " + v[4:]


def otp(rng, ctx):
    n = rng.choice([6, 6, 6, 6, 4, 5, 8])
    v = rdig(rng, n, True)
    st = rng.random()
    if n == 6 and st < 0.25:
        return v[:3] + " " + v[3:]
    if n == 6 and st < 0.35:
        return v[:3] + "-" + v[3:]
    return v


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def fam(lang):
    return "nl" if lang.startswith("nl") else ("fr" if lang.startswith("fr") else "en")


def otp_words(rng, ctx):
    w = NUMWORDS[fam(ctx["lang"])]
    d = rdig(rng, 6, True)
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(w[int(c)] for c in d)


def wifi_key(rng, ctx):
    st = rng.random()
    if st < 0.4:
        return ralnum(rng, rng.randint(12, 20))
    if st < 0.6:
        return "-".join(ralnum(rng, 4, "ABCDEF0123456789") for _ in range(4))
    if st < 0.8:
        return rng.choice(["werkplaats", "showroom", "garage", "wachtruimte", "atelier", "guest"]) + \
            rng.choice(["", "_", "-"]) + rdig(rng, rng.randint(3, 5)) + rng.choice(["", "!", "#"])
    return ralnum(rng, 26, "0123456789ABCDEF")


def username(rng, ctx):
    f = rng.choice(ctx["pools"]["first"]).lower()
    l = rng.choice(ctx["pools"]["last"]).lower().replace(" ", "").replace("'", "")
    st = rng.random()
    if st < 0.3:
        return f + "." + l
    if st < 0.55:
        return f[0] + l + rdig(rng, 2)
    if st < 0.7:
        return f + "_" + rdig(rng, 4)
    if st < 0.85:
        return l.capitalize() + f.capitalize()[:3] + rdig(rng, 2)
    return rng.choice(["crypto", "hodl", "moon", "lease", "auto", "turbo"]) + f + rdig(rng, 3)


def api_key(rng, ctx):
    st = rng.random()
    if st < 0.25:
        return rng.choice(["sk_live_", "sk_test_", "rk_live_", "pk_live_"]) + ralnum(rng, 24)
    if st < 0.4:
        return "AKIA" + ralnum(rng, 16, string.ascii_uppercase + "234567")
    if st < 0.5:
        return ralnum(rng, 40, ALNUM + "/+")  # aws secret
    if st < 0.7:
        return ralnum(rng, 64)  # exchange api key
    if st < 0.8:
        return "AIza" + ralnum(rng, 35, ALNUM + "-_")
    if st < 0.9:
        return "xkeysib-" + ralnum(rng, 64, HEX) + "-" + ralnum(rng, 16)
    return ralnum(rng, 8, HEX) + "-" + ralnum(rng, 4, HEX) + "-" + ralnum(rng, 4, HEX) + "-" + ralnum(rng, 4, HEX) + "-" + ralnum(rng, 12, HEX)


def aws_secret(rng, ctx):
    return ralnum(rng, 40, ALNUM + "/+")


def token(rng, ctx):
    st = rng.random()
    if st < 0.3:
        def b64(n):
            return ralnum(rng, n, ALNUM + "-_")
        return "eyJ" + b64(rng.randint(20, 34)) + ".eyJ" + b64(rng.randint(30, 60)) + "." + b64(43)
    if st < 0.5:
        return ralnum(rng, rng.choice([32, 40, 64]), HEX)
    if st < 0.65:
        return "ghp_" + ralnum(rng, 36)
    if st < 0.8:
        return ralnum(rng, 48, ALNUM)
    if st < 0.9:
        return "sess_" + ralnum(rng, 28, ALNUM)
    return "ya29." + ralnum(rng, 60, ALNUM + "-_")


def ip_address(rng, ctx):
    if rng.random() < 0.85:
        a = rng.choice([31, 37, 45, 62, 77, 81, 84, 85, 91, 94, 109, 141, 145, 178, 185, 188, 193, 212, 213, 217])
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    return "2a02:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))


# ---------------------------------------------------------------- other labelled
def phone(rng, ctx):
    lang = ctx["lang"]
    st = rng.random()
    if lang == "nl":
        if rng.random() < 0.8:
            d = "6" + rdig(rng, 8)
            forms = ["0%s-%s" % (d[:1], d[1:]), "0%s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:]),
                     "+31 %s %s %s" % (d[0], d[1:5], d[5:]), "+31%s" % d, "0031 %s %s" % (d[:1], d[1:]),
                     "0%s" % d, "(06) %s" % d[1:], "06 - %s %s" % (d[1:5], d[5:])]
        else:
            area = rng.choice(["20", "10", "30", "40", "50", "70", "35", "72", "184"])
            rest = rdig(rng, 9 - len(area), True)
            forms = ["0%s-%s" % (area, rest), "0%s %s" % (area, rest), "+31 %s %s" % (area, rest),
                     "(0%s) %s" % (area, rest)]
    elif lang in ("nl-be", "fr-be"):
        if rng.random() < 0.8:
            d = rng.choice(["47", "48", "49", "46"]) + rdig(rng, 7)
            forms = ["0%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "0%s/%s.%s.%s" % (d[:3], d[3:5], d[5:7], d[7:]),
                     "+32 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "+32%s" % d, "0032 %s %s" % (d[:3], d[3:]),
                     "0%s" % d, "0%s/%s" % (d[:3], d[3:])]
        else:
            area = rng.choice(["2", "3", "9", "4", "16", "50", "10", "81"])
            rest = rdig(rng, 8 - len(area), True)
            forms = ["0%s %s" % (area, rest), "0%s/%s" % (area, rest), "+32 %s %s" % (area, rest),
                     "0%s %s %s %s" % (area, rest[:-4], rest[-4:-2], rest[-2:])]
    elif lang == "en-gb":
        if rng.random() < 0.8:
            d = "7" + rdig(rng, 9)
            forms = ["0%s %s" % (d[:4], d[4:]), "+44 %s %s" % (d[:4], d[4:]), "+44 (0)%s %s" % (d[:4], d[4:]),
                     "0%s" % d, "0%s %s %s" % (d[:4], d[4:7], d[7:]), "+447%s" % d[1:]]
        else:
            forms = ["020 %s %s" % (rdig(rng, 4, True), rdig(rng, 4)), "0161 %s %s" % (rdig(rng, 3, True), rdig(rng, 4)),
                     "0113 %s" % rdig(rng, 7, True)]
    else:
        a = rng.choice(["212", "312", "415", "617", "646", "713", "503", "206", "305"])
        b, c = rdig(rng, 3, True), rdig(rng, 4)
        if b[0] == "1":
            b = "2" + b[1:]
        forms = ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                 "+1 (%s) %s-%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), "%s%s%s" % (a, b, c)]
    return rng.choice(forms)


MAILDOM = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "xs4all.nl", "planet.nl"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "icloud.com"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "yahoo.fr", "outlook.fr", "proton.me"],
    "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com", "proton.me"],
}


def email(rng, ctx, first=None, last=None):
    f = (first or rng.choice(ctx["pools"]["first"])).lower()
    l = (last or rng.choice(ctx["pools"]["last"])).lower().replace(" ", "").replace("'", "")
    f = unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode()
    l = unicodedata.normalize("NFKD", l).encode("ascii", "ignore").decode()
    st = rng.random()
    if st < 0.35:
        loc = f + "." + l
    elif st < 0.55:
        loc = f[0] + l
    elif st < 0.7:
        loc = f + l + rdig(rng, 2)
    elif st < 0.85:
        loc = f + "_" + l[:4] + rdig(rng, 2)
    else:
        loc = f + "+" + rng.choice(["lease", "auto", "crypto", "bank", "parking"])
    v = loc + "@" + rng.choice(MAILDOM[ctx["lang"]])
    if rng.random() < 0.07:
        v = v.capitalize()
    return v


def address(rng, ctx):
    P = ctx["pools"]
    lang = ctx["lang"]
    st = rng.choice(P["street_" + fam_addr(lang)])
    n = rng.randint(1, 240)
    suf = ""
    if lang == "nl":
        suf = rng.choice(["", "", "", "A", "-2", " bis", "hs", " III"])
        pc = "%d %s" % (rng.randint(1011, 9999), ralnum(rng, 2, "ABCDEGHJKLMNPRSTVWXZ"))
        if rng.random() < 0.3:
            pc = pc.replace(" ", "")
        city = rng.choice(P["city_nl"])
        forms = ["%s %d%s, %s %s" % (st, n, suf, pc, city), "%s %d%s %s %s" % (st, n, suf, pc, city),
                 "%s %d%s, %s" % (st, n, suf, city), "%s %d%s" % (st, n, suf), "%s %d%s, %s  %s" % (st, n, suf, pc, city.upper())]
    elif lang in ("nl-be", "fr-be"):
        city, pc = rng.choice(P["city_be"])
        if lang == "nl-be":
            suf = rng.choice(["", "", " bus 2", "/3", " bus 101"])
            forms = ["%s %d%s, %s %s" % (st, n, suf, pc, city), "%s %d%s, B-%s %s" % (st, n, suf, pc, city),
                     "%s %d%s %s %s" % (st, n, suf, pc, city), "%s %d%s" % (st, n, suf)]
        else:
            suf = rng.choice(["", "", " bte 4", "/12", " boîte 2"])
            forms = ["%s %d%s, %s %s" % (st, n, suf, pc, city), "%d%s, %s, %s %s" % (n, suf, st, pc, city),
                     "%s, %d%s - %s %s" % (st, n, suf, pc, city), "%s %d%s" % (st, n, suf)]
    elif lang == "en-gb":
        city, pc = rng.choice(P["city_gb"])
        flat = rng.choice(["", "", "Flat 3, ", "Flat 12B, "])
        forms = ["%s%d %s, %s %s" % (flat, n, st, city, pc), "%s%d %s, %s, %s" % (flat, n, st, city, pc),
                 "%d %s %s" % (n, st, pc), "%d %s" % (n, st)]
    else:
        city, state, z = rng.choice(P["city_us"])
        apt = rng.choice(["", "", " Apt 4B", ", Unit 210", " #7"])
        n = rng.randint(10, 9800)
        forms = ["%d %s%s, %s, %s %s" % (n, st, apt, city, state, z), "%d %s%s, %s %s %s" % (n, st, apt, city, state, z),
                 "%d %s%s" % (n, st, apt)]
    return rng.choice(forms)


def fam_addr(lang):
    return {"nl": "nl", "nl-be": "be_nl", "fr-be": "be_fr", "en-gb": "gb", "en-us": "us"}[lang]


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def dob(rng, ctx):
    y, m, d = rng.randint(1945, 2005), rng.randint(1, 12), rng.randint(1, 28)
    fm = fam(ctx["lang"])
    mn = MONTHS[fm][m - 1]
    if ctx["lang"] == "en-us":
        forms = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%d-%02d-%02d" % (y, m, d)]
    elif fm == "en":
        forms = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%dth %s %d" % (d, mn[:3], y) if d not in (1, 2, 3, 21, 22, 23) else "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y)]
    else:
        forms = ["%02d-%02d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y),
                 "%d-%d-%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)]
    return rng.choice(forms)


def customer_number(rng, ctx):
    st = rng.random()
    if st < 0.2:
        return rdig(rng, rng.choice([7, 8, 9, 10]), True)
    if st < 0.35:
        return rng.choice(["KL", "CN", "LP", "AX", "DL", "ACC"]) + rng.choice(["", "-", " "]) + rdig(rng, rng.randint(6, 9))
    if st < 0.5:
        return "%s-%s-%s" % (rng.choice(["LC", "LEA", "NL", "BE", "FL"]), rdig(rng, 4), rdig(rng, 6))
    if st < 0.6:
        return "871" + rdig(rng, 15)  # EAN aansluiting
    if st < 0.7:
        return "%d.%03d.%03d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 999))
    if st < 0.8:
        return "UID " + rdig(rng, 9) if False else rdig(rng, 3) + " " + rdig(rng, 3) + " " + rdig(rng, 3)
    if st < 0.9:
        return ralnum(rng, 2, string.ascii_uppercase) + rdig(rng, 8)
    return "%s%s" % (rng.choice(["PV", "VG", "BV", "PK"]), rdig(rng, 7))


SPAN_GEN = {
    "pw": ("password", password), "pin": ("pin", pin), "puk": ("puk", puk), "otp": ("otp", otp),
    "otpw": ("otp", otp_words), "wifi": ("wifi_key", wifi_key), "user": ("username", username),
    "api": ("api_key", api_key), "awssec": ("api_key", aws_secret), "tok": ("token", token),
    "card": ("card", card), "cvv": ("cvv", cvv), "iban": ("iban", iban), "bsn": ("bsn", bsn),
    "rrn": ("bsn", rrn), "email": ("email", email), "phone": ("phone", phone), "addr": ("address", address),
    "dob": ("date_of_birth", dob), "cust": ("customer_number", customer_number), "exp": ("card_expiry", card_expiry),
    "ip": ("ip_address", ip_address),
}
