"""Value generators, checksums and the message builder for blind37 (stdlib only)."""
import re
import string

SPAN_TYPES = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card",
              "cvv", "iban", "bsn", "card_expiry", "email", "phone", "address", "date_of_birth",
              "ip_address", "customer_number"}
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card",
             "cvv", "iban", "bsn"}
NEG_KINDS = {"amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "request_id", "meter_reading", "model_number", "product_code",
             "version_string", "percentage", "quantity", "url", "masked_value", "port", "checksum"}

# ---------------------------------------------------------------- checksums
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def bsn_ok(d):
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


def rrn_ok(d):
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- word pools
DIGIT_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def lg(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[lang]


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def spell(rng, s, lang, sep=None):
    words = DIGIT_WORDS[lg(lang)]
    if lang.startswith("en") and rng.random() < 0.3:
        words = ["oh"] + words[1:]
    sep = sep if sep is not None else rng.choice([" ", " ", "-", ", "])
    return sep.join(words[int(c)] for c in s)


# ---------------------------------------------------------------- span values
def v_pin(rng, lang, ctx):
    n = rng.choice([4, 4, 4, 4, 5, 6])
    d = digits(rng, n)
    r = rng.random()
    if r < 0.1 and n == 4:
        return spell(rng, d, lang)
    if r < 0.18:
        return " ".join(d)
    return d


def v_puk(rng, lang, ctx):
    d = digits(rng, 8, True)
    r = rng.random()
    if r < 0.15:
        return d[:4] + " " + d[4:]
    if r < 0.25:
        return " ".join(d)
    return d


def v_otp(rng, lang, ctx):
    r = rng.random()
    d = digits(rng, 6)
    if r < 0.12:
        return d[:3] + "-" + d[3:]
    if r < 0.2:
        return d[:3] + " " + d[3:]
    if r < 0.27:
        return digits(rng, 4)
    if r < 0.32:
        return digits(rng, 8)
    if r < 0.38:
        return spell(rng, d, lang, " ")
    if r < 0.43:
        return alnum(rng, 6, string.ascii_uppercase + "23456789")
    return d


PW_WORDS = {
    "nl": ["Zomer", "Fietsen", "Tulp", "Koffie", "Ajax", "Hondje", "Oranje", "Molen", "Vakantie", "Regen", "Kaas", "Snoepje"],
    "fr": ["Soleil", "Chaton", "Bruxelles", "Frites", "Liege", "Maison", "Papillon", "Chocolat", "Vacances", "Gaufre"],
    "en": ["Summer", "Sunshine", "Arsenal", "Biscuit", "Dragon", "Monkey", "Charlie", "Liverpool", "Yankees", "Pumpkin", "Shadow"],
}
PP_WORDS = ["appel", "fiets", "regen", "maan", "tafel", "paars", "horse", "battery", "staple", "river", "orange",
            "lampe", "velo", "nuage", "cactus", "piano", "tiger", "kiwi", "ladder", "zebra"]


def v_password(rng, lang, ctx):
    r = rng.random()
    w = rng.choice(PW_WORDS[lg(lang)])
    if r < 0.3:
        return w + str(rng.choice([1, 12, 123, 2019, 2023, 2024, 2025, 88, 77, 1984])) + rng.choice(["!", "", "#", "?", "!!", "@"])
    if r < 0.45:
        return w.lower() + rng.choice(["_", ".", ""]) + w[::-1].lower()[:3] + digits(rng, 2)
    if r < 0.6:
        return alnum(rng, rng.randint(9, 14), string.ascii_letters + string.digits + "!#$%&*?")
    if r < 0.72:
        sep = rng.choice(["-", ".", "_"])
        return sep.join(rng.sample(PP_WORDS, rng.randint(3, 4))) + digits(rng, rng.randint(0, 2))
    if r < 0.85:
        t = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})
        return w.translate(t) + digits(rng, 2) + rng.choice(["!", "*", ""])
    return w[0] + w[1:].lower() + rng.choice(["_", ""]) + ctx.get("first", "Kim").lower() + digits(rng, 2)


def v_wifi_key(rng, lang, ctx):
    r = rng.random()
    if r < 0.35:
        return alnum(rng, rng.choice([10, 12, 13, 16]), "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if r < 0.5:
        return alnum(rng, rng.choice([10, 26]), "0123456789ABCDEF")
    if r < 0.7:
        return digits(rng, rng.choice([8, 10, 12]), True)
    if r < 0.85:
        return "-".join(alnum(rng, 4, string.ascii_lowercase + string.digits) for _ in range(4))
    w = rng.choice(PW_WORDS[lg(lang)])
    return w.lower() + rng.choice(["thuis", "home", "maison", "house"]) + digits(rng, 4)


def v_username(rng, lang, ctx):
    f = ctx.get("first", "kim").lower()
    l = ctx.get("last", "jansen").lower().replace(" ", "").replace("'", "")
    r = rng.random()
    if r < 0.25:
        return f + l[:1] + digits(rng, rng.choice([2, 4]))
    if r < 0.45:
        return f + rng.choice(["_", ".", "-"]) + l
    if r < 0.6:
        return rng.choice(["xX", "the", "Mr", "mrs", "Dj", "Lil"]) + f.capitalize() + rng.choice(["Xx", "NL", "BE", "99", "_gaming", "007"])
    if r < 0.75:
        return l + digits(rng, 3)
    if r < 0.87:
        return "U" + digits(rng, 7)
    return f[:3] + l[:4] + str(rng.randint(1960, 2005))


def v_api_key(rng, lang, ctx):
    r = rng.random()
    an = string.ascii_letters + string.digits
    if r < 0.25:
        return rng.choice(["sk_live_", "sk_test_", "rk_live_", "pk_live_"]) + alnum(rng, rng.choice([24, 32, 40]), an)
    if r < 0.4:
        return "AKIA" + alnum(rng, 16, string.ascii_uppercase + "234567")
    if r < 0.5:
        return alnum(rng, 40, an + "/+")
    if r < 0.65:
        return alnum(rng, rng.choice([32, 40]), "0123456789abcdef")
    if r < 0.75:
        return "api_" + alnum(rng, 28, an)
    if r < 0.85:
        return "SG." + alnum(rng, 22, an + "-_") + "." + alnum(rng, 43, an + "-_")
    if r < 0.93:
        return "AIza" + alnum(rng, 35, an + "-_")
    return "key-" + alnum(rng, 32, "0123456789abcdef")


def v_token(rng, lang, ctx):
    r = rng.random()
    an = string.ascii_letters + string.digits
    b64 = an + "-_"
    if r < 0.35:
        return "eyJ" + alnum(rng, 33, b64) + ".eyJ" + alnum(rng, rng.randint(40, 90), b64) + "." + alnum(rng, 43, b64)
    if r < 0.5:
        return "ghp_" + alnum(rng, 36, an)
    if r < 0.6:
        return "glpat-" + alnum(rng, 20, b64)
    if r < 0.7:
        return rng.choice(["xoxb-", "xoxp-"]) + digits(rng, 12) + "-" + digits(rng, 13) + "-" + alnum(rng, 24, an)
    if r < 0.85:
        return alnum(rng, rng.choice([32, 48, 64]), an)
    return "EAA" + alnum(rng, 120, an)


CARD_PREFIX = ["4", "4", "4", "51", "52", "53", "54", "55", "2221", "2720", "34", "37", "6759", "5018"]


def v_card(rng, lang, ctx):
    p = rng.choice(CARD_PREFIX)
    if ctx.get("opt") == "amex":
        p = rng.choice(["34", "37"])
    elif ctx.get("opt") == "visa":
        p = "4"
    if p in ("34", "37"):
        num = luhn_complete(p + digits(rng, 12))
        ctx["amex"] = True
        g = rng.random()
        if g < 0.7:
            return num[:4] + " " + num[4:10] + " " + num[10:]
        return num
    ln = 16
    if p in ("6759", "5018") and rng.random() < 0.5:
        ln = 19 if p == "6759" else 18
    num = luhn_complete(p + digits(rng, ln - len(p) - 1))
    g = rng.random()
    if ln != 16:
        return num if g < 0.5 else " ".join(num[i:i + 4] for i in range(0, ln, 4))
    if g < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if g < 0.6:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if g < 0.67:
        return ".".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def v_cvv(rng, lang, ctx):
    if ctx.get("amex"):
        return digits(rng, 4)
    return digits(rng, 3)


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def v_card_expiry(rng, lang, ctx):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    r = rng.random()
    if r < 0.5:
        return "%02d/%02d" % (m, y)
    if r < 0.65:
        return "%02d/20%02d" % (m, y)
    if r < 0.75:
        return "%02d-%02d" % (m, y)
    if r < 0.85:
        return "%d/%02d" % (m, y)
    return MONTHS[lg(lang)][m - 1][:3].lower() + " 20%02d" % y


def _iban_val(rng, cc):
    if cc == "NL":
        return iban_make("NL", rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + digits(rng, 10))
    if cc == "BE":
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        return iban_make("BE", b + "%02d" % c)
    if cc == "FR":
        return iban_make("FR", digits(rng, 10) + alnum(rng, 11, string.digits) + digits(rng, 2))
    if cc == "DE":
        return iban_make("DE", digits(rng, 18))
    if cc == "GB":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    if cc == "LU":
        return iban_make("LU", digits(rng, 16))
    return iban_make("ES", digits(rng, 20))


def v_iban(rng, lang, ctx):
    cc = {"nl": ["NL"] * 8 + ["BE", "DE"], "nl-be": ["BE"] * 8 + ["NL", "LU"], "fr-be": ["BE"] * 7 + ["FR", "FR", "LU"],
          "en-gb": ["GB"] * 6 + ["NL", "DE", "ES"], "en-us": ["GB", "NL", "DE", "FR", "ES"]}[lang]
    s = _iban_val(rng, rng.choice(cc))
    r = rng.random()
    if r < 0.5:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.6:
        return s.lower()
    if r < 0.68:
        return s[:2] + " " + s[2:4] + " " + " ".join(s[i:i + 4] for i in range(4, len(s), 4))
    if r < 0.72:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    return s


def v_bsn(rng, lang, ctx):
    if lang in ("nl-be", "fr-be") or (lang == "nl" and rng.random() < 0.1):
        y, m, d = rng.randint(40, 99), rng.randint(1, 12), rng.randint(1, 28)
        seq = rng.randint(1, 997)
        base = "%02d%02d%02d%03d" % (y, m, d, seq)
        chk = 97 - int(base) % 97
        r = rng.random()
        if r < 0.5:
            return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:], chk)
        if r < 0.7:
            return "%s%02d" % (base, chk)
        return "%s%s%s-%s-%02d" % (base[:2], base[2:4], base[4:6], base[6:], chk)
    while True:
        d = digits(rng, 8, True)
        for last in "0123456789":
            if bsn_ok(d + last):
                s = d + last
                r = rng.random()
                if r < 0.15:
                    return s[:4] + "." + s[4:6] + "." + s[6:]
                if r < 0.3:
                    return s[:3] + " " + s[3:6] + " " + s[6:]
                return s


def v_phone(rng, lang, ctx):
    r = rng.random()
    if lang == "nl":
        d = digits(rng, 8)
        opts = ["06-" + d, "06 " + d[:2] + " " + d[2:4] + " " + d[4:6] + " " + d[6:], "+31 6 " + d, "+316" + d,
                "0031 6 " + d, "06" + d, "0" + rng.choice(["20", "10", "30", "40", "50", "70"]) + "-" + digits(rng, 7)]
    elif lang in ("nl-be", "fr-be"):
        a = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "494", "496"])
        d = digits(rng, 6)
        opts = ["0" + a + " " + d[:2] + " " + d[2:4] + " " + d[4:], "+32 " + a + " " + d[:2] + " " + d[2:4] + " " + d[4:],
                "0" + a + "/" + d[:2] + "." + d[2:4] + "." + d[4:], "0032" + a + d, "0" + a + d,
                "0" + rng.choice(["2", "3", "9"]) + " " + digits(rng, 3) + " " + digits(rng, 2) + " " + digits(rng, 2)]
    elif lang == "en-gb":
        d = digits(rng, 6)
        opts = ["07" + digits(rng, 3) + " " + d, "+44 7" + digits(rng, 3) + " " + d, "07" + digits(rng, 3) + d,
                "+447" + digits(rng, 3) + d, "020 " + digits(rng, 4) + " " + digits(rng, 4), "0161 " + digits(rng, 3) + " " + digits(rng, 4)]
    else:
        a = str(rng.choice([212, 312, 415, 503, 617, 646, 702, 713, 818, 917]))
        x, y = digits(rng, 3, True), digits(rng, 4)
        opts = ["(" + a + ") " + x + "-" + y, a + "-" + x + "-" + y, "+1 " + a + " " + x + " " + y, a + "." + x + "." + y,
                "1-" + a + "-" + x + "-" + y, a + x + y]
    return rng.choice(opts)


MAIL_DOMAINS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl"],
                "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
                "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "yahoo.fr", "outlook.be", "live.be"],
                "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
                "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com"]}


def _norm(s):
    t = str.maketrans("éèêëàâäïîôöûüç", "eeeeaaaiioouuc")
    return s.lower().translate(t).replace(" ", "").replace("'", "")


def v_email(rng, lang, ctx, obfuscate=True):
    f, l = _norm(ctx.get("first", "kim")), _norm(ctx.get("last", "jansen"))
    dom = rng.choice(MAIL_DOMAINS[lang])
    loc = rng.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l[:3], f + l[:1] + digits(rng, 2), l + "." + f, f + str(rng.randint(60, 99))])
    r = rng.random()
    if obfuscate and r < 0.07:
        return " . ".join(loc.split(".")) + " @ " + " . ".join(dom.split("."))
    if obfuscate and r < 0.12:
        at = {"nl": " apenstaartje ", "fr": " arobase ", "en": " at "}[lg(lang)]
        dot = {"nl": " punt ", "fr": " point ", "en": " dot "}[lg(lang)]
        return loc.replace(".", dot) + at + dom.replace(".", dot)
    if obfuscate and r < 0.16:
        return (loc + "@" + dom).upper()
    return loc + "@" + dom


def v_address(rng, lang, ctx, multiline=None):
    pools = ctx["pools"]
    st = rng.choice(pools["street_" + lang])
    city, pc = rng.choice(pools["city_" + lang])
    n = str(rng.randint(1, 240))
    ml = multiline if multiline is not None else rng.random() < 0.2
    sep = "\n" if ml else rng.choice([", ", ", ", " "])
    if lang == "nl":
        pcx = pc + digits(rng, 2, True) + rng.choice([" ", ""]) + alnum(rng, 2, "ABCDEGHJKLMNPRSTVWXZ")
        num = n + rng.choice(["", "", "", "a", "-2", " hs", "B"])
        return st + " " + num + sep + pcx + " " + city
    if lang == "nl-be":
        num = n + rng.choice(["", "", " bus 3", "/2", " bus 101"])
        return st + " " + num + sep + pc + " " + city
    if lang == "fr-be":
        num = n + rng.choice(["", "", " bte 4", "/12", " boîte 2"])
        if rng.random() < 0.3:
            return num + ", " + st + sep + pc + " " + city
        return st + " " + num + sep + pc + " " + city
    if lang == "en-gb":
        pcx = pc + digits(rng, 1, True) + " " + digits(rng, 1, True) + alnum(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")
        pre = rng.choice(["", "", "Flat " + str(rng.randint(1, 20)) + ", "])
        return pre + n + " " + st + sep + city + (" " if sep != "\n" else "\n") + pcx
    zip_ = pc + digits(rng, 2)
    apt = rng.choice(["", "", ", Apt " + str(rng.randint(1, 12)) + rng.choice(["A", "B", ""]), " #" + str(rng.randint(2, 40))])
    return n + " " + st + apt + sep + city + ", " + zip_


def v_date_of_birth(rng, lang, ctx):
    y, m, d = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    L = lg(lang)
    if L == "en" and lang == "en-us":
        opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d-%02d-%02d" % (y, m, d), "%d/%d/%02d" % (m, d, y % 100)]
    elif L == "en":
        opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d%s %s %d" % (d, "th", MONTHS["en"][m - 1][:3], y), "%02d.%02d.%d" % (d, m, y)]
    else:
        opts = ["%02d-%02d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[L][m - 1], y), "%02d.%02d.%d" % (d, m, y), "%d-%d-%d" % (d, m, y)]
    return opts[int(r * len(opts))]


def v_ip_address(rng, lang, ctx):
    if rng.random() < 0.12:
        return "2a02:" + ":".join("%x" % rng.randint(0, 65535) for _ in range(3)) + "::" + "%x" % rng.randint(1, 65535)
    a = rng.choice([31, 37, 77, 81, 84, 86, 94, 109, 145, 178, 188, 212, 217, 62, 85, 73, 98])
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def v_customer_number(rng, lang, ctx):
    r = rng.random()
    if r < 0.2:
        return digits(rng, rng.choice([7, 8, 9, 10]), True)
    if r < 0.3:
        return "KL" + digits(rng, 7)
    if r < 0.4:
        return rng.choice(["CUST-", "C-", "K", "M", "LID"]) + digits(rng, rng.choice([6, 7, 8]))
    if r < 0.55:
        d = digits(rng, 13)
        return d[:4] + " " + d[4:8] + " " + d[8:12] + " " + d[12]
    if r < 0.65:
        return digits(rng, 10, True)  # frequent-flyer style
    if r < 0.75:
        return "6340 " + digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 4)
    if r < 0.85:
        return digits(rng, 3) + "-" + digits(rng, 3) + "-" + digits(rng, 3)
    return alnum(rng, 2, string.ascii_uppercase) + digits(rng, 8)


# ---------------------------------------------------------------- negatives
def n_amount(rng, lang, ctx):
    v = rng.randint(3, 1400) + rng.choice([0.99, 0.95, 0.5, 0.0, 0.49, 0.25])
    L = lg(lang)
    if lang == "en-gb":
        return "£" + "%.2f" % v
    if lang == "en-us":
        return "$" + "%.2f" % v
    s = ("%.2f" % v).replace(".", ",")
    return rng.choice(["€ " + s, "€" + s, s + " EUR", s + " €", "EUR " + s])


COMPANY_PHONES = {"nl": ["088 - 225 5555", "0900-0400", "020 - 794 32 10", "085 888 1234", "0800-0233", "088-236 7000", "0900 1234 567"],
                  "nl-be": ["02 201 23 45", "078 15 15 15", "070 22 00 00", "02/ 710 12 12", "0800 97 123", "078 05 05 05"],
                  "fr-be": ["02 201 23 45", "078 15 15 15", "070 22 00 00", "02/ 710 12 12", "0800 97 123", "078 05 05 05"],
                  "en-gb": ["0345 600 3030", "0800 028 8828", "0333 200 1234", "0344 800 4000", "0330 088 3030", "0800 123 4567"],
                  "en-us": ["1-800-201-7575", "(888) 280-4331", "1-866-216-1072", "800-225-5345", "1 (800) 433-7300", "1-877-438-2583"]}


def n_company_phone(rng, lang, ctx):
    return rng.choice(COMPANY_PHONES[lang][ctx.get("half", 0)::2])


def n_company_registration(rng, lang, ctx):
    r = rng.random()
    if lang == "nl" or r < 0.2:
        return rng.choice([digits(rng, 8, True), "NL" + digits(rng, 9) + "B01"])
    if lang in ("nl-be", "fr-be"):
        d = "0" + digits(rng, 9)
        return rng.choice(["BE " + d[:4] + "." + d[4:7] + "." + d[7:], "BE" + d, d[:4] + "." + d[4:7] + "." + d[7:]])
    if lang == "en-gb":
        return rng.choice(["GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2), digits(rng, 8)])
    return digits(rng, 2) + "-" + digits(rng, 7)


def n_date(rng, lang, ctx):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.choice([2025, 2026])
    L = lg(lang)
    if lang == "en-us":
        return rng.choice(["%d/%d/%d" % (m, d, y), "%s %d" % (MONTHS["en"][m - 1], d), "%02d/%02d" % (m, d)])
    if L == "en":
        return rng.choice(["%d/%d/%d" % (d, m, y), "%d %s" % (d, MONTHS["en"][m - 1]), "%02d/%02d/%d" % (d, m, y)])
    return rng.choice(["%d-%d-%d" % (d, m, y), "%d %s" % (d, MONTHS[L][m - 1]), "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d/%d" % (d, m)])


def n_time(rng, lang, ctx):
    h, m = rng.randint(6, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 55, 12, 37])
    if lang == "en-us":
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "am" if h < 12 else "pm")
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, m), "%02d:%02d" % (h, m)])
    return rng.choice(["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%d:%02d" % (h, m)])


def n_year(rng, lang, ctx):
    return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026]))


def n_error_code(rng, lang, ctx):
    return rng.choice(["E-" + digits(rng, 3), "ERR_" + rng.choice(["PAYMENT_DECLINED", "CARD_EXPIRED", "SESSION_TIMEOUT", "3DS_FAILED"]),
                       "0x8007" + alnum(rng, 4, "0123456789ABCDEF"), "PAY-" + digits(rng, 4), digits(rng, 3, True), "CB" + digits(rng, 3),
                       "Error " + digits(rng, 4, True), "AUTH_" + digits(rng, 3), "E" + digits(rng, 2)])


AIRLINES = ["KL", "HV", "SN", "BA", "FR", "U2", "TB", "LH", "AF", "DL", "UA", "AA", "W6", "VY", "TO"]


def n_flight_number(rng, lang, ctx):
    return rng.choice(AIRLINES) + rng.choice(["", " "]) + str(rng.randint(11, 8999))


def n_invoice_number(rng, lang, ctx):
    return rng.choice(["F" + n_year(rng, lang, ctx) + "-" + digits(rng, 5), "INV-" + digits(rng, 6), digits(rng, 10, True),
                       "FA" + digits(rng, 8), "2026" + digits(rng, 6), "VF-" + digits(rng, 7)])


def n_order_number(rng, lang, ctx):
    r = rng.random()
    if r < 0.2:
        return digits(rng, 3, True) + "-" + digits(rng, 7) + "-" + digits(rng, 7)
    if r < 0.35:
        return digits(rng, 10, True)
    if r < 0.5:
        return alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")  # booking reference / PNR
    if r < 0.6:
        return "ORD-" + digits(rng, 8)
    if r < 0.7:
        return "#" + digits(rng, 6)
    if r < 0.8:
        return rng.choice(["NL", "BE", "UK", "US"]) + digits(rng, 9)
    if r < 0.9:
        return digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4)
    return rng.choice(["BK", "RES", "A"]) + digits(rng, 7)


def n_ticket_number(rng, lang, ctx):
    return rng.choice(["#" + digits(rng, 6, True), "CS" + digits(rng, 8), digits(rng, 3) + "-" + digits(rng, 10),
                       "Case " + digits(rng, 8), "INC" + digits(rng, 7), "T-" + digits(rng, 5), digits(rng, 8, True)])


def n_tracking_number(rng, lang, ctx):
    up = string.ascii_uppercase
    return rng.choice(["3S" + alnum(rng, 4, up) + digits(rng, 7), "JVGL" + digits(rng, 10), "1Z" + alnum(rng, 6, up + string.digits) + digits(rng, 10),
                       alnum(rng, 2, up) + digits(rng, 9) + rng.choice(["GB", "NL", "BE"]), "3232" + digits(rng, 20), digits(rng, 12, True),
                       "CD" + digits(rng, 9) + "BE", "9400" + digits(rng, 18), "H" + digits(rng, 15), "JJD" + digits(rng, 18)])


def n_request_id(rng, lang, ctx):
    h = "0123456789abcdef"
    return rng.choice(["req_" + alnum(rng, 14, string.ascii_letters + string.digits),
                       "-".join(alnum(rng, n, h) for n in (8, 4, 4, 4, 12)), alnum(rng, 16, h).upper()])


def n_meter_reading(rng, lang, ctx):
    return rng.choice([digits(rng, 5, True), digits(rng, 5, True) + "," + digits(rng, 1), digits(rng, 4, True) + " kWh"])


def n_model_number(rng, lang, ctx):
    return rng.choice(["SM-A" + digits(rng, 3) + "B", "WH-1000XM" + str(rng.randint(3, 5)), "KD-" + digits(rng, 2) + "X80L",
                       "A" + digits(rng, 4), "HR" + digits(rng, 4) + "/" + digits(rng, 2), "iPhone 1" + str(rng.randint(2, 6)),
                       "RT-AX" + digits(rng, 2), "WGB" + digits(rng, 4) + "NL", "S" + digits(rng, 3) + "-" + alnum(rng, 2, string.ascii_uppercase)])


def n_product_code(rng, lang, ctx):
    r = rng.random()
    if r < 0.35:
        return luhn_complete("87" + digits(rng, 10))  # EAN-ish (not checked)
    if r < 0.6:
        return rng.choice(["SKU ", "art. ", ""]) + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 2)
    return rng.choice(["B0", "X00"]) + alnum(rng, 8, string.ascii_uppercase + string.digits)


def n_giftcard(rng, lang, ctx):
    return "-".join(alnum(rng, 4, string.ascii_uppercase + "23456789") for _ in range(rng.choice([3, 4])))


def n_version_string(rng, lang, ctx):
    return rng.choice(["v", "", "versie ", ""]) .strip() + "%d.%d.%d" % (rng.randint(1, 17), rng.randint(0, 40), rng.randint(0, 12))


def n_percentage(rng, lang, ctx):
    return rng.choice(["%d%%", "%d %%", "-%d%%"]) % rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 70])


def n_quantity(rng, lang, ctx):
    n = rng.randint(2, 12)
    L = lg(lang)
    return rng.choice(["%dx" % n, "%d x" % n, {"nl": "%d stuks", "fr": "%d pièces", "en": "%d items"}[L] % n,
                       {"nl": "%d pakketten", "fr": "%d colis", "en": "%d parcels"}[L] % n, "%d kg" % n])


URL_PATHS = {"nl": ["klantenservice", "retourneren", "mijn-account/bestellingen", "track-en-trace"],
             "fr": ["service-clients", "retours", "mon-compte/commandes", "suivi"],
             "en": ["help", "returns", "account/orders", "track"]}


def n_url(rng, lang, ctx):
    b = ctx.get("brand_dom", "shop.example")
    p = rng.choice(URL_PATHS[lg(lang)])
    return rng.choice(["https://www.%s/%s" % (b, p), "https://%s/track?id=%s" % (b, digits(rng, 10)), "www.%s/%s" % (b, p),
                       "https://www.%s/account/orders" % b, "%s/help" % b, "https://m.%s/b/%s" % (b, alnum(rng, 6))])


def n_masked_value(rng, lang, ctx):
    return rng.choice(["**** " + digits(rng, 4), "XXXX-XXXX-XXXX-" + digits(rng, 4), "NL** **** **** **" + digits(rng, 2) + " " + digits(rng, 2),
                       "BE** **** **** " + digits(rng, 4), "•••• " + digits(rng, 4), "06-******" + digits(rng, 2), "+44 7*** ***" + digits(rng, 3),
                       "************" + digits(rng, 4), "***" + digits(rng, 3)])


def n_port(rng, lang, ctx):
    return str(rng.choice([443, 8080, 8443, 3000, 5432, 25, 587, 993, 1194]))


def n_checksum(rng, lang, ctx):
    return rng.choice([alnum(rng, 64, "0123456789abcdef"), alnum(rng, 32, "0123456789abcdef")])


def n_hashtag(rng, lang, ctx):
    b = ctx.get("brand", "Shop").replace(" ", "").replace(".", "")
    return "#" + rng.choice([b + "Fail", b, "klantenservice", "slechteservice", "pakketje", "geenpakket", "customerservice", "fail",
                             "delay", "vol", "retard", "colis", "nietgeleverd", "stillwaiting", "annulé"])


def n_mention(rng, lang, ctx):
    return "@" + ctx.get("handle", "shop_care")


GEN = {}
for _k in list(globals()):
    if _k.startswith("v_"):
        GEN[_k[2:]] = globals()[_k]
    elif _k.startswith("n_") and _k[2:] in NEG_KINDS:
        GEN[_k[2:]] = globals()[_k]
GEN["giftcard"] = n_giftcard  # labelled as negative kind product_code
assert set(GEN) >= SPAN_TYPES | NEG_KINDS, (SPAN_TYPES | NEG_KINDS) - set(GEN)


# ---------------------------------------------------------------- builder
TOKEN = re.compile(r"\{\{|\}\}|\{([a-z_]+)(?::([a-z]+))?\}")


class Msg:
    def __init__(self):
        self.parts = []  # (text, label) label None | ("span", type) | ("neg", kind)

    def lit(self, s):
        if s:
            self.parts.append((s, None))

    def add(self, other):
        self.parts.extend(other.parts)

    def render(self):
        text, spans, negs = "", [], []
        for s, lab in self.parts:
            if lab:
                (spans if lab[0] == "span" else negs).append({("type" if lab[0] == "span" else "kind"): lab[1], "start": len(text), "end": len(text) + len(s)})
            text += s
        return text, spans, negs

    def transform_literals(self, fn):
        self.parts = [(fn(s) if lab is None else s, lab) for s, lab in self.parts]

    def prefix_lines(self, pre):
        out = [(pre, None)]
        for s, lab in self.parts:
            out.append((s.replace("\n", "\n" + pre), lab))
        self.parts = out


def fill(rng, lang, tmpl, ctx, fills):
    """Render a template string into a Msg. `fills` maps plain fill names to callables."""
    m = Msg()
    pos = 0
    for mt in TOKEN.finditer(tmpl):
        m.lit(tmpl[pos:mt.start()])
        pos = mt.end()
        tok = mt.group(0)
        if tok == "{{":
            m.lit("{")
            continue
        if tok == "}}":
            m.lit("}")
            continue
        name, opt = mt.group(1), mt.group(2)
        if name in ctx.get("fixed", {}):
            val, lab = ctx["fixed"][name]
            m.parts.append((val, lab))
            continue
        ctx["opt"] = opt
        if name in SPAN_TYPES:
            val = GEN[name](rng, lang, ctx)
            lab = ("span", name)
            ctx.setdefault("used", []).append(name)
        elif name == "giftcard":
            val, lab = GEN[name](rng, lang, ctx), ("neg", "product_code")
        elif name == "quantity" and opt == "n":
            val, lab = str(rng.randint(2, 12)), ("neg", name)
        elif name in NEG_KINDS:
            val, lab = GEN[name](rng, lang, ctx), ("neg", name)
        elif name in fills:
            val, lab = fills[name](), None
        else:
            raise KeyError(name)
        if opt == "same":  # reuse the persona's own value, e.g. own e-mail
            pass
        m.parts.append((val, lab))
        if lab and opt == "keep":
            ctx.setdefault("fixed", {})[name] = (val, lab)
    m.lit(tmpl[pos:])
    return m
