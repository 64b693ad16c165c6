"""Value generators for the blind72 corpus (students & education). Standard library only."""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits


def rdig(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def ralnum(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


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
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + rdig(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


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
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- helpers
def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def grp4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


REGION = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": "us"}


# ---------------------------------------------------------------- high risk
PW_WORDS = ["Zomer", "Winter", "Leuven", "Kameel", "Student", "Tentamen", "Bibliotheek", "Koffie",
            "Chaton", "Soleil", "Blocus", "Freshers", "Library", "Dragon", "Hockey", "Pizza",
            "Utrecht", "Gent", "Brussel", "Liege", "Oxford", "Bruin", "Tiger", "Monkey", "Sunshine",
            "Kroket", "Frietje", "Mango", "Ravioli", "Panda", "Kot", "Thesis"]


def password(ctx, lang, v=None):
    r = ctx.rng
    k = r.randrange(8)
    w = r.choice(PW_WORDS)
    if k == 0:
        return f"{w}{r.choice(['2023','2024','2025','2026','99','01','!'])}{r.choice(['!','#','?','','$'])}"
    if k == 1:
        return ralnum(r, r.randint(9, 14)) + r.choice("!@#%&*")
    if k == 2:
        return w.lower().replace("o", "0").replace("e", "3") + rdig(r, r.randint(2, 4))
    if k == 3:
        return f"{w}_{r.choice(PW_WORDS).lower()}{rdig(r, 2)}"
    if k == 4:
        return r.choice(["P@ssw0rd", "Welkom", "Bienvenue", "Passw0rd", "Qwerty"]) + rdig(r, r.randint(2, 4)) + r.choice(["!", "", "?"])
    if k == 5:
        return "".join(r.choice(ALNUM + "!#$%") for _ in range(r.randint(10, 16)))
    if k == 6:
        return f"{r.choice(PW_WORDS)}{r.choice(['.', '-', '+'])}{r.choice(PW_WORDS)}{rdig(r, 1)}"
    return f"{w.lower()}{rdig(r, 4)}"


def pin(ctx, lang, v=None):
    r = ctx.rng
    if v == "door":
        return r.choice([rdig(r, 4), rdig(r, 4) + "#", rdig(r, 5), "*" + rdig(r, 4), rdig(r, 6)])
    if v == "six":
        return rdig(r, 6)
    return rdig(r, 4)


def puk(ctx, lang, v=None):
    p = rdig(ctx.rng, 8)
    return p if ctx.rng.random() < 0.7 else p[:4] + " " + p[4:]


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp(ctx, lang, v=None):
    r = ctx.rng
    d = rdig(r, 6)
    if v == "words":
        fam = "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")
        sep = r.choice([" ", " - ", ", ", " "])
        return sep.join(NUMW[fam][int(c)] for c in d)
    if v == "eight":
        return rdig(r, 8)
    k = r.randrange(6)
    if k == 0:
        return d[:3] + " " + d[3:]
    if k == 1:
        return d[:3] + "-" + d[3:]
    if k == 2:
        return rdig(r, 4)
    return d


def wifi_key(ctx, lang, v=None):
    r = ctx.rng
    k = r.randrange(5)
    if k == 0:
        return ralnum(r, r.randint(10, 16))
    if k == 1:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([10, 26])))
    if k == 2:
        return f"{r.choice(PW_WORDS)}{r.choice(['Kot', 'Kamer', 'Flat', 'Room', 'Huis'])}{rdig(r, 2)}!"
    if k == 3:
        return "-".join(ralnum(r, 4, string.ascii_lowercase + DIG) for _ in range(3))
    return rdig(r, 4) + ralnum(r, 6, string.ascii_uppercase) + rdig(r, 2)


def username(ctx, lang, v=None):
    r = ctx.rng
    f = r.choice(ctx.pool("first")).lower()
    l = r.choice(ctx.pool("last")).lower().replace(" ", "").replace("'", "")
    k = r.randrange(8)
    if k == 0:
        return f[0] + l
    if k == 1:
        return f"{f}.{l}"
    if k == 2:
        return f"{f}_{l[:3]}{rdig(r, 2)}"
    if k == 3:
        return "s" + rdig(r, 7)
    if k == 4:
        return "r0" + rdig(r, 6)
    if k == 5:
        return f[:2] + l[:3] + rdig(r, 3)
    if k == 6:
        return f"{f}{rdig(r, 4)}"
    return f"{l}{f[0]}{rdig(r, 2)}"


def api_key(ctx, lang, v=None):
    r = ctx.rng
    if v == "aws_id":
        return "AKIA" + ralnum(r, 16, UPALNUM)
    if v == "aws_secret":
        return ralnum(r, 40, ALNUM + "/+")
    k = r.randrange(6)
    if k == 0:
        return "sk_live_" + ralnum(r, 24)
    if k == 1:
        return "sk_test_" + ralnum(r, 24)
    if k == 2:
        return "AIza" + ralnum(r, 35, ALNUM + "-_")
    if k == 3:
        return "sk-proj-" + ralnum(r, 40, ALNUM + "-_")
    if k == 4:
        return "SG." + ralnum(r, 22) + "." + ralnum(r, 43)
    return ralnum(r, 32, "0123456789abcdef")


def token(ctx, lang, v=None):
    r = ctx.rng
    b64 = ALNUM + "-_"
    if v == "hex":
        return ralnum(r, r.choice([32, 40, 64]), "0123456789abcdef")
    k = r.randrange(5)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + ralnum(r, 40, b64) + "." + ralnum(r, 43, b64)
    if k == 1:
        return "ghp_" + ralnum(r, 36)
    if k == 2:
        return rdig(r, 4) + "~" + ralnum(r, 64)
    if k == 3:
        return "glpat-" + ralnum(r, 20, b64)
    return ralnum(r, 40, "0123456789abcdef")


def card(ctx, lang, v=None):
    r = ctx.rng
    k = r.randrange(5)
    if k == 0:
        n = luhn_complete("4", 16, r)
    elif k == 1:
        n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif k == 2:
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        return r.choice([grp(n, [4, 6, 5]), n, grp(n, [4, 6, 5], "-")])
    elif k == 3:
        n = luhn_complete("2" + str(r.randint(221, 720)), 16, r)
    else:
        n = luhn_complete("6703", 17 if REGION[lang] == "be" else 16, r)
        if len(n) == 17:
            return r.choice([grp(n, [4, 4, 4, 4, 1]), n])
    return r.choice([grp4(n), n, grp4(n, "-"), grp4(n), grp4(n, "  ")])


def cvv(ctx, lang, v=None):
    return rdig(ctx.rng, 3)


def card_expiry(ctx, lang, v=None):
    r = ctx.rng
    m, y = r.randint(1, 12), r.randint(26, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}"])


IBAN_BANKS = {"nl": ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]}


def iban(ctx, lang, v=None):
    r = ctx.rng
    reg = v or REGION[lang]
    if reg == "foreign":
        reg = r.choice(["de", "fr", "es", "it", "gb"])
    if reg == "nl":
        s = iban_make("NL", r.choice(IBAN_BANKS["nl"]) + rdig(r, 10))
    elif reg == "be":
        s = iban_make("BE", rdig(r, 12))
    elif reg == "gb":
        s = iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rdig(r, 14))
    elif reg == "de":
        s = iban_make("DE", rdig(r, 18))
    elif reg == "fr":
        s = iban_make("FR", rdig(r, 23))
    elif reg == "es":
        s = iban_make("ES", rdig(r, 20))
    elif reg == "it":
        s = iban_make("IT", r.choice(string.ascii_uppercase) + rdig(r, 22))
    else:  # us students paying in EU
        s = iban_make("NL", r.choice(IBAN_BANKS["nl"]) + rdig(r, 10))
    k = r.randrange(6)
    if k in (0, 1, 2):
        return grp4(s)
    if k == 3:
        return s
    if k == 4:
        return grp4(s).lower()
    return s.lower() if r.random() < 0.3 else grp4(s)


def bsn(ctx, lang, v=None):
    r = ctx.rng
    reg = v or REGION[lang]
    if reg == "be":
        while True:
            yy = r.randint(95, 107) % 100
            born2000 = yy < 50
            mm, dd = r.randint(1, 12), r.randint(1, 28)
            ser = r.randint(1, 998)
            base = f"{yy:02d}{mm:02d}{dd:02d}{ser:03d}"
            chk = 97 - int(("2" if born2000 else "") + base) % 97
            d = base + f"{chk:02d}"
            k = r.randrange(4)
            if k == 0:
                return d
            if k == 1:
                return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"
            if k == 2:
                return f"{d[:6]} {d[6:9]} {d[9:]}"
            return f"{d[:6]}-{d[6:9]}-{d[9:]}"
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            k = r.randrange(4)
            if k == 0:
                return f"{s[:4]}.{s[4:6]}.{s[6:]}"
            if k == 1:
                return f"{s[:3]} {s[3:6]} {s[6:]}"
            return s


# ---------------------------------------------------------------- other PII
MAIL_DOM = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "student.uva.nl",
           "student.tudelft.nl", "student.rug.nl", "icloud.com", "protonmail.com"],
    "be": ["gmail.com", "hotmail.com", "telenet.be", "skynet.be", "student.kuleuven.be", "ugent.be",
           "ulb.be", "student.uclouvain.be", "outlook.be", "proximus.be", "live.be"],
    "gb": ["gmail.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "ed.ac.uk", "ucl.ac.uk",
           "student.manchester.ac.uk", "outlook.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "berkeley.edu", "nyu.edu", "umich.edu", "icloud.com", "aol.com",
           "outlook.com", "bu.edu"],
}


def _ascii(s):
    tr = str.maketrans("éèëêïöüçàâôÿ", "eeeeioucaaoy")
    return s.lower().translate(tr).replace(" ", "").replace("'", "")


def email(ctx, lang, v=None):
    r = ctx.rng
    f = _ascii(r.choice(ctx.pool("first")))
    l = _ascii(r.choice(ctx.pool("last")))
    dom = r.choice(MAIL_DOM[REGION[lang]])
    k = r.randrange(7)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{rdig(r, 2)}", f"{f}_{l}", f"{l}.{f}", f"{f}{rdig(r, 4)}",
             f"{f[0]}{l}"][k]
    if dom.startswith("student.") and r.random() < 0.4:
        local = r.choice(["s", "r0", ""]) + rdig(r, 7 if local else 7)
    e = f"{local}@{dom}"
    return e.upper() if r.random() < 0.03 else e


def phone(ctx, lang, v=None):
    r = ctx.rng
    reg = v or REGION[lang]
    if reg == "nl":
        n = rdig(r, 8)
        k = r.randrange(8)
        return [f"06{n}", f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n[:4]} {n[4:]}",
                f"+316{n}", f"0031 6 {n}", f"0{r.choice(['20','30','10','50','71','43'])}-{rdig(r, 7)}",
                f"(06) {n[:4]} {n[4:]}"][k]
    if reg == "be":
        n = rdig(r, 6)
        p = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "486", "494", "496"])
        k = r.randrange(7)
        return [f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                f"0{p}{n}", f"+32{p}{n}", f"0032 {p} {n}", f"0{r.choice(['2','3','9','16','4'])} {rdig(r, 3)} {rdig(r, 2)} {rdig(r, 2)}"][k]
    if reg == "gb":
        n = rdig(r, 6)
        k = r.randrange(6)
        return [f"07{rdig(r, 3)} {n}", f"+44 7{rdig(r, 3)} {n}", f"07{rdig(r, 9)}", f"+447{rdig(r, 9)}",
                f"020 7{rdig(r, 3)} {rdig(r, 4)}", f"(0131) {rdig(r, 3)} {rdig(r, 4)}"][k]
    a = r.choice(["415", "510", "617", "212", "734", "312", "646", "857"])
    x, y = rdig(r, 3), rdig(r, 4)
    k = r.randrange(6)
    return [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"+1-{a}-{x}-{y}", f"{a}{x}{y}"][k]


def address(ctx, lang, v=None):
    r = ctx.rng
    reg = v or REGION[lang]
    st = r.choice(ctx.pool("street_" + reg))
    city = r.choice(ctx.pool("city_" + reg))
    sep = r.choice([", ", " ", ", "])
    if reg == "nl":
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "A", "-bis", " III", "-2", "b"])
        pc = f"{r.randint(1000, 9999)}{r.choice([' ', ''])}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        return r.choice([f"{st} {num}{sep}{pc} {city}", f"{st} {num}", f"{st} {num}{sep}{city}", f"{st} {num}{sep}{pc.upper()}  {city.upper()}"])
    if reg == "be":
        num = str(r.randint(1, 180))
        bus = r.choice(["", "", f" bus {r.randint(1, 30)}", f"/{r.randint(1, 12)}", f" boîte {r.randint(1, 9)}", f"B{r.randint(1, 20)}"])
        pc = str(r.choice([3000, 9000, 1000, 1050, 1348, 4000, 2000, 8000, 3500, 5000, 1200, 9050]))
        return r.choice([f"{st} {num}{bus}{sep}{pc} {city}", f"{st} {num}{bus}", f"{st} {num}{bus}{sep}{pc}"])
    if reg == "gb":
        num = str(r.randint(1, 220))
        pc = f"{r.choice(['CB','OX','EH','M','LS','BS','G','SW','N','E'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = r.choice(["", "", f"Flat {r.randint(1, 40)}, ", f"Room {r.randint(1, 300)}, "])
        return r.choice([f"{flat}{num} {st}, {city} {pc}", f"{flat}{num} {st}", f"{num} {st}, {city}, {pc}"])
    num = str(r.randint(10, 9999))
    apt = r.choice(["", f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}", f", Unit {r.randint(1, 40)}"])
    stc = r.choice(["CA 94704", "MA 02215", "NY 10003", "MI 48104", "IL 60637", "TX 78705"])
    return r.choice([f"{num} {st}{apt}, {city}, {stc}", f"{num} {st}{apt}", f"{num} {st}{apt}, {city} {stc}"])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fam(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def date_of_birth(ctx, lang, v=None):
    r = ctx.rng
    y, m, d = r.randint(1996, 2008), r.randint(1, 12), r.randint(1, 28)
    if v == "parent":
        y = r.randint(1965, 1980)
    mn = MONTHS[fam(lang)][m - 1]
    if lang == "en-us":
        return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}th {mn[:3]} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}"])
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])


def customer_number(ctx, lang, v=None):
    r = ctx.rng
    reg = REGION[lang]
    if v == "student":
        if reg == "nl":
            return r.choice(["s" + rdig(r, 7), rdig(r, 7), "S" + rdig(r, 7), rdig(r, 6)])
        if reg == "be":
            return r.choice(["r0" + rdig(r, 6), "R0" + rdig(r, 6), rdig(r, 8), "000" + rdig(r, 6), "u0" + rdig(r, 6)])
        if reg == "gb":
            return r.choice([rdig(r, 8), rdig(r, 9), "K" + rdig(r, 7)])
        return r.choice(["A0" + rdig(r, 7), "9" + rdig(r, 8), "U" + rdig(r, 8), rdig(r, 10)])
    if v == "ucas":
        d = rdig(r, 10)
        return r.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", d, f"{d[:3]} {d[3:6]} {d[6:]}"])
    if v == "loan":
        if reg == "gb":
            return rdig(r, 11)
        if reg == "us":
            return r.choice(["0" + rdig(r, 9), rdig(r, 10)])
        if reg == "be":
            return r.choice([f"SB-{rdig(r, 7)}", rdig(r, 9)])
        return r.choice([rdig(r, 9), f"{rdig(r, 3)}.{rdig(r, 3)}.{rdig(r, 3)}"])
    if v == "contract":
        return r.choice([f"HC-{r.randint(22, 26)}-{rdig(r, 5)}", f"{r.randint(2022, 2026)}/{rdig(r, 4)}",
                         f"HUUR{rdig(r, 6)}", f"T{rdig(r, 7)}", f"LEASE-{rdig(r, 6)}", rdig(r, 8)])
    if v == "ean":
        return "8716" + rdig(r, 14) if reg == "nl" else "5414" + rdig(r, 14)
    if v == "policy":
        return r.choice([rdig(r, 10), f"{rdig(r, 3)}-{rdig(r, 7)}", f"AON{rdig(r, 7)}", f"P{rdig(r, 8)}"])
    if v == "member":
        return r.choice([rdig(r, 6), f"LID-{rdig(r, 5)}", f"M{rdig(r, 7)}"])
    return r.choice([rdig(r, 8), f"{rdig(r, 2)}-{rdig(r, 6)}", f"KL{rdig(r, 7)}", rdig(r, 10), f"{rdig(r, 4)} {rdig(r, 4)}"])


def ip_address(ctx, lang, v=None):
    r = ctx.rng
    k = r.randrange(5)
    if k == 0:
        return f"192.168.{r.randint(0, 2)}.{r.randint(2, 254)}"
    if k == 1:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if k == 2:
        return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
    return f"{r.choice([84, 77, 145, 213, 86, 94, 178, 31, 81])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


SPAN_GEN = {
    "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "username": username,
    "api_key": api_key, "token": token, "card": card, "cvv": cvv, "iban": iban, "bsn": bsn, "email": email,
    "phone": phone, "address": address, "date_of_birth": date_of_birth, "customer_number": customer_number,
    "card_expiry": card_expiry, "ip_address": ip_address,
}
