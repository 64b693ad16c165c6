"""Value generators and filler pools for the blind128 corpus (stdlib only)."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def d(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def country(lang):
    return {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}[lang]


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(s)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + d(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def bsn_ok(s):
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 9:
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0


def nrn_ok(s):
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 11:
        return False
    base, chk = s[:9], int(s[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------------------------------------------------------- high risk
def card(rng, lang):
    kind = rng.random()
    if kind < 0.45:
        num = luhn_complete("4", 16, rng)
    elif kind < 0.75:
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    elif kind < 0.88:
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        f = rng.choice([" ", "-", ""])
        return f.join([num[:4], num[4:10], num[10:]])
    else:
        num = luhn_complete("6703", 17 if lang in ("nl-be", "fr-be") else 16, rng)
    f = rng.choice([" ", " ", "-", "", "."])
    g = [num[i:i + 4] for i in range(0, len(num), 4)]
    if rng.random() < 0.1 and len(num) == 16:
        return " ".join(["".join(g[:2]), "".join(g[2:])])
    return f.join(g)


def cvv(rng, lang):
    return d(rng, rng.choice([3, 3, 3, 4]))


def expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(25, 32)
    mon_nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    mon_fr = ["janv", "févr", "mars", "avril", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
    mon_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    r = rng.random()
    if r < 0.45:
        return "%02d/%02d" % (m, y)
    if r < 0.6:
        return "%02d/20%02d" % (m, y)
    if r < 0.72:
        return "%02d-%02d" % (m, y)
    if r < 0.8:
        return "%d/%02d" % (m, y)
    mons = mon_fr if lang == "fr-be" else mon_en if lang.startswith("en") else mon_nl
    return "%s 20%02d" % (mons[m - 1], y)


def iban(rng, lang):
    cc = country(lang)
    if cc == "US" or rng.random() < 0.12:
        cc = rng.choice(["NL", "BE", "DE", "FR", "GB", "LU"])
    if cc == "NL":
        s = iban_make("NL", rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + d(rng, 10))
    elif cc == "BE":
        b = str(rng.randint(1, 999)).zfill(3) + d(rng, 7)
        c = int(b) % 97 or 97
        s = iban_make("BE", b + "%02d" % c)
    elif cc == "GB":
        s = iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + d(rng, 14))
    elif cc == "DE":
        s = iban_make("DE", d(rng, 18))
    elif cc == "FR":
        s = iban_make("FR", d(rng, 23))
    else:
        s = iban_make("LU", d(rng, 16))
    r = rng.random()
    if r < 0.5:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif r < 0.85:
        out = s
    else:
        out = "-".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.3 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if rng.random() < 0.12:
        out = out.lower()
    return out


def bsn(rng, lang):
    while True:
        s = str(rng.randint(1, 9)) + d(rng, 7)
        tot = sum(int(s[i]) * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s += str(last)
            break
    r = rng.random()
    if r < 0.55:
        return s
    if r < 0.75:
        return "%s.%s.%s" % (s[:4], s[4:6], s[6:])
    if r < 0.9:
        return "%s %s %s" % (s[:3], s[3:6], s[6:])
    return "%s-%s-%s" % (s[:3], s[3:6], s[6:])


def nrn(rng, lang):
    y = rng.randint(1940, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
    s = base + "%02d" % chk
    r = rng.random()
    if r < 0.45:
        return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    if r < 0.75:
        return s
    if r < 0.9:
        return "%s %s %s" % (s[:6], s[6:9], s[9:])
    return "%s-%s-%s" % (s[:6], s[6:9], s[9:])


WORDS_NL = ["Zomer", "Tulp", "Fiets", "Molen", "Kaas", "Regen", "Haring", "Duin", "Polder", "Kroket"]
WORDS_EN = ["Summer", "Tiger", "Garden", "Rocket", "Maple", "Harbor", "Pepper", "Falcon", "Biscuit", "Thames"]
WORDS_FR = ["Soleil", "Frites", "Gaufre", "Brume", "Chaton", "Marée", "Moules", "Ardenne", "Lapin", "Orage"]


def _word(rng, lang):
    return rng.choice(WORDS_FR if lang == "fr-be" else WORDS_EN if lang.startswith("en") else WORDS_NL)


def password(rng, lang):
    r = rng.random()
    w = _word(rng, lang)
    if r < 0.3:
        return w + str(rng.randint(1, 2025)) + rng.choice("!#$?*@")
    if r < 0.5:
        return w.lower() + rng.choice(["_", "-", "."]) + _word(rng, lang).lower() + d(rng, 2)
    if r < 0.7:
        return "".join(rng.choice(ALNUM + "!#%&*") for _ in range(rng.randint(9, 16))).rstrip(".,") + rng.choice(DIG)
    if r < 0.85:
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + d(rng, rng.randint(2, 4))
    return w + w[::-1].lower() + "%" + d(rng, 1)


def pin(rng, lang):
    return d(rng, rng.choice([4, 4, 4, 4, 5, 6]))


def puk(rng, lang):
    return d(rng, 8)


def otp(rng, lang):
    r = rng.random()
    if r < 0.6:
        return d(rng, 6)
    if r < 0.75:
        return d(rng, 3) + rng.choice([" ", "-"]) + d(rng, 3)
    if r < 0.9:
        return d(rng, rng.choice([4, 5, 8]))
    return "".join(rng.choice(UP + DIG) for _ in range(6))


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(rng, lang):
    k = "fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"
    sep = rng.choice([" ", " - ", ", ", "-"])
    return sep.join(NUMW[k][int(c)] for c in d(rng, 6))


def wifi_key(rng, lang):
    r = rng.random()
    if r < 0.35:
        return "".join(rng.choice(ALNUM) for _ in range(rng.choice([12, 16, 20])))
    if r < 0.55:
        return "-".join("".join(rng.choice(UP + DIG) for _ in range(4)) for _ in range(4))
    if r < 0.75:
        return d(rng, 20)
    return _word(rng, lang).lower() + _word(rng, lang) + d(rng, 3)


def username(rng, lang, first, last):
    f, l = first.lower(), last.lower().replace(" ", "").replace("'", "")
    r = rng.random()
    if r < 0.3:
        return f[0] + l + d(rng, 2)
    if r < 0.5:
        return f + "." + l
    if r < 0.7:
        return f + "_" + l[:3] + str(rng.randint(70, 99))
    if r < 0.85:
        return l.upper()[:5] + d(rng, 3)
    return f + d(rng, 4)


def api_key(rng, lang):
    r = rng.random()
    a = lambda n, al=ALNUM: "".join(rng.choice(al) for _ in range(n))
    if r < 0.2:
        return "sk_live_" + a(24)
    if r < 0.35:
        return "AKIA" + a(16, UP + DIG)
    if r < 0.45:
        return a(40, ALNUM + "/+")
    if r < 0.6:
        return "AIza" + a(35, ALNUM + "-_")
    if r < 0.75:
        return "live_" + a(30)
    if r < 0.88:
        return "SG." + a(22) + "." + a(43)
    return "pk_test_" + a(24)


def token(rng, lang):
    r = rng.random()
    a = lambda n, al=ALNUM: "".join(rng.choice(al) for _ in range(n))
    if r < 0.3:
        return "eyJ" + a(20, ALNUM + "_-") + "." + "eyJ" + a(40, ALNUM + "_-") + "." + a(43, ALNUM + "_-")
    if r < 0.55:
        return a(rng.choice([32, 40, 64]), "0123456789abcdef")
    if r < 0.75:
        return "ghp_" + a(36)
    if r < 0.9:
        return "ya29." + a(60, ALNUM + "_-")
    return a(48, ALNUM)


def ip(rng, lang):
    if rng.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % tuple(rng.randint(16, 65535) for _ in range(4))
    return "%d.%d.%d.%d" % (rng.choice([31, 62, 77, 82, 84, 85, 86, 89, 94, 145, 178, 188, 212, 213, 217]),
                            rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


# ---------------------------------------------------------------- phones / mail / addresses
def _sp(s, parts):
    out, i = [], 0
    for p in parts:
        out.append(s[i:i + p])
        i += p
    return out


def phone(rng, lang, mobile_bias=0.7):
    cc = country(lang)
    if rng.random() < 0.08:
        cc = rng.choice(["NL", "BE", "GB"])
    mob = rng.random() < mobile_bias
    if cc == "NL":
        if mob:
            n = d(rng, 8)
            return rng.choice([
                "06-" + n, "06 " + " ".join(_sp(n, [2, 2, 2, 2])), "06" + n, "+31 6 " + " ".join(_sp(n, [4, 4])),
                "+316" + n, "0031 6 " + n, "+31 (0)6 " + n, "06 - " + " ".join(_sp(n, [4, 4])), "06-" + " ".join(_sp(n, [2, 3, 3]))])
        ac = rng.choice(["20", "10", "30", "70", "40", "50", "24", "318", "495", "58"])
        n = str(rng.randint(2, 9)) + d(rng, 8 - len(ac))
        if len(ac) == 2:
            return rng.choice(["0%s-%s" % (ac, n), "0%s %s %s" % (ac, n[:3], n[3:]), "+31 %s %s %s" % (ac, n[:3], n[3:]), "0%s%s" % (ac, n)])
        return rng.choice(["0%s-%s" % (ac, n), "0%s %s" % (ac, n), "+31 %s %s" % (ac, n)])
    if cc == "BE":
        if mob:
            p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "486", "487", "491", "494", "496", "497", "498", "499"])
            n = d(rng, 6)
            a, b, c = _sp(n, [2, 2, 2])
            return rng.choice(["0%s %s %s %s" % (p, a, b, c), "0%s/%s.%s.%s" % (p, a, b, c), "+32 %s %s %s %s" % (p, a, b, c),
                               "0032%s%s" % (p, n), "0%s%s" % (p, n), "+32 (0)%s %s %s" % (p, n[:3], n[3:]), "0%s/%s" % (p, n)])
        ac = rng.choice(["2", "3", "9", "4", "10", "16", "50"])
        n = d(rng, 8 - len(ac))
        if len(ac) == 1:
            return rng.choice(["0%s %s %s %s" % (ac, n[:3], n[3:5], n[5:]), "0%s/%s.%s.%s" % (ac, n[:3], n[3:5], n[5:]), "+32 %s %s %s %s" % (ac, n[:3], n[3:5], n[5:])])
        return rng.choice(["0%s %s %s %s" % (ac, n[:2], n[2:4], n[4:]), "0%s/%s" % (ac, n), "+32 %s %s" % (ac, n)])
    if cc == "GB":
        if mob:
            n = "7" + d(rng, 9)
            return rng.choice(["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:]),
                               "0" + n, "0044 %s %s %s" % (n[:4], n[4:7], n[7:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
        ac = rng.choice(["20 7", "20 8", "161", "113", "121", "131", "117"])
        n = d(rng, 7 if len(ac) == 3 else 3)
        if len(ac) == 3:
            return rng.choice(["0%s %s %s" % (ac, n[:3], n[3:]), "+44 %s %s %s" % (ac, n[:3], n[3:])])
        n2 = d(rng, 4)
        return rng.choice(["0%s%s %s" % (ac, n, n2), "+44 %s%s %s" % (ac, n, n2)])
    a = rng.choice(["212", "646", "917", "415", "312", "617", "206", "512", "305", "718", "469"])
    b = str(rng.randint(201, 989))
    c = d(rng, 4)
    return rng.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
                       "1-%s-%s-%s" % (a, b, c), "(%s)%s%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c)])


def company_phone(rng, lang):
    cc = country(lang)
    if cc == "NL":
        return rng.choice(["0900-" + d(rng, 4), "088 " + d(rng, 3) + " " + d(rng, 4), "0800-" + d(rng, 4), "+31 88 " + d(rng, 3) + " " + d(rng, 4), "0900 " + d(rng, 3) + " " + d(rng, 4)])
    if cc == "BE":
        return rng.choice(["078 " + d(rng, 2) + " " + d(rng, 2) + " " + d(rng, 2), "0800 " + d(rng, 2) + " " + d(rng, 3), "070 " + d(rng, 3) + " " + d(rng, 3), "+32 78 " + d(rng, 6)])
    if cc == "GB":
        return rng.choice(["0345 " + d(rng, 3) + " " + d(rng, 4), "0800 " + d(rng, 3) + " " + d(rng, 4), "0333 " + d(rng, 3) + " " + d(rng, 4), "0300 " + d(rng, 3) + " " + d(rng, 4)])
    return rng.choice(["1-800-" + d(rng, 3) + "-" + d(rng, 4), "(888) " + d(rng, 3) + "-" + d(rng, 4), "1 (877) " + d(rng, 3) + "-" + d(rng, 4), "800." + d(rng, 3) + "." + d(rng, 4)])


MAILDOM = {
    "NL": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "live.nl", "planet.nl"],
    "BE": ["gmail.com", "telenet.be", "skynet.be", "proximus.be", "hotmail.be", "outlook.be", "scarlet.be"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net", "outlook.com"],
}


def _asc(s):
    tr = str.maketrans("éèëêïöüçâàô'", "eeeeioucaao-")
    return s.lower().translate(tr).replace(" ", "")


def email(rng, lang, first, last):
    f, l = _asc(first), _asc(last)
    dom = rng.choice(MAILDOM[country(lang)])
    r = rng.random()
    if r < 0.3:
        loc = f + "." + l
    elif r < 0.5:
        loc = f[0] + l
    elif r < 0.65:
        loc = f + l + d(rng, 2)
    elif r < 0.8:
        loc = f + "_" + l[:4] + str(rng.randint(60, 99))
    else:
        loc = l + "." + f[0]
    out = loc + "@" + dom
    if rng.random() < 0.06:
        out = out.upper() if rng.random() < 0.3 else out[0].upper() + out[1:]
    return out


def nl_postcode(rng):
    while True:
        l = rng.choice(UP) + rng.choice(UP)
        if l not in ("SA", "SD", "SS"):
            return str(rng.randint(1011, 9999)), l


def uk_postcode(rng):
    out = rng.choice(["LS", "M", "SW", "E", "N", "B", "BS", "EH", "G", "CF", "NE", "OX", "CB", "BN", "YO"])
    out += str(rng.randint(1, 19))
    if rng.random() < 0.15:
        out += rng.choice("ABCDEFGHJKMNPRSTUVWXY")
    return out + " " + str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


US_ST = [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"), ("Denver", "CO"),
         ("Madison", "WI"), ("Raleigh", "NC"), ("Tucson", "AZ"), ("Albany", "NY"), ("Boise", "ID"), ("Savannah", "GA"), ("Richmond", "VA")]


def address(rng, lang, pools, allow_multiline=False):
    cc = country(lang)
    if lang == "en-us" and rng.random() < 0.05:
        cc = "NL"
    if cc == "NL":
        st = rng.choice(pools["street_nl"])
        city = rng.choice(pools["city_nl"])
        num = str(rng.randint(1, 250)) + rng.choice(["", "", "", "a", "B", "-2", " hs", "-III", " bis"])
        pc, l = nl_postcode(rng)
        pcs = rng.choice([pc + " " + l, pc + l, pc + " " + l.lower()])
        r = rng.random()
        if r < 0.45:
            return "%s %s, %s %s" % (st, num, pcs, city)
        if r < 0.6:
            return "%s %s %s %s" % (st, num, pcs, city.upper())
        if r < 0.72 and allow_multiline:
            return "%s %s\n%s %s" % (st, num, pcs, city.upper() if rng.random() < 0.4 else city)
        if r < 0.85:
            return "%s %s te %s" % (st, num, city)
        return "%s %s" % (st, num)
    if cc == "BE":
        fr = lang == "fr-be"
        st = rng.choice(pools["street_befr" if fr else "street_benl"])
        city, pc = rng.choice(pools["city_befr" if fr else "city_benl"])
        num = str(rng.randint(1, 320))
        if rng.random() < 0.25:
            num += rng.choice([" bus 3", " bus 12", "/4", " boîte 2" if fr else " bus 101", "B"])
        r = rng.random()
        if r < 0.55:
            return "%s %s, %s %s" % (st, num, pc, city)
        if r < 0.7:
            return "%s %s - %s %s" % (st, num, pc, city)
        if r < 0.82 and allow_multiline:
            return "%s %s\n%s %s" % (st, num, pc, city)
        if r < 0.9:
            return "%s %s à %s" % (st, num, city) if fr else "%s %s in %s" % (st, num, city)
        return "%s %s" % (st, num)
    if cc == "GB":
        st = rng.choice(pools["street_uk"])
        town = rng.choice(pools["city_uk"])
        num = str(rng.randint(1, 180))
        pre = rng.choice(["", "", "", "Flat %d, " % rng.randint(1, 30), "Flat %d%s, " % (rng.randint(1, 9), rng.choice("ABC"))])
        r = rng.random()
        if r < 0.5:
            return "%s%s %s, %s %s" % (pre, num, st, town, uk_postcode(rng))
        if r < 0.7:
            return "%s%s %s, %s, %s" % (pre, num, st, town, uk_postcode(rng))
        if r < 0.82 and allow_multiline:
            return "%s%s %s\n%s\n%s" % (pre, num, st, town, uk_postcode(rng))
        return "%s %s" % (num, st)
    st = rng.choice(pools["street_us"])
    city, s = rng.choice(US_ST)
    num = str(rng.randint(10, 9800))
    apt = rng.choice(["", "", "", " Apt 4B", " Apt. 12", " Unit 7", " #305"])
    r = rng.random()
    if r < 0.55:
        return "%s %s%s, %s, %s %s" % (num, st, apt, city, s, d(rng, 5))
    if r < 0.7:
        return "%s %s%s, %s %s %s" % (num, st, apt, city, s, d(rng, 5))
    if r < 0.82 and allow_multiline:
        return "%s %s%s\n%s, %s %s" % (num, st, apt, city, s, d(rng, 5))
    return "%s %s%s" % (num, st, apt)


MON = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _lk(lang):
    return "fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"


def dob(rng, lang):
    y, m, dd = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    k = _lk(lang)
    r = rng.random()
    if lang == "en-us":
        opts = ["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%s %d, %d" % (MON[k][m - 1], dd, y), "%d-%02d-%02d" % (y, m, dd), "%02d-%02d-%d" % (m, dd, y)]
    elif k == "en":
        suf = "th" if dd in range(11, 14) else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        opts = ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MON[k][m - 1], y), "%d%s %s %d" % (dd, suf, MON[k][m - 1], y), "%02d.%02d.%02d" % (dd, m, y % 100), "%d-%02d-%02d" % (y, m, dd)]
    else:
        opts = ["%02d-%02d-%d" % (dd, m, y), "%d-%d-%d" % (dd, m, y), "%d %s %d" % (dd, MON[k][m - 1], y), "%02d/%02d/%d" % (dd, m, y), "%02d.%02d.%d" % (dd, m, y), "%02d%02d%d" % (dd, m, y)]
    return opts[int(r * len(opts))]


# ---------------------------------------------------------------- customer numbers
def custno(rng, lang, kind="generic"):
    r = rng.random()
    if kind == "ovcard":
        if lang.startswith("en"):
            return rng.choice([d(rng, 12), " ".join(_sp(d(rng, 12), [4, 4, 4])), "0" + d(rng, 11)])
        if lang in ("nl-be", "fr-be"):
            n = d(rng, 17)
            return rng.choice([n, " ".join(_sp(n, [4, 4, 4, 4, 1])), n[:6] + " " + n[6:]])
        n = "3528" + d(rng, 12)
        return rng.choice([n, " ".join(_sp(n, [4, 4, 4, 4])), "-".join(_sp(n, [4, 4, 4, 4]))])
    if kind == "patient":
        if lang == "en-gb":
            while True:
                n = d(rng, 9)
                t = sum(int(n[i]) * (10 - i) for i in range(9))
                c = 11 - t % 11
                if c == 11:
                    c = 0
                if c != 10:
                    n += str(c)
                    break
            return rng.choice([n, "%s %s %s" % (n[:3], n[3:6], n[6:])])
        if lang == "en-us":
            return rng.choice(["MRN" + d(rng, 7), d(rng, 8), "00" + d(rng, 6)])
        return rng.choice([d(rng, 7), d(rng, 8), d(rng, 3) + "." + d(rng, 3) + "." + d(rng, 2), "P" + d(rng, 7)])
    if kind == "loan":
        return rng.choice([d(rng, 10), "HY" + d(rng, 8), d(rng, 3) + "." + d(rng, 3) + "." + d(rng, 3), "MTG-" + d(rng, 7), d(rng, 2) + "-" + d(rng, 6) + "-" + d(rng, 2)])
    if kind == "member":
        return rng.choice([d(rng, 8), "SP" + d(rng, 6), d(rng, 4) + "-" + d(rng, 4), "ACC" + d(rng, 7), d(rng, 9)])
    if r < 0.35:
        return d(rng, rng.choice([7, 8, 9, 10]))
    if r < 0.55:
        return rng.choice(["KL", "CUST", "K", "C", "CN", "KN"]) + rng.choice(["", "-"]) + d(rng, rng.choice([6, 7, 8]))
    if r < 0.7:
        return d(rng, 3) + " " + d(rng, 3) + " " + d(rng, 3)
    if r < 0.85:
        return d(rng, 2) + "." + d(rng, 3) + "." + d(rng, 3)
    return "".join(rng.choice(UP) for _ in range(2)) + d(rng, 6) + rng.choice(UP)


# ---------------------------------------------------------------- negatives
def n_date(rng, lang):
    m, dd, y = rng.randint(1, 12), rng.randint(1, 28), rng.choice([2025, 2026])
    k = _lk(lang)
    if lang == "en-us":
        return rng.choice(["%d/%d" % (m, dd), "%s %d" % (MON[k][m - 1], dd), "%02d/%02d/%d" % (m, dd, y), "%s %dth" % (MON[k][m - 1][:3], dd if dd > 3 else 4)])
    if k == "en":
        return rng.choice(["%d %s" % (dd, MON[k][m - 1]), "%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MON[k][m - 1][:3], y), "%d/%d" % (dd, m)])
    return rng.choice(["%d %s" % (dd, MON[k][m - 1]), "%02d-%02d-%d" % (dd, m, y), "%d/%d" % (dd, m), "%d-%d" % (dd, m), "%02d.%02d.%d" % (dd, m, y)])


def n_time(rng, lang):
    h, mi = rng.randint(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == "en-us":
        return rng.choice(["%d:%02d %s" % (h % 12 or 12, mi, "pm" if h >= 12 else "am"), "%d:%02d%s" % (h % 12 or 12, mi, "PM" if h >= 12 else "AM")])
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, mi), "%d:%02d" % (h, mi), "%dh" % h])
    return rng.choice(["%d:%02d" % (h, mi), "%02d.%02d" % (h, mi), "%d.%02d uur" % (h, mi) if lang != "en-gb" else "%d.%02dpm" % (h % 12 or 12, mi)])


def n_amount(rng, lang):
    v = rng.choice([rng.randint(3, 99), rng.randint(100, 2500), rng.randint(150000, 650000)])
    c = rng.choice(["00", "50", "95", "99", "25", "10"])
    if lang == "en-gb":
        return rng.choice(["£%d.%s" % (v, c), "£%s" % format(v, ","), "%d.%s GBP" % (v, c)])
    if lang == "en-us":
        return rng.choice(["$%d.%s" % (v, c), "$%s" % format(v, ","), "USD %d" % v])
    vv = format(v, ",").replace(",", ".")
    return rng.choice(["€%s,%s" % (vv, c), "€ %s,-" % vv, "%s,%s euro" % (vv, c), "EUR %s" % vv, "%s €" % vv])


def n_pct(rng, lang):
    a, b = rng.randint(0, 9), rng.randint(0, 99)
    return ("%d.%02d%%" if lang.startswith("en") else "%d,%02d%%") % (a, b) if rng.random() < 0.7 else "%d%%" % rng.randint(5, 100)


def n_year(rng, lang):
    return str(rng.randint(2003, 2027))


def n_qty(rng, lang):
    return str(rng.choice([2, 3, 4, 6, 12, 20, 24, 50]))


def n_order(rng, lang):
    return rng.choice(["#" + d(rng, 7), "ORD-" + d(rng, 4) + "-" + d(rng, 5), d(rng, 10), "BE" + d(rng, 8) if lang.endswith("be") else "W" + d(rng, 9), "A" + d(rng, 8), "#FL-" + d(rng, 5)])


def n_ticket(rng, lang):
    return rng.choice(["#" + d(rng, 6), "CAS-" + d(rng, 5) + "-" + "".join(rng.choice(UP + DIG) for _ in range(6)), "KL-" + d(rng, 4) + "-" + d(rng, 4), d(rng, 8), "SR" + d(rng, 7), "INC" + d(rng, 7)])


def n_invoice(rng, lang):
    return rng.choice(["F" + d(rng, 4) + "-" + d(rng, 5), "INV-" + d(rng, 6), d(rng, 4) + "/" + d(rng, 4), "FAC" + d(rng, 8), "VF-" + d(rng, 6)])


def n_track(rng, lang):
    return rng.choice(["3S" + "".join(rng.choice(UP) for _ in range(4)) + d(rng, 9), "JVGL" + d(rng, 16), "1Z" + "".join(rng.choice(UP + DIG) for _ in range(16)),
                       "CD" + d(rng, 9) + "BE", "3232" + d(rng, 20), "JD" + d(rng, 18)])


def n_req(rng, lang):
    h = "0123456789abcdef"
    a = lambda n: "".join(rng.choice(h) for _ in range(n))
    return rng.choice(["%s-%s-%s-%s-%s" % (a(8), a(4), a(4), a(4), a(12)), "req_" + a(14), "REQ-" + d(rng, 8)])


def n_err(rng, lang):
    return rng.choice(["E-" + d(rng, 3), "0x8007" + d(rng, 4), "ERR_" + rng.choice(["SESSION_EXPIRED", "CARD_DECLINED", "TIMEOUT", "AUTH_FAILED"]), "code " + d(rng, 4), "HTTP 50" + str(rng.randint(0, 4)), "F" + d(rng, 2)])


def n_ver(rng, lang):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 9)), "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 9), rng.randint(0, 40)),
                       "iOS %d.%d.%d" % (rng.randint(15, 18), rng.randint(0, 6), rng.randint(1, 3)), "Android %d" % rng.randint(11, 15), "build %d" % rng.randint(1000, 9999)])


def n_kvk(rng, lang):
    cc = country(lang)
    if cc == "NL":
        return rng.choice(["KvK " + d(rng, 8), "NL" + d(rng, 9) + "B01", "KvK-nummer " + d(rng, 8)])
    if cc == "BE":
        n = "0" + d(rng, 9)
        return rng.choice(["BE " + n[:4] + "." + n[4:7] + "." + n[7:], "BE" + n, n[:4] + "." + n[4:7] + "." + n[7:]])
    if cc == "GB":
        return rng.choice(["Company No. " + d(rng, 8), "GB" + d(rng, 9), "VAT GB " + d(rng, 3) + " " + d(rng, 4) + " " + d(rng, 2)])
    return rng.choice(["EIN " + d(rng, 2) + "-" + d(rng, 7), d(rng, 2) + "-" + d(rng, 7)])


def n_masked(rng, lang):
    tail = d(rng, 4)
    return rng.choice(["**** **** **** " + tail, "****" + tail, "xxxx-xxxx-xxxx-" + tail, "NL** **** **** **" + tail[:2] + " " + tail[2:] if lang == "nl" else "BE** **** **** " + tail,
                       "06-****" + tail, "j****@" + rng.choice(["gmail.com", "telenet.be", "outlook.com"]), "•••• " + tail, "XXXXXX" + tail])


def n_meter(rng, lang):
    return rng.choice([d(rng, 5), str(rng.randint(1000, 99999)) + " kWh", "%05d,%d" % (rng.randint(0, 99999), rng.randint(0, 9)), str(rng.randint(100, 9999)) + " m3"])


def n_port(rng, lang):
    return str(rng.choice([443, 8080, 8443, 3000, 5060, 22, 993, 587, 25565]))


def n_checksum(rng, lang):
    h = "0123456789abcdef"
    return "".join(rng.choice(h) for _ in range(rng.choice([32, 40, 64])))


def n_flight(rng, lang):
    return rng.choice(["KL", "HV", "BA", "SN", "FR", "U2", "UA", "DL", "TB", "EZY"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


# ---------------------------------------------------------------- filler pools (dealt alternately per half)
POOLS = {
    "first_nl": ["Sanne", "Daan", "Femke", "Joris", "Lieke", "Bram", "Noor", "Thijs", "Marloes", "Ruud", "Esmee", "Gerrit", "Ilse", "Wouter", "Anouk", "Kees", "Merel", "Sjoerd", "Yara", "Henk", "Fleur", "Pim", "Tamara", "Jeroen"],
    "last_nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "van der Linden", "Kok", "Jacobs", "Schouten"],
    "first_be": ["Lotte", "Wout", "Elke", "Jens", "Femke", "Pieter-Jan", "Nele", "Stijn", "Hanne", "Koen", "Lien", "Bart", "Ine", "Tom", "An", "Seppe", "Griet", "Ruben", "Katrien", "Dries"],
    "last_be": ["Peeters", "Janssens", "Maes", "Jacobs", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Broeck", "Mertens", "Dubois", "Lambrechts", "Verstraete", "De Clercq", "Hermans", "Aerts"],
    "first_fr": ["Amélie", "Julien", "Camille", "Nicolas", "Manon", "Sébastien", "Chloé", "Olivier", "Léa", "François", "Aurélie", "Maxime", "Céline", "Thibault", "Pauline", "Gaëtan", "Inès", "Arnaud"],
    "last_fr": ["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Lejeune", "Renard", "Simon", "Laurent", "Denis", "Collard", "François", "Mathieu", "Piron", "Gilson", "Hubert", "Noël", "Lemaire"],
    "first_en": ["Emma", "Oliver", "Sophie", "Harry", "Chloe", "Jack", "Megan", "Liam", "Hannah", "Ethan", "Grace", "Tyler", "Ashley", "Ryan", "Lauren", "Connor", "Brianna", "Callum", "Madison", "Owen"],
    "last_en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Hughes", "Miller", "Garcia", "O'Brien", "Patel", "Clarke"],
    "agent": ["Mark", "Linda", "Youssef", "Inge", "Tim", "Kim", "Sarah", "Dennis", "Laura", "Niels", "Fatima", "Bas", "Elise", "Robin", "Nathalie", "Jeff"],
    "street_nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beukenlaan", "Prinsengracht", "Vondelstraat", "Schoolstraat", "Wilhelminastraat", "Nieuwe Binnenweg", "Oranjesingel", "Koningsweg", "Lindenhof", "Zeestraat", "Hoofdstraat"],
    "city_nl": ["Utrecht", "Amsterdam", "Zwolle", "Haarlem", "Groningen", "Eindhoven", "Den Haag", "Nijmegen", "Almere", "Breda", "Leeuwarden", "Amersfoort", "Tilburg", "Delft", "Apeldoorn", "Enschede"],
    "street_benl": ["Kerkstraat", "Stationsstraat", "Kapelsesteenweg", "Grote Markt", "Brusselsesteenweg", "Nieuwstraat", "Dorp-West", "Veldstraat", "Lange Lozanastraat", "Tiensestraat", "Kortrijksesteenweg", "Meir"],
    "city_benl": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Berchem", "2600"), ("Genk", "3600"), ("Sint-Niklaas", "9100"), ("Turnhout", "2300")],
    "street_befr": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Boulevard d'Avroy", "Rue des Wallons", "Place Saint-Lambert", "Rue de Namur", "Avenue des Combattants", "Rue du Moulin", "Chaussée de Louvain", "Rue Neuve"],
    "city_befr": [("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Ixelles", "1050"), ("Mons", "7000"), ("Wavre", "1300"), ("Uccle", "1180"), ("Louvain-la-Neuve", "1348"), ("Tournai", "7500"), ("Arlon", "6700"), ("Schaerbeek", "1030"), ("Verviers", "4800")],
    "street_uk": ["Acacia Avenue", "High Street", "Church Lane", "Victoria Road", "Station Road", "Mill Lane", "Queens Drive", "Park Crescent", "Kingsway", "Albert Terrace", "Greenbank Close", "Manor Way"],
    "city_uk": ["Leeds", "Manchester", "Bristol", "London", "Sheffield", "Nottingham", "Cardiff", "York", "Brighton", "Glasgow", "Reading", "Norwich"],
    "street_us": ["Maple Street", "Oak Avenue", "Elm Drive", "Lakeview Blvd", "Pine Ridge Rd", "Sunset Ave", "Cedar Lane", "Washington St", "Highland Ave", "Meadow Court", "River Road", "Hillcrest Dr"],
    "ssid": ["Ziggo-5G-7A21", "TelenetWiFree", "VGV7519A3F2", "BTHub6-XK2P", "NETGEAR42", "Proximus-Home-8C1B", "Linksys-Cuisine", "FRITZ!Box 7590 QZ", "KPN-Experia-ZZ", "xfinitywifi-home", "SKY4A9C2", "bbox-woonkamer"],
    "model": ["BKE-6400X", "HX-220/4", "KM 7692 FS", "SPV 4XMX20E", "WM14N2G9", "RT-AX58U", "QN65Q80C", "EB-4820", "VX3268", "TL-WR840N", "IQ700 HB678", "NSF7920", "MKE-88B", "CFG-1320W"],
    "hospital": ["UMC Noord", "Sint-Jansziekenhuis", "AZ Sint-Maarten", "CHU Sainte-Anne", "St Mary's Hospital", "Riverside Medical Center", "Rijnstate-poli", "Ziekenhuis Gelderse Vallei", "Clinique du Parc", "Westfield Clinic", "Maasziekenhuis", "AZ Groeninge"],
    "urlpath": ["/klantenservice", "/mijn-account", "/help/contact", "/faq", "/status", "/inloggen", "/service/retour", "/afspraak", "/voorwaarden", "/support/ticket", "/app", "/privacy"],
    "hashtag": ["#fail", "#klantenservice", "#hypotheek", "#ovchipkaart", "#NS", "#MIVB", "#TfL", "#bloemen", "#keuken", "#lotto", "#ziekenhuis", "#help", "#geduld", "#service", "#nooitweer", "#thanks", "#delijn", "#verjaardag"],
}

BRANDS = {
    "mortgage": [("Hypotheekhuis Nederland", "hypotheekhuis"), ("Woonkrediet BE", "woonkrediet"), ("De Rentewinkel", "rentewinkel"), ("Crédit Logis", "creditlogis"),
                 ("HomeLoan Direct", "homeloandirect"), ("Brickstone Mortgages", "brickstonemtg"), ("Huisbank Advies", "huisbankadvies"), ("Keystone Lending", "keystonelend")],
    "hospital": [("Zorgpoli", "zorgpoli"), ("MediAfspraak", "mediafspraak"), ("CliniqueRDV", "cliniquerdv"), ("MyHealth Portal", "myhealthportal"),
                 ("Patiëntportaal Zuid", "patientzuid"), ("CareBook", "carebook_help"), ("HuisartsNu", "huisartsnu"), ("Polyclinic Online", "polyclinic")],
    "betting": [("Lotto Royaal", "lottoroyaal"), ("BetOranje", "betoranje"), ("Wedden.be", "weddenbe"), ("Loterie Fortune", "loteriefortune"),
                ("SpinStake", "spinstake"), ("Postcodeprijs", "postcodeprijs"), ("Goal365", "goal365help"), ("LuckyDraw UK", "luckydrawuk")],
    "florist": [("Bloemenhuis Flora", "bloemenflora"), ("Fleurdirect", "fleurdirect"), ("Tulpenpost", "tulpenpost"), ("Fleurs & Co", "fleursetco"),
                ("Petal Express", "petalexpress"), ("BloomBox", "bloombox_uk"), ("Boeketbezorgd", "boeketbezorgd"), ("Stem & Stalk", "stemandstalk")],
    "furniture": [("Woonplein XL", "woonpleinxl"), ("KeukenKampioen", "keukenkampioen"), ("Meubelmarkt", "meubelmarkt"), ("Cuisines Delta", "cuisinesdelta"),
                  ("SofaStore", "sofastore"), ("Oakhouse Kitchens", "oakhousekitchens"), ("Interieurhal", "interieurhal"), ("Home&Hearth", "homeandhearth")],
    "transport": [("OV-reiskaart", "ovreiskaart"), ("StadVervoer", "stadvervoer"), ("TransBus", "transbus"), ("Metro+", "metroplus_be"),
                  ("CityPass Travel", "citypasstravel"), ("RailCard Help", "railcardhelp"), ("Reizigersdienst", "reizigersdienst"), ("TransitTap", "transittap")],
}
