"""Value generators for the blind103 corpus (standard library only)."""
import string

B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def rnd(rng, alphabet, n):
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
    return len(d) >= 12 and tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def _iban_check(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    return "%02d" % (98 - int(n) % 97)


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return chk == 97 - int(base) % 97 or chk == 97 - int("2" + base) % 97


def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10:
        return False
    tot = sum(d[i] * (10 - i) for i in range(9))
    chk = 11 - tot % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == d[9]


# ---------------------------------------------------------------- high-risk values
def card(rng):
    kind = rng.random()
    if kind < 0.5:
        num = luhn_complete("4" + digits(rng, 14))
    elif kind < 0.85:
        num = luhn_complete(str(rng.randint(51, 55)) + digits(rng, 13))
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
    f = rng.random()
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    if f < 0.55:
        return " ".join(parts)
    if f < 0.75:
        return "-".join(parts)
    if f < 0.95:
        return num
    return "  ".join(parts) if len(parts) == 4 else " ".join(parts)


def cvv(rng):
    return digits(rng, 3)


def expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                       "%02d-%02d" % (m, y), "%02d / %02d" % (m, y)])


def iban(rng, country):
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10)
    elif country == "BE":
        first = digits(rng, 10, True)
        c = int(first) % 97 or 97
        bban = first + "%02d" % c
    elif country == "DE":
        bban = digits(rng, 18, True)
    elif country == "FR":
        bban = digits(rng, 10) + rnd(rng, "ABCDEFGHJK0123456789", 11) + digits(rng, 2)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    elif country == "LU":
        bban = digits(rng, 16)
    else:
        raise ValueError(country)
    raw = country + _iban_check(country, bban) + bban
    f = rng.random()
    if f < 0.55:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif f < 0.85:
        out = raw
    else:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < .5 else raw
        out = out.lower()
    assert iban_ok(out), out
    return out


def bsn(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            d.append(last)
            s = "".join(map(str, d))
            break
    f = rng.random()
    if f < 0.7:
        return s
    if f < 0.85:
        return "%s.%s.%s" % (s[:4], s[4:6], s[6:])
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def rrn(rng, child=False):
    if child:
        yy = rng.randint(20, 24)
        y2000 = True
    else:
        yy = rng.randint(50, 99) if rng.random() < .8 else rng.randint(0, 5)
        y2000 = yy <= 5
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    chk = 97 - int(("2" + base) if y2000 else base) % 97
    s = base + "%02d" % chk
    f = rng.random()
    if f < 0.45:
        out = "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    elif f < 0.75:
        out = s
    elif f < 0.9:
        out = "%s-%s-%s" % (s[:6], s[6:9], s[9:])
    else:
        out = "%s %s %s" % (s[:6], s[6:9], s[9:])
    assert rrn_ok(out)
    return out


def nhs(rng):
    while True:
        d = [rng.randint(4, 9)] + [rng.randint(0, 9) for _ in range(8)]
        tot = sum(d[i] * (10 - i) for i in range(9))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            s = "".join(map(str, d)) + str(chk)
            return rng.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), s, "%s-%s-%s" % (s[:3], s[3:6], s[6:])])


PW_WORDS = ["Zomer", "Sneeuw", "Tulp", "Konijn", "Bakfiets", "Molen", "Voetbal", "Pannenkoek", "Soleil", "Chocolat",
            "Liverpool", "Sunshine", "Dragon", "Bella", "Max", "Luna", "Arsenal", "Yankees", "Kwak", "Frieten",
            "Oranje", "Rozen", "Papillon", "Charlie", "Mickey", "Biscuit", "Tractor", "Gizmo"]


def password(rng):
    f = rng.random()
    w = rng.choice(PW_WORDS)
    if f < 0.3:
        return w + str(rng.randint(1, 2025)) + rng.choice(["!", "?", "#", "", "!!", "$"])
    if f < 0.5:
        w2 = w.replace("o", "0").replace("a", "@").replace("e", "3")
        return w2 + rng.choice(["_", ".", "-", ""]) + digits(rng, rng.randint(2, 4))
    if f < 0.7:
        return rnd(rng, B62 + "!#%&*", rng.randint(10, 16))
    if f < 0.85:
        return w.lower() + rng.choice(["123", "2024", "01", "1234", "99"])
    return rng.choice(PW_WORDS) + "-" + rng.choice(PW_WORDS).lower() + "-" + digits(rng, 2)


def pin(rng):
    f = rng.random()
    if f < 0.7:
        return digits(rng, 4)
    if f < 0.9:
        return digits(rng, 6)
    return digits(rng, 5)


def puk(rng):
    return digits(rng, 8)


def otp(rng):
    f = rng.random()
    s = digits(rng, 6)
    if f < 0.6:
        return s
    if f < 0.75:
        return s[:3] + " " + s[3:]
    if f < 0.85:
        return s[:3] + "-" + s[3:]
    if f < 0.93:
        return digits(rng, 4)
    return "G-" + s


NUMW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en": "zero one two three four five six seven eight nine".split()}


def otp_words(rng, fam):
    s = digits(rng, 6)
    sep = rng.choice([" ", "-", ", ", " "])
    w = [NUMW[fam][int(c)] for c in s]
    if fam == "en" and rng.random() < .3:
        w = ["oh" if x == "zero" else x for x in w]
    return sep.join(w)


def wifi_key(rng):
    f = rng.random()
    if f < 0.35:
        return rnd(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) + "-" + rnd(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) + "-" + rnd(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4)
    if f < 0.65:
        return rnd(rng, B62, rng.randint(12, 20))
    if f < 0.85:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS) + digits(rng, 3)
    return rnd(rng, "abcdef0123456789", 10)


def username(rng, first, last):
    f, l = strip(first).lower(), strip(last).lower().replace(" ", "")
    opts = [f + l[:1] + digits(rng, 2), f + "." + l, f[0] + l + digits(rng, 2), f + "_" + l + str(rng.randint(1, 99)),
            l + f[:2] + str(rng.randint(60, 99)), f.capitalize() + l.capitalize(), f + digits(rng, 4)]
    return rng.choice(opts)


def api_key(rng):
    f = rng.random()
    if f < 0.25:
        return "sk_live_" + rnd(rng, B62, 24)
    if f < 0.4:
        return "AKIA" + rnd(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if f < 0.5:
        return rnd(rng, B62 + "/+", 40)
    if f < 0.62:
        return "AIza" + rnd(rng, B62 + "-_", 35)
    if f < 0.74:
        return "SG." + rnd(rng, B62, 22) + "." + rnd(rng, B62, 43)
    if f < 0.86:
        return "key-" + rnd(rng, HEX, 32)
    return rnd(rng, HEX, 32)


def token(rng):
    f = rng.random()
    if f < 0.3:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return h + "." + rnd(rng, B62 + "-_", rng.randint(40, 80)) + "." + rnd(rng, B62 + "-_", 43)
    if f < 0.5:
        return "ghp_" + rnd(rng, B62, 36)
    if f < 0.7:
        return rnd(rng, HEX, rng.choice([32, 40, 64]))
    if f < 0.85:
        return "ya29." + rnd(rng, B62 + "-_", 60)
    return rnd(rng, B62, 28)


def ip(rng):
    if rng.random() < 0.85:
        a = rng.choice([84, 81, 62, 213, 94, 145, 178, 37, 86, 109, 77, 195, 24, 73, 98])
        return "%d.%d.%d.%d" % (a, rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))
    return "2a02:%s:%s:%s::%s" % (rnd(rng, HEX, 4), rnd(rng, HEX, 4), rnd(rng, HEX, 4), rnd(rng, HEX, 3))


ACCENTS = str.maketrans("éèëêáàäâíïîóöôúüûçñÉ", "eeeeaaaaiiiooouuucnE")


def strip(s):
    return s.translate(ACCENTS).replace("'", "").replace(" ", "")


def email(rng, first, last, lang):
    f, l = strip(first).lower(), strip(last).lower()
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "live.be", "scarlet.be"],
           "en-gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
           "en-us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com", "outlook.com"]}[lang]
    user = rng.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l + str(rng.randint(1, 99)), l + f[0],
                       f + str(rng.randint(70, 99)), f + "." + l + str(rng.randint(1, 9))])
    out = user + "@" + rng.choice(dom)
    if rng.random() < 0.04:
        out = out.capitalize()
    return out


def phone(rng, lang):
    d = lambda n: digits(rng, n)
    if lang == "nl":
        m = "6" + d(8)
        opts = ["0%s-%s" % (m[0], m[1:]), "0%s %s %s %s %s" % (m[0], m[1:3], m[3:5], m[5:7], m[7:]),
                "+31 %s %s" % (m[0], m[1:]), "+31 (0)%s %s %s" % (m[0], m[1:5], m[5:]), "0031%s" % m,
                "0%s" % m, "+316%s" % m[1:], "0%s%s-%s" % (rng.choice(["20", "10", "30", "70", "40", "50"]), "", d(7)),
                "0%s-%s %s" % (rng.choice(["546", "521", "575", "113", "348"]), d(3), d(3)),
                "(0%s) %s" % (rng.choice(["20", "30", "24"]), d(7)), "06 - %s %s %s %s" % (d(2), d(2), d(2), d(2))]
    elif lang in ("nl-be", "fr-be"):
        m = "4" + rng.choice(["7", "8", "9", "6"]) + d(7)
        opts = ["0%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]), "0%s/%s.%s.%s" % (m[:3], m[3:5], m[5:7], m[7:]),
                "+32 %s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]), "+32%s" % m, "0032 %s %s %s" % (m[:3], m[3:6], m[6:]),
                "0%s" % m, "0%s/%s %s %s" % (m[:3], m[3:5], m[5:7], m[7:]),
                "0%s %s %s %s" % (rng.choice(["2", "3", "9"]), d(3), d(2), d(2)),
                "0%s/%s.%s.%s" % (rng.choice(["2", "9", "3", "4"]), d(3), d(2), d(2)),
                "0%s %s %s %s" % (rng.choice(["50", "56", "81", "71", "65"]), d(2), d(2), d(2))]
    elif lang == "en-gb":
        m = "7" + rng.choice(["4", "5", "7", "8", "9"]) + d(8)
        opts = ["0%s %s" % (m[:4], m[4:]), "+44 %s %s" % (m[:4], m[4:]), "+44 (0)%s %s" % (m[:4], m[4:]),
                "0%s" % m, "0%s-%s-%s" % (m[:4], m[4:7], m[7:]), "+447%s" % m[1:],
                "020 %s %s" % (rng.choice(["7946", "8123", "3456"]), d(4)), "0161 %s %s" % (d(3), d(4)),
                "(0117) %s %s" % (d(3), d(4)), "01632 %s" % d(6)]
    else:
        a = str(rng.randint(201, 989))
        ex = str(rng.randint(201, 989))
        ln = d(4)
        opts = ["(%s) %s-%s" % (a, ex, ln), "%s-%s-%s" % (a, ex, ln), "+1 %s %s %s" % (a, ex, ln),
                "%s.%s.%s" % (a, ex, ln), "1-%s-%s-%s" % (a, ex, ln), "%s%s%s" % (a, ex, ln),
                "+1 (%s) %s-%s" % (a, ex, ln), "%s %s %s" % (a, ex, ln)]
    return rng.choice(opts)


def company_phone(rng, lang):
    d = lambda n: digits(rng, n)
    if lang == "nl":
        return rng.choice(["088-%s %s" % (d(3), d(4)), "0900-%s" % d(4), "0800-%s" % d(4), "088 %s %s %s" % (d(2), d(2), d(3)),
                           "0900 %s %s" % (d(3), d(4))])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 %s %s %s" % (d(2), d(2), d(2)), "0800 %s %s" % (d(2), d(3)), "070 %s %s %s" % (d(2), d(2), d(2)),
                           "02 %s %s %s" % (d(3), d(2), d(2)), "078/%s.%s.%s" % (d(2), d(2), d(2))])
    if lang == "en-gb":
        return rng.choice(["0800 %s %s" % (d(3), d(4)), "0345 %s %s" % (d(3), d(4)), "0330 %s %s" % (d(3), d(4)), "111",
                           "03457 %s%s" % (d(3), d(3))])
    return rng.choice(["1-800-%s-%s" % (d(3), d(4)), "(800) %s-%s" % (d(3), d(4)), "1-888-%s-%s" % (d(3), d(4)),
                       "866.%s.%s" % (d(3), d(4))])


def gb_postcode(rng):
    L = "ABCDEFGHJKLMNPRSTUWY"
    out = rng.choice(["SW", "NW", "E", "N", "LS", "M", "B", "BS", "CF", "EH", "G", "NE", "OX", "CB", "SE", "W"])
    out += str(rng.randint(1, 19)) + rng.choice(["", "", "", "A"]) + " " + str(rng.randint(1, 9)) + rnd(rng, L, 2)
    return out


def address(rng, lang, street, city, num_style=None):
    n = rng.randint(1, 240)
    if lang == "nl":
        num = str(n) + rng.choice(["", "", "", "a", "-2", " B", "-hs", " II"])
        pc = "%d%s%s" % (rng.randint(1011, 9999), rng.choice([" ", " ", ""]), rnd(rng, "ABCDEGHJKLMNPRSTVWXZ", 2))
        return rng.choice(["%s %s, %s %s" % (street, num, pc, city), "%s %s %s %s" % (street, num, pc, city),
                           "%s %s" % (street, num), "%s %s, %s" % (street, num, pc), "%s %s te %s" % (street, num, city),
                           "%s %s, %s" % (street, num, city)])
    if lang in ("nl-be", "fr-be"):
        bus = rng.choice(["", "", "", " bus %d" % rng.randint(1, 12), "/%d" % rng.randint(1, 5), " b%d" % rng.randint(1, 9)])
        if lang == "fr-be" and "bus" in bus:
            bus = " boîte %d" % rng.randint(1, 12)
        pc = str(rng.randint(1000, 9999))
        return rng.choice(["%s %d%s, %s %s" % (street, n, bus, pc, city), "%s %d%s %s %s" % (street, n, bus, pc, city),
                           "%s %d%s" % (street, n, bus), "%s %d%s - %s %s" % (street, n, bus, pc, city)])
    if lang == "en-gb":
        pc = gb_postcode(rng)
        flat = rng.choice(["", "", "", "Flat %d, " % rng.randint(1, 30), "Flat %d%s " % (rng.randint(1, 9), rng.choice("ABC"))])
        return rng.choice(["%s%d %s, %s %s" % (flat, n, street, city, pc), "%s%d %s, %s, %s" % (flat, n, street, city, pc),
                           "%d %s" % (n, street), "%d %s, %s" % (n, street, pc)])
    st = rng.choice(["AL", "CA", "NY", "TX", "OH", "IL", "WA", "GA", "NJ", "PA", "MN", "CO"])
    zz = "%05d" % rng.randint(10001, 99950)
    apt = rng.choice(["", "", "", ", Apt %d%s" % (rng.randint(1, 20), rng.choice(["", "B", "C"])), " #%d" % rng.randint(2, 400), ", Unit %d" % rng.randint(1, 30)])
    n = rng.randint(10, 9800)
    return rng.choice(["%d %s%s, %s, %s %s" % (n, street, apt, city, st, zz), "%d %s%s, %s %s %s" % (n, street, apt, city, st, zz),
                       "%d %s%s" % (n, street, apt), "%d %s%s, %s %s" % (n, street, apt, city, st)])


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def a_date(rng, fam, lang, y0, y1, us=None):
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[fam][m - 1]
    if lang == "en-us":
        return rng.choice(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mon, d, y), "%s %d %d" % (mon[:3], d, y),
                           "%d-%02d-%02d" % (y, m, d)])
    if fam == "en":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%d %s %d" % (d, mon[:3], y), "%d.%d.%d" % (d, m, y),
                           "%d%s %s %d" % (d, "th" if 4 <= d <= 20 or d >= 24 else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], mon, y)])
    return rng.choice(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon, y),
                       "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%02d" % (d, m, y % 100)])


def short_date(rng, fam, lang):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[fam][m - 1]
    if lang == "en-us":
        return rng.choice(["%d/%d" % (m, d), "%s %d" % (mon, d), "%s %d" % (mon[:3], d), a_date(rng, fam, lang, 2024, 2026)])
    if fam == "en":
        return rng.choice(["%d %s" % (d, mon), "%d/%d" % (d, m), a_date(rng, fam, lang, 2024, 2026)])
    return rng.choice(["%d %s" % (d, mon), "%d/%d" % (d, m), "%d-%d" % (d, m), a_date(rng, fam, lang, 2024, 2026)])


def a_time(rng, fam, lang):
    h, mi = rng.randint(7, 21), rng.choice([0, 5, 15, 30, 45, 10, 50, 20])
    if fam == "en":
        hh = h if h <= 12 else h - 12
        return rng.choice(["%d:%02d" % (h, mi), "%d:%02d%s" % (hh, mi, rng.choice(["am", "pm", " pm", " AM", " PM"]) if h < 12 else rng.choice(["pm", " pm", " PM"])),
                           "%d%s" % (hh, "am" if h < 12 else "pm")])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["%du%02d" % (h, mi), "%dh%02d" % (h, mi), "%d:%02d" % (h, mi), "%du" % h])
    return rng.choice(["%d:%02d" % (h, mi), "%d.%02d uur" % (h, mi), "%02d:%02d" % (h, mi), "%d uur" % h])


def amount(rng, lang):
    v = rng.choice([rng.randint(3, 90) + rng.randint(0, 99) / 100, rng.randint(100, 1900) + rng.randint(0, 99) / 100, rng.randint(5, 400)])
    if lang in ("en-gb", "en-us"):
        cur = "£" if lang == "en-gb" else "$"
        return rng.choice(["%s%.2f" % (cur, v), "%s%d" % (cur, int(v)), "%s %.2f" % (cur, v)])
    s = ("%.2f" % v).replace(".", ",")
    return rng.choice(["€ %s" % s, "€%s" % s, "%s euro" % s, "EUR %s" % s, "%s €" % s, "€%d" % int(v), "%d EUR" % int(v)])
