"""Value generators for the blind55 corpus (fraud / scam victims). Stdlib only."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def _luhn_complete(prefix_digits: str) -> str:
    for c in DIG:
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_ok(iban: str) -> bool:
    s = "".join(iban.split()).upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def _iban(cc: str, bban: str) -> str:
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def nrn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return (97 - int(base) % 97) == chk or (97 - int("2" + base) % 97) == chk


def rdigits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- high risk
def card(rng, lang):
    kind = rng.random()
    if kind < 0.12:
        num = _luhn_complete(rng.choice(["34", "37"]) + rdigits(rng, 12))
        return rng.choice([group(num, [4, 6, 5]), num, group(num, [4, 6, 5], "-")])
    pre = rng.choice(["4", "4", "4", "51", "52", "53", "54", "55", "2221", "6703"])
    num = _luhn_complete(pre + rdigits(rng, 15 - len(pre)))
    f = rng.random()
    if f < 0.45:
        return group(num, [4, 4, 4, 4])
    if f < 0.6:
        return group(num, [4, 4, 4, 4], "-")
    if f < 0.8:
        return num
    if f < 0.9:
        return group(num, [4, 4, 4, 4], "  ")
    return group(num, [4, 4, 4, 4], ".")


def cvv(rng, lang):
    return rdigits(rng, 3) if rng.random() < 0.9 else rdigits(rng, 4)


def card_expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    f = rng.randint(0, 6)
    if f == 0:
        return f"{m:02d}/{y}"
    if f == 1:
        return f"{m:02d}/20{y}"
    if f == 2:
        return f"{m:02d}-{y}"
    if f == 3:
        return f"{m}/{y}"
    if f == 4:
        return f"{m:02d}{y}"
    if f == 5:
        return f"{m:02d} / {y}"
    return f"{m:02d}.20{y}"


NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def iban_raw(rng, cc):
    if cc == "NL":
        return _iban("NL", rng.choice(NL_BANKS) + rdigits(rng, 10))
    if cc == "BE":
        b = rdigits(rng, 10)
        c = int(b) % 97 or 97
        return _iban("BE", f"{b}{c:02d}")
    if cc == "DE":
        return _iban("DE", rdigits(rng, 18))
    if cc == "GB":
        return _iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rdigits(rng, 14))
    if cc == "LT":
        return _iban("LT", rdigits(rng, 16))
    if cc == "FR":
        return _iban("FR", rdigits(rng, 10) + "".join(rng.choice(UP + DIG) for _ in range(11)) + rdigits(rng, 2))
    if cc == "ES":
        return _iban("ES", rdigits(rng, 20))
    return _iban("IE", rng.choice(["AIBK", "BOFI"]) + rdigits(rng, 14))


def fmt_iban(rng, raw):
    f = rng.random()
    if f < 0.5:
        s = group(raw, [4] * 8)
    elif f < 0.8:
        s = raw
    elif f < 0.9:
        s = group(raw, [4] * 8).lower()
    else:
        s = raw.lower()
    return s


def iban(rng, lang):
    cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "DE"}[lang]
    if rng.random() < 0.25:
        cc = rng.choice(["NL", "BE", "DE", "LT", "FR", "ES", "IE", "GB"])
    return fmt_iban(rng, iban_raw(rng, cc))


def iban_foreign(rng, lang):
    return fmt_iban(rng, iban_raw(rng, rng.choice(["LT", "DE", "FR", "ES", "IE", "BE", "NL"])))


def bsn(rng, lang):
    while True:
        s = rng.choice("123456") + rdigits(rng, 8)
        if bsn_ok(s):
            break
    f = rng.randint(0, 3)
    if f == 0:
        return s
    if f == 1:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if f == 2:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return f"{s[:3]}.{s[3:6]}.{s[6:]}"


def nrn(rng, lang):
    yy = rng.randint(0, 99)
    mm = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{yy:02d}{mm:02d}{dd:02d}{seq:03d}"
    after2000 = yy < 8
    chk = 97 - (int(("2" + base) if after2000 else base) % 97)
    s = f"{base}{chk:02d}"
    assert nrn_ok(s)
    f = rng.randint(0, 3)
    if f == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if f == 1:
        return s
    if f == 2:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    return f"{s[:6]} {s[6:9]} {s[9:]}"


PW_WORDS = ["Zomer", "Winter", "Welkom", "Fietsbel", "Kaas", "Tulp", "Molen", "Sunshine", "Dragon", "Monkey",
            "Liverpool", "Arsenal", "Buster", "Soleil", "Chocolat", "Bruxelles", "Antwerpen", "Ajax", "Feyenoord",
            "Koffie", "Patat", "Mickey", "Charlie", "Princess", "Tigger", "Bella", "Lotte", "Noor", "Daan"]


def password(rng, lang):
    f = rng.random()
    if f < 0.45:
        w = rng.choice(PW_WORDS)
        if rng.random() < 0.3:
            w = w.lower()
        return w + rng.choice(["", "_", "."]) + str(rng.choice([rng.randint(1, 99), rng.randint(1960, 2025)])) + rng.choice(["!", "", "#", "$", "!!", "?", "*"])
    if f < 0.65:
        w = rng.choice(PW_WORDS).lower()
        w = w.replace("a", "@").replace("o", "0").replace("e", "3") if rng.random() < 0.6 else w.replace("i", "1")
        return w.capitalize() + rdigits(rng, rng.randint(1, 4))
    if f < 0.85:
        pool = ALNUM + "!@#$%&*-_"
        s = "".join(rng.choice(pool) for _ in range(rng.randint(10, 16)))
        return rng.choice(UP) + s + rng.choice(DIG)
    a, b = rng.sample(PW_WORDS, 2)
    return f"{a.lower()}-{b.lower()}-{rng.randint(10, 99)}"


def pin(rng, lang):
    n = rng.choice([4, 4, 4, 5, 6])
    s = rdigits(rng, n)
    f = rng.random()
    if f < 0.1 and n == 4:
        return "-".join(s)
    if f < 0.18 and n == 4:
        return " ".join(s)
    return s


def puk(rng, lang):
    s = rdigits(rng, 8)
    return s if rng.random() < 0.7 else f"{s[:4]} {s[4:]}"


WORDNUM = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, lang):
    n = rng.choice([6, 6, 6, 6, 8, 5])
    s = rdigits(rng, n)
    f = rng.random()
    if f < 0.15 and n == 6:
        return f"{s[:3]} {s[3:]}"
    if f < 0.22 and n == 6:
        return f"{s[:3]}-{s[3:]}"
    if f < 0.27 and n == 8:
        return f"{s[:4]} {s[4:]}"
    return s


def otp_words(rng, lang):
    w = WORDNUM[lang]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(w[int(c)] for c in rdigits(rng, 6))


def username(rng, lang, first="jan", last="jansen"):
    f = rng.randint(0, 5)
    fi, la = first.lower(), last.lower().replace(" ", "").replace("'", "")
    if f == 0:
        return f"{fi}{la}{rng.randint(1, 99)}"
    if f == 1:
        return f"{fi[0]}.{la}"
    if f == 2:
        return f"{fi}_{rng.randint(1970, 2005)}"
    if f == 3:
        return f"{la}{fi[0]}{rng.randint(10, 999)}"
    if f == 4:
        return f"{fi}.{la}"
    return rng.choice(["", "x"]) + fi + rng.choice(["_nl", "_be", "xx", "123", "_uk"])


def ip(rng, lang):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 65535):x}"
    a = rng.choice([31, 37, 45, 62, 77, 80, 81, 84, 85, 91, 94, 109, 145, 176, 185, 188, 193, 195, 212, 217])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def api_key(rng, lang):
    f = rng.randint(0, 4)
    if f == 0:
        return "sk_live_" + "".join(rng.choice(ALNUM) for _ in range(24))
    if f == 1:
        return "AKIA" + "".join(rng.choice(UP + DIG) for _ in range(16))
    if f == 2:
        return "".join(rng.choice(ALNUM + "/+") for _ in range(40))
    if f == 3:
        return "rk_live_" + "".join(rng.choice(ALNUM) for _ in range(28))
    return "AIza" + "".join(rng.choice(ALNUM + "-_") for _ in range(35))


def token(rng, lang):
    f = rng.randint(0, 3)
    if f == 0:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if f == 1:
        return "eyJhbGciOiJIUzI1NiJ9." + "".join(rng.choice(ALNUM) for _ in range(30)) + "." + "".join(rng.choice(ALNUM + "-_") for _ in range(20))
    if f == 2:
        return "ghp_" + "".join(rng.choice(ALNUM) for _ in range(36))
    return "".join(rng.choice(ALNUM) for _ in range(40))


def wifi_key(rng, lang):
    f = rng.random()
    if f < 0.5:
        return "".join(rng.choice(ALNUM) for _ in range(rng.randint(10, 16)))
    if f < 0.8:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS).lower() + rdigits(rng, 3)
    return "".join(rng.choice(UP + DIG) for _ in range(20))


# ---------------------------------------------------------------- other PII
def phone(rng, lang):
    f = rng.random()
    if lang == "nl":
        m = rdigits(rng, 8)
        if f < 0.25:
            return "06" + m
        if f < 0.45:
            return "06-" + m
        if f < 0.6:
            return f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
        if f < 0.75:
            return f"+31 6 {m[:4]} {m[4:]}"
        if f < 0.83:
            return "+316" + m
        if f < 0.9:
            return f"0031 6 {m}"
        a = rng.choice(["020", "010", "030", "070", "040", "050"])
        return f"{a}-{rdigits(rng, 7)}" if rng.random() < 0.5 else f"{a} {rdigits(rng, 3)} {rdigits(rng, 4)}"
    if lang in ("nl-be", "fr-be"):
        p = rng.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "494", "495", "496", "497", "498", "499"])
        a, b, c = rdigits(rng, 2), rdigits(rng, 2), rdigits(rng, 2)
        if f < 0.35:
            return f"0{p} {a} {b} {c}"
        if f < 0.5:
            return f"0{p}/{a}.{b}.{c}"
        if f < 0.65:
            return f"+32 {p} {a} {b} {c}"
        if f < 0.75:
            return f"0{p}{a}{b}{c}"
        if f < 0.85:
            return f"+32{p}{a}{b}{c}"
        return rng.choice([f"02 {rdigits(rng, 3)} {a} {b}", f"09/{rdigits(rng, 3)}.{a}.{b}", f"03 {rdigits(rng, 3)} {a} {b}"])
    if lang == "en-gb":
        m = rdigits(rng, 6)
        p = "7" + rdigits(rng, 3)
        if f < 0.35:
            return f"0{p} {m}"
        if f < 0.55:
            return f"+44 {p} {m}"
        if f < 0.7:
            return f"0{p}{m}"
        if f < 0.8:
            return f"+44 (0){p} {m[:3]} {m[3:]}"
        return rng.choice([f"020 {rdigits(rng, 4)} {rdigits(rng, 4)}", f"0161 {rdigits(rng, 3)} {rdigits(rng, 4)}", f"0113 {rdigits(rng, 3)} {rdigits(rng, 4)}"])
    a = rng.choice(["212", "312", "415", "617", "713", "646", "503", "404", "206", "720"])
    x, y = rdigits(rng, 3, True), rdigits(rng, 4)
    if f < 0.3:
        return f"({a}) {x}-{y}"
    if f < 0.55:
        return f"{a}-{x}-{y}"
    if f < 0.7:
        return f"+1 {a} {x} {y}"
    if f < 0.82:
        return f"{a}.{x}.{y}"
    if f < 0.9:
        return f"+1-{a}-{x}-{y}"
    return f"{a}{x}{y}"


def phone_scammer(rng, lang):
    f = rng.random()
    if f < 0.3:
        return phone(rng, rng.choice(["nl", "nl-be", "en-gb"]))
    if f < 0.45:
        return f"+44 7{rdigits(rng, 3)} {rdigits(rng, 6)}"
    if f < 0.6:
        return f"+234 80{rdigits(rng, 1)} {rdigits(rng, 3)} {rdigits(rng, 4)}"
    if f < 0.75:
        return f"+33 6 {rdigits(rng, 2)} {rdigits(rng, 2)} {rdigits(rng, 2)} {rdigits(rng, 2)}"
    if f < 0.85:
        return f"+49 15{rdigits(rng, 1)} {rdigits(rng, 8)}"
    return phone(rng, lang)


DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "hetnet.nl", "planet.nl", "xs4all.nl", "icloud.com"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be", "icloud.com"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr", "telenet.be", "live.be"],
    "en-gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com", "hotmail.com", "verizon.net"],
}


def email(rng, lang, first="jan", last="jansen"):
    fi = first.lower().replace("é", "e").replace("ë", "e")
    la = last.lower().replace(" ", "").replace("'", "").replace("é", "e")
    f = rng.randint(0, 6)
    loc = [f"{fi}.{la}", f"{fi}{la}", f"{fi[0]}{la}", f"{fi}{rng.randint(1, 99)}", f"{la}.{fi}",
           f"{fi}_{la}{rng.randint(60, 99)}", f"{fi[0]}.{la}"][f]
    d = rng.choice(DOMAINS[lang])
    s = f"{loc}@{d}"
    if rng.random() < 0.06:
        s = s.upper() if rng.random() < 0.3 else s.capitalize()
    return s


def customer_number(rng, lang):
    f = rng.randint(0, 7)
    if f == 0:
        return rdigits(rng, 8, True)
    if f == 1:
        return rdigits(rng, 10, True)
    if f == 2:
        return rdigits(rng, 7, True)
    if f == 3:
        return "KL" + rdigits(rng, 7)
    if f == 4:
        s = rdigits(rng, 9, True)
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    if f == 5:
        return "C" + rdigits(rng, 8)
    if f == 6:
        s = rdigits(rng, 12, True)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    return rdigits(rng, 6, True)


def uk_account(rng, lang):
    return rdigits(rng, 8, True)


# ---------------------------------------------------------------- dates / dob
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _mon(lang):
    return MONTHS["nl"] if lang.startswith("nl") else MONTHS["fr"] if lang == "fr-be" else MONTHS["en"]


def fmt_date(rng, lang, y, m, d, allow_noyear=False):
    mon = _mon(lang)
    f = rng.randint(0, 5)
    if allow_noyear and f == 5:
        if lang.startswith("en"):
            return rng.choice([f"{mon[m - 1]} {d}", f"{d} {mon[m - 1][:3]}", f"{mon[m - 1][:3]} {d}th" if d in (4, 5, 6, 7, 8, 9, 10) else f"{mon[m - 1]} {d}"])
        return f"{d} {mon[m - 1]}" if rng.random() < 0.7 else f"{d}/{m}"
    if lang == "en-us":
        return [f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{mon[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{mon[m - 1][:3]} {d} {y}", f"{m}/{d}/{str(y)[2:]}"][f]
    if lang == "en-gb":
        return [f"{d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon[m - 1][:3]} {y}", f"{d:02d}.{m:02d}.{y}"][f]
    return [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mon[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"][f]


def date(rng, lang):
    y = rng.choice([2025, 2026, 2026, 2026])
    return fmt_date(rng, lang, y, rng.randint(1, 12), rng.randint(1, 28), allow_noyear=True)


def dob(rng, lang):
    return fmt_date(rng, lang, rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28))


def time_(rng, lang):
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    if lang.startswith("en"):
        if lang == "en-us" or rng.random() < 0.5:
            return rng.choice([f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}", f"{(h % 12) or 12}:{m:02d}{'AM' if h < 12 else 'PM'}", f"{(h % 12) or 12}.{m:02d}pm"])
        return f"{h:02d}:{m:02d}"
    if lang == "nl-be":
        return rng.choice([f"{h}u{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h"])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d} uur"])


def amount(rng, lang):
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(100, 2500)])
    c = rng.randint(0, 99) if rng.random() < 0.6 else 0
    if lang.startswith("en"):
        sym = "£" if lang == "en-gb" else "$"
        vs = f"{v:,}"
        if rng.random() < 0.15 and lang == "en-gb":
            sym = "€"
        return rng.choice([f"{sym}{vs}.{c:02d}", f"{sym}{vs}", f"{sym}{v}.{c:02d}", f"{vs}.{c:02d} {'GBP' if sym == '£' else 'USD' if sym == '$' else 'EUR'}"])
    vs = f"{v:,}".replace(",", ".")
    return rng.choice([f"€ {vs},{c:02d}", f"€{vs},{c:02d}", f"€{v}", f"{vs},{c:02d} euro", f"EUR {vs},{c:02d}", f"{v} euro", f"{vs},{c:02d} €" if lang == "fr-be" else f"€ {v},-"])


# ---------------------------------------------------------------- negatives
def ticket(rng, lang):
    f = rng.randint(0, 8)
    return [f"FR-{rng.choice([2025, 2026])}-{rdigits(rng, 6)}", f"CASE-{rdigits(rng, 7)}", f"{rng.choice([2025, 2026])}-{rdigits(rng, 6)}",
            f"#{rdigits(rng, 7)}", f"INC{rdigits(rng, 8)}", f"SR-{rdigits(rng, 5)}-{rng.choice(UP)}{rng.choice(UP)}",
            f"PV {rng.choice(['AN', 'GE', 'BR', 'LI'])}.{rdigits(rng, 2)}.L{rdigits(rng, 1)}.{rdigits(rng, 6)}/{rng.choice([2025, 2026])}" if lang in ("nl-be", "fr-be") else f"PL{rdigits(rng, 4)}-{rdigits(rng, 7)}",
            f"CHB{rdigits(rng, 9)}", f"{rdigits(rng, 8)}"][f]


def txref(rng, lang):
    f = rng.randint(0, 6)
    if f == 0:
        return "TRX" + rdigits(rng, 10)
    if f == 1:
        return "".join(rng.choice(UP + DIG) for _ in range(4)) + "-" + "".join(rng.choice(UP + DIG) for _ in range(4))
    if f == 2:
        while True:
            s = rdigits(rng, 16, True)
            if not luhn_ok(s):
                break
        return group(s, [4, 4, 4, 4])
    if f == 3:
        return "NOTPROVIDED" if False else f"E2E-{rdigits(rng, 12)}"
    if f == 4:
        return f"{rng.choice(UP)}{rng.choice(UP)}{rdigits(rng, 9)}"
    if f == 5:
        return f"MNDT{rdigits(rng, 6)}"
    return f"ref{rdigits(rng, 8)}"


def scamref(rng, lang):
    f = rng.randint(0, 4)
    return [f"{rng.choice(UP)}{rng.choice(UP)}-{rdigits(rng, 5)}", f"#{rdigits(rng, 6)}", f"REF{rdigits(rng, 7)}",
            f"{rdigits(rng, 4)}-{rng.choice(UP)}{rng.choice(UP)}", f"ID{rdigits(rng, 8)}"][f]


def order(rng, lang):
    return rng.choice([f"#{rdigits(rng, 9)}", f"{rng.choice(['NL', 'BE', 'UK', 'US'])}{rdigits(rng, 8)}", f"{rdigits(rng, 3)}-{rdigits(rng, 7)}-{rdigits(rng, 7)}", f"ORD-{rdigits(rng, 6)}"])


def invoice(rng, lang):
    return rng.choice([f"INV-{rng.choice([2025, 2026])}-{rdigits(rng, 4)}", f"F{rdigits(rng, 8)}", f"{rng.choice([2025, 2026])}/{rdigits(rng, 5)}"])


def tracking(rng, lang):
    return rng.choice(["3S" + "".join(rng.choice(UP) for _ in range(4)) + rdigits(rng, 7), "1Z" + "".join(rng.choice(UP + DIG) for _ in range(16)),
                       "JVGL" + rdigits(rng, 16), f"CD{rdigits(rng, 9)}BE", f"RR{rdigits(rng, 9)}NL"])


def error_code(rng, lang):
    return rng.choice([f"E{rdigits(rng, 3)}", f"ERR-{rdigits(rng, 4)}", f"0x{''.join(rng.choice('0123456789ABCDEF') for _ in range(8))}",
                       f"code {rng.choice([401, 403, 500, 503])}", f"AUTH_{rng.choice(['BLOCKED', 'FAILED', 'LOCKED'])}_{rdigits(rng, 2)}", f"CB-{rdigits(rng, 3)}"])


def version(rng, lang):
    return rng.choice([f"{rng.randint(5, 14)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}", f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(12, 15)}", f"v{rng.randint(3, 9)}.{rng.randint(0, 99)}", f"build {rng.randint(1000, 9999)}"])


def model(rng, lang):
    return rng.choice(["iPhone 13 mini", "iPhone 15 Pro", "SM-A546B", "SM-S918B", "Pixel 7a", "Galaxy A34", "Moto g54", "Redmi Note 12", "iPad Air (5th gen)", "DP270"])


def company_reg(rng, lang):
    if lang == "nl":
        return rng.choice([f"KvK {rdigits(rng, 8, True)}", f"KvK-nummer {rdigits(rng, 8, True)}", f"BTW NL{rdigits(rng, 9)}B01"])
    if lang in ("nl-be", "fr-be"):
        s = "0" + rdigits(rng, 9)
        return rng.choice([f"BE {s[:4]}.{s[4:7]}.{s[7:]}", f"BTW BE{s}", f"TVA BE {s[:4]}.{s[4:7]}.{s[7:]}", f"RPR {s[:4]}.{s[4:7]}.{s[7:]}"])
    if lang == "en-gb":
        return rng.choice([f"Company No. {rdigits(rng, 8)}", f"registered in England and Wales no. {rdigits(rng, 8)}", f"FCA No. {rdigits(rng, 6)}"])
    return rng.choice([f"NMLS #{rdigits(rng, 6)}", f"EIN {rdigits(rng, 2)}-{rdigits(rng, 7)}", f"FDIC Cert #{rdigits(rng, 5)}"])


def masked(rng, lang):
    d4 = rdigits(rng, 4)
    f = rng.randint(0, 8)
    return [f"****{d4}", f"**** **** **** {d4}", f"•••• {d4}", f"XXXX-XXXX-XXXX-{d4}", f"NL** **** **** **{rdigits(rng, 2)} {rdigits(rng, 2)}",
            f"BE** **** **** {d4}", f"xxxx{d4}", f"*{d4}", f"{rdigits(rng, 4)} **** **** {d4}"][f]


def qty(rng, lang):
    n = rng.randint(2, 14)
    w = {"nl": ["transacties", "afschrijvingen", "betalingen", "keer"], "nl-be": ["verrichtingen", "betalingen", "keer"],
         "fr-be": ["opérations", "paiements", "fois"], "en-gb": ["transactions", "payments", "times"], "en-us": ["charges", "transactions", "times"]}[lang]
    return f"{n} {rng.choice(w)}"


def flight(rng, lang):
    return rng.choice(["KL", "HV", "SN", "FR", "BA", "U2", "UA", "DL"]) + str(rng.randint(100, 9999))


def pct(rng, lang):
    return rng.choice([f"{rng.randint(1, 99)}%", f"{rng.randint(1, 9)},{rng.randint(0, 9)}%", f"{rng.randint(1, 99)} procent" if lang.startswith("nl") else f"{rng.randint(1, 99)} %"])


def year(rng, lang):
    return str(rng.randint(1998, 2024))
