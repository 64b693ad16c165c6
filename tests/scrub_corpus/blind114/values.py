"""Value generators and validators (stdlib only). Every generator takes (rng, lang)."""
import string

# ---------------------------------------------------------------- validators
def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    if len(d) < 12:
        return False
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(iban: str) -> bool:
    s = "".join(c for c in iban if c.isalnum()).upper()
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def bsn_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]
    return s % 11 == 0


def rrn_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return (97 - base % 97) == chk or (97 - (2000000000 + base) % 97) == chk


# ---------------------------------------------------------------- helpers
def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


# ---------------------------------------------------------------- cards
def card(rng, lang):
    kind = rng.random()
    if kind < 0.5:
        n = luhn_complete("4" + digits(rng, 1), 16, rng)
    elif kind < 0.8:
        n = luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif kind < 0.9:
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([group(n, [4, 6, 5]), n, group(n, [4, 6, 5], "-")])
    else:
        n = luhn_complete("6703", 17, rng) if rng.random() < 0.3 else luhn_complete("2221", 16, rng)
    f = rng.random()
    if f < 0.45:
        return group(n, [4, 4, 4, 4])
    if f < 0.65:
        return n
    if f < 0.85:
        return group(n, [4, 4, 4, 4], "-")
    return group(n, [4, 4, 4, 4], "  ") if rng.random() < 0.3 else group(n, [4, 4, 4, 4], ".")


def cvv(rng, lang):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d} / {y}", f"{m:02d}.20{y}"])


# ---------------------------------------------------------------- IBAN
def _iban_check(cc, bban):
    n = "".join(str(int(c, 36)) for c in (bban + cc + "00").upper())
    return f"{98 - int(n) % 97:02d}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "MONZ"]


def _bban(rng, cc):
    if cc == "NL":
        return rng.choice(NL_BANKS) + digits(rng, 10)
    if cc == "BE":
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        return b + f"{c:02d}"
    if cc == "DE":
        return digits(rng, 18)
    if cc == "GB":
        return rng.choice(GB_BANKS) + digits(rng, 14)
    if cc == "LU":
        return digits(rng, 3) + "".join(rng.choice(string.digits + "ABCDEFGH") for _ in range(13))
    if cc == "FR":
        bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return bank + branch + acct + f"{key:02d}"
    if cc == "ES":
        return digits(rng, 20)
    if cc == "LT":
        return digits(rng, 16)
    raise ValueError(cc)


def iban(rng, lang, cc=None):
    if cc is None:
        home = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[lang]
        r = rng.random()
        cc = home if r < 0.72 else rng.choice(["NL", "BE", "DE", "FR", "LU", "ES", "LT", "GB"])
    bban = _bban(rng, cc)
    raw = cc + _iban_check(cc, bban) + bban
    assert iban_ok(raw)
    f = rng.random()
    if f < 0.45:
        out = group(raw, [4] * 9)
    elif f < 0.75:
        out = raw
    elif f < 0.85:
        out = raw.lower() if rng.random() < 0.5 else group(raw.lower(), [4] * 9)
    elif f < 0.93:
        out = group(raw, [4] * 9, "-") if rng.random() < 0.3 else group(raw, [2, 2, 4, 4, 4, 4, 4, 4, 4], " ")
    else:
        out = raw[:4] + " " + raw[4:]
    return out


# ---------------------------------------------------------------- national ids
def bsn(rng, lang):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            v = "".join(map(str, d)) + str(last)
            if bsn_ok(v):
                break
    f = rng.random()
    if f < 0.6:
        return v
    if f < 0.8:
        return group(v, [4, 2, 3], ".")
    return group(v, [3, 3, 3], rng.choice([" ", "-"]))


def rrn(rng, lang):
    y = rng.randint(1940, 2012)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    first9 = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    base = int(first9) + (2000000000 if y >= 2000 else 0)
    chk = 97 - base % 97
    v = first9 + f"{chk:02d}"
    assert rrn_ok(v)
    f = rng.random()
    if f < 0.45:
        return f"{v[0:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if f < 0.75:
        return v
    if f < 0.9:
        return f"{v[0:6]}-{v[6:9]}-{v[9:]}"
    return f"{v[0:6]} {v[6:9]} {v[9:]}"


# ---------------------------------------------------------------- phones
def phone(rng, lang):
    D = lambda n: digits(rng, n)
    if lang == "nl":
        if rng.random() < 0.75:
            m = D(8)
            return rng.choice([
                f"06-{m}", f"06 {m[:4]} {m[4:]}", f"06{m}", f"+31 6 {m}", f"+316{m}",
                f"0031 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+31 (0)6 {m}", f"06 - {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
                f"+31 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"06-{m[:2]}.{m[2:4]}.{m[4:6]}.{m[6:]}"])
        a = rng.choice(["20", "10", "30", "70", "40", "50", "13", "26", "35", "72", "76", "43"])
        rest = D(9 - len(a))
        return rng.choice([f"0{a}-{rest}", f"0{a} {rest[:3]} {rest[3:]}", f"+31 {a} {rest}", f"(0{a}) {rest}", f"0{a}{rest}"])
    if lang in ("nl-be", "fr-be"):
        if rng.random() < 0.75:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "494", "495", "496", "497", "498", "499"])
            m = D(6)
            return rng.choice([
                f"0{p} {m[:2]} {m[2:4]} {m[4:]}", f"0{p}/{m[:2]}.{m[2:4]}.{m[4:]}", f"+32 {p} {m[:2]} {m[2:4]} {m[4:]}",
                f"0032 {p}{m}", f"0{p}{m}", f"+32{p}{m}", f"0{p}/{m}", f"0{p} {m[:3]} {m[3:]}", f"+32 (0){p} {m}"])
        a = rng.choice(["2", "3", "9", "4", "10", "11", "15", "16", "50", "56", "81", "65"])
        rest = D(8 - len(a))
        if len(a) == 1:
            return rng.choice([f"0{a} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{a}/{rest[:3]}.{rest[3:5]}.{rest[5:]}", f"+32 {a} {rest}", f"0{a}-{rest[:3]}-{rest[3:5]}-{rest[5:]}"])
        return rng.choice([f"0{a} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{a}/{rest[:2]}.{rest[2:4]}.{rest[4:]}", f"+32 {a} {rest}"])
    if lang == "en-gb":
        if rng.random() < 0.7:
            m = D(9)
            return rng.choice([f"07{m[:3]} {m[3:]}", f"+44 7{m[:3]} {m[3:]}", f"07{m}", f"+44 (0)7{m[:3]} {m[3:6]} {m[6:]}", f"+447{m}", f"07{m[:3]}-{m[3:6]}-{m[6:]}", f"0044 7{m[:3]} {m[3:]}"])
        a = rng.choice(["20 7", "20 8", "161", "113", "121", "131", "141", "117", "1632", "29 20"])
        r = D(10 - len(a.replace(" ", "")))
        return rng.choice([f"0{a}{r[:3]} {r[3:]}" if a.endswith(" 7") or a.endswith(" 8") else f"0{a} {r[:3]} {r[3:]}", f"+44 {a} {r}"])
    # en-us
    area = str(rng.randint(2, 9)) + D(1) + str(rng.randint(0, 9))
    while area[1:] in ("11",) or area in ("800", "888", "877", "866", "855", "844", "833", "900"):
        area = str(rng.randint(2, 9)) + D(2)
    ex = str(rng.randint(2, 9)) + D(2)
    ln = D(4)
    return rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}.{ex}.{ln}", f"1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"{area}{ex}{ln}", f"({area}){ex}-{ln}"])


# ---------------------------------------------------------------- secrets
WORDS = ["Zomer", "winter", "Ajax", "fiets", "Tulp", "kaas", "Bruxelles", "frites", "Gooner", "Liverpool", "Yankees",
         "bitcoin", "Moon", "Kasteel", "Hond", "poes", "Sunshine", "Dragon", "Voetbal", "Brugge", "Maman", "Soleil",
         "Scooter", "Koffie", "Welkom", "Lente", "Storm", "Tiger", "Eagle", "Patat", "Spurs", "Bulls"]


def password(rng, lang):
    w1, w2 = rng.choice(WORDS), rng.choice(WORDS)
    sym = rng.choice("!@#$%&*?_.-")
    n = digits(rng, rng.choice([2, 2, 4]))
    f = rng.randint(0, 9)
    if f == 0:
        return f"{w1}{n}{sym}"
    if f == 1:
        return f"{w1.lower()}{sym}{w2}{n}"
    if f == 2:
        return "".join(rng.choice(string.ascii_letters + string.digits + "!#%&*") for _ in range(rng.randint(10, 16)))
    if f == 3:
        return f"{w1}_{w2}{n}".replace("o", "0").replace("e", "3")
    if f == 4:
        return f"{w1.lower()}-{w2.lower()}-{rng.choice(WORDS).lower()}{n[:1]}"
    if f == 5:
        return f"{w1[0].lower()}{w1[1:].upper()}{n}"
    if f == 6:
        return f"{sym}{w1}{w2}{n}{sym}"
    if f == 7:
        return f"{w1.replace('a', '@').replace('s', '$')}{n}"
    if f == 8:
        return f"{w1}{n}{w2.lower()}"
    return f"{w1}!{n}{sym}{w2[:3].upper()}"


def pin(rng, lang):
    return digits(rng, rng.choice([4, 4, 4, 4, 5, 6]))


def pin4(rng, lang):
    return digits(rng, 4)


def puk(rng, lang):
    return digits(rng, 8)


def otp(rng, lang):
    v = digits(rng, rng.choice([6, 6, 6, 6, 5, 8, 4]))
    r = rng.random()
    if r < 0.15 and len(v) == 6:
        return v[:3] + " " + v[3:]
    if r < 0.22 and len(v) == 6:
        return v[:3] + "-" + v[3:]
    return v


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en-gb": "zero one two three four five six seven eight nine".split(),
    "en-us": "zero one two three four five six seven eight nine".split(),
}


def otp_words(rng, lang):
    d = digits(rng, 6)
    words = NUMW[lang]
    if lang.startswith("en") and rng.random() < 0.3:
        words = ["oh"] + words[1:]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(words[int(c)] for c in d)


def wifi_key(rng, lang):
    f = rng.randint(0, 5)
    if f == 0:
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(10, 16)))
    if f == 1:
        return "-".join("".join(rng.choice(string.ascii_letters + string.digits) for _ in range(4)) for _ in range(4))
    if f == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(26))
    if f == 3:
        return f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()}{digits(rng, 3)}"
    if f == 4:
        return digits(rng, 12) if rng.random() < 0.5 else "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    return f"{rng.choice(WORDS).lower()}{rng.choice('!#&')}{digits(rng, 4)}{rng.choice(WORDS).upper()[:3]}"


def username(rng, lang, first="sanne", last="jansen"):
    f = first.lower()
    l = "".join(c for c in last.lower() if c.isalpha())
    return rng.choice([f"{f}{l[:3]}{digits(rng, 2)}", f"{f}.{l}", f"{f[0]}{l}{digits(rng, 2)}", f"{f}_{l}_{digits(rng, 4)}",
                       f"{l}{f[0]}", f"{f}{digits(rng, 3)}", f"{rng.choice(['xX', 'the', 'mr', 'real', ''])}{f}{rng.choice(['xX', '_nl', '_be', '_uk', '99', 'fan'])}",
                       f"{f[:3]}{l[:4]}", f"{l.upper()}{f[0].upper()}{digits(rng, 3)}"])


def api_key(rng, lang):
    A = string.ascii_letters + string.digits
    r = lambda n, al=A: "".join(rng.choice(al) for _ in range(n))
    return rng.choice([
        f"sk_live_{r(24)}", f"pk_live_{r(24)}", f"sk_test_{r(24)}", f"AKIA{r(16, string.ascii_uppercase + string.digits)}",
        r(64), f"xkeysib-{r(64, '0123456789abcdef')}-{r(16)}", f"AIza{r(35, A + '-_')}", f"SG.{r(22)}.{r(43)}",
        f"{r(8, '0123456789abcdef')}-{r(4, '0123456789abcdef')}-{r(4, '0123456789abcdef')}-{r(4, '0123456789abcdef')}-{r(12, '0123456789abcdef')}",
        r(32, "0123456789abcdef")])


def aws_secret(rng, lang):
    return "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def api_secret(rng, lang):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.choice([40, 48, 64])))


def token(rng, lang):
    A = string.ascii_letters + string.digits
    r = lambda n, al=A: "".join(rng.choice(al) for _ in range(n))
    return rng.choice([
        f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{r(rng.randint(40, 80), A + '-_')}.{r(43, A + '-_')}",
        f"ghp_{r(36)}", f"ya29.{r(rng.randint(50, 90), A + '-_')}", r(40, "0123456789abcdef"), r(32, "0123456789abcdef"),
        f"glpat-{r(20, A + '-_')}", f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{r(24)}", r(rng.randint(60, 90), A + "-_")])


def ip_address(rng, lang):
    f = rng.random()
    if f < 0.45:
        return f"{rng.choice([77, 81, 84, 85, 86, 89, 92, 94, 145, 178, 188, 212, 213, 217, 31, 62, 82])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if f < 0.75:
        return f"192.168.{rng.choice([0, 1, 1, 2, 178])}.{rng.randint(2, 254)}"
    if f < 0.85:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"2a02:{rng.randint(0x1000, 0xffff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xffff):x}"


# ---------------------------------------------------------------- dates
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _mlang(lang):
    return "nl" if lang in ("nl", "nl-be") else ("fr" if lang == "fr-be" else "en")


def dob(rng, lang):
    y, m, d = rng.randint(1944, 2009), rng.randint(1, 12), rng.randint(1, 28)
    ml = MONTHS[_mlang(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{ml} {d}, {y}", f"{ml[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}-{d}-{str(y)[2:]}"])
    if lang == "en-gb":
        suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {ml} {y}", f"{d}{suf} {ml} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{str(y)[2:]}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {ml} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{str(y)[2:]}"])


def date(rng, lang):
    y, m, d = rng.choice([2023, 2024, 2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    ml = MONTHS[_mlang(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{ml} {d}", f"{ml} {d}, {y}", f"{ml[:3]} {d}"])
    if lang == "en-gb":
        return rng.choice([f"{d} {ml}", f"{d} {ml} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {ml[:3]}", f"{d}/{m}"])
    return rng.choice([f"{d} {ml}", f"{d} {ml} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}", f"{d} {ml[:3]}"])


def time_(rng, lang):
    h, m = rng.randint(6, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 12, 37])
    if lang == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}", f"{(h - 1) % 12 + 1}:{m:02d}pm" if h >= 12 else f"{h}:{m:02d}am", f"{h:02d}:{m:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'pm' if h >= 12 else 'am'}", f"{h}:{m:02d}"])
    if lang == "nl-be":
        return rng.choice([f"{h}u{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}u"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h"])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}"])


def year(rng, lang):
    return str(rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))


# ---------------------------------------------------------------- customer numbers
def customer_number(rng, lang):
    U = string.ascii_uppercase
    return rng.choice([
        digits(rng, rng.choice([7, 8, 9, 10]), True), f"{rng.choice(['KL', 'CU', 'MB', 'AB', 'CL', 'SUB'])}-{digits(rng, 7)}",
        f"{rng.choice(U)}{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
        f"{rng.choice(['M', 'C', 'P'])}{digits(rng, 2)}-{digits(rng, 5)}", f"{rng.choice(U)}{rng.choice(U)}{digits(rng, 6)}",
        f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"])


def ean(rng, lang):
    return (rng.choice(["871", "871", "5414"]) + digits(rng, 18))[:18]


# ---------------------------------------------------------------- negatives
def amount(rng, lang):
    v = rng.choice([4.99, 12.5, 19.95, 49, 35, 120, 250, 7.5, 1499, 89.99, 64.2, 15, 3.25, 500, 1200, 27.8])
    if lang in ("nl", "nl-be", "fr-be"):
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        if s.endswith(",00") and rng.random() < 0.5:
            s = s[:-3] + ",-"
        return rng.choice([f"€{s}", f"€ {s}", f"{s} EUR", f"{s} euro", f"EUR {s}"])
    cur = "£" if lang == "en-gb" else "$"
    s = f"{v:,.2f}"
    if s.endswith(".00") and rng.random() < 0.5:
        s = s[:-3]
    return rng.choice([f"{cur}{s}", f"{cur}{s}", f"{s} {'GBP' if cur == '£' else 'USD'}", f"€{s}"])


def crypto_amount(rng, lang):
    coin = rng.choice(["BTC", "ETH", "USDT", "SOL", "XRP", "ADA", "DOGE"])
    v = rng.choice(["0.0153", "0,25", "1.2", "350", "0.00421", "12.5", "2 500", "0.75"])
    return f"{v} {coin}"


def quantity(rng, lang):
    ml = _mlang(lang)
    opts = {"nl": ["3 stuks", "2 tickets", "4 kaarten", "20 GB", "5 werkdagen", "2 uur", "45 minuten", "10 GB", "3 dagen", "6 weken"],
            "fr": ["3 billets", "2 places", "20 Go", "5 jours ouvrables", "2 heures", "45 minutes", "10 Go", "3 jours"],
            "en": ["3 tickets", "2 seats", "20GB", "5 working days", "2 hours", "45 minutes", "10 GB", "3 days", "4 weeks"]}[ml]
    return rng.choice(opts)


def percentage(rng, lang):
    return rng.choice(["15%", "0,1%", "50 %", "2.5%", "100%", "25%", "0.25%", "1,5%"])


def order_number(rng, lang):
    return rng.choice([f"#{digits(rng, 7)}", f"ORD-{digits(rng, 8)}", f"NL{digits(rng, 9)}" if lang == "nl" else f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"B{digits(rng, 10)}", f"W{digits(rng, 6)}-{digits(rng, 2)}"])


def ticket_number(rng, lang):
    return rng.choice([f"#{digits(rng, 6)}", f"TK-{digits(rng, 6)}", f"CAS-{digits(rng, 5)}-{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}",
                       f"{rng.choice(['KL', 'SR', 'INC'])}{digits(rng, 7)}", f"{digits(rng, 4)}-{digits(rng, 6)}", f"REF{digits(rng, 8)}"])


def invoice_number(rng, lang):
    return rng.choice([f"F{rng.randint(2023, 2025)}-{digits(rng, 6)}", f"INV-{digits(rng, 6)}", f"{digits(rng, 10)}", f"FAC/{rng.randint(2023, 2025)}/{digits(rng, 5)}"])


def tracking_number(rng, lang):
    U = string.ascii_uppercase
    return rng.choice([f"3S{''.join(rng.choice(U) for _ in range(4))}{digits(rng, 9)}", f"{rng.choice(U)}{rng.choice(U)}{digits(rng, 9)}{rng.choice(['GB', 'NL', 'BE', 'US'])}",
                       f"1Z{''.join(rng.choice(U + string.digits) for _ in range(16))}", f"32{digits(rng, 22)}", f"9400 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
                       f"JVGL{digits(rng, 16)}", f"CD{digits(rng, 9)}BE"])


def request_id(rng, lang):
    h = "0123456789abcdef"
    r = lambda n: "".join(rng.choice(h) for _ in range(n))
    return rng.choice([f"{r(8)}-{r(4)}-{r(4)}-{r(4)}-{r(12)}", f"req_{r(16)}", f"RID-{r(10).upper()}"])


def txid(rng, lang):
    return ("0x" if rng.random() < 0.5 else "") + "".join(rng.choice("0123456789abcdef") for _ in range(64))


def error_code(rng, lang):
    return rng.choice(["E-403", "ERR_CONNECTION_RESET", "0x80070005", "502", "E1204", "AUTH_017", "ERR-2FA-09", "429", "SIM_NOT_PROVISIONED", "LCK-44", "PAY_DECLINED_05", "E07"])


def version_string(rng, lang):
    return rng.choice([f"v{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(11, 15)}", f"{rng.randint(3, 12)}.{rng.randint(0, 40)}.{rng.randint(0, 200)}", f"build {rng.randint(1000, 9999)}"])


def percentage_(rng, lang):
    return percentage(rng, lang)


def flight_number(rng, lang):
    return rng.choice(["KL", "HV", "FR", "BA", "SN", "U2", "AA", "LH", "TB"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def company_registration(rng, lang):
    if lang == "nl":
        return rng.choice([digits(rng, 8, True), f"NL{digits(rng, 9)}B0{rng.randint(1, 9)}"])
    if lang in ("nl-be", "fr-be"):
        n = "0" + digits(rng, 9)
        return rng.choice([f"{n[:4]}.{n[4:7]}.{n[7:]}", f"BE {n}", f"BE{n[:4]}.{n[4:7]}.{n[7:]}"])
    if lang == "en-gb":
        return rng.choice([digits(rng, 8), f"GB{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"SC{digits(rng, 6)}"])
    return f"{digits(rng, 2)}-{digits(rng, 7)}"


def masked_value(rng, lang):
    n4 = digits(rng, 4)
    return rng.choice([f"****{n4}", f"**** **** **** {n4}", f"NL** **** **** {digits(rng, 4)} {digits(rng, 2)}", f"BE** **** **** {n4}",
                       f"XXXX-XXXX-XXXX-{n4}", f"•••• {n4}", f"06-****{n4}", f"{rng.choice('jmsapk')}***@gmail.com", f"+32 4** ** {n4[:2]} {n4[2:]}",
                       f"***-**-{n4}", f"GB** **** **** **** {n4} {digits(rng, 2)}", f"07*** ***{n4[:3]}", f"{rng.choice('jdrlt')}.****@hotmail.com"])


def meter_reading(rng, lang):
    return rng.choice([f"{digits(rng, 5)} kWh", f"{rng.randint(100, 9999)} m3", digits(rng, 6), f"{rng.randint(1, 9)}.{digits(rng, 3)} km"])


def port(rng, lang):
    return str(rng.choice([8080, 443, 80, 8443, 554, 37777, 3389, 8000, 25565, 51820]))


def checksum(rng, lang):
    h = "0123456789abcdef"
    return "".join(rng.choice(h) for _ in range(rng.choice([64, 40, 32])))


def model_number(rng, lang, pool=None):
    return rng.choice(pool)


def product_code(rng, lang):
    return rng.choice([f"{digits(rng, 4)}-{digits(rng, 2)}", f"PRD-{digits(rng, 5)}", f"SKU{digits(rng, 6)}", f"87{digits(rng, 11)}", f"ART{digits(rng, 7)}"])
