"""Value generators (labelled values and hard negatives) and validators. Stdlib only."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase


def digits(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


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


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


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


# ---------------------------------------------------------------- helpers
def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def luhn_complete(prefix, length, r):
    body = prefix + digits(r, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    return f"{cc}{chk:02d}{bban}"


# ---------------------------------------------------------------- labelled values
def card(r, loc, v=None):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "bc" if loc == "be" else "visa", "maestro"])
    if kind == "visa":
        n = luhn_complete("4" + digits(r, 5), 16, r)
    elif kind == "mc":
        n = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    elif kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        st = v or r.choice(["amex", "plain", "amex"])
        return n if st == "plain" else f"{n[:4]} {n[4:10]} {n[10:]}"
    elif kind == "bc":
        n = luhn_complete("6703", 17, r)
        return r.choice([n, group(n, 4), n[:4] + " " + n[4:8] + " " + n[8:12] + " " + n[12:16] + " " + n[16:]])
    else:
        n = luhn_complete("6799" if r.random() < .5 else "5018", 19, r)
        return r.choice([n, group(n, 4)])
    st = v or r.choice(["sp", "sp", "sp", "plain", "dash", "dsp"])
    return {"sp": group(n, 4), "plain": n, "dash": group(n, 4, "-"), "dsp": group(n, 4, "  ")}.get(st, group(n, 4))


def cvv(r, loc, v=None):
    return digits(r, 4 if v == "4" else 3)


def expiry(r, loc, v=None):
    m, y = r.randint(1, 12), r.randint(25, 31)
    mon_nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    mon_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}", f"{m}/{y}",
                     f"{m:02d}.{y}", f"{(mon_nl if loc in 'nlbe' else mon_en)[m-1]} 20{y}"])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban(r, loc, v=None):
    cc = v if v in ("NL", "BE", "DE", "FR", "GB", "LU") else None
    if cc is None:
        cc = {"nl": r.choice(["NL"] * 6 + ["BE", "DE"]), "be": r.choice(["BE"] * 6 + ["NL", "LU", "FR"]),
              "gb": r.choice(["GB"] * 5 + ["NL", "DE"]), "us": r.choice(["GB", "NL", "DE", "FR"])}[loc]
    if cc == "NL":
        bban = r.choice(NL_BANKS) + digits(r, 10)
    elif cc == "BE":
        a = str(r.randint(1, 999)).zfill(3) + digits(r, 7)
        c = int(a) % 97 or 97
        bban = a + f"{c:02d}"
    elif cc == "DE":
        bban = digits(r, 18)
    elif cc == "FR":
        bban = digits(r, 23)
    elif cc == "LU":
        bban = digits(r, 3) + digits(r, 13)
    else:
        bban = r.choice(["BARC", "HBUK", "LOYD", "NWBK", "MIDL"]) + digits(r, 14)
    s = iban_make(cc, bban)
    assert iban_ok(s)
    st = r.choice(["g", "g", "g", "plain", "plain", "lower", "lowerg"])
    if st == "g":
        return group(s, 4)
    if st == "lower":
        return s.lower()
    if st == "lowerg":
        return group(s.lower(), 4)
    return s


def bsn(r, loc, v=None):
    if loc == "be" or v == "rrn":
        return rrn(r, loc, v)
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            s = "".join(map(str, d)) + str(last)
            if bsn_ok(s):
                break
    return r.choice([s, s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def rrn(r, loc, v=None):
    y = r.randint(1940, 2006)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    n = int(("2" if y >= 2000 else "") + base)
    chk = 97 - n % 97
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    return r.choice([f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}", s, f"{s[:6]} {s[6:9]} {s[9:]}",
                     f"{s[:6]}-{s[6:9]}-{s[9:]}", f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])


def phone(r, loc, v=None):
    if v == "mobile_nl" or (loc == "nl"):
        if loc == "nl" and r.random() < .22 and v != "mobile":
            a = r.choice(["020", "010", "030", "070", "040", "050", "0318", "0499"])
            rest = digits(r, 10 - len(a))
            return r.choice([f"{a}-{rest}", f"{a} {rest}", a + rest, f"({a}) {rest}"])
        n = "6" + digits(r, 8)
        return r.choice([f"0{n}", f"0{n}", f"06-{n[1:]}", f"06 {group(n[1:], 2)}", f"+31 6 {n[1:]}",
                         f"+31{n}", f"0031 6 {n[1:5]} {n[5:]}", f"06 {n[1:5]} {n[5:]}", f"+31 (0)6 {n[1:]}",
                         f"06{n[1:3]} {n[3:6]} {n[6:]}"])
    if loc == "be":
        if r.random() < .2 and v != "mobile":
            a = r.choice(["02", "03", "09", "04", "010", "016", "050", "071"])
            rest = digits(r, 9 - len(a))
            return r.choice([f"{a} {group(rest, 2) if len(rest) % 2 == 0 else rest[:3] + ' ' + group(rest[3:], 2)}",
                             f"{a}/{rest}", f"{a}/{rest[:3]}.{rest[3:5]}.{rest[5:]}", a + rest])
        p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "490", "494", "495", "496", "497", "498", "499"])
        rest = digits(r, 6)
        return r.choice([f"0{p} {group(rest, 2)}", f"0{p}{rest}", f"0{p}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                         f"+32 {p} {group(rest, 2)}", f"+32{p}{rest}", f"0032 {p} {rest[:3]} {rest[3:]}",
                         f"0{p} {rest[:3]} {rest[3:]}", f"0{p}/{rest}", f"+32 (0){p} {group(rest, 2)}"])
    if loc == "gb":
        if r.random() < .2 and v != "mobile":
            return r.choice([f"020 7{digits(r, 3)} {digits(r, 4)}", f"0113 {digits(r, 3)} {digits(r, 4)}",
                             f"+44 (0)161 {digits(r, 3)} {digits(r, 4)}", f"0131 {digits(r, 3)} {digits(r, 4)}"])
        n = "7" + r.choice(["4", "5", "7", "8", "9"]) + digits(r, 8)
        return r.choice([f"0{n}", f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44{n}", f"0{n[:4]} {n[4:7]} {n[7:]}",
                         f"+44 (0){n[:4]} {n[4:]}", f"0044 {n}"])
    a = r.choice(["212", "415", "312", "617", "713", "305", "206", "646", "917", "404"])
    x, y = str(r.randint(201, 989)), digits(r, 4)
    return r.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}",
                     f"{a}{x}{y}", f"+1 ({a}) {x}-{y}", f"{a} {x} {y}"])


EMAIL_DOM = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "icloud.com", "xs4all.nl", "hotmail.nl"],
             "be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.be", "outlook.be", "proximus.be", "live.be", "icloud.com", "yahoo.fr"],
             "gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "sky.com", "icloud.com", "live.co.uk"],
             "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "hotmail.com", "proton.me"]}


def _slug(s):
    tr = str.maketrans("éèëêçàâïîôöüûÉ'", "eeeecaaiioouuE-")
    return "".join(c for c in s.translate(tr).lower() if c.isalnum() or c == "-")


def email(r, loc, v=None, name=None):
    first, last = (name or "Sam Jansen").split(" ", 1)
    f, l = _slug(first), _slug(last.replace(" ", ""))
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f}{r.randint(60, 2005)}",
                      f"{l}.{f}", f"{f}.{l}{r.randint(1, 9)}", f"{f[0]}{l}", f"{f}-{l}"])
    e = f"{local}@{r.choice(EMAIL_DOM[loc])}"
    if r.random() < .08:
        e = e[0].upper() + e[1:]
    return e


def address(r, loc, v=None, street=None, city=None):
    st = street
    if loc == "nl":
        pc = f"{r.randint(1011, 9999)}{r.choice(['', ' '])}{r.choice(UP)}{r.choice(UP)}"
        hn = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-II", " B", "-3"])
        return r.choice([f"{st} {hn}, {pc} {city}", f"{st} {hn} {pc} {city}", f"{st} {hn}", f"{st} {hn}, {city}",
                         f"{st} {hn}\u00a0{pc} {city.upper()}" if False else f"{st} {hn}, {pc} {city.upper()}"])
    if loc == "be":
        pc = city[1]
        hn = str(r.randint(1, 180)) + r.choice(["", "", "", " bus 4", "/2", " boîte 3" if st[:3] in ("Rue", "Ave", "Cha", "Pla", "Bou") else "A"])
        if st[:3] in ("Rue", "Ave", "Cha", "Pla", "Bou"):
            return r.choice([f"{st} {hn}, {pc} {city[0]}", f"{st}, {hn} - {pc} {city[0]}", f"{st} {hn} {pc} {city[0]}", f"{st} {hn}"])
        return r.choice([f"{st} {hn}, {pc} {city[0]}", f"{st} {hn} {pc} {city[0]}", f"{st} {hn}", f"{st} {hn}, B-{pc} {city[0]}"])
    if loc == "gb":
        pc = f"{city[1]}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        hn = str(r.randint(1, 200))
        flat = r.choice(["", "", "", f"Flat {r.randint(1, 12)}, ", f"{r.randint(1, 9)}{r.choice('ab')} " if False else ""])
        return r.choice([f"{flat}{hn} {st}, {city[0]} {pc}", f"{flat}{hn} {st}, {city[0]}, {pc}", f"{hn} {st} {pc}", f"{flat}{hn} {st}"])
    hn = str(r.randint(10, 9800))
    apt = r.choice(["", "", f" Apt {r.randint(1, 30)}{r.choice('ABC')}", f" #{r.randint(100, 999)}", f", Unit {r.randint(1, 40)}"])
    return r.choice([f"{hn} {st}{apt}, {city[0]}, {city[1]} {city[2]}", f"{hn} {st}{apt}, {city[0]} {city[1]} {city[2]}", f"{hn} {st}{apt}"])


MON = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
       "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
       "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}


def dob(r, loc, lang, v=None):
    y, m, d = r.randint(1938, 2005), r.randint(1, 12), r.randint(1, 28)
    if loc == "us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MON['en'][m-1]} {d}, {y}", f"{m}-{d}-{y}"])
    mn = MON["fr" if lang == "fr" else ("en" if loc == "gb" else "nl")]
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}",
                     f"{d} {mn[m-1]} {y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}{m:02d}{y}" if False else f"{d} {mn[m-1][:3]} {y}"])


def cust(r, loc, v=None):
    v = v or r.choice(["num", "num", "pref", "ean", "pol", "acct", "mem"])
    if v == "ean":
        p = "871" if loc == "nl" else ("541" if loc == "be" else None)
        if p is None:
            return r.choice(["", "S"]) + digits(r, 13) if loc == "gb" else digits(r, 10)
        s = p + digits(r, 15)
        return r.choice([s, s, group(s, 6) if False else s[:6] + " " + s[6:12] + " " + s[12:]])
    if v == "pol":
        return r.choice([f"{r.choice(UP)}{r.choice(UP)}-{digits(r, 7)}", f"POL{digits(r, 8)}", f"{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}", f"{digits(r, 2)}/{digits(r, 6)}"])
    if v == "acct":
        return r.choice([f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}", f"{digits(r, 3)}-{digits(r, 4)}-{digits(r, 3)}", digits(r, 12)])
    if v == "mem":
        return r.choice([f"{r.choice(UP)}{digits(r, 8)}", f"{digits(r, 6)}-{digits(r, 2)}", f"M{digits(r, 7)}"])
    if v == "pref":
        return r.choice([f"K{digits(r, 7)}", f"C-{digits(r, 8)}", f"{r.choice(['1', '2', '3', '5', '7'])}{digits(r, 8)}", f"KL{digits(r, 6)}"])
    return r.choice([digits(r, 8), digits(r, 9), digits(r, 7), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", digits(r, 10)])


def pin(r, loc, v=None):
    if v == "door":
        return r.choice([digits(r, 4), digits(r, 4) + "#", "*" + digits(r, 4), digits(r, 5), digits(r, 6), f"{digits(r, 2)}-{digits(r, 2)}"])
    if v == "6":
        return digits(r, 6)
    return r.choice([digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 5), digits(r, 6)])


def puk(r, loc, v=None):
    s = digits(r, 8)
    return r.choice([s, s, f"{s[:4]} {s[4:]}"])


WORDS = {"nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
         "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
         "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]}


def otp(r, loc, lang, v=None):
    s = digits(r, 6)
    if v == "words":
        w = WORDS[lang if lang in WORDS else "en"]
        if lang == "en" and r.random() < .5:
            w = w[:]
            w[0] = "oh"
        return r.choice([" ".join(w[int(c)] for c in s), "-".join(w[int(c)] for c in s), ", ".join(w[int(c)] for c in s)])
    return r.choice([s, s, s, f"{s[:3]} {s[3:]}", f"{s[:3]}-{s[3:]}", "G-" + s, digits(r, 8), digits(r, 5), digits(r, 4)])


PW_WORDS = ["zomer", "Winter", "welkom", "Bella", "Max", "voetbal", "Ajax", "liverpool", "Sunshine", "soleil", "chouchou", "Amsterdam",
            "dragon", "Pieter", "minoes", "Lotje", "Brugge", "Kasper", "Charlie", "rosie", "tijger", "Doudou"]


def password(r, loc, v=None):
    w = r.choice(PW_WORDS)
    return r.choice([f"{w}{r.randint(1, 2024)}", f"{w}{r.randint(10, 99)}!", f"{w.capitalize()}#{r.randint(100, 999)}",
                     w.replace("a", "@").replace("o", "0") + str(r.randint(1, 99)),
                     "".join(r.choice(string.ascii_letters + DIG) for _ in range(r.randint(10, 14))),
                     f"{w}_{r.choice(PW_WORDS).lower()}{r.randint(1, 9)}", f"{w}{r.choice('!?$%&*')}{r.randint(1970, 2010)}",
                     "".join(r.choice(string.ascii_letters + DIG + "!$%&") for _ in range(r.randint(8, 12)))])


def wifi_key(r, loc, v=None):
    return r.choice(["".join(r.choice(UP + DIG) for _ in range(r.choice([8, 10, 12]))),
                     "".join(r.choice(string.ascii_letters + DIG) for _ in range(r.choice([12, 16, 20]))),
                     f"{r.choice(PW_WORDS)}{r.choice(PW_WORDS).lower()}{r.randint(10, 99)}",
                     "-".join("".join(r.choice(LO) for _ in range(4)) for _ in range(3))])


def username(r, loc, v=None, name=None):
    f, l = (name or "Sam Jansen").split(" ", 1)
    f, l = _slug(f), _slug(l.replace(" ", ""))
    return r.choice([f"{f}{l[:3]}{r.randint(1, 99)}", f"{f}.{l}", f"{f}_{r.randint(1970, 2008)}", f"{f[0]}{l}{r.randint(1, 9)}",
                     f"{l}{f[0]}", f"{f}{l}".upper()[:10], f"the_real_{f}", f"{f}x{l[:2]}"])


def api_key(r, loc, v=None):
    an = string.ascii_letters + DIG
    k = r.choice(["sk", "stripe", "aws", "aws_s", "google", "slack", "gh", "sg", "hex", "mollie", "openai"])
    rnd = lambda n, al=an: "".join(r.choice(al) for _ in range(n))
    return {"sk": "sk_live_" + rnd(24), "stripe": "pk_live_" + rnd(24) if False else "rk_live_" + rnd(24),
            "aws": "AKIA" + rnd(16, UP + DIG), "aws_s": rnd(40, an + "/+"), "google": "AIza" + rnd(35, an + "-_"),
            "slack": f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{rnd(24)}", "gh": "ghp_" + rnd(36),
            "sg": f"SG.{rnd(22)}.{rnd(43)}", "hex": rnd(32, "0123456789abcdef"), "mollie": "live_" + rnd(30),
            "openai": "sk-proj-" + rnd(40)}[k]


def token(r, loc, v=None):
    an = string.ascii_letters + DIG
    rnd = lambda n, al=an: "".join(r.choice(al) for _ in range(n))
    k = v or r.choice(["jwt", "hex", "hex40", "opaque", "gho"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rnd(r.randint(40, 80), an + "-_") + "." + rnd(43, an + "-_")
    if k == "hex":
        return rnd(32, "0123456789abcdef")
    if k == "hex40":
        return rnd(40, "0123456789abcdef")
    if k == "gho":
        return "gho_" + rnd(36)
    return rnd(r.randint(28, 48), an + "-_.")


def ip(r, loc, v=None):
    if r.random() < .12:
        return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
    a = r.choice([31, 77, 84, 94, 145, 185, 213, 81, 62, 91, 178, 109, 195])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


# ---------------------------------------------------------------- negatives
def n_date(r, loc, lang, v=None):
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    if loc == "us":
        return r.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{MON['en'][m-1]} {d}", f"{MON['en'][m-1][:3]} {d}"])
    mn = MON["fr" if lang == "fr" else ("en" if loc == "gb" else "nl")]
    return r.choice([f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d} {mn[m-1]}", f"{d} {mn[m-1][:3]}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"])


def n_time(r, loc, lang, v=None):
    h, mi = r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 30, 37, 41, 45, 50, 58])
    opts = [f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{h}.{mi:02d}"]
    if loc == "be":
        opts += [f"{h}u{mi:02d}", f"{h}h{mi:02d}", f"{h}u"]
    if lang == "en":
        hh = h % 12 or 12
        opts += [f"{hh}:{mi:02d}pm", f"{hh}am", f"{hh}.{mi:02d} am", f"{hh}:{mi:02d} PM"]
    if lang == "fr":
        opts += [f"{h}h{mi:02d}", f"{h}h"]
    return r.choice(opts)


def n_amount(r, loc, lang, v=None):
    a = r.choice([r.randint(5, 99), r.randint(100, 2500), r.randint(10, 900)])
    c = r.randint(0, 99)
    if loc in ("nl", "be"):
        return r.choice([f"€{a},{c:02d}", f"€ {a},{c:02d}", f"{a},{c:02d} euro", f"{a} EUR", f"EUR {a:,}".replace(",", ".") + f",{c:02d}", f"{a}€", f"€{a},-"])
    if loc == "gb":
        return r.choice([f"£{a}.{c:02d}", f"£{a:,}", f"£ {a}", f"{a} quid", f"GBP {a}.{c:02d}"])
    return r.choice([f"${a}.{c:02d}", f"${a:,}", f"{a} dollars", f"USD {a}", f"$ {a}.{c:02d}"])


def n_track(r, loc, v=None):
    return r.choice([f"3S{''.join(r.choice(UP) for _ in range(4))}{digits(r, 9)}", f"JVGL{digits(r, 10)}", f"1Z{digits(r, 3)}{''.join(r.choice(UP) for _ in range(3))}{digits(r, 10)}",
                     f"{r.choice(UP)}{r.choice(UP)}{digits(r, 9)}GB", f"3232{digits(r, 20)}", f"CD{digits(r, 9)}BE", digits(r, 12)])


def n_ticket(r, loc, v=None):
    return r.choice([f"#{digits(r, 7)}", f"CASE-{r.randint(2023, 2026)}-{digits(r, 5)}", f"INC{digits(r, 7)}", f"{r.randint(2023, 2026)}-{digits(r, 6)}",
                     f"CS{digits(r, 8)}", f"SR-{digits(r, 6)}", f"{digits(r, 8)}", f"F-{digits(r, 6)}", f"TKT{digits(r, 6)}", f"0{digits(r, 7)}"])


def n_cphone(r, loc, v=None):
    if loc == "nl":
        return r.choice([f"0800-{digits(r, 4)}", f"0800 {digits(r, 4)}", f"0900-{digits(r, 4)}", f"088 {digits(r, 3)} {digits(r, 4)}",
                         f"+31 20 {digits(r, 3)} {digits(r, 4)}", f"020-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"085 {digits(r, 3)} {digits(r, 4)}"])
    if loc == "be":
        return r.choice([f"078 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"0800 {digits(r, 2)} {digits(r, 3)}", f"02 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                         f"+32 78 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"070 {digits(r, 3)} {digits(r, 3)}", f"078/{digits(r, 2)}.{digits(r, 2)}.{digits(r, 2)}"])
    if loc == "gb":
        return r.choice([f"0800 {digits(r, 3)} {digits(r, 4)}", f"0345 {digits(r, 3)} {digits(r, 4)}", f"0330 {digits(r, 3)} {digits(r, 4)}",
                         f"+44 20 7{digits(r, 3)} {digits(r, 4)}", f"03457 {digits(r, 6)}", "159"])
    return r.choice([f"1-800-{digits(r, 3)}-{digits(r, 4)}", f"(888) {digits(r, 3)}-{digits(r, 4)}", f"1 (877) {digits(r, 3)}-{digits(r, 4)}",
                     f"800-{digits(r, 3)}-{digits(r, 4)}", f"1-866-{digits(r, 3)}-{digits(r, 4)}"])


def n_kvk(r, loc, v=None):
    if loc == "nl":
        return r.choice([digits(r, 8), digits(r, 8), f"NL{digits(r, 9)}B01", f"NL{digits(r, 9)}B0{r.randint(1, 9)}"])
    if loc == "be":
        return r.choice([f"BE 0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}", f"BE0{digits(r, 9)}", f"0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}"])
    if loc == "gb":
        return r.choice([digits(r, 8), f"GB {digits(r, 3)} {digits(r, 4)} {digits(r, 2)}", f"SC{digits(r, 6)}"])
    return r.choice([f"{digits(r, 2)}-{digits(r, 7)}", f"{digits(r, 6)}"])


def n_masked(r, loc, v=None):
    k = v or r.choice(["card", "card", "iban", "phone", "email", "gen"])
    if k == "card":
        return r.choice([f"****{digits(r, 4)}", f"**** **** **** {digits(r, 4)}", f"XXXX-XXXX-XXXX-{digits(r, 4)}", f"•••• {digits(r, 4)}", f"xxxx{digits(r, 4)}", f"{digits(r, 4)} **** **** {digits(r, 4)}"])
    if k == "iban":
        cc = {"nl": "NL", "be": "BE", "gb": "GB", "us": "GB"}[loc]
        return r.choice([f"{cc}** **** **** {digits(r, 4)} {digits(r, 2)}", f"{cc}**{'*' * 8}{digits(r, 4)}", f"{cc}{digits(r, 2)} XXXX XXXX XX{digits(r, 2)}", f"****{digits(r, 3)}"])
    if k == "phone":
        return r.choice([f"06******{digits(r, 2)}", f"+32 4** ** ** {digits(r, 2)}", f"07*** ***{digits(r, 3)}", f"(***) ***-{digits(r, 4)}", f"******{digits(r, 3)}"])
    if k == "email":
        return r.choice([f"{r.choice(LO)}***@gmail.com", f"{r.choice(LO)}{r.choice(LO)}*****@hotmail.com", f"{r.choice(LO)}****{r.choice(LO)}@telenet.be", f"{r.choice(LO)}******@outlook.com"])
    return r.choice([f"***{digits(r, 3)}", f"XXXXXX{digits(r, 2)}", "********"])


def simple_neg(r, loc, lang, kind, v=None):
    an = UP + DIG
    if kind == "quantity" and v == "d":
        return r.choice([f"{r.randint(2, 9)} {w}" for w in ({"nl": ["dagen", "uur", "weken", "kwartier"], "fr": ["jours", "heures", "semaines", "minutes"],
                                                            "en": ["days", "hours", "weeks", "minutes"]}[lang])] + [f"{r.randint(20, 95)} {'minuten' if lang == 'nl' else 'minutes'}"])
    if kind == "quantity" and v == "t":
        return r.choice([f"{r.randint(2, 9)} {w}" for w in ({"nl": ["transacties", "betalingen", "afschrijvingen", "pogingen"], "fr": ["transactions", "paiements", "retraits", "tentatives"],
                                                            "en": ["transactions", "payments", "charges", "attempts"]}[lang])])
    if kind == "quantity":
        return r.choice([f"{r.randint(2, 9)} {w}" for w in ({"nl": ["keer", "pogingen", "transacties", "sms'jes", "GB", "dagen"], "fr": ["fois", "tentatives", "transactions", "SMS", "Go", "jours"],
                                                            "en": ["times", "attempts", "transactions", "texts", "GB", "days"]}[lang])])
    if kind == "percentage":
        return r.choice([f"{r.randint(1, 99)}%", f"{r.randint(1, 30)},{r.randint(1, 9)}%", f"{r.randint(1, 99)} %", f"{r.randint(1, 99)} procent" if lang == "nl" else f"{r.randint(2, 60)}%"])
    if kind == "year":
        return str(r.randint(1998, 2026))
    if kind == "order_number":
        return r.choice([f"#{digits(r, 9)}", f"{digits(r, 10)}", f"ORD-{digits(r, 7)}", f"{r.choice(UP)}{digits(r, 8)}", f"1-{digits(r, 8)}"])
    if kind == "invoice_number":
        return r.choice([f"F{r.randint(2023, 2026)}-{digits(r, 5)}", f"INV-{digits(r, 6)}", f"{digits(r, 10)}", f"FA{digits(r, 7)}", f"2025/{digits(r, 4)}"])
    if kind == "request_id":
        h = "0123456789abcdef"
        return r.choice(["-".join("".join(r.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12)), f"req_{''.join(r.choice(an) for _ in range(14))}", f"RID{digits(r, 10)}"])
    if kind == "error_code":
        return r.choice([f"E{digits(r, 3)}", f"ERR_{r.choice(['NETWORK_CHANGED', 'CARD_BLOCKED', 'AUTH_FAILED', 'SIM_LOCKED', 'TOO_MANY_ATTEMPTS'])}", f"0x800{digits(r, 5)}",
                         f"code {r.choice(['403', '500', '429', '401'])}" if False else r.choice(["403", "500", "429", "401", "502"]), f"BLK-{digits(r, 2)}", f"SEC{digits(r, 4)}"])
    if kind == "version_string":
        return r.choice([f"{r.randint(3, 19)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"v{r.randint(1, 9)}.{r.randint(0, 40)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                         f"Android {r.randint(11, 15)}", f"{r.randint(7, 9)}.{r.randint(0, 60)}.{r.randint(1000, 9999)}"])
    if kind == "model_number":
        return r.choice([f"SM-{r.choice(['S', 'A', 'G'])}{digits(r, 3)}B", f"iPhone {r.randint(11, 16)}{r.choice(['', ' Pro', ' mini'])}", f"FRITZ!Box {r.choice(['7530', '7590', '6660'])}",
                         f"Pixel {r.randint(6, 9)}{r.choice(['', 'a'])}", f"H{digits(r, 3)}-{r.choice(UP)}", f"Connect Box {r.choice(['2', '3'])}" if False else f"TC{digits(r, 4)}"])
    if kind == "product_code":
        return r.choice([f"SKU-{digits(r, 6)}", f"art.nr. {digits(r, 3)}.{digits(r, 3)}.{digits(r, 2)}" if False else f"{digits(r, 3)}.{digits(r, 3)}.{digits(r, 2)}", f"P{digits(r, 7)}", f"{r.choice(UP)}{r.choice(UP)}-{digits(r, 4)}"])
    if kind == "flight_number":
        return r.choice([f"KL{r.randint(600, 1999)}", f"SN {r.randint(100, 3999)}", f"FR{r.randint(1000, 9999)}", f"HV {r.randint(5000, 6999)}", f"BA{r.randint(100, 999)}", f"U2 {r.randint(1000, 8999)}", f"TB{r.randint(1000, 3999)}"])
    if kind == "meter_reading":
        return r.choice([f"{r.randint(1000, 99999)} kWh", f"{r.randint(100, 9999)},{r.randint(0, 9)} kWh", f"{r.randint(100, 9999)} m3", f"{digits(r, 5)}", f"{r.randint(100, 9999)} m³"])
    if kind == "port":
        return str(r.choice([8080, 443, 22, 3389, 8443, 5060, 993, 587, 25, 1194]))
    if kind == "checksum":
        h = "0123456789abcdef"
        return "".join(r.choice(h) for _ in range(r.choice([32, 40, 64])))
    raise KeyError(kind)
