"""Value generators (labelled values and hard-negative values). Standard library only."""
import string

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG


def _d(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(iban):
    iban = iban.replace(" ", "").replace("-", "").upper()
    if len(iban) < 15 or not iban[:2].isalpha():
        return False
    rearr = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in rearr)
    return int(num) % 97 == 1


def bsn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0 and s != "000000000"


def rrn_ok(s):
    if len(s) != 11 or not s.isdigit():
        return False
    base, chk = s[:9], int(s[9:])
    return chk == 97 - int(base) % 97 or chk == 97 - int("2" + base) % 97


# ---------------------------------------------------------------- high risk
def card(r, v=None):
    kind = v or r.choice(["visa", "visa", "mc", "mc", "amex", "maestro", "disc"])
    if kind == "visa":
        body, ln = "4" + _d(r, 14), 16
    elif kind == "mc":
        body, ln = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
        body += _d(r, 15 - len(body))
    elif kind == "amex":
        body, ln = r.choice(["34", "37"]) + _d(r, 12), 15
    elif kind == "maestro":
        body, ln = "6759" + _d(r, 11), 16
    else:
        body, ln = "6011" + _d(r, 11), 16
    for c in DIG:
        if luhn_ok(body + c):
            num = body + c
            break
    if ln == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    f = r.random()
    if f < 0.5:
        return " ".join(g)
    if f < 0.7:
        return num
    if f < 0.85:
        return "-".join(g)
    return ".".join(g) if ln == 16 and r.random() < 0.3 else "  ".join(g)


def cvv(r, v=None):
    return _d(r, 4) if v == "amex" else _d(r, 3)


def card_expiry(r, v=None):
    m, y = r.randint(1, 12), r.randint(25, 32)
    return r.choice([f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


def _iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban(r, v=None):
    cc = v or r.choice(["NL"] * 5 + ["BE"] * 4 + ["DE", "FR", "GB", "LU", "ES"])
    if cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + _d(r, 10)
    elif cc == "BE":
        a = str(r.randint(1, 9)) + _d(r, 9)
        c = int(a) % 97 or 97
        bban = a + f"{c:02d}"
    elif cc == "DE":
        bban = _d(r, 18)
    elif cc == "FR":
        bban = _d(r, 23)
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MONZ"]) + _d(r, 14)
    elif cc == "LU":
        bban = _d(r, 3) + "".join(r.choice(UP + DIG) for _ in range(13))
    else:
        bban = _d(r, 20)
    ib = cc + _iban_check(cc, bban) + bban
    assert iban_ok(ib)
    f = r.random()
    if f < 0.5:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif f < 0.85:
        out = ib
    else:
        out = "-".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if r.random() < 0.3 else ib
    if r.random() < 0.12:
        out = out.lower()
    return out


def bsn(r, v=None):
    while True:
        s = str(r.randint(1, 6)) + _d(r, 7)
        tot = sum(int(s[i]) * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s += str(last)
            if bsn_ok(s):
                break
    return r.choice([s, s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def rrn(r, v=None):
    y = r.randint(1950, 2006)
    m, d = r.randint(1, 12), r.randint(1, 28)
    base = f"{y % 100:02d}{m:02d}{d:02d}{r.randint(1, 997):03d}"
    chk = 97 - int(("2" + base) if y >= 2000 else base) % 97
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    return r.choice([f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}", s, f"{s[:6]} {s[6:9]} {s[9:]}",
                     f"{s[:6]}-{s[6:9]}-{s[9:]}", f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])


_WORDS = ["zomer", "tulp", "fiets", "Hond", "kat", "Molen", "Zonnebloem", "oranje", "Ajax", "Brugge", "frietje",
          "Sunshine", "Chelsea", "liverpool", "tiger", "Dragon", "maple", "Bobby", "Luna", "Max", "Rocky", "Chouchou",
          "soleil", "Bruxelles", "Kasteel", "Drukker", "Hamer", "Zebra", "Giraf", "pinguin", "Pluto"]


def password(r, v=None):
    f = r.random()
    if f < 0.35:
        return r.choice(_WORDS) + str(r.randint(1, 2025)) + r.choice(["", "!", "#", "?", "$", "*"])
    if f < 0.55:
        w = r.choice(_WORDS) + r.choice(["&", "_", ".", "@"]) + r.choice(_WORDS).capitalize() + _d(r, 2)
        return w
    if f < 0.8:
        return "".join(r.choice(ALNUM + "!#%&*") for _ in range(r.randint(9, 15)))
    if f < 0.9:
        return "-".join(r.choice(_WORDS).lower() for _ in range(3)) + "-" + _d(r, 2)
    w = r.choice(_WORDS)
    return w.replace("a", "@").replace("o", "0").replace("e", "3") + _d(r, 3)


def pin(r, v=None):
    n = int(v) if v and v.isdigit() else r.choice([4, 4, 4, 4, 5, 6])
    s = _d(r, n)
    f = r.random()
    if f < 0.07 and n == 4:
        return " ".join(s)
    if f < 0.12 and n == 4:
        return "-".join(s)
    if f < 0.18 and v == "door":
        return s + "#"
    return s


def puk(r, v=None):
    s = _d(r, 8)
    return r.choice([s, s, s[:4] + " " + s[4:]])


_NUM_WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp(r, v=None, lang="nl"):
    if v == "words":
        return " ".join(r.choice(_NUM_WORDS[lang]) for _ in range(6))
    n = r.choice([6, 6, 6, 6, 5, 8, 4])
    s = _d(r, n)
    f = r.random()
    if f < 0.12 and n == 6:
        return s[:3] + " " + s[3:]
    if f < 0.18 and n == 6:
        return s[:3] + "-" + s[3:]
    if f < 0.24 and n == 6:
        return "G-" + s
    return s


def wifi_key(r, v=None):
    f = r.random()
    if f < 0.3:
        return r.choice(_WORDS) + r.choice(["@", "!", "_", ""]) + r.choice(["Gast", "Guest", "Hotel", "Cowork", "BnB"]) + str(r.randint(2019, 2026))
    if f < 0.55:
        return "-".join("".join(r.choice(ALNUM) for _ in range(4)) for _ in range(4))
    if f < 0.75:
        return "".join(r.choice("0123456789abcdef") for _ in range(26))
    return "".join(r.choice(ALNUM) for _ in range(r.randint(10, 16)))


def username(r, v=None, first="jan", last="jansen"):
    first, last = first.lower(), last.lower().replace(" ", "").replace("'", "")
    return r.choice([f"{first[0]}{last}{r.randint(1, 99)}", f"{first}.{last}", f"{first}_{last[:4]}{r.randint(70, 99)}",
                     f"{last}{first[0]}", f"{first}{r.randint(1980, 2005)}", f"{first[0]}.{last}",
                     f"{last.upper()}{_d(r, 3)}", f"u{_d(r, 6)}"])


def _rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def api_key(r, v=None):
    k = v or r.choice(["sk", "pk", "aws", "awss", "google", "slack", "sg", "generic", "generic", "mollie", "gh"])
    if k == "sk":
        return "sk_" + r.choice(["live", "test"]) + "_" + _rs(r, ALNUM, 32)
    if k == "pk":
        return "pk_" + r.choice(["live", "test"]) + "_" + _rs(r, ALNUM, 28)
    if k == "aws":
        return "AKIA" + _rs(r, UP + DIG, 16)
    if k == "awss":
        return _rs(r, ALNUM + "/+", 40)
    if k == "google":
        return "AIza" + _rs(r, ALNUM + "-_", 35)
    if k == "slack":
        return "xoxb-" + _d(r, 11) + "-" + _d(r, 12) + "-" + _rs(r, ALNUM, 24)
    if k == "sg":
        return "SG." + _rs(r, ALNUM + "-_", 22) + "." + _rs(r, ALNUM + "-_", 43)
    if k == "mollie":
        return r.choice(["live_", "test_"]) + _rs(r, ALNUM, 30)
    if k == "gh":
        return "github_pat_" + _rs(r, ALNUM, 22) + "_" + _rs(r, ALNUM, 30)
    return _rs(r, "0123456789abcdef", 32)


def token(r, v=None):
    k = v or r.choice(["jwt", "hex", "ghp", "sess", "oauth", "hex"])
    if k == "jwt":
        return "eyJ" + _rs(r, ALNUM + "-_", 30) + ".eyJ" + _rs(r, ALNUM + "-_", 50) + "." + _rs(r, ALNUM + "-_", 43)
    if k == "hex":
        return _rs(r, "0123456789abcdef", r.choice([32, 40, 64]))
    if k == "ghp":
        return "ghp_" + _rs(r, ALNUM, 36)
    if k == "sess":
        return r.choice(["sess_", "s%3A", ""]) + _rs(r, ALNUM, 32)
    return "ya29." + _rs(r, ALNUM + "-_", 60)


def ip_address(r, v=None):
    f = r.random()
    if f < 0.1:
        return ":".join(f"{r.randint(0, 65535):x}" for _ in range(8))
    if f < 0.15:
        return f"2a02:a46{r.randint(0, 9)}:{r.randint(0, 65535):x}::{r.randint(1, 255):x}"
    if f < 0.45:
        return f"192.168.{r.randint(0, 2)}.{r.randint(2, 254)}"
    return f"{r.choice([77, 84, 85, 145, 213, 94, 62, 81, 178, 31, 82])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


# ---------------------------------------------------------------- other PII
_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _mon(lang):
    return _MONTHS["fr" if lang == "fr-be" else "en" if lang.startswith("en") else "nl"]


def date_of_birth(r, v=None, lang="nl"):
    y, m, d = r.randint(1948, 2006), r.randint(1, 12), r.randint(1, 28)
    M = _mon(lang)
    if lang == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{M[m-1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{M[m-1][:3]} {d} {y}"])
    if lang == "en-gb":
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}{suf} {M[m-1]} {y}", f"{d} {M[m-1][:3]} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}"])
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {M[m-1]} {y}",
                     f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {M[m-1][:3]} '{y % 100:02d}"])


def phone(r, v=None, lang="nl"):
    cc = {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "gb", "en-us": "us"}[lang]
    if v in ("nl", "be", "gb", "us"):
        cc = v
    if cc == "nl":
        if r.random() < 0.7:
            s = "6" + _d(r, 8)
            return r.choice([f"0{s[0]}-{s[1:]}", f"0{s[0]} {s[1:5]} {s[5:]}", f"+31 {s[0]} {s[1:]}", f"+31{s}",
                             f"0031 {s[0]} {s[1:5]} {s[5:]}", f"0{s}", f"(06) {s[1:4]} {s[4:6]} {s[6:]}", f"+31 (0){s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:]}"])
        area = r.choice(["20", "10", "30", "70", "40", "50", "58", "71", "73", "76"])
        rest = _d(r, 7)
        return r.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest[:3]} {rest[3:]}", f"0{area}{rest}"])
    if cc == "be":
        if r.random() < 0.7:
            p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "486", "488", "494", "496", "497", "499"])
            a, b, c = _d(r, 2), _d(r, 2), _d(r, 2)
            return r.choice([f"0{p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"+32 {p} {a} {b} {c}", f"+32{p}{a}{b}{c}",
                             f"0{p}{a}{b}{c}", f"0032 {p} {a}{b}{c}", f"0{p}/{a}{b}{c}", f"+32 (0){p} {a} {b} {c}"])
        z = r.choice(["2", "3", "9", "4"])
        rest = _d(r, 7)
        return r.choice([f"0{z} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{z}/{rest[:3]}.{rest[3:5]}.{rest[5:]}", f"+32 {z} {rest[:3]} {rest[3:5]} {rest[5:]}"])
    if cc == "gb":
        if r.random() < 0.7:
            s = "7" + _d(r, 9)
            return r.choice([f"0{s[:4]} {s[4:]}", f"+44 {s[:4]} {s[4:]}", f"+44{s}", f"0{s}", f"+44 (0){s[:4]} {s[4:7]} {s[7:]}", f"0{s[:4]}-{s[4:]}"])
        return r.choice([f"020 {_d(r, 4)} {_d(r, 4)}", f"(0161) {_d(r, 3)} {_d(r, 4)}", f"0113 {_d(r, 3)} {_d(r, 4)}", f"+44 131 {_d(r, 3)} {_d(r, 4)}"])
    a = r.choice(["312", "415", "646", "512", "617", "303", "206", "404", "718", "305", "713"])
    x, y = str(r.randint(200, 989)), _d(r, 4)
    return r.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1 {a} {x} {y}", f"{a}.{x}.{y}", f"1-{a}-{x}-{y}", f"+1 ({a}) {x}-{y}", f"{a}{x}{y}"])


def email(r, v=None, lang="nl", first="jan", last="jansen"):
    f = first.lower()
    l = last.lower().replace(" ", "").replace("'", "")
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "planet.nl", "live.nl", "icloud.com"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be", "live.be", "outlook.be"],
           "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.be", "yahoo.fr", "proximus.be"],
           "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com"],
           "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com", "hotmail.com"]}[lang]
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f[0]}", f"{f}_{l}", f"{f}{r.randint(1960, 2004)}",
                      f"{f[0]}.{l}", f"{f}.{l[:3]}{r.randint(1, 9)}", f"info.{l}"])
    if v == "work":
        return f"{f[0]}.{l}@{r.choice(['drukkerij-', 'bouw', 'studio', 'praktijk', 'consult', 'atelier'])}{l}.{'nl' if lang == 'nl' else 'be' if 'be' in lang else 'co.uk' if lang == 'en-gb' else 'com'}"
    return f"{local}@{r.choice(dom)}"


def customer_number(r, v=None):
    k = v or r.choice(["plain", "plain", "prefix", "dash", "ean", "loyal", "member"])
    if k == "plain":
        return _d(r, r.choice([7, 8, 9, 10]))
    if k == "prefix":
        return r.choice(["K", "KL", "C", "CU", "M", "CW", "KA", "RN", "AB", "LID", "CAND"]) + r.choice(["", "-", ""]) + _d(r, r.choice([5, 6, 7]))
    if k == "dash":
        return f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}" if r.random() < 0.5 else f"{_d(r, 4)}-{_d(r, 4)}"
    if k == "ean":
        s = "8716" + _d(r, 14)
        return s if r.random() < 0.7 else f"{s[:6]} {s[6:12]} {s[12:]}"
    if k == "loyal":
        return "2" + _d(r, 12) if r.random() < 0.5 else f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"
    return r.choice(["JK", "MK", "ZOO", "PAS", "VRND"]) + "-" + _d(r, 6)


def address(r, v=None, lang="nl", street="Kerkstraat", city="Utrecht"):
    n = r.randint(1, 240)
    if lang == "nl":
        pc = f"{r.randint(1011, 9999)}{r.choice(['', ' '])}{r.choice(UP.replace('S', '').replace('F', '').replace('I', '').replace('O', '').replace('Q', '').replace('U', '').replace('Y', ''))}{r.choice('ABCDEGHJKLMNPRTVWXZ')}"
        hn = r.choice([str(n), str(n), f"{n}a", f"{n}-2", f"{n} B", f"{n}-hs", f"{n} III"])
        return r.choice([f"{street} {hn}, {pc} {city}", f"{street} {hn} {pc} {city}", f"{street} {hn}", f"{street} {hn}, {city}", f"{street} {hn}\n{pc} {city}", f"{pc} {city}, {street} {hn}" if r.random() < 0.2 else f"{street} {hn}, {pc}  {city.upper()}"])
    if lang in ("nl-be", "fr-be"):
        pc = str(r.randint(1000, 9990))
        if lang == "nl-be":
            hn = r.choice([str(n), f"{n} bus {r.randint(1, 30)}", f"{n}/{r.randint(1, 12)}", f"{n}A", f"{n} bus 0{r.randint(1, 9)}"])
            return r.choice([f"{street} {hn}, {pc} {city}", f"{street} {hn} {pc} {city}", f"{street} {hn}", f"{street} {hn}\n{pc} {city}", f"{street} {hn} te {pc} {city}"])
        hn = r.choice([str(n), f"{n} bte {r.randint(1, 20)}", f"{n}/{r.randint(1, 12)}", f"{n}B", f"{n} boîte {r.randint(1, 9)}"])
        return r.choice([f"{street} {hn}, {pc} {city}", f"{street}, {hn} - {pc} {city}", f"{street} {hn}", f"{street} {hn}\n{pc} {city}", f"{street} {hn} à {pc} {city}"])
    if lang == "en-gb":
        pc = f"{r.choice(['M', 'LS', 'B', 'SW', 'N', 'E', 'BS', 'G', 'EH', 'CF', 'NW', 'SE'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        pre = r.choice(["", "", "", f"Flat {r.randint(1, 40)}, ", f"Apartment {r.randint(1, 12)}, "])
        return r.choice([f"{pre}{n} {street}, {city} {pc}", f"{pre}{n} {street}, {city}, {pc}", f"{pre}{n} {street}\n{city}\n{pc}", f"{n} {street}", f"{pre}{n} {street}, {pc}"])
    st = r.choice(["IL", "TX", "CA", "NY", "MA", "WA", "GA", "CO", "OR", "FL"])
    z = _d(r, 5)
    apt = r.choice(["", "", f" Apt {r.randint(1, 30)}{r.choice(['', 'B', 'C'])}", f", Unit {r.randint(100, 999)}", f" #{r.randint(2, 40)}"])
    return r.choice([f"{n * 7} {street}{apt}, {city}, {st} {z}", f"{n * 7} {street}{apt}\n{city}, {st} {z}", f"{n * 7} {street}{apt}", f"{n * 7} {street}{apt}, {city} {st} {z}"])


# ---------------------------------------------------------------- negatives
def neg_date(r, v=None, lang="nl"):
    d, m = r.randint(1, 28), r.randint(1, 12)
    M = _mon(lang)
    if v == "short":
        return f"{d}/{m}" if lang != "en-us" else f"{m}/{d}"
    if lang.startswith("en"):
        return r.choice([f"{d} {M[m-1]}", f"{M[m-1]} {d}", f"{d}/{m}" if lang == "en-gb" else f"{m}/{d}", f"{M[m-1][:3]} {d}th" if d > 3 else f"{M[m-1]} {d}", f"{d:02d}/{m:02d}/2025" if lang == "en-gb" else f"{m:02d}/{d:02d}/2025"])
    return r.choice([f"{d} {M[m-1]}", f"{d}-{m}", f"{d}/{m}", f"{d:02d}-{m:02d}-2025", f"{d} {M[m-1][:3]}", f"{d}.{m}.26"])


def neg_time(r, v=None, lang="nl"):
    h, mi = r.randint(7, 22), r.choice([0, 15, 30, 45, 5, 50])
    if lang == "en-us":
        return r.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}"])
    if lang in ("nl-be", "fr-be"):
        return r.choice([f"{h}u{mi:02d}", f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}u"])
    return r.choice([f"{h}:{mi:02d}", f"{h:02d}.{mi:02d}", f"{h}:{mi:02d} uur" if lang == "nl" else f"{h}:{mi:02d}"])


def amount(r, v=None, lang="nl"):
    e, c = r.randint(3, 900), r.choice([0, 50, 95, 99, 25, 0])
    if lang == "en-gb":
        return r.choice([f"£{e}.{c:02d}", f"£{e}", f"{e} quid" if e < 100 else f"GBP {e}.{c:02d}"])
    if lang == "en-us":
        return r.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}"])
    return r.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e} euro", f"EUR {e},{c:02d}", f"€{e}", f"{e},{c:02d} EUR"])


_QU = {
    "nl": dict(hotel=["nachten", "personen", "kamers", "volwassenen"], venue=["kaartjes", "volwassenen", "kinderen", "tickets"], print=["stuks", "vellen", "flyers", "exemplaren"],
               diy=["stuks", "dozen", "m2", "planken"], cowork=["uur", "dagdelen", "dagen"], recruit=["uur", "diensten", "dagen"], dur=["dagen", "weken", "minuten", "uur"]),
    "nl-be": dict(hotel=["nachten", "personen", "kamers"], venue=["tickets", "volwassenen", "kinderen", "leerlingen"], print=["stuks", "vellen", "folders"],
                  diy=["stuks", "dozen", "m²"], cowork=["uren", "dagen"], recruit=["uren", "shiften", "dagen"], dur=["dagen", "weken", "minuten"]),
    "fr-be": dict(hotel=["nuits", "personnes", "chambres"], venue=["billets", "adultes", "enfants", "élèves"], print=["exemplaires", "feuilles", "flyers"],
                  diy=["pièces", "boîtes", "m²"], cowork=["heures", "jours"], recruit=["heures", "jours", "prestations"], dur=["jours", "semaines", "minutes"]),
    "en": dict(hotel=["nights", "guests", "rooms", "adults"], venue=["tickets", "adults", "kids", "pupils"], print=["copies", "sheets", "flyers", "posters"],
               diy=["boards", "boxes", "packs", "sq m"], cowork=["hours", "days", "desks"], recruit=["hours", "shifts", "days"], dur=["days", "weeks", "minutes", "hours"]),
}


def quantity(r, v=None, lang="nl"):
    u = _QU["en" if lang.startswith("en") else lang].get(v or "dur")
    if u:
        n = r.randint(2, 9) if v == "dur" else r.randint(2, 60) if v in ("hotel", "venue", "cowork", "recruit") else r.randint(2, 2500)
        return f"{n} {r.choice(u)}"
    n = r.randint(2, 500)
    u = {"nl": ["stuks", "vellen", "nachten", "kaartjes", "personen", "flyers", "uur", "dozen"],
         "nl-be": ["stuks", "vellen", "nachten", "tickets", "personen", "uren", "folders"],
         "fr-be": ["exemplaires", "nuits", "billets", "personnes", "heures", "feuilles", "pièces"],
         "en-gb": ["copies", "nights", "tickets", "sheets", "hours", "boxes", "units"],
         "en-us": ["copies", "nights", "tickets", "sheets", "hours", "boxes", "units"]}[lang]
    return f"{n} {r.choice(u)}"


def percentage(r, v=None, lang="nl"):
    p = r.choice([5, 10, 15, 20, 25, 30, 50, 12.5, 21, 6])
    s = str(p).replace(".", "," if not lang.startswith("en") else ".")
    return r.choice([f"{s}%", f"{s} %", f"{s} procent" if lang in ("nl", "nl-be") else f"{s}%"])


def year(r, v=None):
    return str(r.randint(2019, 2027))


def order_number(r, v=None):
    return r.choice([_d(r, 9), "ORD-" + _d(r, 7), "#" + _d(r, 5), "BK" + _d(r, 8), f"{r.randint(2024, 2026)}-{_d(r, 6)}",
                     "WEB" + _d(r, 6), "R" + _d(r, 7), "PO-" + _d(r, 5), "HB-" + _rs(r, UP + DIG, 8)])


def ticket_number(r, v=None):
    return r.choice(["INC-" + _d(r, 7), "CAS-" + _d(r, 6), "#" + _d(r, 6), _d(r, 8), "KL-" + _d(r, 5), "SR" + _d(r, 8),
                     "CS" + _d(r, 7), f"T{r.randint(2024, 2026)}-{_d(r, 5)}", "REF-" + _rs(r, UP + DIG, 6)])


def invoice_number(r, v=None):
    return r.choice([f"F{r.randint(2024, 2026)}-{_d(r, 5)}", "INV-" + _d(r, 6), _d(r, 10), f"{r.randint(2024, 2026)}/{_d(r, 4)}",
                     "FA" + _d(r, 7), "VF-" + _d(r, 6), f"NF{_d(r, 6)}"])


def tracking_number(r, v=None):
    return r.choice(["3S" + _rs(r, UP, 4) + _d(r, 9), "JVGL" + _d(r, 16), "1Z" + _rs(r, UP + DIG, 6) + _d(r, 10), "32321" + _d(r, 13),
                     "CD" + _d(r, 9) + "BE", "JJD" + _d(r, 18), _d(r, 12), "LX" + _d(r, 9) + "NL", "9400" + _d(r, 18)])


def request_id(r, v=None):
    h = "0123456789abcdef"
    return r.choice([f"{_rs(r, h, 8)}-{_rs(r, h, 4)}-4{_rs(r, h, 3)}-{r.choice('89ab')}{_rs(r, h, 3)}-{_rs(r, h, 12)}",
                     "req_" + _rs(r, ALNUM, 14), "RID-" + _d(r, 10), _rs(r, UP + DIG, 12)])


def error_code(r, v=None):
    return r.choice(["E" + str(r.randint(100, 999)), "ERR_" + r.choice(["CONNECTION_RESET", "SSL_PROTOCOL_ERROR", "CERT_DATE_INVALID", "TOO_MANY_REDIRECTS"]),
                     "0x" + _rs(r, "0123456789ABCDEF", 8), str(r.choice([401, 403, 404, 500, 502, 503])), f"E-{_d(r, 3)}",
                     "PRN-" + _d(r, 4), f"{r.randint(10, 99)}.{_d(r, 2)}.{_d(r, 2)}", "CODE " + _d(r, 4)])


def version_string(r, v=None):
    return r.choice([f"{r.randint(1, 17)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"v{r.randint(1, 9)}.{r.randint(0, 9)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                     f"Android {r.randint(10, 15)}", f"{r.randint(2, 9)}.{r.randint(0, 99)}.{r.randint(100, 9999)}", f"build {_d(r, 5)}"])


def company_registration(r, v=None, lang="nl"):
    k = v or {"nl": "kvk", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]
    if k == "kvk":
        return _d(r, 8)
    if k == "btw":
        return "NL" + _d(r, 9) + "B" + _d(r, 2)
    if k == "be":
        b = "0" + str(r.randint(200, 999)) + _d(r, 5)
        c = 97 - int(b) % 97
        s = b + f"{c:02d}"
        return r.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}", s])
    if k == "uk":
        return r.choice([_d(r, 8), "SC" + _d(r, 6), "GB " + _d(r, 3) + " " + _d(r, 4) + " " + _d(r, 2)])
    if k == "siren":
        return f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"
    return f"{_d(r, 2)}-{_d(r, 7)}"


def masked_value(r, v=None):
    return r.choice(["****" + _d(r, 4), "**** **** **** " + _d(r, 4), f"NL** **** **** **{_d(r, 2)} {_d(r, 2)}", "XXXX-XXXX-XXXX-" + _d(r, 4),
                     f"BE** **** **** {_d(r, 2)}{_d(r, 2)}", f"06-****{_d(r, 4)}", f"+32 4** ** ** {_d(r, 2)}", f"•••• {_d(r, 4)}",
                     f"{r.choice('jmskpd')}***@gmail.com", f"{r.choice('jmskpd')}****{r.choice('nrsk')}@hotmail.com", "*" * r.randint(6, 10),
                     f"***-**-{_d(r, 4)}", f"*****{_d(r, 3)}"])


def meter_reading(r, v=None):
    return r.choice([_d(r, 5), f"{r.randint(1000, 99999)},{_d(r, 1)}", f"{_d(r, 6)} kWh", f"{r.randint(100, 9999)} m³"])


def port(r, v=None):
    return str(r.choice([22, 80, 443, 8080, 8443, 3389, 5060, 25, 587, 993, 3000, 9100, 631, 1883]))


def checksum(r, v=None):
    return _rs(r, "0123456789abcdef", r.choice([32, 40, 64]))


def flight_number(r, v=None):
    return r.choice(["KL", "HV", "FR", "U2", "BA", "SN", "TB", "LH", "AF", "UA", "DL", "EZY"]) + r.choice(["", " "]) + str(r.randint(12, 9899))


def model_number(r, v=None, pool=None):
    return r.choice(pool) if pool else "M" + _d(r, 3)


def product_code(r, v=None):
    return r.choice(["871" + _d(r, 10), "SKU-" + _d(r, 6), "art. " + _d(r, 7) if False else _d(r, 7), "A4-" + r.choice(["80G", "120G", "250G", "300G"]) + "-" + _d(r, 3),
                     r.choice(["PL", "HB", "GM", "DX"]) + _d(r, 5), "50" + _d(r, 11), f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 2)}"])
