"""Value generators (labelled values and hard negatives). Standard library only."""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rd(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z]); i += z
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


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


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
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------------------------------------------------------- high-risk
WORDS_NL = ["Zomer", "Tulp", "Fiets", "Hond", "Molen", "Kaas", "Regen", "Zonnebloem", "Poes", "Haring", "Welkom", "Appel"]
WORDS_FR = ["Soleil", "Chaton", "Frites", "Bruxelles", "Moules", "Cerise", "Bonjour", "Lapin", "Gaufre"]
WORDS_EN = ["Sunshine", "Arsenal", "Dragon", "Biscuit", "Monkey", "Liberty", "Pumpkin", "Yankees", "Shadow", "Teddy"]


def password(rng, lang):
    w = {"fr-be": WORDS_FR}.get(lang, WORDS_EN if lang.startswith("en") else WORDS_NL)
    k = rng.randint(0, 5)
    if k == 0:
        return rng.choice(w) + str(rng.randint(1960, 2025)) + rng.choice("!?#$*@")
    if k == 1:
        return "".join(rng.choice(ALNUM + "!#$%&*") for _ in range(rng.randint(9, 16))) + rng.choice(DIG)
    if k == 2:
        return rng.choice(w).lower() + rng.choice(["_", "", "."]) + rng.choice(w).lower() + rd(rng, 2)
    if k == 3:
        base = rng.choice(w)
        return base.replace("o", "0").replace("e", "3").replace("a", "@") + rd(rng, rng.randint(1, 3))
    if k == 4:
        return rng.choice(w) + rng.choice(["-", "+", "&"]) + rng.choice(w) + rd(rng, 1) + rng.choice("!#")
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 8))) + rd(rng, 4)


def pin(rng, variant=None):
    if variant == "door":
        k = rng.randint(0, 3)
        if k == 0:
            return rd(rng, 4) + "#"
        if k == 1:
            return "*" + rd(rng, 4)
        return rd(rng, rng.choice([4, 5, 6]))
    if variant == "dictated":
        return "-".join(rd(rng, 4))
    return rd(rng, rng.choice([4, 4, 4, 5, 6]))


def puk(rng):
    s = rd(rng, 8)
    return rng.choice([s, s[:4] + " " + s[4:]])


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, lang, variant=None):
    s = rd(rng, 6)
    if variant == "words":
        key = "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")
        ws = [NUMWORDS[key][int(c)] for c in s]
        if key == "en" and rng.random() < 0.4:
            ws = ["oh" if x == "zero" else x for x in ws]
        return rng.choice([" ", " ", "-", ", "]).join(ws)
    k = rng.randint(0, 6)
    if k == 0:
        return s[:3] + " " + s[3:]
    if k == 1:
        return s[:3] + "-" + s[3:]
    if k == 2:
        return "G-" + s
    if k == 3:
        return rd(rng, rng.choice([4, 5, 8]))
    return s


def wifi_key(rng):
    k = rng.randint(0, 3)
    if k == 0:
        return "-".join("".join(rng.choice(UPALNUM) for _ in range(4)) for _ in range(4))
    if k == 1:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 16, 26])))
    if k == 2:
        return rng.choice(WORDS_NL + WORDS_EN).lower() + rd(rng, rng.randint(3, 6)) + rng.choice(["", "!", "xx"])
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(12, 20)))


def username(rng, first, last):
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    k = rng.randint(0, 5)
    opts = [f + l[:1] + rd(rng, 2), f + "." + l, f[:1] + l + rd(rng, 4), f + "_" + l[:3] + rd(rng, 2),
            l + f[:1], rng.choice(["crypto", "petlover", "rave", "bride", "hodl", "tickets"]) + "_" + f + rd(rng, 2)]
    return opts[k].replace("é", "e").replace("ë", "e").replace("ï", "i")


def api_key(rng, variant=None):
    k = variant or rng.choice(["sk", "pk", "akia", "aws_secret", "hex", "aiza", "b64", "xkey"])
    if k == "sk":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + "".join(rng.choice(ALNUM) for _ in range(24))
    if k == "pk":
        return "pk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if k == "akia":
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if k == "aws_secret":
        return "".join(rng.choice(ALNUM + "/+") for _ in range(40))
    if k == "hex":
        return "".join(rng.choice(HEX) for _ in range(64))
    if k == "aiza":
        return "AIza" + "".join(rng.choice(ALNUM + "-_") for _ in range(35))
    if k == "xkey":
        return "xkeysib-" + "".join(rng.choice(HEX) for _ in range(64)) + "-" + "".join(rng.choice(ALNUM) for _ in range(16))
    return "".join(rng.choice(ALNUM) for _ in range(rng.choice([32, 48])))


def _b64u(rng, n):
    return "".join(rng.choice(ALNUM + "-_") for _ in range(n))


def token(rng, variant=None):
    k = variant or rng.choice(["jwt", "hex", "ghp", "ya29", "sess", "glpat"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64u(rng, rng.randint(30, 60)) + "." + _b64u(rng, 43)
    if k == "hex":
        return "".join(rng.choice(HEX) for _ in range(rng.choice([32, 40, 64])))
    if k == "ghp":
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    if k == "glpat":
        return "glpat-" + _b64u(rng, 20)
    if k == "ya29":
        return "ya29." + _b64u(rng, 60)
    return "".join(rng.choice(ALNUM) for _ in range(rng.choice([24, 32])))


def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + rd(rng, 12)
        n = body + luhn_digit(body)
        return rng.choice([group(n, [4, 6, 5]), n, group(n, [4, 6, 5], "-")]), "amex"
    pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "maestro": "6703"}[kind]
    body = pre + rd(rng, 15 - len(pre))
    n = body + luhn_digit(body)
    k = rng.randint(0, 4)
    if k == 0:
        return n, kind
    if k == 1:
        return group(n, [4, 4, 4, 4], "-"), kind
    if k == 2:
        return group(n, [4, 4, 4, 4], "  "), kind
    return group(n, [4, 4, 4, 4]), kind


def cvv(rng, amex=False):
    return rd(rng, 4 if amex else 3)


def card_expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    k = rng.randint(0, 5)
    if k == 0:
        return f"{m:02d}/{y}"
    if k == 1:
        return f"{m:02d}/20{y}"
    if k == 2:
        return f"{m}/{y}"
    if k == 3:
        return f"{m:02d}-20{y}"
    if k == 4:
        return f"{m:02d} / {y}"
    mon = MONTHS[_mkey(lang)][m - 1][:3]
    return f"{mon} 20{y}"


def _iban_check(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{98 - n % 97:02d}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban(rng, lang, foreign=False):
    if foreign:
        c = rng.choice(["DE", "FR", "GB", "LU", "ES", "LT"])
    elif lang == "nl":
        c = "NL"
    elif lang in ("nl-be", "fr-be"):
        c = "BE"
    elif lang == "en-gb":
        c = rng.choice(["GB", "GB", "NL", "IE"])
    else:
        c = rng.choice(["NL", "DE", "GB"])
    if c == "NL":
        bban = rng.choice(NL_BANKS) + rd(rng, 10)
    elif c == "BE":
        b = rd(rng, 10)
        ck = int(b) % 97 or 97
        bban = b + f"{ck:02d}"
    elif c == "DE":
        bban = rd(rng, 18)
    elif c == "FR":
        bban = rd(rng, 10) + "".join(rng.choice(UPALNUM) for _ in range(11)) + rd(rng, 2)
    elif c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rd(rng, 14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + rd(rng, 14)
    elif c == "LU":
        bban = rd(rng, 3) + "".join(rng.choice(UPALNUM) for _ in range(13))
    elif c == "LT":
        bban = rd(rng, 16)
    else:
        bban = rd(rng, 20)
    s = c + _iban_check(c, bban) + bban
    k = rng.randint(0, 6)
    if k <= 2:
        s = group(s, [4] * 9)
    elif k == 3:
        s = s.lower()
    elif k == 4:
        s = group(s, [4] * 9).lower() if rng.random() < 0.5 else group(s, [4] * 9, "-")
    return s


def bsn(rng, fmt=None):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            break
    k = rng.randint(0, 3) if fmt is None else fmt
    if k == 1:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if k == 2:
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def rrn(rng):
    y = rng.randint(1940, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    base = f"{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 998):03d}"
    ck = 97 - (int(("2" if y >= 2000 else "") + base) % 97)
    s = base + f"{ck:02d}"
    k = rng.randint(0, 3)
    if k == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if k == 1:
        return s
    if k == 2:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return f"{s[:6]}-{s[6:9]}-{s[9:]}"


# ---------------------------------------------------------------- contact
def phone(rng, lang, variant=None):
    if lang == "nl":
        if variant == "land":
            a = rng.choice(["020", "010", "030", "070", "040", "050", "0492", "0513"])
            rest = rd(rng, 10 - len(a), True)
            return rng.choice([f"{a}-{rest}", f"{a} {rest}", f"{a} {group(rest, [3, 2, 2])}"])
        n = "6" + rd(rng, 8, True)
        k = rng.randint(0, 7)
        return [f"06-{n[1:]}", f"06 {group(n[1:], [4, 4])}", f"+31 6 {n[1:]}", f"+31{n}", f"0031 6 {group(n[1:], [4, 4])}",
                f"06{n[1:]}", f"(06) {group(n[1:], [2, 2, 2, 2])}", f"+31 (0)6 {group(n[1:], [2, 2, 2, 2])}"][k]
    if lang in ("nl-be", "fr-be"):
        if variant == "land":
            a = rng.choice(["02", "03", "09", "04", "016", "050", "081"])
            rest = rd(rng, 9 - len(a), True)
            return rng.choice([f"{a} {group(rest, [3, 2, 2]) if len(rest) == 7 else group(rest, [2, 2, 2])}", f"{a}/{rest}", f"+32 {a[1:]} {rest}"])
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "494", "496", "497", "499"])
        r = rd(rng, 6)
        k = rng.randint(0, 6)
        return [f"0{p} {group(r, [2, 2, 2])}", f"0{p}/{group(r, [2, 2, 2], '.')}", f"+32 {p} {group(r, [2, 2, 2])}",
                f"+32{p}{r}", f"0032 {p} {group(r, [3, 3])}", f"0{p}{r}", f"0{p}/{r}"][k]
    if lang == "en-gb":
        if variant == "land":
            return rng.choice([f"020 7{rd(rng, 3)} {rd(rng, 4)}", f"0161 {rd(rng, 3)} {rd(rng, 4)}", f"0113 {rd(rng, 3)} {rd(rng, 4)}"])
        r = "7" + rng.choice(["700", "400", "500", "800", "900", "712", "833"]) + rd(rng, 6)
        k = rng.randint(0, 4)
        return [f"0{r[:4]} {r[4:]}", f"+44 {r[:4]} {r[4:]}", f"+44 (0){r[:4]} {r[4:7]} {r[7:]}", f"0{r}", f"+44{r}"][k]
    a = rng.choice(["212", "646", "415", "312", "617", "305", "503", "713", "206"])
    x, y = rd(rng, 3, True), rd(rng, 4)
    k = rng.randint(0, 5)
    return [f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"1-{a}-{x}-{y}", f"+1 ({a}) {x}-{y}"][k]


def company_phone(rng, lang):
    if lang == "nl":
        return rng.choice([f"088 {rd(rng, 3)} {rd(rng, 4)}", f"0900-{rd(rng, 4)}", f"0800-{rd(rng, 4)}", f"085 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}", f"088-{rd(rng, 7)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}", f"0800 {rd(rng, 2)} {rd(rng, 3)}", f"070 {rd(rng, 3)} {rd(rng, 3)}", f"078/{rd(rng, 2)}.{rd(rng, 2)}.{rd(rng, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0345 {rd(rng, 3)} {rd(rng, 4)}", f"0800 {rd(rng, 3)} {rd(rng, 4)}", f"0333 {rd(rng, 3)} {rd(rng, 4)}", f"0344-{rd(rng, 3)}-{rd(rng, 4)}"])
    return rng.choice([f"1-800-{rd(rng, 3)}-{rd(rng, 4)}", f"(888) {rd(rng, 3)}-{rd(rng, 4)}", f"1-866-{rd(rng, 3)}-{rd(rng, 4)}", f"800.{rd(rng, 3)}.{rd(rng, 4)}"])


def email(rng, first, last, lang):
    f = first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("ç", "c").replace("ï", "i")
    l = last.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ë", "e")
    doms = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "icloud.com"],
            "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
            "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "yahoo.fr", "outlook.be"],
            "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
            "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com"]}[lang]
    user = rng.choice([f + "." + l, f + l + rd(rng, 2), f[0] + l, f + "_" + l, l + "." + f, f + rd(rng, 4)])
    e = user + "@" + rng.choice(doms)
    return e.upper() if rng.random() < 0.03 else e


def _mkey(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
DAYS = {"nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
        "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
        "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()}


def dob(rng, lang):
    y, m, d = rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28)
    mk = _mkey(lang)
    k = rng.randint(0, 5)
    if k == 0:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 1:
        mon = MONTHS[mk][m - 1]
        if mk == "en" and lang == "en-us":
            return f"{mon} {d}, {y}"
        return f"{d} {mon if mk != 'en' else mon} {y}"
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{m}-{d}-{y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{str(y)[2:]}"])


def ip(rng, variant=None):
    if variant == "v6" or (variant is None and rng.random() < 0.15):
        return "2a02:" + ":".join("".join(rng.choice(HEX) for _ in range(rng.randint(1, 4))) for _ in range(7))
    if variant == "lan":
        return f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}"
    return f"{rng.choice([31, 62, 77, 81, 84, 85, 86, 94, 145, 178, 212, 213, 217])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def customer_number(rng, variant=None):
    v = variant or rng.choice(["plain", "prefix", "uid", "member"])
    if v == "ean":
        s = "8716" + rd(rng, 14)
        return rng.choice([s, group(s, [3, 3, 3, 3, 3, 3])]) if rng.random() < 0.3 else s
    if v == "uid":
        return rd(rng, rng.choice([8, 9, 10]), True)
    if v == "patient":
        return rng.choice([f"P{rd(rng, 6)}", f"PT-{rd(rng, 5)}", rd(rng, 7, True), f"{rd(rng, 4)}-{rd(rng, 3)}"])
    if v == "policy":
        return rng.choice([f"POL{rd(rng, 8)}", f"{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"ZV-{rd(rng, 9)}", f"{rd(rng, 10, True)}"])
    if v == "member":
        return rng.choice([f"M-{rd(rng, 6)}", f"LID{rd(rng, 5)}", f"{rd(rng, 6, True)}", f"VIP-{rd(rng, 5)}"])
    if v == "prefix":
        return rng.choice([f"KL{rd(rng, 7)}", f"CN-{rd(rng, 8)}", f"C{rd(rng, 9)}", f"{rd(rng, 2)}-{rd(rng, 6)}", f"ACC-{rd(rng, 7)}"])
    return rd(rng, rng.choice([7, 8, 9]), True)


# ---------------------------------------------------------------- negatives
def neg(rng, kind, lang, variant=None):
    mk = _mkey(lang)
    cur = {"en-gb": "£", "en-us": "$"}.get(lang, "€")
    if kind == "date":
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        k = rng.randint(0, 5)
        if k == 0:
            return f"{d:02d}-{m:02d}-2024" if lang != "en-us" else f"{m:02d}/{d:02d}/2024"
        if k == 1:
            return f"{d} {MONTHS[mk][m - 1]}" if lang != "en-us" else f"{MONTHS[mk][m - 1]} {d}"
        if k == 2:
            return f"{DAYS[mk][rng.randint(0, 6)]} {d} {MONTHS[mk][m - 1]}"
        if k == 3:
            return f"{d}/{m}" if lang != "en-us" else f"{m}/{d}"
        if k == 4:
            return f"2025-{m:02d}-{d:02d}"
        return f"{d} {MONTHS[mk][m - 1][:3]}. 2025" if mk != "en" else f"{d} {MONTHS[mk][m - 1][:3]} 2025"
    if kind == "time":
        h, mi = rng.randint(7, 23), rng.choice([0, 15, 30, 45, 5, 52])
        if mk == "fr":
            return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
        if lang == "nl-be":
            return rng.choice([f"{h}u{mi:02d}", f"{h}u", f"{h}:{mi:02d}"])
        if lang == "en-us":
            return rng.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{'PM' if h >= 12 else 'AM'}"])
        if lang == "en-gb":
            return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'pm' if h >= 12 else 'am'}"])
        return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d} uur"])
    if kind == "amount":
        if variant == "crypto":
            return rng.choice([f"0,{rd(rng, 4)} BTC", f"{rng.randint(1, 40)}.{rd(rng, 3)} ETH", f"{rng.randint(100, 9000)} USDT", f"{rng.randint(10, 900)},{rd(rng, 2)} SOL"])
        v = rng.randint(5, 2500)
        c = rd(rng, 2)
        if mk == "en":
            return rng.choice([f"{cur}{v}.{c}", f"{cur}{v}", f"{cur} {v:,}.{c}"])
        return rng.choice([f"€ {v},{c}", f"€{v},-", f"{v} euro", f"EUR {v},{c}", f"{v},{c} EUR", f"€{v}"])
    if kind == "quantity":
        n = rng.randint(2, 12)
        units = {"nl": ["tickets", "kaarten", "stuks", "zakken", "personen", "dozen", "paar"],
                 "fr": ["billets", "places", "sacs", "personnes", "boîtes", "paires"],
                 "en": ["tickets", "bags", "guests", "boxes", "pairs", "tins"]}[mk]
        if variant == "guests":
            return f"{rng.randint(40, 250)} " + {"nl": "gasten", "fr": "invités", "en": "guests"}[mk]
        if variant == "kg":
            return f"{rng.choice([2, 4, 7, 12, 15])} kg"
        return f"{n} {rng.choice(units)}" if rng.random() < 0.8 else f"{n}x"
    if kind == "percentage":
        return rng.choice([f"{rng.randint(2, 40)}%", f"{rng.randint(0, 3)},{rng.randint(1, 9)}%", f"{rng.randint(5, 25)} %", f"{rng.randint(0, 2)}.{rng.randint(1, 9)}%"])
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "order_number":
        return rng.choice([f"ORD-2024-{rd(rng, 6)}", f"#{rd(rng, 9, True)}", f"{rd(rng, 10, True)}", f"B{rd(rng, 8)}", f"TM-{rd(rng, 5)}-{rd(rng, 4)}", f"ZP{rd(rng, 9)}"])
    if kind == "ticket_number":
        return rng.choice([f"CASE-{rd(rng, 8)}", f"#{rd(rng, 7, True)}", f"2024-{rd(rng, 5)}", f"SR{rd(rng, 8)}", f"INC{rd(rng, 7)}", f"{rd(rng, 8, True)}", f"T{rd(rng, 6)}"])
    if kind == "invoice_number":
        return rng.choice([f"F2024-{rd(rng, 5)}", f"INV-{rd(rng, 6)}", f"2025/{rd(rng, 4)}", f"FA{rd(rng, 8)}", f"{rd(rng, 9, True)}"])
    if kind == "tracking_number":
        return rng.choice([f"3S{''.join(rng.choice(string.ascii_uppercase) for _ in range(4))}{rd(rng, 7)}", f"1Z{''.join(rng.choice(UPALNUM) for _ in range(6))}{rd(rng, 10)}",
                           f"JVGL{rd(rng, 16)}", f"CD{rd(rng, 9)}NL", f"{rd(rng, 14)}", f"3232{rd(rng, 10)}"])
    if kind == "request_id":
        return rng.choice(["-".join("".join(rng.choice(HEX) for _ in range(n)) for n in (8, 4, 4, 4, 12)), "req_" + "".join(rng.choice(ALNUM) for _ in range(14)), f"RID-{rd(rng, 10)}"])
    if kind == "error_code":
        return rng.choice([f"ERR_{rng.choice(['2FA', 'AUTH', 'KYC', 'PAY', 'WDR'])}_{rd(rng, 3)}", f"E{rd(rng, 4)}", f"0x8007{rd(rng, 4)}", f"error {rng.choice([401, 403, 429, 500, 502, 503])}", f"code {rd(rng, 3)}-{rd(rng, 2)}"])
    if kind == "version_string":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} (build {rd(rng, 4)})", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}", f"Android {rng.randint(11, 15)}"])
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "flight_number":
        return rng.choice([f"KL{rd(rng, 4, True)}", f"HV {rd(rng, 4, True)}", f"FR{rd(rng, 4, True)}", f"SN {rd(rng, 4, True)}", f"BA{rd(rng, 3, True)}", f"TB{rd(rng, 4, True)}"])
    if kind == "company_phone":
        return company_phone(rng, lang)
    if kind == "company_registration":
        if mk == "fr" or lang == "nl-be":
            return rng.choice([f"BE 0{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"0{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"BE0{rd(rng, 9)}", f"SIREN {rd(rng, 3)} {rd(rng, 3)} {rd(rng, 3)}"])
        if lang == "en-gb":
            return rng.choice([f"{rd(rng, 8)}", f"GB{rd(rng, 3)} {rd(rng, 4)} {rd(rng, 2)}", f"SC{rd(rng, 6)}"])
        if lang == "en-us":
            return f"{rd(rng, 2)}-{rd(rng, 7)}"
        return rng.choice([f"{rd(rng, 8, True)}", f"NL{rd(rng, 9)}B01", f"NL {rd(rng, 4)}.{rd(rng, 2)}.{rd(rng, 3)}.B.01"])
    if kind == "masked_value":
        k = rng.randint(0, 6)
        return [f"****{rd(rng, 4)}", f"NL** **** **** {rd(rng, 4)} {rd(rng, 2)}", f"XXXX XXXX XXXX {rd(rng, 4)}", f"06-****{rd(rng, 4)}",
                f"{rng.choice('jmsakl')}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"BE** **** **** {rd(rng, 2)}{rd(rng, 2)}", f"•••• {rd(rng, 4)}"][k]
    if kind == "meter_reading":
        return rng.choice([f"{rd(rng, 5)} kWh", f"{rd(rng, 5)},{rd(rng, 1)} m³", f"{rd(rng, 6)}"])
    if kind == "port":
        return str(rng.choice([443, 8443, 8080, 22, 3389, 5060, 1883, 9000, 3000]))
    if kind == "checksum":
        return rng.choice(["0x" + "".join(rng.choice(HEX) for _ in range(64)), "".join(rng.choice(HEX) for _ in range(64)), "".join(rng.choice(HEX) for _ in range(32))])
    if kind == "product_code":
        return rng.choice([f"SKU-{rd(rng, 6)}", f"{rng.choice(['87', '54', '40'])}{rd(rng, 11)}", f"ART {rd(rng, 5)}", f"RC-{rng.choice(['MINI', 'MAXI', 'MED'])}-{rng.randint(2, 15)}KG", f"PRD{rd(rng, 7)}"])
    raise KeyError(kind)
