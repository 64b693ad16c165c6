"""Core: value generators, checksums, template renderer, noise and self-check."""
import re
import string

# ------------------------------------------------------------------ constants
HIGH_RISK = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card",
             "cvv", "iban", "bsn"]
PERSONAL = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
SPAN_TYPES = HIGH_RISK + PERSONAL
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "request_id", "meter_reading", "model_number", "product_code",
             "version_string", "percentage", "quantity", "url", "masked_value", "port", "checksum"]

SPAN_ALIAS = {"dob": "date_of_birth", "ip": "ip_address", "cust": "customer_number",
              "expiry": "card_expiry", "user": "username", "wifi": "wifi_key", "api": "api_key"}
NEG_ALIAS = {"cphone": "company_phone", "kvk": "company_registration", "err": "error_code",
             "flight": "flight_number", "invoice": "invoice_number", "order": "order_number",
             "ticket": "ticket_number", "tracking": "tracking_number", "reqid": "request_id",
             "meter": "meter_reading", "model": "model_number", "product": "product_code",
             "version": "version_string", "pct": "percentage", "qty": "quantity", "mask": "masked_value"}

LANG_REGION = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}
LANG_PEOPLE = {"nl": "NL", "nl-be": "BEnl", "fr-be": "BEfr", "en-gb": "GB", "en-us": "US"}
LANG_WORDS = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}

DIGIT_WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
PW_WORDS = {
    "nl": ["zomer", "winter", "voetbal", "hond", "lente", "welkom", "vakantie", "oranje", "fiets",
           "schatje", "tulp", "kaas", "boerderij", "molen", "konijn", "paard", "zonnetje", "appeltaart"],
    "fr": ["soleil", "bonjour", "chocolat", "maison", "papillon", "doudou", "vacances", "liberte",
           "princesse", "moules", "frites", "jardin", "chaton", "etoile", "amour", "lapin"],
    "en": ["summer", "sunshine", "football", "monkey", "dragon", "princess", "liverpool", "arsenal",
           "cowboys", "buster", "charlie", "daisy", "tigger", "pepper", "chelsea", "maverick", "biscuit"],
}
ALNUM = string.ascii_letters + string.digits
UPPER_DIG = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LOWER_DIG = "abcdefghijkmnpqrstuvwxyz23456789"
HEX = "0123456789abcdef"


def rd(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------ checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    if not 12 <= len(d) <= 19:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 9:
        tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
        return tot % 11 == 0 and d != "000000000"
    if len(d) == 11:  # Belgian rijksregisternummer
        base, chk = int(d[:9]), int(d[9:])
        return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk
    return False


# ------------------------------------------------------------------ value generators
def spoken_digits(rng, digits, wl, sep=None):
    words = DIGIT_WORDS[wl]
    out = []
    for c in digits:
        if c.isdigit():
            w = words[int(c)]
            if wl == "en" and c == "0" and rng.random() < 0.5:
                w = "oh"
            out.append(w)
    if sep is None:
        sep = rng.choice([" ", " ", " ", "-", ", "])
    return sep.join(out)


def spaced(digits, rng):
    return rng.choice([" ", " ", "-", "."]).join(digits)


def gen_pin(rng, style, ctx):
    if style == "alarm":
        s = rd(rng, rng.choice([4, 4, 5, 6]))
    elif style == "door":
        s = rd(rng, rng.choice([4, 4, 5, 6]))
    elif style == "sim":
        s = rng.choice(["0000", "1234", rd(rng, 4), rd(rng, 4)])
    elif style == "six":
        s = rd(rng, 6)
    else:
        s = rd(rng, rng.choice([4, 4, 4, 4, 5, 6]))
    return digit_style(rng, s, style, ctx)


def digit_style(rng, s, style, ctx):
    if style == "spoken":
        return spoken_digits(rng, s, LANG_WORDS[ctx.lang])
    if style == "spaced":
        return spaced(s, rng)
    return s


def gen_puk(rng, style, ctx):
    s = rd(rng, 8)
    if style == "spoken":
        return spoken_digits(rng, s, LANG_WORDS[ctx.lang])
    if style == "spaced" or (style is None and rng.random() < 0.25):
        return s[:4] + rng.choice([" ", "-", " "]) + s[4:]
    return s


def gen_otp(rng, style, ctx):
    if style == "spoken":
        return spoken_digits(rng, rd(rng, 6), LANG_WORDS[ctx.lang])
    if style == "alnum":
        return rs(rng, UPPER_DIG, rng.choice([6, 8]))
    if style == "pickup":
        return rng.choice([rd(rng, 6), rd(rng, 8), rd(rng, 4) + "-" + rd(rng, 4), rs(rng, UPPER_DIG, 6)])
    if style == "esim":
        return "-".join(rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4) for _ in range(4))
    r = rng.random()
    if r < 0.6:
        return rd(rng, 6)
    if r < 0.7:
        s = rd(rng, 6)
        return s[:3] + " " + s[3:]
    if r < 0.8:
        s = rd(rng, 6)
        return s[:3] + "-" + s[3:]
    if r < 0.9:
        return rd(rng, rng.choice([4, 5]))
    return rd(rng, 8)


def gen_password(rng, style, ctx):
    wl = LANG_WORDS[ctx.lang]
    words = PW_WORDS[wl]
    if style == "temp":
        return rng.choice([
            lambda: rs(rng, ALNUM, 4) + rng.choice("#!$%&") + rs(rng, ALNUM, 4),
            lambda: "Tmp-" + rd(rng, 5),
            lambda: rs(rng, UPPER_DIG, 3) + "-" + rs(rng, UPPER_DIG, 3) + "-" + rs(rng, UPPER_DIG, 3),
            lambda: rs(rng, ALNUM, 10),
        ])()
    if style == "router":
        return rng.choice([
            lambda: rs(rng, LOWER_DIG, 8),
            lambda: "admin" + rd(rng, 4),
            lambda: rs(rng, UPPER_DIG, 10),
            lambda: rs(rng, ALNUM, 12),
        ])()
    if style == "phrase":
        sep = rng.choice(["-", " ", ".", ""])
        ws = [rng.choice(words) for _ in range(rng.choice([3, 4]))]
        if sep == "":
            ws = [w.capitalize() for w in ws]
        return sep.join(ws) + rng.choice(["", rd(rng, 2)])
    if style == "spoken":
        w = rng.choice(words)
        tail = {"nl": ["uitroepteken", "hekje", "apenstaartje", "sterretje"],
                "fr": ["point d'exclamation", "dièse", "arobase", "étoile"],
                "en": ["exclamation mark", "hashtag", "at sign", "dollar sign"]}[wl]
        return f"{w.capitalize()} {rng.choice(['20', '19'])}{rd(rng, 2)} {rng.choice(tail)}"
    r = rng.random()
    w = rng.choice(words)
    if r < 0.25:
        return w.capitalize() + str(rng.randint(2015, 2026)) + rng.choice(["!", "!", "?", "#", ""])
    if r < 0.4:
        return w + rd(rng, rng.choice([2, 3]))
    if r < 0.55:
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet.capitalize() + rng.choice(["!", "$", "&", "*"]) + rd(rng, 1)
    if r < 0.7:
        return rs(rng, ALNUM, rng.choice([8, 9, 10, 12])) + rng.choice(["", "!", "#"])
    if r < 0.85:
        w2 = rng.choice(words)
        return w.capitalize() + "-" + w2.capitalize() + "-" + rd(rng, 2)
    return ctx.first().split("-")[0].lower() + rd(rng, 4)


def gen_wifi(rng, style, ctx):
    r = rng.random()
    if r < 0.22:
        return rs(rng, UPPER_DIG, 8)
    if r < 0.4:
        return rs(rng, ALNUM, 12)
    if r < 0.52:
        return rd(rng, 20) if rng.random() < 0.5 else " ".join(rd(rng, 4) for _ in range(5))
    if r < 0.64:
        return rs(rng, "abcdefghijkmnpqrstuvwxyz", 10)
    if r < 0.74:
        return rs(rng, "0123456789ABCDEF", 26)
    if r < 0.86:
        return "-".join(rs(rng, LOWER_DIG, 4) for _ in range(3))
    w = rng.choice(PW_WORDS[LANG_WORDS[ctx.lang]])
    return w.capitalize() + rd(rng, 4) + rng.choice(["", "!"])


def gen_username(rng, style, ctx):
    f = ctx.first().lower().replace("é", "e").replace("è", "e").replace("ë", "e").replace("ç", "c")
    f = re.sub(r"[^a-z]", "", f)
    l = re.sub(r"[^a-z]", "", ctx.last().lower().replace("é", "e").replace("ë", "e"))
    r = rng.random()
    if style == "gamer":
        return rng.choice(["xX", "", "The", "Dr", ""]) + rng.choice(
            ["Shadow", "Frosty", "Turbo", "Pixel", "Nacho", "Viking", "Ghost", "Blaze"]) + rng.choice(
            ["Wolf", "Ninja", "Koala", "Sniper", "Bean", "King"]) + rd(rng, rng.choice([0, 2, 3])) + rng.choice(["", "Xx", "_"]).rstrip("_")
    if r < 0.3:
        return f[0] + l + rd(rng, 2)
    if r < 0.5:
        return f + "_" + l[:1] + rd(rng, rng.choice([0, 2, 4]))
    if r < 0.65:
        return f + "." + l
    if r < 0.8:
        return f + l + str(rng.randint(60, 99))
    if r < 0.9:
        return f.capitalize() + l.capitalize()[:4] + rd(rng, 3)
    return rng.choice(["user", "klant", "u"]) + rd(rng, 7)


def b64u(rng, n):
    return rs(rng, ALNUM + "-_", n)


def gen_api_key(rng, style, ctx):
    r = rng.random()
    if style == "awssecret":
        return rs(rng, ALNUM + "/+", 40)
    if style == "aws" or r < 0.15:
        return "AKIA" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if r < 0.35:
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + rs(rng, ALNUM, 24)
    if r < 0.5:
        return "api_" + rs(rng, HEX, 32)
    if r < 0.65:
        return rs(rng, HEX, rng.choice([32, 40]))
    if r < 0.78:
        return "AIza" + rs(rng, ALNUM + "-_", 35)
    if r < 0.9:
        return "SG." + b64u(rng, 22) + "." + b64u(rng, 43)
    return "key-" + rs(rng, HEX, 32)


def gen_token(rng, style, ctx):
    r = rng.random()
    if style == "jwt" or r < 0.35:
        head = rng.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9",
                           "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"])
        return head + ".eyJ" + b64u(rng, rng.choice([40, 60, 86])) + "." + b64u(rng, 43)
    if r < 0.5:
        return "ghp_" + rs(rng, ALNUM, 36)
    if r < 0.62:
        return "glpat-" + rs(rng, ALNUM + "-_", 20)
    if r < 0.74:
        return "xoxb-" + rd(rng, 12) + "-" + rd(rng, 13) + "-" + rs(rng, ALNUM, 24)
    if r < 0.87:
        return rs(rng, ALNUM, 40)
    return "EAAG" + rs(rng, ALNUM, 60)


CARD_PREFIX = [("visa", "4", 16), ("visa", "4", 16), ("mc", "5", 16), ("mc2", "2", 16), ("amex", "3", 15),
               ("maestro", "6", 16), ("maestro19", "6", 19)]


def gen_card(rng, style, ctx):
    kind, _, ln = rng.choice(CARD_PREFIX)
    if style == "amex":
        kind, ln = "amex", 15
    if style == "visa":
        kind, ln = "visa", 16
    if kind == "visa":
        p = "4" + rd(rng, 5)
    elif kind == "mc":
        p = "5" + str(rng.randint(1, 5)) + rd(rng, 4)
    elif kind == "mc2":
        p = str(rng.randint(2221, 2720)) + rd(rng, 2)
    elif kind == "amex":
        p = rng.choice(["34", "37"]) + rd(rng, 4)
    else:
        p = rng.choice(["6759", "6703", "5018", "6304"]) + rd(rng, 2)
    num = luhn_complete(p + rd(rng, ln - 1 - len(p)))
    ctx.card_kind = kind
    g = rng.random()
    if kind == "amex":
        if g < 0.7:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    if g < 0.55:
        return " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    if g < 0.8:
        return num
    if g < 0.92:
        return "-".join(num[i:i + 4] for i in range(0, len(num), 4))
    return "  ".join(num[i:i + 4] for i in range(0, len(num), 4)).replace("  ", " ", 2)


def gen_cvv(rng, style, ctx):
    if getattr(ctx, "card_kind", None) == "amex":
        return rd(rng, 4)
    return rd(rng, 3)


def gen_expiry(rng, style, ctx):
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    wl = LANG_WORDS[ctx.lang]
    r = rng.random()
    if r < 0.45:
        return f"{m:02d}/{y % 100:02d}"
    if r < 0.6:
        return f"{m:02d}/{y}"
    if r < 0.7:
        return f"{m:02d}-{y % 100:02d}"
    if r < 0.8:
        return f"{m}/{y % 100}"
    mon = MONTHS[wl][m - 1]
    return f"{mon[:3] if rng.random() < 0.5 else mon} {y if rng.random() < 0.5 else y % 100}"


def gen_iban(rng, style, ctx):
    region = ctx.region
    r = rng.random()
    cc = {"NL": "NL", "BE": "BE", "GB": "GB", "US": rng.choice(["DE", "FR", "GB"])}[region]
    if r < 0.15:
        cc = rng.choice(["DE", "FR", "LU", "ES", "NL", "BE"])
    if cc == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "KNAB", "TRIO", "BUNQ"]) + rd(rng, 10)
    elif cc == "BE":
        b = rd(rng, 10)
        c = int(b) % 97 or 97
        bban = b + f"{c:02d}"
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ", "SRLG"]) + rd(rng, 14)
    elif cc == "DE":
        bban = rd(rng, 18)
    elif cc == "FR":
        bban = rd(rng, 10) + rs(rng, "0123456789", 11) + rd(rng, 2)
    elif cc == "LU":
        bban = rd(rng, 3) + rd(rng, 13)
    else:
        bban = rd(rng, 20)
    iban = iban_make(cc, bban)
    g = rng.random()
    if style == "plain" or g < 0.3:
        out = iban
    elif g < 0.75:
        out = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    elif g < 0.85:
        out = iban.lower()
    elif g < 0.93:
        out = iban[:2] + " " + iban[2:4] + " " + " ".join(iban[i:i + 4] for i in range(4, len(iban), 4))
    else:
        out = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
    return out


def gen_bsn(rng, style, ctx):
    be = style == "be" or (style is None and ctx.region == "BE")
    if be:
        y = rng.randint(1938, 2006)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        ser = rng.randint(1, 997)
        base = f"{y % 100:02d}{m:02d}{d:02d}{ser:03d}"
        val = int(base) if y < 2000 else int("2" + base)
        chk = 97 - val % 97
        s = base + f"{chk:02d}"
        g = rng.random()
        if g < 0.5:
            return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
        if g < 0.75:
            return s
        if g < 0.9:
            return f"{s[:6]} {s[6:9]} {s[9:]}"
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    while True:
        d = rd(rng, 8, first_nonzero=True)
        tot = sum(int(d[i]) * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = d + str(last)
            break
    g = rng.random()
    if g < 0.55:
        return s
    if g < 0.75:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if g < 0.9:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return " ".join(s)


def gen_email(rng, style, ctx):
    who = "agent" if style == "agent" else ""
    f = ctx.first(who)
    l = ctx.last(who)
    norm = lambda x: re.sub(r"[^a-z]", "", x.lower().replace("é", "e").replace("è", "e").replace("ë", "e")
                            .replace("ç", "c").replace("ï", "i").replace("ô", "o"))
    f, l = norm(f), norm(l)
    dom = ctx.email_domain()
    r = rng.random()
    if r < 0.3:
        local = f + "." + l
    elif r < 0.45:
        local = f[0] + l
    elif r < 0.6:
        local = f + l + rd(rng, 2)
    elif r < 0.7:
        local = f + "_" + l
    elif r < 0.8:
        local = l + "." + f[0]
    elif r < 0.9:
        local = f + str(rng.randint(1955, 2004))
    else:
        local = f + "." + l + "." + rd(rng, 1)
    if style == "obf":
        parts = local.split(".")
        lc = " . ".join(parts)
        d1, d2 = dom.rsplit(".", 1)
        return rng.choice([f"{lc} @ {d1} . {d2}", f"{local}[at]{d1}[dot]{d2}", f"{local} (at) {d1} (dot) {d2}",
                           f"{local} at {d1} dot {d2}"])
    if style == "spoken":
        wl = LANG_WORDS[ctx.lang]
        dot = {"nl": "punt", "fr": "point", "en": "dot"}[wl]
        at = {"nl": rng.choice(["at", "apenstaartje"]), "fr": rng.choice(["arobase", "at"]), "en": "at"}[wl]
        loc = f" {dot} ".join(local.split("."))
        d1, d2 = dom.rsplit(".", 1)
        d1 = f" {dot} ".join(d1.split("."))
        return f"{loc} {at} {d1} {dot} {d2}"
    if style == "agent":
        slug = re.sub(r"[^a-z0-9]", "", ctx.brand("telecom").lower()) or "support"
        tld = {"NL": "nl", "BE": "be", "GB": "co.uk", "US": "com"}[ctx.region]
        return f"{f}.{l}@{slug}.{tld}"
    out = f"{local}@{dom}"
    if rng.random() < 0.07:
        out = out.capitalize()
    return out


def gen_phone(rng, style, ctx):
    reg = ctx.region
    if style == "spoken":
        if reg == "NL":
            s = "06" + rd(rng, 8)
        elif reg == "BE":
            s = "04" + str(rng.randint(6, 9)) + rd(rng, 7)
        elif reg == "GB":
            s = "07" + rd(rng, 9)
        else:
            s = rd(rng, 3, True) + rd(rng, 7)
        return spoken_digits(rng, s, LANG_WORDS[ctx.lang], sep=" ")
    r = rng.random()
    land = style == "land" or (style is None and rng.random() < 0.15)
    if reg == "NL":
        if land:
            area = rng.choice(["020", "030", "010", "070", "040", "050", "024", "026", "0570", "0314"])
            rest = rd(rng, 10 - len(area), True)
            return rng.choice([f"{area}-{rest}", f"{area} {rest}", f"{area} {rest[:3]} {rest[3:]}"])
        n = str(rng.randint(1, 6)) + rd(rng, 7)
        return [f"06 {n[:4]} {n[4:]}", f"06{n}", f"06-{n}", f"+31 6 {n[:4]} {n[4:]}", f"+316{n}",
                f"0031 6 {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"][int(r * 7)]
    if reg == "BE":
        if land:
            area = rng.choice(["02", "03", "09", "016", "04", "010", "081", "050"])
            rest = rd(rng, 9 - len(area), True)
            return rng.choice([f"{area} {rest[:-4]} {rest[-4:-2]} {rest[-2:]}", f"{area}/{rest[:-4]}.{rest[-4:-2]}.{rest[-2:]}",
                               f"{area}{rest}"])
        p = "4" + str(rng.randint(6, 9)) + rd(rng, 1)
        n = rd(rng, 6)
        return [f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}{n}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}", f"+32{p}{n}",
                f"0032 {p} {n[:3]} {n[3:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"0{p} {n[:3]} {n[3:]}"][int(r * 7)]
    if reg == "GB":
        if land:
            area = rng.choice(["020", "0113", "0117", "0161", "0114", "0121", "029", "0131"])
            rest = rd(rng, 11 - len(area), True)
            return f"{area} {rest[:len(rest) - 4]} {rest[-4:]}"
        n = rd(rng, 9)
        return [f"07{n[:3]} {n[3:]}", f"07{n}", f"+44 7{n[:3]} {n[3:]}", f"+44 (0)7{n[:3]} {n[3:6]} {n[6:]}",
                f"+447{n}", f"07{n[:3]} {n[3:6]} {n[6:]}", f"0044 7{n}"][int(r * 7)]
    a = rng.choice(["212", "312", "415", "614", "503", "917", "646", "404", "512", "720", "919", "206"])
    b = str(rng.randint(201, 989))
    c = rd(rng, 4)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}{b}{c}",
            f"+1-{a}-{b}-{c}", f"1 ({a}) {b}-{c}"][int(r * 7)]


def nl_postcode(rng, spaced_=True):
    letters = rs(rng, "ABCEGHJKLMNPRSTVWXZ", 2)
    while letters in ("SA", "SD", "SS"):
        letters = rs(rng, "ABCEGHJKLMNPRTVWXZ", 2)
    return f"{rng.randint(1011, 9999)}{' ' if spaced_ else ''}{letters}"


def gen_address(rng, style, ctx):
    reg = LANG_PEOPLE[ctx.lang]
    street = ctx.pick("street")
    city = ctx.pick("city")
    num = rng.randint(1, 240)
    multi = style == "multi"
    only_street = style == "street" or (style is None and rng.random() < 0.2)
    sep = "\n" if multi else rng.choice([", ", ", ", " ", ","])
    if reg == "NL":
        hn = f"{num}{rng.choice(['', '', '', 'a', 'B', '-2', ' bis', '-II', ' hs'])}"
        line1 = f"{street} {hn}"
        if only_street and not multi:
            return line1
        pc = nl_postcode(rng, rng.random() < 0.8)
        return f"{line1}{sep}{pc} {city.upper() if rng.random() < 0.15 else city}"
    if reg in ("BEnl", "BEfr"):
        bus = rng.choice(["", "", "", " bus 3", " bus 12", "/2", " b2", "/0101"]) if reg == "BEnl" else \
            rng.choice(["", "", "", " bte 4", "/3", " boîte 12", " b1"])
        line1 = f"{street} {num}{bus}"
        if only_street and not multi:
            return line1
        pc = rng.randint(1000, 9990)
        return f"{line1}{sep}{pc} {city}"
    if reg == "GB":
        flat = rng.choice(["", "", "", "Flat 2, ", "Flat 4B, ", "Apt 7, "])
        line1 = f"{flat}{num} {street}"
        if only_street and not multi:
            return line1
        area = rng.choice(["LS", "BS", "M", "S", "LE", "NR", "RG", "CF", "G", "BN", "YO", "NG"])
        pc = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{rs(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        return f"{line1}{sep}{city}{' ' if not multi else chr(10)}{pc}" if rng.random() < 0.5 else f"{line1}{sep}{city}{sep}{pc}"
    apt = rng.choice(["", "", "", ", Apt 3B", " #12", ", Unit 5", " Apt 204"])
    line1 = f"{rng.randint(100, 9899)} {street}{apt}"
    if only_street and not multi:
        return line1
    return f"{line1}{sep}{city} {rd(rng, 5, True)}"


def gen_dob(rng, style, ctx):
    y = rng.randint(2007, 2019) if style == "child" else rng.randint(1938, 1962) if style == "old" else rng.randint(1938, 2005)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return fmt_date(rng, ctx, d, m, y, style)


def fmt_date(rng, ctx, d, m, y, style=None, with_year=True):
    lang = ctx.lang
    wl = LANG_WORDS[lang]
    r = rng.random()
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MONTHS['en'][m - 1]} {d}, {y}",
                f"{MONTHS['en'][m - 1][:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif lang == "en-gb":
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{d}{suf} {MONTHS['en'][m - 1]} {y}",
                f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}"]
    elif wl == "fr":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}",
                f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y % 100:02d}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS['nl'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}",
                f"{d}-{m}-{y % 100:02d}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
    if not with_year:
        if lang == "en-us":
            opts = [f"{MONTHS['en'][m - 1]} {d}", f"{m}/{d}", f"{MONTHS['en'][m - 1][:3]} {d}"]
        elif lang == "en-gb":
            opts = [f"{d} {MONTHS['en'][m - 1]}", f"{d}/{m}", f"{d} {MONTHS['en'][m - 1][:3]}"]
        else:
            opts = [f"{d} {MONTHS[wl][m - 1]}", f"{d}/{m}", f"{d:02d}-{m:02d}", f"{d}.{m}"]
    return opts[int(r * len(opts))]


def gen_ip(rng, style, ctx):
    if style == "v6" or rng.random() < 0.12:
        return "2a02:" + ":".join(rs(rng, HEX, 4) for _ in range(3)) + "::" + rs(rng, HEX, rng.choice([1, 2, 3, 4]))
    first = rng.choice([84, 85, 62, 77, 81, 94, 178, 145, 213, 86, 92, 51, 109, 188, 24, 73, 98, 172])
    if first == 172:
        first = 173
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def gen_custnum(rng, style, ctx):
    reg = ctx.region
    r = rng.random()
    if reg == "NL":
        opts = [lambda: rd(rng, 8, True), lambda: rd(rng, 9, True), lambda: "KL" + rd(rng, 7),
                lambda: rd(rng, 3, True) + "." + rd(rng, 3) + "." + rd(rng, 3), lambda: "1" + rd(rng, 9)]
    elif reg == "BE":
        opts = [lambda: rd(rng, 10, True), lambda: rd(rng, 3, True) + "/" + rd(rng, 3) + "/" + rd(rng, 3),
                lambda: "C" + rd(rng, 8), lambda: rd(rng, 1, True) + "." + rd(rng, 3) + "." + rd(rng, 3) + "." + rd(rng, 3),
                lambda: rd(rng, 7, True)]
    elif reg == "GB":
        opts = [lambda: rd(rng, 8, True), lambda: "A-" + rs(rng, "0123456789ABCDEF", 8).upper(),
                lambda: rd(rng, 12, True), lambda: rd(rng, 4, True) + " " + rd(rng, 4) + " " + rd(rng, 4),
                lambda: "CUS" + rd(rng, 7)]
    else:
        opts = [lambda: rd(rng, 10, True), lambda: rd(rng, 4, True) + "-" + rd(rng, 5) + "-" + rd(rng, 2),
                lambda: rd(rng, 9, True), lambda: rd(rng, 16, True)[:12], lambda: "8" + rd(rng, 3) + " " + rd(rng, 4) + " " + rd(rng, 4)]
    return opts[int(r * len(opts))]()


# ------------------------------------------------------------------ negative generators
def neg_amount(rng, style, ctx):
    v = rng.choice([rng.randint(5, 120), rng.randint(5, 60), rng.randint(100, 900)])
    c = rng.randint(0, 99)
    reg = ctx.region
    if reg in ("NL", "BE"):
        return rng.choice([f"€{v},{c:02d}", f"€ {v},{c:02d}", f"{v},{c:02d} euro", f"{v} EUR", f"€{v}",
                           f"{v},{c:02d}€" if ctx.lang == "fr-be" else f"EUR {v},{c:02d}"])
    if reg == "GB":
        return rng.choice([f"£{v}.{c:02d}", f"£{v}", f"{v} quid", f"£ {v}.{c:02d}"])
    return rng.choice([f"${v}.{c:02d}", f"${v}", f"{v} dollars", f"$ {v}.{c:02d}", f"USD {v}.{c:02d}"])


def neg_cphone(rng, style, ctx):
    reg = ctx.region
    if reg == "NL":
        return rng.choice([f"0800-{rd(rng, 4)}", f"0800 {rd(rng, 4)}", f"0900-{rd(rng, 4)}", f"088 {rd(rng, 3)} {rd(rng, 4)}",
                           "1200", f"0800 {rd(rng, 2)} {rd(rng, 2)}", "1233"])
    if reg == "BE":
        return rng.choice([f"0800 {rd(rng, 2)} {rd(rng, 3)}", f"078 {rd(rng, 2)} {rd(rng, 2)} {rd(rng, 2)}",
                           f"02 {rd(rng, 3)} {rd(rng, 2)} {rd(rng, 2)}", "1990", f"070 {rd(rng, 3)} {rd(rng, 3)}",
                           f"0800/{rd(rng, 2)}.{rd(rng, 3)}"])
    if reg == "GB":
        return rng.choice([f"0800 {rd(rng, 3)} {rd(rng, 4)}", f"0345 {rd(rng, 3)} {rd(rng, 4)}",
                           f"0333 {rd(rng, 3)} {rd(rng, 4)}", "150", f"0800 {rd(rng, 3)} {rd(rng, 3)}", "202"])
    return rng.choice([f"1-800-{rd(rng, 3)}-{rd(rng, 4)}", f"(888) {rd(rng, 3)}-{rd(rng, 4)}",
                       f"1-877-{rd(rng, 3)}-{rd(rng, 4)}", "611", f"800-{rd(rng, 3)}-{rd(rng, 4)}"])


def neg_kvk(rng, style, ctx):
    reg = ctx.region
    st = style or {"NL": rng.choice(["kvk", "btw"]), "BE": "ond", "GB": "vat", "US": "ein"}[reg]
    if st == "kvk":
        return rd(rng, 8, True)
    if st == "btw":
        return f"NL{rd(rng, 9)}B{rd(rng, 2)}" if rng.random() < 0.7 else f"NL {rd(rng, 9)} B{rd(rng, 2)}"
    if st == "ond":
        b = "0" + rd(rng, 7)
        chk = 97 - int(b) % 97
        s = b + f"{chk:02d}"
        return rng.choice([f"BE{s}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}", f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s}"])
    if st == "vat":
        return rng.choice([f"GB{rd(rng, 9)}", f"GB {rd(rng, 3)} {rd(rng, 4)} {rd(rng, 2)}"])
    if st == "crn":
        return rd(rng, 8)
    return f"{rd(rng, 2)}-{rd(rng, 7)}"


def neg_date(rng, style, ctx):
    y = rng.choice([2024, 2025, 2025, 2026])
    return fmt_date(rng, ctx, rng.randint(1, 28), rng.randint(1, 12), y, with_year=rng.random() < 0.6)


def neg_time(rng, style, ctx):
    h, m = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 42, 45, 50, 58])
    if ctx.lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}:{m:02d}{'PM' if h >= 12 else 'AM'}"])
    if ctx.lang == "en-gb":
        return rng.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'pm' if h >= 12 else 'am'}", f"{h:02d}:{m:02d}"])
    if ctx.region == "BE":
        return rng.choice([f"{h}u{m:02d}", f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h}u"])
    return rng.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])


def neg_year(rng, style, ctx):
    return str(rng.randint(2012, 2025))


ERR = {
    "card": ["55", "75", "61", "51", "05", "A1", "Z3", "1A", "Z4"],
    "router": ["E-204", "E102", "LOS", "ERR-503", "E-08", "0x00000101", "DS-E3", "T-112", "PPP 691", "651"],
    "app": ["ERR_CONNECTION_REFUSED", "0x80070005", "E1001", "ERR-2041", "403", "500", "AUTH-17",
            "S0A00", "DNS_PROBE_FINISHED_NXDOMAIN", "ERR_TOO_MANY_REDIRECTS", "CD-1003", "0xC00D36C4"],
    "sim": ["NO SIM", "SIM ERR 38", "E21", "#38", "403"],
    "tv": ["E2", "EC-301", "S-401", "E-09", "T102", "CA-012"],
    "alarm": ["E04", "ZONE 3 FAULT", "AC-FAIL", "E11", "TMP-2", "F07"],
    "meter": ["E-003", "ERR 7", "F-12", "COM-ERR"],
}


def neg_err(rng, style, ctx):
    return rng.choice(ERR.get(style) or sum(ERR.values(), []))


FLIGHT_AIRLINES = ["KL", "SN", "HV", "TB", "BA", "FR", "U2", "LH", "AF", "DL", "UA", "AA", "EZY", "W6"]


def neg_flight(rng, style, ctx):
    a = rng.choice(FLIGHT_AIRLINES)
    return f"{a}{rng.choice(['', ' '])}{rng.randint(12, 9899)}"


def neg_hashtag(rng, style, ctx):
    return ctx.pick("hashtag")


def neg_mention(rng, style, ctx):
    b = re.sub(r"[^A-Za-z0-9]", "", ctx.brand(style or "telecom")) or "Support"
    return "@" + b + rng.choice(["", "", "Care", "_NL" if ctx.region == "NL" else "_BE" if ctx.region == "BE" else "UK" if ctx.region == "GB" else "Help",
                                 "webcare", "Helps", "Support"])


def neg_invoice(rng, style, ctx):
    return rng.choice([f"F{rng.randint(2024, 2026)}-{rd(rng, 6)}", f"{rng.randint(2024, 2026)}/{rd(rng, 6)}",
                       f"INV-{rd(rng, 5)}", f"FAC-{rd(rng, 8)}", f"{rd(rng, 10, True)}", f"VF{rd(rng, 7)}"])


def neg_order(rng, style, ctx):
    return rng.choice([f"#{rd(rng, 9, True)}", f"ORD-{rd(rng, 4)}-{rd(rng, 4)}", f"{rd(rng, 3, True)}-{rd(rng, 7)}-{rd(rng, 7)}",
                       f"{ctx.region}-{rng.randint(2024, 2026)}-{rd(rng, 6)}", f"{rd(rng, 10, True)}", f"W{rd(rng, 8)}"])


def neg_ticket(rng, style, ctx):
    return rng.choice([f"T-{rng.randint(2024, 2026)}-{rd(rng, 5)}", f"CS{rd(rng, 7)}", f"#{rd(rng, 7, True)}",
                       f"SR-1-{rd(rng, 7)}", f"INC{rd(rng, 7)}", f"{rd(rng, 8, True)}", f"CAS-{rd(rng, 5)}-{rs(rng, UPPER_DIG, 4)}"])


def neg_tracking(rng, style, ctx):
    reg = ctx.region
    opts = [lambda: "3S" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + rd(rng, 7),
            lambda: "JVGL" + rd(rng, 16),
            lambda: "1Z" + rs(rng, UPPER_DIG, 6) + rd(rng, 10),
            lambda: rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rd(rng, 9) + rng.choice(["GB", "NL", "BE"]),
            lambda: "3232" + rd(rng, 20),
            lambda: "9400 " + " ".join(rd(rng, 4) for _ in range(4)) + " " + rd(rng, 2),
            lambda: "JJD" + rd(rng, 14),
            lambda: rd(rng, 14, True)]
    return rng.choice(opts)()


def neg_reqid(rng, style, ctx):
    u = rs(rng, HEX, 32)
    return rng.choice([f"{u[:8]}-{u[8:12]}-4{u[13:16]}-a{u[17:20]}-{u[20:]}", f"req-{u[:12]}", f"{u[:16].upper()}",
                       rd(rng, 10, True)])


def neg_meter(rng, style, ctx):
    r = rng.random()
    comma = "," if ctx.region in ("NL", "BE") else "."
    if style == "water" or r < 0.3:
        return f"{rng.randint(12, 2400)}{comma}{rd(rng, 3)}" if rng.random() < 0.5 else f"{rng.randint(40, 3000):05d}"
    if r < 0.7:
        return f"{rng.randint(1000, 68000):06d}" if rng.random() < 0.4 else str(rng.randint(1200, 48000))
    return f"{rng.randint(1000, 48000)}{comma}{rd(rng, 1)}"


MODELS = {
    "router": ["H369A", "TC7200", "TG2492LG-85", "CGA4233", "F3896LG", "DGA4134", "G-240W-F", "HG8245H",
               "VMDG505", "SR203", "RBR50", "AX1800", "R7000P", "FRITZ!Box 7590", "FRITZ!Box 7530 AX",
               "Deco X20", "Smart Hub 2", "Hub 5", "b-box 3V+", "Box 3", "Experia Box v10A", "VRV9517",
               "DIR-842", "Archer C6", "XB7", "CR1000A", "TG3482G"],
    "phone": ["SM-A546B", "A2643", "SM-S911B", "Pixel 7a", "CPH2449", "moto g54", "iPhone 12", "A2849",
              "XT2343-2", "SM-G991B"],
    "alarm": ["Hub 2 Plus", "SP4000", "GC3", "AX Pro", "VX-402", "KP-160", "PG8914", "XT2", "SC-100",
              "Keypad 3"],
    "tvbox": ["DCX960", "EOS", "V7", "TV-box 4K", "DIW387", "Sky Q 2TB", "UHD Box 2", "TiVo V6", "X1 XG1v4",
              "DCI738", "Apollo"],
    "meter": ["Kaifa MA105", "Landis+Gyr E350", "Iskra AM550", "Sagemcom T210-D", "Kamstrup 162", "ZIV 5CTM",
              "Itron ACE", "SMETS2 EDMI"],
}


def neg_model(rng, style, ctx):
    return rng.choice(MODELS.get(style) or sum(MODELS.values(), []))


def neg_product(rng, style, ctx):
    if rng.random() < 0.4:
        d = "87" + rd(rng, 10)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
        return d + str((10 - s % 10) % 10)
    return rng.choice([f"SKU-{rd(rng, 5)}", f"{rd(rng, 3)}.{rd(rng, 3)}.{rd(rng, 2)}", f"ART{rd(rng, 6)}",
                       f"{rs(rng, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3)}-{rd(rng, 4)}", f"P{rd(rng, 7)}"])


def neg_version(rng, style, ctx):
    r = rng.random()
    if style == "ios" or r < 0.2:
        return f"{rng.randint(15, 18)}.{rng.randint(0, 7)}.{rng.randint(1, 3)}"
    if r < 0.45:
        return f"v{rng.randint(1, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}"
    if r < 0.65:
        return f"{rng.randint(6, 8)}.{rng.randint(1, 60):02d}"
    if r < 0.85:
        return f"{rng.randint(1, 24)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"
    return f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rd(rng, 4)}"


def neg_pct(rng, style, ctx):
    v = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 75, 80, 90, 99, 100, 12, 3])
    if ctx.lang in ("fr-be",) or rng.random() < 0.3:
        return f"{v} %"
    return f"{v}%"


def neg_qty(rng, style, ctx):
    if style == "speed":
        return rng.choice([f"{rng.choice([2, 5, 8, 12, 20, 35, 50])} Mbps", f"{rng.choice([100, 200, 500, 1000])} Mbit",
                           f"{rng.choice([1, 2, 4, 8])} Gbit/s", f"{rng.choice([3, 7, 15])} mb/s", f"{rng.choice([300, 500, 940])} Mbit/s"])
    if style == "data":
        return rng.choice([f"{rng.choice([5, 10, 20, 30, 50, 100])} GB", f"{rng.choice([500, 750])} MB", f"{rng.choice([5, 10, 20])}GB"])
    return rng.choice([f"{rng.randint(2, 5)} stuks" if ctx.lang in ("nl", "nl-be") else f"{rng.randint(2, 5)} pcs",
                       f"{rng.randint(2, 4)}x", f"{rng.randint(2, 6)} pakketten" if ctx.lang in ("nl", "nl-be") else f"{rng.randint(2, 6)} items"])


def neg_url(rng, style, ctx):
    slug = re.sub(r"[^a-z0-9]", "", ctx.brand(style if style in ("bank", "parcel", "energy", "water", "alarm") else "telecom").lower()) or "service"
    tld = {"NL": "nl", "BE": "be", "GB": "co.uk", "US": "com"}[ctx.region]
    if style == "router":
        return rng.choice(["http://192.168.1.1", "http://192.168.178.1", "http://192.168.0.1", "http://192.168.1.254",
                           "http://fritz.box", "http://10.0.0.138", "https://192.168.2.254", "http://192.168.100.1"])
    path = rng.choice(["/esim", "/wifi", "/storingen", "/mijn", "/activeren", "/help/pin", "/track", "/support/sim",
                       "/login", "/meterstand", "/contact", "/account/security"])
    return rng.choice([f"https://www.{slug}.{tld}{path}", f"www.{slug}.{tld}{path}", f"{slug}.{tld}{path}",
                       f"https://mijn.{slug}.{tld}" if ctx.region == "NL" else f"https://my.{slug}.{tld}{path}"])


def neg_mask(rng, style, ctx):
    st = style or rng.choice(["card", "iban", "phone", "email"])
    if st == "card":
        last = re.sub(r"\D", "", ctx.last_val.get("card", ""))[-4:] or rd(rng, 4)
        return rng.choice([f"**** **** **** {last}", f"**** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}",
                           f"************{last}", f"xxxx {last}"])
    if st == "iban":
        cc = {"NL": "NL", "BE": "BE", "GB": "GB", "US": "DE"}[ctx.region]
        last = rd(rng, 4)
        return rng.choice([f"{cc}** **** **** **{last[:2]} {last[2:]}", f"{cc}** **** {last}", f"{cc}XX XXXX XXXX XX{last[:2]} {last[2:]}",
                           f"****{last}"])
    if st == "phone":
        reg = ctx.region
        p = {"NL": "06", "BE": "047", "GB": "07", "US": "(***) ***-"}[reg]
        if reg == "US":
            return p + rd(rng, 4)
        return rng.choice([f"{p}******{rd(rng, 2)}", f"{p} ** ** *{rd(rng, 3)}", f"{p}-XXXX{rd(rng, 4)}"])
    if st == "email":
        f = re.sub(r"[^a-z]", "", ctx.first().lower()) or "x"
        return rng.choice([f"{f[0]}***@{ctx.email_domain()}", f"{f[:2]}*****@{ctx.email_domain()}",
                           f"{f[0]}***{f[-1]}@g****.com"])
    if st == "cust":
        return "*****" + rd(rng, 3)
    return "****" + rd(rng, 4)


def neg_port(rng, style, ctx):
    return str(rng.choice([8080, 443, 3389, 25, 587, 993, 8443, 5060, 1194, 51820, 22, 32400]))


def neg_checksum(rng, style, ctx):
    if rng.random() < 0.5:
        return rs(rng, HEX, 64)
    return rs(rng, HEX, 32)


SPAN_GEN = {"pin": gen_pin, "puk": gen_puk, "otp": gen_otp, "password": gen_password, "wifi_key": gen_wifi,
            "username": gen_username, "api_key": gen_api_key, "token": gen_token, "card": gen_card,
            "cvv": gen_cvv, "card_expiry": gen_expiry, "iban": gen_iban, "bsn": gen_bsn, "email": gen_email,
            "phone": gen_phone, "address": gen_address, "date_of_birth": gen_dob, "ip_address": gen_ip,
            "customer_number": gen_custnum}
NEG_GEN = {"amount": neg_amount, "company_phone": neg_cphone, "company_registration": neg_kvk,
           "date": neg_date, "time": neg_time, "year": neg_year, "error_code": neg_err,
           "flight_number": neg_flight, "hashtag": neg_hashtag, "mention": neg_mention,
           "invoice_number": neg_invoice, "order_number": neg_order, "ticket_number": neg_ticket,
           "tracking_number": neg_tracking, "request_id": neg_reqid, "meter_reading": neg_meter,
           "model_number": neg_model, "product_code": neg_product, "version_string": neg_version,
           "percentage": neg_pct, "quantity": neg_qty, "url": neg_url, "masked_value": neg_mask,
           "port": neg_port, "checksum": neg_checksum}
assert set(SPAN_GEN) == set(SPAN_TYPES) and set(NEG_GEN) == set(NEG_KINDS)


# ------------------------------------------------------------------ context and rendering
class Ctx:
    """Per-message context: language, region, the half's pools and caches."""

    def __init__(self, rng, lang, pools):
        self.rng = rng
        self.lang = lang
        self.region = LANG_REGION[lang]
        self.people = LANG_PEOPLE[lang]
        self.tlang = "en" if lang.startswith("en") else lang
        self.pools = pools
        self.cache = {}
        self.last_val = {}
        self.card_kind = None
        self.case = None
        self.typo = 0.0
        self.nopunct = False

    def _pick(self, key, pool_key):
        if key not in self.cache:
            self.cache[key] = self.rng.choice(self.pools[pool_key])
        return self.cache[key]

    def pick(self, what, idx=""):
        if what in ("first", "last") and idx and (what, idx) not in self.cache:
            base = self._pick((what, ""), (what, self.people))
            for _ in range(20):
                v = self.rng.choice(self.pools[(what, self.people)])
                if v != base:
                    break
            self.cache[(what, idx)] = v
        if what in ("street", "city", "first", "last"):
            return self._pick((what, idx), (what, self.people))
        if what in ("relative", "hashtag", "opener", "closer"):
            return self._pick((what, idx), (what, self.tlang if what != "relative" else self.lang))
        raise KeyError(what)

    def first(self, idx=""):
        return self.pick("first", idx)

    def last(self, idx=""):
        return self.pick("last", idx)

    def brand(self, sector):
        return self._pick(("brand", sector), ("brand", sector, self.region))

    def email_domain(self):
        if ("domain",) not in self.cache:
            if self.rng.random() < 0.55:
                self.cache[("domain",)] = self.rng.choice(self.pools[("webmail",)])
            else:
                self.cache[("domain",)] = self.rng.choice(self.pools[("domain", self.region)])
        return self.cache[("domain",)]

    def cue(self, typ):
        return self.rng.choice(self.pools[("cue", self.tlang, typ)])


def gen_ssid(rng, ctx):
    return rng.choice([
        lambda: f"H369A{rs(rng, '0123456789ABCDEF', 4)}",
        lambda: f"FRITZ!Box 7530 {rs(rng, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}",
        lambda: f"Huis{ctx.last().replace(' ', '')}",
        lambda: f"TP-Link_{rs(rng, '0123456789ABCDEF', 4)}",
        lambda: f"NETGEAR{rd(rng, 2)}",
        lambda: "Wifi-Thuis" + rng.choice(["", "-5G", "_EXT"]),
        lambda: f"Bbox-{rs(rng, '0123456789ABCDEF', 6)}",
        lambda: f"Livebox-{rs(rng, '0123456789ABCDEF', 4)}",
        lambda: f"SKY{rs(rng, UPPER_DIG, 5)}",
        lambda: f"BT-{rs(rng, UPPER_DIG, 6)}",
        lambda: f"VM{rd(rng, 7)}",
        lambda: f"MySpectrumWiFi{rs(rng, HEX, 2)}-5G",
        lambda: rng.choice(["FBI Surveillance Van", "PrettyFlyForAWiFi", "Tell my wifi love her", "Pannenkoek",
                            "LaFamille", "TheShire"]),
    ])()


FILLERS = {}


def filler(ctx, name, arg):
    rng = ctx.rng
    if name == "name":
        return ctx.first(arg or "")
    if name == "fullname":
        return f"{ctx.first(arg or '')} {ctx.last(arg or '')}"
    if name == "last":
        return ctx.last(arg or "")
    if name == "agent":
        return ctx.first("agent" + (arg or ""))
    if name == "agentfull":
        return f"{ctx.first('agent')} {ctx.last('agent')}"
    if name == "initials":
        f, l = ctx.first("agent"), ctx.last("agent")
        return "^" + f[0] + l.split()[-1][0]
    if name == "city":
        c = ctx.pick("city", arg or "")
        return c.split(",")[0]
    if name == "brand":
        return ctx.brand(arg or "telecom")
    if name == "ssid":
        if ("ssid",) not in ctx.cache:
            ctx.cache[("ssid",)] = gen_ssid(rng, ctx)
        return ctx.cache[("ssid",)]
    if name == "rel":
        return ctx.pick("relative")
    if name == "emoji":
        return rng.choice(ctx.pools[("emoji",)]) * rng.choice([1, 1, 1, 2, 3])
    if name == "cue":
        return ctx.cue(arg)
    if name == "day":
        return rng.choice(WEEKDAYS[LANG_WORDS[ctx.lang]])
    if name == "n":
        a, b = (arg or "2-5").split("-")
        return str(rng.randint(int(a), int(b)))
    if name == "hour":
        return str(rng.randint(1, 12))
    raise KeyError(name)


SLOT_RE = re.compile(r"\{\{|\}\}|\{([!~@]?)([a-z_]+)(?:\|([a-z0-9_\-]+))?\}")


class Builder:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []
        self.src = []  # (type, template id) for phrasing statistics

    def lit(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def add(self, kind, typ, val, tid):
        if not val:
            return
        rec = {"start": self.n, "end": self.n + len(val)}
        if kind == "span":
            rec = {"type": typ, **rec}
            self.spans.append(rec)
            self.src.append((typ, tid))
        else:
            rec = {"kind": typ, **rec}
            self.negs.append(rec)
        self.parts.append(val)
        self.n += len(val)

    def text(self):
        return "".join(self.parts)


TYPO_WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
KEYB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm", "wqrtyuiopoadfghjklkxcvbnmn")}


def noise_literal(s, ctx):
    if not s:
        return s
    rng = ctx.rng
    if ctx.typo > 0:
        def t(m):
            w = m.group(0)
            if rng.random() >= ctx.typo:
                return w
            i = rng.randrange(1, len(w) - 1)
            op = rng.random()
            if op < 0.3:
                return w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if op < 0.55:
                return w[:i] + w[i + 1:]
            if op < 0.75:
                return w[:i] + w[i] + w[i:]
            c = w[i].lower()
            return w[:i] + KEYB.get(c, c) + w[i + 1:]
        s = TYPO_WORD.sub(t, s)
    if ctx.nopunct:
        s = re.sub(r"[.,!?;](?=\s|$)", "", s)
        s = s.replace("'", "").replace("’", "")
    if ctx.case == "lower":
        s = s.lower()
    elif ctx.case == "upper":
        s = s.upper()
    return s


def render(tpl, ctx, b, tid):
    """Render template tpl into builder b; tid identifies the phrasing for statistics."""
    pos = 0
    rng = ctx.rng
    for m in SLOT_RE.finditer(tpl):
        b.lit(noise_literal(tpl[pos:m.start()], ctx))
        pos = m.end()
        tok = m.group(0)
        if tok == "{{":
            b.lit("{")
            continue
        if tok == "}}":
            b.lit("}")
            continue
        sig, name, style = m.group(1), m.group(2), m.group(3)
        if sig == "~":
            v = filler(ctx, name, style)
            if name not in ("emoji",) and ctx.case:
                v = v.lower() if ctx.case == "lower" else v.upper()
            b.lit(v)
        elif sig == "!":
            kind = NEG_ALIAS.get(name, name)
            v = NEG_GEN[kind](rng, style, ctx)
            b.add("neg", kind, v, tid)
        else:
            typ = SPAN_ALIAS.get(name, name)
            if typ not in SPAN_GEN:
                raise KeyError(f"unknown slot {name} in {tid}")
            if sig == "@" and typ in ctx.last_val:
                v = ctx.last_val[typ]
            elif style == "swap" and typ in ctx.last_val:
                v = swap_variant(rng, ctx.last_val[typ])
            else:
                v = SPAN_GEN[typ](rng, None if style == "swap" else style, ctx)
            ctx.last_val[typ] = v
            b.add("span", typ, v, tid)
    b.lit(noise_literal(tpl[pos:], ctx))


def swap_variant(rng, v):
    idx = [i for i in range(len(v) - 1) if v[i].isdigit() and v[i + 1].isdigit() and v[i] != v[i + 1]]
    if not idx:
        return v[:-1] + str((int(v[-1]) + 1) % 10) if v[-1:].isdigit() else v + "1"
    i = rng.choice(idx)
    return v[:i] + v[i + 1] + v[i] + v[i + 2:]


def template_slots(tpl):
    """Span types used by a template, in order (used for grouping by type)."""
    out = []
    for m in SLOT_RE.finditer(tpl):
        if m.group(0) in ("{{", "}}"):
            continue
        if m.group(1) in ("", "@"):
            out.append(SPAN_ALIAS.get(m.group(2), m.group(2)))
    return out


# ------------------------------------------------------------------ self-check
def check_record(rec):
    text = rec["text"]
    errs = []
    items = [("span", s.get("type"), s) for s in rec["spans"]] + [("neg", n.get("kind"), n) for n in rec["negatives"]]
    for kind, typ, s in items:
        st, en = s["start"], s["end"]
        if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
            errs.append(f"{kind} {typ} out of range {st}-{en}")
            continue
        val = text[st:en]
        if val != val.strip():
            errs.append(f"{kind} {typ} has surrounding whitespace: {val!r}")
        if kind == "span" and typ not in SPAN_TYPES:
            errs.append(f"unknown span type {typ}")
        if kind == "neg" and typ not in NEG_KINDS:
            errs.append(f"unknown negative kind {typ}")
        if kind == "span" and typ == "card" and not luhn_ok(val):
            errs.append(f"card fails Luhn: {val!r}")
        if kind == "span" and typ == "iban" and not iban_ok(val):
            errs.append(f"iban fails mod-97: {val!r}")
        if kind == "span" and typ == "bsn" and not bsn_ok(val):
            errs.append(f"bsn fails check: {val!r}")
    iv = sorted((s["start"], s["end"], t) for _, t, s in items)
    for a, b2 in zip(iv, iv[1:]):
        if b2[0] < a[1]:
            errs.append(f"overlap {a} / {b2}")
    return errs
