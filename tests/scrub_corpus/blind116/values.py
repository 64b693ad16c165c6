"""Value generators for the blind116 corpus (standard library only).

Every generator takes a random.Random instance and the message language and returns a string
without leading/trailing white space.
"""
import string

DIG = string.digits


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


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


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return country + "%02d" % (98 - n % 97) + bban


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    body, chk = int(d[:9]), int(d[9:])
    return 97 - body % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- high risk
def card(rng, lang):
    kind = rng.random()
    if kind < 0.45:
        num = luhn_complete("4" + digits(rng, 14))
        sizes = [4, 4, 4, 4]
    elif kind < 0.8:
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "22"]) + digits(rng, 13))
        sizes = [4, 4, 4, 4]
    elif kind < 0.92:
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        sizes = [4, 6, 5]
    else:
        num = luhn_complete("6703" + digits(rng, 14))  # Bancontact/Maestro-like, 19 digits
        sizes = [4, 4, 4, 4, 3]
    f = rng.random()
    if f < 0.45:
        return group(num, sizes, " ")
    if f < 0.65:
        return num
    if f < 0.8:
        return group(num, sizes, "-")
    if f < 0.9:
        return group(num, sizes, "  ")
    return group(num, sizes, ".")


def cvv(rng, lang):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    months = {"nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
              "nl-be": "jan feb maa apr mei jun jul aug sep okt nov dec",
              "fr-be": "janv févr mars avr mai juin juil août sept oct nov déc",
              "en-gb": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
              "en-us": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"}[lang].split()
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                       "%02d-%02d" % (m, y), "%02d-20%02d" % (m, y), "%s 20%02d" % (months[m - 1], y),
                       "%02d / %02d" % (m, y)])


def iban(rng, lang):
    c = rng.random()
    if lang.startswith("nl") and lang != "nl-be":
        country = "NL" if c < 0.85 else rng.choice(["BE", "DE"])
    elif lang in ("nl-be", "fr-be"):
        country = "BE" if c < 0.8 else rng.choice(["NL", "FR", "LU"])
    else:
        country = "GB" if c < 0.7 else rng.choice(["NL", "DE", "IE", "FR"])
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10)
    elif country == "BE":
        b = digits(rng, 10)
        k = int(b) % 97 or 97
        bban = b + "%02d" % k
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bban = digits(rng, 23)
    elif country == "LU":
        bban = digits(rng, 16)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    else:
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(rng, 14)
    ib = iban_make(country, bban)
    assert iban_ok(ib)
    f = rng.random()
    if f < 0.55:
        out = group(ib, [4] * 10, " ")
    elif f < 0.85:
        out = ib
    elif f < 0.92:
        out = group(ib, [4] * 10, " ").lower()
    else:
        out = ib.lower()
    return out


def bsn(rng, lang):
    while True:
        b = str(rng.randint(1, 9)) + digits(rng, 7)
        tot = sum(w * int(x) for w, x in zip(range(9, 1, -1), b))
        last = tot % 11
        if last <= 9:
            s = b + str(last)
            if bsn_ok(s):
                break
    return rng.choice([s, s, s, group(s, [4, 2, 3], "."), group(s, [3, 3, 3], " "), group(s, [3, 3, 3], "-")])


def rrn(rng, lang):
    y = rng.randint(1940, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    body = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    base = int(("2" + body) if y >= 2000 else body)
    chk = 97 - base % 97
    s = body + "%02d" % chk
    assert rrn_ok(s)
    return rng.choice(["%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:]), s,
                       "%s-%s-%s" % (s[:6], s[6:9], s[9:]), "%s %s %s" % (s[:6], s[6:9], s[9:]),
                       "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])])


WORDS_PW = ["Zomer", "Winter", "Welkom", "Haven", "Zeilboot", "Tulp", "Marmot", "Soleil", "Bateau",
            "Kaas", "Fiets", "Lente", "Appel", "Maan", "Sunny", "Harbour", "Rover", "Biscuit",
            "Liberty", "Moules", "Frites", "Tijger", "Duinen", "Polder", "Anker", "Kompas"]


def password(rng, lang):
    f = rng.random()
    w = rng.choice(WORDS_PW)
    if f < 0.25:
        return w + str(rng.randint(1, 2025)) + rng.choice("!?#$*.@")
    if f < 0.4:
        return w.lower() + rng.choice(["_", "-", "&", "."]) + rng.choice(WORDS_PW).lower() + digits(rng, 2)
    if f < 0.55:
        al = string.ascii_letters + DIG + "!#%&*+-=?@"
        return "".join(rng.choice(al) for _ in range(rng.randint(10, 18)))
    if f < 0.65:
        return w[0] + w[1:].replace("o", "0").replace("e", "3").replace("a", "@") + digits(rng, 2) + "!"
    if f < 0.75:
        return "-".join(rng.choice(WORDS_PW).lower() for _ in range(3))
    if f < 0.85:
        return rng.choice(["ikhou", "jtm", "love", "ilove"]) + rng.choice(WORDS_PW).lower() + digits(rng, 2)
    return w + digits(rng, 4)


def pin(rng, lang):
    f = rng.random()
    if f < 0.6:
        return digits(rng, 4)
    if f < 0.75:
        return digits(rng, 6)
    if f < 0.85:
        return digits(rng, 4) + "#"
    if f < 0.92:
        return digits(rng, 5)
    return "*" + digits(rng, 4) + "#"


def puk(rng, lang):
    p = digits(rng, 8)
    return rng.choice([p, p, p, group(p, [4, 4], " ")])


NUMW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "nl-be": "nul één twee drie vier vijf zes zeven acht negen".split(),
        "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en-gb": "zero one two three four five six seven eight nine".split(),
        "en-us": "zero one two three four five six seven eight nine".split()}


def otp(rng, lang):
    f = rng.random()
    if f < 0.55:
        return digits(rng, 6)
    if f < 0.7:
        return digits(rng, 3) + rng.choice([" ", "-"]) + digits(rng, 3)
    if f < 0.8:
        return digits(rng, rng.choice([4, 5, 8]))
    if f < 0.9:
        return "G-" + digits(rng, 6)
    return "".join(rng.choice(string.ascii_uppercase + DIG) for _ in range(6))


def otp_words(rng, lang):
    w = NUMW[lang]
    sep = rng.choice([" ", " ", ", ", "-"])
    return sep.join(w[int(c)] for c in digits(rng, 6))


def wifi_key(rng, lang):
    f = rng.random()
    if f < 0.3:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([16, 20, 26])))
    if f < 0.55:
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(rng.choice([3, 4])))
    if f < 0.75:
        return rng.choice(WORDS_PW) + rng.choice(WORDS_PW) + digits(rng, 3)
    al = string.ascii_letters + DIG
    return "".join(rng.choice(al) for _ in range(rng.randint(10, 14)))


def username(rng, lang, first="jan", last="jansen"):
    f = rng.random()
    first, last = first.lower(), last.lower().replace(" ", "").replace("'", "")
    if f < 0.3:
        return first[0] + last + digits(rng, 2)
    if f < 0.5:
        return first + "." + last
    if f < 0.65:
        return first + "_" + last[:4] + str(rng.randint(70, 99))
    if f < 0.8:
        return rng.choice(["zeilfan", "boerderijmeisje", "solarjoe", "blokhut", "sailor", "nachtuil",
                           "kampeerder", "moulesfrites", "jetski", "tuinkabouter"]) + digits(rng, rng.choice([2, 3, 4]))
    if f < 0.9:
        return first.capitalize() + last.capitalize()[:3] + digits(rng, 3)
    return "u" + digits(rng, 7)


def api_key(rng, lang):
    al = string.ascii_letters + DIG
    up = string.ascii_uppercase + DIG
    f = rng.random()
    if f < 0.2:
        return "sk_live_" + "".join(rng.choice(al) for _ in range(24))
    if f < 0.35:
        return "AKIA" + "".join(rng.choice(up) for _ in range(16))
    if f < 0.45:
        return "".join(rng.choice(al + "/+") for _ in range(40))  # AWS-style secret
    if f < 0.6:
        return "".join(rng.choice(up) for _ in range(32))  # SolarEdge-style site API key
    if f < 0.72:
        return "AIza" + "".join(rng.choice(al + "-_") for _ in range(35))
    if f < 0.82:
        return "SG." + "".join(rng.choice(al) for _ in range(22)) + "." + "".join(rng.choice(al) for _ in range(43))
    if f < 0.9:
        return "rk_live_" + "".join(rng.choice(al) for _ in range(24))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def token(rng, lang):
    al = string.ascii_letters + DIG
    f = rng.random()
    if f < 0.3:
        def b64(n):
            return "".join(rng.choice(al + "-_") for _ in range(n))
        return "eyJ" + b64(30) + "." + "eyJ" + b64(60) + "." + b64(43)
    if f < 0.45:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if f < 0.6:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if f < 0.7:
        return "xoxb-" + digits(rng, 11) + "-" + digits(rng, 12) + "-" + "".join(rng.choice(al) for _ in range(24))
    if f < 0.85:
        return "".join(rng.choice(al) for _ in range(rng.randint(28, 44)))
    return "glpat-" + "".join(rng.choice(al + "-_") for _ in range(20))


def ip_address(rng, lang):
    f = rng.random()
    if f < 0.75:
        first = rng.choice([31, 37, 62, 77, 80, 81, 82, 84, 85, 86, 87, 89, 91, 94, 141, 145, 178, 188, 195, 212, 213, 217])
        return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if f < 0.85:
        return "192.168.%d.%d" % (rng.choice([0, 1, 2, 178]), rng.randint(2, 254))
    return "2a02:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xff))


# ---------------------------------------------------------------- other PII
def phone(rng, lang):
    if lang == "nl":
        if rng.random() < 0.75:
            n = digits(rng, 8)
            return rng.choice(["06-" + n, "06 " + n, "06 " + group(n, [2, 2, 2, 2]), "+31 6 " + n,
                               "+31 (0)6 " + n, "0031 6 " + group(n, [4, 4]), "+316" + n, "06" + n,
                               "+31 6 " + group(n, [2, 2, 2, 2])])
        a = rng.choice(["020", "010", "030", "070", "040", "050", "053", "024", "076", "043"])
        n = digits(rng, 7)
        return rng.choice([a + "-" + n, a + " " + group(n, [3, 4]), "+31 " + a[1:] + " " + n, a + n])
    if lang in ("nl-be", "fr-be"):
        if rng.random() < 0.75:
            p = "04" + rng.choice("789") + digits(rng, 1)
            n = digits(rng, 6)
            return rng.choice([p + " " + group(n, [2, 2, 2]), p + "/" + group(n, [2, 2, 2], "."),
                               "+32 " + p[1:] + " " + group(n, [2, 2, 2]), "0032 " + p[1:] + " " + group(n, [3, 3]),
                               "+32" + p[1:] + n, p + n, p + "/" + n, "+32 (0)" + p[1:] + " " + group(n, [3, 3])])
        a = rng.choice(["02", "03", "09", "04", "016", "050", "011", "010"])
        n = digits(rng, 9 - len(a))
        return rng.choice([a + " " + group(n, [3, 2, 2]) if len(n) == 7 else a + " " + group(n, [2, 2, 2]),
                           a + "/" + n, "+32 " + a[1:] + " " + n])
    if lang == "en-gb":
        if rng.random() < 0.7:
            n = "7" + digits(rng, 9)
            return rng.choice(["0" + n[:4] + " " + n[4:], "+44 " + n[:4] + " " + n[4:], "+44 (0)" + n[:4] + " " + group(n[4:], [3, 3]),
                               "0" + n, "+44" + n, "0" + n[:4] + "-" + n[4:]])
        a = rng.choice(["20", "161", "113", "117", "131", "121", "1632"])
        n = digits(rng, 10 - len(a))
        return rng.choice(["0" + a + " " + n, "+44 " + a + " " + n, "(0" + a + ") " + n])
    area = str(rng.choice([212, 312, 415, 617, 713, 503, 206, 404, 305, 720, 512, 646]))
    ex = str(rng.randint(201, 989))
    n = digits(rng, 4)
    return rng.choice(["(%s) %s-%s" % (area, ex, n), "%s-%s-%s" % (area, ex, n), "+1 %s %s %s" % (area, ex, n),
                       "%s.%s.%s" % (area, ex, n), "1-%s-%s-%s" % (area, ex, n), "+1 (%s) %s-%s" % (area, ex, n),
                       area + ex + n])


DOMAINS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "home.nl", "icloud.com"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be", "scarlet.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "yahoo.fr", "outlook.be", "proximus.be"],
           "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "virginmedia.com"],
           "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "protonmail.com"]}


def email(rng, lang, first="jan", last="jansen"):
    first = first.lower().replace(" ", "")
    last = last.lower().replace(" ", "").replace("'", "")
    d = rng.choice(DOMAINS[lang])
    f = rng.random()
    if f < 0.3:
        loc = first + "." + last
    elif f < 0.45:
        loc = first[0] + last
    elif f < 0.6:
        loc = first + last + str(rng.randint(60, 99))
    elif f < 0.7:
        loc = first + "_" + last
    elif f < 0.8:
        loc = last + "." + first[0]
    elif f < 0.9:
        loc = first + "+" + rng.choice(["boot", "energie", "dating", "hotel", "news", "shop"])
    else:
        loc = first + digits(rng, 3)
    out = loc + "@" + d
    if rng.random() < 0.07:
        out = out.capitalize()
    return out


def date_of_birth(rng, lang):
    y, m, d = rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)
    mn = {"nl": "januari februari maart april mei juni juli augustus september oktober november december",
          "nl-be": "januari februari maart april mei juni juli augustus september oktober november december",
          "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
          "en-gb": "January February March April May June July August September October November December",
          "en-us": "January February March April May June July August September October November December"}[lang].split()
    if lang == "en-us":
        opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn[m - 1], d, y),
                "%s %d %d" % (mn[m - 1][:3], d, y), "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%d" % (m, d, y)]
    elif lang == "en-gb":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn[m - 1], y), "%d/%d/%02d" % (d, m, y % 100),
                "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 21: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}[d], mn[m - 1], y),
                "%02d.%02d.%d" % (d, m, y)]
    else:
        opts = ["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn[m - 1], y),
                "%02d.%02d.%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d)]
        if lang == "fr-be" and d == 1:
            opts.append("1er %s %d" % (mn[m - 1], y))
    return rng.choice(opts)


def customer_number(rng, lang):
    f = rng.random()
    if f < 0.3:
        return digits(rng, rng.choice([7, 8, 9, 10]))
    if f < 0.45:
        return rng.choice(["KL", "CN", "M", "LID", "AB", "SUB", "P", "NL"]) + rng.choice(["", "-", " "]) + digits(rng, rng.choice([6, 7, 8]))
    if f < 0.55:
        n = digits(rng, 9)
        return group(n, [3, 3, 3], rng.choice([" ", ".", "-"]))
    if f < 0.65:
        return str(rng.randint(1, 9)) + digits(rng, 11)
    if f < 0.75:
        return rng.choice(["A", "B", "C", "D"]) + digits(rng, 2) + "-" + digits(rng, 5) + "-" + digits(rng, 2)
    if f < 0.85:
        return digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 2)
    return rng.choice(["GOLD", "PLT", "SLV", "VIP"]) + digits(rng, 7)


def ean(rng, lang):
    n = "871" + digits(rng, 15)
    return rng.choice([n, n, group(n, [3, 3, 3, 3, 3, 3], " "), group(n, [6, 6, 6], " ")])


def nino(rng, lang):
    p = rng.choice(["AB", "JG", "NZ", "SK", "TM", "PL", "WR", "CE"])
    n = digits(rng, 6)
    s = rng.choice("ABCD")
    return rng.choice([p + n + s, "%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s)])


def utr(rng, lang):
    n = digits(rng, 10)
    return rng.choice([n, n[:5] + " " + n[5:]])


def ssn_like_taxref(rng, lang):
    # US: IRS / benefits case identifiers treated as customer numbers
    return digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 4)
