"""Value generators (labelled values and hard negatives) and validators for blind43."""
import string
import unicodedata

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG


def region(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= 12 and tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def bsn_ok(s):
    d = [c for c in s if c.isdigit()]
    if len(d) == 9:
        d = [int(c) for c in d]
        tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
        return tot % 11 == 0
    if len(d) == 11:
        base = int("".join(d[:9]))
        cc = int("".join(d[9:]))
        return cc == 97 - base % 97 or cc == 97 - int("2" + "".join(d[:9])) % 97
    return False


# ---------------------------------------------------------------- helpers
def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- secrets
PW_WORDS = {
    "nl": ["Zonnepaneel", "Voordeur", "Tulpen", "Kastanje", "Dakkapel", "Molenweg", "Fietsje", "Warmte", "Schuurtje", "Regenton"],
    "be": ["Frietkot", "Belfort", "Kasseien", "Zonnedak", "Warmtepomp", "Soleil", "Maison", "Jardin", "Chaton", "Poezie"],
    "uk": ["Sunshine", "Cottage", "Kettle", "Allotment", "Conservatory", "Biscuit", "Terrace", "Rainbow"],
    "us": ["Sunflower", "Patriots", "Backyard", "Maple", "Porchlight", "Roadtrip", "Snowday", "Bluebird"],
}
SYMS = "!@#$%&*?_+="


def password(ctx):
    r = ctx.rng
    st = r.randrange(5)
    w = r.choice(PW_WORDS[region(ctx.lang)])
    if st == 0:
        return w + str(r.randrange(1960, 2026)) + r.choice(SYMS)
    if st == 1:
        return "".join(r.choice(AN + "!#%&*") for _ in range(r.randrange(10, 16))) + r.choice(DG)
    if st == 2:
        a, b = r.sample(PW_WORDS[region(ctx.lang)], 2)
        return a.lower() + r.choice("-_.") + b + str(r.randrange(1, 99))
    if st == 3:
        return w[:r.randrange(3, len(w))] + r.choice(SYMS) + digits(r, r.randrange(2, 5))
    return r.choice(UP) + "".join(r.choice(LO + DG) for _ in range(r.randrange(6, 10))) + r.choice(SYMS) + r.choice(DG)


def pin4(ctx):
    return digits(ctx.rng, 4)


def pin_any(ctx):
    r = ctx.rng
    n = r.choice([4, 4, 4, 5, 6])
    return digits(r, n)


def doorcode(ctx):
    r = ctx.rng
    st = r.randrange(5)
    if st == 0:
        return digits(r, 4) + "#"
    if st == 1:
        return r.choice("ABCX") + digits(r, 4)
    if st == 2:
        return "-".join(digits(r, 1) for _ in range(4))
    return digits(r, r.choice([4, 5, 6]))


def puk(ctx):
    return digits(ctx.rng, 8)


def otp(ctx):
    r = ctx.rng
    d = digits(r, r.choice([6, 6, 6, 5, 8]))
    st = r.randrange(6)
    if st == 0 and len(d) == 6:
        return d[:3] + " " + d[3:]
    if st == 1 and len(d) == 6:
        return d[:3] + "-" + d[3:]
    return d


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp_words(ctx):
    r = ctx.rng
    sep = r.choice([" ", " ", "-", ", "])
    return sep.join(NUMW[ctx.lang][int(c)] for c in digits(r, 6))


def wifi(ctx):
    r = ctx.rng
    st = r.randrange(5)
    if st == 0:
        return "".join(r.choice(AN) for _ in range(r.randrange(12, 21)))
    if st == 1:
        a, b = r.sample(PW_WORDS[region(ctx.lang)], 2)
        return a + b + str(r.randrange(10, 2026))
    if st == 2:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([10, 16, 26])))
    if st == 3:
        return digits(r, 8) + digits(r, r.choice([0, 2, 4]))
    return "".join(r.choice(UP + DG) for _ in range(4)) + "-" + "".join(r.choice(UP + DG) for _ in range(4)) + "-" + "".join(r.choice(UP + DG) for _ in range(4))


def username(ctx):
    r = ctx.rng
    first, last = ctx.value("first"), ctx.value("last")
    f = ascii_fold(first).lower().replace(" ", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    st = r.randrange(6)
    if st == 0:
        return f + "." + l + str(r.randrange(1, 99))
    if st == 1:
        return f[0] + l
    if st == 2:
        return l + "_" + f[:3] + str(r.randrange(60, 99))
    if st == 3:
        return r.choice(["zon", "solar", "huis", "home", "casa", "pv", "warmte"]) + f + str(r.randrange(1, 999))
    if st == 4:
        return (f + l).capitalize() + str(r.randrange(1970, 2010))
    return f + "_" + l[:4]


def apikey(ctx):
    r = ctx.rng
    st = r.randrange(6)
    if st == 0:  # SolarEdge style
        return "".join(r.choice(UP + DG) for _ in range(32))
    if st == 1:
        return "sk_live_" + "".join(r.choice(AN) for _ in range(24))
    if st == 2:  # PVOutput style
        return "".join(r.choice("0123456789abcdef") for _ in range(40))
    if st == 3:
        return "AIza" + "".join(r.choice(AN + "_-") for _ in range(35))
    if st == 4:
        return "".join(r.choice(AN) for _ in range(16)) + "_" + "".join(r.choice(AN) for _ in range(16))
    return "pk_" + "".join(r.choice(LO + DG) for _ in range(32))


def aws_id(ctx):
    return "AKIA" + "".join(ctx.rng.choice(UP + "234567") for _ in range(16))


def aws_secret(ctx):
    return "".join(ctx.rng.choice(AN + "/+") for _ in range(39)) + ctx.rng.choice(AN)


B64U = AN + "-_"


def token(ctx):
    r = ctx.rng
    st = r.randrange(5)
    if st == 0:
        return jwt(ctx)
    if st == 1:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
    if st == 2:
        return "".join(r.choice(B64U) for _ in range(43))
    if st == 3:
        return "ghp_" + "".join(r.choice(AN) for _ in range(36))
    return "".join(r.choice(AN) for _ in range(8)) + "-" + "".join(r.choice(AN) for _ in range(24))


def jwt(ctx):
    r = ctx.rng
    head = r.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                     "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9", "eyJraWQiOiIxIiwiYWxnIjoiRVMyNTYifQ"])
    body = "eyJ" + "".join(r.choice(B64U) for _ in range(r.randrange(50, 120)))
    sig = "".join(r.choice(B64U) for _ in range(43))
    return head + "." + body + "." + sig


def card(ctx):
    r = ctx.rng
    kind = r.choice(["visa", "visa", "mc", "mc", "amex"])
    if kind == "visa":
        body = "4" + digits(r, 14)
    elif kind == "mc":
        body = "5" + r.choice("12345") + digits(r, 13)
    else:
        body = "3" + r.choice("47") + digits(r, 12)
    for c in DG:
        if luhn_ok(body + c):
            num = body + c
            break
    st = r.randrange(4)
    if kind == "amex":
        if st < 2:
            return num[:4] + " " + num[4:10] + " " + num[10:]
        return num
    if st == 0:
        return num
    if st == 1:
        return group(num, 4, "-")
    return group(num, 4)


def cvv(ctx):
    return digits(ctx.rng, 3)


def expiry(ctx):
    r = ctx.rng
    m, y = r.randrange(1, 13), r.randrange(25, 32)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d}/{y}"])


def _iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + f"{98 - int(num) % 97:02d}" + bban


def make_iban(r, cc):
    if cc == "NL":
        return _iban("NL", r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]) + digits(r, 10))
    if cc == "BE":
        b = digits(r, 10)
        c = int(b) % 97 or 97
        return _iban("BE", b + f"{c:02d}")
    if cc == "DE":
        return _iban("DE", digits(r, 18))
    if cc == "FR":
        return _iban("FR", digits(r, 10) + "".join(r.choice(UP + DG) for _ in range(11)) + digits(r, 2))
    if cc == "GB":
        return _iban("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14))
    if cc == "LU":
        return _iban("LU", digits(r, 3) + "".join(r.choice(UP + DG) for _ in range(13)))
    return _iban("ES", digits(r, 20))


def fmt_iban(r, s):
    st = r.randrange(10)
    if st < 5:
        out = group(s, 4)
    elif st < 8:
        out = s
    elif st == 8:
        out = s.lower()
    else:
        out = group(s, 4).lower()
    return out


def iban(ctx):
    reg = region(ctx.lang)
    cc = {"nl": "NL", "be": "BE", "uk": "GB", "us": ctx.rng.choice(["DE", "FR", "NL"])}[reg]
    return fmt_iban(ctx.rng, make_iban(ctx.rng, cc))


def iban_foreign(ctx):
    return fmt_iban(ctx.rng, make_iban(ctx.rng, ctx.rng.choice(["DE", "FR", "LU", "ES", "BE", "NL"])))


def bsn(ctx):
    r = ctx.rng
    while True:
        d = [int(c) for c in digits(r, 8, True)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            break
    st = r.randrange(4)
    if st == 0:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if st == 1:
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def rrn(ctx):
    r = ctx.rng
    y = r.randrange(40, 106) % 100
    born2000 = y < 10
    m, d = r.randrange(1, 13), r.randrange(1, 29)
    seq = r.randrange(1, 998)
    base = f"{y:02d}{m:02d}{d:02d}{seq:03d}"
    cc = 97 - (int(("2" if born2000 else "") + base) % 97)
    s = base + f"{cc:02d}"
    st = r.randrange(4)
    if st < 2:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if st == 2:
        return s
    return f"{s[:6]}-{s[6:9]}-{s[9:]}"


def natid(ctx):
    return rrn(ctx) if region(ctx.lang) == "be" else bsn(ctx)


MAILDOM = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "live.nl", "planet.nl", "icloud.com"],
    "be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be", "outlook.be", "scarlet.be"],
    "uk": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk", "virginmedia.com"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "att.net", "verizon.net"],
}


def email(ctx):
    r = ctx.rng
    f = ascii_fold(ctx.value("first")).lower().replace(" ", "")
    l = ascii_fold(ctx.value("last")).lower().replace(" ", "").replace("'", "")
    st = r.randrange(6)
    loc = [f + "." + l, f[0] + "." + l, f + l + str(r.randrange(1, 99)), l + "." + f, f + "_" + l, f + str(r.randrange(1960, 2005))][st]
    return loc + "@" + r.choice(MAILDOM[region(ctx.lang)])


def phone(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    st = r.randrange(6)
    if reg == "nl":
        n = "6" + digits(r, 8)
        return ["0" + n[0] + "-" + n[1:], "0" + n[0] + " " + n[1:5] + " " + n[5:], "+31 " + n[0] + " " + n[1:],
                "+31" + n, "0031 " + n[0] + " " + group(n[1:], 2), "0" + n][st]
    if reg == "be":
        n = "4" + r.choice("6789") + digits(r, 7)
        return ["0" + n[:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:], "+32 " + n[:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:],
                "0" + n, "+32" + n, "0" + n[:3] + "/" + n[3:5] + "." + n[5:7] + "." + n[7:], "0032 " + n[:3] + " " + n[3:]][st]
    if reg == "uk":
        n = "7" + digits(r, 9)
        return ["0" + n[:4] + " " + n[4:], "+44 " + n[:4] + " " + n[4:], "0" + n, "+44 (0)" + n[:4] + " " + n[4:],
                "0" + n[:4] + " " + n[4:7] + " " + n[7:], "+44" + n][st]
    a = r.choice(["312", "617", "512", "503", "303", "919", "608", "520", "916", "208", "518", "614"])
    x, y = digits(r, 3, True), digits(r, 4)
    if x[0] == "1":
        x = "2" + x[1:]
    return [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"1-{a}-{x}-{y}", f"{a}{x}{y}"][st]


def landline(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    if reg == "nl":
        a = r.choice(["020", "010", "030", "070", "040", "050", "024", "0118", "0592", "0345"])
        rest = digits(r, 10 - len(a), True)
        return r.choice([a + "-" + rest, a + " " + rest, a + " " + group(rest, 3) if len(rest) == 6 else a + " " + rest[:3] + " " + rest[3:]])
    if reg == "be":
        a = r.choice(["03", "09", "02", "016", "011", "050", "04", "081", "071", "065"])
        rest = digits(r, 9 - len(a), True)
        return a + " " + (group(rest, 2) if len(rest) == 6 else rest[:3] + " " + group(rest[3:], 2))
    if reg == "uk":
        a = r.choice(["0117", "0113", "0161", "029", "0141", "01603", "01273", "0114"])
        rest = digits(r, 11 - len(a), True)
        return a + " " + (rest[:3] + " " + rest[3:] if len(rest) == 7 else rest)
    return phone(ctx)


# ---------------------------------------------------------------- addresses
def _nl_pc(r):
    return digits(r, 4, True) + r.choice([" ", " ", ""]) + r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")


def street_addr(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    st = ctx.value("street")
    if reg == "nl":
        num = str(r.randrange(1, 240)) + r.choice(["", "", "", "A", "-2", " bis", "-III", "B"])
        return st + " " + num
    if reg == "be":
        num = str(r.randrange(1, 180))
        if ctx.lang == "fr-be":
            return r.choice([st + " " + num, st + " " + num + r.choice([" bte 2", "/3", " boîte 12"]), num + ", " + st])
        return st + " " + num + r.choice(["", "", " bus 3", "/0102", " bus 12"])
    if reg == "uk":
        return r.choice(["", "", "Flat " + str(r.randrange(1, 12)) + ", "]) + str(r.randrange(1, 220)) + " " + st
    return str(r.randrange(10, 9900)) + " " + st + r.choice(["", "", ", Apt " + str(r.randrange(1, 30)) + r.choice(["", "B"]), " #" + str(r.randrange(100, 400))])


def address(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    sa = street_addr(ctx)
    city = ctx.value("citydata")
    if reg == "nl":
        return sa + r.choice([", ", " ", ", "]) + _nl_pc(r) + r.choice([" ", "  "[:1]]) + (city.upper() if r.random() < 0.3 else city)
    if reg == "be":
        name, pc = city
        return sa + r.choice([", ", " - ", " "]) + pc + " " + name
    if reg == "uk":
        name, area = city
        pc = area + str(r.randrange(1, 20)) + " " + str(r.randrange(1, 10)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        return sa + ", " + name + r.choice([" ", ", "]) + pc
    name, stt, z = city
    return sa + ", " + name + ", " + stt + " " + z + digits(r, 2)


DOB_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def dob(ctx):
    r = ctx.rng
    y, m, d = r.randrange(1938, 2004), r.randrange(1, 13), r.randrange(1, 29)
    lang = ctx.lang
    st = r.randrange(4)
    if lang == "en-us":
        return [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{DOB_MONTHS['en'][m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"][st]
    if lang == "en-gb":
        return [f"{d:02d}/{m:02d}/{y}", f"{d} {DOB_MONTHS['en'][m-1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"][st]
    mon = DOB_MONTHS["fr" if lang == "fr-be" else "nl"][m - 1]
    return [f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"][st]


# ---------------------------------------------------------------- customer numbers
def custno(ctx):
    r = ctx.rng
    st = r.randrange(6)
    return [digits(r, 8, True), digits(r, 10, True), "K" + digits(r, 7), digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3),
            "KL-" + digits(r, 6), digits(r, 7, True)][st]


def ean(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    if reg == "nl":
        s = "8716" + digits(r, 14)
    elif reg == "be":
        s = "5414" + digits(r, 14)
    elif reg == "uk":  # MPAN core
        s = digits(r, 13, True)
        return r.choice([s, s[:2] + " " + s[2:6] + " " + s[6:10] + " " + s[10:]])
    else:
        s = digits(r, 12, True)
        return r.choice([s, group(s, 4, "-"), group(s, 4)])
    return r.choice([s, s, s, group(s, 6), "EAN" + s if False else s])


def mprn(ctx):
    return digits(ctx.rng, ctx.rng.choice([8, 9, 10]), True)


def policy(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    if reg == "nl":
        return r.choice(["W" + digits(r, 7), "HV" + digits(r, 8), digits(r, 2) + "." + digits(r, 3) + "." + digits(r, 3), "IB-" + digits(r, 6) + "-" + digits(r, 2)])
    if reg == "be":
        return r.choice([digits(r, 3) + "/" + digits(r, 7), "BA" + digits(r, 8), digits(r, 2) + "." + digits(r, 6) + "." + digits(r, 2), "W" + digits(r, 9)])
    if reg == "uk":
        return r.choice(["HOM" + digits(r, 7), "PH/" + digits(r, 6) + "/" + digits(r, 2), "".join(r.choice(UP) for _ in range(3)) + digits(r, 8), "HC" + digits(r, 9)])
    return r.choice(["HO3-" + digits(r, 7), digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 3), "H" + digits(r, 9), "RNT" + digits(r, 8)])


def contract(ctx):
    r = ctx.rng
    return r.choice(["HC-" + digits(r, 6), "C" + digits(r, 8), digits(r, 4) + "-" + digits(r, 5), "VHE " + digits(r, 5), "T" + digits(r, 6) + "/" + digits(r, 2)])


def loanno(ctx):
    r = ctx.rng
    return r.choice([digits(r, 10, True), digits(r, 2) + "." + digits(r, 2) + "." + digits(r, 3) + "." + digits(r, 3), "L" + digits(r, 9), digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 3)])


def siteid(ctx):
    return digits(ctx.rng, ctx.rng.choice([6, 7, 7]), True)


def meterid(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    if reg == "uk":
        return digits(r, 2) + r.choice(UP) + digits(r, 7)
    if reg == "us":
        return digits(r, 9, True)
    return r.choice(["E00" + digits(r, 2) + "00" + digits(r, 10), "G00" + digits(r, 2) + "00" + digits(r, 10), "1SAG" + digits(r, 10), "E" + digits(r, 7)])


def ip(ctx):
    r = ctx.rng
    st = r.randrange(5)
    if st < 2:
        return f"192.168.{r.choice([0, 1, 1, 2, 178, 68])}.{r.randrange(2, 254)}"
    if st == 2:
        return f"10.0.{r.randrange(0, 20)}.{r.randrange(2, 254)}"
    return f"{r.choice([84, 86, 77, 62, 81, 94, 109, 178, 213, 24, 73, 98])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"


# ---------------------------------------------------------------- negatives
def n_date(ctx):
    r = ctx.rng
    y, m, d = r.choice([2023, 2024, 2025, 2026]), r.randrange(1, 13), r.randrange(1, 29)
    lang = ctx.lang
    if lang == "en-us":
        return r.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{DOB_MONTHS['en'][m-1]} {d}", f"{DOB_MONTHS['en'][m-1][:3]} {d}, {y}"])
    if lang == "en-gb":
        return r.choice([f"{d}/{m:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {DOB_MONTHS['en'][m-1]}", f"{d}th {DOB_MONTHS['en'][m-1][:3]}"])
    mon = DOB_MONTHS["fr" if lang == "fr-be" else "nl"][m - 1]
    return r.choice([f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon}", f"{d}/{m}", f"{d} {mon} {y}"])


def n_time(ctx):
    r = ctx.rng
    h, m = r.randrange(7, 22), r.choice([0, 15, 30, 45, 10, 5])
    if ctx.lang == "en-us":
        return r.choice([f"{(h-1)%12+1}:{m:02d} {'am' if h < 12 else 'pm'}", f"{(h-1)%12+1}{'am' if h < 12 else 'pm'}", f"{h}:{m:02d}"])
    if ctx.lang in ("nl-be", "fr-be"):
        return r.choice([f"{h}u{m:02d}", f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}u"])
    return r.choice([f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h:02d}:{m:02d}"])


def n_amount(ctx):
    r = ctx.rng
    v = r.choice([r.randrange(5, 300), r.randrange(300, 15000)])
    c = r.randrange(0, 100)
    reg = region(ctx.lang)
    if reg == "uk":
        return r.choice([f"£{v:,}", f"£{v:,}.{c:02d}", f"£{v}"])
    if reg == "us":
        return r.choice([f"${v:,}", f"${v:,}.{c:02d}", f"${v}"])
    vs = f"{v:,}".replace(",", ".")
    return r.choice([f"€{vs},{c:02d}", f"€ {vs},-", f"{vs} euro", f"€{v}", f"{vs},{c:02d} EUR"])


def n_qty(ctx):
    r = ctx.rng
    en = region(ctx.lang) in ("uk", "us")
    opts = [f"{r.randrange(6, 30)} {'panels' if en else ('panneaux' if ctx.lang == 'fr-be' else 'panelen')}",
            f"{r.randrange(3, 12)},{r.randrange(0, 10)} kWp" if not en else f"{r.randrange(3, 12)}.{r.randrange(0, 10)} kWp",
            f"{r.choice([5, 10, 13.5, 15, 9.6])} kWh", f"{r.randrange(1800, 6500)} kWh", f"{r.randrange(2, 16)} kW",
            f"{r.randrange(400, 2200)} m3" if not en else f"{r.randrange(400, 2200)} therms"]
    return r.choice(opts)


def n_pct(ctx):
    r = ctx.rng
    return r.choice([f"{r.randrange(1, 100)}%", f"{r.randrange(1, 10)},{r.randrange(0, 10)}%", f"{r.randrange(1, 30)} %"])


def n_year(ctx):
    return str(ctx.rng.randrange(1930, 2026))


def n_order(ctx):
    r = ctx.rng
    return r.choice(["ORD-" + digits(r, 7), digits(r, 8, True), "SO" + digits(r, 6), "#" + digits(r, 6), "WEB-" + digits(r, 4) + "-" + digits(r, 5)])


def n_ticket(ctx):
    r = ctx.rng
    return r.choice(["Z-" + digits(r, 4) + "-" + digits(r, 5), "INC" + digits(r, 7), "CAS-" + digits(r, 5) + "-" + "".join(r.choice(UP + DG) for _ in range(6)),
                     "RP" + digits(r, 6), digits(r, 4) + "/" + digits(r, 6), "MLD-" + digits(r, 6), "#" + digits(r, 7)])


def n_claim(ctx):
    r = ctx.rng
    return r.choice(["S" + digits(r, 8), "CLM-" + digits(r, 7), digits(r, 2) + "-" + digits(r, 3) + "-" + digits(r, 3), "SCH" + digits(r, 4) + "." + digits(r, 4), "2024/" + digits(r, 6)])


def n_invoice(ctx):
    r = ctx.rng
    return r.choice(["F" + str(r.randrange(2023, 2026)) + "-" + digits(r, 5), "INV-" + digits(r, 6), digits(r, 10, True), "FAC/" + digits(r, 6), "VF" + digits(r, 7)])


def n_tracking(ctx):
    r = ctx.rng
    return r.choice(["3S" + "".join(r.choice(UP) for _ in range(4)) + digits(r, 7), "1Z" + "".join(r.choice(UP + DG) for _ in range(16)),
                     "JVGL" + digits(r, 14), "CD" + digits(r, 9) + "BE", digits(r, 24, True)[:22]])


def n_reqid(ctx):
    r = ctx.rng
    h = "0123456789abcdef"
    u = "-".join("".join(r.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12))
    return r.choice([u, "req_" + "".join(r.choice(LO + DG) for _ in range(14)), "X-" + digits(r, 10)])


def n_error(ctx):
    r = ctx.rng
    return r.choice(["E" + digits(r, 2), "F" + digits(r, 2), "Err " + digits(r, 3), "0x" + "".join(r.choice("0123456789ABCDEF") for _ in range(8)),
                     "E-" + digits(r, 3), "A" + digits(r, 2) + "-" + digits(r, 2), "ERR_" + r.choice(["TIMEOUT", "AUTH_FAILED", "GRID_LOSS", "ISO_FAULT"]),
                     r.choice(["H", "U"]) + digits(r, 2)])


def n_version(ctx):
    r = ctx.rng
    return r.choice([f"v{r.randrange(1, 6)}.{r.randrange(0, 30)}.{r.randrange(0, 99)}", f"{r.randrange(1, 9)}.{r.randrange(0, 40)}.{r.randrange(0, 9)}",
                     f"V{r.randrange(100, 400)}R{r.randrange(1, 9):03d}C{r.randrange(10, 99)}SPC{r.randrange(100, 200)}", f"{r.randrange(2023, 2026)}.{r.randrange(1, 13)}.{r.randrange(1, 5)}"])


def n_product(ctx):
    r = ctx.rng
    return r.choice(["SKU-" + digits(r, 6), "ART" + digits(r, 7), digits(r, 13, True), "P/N " + digits(r, 3) + "-" + digits(r, 4), "REF " + "".join(r.choice(UP) for _ in range(3)) + digits(r, 4)])


def n_flight(ctx):
    r = ctx.rng
    return r.choice(["KL", "HV", "SN", "BA", "U2", "FR", "UA", "DL", "TB"]) + r.choice(["", " "]) + str(r.randrange(100, 9000))


def n_cphone(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    if reg == "nl":
        return r.choice(["0800-" + digits(r, 4), "0900-" + digits(r, 4), "088 " + digits(r, 3) + " " + digits(r, 4), "0900 " + digits(r, 3) + " " + digits(r, 4), "085-" + digits(r, 7)])
    if reg == "be":
        return r.choice(["078 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2), "0800 " + digits(r, 2) + " " + digits(r, 3), "070 " + digits(r, 3) + " " + digits(r, 3), "+32 78 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2)])
    if reg == "uk":
        return r.choice(["0800 " + digits(r, 3) + " " + digits(r, 4), "0345 " + digits(r, 3) + " " + digits(r, 4), "0330 " + digits(r, 3) + " " + digits(r, 4), "0808 " + digits(r, 3) + " " + digits(r, 4)])
    return r.choice(["1-800-" + digits(r, 3, True) + "-" + digits(r, 4), "(888) " + digits(r, 3, True) + "-" + digits(r, 4), "1-877-" + digits(r, 3, True) + "-" + digits(r, 4), "800.555." + digits(r, 4)])


def n_kvk(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    if reg == "nl":
        return digits(r, 8, True)
    if reg == "be":
        return "0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3)
    if reg == "uk":
        return digits(r, 8, True)
    return digits(r, 2) + "-" + digits(r, 7)


def n_vat(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    if reg == "nl":
        return "NL" + digits(r, 9) + "B0" + r.choice("123")
    if reg == "be":
        return r.choice(["BE 0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3), "BE0" + digits(r, 9)])
    if reg == "uk":
        return "GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2)
    return digits(r, 2) + "-" + digits(r, 7)


def n_masked(ctx):
    r = ctx.rng
    l4 = digits(r, 4)
    return r.choice(["****" + l4, "**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4, "•••• " + l4, "xxxxxxxxxxxx" + l4, "************" + l4])


def n_masked_iban(ctx):
    r = ctx.rng
    cc = {"nl": "NL", "be": "BE", "uk": "GB", "us": "NL"}[region(ctx.lang)]
    return r.choice([cc + "** **** **** **" + digits(r, 2) + " " + digits(r, 2), cc + "**" + "*" * 10 + digits(r, 4), cc + "XX XXXX XXXX " + digits(r, 4), "…" + digits(r, 4)])


def n_masked_mail(ctx):
    f = ascii_fold(ctx.value("first")).lower()
    return f[0] + "***" + "@" + ctx.rng.choice(MAILDOM[region(ctx.lang)])


def n_masked_phone(ctx):
    r = ctx.rng
    reg = region(ctx.lang)
    return {"nl": "06-****" + digits(r, 4), "be": "04** ** " + digits(r, 2) + " " + digits(r, 2), "uk": "07*** ***" + digits(r, 3), "us": "(***) ***-" + digits(r, 4)}[reg]


def n_meter(ctx):
    r = ctx.rng
    st = r.randrange(4)
    if st == 0:
        return digits(r, 5, False)
    if st == 1:
        return f"{r.randrange(1000, 60000):06d}" + ("," if region(ctx.lang) in ("nl", "be") else ".") + digits(r, 3)
    if st == 2:
        return str(r.randrange(100, 9999)) + ("," if region(ctx.lang) in ("nl", "be") else ".") + digits(r, 1)
    return f"{r.randrange(0, 99999):05d}"


def n_port(ctx):
    return ctx.rng.choice(["502", "8080", "1883", "443", "80", "8123", "1502", "6607", "8883", "5000"])


def n_checksum(ctx):
    r = ctx.rng
    return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 64, 40])))


def n_postcode_area(ctx):
    return ctx.value("city")
