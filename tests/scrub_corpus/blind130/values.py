"""Value generators (labelled spans and hard negatives) and validators. Stdlib only."""
import string

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
    return s % 10 == 0


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").upper()
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
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk

# ---------------------------------------------------------------- helpers

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

# ---------------------------------------------------------------- span values

def card(rng, lang):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([group(n, [4, 6, 5]), n, group(n, [4, 6, 5], "-")])
    pre = {"visa": "4", "mc": rng.choice(["51", "53", "55", "2221"]), "maestro": "6759"}[kind]
    n = luhn_complete(pre, 16, rng)
    f = rng.random()
    if f < 0.45:
        return group(n, [4, 4, 4, 4])
    if f < 0.7:
        return n
    if f < 0.85:
        return group(n, [4, 4, 4, 4], "-")
    return group(n, [4, 4, 4, 4], "  ") if rng.random() < 0.3 else group(n, [4, 4, 4, 4], ".")


def cvv(rng, lang):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def card_expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} / {y}", f"{m}/{y}", f"{m:02d}{y}"])


def _iban(rng, cc, bban):
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def iban(rng, lang):
    r = rng.random()
    if lang == "nl" or (lang.startswith("en") and r < 0.35):
        cc, bban = "NL", rng.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]) + digits(rng, 10)
    elif lang in ("nl-be", "fr-be") and r < 0.85:
        cc, bban = "BE", digits(rng, 12)
    elif lang == "en-gb" and r < 0.8:
        cc, bban = "GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    else:
        cc = rng.choice(["DE", "FR", "LU", "ES", "NL", "BE"])
        bban = {"DE": digits(rng, 18), "FR": digits(rng, 23), "LU": digits(rng, 3) + digits(rng, 13),
                "ES": digits(rng, 20), "NL": "RABO" + digits(rng, 10), "BE": digits(rng, 12)}[cc]
    s = _iban(rng, cc, bban)
    f = rng.random()
    if f < 0.5:
        s = group(s, [4] * 10)
    elif f < 0.6:
        s = s.lower() if rng.random() < 0.5 else group(s.lower(), [4] * 10)
    return s


def bsn_nl(rng, lang=None):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = "".join(map(str, d)) + str(s)
            if bsn_ok(v):
                break
    return rng.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:4]} {v[4:6]} {v[6:]}"])


def bsn_be(rng, lang=None):
    y = rng.randint(1940, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    num = int(("2" if y >= 2000 else "") + base)
    c = 97 - num % 97
    v = base + f"{c:02d}"
    assert rrn_ok(v)
    return rng.choice([v, f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", f"{v[:6]}-{v[6:9]}-{v[9:]}",
                       f"{v[:6]} {v[6:9]} {v[9:]}", f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"])


def bsn(rng, lang):
    if lang in ("nl-be", "fr-be"):
        return bsn_be(rng)
    return bsn_nl(rng)


def phone(rng, lang):
    if lang == "nl":
        m = "6" + digits(rng, 8)
        l = rng.choice(["20", "10", "30", "70", "40", "50", "13", "15", "23", "26", "38", "43", "53", "72", "73", "76", "79"])
        ln = digits(rng, 9 - len(l))
        return rng.choice([f"06-{m[1:]}", f"06 {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+31 6 {m[1:]}", f"+31{m}",
                           f"0031 6 {m[1:5]} {m[5:]}", f"06{m[1:]}", f"06 {m[1:5]} {m[5:]}", f"(06) {m[1:]}",
                           f"0{l}-{ln}", f"0{l} {ln[:3]} {ln[3:]}", f"+31 {l} {ln}", f"+316{m[1:3]} {m[3:6]} {m[6:]}"])
    if lang in ("nl-be", "fr-be"):
        p = rng.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "484", "485", "486", "488", "492", "494", "496", "498", "499"])
        r = digits(rng, 6)
        a = rng.choice(["2", "3", "9", "4", "50", "51", "56", "10", "16", "11", "14", "15", "81"])
        lr = digits(rng, 8 - len(a))
        return rng.choice([f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}", f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}",
                           f"0032{p}{r}", f"0{p}{r}", f"0{p} {r[:3]} {r[3:]}", f"+32{p}{r}", f"0{p}/{r}",
                           f"0{a} {lr[:3]} {lr[3:5]} {lr[5:]}" if len(a) == 1 else f"0{a} {lr[:2]} {lr[2:4]} {lr[4:]}",
                           f"0{a}/{lr}", f"+32 {a} {lr}"])
    if lang == "en-gb":
        m = "7" + rng.choice(["700", "711", "723", "734", "745", "756", "780", "791", "812", "825", "903", "956"]) + digits(rng, 6)
        return rng.choice([f"0{m[:4]} {m[4:]}", f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}", f"0{m}", f"0044 {m[:4]} {m[4:]}",
                           f"020 {digits(rng, 4)} {digits(rng, 4)}", f"0161 {digits(rng, 3)} {digits(rng, 4)}", f"0113 {digits(rng, 3)} {digits(rng, 4)}",
                           f"0{m[:4]}-{m[4:]}", f"+44{m}"])
    a = rng.choice(["212", "312", "415", "617", "646", "702", "713", "773", "818", "917", "206", "303", "404", "512", "614"])
    e = rng.choice(["201", "348", "555", "624", "739", "842", "963", "275", "486"])
    n = digits(rng, 4)
    return rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", f"{a}.{e}.{n}", f"1-{a}-{e}-{n}", f"{a}{e}{n}",
                       f"+1 ({a}) {e}-{n}", f"{a} {e} {n}"])


EMAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "hotmail.nl", "live.nl", "outlook.com", "ziggo.nl", "kpnmail.nl", "planet.nl", "home.nl", "xs4all.nl", "icloud.com", "upcmail.nl"],
    "nl-be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be", "outlook.be", "scarlet.be", "live.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "outlook.be", "yahoo.fr", "proximus.be", "live.be"],
    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "virginmedia.com", "icloud.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com", "hotmail.com", "protonmail.com"],
}


def ascii_fold(x):
    import unicodedata
    return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode()


def email(rng, lang, first="jan", last="jansen"):
    first, last = ascii_fold(first), ascii_fold(last)
    f = "".join(c for c in first.lower() if c.isalnum() or c in "-") or "x"
    l = "".join(c for c in last.lower().replace(" ", "") if c.isalnum()) or "y"
    y = str(rng.randint(1960, 2004))
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{y[2:]}", f"{f}{y}", f"{l}.{f}", f"{f}.{l}{rng.randint(1, 99)}",
                        f"{f[0]}{l}", f"{f}-{l}", f"{f}.{l}+{rng.choice(['shop', 'games', 'auto', 'verzekering', 'hosting'])}"])
    dom = rng.choice(EMAIL_DOMAINS[lang])
    if rng.random() < 0.12:
        dom = rng.choice(["mijnbedrijf.nl", "atelier-" + l + ".be", l + "-bouw.nl", "famille" + l + ".be", l + "consulting.co.uk"])
    e = f"{local}@{dom}"
    return e.upper() if rng.random() < 0.03 else e


def address(rng, lang, streets, cities):
    st = rng.choice(streets)
    city = rng.choice(cities)
    n = rng.randint(1, 240)
    if lang == "nl":
        pc = f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
        sfx = rng.choice(["", "", "", "a", "b", "-2", " II", "A", "-bis", " hs", "-1"])
        pc2 = pc.replace(" ", "") if rng.random() < 0.4 else pc
        return rng.choice([f"{st} {n}{sfx}", f"{st} {n}{sfx}, {pc2} {city}", f"{st} {n}{sfx} {pc2} {city}", f"{st} {n}{sfx}, {pc2}  {city.upper()}",
                           f"{st.lower()} {n}{sfx} {city.lower()}", f"{st} {n}{sfx}, {city}"])
    if lang in ("nl-be", "fr-be"):
        pc = rng.choice(["1000", "1050", "1180", "2000", "2018", "2800", "3000", "3500", "4000", "5000", "6000", "7000", "8000", "8500", "9000", "9300", "1300", "1400", "4020", "2600"])
        bus = rng.choice(["", "", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 12)}", f" b{rng.randint(1, 9)}", f" boîte {rng.randint(1, 9)}" if lang == "fr-be" else f" bus {rng.randint(1, 9)}"])
        if lang == "fr-be":
            return rng.choice([f"{st} {n}{bus}, {pc} {city}", f"{st}, {n}{bus} - {pc} {city}", f"{st} {n}{bus}", f"{st} {n}{bus} {pc} {city}", f"{n}, {st}, {pc} {city}"])
        return rng.choice([f"{st} {n}{bus}, {pc} {city}", f"{st} {n}{bus}", f"{st} {n}{bus} {pc} {city}", f"{st} {n}{bus}, B-{pc} {city}", f"{st.lower()} {n}{bus} {city.lower()}"])
    if lang == "en-gb":
        pc = rng.choice(["LS6 2AB", "M14 5TP", "SW3 4ND", "B15 2TT", "EH9 1QG", "BS8 3LR", "NW1 6XE", "CF10 3AT", "G12 8QQ", "N7 9PB", "OX4 1HL", "SE15 4QF"])
        flat = rng.choice(["", "", "", f"Flat {rng.randint(1, 20)}, ", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')} "])
        return rng.choice([f"{flat}{n} {st}, {city} {pc}", f"{flat}{n} {st}, {city}, {pc}", f"{n} {st}", f"{flat}{n} {st} {pc}", f"{n} {st.lower()}, {city.lower()} {pc.lower()}"])
    state, zipc = rng.choice([("OH", "43215"), ("IL", "60614"), ("NY", "11215"), ("CA", "94110"), ("TX", "78704"), ("WA", "98103"), ("MA", "02139"), ("GA", "30307"), ("CO", "80205"), ("FL", "33131")])
    apt = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 12)}"])
    return rng.choice([f"{n * 7} {st}{apt}, {city}, {state} {zipc}", f"{n * 7} {st}{apt}", f"{n * 7} {st}{apt} {city} {state} {zipc}", f"{n * 7} {st.lower()}{apt}, {city.lower()} {state.lower()}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def mkey(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def date_of_birth(rng, lang):
    y, m, d = rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[mkey(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{mn[:3]} {d} {y}"])
    if lang == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}th {mn} {y}" if d not in (1, 2, 3, 21, 22, 23) else f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}"])


def customer_number(rng, lang, sector="gen"):
    c = {
        "host": [lambda: digits(rng, 6), lambda: "TI-" + digits(rng, 6), lambda: "cust" + digits(rng, 7), lambda: digits(rng, 3) + "-" + digits(rng, 4), lambda: "KL" + digits(rng, 8)],
        "ins": [lambda: digits(rng, 2) + "." + digits(rng, 3) + "." + digits(rng, 3), lambda: "POL" + digits(rng, 8), lambda: digits(rng, 10), lambda: "AV-" + digits(rng, 4) + "-" + digits(rng, 5), lambda: digits(rng, 3) + "/" + digits(rng, 6) + "/" + digits(rng, 2)],
        "wash": [lambda: "WC" + digits(rng, 7), lambda: digits(rng, 8), lambda: "CLUB-" + digits(rng, 5)],
        "rent": [lambda: digits(rng, 9), lambda: "EC" + digits(rng, 8), lambda: "GOLD " + digits(rng, 7), lambda: digits(rng, 4) + " " + digits(rng, 4)],
        "pawn": [lambda: "P" + digits(rng, 6), lambda: digits(rng, 7), lambda: "BC-" + digits(rng, 6)],
        "game": [lambda: "2620" + digits(rng, 9), lambda: digits(rng, 10), lambda: "GM" + digits(rng, 8), lambda: "PUR-" + digits(rng, 7)],
        "appl": [lambda: "SC" + digits(rng, 7), lambda: digits(rng, 8), lambda: "OC-" + digits(rng, 6), lambda: "871687" + digits(rng, 12)],
        "gen": [lambda: digits(rng, 8), lambda: "C" + digits(rng, 7)],
    }[sector]
    return rng.choice(c)()


def ip_address(rng, lang):
    if rng.random() < 0.12:
        return "2a02:a46%x:%x:0:%x:%x:%x:%x" % tuple(rng.randint(0, 0xffff) for _ in range(6))
    return rng.choice([f"{rng.choice([84, 81, 94, 213, 145, 178, 62, 77, 185, 31, 92, 109])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"{rng.choice([37, 46, 51, 89, 195, 217])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


WORDS_NL = ["zomer", "winter", "fiets", "hond", "kat", "tulp", "molen", "appel", "vogel", "haven", "boot", "lente", "kaas", "duin", "regen"]
WORDS_EN = ["summer", "tiger", "purple", "rocket", "garden", "monkey", "dragon", "sunset", "coffee", "banana", "falcon", "river"]
WORDS_FR = ["soleil", "chat", "moules", "frites", "etoile", "jardin", "maison", "nuage", "lapin", "citron"]


def password(rng, lang):
    w = WORDS_FR if lang == "fr-be" else WORDS_EN if lang.startswith("en") else WORDS_NL
    a = rng.choice(w)
    b = rng.choice(w)
    sym = rng.choice("!?#$@&*%.")
    r = rng.random()
    if r < 0.25:
        return a.capitalize() + str(rng.randint(1, 2025)) + sym
    if r < 0.4:
        return f"{a}-{b}-{rng.randint(10, 99)}"
    if r < 0.55:
        return "".join(rng.choice(string.ascii_letters + string.digits + "!#$%&*") for _ in range(rng.randint(10, 18)))
    if r < 0.7:
        return a[0].upper() + a[1:].replace("a", "@").replace("o", "0").replace("e", "3") + str(rng.randint(0, 99))
    if r < 0.8:
        return f"{a.capitalize()}{b.capitalize()}{rng.randint(1, 9)}{sym}"
    if r < 0.9:
        return rng.choice(["Welkom", "Welcome", "Bienvenue", "Geheim", "Passw0rd", "Qwerty"]) + str(rng.randint(1, 2025)) + rng.choice(["", sym])
    return digits(rng, 2) + a + sym + b.upper()


def pin(rng, lang):
    r = rng.random()
    if r < 0.6:
        return digits(rng, 4)
    if r < 0.75:
        return digits(rng, 6)
    if r < 0.85:
        return digits(rng, 4) + "#"
    if r < 0.93:
        return digits(rng, 5)
    return "*" + digits(rng, 4)


def puk(rng, lang):
    d = digits(rng, 8)
    return rng.choice([d, d, d, f"{d[:4]} {d[4:]}"])


NUMWORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp(rng, lang):
    r = rng.random()
    d = digits(rng, 6)
    if r < 0.5:
        return d
    if r < 0.62:
        return f"{d[:3]} {d[3:]}"
    if r < 0.7:
        return f"{d[:3]}-{d[3:]}"
    if r < 0.76:
        return "G-" + d
    if r < 0.82:
        return digits(rng, rng.choice([4, 5, 8]))
    if r < 0.9:
        return "".join(rng.choice("23456789BCDFGHJKMNPQRTVWXY") for _ in range(5))
    ws = NUMWORDS[mkey(lang)]
    return rng.choice([" ", " ", "-", ", "]).join(ws[int(c)] for c in d)


def wifi_key(rng, lang):
    r = rng.random()
    if r < 0.3:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 16, 26])))
    if r < 0.55:
        return "-".join("".join(rng.choice(string.ascii_letters + string.digits) for _ in range(4)) for _ in range(4))
    if r < 0.8:
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(12, 20)))
    w = WORDS_FR if lang == "fr-be" else WORDS_EN if lang.startswith("en") else WORDS_NL
    return f"{rng.choice(w)}{rng.choice(w).capitalize()}{rng.randint(100, 9999)}"


def username(rng, lang, first="jan", last="jansen"):
    first, last = ascii_fold(first), ascii_fold(last)
    f = "".join(c for c in first.lower() if c.isalpha()) or "x"
    l = "".join(c for c in last.lower() if c.isalpha()) or "y"
    return rng.choice([f"{f}{l}{rng.randint(1, 99)}", f"{f}.{l}", f"{f[0]}{l}", f"{l}{f[0]}{rng.randint(60, 99)}",
                       f"xX{f}Xx{rng.randint(1, 999)}", f"{f}_{rng.choice(['gamer', 'pro', 'nl', 'be', 'uk'])}{rng.randint(1, 99)}",
                       f"{l.upper()}{rng.randint(100, 999)}", f"{f}{rng.randint(1970, 2008)}", f"admin_{l}", f"{f[0]}.{l}"])


B62 = string.ascii_letters + string.digits


def rstr(rng, n, alphabet=B62):
    return "".join(rng.choice(alphabet) for _ in range(n))


def api_key(rng, lang):
    r = rng.random()
    if r < 0.15:
        return "sk_live_" + rstr(rng, 24)
    if r < 0.25:
        return "AKIA" + rstr(rng, 16, string.ascii_uppercase + "234567")
    if r < 0.33:
        return rstr(rng, 40, B62 + "/+")
    if r < 0.43:
        return "SG." + rstr(rng, 22, B62 + "_-") + "." + rstr(rng, 43, B62 + "_-")
    if r < 0.53:
        return "key-" + rstr(rng, 32, "0123456789abcdef")
    if r < 0.63:
        return rstr(rng, 37, "0123456789abcdef")
    if r < 0.73:
        return "AIza" + rstr(rng, 35, B62 + "_-")
    if r < 0.83:
        return "pk_live_" + rstr(rng, 24)
    return rstr(rng, 32, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def aws_secret(rng, lang):
    return rstr(rng, 40, B62 + "/+")


def token(rng, lang):
    r = rng.random()
    if r < 0.25:
        import base64
        h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        return h + "." + rstr(rng, rng.randint(40, 90), B62 + "_-") + "." + rstr(rng, 43, B62 + "_-")
    if r < 0.4:
        return "ghp_" + rstr(rng, 36)
    if r < 0.6:
        return rstr(rng, rng.choice([32, 40, 64]), "0123456789abcdef")
    if r < 0.7:
        return "glpat-" + rstr(rng, 20, B62 + "_-")
    if r < 0.8:
        return "ya29." + rstr(rng, 60, B62 + "_-")
    if r < 0.9:
        return rstr(rng, 26, string.ascii_lowercase + string.digits)
    return "sess_" + rstr(rng, 24)


def epp(rng, lang):
    return rstr(rng, rng.choice([8, 10, 12, 16]), B62 + "!#%&*+-=?")

# ---------------------------------------------------------------- negatives

def neg_date(rng, lang):
    y, m, d = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[mkey(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{m}/{d}/{y}", f"{mn} {d}", f"{mn} {d}th" if d > 3 else f"{mn} {d}", f"{mn[:3]} {d}, {y}"])
    if lang == "en-gb":
        return rng.choice([f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn}", f"{d}th of {mn}" if d > 3 else f"{d} {mn}", f"{d} {mn[:3]} {y}"])
    return rng.choice([f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {mn}", f"{d}/{m}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"])


def neg_time(rng, lang):
    h, mi = rng.randint(7, 22), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == "en-us" or (lang == "en-gb" and rng.random() < 0.5):
        hh = h % 12 or 12
        return rng.choice([f"{hh}:{mi:02d}pm" if h >= 12 else f"{hh}:{mi:02d}am", f"{hh}{'pm' if h >= 12 else 'am'}", f"{hh}:{mi:02d} {'PM' if h >= 12 else 'AM'}", f"{h:02d}:{mi:02d}"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h:02d}:{mi:02d}", f"{h} h {mi:02d}"])
    if lang == "nl-be":
        return rng.choice([f"{h}u{mi:02d}", f"{h}u", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}u"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h}:{mi:02d} uur", f"{h} uur"])


def neg_amount(rng, lang):
    e, c = rng.randint(3, 1900), rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"£ {e}.{c:02d}", f"{e} quid", f"€{e}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e:,}", f"USD {e}.{c:02d}", f"{e} dollars", f"€{e}"])
    if lang == "fr-be":
        return rng.choice([f"{e},{c:02d} €", f"{e} €", f"{e} euros", f"€ {e},{c:02d}", f"{e}€"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e} euro", f"€{e}", f"EUR {e},{c:02d}", f"{e},{c:02d} eur"])


def neg_quantity(rng, lang):
    n = rng.randint(2, 12)
    k = mkey(lang)
    return rng.choice({"nl": [f"{n} stuks", f"{n}x", f"{n} keer", f"{n} games", f"{n} wasbeurten", f"{n} dagen"],
                       "fr": [f"{n} pièces", f"{n}x", f"{n} fois", f"{n} jeux", f"{n} lavages", f"{n} jours"],
                       "en": [f"{n} items", f"{n}x", f"{n} times", f"{n} games", f"{n} washes", f"{n} days"]}[k])


def neg_percentage(rng, lang):
    p = rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 12.5])
    ps = str(p).replace(".", ",") if lang not in ("en-gb", "en-us") else str(p)
    return rng.choice([f"{ps}%", f"{ps} %", f"{ps} procent" if mkey(lang) == "nl" else f"{ps}%", f"{ps}pct"])


def neg_year(rng, lang):
    return str(rng.randint(2012, 2026))


def neg_order(rng, lang):
    return rng.choice([digits(rng, 10), "NL" + digits(rng, 8), "ORD-" + digits(rng, 4) + "-" + digits(rng, 5), "#" + digits(rng, 7),
                       digits(rng, 3) + "-" + digits(rng, 7) + "-" + digits(rng, 7), "R" + digits(rng, 9), "BKG" + rstr(rng, 6, string.ascii_uppercase + string.digits),
                       rstr(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")])


def neg_ticket(rng, lang):
    return rng.choice(["#" + digits(rng, 6), "CS-" + digits(rng, 7), digits(rng, 4) + "-" + digits(rng, 6), "INC" + digits(rng, 7),
                       "Z-" + digits(rng, 4) + "-" + digits(rng, 5), "SCH" + digits(rng, 8), digits(rng, 8), "T" + digits(rng, 6), "[#" + rstr(rng, 3, string.ascii_uppercase) + "-" + digits(rng, 5) + "]"])


def neg_invoice(rng, lang):
    return rng.choice(["F" + digits(rng, 4) + "-" + digits(rng, 5), "INV-" + digits(rng, 6), "20" + digits(rng, 8), "FA" + digits(rng, 7), digits(rng, 4) + "/" + digits(rng, 5), "VF-" + digits(rng, 6)])


def neg_tracking(rng, lang):
    return rng.choice(["3S" + rstr(rng, 4, string.ascii_uppercase) + digits(rng, 9), "1Z" + rstr(rng, 6, string.ascii_uppercase + string.digits) + digits(rng, 10),
                       "JVGL" + digits(rng, 16), "CD" + digits(rng, 9) + "NL", "00" + digits(rng, 18), "323" + digits(rng, 21), "RR" + digits(rng, 9) + "BE", digits(rng, 12)])


def neg_request(rng, lang):
    h = "0123456789abcdef"
    return rng.choice([f"{rstr(rng, 8, h)}-{rstr(rng, 4, h)}-4{rstr(rng, 3, h)}-{rng.choice('89ab')}{rstr(rng, 3, h)}-{rstr(rng, 12, h)}",
                       "req_" + rstr(rng, 14, h), "cf-ray " + rstr(rng, 16, h) + "-AMS", rstr(rng, 16, h).upper()]).replace("cf-ray ", "")


def neg_error(rng, lang):
    return rng.choice(["E" + str(rng.randint(1, 40)), "F" + str(rng.randint(1, 99)), "0x" + rstr(rng, 8, "0123456789abcdef"), "ERR_SSL_PROTOCOL_ERROR",
                       "ERR_CONNECTION_TIMED_OUT", "HTTP " + rng.choice(["500", "502", "503", "403", "404"]), "CE-" + digits(rng, 6) + "-" + digits(rng, 1),
                       "NW-" + digits(rng, 6) + "-" + digits(rng, 1), "E:" + digits(rng, 2), "SSL_ERROR_BAD_CERT_DOMAIN", "4E", "dE", "Err " + digits(rng, 3)])


def neg_version(rng, lang):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(5, 8)}.{rng.randint(0, 4)}.{rng.randint(1, 30)}",
                       f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}.{rng.randint(100, 999)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"{rng.randint(20, 25)}.{rng.randint(1, 12)}"])


def neg_product(rng, lang):
    return rng.choice(["SKU-" + digits(rng, 6), digits(rng, 7), "871" + digits(rng, 10), "art. " + digits(rng, 6), "m" + digits(rng, 10), "P" + digits(rng, 8),
                       "B0" + rstr(rng, 8, string.ascii_uppercase + string.digits)]).replace("art. ", "")


def neg_flight(rng, lang):
    return rng.choice([f"KL{rng.randint(600, 1999)}", f"HV {rng.randint(5000, 6999)}", f"FR{rng.randint(1000, 9999)}", f"BA {rng.randint(400, 999)}",
                       f"U2 {rng.randint(1000, 8999)}", f"SN{rng.randint(2000, 3999)}", f"TB{rng.randint(1000, 2999)}", f"LH {rng.randint(900, 999)}", f"DL{rng.randint(40, 199)}", f"UA {rng.randint(900, 999)}"])


def neg_company_phone(rng, lang):
    if lang == "nl":
        return rng.choice(["0900-" + digits(rng, 7), "088 " + digits(rng, 3) + " " + digits(rng, 4), "0800-" + digits(rng, 4), "085-" + digits(rng, 7), "0900 " + digits(rng, 4)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 " + digits(rng, 2) + " " + digits(rng, 2) + " " + digits(rng, 2), "070 " + digits(rng, 3) + " " + digits(rng, 3), "0800 " + digits(rng, 2) + " " + digits(rng, 3), "02 " + digits(rng, 3) + " " + digits(rng, 2) + " " + digits(rng, 2)])
    if lang == "en-gb":
        return rng.choice(["0345 " + digits(rng, 3) + " " + digits(rng, 4), "0800 " + digits(rng, 3) + " " + digits(rng, 4), "0330 " + digits(rng, 3) + " " + digits(rng, 4), "03" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 4)])
    return rng.choice(["1-800-" + digits(rng, 3) + "-" + digits(rng, 4), "(888) " + digits(rng, 3) + "-" + digits(rng, 4), "1-877-" + rstr(rng, 3, "0123456789") + "-" + digits(rng, 4), "866-" + digits(rng, 3) + "-" + digits(rng, 4)])


def neg_company_reg(rng, lang):
    if lang == "nl":
        return rng.choice([digits(rng, 8), "NL" + digits(rng, 9) + "B0" + str(rng.randint(1, 9)), digits(rng, 8)])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["BE 0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3), "0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3), "BE0" + digits(rng, 9)])
    if lang == "en-gb":
        return rng.choice(["0" + digits(rng, 7), "GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2), "SC" + digits(rng, 6)])
    return rng.choice([digits(rng, 2) + "-" + digits(rng, 7), "DE " + digits(rng, 7)]).replace("DE ", "")


def neg_masked(rng, lang):
    return rng.choice(["****" + digits(rng, 4), "**** **** **** " + digits(rng, 4), "xxxx-xxxx-xxxx-" + digits(rng, 4), "NL** **** **** " + digits(rng, 4) + " " + digits(rng, 2),
                       "BE** **** **** " + digits(rng, 4), "06-****" + digits(rng, 4), "j***@gmail.com", "+32 4** ** ** " + digits(rng, 2), "•••• " + digits(rng, 4), "XXXXXXXXXXXX" + digits(rng, 4), "k*****s@hotmail.com"])


def neg_meter(rng, lang):
    n = rng.randint(4000, 180000)
    return rng.choice([f"{n:,}".replace(",", ".") + " km", str(n), f"{n:,} miles", f"{n:,}".replace(",", ".")])


def neg_port(rng, lang):
    return rng.choice(["22", "21", "2222", "3306", "8443", "587", "465", "993", "8080", "2083", "5432"])


def neg_checksum(rng, lang):
    return rstr(rng, rng.choice([32, 40, 64]), "0123456789abcdef")


NEG = {
    "date": neg_date, "time": neg_time, "amount": neg_amount, "quantity": neg_quantity, "percentage": neg_percentage, "year": neg_year,
    "order_number": neg_order, "ticket_number": neg_ticket, "invoice_number": neg_invoice, "tracking_number": neg_tracking,
    "request_id": neg_request, "error_code": neg_error, "version_string": neg_version, "product_code": neg_product,
    "flight_number": neg_flight, "company_phone": neg_company_phone, "company_registration": neg_company_reg,
    "masked_value": neg_masked, "meter_reading": neg_meter, "port": neg_port, "checksum": neg_checksum,
}


def aws_key_id(rng, lang):
    return rng.choice(["AKIA", "ASIA"]) + rstr(rng, 16, string.ascii_uppercase + "234567")
