"""Value generators (labelled values, hard negatives, fillers). Standard library only."""
import re
import string

# ---------------------------------------------------------------- checksums

def luhn_ok(num):
    digits = [int(c) for c in num]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    check = 98 - int(n) % 97
    return f"{country}{check:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s]
    if len(d) != 9:
        return False
    total = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return total % 11 == 0


def rrn_ok(s):
    if len(s) != 11:
        return False
    base, chk = int(s[:9]), int(s[9:])
    return 97 - base % 97 == chk or 97 - int("2" + s[:9]) % 97 == chk


# ---------------------------------------------------------------- helpers

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def lfam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def fmt_date(rng, lang, y, m, d, allow_words=True):
    fam = lfam(lang)
    opts = []
    if lang == "en-us":
        opts += [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{y}"]
    else:
        opts += [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"]
    opts.append(f"{y}-{m:02d}-{d:02d}")
    if allow_words:
        mn = MONTHS[fam][m - 1]
        if fam == "en":
            opts += [f"{mn} {d}, {y}", f"{d} {mn} {y}", f"{d} {mn[:3]} {y}"]
        else:
            opts += [f"{d} {mn} {y}", f"{d} {mn[:3]} {y}" if fam == "nl" else f"{d} {mn} {y}"]
    return rng.choice(opts)


# ---------------------------------------------------------------- labelled values

NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def g_card(ctx):
    rng = ctx.rng
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "bancontact" if ctx.lang.endswith("be") else "visa"])
    if kind == "visa":
        num = luhn_complete("4" + digits(rng, 14))
    elif kind == "mc":
        num = luhn_complete("5" + rng.choice("12345") + digits(rng, 13))
    elif kind == "amex":
        num = luhn_complete("3" + rng.choice("47") + digits(rng, 12))
    else:
        num = luhn_complete("6703" + digits(rng, 12))
    assert luhn_ok(num)
    if len(num) == 15:
        return rng.choice([group(num, [4, 6, 5], " "), num, group(num, [4, 6, 5], "-")])
    sep = rng.choice([" ", " ", "-", "", " "])
    if sep == "":
        return num
    return group(num, [4, 4, 4, 4], sep)


def g_cvv(ctx):
    return digits(ctx.rng, 4 if ctx.rng.random() < 0.08 else 3)


def g_exp(ctx):
    rng = ctx.rng
    m, y = rng.randint(1, 12), rng.randint(26, 32)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d}-20{y}", f"{m:02d} / {y}"])


def g_iban(ctx):
    rng = ctx.rng
    lang = ctx.lang
    pick = rng.random()
    if lang == "nl":
        country = "NL" if pick < 0.85 else rng.choice(["BE", "DE"])
    elif lang in ("nl-be", "fr-be"):
        country = "BE" if pick < 0.85 else rng.choice(["NL", "FR", "LU"])
    elif lang == "en-gb":
        country = "GB" if pick < 0.7 else rng.choice(["NL", "IE", "DE"])
    else:
        country = rng.choice(["GB", "NL", "DE", "FR", "BE"])
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + digits(rng, 10)
    elif country == "BE":
        bban = digits(rng, 12)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bban = digits(rng, 10) + alnum(rng, 11, string.ascii_uppercase + string.digits) + digits(rng, 2)
    elif country == "LU":
        bban = digits(rng, 3) + alnum(rng, 13, string.ascii_uppercase + string.digits)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    else:
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HLFX"]) + digits(rng, 14)
    iban = iban_make(country, bban)
    assert iban_ok(iban)
    r = rng.random()
    if r < 0.45:
        out = group(iban, [4] * 10, " ")
    elif r < 0.85:
        out = iban
    else:
        out = group(iban, [4] * 10, " ") if rng.random() < 0.5 else iban
        out = out.lower()
    return out


def g_bsn(ctx):
    rng = ctx.rng
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            num = "".join(map(str, d)) + str(s)
            assert bsn_ok(num)
            break
    return rng.choice([num, num, f"{num[:4]}.{num[4:6]}.{num[6:]}", f"{num[:3]} {num[3:6]} {num[6:]}"])


def g_rrn(ctx):
    rng = ctx.rng
    y = rng.randint(1950, 2008)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    chk = 97 - n % 97
    num = base + f"{chk:02d}"
    assert rrn_ok(num)
    return rng.choice([
        f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}",
        num,
        f"{num[:6]} {num[6:9]} {num[9:]}",
        f"{num[:6]}-{num[6:9]}-{num[9:]}",
        f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}",
    ])


def g_phone(ctx):
    rng = ctx.rng
    lang = ctx.lang
    if lang == "nl":
        if rng.random() < 0.7:
            n = "6" + digits(rng, 8)
            return rng.choice([f"0{n}", f"0{n[0]}-{n[1:]}", f"0{n[0]} {n[1:5]} {n[5:]}", f"+31 {n[0]} {n[1:]}",
                               f"+31{n}", f"0031 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[0]}-{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                               f"(+31) 0{n}", f"0{n[0]} {n[1:3]}{n[3:5]}{n[5:7]}{n[7:]}"])
        area = rng.choice(["20", "10", "30", "70", "40", "50", "38", "33", "76", "13", "55", "71"])
        rest = digits(rng, 9 - len(area))
        return rng.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}", f"0{area}{rest}"])
    if lang in ("nl-be", "fr-be"):
        if rng.random() < 0.7:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "488", "494", "495", "496", "497", "498", "499"])
            r = digits(rng, 6)
            return rng.choice([f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}", f"0{p}{r}", f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}",
                               f"+32{p}{r}", f"0032 {p} {r[:3]} {r[3:]}", f"0{p}/{r}", f"0{p}-{r[:2]}-{r[2:4]}-{r[4:]}"])
        a = rng.choice(["2", "3", "9", "4", "10", "16", "50", "56", "65", "81", "11"])
        r = digits(rng, 8 - len(a))
        return rng.choice([f"0{a} {r[:3]} {r[3:5]} {r[5:]}" if len(a) == 1 else f"0{a} {r[:2]} {r[2:4]} {r[4:]}", f"0{a}/{r}", f"+32 {a} {r}"])
    if lang == "en-gb":
        if rng.random() < 0.7:
            r = "7" + rng.choice("345789") + digits(rng, 8)
            return rng.choice([f"0{r[:4]} {r[4:]}", f"0{r}", f"+44 {r[:4]} {r[4:]}", f"+44 (0){r[:4]} {r[4:]}", f"+44{r}",
                               f"0{r[:4]} {r[4:7]} {r[7:]}", f"0044 {r[:4]} {r[4:]}"])
        r = digits(rng, 8)
        a = rng.choice(["20", "113", "161", "117", "121", "131", "141", "29"])
        if a == "20":
            return rng.choice([f"020 {r[:4]} {r[4:]}", f"+44 20 {r[:4]} {r[4:]}"])
        r = digits(rng, 7 if len(a) == 3 else 8)
        return rng.choice([f"0{a} {r[:3]} {r[3:]}", f"0{a} {r}"])
    a = str(rng.randint(201, 989))
    while a[1] == "9" or a.endswith("11"):
        a = str(rng.randint(201, 989))
    x = str(rng.randint(201, 989))
    r = digits(rng, 4)
    return rng.choice([f"({a}) {x}-{r}", f"{a}-{x}-{r}", f"{a}.{x}.{r}", f"+1 {a} {x} {r}", f"+1 ({a}) {x}-{r}",
                       f"1-{a}-{x}-{r}", f"{a}{x}{r}", f"{a} {x} {r}"])


def _strip_acc(s):
    tbl = str.maketrans("éèêëàâäôöûüùîïçÉ", "eeeeaaaoouuuiicE")
    return s.translate(tbl)


def g_email(ctx):
    rng = ctx.rng
    f = _strip_acc(ctx.person[0]).lower().replace(" ", "").replace("-", "")
    l = _strip_acc(ctx.person[1]).lower().replace(" ", "").replace("'", "")
    if rng.random() < 0.3:
        f = _strip_acc(rng.choice(ctx.pools["first"])).lower().replace("-", "")
    local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{f}{rng.randint(70, 99)}",
                        f"{l}.{f}", f"{f}.{l[:1]}", f"{f}-{l}"])
    dom = {
        "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "icloud.com"],
        "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be"],
        "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "yahoo.fr", "proximus.be", "outlook.be"],
        "en-gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "virginmedia.com"],
        "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com", "hotmail.com"],
    }[ctx.lang]
    e = f"{local}@{rng.choice(dom)}"
    if rng.random() < 0.08:
        e = e.upper() if rng.random() < 0.3 else e.capitalize()
    return e


def g_addr(ctx):
    rng = ctx.rng
    lang = ctx.lang
    P = ctx.pools
    full = rng.random() < 0.7
    if lang == "nl":
        st = rng.choice(P["street_nl"])
        num = f"{rng.randint(1, 240)}{rng.choice(['', '', '', 'a', 'B', '-II', ' hs', '-3'])}"
        pc = f"{rng.randint(1011, 9999)}{rng.choice([' ', '', ' '])}{rng.choice(string.ascii_uppercase)}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        city = rng.choice(P["city_nl"])
        if not full:
            return f"{st} {num}"
        return rng.choice([f"{st} {num}, {pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}, {pc}, {city}", f"{st} {num}, {city}"])
    if lang == "nl-be" or (lang == "fr-be" and rng.random() < 0.1):
        st = rng.choice(P["street_vl"])
        num = f"{rng.randint(1, 180)}{rng.choice(['', '', '', ' bus 2', ' bus 11', '/3', 'A'])}"
        pc, city = rng.choice(P["city_vl"])
        if not full:
            return f"{st} {num}"
        return rng.choice([f"{st} {num}, {pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}, {city}"])
    if lang == "fr-be":
        st = rng.choice(P["street_fr"])
        num = f"{rng.randint(1, 180)}{rng.choice(['', '', '', ' bte 4', ' boîte 12', '/2', 'B'])}"
        pc, city = rng.choice(P["city_fr"])
        if not full:
            return rng.choice([f"{st} {num}", f"{num}, {st}"])
        return rng.choice([f"{st} {num}, {pc} {city}", f"{st} {num} {pc} {city}", f"{st}, {num} - {pc} {city}"])
    if lang == "en-gb":
        st = rng.choice(P["street_gb"])
        city, area = rng.choice(P["city_gb"])
        num = rng.choice([str(rng.randint(1, 220)), f"Flat {rng.randint(1, 30)}, {rng.randint(1, 120)}", f"{rng.randint(1, 99)}a"])
        pcd = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if not full:
            return f"{num} {st}"
        return rng.choice([f"{num} {st}, {city} {pcd}", f"{num} {st}, {city}, {pcd}", f"{num} {st} {city} {pcd}"])
    st = rng.choice(P["street_us"])
    city, state = rng.choice(P["city_us"])
    num = str(rng.randint(10, 9800))
    apt = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABC')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 40)}"])
    z = f"{rng.randint(10000, 99950)}"
    if not full:
        return f"{num} {st}{apt}"
    return rng.choice([f"{num} {st}{apt}, {city}, {state} {z}", f"{num} {st}{apt}, {city} {state} {z}"])


def g_dob(ctx):
    rng = ctx.rng
    return fmt_date(rng, ctx.lang, rng.randint(1942, 2008), rng.randint(1, 12), rng.randint(1, 28))


CUST_PREFIX = {
    "move": ["VH", "MV", "REM", "DEM", ""],
    "cruise": ["CC", "MBR", "RC", ""],
    "drive": ["LL", "RS", "STU", "", "DRV"],
    "dent": ["P", "PAT", "", "DP"],
    "opt": ["K", "OPT", "", "CL"],
    "alarm": ["AL", "CTR", "SEC", "", "ABO"],
    "news": ["AB", "SUB", "", "ABN", "DM"],
    "gen": ["", "C", "KL"],
}


def g_cust(ctx):
    rng = ctx.rng
    pre = rng.choice(CUST_PREFIX.get(ctx.domain, [""]))
    n = digits(rng, rng.choice([6, 7, 8, 9, 10]))
    if n[0] == "0":
        n = "4" + n[1:]
    if not pre:
        return rng.choice([n, n, group(n, [3, 3, 4], " ") if len(n) > 7 else n, group(n, [4, 4], ".") if len(n) == 8 else n])
    return rng.choice([f"{pre}{n}", f"{pre}-{n}", f"{pre} {n}", f"{pre}/{n[:2]}/{n[2:]}"])


def g_user(ctx):
    rng = ctx.rng
    f = _strip_acc(ctx.person[0]).lower().replace(" ", "").replace("-", "")
    l = _strip_acc(ctx.person[1]).lower().replace(" ", "").replace("'", "")
    return rng.choice([f"{f[0]}{l}{rng.randint(1, 99)}", f"{f}.{l[0]}", f"{f}_{l}", f"{l}{f[0]}", f"{f}{rng.randint(1975, 2008)}",
                       f"{f.capitalize()}{l.capitalize()}", f"{l}-{rng.randint(100, 999)}", f"{f}{l[:3]}"])


PW_WORDS = ["Zomer", "Winter", "Welkom", "Kaas", "Fiets", "Tulp", "Soleil", "Bonjour", "Maison", "Chelsea", "Sunshine", "Liverpool",
            "Dragon", "Amsterdam", "Antwerpen", "Dikkie", "Brugge", "Mickey", "Pepper", "Tiger", "Ajax", "Anderlecht", "Buster", "Daisy"]


def g_pw(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.45:
        return f"{rng.choice(PW_WORDS)}{rng.choice(['', '!', '#', '@', '_'])}{rng.randint(1, 2025)}{rng.choice(['', '!', '?', '$', '*'])}"
    if r < 0.75:
        return alnum(rng, rng.randint(9, 16), string.ascii_letters + string.digits + "!#$%&*?@-_")
    if r < 0.9:
        return f"{rng.choice(PW_WORDS).lower()}{rng.choice(PW_WORDS)}{rng.randint(10, 99)}"
    return f"{rng.choice(PW_WORDS)}-{rng.choice(PW_WORDS)}-{rng.choice(PW_WORDS)}"


def g_pin(ctx):
    rng = ctx.rng
    n = rng.choice([4, 4, 4, 5, 6])
    v = digits(rng, n)
    if rng.random() < 0.1:
        v = v + rng.choice(["#", "*"])
    if rng.random() < 0.06 and n == 4:
        v = " ".join(v)
    return v


def g_puk(ctx):
    v = digits(ctx.rng, 8)
    return ctx.rng.choice([v, v, f"{v[:4]} {v[4:]}"])


def g_otp(ctx):
    rng = ctx.rng
    n = rng.choice([6, 6, 6, 5, 4, 8])
    v = digits(rng, n)
    r = rng.random()
    if r < 0.12:
        words = NUMWORDS[lfam(ctx.lang)]
        return rng.choice([" ", "-", ", "]).join(words[int(c)] for c in v)
    if r < 0.25 and n == 6:
        return f"{v[:3]} {v[3:]}"
    if r < 0.3 and n == 6:
        return f"{v[:3]}-{v[3:]}"
    if r < 0.36:
        return f"G-{v}" if rng.random() < 0.5 else v
    return v


def g_wifi(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.4:
        return alnum(rng, rng.choice([10, 12, 16, 20]), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
    if r < 0.7:
        return f"{rng.choice(PW_WORDS)}{rng.choice(PW_WORDS).lower()}{rng.randint(1, 999)}"
    if r < 0.85:
        return digits(rng, rng.choice([10, 12, 16]))
    return f"{rng.choice(PW_WORDS).lower()} {rng.choice(PW_WORDS).lower()} {rng.randint(10, 99)}"


def g_api(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.25:
        return "sk_live_" + alnum(rng, 24)
    if r < 0.4:
        return "AKIA" + alnum(rng, 16, string.ascii_uppercase + string.digits)
    if r < 0.55:
        return "AIza" + alnum(rng, 35, string.ascii_letters + string.digits + "-_")
    if r < 0.75:
        return alnum(rng, 32, "0123456789abcdef")
    if r < 0.88:
        return "key-" + alnum(rng, 32, "0123456789abcdef")
    return "pk_" + alnum(rng, 28)


def g_awsid(ctx):
    return "AKIA" + alnum(ctx.rng, 16, string.ascii_uppercase + string.digits)


def g_aws_secret(ctx):
    return alnum(ctx.rng, 40, string.ascii_letters + string.digits + "/+")


def g_tok(ctx):
    rng = ctx.rng
    r = rng.random()
    b64 = string.ascii_letters + string.digits + "-_"
    if r < 0.4:
        return "eyJ" + alnum(rng, rng.randint(20, 34), b64) + "." + "eyJ" + alnum(rng, rng.randint(30, 60), b64) + "." + alnum(rng, 43, b64)
    if r < 0.65:
        return alnum(rng, rng.choice([32, 40, 64]), "0123456789abcdef")
    if r < 0.8:
        return "ghp_" + alnum(rng, 36)
    return alnum(rng, rng.randint(28, 48), b64)


def g_ip(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.35:
        return f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}"
    if r < 0.5:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if r < 0.88:
        return f"{rng.choice([31, 37, 62, 77, 81, 84, 86, 94, 109, 145, 178, 212, 213, 217, 82, 73, 98, 24])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"


# ---------------------------------------------------------------- negatives

def n_date(ctx):
    rng = ctx.rng
    y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    fam = lfam(ctx.lang)
    r = rng.random()
    if r < 0.45:
        return fmt_date(rng, ctx.lang, y, m, d)
    if r < 0.75:
        mn = MONTHS[fam][m - 1]
        if fam == "en":
            return rng.choice([f"{d} {mn}", f"{mn} {d}", f"{mn} {d}th" if d > 3 and d < 21 else f"{mn} {d}"])
        return f"{d} {mn}" if fam == "nl" or d != 1 else f"1er {mn}"
    if ctx.lang == "en-us":
        return f"{m}/{d}"
    return rng.choice([f"{d}/{m}", f"{d:02d}-{m:02d}", f"{d}-{m}"])


def n_time(ctx):
    rng = ctx.rng
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50, 5])
    fam = lfam(ctx.lang)
    if fam == "en":
        hh = h if h <= 12 else h - 12
        return rng.choice([f"{h:02d}:{mi:02d}", f"{hh}:{mi:02d}pm" if h >= 12 else f"{hh}:{mi:02d}am", f"{hh}:{mi:02d} {'PM' if h >= 12 else 'AM'}", f"{hh}{'pm' if h >= 12 else 'am'}"])
    if fam == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h:02d}:{mi:02d}", f"{h} h {mi:02d}"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if ctx.lang == "nl-be" else f"{h}:{mi:02d}", f"{h}u"])


def n_amt(ctx):
    rng = ctx.rng
    v = rng.choice([rng.randint(5, 99) + rng.choice([0, 0.5, 0.95, 0.99, 0.25]), rng.randint(100, 4800) + rng.choice([0, 0.5, 0.95])])
    eu = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    en = f"{v:,.2f}"
    fam = lfam(ctx.lang)
    if ctx.lang == "en-gb":
        return rng.choice([f"£{en}", f"£ {en}", f"£{int(v)}", f"GBP {en}", f"€{en}"])
    if ctx.lang == "en-us":
        return rng.choice([f"${en}", f"${int(v)}", f"USD {en}", f"{en} dollars"])
    if fam == "fr":
        return rng.choice([f"{eu} €", f"{eu}€", f"€ {eu}", f"{int(v)} euros", f"EUR {eu}"])
    return rng.choice([f"€ {eu}", f"€{eu}", f"{eu} euro", f"EUR {eu}", f"€ {int(v)},-", f"{int(v)} eur"])


QTY = {
    ("nl", "move"): ["{n} dozen", "{n} verhuisdozen", "{n} m3", "{n} kratten", "{n} m³"],
    ("nl", "drive"): ["{n} lessen", "{n} rijlessen", "{n} uur"],
    ("nl", "cruise"): ["{n} nachten", "{n} personen", "{n} hutten"],
    ("nl", ""): ["{n} stuks", "{n} exemplaren", "{n} items", "{n} doosjes"],
    ("fr", "move"): ["{n} cartons", "{n} m³", "{n} caisses", "{n} m3"],
    ("fr", "drive"): ["{n} leçons", "{n} heures"],
    ("fr", "cruise"): ["{n} nuits", "{n} personnes"],
    ("fr", ""): ["{n} pièces", "{n} exemplaires", "{n} boîtes"],
    ("en", "move"): ["{n} boxes", "{n} cubic metres", "{n} crates", "{n} cartons"],
    ("en", "drive"): ["{n} lessons", "{n} hours", "{n} hour"],
    ("en", "cruise"): ["{n} nights", "{n} guests", "{n} cabins"],
    ("en", ""): ["{n} items", "{n} issues", "{n} boxes", "{n} pairs"],
}
DUR = {"nl": ["{n} dagen", "{n} weken", "{n} uur", "{n} minuten", "{n} werkdagen", "{n} dgn"],
       "fr": ["{n} jours", "{n} semaines", "{n} heures", "{n} minutes", "{n} jours ouvrables"],
       "en": ["{n} days", "{n} weeks", "{n} hours", "{n} minutes", "{n} working days", "{n} hrs"]}
TIMES = {"nl": ["{n} keer", "{n}x", "{n} maal"], "fr": ["{n} fois"], "en": ["{n} times", "{n}x"]}


def _n(rng):
    return str(rng.choice([2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 20, 25, 30, 40, 45]))


def n_qty(ctx):
    rng = ctx.rng
    fam = lfam(ctx.lang)
    lst = QTY.get((fam, ctx.domain), QTY[(fam, "")])
    return rng.choice(lst).replace("{n}", _n(rng))


def n_dur(ctx):
    rng = ctx.rng
    return rng.choice(DUR[lfam(ctx.lang)]).replace("{n}", _n(rng))


def n_times(ctx):
    rng = ctx.rng
    return rng.choice(TIMES[lfam(ctx.lang)]).replace("{n}", str(rng.randint(2, 9)))


def n_pct(ctx):
    rng = ctx.rng
    v = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5, 7.5, 21, 6])
    s = str(v).replace(".", ",") if lfam(ctx.lang) != "en" else str(v)
    return rng.choice([f"{s}%", f"{s} %", f"{s}%"])


def n_year(ctx):
    return str(ctx.rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))


def n_order(ctx):
    rng = ctx.rng
    pre = {"cruise": ["BK", "CRZ", "RES", ""], "move": ["OFF", "Q", "ORD"], "opt": ["ORD", "BST", "WO"], "news": ["ORD", "WEB"],
           "drive": ["PK", "ORD"], "dent": ["BH", "ORD"], "alarm": ["SO", "ORD", "WO"]}.get(ctx.domain, ["ORD"])
    p = rng.choice(pre)
    n = digits(rng, rng.choice([6, 7, 8]))
    return rng.choice([f"{p}{n}", f"{p}-{n}", f"{p}-2025-{n[:5]}"]) if p else n


def n_ticket(ctx):
    rng = ctx.rng
    n = digits(rng, rng.choice([6, 7, 8]))
    return rng.choice([f"#{n}", f"CS-{n}", f"{n}", f"CAS-{n[:5]}-{alnum(rng, 4, string.ascii_uppercase)}", f"K{n}", f"SR{n}", f"TCK-{n}"])


def n_inv(ctx):
    rng = ctx.rng
    n = digits(rng, rng.choice([5, 6, 7]))
    return rng.choice([f"F2025-{n}", f"INV-{n}", f"2025/{n}", f"{n}", f"FA{n}", f"INV{n}", f"VF-25-{n}"])


def n_track(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.3:
        return "3S" + alnum(rng, 4, string.ascii_uppercase) + digits(rng, 7)
    if r < 0.5:
        return "JVGL" + digits(rng, 16)
    if r < 0.7:
        return "1Z" + alnum(rng, 6, string.ascii_uppercase + string.digits) + digits(rng, 10)
    if r < 0.85:
        return "3232" + digits(rng, 14)
    return "CD" + digits(rng, 9) + "BE"


def n_reqid(ctx):
    rng = ctx.rng
    h = "0123456789abcdef"
    return rng.choice([f"{alnum(rng, 8, h)}-{alnum(rng, 4, h)}-{alnum(rng, 4, h)}-{alnum(rng, 4, h)}-{alnum(rng, 12, h)}",
                       f"req_{alnum(rng, 14, h)}", f"REQ-{digits(rng, 9)}"])


def n_err(ctx):
    rng = ctx.rng
    return rng.choice([f"E{rng.randint(10, 999)}", f"E-{rng.randint(100, 999)}", f"ERR_{rng.choice(['AUTH', 'TIMEOUT', 'SESSION', 'PAYMENT'])}_{rng.randint(1, 99)}",
                       f"0x{rng.randint(0x80000000, 0x8FFFFFFF):08X}", f"{rng.choice([401, 403, 500, 502, 503])}", f"AL-{rng.randint(10, 99)}", f"P{rng.randint(100, 999)}"])


def n_ver(ctx):
    rng = ctx.rng
    v = f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
    return rng.choice([v, f"v{v}", f"{v} (build {rng.randint(1000, 9999)})" if False else v, f"{rng.randint(1, 9)}.{rng.randint(0, 9)}"])


MODELS = ["AJ-HUB2P", "XP-4000", "SH-520W", "PRO-96", "KP-200R", "DSC-PC1616", "CAM-360X", "RB5154", "OX-2281", "TR-7011", "MX-3G", "SEC-77B",
          "GL-2290", "HD-410", "ND-900", "RM-12"]


def n_model(ctx):
    return ctx.rng.choice(ctx.pools["models"])


def n_prod(ctx):
    rng = ctx.rng
    return rng.choice([f"SKU-{digits(rng, 6)}", f"{digits(rng, 4)}-{digits(rng, 3)}", f"ART{digits(rng, 5)}", f"LNS-{rng.choice(['30', '90', '180'])}-{digits(rng, 3)}",
                       f"{alnum(rng, 3, string.ascii_uppercase)}-{digits(rng, 4)}"])


def n_flight(ctx):
    rng = ctx.rng
    c = rng.choice(["KL", "HV", "SN", "BA", "TB", "U2", "FR", "LH", "AF", "UA", "DL", "TO", "OR"])
    return rng.choice([f"{c}{rng.randint(100, 9999)}", f"{c} {rng.randint(100, 9999)}"])


def n_cphone(ctx):
    rng = ctx.rng
    lang = ctx.lang
    if lang == "nl":
        return rng.choice([f"088 {digits(rng, 3)} {digits(rng, 4)}", f"0900-{digits(rng, 4)}", f"0800-{digits(rng, 4)}", f"085 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                           f"088-{digits(rng, 7)}", f"+31 88 {digits(rng, 3)} {digits(rng, 4)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"0800 {digits(rng, 2)} {digits(rng, 3)}", f"070 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
                           f"02 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"+32 78 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0345 {digits(rng, 3)} {digits(rng, 4)}", f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0330 {digits(rng, 3)} {digits(rng, 4)}", f"0161 {digits(rng, 3)} {digits(rng, 4)}"])
    return rng.choice([f"1-800-{digits(rng, 3)}-{digits(rng, 4)}", f"(888) {digits(rng, 3)}-{digits(rng, 4)}", f"1-877-{digits(rng, 3)}-{digits(rng, 4)}", f"800.{digits(rng, 3)}.{digits(rng, 4)}"])


def n_kvk(ctx):
    rng = ctx.rng
    lang = ctx.lang
    if lang == "nl":
        return digits(rng, 8)
    if lang in ("nl-be", "fr-be"):
        d = "0" + rng.choice("4567") + digits(rng, 8)
        return rng.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", d, f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}"])
    if lang == "en-gb":
        return rng.choice(["0", "1", "SC", "OC"]) + digits(rng, 7 if True else 6)[: (7)]
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def n_vat(ctx):
    rng = ctx.rng
    lang = ctx.lang
    if lang == "nl":
        return f"NL{digits(rng, 9)}B{rng.choice(['01', '02'])}"
    if lang in ("nl-be", "fr-be"):
        d = "0" + rng.choice("4567") + digits(rng, 8)
        return rng.choice([f"BE{d}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}"])
    if lang == "en-gb":
        return rng.choice([f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"GB{digits(rng, 9)}"])
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def n_mask(ctx):
    rng = ctx.rng
    r = rng.random()
    if r < 0.3:
        return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"xxxx-xxxx-xxxx-{digits(rng, 4)}", f"•••• {digits(rng, 4)}"])
    if r < 0.55:
        c = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "GB"}[ctx.lang]
        return rng.choice([f"{c}** **** **** {digits(rng, 2)}{digits(rng, 2)} {digits(rng, 2)}", f"{c}**********{digits(rng, 4)}", f"{c}** **** **** **{digits(rng, 2)} {digits(rng, 2)}"])
    if r < 0.75:
        return rng.choice([f"06-****{digits(rng, 4)}", f"+32 4** ** {digits(rng, 2)} {digits(rng, 2)}", f"07*** ***{digits(rng, 3)}", f"(***) ***-{digits(rng, 4)}"])
    if r < 0.9:
        f = _strip_acc(ctx.person[0]).lower()
        return f"{f[0]}***{f[-1]}@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be', 'outlook.com'])}"
    return f"***{digits(rng, 3)}"


def n_meter(ctx):
    rng = ctx.rng
    v = rng.randint(1000, 99999)
    return rng.choice([f"{v:05d}", f"{v:06d}", f"{v},{rng.randint(0, 9)}", f"{v}.{rng.randint(0, 999):03d}"])


def n_port(ctx):
    return str(ctx.rng.choice([80, 443, 554, 8080, 8000, 8443, 1883, 5000, 37777, 34567, 9000]))


def n_checksum(ctx):
    rng = ctx.rng
    return alnum(rng, rng.choice([32, 40, 64]), "0123456789abcdef")


def n_url(ctx):
    rng = ctx.rng
    d = ctx.brand[2]
    path = rng.choice(ctx.pools["url_paths"])
    return rng.choice([f"https://www.{d}/{path}", f"www.{d}/{path}", f"https://{d}/{path}", f"{d}/{path}", f"https://www.{d}"])


def n_mention(ctx):
    return "@" + ctx.brand[1]


def n_fmention(ctx):
    return "@" + ctx.rng.choice(ctx.pools["handles"])


def n_hashtag(ctx):
    return ctx.rng.choice(ctx.pools["hashtags_" + lfam(ctx.lang)])


LABEL = {
    "pw": ("password", g_pw), "pin": ("pin", g_pin), "puk": ("puk", g_puk), "otp": ("otp", g_otp), "wifi": ("wifi_key", g_wifi),
    "user": ("username", g_user), "api": ("api_key", g_api), "awssecret": ("api_key", g_aws_secret), "awsid": ("api_key", g_awsid), "tok": ("token", g_tok),
    "card": ("card", g_card), "cvv": ("cvv", g_cvv), "exp": ("card_expiry", g_exp), "iban": ("iban", g_iban), "bsn": ("bsn", g_bsn),
    "rrn": ("bsn", g_rrn), "email": ("email", g_email), "phone": ("phone", g_phone), "addr": ("address", g_addr),
    "dob": ("date_of_birth", g_dob), "cust": ("customer_number", g_cust), "ip": ("ip_address", g_ip),
}

NEG = {
    "date": ("date", n_date), "time": ("time", n_time), "amt": ("amount", n_amt), "qty": ("quantity", n_qty), "dur": ("quantity", n_dur), "times": ("quantity", n_times), "pct": ("percentage", n_pct),
    "year": ("year", n_year), "order": ("order_number", n_order), "ticket": ("ticket_number", n_ticket), "inv": ("invoice_number", n_inv),
    "track": ("tracking_number", n_track), "reqid": ("request_id", n_reqid), "err": ("error_code", n_err), "ver": ("version_string", n_ver),
    "model": ("model_number", n_model), "prod": ("product_code", n_prod), "flight": ("flight_number", n_flight),
    "cphone": ("company_phone", n_cphone), "kvk": ("company_registration", n_kvk), "vat": ("company_registration", n_vat),
    "url": ("url", n_url), "mention": ("mention", n_mention), "fmention": ("mention", n_fmention), "hashtag": ("hashtag", n_hashtag),
    "mask": ("masked_value", n_mask), "meter": ("meter_reading", n_meter), "port": ("port", n_port), "checksum": ("checksum", n_checksum),
}
