"""Value generators (labelled PII/secrets and hard negatives) for blind87.

Every function takes (rng, lang) and returns a string. Standard library only.
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase


def d(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def nz(rng, n):
    return rng.choice("123456789") + d(rng, n - 1)


def be_lang(lang):
    return lang in ("nl-be", "fr-be")


# ---------------------------------------------------------------- validators
def luhn_ok(num):
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(s)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0 and len(s) >= 12


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(s):
    v = [int(c) for c in s if c.isdigit()]
    if len(v) != 9:
        return False
    tot = sum(x * w for x, w in zip(v[:8], range(9, 1, -1))) - v[8]
    return tot % 11 == 0


def rrn_ok(s):
    v = "".join(c for c in s if c.isdigit())
    if len(v) != 11:
        return False
    base, chk = int(v[:9]), int(v[9:])
    return 97 - base % 97 == chk or 97 - (2000000000 + base) % 97 == chk


# ---------------------------------------------------------------- high risk
def password(rng, lang):
    words = ["Zomer", "Tulp", "Huis", "Sleutel", "Maison", "Soleil", "Garden", "Harbour", "Duinen",
             "Fiets", "Koffie", "Chalet", "Lente", "Winter", "Brugge", "Oak", "Maple", "Pomme"]
    k = rng.randint(0, 5)
    if k == 0:
        return rng.choice(words) + d(rng, rng.choice([2, 4])) + rng.choice("!?#$*")
    if k == 1:
        return "".join(rng.choice(UP + LOW + DIG + "#%&*@") for _ in range(rng.randint(9, 14)))
    if k == 2:
        return rng.choice(words).lower() + rng.choice(["_", ".", ""]) + rng.choice(words) + d(rng, 2)
    if k == 3:
        return rng.choice(LOW) + rng.choice(words) + "@" + d(rng, 4)
    if k == 4:
        return "".join(rng.choice(LOW + DIG) for _ in range(8)) + rng.choice(UP) + rng.choice("!&")
    return rng.choice(words) + "-" + rng.choice(words).lower() + "-" + d(rng, 3)


def pin(rng, lang):
    k = rng.randint(0, 9)
    if k <= 5:
        return d(rng, 4)
    if k == 6:
        return d(rng, 6)
    if k == 7:
        return d(rng, 5)
    if k == 8:
        return d(rng, 4) + "#"
    return rng.choice(["C", "X", "B"]) + d(rng, 4)


def pin_spaced(rng, lang):
    return " ".join(d(rng, 4))


def puk(rng, lang):
    v = d(rng, 8)
    return v if rng.random() < 0.7 else v[:4] + " " + v[4:]


def otp(rng, lang):
    k = rng.randint(0, 5)
    v = d(rng, 6)
    if k == 0:
        return v[:3] + " " + v[3:]
    if k == 1:
        return v[:3] + "-" + v[3:]
    if k == 2:
        return rng.choice(["G-", "A-", "T-"]) + v
    if k == 3:
        return d(rng, 5)
    return v


NUMW = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def otp_words(rng, lang):
    key = "fr" if lang == "fr-be" else ("nl" if lang.startswith("nl") else "en")
    sep = rng.choice([" ", "-", ", "])
    return sep.join(NUMW[key][int(c)] for c in d(rng, 6))


def wifi_key(rng, lang):
    k = rng.randint(0, 4)
    if k == 0:
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([10, 16, 26])))
    if k == 1:
        return rng.choice(["Welkom", "Bienvenue", "Welcome", "Gast", "Guest", "Strand"]) + d(rng, 4) + rng.choice(["!", "", "#"])
    if k == 2:
        return "".join(rng.choice(LOW + DIG) for _ in range(12))
    if k == 3:
        return rng.choice(["zee", "bos", "duin", "mer", "sea", "moor"]) + "-" + rng.choice(["lucht", "zon", "wind", "vent", "rain"]) + "-" + d(rng, 3)
    return "".join(rng.choice(UP + LOW + DIG) for _ in range(rng.randint(12, 20)))


def username(rng, lang):
    f = rng.choice(["jdevries", "m.peeters", "sanne_b", "tvdberg", "lucas.m", "ajanssens", "kwright",
                    "emily.r", "dubois.c", "n.claes", "pbakker", "o.hughes", "jmartin", "fvermeulen"])
    k = rng.randint(0, 3)
    if k == 0:
        return f + d(rng, 2)
    if k == 1:
        return f + "_" + d(rng, 4)
    if k == 2:
        return f.replace(".", "").replace("_", "") + d(rng, 3)
    return f.upper()[:1] + f[1:] + d(rng, 2)


def api_key(rng, lang):
    k = rng.randint(0, 5)
    an = UP + LOW + DIG
    if k == 0:
        return "sk_live_" + "".join(rng.choice(an) for _ in range(24))
    if k == 1:
        return "AKIA" + "".join(rng.choice(UP + DIG) for _ in range(16))
    if k == 2:
        return "".join(rng.choice(an + "/+") for _ in range(40))
    if k == 3:
        return "AIza" + "".join(rng.choice(an + "-_") for _ in range(35))
    if k == 4:
        return "pk_" + rng.choice(["live", "prod"]) + "_" + "".join(rng.choice(LOW + DIG) for _ in range(28))
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def aws_secret(rng, lang):
    return "".join(rng.choice(UP + LOW + DIG + "/+") for _ in range(40))


def token(rng, lang):
    an = UP + LOW + DIG
    k = rng.randint(0, 3)
    if k == 0:
        p = lambda n: "".join(rng.choice(an + "-_") for _ in range(n))
        return "eyJ" + p(30) + "." + "eyJ" + p(40) + "." + p(30)
    if k == 1:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if k == 2:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    return "".join(rng.choice(an) for _ in range(rng.randint(28, 44)))


def _luhn_complete(prefix, length, rng):
    body = prefix + d(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_raw(rng):
    k = rng.randint(0, 5)
    if k <= 2:
        return _luhn_complete("4" + d(rng, 5), 16, rng)
    if k <= 4:
        return _luhn_complete(rng.choice(["51", "52", "53", "54", "55", "22"]) + d(rng, 4), 16, rng)
    return _luhn_complete(rng.choice(["34", "37"]), 15, rng)


def card(rng, lang):
    n = card_raw(rng)
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    sep = rng.choice([" ", " ", "-", "", " "])
    return sep.join(g)


def cvv(rng, lang):
    return d(rng, 3) if rng.random() < 0.9 else d(rng, 4)


def card_expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    k = rng.randint(0, 4)
    if k == 0:
        return "%02d/%02d" % (m, y)
    if k == 1:
        return "%02d/20%02d" % (m, y)
    if k == 2:
        return "%02d-%02d" % (m, y)
    if k == 3:
        return "%d/%02d" % (m, y)
    return "%02d / %02d" % (m, y)


def _iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - n % 97)


def iban_raw(rng, cc):
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + d(rng, 10)
    elif cc == "BE":
        x = nz(rng, 10)
        c = int(x) % 97 or 97
        bban = x + "%02d" % c
    elif cc == "DE":
        bban = d(rng, 18)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(rng, 14)
    elif cc == "LU":
        bban = d(rng, 3) + d(rng, 13)
    else:  # FR
        bban = d(rng, 23)
    return cc + _iban_check(cc, bban) + bban


def iban(rng, lang):
    if lang == "nl":
        cc = rng.choice(["NL"] * 8 + ["BE", "DE"])
    elif be_lang(lang):
        cc = rng.choice(["BE"] * 7 + ["NL", "LU", "FR"])
    elif lang == "en-gb":
        cc = rng.choice(["GB"] * 5 + ["NL", "BE", "DE"])
    else:
        cc = rng.choice(["NL", "BE", "GB", "DE"])
    v = iban_raw(rng, cc)
    k = rng.randint(0, 5)
    if k <= 2:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if k == 5:
        v = v.lower()
    return v


def bsn_raw(rng):
    while True:
        v = [rng.randint(0, 9) for _ in range(8)]
        if v[0] == 0:
            continue
        s = sum(x * w for x, w in zip(v, range(9, 1, -1)))
        last = s % 11
        if last == 10:
            continue
        return "".join(map(str, v)) + str(last)


def bsn(rng, lang):
    v = bsn_raw(rng)
    k = rng.randint(0, 4)
    if k == 0:
        return v[:4] + "." + v[4:6] + "." + v[6:]
    if k == 1:
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return v


def rrn(rng, lang):
    y = rng.randint(0, 99)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = "%02d%02d%02d%03d" % (y, m, dd, seq)
    if y < 20:
        chk = 97 - (2000000000 + int(base)) % 97
    else:
        chk = 97 - int(base) % 97
    s = base + "%02d" % chk
    k = rng.randint(0, 3)
    if k == 0:
        return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    if k == 1:
        return s
    if k == 2:
        return "%s%s%s %s %s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    return "%s.%s.%s %s-%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])


# ---------------------------------------------------------------- other PII
FIRST = ["jan", "sanne", "pieter", "lotte", "koen", "ines", "tom", "emma", "marc", "sophie", "olivia",
         "james", "chloe", "dirk", "amelie", "wout", "fleur", "ryan", "nina", "bram"]
LAST = ["devries", "jansen", "peeters", "claes", "dubois", "smith", "bakker", "wright", "maes",
        "lambert", "vandenberg", "hughes", "mertens", "visser", "garcia", "willems"]


def email(rng, lang):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl"],
           "nl-be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.be", "proximus.be"],
           "fr-be": ["skynet.be", "gmail.com", "voo.be", "hotmail.fr", "outlook.be"],
           "en-gb": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"],
           "en-us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com"]}[lang]
    k = rng.randint(0, 4)
    local = [f + "." + l, f[0] + l, f + l + d(rng, 2), l + "." + f[0], f + "_" + l + d(rng, 4)][k]
    v = local + "@" + rng.choice(dom)
    return v if rng.random() < 0.9 else v.capitalize()


def phone(rng, lang):
    k = rng.randint(0, 5)
    if lang == "nl":
        m = "6" + d(rng, 8)
        return [
            "06-" + m[1:], "06 " + m[1:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:],
            "+31 6 " + m[1:5] + " " + m[5:], "+316" + m[1:], "0031 6 " + m[1:],
            "0" + rng.choice(["20", "10", "30", "70", "50"]) + "-" + d(rng, 7),
        ][k]
    if be_lang(lang):
        m = "4" + rng.choice(["7", "8", "9"]) + d(rng, 7)
        return [
            "0" + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:], "+32 " + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:],
            "0" + m[:3] + "/" + m[3:5] + "." + m[5:7] + "." + m[7:], "0032" + m, "+32" + m,
            "0" + rng.choice(["2", "3", "9"]) + "/" + d(rng, 3) + " " + d(rng, 2) + " " + d(rng, 2),
        ][k]
    if lang == "en-gb":
        m = "7" + d(rng, 9)
        return ["0" + m[:4] + " " + m[4:], "+44 " + m[:4] + " " + m[4:], "+44 (0)" + m[:4] + " " + m[4:7] + " " + m[7:],
                "0" + m, "020 " + d(rng, 4) + " " + d(rng, 4), "0161 " + d(rng, 3) + " " + d(rng, 4)][k]
    a = rng.choice(["415", "312", "646", "503", "617", "206", "512"])
    x = rng.choice(["2", "3", "4", "6", "7", "8"]) + d(rng, 2)
    y = d(rng, 4)
    return ["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "+1 %s %s %s" % (a, x, y), "%s.%s.%s" % (a, x, y),
            "1-%s-%s-%s" % (a, x, y), "+1 (%s) %s-%s" % (a, x, y)][k]


NL_STREETS = ["Keizersgracht", "Dorpsstraat", "Stationsweg", "Kerkstraat", "Parkweg", "Molenlaan", "Zeeweg",
              "Van Goghstraat", "Oude Gracht", "Laan van Meerdervoort", "Hoofdstraat", "Duinweg"]
NL_CITIES = [("1015", "Amsterdam"), ("3511", "Utrecht"), ("2514", "Den Haag"), ("9711", "Groningen"),
             ("2042", "Zandvoort"), ("5611", "Eindhoven"), ("4331", "Middelburg"), ("1781", "Den Helder")]
BE_STREETS = ["Kerkstraat", "Rue de la Loi", "Meir", "Chaussée de Waterloo", "Korenmarkt", "Rue Haute",
              "Zeedijk", "Avenue Louise", "Stationsstraat", "Rue du Marché", "Leopoldlaan", "Place Flagey"]
BE_CITIES = [("1000", "Brussel"), ("2000", "Antwerpen"), ("9000", "Gent"), ("8400", "Oostende"),
             ("4000", "Liège"), ("5000", "Namur"), ("1050", "Ixelles"), ("8000", "Brugge"), ("6000", "Charleroi")]
UK_STREETS = ["Elm Road", "High Street", "Victoria Terrace", "Church Lane", "Marine Parade", "Queen's Drive",
              "Mill Lane", "Albert Street", "Harbour View", "Station Road"]
UK_CITIES = [("London", "SW1A 2AA"), ("Brighton", "BN2 1TW"), ("Leeds", "LS6 3HN"), ("Bristol", "BS8 4QA"),
             ("Manchester", "M14 5RG"), ("York", "YO1 7HH"), ("Cardiff", "CF10 1EP"), ("Edinburgh", "EH3 9QG")]
US_STREETS = ["Oak Street", "Maple Ave", "Lakeshore Dr", "Sunset Blvd", "Pine Street", "Elm Court", "Main St",
              "Harbor Way", "Cedar Lane", "Washington Ave"]
US_CITIES = [("Portland", "OR", "97205"), ("Austin", "TX", "78701"), ("Chicago", "IL", "60614"),
             ("Boston", "MA", "02116"), ("Seattle", "WA", "98109"), ("Miami", "FL", "33139"), ("Denver", "CO", "80203")]


def address(rng, lang):
    k = rng.randint(0, 3)
    if lang == "nl":
        st = rng.choice(NL_STREETS)
        no = str(rng.randint(1, 340)) + rng.choice(["", "", "A", "-2", " hs", "-III", "b"])
        pc, city = rng.choice(NL_CITIES)
        pc = pc + rng.choice(["", " "]) + rng.choice(UP) + rng.choice(UP)
        return [st + " " + no + ", " + pc + " " + city, st + " " + no + " " + pc + " " + city.upper(),
                st + " " + no, st + " " + no + ", " + city][k]
    if be_lang(lang):
        st = rng.choice(BE_STREETS)
        no = str(rng.randint(1, 220)) + rng.choice(["", "", " bus 3", "/2", " boîte 12", "B"])
        pc, city = rng.choice(BE_CITIES)
        return [st + " " + no + ", " + pc + " " + city, st + " " + no + " - " + pc + " " + city,
                st + " " + no, pc + " " + city + ", " + st + " " + no][k]
    if lang == "en-gb":
        st = rng.choice(UK_STREETS)
        no = rng.choice([str(rng.randint(1, 180)), "Flat %d, %d" % (rng.randint(1, 9), rng.randint(2, 90))])
        city, pc = rng.choice(UK_CITIES)
        return [no + " " + st + ", " + city + " " + pc, no + " " + st + ", " + city + ", " + pc,
                no + " " + st, no + " " + st + " " + pc][k]
    st = rng.choice(US_STREETS)
    no = str(rng.randint(10, 9800))
    city, stt, z = rng.choice(US_CITIES)
    apt = rng.choice(["", ", Apt 4B", " #12", ", Unit 7"])
    return [no + " " + st + apt + ", " + city + ", " + stt + " " + z, no + " " + st + apt,
            no + " " + st + " " + city + " " + stt + " " + z, no + " " + st + apt + ", " + city + " " + stt][k]


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def mkey(lang):
    return "fr" if lang == "fr-be" else ("nl" if lang.startswith("nl") else "en")


def _date(rng, lang, y, m, dd):
    k = rng.randint(0, 4)
    mn = MONTHS[mkey(lang)][m - 1]
    if lang == "en-us":
        return ["%02d/%02d/%d" % (m, dd, y), "%s %d, %d" % (mn, dd, y), "%d/%d/%d" % (m, dd, y),
                "%d-%02d-%02d" % (y, m, dd), "%s %d %d" % (mn[:3], dd, y)][k]
    if lang == "en-gb":
        return ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, mn, y), "%d/%d/%02d" % (dd, m, y % 100),
                "%d-%02d-%02d" % (y, m, dd), "%dth %s %d" % (dd, mn[:3], y)][k]
    return ["%02d-%02d-%d" % (dd, m, y), "%d %s %d" % (dd, mn, y), "%02d/%02d/%d" % (dd, m, y),
            "%d.%d.%d" % (dd, m, y), "%d-%d-%02d" % (dd, m, y % 100)][k]


def date_of_birth(rng, lang):
    return _date(rng, lang, rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28))


def customer_number(rng, lang):
    k = rng.randint(0, 9)
    return [
        nz(rng, 8), "KL" + d(rng, 7), "HUUR-" + d(rng, 5), "HYP " + d(rng, 4) + " " + d(rng, 4),
        "871687" + d(rng, 12), "POL-" + d(rng, 6), "T" + d(rng, 6), "M" + d(rng, 3) + "-" + d(rng, 4) + "-" + d(rng, 2),
        d(rng, 3) + "." + d(rng, 3) + "." + d(rng, 3), "LOY" + d(rng, 9),
    ][k]


def ip_address(rng, lang):
    if rng.random() < 0.15:
        return "2a02:a46" + rng.choice("0123456789abcdef") + ":" + "".join(rng.choice("0123456789abcdef") for _ in range(4)) + "::" + str(rng.randint(1, 99))
    return "%d.%d.%d.%d" % (rng.choice([84, 77, 213, 195, 81, 92, 31, 62, 178]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


# ---------------------------------------------------------------- negatives
def n_date(rng, lang):
    return _date(rng, lang, rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28))


def n_time(rng, lang):
    h, m = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 10, 5])
    if lang == "en-us":
        return rng.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, m, "am" if h < 12 else "pm"), "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am")])
    if lang == "fr-be":
        return rng.choice(["%dh%02d" % (h, m), "%d h" % h, "%02d:%02d" % (h, m)])
    return rng.choice(["%02d:%02d" % (h, m), "%d.%02d" % (h, m), "%d:%02d" % (h, m)])


def n_amount(rng, lang):
    v = rng.choice([rng.randint(45, 400), rng.randint(500, 3200), rng.randint(100000, 650000)])
    c = rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice(["£%s.%02d" % (format(v, ","), c), "£%d" % v, "GBP %d" % v])
    if lang == "en-us":
        return rng.choice(["$%s.%02d" % (format(v, ","), c), "$%d" % v, "USD %d" % v])
    s = format(v, ",").replace(",", ".")
    return rng.choice(["€ %s,%02d" % (s, c), "€%s,-" % s, "%s,%02d EUR" % (s, c), "%s euro" % s, "EUR %s" % s])


def n_quantity(rng, lang):
    n = rng.randint(2, 14)
    w = {"nl": ["nachten", "personen", "nachten", "volwassenen"], "fr": ["nuits", "personnes", "nuitées"],
         "en": ["nights", "guests", "nights", "adults"]}[mkey(lang)]
    return "%d %s" % (n, rng.choice(w))


def n_duration(rng, lang):
    n = rng.randint(2, 12)
    w = {"nl": ["weken", "dagen", "werkdagen", "maanden"], "fr": ["semaines", "jours", "jours ouvrables", "mois"],
         "en": ["weeks", "days", "working days", "months"]}[mkey(lang)]
    return "%d %s" % (n, rng.choice(w))


def n_percentage(rng, lang):
    v = rng.randint(1, 6)
    c = rng.randint(0, 99)
    if lang.startswith("en"):
        return "%d.%02d%%" % (v, c)
    return rng.choice(["%d,%02d%%" % (v, c), "%d,%d %%" % (v, c % 10)])


def n_year(rng, lang):
    return str(rng.randint(1998, 2026))


def n_order_number(rng, lang):
    return rng.choice(["BK-" + d(rng, 6), "RES" + d(rng, 7), d(rng, 10), "HB-" + "".join(rng.choice(UP) for _ in range(3)) + d(rng, 4),
                       "#" + d(rng, 7), "ORD-" + d(rng, 5)])


def n_ticket_number(rng, lang):
    return rng.choice(["#" + d(rng, 6), "CS-" + d(rng, 6), "2025-" + d(rng, 5), "ZK" + d(rng, 6), "CASE-" + d(rng, 5),
                       "K" + d(rng, 7), "REF" + d(rng, 6)])


def n_invoice_number(rng, lang):
    return rng.choice(["F2025-" + d(rng, 4), "INV-" + d(rng, 5), "FAC/" + d(rng, 4) + "/" + d(rng, 3), "2025" + d(rng, 5),
                       "NOTA-" + d(rng, 4), "VF" + d(rng, 6)])


def n_tracking_number(rng, lang):
    return rng.choice(["3SABCD" + d(rng, 9), "1Z" + "".join(rng.choice(UP + DIG) for _ in range(16)),
                       "JVGL" + d(rng, 16), "CD" + d(rng, 9) + "BE", "RR" + d(rng, 9) + "GB"])


def n_request_id(rng, lang):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return rng.choice([h(8) + "-" + h(4) + "-" + h(4) + "-" + h(4) + "-" + h(12), "req_" + h(16), "RQ-" + d(rng, 8)])


def n_error_code(rng, lang):
    return rng.choice(["ERR-" + d(rng, 3), "E" + d(rng, 4), "0x8007" + d(rng, 4), "error 5" + d(rng, 2), "AUTH_" + d(rng, 3),
                       "HTTP 40" + rng.choice("134")])


def n_version_string(rng, lang):
    return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 40)),
                       "%d.%d" % (rng.randint(1, 17), rng.randint(0, 9)), "iOS 17.%d" % rng.randint(0, 6),
                       "Android %d" % rng.randint(11, 15), "build %d" % rng.randint(1000, 9999)])


def n_model_number(rng, lang):
    return rng.choice(["KS-%d" % rng.randint(100, 900), "SK%d" % rng.randint(2, 9), "Ajax Hub %d" % rng.randint(2, 3),
                       "FRITZ!Box %d" % rng.choice([7530, 7590, 6660]), "Nuki %d.0" % rng.randint(2, 4),
                       "H%d-%s" % (rng.randint(100, 999), rng.choice(UP)), "Yale YD-%d" % rng.randint(10, 99)])


def n_product_code(rng, lang):
    return rng.choice(["SKU-" + d(rng, 6), "ART " + d(rng, 5), "PRD-" + d(rng, 4) + "-" + rng.choice(UP),
                       "ROOM-DLX-" + d(rng, 2), "PKG" + d(rng, 4)])


def n_flight_number(rng, lang):
    return rng.choice(["KL", "HV", "FR", "SN", "BA", "U2", "UA", "TB"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))


def n_company_phone(rng, lang):
    if lang == "nl":
        return rng.choice(["088 " + d(rng, 3) + " " + d(rng, 4), "0800-" + d(rng, 4), "0900-" + d(rng, 4), "085 " + d(rng, 3) + " " + d(rng, 2) + " " + d(rng, 2)])
    if be_lang(lang):
        return rng.choice(["078 " + d(rng, 2) + " " + d(rng, 2) + " " + d(rng, 2), "0800 " + d(rng, 2) + " " + d(rng, 3), "+32 2 " + d(rng, 3) + " " + d(rng, 2) + " " + d(rng, 2)])
    if lang == "en-gb":
        return rng.choice(["0345 " + d(rng, 3) + " " + d(rng, 4), "0800 " + d(rng, 3) + " " + d(rng, 4), "0333 " + d(rng, 3) + " " + d(rng, 4)])
    return rng.choice(["1-800-" + d(rng, 3) + "-" + d(rng, 4), "(888) " + d(rng, 3) + "-" + d(rng, 4), "1-866-" + d(rng, 3) + "-" + d(rng, 4)])


def n_company_registration(rng, lang):
    if lang == "nl":
        return rng.choice(["KvK " + d(rng, 8), "KvK-nummer " + d(rng, 8), "BTW NL" + d(rng, 9) + "B01", "NL" + d(rng, 9) + "B0" + str(rng.randint(1, 3))])
    if be_lang(lang):
        return rng.choice(["BE 0" + d(rng, 3) + "." + d(rng, 3) + "." + d(rng, 3), "ondernemingsnummer 0" + d(rng, 3) + "." + d(rng, 3) + "." + d(rng, 3),
                           "BCE 0" + d(rng, 9), "TVA BE0" + d(rng, 9)])
    if lang == "en-gb":
        return rng.choice(["Company No. " + d(rng, 8), "VAT GB" + d(rng, 9), "Registered in England No. " + d(rng, 8), "OC" + d(rng, 6)])
    return rng.choice(["EIN " + d(rng, 2) + "-" + d(rng, 7), "DRE #0" + d(rng, 7), "NMLS #" + d(rng, 6), "License No. " + d(rng, 8)])


def n_masked_value(rng, lang):
    return rng.choice(["****" + d(rng, 4), "**** **** **** " + d(rng, 4), "NL** **** **** **" + d(rng, 2) + " " + d(rng, 2),
                       "BE** **** **** " + d(rng, 4), "xxxx-xxxx-xxxx-" + d(rng, 4), "06-****" + d(rng, 4),
                       "j***@gmail.com", "•••• " + d(rng, 4), "XXXXXX" + d(rng, 3)])


def n_meter_reading(rng, lang):
    u = rng.choice(["kWh", "m3", "m³", "kWh"])
    return rng.choice(["%05d %s" % (rng.randint(100, 99999), u), "%d,%d %s" % (rng.randint(100, 9999), rng.randint(0, 9), u), "%d %s" % (rng.randint(100, 40000), u)])


def n_port(rng, lang):
    return str(rng.choice([8080, 443, 8443, 554, 1883, 5000, 9000, 22]))


def n_checksum(rng, lang):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([40, 64])))
