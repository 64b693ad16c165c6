"""Value generators for the blind95 corpus (standard library only).

Every generator takes (rng, ctx) and returns a string (or a list of segments
(text, category, label) for composite values). Validators used by the
self-check live here too.
"""
import string

# ---------------------------------------------------------------- validators

def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(value):
    v = value.replace(" ", "").replace("-", "").replace(".", "").upper()
    if len(v) < 15 or not v[:2].isalpha():
        return False
    r = v[4:] + v[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def bsn_ok(digits):
    if len(digits) != 9 or not digits.isdigit():
        return False
    s = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1)))
    s -= int(digits[8])
    return s % 11 == 0 and digits != "000000000"


def rrn_ok(digits):
    if len(digits) != 11 or not digits.isdigit():
        return False
    base, chk = digits[:9], int(digits[9:])
    return (97 - int(base) % 97) == chk or (97 - int("2" + base) % 97) == chk


# ---------------------------------------------------------------- helpers

def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def region(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": "us"}[lang]


def ascii_fold(s):
    table = str.maketrans("éèëêáàäâïîóöôúüûçñ'’ ", "eeeeaaaaiiooouuucn---")
    return s.lower().translate(table).replace("-", "")

# ---------------------------------------------------------------- secrets

PW_WORDS = ["Zomer", "Winter", "Kantoor", "Bakkerij", "Welkom", "Voorjaar", "Lente", "Tulp",
            "Rozen", "Haven", "Molen", "Sunshine", "Dragon", "Monkey", "Orange", "Admin",
            "Kapsalon", "Fiets", "Bureau", "Maison", "Soleil", "Printer", "Chelsea", "Yankees",
            "Liverpool", "Mustang", "Boekhoud", "Oma", "Papa", "Mama", "Koffie", "Frietje"]


def password(rng, ctx):
    k = rng.randrange(8)
    w = rng.choice(PW_WORDS)
    if k == 0:
        return w + str(rng.randrange(1990, 2026)) + rng.choice("!?#$")
    if k == 1:
        return w.lower() + _digits(rng, rng.choice([2, 3, 4]))
    if k == 2:
        chars = string.ascii_letters + string.digits + "!#$%&*+-=?@^_"
        return "".join(rng.choice(chars) for _ in range(rng.randrange(10, 17)))
    if k == 3:
        leet = w.replace("o", "0").replace("e", "3").replace("a", "@").replace("i", "1")
        return leet + _digits(rng, 2) + rng.choice(["!", "", "#", "*"])
    if k == 4:
        w2 = rng.choice(PW_WORDS)
        return f"{w}-{w2.lower()}-{_digits(rng, 2)}"
    if k == 5:
        return w[:3].upper() + _digits(rng, 3) + w[3:].lower() + rng.choice("!$%")
    if k == 6:
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(8))
    return w + rng.choice(["_", ".", ""]) + str(rng.randrange(10, 99)) + rng.choice(["NL", "be", "uk", "xx", "!!"])


def pin(rng, ctx):
    return _digits(rng, rng.choice([4, 4, 4, 5, 6]))


def puk(rng, ctx):
    return _digits(rng, 8)


def otp(rng, ctx):
    d = _digits(rng, rng.choice([6, 6, 6, 4, 8]))
    k = rng.randrange(5)
    if k == 0 and len(d) == 6:
        return d[:3] + " " + d[3:]
    if k == 1 and len(d) == 6:
        return d[:3] + "-" + d[3:]
    return d


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "be": "nul één twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(rng, ctx):
    key = {"nl": "nl", "nl-be": "be", "fr-be": "fr"}.get(ctx.lang, "en")
    words = NUMWORDS[key]
    sep = rng.choice([" ", " - ", ", ", " "])
    return sep.join(words[int(c)] for c in _digits(rng, 6))


def wifi_key(rng, ctx):
    k = rng.randrange(5)
    if k == 0:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + \
               "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + \
               "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    if k == 1:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([16, 20, 26])))
    if k == 2:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS).lower() + _digits(rng, rng.randrange(2, 5))
    if k == 3:
        return _digits(rng, 4) + " " + _digits(rng, 4) + " " + _digits(rng, 4) + " " + _digits(rng, 4)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randrange(12, 21)))


def username(rng, ctx):
    f, l = ascii_fold(ctx.persona["first"]), ascii_fold(ctx.persona["last"])
    c = ascii_fold(ctx.persona["company"])[:10]
    k = rng.randrange(9)
    if k == 0:
        return f[0] + l
    if k == 1:
        return f"{f}.{l}"
    if k == 2:
        return f"admin.{c}"
    if k == 3:
        return f"{l}{_digits(rng, 2)}"
    if k == 4:
        return f"{c}-beheer" if region(ctx.lang) in ("nl", "be") else f"{c}-office"
    if k == 5:
        return f"{f}_{l[:4]}{_digits(rng, 3)}"
    if k == 6:
        return f"{c.upper()[:6]}\\{f}"
    if k == 7:
        return f"ZZP{_digits(rng, 6)}"
    return f"{f[:1].upper()}{l.capitalize()}"


def _alnum(rng, n, chars=string.ascii_letters + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


def api_key(rng, ctx, variant=None):
    v = variant or rng.choice(["sk", "pk", "aiza", "xox", "sg", "hex", "mb", "rk"])
    if v == "awsid":
        return "AKIA" + _alnum(rng, 16, string.ascii_uppercase + "234567")
    if v == "awssec":
        return _alnum(rng, 40, string.ascii_letters + string.digits + "/+")
    if v == "sk":
        return "sk_live_" + _alnum(rng, 24)
    if v == "pk":
        return "pk_live_" + _alnum(rng, 24)
    if v == "rk":
        return "rk_live_" + _alnum(rng, 24)
    if v == "aiza":
        return "AIza" + _alnum(rng, 35, string.ascii_letters + string.digits + "_-")
    if v == "xox":
        return "xoxb-" + _digits(rng, 12) + "-" + _digits(rng, 13) + "-" + _alnum(rng, 24)
    if v == "sg":
        return "SG." + _alnum(rng, 22, string.ascii_letters + string.digits + "_-") + "." + _alnum(rng, 43, string.ascii_letters + string.digits + "_-")
    if v == "mb":
        return _alnum(rng, 43, string.ascii_letters + string.digits + "_-")
    return _alnum(rng, 32, "0123456789abcdef")


def token(rng, ctx, variant=None):
    v = variant or rng.choice(["jwt", "ghp", "hex", "sess", "ya29", "glpat"])
    b64 = string.ascii_letters + string.digits + "_-"
    if v == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _alnum(rng, rng.randrange(30, 60), b64) + "." + _alnum(rng, 43, b64)
    if v == "ghp":
        return "ghp_" + _alnum(rng, 36)
    if v == "glpat":
        return "glpat-" + _alnum(rng, 20, b64)
    if v == "ya29":
        return "ya29." + _alnum(rng, rng.randrange(40, 70), b64)
    if v == "sess":
        return _alnum(rng, 26, string.ascii_lowercase + string.digits)
    return _alnum(rng, rng.choice([32, 40, 64]), "0123456789abcdef")

# ---------------------------------------------------------------- payment

def card(rng, ctx):
    k = rng.randrange(10)
    if k < 4:
        raw = luhn_complete("4" + _digits(rng, 14))
    elif k < 7:
        raw = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]))
        raw = luhn_complete(raw + _digits(rng, 15 - len(raw)))
    elif k < 8:
        raw = luhn_complete(rng.choice(["34", "37"]) + _digits(rng, 12))
        ctx.amex = True
        return rng.choice([group(raw, [4, 6, 5]), raw, group(raw, [4, 6, 5], "-")])
    elif k < 9:
        raw = luhn_complete("6703" + _digits(rng, 14))  # Bancontact/Maestro 19
        return rng.choice([group(raw, [4, 4, 4, 4, 3]), raw])
    else:
        raw = luhn_complete("6011" + _digits(rng, 11))
    ctx.amex = False
    f = rng.randrange(5)
    if f == 0:
        return raw
    if f == 1:
        return group(raw, [4, 4, 4, 4], "-")
    if f == 2:
        return group(raw, [4, 4, 4, 4], "  ") if rng.random() < 0.2 else group(raw, [4, 4, 4, 4])
    return group(raw, [4, 4, 4, 4])


def cvv(rng, ctx):
    return _digits(rng, 4 if getattr(ctx, "amex", False) else 3)


def card_expiry(rng, ctx):
    m, y = rng.randrange(1, 13), rng.randrange(25, 32)
    k = rng.randrange(6)
    if k == 0:
        return f"{m:02d}/{y}"
    if k == 1:
        return f"{m:02d}/20{y}"
    if k == 2:
        return f"{m:02d}-{y}"
    if k == 3:
        return f"{m}/{y}"
    if k == 4:
        return f"{m:02d} / {y}"
    return f"{m:02d}.20{y}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban(rng, ctx):
    reg = region(ctx.lang)
    pick = {"nl": ["NL"] * 8 + ["BE", "DE"], "be": ["BE"] * 8 + ["NL", "LU", "FR"],
            "gb": ["GB"] * 7 + ["IE", "NL"], "us": ["NL", "DE", "GB", "BE"]}[reg]
    c = rng.choice(pick)
    if c == "NL":
        v = make_iban("NL", rng.choice(NL_BANKS) + _digits(rng, 10))
    elif c == "BE":
        first = _digits(rng, 10)
        chk = int(first) % 97 or 97
        v = make_iban("BE", first + f"{chk:02d}")
    elif c == "DE":
        v = make_iban("DE", _digits(rng, 18))
    elif c == "GB":
        v = make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + _digits(rng, 14))
    elif c == "IE":
        v = make_iban("IE", rng.choice(["AIBK", "BOFI"]) + _digits(rng, 14))
    elif c == "LU":
        v = make_iban("LU", _digits(rng, 16))
    else:
        v = make_iban("FR", _digits(rng, 23))
    k = rng.randrange(8)
    if k < 4:
        v = group(v, [4] * 9)
    elif k == 4:
        v = v.lower() if rng.random() < 0.5 else group(v.lower(), [4] * 9)
    elif k == 5 and c == "NL":
        v = v[:4] + " " + v[4:8] + " " + v[8:]
    return v


def bsn(rng, ctx):
    if region(ctx.lang) == "be":
        return rrn(rng, ctx)
    while True:
        d = str(rng.randrange(1, 7)) + _digits(rng, 7)
        s = sum(int(x) * w for x, w in zip(d, range(9, 1, -1))) % 11
        if s < 10:
            d += str(s)
            break
    k = rng.randrange(4)
    if k == 0:
        return group(d, [4, 2, 3], ".")
    if k == 1:
        return group(d, [3, 3, 3])
    return d


def rrn(rng, ctx):
    y = rng.randrange(1935, 2006)
    m, dd = rng.randrange(1, 13), rng.randrange(1, 29)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{rng.randrange(1, 998):03d}"
    chk = 97 - (int(base) % 97 if y < 2000 else int("2" + base) % 97)
    full = base + f"{chk:02d}"
    k = rng.randrange(4)
    if k == 0:
        return f"{full[:2]}.{full[2:4]}.{full[4:6]}-{full[6:9]}.{full[9:]}"
    if k == 1:
        return f"{full[:6]}-{full[6:9]}-{full[9:]}"
    if k == 2:
        return f"{full[:6]} {full[6:9]} {full[9:]}"
    return full

# ---------------------------------------------------------------- contact

def phone(rng, ctx):
    reg = region(ctx.lang)
    if rng.random() < 0.08:
        reg = rng.choice(["nl", "be", "gb", "us"])
    k = rng.randrange(7)
    if reg == "nl":
        if k < 4:
            d = "6" + _digits(rng, 8)
            return [f"06-{d[1:]}", f"06 {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+31 6 {d[1:5]} {d[5:]}",
                    f"0031{d}", f"+316{d[1:]}", f"06{d[1:]}", f"(06) {d[1:]}"][rng.randrange(7)]
        area = rng.choice(["20", "10", "30", "70", "40", "50", "72", "346", "493", "591"])
        rest = _digits(rng, 9 - len(area))
        return rng.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}", f"0{area}{rest}"])
    if reg == "be":
        if k < 4:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"])
            d = _digits(rng, 6)
            return rng.choice([f"0{p} {d[:2]} {d[2:4]} {d[4:]}", f"0{p}/{d[:2]}.{d[2:4]}.{d[4:]}", f"+32 {p} {d[:2]} {d[2:4]} {d[4:]}",
                               f"0{p}{d}", f"0032{p}{d}", f"+32{p}{d}", f"0{p}/{d}"])
        area = rng.choice(["2", "3", "9", "4", "16", "50", "11", "56"])
        rest = _digits(rng, 8 - len(area))
        if len(area) == 1:
            return rng.choice([f"0{area} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{area}/{rest[:3]}.{rest[3:5]}.{rest[5:]}", f"+32 {area} {rest[:3]} {rest[3:]}"])
        return rng.choice([f"0{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{area}/{rest}", f"+32 {area} {rest}"])
    if reg == "gb":
        if k < 4:
            d = _digits(rng, 6)
            p = rng.choice(["7700", "7911", "7400", "7586", "7723", "7845"])
            return rng.choice([f"0{p} {d}", f"+44 {p} {d}", f"+44 (0){p} {d[:3]} {d[3:]}", f"0{p}{d}", f"0{p[:3]} {p[3:]}{d[:2]} {d[2:]}"])
        return rng.choice([f"020 7{_digits(rng, 3)} {_digits(rng, 4)}", f"0161 {_digits(rng, 3)} {_digits(rng, 4)}",
                           f"0113 {_digits(rng, 3)} {_digits(rng, 4)}", f"+44 131 {_digits(rng, 3)} {_digits(rng, 4)}", f"01632 {_digits(rng, 6)}"])
    a = rng.choice(["212", "415", "312", "617", "303", "512", "206", "404", "702", "614"])
    x, y = "555", "01" + _digits(rng, 2)
    return rng.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"1-{a}-{x}-{y}", f"+1 ({a}) {x}-{y}", f"{a}{x}{y}"])


def email(rng, ctx, variant=None):
    p = ctx.persona
    f, l = ascii_fold(p["first"]), ascii_fold(p["last"])
    dom = rng.choice(ctx.pools["maildom_" + region(ctx.lang)])
    comp = ascii_fold(p["company"])[:18]
    tld = {"nl": "nl", "be": "be", "gb": "co.uk", "us": "com"}[region(ctx.lang)]
    if variant == "biz":
        return rng.choice([f"info@{comp}.{tld}", f"{f}@{comp}.{tld}", f"admin@{comp}.onmicrosoft.com", f"{f}.{l}@{comp}.{tld}", f"administratie@{comp}.{tld}" if tld in ("nl", "be") else f"accounts@{comp}.{tld}"])
    k = rng.randrange(7)
    if k == 0:
        return f"{f}.{l}@{dom}"
    if k == 1:
        return f"{f[0]}{l}{rng.randrange(1, 99)}@{dom}"
    if k == 2:
        return f"{f}{l}@{dom}"
    if k == 3:
        return f"{f}_{l}{rng.randrange(60, 99)}@{dom}"
    if k == 4:
        return f"{f}@{comp}.{tld}"
    if k == 5:
        return f"{l}.{f[0]}@{dom}"
    return f"{f}.{l}+{rng.choice(['m365', 'boekh', 'werk', 'admin'])}@{dom}"


def address(rng, ctx):
    reg = region(ctx.lang)
    streets = ctx.pools["street_" + ("befr" if ctx.lang == "fr-be" else reg)]
    st = rng.choice(streets)
    n = rng.randrange(1, 240)
    k = rng.randrange(4)
    if reg == "nl":
        city = rng.choice(ctx.pools["city_nl"])
        pc = f"{rng.randrange(1011, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if rng.random() < 0.3:
            pc = pc.replace(" ", "")
        num = f"{n}" + rng.choice(["", "", "", "a", "-2", " bis", "A", " hs"])
        return [f"{st} {num}, {pc} {city}", f"{st} {num}\n{pc} {city.upper()}", f"{st} {num} {pc} {city}", f"{st} {num}"][k]
    if reg == "be":
        pcc = rng.choice(ctx.pools["city_be" + ("fr" if ctx.lang == "fr-be" else "nl")])
        if ctx.lang == "fr-be":
            num = f"{n}" + rng.choice(["", "", f" bte {rng.randrange(1, 20)}", "/3"])
            return [f"{st} {num}, {pcc}", f"{st}, {num}\n{pcc}", f"{st} {num} - {pcc}", f"{st} {num}"][k]
        num = f"{n}" + rng.choice(["", "", f" bus {rng.randrange(1, 20)}", "/2"])
        return [f"{st} {num}, {pcc}", f"{st} {num}\n{pcc}", f"{st} {num} {pcc}", f"{st} {num}"][k]
    if reg == "gb":
        town, pca = rng.choice(ctx.pools["city_gb"])
        pc = f"{pca}{rng.randrange(1, 20)} {rng.randrange(1, 10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = rng.choice(["", "", "Flat 2, ", "Unit 7, ", "Flat 14b, "])
        return [f"{flat}{n} {st}, {town} {pc}", f"{flat}{n} {st}\n{town}\n{pc}", f"{n} {st}, {town}, {pc}", f"{n} {st}"][k]
    town, state, zp = rng.choice(ctx.pools["city_us"])
    zipc = zp + _digits(rng, 5 - len(zp))
    apt = rng.choice(["", "", ", Apt 3B", " Suite 210", ", Unit 5"])
    return [f"{n * 7} {st}{apt}, {town}, {state} {zipc}", f"{n * 7} {st}{apt}\n{town}, {state} {zipc}", f"{n * 7} {st} {town} {state} {zipc}", f"{n * 7} {st}{apt}"][k]


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _mkey(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def dob(rng, ctx):
    y, m, d = rng.randrange(1928, 2004), rng.randrange(1, 13), rng.randrange(1, 29)
    mk = _mkey(ctx.lang)
    k = rng.randrange(6)
    if ctx.lang == "en-us":
        return [f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m-1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS['en'][m-1][:3]} {d} {y}", f"{m}-{d}-{y}"][k]
    if ctx.lang == "en-gb":
        return [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]} {y}", f"{d}th {MONTHS['en'][m-1][:3]} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d} {MONTHS['en'][m-1][:3]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}"][k]
    return [f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[mk][m-1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"][k]


def customer_number(rng, ctx, variant=None):
    v = variant or rng.choice(["plain", "plain", "pref", "dotted"])
    if v == "ean":
        return rng.choice(["871", "871", "541"]) + _digits(rng, 15)
    if v == "pol":
        return rng.choice([f"{_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}", f"POL-{_digits(rng, 7)}",
                           f"{rng.choice(['UV', 'LV', 'AV', 'FP'])}{_digits(rng, 8)}", f"{_digits(rng, 10)}", f"LP{_digits(rng, 6)}/{_digits(rng, 2)}",
                           f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 1)}"])
    if v == "mem":
        return rng.choice([f"{_digits(rng, 8)}", f"L{_digits(rng, 7)}", f"{_digits(rng, 4)} {_digits(rng, 4)}"])
    if v == "pref":
        return rng.choice([f"KL{_digits(rng, 7)}", f"C-{_digits(rng, 8)}", f"CUST{_digits(rng, 6)}", f"AC{_digits(rng, 9)}",
                           f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 6)}",
                           f"K-{_digits(rng, 3)}-{_digits(rng, 4)}", f"SUB{_digits(rng, 8)}"])
    if v == "dotted":
        return rng.choice([f"1.{_digits(rng, 7)}", f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}"])
    return _digits(rng, rng.choice([7, 8, 9, 10]))


def ip_address(rng, ctx):
    if rng.random() < 0.15:
        return f"2a02:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0, 0xffff):x}:{rng.randrange(1, 0xff):x}::{rng.randrange(1, 0xff):x}"
    first = rng.choice([77, 80, 81, 84, 85, 86, 89, 94, 95, 141, 145, 178, 188, 195, 212, 213, 217, 62, 82, 86, 109, 24, 73, 98])
    return f"{first}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}"
