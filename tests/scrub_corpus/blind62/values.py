"""Value generators for the blind62 corpus (parcels, couriers, returns).

Every function takes a random.Random and returns a string. Check-digit helpers
are also used by the self-check in generate_blind.py.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- check digits
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(partial):
    for c in DIG:
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


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


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
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------------------------------------------------------- high risk
def card(r):
    kind = r.random()
    if kind < 0.5:
        num = luhn_complete("4" + digits(r, 14))
        fmt = [4, 4, 4, 4]
    elif kind < 0.85:
        pre = r.choice(["51", "52", "53", "54", "55", "2221", "2720", "2310"])
        num = luhn_complete(pre + digits(r, 15 - len(pre)))
        fmt = [4, 4, 4, 4]
    else:
        pre = r.choice(["34", "37"])
        num = luhn_complete(pre + digits(r, 12))
        fmt = [4, 6, 5]
    st = r.random()
    if st < 0.5:
        return group(num, fmt, " ")
    if st < 0.7:
        return num
    if st < 0.85:
        return group(num, fmt, "-")
    return group(num, fmt, "  ") if len(fmt) == 4 else group(num, fmt, " ")


def cvv(r):
    return digits(r, r.choice([3, 3, 3, 4]))


def expiry(r):
    m = r.randint(1, 12)
    y = r.randint(25, 31)
    return r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y), "%02d / %02d" % (m, y)])


IBAN_BANKS = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]}


def iban(r, cc=None):
    cc = cc or r.choice(["NL", "NL", "BE", "DE", "FR", "GB"])
    if cc == "NL":
        bban = r.choice(IBAN_BANKS["NL"]) + digits(r, 10)
    elif cc == "BE":
        b = digits(r, 10)
        c = int(b) % 97 or 97
        bban = b + "%02d" % c
    elif cc == "DE":
        bban = digits(r, 18)
    elif cc == "FR":
        bban = digits(r, 23)
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + digits(r, 14)
    else:
        bban = digits(r, 16)
    s = iban_make(cc, bban)
    assert iban_ok(s)
    st = r.random()
    if st < 0.55:
        s = group(s, [4] * 10, " ")
    elif st < 0.65:
        s = s.lower()
    elif st < 0.72:
        s = group(s, [4] * 10, " ").lower()
    return s


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            break
    st = r.random()
    if st < 0.6:
        return s
    if st < 0.8:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    return s[:3] + " " + s[3:6] + " " + s[6:]


def rrn(r):
    y = r.randint(40, 105)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    yy = y % 100
    base = "%02d%02d%02d%03d" % (yy, m, d, r.randint(1, 997))
    if y >= 100:
        chk = 97 - int("2" + base) % 97
    else:
        chk = 97 - int(base) % 97
    s = base + "%02d" % chk
    st = r.random()
    if st < 0.45:
        out = "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    elif st < 0.75:
        out = s
    else:
        out = "%s %s %s" % (s[:6], s[6:9], s[9:])
    assert rrn_ok(out)
    return out


WORDS = ["zomer", "Pakket", "tulp", "Fiets", "koffie", "Parcel", "sunny", "Lente", "appel", "Tiger", "Maple",
         "bruxelles", "Antwerp", "doos", "Kaas", "molen", "garden", "Ruby", "Hond", "Kitty", "Oranje", "mango"]


def password(r):
    st = r.random()
    w = r.choice(WORDS)
    if st < 0.3:
        return w + str(r.randint(1, 99)) + r.choice("!#?$@*")
    if st < 0.5:
        return w.capitalize() + r.choice(WORDS).capitalize() + str(r.randint(1970, 2025))
    if st < 0.7:
        return "".join(r.choice(ALNUM + "!#%&") for _ in range(r.randint(10, 16)))
    if st < 0.85:
        return w.lower() + digits(r, 3)
    return r.choice(WORDS).upper()[:3] + "-" + digits(r, 4) + "-" + r.choice(WORDS).lower()


def username(r, fname="", lname=""):
    f = (fname or r.choice(["sanne", "kees", "lotte", "bram", "ines", "tom", "amy", "jake"])).lower()
    l = (lname or r.choice(["smit", "peeters", "jones", "miller", "dubois"])).lower().replace(" ", "")
    st = r.random()
    if st < 0.3:
        return f + "." + l
    if st < 0.5:
        return f + "_" + l + str(r.randint(70, 99))
    if st < 0.7:
        return f[0] + l + digits(r, 2)
    if st < 0.85:
        return l.capitalize() + f.capitalize()[:3] + str(r.randint(1, 9))
    return f + str(r.randint(1980, 2005))


def otp(r):
    st = r.random()
    s = digits(r, 6)
    if st < 0.7:
        return s
    if st < 0.85:
        return s[:3] + " " + s[3:]
    if st < 0.93:
        return s[:3] + "-" + s[3:]
    return digits(r, r.choice([4, 5, 8]))


def pickup_code(r):
    st = r.random()
    if st < 0.4:
        return digits(r, 6)
    if st < 0.6:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if st < 0.8:
        return digits(r, 4)
    return digits(r, 8)


def pin(r):
    st = r.random()
    if st < 0.6:
        return digits(r, 4)
    if st < 0.75:
        return digits(r, 5)
    if st < 0.85:
        return digits(r, 6)
    if st < 0.93:
        return digits(r, 4) + "#"
    return "*" + digits(r, 4)


def puk(r):
    return digits(r, 8)


def wifi(r):
    st = r.random()
    if st < 0.4:
        return "".join(r.choice(ALNUM) for _ in range(r.randint(12, 20)))
    if st < 0.7:
        return r.choice(WORDS).capitalize() + "-" + r.choice(WORDS).lower() + "-" + digits(r, 2)
    return "-".join("".join(r.choice(UP + DIG) for _ in range(4)) for _ in range(4))


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def api_key(r):
    st = r.random()
    if st < 0.25:
        return "sk_live_" + "".join(r.choice(ALNUM) for _ in range(24))
    if st < 0.45:
        return hexs(r, 32)
    if st < 0.6:
        return "AKIA" + "".join(r.choice(UP + DIG) for _ in range(16))
    if st < 0.75:
        return "SG." + "".join(r.choice(ALNUM + "_-") for _ in range(22)) + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))
    if st < 0.88:
        return "".join(r.choice(ALNUM) for _ in range(8)) + "-" + "-".join(hexs(r, 4) for _ in range(3)) + "-" + hexs(r, 12)
    return "pk_" + "".join(r.choice(ALNUM) for _ in range(30))


def aws_secret(r):
    return "".join(r.choice(ALNUM + "/+") for _ in range(40))


def token(r):
    st = r.random()
    if st < 0.35:
        b = lambda n: "".join(r.choice(ALNUM + "-_") for _ in range(n))
        return "eyJ" + b(30) + "." + "eyJ" + b(50) + "." + b(43)
    if st < 0.55:
        return hexs(r, 40)
    if st < 0.7:
        return "ghp_" + "".join(r.choice(ALNUM) for _ in range(36))
    if st < 0.85:
        return "shpat_" + hexs(r, 32)
    return "".join(r.choice(ALNUM) for _ in range(48))


def ip(r):
    if r.random() < 0.85:
        a = r.choice([31, 62, 77, 81, 84, 86, 145, 178, 185, 213, 217, 94, 109, 82])
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2a02:%s:%s:%s::%s" % (hexs(r, 4), hexs(r, 4), hexs(r, 3), hexs(r, 2))


# ---------------------------------------------------------------- phones
def phone(r, lang):
    st = r.random()
    if lang == "nl":
        m = digits(r, 8)
        opts = ["06-" + m, "06 " + m[:4] + " " + m[4:], "06" + m, "+31 6 " + m, "+31 6 " + group(m, [2, 2, 2, 2]),
                "0031 6 " + m, "+31(0)6-" + m[:4] + " " + m[4:], "06 " + group(m, [2, 2, 2, 2]),
                "+316" + m, "020-" + digits(r, 7), "010 " + digits(r, 3) + " " + digits(r, 4), "0" + str(r.randint(71, 79)) + "-" + digits(r, 7)]
    elif lang in ("nl-be", "fr-be"):
        p = "4" + str(r.choice([6, 7, 8, 9])) + str(r.randint(0, 9))
        m = digits(r, 6)
        opts = ["0" + p + " " + group(m, [2, 2, 2]), "0" + p + "/" + group(m, [2, 2, 2], "."), "+32 " + p + " " + group(m, [2, 2, 2]),
                "0" + p + m, "+32" + p + m, "0032 " + p + " " + m, "0" + p + "/" + m, "0" + p + " " + m[:3] + " " + m[3:],
                "02 " + digits(r, 3) + " " + digits(r, 2) + " " + digits(r, 2), "09/" + digits(r, 3) + "." + digits(r, 2) + "." + digits(r, 2),
                "+32 (0)" + p + " " + group(m, [2, 2, 2])]
    elif lang == "en-gb":
        m = digits(r, 6)
        opts = ["07" + str(r.randint(400, 999)) + " " + m, "07" + str(r.randint(400, 999)) + m, "+44 7" + str(r.randint(400, 999)) + " " + m,
                "+44 (0)7" + str(r.randint(400, 999)) + " " + m[:3] + " " + m[3:], "07" + str(r.randint(400, 999)) + "-" + m,
                "020 " + digits(r, 4) + " " + digits(r, 4), "0161 " + digits(r, 3) + " " + digits(r, 4), "0044 7" + digits(r, 9),
                "+447" + digits(r, 9)]
    else:
        a = str(r.choice([212, 312, 415, 617, 646, 718, 303, 512, 206, 404, 503, 702]))
        x, y = str(r.randint(200, 989)), digits(r, 4)
        opts = ["(" + a + ") " + x + "-" + y, a + "-" + x + "-" + y, a + "." + x + "." + y, "+1 " + a + " " + x + " " + y,
                "+1 (" + a + ") " + x + "-" + y, "1-" + a + "-" + x + "-" + y, a + x + y, "+1" + a + x + y, a + " " + x + " " + y]
    return r.choice(opts)


COMPANY_PHONES = {
    "nl": ["088 868 6161", "088-2255 555", "030 310 4999", "010 798 8999", "0900 0990", "088 552 2000", "085 208 5350", "020 820 0300", "0800 0402"],
    "nl-be": ["02 201 23 45", "022012345", "078 15 22 22", "02 711 11 11", "078 05 05 05", "03 808 08 08", "070 22 11 33"],
    "fr-be": ["02 201 23 45", "02/201.23.45", "078 15 22 22", "078 05 05 05", "070 22 11 33", "02 711 11 12"],
    "en-gb": ["03457 740 740", "0330 808 5456", "0344 800 4400", "0345 600 1113", "0800 028 2222", "0344 248 0844", "0333 313 3300"],
    "en-us": ["1-800-275-8777", "1-800-742-5877", "1-800-463-3339", "(888) 280-4331", "1-866-216-1072", "800-222-1811", "1 (800) 225-5345"],
}


def company_phone(r, lang):
    return r.choice(COMPANY_PHONES[lang])


# ---------------------------------------------------------------- misc negatives
def tracking(r, carrier):
    c = carrier.lower()
    if "postnl" in c:
        return r.choice(["3S", "3S", "CD", "LA"]) + "".join(r.choice(UP) for _ in range(4)) + digits(r, 7 if r.random() < 0.6 else 9) if r.random() < 0.8 else "RR" + digits(r, 9) + "NL"
    if "dhl" in c:
        st = r.random()
        if st < 0.5:
            return "JVGL0" + digits(r, 16)
        if st < 0.75:
            return digits(r, 10)
        return "JJD" + digits(r, 18)
    if "bpost" in c:
        return "3232" + digits(r, 20) if r.random() < 0.6 else "CD" + digits(r, 9) + "BE"
    if "dpd" in c:
        s = "0" + digits(r, 13)
        return s if r.random() < 0.6 else group(s, [4, 4, 4, 2])
    if "gls" in c:
        return digits(r, 11)
    if "ups" in c:
        return "1Z" + "".join(r.choice(UP + DIG) for _ in range(6)) + digits(r, 10)
    if "royal" in c or "parcelforce" in c:
        return "".join(r.choice(UP) for _ in range(2)) + digits(r, 9) + "GB"
    if "evri" in c:
        return "H" + "".join(r.choice(UP + DIG) for _ in range(15))
    if "usps" in c:
        s = "9400" + digits(r, 18)
        return s if r.random() < 0.5 else group(s, [4] * 6)
    if "fedex" in c:
        return digits(r, 12)
    if "amazon" in c:
        return "TBA" + digits(r, 12)
    if "homerr" in c or "budbee" in c:
        return "".join(r.choice(UP + DIG) for _ in range(10))
    if "inpost" in c:
        return digits(r, 24)
    return "".join(r.choice(UP) for _ in range(2)) + digits(r, 9) + "NL"


def order_number(r, shop):
    s = shop.lower()
    if "amazon" in s:
        return r.choice(["302", "028", "111", "113", "114", "405", "203"]) + "-" + digits(r, 7) + "-" + digits(r, 7)
    if "bol" in s:
        return "A0" + "".join(r.choice(UP + DIG) for _ in range(8)) if r.random() < 0.4 else digits(r, 10, True)
    if "zalando" in s:
        return "10" + digits(r, 12)
    if "coolblue" in s:
        return digits(r, 8, True)
    if "etsy" in s:
        return digits(r, 10, True)
    if "vinted" in s:
        return digits(r, 10, True)
    st = r.random()
    if st < 0.3:
        return "#" + digits(r, 6, True)
    if st < 0.6:
        return r.choice(["ORD-", "WEB", "NL-", "BE", "SO"]) + digits(r, 7)
    return digits(r, 9, True)


def case_number(r):
    st = r.random()
    if st < 0.2:
        return "CAS-" + digits(r, 6) + "-" + "".join(r.choice(UP + DIG) for _ in range(6))
    if st < 0.4:
        return digits(r, 8, True)
    if st < 0.55:
        return "#" + digits(r, 7, True)
    if st < 0.7:
        return "SR-" + digits(r, 8)
    if st < 0.85:
        return "2" + digits(r, 3) + "-" + digits(r, 6)
    return "".join(r.choice(UP) for _ in range(3)) + digits(r, 9)


def invoice_number(r):
    return r.choice(["F", "INV-", "FAC", "2024-", "RE"]) + digits(r, r.choice([6, 7, 8]))


def amount(r, lang):
    v = r.choice([1.99, 2.5, 4.95, 6.95, 12.5, 17.35, 21.0, 34.99, 49.95, 89.0, 129.99, 249.0, 5.5, 3.95, 15.0, 59.9])
    if lang in ("en-gb",):
        return "£%.2f" % v
    if lang == "en-us":
        return "$%.2f" % v
    s = ("%.2f" % v).replace(".", ",")
    return r.choice(["€" + s, "€ " + s, s + " euro", "EUR " + s, s + " €", "€" + s.replace(",00", ",-")])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _mlang(lang):
    return "nl" if lang in ("nl", "nl-be") else "fr" if lang == "fr-be" else "en"


def date(r, lang, year=None):
    y = year or r.choice([2024, 2025, 2025])
    m, d = r.randint(1, 12), r.randint(1, 28)
    ml = _mlang(lang)
    mn = MONTHS[ml][m - 1]
    if lang == "en-us":
        opts = ["%d/%d/%d" % (m, d, y), "%s %d" % (mn, d), "%s %d, %d" % (mn[:3], d, y), "%02d/%02d/%d" % (m, d, y)]
    elif lang == "en-gb":
        opts = ["%d %s" % (d, mn), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn[:3], y), "%d/%d" % (d, m)]
    else:
        opts = ["%d %s" % (d, mn), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m), "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y), "%d-%d" % (d, m)]
    return r.choice(opts)


def dob(r, lang):
    y, m, d = r.randint(1941, 2005), r.randint(1, 12), r.randint(1, 28)
    ml = _mlang(lang)
    mn = MONTHS[ml][m - 1]
    if lang == "en-us":
        opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%d-%02d-%02d" % (y, m, d)]
    elif lang == "en-gb":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d.%02d.%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d)]
    else:
        opts = ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d-%d-%d" % (d, m, y)]
    return r.choice(opts)


def time_(r, lang):
    h, mi = r.randint(7, 21), r.choice([0, 0, 15, 30, 45, 12, 47, 3])
    if lang == "en-us":
        return r.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm"), "%d:%02d" % (h, mi), "%d%s" % ((h - 1) % 12 + 1, "am" if h < 12 else "pm")])
    if lang == "en-gb":
        return r.choice(["%d:%02d" % (h, mi), "%d.%02d%s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm"), "%02d:%02d" % (h, mi)])
    if lang == "fr-be":
        return r.choice(["%dh%02d" % (h, mi), "%d:%02d" % (h, mi), "%dh" % h])
    return r.choice(["%d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%02d:%02d" % (h, mi), "%d.%02du" % (h, mi)])


def quantity(r, lang):
    n = r.randint(2, 6)
    w = {"nl": ["pakketten", "dozen", "colli", "stuks"], "nl-be": ["pakjes", "dozen", "stuks", "colli"],
         "fr-be": ["colis", "paquets", "cartons", "pièces"], "en-gb": ["parcels", "boxes", "items", "packages"],
         "en-us": ["packages", "boxes", "items", "parcels"]}[lang]
    return "%d %s" % (n, r.choice(w))


def percentage(r):
    return r.choice(["21%", "10%", "15 %", "20%", "50%", "6%", "100%", "25%"])


def company_reg(r, lang):
    """Returns (cue, value); only the value is marked."""
    if lang == "nl":
        return r.choice([("KvK ", digits(r, 8, True)), ("KvK-nummer: ", digits(r, 8, True)), ("BTW ", "NL" + digits(r, 9) + "B01"), ("btw-nr ", "NL" + digits(r, 9) + "B0" + str(r.randint(1, 9)))])
    if lang in ("nl-be", "fr-be"):
        n = "0" + digits(r, 9)
        d = n[:4] + "." + n[4:7] + "." + n[7:]
        return r.choice([("BTW ", "BE " + d), ("TVA ", "BE" + n), ("ondernemingsnummer ", d), ("n° d'entreprise ", d), ("RPR Brussel ", n), ("BCE ", d)])
    if lang == "en-gb":
        return r.choice([("Company No. ", digits(r, 8)), ("Registered in England and Wales No. ", digits(r, 8)), ("VAT Reg No. ", "GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2))])
    return r.choice([("EIN ", digits(r, 2) + "-" + digits(r, 7)), ("USDOT ", digits(r, 7))])


def masked(r, lang):
    l4 = digits(r, 4)
    return r.choice(["****" + l4, "**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4, "NL** **** **** **" + digits(r, 2) + " " + digits(r, 2),
                     "BE** **** **** " + l4, "06-****" + l4 if lang == "nl" else "07*** ***" + digits(r, 3),
                     "•••• " + l4, "xxxxxx" + l4, "j***@gmail.com", "*******" + digits(r, 3)])


def request_id(r):
    return r.choice(["req_" + hexs(r, 16), hexs(r, 8) + "-" + hexs(r, 4) + "-" + hexs(r, 4) + "-" + hexs(r, 4) + "-" + hexs(r, 12), "RID-" + digits(r, 10)])


def error_code(r):
    return r.choice(["401", "403", "ERR_429", "E1042", "500", "LBL-0032", "ADDR_NOT_FOUND", "0x80070005", "E-502", "422"])


def version(r):
    return r.choice(["8.%d.%d" % (r.randint(0, 40), r.randint(0, 9)), "v2.%d" % r.randint(0, 20), "%d.%d.%d" % (r.randint(3, 12), r.randint(0, 9), r.randint(0, 30)), "iOS 17.%d" % r.randint(0, 6), "Android 14"])


def model(r):
    return r.choice(["SM-A546B", "iPhone 13", "KD-55X85K", "WH-1000XM5", "EQ.6 S100", "TCL 50 5G", "HD9252/90", "Pixel 8a", "MX Master 3S", "DCS-8000LH", "EM7", "BKS-6025"])


def product_code(r):
    return r.choice([("EAN ", "87" + digits(r, 11)), ("SKU ", "".join(r.choice(UP) for _ in range(3)) + "-" + digits(r, 5)), ("art.nr. ", digits(r, 6)), ("ASIN ", "B0" + "".join(r.choice(UP + DIG) for _ in range(8))), ("", digits(r, 13))])


def flight(r):
    return r.choice(["KL", "HV", "FR", "SN", "BA", "CX", "EK", "QR", "LH", "DL"]) + str(r.randint(100, 9999))


def checksum(r):
    return r.choice([("sha256:", hexs(r, 64)), ("MD5 ", hexs(r, 32)), ("", hexs(r, 40))])
