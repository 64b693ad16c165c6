"""Value generators for the blind70 corpus (stdlib only).

Each generator takes (rng, lang, P) where P is the half's filler pools and
returns a string. Validity checks used by the self-check live here too.
"""
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def en(lang):
    return lang.startswith("en")


# ---------------------------------------------------------------- checks
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


def iban_ok(v):
    s = "".join(c for c in v if c.isalnum()).upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- helpers
def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def iban_check(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return "%02d" % (98 - int(n) % 97)


def make_iban(rng, cc):
    if cc == "NL":
        bank = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        bban = bank + rs(rng, DG, 10)
    elif cc == "BE":
        first = rs(rng, DG, 10)
        c = int(first) % 97 or 97
        bban = first + "%02d" % c
    elif cc == "DE":
        bban = rs(rng, DG, 18)
    elif cc == "FR":
        bban = rs(rng, DG, 10) + rs(rng, UP + DG, 11) + rs(rng, DG, 2)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + rs(rng, DG, 14)
    elif cc == "LU":
        bban = rs(rng, DG, 3) + rs(rng, DG, 13)
    else:  # IE
        bban = rng.choice(["AIBK", "BOFI"]) + rs(rng, DG, 14)
    return cc + iban_check(cc, bban) + bban


def fmt_iban(rng, raw):
    r = rng.random()
    if r < 0.55:
        v = group(raw, 4)
    elif r < 0.85:
        v = raw
    elif r < 0.93:
        v = group(raw, 4).lower()
    else:
        v = raw.lower()
    return v


def iban(rng, lang, P):
    if lang == "nl":
        cc = rng.choices(["NL", "BE", "DE"], [90, 6, 4])[0]
    elif lang in ("nl-be", "fr-be"):
        cc = rng.choices(["BE", "NL", "FR", "LU"], [86, 6, 4, 4])[0]
    elif lang == "en-gb":
        cc = rng.choices(["GB", "IE", "NL"], [80, 12, 8])[0]
    else:
        cc = rng.choice(["GB", "NL", "DE", "FR"])
    return fmt_iban(rng, make_iban(rng, cc))


def iban_f(rng, lang, P):
    return fmt_iban(rng, make_iban(rng, rng.choice(["DE", "FR", "LU", "IE", "GB"])))


def card(rng, lang, P):
    kind = rng.choices(["v", "m", "a"], [55, 35, 10])[0]
    if kind == "a":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "m":
        pre, n = str(rng.randint(51, 55)), 16
    else:
        pre, n = "4", 16
    body = pre + rs(rng, DG, n - len(pre) - 1)
    for c in DG:
        if luhn_ok(body + c):
            num = body + c
            break
    r = rng.random()
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    if r < 0.55:
        return " ".join(g)
    if r < 0.8:
        return num
    if r < 0.92:
        return "-".join(g)
    return ".".join(g) if n == 16 else "  ".join(g)


def cvv(rng, lang, P):
    return rs(rng, DG, 3)


def exp(rng, lang, P):
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y),
                       "%02d / %02d" % (m, y)])


def bsn(rng, lang, P):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            d.append(s)
            break
    v = "".join(map(str, d))
    return rng.choice([v, v, v, v[:4] + "." + v[4:6] + "." + v[6:], v[:3] + " " + v[3:6] + " " + v[6:],
                       v[:3] + "." + v[3:6] + "." + v[6:]])


def rrn(rng, lang, P):
    y = rng.randint(1940, 2008)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    num = int(("2" if y >= 2000 else "") + base)
    chk = 97 - num % 97
    v = base + "%02d" % chk
    return rng.choice([v, "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]),
                       "%s%s%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]),
                       "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])])


WORDS = {
    "nl": ["zomer", "voetbal", "koor", "fiets", "tulp", "kanarie", "hockey", "molen", "zwaluw", "dijk", "regen", "kaas"],
    "fr": ["soleil", "chorale", "velo", "refuge", "chaton", "tarte", "plage", "fanfare"],
    "en": ["rowing", "choir", "badger", "sunday", "pitch", "kettle", "harbour", "marmite", "cricket", "robin"],
}


def _wl(lang):
    return WORDS["fr"] if lang == "fr-be" else WORDS["en"] if en(lang) else WORDS["nl"]


def pw(rng, lang, P):
    w = rng.choice(_wl(lang))
    r = rng.random()
    if r < 0.3:
        return w.capitalize() + str(rng.randint(1, 2025)) + rng.choice("!#$?*@.")
    if r < 0.5:
        return rs(rng, AN + "!#%&*", rng.randint(9, 14)).replace(" ", "")
    if r < 0.65:
        return "-".join(rng.sample(_wl(lang), 3)) + str(rng.randint(1, 99))
    if r < 0.8:
        return w + "_" + rs(rng, DG, 4)
    return rng.choice(UP) + w[1:] + rng.choice("@#&") + rs(rng, DG, 2) + rs(rng, LO, 2)


def pin(rng, lang, P):
    return rs(rng, DG, rng.choice([4, 4, 4, 4, 5, 6]))


def puk(rng, lang, P):
    return rs(rng, DG, 8)


def otp(rng, lang, P):
    v = rs(rng, DG, rng.choice([6, 6, 6, 5, 8]))
    r = rng.random()
    if r < 0.15 and len(v) == 6:
        return v[:3] + " " + v[3:]
    if r < 0.22 and len(v) == 6:
        return v[:3] + "-" + v[3:]
    return v


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(rng, lang, P):
    w = NUMW["fr"] if lang == "fr-be" else NUMW["en"] if en(lang) else NUMW["nl"]
    sep = rng.choice([" ", " - ", ", ", " "])
    return sep.join(rng.choice(w) for _ in range(6))


def wifi(rng, lang, P):
    r = rng.random()
    w = rng.choice(_wl(lang))
    if r < 0.35:
        return w.capitalize() + rng.choice(["Kantine", "Clubhuis", "Guest", "Repetitie", "Zaal", "Bar"]) + str(rng.randint(10, 2025))
    if r < 0.6:
        return rs(rng, AN, 4) + "-" + rs(rng, AN, 4) + "-" + rs(rng, AN, 4)
    if r < 0.8:
        return rs(rng, "0123456789abcdef", rng.choice([16, 20, 26]))
    return rs(rng, AN, rng.randint(10, 16))


def user(rng, lang, P):
    f = rng.choice(P["first"]).lower().replace(" ", "").replace("é", "e").replace("ë", "e")
    l = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    r = rng.random()
    if r < 0.3:
        return f + "." + l
    if r < 0.5:
        return f[0] + l + str(rng.randint(1, 99))
    if r < 0.65:
        return rng.choice(["penningmeester", "secretaris", "treasurer", "ledenadmin", "tresorier", "kassier"]) + "_" + rs(rng, LO, 3)
    if r < 0.8:
        return f.capitalize() + l.capitalize()[:4] + str(rng.randint(1950, 2010))
    return f + "_" + rs(rng, DG, 3)


def apikey(rng, lang, P):
    r = rng.random()
    if r < 0.3:
        return rng.choice(["live_", "test_"]) + rs(rng, AN, 30)
    if r < 0.5:
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(rng, AN, 24)
    if r < 0.65:
        return "SG." + rs(rng, AN + "_-", 22) + "." + rs(rng, AN + "_-", 43)
    if r < 0.8:
        return rs(rng, "0123456789abcdef", 32) + "-us" + str(rng.randint(1, 21))
    return rs(rng, "0123456789abcdef", 40)


def aws_id(rng, lang, P):
    return "AKIA" + rs(rng, UP + "234567", 16)


def aws_secret(rng, lang, P):
    return rs(rng, AN + "/+", 40)


def token(rng, lang, P):
    r = rng.random()
    if r < 0.3:
        return rs(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if r < 0.5:
        return "ghp_" + rs(rng, AN, 36)
    if r < 0.7:
        return "EAA" + rs(rng, AN, 60)
    return rs(rng, AN, 26)


def bearer(rng, lang, P):
    def b64(n):
        return rs(rng, AN + "-_", n)
    return "eyJ" + b64(33) + ".eyJ" + b64(rng.randint(40, 80)) + "." + b64(43)


def _clean(s):
    for a, b in (("é", "e"), ("ë", "e"), ("è", "e"), ("ç", "c"), ("'", ""), (" ", ""), ("ï", "i"), ("ô", "o")):
        s = s.replace(a, b)
    return s.lower()


def email(rng, lang, P):
    f, l = _clean(rng.choice(P["first"])), _clean(rng.choice(P["last"]))
    dom = rng.choice(P["maildom_" + ("be" if lang in ("nl-be", "fr-be") else "en" if en(lang) else "nl")])
    pat = rng.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{n}", "{f0}.{l}{n}"])
    loc = pat.format(f=f, l=l, f0=f[0], n=rng.randint(1, 99))
    v = loc + "@" + dom
    if rng.random() < 0.06:
        v = v[0].upper() + v[1:]
    return v


def _d(rng, n):
    return rs(rng, DG, n)


def phone(rng, lang, P):
    if lang == "nl":
        if rng.random() < 0.72:
            s = "6" + _d(rng, 8)
            return rng.choice(["0%s-%s" % (s[0], s[1:]), "0%s %s" % (s[0], s[1:]), "0" + s, "06 %s %s" % (s[1:5], s[5:]),
                               "+31 6 %s" % s[1:], "+31%s" % s, "0031 6 %s %s" % (s[1:5], s[5:]), "+31 (0)6 %s %s" % (s[1:5], s[5:]),
                               "06-%s %s %s %s" % (s[1:3], s[3:5], s[5:7], s[7:])])
        a = rng.choice(["20", "10", "30", "70", "40", "50", "318", "570", "73", "24", "35"])
        s = _d(rng, 9 - len(a))
        return rng.choice(["0%s-%s" % (a, s), "0%s %s" % (a, s), "+31 %s %s" % (a, s), "0%s %s %s" % (a, s[:3], s[3:])])
    if lang in ("nl-be", "fr-be"):
        if rng.random() < 0.7:
            s = rng.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"]) + _d(rng, 6)
            return rng.choice(["0%s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:]), "0%s/%s.%s.%s" % (s[:3], s[3:5], s[5:7], s[7:]),
                               "+32 %s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:]), "0032%s" % s, "0" + s, "+32%s" % s,
                               "0%s/%s%s%s" % (s[:3], s[3:5], s[5:7], s[7:]), "+32 (0)%s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:])])
        a = rng.choice(["2", "3", "9", "4", "50", "16", "11", "81", "10"])
        s = _d(rng, 8 - len(a))
        return rng.choice(["0%s %s %s %s" % (a, s[:-4], s[-4:-2], s[-2:]), "0%s/%s.%s.%s" % (a, s[:-4], s[-4:-2], s[-2:]),
                           "+32 %s %s %s %s" % (a, s[:-4], s[-4:-2], s[-2:])])
    if lang == "en-gb":
        if rng.random() < 0.65:
            s = "7" + _d(rng, 9)
            return rng.choice(["0%s %s" % (s[:4], s[4:]), "0" + s, "+44 %s %s" % (s[:4], s[4:]), "+44 (0)%s %s %s" % (s[:4], s[4:7], s[7:]),
                               "0%s %s %s" % (s[:4], s[4:7], s[7:]), "+44%s" % s, "0044 %s %s" % (s[:4], s[4:])])
        a = rng.choice(["20", "161", "113", "121", "131", "117", "1632", "141", "29"])
        s = _d(rng, 10 - len(a))
        if a == "20":
            return rng.choice(["020 %s %s" % (s[:4], s[4:]), "+44 20 %s %s" % (s[:4], s[4:])])
        return rng.choice(["0%s %s %s" % (a, s[:3], s[3:]), "0%s %s" % (a, s), "+44 %s %s %s" % (a, s[:3], s[3:])])
    a = rng.choice(["212", "415", "617", "312", "206", "512", "303", "718"])
    x, y = _d(rng, 3), _d(rng, 4)
    if x[0] in "01":
        x = "5" + x[1:]
    return rng.choice(["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "+1 %s %s %s" % (a, x, y), "%s.%s.%s" % (a, x, y),
                       "+1 (%s) %s-%s" % (a, x, y), "%s%s%s" % (a, x, y)])


def addr(rng, lang, P):
    if lang == "nl":
        st, city = rng.choice(P["street_nl"]), rng.choice(P["city_nl"])
        num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-2", " bis", "B", "-hs", " III"])
        pc = str(rng.randint(1000, 9999)) + rng.choice(["", " "]) + rs(rng, "ABCDEGHJKLMNPRSTVWXZ", 2)
        return rng.choice(["%s %s, %s %s" % (st, num, pc, city), "%s %s  %s  %s" % (st, num, pc, city),
                           "%s %s %s %s" % (st, num, pc, city.upper()), "%s %s te %s" % (st, num, city), "%s %s, %s" % (st, num, city)])
    if lang in ("nl-be", "fr-be"):
        key = "street_nlbe" if lang == "nl-be" else "street_frbe"
        st, (pc, city) = rng.choice(P[key]), rng.choice(P["city_be"])
        num = str(rng.randint(1, 180))
        bus = rng.choice(["", "", "", " bus 3", "/2", " bte 5", " boîte 12", "A"])
        if lang == "nl-be" and "bte" in bus or lang == "nl-be" and "boîte" in bus:
            bus = " bus 1"
        return rng.choice(["%s %s%s, %s %s" % (st, num, bus, pc, city), "%s %s%s %s %s" % (st, num, bus, pc, city),
                           "%s %s%s - %s %s" % (st, num, bus, pc, city), "%s, %s%s, %s %s" % (st, num, bus, pc, city)])
    if lang == "en-gb":
        st, (city, pca) = rng.choice(P["street_gb"]), rng.choice(P["city_gb"])
        pc = pca + str(rng.randint(1, 20)) + " " + str(rng.randint(1, 9)) + rs(rng, "ABDEFGHJLNPQRSTUWXYZ", 2)
        flat = rng.choice(["", "", "", "Flat 3, ", "Flat 12b, ", "Apartment 4, "])
        return rng.choice(["%s%d %s, %s %s" % (flat, rng.randint(1, 300), st, city, pc), "%s%d %s, %s, %s" % (flat, rng.randint(1, 300), st, city, pc),
                           "%d %s %s" % (rng.randint(1, 300), st, pc)])
    st, (city, stt) = rng.choice(P["street_us"]), rng.choice(P["city_us"])
    return rng.choice(["%d %s, %s, %s %05d" % (rng.randint(10, 9999), st, city, stt, rng.randint(10000, 99999)),
                       "%d %s Apt %d, %s %s %05d" % (rng.randint(10, 9999), st, rng.randint(1, 40), city, stt, rng.randint(10000, 99999))])


MON = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _mon(lang):
    return MON["fr"] if lang == "fr-be" else MON["en"] if en(lang) else MON["nl"]


def dob(rng, lang, P):
    y, m, d = rng.randint(1938, 2009), rng.randint(1, 12), rng.randint(1, 28)
    mn = _mon(lang)[m - 1]
    if lang == "en-us":
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%d/%d/%d" % (m, d, y % 100 + 0 if False else y)])
    return rng.choice(["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y),
                       "%d-%d-%d" % (d, m, y), "%d %s %d" % (d, mn[:3], y) if not en(lang) else "%d %s %d" % (d, mn, y)])


def member(rng, lang, P):
    return rng.choice([_d(rng, 5), _d(rng, 6), "L" + _d(rng, 5), "LID-" + _d(rng, 5), _d(rng, 7), "M" + _d(rng, 6),
                       rs(rng, UP, 2) + _d(rng, 6), _d(rng, 4) + "-" + _d(rng, 3)])


def donor(rng, lang, P):
    return rng.choice(["D" + _d(rng, 7), _d(rng, 8), _d(rng, 7), "DON-" + _d(rng, 6), _d(rng, 3) + "." + _d(rng, 3) + "." + _d(rng, 3),
                       "GA" + _d(rng, 6), _d(rng, 10)])


def mandate(rng, lang, P):
    return rng.choice(["MDT" + _d(rng, 9), _d(rng, 12), "MACH-" + _d(rng, 7), rs(rng, UP, 3) + "-" + _d(rng, 4) + "-" + _d(rng, 6),
                       "DDM" + _d(rng, 8), "RUM" + _d(rng, 10)])


def lot(rng, lang, P):
    return rng.choice([_d(rng, 9), _d(rng, 10), "LOT" + _d(rng, 7), _d(rng, 4) + " " + _d(rng, 4) + " " + _d(rng, 2), "A" + _d(rng, 8)])


def ean(rng, lang, P):
    if en(lang):
        return rng.choice(["1", "2"]) + _d(rng, 12)
    return "871" + _d(rng, 15) if lang == "nl" else "5414" + _d(rng, 14)


def cust(rng, lang, P):
    return rng.choice([member, donor, lot])(rng, lang, P)


def ip(rng, lang, P):
    if rng.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % tuple(rng.randint(0x100, 0xffff) for _ in range(4))
    a = rng.choice([77, 81, 83, 84, 86, 89, 94, 109, 141, 145, 178, 188, 212, 217, 62, 31, 51, 82])
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


# ---------------------------------------------------------------- negatives
def amount(rng, lang, P):
    v = rng.choice([5, 7.5, 10, 12.5, 15, 20, 25, 35, 50, 60, 75, 100, 120, 150, 250, 3.5, 17.95, 42])
    if en(lang):
        c = "£" if lang == "en-gb" else "$"
        return rng.choice(["%s%g" % (c, v), "%s%.2f" % (c, v), "%s %.2f" % (c, v)])
    s = ("%.2f" % v).replace(".", ",")
    return rng.choice(["€ " + s, "€" + s, "%g euro" % v if v == int(v) else s + " euro", "EUR " + s, s + " €", "€%d,-" % int(v)])


def date(rng, lang, P):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    y = rng.choice([2024, 2025, 2026])
    mn = _mon(lang)[m - 1]
    if lang == "en-us":
        return rng.choice(["%s %d" % (mn, d), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y)])
    if en(lang):
        return rng.choice(["%d %s" % (d, mn), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn[:3], y)])
    return rng.choice(["%d %s" % (d, mn), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d/%d" % (d, m), "%d %s %d" % (d, mn, y)])


def time(rng, lang, P):
    h, mi = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 5, 12])
    if lang == "en-us":
        return rng.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%d:%02d" % (h, mi)])
    if en(lang):
        return rng.choice(["%02d:%02d" % (h, mi), "%d.%02dpm" % ((h - 1) % 12 + 1, mi) if h > 12 else "%d:%02d" % (h, mi)])
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi), "%dh" % h])
    return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%du" % h, "%02d:%02d uur" % (h, mi)])


def qty(rng, lang, P):
    n = rng.randint(2, 12)
    w = {"nl": ["loten", "kaartjes", "leden", "maanden", "termijnen"], "nl-be": ["loten", "tickets", "leden", "maanden"],
         "fr-be": ["billets", "membres", "mois", "cotisations"], "en-gb": ["tickets", "members", "months", "payments"],
         "en-us": ["tickets", "members", "months", "payments"]}[lang]
    return "%d %s" % (n, rng.choice(w))


def pct(rng, lang, P):
    v = rng.choice([10, 15, 20, 25, 50, 100, 21, 6])
    return rng.choice(["%d%%" % v, "%d %%" % v, "%d procent" % v if lang in ("nl", "nl-be") else "%d%%" % v])


def year(rng, lang, P):
    return str(rng.randint(2019, 2026))


def order(rng, lang, P):
    return rng.choice(["ORD-" + _d(rng, 6), "#" + _d(rng, 6), _d(rng, 8), "WEB" + _d(rng, 7), "B" + _d(rng, 6)])


def ticket(rng, lang, P):
    return rng.choice(["CAS-" + _d(rng, 6) + "-" + rs(rng, UP + DG, 4), _d(rng, 4) + "-" + _d(rng, 6), "#" + _d(rng, 7),
                       "ZK" + _d(rng, 7), "SR-" + _d(rng, 8), "INC" + _d(rng, 7), "T" + _d(rng, 6)])


def invoice(rng, lang, P):
    return rng.choice(["F" + _d(rng, 4) + "-" + _d(rng, 4), "INV-" + _d(rng, 5), "2025" + _d(rng, 5), "FAC/" + _d(rng, 4) + "/" + _d(rng, 3),
                       "CON-" + _d(rng, 6)])


def tracking(rng, lang, P):
    return rng.choice(["3S" + rs(rng, UP, 4) + _d(rng, 9), "JVGL" + _d(rng, 14), "RR" + _d(rng, 9) + "NL", "CD" + _d(rng, 9) + "BE",
                       "1Z" + rs(rng, UP + DG, 16), "JD" + _d(rng, 16)])


def reqid(rng, lang, P):
    h = "0123456789abcdef"
    return rng.choice(["%s-%s-%s-%s-%s" % (rs(rng, h, 8), rs(rng, h, 4), rs(rng, h, 4), rs(rng, h, 4), rs(rng, h, 12)),
                       "req_" + rs(rng, AN, 14), rs(rng, UP + DG, 12)])


def errcode(rng, lang, P):
    return rng.choice(["E" + _d(rng, 4), "ERR_" + rs(rng, UP, 4) + "_" + _d(rng, 2), str(rng.choice([401, 403, 404, 500, 502, 503])),
                       "0x" + rs(rng, "0123456789ABCDEF", 8), "PAY-" + _d(rng, 3), "AM" + _d(rng, 2)])


def version(rng, lang, P):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 30)), "%d.%d" % (rng.randint(2, 17), rng.randint(0, 9)),
                       "%d.%d.%d (build %d)" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(100, 9999))])


def model(rng, lang, P):
    return rng.choice(P["model"])


def product(rng, lang, P):
    return rng.choice(["SKU-" + _d(rng, 5), "ART" + _d(rng, 6), rs(rng, UP, 3) + "-" + _d(rng, 3), "SHIRT-" + rng.choice("SMLX") + "-" + _d(rng, 3)])


def flight(rng, lang, P):
    return rng.choice(["KL", "HV", "FR", "SN", "U2", "BA", "TB", "LH"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def cphone(rng, lang, P):
    if lang == "nl":
        return rng.choice(["0800-" + _d(rng, 4), "0900-" + _d(rng, 7), "088 " + _d(rng, 3) + " " + _d(rng, 4), "0800 " + _d(rng, 3) + " " + _d(rng, 4)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 " + _d(rng, 2) + " " + _d(rng, 2) + " " + _d(rng, 2), "0800 " + _d(rng, 2) + " " + _d(rng, 3), "070 " + _d(rng, 3) + " " + _d(rng, 3)])
    if lang == "en-gb":
        return rng.choice(["0300 " + _d(rng, 3) + " " + _d(rng, 4), "0800 " + _d(rng, 3) + " " + _d(rng, 4), "0345 " + _d(rng, 3) + " " + _d(rng, 4)])
    return "1-800-" + _d(rng, 3) + "-" + _d(rng, 4)


def creg(rng, lang, P):
    """Returns (cue, value): only the value is marked as a negative."""
    if lang == "nl":
        return rng.choice([("KvK ", _d(rng, 8)), ("KvK-nummer ", _d(rng, 8)), ("KvK: ", _d(rng, 8)), ("RSIN ", _d(rng, 9)),
                           ("BTW ", "NL" + _d(rng, 9) + "B01")])
    if lang in ("nl-be", "fr-be"):
        v = "0" + _d(rng, 3) + "." + _d(rng, 3) + "." + _d(rng, 3)
        return rng.choice([("ondernemingsnummer " if lang == "nl-be" else "n° d'entreprise ", v), ("", "BE " + v), ("BCE ", v),
                           ("KBO ", v), ("btw ", "BE" + v.replace(".", ""))])
    if lang == "en-gb":
        return rng.choice([("Registered charity no. ", _d(rng, 7)), ("Company No. ", _d(rng, 8)),
                           ("VAT ", "GB " + _d(rng, 3) + " " + _d(rng, 4) + " " + _d(rng, 2)), ("registered charity number ", _d(rng, 6))])
    return ("EIN ", _d(rng, 2) + "-" + _d(rng, 7))


def url(rng, lang, P):
    return rng.choice(P["url"])


def mention(rng, lang, P):
    return rng.choice(P["mention"])


def hashtag(rng, lang, P):
    return rng.choice(P["hashtag"])


def masked(rng, lang, P):
    return rng.choice(["****" + _d(rng, 4), "**** **** **** " + _d(rng, 4), "NL** **** **** **" + _d(rng, 2) + " " + _d(rng, 2),
                       "BE** **** **** " + _d(rng, 2) + "**", "xxxx-xxxx-xxxx-" + _d(rng, 4), "06-****" + _d(rng, 4),
                       "NL**RABO******" + _d(rng, 4), "GB** **** **** **** **" + _d(rng, 2), "•••• " + _d(rng, 4),
                       "j***@" + rng.choice(["gmail.com", "hotmail.com", "telenet.be"]), "*******" + _d(rng, 3)])


def meter(rng, lang, P):
    return rng.choice(["%d kWh" % rng.randint(1000, 60000), "%05d" % rng.randint(0, 99999) + " m³", "%d,%d kWh" % (rng.randint(100, 9999), rng.randint(0, 9))])


def port(rng, lang, P):
    return str(rng.choice([8080, 8443, 3389, 22, 443, 5060, 25, 587, 993, 51820, 8123]))


def checksum(rng, lang, P):
    return rs(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
