"""Value generators (labelled values and hard negatives). Pure stdlib."""
import string

from pools import POOLS, COMPANIES


class Ctx:
    def __init__(self, rng, lang, half, sector):
        self.rng, self.lang, self.half, self.sector = rng, lang, half, sector
        self.memo = {}
        self.person = None

    def pool(self, name):
        return POOLS[name][self.half::2]

    def pick(self, name):
        return self.rng.choice(self.pool(name))

    @property
    def group(self):
        return {"nl": "nl", "nl-be": "vl", "fr-be": "fr"}.get(self.lang, "en")

    def company(self):
        if "company" not in self.memo:
            g = {"nl": "nl", "nl-be": "be", "fr-be": "be"}.get(self.lang, "en")
            self.memo["company"] = self.rng.choice(COMPANIES[self.sector][g][self.half::2])
        return self.memo["company"]

    def get_person(self):
        if self.person is None:
            g = self.group
            self.person = (self.pick("first_" + g), self.pick("last_" + g))
        return self.person


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        if s[i:i + k]:
            out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# ---------------- validators ----------------
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return len(d) >= 12 and s % 10 == 0


def iban_ok(iban):
    s = "".join(c for c in iban if c.isalnum()).upper()
    s2 = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s2)
    return len(s) >= 15 and int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0 and s != 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------- high-risk values ----------------
def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card(c):
    r = c.rng
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        c.memo["amex"] = True
        return r.choice([group(n, [4, 6, 5]), n, group(n, [4, 6, 5], "-")])
    if kind == "maestro":
        n = luhn_complete("6759", 16, r)
    else:
        n = luhn_complete(r.choice(["4"]) if kind == "visa" else r.choice(["51", "52", "53", "54", "55", "2221"]), 16, r)
    return r.choice([group(n, [4, 4, 4, 4]), n, group(n, [4, 4, 4, 4], "-"), group(n, [4, 4, 4, 4], "  "), group(n, [4, 4, 4, 4], ".")])


def cvv(c):
    return digits(c.rng, 4 if c.memo.get("amex") else 3)


def expiry(c):
    r = c.rng
    m, y = r.randint(1, 12), r.randint(25, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


def iban(c):
    r = c.rng
    cc = r.choice(["NL"] * 4 + ["BE"] * 3 + ["DE", "FR", "GB", "LU"]) if c.lang in ("nl", "nl-be", "fr-be") else r.choice(["GB", "GB", "NL", "DE", "IE", "BE"])
    if c.lang in ("nl-be", "fr-be") and r.random() < 0.5:
        cc = "BE"
    if cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ"]) + digits(r, 10)
    elif cc == "BE":
        b = digits(r, 10)
        k = int(b) % 97 or 97
        bban = b + f"{k:02d}"
    elif cc == "DE":
        bban = digits(r, 18)
    elif cc == "FR":
        bban = digits(r, 10) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11)) + digits(r, 2)
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(r, 14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI"]) + digits(r, 14)
    else:
        bban = digits(r, 3) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(13))
    tmp = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in tmp))
    chk = 98 - n % 97
    s = f"{cc}{chk:02d}{bban}"
    style = r.random()
    if style < 0.45:
        s = group(s, [4] * 10)
    elif style < 0.55:
        s = s.lower()
    elif style < 0.65:
        s = group(s, [4] * 10).lower()
    elif style < 0.72 and cc == "BE":
        s = group(s, [4] * 4, "-")
    return s


def bsn(c):
    r = c.rng
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8))
        last = s % 11
        if last <= 9:
            v = "".join(map(str, d)) + str(last)
            if bsn_ok(v):
                break
    return r.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}.{v[3:6]}.{v[6:]}"])


def rrn(c):
    r = c.rng
    y = r.randint(40, 105)
    m, d = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - int(("2" + base) if y >= 100 else base) % 97
    v = base + f"{chk:02d}"
    assert rrn_ok(v)
    return r.choice([v, f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", f"{v[:6]} {v[6:9]} {v[9:]}",
                     f"{v[:6]}-{v[6:9]}-{v[9:]}", f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}-{v[9:]}"])


WORDS = ["zomer", "Tulp", "fiets", "Kaas", "Zonnig", "Voetbal", "Marloes", "poesje", "Dakgoot", "Moestuin",
         "Sunshine", "Dragon", "arsenal", "Liverpool", "monkey", "Chevy", "Bella", "Gizmo", "Brussel", "Soleil",
         "Frites", "Chouchou", "Welkom", "Lente", "Dolfijn", "Kantoor", "Voorjaar", "Ardennen"]


def password(c):
    r = c.rng
    w = r.choice(WORDS)
    t = r.random()
    if t < 0.3:
        return w + str(r.randint(1, 2025)) + r.choice(["!", "#", "?", "", "$", "*"])
    if t < 0.5:
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + digits(r, 2)
    if t < 0.65:
        return "".join(r.choice(string.ascii_letters + string.digits + "!#%&*") for _ in range(r.randint(10, 16)))
    if t < 0.8:
        return w + r.choice(["_", "-", "."]) + r.choice(WORDS).lower() + digits(r, r.randint(1, 3))
    return r.choice(["Welkom01", "Qwerty123!", "Wachtwoord1", "Passw0rd2024", "Letmein99", "Azerty123"]) + digits(r, 1)


def pin(c):
    return digits(c.rng, c.rng.choice([4, 4, 4, 5, 6]))


def puk(c):
    return digits(c.rng, 8)


def otp(c):
    r = c.rng
    v = digits(r, r.choice([6, 6, 6, 5, 8, 4]))
    if len(v) == 6 and r.random() < 0.25:
        v = v[:3] + r.choice([" ", "-"]) + v[3:]
    return v


NUMW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en": "zero one two three four five six seven eight nine".split()}


def otpw(c):
    w = NUMW["fr" if c.lang == "fr-be" else ("en" if c.lang.startswith("en") else "nl")]
    ds = [c.rng.randint(0, 9) for _ in range(6)]
    sep = c.rng.choice([" ", "-", " ", ", "])
    return sep.join(w[d] for d in ds)


def wifi(c):
    r = c.rng
    t = r.random()
    if t < 0.4:
        return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.choice([10, 12, 16, 20])))
    if t < 0.6:
        return "-".join("".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(4)) for _ in range(4))
    if t < 0.8:
        return digits(r, r.choice([10, 12, 13]))
    return r.choice(WORDS) + r.choice(WORDS) + digits(r, 3)


def user(c):
    r = c.rng
    f, l = c.get_person()
    f2 = f.lower().replace("é", "e").replace("-", "").replace("ï", "i")
    l2 = l.lower().replace(" ", "").replace("'", "").replace("é", "e")
    return r.choice([f"{f2}.{l2}", f"{f2[0]}{l2}{r.randint(1, 99)}", f"{l2}{f2[0]}", f"{f2}_{l2[:4]}{r.randint(70, 99)}",
                     f"{f2}{r.randint(1960, 2005)}", f"admin-{l2[:5]}", f"{l2.upper()[:6]}{digits(r, 3)}"])


def apikey(c):
    r = c.rng
    an = string.ascii_letters + string.digits
    t = r.randint(0, 6)
    if t == 0:
        return "sk_live_" + "".join(r.choice(an) for _ in range(24))
    if t == 1:
        return "AKIA" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if t == 2:
        return "".join(r.choice(an + "/+") for _ in range(40))
    if t == 3:
        return "AIza" + "".join(r.choice(an + "-_") for _ in range(35))
    if t == 4:
        return "pk_" + "".join(r.choice("0123456789abcdef") for _ in range(32))
    if t == 5:
        return "".join(r.choice("0123456789abcdef") for _ in range(32))
    return "key-" + "".join(r.choice(an) for _ in range(28))


def token(c):
    r = c.rng
    an = string.ascii_letters + string.digits
    t = r.randint(0, 4)
    if t == 0:
        seg = lambda n: "".join(r.choice(an + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiJ9." + seg(r.randint(30, 60)) + "." + seg(43)
    if t == 1:
        return "ghp_" + "".join(r.choice(an) for _ in range(36))
    if t == 2:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
    if t == 3:
        return "glpat-" + "".join(r.choice(an + "-_") for _ in range(20))
    return "ya29." + "".join(r.choice(an + "-_") for _ in range(50))


def ip(c):
    r = c.rng
    if r.random() < 0.15:
        return "2a02:" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{r.randint(1, 255):x}"
    return f"{r.choice([84, 77, 145, 213, 62, 81, 94, 178, 31, 86])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


# ---------------- personal values ----------------
def email(c):
    r = c.rng
    f, l = c.get_person()
    f2 = f.lower().replace("é", "e").replace("ç", "c").replace("è", "e").replace("-", "").replace("î", "i").replace("ô", "o")
    l2 = l.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("è", "e")
    dom = r.choice(c.pool({"nl": "mail_dom_nl", "nl-be": "mail_dom_be", "fr-be": "mail_dom_be"}.get(c.lang, "mail_dom_en")))
    loc = r.choice([f"{f2}.{l2}", f"{f2}{l2}", f"{f2[0]}.{l2}", f"{f2}{r.randint(70, 99)}", f"{l2}.{f2}", f"{f2}_{l2}{r.randint(1, 9)}"])
    if r.random() < 0.08:
        return (loc + "@" + dom).upper()
    return loc + "@" + dom


def phone(c, lang=None):
    r = c.rng
    lang = lang or c.lang
    if r.random() < 0.06:
        lang = r.choice(["nl", "nl-be", "en-gb"])
    if lang == "nl":
        if r.random() < 0.75:
            n = "6" + digits(r, 8)
            return r.choice([f"0{n}", f"0{n[0]}-{n[1:]}", f"0{n[0]} {n[1:5]} {n[5:]}", f"+31 {n[0]} {n[1:]}",
                             f"+31{n}", f"0031{n}", f"+31 (0){n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                             f"06-{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+316{n[1:]}"])
        a = r.choice(["20", "10", "30", "70", "40", "50", "343", "475", "523"])
        rest = digits(r, 9 - len(a))
        return r.choice([f"0{a}-{rest}", f"0{a} {rest}", f"+31 {a} {rest}", f"0{a}-{rest[:3]} {rest[3:]}"])
    if lang in ("nl-be", "fr-be"):
        if r.random() < 0.75:
            p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"])
            d = digits(r, 6)
            return r.choice([f"0{p} {d[:2]} {d[2:4]} {d[4:]}", f"0{p}/{d[:2]}.{d[2:4]}.{d[4:]}", f"0{p}{d}",
                             f"+32 {p} {d[:2]} {d[2:4]} {d[4:]}", f"+32{p}{d}", f"0032 {p} {d}", f"0{p}/{d[:2]} {d[2:4]} {d[4:]}",
                             f"0{p}.{d[:2]}.{d[2:4]}.{d[4:]}"])
        a = r.choice(["2", "3", "9", "4", "10", "50", "81", "65", "11"])
        d = digits(r, 8 - len(a))
        return r.choice([f"0{a} {d[:3]} {d[3:5]} {d[5:]}" if len(a) == 1 else f"0{a} {d[:2]} {d[2:4]} {d[4:]}",
                         f"0{a}/{d}", f"+32 {a} {d}", f"0{a}/{d[:3]}.{d[3:5]}.{d[5:]}" if len(a) == 1 else f"0{a}/{d[:2]}.{d[2:4]}.{d[4:]}"])
    if lang == "en-gb":
        if r.random() < 0.7:
            d = digits(r, 6)
            p = r.choice(["7700", "7711", "7825", "7943", "7412", "7587", "7968"])
            return r.choice([f"0{p} {d}", f"+44 {p} {d}", f"0{p}{d}", f"+44 (0){p} {d[:3]} {d[3:]}", f"0{p}-{d[:3]}-{d[3:]}", f"0044{p}{d}"])
        return r.choice([f"020 7946 {digits(r, 4)}", f"0161 496 {digits(r, 4)}", f"0113 496 {digits(r, 4)}", f"(0117) 496 {digits(r, 4)}"])
    a = r.choice(["415", "503", "512", "303", "614", "919", "608", "813", "208", "916", "518"])
    x, y = "555", digits(r, 4) if r.random() < 0.3 else (digits(r, 3), digits(r, 4))
    if isinstance(y, tuple):
        x, y = y
        x = str(r.randint(2, 9)) + x[1:]
    return r.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}", f"{a}{x}{y}", f"+1 ({a}) {x}-{y}"])


def addr(c, short=False):
    r = c.rng
    lang = c.lang
    if lang == "nl":
        st, num = r.choice(c.pool("street_nl")), str(r.randint(1, 220)) + r.choice(["", "", "", "a", "-II", " B", "-3", "hs"])
        pc, city = r.choice(c.pool("city_nl"))
        pc = f"{pc} {r.choice(string.ascii_uppercase)}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if r.random() < 0.2:
            pc = pc.replace(" ", "")
        if short:
            return f"{st} {num}"
        return r.choice([f"{st} {num}, {pc} {city}", f"{st} {num}, {pc}  {city.upper()}", f"{st} {num} {pc} {city}", f"{st} {num}, {city}"])
    if lang in ("nl-be", "fr-be"):
        g = "vl" if lang == "nl-be" else "fr"
        st = r.choice(c.pool("street_" + g))
        num = str(r.randint(1, 250))
        bus = r.choice(["", "", "", " bus 3", "/12", " bte 2", "A", " boîte 4" if g == "fr" else " bus 101"])
        pc, city = r.choice(c.pool("city_" + g))
        if short:
            return f"{st} {num}{bus}"
        if g == "fr" and r.random() < 0.3:
            return f"{num}{',' if r.random() < 0.5 else ''} {st}, {pc} {city}"
        return r.choice([f"{st} {num}{bus}, {pc} {city}", f"{st} {num}{bus} - {pc} {city}", f"{st} {num}{bus}, B-{pc} {city}", f"{st} {num}{bus} {pc} {city}"])
    if lang == "en-gb":
        st = r.choice(c.pool("street_gb"))
        city, pc = r.choice(c.pool("city_gb"))
        num = str(r.randint(1, 180))
        if short:
            return f"{num} {st}"
        return r.choice([f"{num} {st}, {city} {pc}", f"Flat {r.randint(1, 12)}, {num} {st}, {city}, {pc}", f"{num} {st}, {city}, {pc}", f"{num} {st} {city} {pc}"])
    st = r.choice(c.pool("street_us"))
    city, state, z = r.choice(c.pool("city_us"))
    num = str(r.randint(10, 9800))
    if short:
        return f"{num} {st}"
    return r.choice([f"{num} {st}, {city}, {state} {z}", f"{num} {st} Apt {r.randint(1, 30)}{r.choice('ABCD')}, {city}, {state} {z}", f"{num} {st}, {city} {state} {z}"])


def addr_short(c):
    return addr(c, True)


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def _date(c, y, m, d):
    r = c.rng
    L = "fr" if c.lang == "fr-be" else ("en" if c.lang.startswith("en") else "nl")
    mn = MONTHS[L][m - 1]
    if c.lang == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"])
    if c.lang == "en-gb":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {mn[:3]} {y}"])
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y}" if L == "nl" else f"{d:02d}/{m:02d}/{y}"])


def dob(c):
    r = c.rng
    return _date(c, r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28))


def cust(c):
    r = c.rng
    return r.choice([digits(r, 8), digits(r, 9), "KL" + digits(r, 7), digits(r, 4) + "-" + digits(r, 5), "C-" + digits(r, 6),
                     str(r.randint(1, 9)) + digits(r, 9), "CU" + digits(r, 8), digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)])


def policy(c):
    r = c.rng
    return r.choice([digits(r, 2) + "." + digits(r, 3) + "." + digits(r, 3), "POL" + digits(r, 7), digits(r, 10),
                     "HB-" + digits(r, 6) + "-" + digits(r, 2), r.choice("ABKW") + digits(r, 8), "PH" + digits(r, 3) + "/" + digits(r, 5)])


def ean(c):
    r = c.rng
    v = r.choice(["8716", "8717", "5414"]) + digits(r, 14)
    return v if r.random() < 0.7 else group(v, [6, 6, 6])


def contract(c):
    r = c.rng
    return r.choice(["CT" + digits(r, 8), digits(r, 10), "ZK-" + digits(r, 6), "BIZ" + digits(r, 7), "300" + digits(r, 6), "ACC-" + digits(r, 4) + "-" + digits(r, 4)])


def member(c):
    r = c.rng
    return r.choice([digits(r, 9), "M" + digits(r, 8), "GOLD-" + digits(r, 7), digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 2), "RR" + digits(r, 8)])


def permit(c):
    r = c.rng
    return r.choice(["PV-" + digits(r, 6), "BV" + digits(r, 7), digits(r, 7), "RP/" + digits(r, 5), "PK-" + digits(r, 4) + "-" + digits(r, 3)])


# ---------------- hard negatives ----------------
def n_date(c):
    r = c.rng
    if r.random() < 0.3:
        L = "fr" if c.lang == "fr-be" else ("en" if c.lang.startswith("en") else "nl")
        mn = MONTHS[L][r.randint(0, 11)]
        d = r.randint(1, 28)
        return f"{mn} {d}" if c.lang == "en-us" else f"{d} {mn}"
    return _date(c, r.choice([2024, 2025, 2025, 2026]), r.randint(1, 12), r.randint(1, 28))


def n_time(c):
    r = c.rng
    h, m = r.randint(7, 21), r.choice([0, 15, 30, 45, 5, 50])
    if c.lang == "en-us":
        return r.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{h}:{m:02d}"])
    if c.lang == "en-gb":
        return r.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}pm" if h > 12 else f"{h}.{m:02d}am", f"{h:02d}:{m:02d}"])
    if c.lang == "nl-be":
        return r.choice([f"{h}u{m:02d}" if m else f"{h}u", f"{h}:{m:02d}", f"{h}.{m:02d} uur"])
    if c.lang == "fr-be":
        return r.choice([f"{h}h{m:02d}" if m else f"{h}h", f"{h}:{m:02d}", f"{h} h {m:02d}"])
    return r.choice([f"{h}:{m:02d}", f"{h}.{m:02d} uur", f"{h}:{m:02d} uur", f"{h}.{m:02d}u"])


def n_amount(c):
    r = c.rng
    v = r.choice([r.randint(15, 400) + r.choice([0, 0.5, 0.95, 0.99, 0.25]), r.randint(400, 4500) * 1.0])
    if c.lang == "en-gb":
        return r.choice([f"£{v:,.2f}", f"£{int(v)}", f"GBP {v:.2f}"])
    if c.lang == "en-us":
        return r.choice([f"${v:,.2f}", f"${int(v)}", f"USD {v:,.2f}"])
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return r.choice([f"€ {s}", f"€{s}", f"{s} EUR", f"€{int(v)},-", f"{s} €" if c.lang == "fr-be" else f"EUR {s}"])


def n_qty(c):
    r = c.rng
    L = "fr" if c.lang == "fr-be" else ("en" if c.lang.startswith("en") else "nl")
    opts = {"nl": [f"{r.randint(2, 24)} ramen", f"{r.randint(20, 180)} m2", f"{r.randint(2, 40)} dakpannen", f"{r.choice([100, 500, 1000])} Mbit/s",
                   f"{r.randint(2, 8)} uur", f"{r.randint(1, 5)} vaste IP-adressen", f"{r.randint(80, 900)} km", f"{r.randint(2, 6)} weken"],
            "fr": [f"{r.randint(2, 24)} fenêtres", f"{r.randint(20, 180)} m²", f"{r.randint(2, 40)} tuiles", f"{r.choice([100, 500, 1000])} Mbps",
                   f"{r.randint(2, 8)} heures", f"{r.randint(80, 900)} km", f"{r.randint(2, 6)} semaines"],
            "en": [f"{r.randint(2, 24)} windows", f"{r.randint(20, 180)} sq ft" if c.lang == "en-us" else f"{r.randint(20, 180)} m2",
                   f"{r.randint(2, 40)} tiles", f"{r.choice([100, 500, 900])} Mbps", f"{r.randint(2, 8)} hours", f"{r.randint(50, 600)} miles", f"{r.randint(2, 6)} weeks"]}
    return r.choice(opts[L])


def n_pct(c):
    r = c.rng
    v = r.choice([5, 10, 15, 20, 21, 25, 50, 6, 12.5])
    return r.choice([f"{v}%", f"{v} %"]) if not c.lang.startswith("en") else f"{v}%"


def n_year(c):
    return str(c.rng.randint(2015, 2026))


def n_order(c):
    r = c.rng
    return r.choice(["ORD-" + digits(r, 7), "#" + digits(r, 6), "BK" + digits(r, 8), "RES-" + "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + digits(r, 4),
                     digits(r, 10), "WO-" + digits(r, 5), "R" + digits(r, 9)])


def n_ticket(c):
    r = c.rng
    return r.choice(["CLM-2025-" + digits(r, 6), digits(r, 8), "#" + digits(r, 7), "INC" + digits(r, 7), "SCH" + digits(r, 6),
                     "Z/" + digits(r, 2) + "/" + digits(r, 5), "K-" + digits(r, 6), "CAS-" + digits(r, 5) + "-" + "".join(r.choice("ABCDEFGHJK") for _ in range(4)),
                     digits(r, 2) + "-" + digits(r, 6), "SR" + digits(r, 9)])


def n_invoice(c):
    r = c.rng
    return r.choice(["F" + r.choice(["2024", "2025"]) + "-" + digits(r, 5), "INV-" + digits(r, 6), digits(r, 9), "FAC/" + digits(r, 4) + "/" + digits(r, 3), "VF" + digits(r, 8)])


def n_tracking(c):
    r = c.rng
    return r.choice(["3S" + "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + digits(r, 9),
                     "1Z" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                     "JJD" + digits(r, 15), "CD" + digits(r, 9) + "BE", digits(r, 24), "RR" + digits(r, 9) + "GB"])


def n_reqid(c):
    r = c.rng
    h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    return r.choice([f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}", "req_" + h(16), "REQ-" + digits(r, 8), h(8).upper() + "-" + h(4).upper()])


def n_error(c):
    r = c.rng
    return r.choice(["E-" + digits(r, 3), "0x800" + digits(r, 5), "ERR_CONNECTION_RESET", "PPP-" + digits(r, 3), "E" + digits(r, 2),
                     "DNS_PROBE_FINISHED_NXDOMAIN", "HTTP 503", "code " + digits(r, 3), "LOS-" + digits(r, 2), "AUTH_FAILED_" + digits(r, 2)])


def n_version(c):
    r = c.rng
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"{r.randint(5, 8)}.{r.randint(0, 60)}", f"iOS {r.randint(16, 18)}.{r.randint(0, 6)}",
                     f"Android {r.randint(11, 15)}", f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 999)}", f"build {r.randint(2000, 9000)}"])


def n_model(c):
    return c.pick("model")


def n_product(c):
    r = c.rng
    return r.choice(["SKU-" + digits(r, 5), "ART " + digits(r, 6), "PRD-" + digits(r, 3) + "-" + "".join(r.choice("ABCX") for _ in range(2)),
                     "GLZ-" + digits(r, 4), "PAK" + digits(r, 3), "BIZ-FIB-" + str(r.choice([500, 1000])), "RM-" + digits(r, 4)])


def n_flight(c):
    r = c.rng
    return r.choice(["KL", "SN", "BA", "UA", "HV", "FR", "U2", "DL", "LH", "AA"]) + r.choice(["", " "]) + str(r.randint(100, 9999))


def n_cphone(c):
    r = c.rng
    if c.lang == "nl":
        return r.choice(["0800-" + digits(r, 4), "088 " + digits(r, 3) + " " + digits(r, 4), "0900-" + digits(r, 4), "088-" + digits(r, 7), "+31 88 " + digits(r, 3) + " " + digits(r, 4)])
    if c.lang in ("nl-be", "fr-be"):
        return r.choice(["078 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2), "0800 " + digits(r, 2) + " " + digits(r, 3), "070 " + digits(r, 3) + " " + digits(r, 3), "078/" + digits(r, 2) + "." + digits(r, 2) + "." + digits(r, 2), "+32 78 " + digits(r, 6)])
    if c.lang == "en-gb":
        return r.choice(["0800 " + digits(r, 3) + " " + digits(r, 4), "0345 " + digits(r, 3) + " " + digits(r, 4), "0330 " + digits(r, 3) + " " + digits(r, 4), "03" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 4)])
    return r.choice(["1-800-" + digits(r, 3) + "-" + digits(r, 4), "(888) " + digits(r, 3) + "-" + digits(r, 4), "1 (877) " + digits(r, 3) + "-" + digits(r, 4), "800." + digits(r, 3) + "." + digits(r, 4)])


def n_kvk(c):
    r = c.rng
    if c.lang == "nl":
        return r.choice([digits(r, 8), "NL" + digits(r, 9) + "B0" + str(r.randint(1, 9))])
    if c.lang in ("nl-be", "fr-be"):
        b = "0" + str(r.randint(2, 9)) + digits(r, 6)
        k = 97 - int(b) % 97
        v = b + f"{k:02d}"
        return r.choice([f"{v[:4]}.{v[4:7]}.{v[7:]}", f"BE {v[:4]}.{v[4:7]}.{v[7:]}", f"BE{v}", v])
    if c.lang == "en-gb":
        return r.choice([digits(r, 8), "GB " + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 2), "SC" + digits(r, 6)])
    return digits(r, 2) + "-" + digits(r, 7)


def n_url(c):
    r = c.rng
    co = c.company().lower().replace(" ", "").replace("&", "en").replace("'", "").replace(".be", "").replace("é", "e").replace("û", "u")[:16]
    tld = {"nl": ".nl", "nl-be": ".be", "fr-be": ".be", "en-gb": ".co.uk"}.get(c.lang, ".com")
    p = r.choice(c.pool("urlpath"))
    return r.choice([f"https://www.{co}{tld}{p}", f"www.{co}{tld}", f"https://{co}{tld}{p}?ref=sms", f"{co}{tld}{p}", f"https://mijn.{co}{tld}/" if not c.lang.startswith("en") else f"https://my.{co}{tld}/"])


def n_mention(c):
    co = c.company()
    h = "".join(ch for ch in co.title() if ch.isalnum())[:14]
    suf = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "UK", "en-us": ""}[c.lang]
    return "@" + h + c.rng.choice([suf, "", "_care", "Help"])


def n_hashtag(c):
    return c.pick({"nl": "hashtag_nl", "nl-be": "hashtag_nl", "fr-be": "hashtag_fr"}.get(c.lang, "hashtag_en"))


def n_masked(c):
    r = c.rng
    return r.choice(["****" + digits(r, 4), "**** **** **** " + digits(r, 4), "XXXX-XXXX-XXXX-" + digits(r, 4), "NL** **** **** **" + digits(r, 2) + " " + digits(r, 2),
                     "BE** **** **** " + digits(r, 4), "06-****" + digits(r, 4), "j***@gmail.com", "•••• " + digits(r, 4), "***-**-" + digits(r, 4), "+32 4** ** ** " + digits(r, 2)])


def n_meter(c):
    r = c.rng
    v = r.randint(1000, 190000)
    if c.lang.startswith("en"):
        return f"{v:,}"
    return f"{v:,}".replace(",", ".") if r.random() < 0.6 else str(v)


def n_port(c):
    return str(c.rng.choice([443, 8080, 25, 587, 3389, 22, 5060, 1194, 8443, 21, 993, 51820]))


def n_checksum(c):
    r = c.rng
    return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))


SPAN_GENS = {
    "password": ("password", password), "pin": ("pin", pin), "puk": ("puk", puk), "otp": ("otp", otp), "otpw": ("otp", otpw),
    "wifi": ("wifi_key", wifi), "user": ("username", user), "apikey": ("api_key", apikey), "token": ("token", token),
    "card": ("card", card), "cvv": ("cvv", cvv), "iban": ("iban", iban), "bsn": ("bsn", bsn), "rrn": ("bsn", rrn),
    "email": ("email", email), "phone": ("phone", phone), "addr": ("address", addr), "addr_short": ("address", addr_short),
    "dob": ("date_of_birth", dob), "cust": ("customer_number", cust), "policy": ("customer_number", policy),
    "ean": ("customer_number", ean), "contract": ("customer_number", contract), "member": ("customer_number", member),
    "permit": ("customer_number", permit), "expiry": ("card_expiry", expiry), "ip": ("ip_address", ip),
}

NEG_GENS = {
    "date": ("date", n_date), "time": ("time", n_time), "amount": ("amount", n_amount), "qty": ("quantity", n_qty),
    "pct": ("percentage", n_pct), "year": ("year", n_year), "order": ("order_number", n_order), "ticket": ("ticket_number", n_ticket),
    "invoice": ("invoice_number", n_invoice), "tracking": ("tracking_number", n_tracking), "reqid": ("request_id", n_reqid),
    "error": ("error_code", n_error), "version": ("version_string", n_version), "model": ("model_number", n_model),
    "product": ("product_code", n_product), "flight": ("flight_number", n_flight), "cphone": ("company_phone", n_cphone),
    "kvk": ("company_registration", n_kvk), "url": ("url", n_url), "mention": ("mention", n_mention), "hashtag": ("hashtag", n_hashtag),
    "masked": ("masked_value", n_masked), "meter": ("meter_reading", n_meter), "port": ("port", n_port), "checksum": ("checksum", n_checksum),
}


def filler(c, name):
    g = c.group
    if name == "name":
        return c.get_person()[0]
    if name == "fullname":
        f, l = c.get_person()
        return f"{f} {l}"
    if name == "last":
        return c.get_person()[1]
    if name == "city":
        x = c.rng.choice(c.pool("city_" + {"vl": "vl", "fr": "fr", "nl": "nl"}.get(g, "gb" if c.lang == "en-gb" else "us")))
        return x[0] if c.lang == "en-gb" or c.lang == "en-us" else x[1]
    if name == "co":
        return c.company()
    if name == "agent":
        if "agent" not in c.memo:
            c.memo["agent"] = c.pick("agent")
        return c.memo["agent"]
    if name == "init":
        return c.pick("agent_init")
    if name in ("ssid", "plate", "macro"):
        return c.pick(name)
    raise KeyError(name)
