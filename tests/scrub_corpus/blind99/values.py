"""Value generators for the blind99 corpus (stdlib only).

Every generator takes (rng, ctx) where ctx is a dict with at least 'lang' and
'pools' (the half's filler pools). It returns the value string only.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


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
    return s % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(iban):
    s = "".join(iban.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
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
    base, cc = int(d[:9]), int(d[9:])
    return 97 - base % 97 == cc or 97 - int("2" + d[:9]) % 97 == cc


# ---------------------------------------------------------------- high risk
def card(rng, ctx):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        num = luhn_complete("4" + digits(rng, 14))
    elif kind == "mc":
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]) + digits(rng, 13))
    elif kind == "maestro":
        num = luhn_complete("6" + rng.choice(["759", "703"]) + digits(rng, 14))
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return rng.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}", f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    style = rng.random()
    if len(num) != 16:
        return num if style < 0.5 else " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    if style < 0.3:
        return num
    if style < 0.7:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.85:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(num[i:i + 4] for i in range(0, 16, 4)) if style < 0.9 else ".".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, ctx):
    return digits(rng, 4 if rng.random() < 0.1 else 3)


def card_expiry(rng, ctx):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    st = rng.randint(0, 5)
    if st == 0:
        return f"{m:02d}/{y}"
    if st == 1:
        return f"{m:02d}/20{y}"
    if st == 2:
        return f"{m:02d}-{y}"
    if st == 3:
        return f"{m}/{y}"
    if st == 4:
        return f"{m:02d} / {y}"
    mon = MONTHS.get(ctx["lang"], MONTHS["en-gb"])[m - 1][:3]
    return f"{mon} 20{y}"


def _iban_from_bban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def iban(rng, ctx):
    lang = ctx["lang"]
    r = rng.random()
    if lang.startswith("nl") and lang != "nl-be" or (lang.startswith("en") and r < 0.3):
        cc = "NL" if r < 0.85 or lang == "nl" else rng.choice(["DE", "BE"])
    elif lang in ("nl-be", "fr-be"):
        cc = "BE" if r < 0.85 else rng.choice(["NL", "FR", "LU"])
    else:
        cc = "GB" if r < 0.8 else rng.choice(["IE", "DE", "NL"])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + ("0" if rng.random() < 0.5 else "") + digits(rng, 10)
        bban = bban[:14]
        if len(bban) < 14:
            bban += digits(rng, 14 - len(bban))
    elif cc == "BE":
        acc = digits(rng, 10)
        chk = int(acc) % 97 or 97
        bban = f"{acc}{chk:02d}"
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 10) + "".join(rng.choice(UP + DIG) for _ in range(11)) + digits(rng, 2)
    elif cc == "LU":
        bban = digits(rng, 3) + "".join(rng.choice(UP + DIG) for _ in range(13))
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    else:  # GB
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    ib = _iban_from_bban(cc, bban)
    st = rng.random()
    if st < 0.4:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif st < 0.75:
        out = ib
    elif st < 0.85:
        out = ib.lower()
    else:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower() if st < 0.9 else ib[:4] + " " + ib[4:]
    assert iban_ok(out)
    return out


def bsn(rng, ctx):
    if ctx["lang"] in ("nl-be", "fr-be") or (ctx.get("rrn") and rng.random() < 0.8):
        return rrn(rng, ctx)
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = rng.randint(1, 6)
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            d.append(s)
            v = "".join(map(str, d))
            break
    st = rng.random()
    if st < 0.6:
        return v
    if st < 0.8:
        return f"{v[:3]}.{v[3:6]}.{v[6:]}"
    if st < 0.95:
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    return f"{v[:4]}.{v[4:6]}.{v[6:]}"


def rrn(rng, ctx):
    y = rng.randint(1940, 2012)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    n = int(("2" if y >= 2000 else "") + base)
    cc = 97 - n % 97
    v = f"{base}{cc:02d}"
    st = rng.random()
    if st < 0.45:
        out = f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    elif st < 0.75:
        out = v
    elif st < 0.9:
        out = f"{v[:6]}-{v[6:9]}-{v[9:]}"
    else:
        out = f"{v[:6]} {v[6:9]} {v[9:]}"
    assert rrn_ok(out)
    return out


WORDS = {
    "nl": ["zomer", "fiets", "tulp", "kaas", "molen", "winter", "konijn", "appel", "haven", "boot", "stroopwafel", "duin"],
    "fr": ["soleil", "chat", "maison", "frites", "gaufre", "bleu", "jardin", "lune", "velo", "chocolat"],
    "en": ["summer", "tiger", "rocket", "purple", "monkey", "dragon", "sunset", "coffee", "arsenal", "liverpool", "bulldog"],
}


def _wordset(ctx):
    l = ctx["lang"]
    return WORDS["fr"] if l == "fr-be" else WORDS["en"] if l.startswith("en") else WORDS["nl"]


def password(rng, ctx):
    st = rng.randint(0, 6)
    w = rng.choice(_wordset(ctx))
    if st == 0:
        return w.capitalize() + str(rng.randint(1, 2025)) + rng.choice("!?#$*.")
    if st == 1:
        return "".join(rng.choice(UP + LO + DIG + "!@#%&*") for _ in range(rng.randint(10, 16)))
    if st == 2:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet + rng.choice(["", "_", "-"]) + digits(rng, rng.randint(2, 4))
    if st == 3:
        return w + rng.choice(_wordset(ctx)).capitalize() + digits(rng, 2)
    if st == 4:
        return rng.choice(_wordset(ctx)) + "-" + rng.choice(_wordset(ctx)) + "-" + rng.choice(_wordset(ctx))
    if st == 5:
        return "".join(rng.choice(LO) for _ in range(5)) + digits(rng, 3) + rng.choice(UP)
    return w.upper()[:3] + w[3:] + "#" + digits(rng, 4)


WORD_DIGITS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def _wd(ctx):
    l = ctx["lang"]
    return WORD_DIGITS["fr"] if l == "fr-be" else WORD_DIGITS["en"] if l.startswith("en") else WORD_DIGITS["nl"]


def pin(rng, ctx):
    n = rng.choice([4, 4, 4, 4, 5, 6])
    v = digits(rng, n)
    r = rng.random()
    if r < 0.1:
        return " ".join(v)
    if r < 0.15:
        return "-".join(v)
    return v


def puk(rng, ctx):
    v = digits(rng, 8)
    return v if rng.random() < 0.8 else f"{v[:4]} {v[4:]}"


def otp(rng, ctx):
    v = digits(rng, rng.choice([6, 6, 6, 6, 5, 8, 4]))
    r = rng.random()
    if r < 0.1:
        return " ".join(_wd(ctx)[int(c)] for c in v)
    if r < 0.25 and len(v) == 6:
        return f"{v[:3]} {v[3:]}"
    if r < 0.32 and len(v) == 6:
        return f"{v[:3]}-{v[3:]}"
    if r < 0.38:
        return "G-" + digits(rng, 6)
    if r < 0.42:
        return " ".join(v)
    return v


def wifi_key(rng, ctx):
    st = rng.randint(0, 3)
    if st == 0:
        return "".join(rng.choice(UP + LO + DIG) for _ in range(rng.choice([12, 13, 16, 20])))
    if st == 1:
        return "".join(rng.choice("abcdef" + DIG) for _ in range(rng.choice([10, 26])))
    if st == 2:
        return rng.choice(_wordset(ctx)) + digits(rng, 4) + rng.choice(_wordset(ctx))
    return "".join(rng.choice(UP + DIG) for _ in range(4)) + "-" + "".join(rng.choice(UP + DIG) for _ in range(4)) + "-" + "".join(rng.choice(UP + DIG) for _ in range(4))


def username(rng, ctx):
    p = ctx["pools"]
    f = rng.choice(p["first"]).lower().replace(" ", "").replace("'", "")
    l = rng.choice(p["last"]).lower().replace(" ", "").replace("'", "")
    st = rng.randint(0, 6)
    if st == 0:
        return f + l[:1] + digits(rng, 2)
    if st == 1:
        return f"{f}_{l}"
    if st == 2:
        return f"{f[:1]}{l}{rng.randint(70, 99)}"
    if st == 3:
        return rng.choice(["xX", "", "the", "Dark", "Mr", "Lil"]) + rng.choice(["Gamer", "Sniper", "Wolf", "Panda", "Ninja", "Viking", "Kaaskop"]) + digits(rng, rng.randint(2, 4)) + rng.choice(["Xx", "", "_", ""])
    if st == 4:
        return f"{f}.{l}"
    if st == 5:
        return f.capitalize() + l.capitalize() + digits(rng, 1)
    return f + digits(rng, 4)


def _rand(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def api_key(rng, ctx):
    st = rng.randint(0, 6)
    an = UP + LO + DIG
    if st == 0:
        return "sk_live_" + _rand(rng, an, 24)
    if st == 1:
        return "AKIA" + _rand(rng, UP + DIG, 16)
    if st == 2:
        return _rand(rng, an + "/+", 40)  # aws secret style
    if st == 3:
        return "AIza" + _rand(rng, an + "-_", 35)
    if st == 4:
        return _rand(rng, "0123456789abcdef", 32)
    if st == 5:
        return "pk_" + rng.choice(["live", "prod"]) + "_" + _rand(rng, an, 28)
    return "SG." + _rand(rng, an, 22) + "." + _rand(rng, an + "-_", 43)


def token(rng, ctx):
    st = rng.randint(0, 4)
    an = UP + LO + DIG
    if st == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _rand(rng, an + "-_", 40) + "." + _rand(rng, an + "-_", 43)
    if st == 1:
        return "ghp_" + _rand(rng, an, 36)
    if st == 2:
        return _rand(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if st == 3:
        return "ya29." + _rand(rng, an + "-_", 60)
    return _rand(rng, an, 24) + "%3D"


def customer_number(rng, ctx):
    dom = ctx.get("domain", "transport")
    r = rng.random()
    if dom == "transport":
        if r < 0.35:  # travel card / OV-chip style
            v = "3528" + digits(rng, 12)
            return v if rng.random() < 0.4 else " ".join(v[i:i + 4] for i in range(0, 16, 4))
        if r < 0.6:
            return rng.choice(["VG", "PV", "BV", "P"]) + "-" + digits(rng, rng.choice([6, 7]))
        return digits(rng, rng.choice([7, 8, 10]))
    if dom == "health":
        if r < 0.5:
            return digits(rng, 9)
        if r < 0.75:
            return digits(rng, rng.choice([8, 10]))
        return rng.choice(["", "P", "M"]) + digits(rng, 3) + "-" + digits(rng, 3) + "-" + digits(rng, 3)
    if dom == "streaming":
        if r < 0.5:
            return digits(rng, rng.choice([8, 9, 10, 12]))
        return rng.choice(["ACC", "SUB", "C"]) + "-" + _rand(rng, UP + DIG, 8)
    # travel
    if r < 0.5:
        return digits(rng, 10)
    if r < 0.75:
        return digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 4)
    return rng.choice(["", "BA", "UA"]) + digits(rng, 8)


def ip_address(rng, ctx):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"
    first = rng.choice([31, 37, 62, 77, 81, 83, 84, 85, 86, 87, 88, 89, 94, 145, 178, 188, 212, 213, 217, 92, 109])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl-be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en-gb": "January February March April May June July August September October November December".split(),
    "en-us": "January February March April May June July August September October November December".split(),
}


def date_of_birth(rng, ctx):
    y = rng.randint(1938, 2010)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    lang = ctx["lang"]
    st = rng.randint(0, 6)
    if lang == "en-us":
        opts = [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS[lang][m-1]} {d}, {y}", f"{m}-{d}-{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[lang][m-1][:3]} {d} {y}", f"{m}/{d}/{y % 100:02d}"]
    elif lang == "en-gb":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[lang][m-1]} {y}", f"{d}/{m}/{y % 100:02d}", f"{d}th {MONTHS[lang][m-1]} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d} {MONTHS[lang][m-1][:3]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {MONTHS[lang][m-1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100:02d}"]
    return opts[st]


# ---------------------------------------------------------------- contact
def phone(rng, ctx):
    lang = ctx["lang"]
    st = rng.random()
    if lang == "nl" or (lang.startswith("en") and rng.random() < 0.1):
        if st < 0.75:
            n = "6" + digits(rng, 8)
            return rng.choice([
                f"0{n[:1]}-{n[1:]}", f"0{n[:1]} {n[1:5]} {n[5:]}", f"0{n}", f"+31 {n[:1]} {n[1:]}",
                f"+31{n}", f"0031 {n[:1]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 (0){n[:1]} {n[1:]}",
                f"0{n[:1]}-{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 {n[:1]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
        ac = rng.choice(["20", "10", "30", "70", "40", "50", "58", "24", "13", "43"])
        rest = digits(rng, 7)
        return rng.choice([f"0{ac}-{rest}", f"0{ac} {rest[:3]} {rest[3:]}", f"+31 {ac} {rest}", f"0{ac}-{rest[:3]} {rest[3:5]} {rest[5:]}"])
    if lang in ("nl-be", "fr-be"):
        if st < 0.75:
            n = rng.choice(["47", "48", "49", "46"]) + digits(rng, 7)
            return rng.choice([
                f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", f"0{n}",
                f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32{n}", f"0032 {n[:3]} {n[3:]}",
                f"0{n[:3]}/{n[3:6]}.{n[6:]}", f"0{n[:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}", f"+32 (0){n[:3]} {n[3:]}"])
        ac = rng.choice(["2", "3", "9", "4", "50", "16", "11"])
        rest = digits(rng, 8 - len(ac))
        return rng.choice([f"0{ac} {rest[:3]} {rest[3:5]} {rest[5:]}" if len(rest) == 7 else f"0{ac} {rest[:2]} {rest[2:4]} {rest[4:]}",
                           f"0{ac}/{rest}", f"+32 {ac} {rest}"])
    if lang == "en-gb":
        if st < 0.7:
            n = "7" + rng.choice(["700", "911", "824", "442", "956", "380", "123"]) + digits(rng, 6)
            return rng.choice([f"0{n[:4]} {n[4:]}", f"0{n}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"+44{n}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0044 {n}"])
        return rng.choice([f"020 {digits(rng, 4)} {digits(rng, 4)}", f"0161 {digits(rng, 3)} {digits(rng, 4)}", f"0113 {digits(rng, 3)} {digits(rng, 4)}", f"+44 20 {digits(rng, 4)} {digits(rng, 4)}", f"(0121) {digits(rng, 3)} {digits(rng, 4)}"])
    # en-us
    ac = rng.choice(["212", "312", "415", "617", "646", "713", "206", "305", "512", "773", "929", "404"])
    ex = rng.choice(["555", str(rng.randint(201, 989))])
    ln = digits(rng, 4)
    return rng.choice([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"+1 {ac} {ex} {ln}", f"+1 ({ac}) {ex}-{ln}", f"{ac}{ex}{ln}", f"1-{ac}-{ex}-{ln}", f"{ac} {ex} {ln}"])


MAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "planet.nl", "xs4all.nl", "hotmail.nl", "icloud.com"],
    "nl-be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.com", "outlook.be", "scarlet.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr", "proximus.be"],
    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com", "outlook.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "verizon.net"],
}


def _asciify(s):
    tr = str.maketrans("éèëêïîôöüûçà' ", "eeeeiioouucaxx")
    return s.lower().translate(tr).replace("x", "")


def email(rng, ctx):
    p = ctx["pools"]
    c = ctx.get("cache", {})
    own = "name" in c and "last" in c and rng.random() < 0.6
    f = _asciify(c["name"] if own else rng.choice(p["first"]))
    l = _asciify(c["last"] if own else rng.choice(p["last"]))
    dom = rng.choice(MAIL_DOMAINS[ctx["lang"]])
    st = rng.randint(0, 7)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}{rng.randint(1960, 2005)}", f"{f}.{l}+{rng.choice(['netflix', 'ns', 'klm', 'steam', 'spotify'])}", f"{f[0]}{l}"][st]
    out = f"{local}@{dom}"
    if rng.random() < 0.06:
        out = out.capitalize()
    return out


def address(rng, ctx):
    lang = ctx["lang"]
    p = ctx["pools"]
    num = rng.randint(1, 240)
    if lang == "nl":
        street = rng.choice(p["street_nl"])
        pc = f"{rng.randint(1011, 9999)} {rng.choice(UP)}{rng.choice(UP.replace('S', '').replace('A', ''))}"
        pcs = pc if rng.random() < 0.7 else pc.replace(" ", "")
        city = rng.choice(p["city_nl"])
        hn = rng.choice([str(num), f"{num}{rng.choice('abc')}", f"{num}-{rng.randint(1, 3)}", f"{num} hs", f"{num}-II", f"{num} A"])
        return rng.choice([f"{street} {hn}", f"{street} {hn}, {pcs} {city}", f"{street} {hn} {pcs} {city}", f"{street} {hn}, {pcs} {city.upper()}", f"{street} {hn}, {city}"])
    if lang == "nl-be":
        street = rng.choice(p["street_be_nl"])
        city, pc = rng.choice(p["city_be_nl"])
        hn = rng.choice([str(num), f"{num} bus {rng.randint(1, 12)}", f"{num}/{rng.randint(1, 5)}", f"{num}B"])
        return rng.choice([f"{street} {hn}", f"{street} {hn}, {pc} {city}", f"{street} {hn} {pc} {city}", f"{street} {hn}, B-{pc} {city}"])
    if lang == "fr-be":
        street = rng.choice(p["street_be_fr"])
        city, pc = rng.choice(p["city_be_fr"])
        hn = rng.choice([str(num), f"{num} bte {rng.randint(1, 12)}", f"{num}/{rng.randint(1, 5)}", f"{num}A"])
        return rng.choice([f"{street} {hn}", f"{street} {hn}, {pc} {city}", f"{street}, {hn} - {pc} {city}", f"{street} {hn} {pc} {city}"])
    if lang == "en-gb":
        street = rng.choice(p["street_uk"])
        city, pc = rng.choice(p["city_uk"])
        pcf = pc + " " + str(rng.randint(1, 9)) + rng.choice(UP) + rng.choice(UP)
        return rng.choice([f"{num} {street}", f"{num} {street}, {city} {pcf}", f"Flat {rng.randint(1, 30)}, {num} {street}, {city}, {pcf}", f"{num} {street}, {city}, {pcf}", f"{num}{rng.choice('ab')} {street}, {pcf}"])
    street = rng.choice(p["street_us"])
    city, st = rng.choice(p["city_us"])
    zipc = digits(rng, 5)
    n = rng.randint(10, 9999)
    return rng.choice([f"{n} {street}", f"{n} {street}, Apt {rng.randint(1, 40)}{rng.choice('ABCD')}, {city}, {st} {zipc}", f"{n} {street}, {city}, {st} {zipc}", f"{n} {street} #{rng.randint(2, 900)}, {city} {st} {zipc}", f"{n} {street}, {city} {st} {zipc}-{digits(rng, 4)}"])


GEN = {
    "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "username": username,
    "api_key": api_key, "token": token, "card": card, "cvv": cvv, "iban": iban, "bsn": bsn,
    "email": email, "phone": phone, "address": address, "date_of_birth": date_of_birth,
    "customer_number": customer_number, "card_expiry": card_expiry, "ip_address": ip_address,
}
