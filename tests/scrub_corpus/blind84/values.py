"""Value generators (labelled PII and hard negatives) for the blind84 corpus.

Every generator takes (rng, lang, pools) and returns a string.
"""
import string

# ---------------------------------------------------------------- checks

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


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return s % 11 == 0


def rrn_ok(num):
    d = "".join(c for c in num if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    if 97 - base % 97 == chk:
        return True
    return 97 - int("2" + d[:9]) % 97 == chk

# ---------------------------------------------------------------- helpers

def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def chunks(s, k, sep=" "):
    return sep.join(s[i:i + k] for i in range(0, len(s), k))


def is_nl(lang):
    return lang in ("nl", "nl-be")


def is_be(lang):
    return lang in ("nl-be", "fr-be")

# ---------------------------------------------------------------- high-risk

PW_WORDS = ["zomer", "Tesla", "laadpaal", "Kever", "voiture", "Bruxelles", "Snoopy", "garage",
            "Fiets", "monkey", "Lisa", "Ajax", "Oranje", "Duvel", "Mercedes", "blauw", "soleil",
            "Dragon", "Pepper", "scooter", "Harlem", "Brompton", "Fenna", "Sunny"]


def password(rng, lang, P):
    w = rng.choice(PW_WORDS)
    y = rng.choice(["2019", "2023", "2024", "88", "77", "123", "01", "!", ""])
    sym = rng.choice(["!", "#", "@", "$", "?", "*", "_", "", "!!"])
    form = rng.randrange(7)
    if form == 0:
        return w + y + sym
    if form == 1:
        return w.capitalize() + sym + digits(rng, 3)
    if form == 2:
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(9, 14)))
    if form == 3:
        return w.lower().replace("a", "@").replace("o", "0") + digits(rng, 2) + (sym or "!")
    if form == 4:
        return rng.choice(PW_WORDS).lower() + "-" + rng.choice(PW_WORDS).lower() + "-" + digits(rng, 2)
    if form == 5:
        return w[:3].upper() + digits(rng, 4) + w[3:].lower() + sym
    return "".join(rng.choice(string.ascii_letters + string.digits + "!#%&") for _ in range(rng.randint(10, 16))).strip() or "Xy7!kq2Lm"


def pin(rng, lang, P):
    n = rng.choice([4, 4, 4, 5, 6])
    v = digits(rng, n)
    if rng.random() < 0.1 and n == 4:
        return v[:2] + " " + v[2:]
    return v


def puk(rng, lang, P):
    v = digits(rng, 8)
    return v if rng.random() < 0.8 else v[:4] + " " + v[4:]


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(rng, lang, P):
    n = rng.choice([6, 6, 6, 4, 5, 8])
    v = digits(rng, n)
    r = rng.random()
    if r < 0.12:
        key = "nl" if is_nl(lang) else ("fr" if lang == "fr-be" else "en")
        return " ".join(NUMWORDS[key][int(c)] for c in v[:6])
    if r < 0.3 and n == 6:
        return v[:3] + rng.choice([" ", "-"]) + v[3:]
    return v


def wifi_key(rng, lang, P):
    f = rng.randrange(4)
    if f == 0:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([10, 12, 16])))
    if f == 1:
        return rng.choice(PW_WORDS) + rng.choice(["Thuis", "Home", "Maison", "Net"]) + digits(rng, 4)
    if f == 2:
        return chunks("".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(16)), 4, "-")
    return digits(rng, 4) + rng.choice(PW_WORDS).lower() + rng.choice(["!", "#", ""])


def username(rng, lang, P):
    first = rng.choice(P["first"]).lower().replace(" ", "")
    last = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    f = rng.randrange(6)
    if f == 0:
        return first + "." + last
    if f == 1:
        return first[0] + last + digits(rng, 2)
    if f == 2:
        return first + "_" + digits(rng, 4)
    if f == 3:
        return last.capitalize() + first[:2].capitalize() + digits(rng, 1)
    if f == 4:
        return first + last[:3] + rng.choice(["85", "1990", "77", "x"])
    return "u" + digits(rng, 7)


B62 = string.ascii_letters + string.digits


def rs(rng, n, alphabet=B62):
    return "".join(rng.choice(alphabet) for _ in range(n))


def api_key(rng, lang, P):
    f = rng.randrange(7)
    if f == 0:
        return "sk_live_" + rs(rng, 24)
    if f == 1:
        return "AKIA" + rs(rng, 16, string.ascii_uppercase + "234567")
    if f == 2:
        return "AIza" + rs(rng, 35, B62 + "-_")
    if f == 3:
        return rs(rng, 40, B62 + "/+")  # AWS secret
    if f == 4:
        return "pk_test_" + rs(rng, 24)
    if f == 5:
        return rs(rng, 32, "0123456789abcdef")
    return "evk_" + rs(rng, 8).lower() + "-" + rs(rng, 20)


def token(rng, lang, P):
    f = rng.randrange(5)
    if f == 0:
        h = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        return h + "." + "eyJ" + rs(rng, 40, B62 + "_-") + "." + rs(rng, 43, B62 + "_-")
    if f == 1:
        return "ghp_" + rs(rng, 36)
    if f == 2:
        return rs(rng, 40, "0123456789abcdef")
    if f == 3:
        return "ya29." + rs(rng, 60, B62 + "_-")
    return rs(rng, 64, "0123456789abcdef")


def _luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_raw(rng):
    k = rng.random()
    if k < 0.45:
        return _luhn_complete("4" + digits(rng, 1), 16, rng)
    if k < 0.8:
        return _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    if k < 0.92:
        return _luhn_complete(rng.choice(["34", "37"]), 15, rng)
    return _luhn_complete("6703", 17, rng) if rng.random() < 0.3 else _luhn_complete("2221", 16, rng)


def card(rng, lang, P):
    n = card_raw(rng)
    if len(n) == 15:
        return group(n, [4, 6, 5], rng.choice([" ", "", "-"]))
    f = rng.randrange(5)
    if f == 0:
        return n
    if f == 1:
        return chunks(n, 4, "-")
    if f == 4:
        return chunks(n, 4, "  ")
    return chunks(n, 4, " ")


def cvv(rng, lang, P):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, lang, P):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    f = rng.randrange(5)
    if f == 0:
        return "%02d/%02d" % (m, y)
    if f == 1:
        return "%02d/20%02d" % (m, y)
    if f == 2:
        return "%02d-%02d" % (m, y)
    if f == 3:
        return "%d/%02d" % (m, y)
    return "%02d%02d" % (m, y)


def _iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - n % 97)


def iban_raw(rng, cc):
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10)
    elif cc == "BE":
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        bban = b + "%02d" % c
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + digits(rng, 14)
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 23)
    elif cc == "LU":
        bban = digits(rng, 16)
    else:
        bban = digits(rng, 20)
    return cc + _iban_check(cc, bban) + bban


def iban(rng, lang, P):
    if lang == "nl":
        cc = "NL" if rng.random() < 0.88 else rng.choice(["BE", "DE"])
    elif is_be(lang):
        cc = "BE" if rng.random() < 0.85 else rng.choice(["NL", "FR", "LU"])
    elif lang == "en-gb":
        cc = "GB" if rng.random() < 0.8 else rng.choice(["NL", "DE", "FR"])
    else:
        cc = rng.choice(["GB", "DE", "NL", "FR"])
    v = iban_raw(rng, cc)
    f = rng.random()
    if f < 0.5:
        v = chunks(v, 4, " ")
    elif f < 0.6:
        v = v.lower()
    elif f < 0.67:
        v = chunks(v, 4, " ").lower()
    return v


def bsn_raw(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = rng.randint(1, 6)
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def rrn_raw(rng):
    y = rng.randint(1948, 2006)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    chk = 97 - int(("2" + base) if y >= 2000 else base) % 97
    return base + "%02d" % chk


def bsn(rng, lang, P):
    if is_be(lang):
        v = rrn_raw(rng)
        f = rng.randrange(4)
        if f == 0:
            return "%s.%s.%s-%s.%s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])
        if f == 1:
            return v
        if f == 2:
            return v[:6] + " " + v[6:9] + " " + v[9:]
        return v[:6] + "-" + v[6:9] + "-" + v[9:]
    v = bsn_raw(rng)
    f = rng.randrange(4)
    if f == 0:
        return v[:4] + "." + v[4:6] + "." + v[6:]
    if f == 1:
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return v

# ---------------------------------------------------------------- contact

def email(rng, lang, P):
    first = rng.choice(P["first"]).lower().replace(" ", "").replace("é", "e").replace("ë", "e")
    last = rng.choice(P["last"]).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(P["maildomains"])
    f = rng.randrange(6)
    if f == 0:
        local = first + "." + last
    elif f == 1:
        local = first[0] + last
    elif f == 2:
        local = first + digits(rng, 2)
    elif f == 3:
        local = last + "." + first[0] + "+" + rng.choice(["lease", "auto", "donaties", "ev"])
    elif f == 4:
        local = first + "_" + last + digits(rng, 4)[:rng.randint(0, 4)]
    else:
        local = (first + last).upper() if rng.random() < 0.3 else first + last
    return local + "@" + dom


def phone(rng, lang, P):
    if lang == "nl":
        if rng.random() < 0.75:
            d = digits(rng, 8)
            f = rng.randrange(7)
            return ["06" + d, "06-" + d, "06 " + d[:4] + " " + d[4:], "+31 6 " + d, "+316" + d,
                    "0031 6 " + chunks(d, 2, " "), "+31 (0)6 " + d[:2] + " " + d[2:5] + " " + d[5:]][f]
        area = rng.choice(["020", "010", "030", "070", "040", "050", "0313", "0546"])
        d = digits(rng, 10 - len(area))
        return rng.choice([area + "-" + d, area + " " + d, "+31 " + area[1:] + " " + d, area + d])
    if is_be(lang):
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "495", "497", "499"])
            d = digits(rng, 6)
            f = rng.randrange(6)
            return ["0%s %s %s %s" % (p, d[:2], d[2:4], d[4:]), "0%s/%s.%s.%s" % (p, d[:2], d[2:4], d[4:]),
                    "+32 %s %s %s %s" % (p, d[:2], d[2:4], d[4:]), "0%s%s" % (p, d), "+32%s%s" % (p, d),
                    "0032 %s %s" % (p, d)][f]
        area = rng.choice(["02", "03", "09", "04", "016", "050"])
        d = digits(rng, 9 - len(area))
        return rng.choice([area + " " + chunks(d, 2 if len(d) % 2 == 0 else 3, " "), area + "/" + d, "+32 " + area[1:] + " " + d])
    if lang == "en-gb":
        if rng.random() < 0.7:
            d = digits(rng, 6)
            p = "7" + rng.choice(["700", "712", "723", "734", "756", "789", "811", "902", "946"])
            return rng.choice(["0%s %s" % (p, d), "0%s%s" % (p, d), "+44 %s %s" % (p, d), "+44 (0)%s %s" % (p, d),
                               "0%s %s %s" % (p, d[:3], d[3:])])
        return rng.choice(["020 7946 " + digits(rng, 4), "0161 496 " + digits(rng, 4), "(0113) 496 " + digits(rng, 4),
                           "+44 20 7946 " + digits(rng, 4)])
    a = rng.choice(["312", "415", "646", "617", "713", "206", "503", "919", "480"])
    x = str(rng.randint(200, 989))
    d = digits(rng, 4)
    return rng.choice(["(%s) %s-%s" % (a, x, d), "%s-%s-%s" % (a, x, d), "%s.%s.%s" % (a, x, d),
                       "+1 %s %s %s" % (a, x, d), "+1 (%s) %s-%s" % (a, x, d), "%s%s%s" % (a, x, d)])


def address(rng, lang, P):
    street = rng.choice(P["street_" + P["loc"](lang)])
    city = rng.choice(P["city_" + P["loc"](lang)])
    if lang == "nl":
        no = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-2", " B", "bis"])
        pc = "%d %s" % (rng.randint(1011, 9999), rng.choice(["AB", "KL", "TR", "GH", "XP", "BZ", "CN", "DE"]))
        if rng.random() < 0.25:
            pc = pc.replace(" ", "")
        f = rng.randrange(4)
        if f == 0:
            return "%s %s, %s %s" % (street, no, pc, city)
        if f == 1:
            return "%s %s %s %s" % (street, no, pc, city.upper())
        if f == 2:
            return "%s %s\n%s %s" % (street, no, pc, city)
        return "%s %s" % (street, no)
    if is_be(lang):
        no = str(rng.randint(1, 180))
        bus = rng.choice(["", "", " bus 3", "/2", " boîte 12" if lang == "fr-be" else " bus 101"])
        pc = str(rng.randint(1000, 9990))
        f = rng.randrange(3)
        if lang == "fr-be" and rng.random() < 0.5:
            return "%s, %s%s, %s %s" % (no, street, bus, pc, city)
        if f == 0:
            return "%s %s%s, %s %s" % (street, no, bus, pc, city)
        if f == 1:
            return "%s %s%s\n%s %s" % (street, no, bus, pc, city)
        return "%s %s%s" % (street, no, bus)
    if lang == "en-gb":
        no = str(rng.randint(1, 220))
        pc = rng.choice(["LS6", "M14", "SW9", "B15", "EH7", "BS3", "CF10", "NG7", "OX4"]) + " " + str(rng.randint(1, 9)) + rng.choice(["AB", "HX", "QT", "DN", "JU"])
        f = rng.randrange(3)
        flat = rng.choice(["", "", "Flat 2, ", "Flat 4B, "])
        if f == 0:
            return "%s%s %s, %s %s" % (flat, no, street, city, pc)
        if f == 1:
            return "%s %s\n%s\n%s" % (no, street, city, pc)
        return "%s %s, %s" % (no, street, pc)
    no = str(rng.randint(10, 9800))
    st = rng.choice(["IL 60614", "CA 94110", "NY 11215", "MA 02139", "TX 77006", "WA 98103", "OR 97214", "NC 27603", "AZ 85004"])
    apt = rng.choice(["", "", ", Apt 4B", " Unit 12", ", #305"])
    f = rng.randrange(3)
    if f == 0:
        return "%s %s%s, %s, %s" % (no, street, apt, city, st)
    if f == 1:
        return "%s %s%s\n%s, %s" % (no, street, apt, city, st)
    return "%s %s%s" % (no, street, apt)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def mkey(lang):
    return "nl" if is_nl(lang) else ("fr" if lang == "fr-be" else "en")


def date_of_birth(rng, lang, P):
    y, m, d = rng.randint(1944, 2005), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.randrange(5)
    if lang == "en-us":
        return ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d/%d/%d" % (m, d, y % 100 + 0 if False else y),
                "%d-%02d-%02d" % (y, m, d), "%s %d %d" % (MONTHS["en"][m - 1][:3], d, y)][f]
    if lang == "en-gb":
        return ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d.%d.%d" % (d, m, y),
                "%d-%02d-%02d" % (y, m, d), "%dth %s %d" % (d, MONTHS["en"][m - 1][:3], y) if d > 3 and d < 21 else "%02d/%02d/%d" % (d, m, y)][f]
    k = mkey(lang)
    return ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[k][m - 1], y), "%02d/%02d/%d" % (d, m, y),
            "%d-%d-%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)][f]


def customer_number(rng, lang, P):
    f = rng.randrange(12)
    if f == 0:
        return digits(rng, rng.choice([7, 8, 9, 10]))
    if f == 1:
        return "LC-" + str(rng.randint(2018, 2025)) + "-" + digits(rng, 6)
    if f == 2:
        return "DN" + digits(rng, 7)
    if f == 3:
        return "871" + digits(rng, 15)  # EAN connection
    if f == 4:
        return rng.choice(["NL", "BE", "GB"]) + "-" + rng.choice(["EVB", "NWC", "SHL", "ALG", "VAT"]) + "-C" + digits(rng, 8) + "-" + rng.choice("ABCDEFGHJK")
    if f == 5:
        return digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3)
    if f == 6:
        return "K" + digits(rng, 6)
    if f == 7:
        return "M" + digits(rng, 8)
    if f == 8:
        return rng.choice(["CL", "LEA", "CS"]) + digits(rng, 7)
    if f == 9:
        return digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 2)
    if f == 10:
        return "%s%s" % (rng.choice(["AA", "RAC", "GB"]), digits(rng, 9))
    return digits(rng, 2) + "." + digits(rng, 3) + "." + digits(rng, 3)


def ip_address(rng, lang, P):
    f = rng.randrange(4)
    if f == 0:
        return "192.168.%d.%d" % (rng.randint(0, 2), rng.randint(2, 254))
    if f == 1:
        return "%d.%d.%d.%d" % (rng.choice([84, 81, 31, 94, 213, 62, 86]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if f == 2:
        return "10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 254))
    return "2a02:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xff))


SPAN_GEN = {
    "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "username": username,
    "api_key": api_key, "token": token, "card": card, "cvv": cvv, "iban": iban, "bsn": bsn, "email": email,
    "phone": phone, "address": address, "date_of_birth": date_of_birth, "customer_number": customer_number,
    "card_expiry": card_expiry, "ip_address": ip_address,
}

# ---------------------------------------------------------------- negatives

def n_date(rng, lang, P):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    k = mkey(lang)
    if lang == "en-us":
        return rng.choice(["%d/%d" % (m, d), "%s %d" % (MONTHS["en"][m - 1], d), "%02d/%02d/2025" % (m, d), "%s %dth" % (MONTHS["en"][m - 1][:3], d)])
    if lang == "en-gb":
        return rng.choice(["%d %s" % (d, MONTHS["en"][m - 1]), "%02d/%02d" % (d, m), "%d/%d/2025" % (d, m), "%dth %s" % (d, MONTHS["en"][m - 1][:3])])
    return rng.choice(["%d %s" % (d, MONTHS[k][m - 1]), "%d-%d" % (d, m), "%02d/%02d" % (d, m), "%d-%d-2025" % (d, m), "2025-%02d-%02d" % (m, d), "%d %s" % (d, MONTHS[k][m - 1][:3])])


def n_time(rng, lang, P):
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 50])
    if is_be(lang) and rng.random() < 0.4:
        return "%du%02d" % (h, mi) if mi else "%dh" % h
    if lang == "en-us":
        return rng.choice(["%d:%02d %s" % (h % 12 or 12, mi, "pm" if h >= 12 else "am"), "%d:%02dpm" % (h % 12 or 12, mi)])
    return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d:%02d" % (h, mi)])


def n_amount(rng, lang, P):
    v = rng.choice([rng.randint(5, 95), rng.randint(100, 2400)])
    c = rng.choice(["00", "50", "95", "99", "25"])
    if lang == "en-gb":
        return rng.choice(["£%d" % v, "£%d.%s" % (v, c), "£ %d" % v])
    if lang == "en-us":
        return rng.choice(["$%d" % v, "$%d.%s" % (v, c), "USD %d" % v])
    if lang == "fr-be":
        return rng.choice(["%d,%s €" % (v, c), "%d €" % v, "€%d" % v, "%d euros" % v])
    return rng.choice(["€ %d,%s" % (v, c), "€%d" % v, "%d euro" % v, "EUR %d,%s" % (v, c), "€ %d,-" % v])


def n_quantity(rng, lang, P):
    return rng.choice(["%d,%d kWh" % (rng.randint(3, 70), rng.randint(0, 9)) if lang != "en-us" and lang != "en-gb" else "%d.%d kWh" % (rng.randint(3, 70), rng.randint(0, 9)),
                       "%d km" % rng.randint(2, 480), "%d kW" % rng.choice([11, 22, 50, 150, 350]), "%d miles" % rng.randint(3, 300) if lang.startswith("en") else "%d minuten" % rng.randint(5, 90),
                       "%d liter" % rng.randint(20, 60)])


def n_percentage(rng, lang, P):
    return rng.choice(["%d%%" % rng.randint(5, 100), "%d %%" % rng.randint(5, 100), "%d,%d%%" % (rng.randint(1, 9), rng.randint(1, 9))])


def n_year(rng, lang, P):
    return str(rng.randint(2012, 2026))


def n_order(rng, lang, P):
    return rng.choice(["ORD-%s" % digits(rng, 7), "%s" % digits(rng, 10), "WEB%s" % digits(rng, 6), "#%s" % digits(rng, 8), "BST-2025-%s" % digits(rng, 5)])


def n_ticket(rng, lang, P):
    return rng.choice(["#%s" % digits(rng, 7), "CASE-%s" % digits(rng, 8), "%s" % digits(rng, 8), "SR-%s" % digits(rng, 6),
                       "CLM-%s" % digits(rng, 6), "2025/%s" % digits(rng, 6), "PH-%s" % digits(rng, 7), "INC%s" % digits(rng, 7)])


def n_invoice(rng, lang, P):
    return rng.choice(["F2025-%s" % digits(rng, 5), "INV-%s" % digits(rng, 6), "%s" % digits(rng, 9), "FAC/25/%s" % digits(rng, 4), "VF%s" % digits(rng, 7)])


def n_tracking(rng, lang, P):
    return rng.choice(["3SABCD%s" % digits(rng, 7), "1Z%s%s" % (rs(rng, 6, string.ascii_uppercase + string.digits), digits(rng, 10)),
                       "JVGL%s" % digits(rng, 12), "CD%s%sBE" % (digits(rng, 5), digits(rng, 4))])


def n_request(rng, lang, P):
    h = "0123456789abcdef"
    return rng.choice(["%s-%s-%s-%s-%s" % (rs(rng, 8, h), rs(rng, 4, h), "4" + rs(rng, 3, h), rs(rng, 4, h), rs(rng, 12, h)),
                       "req_" + rs(rng, 20), "RID-" + rs(rng, 10, string.ascii_uppercase + string.digits)])


def n_error(rng, lang, P):
    return rng.choice(["E-%03d" % rng.randint(1, 999), "ERR_CONN_%d" % rng.randint(100, 999), "0x%08X" % rng.randint(0x80000000, 0x8FFFFFFF),
                       "F%02d" % rng.randint(1, 60), "ConnectorLockFailure", "EV-%d" % rng.randint(10, 99), "P0%d" % rng.randint(100, 999), "CHG-%03d" % rng.randint(1, 300)])


def n_version(rng, lang, P):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)), "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)),
                       "iOS %d.%d" % (rng.randint(15, 18), rng.randint(0, 6)), "Android %d" % rng.randint(11, 15), "build %d" % rng.randint(1000, 9999)])


def n_model(rng, lang, P):
    return rng.choice(P["models"])


def n_product(rng, lang, P):
    return rng.choice(["%s*%s*E%s*%d" % (rng.choice(["NL", "BE", "GB"]), rng.choice(["ALL", "EVB", "TNM", "IOY"]), digits(rng, 6), rng.randint(1, 2)),
                       "5Q0 615 301 %s" % rng.choice("HFG"), "SKU-%s" % digits(rng, 6), "%s%s" % (rs(rng, 3, string.ascii_uppercase), digits(rng, 5)),
                       "1K0-698-151-%s" % rng.choice("ABC"), "ART %s" % digits(rng, 6)])


def n_flight(rng, lang, P):
    return rng.choice(["KL", "BA", "HV", "SN", "FR", "U2", "UA", "AA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def n_company_phone(rng, lang, P):
    return rng.choice(P["cphone_" + P["loc"](lang)])


def n_company_reg(rng, lang, P):
    return rng.choice(P["creg_" + P["loc"](lang)])


def n_url(rng, lang, P):
    return rng.choice(P["urls"])


def n_mention(rng, lang, P):
    return rng.choice(P["mentions"])


def n_hashtag(rng, lang, P):
    return rng.choice(P["hashtags"])


def n_masked(rng, lang, P):
    return rng.choice(["****%s" % digits(rng, 4), "**** **** **** %s" % digits(rng, 4), "NL** **** **** **%s %s" % (digits(rng, 2), digits(rng, 2)),
                       "BE** **** **** %s" % digits(rng, 4), "xxxx-xxxx-xxxx-%s" % digits(rng, 4), "•••• %s" % digits(rng, 4),
                       "06-****%s" % digits(rng, 4), "j***@%s" % rng.choice(P["maildomains"]), "XXXXXX%s" % digits(rng, 3)])


def n_meter(rng, lang, P):
    v = rng.randint(8000, 240000)
    if lang.startswith("en"):
        return rng.choice(["{:,}".format(v) + " miles", "{:,}".format(v), "%d km" % v])
    return rng.choice(["{:,}".format(v).replace(",", ".") + " km", "%d km" % v, "{:,}".format(v).replace(",", ".")])


def n_port(rng, lang, P):
    return str(rng.choice([80, 443, 502, 8080, 8443, 1883, 8883, 9000, 5000]))


def n_checksum(rng, lang, P):
    return rs(rng, rng.choice([32, 64]), "0123456789abcdef")


def n_duration(rng, lang, P):
    n = rng.choice([10, 20, 35, 40, 45, 90])
    if lang.startswith("en"):
        return rng.choice(["%d minutes" % n, "%d mins" % n, "%d hours" % rng.randint(2, 5), "an hour and a half"])
    if lang == "fr-be":
        return rng.choice(["%d minutes" % n, "%d min" % n, "%d heures" % rng.randint(2, 5), "%dh" % rng.randint(2, 5)])
    return rng.choice(["%d minuten" % n, "%d min" % n, "%d uur" % rng.randint(2, 5), "anderhalf uur", "%d werkdagen" % rng.randint(2, 5)])


NEG_ALIAS = {"duration": "quantity"}

NEG_GEN = {"duration": n_duration,
    "date": n_date, "time": n_time, "amount": n_amount, "quantity": n_quantity, "percentage": n_percentage,
    "year": n_year, "order_number": n_order, "ticket_number": n_ticket, "invoice_number": n_invoice,
    "tracking_number": n_tracking, "request_id": n_request, "error_code": n_error, "version_string": n_version,
    "model_number": n_model, "product_code": n_product, "flight_number": n_flight, "company_phone": n_company_phone,
    "company_registration": n_company_reg, "url": n_url, "mention": n_mention, "hashtag": n_hashtag,
    "masked_value": n_masked, "meter_reading": n_meter, "port": n_port, "checksum": n_checksum,
}
