"""Value generators and validators for the blind75 corpus (stdlib only)."""
import string

DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rd(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return len(d) >= 12 and tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def nrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    b, c = int(d[:9]), int(d[9:])
    return c == 97 - b % 97 or c == 97 - (2000000000 + b) % 97


# ---------------------------------------------------------------- cards
def _luhn_complete(prefix, length, r):
    body = prefix + rd(r, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(r):
    kind = r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        n = _luhn_complete("4", 16, r)
    elif kind == "mc":
        n = _luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    elif kind == "amex":
        n = _luhn_complete(r.choice(["34", "37"]), 15, r)
        return r.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    else:
        n = _luhn_complete(r.choice(["6703", "6759"]), 16, r)
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    return r.choice([" ".join(g), " ".join(g), n, "-".join(g), "  ".join(g), ".".join(g)])


def cvv(r):
    return rd(r, r.choice([3, 3, 3, 4]))


def expiry(r):
    m, y = r.randint(1, 12), r.randint(25, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}{y}",
                     f"{m:02d} / {y}", f"{m}/20{y}", f"{m:02d}.20{y}"])


# ---------------------------------------------------------------- iban
NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]


def _iban_cc(country, bban):
    t = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in t))
    return "%02d" % (98 - n % 97)


def iban(r, country):
    if country == "NL":
        bban = r.choice(NL_BANKS) + rd(r, 10)
    elif country == "BE":
        f = rd(r, 10)
        bban = f + "%02d" % (int(f) % 97 or 97)
    elif country == "DE":
        bban = rd(r, 18)
    elif country == "FR":
        bban = rd(r, 23)
    elif country == "LU":
        bban = rd(r, 16)
    else:  # GB
        bban = r.choice(GB_BANKS) + rd(r, 14)
    full = country + _iban_cc(country, bban) + bban
    x = r.random()
    if x < 0.55:
        out = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    elif x < 0.9:
        out = full
    else:
        out = full[:4] + " " + full[4:]
    if r.random() < 0.12:
        out = out.lower()
    return out


# ---------------------------------------------------------------- national ids
def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(d[i] * (9 - i) for i in range(8)) % 11
        if c < 10:
            d.append(c)
            break
    s = "".join(map(str, d))
    return r.choice([s, s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def nrn(r):
    y, m, dd, seq = r.randint(1940, 2008), r.randint(1, 12), r.randint(1, 28), r.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y % 100, m, dd, seq)
    n = int(base) + (2000000000 if y >= 2000 else 0)
    cc = "%02d" % (97 - n % 97)
    a = base
    return r.choice([f"{a[:2]}.{a[2:4]}.{a[4:6]}-{a[6:]}.{cc}", f"{a[:2]}.{a[2:4]}.{a[4:6]}-{a[6:]}.{cc}",
                     a + cc, f"{a[:6]} {a[6:]} {cc}", f"{a[:6]}-{a[6:]}-{cc}", f"{a[:6]}-{a[6:]}.{cc}"])


# ---------------------------------------------------------------- secrets
WORDS = ["Zomer", "Winter", "Fiets", "Kaas", "Tulp", "Voetbal", "Soleil", "Maison", "Chat", "Sunshine",
         "Dragon", "Monkey", "Arsenal", "Liverpool", "Oranje", "Ajax", "Bruges", "Bokaal", "Muis", "Pompoen"]


def password(r):
    w = r.choice(WORDS)
    k = r.randint(0, 6)
    if k == 0:
        return w + str(r.randint(1960, 2025)) + r.choice("!?#$@.*")
    if k == 1:
        return w.lower() + rd(r, r.randint(2, 4))
    if k == 2:
        return rs(r, ALNUM, r.randint(10, 16))
    if k == 3:
        return w[0] + rs(r, ALNUM + "!#%&*", r.randint(8, 13)) + rd(r, 1)
    if k == 4:
        return (w.replace("o", "0").replace("e", "3").replace("a", "@") + r.choice(["!", "123", "_01", "#7"]))
    if k == 5:
        return "-".join(rs(r, string.ascii_lowercase, r.randint(4, 6)) for _ in range(3)) + rd(r, 1)
    return r.choice(WORDS).lower() + r.choice(["_", ".", ""]) + r.choice(WORDS).lower() + rd(r, 2)


def pin(r):
    n = r.choice([4, 4, 4, 5, 6])
    p = rd(r, n)
    return r.choice([p, p, p, " ".join(p), "-".join(p)]) if n == 4 else p


def puk(r):
    p = rd(r, 8)
    return r.choice([p, p, f"{p[:4]} {p[4:]}"])


def otp(r):
    n = r.choice([6, 6, 6, 5, 8, 4])
    p = rd(r, n)
    if n == 6 and r.random() < 0.3:
        return r.choice([f"{p[:3]} {p[3:]}", f"{p[:3]}-{p[3:]}"])
    return p


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(r, lang):
    w = NUMW[lang]
    digits = [r.randint(0, 9) for _ in range(6)]
    sep = r.choice([" ", " ", ", ", "-"])
    return sep.join(w[d] for d in digits)


def wifi_key(r):
    k = r.randint(0, 3)
    if k == 0:
        return rs(r, ALNUM, r.randint(12, 20))
    if k == 1:
        return "-".join(rs(r, UPALNUM, 4) for _ in range(4))
    if k == 2:
        return r.choice(WORDS) + r.choice(WORDS).lower() + rd(r, 3) + r.choice("!#")
    return rs(r, "abcdefghjkmnpqrstuvwxyz23456789", 16)


def username(r, first, last):
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    k = r.randint(0, 5)
    return [f"{f}.{l}", f"{f[0]}{l}{rd(r, 2)}", f"{f}{l}{r.randint(1960, 2005)}", f"{l}_{f[0]}",
            f"{f}_{rd(r, 3)}", f"{f[:3]}{l[:4]}{rd(r, 1)}"][k]


def api_key(r):
    k = r.randint(0, 6)
    if k == 0:
        return "sk_live_" + rs(r, ALNUM, 24)
    if k == 1:
        return "AKIA" + rs(r, string.ascii_uppercase + "234567", 16)
    if k == 2:
        return "AIza" + rs(r, ALNUM + "-_", 35)
    if k == 3:
        return rs(r, HEX, 32)
    if k == 4:
        return "pk_test_" + rs(r, ALNUM, 24)
    if k == 5:
        return "SG." + rs(r, ALNUM, 22) + "." + rs(r, ALNUM, 43)
    return "key-" + rs(r, HEX, 32)


def aws_secret(r):
    return rs(r, ALNUM + "/+", 40)


def token(r):
    k = r.randint(0, 4)
    if k == 0:
        b = lambda n: rs(r, ALNUM + "-_", n)
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + b(40) + "." + b(43)
    if k == 1:
        return "ghp_" + rs(r, ALNUM, 36)
    if k == 2:
        return rs(r, HEX, 40)
    if k == 3:
        return rs(r, ALNUM, 32)
    return "ya29." + rs(r, ALNUM + "-_", 60)


def ip(r):
    if r.random() < 0.15:
        return "2a02:" + ":".join(rs(r, HEX, 4) for _ in range(3)) + "::" + rs(r, HEX, 3)
    a = r.choice([77, 84, 145, 178, 81, 94, 213, 62, 86, 31, 92, 109, 185, 82])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
