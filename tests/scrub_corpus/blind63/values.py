"""Value generators for the blind63 corpus (standard library only).

Every generator takes (rng, lang, variant) and returns a string. Labelled values never carry
leading/trailing white space; validity (Luhn, mod-97, 11-proof, RRN check) is built in.
"""
import string

HALF = [0]


def deal(lst):
    return lst[HALF[0]::2]


def pick(rng, lst):
    return rng.choice(deal(lst))


DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def nz_digits(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


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
    s = "".join(iban.replace("-", " ").split()).upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


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


# ---------------------------------------------------------------- cards
def _luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, lang, variant=None):
    kind = variant or rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", " ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    if kind == "mc":
        pre = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2301"])
    elif kind == "maestro":
        pre = rng.choice(["6759", "6761", "5018"])
    else:
        pre = "4"
    n = _luhn_complete(pre, 16, rng)
    style = rng.choice(["sp", "sp", "sp", "dash", "none", "dot", "2sp"])
    g = [n[i:i + 4] for i in range(0, 16, 4)]
    if style == "sp":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "dot":
        return ".".join(g)
    if style == "2sp":
        return "  ".join(g)
    return n


def cvv(rng, lang, variant=None):
    return digits(rng, 4 if variant == "amex" else 3)


def card_expiry(rng, lang, variant=None):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


# ---------------------------------------------------------------- IBAN
def _iban_from_bban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"]
GB_BANKS = ["BARC", "LOYD", "NWBK", "HBUK", "MONZ", "REVO", "SRLG"]


def iban_plain(rng, cc):
    if cc == "NL":
        return _iban_from_bban("NL", rng.choice(NL_BANKS) + digits(rng, 10))
    if cc == "BE":
        first = digits(rng, 10)
        k = int(first) % 97 or 97
        return _iban_from_bban("BE", first + f"{k:02d}")
    if cc == "DE":
        return _iban_from_bban("DE", digits(rng, 18))
    if cc == "FR":
        bank, branch, acct = nz_digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return _iban_from_bban("FR", bank + branch + acct + f"{key:02d}")
    if cc == "LT":
        return _iban_from_bban("LT", "32500" + digits(rng, 11))
    if cc == "LU":
        return _iban_from_bban("LU", digits(rng, 3) + digits(rng, 13))
    if cc == "GB":
        return _iban_from_bban("GB", rng.choice(GB_BANKS) + digits(rng, 14))
    if cc == "IE":
        return _iban_from_bban("IE", "AIBK" + digits(rng, 14))
    raise ValueError(cc)


def iban(rng, lang, variant=None):
    if variant:
        cc = variant.upper()
    else:
        home = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[lang]
        cc = rng.choice([home, home, home, "NL", "BE", "DE", "LT", "FR", "LU", "IE"])
    s = iban_plain(rng, cc)
    style = rng.random()
    if style < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    elif style < 0.6:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4)).lower()
    elif style < 0.68:
        s = s.lower()
    elif style < 0.73:
        s = "-".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------- national numbers
def bsn_plain(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            d.append(s)
            return "".join(map(str, d))


def rrn_plain(rng):
    y = rng.randint(1950, 2006)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
    return base + f"{chk:02d}"


def bsn(rng, lang, variant=None):
    kind = variant or ("rrn" if lang in ("nl-be", "fr-be") and rng.random() < 0.8 else "bsn")
    if kind == "rrn":
        r = rrn_plain(rng)
        st = rng.choice(["dots", "dots", "plain", "space", "dash"])
        if st == "dots":
            return f"{r[:2]}.{r[2:4]}.{r[4:6]}-{r[6:9]}.{r[9:]}"
        if st == "space":
            return f"{r[:6]} {r[6:9]} {r[9:]}"
        if st == "dash":
            return f"{r[:6]}-{r[6:9]}-{r[9:]}"
        return r
    b = bsn_plain(rng)
    st = rng.choice(["plain", "plain", "dots", "space", "space2"])
    if st == "dots":
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if st == "space":
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    if st == "space2":
        return f"{b[:4]} {b[4:6]} {b[6:]}"
    return b


# ---------------------------------------------------------------- phones
def phone(rng, lang, variant=None):
    v = variant or {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]
    if v == "nl":
        a = digits(rng, 8)
        return rng.choice([
            f"06{a}", f"06-{a}", f"06 {a[:4]} {a[4:]}", f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
            f"+31 6 {a}", f"+316{a}", f"+31 (0)6 {a[:4]} {a[4:]}", f"0031 6 {a}", f"(06) {a[:3]} {a[3:6]} {a[6:]}",
            f"0{rng.choice(['20', '10', '30', '70', '40', '50'])}-{digits(rng, 7)}",
            f"0{rng.choice(['20', '10', '30'])} {digits(rng, 3)} {digits(rng, 4)}",
            f"0{rng.choice(['475', '229', '318', '546'])}-{digits(rng, 6)}"])
    if v == "be":
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "496", "497", "499"])
        a = digits(rng, 6)
        return rng.choice([
            f"0{p} {a[:2]} {a[2:4]} {a[4:]}", f"0{p}/{a[:2]}.{a[2:4]}.{a[4:]}", f"0{p}{a}", f"+32 {p} {a[:2]} {a[2:4]} {a[4:]}",
            f"+32{p}{a}", f"0032 {p} {a[:3]} {a[3:]}", f"0{p}/{a}", f"0{p}.{a[:2]}.{a[2:4]}.{a[4:]}",
            f"02 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"09/{digits(rng, 3)}.{digits(rng, 2)}.{digits(rng, 2)}",
            f"+32 (0){p} {a}"])
    if v == "uk":
        a = digits(rng, 6)
        p = rng.choice(["7700", "7911", "7456", "7387", "7825", "7540"])
        return rng.choice([
            f"0{p} {a}", f"0{p}{a}", f"+44 {p} {a}", f"+44 (0){p} {a}", f"+44{p}{a}", f"0{p} {a[:3]} {a[3:]}",
            f"020 {digits(rng, 4)} {digits(rng, 4)}", f"0161 {digits(rng, 3)} {digits(rng, 4)}", f"0044 {p} {a}"])
    if v == "us":
        ac = rng.choice(["212", "312", "415", "646", "617", "503", "206", "773", "512", "919"])
        x = f"555-{rng.randint(100, 199):04d}" if rng.random() < 0.3 else f"{rng.randint(201, 989)}-{digits(rng, 4)}"
        a, b = x.split("-")
        return rng.choice([
            f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac} {a} {b}", f"+1 ({ac}) {a}-{b}",
            f"1-{ac}-{a}-{b}", f"{ac}{a}{b}", f"+1{ac}{a}{b}", f"{ac} {a} {b}"])
    if v == "de":
        return rng.choice([f"+49 151 {digits(rng, 8)}", f"0176 {digits(rng, 8)}", f"+49 (0)170 {digits(rng, 7)}"])
    if v == "fr":
        return rng.choice([f"06 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", f"+33 6 {digits(rng, 8)}"])
    raise ValueError(v)


def phone_words(rng, lang, variant=None):
    words = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
             "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
             "en": "zero one two three four five six seven eight nine".split()}
    fam = "fr" if lang == "fr-be" else ("nl" if lang.startswith("nl") else "en")
    d = ("06" if lang == "nl" else "04" + rng.choice("789")) + digits(rng, 8 if lang == "nl" else 7)
    if fam == "en":
        d = "07" + digits(rng, 9)
    return " ".join(words[fam][int(c)] for c in d)


# ---------------------------------------------------------------- e-mail, usernames, secrets
FIRST = ["jan", "sanne", "mo", "lotte", "kevin", "fatima", "thomas", "ines", "bram", "julie", "noah", "emma",
         "pieter", "chloe", "sam", "lucas", "mila", "yusuf", "anouk", "dylan", "olivia", "ryan", "marie", "joris"]
LAST = ["devries", "jansen", "peeters", "dubois", "smith", "bakker", "claes", "el.amrani", "wouters", "martin",
        "obrien", "visser", "maes", "lambert", "nguyen", "dekker", "janssens", "johnson", "mulder", "lefevre"]
DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "telenet.be", "skynet.be",
           "proximus.be", "yahoo.fr", "icloud.com", "hotmail.co.uk", "btinternet.com", "yahoo.com", "protonmail.com",
           "gmx.de", "xs4all.nl", "planet.nl", "outlook.be", "me.com"]


def email(rng, lang, variant=None):
    f, l = pick(rng, FIRST), pick(rng, LAST)
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}{f[0]}",
                        f"{f}{rng.randint(70, 2005)}", f"{f}.{l}+{rng.choice(['crypto', 'kyc', 'bank', 'bets'])}"])
    s = f"{local}@{pick(rng, DOMAINS)}"
    if rng.random() < 0.08:
        s = s.capitalize()
    return s


def username(rng, lang, variant=None):
    f, l = pick(rng, FIRST), pick(rng, LAST).replace(".", "")
    return rng.choice([f"{f}{l}", f"{f}_{rng.randint(1, 999)}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{l}.{f}",
                       f"{f.capitalize()}{l.capitalize()}{rng.randint(80, 99)}", f"x{f}x", f"{f}-{l}",
                       f"{rng.choice(['hodl', 'satoshi', 'moon', 'lucky', 'gokker', 'trader'])}{f}{rng.randint(1, 99)}"])


def password(rng, lang, variant=None):
    words = ["Zomer", "Voetbal", "Soleil", "Sunshine", "Bitcoin", "Welkom", "Bonjour", "Kaasje", "Dragon", "Amsterdam",
             "Brugge", "Liverpool", "Hodl", "Maman", "Poesje", "Tijger", "Winter", "Chelsea", "Moneymaker"]
    w = rng.choice(words)
    return rng.choice([
        f"{w}{rng.randint(1, 2025)}!", f"{w.lower()}{rng.randint(10, 99)}", f"{w}#{digits(rng, 2)}{rng.choice(UP)}",
        "".join(rng.choice(UP + LOW + DIG + "!?#$%&") for _ in range(rng.randint(10, 16))),
        f"{w}_{rng.choice(words).lower()}{rng.randint(1, 9)}", f"{w[0].lower()}{w[1:]}@{rng.randint(1980, 2010)}",
        f"{rng.choice(words)}-{rng.choice(words)}-{digits(rng, 3)}", f"{w}{w[::-1].lower()}{rng.randint(1, 99)}"])


def pin(rng, lang, variant=None):
    return digits(rng, int(variant) if variant else rng.choice([4, 4, 4, 5, 6]))


def puk(rng, lang, variant=None):
    p = digits(rng, 8)
    return rng.choice([p, p, f"{p[:4]} {p[4:]}"])


def otp(rng, lang, variant=None):
    if variant == "words":
        w = {"nl": "nul een twee drie vier vijf zes zeven acht negen", "fr": "zéro un deux trois quatre cinq six sept huit neuf",
             "en": "zero one two three four five six seven eight nine"}
        fam = "fr" if lang == "fr-be" else ("nl" if lang.startswith("nl") else "en")
        return " ".join(w[fam].split()[int(c)] for c in digits(rng, 6))
    c = digits(rng, rng.choice([6, 6, 6, 4, 5, 8]))
    st = rng.random()
    if len(c) == 6 and st < 0.25:
        return f"{c[:3]} {c[3:]}"
    if len(c) == 6 and st < 0.32:
        return f"{c[:3]}-{c[3:]}"
    if st > 0.93:
        return "G-" + digits(rng, 6)
    return c


def wifi_key(rng, lang, variant=None):
    return rng.choice([
        "".join(rng.choice(UP + DIG) for _ in range(rng.randint(10, 16))),
        "".join(rng.choice(LOW + DIG) for _ in range(12)),
        f"{rng.choice(['Thuis', 'Maison', 'Home', 'Kasteel'])}{rng.randint(1000, 9999)}{rng.choice('!#?')}",
        "-".join("".join(rng.choice(LOW) for _ in range(4)) for _ in range(3))])


def api_key(rng, lang, variant=None):
    hexs = "0123456789abcdef"
    an = UP + LOW + DIG
    kind = variant or rng.choice(["hex64", "an64", "aws_id", "aws_secret", "stripe", "b64", "ghp", "pk"])
    if kind == "hex64":
        return "".join(rng.choice(hexs) for _ in range(64))
    if kind == "an64":
        return "".join(rng.choice(an) for _ in range(64))
    if kind == "aws_id":
        return "AKIA" + "".join(rng.choice(UP + "234567") for _ in range(16))
    if kind == "aws_secret":
        return "".join(rng.choice(an + "/+") for _ in range(40))
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + "".join(rng.choice(an) for _ in range(24))
    if kind == "b64":
        return "".join(rng.choice(an + "+/") for _ in range(56)) + "=="
    if kind == "ghp":
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    return "pk_" + "".join(rng.choice(LOW + DIG) for _ in range(32))


def token(rng, lang, variant=None):
    an = UP + LOW + DIG
    kind = variant or rng.choice(["jwt", "hex", "sess", "b64u", "hex"])
    if kind == "jwt":
        def seg(n):
            return "".join(rng.choice(an + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + seg(rng.randint(40, 70)) + "." + seg(43)
    if kind == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 48])))
    if kind == "sess":
        return rng.choice(["sess_", "st_", "kyc_"]) + "".join(rng.choice(an) for _ in range(28))
    return "".join(rng.choice(an + "-_") for _ in range(rng.randint(30, 44)))


def ip_address(rng, lang, variant=None):
    if variant == "v6" or rng.random() < 0.15:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([3, 7])))
    return f"{rng.choice([31, 62, 77, 81, 84, 145, 178, 185, 188, 212, 217, 94])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- dates of birth
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fam(lang):
    return "fr" if lang == "fr-be" else ("nl" if lang.startswith("nl") else "en")


def date_of_birth(rng, lang, variant=None):
    y, m, d = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(lang)
    mon = MONTHS[f][m - 1]
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{mon[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}"]
    elif f == "en":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
    elif f == "nl":
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}"]
    else:
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{'1er' if d == 1 else d} {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}"]
    return rng.choice(opts)


# ---------------------------------------------------------------- addresses
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Laan van Meerdervoort", "Prinsengracht", "Molenweg", "Stationsplein",
              "Jan van Galenstraat", "Burgemeester de Withstraat", "Hoofdweg", "Vondellaan", "Zeestraat", "Lindenlaan",
              "Oudegracht", "Marktstraat", "Schoolstraat", "Kastanjelaan"]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Tilburg", "Almere",
             "Leiden", "Nijmegen", "Breda", "Haarlem", "Apeldoorn", "Enschede", "Delft"]
BE_NL_STREETS = ["Meir", "Kortrijksesteenweg", "Diestsestraat", "Veldstraat", "Grote Markt", "Mechelsesteenweg",
                 "Bredabaan", "Lange Kievitstraat", "Stationsstraat", "Koning Albertlaan", "Brugsesteenweg", "Tiensestraat"]
BE_NL_CITIES = [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"),
                ("3500", "Hasselt"), ("8500", "Kortrijk"), ("2170", "Merksem"), ("9100", "Sint-Niklaas"), ("1800", "Vilvoorde")]
BE_FR_STREETS = ["Rue de la Loi", "Avenue Louise", "Chaussée de Waterloo", "Rue Neuve", "Boulevard d'Avroy",
                 "Rue des Carmes", "Place Saint-Lambert", "Rue de Namur", "Chaussée de Gand", "Avenue de Tervueren",
                 "Rue du Pont", "Rue Haute"]
BE_FR_CITIES = [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"),
                ("1348", "Louvain-la-Neuve"), ("1080", "Molenbeek-Saint-Jean"), ("1300", "Wavre"), ("4800", "Verviers"),
                ("1050", "Ixelles")]
UK_STREETS = ["Albert Road", "Station Road", "High Street", "Victoria Avenue", "Church Lane", "Kingsway", "Mill Lane",
              "Queen's Drive", "Park View", "Elm Grove"]
UK_CITIES = [("London", "N4 3RP"), ("Leeds", "LS6 2QT"), ("Manchester", "M14 5LD"), ("Bristol", "BS3 4HG"),
             ("Glasgow", "G12 8QQ"), ("Brighton", "BN1 6AB"), ("Cardiff", "CF24 3DP"), ("Sheffield", "S10 2GD")]
US_STREETS = ["Elm Street", "Maple Avenue", "Oak Drive", "Washington Blvd", "Lakeview Terrace", "Pine St", "Sunset Blvd",
              "Cedar Lane", "Main St", "Highland Ave"]
US_CITIES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Portland", "OR", "97214"),
             ("Brooklyn", "NY", "11215"), ("Chicago", "IL", "60614"), ("Seattle", "WA", "98103"),
             ("Denver", "CO", "80205"), ("Somerville", "MA", "02143")]


def nl_postcode(rng):
    return f"{rng.randint(1011, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"


def address(rng, lang, variant=None):
    v = variant or {"nl": "nl", "nl-be": "benl", "fr-be": "befr", "en-gb": "uk", "en-us": "us"}[lang]
    if v == "nl":
        st, nr = pick(rng, NL_STREETS), rng.randint(1, 240)
        nr = rng.choice([str(nr), f"{nr}a", f"{nr}-B", f"{nr} II", f"{nr}-3hg", f"{nr}H"])
        pc, city = nl_postcode(rng), pick(rng, NL_CITIES)
        return rng.choice([f"{st} {nr}, {pc} {city}", f"{st} {nr} {pc} {city}", f"{st} {nr}, {pc.replace(' ', '')} {city.upper()}",
                           f"{st} {nr}", f"{st.lower()} {nr} {city.lower()}", f"{st} {nr}, {city}"])
    if v == "benl":
        st, nr = pick(rng, BE_NL_STREETS), rng.randint(1, 300)
        pc, city = pick(rng, BE_NL_CITIES)
        nr = rng.choice([str(nr), f"{nr} bus 3", f"{nr}/0201", f"{nr}B", f"{nr} bus 12"])
        return rng.choice([f"{st} {nr}, {pc} {city}", f"{st} {nr} {pc} {city}", f"{st} {nr}", f"{st} {nr}, B-{pc} {city}"])
    if v == "befr":
        st, nr = pick(rng, BE_FR_STREETS), rng.randint(1, 300)
        pc, city = pick(rng, BE_FR_CITIES)
        nr = rng.choice([str(nr), f"{nr} boîte 4", f"{nr}/b2", f"{nr}A", f"{nr} bte 11"])
        return rng.choice([f"{st} {nr}, {pc} {city}", f"{st} {nr} {pc} {city}", f"{nr} {st}, {pc} {city}", f"{st} {nr}"])
    if v == "uk":
        st, nr = pick(rng, UK_STREETS), rng.randint(1, 180)
        city, pc = pick(rng, UK_CITIES)
        return rng.choice([f"{nr} {st}, {city} {pc}", f"Flat {rng.randint(1, 12)}, {nr} {st}, {city} {pc}", f"{nr} {st}, {pc}",
                           f"{nr} {st}", f"{nr} {st.lower()} {pc.lower()}"])
    if v == "us":
        st, nr = pick(rng, US_STREETS), rng.randint(10, 9800)
        city, state, z = pick(rng, US_CITIES)
        return rng.choice([f"{nr} {st}, {city}, {state} {z}", f"{nr} {st}, Apt {rng.randint(1, 20)}{rng.choice('ABCD')}, {city}, {state} {z}",
                           f"{nr} {st} #{rng.randint(100, 999)}, {city} {state} {z}", f"{nr} {st}"])
    if v == "de":
        return f"{rng.choice(['Hauptstraße', 'Aachener Straße', 'Bergstraße'])} {rng.randint(1, 90)}, {rng.choice(['52062 Aachen', '50667 Köln', '47533 Kleve'])}"
    raise ValueError(v)


# ---------------------------------------------------------------- customer numbers / document numbers
def customer_number(rng, lang, variant=None):
    kind = variant or rng.choice(["num8", "num10", "pref", "dotted", "ean", "num7", "alpha", "member"])
    if kind == "num8":
        return nz_digits(rng, 8)
    if kind == "num10":
        return nz_digits(rng, 10)
    if kind == "num7":
        return nz_digits(rng, 7)
    if kind == "dotted":
        d = nz_digits(rng, 9)
        return f"{d[0]}.{d[1:5]}.{d[5:]}" if rng.random() < 0.5 else f"{d[:3]}.{d[3:6]}.{d[6:]}"
    if kind == "ean":
        return "8716" + digits(rng, 14) if lang.startswith("nl") or lang.startswith("en") else "5414" + digits(rng, 14)
    if kind == "pref":
        return rng.choice(["CUS", "KL", "CB", "ACC", "U", "MBR", "CL", "SUB"]) + rng.choice(["-", "", "_"]) + nz_digits(rng, rng.choice([6, 7, 8]))
    if kind == "alpha":
        return "".join(rng.choice(UP) for _ in range(2)) + digits(rng, 6) + rng.choice(UP)
    if kind == "member":
        return f"{nz_digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    if kind == "docnl":  # Dutch passport / ID card document number
        letters = "ABCDEFGHIJKLNPRSTUVWXYZ"
        return "".join(rng.choice(letters) for _ in range(2)) + "".join(rng.choice(letters + "123456789") for _ in range(6)) + rng.choice("123456789")
    if kind == "docbe":  # Belgian eID card number 000-0000000-00
        d = digits(rng, 10)
        k = int(d) % 97 or 97
        return f"{d[:3]}-{d[3:]}-{k:02d}"
    if kind == "docuk":
        return nz_digits(rng, 9)
    if kind == "uid":
        return str(rng.randint(10_000_000, 999_999_999))
    raise ValueError(kind)


def cvv_amex(rng, lang, variant=None):
    return digits(rng, 4)


GEN = {
    "card": card, "cvv": cvv, "card_expiry": card_expiry, "iban": iban, "bsn": bsn, "phone": phone,
    "email": email, "username": username, "password": password, "pin": pin, "puk": puk, "otp": otp,
    "wifi_key": wifi_key, "api_key": api_key, "token": token, "ip_address": ip_address,
    "date_of_birth": date_of_birth, "address": address, "customer_number": customer_number,
}
# pseudo-types that render with a special generator but are labelled with the real type
ALIAS = {"phonew": ("phone", phone_words)}
