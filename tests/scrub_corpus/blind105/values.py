"""Value generators for blind105 (standard library only).

Every generator takes (rng, lang) and returns a string. Span generators produce
personal data / secrets; negative generators produce look-alikes that must stay.
"""
import string

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
DIGIT_WORDS = {
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}


def fam(lang):
    if lang.startswith("fr"):
        return "fr"
    if lang.startswith("en"):
        return "en"
    return "nl"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(country, bban):
    n = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    chk = 98 - int(n) % 97
    return f"{country}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    total = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return total % 11 == 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- span values
def gen_card(rng, lang):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "visa":
        num = luhn_complete("4", 16, rng)
    elif kind == "mc":
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    elif kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        sep = rng.choice([" ", "", "-"])
        return sep.join([num[:4], num[4:10], num[10:]])
    else:
        num = luhn_complete(rng.choice(["6703", "6761", "5018"]), rng.choice([16, 19]), rng)
    style = rng.choice(["space", "space", "none", "dash", "dot", "mixed"])
    groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    if style == "space":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    if style == "dot":
        return ".".join(groups)
    if style == "mixed":
        return " ".join(groups[:2]) + " " + "".join(groups[2:])
    return num


def gen_cvv(rng, lang):
    return digits(rng, rng.choice([3, 3, 3, 4]))


def gen_card_expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    f = fam(lang)
    style = rng.randint(0, 5)
    if style == 0:
        return f"{m:02d}/{y}"
    if style == 1:
        return f"{m:02d}/20{y}"
    if style == 2:
        return f"{m:02d}-{y}"
    if style == 3:
        return f"{MONTHS[f][m-1][:3].lower()} 20{y}"
    if style == 4:
        return f"{m}/{y}"
    return f"{m:02d} / {y}"


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_iban(rng, lang):
    f = fam(lang)
    roll = rng.random()
    if (lang == "nl" and roll < 0.75) or (lang != "nl" and roll < 0.15):
        bank = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        iban = iban_make("NL", bank + digits(rng, 10))
    elif (lang in ("nl-be", "fr-be") and roll < 0.85) or roll < 0.35:
        acc = digits(rng, 3) + digits(rng, 7)
        chk = int(acc) % 97 or 97
        iban = iban_make("BE", f"{acc}{chk:02d}")
    else:
        c = rng.choice(["DE", "FR", "GB", "LU", "ES"])
        if c == "DE":
            iban = iban_make("DE", digits(rng, 18))
        elif c == "FR":
            iban = iban_make("FR", digits(rng, 10) + digits(rng, 11) + digits(rng, 2))
        elif c == "GB":
            iban = iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(rng, 14))
        elif c == "LU":
            iban = iban_make("LU", digits(rng, 3) + alnum(rng, 13, string.digits + string.ascii_uppercase))
        else:
            iban = iban_make("ES", digits(rng, 20))
    assert iban_ok(iban), iban
    style = rng.random()
    if style < 0.45:
        out = _group4(iban)
    elif style < 0.8:
        out = iban
    elif style < 0.9:
        out = iban.lower()
    else:
        out = _group4(iban).lower() if rng.random() < 0.5 else "-".join(_group4(iban).split(" "))
    return out


def gen_bsn(rng, lang):
    if lang in ("nl-be", "fr-be"):
        return gen_rrn(rng, lang)
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        total = sum(d[i] * (9 - i) for i in range(8))
        last = total % 11
        if last <= 9:
            s = "".join(map(str, d)) + str(last)
            break
    assert bsn_ok(s)
    st = rng.randint(0, 4)
    if st == 1:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if st == 2:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if st == 3:
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    return s


def gen_rrn(rng, lang):
    y = rng.randint(1940, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    n = int(("2" + base) if y >= 2000 else base)
    chk = 97 - n % 97
    s = f"{base}{chk:02d}"
    assert rrn_ok(s)
    st = rng.randint(0, 3)
    if st == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if st == 1:
        return s
    if st == 2:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return f"{s[:6]}-{s[6:9]}-{s[9:]}"


def gen_phone(rng, lang):
    if lang == "nl":
        if rng.random() < 0.7:
            n = "6" + digits(rng, 8)
            return rng.choice([
                f"0{n[:1]}-{n[1:]}", f"0{n[:1]} {n[1:5]} {n[5:]}", f"+31 {n[:1]} {n[1:]}",
                f"+31{n}", f"0031 {n[:1]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"+31 (0){n[:1]} {n[1:5]} {n[5:]}", f"0{n}", f"0{n[:1]}-{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
        area = rng.choice(["20", "10", "30", "70", "40", "50", "13", "24", "38", "58"])
        rest = digits(rng, 7, True)
        return rng.choice([f"0{area}-{rest}", f"0{area} {rest[:3]} {rest[3:]}", f"+31 {area} {rest}"])
    if lang in ("nl-be", "fr-be"):
        if rng.random() < 0.7:
            p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "495", "496", "497", "498", "499"])
            r = digits(rng, 6)
            return rng.choice([
                f"0{p} {r[:2]} {r[2:4]} {r[4:]}", f"0{p}/{r[:2]}.{r[2:4]}.{r[4:]}", f"+32 {p} {r[:2]} {r[2:4]} {r[4:]}",
                f"0032{p}{r}", f"0{p}{r}", f"+32{p}{r}", f"0{p}/{r}", f"0{p} {r[:3]} {r[3:]}"])
        a = rng.choice(["2", "3", "9", "4", "50", "16", "11", "15"])
        r = digits(rng, 8 - len(a), True)
        return rng.choice([f"0{a} {r[:3]} {r[3:5]} {r[5:]}", f"0{a}/{r[:3]}.{r[3:5]}.{r[5:]}", f"+32 {a} {r}"])
    if lang == "en-gb":
        if rng.random() < 0.7:
            r = digits(rng, 6)
            p = "7" + digits(rng, 3)
            return rng.choice([f"0{p} {r}", f"+44 {p} {r}", f"+44 (0){p} {r[:3]} {r[3:]}", f"0{p}{r}",
                               f"0{p[:3]} {p[3:]}{r[:2]} {r[2:]}", f"0044 {p} {r}"])
        return rng.choice([f"020 {digits(rng,4,True)} {digits(rng,4)}", f"0113 {digits(rng,3,True)} {digits(rng,4)}",
                           f"0161 {digits(rng,3,True)} {digits(rng,4)}", f"+44 131 {digits(rng,3,True)} {digits(rng,4)}"])
    area = str(rng.randint(201, 989))
    ex = str(rng.randint(200, 989))
    ln = digits(rng, 4)
    return rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}.{ex}.{ln}",
                       f"1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"{area}{ex}{ln}"])


def gen_company_phone(rng, lang):
    if lang == "nl":
        return rng.choice([f"0800-{digits(rng,4)}", f"0900-{digits(rng,4)}", f"088 {digits(rng,3)} {digits(rng,4)}",
                           f"0800 {digits(rng,3)} {digits(rng,4)}", f"085-{digits(rng,7)}"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice([f"078 {digits(rng,2)} {digits(rng,2)} {digits(rng,2)}", f"0800 {digits(rng,2)} {digits(rng,3)}",
                           f"070/{digits(rng,2)}.{digits(rng,2)}.{digits(rng,2)}", f"078/{digits(rng,3)}.{digits(rng,3)}"])
    if lang == "en-gb":
        return rng.choice([f"0345 {digits(rng,3)} {digits(rng,4)}", f"0800 {digits(rng,3)} {digits(rng,4)}",
                           f"0333 {digits(rng,3)} {digits(rng,4)}", f"0300 {digits(rng,3)} {digits(rng,4)}"])
    return rng.choice([f"1-800-{digits(rng,3)}-{digits(rng,4)}", f"(888) {digits(rng,3)}-{digits(rng,4)}",
                       f"1 (877) {digits(rng,3)}-{digits(rng,4)}", f"800.{digits(rng,3)}.{digits(rng,4)}"])


EMAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl", "icloud.com"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be", "live.be"],
    "en-gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk", "outlook.com", "virginmedia.com"],
    "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "verizon.net"],
}
LOCALS_F = ["anna", "jeroen", "sanne", "bram", "els", "kevin", "lotte", "pieter", "nathalie", "sophie", "wim",
            "fatima", "mo", "ines", "tom", "emma", "james", "sarah", "dave", "megan", "jo", "lucie", "koen"]
LOCALS_L = ["devries", "jansen", "peeters", "maes", "dubois", "lambert", "smith", "jones", "miller", "bakker",
            "janssens", "claes", "elamrani", "vandenberg", "wouters", "taylor", "brown", "garcia", "mertens"]


def gen_email(rng, lang):
    key = "be" if lang in ("nl-be", "fr-be") else ("nl" if lang == "nl" else lang)
    f, l = rng.choice(LOCALS_F), rng.choice(LOCALS_L)
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rng.randint(1,99)}", f"{l}.{f}",
                        f"{f}{rng.randint(70,99)}", f"{f}.{l}{rng.randint(1,9)}", f"{f}-{l}"])
    e = f"{local}@{rng.choice(EMAIL_DOMAINS[key])}"
    return e.upper() if rng.random() < 0.03 else e


STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Prinsengracht", "Beukenlaan", "Stationsweg",
           "Van Goghstraat", "Vondelstraat", "Lindelaan", "Schoolstraat", "Hoofdweg", "Kastanjehof", "Zeeweg",
           "Marktplein", "Oranjestraat", "Eikenlaan", "Burgemeester Jansenlaan", "Nieuwe Binnenweg", "Achterom"],
    "nl-be": ["Kerkstraat", "Stationsstraat", "Kapelstraat", "Molenstraat", "Veldstraat", "Brugsesteenweg",
              "Gentsesteenweg", "Diestsestraat", "Lange Leemstraat", "Kortrijksesteenweg", "Dorpstraat", "Nieuwstraat",
              "Meir", "Grote Markt", "Tiensestraat", "Leopoldlei"],
    "fr-be": ["Rue de la Station", "Avenue Louise", "Rue du Moulin", "Chaussée de Wavre", "Rue Haute", "Rue de l'Église",
              "Boulevard d'Avroy", "Rue des Écoles", "Chaussée de Louvain", "Place Saint-Lambert", "Rue Royale",
              "Avenue des Tilleuls", "Rue Neuve", "Chemin du Bois"],
    "en-gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Elm Grove", "Mill Lane", "Park Avenue",
              "Queens Road", "The Crescent", "Kings Drive", "Manor Close", "Orchard Way", "Albert Street", "Green Lane"],
    "en-us": ["Maple Ave", "Oak Street", "Main St", "Washington Blvd", "Pine Road", "Elm St", "Lakeview Dr",
              "Cedar Lane", "Sunset Blvd", "2nd Street", "Park Place", "Hillcrest Rd", "Willow Ct", "Madison Ave"],
}
CITIES = {
    "nl": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Zwolle", "80"),
           ("Groningen", "97"), ("Eindhoven", "56"), ("Haarlem", "20"), ("Amersfoort", "38"), ("Leeuwarden", "89"),
           ("Breda", "48"), ("Nijmegen", "65"), ("Alkmaar", "18"), ("Deventer", "74")],
    "nl-be": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"),
              ("Mechelen", "2800"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Sint-Niklaas", "9100"), ("Genk", "3600"),
              ("Berchem", "2600"), ("Oostende", "8400")],
    "fr-be": [("Bruxelles", "1000"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Mons", "7000"),
              ("Wavre", "1300"), ("Ixelles", "1050"), ("Tournai", "7500"), ("Arlon", "6700"), ("Schaerbeek", "1030"),
              ("Ottignies", "1340"), ("Verviers", "4800")],
    "en-gb": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Brighton", "BN"), ("Norwich", "NR"),
              ("York", "YO"), ("Cardiff", "CF"), ("London", "SE"), ("Sheffield", "S"), ("Glasgow", "G"),
              ("Oxford", "OX"), ("Bath", "BA")],
    "en-us": [("Springfield, IL", "627"), ("Austin, TX", "787"), ("Portland, OR", "972"), ("Columbus, OH", "432"),
              ("Denver, CO", "802"), ("Raleigh, NC", "276"), ("Madison, WI", "537"), ("Tampa, FL", "336"),
              ("Boise, ID", "837"), ("Albany, NY", "122"), ("Tucson, AZ", "857"), ("Omaha, NE", "681")],
}


def gen_address(rng, lang):
    street = rng.choice(STREETS[lang])
    city, pc = rng.choice(CITIES[lang])
    no = str(rng.randint(1, 240))
    L = string.ascii_uppercase
    if lang == "nl":
        if rng.random() < 0.25:
            no += rng.choice(["a", "b", "-2", " II", "A", "-hs", " bis"])
        post = f"{pc}{digits(rng,2)} {rng.choice(L)}{rng.choice(L)}"
        if rng.random() < 0.2:
            post = post.replace(" ", "")
        return rng.choice([f"{street} {no}, {post} {city}", f"{street} {no}", f"{street} {no} {post} {city}",
                           f"{street} {no}, {city}", f"{street} {no}\u00a0te {city}" if False else f"{street} {no}, {post.upper()}  {city}".replace("  ", " ")])
    if lang == "nl-be":
        if rng.random() < 0.3:
            no += rng.choice([" bus 3", "/0101", " bus 12", "A", " bus 2B"])
        return rng.choice([f"{street} {no}, {pc} {city}", f"{street} {no}", f"{street} {no} {pc} {city}", f"{street} {no} te {pc} {city}"])
    if lang == "fr-be":
        if rng.random() < 0.3:
            no += rng.choice([" bte 4", "/2", " boîte 11", "B"])
        return rng.choice([f"{street} {no}, {pc} {city}", f"{street}, {no}", f"{street} {no} à {pc} {city}", f"{no} {street}, {pc} {city}" if False else f"{street} {no}, {city}"])
    if lang == "en-gb":
        flat = rng.choice(["", "", "", "Flat 3, ", "Flat 12B, ", "Apartment 4, "])
        post = f"{pc}{rng.randint(1,28)} {rng.randint(1,9)}{rng.choice(L)}{rng.choice(L)}"
        return rng.choice([f"{flat}{no} {street}, {city} {post}", f"{flat}{no} {street}", f"{no} {street}, {city}, {post}",
                           f"{no} {street} {post}"])
    apt = rng.choice(["", "", "", ", Apt 5", " Apt. 2B", ", Unit 12", " #304"])
    return rng.choice([f"{rng.randint(100,9999)} {street}{apt}, {city} {pc}{digits(rng,2)}", f"{rng.randint(100,9999)} {street}{apt}",
                       f"{rng.randint(100,9999)} {street}, {city} {pc}{digits(rng,2)}"])


def gen_dob(rng, lang):
    y, m, d = rng.randint(1938, 2007), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(lang)
    if lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS['en'][m-1]} {d}, {y}", f"{MONTHS['en'][m-1][:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif f == "en":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]} {y}", f"{d}/{m}/{y % 100:02d}", f"{d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[f][m-1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y}", f"{y}-{m:02d}-{d:02d}"]
    return rng.choice(opts)


def gen_customer_number(rng, lang):
    st = rng.randint(0, 12)
    if st == 0:
        return digits(rng, rng.choice([7, 8, 9, 10]), True)
    if st == 1:
        return f"{rng.choice(['K', 'KL', 'C', 'CUS', 'M'])}-{digits(rng, 6)}"
    if st == 2:
        return f"{digits(rng,4)}-{digits(rng,4)}-{digits(rng,2)}"
    if st == 3:
        return "8716" + digits(rng, 14)  # EAN connection code
    if st == 4:
        return f"{rng.choice(['UV', 'POL', 'P', 'DL'])}{digits(rng, 7)}"
    if st == 5:
        return f"{digits(rng,3)}.{digits(rng,3)}.{digits(rng,3)}"
    if st == 6:
        return f"{digits(rng,2)} {digits(rng,3)} {digits(rng,3)}"
    if st == 7:
        return f"{rng.choice(['FP', 'GEN', 'MBR', 'HH'])}{digits(rng,8)}"
    if st == 8:
        return f"{digits(rng,4)} {digits(rng,4)} {digits(rng,2)}"
    if st == 9:
        return f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{digits(rng,6)}{rng.choice(string.ascii_uppercase)}"
    if st == 10:
        return f"0{digits(rng,9)}"
    if st == 11:
        return f"{digits(rng,6)}/{digits(rng,2)}"
    return f"{rng.choice(['AP', 'WP', 'CBR'])}-{digits(rng,4)}-{digits(rng,4)}"


PW_WORDS = ["zomer", "Welkom", "voetbal", "Konijn", "Amsterdam", "bloemetje", "Oma", "papillon", "soleil", "Brugge",
            "sunshine", "Arsenal", "liverpool", "Monkey", "dragon", "Lente", "Tulp", "chocolat", "Fietsen", "holiday"]


def gen_password(rng, lang):
    st = rng.randint(0, 6)
    w = rng.choice(PW_WORDS)
    if st == 0:
        return f"{w}{rng.randint(1960, 2025)}{rng.choice(['!', '#', '', '?', '*'])}"
    if st == 1:
        return f"{w.capitalize()}{rng.choice(['_', '.', '-', '@'])}{rng.randint(1, 999)}"
    if st == 2:
        return alnum(rng, rng.randint(10, 16), string.ascii_letters + string.digits + "!#$%&*")
    if st == 3:
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{leet}{rng.choice(['!!', '$', '#1', '99'])}"
    if st == 4:
        return f"{w.lower()}{rng.choice(PW_WORDS).lower()}{rng.randint(1, 99)}"
    if st == 5:
        return f"{rng.choice(PW_WORDS)}-{rng.choice(PW_WORDS)}-{rng.choice(PW_WORDS)}".lower()
    return f"{w}{digits(rng, 3)}{rng.choice(string.ascii_uppercase)}{rng.choice('!?&%')}"


def gen_pin(rng, lang):
    return digits(rng, rng.choice([4, 4, 4, 4, 5, 6]))


def gen_puk(rng, lang):
    p = digits(rng, 8)
    return p if rng.random() < 0.75 else f"{p[:4]} {p[4:]}"


def gen_otp(rng, lang):
    n = rng.choice([6, 6, 6, 5, 8, 4])
    d = digits(rng, n)
    r = rng.random()
    if r < 0.15 and n == 6:
        return f"{d[:3]} {d[3:]}"
    if r < 0.22 and n == 6:
        return f"{d[:3]}-{d[3:]}"
    if r < 0.32:
        return " ".join(DIGIT_WORDS[fam(lang)][int(c)] for c in d[:6])
    return d


def gen_wifi_key(rng, lang):
    st = rng.randint(0, 4)
    if st == 0:
        return alnum(rng, rng.choice([12, 16, 20]))
    if st == 1:
        return "-".join(alnum(rng, 4) for _ in range(rng.choice([3, 4])))
    if st == 2:
        return f"{rng.choice(PW_WORDS).lower()}{rng.choice(['aanzee', 'beach', 'duin', 'huisje', 'cottage', 'maison'])}{rng.randint(10, 2025)}"
    if st == 3:
        return digits(rng, rng.choice([10, 12]))
    return f"{rng.choice(PW_WORDS).capitalize()}#{rng.randint(1, 99)}{rng.choice(['Guest', 'Gast', 'Invite'])}"


def gen_username(rng, lang):
    f, l = rng.choice(LOCALS_F), rng.choice(LOCALS_L)
    return rng.choice([f"{f}{l}{rng.randint(1, 99)}", f"{f[0]}.{l}", f"{f}_{l}", f"{l}{f[0]}{rng.randint(70, 99)}",
                       f"{f.capitalize()}{l.capitalize()}", f"{f}.{l}", f"{f}{rng.randint(1980, 2010)}", f"{l.upper()}{digits(rng,3)}"])


def gen_api_key(rng, lang):
    st = rng.randint(0, 6)
    if st == 0:
        return "sk_live_" + alnum(rng, 24)
    if st == 1:
        return "AKIA" + alnum(rng, 16, string.ascii_uppercase + string.digits)
    if st == 2:
        return alnum(rng, 40, string.ascii_letters + string.digits + "/+")
    if st == 3:
        return "AIza" + alnum(rng, 35, string.ascii_letters + string.digits + "-_")
    if st == 4:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if st == 5:
        return "pk_test_" + alnum(rng, 24)
    return "SG." + alnum(rng, 22) + "." + alnum(rng, 43, string.ascii_letters + string.digits + "-_")


def gen_token(rng, lang):
    st = rng.randint(0, 4)
    if st == 0:
        b = string.ascii_letters + string.digits + "-_"
        return "eyJ" + alnum(rng, 30, b) + "." + "eyJ" + alnum(rng, 40, b) + "." + alnum(rng, 43, b)
    if st == 1:
        return "ghp_" + alnum(rng, 36)
    if st == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if st == 3:
        return "ya29." + alnum(rng, 60, string.ascii_letters + string.digits + "-_")
    return alnum(rng, 28) + "=="


def gen_ip(rng, lang):
    if rng.random() < 0.12:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(5)) + "::" + f"{rng.randint(1, 65535):x}"
    a = rng.choice([84, 31, 145, 213, 77, 62, 81, 178, 94, 192, 86, 109])
    if a == 192:
        return f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}"
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


SPAN_GEN = {
    "card": gen_card, "cvv": gen_cvv, "card_expiry": gen_card_expiry, "iban": gen_iban, "bsn": gen_bsn,
    "phone": gen_phone, "email": gen_email, "address": gen_address, "date_of_birth": gen_dob,
    "customer_number": gen_customer_number, "password": gen_password, "pin": gen_pin, "puk": gen_puk,
    "otp": gen_otp, "wifi_key": gen_wifi_key, "username": gen_username, "api_key": gen_api_key,
    "token": gen_token, "ip_address": gen_ip,
}


# ---------------------------------------------------------------- negatives
def neg_date(rng, lang):
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(lang)
    if f == "en":
        o = [f"{d} {MONTHS['en'][m-1]}", f"{MONTHS['en'][m-1][:3]} {d}", f"{d}/{m}/{y}" if lang == "en-gb" else f"{m}/{d}/{y}",
             f"{MONTHS['en'][m-1]} {d}th" if d > 3 and d < 21 else f"{d} {MONTHS['en'][m-1][:3]}"]
    else:
        o = [f"{d}-{m}-{y}", f"{d} {MONTHS[f][m-1]}", f"{d:02d}/{m:02d}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}"]
    return rng.choice(o)


def neg_time(rng, lang):
    h, mi = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 10, 50])
    f = fam(lang)
    if lang == "nl-be":
        return rng.choice([f"{h}u{mi:02d}", f"{h}u", f"{h}:{mi:02d}"])
    if f == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
    if f == "en":
        hh = h - 12 if h > 12 else h
        return rng.choice([f"{hh}:{mi:02d}{'pm' if h >= 12 else 'am'}", f"{h}:{mi:02d}", f"{hh}{'pm' if h >= 12 else 'am'}", f"{hh}.{mi:02d} {'p.m.' if h >= 12 else 'a.m.'}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}:{mi:02d}u"])


def neg_amount(rng, lang):
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 2500), rng.randint(1, 60)])
    c = rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{v}.{c:02d}", f"£{v}", f"GBP {v}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${v}.{c:02d}", f"${v}", f"USD {v}"])
    if lang == "fr-be":
        return rng.choice([f"{v},{c:02d} €", f"{v} euros", f"€{v},{c:02d}", f"{v}€"])
    return rng.choice([f"€ {v},{c:02d}", f"€{v},-", f"{v} euro", f"EUR {v},{c:02d}", f"€{v}"])


def neg_quantity(rng, lang):
    n = rng.randint(2, 300)
    f = fam(lang)
    u = {"nl": ["stuks", "foto's", "nachten", "containers", "lessen", "kg", "vellen", "personen", "zakken"],
         "fr": ["photos", "nuits", "leçons", "exemplaires", "sacs", "personnes", "kg", "tirages"],
         "en": ["prints", "nights", "lessons", "copies", "bags", "guests", "kg", "photos", "sheets"]}[f]
    return f"{n} {rng.choice(u)}"


def neg_percentage(rng, lang):
    v = rng.choice([5, 10, 15, 20, 25, 30, 50, 12.5, 21, 6])
    s = str(v).replace(".", "," if fam(lang) != "en" else ".")
    return rng.choice([f"{s}%", f"{s} %", f"{s} procent" if fam(lang) == "nl" else f"{s}%"])


def neg_year(rng, lang):
    return str(rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]))


def neg_order_number(rng, lang):
    return rng.choice([f"#{digits(rng,6,True)}", f"BK-{digits(rng,7)}", f"{digits(rng,10,True)}", f"ORD{digits(rng,8)}",
                       f"FT-{digits(rng,2)}-{digits(rng,5)}", f"HMX{alnum(rng,7,string.ascii_uppercase+string.digits)}",
                       f"{digits(rng,4)}.{digits(rng,3)}.{digits(rng,3)}", f"R{digits(rng,9)}"])


def neg_ticket_number(rng, lang):
    return rng.choice([f"CASE-{digits(rng,6)}", f"{rng.choice(['2025', '2026'])}-{digits(rng,5)}", f"#{digits(rng,7,True)}",
                       f"SR{digits(rng,8)}", f"INC{digits(rng,7)}", f"KL-{digits(rng,6)}", f"Z{digits(rng,7)}", f"CLM-{digits(rng,6)}"])


def neg_invoice_number(rng, lang):
    return rng.choice([f"F{rng.choice(['2025', '2026'])}-{digits(rng,5)}", f"INV-{digits(rng,6)}", f"{digits(rng,8,True)}",
                       f"FACT/{digits(rng,4)}/{digits(rng,3)}", f"VF{digits(rng,7)}", f"NOTA-{digits(rng,5)}"])


def neg_tracking_number(rng, lang):
    U = string.ascii_uppercase
    return rng.choice([f"3S{alnum(rng,4,U)}{digits(rng,9)}", f"1Z{alnum(rng,6,U+string.digits)}{digits(rng,10)}",
                       f"JVGL{digits(rng,16)}", f"{alnum(rng,2,U)}{digits(rng,9)}NL", f"CD{digits(rng,9)}BE",
                       f"9400{digits(rng,18)}", f"{digits(rng,14)}"])


def neg_request_id(rng, lang):
    h = "0123456789abcdef"
    return rng.choice(["-".join("".join(rng.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12)),
                       f"req_{alnum(rng,16)}", f"REQ-{digits(rng,8)}", f"trace-{''.join(rng.choice(h) for _ in range(12))}"])


def neg_error_code(rng, lang):
    return rng.choice([f"E{rng.randint(100, 999)}", f"0x{rng.randint(0x80000000, 0x8FFFFFFF):08X}", "ERR_CONNECTION_RESET",
                       f"HTTP {rng.choice([400, 403, 404, 500, 502, 503])}", f"error {rng.randint(1000, 9999)}",
                       f"PAY-{rng.randint(10, 99)}", "UPLOAD_TIMEOUT", f"code {rng.randint(10, 99)}-{rng.randint(100, 999)}"])


def neg_version(rng, lang):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Android {rng.randint(11, 15)}", f"versie {rng.randint(3, 9)}.{rng.randint(0, 20)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(100, 999)}", f"build {rng.randint(2000, 9999)}"])


def neg_model(rng, lang):
    return rng.choice([f"SM-A{rng.randint(100, 599)}B", f"iPhone {rng.randint(11, 16)}", f"EOS {rng.randint(200, 900)}D",
                       f"PIXMA TS{rng.randint(3000, 9999)}", f"FRITZ!Box {rng.choice([7530, 7590, 7490])}",
                       f"HP ENVY {rng.randint(6000, 6999)}e", f"DCP-L{rng.randint(2000, 3999)}DW", f"Yale YD-{rng.randint(10, 99)}"])


def neg_product_code(rng, lang):
    U = string.ascii_uppercase
    return rng.choice([f"SKU-{digits(rng,6)}", f"FB-A4-{rng.choice(['HC', 'SC', 'LF'])}{digits(rng,2)}",
                       f"{alnum(rng,3,U)}-{digits(rng,4)}", f"CAN{rng.choice(['30x40', '50x70', '20x20'])}",
                       f"ART.{digits(rng,5)}", f"P{digits(rng,6)}-{rng.choice(['M', 'L', 'XL'])}"])


def neg_flight(rng, lang):
    return rng.choice([f"KL{rng.randint(600, 1999)}", f"FR {rng.randint(1000, 9999)}", f"SN{rng.randint(2000, 3999)}",
                       f"HV {rng.randint(5000, 6999)}", f"BA{rng.randint(400, 999)}", f"U2 {rng.randint(1000, 8999)}", f"TB{rng.randint(1000, 2999)}"])


def neg_company_reg(rng, lang):
    if lang == "nl":
        return rng.choice([f"KvK {digits(rng,8,True)}", f"NL{digits(rng,9)}B{digits(rng,2)}", f"KvK-nr. {digits(rng,8,True)}"])
    if lang in ("nl-be", "fr-be"):
        d = "0" + digits(rng, 9)
        return rng.choice([f"BE {d[:4]}.{d[4:7]}.{d[7:]}", f"BE{d}", f"{d[:4]}.{d[4:7]}.{d[7:]}"])
    if lang == "en-gb":
        return rng.choice([f"Company No. {digits(rng,8)}", f"VAT GB{digits(rng,9)}", f"Registered in England {digits(rng,8)}"])
    return rng.choice([f"EIN {digits(rng,2)}-{digits(rng,7)}", f"SIREN {digits(rng,3)} {digits(rng,3)} {digits(rng,3)}"])


def neg_masked(rng, lang):
    return rng.choice([f"****{digits(rng,4)}", f"NL** **** **** {digits(rng,4)} {digits(rng,2)}", f"xxxx-xxxx-xxxx-{digits(rng,4)}",
                       f"BE** **** **** {digits(rng,2)}", f"{rng.choice(LOCALS_F)[0]}***@{rng.choice(['gmail.com', 'hotmail.com', 'telenet.be'])}",
                       f"06-****{digits(rng,4)}", f"•••• {digits(rng,4)}", f"*** *** {digits(rng,3)}", f"+32 4** ** ** {digits(rng,2)}"])


def neg_meter(rng, lang):
    return rng.choice([f"{digits(rng,5,True)} kWh", f"{rng.randint(100, 9999)} m³", f"{digits(rng,6,True)}", f"{rng.randint(1000, 99999)},{rng.randint(0, 9)} kWh"])


def neg_port(rng, lang):
    return str(rng.choice([443, 8080, 8443, 22, 3389, 25, 587, 993, 5060, 1194]))


def neg_checksum(rng, lang):
    h = "0123456789abcdef"
    return "".join(rng.choice(h) for _ in range(rng.choice([32, 40, 64])))


NEG_GEN = {
    "date": neg_date, "time": neg_time, "amount": neg_amount, "quantity": neg_quantity, "percentage": neg_percentage,
    "year": neg_year, "order_number": neg_order_number, "ticket_number": neg_ticket_number,
    "invoice_number": neg_invoice_number, "tracking_number": neg_tracking_number, "request_id": neg_request_id,
    "error_code": neg_error_code, "version_string": neg_version, "model_number": neg_model,
    "product_code": neg_product_code, "flight_number": neg_flight, "company_phone": gen_company_phone,
    "company_registration": neg_company_reg, "masked_value": neg_masked, "meter_reading": neg_meter,
    "port": neg_port, "checksum": neg_checksum,
    # url / mention / hashtag come from pools (dealt per half)
}


QTY_UNITS = {
    "wait": {"nl": ["dagen", "weken", "uur", "werkdagen"], "fr": ["jours", "semaines", "heures"], "en": ["days", "weeks", "hours", "working days"]},
    "prints": {"nl": ["foto's", "afdrukken", "stuks", "vellen"], "fr": ["photos", "tirages", "exemplaires"], "en": ["prints", "photos", "copies", "sheets"]},
    "nights": {"nl": ["nachten", "personen"], "fr": ["nuits", "personnes"], "en": ["nights", "guests"]},
    "people": {"nl": ["personen", "gasten"], "fr": ["personnes", "adultes"], "en": ["people", "guests"]},
    "lessons": {"nl": ["lessen", "rijlessen"], "fr": ["leçons", "heures"], "en": ["lessons", "hours"]},
    "waste": {"nl": ["m³", "zakken", "kg", "stuks"], "fr": ["m³", "sacs", "kg"], "en": ["bags", "items", "kg"]},
    "attempts": {"nl": ["pogingen", "foute pogingen"], "fr": ["tentatives"], "en": ["attempts", "tries"]},
}


def make_qty(cat):
    def g(rng, lang):
        lo, hi = {"wait": (2, 9), "prints": (10, 400), "nights": (2, 14), "people": (2, 8), "lessons": (5, 40),
                  "waste": (2, 12), "attempts": (3, 6)}[cat]
        return f"{rng.randint(lo, hi)} {rng.choice(QTY_UNITS[cat][fam(lang)])}"
    return g


for _c in QTY_UNITS:
    NEG_GEN["qty_" + _c] = make_qty(_c)


def neg_kind(name):
    return "quantity" if name.startswith("qty_") else name
