"""Value generators for labelled spans and hard negatives (stdlib only)."""
import string

import pools

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(s):
    d = [c for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


def deal(lst, half):
    out = list(lst)[half::2]
    if not out:
        raise SystemExit("empty dealt pool: %r" % (lst,))
    return out


FAM_OF = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en-gb", "en-us": "en-us"}
BRAND_KEY = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "en", "en-us": "en"}
AGENT_KEY = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
HASH_KEY = {"nl": "nl", "nl-be": "vl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}

WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "vl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
MON3 = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}
DAYS = {
    "nl": "ma di wo do vr za zo".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
}
PW_WORDS = ["Zomer", "Welkom", "Tijger", "Bril", "Hond", "Marseille", "Soleil", "Chaton", "Summer", "Sunshine",
            "Football", "Kermis", "Fietsbel", "Oogarts", "Lente", "Dragon", "Kapsalon", "Wafel", "Frietje",
            "Pannenkoek", "Chocolat", "Bluebird", "Arsenal", "Yankees"]


class Ctx:
    def __init__(self, rng, half):
        self.r = rng
        self.half = half
        self.mem = {}
        self.lang = "nl"
        self.sector = "optician"
        self.P = {}
        for k in ("FIRST", "LAST", "STREET", "CITY", "MAILDOM", "AGENT", "HASHTAG"):
            self.P[k] = {lk: deal(v, half) for lk, v in getattr(pools, k).items()}
        for k in ("HANDLE", "DOMAIN", "MODEL", "PRODUCT"):
            self.P[k] = {sk: deal(v, half) for sk, v in getattr(pools, k).items()}
        self.P["BRANDS"] = {sk: {lk: deal(v, half) for lk, v in d.items()} for sk, d in pools.BRANDS.items()}

    # ---------------------------------------------------------- helpers
    @property
    def fam(self):
        return FAM_OF[self.lang]

    @property
    def wlang(self):  # word language
        return {"nl": "nl", "vl": "nl", "fr": "fr"}.get(self.fam, "en")

    def c(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))

    def new_message(self, lang, sector):
        self.lang, self.sector, self.mem = lang, sector, {}
        self.first = self.c(self.P["FIRST"][self.fam])
        self.last = self.c(self.P["LAST"][self.fam])
        self.brand = self.c(self.P["BRANDS"][sector][BRAND_KEY[lang]])
        self.agent = self.c(self.P["AGENT"][AGENT_KEY[lang]])

    # ---------------------------------------------------------- fillers
    def fill(self, name):
        r = self.r
        if name == "name":
            return self.first
        if name == "fullname":
            return self.first + " " + self.last
        if name == "last":
            return self.last
        if name == "brand":
            return self.brand
        if name == "agent":
            return self.agent
        if name == "initials":
            return self.agent[0] + self.c(UP)
        if name == "city":
            c = self.c(self.P["CITY"][self.fam])
            return c if isinstance(c, str) else (c[1] if self.fam in ("vl", "fr") else c[0])
        if name == "other":
            return self.c(self.P["FIRST"][self.fam])
        if name == "ssid":
            return self.c(["Ziggo5G-", "telenet-", "VOO-", "BTHub6-", "NETGEAR", "Proximus-Home-",
                           "KPN", "Xfinity-", "eduroam", "DUWO-Guest-", "SKY"]) + self.digits(r.choice([2, 4]))
        if name == "plate":
            return self.c(["GK-412-X", "1-ABC-234", "AB12 CDE", "7KLM229", "S-731-ZL", "2-XPT-881",
                           "YX21 HBF", "ZT-09-RG"])
        if name == "weekday":
            return self.c({"nl": "maandag dinsdag woensdag donderdag vrijdag".split(),
                           "fr": "lundi mardi mercredi jeudi vendredi".split(),
                           "en": "Monday Tuesday Wednesday Thursday Friday".split()}[self.wlang])
        raise KeyError(name)

    # ---------------------------------------------------------- spans
    def value(self, name):
        fn = getattr(self, "v_" + name)
        return fn()

    def v_password(self):
        r = self.r
        k = r.randrange(7)
        if k == 0:
            return self.c(PW_WORDS) + str(r.randint(1, 2025)) + self.c("!?#$*.")
        if k == 1:
            return self.c(PW_WORDS).lower() + self.digits(r.choice([2, 3, 4]))
        if k == 2:
            return "".join(r.choice(ALNUM + "!#%&*") for _ in range(r.randint(10, 16))) + self.c(DIG)
        if k == 3:
            return "-".join([self.c(PW_WORDS).lower(), self.c(PW_WORDS).lower(), self.digits(2)])
        if k == 4:
            w = self.c(PW_WORDS)
            return w.replace("e", "3").replace("a", "@").replace("o", "0") + self.digits(2)
        if k == 5:
            return self.first.replace(" ", "").replace("-", "") + self.digits(4)
        return self.c(UP) + "".join(r.choice(LOW) for _ in range(5)) + self.c("_.!") + self.digits(3)

    def v_pin(self):
        r = self.r
        k = r.randrange(6)
        if k < 3:
            return self.digits(4)
        if k == 3:
            return self.digits(6)
        if k == 4:
            return " ".join(self.digits(4))
        return self.digits(5)

    def v_puk(self):
        d = self.digits(8)
        return d if self.r.random() < 0.7 else d[:4] + " " + d[4:]

    def v_otp(self):
        r = self.r
        d = self.digits(r.choice([6, 6, 6, 5, 8, 4]))
        k = r.randrange(5)
        if k == 0 and len(d) == 6:
            return d[:3] + " " + d[3:]
        if k == 1 and len(d) == 6:
            return d[:3] + "-" + d[3:]
        return d

    def v_otp_words(self):
        d = self.digits(6)
        w = WORDS[self.wlang]
        sep = self.c([" ", " ", "-", ", "])
        return sep.join(w[int(x)] for x in d)

    def v_wifi_key(self):
        r = self.r
        k = r.randrange(5)
        if k == 0:
            return "".join(r.choice(UP + DIG) for _ in range(12))
        if k == 1:
            return "-".join("".join(r.choice(LOW + DIG) for _ in range(4)) for _ in range(4))
        if k == 2:
            return self.c(PW_WORDS).lower() + self.c(PW_WORDS) + self.digits(3)
        if k == 3:
            return "".join(r.choice(ALNUM) for _ in range(r.randint(14, 20)))
        return "".join(r.choice("abcdef" + DIG) for _ in range(10))

    def v_username(self):
        r = self.r
        f = self.first.lower().replace(" ", "").replace("-", "").replace("é", "e").replace("è", "e")
        l = self.last.lower().replace(" ", "").replace("'", "").replace("é", "e")
        k = r.randrange(6)
        if k == 0:
            return f + "." + l
        if k == 1:
            return f[0] + l + self.digits(2)
        if k == 2:
            return f + "_" + self.digits(4)
        if k == 3:
            return self.c(["s", "u", "r0"]) + self.digits(7 if True else 6)
        if k == 4:
            return l.capitalize() + f[:1].upper() + self.digits(3)
        return f + l[:3] + str(r.randint(70, 99))

    def v_api_key(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return self.c(["sk_live_", "sk_test_", "pk_live_"]) + "".join(r.choice(ALNUM) for _ in range(24))
        if k == 1:
            return "AKIA" + "".join(r.choice(UP + DIG) for _ in range(16))
        if k == 2:
            return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))
        if k == 3:
            return "".join(r.choice(string.hexdigits.lower()[:16]) for _ in range(32))
        if k == 4:
            return "SG." + "".join(r.choice(ALNUM) for _ in range(22)) + "." + "".join(
                r.choice(ALNUM) for _ in range(43))
        return "".join(r.choice(ALNUM + "/+") for _ in range(40))

    def v_aws_id(self):
        return self.c(["AKIA", "ASIA"]) + "".join(self.r.choice(UP + DIG) for _ in range(16))

    def v_aws_secret(self):
        return "".join(self.r.choice(ALNUM + "/+") for _ in range(40))

    def v_token(self):
        r = self.r
        k = r.randrange(5)
        b64 = ALNUM + "-_"
        if k == 0:
            return "eyJ" + "".join(r.choice(b64) for _ in range(30)) + "." + "".join(
                r.choice(b64) for _ in range(40)) + "." + "".join(r.choice(b64) for _ in range(27))
        if k == 1:
            return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
        if k == 2:
            return "ghp_" + "".join(r.choice(ALNUM) for _ in range(36))
        if k == 3:
            return "xoxb-" + self.digits(11) + "-" + self.digits(13) + "-" + "".join(
                r.choice(ALNUM) for _ in range(24))
        return "".join(r.choice(ALNUM) for _ in range(r.randint(28, 44)))

    def v_card(self):
        r = self.r
        k = r.randrange(6)
        if k in (0, 1):
            body = "4" + self.digits(14)
        elif k in (2, 3):
            body = "5" + r.choice("12345") + self.digits(13)
        elif k == 4:
            body = r.choice(["34", "37"]) + self.digits(12)
        else:
            body = "6703" + self.digits(11)
        for c in DIG:
            if luhn_ok(body + c):
                num = body + c
                break
        if len(num) == 15:
            sep = self.c([" ", "", "-"])
            return sep.join([num[:4], num[4:10], num[10:]])
        sep = self.c([" ", " ", "", "-", "  "])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def v_cvv(self):
        return self.digits(self.r.choice([3, 3, 3, 4]))

    def v_card_expiry(self):
        r = self.r
        m, y = r.randint(1, 12), r.randint(25, 31)
        k = r.randrange(5)
        if k == 0:
            return "%02d/%02d" % (m, y)
        if k == 1:
            return "%02d/20%02d" % (m, y)
        if k == 2:
            return "%02d-%02d" % (m, y)
        if k == 3:
            return "%d/%02d" % (m, y)
        return "%s 20%02d" % (MON3[self.wlang][m - 1], y)

    def _iban(self, cc, bban):
        rearr = bban + cc + "00"
        n = int("".join(str(int(c, 36)) for c in rearr))
        return cc + "%02d" % (98 - n % 97) + bban

    def v_iban(self, foreign=None):
        r = self.r
        cc = foreign
        if cc is None:
            cc = {"nl": "NL", "vl": "BE", "fr": "BE", "en-gb": "GB", "en-us": "NL"}[self.fam]
            if r.random() < 0.15:
                cc = self.c(["DE", "FR", "ES", "BE", "NL", "LU"])
        if cc == "NL":
            bban = self.c(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"]) + self.digits(10)
        elif cc == "BE":
            first = self.c(["001", "068", "310", "363", "735", "979", "143", "523"]) + self.digits(7)
            chk = int(first) % 97 or 97
            bban = first + "%02d" % chk
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "ES":
            bban = self.digits(20)
        elif cc == "LU":
            bban = self.digits(16)
        else:
            bban = self.c(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + self.digits(14)
        ib = self._iban(cc, bban)
        k = r.randrange(6)
        if k in (0, 1, 2):
            out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        else:
            out = ib
        if r.random() < 0.12:
            out = out.lower()
        return out

    def v_iban_foreign(self):
        return self.v_iban(self.c(["DE", "FR", "ES", "LU", "GB"]))

    def v_bsn(self):
        if self.fam in ("vl", "fr") and self.r.random() < 0.85:
            return self.v_rrn()
        while True:
            d = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            last = sum(d[i] * (9 - i) for i in range(8)) % 11
            if last < 10:
                s = "".join(map(str, d)) + str(last)
                break
        k = self.r.randrange(4)
        if k == 1:
            return s[:4] + "." + s[4:6] + "." + s[6:]
        if k == 2:
            return s[:3] + " " + s[3:6] + " " + s[6:]
        return s

    def v_rrn(self):
        r = self.r
        y = r.randint(1935, 2006)
        m, dd = r.randint(1, 12), r.randint(1, 28)
        seq = r.randint(1, 997)
        base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
        num = int(("2" if y >= 2000 else "") + base)
        chk = 97 - num % 97
        s = base + "%02d" % chk
        k = r.randrange(4)
        if k == 0:
            return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
        if k == 1:
            return s
        if k == 2:
            return "%s %s %s" % (s[:6], s[6:9], s[9:])
        return "%s-%s-%s" % (s[:6], s[6:9], s[9:])

    def v_email(self):
        r = self.r
        f = self.first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("ç", "c")
        f = f.replace("è", "e").replace("-", "")
        l = self.last.lower().replace(" ", "").replace("'", "").replace("é", "e")
        dom = self.c(self.P["MAILDOM"][self.fam])
        k = r.randrange(6)
        if k == 0:
            loc = f + "." + l
        elif k == 1:
            loc = f + str(r.randint(70, 2005))
        elif k == 2:
            loc = f[0] + l
        elif k == 3:
            loc = f + "_" + l[:4] + self.digits(2)
        elif k == 4:
            loc = l + "." + f[0]
        else:
            loc = f + l
        if self.sector == "university" and r.random() < 0.35:
            dom = self.c(["student.rug.nl", "student.kuleuven.be", "ugent.be", "student.uva.nl",
                          "leeds.ac.uk", "buckeyemail.osu.edu", "student.uclouvain.be"])
            loc = self.c([f + "." + l, "s" + self.digits(7), f[0] + "." + l])
        return loc + "@" + dom

    def v_phone(self):
        r = self.r
        fam = self.fam
        if r.random() < 0.08:
            return self.c(["+34 612 345 " + self.digits(3), "+33 6 12 " + self.digits(2) + " " + self.digits(2)
                           + " " + self.digits(2), "+49 151 " + self.digits(8), "+351 912 " + self.digits(3)
                           + " " + self.digits(3)])
        if fam == "nl":
            m = "6" + self.digits(8)
            k = r.randrange(9)
            return [
                "0" + m[0] + "-" + m[1:],
                "0" + m,
                "06 " + m[1:5] + " " + m[5:],
                "+31 6 " + m[1:],
                "+316" + m[1:],
                "0031 6 " + m[1:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:],
                "+31(0)6-" + m[1:],
                "0" + self.c(["20", "30", "50", "70", "10"]) + "-" + self.digits(7),
                "(0" + self.c(["38", "13", "40", "71", "26"]) + ") " + self.digits(3) + " " + self.digits(4),
            ][k]
        if fam in ("vl", "fr"):
            m = self.c(["470", "471", "472", "475", "476", "477", "478", "484", "485", "486", "491", "496"])
            a, b, c = self.digits(2), self.digits(2), self.digits(2)
            k = r.randrange(8)
            return [
                "0%s %s %s %s" % (m, a, b, c),
                "0%s/%s.%s.%s" % (m, a, b, c),
                "+32 %s %s %s %s" % (m, a, b, c),
                "+32%s%s%s%s" % (m, a, b, c),
                "0032 %s %s%s%s" % (m, a, b, c),
                "0%s%s%s%s" % (m, a, b, c),
                "0%s %s %s %s" % (self.c(["2", "3", "9"]), self.digits(3), a, b),
                "0%s/%s.%s.%s" % (self.c(["16", "50", "11", "4", "81", "65"]), self.digits(2), a, b),
            ][k]
        if fam == "en-gb":
            a, b = self.digits(3), self.digits(3)
            k = r.randrange(7)
            return [
                "07%s %s%s" % (self.digits(3), a, b),
                "07%s%s%s" % (self.digits(3), a, b),
                "+44 7%s %s%s" % (self.digits(3), a, b),
                "+44 (0)7%s %s %s" % (self.digits(3), a, b),
                "020 7%s %s" % (a, self.digits(4)),
                "0113 %s %s" % (a, self.digits(4)),
                "01632 %s%s" % (a, b),
            ][k]
        ac = self.c(["312", "415", "617", "206", "512", "303", "614", "404", "813", "919"])
        ex = self.c(["555", "248", "731", "362", "890", "404"])
        ln = self.digits(4)
        k = r.randrange(6)
        return ["(%s) %s-%s" % (ac, ex, ln), "%s-%s-%s" % (ac, ex, ln), "%s.%s.%s" % (ac, ex, ln),
                "+1 %s %s %s" % (ac, ex, ln), "+1 (%s) %s-%s" % (ac, ex, ln), "%s%s%s" % (ac, ex, ln)][k]

    def v_address(self, short=None):
        r = self.r
        fam = self.fam
        street = self.c(self.P["STREET"][fam])
        city = self.c(self.P["CITY"][fam])
        if short is None:
            short = r.random() < 0.3
        if fam == "nl":
            nr = str(r.randint(1, 240)) + self.c(["", "", "", "A", "-bis", " hs", "-2", " II", "b"])
            pc = "%d %s" % (r.randint(1011, 9999), self.c(["AB", "KL", "GT", "RX", "PN", "CE", "VH", "BM"]))
            if r.random() < 0.3:
                pc = pc.replace(" ", "")
            if short:
                return "%s %s" % (street, nr)
            return self.c(["%s %s, %s %s", "%s %s %s %s", "%s %s\n%s %s", "%s %s, %s  %s"]) % (street, nr, pc, city)
        if fam in ("vl", "fr"):
            nr = str(r.randint(1, 180))
            bus = self.c(["", "", "", " bus 3", "/2", " bte 4", " b12", "A"]) if fam == "vl" or True else ""
            if fam == "fr":
                if short:
                    return "%s %s%s" % (street, nr, bus.replace("bus", "bte"))
                return self.c(["%s %s%s, %s %s", "%s %s%s\n%s %s", "%s, %s%s - %s %s"]) % (
                    street, nr, bus.replace("bus", "bte"), city[0], city[1])
            if short:
                return "%s %s%s" % (street, nr, bus.replace("bte", "bus"))
            return self.c(["%s %s%s, %s %s", "%s %s%s %s %s", "%s %s%s\n%s %s"]) % (
                street, nr, bus.replace("bte", "bus"), city[0], city[1])
        if fam == "en-gb":
            nr = str(r.randint(1, 199))
            flat = self.c(["", "", "", "Flat 3, ", "Flat 2B, ", "Apartment 14, "])
            if short:
                return "%s%s %s" % (flat, nr, street)
            return self.c(["%s%s %s, %s %s", "%s%s %s, %s, %s", "%s%s %s\n%s\n%s"]) % (
                flat, nr, street, city[0], city[1])
        nr = str(r.randint(10, 9899))
        apt = self.c(["", "", ", Apt 5B", " #210", ", Unit 3", " Apt. 12"])
        if short:
            return "%s %s%s" % (nr, street, apt)
        return self.c(["%s %s%s, %s, %s %s", "%s %s%s\n%s, %s %s", "%s %s%s, %s %s %s"]) % (
            nr, street, apt, city[0], city[1], city[2])

    def v_address_full(self):
        return self.v_address(short=False)

    def v_date_of_birth(self):
        r = self.r
        y, m, d = r.randint(1931, 2006), r.randint(1, 12), r.randint(1, 28)
        wl = self.wlang
        k = r.randrange(6)
        if self.fam == "en-us" and k < 3:
            return self.c(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d"]) % (m, d, y)
        if k == 0:
            return "%02d-%02d-%d" % (d, m, y)
        if k == 1:
            return "%02d/%02d/%d" % (d, m, y)
        if k == 2:
            return "%d.%d.%d" % (d, m, y) if wl != "en" else "%02d/%02d/%02d" % (d, m, y % 100)
        if k == 3:
            if wl == "en":
                return self.c(["%d %s %d" % (d, MONTHS["en"][m - 1], y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
                               "%d%s %s %d" % (d, "th" if d > 3 and d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(
                                   d % 10, "th"), MONTHS["en"][m - 1], y)])
            return "%d %s %d" % (d, MONTHS[wl][m - 1], y)
        if k == 4:
            return "%d-%02d-%02d" % (y, m, d)
        return "%d %s %d" % (d, MON3[wl][m - 1], y)

    def v_customer_number(self):
        r = self.r
        s = self.sector
        k = r.randrange(4)
        if s == "optician":
            return [self.digits(8), "KL" + self.digits(7), self.digits(6), "HA-" + self.digits(6)][k]
        if s == "car":
            return [self.digits(7), "LC-" + self.digits(8), "%s/%s" % (self.digits(6), self.digits(2)),
                    "DLR" + self.digits(6)][k]
        if s == "homecare":
            return [self.digits(6), "CL" + self.digits(6), self.digits(9), "%s-%s" % (self.digits(4), self.digits(4))][k]
        if s == "airline":
            return [self.digits(10), self.digits(9), self.digits(8), "EC" + self.digits(8)][k]
        if s == "university":
            return ["s" + self.digits(7), "r0" + self.digits(6), self.digits(8), self.digits(9)][k]
        return [self.digits(9), "P" + self.digits(7), self.digits(7), "%s.%s" % (self.digits(3), self.digits(5))][k]

    def v_ip_address(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return "192.168.%d.%d" % (r.choice([0, 1, 2, 178]), r.randint(1, 254))
        if k == 1:
            return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if k == 2:
            return "2a02:a4%02x:%x:0:%x:%x:%x:%x" % (r.randint(0, 255), r.randint(0, 4095), r.randint(0, 65535),
                                                     r.randint(0, 65535), r.randint(0, 65535), r.randint(0, 65535))
        return "%d.%d.%d.%d" % (self.c([84, 81, 94, 213, 62, 145, 178, 86, 109, 24, 73]), r.randint(0, 255),
                                r.randint(0, 255), r.randint(1, 254))

    # ---------------------------------------------------------- negatives
    def neg(self, kind):
        return getattr(self, "n_" + kind)()

    def n_date(self):
        r = self.r
        d, m = r.randint(1, 28), r.randint(1, 12)
        y = r.choice([2024, 2025, 2026])
        wl = self.wlang
        k = r.randrange(6)
        if k == 0:
            return "%d %s" % (d, MONTHS[wl][m - 1]) if wl != "en" else "%d %s" % (d, MONTHS["en"][m - 1])
        if k == 1:
            return ("%02d/%02d/%d" % (m, d, y)) if self.fam == "en-us" else "%02d-%02d-%d" % (d, m, y)
        if k == 2:
            return "%d/%d" % ((m, d) if self.fam == "en-us" else (d, m))
        if k == 3:
            return "%d %s %d" % (d, MON3[wl][m - 1], y)
        if k == 4:
            return "%d-%02d-%02d" % (y, m, d)
        return "%s %d %s" % (self.c(DAYS[wl]), d, MON3[wl][m - 1])

    def n_time(self):
        r = self.r
        h, mi = r.randint(6, 22), r.choice([0, 5, 10, 15, 20, 30, 45, 50])
        if self.fam == "en-us":
            return self.c(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm"), "%d:%02d" % (h, mi)])
        return self.c(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%du%02d" % (h, mi) if self.fam != "en-gb"
                       else "%d:%02d" % (h, mi)])

    def n_amount(self):
        r = self.r
        v = r.choice([r.randint(3, 60) + r.choice([0, 0.5, 0.95, 0.99, 0.25]), r.randint(60, 2500) + 0.0])
        if self.fam in ("en-gb",):
            return self.c(["£%.2f" % v, "£%d" % v, "GBP %.2f" % v])
        if self.fam == "en-us":
            return self.c(["$%.2f" % v, "$%d" % v, "USD %.2f" % v])
        s = ("%.2f" % v).replace(".", ",")
        if self.fam == "fr":
            return self.c(["%s €" % s, "%s EUR" % s, "€%s" % s, "%d euros" % v])
        return self.c(["€ %s" % s, "€%s" % s, "%s euro" % s, "EUR %s" % s, "€ %d,-" % v])

    def n_quantity(self):
        r = self.r
        n = r.randint(2, 30)
        sec = {"nl": {"optician": ["weken", "doosjes lenzen", "dagen"], "car": ["weken", "dagen", "werkdagen"],
                      "homecare": ["keer", "dagen", "bezoeken"], "airline": ["uur", "dagen", "koffers"],
                      "university": ["weken", "dagen", "maanden"], "pharmacy": ["tabletten", "doosjes", "dagen"]},
               "fr": {"optician": ["semaines", "jours"], "car": ["semaines", "jours"], "homecare": ["fois", "jours"],
                      "airline": ["heures", "jours", "valises"], "university": ["semaines", "mois"],
                      "pharmacy": ["comprimés", "boîtes", "jours"]},
               "en": {"optician": ["weeks", "days", "boxes of lenses"], "car": ["weeks", "days", "working days"],
                      "homecare": ["times", "days", "visits"], "airline": ["hours", "days", "bags"],
                      "university": ["weeks", "days", "months"], "pharmacy": ["tablets", "boxes", "days"]}}
        if r.random() < 0.85:
            return "%d %s" % (n, self.c(sec[self.wlang][self.sector]))
        u = {"nl": ["stuks", "doosjes", "tabletten", "koffers", "kg", "lenzen", "dagen"],
             "fr": ["boîtes", "comprimés", "valises", "kg", "lentilles", "jours"],
             "en": ["boxes", "tablets", "bags", "kg", "lenses", "days", "pills"]}[self.wlang]
        return "%d %s" % (n, self.c(u))

    def n_percentage(self):
        return self.c(["%d%%", "%d %%", "%d procent" if self.wlang == "nl" else "%d%%"]) % self.r.choice(
            [10, 15, 20, 25, 30, 50, 21, 6, 80])

    def n_year(self):
        return str(self.r.randint(2015, 2026))

    def n_order_number(self):
        return self.c(["%s" % self.digits(9), "ORD-%s" % self.digits(7), "#%s" % self.digits(6),
                       "%s-%s" % (self.digits(4), self.digits(6)), "".join(self.r.choice(UP) for _ in range(2))
                       + self.c(DIG) + "".join(self.r.choice(UP + DIG) for _ in range(3))])

    def n_pnr(self):
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def n_ticket_number(self):
        s = self.sector
        if s == "airline" and self.r.random() < 0.6:
            return self.c(["AMS", "BRU", "LHR", "MAN", "EWR", "CRL", "EIN"]) + self.c(
                ["KL", "SN", "BA", "U2", "HV", "UA", "FR"]) + self.digits(5)
        return self.c(["%s-%s" % (self.r.randint(2024, 2026), self.digits(6)), "CS%s" % self.digits(7),
                       "#%s" % self.digits(7), "INC%s" % self.digits(7), "%s" % self.digits(8),
                       "CAS-%s-%s" % (self.digits(5), "".join(self.r.choice(UP) for _ in range(3)))])

    def n_invoice_number(self):
        return self.c(["F%s-%s" % (self.r.randint(2024, 2026), self.digits(5)), "INV-%s" % self.digits(6),
                       "%s/%s" % (self.r.randint(2024, 2026), self.digits(4)), "FAC%s" % self.digits(8),
                       "VF%s" % self.digits(7)])

    def n_tracking_number(self):
        return self.c(["3S" + "".join(self.r.choice(UP) for _ in range(4)) + self.digits(9),
                       "1Z" + "".join(self.r.choice(UP + DIG) for _ in range(6)) + self.digits(10),
                       "CD" + self.digits(9) + "BE", "JD" + self.digits(16), "9400" + self.digits(18)])

    def n_request_id(self):
        h = "0123456789abcdef"
        r = self.r
        return self.c(["req_" + "".join(r.choice(ALNUM) for _ in range(14)),
                       "-".join("".join(r.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12))])

    def n_error_code(self):
        s = self.sector
        if s == "car":
            return self.c(["P0420", "P0300", "U0100", "P2BAC", "B1318", "P0171"])
        return self.c(["E-%s" % self.digits(4), "0x800%s" % self.digits(5), "ERR_%s" % self.c(
            ["CONN_RESET", "403_FORBIDDEN", "TIMEOUT", "SSO_7"]), "error %s" % self.c(["500", "502", "404"]),
                       "AUTH-%s" % self.digits(3), "code %s" % self.c(["E17", "F-09", "W221"])])

    def n_version_string(self):
        r = self.r
        return self.c(["v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 40)),
                       "iOS %d.%d.%d" % (r.randint(16, 18), r.randint(0, 6), r.randint(1, 3)),
                       "Android %d" % r.randint(11, 15), "%d.%d.%d (build %d)" % (
                           r.randint(2, 12), r.randint(0, 30), r.randint(0, 9), r.randint(1000, 9999)),
                       "firmware %d.%d" % (r.randint(1, 6), r.randint(0, 99))])

    def n_model_number(self):
        return self.c(self.P["MODEL"][self.sector])

    def n_product_code(self):
        return self.c(self.P["PRODUCT"][self.sector])

    def n_flight_number(self):
        al = {"nl": ["KL", "HV", "OR", "U2", "FR", "VY"], "vl": ["SN", "TB", "FR", "LH", "W6"],
              "fr": ["SN", "TB", "FR", "AF", "W6"], "en-gb": ["BA", "U2", "LS", "VS", "FR"],
              "en-us": ["UA", "DL", "AA", "WN", "B6"]}[self.fam]
        return self.c(al) + self.c(["", " ", ""]) + str(self.r.randint(100, 9899))

    def n_company_phone(self):
        return self.c({
            "nl": ["0900-1234", "088 765 4321", "020 474 7747", "0800-0229", "085 303 1200", "0900 - 8844",
                   "+31 20 649 9123", "088-0123456"],
            "vl": ["078 15 15 15", "02 709 20 00", "0800 12 345", "070 22 33 44", "+32 2 723 23 45", "03/201.11.11"],
            "fr": ["078 15 15 15", "02 709 20 00", "0800 12 345", "+32 2 723 23 45", "070 22 33 44", "04/220.11.11"],
            "en-gb": ["0345 600 1234", "0800 028 0123", "0330 123 4567", "0344 493 0787", "+44 20 7946 0000",
                      "0333 200 1010"],
            "en-us": ["1-800-555-0199", "(888) 555-0123", "1 (800) 864-8331", "800-241-4141", "1-866-555-0142",
                      "(877) 555-0188"],
        }[self.fam])

    def n_company_registration(self):
        r = self.r
        fam = self.fam
        if fam == "nl":
            return self.c([self.digits(8), "NL%sB01" % self.digits(9), "NL" + self.digits(9) + "B0" + self.c("123")])
        if fam in ("vl", "fr"):
            d = "0" + self.c("4567") + self.digits(8)
            return self.c(["%s.%s.%s" % (d[:4], d[4:7], d[7:]), "BE " + d, "BE%s" % d,
                           "%s.%s.%s" % (d[:4], d[4:7], d[7:])])
        if fam == "en-gb":
            return self.c(["0" + self.digits(7), "SC" + self.digits(6), "GB %s %s %s" % (
                self.digits(3), self.digits(4), self.digits(2))])
        return self.c(["%s-%s" % (self.digits(2), self.digits(7))])

    def n_url(self):
        dom = self.c(self.P["DOMAIN"][self.sector])
        path = self.c(["/klantenservice", "/contact", "/help/bagage", "/service", "/mijn-account",
                       "/fr/contact", "/support/claims", "/privacy", "/faq?topic=login", "/account/reset",
                       "/nl/afspraak-maken", ""])
        return self.c(["https://www.", "www.", "https://", "http://"]) + dom + path

    def n_mention(self):
        return self.c(self.P["HANDLE"][self.sector])

    def n_hashtag(self):
        return self.c(self.P["HASHTAG"][HASH_KEY[self.lang]])

    def n_masked_value(self):
        r = self.r
        return self.c(["****" + self.digits(4), "**** **** **** " + self.digits(4), "NL** **** **** **" +
                       self.digits(2) + " " + self.digits(2), "BE** **** **** " + self.digits(4),
                       "06-****" + self.digits(4), "+32 4** ** ** " + self.digits(2),
                       self.first[0].lower() + "***@" + self.c(self.P["MAILDOM"][self.fam]),
                       "XXXX-XXXX-XXXX-" + self.digits(4), "•••• " + self.digits(4), "***.***." + self.digits(3),
                       "xxxxxx" + self.digits(2)])

    def n_meter_reading(self):
        r = self.r
        if self.sector == "car":
            v = r.randint(4000, 240000)
            return self.c(["{:,}".format(v).replace(",", ".") + " km", "%d km" % v, "{:,} miles".format(v // 2)])
        return self.c(["%d kWh" % r.randint(1000, 9999), "%s m³" % r.randint(100, 9999),
                       "{:,}".format(r.randint(1000, 99999)).replace(",", ".") + " km"])

    def n_port(self):
        return self.c(["8080", "443", "3389", "8443", "22", "5060", "1194"])

    def n_checksum(self):
        r = self.r
        n = self.c([32, 40, 64])
        return "".join(r.choice("0123456789abcdef") for _ in range(n))
