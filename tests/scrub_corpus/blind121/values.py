"""Value generators for labelled spans and hard negatives (stdlib only).

Every generator takes a Ctx (rng, lang, half-specific pools) and an optional style
string, and returns the value text only (no cue words, no padding white space).
"""
import string

DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rd(rng, n, alphabet=DIGITS):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIGITS:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    total = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return total % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return (97 - base % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- high-risk
WORDS_NL = ["zomer", "fiets", "tulp", "regen", "molen", "kaas", "haven", "duin", "vlinder", "boterham"]
WORDS_EN = ["summer", "bicycle", "rocket", "garden", "pepper", "harbour", "falcon", "velvet", "meadow"]
WORDS_FR = ["soleil", "velo", "bruxelles", "chocolat", "fenetre", "montagne", "crepe", "lapin"]


def g_password(c, style=None):
    r = c.rng
    words = WORDS_FR if c.lang == "fr-be" else WORDS_NL if c.lang.startswith("nl") else WORDS_EN
    k = style or r.choice(["word", "word", "random", "phrase", "leet", "name"])
    if k == "word":
        w = r.choice(words)
        return (w.capitalize() if r.random() < .6 else w) + str(r.randint(1, 2025)) + r.choice(["!", "?", "#", "", "$", "*"])
    if k == "random":
        base = rd(r, r.randint(9, 14), ALNUM + "!#$%&*+-")
        return base.strip("-+") or "Xk9#pL2m"
    if k == "phrase":
        return r.choice(["-", ".", "_"]).join(r.sample(words, 3)) + str(r.randint(2, 99))
    if k == "leet":
        w = r.choice(words)
        return w.replace("a", "@").replace("e", "3").replace("o", "0").capitalize() + rd(r, 2)
    n = r.choice(c.pool("first_names"))
    return n.lower() + r.choice(["", "_", "."]) + str(r.randint(1960, 2019)) + r.choice(["!", "", "!!"])


def g_pin(c, style=None):
    r = c.rng
    k = style or r.choice(["4", "4", "4", "6", "5", "spaced"])
    if k == "spaced":
        return " ".join(rd(r, 4))
    if k == "hash":
        return rd(r, 4) + "#"
    return rd(r, int(k) if k.isdigit() else 4)


def g_puk(c, style=None):
    r = c.rng
    v = rd(r, 8)
    return v if r.random() < .7 else v[:4] + " " + v[4:]


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def g_otp(c, style=None):
    r = c.rng
    k = style or r.choice(["6", "6", "6", "split", "4", "8", "prefix", "words"])
    if k == "split":
        return rd(r, 3) + r.choice([" ", "-"]) + rd(r, 3)
    if k == "prefix":
        return r.choice(["G-", "T-", "A-"]) + rd(r, 6)
    if k == "words":
        lang = "fr" if c.lang == "fr-be" else "nl" if c.lang.startswith("nl") else "en"
        sep = r.choice([" ", " - ", ", "])
        return sep.join(NUMW[lang][int(d)] for d in rd(r, 6))
    return rd(r, int(k) if k.isdigit() else 6)


def g_wifi_key(c, style=None):
    r = c.rng
    k = style or r.choice(["random", "words", "hex", "upper"])
    if k == "random":
        return rd(r, r.randint(12, 20), ALNUM)
    if k == "hex":
        return rd(r, 26, "0123456789ABCDEF")
    if k == "upper":
        return "-".join(rd(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    words = WORDS_NL + WORDS_EN
    return "".join(w.capitalize() for w in r.sample(words, 3)) + rd(r, 3)


def g_username(c, style=None):
    r = c.rng
    f = r.choice(c.pool("first_names")).lower().replace(" ", "")
    l = r.choice(c.pool("last_names")).lower().replace(" ", "").replace("'", "")
    k = r.choice(["fl", "fdotl", "num", "nick", "under"])
    if k == "fl":
        return f[0] + l + str(r.randint(1, 99))
    if k == "fdotl":
        return f + "." + l
    if k == "num":
        return f + str(r.randint(1970, 2010))
    if k == "under":
        return f + "_" + l[:4] + str(r.randint(1, 9))
    return r.choice(["sk8", "bike", "ski", "solar", "film", "surf"]) + f.capitalize() + str(r.randint(10, 999))


def g_api_key(c, style=None):
    r = c.rng
    k = style or r.choice(["sk_live", "sk_test", "pk_live", "aws_id", "aws_secret", "google", "sg", "generic"])
    if k in ("sk_live", "sk_test", "pk_live"):
        return k + "_" + rd(r, 24, ALNUM)
    if k == "aws_id":
        return "AKIA" + rd(r, 16, string.ascii_uppercase + "234567")
    if k == "aws_secret":
        return rd(r, 40, ALNUM + "/+")
    if k == "google":
        return "AIza" + rd(r, 35, ALNUM + "-_")
    if k == "sg":
        return "SG." + rd(r, 22, ALNUM) + "." + rd(r, 43, ALNUM)
    return rd(r, 32, HEX)


def g_token(c, style=None):
    r = c.rng
    k = style or r.choice(["jwt", "ghp", "hex", "hex40", "oauth", "session"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rd(r, 48, ALNUM) + "." + rd(r, 43, ALNUM + "-_")
    if k == "ghp":
        return "ghp_" + rd(r, 36, ALNUM)
    if k == "hex":
        return rd(r, 32, HEX)
    if k == "hex40":
        return rd(r, 40, HEX)
    if k == "oauth":
        return "ya29." + rd(r, 60, ALNUM + "-_")
    return "sess_" + rd(r, 28, ALNUM)


CARD_PREFIX = [("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("34", 15), ("37", 15), ("4", 16), ("55", 16)]


def g_card(c, style=None):
    r = c.rng
    p, n = r.choice(CARD_PREFIX)
    num = luhn_complete(p + rd(r, n - len(p) - 1))
    g = r.choice(["space", "space", "none", "dash", "dots"])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    if g == "none":
        return num
    sep = {"space": " ", "dash": "-", "dots": "."}[g]
    return sep.join(parts)


def g_cvv(c, style=None):
    return rd(c.rng, 3 if c.rng.random() < .9 else 4)


def g_card_expiry(c, style=None):
    r = c.rng
    m, y = r.randint(1, 12), r.randint(25, 31)
    k = r.choice(["mm/yy", "mm/yy", "mm-yyyy", "mm/yyyy", "m/yy", "mon"])
    if k == "mm/yy":
        return f"{m:02d}/{y}"
    if k == "mm-yyyy":
        return f"{m:02d}-20{y}"
    if k == "mm/yyyy":
        return f"{m:02d}/20{y}"
    if k == "m/yy":
        return f"{m}/{y}"
    return f"{MONTHS[c.lkey()][m - 1][:3]} 20{y}"


def g_iban(c, style=None):
    r = c.rng
    cc = style or r.choice({
        "nl": ["NL"] * 8 + ["BE", "DE"], "nl-be": ["BE"] * 8 + ["NL", "FR"], "fr-be": ["BE"] * 8 + ["FR", "LU"],
        "en-gb": ["GB"] * 6 + ["NL", "IE"], "en-us": ["GB", "NL", "DE", "IE"]}[c.lang])
    if cc == "NL":
        iban = iban_make("NL", r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + rd(r, 10))
    elif cc == "BE":
        b = rd(r, 10)
        chk = int(b) % 97 or 97
        iban = iban_make("BE", b + f"{chk:02d}")
    elif cc == "DE":
        iban = iban_make("DE", rd(r, 18))
    elif cc == "FR":
        iban = iban_make("FR", rd(r, 23))
    elif cc == "LU":
        iban = iban_make("LU", rd(r, 3) + rd(r, 13, UPPER_ALNUM))
    elif cc == "IE":
        iban = iban_make("IE", r.choice(["AIBK", "BOFI"]) + rd(r, 14))
    else:
        iban = iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(r, 14))
    assert iban_ok(iban)
    g = r.random()
    if g < .5:
        out = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    elif g < .85:
        out = iban
    else:
        out = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if r.random() < .5 else iban
    if r.random() < .12:
        out = out.lower()
    return out


def g_bsn(c, style=None):
    r = c.rng
    k = style or ("rrn" if c.lang in ("nl-be", "fr-be") else "bsn")
    if k == "rrn":
        y, m, d = r.randint(1940, 2006), r.randint(1, 12), r.randint(1, 28)
        seq = r.randint(1, 997)
        first9 = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
        base = int(("2" if y >= 2000 else "") + first9)
        chk = 97 - base % 97
        v = first9 + f"{chk:02d}"
        assert rrn_ok(v)
        f = r.choice(["dots", "plain", "dots", "space"])
        if f == "dots":
            return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
        if f == "space":
            return f"{v[:6]} {v[6:9]} {v[9:]}"
        return v
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            d.append(s)
            break
    v = "".join(map(str, d))
    assert bsn_ok(v)
    f = r.choice(["plain", "plain", "dots", "space"])
    if f == "dots":
        return f"{v[:4]}.{v[4:6]}.{v[6:]}"
    if f == "space":
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    return v


# ---------------------------------------------------------------- other types
MAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "planet.nl", "live.nl", "xs4all.nl", "icloud.com"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "icloud.com"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "live.be", "telenet.be", "yahoo.fr"],
    "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "outlook.com", "yahoo.co.uk", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "icloud.com", "hotmail.com"],
}


def ascii_fold(s):
    rep = {"é": "e", "è": "e", "ë": "e", "ï": "i", "ö": "o", "ü": "u", "ç": "c", "à": "a", "â": "a", "ô": "o", "'": "", " ": ""}
    return "".join(rep.get(ch, ch) for ch in s.lower())


def g_email(c, style=None):
    r = c.rng
    f = ascii_fold(r.choice(c.pool("first_names")))
    l = ascii_fold(r.choice(c.pool("last_names")))
    k = r.choice(["f.l", "fl", "f_l", "fl99", "finit", "nick"])
    local = {"f.l": f"{f}.{l}", "fl": f + l, "f_l": f"{f}_{l}", "fl99": f"{f}{l[:3]}{r.randint(1, 99)}",
             "finit": f"{f[0]}.{l}", "nick": f"{f}{r.choice(['x', 'tje', '.home', '.bike', '1987', '.solar'])}"}[k]
    dom = r.choice(MAIL_DOMAINS[c.lang])
    if r.random() < .08:
        local = local.capitalize()
    return f"{local}@{dom}"


def g_phone(c, style=None):
    r = c.rng
    L = c.lang
    if L == "nl":
        n = rd(r, 8)
        k = r.choice(["06-", "06 ", "06", "+31 6 ", "+316", "0031 6", "+31 (0)6 ", "land", "land2", "06 pairs"])
        if k == "06-":
            return "06-" + n
        if k == "06 ":
            return "06 " + n[:4] + " " + n[4:]
        if k == "06":
            return "06" + n
        if k == "+31 6 ":
            return "+31 6 " + n
        if k == "+316":
            return "+316" + n
        if k == "0031 6":
            return "0031 6 " + n[:2] + " " + n[2:5] + " " + n[5:]
        if k == "+31 (0)6 ":
            return "+31 (0)6 " + " ".join(n[i:i + 2] for i in range(0, 8, 2))
        if k == "06 pairs":
            return "06 " + " ".join(n[i:i + 2] for i in range(0, 8, 2))
        if k == "land":
            return r.choice(["020", "010", "030", "070", "040", "050"]) + "-" + rd(r, 7)
        return r.choice(["0513", "0229", "0475", "0182", "0348"]) + " " + rd(r, 2) + " " + rd(r, 2) + " " + rd(r, 2)
    if L in ("nl-be", "fr-be"):
        pre = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "488", "494", "495", "497"])
        n = rd(r, 6)
        k = r.choice(["0 sp", "0 slash", "+32", "0032", "dots", "plain", "land", "land2"])
        if k == "0 sp":
            return f"0{pre} {n[:2]} {n[2:4]} {n[4:]}"
        if k == "0 slash":
            return f"0{pre}/{n[:2]}.{n[2:4]}.{n[4:]}"
        if k == "+32":
            return f"+32 {pre} {n[:2]} {n[2:4]} {n[4:]}"
        if k == "0032":
            return f"0032{pre}{n}"
        if k == "dots":
            return f"0{pre}.{n[:2]}.{n[2:4]}.{n[4:]}"
        if k == "plain":
            return f"0{pre}{n}"
        if k == "land":
            return r.choice(["02", "03", "09", "04"]) + f" {rd(r, 3)} {rd(r, 2)} {rd(r, 2)}"
        return r.choice(["050", "016", "011", "081", "065", "010"]) + f"/{rd(r, 2)}.{rd(r, 2)}.{rd(r, 2)}"
    if L == "en-gb":
        n = rd(r, 9)
        k = r.choice(["07 sp", "07 plain", "+44", "+44 (0)", "land", "land2"])
        if k == "07 sp":
            return f"07{n[:3]} {n[3:]}"
        if k == "07 plain":
            return "07" + n
        if k == "+44":
            return f"+44 7{n[:3]} {n[3:]}"
        if k == "+44 (0)":
            return f"+44 (0)7{n[:3]} {n[3:6]} {n[6:]}"
        if k == "land":
            return f"020 {rd(r, 4)} {rd(r, 4)}"
        return r.choice(["(0161)", "0113", "(0131)", "0117", "01632"]) + f" {rd(r, 3)} {rd(r, 4)}"
    a = r.choice(["415", "212", "312", "503", "617", "206", "512", "303", "919", "702"])
    x, y = rd(r, 3), rd(r, 4)
    if x[0] in "01":
        x = "5" + x[1:]
    k = r.choice(["paren", "dash", "+1", "dots", "plain", "1-"])
    return {"paren": f"({a}) {x}-{y}", "dash": f"{a}-{x}-{y}", "+1": f"+1 {a} {x} {y}", "dots": f"{a}.{x}.{y}",
            "plain": f"{a}{x}{y}", "1-": f"1-{a}-{x}-{y}"}[k]


def nl_postcode(r):
    return f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{rd(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"


def uk_postcode(r):
    out = r.choice(["LS", "M", "B", "EH", "BS", "SW", "N", "CF", "G", "NE", "OX", "CB"]) + str(r.randint(1, 19))
    return out + " " + str(r.randint(1, 9)) + rd(r, 2, "ABDEFGHJLNPQRSTUWXYZ")


def g_address(c, style=None):
    r = c.rng
    L = c.lang
    if style == "street":  # street + number only
        if L == "nl":
            return f"{r.choice(c.pool('streets_nl'))} {r.randint(1, 240)}{r.choice(['', '', 'A', '-2', ' bis', 'hs'])}"
        if L == "nl-be":
            return f"{r.choice(c.pool('streets_be_nl'))} {r.randint(1, 180)}{r.choice(['', '', ' bus 2', '/3'])}"
        if L == "fr-be":
            return f"{r.choice(c.pool('streets_be_fr'))} {r.randint(1, 180)}{r.choice(['', '', ' bte 4', '/2'])}"
        if L == "en-gb":
            return f"{r.randint(1, 220)} {r.choice(c.pool('streets_uk'))}"
        return f"{r.randint(100, 9999)} {r.choice(c.pool('streets_us'))}"
    if L == "nl":
        city = r.choice(c.pool("cities_nl"))
        st = f"{r.choice(c.pool('streets_nl'))} {r.randint(1, 240)}{r.choice(['', '', '', 'A', '-3', ' II', 'b'])}"
        sep = "\n" if style == "multi" else r.choice([", ", " ", ", ", ",  "[:2]])
        return f"{st}{sep}{nl_postcode(r)} {r.choice([city, city, city.upper()])}"
    if L in ("nl-be", "fr-be"):
        pool = "streets_be_nl" if L == "nl-be" else "streets_be_fr"
        city, pc = r.choice(c.pool("cities_be_nl" if L == "nl-be" else "cities_be_fr"))
        box = r.choice(["", "", "", " bus 3", "/101", " bte 2", "A"]) if L == "nl-be" else r.choice(["", "", " bte 5", "/2", " boîte 12"])
        st = f"{r.choice(c.pool(pool))} {r.randint(1, 250)}{box}"
        sep = r.choice([", ", " - ", ", "]) if style != "oneline" else ", "
        return f"{st}{sep}{pc} {city}"
    if L == "en-gb":
        city = r.choice(c.pool("cities_uk"))
        pre = r.choice(["", "", "", f"Flat {r.randint(1, 12)}, ", f"{r.randint(1, 9)}b "])
        st = f"{pre}{r.randint(1, 220)} {r.choice(c.pool('streets_uk'))}"
        return f"{st}, {city} {uk_postcode(r)}" if r.random() < .7 else f"{st}, {city}, {uk_postcode(r)}"
    city, stt = r.choice(c.pool("cities_us"))
    unit = r.choice(["", "", f" Apt {r.randint(1, 30)}{r.choice(['', 'B'])}", f", Unit {r.randint(100, 999)}", f" #{r.randint(2, 40)}"])
    return f"{r.randint(100, 9999)} {r.choice(c.pool('streets_us'))}{unit}, {city}, {stt} {rd(r, 5)}"


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def g_date_of_birth(c, style=None):
    r = c.rng
    y, m, d = r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28)
    lk = c.lkey()
    k = r.choice(["dmy-", "dmy/", "long", "dmy.", "iso", "short"])
    if c.lang == "en-us" and k in ("dmy-", "dmy/", "dmy."):
        return f"{m:02d}/{d:02d}/{y}" if r.random() < .6 else f"{m}-{d}-{y}"
    if k == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if k == "dmy/":
        return f"{d}/{m}/{y}"
    if k == "dmy.":
        return f"{d:02d}.{m:02d}.{y % 100:02d}" if r.random() < .4 else f"{d:02d}.{m:02d}.{y}"
    if k == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if k == "short":
        mon = MONTHS[lk][m - 1][:3]
        return f"{d} {mon} {y}" if c.lang != "en-us" else f"{mon} {d}, {y}"
    mon = MONTHS[lk][m - 1]
    if c.lang == "en-us":
        return f"{mon} {d}, {y}"
    if c.lang == "en-gb":
        return r.choice([f"{d} {mon} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mon} {y}"])
    if c.lang == "fr-be" and d == 1:
        return f"1er {mon} {y}"
    return f"{d} {mon} {y}"


def g_customer_number(c, style=None):
    r = c.rng
    k = style or r.choice(["plain", "prefix", "dash", "member", "policy", "ean", "alpha"])
    if k == "plain":
        return rd(r, r.choice([7, 8, 9, 10]))
    if k == "prefix":
        return r.choice(["KL", "CU", "K", "C", "KN", "CL"]) + rd(r, r.choice([6, 7, 8]))
    if k == "dash":
        return f"{rd(r, 3)}-{rd(r, 3)}-{rd(r, 3)}"
    if k == "member":
        return r.choice(["M", "LID", "CIN", "MBR", "UNL", "PAS"]) + r.choice(["-", "", " "]) + rd(r, 7)
    if k == "policy":
        return r.choice(["POL", "WV", "BRAND", "HH", "HOME", "P"]) + r.choice(["-", "/", "", " "]) + rd(r, 8)
    if k == "ean":
        return ("8716" if c.lang == "nl" else "5414") + rd(r, 14)
    if k == "pupil":
        return r.choice(["L", "LL", "RS"]) + rd(r, 5)
    if k == "acct":
        return rd(r, 4) + " " + rd(r, 4) + " " + rd(r, 2)
    return rd(r, 2, string.ascii_uppercase) + rd(r, 6) + rd(r, 1, string.ascii_uppercase)


def g_ip_address(c, style=None):
    r = c.rng
    if style == "v6" or r.random() < .15:
        return "2a02:" + ":".join(rd(r, 4, HEX).lstrip("0") or "0" for _ in range(5)) + "::" + rd(r, 3, HEX).lstrip("0")
    first = r.choice([31, 37, 62, 77, 80, 81, 84, 85, 86, 94, 109, 145, 178, 188, 195, 212, 213, 217, 82, 92])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


SPAN_GEN = {
    "password": g_password, "pin": g_pin, "puk": g_puk, "otp": g_otp, "wifi_key": g_wifi_key,
    "username": g_username, "api_key": g_api_key, "token": g_token, "card": g_card, "cvv": g_cvv,
    "iban": g_iban, "bsn": g_bsn, "email": g_email, "phone": g_phone, "address": g_address,
    "date_of_birth": g_date_of_birth, "customer_number": g_customer_number, "card_expiry": g_card_expiry,
    "ip_address": g_ip_address,
}


# ---------------------------------------------------------------- negatives
def n_date(c, style=None):
    r = c.rng
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    lk = c.lkey()
    k = r.choice(["num", "long", "short", "nodays"])
    if k == "num":
        if c.lang == "en-us":
            return f"{m}/{d}/{y}" if r.random() < .5 else f"{m}/{d}"
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}"])
    mon = MONTHS[lk][m - 1]
    if k == "short":
        mon = mon[:3]
    if c.lang == "en-us":
        return f"{mon} {d}" if k == "nodays" else f"{mon} {d}, {y}"
    if c.lang == "en-gb" and r.random() < .3:
        return f"{d} {mon}"
    return f"{d} {mon}" if k == "nodays" else f"{d} {mon} {y}"


def n_time(c, style=None):
    r = c.rng
    h, m = r.randint(7, 22), r.choice([0, 5, 15, 30, 45, 10, 50])
    if c.lang.startswith("en"):
        if c.lang == "en-us" or r.random() < .5:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}" if r.random() < .7 else f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}"
        return f"{h:02d}:{m:02d}"
    if c.lang == "fr-be":
        return f"{h}h{m:02d}" if m else f"{h}h"
    if c.lang == "nl-be":
        return r.choice([f"{h}u{m:02d}" if m else f"{h}u", f"{h}:{m:02d}"])
    return r.choice([f"{h}:{m:02d}", f"{h:02d}.{m:02d}", f"{h}:{m:02d} uur"])


def n_amount(c, style=None):
    r = c.rng
    v = r.choice([r.randint(5, 90), r.randint(100, 2500), r.randint(3000, 14000)])
    cents = r.choice([0, 0, 95, 50, 99, 45])
    if c.lang == "en-gb":
        return r.choice([f"£{v}", f"£{v:,}.{cents:02d}", f"£{v}.{cents:02d}", f"{v} quid" if v < 100 else f"£{v}"])
    if c.lang == "en-us":
        return r.choice([f"${v}", f"${v:,}.{cents:02d}", f"{v} dollars" if v < 200 else f"${v:,}"])
    euro = f"{v:,}".replace(",", ".")
    return r.choice([f"€ {euro},{cents:02d}", f"€{v}", f"{v} euro", f"EUR {euro},{cents:02d}", f"{euro},{cents:02d} €" if c.lang == "fr-be" else f"€{euro},-"])


def n_quantity(c, style=None):
    r = c.rng
    en = c.lang.startswith("en")
    fr = c.lang == "fr-be"
    k = style or "dur"
    if k == "dur":
        n = r.randint(2, 12)
        if en:
            return r.choice([f"{n} days", f"{n} weeks", f"{n} working days", f"{n} hours", f"{n} wks"])
        if fr:
            return r.choice([f"{n} jours", f"{n} semaines", f"{n} jours ouvrables", f"{n} heures"])
        return r.choice([f"{n} dagen", f"{n} weken", f"{n} werkdagen", f"{n} uur", f"{n} wkn"])
    if k == "tix":
        n = r.randint(2, 8)
        return f"{n} {'tickets' if en else 'places' if fr else r.choice(['kaartjes', 'tickets'])}"
    if k == "lessons":
        return f"{r.randint(10, 40)} {'lessons' if en else 'leçons' if fr else 'lessen'}"
    if k == "panels":
        return r.choice([f"{r.randint(6, 24)} {'panels' if en else 'panneaux' if fr else 'panelen'}", f"{r.choice(['3,6', '4,2', '5,4', '8,1'])} kWp",
                         f"{r.randint(150, 300)} liter", f"{r.randint(4, 16)} kW"])
    n = r.randint(1, 6)
    return r.choice([f"{n} {'pairs of skis' if en else 'paires de skis' if fr else 'paar ski' + chr(39) + 's'}",
                     f"{n} {'SUP boards' if en else 'planches de SUP' if fr else 'SUP-boards'}",
                     f"{n} {'snowboards'}", f"{n} {'e-bikes' if not fr else 'vélos électriques'}", f"{n} {'wetsuits' if en else 'combinaisons' if fr else 'wetsuits'}"])


def n_percentage(c, style=None):
    r = c.rng
    v = r.choice([21, 6, 10, 15, 20, 25, 50, 9, 30, 12.5, 100])
    return r.choice([f"{v}%", f"{v} %", f"{v} procent" if c.lang.startswith("nl") else f"{v}%"]).replace(".", "," if not c.lang.startswith("en") else ".")


def n_year(c, style=None):
    return str(c.rng.randint(2015, 2026))


def n_order_number(c, style=None):
    r = c.rng
    return r.choice([f"#{rd(r, 9)}", f"ORD-{r.randint(2023, 2026)}-{rd(r, 5)}", f"{rd(r, 3)}-{rd(r, 7)}-{rd(r, 7)}",
                     f"W{rd(r, 9)}", f"BST{rd(r, 7)}", f"R-{rd(r, 6)}"])


def n_ticket_number(c, style=None):
    r = c.rng
    return r.choice([f"CLM-{r.randint(2023, 2026)}-{rd(r, 6)}", f"{r.randint(2023, 2026)}/{rd(r, 6)}", f"#{rd(r, 7)}",
                     f"INC{rd(r, 7)}", f"SCH{rd(r, 8)}", f"SIN-{rd(r, 7)}", f"CAS-{rd(r, 5)}-{rd(r, 4, 'BCDFGHJKLMNPQRSTVWXZ')}",
                     f"{rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 4)}" if style == "cjib" else f"T{rd(r, 8)}"])


def n_invoice_number(c, style=None):
    r = c.rng
    return r.choice([f"F{r.randint(2023, 2026)}-{rd(r, 5)}", f"INV-{rd(r, 6)}", f"{r.randint(2023, 2026)}{rd(r, 6)}", f"FAC/{rd(r, 4)}/{r.randint(23, 26)}", f"VF{rd(r, 7)}"])


def n_tracking_number(c, style=None):
    r = c.rng
    return r.choice([f"3S{rd(r, 4, string.ascii_uppercase)}{rd(r, 9)}", f"1Z{rd(r, 6, UPPER_ALNUM)}{rd(r, 10)}",
                     f"JVGL{rd(r, 16)}", f"CD{rd(r, 9)}BE", f"{rd(r, 4)} {rd(r, 4)} {rd(r, 4)}", f"LX{rd(r, 9)}NL"])


def n_request_id(c, style=None):
    r = c.rng
    if r.random() < .5:
        return f"{rd(r, 8, HEX)}-{rd(r, 4, HEX)}-4{rd(r, 3, HEX)}-{r.choice('89ab')}{rd(r, 3, HEX)}-{rd(r, 12, HEX)}"
    return r.choice(["req_", "rid-", "REQ"]) + rd(r, 12, HEX)


def n_error_code(c, style=None):
    r = c.rng
    return r.choice([f"E{rd(r, 3)}", f"F{r.randint(10, 99)}", f"ERR_{r.choice(['PAYMENT_DECLINED', 'SESSION_EXPIRED', 'CONNECTION_RESET', 'SEAT_LOCKED'])}",
                     f"0x{rd(r, 8, '0123456789ABCDEF')}", f"{r.choice([401, 403, 404, 500, 502, 503])}", f"A{rd(r, 2)}-{rd(r, 2)}", f"Error {rd(r, 3)}"])


def n_version_string(c, style=None):
    r = c.rng
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", f"{r.randint(2, 8)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                     f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}", f"Android {r.randint(11, 15)}", f"build {r.randint(100, 9999)}", f"FW {r.randint(1, 4)}.{rd(r, 2)}.{rd(r, 3)}"])


def n_model_number(c, style=None):
    return c.rng.choice(c.pool("models"))


def n_product_code(c, style=None):
    r = c.rng
    return r.choice([f"SKU{rd(r, 6)}", f"ART-{rd(r, 5)}", f"{rd(r, 3, string.ascii_uppercase)}-{rd(r, 4)}-{r.choice('ABCXL')}", f"PRD{rd(r, 5)}", f"{rd(r, 2, string.ascii_uppercase)}{rd(r, 4)}"])


def n_flight_number(c, style=None):
    r = c.rng
    return r.choice(["KL", "HV", "SN", "FR", "BA", "U2", "UA", "DL", "TB", "LH"]) + r.choice(["", " "]) + str(r.randint(10, 9899))


def n_company_phone(c, style=None):
    return c.rng.choice(c.pool("company_phones_" + c.lang))


def n_company_registration(c, style=None):
    r = c.rng
    L = c.lang
    if L == "nl":
        return r.choice([rd(r, 8), f"NL{rd(r, 9)}B{rd(r, 2)}"])
    if L in ("nl-be", "fr-be"):
        return r.choice([f"BE 0{rd(r, 3)}.{rd(r, 3)}.{rd(r, 3)}", f"0{rd(r, 3)}.{rd(r, 3)}.{rd(r, 3)}", f"BE0{rd(r, 9)}"])
    if L == "en-gb":
        return r.choice([rd(r, 8), f"GB {rd(r, 3)} {rd(r, 4)} {rd(r, 2)}", f"SC{rd(r, 6)}"])
    return r.choice([f"{rd(r, 2)}-{rd(r, 7)}", f"EIN {rd(r, 2)}-{rd(r, 7)}"]).replace("EIN ", "")


def n_url(c, style=None):
    r = c.rng
    u = r.choice(c.pool("urls"))
    if r.random() < .3:
        u += r.choice(["?ref=app", "/status", "#faq", "/claim/new", "?utm_source=x"])
    return u


def n_mention(c, style=None):
    return c.rng.choice(c.pool("mentions"))


def n_hashtag(c, style=None):
    return c.rng.choice(c.pool("hashtags_" + ("en" if c.lang.startswith("en") else "fr" if c.lang == "fr-be" else "nl")))


def n_masked_value(c, style=None):
    r = c.rng
    if style == "card":
        return r.choice([f"****{rd(r, 4)}", f"**** **** **** {rd(r, 4)}", f"xxxx-xxxx-xxxx-{rd(r, 4)}", f"•••• {rd(r, 4)}", f"XXXX XXXX XXXX {rd(r, 4)}"])
    return r.choice([f"****{rd(r, 4)}", f"**** **** **** {rd(r, 4)}", f"NL** **** **** **{rd(r, 2)} {rd(r, 2)}", f"BE** **** **** {rd(r, 4)}",
                     f"xxxx-xxxx-xxxx-{rd(r, 4)}", f"06-****{rd(r, 4)}", f"+32 4** ** ** {rd(r, 2)}", f"{r.choice('jmsk')}***@{r.choice(['gmail.com', 'telenet.be', 'hotmail.com'])}",
                     f"•••• {rd(r, 4)}", f"XXXXXX{rd(r, 3)}", f"***-**-{rd(r, 4)}"])


def n_meter_reading(c, style=None):
    r = c.rng
    v = r.randint(1200, 98000)
    sep = "," if not c.lang.startswith("en") else "."
    return r.choice([f"{v:06d}", f"{v} kWh", f"{v}{sep}{r.randint(0, 9)} kWh", f"{r.randint(100, 9999)} m3", f"{v:05d}"])


def n_port(c, style=None):
    return str(c.rng.choice([80, 443, 8080, 8443, 502, 1883, 8123, 3000, 5000, 22]))


def n_checksum(c, style=None):
    r = c.rng
    k = r.choice(["sha256", "md5", "crc"])
    if k == "sha256":
        return rd(r, 64, HEX)
    if k == "md5":
        return rd(r, 32, HEX)
    return rd(r, 8, "0123456789ABCDEF")


NEG_GEN = {k[2:]: v for k, v in globals().items() if k.startswith("n_") and callable(v)}
NEG_KINDS = ["date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
             "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
             "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value", "meter_reading", "port", "checksum"]
assert set(NEG_KINDS) == set(NEG_GEN), set(NEG_KINDS) ^ set(NEG_GEN)
