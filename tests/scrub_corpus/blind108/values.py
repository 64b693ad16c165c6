"""Value generators (labelled values and hard negatives). Standard library only."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


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
    return tot % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


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
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- high-risk
WORDS_NL = ["zomer", "fiets", "tulp", "kaas", "molen", "regen", "haring", "duin", "paars", "klomp", "sterren", "koffie"]
WORDS_EN = ["sunny", "tiger", "maple", "river", "pickle", "falcon", "cobalt", "lemon", "harbour", "velvet", "rocket"]
WORDS_FR = ["soleil", "frites", "chocolat", "lapin", "etoile", "marron", "bruxelles", "velo", "nuage", "cerise"]
SYMS = "!@#$%&*?_.-"


def password(rng, lang="en"):
    words = WORDS_NL if lang.startswith("nl") else WORDS_FR if lang.startswith("fr") else WORDS_EN
    k = rng.randrange(7)
    if k == 0:
        return rng.choice(words).capitalize() + digits(rng, rng.choice([2, 4])) + rng.choice("!?#$")
    if k == 1:
        return "".join(rng.choice(ALNUM + "#%&*") for _ in range(rng.randint(9, 16))) + rng.choice(DIG)
    if k == 2:
        return "-".join(rng.sample(words, 3)) + digits(rng, 2)
    if k == 3:
        return rng.choice(words) + digits(rng, 3)
    if k == 4:
        w = rng.choice(words)
        return w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + digits(rng, 2) + "!"
    if k == 5:
        return rng.choice(words).upper() + "_" + rng.choice(words) + digits(rng, 1)
    return "".join(rng.choice(LO + DIG) for _ in range(rng.randint(8, 12)))


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def lang_key(lang):
    return "nl" if lang.startswith("nl") else "fr" if lang.startswith("fr") else "en"


def pin(rng, variant=""):
    if variant == "door":
        k = rng.randrange(4)
        if k == 0:
            return digits(rng, 4) + "#"
        if k == 1:
            return digits(rng, 6)
        if k == 2:
            return digits(rng, 5)
        return "*" + digits(rng, 4)
    if variant == "dashed":
        return "-".join(digits(rng, 4))
    return digits(rng, rng.choice([4, 4, 4, 5, 6]))


def puk(rng):
    d = digits(rng, 8)
    return d if rng.random() < 0.7 else group(d, [4, 4])


def otp(rng, lang="en", variant=""):
    if variant == "words":
        w = NUMW[lang_key(lang)]
        d = digits(rng, 6)
        sep = rng.choice([" ", " ", "-", ", "])
        return sep.join(w[int(c)] for c in d)
    k = rng.randrange(6)
    if k == 0:
        return group(digits(rng, 6), [3, 3])
    if k == 1:
        return group(digits(rng, 6), [3, 3], "-")
    if k == 2:
        return digits(rng, rng.choice([4, 5, 8]))
    return digits(rng, 6)


def wifi_key(rng):
    k = rng.randrange(5)
    if k == 0:
        return group(digits(rng, 20), [4, 4, 4, 4, 4])
    if k == 1:
        return "".join(rng.choice(UP + DIG) for _ in range(rng.choice([10, 12, 16])))
    if k == 2:
        return rng.choice(WORDS_NL + WORDS_EN).capitalize() + rng.choice(WORDS_EN) + digits(rng, 3)
    if k == 3:
        return "".join(rng.choice(LO + DIG) for _ in range(13))
    return "-".join("".join(rng.choice(UP + DIG) for _ in range(4)) for _ in range(4))


def username(rng, first, last):
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "")
    k = rng.randrange(7)
    if k == 0:
        return f + l + digits(rng, 2)
    if k == 1:
        return f[0] + "." + l
    if k == 2:
        return f + "_" + l[:4] + digits(rng, 1)
    if k == 3:
        return rng.choice(["sunflower", "kaaskop", "nightowl", "bluebird", "lelie", "gamer", "verpleegster", "studentje", "moustique"]) + "_" + digits(rng, 2)
    if k == 4:
        return f.capitalize() + l.capitalize()[:3] + digits(rng, 4)
    if k == 5:
        return l + "." + f[0] + digits(rng, 2)
    return f + digits(rng, 4)


def api_key(rng):
    k = rng.randrange(7)
    if k == 0:
        return "sk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if k == 1:
        return "AKIA" + "".join(rng.choice(UP + DIG) for _ in range(16))
    if k == 2:
        return "AIza" + "".join(rng.choice(ALNUM + "-_") for _ in range(35))
    if k == 3:
        return "".join(rng.choice(ALNUM + "/+") for _ in range(40))  # AWS secret style
    if k == 4:
        return "pk_test_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if k == 5:
        return "SG." + "".join(rng.choice(ALNUM) for _ in range(22)) + "." + "".join(rng.choice(ALNUM) for _ in range(20))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def aws_pair(rng):
    return ("AKIA" + "".join(rng.choice(UP + DIG) for _ in range(16)),
            "".join(rng.choice(ALNUM + "/+") for _ in range(40)))


def token(rng):
    k = rng.randrange(6)
    if k == 0:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        p = "".join(rng.choice(ALNUM) for _ in range(rng.randint(30, 50)))
        s = "".join(rng.choice(ALNUM + "-_") for _ in range(43))
        return f"{h}.{p}.{s}"
    if k == 1:
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    if k == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if k == 3:
        return "ya29." + "".join(rng.choice(ALNUM + "-_") for _ in range(40))
    if k == 4:
        return "sess_" + "".join(rng.choice(ALNUM) for _ in range(28))
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(24, 36)))


def card(rng, variant=""):
    k = variant or rng.choice(["visa", "visa", "mc", "mc", "amex", "bancontact"])
    if k == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        sizes = [4, 6, 5]
    elif k == "bancontact":
        num = luhn_complete("6703" + digits(rng, 12))
        sizes = [4, 4, 4, 4, 1]
    elif k == "mc":
        num = luhn_complete("5" + rng.choice("12345") + digits(rng, 13))
        sizes = [4, 4, 4, 4]
    else:
        num = luhn_complete("4" + digits(rng, 14))
        sizes = [4, 4, 4, 4]
    f = rng.randrange(5)
    if f == 0:
        return num
    if f == 1:
        return group(num, sizes, "-")
    if f == 4 and len(num) == 16:
        return group(num, [4, 8, 4])
    return group(num, sizes)


def cvv(rng, n=3):
    return digits(rng, n)


def card_expiry(rng, lang="en"):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    k = rng.randrange(6)
    if k == 0:
        return f"{m:02d}/{y}"
    if k == 1:
        return f"{m:02d}/20{y}"
    if k == 2:
        return f"{m:02d}-20{y}"
    if k == 3:
        return f"{m}/{y}"
    if k == 4:
        return f"{m:02d}{y}" if False else f"{m:02d} / {y}"
    return f"{month_name(lang, m)} 20{y}"


def iban(rng, cc):
    if cc == "NL":
        b = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ", "RBRB"]) + digits(rng, 10)
    elif cc == "BE":
        d = digits(rng, 10, True)
        c = int(d) % 97 or 97
        b = d + f"{c:02d}"
    elif cc == "DE":
        b = digits(rng, 18, True)
    elif cc == "FR":
        b = digits(rng, 23, True)
    elif cc == "GB":
        b = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    elif cc == "LU":
        b = digits(rng, 16, True)
    else:
        b = digits(rng, 18, True)
    raw = iban_make(cc, b)
    k = rng.randrange(6)
    if k in (0, 1):
        return group(raw, [4] * 9)
    if k == 2:
        return raw.lower()
    if k == 3:
        return group(raw, [4] * 9).lower() if rng.random() < 0.3 else group(raw, [4] * 9)
    return raw


def bsn(rng):
    while True:
        d = digits(rng, 8, True)
        tot = sum(int(d[i]) * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = d + str(last)
            assert bsn_ok(s)
            k = rng.randrange(4)
            if k == 0:
                return group(s, [4, 2, 3], ".")
            if k == 1:
                return group(s, [3, 3, 3])
            return s


def rrn(rng):
    y = rng.randint(55, 106)
    yy = y % 100
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    chk = 97 - (int(("2" + base) if y >= 100 else base) % 97)
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    k = rng.randrange(4)
    if k == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if k == 1:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    if k == 2:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    return s


# ---------------------------------------------------------------- contact data
def ascii_fold(s):
    tbl = str.maketrans("éèëêàâäïîôöüûçÉ'", "eeeeaaaiioouucE ")
    return s.translate(tbl).replace(" ", "")


DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "icloud.com"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "student.kuleuven.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.fr", "voo.be", "outlook.be", "yahoo.fr", "ulb.be"],
    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "sky.com", "nhs.net"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "proton.me"],
}


def email(rng, lang, first, last):
    f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
    dom = rng.choice(DOMAINS[lang])
    k = rng.randrange(6)
    loc = [f + "." + l, f[0] + l, f + l + digits(rng, 2), l + "." + f, f + "_" + l[:5] + digits(rng, 2), f + digits(rng, 4)][k]
    if rng.random() < 0.08:
        loc = loc.capitalize()
    return loc + "@" + dom


def phone(rng, region, variant=""):
    k = rng.randrange(8)
    if region == "nl":
        if variant == "land" or (not variant and rng.random() < 0.2):
            area = rng.choice(["20", "10", "30", "70", "40", "50", "24", "43"])
            rest = digits(rng, 7, True)
            return rng.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest[:3]} {rest[3:]}", f"(0{area}) {rest}"])
        m = digits(rng, 8, True)
        return [f"06-{m}", f"06 {m}", f"06{m}", f"+31 6 {m}", f"+316{m}", f"0031 6 {m[:4]} {m[4:]}",
                f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+31 (0)6 {m[:4]} {m[4:]}"][k]
    if region == "be":
        if variant == "land" or (not variant and rng.random() < 0.2):
            a = rng.choice(["2", "9", "3", "4", "10"])
            r = digits(rng, 8 - len(a), True)
            return rng.choice([f"0{a} {r[:3]} {r[3:5]} {r[5:]}", f"0{a}/{r[:3]}.{r[3:5]}.{r[5:]}", f"+32 {a} {r[:3]} {r[3:5]} {r[5:]}"])
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "491", "494", "496"])
        r = digits(rng, 6)
        return [f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}", f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}",
                f"0032{p}{r}", f"0{p}{r}", f"+32{p}{r}", f"0{p}/{r}", f"0{p} {r[:3]} {r[3:]}"][k]
    if region == "uk":
        if variant == "land" or (not variant and rng.random() < 0.25):
            r = digits(rng, 4)
            return rng.choice([f"020 7946 {r}", f"0161 496 {r}", f"+44 (0)20 7946 {r}", f"0113 496 {r}", f"029 2018 {r}"])
        r = digits(rng, 6)
        pre = rng.choice(["7700", "7911", "7400", "7825", "7723"])
        return [f"0{pre} {r}", f"+44 {pre} {r}", f"0{pre}{r}", f"+44 (0){pre} {r}", f"+44{pre}{r}",
                f"0{pre} {r[:3]} {r[3:]}", f"(0{pre}) {r}", f"0044 {pre} {r}"][k]
    # us
    a = rng.choice(["212", "415", "312", "617", "713", "305", "206", "512", "404"])
    e = rng.choice(["555", "479", "623", "818", "274"])
    r = digits(rng, 4)
    return [f"({a}) {e}-{r}", f"{a}-{e}-{r}", f"+1 {a} {e} {r}", f"{a}.{e}.{r}", f"+1 ({a}) {e}-{r}",
            f"{a} {e} {r}", f"1-{a}-{e}-{r}", f"{a}{e}{r}"][k]


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def month_name(lang, m):
    return MONTHS[lang_key(lang)][m - 1]


def dob(rng, lang):
    y, m, d = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
    lk = lang_key(lang)
    k = rng.randrange(6)
    if lang == "en-us":
        return [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{month_name(lang, m)} {d}, {y}", f"{month_name(lang, m)[:3]} {d} {y}",
                f"{m}-{d}-{y}", f"{y}-{m:02d}-{d:02d}"][k]
    if lk == "en":
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return [f"{d:02d}/{m:02d}/{y}", f"{d}{suf} {month_name(lang, m)} {y}", f"{d} {month_name(lang, m)[:3]} {y}",
                f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"][k]
    return [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {month_name(lang, m)} {y}", f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{str(y)[2:]}"][k]


def ip_address(rng):
    if rng.random() < 0.15:
        return "2a02:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(3)) + "::" + f"{rng.randrange(1, 65536):x}"
    first = rng.choice([84, 31, 62, 77, 81, 94, 109, 141, 178, 185, 213, 86, 92, 73, 24])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def customer_number(rng, variant=""):
    k = variant or rng.choice(["plain", "prefix", "loyalty", "member", "dash", "letters"])
    if k == "loyalty":
        d = "26" + digits(rng, 11)
        return d if rng.random() < 0.6 else group(d, [4, 4, 4, 1])
    if k == "prefix":
        return rng.choice(["KL", "CUST", "LID", "REL", "HN", "C", "M"]) + rng.choice(["-", "", " "]).strip() + digits(rng, rng.randint(6, 8))
    if k == "member":
        return rng.choice(["MBR", "ML", "ID"]) + "-" + digits(rng, 3) + "-" + digits(rng, 3)
    if k == "dash":
        return digits(rng, 3, True) + "-" + digits(rng, 4) + "-" + digits(rng, 2)
    if k == "letters":
        return "".join(rng.choice(UP) for _ in range(2)) + digits(rng, 6)
    if k == "ean":
        return "8716" + digits(rng, 14)
    if k == "big":
        return digits(rng, 11, True)
    if k == "nmc":
        return digits(rng, 2) + rng.choice(UP) + digits(rng, 4) + rng.choice("EOSC")
    return digits(rng, rng.randint(7, 10), True)


# ---------------------------------------------------------------- negatives
def neg(rng, kind, lang, variant=""):
    lk = lang_key(lang)
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        y = rng.choice([2024, 2025, 2026])
        if lang == "en-us":
            return rng.choice([f"{m}/{d}", f"{month_name(lang, m)} {d}", f"{m}/{d}/{y}", f"{month_name(lang, m)[:3]} {d}"])
        if lk == "en":
            return rng.choice([f"{d} {month_name(lang, m)}", f"{d:02d}/{m:02d}/{y}", f"{d} {month_name(lang, m)[:3]}"])
        return rng.choice([f"{d} {month_name(lang, m)}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}", f"{d} {month_name(lang, m)} {y}"])
    if kind == "time":
        h, mi = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 5, 50])
        if lang == "en-us":
            return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
        if lang == "fr-be":
            return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
        if lang == "nl-be":
            return rng.choice([f"{h}u{mi:02d}", f"{h}u", f"{h}:{mi:02d}"])
        return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"])
    if kind == "amount":
        a = rng.choice([4.99, 12.5, 19.95, 7.0, 250.0, 1250.0, 35.0, 9.99, 675.0, 42.75, 2.5])
        if lang == "en-gb":
            return rng.choice([f"£{a:.2f}", f"£{a:g}", f"GBP {a:.2f}"])
        if lang == "en-us":
            return rng.choice([f"${a:.2f}", f"${a:g}", f"USD {a:,.2f}"])
        eu = f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return rng.choice([f"€{eu}", f"€ {eu}", f"{eu} euro", f"EUR {eu}", f"{eu} EUR", f"€{a:g}".replace(".", ",")])
    if kind == "quantity":
        n = rng.choice([2, 3, 12, 250, 500, 1200, 40, 6])
        unit = {"nl": ["punten", "stuks", "loten", "spaarzegels", "kaartjes", "m²"], "fr": ["points", "billets", "pièces", "timbres", "m²"],
                "en": ["points", "tickets", "items", "stamps", "shifts", "sq ft"]}[lk]
        return f"{n} {rng.choice(unit)}"
    if kind == "percentage":
        return rng.choice([f"{rng.choice([5, 10, 15, 20, 25, 50])}%", f"{rng.choice([10, 15, 30])} %", f"{rng.choice([2, 3])},5%" if lk != "en" else "2.5%"])
    if kind == "year":
        return str(rng.randint(2019, 2026))
    if kind == "order_number":
        return rng.choice([f"#{digits(rng, 7, True)}", f"ORD-{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"WEB{digits(rng, 8)}", f"B{digits(rng, 9)}"])
    if kind == "ticket_number":
        return rng.choice([f"#{digits(rng, 6, True)}", f"CAS-{digits(rng, 6)}-{''.join(rng.choice(UP) for _ in range(2))}{digits(rng, 2)}",
                           f"{rng.randint(2024, 2026)}-{digits(rng, 6)}", f"INC{digits(rng, 7)}", f"SR-{digits(rng, 5)}", f"{digits(rng, 8, True)}",
                           f"D{rng.randint(2024, 2026)}/{digits(rng, 4)}"])
    if kind == "invoice_number":
        return rng.choice([f"F{rng.randint(2024, 2026)}-{digits(rng, 5)}", f"INV-{digits(rng, 6)}", f"{rng.randint(2024, 2026)}{digits(rng, 6)}", f"FAC/{digits(rng, 4)}/{rng.randint(24, 26)}"])
    if kind == "tracking_number":
        return rng.choice([f"3S{''.join(rng.choice(UP) for _ in range(4))}{digits(rng, 9)}", f"1Z{''.join(rng.choice(UP + DIG) for _ in range(16))}",
                           f"JVGL{digits(rng, 16)}", f"{''.join(rng.choice(UP) for _ in range(2))}{digits(rng, 9)}GB", f"{digits(rng, 22)}"])
    if kind == "request_id":
        h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
        return rng.choice([f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}", f"req_{h(16)}", f"REQ-{digits(rng, 8)}", h(24)])
    if kind == "error_code":
        return rng.choice([f"E{digits(rng, 3)}", f"ERR-{digits(rng, 4)}", "0x80070005", "ERR_CONNECTION_RESET", f"{rng.choice([403, 404, 500, 502, 503])}",
                           f"AUTH_{rng.choice(['401', 'FAILED', 'LOCKED'])}", f"E-{digits(rng, 2)}"])
    if kind == "version_string":
        return rng.choice([f"{rng.randint(3, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}",
                           f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}", f"build {digits(rng, 4)}"])
    if kind == "model_number":
        return variant or rng.choice(["SM-A546B", "iPhone 13", "Pixel 7a", "Galaxy S23", "Moto G84", "SM-G991B", "iPad 9", "Redmi Note 12"])
    if kind == "product_code":
        return rng.choice([f"87{digits(rng, 11)}", f"art. {digits(rng, 6)}", f"SKU-{digits(rng, 5)}", f"{''.join(rng.choice(UP) for _ in range(3))}-{digits(rng, 4)}"])
    if kind == "flight_number":
        return rng.choice([f"KL{digits(rng, 4, True)}", f"HV {digits(rng, 4, True)}", f"SN{digits(rng, 4, True)}", f"BA {digits(rng, 3, True)}", f"FR{digits(rng, 4, True)}", f"UA{digits(rng, 3, True)}"])
    if kind == "company_phone":
        if lang == "nl":
            return rng.choice(["0900-1234567", "088 400 5000", "0800-0226", "020 799 1234", "0900 8844", "+31 88 123 4500"])
        if lang in ("nl-be", "fr-be"):
            return rng.choice(["078 15 15 15", "02 555 12 34", "0800 12 345", "070 22 33 44", "+32 78 35 35 35"])
        if lang == "en-gb":
            return rng.choice(["0800 123 4567", "0345 600 1234", "0330 808 9000", "0161 555 0100", "03457 123 456"])
        return rng.choice(["1-800-555-0199", "(888) 555-0123", "1 877 555 0142", "800-555-0100"])
    if kind == "company_registration":
        if lang == "nl":
            return rng.choice([f"KvK {digits(rng, 8, True)}", f"KvK-nummer {digits(rng, 8, True)}", f"BTW NL{digits(rng, 9)}B01", f"NL{digits(rng, 9)}B01"])
        if lang in ("nl-be", "fr-be"):
            return rng.choice([f"BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"BTW BE0{digits(rng, 9)}", f"TVA BE 0{digits(rng, 9)}"])
        if lang == "en-gb":
            return rng.choice([f"Company No. {digits(rng, 8)}", f"VAT GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"Registered in England No {digits(rng, 8)}"])
        return rng.choice([f"EIN {digits(rng, 2)}-{digits(rng, 7)}", f"NMLS #{digits(rng, 6)}"])
    if kind == "masked_value" and variant == "card":
        return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"•••• {digits(rng, 4)}", f"XXXX-XXXX-XXXX-{digits(rng, 4)}", f"*{digits(rng, 4)}"])
    if kind == "masked_value" and variant == "iban":
        return rng.choice([f"NL** **** **** **{digits(rng, 2)} {digits(rng, 2)}", f"BE** **** **** {digits(rng, 4)}", f"****{digits(rng, 4)}", f"NL**INGB****{digits(rng, 4)}"])
    if kind == "masked_value":
        return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** **{digits(rng, 2)} {digits(rng, 2)}",
                           f"BE** **** **** {digits(rng, 4)}", f"•••• {digits(rng, 4)}", f"{rng.choice(LO)}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}",
                           f"06-****{digits(rng, 4)}", f"XXXX-XXXX-XXXX-{digits(rng, 4)}", f"+44 ***** **{digits(rng, 4)}", f"*******{digits(rng, 3)}"])
    if kind == "meter_reading":
        return rng.choice([f"{digits(rng, 5, True)}", f"{digits(rng, 5, True)},{digits(rng, 1)}", f"{digits(rng, 4, True)} kWh", f"{digits(rng, 3, True)} m³"])
    if kind == "port":
        return rng.choice(["8080", "443", "3389", "22", "8443", "25565"])
    if kind == "checksum":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    raise KeyError(kind)
