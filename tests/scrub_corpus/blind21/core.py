"""Value generators and checks for blind21 (standard library only)."""
import random
import string

SPOKEN = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def grp(lang):
    if lang in ("nl", "nl-be"):
        return "nl"
    if lang == "fr-be":
        return "fr"
    return "en"


def digits(r, n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    return s


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, n in enumerate(reversed(d)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_make(r, prefix, length):
    body = prefix + digits(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


IBAN_SPEC = {
    "NL": lambda r: r.choice(["KNAB", "INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ"]) + digits(r, 10),
    "BE": lambda r: digits(r, 12),
    "DE": lambda r: digits(r, 18),
    "FR": lambda r: digits(r, 23),
    "GB": lambda r: r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + digits(r, 14),
    "ES": lambda r: digits(r, 20),
    "LU": lambda r: digits(r, 16),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14),
}


def iban_raw(r, cc):
    bban = IBAN_SPEC[cc](r)
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return cc + "%02d" % chk + bban


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    t = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return t % 11 == 0


def bsn_raw(r):
    while True:
        d = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


# ---------------------------------------------------------------- values
def v_password(r, P, lang):
    w = r.choice(P["pwword"])
    shapes = [
        lambda: w + str(r.randrange(1940, 2027)) + r.choice("!#$") + r.choice(["x", "a", "Q", "k"]),
        lambda: w + r.choice("!@#&*") + digits(r, r.choice([2, 3, 4])),
        lambda: w.lower() + "_" + digits(r, 2) + r.choice(["A", "b", "Z"]),
        lambda: r.choice(["Oma", "Opa", "Mam", "Pap", "Gran"]) + w + digits(r, 2),
        lambda: "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.randint(10, 14))),
        lambda: w[:3].upper() + w[3:] + "." + digits(r, 3),
        lambda: digits(r, 2) + w + r.choice("%$+"),
    ]
    while True:
        s = r.choice(shapes)()
        if s[-1] not in ".,!?;:)" and s[0] not in "({[":
            return s


def v_username(r, P, lang):
    f = r.choice(P["first"]).lower().replace(" ", "")
    l = r.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    shapes = [
        f[0] + l + digits(r, 2),
        f + "." + l,
        f + "_" + l[:4] + digits(r, 1),
        l + f[0] + digits(r, 4),
        f + digits(r, 2) + l[:2],
        (f[0] + l).upper(),
        "mw" + l + digits(r, 2),
        f + "-" + l,
    ]
    return r.choice(shapes)


def v_pin(r, P, lang, n=None):
    n = n or r.choice([4, 4, 4, 4, 5, 6])
    d = digits(r, n)
    while len(set(d)) == 1:
        d = digits(r, n)
    x = r.random()
    if x < 0.08:
        return " ".join(d)
    return d


def v_pin_spoken(r, P, lang):
    d = digits(r, r.choice([4, 4, 5, 6]))
    x = r.random()
    if x < 0.6:
        return " ".join(SPOKEN[grp(lang)][int(c)] for c in d)
    if x < 0.8:
        return " ".join(d)
    return d


def v_otp_spoken(r, P, lang):
    d = digits(r, 6)
    x = r.random()
    if x < 0.6:
        return " ".join(SPOKEN[grp(lang)][int(c)] for c in d)
    if x < 0.8:
        return " ".join(d)
    return d[:3] + " " + d[3:]


def v_puk(r, P, lang):
    d = digits(r, 8)
    if r.random() < 0.15:
        return d[:4] + " " + d[4:]
    return d


def v_otp(r, P, lang):
    d = digits(r, r.choice([6, 6, 6, 6, 5, 8]))
    x = r.random()
    if len(d) == 6 and x < 0.15:
        return d[:3] + " " + d[3:]
    if len(d) == 6 and x < 0.27:
        return d[:3] + "-" + d[3:]
    if x < 0.37:
        return r.choice(["G-", "S-", "ING-", "K-"]) + digits(r, 6)
    return d


def v_wifi_key(r, P, lang):
    shapes = [
        lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([10, 12, 16]))),
        lambda: "".join(r.choice("abcdef0123456789") for _ in range(r.choice([10, 13]))),
        lambda: r.choice(P["pwword"]) + r.choice(P["pwword"]).lower() + digits(r, 2),
        lambda: "-".join("".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(4)) for _ in range(4)),
        lambda: digits(r, 4) + "".join(r.choice(string.ascii_letters) for _ in range(6)) + digits(r, 2),
    ]
    return r.choice(shapes)()


def v_api_key(r, P, lang):
    al = string.ascii_letters + string.digits
    rnd = lambda n, a=al: "".join(r.choice(a) for _ in range(n))
    shapes = [
        lambda: "sk_live_" + rnd(24),
        lambda: "pk_live_" + rnd(24),
        lambda: "rk_live_" + rnd(24),
        lambda: "ck_" + rnd(40, "0123456789abcdef"),
        lambda: "cs_" + rnd(40, "0123456789abcdef"),
        lambda: "api_" + rnd(28),
        lambda: "AKIA" + rnd(16, string.ascii_uppercase + "234567"),
        lambda: rnd(40, al + "/+"),
        lambda: "AIza" + rnd(35, al + "-_"),
        lambda: "SG." + rnd(22, al + "-_") + "." + rnd(43, al + "-_"),
        lambda: rnd(32, "0123456789abcdef"),
    ]
    while True:
        s = r.choice(shapes)()
        if s[-1] not in "/+-_.":
            return s


def v_token(r, P, lang):
    al = string.ascii_letters + string.digits
    rnd = lambda n, a=al: "".join(r.choice(a) for _ in range(n))
    b64 = al + "-_"
    shapes = [
        lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + rnd(r.randint(30, 60), b64) + "." + rnd(43, b64),
        lambda: "ghp_" + rnd(36),
        lambda: "github_pat_" + rnd(22) + "_" + rnd(59),
        lambda: "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rnd(24),
        lambda: "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + rnd(32, "0123456789abcdef"),
        lambda: "glpat-" + rnd(20, b64),
        lambda: rnd(40, "0123456789abcdef"),
        lambda: "sess_" + rnd(32),
    ]
    while True:
        s = r.choice(shapes)()
        if s[-1] not in "-_.":
            return s


def card_number(r, kind=None):
    kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        return luhn_make(r, "4" + digits(r, 5), 16), kind
    if kind == "mc":
        return luhn_make(r, r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), kind
    if kind == "amex":
        return luhn_make(r, r.choice(["34", "37"]), 15), kind
    return luhn_make(r, r.choice(["6759", "6761", "5018", "6304"]), r.choice([16, 19])), kind


def v_card(r, P, lang):
    n, kind = card_number(r)
    x = r.random()
    if kind == "amex":
        if x < 0.7:
            sep = r.choice([" ", "-"])
            return n[:4] + sep + n[4:10] + sep + n[10:]
        return n
    if x < 0.45:
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    if x < 0.55:
        return "  ".join(n[i:i + 4] for i in range(0, len(n), 4))
    if x < 0.7:
        return "-".join(n[i:i + 4] for i in range(0, len(n), 4))
    return n


def v_cvv(r, P, lang):
    return digits(r, r.choice([3, 3, 3, 4]))


def v_iban(r, P, lang, cc=None):
    if cc is None:
        home = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "DE"}[lang]
        cc = home if r.random() < 0.75 else r.choice(list(IBAN_SPEC))
    s = iban_raw(r, cc)
    x = r.random()
    if x < 0.45:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if x < 0.55:
        return s.lower()
    if x < 0.65:
        rest = s[4:]
        return s[:2] + " " + s[2:4] + " " + " ".join(rest[i:i + 4] for i in range(0, len(rest), 4))
    return s


def v_bsn(r, P, lang):
    s = bsn_raw(r)
    x = r.random()
    if x < 0.2:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if x < 0.3:
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def v_card_expiry(r, P, lang):
    m = r.randrange(1, 13)
    y = r.randrange(26, 32)
    return r.choice(["%02d/%02d" % (m, y), "%02d-20%02d" % (m, y), "%02d%02d" % (m, y),
                     "%02d/20%02d" % (m, y), "%02d / %02d" % (m, y)])


def v_email(r, P, lang):
    f = r.choice(P["first"]).lower().replace(" ", "")
    l = r.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    d = r.choice(P["domain"])
    local = r.choice([f + "." + l, f[0] + l, f + l[:3] + digits(r, 2), l + "." + f[0], f + "_" + digits(r, 4)])
    x = r.random()
    if x < 0.08:
        return local + " @ " + d
    if x < 0.14 and grp(lang) != "fr":
        dom, tld = d.rsplit(".", 1)
        word = {"nl": (" at ", " punt "), "en": (" at ", " dot ")}[grp(lang)]
        return local + word[0] + dom + word[1] + tld
    return local + "@" + d


def v_phone(r, P, lang):
    if lang == "nl":
        d = "1" + digits(r, 7)
        return r.choice(["06-" + d, "06 - " + d, "06 " + " ".join([d[:2], d[2:4], d[4:6], d[6:]]),
                         "+31 6 " + d, "+316" + d, "06" + d, "020-" + digits(r, 7, True),
                         "(020) " + digits(r, 3, True) + " " + digits(r, 4)])
    if lang in ("nl-be", "fr-be"):
        a = r.choice(["0470", "0471", "0472", "0475", "0476", "0477", "0478", "0479", "0485", "0486",
                      "0491", "0492", "0493", "0494", "0495", "0496", "0497", "0498", "0499"])
        d = digits(r, 6)
        return r.choice([a + "/" + d[:2] + "." + d[2:4] + "." + d[4:], a + " " + d[:2] + " " + d[2:4] + " " + d[4:],
                         "+32 " + a[1:] + " " + d[:2] + " " + d[2:4] + " " + d[4:], a + d, "+32" + a[1:] + d])
    if lang == "en-gb":
        return r.choice(["07700 900" + digits(r, 3), "+44 7700 900" + digits(r, 3), "07700900" + digits(r, 3),
                         "020 7946 0" + digits(r, 3), "+44 20 7946 0" + digits(r, 3)])
    x = "01" + digits(r, 2)
    a = r.choice(["212", "312", "415", "617", "202", "503", "718"])
    return r.choice(["(%s) 555-%s" % (a, x), "%s.555.%s" % (a, x), "%s-555-%s" % (a, x), "+1 %s 555 %s" % (a, x),
                     "+1 (%s) 555-%s" % (a, x)])


def v_address(r, P, lang, multiline=False):
    st = r.choice(P["street"][lang])
    no = str(r.randrange(1, 180))
    if lang == "nl":
        no += r.choice(["", "", "", "a", "B", "-2", "-hs", " III"])
    elif lang in ("nl-be", "fr-be"):
        no += r.choice(["", "", "", " bus 3", "/2", "A"])
    elif lang == "en-gb":
        no = r.choice([no, no, "Flat " + str(r.randrange(1, 9)) + ", " + no, no + "a"])
    city = r.choice(P["city"][lang])
    sep = "\n" if multiline else r.choice([", ", ", ", " "])
    if lang == "nl":
        pc = digits(r, 4, True) + r.choice([" ", ""]) + "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        return st + " " + no + sep + pc + " " + city
    if lang in ("nl-be", "fr-be"):
        pc = city[0]
        return st + " " + no + sep + pc + " " + city[1]
    if lang == "en-gb":
        return no + " " + st + sep + city[1] + sep + city[0] if multiline else no + " " + st + ", " + city[1] + " " + city[0]
    return no.replace(" ", "") + " " + st + sep + city[1] + ", " + city[0] + " " + digits(r, 5, True)


def v_dob(r, P, lang):
    d, m, y = r.randrange(1, 29), r.randrange(1, 13), r.randrange(1931, 2004)
    months = {
        "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "en": "January February March April May June July August September October November December".split(),
    }[grp(lang)]
    opts = ["%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y),
            "%02d-%02d-%02d" % (d, m, y % 100), "%d %s %d" % (d, months[m - 1], y), "%d.%02d.%d" % (d, m, y)]
    if lang == "en-us":
        opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (months[m - 1], d, y), "%d/%d/%02d" % (m, d, y % 100)]
    return r.choice(opts)


def v_ip(r, P, lang):
    return "%d.%d.%d.%d" % (r.choice([84, 62, 145, 81, 31, 94, 178, 213, 86]), r.randrange(1, 255), r.randrange(0, 255), r.randrange(1, 255))


def v_customer_number(r, P, lang):
    return r.choice([
        lambda: digits(r, 8, True), lambda: "K" + digits(r, 7), lambda: digits(r, 3, True) + "." + digits(r, 3) + "." + digits(r, 3),
        lambda: "CL-" + digits(r, 6), lambda: digits(r, 10, True), lambda: "P" + digits(r, 6), lambda: digits(r, 4, True) + "-" + digits(r, 5),
        lambda: "ZK" + digits(r, 8), lambda: "40" + digits(r, 7),
    ])()


VALUE = {
    "password": v_password, "username": v_username, "pin": v_pin, "puk": v_puk, "otp": v_otp,
    "wifi_key": v_wifi_key, "api_key": v_api_key, "token": v_token, "card": v_card, "cvv": v_cvv,
    "iban": v_iban, "bsn": v_bsn, "card_expiry": v_card_expiry, "email": v_email, "phone": v_phone,
    "address": v_address, "address_ml": lambda r, P, l: v_address(r, P, l, True), "date_of_birth": v_dob,
    "ip_address": v_ip,
    "gkey": lambda r, P, l: "AIza" + "".join(r.choice(string.ascii_letters + string.digits + "-_") for _ in range(34)) + r.choice(string.ascii_letters),
    "sgkey": lambda r, P, l: "SG." + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(22)) + "." + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(43)),
    "skkey": lambda r, P, l: "sk_live_" + "".join(r.choice(string.ascii_letters + string.digits) for _ in range(24)),
    "ckkey": lambda r, P, l: "ck_" + "".join(r.choice("0123456789abcdef") for _ in range(40)),
    "cskey": lambda r, P, l: "cs_" + "".join(r.choice("0123456789abcdef") for _ in range(40)),
    "aws_id": lambda r, P, l: "AKIA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
    "aws_secret": lambda r, P, l: "".join(r.choice(string.ascii_letters + string.digits + "/+") for _ in range(39)) + r.choice(string.ascii_letters), "otp_digits": lambda r, P, l: digits(r, 6), "pinfive": lambda r, P, l: v_pin(r, P, l, 5), "pin_spoken": v_pin_spoken, "otp_spoken": v_otp_spoken, "customer_number": v_customer_number,
}
SPAN_TYPE = {"gkey": "api_key", "sgkey": "api_key", "skkey": "api_key", "ckkey": "api_key", "cskey": "api_key", "aws_id": "api_key", "aws_secret": "api_key", "pin_spoken": "pin", "otp_spoken": "otp", "address_ml": "address", "otp_digits": "otp", "pinfive": "pin"}


# ---------------------------------------------------------------- negatives
def n_value(kind, r, P, lang):
    g = grp(lang)
    if kind == "amount":
        a = r.choice([r.randrange(3, 120), r.randrange(3, 120), r.randrange(20, 400), r.randrange(100, 2400)])
        c = r.randrange(100)
        if lang == "en-gb":
            return "£%d.%02d" % (a, c)
        if lang == "en-us":
            return "$%d.%02d" % (a, c)
        return r.choice(["€ %d,%02d" % (a, c), "€%d,%02d" % (a, c), "%d,%02d euro" % (a, c), "EUR %d,%02d" % (a, c)])
    if kind == "company_phone":
        if lang == "nl":
            return r.choice(["0800-" + digits(r, 4), "088 " + digits(r, 3) + " " + digits(r, 4), "0900-" + digits(r, 4), "0800 0" + digits(r, 3)])
        if lang in ("nl-be", "fr-be"):
            return r.choice(["078 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2), "0800 " + digits(r, 2) + " " + digits(r, 3), "070 " + digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 2)])
        if lang == "en-gb":
            return r.choice(["0345 " + digits(r, 3) + " " + digits(r, 4), "03457 " + digits(r, 6), "0800 " + digits(r, 3) + " " + digits(r, 4)])
        return r.choice(["1-800-555-01" + digits(r, 2), "1 (888) 555-01" + digits(r, 2), "800-555-01" + digits(r, 2)])
    if kind == "company_registration":
        if lang == "nl":
            return r.choice([digits(r, 8, True), "NL" + digits(r, 9) + "B01"])
        if lang in ("nl-be", "fr-be"):
            return r.choice(["BE 0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3), "0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3)])
        return r.choice(["0" + digits(r, 7), "GB" + digits(r, 9), "SC" + digits(r, 6)]) if lang == "en-gb" else digits(r, 2) + "-" + digits(r, 7)
    if kind == "date":
        d, m = r.randrange(1, 29), r.randrange(1, 13)
        if g == "nl":
            return r.choice(["%d-%d-2026" % (d, m), "%02d-%02d" % (d, m), "%d %s" % (d, r.choice(["november", "december", "januari", "oktober"]))])
        if g == "fr":
            return r.choice(["%02d/%02d/2026" % (d, m), "%d %s" % (d, r.choice(["novembre", "décembre", "janvier"]))])
        return r.choice(["%d %s" % (d, r.choice(["November", "December", "January"])), "%02d/%02d/2026" % (d, m) if lang == "en-gb" else "%d/%d" % (m, d)])
    if kind == "time":
        h, mi = r.randrange(7, 22), r.choice([0, 15, 30, 45, 5, 50])
        return r.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi)] if g != "fr" else ["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi)])
    if kind == "year":
        return str(r.randrange(2015, 2027))
    if kind == "error_code":
        return r.choice(["E-" + digits(r, 4), "0x8007" + digits(r, 4), "ERR_" + digits(r, 3), "F" + digits(r, 3), "code " + digits(r, 3) + "-" + digits(r, 2) if False else "AUTH-" + digits(r, 3), "E" + digits(r, 2)])
    if kind == "flight_number":
        return r.choice(["KL", "HV", "SN", "BA", "UA", "FR", "TB"]) + r.choice(["", " "]) + digits(r, r.choice([3, 4]), True)
    if kind == "hashtag":
        return "#" + r.choice(P["hashtag"])
    if kind == "mention":
        return "@" + r.choice(P["handle"])
    if kind == "invoice_number":
        return r.choice(["F2026-" + digits(r, 6), "INV-" + digits(r, 6), "2026" + digits(r, 6), "FAC/" + digits(r, 5)])
    if kind == "order_number":
        return r.choice(["45" + digits(r, 8), "ORD-" + digits(r, 7), "WEB" + digits(r, 6), "#" + digits(r, 7) if False else "1" + digits(r, 8)])
    if kind == "ticket_number":
        return r.choice(["CS-2026-" + digits(r, 6), "00" + digits(r, 6), "SCH-" + digits(r, 7), "2026/" + digits(r, 5), "REF" + digits(r, 7), "#" + digits(r, 6)])
    if kind == "tracking_number":
        return r.choice(["3S" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + digits(r, 9), "JVGL06" + digits(r, 14), "1Z" + digits(r, 3) + "AA1" + digits(r, 10), "CD" + digits(r, 9) + "BE"])
    if kind == "meter_reading":
        return r.choice([digits(r, 5, True), digits(r, 5, True) + "," + digits(r, 1), "0" + digits(r, 4), digits(r, 4, True) + "." + digits(r, 3)])
    if kind == "m_router":
        return r.choice(["Fritz!Box 7590", "H369A", "TP-Link Archer C6", "Connect Box", "Bbox 3", "HomeHub 6", "Deco M5",
                         "Smart Hub 2", "Experia Box v10", "Archer AX55", "Fritz!Box 7530 AX"])
    if kind == "m_meter":
        return r.choice(["Kaifa MA105", "Landis+Gyr E350", "Iskra AM550", "Sagemcom T211", "Kamstrup 162"])
    if kind == "m_phone":
        return r.choice(["Galaxy A54", "iPhone 15 Pro", "Galaxy S23", "Pixel 8a", "Nokia G21", "Doro 8100", "Moto g54",
                         "iPhone SE", "Galaxy A14", "Doro 6820"])
    if kind == "model_number":
        return r.choice(["Fritz!Box 7590", "H369A", "Galaxy A54", "iPhone 15 Pro", "TP-Link Archer C6", "Connect Box", "Galaxy S23", "Pixel 8a", "Bbox 3", "Ziggo Smartwifi Pod" if False else "Deco M5", "HomeHub 6", "Nokia G21", "Omnia 2 meter" if False else "Kaifa MA105"])
    if kind == "product_code":
        return r.choice(["871" + digits(r, 10), "SKU-" + digits(r, 5), "ART " + digits(r, 6), "541" + digits(r, 10)])
    if kind == "version_string":
        return r.choice(["8.12.0", "iOS 17.4.1", "Android 14", "7.3." + str(r.randrange(10)), "v" + str(r.randrange(2, 12)) + "." + str(r.randrange(20)) + "." + str(r.randrange(9)), "iOS 18.1", "5.44.2"])
    if kind == "percentage":
        return r.choice(["%d%%" % r.randrange(2, 30), "%d,%d %%" % (r.randrange(1, 20), r.randrange(10)) if g != "en" else "%d.%d%%" % (r.randrange(1, 20), r.randrange(10)), "%d procent" % r.randrange(2, 30) if g == "nl" else "%d %%" % r.randrange(2, 30)])
    if kind == "q_net":
        return r.choice(["%d Mbps" % r.choice([50, 100, 200, 500, 1000]), "%d Mbit" % r.choice([100, 400, 1000]), "%d GB" % r.choice([10, 20, 50, 100])])
    if kind == "q_energy":
        return r.choice(["%d kWh" % r.randrange(800, 5200), "%d m³" % r.randrange(300, 2200)])
    if kind == "q_med":
        return r.choice(["%d mg" % r.choice([5, 10, 20, 40, 500]), "%d ml" % r.choice([5, 10, 100])])
    if kind == "q_data":
        return r.choice(["%d MB" % r.randrange(2, 900), "%d GB" % r.randrange(1, 40)])
    if kind == "quantity":
        return r.choice(["%d GB" % r.choice([5, 10, 20, 50, 100]), "%d Mbps" % r.choice([100, 200, 500, 1000]), "%d kWh" % r.randrange(800, 5200), "%d m³" % r.randrange(300, 2200), "%d mg" % r.choice([5, 10, 20, 40, 500]), "%d stuks" % r.randrange(2, 90) if g == "nl" else "%d tablets" % r.randrange(2, 90) if g == "en" else "%d comprimés" % r.randrange(2, 90)])
    if kind == "url":
        b = r.choice(P["site"])
        return r.choice(["https://www." + b + "/inloggen" if g == "nl" else "https://www." + b + "/login", "www." + b, "https://mijn." + b + "/wachtwoord-vergeten" if g == "nl" else "https://my." + b + "/reset", b + "/pin"])
    if kind == "masked_value":
        return r.choice(["**** **** **** " + digits(r, 4), "•••• " + digits(r, 4), "XXXX-XXXX-XXXX-" + digits(r, 4), "****" + digits(r, 4), "**" + digits(r, 4), "xxxx xxxx xxxx " + digits(r, 4)])
    if kind == "mk_iban":
        return r.choice(["NL** **** **** **" + digits(r, 2), "BE** **** **** " + digits(r, 4), "NL**RABO******" + digits(r, 4), "****" + digits(r, 4)])
    if kind == "mk_key":
        return r.choice(["sk_live_••••••••" + digits(r, 4), "pk_live_****" + digits(r, 4), "ck_****************", "api_xxxxxxxxxxxx"])
    if kind == "mk_acct":
        return r.choice(["****" + digits(r, 3), "xxxx" + digits(r, 4), "***" + digits(r, 2)])
    if kind == "mk_bsn":
        return r.choice(["*****" + digits(r, 4), "xxx.xx." + digits(r, 3), "******" + digits(r, 3)])
    if kind == "mk_pw":
        return r.choice(["********", "••••••••", "**********", "●●●●●●●"])
    raise KeyError(kind)


NEG_ALIAS = {"m_meter": "model_number", "mk_iban": "masked_value", "mk_key": "masked_value", "mk_acct": "masked_value", "mk_bsn": "masked_value", "mk_pw": "masked_value", "m_router": "model_number", "m_phone": "model_number", "q_net": "quantity", "q_energy": "quantity", "q_med": "quantity", "q_data": "quantity"}
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code",
             "flight_number", "hashtag", "mention", "invoice_number", "order_number", "ticket_number",
             "tracking_number", "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value"]
HIGH = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"]
OTHER = ["card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
