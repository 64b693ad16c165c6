"""Value generators for the blind45 corpus (stdlib only).

Every generator takes (rng, ctx, variant, locale) and returns a string.  `ctx` is the
per-message cache (so that a name and an e-mail address can agree), `locale` is one of
nl, nl-be, fr-be, en-gb, en-us.
"""
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n, first_nonzero=True):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------- checks

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= 12 and tot % 10 == 0


def iban_ok(iban):
    s = "".join(c for c in iban if c.isalnum()).upper()
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- high risk

def card(rng, ctx, variant, loc):
    kind = variant or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12, False)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13, False)
    elif kind == "maestro":
        body = "6759" + digits(rng, 11, False)
    else:
        body = "4" + digits(rng, 14, False)
    for c in range(10):
        if luhn_ok(body + str(c)):
            num = body + str(c)
            break
    ctx["_card_last4"] = num[-4:]
    ctx["_card_kind"] = kind
    style = rng.random()
    if kind == "amex":
        if style < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num if style < 0.85 else f"{num[:4]}-{num[4:10]}-{num[10:]}"
    if style < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.65:
        return num
    if style < 0.8:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.9:
        return ".".join(num[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(num[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, ctx, variant, loc):
    if ctx.get("_card_kind") == "amex":
        return digits(rng, 4, False)
    return digits(rng, 3, False)


def card_expiry(rng, ctx, variant, loc):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


def _iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban(rng, ctx, variant, loc):
    cc = variant.upper() if variant else None
    if not cc:
        cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE"}.get(loc, rng.choice(["GB", "NL", "DE", "FR"]))
        if rng.random() < 0.2:
            cc = rng.choice(["NL", "BE", "DE", "FR", "GB", "LU"])
    if cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10, False)
    elif cc == "BE":
        n = digits(rng, 10, False)
        c = int(n) % 97 or 97
        bban = n + f"{c:02d}"
    elif cc == "DE":
        bban = digits(rng, 18, False)
    elif cc == "FR":
        bban = digits(rng, 10, False) + digits(rng, 11, False) + digits(rng, 2, False)
    elif cc == "LU":
        bban = digits(rng, 3, False) + digits(rng, 13, False)
    else:
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD", "MONZ"]) + digits(rng, 14, False)
    ib = cc + _iban_check(cc, bban) + bban
    st = rng.random()
    if st < 0.5:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif st < 0.8:
        out = ib
    elif st < 0.9:
        out = ib.lower()
    else:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    return out


def bsn(rng, ctx, variant, loc):
    kind = variant or ("rrn" if loc in ("nl-be", "fr-be") else "bsn")
    if kind == "rrn":
        while True:
            yy = rng.randint(0, 99)
            mm = rng.randint(1, 12)
            dd = rng.randint(1, 28)
            seq = rng.randint(1, 997)
            base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
            born2000 = yy < 10
            n = int(("2" + base) if born2000 else base)
            chk = 97 - n % 97
            v = base + f"{chk:02d}"
            if rrn_ok(v):
                break
        st = rng.random()
        if st < 0.45:
            return f"{v[0:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
        if st < 0.7:
            return v
        if st < 0.85:
            return f"{v[0:6]} {v[6:9]} {v[9:]}"
        return f"{v[0:6]}-{v[6:9]}-{v[9:]}"
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            v = "".join(map(str, d)) + str(last)
            if bsn_ok(v):
                break
    st = rng.random()
    if st < 0.6:
        return v
    if st < 0.8:
        return f"{v[:4]}.{v[4:6]}.{v[6:]}"
    return f"{v[:3]} {v[3:6]} {v[6:]}"


WORDS = ["zomer", "winter", "koffie", "tulp", "fiets", "molen", "dragon", "sunset", "pizza", "bakkerij",
         "soleil", "maison", "chocolat", "falcon", "rocket", "harbour", "kaas", "appel", "tiger", "meeuw",
         "orange", "velo", "biscuit", "storm", "anker", "lighthouse", "panda", "wortel"]
SYM = "!#$%&*?+=@^~"


def password(rng, ctx, variant, loc):
    st = variant or rng.choice(["word", "word", "random", "random", "phrase", "leet", "db"])
    if st == "word":
        w = rng.choice(WORDS)
        return w.capitalize() + str(rng.randint(1, 2025)) + rng.choice(["!", "#", "", "?", "$"]) + rng.choice(["", "", "x"])
    if st == "random":
        return rs(rng, string.ascii_letters + string.digits + "!#$%&*", rng.randint(10, 18)) + rng.choice(string.digits)
    if st == "phrase":
        return rng.choice(["-", "_", "."]).join(rng.sample(WORDS, 3)) + str(rng.randint(1, 99))
    if st == "leet":
        w = rng.choice(WORDS).replace("e", "3").replace("a", "@").replace("o", "0")
        return w.capitalize() + rs(rng, string.digits, 2) + rng.choice(SYM)
    if st == "authcode":
        return rs(rng, string.ascii_letters + string.digits + "#$%!&", rng.randint(12, 16)) + rng.choice(string.ascii_letters)
    # db / service passwords: long-ish, no @ or : (url safe)
    return rs(rng, string.ascii_letters + string.digits, rng.randint(16, 28)) + rng.choice(string.digits)


def pin(rng, ctx, variant, loc):
    n = {"door": rng.choice([4, 5, 6]), "sim": 4, "card": 4}.get(variant, rng.choice([4, 4, 4, 5, 6]))
    return digits(rng, n, False)


def puk(rng, ctx, variant, loc):
    return digits(rng, 8, False)


NUMWORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, ctx, variant, loc):
    if variant == "backup":
        st = rng.random()
        if st < 0.4:
            return rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) + "-" + rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4)
        if st < 0.7:
            return digits(rng, 4, False) + " " + digits(rng, 4, False)
        return digits(rng, 8, False)
    if variant == "words":
        d = digits(rng, 6, False)
        return " ".join(NUMWORDS[loc][int(c)] for c in d)
    n = rng.choice([6, 6, 6, 6, 5, 8])
    d = digits(rng, n, False)
    st = rng.random()
    if n == 6 and st < 0.15:
        return d[:3] + " " + d[3:]
    if n == 6 and st < 0.22:
        return d[:3] + "-" + d[3:]
    if st > 0.93:
        return "G-" + d if n == 6 else d
    return d


def wifi_key(rng, ctx, variant, loc):
    st = rng.random()
    if st < 0.35:
        return rs(rng, string.ascii_uppercase + string.digits, 4) + "-" + rs(rng, string.ascii_uppercase + string.digits, 4) + "-" + rs(rng, string.ascii_uppercase + string.digits, 4)
    if st < 0.7:
        return rng.choice(WORDS).capitalize() + rng.choice(WORDS) + str(rng.randint(10, 999))
    return rs(rng, string.ascii_letters + string.digits, rng.randint(12, 20))


def username(rng, ctx, variant, loc):
    first = ctx.get("_first", "jan").lower()
    last = ctx.get("_last", "peeters").lower().replace(" ", "").replace("'", "")
    st = variant or rng.choice(["plain", "plain", "svc", "db", "ftp", "admin"])
    if st == "plain":
        return rng.choice([first + last[:1], first[0] + last, first + "." + last, last + str(rng.randint(1, 99)), first + "_" + last[:4]])
    if st == "svc":
        return rng.choice(["deploy", "webshop", "api", "svc", "backup", "ci"]) + rng.choice(["_", "-", ""]) + rng.choice(["prod", "bot", "user", last[:5]])
    if st == "db":
        return rng.choice(["wp_", "shop_", "db_", "u", "app_"]) + rs(rng, string.ascii_lowercase + string.digits, rng.randint(5, 9))
    if st == "ftp":
        return rng.choice(["ftp_", "ftp-", ""]) + last[:6] + rng.choice(["", str(rng.randint(1, 9)), "shop"])
    if st == "cpanel":
        return last[:8] + rs(rng, string.digits, 2)
    return rng.choice(["admin", "beheer", "root", "administrator", "shopadmin", "webmaster"]) + rng.choice(["", "", "_" + last[:4], str(rng.randint(1, 9))])


def api_key(rng, ctx, variant, loc):
    v = variant or rng.choice(["stripe_sk", "stripe_sk", "stripe_rk", "mollie", "mollie", "aws_id", "sendgrid", "mailgun",
                               "openai", "google", "woo_ck", "woo_cs", "mailchimp", "algolia", "cloudflare_global",
                               "postmark", "whsec", "adyen", "paypal_secret", "anthropic", "brevo", "heroku"])
    mode = rng.choice(["live", "live", "test"])
    if v == "stripe_sk":
        return f"sk_{mode}_" + rs(rng, ALNUM, rng.choice([24, 99]))
    if v == "stripe_pk":
        return f"pk_{mode}_" + rs(rng, ALNUM, 99)
    if v == "stripe_rk":
        return f"rk_{mode}_" + rs(rng, ALNUM, 99)
    if v == "whsec":
        return "whsec_" + rs(rng, ALNUM, 32)
    if v == "mollie":
        return rng.choice(["live_", "test_"]) + rs(rng, ALNUM, 30)
    if v == "aws_id":
        return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, string.ascii_uppercase + "234567", 16)
    if v == "aws_secret":
        return rs(rng, string.ascii_letters + string.digits + "+/", 40)
    if v == "sendgrid":
        return "SG." + rs(rng, B64URL, 22) + "." + rs(rng, B64URL, 43)
    if v == "mailgun":
        return "key-" + rs(rng, HEX, 32)
    if v == "openai":
        return "sk-proj-" + rs(rng, B64URL, 48)
    if v == "anthropic":
        return "sk-ant-api03-" + rs(rng, B64URL, 93) + "AA"
    if v == "google":
        return "AIza" + rs(rng, B64URL, 35)
    if v == "woo_ck":
        return "ck_" + rs(rng, HEX, 40)
    if v == "woo_cs":
        return "cs_" + rs(rng, HEX, 40)
    if v == "mailchimp":
        return rs(rng, HEX, 32) + "-us" + str(rng.randint(1, 21))
    if v == "algolia":
        return rs(rng, HEX, 32)
    if v == "cloudflare_global":
        return rs(rng, HEX, 37)
    if v == "postmark":
        return "-".join(rs(rng, HEX, n) for n in (8, 4, 4, 4, 12))
    if v == "heroku":
        return "-".join(rs(rng, HEX, n) for n in (8, 4, 4, 4, 12))
    if v == "adyen":
        return "AQE" + rs(rng, ALNUM, 20) + "+" + rs(rng, ALNUM, 30) + "=-" + rs(rng, ALNUM, 40)
    if v == "paypal_secret":
        return "E" + rs(rng, B64URL, 79)
    if v == "paypal_id":
        return "A" + rs(rng, B64URL, 79)
    if v == "brevo":
        return "xkeysib-" + rs(rng, HEX, 64) + "-" + rs(rng, ALNUM, 16)
    if v == "shopify_secret":
        return "shpss_" + rs(rng, HEX, 32)
    if v == "mapbox":
        return "sk.eyJ1Ijoi" + rs(rng, B64URL, 40) + "." + rs(rng, B64URL, 22)
    if v == "generic":
        return rs(rng, ALNUM, 32)
    raise KeyError(v)


def _jwt(rng):
    head = rng.choice(["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"])
    return head + ".eyJ" + rs(rng, B64URL, rng.randint(40, 90)) + "." + rs(rng, B64URL, 43)


def token(rng, ctx, variant, loc):
    v = variant or rng.choice(["ghp", "ghp", "github_pat", "glpat", "slack", "jwt", "jwt", "bearer", "npm", "shpat",
                               "twilio", "do", "telegram", "session", "refresh", "vercel", "hex"])
    if v == "ghp":
        return "ghp_" + rs(rng, ALNUM, 36)
    if v == "github_pat":
        return "github_pat_11" + rs(rng, string.ascii_uppercase + string.digits, 20) + "_" + rs(rng, ALNUM, 59)
    if v == "glpat":
        return "glpat-" + rs(rng, B64URL, 20)
    if v == "slack":
        return rng.choice(["xoxb-", "xoxp-"]) + digits(rng, 12) + "-" + digits(rng, 13) + "-" + rs(rng, ALNUM, 24)
    if v == "jwt":
        return _jwt(rng)
    if v == "bearer":
        return rs(rng, ALNUM, rng.choice([32, 40, 64]))
    if v == "npm":
        return "npm_" + rs(rng, ALNUM, 36)
    if v == "shpat":
        return rng.choice(["shpat_", "shpca_"]) + rs(rng, HEX, 32)
    if v == "twilio":
        return rs(rng, HEX, 32)
    if v == "do":
        return "dop_v1_" + rs(rng, HEX, 64)
    if v == "telegram":
        return digits(rng, 10) + ":AA" + rs(rng, B64URL, 33)
    if v == "session":
        return rs(rng, string.ascii_lowercase + string.digits, 26)
    if v == "refresh":
        return "1//0" + rs(rng, B64URL, 60)
    if v == "vercel":
        return rs(rng, ALNUM, 24)
    if v == "hex":
        return rs(rng, HEX, rng.choice([32, 40, 48]))
    if v == "cf":
        return rs(rng, B64URL, 40)
    raise KeyError(v)


# ---------------------------------------------------------------- other personal data

def email(rng, ctx, variant, loc):
    first = ctx.get("_first", "sam").lower()
    last = ctx.get("_last", "jansen").lower().replace(" ", "").replace("'", "")
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ç", "c"), ("è", "e")):
        first, last = first.replace(a, b), last.replace(a, b)
    dom_pool = {
        "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl", "planet.nl"],
        "nl-be": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be", "outlook.be"],
        "fr-be": ["gmail.com", "skynet.be", "hotmail.be", "voo.be", "outlook.fr", "yahoo.fr"],
        "en-gb": ["gmail.com", "btinternet.com", "outlook.com", "sky.com", "yahoo.co.uk", "icloud.com"],
        "en-us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me"],
    }[loc]
    shop = ctx.get("_shopdomain")
    if variant == "work" and shop:
        local = rng.choice([first, first[0] + last, "info", "admin", "dev", first + "." + last])
        return f"{local}@{shop}"
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}{rng.randint(1, 99)}",
                        f"{last}.{first}", f"{first}_{last}{rng.randint(70, 99)}"])
    return f"{local}@{rng.choice(dom_pool)}"


def phone(rng, ctx, variant, loc):
    if loc == "nl":
        n = digits(rng, 8, False)
        st = rng.random()
        if st < 0.3:
            return "06" + n if rng.random() < 0.5 else "06-" + n
        if st < 0.45:
            return f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        if st < 0.6:
            return f"+31 6 {n[:4]} {n[4:]}"
        if st < 0.7:
            return "+316" + n
        if st < 0.78:
            return "0031 6 " + n
        if st < 0.88:
            area = rng.choice(["020", "010", "030", "070", "040", "050"])
            return f"{area}-{digits(rng, 7)}"
        return f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    if loc in ("nl-be", "fr-be"):
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "489", "494", "495", "496", "497", "498", "499"])
        n = digits(rng, 6, False)
        st = rng.random()
        if st < 0.3:
            return f"0{p} {n[:2]} {n[2:4]} {n[4:]}"
        if st < 0.45:
            return f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}"
        if st < 0.6:
            return f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}"
        if st < 0.7:
            return f"0032{p}{n}"
        if st < 0.8:
            return f"0{p}{n}"
        if st < 0.9:
            return f"+32{p}{n}"
        return rng.choice(["02", "03", "09", "04", "016"]) + " " + f"{n[:3]} {n[3:5]} {n[5:]}{rng.randint(0, 9)}"
    if loc == "en-gb":
        n = digits(rng, 6, False)
        st = rng.random()
        if st < 0.35:
            return f"07{rng.randint(400, 999)} {n}"
        if st < 0.55:
            return f"+44 7{rng.randint(400, 999)} {n}"
        if st < 0.7:
            return f"+447{rng.randint(400, 999)}{n}"
        if st < 0.85:
            return f"020 {digits(rng, 4)} {digits(rng, 4, False)}"
        return f"0161 {digits(rng, 3)} {digits(rng, 4, False)}"
    area = rng.choice(["415", "212", "646", "312", "617", "512", "206", "303", "720", "404"])
    a, b = digits(rng, 3), digits(rng, 4, False)
    return rng.choice([f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"+1 {area} {a} {b}", f"{area}.{a}.{b}", f"+1 ({area}) {a}-{b}", f"1-{area}-{a}-{b}"])


def date_of_birth(rng, ctx, variant, loc):
    y, m, d = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
    months = {
        "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "nl-be": "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "fr-be": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "en-gb": "January February March April May June July August September October November December".split(),
        "en-us": "January February March April May June July August September October November December".split(),
    }[loc]
    if loc == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{months[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"])
    if loc == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {months[m-1]} {y}", f"{d}/{m}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {months[m-1]} {y}", f"{d:02d}.{m:02d}.{y}"])


def customer_number(rng, ctx, variant, loc):
    v = variant or rng.choice(["plain", "plain", "prefixed", "aws", "acct", "org", "dashed"])
    if v == "plain":
        return digits(rng, rng.choice([6, 7, 8, 9, 10]))
    if v == "prefixed":
        return rng.choice(["KL", "CU", "C", "KN", "ACC", "TIP", "HN", "CB", "OVH-"]) + rng.choice(["", "-"]) + digits(rng, rng.choice([5, 6, 7, 8]))
    if v == "aws":
        d = digits(rng, 12)
        return d if rng.random() < 0.6 else f"{d[:4]}-{d[4:8]}-{d[8:]}"
    if v == "acct":
        return "acct_1" + rs(rng, ALNUM, 15)
    if v == "cus":
        return "cus_" + rs(rng, ALNUM, 14)
    if v == "org":
        return rng.choice(["org_", "org-"]) + rs(rng, ALNUM, 20)
    if v == "ovh":
        return rs(rng, string.ascii_lowercase, 2) + digits(rng, 5) + "-ovh"
    return f"{digits(rng, 3)}-{digits(rng, 3, False)}-{digits(rng, 3, False)}"


def ip_address(rng, ctx, variant, loc):
    if variant == "v6" or (variant is None and rng.random() < 0.15):
        pre = rng.choice(["2a02:a46", "2001:1c02", "2a01:4f8", "2a10:3781", "2a02:1810"])
        groups = [rng.choice("123456789abcdef") + rs(rng, HEX, rng.randint(0, 3)) for _ in range(rng.choice([3, 4, 6]))]
        return pre + ":" + ":".join(groups) if len(groups) == 6 else pre + ":" + ":".join(groups[:-1]) + "::" + groups[-1]
    first = rng.choice([31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 94, 95, 109, 141, 145, 149, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _addr_nl(rng, ctx, streets, cities):
    s = rng.choice(streets)
    num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "A", "-2", " bis", "b", " hs"])
    pc = f"{rng.randint(1000, 9999)} {rs(rng, 'ABCDEFGHJKLMNPRSTVWXZ', 2)}"
    if rng.random() < 0.15:
        pc = pc.replace(" ", "")
    city = rng.choice(cities)
    return rng.choice([f"{s} {num}, {pc} {city}", f"{s} {num}\n{pc} {city.upper() if rng.random()<0.3 else city}", f"{s} {num} {pc} {city}", f"{s} {num}"])


def _addr_be(rng, ctx, streets, cities, fr):
    s = rng.choice(streets)
    num = str(rng.randint(1, 180))
    bus = "" if rng.random() < 0.7 else (f" boîte {rng.randint(1, 12)}" if fr else f" bus {rng.randint(1, 12)}")
    if rng.random() < 0.1:
        bus = f"/{rng.randint(1, 12)}"
    pc = str(rng.randint(1000, 9990))
    city = rng.choice(cities)
    if fr and rng.random() < 0.5:
        return rng.choice([f"{s} {num}{bus}, {pc} {city}", f"{s}, {num}{bus}\n{pc} {city}", f"{num} {s}, {pc} {city}"])
    return rng.choice([f"{s} {num}{bus}, {pc} {city}", f"{s} {num}{bus}\n{pc} {city}", f"{s} {num}{bus} {pc} {city}", f"{s} {num}{bus}"])


def _addr_gb(rng, ctx, streets, cities):
    s = rng.choice(streets)
    num = str(rng.randint(1, 220))
    pc = rs(rng, "ABCDEFGHKLMNPRSTWY", rng.choice([1, 2])) + str(rng.randint(1, 20)) + " " + str(rng.randint(1, 9)) + rs(rng, "ABDEFGHJLNPQRSTUWXYZ", 2)
    city = rng.choice(cities)
    flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 30)}, ", f"Unit {rng.randint(1, 9)}, "])
    return rng.choice([f"{flat}{num} {s}, {city} {pc}", f"{flat}{num} {s}\n{city}\n{pc}", f"{num} {s}, {city}, {pc}"])


def _addr_us(rng, ctx, streets, cities):
    s = rng.choice(streets)
    num = str(rng.randint(10, 9800))
    city, st = rng.choice(cities)
    z = f"{rng.randint(10000, 99999)}"
    apt = rng.choice(["", "", "", f" Apt {rng.randint(1, 40)}", f" Suite {rng.randint(100, 900)}", f" #{rng.randint(2, 30)}"])
    return rng.choice([f"{num} {s}{apt}, {city}, {st} {z}", f"{num} {s}{apt}\n{city}, {st} {z}", f"{num} {s}{apt}, {city} {st} {z}"])


def address(rng, ctx, variant, loc, pools):
    if loc == "nl":
        return _addr_nl(rng, ctx, pools["street_nl"], pools["city_nl"])
    if loc == "nl-be":
        return _addr_be(rng, ctx, pools["street_vl"], pools["city_vl"], False)
    if loc == "fr-be":
        return _addr_be(rng, ctx, pools["street_fr"], pools["city_fr"], True)
    if loc == "en-gb":
        return _addr_gb(rng, ctx, pools["street_gb"], pools["city_gb"])
    return _addr_us(rng, ctx, pools["street_us"], pools["city_us"])


SPAN_GENS = {
    "card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "password": password,
    "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "username": username, "api_key": api_key,
    "token": token, "email": email, "phone": phone, "date_of_birth": date_of_birth,
    "customer_number": customer_number, "ip_address": ip_address,
}
SPAN_TYPES = set(SPAN_GENS) | {"address"}
