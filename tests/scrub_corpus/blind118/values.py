"""Value generators for labelled spans and hard negatives (blind118)."""
import string

DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase

# ---------------------------------------------------------------- checks

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
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def bsn_ok(v: str) -> bool:
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return s % 11 == 0


def rrn_ok(v: str) -> bool:
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# ---------------------------------------------------------------- helpers

def rd(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def ra(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- high-risk

WORDS_NL = ["tulp", "fiets", "molen", "zomer", "haring", "kaas", "regen", "duin", "kroket", "boot", "sneeuw", "klomp"]
WORDS_FR = ["soleil", "frites", "chat", "maison", "velo", "pluie", "gaufre", "lune", "moule", "jardin"]
WORDS_EN = ["biscuit", "rover", "harbour", "maple", "thunder", "pickle", "banjo", "falcon", "crumpet", "otter"]


def words_for(loc):
    return WORDS_FR if loc == "fr-be" else WORDS_EN if loc.startswith("en") else WORDS_NL


def password(rng, loc):
    w = words_for(loc)
    k = rng.randrange(7)
    if k == 0:
        return rng.choice(w).capitalize() + rd(rng, rng.choice([2, 4])) + rng.choice("!?#$*")
    if k == 1:
        return "-".join(rng.sample(w, 3))
    if k == 2:
        return ra(rng, rng.randint(10, 16), ALNUM + "!@#%&*")
    if k == 3:
        return rng.choice(w) + rng.choice(["_", ".", "@"]) + rng.choice(w).upper() + rd(rng, 2)
    if k == 4:
        return "Welkom" + rd(rng, 3) if loc.startswith("nl") else ("Bienvenue" + rd(rng, 2) if loc == "fr-be" else "Welcome" + rd(rng, 3))
    if k == 5:
        return rng.choice(w).capitalize() + rng.choice(w).capitalize() + rd(rng, 4)
    return ra(rng, 4, LOWER) + rd(rng, 2) + ra(rng, 3, string.ascii_uppercase) + rng.choice("!%&")


def pin(rng, loc):
    k = rng.randrange(6)
    if k == 0:
        return rd(rng, 6)
    if k == 1:
        return rd(rng, 4) + "#"
    if k == 2:
        return " ".join(rd(rng, 4))
    return rd(rng, 4)


def puk(rng, loc):
    v = rd(rng, 8)
    return v if rng.random() < 0.7 else v[:4] + " " + v[4:]


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp(rng, loc):
    k = rng.randrange(8)
    if k == 0:
        v = rd(rng, 6)
        return v[:3] + " " + v[3:]
    if k == 1:
        fam = "fr" if loc == "fr-be" else "en" if loc.startswith("en") else "nl"
        return " ".join(NUMW[fam][int(c)] for c in rd(rng, 6))
    if k == 2:
        return "G-" + rd(rng, 6)
    if k == 3:
        return rd(rng, 5)
    if k == 4:
        return rd(rng, 8)
    return rd(rng, 6)


def wifi_key(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return ra(rng, rng.choice([12, 16, 20]), ALNUM)
    if k == 1:
        w = words_for(loc)
        return rng.choice(w) + rng.choice(w).capitalize() + rd(rng, 3)
    if k == 2:
        return "-".join(ra(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    return ra(rng, 26, "0123456789abcdef")


def username(rng, loc, first="jan", last="jansen"):
    f = first.lower()
    l = last.lower().replace(" ", "").replace("'", "")
    k = rng.randrange(6)
    if k == 0:
        return f + "." + l
    if k == 1:
        return f[0] + l + rd(rng, 2)
    if k == 2:
        return f + "_" + l[:4] + rd(rng, 4)
    if k == 3:
        return l.upper()[:6] + f[0].upper() + rd(rng, 2)
    if k == 4:
        return "ad\\" + f[0] + l
    return f + rd(rng, 3)


def api_key(rng, loc):
    k = rng.randrange(7)
    if k == 0:
        return "sk_live_" + ra(rng, 24)
    if k == 1:
        return "AKIA" + ra(rng, 16, string.ascii_uppercase + "234567")
    if k == 2:
        return ra(rng, 40, ALNUM + "/+")
    if k == 3:
        return "AIza" + ra(rng, 35, ALNUM + "-_")
    if k == 4:
        return "SG." + ra(rng, 22, ALNUM + "-_") + "." + ra(rng, 43, ALNUM + "-_")
    if k == 5:
        return "pk_test_" + ra(rng, 24)
    return ra(rng, 32, "0123456789abcdef")


def token(rng, loc):
    k = rng.randrange(5)
    if k == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + ra(rng, 40, ALNUM + "-_") + "." + ra(rng, 43, ALNUM + "-_")
    if k == 1:
        return "ghp_" + ra(rng, 36)
    if k == 2:
        return ra(rng, 40, "0123456789abcdef")
    if k == 3:
        return "xoxb-" + rd(rng, 12) + "-" + rd(rng, 13) + "-" + ra(rng, 24)
    return ra(rng, 32, "0123456789abcdef")


def _luhn_complete(prefix, length, rng):
    body = prefix + rd(rng, length - len(prefix) - 1)
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, loc):
    k = rng.randrange(5)
    if k == 0:
        n = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([n[:4] + " " + n[4:10] + " " + n[10:], n])
    pre = "4" if k in (1, 2) else rng.choice(["51", "52", "53", "54", "55", "2221"])
    n = _luhn_complete(pre, 16, rng)
    g = rng.randrange(4)
    if g == 0:
        return group(n)
    if g == 1:
        return group(n, 4, "-")
    if g == 2:
        return n
    return group(n, 4, "  ") if rng.random() < 0.3 else group(n, 4, ".")


def cvv(rng, loc):
    return rd(rng, 3) if rng.random() < 0.9 else rd(rng, 4)


def card_expiry(rng, loc):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    k = rng.randrange(5)
    if k == 0:
        return f"{m:02d}/{y}"
    if k == 1:
        return f"{m:02d}-20{y}"
    if k == 2:
        return f"{m}/{y}"
    if k == 3:
        return f"{m:02d}/20{y}"
    return f"{m:02d}{y}"


NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]


def _iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(n) % 97
    return f"{cc}{chk:02d}{bban}"


def iban(rng, loc, country=None):
    if country is None:
        r = rng.random()
        if loc == "nl":
            country = "NL" if r < 0.85 else rng.choice(["BE", "DE"])
        elif loc in ("nl-be", "fr-be"):
            country = "BE" if r < 0.8 else rng.choice(["NL", "FR", "LU"])
        elif loc == "en-gb":
            country = "GB" if r < 0.6 else rng.choice(["NL", "IE", "DE"])
        else:
            country = rng.choice(["NL", "GB", "DE", "BE"])
    if country == "NL":
        s = _iban("NL", rng.choice(NL_BANKS) + rd(rng, 10))
    elif country == "BE":
        b = rd(rng, 10)
        c = int(b) % 97 or 97
        s = _iban("BE", b + f"{c:02d}")
    elif country == "DE":
        s = _iban("DE", rd(rng, 18))
    elif country == "FR":
        s = _iban("FR", rd(rng, 23))
    elif country == "LU":
        s = _iban("LU", rd(rng, 16))
    elif country == "IE":
        s = _iban("IE", "AIBK" + rd(rng, 14))
    else:
        s = _iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + rd(rng, 14))
    k = rng.randrange(6)
    if k <= 2:
        out = group(s)
    elif k == 3:
        out = s
    elif k == 4:
        out = group(s).lower() if rng.random() < 0.5 else s.lower()
    else:
        out = group(s, 4, "-") if rng.random() < 0.3 else group(s)
    return out


def bsn(rng, loc):
    if loc in ("nl-be", "fr-be"):
        return rrn(rng)
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            v = "".join(map(str, d)) + str(s)
            if bsn_ok(v):
                break
    k = rng.randrange(4)
    if k == 0:
        return v[:4] + "." + v[4:6] + "." + v[6:]
    if k == 1:
        return v[:3] + " " + v[3:6] + " " + v[6:]
    return v


def rrn(rng):
    y = rng.randint(1940, 2006)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    ser = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{ser:03d}"
    chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
    v = base + f"{chk:02d}"
    k = rng.randrange(4)
    if k == 0:
        return v
    if k == 1:
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if k == 2:
        return f"{v[:6]}-{v[6:9]}-{v[9:]}"
    return f"{v[:2]}{v[2:4]}{v[4:6]} {v[6:9]} {v[9:]}"


# ---------------------------------------------------------------- other types

MAILHOSTS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl", "planet.nl"],
    "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be"],
    "fr-be": ["skynet.be", "gmail.com", "hotmail.fr", "voo.be", "outlook.be"],
    "en-gb": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com"],
    "en-us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "aol.com"],
}


def email(rng, loc, first="jan", last="jansen"):
    f = first.lower()
    l = last.lower().replace(" ", "").replace("'", "")
    k = rng.randrange(5)
    if k == 0:
        u = f + "." + l
    elif k == 1:
        u = f[0] + l
    elif k == 2:
        u = f + l + rd(rng, 2)
    elif k == 3:
        u = l + "." + f[0]
    else:
        u = f + "_" + rd(rng, 4)
    return u + "@" + rng.choice(MAILHOSTS[loc])


def phone(rng, loc):
    k = rng.randrange(6)
    if loc == "nl":
        m = rd(rng, 8)
        if k == 0:
            return "06-" + m
        if k == 1:
            return "+31 6 " + m[:4] + " " + m[4:]
        if k == 2:
            return "06 " + " ".join(m[i:i + 2] for i in range(0, 8, 2))
        if k == 3:
            return "0031" + "6" + m
        if k == 4:
            a = rng.choice(["020", "010", "030", "070", "050", "024"])
            return a + "-" + rd(rng, 7)
        return "+316" + m
    if loc in ("nl-be", "fr-be"):
        m = rng.choice(["47", "48", "49"]) + rd(rng, 7)
        if k == 0:
            return "0" + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:]
        if k == 1:
            return "+32 " + m[:3] + " " + m[3:5] + " " + m[5:7] + " " + m[7:]
        if k == 2:
            return "0" + m[:3] + "/" + m[3:5] + "." + m[5:7] + "." + m[7:]
        if k == 3:
            return "0032" + m
        if k == 4:
            return rng.choice(["02", "03", "09", "04"]) + " " + rd(rng, 3) + " " + rd(rng, 2) + " " + rd(rng, 2)
        return "0" + m
    if loc == "en-gb":
        m = rd(rng, 6)
        if k == 0:
            return "07700 " + m
        if k == 1:
            return "+44 7" + rd(rng, 3) + " " + m
        if k == 2:
            return "07" + rd(rng, 3) + m
        if k == 3:
            return "020 7946 " + rd(rng, 4)
        if k == 4:
            return "0161 496 " + rd(rng, 4)
        return "+447" + rd(rng, 9)
    a = rng.choice(["212", "415", "312", "617", "503", "720"])
    if k == 0:
        return f"({a}) 555-{rd(rng, 4)}"
    if k == 1:
        return f"{a}-555-{rd(rng, 4)}"
    if k == 2:
        return f"+1 {a} 555 {rd(rng, 4)}"
    if k == 3:
        return f"{a}.555.{rd(rng, 4)}"
    if k == 4:
        return f"1-{a}-555-{rd(rng, 4)}"
    return f"{a}555{rd(rng, 4)}"


NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Oranjelaan", "Schoolstraat", "Lindelaan", "Beukenlaan", "Stationsweg", "Julianastraat", "Wilhelminapark", "Vondelstraat"]
NL_CITIES = [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Zwolle", "80"), ("Groningen", "97"), ("Tilburg", "50"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Leiden", "23"), ("Deventer", "74")]
BE_STREETS_NL = ["Kerkstraat", "Stationsstraat", "Veldstraat", "Meir", "Kortrijksesteenweg", "Molenstraat", "Diestsestraat", "Lange Nieuwstraat"]
BE_CITIES_NL = [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Mechelen", "2800"), ("Hasselt", "3500"), ("Kortrijk", "8500"), ("Aalst", "9300")]
BE_STREETS_FR = ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute", "Boulevard d'Avroy", "Rue des Carmes", "Place du Marché", "Rue de Namur"]
BE_CITIES_FR = [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"), ("Ixelles", "1050"), ("Wavre", "1300"), ("Tournai", "7500")]
UK_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road", "Manor Close"]
UK_CITIES = [("London", "SW1A 1AA"), ("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR"), ("Manchester", "M1 2AB"), ("Norwich", "NR2 4PD"), ("York", "YO1 7HH"), ("Cardiff", "CF10 1EP"), ("Brighton", "BN1 3XE")]
US_STREETS = ["Elm Street", "Maple Ave", "Oak St", "Washington Blvd", "Lakeview Dr", "Pine Road", "Main St", "Sunset Ave"]
US_CITIES = [("Springfield, IL", "62704"), ("Portland, OR", "97205"), ("Austin, TX", "78701"), ("Boston, MA", "02116"), ("Denver, CO", "80203"), ("Columbus, OH", "43215"), ("Madison, WI", "53703"), ("Raleigh, NC", "27601")]


def address(rng, loc):
    k = rng.randrange(5)
    if loc == "nl":
        st = rng.choice(NL_STREETS)
        city, pc = rng.choice(NL_CITIES)
        nr = str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-2", " hs", "-3hg", "B"])
        pcode = pc + rd(rng, 2) + rng.choice([" ", ""]) + ra(rng, 2, "ABCDEGHJKLNPRSTVWXZ")
        if k == 0:
            return f"{st} {nr}, {pcode} {city}"
        if k == 1:
            return f"{st} {nr}\n{pcode} {city.upper() if rng.random() < 0.5 else city}"
        if k == 2:
            return f"{st} {nr}"
        if k == 3:
            return f"{st.lower()} {nr} {pcode} {city.lower()}"
        return f"{st} {nr} in {city}" if False else f"{st} {nr}, {city}"
    if loc in ("nl-be", "fr-be"):
        if loc == "nl-be":
            st = rng.choice(BE_STREETS_NL)
            city, pc = rng.choice(BE_CITIES_NL)
            bus = rng.choice(["", "", " bus 3", " bus 12", "/2"])
        else:
            st = rng.choice(BE_STREETS_FR)
            city, pc = rng.choice(BE_CITIES_FR)
            bus = rng.choice(["", "", " bte 4", " boîte 2", "/101"])
        nr = str(rng.randint(1, 220)) + bus
        if k == 0:
            return f"{st} {nr}, {pc} {city}"
        if k == 1:
            return f"{st} {nr}\n{pc} {city}"
        if k == 2:
            return f"{st} {nr}"
        if k == 3:
            return f"{st} {nr}, B-{pc} {city}"
        return f"{st} {nr} {pc} {city}"
    if loc == "en-gb":
        st = rng.choice(UK_STREETS)
        city, pc = rng.choice(UK_CITIES)
        nr = str(rng.randint(1, 180))
        if k == 0:
            return f"{nr} {st}, {city} {pc}"
        if k == 1:
            return f"Flat {rng.randint(1, 9)}, {nr} {st}\n{city}\n{pc}"
        if k == 2:
            return f"{nr} {st}"
        if k == 3:
            return f"{nr} {st}, {city}, {pc.lower()}"
        return f"{nr} {st} {pc}"
    st = rng.choice(US_STREETS)
    city, z = rng.choice(US_CITIES)
    nr = str(rng.randint(10, 9800))
    if k == 0:
        return f"{nr} {st}, {city} {z}"
    if k == 1:
        return f"{nr} {st}, Apt {rng.randint(1, 30)}{rng.choice('ABCD')}\n{city} {z}"
    if k == 2:
        return f"{nr} {st}"
    if k == 3:
        return f"{nr} {st} #{rng.randint(100, 999)}, {city} {z}"
    return f"{nr} {st.upper()}, {city.upper()} {z}"


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _fam(loc):
    return "fr" if loc == "fr-be" else "en" if loc.startswith("en") else "nl"


def _date(rng, loc, y):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    k = rng.randrange(6)
    mn = MONTHS[_fam(loc)][m - 1]
    if loc == "en-us":
        if k == 0:
            return f"{m:02d}/{d:02d}/{y}"
        if k == 1:
            return f"{mn} {d}, {y}"
        if k == 2:
            return f"{m}/{d}/{y % 100:02d}"
        if k == 3:
            return f"{y}-{m:02d}-{d:02d}"
        return f"{mn[:3]} {d} {y}"
    if k == 0:
        return f"{d:02d}-{m:02d}-{y}"
    if k == 1:
        return f"{d} {mn} {y}"
    if k == 2:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 3:
        return f"{d}.{m}.{y}"
    if k == 4:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d} {mn[:3]} {y}" if _fam(loc) != "en" else f"{d}{'th' if d > 3 else ['st','nd','rd'][d-1]} {mn} {y}"


def date_of_birth(rng, loc):
    return _date(rng, loc, rng.randint(1938, 2007))


def customer_number(rng, loc):
    k = rng.randrange(12)
    if k == 0:
        return rd(rng, 8)
    if k == 1:
        return "KL" + rd(rng, 7)
    if k == 2:
        return "DON-" + rd(rng, 6)
    if k == 3:
        return "2" + rd(rng, 4) + " " + rd(rng, 4) + " " + rd(rng, 4)  # library card style
    if k == 4:
        return "871" + rd(rng, 15)  # EAN connection
    if k == 5:
        return "MK-" + rd(rng, 4) + "-" + rd(rng, 4)  # museum pass
    if k == 6:
        return "C" + rd(rng, 6)
    if k == 7:
        return "HUUR-" + rd(rng, 5)
    if k == 8:
        return "CAND" + rd(rng, 6)
    if k == 9:
        return rd(rng, 3) + "-" + rd(rng, 3) + "-" + rd(rng, 3)
    if k == 10:
        return "M" + rd(rng, 9)
    return "0" + rd(rng, 9)


def ip_address(rng, loc):
    k = rng.randrange(5)
    if k == 0:
        return f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}"
    if k == 1:
        return f"{rng.choice([81, 84, 86, 94, 145, 213, 62])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if k == 2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == 3:
        return "2a02:" + ":".join(ra(rng, 4, "0123456789abcdef") for _ in range(3)) + "::" + ra(rng, 2, "0123456789abcdef")
    return f"{rng.randint(100, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


SPAN_GEN = {
    "password": password, "pin": pin, "puk": puk, "otp": otp, "wifi_key": wifi_key,
    "api_key": api_key, "token": token, "card": card, "cvv": cvv, "iban": iban, "bsn": bsn,
    "phone": phone, "address": address, "date_of_birth": date_of_birth,
    "customer_number": customer_number, "card_expiry": card_expiry, "ip_address": ip_address,
}


# ---------------------------------------------------------------- negatives

def neg_date(rng, loc):
    return _date(rng, loc, rng.randint(2023, 2026))


def neg_time(rng, loc):
    h, m = rng.randint(7, 22), rng.choice([0, 5, 15, 30, 45, 50])
    k = rng.randrange(4)
    if loc == "en-us" and k < 2:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}"
    if k == 0:
        return f"{h}:{m:02d}"
    if k == 1:
        return f"{h}.{m:02d}"
    if k == 2:
        return f"{h:02d}:{m:02d}"
    return f"{h}u{m:02d}" if loc in ("nl", "nl-be") else (f"{h}h{m:02d}" if loc == "fr-be" else f"{h}:{m:02d}")


def amount(rng, loc):
    v = rng.choice([5, 7.5, 10, 12.95, 15, 19.99, 25, 35, 50, 89.5, 120, 250, 725, 1150, 1395])
    if loc == "en-gb":
        return f"£{v:,.2f}" if rng.random() < 0.7 else f"£{int(v)}"
    if loc == "en-us":
        return f"${v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    k = rng.randrange(4)
    if k == 0:
        return "€" + s
    if k == 1:
        return "€ " + s
    if k == 2:
        return s + " euro"
    return s + " €" if loc == "fr-be" else "EUR " + s


def quantity(rng, loc):
    n = rng.choice([2, 3, 5, 10, 24, 40, 50, 100, 250, 500])
    u = {
        "nl": ["stuks", "foto's", "prints", "exemplaren", "dozen", "boeken"],
        "nl-be": ["stuks", "foto's", "afdrukken", "exemplaren", "boeken"],
        "fr-be": ["pièces", "photos", "tirages", "exemplaires", "livres"],
        "en-gb": ["prints", "copies", "units", "boxes", "books"],
        "en-us": ["prints", "copies", "units", "boxes", "books"],
    }[loc]
    return f"{n} {rng.choice(u)}"


def percentage(rng, loc):
    v = rng.choice([5, 10, 15, 20, 25, 50, 2.5, 100])
    s = str(v)
    if loc in ("nl", "nl-be", "fr-be"):
        s = s.replace(".", ",")
    if loc == "fr-be":
        return s + rng.choice(["%", " %"])
    if rng.random() < 0.8:
        return s + "%"
    return s + (" procent" if loc.startswith("nl") else " percent")


def year(rng, loc):
    return str(rng.randint(2019, 2026))


def order_number(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return "ORD-" + rd(rng, 7)
    if k == 1:
        return "#" + rd(rng, 6)
    if k == 2:
        return "PF" + rd(rng, 8)
    return "2025" + rd(rng, 6)


def ticket_number(rng, loc):
    k = rng.randrange(5)
    if k == 0:
        return "INC" + rd(rng, 7)
    if k == 1:
        return "#" + rd(rng, 5)
    if k == 2:
        return "CASE-" + rd(rng, 6)
    if k == 3:
        return rd(rng, 4) + "-" + rd(rng, 5)
    return "T" + rd(rng, 8)


def invoice_number(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return "F" + str(rng.randint(2023, 2026)) + "-" + rd(rng, 5)
    if k == 1:
        return "INV-" + rd(rng, 6)
    if k == 2:
        return "FACT/" + rd(rng, 4) + "/" + rd(rng, 3)
    return "VF" + rd(rng, 7)


def tracking_number(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return "3S" + ra(rng, 4, string.ascii_uppercase) + rd(rng, 9)
    if k == 1:
        return "1Z" + ra(rng, 6, string.ascii_uppercase + DIGITS) + rd(rng, 10)
    if k == 2:
        return "JVGL" + rd(rng, 16)
    return "CD" + rd(rng, 9) + "BE"


def request_id(rng, loc):
    h = "0123456789abcdef"
    return "-".join(ra(rng, n, h) for n in (8, 4, 4, 4, 12))


def error_code(rng, loc):
    return rng.choice(["0x80070005", "0x800CCC0E", "E-403", "ERR_CONNECTION_RESET", "HTTP 502", "error 1603",
                       "DNS_PROBE_FINISHED_NXDOMAIN", "0x8004210B", "E04", "SSL_ERROR_BAD_CERT_DOMAIN", "code 0xc004f074"])


def version_string(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if k == 1:
        return f"{rng.randint(10, 24)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}"
    if k == 2:
        return f"build {rng.randint(19041, 26100)}.{rng.randint(100, 4000)}"
    return f"versie {rng.randint(3, 12)}.{rng.randint(0, 9)}" if loc in ("nl", "nl-be") else f"{rng.randint(3, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"


def model_number(rng, loc):
    return rng.choice(["M404dn", "MFC-L2710DW", "ET-2850", "TL-WR841N", "FRITZ!Box 7590", "DS220+", "SX-300", "Latitude 5440",
                       "ThinkPad T14 Gen 4", "SureColor P700", "imagePROGRAMA PRO-300", "UniFi U6-Lite", "RT-AX58U", "HL-L2350DW"])


def product_code(rng, loc):
    k = rng.randrange(4)
    if k == 0:
        return "SKU-" + rd(rng, 5)
    if k == 1:
        return "A4-" + rng.choice(["MAT", "GLANS", "GLOSS"]) + "-" + rd(rng, 3)
    if k == 2:
        return "FB" + rd(rng, 4) + ra(rng, 2, string.ascii_uppercase)
    return "ART " + rd(rng, 6)


def flight_number(rng, loc):
    return rng.choice(["KL", "HV", "SN", "BA", "U2", "FR", "TB", "DL"]) + str(rng.randint(100, 2999))


def company_phone(rng, loc):
    if loc == "nl":
        return rng.choice(["0800-0223", "088 123 4500", "085 - 303 1200", "0900-8844", "+31 88 770 1122", "020 - 555 0101"])
    if loc in ("nl-be", "fr-be"):
        return rng.choice(["078 15 15 15", "+32 2 555 12 00", "0800 12 345", "070 22 33 44", "02/555.40.40"])
    if loc == "en-gb":
        return rng.choice(["0800 123 4567", "0345 600 1234", "0300 555 0199", "+44 20 7946 0000", "0333 014 4000"])
    return rng.choice(["1-800-555-0199", "(800) 555-0142", "888-555-0170", "1 (877) 555-0123"])


def company_registration(rng, loc):
    if loc == "nl":
        return rd(rng, 8) if rng.random() < 0.6 else "NL" + rd(rng, 9) + "B0" + str(rng.randint(1, 9))
    if loc in ("nl-be", "fr-be"):
        return "BE 0" + rd(rng, 3) + "." + rd(rng, 3) + "." + rd(rng, 3) if rng.random() < 0.5 else "0" + rd(rng, 3) + "." + rd(rng, 3) + "." + rd(rng, 3)
    if loc == "en-gb":
        return rd(rng, 8) if rng.random() < 0.6 else "GB" + rd(rng, 9)
    return rd(rng, 2) + "-" + rd(rng, 7)


def masked_value(rng, loc):
    k = rng.randrange(6)
    if k == 0:
        return "****" + rd(rng, 4)
    if k == 1:
        return "NL** **** **** **" + rd(rng, 2) + " " + rd(rng, 2) if loc == "nl" else "BE** **** **** " + rd(rng, 4)
    if k == 2:
        return "XXXX-XXXX-XXXX-" + rd(rng, 4)
    if k == 3:
        return "j***@" + rng.choice(["gmail.com", "telenet.be", "outlook.com"])
    if k == 4:
        return "06-****" + rd(rng, 4) if loc.startswith("nl") else "•••• " + rd(rng, 4)
    return "***-**-" + rd(rng, 4) if loc == "en-us" else "*******" + rd(rng, 3)


def meter_reading(rng, loc):
    v = rng.randint(1000, 99999)
    return f"{v} kWh" if rng.random() < 0.6 else f"{v} m³" if rng.random() < 0.5 else f"{v:05d}"


def port(rng, loc):
    return str(rng.choice([443, 8080, 3389, 22, 993, 587, 8443, 1194, 5060]))


def checksum(rng, loc):
    return ra(rng, rng.choice([32, 64]), "0123456789abcdef")


NEG_GEN = {
    "date": neg_date, "time": neg_time, "amount": amount, "quantity": quantity, "percentage": percentage,
    "year": year, "order_number": order_number, "ticket_number": ticket_number, "invoice_number": invoice_number,
    "tracking_number": tracking_number, "request_id": request_id, "error_code": error_code,
    "version_string": version_string, "model_number": model_number, "product_code": product_code,
    "flight_number": flight_number, "company_phone": company_phone, "company_registration": company_registration,
    "masked_value": masked_value, "meter_reading": meter_reading, "port": port, "checksum": checksum,
}
