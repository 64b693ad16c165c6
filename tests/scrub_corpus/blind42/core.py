"""Value generators, message builder and self-check for the blind42 corpus (stdlib only)."""
import re
import string

SPAN_ALIAS = {
    "pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key",
    "user": "username", "api": "api_key", "token": "token", "card": "card", "cvv": "cvv",
    "exp": "card_expiry", "iban": "iban", "bsn": "bsn", "rrn": "bsn", "dob": "date_of_birth",
    "email": "email", "phone": "phone", "addr": "address", "ip": "ip_address",
    "cust": "customer_number",
}
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
             "card", "cvv", "iban", "bsn"}
NEG_KINDS = {"amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "request_id", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity", "url",
             "masked_value", "port", "checksum"}

DIGIT_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
PW_WORDS = {
    "nl": ["Zomer", "Konijn", "Fietsbel", "Oma", "Tulp", "Voetbal", "Paard", "Molen", "Kaas", "Appel", "Regenboog", "Duif"],
    "be": ["Frietje", "Kermis", "Hondje", "Zonneke", "Kasteel", "Leeuw", "Pralines", "Bommeke", "Voetbal", "Zee"],
    "fr": ["Soleil", "Chaton", "Maison", "Papillon", "Mamie", "Fraise", "Jardin", "Etoile", "Lapin", "Printemps"],
    "en": ["Sunshine", "Buster", "Rainbow", "Granny", "Chelsea", "Dragon", "Summer", "Pepper", "Biscuit", "Tigger", "Liverpool", "Yankees"],
}
PHRASE_WORDS = ["paard", "fiets", "regen", "molen", "lamp", "tuin", "blue", "river", "stone", "coffee", "lune", "velo",
                "pomme", "tiger", "maple", "kiwi", "storm", "bread", "tulip", "oak", "jazz", "piano"]


def luhn_ok(num):
    d = [int(c) for c in num][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_make(rng, prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = re.sub(r"[\s\-.]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(rng, cc):
    D = lambda k: "".join(rng.choice(string.digits) for _ in range(k))
    if cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + D(10)
    elif cc == "BE":
        f = rng.choice(["001", "068", "363", "734", "310", "751", "979", "088", "143"]) + D(7)
        c = int(f) % 97 or 97
        bban = f + "%02d" % c
    elif cc == "FR":
        bban = D(10) + D(11) + D(2)
    elif cc == "DE":
        bban = D(8) + D(10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ"]) + D(6) + D(8)
    elif cc == "LU":
        bban = D(3) + D(13)
    else:
        bban = D(4) + D(7)
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return cc + "%02d" % chk + bban


def bsn_ok(d):
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and d[0] != "0"


def bsn_make(rng):
    while True:
        d = str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(7))
        s = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if s < 10:
            return d + str(s)


def rrn_ok(d):
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


def rrn_make(rng, y, m, dd):
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    num = int(("2" + base) if y >= 2000 else base)
    return base + "%02d" % (97 - num % 97)


def grouped(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def swap_digits(rng, v):
    idx = [i for i, c in enumerate(v) if c.isdigit()]
    pairs = [(a, b) for a, b in zip(idx, idx[1:]) if b == a + 1 and v[a] != v[b]]
    if not pairs:
        return v[:-1] + ("1" if v[-1] != "1" else "2") if v and v[-1].isdigit() else v + "1"
    a, b = rng.choice(pairs)
    l = list(v)
    l[a], l[b] = l[b], l[a]
    return "".join(l)


def words(lang, digits, sep=" "):
    return sep.join(DIGIT_WORDS[lang][int(c)] for c in digits)


class Gen:
    """Generates values; lang group is one of nl, be, fr, en; loc is nl, nl-be, fr-be, en-gb, en-us."""

    def __init__(self, rng, loc, pools):
        self.r = rng
        self.loc = loc
        self.lg = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[loc]
        self.pools = pools
        self.mem = {}

    def D(self, k):
        return "".join(self.r.choice(string.digits) for _ in range(k))

    # ---------------- high risk
    def pw(self, v):
        r = self.r
        if v == "kid":
            return r.choice(self.pools["kids"]) + r.choice(["2015", "2014", "123", "12", "!", "2016x", "_09"])
        if v == "phrase":
            return r.choice(["-", " ", "_", "."]).join(r.sample(PHRASE_WORDS, 3)) + r.choice(["", "42", "7", "!"])
        if v == "tmp":
            return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.choice([8, 10, 12])))
        k = r.random()
        if k < 0.45:
            return r.choice(PW_WORDS[self.lg]) + r.choice(["2024!", "2023", "1948", "#12", "!!", "123", "88", "2025?", "_1"])
        if k < 0.75:
            a = string.ascii_letters + string.digits + "!?#$%&*@"
            return "".join(r.choice(a) for _ in range(r.choice([9, 10, 12, 14])))
        if k < 0.9:
            return r.choice(self.pools["kids"]).lower() + r.choice(["&", "", "."]) + r.choice(PW_WORDS[self.lg]).lower() + self.D(2)
        return r.choice(PW_WORDS[self.lg]) + r.choice(["$", "@", "%"]) + r.choice(["Mama", "Papa", "Opa", "Nan", "Mamie"]) + self.D(1)

    def pin(self, v):
        n = 4 if self.r.random() < 0.82 else self.r.choice([5, 6])
        if v == "six":
            n = 6
        d = self.D(n)
        if v == "words":
            return words(self.lg, d, self.r.choice([" ", "-", ", "]))
        if v == "spaced":
            return " ".join(d)
        return d

    def puk(self, v):
        d = self.D(8)
        if v == "spaced":
            return grouped(d, [4, 4])
        return d

    def otp(self, v):
        r = self.r
        if v == "words":
            return words(self.lg, self.D(6), r.choice([" ", "-"]))
        k = r.random()
        if k < 0.6:
            return self.D(6)
        if k < 0.75:
            d = self.D(6)
            return d[:3] + r.choice([" ", "-"]) + d[3:]
        if k < 0.85:
            return self.D(r.choice([4, 5, 8]))
        if k < 0.93:
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        return r.choice(["G-", "A-", "M-"]) + self.D(6)

    def wifi(self, v):
        r = self.r
        k = r.random()
        if k < 0.4:
            return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.choice([12, 13, 16])))
        if k < 0.6:
            return "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        if k < 0.75:
            return self.D(r.choice([10, 16]))
        if k < 0.9:
            return "-".join("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(4))
        return r.choice(PW_WORDS[self.lg]) + r.choice(["Thuis", "Home", "Maison", "Wifi"]) + self.D(4)

    def user(self, v):
        r = self.r
        kid = r.choice(self.pools["kids"]).lower()
        sur = r.choice(self.pools["surnames"]).lower().replace(" ", "").replace("'", "")
        if v == "game":
            return r.choice(["xX", "", "The", "Lil", "Pro", ""]) + r.choice(["Shadow", "Ninja", "Creeper", "Dino", "Blaze", "Panda", "Turbo", "Frost"]) + kid.capitalize() + r.choice(["Xx", "09", "_YT", "2013", "", "77"])
        if v == "student":
            return r.choice(["s", "u", "r0", "", "st"]) + self.D(7)
        if v == "kid":
            return r.choice([kid + "." + sur, kid + sur[:1] + self.D(2), kid + "." + sur + self.D(1), sur[:6] + kid[:2] + self.D(3)])
        return r.choice([kid + "." + sur, kid[0] + sur, sur + self.D(2), kid + "_" + sur[:4], sur.upper()[:5] + self.D(3)])

    def api(self, v):
        r = self.r
        al = string.ascii_letters + string.digits
        k = r.random()
        if k < 0.35:
            return "sk_live_" + "".join(r.choice(al) for _ in range(24))
        if k < 0.55:
            return "AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16))
        if k < 0.75:
            return "".join(r.choice("0123456789abcdef") for _ in range(32))
        return "api_" + "".join(r.choice(al) for _ in range(28))

    def token(self, v):
        r = self.r
        al = string.ascii_letters + string.digits
        k = r.random()
        if k < 0.3:
            return "ghp_" + "".join(r.choice(al) for _ in range(36))
        if k < 0.5:
            return "glpat-" + "".join(r.choice(al + "-_") for _ in range(20))
        if k < 0.7:
            import base64
            h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            p = base64.urlsafe_b64encode(('{"sub":"%s","exp":%d}' % (self.D(7), r.randint(1700000000, 1800000000))).encode()).decode().rstrip("=")
            s = "".join(r.choice(al + "-_") for _ in range(43))
            return h + "." + p + "." + s
        return "xoxb-" + self.D(12) + "-" + self.D(12) + "-" + "".join(r.choice(al) for _ in range(24))

    def card(self, v):
        r = self.r
        k = r.random()
        if k < 0.45:
            n = luhn_make(r, "4" + self.D(r.choice([1, 2])), 16)
            sizes = [4, 4, 4, 4]
        elif k < 0.75:
            n = luhn_make(r, r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
            sizes = [4, 4, 4, 4]
        elif k < 0.87:
            n = luhn_make(r, r.choice(["34", "37"]), 15)
            sizes = [4, 6, 5]
        else:
            n = luhn_make(r, r.choice(["6703", "6799", "5018"]), r.choice([16, 17, 19]))
            sizes = [4, 4, 4, 4, 3]
        self.mem["_cardlen"] = len(n)
        f = r.random()
        if f < 0.6:
            return grouped(n, sizes)
        if f < 0.8:
            return n
        return grouped(n, sizes, "-")

    def cvv(self, v):
        return self.D(4 if self.mem.get("_cardlen") == 15 else 3)

    def exp(self, v):
        r = self.r
        m, y = r.randint(1, 12), r.randint(2025, 2031)
        return r.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                         "%s %d" % (MONTHS[self.lg][m - 1][:3].lower(), y), "%02d / %02d" % (m, y % 100)])

    def iban(self, v):
        r = self.r
        cc = {"nl": ["NL"] * 6 + ["BE", "DE"], "be": ["BE"] * 6 + ["NL", "LU"], "fr": ["BE"] * 5 + ["FR", "LU"],
              "en": ["GB"] * 4 + ["NL", "DE", "FR", "BE"]}[self.lg]
        s = iban_make(r, r.choice(cc))
        f = r.random() if v != "lower" else 0.9
        if f < 0.55:
            return grouped(s, [4] * 9)
        if f < 0.75:
            return s
        if f < 0.85:
            return s[:2] + " " + s[2:4] + " " + grouped(s[4:], [4] * 8)
        return grouped(s, [4] * 9).lower() if r.random() < 0.5 else s.lower()

    def bsn(self, v):
        d = bsn_make(self.r)
        f = self.r.random()
        if f < 0.6:
            return d
        if f < 0.8:
            return d[:4] + "." + d[4:6] + "." + d[6:]
        return grouped(d, [3, 3, 3])

    def rrn(self, v):
        r = self.r
        dt = self.mem.get("_dobdate") if v == "fromdob" else None
        if not dt:
            dt = (r.randint(1932, 2016), r.randint(1, 12), r.randint(1, 28))
        d = rrn_make(r, *dt)
        f = r.random()
        if f < 0.6:
            return "%s.%s.%s-%s.%s" % (d[:2], d[2:4], d[4:6], d[6:9], d[9:])
        if f < 0.85:
            return d
        return "%s %s %s" % (d[:6], d[6:9], d[9:])

    def dob(self, v):
        r = self.r
        y = {"kid": r.randint(2008, 2019), "old": r.randint(1929, 1952), "adult": r.randint(1960, 2002)}.get(v, r.randint(1940, 2005))
        m, d = r.randint(1, 12), r.randint(1, 28)
        self.mem["_dobdate"] = (y, m, d)
        lg = self.lg
        mon = MONTHS[lg][m - 1]
        if lg == "en":
            opts = ["%d %s %d" % (d, mon, y), "%s %d, %d" % (mon, d, y)]
            opts.append("%02d/%02d/%d" % ((m, d, y) if self.loc == "en-us" else (d, m, y)))
            opts.append("%d/%d/%02d" % ((m, d, y % 100) if self.loc == "en-us" else (d, m, y % 100)))
        else:
            opts = ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d/%02d/%d" % (d, m, y),
                    "%d.%d.%d" % (d, m, y), "%d-%d-%d" % (d, m, y)]
        return r.choice(opts)

    def email(self, v):
        r = self.r
        import unicodedata
        first = unicodedata.normalize("NFKD", r.choice(self.pools["adults"] + self.pools["kids"]).lower()).encode("ascii", "ignore").decode()
        sur = r.choice(self.pools["surnames"]).lower().replace(" ", "").replace("'", "")
        sur = unicodedata.normalize("NFKD", sur).encode("ascii", "ignore").decode()
        dom = r.choice({"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "outlook.com", "planet.nl"],
                        "be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.com", "proximus.be", "outlook.be"],
                        "fr": ["gmail.com", "skynet.be", "hotmail.be", "yahoo.fr", "voo.be", "outlook.fr"],
                        "en": ["gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "aol.com", "icloud.com", "hotmail.co.uk", "comcast.net"]}[self.lg])
        local = r.choice([first + "." + sur, first + sur + self.D(2), first[0] + "." + sur, sur + "." + first, first + "_" + sur[:3] + self.D(4)[:2]])
        if v == "obf":
            a, dot = r.choice([(" @ ", " . "), (" [at] ", " [dot] "), (" at ", " dot "), ("(at)", "(punt)" if self.lg in ("nl", "be") else "(dot)")])
            return local.replace(".", dot) + a + dom.replace(".", dot)
        if v == "school":
            return first + "." + sur + "@" + r.choice(["leerling.", "student.", "ll.", ""]) + r.choice(self.pools["schooldom"])
        return local + "@" + dom

    def phone(self, v):
        r = self.r
        loc = self.loc
        if loc == "nl":
            d = "6" + self.D(8)
            raw = "0" + d
            opts = [raw, "06-" + d[1:], "06 " + grouped(d[1:], [2, 2, 2, 2]), "+31 6 " + grouped(d[1:], [4, 4]), "+316" + d[1:], "0031 6 " + d[1:],
                    "020-" + self.D(7), "010 " + self.D(3) + " " + self.D(4)]
        elif loc in ("nl-be", "fr-be"):
            d = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "485", "486", "491", "496"]) + self.D(6)
            raw = "0" + d
            opts = ["0%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "0%s/%s.%s.%s" % (d[:3], d[3:5], d[5:7], d[7:]), raw,
                    "+32 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "+32" + d, "0032 " + d, "02 " + self.D(3) + " " + self.D(2) + " " + self.D(2),
                    "09/" + self.D(3) + "." + self.D(2) + "." + self.D(2)]
        elif loc == "en-gb":
            d = "7" + r.choice(["700", "911", "812", "723", "956", "488"]) + self.D(6)
            raw = "0" + d
            opts = ["0%s %s" % (d[:4], d[4:]), raw, "+44 %s %s" % (d[:4], d[4:]), "+44 (0)%s %s" % (d[:4], d[4:]), "0113 " + self.D(3) + " " + self.D(4),
                    "020 " + self.D(4) + " " + self.D(4)]
        else:
            a = r.choice(["212", "415", "617", "312", "503", "646", "718", "919"])
            x = str(r.randint(2, 9)) + self.D(2)
            y = self.D(4)
            raw = a + x + y
            opts = ["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "%s.%s.%s" % (a, x, y), "+1 %s %s %s" % (a, x, y), "1-%s-%s-%s" % (a, x, y), raw]
        if v == "words":
            return words(self.lg, re.sub(r"\D", "", raw), " ")
        if v == "mobile":
            return opts[r.randrange(4)]
        return r.choice(opts)

    def addr(self, v):
        r = self.r
        st = r.choice(self.pools["streets"])
        city, pc = r.choice(self.pools["cities"])
        n = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "b"] if self.lg in ("nl", "en") else ["", "", ""])
        lg = self.lg
        if lg == "nl":
            line = "%s %s" % (st, n)
            rest = "%s %s %s" % (pc, "".join(r.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2)), city)
        elif lg == "be":
            line = "%s %s" % (st, n) + r.choice(["", "", " bus %d" % r.randint(1, 12), "/%d" % r.randint(1, 8)])
            rest = "%s %s" % (pc, city)
        elif lg == "fr":
            line = "%s %s" % (st, n) + r.choice(["", "", " bte %d" % r.randint(1, 12), "/%d" % r.randint(1, 8)])
            rest = "%s %s" % (pc, city)
        elif self.loc == "en-gb":
            line = "%s %s" % (n, st) + r.choice(["", "", ""])
            rest = "%s %s" % (city, pc + " " + str(r.randint(1, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        else:
            line = "%s %s" % (r.randint(12, 9800), st) + r.choice(["", "", ", Apt %d%s" % (r.randint(1, 20), r.choice("ABC"))])
            rest = "%s %s" % (city, pc)
        if v == "line":
            return line
        if v == "ml":
            return line + "\n" + rest
        return line + r.choice([", ", " ", ", "]) + rest

    def ip(self, v):
        r = self.r
        if r.random() < 0.12:
            return "2a02:%x:%x:%x::%x" % (r.randint(0x1800, 0xa8ff), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xff))
        return "%d.%d.%d.%d" % (r.choice([84, 62, 81, 94, 178, 213, 86, 31, 109, 73, 98, 24]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def cust(self, v):
        r = self.r
        if v == "student":
            return r.choice(["s", "", "r0", "u"]) + self.D(7)
        if v == "kid":
            return r.choice(["", "LL", "ll-"]) + self.D(r.choice([5, 6, 7]))
        k = r.random()
        if k < 0.3:
            return self.D(r.choice([7, 8, 9, 10]))
        if k < 0.5:
            return "%s-%s" % (self.D(1), self.D(8))
        if k < 0.65:
            return r.choice(["C", "K", "KL", "CL", "M"]) + self.D(r.choice([6, 7, 8]))
        if k < 0.8:
            return "%s %s %s" % (self.D(3), self.D(3), self.D(3))
        if k < 0.9:
            return "%d-%s" % (r.randint(2015, 2025), self.D(5))
        return self.D(2) + "." + self.D(3) + "." + self.D(3)

    def value(self, key, variant):
        if variant == "same" and key in self.mem:
            return self.mem[key]
        if variant == "swap" and key in self.mem:
            v = swap_digits(self.r, self.mem[key])
            self.mem[key] = v
            return v
        v = getattr(self, key)(variant)
        self.mem[key] = v
        return v

    # ---------------- negatives
    def neg(self, kind, variant):
        r, lg, D = self.r, self.lg, self.D
        cur = {"nl": "€", "be": "€", "fr": "€", "en": "£" if self.loc == "en-gb" else "$"}[lg]
        if kind == "amount":
            a, c = r.randint(2, 480), r.randint(0, 99)
            if lg == "en":
                return r.choice(["%s%d.%02d" % (cur, a, c), "%s%d" % (cur, a)])
            return r.choice(["€ %d,%02d" % (a, c), "€%d,%02d" % (a, c), "%d,%02d euro" % (a, c), "%d EUR" % a, "%d,%02d €" % (a, c)])
        if kind == "company_phone":
            return r.choice({"nl": ["0800-0402", "088 - 123 45 00", "0900-0933", "020 799 11 11", "0800 0022"],
                             "be": ["078 15 15 15", "0800 22 800", "02 205 40 00", "070 22 33 44", "078 05 05 05"],
                             "fr": ["078 15 15 15", "0800 22 800", "02 205 40 00", "070 22 33 44", "078 05 05 05"],
                             "en": ["0800 800 150", "0345 300 0000", "1-800-555-0199", "0330 123 4567", "(800) 922-0204"]}[lg])
        if kind == "company_registration":
            return r.choice(["%s" % D(8), "NL%sB01" % D(9), "BE 0%s.%s.%s" % (D(3), D(3), D(3)), "0%s.%s.%s" % (D(3), D(3), D(3)), "%s" % D(8), "GB%s" % D(9)])
        if kind == "date":
            d, m = r.randint(1, 28), r.randint(1, 12)
            if lg == "en":
                return r.choice(["%d %s" % (d, MONTHS[lg][m - 1]), "%02d/%02d/2025" % (d, m), "%s %d" % (MONTHS[lg][m - 1], d)])
            return r.choice(["%d %s" % (d, MONTHS[lg][m - 1]), "%02d-%02d-2025" % (d, m), "%d/%d" % (d, m), "%02d/%02d/2026" % (d, m)])
        if kind == "time":
            h, m = r.randint(7, 22), r.choice([0, 15, 30, 45, 10, 5])
            return r.choice(["%02d:%02d" % (h, m), "%du%02d" % (h, m) if lg in ("be", "nl") else "%dh%02d" % (h, m), "%d.%02d" % (h, m)])
        if kind == "year":
            return str(r.randint(2019, 2026))
        if kind == "error_code":
            return r.choice(["E-%d" % r.randint(100, 999), "ERR_%d" % r.randint(1000, 9999), "0x8007%s" % "".join(r.choice("0123456789ABCDEF") for _ in range(4)),
                             "F%03d" % r.randint(1, 999), "403", "AUTH-%d" % r.randint(10, 99), "code %d" % r.randint(100, 599)][:6])
        if kind == "flight_number":
            return r.choice(["KL", "SN", "HV", "FR", "BA", "U2", "TB"]) + r.choice(["", " "]) + str(r.randint(100, 9999))
        if kind == "hashtag":
            return "#" + r.choice(["klantenservice", "fail", "help", "onderwijs", "studiefinanciering", "ouders", "service", "bankfail", "nooit meer".replace(" ", ""), "parenting", "mamalife", "enseignement", "storing", "outage"])
        if kind == "mention":
            return "@" + r.choice(self.pools["handles"])
        if kind == "invoice_number":
            return r.choice(["F%d-%s" % (r.randint(2023, 2026), D(6)), "INV-%s" % D(7), "%s" % D(10), "FAC%s" % D(8)])
        if kind == "order_number":
            return r.choice(["#%s" % D(7), "%s-%s" % (D(3), D(7)), "ORD%s" % D(8), "%s" % D(9)])
        if kind == "ticket_number":
            return r.choice(["#%s" % D(6), "CS-%s" % D(7), "%d-%s" % (r.randint(2024, 2026), D(5)), "INC%s" % D(7), "SR%s" % D(8)])
        if kind == "tracking_number":
            return r.choice(["3S" + "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + D(9), "JVGL" + D(16), "1Z" + D(3) + "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + D(10), "CD%sBE" % D(9)])
        if kind == "request_id":
            return r.choice(["req_" + "".join(r.choice("0123456789abcdef") for _ in range(16)),
                             "%s-%s-%s" % ("".join(r.choice("0123456789abcdef") for _ in range(8)), "".join(r.choice("0123456789abcdef") for _ in range(4)), "".join(r.choice("0123456789abcdef") for _ in range(12)))])
        if kind == "meter_reading":
            return r.choice([D(5), "%s,%s" % (D(5), D(1)), D(6)])
        if kind == "model_number":
            return r.choice(self.pools["models"])
        if kind == "product_code":
            return r.choice(["SKU-%s" % D(6), "ART %s" % D(6), "%s.%s.%s" % (D(3), D(3), D(2)), "EAN %s" % D(13)])
        if kind == "version_string":
            return r.choice(["v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20)), "iOS %d.%d.%d" % (r.randint(15, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(11, 15), "%d.%d" % (r.randint(2, 12), r.randint(0, 9))])
        if kind == "percentage":
            return r.choice(["%d%%" % r.randint(2, 99), "%d,%d%%" % (r.randint(1, 20), r.randint(1, 9)), "%d %%" % r.randint(5, 60)])
        if kind == "quantity":
            return r.choice({"nl": ["%d stuks", "%d doosjes", "%d pakken", "%d boeken"], "be": ["%d stuks", "%d doosjes", "%d boeken"], "fr": ["%d boîtes", "%d pièces", "%d livres"], "en": ["%d boxes", "%d items", "%d books", "%d tablets"]}[lg]) % r.randint(2, 30)
        if kind == "url":
            return r.choice(self.pools["urls"])
        if kind == "masked_value":
            return r.choice(["**** %s" % D(4), "NL** **** **** **%s" % D(2), "BE** **** **** %s" % D(4), "06-****%s" % D(4), "XXXX-XXXX-XXXX-%s" % D(4), "•••• %s" % D(4), "****%s" % D(3), "+32 4** ** ** %s" % D(2), "j***@gmail.com"])
        if kind == "port":
            return r.choice(["8080", "443", "3389", "25", "587", "993", "8443"])
        if kind == "checksum":
            return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
        raise KeyError(kind)


TOKEN = re.compile(r"\{([^{}]+)\}")


class Msg:
    def __init__(self):
        self.text = ""
        self.spans = []
        self.negs = []
        self.frames = []  # (frame_id, set of span types)

    def add_lit(self, s):
        self.text += s

    def add_val(self, typ, s):
        st = len(self.text)
        self.text += s
        self.spans.append({"type": typ, "start": st, "end": len(self.text)})

    def add_neg(self, kind, s):
        st = len(self.text)
        self.text += s
        self.negs.append({"kind": kind, "start": st, "end": len(self.text)})

    def extend(self, other, prefix=None):
        """Append another Msg; prefix (e.g. '> ') is inserted at the start of each line of other."""
        base = len(self.text)
        t = other.text
        if prefix:
            P = len(prefix)
            m = lambda i: i + P * (1 + t[:i].count("\n"))
            t2 = prefix + t.replace("\n", "\n" + prefix)
        else:
            m = lambda i: i
            t2 = t
        self.text += t2
        for s in other.spans:
            self.spans.append({"type": s["type"], "start": base + m(s["start"]), "end": base + m(s["end"])})
        for s in other.negs:
            self.negs.append({"kind": s["kind"], "start": base + m(s["start"]), "end": base + m(s["end"])})
        self.frames.extend(other.frames)


def self_check(rec):
    t = rec["text"]
    where = rec["id"]
    iv = []
    for s in rec["spans"]:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(t)):
            raise SystemExit("%s: span out of range %r" % (where, s))
        v = t[a:b]
        if v != v.strip():
            raise SystemExit("%s: span with surrounding whitespace %r" % (where, v))
        if s["type"] == "card":
            d = re.sub(r"[\s\-]", "", v)
            if not d.isdigit() or not luhn_ok(d):
                raise SystemExit("%s: card fails Luhn %r" % (where, v))
        if s["type"] == "iban" and not iban_ok(v):
            raise SystemExit("%s: iban fails mod-97 %r" % (where, v))
        if s["type"] == "bsn":
            d = re.sub(r"[\s.\-]", "", v)
            if not (bsn_ok(d) or rrn_ok(d)):
                raise SystemExit("%s: bsn/rrn fails check %r" % (where, v))
        iv.append((a, b, "span"))
    for s in rec["negatives"]:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(t)):
            raise SystemExit("%s: negative out of range %r" % (where, s))
        v = t[a:b]
        if v != v.strip():
            raise SystemExit("%s: negative with surrounding whitespace %r" % (where, v))
        if s["kind"] not in NEG_KINDS:
            raise SystemExit("%s: unknown negative kind %r" % (where, s))
        iv.append((a, b, "neg"))
    iv.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(iv, iv[1:]):
        if a2 < b1:
            raise SystemExit("%s: overlapping %s/%s at %d-%d / %d-%d" % (where, k1, k2, a1, b1, a2, b2))
