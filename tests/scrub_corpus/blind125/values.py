"""Value generators (labelled PII and hard negatives). Stdlib only."""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits


def rd(rng, n, alphabet=DIG):
    return "".join(rng.choice(alphabet) for _ in range(n))


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


def iban_ok(iban):
    s = "".join(iban.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
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
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------------------------------------------------------- card
def card(rng, ctx):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        pre, ln = "4" + rd(rng, 5), 16
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)) + rd(rng, 4), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]) + rd(rng, 4), 15
    else:
        pre, ln = rng.choice(["6759", "6763"]) + rd(rng, 2), 16
    body = pre + rd(rng, ln - len(pre) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            num = body + c
            break
    ctx["card_kind"] = kind
    if ln == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", " ", "", "-", "  "])
    return sep.join(g)


def cvv(rng, ctx):
    return rd(rng, 4 if ctx.get("card_kind") == "amex" else 3)


def card_expiry(rng, ctx):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    f = rng.choice(["{m:02d}/{y}", "{m}/{y}", "{m:02d}/20{y}", "{m:02d}-{y}", "{m:02d} / {y}", "{m:02d}-20{y}"])
    return f.format(m=m, y=y)


# ---------------------------------------------------------------- iban
def _iban(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban(rng, ctx):
    reg = ctx["region"]
    pick = rng.random()
    if (reg == "nl" and pick < 0.8) or (reg in ("uk", "us") and pick < 0.25):
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB", "BUNQ", "ASNB", "RBRB"]) + rd(rng, 10)
        s = _iban("NL", bban)
    elif (reg == "be" and pick < 0.8) or (reg == "nl" and pick < 0.9):
        first = rd(rng, 10)
        m = int(first) % 97 or 97
        s = _iban("BE", first + "%02d" % m)
    elif reg == "uk" and pick < 0.85:
        s = _iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rd(rng, 14))
    else:
        c = rng.choice(["DE", "FR", "LU", "ES"])
        if c == "DE":
            s = _iban("DE", rd(rng, 18))
        elif c == "FR":
            s = _iban("FR", rd(rng, 23))
        elif c == "LU":
            s = _iban("LU", rd(rng, 16))
        else:
            s = _iban("ES", rd(rng, 20))
    st = rng.random()
    if st < 0.5:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif st < 0.85:
        out = s
    else:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower() if rng.random() < 0.5 else s.lower()
    return out


# ---------------------------------------------------------------- bsn / rrn
def _bsn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            return "".join(map(str, d)) + str(s)


def _rrn(rng):
    y = rng.randint(1950, 2012)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    b = int(("2" + base) if y >= 2000 else base)
    chk = 97 - b % 97
    return base + "%02d" % chk


def bsn(rng, ctx):
    if ctx["region"] == "be" or (ctx["region"] != "nl" and rng.random() < 0.3):
        v = _rrn(rng)
        f = rng.choice(["dots", "plain", "space", "dash"])
        if f == "dots":
            return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
        if f == "space":
            return "%s %s %s" % (v[:6], v[6:9], v[9:])
        if f == "dash":
            return "%s-%s-%s" % (v[:6], v[6:9], v[9:])
        return v
    v = _bsn(rng)
    f = rng.choice(["plain", "plain", "dots", "space"])
    if f == "dots":
        return "%s.%s.%s" % (v[:4], v[4:6], v[6:])
    if f == "space":
        return "%s %s %s" % (v[:3], v[3:6], v[6:])
    return v


# ---------------------------------------------------------------- phone
def phone(rng, ctx):
    reg = ctx["region"]
    if reg == "nl":
        if rng.random() < 0.75:
            n = rd(rng, 8)
            return rng.choice([
                "06" + n, "06-" + n, "06 " + n, "06 %s %s" % (n[:4], n[4:]),
                "+31 6 %s %s" % (n[:4], n[4:]), "+316" + n, "0031 6 " + n,
                "+31 (0)6 " + n, "06-%s %s" % (n[:4], n[4:]), "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])])
        a = rng.choice(["20", "10", "30", "70", "40", "50", "72", "343", "546"])
        n = rd(rng, 9 - len(a))
        return rng.choice(["0%s-%s" % (a, n), "0%s %s" % (a, n), "+31 %s %s" % (a, n), "(0%s) %s" % (a, n)])
    if reg == "be":
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "495", "496", "497", "498", "499"])
            n = rd(rng, 6)
            return rng.choice([
                "0%s %s %s %s" % (p, n[:2], n[2:4], n[4:]), "0%s/%s.%s.%s" % (p, n[:2], n[2:4], n[4:]),
                "+32 %s %s %s %s" % (p, n[:2], n[2:4], n[4:]), "+32%s%s" % (p, n), "0032 %s %s %s" % (p, n[:3], n[3:]),
                "0%s%s" % (p, n), "0%s/%s %s %s" % (p, n[:2], n[2:4], n[4:]), "+32 (0)%s %s" % (p, n)])
        a = rng.choice(["2", "3", "9", "4"])
        n = rd(rng, 7)
        return rng.choice(["0%s %s %s %s" % (a, n[:3], n[3:5], n[5:]), "0%s/%s.%s.%s" % (a, n[:3], n[3:5], n[5:]), "+32 %s %s %s %s" % (a, n[:3], n[3:5], n[5:])])
    if reg == "uk":
        if rng.random() < 0.75:
            n = rd(rng, 6)
            p = "7" + rng.choice(["700", "911", "946", "400", "812", "983"])
            return rng.choice(["0%s %s" % (p, n), "0%s%s" % (p, n), "+44 %s %s" % (p, n), "+44 (0)%s %s %s" % (p, n[:3], n[3:]), "0%s %s %s" % (p, n[:3], n[3:]), "+44%s%s" % (p, n)])
        return rng.choice(["020 7946 0%s" % rd(rng, 3), "0161 496 0%s" % rd(rng, 3), "0113 496 0%s" % rd(rng, 3), "+44 20 7946 0%s" % rd(rng, 3)])
    a = rng.choice(["212", "312", "415", "617", "646", "718", "213", "305", "512", "206", "404"])
    x, y = str(rng.randint(201, 989)), rd(rng, 4)
    return rng.choice(["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "%s.%s.%s" % (a, x, y), "+1 %s %s %s" % (a, x, y), "1-%s-%s-%s" % (a, x, y), "%s%s%s" % (a, x, y), "+1 (%s) %s-%s" % (a, x, y)])


# ---------------------------------------------------------------- email / username
DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl", "planet.nl", "icloud.com", "hetnet.nl"],
    "be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be", "icloud.com", "live.be"],
    "uk": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "virginmedia.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com", "hotmail.com", "att.net", "protonmail.com"],
}


def _norm(s):
    m = {"é": "e", "è": "e", "ë": "e", "ê": "e", "ï": "i", "ö": "o", "ü": "u", "ç": "c", "à": "a", "'": "", " ": "", "-": ""}
    return "".join(m.get(c, c) for c in s.lower())


def email(rng, ctx):
    f, l = _norm(ctx["first"]), _norm(ctx["last"])
    dom = rng.choice(DOMAINS[ctx["region"]])
    loc = rng.choice([f + "." + l, f + l, f[0] + "." + l, l + "." + f, f + "_" + l + str(rng.randint(70, 99)),
                      f + str(rng.randint(1, 99)), f + "." + l + "." + rd(rng, 2), l + f[0], "mama.van." + rng.choice(["noor", "sem", "lucas", "emma", "mila"])])
    e = loc + "@" + dom
    return e if rng.random() > 0.1 else e.capitalize()


def username(rng, ctx):
    f, l = _norm(ctx["first"]), _norm(ctx["last"])
    return rng.choice([f + l[:1] + str(rng.randint(70, 99)), f + "." + l, f[0] + l, l + "_" + f, f + "_" + rd(rng, 3),
                       "the_" + f, f.capitalize() + l.capitalize(), f + "." + l + rd(rng, 2), l + rd(rng, 4), f[:3] + l[:3] + rd(rng, 2)])


# ---------------------------------------------------------------- secrets
WORDS = ["zomer", "Bella", "Max", "welkom", "Voetbal", "koffie", "Sunshine", "dragon", "Lente", "soleil", "Bruxelles",
         "Pizza", "Tijger", "minou", "Kaatje", "Rocky", "Lola", "Brompton", "Amsterdam", "Gent", "Liverpool", "Chelsea",
         "Baseball", "monkey", "Hondje", "Pluisje", "Loempia", "Fritkot", "Teddy", "Spike"]
SYMS = "!@#$%&*?_.-+="


def password(rng, ctx):
    while True:
        p = _password(rng)
        if p[0] not in ".,-" and p[-1] not in ".,-":
            return p


def _password(rng):
    k = rng.random()
    if k < 0.35:
        return rng.choice(WORDS) + str(rng.randint(1, 2025)) + rng.choice(["", "!", "#", "?", "!!", "*"])
    if k < 0.55:
        return "".join(rng.choice(ALNUM + SYMS) for _ in range(rng.randint(9, 16)))
    if k < 0.7:
        w = rng.choice(WORDS).lower()
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + rd(rng, 2) + rng.choice(SYMS)
    if k < 0.85:
        return rng.choice(WORDS) + rng.choice(SYMS) + rng.choice(WORDS).lower() + rd(rng, rng.randint(1, 3))
    return rng.choice(["Welkom", "Wachtwoord", "Password", "MotDePasse", "Qwerty"]) + rd(rng, 3) + rng.choice(SYMS)


def pin(rng, ctx):
    n = rng.choice([4, 4, 4, 4, 5, 6])
    v = rd(rng, n)
    while v in ("2023", "2024", "2025", "1234") or v[0] == "0" and rng.random() < 0.5:
        v = rd(rng, n)
    return v


def puk(rng, ctx):
    return rd(rng, 8)


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(rng, ctx):
    v = rd(rng, 6)
    k = rng.random()
    if k < 0.6:
        return v
    if k < 0.75:
        return v[:3] + " " + v[3:]
    if k < 0.85:
        return v[:3] + "-" + v[3:]
    lw = "fr" if ctx["lang"] == "fr-be" else ("en" if ctx["lang"].startswith("en") else "nl")
    sep = rng.choice([" ", "-", ", "])
    return sep.join(NUMW[lw][int(c)] for c in v)


def otp_digits(rng, ctx):
    v = rd(rng, rng.choice([4, 5, 6, 6, 8]))
    return v


def wifi_key(rng, ctx):
    k = rng.random()
    if k < 0.4:
        return rd(rng, rng.randint(12, 20), string.ascii_uppercase + string.digits)
    if k < 0.7:
        return rng.choice(WORDS) + rng.choice(WORDS) + rd(rng, 4) + rng.choice(["", "!", "#"])
    return rd(rng, rng.choice([10, 16, 26]), "0123456789abcdef")


def api_key(rng, ctx):
    k = rng.randrange(8)
    if k == 0:
        return "sk_live_" + rd(rng, 24, ALNUM)
    if k == 1:
        return "pk_test_" + rd(rng, 24, ALNUM)
    if k == 2:
        return "AKIA" + rd(rng, 16, string.ascii_uppercase + string.digits)
    if k == 3:
        return rd(rng, 40, ALNUM + "/+")
    if k == 4:
        return "AIza" + rd(rng, 35, ALNUM + "-_")
    if k == 5:
        return "SG." + rd(rng, 22, ALNUM) + "." + rd(rng, 43, ALNUM + "-_")
    if k == 6:
        return "key-" + rd(rng, 32, "0123456789abcdef")
    return "xkeysib-" + rd(rng, 64, "0123456789abcdef") + "-" + rd(rng, 16, ALNUM)


def aws_secret(rng, ctx):
    return rd(rng, 40, ALNUM + "/+")


def token(rng, ctx):
    k = rng.randrange(7)
    b64 = ALNUM + "-_"
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rd(rng, 40, b64) + "." + rd(rng, 43, b64)
    if k == 1:
        return "ghp_" + rd(rng, 36, ALNUM)
    if k == 2:
        return rd(rng, rng.choice([32, 40, 64]), "0123456789abcdef")
    if k == 3:
        return "ya29." + rd(rng, 60, b64)
    if k == 4:
        return "xoxb-" + rd(rng, 11) + "-" + rd(rng, 12) + "-" + rd(rng, 24, ALNUM)
    if k == 5:
        return "sess_" + rd(rng, 28, ALNUM)
    return rd(rng, 8, "0123456789abcdef") + "-" + rd(rng, 4, "0123456789abcdef") + "-4" + rd(rng, 3, "0123456789abcdef") + "-a" + rd(rng, 3, "0123456789abcdef") + "-" + rd(rng, 12, "0123456789abcdef")


# ---------------------------------------------------------------- customer number
def customer_number(rng, ctx):
    sec = ctx.get("sector", "")
    reg = ctx["region"]
    k = rng.random()
    if k < 0.3:
        return rd(rng, rng.choice([6, 7, 8, 9, 10]))
    opts = {
        "charity": ["D-" + rd(rng, 7), "DON" + rd(rng, 6), rd(rng, 4) + "-" + rd(rng, 4), "SP-" + rd(rng, 6)],
        "childcare": ["FAM-" + rd(rng, 5), "OP" + rd(rng, 6), "G" + rd(rng, 7), "KO-" + rd(rng, 3) + "-" + rd(rng, 3)],
        "delivery": ["RDR-" + rd(rng, 5), "C" + rd(rng, 8), "KRR" + rd(rng, 6), "U-" + rd(rng, 8)],
        "pet": ["PV-" + rd(rng, 4) + "-" + rd(rng, 6), "POL" + rd(rng, 9), "DV" + rd(rng, 7), rd(rng, 3) + "." + rd(rng, 3) + "." + rd(rng, 3)],
        "security": ["ABO-" + rd(rng, 6), "AL" + rd(rng, 7), rd(rng, 4) + "-" + rd(rng, 4) + "-" + rd(rng, 2), "MK" + rd(rng, 6)],
        "optician": ["KL" + rd(rng, 6), "BR-" + rd(rng, 6), rd(rng, 2) + "-" + rd(rng, 5), "OPT" + rd(rng, 7)],
    }
    if k < 0.4 and reg in ("nl", "be"):
        return ("871" if reg == "nl" else "5414") + rd(rng, 15 if reg == "nl" else 14)
    return rng.choice(opts.get(sec, opts["optician"]))


# ---------------------------------------------------------------- dob / ip
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def _lw(ctx):
    return "fr" if ctx["lang"] == "fr-be" else ("en" if ctx["lang"].startswith("en") else "nl")


def date_of_birth(rng, ctx):
    y, m, d = rng.randint(1942, 2008), rng.randint(1, 12), rng.randint(1, 28)
    lw = _lw(ctx)
    if ctx["region"] == "us":
        fs = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%d" % (m, d, y)]
    elif lw == "en":
        fs = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y), "%02d.%02d.%d" % (d, m, y)]
    else:
        fs = ["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[lw][m - 1], y),
              "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%02d" % (d, m, y % 100)]
    return rng.choice(fs)


def ip_address(rng, ctx):
    if rng.random() < 0.15:
        return "2a02:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xfff))
    return "%d.%d.%d.%d" % (rng.choice([31, 37, 62, 77, 81, 84, 86, 89, 94, 145, 178, 185, 212, 213, 217]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


# ---------------------------------------------------------------- address
def address(rng, ctx, pools):
    reg = ctx["region"]
    st = rng.choice(pools["street_" + reg])
    city = rng.choice(pools["city_" + reg])
    if reg == "nl":
        num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "A", "-2", " bis", "-hs", " III"])
        pc = "%d %s" % (rng.randint(1011, 9999), rd(rng, 2, "ABCDEGHJKLMNPRSTVWXZ"))
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        return rng.choice(["%s %s, %s %s" % (st, num, pc, city), "%s %s %s %s" % (st, num, pc, city), "%s %s, %s" % (st, num, city),
                           "%s %s" % (st, num), "%s %s, %s  %s" % (st, num, pc, city.upper())])
    if reg == "be":
        num = str(rng.randint(1, 180))
        bus = rng.choice(["", "", "", " bus 3", " bus 12", "/2", " boîte 4", "B"])
        pc = str(rng.randint(1000, 9990))
        if ctx["lang"] == "fr-be" and rng.random() < 0.3:
            return "%s, %s%s, %s %s" % (num, st, bus, pc, city)
        return rng.choice(["%s %s%s, %s %s" % (st, num, bus, pc, city), "%s %s%s %s %s" % (st, num, bus, pc, city), "%s %s%s" % (st, num, bus), "%s %s, B-%s %s" % (st, num, pc, city)])
    if reg == "uk":
        num = str(rng.randint(1, 220))
        pc = rng.choice(["SW1A 2AA", "M1 1AE", "LS6 3HN", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 2NG", "BS8 1TH", "NW3 4QG", "G12 8QQ", "CF10 3AT", "L18 2DR"])
        flat = rng.choice(["", "", "Flat 3, ", "Flat 2B, ", "Apartment 7, "])
        return rng.choice(["%s%s %s, %s %s" % (flat, num, st, city, pc), "%s%s %s, %s, %s" % (flat, num, st, city, pc), "%s %s, %s" % (num, st, pc), "%s%s %s" % (flat, num, st)])
    num = str(rng.randint(10, 9899))
    stt, zp = rng.choice([("NY", "100"), ("IL", "606"), ("CA", "941"), ("MA", "021"), ("TX", "787"), ("WA", "981"), ("GA", "303"), ("FL", "331")])
    zp += rd(rng, 2)
    apt = rng.choice(["", "", ", Apt 4B", " Apt. 12", ", Unit 3", " #205"])
    return rng.choice(["%s %s%s, %s, %s %s" % (num, st, apt, city, stt, zp), "%s %s%s, %s %s %s" % (num, st, apt, city, stt, zp), "%s %s%s" % (num, st, apt)])
