"""Value makers for blind26.  Shapes follow how real systems issue values."""
import string

from core import luhn_complete, iban_from_bban, ean13

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64URL = AN + "-_"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


class Ctx:
    def __init__(self, rng, lang, pools):
        self.rng = rng
        self.lang = lang
        self.fam = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]
        self.P = pools
        self.memo = {}
        self.last = {}
        self.sector = None

    @property
    def be(self):
        return self.lang in ("nl-be", "fr-be")

    def pick(self, pool):
        return self.rng.choice(self.P[pool])

    def words(self):
        return self.P["pwwords_" + ("en" if self.fam == "en" else "fr" if self.fam == "fr" else "nl")]


def fresh(fn):
    fn.fresh = True
    return fn


# ---------------------------------------------------------------- credentials

SYMS = "!@#$%&*?_-+="


def password(c):
    r = c.rng
    w = r.choice(c.words())
    style = r.random()
    if style < 0.25:
        return w.capitalize() + str(r.choice([r.randint(1990, 2025), r.randint(1, 99), r.randint(100, 9999)])) + r.choice(["!", "", "?", "#", "!!", "*", ""])
    if style < 0.40:
        return w.lower() + str(r.randint(1, 999))
    if style < 0.52:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1").replace("s", "$")
        return leet.capitalize() + str(r.randint(10, 99))
    if style < 0.66:
        n = r.randint(8, 16)
        s = [r.choice(UP), r.choice(LO), r.choice(DG), r.choice(SYMS)] + [r.choice(AN + "!#$%&*") for _ in range(n - 4)]
        r.shuffle(s)
        while s[-1] in ".,":
            s[-1] = r.choice(AN)
        return "".join(s)
    if style < 0.78:
        parts = [r.choice(c.words()).lower() for _ in range(r.randint(3, 4))]
        return r.choice(["-", ".", "_"]).join(parts) + r.choice(["", str(r.randint(1, 99))])
    if style < 0.88:
        name = r.choice(c.P["fn_" + c.fam]).lower()
        return name + r.choice(["", "_", "."]) + str(r.randint(1995, 2012)) + r.choice(["", "!", "xx"])
    if style < 0.94:
        return r.choice(["xX_", "X_", "Tt", "iiI"]) + w.capitalize() + r.choice(["_Xx", "_X", "tT", "Iii"]) + str(r.randint(1, 99))
    return rs(r, LO + DG, r.randint(6, 9))


def pin(c):
    r = c.rng
    n = r.choices([4, 5, 6], [80, 6, 14])[0]
    return rs(r, DG, n)


DIGIT_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "vl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def spell(c, digits):
    r = c.rng
    words = DIGIT_WORDS[c.fam]
    mode = r.random()
    if mode < 0.5:
        sep = r.choice([" ", "-", ", ", " "])
        out = sep.join(words[int(d)] for d in digits)
        if c.fam == "en" and r.random() < 0.3:
            out = out.replace("zero", "oh")
        return out
    if mode < 0.8:
        return " ".join(digits)
    return "-".join(digits)


@fresh
def pin_spelled(c):
    p = rs(c.rng, DG, 4)
    c.last["pin"] = p
    return spell(c, p)


def pin_swap(c):
    p = c.last.get("pin") or rs(c.rng, DG, 4)
    i = c.rng.randrange(len(p) - 1)
    q = p[:i] + p[i + 1] + p[i] + p[i + 2:]
    if q == p:
        q = p[:-1] + str((int(p[-1]) + 1) % 10)
    return q


def puk(c):
    return rs(c.rng, DG, 8)


def otp(c):
    r = c.rng
    x = r.random()
    if x < 0.55:
        return rs(r, DG, 6)
    if x < 0.65:
        return rs(r, DG, 3) + r.choice([" ", "-"]) + rs(r, DG, 3)
    if x < 0.75:
        return rs(r, DG, 4)
    if x < 0.82:
        return rs(r, DG, 8)
    if x < 0.88:
        return rs(r, DG, 5)
    if x < 0.94:
        return rs(r, "BCDFGHJKMNPQRTVWXY2346789", 5)  # game-launcher style
    return rs(r, UP + DG, 3) + "-" + rs(r, UP + DG, 3)


@fresh
def otp_spelled(c):
    p = rs(c.rng, DG, 6)
    return spell(c, p)


def wifi_key(c):
    r = c.rng
    x = r.random()
    if x < 0.3:
        return rs(r, AN, r.choice([12, 13, 16, 20]))
    if x < 0.45:
        return rs(r, "0123456789abcdef", r.choice([10, 26]))
    if x < 0.6:
        return rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", r.choice([10, 12, 16]))
    if x < 0.75:
        return r.choice(c.words()).capitalize() + r.choice(c.words()).capitalize() + str(r.randint(10, 9999))
    if x < 0.88:
        return "-".join(rs(r, LO + DG, 4) for _ in range(4))
    return rs(r, DG, r.choice([8, 10, 12]))


def username(c):
    r = c.rng
    fn = r.choice(c.P["fn_" + c.fam])
    w = r.choice(c.P["tagwords"])
    x = r.random()
    if x < 0.2:
        return "xX_" + w + "_" + str(r.randint(2004, 2012)) + "_Xx"
    if x < 0.35:
        return fn.lower() + r.choice(["_", ".", ""]) + str(r.randint(1, 2012))
    if x < 0.5:
        return w + "_" + fn + str(r.randint(1, 99))
    if x < 0.6:
        return "TTV_" + w + fn
    if x < 0.72:
        return fn.lower() + "." + r.choice(c.P["ln_" + c.fam]).lower().replace(" ", "")
    if x < 0.84:
        return w.lower() + str(r.randint(100, 99999))
    if x < 0.92:
        return "itz_" + fn.lower() + "_" + rs(r, DG, 2)
    return w + w[:1].upper() + rs(r, DG, 4)


def api_key(c):
    r = c.rng
    x = r.random()
    if x < 0.25:
        return "sk_live_" + rs(r, AN, 24)
    if x < 0.35:
        return "sk_test_" + rs(r, AN, 24)
    if x < 0.5:
        return "AIza" + rs(r, AN + "-_", 35)
    if x < 0.65:
        return rs(r, "0123456789abcdef", r.choice([32, 40]))
    if x < 0.75:
        return "api_" + rs(r, LO + DG, 32)
    if x < 0.85:
        return "key-" + rs(r, "0123456789abcdef", 32)
    if x < 0.93:
        return "SG." + rs(r, AN + "-_", 22) + "." + rs(r, AN + "-_", 43)
    return "pk_" + rs(r, LO + DG, 8) + "_" + rs(r, AN, 24)


def aws_key(c):
    return "AKIA" + rs(c.rng, UP + "234567", 16)


def aws_secret(c):
    return rs(c.rng, AN + "+/", 40)


def token(c):
    r = c.rng
    x = r.random()
    if x < 0.3:
        return "ghp_" + rs(r, AN, 36)
    if x < 0.45:
        return "glpat-" + rs(r, AN + "-_", 20)
    if x < 0.6:
        return "xoxb-" + rs(r, DG, 12) + "-" + rs(r, DG, 13) + "-" + rs(r, AN, 24)
    if x < 0.75:
        return rs(r, AN, 40)
    if x < 0.85:
        return "github_pat_" + rs(r, AN, 22) + "_" + rs(r, AN, 59)
    return jwt(c)


def jwt(c):
    r = c.rng
    head = r.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                     "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9"])
    return head + ".eyJ" + rs(r, B64URL, r.randint(40, 120)) + "." + rs(r, B64URL, 43)


# ---------------------------------------------------------------- payment

def group(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return sep.join(out)


def card(c):
    r = c.rng
    kind = r.choices(["visa", "mc", "amex", "maestro"], [45, 30, 12, 13])[0]
    if kind == "visa":
        d = luhn_complete("4" + rs(r, DG, 5), 16, r)
    elif kind == "mc":
        d = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + rs(r, DG, 2), 16, r)
    elif kind == "amex":
        d = luhn_complete(r.choice(["34", "37"]) + rs(r, DG, 4), 15, r)
    else:
        d = luhn_complete(r.choice(["6703", "5018", "6759", "6304"]) + rs(r, DG, 2), r.choice([16, 17, 19]), r)
    c.memo["_amex"] = kind == "amex"
    if kind == "amex":
        sizes = [4, 6, 5]
    else:
        sizes = [4] * (len(d) // 4) + ([len(d) % 4] if len(d) % 4 else [])
    sep = r.choices([" ", "", "-", "  "], [55, 25, 15, 5])[0]
    return group(d, sizes, sep) if sep else d


def cvv(c):
    return rs(c.rng, DG, 4 if c.memo.get("_amex") else 3)


MONTHS = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
MONTHS_LONG = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def mfam(c):
    return "nl" if c.fam in ("nl", "vl") else c.fam


def expiry(c):
    r = c.rng
    m, y = r.randint(1, 12), r.randint(2025, 2031)
    x = r.random()
    if x < 0.5:
        return "%02d/%02d" % (m, y % 100)
    if x < 0.65:
        return "%02d/%d" % (m, y)
    if x < 0.75:
        return "%d/%02d" % (m, y % 100)
    if x < 0.85:
        return "%02d-%02d" % (m, y % 100)
    return "%s %d" % (MONTHS[mfam(c)][m - 1], y)


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]


def iban(c):
    r = c.rng
    if c.lang == "nl":
        cc = r.choices(["NL", "BE", "DE"], [85, 8, 7])[0]
    elif c.be:
        cc = r.choices(["BE", "NL", "FR", "LU"], [80, 8, 8, 4])[0]
    elif c.lang == "en-gb":
        cc = r.choices(["GB", "IE", "NL", "ES"], [75, 10, 8, 7])[0]
    else:
        cc = r.choices(["DE", "GB", "FR", "IT", "NL"], [25, 25, 20, 15, 15])[0]
    if cc == "NL":
        bban = r.choice(NL_BANKS) + rs(r, DG, 10)
    elif cc == "BE":
        b = rs(r, DG, 10)
        k = int(b) % 97 or 97
        bban = b + "%02d" % k
    elif cc == "DE":
        bban = rs(r, DG, 18)
    elif cc == "FR":
        bank, br, acc = rs(r, DG, 5), rs(r, DG, 5), rs(r, DG, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        bban = bank + br + acc + "%02d" % key
    elif cc in ("GB", "IE"):
        bban = (r.choice(GB_BANKS) if cc == "GB" else r.choice(["AIBK", "BOFI"])) + rs(r, DG, 14)
    elif cc == "LU":
        bban = rs(r, DG, 16)
    elif cc == "ES":
        bban = rs(r, DG, 20)
    else:  # IT
        bban = r.choice(UP) + rs(r, DG, 10) + rs(r, DG, 12)
    ib = iban_from_bban(cc, bban)
    x = r.random()
    if x < 0.5:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if x < 0.75:
        return ib
    if x < 0.85:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    if x < 0.93:
        rest = ib[4:]
        return ib[:2] + " " + ib[2:4] + " " + " ".join(rest[i:i + 4] for i in range(0, len(rest), 4))
    return ib.lower()


def _dob_tuple(c):
    if "_dob" not in c.memo:
        r = c.rng
        c.memo["_dob"] = (r.randint(1, 28), r.randint(1, 12), r.choices([r.randint(1990, 1999), r.randint(2000, 2010)], [35, 65])[0])
    return c.memo["_dob"]


def dob(c):
    r = c.rng
    d, m, y = _dob_tuple(c)
    f = mfam(c)
    x = r.random()
    if c.lang == "en-us":
        if x < 0.5:
            return "%02d/%02d/%d" % (m, d, y)
        if x < 0.8:
            return "%s %d, %d" % (MONTHS_LONG["en"][m - 1], d, y)
        return "%d-%02d-%02d" % (y, m, d)
    if x < 0.4:
        return "%02d-%02d-%d" % (d, m, y) if f == "nl" else "%02d/%02d/%d" % (d, m, y)
    if x < 0.6:
        return "%d/%d/%d" % (d, m, y)
    if x < 0.85:
        return "%d %s %d" % (d, MONTHS_LONG[f][m - 1], y)
    if x < 0.93:
        return "%02d.%02d.%d" % (d, m, y)
    return "%02d%02d%02d" % (d, m, y % 100)


def natid(c):
    r = c.rng
    if c.lang == "nl":
        while True:
            d = str(r.randint(1, 3)) + rs(r, DG, 7)
            for last in DG:
                if int(last) < 10 and (sum(int((d + last)[i]) * (9 - i) for i in range(8)) - int(last)) % 11 == 0:
                    v = d + last
                    x = r.random()
                    if x < 0.6:
                        return v
                    if x < 0.8:
                        return v[:4] + "." + v[4:6] + "." + v[6:]
                    return v[:3] + " " + v[3:6] + " " + v[6:]
    d, m, y = _dob_tuple(c)
    seq = r.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    num = int(base) + (2000000000 if y >= 2000 else 0)
    chk = 97 - num % 97
    v = base + "%02d" % chk
    x = r.random()
    if x < 0.5:
        return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if x < 0.8:
        return v
    return "%s %s %s" % (v[:6], v[6:9], v[9:])


# ---------------------------------------------------------------- contact

def email(c):
    r = c.rng
    fn = r.choice(c.P["fn_" + c.fam]).lower()
    ln = r.choice(c.P["ln_" + c.fam]).lower().replace(" ", "").replace("'", "")
    dom = r.choice(c.P["maildom_" + c.fam])
    x = r.random()
    if x < 0.35:
        local = fn + r.choice([".", "_", ""]) + ln
    elif x < 0.6:
        local = fn + str(r.randint(1, 2012))
    elif x < 0.75:
        local = r.choice(c.P["tagwords"]).lower() + "." + fn
    elif x < 0.85:
        local = fn[0] + "." + ln
    else:
        local = "xx" + fn + "xx" + str(r.randint(1, 99))
    for a, b in (("é", "e"), ("ë", "e"), ("è", "e"), ("ï", "i"), ("ç", "c")):
        local = local.replace(a, b)
    return local + "@" + dom


def email_obf(c):
    e = email(c)
    local, dom = e.split("@")
    r = c.rng
    x = r.random()
    if x < 0.35:
        return " . ".join(local.split(".")) + " @ " + " . ".join(dom.split("."))
    at = {"nl": "apenstaartje", "vl": "at", "fr": "arobase", "en": "at"}[c.fam]
    dot = {"nl": "punt", "vl": "punt", "fr": "point", "en": "dot"}[c.fam]
    if x < 0.7:
        return local + "[at]" + dom.replace(".", "[dot]")
    return local + " " + at + " " + dom.replace(".", " " + dot + " ")


def phone(c):
    r = c.rng
    L = c.lang
    x = r.random()
    if L == "nl":
        n = "6" + rs(r, DG, 8)
        if x < 0.3:
            return "06" + r.choice(["", "-", " "]) + n[1:]
        if x < 0.5:
            return "06 " + n[1:5] + " " + n[5:]
        if x < 0.7:
            return "+31 6 " + n[1:5] + " " + n[5:]
        if x < 0.8:
            return "+31" + n
        if x < 0.9:
            return "0031" + n
        return "0" + r.choice(["20", "10", "30", "50", "40"]) + "-" + rs(r, "123456789", 1) + rs(r, DG, 6)
    if L in ("nl-be", "fr-be"):
        p = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "490", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
        n = rs(r, DG, 6)
        if x < 0.35:
            return "0" + p + " " + n[:2] + " " + n[2:4] + " " + n[4:]
        if x < 0.55:
            return "+32 " + p + " " + n[:2] + " " + n[2:4] + " " + n[4:]
        if x < 0.7:
            return "0" + p + "/" + n[:2] + "." + n[2:4] + "." + n[4:]
        if x < 0.8:
            return "0032" + p + n
        if x < 0.9:
            return "0" + p + n
        return "0" + r.choice(["2", "3", "9", "4"]) + " " + rs(r, "2345678", 1) + rs(r, DG, 2) + " " + rs(r, DG, 2) + " " + rs(r, DG, 2)
    if L == "en-gb":
        n = "7" + rs(r, "1345789", 1) + rs(r, DG, 8)
        if x < 0.4:
            return "0" + n[:4] + " " + n[4:]
        if x < 0.65:
            return "+44 " + n[:4] + " " + n[4:7] + " " + n[7:]
        if x < 0.8:
            return "0" + n
        if x < 0.9:
            return "+44" + n
        return "020 " + rs(r, "378", 1) + rs(r, DG, 3) + " " + rs(r, DG, 4)
    a = r.choice(["212", "312", "415", "503", "512", "614", "617", "702", "713", "206", "404", "305"])
    e = rs(r, "23456789", 1) + rs(r, DG, 2)
    s = rs(r, DG, 4)
    if x < 0.35:
        return "(%s) %s-%s" % (a, e, s)
    if x < 0.6:
        return "%s-%s-%s" % (a, e, s)
    if x < 0.75:
        return "+1 %s %s %s" % (a, e, s)
    if x < 0.88:
        return "%s.%s.%s" % (a, e, s)
    return a + e + s


@fresh
def phone_spelled(c):
    r = c.rng
    if c.lang == "nl":
        d = "06" + rs(r, DG, 8)
    elif c.be:
        d = "04" + r.choice(["7", "8", "9"]) + rs(r, DG, 7)
    elif c.lang == "en-gb":
        d = "07" + rs(r, "1345789", 1) + rs(r, DG, 8)
    else:
        d = rs(r, "2345678", 1) + rs(r, DG, 9)
    return spell(c, d)


def _nl_postcode(r):
    return str(r.randint(1011, 9999)) + " " + r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")


def _street_parts(c):
    r = c.rng
    st = r.choice(c.P["street_" + ("be" if c.fam == "vl" else c.fam if c.fam != "en" else ("gb" if c.lang == "en-gb" else "us"))])
    num = str(r.randint(1, 240))
    if r.random() < 0.2:
        num += r.choice(["a", "b", "A", "-2", " bus 3", " bis"]) if c.fam != "en" else ""
    city = r.choice(c.P["city_" + ("be" if c.fam == "vl" else c.fam if c.fam != "en" else ("gb" if c.lang == "en-gb" else "us"))])
    return st, num, city


def _address(c, multiline):
    r = c.rng
    st, num, city = _street_parts(c)
    sep = "\n" if multiline else r.choice([", ", ", ", " "])
    if c.fam == "nl":
        line1 = st + " " + num
        line2 = _nl_postcode(r) + r.choice([" ", "  "]) + city
    elif c.fam in ("vl", "fr"):
        cname, pc = city
        if c.fam == "fr":
            line1 = st + " " + num
            if r.random() < 0.2:
                line1 = num + ", " + st
        else:
            line1 = st + " " + num
        line2 = pc + " " + cname
    elif c.lang == "en-gb":
        cname, pc = city
        line1 = num + " " + st
        if r.random() < 0.2:
            line1 = "Flat " + str(r.randint(1, 12)) + (", " if not multiline else "\n") + line1
        line2 = cname + (", " if not multiline else "\n") + pc + " " + rs(r, DG, 1) + rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2)
    else:
        cname, st_code, zipc = city
        line1 = num + " " + st
        if r.random() < 0.25:
            line1 += r.choice([" Apt ", " Unit ", " #"]) + str(r.randint(1, 40)) + r.choice(["", "B", "C"])
        line2 = cname + ", " + st_code + " " + zipc
    if not multiline and r.random() < 0.2 and c.fam != "en":
        return line1
    return line1 + sep + line2


def address(c):
    return _address(c, False)


def address_ml(c):
    return _address(c, True)


def ip(c):
    r = c.rng
    if r.random() < 0.85:
        first = r.choice([31, 37, 45, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 94, 109, 141, 145, 176, 178, 185, 188, 194, 212, 213, 217])
        return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return "2a02:" + ":".join(rs(r, "0123456789abcdef", 4) for _ in range(3)) + "::" + rs(r, "0123456789abcdef", r.randint(1, 4))


def custnr(c):
    r = c.rng
    x = r.random()
    if x < 0.3:
        return rs(r, "123456789", 1) + rs(r, DG, r.choice([7, 8, 9]))
    if x < 0.45:
        return r.choice(["KL", "CU", "C", "ACC", "MB", "K"]) + r.choice(["-", "", " "]) + rs(r, DG, r.choice([6, 7, 8]))
    if x < 0.6 and c.be:
        d = rs(r, DG, 10)
        return d[0] + "." + d[1:4] + "." + d[4:7] + "." + d[7:]
    if x < 0.7:
        return rs(r, DG, 3) + "-" + rs(r, DG, 3) + "-" + rs(r, DG, 3)
    if x < 0.8:
        return rs(r, DG, 2) + rs(r, UP, 2) + rs(r, DG, 6)
    if x < 0.9:
        return "1." + rs(r, DG, 8)
    return rs(r, DG, 12)


# ---------------------------------------------------------------- hard negatives

def amount(c):
    r = c.rng
    e, ct = r.randint(1, 189), r.randint(0, 99)
    if c.lang == "en-gb":
        return r.choice(["£%d.%02d" % (e, ct), "£%d" % e, "%d.%02d GBP" % (e, ct)])
    if c.lang == "en-us":
        return r.choice(["$%d.%02d" % (e, ct), "$%d" % e, "USD %d.%02d" % (e, ct)])
    return r.choice(["€%d,%02d" % (e, ct), "€ %d,%02d" % (e, ct), "%d,%02d euro" % (e, ct), "%d EUR" % e, "€%d" % e, "%d,%02d€" % (e, ct)])


def company_phone(c):
    r = c.rng
    L = c.lang
    if L == "nl":
        return r.choice(["0800-" + rs(r, DG, 4), "088 " + rs(r, DG, 3) + " " + rs(r, DG, 4), "0900-" + rs(r, DG, 4), "0800 " + rs(r, DG, 3) + " " + rs(r, DG, 4)])
    if c.be:
        return r.choice(["0800 " + rs(r, DG, 2) + " " + rs(r, DG, 3), "078 " + rs(r, DG, 2) + " " + rs(r, DG, 2) + " " + rs(r, DG, 2), "070 " + rs(r, DG, 3) + " " + rs(r, DG, 3), "1" + rs(r, DG, 3)])
    if L == "en-gb":
        return r.choice(["0800 " + rs(r, DG, 3) + " " + rs(r, DG, 4), "0333 " + rs(r, DG, 3) + " " + rs(r, DG, 4), "0345 " + rs(r, DG, 3) + " " + rs(r, DG, 4), "150"])
    return r.choice(["1-800-" + rs(r, DG, 3) + "-" + rs(r, DG, 4), "1 (888) " + rs(r, DG, 3) + "-" + rs(r, DG, 4), "800-" + rs(r, DG, 3) + "-" + rs(r, DG, 4), "611"])


def company_reg(c):
    r = c.rng
    L = c.lang
    if L == "nl":
        return r.choice([("KvK ", rs(r, DG, 8), ""), ("KvK-nummer: ", rs(r, DG, 8), ""), ("btw ", "NL" + rs(r, DG, 9) + "B01", "")])
    if c.be:
        d = "0" + rs(r, "4567", 1) + rs(r, DG, 8)
        lab = "ondernemingsnummer " if L == "nl-be" else "n° d'entreprise "
        return r.choice([(lab, d[:4] + "." + d[4:7] + "." + d[7:], ""), ("BTW " if L == "nl-be" else "TVA ", "BE " + d[:4] + "." + d[4:7] + "." + d[7:], ""), ("", "BE" + d, "")])
    if L == "en-gb":
        return r.choice([("Company No. ", rs(r, DG, 8), ""), ("VAT Reg. No. ", "GB " + rs(r, DG, 3) + " " + rs(r, DG, 4) + " " + rs(r, DG, 2), "")])
    return ("EIN ", rs(r, DG, 2) + "-" + rs(r, DG, 7), "")


def date(c):
    r = c.rng
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2025, 2026])
    f = mfam(c)
    x = r.random()
    if c.lang == "en-us":
        return r.choice(["%d/%d/%d" % (m, d, y), "%s %d" % (MONTHS_LONG["en"][m - 1], d), "%d/%d" % (m, d)])
    if x < 0.35:
        return "%02d-%02d-%d" % (d, m, y) if f == "nl" else "%02d/%02d/%d" % (d, m, y)
    if x < 0.6:
        return "%d %s" % (d, MONTHS_LONG[f][m - 1])
    if x < 0.8:
        return "%d/%d" % (d, m)
    return "%d %s %d" % (d, MONTHS[f][m - 1], y)


def time_(c):
    r = c.rng
    h, mi = r.randint(7, 23), r.choice([0, 5, 12, 15, 30, 41, 45, 58])
    if c.lang == "en-us":
        return r.choice(["%d:%02d%s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "PM" if h >= 12 else "AM")])
    if c.fam == "fr":
        return r.choice(["%dh%02d" % (h, mi), "%d:%02d" % (h, mi), "%dh" % h])
    if c.fam == "vl":
        return r.choice(["%du%02d" % (h, mi), "%d:%02d" % (h, mi), "%du" % h])
    return r.choice(["%d:%02d" % (h, mi), "%02d.%02d" % (h, mi), "%d:%02d" % (h, mi)])


def year(c):
    return str(c.rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))


def error_code(c):
    r = c.rng
    return r.choice([
        "E-" + rs(r, DG, 4), "0x800" + rs(r, "0123456789ABCDEF", 5), "CE-" + rs(r, DG, 5) + "-" + rs(r, DG, 1),
        "NW-" + rs(r, "1234", 1) + "-" + rs(r, DG, 1), "ERR_" + r.choice(["CONNECTION_RESET", "NETWORK_CHANGED", "TIMED_OUT"]),
        "2-" + rs(r, DG, 6), "S" + rs(r, DG, 4) + "-" + rs(r, DG, 4), "0xc00" + rs(r, "0123456789abcdef", 5),
        "error " + rs(r, "45", 1) + rs(r, DG, 2), "LS-" + rs(r, DG, 4), "ECODE " + rs(r, DG, 3), "U" + rs(r, DG, 4) + "-" + rs(r, UP + DG, 4),
    ])


def flight(c):
    r = c.rng
    return r.choice(["KL", "HV", "FR", "SN", "BA", "U2", "UA", "TB", "LH", "AF"]) + r.choice(["", " "]) + str(r.randint(100, 9999))


def hashtag(c):
    return "#" + c.pick("hashtags_" + c.fam)


def _bpool(c, sector):
    mk = "brand_%s_%s" % (sector, "nl" if c.lang == "nl" else "be" if c.be else "gb" if c.lang == "en-gb" else "us")
    return mk if mk in c.P else "brand_" + sector


def mention(c):
    b = c.memo.get("_brand") or c.pick(_bpool(c, c.sector or "s"))
    h = "".join(ch for ch in b.lower() if ch.isalnum())
    suf = c.rng.choice(["", "_care", "helpt", "_nl" if c.fam == "nl" else "_be" if c.be else "_uk" if c.lang == "en-gb" else "_us", "support", "help", "_webcare"])
    return "@" + h + suf


def invoice(c):
    r = c.rng
    return r.choice(["F" + year(c) + "-" + rs(r, DG, 6), "INV-" + rs(r, DG, 6), year(c) + "/" + rs(r, DG, 6), "FAC" + rs(r, DG, 8), rs(r, DG, 10)])


def order(c):
    r = c.rng
    return r.choice(["#" + rs(r, DG, 9), "ORD-" + rs(r, DG, 4) + "-" + rs(r, DG, 4), rs(r, DG, 3) + "-" + rs(r, DG, 7) + "-" + rs(r, DG, 7),
                     rs(r, "123456789", 1) + rs(r, DG, 9), "A" + rs(r, DG, 8), "#" + rs(r, UP, 2) + rs(r, DG, 6)])


def ticket(c):
    r = c.rng
    return r.choice(["#" + rs(r, DG, 7), "TCK-" + rs(r, DG, 6), "SR " + rs(r, DG, 1) + "-" + rs(r, DG, 9), "CASE-" + rs(r, DG, 8), rs(r, DG, 8), "INC" + rs(r, DG, 7)])


def tracking(c):
    r = c.rng
    return r.choice(["3S" + rs(r, UP, 4) + rs(r, DG, 9), "1Z" + rs(r, UP + DG, 6) + rs(r, DG, 10), "JVGL" + rs(r, DG, 14),
                     r.choice(["CD", "LX", "RR", "CX"]) + rs(r, DG, 9) + r.choice(["BE", "NL", "GB", "DE"]), "3232" + rs(r, DG, 20),
                     rs(r, DG, 14), "H" + rs(r, DG, 2) + rs(r, UP, 3) + rs(r, DG, 10)])


def request_id(c):
    r = c.rng
    h = "0123456789abcdef"
    return r.choice([rs(r, h, 8) + "-" + rs(r, h, 4) + "-4" + rs(r, h, 3) + "-" + r.choice("89ab") + rs(r, h, 3) + "-" + rs(r, h, 12),
                     "req_" + rs(r, AN, 14), rs(r, UP + DG, 16), rs(r, h, 16) + "-AMS"])


def meter(c):
    r = c.rng
    return r.choice(["%05d" % r.randint(0, 99999), "%d kWh" % r.randint(1000, 40000), "%d,%03d m³" % (r.randint(100, 9999), r.randint(0, 999)), "%d" % r.randint(10000, 999999)])


def model(c):
    return c.pick("models")


def product(c):
    r = c.rng
    return r.choice(["SKU " + rs(r, DG, 3) + "-" + rs(r, DG, 3) + "-" + rs(r, DG, 2), ean13(r), rs(r, UP, 3) + "-" + rs(r, DG, 5), "P" + rs(r, DG, 8), "B0" + rs(r, UP + DG, 8)])


def version(c):
    r = c.rng
    return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 99)), "%d.%d.%d" % (r.randint(1, 30), r.randint(0, 9), r.randint(0, 20)),
                     "iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(11, 15), "build %d" % r.randint(1000, 99999),
                     "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 99), r.randint(100, 9999))])


def percentage(c):
    r = c.rng
    v = r.choice([5, 10, 15, 20, 25, 30, 40, 50, 70, 99, 100, 12.5])
    s = str(v).replace(".", "," if c.fam != "en" else ".")
    return s + r.choice(["%", " %", "%"])


def quantity(c):
    r = c.rng
    return r.choice(["%d GB" % r.choice([5, 10, 20, 50, 100]), "%d MB" % r.choice([200, 500, 750]), "%dGB" % r.choice([3, 8, 25, 40]), "%d Mbps" % r.choice([100, 300, 500, 1000])])


def pieces(c):
    r = c.rng
    n = r.randint(2, 6)
    return {"nl": r.choice(["%d stuks" % n, "%dx" % n, "%d pakketten" % n]), "vl": r.choice(["%d stuks" % n, "%dx" % n, "%d pakjes" % n]),
            "fr": r.choice(["%d pièces" % n, "%dx" % n, "%d colis" % n]), "en": r.choice(["%d items" % n, "%dx" % n, "%d parcels" % n])}[c.fam]


def url(c):
    r = c.rng
    b = c.memo.get("_brand") or c.pick(_bpool(c, c.sector or "w"))
    h = "".join(ch for ch in b.lower() if ch.isalnum())
    tld = {"nl": ".nl", "vl": ".be", "fr": ".be", "en": ".co.uk" if c.lang == "en-gb" else ".com"}[c.fam]
    return r.choice(["https://www." + h + tld + "/" + r.choice(["inloggen", "login", "support", "account/reset", "help/wifi"]),
                     h + tld + "/" + r.choice(["help", "status", "contact"]), "http://192.168." + r.choice(["1.1", "0.1", "178.1", "1.254"]),
                     "https://status." + h + ".com", "www." + h + tld])


def masked(c):
    """card-style masks"""
    r = c.rng
    l4 = rs(r, DG, 4)
    return r.choice(["**** **** **** " + l4, "xxxx-" + l4, "•••• " + l4, "************" + l4, "XXXX XXXX XXXX " + l4, "*" + l4])


def masked_iban(c):
    r = c.rng
    cc = "NL" if c.lang == "nl" else "BE" if c.be else "GB"
    return r.choice([cc + "** **** **** **" + rs(r, DG, 2), cc + "**" + "*" * 8 + rs(r, DG, 4), "***" + rs(r, DG, 3), cc + "XX XXXX XXXX " + rs(r, DG, 4)])


def masked_contact(c):
    r = c.rng
    return r.choice([r.choice("abcdjlmst") + "***@" + r.choice(["gmail.com", "hotmail.com", "outlook.com", "telenet.be", "icloud.com"]),
                     r.choice("abcdjlmst") + "*****" + r.choice("aeiknrs") + "@" + r.choice(["g****.com", "h******.com"]),
                     "+3" + r.choice("12") + " * ** ** " + rs(r, DG, 2) + " " + rs(r, DG, 2), "06-****" + rs(r, DG, 4), "*******" + rs(r, DG, 3)])


def port(c):
    return c.rng.choice(["3074", "3478", "443", "8080", "25565", "9308", "1935", "3659", "27015"])


def checksum(c):
    r = c.rng
    h = "0123456789abcdef"
    return r.choice([rs(r, h, 64), rs(r, h, 32), rs(r, h.upper(), 40)])
