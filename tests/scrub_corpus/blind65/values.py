"""Value generators (labelled PII/secrets and hard negatives) for the blind65 corpus.

Standard library only. Every generator takes (rng, ctx) where ctx is the per-message
context dict (lang, persona, pools of this half, brand ...).
"""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= 12 and tot % 10 == 0


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
    return chk == 97 - base % 97 or chk == 97 - int("2" + d[:9]) % 97


# ---------------------------------------------------------------- helpers
def luhn_complete(prefix, length, rng):
    body = prefix + rs(rng, DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- labelled values
def card(rng, ctx, variant=None):
    kind = variant or rng.choice(["visa", "visa", "mc", "mc", "amex", "bancontact", "maestro"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([group(n, [4, 6, 5], " "), n, group(n, [4, 6, 5], "-")])
    if kind == "bancontact":
        n = luhn_complete("6703", 17, rng)
        return rng.choice([group(n, [4, 4, 4, 4, 1], " "), n])
    if kind == "maestro":
        n = luhn_complete("6799", 19, rng) if rng.random() < .3 else luhn_complete("5018", 16, rng)
    elif kind == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16, rng)
    else:
        n = luhn_complete("4", 16, rng)
    if len(n) == 19:
        return rng.choice([group(n, [4, 4, 4, 4, 3], " "), n])
    return rng.choice([group(n, [4, 4, 4, 4], " "), group(n, [4, 4, 4, 4], " "), n,
                       group(n, [4, 4, 4, 4], "-"), group(n, [4, 4, 4, 4], "  "), group(n, [4, 4, 4, 4], ".")])


def cvv(rng, ctx, variant=None):
    return rs(rng, DIG, 4 if variant == "amex" else 3)


def expiry(rng, ctx, variant=None):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-{y}", f"{m:02d}/20{y}", f"{m:02d}-20{y}",
                       f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


def iban(rng, ctx, variant=None):
    c = variant or rng.choice(["NL", "NL", "NL", "BE", "BE", "DE", "FR", "LU", "GB"])
    if c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + rs(rng, DIG, 10)
    elif c == "BE":
        b = rng.choice(["001", "068", "310", "363", "735", "751", "063", "973", "143"]) + rs(rng, DIG, 7)
        k = int(b) % 97 or 97
        bban = b + f"{k:02d}"
    elif c == "DE":
        bban = rs(rng, DIG, 18)
    elif c == "FR":
        bban = rs(rng, DIG, 10) + rs(rng, UPALNUM, 11) + rs(rng, DIG, 2)
    elif c == "LU":
        bban = rs(rng, DIG, 3) + rs(rng, UPALNUM, 13)
    else:
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + rs(rng, DIG, 14)
    num = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    ib = c + f"{98 - int(num) % 97:02d}" + bban
    assert iban_ok(ib)
    r = rng.random()
    if r < .45:
        ib = group(ib, [4] * 10, " ")
    elif r < .55:
        ib = group(ib, [4] * 10, " ").lower()
    elif r < .62:
        ib = ib.lower()
    return ib


def bsn(rng, ctx, variant=None):
    while True:
        d = [rng.randint(1 if i == 0 else 0, 9) for i in range(8)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            n = "".join(map(str, d)) + str(s)
            if bsn_ok(n):
                break
    return rng.choice([n, n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def rrn(rng, ctx, variant=None):
    y = rng.randint(40, 2008 - 1900) if rng.random() < .85 else rng.randint(100, 107)
    yy = y % 100
    m, d, seq = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 997)
    base = f"{yy:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - (int(("2" if y >= 100 else "") + base) % 97)
    n = base + f"{chk:02d}"
    assert rrn_ok(n)
    return rng.choice([f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n, f"{n[:6]}-{n[6:9]}-{n[9:]}",
                       f"{n[:6]} {n[6:9]} {n[9:]}", f"{n[:2]}{n[2:4]}{n[4:6]}-{n[6:9]}.{n[9:]}"])


def phone(rng, ctx, variant=None):
    lang = ctx["lang"]
    kind = variant or {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]
    if kind == "nl":
        if rng.random() < .75:
            n = rs(rng, DIG, 8)
            return rng.choice([f"06-{n}", f"06 {n}", f"06{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                               f"+31 6 {n}", f"+316{n}", f"0031 6 {n[:4]} {n[4:]}", f"+31 (0)6 {n[:4]} {n[4:]}",
                               f"06-{n[:4]} {n[4:]}", f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
        a = rng.choice(["20", "10", "30", "70", "40", "50", "13", "24", "58", "118", "172", "346"])
        n = rs(rng, DIG, 9 - len(a))
        return rng.choice([f"0{a}-{n}", f"0{a} {n[:3]} {n[3:]}", f"+31 {a} {n}", f"(0{a}) {n}"])
    if kind == "be":
        if rng.random() < .75:
            p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486",
                            "487", "488", "489", "494", "495", "496", "497", "498", "499"])
            n = rs(rng, DIG, 6)
            return rng.choice([f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"0{p}{n}",
                               f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}", f"0032{p}{n}", f"0{p}/{n}", f"+32{p}{n}",
                               f"0{p} {n[:3]} {n[3:]}", f"0{p}.{n[:2]}.{n[2:4]}.{n[4:]}"])
        a = rng.choice(["2", "3", "9", "4", "10", "11", "50", "56", "81"])
        n = rs(rng, DIG, 8 - len(a))
        return rng.choice([f"0{a} {n[:3]} {n[3:5]} {n[5:]}", f"0{a}/{n[:3]}.{n[3:5]}.{n[5:]}",
                           f"+32 {a} {n[:3]} {n[3:5]} {n[5:]}", f"0{a}-{n}"])
    if kind == "fr":
        n = rs(rng, DIG, 8)
        p = rng.choice(["6", "7"])
        return rng.choice([f"+33 {p} {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"0{p} {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                           f"0{p}.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}", f"+33{p}{n}"])
    if kind == "uk":
        if rng.random() < .75:
            n = rs(rng, DIG, 9)
            return rng.choice([f"07{n[:3]} {n[3:]}", f"07{n}", f"+44 7{n[:3]} {n[3:]}", f"+44 (0)7{n[:3]} {n[3:6]} {n[6:]}",
                               f"07{n[:3]}-{n[3:]}", f"0044 7{n}", f"+447{n}"])
        a = rng.choice(["20", "161", "121", "113", "131", "117", "1632"])
        n = rs(rng, DIG, 10 - len(a))
        if a == "20":
            return rng.choice([f"020 {n[:4]} {n[4:]}", f"+44 20 {n[:4]} {n[4:]}", f"(020) {n[:4]} {n[4:]}"])
        return rng.choice([f"0{a} {n[:3]} {n[3:]}", f"+44 {a} {n}", f"0{a} {n}"])
    # us
    a = str(rng.randint(201, 989))
    while a[1:] == "00" or a[1:] == "11":
        a = str(rng.randint(201, 989))
    e, n = str(rng.randint(201, 989)), rs(rng, DIG, 4)
    return rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}",
                       f"{a}{e}{n}", f"+1 ({a}) {e}-{n}", f"{a} {e} {n}"])


def email(rng, ctx, variant=None):
    p = ctx["persona"]
    f, l = p["first"].lower(), p["last"].lower().replace(" ", "").replace("'", "")
    f = f.translate(str.maketrans("éèëïöüç", "eeeiouc"))
    l = l.translate(str.maketrans("éèëïöüçâ", "eeeioucа".replace("а", "a")))
    doms = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "outlook.com", "icloud.com", "xs4all.nl", "planet.nl"],
            "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "outlook.be", "proximus.be", "icloud.com"],
            "fr-be": ["skynet.be", "gmail.com", "hotmail.fr", "yahoo.fr", "voo.be", "outlook.be", "live.be", "proximus.be"],
            "en-gb": ["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "icloud.com"],
            "en-us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "hotmail.com"]}[ctx["lang"]]
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}{rng.randint(1, 99)}", f"{f}_{l}{rng.randint(70, 99)}",
                        f"{l}.{f}", f"{f}.{l}{rng.randint(1, 9)}", f"{f[0]}{l}", f"familie.{l}", f"{f}-{l}"])
    return local + "@" + rng.choice(doms)


def username(rng, ctx, variant=None):
    p = ctx["persona"]
    f, l = p["first"].lower(), p["last"].lower().replace(" ", "").replace("'", "")
    f = f.translate(str.maketrans("éèëïöüç", "eeeiouc"))
    l = l.translate(str.maketrans("éèëïöüç", "eeeiouc"))
    return rng.choice([f"{f}{l}", f"{f}.{l}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{f}_{rng.randint(70, 2012)}",
                       f"{l}_{f}", f"{f}{l[0]}{rng.randint(10, 99)}", rng.choice(["gamer", "kaasboer", "xXsniperXx", "pixelmom",
                       "boxfan", "netkijker", "shadowfox", "tvdad", "lazycat", "Sk8r"]) + str(rng.randint(1, 999)),
                       f"{f.capitalize()}{l.capitalize()}{rng.randint(1, 9)}", f"fam{l}", f"{f}.{l}.{rng.randint(1, 99)}"])


_WORDS = ["zomer", "winter", "tulp", "fiets", "appel", "koffie", "hond", "poes", "ajax", "psv", "soleil", "maison",
          "chat", "tigre", "summer", "monkey", "dragon", "sunshine", "London", "Pieter", "Lotte", "Bella", "Max",
          "kaas", "friet", "molen", "Oma", "voetbal", "paard", "Bruxelles", "Gent", "starwars", "netflix", "disney"]


def password(rng, ctx, variant=None):
    r = rng.random()
    if r < .4:
        w = rng.choice(_WORDS)
        w = w.capitalize() if rng.random() < .6 else w
        return w + str(rng.randint(1, 2025)) + rng.choice(["!", "", "#", "?", "$", "*", "!!", "@"])
    if r < .6:
        return rng.choice(_WORDS).capitalize() + rng.choice(["&", "_", "-", "."]) + rng.choice(_WORDS) + str(rng.randint(1, 99))
    if r < .8:
        return rs(rng, ALNUM, rng.randint(2, 4)) + rng.choice("!#$%&*@?") + rs(rng, ALNUM, rng.randint(5, 9))
    if r < .9:
        w = rng.choice(_WORDS)
        return w.replace("a", "@").replace("o", "0").replace("e", "3").capitalize() + str(rng.randint(10, 99))
    return rs(rng, ALNUM, rng.randint(8, 14))


def pin(rng, ctx, variant=None):
    n = rng.choice([4, 4, 4, 4, 5, 6])
    v = rs(rng, DIG, n)
    if variant == "door" and rng.random() < .3:
        return v + rng.choice(["#", "*"]) if rng.random() < .5 else v
    if rng.random() < .08 and n == 4:
        return " ".join(v)
    return v


def puk(rng, ctx, variant=None):
    v = rs(rng, DIG, 8)
    return rng.choice([v, v, v, f"{v[:4]} {v[4:]}"])


_NUMW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
         "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
         "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "en-gb": "zero one two three four five six seven eight nine".split(),
         "en-us": "zero one two three four five six seven eight nine".split()}


def otp(rng, ctx, variant=None):
    if variant == "tv":
        v = rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8)
        return rng.choice([v, f"{v[:4]}-{v[4:]}", f"{v[:4]} {v[4:]}", v[:6]])
    n = 6 if rng.random() < .8 else rng.choice([4, 5, 8])
    v = rs(rng, DIG, n)
    if variant == "words":
        return " ".join(_NUMW[ctx["lang"]][int(c)] for c in v)
    return rng.choice([v, v, v, v, f"{v[:3]} {v[3:]}" if n == 6 else v, f"{v[:3]}-{v[3:]}" if n == 6 else v])


def wifi_key(rng, ctx, variant=None):
    r = rng.random()
    if r < .35:
        return rs(rng, ALNUM, rng.choice([12, 16, 20]))
    if r < .55:
        return rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" + rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" + rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4)
    if r < .7:
        return rs(rng, HEX.upper(), 26) if rng.random() < .3 else rs(rng, DIG, 10)
    return rng.choice(_WORDS).capitalize() + rng.choice(_WORDS) + str(rng.randint(10, 9999)) + rng.choice(["", "!", "#"])


def api_key(rng, ctx, variant=None):
    k = variant or rng.choice(["sk", "pk", "akia", "awssecret", "aiza", "hex", "xox", "sg"])
    if k == "sk":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + rs(rng, ALNUM, 24)
    if k == "pk":
        return "pk_live_" + rs(rng, ALNUM, 24)
    if k == "akia":
        return "AKIA" + rs(rng, string.ascii_uppercase + "234567", 16)
    if k == "awssecret":
        return rs(rng, ALNUM + "/+", 40)
    if k == "aiza":
        return "AIza" + rs(rng, ALNUM + "-_", 35)
    if k == "xox":
        return "xoxb-" + rs(rng, DIG, 12) + "-" + rs(rng, DIG, 13) + "-" + rs(rng, ALNUM, 24)
    if k == "sg":
        return "SG." + rs(rng, ALNUM + "-_", 22) + "." + rs(rng, ALNUM + "-_", 43)
    return rs(rng, HEX, 32)


def token(rng, ctx, variant=None):
    k = variant or rng.choice(["jwt", "ghp", "hex", "ya29", "sess", "gift"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rs(rng, ALNUM + "-_", rng.randint(30, 60)) + "." + rs(rng, ALNUM + "-_", 43)
    if k == "ghp":
        return rng.choice(["ghp_", "glpat-", "github_pat_"]) + rs(rng, ALNUM, 36)
    if k == "hex":
        return rs(rng, HEX, rng.choice([32, 40, 64]))
    if k == "ya29":
        return "ya29.a0" + rs(rng, ALNUM + "-_", 60)
    if k == "gift":
        v = rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16)
        return rng.choice([group(v, [4, 4, 4, 4], "-"), group(v, [4, 4, 4, 4], " "), v[:12]])
    return rng.choice(["sess_", "s%3A", "SID="[:0]]) + rs(rng, ALNUM, 32)


def ip(rng, ctx, variant=None):
    r = rng.random()
    if r < .35:
        return f"192.168.{rng.choice([0, 1, 1, 2, 178])}.{rng.randint(2, 254)}"
    if r < .45:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if r < .9:
        return f"{rng.choice([77, 81, 84, 87, 94, 109, 145, 178, 212, 213, 62, 86, 92])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return "2a02:" + ":".join(rs(rng, HEX, 4) for _ in range(3)) + "::" + rs(rng, HEX, rng.randint(1, 4))


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def _lk(lang):
    return "nl" if lang.startswith("nl") else ("fr" if lang.startswith("fr") else "en")


def dob(rng, ctx, variant=None):
    y, m, d = rng.randint(1941, 2009), rng.randint(1, 12), rng.randint(1, 28)
    lk = _lk(ctx["lang"])
    mn = MONTHS[lk][m - 1]
    opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}"]
    if lk == "en":
        opts += [f"{mn} {d}, {y}", f"{d} {mn} {y}", f"{m:02d}/{d:02d}/{y}" if ctx["lang"] == "en-us" else f"{d} {mn[:3]} {y}",
                 f"{d}th {mn} {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else f"{mn[:3]} {d} {y}"]
    else:
        opts += [f"{d} {mn} {y}", f"{d} {mn[:3]} {y}", f"{d} {mn} '{y % 100:02d}"]
    return rng.choice(opts)


def custno(rng, ctx, variant=None):
    k = variant or rng.choice(["digits", "digits", "prefixed", "grouped", "sub", "smartcard"])
    if k == "ean":
        return rng.choice(["871", "541"]) + rs(rng, DIG, 15)
    if k == "smartcard":
        v = rs(rng, DIG, 12)
        return rng.choice([v, group(v, [4, 4, 4], " "), group(v, [4, 4, 4], "-")])
    if k == "prefixed":
        return rng.choice(["KL", "CU", "AB", "CLI", "ACC", "M", "SUB", "C"]) + rng.choice(["-", "", " "]) + rs(rng, DIG, rng.randint(6, 9))
    if k == "grouped":
        v = rs(rng, DIG, 10)
        return rng.choice([group(v, [4, 3, 3], " "), group(v, [3, 3, 4], "."), group(v, [4, 6], "-")])
    if k == "sub":
        return rs(rng, string.ascii_uppercase, 2) + rs(rng, DIG, 2) + rs(rng, UPALNUM, 6)
    return str(rng.randint(1, 9)) + rs(rng, DIG, rng.randint(6, 9))


STREETS_SUFFIX = ["", "", "", "", "a", "b", "-2", " A", "-bis", "c"]


def address(rng, ctx, variant=None):
    pl = ctx["pools"]
    lang = ctx["lang"]
    multiline = variant == "ml"
    sep = "\n" if multiline else rng.choice([", ", ", ", " ", " - ", ","])
    if lang == "nl":
        st, city = rng.choice(pl["street_nl"]), rng.choice(pl["city_nl"])
        num = f"{rng.randint(1, 240)}{rng.choice(STREETS_SUFFIX)}"
        pc = f"{rng.randint(1011, 9999)}" + rng.choice([" ", "", " "]) + rs(rng, "ABCEGHJKLMNPRTVWXZ", 2)
        r = rng.random()
        if r < .2 and not multiline:
            return f"{st} {num}"
        if r < .3:
            return f"{st} {num}{sep}{city}"
        return f"{st} {num}{sep}{pc} {city.upper() if rng.random() < .2 else city}"
    if lang in ("nl-be", "fr-be"):
        key = "street_be_nl" if lang == "nl-be" else "street_be_fr"
        st, city = rng.choice(pl[key]), rng.choice(pl["city_be"])
        num = str(rng.randint(1, 300))
        box = rng.choice(["", "", "", f" bus {rng.randint(1, 30)}", f"/{rng.randint(1, 12)}", f" boîte {rng.randint(1, 9)}" if lang == "fr-be" else f" b{rng.randint(1, 9)}"])
        pc = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9])}{rs(rng, DIG, 3)}"
        if lang == "fr-be" and rng.random() < .5:
            full = f"{num}{',' if rng.random() < .5 else ''} {st}{box}"
        else:
            full = f"{st} {num}{box}"
        if rng.random() < .2 and not multiline:
            return full
        return f"{full}{sep}{pc if rng.random() < .8 else 'B-' + pc} {city}"
    if lang == "en-gb":
        st, city = rng.choice(pl["street_uk"]), rng.choice(pl["city_uk"])
        pc = rs(rng, "ABCDEGHKLMNPRSTW", rng.choice([1, 2])) + str(rng.randint(1, 28)) + " " + str(rng.randint(1, 9)) + rs(rng, "ABDEFGHJLNPQRSTUWXYZ", 2)
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 20)}{sep}", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, "])
        return f"{flat}{rng.randint(1, 199)} {st}{sep}{city}{rng.choice([' ', sep])}{pc}"
    st, city = rng.choice(pl["street_us"]), rng.choice(pl["city_us"])
    apt = rng.choice(["", "", f" Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f", Unit {rng.randint(1, 300)}", f" #{rng.randint(2, 40)}"])
    c, stt = city
    return f"{rng.randint(10, 9999)} {st}{apt}{sep}{c}, {stt} {rs(rng, DIG, 5)}"


# ---------------------------------------------------------------- negatives
def amount(rng, ctx, variant=None):
    lang = ctx["lang"]
    v = rng.choice([4.99, 7.99, 8.99, 9.99, 11.99, 12.99, 13.99, 15.99, 17.99, 19.99, 22.49, 5.5, 29.95, 59.88, 119.88, 35, 60, 143.88])
    eu = f"{v:.2f}".replace(".", ",")
    if lang == "en-gb":
        return rng.choice([f"£{v:.2f}", f"£{v:.2f}", f"GBP {v:.2f}", f"{v:.2f} quid" if v < 20 else f"£{v:.0f}"])
    if lang == "en-us":
        return rng.choice([f"${v:.2f}", f"${v:.2f}", f"USD {v:.2f}", f"{v:.2f} dollars"])
    if lang == "fr-be":
        return rng.choice([f"{eu} €", f"{eu}€", f"€ {eu}", f"{eu} euros", f"{eu} EUR"])
    return rng.choice([f"€ {eu}", f"€{eu}", f"{eu} euro", f"EUR {eu}", f"€{v:.2f}", f"{eu} eur"])


def neg_date(rng, ctx, variant=None):
    y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    lk = _lk(ctx["lang"])
    mn = MONTHS[lk][m - 1]
    opts = [f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn}", f"{d} {mn} {y}"]
    if lk == "en":
        opts += [f"{mn} {d}", f"{mn} {d}, {y}", f"{d} {mn[:3]}"]
    if lk == "fr":
        opts += [f"le {d} {mn}"[3:]]
    return rng.choice(opts)


def neg_time(rng, ctx, variant=None):
    h, m = rng.randint(0, 23), rng.choice([0, 5, 15, 20, 30, 42, 45, 58])
    lk = _lk(ctx["lang"])
    if lk == "fr":
        return rng.choice([f"{h}h{m:02d}", f"{h}h", f"{h:02d}:{m:02d}"])
    if lk == "en":
        return rng.choice([f"{h:02d}:{m:02d}", f"{(h % 12) or 12}:{m:02d}{rng.choice(['pm', ' PM', 'am', ' a.m.'])}", f"{(h % 12) or 12}{rng.choice(['pm', 'am'])}"])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}u{m:02d}", f"{h} uur"])


def qty(rng, ctx, variant=None):
    lk = _lk(ctx["lang"])
    n = rng.randint(2, 6)
    if variant in ("months", "days"):
        uu = {"nl": {"months": ["maanden"], "days": ["dagen", "uur", "weken"]}, "fr": {"months": ["mois"], "days": ["jours", "heures", "semaines"]},
              "en": {"months": ["months"], "days": ["days", "hours", "weeks"]}}[lk][variant]
        n = rng.choice([3, 6, 12, 24]) if variant == "months" else n
        return f"{n} {rng.choice(uu)}"
    u = {"nl": ["schermen", "profielen", "apparaten", "streams", "gebruikers", "maanden", "accounts", "tv's"],
         "fr": ["écrans", "profils", "appareils", "mois", "utilisateurs", "comptes", "décodeurs"],
         "en": ["screens", "profiles", "devices", "streams", "months", "users", "accounts", "TVs"]}[lk]
    return f"{n} {rng.choice(u)}"


def pct(rng, ctx, variant=None):
    v = rng.choice([10, 15, 20, 25, 30, 50, 100, 12.5])
    s = f"{v}".replace(".", "," if not ctx["lang"].startswith("en") else ".")
    return rng.choice([f"{s}%", f"{s} %", f"{s}%"])


def year(rng, ctx, variant=None):
    return str(rng.randint(2012, 2025))


def order(rng, ctx, variant=None):
    return rng.choice([f"#{rng.randint(100000, 9999999)}", f"ORD-{rng.randint(2023, 2025)}-{rs(rng, DIG, 6)}",
                       f"{rs(rng, string.ascii_uppercase, 2)}{rs(rng, DIG, 9)}", f"{rs(rng, DIG, 3)}-{rs(rng, DIG, 7)}-{rs(rng, DIG, 7)}",
                       f"B{rs(rng, DIG, 8)}"])


def ticket(rng, ctx, variant=None):
    return rng.choice([f"#{rs(rng, DIG, 7)}", f"CS-{rs(rng, DIG, 7)}", f"SR-{rs(rng, DIG, 8)}", f"INC{rs(rng, DIG, 7)}",
                       f"{rng.randint(2024, 2025)}{rs(rng, DIG, 4)}-{rs(rng, DIG, 4)}", f"CASE-{rs(rng, UPALNUM, 6)}",
                       f"{rs(rng, DIG, 8)}", f"DSP-{rs(rng, DIG, 6)}"])


def invoice(rng, ctx, variant=None):
    return rng.choice([f"F{rng.randint(2024, 2025)}-{rs(rng, DIG, 6)}", f"INV-{rs(rng, DIG, 6)}", f"{rng.randint(2024, 2025)}{rs(rng, DIG, 7)}",
                       f"FA{rs(rng, DIG, 8)}", f"{rs(rng, DIG, 4)}/{rs(rng, DIG, 5)}"])


def tracking(rng, ctx, variant=None):
    return rng.choice(["3S" + rs(rng, string.ascii_uppercase, 4) + rs(rng, DIG, 7), "1Z" + rs(rng, UPALNUM, 6) + rs(rng, DIG, 10),
                       "JVGL" + rs(rng, DIG, 14), rs(rng, string.ascii_uppercase, 2) + rs(rng, DIG, 9) + rng.choice(["NL", "BE", "GB"]),
                       "CD" + rs(rng, DIG, 9) + "BE"])


def reqid(rng, ctx, variant=None):
    return rng.choice(["-".join([rs(rng, HEX, 8), rs(rng, HEX, 4), "4" + rs(rng, HEX, 3), rs(rng, "89ab", 1) + rs(rng, HEX, 3), rs(rng, HEX, 12)]),
                       "req_" + rs(rng, HEX, 16), rs(rng, UPALNUM, 10), "X-" + rs(rng, HEX, 12)])


def err(rng, ctx, variant=None):
    return rng.choice([f"NW-{rng.randint(1, 6)}-{rng.randint(1, 20)}", f"UI-{rng.randint(100, 899)}", f"E{rng.randint(100, 999)}",
                       f"tvq-pm-{rng.randint(100, 999)}", f"0x{rs(rng, HEX.upper(), 8)}", f"H7{rs(rng, DIG, 3)}-{rs(rng, DIG, 4)}-{rs(rng, DIG, 8)}",
                       f"ERR_{rng.choice(['DRM', 'NETWORK', 'PLAYBACK', 'AUTH'])}_{rng.randint(1, 99)}", f"{rng.randint(400, 503)}",
                       f"CE-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}", f"S{rng.randint(1000, 9999)}", f"83-{rng.randint(10, 99)}"])


def version(rng, ctx, variant=None):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}", f"{rng.randint(7, 9)}.{rng.randint(100, 140)}.{rng.randint(0, 3)}",
                       f"{rng.randint(1, 25)}.{rng.randint(0, 9)}.{rng.randint(0, 99)} (build {rng.randint(1000, 99999)})",
                       f"{rng.randint(10, 17)}.{rng.randint(0, 6)}", f"{rng.randint(3, 12)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}.{rng.randint(0, 99)}"])


def model(rng, ctx, variant=None):
    return rng.choice([f"UE{rng.choice([43, 50, 55, 65])}{rng.choice(['CU', 'TU', 'AU', 'BU'])}{rng.randint(7000, 8599)}",
                       f"KD-{rng.choice([43, 55, 65])}X{rng.randint(75, 95)}K", f"CFI-{rng.randint(1000, 2099)}{rng.choice('AB')}",
                       f"OLED{rng.choice([48, 55, 65])}C{rng.randint(1, 4)}", f"EOS-{rng.randint(1000, 1999)}C", f"DCX{rng.randint(900, 999)}",
                       f"VIP{rng.randint(4000, 7999)}", f"GZ-{rng.randint(100, 999)}", f"A{rng.randint(1500, 2999)}",
                       f"{rng.choice([32, 43, 55])}PUS{rng.randint(7000, 8999)}/12", f"TL{rng.randint(1000, 9999)}"])


def product(rng, ctx, variant=None):
    return rng.choice([f"SKU {rs(rng, DIG, 3)}-{rs(rng, DIG, 4)}", f"PRD-{rng.choice(['PREM', 'FAM', 'STD', 'KIDS', 'BAS'])}-{rng.randint(1, 12):02d}",
                       f"FAM-{rng.randint(2, 6):02d}", f"{rng.choice(['GIFT', 'GC'])}{rng.choice([12, 3, 6])}M-{rng.choice(['NL', 'BE', 'UK', 'US'])}",
                       f"art. {rs(rng, DIG, 6)}", f"PKG_{rng.choice(['SPORT', 'CINEMA', 'KIDS', 'FAMILY'])}_{rng.randint(1, 9)}"])


def flight(rng, ctx, variant=None):
    return rng.choice(["KL", "SN", "HV", "FR", "BA", "U2", "TB", "AF", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def cphone(rng, ctx, variant=None):
    lang = ctx["lang"]
    if lang == "nl":
        return rng.choice([f"0900-{rs(rng, DIG, 4)}", f"0900 {rs(rng, DIG, 4)}", f"088 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}",
                           f"0800-{rs(rng, DIG, 4)}", f"088-{rs(rng, DIG, 7)}", f"0800 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {rs(rng, DIG, 2)} {rs(rng, DIG, 2)} {rs(rng, DIG, 2)}", f"0800 {rs(rng, DIG, 2)} {rs(rng, DIG, 3)}",
                           f"070 {rs(rng, DIG, 2)} {rs(rng, DIG, 2)} {rs(rng, DIG, 2)}", f"078/{rs(rng, DIG, 2)}.{rs(rng, DIG, 2)}.{rs(rng, DIG, 2)}",
                           f"+32 78 {rs(rng, DIG, 2)} {rs(rng, DIG, 2)} {rs(rng, DIG, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0800 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}", f"0330 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}",
                           f"0345 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}", f"0808 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}"])
    return rng.choice([f"1-800-{rs(rng, DIG, 3)}-{rs(rng, DIG, 4)}", f"1 (888) {rs(rng, DIG, 3)}-{rs(rng, DIG, 4)}",
                       f"(877) {rs(rng, DIG, 3)}-{rs(rng, DIG, 4)}", f"1-866-{rs(rng, DIG, 3)}-{rs(rng, DIG, 4)}"])


def companyreg(rng, ctx, variant=None):
    lang = ctx["lang"]
    if lang == "nl":
        return rng.choice([rs(rng, DIG, 8), f"NL{rs(rng, DIG, 9)}B0{rng.randint(1, 9)}", f"NL {rs(rng, DIG, 4)}.{rs(rng, DIG, 2)}.{rs(rng, DIG, 3)}.B01"])
    if lang in ("nl-be", "fr-be"):
        d = "0" + rs(rng, DIG, 9)
        return rng.choice([f"{d[:4]}.{d[4:7]}.{d[7:]}", f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}", d])
    if lang == "en-gb":
        return rng.choice([rs(rng, DIG, 8), f"GB {rs(rng, DIG, 3)} {rs(rng, DIG, 4)} {rs(rng, DIG, 2)}", f"SC{rs(rng, DIG, 6)}"])
    return rng.choice([f"{rs(rng, DIG, 2)}-{rs(rng, DIG, 7)}", f"{rs(rng, DIG, 3)} {rs(rng, DIG, 3)} {rs(rng, DIG, 3)}"])


def url(rng, ctx, variant=None):
    b = ctx["brand_slug"]
    tld = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "co.uk", "en-us": "com"}[ctx["lang"]]
    path = rng.choice(["/help", "/activate", "/account/profielen", "/klantenservice", "/tv", "/gift", "/redeem", "/mijn-account",
                       "/help/article/4821", "/support/family-plan", "/parental-controls", "/betalen", "/annuleren", "/fr/aide", "/status"])
    return rng.choice([f"https://www.{b}.{tld}{path}", f"{b}.{tld}{path}", f"https://{b}.{tld}{path}", f"www.{b}.{tld}",
                       f"https://help.{b}.com{path}", f"{b}.com/tv"])


def mention(rng, ctx, variant=None):
    return "@" + rng.choice(ctx["pools"]["mention_pool"]).format(b=ctx["brand_handle"])


def hashtag(rng, ctx, variant=None):
    return "#" + rng.choice(ctx["pools"]["hashtags"])


def masked(rng, ctx, variant=None):
    d4 = rs(rng, DIG, 4)
    return rng.choice([f"****{d4}", f"**** **** **** {d4}", f"xxxx-xxxx-xxxx-{d4}", f"NL** **** **** {rs(rng, DIG, 4)} {rs(rng, DIG, 2)}",
                       f"BE** **** **** {rs(rng, DIG, 2)}{rs(rng, DIG, 2)}", f"•••• {d4}", f"XXXXXX{rs(rng, DIG, 3)}", f"06-****{rs(rng, DIG, 4)}",
                       f"{ctx['persona']['first'][0].lower()}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"*******{rs(rng, DIG, 2)}"])


def meter(rng, ctx, variant=None):
    return rng.choice([f"{rng.randint(1000, 99999)} kWh", f"{rng.randint(100, 9999)},{rng.randint(0, 999):03d} m³", f"{rng.randint(10000, 99999)}"])


def port(rng, ctx, variant=None):
    return str(rng.choice([8080, 443, 1900, 554, 8008, 8009, 3478, 5353, 32400, 9000, 1935]))


def checksum(rng, ctx, variant=None):
    return rng.choice([rs(rng, HEX, 64), rs(rng, HEX, 32), rs(rng, HEX.upper(), 8), rs(rng, HEX, 40)])


# name -> (category, label, function)
SPAN = {"password": ("span", "password", password), "pin": ("span", "pin", pin), "puk": ("span", "puk", puk),
        "otp": ("span", "otp", otp), "wifi_key": ("span", "wifi_key", wifi_key), "username": ("span", "username", username),
        "api_key": ("span", "api_key", api_key), "token": ("span", "token", token), "card": ("span", "card", card),
        "cvv": ("span", "cvv", cvv), "iban": ("span", "iban", iban), "bsn": ("span", "bsn", bsn), "rrn": ("span", "bsn", rrn),
        "email": ("span", "email", email), "phone": ("span", "phone", phone), "address": ("span", "address", address),
        "dob": ("span", "date_of_birth", dob), "custno": ("span", "customer_number", custno), "expiry": ("span", "card_expiry", expiry),
        "ip": ("span", "ip_address", ip)}
NEG = {"date": ("neg", "date", neg_date), "time": ("neg", "time", neg_time), "amount": ("neg", "amount", amount),
       "qty": ("neg", "quantity", qty), "pct": ("neg", "percentage", pct), "year": ("neg", "year", year),
       "order": ("neg", "order_number", order), "ticket": ("neg", "ticket_number", ticket), "invoice": ("neg", "invoice_number", invoice),
       "tracking": ("neg", "tracking_number", tracking), "reqid": ("neg", "request_id", reqid), "err": ("neg", "error_code", err),
       "version": ("neg", "version_string", version), "model": ("neg", "model_number", model), "product": ("neg", "product_code", product),
       "flight": ("neg", "flight_number", flight), "cphone": ("neg", "company_phone", cphone), "kvk": ("neg", "company_registration", companyreg),
       "url": ("neg", "url", url), "mention": ("neg", "mention", mention), "hashtag": ("neg", "hashtag", hashtag),
       "masked": ("neg", "masked_value", masked), "meter": ("neg", "meter_reading", meter), "port": ("neg", "port", port),
       "checksum": ("neg", "checksum", checksum)}
GEN = {**SPAN, **NEG}
