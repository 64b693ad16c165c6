"""Value generators for the blind110 corpus (labelled values and hard negatives).

Every generator takes (rng, loc, variant) where loc is one of nl, be, bef, gb, us.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def d(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def nz(rng, n):
    return rng.choice("123456789") + d(rng, n - 1)


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(s)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + d(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def bsn_ok(s):
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 9:
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0


def rrn_ok(s):
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 11:
        return False
    base, chk = int(s[:9]), int(s[9:])
    return 97 - base % 97 == chk or 97 - int("2" + s[:9]) % 97 == chk


# ---------------------------------------------------------------- high risk
PW_WORDS = ["Zomer", "Winter", "Tulp", "Fiets", "Bruiloft", "Lente", "Soleil", "Maison", "Sunshine",
            "Dragon", "Monkey", "Bril", "Kaas", "Oranje", "Brussel", "Liverpool", "Yankees", "Pluto",
            "Molen", "Vlinder", "Chocolat", "Lunette", "Garden", "Bicycle", "Koffie", "Haring"]
SYMS = "!@#$%&*?+._-"


def password(rng, loc, v=None):
    k = v or rng.choice(["word", "word", "rand", "phrase", "leet", "lower"])
    if k == "word":
        return rng.choice(PW_WORDS) + d(rng, rng.choice([2, 4])) + rng.choice(SYMS[:6])
    if k == "rand":
        n = rng.randint(10, 16)
        s = [rng.choice(ALNUM + "!#%&*") for _ in range(n)]
        s[0] = rng.choice(ALNUM)
        s[-1] = rng.choice(ALNUM)
        return "".join(s)
    if k == "phrase":
        w = rng.sample(["paard", "blauw", "raket", "appel", "tigre", "vert", "horse", "staple", "battery",
                        "correct", "molen", "wolk", "lune", "river", "stoel", "kapsalon"], 3)
        return rng.choice(["-", ".", "_"]).join(w) + d(rng, 1)
    if k == "leet":
        w = rng.choice(["P@ssw0rd", "W3lk0m", "Br1lle", "Tandarts", "Parkeer", "G3heim", "S3cr3t", "Bibl1o"])
        return w + d(rng, rng.choice([1, 2, 3])) + rng.choice(["!", "#", "", "?"])
    return rng.choice(PW_WORDS).lower() + d(rng, rng.randint(2, 6))


def pin(rng, loc, v=None):
    k = v or rng.choice(["4", "4", "4", "5", "6", "spaced", "hash"])
    if k == "spaced":
        return " ".join(d(rng, 4))
    if k == "hash":
        return d(rng, 4) + "#"
    if k == "star":
        return "*" + d(rng, 4)
    return d(rng, int(k))


def puk(rng, loc, v=None):
    k = v or rng.choice(["plain", "plain", "sp"])
    x = d(rng, 8)
    return x if k == "plain" else x[:4] + " " + x[4:]


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, loc, v=None):
    k = v or rng.choice(["6", "6", "6", "sp", "dash", "8", "4", "words", "pref"])
    if k == "words":
        lang = {"nl": "nl", "be": "nl", "bef": "fr"}.get(loc, "en")
        x = d(rng, 6)
        sep = rng.choice([" ", " ", "-", ", "])
        return sep.join(NUMW[lang][int(c)] for c in x)
    if k == "sp":
        return d(rng, 3) + " " + d(rng, 3)
    if k == "dash":
        return d(rng, 3) + "-" + d(rng, 3)
    if k == "pref":
        return rng.choice(["G-", "A-", ""]) + d(rng, 6)
    if k == "alnum":
        return "".join(rng.choice(UP + DIG) for _ in range(8))
    return d(rng, int(k))


def wifi_key(rng, loc, v=None):
    k = v or rng.choice(["rand", "rand", "words", "hex"])
    if k == "hex":
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 16, 26])))
    if k == "words":
        return rng.choice(["Welkom", "Bienvenue", "Gasten", "Guest", "Bieb", "Tuinzaal", "Kasteel"]) + \
            rng.choice(["", "_", "-"]) + d(rng, 4) + rng.choice(["", "!", "#"])
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(12, 20)))


UNAMES = ["jdevries", "mjanssens", "sophie.peeters", "tom_bakker", "lisa.m", "pvdberg", "k.dubois",
          "nathalie_lemaire", "jsmith", "kate.o", "ricky_m", "brandon.k", "evandam", "w.claes", "a.maes",
          "hannah_w", "mikeb", "fleur.j", "daan.vis", "emmaw", "lucas.d", "ines_m", "gkowalski"]


def username(rng, loc, v=None):
    k = v or rng.choice(["name", "name", "digits", "gg"])
    if k == "gg":  # Government Gateway style user ID
        x = d(rng, 12)
        return rng.choice([x, x[:4] + " " + x[4:8] + " " + x[8:]])
    if k == "digits":
        return rng.choice(UNAMES).replace(".", "") + d(rng, rng.choice([2, 4]))
    return rng.choice(UNAMES) + rng.choice(["", "", d(rng, 2), "_" + d(rng, 2)])


def api_key(rng, loc, v=None):
    k = v or rng.choice(["sk", "aws", "aws_secret", "google", "sg", "hex", "pk"])
    if k == "sk":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + "".join(rng.choice(ALNUM) for _ in range(24))
    if k == "pk":
        return "pk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if k == "aws":
        return "AKIA" + "".join(rng.choice(UP + "234567") for _ in range(16))
    if k == "aws_secret":
        return "".join(rng.choice(ALNUM + "/+") for _ in range(40))
    if k == "google":
        return "AIza" + "".join(rng.choice(ALNUM + "-_") for _ in range(35))
    if k == "sg":
        return "SG." + "".join(rng.choice(ALNUM) for _ in range(22)) + "." + "".join(rng.choice(ALNUM) for _ in range(43))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def _b64u(rng, n):
    return "".join(rng.choice(ALNUM + "-_") for _ in range(n))


def token(rng, loc, v=None):
    k = v or rng.choice(["jwt", "hex", "ghp", "sess", "xox", "oauth"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64u(rng, rng.randint(30, 60)) + "." + _b64u(rng, 43)
    if k == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if k == "ghp":
        return rng.choice(["ghp_", "github_pat_", "glpat-"]) + "".join(rng.choice(ALNUM) for _ in range(36))
    if k == "xox":
        return "xoxb-" + d(rng, 11) + "-" + d(rng, 12) + "-" + "".join(rng.choice(ALNUM) for _ in range(24))
    if k == "oauth":
        return "ya29." + _b64u(rng, 60)
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(26, 40)))


def card(rng, loc, v=None):
    b = v or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if b == "visa":
        n = luhn_complete("4", 16, rng)
    elif b == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16, rng)
    elif b == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        g = rng.choice([" ", "-", ""])
        return g.join([n[:4], n[4:10], n[10:]])
    else:
        n = luhn_complete("6759", rng.choice([16, 19]), rng)
    g = rng.choice([" ", " ", "-", "", "  ", "."])
    if len(n) == 19 and g:
        return g.join([n[:4], n[4:8], n[8:12], n[12:16], n[16:]])
    return g.join(n[i:i + 4] for i in range(0, len(n), 4))


def cvv(rng, loc, v=None):
    return d(rng, 4 if v == "amex" else 3)


def _grp(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(rng, loc, v=None):
    c = v or {"nl": "NL", "be": "BE", "bef": "BE", "gb": "GB", "us": rng.choice(["GB", "NL", "DE"])}[loc]
    if rng.random() < 0.15:
        c = rng.choice(["DE", "FR", "NL", "BE", "LU", "ES"])
    if c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + d(rng, 10)
    elif c == "BE":
        x = nz(rng, 10)
        m = int(x) % 97 or 97
        bban = x + f"{m:02d}"
    elif c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(rng, 14)
    elif c == "DE":
        bban = d(rng, 18)
    elif c == "FR":
        bban = d(rng, 23)
    elif c == "LU":
        bban = d(rng, 16)
    else:
        bban = d(rng, 20)
    s = make_iban(c, bban)
    f = rng.random()
    if f < 0.55:
        s = _grp(s)
    elif f < 0.62:
        s = _grp(s, "-")
    if rng.random() < 0.1:
        s = s.lower()
    return s


def bsn(rng, loc, v=None):
    if v == "rrn" or (v is None and loc in ("be", "bef")):
        y = rng.randint(1940, 2006)
        yy, mm, dd = y % 100, rng.randint(1, 12), rng.randint(1, 28)
        seq = rng.randint(1, 998)
        base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
        chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
        s = base + f"{chk:02d}"
        f = rng.choice(["dots", "dots", "plain", "sp", "dash"])
        if f == "dots":
            return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
        if f == "sp":
            return f"{s[:6]} {s[6:9]} {s[9:]}"
        if f == "dash":
            return f"{s[:6]}-{s[6:9]}-{s[9:]}"
        return s
    while True:
        x = nz(rng, 8)
        c = sum(int(x[i]) * (9 - i) for i in range(8)) % 11
        if c < 10:
            s = x + str(c)
            break
    f = rng.choice(["plain", "plain", "dots", "sp", "sp2"])
    if f == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if f == "sp":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if f == "sp2":
        return f"{s[:4]} {s[4:6]} {s[6:]}"
    return s


FIRST = ["jan", "sanne", "pieter", "lotte", "bram", "eva", "wout", "lien", "sophie", "julien", "marie",
         "thomas", "emily", "jack", "olivia", "tyler", "megan", "kees", "anouk", "fien", "arnaud", "chloe"]
LAST = ["devries", "jansen", "bakker", "peeters", "maes", "claes", "dubois", "lambert", "smith", "jones",
        "taylor", "walker", "miller", "vandenberg", "wouters", "mertens", "leclercq", "obrien", "visser"]
DOMS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
        "be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.be", "proximus.be", "outlook.be"],
        "bef": ["gmail.com", "skynet.be", "voo.be", "hotmail.fr", "yahoo.fr", "proximus.be"],
        "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
        "us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net", "outlook.com"]}


def email(rng, loc, v=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    k = rng.choice(["f.l", "fl", "f_l", "fLdd", "i.l", "f+tag"])
    if k == "f.l":
        u = f"{f}.{l}"
    elif k == "fl":
        u = f + l
    elif k == "f_l":
        u = f"{f}_{l}"
    elif k == "fLdd":
        u = f + l[:3] + d(rng, 2)
    elif k == "i.l":
        u = f"{f[0]}.{l}"
    else:
        u = f + "+" + rng.choice(["parking", "energie", "bieb", "trouwen", "tax"])
    if rng.random() < 0.15:
        u = u.capitalize()
    return u + "@" + rng.choice(DOMS[loc])


def phone(rng, loc, v=None):
    if loc == "nl":
        k = v or rng.choice(["m1", "m2", "m3", "m4", "m5", "l1", "l2"])
        m = d(rng, 8)
        if k == "m1":
            return "06-" + m
        if k == "m2":
            return "06 " + " ".join([m[:2], m[2:4], m[4:6], m[6:]])
        if k == "m3":
            return "+31 6 " + m[:4] + " " + m[4:]
        if k == "m4":
            return "0031" + "6" + m
        if k == "m5":
            return "+316" + m
        if k == "l1":
            return rng.choice(["020", "010", "030", "070", "040", "050"]) + "-" + d(rng, 7)
        return "0" + rng.choice(["71", "72", "38", "53", "45"]) + " " + d(rng, 3) + " " + d(rng, 4)
    if loc in ("be", "bef"):
        k = v or rng.choice(["m1", "m2", "m3", "m4", "l1", "l2"])
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "495", "496", "499"])
        a, b, c = d(rng, 2), d(rng, 2), d(rng, 2)
        if k == "m1":
            return f"0{p} {a} {b} {c}"
        if k == "m2":
            return f"0{p}/{a}.{b}.{c}"
        if k == "m3":
            return f"+32 {p} {a}{b}{c}" if rng.random() < .5 else f"+32 {p} {a} {b} {c}"
        if k == "m4":
            return f"0032{p}{a}{b}{c}"
        if k == "l1":
            return f"0{rng.choice(['2', '3', '9', '4'])} {d(rng, 3)} {a} {b}"
        return f"0{rng.choice(['2', '3', '9'])}/{d(rng, 3)}.{a}.{b}"
    if loc == "gb":
        k = v or rng.choice(["m1", "m2", "m3", "l1", "l2"])
        if k == "m1":
            return "07" + d(rng, 3) + " " + d(rng, 6)
        if k == "m2":
            return "+44 7" + d(rng, 3) + " " + d(rng, 6)
        if k == "m3":
            return "+44 (0)7" + d(rng, 3) + " " + d(rng, 3) + " " + d(rng, 3)
        if k == "l1":
            return "020 " + d(rng, 4) + " " + d(rng, 4)
        return "0161 " + d(rng, 3) + " " + d(rng, 4)
    k = v or rng.choice(["a", "b", "c", "d", "e"])
    ac = rng.choice(["212", "312", "415", "646", "718", "503", "617", "713", "305"])
    x, y = nz(rng, 3), d(rng, 4)
    if k == "a":
        return f"({ac}) {x}-{y}"
    if k == "b":
        return f"{ac}-{x}-{y}"
    if k == "c":
        return f"+1 {ac} {x} {y}"
    if k == "d":
        return f"{ac}.{x}.{y}"
    return f"1-{ac}-{x}-{y}"


def date_of_birth(rng, loc, v=None):
    y, m, dd = rng.randint(1941, 2005), rng.randint(1, 12), rng.randint(1, 28)
    return fmt_date(rng, loc, y, m, dd, v)


MON = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fmt_date(rng, loc, y, m, dd, v=None, noyear=False):
    lang = {"nl": "nl", "be": "nl", "bef": "fr"}.get(loc, "en")
    k = v or rng.choice(["num", "num", "long", "short", "iso"])
    if noyear:
        if lang == "en" and loc == "us":
            return rng.choice([f"{MON['en'][m - 1]} {dd}", f"{m}/{dd}"])
        if lang == "en":
            return rng.choice([f"{dd} {MON['en'][m - 1]}", f"{dd}/{m:02d}"])
        return rng.choice([f"{dd} {MON[lang][m - 1]}", f"{dd}/{m}", f"{dd}-{m}"])
    if k == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if lang == "en":
        if loc == "us":
            if k == "num":
                return f"{m:02d}/{dd:02d}/{y}"
            if k == "long":
                return f"{MON['en'][m - 1]} {dd}, {y}"
            return f"{m}-{dd}-{str(y)[2:]}"
        if k == "num":
            return f"{dd:02d}/{m:02d}/{y}"
        if k == "long":
            return f"{dd}{rng.choice(['', 'th'] if dd > 3 else [''])} {MON['en'][m - 1]} {y}"
        return f"{dd}.{m:02d}.{str(y)[2:]}"
    if k == "num":
        return f"{dd:02d}{rng.choice(['-', '/', '.'])}{m:02d}{rng.choice(['-', '/', '.'])}{y}" if lang == "nl" else f"{dd:02d}/{m:02d}/{y}"
    if k == "long":
        return f"{dd} {MON[lang][m - 1]} {y}"
    return f"{dd}-{m}-{str(y)[2:]}" if lang == "nl" else f"{dd}/{m}/{str(y)[2:]}"


def customer_number(rng, loc, v=None):
    k = v or rng.choice(["plain", "plain", "pref"])
    if k == "ean":
        x = "8716" + d(rng, 14)
        return x if rng.random() < .7 else " ".join([x[:6], x[6:12], x[12:]])
    if k == "eanbe":
        return "5414" + d(rng, 14)
    if k == "lib":
        return rng.choice(["2", "21", "29"]) + d(rng, 12) if rng.random() < .6 else d(rng, 4) + " " + d(rng, 4) + " " + d(rng, 4)
    if k == "permit":
        return rng.choice(["VG", "BV", "PV", "RP", "P"]) + rng.choice(["-", "", " "]) + d(rng, 6)
    if k == "utr":
        x = d(rng, 10)
        return x if rng.random() < .6 else x[:5] + " " + x[5:]
    if k == "patient":
        return rng.choice(["P", "PAT-", "", "00"]) + d(rng, rng.choice([5, 6, 7]))
    if k == "policy":
        return rng.choice(["", "POL", "ZK-", "H"]) + d(rng, 9)
    if k == "mpan":
        return "".join([d(rng, 2), " ", d(rng, 4), " ", d(rng, 4), " ", d(rng, 3)])
    if k == "acct":  # US utility/IRS-style account number
        return d(rng, 4) + "-" + d(rng, 4) + "-" + d(rng, 2)
    if k == "member":
        return rng.choice(["M", "LID", "", "WB-"]) + d(rng, 6)
    if k == "pref":
        return rng.choice(["KL", "CU", "C-", "100", "A"]) + d(rng, rng.choice([6, 7, 8]))
    return nz(rng, rng.choice([7, 8, 9, 10]))


def card_expiry(rng, loc, v=None):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}", f"{m:02d}{y}", f"{m}/{y}"])


def ip_address(rng, loc, v=None):
    k = v or rng.choice(["pub", "pub", "lan", "v6"])
    if k == "lan":
        return rng.choice(["192.168.1.", "192.168.178.", "10.0.0.", "192.168.0."]) + str(rng.randint(2, 254))
    if k == "v6":
        return "2a02:" + ":".join("%x" % rng.randint(0, 65535) for _ in range(3)) + "::" + "%x" % rng.randint(1, 65535)
    return ".".join(str(x) for x in [rng.choice([77, 81, 84, 94, 145, 178, 213, 62, 86, 24, 73, 98]),
                                     rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254)])


# ---------------------------------------------------------------- addresses
PC_NL = lambda rng: f"{rng.randint(1011, 9999)} {rng.choice(UP)}{rng.choice(UP)}"


def address(rng, loc, v, street, city):
    """street/city come from dealt pools; v selects layout."""
    n = str(rng.randint(1, 240))
    if loc == "nl":
        n += rng.choice(["", "", "", "a", "-2", " hs", " II", "B"])
        pc = PC_NL(rng)
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        k = v or rng.choice(["full", "full", "comma2", "street"])
        if k == "street":
            return f"{street} {n}"
        if k == "comma2":
            return f"{street} {n}\n{pc} {city.upper() if rng.random() < .3 else city}"
        return f"{street} {n}, {pc} {city}"
    if loc in ("be", "bef"):
        pc = str(rng.randint(1000, 9990))
        bus = rng.choice(["", "", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}", f" boîte {rng.randint(1, 9)}" if loc == "bef" else " b2"])
        k = v or rng.choice(["full", "full", "street", "nl2"])
        if loc == "bef" and rng.random() < 0.5 and not street.startswith(("Rue", "Avenue", "Chaussée", "Place", "Boulevard", "Clos")):
            pass
        if k == "street":
            return f"{street} {n}{bus}"
        if k == "nl2":
            return f"{street} {n}{bus}\n{pc} {city}"
        if loc == "bef" and rng.random() < .3:
            return f"{n}, {street}, {pc} {city}"
        return f"{street} {n}{bus}, {pc} {city}"
    if loc == "gb":
        pc = rng.choice(["SW1A", "M14", "LS6", "BS8", "EH3", "NW3", "B15", "CF10", "E17", "G12"]) + " " + str(rng.randint(1, 9)) + rng.choice(UP) + rng.choice(UP)
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 30)}, ", f"{rng.randint(1, 9)}{rng.choice('ABC')} "])
        k = v or rng.choice(["full", "full", "street", "lines"])
        if k == "street":
            return f"{flat}{n} {street}"
        if k == "lines":
            return f"{flat}{n} {street}\n{city}\n{pc}"
        return f"{flat}{n} {street}, {city} {pc}"
    st = rng.choice(["NY", "IL", "CA", "MA", "TX", "OR", "WA", "FL"])
    z = f"{rng.randint(10001, 99950):05d}"
    apt = rng.choice(["", "", "", f" Apt {rng.randint(1, 40)}{rng.choice(['', 'B'])}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 20)}"])
    k = v or rng.choice(["full", "full", "street", "lines"])
    n = str(rng.randint(10, 9800))
    if k == "street":
        return f"{n} {street}{apt}"
    if k == "lines":
        return f"{n} {street}{apt}\n{city}, {st} {z}"
    return f"{n} {street}{apt}, {city}, {st} {z}"


# ---------------------------------------------------------------- negatives
CUR = {"nl": ["€ {a},{c}", "€{a},{c}", "EUR {a},{c}", "{a},{c} euro", "€{a},-"],
       "be": ["€ {a},{c}", "{a},{c} EUR", "€{a},{c}", "{a} euro"],
       "bef": ["{a},{c} €", "{a},{c} EUR", "€ {a},{c}", "{a} euros"],
       "gb": ["£{a}.{c}", "£{a}", "GBP {a}.{c}", "£ {a}.{c}"],
       "us": ["${a}.{c}", "${a}", "USD {a}.{c}", "{a}.{c} dollars"]}


def neg(rng, loc, kind, v=None):
    lang = {"nl": "nl", "be": "nl", "bef": "fr"}.get(loc, "en")
    if kind == "amount":
        a = str(rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 4999)]))
        if len(a) == 4 and rng.random() < .5:
            a = a[0] + ("," if lang == "en" else ".") + a[1:]
        return rng.choice(CUR[loc]).format(a=a, c=d(rng, 2))
    if kind == "date":
        return fmt_date(rng, loc, rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28), v,
                        noyear=rng.random() < .35)
    if kind == "time":
        h, m = rng.randint(8, 20), rng.choice([0, 15, 30, 45, 10, 50])
        if lang == "en" and loc == "us":
            return rng.choice([f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}"])
        if lang == "nl":
            return rng.choice([f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d} uur", f"{h}u{m:02d}" if loc == "be" else f"{h}.{m:02d} uur"])
        if lang == "fr":
            return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h}:{m:02d}"])
        return rng.choice([f"{h}:{m:02d}", f"{h % 12 or 12}.{m:02d}{'pm' if h >= 12 else 'am'}"])
    if kind == "quantity":
        n = rng.randint(2, 180)
        u = {"nl": ["stuks", "gasten", "boeken", "lenzen", "dagen", "kWh", "m³", "personen", "weken"],
             "fr": ["invités", "livres", "lentilles", "jours", "kWh", "m³", "personnes", "pièces"],
             "en": ["guests", "books", "lenses", "days", "kWh", "boxes", "people", "sessions"]}[lang]
        return f"{n} {rng.choice(u)}"
    if kind == "percentage":
        return rng.choice([f"{rng.randint(2, 60)}%", f"{rng.randint(2, 30)} %", f"{rng.randint(1, 25)},{rng.randint(1, 9)}%" if lang != "en" else f"{rng.randint(1, 25)}.{rng.randint(1, 9)}%"])
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "order_number":
        return rng.choice([f"ORD-{rng.randint(2023, 2025)}-{d(rng, 5)}", f"#{nz(rng, 7)}", f"BST{d(rng, 8)}",
                           f"{rng.choice(UP)}{rng.choice(UP)}-{d(rng, 6)}", f"WO{d(rng, 7)}"])
    if kind == "ticket_number":
        return rng.choice([f"#{nz(rng, 6)}", f"CAS-{d(rng, 6)}-{rng.choice(UP)}{d(rng, 1)}{rng.choice(UP)}{d(rng, 1)}",
                           f"Z-{rng.randint(2024, 2025)}-{d(rng, 5)}", f"INC{d(rng, 7)}", f"{d(rng, 2)}-{d(rng, 7)}",
                           f"KL{d(rng, 6)}-{rng.randint(1, 9)}"])
    if kind == "invoice_number":
        return rng.choice([f"F{rng.randint(2024, 2025)}-{d(rng, 5)}", f"INV-{d(rng, 6)}", f"{rng.randint(2024, 2025)}/{d(rng, 4)}",
                           f"FAC{d(rng, 7)}", f"NT-{d(rng, 5)}"])
    if kind == "tracking_number":
        return rng.choice(["3S" + "".join(rng.choice(UP) for _ in range(4)) + d(rng, 9), "1Z" + "".join(rng.choice(UP + DIG) for _ in range(16)),
                           "CD" + d(rng, 9) + "BE", "JJD" + d(rng, 18), "RR" + d(rng, 9) + "GB"])
    if kind == "request_id":
        h = "0123456789abcdef"
        return rng.choice(["req_" + "".join(rng.choice(ALNUM) for _ in range(14)),
                           "-".join("".join(rng.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12)),
                           "REF-" + "".join(rng.choice(UP + DIG) for _ in range(10))])
    if kind == "error_code":
        return rng.choice([f"E{rng.randint(100, 999)}", f"ERR-{rng.randint(1000, 9999)}", "0x8007" + d(rng, 4),
                           f"HTTP {rng.choice([500, 502, 503, 403, 404])}", f"PK-{d(rng, 3)}", f"code {rng.randint(10, 99)}",
                           rng.choice(["ERR_CONNECTION_RESET", "SSL_ERROR_BAD_CERT", "E_PAYMENT_DECLINED"])])
    if kind == "version_string":
        return rng.choice([f"v{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(3, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}",
                           f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}",
                           f"{rng.randint(2, 8)}.{rng.randint(0, 9)}.{rng.randint(0, 9)} (build {d(rng, 4)})"])
    if kind == "percentage":
        return f"{rng.randint(2, 60)}%"
    if kind == "port":
        return str(rng.choice([80, 443, 8080, 8443, 1883, 502, 3000, 22, 5683, 8888]))
    if kind == "checksum":
        h = "0123456789abcdef"
        return "".join(rng.choice(h) for _ in range(rng.choice([32, 40, 64])))
    if kind == "meter_reading":
        return rng.choice([f"{rng.randint(1000, 99999)}", f"{d(rng, 5)},{d(rng, 1)}", f"{rng.randint(100, 9999)}.{d(rng, 3)}",
                           f"{rng.randint(1000, 60000)} kWh", f"{rng.randint(100, 9000)} m³"])
    if kind == "flight_number":
        return rng.choice(["KL", "HV", "BA", "SN", "FR", "U2", "AA", "UA", "DL", "TB"]) + rng.choice(["", " "]) + str(rng.randint(100, 2999))
    if kind == "masked_value":
        return rng.choice([f"****{d(rng, 4)}", f"**** **** **** {d(rng, 4)}", f"NL** **** **** **{d(rng, 2)} {d(rng, 2)}",
                           f"BE** **** **** {d(rng, 4)}", f"06-****{d(rng, 4)}", f"{rng.choice(FIRST)[0]}***@{rng.choice(DOMS[loc])}",
                           f"XXXX-XXXX-XXXX-{d(rng, 4)}", f"•••• {d(rng, 4)}", f"*** *** {d(rng, 3)}", f"ending {d(rng, 4)}" if lang == "en" else f"eindigend op {d(rng, 4)}"])
    if kind == "company_registration":
        if loc == "nl":
            return rng.choice([d(rng, 8), f"NL{d(rng, 9)}B0{rng.randint(1, 9)}"])
        if loc in ("be", "bef"):
            x = "0" + d(rng, 7)
            c = 97 - int(x) % 97
            s = x + f"{c:02d}"
            return rng.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s}", f"BE{s[:4]}.{s[4:7]}.{s[7:]}"])
        if loc == "gb":
            return rng.choice([f"{d(rng, 8)}", f"GB {d(rng, 3)} {d(rng, 4)} {d(rng, 2)}", f"SC{d(rng, 6)}"])
        return f"{d(rng, 2)}-{d(rng, 7)}"
    raise KeyError(kind)
