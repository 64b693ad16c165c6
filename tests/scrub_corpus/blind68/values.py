"""Value generators for the blind68 corpus (labelled values and hard negatives).

Every generator takes (rng, loc, pools, variant) and returns a string.  `loc` is one of
nl, be, uk, us (derived from the message language); `pools` is the half-specific filler pools.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- check digit helpers
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


def luhn_complete(prefix, length, rng):
    body = prefix + rs(rng, DIG, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def bsn_ok(s):
    d = [c for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    d = [int(c) for c in d]
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return chk == 97 - base % 97 or chk == 97 - int("2" + d[:9]) % 97


# ---------------------------------------------------------------- labelled values
def card(rng, loc, pools, variant=None):
    kind = variant or rng.choice(["visa", "visa", "mc", "mc2", "amex", "maestro"])
    if kind == "visa":
        n = luhn_complete("4" + rs(rng, DIG, 5), 16, rng)
    elif kind == "mc":
        n = luhn_complete(str(rng.randint(51, 55)) + rs(rng, DIG, 4), 16, rng)
    elif kind == "mc2":
        n = luhn_complete(str(rng.randint(2221, 2720)) + rs(rng, DIG, 2), 16, rng)
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]) + rs(rng, DIG, 4), 15, rng)
        f = rng.choice(["4-6-5", "plain", "4-6-5"])
        if f == "plain":
            return n
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    else:
        n = luhn_complete(rng.choice(["6703", "6759", "5018"]) + rs(rng, DIG, 2), rng.choice([16, 19]), rng)
    f = rng.choice(["sp", "sp", "plain", "dash", "dot"])
    if f == "plain":
        return n
    sep = {"sp": " ", "dash": "-", "dot": "."}[f]
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def cvv(rng, loc, pools, variant=None):
    return rs(rng, DIG, 4 if variant == "amex" else 3)


def card_expiry(rng, loc, pools, variant=None):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    f = rng.choice(["a", "a", "b", "c", "d", "e"])
    return {"a": f"{m:02d}/{y}", "b": f"{m:02d}/20{y}", "c": f"{m:02d}-{y}",
            "d": f"{m:02d} / {y}", "e": f"{m}/{y}"}[f]


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(rng, loc, pools, variant=None):
    c = variant
    if c is None:
        base = {"nl": "nl", "be": "be", "uk": "gb", "us": "nl"}[loc]
        c = base if rng.random() < 0.75 else rng.choice(["nl", "be", "de", "fr", "gb", "lu"])
    if c == "nl":
        bban = rng.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]) + rs(rng, DIG, 10)
    elif c == "be":
        a = rng.choice(["001", "063", "068", "310", "363", "735", "737", "979", "523", "143"]) + rs(rng, DIG, 7)
        k = int(a) % 97 or 97
        bban = a + f"{k:02d}"
    elif c == "de":
        bban = rs(rng, DIG, 18)
    elif c == "fr":
        bban = rs(rng, DIG, 10) + rs(rng, DIG + UP, 11) + rs(rng, DIG, 2)
    elif c == "lu":
        bban = rs(rng, DIG, 3) + rs(rng, DIG, 13)
    else:
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD", "MONZ"]) + rs(rng, DIG, 14)
    ib = iban_make(c.upper() if c != "gb" else "GB", bban)
    f = rng.random()
    if f < 0.45:
        out = _group4(ib)
    elif f < 0.8:
        out = ib
    elif f < 0.9:
        out = _group4(ib).lower()
    else:
        out = ib.lower()
    return out


def bsn(rng, loc, pools, variant=None):
    kind = variant or ("rrn" if loc == "be" and rng.random() < 0.8 else "bsn")
    if kind == "rrn":
        y = rng.randint(40, 99) if rng.random() < 0.75 else rng.randint(0, 6)
        mth, d, ser = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 998)
        base = f"{y:02d}{mth:02d}{d:02d}{ser:03d}"
        chk = 97 - (int(base) % 97 if y >= 40 else int("2" + base) % 97)
        s = base + f"{chk:02d}"
        f = rng.choice(["dot", "dot", "plain", "sp"])
        if f == "dot":
            return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
        if f == "sp":
            return f"{s[:6]} {s[6:9]} {s[9:]}"
        return s
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            break
    f = rng.choice(["plain", "plain", "dot", "sp"])
    if f == "dot":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if f == "sp":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


def phone(rng, loc, pools, variant=None):
    c = variant or loc
    if variant is None and rng.random() < 0.12:
        c = rng.choice(["nl", "be", "uk", "de"])
    if c == "nl":
        n = rs(rng, DIG, 8)
        if rng.random() < 0.8:
            return rng.choice([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"06{n}", f"+31 6 {n}", f"+316{n}",
                               f"0031 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06 - {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                               f"+31 (0)6 {n}", f"06-{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}"])
        area = rng.choice(["020", "010", "030", "070", "040", "050", "0413", "0591", "024"])
        rest = rs(rng, DIG, 10 - len(area))
        return rng.choice([f"{area}-{rest}", f"{area} {rest}", f"+31 {area[1:]} {rest}", f"({area}) {rest}"])
    if c == "be":
        n = rs(rng, DIG, 6)
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "496", "497", "498", "499"])
        if rng.random() < 0.8:
            return rng.choice([f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"0{p}{n}",
                               f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}", f"+32{p}{n}", f"0032 {p} {n}", f"0{p}/{n}",
                               f"0{p} {n[:3]} {n[3:]}"])
        area = rng.choice(["02", "03", "09", "04", "016", "050"])
        rest = rs(rng, DIG, 9 - len(area))
        return rng.choice([f"{area} {rest[:3]} {rest[3:5]} {rest[5:]}", f"{area}/{rest}", f"+32 {area[1:]} {rest}"])
    if c == "uk":
        n = rs(rng, DIG, 6)
        if rng.random() < 0.75:
            return rng.choice([f"07{rng.randint(400, 999)} {n}", f"+44 7{rng.randint(400, 999)} {n}",
                               f"07{rng.randint(400, 999)}{n}", f"+447{rng.randint(400, 999)}{n}",
                               f"07{rng.randint(400, 999)} {n[:3]} {n[3:]}", f"(07{rng.randint(400, 999)}) {n}"])
        return rng.choice([f"020 7{rs(rng, DIG, 3)} {rs(rng, DIG, 4)}", f"0161 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}",
                           f"0113 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}", f"+44 131 {rs(rng, DIG, 3)} {rs(rng, DIG, 4)}"])
    if c == "us":
        a = rng.choice(["212", "415", "312", "617", "713", "206", "503", "404", "512", "720", "917", "646"])
        x, y = str(rng.randint(201, 989)), rs(rng, DIG, 4)
        return rng.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}",
                           f"+1 ({a}) {x}-{y}", f"1-{a}-{x}-{y}", f"{a}{x}{y}"])
    n = rs(rng, DIG, 8)
    p = rng.choice(["151", "152", "160", "170", "171", "176", "179"])
    return rng.choice([f"+49 {p} {n}", f"0{p} {n}", f"+49{p}{n}", f"0{p}/{n}"])


def email(rng, loc, pools, variant=None):
    first = rng.choice(pools["first"]).lower().replace(" ", "").replace("é", "e").replace("ë", "e")
    last = rng.choice(pools["last"]).lower().replace(" ", "").replace("'", "")
    dom = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "xs4all.nl", "home.nl", "planet.nl"],
           "be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "outlook.be", "proximus.be", "icloud.com", "scarlet.be"],
           "uk": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "sky.com", "icloud.com"],
           "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "protonmail.com"]}[loc]
    if variant == "shop":
        shop = rng.choice(pools["shopdomain"])
        return rng.choice([f"{first}@{shop}", f"{first}.{last}@{shop}", f"{first[0]}.{last}@{shop}"])
    d = rng.choice(dom)
    n = str(rng.randint(1, 99)) if rng.random() < 0.35 else ""
    return rng.choice([f"{first}.{last}{n}@{d}", f"{first}{last}{n}@{d}", f"{first[0]}{last}{n}@{d}",
                       f"{first}_{last}@{d}", f"{last}.{first}@{d}", f"{first}{n or rng.randint(70, 99)}@{d}"])


def address(rng, loc, pools, variant=None):
    c = variant or loc
    street = rng.choice(pools["street_" + c])
    city = rng.choice(pools["city_" + c])
    if c == "nl":
        nr = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-B", " hs", "-2", " II"])
        pc = f"{rng.randint(1000, 9999)} {rs(rng, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        if rng.random() < 0.2:
            pc = pc.replace(" ", "")
        return rng.choice([f"{street} {nr}, {pc} {city}", f"{street} {nr}\n{pc} {city}", f"{street} {nr}, {pc} {city.upper()}",
                           f"{street} {nr} {pc} {city}", f"{street} {nr}"])
    if c == "be":
        nr = str(rng.randint(1, 300)) + rng.choice(["", "", "", " bus 2", "/3", " bte 12", "A"])
        pc = str(rng.choice([1000, 1050, 1180, 2000, 2018, 2600, 3000, 3500, 4000, 5000, 6000, 7000, 8000, 8400, 9000, 9300]))
        return rng.choice([f"{street} {nr}, {pc} {city}", f"{street} {nr}\n{pc} {city}", f"{street} {nr} {pc} {city}",
                           f"{street}, {nr} - {pc} {city}", f"{street} {nr}"])
    if c == "uk":
        nr = rng.randint(1, 220)
        pc = f"{rs(rng, 'BEGLMNS', 1)}{rs(rng, 'ABEHNRSW', 1)}{rng.randint(1, 19)} {rng.randint(1, 9)}{rs(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        flat = rng.choice(["", "", "Flat 3, ", "Flat 2B, ", "Apartment 14, "])
        return rng.choice([f"{flat}{nr} {street}, {city} {pc}", f"{flat}{nr} {street}\n{city}\n{pc}", f"{nr} {street}, {city}, {pc}"])
    if c == "us":
        nr = rng.randint(10, 9800)
        st, zp = rng.choice(pools["state"])
        apt = rng.choice(["", "", ", Apt 4B", " Unit 12", ", Suite 210", " #3"])
        return rng.choice([f"{nr} {street}{apt}, {city}, {st} {zp}", f"{nr} {street}{apt}\n{city}, {st} {zp}", f"{nr} {street}{apt}, {city} {st} {zp}"])
    nr = rng.randint(1, 120)
    return rng.choice([f"{street} {nr}, {rng.randint(10000, 99999)} {city}", f"{street} {nr}\n{rng.randint(10000, 99999)} {city}"])


MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}


def date_of_birth(rng, loc, pools, variant=None):
    y, m, d = rng.randint(1942, 2006), rng.randint(1, 12), rng.randint(1, 28)
    ml = {"nl": "nl", "be": variant or "nl", "uk": "en", "us": "en"}[loc]
    if ml == "fr":
        mn = MONTHS["fr"]
    else:
        mn = MONTHS[ml]
    opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
    if loc == "us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{mn[m - 1]} {d}, {y}", f"{m}/{d}/{y}", f"{mn[m - 1][:3]} {d} {y}"]
    elif loc == "uk":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn[m - 1]} {y}", f"{d}th {mn[m - 1]} {y}" if d in range(4, 21) else f"{d} {mn[m - 1][:3]} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}"]
    return rng.choice(opts)


def customer_number(rng, loc, pools, variant=None):
    v = variant or rng.choice(["digits", "digits", "pref", "pref", "member", "policy"])
    if v == "digits":
        return rs(rng, "123456789", 1) + rs(rng, DIG, rng.choice([6, 7, 8, 9]))
    if v == "pref":
        return rng.choice(["KL", "K", "CU", "C", "KN", "CL", "ACC", "DEB"]) + rng.choice(["", "-", ""]) + rs(rng, DIG, rng.choice([6, 7, 8]))
    if v == "member":
        return rng.choice(["M", "LID", "MB"]) + rs(rng, DIG, 7)
    if v == "policy":
        return rng.choice(["POL", "PL", "CT"]) + "-" + rs(rng, DIG, 4) + "-" + rs(rng, DIG, 4)
    if v == "stripe_cus":
        return "cus_" + rs(rng, ALNUM, 14)
    if v == "stripe_acct":
        return "acct_1" + rs(rng, ALNUM, 15)
    if v == "seller":
        return "A" + rs(rng, UP + DIG, 12)
    if v == "retailer":
        return rs(rng, "123456789", 1) + rs(rng, DIG, 6)
    if v == "paypal":
        return rs(rng, UP + DIG, 13)
    if v == "ean":
        return "8716" + rs(rng, DIG, 14)
    if v == "mollie":
        return "org_" + rs(rng, DIG, 7)
    if v == "etsy":
        return rs(rng, "123456789", 1) + rs(rng, DIG, 7)
    raise KeyError(v)


def ip_address(rng, loc, pools, variant=None):
    if rng.random() < 0.12:
        return ":".join(rs(rng, HEX, 4) for _ in range(4)) + "::" + rs(rng, HEX, 3)
    a = rng.choice([rng.randint(31, 223), 82, 84, 94, 145, 178, 213, 81])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


WORDS = ["zomer", "winter", "Hond", "Kat", "Tulp", "Fiets", "Ajax", "Poes", "Sunshine", "Dragon", "Welkom", "Shop", "Bloem",
         "Konijn", "Voetbal", "Lente", "Pannekoek", "Monkey", "Liverpool", "Chelsea", "Soleil", "Chocolat", "Bruxelles", "Anvers",
         "Koffie", "Tennis", "Mirthe", "Sanne", "Brownie", "Zeeland", "Eagle", "Paris", "Minou", "Webshop", "Kaas"]


def password(rng, loc, pools, variant=None):
    f = rng.random()
    if f < 0.35:
        return rng.choice(WORDS) + str(rng.randint(1, 2025)) + rng.choice(["", "!", "?", "#", "!!", "$", "@"])
    if f < 0.6:
        return rs(rng, ALNUM + "!#$%&*?@", rng.randint(10, 16))
    if f < 0.75:
        return rng.choice(WORDS).lower() + rng.choice(["_", ".", "-", ""]) + rng.choice(WORDS).lower() + str(rng.randint(1, 99))
    if f < 0.88:
        w = rng.choice(WORDS)
        return w.replace("o", "0").replace("e", "3").replace("a", "@") + rs(rng, DIG, 2)
    return "-".join(rng.choice(WORDS).lower() for _ in range(3)) + str(rng.randint(1, 9))


def pin(rng, loc, pools, variant=None):
    n = variant and int(variant) or rng.choice([4, 4, 4, 5, 6])
    v = rs(rng, DIG, n)
    if n == 6 and rng.random() < 0.2:
        return v[:3] + " " + v[3:]
    return v


def puk(rng, loc, pools, variant=None):
    v = rs(rng, DIG, 8)
    return v if rng.random() < 0.7 else v[:4] + " " + v[4:]


NUMW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en": "zero one two three four five six seven eight nine".split()}


def otp(rng, loc, pools, variant=None):
    n = rng.choice([6, 6, 6, 5, 4, 8])
    v = rs(rng, DIG, n)
    if variant in ("nl", "fr", "en"):
        return " ".join(NUMW[variant][int(c)] for c in v[:6])
    if n == 6 and rng.random() < 0.25:
        return v[:3] + rng.choice([" ", "-"]) + v[3:]
    return v


def wifi_key(rng, loc, pools, variant=None):
    f = rng.random()
    if f < 0.4:
        return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789", rng.choice([10, 12, 16]))
    if f < 0.65:
        return rs(rng, DIG, rng.choice([10, 13, 16]))
    if f < 0.85:
        return rs(rng, "ABCDEF" + DIG, 10)
    return rng.choice(WORDS).lower() + rng.choice(WORDS) + str(rng.randint(10, 999))


def username(rng, loc, pools, variant=None):
    first = rng.choice(pools["first"]).lower().replace(" ", "").replace("é", "e")
    last = rng.choice(pools["last"]).lower().replace(" ", "").replace("'", "")
    shop = rng.choice(pools["shopdomain"]).split(".")[0]
    return rng.choice([f"{first}.{last}", f"{first}{rng.randint(1, 99)}", f"{shop}_admin", f"{first[0]}{last}",
                       f"{shop}{rng.randint(1, 9)}", f"{first}_{shop}", f"{last}{rng.randint(60, 99)}", f"admin_{first}",
                       f"{shop}-owner", f"{first.capitalize()}{last.capitalize()}"])


def api_key(rng, loc, pools, variant=None):
    v = variant or rng.choice(["stripe_sk", "stripe_rk", "mollie", "shopify", "woo_ck", "woo_cs", "aws_id", "aws_secret",
                               "sendcloud", "generic", "myparcel", "stripe_pk", "mollie_test", "gen_uuid"])
    if v == "stripe_sk":
        return "sk_live_" + rs(rng, ALNUM, rng.choice([24, 34, 99]))
    if v == "stripe_rk":
        return "rk_live_" + rs(rng, ALNUM, 32)
    if v == "stripe_pk":
        return "pk_live_" + rs(rng, ALNUM, 40)
    if v == "mollie":
        return "live_" + rs(rng, ALNUM, 30)
    if v == "mollie_test":
        return "test_" + rs(rng, ALNUM, 30)
    if v == "shopify":
        return rng.choice(["shpat_", "shpca_", "shpss_"]) + rs(rng, HEX, 32)
    if v == "woo_ck":
        return "ck_" + rs(rng, HEX, 40)
    if v == "woo_cs":
        return "cs_" + rs(rng, HEX, 40)
    if v == "aws_id":
        return "AKIA" + rs(rng, UP + "234567", 16)
    if v == "aws_secret":
        return rs(rng, ALNUM + "/+", 40)
    if v == "sendcloud":
        return rs(rng, HEX, 32)
    if v == "myparcel":
        return rs(rng, HEX, 40)
    if v == "gen_uuid":
        h = rs(rng, HEX, 32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return rs(rng, ALNUM, 32)


def token(rng, loc, pools, variant=None):
    v = variant or rng.choice(["jwt", "ghp", "hex", "session", "oauth", "paypal", "glpat"])
    if v == "jwt":
        import base64
        hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return hdr + "." + rs(rng, ALNUM + "-_", rng.randint(40, 80)) + "." + rs(rng, ALNUM + "-_", 43)
    if v == "ghp":
        return "ghp_" + rs(rng, ALNUM, 36)
    if v == "glpat":
        return "glpat-" + rs(rng, ALNUM + "-_", 20)
    if v == "hex":
        return rs(rng, HEX, rng.choice([32, 40, 64]))
    if v == "session":
        return rs(rng, LOW + DIG, 26)
    if v == "paypal":
        return "A21AA" + rs(rng, ALNUM + "-_", 60)
    return rs(rng, ALNUM + "-._~", rng.randint(40, 60))


# ---------------------------------------------------------------- negatives
def n_date(rng, loc, pools, variant=None):
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    if loc in ("nl", "be"):
        ml = MONTHS["fr" if variant == "fr" else "nl"]
        return rng.choice([f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {ml[m - 1]}", f"{d} {ml[m - 1][:3]}", f"{d}/{m}", f"{d}/{m}/{y}"])
    if loc == "us":
        return rng.choice([f"{m}/{d}", f"{MONTHS['en'][m - 1]} {d}", f"{m}/{d}/{y}", f"{MONTHS['en'][m - 1][:3]} {d}"])
    return rng.choice([f"{d}/{m}/{y}", f"{d} {MONTHS['en'][m - 1]}", f"{d}th {MONTHS['en'][m - 1][:3]}" if 4 <= d <= 20 else f"{d} {MONTHS['en'][m - 1][:3]}"])


def n_time(rng, loc, pools, variant=None):
    h, m = rng.randint(7, 23), rng.choice([0, 5, 12, 15, 30, 45, 47, 58])
    if loc == "us":
        return rng.choice([f"{h % 12 or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}", f"{h % 12 or 12}:{m:02d}pm"])
    return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}u{m:02d}" if loc == "be" else f"{h}:{m:02d}"])


def n_amount(rng, loc, pools, variant=None):
    e, c = rng.choice([4, 12, 19, 24, 34, 49, 59, 89, 129, 249, 1250]), rng.choice([0, 95, 99, 50, 49, 10])
    if loc == "uk":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}", f"€{e}.{c:02d}"])
    if loc == "us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}", f"{e}.{c:02d} dollars"])
    es = f"{e:,}".replace(",", ".")
    return rng.choice([f"€ {es},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"EUR {es},{c:02d}", f"€{e},-", f"{e} eur", f"€ {e}.{c:02d}"])


def n_quantity(rng, loc, pools, variant=None):
    n = rng.randint(2, 40)
    w = {"nl": ["stuks", "pakketten", "dozen", "items", "artikelen"], "be": ["stuks", "colis", "pakjes", "pièces", "articles"],
         "uk": ["items", "parcels", "boxes", "units"], "us": ["items", "packages", "units", "pcs"]}[loc]
    return rng.choice([f"{n} {rng.choice(w)}", f"{n}x", f"{n} x"])


def n_percentage(rng, loc, pools, variant=None):
    return rng.choice(["21%", "9%", "20%", "6%", "15 %", "10%", "2,9%", "1.4%", "19%", "50%", "25%", "100%"])


def n_year(rng, loc, pools, variant=None):
    return str(rng.choice([2021, 2022, 2023, 2024, 2025]))


def n_order_number(rng, loc, pools, variant=None):
    v = variant or rng.choice(["shopify", "bol", "amazon", "woo", "pref", "long", "etsy"])
    if v == "shopify":
        return "#" + str(rng.randint(1001, 48000))
    if v == "bol":
        return "A0" + rs(rng, UP + DIG, 7) if rng.random() < 0.3 else "1" + rs(rng, DIG, 9)
    if v == "amazon":
        return f"{rng.randint(302, 407)}-{rs(rng, DIG, 7)}-{rs(rng, DIG, 7)}"
    if v == "woo":
        return str(rng.randint(1200, 98000))
    if v == "etsy":
        return rs(rng, "123456789", 1) + rs(rng, DIG, 9)
    if v == "long":
        return rs(rng, "123456789", 1) + rs(rng, DIG, 7)
    return rng.choice(["ORD-", "WS", "BST-", "ORD", "NL-", "#WEB"]) + rs(rng, DIG, rng.choice([5, 6, 7]))


def n_ticket_number(rng, loc, pools, variant=None):
    return rng.choice([f"#{rng.randint(10000, 999999)}", f"CS-{rng.randint(2023, 2025)}-{rs(rng, DIG, 5)}", rs(rng, "123456789", 1) + rs(rng, DIG, 7),
                       f"DSP-{rs(rng, DIG, 6)}", f"PP-D-{rs(rng, DIG, 9)}", f"{rs(rng, DIG, 8)}", f"T{rs(rng, DIG, 6)}", f"dp_{rs(rng, ALNUM, 24)}",
                       f"CASE-{rs(rng, DIG, 7)}"])


def n_invoice_number(rng, loc, pools, variant=None):
    y = rng.choice([2023, 2024, 2025])
    return rng.choice([f"INV-{y}-{rs(rng, DIG, 4)}", f"F{y}-{rs(rng, DIG, 4)}", f"{y}{rs(rng, DIG, 4)}", f"FAC-{rs(rng, DIG, 6)}",
                       f"{y}/{rs(rng, DIG, 3)}", f"NL{y}{rs(rng, DIG, 5)}", f"in_{rs(rng, ALNUM, 24)}", f"CN-{rs(rng, DIG, 5)}"])


def n_tracking_number(rng, loc, pools, variant=None):
    return rng.choice(["3S" + rs(rng, UP, 4) + rs(rng, DIG, 9), "JVGL" + rs(rng, DIG, 16), "1Z" + rs(rng, UP + DIG, 16),
                       "CD" + rs(rng, DIG, 9) + "BE", "32" + rs(rng, DIG, 22), rs(rng, DIG, 12), "00340434" + rs(rng, DIG, 12),
                       "LX" + rs(rng, DIG, 9) + "NL", "9" + rs(rng, DIG, 21), "JJD" + rs(rng, DIG, 18)])


def n_request_id(rng, loc, pools, variant=None):
    h = rs(rng, HEX, 32)
    return rng.choice(["req_" + rs(rng, ALNUM, 14), f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}", "ch_3" + rs(rng, ALNUM, 23),
                       "pi_3" + rs(rng, ALNUM, 23), "tr_" + rs(rng, ALNUM, 10), "txn_" + rs(rng, ALNUM, 18), rs(rng, UP + DIG, 17)])


def n_error_code(rng, loc, pools, variant=None):
    return rng.choice(["card_declined", "ERR_PAYMENT_DECLINED", "HTTP 403", "401 Unauthorized", "E1042", "error 500",
                       "do_not_honor", "insufficient_funds", "AUTH-1017", "0x80070005", "CVC_CHECK_FAILED", "429 Too Many Requests",
                       "502 Bad Gateway", "ERR-3DS-05", "code 05", "expired_card"])


def n_version_string(rng, loc, pools, variant=None):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(6, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                       f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}", f"PHP 8.{rng.randint(0, 3)}.{rng.randint(1, 30)}",
                       f"versie {rng.randint(2, 5)}.{rng.randint(0, 12)}", f"API 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])


def n_model_number(rng, loc, pools, variant=None):
    return rng.choice(pools["model"])


def n_product_code(rng, loc, pools, variant=None):
    return rng.choice(["SKU-" + rs(rng, DIG, 5), rs(rng, UP, 3) + "-" + rs(rng, DIG, 3) + "-" + rng.choice(["BLK", "WHT", "RD", "M", "XL"]),
                       "87" + rs(rng, DIG, 11), "ART" + rs(rng, DIG, 6), "B0" + rs(rng, UP + DIG, 8), "9200000" + rs(rng, DIG, 6)])


def n_flight_number(rng, loc, pools, variant=None):
    return rng.choice(["KL", "HV", "SN", "BA", "FR", "U2", "LH", "TB"]) + " " * rng.randint(0, 1) + str(rng.randint(100, 2999))


def n_company_phone(rng, loc, pools, variant=None):
    return rng.choice(pools["company_phone_" + loc])


def n_company_registration(rng, loc, pools, variant=None):
    if variant == "kvk" or (variant is None and loc == "nl" and rng.random() < 0.5):
        return rs(rng, "123456789", 1) + rs(rng, DIG, 7)
    if variant == "btw_nl" or (variant is None and loc == "nl"):
        return "NL" + rs(rng, DIG, 9) + "B" + rs(rng, DIG, 2)
    if variant == "be" or (variant is None and loc == "be"):
        d = "0" + rs(rng, "123456789", 1) + rs(rng, DIG, 6)
        k = 97 - int(d) % 97
        s = d + f"{k:02d}"
        return rng.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}", s])
    if variant == "de":
        return "DE" + rs(rng, DIG, 9)
    if variant == "siren":
        s = rs(rng, DIG, 9)
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if loc == "uk":
        return rng.choice(["GB" + rs(rng, DIG, 9), rs(rng, DIG, 8), "SC" + rs(rng, DIG, 6)])
    return rng.choice([f"{rs(rng, DIG, 2)}-{rs(rng, DIG, 7)}", rs(rng, DIG, 2) + "-" + rs(rng, DIG, 7)])


def n_url(rng, loc, pools, variant=None):
    d = rng.choice(pools["shopdomain"])
    p = rng.choice(["", "/checkout", "/account/login", "/retourneren", "/products/" + rng.choice(["linnen-tas", "mok-blauw", "kaars-xl", "hoodie-zwart"]),
                    "/admin", "/pages/contact", "/wp-admin", "/orders/status", "/fr/retours"])
    return rng.choice([f"https://{d}{p}", f"www.{d}{p}", f"https://www.{d}{p}", f"{d}{p}" if p else f"https://{d}/"])


def n_mention(rng, loc, pools, variant=None):
    return rng.choice(pools["mention"])


def n_hashtag(rng, loc, pools, variant=None):
    return rng.choice(pools["hashtag"])


def n_masked_value(rng, loc, pools, variant=None):
    return rng.choice([f"****{rs(rng, DIG, 4)}", f"**** **** **** {rs(rng, DIG, 4)}", f"NL** **** **** **{rs(rng, DIG, 2)} {rs(rng, DIG, 2)}",
                       f"XXXX-XXXX-XXXX-{rs(rng, DIG, 4)}", f"BE** **** **** {rs(rng, DIG, 4)}", f"{rng.choice('jmsak')}***@gmail.com",
                       f"06-****{rs(rng, DIG, 4)}", f"•••• {rs(rng, DIG, 4)}", f"sk_live_…{rs(rng, ALNUM, 4)}", f"{rs(rng, DIG, 6)}******{rs(rng, DIG, 4)}",
                       f"+32 4** ** ** {rs(rng, DIG, 2)}"])


def n_meter_reading(rng, loc, pools, variant=None):
    return rng.choice([str(rng.randint(1000, 99999)), f"{rng.randint(100, 9999)},{rng.randint(0, 9)}"])


def n_port(rng, loc, pools, variant=None):
    return str(rng.choice([443, 8443, 587, 465, 993, 21, 22, 3306, 8080, 2083]))


def n_checksum(rng, loc, pools, variant=None):
    return rs(rng, HEX, rng.choice([32, 40, 64]))


SPAN_GEN = {"card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "phone": phone, "email": email,
            "address": address, "date_of_birth": date_of_birth, "customer_number": customer_number, "ip_address": ip_address,
            "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "username": username,
            "api_key": api_key, "token": token}

NEG_GEN = {k[2:]: v for k, v in globals().items() if k.startswith("n_") and callable(v)}
