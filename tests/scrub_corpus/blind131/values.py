"""Value generators (labelled values and hard negatives). Standard library only."""
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
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0 and len(d) >= 12


def luhn_complete(prefix_digits, length, r):
    body = prefix_digits + digits(r, length - len(prefix_digits) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    re_ = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re_)
    return int(num) % 97 == 1


def iban_make(country, bban):
    re_ = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in re_)
    chk = 98 - int(num) % 97
    return f"{country}{chk:02d}{bban}"


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
    body, chk = int(d[:9]), int(d[9:])
    return (97 - body % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- spans
def card(r, loc=None):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "visa13"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        sep = r.choice([" ", " ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    if kind == "mc":
        n = luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, r)
    else:
        n = luhn_complete("4", 16, r)
    style = r.random()
    if style < 0.45:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if style < 0.65:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    if style < 0.85:
        return n
    if style < 0.93:
        return ".".join(n[i:i + 4] for i in range(0, 16, 4))
    return "  ".join(n[i:i + 4] for i in range(0, 16, 4))


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban(r, loc="nl", variant=None):
    c = variant or ({"nl": "NL", "be": "BE"}.get(loc) if r.random() < 0.85 else None) or r.choice(["DE", "FR", "GB", "NL", "BE", "ES", "LU"])
    if c == "NL":
        ib = iban_make("NL", r.choice(NL_BANKS) + digits(r, 10))
    elif c == "BE":
        first = digits(r, 10)
        chk = int(first) % 97 or 97
        ib = iban_make("BE", first + f"{chk:02d}")
    elif c == "DE":
        ib = iban_make("DE", digits(r, 18))
    elif c == "FR":
        ib = iban_make("FR", digits(r, 10) + rs(r, UP + DIG, 11) + digits(r, 2))
    elif c == "GB":
        ib = iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(r, 14))
    elif c == "ES":
        ib = iban_make("ES", digits(r, 20))
    else:
        ib = iban_make("LU", digits(r, 3) + rs(r, UP + DIG, 13))
    st = r.random()
    if st < 0.55:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif st < 0.85:
        out = ib
    else:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if r.random() < 0.12:
        out = out.lower()
    return out


def bsn(r, loc=None):
    while True:
        d = [r.choice("123456789")] + [r.choice(DIG) for _ in range(7)]
        tot = sum(int(d[i]) * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = "".join(d) + str(last)
            assert bsn_ok(s)
            st = r.random()
            if st < 0.6:
                return s
            if st < 0.8:
                return f"{s[:4]}.{s[4:6]}.{s[6:]}"
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def rrn(r, loc=None):
    y = r.randint(1940, 2008)
    m = r.randint(1, 12)
    dd = r.randint(1, 28)
    seq = r.randint(1, 997)
    body = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    base = int(("2" + body) if y >= 2000 else body)
    chk = 97 - base % 97
    s = body + f"{chk:02d}"
    assert rrn_ok(s)
    st = r.random()
    if st < 0.45:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if st < 0.75:
        return s
    if st < 0.9:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    return f"{s[:6]} {s[6:9]} {s[9:]}"


def phone(r, loc="nl", variant=None):
    land = variant == "land" or (variant is None and r.random() < 0.25)
    if loc == "nl":
        if land:
            area = r.choice(["20", "10", "30", "70", "40", "50", "24", "43", "13", "76", "55", "58"])
            rest = digits(r, 9 - len(area), True)
            return r.choice([f"0{area}-{rest}", f"0{area} {rest}", f"+31 {area} {rest}", f"0{area}{rest}", f"(0{area}) {rest}"])
        m = digits(r, 8, True)
        return r.choice([f"06{m}", f"06-{m}", f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"+31 6 {m}",
                         f"+316{m}", f"0031 6 {m[:4]} {m[4:]}", f"+31 (0)6 {m[:4]} {m[4:]}", f"06 - {m[:4]} {m[4:]}"])
    if loc == "be":
        if land:
            area = r.choice(["2", "3", "9", "4", "16", "50", "11", "15", "81"])
            rest = digits(r, 8 - len(area), True)
            if len(area) == 1:
                return r.choice([f"0{area} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{area}/{rest[:3]}.{rest[3:5]}.{rest[5:]}", f"+32 {area} {rest[:3]} {rest[3:5]} {rest[5:]}"])
            return r.choice([f"0{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{area}/{rest[:2]}.{rest[2:4]}.{rest[4:]}", f"+32 {area} {rest}"])
        p = "4" + r.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "84", "85", "86", "87", "88", "89", "91", "92", "93", "94", "95", "96", "97", "98", "99"])
        m = digits(r, 6)
        return r.choice([f"0{p} {m[:2]} {m[2:4]} {m[4:]}", f"0{p}/{m[:2]}.{m[2:4]}.{m[4:]}", f"0{p}{m}", f"+32 {p} {m[:2]} {m[2:4]} {m[4:]}",
                         f"+32{p}{m}", f"0032 {p} {m}", f"+32 (0){p} {m[:2]} {m[2:4]} {m[4:]}", f"0{p}-{m[:2]}{m[2:4]}{m[4:]}", f"0{p}/{m}"])
    if loc == "gb":
        if land:
            return r.choice([f"020 7{digits(r, 3)} {digits(r, 4)}", f"0161 {digits(r, 3)} {digits(r, 4)}", f"0113 {digits(r, 3)} {digits(r, 4)}",
                             f"+44 20 7{digits(r, 3)} {digits(r, 4)}", f"01632 {digits(r, 6)}", f"(0131) {digits(r, 3)} {digits(r, 4)}"])
        m = r.choice(["7700", "7911", "7823", "7459", "7395", "7564", "7812", "7956"]) + digits(r, 6)
        return r.choice([f"0{m[:4]} {m[4:]}", f"0{m}", f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:7]} {m[7:]}",
                         f"+44{m}", f"0{m[:4]} {m[4:7]} {m[7:]}", f"0044 {m[:4]} {m[4:]}"])
    # us
    a = r.choice(["212", "415", "312", "617", "503", "206", "512", "303", "404", "718", "646", "702", "614"])
    ex = str(r.randint(201, 989))
    ln = digits(r, 4)
    return r.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}", f"1-{a}-{ex}-{ln}",
                     f"{a} {ex} {ln}", f"+1 ({a}) {ex}-{ln}", f"{a}{ex}{ln}"])


EMAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl", "icloud.com", "hetnet.nl"],
    "be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be", "outlook.be", "yahoo.fr", "scarlet.be", "live.be"],
    "gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk", "virginmedia.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com", "verizon.net", "protonmail.com"],
}


def email(r, loc="nl", first="jan", last="jansen", variant=None):
    f = first.lower().replace(" ", "").replace("é", "e").replace("ë", "e").replace("ï", "i").replace("ç", "c").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ç", "c")
    dom = r.choice(EMAIL_DOMAINS[loc])
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{r.randint(1, 99)}", f"{f}{r.randint(70, 99)}",
                      f"{l}.{f}", f"{f[0]}{l}{r.randint(1, 9)}", f"{f}-{l}", f"{f}.{l}{r.randint(1960, 2004)}"])
    if variant == "spoken":
        at = {"nl": " apenstaartje ", "be": " at ", "gb": " at ", "us": " at "}[loc]
        return local.replace(".", " dot " if loc in ("gb", "us") else " punt ") + at + dom.replace(".", " dot " if loc in ("gb", "us") else " punt ")
    if variant == "upper" or r.random() < 0.04:
        return (local + "@" + dom).capitalize()
    return local + "@" + dom


def address(r, loc, streets, cities, variant=None):
    st = r.choice(streets)
    num = str(r.randint(1, 240))
    if loc == "nl":
        suf = r.choice(["", "", "", "a", "b", "-2", " II", "-hs", " 3-hoog", "A"])
        pc = f"{r.randint(1011, 9999)} {rs(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        if r.random() < 0.2:
            pc = pc.replace(" ", "")
        city = r.choice(cities)
        return r.choice([f"{st} {num}{suf}, {pc} {city}", f"{st} {num}{suf}\n{pc} {city}", f"{st} {num}{suf} {pc} {city}",
                         f"{st} {num}{suf}, {city}", f"{st} {num}{suf}", f"{st.lower()} {num}{suf} {city.lower()}"])
    if loc == "be":
        bus = r.choice(["", "", "", f" bus {r.randint(1, 12)}", f"/{r.randint(1, 5)}", f" b{r.randint(1, 9)}", f" boîte {r.randint(1, 9)}"])
        city = r.choice(cities)
        pc = str(r.randint(1000, 9990))
        return r.choice([f"{st} {num}{bus}, {pc} {city}", f"{st} {num}{bus}\n{pc} {city}", f"{st} {num}{bus} {pc} {city}",
                         f"{st} {num}{bus} te {city}" if r.random() < 0.3 else f"{st} {num}{bus}, {pc} {city}", f"{st} {num}{bus}"])
    if loc == "gb":
        city = r.choice(cities)
        pc = r.choice(["SW1A 2AA", "M4 6BF", "LS6 2AB", "EH8 9YL", "BS1 4DJ", "B15 2TT", "NE1 7RU", "CF10 1EP", "G12 8QQ", "NW3 5SJ", "OX4 1UP", "BN2 0JG"])
        pre = r.choice(["", "", "", f"Flat {r.randint(1, 30)}, ", f"Flat {r.randint(1, 9)}{r.choice('ABC')} ", "Apartment 4, "])
        return r.choice([f"{pre}{num} {st}, {city} {pc}", f"{pre}{num} {st}\n{city}\n{pc}", f"{pre}{num} {st}, {city}, {pc}", f"{num} {st}, {pc}", f"{pre}{num} {st}"])
    city, state, z = r.choice(cities)
    apt = r.choice(["", "", "", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Unit {r.randint(100, 999)}", f" #{r.randint(2, 30)}"])
    num = str(r.randint(12, 9800))
    return r.choice([f"{num} {st}{apt}, {city}, {state} {z}", f"{num} {st}{apt}\n{city}, {state} {z}", f"{num} {st}{apt}, {city} {state} {z}", f"{num} {st}{apt}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def dob(r, lang):
    y, m, d = r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)
    ml = MONTHS["fr" if lang == "fr-be" else "nl" if lang.startswith("nl") else "en"]
    opts = [f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {ml[m-1]} {y}", f"{y}-{m:02d}-{d:02d}"]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}", f"{ml[m-1]} {d}, {y}", f"{ml[m-1][:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif lang == "en-gb":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {ml[m-1]} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {ml[m-1]} {y}", f"{d:02d}.{m:02d}.{str(y)[2:]}"]
    elif lang == "fr-be":
        opts += [f"{d:02d}/{m:02d}/{y}", f"{d} {ml[m-1][:4]}. {y}" if len(ml[m-1]) > 4 else f"{d} {ml[m-1]} {y}"]
    return r.choice(opts)


CUST = {
    "ph": ["{d8}", "KL{d7}", "{d3}.{d3}.{d3}", "APO-{d6}", "{d10}", "C{d9}"],
    "ls": ["STU-{d6}", "{d7}", "S{d2}-{d5}", "LN{d6}", "cursist {d6}"],
    "so": ["871{d15}", "5414{d14}", "{d8}", "SOL-{d6}", "CT{d8}", "541448{d12}"],
    "ti": ["{d9}", "TM-{d8}", "{L2}{d7}", "ACC{d8}", "{d4} {d4} {d4}"],
    "pe": ["{d6}", "PAT-{d5}", "{d7}", "VET{d6}", "DK-{d6}", "PV{d7}"],
    "fe": ["{d10}", "CLUB{d7}", "{d4} {d4} {d4}", "FM-{d8}", "{L1}{d8}"],
}


def fill_pattern(r, pat):
    out = pat
    for n in range(18, 0, -1):
        while "{d%d}" % n in out:
            out = out.replace("{d%d}" % n, digits(r, n, True), 1)
    while "{L2}" in out:
        out = out.replace("{L2}", rs(r, UP, 2), 1)
    while "{L1}" in out:
        out = out.replace("{L1}", rs(r, UP, 1), 1)
    return out


def customer_number(r, sector):
    pat = r.choice(CUST[sector])
    v = fill_pattern(r, pat)
    if v.startswith("cursist "):
        v = v[8:]
    return v


PW_WORDS = ["Zomer", "Winter", "Welkom", "Tulpen", "Fietsje", "Hondje", "Poes", "Soleil", "Bruxelles", "Antwerp", "Chelsea", "Yankees",
            "Maple", "Dragon", "Sunshine", "Parijs", "Kaatje", "Minou", "Ferry", "Noordzee", "Biscuit", "Tigger", "Rocky", "Lente"]


def password(r, loc=None):
    st = r.random()
    if st < 0.35:
        return r.choice(PW_WORDS) + str(r.randint(1, 2025)) + r.choice(["!", "?", "#", "", "$", "!!", "*"])
    if st < 0.55:
        return rs(r, ALNUM, r.randint(10, 16))
    if st < 0.7:
        w = r.choice(PW_WORDS).lower()
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + str(r.randint(10, 99))
    if st < 0.85:
        return rs(r, ALNUM + "!#%&*-_=+", r.randint(8, 14))
    return r.choice(PW_WORDS) + r.choice(["_", ".", "-"]) + r.choice(PW_WORDS).lower() + str(r.randint(1, 99))


def pin(r, loc=None):
    n = r.choice([4, 4, 4, 4, 5, 6])
    v = digits(r, n)
    if r.random() < 0.08 and n == 4:
        v = " ".join(v)
    return v


def puk(r, loc=None):
    v = digits(r, 8)
    return v if r.random() < 0.8 else f"{v[:4]} {v[4:]}"


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(r, lang="nl", variant=None):
    v = digits(r, r.choice([6, 6, 6, 6, 4, 5, 8]))
    if variant == "words":
        key = "fr" if lang == "fr-be" else "nl" if lang.startswith("nl") else "en"
        sep = r.choice([" ", " - ", ", ", "-"])
        return sep.join(NUMW[key][int(c)] for c in v[:6])
    st = r.random()
    if st < 0.7 or len(v) != 6:
        return v
    if st < 0.85:
        return f"{v[:3]} {v[3:]}"
    return f"{v[:3]}-{v[3:]}"


def wifi_key(r, loc=None):
    st = r.random()
    if st < 0.3:
        return rs(r, UP + DIG, 12)
    if st < 0.5:
        return "-".join(rs(r, LO + DIG, 4) for _ in range(4))
    if st < 0.7:
        return r.choice(PW_WORDS).lower() + r.choice(["thuis", "home", "maison", "huis"]) + str(r.randint(1, 2024))
    if st < 0.85:
        return rs(r, ALNUM, 20)
    return digits(r, 10) + rs(r, LO, 3)


def username(r, first="jan", last="jansen"):
    f = first.lower().replace("é", "e").replace("ë", "e").replace(" ", "").replace("'", "")
    l = last.lower().replace(" ", "").replace("'", "").replace("é", "e")
    return r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}{f[0]}{r.randint(70, 99)}", f"{f}{r.randint(100, 999)}",
                     f"{f[0]}.{l}", f"{l.upper()}{f[0].upper()}", f"{f}-{l}"])


def api_key(r, loc=None, variant=None):
    v = variant or r.choice(["sk", "pk", "aws_id", "aws_secret", "google", "gh", "slack", "sg", "hex", "mollie", "generic"])
    if v == "sk":
        return r.choice(["sk_live_", "sk_test_", "rk_live_"]) + rs(r, ALNUM, 32)
    if v == "pk":
        return "pk_live_" + rs(r, ALNUM, 30)
    if v == "aws_id":
        return r.choice(["AKIA", "ASIA"]) + rs(r, UP + "234567", 16)
    if v == "aws_secret":
        return rs(r, ALNUM + "/+", 40)
    if v == "google":
        return "AIza" + rs(r, ALNUM + "-_", 35)
    if v == "gh":
        return "ghp_" + rs(r, ALNUM, 36)
    if v == "slack":
        return f"xoxb-{digits(r, 11)}-{digits(r, 12)}-{rs(r, ALNUM, 24)}"
    if v == "sg":
        return f"SG.{rs(r, ALNUM + '-_', 22)}.{rs(r, ALNUM + '-_', 43)}"
    if v == "mollie":
        return r.choice(["live_", "test_"]) + rs(r, ALNUM, 30)
    if v == "hex":
        return rs(r, "0123456789abcdef", 32)
    return rs(r, ALNUM, 40)


def token(r, loc=None, variant=None):
    v = variant or r.choice(["jwt", "hex", "oauth", "sess", "pat", "b64"])
    if v == "jwt":
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return f"{h}.{rs(r, ALNUM + '-_', r.randint(40, 80))}.{rs(r, ALNUM + '-_', 43)}"
    if v == "hex":
        return rs(r, "0123456789abcdef", r.choice([32, 40, 64]))
    if v == "oauth":
        return "ya29.a0" + rs(r, ALNUM + "-_", 60)
    if v == "sess":
        return r.choice(["sess_", "s%3A", "SID="])[0:0] + rs(r, ALNUM, 26) + "." + rs(r, ALNUM, 12)
    if v == "pat":
        return r.choice(["glpat-", "github_pat_11"]) + rs(r, ALNUM + "_", 30)
    return rs(r, ALNUM + "+/", 44) + "="


def cvv(r, loc=None):
    return digits(r, 3) if r.random() < 0.9 else digits(r, 4)


def card_expiry(r, lang="nl"):
    m, y = r.randint(1, 12), r.randint(2025, 2031)
    opts = [f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}-{y % 100:02d}", f"{m:02d}/{y % 100:02d}", f"{m}/{y % 100:02d}"]
    if lang.startswith("nl"):
        opts.append(f"{MONTHS['nl'][m-1][:3]} {y}")
    elif lang == "fr-be":
        opts.append(f"{MONTHS['fr'][m-1]} {y}")
    else:
        opts.append(f"{MONTHS['en'][m-1][:3]} {y}")
    return r.choice(opts)


def ip(r, loc=None):
    if r.random() < 0.2:
        return f"2a02:{rs(r, '0123456789abcdef', 4)}:{rs(r, '0123456789abcdef', 3)}:0:{rs(r, '0123456789abcdef', 3)}:{rs(r, '0123456789abcdef', 4)}:fe{rs(r, '0123456789abcdef', 2)}:{rs(r, '0123456789abcdef', 4)}"
    a = r.choice([84, 77, 94, 145, 213, 31, 62, 81, 86, 178, 188, 51, 109, 212, 24, 73, 98])
    return f"{a}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
