"""Value generators for blind66 (cars and their paperwork).

Every generator takes (rng, lang) and returns a string. SPAN_GENS map a
placeholder name to (label type, generator); NEG_GENS map a placeholder
name to (negative kind, generator).
"""
import string

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
HEX = "0123456789abcdef"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


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
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0 and sum(d) > 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- secrets
WORDS = ["Zomer", "Winter", "Tesla", "Lease", "Volvo", "Garage", "Sleutel", "Voiture", "Rijden",
         "Laadpaal", "Auto", "Parking", "Kilometer", "Bolide", "Snelweg", "Turbo", "Diesel",
         "Roadtrip", "Michelin", "Ardennen", "Hasselt", "Wagen", "Camper", "Octavia", "Mustang"]
SYMS = "!#$%&*?@+-_."


def g_password(rng, lang):
    k = rng.randrange(6)
    if k == 0:
        return rng.choice(WORDS) + digits(rng, rng.choice([2, 4])) + rng.choice("!#?$")
    if k == 1:
        return "".join(rng.choice(UP + LOW + DIG + "!#%&*") for _ in range(rng.randint(9, 14)))
    if k == 2:
        w = rng.sample(WORDS, 2)
        return w[0].lower() + rng.choice("-_.") + w[1].lower() + digits(rng, 2)
    if k == 3:
        return rng.choice(WORDS)[:1].lower() + rng.choice(WORDS)[1:] + "@" + digits(rng, 4)
    if k == 4:
        s = "".join(rng.choice(LOW) for _ in range(5)) + digits(rng, 3) + rng.choice(UP) + rng.choice("!%&")
        return s
    return rng.choice(WORDS) + rng.choice(["_", "", "."]) + rng.choice(["Lease", "2024", "Auto", "Car"]) + rng.choice(["!", "1", "#1", "99"])


def g_pin(rng, lang):
    return digits(rng, rng.choice([4, 4, 4, 5, 6]))


def g_pin4(rng, lang):
    return digits(rng, 4)


def g_puk(rng, lang):
    return digits(rng, 8, True)


def g_otp(rng, lang):
    k = rng.randrange(5)
    d = digits(rng, 6)
    if k == 0:
        return d[:3] + " " + d[3:]
    if k == 1:
        return "G-" + d
    if k == 2:
        return digits(rng, 5)
    return d


NUMW = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def fam(lang):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr"}.get(lang, "en")


def g_otp_words(rng, lang):
    w = NUMW[fam(lang)]
    sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(w[int(c)] for c in digits(rng, 6))


def g_wifi(rng, lang):
    k = rng.randrange(3)
    if k == 0:
        return "".join(rng.choice(UP + LOW + DIG) for _ in range(rng.randint(12, 20)))
    if k == 1:
        return "-".join("".join(rng.choice(LOW + DIG) for _ in range(4)) for _ in range(4))
    return rng.choice(WORDS) + rng.choice(WORDS).lower() + digits(rng, 4) + rng.choice("!#")


USER_BASES = ["jvdberg", "sanne.k", "pieterjanssens", "m.dubois", "karim_b", "lisa1987", "tomvw",
              "dewit.r", "nathalie.p", "ghislain_t", "jdoe_lease", "emma.h", "bramv", "kees.fleet",
              "ann.peeters", "laurent88", "sophie.m", "olly_r", "derek.w", "inge_vos"]


def g_username(rng, lang):
    b = rng.choice(USER_BASES)
    return b + rng.choice(["", "", digits(rng, 2), digits(rng, 3), "_" + digits(rng, 2)])


def g_apikey(rng, lang):
    k = rng.randrange(4)
    an = UP + LOW + DIG
    if k == 0:
        return rng.choice(["sk_live_", "pk_live_", "sk_test_"]) + "".join(rng.choice(an) for _ in range(24))
    if k == 1:
        return "AIza" + "".join(rng.choice(an + "_-") for _ in range(35))
    if k == 2:
        return "".join(rng.choice(HEX) for _ in range(32))
    return "fk_" + "".join(rng.choice(LOW + DIG) for _ in range(28))


def g_aws_id(rng, lang):
    return "AKIA" + "".join(rng.choice(UP + DIG) for _ in range(16))


def g_aws_secret(rng, lang):
    return "".join(rng.choice(UP + LOW + DIG + "/+") for _ in range(40))


def g_token(rng, lang):
    k = rng.randrange(4)
    an = UP + LOW + DIG
    if k == 0:
        def seg(n):
            return "".join(rng.choice(an + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiJ9." + "eyJ" + seg(30) + "." + seg(27)
    if k == 1:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    if k == 2:
        return "".join(rng.choice(HEX) for _ in range(40))
    return "".join(rng.choice(HEX) for _ in range(32))


def g_card(rng, lang):
    k = rng.randrange(6)
    if k == 0:
        n = luhn_complete("37" if rng.random() < .5 else "34", 15, rng)
        return group(n, [4, 6, 5], rng.choice([" ", "-", ""]))
    pre = rng.choice(["4", "4", "51", "53", "55", "2221", "6703"])
    n = luhn_complete(pre, 16, rng)
    if k == 1:
        return n
    if k == 2:
        return group(n, [4, 4, 4, 4], "-")
    return group(n, [4, 4, 4, 4])


def g_fuelcard(rng, lang):
    n = luhn_complete(rng.choice(["7002", "7070", "7077"]), rng.choice([16, 18, 19]), rng)
    return group(n, [4, 4, 4, 4, 3], rng.choice([" ", ""])) if rng.random() < .6 else n


def g_cvv(rng, lang):
    return digits(rng, 3)


def g_expiry(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    k = rng.randrange(4)
    if k == 0:
        return f"{m:02d}/{y}"
    if k == 1:
        return f"{m:02d}/20{y}"
    if k == 2:
        return f"{m:02d}-{y}"
    return f"{m}/{y}"


NLBANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ"]


def g_iban(rng, lang):
    f = fam(lang)
    r = rng.random()
    if lang == "nl" and r < .8 or f == "en" and r < .35:
        ib = iban_make("NL", rng.choice(NLBANKS) + digits(rng, 10))
    elif lang in ("nl-be", "fr-be") and r < .8 or r < .55:
        a = digits(rng, 10, True)
        c = int(a) % 97 or 97
        ib = iban_make("BE", a + f"{c:02d}")
    elif r < .7:
        ib = iban_make("DE", digits(rng, 18))
    elif r < .85:
        ib = iban_make("FR", digits(rng, 23))
    elif lang == "en-gb" or r < .92:
        ib = iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(rng, 14))
    else:
        ib = iban_make("LU", digits(rng, 3) + "".join(rng.choice(UP + DIG) for _ in range(13)))
    k = rng.randrange(6)
    if k <= 2:
        ib = group(ib, [4] * 8)
    if k == 4:
        ib = ib.lower()
    return ib


def g_bsn(rng, lang):
    while True:
        d = [int(c) for c in digits(rng, 8, True)]
        tot = sum(d[i] * (9 - i) for i in range(8))
        last = tot % 11
        if last < 10:
            s = "".join(map(str, d)) + str(last)
            k = rng.randrange(4)
            if k == 0:
                return s[:4] + "." + s[4:6] + "." + s[6:]
            if k == 1:
                return s[:3] + " " + s[3:6] + " " + s[6:]
            return s


def g_rrn(rng, lang):
    y = rng.randint(50, 105)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    yy = y % 100
    base = f"{yy:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - int(("2" if y >= 100 else "") + base) % 97
    s = base + f"{chk:02d}"
    k = rng.randrange(3)
    if k == 0:
        return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    if k == 1:
        return f"{s[:6]} {s[6:9]} {s[9:]}"
    return s


FIRSTS_E = ["j.devries", "sanne.bakker", "pieter.janssens", "marie.dubois", "k.benali", "lisa.smit",
            "tom.vanwijk", "rob.dewit", "nathalie.peeters", "g.timmermans", "jdoe", "emma.hughes",
            "bram.verhoeven", "kees", "ann.maes", "laurent.l", "s.martin", "oliver.reid", "derek.walsh"]
MAILDOM = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl"],
           "nl-be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.be", "proximus.be"],
           "fr-be": ["gmail.com", "skynet.be", "hotmail.com", "voo.be", "outlook.be"],
           "en-gb": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
           "en-us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"]}


def g_email(rng, lang):
    u = rng.choice(FIRSTS_E) + rng.choice(["", "", digits(rng, 2), "_" + digits(rng, 2)])
    if rng.random() < .15:
        return u + "@" + rng.choice(["transportvos.nl", "bouwbedrijf-dekker.nl", "vdb-fleet.be", "ateliers-renard.be", "clarkelogistics.co.uk"])
    return u + "@" + rng.choice(MAILDOM[lang])


def g_phone(rng, lang):
    k = rng.randrange(6)
    if lang == "nl" or (fam(lang) == "en" and rng.random() < .1):
        m = digits(rng, 8)
        return [f"06-{m}", f"06 {m}", f"+31 6 {m[:4]} {m[4:]}", f"0031 6 {m}",
                f"+31(0)6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"0{rng.choice(['20', '30', '10', '40', '50'])}-{digits(rng, 7, True)}"][k]
    if fam(lang) in ("nl", "fr"):
        a, b, c, d = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "486", "494", "495", "496", "497", "498"]), digits(rng, 2), digits(rng, 2), digits(rng, 2)
        return [f"0{a} {b} {c} {d}", f"0{a}/{b}.{c}.{d}", f"+32 {a} {b} {c} {d}", f"+32 (0){a} {b}{c[0]} {c[1]}{d}",
                f"0{a}{b}{c}{d}", f"0{rng.choice(['2', '3', '9'])}/{digits(rng, 3, True)} {digits(rng, 2)} {digits(rng, 2)}"][k]
    if lang == "en-gb":
        m = digits(rng, 6)
        return [f"07{digits(rng, 3)} {m}", f"+44 7{digits(rng, 3)} {m}", f"07{digits(rng, 3)}{m}",
                f"020 7{digits(rng, 3)} {digits(rng, 4)}", f"+44 (0)7{digits(rng, 3)} {m[:3]} {m[3:]}", f"0161 {digits(rng, 3, True)} {digits(rng, 4)}"][k]
    a = rng.choice(["312", "415", "617", "212", "503", "713", "404", "646"])
    b, c = digits(rng, 3, True), digits(rng, 4)
    if b[0] in "01":
        b = "7" + b[1:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"{a}{b}{c}"][k]


NL_STREETS = ["Lindenlaan", "Kerkstraat", "Dorpsstraat", "Van Goghstraat", "Molenweg", "Stationsplein",
              "Prinses Irenelaan", "Burgemeester de Vlugtlaan", "Havenkade", "Beukenhof", "Zonnebloemstraat", "Oude Rijn"]
NL_PC_CITY = [("3581", "Utrecht"), ("1072", "Amsterdam"), ("5611", "Eindhoven"), ("9712", "Groningen"),
              ("2514", "Den Haag"), ("3012", "Rotterdam"), ("6511", "Nijmegen"), ("7411", "Deventer"), ("4811", "Breda")]
BE_STREETS_NL = ["Kortrijksesteenweg", "Veldstraat", "Grote Markt", "Antwerpsesteenweg", "Kapelstraat", "Leopoldlaan", "Diestsestraat", "Stationsstraat"]
BE_STREETS_FR = ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue des Tanneurs", "Boulevard d'Avroy", "Rue Saint-Gilles", "Place du Marché", "Rue de Namur"]
BE_PC_NL = [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8500", "Kortrijk"), ("3500", "Hasselt"), ("8000", "Brugge"), ("2800", "Mechelen")]
BE_PC_FR = [("4000", "Liège"), ("1050", "Ixelles"), ("5000", "Namur"), ("6000", "Charleroi"), ("7000", "Mons"), ("1300", "Wavre"), ("1180", "Uccle")]
UK_STREETS = ["Mill Lane", "Victoria Road", "Church Street", "Park Avenue", "Station Road", "Elm Grove", "Kings Crescent"]
UK_PC = [("Leeds", "LS6 2QT"), ("Bristol", "BS8 1TH"), ("Manchester", "M20 4RX"), ("Reading", "RG1 7JP"), ("Glasgow", "G12 8QQ"), ("Norwich", "NR2 3AB")]
US_STREETS = ["Oak Street", "Maple Ave", "W Madison St", "Sunset Blvd", "Pine Ridge Rd", "Lakeshore Dr", "N Broadway"]
US_CITY = [("Denver", "CO", "80205"), ("Chicago", "IL", "60614"), ("Austin", "TX", "78704"), ("Portland", "OR", "97214"), ("Columbus", "OH", "43215"), ("Atlanta", "GA", "30307")]


def g_address(rng, lang):
    k = rng.randrange(3)
    if lang == "nl":
        st = rng.choice(NL_STREETS) + " " + str(rng.randint(1, 240)) + rng.choice(["", "", "", "a", "-2", " bis", "-II"])
        pc, city = rng.choice(NL_PC_CITY)
        pc = pc + rng.choice([" ", ""]) + rng.choice(UP) + rng.choice(UP)
        return [st, f"{st}, {pc} {city}", f"{st} {pc} {city.upper() if rng.random() < .3 else city}"][k]
    if lang in ("nl-be", "fr-be"):
        fr = lang == "fr-be"
        pc, city = rng.choice(BE_PC_FR if fr else BE_PC_NL)
        n = str(rng.randint(1, 320))
        if fr:
            st = rng.choice(BE_STREETS_FR) + " " + n + rng.choice(["", "", " bte 3", "/2"])
        else:
            st = rng.choice(BE_STREETS_NL) + " " + n + rng.choice(["", "", " bus 12", "/B"])
        return [st, f"{st}, {pc} {city}", f"{st} - {pc} {city}"][k]
    if lang == "en-gb":
        city, pc = rng.choice(UK_PC)
        st = rng.choice(["", "", "Flat 3, ", "Apt 12, "]) + str(rng.randint(1, 180)) + " " + rng.choice(UK_STREETS)
        return [f"{st}, {city} {pc}", f"{st}, {city}, {pc}", st][k]
    city, stt, z = rng.choice(US_CITY)
    st = str(rng.randint(100, 9800)) + " " + rng.choice(US_STREETS) + rng.choice(["", "", ", Apt 5B", " #204"])
    return [f"{st}, {city}, {stt} {z}", f"{st}, {city} {stt} {z}", st][k]


MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def g_dob(rng, lang):
    y, m, d = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
    f = fam(lang)
    k = rng.randrange(4)
    if k == 0:
        return f"{d:02d}-{m:02d}-{y}" if f == "nl" else (f"{d:02d}/{m:02d}/{y}" if lang != "en-us" else f"{m:02d}/{d:02d}/{y}")
    if k == 1:
        mon = MONTHS[f][m - 1]
        return f"{mon} {d}, {y}" if lang == "en-us" else f"{d} {mon} {y}"
    if k == 2:
        return f"{d}.{m}.{y}" if f != "en" else f"{d}/{m}/{str(y)[2:]}"
    return f"{y}-{m:02d}-{d:02d}"


def g_custno(rng, lang):
    k = rng.randrange(5)
    return [digits(rng, 8, True), "K" + digits(rng, 7), digits(rng, 3, True) + "-" + digits(rng, 4) + "-" + digits(rng, 2),
            "CUST-" + digits(rng, 6), digits(rng, 10, True)][k]


def g_lease_no(rng, lang):
    k = rng.randrange(5)
    return ["LC-" + digits(rng, 8), digits(rng, 10, True), "L" + digits(rng, 2) + "/" + digits(rng, 6),
            "CTR" + digits(rng, 7), digits(rng, 4, True) + "." + digits(rng, 3) + "." + digits(rng, 3)][k]


def g_policy_no(rng, lang):
    k = rng.randrange(4)
    return ["AP" + digits(rng, 8), digits(rng, 3, True) + "." + digits(rng, 3) + "." + digits(rng, 3), "POL-" + digits(rng, 4) + "-" + digits(rng, 5),
            rng.choice(UP) + rng.choice(UP) + "/" + digits(rng, 7)][k]


def g_member_no(rng, lang):
    return rng.choice([digits(rng, 9, True), "3" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3), "M" + digits(rng, 8)])


def g_chargecard(rng, lang):
    cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}[lang]
    prov = rng.choice(["TNM", "EVB", "NUO", "SHL", "ALL", "BLU"])
    body = "C" + "".join(rng.choice(UP + DIG) for _ in range(8))
    return rng.choice([f"{cc}-{prov}-{body}-{rng.choice(DIG)}", f"{cc}{prov}{body}{rng.choice(DIG)}", f"{cc}*{prov}*{body}"])


def g_toll_no(rng, lang):
    return rng.choice(["0" + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 4), digits(rng, 12, True), "TB-" + digits(rng, 9)])


def g_ean(rng, lang):
    return rng.choice(["871687" + digits(rng, 12), "5414" + digits(rng, 14)])


def g_ip(rng, lang):
    if rng.random() < .12:
        return "2a02:a45e:" + ":".join("".join(rng.choice(HEX) for _ in range(4)) for _ in range(4)) + "::1"
    return rng.choice([f"{rng.randint(77, 213)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}"])


# ---------------------------------------------------------------- negatives
def n_date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    f = fam(lang)
    return rng.choice([f"{d}-{m}-{y}", f"{d:02d}/{m:02d}", f"{d} {MONTHS[f][m - 1]}", f"{d:02d}.{m:02d}.{y}",
                       f"{MONTHS[f][m - 1]} {d}" if lang == "en-us" else f"{d} {MONTHS[f][m - 1]} {y}"])


def n_time(rng, lang):
    h, m = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 10, 5, 50])
    return rng.choice([f"{h}:{m:02d}", f"{h:02d}.{m:02d}", f"{h}u{m:02d}" if fam(lang) != "en" else f"{h % 12 or 12}:{m:02d}pm", f"{h}h{m:02d}"])


def n_amount(rng, lang):
    v = rng.choice([rng.randint(3, 99), rng.randint(100, 2500)])
    c = rng.choice(["00", "50", "95", "99", "15"])
    if lang == "en-gb":
        return rng.choice([f"£{v}.{c}", f"£{v}", f"GBP {v}.{c}"])
    if lang == "en-us":
        return rng.choice([f"${v}.{c}", f"${v}", f"USD {v}"])
    return rng.choice([f"€ {v},{c}", f"€{v}", f"{v},{c} euro", f"EUR {v},{c}", f"{v} €"])


def n_qty(rng, lang):
    f = fam(lang)
    return rng.choice({"nl": ["4 winterbanden", "2 sleutels", "3 laadpassen", "1 reservesleutel", "5 auto's", "12 wagens"],
                       "fr": ["4 pneus hiver", "2 clés", "3 badges", "6 véhicules", "1 double de clé"],
                       "en": ["4 tyres", "2 keys", "3 charge cards", "6 vans", "1 spare key"]}[f])


def n_dur(rng, lang):
    n = rng.randint(2, 9)
    return rng.choice({"nl": [f"{n} dagen", f"{n} uur", f"{n} werkdagen", f"{n} weken"],
                       "fr": [f"{n} jours", f"{n} heures", f"{n} jours ouvrables", f"{n} semaines"],
                       "en": [f"{n} days", f"{n} hours", f"{n} working days", f"{n} weeks"]}[fam(lang)])


def n_pct(rng, lang):
    return rng.choice([f"{rng.randint(5, 100)}%", f"{rng.randint(5, 100)} %", f"{rng.randint(1, 9)},{rng.randint(1, 9)}%"])


def n_year(rng, lang):
    return str(rng.randint(2012, 2026))


def n_order(rng, lang):
    return rng.choice(["ORD-" + digits(rng, 7), digits(rng, 9, True), "#" + digits(rng, 6, True), "WO" + digits(rng, 6)])


def n_ticket(rng, lang):
    return rng.choice(["CAS-" + digits(rng, 6) + "-" + "".join(rng.choice(UP) for _ in range(4)), "SR" + digits(rng, 8), "#" + digits(rng, 7, True), "INC" + digits(rng, 7)])


def n_claim(rng, lang):
    return rng.choice(["2025-" + digits(rng, 6), "CLM-" + digits(rng, 7), "S" + digits(rng, 2) + "/" + digits(rng, 5), "SCH" + digits(rng, 8)])


def n_invoice(rng, lang):
    return rng.choice(["F2025-" + digits(rng, 5), "INV-" + digits(rng, 6), "VF" + digits(rng, 8), digits(rng, 4) + "/" + digits(rng, 6)])


def n_tracking(rng, lang):
    return rng.choice(["3SDEVC" + digits(rng, 9), "1Z" + "".join(rng.choice(UP + DIG) for _ in range(16)), "JVGL" + digits(rng, 16), "CD" + digits(rng, 9) + "BE"])


def n_reqid(rng, lang):
    h = lambda n: "".join(rng.choice(HEX) for _ in range(n))
    return rng.choice([f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}", "req_" + h(12), "REQ-" + h(10).upper()])


def n_err(rng, lang):
    return rng.choice(["P0420", "P0171", "U0100", "E-" + digits(rng, 4), "ERR_CHARGE_" + digits(rng, 2), "0x80070" + digits(rng, 3), "C1A00", "EVSE-" + digits(rng, 3), "B1342"])


def n_version(rng, lang):
    return rng.choice([f"{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}", f"2025.{rng.randint(2, 44)}.{rng.randint(1, 9)}", f"iOS 18.{rng.randint(0, 5)}.{rng.randint(1, 3)}"])


def n_model(rng, lang):
    return rng.choice(["PLP1-0-2-4-9-002", "XC40 T5", "ID.4 Pro", "EVBox Elvi", "e-208 GT", "Model Y LR", "MG4 Trophy", "TUCSON 1.6 T-GDI", "Octavia Combi 2.0 TDI", "Zoe R135", "Alfen Eve Single S-line", "Kia EV6 GT-Line", "Golf 8 1.5 eTSI"])


def n_product(rng, lang):
    return rng.choice(["SKU " + digits(rng, 7), "ART-" + digits(rng, 5), "1K0 615 301 AA", "5Q0-698-151", "P/N " + digits(rng, 8), "RM-" + digits(rng, 4) + "-X"])


def n_flight(rng, lang):
    return rng.choice(["KL" + digits(rng, 4, True), "HV " + digits(rng, 4, True), "SN" + digits(rng, 4, True), "FR " + digits(rng, 4, True), "BA" + digits(rng, 3, True), "TB" + digits(rng, 4, True)])


def n_cphone(rng, lang):
    if lang == "nl":
        return rng.choice(["088 - 120 45 00", "0900-0101", "088 2692 888", "+31 88 123 4500", "0800-0233", "030 - 800 11 00"])
    if lang in ("nl-be", "fr-be"):
        return rng.choice(["078 15 15 15", "070 344 777", "+32 2 500 12 12", "0800 11 333", "02/505.40.00"])
    if lang == "en-gb":
        return rng.choice(["0800 028 1234", "0345 600 3050", "0330 123 4567", "+44 345 300 4000"])
    return rng.choice(["1-800-555-0199", "(800) 422-7700", "1 (888) 901-2200", "800.437.0000"])


def n_kvk(rng, lang):
    return digits(rng, 8, True)


def n_btw(rng, lang):
    if lang == "nl":
        return "NL" + digits(rng, 9) + "B0" + rng.choice("123")
    if lang == "en-gb":
        return "GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)
    return "BE 0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3)


def n_ondnr(rng, lang):
    return rng.choice(["0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3), "BE0" + digits(rng, 9)])


def n_companyno(rng, lang):
    return rng.choice(["0" + digits(rng, 7), "SC" + digits(rng, 6)]) if lang == "en-gb" else digits(rng, 9, True)


def n_masked(rng, lang):
    return rng.choice(["****" + digits(rng, 4), "NL** **** **** " + digits(rng, 4) + " " + digits(rng, 2), "XXXX-XXXX-XXXX-" + digits(rng, 4),
                       "BE** **** **** " + digits(rng, 4), "•••• " + digits(rng, 4), "06-****" + digits(rng, 4), "j***@" + rng.choice(["gmail.com", "telenet.be"]), "*** *** " + digits(rng, 3)])


def n_km(rng, lang):
    v = rng.randint(1200, 240000)
    f = fam(lang)
    if lang == "en-gb" or lang == "en-us":
        return rng.choice([f"{v:,} miles", f"{v:,} mi", f"{v} km"])
    s = f"{v:,}".replace(",", ".")
    return rng.choice([f"{s} km", f"{v} km", f"{s}km"])


def n_kwh(rng, lang):
    return rng.choice([f"{rng.randint(1000, 99999)},{rng.randint(0, 9)} kWh", f"{rng.randint(1000, 99999)}.{rng.randint(0, 9)} kWh", f"{rng.randint(2, 80)} kWh"])


def n_port(rng, lang):
    return str(rng.choice([8080, 443, 1883, 8883, 502, 9000, 8443]))


def n_checksum(rng, lang):
    return "".join(rng.choice(HEX) for _ in range(rng.choice([40, 64])))


SPAN_GENS = {
    "password": ("password", g_password), "pin": ("pin", g_pin), "pin4": ("pin", g_pin4), "puk": ("puk", g_puk),
    "otp": ("otp", g_otp), "otpw": ("otp", g_otp_words), "wifi": ("wifi_key", g_wifi), "username": ("username", g_username),
    "apikey": ("api_key", g_apikey), "awsid": ("api_key", g_aws_id), "awssecret": ("api_key", g_aws_secret),
    "token": ("token", g_token), "card": ("card", g_card), "fuelcard": ("card", g_fuelcard), "cvv": ("cvv", g_cvv),
    "iban": ("iban", g_iban), "bsn": ("bsn", g_bsn), "rrn": ("bsn", g_rrn), "email": ("email", g_email),
    "phone": ("phone", g_phone), "address": ("address", g_address), "dob": ("date_of_birth", g_dob),
    "custno": ("customer_number", g_custno), "leaseno": ("customer_number", g_lease_no), "policyno": ("customer_number", g_policy_no),
    "memberno": ("customer_number", g_member_no), "chargecard": ("customer_number", g_chargecard), "tollno": ("customer_number", g_toll_no),
    "ean": ("customer_number", g_ean), "expiry": ("card_expiry", g_expiry), "ip": ("ip_address", g_ip),
}

NEG_GENS = {
    "date": ("date", n_date), "time": ("time", n_time), "amount": ("amount", n_amount), "qty": ("quantity", n_qty), "dur": ("quantity", n_dur),
    "pct": ("percentage", n_pct), "year": ("year", n_year), "order": ("order_number", n_order), "ticket": ("ticket_number", n_ticket),
    "claim": ("ticket_number", n_claim), "invoice": ("invoice_number", n_invoice), "tracking": ("tracking_number", n_tracking),
    "reqid": ("request_id", n_reqid), "err": ("error_code", n_err), "version": ("version_string", n_version),
    "model": ("model_number", n_model), "product": ("product_code", n_product), "flight": ("flight_number", n_flight),
    "cphone": ("company_phone", n_cphone), "kvk": ("company_registration", n_kvk), "btw": ("company_registration", n_btw),
    "ondnr": ("company_registration", n_ondnr), "companyno": ("company_registration", n_companyno),
    "masked": ("masked_value", n_masked), "km": ("meter_reading", n_km), "kwh": ("meter_reading", n_kwh),
    "port": ("port", n_port), "checksum": ("checksum", n_checksum),
}
# url, mention, hashtag come from dealt pools (see pools.py)


def check_value(typ, v):
    if typ == "card":
        d = "".join(c for c in v if c.isdigit())
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "iban":
        return iban_ok(v)
    if typ == "bsn":
        d = "".join(c for c in v if c.isdigit())
        return bsn_ok(d) if len(d) == 9 else rrn_ok(d)
    return True
