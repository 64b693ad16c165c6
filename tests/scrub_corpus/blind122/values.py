"""Value generators and validators (standard library only).

Every generator takes a random.Random and a context object (ctx) with .lang and
.persona, and returns a string. Labelled values are never passed through typos.
"""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rchars(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def country_of(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]


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


def luhn_complete(prefix, length, rng):
    body = prefix + rchars(rng, DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("luhn")


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def nrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return (97 - base % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- cards
def card(rng, ctx, var=None):
    kind = var or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        fmt = rng.choice(["4-6-5 ", "4-6-5-", "none"])
        if fmt == "none":
            return n
        sep = fmt[-1]
        return sep.join([n[:4], n[4:10], n[10:]])
    if kind == "visa":
        n = luhn_complete("4", 16, rng)
    elif kind == "maestro":
        n = luhn_complete(rng.choice(["6759", "5018", "6761"]), 16, rng)
    else:
        n = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    fmt = rng.choice([" ", " ", "-", "", "  ", "."])
    return fmt.join([n[i:i + 4] for i in range(0, 16, 4)])


def cvv(rng, ctx, var=None):
    return rchars(rng, DIG, 4 if var == "4" else 3)


def card_expiry(rng, ctx, var=None):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}-20{y}"])


# ---------------------------------------------------------------- iban
def _iban_from_bban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def raw_iban(rng, country):
    if country == "nl":
        bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "ASNB", "KNAB", "RBRB"])
        return _iban_from_bban("NL", bank + rchars(rng, DIG, 10))
    if country == "be":
        first10 = rchars(rng, DIG, 10)
        c = int(first10) % 97 or 97
        return _iban_from_bban("BE", first10 + f"{c:02d}")
    if country == "uk":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
        return _iban_from_bban("GB", bank + rchars(rng, DIG, 14))
    if country == "de":
        return _iban_from_bban("DE", rchars(rng, DIG, 18))
    if country == "fr":
        return _iban_from_bban("FR", rchars(rng, DIG, 23))
    if country == "lu":
        return _iban_from_bban("LU", rchars(rng, DIG, 16))
    raise ValueError(country)


def iban(rng, ctx, var=None):
    c = country_of(ctx.lang)
    if var:
        country = var
    elif c == "us":
        country = rng.choice(["uk", "de", "nl"])
    else:
        country = c if rng.random() < 0.85 else rng.choice(["de", "fr", "lu", "nl", "be"])
    s = raw_iban(rng, country)
    style = rng.choice(["group", "group", "group", "plain", "lowgroup", "lowplain", "dash"])
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return {"group": g, "plain": s, "lowgroup": g.lower(), "lowplain": s.lower(),
            "dash": "-".join(s[i:i + 4] for i in range(0, len(s), 4))}[style]


# ---------------------------------------------------------------- bsn / nrn
def raw_bsn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        c = tot % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def raw_nrn(rng):
    y = rng.randint(1940, 2015)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    return base + f"{97 - n % 97:02d}"


def bsn(rng, ctx, var=None):
    c = country_of(ctx.lang)
    kind = var or ("be" if c == "be" else "nl")
    if kind == "nl":
        s = raw_bsn(rng)
        return rng.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    s = raw_nrn(rng)
    return rng.choice([f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}", s, f"{s[:6]} {s[6:9]} {s[9:]}",
                       f"{s[:6]}-{s[6:9]}-{s[9:]}", f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}-{s[9:]}"])


# ---------------------------------------------------------------- phones
def phone(rng, ctx, var=None):
    c = var if var in ("nl", "be", "uk", "us") else country_of(ctx.lang)
    land = var == "land" or (var is None and rng.random() < 0.25)
    if c == "nl":
        if land:
            area = rng.choice(["020", "010", "030", "070", "040", "050", "0513", "0172", "024", "043"])
            rest = rchars(rng, DIG, 10 - len(area))
            rest = str(rng.randint(2, 9)) + rest[1:]
            a2 = area[1:]
            return rng.choice([f"{area}-{rest}", f"{area} {rest}", f"+31 {a2} {rest}", f"+31 (0){a2} {rest}", f"{area}{rest}"])
        n = rchars(rng, DIG, 8)
        return rng.choice([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"06{n}", f"+31 6 {n}", f"+316{n}", f"0031 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                           f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 (0)6 {n}", f"06-{n[:2]} {n[2:5]} {n[5:]}"])
    if c == "be":
        if land:
            area = rng.choice(["02", "03", "09", "04", "016", "050", "011", "010", "081"])
            rest = str(rng.randint(2, 9)) + rchars(rng, DIG, 8 - len(area))
            if len(area) == 2:
                f = f"{rest[:3]} {rest[3:5]} {rest[5:]}"
                g = f"{rest[:3]}.{rest[3:5]}.{rest[5:]}"
            else:
                f = f"{rest[:2]} {rest[2:4]} {rest[4:]}"
                g = f"{rest[:2]}.{rest[2:4]}.{rest[4:]}"
            return rng.choice([f"{area} {f}", f"{area}/{g}", f"+32 {area[1:]} {f}", f"{area}{rest}"])
        p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "485", "486", "494", "495", "496", "497", "498", "499"])
        n = rchars(rng, DIG, 6)
        return rng.choice([f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                           f"0{p}{n}", f"+32{p}{n}", f"0032 {p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]} {n[2:4]} {n[4:]}", f"0{p} {n[:3]} {n[3:]}"])
    if c == "uk":
        if land:
            a = rng.choice([("020", 8), ("0161", 7), ("0113", 7), ("0117", 7), ("0131", 7), ("01632", 6)])
            rest = rchars(rng, DIG, a[1])
            if a[1] == 8:
                r2 = f"{rest[:4]} {rest[4:]}"
            else:
                r2 = f"{rest[:3]} {rest[3:]}"
            return rng.choice([f"{a[0]} {r2}", f"({a[0]}) {r2}", f"+44 {a[0][1:]} {r2}", f"{a[0]}{rest}"])
        n = "7" + rchars(rng, DIG, 9)
        return rng.choice([f"0{n[:4]} {n[4:]}", f"0{n}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"+44{n}"])
    # us
    area = rng.choice(["212", "312", "415", "503", "617", "702", "808", "919", "206", "305", "720"])
    ex = str(rng.randint(2, 9)) + rchars(rng, DIG, 2)
    ln = rchars(rng, DIG, 4)
    return rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}", f"1-{area}-{ex}-{ln}",
                       f"{area}{ex}{ln}", f"+1 ({area}) {ex}-{ln}"])


# ---------------------------------------------------------------- email
PROVIDERS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "planet.nl", "xs4all.nl", "live.nl", "icloud.com", "hetnet.nl"],
    "be": ["telenet.be", "skynet.be", "proximus.be", "hotmail.be", "gmail.com", "outlook.be", "scarlet.be", "live.be"],
    "uk": ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com", "virginmedia.com", "hotmail.co.uk"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "verizon.net"],
}


def _slug(s):
    tr = str.maketrans("éèëêçïüöäàâôÉ", "eeeeciuoaaaoE")
    return "".join(ch for ch in s.translate(tr).lower() if ch.isalnum())


def email(rng, ctx, var=None):
    first, last = ctx.persona
    f, l = _slug(first), _slug(last.split()[-1])
    dom = rng.choice(PROVIDERS[country_of(ctx.lang)])
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f}",
                        f"{f}{rng.randint(70, 2005)}", f"{f}.{l}{rng.randint(1, 9)}", f"{f[0]}{l}", f"{f}-{l}"])
    if rng.random() < 0.08:
        local = local.capitalize()
    return f"{local}@{dom}"


# ---------------------------------------------------------------- addresses
def address(rng, ctx, var=None):
    c = var if var in ("nl", "be", "uk", "us", "fr") else country_of(ctx.lang)
    P = ctx.pools
    num = str(rng.randint(1, 240))
    if c == "nl":
        street = ctx.pick("street_nl")
        city = ctx.pick("city_nl")
        pc = f"{rng.randint(1000, 9999)}"
        lt = rchars(rng, "ABCDEGHJKLMNPRSTVWXZ", 2)
        hn = num + rng.choice(["", "", "", "a", "-2", " B", "A", " hs", "-1"])
        if var == "street":
            return f"{street} {hn}"
        return rng.choice([f"{street} {hn}, {pc} {lt} {city}", f"{street} {hn}, {pc}{lt} {city}", f"{street} {hn} {pc} {lt} {city}",
                           f"{street} {hn}, {pc} {lt}  {city.upper()}", f"{street} {hn} te {city}", f"{street} {hn}, {city}",
                           f"{street.lower()} {hn} {pc}{lt.lower()} {city.lower()}"])
    if c == "be":
        fr = ctx.lang == "fr-be" and rng.random() < 0.8
        street = ctx.pick("street_fr" if fr else "street_be")
        city = ctx.pick("city_fr" if fr else "city_be")
        box = rng.choice(["", "", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 30)}", f" bte {rng.randint(1, 9)}" if fr else f" bus {rng.randint(101, 304)}"])
        if var == "street":
            return f"{street} {num}{box}" if not fr or rng.random() < 0.5 else f"{num}, {street}"
        return rng.choice([f"{street} {num}{box}, {city}", f"{street} {num}{box} {city}", f"{street} {num}{box}, B-{city}",
                           f"{num}, {street}, {city}" if fr else f"{street} {num}, {city}"])
    if c == "fr":
        street = ctx.pick("street_fr")
        return f"{num} {street}, {rng.randint(10, 95)}{rng.randint(100, 999)} Lyon"
    if c == "uk":
        street = ctx.pick("street_uk")
        town, pre = ctx.pick("city_uk")
        pc = f"{pre}{rng.randint(1, 20)} {rng.randint(1, 9)}{rchars(rng, 'ABDEFGHJLNPQRSTUWXY', 2)}"
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 12)}, ", f"{rng.randint(1, 9)}{rng.choice('ab')} "])
        if flat and flat[0].isdigit():
            num = ""
            base = f"{flat}{street}"
        else:
            base = f"{flat}{num} {street}"
        if var == "street":
            return base
        return rng.choice([f"{base}, {town} {pc}", f"{base}, {town}, {pc}", f"{base} {town} {pc}", f"{base}, {town.upper()} {pc}"])
    street = ctx.pick("street_us")
    city, st, z = ctx.pick("city_us")
    zz = f"{z}{rng.randint(0, 99):02d}"
    apt = rng.choice(["", "", "", f" Apt {rng.randint(1, 30)}{rng.choice('ABC')}", f" #{rng.randint(2, 900)}", f", Unit {rng.randint(1, 20)}"])
    num = str(rng.randint(10, 9800))
    if var == "street":
        return f"{num} {street}{apt}"
    return rng.choice([f"{num} {street}{apt}, {city}, {st} {zz}", f"{num} {street}{apt}, {city} {st} {zz}", f"{num} {street}{apt} {city}, {st} {zz}-{rchars(rng, DIG, 4)}"])


# ---------------------------------------------------------------- dob
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def mlang(lang):
    return "nl" if lang.startswith("nl") else ("fr" if lang.startswith("fr") else "en")


def date_of_birth(rng, ctx, var=None):
    y = rng.randint(1938, 2019) if var == "kid" else rng.randint(1938, 2004)
    if var == "kid":
        y = rng.randint(2008, 2019)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    ml = mlang(ctx.lang)
    mn = MONTHS[ml][m - 1]
    if ctx.lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{m}-{d}-{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"]
    elif ml == "en":
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{suf} {mn} {y}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}"]
    elif ml == "fr":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}-{m:02d}-{y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}{m:02d}{y}", f"{y}-{m:02d}-{d:02d}"]
    return rng.choice(opts)


# ---------------------------------------------------------------- ids
def customer_number(rng, ctx, var=None):
    if var == "ean":
        return "8716" + rchars(rng, DIG, 14) if rng.random() < 0.8 else "5414" + rchars(rng, DIG, 14)
    if var == "digits":
        return rchars(rng, "123456789", 1) + rchars(rng, DIG, rng.randint(6, 9))
    return rng.choice([
        rchars(rng, "123456789", 1) + rchars(rng, DIG, rng.randint(6, 9)),
        f"{rchars(rng, 'ABCDEFGHKLMNPRSTVWXZ', 2)}{rchars(rng, DIG, 6)}",
        f"{rchars(rng, 'ABCDEFGHKLMNPRSTVWXZ', rng.randint(1, 3))}-{rchars(rng, DIG, rng.randint(5, 8))}",
        f"{rchars(rng, DIG, 3)}.{rchars(rng, DIG, 3)}.{rchars(rng, DIG, 3)}",
        f"{rchars(rng, DIG, 4)} {rchars(rng, DIG, 4)}",
        f"{rchars(rng, '123456789', 2)}-{rchars(rng, DIG, 7)}",
        "00" + rchars(rng, DIG, 8),
    ])


def ip_address(rng, ctx, var=None):
    if var == "v6" or rng.random() < 0.12:
        return "2a02:" + ":".join(rchars(rng, HEX, 4) for _ in range(3)) + "::" + rchars(rng, HEX, rng.randint(1, 4))
    a = rng.choice([31, 62, 77, 81, 84, 85, 86, 89, 94, 145, 178, 188, 212, 213, 217, 24, 73, 98, 109])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- secrets
WORDS = ["zomer", "Winter", "sneeuw", "Piste", "fiets", "Camping", "tulp", "Kikker", "soleil", "Chamonix", "lente", "Ajax",
         "Bruges", "duvel", "Sunshine", "Arsenal", "harley", "Eagles", "oranje", "Mimi", "bobbie", "Tirol", "krant", "velo"]


def password(rng, ctx, var=None):
    w = rng.choice(WORDS)
    return rng.choice([
        f"{w}{rng.randint(1, 2025)}{rng.choice('!?#$*.@')}",
        f"{w.capitalize()}{rng.choice(WORDS).capitalize()}{rng.randint(10, 99)}",
        rchars(rng, ALNUM, rng.randint(8, 14)),
        f"{w[0].upper()}{w[1:].replace('o', '0').replace('e', '3').replace('a', '@')}{rng.randint(1, 99)}",
        f"{w}{rng.randint(100, 999)}",
        f"{rchars(rng, ALNUM, 5)}-{rchars(rng, ALNUM, 5)}-{rchars(rng, ALNUM, 4)}",
        f"{w}_{rng.choice(WORDS)}{rng.choice('!#%&')}{rng.randint(1, 9)}",
        f"{w.upper()}{rng.randint(1960, 2020)}",
    ])


def username(rng, ctx, var=None):
    first, last = ctx.persona
    f, l = _slug(first), _slug(last.split()[-1])
    return rng.choice([f"{f}{l}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{f}.{l}", f"{f}_{rng.randint(70, 2010)}",
                       f"{l}{f[0]}", f"{f}{rng.choice(['ski', 'fiets', 'velo', 'camp', 'bike'])}{rng.randint(1, 99)}",
                       f"{f.capitalize()}{l.capitalize()}", f"{l}-{f}"])


def pin(rng, ctx, var=None):
    n = int(var) if var and var.isdigit() else rng.choice([4, 4, 4, 4, 5, 6])
    v = rchars(rng, DIG, n)
    if var == "door" and rng.random() < 0.3:
        return v + rng.choice(["#", "*"])
    if var == "door":
        return rchars(rng, DIG, rng.choice([4, 4, 5, 6]))
    return v


def puk(rng, ctx, var=None):
    v = rchars(rng, DIG, 8)
    return v if rng.random() < 0.7 else f"{v[:4]} {v[4:]}"


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(rng, ctx, var=None):
    n = int(var) if var and var.isdigit() else rng.choice([6, 6, 6, 6, 4, 5, 8])
    v = rchars(rng, DIG, n)
    if var == "words":
        ws = NUMWORDS[mlang(ctx.lang)]
        sep = rng.choice([" ", " ", "-", ", "])
        return sep.join(ws[int(c)] for c in v[:6])
    if n == 6 and rng.random() < 0.25:
        return rng.choice([f"{v[:3]} {v[3:]}", f"{v[:3]}-{v[3:]}"])
    return v


def wifi_key(rng, ctx, var=None):
    return rng.choice([rchars(rng, ALNUM, rng.randint(10, 20)), rchars(rng, UPALNUM, 16),
                       f"{rng.choice(WORDS)}{rng.choice(WORDS)}{rng.randint(10, 9999)}",
                       rchars(rng, HEX, 26), f"{rchars(rng, ALNUM, 4)}-{rchars(rng, ALNUM, 4)}-{rchars(rng, ALNUM, 4)}"])


def api_key(rng, ctx, var=None):
    k = var or rng.choice(["sk", "pk", "akia", "awssecret", "aiza", "sg", "hex", "mc", "rk"])
    return {
        "sk": lambda: f"sk_{rng.choice(['live', 'test'])}_{rchars(rng, ALNUM, 24)}",
        "pk": lambda: f"pk_{rng.choice(['live', 'test'])}_{rchars(rng, ALNUM, 24)}",
        "rk": lambda: f"rk_live_{rchars(rng, ALNUM, 28)}",
        "akia": lambda: "AKIA" + rchars(rng, UPALNUM, 16),
        "awssecret": lambda: rchars(rng, ALNUM + "/+", 40),
        "aiza": lambda: "AIza" + rchars(rng, ALNUM + "-_", 35),
        "sg": lambda: f"SG.{rchars(rng, ALNUM, 22)}.{rchars(rng, ALNUM + '-_', 43)}",
        "hex": lambda: rchars(rng, HEX, 32),
        "mc": lambda: f"{rchars(rng, HEX, 32)}-us{rng.randint(1, 21)}",
    }[k]()


def token(rng, ctx, var=None):
    k = var or rng.choice(["jwt", "ghp", "hex", "hex", "xox", "ya29", "sess"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rchars(rng, ALNUM + "-_", rng.randint(30, 60)) + "." + rchars(rng, ALNUM + "-_", 43)
    if k == "ghp":
        return "ghp_" + rchars(rng, ALNUM, 36)
    if k == "xox":
        return f"xoxb-{rchars(rng, DIG, 12)}-{rchars(rng, DIG, 13)}-{rchars(rng, ALNUM, 24)}"
    if k == "ya29":
        return "ya29." + rchars(rng, ALNUM + "-_", 60)
    if k == "sess":
        return rchars(rng, ALNUM, 32)
    return rchars(rng, HEX, rng.choice([32, 40, 64]))


SPAN_GEN = {
    "card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "phone": phone,
    "email": email, "address": address, "date_of_birth": date_of_birth, "customer_number": customer_number,
    "ip_address": ip_address, "password": password, "username": username, "pin": pin, "puk": puk,
    "otp": otp, "wifi_key": wifi_key, "api_key": api_key, "token": token,
}
