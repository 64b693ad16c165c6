"""Value generators for labelled spans and hard negatives (stdlib only)."""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rd(rng, n, alphabet=DIG):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def chunks(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- checks
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


def iban_ok(s):
    s = "".join(s.split()).replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
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


def nrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return (97 - base % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- high risk
def card(ctx, v):
    rng = ctx.rng
    kind = v or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)), 16
    elif kind == "maestro":
        pre, ln = rng.choice(["6703", "6759", "5018"]), rng.choice([16, 19])
    else:
        pre, ln = "4", 16
    body = pre + rd(rng, ln - len(pre) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            num = body + c
            break
    ctx.last_card_kind = kind
    st = rng.random()
    if ln == 15:
        return group(num, [4, 6, 5], rng.choice([" ", " ", "-", ""]))
    if ln == 19:
        return group(num, [4, 4, 4, 4, 3], " ") if st < .6 else num
    if st < .55:
        return chunks(num, 4, " ")
    if st < .7:
        return chunks(num, 4, "-")
    if st < .8:
        return chunks(num, 4, "  ")
    return num


def cvv(ctx, v):
    return rd(ctx.rng, 4 if getattr(ctx, "last_card_kind", "") == "amex" else 3)


def card_expiry(ctx, v):
    rng = ctx.rng
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}",
                       f"{m:02d} / {y}", f"{m:02d}{y}", f"{m}/{y}"])


def _iban_build(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return f"{country}{98 - n % 97:02d}{bban}"


def iban(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    if v:
        cc = v.upper()
    elif lang == "nl":
        cc = rng.choice(["NL"] * 8 + ["BE", "DE"])
    elif lang in ("nl-be", "fr-be"):
        cc = rng.choice(["BE"] * 7 + ["NL", "FR", "LU"])
    elif lang == "en-gb":
        cc = rng.choice(["GB"] * 6 + ["NL", "IE", "DE"])
    else:
        cc = rng.choice(["NL", "DE", "FR", "GB", "ES", "BE"])
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + rd(rng, 10)
    elif cc == "BE":
        b = rd(rng, 10)
        k = int(b) % 97 or 97
        bban = b + f"{k:02d}"
    elif cc == "DE":
        bban = rd(rng, 18)
    elif cc == "FR":
        bban = rd(rng, 10) + rd(rng, 11, UPALNUM[:26] + DIG * 3) + rd(rng, 2)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ"]) + rd(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + rd(rng, 14)
    elif cc == "ES":
        bban = rd(rng, 20)
    else:  # LU
        bban = rd(rng, 3) + rd(rng, 13)
    s = _iban_build(cc, bban)
    st = rng.random()
    if st < .55:
        s = chunks(s, 4)
    elif st < .65:
        s = chunks(s, 4).lower()
    elif st < .72:
        s = s.lower()
    elif st < .78:
        s = chunks(s, 4, "-")
    return s


def bsn(ctx, v):
    rng = ctx.rng
    kind = v or ("nrn" if ctx.lang in ("nl-be", "fr-be") else "bsn")
    if kind == "bsn":
        while True:
            d = [rng.randint(0, 9) for _ in range(8)]
            d[0] = rng.randint(1, 6)
            tot = sum(d[i] * (9 - i) for i in range(8))
            last = tot % 11
            if last <= 9:
                s = "".join(map(str, d)) + str(last)
                break
        st = rng.random()
        if st < .6:
            return s
        if st < .8:
            return f"{s[:4]}.{s[4:6]}.{s[6:]}"
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    y = rng.randint(1950, 2006)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 998)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    num = int(base) if y < 2000 else int("2" + base)
    chk = 97 - num % 97
    s = base + f"{chk:02d}"
    st = rng.random()
    if st < .45:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if st < .7:
        return s
    if st < .85:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return f"{s[:6]}-{s[6:9]}-{s[9:]}"


def password(ctx, v):
    rng = ctx.rng
    w = rng.choice(ctx.pools["pwwords"])
    st = rng.random()
    if st < .3:
        return w.capitalize() + rd(rng, rng.choice([2, 3, 4])) + rng.choice("!?#$*")
    if st < .5:
        return rd(rng, rng.randint(9, 14), ALNUM + "!#%&*-_")
    if st < .65:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet + rng.choice(["_", "-", "."]) + rd(rng, 2)
    if st < .8:
        w2 = rng.choice(ctx.pools["pwwords"])
        return w.capitalize() + rng.choice(["", "-", "."]) + w2.capitalize() + rd(rng, 2)
    if st < .9:
        return rd(rng, 1, string.ascii_uppercase) + rd(rng, 5, string.ascii_lowercase) + rd(rng, 3) + rng.choice("!@#")
    return w + rd(rng, 4)


def pin(ctx, v):
    rng = ctx.rng
    n = int(v) if v and v.isdigit() else rng.choice([4, 4, 4, 5, 6])
    return rd(rng, n)


def puk(ctx, v):
    return rd(ctx.rng, 8)


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp(ctx, v):
    rng = ctx.rng
    n = rng.choice([6, 6, 6, 4, 5, 8])
    s = rd(rng, n)
    if v == "words":
        ws = NUMWORDS[ctx.lang]
        if ctx.lang == "en-gb" and rng.random() < .4:
            ws = ws[:]
            ws[0] = "oh"
        return rng.choice([" ", " ", "-", ", "]).join(ws[int(c)] for c in s[:6].ljust(6, "1"))
    st = rng.random()
    if n == 6 and st < .25:
        return s[:3] + rng.choice([" ", "-"]) + s[3:]
    if n == 6 and st < .32:
        return "G-" + s
    if v == "locker":
        return rng.choice([s, rd(rng, 6, UPALNUM[:26] + DIG * 2), s[:3] + " " + s[3:]])
    return s


def wifi_key(ctx, v):
    rng = ctx.rng
    st = rng.random()
    if st < .3:
        return rd(rng, rng.randint(12, 20), ALNUM)
    if st < .5:
        return rd(rng, 26, HEX).upper() if rng.random() < .5 else rd(rng, 26, HEX)
    if st < .75:
        a, b = rng.sample(ctx.pools["pwwords"], 2)
        return f"{a}-{b}-{rd(rng, 2)}"
    return rd(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + rd(rng, 4) + rd(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + rd(rng, 4)


def username(ctx, v):
    rng = ctx.rng
    f = ctx.memo_name[0].lower()
    l = ctx.memo_name[1].lower().replace(" ", "").replace("'", "")
    opts = [f"{f[0]}{l}{rd(rng, 2)}", f"{f}.{l[:1]}", f"{f}_{l}", f"{f.capitalize()}{l.capitalize()}{rd(rng, 4)}",
            f"{l}{f[0]}", f"{f}{rd(rng, 3)}", f"{f[:3]}{l[:3]}_{rd(rng, 2)}", f"{l}.{f}"]
    return rng.choice(opts)


def api_key(ctx, v):
    rng = ctx.rng
    k = v or rng.choice(["stripe", "stripe", "aws_id", "aws_secret", "google", "sendgrid", "hex", "mailchimp", "mollie"])
    if k == "stripe":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_", "pk_live_"]) + rd(rng, 24, ALNUM)
    if k == "aws_id":
        return "AKIA" + rd(rng, 16, UPALNUM)
    if k == "aws_secret":
        return rd(rng, 40, ALNUM + "/+")
    if k == "google":
        return "AIza" + rd(rng, 35, ALNUM + "-_")
    if k == "sendgrid":
        return "SG." + rd(rng, 22, ALNUM + "-_") + "." + rd(rng, 43, ALNUM + "-_")
    if k == "mailchimp":
        return rd(rng, 32, HEX) + "-us" + str(rng.randint(2, 21))
    if k == "mollie":
        return rng.choice(["live_", "test_"]) + rd(rng, 30, ALNUM)
    return rd(rng, 32, HEX)


def token(ctx, v):
    rng = ctx.rng
    k = v or rng.choice(["jwt", "jwt", "ghp", "hex", "slack", "ya29", "glpat", "session"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rd(rng, rng.randint(30, 60), ALNUM) + "." + rd(rng, 43, ALNUM + "-_")
    if k == "ghp":
        return "ghp_" + rd(rng, 36, ALNUM)
    if k == "slack":
        return "xoxb-" + rd(rng, 12) + "-" + rd(rng, 13) + "-" + rd(rng, 24, ALNUM)
    if k == "ya29":
        return "ya29." + rd(rng, 60, ALNUM + "-_")
    if k == "glpat":
        return "glpat-" + rd(rng, 20, ALNUM + "-_")
    if k == "session":
        return rd(rng, 26, string.ascii_lowercase + DIG)
    return rd(rng, rng.choice([32, 40, 64]), HEX)


# ---------------------------------------------------------------- other PII
def phone(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    kind = v or ("mobile" if rng.random() < .75 else "land")
    if lang == "nl":
        if kind == "mobile":
            s = rd(rng, 8)
            return rng.choice([f"06-{s}", f"06 {s}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+31 6 {s[:4]} {s[4:]}",
                               f"+316{s}", f"0031 6 {s}", f"06{s}", f"(06) {s[:3]} {s[3:6]} {s[6:]}", f"+31 (0)6 {s}"])
        a = rng.choice(["020", "010", "030", "050", "070", "040", "024", "043"])
        s = rd(rng, 7, "23456789")
        return rng.choice([f"{a}-{s}", f"{a} {s[:3]} {s[3:]}", f"+31 {a[1:]} {s}", f"({a}) {s}"])
    if lang in ("nl-be", "fr-be"):
        if kind == "mobile":
            p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "495", "496", "497", "498", "499"])
            s = rd(rng, 6)
            return rng.choice([f"0{p} {s[:2]} {s[2:4]} {s[4:]}", f"0{p}/{s[:2]}.{s[2:4]}.{s[4:]}", f"+32 {p} {s[:2]} {s[2:4]} {s[4:]}",
                               f"0032{p}{s}", f"0{p}{s}", f"0{p}/{s}", f"+32{p}{s}", f"0{p} {s[:3]} {s[3:]}"])
        a = rng.choice(["2", "3", "9", "4", "50", "16", "11", "10"])
        s = rd(rng, 8 - len(a), "23456789")
        return rng.choice([f"0{a} {s[:3]} {s[3:5]} {s[5:]}", f"0{a}/{s}", f"+32 {a} {s}", f"0{a}/{s[:3]}.{s[3:5]}.{s[5:]}"])
    if lang == "en-gb":
        if kind == "mobile":
            s = "7" + rd(rng, 9)
            return rng.choice([f"0{s[:4]} {s[4:]}", f"+44 {s[:4]} {s[4:]}", f"+44 (0){s[:4]} {s[4:7]} {s[7:]}", f"0{s}",
                               f"0{s[:4]}-{s[4:]}", f"+44{s}", f"0{s[:4]} {s[4:7]} {s[7:]}"])
        a = rng.choice(["20 7", "20 8", "161 4", "121 4", "113 4", "131 4", "117 4"])
        s = rd(rng, 7 if a.startswith("20") else 6)
        return rng.choice([f"0{a}{s[:3]} {s[3:]}", f"+44 {a}{s[:3]} {s[3:]}"])
    a = str(rng.randint(2, 9)) + rd(rng, 2)
    while a[0] == "8" and a[1] == a[2] or a in ("800", "900"):
        a = str(rng.randint(2, 9)) + rd(rng, 2)
    e = str(rng.randint(2, 9)) + rd(rng, 2)
    s = rd(rng, 4)
    return rng.choice([f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}", f"+1 {a} {e} {s}", f"1-{a}-{e}-{s}",
                       f"+1 ({a}) {e}-{s}", f"{a}{e}{s}", f"{a} {e} {s}"])


def email(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    f = ctx.memo_name[0].lower()
    l = ctx.memo_name[1].lower().replace(" ", "").replace("'", "")
    dom = {
        "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl", "planet.nl", "home.nl", "student.uva.nl"],
        "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "student.kuleuven.be", "ugent.be"],
        "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr", "student.uclouvain.be", "proximus.be"],
        "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "virginmedia.com", "ed.ac.uk"],
        "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "protonmail.com", "umich.edu"],
    }[lang]
    d = rng.choice(dom)
    local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{rd(rng, 2)}", f"{f}_{l}", f"{l}.{f}", f"{f}{rd(rng, 4)}",
                        f"{f[0]}{l}", f"{f}-{l}", f"{f}.{l[0]}"])
    if v == "work":
        d = rng.choice(ctx.pools["workdomains"])
    if v == "spoken":
        dd = d.split(".")
        if lang.startswith("fr"):
            return f"{local} arobase {dd[0]} point {'.'.join(dd[1:])}"
        if lang.startswith("nl"):
            return f"{local} apenstaartje {dd[0]} punt {'.'.join(dd[1:])}"
        return f"{local} at {dd[0]} dot {' dot '.join(dd[1:])}"
    if v == "bracket":
        return f"{local} [at] {d.replace('.', ' [dot] ')}"
    if rng.random() < .06:
        local = local.capitalize()
    return f"{local}@{d}"


def address(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    P = ctx.pools
    full = v != "street"
    if lang == "nl":
        st = rng.choice(P["street_nl"])
        no = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "b", "-2", " II", "A", "-bis", " hs"])
        pc = f"{rng.randint(1011, 9999)} {rd(rng, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
        if rng.random() < .2:
            pc = pc.replace(" ", "")
        city = rng.choice(P["city_nl"])
        if not full:
            return f"{st} {no}"
        return rng.choice([f"{st} {no}, {pc} {city}", f"{st} {no} {pc} {city}", f"{st} {no}, {pc}  {city.upper()}", f"{st} {no}, {city}"])
    if lang in ("nl-be", "fr-be"):
        key = "street_be_nl" if lang == "nl-be" else "street_be_fr"
        st = rng.choice(P[key])
        no = str(rng.randint(1, 180))
        bus = rng.choice(["", "", "", " bus 3", " bus 12", "/2", " b 4", " boîte 5"] if lang == "fr-be" else ["", "", "", " bus 3", " bus 101", "/2", " bus B"])
        pc = str(rng.randint(1000, 9992))
        city = rng.choice(P["city_be_nl" if lang == "nl-be" else "city_be_fr"])
        if lang == "fr-be" and rng.random() < .5:
            s = f"{no}{bus}, {st}"
            if not full:
                return s
            return f"{s}, {pc} {city}"
        if not full:
            return f"{st} {no}{bus}"
        return rng.choice([f"{st} {no}{bus}, {pc} {city}", f"{st} {no}{bus} {pc} {city}", f"{st} {no}{bus}, B-{pc} {city}"])
    if lang == "en-gb":
        st = rng.choice(P["street_gb"])
        no = str(rng.randint(1, 220))
        flat = rng.choice(["", "", "", "Flat 4, ", "Flat 2B, ", "Room 12, "])
        pc = rd(rng, 2, "ABCDEFGHKLMNPRSTWY") + str(rng.randint(1, 20)) + " " + str(rng.randint(1, 9)) + rd(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
        city = rng.choice(P["city_gb"])
        if not full:
            return f"{flat}{no} {st}"
        return rng.choice([f"{flat}{no} {st}, {city} {pc}", f"{flat}{no} {st}, {city}, {pc}", f"{no} {st} {city} {pc}"])
    st = rng.choice(P["street_us"])
    no = str(rng.randint(10, 9800))
    apt = rng.choice(["", "", "", " Apt 4B", ", Apt. 12", " #305", ", Unit 7"])
    cs = rng.choice(P["city_us"])
    z = rd(rng, 5)
    if not full:
        return f"{no} {st}{apt}"
    return rng.choice([f"{no} {st}{apt}, {cs} {z}", f"{no} {st}{apt}, {cs}, {z}", f"{no} {st}{apt} {cs} {z}"])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "nl-be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en-gb": "January February March April May June July August September October November December".split(),
    "en-us": "January February March April May June July August September October November December".split(),
}


def _date(rng, lang, y):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[lang][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{'th' if d > 3 and d < 21 else 'st'} {mn[:3]} {y}" if d in (1, 21) or 3 < d < 21 else f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])


def date_of_birth(ctx, v):
    return _date(ctx.rng, ctx.lang, ctx.rng.randint(1948, 2007))


def customer_number(ctx, v):
    rng = ctx.rng
    k = v or rng.choice(["plain", "plain", "prefixed", "grouped", "member", "ean", "policy"])
    if k == "plain":
        return rd(rng, rng.choice([7, 8, 9, 10]), DIG) if rng.random() < .8 else str(rng.randint(1, 9)) + rd(rng, 7)
    if k == "prefixed":
        return rng.choice(["KL", "CU", "CN", "K", "ACC", "C", "DEB", "REL"]) + rng.choice(["-", "", " "]) + rd(rng, rng.choice([6, 7, 8]))
    if k == "grouped":
        s = rd(rng, 9)
        return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}", f"{s[:4]}-{s[4:]}"])
    if k == "member":
        return rng.choice(["LID", "M", "MEM", "CLUB", "VIP", "PAS"]) + rng.choice(["-", "", " "]) + rd(rng, rng.choice([5, 6, 8]))
    if k == "ean":
        return "871" + rd(rng, 15)
    if k == "contract":
        return rng.choice(["HC", "HUUR", "TEN", "LSE", "BAIL"]) + "-" + rd(rng, 2, UPALNUM[:26]) + rd(rng, 5)
    return rng.choice(["POL", "PN", "P"]) + rd(rng, 8)


def ip_address(ctx, v):
    rng = ctx.rng
    if v == "v6" or rng.random() < .15:
        return "2a02:" + ":".join(rd(rng, 4, HEX).lstrip("0") or "0" for _ in range(3)) + "::" + rd(rng, 3, HEX).lstrip("0") + "1"
    first = rng.choice([31, 37, 62, 77, 81, 84, 86, 89, 91, 94, 109, 145, 178, 185, 188, 195, 212, 213, 217, 24, 68, 73, 98])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


SPAN_GEN = {
    "card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "password": password,
    "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "username": username, "api_key": api_key,
    "token": token, "phone": phone, "email": email, "address": address, "date_of_birth": date_of_birth,
    "customer_number": customer_number, "ip_address": ip_address,
}


# ---------------------------------------------------------------- negatives
def n_date(ctx, v):
    return _date(ctx.rng, ctx.lang, ctx.rng.choice([2023, 2024, 2024, 2025, 2025, 2026]))


def n_time(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    h, m = rng.randint(8, 23), rng.choice([0, 15, 30, 45, 5, 50, 20])
    if lang == "en-us" or (lang == "en-gb" and rng.random() < .5):
        hh = h % 12 or 12
        return rng.choice([f"{hh}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{hh}:{m:02d}{'PM' if h >= 12 else 'AM'}", f"{hh}{'pm' if h >= 12 else 'am'}"])
    if lang in ("nl-be", "fr-be") and rng.random() < .5:
        return f"{h}u{m:02d}" if lang == "nl-be" else f"{h}h{m:02d}"
    return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])


def n_amount(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    e, c = rng.randint(2, 480), rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}", f"{e}.{c:02d} quid"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}", f"{e} bucks"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€{e},-", f"{e} EUR", f"{e},{c:02d}€"])


def n_quantity(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    n = rng.randint(2, 24)
    u = {"nl": ["stuks", "flessen", "kratten", "tickets", "kaartjes", "pakketjes", "banden", "dozen"],
         "nl-be": ["stuks", "flessen", "bakken", "tickets", "pakjes", "banden", "dozen"],
         "fr-be": ["bouteilles", "places", "colis", "pneus", "caisses", "billets", "pièces"],
         "en-gb": ["bottles", "tickets", "parcels", "tyres", "cases", "boxes", "pints"],
         "en-us": ["bottles", "tickets", "packages", "tires", "cases", "boxes", "six-packs"]}[lang]
    return f"{n} {rng.choice(u)}" if rng.random() < .8 else f"{n}x"


def n_percentage(ctx, v):
    rng = ctx.rng
    p = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5, 21, 6])
    s = str(p).replace(".", "," if not ctx.lang.startswith("en") else ".")
    return rng.choice([f"{s}%", f"{s} %", f"{s} procent" if ctx.lang.startswith("nl") else f"{s}%"])


def n_year(ctx, v):
    return str(ctx.rng.randint(2015, 2026))


def n_order(ctx, v):
    rng = ctx.rng
    return rng.choice([rd(rng, 10), "#" + rd(rng, 7), "ORD-" + rd(rng, 8), rd(rng, 3) + "-" + rd(rng, 7) + "-" + rd(rng, 7),
                       "BK" + rd(rng, 6, UPALNUM), rd(rng, 6, UPALNUM), "W" + rd(rng, 9), "R" + rd(rng, 8)])


def n_ticket(ctx, v):
    rng = ctx.rng
    return rng.choice(["#" + rd(rng, 7), "CASE-" + rd(rng, 6), "ZD" + rd(rng, 6), rd(rng, 8), "KL-" + rd(rng, 5),
                       "SR" + rd(rng, 9), "INC" + rd(rng, 7), "CLM-" + rd(rng, 6)])


def n_invoice(ctx, v):
    rng = ctx.rng
    y = rng.choice([2024, 2025])
    return rng.choice([f"F{y}-{rd(rng, 5)}", f"INV-{rd(rng, 6)}", f"{y}{rd(rng, 6)}", f"FAC/{y}/{rd(rng, 4)}", f"VF{rd(rng, 7)}"])


def n_tracking(ctx, v):
    rng = ctx.rng
    return rng.choice(["3S" + rd(rng, 4, string.ascii_uppercase) + rd(rng, 9), "1Z" + rd(rng, 6, UPALNUM) + rd(rng, 10),
                       rd(rng, 2, string.ascii_uppercase) + rd(rng, 9) + rng.choice(["GB", "NL", "BE"]),
                       "JVGL" + rd(rng, 14), "3232" + rd(rng, 20), rd(rng, 12), "H" + rd(rng, 3, string.ascii_uppercase) + rd(rng, 12),
                       "CD" + rd(rng, 9) + "BE", "9400" + rd(rng, 18)])


def n_request_id(ctx, v):
    rng = ctx.rng
    u = rd(rng, 32, HEX)
    return rng.choice([f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}", "req_" + rd(rng, 20, ALNUM), rd(rng, 16, HEX).upper()])


def n_error(ctx, v):
    rng = ctx.rng
    return rng.choice(["E" + rd(rng, 3), "ERR_" + rng.choice(["CONNECTION_RESET", "TIMEOUT", "CARD_DECLINED", "SSL_PROTOCOL"]),
                       "0x8007" + rd(rng, 4, "0123456789ABCDEF"), "HTTP " + rng.choice(["403", "500", "502", "404"]),
                       "code " + rd(rng, 3), "P0" + rd(rng, 3), "AUTH-" + rd(rng, 3), "error " + rd(rng, 4)])


def n_version(ctx, v):
    rng = ctx.rng
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(11, 15)}", f"versie {rng.randint(3, 12)}.{rng.randint(0, 9)}", f"{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(100, 9999)}",
                       f"build {rng.randint(1000, 9999)}"])


def n_model(ctx, v):
    return ctx.rng.choice(ctx.pools["models"])


def n_product(ctx, v):
    rng = ctx.rng
    return rng.choice(["SKU-" + rd(rng, 6), "art. " + rd(rng, 6), rd(rng, 13), rd(rng, 3, string.ascii_uppercase) + "-" + rd(rng, 4),
                       "LEGO " + rd(rng, 5), "P" + rd(rng, 5) + "-" + rd(rng, 2)])


def n_flight(ctx, v):
    rng = ctx.rng
    return rng.choice(["KL", "HV", "FR", "SN", "BA", "U2", "TB", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def n_company_phone(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    if lang == "nl":
        return rng.choice([f"0900-{rd(rng, 4)}", f"088 {rd(rng, 3)} {rd(rng, 4)}", f"0800-{rd(rng, 4)}", f"088-{rd(rng, 7)}", f"085 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}", f"070 {rd(rng, 3)} {rd(rng, 3)}", f"0800 {rd(rng, 2)} {rd(rng, 3)}", f"02 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}"])
    if lang == "en-gb":
        return rng.choice([f"0345 {rd(rng, 3)} {rd(rng, 4)}", f"0800 {rd(rng, 3)} {rd(rng, 4)}", f"0333 {rd(rng, 3)} {rd(rng, 4)}", f"0330 {rd(rng, 3)} {rd(rng, 4)}"])
    return rng.choice([f"1-800-{rd(rng, 3)}-{rd(rng, 4)}", f"(888) {rd(rng, 3)}-{rd(rng, 4)}", f"1 (877) {rd(rng, 3)}-{rd(rng, 4)}", f"1-866-{rd(rng, 3)}-{rd(rng, 4)}"])


def n_company_reg(ctx, v):
    rng, lang = ctx.rng, ctx.lang
    if lang == "nl":
        return rng.choice([rd(rng, 8), f"NL{rd(rng, 9)}B01", f"NL {rd(rng, 9)} B01"])
    if lang in ("nl-be", "fr-be"):
        s = "0" + rd(rng, 9)
        return rng.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}", s])
    if lang == "en-gb":
        return rng.choice([rd(rng, 8), "SC" + rd(rng, 6), f"GB {rd(rng, 3)} {rd(rng, 4)} {rd(rng, 2)}"])
    return rng.choice([f"{rd(rng, 2)}-{rd(rng, 7)}", rd(rng, 9)])


def n_url(ctx, v):
    return ctx.rng.choice(ctx.pools["urls"])


def n_mention(ctx, v):
    return ctx.mention or ctx.rng.choice(ctx.pools["mentions"])


def n_hashtag(ctx, v):
    return ctx.rng.choice(ctx.pools["hashtags"])


def n_masked(ctx, v):
    rng = ctx.rng
    return rng.choice(["****" + rd(rng, 4), "**** **** **** " + rd(rng, 4), "NL** **** **** " + rd(rng, 4) + " " + rd(rng, 2),
                       "BE** **** **** " + rd(rng, 2), "xxxx-xxxx-xxxx-" + rd(rng, 4), "06-****" + rd(rng, 4), "•••• " + rd(rng, 4),
                       "j***@gmail.com", rd(rng, 2) + "******" + rd(rng, 2), "+44 7*** ***" + rd(rng, 3), "XXXXXX" + rd(rng, 4)])


def n_meter(ctx, v):
    rng = ctx.rng
    return rng.choice([f"{rng.randint(1000, 99999)} kWh", f"{rng.randint(100, 9999)} m³", f"{rng.randint(10000, 99999)}", f"{rng.randint(12000, 189000)} km"])


def n_port(ctx, v):
    return ctx.rng.choice(["8080", "443", "3389", "25565", "1194", "8443", "22", "5060"])


def n_checksum(ctx, v):
    rng = ctx.rng
    return rd(rng, rng.choice([32, 40, 64]), HEX)


NEG_GEN = {
    "date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "percentage": n_percentage,
    "year": n_year, "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice,
    "tracking_number": n_tracking, "request_id": n_request_id, "error_code": n_error, "version_string": n_version,
    "model_number": n_model, "product_code": n_product, "flight_number": n_flight, "company_phone": n_company_phone,
    "company_registration": n_company_reg, "url": n_url, "mention": n_mention, "hashtag": n_hashtag,
    "masked_value": n_masked, "meter_reading": n_meter, "port": n_port, "checksum": n_checksum,
}
