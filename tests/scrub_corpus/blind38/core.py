"""Value generators, renderer and self-check for the blind38 corpus (stdlib only)."""
import re
import string

SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card",
              "cvv", "iban", "bsn", "card_expiry", "email", "phone", "address", "date_of_birth",
              "ip_address", "customer_number"]
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card",
             "cvv", "iban", "bsn"}
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "request_id", "meter_reading", "model_number", "product_code",
             "version_string", "percentage", "quantity", "url", "masked_value", "port", "checksum"]

D = string.digits


def digs(r, n):
    return "".join(r.choice(D) for _ in range(n))


# ---------------------------------------------------------------- checksums
def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) == 9:
        s = sum((9 - i) * d[i] for i in range(8)) - d[8]
        return s % 11 == 0
    if len(d) == 11:
        base = int("".join(map(str, d[:9])))
        chk = int("".join(map(str, d[9:])))
        return chk == 97 - base % 97 or chk == 97 - int("2" + "".join(map(str, d[:9]))) % 97
    return False


def luhn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) < 13:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(v):
    s = re.sub(r"\s+", "", v).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


# ---------------------------------------------------------------- value makers
def make_bsn(r, lang, fmt=None):
    if fmt == "be" or (lang in ("nl-be", "fr-be") and fmt != "nl"):
        return make_rrn(r)
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = r.randint(1, 6)
        s = sum((9 - i) * d[i] for i in range(8)) % 11
        if s < 10:
            d.append(s)
            break
    v = "".join(map(str, d))
    f = fmt or r.choice(["plain"] * 5 + ["dots", "spaces", "spaces2", "broken"])
    if f == "dots":
        return v[:4] + "." + v[4:6] + "." + v[6:]
    if f == "spaces":
        return v[:3] + " " + v[3:6] + " " + v[6:]
    if f == "spaces2":
        return " ".join(v)
    if f == "broken":
        return v[:5] + "\n" + v[5:]
    return v


def make_rrn(r):
    y = r.randint(1938, 2016)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 996)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    num = int(("2" + base) if y >= 2000 else base)
    chk = 97 - num % 97
    v = base + "%02d" % chk
    f = r.choice(["dots", "dots", "plain", "spaces", "dash"])
    if f == "dots":
        return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
    if f == "spaces":
        return "%s %s %s" % (v[:6], v[6:9], v[9:])
    if f == "dash":
        return "%s-%s-%s" % (v[:6], v[6:9], v[9:])
    return v


BANKS_NL = ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
BANKS_GB = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]


def make_iban(r, lang, fmt=None):
    c = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[lang]
    if r.random() < 0.15:
        c = r.choice(["NL", "BE", "DE", "FR", "GB", "LU"])
    if c == "NL":
        bban = r.choice(BANKS_NL) + digs(r, 10)
    elif c == "BE":
        b10 = digs(r, 10)
        k = int(b10) % 97 or 97
        bban = b10 + "%02d" % k
    elif c == "DE":
        bban = digs(r, 18)
    elif c == "FR":
        bban = digs(r, 10) + digs(r, 11) + digs(r, 2)
    elif c == "LU":
        bban = digs(r, 3) + digs(r, 13)
    else:
        bban = r.choice(BANKS_GB) + digs(r, 14)
    chk = 98 - _iban_num(bban + c + "00") % 97
    v = c + "%02d" % chk + bban
    f = fmt or r.choice(["group"] * 5 + ["plain"] * 3 + ["lower", "cspace", "broken"])
    if f == "group":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if f == "lower":
        return v.lower()
    if f == "cspace":
        return v[:2] + " " + v[2:4] + " " + " ".join(v[i:i + 4] for i in range(4, len(v), 4))
    if f == "broken":
        g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        k = g.index(" ", 8)
        return g[:k] + "\n" + g[k + 1:]
    return v


def make_card(r, fmt=None):
    kind = "amex" if fmt == "amex" else r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        p, n = "4" + digs(r, 5), 16
    elif kind == "mc":
        p, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        p, n = r.choice(["34", "37"]), 15
    else:
        p, n = r.choice(["6759", "6703"]), r.choice([16, 19])
    body = p + digs(r, n - 1 - len(p))
    for x in D:
        if luhn_ok(body + x):
            v = body + x
            break
    if n == 15:
        f = fmt or r.choice(["amex", "amex", "plain"])
        if f == "amex":
            return v[:4] + " " + v[4:10] + " " + v[10:]
        return v
    f = fmt or r.choice(["group"] * 4 + ["plain", "dash", "broken"])
    if f == "group":
        return " ".join(v[i:i + 4] for i in range(0, n, 4))
    if f == "dash":
        return "-".join(v[i:i + 4] for i in range(0, n, 4))
    if f == "broken":
        return v[:8] + "\n" + v[8:]
    return v


def make_expiry(r, lang):
    m, y = r.randint(1, 12), r.randint(26, 31)
    months = {"nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
              "nl-be": "jan feb mrt apr mei jun jul aug sep okt nov dec",
              "fr-be": "janv févr mars avr mai juin juil août sept oct nov déc",
              "en-gb": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
              "en-us": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"}[lang].split()
    return r.choice(["%02d/%02d" % (m, y), "%02d/%02d" % (m, y), "%02d-20%02d" % (m, y),
                     "%02d/20%02d" % (m, y), "%s 20%02d" % (months[m - 1], y), "%02d%02d" % (m, y)])


SPOKEN = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
          "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
          "en": "zero one two three four five six seven eight nine".split()}


def spoken(r, lang, v):
    fam = "nl" if lang.startswith("nl") else ("fr" if lang == "fr-be" else "en")
    sep = r.choice([" ", "-", ", "]) if fam == "en" else r.choice([" ", " ", "-"])
    return sep.join(SPOKEN[fam][int(c)] for c in v)


def make_pin(r, fmt=None, lang="nl"):
    n = r.choice([4, 4, 4, 4, 5, 6])
    v = digs(r, n)
    if fmt == "spoken":
        return spoken(r, lang, v)
    if fmt == "spaced":
        return " ".join(v)
    return v


def make_otp(r, fmt=None, lang="nl"):
    v = digs(r, r.choice([6, 6, 6, 5, 8, 4]))
    if fmt == "spoken":
        return spoken(r, lang, v[:6])
    c = r.random()
    if fmt == "plain" or c < 0.7:
        return v
    if c < 0.8 and len(v) == 6:
        return v[:3] + " " + v[3:]
    if c < 0.88 and len(v) == 6:
        return v[:3] + "-" + v[3:]
    if c < 0.94:
        return "G-" + digs(r, 6)
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))


def make_puk(r, fmt=None):
    v = digs(r, 8)
    if fmt == "spaced" or r.random() < 0.2:
        return v[:4] + " " + v[4:]
    return v


WORDS = ["Zomer", "Tulp", "Fiets", "Molen", "Kaas", "Appel", "Bakker", "Hond", "Zee", "Winter", "Soleil",
         "Chaton", "Maison", "Sunshine", "Dragon", "Monkey", "Tiger", "Koekje", "Ajax", "Brugge", "Lente",
         "Poes", "Rivier", "Vlinder", "Paris", "London", "Pepper", "Biscuit", "Anvers", "Oranje"]


def make_password(r):
    c = r.random()
    w = r.choice(WORDS)
    if c < 0.3:
        return w + str(r.randint(1960, 2025)) + r.choice("!?#$@*.")
    if c < 0.45:
        return w.lower() + r.choice(["_", ".", ""]) + r.choice(WORDS).lower() + digs(r, 2)
    if c < 0.6:
        return "".join(r.choice(string.ascii_letters + D + "!#%&*") for _ in range(r.randint(10, 16)))
    if c < 0.7:
        return w[0] + w[1:].replace("o", "0").replace("e", "3").replace("a", "@") + digs(r, 3)
    if c < 0.8:
        return "-".join(r.choice(WORDS).lower() for _ in range(3)) + digs(r, 1)
    if c < 0.9:
        return w.upper() + digs(r, 4)
    return r.choice(["Welkom", "Bienvenue", "Welcome", "Wachtwoord", "Passw0rd"]) + digs(r, 2) + r.choice("!#")


def make_wifi(r):
    c = r.random()
    if c < 0.4:
        return "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.choice([10, 12, 16])))
    if c < 0.6:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    if c < 0.8:
        return r.choice(WORDS).lower() + r.choice(WORDS) + digs(r, 4)
    return "".join(r.choice("0123456789ABCDEF") for _ in range(r.choice([10, 16, 26])))


def make_username(r, first="jan", last="jansen"):
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    c = r.random()
    if c < 0.25:
        return f + "." + l + digs(r, 2)
    if c < 0.4:
        return f[0] + l + digs(r, r.choice([0, 2, 4]))
    if c < 0.55:
        return f + "_" + r.choice(WORDS).lower() + digs(r, 2)
    if c < 0.7:
        return r.choice(["xX", "", "the", "Real"]) + r.choice(WORDS) + r.choice(["Slayer", "Queen", "NL", "BE", "Gamer", "_x"]) + digs(r, 2)
    if c < 0.85:
        return l + f[:3] + digs(r, 3)
    return "u" + digs(r, 7)


HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + D


def make_api_key(r):
    c = r.random()
    if c < 0.25:
        return r.choice(["sk_live_", "sk_test_", "pk_live_", "rk_live_"]) + "".join(r.choice(ALNUM) for _ in range(24))
    if c < 0.4:
        return "AKIA" + "".join(r.choice(string.ascii_uppercase + D) for _ in range(16))
    if c < 0.5:
        return "".join(r.choice(ALNUM + "/+") for _ in range(40))
    if c < 0.7:
        return "".join(r.choice(HEX) for _ in range(r.choice([32, 40])))
    if c < 0.85:
        return "api_" + "".join(r.choice(ALNUM) for _ in range(28))
    return r.choice(["SG.", "key-", "AIza"]) + "".join(r.choice(ALNUM + "-_") for _ in range(32))


def _b64(r, n):
    return "".join(r.choice(ALNUM + "-_") for _ in range(n))


def make_token(r):
    c = r.random()
    if c < 0.35:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64(r, r.randint(40, 90)) + "." + _b64(r, 43)
    if c < 0.55:
        return "ghp_" + "".join(r.choice(ALNUM) for _ in range(36))
    if c < 0.7:
        return "glpat-" + "".join(r.choice(ALNUM + "-_") for _ in range(20))
    if c < 0.8:
        return "xoxb-" + digs(r, 12) + "-" + digs(r, 13) + "-" + "".join(r.choice(ALNUM) for _ in range(24))
    return "".join(r.choice(HEX) for _ in range(8)) + "-" + "-".join("".join(r.choice(HEX) for _ in range(k)) for k in (4, 4, 4, 12))


DOMAINS = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl", "xs4all.nl"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.be", "yahoo.fr"],
           "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com", "yahoo.co.uk"],
           "en-us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]}


def make_email(r, lang, first, last, fmt=None):
    f = first.lower().replace(" ", "")
    l = last.lower().replace(" ", "").replace("'", "")
    local = r.choice([f + "." + l, f + l, f[0] + "." + l, f + digs(r, 2), l + "." + f, f + "_" + l + digs(r, 2), f[0] + l + str(r.randint(60, 99))])
    dom = r.choice(DOMAINS[lang])
    if fmt == "obf":
        c = r.random()
        if c < 0.5:
            return local.replace(".", " . ") + " @ " + dom.replace(".", " . ")
        if c < 0.75:
            return local + " [at] " + dom.replace(".", " [dot] ")
        return local + " apenstaartje " + dom if lang.startswith("nl") else local + " at " + dom.replace(".", " dot ")
    if fmt == "work":
        return local + "@" + r.choice(["stadswerk.nl", "mail-zorg.nl", "ugent-mail.be", "council-mail.gov.uk", "county-services.us"])
    if r.random() < 0.08:
        return local.capitalize() + "@" + dom
    return local + "@" + dom


def make_phone(r, lang, fmt=None):
    c = r.random()
    if lang == "nl":
        m = "6" + digs(r, 8)
        opts = ["06-" + m[1:], "06 " + m[1:5] + " " + m[5:], "0" + m, "+31 6 " + m[1:], "+31" + m,
                "0031 6 " + m[1:5] + " " + m[5:], "06 " + " ".join(m[i:i + 2] for i in range(1, 9, 2)),
                "0" + r.choice(["20", "10", "30", "70", "40", "50"]) + "-" + digs(r, 7)]
        b = "06-" + m[1:5] + "\n" + m[5:]
    elif lang in ("nl-be", "fr-be"):
        p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"])
        s = digs(r, 6)
        opts = ["0" + p + " " + s[:2] + " " + s[2:4] + " " + s[4:], "0" + p + "/" + s[:2] + "." + s[2:4] + "." + s[4:],
                "+32 " + p + " " + s[:2] + " " + s[2:4] + " " + s[4:], "0" + p + s, "+32" + p + s,
                "+32 (0)" + p + " " + s[:3] + " " + s[3:], "0032 " + p + " " + s,
                r.choice(["09", "02", "03", "04", "016", "050"]) + " " + digs(r, 3) + " " + digs(r, 2) + " " + digs(r, 2)]
        b = "0" + p + " " + s[:2] + "\n" + s[2:4] + " " + s[4:]
    elif lang == "en-gb":
        s = digs(r, 6)
        opts = ["07" + digs(r, 3) + " " + s, "+44 7" + digs(r, 3) + " " + s, "07" + digs(r, 3) + s,
                "+447" + digs(r, 3) + s, "0" + r.choice(["161", "113", "117", "121", "131"]) + " " + digs(r, 3) + " " + digs(r, 4),
                "020 " + digs(r, 4) + " " + digs(r, 4), "(07" + digs(r, 3) + ") " + s]
        b = "07" + digs(r, 3) + "\n" + s
    else:
        a = r.choice(["614", "312", "503", "718", "267", "919", "480", "206", "512", "704"])
        x, y = str(r.randint(201, 989)), digs(r, 4)
        opts = ["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "%s.%s.%s" % (a, x, y), "+1 %s %s %s" % (a, x, y),
                "+1 (%s) %s-%s" % (a, x, y), "%s%s%s" % (a, x, y), "1-%s-%s-%s" % (a, x, y)]
        b = "(%s) %s-\n%s" % (a, x, y)
    if fmt == "broken":
        return b
    if fmt == "spoken":
        v = re.sub(r"\D", "", r.choice(opts[:2]))
        return spoken(r, lang, v)
    return r.choice(opts)


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def make_dob(r, lang, young=False):
    y = r.randint(2008, 2020) if young else r.randint(1934, 2004)
    m, d = r.randint(1, 12), r.randint(1, 28)
    fam = "nl" if lang.startswith("nl") else ("fr" if lang == "fr-be" else "en")
    if lang == "en-us":
        return r.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d/%d/%02d" % (m, d, y % 100)])
    if fam == "en":
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d%s %s %d" % (d, "th" if 4 <= d <= 20 or d >= 24 else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS["en"][m - 1][:3], y)])
    return r.choice(["%02d-%02d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[fam][m - 1], y),
                     "%02d.%02d.%d" % (d, m, y), "%d-%d-%d" % (d, m, y)])


def make_ip(r):
    if r.random() < 0.12:
        return "2a02:" + ":".join("%x" % r.randint(0, 65535) for _ in range(3)) + "::" + "%x" % r.randint(1, 65535)
    return "%d.%d.%d.%d" % (r.choice([84, 86, 77, 92, 145, 178, 213, 81, 62, 31, 94, 109, 185]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def make_custno(r, kind="klant"):
    c = r.random()
    if kind == "polis":
        return r.choice([digs(r, 9), "P" + digs(r, 8), digs(r, 3) + "." + digs(r, 3) + "." + digs(r, 3), "ZV-" + digs(r, 7), digs(r, 2) + "-" + digs(r, 6) + "-" + digs(r, 2)])
    if kind == "student":
        return r.choice(["s" + digs(r, 7), digs(r, 7), "r0" + digs(r, 6), "u" + digs(r, 7)])
    if kind == "pension":
        return r.choice([digs(r, 10), "D" + digs(r, 8), digs(r, 4) + " " + digs(r, 3) + " " + digs(r, 3)])
    if kind == "huur":
        return r.choice(["H" + digs(r, 6), digs(r, 7), "HC-" + digs(r, 5), digs(r, 3) + "-" + digs(r, 4)])
    if c < 0.3:
        return digs(r, r.choice([7, 8, 9, 10]))
    if c < 0.45:
        return digs(r, 4) + " " + digs(r, 4)
    if c < 0.6:
        return r.choice(["KL", "CN", "K", "REL", "A"]) + digs(r, r.choice([6, 7, 8]))
    if c < 0.75:
        return digs(r, 3) + "-" + digs(r, 3) + "-" + digs(r, 3)
    if c < 0.9:
        return digs(r, 2) + "." + digs(r, 3) + "." + digs(r, 3)
    return digs(r, 4) + "\n" + digs(r, 4)


# ---------------------------------------------------------------- negatives
def make_neg(r, kind, lang, fmt=None):
    fam = "nl" if lang.startswith("nl") else ("fr" if lang == "fr-be" else "en")
    be = lang in ("nl-be", "fr-be")
    if kind == "amount":
        a = r.randint(3, 2500)
        cents = r.randint(0, 99)
        if lang == "en-gb":
            return r.choice(["£%d.%02d" % (a, cents), "£%d" % a, "£ %d.%02d" % (a, cents)])
        if lang == "en-us":
            return r.choice(["$%d.%02d" % (a, cents), "$%d" % a, "$%s.%02d" % (format(a * 3, ","), cents)])
        return r.choice(["€ %d,%02d" % (a, cents), "€%d,%02d" % (a, cents), "%d,%02d euro" % (a, cents), "EUR %d,%02d" % (a, cents), "€ %d,-" % a, "%d,%02d €" % (a, cents)])
    if kind == "company_phone":
        if lang == "nl":
            return r.choice(["14 0" + r.choice(["20", "30", "40", "50", "70", "10", "75"]), "0800-" + digs(r, 4), "088 " + digs(r, 3) + " " + digs(r, 4), "0900-" + digs(r, 4), "088-" + digs(r, 7)])
        if be:
            return r.choice(["078 " + digs(r, 2) + " " + digs(r, 2) + " " + digs(r, 2), "0800 " + digs(r, 2) + " " + digs(r, 3), "02 " + digs(r, 3) + " " + digs(r, 2) + " " + digs(r, 2), "070 " + digs(r, 2) + " " + digs(r, 2) + " " + digs(r, 2)])
        if lang == "en-gb":
            return r.choice(["0300 " + digs(r, 3) + " " + digs(r, 4), "0345 " + digs(r, 3) + " " + digs(r, 4), "0800 " + digs(r, 3) + " " + digs(r, 4), "0333 " + digs(r, 3) + " " + digs(r, 4)])
        return r.choice(["1-800-" + digs(r, 3) + "-" + digs(r, 4), "(800) " + digs(r, 3) + "-" + digs(r, 4), "1-888-" + digs(r, 3) + "-" + digs(r, 4), "311"])
    if kind == "company_registration":
        if lang == "nl":
            return r.choice([digs(r, 8), "NL" + digs(r, 9) + "B" + digs(r, 2), "NL " + digs(r, 9) + " B" + digs(r, 2)])
        if be:
            b = r.choice("01") + str(r.randint(200, 999)) + digs(r, 4)
            k = 97 - int(b) % 97
            v = b + "%02d" % k
            return r.choice(["%s.%s.%s" % (v[:4], v[4:7], v[7:]), "BE" + v, "BE " + v[:4] + "." + v[4:7] + "." + v[7:], v])
        if lang == "en-gb":
            return r.choice(["0" + digs(r, 7), "GB " + digs(r, 3) + " " + digs(r, 4) + " " + digs(r, 2), "SC" + digs(r, 6)])
        return r.choice([digs(r, 2) + "-" + digs(r, 7), "EIN " + digs(r, 2) + "-" + digs(r, 7)])
    if kind == "date":
        y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
        if lang == "en-us":
            return r.choice(["%d/%d/%d" % (m, d, y), "%s %d" % (MONTHS["en"][m - 1], d), "%02d/%02d" % (m, d)])
        if fam == "en":
            return r.choice(["%d/%d/%d" % (d, m, y), "%d %s" % (d, MONTHS["en"][m - 1]), "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)])
        return r.choice(["%d-%d-%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s" % (d, MONTHS[fam][m - 1]), "%d %s %d" % (d, MONTHS[fam][m - 1], y), "%d/%d" % (d, m)])
    if kind == "time":
        h, mi = r.randint(7, 22), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 12, 37])
        if lang == "en-us":
            return r.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm"), "%d:%02d" % (h, mi)])
        if fam == "fr":
            return r.choice(["%dh%02d" % (h, mi), "%d:%02d" % (h, mi), "%dh" % h])
        return r.choice(["%d:%02d" % (h, mi), "%02d.%02d" % (h, mi), "%d:%02d uur" % (h, mi) if fam == "nl" else "%d:%02d" % (h, mi)])
    if kind == "year":
        return str(r.randint(2019, 2026))
    if kind == "error_code":
        return r.choice(["DGD-" + digs(r, 3), "E" + digs(r, 3), "0x8007" + "".join(r.choice("0123456789ABCDEF") for _ in range(4)), "ERR_" + r.choice(["AUTH", "SESSION", "TIMEOUT", "CERT"]) + "_" + digs(r, 2), "code " + digs(r, 3), "F-" + digs(r, 4), "HTTP " + r.choice(["401", "403", "500", "502", "503"]), "AUTH-" + digs(r, 4), "S" + digs(r, 2) + "-" + digs(r, 3)])
    if kind == "flight_number":
        return r.choice(["KL", "HV", "SN", "BA", "FR", "U2", "TB"]) + " " * r.randint(0, 1) + str(r.randint(100, 2999))
    if kind == "hashtag":
        return "#" + r.choice(["toeslagen", "zorgverzekering", "klantenservice", "gemeente", "huurverhoging", "digid", "fail", "wachtrij", "pensioen", "studiefinanciering", "mutualité", "energiefactuur", "councilTax", "customerservice", "NHS", "bureaucracy", "faalhaas", "woningnood", "incasso", "paperwork"])
    if kind == "mention":
        return "@" + r.choice(["gemeente_help", "ZorgWebcare", "PensioenInfo", "StadsloketHelp", "woonhulp_nl", "EnergieDirect_help", "webcare_incasso", "StadGentInfo", "Mutua_Aide", "CouncilHelp", "AskHousingUK", "StateBenefitsHelp", "UniStudentDesk", "CommuneInfo"])
    if kind == "invoice_number":
        return r.choice(["F" + str(r.randint(2023, 2026)) + "-" + digs(r, 6), str(r.randint(2023, 2026)) + digs(r, 6), "INV-" + digs(r, 7), "FAC/" + str(r.randint(2023, 2026)) + "/" + digs(r, 5), digs(r, 2) + "." + digs(r, 6), "NR" + digs(r, 8)])
    if kind == "order_number":
        return r.choice(["#" + digs(r, 7), "ORD-" + digs(r, 8), digs(r, 10), "A" + digs(r, 3) + "-" + digs(r, 5), "BST" + digs(r, 7)])
    if kind == "ticket_number":
        return r.choice(["Z-" + str(r.randint(2023, 2026)) + "-" + digs(r, 6), str(r.randint(2023, 2026)) + "/" + digs(r, 5), "Z" + digs(r, 7), "CAS-" + digs(r, 5) + "-" + "".join(r.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4)), "#" + digs(r, 6), "DOS-" + digs(r, 6), "SR" + digs(r, 8), "INC" + digs(r, 7), "REF/" + digs(r, 4) + "/" + digs(r, 2)])
    if kind == "tracking_number":
        return r.choice(["3S" + "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + digs(r, 9), "JVGL" + digs(r, 16), "CD" + digs(r, 9) + "BE", "RR" + digs(r, 9) + "NL", "1Z" + "".join(r.choice(string.ascii_uppercase + D) for _ in range(16)), "H" + digs(r, 4) + "A" + digs(r, 10)])
    if kind == "request_id":
        return r.choice(["BD/" + digs(r, 4) + "/" + digs(r, 5), "ons kenmerk".split()[0] * 0 + digs(r, 4) + "-" + "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + "-" + str(r.randint(2023, 2026)), "U" + str(r.randint(2023, 2026)) + "." + digs(r, 5), "REQ-" + digs(r, 8), "".join(r.choice(HEX) for _ in range(8)) + "-" + "".join(r.choice(HEX) for _ in range(4)), "AWB" + digs(r, 7), "L" + digs(r, 2) + "/" + digs(r, 6)])
    if kind == "meter_reading":
        unit = r.choice([" kWh", " kWh", " m3", " m³", "", " kWh"])
        return str(r.randint(1000, 99999)) + unit
    if kind == "model_number":
        return r.choice(["FRITZ!Box " + str(r.choice([7530, 7590, 6660])), "H369A", "Connect Box", "SM-A" + digs(r, 3) + "B", "iPhone " + str(r.randint(11, 16)), "MX" + digs(r, 3), "EcoTouch " + digs(r, 3), "HR-" + digs(r, 4), "TG" + digs(r, 4)])
    if kind == "product_code":
        return r.choice(["SKU " + digs(r, 6), "ART-" + digs(r, 5), digs(r, 13), "P" + digs(r, 5) + "-" + r.choice("ABCD"), "ZV-BASIS-" + str(r.randint(2024, 2026)), "AV" + r.choice(["TOP", "PLUS", "BASIS"]) + digs(r, 2)])
    if kind == "version_string":
        return r.choice(["v" + "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9)), "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9)), "iOS %d.%d" % (r.randint(15, 18), r.randint(0, 6)), "Android %d" % r.randint(11, 15), "versie %d.%d" % (r.randint(1, 9), r.randint(0, 30)) if fam == "nl" else "version %d.%d" % (r.randint(1, 9), r.randint(0, 30))])
    if kind == "percentage":
        return r.choice(["%d%%" % r.randint(1, 100), "%d,%d%%" % (r.randint(1, 20), r.randint(1, 9)) if fam != "en" else "%d.%d%%" % (r.randint(1, 20), r.randint(1, 9)), "%d %%" % r.randint(1, 60)])
    if kind == "quantity" and fmt == "dur":
        n = r.randint(2, 12)
        if fam == "nl":
            return r.choice(["%d weken" % n, "%d dagen" % (n * 3), "%d maanden" % n, "%d werkdagen" % n])
        if fam == "fr":
            return r.choice(["%d semaines" % n, "%d jours" % (n * 3), "%d mois" % n])
        return r.choice(["%d weeks" % n, "%d days" % (n * 3), "%d months" % n, "%d working days" % n])
    if kind == "quantity":
        return r.choice(["%d stuks" % r.randint(2, 40) if fam == "nl" else "%d pcs" % r.randint(2, 40), "%d x" % r.randint(2, 9), "%d dagen" % r.randint(2, 60) if fam == "nl" else ("%d jours" % r.randint(2, 60) if fam == "fr" else "%d days" % r.randint(2, 60)), "%d m2" % r.randint(20, 140)])
    if kind == "url":
        if fam == "nl" and not be:
            return r.choice(["https://www.mijn-loket.example.nl/inloggen", "www.toeslagen-info.example/wijzigen", "https://portaal.example-zorg.nl/declareren", "mijnpensioen.example.nl", "https://status.example-energie.nl", "https://www.gemeente.example.nl/afspraak?id=" + digs(r, 5)])
        if be:
            return r.choice(["https://www.stad.example.be/e-loket", "https://mon.espace-mutuelle.example.be/fr/connexion", "www.mijnzorg.example.be", "https://www.commune.example.be/guichet", "https://facturatie.example.be/login"])
        if lang == "en-gb":
            return r.choice(["https://www.council.example.gov.uk/pay", "www.example-energy.co.uk/help", "https://portal.example-uni.ac.uk/reset", "https://www.example-housing.org.uk/repairs"])
        return r.choice(["https://benefits.example.gov/apply?step=2", "https://student.example.edu/portal/reset", "www.example-utility.com/billing", "https://myplan.example-health.com/login"])
        return r.choice(["https://www.mijn-loket.example.nl/inloggen", "www.toeslagen-info.example/wijzigen", "https://portaal.example-zorg.nl/declareren", "https://www.stad.example.be/e-loket", "https://mon.espace-mutuelle.example.be/fr/connexion", "https://www.council.example.gov.uk/pay", "https://benefits.example.gov/apply?step=2", "mijnpensioen.example.nl", "https://status.example-energie.nl", "https://student.example.edu/portal/reset"])
    if kind == "masked_value":
        return r.choice(["**** **** **** " + digs(r, 4), "****" + digs(r, 4), "NL** **** **** **" + digs(r, 2) + " " + digs(r, 2), "BE** **** **** " + digs(r, 4), "xxx-xxx-" + digs(r, 3), "*****" + digs(r, 3), "06-****" + digs(r, 4), "XXXX XXXX XXXX " + digs(r, 4), "••••" + digs(r, 4), "j****@g****.com", "1***-****-**" + digs(r, 2)])
    if kind == "port":
        return str(r.choice([8080, 443, 3389, 8443, 22, 1194, 5060, 993]))
    if kind == "checksum":
        return r.choice(["sha256:" + "".join(r.choice(HEX) for _ in range(64)), "".join(r.choice(HEX) for _ in range(32)), "SHA1 " + "".join(r.choice(HEX) for _ in range(40))])
    raise KeyError(kind)


# ---------------------------------------------------------------- renderer
TOKEN = re.compile(r"«([~@]?)([a-z_]+)(?::([a-z0-9_]+))?»")


class Ctx:
    def __init__(self, r, lang, half, pools):
        self.r, self.lang, self.half, self.pools = r, lang, half, pools
        self.prev = {}
        self.person = pools.person(r, lang)
        self.fills = {}

    def fill(self, name):
        if name in ("fn", "ln", "name"):
            fn, ln = self.person
            return {"fn": fn, "ln": ln, "name": fn + " " + ln}[name]
        if name in self.fills:
            return self.fills[name]
        v = self.pools.fill(self.r, self.lang, name)
        self.fills[name] = v
        return v

    def value(self, typ, fmt):
        r, lang = self.r, self.lang
        if fmt == "swap" and typ in self.prev:
            p = self.prev[typ]
            idx = [i for i, c in enumerate(p) if c.isdigit()]
            if len(idx) >= 2:
                i, j = idx[-2], idx[-1]
                if p[i] != p[j]:
                    return p[:i] + p[j] + p[i + 1:j] + p[i] + p[j + 1:]
                return p[:j] + str((int(p[j]) + 1) % 10) + p[j + 1:]
            return p + "1"
        if fmt == "same" and typ in self.prev:
            return self.prev[typ]
        fn, ln = self.person
        if typ == "bsn":
            return make_bsn(r, lang, fmt if fmt in ("nl", "plain", "dots", "spaces", "broken") else None)
        if typ == "iban":
            return make_iban(r, lang, fmt)
        if typ == "card":
            return make_card(r, fmt)
        if typ == "card_expiry":
            return make_expiry(r, lang)
        if typ == "cvv":
            return digs(r, 4 if fmt == "amex" else 3)
        if typ == "pin":
            return make_pin(r, fmt, lang)
        if typ == "otp":
            return make_otp(r, fmt, lang)
        if typ == "puk":
            return make_puk(r, fmt)
        if typ == "password":
            return make_password(r)
        if typ == "wifi_key":
            return make_wifi(r)
        if typ == "username":
            return make_username(r, fn, ln)
        if typ == "api_key":
            return make_api_key(r)
        if typ == "token":
            return make_token(r)
        if typ == "email":
            if fmt == "agent":
                a = self.fill("agent")
                return make_email(r, lang, a.split()[0], a.split()[-1], "work")
            if fmt == "kid":
                return make_email(r, lang, self.fill("kid"), ln)
            return make_email(r, lang, fn, ln, fmt)
        if typ == "phone":
            return make_phone(r, lang, fmt)
        if typ == "address":
            return self.pools.address(r, lang, fmt)
        if typ == "date_of_birth":
            return make_dob(r, lang, young=(fmt == "kid"))
        if typ == "ip_address":
            return make_ip(r)
        if typ == "customer_number":
            return make_custno(r, fmt or "klant")
        raise KeyError(typ)


def render(tpl, ctx, transform=None):
    """Return text, spans, negatives."""
    out, spans, negs = [], [], []
    pos = 0
    last = 0
    for m in TOKEN.finditer(tpl):
        lit = tpl[last:m.start()]
        if transform:
            lit = transform(lit)
        out.append(lit)
        pos += len(lit)
        sig, name, fmt = m.group(1), m.group(2), m.group(3)
        if sig == "@":
            v = ctx.fill(name)
            if transform and getattr(transform, "lower_fills", False):
                v = v.lower()
            out.append(v)
            pos += len(v)
        elif sig == "~":
            if name in ("mention", "hashtag"):
                v = ctx.pools.social(ctx.r, ctx.lang, name)
            else:
                v = make_neg(ctx.r, name, ctx.lang, fmt)
            out.append(v)
            negs.append({"kind": name, "start": pos, "end": pos + len(v)})
            pos += len(v)
        else:
            v = ctx.value(name, fmt)
            ctx.prev[name] = v
            out.append(v)
            spans.append({"type": name, "start": pos, "end": pos + len(v)})
            pos += len(v)
        last = m.end()
    lit = tpl[last:]
    if transform:
        lit = transform(lit)
    out.append(lit)
    return "".join(out), spans, negs


def shift(items, k):
    return [dict(x, start=x["start"] + k, end=x["end"] + k) for x in items]


# ---------------------------------------------------------------- self-check
def check(rec):
    t = rec["text"]
    allr = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]] + \
           [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for what, typ, a, b in allr:
        assert what != "span" or typ in SPAN_TYPES, (rec["id"], typ)
        assert what != "neg" or typ in NEG_KINDS, (rec["id"], typ)
        assert 0 <= a < b <= len(t), (rec["id"], typ, a, b)
        v = t[a:b]
        assert v == v.strip() and v, (rec["id"], typ, repr(v))
        if typ == "card":
            assert luhn_ok(v), (rec["id"], v)
        if typ == "iban":
            assert iban_ok(v), (rec["id"], v)
        if typ == "bsn":
            assert bsn_ok(v), (rec["id"], v)
    srt = sorted(allr, key=lambda x: x[2])
    for x, y in zip(srt, srt[1:]):
        assert x[3] <= y[2], (rec["id"], "overlap", x, y)
    assert rec["visibility"] == ("public" if rec["channel"] in ("x_public", "instagram_comment", "facebook_comment") else "private")
