"""Value generators (labelled values and hard-negative look-alikes). Standard library only."""
import string

DIG = string.digits


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


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
    return len(d) >= 12 and s % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod(s):
    s = "".join(s.split()).upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97


def iban_ok(s):
    s = "".join(c for c in s if c.isalnum()).upper()
    return len(s) >= 15 and iban_mod(s) == 1


def make_iban(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return country + "%02d" % (98 - n % 97) + bban


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
    n, cc = int(d[:9]), int(d[9:])
    return 97 - n % 97 == cc or 97 - (2000000000 + n) % 97 == cc


# ---------------------------------------------------------------- labelled values
def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        st = rng.choice(["4-6-5", "none", "4-6-5"])
        if st == "none":
            return num
        sep = rng.choice([" ", " ", "-"])
        return sep.join([num[:4], num[4:10], num[10:]])
    if kind == "visa":
        num = luhn_complete("4" + digits(rng, 14))
    elif kind == "mc":
        p = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        num = luhn_complete(p + digits(rng, 15 - len(p)))
    else:
        num = luhn_complete("6703" + digits(rng, 11))
    st = rng.random()
    if st < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if st < 0.65:
        return num
    if st < 0.8:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if st < 0.9:
        return "  ".join(num[i:i + 4] for i in range(0, 16, 4))
    return ".".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%d/%d", "%02d/20%02d", "%02d / %02d"]) % (m, y)


def iban(rng, lang):
    pick = rng.random()
    if lang in ("nl",) and pick < 0.75 or lang.startswith("en") and pick < 0.25:
        c = "NL"
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"]) + digits(rng, 10)
    elif lang in ("nl-be", "fr-be") and pick < 0.8 or lang == "nl" and pick < 0.85:
        c = "BE"
        b = digits(rng, 10)
        ck = int(b) % 97 or 97
        bban = b + "%02d" % ck
    elif lang == "en-gb" or pick < 0.5:
        c = "GB"
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + digits(rng, 14)
    else:
        c = rng.choice(["DE", "FR", "ES", "LU"])
        if c == "DE":
            bban = digits(rng, 18)
        elif c == "FR":
            bban = digits(rng, 20) + digits(rng, 3)
        elif c == "ES":
            bban = digits(rng, 20)
        else:
            bban = digits(rng, 3) + "0" + digits(rng, 12)
    s = make_iban(c, bban)
    st = rng.random()
    if st < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif st < 0.6:
        s = s.lower()
    elif st < 0.7:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    return s


def bsn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        t = sum(d[i] * (9 - i) for i in range(8)) % 11
        if t == 10:
            continue
        s = "".join(map(str, d)) + str(t)
        break
    st = rng.random()
    if st < 0.6:
        return s
    if st < 0.8:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    return s[:3] + " " + s[3:6] + " " + s[6:]


def rrn(rng):
    y = rng.randint(1950, 2007)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    n = int("%02d%02d%02d%03d" % (y % 100, m, dd, seq))
    cc = 97 - ((2000000000 + n) if y >= 2000 else n) % 97
    s = "%02d%02d%02d%03d%02d" % (y % 100, m, dd, seq, cc)
    st = rng.random()
    if st < 0.45:
        return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    if st < 0.7:
        return s
    if st < 0.85:
        return "%s-%s-%s" % (s[:6], s[6:9], s[9:])
    return "%s %s %s" % (s[:6], s[6:9], s[9:])


def otp(rng):
    n = rng.choice([6, 6, 6, 6, 5, 4, 8])
    s = digits(rng, n)
    if n == 6 and rng.random() < 0.2:
        return s[:3] + rng.choice([" ", "-"]) + s[3:]
    return s


WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(rng, lang):
    key = "fr" if lang == "fr-be" else "nl" if lang.startswith("nl") else "en"
    w = WORDS[key]
    if key == "en" and rng.random() < 0.4:
        w = list(w)
        w[0] = "oh"
    seq = [rng.choice(w) for _ in range(6)]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(seq)


def pin(rng):
    s = digits(rng, rng.choice([4, 4, 4, 5, 6]))
    return s


def puk(rng):
    s = digits(rng, 8)
    return s if rng.random() < 0.8 else s[:4] + " " + s[4:]


PW_WORDS = ["Zomer", "zonnebloem", "Festival", "Lowlands", "Tomorrow", "kaasschaaf", "Werchter", "amsterdam",
            "Pinkpop", "dragon", "Sunshine", "Liverpool", "Brooklyn", "hondje", "Tijger", "chocolat", "Papillon",
            "Bruxelles", "molenaar", "Ajax", "Glasto", "coachella", "Stroopwafel", "frietkot", "Kermis"]


def password(rng):
    st = rng.random()
    if st < 0.45:
        w = rng.choice(PW_WORDS)
        return w + rng.choice(["", "!", "#", "_", "."]) + digits(rng, rng.choice([2, 4])) + rng.choice(["", "!", "?", "$"])
    if st < 0.7:
        al = string.ascii_letters + string.digits + "!@#%&*?"
        return "".join(rng.choice(al) for _ in range(rng.randint(9, 16)))
    if st < 0.85:
        a, b = rng.sample(PW_WORDS, 2)
        return a.lower() + rng.choice(["-", "_", ""]) + b + digits(rng, 1)
    return rng.choice(["Welkom", "Welcome", "Bienvenue", "Student"]) + digits(rng, 3) + rng.choice(["!", "#", "@"])


def wifi_key(rng):
    st = rng.random()
    if st < 0.3:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(26))
    if st < 0.6:
        al = "abcdefghjkmnpqrstuvwxyz23456789"
        return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(4))
    if st < 0.8:
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(12))
    return rng.choice(PW_WORDS) + rng.choice(["Huis", "Home", "Maison", "Thuis"]) + digits(rng, 3)


def username(rng, first, last):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    st = rng.randint(0, 7)
    return [f + "." + l, f[0] + l + digits(rng, 2), f + "_" + l[:3] + digits(rng, 2), l + f[0],
            f + digits(rng, 4), "s" + digits(rng, 7), f + l + "_official", f[:3] + l[:3] + digits(rng, 1)][st]


def api_key(rng):
    al = string.ascii_letters + string.digits
    st = rng.randint(0, 6)
    if st == 0:
        return "sk_live_" + "".join(rng.choice(al) for _ in range(24))
    if st == 1:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if st == 2:
        return "".join(rng.choice(al + "/+") for _ in range(40))  # aws secret
    if st == 3:
        return "AIza" + "".join(rng.choice(al + "-_") for _ in range(35))
    if st == 4:
        return "pk_live_" + "".join(rng.choice(al) for _ in range(24))
    if st == 5:
        return "SG." + "".join(rng.choice(al) for _ in range(22)) + "." + "".join(rng.choice(al) for _ in range(43))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def token(rng):
    al = string.ascii_letters + string.digits
    st = rng.randint(0, 5)
    if st == 0:
        b = lambda n: "".join(rng.choice(al + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b(rng.randint(30, 60)) + "." + b(43)
    if st == 1:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if st == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40])))
    if st == 3:
        return "ya29." + "".join(rng.choice(al + "-_") for _ in range(50))
    if st == 4:
        return "sess_" + "".join(rng.choice(al) for _ in range(28))
    return "".join(rng.choice(al) for _ in range(20)) + "%3D"


def ip(rng):
    if rng.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))
    return "%d.%d.%d.%d" % (rng.choice([84, 62, 217, 81, 94, 109, 145, 178, 86, 73, 24]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def phone(rng, country):
    d = lambda n: digits(rng, n)
    if country == "NL":
        if rng.random() < 0.75:
            m = d(8)
            return rng.choice([
                "06-" + m, "06 " + m[:4] + " " + m[4:], "06" + m, "+31 6 " + m, "+316" + m,
                "0031 6 " + " ".join(m[i:i + 2] for i in range(0, 8, 2)), "06 - " + " ".join(m[i:i + 2] for i in range(0, 8, 2)),
                "(06) " + m, "+31 (0)6 " + m[:4] + " " + m[4:], "06-" + m[:2] + " " + m[2:5] + " " + m[5:]])
        a = rng.choice(["020", "010", "030", "070", "040", "050", "024", "0575"])
        rest = d(10 - len(a))
        return rng.choice([a + "-" + rest, a + " " + rest[:3] + " " + rest[3:], "+31 " + a[1:] + " " + rest, "(" + a + ") " + rest])
    if country == "BE":
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "495", "496", "498", "499"])
            r = d(6)
            return rng.choice([
                "0" + p + " " + r[:2] + " " + r[2:4] + " " + r[4:], "0" + p + "/" + r[:2] + "." + r[2:4] + "." + r[4:],
                "+32 " + p + " " + r[:2] + " " + r[2:4] + " " + r[4:], "+32" + p + r, "0032 " + p + " " + r[:3] + " " + r[3:],
                "0" + p + r, "0" + p + "/" + r, "+32 (0)" + p + " " + r[:3] + " " + r[3:]])
        a = rng.choice(["02", "03", "09", "016", "04", "010", "050"])
        r = d(9 - len(a))
        return rng.choice([a + " " + r[:-4] + " " + r[-4:-2] + " " + r[-2:], a + "/" + r[:-4] + "." + r[-4:-2] + "." + r[-2:], "+32 " + a[1:] + " " + r])
    if country == "UK":
        if rng.random() < 0.75:
            r = d(6)
            p = "7" + rng.choice(["700", "911", "400", "508", "812", "949", "387"])
            return rng.choice(["0" + p + " " + r, "+44 " + p + " " + r, "+44 (0)" + p + " " + r, "0" + p + r, "+44" + p + r,
                               "0" + p[:2] + " " + p[2:] + r[:2] + " " + r[2:]])
        return rng.choice(["020 7946 " + d(4), "0161 496 " + d(4), "0113 496 " + d(4), "+44 20 7946 " + d(4), "(0117) 496 " + d(4)])
    a = rng.choice(["415", "212", "646", "312", "617", "512", "206", "305", "702", "718", "917", "213"])
    r = "555-01" + d(2)
    x = r.replace("-", "")
    return rng.choice(["(" + a + ") " + r, a + "-" + r, "+1 " + a + " " + x[:3] + " " + x[3:], a + "." + x[:3] + "." + x[3:],
                       "1-" + a + "-" + r, "+1 (" + a + ") " + r, a + x, "+1" + a + x])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fam(lang):
    return "fr" if lang == "fr-be" else "nl" if lang.startswith("nl") else "en"


def dob(rng, lang):
    y = rng.randint(1958, 2008)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    f = fam(lang)
    mn = MONTHS[f][m - 1]
    opts = ["%04d-%02d-%02d" % (y, m, d)]
    if f == "nl":
        opts += ["%02d-%02d-%04d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d-%d-%02d" % (d, m, y % 100), "%02d/%02d/%04d" % (d, m, y),
                 "%02d.%02d.%04d" % (d, m, y)]
    elif f == "fr":
        opts += ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d.%02d.%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y)]
    elif lang == "en-us":
        opts += ["%02d/%02d/%04d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d %d" % (mn[:3], d, y)]
    else:
        suf = "th" if 4 <= d <= 20 or d % 10 > 3 or d % 10 == 0 else ["", "st", "nd", "rd"][d % 10]
        opts += ["%02d/%02d/%04d" % (d, m, y), "%d%s %s %d" % (d, suf, mn, y), "%d %s %d" % (d, mn[:3], y), "%02d.%02d.%02d" % (d, m, y % 100)]
    return rng.choice(opts)


def custno(rng):
    st = rng.randint(0, 9)
    d = lambda n: digits(rng, n)
    return ["%s" % d(8), "CN-" + d(7), d(3) + "." + d(3) + "." + d(3), "M" + d(8), d(10), "KL" + d(6),
            "ACC-" + d(4) + "-" + d(4), d(4) + " " + d(4), "00" + d(7), "P" + d(2) + "-" + d(6)][st]


def studno(rng, lang):
    d = lambda n: digits(rng, n)
    if lang.startswith("nl") and lang != "nl-be":
        return rng.choice(["s" + d(7), d(7), "S" + d(7), "u" + d(6), "50" + d(5)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["r0" + d(6), "0" + d(7), "2023" + d(4), "ULB" + d(6), "c" + d(7)])
    if lang == "en-gb":
        return rng.choice(["20" + d(7), "B" + d(7), "UP" + d(6)])
    return rng.choice(["N" + d(8), "A" + d(8), "900" + d(6), d(3) + "-" + d(2) + "-" + d(4)])


def ean(rng):
    return "8716" + digits(rng, 14)


# ---------------------------------------------------------------- negatives
def n_date(rng, lang):
    f = fam(lang)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = MONTHS[f][m - 1]
    y = rng.choice([2024, 2025, 2026])
    if f == "nl":
        return rng.choice(["%d %s" % (d, mn), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m), "zaterdag %d %s" % (d, mn), "%d %s %d" % (d, mn, y)])
    if f == "fr":
        return rng.choice(["%d %s" % (d, mn), "%02d/%02d/%d" % (d, m, y), "samedi %d %s" % (d, mn), "%d/%d" % (d, m)])
    if lang == "en-us":
        return rng.choice(["%s %d" % (mn, d), "%d/%d" % (m, d), "%02d/%02d/%d" % (m, d, y), "Saturday, %s %d" % (mn[:3], d)])
    return rng.choice(["%d %s" % (d, mn), "%d/%d" % (d, m), "%02d/%02d/%d" % (d, m, y), "Friday %d %s" % (d, mn[:3])])


def n_time(rng, lang):
    h = rng.randint(8, 23)
    mi = rng.choice([0, 15, 30, 45])
    if lang == "nl-be":
        return rng.choice(["%du%02d" % (h, mi), "%d:%02d" % (h, mi), "%du" % h])
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, mi), "%dh" % h, "%d:%02d" % (h, mi)])
    if lang.startswith("en"):
        hh = h - 12 if h > 12 else h
        return rng.choice(["%d:%02d" % (h, mi), "%dpm" % hh if h > 12 else "%dam" % hh, "%d.%02dpm" % (hh, mi), "%d:%02d PM" % (hh, mi)])
    return rng.choice(["%d:%02d" % (h, mi), "%d.%02d uur" % (h, mi), "%d:%02d" % (h, mi)])


def n_amount(rng, lang):
    v = rng.choice([12.5, 45, 59.95, 89.5, 125, 149, 215.4, 74.25, 18, 350, 1250, 2140])
    if lang == "en-gb":
        return rng.choice(["£%.2f" % v, "£%d" % v, "GBP %.2f" % v])
    if lang == "en-us":
        return rng.choice(["$%.2f" % v, "$%d" % v, "USD %.2f" % v, "%d dollars" % v])
    s = ("%.2f" % v).replace(".", ",")
    return rng.choice(["€" + s, "€ " + s, s + " EUR", "EUR " + s, "%d euro" % v, s + " €"])


def n_qty(rng, lang):
    n = rng.randint(2, 6)
    f = fam(lang)
    w = {"nl": ["tickets", "kaarten", "kaartjes", "stuks", "dagen"], "fr": ["billets", "places", "tickets", "jours"],
         "en": ["tickets", "seats", "passes", "days"]}[f]
    return "%d %s" % (n, rng.choice(w)) if rng.random() < 0.8 else "%dx" % n


def n_pct(rng):
    return rng.choice(["%d%%", "%d %%", "%d%%", "%d procent"]) % rng.choice([5, 10, 15, 20, 25, 50, 100])


def n_year(rng):
    return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026]))


def n_order(rng):
    d = lambda n: digits(rng, n)
    return rng.choice(["TM" + d(8), "ORD-2025-" + d(6), d(10), "#" + d(7), "EV-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                       "TS-" + d(9), "PL" + d(9), d(3) + "-" + d(7) + "-" + d(7)])


def n_case(rng):
    d = lambda n: digits(rng, n)
    return rng.choice(["#CS-" + d(7), "2025-" + d(6), "0" + d(7), "INC" + d(7), "ZK" + d(6), "#" + d(6), "CASE-" + d(5), "SR-" + d(8)])


def n_invoice(rng):
    d = lambda n: digits(rng, n)
    return rng.choice(["F2025-" + d(5), "INV-" + d(5), "2025" + d(5), "FAC/2025/" + d(4), "INV" + d(8)])


def n_track(rng):
    d = lambda n: digits(rng, n)
    return rng.choice(["3SPOST" + d(10), "1Z" + d(3) + "AA" + d(10), "JVGL" + d(16), "CD" + d(9) + "BE", "RR" + d(9) + "NL"])


def n_req(rng):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return rng.choice([h(8) + "-" + h(4) + "-4" + h(3) + "-a" + h(3) + "-" + h(12), "REQ-" + digits(rng, 8), "req_" + h(12), "rid-" + h(16)])


def n_err(rng):
    return rng.choice(["0x80070005", "ERR_CONNECTION_RESET", "E-1042", "AUTH_403", "500", "403", "ERR_TOO_MANY_REDIRECTS", "TS-ERR-7781",
                       "0xC0000022", "CERT_INVALID", "E2FA_09", "LOGIN_LOCKED_48"])


def n_ver(rng):
    return rng.choice(["v4.12.1", "5.38.0", "iOS 17.5.1", "Android 14", "build 2025.06.2", "v2.3.19", "versie 8.1.0", "12.0.4 (4410)", "Chrome 126.0.6478.62"])


def n_model(rng):
    return rng.choice(["iPhone 13", "Galaxy S23", "SM-A536B", "Pixel 7a", "iPhone SE", "Moto g84", "MacBook Air M2", "Redmi Note 12", "iPad Air", "OnePlus 11", "HP ProBook 450 G9"])


def n_prod(rng):
    return rng.choice(["WKD-3DAY-VIP", "SKU 4471-220", "CAMP-PLUS-01", "GA-FLOOR", "PARK-P3", "LOCKER-M", "8720143", "MOD-ECON-2104", "CRS-DS101"])


def n_flight(rng):
    return rng.choice(["KL1775", "FR 8342", "BA 432", "HV5123", "SN2903", "UA 971", "U2 8856", "LH 993", "EZY7321"])


def n_cphone(rng, lang):
    if lang == "nl":
        return rng.choice(["0900-1515", "088 - 003 0600", "0800-0222", "0900 1234 567", "020 - 760 2900", "085 888 1010"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 15 15 15", "070 22 33 44", "0800 12 345", "02 790 99 99", "078/05.05.05"])
    if lang == "en-gb":
        return rng.choice(["0345 600 1234", "0800 028 0111", "0333 321 9999", "0370 010 0255"])
    return rng.choice(["1-800-653-8000", "(888) 555-0100", "1-866-448-7849", "800.421.3100"])


def n_kvk(rng, lang):
    d = lambda n: digits(rng, n)
    if lang == "nl":
        return rng.choice(["KvK " + d(8), "KvK-nummer: " + d(8), "BTW NL" + d(9) + "B01", "btw-id NL" + d(9) + "B02"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["BE 0" + d(3) + "." + d(3) + "." + d(3), "ondernemingsnummer 0" + d(3) + "." + d(3) + "." + d(3),
                           "TVA BE0" + d(9), "BCE 0" + d(3) + "." + d(3) + "." + d(3), "RPR Brussel"])
    if lang == "en-gb":
        return rng.choice(["Company No. 0" + d(7), "VAT GB " + d(3) + " " + d(4) + " " + d(2), "Registered in England No. " + d(8)])
    return rng.choice(["EIN " + d(2) + "-" + d(7), "SIREN " + d(3) + " " + d(3) + " " + d(3)])


def n_masked(rng):
    d = lambda n: digits(rng, n)
    return rng.choice(["****" + d(4), "NL** **** **** **" + d(2) + " " + d(2), "06-****" + d(4), "xxxx xxxx xxxx " + d(4), "•••• " + d(4),
                       "+31 6 ** ** " + d(2) + " " + d(2), "BE** **** **** " + d(4), "***-***-" + d(4), "+44 **** ***" + d(3),
                       "•••••" + d(2)])


def n_checksum(rng):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return h(rng.choice([32, 40, 64]))
