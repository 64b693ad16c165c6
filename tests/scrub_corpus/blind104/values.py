"""Value generators (labelled values and hard-negative values) and validators."""
import string

# ---------------------------------------------------------------- validators

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(v):
    s = "".join(c for c in v if c.isalnum()).upper()
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
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
    base, cc = d[:9], int(d[9:])
    return 97 - int(base) % 97 == cc or 97 - int("2" + base) % 97 == cc


# ---------------------------------------------------------------- helpers

def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _luhn_complete(prefix, length, rng):
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def _iban_check(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    return "%02d" % (98 - int(n) % 97)


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def region(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "gb", "en-us": "us"}[lang]


# ---------------------------------------------------------------- labelled values

def card(rng, r):
    kind = rng.random()
    if kind < 0.45:
        n = _luhn_complete("4", 16, rng)
    elif kind < 0.8:
        n = _luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16, rng)
    elif kind < 0.9:
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        f = rng.random()
        if f < 0.6:
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return n
    else:
        n = _luhn_complete("6703", 17, rng) if r in ("be", "fr") else _luhn_complete("6011", 16, rng)
        if len(n) == 17:
            return rng.choice([n, "%s %s %s %s %s" % (n[:4], n[4:8], n[8:12], n[12:16], n[16:])])
    f = rng.random()
    if f < 0.5:
        return _group4(n)
    if f < 0.7:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    if f < 0.9:
        return n
    return ".".join(n[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, r):
    return _digits(rng, 4 if rng.random() < 0.1 else 3)


def expiry(rng, r):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    fm = rng.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%d/%02d", "%02d / %02d"])
    return fm % (m, y)


def iban(rng, r, foreign=False):
    if foreign:
        cc = rng.choice(["DE", "FR", "GB", "LU", "ES"])
    else:
        cc = {"nl": "NL", "be": "BE", "fr": "BE", "gb": "GB", "us": rng.choice(["NL", "DE", "GB"])}[r]
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + _digits(rng, 10)
    elif cc == "BE":
        b10 = rng.choice(["001", "068", "363", "735", "143", "310", "973", "751"]) + _digits(rng, 7)
        chk = int(b10) % 97 or 97
        bban = b10 + "%02d" % chk
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(rng, 14)
    elif cc == "DE":
        bban = _digits(rng, 18)
    elif cc == "FR":
        bban = _digits(rng, 10) + _digits(rng, 11) + _digits(rng, 2)
    elif cc == "LU":
        bban = _digits(rng, 3) + _digits(rng, 13)
    else:  # ES
        bban = _digits(rng, 20)
    full = cc + _iban_check(cc, bban) + bban
    f = rng.random()
    if f < 0.55:
        out = _group4(full)
    elif f < 0.85:
        out = full
    else:
        out = _group4(full).replace(" ", rng.choice([" ", ".", "-"]))
    if rng.random() < 0.12:
        out = out.lower()
    return out


def bsn(rng, r):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s == 10:
            continue
        v = "".join(map(str, d)) + str(s)
        f = rng.random()
        if f < 0.6:
            return v
        if f < 0.8:
            return "%s.%s.%s" % (v[:4], v[4:6], v[6:])
        return "%s %s %s" % (v[:3], v[3:6], v[6:])


def rrn(rng, r):
    y = rng.randint(1950, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    n = int(("2" + base) if y >= 2000 else base)
    cc = 97 - n % 97
    v = base + "%02d" % cc
    f = rng.random()
    if f < 0.4:
        return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if f < 0.7:
        return v
    if f < 0.85:
        return "%s-%s-%s" % (v[:6], v[6:9], v[9:])
    return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])


def nid(rng, r):
    return bsn(rng, r) if r == "nl" else rrn(rng, r)


def phone(rng, r, kind="any"):
    if kind == "any":
        kind = rng.choice(["mob", "mob", "mob", "land", "intl"])
    if r == "nl":
        if kind == "mob":
            n = "6" + _digits(rng, 8)
            return rng.choice(["0%s-%s" % (n[:1], n[1:]), "0%s %s %s" % (n[:1], n[1:5], n[5:]),
                               "0%s" % n, "0%s %s %s %s %s" % (n[:1], n[1:3], n[3:5], n[5:7], n[7:]),
                               "0%s-%s %s" % (n[:1], n[1:5], n[5:])])
        if kind == "land":
            a = rng.choice(["20", "10", "30", "70", "50", "40", "24", "26", "33", "38"])
            n = _digits(rng, 7)
            return rng.choice(["0%s-%s" % (a, n), "(0%s) %s %s" % (a, n[:3], n[3:]), "0%s %s %s %s" % (a, n[:3], n[3:5], n[5:])])
        n = "6" + _digits(rng, 8)
        return rng.choice(["+31 6 %s" % n[1:], "+31%s" % n, "0031 6 %s %s" % (n[1:5], n[5:]), "+31 (0)6 %s" % n[1:],
                           "+31 6 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:])])
    if r in ("be", "fr"):
        if kind == "mob":
            p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "494", "496", "497", "499"])
            n = _digits(rng, 6)
            return rng.choice(["0%s %s %s %s" % (p, n[:2], n[2:4], n[4:]), "0%s/%s.%s.%s" % (p, n[:2], n[2:4], n[4:]),
                               "0%s%s" % (p, n), "0%s/%s %s %s" % (p, n[:2], n[2:4], n[4:]), "0%s %s %s" % (p, n[:3], n[3:])])
        if kind == "land":
            a = rng.choice(["2", "3", "9", "4", "81", "10", "16", "50", "11", "15"])
            n = _digits(rng, 8 - len(a))
            if len(a) == 1:
                return rng.choice(["0%s %s %s %s" % (a, n[:3], n[3:5], n[5:]), "0%s/%s.%s.%s" % (a, n[:3], n[3:5], n[5:])])
            return rng.choice(["0%s %s %s %s" % (a, n[:2], n[2:4], n[4:]), "0%s/%s.%s.%s" % (a, n[:2], n[2:4], n[4:])])
        p = rng.choice(["470", "475", "486", "496", "477"])
        n = _digits(rng, 6)
        return rng.choice(["+32 %s %s %s %s" % (p, n[:2], n[2:4], n[4:]), "+32%s%s" % (p, n),
                           "0032 %s/%s.%s.%s" % (p, n[:2], n[2:4], n[4:]), "+32 (0)%s %s %s %s" % (p, n[:2], n[2:4], n[4:])])
    if r == "gb":
        if kind == "mob":
            n = "7" + _digits(rng, 9)
            return rng.choice(["0%s %s" % (n[:4], n[4:]), "0%s" % n, "0%s %s %s" % (n[:4], n[4:7], n[7:]),
                               "0%s-%s" % (n[:4], n[4:])])
        if kind == "land":
            return rng.choice(["020 %s %s" % (_digits(rng, 4), _digits(rng, 4)), "(0161) %s %s" % (_digits(rng, 3), _digits(rng, 4)),
                               "0113 %s %s" % (_digits(rng, 3), _digits(rng, 4)), "01223 %s" % _digits(rng, 6)])
        n = "7" + _digits(rng, 9)
        return rng.choice(["+44 %s %s" % (n[:4], n[4:]), "+44%s" % n, "+44 (0)%s %s" % (n[:4], n[4:]), "0044 %s %s" % (n[:4], n[4:])])
    # us
    a = rng.choice(["212", "415", "503", "512", "312", "617", "206", "303", "404", "619", "614", "919"])
    x = rng.choice(["555", str(rng.randint(201, 989))])
    n = _digits(rng, 4)
    if kind == "intl":
        return rng.choice(["+1 %s %s %s" % (a, x, n), "+1 (%s) %s-%s" % (a, x, n), "+1-%s-%s-%s" % (a, x, n)])
    return rng.choice(["(%s) %s-%s" % (a, x, n), "%s-%s-%s" % (a, x, n), "%s.%s.%s" % (a, x, n), "%s %s %s" % (a, x, n),
                       "(%s)%s-%s" % (a, x, n)])


def _ascii(s):
    tr = str.maketrans("éèêëàâäîïôöûüçÉ", "eeeeaaaiioouucE")
    return s.translate(tr)


def email(rng, r, P, who=None):
    f = rng.choice(P["first"])
    l = rng.choice(P["last"])
    if who and rng.random() < 0.75:
        f, l = who.split(" ", 1)
    f2 = _ascii(f).lower()
    l2 = _ascii(l).lower().replace(" ", "").replace("'", "")
    dom = {
        "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
        "be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.com", "proximus.be", "outlook.be"],
        "fr": ["skynet.be", "gmail.com", "hotmail.be", "voo.be", "outlook.fr", "yahoo.fr"],
        "gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com"],
        "us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "aol.com"],
    }[r]
    c = rng.random()
    if c < 0.15:
        biz = _ascii(rng.choice(P["company"])).lower().split()[0].replace("&", "")
        d = biz + rng.choice([".nl", ".be", ".co.uk", ".com"])
        local = rng.choice([f2, f2[0] + "." + l2, "info", "admin", f2 + "." + l2])
        return "%s@%s" % (local, d)
    local = rng.choice([f2 + "." + l2, f2 + l2, f2[0] + l2, f2 + "_" + l2 + str(rng.randint(1, 99)),
                        l2 + "." + f2, f2 + str(rng.randint(70, 2005)), f2 + "." + l2[0]])
    out = "%s@%s" % (local, rng.choice(dom))
    if rng.random() < 0.05:
        out = out.capitalize()
    return out


def address(rng, r, P, short=False):
    st = rng.choice(P["streets"])
    city, pc = rng.choice(P["cities"])
    no = rng.randint(1, 240)
    if r == "nl":
        hn = str(no) + rng.choice(["", "", "", "A", "-2", " bis", "-III", "b"])
        if short:
            return "%s %s" % (st, hn)
        pcode = pc + _digits(rng, 2) + rng.choice([" ", ""]) + rng.choice(["AB", "KL", "GH", "XT", "PR", "EW", "DS"])
        return rng.choice(["%s %s, %s %s" % (st, hn, pcode, city), "%s %s %s %s" % (st, hn, pcode, city),
                           "%s %s, %s" % (st, hn, city), "%s %s te %s" % (st, hn, city)])
    if r in ("be", "fr"):
        bus = rng.choice(["", "", "", " bus 3", "/2", " bte 4", "/0101"]) if r == "be" else rng.choice(["", "", " bte 3", "/12", " boîte 2"])
        hn = str(no) + bus
        if short:
            return "%s %s" % (st, hn)
        return rng.choice(["%s %s, %s %s" % (st, hn, pc, city), "%s %s %s %s" % (st, hn, pc, city),
                           "%s %s - %s %s" % (st, hn, pc, city)])
    if r == "gb":
        hn = rng.choice([str(no), str(no), "Flat %d, %d" % (rng.randint(1, 12), no), "%d%s" % (no, rng.choice("ab"))])
        if short:
            return "%s %s" % (hn, st)
        return rng.choice(["%s %s, %s %s" % (hn, st, city, pc), "%s %s, %s, %s" % (hn, st, city, pc),
                           "%s %s %s" % (hn, st, pc)])
    hn = str(rng.randint(10, 9800))
    apt = rng.choice(["", "", ", Apt %d%s" % (rng.randint(1, 20), rng.choice("ABCD")), " #%d" % rng.randint(100, 999), ", Unit 5"])
    if short:
        return "%s %s%s" % (hn, st, apt)
    return rng.choice(["%s %s%s, %s %s" % (hn, st, apt, city, pc), "%s %s%s %s %s" % (hn, st, apt, city, pc)])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _date(rng, r, y):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if r in ("nl", "be"):
        return rng.choice(["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y),
                           "%d %s %d" % (d, MONTHS["nl"][m - 1], y), "%02d.%02d.%d" % (d, m, y)])
    if r == "fr":
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y), "%02d-%02d-%d" % (d, m, y),
                           "%02d.%02d.%d" % (d, m, y)])
    if r == "gb":
        sfx = "th" if d in range(4, 21) or d % 10 > 3 or d % 10 == 0 else ["st", "nd", "rd"][d % 10 - 1]
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d%s %s %d" % (d, sfx, MONTHS["en"][m - 1], y),
                           "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y), "%d %s %d" % (d, MONTHS["en"][m - 1], y)])
    return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
                       "%d-%02d-%02d" % (y, m, d)])


def dob(rng, r):
    return _date(rng, r, rng.randint(1948, 2005))


def password(rng, r):
    words = ["Zomer", "Fiets", "Appel", "Tulp", "Kaas", "Hond", "Maan", "Welkom", "Soleil", "Chat", "Lapin", "Sunshine",
             "Dragon", "Monkey", "Rainbow", "Koffie", "Voetbal", "Ajax", "Anderlecht", "Brugge", "Liverpool", "Tigger"]
    c = rng.random()
    if c < 0.35:
        return rng.choice(words) + str(rng.randint(1, 2025)) + rng.choice(["!", "", "#", "?", "!!", "$"])
    if c < 0.55:
        al = string.ascii_letters + string.digits + "!@#$%&*"
        return "".join(rng.choice(al) for _ in range(rng.randint(9, 16)))
    if c < 0.7:
        return "-".join(rng.choice(words).lower() for _ in range(3)) + str(rng.randint(1, 99))
    if c < 0.85:
        w = rng.choice(words)
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + rng.choice(["_", "."]) + _digits(rng, 2)
    return rng.choice(words).lower() + rng.choice(["mijn", "my", "mon", "de"]) + rng.choice(words).lower() + _digits(rng, rng.randint(0, 4))


def pin(rng, r):
    c = rng.random()
    if c < 0.6:
        return _digits(rng, 4)
    if c < 0.8:
        return _digits(rng, 6)
    if c < 0.9:
        return _digits(rng, 4) + "#"
    return _digits(rng, 5)


def puk(rng, r):
    v = _digits(rng, 8)
    return rng.choice([v, v, "%s %s" % (v[:4], v[4:])])


def otp(rng, r):
    v = _digits(rng, rng.choice([6, 6, 6, 4, 5, 8]))
    c = rng.random()
    if c < 0.15 and len(v) == 6:
        return "%s %s" % (v[:3], v[3:])
    if c < 0.25 and len(v) == 6:
        return "%s-%s" % (v[:3], v[3:])
    if c < 0.3:
        return "G-" + _digits(rng, 6)
    return v


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "be": ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "gb": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "us": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp_words(rng, r):
    w = NUMWORDS[r]
    if r in ("gb", "us"):
        w = w[:]
        if rng.random() < 0.5:
            w[0] = "oh"
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(rng.choice(w) for _ in range(6))


def wifi(rng, r):
    c = rng.random()
    if c < 0.35:
        al = string.ascii_letters + string.digits
        return "".join(rng.choice(al) for _ in range(rng.randint(10, 16)))
    if c < 0.55:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(26))
    if c < 0.75:
        return "-".join("".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(4)) for _ in range(4))
    return rng.choice(["welkom", "gast", "bienvenue", "office", "home", "koffie"]) + rng.choice(["-", "_", ""]) + \
        rng.choice(["thuis", "bureau", "kantoor", "guest", "maison"]) + str(rng.randint(10, 2099))


def username(rng, r, P):
    f = _ascii(rng.choice(P["first"])).lower()
    l = _ascii(rng.choice(P["last"])).lower().replace(" ", "")
    c = rng.random()
    if c < 0.3:
        return f + l[:3] + str(rng.randint(1, 99))
    if c < 0.5:
        return f[0] + "." + l
    if c < 0.65:
        return f.capitalize() + "_" + str(rng.randint(1970, 2006))
    if c < 0.8:
        return "%s%s%d" % (l, f[0], rng.randint(100, 9999))
    if c < 0.9:
        return rng.choice(["admin", "beheerder", "adm_" + l])
    return "K" + _digits(rng, 7)


def _rand(rng, al, n):
    return "".join(rng.choice(al) for _ in range(n))


AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def apikey(rng, r):
    c = rng.random()
    if c < 0.25:
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + _rand(rng, AN, 24)
    if c < 0.4:
        return "AIza" + _rand(rng, AN + "-_", 35)
    if c < 0.55:
        return "SG." + _rand(rng, AN, 22) + "." + _rand(rng, AN, 43)
    if c < 0.7:
        return "SK" + _rand(rng, HEX, 32)
    if c < 0.85:
        return _rand(rng, HEX, 32)
    return _rand(rng, AN, 40)


def awsid(rng, r):
    return "AKIA" + _rand(rng, string.ascii_uppercase + "234567", 16)


def awssecret(rng, r):
    return _rand(rng, AN + "/+", 40)


def token(rng, r):
    c = rng.random()
    if c < 0.3:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return h + "." + _rand(rng, AN + "-_", rng.randint(40, 80)) + "." + _rand(rng, AN + "-_", 43)
    if c < 0.45:
        return "ghp_" + _rand(rng, AN, 36)
    if c < 0.6:
        return _rand(rng, HEX, 40)
    if c < 0.75:
        return "xoxp-" + _digits(rng, 11) + "-" + _digits(rng, 12) + "-" + _rand(rng, HEX, 32)
    if c < 0.9:
        return "sess_" + _rand(rng, AN, 28)
    return _rand(rng, AN + "-_", 48)


def custno(rng, r):
    c = rng.random()
    if c < 0.3:
        return _digits(rng, rng.randint(6, 10))
    if c < 0.45:
        return rng.choice(["KL", "C", "CU", "K", "LID", "M"]) + rng.choice(["-", "", " "]) + _digits(rng, rng.randint(6, 8))
    if c < 0.6:
        return "%s-%s-%s" % (_digits(rng, 3), _digits(rng, 3), _digits(rng, 3))
    if c < 0.7:
        return rng.choice(["CT", "POL", "CTR", "SUB", "ACC"]) + _digits(rng, 2) + "/" + _digits(rng, 6)
    if c < 0.8:
        return "%s.%s.%s" % (_digits(rng, 2), _digits(rng, 3), _digits(rng, 3))
    if c < 0.9:
        return rng.choice(["RN", "ST", "HUUR", "TEN"]) + _digits(rng, 5)
    return "%s %s" % (_digits(rng, 4), _digits(rng, 4))


def ean(rng, r):
    if r in ("be", "fr"):
        return "5414" + _digits(rng, 14)
    if r == "gb":
        return "%s %s %s" % (_digits(rng, 2), _digits(rng, 4), _digits(rng, 7))  # MPAN-ish core
    if r == "us":
        return _digits(rng, 10)
    v = "8716" + _digits(rng, 14)
    return rng.choice([v, v, "%s %s %s" % (v[:6], v[6:12], v[12:])])


def ip(rng, r):
    if rng.random() < 0.15:
        return "2a02:%s:%s:%s::%s" % (_rand(rng, HEX, 4), _rand(rng, HEX, 4), _rand(rng, HEX, 3), _rand(rng, HEX, 2))
    first = rng.choice([77, 81, 84, 86, 145, 178, 185, 212, 213, 217, 94, 62, 91, 109])
    return "%d.%d.%d.%d" % (first, rng.randint(1, 254), rng.randint(0, 254), rng.randint(2, 254))


# ---------------------------------------------------------------- negative values

def n_date(rng, r):
    return _date(rng, r, rng.randint(2024, 2026))


def n_time(rng, r):
    h, m = rng.randint(7, 22), rng.choice([0, 5, 15, 30, 45, 10, 20, 50])
    if r == "us":
        return rng.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, m, "pm" if h >= 12 else "am"), "%d:%02d%s" % ((h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM")])
    if r == "gb":
        return rng.choice(["%02d:%02d" % (h, m), "%d.%02dpm" % ((h - 1) % 12 + 1, m) if h >= 12 else "%d.%02dam" % (h, m)])
    if r == "fr":
        return rng.choice(["%dh%02d" % (h, m), "%02d:%02d" % (h, m), "%dh" % h])
    if r == "be":
        return rng.choice(["%du%02d" % (h, m), "%02d:%02d" % (h, m), "%du" % h])
    return rng.choice(["%02d:%02d" % (h, m), "%02d.%02d" % (h, m), "%d:%02d" % (h, m)])


def n_amount(rng, r):
    a = rng.randint(5, 2500)
    c = rng.randint(0, 99)
    if r == "gb":
        return rng.choice(["£%d.%02d" % (a, c), "£%d" % a, "GBP %d.%02d" % (a, c)])
    if r == "us":
        return rng.choice(["$%d.%02d" % (a, c), "$%d" % a, "$%s" % format(a * 10, ",")])
    return rng.choice(["€ %d,%02d" % (a, c), "€%d,%02d" % (a, c), "%d,%02d euro" % (a, c), "EUR %d,%02d" % (a, c),
                       "€%d" % a, "%d,%02d €" % (a, c), "€ %s,-" % format(a * 10, ",").replace(",", ".")])


def n_qty(rng, r):
    n = rng.randint(2, 60)
    u = {"nl": ["dagen", "licenties", "simkaarten", "toestellen", "lessen", "km", "GB", "uur"],
         "be": ["dagen", "lessen", "simkaarten", "toestellen", "km", "GB", "uur"],
         "fr": ["jours", "cours", "cartes SIM", "postes", "km", "Go", "heures"],
         "gb": ["days", "lessons", "SIM cards", "handsets", "miles", "GB", "hours"],
         "us": ["days", "lessons", "lines", "handsets", "miles", "GB", "hours"]}[r]
    return "%d %s" % (n, rng.choice(u))


def n_dur(rng, r):
    n = rng.randint(2, 21)
    u = {"nl": ["dagen", "weken", "werkdagen", "uur", "maanden"], "be": ["dagen", "weken", "werkdagen", "uur", "maanden"],
         "fr": ["jours", "semaines", "jours ouvrables", "heures", "mois"], "gb": ["days", "weeks", "working days", "hours", "months"],
         "us": ["days", "weeks", "business days", "hours", "months"]}[r]
    return "%d %s" % (n, rng.choice(u))


def n_pct(rng, r):
    v = rng.choice(["21", "9", "6", "15", "20", "10", "50", "12,5" if r in ("nl", "be", "fr") else "12.5", "100"])
    return v + rng.choice(["%", " %", "%"])


def n_year(rng, r):
    return str(rng.randint(2019, 2026))


def n_order(rng, r):
    return rng.choice(["ORD-%d-%s" % (rng.randint(2024, 2026), _digits(rng, 6)), "#" + _digits(rng, 6),
                       "RES" + _digits(rng, 7), "B%s" % _digits(rng, 8), "%s-%s" % (_digits(rng, 4), _digits(rng, 5))])


def n_ticket(rng, r):
    return rng.choice(["#" + _digits(rng, 7), "CASE-" + _digits(rng, 8), "SR-%s" % _digits(rng, 7),
                       "INC%s" % _digits(rng, 7), "%s" % _digits(rng, 8), "T-%s-%s" % (rng.randint(2024, 2026), _digits(rng, 5))])


def n_invoice(rng, r):
    return rng.choice(["F%d-%s" % (rng.randint(2024, 2026), _digits(rng, 5)), "INV-%s" % _digits(rng, 6),
                       "%d/%s" % (rng.randint(2024, 2026), _digits(rng, 4)), "FAC-%s" % _digits(rng, 5), "VF%s" % _digits(rng, 8)])


def n_tracking(rng, r):
    return rng.choice(["3S" + _rand(rng, string.ascii_uppercase, 4) + _digits(rng, 9),
                       "1Z" + _rand(rng, string.ascii_uppercase + string.digits, 16),
                       "JVGL" + _digits(rng, 16), "CD" + _digits(rng, 9) + "BE", "9400 " + " ".join(_digits(rng, 4) for _ in range(4))])


def n_reqid(rng, r):
    u = "%s-%s-%s-%s-%s" % (_rand(rng, HEX, 8), _rand(rng, HEX, 4), "4" + _rand(rng, HEX, 3), rng.choice("89ab") + _rand(rng, HEX, 3), _rand(rng, HEX, 12))
    return rng.choice([u, "req_" + _rand(rng, HEX, 16), "REQ-" + _digits(rng, 10)])


def n_error(rng, r):
    return rng.choice(["E-%d" % rng.randint(100, 9999), "0x%08X" % rng.randint(0x80000000, 0x8FFFFFFF), "ERR_CONNECTION_RESET",
                       "HTTP %d" % rng.choice([401, 403, 500, 502, 503]), "SIP/2.0 %d" % rng.choice([403, 486, 503]),
                       "E%d" % rng.randint(10, 99), "ERR-%s" % _digits(rng, 4), "ERR%d" % rng.randint(600, 799)])


def n_version(rng, r):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)),
                       "%d.%d.%d" % (rng.randint(1, 19), rng.randint(0, 9), rng.randint(0, 9)),
                       "%d.%d" % (rng.randint(10, 18), rng.randint(0, 7)), "build %d.%02d.%d" % (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 9))])


def n_model(rng, r):
    return rng.choice(["VMG8825-T50", "FRITZ!Box 7590", "SM-S911B", "Yealink T46U", "Cisco 7841", "H369A", "SM-A546B",
                       "Snom D785", "Sagemcom F@st 5670", "Zyxel EX5601", "TP-Link Archer C6", "Poly VVX 450", "MR60X"])


def n_product(rng, r):
    return rng.choice(["SKU-%s" % _digits(rng, 6), "BIZ-FIBER-%d" % rng.choice([100, 500, 1000]), "PRD-%s" % _digits(rng, 5),
                       "ART %s-%s" % (_digits(rng, 2), _digits(rng, 4)), "PKG-%s" % _rand(rng, string.ascii_uppercase, 3) + _digits(rng, 2)])


def n_flight(rng, r):
    return rng.choice(["KL%d" % rng.randint(600, 1999), "SN %d" % rng.randint(2000, 3999), "BA%d" % rng.randint(100, 999),
                       "HV %d" % rng.randint(5000, 6999), "FR%d" % rng.randint(1000, 9999), "UA %d" % rng.randint(100, 999),
                       "U2 %d" % rng.randint(1000, 8999)])


def n_cphone(rng, r):
    if r == "nl":
        return rng.choice(["088 %s %s %s" % (_digits(rng, 3), _digits(rng, 2), _digits(rng, 2)), "0800-%s" % _digits(rng, 4),
                           "0900-%s" % _digits(rng, 4), "0800 %s %s" % (_digits(rng, 3), _digits(rng, 4)), "085 %s %s" % (_digits(rng, 3), _digits(rng, 4))])
    if r in ("be", "fr"):
        return rng.choice(["078 %s %s %s" % (_digits(rng, 2), _digits(rng, 2), _digits(rng, 2)), "0800 %s %s" % (_digits(rng, 2), _digits(rng, 3)),
                           "070 %s %s %s" % (_digits(rng, 2), _digits(rng, 2), _digits(rng, 2)), "078/%s.%s.%s" % (_digits(rng, 2), _digits(rng, 2), _digits(rng, 2))])
    if r == "gb":
        return rng.choice(["0800 %s %s" % (_digits(rng, 3), _digits(rng, 4)), "0345 %s %s" % (_digits(rng, 3), _digits(rng, 4)),
                           "0333 %s %s" % (_digits(rng, 3), _digits(rng, 4))])
    return rng.choice(["1-800-%s-%s" % (_digits(rng, 3), _digits(rng, 4)), "(888) %s-%s" % (_digits(rng, 3), _digits(rng, 4)),
                       "1 (877) %s-%s" % (_digits(rng, 3), _digits(rng, 4))])


def be_company(rng):
    b = "0" + str(rng.randint(200, 999)) + _digits(rng, 4)
    v = b + "%02d" % (97 - int(b) % 97)
    return v


def n_creg(rng, r):
    if r == "nl":
        return rng.choice(["%s" % _digits(rng, 8), "NL%sB%02d" % (_digits(rng, 9), rng.randint(1, 3))])
    if r in ("be", "fr"):
        v = be_company(rng)
        return rng.choice(["%s.%s.%s" % (v[:4], v[4:7], v[7:]), "BE %s.%s.%s" % (v[:4], v[4:7], v[7:]), "BE%s" % v, v])
    if r == "gb":
        return rng.choice(["0%s" % _digits(rng, 7), "GB %s %s %s" % (_digits(rng, 3), _digits(rng, 4), _digits(rng, 2)), "SC%s" % _digits(rng, 6)])
    return "%s-%s" % (_digits(rng, 2), _digits(rng, 7))


def n_masked(rng, r):
    return rng.choice(["****%s" % _digits(rng, 4), "**** **** **** %s" % _digits(rng, 4), "xxxx-xxxx-xxxx-%s" % _digits(rng, 4),
                       "NL** **** **** %s %s" % (_digits(rng, 4), _digits(rng, 2)), "BE** **** **** %s" % _digits(rng, 4),
                       "•••• %s" % _digits(rng, 4), "06-******%s" % _digits(rng, 2), "XXXXXX%s" % _digits(rng, 3),
                       "%s***@%s" % (rng.choice("jmskpa"), rng.choice(["gmail.com", "telenet.be", "hotmail.com"])),
                       "+31 6 *** ** %s" % _digits(rng, 3)])


def n_meter(rng, r):
    return rng.choice(["%s kWh" % format(rng.randint(1000, 60000), ",").replace(",", "." if r in ("nl", "be", "fr") else ","),
                       "%s km" % format(rng.randint(1000, 180000), ",").replace(",", "." if r in ("nl", "be", "fr") else ","),
                       "%05d" % rng.randint(100, 99999), "%d miles" % rng.randint(5000, 90000)])


def n_port(rng, r):
    return str(rng.choice([5060, 5061, 8443, 3389, 443, 8080, 22, 1194, 51820, 10000]))


def n_checksum(rng, r):
    return rng.choice([_rand(rng, HEX, 64), _rand(rng, HEX, 32), "0x" + _rand(rng, "0123456789ABCDEF", 8)])
