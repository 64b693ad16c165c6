"""Value generators (labelled values and hard negatives). Stdlib only."""
import string

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
B64U = ALNUM + "-_"

SPELL = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "nl-be": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr-be": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n, first_nonzero=False):
    s = rs(rng, DG, n)
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def spell_digits(rng, d, lang):
    words = SPELL.get(lang, SPELL["en"])
    sep = rng.choice([" ", "-", ", "]) if lang == "en" else rng.choice([" ", " - ", ", "])
    return sep.join(words[int(c)] for c in d)


def lang_key(lang):
    return "en" if lang.startswith("en") else lang

# ---------------------------------------------------------------- passwords
WORDS = {
    "nl": ["Zomer", "Fietsen", "Tulp", "Kaasboer", "Molen", "Haring", "Voetbal", "Zonnebloem", "Paasei", "Appeltaart"],
    "nl-be": ["Frietkot", "Wafel", "Kermis", "Zeedijk", "Duvel", "Schelde", "Kriek", "Fanfare", "Pralines", "Belfort"],
    "fr-be": ["Soleil", "Chocolat", "Manneken", "Gaufre", "Lapin", "Printemps", "Bruxelles", "Frites", "Marmotte", "Cerise"],
    "en": ["Sunshine", "Rugby", "Biscuit", "Liverpool", "Pumpkin", "Thunder", "Bluebell", "Maple", "Chelsea", "Falcon"],
}
PASSWORDS_WORDS = ["paard", "batterij", "nietje", "correct", "koffie", "lantaarn", "violet", "tiger", "rivière", "orange", "kabel", "sneeuw"]


def password(rng, lang="en", variant=None):
    lk = lang_key(lang)
    k = variant or rng.choice(["word", "word", "random", "phrase", "leet", "temp", "gen", "lower"])
    if k == "word":
        w = rng.choice(WORDS[lk])
        return w + str(rng.randint(1990, 2026)) + rng.choice(["!", "#", "?", "", "@", "!!", "$"])
    if k == "random":
        return rs(rng, ALNUM, rng.randint(9, 14)) + rng.choice(DG) + rng.choice("!#%&*")
    if k == "phrase":
        ws = rng.sample(PASSWORDS_WORDS, rng.choice([3, 4]))
        return rng.choice(["-", ".", "_"]).join(ws) + str(rng.randint(1, 99))
    if k == "leet":
        w = rng.choice(WORDS[lk]).replace("e", "3").replace("a", "@").replace("o", "0").replace("i", "1")
        return w + rng.choice(["!", "#", "88", "_01", "*7"])
    if k == "temp":
        return rng.choice(["Tmp", "Temp", "Welkom", "Init", "Reset", "Start"]) + rng.choice(["-", "#", ""]) + digits(rng, 4) + rs(rng, LO, 2)
    if k == "gen":
        return "-".join(rs(rng, LO + DG, 4) for _ in range(rng.choice([3, 4])))
    if k == "lower":
        return rs(rng, LO, rng.randint(5, 8)) + digits(rng, rng.randint(2, 4))
    if k == "router":
        return rng.choice([rs(rng, ALNUM, 8), rs(rng, UP + DG, 10), rs(rng, LO + DG, 12), "admin" + digits(rng, 4)])
    raise ValueError(k)


def pin(rng, lang="en", variant=None):
    k = variant or rng.choice(["4", "4", "4", "4", "5", "6"])
    if k == "spelled":
        return spell_digits(rng, digits(rng, 4), lang_key(lang))
    if k == "spaced":
        return " ".join(digits(rng, 4))
    if k == "alarm":
        return digits(rng, rng.choice([4, 4, 6]))
    return digits(rng, int(k))


def puk(rng, lang="en", variant=None):
    d = digits(rng, 8, True)
    k = variant or rng.choice(["plain", "plain", "split"])
    return d if k == "plain" else d[:4] + " " + d[4:]


def otp(rng, lang="en", variant=None):
    k = variant or rng.choice(["6", "6", "6", "dash", "g", "4", "8", "alnum", "space"])
    if k == "6":
        return digits(rng, 6)
    if k == "dash":
        d = digits(rng, 6); return d[:3] + "-" + d[3:]
    if k == "space":
        d = digits(rng, 6); return d[:3] + " " + d[3:]
    if k == "g":
        return "G-" + digits(rng, 6)
    if k == "4":
        return digits(rng, 4)
    if k == "8":
        return digits(rng, 8)
    if k == "alnum":
        return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    if k == "spelled":
        return spell_digits(rng, digits(rng, 6), lang_key(lang))
    raise ValueError(k)


def wifi_key(rng, lang="en", variant=None):
    k = variant or rng.choice(["hex", "upper", "mixed", "dash", "words", "lower", "hex26"])
    if k == "hex":
        return rs(rng, "0123456789abcdef", rng.choice([10, 12, 16]))
    if k == "upper":
        return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ", rng.choice([8, 10]))
    if k == "mixed":
        return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789", rng.choice([12, 13, 16]))
    if k == "dash":
        return "-".join(rs(rng, "abcdefghjkmnpqrstuvwxyz23456789", 4) for _ in range(3))
    if k == "words":
        w = rng.choice(WORDS[lang_key(lang)]).lower()
        return w + rng.choice(["", "_", "."]) + rng.choice(WORDS[lang_key(lang)]).lower() + digits(rng, 2)
    if k == "lower":
        return rs(rng, LO + DG, 20)
    if k == "hex26":
        return rs(rng, "0123456789ABCDEF", 26)
    raise ValueError(k)


FIRST_L = ["jan", "sanne", "kevin", "lotte", "mo", "ines", "bram", "elise", "tom", "fatima", "joris", "amelie", "mike", "sarah", "dave", "nadia"]
LAST_L = ["devries", "peeters", "jansen", "dubois", "smith", "claes", "bakker", "lambert", "mertens", "willems", "brown", "janssens", "martin", "vos"]


def username(rng, lang="en", variant=None):
    k = variant or rng.choice(["dot", "num", "tag", "id", "short", "under"])
    f, l = rng.choice(FIRST_L), rng.choice(LAST_L)
    if k == "dot":
        return f + "." + l
    if k == "num":
        return f + l[:rng.randint(1, len(l))] + str(rng.randint(1, 99))
    if k == "tag":
        return rng.choice(["xX", "", "The", "Dr"]) + rng.choice(["Shadow", "Frikandel", "Pixel", "Wolf", "Gaufre", "Turbo"]) + rng.choice(["Slayer", "_NL", "Boi", "King", "xX", "99"]) + str(rng.randint(0, 999))
    if k == "id":
        return rng.choice(["u", "cl", "usr", "b"]) + digits(rng, rng.choice([6, 7]))
    if k == "short":
        return f[0] + l + digits(rng, 2)
    if k == "under":
        return f + "_" + l + "_" + str(rng.randint(70, 99))
    raise ValueError(k)


def api_key(rng, lang="en", variant=None):
    k = variant or rng.choice(["sk", "akia", "api", "hex", "aiza", "sg", "pk"])
    if k == "sk":
        return "sk_live_" + rs(rng, ALNUM, 24)
    if k == "pk":
        return rng.choice(["rk_live_", "sk_test_"]) + rs(rng, ALNUM, 24)
    if k == "akia":
        return "AKIA" + rs(rng, UP + "234567", 16)
    if k == "aws_secret":
        return rs(rng, ALNUM + "/+", 40)
    if k == "api":
        return "api_" + rs(rng, LO + DG, 32)
    if k == "hex":
        return rs(rng, "0123456789abcdef", rng.choice([32, 40]))
    if k == "aiza":
        return "AIza" + rs(rng, ALNUM + "-_", 35)
    if k == "sg":
        return "SG." + rs(rng, ALNUM, 22) + "." + rs(rng, ALNUM + "-_", 43)
    raise ValueError(k)


def _b64(rng, n):
    return rs(rng, ALNUM + "-_", n)


def token(rng, lang="en", variant=None):
    k = variant or rng.choice(["jwt", "jwt", "ghp", "glpat", "xoxb", "opaque"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + _b64(rng, rng.randint(40, 90)) + "." + _b64(rng, 43)
    if k == "ghp":
        return "ghp_" + rs(rng, ALNUM, 36)
    if k == "glpat":
        return "glpat-" + rs(rng, ALNUM + "-_", 20)
    if k == "xoxb":
        return "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + rs(rng, ALNUM, 24)
    if k == "opaque":
        return rs(rng, ALNUM, rng.choice([32, 40, 48]))
    raise ValueError(k)

# ---------------------------------------------------------------- checksummed


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def _luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


def card(rng, lang="en", variant=None):
    k = variant or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if k == "visa":
        n = _luhn_complete("4" + digits(rng, 1), 16, rng)
    elif k == "mc":
        n = _luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    elif k == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    else:
        ln = rng.choice([16, 19])
        n = _luhn_complete(rng.choice(["6703", "5018", "6759"]), ln, rng)
    g = rng.choice(["4", "4", "none", "dash"])
    if g == "none":
        return n
    sep = " " if g == "4" else "-"
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


def cvv(rng, lang="en", variant=None):
    return digits(rng, 4 if variant == "amex" else 3)


def card_expiry(rng, lang="en", variant=None):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    k = variant or rng.choice(["a", "a", "b", "c", "d"])
    if k == "a":
        return f"{m:02d}/{y}"
    if k == "b":
        return f"{m:02d}/20{y}"
    if k == "c":
        return f"{m:02d}-{y}"
    return f"{m}/{y}"


def _mod97(s):
    r = 0
    for ch in s:
        r = (r * 10 + int(ch)) % 97
    return r


def _iban_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(v):
    s = v.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    return _mod97(_iban_digits(s[4:] + s[:4])) == 1


def _make_iban(cc, bban):
    chk = 98 - _mod97(_iban_digits(bban + cc + "00"))
    return f"{cc}{chk:02d}{bban}"


NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]


def iban(rng, lang="en", variant=None):
    cc = variant or rng.choice(["NL", "NL", "BE", "BE", "FR", "DE", "GB", "LU"])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + digits(rng, 10)
    elif cc == "BE":
        b = digits(rng, 10)
        c = int(b) % 97 or 97
        bban = b + f"{c:02d}"
    elif cc == "FR":
        bban = digits(rng, 10) + digits(rng, 11) + digits(rng, 2)
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + digits(rng, 14)
    else:
        bban = digits(rng, 3) + digits(rng, 13)
    ib = _make_iban(cc, bban)
    f = rng.choice(["grp", "grp", "grp", "flat", "lower", "cc"])
    if f == "grp":
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if f == "flat":
        return ib
    if f == "lower":
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    rest = ib[4:]
    return ib[:2] + " " + ib[2:4] + " " + " ".join(rest[i:i + 4] for i in range(0, len(rest), 4))


def bsn_ok(v):
    d = [c for c in v if c.isdigit()]
    if len(d) == 9:
        d = [int(c) for c in d]
        s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
        return s % 11 == 0 and d[0] + d[1] > 0
    if len(d) == 11:
        base, chk = "".join(d[:9]), int("".join(d[9:]))
        return chk == 97 - int(base) % 97 or chk == 97 - int("2" + base) % 97
    return False


def bsn(rng, lang="en", variant=None):
    k = variant or ("rrn" if lang in ("nl-be", "fr-be") else "bsn")
    if k == "bsn":
        while True:
            d = [rng.randint(0, 9) for _ in range(8)]
            if d[0] == 0 and d[1] == 0:
                continue
            s = sum(d[i] * (9 - i) for i in range(8)) % 11
            if s == 10:
                continue
            n = "".join(map(str, d)) + str(s)
            f = rng.choice(["flat", "flat", "dot", "sp"])
            if f == "flat":
                return n
            if f == "dot":
                return n[:4] + "." + n[4:6] + "." + n[6:]
            return n[:3] + " " + n[3:6] + " " + n[6:]
    y = rng.randint(1950, 2005)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    chk = 97 - (int(("2" + base) if y >= 2000 else base) % 97)
    n = base + f"{chk:02d}"
    f = rng.choice(["dot", "dot", "flat", "sp"])
    if f == "dot":
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if f == "sp":
        return f"{n[:6]} {n[6:9]} {n[9:]}"
    return n

# ---------------------------------------------------------------- personal
MAILDOM = {
    "nl": ["gmail.com", "hotmail.com", "kpnmail.nl", "ziggo.nl", "live.nl", "outlook.com", "planet.nl", "xs4all.nl"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "outlook.be", "proximus.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "yahoo.fr", "outlook.be"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "btinternet.com", "hotmail.co.uk"],
}


def email(rng, lang="en", variant=None, name=None):
    lk = lang_key(lang)
    if name:
        parts = [p.lower() for p in name.replace("'", "").split()]
        f, l = parts[0], "".join(parts[1:]) or rng.choice(LAST_L)
    else:
        f, l = rng.choice(FIRST_L), rng.choice(LAST_L)
    f = f.replace("é", "e").replace("ë", "e").replace("ï", "i").replace("ç", "c")
    l = l.replace("é", "e").replace("ë", "e").replace("ï", "i").replace("ç", "c")
    dom = rng.choice(MAILDOM[lk])
    local = rng.choice([f + "." + l, f + l, f[0] + l, f + "_" + l + str(rng.randint(1, 99)), l + "." + f, f + str(rng.randint(70, 2005))])
    k = variant or rng.choice(["plain"] * 8 + ["spaced", "at", "caps"])
    if k == "plain":
        return local + "@" + dom
    if k == "caps":
        return (local + "@" + dom).capitalize()
    if k == "spaced":
        return " . ".join(local.split(".")) + " @ " + " . ".join(dom.split("."))
    if k == "at":
        a, d = rng.choice([(" at ", " dot "), ("[at]", "[dot]"), (" (at) ", " (dot) ")])
        return local + a + dom.replace(".", d)
    return local + "@" + dom


def phone(rng, lang="en", variant=None, country=None):
    c = country or {"nl": "NL", "nl-be": "BE", "fr-be": "BE"}.get(lang) or rng.choice(["GB", "US", "NL", "BE"])
    if c == "NL":
        d = "6" + digits(rng, 8)
        f = variant or rng.choice(["06-", "06 ", "06sp", "+31", "0031", "06flat", "land"])
        if f == "06-": return "06-" + d[1:]
        if f == "06 ": return "06 " + d[1:5] + " " + d[5:]
        if f == "06sp": return "06 " + " ".join(d[i:i + 2] for i in range(1, 9, 2))
        if f == "+31": return "+31 6 " + d[1:]
        if f == "0031": return "0031" + d
        if f == "06flat": return "0" + d
        if f == "spelled": return " ".join("0" + d)
        return rng.choice(["020-", "010-", "030 ", "070-", "040 "]) + digits(rng, 7, True)
    if c == "BE":
        d = rng.choice(["470", "472", "475", "477", "484", "486", "495", "498"]) + digits(rng, 6)
        f = variant or rng.choice(["sp", "sp", "+32", "flat", "slash", "land", "0032"])
        if f == "sp": return "0" + d[:3] + " " + d[3:5] + " " + d[5:7] + " " + d[7:]
        if f == "+32": return "+32 " + d[:3] + " " + d[3:5] + " " + d[5:7] + " " + d[7:]
        if f == "flat": return "0" + d
        if f == "slash": return "0" + d[:3] + "/" + d[3:5] + "." + d[5:7] + "." + d[7:]
        if f == "0032": return "0032" + d
        if f == "spelled": return " ".join("0" + d)
        return rng.choice(["02 ", "09 ", "03 ", "04 ", "010 "]) + digits(rng, 3, True) + " " + digits(rng, 2) + " " + digits(rng, 2)
    if c == "FR":
        d = rng.choice(["6", "7"]) + digits(rng, 8)
        return "0" + d[0] + " " + " ".join(d[i:i + 2] for i in range(1, 9, 2))
    if c == "GB":
        d = "7" + digits(rng, 9, True)
        f = variant or rng.choice(["a", "b", "c"])
        if f == "a": return "0" + d[:4] + " " + d[4:]
        if f == "b": return "+44 " + d[:4] + " " + d[4:]
        return "+447" + d[1:]
    area = rng.choice(["415", "212", "617", "312", "503", "646", "720"])
    ex = str(rng.randint(200, 989))
    ln = digits(rng, 4)
    f = variant or rng.choice(["p", "d", "plus", "dot"])
    if f == "p": return f"({area}) {ex}-{ln}"
    if f == "d": return f"{area}-{ex}-{ln}"
    if f == "dot": return f"{area}.{ex}.{ln}"
    return f"+1 {area} {ex} {ln}"


def house_no(rng):
    n = str(rng.randint(1, 220))
    return n + rng.choice(["", "", "", "", "a", "b", "-2", " bis", "A"])


def nl_postcode(rng):
    return digits(rng, 4, True) + rng.choice([" ", ""]) + rs(rng, "ABCDEGHJKLMNPRSTVWXZ", 2)


def address(rng, street, city, country, multiline=False):
    hn = house_no(rng)
    if country == "NL":
        a, b = f"{street} {hn}", f"{nl_postcode(rng)} {city[0]}"
    elif country == "BE":
        extra = rng.choice(["", "", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 9)}"])
        a = f"{street} {hn.strip()}{extra}" if street[0].isupper() and not street.startswith(("Rue", "Avenue", "Chaussée", "Place", "Boulevard")) else f"{street} {hn.strip()}{extra}"
        b = f"{city[1]} {city[0]}"
    elif country == "FR":
        a, b = f"{hn} {street}", f"{city[1]} {city[0]}"
    elif country == "GB":
        a, b = f"{hn} {street}", f"{city[0]} {city[1]}"
    else:
        a = f"{rng.randint(100, 9899)} {street}" + rng.choice(["", ", Apt " + str(rng.randint(1, 30)) + rng.choice(["", "B"])])
        b = f"{city[0]}, {city[1]}"
    if multiline:
        return a + "\n" + b
    if rng.random() < 0.2:
        return a
    return a + rng.choice([", ", " ", ", "]) + b


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def date_of_birth(rng, lang="en", variant=None):
    y, m, d = rng.randint(1942, 2006), rng.randint(1, 12), rng.randint(1, 28)
    lk = "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")
    f = rng.choice(["num", "num", "word", "iso", "short"])
    if f == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "word":
        if lk == "en":
            return f"{d} {MONTHS['en'][m-1]} {y}" if lang == "en-gb" else f"{MONTHS['en'][m-1]} {d}, {y}"
        return f"{d} {MONTHS[lk][m-1]} {y}"
    if f == "short":
        return f"{d}/{m}/{y % 100:02d}" if lang != "en-us" else f"{m}/{d}/{y % 100:02d}"
    if lang == "en-us":
        return f"{m:02d}/{d:02d}/{y}"
    sep = rng.choice(['-', '/', '.'])
    return f"{d:02d}{sep}{m:02d}{sep}{y}"


def ip_address(rng, lang="en", variant=None):
    if (variant or rng.choice(["4", "4", "4", "6"])) == "6":
        return "2a02:" + ":".join(format(rng.randint(0, 0xffff), "x") for _ in range(3)) + "::" + format(rng.randint(1, 0xffff), "x")
    while True:
        a = rng.choice([31, 37, 62, 77, 78, 81, 84, 85, 86, 88, 91, 94, 109, 141, 145, 178, 188, 195, 212, 213, 217])
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def customer_number(rng, shape):
    out = []
    for ch in shape:
        if ch == "9":
            out.append(rng.choice(DG))
        elif ch == "A":
            out.append(rng.choice(UP))
        else:
            out.append(ch)
    return "".join(out)

# ---------------------------------------------------------------- negatives


def neg(rng, kind, lang="en", brand=None):
    fr = lang == "fr-be"
    en = lang.startswith("en")
    if kind == "amount":
        v = f"{rng.randint(5, 180)},{rng.choice(['00', '95', '50', '99', '40', '15'])}"
        if en and lang == "en-us":
            return "$" + v.replace(",", ".")
        if lang == "en-gb" and rng.random() < 0.5:
            return "£" + v.replace(",", ".")
        return rng.choice(["€ " + v, "€" + v, v + " €" if fr else "EUR " + v, "€" + v.replace(",", ".")])
    if kind == "company_phone":
        return brand["phone"] if brand else "0800-0123"
    if kind == "company_registration":
        if brand and brand.get("reg"):
            return brand["reg"]
        return rng.choice(["BE 0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3), digits(rng, 8, True), "NL" + digits(rng, 9) + "B01"])
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        if lang == "en-us":
            return rng.choice([f"{m}/{d}", f"{MONTHS['en'][m-1]} {d}", f"{m:02d}/{d:02d}/2025"])
        if en:
            return rng.choice([f"{d} {MONTHS['en'][m-1]}", f"{d:02d}/{m:02d}/2025", f"{d}/{m}"])
        lk = "fr" if fr else "nl"
        return rng.choice([f"{d} {MONTHS[lk][m-1]}", f"{d:02d}-{m:02d}-2025", f"{d}/{m}", f"{d:02d}.{m:02d}.2025"])
    if kind == "time":
        h, mi = rng.randint(7, 22), rng.choice([0, 5, 15, 30, 45, 12, 47])
        if lang == "en-us":
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        if fr:
            return rng.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
        if lang == "nl-be":
            return rng.choice([f"{h}u{mi:02d}", f"{h}:{mi:02d}", f"{h}u"])
        return rng.choice([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"])
    if kind == "year":
        return str(rng.randint(2009, 2025))
    if kind == "error_code":
        return rng.choice(["E-" + digits(rng, 3, True), "0x" + rs(rng, "0123456789ABCDEF", 8), "ERR_CONNECTION_TIMED_OUT",
                           "DNS_PROBE_FINISHED_NXDOMAIN", "651", "691", "F" + digits(rng, 4), "S" + digits(rng, 4, True),
                           "NW-" + digits(rng, 1, True) + "-" + digits(rng, 1, True), "ERR-" + digits(rng, 4), "E" + digits(rng, 2), "AUTH_" + digits(rng, 3)])
    if kind == "flight_number":
        return rng.choice(["KL", "SN", "HV", "FR", "U2", "BA", "TB", "LH"]) + rng.choice(["", " "]) + str(rng.randint(100, 8999))
    if kind == "invoice_number":
        return rng.choice(["F" + str(rng.randint(2023, 2025)) + "-" + digits(rng, 6), "INV-" + digits(rng, 8), digits(rng, 10, True), "FAC/" + digits(rng, 2) + "/" + digits(rng, 5)])
    if kind == "order_number":
        return rng.choice(["ORD-" + digits(rng, 7), "#" + digits(rng, 9, True), "BST" + digits(rng, 8), digits(rng, 4, True) + "-" + digits(rng, 5) + "-" + digits(rng, 3)])
    if kind == "ticket_number":
        return rng.choice(["TCK-" + str(rng.randint(2024, 2025)) + "-" + digits(rng, 6), "SR" + digits(rng, 8), "#" + digits(rng, 7, True), "INC" + digits(rng, 7), "CAS-" + digits(rng, 5) + "-" + rs(rng, UP + DG, 6)])
    if kind == "tracking_number":
        return rng.choice(["3S" + rs(rng, UP, 4) + digits(rng, 9), "1Z" + rs(rng, UP + DG, 6) + digits(rng, 10), "JVGL" + digits(rng, 16), "3232" + digits(rng, 14), "CD" + digits(rng, 9) + "BE"])
    if kind == "request_id":
        h = "0123456789abcdef"
        return rng.choice(["-".join(rs(rng, h, n) for n in (8, 4, 4, 4, 12)), "req_" + rs(rng, LO + DG, 14), rs(rng, h, 16)])
    if kind == "meter_reading":
        return rng.choice([digits(rng, 5) + " kWh", digits(rng, 5, True), f"{rng.randint(100, 9999)},{rng.randint(0, 9)} m³", digits(rng, 6) + " kWh", f"{rng.randint(1, 99)}.{digits(rng, 3)} kWh"])
    if kind == "model_number":
        return rng.choice(["FRITZ!Box 7590", "CH7465LG", "TC4400", "H369A", "b-box 3V+", "Experia Box v10", "F@st 5670", "DIR-842", "TG2492LG", "Archer C6", "Deco M5", "SmartWifi 6", "HG659"])
    if kind == "product_code":
        return rng.choice(["SKU-" + digits(rng, 6), "ART" + digits(rng, 7), rs(rng, UP, 3) + "-" + digits(rng, 4) + "-" + rs(rng, UP, 2), digits(rng, 4) + "-" + digits(rng, 3)])
    if kind == "version_string":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}", f"{rng.randint(6, 8)}.{rng.randint(10, 59)}", f"V10A.{rng.randint(1, 9)}.{rng.randint(0, 30)}", f"{rng.randint(14, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 9)}", f"2025.{rng.randint(1, 12)}.{rng.randint(0, 4)}"])
    if kind == "percentage":
        return rng.choice([f"{rng.randint(1, 100)}%", f"{rng.randint(1, 100)} %", f"{rng.randint(1, 99)},{rng.randint(0, 9)}%"])
    if kind == "quantity":
        return rng.choice([f"{rng.choice([5, 10, 20, 50, 100])} GB", f"{rng.choice([100, 200, 500, 1000])} Mbit/s", f"{rng.randint(2, 250)} Mbps", f"{rng.randint(2, 6)} stuks" if not en else f"{rng.randint(2, 6)} units", f"{rng.randint(10, 90)} ms"])
    if kind == "url":
        d = brand["domain"] if brand else "example.com"
        return rng.choice([f"https://www.{d}/storing", f"https://{d}/help/wifi", f"www.{d}/mijn", f"https://my.{d}/login", f"{d}/status"])
    if kind == "masked_value":
        return rng.choice(["**** **** **** " + digits(rng, 4), "NL** **** **** **" + digits(rng, 2) + " " + digits(rng, 2), "06-****" + digits(rng, 4), "XXXX-" + digits(rng, 4), "BE** **** **** " + digits(rng, 4), "••••" + digits(rng, 3), rng.choice(FIRST_L)[0] + "***@" + rng.choice(["gmail.com", "telenet.be", "hotmail.com"])])
    if kind == "port":
        return rng.choice(["8080", "443", "3389", "51413", "25565", "1194", "8123", "22", "5060", "993"])
    if kind == "checksum":
        return rs(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if kind == "hashtag":
        return "#" + rng.choice(["storing", "internetstoring", "panne", "outage", "wifi", "klantenservice", "fail", "Telenetpanne", "energiecrisis"])
    if kind == "mention":
        return "@" + (brand["handle"] if brand else "support")
    raise ValueError(kind)
