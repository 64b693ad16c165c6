"""Core helpers for the blind25 corpus: value generators, checksums, message builder, self-check.

Standard library only. Every generator takes a random.Random so output is deterministic.
"""
import re
import string
import unicodedata

SPAN_TYPES = [
    "password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv",
    "iban", "bsn", "card_expiry", "email", "phone", "address", "date_of_birth", "ip_address",
    "customer_number",
]
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card",
             "cvv", "iban", "bsn"}
NEG_KINDS = [
    "amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
    "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
    "tracking_number", "request_id", "meter_reading", "model_number", "product_code",
    "version_string", "percentage", "quantity", "url", "masked_value", "port", "checksum",
]
CHANNELS = ["whatsapp", "messenger", "telegram", "instagram_dm", "instagram_comment", "x_dm",
            "x_public", "facebook_comment", "email", "agent_reply"]
PUBLIC = {"x_public", "instagram_comment", "facebook_comment"}
LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]

# --------------------------------------------------------------------------------------------
# checksums


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix_digits):
    for last in "0123456789":
        if luhn_ok(prefix_digits + last):
            return prefix_digits + last
    raise AssertionError("no luhn digit")


def iban_ok(raw):
    s = re.sub(r"[^0-9A-Za-z]", "", raw).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r.upper())
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (country, chk, bban)


def bsn_ok(digits):
    if len(digits) != 9:
        return False
    s = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return s % 11 == 0


def rrn_ok(digits):
    if len(digits) != 11:
        return False
    base, chk = digits[:9], int(digits[9:])
    return chk == 97 - int(base) % 97 or chk == 97 - int("2" + base) % 97


def bsn_or_rrn_ok(raw):
    d = re.sub(r"\D", "", raw)
    return bsn_ok(d) or rrn_ok(d)


# --------------------------------------------------------------------------------------------
# number words (for dictated values)

DIGIT_WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def say_digits(rng, digits, lang, sep=None):
    words = DIGIT_WORDS[fam(lang)]
    out = []
    for ch in digits:
        if ch.isdigit():
            w = words[int(ch)]
            if fam(lang) == "en" and ch == "0" and rng.random() < 0.4:
                w = "oh"
            if fam(lang) == "nl" and ch == "1" and rng.random() < 0.3:
                w = "één"
            out.append(w)
    if sep is None:
        sep = rng.choice([" ", " ", "-", ", ", " - "])
    return sep.join(out)


def style_digits(rng, digits, lang, style=None, allow_words=True):
    """Render a short digit string in one of the ways people type or dictate it."""
    if style is None:
        r = rng.random()
        if r < 0.62:
            style = "plain"
        elif r < 0.72:
            style = "spaced"
        elif r < 0.78:
            style = "dashed"
        elif r < 0.82:
            style = "dotted"
        elif allow_words:
            style = "words"
        else:
            style = "spaced"
    if style == "plain":
        return digits
    if style == "spaced":
        return " ".join(digits)
    if style == "dashed":
        return "-".join(digits)
    if style == "dotted":
        return ".".join(digits)
    if style == "words":
        return say_digits(rng, digits, lang)
    if style == "pairs":
        return " ".join(digits[i:i + 2] for i in range(0, len(digits), 2))
    return digits


def rand_digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"


def rand_from(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------------------------
# value generators. Each returns a string. ctx is a dict with lang, names, etc.


def gen_pin(rng, ctx, style=None):
    n = rng.choice([4, 4, 4, 4, 4, 5, 6, 6])
    d = rand_digits(rng, n)
    if rng.random() < 0.08:
        d = rng.choice(["1948", "0512", "1963", "2580", "1379", "0000", "7410"])[:n] if n == 4 else d
    return style_digits(rng, d, ctx["lang"], style)


def gen_puk(rng, ctx, style=None):
    d = rand_digits(rng, 8)
    if style is None:
        style = rng.choice(["plain"] * 6 + ["pairs", "spaced", "words"])
    if style == "pairs":
        return d[:4] + " " + d[4:]
    return style_digits(rng, d, ctx["lang"], style)


def gen_otp(rng, ctx, style=None):
    r = rng.random()
    if style in (None, "plain") and r < 0.12:
        return rand_digits(rng, 3) + rng.choice(["-", " "]) + rand_digits(rng, 3)
    if style is None and r < 0.18:
        return rand_from(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", rng.choice([6, 8]))
    if style is None and r < 0.22:
        return "G-" + rand_digits(rng, 6)
    n = rng.choice([6, 6, 6, 6, 5, 8, 4])
    return style_digits(rng, rand_digits(rng, n), ctx["lang"], style)


def gen_cvv(rng, ctx, style=None):
    n = 4 if ctx.get("amex") else 3
    return style_digits(rng, rand_digits(rng, n), ctx["lang"], style)


PW_SYMS = "!?#@$%&*."


def gen_password(rng, ctx, style=None):
    words = ctx["pw_words"]
    w = rng.choice(words)
    r = rng.random()
    if style == "spelled":
        base = w.capitalize() + rand_digits(rng, 2)
        return "-".join(base)
    if r < 0.25:
        v = w.capitalize() + str(rng.randint(1940, 2025)) + rng.choice(PW_SYMS + "")
    elif r < 0.40:
        v = w + rng.choice(["_", ".", "-", ""]) + rng.choice(words).capitalize() + rand_digits(rng, rng.choice([2, 3]))
    elif r < 0.55:
        v = rand_from(rng, ALNUM + "!#%&*", rng.randint(9, 16))
    elif r < 0.65:
        v = "-".join(rng.choice(words) for _ in range(rng.choice([3, 4])))
    elif r < 0.75:
        v = rng.choice(["Welkom", "Wachtwoord", "Bienvenue", "Password", "Welcome", "Azerty", "Qwerty"]) + rand_digits(rng, rng.choice([2, 3, 4])) + rng.choice(["", "!", "#"])
    elif r < 0.85:
        v = w[0].upper() + w[1:].replace("a", "@").replace("o", "0").replace("e", "3") + rand_digits(rng, 2)
    else:
        v = ctx["first"].capitalize() + rng.choice(["", "&", "+", "_"]) + rng.choice(words) + rand_digits(rng, 2)
    v = v.replace(" ", "")
    return v


def gen_wifi_key(rng, ctx, style=None):
    r = rng.random()
    if r < 0.4:
        return rand_from(rng, ALNUM, rng.choice([10, 12, 13, 16]))
    if r < 0.6:
        return rand_from(rng, UPPER_ALNUM, 4) + "-" + rand_from(rng, UPPER_ALNUM, 4) + "-" + rand_from(rng, UPPER_ALNUM, 4)
    if r < 0.75:
        return rand_from(rng, HEX, rng.choice([10, 16, 26]))
    if r < 0.9:
        return rand_from(rng, "abcdefghjkmnpqrstuvwxyz23456789", rng.choice([8, 12, 14]))
    w = ctx["pw_words"]
    return rng.choice(w) + rng.choice(w).capitalize() + rand_digits(rng, 4)


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def gen_username(rng, ctx, style=None):
    f = re.sub(r"[^a-z]", "", ascii_fold(ctx["first"]).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(ctx["last"]).lower())
    r = rng.random()
    if r < 0.2:
        return f[0] + l + str(rng.randint(1938, 1972))
    if r < 0.35:
        return f + "." + l
    if r < 0.5:
        return rng.choice(["oma", "opa", "mamie", "papy", "nan", "grandpa", "moeke", "vake", "pake", "beppe"]) + rng.choice(["_", ".", ""]) + f + rand_digits(rng, rng.choice([0, 2]))
    if r < 0.62:
        return l.upper()[:6] + rand_digits(rng, 3)
    if r < 0.72:
        return f.capitalize() + l.capitalize() + rand_digits(rng, 2)
    if r < 0.82:
        return rand_from(rng, string.ascii_uppercase, 2) + rand_digits(rng, 6)
    if r < 0.9:
        return l + "_" + f[0] + rand_digits(rng, 2)
    return rng.choice(["xX", "", "The"]) + rng.choice(ctx["pw_words"]).capitalize() + rng.choice(["Gamer", "Pro", "King", "77", "_nl", "Wolf"]) + rng.choice(["Xx", "", "99"])


def _b64url(rng, n):
    return rand_from(rng, string.ascii_letters + string.digits + "-_", n)


def gen_api_key(rng, ctx, style=None):
    r = rng.random()
    if r < 0.25:
        return "sk_live_" + rand_from(rng, ALNUM, rng.choice([24, 32]))
    if r < 0.4:
        return "AKIA" + rand_from(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if r < 0.5:
        return rand_from(rng, string.ascii_letters + string.digits + "/+", 40)
    if r < 0.65:
        return rand_from(rng, HEX, rng.choice([32, 40]))
    if r < 0.75:
        return "api_" + rand_from(rng, LOWER_ALNUM, 32)
    if r < 0.85:
        return "AIza" + _b64url(rng, 35)
    if r < 0.93:
        return "SG." + _b64url(rng, 22) + "." + _b64url(rng, 43)
    return "key-" + rand_from(rng, HEX, 32)


def gen_token(rng, ctx, style=None):
    r = rng.random()
    if r < 0.35:
        head = rng.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                           "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"])
        return head + ".eyJ" + _b64url(rng, rng.randint(40, 90)) + "." + _b64url(rng, 43)
    if r < 0.5:
        return "ghp_" + rand_from(rng, ALNUM, 36)
    if r < 0.6:
        return "glpat-" + _b64url(rng, 20)
    if r < 0.7:
        return "xoxb-" + rand_digits(rng, 12) + "-" + rand_digits(rng, 13) + "-" + rand_from(rng, ALNUM, 24)
    if r < 0.85:
        return rand_from(rng, ALNUM, rng.choice([40, 48, 64]))
    return "github_pat_" + rand_from(rng, ALNUM + "_", 60)


def _card_digits(rng, kind):
    if kind == "visa":
        return luhn_complete("4" + rand_digits(rng, 14))
    if kind == "mc":
        p = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2300"])
        return luhn_complete(p + rand_digits(rng, 15 - len(p)))
    if kind == "amex":
        p = rng.choice(["34", "37"])
        return luhn_complete(p + rand_digits(rng, 12))
    if kind == "maestro":
        p = rng.choice(["6703", "6799", "5018", "6304"])
        n = rng.choice([16, 17, 19]) if p == "6703" else 16
        return luhn_complete(p + rand_digits(rng, n - 1 - len(p)))
    raise ValueError(kind)


def gen_card(rng, ctx, style=None):
    kind = ctx.get("card_kind") or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    ctx["amex"] = kind == "amex"
    d = _card_digits(rng, kind)
    if style is None:
        style = rng.choice(["g4", "g4", "g4", "plain", "dash", "dot", "lines", "g4", "sloppy"])
    if kind == "amex":
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    if style == "plain":
        return d
    if style == "dash":
        return "-".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "lines":
        h = len(groups) // 2
        return " ".join(groups[:h]) + "\n" + " ".join(groups[h:])
    if style == "sloppy":
        return d[:3] + " " + d[3:9] + " " + d[9:]
    return " ".join(groups)


def gen_card_expiry(rng, ctx, style=None):
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    r = rng.random()
    if r < 0.45:
        return "%02d/%02d" % (m, y % 100)
    if r < 0.6:
        return "%02d/%d" % (m, y)
    if r < 0.7:
        return "%d-%02d" % (m, y % 100)
    if r < 0.8:
        return "%02d %02d" % (m, y % 100)
    if r < 0.9:
        return "%02d.%d" % (m, y)
    names = {"nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
             "fr": ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
             "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}
    return names[fam(ctx["lang"])][m - 1] + " " + str(y)


def _iban_bban(rng, country, ctx):
    if country == "NL":
        return rng.choice(ctx.get("nl_bankcodes") or ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"]) + rand_digits(rng, 10)
    if country == "BE":
        b = rand_digits(rng, 10, True)
        c = int(b) % 97
        c = 97 if c == 0 else c
        return b + "%02d" % c
    if country == "FR":
        return rand_digits(rng, 10) + rand_from(rng, UPPER_ALNUM, 11) + rand_digits(rng, 2)
    if country == "DE":
        return rand_digits(rng, 18)
    if country == "GB":
        return rng.choice(["BARC", "HBUK", "LOYD", "NWBK", "MIDL", "NAIA"]) + rand_digits(rng, 14)
    if country == "LU":
        return rand_digits(rng, 3) + rand_from(rng, UPPER_ALNUM, 13)
    if country == "ES":
        return rand_digits(rng, 20)
    if country == "IE":
        return rng.choice(["AIBK", "BOFI"]) + rand_digits(rng, 14)
    raise ValueError(country)


def gen_iban(rng, ctx, style=None):
    lang = ctx["lang"]
    pools = {"nl": ["NL"] * 9 + ["BE", "DE"], "nl-be": ["BE"] * 9 + ["NL", "LU"],
             "fr-be": ["BE"] * 8 + ["FR", "LU"], "en-gb": ["GB"] * 7 + ["IE", "NL", "ES"],
             "en-us": ["DE", "NL", "GB", "FR", "BE", "ES"]}
    c = rng.choice(pools[lang])
    iban = iban_make(c, _iban_bban(rng, c, ctx))
    if style is None:
        style = rng.choice(["g4", "g4", "g4", "plain", "plain", "lower", "gap", "lines", "dots", "g4"])
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    if style == "plain":
        return iban
    if style == "lower":
        return " ".join(groups).lower() if rng.random() < 0.5 else iban.lower()
    if style == "gap":  # "NL 24 INGB ..."
        return iban[:2] + " " + iban[2:4] + " " + " ".join(iban[i:i + 4] for i in range(4, len(iban), 4))
    if style == "lines":
        h = len(groups) // 2
        return " ".join(groups[:h]) + "\n" + " ".join(groups[h:])
    if style == "dots":
        return ".".join(groups)
    return " ".join(groups)


def gen_bsn(rng, ctx, style=None):
    lang = ctx["lang"]
    be = lang in ("nl-be", "fr-be") or ctx.get("rrn")
    if lang.startswith("en") and not ctx.get("rrn"):
        be = rng.random() < 0.3
    if not be:
        while True:
            d = rand_digits(rng, 8, True)
            s = sum(int(x) * w for x, w in zip(d, range(9, 1, -1)))
            last = s % 11
            if last < 10:
                v = d + str(last)
                if bsn_ok(v):
                    break
        st = style or rng.choice(["plain"] * 5 + ["dots", "spaced", "split3"])
        if st == "dots":
            return v[:4] + "." + v[4:6] + "." + v[6:]
        if st == "spaced":
            return v[:3] + " " + v[3:6] + " " + v[6:]
        if st == "split3":
            return v[:3] + "-" + v[3:6] + "-" + v[6:]
        return v
    y = rng.randint(1929, 1975)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, rng.randint(1, 997))
    chk = 97 - int(base) % 97
    v = base + "%02d" % chk
    st = style or rng.choice(["official", "official", "plain", "spaced", "dashonly"])
    if st == "official":
        return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if st == "spaced":
        return "%s %s %s" % (v[:6], v[6:9], v[9:])
    if st == "dashonly":
        return "%s-%s-%s" % (v[:6], v[6:9], v[9:])
    return v


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}


def fmt_date(rng, lang, y, m, d, style=None):
    f = fam(lang)
    r = rng.random() if style is None else style
    if lang == "en-us":
        if r < 0.5:
            return "%d/%d/%d" % (m, d, y)
        if r < 0.75:
            return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
        return "%02d-%02d-%d" % (m, d, y)
    if r < 0.4:
        return "%02d-%02d-%d" % (d, m, y)
    if r < 0.6:
        return "%02d/%02d/%d" % (d, m, y)
    if r < 0.72:
        return "%d.%d.%d" % (d, m, y)
    if f == "en":
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    return "%d %s %d" % (d, MONTHS[f][m - 1], y)


def gen_date_of_birth(rng, ctx, style=None):
    y = rng.randint(1931, 1962) if rng.random() < 0.8 else rng.randint(1963, 1999)
    return fmt_date(rng, ctx["lang"], y, rng.randint(1, 12), rng.randint(1, 28))


def gen_email(rng, ctx, style=None):
    f = re.sub(r"[^a-z-]", "", ascii_fold(ctx["first"]).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(ctx["last"]).lower())
    dom = rng.choice(ctx["mail_domains"])
    r = rng.random()
    if r < 0.3:
        local = f + "." + l
    elif r < 0.45:
        local = f[0] + l
    elif r < 0.6:
        local = f + l + str(rng.randint(40, 75))
    elif r < 0.7:
        local = l + "." + f[0]
    elif r < 0.8:
        local = "fam." + l
    elif r < 0.9:
        local = f + "_" + l[:4] + rand_digits(rng, 2)
    else:
        local = l + f
    if style is None:
        rr = rng.random()
        style = "plain" if rr < 0.86 else ("spaced" if rr < 0.92 else ("at" if rr < 0.96 else "caps"))
    if style == "spaced":
        return " . ".join(local.split(".")) + " @ " + " . ".join(dom.split("."))
    if style == "at":
        at = {"nl": ("apenstaartje", "punt"), "fr": ("arobase", "point"), "en": ("at", "dot")}[fam(ctx["lang"])]
        return local + " [" + at[0] + "] " + dom.replace(".", " [" + at[1] + "] ")
    if style == "caps":
        return (local + "@" + dom).upper()
    return local + "@" + dom


def gen_phone(rng, ctx, style=None):
    lang = ctx["lang"]
    r = rng.random()
    if lang == "nl":
        n = "6" + rand_digits(rng, 8)
        if rng.random() < 0.2:
            n = rng.choice(["20", "30", "10", "70", "40", "50", "73", "38"]) + rand_digits(rng, 7)
        if style == "words":
            return say_digits(rng, "0" + n, lang, " ")
        if r < 0.25:
            return "0" + n
        if r < 0.45:
            return "0" + n[0] + "-" + n[1:] if n[0] == "6" else "0" + n[:2] + "-" + n[2:]
        if r < 0.65:
            return "+31 " + n[0] + " " + n[1:5] + " " + n[5:] if n[0] == "6" else "+31 " + n[:2] + " " + n[2:5] + " " + n[5:]
        if r < 0.78:
            return "0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)) if n[0] == "6" else "0" + n[:2] + " " + n[2:5] + " " + n[5:]
        if r < 0.88:
            return "0031" + n
        if r < 0.94:
            return "+316" + n[1:] if n[0] == "6" else "+31" + n
        return "0" + n[:1] + " - " + n[1:5] + " " + n[5:]
    if lang in ("nl-be", "fr-be"):
        mob = rng.random() < 0.8
        if mob:
            n = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"]) + rand_digits(rng, 6)
        else:
            z = rng.choice(["9", "3", "2", "4", "50", "11", "16", "81", "65", "71", "56", "89"])
            n = z + rand_digits(rng, 8 - len(z))
        if style == "words":
            return say_digits(rng, "0" + n, lang, " ")
        if mob:
            if r < 0.25:
                return "0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
            if r < 0.45:
                return "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:])
            if r < 0.6:
                return "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
            if r < 0.72:
                return "0" + n
            if r < 0.82:
                return "0%s/%s%s%s" % (n[:3], n[3:5], n[5:7], n[7:])
            if r < 0.9:
                return "+32" + n
            return "0032 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
        k = len(z)
        if k == 1:
            return rng.choice(["0%s %s %s %s" % (z, n[1:4], n[4:6], n[6:]), "0%s/%s.%s.%s" % (z, n[1:4], n[4:6], n[6:])])
        return rng.choice(["0%s %s %s %s" % (z, n[2:4], n[4:6], n[6:]), "0%s/%s.%s.%s" % (z, n[2:4], n[4:6], n[6:])])
    if lang == "en-gb":
        n = "7" + rand_digits(rng, 9)
        if rng.random() < 0.2:
            n = rng.choice(["20", "161", "121", "113", "117", "131"]) + rand_digits(rng, 7 if rng.random() < 0.5 else 8)
            n = n[:10]
        if style == "words":
            return say_digits(rng, "0" + n, lang, " ")
        if r < 0.35:
            return "0" + n[:4] + " " + n[4:]
        if r < 0.55:
            return "+44 " + n[:4] + " " + n[4:]
        if r < 0.7:
            return "0" + n
        if r < 0.82:
            return "+44 (0)" + n[:4] + " " + n[4:7] + " " + n[7:]
        return "0" + n[:4] + " " + n[4:7] + " " + n[7:]
    # en-us
    a = rng.choice(["212", "312", "415", "617", "614", "503", "404", "720", "602", "919", "216", "813", "651"])
    n = a + rng.choice("23456789") + rand_digits(rng, 2) + rand_digits(rng, 4)
    if style == "words":
        return say_digits(rng, n, lang, " ")
    if r < 0.35:
        return "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
    if r < 0.6:
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if r < 0.75:
        return "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
    if r < 0.87:
        return "%s.%s.%s" % (n[:3], n[3:6], n[6:])
    return n


def gen_address(rng, ctx, style=None):
    lang = ctx["lang"]
    street = rng.choice(ctx["streets"])
    city, pc = rng.choice(ctx["cities"])
    ml = style == "lines" or (style is None and rng.random() < 0.35)
    sep = "\n" if ml else ", "
    if lang == "nl":
        nr = str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", " B", "-2", " hs", "bis"])
        pcv = pc + " " + rand_from(rng, "ABCEGHJKLMNPRSTVWXZ", 2)
        if rng.random() < 0.1:
            pcv = pcv.replace(" ", "")
        return street + " " + nr + sep + pcv + ("  " if ml and rng.random() < 0.3 else " ") + city.upper() if rng.random() < 0.2 else street + " " + nr + sep + pcv + " " + city
    if lang in ("nl-be", "fr-be"):
        nr = str(rng.randint(1, 220))
        bus = rng.choice(["", "", "", " bus 3", " bus 12", "/2", " boîte 4" if lang == "fr-be" else " bus 1", "A"])
        if lang == "fr-be":
            return street + " " + nr + bus + sep + pc + " " + city if rng.random() < 0.85 else street + ", " + nr + bus.replace(" boîte", " bte") + sep + pc + " " + city
        return street + " " + nr + bus + sep + pc + " " + city
    if lang == "en-gb":
        nr = str(rng.randint(1, 140))
        pcv = pc + " " + str(rng.randint(1, 9)) + rand_from(rng, "ABDEFGHJLNPQRSTUWXY", 2)
        flat = rng.choice(["", "", "", "Flat 3, ", "Flat 12, "])
        return flat + nr + " " + street + sep + city + sep + pcv if ml else flat + nr + " " + street + ", " + city + " " + pcv
    nr = str(rng.randint(100, 9899))
    apt = rng.choice(["", "", ", Apt 4B", " Unit 12", ", Apt. 210"])
    st, z = pc
    return nr + " " + street + apt + sep + city + ", " + st + " " + z if not ml else nr + " " + street + apt + "\n" + city + ", " + st + " " + z


def gen_ip_address(rng, ctx, style=None):
    if rng.random() < 0.12:
        return "2a02:%s:%s:%s::%s" % (rand_from(rng, HEX, 4), rand_from(rng, HEX, 4), rand_from(rng, HEX, 3), rand_from(rng, HEX, 2))
    first = rng.choice([31, 37, 46, 62, 77, 78, 81, 84, 85, 86, 87, 89, 91, 94, 109, 145, 178, 188, 195, 212, 213, 217, 24, 71, 73, 98, 173])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def gen_customer_number(rng, ctx, style=None):
    sector = ctx.get("sector", "bank")
    lang = ctx["lang"]
    r = rng.random()
    if sector == "insurer":
        if r < 0.3:
            v = rand_digits(rng, 8, True)
            return v[:2] + "." + v[2:5] + "." + v[5:] if rng.random() < 0.5 else v
        if r < 0.5:
            return rng.choice(["POL", "AP", "NN", "PL"]) + "-" + str(rng.randint(2005, 2024)) + "-" + rand_digits(rng, 6)
        if r < 0.7:
            return rand_digits(rng, 3, True) + "/" + rand_digits(rng, 6) + "/" + rand_digits(rng, 2)
        return rand_from(rng, string.ascii_uppercase, 2) + rand_digits(rng, 8)
    if sector in ("energy", "water"):
        if r < 0.4:
            return rand_digits(rng, rng.choice([8, 9, 10]), True)
        if r < 0.6:
            v = rand_digits(rng, 9, True)
            return v[:3] + " " + v[3:6] + " " + v[6:]
        if r < 0.8:
            return rand_digits(rng, 2, True) + "-" + rand_digits(rng, 5) + "-" + rand_digits(rng, 1)
        if lang == "en-gb":
            return "A-" + rand_from(rng, "0123456789ABCDEF", 8)
        return rand_digits(rng, 12, True)
    if sector == "municipality":
        return rand_digits(rng, 7, True) if r < 0.6 else "P" + rand_digits(rng, 6)
    if sector == "telecom":
        if r < 0.5:
            return rand_digits(rng, rng.choice([8, 9, 10]), True)
        return rng.choice(["K", "CU", "1-"]) + rand_digits(rng, 8)
    # bank
    if lang == "en-gb" and r < 0.4:
        return rand_digits(rng, 10, True)
    if lang == "en-us" and r < 0.4:
        return rand_digits(rng, 12, True)
    if r < 0.5:
        return rand_digits(rng, rng.choice([7, 8, 9]), True)
    if r < 0.7:
        v = rand_digits(rng, 10, True)
        return v[:4] + " " + v[4:7] + " " + v[7:]
    if r < 0.85:
        return rand_digits(rng, 4, True) + "." + rand_digits(rng, 3) + "." + rand_digits(rng, 3)
    return rand_digits(rng, 3, True) + "-" + rand_digits(rng, 7)


GEN = {
    "password": gen_password, "pin": gen_pin, "puk": gen_puk, "otp": gen_otp, "wifi_key": gen_wifi_key,
    "username": gen_username, "api_key": gen_api_key, "token": gen_token, "card": gen_card, "cvv": gen_cvv,
    "iban": gen_iban, "bsn": gen_bsn, "card_expiry": gen_card_expiry, "email": gen_email, "phone": gen_phone,
    "address": gen_address, "date_of_birth": gen_date_of_birth, "ip_address": gen_ip_address,
    "customer_number": gen_customer_number,
}


def correction_of(rng, value):
    """A near miss of value: swap two adjacent digits (people retyping a code)."""
    idx = [i for i in range(len(value) - 1) if value[i].isdigit() and value[i + 1].isdigit() and value[i] != value[i + 1]]
    if not idx:
        return value[:-1] + rng.choice("0123456789".replace(value[-1], ""))
    i = rng.choice(idx)
    return value[:i] + value[i + 1] + value[i] + value[i + 2:]


# --------------------------------------------------------------------------------------------
# hard negatives


def neg_amount(rng, ctx, style=None):
    lang = ctx["lang"]
    e, c = rng.randint(3, 2400), rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice(["£%d.%02d" % (e, c), "£%d" % e, "£%d,%03d.%02d" % (e // 1000 + 1, e % 1000, c)])
    if lang == "en-us":
        return rng.choice(["$%d.%02d" % (e, c), "$%d" % e, "$%d,%03d.%02d" % (e // 1000 + 1, e % 1000, c)])
    if lang == "fr-be":
        return rng.choice(["%d,%02d €" % (e, c), "%d €" % e, "€ %d,%02d" % (e, c), "%d,%02d EUR" % (e, c)])
    return rng.choice(["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d,- euro" % e, "EUR %d,%02d" % (e, c), "€ %d.%03d,%02d" % (e // 1000 + 1, e % 1000, c)])


def neg_company_phone(rng, ctx, style=None):
    return rng.choice(ctx["company_phones"])


def neg_company_registration(rng, ctx, style=None):
    lang = ctx["lang"]
    if lang == "nl":
        return rng.choice([rand_digits(rng, 8, True), "NL" + rand_digits(rng, 9) + "B01"])
    if lang in ("nl-be", "fr-be"):
        v = "0" + rand_digits(rng, 9, True)
        return rng.choice([v[:4] + "." + v[4:7] + "." + v[7:], "BE " + v[:4] + "." + v[4:7] + "." + v[7:], "BE" + v])
    if lang == "en-gb":
        return rng.choice(["0" + rand_digits(rng, 7), "GB " + rand_digits(rng, 3) + " " + rand_digits(rng, 4) + " " + rand_digits(rng, 2)])
    return rand_digits(rng, 2, True) + "-" + rand_digits(rng, 7)


def neg_date(rng, ctx, style=None):
    return fmt_date(rng, ctx["lang"], rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28))


def neg_time(rng, ctx, style=None):
    h, m = rng.randint(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    lang = ctx["lang"]
    if lang == "en-us":
        return "%d:%02d %s" % (h % 12 or 12, m, "pm" if h >= 12 else "am")
    if lang == "nl-be":
        return rng.choice(["%du%02d" % (h, m), "%d:%02d" % (h, m), "%d.%02d u" % (h, m)])
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, m), "%d:%02d" % (h, m)])
    if lang == "en-gb":
        return rng.choice(["%d:%02d" % (h, m), "%d.%02d%s" % (h % 12 or 12, m, "pm" if h >= 12 else "am")])
    return rng.choice(["%d:%02d" % (h, m), "%d.%02d uur" % (h, m), "%02d:%02d" % (h, m)])


def neg_year(rng, ctx, style=None):
    return str(rng.choice([rng.randint(1962, 2024), rng.randint(1995, 2024)]))


def neg_error_code(rng, ctx, style=None):
    return rng.choice([
        "E" + rand_digits(rng, 3), "E-" + rand_digits(rng, 4), "0x8007" + rand_from(rng, "0123456789ABCDEF", 4),
        "ERR-" + rand_digits(rng, 3), rand_digits(rng, 3, True), "F" + rand_digits(rng, 2), "CX-" + rand_digits(rng, 5),
        "S" + rand_digits(rng, 4) + "-" + rand_digits(rng, 2), "PIN" + rand_digits(rng, 2), "AUTH_" + rand_digits(rng, 3),
    ])


def neg_flight_number(rng, ctx, style=None):
    return rng.choice(["KL", "SN", "HV", "TB", "BA", "U2", "FR", "LH", "UA", "DL", "AF", "TO", "EZY"]) + rng.choice(["", " "]) + str(rng.randint(10, 6999))


def neg_hashtag(rng, ctx, style=None):
    return "#" + rng.choice(ctx["hashtags"])


def neg_mention(rng, ctx, style=None):
    return "@" + ctx["handle"]


def neg_invoice_number(rng, ctx, style=None):
    y = rng.randint(2023, 2025)
    return rng.choice(["F%d-%s" % (y, rand_digits(rng, 6)), "%d/%s" % (y, rand_digits(rng, 5)),
                       rand_digits(rng, 10, True), "INV-%s" % rand_digits(rng, 7), "%d%s" % (y, rand_digits(rng, 6)),
                       "FA" + rand_digits(rng, 8)])


def neg_order_number(rng, ctx, style=None):
    return rng.choice(["#" + rand_digits(rng, 9, True), "ORD-" + rand_digits(rng, 6), rand_digits(rng, 10, True),
                       "BE" + rand_digits(rng, 8), "W" + rand_digits(rng, 9), "112-" + rand_digits(rng, 7) + "-" + rand_digits(rng, 7)])


def neg_ticket_number(rng, ctx, style=None):
    y = rng.randint(2023, 2025)
    return rng.choice(["SR-%d-%s" % (y, rand_digits(rng, 5)), rand_digits(rng, 8, True), "CAS-" + rand_digits(rng, 6) + "-" + rand_from(rng, "BCDFGHJKLMNPQRSTVWXZ", 6),
                       "%d/%s" % (y, rand_digits(rng, 4)), "INC" + rand_digits(rng, 7), "#" + rand_digits(rng, 6, True),
                       "Z" + rand_digits(rng, 2) + "-" + rand_digits(rng, 6), "D" + rand_digits(rng, 7)])


def neg_tracking_number(rng, ctx, style=None):
    return rng.choice(["3S" + rand_from(rng, string.ascii_uppercase, 4) + rand_digits(rng, 9),
                       "1Z" + rand_from(rng, UPPER_ALNUM, 6) + rand_digits(rng, 10),
                       "JVGL" + rand_digits(rng, 16), "CD" + rand_digits(rng, 9) + "BE",
                       "RR" + rand_digits(rng, 9) + "NL", rand_digits(rng, 14, True), "9400" + rand_digits(rng, 18)])


def neg_request_id(rng, ctx, style=None):
    u = rand_from(rng, HEX, 32)
    return rng.choice([
        "%s-%s-4%s-%s-%s" % (u[:8], u[8:12], u[13:16], rng.choice("89ab") + u[17:20], u[20:]),
        "req_" + rand_from(rng, ALNUM, 24), rand_from(rng, UPPER_ALNUM, 12) + ":" + rand_digits(rng, 6),
    ])


def neg_meter_reading(rng, ctx, style=None):
    r = rng.random()
    if r < 0.3:
        return rand_digits(rng, 5, False)
    if r < 0.5:
        return "%05d,%d" % (rng.randint(0, 99999), rng.randint(0, 9))
    if r < 0.65:
        return "%06d" % rng.randint(0, 999999)
    if r < 0.8:
        return "%d.%03d" % (rng.randint(1, 89), rng.randint(0, 999))
    if r < 0.9:
        return "%04d,%03d" % (rng.randint(0, 9999), rng.randint(0, 999))
    return str(rng.randint(100, 99999))


def neg_model_number(rng, ctx, style=None):
    return rng.choice(ctx["models"])


def neg_product_code(rng, ctx, style=None):
    return rng.choice(["SKU-" + rand_digits(rng, 7), "art. " + rand_digits(rng, 3) + "." + rand_digits(rng, 3) + "." + rand_digits(rng, 2),
                       rand_from(rng, string.ascii_uppercase, 3) + "-" + rand_digits(rng, 4) + "-" + rand_from(rng, string.ascii_uppercase, 2),
                       "P" + rand_digits(rng, 6), rand_digits(rng, 13, True)])


def neg_version_string(rng, ctx, style=None):
    return rng.choice(["%d.%d.%d" % (rng.randint(1, 17), rng.randint(0, 30), rng.randint(0, 9)),
                       "v%d.%d" % (rng.randint(1, 12), rng.randint(0, 40)),
                       "%d.%d" % (rng.randint(10, 18), rng.randint(0, 7)),
                       "%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 99), rng.randint(100, 9999))])


def neg_percentage(rng, ctx, style=None):
    v = rng.choice(["%d%%" % rng.randint(2, 80), "%d,%d%%" % (rng.randint(0, 9), rng.randint(1, 9)), "%d %%" % rng.randint(3, 60)])
    if ctx["lang"].startswith("en"):
        v = v.replace(",", ".").replace(" %", "%")
    return v


QTY = {
    "nl": {"times": ["keer"], "use": ["kWh", "m³"], "items": ["pasjes", "brieven", "stuks"], "period": ["dagen", "weken"], "data": ["GB"]},
    "fr": {"times": ["fois"], "use": ["kWh", "m³"], "items": ["cartes", "lettres", "pièces"], "period": ["jours", "semaines"], "data": ["Go"]},
    "en": {"times": ["times"], "use": ["kWh", "m³"], "items": ["cards", "letters", "copies"], "period": ["days", "weeks"], "data": ["GB"]},
}
QTY_RANGE = {"times": (3, 25), "use": (60, 4800), "items": (2, 6), "period": (2, 12), "data": (5, 200)}


def neg_quantity(rng, ctx, style=None):
    style = style or rng.choice(list(QTY_RANGE))
    lo, hi = QTY_RANGE[style]
    return "%d %s" % (rng.randint(lo, hi), rng.choice(QTY[fam(ctx["lang"])][style]))


def neg_url(rng, ctx, style=None):
    if style == "scam":
        return rng.choice(ctx["scam_urls"])
    if style == "router":
        return rng.choice(["http://192.168.1.1", "http://192.168.178.1", "192.168.0.1", "http://192.168.1.254"])
    return rng.choice(ctx["urls"])


def neg_masked_value(rng, ctx, style=None):
    lang = ctx["lang"]
    r = rng.random()
    last4 = rand_digits(rng, 4)
    if r < 0.3:
        return rng.choice(["**** **** **** ", "XXXX XXXX XXXX ", "•••• ", "**** ", "xxxx-xxxx-xxxx-"]) + last4
    if r < 0.5:
        cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[lang]
        return rng.choice([cc + "** **** **** ** " + last4[:2] + " " + last4[2:], cc + "**" + "*" * 10 + last4, cc + "** XXXX XXXX " + last4])
    if r < 0.65:
        return rng.choice(["06-****", "+31 6 ****", "04** ** ** ", "07*** ***", "(***) ***-"]) + last4[:2] + ("" if rng.random() < 0.5 else last4[2:])
    if r < 0.8:
        return rng.choice(["j", "m", "h", "a", "p"]) + "****" + "@" + rng.choice(ctx["mail_domains"])
    if r < 0.9:
        return "*" * rng.choice([6, 8]) + last4[:2]
    return "ending in " + last4 if lang.startswith("en") else ("eindigend op " + last4 if fam(lang) == "nl" else "se terminant par " + last4)


def neg_port(rng, ctx, style=None):
    return str(rng.choice([8080, 443, 8443, 21, 22, 3389, 5000, 8123, 1883, 25, 587, 993, 51820, 32400]))


def neg_checksum(rng, ctx, style=None):
    return rng.choice([rand_from(rng, HEX, 32), rand_from(rng, HEX, 40), rand_from(rng, HEX, 64), rand_from(rng, HEX, 8).upper()])


NEG = {k: globals()["neg_" + k] for k in NEG_KINDS}


# --------------------------------------------------------------------------------------------
# message builder

PH_RE = re.compile(r"(\{\{|\}\}|\{[a-z_]+(?:\|[a-z0-9_]+)?[~=]?\})")


class Msg:
    def __init__(self, rng, ctx):
        self.rng = rng
        self.ctx = ctx
        self.segs = []  # (text, label) label None | ("span", type, tid) | ("neg", kind, tid)
        self.last = {}

    def text(self, s):
        if s:
            self.segs.append([s, None])

    def value(self, typ, s, tid):
        self.segs.append([s, ("span", typ, tid)])
        self.last[typ] = s

    def neg(self, kind, s, tid):
        self.segs.append([s, ("neg", kind, tid)])

    def add(self, template, tid, fill):
        """Render a template. fill(name) returns text for unlabelled fillers."""
        for tok in PH_RE.split(template):
            if not tok:
                continue
            if tok == "{{":
                self.text("{")
                continue
            if tok == "}}":
                self.text("}")
                continue
            if tok.startswith("{") and tok.endswith("}") and PH_RE.fullmatch(tok):
                body = tok[1:-1]
                mod = ""
                if body[-1] in "~=":
                    mod, body = body[-1], body[:-1]
                name, _, style = body.partition("|")
                style = style or None
                if name in GEN:
                    if mod == "~" and name in self.last:
                        v = correction_of(self.rng, self.last[name])
                    elif mod == "=" and name in self.last:
                        v = self.last[name]
                    else:
                        v = GEN[name](self.rng, self.ctx, style)
                    self.value(name, v, tid)
                elif name in NEG:
                    self.neg(name, NEG[name](self.rng, self.ctx, style), tid)
                else:
                    self.text(fill(name))
            else:
                self.text(tok)

    def transform_text(self, fn):
        for s in self.segs:
            if s[1] is None:
                s[0] = fn(s[0])

    def render(self):
        text = []
        spans, negs, meta = [], [], []
        pos = 0
        for s, lab in self.segs:
            if lab is not None:
                # never let a labelled value carry surrounding white space
                assert s == s.strip(), (s, lab)
                if lab[0] == "span":
                    spans.append({"type": lab[1], "start": pos, "end": pos + len(s)})
                    meta.append((lab[1], lab[2]))
                else:
                    negs.append({"kind": lab[1], "start": pos, "end": pos + len(s)})
            text.append(s)
            pos += len(s)
        return "".join(text), spans, negs, meta


# --------------------------------------------------------------------------------------------
# self-check


def check_record(rec):
    t = rec["text"]
    errs = []
    occupied = []
    for sp in rec["spans"]:
        a, b = sp["start"], sp["end"]
        if not (0 <= a < b <= len(t)):
            errs.append("span out of range %r" % sp)
            continue
        v = t[a:b]
        if v != v.strip():
            errs.append("span has surrounding white space %r" % v)
        if sp["type"] not in SPAN_TYPES:
            errs.append("bad type %r" % sp["type"])
        if sp["type"] == "card":
            d = re.sub(r"\D", "", v)
            if not (13 <= len(d) <= 19 and luhn_ok(d)):
                errs.append("card fails luhn %r" % v)
        if sp["type"] == "iban" and not iban_ok(v):
            errs.append("iban fails mod97 %r" % v)
        if sp["type"] == "bsn" and not bsn_or_rrn_ok(v):
            errs.append("bsn/rrn fails check %r" % v)
        occupied.append((a, b, "span"))
    for ng in rec["negatives"]:
        a, b = ng["start"], ng["end"]
        if not (0 <= a < b <= len(t)):
            errs.append("negative out of range %r" % ng)
            continue
        v = t[a:b]
        if v != v.strip():
            errs.append("negative has surrounding white space %r" % v)
        if ng["kind"] not in NEG_KINDS:
            errs.append("bad kind %r" % ng["kind"])
        occupied.append((a, b, "neg"))
    occupied.sort()
    for (a1, b1, k1), (a2, b2, k2) in zip(occupied, occupied[1:]):
        if a2 < b1:
            errs.append("overlap %r %r" % (t[a1:b1], t[a2:b2]))
    if rec["channel"] not in CHANNELS:
        errs.append("bad channel")
    if rec["lang"] not in LANGS:
        errs.append("bad lang")
    if (rec["visibility"] == "public") != (rec["channel"] in PUBLIC):
        errs.append("bad visibility")
    return errs
