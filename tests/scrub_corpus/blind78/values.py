"""Value generators (labelled values and hard negatives) for blind78."""
import string

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


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


def luhn_complete(prefix, length, r):
    body = prefix + digits(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    t = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in t)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    t = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in t)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0 and d[0] + d[1] + d[2] > 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


class Values:
    def __init__(self, r, pools):
        self.r = r
        self.p = pools

    # ---------- labelled ----------
    def password(self, lang, v=None):
        r = self.r
        w = r.choice(self.p["pw_words"])
        pat = r.randrange(7)
        if pat == 0:
            return w.capitalize() + digits(r, r.choice([2, 4])) + r.choice("!?#$*")
        if pat == 1:
            return w + r.choice("&_.-") + r.choice(self.p["pw_words"]).capitalize() + digits(r, 2)
        if pat == 2:
            return "".join(r.choice(string.ascii_letters + string.digits + "#%&!") for _ in range(r.randint(10, 16)))
        if pat == 3:
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return leet.capitalize() + r.choice(["!", "!!", "@", "#1", "_" + digits(r, 3)])
        if pat == 4:
            return r.choice(self.p["pw_words"]).upper()[:4] + digits(r, 4) + w
        if pat == 5:
            return w + str(r.randint(1970, 2012))
        return r.choice(self.p["pw_words"]).capitalize() + "-" + w + "-" + digits(r, 2) + r.choice("!?")

    def pin(self, lang, v=None):
        r = self.r
        if v == "long":
            return digits(r, 6)
        if v == "gate":
            return r.choice(["", "#", "*"]) + digits(r, 4) + r.choice(["", "#", "*"])
        return digits(r, 4) if r.random() < 0.85 else digits(r, 5)

    def puk(self, lang, v=None):
        d = digits(self.r, 8)
        return d if self.r.random() < 0.75 else d[:4] + " " + d[4:]

    def otp(self, lang, v=None):
        r = self.r
        if v == "words":
            words = {"nl": "nul een twee drie vier vijf zes zeven acht negen",
                     "fr": "zéro un deux trois quatre cinq six sept huit neuf",
                     "en": "zero one two three four five six seven eight nine"}[fam(lang)].split()
            n = digits(r, 6)
            sep = r.choice([" ", "-", ", "])
            return sep.join(words[int(c)] for c in n)
        k = r.randrange(6)
        if k == 0:
            d = digits(r, 6)
            return d[:3] + " " + d[3:]
        if k == 1:
            return r.choice(["G-", "V-", "C-"]) + digits(r, 6)
        if k == 2:
            return digits(r, 4)
        if k == 3:
            d = digits(r, 6)
            return d[:3] + "-" + d[3:]
        if k == 4:
            return digits(r, 8)
        return digits(r, 6)

    def wifi_key(self, lang, v=None):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return r.choice(self.p["pw_words"]).capitalize() + r.choice(["-", "_", ""]) + r.choice(self.p["pw_words"]) + digits(r, 3)
        if k == 1:
            return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(r.choice([10, 12, 16])))
        if k == 2:
            return "".join(r.choice("abcdef0123456789") for _ in range(r.choice([16, 20, 26])))
        return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.randint(11, 15)))

    def username(self, lang, v=None):
        r = self.r
        f, l = r.choice(self.p["fnames"]).lower(), r.choice(self.p["lnames"]).lower().replace(" ", "")
        l = l.replace("'", "")
        k = r.randrange(6)
        if k == 0:
            return f"{f}.{l}{digits(r, 2)}"
        if k == 1:
            return f"{f}_{r.choice(self.p['handle_words'])}"
        if k == 2:
            return f"{f[0]}{l}{r.randint(70, 99)}"
        if k == 3:
            return f"{r.choice(self.p['handle_words'])}{f}{digits(r, 3)}"
        if k == 4:
            return f"{f.capitalize()}{l.capitalize()}"
        return f"{l}-{f}"

    def api_key(self, lang, v=None):
        r = self.r
        an = string.ascii_letters + string.digits
        v = v or r.choice(["stripe", "stripe", "google", "sendgrid", "hex", "aws_id", "mollie", "generic"])
        if v == "stripe":
            return r.choice(["sk_live_", "sk_test_", "rk_live_"]) + "".join(r.choice(an) for _ in range(r.choice([24, 32])))
        if v == "aws_id":
            return "AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16))
        if v == "aws_secret":
            return "".join(r.choice(an + "/+") for _ in range(40))
        if v == "google":
            return "AIza" + "".join(r.choice(an + "-_") for _ in range(35))
        if v == "sendgrid":
            return "SG." + "".join(r.choice(an) for _ in range(22)) + "." + "".join(r.choice(an) for _ in range(43))
        if v == "mollie":
            return r.choice(["live_", "test_"]) + "".join(r.choice(an) for _ in range(30))
        if v == "hex":
            return "".join(r.choice("0123456789abcdef") for _ in range(32))
        return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8)) + "-" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8)) + "-" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))

    def token(self, lang, v=None):
        r = self.r
        an = string.ascii_letters + string.digits
        b64 = an + "-_"
        v = v or r.choice(["jwt", "ghp", "hex", "shpat", "slack", "sess"])
        if v == "jwt":
            return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + "".join(r.choice(b64) for _ in range(r.randint(30, 60))) + "." + "".join(r.choice(b64) for _ in range(43))
        if v == "ghp":
            return r.choice(["ghp_", "gho_", "glpat-"]) + "".join(r.choice(an) for _ in range(36 if r.random() < .7 else 20))
        if v == "hex":
            return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
        if v == "shpat":
            return "shpat_" + "".join(r.choice("0123456789abcdef") for _ in range(32))
        if v == "slack":
            return "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + "".join(r.choice(an) for _ in range(24))
        return "sess_" + "".join(r.choice(an) for _ in range(28))

    def card(self, lang, v=None):
        r = self.r
        k = r.random()
        if k < 0.5:
            n = luhn_complete("4" + digits(r, 1), 16, r)
        elif k < 0.85:
            n = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
        else:
            n = luhn_complete(r.choice(["34", "37"]), 15, r)
        g = r.randrange(5)
        if len(n) == 15:
            if g < 3:
                sep = r.choice([" ", "-"])
                return n[:4] + sep + n[4:10] + sep + n[10:]
            return n
        if g == 0 or g == 1:
            return " ".join(n[i:i + 4] for i in range(0, 16, 4))
        if g == 2:
            return "-".join(n[i:i + 4] for i in range(0, 16, 4))
        if g == 3:
            return n
        return n[:4] + " " + n[4:8] + n[8:12] + " " + n[12:]

    def cvv(self, lang, v=None):
        return digits(self.r, 4 if v == "amex" else 3)

    def card_expiry(self, lang, v=None):
        r = self.r
        m, y = r.randint(1, 12), r.randint(25, 31)
        return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d}/{y}", f"{m:02d} / {y}"])

    def iban(self, lang, v=None):
        r = self.r
        if v is None:
            v = {"nl": "nl", "nl-be": "be", "fr-be": "be"}.get(lang, r.choice(["gb", "de", "nl", "fr", "es"]))
            if r.random() < 0.12:
                v = r.choice(["de", "fr", "lu", "nl", "be"])
        if v == "nl":
            s = make_iban("NL", r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "ASNB", "KNAB"]) + digits(r, 10))
        elif v == "be":
            a = digits(r, 10)
            c = int(a) % 97 or 97
            s = make_iban("BE", a + f"{c:02d}")
        elif v == "de":
            s = make_iban("DE", digits(r, 18))
        elif v == "fr":
            s = make_iban("FR", digits(r, 10) + "".join(r.choice(string.digits + "ABCDEFGH") for _ in range(11)) + digits(r, 2))
        elif v == "lu":
            s = make_iban("LU", digits(r, 3) + "".join(r.choice(string.digits + "ABCDEFGHJ") for _ in range(13)))
        elif v == "es":
            s = make_iban("ES", digits(r, 20))
        else:
            s = make_iban("GB", r.choice(["NWBK", "BARC", "LOYD", "MONZ", "REVO"]) + digits(r, 14))
        g = r.random()
        if g < 0.55:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if r.random() < 0.12:
            s = s.lower()
        return s

    def bsn(self, lang, v=None):
        r = self.r
        while True:
            d = digits(r, 8)
            if d[0] == "0":
                continue
            tot = sum(int(d[i]) * (9 - i) for i in range(8))
            last = tot % 11
            if last < 10:
                s = d + str(last)
                if bsn_ok(s):
                    break
        k = r.randrange(4)
        if k == 1:
            return f"{s[:4]}.{s[4:6]}.{s[6:]}"
        if k == 2:
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        return s

    def rrn(self, lang, v=None):
        r = self.r
        y = r.randint(1950, 2006)
        m, d = r.randint(1, 12), r.randint(1, 28)
        seq = r.randint(1, 997)
        base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
        n = int(("2" if y >= 2000 else "") + base)
        c = 97 - n % 97
        s = base + f"{c:02d}"
        k = r.randrange(4)
        if k == 0:
            return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
        if k == 1:
            return f"{s[:6]}-{s[6:9]}-{s[9:]}"
        if k == 2:
            return f"{s[:6]} {s[6:9]} {s[9:]}"
        return s

    def email(self, lang, v=None):
        r = self.r
        f = r.choice(self.p["fnames"]).lower()
        l = r.choice(self.p["lnames"]).lower().replace(" ", "").replace("'", "")
        dom = r.choice(self.p["mail_domains"])
        k = r.randrange(5)
        loc = [f"{f}.{l}", f"{f}{l}{digits(r, 2)}", f"{f[0]}.{l}", f"{f}_{l}", f"{l}.{f}{r.randint(70, 99)}"][k]
        return f"{loc}@{dom}"

    def phone(self, lang, v=None):
        r = self.r
        if lang == "nl":
            if r.random() < 0.8:
                d = "6" + digits(r, 8)
                return r.choice([f"0{d[0]}-{d[1:]}", f"0{d[0]} {d[1:]}", f"0{d}", f"0{d[0]} {d[1:5]} {d[5:]}",
                                 f"+31 {d[0]} {d[1:]}", f"+31{d}", f"+31 (0){d[0]} {d[1:5]} {d[5:]}", f"0031 {d[0]} {d[1:5]} {d[5:]}",
                                 f"0{d[0]}-{d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+31 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}"])
            a = r.choice(["20", "10", "30", "70", "40", "50", "13", "23", "24", "35", "45", "58", "71", "73", "75", "76"])
            s = digits(r, 7)
            return r.choice([f"0{a}-{s}", f"0{a} {s[:3]} {s[3:]}", f"+31 {a} {s[:3]} {s[3:]}", f"0{a}{s}"])
        if lang in ("nl-be", "fr-be"):
            if r.random() < 0.8:
                p = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
                s = digits(r, 6)
                return r.choice([f"0{p} {s[:2]} {s[2:4]} {s[4:]}", f"0{p}/{s[:2]}.{s[2:4]}.{s[4:]}", f"0{p}{s}", f"+32 {p} {s[:2]} {s[2:4]} {s[4:]}",
                                 f"+32{p}{s}", f"0032 {p} {s[:2]} {s[2:4]} {s[4:]}", f"0{p}/{s[:2]} {s[2:4]} {s[4:]}", f"0{p} {s[:3]} {s[3:]}"])
            a = r.choice(["2", "3", "9", "4", "10", "16", "50", "11", "15", "56"])
            s = digits(r, 8 - len(a))
            return r.choice([f"0{a} {s[:-4]} {s[-4:-2]} {s[-2:]}", f"0{a}/{s[:-4]}.{s[-4:-2]}.{s[-2:]}", f"+32 {a} {s[:-4]} {s[-4:-2]} {s[-2:]}"])
        if lang == "en-gb":
            if r.random() < 0.8:
                s = "7" + digits(r, 9)
                return r.choice([f"0{s[:4]} {s[4:]}", f"0{s}", f"+44 {s[:4]} {s[4:]}", f"+44 (0){s[:4]} {s[4:7]} {s[7:]}", f"+44{s}", f"0{s[:4]} {s[4:7]} {s[7:]}", f"0044 {s[:4]} {s[4:]}"])
            a = r.choice(["20", "161", "113", "117", "121", "131", "141", "1632"])
            s = digits(r, 10 - len(a))
            return r.choice([f"0{a} {s[:len(s) - 4]} {s[-4:]}", f"0{a}{s}", f"+44 {a} {s[:len(s) - 4]} {s[-4:]}"])
        a = str(r.randint(201, 989))
        while a[1] == "1" or a[1:] == "00":
            a = str(r.randint(201, 989))
        e = str(r.randint(200, 999))
        s = digits(r, 4)
        return r.choice([f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}", f"+1 {a} {e} {s}", f"+1 ({a}) {e}-{s}", f"{a}{e}{s}", f"1-{a}-{e}-{s}", f"{a} {e} {s}"])

    def address(self, lang, v=None):
        r = self.r
        p = self.p
        if lang == "nl":
            st = r.choice(p["streets_nl"]); n = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " bis", "B", "-hs", " III"])
            pc = f"{r.randint(1011, 9999)} {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}"
            if r.random() < 0.3:
                pc = pc.replace(" ", "")
            c = r.choice(p["cities_nl"])
            return r.choice([f"{st} {n}, {pc} {c}", f"{st} {n} {pc} {c}", f"{st} {n}", f"{st} {n}, {c}", f"{st} {n}, {pc} {c.upper()}"])
        if lang in ("nl-be", "fr-be"):
            key = "streets_be_nl" if lang == "nl-be" else "streets_be_fr"
            st = r.choice(p[key]); n = str(r.randint(1, 300))
            bus = r.choice(["", "", "", " bus 3", " bus 12", "/2", " b4"] if lang == "nl-be" else ["", "", "", " boîte 4", " bte 2", "/3", " bt 11"])
            pc = str(r.randint(1000, 9990))
            c = r.choice(p["cities_be_nl" if lang == "nl-be" else "cities_be_fr"])
            return r.choice([f"{st} {n}{bus}, {pc} {c}", f"{st} {n}{bus} {pc} {c}", f"{st} {n}{bus}", f"{st} {n}{bus} te {c}" if lang == "nl-be" else f"{st} {n}{bus} à {c}", f"{st} {n}{bus}, B-{pc} {c}"])
        if lang == "en-gb":
            st = r.choice(p["streets_gb"]); n = str(r.randint(1, 180))
            pc = f"{r.choice(['LS', 'M', 'B', 'BS', 'SE', 'N', 'E', 'G', 'EH', 'CF', 'NG', 'L'])}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}"
            c = r.choice(p["cities_gb"])
            flat = r.choice(["", "", "Flat 3, ", "Flat 12B, ", "Apartment 4, "])
            return r.choice([f"{flat}{n} {st}, {c} {pc}", f"{flat}{n} {st}, {c}, {pc}", f"{n} {st}", f"{flat}{n} {st} {pc}"])
        st = r.choice(p["streets_us"]); n = str(r.randint(10, 9800))
        apt = r.choice(["", "", ", Apt 3B", " #204", ", Unit 7", " Apt. 12"])
        c, stt, z = r.choice(p["cities_us"])
        return r.choice([f"{n} {st}{apt}, {c}, {stt} {z}", f"{n} {st}{apt}, {c} {stt} {z}", f"{n} {st}{apt}", f"{n} {st}{apt} {c}, {stt}"])

    def date_of_birth(self, lang, v=None):
        r = self.r
        y, m, d = r.randint(1952, 2005), r.randint(1, 12), r.randint(1, 28)
        f = fam(lang)
        if lang == "en-us":
            return r.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}"])
        if f == "en":
            return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {MONTHS['en'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}"])
        mo = MONTHS[f]
        return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mo[m - 1]} {y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100:02d}"])

    def customer_number(self, lang, v=None):
        r = self.r
        k = r.randrange(9)
        if k == 0:
            return digits(r, 8)
        if k == 1:
            return r.choice(["DRV-", "KR-", "RID-", "C-", "FL-"]) + digits(r, 5)
        if k == 2:
            return digits(r, 4) + "-" + digits(r, 4)
        if k == 3:
            return r.choice(["SEL", "MBR", "USR", "CL"]) + digits(r, 7)
        if k == 4:
            return digits(r, 10)
        if k == 5:
            return r.choice(["NL", "BE", "UK", "US"]) + "-" + digits(r, 6)
        if k == 6:
            return digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)
        if k == 7:
            return "".join(r.choice("0123456789abcdef") for _ in range(8)) + "-" + digits(r, 4)
        return digits(r, 6)

    def ip_address(self, lang, v=None):
        r = self.r
        if v == "v6" or r.random() < 0.15:
            return r.choice(["2a02:", "2001:1c00:", "2a01:cb1d:", "2a02:a46f:"]) + ":".join("%x" % r.randint(0, 65535) for _ in range(5))
        return f"{r.choice([31, 62, 77, 81, 84, 85, 86, 87, 89, 91, 94, 109, 141, 145, 176, 178, 185, 188, 195, 212, 213, 217])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    # ---------- negatives ----------
    def neg(self, kind, lang, v=None):
        r = self.r
        f = fam(lang)
        if kind == "date":
            y, m, d = r.choice([2024, 2025, 2025]), r.randint(1, 12), r.randint(1, 28)
            if lang == "en-us":
                return r.choice([f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m - 1]} {d}", f"{MONTHS['en'][m - 1][:3]} {d}, {y}"])
            if f == "en":
                return r.choice([f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]}", f"{d} {MONTHS['en'][m - 1][:3]} {y}"])
            mo = MONTHS[f]
            return r.choice([f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {mo[m - 1]}", f"{d}/{m}", f"{d} {mo[m - 1][:3]}. {y}", f"{d:02d}.{m:02d}.{y}"])
        if kind == "time":
            h, mi = r.randint(7, 22), r.choice([0, 5, 12, 15, 20, 30, 45, 47, 58])
            if f == "en":
                return r.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d}{'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}.{mi:02d} {'PM' if h >= 12 else 'AM'}"])
            if f == "fr":
                return r.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
            return r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if lang == "nl-be" else f"{h}:{mi:02d} uur", f"{h}u"])
        if kind == "amount":
            a = r.choice([r.randint(3, 60), r.randint(60, 900)])
            c = r.choice(["00", "50", "95", "99", "25", "40"])
            if lang == "en-gb":
                return r.choice([f"£{a}.{c}", f"£{a}", f"{a} quid", f"GBP {a}.{c}"])
            if lang == "en-us":
                return r.choice([f"${a}.{c}", f"${a}", f"{a} USD", f"US${a}.{c}"])
            return r.choice([f"€ {a},{c}", f"€{a}", f"{a} euro", f"EUR {a},{c}", f"{a},{c}€", f"{a},- euro", f"€{a}.{c}"])
        if kind == "quantity":
            n = r.randint(2, 12)
            return r.choice({"nl": [f"{n} pakketten", f"{n} stuks", f"{n} ritten", f"{n} items", f"{n} kg", f"{n} bestellingen"],
                             "fr": [f"{n} colis", f"{n} articles", f"{n} courses", f"{n} kg", f"{n} pièces"],
                             "en": [f"{n} parcels", f"{n} items", f"{n} deliveries", f"{n} kg", f"{n} boxes", f"{n} orders"]}[f])
        if kind == "percentage":
            return r.choice([f"{r.randint(2, 30)}%", f"{r.randint(2, 30)} %", f"{r.randint(1, 9)},5%" if f != "en" else f"{r.randint(1, 9)}.5%"])
        if kind == "year":
            return str(r.randint(2015, 2025))
        if kind == "order_number":
            k = r.randrange(6)
            return [digits(r, 10), "ORD-" + digits(r, 4) + "-" + digits(r, 5), digits(r, 2) + "-" + digits(r, 5) + "-" + digits(r, 5), digits(r, 9), "#" + digits(r, 8), "T" + digits(r, 9)][k]
        if kind == "ticket_number":
            k = r.randrange(6)
            return ["#" + digits(r, 7), "CS-" + digits(r, 6), digits(r, 8), "ZD" + digits(r, 6), "CASE-" + digits(r, 5), digits(r, 4) + "/" + digits(r, 5)][k]
        if kind == "invoice_number":
            k = r.randrange(4)
            return ["INV-" + str(r.randint(2024, 2025)) + "-" + digits(r, 5), "F" + str(r.randint(2024, 2025)) + "-" + digits(r, 4), str(r.randint(2024, 2025)) + digits(r, 6), "FAC/" + digits(r, 6)][k]
        if kind == "tracking_number":
            k = r.randrange(8)
            up = string.ascii_uppercase
            return ["3S" + "".join(r.choice(up) for _ in range(4)) + digits(r, 9), "JVGL" + digits(r, 16), "1Z" + "".join(r.choice(up + string.digits) for _ in range(6)) + digits(r, 10),
                    "".join(r.choice(up) for _ in range(2)) + digits(r, 9) + "GB", "32" + digits(r, 22), digits(r, 14), "9400 " + " ".join(digits(r, 4) for _ in range(4)) + " " + digits(r, 2), "JJD" + digits(r, 18)][k]
        if kind == "request_id":
            h = "0123456789abcdef"
            k = r.randrange(3)
            if k == 0:
                return "-".join("".join(r.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12))
            if k == 1:
                return "req_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(14))
            return "".join(r.choice(h) for _ in range(16))
        if kind == "error_code":
            return r.choice(["ERR_PAYOUT_" + digits(r, 3), "E-" + digits(r, 4), "0x8007" + digits(r, 4), "PAY-" + digits(r, 3), "HTTP " + r.choice(["401", "403", "429", "500", "502", "503"]), "AUTH_" + digits(r, 3), "code " + digits(r, 3)])
        if kind == "version_string":
            return r.choice([f"v{r.randint(3, 12)}.{r.randint(0, 40)}.{r.randint(0, 9)}", f"{r.randint(20, 25)}.{r.randint(1, 52)}.{r.randint(0, 5)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"Android {r.randint(11, 15)}", f"{r.randint(4, 9)}.{r.randint(0, 99)}.{r.randint(100, 999)} (build {r.randint(1000, 9999)})"])
        if kind == "model_number":
            return r.choice(self.p["models"])
        if kind == "product_code":
            return r.choice(["SKU-" + digits(r, 6), digits(r, 2) + "-" + digits(r, 4) + "-" + r.choice("ABCDX"), "ART" + digits(r, 7), "8" + digits(r, 12), "B0" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))])
        if kind == "flight_number":
            return r.choice(["KL", "HV", "FR", "SN", "BA", "U2", "TB", "LH", "AA", "DL", "UA", "VY"]) + r.choice(["", " "]) + str(r.randint(100, 9999))
        if kind == "company_phone":
            return r.choice(self.p["company_phones_" + f])
        if kind == "company_registration":
            if f == "nl" and lang == "nl":
                return r.choice([digits(r, 8), "NL" + digits(r, 9) + "B0" + str(r.randint(1, 9)), "NL" + digits(r, 9) + "B01"])
            if lang in ("nl-be", "fr-be"):
                s = r.choice(["0", "1"]) + str(r.randint(2000000, 9999999))
                c = 97 - int(s) % 97
                s = s + f"{c:02d}"
                return r.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", "BE" + s, "BE " + f"{s[:4]}.{s[4:7]}.{s[7:]}", s])
            if lang == "en-gb":
                return r.choice([digits(r, 8), "SC" + digits(r, 6), "GB" + digits(r, 9), "GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2)])
            return r.choice([digits(r, 2) + "-" + digits(r, 7), digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)])
        if kind == "url":
            return r.choice(self.p["urls"])
        if kind == "mention":
            return r.choice(self.p["mentions"])
        if kind == "hashtag":
            return r.choice(self.p["hashtags_" + f])
        if kind == "masked_value":
            v = v or r.choice(["card", "iban", "email", "phone", "card"])
            if v == "card":
                return r.choice(["**** **** **** " + digits(r, 4), "****" + digits(r, 4), "•••• " + digits(r, 4), "XXXX-XXXX-XXXX-" + digits(r, 4), "ending " + digits(r, 4) if f == "en" else "*" + digits(r, 4)])
            if v == "iban":
                cc = {"nl": "NL", "fr": "BE", "en": "GB"}[f] if lang != "nl-be" else "BE"
                return r.choice([f"{cc}** **** **** **{digits(r, 2)} {digits(r, 2)}", f"{cc}**{'*' * 10}{digits(r, 4)}", f"{cc}.. .... .... {digits(r, 4)}", f"****{digits(r, 4)}"])
            if v == "email":
                l = r.choice(self.p["fnames"]).lower()
                return f"{l[0]}{'*' * r.randint(3, 6)}{l[-1]}@{r.choice(self.p['mail_domains'])}"
            return r.choice(["+31 6 ****" + digits(r, 4), "06-****" + digits(r, 4), "+32 4** ** " + digits(r, 2) + " " + digits(r, 2), "*** *** " + digits(r, 4), "+44 7*** ***" + digits(r, 3)])
        if kind == "meter_reading":
            return r.choice([f"{r.randint(10, 240)}.{digits(r, 3)}", digits(r, 5), f"{r.randint(10, 240)} {digits(r, 3)}"])
        if kind == "port":
            return str(r.choice([443, 8080, 8443, 3000, 5000, 22, 8000, 9000, 5432, 1883]))
        if kind == "checksum":
            h = "0123456789abcdef"
            return "".join(r.choice(h) for _ in range(r.choice([32, 40, 64])))
        raise KeyError(kind)
