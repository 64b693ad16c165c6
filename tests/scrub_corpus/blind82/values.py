"""Value generators for the blind82 corpus (stdlib only).

Every generator takes (rng, lang, pools, variant) and returns a string.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def d(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def nz(rng, n):
    return rng.choice("123456789") + d(rng, n - 1)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(s)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + d(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def bsn_ok(v):
    s = [int(c) for c in v if c.isdigit()]
    if len(s) != 9:
        return False
    tot = sum(w * x for w, x in zip(range(9, 1, -1), s[:8])) - s[8]
    return tot % 11 == 0


def rrn_ok(v):
    s = "".join(c for c in v if c.isdigit())
    if len(s) != 11:
        return False
    base, chk = int(s[:9]), int(s[9:])
    return 97 - base % 97 == chk or 97 - int("2" + s[:9]) % 97 == chk


def nhs_ok(v):
    s = [int(c) for c in v if c.isdigit()]
    if len(s) != 10:
        return False
    tot = sum(w * x for w, x in zip(range(10, 1, -1), s[:9]))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c == s[9]


# ---------------------------------------------------------------- secrets
PW_WORDS = ["zomer", "Winter", "hond", "Poes", "lente", "Ajax", "tulp", "fiets", "Soleil", "chat", "maison",
            "Sunshine", "dragon", "Monkey", "Bella", "Liverpool", "oranje", "Kaas", "koffie", "Brugge",
            "papillon", "Max", "Luna", "rosie", "Eagles", "Yankees", "Buster", "molen", "Knokke", "Ardennes"]
PW_SYM = "!@#$%&*?.-_+="


def password(rng, lang, pools, v=None):
    k = rng.randrange(9)
    w = pick(rng, PW_WORDS)
    if k == 0:
        return w + d(rng, rng.choice([2, 4])) + rng.choice(PW_SYM)
    if k == 1:
        return w.capitalize() + rng.choice(PW_SYM) + d(rng, 3)
    if k == 2:
        return "".join(rng.choice(ALNUM + "!#%&*") for _ in range(rng.randint(10, 16)))
    if k == 3:
        return "-".join(pick(rng, PW_WORDS).lower() for _ in range(3)) + d(rng, 2)
    if k == 4:
        return w.lower() + d(rng, 3)
    if k == 5:
        m = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"}
        return "".join(m.get(c, c) for c in w + pick(rng, PW_WORDS).lower()) + d(rng, 2)
    if k == 6:
        return d(rng, 2) + w + pick(rng, PW_WORDS) + rng.choice(PW_SYM)
    if k == 7:
        return "Welkom" + d(rng, 2) + rng.choice("!?#")
    return "".join(rng.choice(LOW) for _ in range(5)) + d(rng, 4) + rng.choice(UP)


def pin(rng, lang, pools, v=None):
    if v == "door":
        return rng.choice([d(rng, 4), d(rng, 4) + "#", d(rng, 5), "*" + d(rng, 4), d(rng, 6)])
    if v == "sim":
        return d(rng, 4)
    return d(rng, rng.choice([4, 4, 4, 5, 6]))


def puk(rng, lang, pools, v=None):
    x = d(rng, 8)
    return x if rng.random() < 0.7 else x[:4] + " " + x[4:]


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, lang, pools, v=None):
    n = rng.choice([6, 6, 6, 5, 8, 4])
    x = d(rng, n)
    if v == "words":
        return " ".join(NUMWORDS[lang][int(c)] for c in x[:6])
    k = rng.randrange(6)
    if k == 0 and n == 6:
        return x[:3] + " " + x[3:]
    if k == 1 and n == 6:
        return x[:3] + "-" + x[3:]
    if k == 2:
        return "G-" + d(rng, 6)
    return x


def wifi_key(rng, lang, pools, v=None):
    k = rng.randrange(5)
    if k == 0:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 26])))
    if k == 1:
        return "-".join("".join(rng.choice(ALNUM) for _ in range(4)) for _ in range(4))
    if k == 2:
        return pick(rng, PW_WORDS) + pick(rng, PW_WORDS).lower() + d(rng, 4)
    if k == 3:
        return "".join(rng.choice(LOW + DIG) for _ in range(rng.randint(12, 20)))
    return "".join(rng.choice(UP + DIG) for _ in range(8)) + "".join(rng.choice(LOW) for _ in range(4))


def username(rng, lang, pools, v=None):
    f, l = pick(rng, pools["first_raw"]).lower(), pick(rng, pools["last_raw"]).lower().replace(" ", "")
    k = rng.randrange(7)
    if k == 0:
        return f + "." + l + d(rng, 2)
    if k == 1:
        return f[0] + l
    if k == 2:
        return f + "_" + d(rng, 4)
    if k == 3:
        return l + f[0] + d(rng, 2)
    if k == 4:
        return f.capitalize() + l.capitalize()
    if k == 5:
        return "pt" + d(rng, 7)
    return f + l[:3] + str(rng.randint(1950, 2004))


def api_key(rng, lang, pools, v=None):
    k = rng.randrange(6)
    if k == 0:
        return "sk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if k == 1:
        return "AKIA" + "".join(rng.choice(UP + DIG) for _ in range(16))
    if k == 2:
        return "AIza" + "".join(rng.choice(ALNUM + "_-") for _ in range(35))
    if k == 3:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if k == 4:
        return "pk_" + "".join(rng.choice(LOW + DIG) for _ in range(28))
    return "key-" + "".join(rng.choice(LOW + DIG) for _ in range(32))


def aws_secret(rng, lang, pools, v=None):
    return "".join(rng.choice(ALNUM + "/+") for _ in range(40))


def token(rng, lang, pools, v=None):
    k = rng.randrange(5)
    b64 = ALNUM + "-_"
    if k == 0:
        return "eyJ" + "".join(rng.choice(b64) for _ in range(30)) + "." + "eyJ" + \
            "".join(rng.choice(b64) for _ in range(40)) + "." + "".join(rng.choice(b64) for _ in range(30))
    if k == 1:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if k == 2:
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    if k == 3:
        return "xoxb-" + d(rng, 11) + "-" + d(rng, 12) + "-" + "".join(rng.choice(ALNUM) for _ in range(24))
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(24, 44)))


def card(rng, lang, pools, v=None):
    k = rng.randrange(10)
    if k < 4:
        n = luhn_complete("4" + d(rng, 5), 16, rng)
    elif k < 7:
        n = luhn_complete(str(rng.randint(51, 55)) + d(rng, 4), 16, rng)
    elif k < 8:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        g = rng.randrange(3)
        if g == 0:
            return n[:4] + " " + n[4:10] + " " + n[10:]
        if g == 1:
            return n[:4] + "-" + n[4:10] + "-" + n[10:]
        return n
    else:
        n = luhn_complete("6703" if lang in ("nl-be", "fr-be") else "2" + str(rng.randint(221, 720)), 16, rng)
    g = rng.randrange(6)
    if g == 0:
        return n
    if g in (1, 2):
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if g == 3:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    if g == 4:
        return ".".join(n[i:i + 4] for i in range(0, 16, 4))
    return n[:8] + " " + n[8:]


def cvv(rng, lang, pools, v=None):
    return d(rng, 3) if rng.random() < 0.9 else d(rng, 4)


def card_expiry(rng, lang, pools, v=None):
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    k = rng.randrange(6)
    if k == 0:
        return "%02d/%02d" % (m, y % 100)
    if k == 1:
        return "%02d/%d" % (m, y)
    if k == 2:
        return "%02d-%02d" % (m, y % 100)
    if k == 3:
        mon = MONTHS[lang][m - 1][:3]
        return "%s %d" % (mon, y)
    if k == 4:
        return "%d/%02d" % (m, y % 100)
    return "%02d %02d" % (m, y % 100)


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban(rng, lang, pools, v=None):
    cc = v
    if cc is None:
        r = rng.random()
        if lang in ("nl",):
            cc = "NL" if r < 0.8 else rng.choice(["BE", "DE", "FR"])
        elif lang in ("nl-be", "fr-be"):
            cc = "BE" if r < 0.75 else rng.choice(["NL", "FR", "LU", "DE"])
        elif lang == "en-gb":
            cc = "GB" if r < 0.75 else rng.choice(["IE", "NL", "ES"])
        else:
            cc = rng.choice(["DE", "NL", "GB", "FR"])
    if cc == "NL":
        s = iban_make("NL", pick(rng, NL_BANKS) + d(rng, 10))
    elif cc == "BE":
        x = nz(rng, 10)
        c = int(x) % 97 or 97
        s = iban_make("BE", x + "%02d" % c)
    elif cc == "DE":
        s = iban_make("DE", d(rng, 18))
    elif cc == "FR":
        s = iban_make("FR", d(rng, 10) + "".join(rng.choice(UP + DIG) for _ in range(11)) + d(rng, 2))
    elif cc == "LU":
        s = iban_make("LU", d(rng, 3) + "".join(rng.choice(UP + DIG) for _ in range(13)))
    elif cc == "GB":
        s = iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(rng, 14))
    elif cc == "IE":
        s = iban_make("IE", rng.choice(["AIBK", "BOFI"]) + d(rng, 14))
    else:
        s = iban_make("ES", d(rng, 20))
    assert iban_ok(s), s
    k = rng.randrange(8)
    if k < 4:
        return _group4(s)
    if k < 6:
        return s
    if k == 6:
        return _group4(s).lower()
    return s.lower()


def bsn(rng, lang, pools, v=None):
    while True:
        x = nz(rng, 8)
        tot = sum(w * int(c) for w, c in zip(range(9, 1, -1), x))
        last = tot % 11
        if last <= 9:
            s = x + str(last)
            if bsn_ok(s):
                break
    k = rng.randrange(5)
    if k == 0:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if k == 1:
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def rrn(rng, lang, pools, v=None):
    y = rng.randint(1935, 2008)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
    s = base + "%02d" % chk
    assert rrn_ok(s)
    k = rng.randrange(5)
    if k == 0:
        return s
    if k == 1:
        return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    if k == 2:
        return "%s %s %s" % (s[:6], s[6:9], s[9:])
    if k == 3:
        return "%s-%s-%s" % (s[:6], s[6:9], s[9:])
    return "%s.%s.%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])


# ---------------------------------------------------------------- contact
MAIL_DOM = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "icloud.com"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "yahoo.fr", "live.be", "scarlet.be"],
    "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com", "att.net"],
}


def email(rng, lang, pools, v=None):
    f = pick(rng, pools["first_raw"]).lower()
    l = pick(rng, pools["last_raw"]).lower().replace(" ", "").replace("'", "")
    f = f.replace("é", "e").replace("ë", "e").replace("ï", "i")
    l = l.replace("é", "e").replace("ë", "e").replace("ö", "o")
    k = rng.randrange(7)
    if k == 0:
        loc = f + "." + l
    elif k == 1:
        loc = f[0] + l
    elif k == 2:
        loc = f + l + d(rng, 2)
    elif k == 3:
        loc = f + "_" + l
    elif k == 4:
        loc = l + "." + f[0]
    elif k == 5:
        loc = f + str(rng.randint(1955, 2002))
    else:
        loc = f + "." + l + "+zorg"
    dom = pick(rng, MAIL_DOM[lang])
    s = loc + "@" + dom
    return s if rng.random() < 0.93 else s.capitalize()


def phone(rng, lang, pools, v=None):
    mobile = v != "land" and (v == "mob" or rng.random() < 0.72)
    if lang == "nl":
        if mobile:
            x = "6" + d(rng, 8)
            k = rng.randrange(9)
            return ["0" + x, "0%s-%s" % (x[0], x[1:]), "0%s %s" % (x[0], x[1:]),
                    "0%s %s %s" % (x[0], x[1:5], x[5:]), "+31 %s %s" % (x[0], x[1:]),
                    "+31%s" % x, "0031 %s %s" % (x[0], x[1:]), "+31 (0)%s %s" % (x[0], x[1:]),
                    "0%s-%s %s %s" % (x[0], x[1:3], x[3:5], x[5:])][k]
        a = pick(rng, ["20", "10", "30", "70", "40", "50", "318", "345", "413", "76", "58", "24"])
        rest = d(rng, 9 - len(a))
        k = rng.randrange(4)
        return ["0%s-%s" % (a, rest), "0%s %s" % (a, rest), "+31 %s %s" % (a, rest), "0%s%s" % (a, rest)][k]
    if lang in ("nl-be", "fr-be"):
        if mobile:
            p = pick(rng, ["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "486", "488", "494", "496", "497", "499"])
            r = d(rng, 6)
            k = rng.randrange(8)
            return ["0%s %s %s %s" % (p, r[:2], r[2:4], r[4:]), "0%s/%s.%s.%s" % (p, r[:2], r[2:4], r[4:]),
                    "0%s%s" % (p, r), "+32 %s %s %s %s" % (p, r[:2], r[2:4], r[4:]),
                    "+32%s%s" % (p, r), "0032 %s %s %s %s" % (p, r[:2], r[2:4], r[4:]),
                    "0%s/%s" % (p, r), "+32 (0)%s %s %s" % (p, r[:3], r[3:])][k]
        a = pick(rng, ["2", "9", "3", "4", "10", "16", "50", "56", "81", "65"])
        r = d(rng, 8 - len(a))
        k = rng.randrange(3)
        if len(a) == 1:
            return ["0%s %s %s %s" % (a, r[:3], r[3:5], r[5:]), "0%s/%s.%s.%s" % (a, r[:3], r[3:5], r[5:]),
                    "+32 %s %s %s %s" % (a, r[:3], r[3:5], r[5:])][k]
        return ["0%s %s %s %s" % (a, r[:2], r[2:4], r[4:]), "0%s/%s.%s.%s" % (a, r[:2], r[2:4], r[4:]),
                "+32 %s %s %s %s" % (a, r[:2], r[2:4], r[4:])][k]
    if lang == "en-gb":
        if mobile:
            x = "7" + d(rng, 9)
            k = rng.randrange(6)
            return ["0%s %s" % (x[:4], x[4:]), "0%s%s" % (x[:4], x[4:]), "+44 %s %s" % (x[:4], x[4:]),
                    "+44 (0)%s %s" % (x[:4], x[4:]), "0%s %s %s" % (x[:4], x[4:7], x[7:]), "+447%s" % x[1:]][k]
        k = rng.randrange(4)
        return ["020 %s %s" % (d(rng, 4), d(rng, 4)), "0161 %s %s" % (d(rng, 3), d(rng, 4)),
                "01%s %s" % (d(rng, 3), d(rng, 6)), "+44 113 %s %s" % (d(rng, 3), d(rng, 4))][k]
    a = pick(rng, ["312", "415", "617", "212", "503", "713", "404", "602", "919", "720"])
    e = pick(rng, ["555", "482", "739", "261", "908"])
    n = d(rng, 4)
    k = rng.randrange(7)
    return ["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s.%s.%s" % (a, e, n), "+1 %s %s %s" % (a, e, n),
            "1-%s-%s-%s" % (a, e, n), "%s%s%s" % (a, e, n), "+1 (%s) %s-%s" % (a, e, n)][k]


def company_phone(rng, lang, pools, v=None):
    if lang == "nl":
        return pick(rng, ["0800-", "088-", "0900-", "088 ", "+31 88 "]) + d(rng, 3) + " " + d(rng, 4)
    if lang in ("nl-be", "fr-be"):
        return pick(rng, ["078 ", "0800 ", "070 ", "+32 78 "]) + d(rng, 2) + " " + d(rng, 2) + " " + d(rng, 2)
    if lang == "en-gb":
        return pick(rng, ["0345 ", "0800 ", "0300 ", "0333 ", "0808 "]) + d(rng, 3) + " " + d(rng, 4)
    return pick(rng, ["1-800-", "1-888-", "(800) ", "1-877-"]) + d(rng, 3) + "-" + d(rng, 4)


# ---------------------------------------------------------------- address
def address(rng, lang, pools, v=None):
    st = pick(rng, pools["street"])
    city = pick(rng, pools["city"])
    if lang == "nl":
        num = str(rng.randint(1, 240)) + pick(rng, ["", "", "", "a", "B", "-2", " hs", "-II", " bis"])
        pc = "%s%s%s" % (nz(rng, 4), rng.choice([" ", " ", ""]), "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
        full = [st + " " + num + ", " + pc + " " + city, st + " " + num + " " + pc + " " + city,
                st + " " + num + ", " + pc + "  " + city.upper(), st + " " + num + " te " + city,
                st + " " + num]
    elif lang in ("nl-be", "fr-be"):
        bus = pick(rng, ["", "", "", " bus 3", "/2", " bte 5", " boîte 12", "A", " b2"])
        if lang == "nl-be":
            bus = bus.replace("bte", "bus").replace("boîte", "bus")
        num = str(rng.randint(1, 320))
        pc = nz(rng, 4)
        if lang == "fr-be":
            full = [st + " " + num + bus + ", " + pc + " " + city, st + ", " + num + bus + " - " + pc + " " + city,
                    st + " " + num + bus + " " + pc + " " + city, st + " " + num + bus]
        else:
            full = [st + " " + num + bus + ", " + pc + " " + city, st + " " + num + bus + " " + pc + " " + city,
                    st + " " + num + bus + ", B-" + pc + " " + city, st + " " + num + bus]
    elif lang == "en-gb":
        num = str(rng.randint(1, 180))
        pc = "".join(rng.choice("ABCDEGHLMNPRSTW") for _ in range(rng.choice([1, 2]))) + str(rng.randint(1, 28)) + \
            " " + str(rng.randint(1, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        flat = pick(rng, ["", "", "", "Flat 2, ", "Flat 14b, ", "Apartment 6, "])
        full = [flat + num + " " + st + ", " + city + " " + pc, flat + num + " " + st + ", " + city + ", " + pc,
                num + " " + st + " " + city + " " + pc.replace(" ", ""), flat + num + " " + st]
    else:
        num = str(rng.randint(10, 9800))
        apt = pick(rng, ["", "", "", ", Apt 3B", " #204", ", Unit 12", " Apt. 7"])
        stt, z = pick(rng, [("IL", "606"), ("OR", "972"), ("TX", "770"), ("MA", "021"), ("OH", "432"), ("FL", "331"), ("NY", "112")])
        zz = z + d(rng, 2)
        full = [num + " " + st + apt + ", " + city + ", " + stt + " " + zz, num + " " + st + apt + " " + city + " " + stt + " " + zz,
                num + " " + st + apt + ", " + city + " " + stt + " " + zz + "-" + d(rng, 4), num + " " + st + apt]
    if v == "full":
        return full[0]
    if v == "street":
        return full[-1]
    return pick(rng, full)


# ---------------------------------------------------------------- dates
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl-be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en-gb": "January February March April May June July August September October November December".split(),
    "en-us": "January February March April May June July August September October November December".split(),
}


def _date(rng, lang, y, m, dd):
    k = rng.randrange(6)
    mon = MONTHS[lang][m - 1]
    if lang == "en-us":
        return ["%02d/%02d/%d" % (m, dd, y), "%s %d, %d" % (mon, dd, y), "%d/%d/%02d" % (m, dd, y % 100),
                "%d-%02d-%02d" % (y, m, dd), "%s %d %d" % (mon[:3], dd, y), "%d/%d/%d" % (m, dd, y)][k]
    if lang == "en-gb":
        suf = "th" if 10 < dd < 14 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, mon, y), "%d%s %s %d" % (dd, suf, mon, y),
                "%d/%d/%02d" % (dd, m, y % 100), "%d %s %d" % (dd, mon[:3], y), "%02d.%02d.%d" % (dd, m, y)][k]
    if lang == "fr-be":
        return ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, mon, y), "%02d.%02d.%d" % (dd, m, y),
                "%d/%d/%d" % (dd, m, y), "%02d-%02d-%d" % (dd, m, y), "%s %s %d" % ("1er" if dd == 1 else dd, mon, y)][k]
    return ["%02d-%02d-%d" % (dd, m, y), "%d-%d-%d" % (dd, m, y), "%d %s %d" % (dd, mon, y),
            "%02d/%02d/%d" % (dd, m, y), "%d-%02d-%02d" % (y, m, dd), "%02d.%02d.%d" % (dd, m, y)][k]


def dob(rng, lang, pools, v=None):
    y = rng.randint(1932, 2006)
    return _date(rng, lang, y, rng.randint(1, 12), rng.randint(1, 28))


def date_neg(rng, lang, pools, v=None):
    y = rng.choice([2024, 2025, 2025, 2026])
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.3:
        mon = MONTHS[lang][m - 1]
        return ("%s %d" % (mon, dd)) if lang == "en-us" else ("%d %s" % (dd, mon))
    return _date(rng, lang, y, m, dd)


def time_neg(rng, lang, pools, v=None):
    h, m = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50, 5])
    if lang in ("nl", "nl-be"):
        return pick(rng, ["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%du%02d" % (h, m), "%d:%02d uur" % (h, m)])
    if lang == "fr-be":
        return pick(rng, ["%dh%02d" % (h, m), "%02d:%02d" % (h, m), "%d h" % h])
    hh = h if h <= 12 else h - 12
    return pick(rng, ["%d:%02d%s" % (hh, m, "am" if h < 12 else "pm"), "%02d:%02d" % (h, m), "%d.%02d pm" % (hh, m) if h > 12 else "%d.%02d am" % (hh, m)])


# ---------------------------------------------------------------- customer numbers
def customer_number(rng, lang, pools, v=None):
    if v == "nhs":
        while True:
            x = nz(rng, 9)
            tot = sum(w * int(c) for w, c in zip(range(10, 1, -1), x))
            c = 11 - tot % 11
            if c == 11:
                c = 0
            if c != 10:
                s = x + str(c)
                assert nhs_ok(s)
                return pick(rng, [s[:3] + " " + s[3:6] + " " + s[6:], s, s[:3] + "-" + s[3:6] + "-" + s[6:]])
    if v == "mbi":
        L = "ACDEFGHJKMNPQRTUVWXY"
        s = nz(rng, 1) + rng.choice(L) + rng.choice(L + DIG) + d(rng, 1) + rng.choice(L) + rng.choice(L + DIG) + d(rng, 1) + \
            rng.choice(L) + rng.choice(L) + d(rng, 2)
        return pick(rng, [s, s[:4] + "-" + s[4:7] + "-" + s[7:]])
    if v == "member":
        return pick(rng, [rng.choice(UP) + rng.choice(UP) + rng.choice(UP) + d(rng, 9), "W" + d(rng, 9),
                          d(rng, 9), "M" + d(rng, 7) + "-0" + str(rng.randint(1, 4)), d(rng, 3) + "-" + d(rng, 7) + "-" + d(rng, 2)])
    if v == "policy":
        if lang == "nl":
            return pick(rng, [d(rng, 9), d(rng, 2) + "." + d(rng, 3) + "." + d(rng, 3), "NL-" + d(rng, 8),
                              d(rng, 7) + "-" + d(rng, 2), "P" + d(rng, 8), d(rng, 4) + " " + d(rng, 4) + " " + d(rng, 2)])
        if lang in ("nl-be", "fr-be"):
            return pick(rng, [d(rng, 3) + "/" + d(rng, 6) + "/" + d(rng, 2), "AG" + d(rng, 8), d(rng, 10),
                              d(rng, 2) + "." + d(rng, 3) + "." + d(rng, 3) + "/" + d(rng, 3), "POL" + d(rng, 7)])
        if lang == "en-gb":
            return pick(rng, ["MTR" + d(rng, 8), "HH-" + d(rng, 7), "P/" + d(rng, 6) + "/" + rng.choice(UP),
                              rng.choice(UP) + rng.choice(UP) + d(rng, 8), d(rng, 10)])
        return pick(rng, [d(rng, 3) + "-" + d(rng, 4) + "-" + rng.choice(UP) + d(rng, 2), "HO3-" + d(rng, 7),
                          rng.choice(UP) + d(rng, 9), d(rng, 2) + "-" + rng.choice(UP) + rng.choice(UP) + "-" + d(rng, 6)])
    if v == "patient":
        return pick(rng, [d(rng, 7), "P" + d(rng, 6), d(rng, 8), rng.choice(UP) + d(rng, 7), d(rng, 3) + "." + d(rng, 3) + "." + d(rng, 3),
                          "MRN " + d(rng, 8) if lang == "en-us" else d(rng, 6) + "-" + d(rng, 1)])
    if v == "pension":
        return pick(rng, [d(rng, 8), "PN" + d(rng, 7), d(rng, 3) + "." + d(rng, 3) + "." + d(rng, 3),
                          rng.choice(UP) + d(rng, 6) + rng.choice(UP), d(rng, 10), "ANN-" + d(rng, 6)])
    if v == "ean":
        return "87" + d(rng, 16)
    return pick(rng, [d(rng, 8), d(rng, 9), "C" + d(rng, 7), d(rng, 2) + "-" + d(rng, 6), "KL" + d(rng, 6), d(rng, 10),
                      rng.choice(UP) + rng.choice(UP) + "-" + d(rng, 7)])


def ip_address(rng, lang, pools, v=None):
    if rng.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))
    return "%d.%d.%d.%d" % (rng.choice([84, 77, 145, 62, 31, 178, 94, 81, 212, 86, 109, 73, 24, 98]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


# ---------------------------------------------------------------- negatives
def amount(rng, lang, pools, v=None):
    a = rng.randint(3, 4800) + rng.choice([0, 0.5, 0.95, 0.2, 0.35, 0.99])
    if lang in ("nl", "nl-be", "fr-be"):
        s = ("%.2f" % a).replace(".", ",")
        return pick(rng, ["€ " + s, "€" + s, s + " euro", s + " EUR", "EUR " + s, "€%d,-" % int(a), "%s €" % s])
    if lang == "en-gb":
        return pick(rng, ["£%.2f" % a, "£%d" % int(a), "%.2f GBP" % a, "£%s" % format(int(a), ",")])
    return pick(rng, ["$%.2f" % a, "$%d" % int(a), "$%s.00" % format(int(a), ","), "USD %.2f" % a])


def quantity(rng, lang, pools, v=None):
    n = rng.choice([28, 30, 56, 60, 90, 100, 14, 2, 3])
    unit = {"nl": ["tabletten", "capsules", "stuks", "doosjes", "mg", "ml", "pillen"],
            "nl-be": ["tabletten", "capsules", "doosjes", "mg", "ml", "stuks"],
            "fr-be": ["comprimés", "gélules", "boîtes", "mg", "ml"],
            "en-gb": ["tablets", "capsules", "boxes", "mg", "ml", "inhalers"],
            "en-us": ["pills", "tablets", "capsules", "mg", "refills", "ml"]}[lang]
    u = pick(rng, unit)
    if u in ("mg", "ml"):
        return "%d %s" % (rng.choice([5, 10, 20, 40, 50, 100, 250, 500, 850]), u) if rng.random() < 0.5 else \
            "%d%s" % (rng.choice([5, 10, 20, 40, 500]), u)
    return "%d %s" % (n, u)


def percentage(rng, lang, pools, v=None):
    n = rng.choice([10, 15, 20, 25, 50, 75, 80, 100, 3, 4.5, 1.8])
    s = str(n) if lang in ("en-gb", "en-us") else str(n).replace(".", ",")
    return s + pick(rng, ["%", " %", "%"])


def year(rng, lang, pools, v=None):
    return str(rng.randint(2015, 2026))


def order_number(rng, lang, pools, v=None):
    return pick(rng, [d(rng, 9), "ORD-" + d(rng, 7), "#" + d(rng, 6), "A" + d(rng, 8), "RX" + d(rng, 7), "WEB-" + d(rng, 6), d(rng, 4) + "-" + d(rng, 5)])


def ticket_number(rng, lang, pools, v=None):
    y = rng.choice(["24", "25", "26", "2025", "2024", "2026"])
    return pick(rng, ["SCH-%s-%s" % (y, d(rng, 6)), "CLM-" + d(rng, 8), "%s/%s" % (y, d(rng, 6)), "#" + d(rng, 7),
                      "ZD" + d(rng, 6), "CAS-" + d(rng, 5) + "-" + "".join(rng.choice(UP + DIG) for _ in range(6)),
                      "MTR/%s/%s" % (y, d(rng, 7)), "S" + d(rng, 9), d(rng, 2) + "-" + d(rng, 6), "KL-" + y + "-" + d(rng, 5)])


def invoice_number(rng, lang, pools, v=None):
    return pick(rng, ["INV-" + d(rng, 6), "F" + d(rng, 8), "2025-" + d(rng, 5), "NOTA-" + d(rng, 6), d(rng, 10), "FA/" + d(rng, 4) + "/" + d(rng, 4)])


def tracking_number(rng, lang, pools, v=None):
    return pick(rng, ["3S" + "".join(rng.choice(UP) for _ in range(4)) + d(rng, 9), "1Z" + "".join(rng.choice(UP + DIG) for _ in range(16)),
                      "JVGL" + d(rng, 16), "CD" + d(rng, 9) + "BE", "9400" + d(rng, 18), "RM" + d(rng, 9) + "GB", "JJD" + d(rng, 15)])


def request_id(rng, lang, pools, v=None):
    hx = "0123456789abcdef"
    return pick(rng, ["-".join("".join(rng.choice(hx) for _ in range(n)) for n in (8, 4, 4, 4, 12)),
                      "req_" + "".join(rng.choice(LOW + DIG) for _ in range(16)), "REQ-" + d(rng, 10),
                      "".join(rng.choice(hx) for _ in range(16))])


def error_code(rng, lang, pools, v=None):
    return pick(rng, ["ERR-" + d(rng, 3), "E" + d(rng, 4), "0x8007" + d(rng, 4), "AUTH_" + rng.choice(["401", "403", "419"]),
                      "HTTP 500", "code " + d(rng, 3), "PX-" + d(rng, 4), "SSO-" + d(rng, 3)])


def version_string(rng, lang, pools, v=None):
    return pick(rng, ["%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 99)),
                      "v%d.%d" % (rng.randint(1, 9), rng.randint(0, 20)), "iOS %d.%d" % (rng.randint(15, 18), rng.randint(0, 6)),
                      "Android %d" % rng.randint(10, 15), "%d.%d.%d (build %d)" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(100, 9999))])


def model_number(rng, lang, pools, v=None):
    return pick(rng, pools["model"])


def product_code(rng, lang, pools, v=None):
    if lang in ("nl", "nl-be"):
        return pick(rng, ["ZI " + d(rng, 8), "art.nr. " + d(rng, 7), "CNK " + d(rng, 7), "SKU-" + d(rng, 5)])
    if lang == "fr-be":
        return pick(rng, ["CNK " + d(rng, 7), "réf. " + d(rng, 6), "code " + rng.choice(UP) + d(rng, 5)])
    if lang == "en-gb":
        return pick(rng, ["PIP " + d(rng, 3) + "-" + d(rng, 4), "SKU " + d(rng, 6), "item " + d(rng, 7)])
    return pick(rng, ["NDC " + d(rng, 5) + "-" + d(rng, 4) + "-" + d(rng, 2), "SKU " + d(rng, 6), "item #" + d(rng, 7)])


def flight_number(rng, lang, pools, v=None):
    return pick(rng, ["KL", "HV", "BA", "FR", "SN", "TB", "U2", "AA", "UA", "DL", "LH", "AF"]) + pick(rng, ["", " "]) + str(rng.randint(100, 9999))


def company_registration(rng, lang, pools, v=None):
    if lang == "nl":
        return pick(rng, ["KvK " + d(rng, 8), "KvK-nummer " + d(rng, 8), "BTW NL" + d(rng, 9) + "B01", "AFM-nummer " + d(rng, 8)])
    if lang in ("nl-be", "fr-be"):
        x = "0" + d(rng, 3) + "." + d(rng, 3) + "." + d(rng, 3)
        return pick(rng, ["BE " + x, "ondernemingsnummer " + x if lang == "nl-be" else "BCE " + x, "TVA BE" + x.replace(".", ""),
                          "RPR " + x if lang == "nl-be" else "RPM " + x, "FSMA " + d(rng, 5) + "A"])
    if lang == "en-gb":
        return pick(rng, ["Company No. " + d(rng, 8), "Registered in England No. " + d(rng, 8), "VAT GB" + d(rng, 9), "FRN " + d(rng, 6)])
    return pick(rng, ["EIN " + d(rng, 2) + "-" + d(rng, 7), "NAIC #" + d(rng, 5), "NPI " + d(rng, 10)])


def masked_value(rng, lang, pools, v=None):
    return pick(rng, ["****" + d(rng, 4), "**** **** **** " + d(rng, 4), "NL** **** **** **" + d(rng, 2) + " " + d(rng, 2),
                      "BE** **** **** " + d(rng, 4), "06-****" + d(rng, 4), "xxxx-xxxx-xxxx-" + d(rng, 4),
                      "*******" + d(rng, 3), "j****@" + pick(rng, MAIL_DOM[lang]), "XXX-XX-" + d(rng, 4), "•••• " + d(rng, 4),
                      "+32 4** ** ** " + d(rng, 2), "***-***-" + d(rng, 3)])


def meter_reading(rng, lang, pools, v=None):
    return pick(rng, [d(rng, 5) + " kWh", "%05d" % rng.randint(100, 99999), d(rng, 4) + "," + d(rng, 3) + " m3"])


def port(rng, lang, pools, v=None):
    return str(pick(rng, [443, 8080, 8443, 3389, 22, 5060, 993, 587]))


def checksum(rng, lang, pools, v=None):
    hx = "0123456789abcdef"
    return "".join(rng.choice(hx) for _ in range(rng.choice([32, 40, 64])))
