"""Value generators for the blind71 travel / travel-insurance corpus (stdlib only).

Every generator takes (rng, lang, ctx) and returns a string. ctx is a dict with the
message's filler picks (first name, surname, city ...) so e-mails and usernames can
look like they belong to the writer.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def nz_digits(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


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
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(b):
    d = [int(c) for c in b if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def nrn_ok(n):
    d = "".join(c for c in n if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- high risk
def card(rng, lang, ctx):
    kind = rng.random()
    if kind < 0.12:  # amex 15
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        g = [num[:4], num[4:10], num[10:]]
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join(g)
    if kind < 0.55:
        num = luhn_complete("4" + digits(rng, 14))
    else:
        pre = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        num = luhn_complete(pre + digits(rng, 15 - len(pre)))
    style = rng.random()
    if style < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.65:
        return num
    if style < 0.8:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.9:
        return ".".join(num[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, lang, ctx):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng, lang, ctx):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}",
                       f"{m:02d}/{y}", f"{m:02d} / {y}", f"{m:02d}.{y}"])


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(rng, lang, ctx):
    r = rng.random()
    if lang == "nl" or (lang.startswith("en") and r < 0.5):
        cc = "NL"
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + digits(rng, 10)
    elif lang in ("nl-be", "fr-be") and r < 0.85:
        cc = "BE"
        first = nz_digits(rng, 10)
        c = int(first) % 97 or 97
        bban = f"{first}{c:02d}"
    else:
        cc = rng.choice(["DE", "FR", "ES", "GB", "LU"])
        if cc == "DE":
            bban = digits(rng, 18)
        elif cc == "FR":
            bban = digits(rng, 10) + "".join(rng.choice(DIG + UP) for _ in range(11)) + digits(rng, 2)
        elif cc == "ES":
            bban = digits(rng, 20)
        elif cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digits(rng, 14)
        else:
            bban = digits(rng, 3) + digits(rng, 13)
    ib = iban_make(cc, bban)
    assert iban_ok(ib)
    st = rng.random()
    if st < 0.5:
        out = _group4(ib)
    elif st < 0.8:
        out = ib
    elif st < 0.9:
        out = _group4(ib).lower()
    else:
        out = ib.lower()
    return out


def bsn(rng, lang, ctx):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last == 10:
            continue
        b = "".join(map(str, d)) + str(last)
        assert bsn_ok(b)
        st = rng.random()
        if st < 0.6:
            return b
        if st < 0.8:
            return f"{b[:3]}.{b[3:5]}.{b[5:]}" if rng.random() < 0.5 else f"{b[:4]}.{b[4:6]}.{b[6:]}"
        return f"{b[:3]} {b[3:6]} {b[6:]}"


def nrn(rng, lang, ctx):
    y = rng.randint(40, 105)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 998)
    yy = y % 100
    base = f"{yy:02d}{m:02d}{dd:02d}{seq:03d}"
    num = int(("2" + base) if y >= 100 else base)
    chk = 97 - num % 97
    full = f"{base}{chk:02d}"
    assert nrn_ok(full)
    st = rng.random()
    if st < 0.45:
        return f"{full[:2]}.{full[2:4]}.{full[4:6]}-{full[6:9]}.{full[9:]}"
    if st < 0.75:
        return full
    if st < 0.9:
        return f"{full[:6]} {full[6:9]} {full[9:]}"
    return f"{full[:6]}-{full[6:9]}-{full[9:]}"


def natid(rng, lang, ctx):
    return nrn(rng, lang, ctx) if lang in ("nl-be", "fr-be") else bsn(rng, lang, ctx)


PW_WORDS = ["Zomer", "Vakantie", "Barcelona", "Kreta", "Toscane", "Ibiza", "zonnetje", "Reis", "Palma",
            "Lissabon", "Bretagne", "Ardennen", "soleil", "Vacances", "Summer", "Holiday", "Sunny",
            "Koffer", "Tenerife", "Mallorca", "Provence", "Bali", "Thailand", "Poesje", "Bruno", "Max"]


def password(rng, lang, ctx):
    r = rng.random()
    w = rng.choice(PW_WORDS)
    if r < 0.35:
        return w + str(rng.randint(1, 2025)) + rng.choice(["!", "?", "#", "$", "", "!!", "*"])
    if r < 0.55:
        return "".join(rng.choice(LO + UP + DIG + "!#%&*") for _ in range(rng.randint(9, 14)))
    if r < 0.7:
        return w.lower() + rng.choice(["_", ".", "-", "@"]) + digits(rng, rng.randint(2, 4))
    if r < 0.85:
        return rng.choice(["Xq", "Tr", "Mz", "Lp", "Kw"]) + digits(rng, 2) + rng.choice(["!v", "#Ba", "&mo", "%Re"]) + w[:3]
    return w[0].upper() + w[1:].replace("a", "@").replace("o", "0") + digits(rng, 2)


def pin(rng, lang, ctx):
    n = rng.choice([4, 4, 4, 4, 5, 6])
    p = digits(rng, n)
    if n == 4 and rng.random() < 0.1:
        return " ".join(p)
    return p


def puk(rng, lang, ctx):
    p = digits(rng, 8)
    return p if rng.random() < 0.75 else f"{p[:4]} {p[4:]}"


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, lang, ctx):
    n = rng.choice([6, 6, 6, 4, 5, 8])
    o = digits(rng, n)
    r = rng.random()
    if r < 0.6:
        return o
    if r < 0.75 and n == 6:
        return f"{o[:3]} {o[3:]}"
    if r < 0.85 and n == 6:
        return f"{o[:3]}-{o[3:]}"
    if r < 0.93:
        return "-".join(o) if rng.random() < 0.3 else o
    return " ".join(NUMWORDS[lang][int(c)] for c in o[:6])


def otp_words(rng, lang, ctx):
    o = digits(rng, 6)
    return " ".join(NUMWORDS[lang][int(c)] for c in o)


def wifi_key(rng, lang, ctx):
    r = rng.random()
    if r < 0.4:
        return "".join(rng.choice(UP + DIG) for _ in range(rng.choice([10, 12, 16])))
    if r < 0.7:
        return rng.choice(PW_WORDS).lower() + rng.choice(["", "_", "-"]) + digits(rng, rng.randint(3, 6))
    return "".join(rng.choice(LO + DIG) for _ in range(rng.choice([8, 13, 20])))


def username(rng, lang, ctx):
    f = ctx["first"].lower().replace(" ", "")
    s = ctx["last"].lower().replace(" ", "").replace("'", "")
    r = rng.random()
    if r < 0.3:
        return f + s[:1] + str(rng.randint(70, 2005))
    if r < 0.5:
        return f"{f}.{s}"
    if r < 0.65:
        return f"{f[0]}{s}{digits(rng, 2)}"
    if r < 0.8:
        return f"{f}_{rng.choice(['travels', 'reist', 'voyage', 'trip', 'op.reis', 'onderweg'])}"
    return f.upper()[:1] + s + str(rng.randint(1, 99))


def api_key(rng, lang, ctx):
    r = rng.random()
    an = LO + UP + DIG
    if r < 0.3:
        return "sk_live_" + "".join(rng.choice(an) for _ in range(24))
    if r < 0.45:
        return "AKIA" + "".join(rng.choice(UP + DIG) for _ in range(16))
    if r < 0.6:
        return "AIza" + "".join(rng.choice(an + "-_") for _ in range(35))
    if r < 0.75:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if r < 0.88:
        return "pk_" + rng.choice(["prod", "live"]) + "_" + "".join(rng.choice(an) for _ in range(28))
    return "tvl-" + "".join(rng.choice(an) for _ in range(8)) + "-" + "".join(rng.choice(an) for _ in range(20))


def aws_secret(rng, lang, ctx):
    return "".join(rng.choice(LO + UP + DIG + "/+") for _ in range(40))


def token(rng, lang, ctx):
    r = rng.random()
    an = LO + UP + DIG
    if r < 0.35:
        return "eyJ" + "".join(rng.choice(an) for _ in range(30)) + "." + "".join(
            rng.choice(an) for _ in range(40)) + "." + "".join(rng.choice(an + "-_") for _ in range(25))
    if r < 0.6:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 48])))
    if r < 0.75:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    if r < 0.88:
        return "ya29." + "".join(rng.choice(an + "-_") for _ in range(50))
    return "sess_" + "".join(rng.choice(an) for _ in range(26))


def ip(rng, lang, ctx):
    if rng.random() < 0.12:
        return "2a02:" + ":".join("%x" % rng.randint(0, 65535) for _ in range(4)) + "::" + "%x" % rng.randint(1, 65535)
    first = rng.choice([31, 37, 62, 77, 80, 81, 83, 84, 85, 87, 89, 94, 145, 178, 185, 188, 195, 212, 213])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- contact
def phone(rng, lang, ctx, foreign=None):
    if foreign is None:
        foreign = rng.random() < 0.15
    if foreign:
        c = rng.choice(["es", "fr", "de", "it", "pt", "gr"])
        if c == "es":
            n = "6" + digits(rng, 8)
            return rng.choice([f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34{n}", f"0034 {n}"])
        if c == "fr":
            n = rng.choice("67") + digits(rng, 8)
            return rng.choice([f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+33{n}", f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
        if c == "de":
            n = "15" + digits(rng, 9)
            return rng.choice([f"+49 {n[:3]} {n[3:]}", f"+49{n}", f"0{n[:3]} {n[3:]}"])
        if c == "it":
            n = "3" + digits(rng, 9)
            return rng.choice([f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"+39{n}"])
        if c == "pt":
            n = "9" + digits(rng, 8)
            return rng.choice([f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"+351{n}"])
        n = "69" + digits(rng, 8)
        return rng.choice([f"+30 {n[:3]} {n[3:6]} {n[6:]}", f"+30{n}"])
    if lang == "nl":
        if rng.random() < 0.8:
            n = digits(rng, 8)
            return rng.choice([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"06{n}", f"+31 6 {n}", f"+316{n}",
                               f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"0031 6 {n}",
                               f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n[:4]} {n[4:]}"])
        area = rng.choice(["020", "010", "030", "070", "040", "050", "0243", "0513", "0161"])
        rest = digits(rng, 10 - len(area))
        return rng.choice([f"{area}-{rest}", f"{area} {rest}", f"+31 {area[1:]} {rest}"])
    if lang in ("nl-be", "fr-be"):
        if rng.random() < 0.8:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"])
            n = digits(rng, 6)
            return rng.choice([f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"0{p}{n}",
                               f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}", f"+32{p}{n}", f"0032 {p} {n[:2]} {n[2:4]} {n[4:]}",
                               f"0{p}/{n}", f"0{p} {n[:3]} {n[3:]}"])
        area = rng.choice(["02", "03", "09", "04", "016", "050", "010", "081"])
        rest = digits(rng, 9 - len(area))
        return rng.choice([f"{area} {rest[:3]} {rest[3:5]} {rest[5:]}" if len(rest) == 7 else f"{area} {rest[:2]} {rest[2:4]} {rest[4:]}",
                           f"{area}/{rest}", f"+32 {area[1:]} {rest}"])
    if lang == "en-gb":
        if rng.random() < 0.8:
            n = digits(rng, 9)
            return rng.choice([f"07{n[:3]} {n[3:]}", f"07{n}", f"+44 7{n[:3]} {n[3:]}", f"+447{n}", f"+44 (0)7{n[:3]} {n[3:]}", f"07{n[:3]} {n[3:6]} {n[6:]}"])
        n = digits(rng, 8)
        return rng.choice([f"020 {n[:4]} {n[4:]}", f"0161 {n[:3]} {n[3:7]}", f"+44 20 {n[:4]} {n[4:]}"])
    a = rng.choice(["212", "415", "312", "617", "206", "512", "303", "646", "917", "305"])
    n = "2" + digits(rng, 6)
    return rng.choice([f"({a}) {n[:3]}-{n[3:]}", f"{a}-{n[:3]}-{n[3:]}", f"+1 {a} {n[:3]} {n[3:]}", f"{a}.{n[:3]}.{n[3:]}",
                       f"+1 ({a}) {n[:3]}-{n[3:]}", f"1-{a}-{n[:3]}-{n[3:]}", f"{a}{n}"])


def phone_foreign(rng, lang, ctx):
    return phone(rng, lang, ctx, foreign=True)


def phone_home(rng, lang, ctx):
    return phone(rng, lang, ctx, foreign=False)


MAILDOM = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl", "planet.nl", "icloud.com", "home.nl"],
    "nl-be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be", "outlook.be", "icloud.com", "scarlet.be"],
    "fr-be": ["gmail.com", "skynet.be", "hotmail.fr", "live.be", "voo.be", "yahoo.fr", "proximus.be", "outlook.fr"],
    "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com"],
}


def _ascii(s):
    tr = str.maketrans("éèëêàâçïîôöüû'", "eeeeaaciioouu-")
    return s.lower().translate(tr).replace(" ", "")


def email(rng, lang, ctx):
    f = _ascii(ctx["first"])
    s = _ascii(ctx["last"])
    d = rng.choice(MAILDOM[lang])
    local = rng.choice([f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{f}{rng.randint(1, 99)}", f"{s}.{f}",
                        f"{f}_{s}{rng.randint(60, 99)}", f"{f}.{s[0]}", f"info.{s}", f"fam{s}"])
    e = f"{local}@{d}"
    return e.upper() if rng.random() < 0.03 else e


def dob(rng, lang, ctx):
    y = rng.randint(1938, 2006)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mn = {
        "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "en": "January February March April May June July August September October November December".split(),
    }
    key = "nl" if lang in ("nl", "nl-be") else ("fr-be" if lang == "fr-be" else "en")
    name = mn[key][m - 1]
    opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {name} {y}", f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{str(y)[2:]}"]
    if key == "en":
        opts += [f"{name} {d}, {y}", f"{m}/{d}/{y}", f"{d} {name[:3]} {y}"]
    if key == "fr-be":
        opts += [f"{d} {name[:4]}. {y}" if len(name) > 4 else f"{d} {name} {y}"]
    return rng.choice(opts)


# ---------------------------------------------------------------- customer numbers
def custno(rng, lang, ctx):
    r = rng.random()
    if r < 0.15:
        return rng.choice(["RP", "RV", "TRV", "DRV", "WR"]) + digits(rng, rng.choice([7, 8, 9]))
    if r < 0.3:
        n = digits(rng, 8)
        return rng.choice([f"{n[:4]} {n[4:]}", f"{n[:2]}.{n[2:5]}.{n[5:]}", f"{n[:4]}-{n[4:]}"])
    if r < 0.45:
        return f"{rng.choice(['POL', 'PL', 'AV', 'ANN', 'CRT'])}-{digits(rng, 4)}-{digits(rng, 5)}"
    if r < 0.6:
        return nz_digits(rng, rng.choice([7, 9, 10]))
    if r < 0.72:
        return f"{rng.choice(UP)}{rng.choice(UP)}{digits(rng, 6)}{rng.choice(UP)}"
    if r < 0.85:
        return f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"
    return f"{rng.choice(['NL', 'BE', 'EU'])}{digits(rng, 2)}-{rng.choice(['TR', 'AR', 'CR'])}-{digits(rng, 6)}"


def ffnum(rng, lang, ctx):
    """frequent flyer / loyalty member number (customer_number)."""
    r = rng.random()
    if r < 0.5:
        n = nz_digits(rng, 10)
        return n if rng.random() < 0.6 else f"{n[:4]} {n[4:7]} {n[7:]}"
    if r < 0.75:
        return rng.choice(["AF", "KL", "SN", "BA", "LH"]) + " " + digits(rng, 9)
    return nz_digits(rng, 9)


# ---------------------------------------------------------------- addresses
def address(rng, lang, ctx, pool):
    """pool: dict with 'streets' and 'places' lists for this half."""
    st = rng.choice(pool["streets"][lang_key(lang)])
    place = rng.choice(pool["places"][lang_key(lang)])
    n = rng.randint(1, 240)
    suf = rng.choice(["", "", "", "a", "B", "-2", " bis", " hs"]) if lang == "nl" else ""
    if lang == "nl":
        pc = f"{rng.randint(1011, 9999)} {rng.choice(UP)}{rng.choice(UP)}"
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        return rng.choice([f"{st} {n}{suf}, {pc} {place}", f"{st} {n}{suf} {pc} {place}", f"{st} {n}{suf}",
                           f"{st} {n}{suf}, {place}", f"{st} {n}{suf}\t{pc}  {place}".replace("\t", ", ")])
    if lang in ("nl-be", "fr-be"):
        pc = str(rng.randint(1000, 9992))
        bus = rng.choice(["", "", f" bus {rng.randint(1, 30)}", f"/{rng.randint(1, 9)}", f" boîte {rng.randint(1, 12)}" if lang == "fr-be" else ""])
        if lang == "fr-be":
            return rng.choice([f"{st} {n}{bus}, {pc} {place}", f"{n}, {st}, {pc} {place}", f"{st} {n}{bus} {pc} {place}", f"{st}, {n}{bus} - {pc} {place}"])
        return rng.choice([f"{st} {n}{bus}, {pc} {place}", f"{st} {n}{bus} {pc} {place}", f"{st} {n}{bus}", f"{st} {n}{bus} te {pc} {place}"])
    if lang == "en-gb":
        pc = f"{rng.choice(['SW', 'N', 'E', 'M', 'B', 'LS', 'BS', 'EH', 'G', 'CF'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(UP)}{rng.choice(UP)}"
        return rng.choice([f"{n} {st}, {place} {pc}", f"{n} {st}, {place}, {pc}", f"Flat {rng.randint(1, 30)}, {n} {st}, {place} {pc}", f"{n} {st}"])
    z = f"{rng.randint(10001, 98999)}"
    stt = rng.choice(["NY", "CA", "IL", "TX", "MA", "WA", "CO", "FL", "OR"])
    return rng.choice([f"{n * 7} {st}, {place}, {stt} {z}", f"{n * 7} {st} Apt {rng.randint(1, 40)}{rng.choice('ABCD')}, {place}, {stt} {z}",
                       f"{n * 7} {st}, {place} {stt} {z}", f"{n * 7} {st}"])


def lang_key(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "gb", "en-us": "us"}[lang]
