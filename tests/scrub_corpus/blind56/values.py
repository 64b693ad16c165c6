"""Value generators for blind56 (marketplaces, platforms, gig work). Stdlib only."""
import string

BE_LANGS = ("nl-be", "fr-be")


def is_be(lang):
    return lang in BE_LANGS


def digits(r, n, first_nonzero=False):
    s = "".join(r.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------- checks
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


def iban_ok(iban):
    s = iban.replace(" ", "").replace("-", "").replace(".", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def bsn_ok(b):
    d = [int(c) for c in b if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0 and d[0] + sum(d) > 0


def rrn_ok(x):
    d = "".join(c for c in x if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return (97 - base % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- cards
def card(r):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        body = "4" + digits(r, 14)
    elif kind == "mc":
        body = r.choice(["51", "52", "53", "54", "55", "22"]) + digits(r, 13)
    elif kind == "amex":
        body = r.choice(["34", "37"]) + digits(r, 12)
    else:
        body = r.choice(["6759", "6761", "5018"]) + digits(r, 11)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    style = r.random()
    if len(num) == 15:
        if style < 0.6:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    if style < 0.45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.65:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if style < 0.75:
        return ".".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def cvv(r):
    return digits(r, r.choice([3, 3, 3, 4]))


def expiry(r):
    m, y = r.randint(1, 12), r.randint(25, 31)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d}/{y:02d}", f"{m:02d} / {y}"])


# ---------------------------------------------------------------- iban
def _iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def _fmt_iban(r, raw):
    st = r.random()
    if st < 0.55:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    elif st < 0.85:
        out = raw
    else:
        out = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if r.random() < .5 else raw
        out = out.lower()
    return out


def iban(r, lang, foreign=False):
    if foreign:
        cc = r.choice(["DE", "FR", "ES", "LU", "GB"])
    elif is_be(lang):
        cc = "BE"
    elif lang == "en-gb":
        cc = r.choice(["GB", "NL", "NL"])
    else:
        cc = "NL"
    if cc == "NL":
        bban = r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "BUNQ", "ASNB", "KNAB"]) + digits(r, 10)
    elif cc == "BE":
        b = digits(r, 10, True)
        c = int(b) % 97 or 97
        bban = f"{b}{c:02d}"
    elif cc == "DE":
        bban = digits(r, 18, True)
    elif cc == "FR":
        bban = digits(r, 10) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(11)) + digits(r, 2)
    elif cc == "ES":
        bban = digits(r, 20)
    elif cc == "LU":
        bban = digits(r, 3) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(13))
    else:
        bban = r.choice(["NWBK", "BARC", "LOYD", "MONZ"]) + digits(r, 14)
    raw = cc + _iban_check(cc, bban) + bban
    assert iban_ok(raw)
    return _fmt_iban(r, raw)


def masked_iban(r, lang):
    cc = "BE" if is_be(lang) else ("GB" if lang == "en-gb" and r.random() < .5 else "NL")
    return r.choice([f"{cc}** **** **** **{digits(r, 2)} {digits(r, 2)}", f"{cc}**{'*' * 8}{digits(r, 4)}",
                     f"eindigend op {digits(r, 4)}" if False else f"{cc}XX XXXX XXXX XX{digits(r, 2)} {digits(r, 2)}",
                     f"****{digits(r, 4)}"])


# ---------------------------------------------------------------- bsn / rrn
def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last <= 9:
            s = "".join(map(str, d)) + str(last)
            if bsn_ok(s):
                break
    st = r.random()
    if st < 0.6:
        return s
    if st < 0.8:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def rrn(r):
    y = r.randint(1950, 2004)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    seq = r.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    chk = 97 - n % 97
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    st = r.random()
    if st < 0.5:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if st < 0.75:
        return s
    return f"{s[:6]} {s[6:9]} {s[9:]}"


# ---------------------------------------------------------------- phones
def phone(r, lang, kind=None):
    if lang == "nl" or (lang in ("en-gb", "en-us") and kind == "nl"):
        n = digits(r, 8)
        if r.random() < 0.8:
            return r.choice([f"06-{n}", f"06 {n}", f"06{n}", f"+31 6 {n}", f"+316{n}", f"0031 6 {n[:4]} {n[4:]}",
                             f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"(06) {n[:4]} {n[4:]}", f"+31 (0)6 {n}",
                             f"06-{n[:3]} {n[3:5]} {n[5:]}"])
        area = r.choice(["020", "010", "030", "070", "040", "050", "024", "043"])
        m = digits(r, 7, True)
        return r.choice([f"{area}-{m}", f"{area} {m[:3]} {m[3:]}", f"+31 {area[1:]} {m}", f"{area}{m}"])
    if is_be(lang):
        if r.random() < 0.8:
            p = r.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
            n = digits(r, 6)
            return r.choice([f"0{p} {n[:2]} {n[2:4]} {n[4:]}", f"0{p}/{n[:2]}.{n[2:4]}.{n[4:]}", f"+32 {p} {n[:2]} {n[2:4]} {n[4:]}",
                             f"+32{p}{n}", f"0032 {p} {n[:3]} {n[3:]}", f"0{p}{n}", f"0{p} {n[:3]} {n[3:]}", f"0{p}/{n}"])
        area = r.choice(["02", "03", "09", "04", "016", "050"])
        n = digits(r, 7 if len(area) == 2 else 6, True)
        return r.choice([f"{area} {n[:3]} {n[3:5]} {n[5:]}" if len(n) == 7 else f"{area} {n[:2]} {n[2:4]} {n[4:]}", f"{area}/{n}",
                         f"+32 {area[1:]} {n}"])
    if lang == "en-gb":
        if r.random() < 0.8:
            n = digits(r, 6)
            p = r.choice(["7700", "7911", "7723", "7456", "7384", "7507", "7958"])
            return r.choice([f"0{p} {n}", f"0{p} {n[:3]} {n[3:]}", f"+44 {p} {n}", f"+44 (0){p} {n}", f"0{p}{n}", f"+44{p}{n}"])
        n = digits(r, 8, True)
        return r.choice([f"020 {n[:4]} {n[4:]}", f"0161 {n[:3]} {n[3:7]}", f"+44 20 {n[:4]} {n[4:]}", f"0113 {n[:3]} {n[3:7]}"])
    area = r.choice(["415", "212", "312", "617", "503", "646", "917", "720", "206", "512"])
    a, b = digits(r, 3, True), digits(r, 4)
    if a[0] in "01":
        a = "2" + a[1:]
    return r.choice([f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"+1 {area} {a} {b}", f"{area}.{a}.{b}", f"1-{area}-{a}-{b}",
                     f"+1 ({area}) {a}-{b}", f"{area}{a}{b}"])


def company_phone(r, lang):
    if lang == "nl":
        return r.choice(["0800-0231", "088 123 4500", "0900 - 1520", "020 794 8800", "0800 022 5566", "+31 88 555 0100", "085 208 1130"])
    if is_be(lang):
        return r.choice(["078 15 00 00", "02 788 00 00", "0800 12 313", "+32 78 35 35 35", "070 22 33 44", "078/05.50.50"])
    if lang == "en-gb":
        return r.choice(["0800 048 0000", "0345 600 7777", "0330 123 4567", "+44 800 048 0000", "0800 028 2121"])
    return r.choice(["1-800-555-0199", "(888) 724-6600", "1 (877) 202-5050", "+1 800 932 1100", "800-468-0033"])


# ---------------------------------------------------------------- misc personal
FIRST = ["Sanne", "Daan", "Fatima", "Mohamed", "Lotte", "Bram", "Noor", "Jeroen", "Ilse", "Yusuf", "Emma", "Kevin",
         "Priya", "Tom", "Chloé", "Arnaud", "Wout", "Elif", "Marieke", "Jasper", "Siham", "Thibault", "Gemma", "Oliver",
         "Aisha", "Ruben", "Manon", "Pieter", "Laura", "Dries", "Camille", "Hannah", "Jake", "Mei", "Ravi", "Zoë"]
LAST = ["de Vries", "Jansen", "Bakker", "El Amrani", "Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Smith",
        "Patel", "Nguyen", "Visser", "van Dijk", "Claes", "Wouters", "Mertens", "Öztürk", "Brown", "Garcia",
        "Mulder", "Vermeulen", "Lefebvre", "Taylor", "O'Neill", "Hendriks", "Goossens", "Willems"]
MAILDOM = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "telenet.be", "skynet.be", "ziggo.nl", "kpnmail.nl",
           "icloud.com", "yahoo.co.uk", "proton.me", "btinternet.com", "hotmail.be", "gmx.net", "planet.nl", "yahoo.com"]


def slug(s):
    t = s.lower().replace("é", "e").replace("ë", "e").replace("ö", "o").replace("'", "").replace(" ", "")
    return t


def email(r, name=None):
    f = slug(name.split()[0]) if name else slug(r.choice(FIRST))
    l = slug(r.choice(LAST))
    d = r.choice(MAILDOM)
    pat = r.choice(["{f}.{l}", "{f}{l}", "{f}_{l}{n}", "{f0}{l}", "{f}{n}", "{l}.{f}", "info.{f}{l}", "{f}.{l}{n}", "shop.{f}"])
    local = pat.format(f=f, l=l, f0=f[0], n=r.randint(1, 99))
    e = f"{local}@{d}"
    return e if r.random() > 0.08 else e.capitalize()


def username(r):
    f = slug(r.choice(FIRST)); l = slug(r.choice(LAST))
    return r.choice([f"{f}{l[:4]}{r.randint(1,99)}", f"{f}_{l}", f"{f}.{l}", f"shop_{l}{r.randint(10,999)}", f"rider{digits(r,5)}",
                     f"{l}{f[0]}", f"{f}{r.randint(1970,2005)}", f"{f.capitalize()}{l.capitalize()}", f"host.{f}{r.randint(1,9)}",
                     f"{f[:3]}{l[:3]}_verkoop", f"{f}-{l}-{digits(r,3)}"])


PWWORDS = ["zomer", "Welkom", "voetbal", "Amsterdam", "hondje", "Bruxelles", "sunshine", "Dragon", "marktkraam", "fiets",
           "Liverpool", "paard", "Chocolat", "winkel", "Koffie", "moustique", "Tulp", "rider", "Pannekoek", "Mechelen"]


def password(r):
    st = r.random()
    if st < 0.45:
        w = r.choice(PWWORDS)
        return w + r.choice(["", "!", "#", "@", "_", "."]) + str(r.randint(1, 2026)) + r.choice(["", "!", "?", "$", "*"])
    if st < 0.8:
        chars = string.ascii_letters + string.digits + "!#$%&*?@-_"
        while True:
            p = "".join(r.choice(chars) for _ in range(r.randint(9, 16)))
            if p[0] not in "-_" and p[-1] not in ".,":
                return p
    w1, w2 = r.choice(PWWORDS), r.choice(PWWORDS)
    return f"{w1.capitalize()}-{w2.lower()}-{r.randint(10, 99)}"


def wifi(r):
    st = r.random()
    if st < 0.4:
        return r.choice(["Strand", "Duinen", "Zeezicht", "Welkom", "Vakantie", "Ardennes", "Cottage", "Loft", "Bos"]) + r.choice(["2024", "2025", "!", "123", "Huis", "#1"]) + str(r.randint(1, 99))
    if st < 0.7:
        a = string.ascii_letters + string.digits
        return "-".join("".join(r.choice(a) for _ in range(4)) for _ in range(r.randint(3, 4)))
    return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(r.randint(10, 20)))


def pin(r):
    return digits(r, r.choice([4, 4, 4, 5, 6]))


def puk(r):
    return digits(r, 8)


def otp(r):
    d = digits(r, r.choice([6, 6, 6, 5, 8, 4]))
    if len(d) == 6 and r.random() < .25:
        return f"{d[:3]} {d[3:]}"
    if len(d) == 6 and r.random() < .1:
        return f"{d[:3]}-{d[3:]}"
    return d


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def otp_words(r, lang):
    key = "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")
    d = digits(r, 6)
    sep = r.choice([" ", " - ", ", ", " "])
    return sep.join(NUMW[key][int(c)] for c in d)


def api_key(r):
    al = string.ascii_letters + string.digits
    hx = "0123456789abcdef"
    st = r.choice(["sk", "pk", "rk", "ck", "cs", "live", "test", "aws", "hex", "mk", "sc", "sg"])
    if st == "sk":
        return "sk_live_" + "".join(r.choice(al) for _ in range(r.choice([24, 32, 48])))
    if st == "pk":
        return "pk_live_" + "".join(r.choice(al) for _ in range(24))
    if st == "rk":
        return "rk_live_" + "".join(r.choice(al) for _ in range(32))
    if st == "ck":
        return "ck_" + "".join(r.choice(hx) for _ in range(40))
    if st == "cs":
        return "cs_" + "".join(r.choice(hx) for _ in range(40))
    if st == "live":
        return "live_" + "".join(r.choice(al) for _ in range(30))
    if st == "test":
        return "test_" + "".join(r.choice(al) for _ in range(30))
    if st == "aws":
        return "AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if st == "mk":
        return "mkp-" + "-".join("".join(r.choice(hx) for _ in range(8)) for _ in range(4))
    if st == "sc":
        return "".join(r.choice(hx) for _ in range(32))
    if st == "sg":
        return "SG." + "".join(r.choice(al + "_-") for _ in range(22)) + "." + "".join(r.choice(al + "_-") for _ in range(43))
    return "".join(r.choice(hx) for _ in range(r.choice([32, 40])))


def aws_secret(r):
    return "".join(r.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def token(r):
    al = string.ascii_letters + string.digits
    st = r.random()
    if st < 0.25:
        b = lambda n: "".join(r.choice(al + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + b(r.randint(40, 70)) + "." + b(43)
    if st < 0.4:
        return "shpat_" + "".join(r.choice("0123456789abcdef") for _ in range(32))
    if st < 0.55:
        return "ghp_" + "".join(r.choice(al) for _ in range(36))
    if st < 0.7:
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([32, 40, 64])))
    if st < 0.85:
        return "rt_" + "".join(r.choice(al) for _ in range(40))
    return "ya29." + "".join(r.choice(al + "-_") for _ in range(60))


def ip(r):
    if r.random() < 0.12:
        return "2a02:a44" + ":" + ":".join(f"{r.randint(0, 65535):x}" for _ in range(5))
    first = r.choice([31, 37, 62, 77, 81, 84, 86, 91, 94, 145, 178, 185, 188, 194, 212, 217, 84, 109])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Stationsweg", "Nieuwe Binnenweg",
              "Oudegracht", "Van Woustraat", "Lange Voorhout", "Eikenlaan", "Marktplein", "Schoolstraat", "Hoofdstraat"]
NL_CITIES = [("1015", "Amsterdam"), ("3014", "Rotterdam"), ("3511", "Utrecht"), ("2514", "Den Haag"), ("5611", "Eindhoven"),
             ("9711", "Groningen"), ("6511", "Nijmegen"), ("8011", "Zwolle"), ("4811", "Breda"), ("2311", "Leiden")]
BE_STREETS_NL = ["Kerkstraat", "Meir", "Veldstraat", "Stationsstraat", "Bondgenotenlaan", "Kortrijksesteenweg", "Diestsestraat", "Nieuwstraat", "Brugse Poort"]
BE_STREETS_FR = ["Rue de la Loi", "Chaussée de Wavre", "Avenue Louise", "Rue Neuve", "Rue des Guillemins", "Boulevard d'Avroy", "Rue de Namur", "Place Saint-Lambert"]
BE_CITIES = [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt")]
BE_CITIES_FR = [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"), ("1348", "Louvain-la-Neuve"), ("7000", "Mons")]
UK_STREETS = ["Acacia Avenue", "High Street", "Church Road", "Victoria Road", "Mill Lane", "Park Crescent", "Station Road", "Queen's Drive"]
UK_CITIES = [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS7 8NQ"), ("London", "SE15 4QF"), ("Glasgow", "G12 8QQ"), ("Brighton", "BN2 1TW")]
US_STREETS = ["Maple Street", "Oak Avenue", "Elm Drive", "Sunset Blvd", "Pine St", "Cedar Lane", "Lakeview Rd", "Washington Ave"]
US_CITIES = [("Portland", "OR", "97205"), ("Austin", "TX", "78704"), ("Chicago", "IL", "60614"), ("Denver", "CO", "80203"), ("Seattle", "WA", "98109"), ("Boston", "MA", "02115")]


def address(r, lang):
    if lang == "nl":
        st, (pc, city) = r.choice(NL_STREETS), r.choice(NL_CITIES)
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "A", "-2", " bis", "-III", " hs"])
        pcf = pc + r.choice([" ", ""]) + "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
        return r.choice([f"{st} {num}, {pcf} {city}", f"{st} {num}\n{pcf} {city}", f"{st} {num} {pcf} {city}", f"{st} {num}", f"{st} {num}, {city}"])
    if is_be(lang):
        if lang == "fr-be":
            st, (pc, city) = r.choice(BE_STREETS_FR), r.choice(BE_CITIES_FR)
        else:
            st, (pc, city) = r.choice(BE_STREETS_NL), r.choice(BE_CITIES)
        num = str(r.randint(1, 300)) + r.choice(["", "", "/3", " bus 2", " boîte 4" if lang == "fr-be" else "B", "A"])
        if lang == "fr-be" and r.random() < .3:
            return f"{num.split()[0]}, {st}, {pc} {city}"
        return r.choice([f"{st} {num}, {pc} {city}", f"{st} {num}\n{pc} {city}", f"{st} {num} {pc} {city}", f"{st} {num}"])
    if lang == "en-gb":
        st, (city, pc) = r.choice(UK_STREETS), r.choice(UK_CITIES)
        num = r.choice([str(r.randint(1, 200)), f"Flat {r.randint(1, 12)}, {r.randint(1, 90)}"])
        return r.choice([f"{num} {st}, {city} {pc}", f"{num} {st}\n{city}\n{pc}", f"{num} {st}, {city}, {pc}", f"{num} {st}"])
    st, (city, state, z) = r.choice(US_STREETS), r.choice(US_CITIES)
    num = str(r.randint(10, 9999))
    apt = r.choice(["", "", f" Apt {r.randint(1, 40)}", f" #{r.randint(100, 999)}"])
    return r.choice([f"{num} {st}{apt}, {city}, {state} {z}", f"{num} {st}{apt}\n{city}, {state} {z}", f"{num} {st}{apt}"])


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def _mk(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


def dob(r, lang):
    y, m, d = r.randint(1948, 2005), r.randint(1, 12), r.randint(1, 28)
    mn = MONTHS[_mk(lang)][m - 1]
    if lang == "en-us":
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}{['st','nd','rd'][d-1] if d<4 else 'th'} {mn} {y}", f"{d:02d}.{m:02d}.{y}"])
    return r.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100:02d}"])


def customer_number(r):
    return r.choice([
        lambda: digits(r, 8, True), lambda: "S-" + digits(r, 7, True), lambda: "SLR" + digits(r, 6),
        lambda: "P" + digits(r, 9), lambda: "DRV-" + digits(r, 5), lambda: digits(r, 10, True),
        lambda: "HST" + digits(r, 7), lambda: "KL" + digits(r, 8), lambda: "871687" + digits(r, 12),
        lambda: "541448" + digits(r, 12), lambda: "FR-" + digits(r, 6) + "-" + digits(r, 2), lambda: digits(r, 3, True) + "-" + digits(r, 4) + "-" + digits(r, 3),
        lambda: "M" + digits(r, 6) + "NL", lambda: "CUST" + digits(r, 7),
    ])()


# ---------------------------------------------------------------- negatives
def date(r, lang):
    y, m, d = r.choice([2024, 2025, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    mn = MONTHS[_mk(lang)][m - 1]
    if lang == "en-us":
        return r.choice([f"{m}/{d}", f"{mn} {d}", f"{m:02d}/{d:02d}/{y}", f"{mn} {d}, {y}"])
    if lang == "en-gb":
        return r.choice([f"{d} {mn}", f"{d:02d}/{m:02d}/{y}", f"{d} {mn[:3]} {y}", f"{d}/{m}"])
    return r.choice([f"{d} {mn}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}", f"{d}-{m}", f"{d} {mn} {y}", f"{d:02d}.{m:02d}.{y}"])


def time_(r, lang):
    h, mi = r.randint(7, 23), r.choice([0, 5, 10, 15, 20, 30, 42, 45, 51])
    if lang == "en-us":
        return r.choice([f"{(h - 1) % 12 + 1}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{(h - 1) % 12 + 1}{'pm' if h >= 12 else 'am'}", f"{h}:{mi:02d}"])
    if lang == "en-gb":
        return r.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}.{mi:02d}{'pm' if h >= 12 else 'am'}", f"{h:02d}:{mi:02d}"])
    if lang == "fr-be":
        return r.choice([f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}h"])
    return r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"])


def amount(r, lang):
    v = r.choice([r.randint(3, 99) + r.choice([0, .5, .99, .95, .25]), r.randint(100, 4999) + r.choice([0, .4, .12, .8])])
    if lang.startswith("en"):
        sym = "£" if lang == "en-gb" else "$"
        if r.random() < .2:
            sym = "€"
        s = f"{v:,.2f}"
        return r.choice([f"{sym}{s}", f"{sym}{s}", f"{s} EUR" if sym == "€" else f"{sym}{s}", f"{sym}{int(v)}"])
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return r.choice([f"€ {s}", f"€{s}", f"{s} euro", f"EUR {s}", f"{s} €", f"€{int(v)},-"])


def order_number(r):
    return r.choice([
        lambda: f"{digits(r, 3, True)}-{digits(r, 7)}-{digits(r, 7)}", lambda: digits(r, 10, True), lambda: "#" + digits(r, 5, True),
        lambda: "ORD-2025-" + digits(r, 6), lambda: "A" + digits(r, 9), lambda: "BOL" + digits(r, 10), lambda: digits(r, 4) + "-" + digits(r, 4) + "-" + digits(r, 4),
        lambda: "W" + digits(r, 8), lambda: "HM" + "".join(r.choice("ABCDEFGHJKMNPQRSTVWXYZ23456789") for _ in range(8)),
        lambda: "#" + digits(r, 4) + "-" + digits(r, 3),
    ])()


def tracking(r):
    up = string.ascii_uppercase
    return r.choice([
        lambda: "3S" + "".join(r.choice(up) for _ in range(4)) + digits(r, 9), lambda: "JVGL" + digits(r, 14),
        lambda: "1Z" + "".join(r.choice(up + string.digits) for _ in range(6)) + digits(r, 10), lambda: "003404" + digits(r, 14),
        lambda: "".join(r.choice(up) for _ in range(2)) + digits(r, 9) + r.choice(["GB", "NL", "BE", "CN"]),
        lambda: "3232" + digits(r, 20), lambda: "9400 1" + digits(r, 3) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 2),
        lambda: "CD" + digits(r, 11), lambda: "GLS" + digits(r, 11), lambda: "DPD " + digits(r, 14),
    ])()


def invoice(r):
    return r.choice([lambda: "INV-2025-" + digits(r, 5), lambda: "F2025/" + digits(r, 4), lambda: "2025" + digits(r, 6),
                     lambda: "CR-" + digits(r, 7), lambda: "FAC" + digits(r, 8), lambda: "NL-INV-" + digits(r, 6)])()


def ticket(r):
    return r.choice([lambda: "#" + digits(r, 7, True), lambda: "CS-" + digits(r, 6), lambda: digits(r, 8, True),
                     lambda: "CAS-" + digits(r, 5) + "-" + "".join(r.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(3)),
                     lambda: "RMA" + digits(r, 7), lambda: "SR-" + digits(r, 9), lambda: "DISP-" + digits(r, 6)])()


def payref(r):
    al = string.ascii_letters + string.digits
    return r.choice([lambda: "PO-2025" + digits(r, 4) + "-" + digits(r, 4), lambda: "po_" + "".join(r.choice(al) for _ in range(24)),
                     lambda: "TRF" + digits(r, 9), lambda: "PAY-" + digits(r, 8), lambda: "batch " + "2025-" + digits(r, 2) + "-" + digits(r, 2) + "-" + digits(r, 4),
                     lambda: "SETTL" + digits(r, 10), lambda: "tr_" + "".join(r.choice(al) for _ in range(10)),
                     lambda: "UB" + digits(r, 2) + "-" + digits(r, 6)])()


def reqid(r):
    hx = "0123456789abcdef"
    h = lambda n: "".join(r.choice(hx) for _ in range(n))
    return r.choice([f"{h(8)}-{h(4)}-4{h(3)}-{r.choice('89ab')}{h(3)}-{h(12)}", "req_" + h(24), h(16).upper()])


def err(r):
    return r.choice(["E403", "ERR_PAYOUT_HOLD", "HTTP 401", "401 Unauthorized", "0x80070005", "error 5003", "KYC_PENDING", "E-1092",
                     "429 Too Many Requests", "ERR_CERT_DATE_INVALID", "code 2F-118", "INVALID_SIGNATURE", "RC 51", "403 Forbidden", "500"])


def ver(r):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"{r.randint(4, 12)}.{r.randint(0, 99)}.{r.randint(0, 9)}",
                     f"iOS {r.randint(16, 18)}.{r.randint(0, 6)}.{r.randint(0, 2)}", f"Android {r.randint(11, 15)}",
                     f"versie {r.randint(5, 9)}.{r.randint(0, 60)}", f"build {r.randint(20000, 99999)}", f"API v{r.randint(2, 5)}", f"WooCommerce {r.randint(7, 9)}.{r.randint(0, 9)}.{r.randint(0, 3)}"])


MODELS = ["Zebra ZD421", "Dymo LabelWriter 550", "Samsung SM-A546B", "iPhone 13 mini", "Brother QL-800", "Pixel 7a", "Cowboy 4",
          "VanMoof S3", "Yale Linus L2", "Nuki Smart Lock 4.0", "TP-Link Archer AX55", "Fritz!Box 7590", "Rollo X1040",
          "Xiaomi Redmi Note 12", "Moto g84", "Garmin Edge 540", "Masterlock 5401EURD", "SumUp Air", "Ring Doorbell 4", "myPOS Go 2"]


def sku(r):
    up = string.ascii_uppercase
    return r.choice([lambda: "TSH-" + r.choice(["BLK", "WHT", "NVY"]) + "-" + r.choice("SML") + "-" + digits(r, 4),
                     lambda: "B0" + "".join(r.choice(up + string.digits) for _ in range(8)), lambda: "871" + digits(r, 10),
                     lambda: "SKU" + digits(r, 6), lambda: "".join(r.choice(up) for _ in range(3)) + "-" + digits(r, 5),
                     lambda: "540" + digits(r, 10), lambda: "MKT-" + digits(r, 4) + "-" + r.choice(up) + r.choice(up)])()


def listing(r):
    return r.choice([lambda: digits(r, 10, True), lambda: digits(r, 8, True), lambda: "L" + digits(r, 9), lambda: "m" + digits(r, 10),
                     lambda: "9200000" + digits(r, 6), lambda: digits(r, 18, True)])()


def flight(r):
    return r.choice(["KL", "HV", "FR", "SN", "U2", "BA", "TB", "LH", "W6"]) + r.choice(["", " "]) + str(r.randint(100, 9999))


def kvk(r, lang):
    if lang == "nl":
        return r.choice([lambda: digits(r, 8, True), lambda: f"{digits(r, 4, True)} {digits(r, 4)}"])()
    if is_be(lang):
        b = "0" + r.choice("789") + digits(r, 8)
        return r.choice([f"{b[:4]}.{b[4:7]}.{b[7:]}", f"{b[:4]} {b[4:7]} {b[7:]}", b, f"BE {b[:4]}.{b[4:7]}.{b[7:]}"])
    if lang == "en-gb":
        return r.choice([digits(r, 8, True), "SC" + digits(r, 6), "OC" + digits(r, 6)])
    return f"{digits(r, 2, True)}-{digits(r, 7)}"


def vat(r, lang):
    if lang == "nl":
        return r.choice([f"NL{digits(r, 9, True)}B0{r.randint(1, 9)}", f"NL {digits(r, 9, True)} B01", f"NL00{digits(r, 7, True)}B{r.randint(10, 99)}"])
    if is_be(lang):
        b = "0" + r.choice("789") + digits(r, 8)
        return r.choice([f"BE{b}", f"BE {b[:4]}.{b[4:7]}.{b[7:]}", f"BE{b[:4]}.{b[4:7]}.{b[7:]}"])
    if lang == "en-gb":
        return r.choice([f"GB{digits(r, 9, True)}", f"GB {digits(r, 3, True)} {digits(r, 4)} {digits(r, 2)}"])
    return r.choice([f"EIN {digits(r, 2, True)}-{digits(r, 7)}", f"{digits(r, 2, True)}-{digits(r, 7)}"])


def masked(r, lang):
    return r.choice([f"****{digits(r, 4)}", f"**** **** **** {digits(r, 4)}", f"XXXX-XXXX-XXXX-{digits(r, 4)}", masked_iban(r, lang),
                     f"{r.choice('jsmkd')}***@{r.choice(MAILDOM)}", f"06-****{digits(r, 4)}" if not lang.startswith("en") else f"+44 **** ***{digits(r, 3)}",
                     f"•••• {digits(r, 4)}", f"***-**-{digits(r, 4)}" if lang == "en-us" else f"***{digits(r, 3)}"])


def meter(r, lang):
    v = r.randint(1000, 99999)
    return r.choice([f"{v:05d} kWh", f"{v},{r.randint(0, 9)} kWh", f"{r.randint(100, 9999)},{r.randint(100, 999)} m³", f"{v} kWh"])


def port(r):
    return str(r.choice([443, 8443, 8080, 3000, 587, 993, 465, 22, 5432, 9000, 8000]))


def checksum(r):
    hx = "0123456789abcdef"
    return "".join(r.choice(hx) for _ in range(r.choice([32, 40, 64])))


def pct(r, lang):
    v = r.choice([3, 5, 10, 12, 15, 17.5, 20, 21, 25, 30, 2.9, 1.4, 6])
    s = f"{v:g}" if lang.startswith("en") else f"{v:g}".replace(".", ",")
    return r.choice([f"{s}%", f"{s} %", f"{s}%"])


def qty(r, lang):
    n = r.randint(2, 480)
    unit = {"nl": ["stuks", "pakketten", "bestellingen", "ritten", "artikelen", "nachten", "dozen"],
            "fr": ["pièces", "colis", "commandes", "courses", "articles", "nuits"],
            "en": ["items", "parcels", "orders", "deliveries", "units", "nights", "boxes"]}[_mk(lang)]
    return f"{n} {r.choice(unit)}"


def year(r):
    return str(r.choice([2023, 2024, 2025, 2024]))
