"""Value generators (labelled values and hard-negative values). Standard library only."""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rd(r, n, alphabet=DIG):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in DIG:
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{country}{98 - n % 97:02d}{bban}"


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
    return 97 - base % 97 == chk or 97 - (2000000000 + base) % 97 == chk


# ---------------------------------------------------------------- labelled values
def card(r, v=None):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"]) if not v else v
    if kind == "visa":
        num = luhn_complete("4" + rd(r, 14))
    elif kind == "mc":
        pre = r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        num = luhn_complete(pre + rd(r, 15 - len(pre)))
    elif kind == "amex":
        num = luhn_complete(r.choice(["34", "37"]) + rd(r, 12))
    else:
        num = luhn_complete("6" + r.choice(["759", "703"]) + rd(r, 14))
    if len(num) == 15:
        fmt = r.choice(["4-6-5", "plain", "4-6-5d"])
        if fmt == "plain":
            return num
        sep = "-" if fmt.endswith("d") else " "
        return sep.join([num[:4], num[4:10], num[10:]])
    g = [num[i:i + 4] for i in range(0, len(num), 4)]
    f = r.choice(["space", "space", "plain", "dash", "dot", "mixed"])
    if f == "space":
        return " ".join(g)
    if f == "plain":
        return num
    if f == "dash":
        return "-".join(g)
    if f == "dot":
        return ".".join(g)
    return "".join(g[:2]) + " " + "".join(g[2:])


def cvv(r, v=None):
    return rd(r, 4 if v == "amex" else 3)


def card_expiry(r, v=None):
    m, y = r.randint(1, 12), r.randint(25, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d}{y}", f"{m:02d} / {y}"])


def _nl_bban(r):
    return r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + rd(r, 10)


def _be_bban(r):
    b = f"{r.randint(1, 999):03d}" + rd(r, 7)
    c = int(b) % 97 or 97
    return b + f"{c:02d}"


def iban(r, v=None):
    if v is None:
        v = r.choice(["nl", "nl", "be", "be", "de", "gb", "fr", "lu", "es"])
    if v == "nl":
        s = iban_make("NL", _nl_bban(r))
    elif v == "be":
        s = iban_make("BE", _be_bban(r))
    elif v == "de":
        s = iban_make("DE", rd(r, 18))
    elif v == "gb":
        s = iban_make("GB", r.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]) + rd(r, 14))
    elif v == "fr":
        s = iban_make("FR", rd(r, 10) + rd(r, 11, UPALNUM) + rd(r, 2))
    elif v == "lu":
        s = iban_make("LU", rd(r, 3) + rd(r, 13, UPALNUM))
    else:
        s = iban_make("ES", rd(r, 20))
    f = r.random()
    if f < 0.5:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif f < 0.8:
        out = s
    elif f < 0.9:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    else:
        out = s.lower()
    assert iban_ok(out)
    return out


def bsn(r, v=None):
    if v == "rrn":
        return rrn(r)
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s <= 9:
            n = "".join(map(str, d + [s]))
            break
    f = r.choice(["plain", "plain", "dots", "spaces", "dash"])
    if f == "dots":
        n = f"{n[:4]}.{n[4:6]}.{n[6:]}"
    elif f == "spaces":
        n = f"{n[:3]} {n[3:6]} {n[6:]}"
    elif f == "dash":
        n = f"{n[:3]}-{n[3:6]}-{n[6:]}"
    assert bsn_ok(n)
    return n


def rrn(r):
    y = r.randint(1940, 2006)
    m, d = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 997)
    base = int(f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}")
    chk = 97 - ((2000000000 + base) if y >= 2000 else base) % 97
    s = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}{chk:02d}"
    f = r.choice(["official", "official", "plain", "spaces", "dashes"])
    if f == "official":
        s = f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    elif f == "spaces":
        s = f"{s[:6]} {s[6:9]} {s[9:]}"
    elif f == "dashes":
        s = f"{s[:6]}-{s[6:9]}-{s[9:]}"
    assert rrn_ok(s)
    return s


def phone(r, lang, v=None):
    if lang == "nl":
        if v == "land" or (v is None and r.random() < 0.2):
            area = r.choice(["020", "010", "030", "070", "040", "050", "0492", "0318", "0543"])
            rest = rd(r, 10 - len(area))
            return r.choice([f"{area}-{rest}", f"{area} {rest}", f"{area}{rest}", f"+31 {area[1:]} {rest}"])
        n = "6" + rd(r, 8)
        return r.choice([f"06-{n[1:]}", f"06 {n[1:5]} {n[5:]}", f"0{n}", f"+31 6 {n[1:]}", f"+31{n}",
                         f"0031 6 {n[1:5]} {n[5:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 (0)6 {n[1:]}",
                         f"(06) {n[1:]}", f"+316-{n[1:]}"])
    if lang in ("nl-be", "fr-be"):
        if v == "land" or (v is None and r.random() < 0.2):
            a = r.choice(["02", "03", "09", "04", "016", "050", "081", "010", "071"])
            rest = rd(r, 9 - len(a))
            if len(a) == 2:
                return r.choice([f"{a} {rest[:3]} {rest[3:5]} {rest[5:]}", f"{a}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                                 f"+32 {a[1]} {rest[:3]} {rest[3:5]} {rest[5:]}", f"{a}{rest}"])
            return r.choice([f"{a} {rest[:2]} {rest[2:4]} {rest[4:]}", f"{a}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                             f"+32 {a[1:]} {rest}"])
        p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "493", "494", "495", "496", "497", "498", "499", "456", "460", "465", "468"])
        x = rd(r, 6)
        return r.choice([f"0{p} {x[:2]} {x[2:4]} {x[4:]}", f"0{p}/{x[:2]}.{x[2:4]}.{x[4:]}", f"0{p}{x}",
                         f"+32 {p} {x[:2]} {x[2:4]} {x[4:]}", f"+32{p}{x}", f"0032 {p} {x[:2]} {x[2:4]} {x[4:]}",
                         f"0{p}/{x}", f"0{p} {x[:3]} {x[3:]}", f"+32 (0){p} {x}"])
    if lang == "en-gb":
        if v == "land" or (v is None and r.random() < 0.2):
            a = r.choice(["020 7", "020 8", "0161 ", "0113 ", "0121 ", "0131 ", "029 2", "01632 "])
            rest = rd(r, 11 - len(a.replace(" ", "")))
            if a.startswith("020") or a.startswith("029"):
                return r.choice([f"{a}{rest[:3]} {rest[3:]}", f"+44 {a[1:]}{rest[:3]} {rest[3:]}", f"({a[:3]}) {a[4]}{rest[:3]} {rest[3:]}"])
            return r.choice([f"{a}{rest[:3]} {rest[3:]}", f"{a.strip()} {rest}", f"+44 {a[1:]}{rest}"])
        x = "7" + r.choice(["700", "711", "723", "734", "756", "768", "789", "798", "812", "825", "931", "956", "977"]) + rd(r, 6)
        return r.choice([f"0{x[:4]} {x[4:]}", f"0{x}", f"+44 {x[:4]} {x[4:]}", f"+44 (0){x[:4]} {x[4:]}",
                         f"0{x[:4]} {x[4:7]} {x[7:]}", f"+447{x[1:]}", f"0044 {x[:4]} {x[4:]}", f"0{x[:4]}-{x[4:]}"])
    # en-us
    a = r.choice(["212", "415", "312", "617", "206", "512", "303", "404", "646", "718", "917", "773", "929", "210"])
    b = str(r.randint(201, 989))
    c = rd(r, 4)
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}",
                     f"+1 ({a}) {b}-{c}", f"{a}{b}{c}", f"{a} {b} {c}", f"+1{a}{b}{c}"])


def email(r, first, last):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    f = f.replace("é", "e").replace("ë", "e").replace("ï", "i").replace("ç", "c")
    l = l.replace("é", "e").replace("ë", "e").replace("ï", "i").replace("ç", "c")
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}{f[0]}",
                      f"{f}{r.randint(70, 2005)}", f"{f}.{l}.{r.randint(1, 9)}", f"{f}-{l}", f"info.{l}"])
    dom = r.choice(["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
                    "telenet.be", "skynet.be", "proximus.be", "yahoo.co.uk", "btinternet.com", "icloud.com",
                    "hotmail.be", "outlook.be", "aol.com", "yahoo.com", "me.com", "xs4all.nl", "planet.nl",
                    "gmx.net", "sky.com", "protonmail.com", "hetnet.nl", "scarlet.be"])
    return f"{local}@{dom}"


def dob(r, lang, v=None):
    y, m, d = r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28)
    nlm = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    frm = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    enm = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    if lang in ("nl", "nl-be"):
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {nlm[m-1]} {y}",
                         f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{y % 100:02d}", f"{d} {nlm[m-1][:3]} {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "fr-be":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {frm[m-1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}",
                         f"{d:02d}-{m:02d}-{y}", f"{'1er' if d == 1 else d} {frm[m-1]} {y}"])
    if lang == "en-gb":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {enm[m-1]} {y}", f"{d}/{m}/{y % 100:02d}", f"{d}{'th' if d > 3 else ['st','nd','rd'][d-1]} {enm[m-1]} {y}",
                         f"{d:02d}.{m:02d}.{y}", f"{d} {enm[m-1][:3]} {y}"])
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{enm[m-1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{m}-{d}-{y}",
                     f"{enm[m-1][:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])


def customer_number(r, lang, v=None):
    if v == "iccid":
        cc = {"nl": "8931", "nl-be": "8932", "fr-be": "8932", "en-gb": "8944", "en-us": "8901"}[lang]
        n = luhn_complete(cc + rd(r, 14))
        return r.choice([n, " ".join(n[i:i + 4] for i in range(0, len(n), 4)), n[:10] + " " + n[10:]])
    if v == "contract":
        return r.choice([f"CT-{rd(r, 8)}", f"{rd(r, 4)}-{rd(r, 6)}", f"C{rd(r, 9)}", f"VK{rd(r, 7)}", f"{r.randint(2019, 2025)}/{rd(r, 6)}", f"MC-{rd(r, 3)}-{rd(r, 5)}"])
    if v == "sub":  # subscriber / line id
        return r.choice([f"{rd(r, 3)}.{rd(r, 3)}.{rd(r, 3)}", f"SUB{rd(r, 8)}", f"A{rd(r, 10)}", rd(r, 10)])
    if lang == "nl":
        return r.choice([rd(r, 8), rd(r, 9), f"{rd(r, 1)}.{rd(r, 4)}.{rd(r, 3)}", f"K{rd(r, 7)}", f"{rd(r, 3)} {rd(r, 3)} {rd(r, 3)}", f"1{rd(r, 7)}"])
    if lang in ("nl-be", "fr-be"):
        return r.choice([rd(r, 9), f"{rd(r, 3)}/{rd(r, 3)}/{rd(r, 3)}", f"{rd(r, 10)}", f"CL{rd(r, 8)}", f"{rd(r, 4)} {rd(r, 4)} {rd(r, 2)}"])
    if lang == "en-gb":
        return r.choice([rd(r, 8), f"{rd(r, 3)} {rd(r, 3)} {rd(r, 3)}", f"A{rd(r, 9)}", f"{rd(r, 2)}-{rd(r, 6)}", rd(r, 12)])
    return r.choice([rd(r, 9), f"{rd(r, 4)} {rd(r, 4)} {rd(r, 4)}", f"{rd(r, 3)}-{rd(r, 3)}-{rd(r, 4)}-001", rd(r, 12), f"{rd(r, 4)}-{rd(r, 4)}"])


WORDS_NL = ["zomer", "fiets", "banaan", "tulp", "kaas", "molen", "Ajax", "Poes", "Sterren", "regen", "winter", "Oranje"]
WORDS_EN = ["summer", "Arsenal", "monkey", "dragon", "Sunshine", "river", "Cookie", "chelsea", "tiger", "London", "Buster", "Maple"]
WORDS_FR = ["soleil", "Bruxelles", "chocolat", "Liege", "papillon", "Minou", "frites", "lune", "Standard", "maison"]


def password(r, lang, v=None):
    words = WORDS_EN if lang.startswith("en") else WORDS_FR if lang == "fr-be" else WORDS_NL
    w = r.choice(words)
    kind = r.choice(["wordyear", "wordsym", "random", "leet", "lower", "phrase", "random"])
    if v == "router" and r.random() < 0.5:
        return rd(r, r.choice([8, 10, 12]), "abcdefghjkmnpqrstuvwxyz23456789")
    if kind == "wordyear":
        return f"{w.capitalize()}{r.randint(1970, 2025)}{r.choice(['!', '', '#', '?', '%'])}"
    if kind == "wordsym":
        return f"{w}{r.choice(['@', '_', '$', '&'])}{rd(r, 3)}"
    if kind == "leet":
        return w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1").capitalize() + r.choice(["!", "#7", "99", "*"])
    if kind == "lower":
        return f"{w.lower()}{rd(r, 2)}"
    if kind == "phrase":
        w2 = r.choice(words)
        return f"{w.capitalize()}-{w2.lower()}-{rd(r, 2)}"
    return rd(r, r.randint(10, 16), ALNUM + "!#%&*?")


def pin(r, lang, v=None):
    if v == "door":
        return r.choice([rd(r, 4), rd(r, 5), rd(r, 4) + "#", rd(r, 6), "*" + rd(r, 4)])
    if v == "voucher":
        return r.choice([rd(r, 14), f"{rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 2)}", rd(r, 16), f"{rd(r, 4)}-{rd(r, 4)}-{rd(r, 4)}-{rd(r, 4)}", rd(r, 12)])
    return r.choice([rd(r, 4), rd(r, 4), rd(r, 6), rd(r, 5)])


def puk(r, lang, v=None):
    p = rd(r, 8)
    return r.choice([p, p, f"{p[:4]} {p[4:]}", f"{p[:4]}-{p[4:]}"])


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(r, lang, v=None):
    if v == "words":
        key = "en" if lang.startswith("en") else "fr" if lang == "fr-be" else "nl"
        ws = [NUMW[key][int(c)] for c in rd(r, 6)]
        return r.choice([" ".join(ws), "-".join(ws), ", ".join(ws)])
    if v == "pac":  # UK PAC / STAC / generic porting authorisation code
        return r.choice([f"{rd(r, 3, string.ascii_uppercase)}{rd(r, 6)}", f"{rd(r, 3, string.ascii_uppercase)} {rd(r, 6)}"])
    if v == "stac":
        return f"{rd(r, 6)}{rd(r, 3, string.ascii_uppercase)}"
    n = rd(r, r.choice([6, 6, 6, 4, 5, 8]))
    return r.choice([n, n, f"{n[:3]} {n[3:]}" if len(n) == 6 else n, f"{n[:3]}-{n[3:]}" if len(n) == 6 else n, f"G-{n}" if len(n) == 6 else n])


def wifi_key(r, lang, v=None):
    k = r.choice(["hex", "alnum", "words", "default"])
    if k == "hex":
        return rd(r, r.choice([10, 16, 26]), "0123456789ABCDEF")
    if k == "alnum":
        return rd(r, r.randint(12, 20), ALNUM)
    if k == "words":
        words = WORDS_EN if lang.startswith("en") else WORDS_FR if lang == "fr-be" else WORDS_NL
        return f"{r.choice(words).lower()}{r.choice(['', '-', '_'])}{r.choice(words).lower()}{rd(r, 2)}"
    return rd(r, 4, string.ascii_lowercase + "23456789") + "-" + rd(r, 4, string.ascii_lowercase + "23456789") + "-" + rd(r, 4, string.ascii_lowercase + "23456789")


def username(r, first, last, v=None):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    for a, b in (("é", "e"), ("ë", "e"), ("ç", "c"), ("ï", "i")):
        f, l = f.replace(a, b), l.replace(a, b)
    return r.choice([f"{f}{l}", f"{f[0]}{l}{r.randint(1, 99)}", f"{f}.{l}", f"{f}_{r.randint(70, 99)}", f"{l}{f[0]}{rd(r, 3)}",
                     f"{f.upper()}{l[:3].upper()}", f"{l}-{f}", f"admin_{l}", f"{f}{rd(r, 4)}"])


def api_key(r, v=None):
    k = v or r.choice(["sk_live", "sk_test", "aws", "google", "twilio", "generic", "mb", "sg", "pk"])
    if k == "sk_live":
        return "sk_live_" + rd(r, 24, ALNUM)
    if k == "sk_test":
        return "sk_test_" + rd(r, 24, ALNUM)
    if k == "pk":
        return "pk_live_" + rd(r, 24, ALNUM)
    if k == "aws":
        return "AKIA" + rd(r, 16, string.ascii_uppercase + "234567")
    if k == "aws_secret":
        return rd(r, 40, ALNUM + "/+")
    if k == "google":
        return "AIza" + rd(r, 35, ALNUM + "-_")
    if k == "twilio":
        return "SK" + rd(r, 32, HEX)
    if k == "mb":
        return "live_" + rd(r, 25, ALNUM)
    if k == "sg":
        return "SG." + rd(r, 22, ALNUM + "-_") + "." + rd(r, 43, ALNUM + "-_")
    return rd(r, 32, HEX)


def token(r, v=None):
    k = v or r.choice(["jwt", "hex", "ghp", "bearer", "xox"])
    if k == "esim":  # eSIM activation / matching ID
        return r.choice(["-".join(rd(r, 4, UPALNUM) for _ in range(4)), rd(r, 32, UPALNUM), "-".join(rd(r, 5, UPALNUM) for _ in range(5)),
                         f"{rd(r, 8, HEX)}-{rd(r, 4, HEX)}-{rd(r, 4, HEX)}-{rd(r, 4, HEX)}-{rd(r, 12, HEX)}".upper()])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rd(r, 48, ALNUM + "-_") + "." + rd(r, 43, ALNUM + "-_")
    if k == "hex":
        return rd(r, r.choice([32, 40, 64]), HEX)
    if k == "ghp":
        return "ghp_" + rd(r, 36, ALNUM)
    if k == "xox":
        return "xoxb-" + rd(r, 12) + "-" + rd(r, 13) + "-" + rd(r, 24, ALNUM)
    return rd(r, 40, ALNUM + "-._~")


def ip(r, v=None):
    if v == "v6" or (v is None and r.random() < 0.15):
        return "2a02:" + ":".join(rd(r, 4, HEX).lstrip("0") or "0" for _ in range(3)) + "::" + rd(r, 3, HEX).lstrip("0")
    first = r.choice([77, 82, 84, 85, 86, 87, 145, 178, 188, 212, 213, 217, 81, 94, 31, 62, 91, 109, 176, 195])
    return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def address(r, lang, street, city, v=None):
    num = r.randint(1, 240)
    if lang == "nl":
        pc = f"{r.randint(1011, 9999)} {rd(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
        if r.random() < 0.3:
            pc = pc.replace(" ", "")
        suf = r.choice(["", "", "", "A", "-2", " bis", "-hs", " III", "a"])
        if v == "pchn":
            return f"{pc} {num}{suf}".strip()
        sep = "\n" if v == "multi" else ", "
        return r.choice([f"{street} {num}{suf}{sep}{pc} {city}", f"{street} {num}{suf}{sep}{pc} {city.upper()}", f"{street} {num}{suf}, {city}", f"{street} {num}{suf}"] if v != "multi" else [f"{street} {num}{suf}{sep}{pc} {city}", f"{street} {num}{suf}{sep}{pc}  {city.upper()}"])
    if lang in ("nl-be", "fr-be"):
        pc = str(r.randint(1000, 9992))
        bus = r.choice(["", "", f" bus {r.randint(1, 12)}", f"/{r.randint(1, 5)}", f" bte {r.randint(1, 9)}" if lang == "fr-be" else f" b{r.randint(1, 9)}"])
        sep = "\n" if v == "multi" else ", "
        opts = [f"{street} {num}{bus}{sep}{pc} {city}", f"{street} {num}{bus}{sep}B-{pc} {city}"]
        if v != "multi":
            opts += [f"{street} {num}{bus}, {city}"]
            if lang == "fr-be":
                opts.append(f"{num}, {street}{sep}{pc} {city}")
        return r.choice(opts)
    if lang == "en-gb":
        pc = f"{r.choice(['LS', 'M', 'B', 'SW', 'E', 'N', 'G', 'EH', 'CF', 'BS', 'NG', 'L', 'S'])}{r.randint(1, 20)} {r.randint(1, 9)}{rd(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        flat = r.choice(["", "", "", f"Flat {r.randint(1, 30)}, ", f"Flat {r.randint(1, 9)}{r.choice('ABC')}, "])
        sep = "\n" if v == "multi" else ", "
        return r.choice([f"{flat}{num} {street}{sep}{city}{sep}{pc}", f"{flat}{num} {street}, {city} {pc}", f"{num} {street}, {pc}"] if v != "multi" else [f"{flat}{num} {street}{sep}{city}{sep}{pc}"])
    st = r.choice(["NY", "CA", "IL", "TX", "WA", "MA", "CO", "GA", "OR", "FL"])
    zp = rd(r, 5)
    num = r.randint(10, 9800)
    apt = r.choice(["", "", f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}", f", Unit {r.randint(1, 40)}"])
    sep = "\n" if v == "multi" else ", "
    return r.choice([f"{num} {street}{apt}{sep}{city}, {st} {zp}", f"{num} {street}{apt}, {city} {st} {zp}", f"{num} {street}{apt}{sep}{city}, {st} {zp}-{rd(r, 4)}"])


# ---------------------------------------------------------------- hard negatives
MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def neg_date(r, lang):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2025, 2026])
    if lang in ("nl", "nl-be"):
        mm = MONTHS["nl"][m - 1]
        return r.choice([f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mm}", f"{d} {mm} {y}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}"])
    if lang == "fr-be":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m-1]}", f"{d} {MONTHS['fr'][m-1]} {y}", f"{d}/{m}"])
    if lang == "en-gb":
        return r.choice([f"{d} {MONTHS['en'][m-1]}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]} {y}", f"{d}th {MONTHS['en'][m-1]}" if d > 3 else f"{d} {MONTHS['en'][m-1]}"])
    return r.choice([f"{MONTHS['en'][m-1]} {d}", f"{m}/{d}/{y}", f"{MONTHS['en'][m-1]} {d}, {y}", f"{m}/{d}"])


def neg_time(r, lang):
    h, mi = r.randint(7, 23), r.choice([0, 5, 15, 20, 30, 42, 45, 58])
    if lang.startswith("en") and r.random() < 0.5:
        hh = h % 12 or 12
        return r.choice([f"{hh}:{mi:02d}pm" if h >= 12 else f"{hh}:{mi:02d}am", f"{hh}{'pm' if h >= 12 else 'am'}", f"{hh}:{mi:02d} {'PM' if h >= 12 else 'AM'}"])
    if lang in ("nl-be", "fr-be") and r.random() < 0.3:
        return f"{h}u{mi:02d}" if lang == "nl-be" else f"{h}h{mi:02d}"
    return f"{h:02d}:{mi:02d}"


def neg_amount(r, lang):
    a = r.choice([r.randint(5, 400) + r.choice([0, 0.5, 0.99, 0.95, 0.25]), r.randint(2, 50) + 0.0, r.randint(400, 1400) + 0.0])
    whole, cents = int(a), round((a - int(a)) * 100)
    if lang in ("nl", "nl-be"):
        return r.choice([f"€ {whole},{cents:02d}", f"€{whole},{cents:02d}", f"{whole},{cents:02d} euro", f"€{whole},-", f"EUR {whole},{cents:02d}", f"{whole} euro"])
    if lang == "fr-be":
        return r.choice([f"{whole},{cents:02d} €", f"{whole},{cents:02d}€", f"{whole} euros", f"€{whole},{cents:02d}", f"{whole} EUR"])
    if lang == "en-gb":
        return r.choice([f"£{whole}.{cents:02d}", f"£{whole}", f"{whole} quid", f"GBP {whole}.{cents:02d}", f"€{whole}.{cents:02d}"])
    return r.choice([f"${whole}.{cents:02d}", f"${whole}", f"{whole} dollars", f"USD {whole}.{cents:02d}"])


DUR = {"nl": ["minuten", "dagen", "weken", "uur"], "nl-be": ["minuten", "dagen", "weken", "uur"], "fr-be": ["minutes", "jours", "semaines", "heures"],
       "en-gb": ["minutes", "days", "weeks", "hours"], "en-us": ["minutes", "days", "weeks", "hours"]}
CNT = {"nl": ["keer", "x", "codes"], "nl-be": ["keer", "x", "codes"], "fr-be": ["fois", "codes"], "en-gb": ["times", "codes", "x"], "en-us": ["times", "codes", "x"]}


def neg_qty(r, lang, v=None):
    if v == "dur":
        return f"{r.choice([2, 3, 4, 5, 10, 40, 45, 90])} {r.choice(DUR[lang])}"
    if v == "lines":
        w = {"nl": ["lijnen", "simkaarten", "extra simkaarten"], "nl-be": ["lijnen", "simkaarten", "gsm-abonnementen"], "fr-be": ["lignes", "cartes SIM", "abonnements"]}.get(lang, ["lines", "SIMs", "extra lines"])
        return f"{r.randint(2, 40)} {r.choice(w)}"
    if v == "count":
        u = r.choice(CNT[lang])
        return f"{r.randint(2, 9)}{u}" if u == "x" else f"{r.randint(2, 9)} {u}"
    n = r.choice([1, 2, 3, 5, 10, 15, 20, 25, 40, 50, 100, 250, 500])
    unit = r.choice(["GB", "MB", "GB", "min", "SMS", "gb"])
    if lang in ("nl", "nl-be"):
        return r.choice([f"{n} {unit}", f"{n}{unit}", f"{n} minuten", f"{n} sms'jes", f"{n},5 GB", f"{n} simkaarten", f"{n} lijnen"])
    if lang == "fr-be":
        return r.choice([f"{n} Go", f"{n}Go", f"{n} Mo", f"{n} minutes", f"{n} SMS", f"{n} lignes", f"{n},5 Go"])
    return r.choice([f"{n}GB", f"{n} GB", f"{n}MB", f"{n} minutes", f"{n} texts", f"{n} lines", f"{n}.5GB", f"{n} SIMs"])


def neg_pct(r, lang):
    n = r.choice([5, 10, 15, 20, 25, 30, 50, 75, 100, 3.5, 12.5])
    s = f"{n}".replace(".", "," if not lang.startswith("en") else ".")
    return r.choice([f"{s}%", f"{s} %", f"{s}%"])


def neg_year(r, lang):
    return str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]))


def neg_order(r, lang):
    return r.choice([f"{r.choice(['45', '10', '30'])}{rd(r, 8)}", f"ORD-{rd(r, 8)}", f"#{rd(r, 7)}", f"B{rd(r, 9)}", f"{rd(r, 3)}-{rd(r, 7)}-{rd(r, 7)}", f"WEB{rd(r, 8)}", f"SO-{r.randint(2024, 2026)}-{rd(r, 6)}"])


def neg_ticket(r, lang):
    return r.choice([f"#{rd(r, 7)}", f"CAS-{rd(r, 6)}-{rd(r, 6, UPALNUM)}", f"INC{rd(r, 7)}", f"ZK{rd(r, 8)}", f"{r.randint(2024, 2026)}-{rd(r, 6)}", f"T{rd(r, 8)}", f"SR {rd(r, 9)}", f"CMP-{rd(r, 5)}", f"{rd(r, 8)}"])


def neg_invoice(r, lang):
    return r.choice([f"F{r.randint(2024, 2026)}-{rd(r, 6)}", f"{rd(r, 10)}", f"INV-{rd(r, 7)}", f"{r.randint(24, 26)}{rd(r, 8)}", f"FA/{r.randint(2024, 2026)}/{rd(r, 5)}", f"VF{rd(r, 8)}"])


def neg_track(r, lang):
    return r.choice([f"3S{rd(r, 4, string.ascii_uppercase)}{rd(r, 7)}", f"1Z{rd(r, 6, UPALNUM)}{rd(r, 10)}", f"{rd(r, 2, string.ascii_uppercase)}{rd(r, 9)}GB",
                     f"32{rd(r, 22)}", f"JJD{rd(r, 15)}", f"9400 {rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 2)}", f"CD{rd(r, 9)}BE"])


def neg_reqid(r, lang):
    return r.choice([f"{rd(r, 8, HEX)}-{rd(r, 4, HEX)}-4{rd(r, 3, HEX)}-a{rd(r, 3, HEX)}-{rd(r, 12, HEX)}", f"req_{rd(r, 20, ALNUM)}", f"REQ-{rd(r, 10, UPALNUM)}", f"{rd(r, 16, HEX)}"])


def neg_err(r, lang):
    return r.choice([f"E-{rd(r, 3)}", f"ESIM-{rd(r, 4)}", f"0x{rd(r, 8, '0123456789ABCDEF')}", f"ERR_{r.choice(['PROFILE_DOWNLOAD', 'SIM_NOT_PROVISIONED', 'PORT_REJECTED', 'TOPUP_DECLINED', 'MSISDN_LOCKED'])}",
                     f"SIM-ERR-{rd(r, 2)}", f"{r.choice(['403', '500', '502', '401'])}", f"PDP-{rd(r, 2)}", f"code {rd(r, 2)}", f"NP{rd(r, 3)}"])


def neg_ver(r, lang):
    return r.choice([f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(0, 3)}", f"Android {r.randint(11, 15)}", f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                     f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"One UI {r.randint(4, 7)}.{r.randint(0, 1)}", f"FRITZ!OS {r.randint(7, 8)}.{r.randint(10, 60)}", f"build {r.randint(20, 25)}.{rd(r, 3)}.{rd(r, 4)}"])


def neg_model(r, lang):
    return r.choice([f"SM-S{r.choice(['921', '926', '928', '911', '918'])}B", f"SM-A{rd(r, 3)}B/DS", f"A{r.randint(2400, 3300)}", f"XT{rd(r, 4)}-{r.randint(1, 4)}", f"CPH{rd(r, 4)}",
                     f"FRITZ!Box {r.choice(['7530', '7590', '7690', '5590'])}", f"H{r.randint(300, 400)}A", f"MF{rd(r, 3)}D", f"GA0{rd(r, 4)}", f"Pixel {r.randint(6, 9)}a", f"2{rd(r, 3)}PCN{rd(r, 2)}G"])


def neg_prod(r, lang):
    return r.choice([f"SKU-{rd(r, 6)}", f"ART{rd(r, 7)}", f"RP-ROAM-{r.choice(['EU', 'WW', 'US', 'TR'])}{r.randint(1, 30)}", f"BNDL-{r.choice([5, 10, 20, 40])}GB", f"{rd(r, 3)}-{rd(r, 4)}-{rd(r, 2)}", f"EAN {rd(r, 13)}", f"P{rd(r, 6)}-{rd(r, 2, string.ascii_uppercase)}"])


def neg_flight(r, lang):
    return r.choice([f"KL{rd(r, 4)}", f"HV {rd(r, 4)}", f"FR{rd(r, 4)}", f"BA {rd(r, 3)}", f"UA{rd(r, 3)}", f"SN {rd(r, 4)}", f"U2 {rd(r, 4)}", f"TB{rd(r, 4)}", f"DL {rd(r, 3)}"])


def neg_reg(r, lang, v=None):
    if lang == "nl":
        return r.choice([rd(r, 8), f"NL{rd(r, 9)}B{rd(r, 2)}", f"NL {rd(r, 4)}.{rd(r, 2)}.{rd(r, 3)}.B{rd(r, 2)}"]) if v != "kvk" else rd(r, 8)
    if lang in ("nl-be", "fr-be"):
        n = f"0{rd(r, 3)}.{rd(r, 3)}.{rd(r, 3)}"
        return r.choice([n, f"BE {n}", f"BE{n.replace('.', '')}", n.replace(".", " ")])
    if lang == "en-gb":
        return r.choice([rd(r, 8), f"SC{rd(r, 6)}", f"GB {rd(r, 3)} {rd(r, 4)} {rd(r, 2)}", f"GB{rd(r, 9)}"])
    return r.choice([f"{rd(r, 2)}-{rd(r, 7)}", f"{rd(r, 2)}-{rd(r, 7)}"])


def neg_port(r, lang):
    return str(r.choice([5060, 5061, 443, 8080, 3389, 8443, 1194, 51820, 25565, 22, 8081, 9000]))


def neg_checksum(r, lang):
    return r.choice([rd(r, 64, HEX), rd(r, 32, HEX), rd(r, 40, HEX), rd(r, 8, HEX).upper()])


def neg_masked(r, lang):
    l4 = rd(r, 4)
    return r.choice([f"****{l4}", f"**** **** **** {l4}", f"xxxx-xxxx-xxxx-{l4}", f"NL** **** **** **{l4[:2]} {l4[2:]}", f"BE** **** **** {l4}",
                     f"06-****{l4}", f"*******{l4}", f"XXXX XXXX XXXX {l4}", f"+44 7*** ***{l4[1:]}", f"•••• {l4}", f"0{rd(r, 3)} ** ** {l4[:2]}", f"GB** **** **** **** {l4}"])


def neg_meter(r, lang):
    return r.choice([f"{rd(r, 5)},{rd(r, 1)}", f"{r.randint(100, 99999)} kWh", f"{rd(r, 6)}"])
