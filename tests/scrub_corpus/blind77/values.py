"""Value generators for the blind77 corpus (banking fraud & scams).

Every generator takes (rng, lang, fmt) and returns a string. Checksummed
values (cards, IBANs, BSN, Belgian national register numbers) are valid.
"""
import string

FAM = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
BE = {"nl-be", "fr-be"}


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nz_digits(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


# ---------------------------------------------------------------- checks
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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0 and d[0] + d[1] + d[2] > 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- high risk
def card(rng, lang, fmt=None):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        p = "4" + digits(rng, 14)
    elif kind == "mc":
        p = rng.choice(["51", "52", "53", "54", "55", "22"]) + digits(rng, 13)
    elif kind == "amex":
        p = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        p = rng.choice(["6703", "5018", "6759"]) + digits(rng, 11)
    n = luhn_complete(p)
    style = fmt or rng.choice(["sp", "sp", "plain", "dash", "sp2"])
    if len(n) == 15:
        if style == "plain":
            return n
        sep = "-" if style == "dash" else " "
        return sep.join([n[:4], n[4:10], n[10:]])
    if style == "plain":
        return n
    if style == "dash":
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    if style == "sp2":
        return "  ".join(n[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.2 else ".".join(n[i:i + 4] for i in range(0, 16, 4))
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def cvv(rng, lang, fmt=None):
    return digits(rng, 4 if fmt == "amex" else 3)


def card_expiry(rng, lang, fmt=None):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d}-20{y}", f"{m:02d} / {y}"])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "REVO"]


def iban(rng, lang, fmt=None):
    cc = fmt
    if cc is None:
        if lang == "nl":
            cc = rng.choice(["NL"] * 8 + ["BE", "DE", "LT"])
        elif lang in BE:
            cc = rng.choice(["BE"] * 8 + ["NL", "FR", "LU"])
        elif lang == "en-gb":
            cc = rng.choice(["GB"] * 5 + ["NL", "IE", "LT", "ES"])
        else:
            cc = rng.choice(["NL", "DE", "GB", "LT", "ES", "IE", "BE"])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + digits(rng, 10)
    elif cc == "BE":
        b = nz_digits(rng, 10)
        c = int(b) % 97 or 97
        bban = f"{b}{c:02d}"
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 23)
    elif cc == "LU":
        bban = digits(rng, 3) + digits(rng, 13)
    elif cc == "LT":
        bban = "3250" + digits(rng, 12)
    elif cc == "ES":
        bban = digits(rng, 20)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "REVO"]) + digits(rng, 14)
    else:  # GB
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ", "SRLG"]) + digits(rng, 14)
    s = iban_make(cc, bban)
    style = rng.random()
    if style < 0.55:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif style < 0.85:
        out = s
    else:
        out = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower() if rng.random() < 0.5 else s.lower()
    return out


def bsn(rng, lang, fmt=None):
    kind = fmt or ("be" if lang in BE else "nl")
    if kind == "nl":
        while True:
            d = [rng.randint(0, 9) for _ in range(8)]
            d[0] = rng.randint(1, 7)
            tot = sum(d[i] * (9 - i) for i in range(8)) % 11
            if tot <= 9:
                s = "".join(map(str, d)) + str(tot)
                if bsn_ok(s):
                    break
        r = rng.random()
        if r < 0.7:
            return s
        if r < 0.85:
            return f"{s[:4]}.{s[4:6]}.{s[6:]}"
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    # Belgian rijksregisternummer / numero de registre national
    y = rng.randint(1940, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    chk = 97 - n % 97
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    r = rng.random()
    if r < 0.5:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if r < 0.75:
        return s
    if r < 0.9:
        return f"{s[:6]}-{s[6:9]}-{s[9:]}"
    return f"{s[:6]} {s[6:9]} {s[9:]}"


def otp(rng, lang, fmt=None):
    n = rng.choice([6, 6, 6, 6, 5, 8, 4])
    d = digits(rng, n)
    if fmt == "words":
        w = {"nl": "nul een twee drie vier vijf zes zeven acht negen",
             "fr": "zéro un deux trois quatre cinq six sept huit neuf",
             "en": "zero one two three four five six seven eight nine"}[FAM[lang]].split()
        if FAM[lang] == "en" and rng.random() < 0.4:
            w[0] = "oh"
        sep = rng.choice([" ", "-", " ", ", "])
        return sep.join(w[int(c)] for c in digits(rng, 6))
    r = rng.random()
    if n == 6 and r < 0.25:
        return d[:3] + rng.choice([" ", "-"]) + d[3:]
    if n == 8 and r < 0.3:
        return d[:4] + " " + d[4:]
    if r > 0.93:
        return " ".join(d)
    return d


WORDS_NL = ["Zomer", "Fiets", "Hond", "Tulp", "Appel", "Molen", "Kaas", "Oranje", "Voetbal", "Konijn", "Strand", "Winter"]
WORDS_FR = ["Soleil", "Chaton", "Frites", "Bruxelles", "Namur", "Maison", "Liege", "Papillon", "Bonjour", "Velo"]
WORDS_EN = ["Summer", "Sunshine", "Arsenal", "Dragon", "Monkey", "Liverpool", "Coffee", "Penguin", "Rover", "Bluebird"]


def password(rng, lang, fmt=None):
    words = {"nl": WORDS_NL, "fr": WORDS_FR, "en": WORDS_EN}[FAM[lang]]
    r = rng.random()
    if r < 0.35:
        return rng.choice(words) + str(rng.randint(1, 2025)) + rng.choice(["!", "", "#", "?", "!!", "$", "*"])
    if r < 0.55:
        w = rng.choice(words).lower()
        w = w.replace("a", "@").replace("o", "0") if rng.random() < 0.5 else w.replace("e", "3")
        return w.capitalize() + rng.choice(["_", "-", ".", ""]) + digits(rng, rng.randint(2, 4))
    if r < 0.75:
        pool = string.ascii_letters + string.digits + "!#%&*+-=?@^_"
        return "".join(rng.choice(pool) for _ in range(rng.randint(10, 16)))
    if r < 0.88:
        return "-".join(rng.choice(words).lower() for _ in range(3)) + str(rng.randint(1, 99))
    return rng.choice(words).lower() + rng.choice(words) + digits(rng, 2)


def pin(rng, lang, fmt=None):
    if fmt == "door":
        return rng.choice([digits(rng, 4), digits(rng, 4) + "#", "*" + digits(rng, 4), digits(rng, 6), "C" + digits(rng, 4)])
    if fmt == "phone":
        return digits(rng, rng.choice([4, 6, 6]))
    d = digits(rng, rng.choice([4, 4, 4, 4, 5, 6]))
    if rng.random() < 0.06:
        return " ".join(d)
    return d


def puk(rng, lang, fmt=None):
    d = digits(rng, 8)
    return d if rng.random() < 0.8 else d[:4] + " " + d[4:]


def wifi_key(rng, lang, fmt=None):
    words = {"nl": WORDS_NL, "fr": WORDS_FR, "en": WORDS_EN}[FAM[lang]]
    r = rng.random()
    if r < 0.4:
        pool = string.ascii_letters + string.digits
        return "".join(rng.choice(pool) for _ in range(rng.choice([12, 13, 16, 20])))
    if r < 0.7:
        return rng.choice(words) + rng.choice(["-", "_", ""]) + rng.choice(words).lower() + digits(rng, 2)
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


FIRST = ["jan", "sanne", "pieter", "lotte", "koen", "els", "marie", "luc", "nadia", "tom", "emma", "ahmed", "sophie", "dirk", "fatima", "chris", "anouk", "bram", "julie", "kevin", "olga", "yusuf", "linda", "wout"]
LAST = ["devries", "jansen", "peeters", "janssens", "maes", "bakker", "smit", "dubois", "lambert", "martens", "vermeulen", "visser", "wouters", "claes", "smith", "jones", "taylor", "brown", "miller", "garcia", "elamrani", "dewit", "mulder", "goossens"]


def username(rng, lang, fmt=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    r = rng.random()
    if r < 0.25:
        return f"{f}{l}{rng.randint(1, 99)}"
    if r < 0.45:
        return f"{f[0]}.{l}"
    if r < 0.6:
        return f"{f}_{l[:4]}{digits(rng, 2)}"
    if r < 0.75:
        return f"{f.upper()[0]}{l.upper()}{digits(rng, 3)}"
    if r < 0.88:
        return f"{l}{f[0]}{rng.randint(60, 99)}"
    return digits(rng, 3) + "-" + digits(rng, 3) + "-" + digits(rng, 3) if rng.random() < 0.3 else f"{f}.{l}"


def _rand(rng, pool, n):
    return "".join(rng.choice(pool) for _ in range(n))


def api_key(rng, lang, fmt=None):
    an = string.ascii_letters + string.digits
    kind = fmt or rng.choice(["sk", "pk", "mollie", "aws", "awssec", "google", "plain", "adyen", "openbank"])
    if kind == "sk":
        return "sk_live_" + _rand(rng, an, 24)
    if kind == "pk":
        return rng.choice(["pk_live_", "pk_test_", "rk_live_"]) + _rand(rng, an, 24)
    if kind == "mollie":
        return rng.choice(["live_", "test_"]) + _rand(rng, an, 30)
    if kind == "aws":
        return "AKIA" + _rand(rng, string.ascii_uppercase + "234567", 16)
    if kind == "awssec":
        return _rand(rng, an + "/+", 40)
    if kind == "google":
        return "AIza" + _rand(rng, an + "-_", 35)
    if kind == "adyen":
        return "AQE" + _rand(rng, an, 40)
    if kind == "openbank":
        return _rand(rng, "0123456789abcdef", 8) + "-" + _rand(rng, "0123456789abcdef", 4) + "-" + _rand(rng, "0123456789abcdef", 4) + "-" + _rand(rng, "0123456789abcdef", 4) + "-" + _rand(rng, "0123456789abcdef", 12)
    return _rand(rng, an, 32)


def token(rng, lang, fmt=None):
    an = string.ascii_letters + string.digits
    kind = fmt or rng.choice(["jwt", "hex", "hex", "ghp", "opaque", "sess"])
    if kind == "jwt":
        return "eyJhbGciOiJ" + _rand(rng, an, 20) + "." + "eyJ" + _rand(rng, an + "-_", 40) + "." + _rand(rng, an + "-_", 32)
    if kind == "hex":
        return _rand(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if kind == "ghp":
        return "ghp_" + _rand(rng, an, 36)
    if kind == "sess":
        return "sess_" + _rand(rng, an, 28)
    return _rand(rng, an + "-_", rng.choice([24, 43]))


def customer_number(rng, lang, fmt=None):
    r = rng.random()
    if fmt == "uk_acct":
        return digits(rng, 8)
    if r < 0.3:
        return nz_digits(rng, rng.choice([7, 8, 9, 10]))
    if r < 0.45:
        return rng.choice(["KL", "CN", "C", "REL", "M", "CUST"]) + rng.choice(["", "-", " "]) + nz_digits(rng, 7)
    if r < 0.6:
        d = nz_digits(rng, 9)
        return f"{d[:3]}.{d[3:6]}.{d[6:]}" if rng.random() < 0.5 else f"{d[:3]} {d[3:6]} {d[6:]}"
    if r < 0.7:  # EAN connection code
        return "871" + digits(rng, 15) if lang == "nl" else "5414" + digits(rng, 14)
    if r < 0.85:
        return nz_digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 2)
    return digits(rng, 2) + rng.choice(["/", "-"]) + nz_digits(rng, 6)


def ip_address(rng, lang, fmt=None):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(_rand(rng, "0123456789abcdef", 4) for _ in range(3)) + "::" + _rand(rng, "0123456789abcdef", 3)
    first = rng.choice([31, 45, 62, 77, 81, 84, 86, 89, 94, 145, 176, 185, 193, 212, 217, 178, 109, 82])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- personal
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def date_of_birth(rng, lang, fmt=None):
    y, m, d = rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)
    fam = FAM[lang]
    r = rng.random()
    if r < 0.3:
        if lang == "en-us":
            return f"{m:02d}/{d:02d}/{y}"
        return f"{d:02d}-{m:02d}-{y}" if fam == "nl" else f"{d:02d}/{m:02d}/{y}"
    if r < 0.5:
        mn = MONTHS[fam][m - 1]
        if lang == "en-us":
            return f"{mn} {d}, {y}"
        if fam == "en":
            return f"{d} {mn} {y}" if rng.random() < 0.6 else f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mn[:3]} {y}"
        return f"{d} {mn} {y}"
    if r < 0.65:
        return f"{d}.{m}.{y}" if fam != "en" else f"{d}.{m:02d}.{str(y)[2:]}"
    if r < 0.8:
        return f"{d}/{m}/{str(y)[2:]}" if lang != "en-us" else f"{m}/{d}/{str(y)[2:]}"
    if r < 0.9:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}{m:02d}{y}"


DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl", "home.nl", "icloud.com"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.com", "voo.be", "telenet.be", "yahoo.fr", "outlook.fr", "proximus.be"],
    "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "att.net", "proton.me"],
}


def email(rng, lang, fmt=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    loc = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f}", f"{f}{rng.randint(70, 2005)}", f"{f}.{l[0]}"])
    if rng.random() < 0.1:
        loc = loc.capitalize()
    return f"{loc}@{rng.choice(DOMAINS[lang])}"


def phone(rng, lang, fmt=None):
    r = rng.random()
    if lang == "nl":
        if r < 0.7:
            d = "6" + digits(rng, 8)
            return rng.choice([f"0{d}", f"0{d[0]}-{d[1:]}", f"+31 {d[0]} {d[1:5]} {d[5:]}", f"+31{d}", f"0031 {d}", f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"(06) {d[1:]}", f"+31 (0){d}"])
        area = rng.choice(["20", "10", "30", "70", "40", "50", "318", "575"])
        rest = digits(rng, 9 - len(area))
        return rng.choice([f"0{area}-{rest}", f"0{area} {rest}", f"+31 {area} {rest}", f"0{area}{rest}"])
    if lang in BE:
        if r < 0.75:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "494", "495", "496", "497", "498", "499"])
            d = digits(rng, 6)
            return rng.choice([f"0{p} {d[:2]} {d[2:4]} {d[4:]}", f"0{p}/{d[:2]}.{d[2:4]}.{d[4:]}", f"+32 {p} {d[:2]} {d[2:4]} {d[4:]}", f"0{p}{d}", f"+32{p}{d}", f"0032 {p} {d}", f"0{p}/{d}", f"0{p}-{d[:2]}-{d[2:4]}-{d[4:]}"])
        area = rng.choice(["2", "3", "9", "4", "10", "50", "81", "65"])
        rest = digits(rng, 8 - len(area))
        return rng.choice([f"0{area} {rest[:3]} {rest[3:5]} {rest[5:]}" if len(rest) == 7 else f"0{area} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{area}/{rest}", f"+32 {area} {rest}"])
    if lang == "en-gb":
        if r < 0.7:
            d = "7" + rng.choice(["4", "5", "7", "8", "9"]) + digits(rng, 8)
            return rng.choice([f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}", f"0{d}", f"+44 (0){d[:4]} {d[4:]}", f"0{d[:4]} {d[4:7]} {d[7:]}", f"+44{d}"])
        area = rng.choice(["20", "161", "113", "121", "131", "117"])
        rest = digits(rng, 10 - len(area))
        return rng.choice([f"0{area} {rest[:4]} {rest[4:]}" if len(area) == 2 else f"0{area} {rest[:3]} {rest[3:]}", f"+44 {area} {rest}"])
    a = rng.choice(["212", "415", "312", "617", "305", "404", "512", "718", "925", "646", "206", "303"])
    b = rng.choice("23456789") + digits(rng, 2)
    c = digits(rng, 4)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}", f"+1 ({a}) {b}-{c}"])


STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Julianalaan", "Molenweg", "Stationsplein", "Prinsengracht", "Van Goghlaan", "Beukenlaan", "Hoofdweg", "Sint Annastraat", "Burgemeester de Withstraat", "Zeeweg"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Grote Markt", "Lange Leemstraat", "Kortrijksesteenweg", "Dorpsstraat", "Nieuwstraat", "Koning Albertlaan", "Molenstraat", "Brusselsesteenweg"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue des Champs", "Place Saint-Lambert", "Rue du Moulin", "Boulevard Tirou", "Rue de Namur", "Avenue des Tilleuls", "Rue Haute"],
    "en-gb": ["Station Road", "High Street", "Church Lane", "Victoria Road", "Mill Lane", "Kings Avenue", "Park Crescent", "Queensway", "Albert Street", "The Green"],
    "en-us": ["Maple Ave", "Oak Street", "Main St", "Elm Drive", "Washington Blvd", "Sunset Blvd", "Lakeview Rd", "Pine Court", "Cedar Lane", "Highland Ave"],
}
CITIES = {
    "nl": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Zwolle", "80"), ("Groningen", "97"), ("Eindhoven", "56"), ("Haarlem", "20"), ("Arnhem", "68")],
    "nl-be": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Mechelen", "2800"), ("Aalst", "9300")],
    "fr-be": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Ixelles", "1050"), ("Wavre", "1300")],
    "en-gb": [("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS3"), ("London", "SE15"), ("Glasgow", "G12"), ("Cardiff", "CF24"), ("York", "YO10")],
    "en-us": [("Columbus, OH", "432"), ("Austin, TX", "787"), ("Portland, OR", "972"), ("Denver, CO", "802"), ("Chicago, IL", "606"), ("Tampa, FL", "336")],
}


def address(rng, lang, fmt=None):
    st = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    n = rng.randint(1, 240)
    r = rng.random()
    if lang == "nl":
        post = f"{pc}{digits(rng, 2)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
        hn = rng.choice([str(n), f"{n}a", f"{n}-2", f"{n} bis", f"{n}-hs", f"{n}B"])
        if r < 0.45:
            return f"{st} {hn}, {post} {city}"
        if r < 0.6:
            return f"{st} {hn}\n{post} {city.upper() if rng.random() < 0.3 else city}"
        if r < 0.75:
            return f"{st} {hn} {post.replace(' ', '')} {city}"
        return f"{st} {hn}"
    if lang in BE:
        box = rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}"]) if lang == "nl-be" else rng.choice(["", "", f" bte {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}", f" boîte {rng.randint(1, 9)}"])
        if lang == "fr-be" and r < 0.5:
            s = f"{st} {n}{box}" if rng.random() < 0.4 else f"{n}{box}, {st.lower() if rng.random() < 0.2 else st}"
        else:
            s = f"{st} {n}{box}"
        if r < 0.8:
            sep = rng.choice([", ", " - ", "\n", " "])
            return f"{s}{sep}{pc} {city}"
        return s
    if lang == "en-gb":
        pcode = f"{pc} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = rng.choice(["", "", f"Flat {rng.randint(1, 30)}, ", f"{rng.randint(1, 9)}b "])
        if r < 0.5:
            return f"{flat}{n} {st}, {city}, {pcode}" if rng.random() < 0.5 else f"{flat}{n} {st}, {city} {pcode}"
        if r < 0.75:
            return f"{flat}{n} {st}\n{city}\n{pcode}"
        return f"{n} {st}"
    zipc = f"{pc}{digits(rng, 2)}"
    apt = rng.choice(["", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {rng.randint(1, 20)}"])
    if r < 0.6:
        return f"{n} {st}{apt}, {city} {zipc}"
    if r < 0.8:
        return f"{n} {st}{apt}\n{city} {zipc}"
    return f"{n} {st}{apt}"


GEN = {
    "card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "otp": otp,
    "password": password, "pin": pin, "puk": puk, "wifi_key": wifi_key, "username": username,
    "api_key": api_key, "token": token, "customer_number": customer_number, "ip_address": ip_address,
    "date_of_birth": date_of_birth, "email": email, "phone": phone, "address": address,
}
