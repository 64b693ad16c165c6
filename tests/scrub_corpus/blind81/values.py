"""Value generators for the blind81 corpus (schools, childcare, education).

Every generator takes (rng, lang, ctx) and returns a string. Validators are used by the self-check.
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


def ch(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    digits = [int(c) for c in s if c.isdigit()]
    if len(digits) < 12:
        return False
    tot = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def bsn_ok(s):
    x = [int(c) for c in s if c.isdigit()]
    if len(x) != 9:
        return False
    tot = sum(x[i] * (9 - i) for i in range(8)) - x[8]
    return tot % 11 == 0


def nrn_ok(s):
    x = "".join(c for c in s if c.isdigit())
    if len(x) != 11:
        return False
    base, cc = int(x[:9]), int(x[9:])
    return 97 - base % 97 == cc or 97 - (2000000000 + base) % 97 == cc


# ---------------------------------------------------------------- high-risk
def luhn_complete(prefix, length, rng):
    body = prefix + d(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, lang, ctx):
    kind = rng.random()
    if kind < 0.5:
        num = luhn_complete("4" + d(rng, 5), 16, rng)
    elif kind < 0.85:
        num = luhn_complete(str(rng.randint(51, 55)) + d(rng, 4), 16, rng)
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + d(rng, 4), 15, rng)
        ctx.setdefault("_amex", True)
        f = rng.random()
        if f < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    f = rng.random()
    if f < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if f < 0.65:
        return num
    if f < 0.85:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(num[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.3 else \
        " ".join([num[:4], num[4:8], num[8:12] + num[12:]])


def cvv(rng, lang, ctx):
    return d(rng, 4) if ctx.get("_amex") else d(rng, 3)


def card_expiry(rng, lang, ctx):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d} / {y}",
                       f"{m:02d}/{y:02d}", f"{m:02d}.20{y}"])


def _iban_build(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def iban_raw(rng, cc):
    if cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + d(rng, 10)
    elif cc == "BE":
        first = nz(rng, 3) + d(rng, 7)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    elif cc == "DE":
        bban = d(rng, 18)
    elif cc == "FR":
        bban = d(rng, 23)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + d(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + d(rng, 14)
    elif cc == "LU":
        bban = d(rng, 16)
    else:
        bban = d(rng, 16)
    return _iban_build(cc, bban)


def iban(rng, lang, ctx):
    table = {"nl": ["NL"] * 8 + ["BE", "DE"], "nl-be": ["BE"] * 8 + ["NL", "LU"],
             "fr-be": ["BE"] * 7 + ["FR", "LU", "NL"], "en-gb": ["GB"] * 7 + ["IE", "NL"],
             "en-us": ["NL", "GB", "DE", "BE", "IE"]}
    raw = iban_raw(rng, rng.choice(table[lang]))
    f = rng.random()
    if f < 0.55:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif f < 0.85:
        out = raw
    else:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    if rng.random() < 0.12:
        out = out.lower()
    return out


def bsn_digits(rng):
    while True:
        x = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(x[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            return "".join(map(str, x + [last]))


def bsn(rng, lang, ctx):
    if lang in ("nl-be", "fr-be"):
        return nrn(rng, lang, ctx)
    s = bsn_digits(rng)
    return rng.choice([s, s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def nrn(rng, lang, ctx, child=None):
    if child is None:
        child = rng.random() < 0.6
    yr = rng.randint(2010, 2022) if child else rng.randint(1972, 1996)
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    first = f"{yr % 100:02d}{mm:02d}{dd:02d}{seq:03d}"
    base = int(first) + (2000000000 if yr >= 2000 else 0)
    cc = 97 - base % 97
    s = f"{first}{cc:02d}"
    return rng.choice([f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}", s, f"{s[:6]}-{s[6:9]}-{s[9:]}",
                       f"{s[:6]} {s[6:9]} {s[9:]}", f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])


def password(rng, lang, ctx):
    words = {"nl": ["Zomer", "Fietsje", "Konijn", "Tulp", "Hagelslag", "Schoolplein", "Regenboog", "Voetbal"],
             "nl-be": ["Frietje", "Kermis", "Zomer", "Paardje", "Speelplaats", "Wafel", "Konijn"],
             "fr-be": ["Soleil", "Chaton", "Papillon", "Gaufre", "Ecole", "Vacances", "Lapin"],
             "en-gb": ["Summer", "Biscuit", "Rainbow", "Football", "Hedgehog", "Teapot", "Dragon"],
             "en-us": ["Baseball", "Sunshine", "Pumpkin", "Tiger", "Soccer", "Blueberry", "Eagles"]}[lang]
    f = rng.random()
    if f < 0.3:
        return rng.choice(words) + str(rng.randint(2005, 2025)) + rng.choice(["!", "#", "", "$", "*"])
    if f < 0.5:
        return ch(rng, ALNUM, rng.randint(3, 5)) + rng.choice("!#$%&*") + ch(rng, ALNUM, rng.randint(4, 8))
    if f < 0.62:
        w = [rng.choice(words).lower() for _ in range(3)]
        return rng.choice(["-", ".", "_"]).join(w) + d(rng, 2)
    if f < 0.75:
        w = rng.choice(words)
        tr = str.maketrans({"o": "0", "e": "3", "a": "@", "i": "1"})
        return w.translate(tr) + rng.choice(["!", "?!", "&"]) + d(rng, 2)
    if f < 0.87:
        return rng.choice(words).lower() + d(rng, rng.randint(2, 4))
    return ch(rng, UP, 1) + ch(rng, LOW, rng.randint(4, 6)) + d(rng, 2) + rng.choice("!#@") + ch(rng, ALNUM, 3)


def wifi_key(rng, lang, ctx):
    f = rng.random()
    if f < 0.35:
        return ch(rng, "0123456789ABCDEF", rng.choice([16, 20, 26]))
    if f < 0.7:
        return ch(rng, ALNUM, rng.randint(10, 16))
    return password(rng, lang, ctx) + d(rng, 1)


def pin(rng, lang, ctx):
    n = rng.choice([4, 4, 4, 4, 5, 6])
    v = d(rng, n)
    if rng.random() < 0.12:
        return " ".join(v)
    return v


def puk(rng, lang, ctx):
    v = d(rng, 8)
    return rng.choice([v, v, f"{v[:4]} {v[4:]}"])


def otp(rng, lang, ctx):
    n = rng.choice([6, 6, 6, 6, 5, 8, 4])
    v = d(rng, n)
    if n == 6 and rng.random() < 0.25:
        return rng.choice([f"{v[:3]} {v[3:]}", f"{v[:3]}-{v[3:]}"])
    return v


WORDS = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
         "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
         "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "en-gb": "zero one two three four five six seven eight nine".split(),
         "en-us": "zero one two three four five six seven eight nine".split()}


def otp_words(rng, lang, ctx):
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(rng.choice(WORDS[lang]) for _ in range(6))


def username(rng, lang, ctx):
    first = rng.choice(ctx["pools"]["first"]).lower().replace(" ", "")
    last = rng.choice(ctx["pools"]["last"]).lower().replace(" ", "").replace("'", "")
    f = rng.random()
    if f < 0.25:
        return f"{first}.{last}"
    if f < 0.45:
        return f"{first}{last}{d(rng, 2)}"
    if f < 0.6:
        return f"{first[0]}{last}"
    if f < 0.72:
        return rng.choice(["ouder", "parent", "mama", "papa", "mum"]) + "_" + last + d(rng, 2)
    if f < 0.85:
        return f"{last}{first[0]}{d(rng, 3)}"
    return f"{first}_{last[:4]}{d(rng, 4)}"


def api_key(rng, lang, ctx):
    f = rng.random()
    if f < 0.22:
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + ch(rng, ALNUM, 24)
    if f < 0.38:
        return "AIza" + ch(rng, ALNUM + "-_", 35)
    if f < 0.5:
        return "SG." + ch(rng, ALNUM, 22) + "." + ch(rng, ALNUM, 43)
    if f < 0.62:
        return "key-" + ch(rng, "0123456789abcdef", 32)
    if f < 0.75:
        return ch(rng, "0123456789abcdef", 32)
    if f < 0.87:
        return "xkeysib-" + ch(rng, "0123456789abcdef", 64) + "-" + ch(rng, ALNUM, 16)
    return "sk-proj-" + ch(rng, ALNUM + "_-", 40)


def aws_id(rng, lang, ctx):
    return "AKIA" + ch(rng, UP + "234567", 16)


def aws_secret(rng, lang, ctx):
    return ch(rng, ALNUM + "/+", 40)


def token(rng, lang, ctx):
    f = rng.random()
    b64 = ALNUM + "-_"
    if f < 0.3:
        return "eyJ" + ch(rng, b64, rng.randint(30, 45)) + "." + "eyJ" + ch(rng, b64, rng.randint(40, 80)) + "." + ch(rng, b64, 43)
    if f < 0.45:
        return "ghp_" + ch(rng, ALNUM, 36)
    if f < 0.6:
        return ch(rng, "0123456789abcdef", rng.choice([32, 40]))
    if f < 0.72:
        return "ya29." + ch(rng, b64, 64)
    if f < 0.84:
        return "xoxb-" + d(rng, 12) + "-" + d(rng, 13) + "-" + ch(rng, ALNUM, 24)
    return ch(rng, ALNUM, 32)


def ip(rng, lang, ctx):
    if rng.random() < 0.45:
        return rng.choice([f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    a = rng.choice([31, 37, 62, 77, 81, 84, 86, 89, 94, 145, 178, 188, 213, 24, 73, 98])
    return f"{a}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- contact data
def phone(rng, lang, ctx):
    f = rng.random()
    if lang == "nl":
        m = "6" + d(rng, 8)
        opts = [f"06-{m[1:]}", f"06 {m[1:5]} {m[5:]}", f"+31 6 {m[1:]}", f"+31{m}", f"0031 6 {m[1:5]} {m[5:]}",
                f"06{m[1:]}", f"(06) {m[1:4]} {m[4:6]} {m[6:]}", f"+31 (0)6 {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}",
                f"0{rng.choice(['20', '30', '10', '70', '50', '43'])}-{nz(rng, 7)}", f"0{rng.choice(['20', '30', '40'])} {nz(rng, 3)} {d(rng, 4)}"]
    elif lang in ("nl-be", "fr-be"):
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "495", "496", "499"])
        r = d(rng, 6)
        opts = [f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}", f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}",
                f"+32{p}{r}", f"0{p}{r}", f"0{p}/{r}", f"0032 {p} {r[:3]} {r[3:]}", f"+32 (0){p} {r[:2]} {r[2:4]} {r[4:]}",
                f"0{rng.choice(['2', '3', '9'])} {nz(rng, 3)} {d(rng, 2)} {d(rng, 2)}", f"0{rng.choice(['2', '9', '3'])}/{nz(rng, 3)}.{d(rng, 2)}.{d(rng, 2)}"]
    elif lang == "en-gb":
        r = d(rng, 6)
        p = "7" + rng.choice(["700", "711", "723", "734", "747", "752", "768", "789", "812", "956"])
        opts = [f"0{p} {r}", f"0{p}{r}", f"+44 {p} {r}", f"+44 (0){p} {r[:3]} {r[3:]}", f"+44{p}{r}",
                f"0{p} {r[:3]} {r[3:]}", f"020 {rng.choice('378')}{d(rng, 3)} {d(rng, 4)}", f"0113 {nz(rng, 3)} {d(rng, 4)}",
                f"0161 {nz(rng, 3)} {d(rng, 4)}", f"(0{p}) {r}"]
    else:
        a = rng.choice(["614", "312", "415", "512", "617", "646", "720", "919", "503", "404"])
        x, y = nz(rng, 3), d(rng, 4)
        opts = [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"+1 ({a}) {x}-{y}",
                f"1-{a}-{x}-{y}", f"{a}{x}{y}", f"{a} {x} {y}", f"+1-{a}-{x}-{y}", f"({a}){x}-{y}"]
    return rng.choice(opts)


DOMAINS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "icloud.com", "home.nl"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "outlook.be", "icloud.com", "scarlet.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.be", "yahoo.fr", "telenet.be", "live.be"],
           "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com", "virginmedia.com"],
           "en-us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "hotmail.com", "protonmail.com"]}


def email(rng, lang, ctx):
    first = rng.choice(ctx["pools"]["first"]).lower().replace(" ", "")
    last = rng.choice(ctx["pools"]["last"]).lower().replace(" ", "").replace("'", "")
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("è", "e"), ("ç", "c"), ("ö", "o")):
        first, last = first.replace(a, b), last.replace(a, b)
    dom = rng.choice(DOMAINS[lang])
    f = rng.random()
    if f < 0.3:
        lp = f"{first}.{last}"
    elif f < 0.5:
        lp = f"{first}{last}{d(rng, 2)}"
    elif f < 0.62:
        lp = f"{first[0]}.{last}"
    elif f < 0.72:
        lp = f"{first}_{d(rng, 4)}"
    elif f < 0.82:
        lp = f"{last}.{first[0]}"
        if rng.random() < 0.5:
            dom = rng.choice(["student.uva.nl", "student.kuleuven.be", "student.ulb.be", "live.ac.uk", "students.osu.edu", "ugent.be", "student.tudelft.nl"])
    elif f < 0.9:
        lp = f"{first}.{last}+school"
    else:
        lp = f"fam{last}"
    e = f"{lp}@{dom}"
    if rng.random() < 0.08:
        e = e.capitalize()
    return e


def address(rng, lang, ctx):
    P = ctx["pools"]
    st = rng.choice(P["street"])
    city, pc = rng.choice(P["citypc"])
    n = rng.randint(1, 240)
    if lang == "nl":
        hn = str(n) + rng.choice(["", "", "", "A", "-2", " bis", "-III", "hs"])
        pcode = pc + " " + ch(rng, "ABCEGHJKLMNPRSTVWXZ", 2) if rng.random() < 0.7 else pc + ch(rng, "ABCEGHJKLMNPRSTVWXZ", 2)
        return rng.choice([f"{st} {hn}, {pcode} {city}", f"{st} {hn} {pcode} {city}", f"{st} {hn}, {city}", f"{st} {hn}, {pcode} {city.upper()}"])
    if lang == "nl-be":
        hn = str(n) + rng.choice(["", "", f" bus {rng.randint(1, 12)}", "/3", "A"])
        return rng.choice([f"{st} {hn}, {pc} {city}", f"{st} {hn} {pc} {city}", f"{st} {hn}, {city}", f"{st} {hn} - {pc} {city}"])
    if lang == "fr-be":
        hn = str(n) + rng.choice(["", "", f" boîte {rng.randint(1, 12)}", f" bte {rng.randint(1, 9)}", "/4"])
        return rng.choice([f"{st} {hn}, {pc} {city}", f"{st}, {hn} - {pc} {city}", f"{st} {hn} {pc} {city}", f"{hn}, {st}, {pc} {city}"])
    if lang == "en-gb":
        pcode = f"{pc} {rng.randint(1, 9)}{ch(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 30)}, ", f"{rng.randint(1, 9)}B "])
        return rng.choice([f"{flat}{n} {st}, {city} {pcode}", f"{flat}{n} {st}, {city}, {pcode}", f"{n} {st} {city} {pcode}", f"{flat}{n} {st}, {pcode}"])
    state, z = pc
    apt = rng.choice(["", "", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 20)}"])
    return rng.choice([f"{n * 7 + 100} {st}{apt}, {city}, {state} {z}{d(rng, 2)}", f"{n * 7 + 100} {st}{apt}, {city} {state} {z}{d(rng, 2)}",
                       f"{n * 7 + 100} {st}{apt} {city}, {state} {z}{d(rng, 2)}"])


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def _fmt_date(rng, lang, y, m, dd, words=True):
    if lang in ("nl", "nl-be"):
        opts = [f"{dd:02d}-{m:02d}-{y}", f"{dd}-{m}-{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS['nl'][m - 1]} {y}", f"{dd}.{m:02d}.{y}"]
    elif lang == "fr-be":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"{dd} {MONTHS['fr'][m - 1]} {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd:02d}-{m:02d}-{y}"]
    elif lang == "en-gb":
        sfx = "th" if 10 < dd < 14 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS['en'][m - 1]} {y}", f"{dd}{sfx} {MONTHS['en'][m - 1][:3]} {y}", f"{dd}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}"]
    else:
        opts = [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{MONTHS['en'][m - 1]} {dd}, {y}", f"{MONTHS['en'][m - 1][:3]} {dd} {y}", f"{y}-{m:02d}-{dd:02d}"]
    return rng.choice(opts)


def dob(rng, lang, ctx):
    child = rng.random() < 0.7
    y = rng.randint(2008, 2022) if child else rng.randint(1970, 2006)
    return _fmt_date(rng, lang, y, rng.randint(1, 12), rng.randint(1, 28))


def customer_number(rng, lang, ctx):
    return rng.choice([nz(rng, 8), f"KL-{d(rng, 7)}", f"C{d(rng, 7)}", f"30{d(rng, 6)}", f"{nz(rng, 4)}-{d(rng, 5)}",
                       f"REL{d(rng, 6)}", nz(rng, 9), f"{ch(rng, UP, 2)}{d(rng, 6)}", nz(rng, 6)])


def student_number(rng, lang, ctx):
    if lang == "nl":
        return rng.choice([f"s{d(rng, 7)}", nz(rng, 7), f"{nz(rng, 6)}", f"S{d(rng, 7)}", f"i{d(rng, 7)}"])
    if lang == "nl-be":
        return rng.choice([f"r0{d(rng, 6)}", f"0{d(rng, 7)}", f"r{d(rng, 7)}", nz(rng, 6), f"q0{d(rng, 6)}"])
    if lang == "fr-be":
        return rng.choice([f"000{d(rng, 6)}", nz(rng, 6), f"{nz(rng, 8)}", f"S{d(rng, 6)}"])
    if lang == "en-gb":
        return rng.choice([nz(rng, 8), f"U{d(rng, 7)}", f"{nz(rng, 9)}", f"W{d(rng, 7)}"])
    return rng.choice([f"A00{d(rng, 6)}", nz(rng, 9), nz(rng, 7), f"{nz(rng, 3)}-{d(rng, 3)}-{d(rng, 3)}", f"U{d(rng, 8)}"])


def pupil_number(rng, lang, ctx):
    return rng.choice([nz(rng, 5), nz(rng, 6), f"LL{d(rng, 5)}", f"{nz(rng, 4)}"])


def candidate_number(rng, lang, ctx):
    return rng.choice([d(rng, 4), d(rng, 4), f"{nz(rng, 5)} {d(rng, 4)}"])


def uln(rng, lang, ctx):
    return nz(rng, 10)


def ucas_id(rng, lang, ctx):
    v = nz(rng, 10)
    return rng.choice([v, f"{v[:3]}-{v[3:6]}-{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])


def crn(rng, lang, ctx):
    return nz(rng, 11)


def mandate(rng, lang, ctx):
    return rng.choice([f"MND{d(rng, 8)}", f"{ch(rng, UP, 3)}-{d(rng, 6)}-{d(rng, 2)}", f"DD{d(rng, 9)}", f"{nz(rng, 12)}", f"M-{d(rng, 4)}-{d(rng, 5)}"])


def ean(rng, lang, ctx):
    return rng.choice(["8716", "8713", "5414"]) + d(rng, 14)


def hours_code(rng, lang, ctx):
    return rng.choice(["500", "501", "110"]) + d(rng, 8)


def child_reg(rng, lang, ctx):
    """Childcare contract / registration number."""
    return rng.choice([f"KO{d(rng, 6)}", f"{nz(rng, 7)}", f"BSO-{d(rng, 5)}", f"CR{d(rng, 6)}", f"{nz(rng, 3)}.{d(rng, 3)}.{d(rng, 3)}"])


# ---------------------------------------------------------------- negatives
def n_date(rng, lang, ctx):
    y = rng.choice([2024, 2025, 2025, 2026])
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.35:
        if lang in ("nl", "nl-be"):
            return rng.choice([f"{dd} {MONTHS['nl'][m - 1]}", f"{dd}/{m}", f"{dd}-{m}"])
        if lang == "fr-be":
            return rng.choice([f"{dd} {MONTHS['fr'][m - 1]}", f"{dd}/{m}"])
        if lang == "en-gb":
            return rng.choice([f"{dd} {MONTHS['en'][m - 1]}", f"{dd}/{m}"])
        return rng.choice([f"{MONTHS['en'][m - 1]} {dd}", f"{m}/{dd}"])
    return _fmt_date(rng, lang, y, m, dd)


def n_time(rng, lang, ctx):
    h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 5, 50])
    if lang == "nl":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d}"])
    if lang == "nl-be":
        return rng.choice([f"{h}u{mi:02d}", f"{h}u", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}u"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h:02d}:{mi:02d}"])
    h12 = h - 12 if h > 12 else h
    ap = "pm" if h >= 12 else "am"
    if lang == "en-gb":
        return rng.choice([f"{h12}.{mi:02d}{ap}", f"{h:02d}:{mi:02d}", f"{h12}{ap}", f"{h12}:{mi:02d} {ap}"])
    return rng.choice([f"{h12}:{mi:02d} {ap.upper()}", f"{h12}:{mi:02d}{ap}", f"{h12}{ap}", f"{h12} {ap.upper()}"])


def n_amount(rng, lang, ctx):
    v = rng.choice([rng.randint(5, 120), rng.randint(150, 2600), rng.randint(2000, 14000)])
    c = rng.randint(0, 99)
    if lang in ("nl", "nl-be", "fr-be"):
        vs = f"{v:,}".replace(",", ".")
        return rng.choice([f"€ {vs},{c:02d}", f"€{vs},-", f"€{vs}", f"{vs},{c:02d} euro", f"EUR {vs},{c:02d}", f"{vs} €"])
    if lang == "en-gb":
        return rng.choice([f"£{v:,}", f"£{v:,}.{c:02d}", f"£{v}", f"GBP {v:,}.{c:02d}"])
    return rng.choice([f"${v:,}", f"${v:,}.{c:02d}", f"${v}", f"USD {v:,}"])


QTY = {"nl": ["{n} lessen", "{n} dagen", "{n} uur", "{n} kinderen", "{n} weken", "{n} dagdelen", "{n} minuten"],
       "nl-be": ["{n} lessen", "{n} dagen", "{n} uur", "{n} kinderen", "{n} weken", "{n} halve dagen"],
       "fr-be": ["{n} leçons", "{n} jours", "{n} heures", "{n} enfants", "{n} semaines", "{n} demi-journées"],
       "en-gb": ["{n} lessons", "{n} days", "{n} hours", "{n} sessions", "{n} weeks", "{n} children"],
       "en-us": ["{n} lessons", "{n} days", "{n} hours", "{n} credits", "{n} weeks", "{n} kids"]}


def n_qty(rng, lang, ctx):
    return rng.choice(QTY[lang]).format(n=rng.randint(2, 40))


def n_pct(rng, lang, ctx):
    v = rng.choice([str(rng.randint(1, 100)), f"{rng.randint(1, 30)},5" if lang != "en-us" and lang != "en-gb" else f"{rng.randint(1, 30)}.5"])
    return v + rng.choice(["%", " %"]) if lang == "fr-be" else v + "%"


def n_year(rng, lang, ctx):
    return str(rng.choice([2023, 2024, 2025, 2026, 2027]))


def n_order(rng, lang, ctx):
    return rng.choice([f"B{d(rng, 7)}", f"100{d(rng, 6)}", f"WEB-{d(rng, 5)}", f"ORD{d(rng, 8)}", f"{ch(rng, UP, 2)}{d(rng, 6)}{ch(rng, UP, 1)}", f"#{d(rng, 6)}"[1:]])


def n_ticket(rng, lang, ctx):
    return rng.choice([f"{rng.choice([2024, 2025])}-{d(rng, 6)}", f"CAS-{d(rng, 6)}-{ch(rng, UP + DIG, 4)}", d(rng, 7), f"INC{d(rng, 7)}", f"T{d(rng, 6)}", f"SR-{d(rng, 5)}"])


def n_invoice(rng, lang, ctx):
    return rng.choice([f"F{rng.choice([2024, 2025])}-{d(rng, 5)}", f"INV-{d(rng, 6)}", f"{nz(rng, 8)}", f"FA{d(rng, 6)}", f"{rng.choice([2025, 2026])}/{d(rng, 4)}"])


def n_track(rng, lang, ctx):
    return rng.choice([f"3S{ch(rng, UP, 4)}{d(rng, 8)}", f"1Z{ch(rng, UP + DIG, 16)}", f"CD{d(rng, 9)}NL", f"32{d(rng, 22)}", f"JJD{d(rng, 18)}"])


def n_req(rng, lang, ctx):
    h = "0123456789abcdef"
    return rng.choice([f"{ch(rng, h, 8)}-{ch(rng, h, 4)}-4{ch(rng, h, 3)}-{ch(rng, h, 4)}-{ch(rng, h, 12)}", f"req_{ch(rng, ALNUM, 14)}", f"REQ-{d(rng, 7)}"])


def n_err(rng, lang, ctx):
    return rng.choice([f"E{d(rng, 4)}", f"0x8007{ch(rng, '0123456789ABCDEF', 4)}", "ERR_TOO_MANY_REDIRECTS", f"AADSTS{rng.choice(['50126', '50076', '53003', '700016'])}",
                       rng.choice(["403", "500", "502", "401"]), f"ERR-{d(rng, 3)}", f"LOGIN_{rng.choice(['FAILED', 'LOCKED'])}_{d(rng, 2)}"])


def n_ver(rng, lang, ctx):
    return rng.choice([f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 6)}.{rng.randint(0, 12)}", f"{rng.randint(14, 18)}.{rng.randint(0, 7)}.{rng.randint(1, 3)}",
                       f"{rng.randint(2023, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 4)}"])


def n_model(rng, lang, ctx):
    return rng.choice(["A2602", "A2696", "SM-T220", "SM-X200", "C733", "CB314-2H", "14s-dq2003nd", "TI-84 Plus CE", "fx-82MS", "MacBookAir10,1", "IdeaPad 3 15ITL6", "SM-A546B"])


def n_prod(rng, lang, ctx):
    return rng.choice([f"ART-{d(rng, 5)}", f"SKU{d(rng, 6)}", f"{ch(rng, UP, 3)}-{d(rng, 3)}-{ch(rng, UP, 1)}", f"P{d(rng, 4)}"])


def n_isbn(rng, lang, ctx):
    body = rng.choice(["97890", "97894", "97820", "97801", "97813"]) + d(rng, 7)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    return rng.choice([full, f"{full[:3]}-{full[3:5]}-{full[5:9]}-{full[9:12]}-{full[12]}"])


def n_flight(rng, lang, ctx):
    return rng.choice([f"KL{rng.randint(1000, 1999)}", f"FR {rng.randint(1000, 9999)}", f"HV{rng.randint(5000, 6999)}", f"BA {rng.randint(100, 999)}",
                       f"SN{rng.randint(2000, 3999)}", f"UA{rng.randint(100, 999)}", f"EZY{rng.randint(1000, 8999)}", f"TB{rng.randint(1000, 2999)}"])


def n_cphone(rng, lang, ctx):
    if lang == "nl":
        return rng.choice([f"088-{nz(rng, 7)}", f"0800-{d(rng, 4)}", f"0900-{d(rng, 4)}", f"050 {nz(rng, 3)} {d(rng, 4)}", f"088 {nz(rng, 3)} {d(rng, 2)} {d(rng, 2)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}", f"02 {nz(rng, 3)} {d(rng, 2)} {d(rng, 2)}", f"0800 {d(rng, 2)} {d(rng, 3)}", f"070/{d(rng, 2)}.{d(rng, 2)}.{d(rng, 2)}", f"+32 2 {nz(rng, 3)} {d(rng, 2)} {d(rng, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0300 {nz(rng, 3)} {d(rng, 4)}", f"0345 {nz(rng, 3)} {d(rng, 4)}", f"0800 {nz(rng, 3)} {d(rng, 4)}", f"01{d(rng, 2)} {nz(rng, 3)} {d(rng, 4)}", f"0330 {nz(rng, 3)} {d(rng, 4)}"])
    return rng.choice([f"1-800-{nz(rng, 3)}-{d(rng, 4)}", f"(888) {nz(rng, 3)}-{d(rng, 4)}", f"1 (877) {nz(rng, 3)}-{d(rng, 4)}", f"800.{nz(rng, 3)}.{d(rng, 4)}"])


def _be_enterprise(rng):
    first = "0" + rng.choice("4789") + d(rng, 6)
    chk = 97 - int(first) % 97
    s = first + f"{chk:02d}"
    return s


def n_kvk(rng, lang, ctx):
    if lang == "nl":
        return rng.choice([nz(rng, 8), f"NL{nz(rng, 9)}B0{rng.randint(1, 9)}", f"{nz(rng, 2)} {d(rng, 3)} {d(rng, 3)}"])
    if lang in ("nl-be", "fr-be"):
        s = _be_enterprise(rng)
        return rng.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s}", f"BE{s[:4]}.{s[4:7]}.{s[7:]}", s])
    if lang == "en-gb":
        return rng.choice([f"0{nz(rng, 7)}", f"{nz(rng, 7)}", f"GB {nz(rng, 3)} {d(rng, 4)} {d(rng, 2)}", f"SC{d(rng, 6)}"])
    return f"{nz(rng, 2)}-{d(rng, 7)}"


def n_mask(rng, lang, ctx):
    l4 = d(rng, 4)
    return rng.choice([f"****{l4}", f"**** **** **** {l4}", f"•••• {l4}", f"NL** **** **** {l4} {d(rng, 2)}", f"BE** **** **{d(rng, 2)} {d(rng, 2)}",
                       f"XXXX-XXXX-XXXX-{l4}", f"{rng.choice(LOW)}***@{rng.choice(DOMAINS[lang])}", f"06-****{l4}", f"*******{d(rng, 3)}", f"GB** **** **** **** {l4}"])


def n_meter(rng, lang, ctx):
    v = rng.randint(1000, 99999)
    if lang in ("en-gb", "en-us"):
        return rng.choice([f"{v} kWh", f"{v:,} miles", f"{v:05d}"])
    return rng.choice([f"{v} kWh", f"{v:,} km".replace(",", "."), f"{v:05d}", f"{v} m³"])


def n_port(rng, lang, ctx):
    return str(rng.choice([443, 8080, 8443, 3389, 22, 993, 587, 5060, 9000, 1194]))


def n_sum(rng, lang, ctx):
    h = "0123456789abcdef"
    return rng.choice([ch(rng, h, 64), ch(rng, h, 32), ch(rng, h, 40), ch(rng, h.upper()[:16], 64)])
