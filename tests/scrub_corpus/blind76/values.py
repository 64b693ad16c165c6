"""Value generators for the blind76 corpus (cars and mobility). Standard library only.

Every generator has the signature gen(rng, lang, half) -> str.  Filler pools are dealt
alternately (even index -> dev / half 0, odd index -> heldout / half 1).
"""
import string

DIG = string.digits


def deal(pool, half):
    return pool[half::2]


def pick(rng, pool, half):
    return rng.choice(deal(pool, half))


def digits(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def is_en(lang):
    return lang.startswith("en")


def country(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[lang]


# ---------------------------------------------------------------- checksums
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


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_numeric(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_ok(v):
    s = "".join(ch for ch in v if ch.isalnum()).upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    return int(iban_numeric(r)) % 97 == 1


def make_iban(cc, bban):
    chk = 98 - int(iban_numeric(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(v):
    d = [int(c) for c in v if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]
    return s % 11 == 0


def rrn_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


# ---------------------------------------------------------------- pools
FIRST = ["Sanne", "Jeroen", "Fatima", "Bram", "Lotte", "Mehmet", "Anouk", "Koen", "Ilse", "Rachid",
         "Wouter", "Femke", "Pieter-Jan", "Elke", "Nathalie", "Gilles", "Sophie", "Thibault", "Margot",
         "Youssef", "Emma", "Oliver", "Charlotte", "Harry", "Priya", "Tyler", "Megan", "Jamal", "Brenda",
         "Dylan", "Chloe", "Marcus", "Ruth", "Stijn", "Jasper", "Ayla", "Dirk", "Hanneke", "Véronique",
         "Arnaud", "Karen", "Gary", "Siobhan", "Kwame", "Linh", "Noor", "Tom", "Evi"]
LAST = ["de Vries", "Jansen", "Bakker", "Peeters", "Janssens", "Maes", "Claes", "Dubois", "Lambert",
        "Smith", "Taylor", "O'Brien", "Hughes", "Johnson", "Martinez", "Nguyen", "van Dijk", "Visser",
        "El Amrani", "Wouters", "Mertens", "Willems", "Leclercq", "Renard", "Patel", "Walsh", "Cooper",
        "Okafor", "Brouwer", "van den Berg", "Yilmaz", "Goossens", "Vermeulen", "Dupont", "Hendriks",
        "Kowalski"]
CITY = {
    "nl": ["Utrecht", "Amersfoort", "Zwolle", "Eindhoven", "Haarlem", "Breda", "Groningen", "Tilburg",
           "Apeldoorn", "Leiden", "Almere", "Den Bosch", "Nijmegen", "Delft"],
    "be": ["Gent", "Antwerpen", "Leuven", "Hasselt", "Brugge", "Mechelen", "Kortrijk", "Aalst",
           "Genk", "Roeselare", "Sint-Niklaas", "Turnhout"],
    "fr": ["Liège", "Namur", "Charleroi", "Mons", "Wavre", "Bruxelles", "Tournai", "Arlon",
           "Louvain-la-Neuve", "Verviers", "Nivelles", "Ottignies"],
    "uk": ["Leeds", "Bristol", "Manchester", "Reading", "Glasgow", "Norwich", "Cardiff", "Brighton",
           "Sheffield", "York", "Milton Keynes", "Exeter"],
    "us": ["Springfield", "Austin", "Columbus", "Denver", "Portland", "Raleigh", "Tampa", "Madison",
           "Sacramento", "Boise", "Richmond", "Omaha"],
}
STREET = {
    "nl": ["Kerkstraat", "Dorpsweg", "Molenlaan", "Stationsplein", "Prinsengracht", "Julianalaan",
           "Beukenlaan", "Laan van Meerdervoort", "Hoofdstraat", "Eikenrode", "Van Goghstraat",
           "Bosweg", "Marktstraat", "Schoolstraat"],
    "be": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Nieuwstraat", "Kapelstraat",
           "Brusselsesteenweg", "Veldstraat", "Dorpsstraat", "Lindenlaan", "Koning Albertlaan",
           "Hoogstraat", "Begijnhoflaan"],
    "fr": ["Rue de la Station", "Avenue Louise", "Rue du Moulin", "Chaussée de Namur",
           "Rue des Écoles", "Place Saint-Lambert", "Rue de l'Église", "Avenue des Tilleuls",
           "Rue Haute", "Boulevard d'Avroy", "Rue du Château", "Chemin des Prés"],
    "uk": ["Acacia Avenue", "Station Road", "Church Lane", "Victoria Street", "Mill Road",
           "Park Crescent", "Kings Road", "The Green", "Orchard Close", "High Street",
           "Queensway", "Elm Grove"],
    "us": ["Maple St", "Oak Avenue", "Pine Street", "Elm Dr", "Cedar Ln", "Washington Blvd",
           "Lakeview Drive", "Main St", "Sunset Blvd", "Hillcrest Rd", "Park Ave", "Birch Court"],
}
CARS = ["Volkswagen ID.3", "Kia Niro", "Tesla Model Y", "Peugeot 208", "Toyota Corolla Touring Sports",
        "Skoda Enyaq", "Renault Clio", "BMW 320e", "Volvo XC40 Recharge", "Hyundai Kona Electric",
        "Ford Focus", "Opel Corsa-e", "Audi A3 Sportback", "Mercedes A180", "Polestar 2", "Fiat 500e",
        "Nissan Leaf", "Citroën C4", "MG4", "Dacia Sandero", "Honda Civic", "Chevy Bolt", "Ford F-150",
        "Toyota RAV4", "Mini Cooper SE", "Cupra Born"]
BRANDS = ["AutoDamen", "Garage Verbeek", "LeaseVisie", "LaadNet", "ParkeerMaatje", "WegenHulp",
          "DeelAuto", "Van Mossel-achtig Autogroep", "StroomPas", "Garage du Centre", "RoadRescue",
          "ChargeHop", "CityPark", "FleetWise Lease", "Autobedrijf Kroon", "MotorPoint Direct",
          "ParkNow-ish", "E-Laad Plus", "DriveShare", "Garage Claes & Zn"]
AGENTS = ["Sanne", "Mark", "Yara", "Joost", "Leen", "Dieter", "Amélie", "Julien", "Becky", "Tom",
          "Kayla", "Josh", "Inge", "Rik", "Manon", "Hugo", "Sam", "Lisa", "Chris", "Nora"]
SSID = ["Ziggo8834210", "KPN-Modem-5G", "telenet-7A2B1", "Proximus-Home-44F0", "BTHub6-9XQ2",
        "NETGEAR37", "Huis_vd_Berg", "Orange-3F21", "SKYA1B2C", "VodafoneThuis", "xfinitywifi-home",
        "Livebox-77C9", "WiFi-Garage", "TP-Link_E1C4"]


def f_name(rng, lang, half):
    return pick(rng, FIRST, half)


def f_last(rng, lang, half):
    return pick(rng, LAST, half)


def f_full(rng, lang, half):
    return f_name(rng, lang, half) + " " + f_last(rng, lang, half)


def _cityk(lang):
    return {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "uk", "en-us": "us"}[lang]


def f_city(rng, lang, half):
    return pick(rng, CITY[_cityk(lang)], half)


def f_car(rng, lang, half):
    return pick(rng, CARS, half)


def f_brand(rng, lang, half):
    return pick(rng, BRANDS, half)


def f_agent(rng, lang, half):
    return pick(rng, AGENTS, half)


def f_ssid(rng, lang, half):
    return pick(rng, SSID, half)


def f_plate(rng, lang, half):
    L = "BDFGHJKLNPRSTVXZ"
    c = country(lang)
    r = rng.random
    if c == "nl":
        a = "".join(rng.choice(L) for _ in range(3))
        return rng.choice([f"{rng.randint(1,99):02d}-{a}-{rng.randint(1,9)}",
                           f"{a[:2]}-{rng.randint(100,999)}-{a[2]}",
                           f"{rng.randint(1,9)}-{a}-{rng.randint(10,99)}",
                           f"{a[:1]}{a[1:]}{rng.randint(10,99)}{rng.choice(L)}".upper()])
    if c == "be":
        a = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        return rng.choice([f"1-{a}-{rng.randint(100,999)}", f"2-{a}-{rng.randint(100,999)}",
                           f"1{a}{rng.randint(100,999)}"])
    if c == "uk":
        a = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
        b = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        return rng.choice([f"{a}{rng.randint(10,74)} {b}", f"{a}{rng.randint(10,74)}{b}"])
    return f"{rng.randint(1,9)}{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}{rng.randint(100,999)}"


def f_vin(rng, lang, half):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["WVW", "WBA", "VF3", "KNA", "5YJ", "YV1", "TMB", "VF1", "1FT", "JTD", "SAL", "WAU"])
    return wmi + "".join(rng.choice(chars) for _ in range(14))


# ---------------------------------------------------------------- labelled values
def phone(rng, lang, half):
    c = country(lang)
    if c == "nl":
        m = digits(rng, 8)
        f = rng.randrange(9)
        return [f"06-{m}", f"06 {m[:4]} {m[4:]}", f"+31 6 {m}", f"+316{m}", f"0031 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
                f"06{m}", f"(06) {m[:2]}-{m[2:4]}-{m[4:6]}-{m[6:]}",
                f"0{rng.choice(['20','30','10','70','40','50'])}-{digits(rng,7)}",
                f"+31 (0){rng.choice(['20','30','33'])} {digits(rng,3)} {digits(rng,4)}"][f]
    if c == "be":
        m = digits(rng, 6)
        p = rng.choice(["470", "475", "477", "486", "495", "499", "460"])
        f = rng.randrange(8)
        return [f"0{p} {m[:2]} {m[2:4]} {m[4:]}", f"+32 {p} {m[:2]} {m[2:4]} {m[4:]}", f"0{p}/{m[:2]}.{m[2:4]}.{m[4:]}",
                f"0032{p}{m}", f"0{p}{m}", f"+32{p}{m}", f"0{rng.choice(['9','3','2'])}/{digits(rng,3)}.{digits(rng,2)}.{digits(rng,2)}",
                f"0{p}-{m[:3]}-{m[3:]}"][f]
    if c == "uk":
        m = digits(rng, 6)
        f = rng.randrange(7)
        return [f"07{rng.randint(400,999)} {m}", f"+44 7{rng.randint(400,999)} {m}", f"+447{rng.randint(400,999)}{m}",
                f"020 7946 {digits(rng,4)}", f"0161 {digits(rng,3)} {digits(rng,4)}",
                f"(0113) {digits(rng,3)} {digits(rng,4)}", f"07{rng.randint(400,999)}-{m[:3]}-{m[3:]}"][f]
    a, b, n = rng.randint(201, 989), rng.randint(200, 999), digits(rng, 4)
    f = rng.randrange(7)
    return [f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"+1 {a} {b} {n}", f"{a}.{b}.{n}", f"1-{a}-{b}-{n}",
            f"+1 ({a}) {b}-{n}", f"{a}{b}{n}"][f]


EMAIL_DOM = {"nl": ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl", "planet.nl"],
             "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be", "scarlet.be", "live.be"],
             "uk": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk", "icloud.com", "virginmedia.com"],
             "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "att.net", "hotmail.com"]}


def _slug(s):
    out = []
    for ch in s.lower():
        if ch in "éèê":
            ch = "e"
        if ch.isalnum():
            out.append(ch)
    return "".join(out)


def email(rng, lang, half):
    fn, ln = _slug(f_name(rng, lang, half)), _slug(f_last(rng, lang, half))
    c = country(lang)
    dom = rng.choice(EMAIL_DOM[c])
    local = rng.choice([f"{fn}.{ln}", f"{fn}{ln}{rng.randint(1,99)}", f"{fn[0]}.{ln}", f"{fn}_{ln}",
                        f"{ln}{rng.randint(1960,2004)}", f"{fn}.{ln}+lease", f"{fn}{ln[:3]}"])
    e = f"{local}@{dom}"
    return e.upper() if rng.random() < 0.03 else e


def address(rng, lang, half):
    k = _cityk(lang)
    st = pick(rng, STREET[k], half)
    city = pick(rng, CITY[k], half)
    n = rng.randint(1, 180)
    if k == "nl":
        pc = f"{rng.randint(1000,9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        hn = rng.choice([str(n), f"{n}a", f"{n}-2", f"{n} B", f"{n}bis"])
        return rng.choice([f"{st} {hn}, {pc} {city}", f"{st} {hn} {pc.replace(' ','')} {city}", f"{st} {hn}, {city}",
                           f"{st} {hn}"])
    if k in ("be", "fr"):
        pc = str(rng.randint(1000, 9990))
        bus = rng.choice(["", "", f" bus {rng.randint(1,12)}", f"/{rng.randint(1,5)}"]) if k == "be" else rng.choice(["", "", f" bte {rng.randint(1,9)}", f"/{rng.randint(1,5)}"])
        return rng.choice([f"{st} {n}{bus}, {pc} {city}", f"{st} {n}{bus} {pc} {city}", f"{st}, {n}{bus} - {pc} {city}" if k == "fr" else f"{st} {n}{bus}, {city}"])
    if k == "uk":
        pc = f"{rng.choice(['LS','BS','M','RG','G','NR','CF','BN','S','YO','MK','EX'])}{rng.randint(1,20)} {rng.randint(1,9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return rng.choice([f"{n} {st}, {city} {pc}", f"Flat {rng.randint(1,20)}, {n} {st}, {city}, {pc}", f"{n} {st}, {pc}"])
    zipc = f"{rng.randint(10000,99999)}"
    stc = rng.choice(["IL", "TX", "OH", "CO", "OR", "NC", "FL", "WI", "CA", "ID", "VA", "NE"])
    return rng.choice([f"{rng.randint(100,9999)} {st}, {city}, {stc} {zipc}", f"{rng.randint(100,9999)} {st} Apt {rng.randint(1,40)}{rng.choice('ABC')}, {city} {stc} {zipc}",
                       f"{rng.randint(100,9999)} {st}, {city}"])


MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}


def _mk(lang):
    return "fr" if lang == "fr-be" else ("en" if is_en(lang) else "nl")


def dob(rng, lang, half):
    y, m, d = rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[_mk(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{mon} {d}, {y}", f"{m}/{d}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d}th {mon} {y}" if d in (4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,24,25,26,27,28) else f"{d} {mon[:3]} {y}", f"{d:02d}.{m:02d}.{y}"])
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}"])


def iban(rng, lang, half):
    c = country(lang)
    r = rng.random()
    if (c == "nl" and r < 0.8) or (c != "nl" and r < 0.1):
        v = make_iban("NL", rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + digits(rng, 10))
    elif (c == "be" and r < 0.85) or (c != "be" and r < 0.2):
        b = digits(rng, 10)
        ck = int(b) % 97 or 97
        v = make_iban("BE", f"{b}{ck:02d}")
    elif c == "uk" and r < 0.9:
        v = make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14))
    else:
        cc = rng.choice(["DE", "FR", "LU", "ES"])
        if cc == "DE":
            v = make_iban("DE", digits(rng, 18))
        elif cc == "FR":
            v = make_iban("FR", digits(rng, 23))
        elif cc == "LU":
            v = make_iban("LU", digits(rng, 16))
        else:
            v = make_iban("ES", digits(rng, 20))
    f = rng.random()
    if f < 0.5:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif f < 0.6:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower()
    elif f < 0.65:
        v = v.lower()
    return v


def card(rng, lang, half):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    if kind == "maestro":
        n = luhn_complete("6703", 16, rng)
    else:
        n = luhn_complete(rng.choice(["4", "4539", "4916"]) if kind == "visa" else rng.choice(["51", "53", "55", "2221"]), 16, rng)
    return rng.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, "-".join(n[i:i + 4] for i in range(0, 16, 4)),
                       f"{n[:4]} {n[4:8]}{n[8:12]} {n[12:]}", ".".join(n[i:i + 4] for i in range(0, 16, 4))])


def cvv(rng, lang, half):
    return digits(rng, 3) if rng.random() < 0.9 else digits(rng, 4)


def exp(rng, lang, half):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}-20{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d} / {y}"])


def bsn(rng, lang, half):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s < 10:
            v = "".join(map(str, d + [s]))
            assert bsn_ok(v)
            return rng.choice([v, v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}"])


def rrn(rng, lang, half):
    y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
    ser = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{ser:03d}"
    ck = 97 - int(("2" if y >= 2000 else "") + base) % 97
    v = f"{base}{ck:02d}"
    assert rrn_ok(v)
    return rng.choice([v, f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", f"{v[:6]}-{v[6:9]}-{v[9:]}", f"{v[:6]} {v[6:9]} {v[9:]}"])


def cust(rng, lang, half):
    return rng.choice([digits(rng, 8), f"{rng.randint(1,9)}{digits(rng,6)}", f"KL-{digits(rng,7)}", f"{digits(rng,3)}.{digits(rng,3)}.{digits(rng,3)}",
                       f"C{digits(rng,9)}", f"{digits(rng,10)}"])


def cust_lease(rng, lang, half):
    return rng.choice([f"{digits(rng,8)}", f"LC-{rng.randint(2018,2025)}-{digits(rng,6)}", f"{digits(rng,4)}-{digits(rng,5)}",
                       f"LO{digits(rng,7)}", f"CTR/{digits(rng,6)}", f"{digits(rng,3)}/{digits(rng,7)}"])


def cust_card(rng, lang, half):
    c = country(lang)
    cc = {"nl": "NL", "be": "BE", "uk": "GB", "us": "US"}[c]
    op = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    return rng.choice([f"{cc}-{op}-C{digits(rng,8)}-{rng.choice(string.ascii_uppercase)}", f"{cc}{op}C{digits(rng,8)}{rng.randint(0,9)}",
                       f"{cc}-{op}-{digits(rng,6)}{rng.choice('ABCDEFX')}", "".join(rng.choice("0123456789ABCDEF") for _ in range(14)),
                       f"{digits(rng,4)} {digits(rng,4)} {digits(rng,4)}"])


def cust_member(rng, lang, half):
    return rng.choice([digits(rng, 9), f"{digits(rng,3)} {digits(rng,3)} {digits(rng,3)}", f"{digits(rng,4)}.{digits(rng,4)}",
                       f"{digits(rng,16)}", f"M{digits(rng,8)}", f"{digits(rng,2)}-{digits(rng,6)}-{digits(rng,2)}"])


def cust_park(rng, lang, half):
    return rng.choice([f"P-{digits(rng,7)}", digits(rng, 8), f"PK{digits(rng,6)}", f"{digits(rng,5)}-{digits(rng,3)}"])


def cust_policy(rng, lang, half):
    return rng.choice([f"POL{digits(rng,8)}", f"{digits(rng,2)}.{digits(rng,3)}.{digits(rng,3)}", f"{digits(rng,4)} {digits(rng,4)} {digits(rng,2)}",
                       f"AUT-{digits(rng,7)}", f"{digits(rng,10)}"])


def cust_ean(rng, lang, half):
    return rng.choice(["8716" + digits(rng, 14), "5414" + digits(rng, 14), "8717 " + " ".join(digits(rng, 14)[i:i+2] for i in range(0, 14, 2))])


def cust_sub(rng, lang, half):
    return rng.choice([f"ABO-{digits(rng,6)}", f"{digits(rng,7)}", f"S{digits(rng,8)}", f"{rng.choice(['DA','SH','CS'])}{digits(rng,6)}"])


PW_WORDS = ["Welkom", "Zomer", "Garage", "Laadpas", "Parkeren", "Tesla", "Golf", "Bruxelles", "Soleil", "Monkey", "Sunshine",
            "Dragon", "Ajax", "Brugge", "Autootje", "Voiture", "Liverpool", "Yankees", "Oranje", "Kapsalon", "Frietje", "Mustang"]


def pw(rng, lang, half):
    w = rng.choice(PW_WORDS)
    f = rng.randrange(8)
    sym = "!@#$%&*?."
    if f == 0:
        return f"{w}{rng.randint(1,2025)}{rng.choice(sym)}"
    if f == 1:
        return f"{w.lower()}{rng.randint(10,99)}"
    if f == 2:
        chars = string.ascii_letters + string.digits + "!#%&*-_"
        return "".join(rng.choice(chars) for _ in range(rng.randint(10, 16)))
    if f == 3:
        return f"{w[0]}{w[1:].replace('a','@').replace('o','0').replace('e','3')}{rng.randint(1,99)}!"
    if f == 4:
        return f"{w}{rng.choice(PW_WORDS).lower()}{rng.randint(1,9)}"
    if f == 5:
        return f"{rng.choice(PW_WORDS).lower()}_{w}#{rng.randint(1,999)}"
    if f == 6:
        return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(8))
    return f"{w}{rng.choice(sym)}{rng.randint(1950,2010)}"


def user(rng, lang, half):
    fn, ln = _slug(f_name(rng, lang, half)), _slug(f_last(rng, lang, half))
    return rng.choice([f"{fn}{ln}", f"{fn[0]}{ln}{rng.randint(1,99)}", f"{fn}_{rng.randint(70,99)}", f"{ln}.{fn}",
                       f"{fn}-{ln[:4]}", f"{ln.upper()}{fn[0].upper()}", f"driver{digits(rng,5)}"])


def pin(rng, lang, half):
    return digits(rng, 4) if rng.random() < 0.75 else digits(rng, rng.choice([5, 6]))


def puk(rng, lang, half):
    return digits(rng, 8)


WORDNUM = {"nl": ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
           "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
           "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]}


def otp(rng, lang, half):
    d = digits(rng, 6)
    r = rng.random()
    if r < 0.55:
        return d
    if r < 0.7:
        return f"{d[:3]} {d[3:]}"
    if r < 0.8:
        return f"{d[:3]}-{d[3:]}"
    if r < 0.88:
        return digits(rng, rng.choice([4, 5, 8]))
    return " ".join(WORDNUM[_mk(lang)][int(c)] for c in d[:rng.choice([4, 6])])


def otp_words(rng, lang, half):
    d = digits(rng, 6)
    return rng.choice([" ".join(WORDNUM[_mk(lang)][int(c)] for c in d), "-".join(WORDNUM[_mk(lang)][int(c)] for c in d)])


def wifi(rng, lang, half):
    f = rng.randrange(5)
    if f == 0:
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([10, 12, 16])))
    if f == 1:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([10, 26])))
    if f == 2:
        return f"{rng.choice(PW_WORDS)}{rng.choice(PW_WORDS).lower()}{rng.randint(10,9999)}"
    if f == 3:
        return "-".join("".join(rng.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(3))
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(12))


def apikey(rng, lang, half):
    f = rng.randrange(6)
    an = string.ascii_letters + string.digits
    if f == 0:
        return "sk_live_" + "".join(rng.choice(an) for _ in range(24))
    if f == 1:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if f == 2:
        return "AIza" + "".join(rng.choice(an + "-_") for _ in range(35))
    if f == 3:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if f == 4:
        return "fw_" + "".join(rng.choice(an) for _ in range(28))
    return "pk_test_" + "".join(rng.choice(an) for _ in range(24))


def aws_secret(rng, lang, half):
    return "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def token(rng, lang, half):
    f = rng.randrange(4)
    an = string.ascii_letters + string.digits
    if f == 0:
        seg = lambda n: "".join(rng.choice(an + "-_") for _ in range(n))
        return "eyJhbGciOiJIUzI1NiJ9." + seg(rng.randint(30, 60)) + "." + seg(43)
    if f == 1:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if f == 2:
        return "ghp_" + "".join(rng.choice(an) for _ in range(36))
    return "".join(rng.choice(an) for _ in range(rng.randint(24, 40)))


def ip(rng, lang, half):
    f = rng.random()
    if f < 0.45:
        return f"192.168.{rng.choice([0,1,1,2,178])}.{rng.randint(2,254)}"
    if f < 0.85:
        return f"{rng.choice([84,81,62,213,91,109,86,77,94,145])}.{rng.randint(1,254)}.{rng.randint(0,254)}.{rng.randint(1,254)}"
    if f < 0.93:
        return f"10.{rng.randint(0,254)}.{rng.randint(0,254)}.{rng.randint(1,254)}"
    return f"2a02:{rng.randint(0x1000,0xffff):x}:{rng.randint(0x100,0xffff):x}:{rng.randint(0,0xffff):x}::{rng.randint(1,0xfff):x}"


# ---------------------------------------------------------------- negatives
def n_date(rng, lang, half):
    y, m, d = rng.choice([2024, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[_mk(lang)][m - 1]
    if lang == "en-us":
        return rng.choice([f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{mon} {d}", f"{mon} {d}, {y}"])
    if lang == "en-gb":
        return rng.choice([f"{d}/{m}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon}", f"{d} {mon[:3]} {y}"])
    return rng.choice([f"{d}-{m}", f"{d:02d}-{m:02d}-{y}", f"{d} {mon}", f"{d}/{m}", f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}"])


def n_time(rng, lang, half):
    h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 50])
    if lang == "en-us":
        return rng.choice([f"{(h-1)%12+1}:{mi:02d} {'AM' if h < 12 else 'PM'}", f"{(h-1)%12+1}{'am' if h < 12 else 'pm'}", f"{h}:{mi:02d}"])
    if lang == "en-gb":
        return rng.choice([f"{h}:{mi:02d}", f"{(h-1)%12+1}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{(h-1)%12+1}pm"])
    if lang == "fr-be":
        return rng.choice([f"{h}h{mi:02d}", f"{h}h", f"{h}:{mi:02d}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h}.{mi:02d}u", f"{h}u{mi:02d}" if lang == "nl-be" else f"{h}:{mi:02d}u"])


def n_amount(rng, lang, half):
    a = rng.choice([rng.randint(5, 99), rng.randint(100, 2500)])
    c = rng.randint(0, 99)
    if lang == "en-gb":
        return rng.choice([f"£{a}.{c:02d}", f"£{a}", f"GBP {a}.{c:02d}"])
    if lang == "en-us":
        return rng.choice([f"${a}.{c:02d}", f"${a:,}", f"USD {a}.{c:02d}"])
    return rng.choice([f"€{a},{c:02d}", f"€ {a},-", f"EUR {a:,}".replace(",", ".") + f",{c:02d}", f"{a},{c:02d} euro", f"€{a}", f"0,{rng.randint(19,79)} €/kWh" if lang == "fr-be" else f"€0,{rng.randint(19,79)}"])


def n_qty(rng, lang, half):
    return rng.choice([f"{rng.randint(5,77)} kWh", f"{rng.choice([3.7,7.4,11,22,50,150])} kW".replace(".", "," if not is_en(lang) else "."),
                       f"{rng.randint(2,4)} {'tyres' if lang=='en-gb' else 'tires' if lang=='en-us' else 'pneus' if lang=='fr-be' else 'banden'}",
                       f"{rng.randint(20,70)} {'litres' if lang=='en-gb' else 'gallons' if lang=='en-us' else 'litres' if lang=='fr-be' else 'liter'}",
                       f"{rng.randint(1,5)} {'uur' if lang in ('nl','nl-be') else 'heures' if lang=='fr-be' else 'hours'}"])


def n_pct(rng, lang, half):
    return rng.choice([f"{rng.randint(5,100)}%", f"{rng.randint(5,100)} %", f"{rng.randint(1,30)},{rng.randint(1,9)}%" if not is_en(lang) else f"{rng.randint(1,30)}.{rng.randint(1,9)}%"])


def n_year(rng, lang, half):
    return str(rng.randint(2008, 2025))


def n_order(rng, lang, half):
    return rng.choice([f"WO-{rng.randint(2024,2026)}-{digits(rng,5)}", f"{rng.choice(['7','8'])}{digits(rng,8)}", f"ORD{digits(rng,7)}",
                       f"#{digits(rng,6)}", f"RO {digits(rng,6)}", f"A{digits(rng,5)}-{digits(rng,2)}"])


def n_ticket(rng, lang, half):
    return rng.choice([f"{rng.randint(2024,2026)}-{digits(rng,6)}", f"#{digits(rng,7)}", f"CAS-{digits(rng,5)}-{''.join(rng.choice('ABCDEFGHJK') for _ in range(4))}",
                       f"SCH{digits(rng,6)}", f"INC{digits(rng,7)}", f"{digits(rng,8)}", f"RA-{digits(rng,6)}"])


def n_invoice(rng, lang, half):
    return rng.choice([f"F{rng.randint(2024,2026)}-{digits(rng,5)}", f"INV-{digits(rng,6)}", f"{rng.randint(24,26)}{digits(rng,6)}",
                       f"FAC/{digits(rng,4)}/{digits(rng,3)}", f"VF{digits(rng,7)}"])


def n_track(rng, lang, half):
    return rng.choice([f"3S{''.join(rng.choice(string.ascii_uppercase) for _ in range(4))}{digits(rng,9)}", f"1Z{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))}",
                       f"JVGL{digits(rng,16)}", f"CD{digits(rng,9)}BE", f"{digits(rng,12)}", f"RR{digits(rng,9)}GB"])


def n_req(rng, lang, half):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return rng.choice([f"{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}", f"req_{h(16)}", f"REQ-{digits(rng,6)}", f"x-request-id {h(20)}"[13:]])


def n_err(rng, lang, half):
    return rng.choice([f"P0{rng.randint(100,999)}", f"E{rng.randint(10,99)}", f"E-{rng.randint(100,999)}", f"U{rng.randint(1000,1999)}",
                       "ERR_CHARGER_OFFLINE", "AUTH_FAILED_403", f"0x{rng.randint(0x1000,0xffff):04X}", f"F{rng.randint(1,30):02d}", "HTTP 502", "CP-ERR-17"])


def n_ver(rng, lang, half):
    return rng.choice([f"{rng.randint(2,9)}.{rng.randint(0,30)}.{rng.randint(0,9)}", f"v{rng.randint(1,6)}.{rng.randint(0,20)}", f"{rng.randint(3,7)}.{rng.randint(0,40)}.{rng.randint(0,9)} (build {rng.randint(1000,9999)})",
                       f"iOS {rng.randint(15,18)}.{rng.randint(0,6)}", f"Android {rng.randint(11,15)}", f"fw {rng.randint(1,6)}.{rng.randint(0,9)}.{rng.randint(0,99)}"])


MODELS = ["PLP1-0-2-4-9-002", "Eve Single S-line", "EVB-22-T2S", "TWC Gen 3", "Wallbox Pulsar Plus", "Zappi v2.1", "NG910",
          "ICU Eve Mini", "Easee Home", "Juice Booster 2", "EVlink Pro AC", "KeContact P30", "OBD-II ELM327", "CTEK MXS 5.0",
          "Garmin DriveSmart 66", "Thule WingBar Edge", "Osram LEDriving XTR", "Bosch S5 A13", "Michelin e.Primacy", "Ohme Home Pro"]


def n_model(rng, lang, half):
    return pick(rng, MODELS, half)


def n_prod(rng, lang, half):
    return rng.choice([f"5Q0 {digits(rng,3)} {digits(rng,3)} {rng.choice('ABCDH')}", f"1K0-{digits(rng,3)}-{digits(rng,3)}", f"SKU {digits(rng,6)}",
                       f"{digits(rng,2)}-{digits(rng,4)}-{digits(rng,2)}", f"ART-{digits(rng,5)}", f"OE {digits(rng,4)}.{rng.choice(['A','C','K'])}{digits(rng,1)}",
                       f"205/55 R16 91V", f"225/45R17"])


def n_flight(rng, lang, half):
    return rng.choice([f"KL{rng.randint(600,1999)}", f"HV {rng.randint(5000,6999)}", f"BA{rng.randint(100,999)}", f"SN {rng.randint(2000,3999)}",
                       f"FR{rng.randint(1000,9999)}", f"UA {rng.randint(10,999)}", f"U2 {rng.randint(1000,8999)}", f"TB{rng.randint(1000,3999)}"])


def n_cphone(rng, lang, half):
    c = country(lang)
    if c == "nl":
        return rng.choice([f"088 {digits(rng,3)} {digits(rng,4)}", f"0900-{digits(rng,4)}", f"0800-{digits(rng,4)}", f"088-{digits(rng,7)}", f"+31 88 {digits(rng,3)} {digits(rng,4)}"])
    if c == "be":
        return rng.choice([f"078 {digits(rng,2)} {digits(rng,2)} {digits(rng,2)}", f"070 {digits(rng,2)} {digits(rng,2)} {digits(rng,2)}", f"0800 {digits(rng,2)} {digits(rng,3)}", f"+32 78 {digits(rng,2)} {digits(rng,2)} {digits(rng,2)}"])
    if c == "uk":
        return rng.choice([f"0800 {digits(rng,3)} {digits(rng,4)}", f"0345 {digits(rng,3)} {digits(rng,4)}", f"0330 {digits(rng,3)} {digits(rng,4)}"])
    return rng.choice([f"1-800-{digits(rng,3)}-{digits(rng,4)}", f"(888) {digits(rng,3)}-{digits(rng,4)}", f"1 (877) {digits(rng,3)}-{digits(rng,4)}"])


def n_creg(rng, lang, half):
    """Returns (literal cue, value): only the value is marked as negative."""
    c = country(lang)
    if c == "nl":
        return rng.choice([("KvK ", digits(rng, 8)), ("KvK-nummer: ", digits(rng, 8)), ("BTW ", f"NL{digits(rng,9)}B01"), ("btw-id ", f"NL{digits(rng,9)}B0{rng.randint(1,9)}")])
    if c == "be":
        b = f"0{rng.randint(200,999)}.{digits(rng,3)}.{digits(rng,3)}"
        return rng.choice([("BTW ", f"BE {b}"), ("", f"BE{b.replace('.','')}"), ("ondernemingsnummer " if lang == "nl-be" else "TVA ", b if lang == "nl-be" else f"BE {b}"),
                           ("RPR Gent - " if lang == "nl-be" else "BCE ", b)])
    if c == "uk":
        return rng.choice([("Company No. ", digits(rng, 8)), ("VAT ", f"GB {digits(rng,3)} {digits(rng,4)} {digits(rng,2)}"), ("Registered in England and Wales No. ", digits(rng, 8))])
    return rng.choice([("EIN ", f"{digits(rng,2)}-{digits(rng,7)}"), ("USDOT ", digits(rng, 7)), ("Dealer License #", digits(rng, 5))])


URLS = ["https://www.autodamen.nl/afspraak", "https://mijn.leasevisie.nl/login", "laadnet.eu/storing", "https://parkeermaatje.app/help",
        "https://www.wegenhulp.be/fr/assistance", "www.garage-verbeek.nl/apk", "https://deelauto.nl/faq#borg", "http://stroompas.nl/pas-blokkeren",
        "https://chargehop.com/support/rfid", "https://citypark.co.uk/refunds", "fleetwise.eu/portal", "https://roadrescue.com/claims",
        "https://kroon-auto.nl/werkplaats", "https://status.laadnet.eu", "bit.ly/3xLaadP", "https://www.gov.uk/check-mot-history",
        "https://driveshare.be/nl/account", "https://e-laadplus.nl/app"]


def n_url(rng, lang, half):
    return pick(rng, URLS, half)


MENTIONS = ["@AutoDamen", "@LeaseVisie", "@LaadNetNL", "@ParkeerMaatje", "@WegenHulpBE", "@GarageVerbeek", "@DeelAutoNL", "@StroomPas",
            "@ChargeHopUK", "@CityParkHelp", "@FleetWiseLease", "@RoadRescueUS", "@KroonAuto", "@eLaadPlus", "@DriveShareBE", "@MotorPointD"]


def n_mention(rng, lang, half):
    return pick(rng, MENTIONS, half)


TAGS = ["#APK", "#laadpaal", "#fail", "#leaseauto", "#klantenservice", "#EV", "#parkeren", "#pech", "#MOT", "#customerservice",
        "#dealership", "#elektrischrijden", "#vélo", "#voitureélectrique", "#roadside", "#nooit_meer", "#garage", "#laadpas",
        "#keuring", "#carsharing", "#epicfail", "#wegenwacht"]


def n_tag(rng, lang, half):
    return pick(rng, TAGS, half)


def n_mask(rng, lang, half):
    return rng.choice([f"****{digits(rng,4)}", f"**** **** **** {digits(rng,4)}", f"NL** **** **** **{digits(rng,2)} {digits(rng,2)}",
                       f"BE** **** **** {digits(rng,2)}{digits(rng,2)}", f"06-****{digits(rng,4)}", f"XXXX-XXXX-XXXX-{digits(rng,4)}",
                       f"{rng.choice('abcdjms')}***@{rng.choice(['gmail.com','telenet.be','hotmail.com'])}", f"•••• {digits(rng,4)}", f"+44 ***** **{digits(rng,4)[:3]}"])


def n_km(rng, lang, half):
    k = rng.randint(3000, 240000)
    if lang == "en-us":
        return rng.choice([f"{k:,} miles", f"{k:,} mi"])
    if lang == "en-gb":
        return rng.choice([f"{k:,} miles", f"{k:,}mi"])
    s = f"{k:,}".replace(",", ".")
    return rng.choice([f"{s} km", f"{k} km", f"{s}km"])


def n_port(rng, lang, half):
    return str(rng.choice([80, 443, 8080, 8443, 502, 1883, 9000, 8887]))


def n_sum(rng, lang, half):
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))


def f_insp(rng, lang, half):
    return {"nl": "APK", "nl-be": "keuring", "fr-be": "contrôle technique", "en-gb": "MOT", "en-us": "state inspection"}[lang]


def f_rescue(rng, lang, half):
    return {"nl": "wegenwacht", "nl-be": "pechbijstand", "fr-be": "assistance dépannage", "en-gb": "breakdown cover", "en-us": "roadside assistance"}[lang]
