"""Value generators (labelled values and hard negatives) and filler pools.

Every filler pool is dealt alternately: even index -> dev (half 0), odd -> heldout (half 1).
"""
import random
import string


def deal(lst, half):
    return lst[half::2]


# ----------------------------------------------------------------- filler pools
FIRST = ["Jan", "Sanne", "Pieter", "Fatima", "Kees", "Anouk", "Mohammed", "Ingrid", "Wim", "Lotte",
         "Bart", "Nathalie", "Koen", "Els", "Jef", "Marleen", "Dirk", "Sofie", "Luc", "Martine",
         "Pierre", "Isabelle", "Jean-Marc", "Chantal", "Olivier", "Véronique", "Mehdi", "Aurélie",
         "Gareth", "Siobhan", "Tom", "Priya", "Neil", "Hannah", "Callum", "Bethany", "Derek", "Joanne",
         "Tyler", "Maria", "Jamal", "Linda", "Kevin", "Ashley", "Robert", "Dolores", "Gerrit", "Hennie",
         "Truus", "Ria", "Annemiek", "Youssef", "Greet", "Rik", "Ilse", "Thierry", "Mireille", "Ahmed"]
LAST = ["de Vries", "Jansen", "Bakker", "van den Berg", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "Bos", "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
        "Goossens", "Dubois", "Lambert", "Dupont", "Martin", "Lemaire", "Renard", "Smith", "Jones",
        "Taylor", "Brown", "Williams", "Evans", "Thomas", "Johnson", "Garcia", "Miller", "Davis",
        "Rodriguez", "van Dijk", "Hendriks", "Verhoeven", "El Amrani", "Vermeulen", "Wouters",
        "O'Brien", "MacLeod", "Kowalski", "Nguyen", "Brouwer", "Dekker"]
STREET_NL = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Lindenlaan", "Prinsengracht",
             "Vondelstraat", "Beukenlaan", "Nieuwe Binnenweg", "Oranjestraat", "Schoolstraat",
             "Eikenlaan", "Wilhelminapark", "Burgemeester de Withstraat", "Zonnebloemstraat",
             "Rijksstraatweg", "Oude Gracht", "Meidoornhof", "Parallelweg", "Sportlaan"]
CITY_NL = [("1017", "Amsterdam"), ("3011", "Rotterdam"), ("3512", "Utrecht"), ("9711", "Groningen"),
           ("5611", "Eindhoven"), ("6811", "Arnhem"), ("2011", "Haarlem"), ("8011", "Zwolle"),
           ("4811", "Breda"), ("7511", "Enschede"), ("2312", "Leiden"), ("6221", "Maastricht"),
           ("3811", "Amersfoort"), ("1811", "Alkmaar")]
STREET_BE_NL = ["Kerkstraat", "Stationsstraat", "Steenweg op Gent", "Molenstraat", "Dorpsplein",
                "Kapelstraat", "Nieuwstraat", "Veldstraat", "Brugsesteenweg", "Lindenlei",
                "Kouter", "Grote Markt", "Boomsesteenweg", "Tiensestraat"]
CITY_BE_NL = [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"),
              ("3500", "Hasselt"), ("2800", "Mechelen"), ("8500", "Kortrijk"), ("9300", "Aalst"),
              ("2300", "Turnhout"), ("1800", "Vilvoorde")]
STREET_BE_FR = ["Rue de la Station", "Avenue Louise", "Chaussée de Waterloo", "Rue Haute",
                "Rue des Écoles", "Boulevard d'Avroy", "Rue du Moulin", "Place Saint-Lambert",
                "Rue de Namur", "Avenue des Tilleuls", "Rue Royale", "Chaussée de Charleroi"]
CITY_BE_FR = [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("6000", "Charleroi"),
              ("7000", "Mons"), ("1300", "Wavre"), ("1050", "Ixelles"), ("1348", "Louvain-la-Neuve"),
              ("6700", "Arlon"), ("7500", "Tournai")]
STREET_UK = ["Acacia Avenue", "High Street", "Station Road", "Church Lane", "Victoria Road",
             "Mill Lane", "Park Crescent", "Queens Drive", "Albert Terrace", "Meadow Close",
             "Kingsway", "Orchard Gardens", "Westbourne Grove", "Cromwell Road"]
CITY_UK = [("Leeds", "LS6 2AB"), ("Bristol", "BS1 4DJ"), ("Manchester", "M14 5RT"),
           ("Glasgow", "G12 8QQ"), ("Cardiff", "CF10 3NP"), ("York", "YO1 7HH"), ("Norwich", "NR2 4SF"),
           ("Brighton", "BN1 6AE"), ("Sheffield", "S10 2TN"), ("Exeter", "EX4 4QJ"),
           ("Reading", "RG1 7TG"), ("Belfast", "BT9 6AB")]
STREET_US = ["Maple St", "Oak Avenue", "Elm Street", "Sunset Blvd", "Pine Ridge Rd", "Cedar Lane",
             "Washington Ave", "Lakeview Dr", "Main Street", "Willow Ct", "Hillcrest Road",
             "Magnolia Way", "Parkside Ave", "Old Mill Rd"]
CITY_US = [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Portland", "OR", "97214"),
           ("Columbus", "OH", "43215"), ("Tampa", "FL", "33606"), ("Denver", "CO", "80206"),
           ("Raleigh", "NC", "27607"), ("Phoenix", "AZ", "85016"), ("Madison", "WI", "53703"),
           ("Sacramento", "CA", "95816"), ("Albany", "NY", "12203"), ("Boise", "ID", "83702")]
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "telenet.be",
                 "skynet.be", "proximus.be", "btinternet.com", "yahoo.co.uk", "comcast.net",
                 "icloud.com", "live.nl", "planet.nl", "hetnet.nl", "scarlet.be", "gmx.net",
                 "sky.com", "verizon.net", "xs4all.nl", "me.com", "yahoo.com"]
BRANDS = {
    "energy": ["ZonneKracht", "WarmteWijs", "LaadPunt Direct", "IsoPlus Woningisolatie", "Helios Solar",
               "ThermoGroen", "VoltHuis", "SunRidge Energy", "HeatRight Pumps", "Greenwatt Installers",
               "ChargeNest", "Énergie Soleil Wallonie", "BrightRoof Solar", "Klimaatwerk"],
    "care": ["ZorgSamen Thuiszorg", "Wijkzorg Noord", "AlarmZeker", "Thuiszorg De Linde",
             "HomeWell Care", "Familiehulp", "CareLine Alarms", "Soins à Domicile Horizon",
             "Bluebell Home Care", "Senior Safe", "Buurtzorg Oost", "i-Mens Thuiszorg"],
    "estate": ["Makelaardij Van Dam", "VvE Beheer Centraal", "Syndic Immo Bruxelles", "LetRight Lettings",
               "Oakwood Estates", "Pinecrest HOA Management", "Huurdersloket", "Immo Vanderstraeten",
               "Harbour Property Management", "Woonstede Verhuur", "Regie Syndic Liège",
               "Keystone Realty"],
}
MENTIONS = ["@ZonneKrachtNL", "@WarmteWijs", "@LaadPuntDirect", "@IsoPlusNL", "@HeliosSolarBE",
            "@ThermoGroen", "@VoltHuis_nl", "@SunRidgeEnergy", "@HeatRightUK", "@GreenwattHelp",
            "@ChargeNestUS", "@ZorgSamen", "@WijkzorgNoord", "@AlarmZeker", "@HomeWellCare",
            "@CareLineAlarms", "@BluebellCare", "@SeniorSafeUS", "@VvEBeheer", "@SyndicImmo",
            "@LetRightUK", "@OakwoodEstates", "@PinecrestHOA", "@ImmoVDS", "@KeystoneRealty",
            "@HarbourPM", "@Woonstede", "@BrightRoofSolar"]
HASHTAGS = ["#zonnepanelen", "#warmtepomp", "#klantenservice", "#fail", "#thuiszorg", "#VvE",
            "#lettingagent", "#heatpump", "#solar", "#evcharging", "#laadpaal", "#isolatie",
            "#syndic", "#mantelzorg", "#HOA", "#customerservice", "#panneauxsolaires", "#pompeàchaleur",
            "#woningnood", "#landlord", "#seriously", "#schandalig", "#energietransitie", "#carealarm"]
URLS = ["https://www.zonnekracht.nl/storing", "www.warmtewijs.nl/contact", "https://laadpuntdirect.nl/faq",
        "https://mijn.isoplus.nl", "helios-solar.be/fr/support", "https://thermogroen.nl/onderhoud",
        "https://www.sunridge-energy.co.uk/help", "heatright.co.uk/service", "https://greenwatt.com/support",
        "https://www.zorgsamen.nl/alarm", "https://homewellcare.co.uk/contact", "careline-alarms.com/faq",
        "https://www.vvebeheercentraal.nl/portaal", "https://syndic-immo.be/contact",
        "https://letright.co.uk/tenants", "oakwood-estates.com/maintenance", "https://pinecresthoa.org/pay",
        "https://www.immo-vds.be/nl/huurders", "https://keystonerealty.com/portal",
        "https://status.chargenest.io", "https://bit.ly/3xZq9Lm", "www.familiehulp.be"]
MODELS = ["SE5000H", "WH-MDC09J3E5", "ZAPPI-2H22UW", "SUN2000-6KTL-M1", "Vitocal 250-A", "IQ8PLUS-72",
          "Daikin EHVX08S23E6V", "Wallbox Pulsar Plus PLP1", "Easee One", "Ecoforest 2-9",
          "Growatt MIN 3600TL-XE", "Nibe F2120-12", "GoodWe GW5K-DNS", "Alpha Innotec LWD 70A",
          "Tunstall Lifeline Vi+", "Chiptech Go", "Legrand Neat NOVO", "Doro 8080",
          "Ring Video Doorbell 4", "Nuki Smart Lock 3.0", "Fronius Primo 4.0-1", "Mitsubishi PUZ-WM85VAA"]
SSIDS = ["Ziggo8A2F", "telenet-7F3C1", "BTHub6-QX2M", "NETGEAR47", "Proximus-Home-4B21", "KPN_9921",
         "xfinitywifi", "Huize_Jansen", "VodafoneMobileWiFi-9", "Livebox-A8C2", "SKY3F8A2", "Omas wifi"]
PLATES = ["GZ-123-K", "1-ABC-234", "AB12 CDE", "7XKD-552", "X-421-FT", "2-GHJ-987", "LK68 VRA", "8JTN-041"]
AGENTS = ["Sanne", "Mark", "Lisa", "Youssef", "Eva", "Daan", "Ines", "Tom", "Laura", "Bram", "Julie",
          "Arnaud", "Chloé", "Ben", "Rachel", "Marcus", "Kim", "Nora", "Jelle", "Femke", "Steven",
          "Amélie", "Gemma", "Dylan"]

# ------------------------------------------------------------------ helpers

def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


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
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return len(s) >= 15 and int(n) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    return f"{cc}{chk:02d}{bban}"


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0 and d[0] != 0


def rrn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    return 97 - int(base) % 97 == chk or 97 - int("2" + base) % 97 == chk


# --------------------------------------------------------------- span values

def region(ctx):
    return {"nl": "nl", "nl-be": "be", "fr-be": "be", "en-gb": "uk", "en-us": "us"}[ctx.lang]


def phone_nl(rng, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.7
    if mobile:
        n = "6" + digits(rng, 8)
        f = rng.randrange(9)
        return ["0%s-%s" % (n[0], n[1:]), "0%s %s %s" % (n[0], n[1:5], n[5:]), "+31 %s %s" % (n[0], n[1:]),
                "+31%s" % n, "0031 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]),
                "0%s" % n, "0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]),
                "+31 (0)%s %s" % (n[0], n[1:]), "06–%s" % n[1:]][f]
    area = rng.choice(["20", "10", "30", "50", "40", "26", "38", "71", "43", "318", "592", "513"])
    rest = digits(rng, 9 - len(area))
    f = rng.randrange(5)
    return ["0%s-%s" % (area, rest), "(0%s) %s %s" % (area, rest[:3], rest[3:]),
            "+31 %s %s" % (area, rest), "0%s %s %s %s" % (area, rest[:3], rest[3:5], rest[5:]),
            "0%s%s" % (area, rest)][f]


def phone_be(rng, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.7
    if mobile:
        p = rng.choice(["470", "471", "472", "475", "476", "477", "478", "479", "485", "486", "494", "496", "497", "499"])
        r = digits(rng, 6)
        f = rng.randrange(7)
        return ["0%s %s %s %s" % (p, r[:2], r[2:4], r[4:]), "0%s/%s.%s.%s" % (p, r[:2], r[2:4], r[4:]),
                "+32 %s %s %s %s" % (p, r[:2], r[2:4], r[4:]), "0032%s%s" % (p, r), "0%s%s" % (p, r),
                "+32 (0)%s/%s %s %s" % (p, r[:2], r[2:4], r[4:]), "0%s/%s%s" % (p, r[:2], r[2:])][f]
    a = rng.choice(["2", "3", "9", "4", "50", "16", "11", "81", "71", "65"])
    r = digits(rng, 8 - len(a))
    f = rng.randrange(4)
    if len(a) == 1:
        return ["0%s %s %s %s" % (a, r[:3], r[3:5], r[5:]), "0%s/%s.%s.%s" % (a, r[:3], r[3:5], r[5:]),
                "+32 %s %s %s %s" % (a, r[:3], r[3:5], r[5:]), "0%s%s" % (a, r)][f]
    return ["0%s %s %s %s" % (a, r[:2], r[2:4], r[4:]), "0%s/%s.%s.%s" % (a, r[:2], r[2:4], r[4:]),
            "+32 %s %s %s %s" % (a, r[:2], r[2:4], r[4:]), "0%s%s" % (a, r)][f]


def phone_uk(rng, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.65
    if mobile:
        r = "7" + rng.choice(["700", "712", "801", "951", "423", "568", "389"]) + digits(rng, 6)
        f = rng.randrange(6)
        return ["0%s %s" % (r[:4], r[4:]), "+44 %s %s" % (r[:4], r[4:]), "+44 (0)%s %s %s" % (r[:4], r[4:7], r[7:]),
                "0%s" % r, "0%s-%s-%s" % (r[:4], r[4:7], r[7:]), "0044 %s %s" % (r[:4], r[4:])][f]
    a = rng.choice(["20 7946", "161 496", "113 496", "117 496", "131 496", "29 2018", "1632 960"])
    r = digits(rng, 4 if len(a.replace(" ", "")) >= 6 else 3)
    f = rng.randrange(3)
    return ["0%s %s" % (a, r), "+44 %s %s" % (a, r), "(0%s) %s %s" % (a.split()[0], a.split()[1], r)][f]


def phone_us(rng, mobile=None):
    a = rng.choice(["415", "512", "503", "614", "813", "720", "919", "602", "608", "916", "518", "208"])
    x = rng.choice(["555", "239", "482", "871", "304", "617"])
    r = digits(rng, 4)
    f = rng.randrange(7)
    return ["(%s) %s-%s" % (a, x, r), "%s-%s-%s" % (a, x, r), "%s.%s.%s" % (a, x, r), "+1 %s %s %s" % (a, x, r),
            "1-%s-%s-%s" % (a, x, r), "%s%s%s" % (a, x, r), "+1 (%s) %s-%s" % (a, x, r)][f]


def phone(ctx, mobile=None):
    rg = region(ctx)
    rng = ctx.rng
    if rng.random() < 0.08:
        rg = rng.choice(["nl", "be", "uk", "us"])
    return {"nl": phone_nl, "be": phone_be, "uk": phone_uk, "us": phone_us}[rg](rng, mobile)


def ascii_fold(s):
    tbl = str.maketrans("éèëêàâçïîôöüûÉ", "eeeeaaciioouuE")
    return s.translate(tbl)


def email(ctx, first=None, last=None):
    rng = ctx.rng
    first = first or rng.choice(ctx.pool("first"))
    last = last or rng.choice(ctx.pool("last"))
    f = ascii_fold(first).lower().replace(" ", "").replace("'", "").replace("-", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(ctx.pool("domains"))
    form = rng.randrange(9)
    local = [f"{f}.{l}", f"{f[0]}{l}{rng.randint(1, 99)}", f"{f}_{l}", f"{f}{rng.randint(1940, 2001)}",
             f"{f[0]}.{l}", f"{l}.{f}", f"{f}.{l}+{rng.choice(['vve', 'zorg', 'solar', 'huur', 'hoa'])}",
             f"{f}{l[:3]}", f"fam.{l}"][form]
    e = f"{local}@{dom}"
    if rng.random() < 0.07:
        e = e[0].upper() + e[1:]
    return e


def address(ctx, full=None):
    rng = ctx.rng
    rg = region(ctx)
    if full is None:
        full = rng.random() < 0.6
    if rg == "nl":
        st = rng.choice(ctx.pool("street_nl"))
        nr = str(rng.randint(1, 240)) + rng.choice(["", "", "", "A", "-2", " B", "-hs", " II"])
        pc4, city = rng.choice(ctx.pool("city_nl"))
        pc = pc4 + rng.choice([" ", "", " "]) + rng.choice(["AB", "KX", "GH", "LP", "RT", "ZN", "EJ"])
        if not full:
            return f"{st} {nr}"
        return rng.choice([f"{st} {nr}, {pc} {city}", f"{st} {nr} {pc} {city}", f"{st} {nr}\n{pc} {city}",
                           f"{st} {nr}, {pc} {city.upper()}", f"{st} {nr}, {city}"])
    if rg == "be":
        fr = ctx.lang == "fr-be"
        st = rng.choice(ctx.pool("street_befr" if fr else "street_benl"))
        pc, city = rng.choice(ctx.pool("city_befr" if fr else "city_benl"))
        nr = str(rng.randint(1, 180))
        bus = rng.choice(["", "", f" bus {rng.randint(1, 12)}" if not fr else f" bte {rng.randint(1, 12)}",
                          f"/{rng.randint(1, 9)}", f" b{rng.randint(1, 9)}"])
        if fr:
            core = rng.choice([f"{st} {nr}{bus}", f"{st}, {nr}{bus}"])
        else:
            core = f"{st} {nr}{bus}"
        if not full:
            return core
        return rng.choice([f"{core}, {pc} {city}", f"{core} {pc} {city}", f"{core}\n{pc} {city}",
                           f"{core}, B-{pc} {city}"])
    if rg == "uk":
        st = rng.choice(ctx.pool("street_uk"))
        city, pc = rng.choice(ctx.pool("city_uk"))
        nr = str(rng.randint(1, 190))
        core = rng.choice([f"{nr} {st}", f"Flat {rng.randint(1, 12)}, {nr} {st}", f"{nr}{rng.choice(['a', 'b'])} {st}"])
        if not full:
            return core
        return rng.choice([f"{core}, {city} {pc}", f"{core}, {city}, {pc}", f"{core}\n{city}\n{pc}", f"{core}, {pc}"])
    st = rng.choice(ctx.pool("street_us"))
    city, stt, z = rng.choice(ctx.pool("city_us"))
    nr = str(rng.randint(100, 9899))
    core = rng.choice([f"{nr} {st}", f"{nr} {st} Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f"{nr} {st}, Unit {rng.randint(1, 400)}"])
    if not full:
        return core
    return rng.choice([f"{core}, {city}, {stt} {z}", f"{core}, {city} {stt} {z}", f"{core}\n{city}, {stt} {z}"])


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def lfam(ctx):
    return {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}[ctx.lang]


def fmt_date(ctx, y, m, d):
    rng = ctx.rng
    fam = lfam(ctx)
    mn = MONTHS[fam][m - 1]
    if ctx.lang == "en-us":
        opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mn} {d}, {y}", f"{mn[:3]} {d} {y}", f"{y}-{m:02d}-{d:02d}"]
    elif fam == "en":
        opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {mn} {y}", f"{d}/{m}/{str(y)[2:]}", f"{d}.{m}.{y}", f"{d}th {mn} {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20) else f"{d} {mn[:3]} {y}"]
    else:
        opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {mn} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mn[:3]} {y}"]
    return rng.choice(opts)


def dob(ctx):
    rng = ctx.rng
    y = rng.randint(1926, 1962) if rng.random() < 0.6 else rng.randint(1963, 2003)
    return fmt_date(ctx, y, rng.randint(1, 12), rng.randint(1, 28))


def iban(ctx, country=None):
    rng = ctx.rng
    if country is None:
        rg = region(ctx)
        base = {"nl": "NL", "be": "BE", "uk": "GB", "us": "NL"}[rg]
        country = base if rng.random() < 0.8 else rng.choice(["NL", "BE", "DE", "FR", "LU", "GB"])
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + digits(rng, 10)
    elif country == "BE":
        b = str(rng.randint(1, 999)).zfill(3) + digits(rng, 7)
        c = int(b) % 97 or 97
        bban = b + f"{c:02d}"
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bban = digits(rng, 10) + digits(rng, 11) + digits(rng, 2)
    elif country == "LU":
        bban = digits(rng, 3) + digits(rng, 13)
    else:
        bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(rng, 14)
    ib = make_iban(country, bban)
    f = rng.random()
    if f < 0.45:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif f < 0.55:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    elif f < 0.6:
        ib = ib.lower()
    return ib


def card(ctx):
    rng = ctx.rng
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_complete("4", 16, rng)
    elif kind == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221"]), 16, rng)
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    else:
        n = luhn_complete("6011", 16, rng)
    f = rng.randrange(5)
    return [" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, "-".join(n[i:i + 4] for i in range(0, 16, 4)),
            " ".join(n[i:i + 4] for i in range(0, 16, 4)), ".".join(n[i:i + 4] for i in range(0, 16, 4))][f]


def cvv(ctx):
    return digits(ctx.rng, ctx.rng.choice([3, 3, 3, 4]))


def expiry(ctx):
    rng = ctx.rng
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} / {y}", f"{m:02d}{y}"])


def bsn(ctx):
    rng = ctx.rng
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8)) % 11
        if s < 10:
            n = "".join(map(str, d)) + str(s)
            if bsn_ok(n):
                break
    f = rng.randrange(4)
    return [n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n][f]


def rrn(ctx):
    rng = ctx.rng
    y = rng.choice([rng.randint(1930, 1999), rng.randint(1930, 1999), rng.randint(2000, 2006)])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - (int(("2" if y >= 2000 else "") + base) % 97)
    s = base + f"{chk:02d}"
    assert rrn_ok(s)
    f = rng.randrange(4)
    return [f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}", s, f"{s[:6]}-{s[6:9]}-{s[9:]}", f"{s[:6]} {s[6:9]} {s[9:]}"][f]


WORDS = ["zomer", "Tulp", "hond", "Kat", "Zonne", "voetbal", "Oma", "Bella", "Ajax", "Pasen", "Pluis",
         "summer", "Rover", "tigger", "Lente", "Soleil", "chaton", "Max", "Kaasje", "Welkom", "Bruges"]


def password(ctx):
    rng = ctx.rng
    f = rng.randrange(7)
    if f == 0:
        return rng.choice(WORDS) + str(rng.randint(1, 2024)) + rng.choice(["!", "#", "", "?", "$"])
    if f == 1:
        return "".join(rng.choice(string.ascii_letters + string.digits + "!#%&*") for _ in range(rng.randint(10, 16)))
    if f == 2:
        return rng.choice(WORDS).lower() + rng.choice(["&", "_", "-", "."]) + rng.choice(WORDS) + str(rng.randint(10, 99))
    if f == 3:
        return rng.choice(WORDS) + rng.choice(["@", "$"]) + digits(rng, 4)
    if f == 4:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(4)) + digits(rng, 3) + rng.choice(string.ascii_uppercase) + "!"
    if f == 5:
        return rng.choice(["Welkom01", "Admin1234", "Qwerty!23", "Passw0rd!", "Zonnig#2024", "Letmein99", "Huis12345"])
    return "-".join(rng.choice(WORDS).lower() for _ in range(3)) + str(rng.randint(1, 9))


def pin(ctx, n=None):
    rng = ctx.rng
    n = n or rng.choice([4, 4, 4, 5, 6])
    return digits(rng, n)


def puk(ctx):
    return digits(ctx.rng, 8)


def otp(ctx):
    rng = ctx.rng
    c = digits(rng, rng.choice([6, 6, 6, 5, 8, 4]))
    if len(c) == 6 and rng.random() < 0.25:
        return c[:3] + rng.choice([" ", "-"]) + c[3:]
    return c


NUMW = {"nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
        "en": "zero one two three four five six seven eight nine".split()}


def otp_words(ctx):
    rng = ctx.rng
    c = digits(rng, 6)
    w = NUMW[lfam(ctx)]
    sep = rng.choice([" ", "-", ", "])
    return sep.join(w[int(x)] for x in c)


def wifi(ctx):
    rng = ctx.rng
    f = rng.randrange(4)
    if f == 0:
        return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(rng.choice([10, 12, 16])))
    if f == 1:
        return rng.choice(WORDS) + rng.choice(WORDS) + str(rng.randint(10, 2024))
    if f == 2:
        return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8)) + "".join(rng.choice(string.digits) for _ in range(4))
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(12, 20)))


def username(ctx):
    rng = ctx.rng
    f = ascii_fold(rng.choice(ctx.pool("first"))).lower().replace("-", "").replace(" ", "")
    l = ascii_fold(rng.choice(ctx.pool("last"))).lower().replace(" ", "").replace("'", "")
    return rng.choice([f"{f[0]}.{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f}_{l[:4]}", f"{l}{rng.randint(1950, 2005)}",
                       f"{f.capitalize()}{l.capitalize()}", f"fam{l}", f"{f}.{l}", f"vve_{l}", f"{f}{rng.randint(100, 999)}"])


def apikey(ctx):
    rng = ctx.rng
    al = string.ascii_letters + string.digits
    f = rng.randrange(6)
    if f == 0:
        return "sk_live_" + "".join(rng.choice(al) for _ in range(24))
    if f == 1:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if f == 2:
        return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(32))
    if f == 3:
        return "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if f == 4:
        return "AIza" + "".join(rng.choice(al + "-_") for _ in range(35))
    return "pk_" + "".join(rng.choice(al) for _ in range(28))


def aws_secret(ctx):
    rng = ctx.rng
    return "".join(rng.choice(string.ascii_letters + string.digits + "/+") for _ in range(40))


def token(ctx):
    rng = ctx.rng
    al = string.ascii_letters + string.digits
    f = rng.randrange(5)
    b64 = al + "-_"
    if f == 0:
        return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "".join(rng.choice(b64) for _ in range(36)) + "." + "".join(rng.choice(b64) for _ in range(43))
    if f == 1:
        return "ghp_" + "".join(rng.choice(al) for _ in range(36))
    if f == 2:
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
    if f == 3:
        return "ya29." + "".join(rng.choice(b64) for _ in range(60))
    return "".join(rng.choice(al) for _ in range(rng.choice([24, 32, 48])))


def ip(ctx):
    rng = ctx.rng
    f = rng.randrange(5)
    if f == 0:
        return f"192.168.{rng.choice([0, 1, 1, 2, 178])}.{rng.randint(2, 254)}"
    if f == 1:
        return f"10.0.{rng.randint(0, 9)}.{rng.randint(2, 254)}"
    if f == 2:
        return f"{rng.choice([84, 77, 145, 81, 94, 213, 86])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    if f == 3:
        return f"2a02:a46{rng.randint(0, 9)}:{rng.randint(4096, 65535):x}:1:{rng.randint(4096, 65535):x}:{rng.randint(4096, 65535):x}:fe{rng.randint(16, 255):02x}:{rng.randint(4096, 65535):x}"
    return f"{rng.choice([73, 24, 98, 68])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"


def custnr(ctx):
    rng = ctx.rng
    f = rng.randrange(10)
    return [digits(rng, 8), f"KL{digits(rng, 7)}", f"{rng.randint(1, 9)}{digits(rng, 9)}", f"CN-{digits(rng, 6)}",
            f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)}", f"ZS{digits(rng, 6)}", f"A{digits(rng, 7)}",
            f"{digits(rng, 4)} {digits(rng, 4)}", f"TEN-{digits(rng, 5)}", f"{rng.choice(['VVE', 'HOA', 'LR'])}{digits(rng, 5)}"][f]


def ean(ctx):
    rng = ctx.rng
    e = "871" + digits(rng, 15)
    if ctx.lang in ("nl-be", "fr-be"):
        e = "5414" + digits(rng, 14)
    return rng.choice([e, e, f"{e[:6]} {e[6:12]} {e[12:]}", " ".join(e[i:i + 3] for i in range(0, 18, 3))])


def mpan(ctx):
    rng = ctx.rng
    m = digits(rng, 13)
    return rng.choice([m, f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"])


# ------------------------------------------------------------- negative values

def neg_date(ctx):
    rng = ctx.rng
    return fmt_date(ctx, rng.choice([2023, 2024, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))


def neg_date_short(ctx):
    rng = ctx.rng
    fam = lfam(ctx)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if ctx.lang == "en-us":
        return rng.choice([f"{MONTHS['en'][m - 1]} {d}", f"{m}/{d}"])
    if fam == "en":
        return rng.choice([f"{d} {MONTHS['en'][m - 1]}", f"{d}/{m}"])
    return rng.choice([f"{d} {MONTHS[fam][m - 1]}", f"{d}-{m}", f"{d}/{m}"])


def neg_time(ctx):
    rng = ctx.rng
    h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 5, 50])
    if lfam(ctx) == "en":
        return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"])
    return rng.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}u{mi:02d}" if lfam(ctx) == "fr" else f"{h}:{mi:02d} uur", f"{h}h{mi:02d}"])


def neg_amount(ctx):
    rng = ctx.rng
    v = rng.choice([rng.randint(5, 99), rng.randint(100, 1500), rng.randint(1500, 18000)])
    c = rng.randint(0, 99)
    if ctx.lang == "en-gb":
        return rng.choice([f"£{v}", f"£{v:,}.{c:02d}", f"£{v}.00", f"GBP {v}"])
    if ctx.lang == "en-us":
        return rng.choice([f"${v}", f"${v:,}.{c:02d}", f"USD {v}", f"${v}.00"])
    t = f"{v:,}".replace(",", ".")
    return rng.choice([f"€ {t},{c:02d}", f"€{v}", f"{t},{c:02d} euro", f"EUR {t},-", f"{v} EUR", f"€ {t},-", f"{v},{c:02d}€"])


def neg_qty(ctx):
    rng = ctx.rng
    fam = lfam(ctx)
    opts = {"nl": [f"{rng.randint(6, 24)} panelen", f"{rng.randint(2, 12)},{rng.randint(1, 9)} kWp", f"{rng.randint(3, 16)} kW",
                   f"{rng.randint(20, 140)} m2", f"{rng.randint(2, 5)} laadpalen", f"{rng.randint(1, 4)} keer per dag", f"{rng.randint(150, 300)} liter"],
            "fr": [f"{rng.randint(6, 24)} panneaux", f"{rng.randint(2, 12)},{rng.randint(1, 9)} kWc", f"{rng.randint(3, 16)} kW",
                   f"{rng.randint(20, 140)} m²", f"{rng.randint(1, 4)} passages par jour", f"{rng.randint(150, 300)} litres"],
            "en": [f"{rng.randint(6, 24)} panels", f"{rng.randint(2, 12)}.{rng.randint(1, 9)} kWp", f"{rng.randint(3, 16)} kW",
                   f"{rng.randint(300, 1800)} sq ft", f"{rng.randint(1, 4)} visits a day", f"{rng.randint(150, 300)} litre"]}[fam]
    return rng.choice(opts)


def neg_pct(ctx):
    rng = ctx.rng
    v = rng.choice([21, 9, 6, 0, 15, 20, 35, 50, 80, 100, 4, 12])
    return rng.choice([f"{v}%", f"{v} %", f"{v}%", f"{v} procent" if lfam(ctx) == "nl" else f"{v}%"])


def neg_year(ctx):
    return str(ctx.rng.randint(2012, 2025))


def neg_order(ctx):
    rng = ctx.rng
    return rng.choice([f"ORD-{rng.randint(2023, 2025)}-{digits(rng, 5)}", f"45{digits(rng, 8)}", f"#{digits(rng, 6)}",
                       f"WO{digits(rng, 7)}", f"B{digits(rng, 6)}", f"PO-{digits(rng, 5)}"])


def neg_ticket(ctx):
    rng = ctx.rng
    return rng.choice([f"#{digits(rng, 6)}", f"SR-{rng.randint(2023, 2025)}{digits(rng, 4)}-{digits(rng, 3)}", f"K{rng.randint(23, 25)}-{digits(rng, 4)}",
                       f"CAS-{digits(rng, 5)}-{rng.choice('BCDFGHK')}{digits(rng, 1)}{rng.choice('XYZQ')}{digits(rng, 1)}", f"{digits(rng, 8)}",
                       f"TCK{digits(rng, 7)}", f"INC{digits(rng, 7)}", f"M-{digits(rng, 5)}"])


def neg_invoice(ctx):
    rng = ctx.rng
    return rng.choice([f"F{rng.randint(2023, 2025)}-{digits(rng, 5)}", f"INV-{digits(rng, 5)}", f"{rng.randint(2023, 2025)}{digits(rng, 6)}",
                       f"VF{digits(rng, 6)}", f"FAC/{rng.randint(2023, 2025)}/{digits(rng, 4)}", f"SC-{rng.randint(23, 25)}-{digits(rng, 3)}"])


def neg_track(ctx):
    rng = ctx.rng
    return rng.choice(["3S" + "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(rng, 7),
                       "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + digits(rng, 10),
                       "JVGL" + digits(rng, 14), f"CD{digits(rng, 9)}BE", digits(rng, 14)])


def neg_reqid(ctx):
    rng = ctx.rng
    h = "0123456789abcdef"
    u = "".join(rng.choice(h) for _ in range(32))
    return rng.choice([f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}", f"req_{u[:20]}", f"REQ-{digits(rng, 9)}"])


def neg_err(ctx):
    rng = ctx.rng
    return rng.choice([f"E{digits(rng, 3)}", f"F{rng.randint(10, 99)}", f"0x8007{digits(rng, 4)}", f"Err-{rng.randint(10, 499)}",
                       f"A{rng.randint(10, 99)}", f"U{rng.randint(1, 9)}{rng.randint(0, 9)}", f"HTTP 50{rng.randint(0, 4)}", f"ERR_{rng.choice(['OFFLINE', 'AUTH_401', 'TIMEOUT'])}"])


def neg_ver(ctx):
    rng = ctx.rng
    return rng.choice([f"v{rng.randint(1, 6)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 4)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}",
                       f"{rng.randint(1, 5)}.{rng.randint(0, 30)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}"])


def neg_model(ctx):
    return ctx.rng.choice(ctx.pool("models"))


def neg_prod(ctx):
    rng = ctx.rng
    return rng.choice([f"SKU-{digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}", f"ART{digits(rng, 5)}", f"{digits(rng, 13)}"])


def neg_flight(ctx):
    rng = ctx.rng
    return rng.choice(["KL", "HV", "SN", "BA", "U2", "FR", "UA", "DL", "TB"]) + " " * rng.randint(0, 1) + str(rng.randint(100, 2999))


CPHONES = {"nl": ["088 123 4567", "0800-0223", "0900-1234567", "085 303 2211", "088-2440440", "0800 4455"],
           "be": ["078 15 15 15", "02 555 12 00", "0800 12 345", "070 22 33 44", "078/35.35.35"],
           "uk": ["0800 123 4567", "0345 600 1234", "0330 100 2020", "0808 196 5500"],
           "us": ["1-800-555-0199", "(888) 555-0142", "1 (877) 555-0110", "800-555-0177"]}


def neg_cphone(ctx):
    return ctx.rng.choice(CPHONES[region(ctx)])


def neg_kvk(ctx):
    rng = ctx.rng
    rg = region(ctx)
    if rg == "nl":
        return rng.choice([f"KvK {digits(rng, 8)}", f"KvK-nummer {digits(rng, 8)}", f"BTW NL{digits(rng, 9)}B01", f"btw-id NL{digits(rng, 9)}B0{rng.randint(1, 3)}"])
    if rg == "be":
        n = f"0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"
        return rng.choice([f"BTW BE {n}", f"ondernemingsnummer {n}", f"BCE {n}", f"TVA BE{n.replace('.', '')}", f"RPR {n}"])
    if rg == "uk":
        return rng.choice([f"Company No. {digits(rng, 8)}", f"VAT Reg. GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", f"Registered in England {digits(rng, 8)}"])
    return rng.choice([f"EIN {digits(rng, 2)}-{digits(rng, 7)}", f"License #{digits(rng, 8)}", f"CSLB Lic. {digits(rng, 6)}"])


def neg_url(ctx):
    return ctx.rng.choice(ctx.pool("urls"))


def neg_mention(ctx):
    return ctx.rng.choice(ctx.pool("mentions"))


def neg_hashtag(ctx):
    return ctx.rng.choice(ctx.pool("hashtags"))


def neg_masked(ctx):
    rng = ctx.rng
    return rng.choice([f"****{digits(rng, 4)}", f"NL** **** **** {digits(rng, 4)} {digits(rng, 2)}", f"BE** **** **** {digits(rng, 2)}{digits(rng, 2)}",
                       f"06-****{digits(rng, 4)}", f"xxxx xxxx xxxx {digits(rng, 4)}", f"j***@{rng.choice(EMAIL_DOMAINS)}", f"•••• {digits(rng, 4)}",
                       f"***-**-{digits(rng, 4)}", f"+31 6 ** ** *{digits(rng, 2)}"])


def neg_meter(ctx):
    rng = ctx.rng
    v = rng.randint(1000, 98000)
    fam = lfam(ctx)
    return rng.choice([f"{v} kWh", f"{digits(rng, 5)},{rng.randint(0, 9)}", f"{v:05d}", f"{rng.randint(100, 9999)} m3" if fam != "en" else f"{v} kWh"])


def neg_port(ctx):
    return str(ctx.rng.choice([502, 8080, 443, 1883, 8443, 80, 5000, 9522, 6607]))


def neg_checksum(ctx):
    rng = ctx.rng
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))
