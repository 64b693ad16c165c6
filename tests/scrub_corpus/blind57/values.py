"""Value generators for the blind57 corpus (stdlib only)."""
import string

DIG = string.digits


def digits(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(s)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    conv = "".join(str(int(c, 36)) for c in s)
    return int(conv) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- iban
def _iban_check(cc, bban):
    conv = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    return "%02d" % (98 - int(conv) % 97)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(r, country="NL"):
    if country == "NL":
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        bban = bank + digits(r, 10)
    elif country == "BE":
        first = digits(r, 10)
        c = int(first) % 97 or 97
        bban = first + "%02d" % c
    elif country == "DE":
        bban = digits(r, 18)
    elif country == "FR":
        bban = digits(r, 10) + "".join(r.choice(DIG + "ABCDEFGHJK") for _ in range(11)) + digits(r, 2)
    elif country == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(r, 14)
    elif country == "LU":
        bban = digits(r, 3) + digits(r, 13)
    else:
        bban = digits(r, 18)
    cc = country
    s = cc + _iban_check(cc, bban) + bban
    assert iban_ok(s), s
    style = r.random()
    if style < 0.55:
        out = group4(s)
    elif style < 0.85:
        out = s
    else:
        out = group4(s).lower() if r.random() < 0.5 else s.lower()
    return out


# ---------------------------------------------------------------- card
def card(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if brand == "visa":
        body = "4" + digits(r, 14)
    elif brand == "mc":
        body = r.choice(["51", "52", "53", "54", "55", "22"]) + digits(r, 13)
    elif brand == "amex":
        body = r.choice(["34", "37"]) + digits(r, 12)
    else:
        body = r.choice(["6703", "6759"]) + digits(r, 11)
    for c in DIG:
        if luhn_ok(body + c):
            num = body + c
            break
    st = r.random()
    if brand == "amex":
        if st < 0.6:
            return "%s %s %s" % (num[:4], num[4:10], num[10:])
        return num
    if st < 0.5:
        return group4(num)
    if st < 0.7:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def cvv(r, amex=False):
    return digits(r, 4 if amex else 3)


def expiry(r):
    m = r.randint(1, 12)
    y = r.randint(25, 31)
    return r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y), "%02d / %02d" % (m, y)])


# ---------------------------------------------------------------- bsn / rrn
def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = r.randint(1, 6)
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            if bsn_ok(s):
                break
    st = r.random()
    if st < 0.6:
        return s
    if st < 0.8:
        return "%s.%s.%s" % (s[:4], s[4:6], s[6:])
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def rrn(r, year=None):
    year = year or r.randint(1925, 2004)
    yy = year % 100
    mm = r.randint(1, 12)
    dd = r.randint(1, 28)
    seq = r.randint(1, 997)
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    n = int(("2" + base) if year >= 2000 else base)
    chk = 97 - n % 97
    s = base + "%02d" % chk
    assert rrn_ok(s)
    st = r.random()
    if st < 0.45:
        return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    if st < 0.75:
        return s
    return "%s%s%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])


# ---------------------------------------------------------------- phones
def phone(r, lang):
    st = r.random()
    if lang == "nl":
        if r.random() < 0.8:
            n = digits(r, 8)
            return r.choice(["06-%s" % n, "06 %s %s" % (n[:4], n[4:]), "+31 6 %s" % n, "+316%s" % n,
                             "0031 6 %s %s" % (n[:4], n[4:]), "06%s" % n, "+31 (0)6 %s" % n,
                             "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])])
        area = r.choice(["020", "010", "030", "070", "040", "050", "0345", "0418"])
        n = digits(r, 10 - len(area))
        return r.choice(["%s-%s" % (area, n), "%s %s" % (area, n), "+31 %s %s" % (area[1:], n)])
    if lang in ("nl-be", "fr-be"):
        if st < 0.75:
            p = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "491", "494", "495", "496", "497", "498", "499"])
            n = digits(r, 6)
            return r.choice(["0%s %s %s %s" % (p, n[:2], n[2:4], n[4:]), "0%s/%s.%s.%s" % (p, n[:2], n[2:4], n[4:]),
                             "+32 %s %s %s %s" % (p, n[:2], n[2:4], n[4:]), "0032%s%s" % (p, n), "0%s%s" % (p, n),
                             "+32 (0)%s %s %s %s" % (p, n[:2], n[2:4], n[4:])])
        a = r.choice(["02", "03", "09", "04", "016", "050", "081", "071"])
        n = digits(r, 9 - len(a))
        return r.choice(["%s %s %s %s" % (a, n[:-4], n[-4:-2], n[-2:]), "%s/%s" % (a, n), "+32 %s %s" % (a[1:], n)])
    if lang == "en-gb":
        if st < 0.7:
            n = digits(r, 6)
            return r.choice(["07%s %s" % (digits(r, 3), n), "+44 7%s %s" % (digits(r, 3), n), "07%s%s" % (digits(r, 3), n),
                             "+44 (0)7%s %s %s" % (digits(r, 3), n[:3], n[3:])])
        return r.choice(["020 %s %s" % (digits(r, 4), digits(r, 4)), "0161 %s %s" % (digits(r, 3), digits(r, 4)),
                         "0113 %s %s" % (digits(r, 3), digits(r, 4)), "+44 131 %s %s" % (digits(r, 3), digits(r, 4))])
    # en-us
    a = r.choice(["212", "312", "415", "617", "713", "303", "206", "512", "404", "614"])
    e = str(r.randint(201, 989))
    n = digits(r, 4)
    return r.choice(["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s.%s.%s" % (a, e, n), "+1 %s %s %s" % (a, e, n),
                     "+1 (%s) %s-%s" % (a, e, n), "1-%s-%s-%s" % (a, e, n)])


def company_phone(r, lang):
    if lang == "nl":
        return r.choice(["088 %s %s" % (digits(r, 3), digits(r, 4)), "0800-%s" % digits(r, 4), "0900-%s" % digits(r, 4),
                         "088-%s" % digits(r, 7), "0800 %s %s" % (digits(r, 2), digits(r, 2))])
    if lang in ("nl-be", "fr-be"):
        return r.choice(["078 %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2)), "0800 %s %s" % (digits(r, 2), digits(r, 3)),
                         "070 %s %s" % (digits(r, 3), digits(r, 3)), "02 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2))])
    if lang == "en-gb":
        return r.choice(["0800 %s %s" % (digits(r, 3), digits(r, 4)), "0345 %s %s" % (digits(r, 3), digits(r, 4)),
                         "0333 %s %s" % (digits(r, 3), digits(r, 4))])
    return r.choice(["1-800-%s-%s" % (digits(r, 3), digits(r, 4)), "(888) %s-%s" % (digits(r, 3), digits(r, 4)),
                     "1 (877) %s-%s" % (digits(r, 3), digits(r, 4))])


# ---------------------------------------------------------------- dates
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _ml(lang):
    return "nl" if lang.startswith("nl") else ("fr" if lang == "fr-be" else "en")


def fmt_date(r, lang, y, m, d):
    ml = _ml(lang)
    mon = MONTHS[ml][m - 1]
    if ml == "en":
        if lang == "en-us":
            opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mon, d, y), "%s %d %d" % (mon[:3], d, y), "%d-%02d-%02d" % (y, m, d)]
        else:
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%d %s %d" % (d, mon[:3], y), "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)]
    elif ml == "fr":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d-%02d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)]
    else:
        opts = ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d %s '%02d" % (d, mon[:3], y % 100)]
    return r.choice(opts)


def dob(r, lang, old=True):
    y = r.randint(1928, 1958) if old else r.randint(1960, 2003)
    return fmt_date(r, lang, y, r.randint(1, 12), r.randint(1, 28))


def date(r, lang):
    return fmt_date(r, lang, r.choice([2024, 2025, 2025, 2026]), r.randint(1, 12), r.randint(1, 28))


def short_date(r, lang):
    d, m = r.randint(1, 28), r.randint(1, 12)
    ml = _ml(lang)
    if ml == "en":
        return r.choice(["%d %s" % (d, MONTHS["en"][m - 1]), "%s %d" % (MONTHS["en"][m - 1][:3], d)]) if lang == "en-gb" or r.random() < .5 else "%d/%d" % (m, d)
    return r.choice(["%d %s" % (d, MONTHS[ml][m - 1]), "%d/%d" % (d, m), "%02d-%02d" % (d, m)])


def time_(r, lang):
    h, mi = r.randint(7, 21), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == "en-us":
        return r.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%d:%02d%s" % ((h - 1) % 12 + 1, mi, "PM" if h >= 12 else "AM")])
    if lang == "en-gb":
        return r.choice(["%02d:%02d" % (h, mi), "%d.%02d%s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am")])
    if lang in ("nl-be", "fr-be"):
        return r.choice(["%du%02d" % (h, mi), "%02d:%02d" % (h, mi), "%dh%02d" % (h, mi)])
    return r.choice(["%02d:%02d" % (h, mi), "%d.%02d uur" % (h, mi), "%d:%02d" % (h, mi)])


def amount(r, lang):
    v = r.choice([r.randint(5, 99), r.randint(100, 2500)]) + r.randint(0, 99) / 100
    if lang.startswith("en"):
        cur = "£" if lang == "en-gb" else "$"
        return r.choice(["%s%.2f" % (cur, v), "%s%d" % (cur, int(v)), "%s%s" % (cur, "{:,.2f}".format(v))])
    s = ("%.2f" % v).replace(".", ",")
    ip, dp = s.split(",")
    if len(ip) > 3:
        ip = ip[:-3] + "." + ip[-3:]
    s = ip + "," + dp
    return r.choice(["€ %s" % s, "€%s" % s, "%s euro" % s, "EUR %s" % s, "%s €" % s, "€ %s,-" % ip])


# ---------------------------------------------------------------- ids
def ip(r):
    if r.random() < 0.85:
        a = r.choice([31, 37, 62, 77, 78, 81, 84, 85, 86, 89, 94, 109, 145, 178, 188, 212, 213, 217])
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2a02:%x:%x:%x::%x" % (r.randint(0x100, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xff))


ALNUM = string.ascii_letters + DIG


def rand_str(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


PW_WORDS = ["Zomer", "Winter", "Oma", "Opa", "Papa", "Mama", "Kasteel", "Tulp", "Bruxelles", "Soleil", "Chouchou", "Liverpool",
            "Sunshine", "Rosie", "Bingo", "Ajax", "Feyenoord", "Anderlecht", "Marguerite", "Kerstmis", "Hondje", "Pluisje",
            "Trouwdag", "Lente", "Maman", "Bonjour", "Cricket", "Goldie", "Bonzo", "Zeeland", "Ardennes", "Hazelnoot"]


def password(r):
    st = r.random()
    w = r.choice(PW_WORDS)
    if st < 0.35:
        return w + str(r.randint(1940, 2025)) + r.choice(["!", "", "#", "?", "*"])
    if st < 0.55:
        return w.lower() + r.choice(["_", ".", ""]) + r.choice(PW_WORDS).lower() + str(r.randint(1, 99))
    if st < 0.75:
        return rand_str(r, r.randint(10, 16), ALNUM + "!#$%&*@")
    if st < 0.9:
        leet = w.replace("o", "0").replace("e", "3").replace("a", "@").replace("i", "1")
        return leet + str(r.randint(10, 99)) + r.choice(["!", "$", "&"])
    return "%s-%s-%s" % (r.choice(PW_WORDS).lower(), r.choice(PW_WORDS).lower(), r.randint(10, 999))


def username(r, first, last):
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    st = r.random()
    if st < 0.3:
        return "%s%s%d" % (f[0], l, r.randint(1, 99))
    if st < 0.55:
        return "%s.%s" % (f, l)
    if st < 0.75:
        return "%s_%s%d" % (f, l[:3], r.randint(40, 99))
    return "%s%d" % (l, r.randint(1940, 2010))


def wifi_key(r):
    st = r.random()
    if st < 0.4:
        return rand_str(r, r.choice([12, 13, 16, 20]), "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if st < 0.7:
        return rand_str(r, r.choice([10, 12, 16]), "abcdef0123456789")
    return "%s%s%d" % (r.choice(PW_WORDS), r.choice(PW_WORDS).lower(), r.randint(100, 9999))


def api_key(r):
    st = r.random()
    if st < 0.25:
        return "sk_live_" + rand_str(r, 24)
    if st < 0.4:
        return "AKIA" + rand_str(r, 16, string.ascii_uppercase + DIG)
    if st < 0.55:
        return "AIza" + rand_str(r, 35, ALNUM + "-_")
    if st < 0.7:
        return "pk_live_" + rand_str(r, 24)
    if st < 0.85:
        return rand_str(r, 32, "abcdef0123456789")
    return "SG." + rand_str(r, 22, ALNUM) + "." + rand_str(r, 43, ALNUM + "-_")


def aws_secret(r):
    return rand_str(r, 40, ALNUM + "/+")


def token(r):
    st = r.random()
    if st < 0.3:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rand_str(r, 36, ALNUM + "-_") + "." + rand_str(r, 43, ALNUM + "-_")
    if st < 0.5:
        return rand_str(r, 40, "abcdef0123456789")
    if st < 0.65:
        return "ghp_" + rand_str(r, 36)
    if st < 0.8:
        return rand_str(r, 32, "abcdef0123456789")
    return "ya29." + rand_str(r, 50, ALNUM + "-_")


def otp(r, lang):
    n = digits(r, 6)
    st = r.random()
    if st < 0.6:
        return n
    if st < 0.8:
        return n[:3] + " " + n[3:]
    if st < 0.88:
        return n[:3] + "-" + n[3:]
    words = {"nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
             "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
             "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]}[_ml(lang)]
    return " ".join(words[int(c)] for c in n)


def pin(r, n=4):
    while True:
        p = digits(r, n)
        if len(set(p)) > 1:
            return p


def puk(r):
    return digits(r, 8)


def customer_number(r, variant, lang):
    be = lang in ("nl-be", "fr-be")
    if variant == "ean":
        pre = "5414" if be else "8716"
        return pre + digits(r, 14) if r.random() < .7 else "EAN " if False else (pre + digits(r, 14))
    if variant == "polis":
        return r.choice(["%s-%s" % (r.choice(["AV", "UV", "LV", "WP", "ZK", "BR"]), digits(r, 7)), digits(r, 10),
                         "%s.%s.%s" % (digits(r, 3), digits(r, 3), digits(r, 3)), "POL%s" % digits(r, 8), "%s/%s" % (digits(r, 6), digits(r, 2))])
    if variant == "contract":
        return r.choice(["%s %s" % (digits(r, 4), digits(r, 4)), "CT-%s" % digits(r, 8), digits(r, 9), "%s-%s-%s" % (digits(r, 3), digits(r, 3), digits(r, 3))])
    if variant == "lid":
        return r.choice(["L%s" % digits(r, 7), digits(r, 8), "M-%s" % digits(r, 6)])
    if variant == "abo":
        return r.choice(["%s" % digits(r, 10), "SUB-%s" % rand_str(r, 8, string.ascii_uppercase + DIG), "%s%s" % (r.choice(["ZG", "PX", "TN"]), digits(r, 8))])
    if variant == "acct":
        return r.choice([digits(r, 8), "%s-%s" % (digits(r, 4), digits(r, 4)), "A%s" % digits(r, 9)])
    # klant / customer
    return r.choice([digits(r, 8), digits(r, 9), digits(r, 10), "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3)),
                     "KL%s" % digits(r, 7), "%s.%s.%s" % (digits(r, 2), digits(r, 3), digits(r, 3))])


def death_cert(r, lang):
    """Death certificate / civil registry deed number: left unlabelled (judgement call)."""
    if lang == "nl":
        return r.choice(["%s/%s" % (r.randint(2024, 2026), digits(r, 4)), "akte %s" % digits(r, 4), "2A%s" % digits(r, 4)])
    if lang in ("nl-be", "fr-be"):
        return r.choice(["%s/%s" % (digits(r, 4), r.randint(2024, 2026)), "DABS-%s" % digits(r, 6)])
    if lang == "en-gb":
        return r.choice(["DYE %s" % digits(r, 6), "QDX %s" % digits(r, 6)])
    return "%s-%s-%s" % (digits(r, 3), r.randint(2024, 2026), digits(r, 6))
