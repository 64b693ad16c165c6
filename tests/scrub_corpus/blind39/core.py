"""Value generators, renderer and self-check for the blind39 corpus (stdlib only)."""
import re
import string

SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
              "card", "cvv", "iban", "bsn", "card_expiry", "email", "phone", "address",
              "date_of_birth", "ip_address", "customer_number"]
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
             "card", "cvv", "iban", "bsn"}
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number", "order_number",
             "ticket_number", "tracking_number", "request_id", "meter_reading", "model_number",
             "product_code", "version_string", "percentage", "quantity", "url", "masked_value",
             "port", "checksum"]

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
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    return "%s%02d%s" % (cc, chk, bban)


def bsn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 9:
        w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
        if sum(int(a) * b for a, b in zip(d, w)) % 11 == 0 and d[0] != "0":
            return True
    if len(d) == 11:
        base, chk = int(d[:9]), int(d[9:])
        if 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk:
            return True
    return False

# ---------------------------------------------------------------- helpers

DIGITS_WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def spell(r, val, lang):
    words = DIGITS_WORDS[fam(lang)]
    sep = r.choice([" ", " ", "-", ", "]) if fam(lang) != "en" else r.choice([" ", "-", " "])
    out = []
    for c in val:
        out.append(words[int(c)] if c.isdigit() else c)
    return sep.join(out)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)

# ---------------------------------------------------------------- span values

WORDS = {
    "nl": ["zomer", "tulp", "fiets", "haring", "molen", "regen", "duin", "konijn", "appel", "kaas",
           "storm", "polder", "lente", "vlinder"],
    "fr": ["soleil", "frites", "bruxelles", "chocolat", "ardennes", "printemps", "lapin", "velo",
           "moules", "etoile"],
    "en": ["sunshine", "football", "dragon", "summer", "biscuit", "thunder", "marmalade", "penguin",
           "rocket", "meadow", "yankees", "cookie"],
}
PETS = ["Bobby", "Luna", "Max", "Pluto", "Rocky", "Nala", "Simba", "Bella", "Tijger", "Minou"]


def v_password(r, lang, mod=""):
    w = WORDS[fam(lang)]
    k = r.randrange(8)
    if k == 0:
        return r.choice(w).capitalize() + str(r.choice([2019, 2021, 2023, 2024, 2025])) + r.choice("!?#$.")
    if k == 1:
        return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.randint(9, 14)))
    if k == 2:
        return "-".join(r.sample(w, 3)) + "-" + digits(r, 2)
    if k == 3:
        return r.choice(PETS) + digits(r, r.choice([2, 4])) + r.choice(["", "!", "*"])
    if k == 4:
        s = r.choice(w)
        s = s.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return s.capitalize() + r.choice(["#", "!!", "$"]) + digits(r, 2)
    if k == 5:
        return r.choice(["Welkom", "Bienvenue", "Welcome", "Start", "Temp"]) + digits(r, 3) + "!"
    if k == 6:
        return "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    return r.choice(w) + r.choice(w).capitalize() + digits(r, 1) + r.choice("%&@+")


def v_pin(r, lang, mod=""):
    n = r.choice([4, 4, 4, 4, 5, 6])
    v = digits(r, n)
    if mod == "door" and r.random() < 0.35:
        v = r.choice(["", "*", "#"]) + v + r.choice(["#", "", "*", "#"])
        if not v.strip("*#"):
            v = digits(r, 4)
    if mod == "spell":
        return spell(r, digits(r, 4), lang)
    return v


def v_puk(r, lang, mod=""):
    v = digits(r, 8)
    if mod == "spell":
        return spell(r, v, lang)
    return r.choice([v, v, group(v, [4, 4]), group(v, [2, 2, 2, 2])])


def v_otp(r, lang, mod=""):
    k = r.randrange(7)
    if mod == "spell":
        return spell(r, digits(r, 6), lang)
    if k == 0:
        return digits(r, 6)
    if k == 1:
        v = digits(r, 6)
        return v[:3] + r.choice([" ", "-"]) + v[3:]
    if k == 2:
        return digits(r, 4)
    if k == 3:
        return r.choice(["G-", "FB-", ""]) + digits(r, r.choice([5, 6]))
    if k == 4:
        return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if k == 5:
        return digits(r, 8)
    return digits(r, 6)


def v_wifi_key(r, lang, mod=""):
    k = r.randrange(4)
    if k == 0:
        return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.choice([12, 16, 20])))
    if k == 1:
        return r.choice(WORDS[fam(lang)]).capitalize() + r.choice(["Beach", "Guest", "Gast", "Invite", "Chalet"]) + digits(r, 4)
    if k == 2:
        return "".join(r.choice("abcdef0123456789") for _ in range(r.choice([10, 26])))
    return "-".join(r.choice(WORDS[fam(lang)]) for _ in range(3)) + digits(r, 2)


def v_username(r, lang, mod="", name=None):
    first = (name or r.choice(["sanne", "jules", "kevin", "amelie", "jake", "noor", "tom"])).split()[0].lower()
    first = first.replace("é", "e").replace("ë", "e").replace("è", "e").replace("ï", "i")
    k = r.randrange(6)
    if k == 0:
        return first + digits(r, 2)
    if k == 1:
        return first + r.choice(["_", ".", ""]) + r.choice(["fit", "runs", "rides", "gym", "xx", "official"])
    if k == 2:
        return r.choice(["xX", "", "The"]) + r.choice(["Shadow", "Turbo", "Padel", "Night", "Ninja"]) + r.choice(["Wolf", "King", "Rider", "Fox"]) + digits(r, r.choice([2, 3]))
    if k == 3:
        return first[0] + r.choice(["devries", "peeters", "martin", "smith", "jansen", "dubois", "walker"]) + digits(r, r.choice([1, 2, 4]))
    if k == 4:
        return "user" + digits(r, 6)
    return first.capitalize() + "_" + r.choice(WORDS[fam(lang)])


def v_api_key(r, lang, mod=""):
    k = r.randrange(5)
    an = string.ascii_letters + string.digits
    if k == 0:
        return "sk_live_" + "".join(r.choice(an) for _ in range(24))
    if k == 1:
        return "AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if k == 2:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40])))
    if k == 3:
        return "api_" + "".join(r.choice(an) for _ in range(28))
    return r.choice(["pk_live_", "rk_live_", "key-"]) + "".join(r.choice(an) for _ in range(26))


def v_aws_secret(r):
    return "".join(r.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def b64u(r, n):
    return "".join(r.choice(string.ascii_letters + string.digits + "-_") for _ in range(n))


def v_token(r, lang, mod=""):
    k = r.randrange(5)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + b64u(r, 40) + "." + b64u(r, 43)
    if k == 1:
        return "ghp_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(36))
    if k == 2:
        return "glpat-" + b64u(r, 20)
    if k == 3:
        return "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(24))
    return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(48))


def v_card(r, lang, mod=""):
    k = r.randrange(5)
    if k == 0:
        num = luhn_complete("4" + digits(r, 14))
        sizes = [4, 4, 4, 4]
    elif k == 1:
        num = luhn_complete(r.choice(["51", "52", "53", "54", "55"]) + digits(r, 13))
        sizes = [4, 4, 4, 4]
    elif k == 2:
        num = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
        sizes = [4, 6, 5]
    elif k == 3:
        num = luhn_complete("6703" + digits(r, 11))
        sizes = [4, 4, 4, 4]
    else:
        num = luhn_complete(r.choice(["2221", "2720", "4000", "4929"]) + digits(r, 11))
        sizes = [4, 4, 4, 4]
    g = r.randrange(5)
    if g == 0 or mod == "nogroup":
        return num
    if g == 1:
        return group(num, sizes, "-")
    return group(num, sizes, " ")


def v_cvv(r, lang, mod=""):
    return digits(r, r.choice([3, 3, 3, 4]))


def v_card_expiry(r, lang, mod=""):
    m = r.randint(1, 12)
    y = r.randint(25, 31)
    k = r.randrange(5)
    if k == 0:
        return "%02d/%02d" % (m, y)
    if k == 1:
        return "%02d/20%02d" % (m, y)
    if k == 2:
        return "%02d-%02d" % (m, y)
    if k == 3:
        return "%d/%02d" % (m, y)
    mon = {"nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
           "fr": ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
           "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}[fam(lang)]
    return "%s 20%02d" % (mon[m - 1], y)


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]


def v_iban(r, lang, mod=""):
    cc = mod or None
    if not cc:
        if lang == "nl":
            cc = r.choice(["NL"] * 6 + ["BE", "DE"])
        elif lang in ("nl-be", "fr-be"):
            cc = r.choice(["BE"] * 6 + ["NL", "FR", "LU"])
        elif lang == "en-gb":
            cc = r.choice(["GB"] * 5 + ["IE", "NL"])
        else:
            cc = r.choice(["DE", "NL", "GB", "FR", "ES"])
    if cc == "NL":
        bban = r.choice(NL_BANKS) + digits(r, 10)
    elif cc == "BE":
        b = digits(r, 10)
        bban = b + "%02d" % ((int(b) % 97) or 97)
    elif cc == "DE":
        bban = digits(r, 18)
    elif cc == "FR":
        bban = digits(r, 10) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11)) + digits(r, 2)
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "MONZ"]) + digits(r, 14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI"]) + digits(r, 14)
    elif cc == "LU":
        bban = digits(r, 3) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(13))
    else:
        bban = digits(r, 20)
    iban = iban_make(cc, bban)
    k = r.randrange(6)
    if k in (0, 1):
        return iban
    if k == 2:
        return iban.lower() if r.random() < 0.5 else iban
    if k == 3:
        return iban[:2] + " " + iban[2:4] + " " + group(iban[4:], [4] * 8)
    return group(iban, [4] * 9)


def v_bsn(r, lang, mod=""):
    if lang in ("nl-be", "fr-be") or mod == "be":
        while True:
            yy, mm, dd = r.randint(50, 99), r.randint(1, 12), r.randint(1, 28)
            seq = r.randint(1, 997)
            base = int("%02d%02d%02d%03d" % (yy, mm, dd, seq))
            chk = 97 - base % 97
            s = "%02d%02d%02d%03d%02d" % (yy, mm, dd, seq, chk)
            k = r.randrange(3)
            if k == 0:
                return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
            if k == 1:
                return s
            return "%s%s%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    while True:
        d = digits(r, 8, first_nonzero=True)
        w = [9, 8, 7, 6, 5, 4, 3, 2]
        s = sum(int(a) * b for a, b in zip(d, w)) % 11
        if s < 10:
            v = d + str(s)
            if bsn_ok(v):
                k = r.randrange(3)
                return v if k < 2 else group(v, [4, 2, 3], ".") if r.random() < 0.5 else group(v, [3, 3, 3], " ")


EMAIL_DOMAINS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl"],
                 "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be"],
                 "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.be", "yahoo.fr"],
                 "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
                 "en-us": ["gmail.com", "yahoo.com", "aol.com", "icloud.com", "comcast.net", "outlook.com"]}


def ascii_name(s):
    t = s.lower()
    for a, b in [("é", "e"), ("è", "e"), ("ë", "e"), ("ï", "i"), ("ç", "c"), ("ô", "o"), ("'", ""), (" ", "")]:
        t = t.replace(a, b)
    return t


def v_email(r, lang, mod="", name=None):
    name = name or "sam peters"
    parts = name.split()
    f, l = ascii_name(parts[0]), ascii_name(parts[-1])
    dom = r.choice(EMAIL_DOMAINS[lang])
    k = r.randrange(6)
    local = [f + "." + l, f + l + digits(r, 2), f[0] + l, f + "_" + l, l + "." + f + digits(r, 4), f + digits(r, 3)][k]
    if mod == "obf":
        u, d = dom.split(".", 1)
        k2 = r.randrange(3)
        if k2 == 0:
            return local.replace(".", " . ") + " @ " + u + " . " + d
        if k2 == 1:
            return local + " [at] " + u + " [dot] " + d
        return local + " at " + u + " dot " + d
    e = local + "@" + dom
    return e.capitalize() if r.random() < 0.08 else e


def v_phone(r, lang, mod=""):
    k = r.randrange(5)
    if lang == "nl":
        m = "6" + digits(r, 8)
        return ["0" + m[:1] + "-" + m[1:], "0" + m[:1] + " " + group(m[1:], [4, 4]), "+31 " + m[:1] + " " + m[1:],
                "+31" + m, "0" + m[0] + " " + group(m[1:], [2, 2, 2, 2])][k]
    if lang in ("nl-be", "fr-be"):
        m = "4" + r.choice(["7", "8", "9", "6"]) + digits(r, 7)
        return ["0" + m[:3] + " " + group(m[3:], [2, 2, 2]), "+32 " + m[:3] + " " + group(m[3:], [2, 2, 2]),
                "0" + m[:3] + "/" + m[3:5] + "." + m[5:7] + "." + m[7:], "0032" + m, "0" + m[:3] + " " + group(m[3:], [2, 2, 2], ".")][k]
    if lang == "en-gb":
        m = "7" + r.choice(["4", "5", "7", "8", "9"]) + digits(r, 8)
        return ["0" + m[:4] + " " + m[4:], "+44 " + m[:4] + " " + m[4:], "0" + m, "+44 (0)" + m[:4] + " " + group(m[4:], [3, 3]),
                "0" + m[:4] + "-" + m[4:]][k]
    a = r.choice(["312", "415", "646", "512", "617", "303", "404", "206"])
    x = str(r.randint(200, 989)) + digits(r, 4)
    return ["(%s) %s-%s" % (a, x[:3], x[3:]), "%s-%s-%s" % (a, x[:3], x[3:]), "+1 %s %s %s" % (a, x[:3], x[3:]),
            "%s.%s.%s" % (a, x[:3], x[3:]), "1-%s-%s-%s" % (a, x[:3], x[3:])][k]


def v_date_of_birth(r, lang, mod=""):
    y, m, d = r.randint(1948, 2006), r.randint(1, 12), r.randint(1, 28)
    k = r.randrange(4)
    if fam(lang) == "en" and lang == "en-us":
        return ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1], d, y),
                "%d-%02d-%02d" % (y, m, d), "%d/%d/%02d" % (m, d, y % 100)][k]
    mon = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
           "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
           "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}[fam(lang)]
    return ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, mon[m - 1], y), "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)][k]


def v_ip_address(r, lang, mod=""):
    if r.random() < 0.15:
        return "2a02:a46%d:%x:0:%x:%x:fe%x:%x" % (r.randint(0, 9), r.randint(4096, 65535), r.randint(256, 65535), r.randint(256, 65535), r.randint(16, 255), r.randint(256, 65535))
    return "%d.%d.%d.%d" % (r.choice([84, 81, 94, 178, 213, 86, 92, 109, 77, 24, 73]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def v_customer_number(r, lang, mod=""):
    k = r.randrange(8)
    if k == 0:
        return digits(r, 7, True)
    if k == 1:
        return r.choice(["M", "LID", "MEM", "CU", "K"]) + r.choice(["-", "", " "]) + digits(r, r.choice([6, 7, 8]))
    if k == 2:
        return digits(r, 4, True) + " " + digits(r, 4) + " " + digits(r, 4)
    if k == 3:
        return digits(r, 10, True)
    if k == 4:
        return r.choice(["GC", "VIP", "FP", "CLB"]) + digits(r, 6)
    if k == 5:
        return digits(r, 3, True) + "." + digits(r, 3) + "." + digits(r, 3)
    if k == 6:
        return "%s%s-%s" % (r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), digits(r, 5), digits(r, 2))
    return digits(r, 9, True)


ADDR = {}


def v_address(r, lang, mod="", pools=None):
    st = r.choice(pools["street_" + ("nl" if lang == "nl" else "be_nl" if lang == "nl-be" else "be_fr" if lang == "fr-be" else lang)])
    city = r.choice(pools["city_" + ("nl" if lang == "nl" else "be_nl" if lang == "nl-be" else "be_fr" if lang == "fr-be" else lang)])
    nr = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-2", " bus 3", "/1"] if lang in ("nl-be", "fr-be") else ["", "", "", "a", "-II", " hs", "B"])
    sep = "\n" if mod == "ml" else r.choice([", ", ", ", " "])
    if lang == "nl":
        pc = "%d %s" % (r.randint(1011, 9999), "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
        if r.random() < 0.3:
            pc = pc.replace(" ", "")
        return "%s %s%s%s %s" % (st, nr, sep, pc, city[1])
    if lang in ("nl-be", "fr-be"):
        if lang == "fr-be" and r.random() < 0.5:
            return "%s, %s%s%s %s" % (nr.split()[0], st, sep, city[0], city[1])
        return "%s %s%s%s %s" % (st, nr, sep, city[0], city[1])
    if lang == "en-gb":
        pc = city[0] + " " + str(r.randint(1, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        flat = r.choice(["", "", "Flat %d, " % r.randint(1, 12)])
        return "%s%d %s%s%s%s%s" % (flat, r.randint(1, 180), st, sep, city[1], " " if sep == " " else sep, pc)
    apt = r.choice(["", "", ", Apt %d%s" % (r.randint(1, 9), r.choice("ABC")), " #%d" % r.randint(100, 999)])
    return "%d %s%s%s%s, %s %s" % (r.randint(10, 9800), st, apt, sep, city[1], city[0], digits(r, 5, True))


GEN = {"password": v_password, "pin": v_pin, "puk": v_puk, "otp": v_otp, "wifi_key": v_wifi_key,
       "api_key": v_api_key, "token": v_token, "card": v_card, "cvv": v_cvv, "card_expiry": v_card_expiry,
       "iban": v_iban, "bsn": v_bsn, "phone": v_phone, "date_of_birth": v_date_of_birth,
       "ip_address": v_ip_address, "customer_number": v_customer_number}

# ---------------------------------------------------------------- negatives

MON = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
       "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
       "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}


def n_value(r, kind, lang, mod="", ctx=None):
    F = fam(lang)
    if kind == "amount":
        a = r.choice([r.randint(5, 900), r.randint(5, 90) + 0.95, r.randint(10, 400) + 0.5, 1250, 75, 150])
        if F == "en":
            cur = "£" if lang == "en-gb" else "$"
            return "%s%.2f" % (cur, a) if r.random() < 0.7 else "%s%d" % (cur, int(a))
        s = ("%.2f" % a).replace(".", ",")
        return r.choice(["€ " + s, "€" + s, s + " €", "EUR " + s, "€" + str(int(a)) + ",-"])
    if kind == "company_phone":
        if lang == "nl":
            return r.choice(["0900-" + digits(r, 4), "088 " + digits(r, 3) + " " + digits(r, 4), "020 " + digits(r, 3) + " " + digits(r, 4), "085-" + digits(r, 7)])
        if lang in ("nl-be", "fr-be"):
            return r.choice(["078 " + group(digits(r, 6), [2, 2, 2]), "070 " + group(digits(r, 6), [3, 3]), "02 " + group(digits(r, 7), [3, 2, 2]), "+32 78 " + group(digits(r, 6), [2, 2, 2])])
        if lang == "en-gb":
            return r.choice(["0345 " + digits(r, 3) + " " + digits(r, 4), "0800 " + digits(r, 3) + " " + digits(r, 4), "0333 " + digits(r, 3) + " " + digits(r, 4)])
        return r.choice(["1-800-" + digits(r, 3) + "-" + digits(r, 4), "(888) " + digits(r, 3) + "-" + digits(r, 4), "1-866-" + digits(r, 3) + "-" + digits(r, 4)])
    if kind == "company_registration":
        if lang == "nl":
            return r.choice([digits(r, 8, True), "NL" + digits(r, 9) + "B0" + str(r.randint(1, 9))])
        if lang in ("nl-be", "fr-be"):
            d = "0" + digits(r, 9)
            return r.choice(["BE " + d[:4] + "." + d[4:7] + "." + d[7:], d[:4] + "." + d[4:7] + "." + d[7:], "BE" + d])
        return r.choice(["GB " + group(digits(r, 9), [3, 4, 2]), digits(r, 8, True), "EIN " + digits(r, 2) + "-" + digits(r, 7)])
    if kind == "date":
        d, m = r.randint(1, 28), r.randint(1, 12)
        if F == "nl":
            return r.choice(["%d %s" % (d, MON["nl"][m - 1]), "%02d-%02d-2025" % (d, m), "%d/%d" % (d, m), "%d %s 2025" % (d, MON["nl"][m - 1][:3])])
        if F == "fr":
            return r.choice(["%d %s" % (d, MON["fr"][m - 1]), "%02d/%02d/2025" % (d, m), "le %d/%d" % (d, m)]).replace("le ", "")
        if lang == "en-us":
            return r.choice(["%s %d" % (MON["en"][m - 1], d), "%d/%d/2025" % (m, d), "%s %dth" % (MON["en"][m - 1][:3], d)])
        return r.choice(["%d %s" % (d, MON["en"][m - 1]), "%02d/%02d/2025" % (d, m), "%d %s 2025" % (d, MON["en"][m - 1][:3])])
    if kind == "time":
        h, mi = r.randint(6, 23), r.choice([0, 15, 30, 45, 5, 50])
        if F == "nl":
            return r.choice(["%02d:%02d" % (h, mi), "%d.%02d uur" % (h, mi), "%du%02d" % (h, mi) if lang == "nl-be" else "%d:%02d" % (h, mi)])
        if F == "fr":
            return r.choice(["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi), "%dh" % h])
        if lang == "en-us":
            return r.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am")])
        return r.choice(["%02d:%02d" % (h, mi), "%d.%02dpm" % ((h - 1) % 12 + 1, mi)])
    if kind == "year":
        return str(r.choice([2019, 2022, 2023, 2024, 2025, 2026]))
    if kind == "error_code":
        return r.choice(["E-" + digits(r, 3), "ERR_" + digits(r, 4), "0x8007" + "".join(r.choice("0123456789ABCDEF") for _ in range(4)),
                         str(r.choice([401, 403, 500, 502, 503])), "PAY-" + digits(r, 3), "AUTH_" + r.choice(["007", "112", "403"]), "E" + digits(r, 2)])
    if kind == "flight_number":
        return r.choice(["KL", "HV", "FR", "BA", "SN", "U2", "TB", "UA", "DL"]) + r.choice(["", " "]) + str(r.randint(100, 9899))
    if kind == "hashtag":
        return "#" + r.choice(ctx["hashtags"])
    if kind == "mention":
        return "@" + ctx["handle"]
    if kind == "invoice_number":
        return r.choice(["F2025-" + digits(r, 6), "INV-" + digits(r, 5), "FAC/2025/" + digits(r, 4), "2025" + digits(r, 6), "SI-" + digits(r, 7)])
    if kind == "order_number":
        return r.choice(["BK-" + "".join(r.choice("ACDEFHJKLMNPQRTUVWXY3479") for _ in range(6)),
                         ctx["brand_code"] + digits(r, 6), "#" + digits(r, 9, True),
                         "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
                         digits(r, 10, True), "R" + digits(r, 8)])
    if kind == "ticket_number":
        return r.choice(["#" + digits(r, 7, True), "TCK-" + digits(r, 8), "CS" + digits(r, 6), "INC" + digits(r, 7), digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 2)])
    if kind == "tracking_number":
        return r.choice(["3S" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + digits(r, 7), "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
                         "CD" + digits(r, 9) + "NL", "JVGL" + digits(r, 16)])
    if kind == "request_id":
        h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
        return r.choice(["req_" + h(16), "%s-%s-%s-%s-%s" % (h(8), h(4), h(4), h(4), h(12)), "RID" + h(10).upper()])
    if kind == "meter_reading":
        return r.choice(["%s kWh" % digits(r, 5, True), "%s,%s m³" % (digits(r, 4, True), digits(r, 3)), digits(r, 6, True), "%s.%s kWh" % (digits(r, 2, True), digits(r, 3))])
    if kind == "model_number":
        return r.choice(["TX-" + digits(r, 4), "SL" + digits(r, 3) + "-E", "Model " + r.choice("ABCKX") + digits(r, 2), "HT" + digits(r, 4) + "B", "Gen" + str(r.randint(2, 5)) + " " + r.choice(["Pro", "Max", "S"])])
    if kind == "product_code":
        return r.choice([r.choice(["ZOMER", "WELKOM", "SUMMER", "BIENVENUE", "SPRING", "FIT", "LATE"]) + str(r.choice([10, 15, 20, 25, 50])),
                         "VOUCH-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)),
                         "SKU " + digits(r, 6), "ART-" + digits(r, 5), r.choice(["WEEKEND", "MIDWEEK", "GOLD", "DUO"]) + "-" + str(r.randint(2, 12))])
    if kind == "version_string":
        return r.choice(["%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9)), "v%d.%d" % (r.randint(2, 12), r.randint(0, 20)), "%d.%d (build %s)" % (r.randint(4, 9), r.randint(0, 9), digits(r, 4))])
    if kind == "percentage":
        return r.choice(["%d%%" % r.choice([10, 15, 20, 25, 30, 50]), "%d %%" % r.choice([5, 12, 40]), "%d procent" % r.choice([10, 20, 25]) if F == "nl" else "%d%%" % r.choice([60, 75])])
    if kind == "quantity":
        n = r.randint(2, 8)
        U = {"people": {"nl": ["personen", "volwassenen", "man"], "fr": ["personnes", "adultes"], "en": ["people", "adults", "guests"]},
             "nights": {"nl": ["nachten"], "fr": ["nuits"], "en": ["nights"]},
             "tickets": {"nl": ["kaartjes", "tickets", "e-tickets"], "fr": ["billets", "places"], "en": ["tickets", "passes", "e-tickets"]},
             "bikes": {"nl": ["fietsen", "e-bikes"], "fr": ["vélos", "VTT"], "en": ["bikes", "e-bikes"]}}
        u = U.get(mod or "people", U["people"])[F]
        if mod == "bare":
            return str(n)
        return "%d %s" % (n, r.choice(u))
    if kind == "url":
        d = ctx["domain"]
        return r.choice(["https://www." + d + "/" + r.choice(["mijn-boeking", "account/reset", "faq", "help/login", "voucher", "app"]), "www." + d + "/" + r.choice(["contact", "status", "leden"]), d + "/help", "https://" + d + "/r/" + digits(r, 5)])
    if kind == "masked_value":
        return r.choice(["**** **** **** " + digits(r, 4), "XXXX-XXXX-XXXX-" + digits(r, 4), r.choice(["NL", "BE", "GB"]) + "** **** **** " + digits(r, 4), "*" * 6 + digits(r, 3), "••••" + digits(r, 4), "06-****" + digits(r, 4), "j***@" + r.choice(["gmail.com", "telenet.be", "outlook.com"]), "****"])
    if kind == "port":
        return str(r.choice([8080, 443, 8443, 3389, 5060, 1194, 51820, 8000]))
    if kind == "checksum":
        h = "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
        return h
    raise KeyError(kind)

# ---------------------------------------------------------------- rendering

TOK = re.compile(r"\[\[([a-z_@!]+)(?::([a-z_A-Z]+))?\]\]")


class Msg:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.negs = []

    @property
    def pos(self):
        return sum(len(p) for p in self.parts)

    def lit(self, s):
        self.parts.append(s)

    def span(self, t, v):
        s = self.pos
        self.parts.append(v)
        self.spans.append({"type": t, "start": s, "end": s + len(v)})

    def neg(self, k, v):
        s = self.pos
        self.parts.append(v)
        self.negs.append({"kind": k, "start": s, "end": s + len(v)})

    def extend(self, other):
        off = self.pos
        self.parts.append(other.text)
        for x in other.spans:
            self.spans.append({"type": x["type"], "start": x["start"] + off, "end": x["end"] + off})
        for x in other.negs:
            self.negs.append({"kind": x["kind"], "start": x["start"] + off, "end": x["end"] + off})

    @property
    def text(self):
        return "".join(self.parts)


def mess_literal(r, s, style):
    if style == "lower":
        t = s.lower()
        return t if len(t) == len(s) else s
    if style == "upper":
        t = s.upper()
        return t if len(t) == len(s) else s
    if style == "typo" and len(s) > 8 and r.random() < 0.5:
        words = s.split(" ")
        i = r.randrange(len(words))
        w = words[i]
        if len(w) > 3 and w.isalpha() and w.islower():
            j = r.randrange(len(w) - 1)
            op = r.randrange(3)
            if op == 0:
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif op == 1:
                w = w[:j] + w[j + 1:]
            else:
                w = w[:j] + w[j] + w[j:]
            words[i] = w
        return " ".join(words)
    return s


def render(r, tpl, lang, ctx, style=None):
    """Fill a template. ctx: dict with pools and the message's persona (name, brand...)."""
    m = Msg()
    i = 0
    for mt in TOK.finditer(tpl):
        lit = tpl[i:mt.start()]
        if lit:
            m.lit(mess_literal(r, lit, style))
        name, mod = mt.group(1), mt.group(2) or ""
        i = mt.end()
        if name.startswith("@"):
            key = name[1:]
            if key in ("name", "agent", "first", "brand", "city", "ssid", "pet", "handle", "other"):
                val = ctx[key]
            else:
                val = r.choice(ctx["pools"][key])
            m.lit(val)
        elif name.startswith("!"):
            kind = name[1:]
            m.neg(kind, n_value(r, kind, lang, mod, ctx))
        else:
            if name == "aws_secret":
                m.span("api_key", v_aws_secret(r))
                continue
            if name == "email":
                v = v_email(r, lang, mod, ctx["name"] if mod != "other" else ctx["other"])
            elif name == "username":
                v = v_username(r, lang, mod, ctx["name"])
            elif name == "address":
                v = v_address(r, lang, mod, ctx["pools"])
            else:
                v = GEN[name](r, lang, mod)
            m.span(name, v)
    lit = tpl[i:]
    if lit:
        m.lit(mess_literal(r, lit, style))
    return m

# ---------------------------------------------------------------- self-check


def check_record(rec):
    t = rec["text"]
    ivs = []
    for s in rec["spans"]:
        assert s["type"] in SPAN_TYPES, (rec["id"], s)
        ivs.append((s["start"], s["end"], s["type"]))
    for n in rec["negatives"]:
        assert n["kind"] in NEG_KINDS, (rec["id"], n)
        ivs.append((n["start"], n["end"], n["kind"]))
    for a, b, k in ivs:
        assert 0 <= a < b <= len(t), (rec["id"], k, a, b)
        v = t[a:b]
        assert v == v.strip(), (rec["id"], k, repr(v))
    ivs.sort()
    for x, y in zip(ivs, ivs[1:]):
        assert x[1] <= y[0], ("overlap", rec["id"], x, y, t[x[0]:x[1]], t[y[0]:y[1]])
    for s in rec["spans"]:
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19, (rec["id"], v)
        if s["type"] == "iban":
            assert iban_ok(v), (rec["id"], v)
        if s["type"] == "bsn":
            assert bsn_ok(v), (rec["id"], v)
    vis = "public" if rec["channel"] in ("x_public", "instagram_comment", "facebook_comment") else "private"
    assert rec["visibility"] == vis, rec["id"]
    assert rec["lang"] in ("nl", "nl-be", "fr-be", "en-gb", "en-us")
