"""Value generators (labelled values and hard negatives). Standard library only."""
import string

DIGITS = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits


def rd(r, n):
    return "".join(r.choice(DIGITS) for _ in range(n))


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in DIGITS:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


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
    base, chk = d[:9], int(d[9:])
    return (97 - int(base) % 97) == chk or (97 - int("2" + base) % 97) == chk


# ---------------------------------------------------------------- cards
def card(r, lang=None, variant=None):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        num = luhn_complete("4" + rd(r, 14))
    elif kind == "mc":
        num = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221"]) + "")
        num = luhn_complete(num[:-1] + rd(r, 15 - len(num[:-1])))
    elif kind == "amex":
        num = luhn_complete(r.choice(["34", "37"]) + rd(r, 12))
    else:
        num = luhn_complete("6759" + rd(r, 11))
    assert luhn_ok(num)
    style = r.random()
    if len(num) == 15:
        if style < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    if style < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.7:
        return num
    if style < 0.85:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.93:
        return ".".join(num[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(num[i:i + 4] for i in range(0, 16, 4)).replace("  ", " ", 2)


def cvv(r, lang=None, variant=None):
    return rd(r, 4) if variant == "amex" else rd(r, 3)


def card_expiry(r, lang=None, variant=None):
    m = r.randint(1, 12)
    y = r.randint(25, 31)
    f = r.choice(["{m:02d}/{y}", "{m:02d}/{y}", "{m}/{y}", "{m:02d}-{y}", "{m:02d}/20{y}",
                  "{m:02d}.{y}", "{m:02d} / {y}", "{m:02d}{y}"])
    return f.format(m=m, y=y)


# ---------------------------------------------------------------- banks / ids
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"]


def iban(r, lang=None, variant=None):
    cc = variant
    if cc is None:
        if lang in ("nl-be", "fr-be"):
            cc = "BE" if r.random() < 0.85 else r.choice(["NL", "LU", "FR"])
        elif lang == "nl":
            cc = "NL" if r.random() < 0.85 else r.choice(["BE", "DE"])
        elif lang == "en-gb":
            cc = r.choice(["GB", "GB", "NL", "IE"])
        else:
            cc = r.choice(["NL", "DE", "GB", "BE"])
    if cc == "NL":
        bban = r.choice(NL_BANKS) + rd(r, 10)
    elif cc == "BE":
        b = rd(r, 10)
        c = int(b) % 97 or 97
        bban = b + f"{c:02d}"
    elif cc == "DE":
        bban = rd(r, 18)
    elif cc == "FR":
        bban = rd(r, 23)
    elif cc == "LU":
        bban = rd(r, 3) + rd(r, 13)
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI"]) + rd(r, 14)
    else:  # GB
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rd(r, 14)
    val = iban_make(cc, bban)
    assert iban_ok(val)
    st = r.random()
    if st < 0.5:
        out = " ".join(val[i:i + 4] for i in range(0, len(val), 4))
    elif st < 0.82:
        out = val
    elif st < 0.92:
        out = " ".join(val[i:i + 4] for i in range(0, len(val), 4)).lower()
    else:
        out = val.lower()
    return out


def bsn(r, lang=None, variant=None):
    if lang in ("nl-be", "fr-be") or variant == "rrn":
        return rrn(r)
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum(d[i] * (9 - i) for i in range(8)) % 11
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            break
    assert bsn_ok(s)
    st = r.random()
    if st < 0.6:
        return s
    if st < 0.8:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if st < 0.92:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def rrn(r):
    y = r.randint(1940, 2012)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    ser = r.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{ser:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    chk = 97 - n % 97
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    st = r.random()
    if st < 0.4:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if st < 0.7:
        return s
    if st < 0.85:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    return f"{s[:6]} {s[6:9]} {s[9:]}"


# ---------------------------------------------------------------- phones
def phone(r, lang=None, variant=None):
    if lang == "nl":
        m = "6" + rd(r, 8)
        if variant == "land" or (variant is None and r.random() < 0.25):
            area = r.choice(["20", "10", "30", "70", "40", "50", "24", "26", "13", "71"])
            rest = rd(r, 7)
            return r.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}",
                             f"0{area}{rest}", f"(0{area}) {rest}"])
        return r.choice([f"0{m}", f"06-{m[1:]}", f"06 {m[1:5]} {m[5:]}", f"+31 6 {m[1:]}", f"+316{m[1:]}",
                         f"0031 6 {m[1:]}", f"06 - {m[1:]}", f"06 {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}",
                         f"+31 (0)6 {m[1:]}", f"(06) {m[1:]}"])
    if lang in ("nl-be", "fr-be"):
        if variant == "land" or (variant is None and r.random() < 0.25):
            a = r.choice(["2", "3", "9", "4", "16", "50", "11", "81"])
            rest = rd(r, 8 - len(a))
            if len(a) == 1:
                return r.choice([f"0{a} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{a}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                                 f"+32 {a} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{a}{rest}"])
            return r.choice([f"0{a} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{a}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                             f"+32 {a} {rest}"])
        p = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
        rest = rd(r, 6)
        return r.choice([f"0{p} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{p}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                         f"0{p}{rest}", f"+32 {p} {rest[:2]} {rest[2:4]} {rest[4:]}", f"+32{p}{rest}",
                         f"0032 {p} {rest}", f"0{p}/{rest}", f"0{p} {rest[:3]} {rest[3:]}", f"+32 (0){p} {rest[:2]} {rest[2:4]} {rest[4:]}"])
    if lang == "en-gb":
        if variant == "land" or (variant is None and r.random() < 0.3):
            a = r.choice(["20", "113", "161", "131", "117", "1632", "121", "151"])
            n = rd(r, 10 - len(a))
            if a == "20":
                return r.choice([f"020 {n[:4]} {n[4:]}", f"+44 20 {n[:4]} {n[4:]}", f"(020) {n[:4]} {n[4:]}"])
            return r.choice([f"0{a} {n}", f"0{a} {n[:3]} {n[3:]}", f"+44 {a} {n}", f"(0{a}) {n}"])
        n = "7" + r.choice(["700 900", "911 123", "4" + rd(r, 2) + " " + rd(r, 3), "8" + rd(r, 2) + " " + rd(r, 3)])
        n = n.replace(" ", "") + rd(r, 3)
        n = n[:10]
        return r.choice([f"0{n[:4]} {n[4:]}", f"0{n}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}",
                         f"0{n[:4]} {n[4:7]} {n[7:]}", f"+447{n[1:]}", f"0044 {n}"])
    # en-us
    a = r.choice(["212", "415", "312", "617", "512", "206", "303", "646", "718", "503", "919"])
    ex = str(r.randint(201, 989))
    if r.random() < 0.3:
        ex = "555"
    ln = rd(r, 4)
    return r.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}",
                     f"+1 ({a}) {ex}-{ln}", f"1-{a}-{ex}-{ln}", f"{a}{ex}{ln}", f"{a} {ex} {ln}"])


COMPANY_PHONES = {
    "nl": ["088 - 542 62 00", "0800-9009", "0900 - 1234567", "088 026 30 00", "0800 0224", "085 273 45 00",
           "0900-8844", "088-8080 800", "020 - 800 49 00", "14 030"],
    "nl-be": ["078 35 35 34", "078 15 15 15", "0800 12 345", "070 22 33 44", "09 240 81 11", "03 338 88 88",
              "078 05 05 15", "1700"],
    "fr-be": ["078 15 78 01", "0800 98 950", "02 274 40 66", "078 35 36 37", "04 220 12 11", "070 23 45 67",
              "0800 81 811"],
    "en-gb": ["0800 31 63 105", "0345 026 3223", "105", "0333 202 1234", "0300 123 4567", "0800 028 0247",
              "0345 600 1112", "0800 169 1234"],
    "en-us": ["1-800-752-6633", "(800) 743-5000", "1-888-862-8522", "800-334-7661", "(877) 426-6343",
              "1-866-997-5664", "(855) 444-0101", "1-800-233-1234"],
}


def company_phone(r, lang=None, variant=None, pool=None):
    return r.choice(pool or COMPANY_PHONES[lang])


# ---------------------------------------------------------------- email / accounts
MAILDOM = {
    "nl": ["gmail.com", "hotmail.com", "hotmail.nl", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
           "planet.nl", "xs4all.nl", "icloud.com", "home.nl", "casema.nl"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "outlook.be", "proximus.be", "live.be", "scarlet.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.fr", "yahoo.fr", "proximus.be", "live.be"],
    "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com",
              "virginmedia.com", "talktalk.net", "icloud.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "verizon.net", "att.net", "hotmail.com"],
}


def _slug(s):
    out = []
    for c in s.lower():
        if c in "àáâä":
            c = "a"
        elif c in "èéêë":
            c = "e"
        elif c in "ïî":
            c = "i"
        elif c in "öô":
            c = "o"
        elif c in "üû":
            c = "u"
        elif c == "ç":
            c = "c"
        if c.isalnum():
            out.append(c)
    return "".join(out)


def email(r, lang=None, variant=None, first="sam", last="jansen"):
    f, l = _slug(first) or "sam", _slug(last) or "jansen"
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}{f[0]}",
                      f"{f}{r.randint(70, 99)}", f"{f}.{l}{r.randint(1, 9)}", f"{l}.{f}", f"{f[0]}{l}{r.randint(1960, 2005)}",
                      f"info.{l}", f"{f}-{l}"])
    dom = variant or r.choice(MAILDOM[lang])
    e = f"{local}@{dom}"
    if r.random() < 0.06:
        e = e.capitalize()
    return e


def username(r, lang=None, variant=None, first="sam", last="jansen"):
    f, l = _slug(first), _slug(last)
    return r.choice([f"{f}{l}", f"{f}.{l}{r.randint(1, 99)}", f"{f[0]}{l}", f"{l}_{f}", f"{f}{r.randint(1970, 2008)}",
                     f"{f}_{r.choice(['fiets', 'bike', 'photo', 'foto', 'mama', 'papa', 'velo', 'watch'])}{r.randint(1, 999)}",
                     f"{l.upper()}{f[0].upper()}{rd(r, 3)}", f"{f[:3]}{l[:4]}{rd(r, 2)}", f"u{rd(r, 7)}"])


WORDS = ["zomer", "winter", "fiets", "tulp", "molen", "Pluto", "kikker", "snoepje", "Bruxelles", "Arsenal",
         "sunshine", "Chelsea", "Rolex", "bambi", "Luna", "Nijntje", "konijn", "velo", "soleil", "Mickey",
         "Ajax", "Brugge", "Kodak", "Nikon", "oranje", "Mars", "maan", "Tigger", "Liverpool", "Yankees"]


def password(r, lang=None, variant=None):
    w = r.choice(WORDS)
    st = r.random()
    if st < 0.25:
        return f"{w.capitalize()}{r.randint(1970, 2025)}{r.choice('!?#$*')}"
    if st < 0.4:
        return f"{w}{rd(r, r.randint(2, 4))}"
    if st < 0.55:
        return rs(r, ALNUM, r.randint(9, 14))
    if st < 0.7:
        leet = w.replace("o", "0").replace("e", "3").replace("a", "@").replace("i", "1")
        return f"{leet.capitalize()}{r.choice('!#%&')}{rd(r, 2)}"
    if st < 0.8:
        w2 = r.choice(WORDS)
        return f"{w.capitalize()}-{w2.lower()}-{rd(r, 2)}"
    if st < 0.9:
        return rs(r, ALNUM, 6) + r.choice("!@#$%^&*_") + rs(r, ALNUM, 5)
    return f"{w.lower()}{r.choice(['_', '.', ''])}{r.choice(WORDS).lower()}{r.randint(1, 9)}"


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "nl-be": ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr-be": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en-gb": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "en-us": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(r, lang=None, variant=None):
    n = 6 if r.random() < 0.8 else r.choice([4, 5, 8])
    d = rd(r, n)
    if variant == "words":
        w = [NUMWORDS[lang][int(c)] for c in d]
        sep = r.choice([" ", "-", ", ", " "])
        return sep.join(w)
    st = r.random()
    if st < 0.7 or n != 6:
        return d
    if st < 0.85:
        return f"{d[:3]} {d[3:]}"
    if st < 0.93:
        return f"{d[:3]}-{d[3:]}"
    return " ".join(d)


def pin(r, lang=None, variant=None):
    if variant in ("door", "gate", "alarm", "keybox"):
        n = r.choice([4, 4, 5, 6])
    elif variant == "lock":
        n = r.choice([3, 4, 4, 5])
    elif variant == "phone":
        n = r.choice([4, 6, 6])
    else:
        n = 4
    d = rd(r, n)
    if variant == "gate" and r.random() < 0.3:
        return d + "#"  # keypad code incl. hash (judgement call: the # is part of what you type)
    return d


def puk(r, lang=None, variant=None):
    d = rd(r, 8)
    return d if r.random() < 0.8 else f"{d[:4]} {d[4:]}"


def wifi_key(r, lang=None, variant=None):
    st = r.random()
    if st < 0.3:
        return rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) + "-" + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4) + "-" + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4)
    if st < 0.5:
        return rs(r, "0123456789abcdef", r.choice([16, 20, 26]))
    if st < 0.75:
        return rs(r, ALNUM, r.randint(10, 16))
    if st < 0.9:
        return f"{r.choice(WORDS).lower()}{r.choice(WORDS).capitalize()}{rd(r, 3)}"
    return rs(r, LOW, 4) + rd(r, 4) + rs(r, UP, 4)


def api_key(r, lang=None, variant=None):
    st = variant or r.choice(["sk_live", "sk_test", "pk_live", "aws", "aws_secret", "google", "generic", "sg", "hex", "ph"])
    if st == "sk_live":
        return "sk_live_" + rs(r, ALNUM, 24)
    if st == "sk_test":
        return "sk_test_" + rs(r, ALNUM, 24)
    if st == "pk_live":
        return "pk_live_" + rs(r, ALNUM, 24)
    if st == "aws":
        return "AKIA" + rs(r, UP + "234567", 16)
    if st == "aws_secret":
        return rs(r, ALNUM + "/+", 40)
    if st == "google":
        return "AIza" + rs(r, ALNUM + "-_", 35)
    if st == "sg":
        return "SG." + rs(r, ALNUM, 22) + "." + rs(r, ALNUM, 43)
    if st == "hex":
        return rs(r, "0123456789abcdef", 32)
    if st == "ph":
        return "phk_" + rs(r, ALNUM, 28)
    return rs(r, ALNUM, 8) + "-" + rs(r, ALNUM, 8) + "-" + rs(r, ALNUM, 8)


def token(r, lang=None, variant=None):
    st = variant or r.choice(["jwt", "ghp", "hex", "hex40", "oauth", "sess", "glpat", "xox"])
    if st == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rs(r, ALNUM + "_-", 42) + "." + rs(r, ALNUM + "_-", 43)
    if st == "ghp":
        return "ghp_" + rs(r, ALNUM, 36)
    if st == "hex":
        return rs(r, "0123456789abcdef", 32)
    if st == "hex40":
        return rs(r, "0123456789abcdef", 40)
    if st == "oauth":
        return "ya29." + rs(r, ALNUM + "-_", 60)
    if st == "glpat":
        return "glpat-" + rs(r, ALNUM + "-_", 20)
    if st == "xox":
        return "xoxp-" + rd(r, 11) + "-" + rd(r, 12) + "-" + rs(r, "0123456789abcdef", 32)
    return rs(r, ALNUM, 48)


def ip_address(r, lang=None, variant=None):
    st = r.random()
    if st < 0.35:
        return f"192.168.{r.randint(0, 2)}.{r.randint(2, 254)}"
    if st < 0.5:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if st < 0.88:
        return f"{r.choice([77, 84, 85, 62, 81, 94, 178, 213, 86, 145, 212, 109, 24, 73, 98])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"2a02:{rs(r, '0123456789abcdef', 4)}:{rs(r, '0123456789abcdef', 4)}:{r.randint(1, 9)}::{rs(r, '0123456789abcdef', 3)}"


# ---------------------------------------------------------------- DOB
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nl-be": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr-be": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en-gb": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "en-us": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
MON_ABBR = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "nl-be": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "fr-be": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "en-gb": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "en-us": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _fmt_date(r, lang, d, m, y, allow_short_year=True):
    mn = MONTHS[lang][m - 1]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{MON_ABBR[lang][m-1]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
        if allow_short_year:
            opts.append(f"{m}/{d}/{y % 100:02d}")
    elif lang == "en-gb":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}/{y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mn} {y}", f"{d:02d}.{m:02d}.{y}"]
    elif lang == "fr-be":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"]
        if d == 1:
            opts.append(f"1er {mn} {y}")
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
        if allow_short_year:
            opts.append(f"{d:02d}-{m:02d}-{y % 100:02d}")
    return r.choice(opts)


def date_of_birth(r, lang=None, variant=None):
    y = r.randint(2018, 2025) if variant == "child" else r.randint(1938, 2005)
    return _fmt_date(r, lang, r.randint(1, 28), r.randint(1, 12), y)


# ---------------------------------------------------------------- customer numbers
def customer_number(r, lang=None, variant=None):
    v = variant or "account"
    if v == "ean":
        if lang in ("nl-be", "fr-be"):
            s = "5414" + rd(r, 14)
        else:
            s = "8716" + rd(r, 14)
        return s if r.random() < 0.8 else " ".join(s[i:i + 6] for i in range(0, 18, 6))
    if v == "mpan":
        s = rd(r, 13)
        return s if r.random() < 0.6 else f"{s[:2]} {s[2:6]} {s[6:10]} {s[10:]}"
    if v == "utility_us":
        return r.choice([f"{rd(r, 4)}-{rd(r, 3)}-{rd(r, 3)}", f"{rd(r, 10)}", f"{rd(r, 2)}-{rd(r, 4)}-{rd(r, 4)}-{rd(r, 1)}"])
    if v == "lease":
        return r.choice([f"LB{rd(r, 7)}", f"{rd(r, 8)}", f"CTW-{rd(r, 6)}", f"BL-{rd(r, 4)}-{rd(r, 5)}", f"SF{rd(r, 9)}", f"LC{rd(r, 6)}"])
    if v == "waste":
        return r.choice([f"{rd(r, 10)}", f"AP-{rd(r, 7)}", f"{rd(r, 3)}.{rd(r, 3)}.{rd(r, 3)}", f"{rd(r, 8)}"])
    if v == "member":
        return r.choice([f"{rd(r, 7)}", f"M{rd(r, 8)}", f"{rd(r, 4)} {rd(r, 4)} {rd(r, 2)}", f"LID{rd(r, 6)}"])
    if v == "registry":
        return r.choice([f"{rd(r, 6)}", f"GL-{rd(r, 6)}", f"{rs(r, UP, 2)}{rd(r, 5)}", f"REG{rd(r, 7)}"])
    if v == "policy":
        return r.choice([f"POL-{rd(r, 8)}", f"{rd(r, 3)}.{rd(r, 3)}.{rd(r, 3)}", f"{rs(r, UP, 3)}{rd(r, 7)}", f"{rd(r, 10)}"])
    if v == "contract":
        return r.choice([f"{rd(r, 10)}", f"{rd(r, 3)}-{rd(r, 7)}", f"C{rd(r, 9)}", f"{rd(r, 4)} {rd(r, 4)} {rd(r, 4)}"])
    return r.choice([f"{rd(r, 8)}", f"{rd(r, 9)}", f"{rd(r, 7)}", f"K{rd(r, 7)}", f"{rd(r, 3)}-{rd(r, 3)}-{rd(r, 3)}",
                     f"{rd(r, 4)}.{rd(r, 4)}", f"CU{rd(r, 8)}", f"{rd(r, 2)}{rs(r, UP, 1)}{rd(r, 6)}"])


# ---------------------------------------------------------------- addresses
def address(r, lang, pools, variant=None):
    street = r.choice(pools["street"])
    city = r.choice(pools["city"])
    n = r.randint(1, 240)
    if lang == "nl":
        num = str(n) + r.choice(["", "", "", "a", "-B", " bis", "-II", "-3hg", " A"])
        pc = f"{r.randint(1011, 9999)} {rs(r, 'ABCDEFGHJKLMNPRSTVWXZ', 2)}"
        if r.random() < 0.15:
            pc = pc.replace(" ", "")
        opts = [f"{street} {num}, {pc} {city}", f"{street} {num}", f"{street} {num} {pc} {city}",
                f"{street} {num}, {city}", f"{street} {num}\n{pc} {city}", f"{street.lower()} {num} {pc.lower()} {city}"]
    elif lang in ("nl-be", "fr-be"):
        pc = str(r.randint(1000, 9990))
        bus = r.choice(["", "", "", " bus 3", "/2", " bte 5", " boîte 12", "A"])
        num = f"{n}{bus}"
        if lang == "fr-be":
            opts = [f"{street} {num}, {pc} {city}", f"{street}, {num} - {pc} {city}", f"{street} {num}",
                    f"{street} {num}\n{pc} {city}", f"{num}, {street}, {pc} {city}", f"{street} {num} {pc} {city}"]
        else:
            opts = [f"{street} {num}, {pc} {city}", f"{street} {num}", f"{street} {num} {pc} {city}",
                    f"{street} {num}\n{pc} {city}", f"{street} {num} te {pc} {city}"]
    elif lang == "en-gb":
        pc = r.choice(pools["postcode"]) + f" {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        flat = r.choice(["", "", "", "Flat 2, ", "Flat 14B, ", "Apartment 3, "])
        opts = [f"{flat}{n} {street}, {city} {pc}", f"{n} {street}, {city}, {pc}", f"{n} {street}",
                f"{flat}{n} {street}\n{city}\n{pc}", f"{n} {street} {city} {pc}", f"{n} {street.lower()}, {pc.lower()}"]
    else:
        st = r.choice(pools["state"])
        z = f"{r.randint(10001, 99950):05d}"
        apt = r.choice(["", "", "", " Apt 4B", ", Apt. 12", " #305", ", Unit 7"])
        num = r.randint(10, 9800)
        opts = [f"{num} {street}{apt}, {city}, {st} {z}", f"{num} {street}{apt}", f"{num} {street}, {city} {st} {z}",
                f"{num} {street}{apt}\n{city}, {st} {z}", f"{num} {street.lower()} {city.lower()} {st.lower()} {z}"]
    return r.choice(opts)


# ---------------------------------------------------------------- negatives
def neg_date(r, lang, variant=None):
    d, m = r.randint(1, 28), r.randint(1, 12)
    y = r.choice([2023, 2024, 2025, 2025, 2026])
    if r.random() < 0.35:
        mn = MONTHS[lang][m - 1]
        if lang.startswith("en"):
            return r.choice([f"{d} {mn}", f"{mn} {d}", f"{MON_ABBR[lang][m-1]} {d}"])
        return r.choice([f"{d} {mn}", f"{d} {MON_ABBR[lang][m-1]}"])
    return _fmt_date(r, lang, d, m, y)


def neg_time(r, lang, variant=None):
    h, mi = r.randint(7, 22), r.choice([0, 5, 10, 15, 20, 30, 45, 50, 12, 37])
    if lang == "en-us":
        return r.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}", f"{(h - 1) % 12 + 1}:{mi:02d}pm", f"{h}:{mi:02d}"])
    if lang == "en-gb":
        return r.choice([f"{h:02d}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if lang == "nl-be":
        return r.choice([f"{h}u{mi:02d}", f"{h}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}u"])
    if lang == "fr-be":
        return r.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    return r.choice([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}.{mi:02d}"])


def neg_amount(r, lang, variant=None):
    e = r.choice([4, 9, 12, 19, 24, 39, 49, 79, 119, 249, 349, 1299, 2450, 6800])
    c = r.choice([0, 95, 99, 50, 0, 49])
    if lang == "en-gb":
        return r.choice([f"£{e}.{c:02d}", f"£{e}", f"{e}.{c:02d} GBP", f"£ {e:,}.{c:02d}"])
    if lang == "en-us":
        return r.choice([f"${e}.{c:02d}", f"${e:,}", f"USD {e}.{c:02d}", f"$ {e}"])
    if lang == "fr-be":
        return r.choice([f"{e},{c:02d} €", f"{e} euros", f"€{e},{c:02d}", f"{e},{c:02d}EUR"])
    return r.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"{e},- euro", f"{e} euro", f"EUR {e},{c:02d}", f"€{e}"])


def neg_quantity(r, lang, variant=None):
    n = r.randint(2, 60)
    u = {"nl": ["stuks", "afdrukken", "foto's", "kilo", "containers", "fietsen", "luiers", "dozen"],
         "nl-be": ["stuks", "afdrukken", "foto's", "kg", "zakken", "fietsen", "pakken"],
         "fr-be": ["pièces", "tirages", "photos", "kg", "sacs", "vélos", "couches"],
         "en-gb": ["prints", "items", "bags", "kg", "bikes", "packs", "photos"],
         "en-us": ["prints", "items", "bags", "lbs", "bikes", "packs", "photos"]}[lang]
    return r.choice([f"{n} {r.choice(u)}", f"{n}x", f"{n} {r.choice(u)}"])


def neg_percentage(r, lang, variant=None):
    p = r.choice([5, 10, 15, 20, 21, 25, 30, 40, 50, 6, 12.5, 2.5])
    s = str(p)
    if lang not in ("en-gb", "en-us"):
        s = s.replace(".", ",")
    return r.choice([f"{s}%", f"{s} %", f"{s} procent" if lang in ("nl", "nl-be") else f"{s}%"])


def neg_year(r, lang, variant=None):
    return str(r.randint(2012, 2026))


def neg_order_number(r, lang, variant=None):
    return r.choice([f"{rd(r, 9)}", f"#{rd(r, 6)}", f"ORD-{rd(r, 7)}", f"{rs(r, UP, 2)}{rd(r, 8)}", f"{rd(r, 4)}-{rd(r, 4)}-{rd(r, 2)}",
                     f"W{rd(r, 9)}", f"#{rs(r, UP, 3)}-{rd(r, 5)}", f"{rd(r, 3)}-{rd(r, 7)}-{rd(r, 7)}"])


def neg_ticket_number(r, lang, variant=None):
    return r.choice([f"#{rd(r, 7)}", f"{rd(r, 8)}", f"CAS-{rd(r, 5)}-{rs(r, UP + DIGITS, 6)}", f"INC{rd(r, 7)}", f"SR-{rd(r, 6)}",
                     f"{rd(r, 4)}-{rd(r, 6)}", f"T{rd(r, 8)}", f"#{rs(r, UP, 2)}{rd(r, 6)}", f"M{rd(r, 2)}-{rd(r, 5)}"])


def neg_invoice_number(r, lang, variant=None):
    return r.choice([f"F{r.randint(2023, 2026)}-{rd(r, 5)}", f"{rd(r, 10)}", f"INV-{rd(r, 6)}", f"{r.randint(2023, 2026)}/{rd(r, 4)}",
                     f"FAC-{rd(r, 7)}", f"{rs(r, UP, 2)}{rd(r, 8)}", f"{rd(r, 8)}"])


def neg_tracking_number(r, lang, variant=None):
    return r.choice([f"3S{rs(r, UP, 4)}{rd(r, 7)}", f"1Z{rs(r, UP + DIGITS, 6)}{rd(r, 10)}", f"JVGL{rd(r, 16)}",
                     f"CD{rd(r, 9)}NL", f"{rd(r, 14)}", f"{rs(r, UP, 2)}{rd(r, 9)}BE", f"{rd(r, 12)}", f"JJD{rd(r, 18)}",
                     f"9400 {rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 4)} {rd(r, 2)}", f"323{rd(r, 21)}"])


def neg_request_id(r, lang, variant=None):
    h = "0123456789abcdef"
    st = r.random()
    if st < 0.6:
        return f"{rs(r, h, 8)}-{rs(r, h, 4)}-4{rs(r, h, 3)}-{r.choice('89ab')}{rs(r, h, 3)}-{rs(r, h, 12)}"
    if st < 0.8:
        return f"req_{rs(r, ALNUM, 16)}"
    return f"{rs(r, UP + DIGITS, 4)}:{rs(r, UP + DIGITS, 4)}:{rd(r, 6)}"


ERRS = {
    "meter": ["E-21", "F03", "ERR 84", "E07", "storing 013", "Err-5"],
    "bike": ["E-10", "ERR-503", "E2", "code 503", "Error 25", "E-017", "M-12"],
    "photo": ["ERR_UPLOAD_413", "E1047", "HTTP 500", "error 0x80070057", "Fout 1101", "ERR_CONNECTION_RESET", "402"],
    "web": ["404", "HTTP 502", "ERR_TOO_MANY_REDIRECTS", "500 Internal Server Error", "0x800CCC0E", "E_AUTH_07", "429"],
    "watch": ["E-02", "code 6", "ERR-LOW-BAT", "F-11"],
}


def neg_error_code(r, lang, variant=None):
    return r.choice(ERRS.get(variant or r.choice(list(ERRS)), ERRS["web"]))


def neg_version_string(r, lang, variant=None):
    return r.choice([f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"v{r.randint(1, 9)}.{r.randint(0, 12)}",
                     f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}", f"Android {r.randint(10, 15)}", f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(10, 99)} (build {rd(r, 4)})",
                     f"versie {r.randint(3, 8)}.{r.randint(0, 20)}", f"firmware {r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}"])


MODELS = {
    "watch": ["126610LN", "ref. 5711/1A", "Seamaster 210.30.42.20.01.001", "IW371605", "Tank Must WSTA0041", "116500LN", "CAW211P.FC6356", "SBGA211", "T120.407.17.041.00", "Speedmaster 310.30.42.50.01.001"],
    "meter": ["Kaifa MA105", "ISKRA AM550", "Landis+Gyr E350", "Sagemcom T211", "Kamstrup 162", "Sagemcom XS210", "Landis+Gyr E360", "ZIV 5CTM"],
    "bike": ["Power 1 E", "Cortina E-Common", "VanMoof S3", "Gazelle Ultimate C380", "Brompton C Line", "Trek FX 3", "Riese & Müller Load 75", "Stromer ST3", "Bosch Performance Line CX", "Shimano STEPS E6100"],
    "camera": ["Canon EOS R6", "ILCE-7M4", "Nikon Z6 II", "Fujifilm X-T5", "EF 70-200mm f/2.8L", "Epson SureColor P900", "DNP DS620"],
    "baby": ["Bugaboo Fox 5", "Joolz Day+", "Maxi-Cosi Pebble 360", "Cybex Cloud T", "Stokke Tripp Trapp", "Philips Avent SCF883", "Nuna PIPA urbn", "Babyzen YOYO2"],
    "router": ["FRITZ!Box 7590", "Connect Box", "H369A", "Experia Box v10", "TP-Link Archer C6", "BBox3", "Hub 3.0", "Netgear R7000"],
}


def neg_model_number(r, lang, variant=None):
    return r.choice(MODELS.get(variant or r.choice(list(MODELS)), MODELS["bike"]))


def neg_product_code(r, lang, variant=None):
    return r.choice([f"SKU {rd(r, 6)}", f"{rd(r, 13)}", f"ART-{rd(r, 5)}", f"{rs(r, UP, 3)}-{rd(r, 4)}-{rs(r, UP, 2)}", f"P{rd(r, 7)}",
                     f"{rd(r, 3)}.{rd(r, 3)}.{rd(r, 2)}", f"#{rd(r, 5)}-{rs(r, UP, 1)}"])


def neg_flight_number(r, lang, variant=None):
    return r.choice(["KL", "SN", "BA", "HV", "FR", "U2", "UA", "DL", "LH", "TB", "AF"]) + r.choice(["", " "]) + str(r.randint(100, 9999))


def neg_company_registration(r, lang, variant=None):
    if lang == "nl":
        return r.choice([f"{rd(r, 8)}", f"NL{rd(r, 9)}B{rd(r, 2)}", f"NL {rd(r, 4)}.{rd(r, 2)}.{rd(r, 3)}.B.{rd(r, 2)}"])
    if lang in ("nl-be", "fr-be"):
        b = "0" + rd(r, 7)
        c = 97 - int(b) % 97
        s = b + f"{c:02d}"
        return r.choice([f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}", f"{s[:4]} {s[4:7]} {s[7:]}"])
    if lang == "en-gb":
        return r.choice([f"{rd(r, 8)}", f"GB {rd(r, 3)} {rd(r, 4)} {rd(r, 2)}", f"SC{rd(r, 6)}", f"GB{rd(r, 9)}"])
    return r.choice([f"{rd(r, 2)}-{rd(r, 7)}", f"{rd(r, 3)} {rd(r, 3)} {rd(r, 3)}"])


def neg_masked_value(r, lang, variant=None):
    st = variant or r.choice(["card", "iban", "phone", "email", "card", "iban", "generic"])
    if st == "card":
        return r.choice([f"****{rd(r, 4)}", f"**** **** **** {rd(r, 4)}", f"xxxx-xxxx-xxxx-{rd(r, 4)}", f"•••• {rd(r, 4)}", f"{rd(r, 4)} **** **** {rd(r, 4)}", f"XXXX XXXX XXXX {rd(r, 4)}"])
    if st == "iban":
        cc = "BE" if lang in ("nl-be", "fr-be") else ("GB" if lang == "en-gb" else "NL")
        return r.choice([f"{cc}** **** **** {rd(r, 4)} {rd(r, 2)}"[:None], f"{cc}{rd(r, 2)} **** **** **{rd(r, 2)}", f"{cc}** {'****' if cc != 'NL' else 'RABO'} **** **{rd(r, 2)}", f"***{rd(r, 4)}"])
    if st == "phone":
        return r.choice([f"06-******{rd(r, 2)}", f"+31 6 *** **{rd(r, 3)}", f"04** ** ** {rd(r, 2)}", f"*******{rd(r, 3)}", f"07*** ***{rd(r, 3)}", f"(***) ***-{rd(r, 4)}"])
    if st == "email":
        return r.choice([f"{rs(r, LOW, 1)}***@gmail.com", f"{rs(r, LOW, 2)}*****@hotmail.com", f"{rs(r, LOW, 1)}****{rs(r, LOW, 1)}@telenet.be", f"{rs(r, LOW, 1)}***@btinternet.com"])
    return r.choice([f"******{rd(r, 3)}", f"XXXXX{rd(r, 4)}", f"***-**-{rd(r, 4)}", f"{rd(r, 3)}******"])


def neg_meter_reading(r, lang, variant=None):
    v = r.randint(120, 48000)
    frac = r.randint(0, 999)
    st = r.random()
    if lang in ("en-gb", "en-us"):
        return r.choice([f"{v:05d}", f"{v} kWh", f"{v:06d}.{frac % 10}", f"{v:,} kWh", f"{r.randint(100, 9999)} m3"])
    if st < 0.35:
        return f"{v:06d}"
    if st < 0.6:
        return f"{v} kWh"
    if st < 0.8:
        return f"{v:05d},{frac:03d}"
    return r.choice([f"{r.randint(100, 9999)} m³", f"{r.randint(100, 9999)},{frac:03d} m3", f"{v:,}".replace(",", ".") + " kWh"])


def neg_port(r, lang, variant=None):
    return str(r.choice([8080, 443, 80, 8443, 22, 3389, 1883, 5000, 8000, 9000, 21, 587, 993, 51820]))


def neg_checksum(r, lang, variant=None):
    st = r.random()
    if st < 0.5:
        return rs(r, "0123456789abcdef", 64)
    if st < 0.8:
        return rs(r, "0123456789abcdef", 32)
    return rs(r, "0123456789ABCDEF", 8)


SPAN_GEN = {
    "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key, "api_key": api_key,
    "token": token, "card": card, "cvv": cvv, "iban": iban, "bsn": bsn, "phone": phone,
    "date_of_birth": date_of_birth, "customer_number": customer_number, "card_expiry": card_expiry,
    "ip_address": ip_address,
}
NEG_GEN = {
    "date": neg_date, "time": neg_time, "amount": neg_amount, "quantity": neg_quantity, "percentage": neg_percentage,
    "year": neg_year, "order_number": neg_order_number, "ticket_number": neg_ticket_number,
    "invoice_number": neg_invoice_number, "tracking_number": neg_tracking_number, "request_id": neg_request_id,
    "error_code": neg_error_code, "version_string": neg_version_string, "model_number": neg_model_number,
    "product_code": neg_product_code, "flight_number": neg_flight_number,
    "company_registration": neg_company_registration, "masked_value": neg_masked_value,
    "meter_reading": neg_meter_reading, "port": neg_port, "checksum": neg_checksum,
}
