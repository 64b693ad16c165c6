"""Value generators for the blind64 corpus (labelled values and hard negatives).

Every generator takes (rng, lang, pools) and returns a string.  Check-digit helpers are
also used by the self-check in generate_blind.py.
"""
import string

DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits


def rd(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


# ---------------------------------------------------------------- check digits
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
    body = prefix + rd(rng, length - len(prefix) - 1)
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = "".join(iban.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def make_iban(country, bban):
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s)
    cd = 98 - int(n) % 97
    return "%s%02d%s" % (country, cd, bban)


def bsn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def rrn_ok(num):
    d = "".join(c for c in num if c.isdigit())
    if len(d) != 11:
        return False
    base, cc = int(d[:9]), int(d[9:])
    return 97 - base % 97 == cc or 97 - int("2" + d[:9]) % 97 == cc


# ---------------------------------------------------------------- high-risk values
def card(rng, lang, P):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        n = luhn_complete("4" + rd(rng, 1), 16, rng)
    elif kind == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        g = rng.choice([" ", "-", ""])
        return g.join([n[:4], n[4:10], n[10:]])
    else:
        n = luhn_complete(rng.choice(["6703", "6759", "5018"]), rng.choice([16, 16, 19]), rng)
    style = rng.random()
    if style < 0.5:
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    if style < 0.7:
        return n
    if style < 0.85:
        return "-".join(n[i:i + 4] for i in range(0, len(n), 4))
    return "  ".join(n[i:i + 4] for i in range(0, len(n), 4)) if len(n) == 16 else n


def iban(rng, lang, P):
    r = rng.random()
    if lang == "nl" or (lang == "nl-be" and r < 0.15) or (lang.startswith("en") and r < 0.2):
        bank = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB", "RBRB"])
        acct = rd(rng, 10)
        if bank == "INGB" and rng.random() < 0.5:
            acct = "000" + rd(rng, 7)
        s = make_iban("NL", bank + acct)
    elif lang in ("nl-be", "fr-be") and r < 0.85 or (lang == "nl" and r < 0.1):
        b = rd(rng, 10)
        chk = int(b) % 97 or 97
        s = make_iban("BE", b + "%02d" % chk)
    elif lang == "en-gb" and r < 0.8:
        s = make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + rd(rng, 14))
    else:
        c = rng.choice(["DE", "FR", "LU", "ES"])
        if c == "DE":
            s = make_iban("DE", rd(rng, 18))
        elif c == "FR":
            s = make_iban("FR", rd(rng, 23))
        elif c == "LU":
            s = make_iban("LU", rd(rng, 16))
        else:
            s = make_iban("ES", rd(rng, 20))
    st = rng.random()
    if st < 0.55:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if rng.random() < 0.12:
        s = s.lower()
    return s


def bsn(rng, lang, P):
    if lang in ("nl-be", "fr-be"):
        return rrn(rng)
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last < 10:
            n = "".join(map(str, d)) + str(last)
            break
    st = rng.random()
    if st < 0.6:
        return n
    if st < 0.8:
        return n[:4] + "." + n[4:6] + "." + n[6:]
    return n[:3] + " " + n[3:6] + " " + n[6:]


def rrn(rng):
    y = rng.randint(1935, 2012)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    if y >= 2000:
        cc = 97 - int("2" + base) % 97
    else:
        cc = 97 - int(base) % 97
    n = base + "%02d" % cc
    st = rng.random()
    if st < 0.45:
        return "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if st < 0.7:
        return n
    if st < 0.85:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return n[:6] + "-" + n[6:9] + "-" + n[9:]


WORDS_PW = ["zomer", "Tulp", "appel", "Bruges", "Kwispel", "hond", "Maan", "soleil", "Chelsea",
            "banaan", "Vlinder", "ruby", "Sunset", "kaas", "molen", "Papillon", "Dragon", "lente",
            "Oma", "tandarts", "Pillen", "Brussel", "koffie", "Snoopy", "Blauw", "Willow", "Minou"]


def password(rng, lang, P):
    st = rng.random()
    if st < 0.45:
        w = rng.choice(WORDS_PW)
        return w + rng.choice(["", "", "_", "#", "."]) + str(rng.randint(1, 2026)) + rng.choice(["!", "", "?", "*", "!!", "$"])
    if st < 0.7:
        return "".join(rng.choice(ALNUM + "!#%&*?") for _ in range(rng.randint(9, 16)))
    if st < 0.85:
        return rng.choice(WORDS_PW).capitalize() + rng.choice(["Welkom", "Thuis", "Secret", "Paard"]) + rd(rng, 2)
    return rng.choice(["Welkom", "Bienvenue", "Password", "Wachtwoord", "Azerty", "Qwerty"]) + rd(rng, rng.choice([2, 3, 4])) + rng.choice(["!", "@", ""])


def pin(rng, lang, P):
    n = rng.choice([4, 4, 4, 5, 6])
    v = rd(rng, n)
    if n == 4 and rng.random() < 0.1:
        return v[:2] + " " + v[2:]
    if rng.random() < 0.1:
        return v + "#"[:0] + rng.choice(["", "#"]) if False else v
    return v


def puk(rng, lang, P):
    v = rd(rng, 8)
    return v if rng.random() < 0.7 else v[:4] + " " + v[4:]


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def fam(lang):
    return "nl" if lang.startswith("nl") else "fr" if lang.startswith("fr") else "en"


def otp(rng, lang, P):
    v = rd(rng, rng.choice([6, 6, 6, 5, 8, 4]))
    st = rng.random()
    if st < 0.12:
        sep = rng.choice([" ", "-", ", "])
        return sep.join(NUMW[fam(lang)][int(c)] for c in v)
    if st < 0.3 and len(v) == 6:
        return v[:3] + rng.choice([" ", "-"]) + v[3:]
    if st < 0.36:
        return rng.choice(["G-", "A-", ""]) + v
    return v


def username(rng, lang, P):
    f = rng.choice(P["first"]).lower()
    l = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    st = rng.random()
    if st < 0.3:
        return f + "." + l
    if st < 0.5:
        return f[0] + l + str(rng.randint(1, 99))
    if st < 0.7:
        return f + "_" + l[:4] + str(rng.randint(50, 99))
    if st < 0.85:
        return l.capitalize() + f[0].upper() + rd(rng, 3)
    return f + l + rd(rng, 4)


def api_key(rng, lang, P):
    st = rng.random()
    if st < 0.3:
        return "sk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if st < 0.5:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + DIGITS) for _ in range(16))
    if st < 0.65:
        return "".join(rng.choice(ALNUM + "/+") for _ in range(40))
    if st < 0.8:
        return "pk_" + "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return "-".join("".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12))


def token(rng, lang, P):
    st = rng.random()
    if st < 0.35:
        return "eyJ" + "".join(rng.choice(ALNUM) for _ in range(20)) + "." + "".join(rng.choice(ALNUM + "_-") for _ in range(30)) + "." + "".join(rng.choice(ALNUM + "_-") for _ in range(22))
    if st < 0.7:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if st < 0.85:
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    return "".join(rng.choice(ALNUM + "-_") for _ in range(43))


def cvv(rng, lang, P):
    return rd(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, lang, P):
    m, y = rng.randint(1, 12), rng.randint(25, 32)
    return rng.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d / %02d", "%02d%02d"]) % (m, y)


def wifi_key(rng, lang, P):
    st = rng.random()
    if st < 0.4:
        return "".join(rng.choice(string.ascii_uppercase + DIGITS) for _ in range(rng.choice([10, 12, 16])))
    if st < 0.7:
        return rng.choice(WORDS_PW) + rng.choice(["-", "_", ""]) + rng.choice(WORDS_PW).lower() + rd(rng, 2)
    return "".join(rng.choice(ALNUM) for _ in range(rng.choice([13, 20, 24])))


def ip_address(rng, lang, P):
    if rng.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % (rng.randint(0x100, 0xfff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xff))
    return "%d.%d.%d.%d" % (rng.choice([81, 84, 62, 213, 94, 178, 86, 145, 109, 77, 31, 92]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


# ---------------------------------------------------------------- other personal data
def phone(rng, lang, P):
    if lang == "nl":
        m = rd(rng, 8)
        return rng.choice([
            "06" + m, "06-" + m, "06 " + m[:4] + " " + m[4:], "06 " + " ".join(m[i:i + 2] for i in range(0, 8, 2)),
            "+31 6 " + m, "+316" + m, "+31 (0)6 " + m[:4] + " " + m[4:], "0031 6 " + m, "(06) " + m,
            "020-" + rd(rng, 7), "010 " + rd(rng, 3) + " " + rd(rng, 4), "0" + rng.choice(["30", "40", "50", "70", "71", "73", "76"]) + "-" + rd(rng, 3) + " " + rd(rng, 2) + " " + rd(rng, 2),
            "0" + rng.choice(["315", "485", "523", "546", "118"]) + "-" + rd(rng, 6),
        ])
    if lang in ("nl-be", "fr-be"):
        p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "491", "492", "494", "495", "496", "497", "498", "499"])
        r = rd(rng, 6)
        return rng.choice([
            "0" + p + " " + r[:2] + " " + r[2:4] + " " + r[4:], "0" + p + "/" + r[:2] + "." + r[2:4] + "." + r[4:],
            "+32 " + p + " " + r[:2] + " " + r[2:4] + " " + r[4:], "+32" + p + r, "0032 " + p + " " + r[:3] + " " + r[3:],
            "0" + p + r, "0" + p + "/" + r, "+32 (0)" + p + " " + r[:3] + " " + r[3:],
            "0" + rng.choice(["9", "3", "2", "4", "16", "50", "11"]) + " " + rd(rng, 3) + " " + rd(rng, 2) + " " + rd(rng, 2),
            "0" + rng.choice(["9", "3", "2", "4"]) + "/" + rd(rng, 3) + "." + rd(rng, 2) + "." + rd(rng, 2),
        ])
    if lang == "en-gb":
        m = rd(rng, 6)
        return rng.choice([
            "07" + rng.choice(["700", "711", "812", "931", "456", "985"]) + " " + m, "+44 7" + rd(rng, 3) + " " + m,
            "+447" + rd(rng, 3) + m, "07" + rd(rng, 3) + m, "(0)7" + rd(rng, 3) + " " + rd(rng, 3) + " " + rd(rng, 3),
            "020 " + rd(rng, 4) + " " + rd(rng, 4), "0161 " + rd(rng, 3) + " " + rd(rng, 4), "+44 (0)113 " + rd(rng, 3) + " " + rd(rng, 4),
            "01" + rd(rng, 3) + " " + rd(rng, 6),
        ])
    a = rng.choice(["212", "415", "312", "617", "503", "720", "646", "305", "512", "808"])
    e = rng.choice(["2", "3", "4", "6", "7", "8", "9"]) + rd(rng, 2)
    s = rd(rng, 4)
    return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "1 (%s) %s-%s", "%s %s %s"]) % (a, e, s)


MAILHOST = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "hetnet.nl", "icloud.com"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be", "scarlet.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "live.be", "yahoo.fr", "proximus.be"],
    "en-gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "att.net"],
}


def email(rng, lang, P):
    f = rng.choice(P["first"]).lower().replace("é", "e").replace("ë", "e").replace("ï", "i")
    l = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "").replace("é", "e")
    st = rng.random()
    loc = [f + "." + l, f[0] + "." + l, f + l + rd(rng, 2), l + "." + f, f + "_" + l, f + rd(rng, 4), f[0] + l, f + "-" + l][int(st * 8)]
    return loc + "@" + rng.choice(MAILHOST[lang])


def address(rng, lang, P):
    st = rng.choice(P["street_" + fam_addr(lang)])
    n = str(rng.randint(1, 240))
    if rng.random() < 0.2:
        n += rng.choice(["a", "b", "A", " bis", "-2", "-III", " hs"]) if lang == "nl" else rng.choice(["a", "b", " bus 3", "/2", " bte 5", "A"]) if lang in ("nl-be", "fr-be") else rng.choice(["a", "B", ""])
    city = rng.choice(P["city_" + fam_addr(lang)])
    r = rng.random()
    if lang == "nl":
        pc = "%d%s" % (rng.randint(1011, 9999), rng.choice([" ", ""]) + rng.choice(string.ascii_uppercase) + rng.choice("ABCDEGHJKLMNPRSTVWXZ"))
        if r < 0.3:
            return "%s %s" % (st, n)
        if r < 0.75:
            return "%s %s, %s %s" % (st, n, pc, city.upper() if rng.random() < 0.2 else city)
        return "%s %s\n%s %s" % (st, n, pc, city) if rng.random() < 0.5 else "%s %s %s %s" % (st, n, pc, city)
    if lang in ("nl-be", "fr-be"):
        pc = str(rng.randint(1000, 9992))
        if lang == "fr-be" and rng.random() < 0.6:
            s = "%s, %s" % (n, st) if rng.random() < 0.15 else "%s %s" % (st, n)
        else:
            s = "%s %s" % (st, n)
        if r < 0.3:
            return s
        if r < 0.8:
            return "%s, %s %s" % (s, pc, city)
        return "%s\n%s %s" % (s, pc, city) if rng.random() < 0.5 else "%s - %s %s" % (s, pc, city)
    if lang == "en-gb":
        pc = rng.choice(["LS6 2AB", "M14 5RT", "BS1 4DJ", "SW9 8PQ", "EH3 9QP", "CF10 1AA", "NE2 4HQ", "B15 2TT", "OX4 1EU", "G12 8QQ", "N16 7HJ", "SE15 4LT"])
        pre = rng.choice(["", "", "", "Flat 3, ", "Flat 12B, ", "Apartment 7, "])
        if r < 0.3:
            return "%s%s %s" % (pre, n, st)
        if r < 0.8:
            return "%s%s %s, %s %s" % (pre, n, st, city, pc)
        return "%s%s %s\n%s\n%s" % (pre, n, st, city, pc)
    stt = rng.choice(["IL 62704", "OH 43215", "TX 78701", "NY 10027", "CA 94110", "MA 02139", "WA 98103", "FL 33133", "MN 55408", "GA 30307"])
    apt = rng.choice(["", "", ", Apt 4B", " Unit 12", ", Apt. 302", " #5"])
    if r < 0.3:
        return "%s %s%s" % (n + rd(rng, 2), st, apt)
    if r < 0.8:
        return "%s %s%s, %s, %s" % (n + rd(rng, 2), st, apt, city, stt)
    return "%s %s%s\n%s, %s" % (n + rd(rng, 2), st, apt, city, stt)


def fam_addr(lang):
    return {"nl": "nl", "nl-be": "vl", "fr-be": "wa", "en-gb": "uk", "en-us": "us"}[lang]


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def date_of_birth(rng, lang, P):
    y, m, d = rng.randint(1931, 2019), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(lang)
    mn = MONTHS[f][m - 1]
    if lang == "en-us":
        c = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%s %d %d" % (mn[:3], d, y), "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%02d" % (m, d, y % 100)]
    elif lang == "en-gb":
        c = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d %s %d" % (d, mn[:3], y), "%dth %s %d" % (d, mn, y) if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20) else "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y), "%02d/%02d/%02d" % (d, m, y % 100)]
    else:
        c = ["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, mn[:3] + ("." if f == "fr" else ""), y)]
    return rng.choice(c)


def customer_number(rng, lang, P):
    f = fam(lang)
    if lang == "en-gb" and rng.random() < 0.35:
        n = nhs_number(rng)
        return n if rng.random() < 0.3 else n[:3] + " " + n[3:6] + " " + n[6:]
    st = rng.random()
    if st < 0.25:
        return rd(rng, rng.choice([6, 7, 8, 10]))
    if st < 0.4:
        v = rd(rng, 9)
        return v[:3] + " " + v[3:6] + " " + v[6:] if rng.random() < 0.5 else v[:4] + "." + v[4:]
    if st < 0.55:
        return rng.choice(["P", "PAT", "PT", "M", "K", "C", "MBR", "ZV", "REL"]) + rng.choice(["", "-", ""]) + rd(rng, rng.choice([6, 7, 8]))
    if st < 0.65:
        return rd(rng, 3) + "/" + rd(rng, 5) + "/" + rd(rng, 2)
    if st < 0.75:
        return rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase) + rd(rng, 9)
    if st < 0.85:
        return rd(rng, 2) + "-" + rd(rng, 6) + "-" + rd(rng, 1)
    if st < 0.92:
        return rd(rng, 4) + " " + rd(rng, 4) + " " + rd(rng, 2)
    return "W" + rd(rng, 8) + rng.choice(["01", "02", "00"])


def nhs_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 9)
        s = sum(d[i] * (10 - i) for i in range(9))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return "".join(map(str, d)) + str(c)


SPAN_GEN = {
    "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "username": username,
    "api_key": api_key, "token": token, "card": card, "cvv": cvv, "iban": iban, "bsn": bsn, "email": email,
    "phone": phone, "address": address, "date_of_birth": date_of_birth, "customer_number": customer_number,
    "card_expiry": card_expiry, "ip_address": ip_address,
}


# ---------------------------------------------------------------- hard negatives
def n_date(rng, lang, P):
    y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(lang)
    mn = MONTHS[f][m - 1]
    if lang == "en-us":
        return rng.choice(["%d/%d/%d" % (m, d, y), "%s %d" % (mn, d), "%s %d, %d" % (mn[:3], d, y), "%02d/%02d" % (m, d)])
    if f == "en":
        return rng.choice(["%d %s" % (d, mn), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn[:3], y), "%d/%d" % (d, m)])
    return rng.choice(["%d %s" % (d, mn), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m), "%d-%d" % (d, m), "%d %s %d" % (d, mn, y), "%02d.%02d.%d" % (d, m, y)])


def n_time(rng, lang, P):
    h, mi = rng.randint(7, 19), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == "en-us":
        return rng.choice(["%d:%02d" % (h if h <= 12 else h - 12, mi) + rng.choice([" am", " pm", "pm", "AM"]), "%d:%02d" % (h, mi)])
    return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%du%02d" % (h, mi) if fam(lang) != "en" else "%d:%02d" % (h, mi), "%dh%02d" % (h, mi) if fam(lang) == "fr" else "%02d:%02d" % (h, mi)])


def n_amount(rng, lang, P):
    v = rng.choice([rng.randint(2, 99) + rng.randint(0, 99) / 100, rng.randint(100, 2500) + rng.choice([0, 0.5, 0.95, 0.1])])
    if fam(lang) in ("nl", "fr"):
        s = ("%.2f" % v).replace(".", ",")
        if v >= 1000 and rng.random() < 0.5:
            s = s[:-7] + "." + s[-7:]
        return rng.choice(["€ " + s, "€" + s, s + " euro", s + " €", "EUR " + s, s + "€", "€ " + s.split(",")[0] + ",-"])
    cur = "£" if lang == "en-gb" else "$"
    s = "%.2f" % v
    if v >= 1000 and rng.random() < 0.5:
        s = s[:-6] + "," + s[-6:]
    return rng.choice([cur + s, cur + " " + s, cur + s.split(".")[0], s + (" GBP" if cur == "£" else " USD")])


def n_quantity(rng, lang, P):
    f = fam(lang)
    u = {"nl": ["tabletten", "capsules", "doosjes", "mg", "ml", "strips", "stuks", "sessies", "behandelingen", "lenzen"],
         "fr": ["comprimés", "boîtes", "mg", "ml", "séances", "gélules", "flacons", "lentilles"],
         "en": ["tablets", "boxes", "mg", "ml", "sessions", "capsules", "packs", "inhalers", "lenses"]}[f]
    x = rng.choice(u)
    n = rng.choice([2, 3, 6, 9, 10, 12, 18, 20, 28, 30, 56, 60, 90, 100, 250, 500])
    return "%d %s" % (n, x) if x not in ("mg", "ml") or rng.random() < 0.5 else "%d%s" % (n, x)


def n_percentage(rng, lang, P):
    v = rng.choice([10, 15, 20, 25, 50, 75, 80, 90, 100])
    return rng.choice(["%d%%" % v, "%d %%" % v, "%d procent" % v if fam(lang) == "nl" else "%d%%" % v])


def n_year(rng, lang, P):
    return str(rng.choice([2023, 2024, 2025, 2026]))


def n_order(rng, lang, P):
    return rng.choice(["#" + rd(rng, 6), "ORD-" + rd(rng, 7), rd(rng, 10), "BST" + rd(rng, 8), "WEB-" + rd(rng, 5) + "-" + rd(rng, 2), "A" + rd(rng, 7)])


def n_ticket(rng, lang, P):
    return rng.choice(["CLM-2025-" + rd(rng, 6), "#" + rd(rng, 7), "D" + rd(rng, 8), "25/" + rd(rng, 5), "KL-" + rd(rng, 6), "SR" + rd(rng, 7), "CASE-" + rd(rng, 5), rd(rng, 4) + "-" + rd(rng, 5)])


def n_invoice(rng, lang, P):
    return rng.choice(["2025-" + rd(rng, 6), "F" + rd(rng, 8), "INV-" + rd(rng, 5), "FAC/" + rd(rng, 4) + "/" + rd(rng, 4), rd(rng, 9), "NT" + rd(rng, 7), "2026." + rd(rng, 5)])


def n_tracking(rng, lang, P):
    L = string.ascii_uppercase
    return rng.choice(["3S" + "".join(rng.choice(L) for _ in range(4)) + rd(rng, 9), "".join(rng.choice(L) for _ in range(2)) + rd(rng, 9) + rng.choice(["GB", "NL", "BE"]),
                       "3232" + rd(rng, 20), "1Z" + "".join(rng.choice(L + string.digits) for _ in range(16)), "JVGL" + rd(rng, 16)])


def n_request_id(rng, lang, P):
    h = "0123456789abcdef"
    return rng.choice(["-".join("".join(rng.choice(h) for _ in range(k)) for k in (8, 4, 4, 4, 12)), "req_" + "".join(rng.choice(ALNUM) for _ in range(14)), "".join(rng.choice(h) for _ in range(16)).upper()])


def n_error(rng, lang, P):
    return rng.choice(["E-" + rd(rng, 4), "ERR_" + rng.choice(["CONNECTION_RESET", "SSL_PROTOCOL", "TOO_MANY_REDIRECTS", "NAME_NOT_RESOLVED"]), "403", "500", "503 Service Unavailable", "0x80070005", "AUTH-" + rd(rng, 3), "DigiD-" + rd(rng, 3), "ERR" + rd(rng, 3), "code |401"])


def n_version(rng, lang, P):
    return rng.choice(["%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 12)), "v%d.%d" % (rng.randint(1, 12), rng.randint(0, 9)), "iOS %d.%d.%d" % (rng.randint(15, 18), rng.randint(0, 6), rng.randint(1, 3)), "Android %d" % rng.randint(10, 15), "%d.%d (build %d)" % (rng.randint(2, 8), rng.randint(0, 20), rng.randint(1000, 9999))])


def n_model(rng, lang, P):
    return rng.choice(P["model"])


def n_product(rng, lang, P):
    return rng.choice(["CNK |" + rd(rng, 7), "Z-index |" + rd(rng, 8), "RVG |" + rd(rng, 5), "SKU-" + rd(rng, 6), "ART " + rd(rng, 6), "PIP |" + rd(rng, 7), "NDC |" + rd(rng, 5) + "-" + rd(rng, 3) + "-" + rd(rng, 2), rd(rng, 4) + "-" + rd(rng, 3)])


def n_flight(rng, lang, P):
    return rng.choice(["KL", "SN", "HV", "TB", "BA", "U2", "FR", "AF", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 6999))


def n_company_phone(rng, lang, P):
    if lang == "nl":
        return rng.choice(["088-" + rd(rng, 7), "0800-" + rd(rng, 4), "0900-" + rd(rng, 4), "088 " + rd(rng, 3) + " " + rd(rng, 2) + " " + rd(rng, 2), "+31 88 " + rd(rng, 3) + " " + rd(rng, 4), "085-" + rd(rng, 7)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 " + rd(rng, 2) + " " + rd(rng, 2) + " " + rd(rng, 2), "0800 " + rd(rng, 2) + " " + rd(rng, 3), "070 " + rd(rng, 3) + " " + rd(rng, 3), "+32 2 " + rd(rng, 3) + " " + rd(rng, 2) + " " + rd(rng, 2), "02/" + rd(rng, 3) + "." + rd(rng, 2) + "." + rd(rng, 2)])
    if lang == "en-gb":
        return rng.choice(["0345 " + rd(rng, 3) + " " + rd(rng, 4), "0800 " + rd(rng, 3) + " " + rd(rng, 4), "0333 " + rd(rng, 3) + " " + rd(rng, 4), "111", "0300 " + rd(rng, 3) + " " + rd(rng, 4)])
    return rng.choice(["1-800-" + rd(rng, 3) + "-" + rd(rng, 4), "(800) " + rd(rng, 3) + "-" + rd(rng, 4), "1-888-" + rd(rng, 3) + "-" + rd(rng, 4), "877." + rd(rng, 3) + "." + rd(rng, 4)])


def n_company_reg(rng, lang, P):
    if lang == "nl":
        return rng.choice(["KvK |" + rd(rng, 8), "KvK-nummer: |" + rd(rng, 8), "BTW |NL" + rd(rng, 9) + "B01", "AGB-code |" + rd(rng, 8), "btw-id |NL" + rd(rng, 9) + "B0" + rd(rng, 1)])
    if lang in ("nl-be", "fr-be"):
        v = rd(rng, 9)
        return rng.choice(["BE 0" + v[:3] + "." + v[3:6] + "." + v[6:], "ondernemingsnummer |0" + v[:3] + "." + v[3:6] + "." + v[6:], "KBO |0" + v, "TVA |BE0" + v, "BCE |0" + v[:3] + "." + v[3:6] + "." + v[6:], "RPR Gent |0" + v])
    if lang == "en-gb":
        return rng.choice(["Company No. |" + rd(rng, 8), "Registered in England and Wales No. |" + rd(rng, 8), "VAT |GB" + rd(rng, 9), "FCA |" + rd(rng, 6)])
    return rng.choice(["EIN |" + rd(rng, 2) + "-" + rd(rng, 7), "NPI |" + rd(rng, 10)])


def n_url(rng, lang, P):
    return rng.choice(P["url"])


def n_mention(rng, lang, P):
    return rng.choice(P["mention"])


def n_hashtag(rng, lang, P):
    return rng.choice(P["hashtag"])


def n_masked(rng, lang, P):
    card = ["****" + rd(rng, 4), "**** **** **** " + rd(rng, 4), "xxxx-xxxx-xxxx-" + rd(rng, 4), "XXXXXX" + rd(rng, 4), "•••• " + rd(rng, 4), "**" + rd(rng, 4)]
    other = ["NL** **** **** " + rd(rng, 4) + " " + rd(rng, 2), "BE** **** **** " + rd(rng, 4), "06-****" + rd(rng, 4), "+32 4** ** ** " + rd(rng, 2), "j***@gmail.com", "m.******@hotmail.com", "*****" + rd(rng, 3), "***.**.**" + rd(rng, 1)]
    if P.get("_variant") == "any":
        return rng.choice(card + other)
    return rng.choice(card)


def n_meter(rng, lang, P):
    return rng.choice(["%05d kWh" % rng.randint(1000, 60000), "%d,%d m3" % (rng.randint(100, 9999), rng.randint(0, 9)), "%06d" % rng.randint(1000, 99999) + " kWh", "%d kWh" % rng.randint(200, 9000)])


def n_port(rng, lang, P):
    return str(rng.choice([443, 8443, 8080, 3389, 993, 587, 22, 5060]))


def n_checksum(rng, lang, P):
    h = "0123456789abcdef"
    return "".join(rng.choice(h) for _ in range(rng.choice([32, 40, 64])))


NEG_GEN = {
    "date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "percentage": n_percentage, "year": n_year,
    "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice, "tracking_number": n_tracking,
    "request_id": n_request_id, "error_code": n_error, "version_string": n_version, "model_number": n_model,
    "product_code": n_product, "flight_number": n_flight, "company_phone": n_company_phone,
    "company_registration": n_company_reg, "url": n_url, "mention": n_mention, "hashtag": n_hashtag,
    "masked_value": n_masked, "meter_reading": n_meter, "port": n_port, "checksum": n_checksum,
}
