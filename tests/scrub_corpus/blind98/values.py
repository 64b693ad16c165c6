"""Value generators (labelled values and hard negatives). Standard library only."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
AN = UP + LO + DIG
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
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


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) == 9:
        tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
        return tot % 11 == 0
    if len(d) == 11:
        base = int("".join(map(str, d[:9])))
        chk = int("".join(map(str, d[9:])))
        return chk == 97 - base % 97 or chk == 97 - (2000000000 + base) % 97
    return False


# ---------------------------------------------------------------- labelled
def card(rng, lang):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "mc2"])
    if kind == "visa":
        pre, n = "4" + rs(rng, DIG, 5), 16
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)) + rs(rng, DIG, 4), 16
    elif kind == "mc2":
        pre, n = str(rng.randint(2221, 2720)) + rs(rng, DIG, 2), 16
    else:
        pre, n = rng.choice(["34", "37"]) + rs(rng, DIG, 4), 15
    body = pre + rs(rng, DIG, n - len(pre) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            num = body + c
            break
    st = rng.random()
    if n == 15:
        if st < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    if st < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if st < 0.65:
        return num
    if st < 0.85:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(num[i:i + 4] for i in range(0, 16, 4)) if st < 0.9 else ".".join(num[i:i + 4] for i in range(0, 16, 4))


def _iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{98 - n % 97:02d}"


def iban(rng, lang, sub=None):
    cc = sub
    if cc is None:
        base = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[lang]
        cc = base if rng.random() < 0.78 else rng.choice(["NL", "BE", "DE", "FR", "GB", "ES", "LU"])
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]) + rs(rng, DIG, 10)
    elif cc == "BE":
        b10 = rs(rng, DIG, 10)
        c = int(b10) % 97 or 97
        bban = b10 + f"{c:02d}"
    elif cc == "DE":
        bban = rs(rng, DIG, 18)
    elif cc == "FR":
        bban = rs(rng, DIG, 23)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + rs(rng, DIG, 14)
    elif cc == "ES":
        bban = rs(rng, DIG, 20)
    else:  # LU
        bban = rs(rng, DIG, 3) + rs(rng, DIG, 13)
    full = cc + _iban_check(cc, bban) + bban
    st = rng.random()
    if st < 0.5:
        out = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    elif st < 0.82:
        out = full
    else:
        out = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    if rng.random() < 0.12:
        out = out.lower()
    assert iban_ok(out), out
    return out


def bsn(rng, lang):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            d.append(s)
            break
    num = "".join(map(str, d))
    st = rng.random()
    if st < 0.6:
        return num
    if st < 0.8:
        return f"{num[:4]}.{num[4:6]}.{num[6:]}"
    return f"{num[:3]} {num[3:6]} {num[6:]}"


def rrn(rng, lang):
    y = rng.randint(1940, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    b = int(base) + (2000000000 if y >= 2000 else 0)
    chk = 97 - b % 97
    num = base + f"{chk:02d}"
    st = rng.random()
    if st < 0.45:
        out = f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}"
    elif st < 0.75:
        out = num
    else:
        out = f"{num[:6]} {num[6:9]} {num[9:]}"
    assert bsn_ok(out)
    return out


def cvv(rng, lang):
    return rs(rng, DIG, 3) if rng.random() < 0.9 else rs(rng, DIG, 4)


def expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d}-20{y}", f"{m:02d} / {y}"])


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul één twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, lang, sub=None):
    sub = sub or rng.choice(["6", "6", "6", "spaced", "words", "8", "dash"])
    if sub == "words":
        d = rs(rng, DIG, 6)
        return rng.choice([" ", "-", ", "]).join(NUMW[lang][int(c)] for c in d)
    if sub == "spaced":
        d = rs(rng, DIG, 6)
        return d[:3] + " " + d[3:]
    if sub == "8":
        return rs(rng, DIG, 8)
    if sub == "dash":
        d = rs(rng, DIG, 6)
        return d[:3] + "-" + d[3:]
    if sub == "4":
        return rs(rng, DIG, 4)
    if sub == "5":
        return rs(rng, DIG, 5)
    return rs(rng, DIG, 6)


def pin(rng, lang, sub=None):
    if sub in ("gate", "alarm") and rng.random() < 0.4:
        return rs(rng, DIG, rng.choice([5, 6]))
    if sub == "sim" and rng.random() < 0.3:
        return "0000"[:0] + rs(rng, DIG, 4)
    if sub == "phone" and rng.random() < 0.4:
        return rs(rng, DIG, 6)
    p = rs(rng, DIG, 4)
    return p


def puk(rng, lang):
    p = rs(rng, DIG, 8)
    return p if rng.random() < 0.8 else p[:4] + " " + p[4:]


PW_WORDS = ["Zomer", "Winter", "Lente", "hondje", "Kaasboer", "Fietsbel", "Tulp", "Molen", "Pannenkoek", "Ajax",
            "Brugge", "Frietje", "Chocolat", "Soleil", "Maison", "Liverpool", "Arsenal", "Sunshine", "Buster",
            "Dragon", "Yankees", "Charlie", "Bella", "Snoopy", "Kanarie", "Duinroos", "Papillon", "Wafel", "Oma",
            "Kasteel", "Rocky", "Madrid", "Poesje", "Tigger", "Marjolein", "Kabouter", "Eendje", "Pinda", "Zeeland",
            "Biscuit", "Muffin", "Voetbal", "Gazelle", "Hortensia", "Citroen", "Lucky", "Cookie", "Panda"]


def password(rng, lang, pools=None):
    words = (pools or {}).get("pw_words") or PW_WORDS
    st = rng.random()
    w = rng.choice(words)
    if st < 0.3:
        return w + str(rng.randint(1, 2025)) + rng.choice(["!", "#", "?", "!!", "$", "*", ""])
    if st < 0.45:
        return rs(rng, AN, rng.randint(9, 14)) + rng.choice(["!", "%", "&", "@", "-"])
    if st < 0.6:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet + rs(rng, DIG, 2)
    if st < 0.72:
        return w.lower() + "_" + rng.choice(words).lower() + rs(rng, DIG, rng.randint(1, 3))
    if st < 0.84:
        return rng.choice(words) + rng.choice(["-", ".", "+"]) + rng.choice(words) + rs(rng, DIG, 2)
    return w.lower() + rs(rng, DIG, 3)


def wifi(rng, lang):
    st = rng.random()
    if st < 0.35:
        return rs(rng, UP + DIG, rng.choice([10, 12, 13]))
    if st < 0.6:
        return rs(rng, LO + DIG, 16)
    if st < 0.8:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS) + str(rng.randint(10, 99))
    return "-".join(rs(rng, LO + DIG, 4) for _ in range(4))


def username(rng, lang, first="jan", last="jansen"):
    f = first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "")
    st = rng.random()
    if st < 0.25:
        return f + l[:1] + str(rng.randint(70, 99))
    if st < 0.45:
        return f[:1] + "." + l
    if st < 0.6:
        return f + "_" + l + str(rng.randint(1, 9))
    if st < 0.75:
        return l.capitalize() + f.capitalize()[:1] + rs(rng, DIG, 3)
    if st < 0.88:
        return (f + l)[:10] + rs(rng, DIG, 2)
    return rs(rng, UP, 2) + rs(rng, DIG, 6)


def api_key(rng, lang, sub=None):
    sub = sub or rng.choice(["stripe", "aws_id", "woo_ck", "hex", "google", "bol", "sendgrid", "stripe_pk", "etsy"])
    if sub == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(rng, AN, 24)
    if sub == "stripe_pk":
        return "sk_live_51" + rs(rng, AN, 30)
    if sub == "aws_id":
        return "AKIA" + rs(rng, UP + "234567", 16)
    if sub == "aws_secret":
        return rs(rng, AN + "/+", 40)
    if sub == "woo_ck":
        return "ck_" + rs(rng, HEX, 40)
    if sub == "woo_cs":
        return "cs_" + rs(rng, HEX, 40)
    if sub == "google":
        return "AIza" + rs(rng, AN + "-_", 35)
    if sub == "bol":
        return rs(rng, HEX, 8) + "-" + rs(rng, HEX, 4) + "-" + rs(rng, HEX, 4) + "-" + rs(rng, HEX, 4) + "-" + rs(rng, HEX, 12)
    if sub == "bol_secret":
        return rs(rng, AN + "-_", 44)
    if sub == "sendgrid":
        return "SG." + rs(rng, AN + "_-", 22) + "." + rs(rng, AN + "_-", 43)
    if sub == "etsy":
        return rs(rng, LO + DIG, 24)
    return rs(rng, HEX, 32)


def token(rng, lang, sub=None):
    sub = sub or rng.choice(["jwt", "ghp", "shpat", "hex", "session", "amzn", "oauth"])
    if sub == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rs(rng, AN + "-_", rng.randint(40, 70)) + "." + rs(rng, AN + "-_", 43)
    if sub == "ghp":
        return "ghp_" + rs(rng, AN, 36)
    if sub == "shpat":
        return "shpat_" + rs(rng, HEX, 32)
    if sub == "session":
        return rs(rng, HEX, 40)
    if sub == "amzn":
        return "Atzr|" + rs(rng, AN + "-_", 60)
    if sub == "oauth":
        return "ya29." + rs(rng, AN + "-_", 60)
    return rs(rng, HEX, 32)


MAIL_DOM = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "xs4all.nl", "icloud.com", "hetnet.nl"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "outlook.be", "proximus.be", "scarlet.be", "icloud.com"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "live.be", "yahoo.fr", "outlook.fr", "proximus.be"],
    "en-gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com", "outlook.com", "virginmedia.com", "icloud.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com", "verizon.net", "protonmail.com"],
}


def _ascii(s):
    tr = str.maketrans("éèëêïîôöüûàâç'", "eeeeiioouuaac-")
    return s.lower().translate(tr).replace(" ", "")


def email(rng, lang, first="jan", last="jansen"):
    f, l = _ascii(first), _ascii(last).replace("-", "")
    dom = rng.choice(MAIL_DOM[lang])
    st = rng.random()
    if st < 0.3:
        local = f + "." + l
    elif st < 0.5:
        local = f[0] + l + str(rng.randint(1, 99))
    elif st < 0.65:
        local = f + l + str(rng.randint(1960, 2005))
    elif st < 0.8:
        local = f + "_" + l[:4]
    else:
        local = l + "." + f[0] + rs(rng, DIG, 2)
    out = local + "@" + dom
    if rng.random() < 0.08:
        out = out.capitalize()
    return out


def phone(rng, lang, sub=None):
    mob = sub != "land" and (sub == "mobile" or rng.random() < 0.75)
    if lang == "nl" or (lang == "en-us" and False):
        if mob:
            n = "6" + rs(rng, DIG, 8)
            f = rng.choice([
                lambda: "0" + n, lambda: "0" + n[:1] + "-" + n[1:], lambda: "0" + n[0] + " " + n[1:5] + " " + n[5:],
                lambda: "+31 " + n[0] + " " + n[1:], lambda: "+31" + n, lambda: "0031 " + n[0] + " " + n[1:5] + " " + n[5:],
                lambda: "06-" + " ".join(n[i:i + 2] for i in range(1, 9, 2)), lambda: "+31 (0)" + n[0] + " " + n[1:5] + " " + n[5:],
                lambda: "(06) " + n[1:4] + " " + n[4:7] + " " + n[7:]])
            return f()
        area = rng.choice(["20", "30", "10", "70", "40", "50", "73", "76", "24", "35", "71", "58"])
        rest = rs(rng, DIG, 9 - len(area))
        return rng.choice(["0" + area + "-" + rest, "0" + area + " " + rest[:3] + " " + rest[3:],
                           "+31 " + area + " " + rest, "+31 (0)" + area + " " + rest[:3] + " " + rest[3:]])
    if lang in ("nl-be", "fr-be"):
        if mob:
            p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "491", "492", "494", "495", "496", "497", "498", "499"])
            r = rs(rng, DIG, 6)
            return rng.choice(["0" + p + " " + r[:2] + " " + r[2:4] + " " + r[4:], "0" + p + "/" + r[:2] + "." + r[2:4] + "." + r[4:],
                               "+32 " + p + " " + r[:2] + " " + r[2:4] + " " + r[4:], "0032 " + p + " " + r[:3] + " " + r[3:],
                               "0" + p + r, "+32" + p + r, "0" + p + "/" + r, "+32 (0)" + p + " " + r[:3] + " " + r[3:]])
        a = rng.choice(["2", "3", "9", "4", "16", "50", "10", "11", "15", "56", "81", "65", "71"])
        r = rs(rng, DIG, 8 - len(a))
        return rng.choice(["0" + a + " " + r[:-4] + " " + r[-4:-2] + " " + r[-2:], "0" + a + "/" + r[:-4] + "." + r[-4:-2] + "." + r[-2:],
                           "+32 " + a + " " + r, "0" + a + r])
    if lang == "en-gb":
        if mob:
            r = rs(rng, DIG, 6)
            p = rng.choice(["7700", "7911", "7824", "7456", "7968", "7385", "7552", "7123"])
            return rng.choice(["0" + p + " " + r, "+44 " + p + " " + r, "0" + p + r, "+44 (0)" + p + " " + r[:3] + " " + r[3:],
                               "0" + p + " " + r[:3] + " " + r[3:], "+44" + p + r, "00 44 " + p + " " + r])
        a = rng.choice([("20", 8), ("161", 7), ("113", 7), ("121", 7), ("131", 7), ("1632", 6), ("117", 7), ("29", 8)])
        r = rs(rng, DIG, a[1])
        return rng.choice(["0" + a[0] + " " + r[:len(r) - 4] + " " + r[-4:], "+44 " + a[0] + " " + r, "(0" + a[0] + ") " + r])
    # en-us
    a = rng.choice(["212", "415", "312", "617", "503", "206", "305", "512", "720", "404", "646", "718", "919", "602"])
    e = str(rng.randint(201, 989))
    l = rs(rng, DIG, 4)
    return rng.choice([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}", f"1-{a}-{e}-{l}", f"{a}{e}{l}", f"+1 ({a}) {e}-{l}"])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl-be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en-gb": "January February March April May June July August September October November December".split(),
    "en-us": "January February March April May June July August September October November December".split(),
}


def dob(rng, lang):
    y = rng.randint(1938, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = MONTHS[lang][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mn} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}", f"{d:02d}-{m:02d}-{y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y}"])


def ip(rng, lang):
    if rng.random() < 0.15:
        return "2a02:" + ":".join(rs(rng, HEX, 4) for _ in range(3)) + "::" + rs(rng, HEX, 3)
    first = rng.choice([84, 62, 77, 145, 178, 81, 213, 86, 92, 31, 94, 109, 185, 212])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def customer_number(rng, lang, sub=None):
    sub = sub or "generic"
    if sub == "seller":
        return rng.choice(["A" + rs(rng, UP + DIG, 13), rs(rng, DIG, 7), "SLR-" + rs(rng, DIG, 6), rs(rng, DIG, 8)])
    if sub == "mortgage":
        return rng.choice([rs(rng, DIG, 2) + "." + rs(rng, DIG, 2) + "." + rs(rng, DIG, 3) + "." + rs(rng, DIG, 3), "HYP-" + rs(rng, DIG, 8), rs(rng, DIG, 10), "LN" + rs(rng, DIG, 9)])
    if sub == "storage":
        return rng.choice(["SSC-" + rs(rng, DIG, 6), "CT" + rs(rng, DIG, 7), rs(rng, DIG, 6) + "-" + rs(rng, DIG, 2)])
    if sub == "unit":
        return rng.choice([rs(rng, "ABCDEFGH", 1) + "-" + str(rng.randint(100, 499)), str(rng.randint(1, 4)) + "." + str(rng.randint(10, 88)), rs(rng, "ABCDEF", 1) + str(rng.randint(10, 399)), "G" + rs(rng, DIG, 3)])
    if sub == "tax":  # NL aanslagnummer / toeslagen relatienummer
        return rng.choice([rs(rng, DIG, 4) + "." + rs(rng, DIG, 2) + "." + rs(rng, DIG, 3) + ".H." + rng.choice(["46", "56", "66", "76"]), rs(rng, DIG, 9) + "H" + rs(rng, DIG, 2), rs(rng, DIG, 10)])
    if sub == "utr":
        u = rs(rng, DIG, 10)
        return rng.choice([u, u[:5] + " " + u[5:]])
    if sub == "nino":
        n = rs(rng, "ABCEGHJKLMNPRSTWXYZ", 2) + rs(rng, DIG, 6) + rs(rng, "ABCD", 1)
        return rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"])
    if sub == "ssn":
        return f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    if sub == "bank":
        return rng.choice([rs(rng, DIG, 8), rs(rng, DIG, 3) + "-" + rs(rng, DIG, 7), rs(rng, DIG, 10)])
    if sub == "ukacct":
        return rs(rng, DIG, 8)
    if sub == "sortcode":
        return f"{rs(rng, DIG, 2)}-{rs(rng, DIG, 2)}-{rs(rng, DIG, 2)}"
    if sub == "usacct":
        return rs(rng, DIG, rng.choice([9, 10, 12]))
    if sub == "benefit":
        return rng.choice([rs(rng, DIG, 9), "BEN-" + rs(rng, DIG, 7), rs(rng, DIG, 3) + "/" + rs(rng, DIG, 6)])
    if sub == "ean":
        return "8716" + rs(rng, DIG, 14)
    if sub == "shop":
        return rng.choice([rs(rng, DIG, 8), "KL" + rs(rng, DIG, 7), rs(rng, DIG, 4) + " " + rs(rng, DIG, 4)])
    if sub == "be":
        return rng.choice([rs(rng, DIG, 3) + "-" + rs(rng, DIG, 7) + "-" + rs(rng, DIG, 2), rs(rng, DIG, 10), "C" + rs(rng, DIG, 8)])
    if sub == "member":
        return rng.choice(["M" + rs(rng, DIG, 7), rs(rng, DIG, 9)])
    return rng.choice([rs(rng, DIG, 8), rs(rng, DIG, 2) + "-" + rs(rng, DIG, 6), "K" + rs(rng, DIG, 7)])


# ---------------------------------------------------------------- negatives
def neg_date(rng, lang):
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    y = rng.choice([2024, 2025, 2026])
    mn = MONTHS[lang][m - 1]
    if lang == "en-us":
        return rng.choice([f"{mn} {d}", f"{m}/{d}", f"{mn} {d}, {y}", f"{m}/{d}/{y}"])
    if lang == "en-gb":
        return rng.choice([f"{d} {mn}", f"{d}/{m:02d}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}"])
    return rng.choice([f"{d} {mn}", f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {mn} {y}", f"{d}/{m}"])


def neg_time(rng, lang):
    h = rng.randint(7, 21)
    mi = rng.choice([0, 15, 30, 45, 5, 20, 52])
    if lang in ("en-us",):
        return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    if lang == "nl-be":
        return rng.choice([f"{h}u{mi:02d}", f"{h}:{mi:02d}", f"{h}u"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"])


def neg_amount(rng, lang):
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 2500), rng.randint(2500, 450000)])
    c = rng.randint(0, 99)
    if lang in ("en-gb",):
        return rng.choice([f"£{v:,}.{c:02d}", f"£{v}", f"{v} quid", f"£{v:,}"])
    if lang == "en-us":
        return rng.choice([f"${v:,}.{c:02d}", f"${v}", f"{v} dollars", f"USD {v:,}"])
    eu = f"{v:,}".replace(",", ".")
    return rng.choice([f"€ {eu},{c:02d}", f"€{v},{c:02d}", f"{v} euro", f"EUR {eu},-", f"€{eu}", f"{v},{c:02d} EUR"])


def neg_pct(rng, lang):
    v = rng.choice([f"{rng.randint(1, 6)},{rng.randint(0, 99):02d}", str(rng.randint(1, 100)), f"{rng.randint(1, 6)}.{rng.randint(0, 9)}"])
    if lang.startswith("en"):
        v = v.replace(",", ".")
    return v + rng.choice(["%", " %", "%"])


def order_number(rng, lang):
    return rng.choice([f"{rng.randint(100, 499)}-{rs(rng, DIG, 7)}-{rs(rng, DIG, 7)}", "A" + rs(rng, DIG, 9), rs(rng, DIG, 10), "#" + rs(rng, DIG, 6),
                       "ORD-" + rs(rng, DIG, 6), "1" + rs(rng, DIG, 9), "BOL" + rs(rng, DIG, 8), "Q-" + rs(rng, DIG, 5)])


def ticket(rng, lang):
    return rng.choice(["Z-2025-" + rs(rng, DIG, 6), "CS-" + rs(rng, DIG, 6), "INC" + rs(rng, DIG, 7), rs(rng, DIG, 8), "#" + rs(rng, DIG, 7),
                       "DOS/" + rs(rng, DIG, 5), "CAS-" + rs(rng, DIG, 5) + "-" + rs(rng, UP + DIG, 6), "REF " + rs(rng, UP, 2) + rs(rng, DIG, 6)])


def invoice(rng, lang):
    return rng.choice(["F2025-" + rs(rng, DIG, 5), "INV-" + rs(rng, DIG, 6), rs(rng, DIG, 9), "FACT" + rs(rng, DIG, 7), "2025/" + rs(rng, DIG, 4)])


def tracking(rng, lang):
    return rng.choice(["3S" + rs(rng, UP, 4) + rs(rng, DIG, 7), "JVGL" + rs(rng, DIG, 16), "1Z" + rs(rng, UP + DIG, 6) + rs(rng, DIG, 10),
                       rs(rng, UP, 2) + rs(rng, DIG, 9) + "GB", "323" + rs(rng, DIG, 21), "9400" + rs(rng, DIG, 18), "CD" + rs(rng, DIG, 9) + "BE"])


def request_id(rng, lang):
    return rng.choice([rs(rng, HEX, 8) + "-" + rs(rng, HEX, 4) + "-4" + rs(rng, HEX, 3) + "-a" + rs(rng, HEX, 3) + "-" + rs(rng, HEX, 12),
                       "req_" + rs(rng, AN, 14), "REQ-" + rs(rng, DIG, 9)])


def error_code(rng, lang):
    return rng.choice(["E-" + rs(rng, DIG, 4), "0x8007" + rs(rng, HEX.upper(), 4), "ERR_" + rng.choice(["TIMEOUT", "AUTH_FAILED", "CONNECTION_RESET", "INVALID_GRANT"]),
                       "DGD-" + rs(rng, DIG, 3), "HTTP 40" + rng.choice("1349"), "E" + rs(rng, DIG, 3), "AUTH-" + rs(rng, DIG, 4), "500 Internal Server Error"])


def version(rng, lang):
    return rng.choice([f"{rng.randint(1, 19)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(11, 15)}", f"v{rng.randint(2, 9)}.{rng.randint(0, 40)}", f"{rng.randint(5, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)} (build {rs(rng, DIG, 4)})"])


def model(rng, lang, pools=None):
    return rng.choice(pools["models"])


def product_code(rng, lang):
    return rng.choice(["87" + rs(rng, DIG, 11), "B0" + rs(rng, UP + DIG, 8), "SKU-" + rs(rng, UP + DIG, 6), "92000" + rs(rng, DIG, 11), "ART " + rs(rng, DIG, 6)])


def flight(rng, lang):
    return rng.choice(["KL", "HV", "BA", "FR", "SN", "TB", "U2", "AA", "DL", "LH"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def company_phone(rng, lang):
    if lang == "nl":
        return rng.choice(["0800-" + rs(rng, DIG, 4), "088 " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4), "0900-" + rs(rng, DIG, 4), "0800 " + rs(rng, DIG, 4), "088-" + rs(rng, DIG, 7)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 " + rs(rng, DIG, 2) + " " + rs(rng, DIG, 2) + " " + rs(rng, DIG, 2), "02 " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 2) + " " + rs(rng, DIG, 2), "0800 " + rs(rng, DIG, 2) + " " + rs(rng, DIG, 3), "078/" + rs(rng, DIG, 2) + "." + rs(rng, DIG, 2) + "." + rs(rng, DIG, 2), "1700"])
    if lang == "en-gb":
        return rng.choice(["0300 " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4), "0800 " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4), "0345 " + rs(rng, DIG, 3) + " " + rs(rng, DIG, 4), "0333 " + rs(rng, DIG, 7)])
    return rng.choice(["1-800-" + rs(rng, DIG, 3) + "-" + rs(rng, DIG, 4), "1 (888) " + rs(rng, DIG, 3) + "-" + rs(rng, DIG, 4), "800-" + rs(rng, DIG, 3) + "-" + rs(rng, DIG, 4), "(877) " + rs(rng, DIG, 3) + "-" + rs(rng, DIG, 4)])


def kvk(rng, lang):
    if lang == "nl":
        return rng.choice([rs(rng, DIG, 8), "NL" + rs(rng, DIG, 9) + "B01", rs(rng, DIG, 8)])
    if lang in ("nl-be", "fr-be"):
        b = rng.randint(2000000, 9999999) + 0
        b8 = f"0{b}"
        c = 97 - int(b8) % 97
        num = f"{b8}{c:02d}"
        return rng.choice([f"{num[:4]}.{num[4:7]}.{num[7:]}", f"BE {num}", f"BE{num[:4]}.{num[4:7]}.{num[7:]}"])
    if lang == "en-gb":
        return rng.choice([rs(rng, DIG, 8), "GB" + rs(rng, DIG, 9), "SC" + rs(rng, DIG, 6)])
    return f"{rs(rng, DIG, 2)}-{rs(rng, DIG, 7)}"


def masked(rng, lang, sub=None):
    sub = sub or rng.choice(["card", "iban", "email", "phone", "card2"])
    if sub == "card":
        return rng.choice(["**** **** **** ", "xxxx-xxxx-xxxx-", "****", "•••• "]) + rs(rng, DIG, 4)
    if sub == "card2":
        return rs(rng, DIG, 4) + " **** **** " + rs(rng, DIG, 4)
    if sub == "iban":
        cc = "BE" if lang in ("nl-be", "fr-be") else ("GB" if lang == "en-gb" else "NL")
        return rng.choice([f"{cc}** **** **** {rs(rng, DIG, 2)}{rs(rng, DIG, 2)}", f"{cc}** **** **** **{rs(rng, DIG, 2)} {rs(rng, DIG, 2)}", f"{cc}XX XXXX XXXX {rs(rng, DIG, 4)}", f"****{rs(rng, DIG, 4)}"])
    if sub == "email":
        return rs(rng, LO, 1) + "***" + rs(rng, LO, 1) + "@" + rng.choice(["gmail.com", "hotmail.com", "telenet.be", "outlook.com"])
    if sub == "ssn":
        return "***-**-" + rs(rng, DIG, 4)
    return rng.choice(["06-****" + rs(rng, DIG, 4), "+31 6 *** ** " + rs(rng, DIG, 3), "04** ** ** " + rs(rng, DIG, 2), "07*** ***" + rs(rng, DIG, 3), "(***) ***-" + rs(rng, DIG, 4)])


def meter(rng, lang):
    return rng.choice([f"{rs(rng, DIG, 5)} kWh", f"{rng.randint(100, 9999)} m3", f"{rng.randint(100, 9999)} m³", rs(rng, DIG, 6), f"{rng.randint(1000, 60000)} kWh"])


def port(rng, lang):
    return str(rng.choice([22, 443, 8080, 8443, 3306, 21, 990, 5432, 2083, 587]))


def checksum(rng, lang):
    return rng.choice([rs(rng, HEX, 64), rs(rng, HEX, 32), rs(rng, HEX, 40)])


def year(rng, lang):
    return str(rng.randint(2018, 2026))


QTY_UNITS = {
    "nl": ["verhuisdozen", "dozen", "pallets", "m³", "stuks", "kasten", "colli", "kg"],
    "nl-be": ["verhuisdozen", "dozen", "paletten", "m³", "stuks", "kasten", "kg"],
    "fr-be": ["cartons", "caisses", "palettes", "m³", "pièces", "colis", "kg"],
    "en-gb": ["boxes", "crates", "pallets", "cubic metres", "items", "parcels", "kg"],
    "en-us": ["boxes", "crates", "pallets", "cubic feet", "items", "packages", "lbs"],
}


def qty(rng, lang):
    return f"{rng.randint(2, 60)} {rng.choice(QTY_UNITS[lang])}"
