"""Value generators for the blind58 corpus (standard library only).

Every generator takes (rng, ctx) where ctx is a dict with at least 'lang',
'country' (nl, be, fr, gb, us) and 'pools' (the half's filler pools), and
returns the value text.  Check-digit helpers are also used by the self-check.
"""
import string

DIGITS = string.digits


# ---------------------------------------------------------------- checksums
def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    if len(d) < 12:
        return False
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in DIGITS:
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(s: str) -> bool:
    s = "".join(s.split()).upper().replace("-", "").replace(".", "")
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- helpers
def rd(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def group_every(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- high risk
def card(rng, ctx):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "maestro"])
    if kind == "visa":
        num = luhn_complete("4" + rd(rng, 14))
    elif kind == "mc":
        num = luhn_complete(str(rng.randint(51, 55)) + rd(rng, 13))
    elif kind == "mc2":
        num = luhn_complete(str(rng.randint(2221, 2720)) + rd(rng, 11))
    elif kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + rd(rng, 12))
        fmt = rng.random()
        if fmt < 0.5:
            return group(num, [4, 6, 5])
        if fmt < 0.7:
            return group(num, [4, 6, 5], "-")
        return num
    else:
        num = luhn_complete("6759" + rd(rng, 11))
    f = rng.random()
    if f < 0.45:
        return group_every(num, 4)
    if f < 0.6:
        return group_every(num, 4, "-")
    if f < 0.68:
        return group_every(num, 4, ".")
    if f < 0.75:
        return group_every(num, 4, "  ")
    return num


def cvv(rng, ctx):
    return rd(rng, 4) if rng.random() < 0.1 else rd(rng, 3)


def card_expiry(rng, ctx):
    m = rng.randint(1, 12)
    y = rng.randint(26, 32)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} / {y}",
                       f"{m}/{y}", f"{m:02d}{y}" if rng.random() < 0.2 else f"{m:02d}/{y}"])


def iban(rng, ctx):
    cc = ctx.get("iban_cc") or {"nl": "NL", "be": "BE", "fr": "FR", "gb": "GB", "us": "NL"}[ctx["country"]]
    if rng.random() < 0.12:
        cc = rng.choice(["DE", "NL", "BE", "FR", "ES", "LU"])
    if cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + rd(rng, 10)
    elif cc == "BE":
        b = str(rng.randint(1, 9)) + rd(rng, 9)
        chk = int(b) % 97 or 97
        bban = b + f"{chk:02d}"
    elif cc == "FR":
        bban = rd(rng, 10) + rd(rng, 11) + rd(rng, 2)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rd(rng, 14)
    elif cc == "DE":
        bban = rd(rng, 18)
    elif cc == "ES":
        bban = rd(rng, 20)
    else:  # LU
        bban = rd(rng, 3) + rd(rng, 13)
    s = iban_make(cc, bban)
    f = rng.random()
    if f < 0.5:
        s = group_every(s, 4)
    elif f < 0.6:
        s = group_every(s, 4).lower()
    elif f < 0.65:
        s = s.lower()
    return s


def bsn(rng, ctx):
    if ctx["country"] == "be" or ctx.get("want_rrn"):
        return rrn(rng, ctx)
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            break
    f = rng.random()
    if f < 0.2:
        return group(s, [3, 3, 3], ".")
    if f < 0.3:
        return group(s, [3, 3, 3])
    if f < 0.38:
        return group(s, [4, 2, 3], ".")
    return s


def rrn(rng, ctx):
    y = rng.randint(1950, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    chk = 97 - n % 97
    s = base + f"{chk:02d}"
    f = rng.random()
    if f < 0.45:
        return f"{s[0:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:11]}"
    if f < 0.6:
        return f"{s[0:6]}-{s[6:9]}-{s[9:11]}"
    if f < 0.7:
        return f"{s[0:6]} {s[6:9]} {s[9:11]}"
    return s


PW_WORDS = ["Zomer", "Voetbal", "Ajax", "Festival", "Lowlands", "Pinkpop", "Gym", "Tomorrow", "Paris",
            "Chelsea", "Bruxelles", "Kat", "Hond", "Mickey", "Oranje", "Summer", "Concert", "Netflix",
            "Bowie", "Beyonce", "Rock", "Anvers", "Merel", "Tijger", "Soleil", "Liverpool", "Kerst"]


def password(rng, ctx):
    f = rng.random()
    if f < 0.35:
        return rng.choice(PW_WORDS) + rng.choice(["", "!", "#", "_", "."]) + str(rng.randint(1, 2026)) + rng.choice(["", "!", "?", "$"])
    if f < 0.55:
        chars = string.ascii_letters + string.digits + "!@#%&*?-_"
        return "".join(rng.choice(chars) for _ in range(rng.randint(10, 16)))
    if f < 0.7:
        return rng.choice(PW_WORDS).lower() + rd(rng, rng.randint(2, 4))
    if f < 0.82:
        w = [rng.choice(PW_WORDS).lower() for _ in range(3)]
        return rng.choice(["-", ".", ""]).join(w) + rd(rng, 1)
    if f < 0.92:
        return rng.choice(PW_WORDS)[0] + rng.choice(["@", "3", "0"]) + rng.choice(PW_WORDS)[1:].lower() + rd(rng, 2) + "!"
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(6)) + rd(rng, 3)


def pin(rng, ctx):
    return rd(rng, rng.choice([4, 4, 4, 5, 6]))


def pin4(rng, ctx):
    return rd(rng, 4)


def puk(rng, ctx):
    s = rd(rng, 8)
    return s if rng.random() < 0.8 else group(s, [4, 4])


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, ctx):
    s = rd(rng, rng.choice([6, 6, 6, 4, 5, 8]))
    f = rng.random()
    if f < 0.12 and len(s) == 6:
        return s[:3] + " " + s[3:]
    if f < 0.17 and len(s) == 6:
        return s[:3] + "-" + s[3:]
    if f < 0.22:
        return "G-" + rd(rng, 6)
    return s


def otp_words(rng, ctx):
    lang = ctx["lang"][:2]
    words = NUMWORDS["nl" if lang == "nl" else "fr" if lang == "fr" else "en"]
    n = rng.choice([4, 6, 6])
    ws = [words[rng.randint(0, 9)] for _ in range(n)]
    if lang == "en" and rng.random() < 0.3:
        ws = [("oh" if w == "zero" else w) for w in ws]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(ws)


def wifi_key(rng, ctx):
    f = rng.random()
    if f < 0.4:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([10, 12, 16])))
    if f < 0.7:
        return rng.choice(PW_WORDS).lower() + rd(rng, 4) + rng.choice(["!", "", "#"])
    return "".join(rng.choice("abcdef0123456789") for _ in range(rng.choice([10, 13, 26])))


def username(rng, ctx):
    fn = rng.choice(ctx["pools"]["first"]).lower()
    ln = rng.choice(ctx["pools"]["last"]).lower().replace(" ", "").replace("'", "")
    f = rng.random()
    if f < 0.3:
        return f"{fn}{ln[:1]}{rng.randint(70, 2009)}"
    if f < 0.5:
        return f"{fn}.{ln}"
    if f < 0.65:
        return f"{fn}_{rng.choice(['gamer', 'xx', 'music', 'fit', 'nl', 'be', 'uk'])}{rd(rng, 2)}"
    if f < 0.8:
        return f"{ln}{fn[:2]}"
    return f"{fn[0].upper()}{ln.capitalize()}{rd(rng, 3)}"


def api_key(rng, ctx):
    al = string.ascii_letters + string.digits
    f = rng.random()
    if f < 0.2:
        return "sk_live_" + "".join(rng.choice(al) for _ in range(24))
    if f < 0.35:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if f < 0.45:
        return "".join(rng.choice(al + "/+") for _ in range(40))
    if f < 0.6:
        return "AIza" + "".join(rng.choice(al + "-_") for _ in range(35))
    if f < 0.75:
        return "pk_" + rng.choice(["live", "test"]) + "_" + "".join(rng.choice(al) for _ in range(24))
    if f < 0.88:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return "SG." + "".join(rng.choice(al) for _ in range(22)) + "." + "".join(rng.choice(al) for _ in range(20))


def token(rng, ctx):
    al = string.ascii_letters + string.digits
    f = rng.random()
    if f < 0.3:
        b = lambda n: "".join(rng.choice(al + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b(rng.randint(30, 50)) + "." + b(43)
    if f < 0.5:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if f < 0.65:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if f < 0.8:
        return "".join(rng.choice(al) for _ in range(rng.randint(28, 44)))
    return "ya29." + "".join(rng.choice(al + "-_") for _ in range(40))


def ip_address(rng, ctx):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(4)) + "::" + f"{rng.randint(1, 65535):x}"
    return ".".join(str(x) for x in [rng.choice([81, 84, 94, 145, 178, 185, 193, 212, 31, 62, 77, 86, 109]),
                                      rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)])


# ---------------------------------------------------------------- other PII
def _mail_local(rng, ctx):
    fn = rng.choice(ctx["pools"]["first"]).lower()
    ln = rng.choice(ctx["pools"]["last"]).lower().replace(" ", "").replace("'", "")
    return rng.choice([f"{fn}.{ln}", f"{fn}{ln}", f"{fn[0]}.{ln}", f"{fn}{rd(rng, 2)}", f"{ln}.{fn}",
                       f"{fn}_{ln}{rd(rng, 2)}"])


def email(rng, ctx):
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "home.nl"],
           "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
           "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr", "sfr.fr"],
           "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
           "us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "outlook.com", "comcast.net"]}[ctx["country"]]
    s = _mail_local(rng, ctx) + "@" + rng.choice(dom)
    return s if rng.random() > 0.07 else s.replace("@", " @ ") if rng.random() < 0.3 else s


def phone(rng, ctx):
    c = ctx["country"]
    f = rng.random()
    if c == "nl":
        if rng.random() < 0.8:
            m = "6" + rd(rng, 8)
            return rng.choice([f"0{m}", f"0{m[0]}-{m[1:]}", f"+31 {m[0]} {m[1:5]} {m[5:]}", f"+31{m}",
                               f"0031{m}", f"0{m[0]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+31 (0){m[0]} {m[1:]}",
                               f"06 - {m[1:5]} {m[5:]}"])
        a = rng.choice(["20", "10", "30", "70", "40", "50", "73", "24"])
        r = rd(rng, 7)
        return rng.choice([f"0{a}-{r}", f"0{a} {r[:3]} {r[3:]}", f"+31 {a} {r}", f"(0{a}) {r}"])
    if c == "be":
        if f < 0.75:
            m = rng.choice(["470", "472", "475", "477", "478", "484", "486", "494", "496", "499"]) + rd(rng, 6)
            return rng.choice([f"0{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"0{m[:3]}/{m[3:5]}.{m[5:7]}.{m[7:]}",
                               f"+32 {m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+32{m}", f"0{m}", f"0032 {m[:3]} {m[3:]}",
                               f"0{m[:3]}/{m[3:]}"])
        r = rd(rng, 7)
        a = rng.choice(["2", "3", "9", "4"])
        return rng.choice([f"0{a}/{r[:3]}.{r[3:5]}.{r[5:]}", f"0{a} {r[:3]} {r[3:5]} {r[5:]}", f"+32 {a} {r[:3]} {r[3:5]} {r[5:]}"])
    if c == "fr":
        m = rng.choice(["6", "7"]) + rd(rng, 8)
        return rng.choice([f"0{m[0]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"0{m[0]}.{m[1:3]}.{m[3:5]}.{m[5:7]}.{m[7:]}",
                           f"+33 {m[0]} {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+33{m}", f"0{m}"])
    if c == "gb":
        m = rng.choice(["7700", "7911", "7456", "7723", "7828", "7400"]) + rd(rng, 6)
        if f < 0.75:
            return rng.choice([f"0{m[:4]} {m[4:]}", f"0{m}", f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}",
                               f"0{m[:4]} {m[4:7]} {m[7:]}", f"+447{m[1:]}"])
        r = rd(rng, 7)
        return rng.choice([f"020 {r[:4]} {r[4:]}8", f"0161 {r[:3]} {r[3:]}", f"0113 {r[:3]} {r[3:]}"])
    a = rng.choice(["415", "212", "646", "312", "512", "617", "206", "303", "404"])
    n = str(rng.randint(200, 999)) + rd(rng, 4)
    return rng.choice([f"({a}) {n[:3]}-{n[3:]}", f"{a}-{n[:3]}-{n[3:]}", f"+1 {a} {n[:3]} {n[3:]}", f"{a}.{n[:3]}.{n[3:]}",
                       f"1-{a}-{n[:3]}-{n[3:]}", f"{a}{n}", f"+1 ({a}) {n[:3]}-{n[3:]}"])


def address(rng, ctx):
    c = ctx["country"]
    P = ctx["pools"]
    nr = str(rng.randint(1, 240))
    if c == "nl":
        st = rng.choice(P["street_nl"])
        nr2 = nr + rng.choice(["", "", "", "A", "-2", " bis", "-II", "B", " hs"])
        pc = f"{rng.randint(1011, 9999)} {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
        if rng.random() < 0.3:
            pc = pc.replace(" ", "")
        city = rng.choice(P["city_nl"])
        return rng.choice([f"{st} {nr2}", f"{st} {nr2}, {pc} {city}", f"{st} {nr2} {pc} {city}", f"{st} {nr2}, {city}",
                           f"{st.lower()} {nr2} {pc.lower()} {city.lower()}"])
    if c == "be":
        st = rng.choice(P["street_be"])
        pc = str(rng.randint(1000, 9992))
        city = rng.choice(P["city_be"])
        bus = rng.choice(["", "", "", " bus 3", "/2", " bte 12", " b1"])
        return rng.choice([f"{st} {nr}{bus}, {pc} {city}", f"{st} {nr}{bus}", f"{st} {nr}{bus} {pc} {city}",
                           f"{st}, {nr}{bus} - {pc} {city}"])
    if c == "fr":
        st = rng.choice(P["street_fr"])
        pc = f"{rng.choice(['75', '69', '13', '59', '33', '31', '67', '44'])}{rd(rng, 3)}"
        city = rng.choice(P["city_fr"])
        return rng.choice([f"{nr} {st}, {pc} {city}", f"{nr}, {st} {pc} {city}", f"{nr} {st}",
                           f"{nr} bis {st}, {pc} {city.upper()}"])
    if c == "gb":
        st = rng.choice(P["street_gb"])
        pc = rng.choice(["SW1A", "M14", "LS6", "BS8", "EH3", "N16", "E8", "CF10", "B15", "NE6"]) + " " + str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        city = rng.choice(P["city_gb"])
        flat = rng.choice(["", "", "Flat 2, ", "Flat 14b, ", "Apartment 7, "])
        return rng.choice([f"{flat}{nr} {st}, {city} {pc}", f"{flat}{nr} {st}, {city}, {pc}", f"{nr} {st}",
                           f"{flat}{nr} {st} {pc}"])
    st = rng.choice(P["street_us"])
    city, state = rng.choice(P["city_us"])
    z = rd(rng, 5)
    apt = rng.choice(["", "", ", Apt 4B", " Apt. 12", " #305", ", Unit 9"])
    return rng.choice([f"{rng.randint(100, 9899)} {st}{apt}, {city}, {state} {z}", f"{rng.randint(100, 9899)} {st}{apt}",
                       f"{rng.randint(100, 9899)} {st}{apt} {city} {state} {z}"])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _date_fmt(rng, ctx, y, m, d):
    l = ctx["lang"][:2]
    l = "en" if l == "en" else l
    us = ctx["lang"] == "en-us"
    f = rng.random()
    if f < 0.35:
        return f"{m:02d}/{d:02d}/{y}" if us else rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}"])
    if f < 0.7:
        mn = MONTHS[l][m - 1]
        if l == "en":
            return f"{mn} {d}, {y}" if us else rng.choice([f"{d} {mn} {y}", f"{d}th {mn} {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20) else f"{d} {mn[:3]} {y}"])
        return f"{d} {mn} {y}" if rng.random() < 0.8 else f"{d} {mn[:3]}. {y}"
    if f < 0.85:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{m}/{d}/{str(y)[2:]}" if us else f"{d}-{m}-{str(y)[2:]}"


def date_of_birth(rng, ctx):
    return _date_fmt(rng, ctx, rng.randint(1944, 2007), rng.randint(1, 12), rng.randint(1, 28))


def customer_number(rng, ctx):
    f = rng.random()
    if f < 0.25:
        return rd(rng, rng.choice([7, 8, 9, 10]))
    if f < 0.4:
        return rng.choice(["LID", "M", "MB", "ABO", "D", "K", "CUST", "SUB", "DON"]) + rng.choice(["", "-", ""]) + rd(rng, rng.choice([6, 7, 8]))
    if f < 0.5:
        return rd(rng, 3) + "-" + rd(rng, 3) + "-" + rd(rng, 3)
    if f < 0.6:
        return rng.choice(["NL", "BE", "GB", "US", "FR"]) + rd(rng, 9)
    if f < 0.7:
        return "MND" + rd(rng, 4) + "-" + rd(rng, 6)
    if f < 0.8:
        return rd(rng, 4) + " " + rd(rng, 4) + " " + rd(rng, 2)
    if f < 0.9:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
    return "1" + rd(rng, 11)


# ---------------------------------------------------------------- negatives
def neg_date(rng, ctx):
    return _date_fmt(rng, ctx, rng.choice([2025, 2026, 2027]), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.6 else (
        lambda d, m: (f"{d} {MONTHS[ctx['lang'][:2] if ctx['lang'][:2] != 'en' else 'en'][m - 1]}" if ctx['lang'][:2] != "en" else f"{MONTHS['en'][m - 1]} {d}")
    )(rng.randint(1, 28), rng.randint(1, 12))


def neg_time(rng, ctx):
    h, m = rng.randint(8, 23), rng.choice([0, 15, 30, 45, 5, 20])
    l = ctx["lang"]
    if l == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}"])
    if l.startswith("nl"):
        return rng.choice([f"{h}:{m:02d}", f"{h}.{m:02d}", f"{h}.{m:02d} uur", f"{h}u{m:02d}" if m else f"{h}u"])
    if l == "fr-be":
        return rng.choice([f"{h}h{m:02d}" if m else f"{h}h", f"{h}:{m:02d}"])
    return rng.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}pm" if h >= 12 else f"{h}.{m:02d}am"])


def amount(rng, ctx):
    e, c = rng.randint(4, 420), rng.choice([0, 50, 95, 99, 45, 25])
    l = ctx["lang"]
    if l == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"{e}.{c:02d} GBP", f"€{e}.{c:02d}"])
    if l == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"{e} EUR", f"€{e},-", f"{e},{c:02d} €", f"EUR {e},{c:02d}"])


def quantity(rng, ctx):
    n = rng.randint(2, 8)
    l = ctx["lang"][:2]
    w = {"nl": ["tickets", "kaarten", "kaartjes", "personen", "stuks"], "fr": ["billets", "places", "personnes"],
         "en": ["tickets", "seats", "passes", "people"]}[l]
    return f"{n} {rng.choice(w)}" if rng.random() < 0.8 else f"{n}x"


def days(rng, ctx):
    n = rng.randint(2, 14)
    l = ctx["lang"]
    if l.startswith("nl"):
        return rng.choice([f"{n} werkdagen", f"{n} dagen", f"{n} weken"])
    if l == "fr-be":
        return rng.choice([f"{n} jours ouvrables", f"{n} jours", f"{n} semaines"])
    return rng.choice([f"{n} working days", f"{n} days", f"{n} weeks", f"{n}-{n + 2} business days"])


def percentage(rng, ctx):
    p = rng.choice([10, 15, 20, 25, 30, 50, 5, 12])
    return rng.choice([f"{p}%", f"{p} %", f"{p} procent" if ctx["lang"].startswith("nl") else f"{p}%"])


def year(rng, ctx):
    return str(rng.choice([2019, 2020, 2022, 2023, 2024, 2025, 2026]))


def order_number(rng, ctx):
    return rng.choice([f"{rng.choice(['TM', 'ORD', 'BST', 'WEB', 'CMD'])}-{rd(rng, 8)}", f"{rd(rng, 2)}-{rd(rng, 5)}/{rd(rng, 2)}",
                       f"{rd(rng, 9)}", f"{rng.choice(['A', 'B', 'Z'])}{rd(rng, 7)}", f"{rd(rng, 4)}-{rd(rng, 4)}-{rd(rng, 4)}"])


def barcode(rng, ctx):
    return rng.choice([rd(rng, 13), rd(rng, 16), group_every(rd(rng, 16), 4), rd(rng, 12)])


def ticket_number(rng, ctx):
    return rng.choice([f"#{rd(rng, 7)}", f"CASE-{rd(rng, 6)}", f"{rd(rng, 8)}", f"SR{rd(rng, 9)}", f"INC{rd(rng, 7)}",
                       f"K-{rd(rng, 4)}-{rd(rng, 5)}", f"{rng.choice(['REF', 'DOS'])}{rd(rng, 6)}"])


def invoice_number(rng, ctx):
    return rng.choice([f"F{rng.choice([2025, 2026])}-{rd(rng, 6)}", f"INV-{rd(rng, 7)}", f"{rng.choice([2025, 2026])}{rd(rng, 6)}",
                       f"FAC/{rd(rng, 4)}/{rd(rng, 5)}"])


def tracking_number(rng, ctx):
    return rng.choice(["3S" + "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + rd(rng, 9),
                       "1Z" + "".join(rng.choice(string.ascii_uppercase + DIGITS) for _ in range(16)),
                       "JVGL" + rd(rng, 16), "CD" + rd(rng, 9) + "BE", "RR" + rd(rng, 9) + "GB"])


def request_id(rng, ctx):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return rng.choice([f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}", f"req_{h(16)}", f"RID-{h(10).upper()}"])


def error_code(rng, ctx):
    return rng.choice([f"E-{rng.randint(100, 999)}", f"ERR_{rng.choice(['TICKET', 'PAYMENT', 'SESSION', 'DRM'])}_{rng.randint(400, 599)}",
                       f"0x{rng.randint(0x80000000, 0x8FFFFFFF):08X}", f"NW-{rng.randint(1, 9)}-{rng.randint(1, 99)}",
                       f"UI-{rng.randint(100, 199)}", f"CE-{rng.randint(10000, 99999)}-{rng.randint(0, 9)}", f"tvq-pb-{rng.randint(100, 199)}"])


def version_string(rng, ctx):
    return rng.choice([f"v{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}", f"{rng.randint(4, 19)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}",
                       f"{rng.randint(3, 9)}.{rng.randint(0, 99)}.{rng.randint(100, 9999)}"])


def model_number(rng, ctx):
    return rng.choice(ctx["pools"]["model"])


def product_code(rng, ctx):
    return rng.choice([f"SKU-{rd(rng, 6)}", f"GC-{rng.choice([25, 50, 100])}-{rng.choice(['NL', 'BE', 'UK'])}",
                       f"ART {rd(rng, 5)}", f"P{rd(rng, 4)}-{rng.choice(string.ascii_uppercase)}"])


def flight_number(rng, ctx):
    return rng.choice(["KL", "HV", "SN", "BA", "U2", "FR", "AF", "UA", "TB"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def company_phone(rng, ctx):
    return rng.choice(ctx["pools"]["cphone_" + ctx["country"]])


def company_registration(rng, ctx):
    c = ctx["country"]
    if c == "nl":
        return rng.choice([rd(rng, 8), f"NL{rd(rng, 9)}B01", f"NL {rd(rng, 9)} B01"])
    if c == "be":
        return rng.choice([f"0{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"BE 0{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 3)}", f"BE0{rd(rng, 9)}"])
    if c == "fr":
        return rng.choice([f"{rd(rng, 3)} {rd(rng, 3)} {rd(rng, 3)}", f"FR{rd(rng, 2)}{rd(rng, 9)}"])
    if c == "gb":
        return rng.choice([f"{rd(rng, 8)}", f"GB {rd(rng, 3)} {rd(rng, 4)} {rd(rng, 2)}"])
    return f"{rd(rng, 2)}-{rd(rng, 7)}"


def url(rng, ctx):
    return rng.choice(ctx["pools"]["url"])


def mention(rng, ctx):
    return rng.choice(ctx["pools"]["mention"])


def hashtag(rng, ctx):
    return rng.choice(ctx["pools"]["hashtag"])


def masked_value(rng, ctx):
    return rng.choice([f"****{rd(rng, 4)}", f"**** **** **** {rd(rng, 4)}", f"NL** **** **** **{rd(rng, 2)} {rd(rng, 2)}",
                       f"BE** **** **** {rd(rng, 2)}{rd(rng, 2)}", f"xxxx-xxxx-xxxx-{rd(rng, 4)}", f"06-****{rd(rng, 4)}",
                       f"•••• {rd(rng, 4)}", f"j***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}", f"+31 6 ** ** *{rd(rng, 1)} {rd(rng, 2)}",
                       f"XXXXXX{rd(rng, 3)}"])


def meter_reading(rng, ctx):
    return rng.choice([f"{rd(rng, 5)} kWh", f"{rng.randint(100, 9999)},{rd(rng, 3)} m³", f"{rd(rng, 6)}"])


def port(rng, ctx):
    return str(rng.choice([3074, 3478, 3479, 3480, 9308, 25565, 27015, 8080, 443, 1935]))


def checksum(rng, ctx):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))


SPAN_GENS = {
    "password": password, "pin": pin, "pin4": pin4, "puk": puk, "otp": otp, "otp_words": otp_words, "wifi_key": wifi_key,
    "username": username, "api_key": api_key, "token": token, "card": card, "cvv": cvv, "iban": iban,
    "bsn": bsn, "rrn": rrn, "email": email, "phone": phone, "address": address, "date_of_birth": date_of_birth,
    "customer_number": customer_number, "card_expiry": card_expiry, "ip_address": ip_address,
}
# slot name -> span type (aliases)
SPAN_TYPE = {k: k for k in SPAN_GENS}
SPAN_TYPE.update({"pin4": "pin", "otp_words": "otp", "rrn": "bsn"})

NEG_GENS = {
    "date": neg_date, "time": neg_time, "amount": amount, "quantity": quantity, "days": days, "percentage": percentage, "year": year,
    "order_number": order_number, "barcode": barcode, "ticket_number": ticket_number, "invoice_number": invoice_number,
    "tracking_number": tracking_number, "request_id": request_id, "error_code": error_code,
    "version_string": version_string, "model_number": model_number, "product_code": product_code,
    "flight_number": flight_number, "company_phone": company_phone, "company_registration": company_registration,
    "url": url, "mention": mention, "hashtag": hashtag, "masked_value": masked_value, "meter_reading": meter_reading,
    "port": port, "checksum": checksum,
}
NEG_KIND = {k: k for k in NEG_GENS}
NEG_KIND.update({"barcode": "order_number", "days": "quantity"})
