"""Value generators and validators (stdlib only). Each generator takes (rng, loc, sub)."""
import string

HALF = 0  # set by the generator; street/city/name lists below are dealt alternately per half


def dealt(lst):
    return lst[HALF::2]


UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def rchars(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- validators
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


def iban_ok(s):
    s = "".join(c for c in s if c.isalnum()).upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


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
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- span values
def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in DG:
        if luhn_ok(body + c):
            return body + c


def gen_card(rng, loc, sub=None):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        n = luhn_complete("4", 16, rng)
    elif kind == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16, rng)
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        f = rng.choice(["sp", "none", "sp"])
        return n if f == "none" else f"{n[:4]} {n[4:10]} {n[10:]}"
    else:
        n = luhn_complete("6703", 17, rng) if rng.random() < .5 else luhn_complete("6011", 16, rng)
    if len(n) != 16:
        return n if rng.random() < .5 else " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    f = rng.choice(["sp", "sp", "none", "dash", "sp"])
    if f == "none":
        return n
    return ("-" if f == "dash" else " ").join(n[i:i + 4] for i in range(0, 16, 4))


def gen_cvv(rng, loc, sub=None):
    return digits(rng, 4 if sub == "4" else 3)


def gen_card_expiry(rng, loc, sub=None):
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} / {y}", f"{m}/{y}", f"{m:02d}-20{y}"])


def _iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def gen_iban(rng, loc, sub=None):
    cc = sub or ("BE" if loc in ("nl-be", "fr-be") else "NL" if loc == "nl" else "GB")
    if rng.random() < .12:
        cc = rng.choice(["DE", "FR", "NL", "BE", "ES", "LU"])
    if cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10)
    elif cc == "BE":
        b = digits(rng, 10, True)
        c = int(b) % 97 or 97
        bban = b + f"{c:02d}"
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 10) + rchars(rng, UP + DG, 11) + digits(rng, 2)
    elif cc == "ES":
        bban = digits(rng, 20)
    elif cc == "LU":
        bban = digits(rng, 3) + rchars(rng, UP + DG, 13)
    else:
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]) + digits(rng, 14)
    s = _iban(cc, bban)
    assert iban_ok(s)
    f = rng.random()
    if f < .5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if rng.random() < .12:
        s = s.lower()
    return s


def gen_bsn(rng, loc, sub=None):
    kind = sub or ("be" if loc in ("nl-be", "fr-be") else "nl")
    if kind == "nl":
        while True:
            d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
            s = sum(d[i] * (9 - i) for i in range(8)) % 11
            if s <= 9:
                n = "".join(map(str, d)) + str(s)
                if bsn_ok(n):
                    break
        f = rng.choice(["plain", "plain", "dots", "sp"])
        return n if f == "plain" else (f"{n[:4]}.{n[4:6]}.{n[6:]}" if f == "dots" else f"{n[:3]} {n[3:6]} {n[6:]}")
    y = rng.randint(1950, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 998)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
    n = base + f"{chk:02d}"
    assert rrn_ok(n)
    f = rng.choice(["dots", "dots", "plain", "sp"])
    if f == "dots":
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"
    if f == "sp":
        return f"{n[:6]} {n[6:9]} {n[9:]}"
    return n


FIRST = ["sanne", "jeroen", "lotte", "pieter", "eva", "thomas", "femke", "bram", "wout", "lien", "jana", "arne",
         "camille", "louis", "manon", "julien", "amelia", "oliver", "jack", "emily", "tyler", "megan", "kevin", "noor"]
LAST = ["devries", "jansen", "bakker", "peeters", "janssens", "maes", "dubois", "lambert", "smith", "jones",
        "taylor", "brown", "miller", "vdberg", "mertens", "claes", "wouters", "evans", "hughes", "garcia"]


def gen_email(rng, loc, sub=None):
    f, l = rng.choice(dealt(FIRST)), rng.choice(dealt(LAST))
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "icloud.com"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
           "fr-be": ["skynet.be", "gmail.com", "voo.be", "hotmail.fr", "yahoo.fr", "outlook.be"],
           "en-gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk"],
           "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com"]}[loc]
    user = rng.choice([f"{f}.{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f[0]}.{l}", f"{f}_{l[:3]}", f"{l}.{f}{rng.randint(70, 99)}", f"{f}{rng.randint(1980, 2004)}"])
    e = f"{user}@{rng.choice(dom)}"
    return e.capitalize() if rng.random() < .08 else e


def gen_phone(rng, loc, sub=None):
    if loc == "nl":
        if rng.random() < .75:
            n = digits(rng, 8)
            return rng.choice([f"06-{n}", f"06 {n}", f"06{n}", f"06 {n[:4]} {n[4:]}", f"+31 6 {n}", f"+316{n}",
                               f"0031 6 {n[:4]} {n[4:]}", f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
        a = rng.choice(["020", "010", "030", "070", "040", "050", "024"])
        n = digits(rng, 7, True)
        return rng.choice([f"{a}-{n}", f"{a} {n[:3]} {n[3:]}", f"+31 {a[1:]} {n}"])
    if loc in ("nl-be", "fr-be"):
        if rng.random() < .75:
            p = rng.choice(["0470", "0471", "0472", "0475", "0476", "0477", "0479", "0485", "0486", "0494", "0496", "0498"])
            n = digits(rng, 6)
            return rng.choice([f"{p} {n[:2]} {n[2:4]} {n[4:]}", f"{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"{p}{n}",
                               f"+32 {p[1:]} {n[:2]} {n[2:4]} {n[4:]}", f"+32{p[1:]}{n}", f"0032 {p[1:]} {n[:2]} {n[2:4]} {n[4:]}", f"{p}/{n[:2]} {n[2:4]} {n[4:]}"])
        a = rng.choice(["02", "03", "09", "04", "016", "081", "010"])
        n = digits(rng, 8 - len(a) + 1, True)
        return rng.choice([f"{a} {n[:3]} {n[3:5]} {n[5:]}", f"{a}/{n[:3]}.{n[3:5]}.{n[5:]}", f"+32 {a[1:]} {n}"])
    if loc == "en-gb":
        if rng.random() < .7:
            n = digits(rng, 6)
            p = rng.choice(["07700", "07911", "07456", "07723", "07845", "07984"])
            return rng.choice([f"{p} {n}", f"{p}{n}", f"+44 {p[1:]} {n}", f"+44{p[1:]}{n}", f"+44 (0){p[1:]} {n}", f"{p[:5]} {n[:3]} {n[3:]}"])
        a = rng.choice(["020 7946", "0161 496", "0113 496", "0131 496", "0117 496"])
        n = digits(rng, 4)
        return rng.choice([f"{a} {n}", f"+44 {a[1:]} {n}", f"({a.split()[0]}) {a.split()[1]} {n}"])
    a = rng.choice(["212", "415", "312", "617", "305", "206", "512", "646", "718"])
    x, y = digits(rng, 3, True), digits(rng, 4)
    return rng.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}", f"+1-{a}-{x}-{y}", f"1 ({a}) {x}-{y}", f"{a}{x}{y}"])


NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Hoofdweg", "Molenlaan", "Prinsengracht", "Lindenlaan", "Julianastraat",
              "Beukenlaan", "Van Goghstraat", "Stationsweg", "Oranjestraat", "Wilhelminapark", "Kastanjelaan", "Zeestraat"]
NL_CITIES = ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Haarlem", "Nijmegen",
             "Breda", "Leiden", "Amersfoort", "Tilburg", "Almere", "Delft", "Enschede"]
BE_NL_STREETS = ["Kerkstraat", "Stationsstraat", "Meir", "Veldstraat", "Grote Markt", "Leopoldlaan", "Koningin Astridlaan",
                 "Brugsesteenweg", "Dorpstraat", "Molenstraat", "Nieuwstraat", "Kortrijksesteenweg"]
BE_NL_CITIES = [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"),
                ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9300", "Aalst"), ("2300", "Turnhout"), ("1800", "Vilvoorde")]
BE_FR_STREETS = ["Rue de la Station", "Avenue Louise", "Rue Haute", "Chaussée de Waterloo", "Rue du Moulin", "Place Saint-Lambert",
                 "Rue de Namur", "Boulevard d'Avroy", "Rue des Champs", "Avenue de Tervueren", "Rue de l'Église", "Chaussée de Charleroi"]
BE_FR_CITIES = [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"),
                ("1050", "Ixelles"), ("1300", "Wavre"), ("1348", "Louvain-la-Neuve"), ("6700", "Arlon"), ("7500", "Tournai")]
UK_STREETS = ["Station Road", "High Street", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "King's Road",
              "Queen Street", "Manor Close", "Elm Grove", "York Road", "The Crescent"]
UK_CITIES = [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS7 8NQ"), ("London", "SE15 4QL"),
             ("Glasgow", "G12 8QQ"), ("Brighton", "BN2 1TW"), ("Cardiff", "CF24 4HQ"), ("York", "YO10 5DD"), ("Leicester", "LE2 1XB")]
US_STREETS = ["Maple Street", "Oak Avenue", "Pine St", "Elm Drive", "Washington Blvd", "Cedar Lane", "Lakeview Dr",
              "Sunset Blvd", "Main St", "2nd Avenue", "Highland Ave", "Park Place"]
US_CITIES = [("Austin", "TX", "78704"), ("Portland", "OR", "97205"), ("Chicago", "IL", "60614"), ("Denver", "CO", "80203"),
             ("Boston", "MA", "02116"), ("Seattle", "WA", "98103"), ("Columbus", "OH", "43215"), ("Miami", "FL", "33131")]


def gen_address(rng, loc, sub=None):
    short = sub == "short" or rng.random() < .12
    if loc == "nl":
        st = rng.choice(dealt(NL_STREETS))
        num = str(rng.randint(1, 240)) + rng.choice(["", "", "", "A", "-2", " bis", "B", "-III", " hs"])
        pc = f"{rng.randint(1011, 9999)}{rng.choice(['', ' '])}{rchars(rng, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        c = rng.choice(dealt(NL_CITIES))
        if short:
            return f"{st} {num}"
        return rng.choice([f"{st} {num}, {pc} {c}", f"{st} {num} {pc} {c}", f"{st} {num}, {pc} {c.upper()}", f"{st} {num}, {c}"])
    if loc == "nl-be":
        st = rng.choice(dealt(BE_NL_STREETS))
        num = str(rng.randint(1, 180)) + rng.choice(["", "", f" bus {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}", "A"])
        pc, c = rng.choice(dealt(BE_NL_CITIES))
        if short:
            return f"{st} {num}"
        return rng.choice([f"{st} {num}, {pc} {c}", f"{st} {num} {pc} {c}", f"{st} {num}, B-{pc} {c}"])
    if loc == "fr-be":
        st = rng.choice(dealt(BE_FR_STREETS))
        num = str(rng.randint(1, 180)) + rng.choice(["", "", f" bte {rng.randint(1, 12)}", f"/{rng.randint(1, 5)}", " boîte 3"])
        pc, c = rng.choice(dealt(BE_FR_CITIES))
        if short:
            return f"{st} {num}"
        return rng.choice([f"{st} {num}, {pc} {c}", f"{st}, {num} - {pc} {c}", f"{num} {st}, {pc} {c}", f"{st} {num} {pc} {c}"])
    if loc == "en-gb":
        st = rng.choice(dealt(UK_STREETS))
        c, pc = rng.choice(dealt(UK_CITIES))
        num = str(rng.randint(1, 199))
        if short:
            return f"{num} {st}"
        return rng.choice([f"{num} {st}, {c} {pc}", f"Flat {rng.randint(1, 9)}, {num} {st}, {c}, {pc}", f"{num} {st}, {c}, {pc}", f"{num}a {st}, {c} {pc}"])
    st = rng.choice(dealt(US_STREETS))
    c, s, z = rng.choice(dealt(US_CITIES))
    num = str(rng.randint(10, 9899))
    if short:
        return f"{num} {st}"
    return rng.choice([f"{num} {st}, {c}, {s} {z}", f"{num} {st} Apt {rng.randint(1, 30)}{rng.choice('ABC')}, {c}, {s} {z}", f"{num} {st}, {c} {s} {z}", f"{num} {st} #{rng.randint(100, 999)}, {c}, {s} {z}"])


MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}


def fam(loc):
    return "nl" if loc.startswith("nl") else "fr" if loc == "fr-be" else "en"


def _date(rng, loc, y, m, d):
    mn = MONTHS[fam(loc)][m - 1]
    if loc == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}"])
    if loc == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mn} {y}", f"{d} {mn[:3]} {y}", f"{d:02d}.{m:02d}.{y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100:02d}"])


def gen_date_of_birth(rng, loc, sub=None):
    return _date(rng, loc, rng.randint(1944, 2007), rng.randint(1, 12), rng.randint(1, 28))


def gen_password(rng, loc, sub=None):
    words = ["Zomer", "winter", "Ajax", "kaas", "Fietsen", "Bruxelles", "voetbal", "Tennis", "pizza", "Mallorca", "soleil",
             "London", "Sunshine", "Welkom", "Marathon", "spinning", "Sushi", "chocolat", "Padel", "Barcelona", "Rugby", "hockey"]
    k = rng.random()
    if k < .45:
        return rng.choice(words) + str(rng.randint(1, 2025)) + rng.choice(["", "!", "?", "#", "!!", "$", "*"])
    if k < .7:
        return rchars(rng, ALNUM, rng.randint(8, 14)) + rng.choice(["", "!", "%", "&"])
    if k < .85:
        w = rng.choice(words)
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + rng.choice(["_", "-", "."]) + digits(rng, 2)
    return rng.choice(words).lower() + rng.choice(words) + digits(rng, rng.randint(1, 3))


def gen_username(rng, loc, sub=None):
    f, l = rng.choice(dealt(FIRST)), rng.choice(dealt(LAST))
    return rng.choice([f"{f}{l}{rng.randint(1, 99)}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}", f"{f.capitalize()}{l.capitalize()}",
                       f"{l}{rng.randint(1970, 2005)}", f"{f}runs{rng.randint(10, 99)}", f"{f}_fit", f"{f[0]}.{l}{rng.randint(1, 9)}"])


def gen_pin(rng, loc, sub=None):
    n = 6 if sub == "6" else 5 if sub == "5" else 4
    return digits(rng, n)


def gen_puk(rng, loc, sub=None):
    n = digits(rng, 8)
    return rng.choice([n, n, f"{n[:4]} {n[4:]}"])


NUMW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en": "zero one two three four five six seven eight nine".split()}


def gen_otp(rng, loc, sub=None):
    n = digits(rng, 6)
    if sub == "words":
        return " ".join(NUMW[fam(loc)][int(c)] for c in n)
    return rng.choice([n, n, n, f"{n[:3]} {n[3:]}", f"{n[:3]}-{n[3:]}", digits(rng, 4), digits(rng, 8), f"G-{n}"])


def gen_wifi_key(rng, loc, sub=None):
    return rng.choice([rchars(rng, ALNUM, rng.randint(10, 16)), "".join(rng.choice("0123456789ABCDEF") for _ in range(26)),
                       rng.choice(["Familie", "Welkom", "Maison", "Home", "Gym", "Bienvenue"]) + rng.choice(dealt(["Jansen", "Peeters", "Dubois", "Smith"])) + str(rng.randint(1, 2024)) + "!",
                       rchars(rng, LO, 4) + "-" + rchars(rng, LO, 4) + "-" + rchars(rng, LO, 4) + "-" + digits(rng, 2)])


def gen_api_key(rng, loc, sub=None):
    k = rng.choice(["stripe", "stripe", "aws", "google", "sendgrid", "mailgun", "generic", "aws_secret"])
    if k == "stripe":
        return rng.choice(["sk_live_", "sk_test_", "rk_live_"]) + rchars(rng, ALNUM, 24)
    if k == "aws":
        return "AKIA" + rchars(rng, UP + DG, 16)
    if k == "aws_secret":
        return rchars(rng, ALNUM + "/+", 40)
    if k == "google":
        return "AIza" + rchars(rng, ALNUM + "-_", 35)
    if k == "sendgrid":
        return "SG." + rchars(rng, ALNUM, 22) + "." + rchars(rng, ALNUM, 43)
    if k == "mailgun":
        return "key-" + rchars(rng, "0123456789abcdef", 32)
    return rchars(rng, "0123456789abcdef", 32)


def gen_token(rng, loc, sub=None):
    k = rng.choice(["jwt", "hex", "ghp", "ya29", "hex", "opaque"])
    if k == "jwt":
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + rchars(rng, ALNUM + "_-", rng.randint(30, 60)) + "." + rchars(rng, ALNUM + "_-", 43)
    if k == "hex":
        return rchars(rng, "0123456789abcdef", rng.choice([32, 40, 64]))
    if k == "ghp":
        return "ghp_" + rchars(rng, ALNUM, 36)
    if k == "ya29":
        return "ya29." + rchars(rng, ALNUM + "_-", 60)
    return rchars(rng, ALNUM, 28) + "==" if rng.random() < .5 else rchars(rng, ALNUM, 40)


def gen_ip_address(rng, loc, sub=None):
    if rng.random() < .15:
        return "2a02:" + ":".join(rchars(rng, "0123456789abcdef", 4) for _ in range(3)) + "::" + rchars(rng, "0123456789abcdef", 3)
    a = rng.choice([31, 37, 62, 77, 81, 84, 85, 86, 89, 94, 145, 178, 185, 213, 217, 82, 109, 91])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def gen_customer_number(rng, loc, sub=None):
    s = sub or "generic"
    if s == "ff":
        return rng.choice([digits(rng, 10, True), f"{digits(rng, 4, True)} {digits(rng, 3)} {digits(rng, 3)}", digits(rng, 8, True),
                           f"{digits(rng, 3, True)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}", rchars(rng, UP, 1) + digits(rng, 2) + rchars(rng, UP, 2) + digits(rng, 2),
                           "EK " + digits(rng, 9, True), digits(rng, 9, True)])
    if s == "passport":
        if loc == "nl":
            return rchars(rng, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rchars(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + digits(rng, 1)
        if loc in ("nl-be", "fr-be"):
            return rchars(rng, UP, 2) + digits(rng, 6)
        if loc == "en-gb":
            return digits(rng, 9, True)
        return rchars(rng, UP, 1) + digits(rng, 8)
    if s == "idcard":
        return f"{digits(rng, 3, True)}-{digits(rng, 7)}-{digits(rng, 2)}"
    if s == "gym":
        return rng.choice([digits(rng, 8), "BF" + digits(rng, 8), f"M-{digits(rng, 6)}", f"{digits(rng, 4, True)}-{digits(rng, 4)}",
                           "SC" + digits(rng, 7), digits(rng, 10, True), f"LID{digits(rng, 6)}"])
    if s == "badge":
        return rng.choice(["".join(rng.choice("0123456789ABCDEF") for _ in range(8)), digits(rng, 6, True), f"{digits(rng, 3)}-{digits(rng, 5)}",
                           "0" + digits(rng, 9)])
    if s == "mandate":
        return rng.choice([f"{rchars(rng, UP, 3)}-{rng.randint(2019, 2025)}-{digits(rng, 7)}", f"{rchars(rng, UP, 2)}{digits(rng, 9)}", f"MNDT{digits(rng, 8)}"])
    if s == "policy":
        return rng.choice([f"{digits(rng, 1, True)}.{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}", f"TRV-{digits(rng, 8)}", f"{digits(rng, 2, True)}/{digits(rng, 7)}"])
    return rng.choice([digits(rng, 8, True), f"{digits(rng, 4, True)}-{digits(rng, 4)}-{digits(rng, 2)}", f"C{digits(rng, 9)}", digits(rng, 7, True),
                       f"{rchars(rng, UP, 2)}-{digits(rng, 7)}", f"{digits(rng, 3, True)} {digits(rng, 3)} {digits(rng, 3)}"])


SPAN_GEN = {k[4:]: v for k, v in globals().items() if k.startswith("gen_")}
SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
              "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"]
assert set(SPAN_TYPES) <= set(SPAN_GEN), set(SPAN_TYPES) - set(SPAN_GEN)


# ---------------------------------------------------------------- negatives
def n_date(rng, loc, sub=None):
    return _date(rng, loc, rng.choice([2025, 2026, 2026]), rng.randint(1, 12), rng.randint(1, 28))


def n_time(rng, loc, sub=None):
    h, m = rng.randint(5, 23), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])
    if loc == "en-us":
        return rng.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}:{m:02d}{'PM' if h >= 12 else 'AM'}"])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h}.{m:02d}u" if loc.startswith("nl") else f"{h}h{m:02d}" if loc == "fr-be" else f"{h:02d}:{m:02d}"])


def n_amount(rng, loc, sub=None):
    e, c = rng.randint(3, 1400), rng.randint(0, 99)
    if loc in ("en-gb",):
        return rng.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}"])
    if loc == "en-us":
        return rng.choice([f"${e}.{c:02d}", f"${e}", f"USD {e}.{c:02d}"])
    if loc == "fr-be":
        return rng.choice([f"{e},{c:02d} €", f"{e} EUR", f"€{e},{c:02d}", f"{e}€"])
    return rng.choice([f"€ {e},{c:02d}", f"€{e},-", f"{e},{c:02d} euro", f"EUR {e},{c:02d}", f"€{e}"])


def n_quantity(rng, loc, sub=None):
    f = fam(loc)
    if sub == "dur":
        u = rng.choice([("uur", "heures", "hours"), ("dagen", "jours", "days"), ("weken", "semaines", "weeks"), ("minuten", "minutes", "minutes"), ("maanden", "mois", "months")])
        return f"{rng.randint(2, 11)} " + u[{"nl": 0, "fr": 1, "en": 2}[f]]
    if sub == "times":
        return f"{rng.randint(3, 12)} " + {"nl": "keer", "fr": "fois", "en": "times"}[f]
    if sub == "ppl":
        n = rng.randint(2, 6)
        return rng.choice([f"{n} " + {"nl": "kinderen", "fr": "enfants", "en": "kids"}[f], f"{n} " + {"nl": "personen", "fr": "personnes", "en": "people"}[f]])
    return rng.choice([f"{rng.randint(2, 6)}x", f"{rng.randint(15, 32)} kg", f"{rng.randint(2, 5)} " + {"nl": "koffers", "fr": "valises", "en": "bags"}[f],
                       f"{rng.randint(2, 40)} " + {"nl": "maaltijden", "fr": "repas", "en": "meals"}[f], f"{rng.randint(5, 25)} km", f"{rng.randint(2, 12)} " + {"nl": "lessen", "fr": "séances", "en": "classes"}[f]])


def n_percentage(rng, loc, sub=None):
    p = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5])
    return rng.choice([f"{p}%", f"{p} %", f"{p} procent" if loc.startswith("nl") else f"{p}%"]).replace(".", "," if loc != "en-gb" and loc != "en-us" else ".")


def n_year(rng, loc, sub=None):
    return str(rng.choice([2019, 2021, 2022, 2023, 2024, 2025, 2026]))


def n_order_number(rng, loc, sub=None):
    if sub == "pnr":
        return rchars(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)
    if sub == "eticket":
        return rng.choice([f"074-{digits(rng, 10)}", f"125 {digits(rng, 10)}", f"0822{digits(rng, 9)}"])
    return rng.choice([f"#{digits(rng, 9)}", f"{rng.randint(2024, 2026)}-{digits(rng, 6)}", f"TB-{digits(rng, 4)}-{digits(rng, 4)}",
                       rchars(rng, UP, 4) + digits(rng, 4), f"ORD{digits(rng, 8)}", f"#{rchars(rng, UP + DG, 8)}", digits(rng, 11)])


def n_ticket_number(rng, loc, sub=None):
    if sub == "pir":
        return rchars(rng, UP, 3) + rchars(rng, UP, 2) + digits(rng, 5)
    return rng.choice([f"#{digits(rng, 7)}", f"CS-{digits(rng, 7)}", f"{digits(rng, 4)}-{digits(rng, 4)}", f"CAS-{digits(rng, 5)}-{rchars(rng, UP, 2)}{digits(rng, 2)}",
                       f"{rng.randint(2025, 2026)}/{digits(rng, 6)}", f"KL{digits(rng, 8)}", f"INC{digits(rng, 7)}"])


def n_invoice_number(rng, loc, sub=None):
    return rng.choice([f"F{rng.randint(2024, 2026)}-{digits(rng, 5)}", f"INV-{rng.randint(2024, 2026)}-{digits(rng, 4)}", f"{rng.randint(2024, 2026)}/{digits(rng, 4)}",
                       f"FA{digits(rng, 8)}", f"{digits(rng, 10)}"])


def n_tracking_number(rng, loc, sub=None):
    if sub == "bag":
        return rng.choice([f"KL{digits(rng, 6)}", f"0074 KL {digits(rng, 6)}", f"SN {digits(rng, 6)}", f"BA{digits(rng, 6)}", f"0{digits(rng, 9)}"])
    return rng.choice(["3S" + rchars(rng, UP, 4) + digits(rng, 9), "1Z" + rchars(rng, UP + DG, 16), "JVGL" + digits(rng, 16),
                       "CD" + digits(rng, 9) + "BE", f"{digits(rng, 12)}"])


def n_request_id(rng, loc, sub=None):
    h = "0123456789abcdef"
    return rng.choice(["-".join(rchars(rng, h, n) for n in (8, 4, 4, 4, 12)), "req_" + rchars(rng, ALNUM, 14), rchars(rng, h, 16).upper()])


def n_error_code(rng, loc, sub=None):
    return rng.choice([f"E{rng.randint(100, 9999)}", f"ERR-{rng.randint(100, 999)}", f"0x{rchars(rng, '0123456789ABCDEF', 8)}", f"HTTP {rng.choice([400, 401, 403, 404, 500, 502, 503])}",
                       rng.choice(["ERR_CONNECTION_RESET", "PAYMENT_DECLINED", "AUTH_TIMEOUT", "E_CARD_REFUSED"]), f"{rng.choice(['PAY', 'CHK', 'BKG'])}-{rng.randint(10, 99)}"])


def n_version_string(rng, loc, sub=None):
    return rng.choice([f"{rng.randint(2, 14)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(11, 15)}", f"{rng.randint(3, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} (build {rng.randint(1000, 9999)})"])


def n_model_number(rng, loc, sub=None):
    return rng.choice([f"SM-A{rng.randint(100, 599)}B", f"SM-S9{rng.randint(10, 28)}B", f"A{rng.randint(2100, 3100)}", f"Forerunner {rng.choice([55, 165, 255, 265, 965])}",
                       f"Pixel {rng.randint(6, 9)}a", f"KX-{rchars(rng, UP, 3)}{rng.randint(100, 999)}", f"Galaxy Watch{rng.randint(4, 7)}", f"CPH{rng.randint(2100, 2600)}"])


def n_product_code(rng, loc, sub=None):
    if sub == "promo":
        return rng.choice(["WELKOM", "BIENVENUE", "WELCOME", "ZOMER", "SPRING", "GYM", "FRESH", "SUMMER"]) + str(rng.choice([10, 15, 20, 25, 50]))
    return rng.choice([f"{rchars(rng, UP, 2)}-{rchars(rng, UP, 3)}-{rng.randint(1, 9)}P", f"SKU {digits(rng, 7)}", f"art. {digits(rng, 6)}", f"{rchars(rng, UP, 3)}{digits(rng, 4)}"])


def n_flight_number(rng, loc, sub=None):
    c = rng.choice(["KL", "HV", "FR", "SN", "BA", "U2", "TB", "LH", "AF", "UA", "DL", "W6", "TO", "VY", "EK"])
    return f"{c}{rng.choice(['', ' '])}{rng.randint(10, 8999)}"


CO_PHONES = {"nl": ["020 649 9123", "0900-0123", "088-1234500", "0800-0235", "020 204 0000", "088 112 2333", "0900 1432"],
             "nl-be": ["078 15 15 15", "02 723 23 45", "070 22 00 00", "078/35.35.35", "03 222 11 00", "0800 12 800"],
             "fr-be": ["078 15 15 15", "02 723 23 45", "070 22 00 00", "02/528.28.28", "0800 14 142", "081 24 44 00"],
             "en-gb": ["0344 800 2400", "0800 123 4567", "0330 123 4567", "0345 222 1111", "0371 789 1234", "0800 028 6000"],
             "en-us": ["1-800-225-5288", "(800) 433-7300", "1-888-555-0199", "1-877-228-1327", "(866) 555-0147", "1-800-864-8331"]}


def n_company_phone(rng, loc, sub=None):
    return rng.choice(CO_PHONES[loc])


def n_company_registration(rng, loc, sub=None):
    if loc == "nl":
        return rng.choice([f"{digits(rng, 8, True)}", f"NL{digits(rng, 9)}B01"])
    if loc in ("nl-be", "fr-be"):
        n = "0" + digits(rng, 3, True)
        return rng.choice([f"{n}.{digits(rng, 3)}.{digits(rng, 3)}", f"BE {n}.{digits(rng, 3)}.{digits(rng, 3)}", f"BE{n}{digits(rng, 6)}"])
    if loc == "en-gb":
        return rng.choice([f"{digits(rng, 8)}", f"GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"])
    return rng.choice([f"{digits(rng, 2)}-{digits(rng, 7)}"])


def n_masked_value(rng, loc, sub=None):
    return rng.choice([f"****{digits(rng, 4)}", f"**** **** **** {digits(rng, 4)}", f"NL** **** **** {digits(rng, 4)} {digits(rng, 2)}", f"BE** **** **** {digits(rng, 2)}{digits(rng, 2)}",
                       f"{rng.choice(FIRST)[0]}***@gmail.com", f"06-****{digits(rng, 4)}", f"+32 4** ** ** {digits(rng, 2)}", f"XXXX-XXXX-XXXX-{digits(rng, 4)}",
                       f"•••• {digits(rng, 4)}", f"*******{digits(rng, 3)}", f"{rng.choice(FIRST)[:2]}*****@{rng.choice(['hotmail.com', 'telenet.be', 'yahoo.co.uk'])}"])


def n_meter_reading(rng, loc, sub=None):
    return rng.choice([f"{digits(rng, 5, True)} kWh", f"{rng.randint(100, 9999)},{rng.randint(0, 9)} m³", f"{digits(rng, 6)}"])


def n_port(rng, loc, sub=None):
    return str(rng.choice([443, 8080, 8443, 3389, 1194, 51820, 5060, 22]))


def n_checksum(rng, loc, sub=None):
    return rchars(rng, "0123456789abcdef", rng.choice([32, 40, 64]))


NEG_GEN = {k[2:]: v for k, v in globals().items() if k.startswith("n_")}
NEG_KINDS = ["date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
             "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
             "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value", "meter_reading", "port", "checksum"]
