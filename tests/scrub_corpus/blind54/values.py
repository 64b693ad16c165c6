"""Value generators (labelled values and hard negatives) for blind54.

Every generator returns (prefix, value, canonical) where prefix is literal text that
belongs to the cue (never labelled) and canonical is the un-rendered value used by the
self-check (Luhn, mod-97, 11-proof, Belgian national register check).
"""
import string

# ---------------------------------------------------------------- number words
NL_UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
            "negentien"]
NL_TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig",
           8: "tachtig", 9: "negentig"}
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
            "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
            "dix-neuf"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 7: "septante",
           8: "quatre-vingt", 9: "nonante"}
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def num_word(n, lang):
    f = fam(lang)
    if f == "nl":
        if n < 20:
            return NL_UNITS[n]
        t, u = divmod(n, 10)
        if u == 0:
            return NL_TENS[t]
        uw = NL_UNITS[u]
        return uw + ("ën" if uw.endswith("e") else "en") + NL_TENS[t]
    if f == "fr":
        if n < 20:
            return FR_UNITS[n]
        t, u = divmod(n, 10)
        if t == 8:
            return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR_UNITS[u]
        if u == 0:
            return FR_TENS[t]
        if u == 1:
            return FR_TENS[t] + " et un"
        return FR_TENS[t] + "-" + FR_UNITS[u]
    if n < 20:
        return EN_UNITS[n]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_UNITS[u] if u else "")


def digit_word(d, lang, rng):
    f = fam(lang)
    if f == "nl" and d == "1":
        return rng.choice(["een", "één", "één"])
    if f == "en" and d == "0":
        return rng.choice(["zero", "oh", "zero"])
    return num_word(int(d), lang)


SEP_WORDS = {
    "nl": {".": ["punt"], "-": ["streepje", "streepje", "min", "koppelteken"],
           "@": ["apenstaartje", "at", "apenstaartje", "apestaartje"], "_": ["underscore", "laag streepje"],
           "/": ["slash", "schuine streep"], "+": ["plus"], ":": ["dubbele punt"]},
    "fr": {".": ["point"], "-": ["tiret", "tiret", "trait d'union"], "@": ["arobase", "at", "arobase"],
           "_": ["tiret bas", "underscore"], "/": ["slash", "barre oblique"], "+": ["plus"],
           ":": ["deux points"]},
    "en": {".": ["dot", "dot", "point"], "-": ["dash", "hyphen"], "@": ["at"], "_": ["underscore"],
           "/": ["slash", "forward slash"], "+": ["plus"], ":": ["colon"]},
}


def spoken_digits(s, lang, rng):
    """Speak a digit string in odd groups, partly as words, partly as digits."""
    out = []
    i = 0
    while i < len(s):
        size = rng.choice([1, 2, 2, 3, 2, 4, 3, 1])
        g = s[i:i + size]
        i += size
        r = rng.random()
        if len(g) == 2 and g[0] != "0" and r < 0.45:
            out.append(num_word(int(g), lang))
        elif r < 0.75:
            out.append(" ".join(digit_word(c, lang, rng) for c in g))
        else:
            out.append(g)
    return " ".join(out)


def spoken_seq(value, lang, rng, lower=True):
    """Speak an arbitrary value: digit runs in words/digits, separators as words."""
    f = fam(lang)
    out = []
    i = 0
    v = value
    while i < len(v):
        c = v[i]
        if c.isdigit():
            j = i
            while j < len(v) and v[j].isdigit():
                j += 1
            out.append(spoken_digits(v[i:j], lang, rng))
            i = j
        elif c.isalpha():
            j = i
            while j < len(v) and v[j].isalpha():
                j += 1
            w = v[i:j]
            out.append(w.lower() if lower else w)
            i = j
        elif c in SEP_WORDS[f]:
            out.append(rng.choice(SEP_WORDS[f][c]))
            i += 1
        else:
            i += 1
    return " ".join(x for x in out if x)


# ---------------------------------------------------------------- check digits
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for k, d in enumerate(reversed(ds)):
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return cc + "%02d" % (98 - n % 97) + bban


def bsn_ok(b):
    b = "".join(c for c in b if c.isdigit())
    if len(b) != 9:
        return False
    s = sum(int(b[i]) * (9 - i) for i in range(8)) - int(b[8])
    return s % 11 == 0 and b != "000000000"


def rrn_ok(r):
    r = "".join(c for c in r if c.isdigit())
    if len(r) != 11:
        return False
    base, chk = int(r[:9]), int(r[9:])
    return 97 - base % 97 == chk or 97 - int("2" + r[:9]) % 97 == chk


# ---------------------------------------------------------------- helpers
def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}

PW_WORDS = ["zomer", "tulpen", "voetbal", "Bruges", "kasteel", "Amsterdam", "pannekoek", "soleil",
            "chocolat", "lapin", "sunshine", "liverpool", "dragon", "Rosie", "Bella", "fietsen",
            "hondje", "Mercedes", "oranje", "molen", "frietje", "tennis", "papillon", "Maison",
            "teddy", "yankees", "chelsea", "winter", "Klaver", "Ajax"]
DOMAINS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl",
                  "planet.nl", "icloud.com", "hetnet.nl", "xs4all.nl"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "outlook.be", "proximus.be",
                     "scarlet.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.fr", "voo.be", "outlook.fr", "yahoo.fr",
                     "live.be"],
           "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com",
                     "hotmail.co.uk", "virginmedia.com"],
           "en-us": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com",
                     "att.net"]}


class Values:
    """Generates values for one half; pools are already dealt to this half."""

    def __init__(self, rng, pools):
        self.rng = rng
        self.p = pools

    # -- labelled ----------------------------------------------------------
    def password(self, lang, mode):
        r = self.rng
        if mode == "spoken":
            w = r.choice(PW_WORDS).lower()
            return "", w + rdig(r, r.choice([2, 3, 4])), None
        k = r.randrange(6)
        if k == 0:
            v = r.choice(PW_WORDS).capitalize() + rdig(r, r.choice([2, 4])) + r.choice("!?#$*.@")
        elif k == 1:
            v = rstr(r, r.randint(10, 14), ALNUM + "!#$%&*?")
        elif k == 2:
            v = r.choice(PW_WORDS).lower() + rdig(r, r.choice([3, 4]))
        elif k == 3:
            w = r.choice(PW_WORDS)
            v = w.replace("o", "0").replace("a", "@").replace("e", "3") + rdig(r, 2) + "!"
        elif k == 4:
            v = r.choice(PW_WORDS).capitalize() + r.choice("_-.") + r.choice(PW_WORDS).lower() + rdig(r, 2)
        else:
            v = rstr(r, 4, string.ascii_uppercase) + rdig(r, 4) + rstr(r, 3, string.ascii_lowercase)
        return "", v, None

    def pin(self, lang, mode, n=None):
        r = self.rng
        n = n or r.choice([4, 4, 4, 4, 5, 6])
        d = rdig(r, n)
        if mode == "spoken":
            return "", spoken_digits(d, lang, r), None
        return "", d, None

    def puk(self, lang, mode):
        d = rdig(self.rng, 8)
        if mode == "spoken":
            return "", spoken_digits(d, lang, self.rng), None
        return "", self.rng.choice([d, d, group(d, [4, 4]), group(d, [2, 2, 2, 2])]), None

    def otp(self, lang, mode):
        r = self.rng
        d = rdig(r, r.choice([6, 6, 6, 5, 8, 4]))
        if mode == "spoken":
            return "", spoken_digits(d, lang, r), None
        if len(d) == 6 and r.random() < 0.3:
            return "", d[:3] + r.choice([" ", "-"]) + d[3:], None
        return "", d, None

    def wifi(self, lang, mode):
        r = self.rng
        k = r.randrange(5)
        if k == 0:
            v = rstr(r, r.randint(12, 20))
        elif k == 1:
            v = r.choice(PW_WORDS).lower() + "-" + r.choice(PW_WORDS).lower() + "-" + rdig(r, 2)
        elif k == 2:
            v = rstr(r, 10, "0123456789ABCDEF")
        elif k == 3:
            v = rstr(r, 4, string.ascii_uppercase) + rdig(r, 4) + rstr(r, 4, string.ascii_lowercase + string.digits)
        else:
            v = rstr(r, 8, "abcdefghjkmnpqrstuvwxyz23456789")
        return "", v, None

    def user(self, lang, mode):
        r = self.rng
        first, last = r.choice(self.p["first"]), r.choice(self.p["last"])
        last_c = last.lower().replace(" ", "").replace("'", "")
        k = r.randrange(5)
        if k == 0:
            v = first[0].lower() + last_c + rdig(r, 2)
        elif k == 1:
            v = first.lower() + "." + last_c
        elif k == 2:
            v = first.lower() + "_" + rdig(r, 4)
        elif k == 3:
            v = first.capitalize() + last_c.capitalize() + rdig(r, 1)
        else:
            v = last_c[:6] + first[0].lower() + rdig(r, 3)
        if mode == "spoken":
            return "", spoken_seq(v, lang, r), None
        return "", v, None

    def apikey(self, lang, mode):
        r = self.rng
        k = r.randrange(7)
        if k == 0:
            v = "sk_live_" + rstr(r, 24)
        elif k == 1:
            v = "AKIA" + rstr(r, 16, string.ascii_uppercase + "234567")
        elif k == 2:
            v = "AIza" + rstr(r, 35, ALNUM + "-_")
        elif k == 3:
            v = "SG." + rstr(r, 22, ALNUM + "-_") + "." + rstr(r, 43, ALNUM + "-_")
        elif k == 4:
            v = rstr(r, 32, HEX)
        elif k == 5:
            v = "key-" + rstr(r, 32, HEX)
        else:
            v = "pk_test_" + rstr(r, 24)
        return "", v, None

    def awssecret(self, lang, mode):
        return "", rstr(self.rng, 40, B64), None

    def token(self, lang, mode):
        r = self.rng
        k = r.randrange(5)
        if k == 0:
            v = "eyJ" + rstr(r, 30, ALNUM + "-_") + ".eyJ" + rstr(r, 50, ALNUM + "-_") + "." + rstr(r, 43, ALNUM + "-_")
        elif k == 1:
            v = "ghp_" + rstr(r, 36)
        elif k == 2:
            v = rstr(r, 40, HEX)
        elif k == 3:
            v = "ya29." + rstr(r, 60, ALNUM + "-_")
        else:
            v = "xoxp-" + rdig(r, 11) + "-" + rdig(r, 12) + "-" + rstr(r, 32, HEX)
        return "", v, None

    def card(self, lang, mode):
        r = self.rng
        k = r.randrange(4)
        if k == 0:
            num = luhn_complete("4", 16, r)
        elif k == 1:
            num = luhn_complete(r.choice(["51", "52", "53", "54", "55"]), 16, r)
        elif k == 2:
            num = luhn_complete(r.choice(["34", "37"]), 15, r)
        else:
            num = luhn_complete("6703", 17, r) if r.random() < 0.3 else luhn_complete("4", 16, r)
        if mode == "spoken":
            return "", spoken_digits(num, lang, r), num
        if len(num) == 15:
            sizes = [4, 6, 5]
        elif len(num) == 17:
            sizes = [4, 4, 4, 4, 1]
        else:
            sizes = [4, 4, 4, 4]
        sep = r.choice([" ", " ", "-", "", " "])
        return "", group(num, sizes, sep) if sep else num, num

    def cvv(self, lang, mode):
        d = rdig(self.rng, 3)
        if mode == "spoken":
            return "", spoken_digits(d, lang, self.rng), None
        return "", d, None

    def iban(self, lang, mode):
        r = self.rng
        x = r.random()
        if lang == "nl":
            cc = "NL" if x < 0.85 else r.choice(["BE", "DE"])
        elif lang in ("nl-be", "fr-be"):
            cc = "BE" if x < 0.8 else r.choice(["NL", "FR", "LU"])
        elif lang == "en-gb":
            cc = "GB" if x < 0.6 else r.choice(["NL", "IE", "BE"])
        else:
            cc = r.choice(["NL", "DE", "BE", "GB"])
        if cc == "NL":
            bban = r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + rdig(r, 10)
        elif cc == "BE":
            b = rdig(r, 10)
            c = int(b) % 97 or 97
            bban = b + "%02d" % c
        elif cc == "DE":
            bban = rdig(r, 18)
        elif cc == "FR":
            bban = rdig(r, 10) + rstr(r, 11, string.digits) + rdig(r, 2)
        elif cc == "LU":
            bban = rdig(r, 3) + rstr(r, 13, string.digits)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + rdig(r, 14)
        else:
            bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rdig(r, 14)
        iban = make_iban(cc, bban)
        if mode == "spoken":
            g = group(iban, [4] * 9)
            if r.random() < 0.5:
                return "", g[:2] + " " + spoken_seq(g[2:], lang, r, lower=False), iban
            return "", spoken_seq(g, lang, r, lower=False), iban
        k = r.randrange(6)
        if k <= 2:
            v = group(iban, [4] * 9)
        elif k == 3:
            v = iban
        elif k == 4:
            v = group(iban, [4] * 9).lower()
        else:
            v = iban.lower() if r.random() < 0.5 else group(iban, [4] * 9, ".")
        return "", v, iban

    def bsn(self, lang, mode):
        r = self.rng
        while True:
            b = rdig(r, 8, True)
            last = sum(int(b[i]) * (9 - i) for i in range(8)) % 11
            if last < 10:
                b += str(last)
                break
        if mode == "spoken":
            return "", spoken_digits(b, lang, r), b
        v = r.choice([b, b, b[:4] + "." + b[4:6] + "." + b[6:], group(b, [3, 3, 3]), group(b, [3, 3, 3], "-")])
        return "", v, b

    def rrn(self, lang, mode):
        r = self.rng
        y = r.randint(1940, 2006)
        m, d = r.randint(1, 12), r.randint(1, 28)
        ser = "%03d" % r.randint(1, 997)
        base = "%02d%02d%02d" % (y % 100, m, d) + ser
        chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
        full = base + "%02d" % chk
        if mode == "spoken":
            return "", spoken_digits(full, lang, r), full
        k = r.randrange(4)
        if k == 0:
            v = "%s.%s.%s-%s.%s" % (full[:2], full[2:4], full[4:6], full[6:9], full[9:])
        elif k == 1:
            v = full
        elif k == 2:
            v = "%s %s %s" % (full[:6], full[6:9], full[9:])
        else:
            v = "%s%s%s-%s-%s" % (full[:2], full[2:4], full[4:6], full[6:9], full[9:])
        return "", v, full

    def natid(self, lang, mode):
        return self.bsn(lang, mode) if lang == "nl" else self.rrn(lang, mode)

    def email(self, lang, mode):
        r = self.rng
        first = r.choice(self.p["first"]).lower()
        last = r.choice(self.p["last"]).lower().replace(" ", "").replace("'", "")
        k = r.randrange(5)
        if k == 0:
            loc = first + "." + last
        elif k == 1:
            loc = first[0] + last + rdig(r, 2)
        elif k == 2:
            loc = first + rdig(r, 4)
        elif k == 3:
            loc = first + "_" + last
        else:
            loc = last + "-" + first[:3]
        v = loc + "@" + r.choice(DOMAINS[lang])
        if mode == "spoken":
            return "", spoken_seq(v, lang, r), v
        if r.random() < 0.1:
            v = v.capitalize()
        return "", v, v

    def phone(self, lang, mode):
        r = self.rng
        if lang == "nl":
            if r.random() < 0.75:
                d = "6" + rdig(r, 8)
                v = r.choice(["0%s-%s" % (d[0], d[1:]), "0%s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:]),
                              "+31 %s %s %s" % (d[0], d[1:5], d[5:]), "+31%s" % d, "0%s" % d,
                              "0031 %s %s" % (d[0], d[1:]), "(06) %s" % d[1:]])
            else:
                area = r.choice(["20", "10", "30", "70", "40", "50", "73", "15"])
                rest = rdig(r, 7, True)
                v = r.choice(["0%s-%s" % (area, rest), "0%s %s %s" % (area, rest[:3], rest[3:]),
                              "+31 %s %s" % (area, rest)])
        elif lang in ("nl-be", "fr-be"):
            if r.random() < 0.75:
                d = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "488", "494", "495", "496", "497", "499"]) + rdig(r, 6)
                v = r.choice(["0%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "0%s/%s.%s.%s" % (d[:3], d[3:5], d[5:7], d[7:]),
                              "+32 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "+32%s" % d, "0%s" % d,
                              "0032 %s %s" % (d[:3], d[3:]), "0%s/%s" % (d[:3], d[3:])])
            else:
                area = r.choice(["2", "3", "9", "4", "10", "16", "50", "81"])
                rest = rdig(r, 8 - len(area), True)
                v = r.choice(["0%s %s %s %s" % (area, rest[:-4], rest[-4:-2], rest[-2:]), "0%s/%s" % (area, rest),
                              "+32 %s %s" % (area, rest)])
        elif lang == "en-gb":
            if r.random() < 0.7:
                d = "7" + r.choice(["700", "712", "723", "734", "745", "756", "767", "778", "789", "801", "812", "833", "900"]) + rdig(r, 6)
                v = r.choice(["0%s %s" % (d[:4], d[4:]), "+44 %s %s" % (d[:4], d[4:]), "+44 (0)%s %s" % (d[:4], d[4:]),
                              "0%s" % d, "0%s %s %s" % (d[:4], d[4:7], d[7:])])
            else:
                v = r.choice(["020 %s %s" % (rdig(r, 4, True), rdig(r, 4)), "0161 %s %s" % (rdig(r, 3, True), rdig(r, 4)),
                              "0113 %s %s" % (rdig(r, 3, True), rdig(r, 4)), "0131-%s-%s" % (rdig(r, 3, True), rdig(r, 4))])
        else:
            a = r.choice(["212", "312", "415", "617", "646", "713", "206", "503", "404", "720", "917"])
            x = r.choice("23456789") + rdig(r, 2)
            y = rdig(r, 4)
            v = r.choice(["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "%s.%s.%s" % (a, x, y),
                          "+1 %s %s %s" % (a, x, y), "+1-%s-%s-%s" % (a, x, y), "%s%s%s" % (a, x, y)])
        if mode == "spoken":
            return "", spoken_seq(v, lang, r), v
        return "", v, v

    def address(self, lang, mode):
        r = self.rng
        st = r.choice(self.p["streets_" + lang])
        city = r.choice(self.p["cities_" + lang])
        num = str(r.randint(1, 240))
        if lang == "nl":
            pc = rdig(r, 4, True) + r.choice([" ", "", " "]) + rstr(r, 2, "ABCDEGHJKLMNPRSTVWXZ")
            line1 = st + " " + num + r.choice(["", "", "", "-" + str(r.randint(1, 3)), " " + r.choice("ABC"), "bis"])
            line2 = pc + r.choice([" ", "  "]) + city
        elif lang in ("nl-be", "fr-be"):
            pc = str(r.randint(1000, 9992))
            extra = r.choice(["", "", "", " bus " + str(r.randint(1, 12)), "/" + str(r.randint(1, 5)), " boîte " + str(r.randint(1, 9))])
            if lang == "nl-be" and "boîte" in extra:
                extra = " bus 2"
            if lang == "fr-be" and "bus" in extra:
                extra = " bte 3"
            line1 = (st + " " + num + extra) if lang == "nl-be" or r.random() < 0.5 else (st + " " + num + extra)
            line2 = pc + " " + city
        elif lang == "en-gb":
            pc = rstr(r, r.choice([1, 2]), "BEGLMNS") + str(r.randint(1, 20)) + " " + str(r.randint(1, 9)) + rstr(r, 2, "ABDEFGHJLNPQRSTUWXYZ")
            line1 = (r.choice(["Flat 2, ", "", "", ""]) + num + " " + st)
            line2 = city + r.choice([", ", " ", "\n"]) + pc
            if mode != "ocr":
                line2 = line2.replace("\n", " ")
        else:
            zipc = rdig(r, 5, True)
            line1 = num + r.choice(["", "", "0"]) + " " + st + r.choice(["", "", ", Apt " + str(r.randint(1, 30)) + r.choice(["", "B"]), " #" + str(r.randint(2, 40))])
            line2 = city + ", " + r.choice(["NY", "IL", "TX", "CA", "MA", "OR", "WA", "GA", "CO"]) + " " + zipc
        if mode == "spoken":
            return "", (line1 + " " + line2).replace(",", "").lower(), None
        k = r.random()
        if mode == "ocr" and k < 0.5:
            return "", line1 + "\n" + line2, None
        if k < 0.15:
            return "", line1, None
        return "", line1 + r.choice([", ", ", ", " ", " - "]) + line2, None

    def dob(self, lang, mode):
        r = self.rng
        y, m, d = r.randint(1938, 2005), r.randint(1, 12), r.randint(1, 28)
        f = fam(lang)
        if mode == "spoken":
            if f == "en":
                return "", r.choice(["%s %s %d" % (MONTHS["en"][m - 1].lower(), num_word(d, lang), y),
                                     "the %s of %s %d" % (num_word(d, lang), MONTHS["en"][m - 1].lower(), y)]), None
            return "", "%s %s %s" % (num_word(d, lang) if r.random() < 0.5 else str(d), MONTHS[f][m - 1], y), None
        if f == "en":
            if lang == "en-us":
                opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y)]
            else:
                opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%02d.%02d.%02d" % (d, m, y % 100)]
        else:
            opts = ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[f][m - 1], y), "%02d/%02d/%d" % (d, m, y),
                    "%02d.%02d.%d" % (d, m, y), "%d-%d-%02d" % (d, m, y % 100)]
        return "", r.choice(opts), None

    def cust(self, lang, mode):
        r = self.rng
        k = r.randrange(8)
        if k == 0:
            v = rdig(r, r.choice([7, 8, 9, 10]), True)
        elif k == 1:
            v = r.choice(["KL", "CU", "K", "AB", "C"]) + "-" + rdig(r, r.choice([6, 7, 8]), True)
        elif k == 2:
            v = (r.choice(["871", "871", "5414"]) + rdig(r, 18))[:18]
        elif k == 3:
            v = r.choice(["POL", "PN", "VZ"]) + rdig(r, 7, True)
        elif k == 4:
            v = rdig(r, 3, True) + "." + rdig(r, 3) + "." + rdig(r, 3)
        elif k == 5:
            v = r.choice(["1", "2", "3"]) + rdig(r, 3) + " " + rdig(r, 3) + " " + rdig(r, 3)
        elif k == 6:
            v = rstr(r, 2, string.ascii_uppercase) + rdig(r, 6, True)
        else:
            v = rdig(r, 6, True) + "/" + rdig(r, 2)
        if mode == "spoken":
            return "", spoken_seq(v, lang, r, lower=False), None
        return "", v, None

    def ean(self, lang, mode):
        r = self.rng
        v = ("871" if lang == "nl" else "5414") + rdig(r, 18)
        v = v[:18]
        if mode == "spoken":
            return "", spoken_digits(v, lang, r), None
        return "", r.choice([v, v, group(v, [3, 3, 3, 3, 3, 3])]), None

    def expiry(self, lang, mode):
        r = self.rng
        m, y = r.randint(1, 12), r.randint(2025, 2031)
        if mode == "spoken":
            f = fam(lang)
            return "", r.choice(["%s %d" % (MONTHS[f][m - 1].lower(), y),
                                 "%s %s" % (spoken_digits("%02d" % m, lang, r), num_word(y % 100, lang))]), None
        return "", r.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%02d / %02d" % (m, y % 100), "%d/%02d" % (m, y % 100)]), None

    def ip(self, lang, mode):
        r = self.rng
        if r.random() < 0.15:
            v = "2a02:%s:%s:%s::%s" % (rstr(r, 4, HEX), rstr(r, 4, HEX), rstr(r, 3, HEX), rstr(r, 2, HEX))
        else:
            v = "%d.%d.%d.%d" % (r.choice([31, 37, 62, 77, 80, 81, 84, 85, 86, 87, 89, 91, 94, 109, 145, 178, 185, 188, 212, 213, 217]),
                                 r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if mode == "spoken":
            return "", spoken_seq(v, lang, r), None
        return "", v, None

    # -- negatives ---------------------------------------------------------
    def n_date(self, lang):
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2025, 2026])
        f = fam(lang)
        if f == "en":
            return r.choice(["%d %s" % (d, MONTHS["en"][m - 1]), "%s %d" % (MONTHS["en"][m - 1], d),
                             ("%02d/%02d/%d" % (m, d, y)) if lang == "en-us" else ("%02d/%02d/%d" % (d, m, y)),
                             "%dth of %s" % (d, MONTHS["en"][m - 1]) if d in range(4, 21) else "%d %s %d" % (d, MONTHS["en"][m - 1], y)])
        return r.choice(["%d %s" % (d, MONTHS[f][m - 1]), "%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m),
                         "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[f][m - 1], y)])

    def n_time(self, lang):
        r = self.rng
        h, mi = r.randint(7, 21), r.choice([0, 5, 15, 30, 45, 10, 20, 50])
        if lang == "en-us":
            return r.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%d:%02d" % (h, mi)])
        return r.choice(["%02d:%02d" % (h, mi), "%d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%du%02d" % (h, mi) if fam(lang) == "nl" else "%dh%02d" % (h, mi)])

    def n_amount(self, lang):
        r = self.rng
        e, c = r.randint(5, 480), r.randint(0, 99)
        if lang == "en-gb":
            return r.choice(["£%d.%02d" % (e, c), "£%d" % e, "GBP %d.%02d" % (e, c)])
        if lang == "en-us":
            return r.choice(["$%d.%02d" % (e, c), "$%d" % e, "USD %d" % e])
        return r.choice(["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d,%02d euro" % (e, c), "EUR %d,%02d" % (e, c), "€%d" % e, "%d,%02d €" % (e, c)])

    def n_qty(self, lang):
        r = self.rng
        f = fam(lang)
        u = {"nl": ["stuks", "pakketten", "GB", "Mbit/s", "dagen", "keer", "maanden"],
             "fr": ["pièces", "colis", "Go", "Mbps", "jours", "fois", "mois"],
             "en": ["items", "parcels", "GB", "Mbps", "days", "times", "boxes"]}[f]
        return "%d %s" % (r.choice([2, 3, 4, 5, 12, 30, 100, 500, 1000]), r.choice(u))

    def n_days(self, lang):
        r = self.rng
        u = {"nl": ["dagen", "uur", "werkdagen", "weken", "minuten"], "fr": ["jours", "heures", "jours ouvrables", "semaines", "minutes"],
             "en": ["days", "hours", "working days", "weeks", "minutes"]}[fam(lang)]
        return "%d %s" % (r.choice([2, 3, 5, 10, 14, 48, 20]), r.choice(u))

    def n_pct(self, lang):
        return self.rng.choice(["%d%%", "%d %%"]) % self.rng.randint(5, 98)

    def n_year(self, lang):
        return str(self.rng.randint(2015, 2026))

    def n_order(self, lang):
        r = self.rng
        return r.choice(["#" + rdig(r, 8, True), "ORD-%d-%s" % (r.randint(2023, 2026), rdig(r, 5)), rdig(r, 10, True),
                         "BE" + rdig(r, 9, True) if fam(lang) != "en" else "US-" + rdig(r, 7), "A" + rdig(r, 7) + "-" + rdig(r, 2),
                         "%s-%s-%s" % (rdig(r, 3, True), rdig(r, 7), rdig(r, 7))])

    def n_ticket(self, lang):
        r = self.rng
        return r.choice(["CASE-" + rdig(r, 6, True), "INC" + rdig(r, 7), "%d/%s" % (r.randint(2024, 2026), rdig(r, 4)),
                         "TCK" + rdig(r, 6), "#" + rdig(r, 6, True), "SR-" + rdig(r, 5) + "-" + rstr(r, 2, string.ascii_uppercase),
                         "C" + rdig(r, 8, True)])

    def n_invoice(self, lang):
        r = self.rng
        return r.choice(["F%d-%s" % (r.randint(2024, 2026), rdig(r, 6)), "INV-" + rdig(r, 6, True), "%d.%s" % (r.randint(2024, 2026), rdig(r, 5)),
                         "FA" + rdig(r, 8), "2%s" % rdig(r, 9)])

    def n_tracking(self, lang):
        r = self.rng
        return r.choice(["3S" + rstr(r, 4, string.ascii_uppercase) + rdig(r, 7), "1Z" + rstr(r, 6, string.ascii_uppercase + string.digits) + rdig(r, 10),
                         "JVGL" + rdig(r, 14), "CD" + rdig(r, 9) + "NL", "3232" + rdig(r, 10), "LX" + rdig(r, 9) + "BE", "9400" + rdig(r, 18)])

    def n_reqid(self, lang):
        r = self.rng
        return r.choice(["%s-%s-4%s-%s-%s" % (rstr(r, 8, HEX), rstr(r, 4, HEX), rstr(r, 3, HEX), rstr(r, 4, HEX), rstr(r, 12, HEX)),
                         "req_" + rstr(r, 16, HEX), "REQ-" + rdig(r, 9), rstr(r, 8, HEX) + ":" + rstr(r, 4, HEX)])

    def n_err(self, lang):
        r = self.rng
        return r.choice(["E-" + rdig(r, 4, True), "0x8007" + rstr(r, 4, "0123456789ABCDEF"), "651", "ERR_CONNECTION_RESET", "F0" + rdig(r, 3),
                         "DNS_PROBE_FINISHED_NXDOMAIN", "code 4" + rdig(r, 2), "S" + rdig(r, 4) + "-" + rdig(r, 3)])

    def n_version(self, lang):
        r = self.rng
        return r.choice(["v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 30)), "%d.%d.%d" % (r.randint(10, 18), r.randint(0, 9), r.randint(0, 9)),
                         "%d.%d (build %s)" % (r.randint(2, 9), r.randint(0, 40), rdig(r, 4, True)), "Android %d" % r.randint(10, 15),
                         "iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3))])

    def n_model(self, lang):
        return self.rng.choice(self.p["models"])

    def n_product(self, lang):
        r = self.rng
        return r.choice(["SKU-" + rdig(r, 5) + "-" + rstr(r, 2, string.ascii_uppercase), "ART " + rdig(r, 5, True), "PRD-" + rdig(r, 4),
                         rstr(r, 3, string.ascii_uppercase) + "-" + rdig(r, 3) + "-" + rstr(r, 1, string.ascii_uppercase), "8" + rdig(r, 6)])

    def n_flight(self, lang):
        r = self.rng
        return r.choice(["KL", "FR", "SN", "BA", "HV", "U2", "LH", "TB", "UA", "DL"]) + r.choice(["", " "]) + str(r.randint(100, 9899))

    def n_cphone(self, lang):
        r = self.rng
        return r.choice(self.p["cphone_" + lang])

    def n_kvk(self, lang):
        r = self.rng
        if lang == "nl":
            return r.choice([("KvK ", rdig(r, 8, True)), ("KvK-nummer: ", rdig(r, 8, True)),
                             ("BTW ", "NL" + rdig(r, 9, True) + "B0" + str(r.randint(1, 9))), ("btw-id ", "NL" + rdig(r, 9, True) + "B01")])
        if lang in ("nl-be", "fr-be"):
            n = "0" + rdig(r, 9, True)
            s = "%s.%s.%s" % (n[:4], n[4:7], n[7:])
            return r.choice([("BTW BE ", s), ("Ondernemingsnummer ", s) if lang == "nl-be" else ("N° d'entreprise ", s),
                             ("TVA ", "BE" + n), ("RPR Gent - ", "BE " + s) if lang == "nl-be" else ("RPM Bruxelles - ", "BE " + s)])
        if lang == "en-gb":
            return r.choice([("Company No. ", rdig(r, 8, True)), ("Registered in England and Wales no. ", rdig(r, 8, True)),
                             ("VAT Reg. ", "GB" + rdig(r, 9, True)), ("VAT no ", "GB " + rdig(r, 3, True) + " " + rdig(r, 4) + " " + rdig(r, 2))])
        return r.choice([("EIN ", rdig(r, 2, True) + "-" + rdig(r, 7)), ("Delaware file no. ", rdig(r, 7, True)), ("SIREN ", "%s %s %s" % (rdig(r, 3, True), rdig(r, 3), rdig(r, 3)))])

    def n_url(self, lang):
        r = self.rng
        b = r.choice(self.p["brands"]).lower().replace(" ", "").replace("+", "plus")
        tld = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "co.uk", "en-us": "com"}[lang]
        path = r.choice(["storing", "status", "hulp/inloggen", "mijn", "aide/facture", "help/reset", "support/wifi", "klantenservice", "faq"])
        return r.choice(["https://www.%s.%s/%s" % (b, tld, path), "%s.%s/%s" % (b, tld, path), "www.%s.%s" % (b, tld),
                         "https://%s.%s/%s?ref=sms" % (b, tld, path), "bit.ly/" + rstr(r, 7)])

    def n_mention(self, lang):
        return self.rng.choice(self.p["mentions"])

    def n_hashtag(self, lang):
        f = fam(lang)
        pool = {"nl": ["#storing", "#klantenservice", "#wifi", "#boos", "#nooitmeer", "#internet", "#helpdesk", "#wachten"],
                "fr": ["#panne", "#serviceclient", "#wifi", "#inadmissible", "#internet", "#facture", "#attente"],
                "en": ["#fail", "#customerservice", "#outage", "#wifi", "#neveragain", "#help", "#broadband", "#ripoff"]}[f]
        return self.rng.choice(pool)

    def n_masked(self, lang):
        r = self.rng
        return r.choice(["****" + rdig(r, 4), "NL** **** **** %s %s" % (rdig(r, 4), rdig(r, 2)), "xxxx-xxxx-xxxx-" + rdig(r, 4),
                         "06-****" + rdig(r, 4), r.choice("jmspk") + "***@gmail.com", "BE** **** **** " + rdig(r, 2) + "**",
                         "•••• " + rdig(r, 4), "+32 4** ** ** " + rdig(r, 2), "*******" + rdig(r, 3)])

    def n_meter(self, lang):
        r = self.rng
        return r.choice(["%05d" % r.randint(100, 99999), "%d kWh" % r.randint(1000, 60000), "%d,%d m³" % (r.randint(100, 9999), r.randint(0, 9)),
                         "%06d" % r.randint(1000, 999999)])

    def n_port(self, lang):
        return self.rng.choice(["8080", "443", "3389", "22", "8443", "1194", "25565", "5060", "51820"])

    def n_checksum(self, lang):
        r = self.rng
        return r.choice([rstr(r, 64, HEX), rstr(r, 32, HEX), "0x" + rstr(r, 8, "0123456789ABCDEF"), rstr(r, 40, HEX)])
