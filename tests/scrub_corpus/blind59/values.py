"""Value generators and validators for the blind59 corpus (stdlib only)."""
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits


def _ch(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- validators
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return len(d) >= 12 and s % 10 == 0


def iban_ok(iban):
    s = "".join(c for c in iban if c.isalnum()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0 and s != 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return chk == 97 - base % 97 or chk == 97 - int("2" + d[:9]) % 97


# ---------------------------------------------------------------- helpers
def luhn_complete(prefix, length, rng):
    body = prefix + _ch(rng, DG, length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_make(country, bban):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%s%02d%s" % (country, 98 - n % 97, bban)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- spans
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ", "RBRB"]


def iban(rng, kind="any"):
    if kind == "any":
        kind = rng.choice(["nl", "nl", "nl", "be", "be", "de", "fr", "gb", "lu"])
    if kind == "nl":
        v = iban_make("NL", rng.choice(NL_BANKS) + _ch(rng, DG, 10))
    elif kind == "be":
        acc = _ch(rng, DG, 10)
        c = int(acc) % 97 or 97
        v = iban_make("BE", acc + "%02d" % c)
    elif kind == "de":
        v = iban_make("DE", _ch(rng, DG, 18))
    elif kind == "fr":
        v = iban_make("FR", _ch(rng, DG, 10) + _ch(rng, UP + DG, 11) + _ch(rng, DG, 2))
    elif kind == "gb":
        v = iban_make("GB", rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + _ch(rng, DG, 14))
    else:
        v = iban_make("LU", _ch(rng, DG, 3) + _ch(rng, DG, 13))
    assert iban_ok(v)
    f = rng.random()
    if f < 0.5:
        v = group4(v)
    elif f < 0.58:
        v = group4(v).replace(" ", "-") if rng.random() < 0.3 else group4(v, "  ") if rng.random() < 0.2 else v
    if rng.random() < 0.12:
        v = v.lower()
    return v


def bsn(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last == 10:
            continue
        s = "".join(map(str, d + [last]))
        if bsn_ok(s):
            break
    f = rng.random()
    if f < 0.55:
        return s
    if f < 0.75:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if f < 0.9:
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s[:2] + " " + s[2:5] + " " + s[5:]


def rrn(rng):
    yy = rng.randint(55, 106)
    y2 = yy % 100
    mm, dd = rng.randint(1, 12), rng.randint(1, 28)
    ser = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y2, mm, dd, ser)
    n = int(("2" + base) if yy >= 100 else base)
    chk = 97 - n % 97
    d = base + "%02d" % chk
    assert rrn_ok(d)
    f = rng.random()
    if f < 0.45:
        return "%s.%s.%s-%s.%s" % (d[0:2], d[2:4], d[4:6], d[6:9], d[9:])
    if f < 0.7:
        return d
    if f < 0.85:
        return "%s%s%s %s %s" % (d[0:2], d[2:4], d[4:6], d[6:9], d[9:])
    return "%s.%s.%s %s-%s" % (d[0:2], d[2:4], d[4:6], d[6:9], d[9:])


def card(rng):
    k = rng.random()
    if k < 0.45:
        n = luhn_complete("4", 16, rng)
    elif k < 0.8:
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    elif k < 0.92:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
    else:
        n = luhn_complete("6703", 17, rng) if rng.random() < 0.3 else luhn_complete("4", 16, rng)
    f = rng.random()
    if len(n) == 15:
        if f < 0.6:
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return n
    if len(n) == 17:
        return n
    if f < 0.5:
        return group4(n)
    if f < 0.7:
        return n
    if f < 0.85:
        return group4(n, "-")
    return group4(n, "  ") if rng.random() < 0.3 else group4(n, ".")


def cvv(rng):
    return _ch(rng, DG, 3) if rng.random() < 0.9 else _ch(rng, DG, 4)


def card_expiry(rng):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                       "%02d-%02d" % (m, y), "%02d/%02d" % (m, y)])


def pin(rng):
    n = rng.choice([4, 4, 4, 4, 5, 6])
    v = _ch(rng, DG, n)
    if rng.random() < 0.1:
        v = " ".join(v)
    return v


def puk(rng):
    v = _ch(rng, DG, 8)
    return v if rng.random() < 0.8 else v[:4] + " " + v[4:]


OTP_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp(rng):
    n = rng.choice([6, 6, 6, 6, 5, 8, 4])
    v = _ch(rng, DG, n)
    f = rng.random()
    if n == 6 and f < 0.2:
        return v[:3] + " " + v[3:]
    if n == 6 and f < 0.3:
        return v[:3] + "-" + v[3:]
    return v


def otp_words(rng, fam):
    w = OTP_WORDS[fam]
    return rng.choice([" ", " ", ", ", "-"]).join(rng.choice(w) for _ in range(6))


PW_WORDS = ["Zomer", "Winter", "Welkom", "Lente", "Tulp", "Fiets", "Bakker", "Haven", "Soleil", "Maison",
            "Chaton", "Sunshine", "Dragon", "Harbour", "Monkey", "Kasteel", "Brugge", "Tijger", "Voetbal",
            "Ajax", "Liverpool", "Koffie", "Payday", "Salaris", "Vakantie", "Printemps", "Snoopy"]
SYM = "!@#$%&*?_-."


def password(rng):
    k = rng.random()
    if k < 0.35:
        v = rng.choice(PW_WORDS) + str(rng.randint(1, 2025)) + rng.choice(SYM + "!!")
    elif k < 0.6:
        v = _ch(rng, UP + LO + DG, rng.randint(8, 12)) + rng.choice(SYM)
        v = v[:3] + rng.choice(SYM) + v[3:]
    elif k < 0.75:
        v = rng.choice(PW_WORDS).lower() + rng.choice(["_", ".", "", "#"]) + rng.choice(PW_WORDS) + _ch(rng, DG, 2)
    elif k < 0.88:
        v = _ch(rng, LO, 4) + _ch(rng, DG, 2) + _ch(rng, UP, 2) + rng.choice(SYM) + _ch(rng, LO + DG, 3)
    else:
        v = rng.choice(PW_WORDS) + rng.choice(["@", "#", "$"]) + _ch(rng, DG, 4) + rng.choice(["", "x", "!"])
    return v


def wifi_key(rng):
    k = rng.random()
    if k < 0.4:
        return _ch(rng, UP + LO + DG, rng.choice([10, 12, 16, 20]))
    if k < 0.7:
        return "-".join(_ch(rng, LO + DG, 4) for _ in range(4))
    if k < 0.85:
        return rng.choice(PW_WORDS).lower() + "-" + rng.choice(PW_WORDS).lower() + "-" + _ch(rng, DG, 2)
    return _ch(rng, "ABCDEF" + DG, 26)


def username(rng, first, last):
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    k = rng.random()
    if k < 0.25:
        return f[0] + "." + l
    if k < 0.45:
        return f + l[:3] + str(rng.randint(1, 99))
    if k < 0.6:
        return rng.choice(["W", "E", "P", "U"]) + _ch(rng, DG, 6)
    if k < 0.72:
        return rng.choice(["corp", "PAYFLOW", "nexa", "hr"]) + "\\" + f[0] + l
    if k < 0.85:
        return f + "_" + l + str(rng.randint(70, 99))
    return f + "." + l + "@" + rng.choice(["werkmail.nl", "corp-mail.be", "staff.example.com", "randwijk.nl"])


def api_key(rng):
    k = rng.random()
    if k < 0.25:
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + _ch(rng, UP + LO + DG, 24)
    if k < 0.45:
        return "AKIA" + _ch(rng, UP + DG, 16)
    if k < 0.6:
        return "AIza" + _ch(rng, UP + LO + DG + "_-", 35)
    if k < 0.75:
        return "xoxb-" + _ch(rng, DG, 12) + "-" + _ch(rng, DG, 13) + "-" + _ch(rng, UP + LO + DG, 24)
    if k < 0.88:
        return _ch(rng, "0123456789abcdef", 32)
    return "SG." + _ch(rng, UP + LO + DG + "_-", 22) + "." + _ch(rng, UP + LO + DG + "_-", 43)


def aws_secret(rng):
    return _ch(rng, UP + LO + DG + "/+", 40)


def aws_id(rng):
    return "AKIA" + _ch(rng, UP + DG, 16)


B64 = UP + LO + DG + "-_"


def token(rng):
    k = rng.random()
    if k < 0.35:
        return "eyJ" + _ch(rng, B64, 30) + ".eyJ" + _ch(rng, B64, rng.randint(40, 70)) + "." + _ch(rng, B64, 43)
    if k < 0.5:
        return "ghp_" + _ch(rng, UP + LO + DG, 36)
    if k < 0.7:
        return _ch(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if k < 0.85:
        return _ch(rng, UP + LO + DG, 28) + "=="
    return "ya29." + _ch(rng, B64, 60)


def ip(rng):
    if rng.random() < 0.12:
        return "2a02:%x:%x:%x::%x" % (rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff),
                                       rng.randint(0, 0xffff), rng.randint(1, 0xfff))
    a = rng.choice([77, 81, 84, 85, 86, 89, 145, 178, 188, 212, 213, 217, 62, 94, 109, 192, 10, 172])
    if a == 192:
        return "192.168.%d.%d" % (rng.randint(0, 2), rng.randint(2, 254))
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


# ------------------------------------------------------------- identifiers
def personnel_no(rng):
    return rng.choice([
        lambda: _ch(rng, DG, 6),
        lambda: "P" + _ch(rng, DG, 6),
        lambda: "%s-%s" % (_ch(rng, DG, 3), _ch(rng, DG, 4)),
        lambda: "E" + _ch(rng, DG, 5),
        lambda: "00" + _ch(rng, DG, 5),
        lambda: "EMP-" + _ch(rng, DG, 5),
    ])()


def pension_no(rng):
    return rng.choice([
        lambda: _ch(rng, DG, 10),
        lambda: "%s %s %s" % (_ch(rng, DG, 3), _ch(rng, DG, 3), _ch(rng, DG, 3)),
        lambda: "PN" + _ch(rng, DG, 8),
        lambda: "%s.%s.%s" % (_ch(rng, DG, 4), _ch(rng, DG, 3), _ch(rng, DG, 3)),
        lambda: "DN-" + _ch(rng, DG, 7),
    ])()


def candidate_no(rng):
    return rng.choice([
        lambda: "K" + _ch(rng, DG, 7),
        lambda: _ch(rng, DG, 8),
        lambda: "CAND-" + _ch(rng, DG, 6),
        lambda: "INT" + _ch(rng, DG, 6),
        lambda: "%s/%s" % (_ch(rng, DG, 4), _ch(rng, DG, 4)),
    ])()


def member_no(rng):
    return rng.choice([
        lambda: _ch(rng, DG, 9),
        lambda: "L" + _ch(rng, DG, 8),
        lambda: "%s-%s-%s" % (_ch(rng, DG, 3), _ch(rng, DG, 3), _ch(rng, DG, 3)),
        lambda: _ch(rng, DG, 3) + "/" + _ch(rng, DG, 6),
    ])()


def payroll_no(rng):
    return rng.choice([
        lambda: _ch(rng, DG, 7),
        lambda: "LN" + _ch(rng, DG, 6),
        lambda: "%s.%s" % (_ch(rng, DG, 4), _ch(rng, DG, 3)),
        lambda: "PR" + _ch(rng, DG, 3) + "-" + _ch(rng, DG, 4),
    ])()


def contract_no(rng):
    return rng.choice([
        lambda: "C" + _ch(rng, DG, 8),
        lambda: "CT-" + _ch(rng, DG, 4) + "-" + _ch(rng, DG, 5),
        lambda: _ch(rng, DG, 10),
        lambda: "PLC" + _ch(rng, DG, 7),
    ])()


def client_no(rng):
    return rng.choice([
        lambda: _ch(rng, DG, 9),
        lambda: "X" + _ch(rng, DG, 7),
        lambda: "%s %s %s" % (_ch(rng, DG, 4), _ch(rng, DG, 4), _ch(rng, DG, 2)),
        lambda: "UKN" + _ch(rng, DG, 6),
    ])()


# ------------------------------------------------------------- negatives
def ticket(rng):
    return rng.choice([
        lambda: "INC" + _ch(rng, DG, 7),
        lambda: _ch(rng, DG, 8),
        lambda: "HR-" + _ch(rng, DG, 5),
        lambda: "%d-%s" % (rng.randint(2023, 2026), _ch(rng, DG, 5)),
        lambda: "SR" + _ch(rng, DG, 6),
        lambda: "#" + _ch(rng, DG, 6),
        lambda: "CS" + _ch(rng, DG, 7),
    ])()


def invoice(rng):
    return rng.choice([
        lambda: "F%d-%s" % (rng.randint(2023, 2026), _ch(rng, DG, 4)),
        lambda: "INV-" + _ch(rng, DG, 6),
        lambda: _ch(rng, DG, 4) + "/" + _ch(rng, DG, 3),
        lambda: "FAC" + _ch(rng, DG, 7),
    ])()


def order(rng):
    return rng.choice([
        lambda: "PO-" + _ch(rng, DG, 6),
        lambda: "45" + _ch(rng, DG, 8),
        lambda: "ORD" + _ch(rng, DG, 7),
        lambda: "WO" + _ch(rng, DG, 6),
    ])()


def tracking(rng):
    return rng.choice([
        lambda: "3S" + _ch(rng, UP, 4) + _ch(rng, DG, 9),
        lambda: "1Z" + _ch(rng, UP + DG, 16),
        lambda: "JJD" + _ch(rng, DG, 15),
        lambda: "CD" + _ch(rng, DG, 9) + "BE",
        lambda: "RR" + _ch(rng, DG, 9) + "GB",
    ])()


def request_id(rng):
    h = "0123456789abcdef"
    return rng.choice([
        lambda: "%s-%s-4%s-%s-%s" % (_ch(rng, h, 8), _ch(rng, h, 4), _ch(rng, h, 3), _ch(rng, h, 4), _ch(rng, h, 12)),
        lambda: "req_" + _ch(rng, LO + DG, 16),
        lambda: "RID-" + _ch(rng, UP + DG, 10),
    ])()


def error_code(rng):
    return rng.choice([
        lambda: "ERR-" + _ch(rng, DG, 4),
        lambda: "0x8007" + _ch(rng, "0123456789ABCDEF", 4),
        lambda: "AUTH_" + rng.choice(["019", "401", "TIMEOUT", "LOCKED"]),
        lambda: "E" + _ch(rng, DG, 3),
        lambda: rng.choice(["500", "502", "503", "401", "403"]),
        lambda: "SAML-" + _ch(rng, DG, 3),
    ])()


def version(rng):
    a, b, c = rng.randint(1, 17), rng.randint(0, 20), rng.randint(0, 30)
    return rng.choice(["%d.%d.%d" % (a, b, c), "v%d.%d" % (a, b), "v%d.%d.%d" % (a, b, c),
                       "%d.%d (build %d)" % (a, b, rng.randint(100, 9999))])


MODELS = ["SM-A546B", "SM-G991B", "A2633", "A2849", "T14s Gen 3", "Latitude 5420", "EliteBook 840 G8",
          "Pixel 7a", "XQ-DQ54", "ZBook Firefly 14", "MacBookPro18,3", "Moto G54", "CPH2465", "TC52"]


def product_code(rng):
    return rng.choice([
        lambda: "WK-" + _ch(rng, DG, 4),
        lambda: "SKU " + _ch(rng, DG, 6),
        lambda: _ch(rng, UP, 3) + "-" + _ch(rng, DG, 3) + "-" + _ch(rng, UP, 1),
        lambda: "ART" + _ch(rng, DG, 5),
    ])()


def flight(rng):
    return rng.choice(["KL", "HV", "FR", "SN", "BA", "U2", "LH", "AF", "TB"]) + rng.choice(["", " "]) + str(rng.randint(100, 9899))


def checksum(rng):
    return _ch(rng, "0123456789abcdef", rng.choice([32, 40, 64]))


def masked(rng):
    return rng.choice([
        lambda: "****" + _ch(rng, DG, 4),
        lambda: "**** **** **** " + _ch(rng, DG, 4),
        lambda: "XXXX-XXXX-XXXX-" + _ch(rng, DG, 4),
        lambda: "•••• " + _ch(rng, DG, 4),
        lambda: "NL** **** **** " + _ch(rng, DG, 4) + " " + _ch(rng, DG, 2),
        lambda: "NL**" + rng.choice(NL_BANKS) + "******" + _ch(rng, DG, 4),
        lambda: "BE** **** **** " + _ch(rng, DG, 4),
        lambda: "*****" + _ch(rng, DG, 3),
        lambda: "xxx.xx." + _ch(rng, DG, 3),
        lambda: _ch(rng, LO, 1) + "*****@" + rng.choice(["gmail.com", "hotmail.com", "outlook.be"]),
        lambda: "06-****" + _ch(rng, DG, 4),
    ])()
