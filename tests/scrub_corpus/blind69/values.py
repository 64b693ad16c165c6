"""Value generators for the blind69 corpus (standard library only).

Every generator takes a random.Random and returns a string.  Check helpers
(luhn, iban, bsn, rrn) are used both to build values and for the self-check.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0 and len(d) >= 12


def iban_ok(s):
    s = "".join(s.split()).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    re_ = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re_)
    return int(num) % 97 == 1


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return chk == 97 - base % 97 or chk == 97 - int("2" + d[:9]) % 97


# ---------------------------------------------------------------- secrets
PW_WORDS = ["Zonne", "Dakpaneel", "Warmte", "Tulp", "Fiets", "Molen", "Sunny", "Panel",
            "Lente", "Zomer", "Soleil", "Maison", "Kiwi", "Bamboo", "Garden", "Pomme",
            "Hond", "Kater", "Tijger", "Merel", "Biker", "Voetbal", "Rozen", "Chalet"]


def password(r):
    k = r.randrange(6)
    if k == 0:
        return r.choice(PW_WORDS) + digits(r, r.choice([2, 4])) + r.choice("!#$@*") + r.choice(LO + DIG)
    if k == 1:
        return r.choice(UP + LO) + rs(r, ALNUM + "!@#$%&*", r.randint(8, 13)) + r.choice(ALNUM)
    if k == 2:
        w = [r.choice(PW_WORDS).lower() for _ in range(3)]
        return "-".join(w) + "-" + digits(r, 2)
    if k == 3:
        return r.choice(PW_WORDS) + r.choice(PW_WORDS).lower() + digits(r, 3)
    if k == 4:
        return rs(r, LO, 4) + digits(r, 4) + rs(r, UP, 2)
    return r.choice(PW_WORDS)[:4] + "_" + rs(r, ALNUM, 6) + digits(r, 2)


def pin(r):
    return digits(r, r.choice([4, 4, 4, 5, 6]))


def puk(r):
    return digits(r, 8)


def otp(r):
    k = r.randrange(5)
    d = digits(r, 6)
    if k == 0:
        return d[:3] + " " + d[3:]
    if k == 1:
        return d[:3] + "-" + d[3:]
    if k == 2:
        return digits(r, r.choice([4, 5, 8]))
    return d


WORDS_NUM = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(r, lang):
    w = WORDS_NUM["nl" if lang.startswith("nl") else "fr" if lang.startswith("fr") else "en"]
    seq = [w[int(c)] for c in digits(r, 6)]
    sep = r.choice([" ", " ", "-", ", "])
    return sep.join(seq)


def wifi_key(r):
    k = r.randrange(5)
    if k == 0:
        return rs(r, ALNUM, r.randint(12, 16))
    if k == 1:
        return rs(r, "0123456789abcdef", 26)
    if k == 2:
        return "-".join(rs(r, UP + DIG, 4) for _ in range(3))
    if k == 3:
        return r.choice(PW_WORDS) + r.choice(PW_WORDS) + digits(r, 4) + r.choice("!#$") + r.choice(LO)
    return rs(r, LO + DIG, 10)


def username(r, first, last):
    f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("'", "")
    k = r.randrange(6)
    if k == 0:
        return f + "." + l + digits(r, 2)
    if k == 1:
        return f[0] + l
    if k == 2:
        return f + "_" + r.choice(["solar", "zon", "home", "pv", "ev"]) + digits(r, 2)
    if k == 3:
        return l + f[:2] + digits(r, 4)
    if k == 4:
        return "u" + digits(r, 7)
    return f.capitalize() + l.capitalize()[:3] + digits(r, 3)


def api_key(r):
    k = r.randrange(7)
    if k == 0:
        return "sk_live_" + rs(r, ALNUM, 24)
    if k == 1:
        return "AKIA" + rs(r, UP + DIG, 16)
    if k == 2:
        return "SG." + rs(r, ALNUM + "_-", 22) + "." + rs(r, ALNUM + "_-", 43)
    if k == 3:
        return "ghp_" + rs(r, ALNUM, 36)
    if k == 4:
        return rs(r, UP + DIG, 32)
    if k == 5:
        return "AIza" + rs(r, ALNUM + "_-", 35)
    return "pk_" + rs(r, LO + DIG, 8) + "_" + rs(r, LO + DIG, 24)


def aws_secret(r):
    return rs(r, ALNUM + "/+", 40)


def b64u(r, n):
    return rs(r, ALNUM + "_-", n)


def token(r):
    k = r.randrange(5)
    if k == 0:
        return rs(r, "0123456789abcdef", r.choice([32, 40, 64]))
    if k == 1:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64u(r, 48) + "." + b64u(r, 43)
    if k == 2:
        return "ya29." + b64u(r, 60)
    if k == 3:
        return "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)
    return rs(r, ALNUM, 40)


# ---------------------------------------------------------------- payment
def _luhn_complete(prefix, length, r):
    body = prefix + digits(r, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(r):
    k = r.randrange(6)
    if k == 0:
        n = _luhn_complete(r.choice(["34", "37"]), 15, r)
        sep = r.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    pre = r.choice(["4", "4", "51", "52", "53", "55", "2221", "4571", "6703"])
    n = _luhn_complete(pre, 16, r)
    sep = r.choice([" ", " ", "-", "", "."])
    if sep == "":
        return n
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def cvv(r):
    return digits(r, 3)


def expiry(r):
    m = r.randint(1, 12)
    y = r.randint(26, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} / {y}", f"{m}/{y}"])


def _iban_from(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


def iban_raw(r, country):
    if country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + digits(r, 10)
    elif country == "BE":
        first = digits(r, 10)
        c = int(first) % 97 or 97
        bban = first + f"{c:02d}"
    elif country == "DE":
        bban = digits(r, 18)
    elif country == "FR":
        bban = digits(r, 10) + rs(r, UP + DIG, 11) + digits(r, 2)
    elif country == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ", "SRLG"]) + digits(r, 14)
    elif country == "LU":
        bban = digits(r, 3) + rs(r, UP + DIG, 13)
    else:
        bban = digits(r, 12)
    return _iban_from(country, bban)


def iban(r, lang):
    if lang == "nl":
        c = r.choice(["NL"] * 8 + ["BE", "DE"])
    elif lang in ("nl-be", "fr-be"):
        c = r.choice(["BE"] * 7 + ["NL", "LU", "FR"])
    elif lang == "en-gb":
        c = r.choice(["GB"] * 6 + ["NL", "BE", "DE"])
    else:
        c = r.choice(["NL", "BE", "GB", "DE"])
    raw = iban_raw(r, c)
    k = r.randrange(6)
    if k <= 2:
        s = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif k == 3:
        s = raw
    elif k == 4:
        s = raw.lower() if r.random() < 0.5 else " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)).lower()
    else:
        s = raw[:4] + " " + raw[4:]
    return s


# ---------------------------------------------------------------- national ids
def bsn(r):
    while True:
        d = [int(c) for c in digits(r, 8, True)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = "".join(map(str, d)) + str(s)
            if bsn_ok(v):
                break
    k = r.randrange(4)
    if k == 0:
        return v[:4] + "." + v[4:6] + "." + v[6:]
    if k == 1:
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return v


def rrn(r):
    y = r.randint(40, 105)
    yy = y % 100
    m, d = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 997)
    base = f"{yy:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - (int(("2" if y >= 100 else "") + base) % 97)
    s = base + f"{chk:02d}"
    k = r.randrange(4)
    if k == 0:
        return f"{s[0:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if k == 1:
        return f"{s[0:6]}-{s[6:9]}-{s[9:]}"
    if k == 2:
        return f"{s[0:6]} {s[6:9]} {s[9:]}"
    return s


# ---------------------------------------------------------------- contact
def phone(r, lang):
    k = r.randrange(8)
    if lang == "nl":
        if r.random() < 0.75:
            n = "6" + digits(r, 8)
            return [f"0{n[0]}-{n[1:]}", f"0{n[0]} {n[1:5]} {n[5:]}", f"0{n}", f"+31 {n[0]} {n[1:]}",
                    f"+31{n}", f"0031 {n[0]} {n[1:5]} {n[5:]}", f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                    f"(06) {n[1:4]} {n[4:6]} {n[6:]}"][k]
        area = r.choice(["20", "30", "10", "70", "40", "50", "35", "72"])
        n = digits(r, 7, True)
        return [f"0{area}-{n}", f"0{area} {n[:3]} {n[3:]}", f"+31 {area} {n[:3]} {n[3:]}", f"0{area}{n}"][k % 4]
    if lang in ("nl-be", "fr-be"):
        if r.random() < 0.75:
            p = r.choice(["470", "472", "475", "476", "478", "484", "486", "494", "496", "499"])
            n = digits(r, 6)
            return [f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                    f"0032{p}{n}", f"0{p}{n}", f"+32 ({p}) {n[:3]} {n[3:]}", f"0{p}/{n}", f"+32{p}{n}"][k]
        area = r.choice(["2", "9", "3", "4", "81", "10", "71", "16"])
        n = digits(r, 8 - len(area), True)
        return [f"0{area} {n[:3]} {n[3:5]} {n[5:]}", f"0{area}/{n[:3]}.{n[3:5]}.{n[5:]}", f"+32 {area} {n[:3]} {n[3:]}", f"0{area}{n}"][k % 4]
    if lang == "en-gb":
        if r.random() < 0.7:
            n = "7" + digits(r, 9)
            return [f"0{n[:4]} {n[4:]}", f"0{n}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:7]} {n[7:]}",
                    f"0{n[:4]}-{n[4:]}", f"+44{n}", f"0{n[:4]} {n[4:7]} {n[7:]}", f"0044 {n[:4]} {n[4:]}"][k]
        area = r.choice(["20", "113", "161", "121", "131", "117", "1632"])
        n = digits(r, 10 - len(area), True)
        if area == "20":
            return [f"020 {n[:4]} {n[4:]}", f"+44 20 {n[:4]} {n[4:]}", f"020{n}", f"(020) {n[:4]} {n[4:]}"][k % 4]
        return [f"0{area} {n}", f"+44 {area} {n}", f"(0{area}) {n[:3]} {n[3:]}", f"0{area}{n}"][k % 4]
    a = r.choice(["415", "312", "617", "206", "512", "303", "718", "919"])
    b, c = digits(r, 3, True), digits(r, 4)
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}",
            f"+1 ({a}) {b}-{c}", f"{a}{b}{c}", f"({a}){b}-{c}"][k]


DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "outlook.com", "xs4all.nl", "planet.nl", "icloud.com"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "proximus.be", "outlook.fr", "yahoo.fr"],
    "en-gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com", "verizon.net"],
}


def _ascii(s):
    tr = str.maketrans("éèëêçàâïîôöüûÉ", "eeeecaaiioouuE")
    return s.translate(tr).lower().replace(" ", "").replace("'", "")


def email(r, lang, first, last):
    f, l = _ascii(first), _ascii(last)
    dom = r.choice(DOMAINS[lang])
    k = r.randrange(7)
    local = [f + "." + l, f[0] + "." + l, f + l + digits(r, 2), l + "." + f, f + "_" + l, f + digits(r, 4),
             f[0] + l + "." + r.choice(["zon", "thuis", "home", "pv", "famille", "mail"])][k]
    s = local + "@" + dom
    return s.upper() if r.random() < 0.03 else s


def ip(r):
    k = r.randrange(4)
    if k == 3:
        return "2a02:" + ":".join(rs(r, "0123456789abcdef", 4) for _ in range(3)) + "::" + rs(r, "0123456789abcdef", 3)
    return f"{r.choice([84, 81, 62, 213, 94, 178, 86, 31, 77, 109])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


def lan_ip(r):
    return r.choice([f"192.168.{r.choice([0, 1, 1, 2, 178])}.{r.randint(2, 250)}", f"10.0.{r.randint(0, 9)}.{r.randint(2, 250)}"])
