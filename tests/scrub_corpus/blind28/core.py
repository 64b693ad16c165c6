"""Rendering engine, value generators and self-checks for corpus blind28.

Template syntax: literal text with placeholders ``⟦...⟧``:
  ⟦type[:style][@key]⟧   a labelled span of `type` (see SPAN_TYPES)
  ⟦!kind[:style][@key]⟧  a hard negative of `kind`
  ⟦filler[:style][@key]⟧ an unlabelled filler (names, brands, cities, SSIDs ...)
A ``@key`` binds the generated value, a second placeholder with the same key
repeats it exactly (used for agents echoing a value).
"""
import re
import string

SPAN_TYPES = {
    "password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
    "card", "cvv", "iban", "bsn", "card_expiry", "email", "phone", "address",
    "date_of_birth", "ip_address", "customer_number",
}
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key",
             "token", "card", "cvv", "iban", "bsn"}
NEG_KINDS = {
    "amount", "company_phone", "company_registration", "date", "time", "year",
    "error_code", "flight_number", "hashtag", "mention", "invoice_number",
    "order_number", "ticket_number", "tracking_number", "request_id",
    "meter_reading", "model_number", "product_code", "version_string",
    "percentage", "quantity", "url", "masked_value", "port", "checksum",
}

PH = re.compile(r"⟦([^⟧]+)⟧")

# ---------------------------------------------------------------- checksums

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


def luhn_complete(prefix_digits):
    for last in range(10):
        if luhn_ok(prefix_digits + str(last)):
            return prefix_digits + str(last)
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 9:
        w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
        return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0
    if len(d) == 11:
        base, chk = d[:9], int(d[9:])
        return (97 - int(base) % 97) == chk or (97 - int("2" + base) % 97) == chk
    return False

# ---------------------------------------------------------------- helpers

NUM_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "en": "zero one two three four five six seven eight nine".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
}


def lang_family(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, size, sep=" "):
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


def spell(rng, s, lang, joiner=" "):
    words = NUM_WORDS[lang_family(lang)]
    out = [words[int(c)] for c in s]
    if lang_family(lang) == "en" and rng.random() < 0.3:
        out = ["oh" if c == "0" else w for c, w in zip(s, out)]
    return joiner.join(out)

# ---------------------------------------------------------------- values

def _ascii(s):
    import unicodedata
    s = s.replace("ł", "l").replace("ß", "ss").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Gen:
    """Value generators. `pools` holds the half's own fillers."""

    def __init__(self, rng, pools):
        self.rng = rng
        self.p = pools

    # --- high risk -------------------------------------------------------
    def password(self, style, lang):
        r = self.rng
        words = self.p["pw_words"]
        k = style or r.choice(["wordyear", "wordyear", "strong", "phrase", "leet", "wordsym", "simple"])
        if k == "wordyear":
            w = r.choice(words).capitalize()
            return w + r.choice(["2023", "2024", "2025", "1987", "01", "123", "88", "!"]) + r.choice(["", "!", "#", "?", "$", ""])
        if k == "strong":
            s = alnum(r, r.randint(10, 16), string.ascii_letters + string.digits + "!#$%&*-_+=?")
            return s.strip()
        if k == "phrase":
            ws = r.sample(words, 3)
            return r.choice(["-", "_", ".", ""]).join(ws) + r.choice(["", "7", "!", "42"])
        if k == "spacephrase":
            ws = r.sample(words, 3)
            return " ".join(ws) + " " + digits(r, 2)
        if k == "leet":
            w = r.choice(words)
            t = w.translate(str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "$"}))
            return t.capitalize() + digits(r, 2)
        if k == "wordsym":
            a, b = r.sample(words, 2)
            return a + r.choice("&+%*#") + b.capitalize() + digits(r, r.choice([1, 2, 4]))
        if k == "temp":
            return r.choice(["Tmp", "Temp", "Init", "Welkom", "Bienvenue", "Reset"]) + "-" + alnum(r, 6, string.ascii_uppercase + string.digits)
        if k == "router":
            return alnum(r, r.choice([8, 10, 12]), "abcdefghjkmnpqrstuvwxyz23456789")
        return r.choice(words) + digits(r, r.choice([2, 3, 4]))  # simple

    def pin(self, style, lang, n=None):
        r = self.rng
        n = n or r.choices([4, 5, 6], [70, 8, 22])[0]
        v = digits(r, n)
        if style == "spelled":
            return spell(r, v, lang)
        if style == "dashed":
            return spell(r, v, lang, "-")
        if style == "spaced":
            return " ".join(v)
        if style in ("4", "5", "6", "8"):
            return digits(r, int(style))
        return v

    def puk(self, style, lang):
        v = digits(self.rng, 8)
        if style == "spaced" or (style is None and self.rng.random() < 0.25):
            return v[:4] + " " + v[4:]
        return v

    def otp(self, style, lang):
        r = self.rng
        k = style or r.choices(["6", "6s", "6d", "5", "4", "8", "g", "alnum"], [55, 10, 7, 6, 8, 4, 5, 5])[0]
        if k == "6":
            return digits(r, 6)
        if k == "6s":
            v = digits(r, 6)
            return v[:3] + " " + v[3:]
        if k == "6d":
            v = digits(r, 6)
            return v[:3] + "-" + v[3:]
        if k in ("4", "5", "8"):
            return digits(r, int(k))
        if k == "g":
            return "G-" + digits(r, 6)
        if k == "spelled":
            return spell(r, digits(r, 6), lang)
        if k == "spaced":
            return " ".join(digits(r, 6))
        return alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    def wifi_key(self, style, lang):
        r = self.rng
        k = style or r.choice(["upper", "mixed", "words", "num", "lower"])
        if k == "upper":
            return alnum(r, r.choice([10, 12, 13, 16]), "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        if k == "mixed":
            return alnum(r, r.choice([12, 14, 20]))
        if k == "words":
            a, b = r.sample(self.p["pw_words"], 2)
            return a.capitalize() + b.capitalize() + digits(r, 2) + r.choice(["", "!", "#"])
        if k == "num":
            return digits(r, r.choice([8, 10, 12]))
        return alnum(r, r.choice([10, 16]), "abcdefghijkmnpqrstuvwxyz23456789")

    def username(self, style, lang):
        r = self.rng
        f = r.choice(self.p["first"]).lower()
        l = r.choice(self.p["last"]).lower().replace(" ", "").replace("'", "")
        k = r.choice(range(8))
        if k == 0:
            return f + l + digits(r, 2)
        if k == 1:
            return f + "." + l
        if k == 2:
            return f[0] + l + digits(r, r.choice([1, 2, 4]))
        if k == 3:
            return f + "_" + l[:3] + digits(r, 2)
        if k == 4:
            return r.choice(["xX", "The", "Mr", "Dark", "Lil", "Real"]) + f.capitalize() + r.choice(["Xx", "NL", "BE", "_", "99", "FR"]) + digits(r, 2)
        if k == 5:
            return l + f[0] + digits(r, 3)
        if k == 6:
            return f.capitalize() + l.capitalize()
        return "u" + digits(r, 7)

    def api_key(self, style, lang):
        r = self.rng
        k = style or r.choice(["stripe", "aws", "awssecret", "api_", "hex32", "hex40", "sg", "google"])
        if k == "stripe":
            return r.choice(["sk_live_", "sk_test_", "rk_live_"]) + alnum(r, r.choice([24, 32, 40]))
        if k == "aws":
            return "AKIA" + alnum(r, 16, string.ascii_uppercase + "234567")
        if k == "awssecret":
            return alnum(r, 40, string.ascii_letters + string.digits + "+/")
        if k == "api_":
            return "api_" + alnum(r, 32, string.ascii_lowercase + string.digits)
        if k == "hex32":
            return alnum(r, 32, "0123456789abcdef")
        if k == "hex40":
            return alnum(r, 40, "0123456789abcdef")
        if k == "sg":
            return "SG." + alnum(r, 22, string.ascii_letters + string.digits + "-_") + "." + alnum(r, 43, string.ascii_letters + string.digits + "-_")
        return "AIza" + alnum(r, 35, string.ascii_letters + string.digits + "-_")

    def token(self, style, lang):
        r = self.rng
        b64 = string.ascii_letters + string.digits + "-_"
        k = style or r.choice(["jwt", "jwt", "ghp", "glpat", "xoxb", "hex64", "ya29"])
        if k == "jwt":
            head = r.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                             "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9"])
            return head + ".eyJ" + alnum(r, r.randint(40, 90), b64) + "." + alnum(r, 43, b64)
        if k == "ghp":
            return r.choice(["ghp_", "gho_", "github_pat_"]) + alnum(r, 36)
        if k == "glpat":
            return "glpat-" + alnum(r, 20, b64)
        if k == "xoxb":
            return r.choice(["xoxb-", "xoxp-"]) + digits(r, 12) + "-" + digits(r, 13) + "-" + alnum(r, 24)
        if k == "hex64":
            return alnum(r, 64, "0123456789abcdef")
        return "ya29." + alnum(r, 70, b64)

    def card(self, style, lang):
        r = self.rng
        k = style or r.choices(["visa", "mc", "amex", "maestro", "bancontact"], [40, 30, 10, 8, 12])[0]
        if k == "visa":
            num = luhn_complete("4" + digits(r, 14))
        elif k == "mc":
            pre = r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
            num = luhn_complete(pre + digits(r, 15 - len(pre)))
        elif k == "amex":
            num = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
            g = r.choice(["465", "plain"])
            return f"{num[:4]} {num[4:10]} {num[10:]}" if g == "465" else num
        elif k == "maestro":
            num = luhn_complete(r.choice(["6759", "5018", "6304"]) + digits(r, r.choice([11, 14])))
        else:
            num = luhn_complete("6703" + digits(r, 14))
        g = r.choices(["space", "plain", "dash"], [60, 30, 10])[0]
        if g == "plain":
            return num
        sep = " " if g == "space" else "-"
        return group(num, 4, sep)

    def cvv(self, style, lang):
        return digits(self.rng, 4 if style == "4" else 3)

    def card_expiry(self, style, lang):
        r = self.rng
        m, y = r.randint(1, 12), r.randint(25, 31)
        k = r.choice(range(6))
        if k in (0, 1):
            return f"{m:02d}/{y}"
        if k == 2:
            return f"{m:02d}/20{y}"
        if k == 3:
            return f"{m:02d}-{y}"
        if k == 4:
            months = {"nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
                      "fr": "janv févr mars avril mai juin juil août sept oct nov déc",
                      "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"}[lang_family(lang)].split()
            return f"{months[m - 1]} 20{y}"
        return f"{m:02d} / {y}"

    def iban(self, style, lang):
        r = self.rng
        cc = style if style and len(style) == 2 else r.choices(
            ["nl", "be", "de", "fr", "gb", "lu", "es", "pl", "tr"], [30, 22, 12, 10, 8, 5, 5, 4, 4])[0]
        cc = cc.upper()
        if cc == "NL":
            bban = r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"]) + digits(r, 10)
        elif cc == "BE":
            b = digits(r, 10)
            c = int(b) % 97 or 97
            bban = b + f"{c:02d}"
        elif cc == "DE":
            bban = digits(r, 18)
        elif cc == "FR":
            bban = digits(r, 23)
        elif cc == "GB":
            bban = r.choice(["BARC", "HBUK", "LOYD", "NWBK", "MIDL", "MONZ"]) + digits(r, 14)
        elif cc == "LU":
            bban = digits(r, 3) + digits(r, 13)
        elif cc == "ES":
            bban = digits(r, 20)
        elif cc == "PL":
            bban = digits(r, 24)
        else:
            bban = digits(r, 5) + "0" + digits(r, 16)
        iban = iban_make(cc, bban)
        k = r.choices(["grp", "plain", "lower", "splitcc"], [55, 30, 7, 8])[0]
        if k == "grp":
            return group(iban, 4)
        if k == "lower":
            return r.choice([iban.lower(), group(iban.lower(), 4)])
        if k == "splitcc":
            return iban[:2] + " " + iban[2:4] + " " + group(iban[4:], 4)
        return iban

    def bsn(self, style, lang):
        r = self.rng
        k = style or ("rrn" if lang in ("nl-be", "fr-be") else "bsn")
        if k == "bsn":
            while True:
                d = digits(r, 8, first_nonzero=True)
                s = sum(int(a) * b for a, b in zip(d, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
                if s < 10:
                    v = d + str(s)
                    break
            f = r.choices(["plain", "dots", "spaces"], [70, 15, 15])[0]
            if f == "dots":
                return f"{v[:4]}.{v[4:6]}.{v[6:]}"
            if f == "spaces":
                return f"{v[:3]} {v[3:6]} {v[6:]}"
            return v
        y = r.randint(0, 99) if r.random() < 0.2 else r.randint(45, 99)
        born2000 = y < 10
        mm, dd, seq = r.randint(1, 12), r.randint(1, 28), r.randint(1, 997)
        base = f"{y:02d}{mm:02d}{dd:02d}{seq:03d}"
        chk = 97 - int(("2" if born2000 else "") + base) % 97
        v = base + f"{chk:02d}"
        f = r.choices(["dots", "plain", "spaces"], [60, 25, 15])[0]
        if f == "dots":
            return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
        if f == "spaces":
            return f"{v[:6]} {v[6:9]} {v[9:]}"
        return v

    # --- personal ---------------------------------------------------------
    def email(self, style, lang):
        r = self.rng
        f = r.choice(self.p["first"]).lower()
        l = r.choice(self.p["last"]).lower().replace(" ", "").replace("'", "")
        f, l = _ascii(f), _ascii(l)
        f = f.replace("é", "e").replace("ë", "e").replace("ç", "c").replace("ł", "l").replace("ö", "o").replace("ü", "u").replace("ş", "s")
        l = l.replace("é", "e").replace("ë", "e").replace("ç", "c").replace("ł", "l").replace("ö", "o").replace("ü", "u").replace("ş", "s").replace("ß", "ss")
        dom = r.choice(self.p["mail_domains"])
        local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{digits(r, 2)}", f"{f}{digits(r, 4)}", f"{l}.{f}"])
        if style == "obf" or (style is None and r.random() < 0.06):
            name, d = dom.rsplit(".", 1)
            k = r.choice(range(3))
            if k == 0:
                return " . ".join(local.split(".")) + " @ " + name + " . " + d
            if k == 1:
                return f"{local} [at] {name} [dot] {d}"
            return f"{local} at {name} dot {d}"
        if style == "work":
            return f"{f}.{l}@{r.choice(self.p['work_domains'])}"
        return f"{local}@{dom}"

    def phone(self, style, lang):
        r = self.rng
        if style in (None, "local"):
            home = {"nl": "nl", "nl-be": "be", "fr-be": "be"}.get(lang)
            if home is None:
                home = r.choice(["nl", "be"])
            cc = home if (style == "local" or r.random() < 0.55) else r.choice(
                ["de", "fr", "lu", "es", "pl", "tr", "ma", "uk", "us"])
        elif style == "spelled":
            v = "06" + digits(r, 8) if lang_family(lang) == "nl" else "04" + digits(r, 8)
            return spell(r, v, lang)
        else:
            cc = style
        k = r.random()
        if cc == "nl":
            n = digits(r, 8)
            opts = [f"06{n}", f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n[:4]} {n[4:]}",
                    f"+316{n}", f"0031 6 {n}", f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"(0)6 {n}",
                    f"06 - {n[:4]} {n[4:]}", f"020 {n[1:4]} {n[4:]}"]
        elif cc == "be":
            n = digits(r, 6)
            p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "494", "495", "496", "497", "498", "499"])
            opts = [f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}{n}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}",
                    f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}", f"+32{p}{n}", f"0032 {p} {n[:2]} {n[2:4]} {n[4:]}",
                    f"+32 (0){p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n}"]
        elif cc == "de":
            p = r.choice(["151", "152", "157", "160", "170", "171", "176", "179"])
            n = digits(r, 8)
            opts = [f"+49 {p} {n}", f"0049 {p} {n}", f"0{p} {n}", f"+49 (0){p} {n[:4]} {n[4:]}", f"+49{p}{n}", f"0{p}-{n}"]
        elif cc == "fr":
            n = digits(r, 8)
            p = r.choice(["6", "7"])
            opts = [f"+33 {p} {group(n, 2)}", f"0{p} {group(n, 2)}", f"0{p}{n}", f"0033 {p} {group(n, 2)}",
                    f"+33 (0){p} {group(n, 2)}", f"0{p}.{group(n, 2, '.')}"]
        elif cc == "lu":
            n = digits(r, 6)
            p = r.choice(["621", "661", "691"])
            opts = [f"+352 {p} {n[:3]} {n[3:]}", f"00352 {p}{n}", f"+352{p}{n}", f"{p} {n[:3]} {n[3:]}"]
        elif cc == "es":
            n = digits(r, 8)
            opts = [f"+34 6{n[:2]} {n[2:5]} {n[5:]}", f"0034 6{n}", f"6{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"]
        elif cc == "pl":
            n = r.choice("5678") + digits(r, 8)
            opts = [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"0048 {n}", f"+48{n}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]
        elif cc == "tr":
            n = digits(r, 7)
            p = r.choice(["532", "533", "535", "542", "505", "555"])
            opts = [f"+90 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0090 {p} {n}", f"0{p} {n[:3]} {n[3:5]} {n[5:]}"]
        elif cc == "ma":
            n = digits(r, 8)
            p = r.choice(["6", "7"])
            opts = [f"+212 {p} {group(n, 2)}", f"00212 {p}{n}", f"0{p} {group(n, 2)}", f"+212{p}{n}"]
        elif cc == "uk":
            n = digits(r, 6)
            p = r.choice(["7700", "7911", "7824", "7457", "7398"])
            opts = [f"+44 {p} {n}", f"0{p} {n}", f"+44 (0){p} {n}", f"0044 {p}{n}", f"0{p}{n}", f"+44 {p[:2]}{p[2:]} {n[:3]} {n[3:]}"]
        else:
            a = r.choice(["212", "415", "646", "312", "617", "206", "512", "303"])
            x, y = digits(r, 3, True), digits(r, 4)
            opts = [f"+1 ({a}) {x}-{y}", f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"001 {a} {x} {y}", f"{a}.{x}.{y}", f"+1{a}{x}{y}"]
        return r.choice(opts)

    def address(self, style, lang):
        r = self.rng
        ml = False
        cc = style
        if style and style.endswith("_ml"):
            ml, cc = True, style[:-3]
        if cc in (None, "ml", "local"):
            ml = ml or style == "ml"
            home = {"nl": "nl", "nl-be": "be", "fr-be": "be"}.get(lang) or r.choice(["nl", "be", "nl", "be", "uk", "us"])
            cc = home if (style == "local" or r.random() < 0.6) else r.choice(["de", "fr", "lu", "es", "pl", "uk", "us", "ma", "tr"])
        st = r.choice(self.p["streets"][cc])
        city = r.choice(self.p["cities"][cc])
        num = str(r.randint(1, 240))
        sep = "\n" if ml else r.choice([", ", ", ", " "])
        if cc == "nl":
            pc = f"{r.randint(1011, 9999)} {alnum(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
            if r.random() < 0.25:
                num += r.choice(["A", "-2", " hs", "-III", "B", " 2hg"])
            if r.random() < 0.2 and not ml:
                pc = pc.replace(" ", "")
            return f"{st} {num}{sep}{pc} {city}"
        if cc == "be":
            pc = city[0]
            city = city[1]
            bus = r.choice(["", "", "", f" bus {r.randint(1, 30)}", f"/{r.randint(1, 12)}", f" boîte {r.randint(1, 9)}"])
            return f"{st} {num}{bus}{sep}{pc} {city}"
        if cc == "de":
            pc, city = city
            return f"{st} {num}{sep}{pc} {city}"
        if cc == "fr":
            pc, city = city
            return f"{num}{r.choice(['', '', ' bis'])} {st}{sep}{pc} {city}"
        if cc == "lu":
            pc, city = city
            return f"{num}, {st}{sep}L-{pc} {city}"
        if cc == "es":
            pc, city = city
            return f"{st} {num}, {r.randint(1, 8)}º{r.choice('ABCD')}{sep}{pc} {city}"
        if cc == "pl":
            pc, city = city
            return f"ul. {st} {num}/{r.randint(1, 80)}{sep}{pc} {city}"
        if cc == "uk":
            pc, city = city
            flat = r.choice(["", "", f"Flat {r.randint(1, 12)}, "])
            return f"{flat}{num} {st}{sep}{city} {pc}"
        if cc == "ma":
            pc, city = city
            return f"{num} {st}{sep}{pc} {city}"
        if cc == "tr":
            pc, city = city
            return f"{st} No:{num} D:{r.randint(1, 20)}{sep}{pc} {city}"
        pc, city = city  # us
        apt = r.choice(["", f" Apt {r.randint(1, 20)}{r.choice('ABCD')}", f", Unit {r.randint(100, 999)}"])
        return f"{num} {st}{apt}{sep}{city} {pc}"

    def date_of_birth(self, style, lang):
        r = self.rng
        y, m, d = r.randint(1948, 2006), r.randint(1, 12), r.randint(1, 28)
        fam = lang_family(lang)
        months = {"nl": "januari februari maart april mei juni juli augustus september oktober november december",
                  "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
                  "en": "January February March April May June July August September October November December"}[fam].split()
        if lang == "en-us":
            opts = [f"{m:02d}/{d:02d}/{y}", f"{months[m - 1]} {d}, {y}", f"{m}/{d}/{str(y)[2:]}"]
        elif fam == "en":
            opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"]
        else:
            opts = [f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {months[m - 1]} {y}", f"{d}.{m}.{y}", f"{d:02d}{m:02d}{y}"]
        return r.choice(opts)

    def ip_address(self, style, lang):
        r = self.rng
        if style == "v6" or (style is None and r.random() < 0.2):
            return r.choice(["2a02:a46f", "2001:1c02", "2a02:1810", "2a01:cb00", "2001:4c3c"]) + ":" + ":".join(
                alnum(r, r.randint(1, 4), "0123456789abcdef").lstrip("0") or "0" for _ in range(6))
        first = r.choice([31, 37, 62, 77, 78, 80, 81, 84, 85, 86, 87, 89, 91, 94, 109, 145, 178, 188, 194, 212, 213, 217])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def customer_number(self, style, lang):
        r = self.rng
        k = style or r.choice(range(9))
        opts = {
            0: lambda: digits(r, 7, True), 1: lambda: digits(r, 9, True), 2: lambda: digits(r, 10, True),
            3: lambda: "K" + digits(r, 8), 4: lambda: "CUS-" + digits(r, 8),
            5: lambda: digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 2),
            6: lambda: f"{digits(r, 1, True)}.{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}",
            7: lambda: "CL-" + digits(r, 3) + "-" + digits(r, 4), 8: lambda: digits(r, 12, True),
        }
        if isinstance(k, str):
            k = int(k)
        return opts[k]()

    # --- negatives --------------------------------------------------------
    def neg(self, kind, style, lang):
        r = self.rng
        fam = lang_family(lang)
        if kind == "amount":
            e, c = r.randint(2, 950), r.randint(0, 99)
            if style == "gbp" or (style is None and lang == "en-gb" and r.random() < 0.4):
                return f"£{e}.{c:02d}"
            if style == "usd" or (style is None and lang == "en-us" and r.random() < 0.4):
                return f"${e}.{c:02d}"
            if style == "pln":
                return f"{e} zł"
            if style == "try":
                return f"{e} TL"
            if style == "mad":
                return f"{e} MAD"
            if fam == "en":
                return r.choice([f"€{e}.{c:02d}", f"EUR {e}.{c:02d}", f"€{e}", f"{e} euros"])
            return r.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€ {e},-", f"{e} €", f"{e},{c:02d} €"])
        if kind == "company_phone":
            return r.choice(self.p["company_phones"])
        if kind == "company_registration":
            k = style or r.choice(["kvk", "vatnl", "vatbe", "ond", "vatfr", "vatde"])
            return {"kvk": lambda: digits(r, 8, True), "vatnl": lambda: f"NL{digits(r, 9)}B0{r.randint(1, 9)}",
                    "vatbe": lambda: f"BE 0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}",
                    "ond": lambda: f"0{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}",
                    "vatfr": lambda: f"FR{digits(r, 11)}", "vatde": lambda: f"DE{digits(r, 9)}"}[k]()
        if kind == "date":
            d, m = r.randint(1, 28), r.randint(1, 12)
            months = {"nl": "januari februari maart april mei juni juli augustus september oktober november december",
                      "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
                      "en": "January February March April May June July August September October November December"}[fam].split()
            if lang == "en-us":
                return r.choice([f"{m}/{d}", f"{months[m - 1]} {d}", f"{m}/{d}/2025"])
            return r.choice([f"{d:02d}-{m:02d}-2025", f"{d}/{m}", f"{d} {months[m - 1]}", f"{d:02d}.{m:02d}.2025", f"2025-{m:02d}-{d:02d}"])
        if kind == "time":
            h, mi = r.randint(6, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 55])
            if fam == "fr":
                return r.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
            if lang == "en-us":
                return r.choice([f"{(h - 1) % 12 + 1}:{mi:02d}{'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}:{mi:02d} {'PM' if h >= 12 else 'AM'}"])
            if fam == "en":
                return r.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'pm' if h >= 12 else 'am'}"])
            return r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if lang == "nl-be" else f"{h}:{mi:02d} uur"])
        if kind == "year":
            return str(r.randint(2015, 2026))
        if kind == "error_code":
            k = style or r.choice(range(9))
            if isinstance(k, str):
                k = int(k)
            return [lambda: digits(r, 4, True), lambda: f"E{digits(r, 3)}", lambda: f"0x800{alnum(r, 5, '0123456789ABCDEF')}",
                    lambda: f"ERR-{digits(r, 4)}", lambda: r.choice(["51", "55", "57", "61", "05", "91", "14"]),
                    lambda: f"AUTH_{digits(r, 3)}", lambda: f"{r.choice(['E', 'F', 'W'])}-{digits(r, 2)}",
                    lambda: r.choice(["401", "403", "500", "502", "429"]), lambda: f"S{digits(r, 4)}"][k]()
        if kind == "flight_number":
            al = r.choice(["KL", "HV", "SN", "FR", "U2", "LH", "TK", "AT", "LO", "VY", "BA", "AF", "TB", "W6"])
            return r.choice([f"{al}{r.randint(100, 9999)}", f"{al} {r.randint(100, 9999)}"])
        if kind == "hashtag":
            return "#" + r.choice(self.p["hashtags"])
        if kind == "mention":
            return "@" + r.choice(self.p["handles"])
        if kind == "invoice_number":
            return r.choice([f"F{r.randint(2023, 2025)}-{digits(r, 6)}", f"INV-{digits(r, 6)}", f"{r.randint(2023, 2025)}/{digits(r, 5)}",
                             digits(r, 10, True), f"FA{digits(r, 8)}", f"{digits(r, 3)}-{digits(r, 7)}"])
        if kind == "order_number":
            k = style or r.choice(["num", "num", "amz", "nl", "bk", "pnr", "hotel"])
            return {"num": lambda: digits(r, r.choice([8, 9, 10]), True),
                    "amz": lambda: f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}",
                    "nl": lambda: f"{alnum(r, 2, string.ascii_uppercase)}-{digits(r, 4)}-{digits(r, 4)}",
                    "bk": lambda: f"{digits(r, 4, True)}.{digits(r, 3)}.{digits(r, 3)}",
                    "pnr": lambda: alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                    "hotel": lambda: f"{r.choice(['HTL', 'RES', 'BKG'])}{digits(r, 7)}"}[k]()
        if kind == "ticket_number":
            return r.choice([f"INC{digits(r, 7)}", f"{digits(r, 8, True)}", f"CS-2025-{digits(r, 6)}", f"{digits(r, 5, True)}",
                             f"SR-{digits(r, 6)}", f"T{digits(r, 9)}", f"{alnum(r, 3, string.ascii_uppercase)}{digits(r, 6)}"])
        if kind == "tracking_number":
            return r.choice([f"3S{alnum(r, 4, string.ascii_uppercase)}{digits(r, 9)}", f"3232{digits(r, 14)}",
                             f"JVGL{digits(r, 16)}", f"1Z{alnum(r, 6, string.ascii_uppercase + string.digits)}{digits(r, 10)}",
                             f"6A{digits(r, 11)}", f"CD{digits(r, 9)}BE", f"{digits(r, 12, True)}", f"LX{digits(r, 9)}NL"])
        if kind == "request_id":
            h = "0123456789abcdef"
            return r.choice([f"{alnum(r, 8, h)}-{alnum(r, 4, h)}-4{alnum(r, 3, h)}-{r.choice('89ab')}{alnum(r, 3, h)}-{alnum(r, 12, h)}",
                             f"req_{alnum(r, 16, h)}", f"{alnum(r, 16, h)}", f"REQ-{digits(r, 10)}"])
        if kind == "meter_reading":
            if style == "gas":
                return r.choice([f"{r.randint(100, 9999)},{r.randint(0, 999):03d} m³", f"{r.randint(100, 9999)} m3", f"{digits(r, 5)}"])
            return r.choice([f"{digits(r, 5)}", f"{r.randint(1000, 60000)} kWh", f"{r.randint(1, 60)}.{digits(r, 3)} kWh", f"{digits(r, 6)}"])
        if kind == "model_number":
            return r.choice(self.p["phones"] if style == "phone" else self.p["routers"])
        if kind == "product_code":
            return r.choice([f"871{digits(r, 10)}", f"ART-{digits(r, 5)}", f"SKU{digits(r, 7)}", f"{digits(r, 3)}.{digits(r, 3)}.{digits(r, 2)}",
                             f"P{digits(r, 6)}", f"540{digits(r, 10)}"])
        if kind == "version_string":
            return r.choice([f"{r.randint(1, 17)}.{r.randint(0, 40)}.{r.randint(0, 9)}", f"v{r.randint(1, 9)}.{r.randint(0, 30)}",
                             f"{r.randint(10, 18)}.{r.randint(0, 6)}", f"v{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
                             f"build {r.randint(20, 24)}{r.choice('ABCDEFG')}{r.randint(100, 999)}"])
        if kind == "percentage":
            return r.choice([f"{r.randint(1, 99)}%", f"{r.randint(1, 30)} %", f"{r.randint(0, 9)},{r.randint(1, 9)}%" if fam != "en" else f"{r.randint(0, 9)}.{r.randint(1, 9)}%"])
        if kind == "quantity":
            if style == "n":
                return str(r.randint(2, 9))
            if style == "data":
                return r.choice([f"{r.choice([1, 2, 3, 5, 10, 20, 30, 50, 100])} GB", f"{r.choice([500, 250])} MB", f"{r.choice([5, 10, 20])}GB"])
            return r.choice([f"{r.choice([1, 2, 3, 5, 10, 20, 50])} GB", f"{r.randint(2, 6)}x", f"{r.choice([100, 200, 500])} min",
                             f"{r.randint(2, 5)} {'pcs' if fam == 'en' else ('pièces' if fam == 'fr' else 'stuks')}"])
        if kind == "url":
            return r.choice(self.p["urls"])
        if kind == "masked_value":
            k = style or r.choice(["card", "card2", "iban", "phone", "mail", "bullet"])
            if k == "card":
                return f"**** **** **** {digits(r, 4)}"
            if k == "card2":
                return r.choice([f"xxxx-xxxx-xxxx-{digits(r, 4)}", f"****{digits(r, 4)}", f"XXXX XXXX XXXX {digits(r, 4)}"])
            if k == "iban":
                return r.choice([f"NL** **** **** **{digits(r, 2)} {digits(r, 2)}", f"BE** **** **** {digits(r, 4)}", f"DE** **** **** **** **{digits(r, 2)} {digits(r, 2)}", f"NL**INGB****{digits(r, 4)}"])
            if k == "phone":
                return r.choice([f"+31 6 ****{digits(r, 4)}", f"+49 *** *****{digits(r, 2)}", f"04** ** ** {digits(r, 2)}", f"+44 **** **{digits(r, 4)}", f"06-****{digits(r, 4)}"])
            if k == "mail":
                return r.choice(["j***@gmail.com", "m****s@hotmail.com", "s***.d***@outlook.com", "a*****@telenet.be", "k***@gmx.de"])
            return f"•••• {digits(r, 4)}"
        if kind == "port":
            return r.choice(["8080", "443", "51820", "3389", "1194", "8443", "25", "587", "993", "5060", "22"])
        if kind == "checksum":
            h = "0123456789abcdef"
            return alnum(r, r.choice([32, 40, 64, 8]), h)
        raise KeyError(kind)

# ---------------------------------------------------------------- rendering

class Msg:
    """A message under construction: a list of segments."""

    def __init__(self):
        self.segs = []  # (kind, text, label) kind in lit|fill|span|neg

    def extend(self, other):
        self.segs.extend(other.segs)
        return self

    def lit(self, s):
        self.segs.append(("lit", s, None))
        return self

    def text_and_labels(self):
        text, spans, negs = [], [], []
        pos = 0
        for kind, s, lab in self.segs:
            if kind == "span":
                spans.append({"type": lab, "start": pos, "end": pos + len(s)})
            elif kind == "neg":
                negs.append({"kind": lab, "start": pos, "end": pos + len(s)})
            text.append(s)
            pos += len(s)
        return "".join(text), spans, negs


def render(tpl, gen, lang, fillers, binds=None):
    """Render template `tpl` to a Msg. `fillers` is a callable(name, style) -> str."""
    binds = {} if binds is None else binds
    m = Msg()
    pos = 0
    for mt in PH.finditer(tpl):
        if mt.start() > pos:
            m.lit(tpl[pos:mt.start()])
        pos = mt.end()
        spec = mt.group(1)
        key = None
        if "@" in spec:
            spec, key = spec.split("@", 1)
        style = None
        if ":" in spec:
            spec, style = spec.split(":", 1)
        if key and key in binds:
            m.segs.append(binds[key])
            continue
        if spec.startswith("!"):
            kind = spec[1:]
            assert kind in NEG_KINDS, kind
            seg = ("neg", gen.neg(kind, style, lang), kind)
        elif spec in SPAN_TYPES:
            if style and style.startswith("swap-"):
                base = binds[style[5:]][1]
                i = gen.rng.randrange(len(base) - 1)
                v = base[:i] + base[i + 1] + base[i] + base[i + 2:]
                if v == base:
                    v = base[:-1] + str((int(base[-1]) + 1) % 10)
                seg = ("span", v, spec)
            else:
                seg = ("span", getattr(gen, spec)(style, lang), spec)
        else:
            seg = ("fill", fillers(spec, style), None)
        if key:
            binds[key] = seg
        m.segs.append(seg)
    if pos < len(tpl):
        m.lit(tpl[pos:])
    return m

# ---------------------------------------------------------------- noise

WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    k = rng.random()
    if k < 0.35:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if k < 0.65:
        return w[:i] + w[i + 1:]
    if k < 0.85:
        return w[:i] + w[i] + w[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "t", "l": "k", "c": "v"}
    return w[:i] + near.get(w[i], w[i]) + w[i + 1:]


def add_typos(rng, m, n):
    for _ in range(n):
        lits = [i for i, s in enumerate(m.segs) if s[0] == "lit" and WORD.search(s[1])]
        if not lits:
            return
        i = rng.choice(lits)
        kind, s, lab = m.segs[i]
        words = list(WORD.finditer(s))
        w = rng.choice(words)
        s = s[:w.start()] + typo_word(rng, w.group()) + s[w.end():]
        m.segs[i] = (kind, s, lab)


def map_lits(m, fn, fills=True):
    m.segs = [(k, fn(s), l) if (k == "lit" or (fills and k == "fill")) else (k, s, l) for k, s, l in m.segs]


def quote(m, prefix="> "):
    """Prefix every line of `m` with `prefix` (values stay intact)."""
    out = Msg()
    out.lit(prefix)
    for k, s, l in m.segs:
        if k in ("lit", "fill"):
            out.segs.append((k, s.replace("\n", "\n" + prefix), l))
        else:
            out.segs.append((k, s.replace("\n", "\n" + prefix), l))
    return out

# ---------------------------------------------------------------- self-check

def check_record(rec):
    t = rec["text"]
    items = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]] + \
            [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for what, typ, a, b in items:
        if not (0 <= a < b <= len(t)):
            raise AssertionError(f"{rec['id']}: {what} {typ} out of range")
        v = t[a:b]
        if v != v.strip():
            raise AssertionError(f"{rec['id']}: {what} {typ} has surrounding white space: {v!r}")
        if what == "span" and typ == "card" and not luhn_ok(v):
            raise AssertionError(f"{rec['id']}: card fails Luhn: {v!r}")
        if what == "span" and typ == "iban" and not iban_ok(v):
            raise AssertionError(f"{rec['id']}: IBAN fails mod-97: {v!r}")
        if what == "span" and typ == "bsn" and not bsn_ok(v):
            raise AssertionError(f"{rec['id']}: BSN/RRN fails check: {v!r}")
        if what == "span" and typ not in SPAN_TYPES:
            raise AssertionError(f"{rec['id']}: unknown span type {typ}")
        if what == "neg" and typ not in NEG_KINDS:
            raise AssertionError(f"{rec['id']}: unknown negative kind {typ}")
    iv = sorted((a, b, what) for what, _, a, b in items)
    for (a1, b1, w1), (a2, b2, w2) in zip(iv, iv[1:]):
        if a2 < b1:
            raise AssertionError(f"{rec['id']}: overlapping {w1}/{w2} at {a1}-{b1} and {a2}-{b2}")
    pub = rec["channel"] in ("x_public", "instagram_comment", "facebook_comment")
    if rec["visibility"] != ("public" if pub else "private"):
        raise AssertionError(f"{rec['id']}: visibility mismatch")
    if rec["lang"] not in ("nl", "nl-be", "fr-be", "en-gb", "en-us"):
        raise AssertionError(f"{rec['id']}: bad lang")
