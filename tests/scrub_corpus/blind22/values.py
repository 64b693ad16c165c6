"""Value generators and per-half pools for blind22 (standard library only)."""
import string

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def split_pool(items, half):
    """Deal a pool alternately: even index -> dev (0), odd -> heldout (1)."""
    return [x for i, x in enumerate(items) if i % 2 == half]


# ---------------------------------------------------------------- pools
NAMES = ["Sanne de Vries", "Jeroen Bakker", "Priya Shah", "Tom Whitfield", "Fatima el Amrani",
         "Koen Peeters", "Lies Maes", "Julie Dubois", "Maxime Lambert", "Daan Visser",
         "Emma Hughes", "Jake Miller", "Noor Jansen", "Bram Claes", "Chloe Martin",
         "Oliver Grant", "Ayla Yilmaz", "Wouter Smits", "Nathalie Leroy", "Ruben Mertens",
         "Megan O'Brien", "Tyler Brooks", "Ilse van Dijk", "Sofie Wouters", "Antoine Renard",
         "Hannah Cole", "Marco Rossi", "Fleur Mulder", "Stijn Goossens", "Camille Simon",
         "Dylan Price", "Ashley Turner", "Mila Bos", "Jasper Hendriks", "Elise Jacobs",
         "Thomas Dupont", "Grace Evans", "Kevin Nguyen", "Lotte Kok", "Arne Willems"]
STREETS_NL = ["Kerkplein", "Achter de Hoven", "Lindenlaan", "Prinsengracht", "Dorpsstraat",
              "Molenweg", "Van Speijkstraat", "Oude Gracht", "Zonnebloemhof", "Havenkade",
              "Esdoornstraat", "Burgemeester Roellstraat", "Kastanjehof", "Nieuwe Binnenweg"]
PC_NL = [("1053 PK", "Amsterdam"), ("3512 JE", "Utrecht"), ("2514 GA", "Den Haag"),
         ("3021 AB", "Rotterdam"), ("5611 EM", "Eindhoven"), ("9712 CP", "Groningen"),
         ("6811 LV", "Arnhem"), ("2311 BX", "Leiden"), ("4811 XJ", "Breda"), ("8011 CW", "Zwolle")]
STREETS_VL = ["Kapelstraat", "Meir", "Veldstraat", "Statiestraat", "Kerkdreef", "Grote Markt",
              "Bosstraat", "Molenstraat", "Tiensesteenweg", "Lange Leemstraat"]
PC_VL = [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"),
         ("2800", "Mechelen"), ("3500", "Hasselt"), ("9300", "Aalst"), ("2300", "Turnhout")]
STREETS_FR = ["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue des Bouchers",
              "Boulevard d'Avroy", "Rue Haute", "Place du Marché", "Rue de Fer",
              "Avenue de Tervueren", "Rue Saint-Gilles"]
PC_FR = [("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"), ("7000", "Mons"),
         ("1300", "Wavre"), ("6000", "Charleroi"), ("1050", "Ixelles"), ("1348", "Louvain-la-Neuve")]
STREETS_UK = ["Baker Street", "Mill Lane", "Victoria Road", "Church Walk", "Kings Parade",
              "Station Approach", "Elm Grove", "The Crescent", "Harbour View", "Queens Terrace"]
PC_UK = [("SW1A 2AA", "London"), ("M1 4BT", "Manchester"), ("LS1 5DL", "Leeds"),
         ("BS1 6QF", "Bristol"), ("EH1 1YZ", "Edinburgh"), ("B2 4QA", "Birmingham"),
         ("CB2 1TN", "Cambridge"), ("NE1 7RU", "Newcastle")]
STREETS_US = ["Oak Street", "Maple Avenue", "Sunset Blvd", "Elm Drive", "Cedar Lane",
              "Lakeview Terrace", "Pine Court", "Washington Ave", "Birch Road", "Hillcrest Way"]
PC_US = [("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Portland, OR", "97205"),
         ("Denver, CO", "80202"), ("Columbus, OH", "43215"), ("Raleigh, NC", "27601"),
         ("Madison, WI", "53703"), ("Tucson, AZ", "85701")]
BRANDS = ["Tweedehandje", "Koopzo", "PayLatr", "Flixora", "Gamevault", "Appdock", "Banqo",
          "Nuvabank", "Coinlo", "Pakkethub", "Stepr", "Fietsdeel", "Matchly", "Tiketto",
          "Belnet Mobiel", "Stroomwijs", "Shopwerk", "Vliegdirect", "Zekerheid Verzekeringen",
          "Devgate", "Marktje", "Splitpay", "Streamhuis", "Pixelplay", "Kluisbank",
          "Revolta", "Cryptonest", "Boxpunt", "Zoomrit", "Velodeel", "Lovelink", "Zaalkaart",
          "Telvio", "Energa Direct", "Bestelbaas", "Skyhop", "Polisplein", "Apinode",
          "Ruilhoek", "Laterpay"]
PW_WORDS = ["Zomer", "Winter", "Tulp", "Voetbal", "Koffie", "Sunshine", "Dragon", "Lente",
            "Bruxelles", "Maan", "Panda", "Hockey", "Amber", "Kiwi", "Oranje", "Tijger",
            "Liverpool", "Pinda", "Marmot", "Sterren", "Chouquette", "Rivier", "Fiets", "Muffin"]
DOMAINS = ["hotmail.com", "gmail.com", "outlook.com", "ziggo.nl", "telenet.be", "skynet.be",
           "yahoo.co.uk", "icloud.com", "kpnmail.nl", "proton.me", "live.be", "btinternet.com",
           "planet.nl", "aol.com", "xs4all.nl", "gmx.net"]
SSIDS = ["Ziggo-5G", "TelvioWifi-8A2", "H369A-4F2C", "FRITZ!Box 7530 XY", "BelnetHome",
         "Proximus-Home-3C1", "VM4421837", "NETGEAR42", "Linksys00231", "KPN_A1B2"]


# ---------------------------------------------------------------- helpers
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_check(country, bban):
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s.upper())
    return "%02d" % (98 - int(n) % 97)


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def bsn_ok(b):
    if len(b) != 9 or not b.isdigit():
        return False
    s = sum(int(b[i]) * (9 - i) for i in range(8)) - int(b[8])
    return s % 11 == 0


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def rand_of(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


class Gen:
    def __init__(self, rng, half):
        self.rng = rng
        self.half = half
        self.names = split_pool(NAMES, half)
        self.brands = split_pool(BRANDS, half)
        self.pw_words = split_pool(PW_WORDS, half)
        self.domains = split_pool(DOMAINS, half)
        self.ssids = split_pool(SSIDS, half)
        self.addr = {
            "nl": (split_pool(STREETS_NL, half), split_pool(PC_NL, half)),
            "vl": (split_pool(STREETS_VL, half), split_pool(PC_VL, half)),
            "fr": (split_pool(STREETS_FR, half), split_pool(PC_FR, half)),
            "uk": (split_pool(STREETS_UK, half), split_pool(PC_UK, half)),
            "us": (split_pool(STREETS_US, half), split_pool(PC_US, half)),
        }

    c = property(lambda self: self.rng.choice)

    # --------------------------------------------------------- spans
    def password(self, fmt=None):
        r = self.rng
        w = r.choice(self.pw_words)
        shapes = [
            lambda: w + digits(r, 4) + r.choice("!#$*") + r.choice("xqz"),
            lambda: w.lower() + r.choice("!@#") + digits(r, 2) + w[:2].upper(),
            lambda: w + "_" + digits(r, 3),
            lambda: rand_of(r, ALNUM, 10),
            lambda: w[0].upper() + w[1:].lower() + digits(r, 2) + r.choice("!?") + rand_of(r, ALNUM, 2),
            lambda: "Ik" + w + digits(r, 2),
            lambda: w.upper()[:4] + "-" + digits(r, 4) + "-" + rand_of(r, string.ascii_lowercase, 3),
            lambda: rand_of(r, string.ascii_lowercase, 5) + digits(r, 3) + rand_of(r, string.ascii_uppercase, 2),
        ]
        return r.choice(shapes)()

    def username(self, fmt=None):
        r = self.rng
        first, last = r.choice(self.names).split(" ", 1)
        last = last.split(" ")[-1].replace("'", "").lower()
        f = first.lower()
        shapes = [f[0] + last + digits(r, 2), f + "." + last, f + "_" + last[:3] + digits(r, 2),
                  last + f[0] + digits(r, 4), f + last + str(r.randint(70, 99)), "x" + f + "x" + digits(r, 1),
                  f.capitalize() + last.capitalize() + digits(r, 2), f + "-" + last]
        return r.choice(shapes)

    def pin(self, fmt=None):
        n = {"app": self.rng.choice([5, 6])}.get(fmt, 4)
        v = digits(self.rng, n)
        while len(set(v)) == 1:
            v = digits(self.rng, n)
        return v

    def puk(self, fmt=None):
        return digits(self.rng, 8)

    def otp(self, fmt=None):
        r = self.rng
        d = digits(r, 6)
        shapes = [d, d, d[:3] + " " + d[3:], d[:3] + "-" + d[3:], r.choice("GTK") + "-" + d,
                  digits(r, 8) if fmt != "short" else d, digits(r, 5), d[:2] + " " + d[2:4] + " " + d[4:]]
        if fmt == "plain":
            return d
        return r.choice(shapes)

    def wifi_key(self, fmt=None):
        r = self.rng
        shapes = [
            lambda: "-".join(rand_of(r, string.ascii_letters + "23456789", 4) for _ in range(3)),
            lambda: rand_of(r, "abcdefghjkmnpqrstuvwxyz23456789", 12),
            lambda: r.choice(self.pw_words) + r.choice(["Huis", "Home", "Net", "Thuis"]) + digits(r, 3),
            lambda: digits(r, 10) + rand_of(r, "ABCDEF", 2),
            lambda: rand_of(r, string.ascii_uppercase + string.digits, 16),
            lambda: rand_of(r, HEX, 26),
            lambda: "wifi" + r.choice(self.pw_words).lower() + "!" + digits(r, 2),
        ]
        return r.choice(shapes)()

    def api_key(self, fmt=None):
        r = self.rng
        shapes = {
            "sk": lambda: "sk_live_" + rand_of(r, ALNUM, 24),
            "pk": lambda: "pk_live_" + rand_of(r, ALNUM, 24),
            "rk": lambda: "rk_live_" + rand_of(r, ALNUM, 24),
            "ck": lambda: "ck_" + rand_of(r, HEX, 40),
            "cs": lambda: "cs_" + rand_of(r, HEX, 40),
            "api": lambda: "api_" + rand_of(r, ALNUM, 32),
            "akia": lambda: "AKIA" + rand_of(r, string.ascii_uppercase + "234567", 16),
            "aws_secret": lambda: rand_of(r, ALNUM + "/+", 39) + r.choice(ALNUM),
            "aiza": lambda: "AIza" + rand_of(r, ALNUM + "-_", 34) + r.choice(ALNUM),
            "sg": lambda: "SG." + rand_of(r, ALNUM, 22) + "." + rand_of(r, ALNUM + "-_", 42) + r.choice(ALNUM),
            "hex32": lambda: rand_of(r, HEX, 32),
        }
        if fmt in shapes:
            return shapes[fmt]()
        return shapes[r.choice([k for k in shapes if k != "aws_secret"])]()

    def token(self, fmt=None):
        r = self.rng
        b64 = ALNUM + "-_"
        shapes = {
            "jwt": lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + rand_of(r, b64, 40) + "." + rand_of(r, b64, 42) + r.choice(ALNUM),
            "ghp": lambda: "ghp_" + rand_of(r, ALNUM, 36),
            "pat": lambda: "github_pat_" + rand_of(r, ALNUM, 22) + "_" + rand_of(r, ALNUM, 59),
            "xoxb": lambda: "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rand_of(r, ALNUM, 24),
            "xoxp": lambda: "xoxp-" + digits(r, 11) + "-" + digits(r, 12) + "-" + rand_of(r, ALNUM, 24),
            "glpat": lambda: "glpat-" + rand_of(r, ALNUM + "-_", 19) + r.choice(ALNUM),
            "hex40": lambda: rand_of(r, HEX, 40),
            "sess": lambda: rand_of(r, ALNUM, 32),
        }
        if fmt in shapes:
            return shapes[fmt]()
        return shapes[r.choice(list(shapes))]()

    def card_raw(self, kind=None):
        r = self.rng
        kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
        if kind == "visa":
            body, n = "4" + digits(r, 14), 16
        elif kind == "mc":
            body, n = r.choice(["51", "52", "53", "54", "55"]) + digits(r, 13), 16
        elif kind == "amex":
            body, n = r.choice(["34", "37"]) + digits(r, 12), 15
        else:
            body, n = r.choice(["6759", "5018", "6763"]) + digits(r, 11), 16
        return kind, body + luhn_digit(body)

    def card(self, fmt=None):
        r = self.rng
        kind, num = self.card_raw(fmt)
        if kind == "amex":
            sep = r.choice([" ", "-", ""])
            return num[:4] + sep + num[4:10] + sep + num[10:] if sep else num
        sep = r.choice([" ", " ", "-", "", "  ", " - "])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def cvv(self, fmt=None):
        return digits(self.rng, 3)

    def iban(self, fmt=None):
        r = self.rng
        country = fmt or r.choice(["NL", "NL", "NL", "BE", "BE", "DE", "FR", "GB", "ES", "LU", "IE"])
        if country == "NL":
            bban = r.choice(["ABNA", "RABO", "INGB", "KNAB", "SNSB", "ASNB", "TRIO", "BUNQ"]) + digits(r, 10)
        elif country == "BE":
            ten = str(r.randint(1, 9)) + digits(r, 9)
            chk = int(ten) % 97 or 97
            bban = ten + "%02d" % chk
        elif country == "DE":
            bban = digits(r, 18)
        elif country == "FR":
            bban = digits(r, 23)
        elif country in ("GB", "IE"):
            bban = r.choice(["NWBK", "BARC", "MIDL", "AIBK", "BOFI"]) + digits(r, 14)
        elif country == "ES":
            bban = digits(r, 20)
        else:
            bban = digits(r, 3) + digits(r, 13)
        raw = country + iban_check(country, bban) + bban
        style = r.choice(["group", "group", "plain", "lower", "cc_space"])
        if style == "group":
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style == "plain":
            return raw
        if style == "lower":
            return raw.lower()
        return raw[:2] + " " + raw[2:4] + " " + " ".join(raw[i:i + 4] for i in range(4, len(raw), 4))

    def bsn(self, fmt=None):
        r = self.rng
        while True:
            b = str(r.randint(1, 9)) + digits(r, 7)
            s = sum(int(b[i]) * (9 - i) for i in range(8))
            c = s % 11
            if c < 10:
                v = b + str(c)
                if fmt == "dots":
                    return v[:4] + "." + v[4:6] + "." + v[6:]
                return v

    def card_expiry(self, fmt=None):
        r = self.rng
        m, y = r.randint(1, 12), r.randint(27, 31)
        shapes = ["%02d/%02d" % (m, y), "%02d-20%02d" % (m, y), "%02d%02d" % (m, y),
                  "%02d/20%02d" % (m, y), "%02d / %02d" % (m, y)]
        return r.choice(shapes) if fmt is None else shapes[int(fmt)]

    def email(self, fmt=None):
        r = self.rng
        nm = getattr(self, "cur_name", None)
        if not nm or r.random() < 0.3:
            nm = r.choice(self.names)
        first, last = nm.split(" ", 1)
        last = last.split(" ")[-1].replace("'", "").lower()
        local = r.choice([first.lower() + "." + last, first[0].lower() + last + digits(r, 2),
                          first.lower() + digits(r, 4), last + "_" + first.lower()])
        dom = r.choice(self.domains)
        if fmt == "spoken":
            d, tld = dom.rsplit(".", 1)
            return r.choice(["%s at %s punt %s", "%s at %s dot %s", "%s (at) %s (dot) %s"]) % (local, d.replace(".", " punt "), tld)
        if fmt == "spaced":
            return local + " @ " + dom
        return local + "@" + dom

    def phone(self, fmt=None):
        r = self.rng
        fmt = fmt or "nl"
        if fmt == "nl":
            d = "1" + digits(r, 7)
            return r.choice(["06-" + d, "06 " + " ".join(["1" + d[1], d[2:4], d[4:6], d[6:8]]),
                             "06 - " + d, "+31 6 " + d, "+316" + d, "0031 6 " + d, "(06) " + d,
                             "020-" + "555" + digits(r, 4), "020 555 " + digits(r, 4)])
        if fmt == "be":
            a = r.choice(["0470", "0471", "0472", "0475", "0476", "0477", "0478", "0479", "0485", "0486", "0497", "0498", "0499"])
            p = [digits(r, 2) for _ in range(3)]
            return r.choice([a + "/" + ".".join(p), a + " " + " ".join(p), "+32 " + a[1:] + " " + " ".join(p),
                             a + p[0] + p[1] + p[2], "+32(0)" + a[1:] + "/" + "".join(p)])
        if fmt == "uk":
            t = "900" + digits(r, 3)
            return r.choice(["07700 " + t, "+44 7700 " + t, "07700" + t, "020 7946 0" + digits(r, 3),
                             "+44 (0)20 7946 0" + digits(r, 3), "(07700) " + t])
        x = "01" + digits(r, 2)
        area = r.choice(["212", "415", "312", "617", "503", "737"])
        return r.choice(["(%s) 555-%s" % (area, x), "%s.555.%s" % (area, x), "%s-555-%s" % (area, x),
                         "+1 %s 555 %s" % (area, x), "1-%s-555-%s" % (area, x)])

    def address(self, fmt=None):
        r = self.rng
        reg, _, multi = (fmt or "nl").partition("_")
        streets, pcs = self.addr[reg]
        st = r.choice(streets)
        no = str(r.randint(1, 180)) + r.choice(["", "", "", "a", "-2", " bis" if reg in ("fr", "vl") else "B"])
        sep = "\n" if multi else ", "
        if reg == "nl":
            pc, city = r.choice(pcs)
            return st + " " + no + sep + r.choice([pc, pc.replace(" ", "")]) + " " + city
        if reg in ("vl", "fr"):
            pc, city = r.choice(pcs)
            return st + " " + no + sep + pc + " " + city
        if reg == "uk":
            pc, city = r.choice(pcs)
            return str(r.randint(1, 99)) + " " + st + sep + city + sep + pc if multi else str(r.randint(1, 99)) + " " + st + ", " + city + " " + pc
        cs, z = r.choice(pcs)
        return str(r.randint(10, 4999)) + " " + st + sep + cs + " " + z

    MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
              "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
              "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}

    def date_of_birth(self, fmt=None):
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1948, 2004)
        lang = fmt or "nl"
        shapes = ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, self.MONTHS[lang][m - 1], y),
                  "%02d/%02d/%02d" % (d, m, y % 100), "%02d.%02d.%d" % (d, m, y)]
        if lang == "en":
            shapes += ["%s %d, %d" % (self.MONTHS["en"][m - 1], d, y), "%02d/%02d/%d" % (m, d, y)]
        return r.choice(shapes)

    def ip_address(self, fmt=None):
        r = self.rng
        return "%d.%d.%d.%d" % (r.choice([81, 84, 86, 94, 145, 178, 213, 62, 77]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def customer_number(self, fmt=None):
        r = self.rng
        return r.choice([digits(r, 8), "K" + digits(r, 7), digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3),
                         "CU" + digits(r, 6), "10" + digits(r, 8), "M-" + digits(r, 6)])

    # --------------------------------------------------------- negatives
    def n_amount(self, fmt=None):
        r = self.rng
        e, c = r.randint(1, 899), r.randint(0, 99)
        return r.choice(["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d,%02d euro" % (e, c), "£%d.%02d" % (e, c),
                         "$%d.%02d" % (e, c), "EUR %d" % e, "%d,-" % e, "USD %d.%02d" % (e, c), "%d.%02d GBP" % (e, c),
                         "0.0%d BTC" % r.randint(10, 99), "%d,%02d EUR" % (e, c)])

    def n_company_phone(self, fmt=None):
        r = self.rng
        return r.choice(["0800-" + digits(r, 4), "0900 " + digits(r, 4), "088 " + digits(r, 3) + " " + digits(r, 4),
                         "078 15 " + digits(r, 2) + " " + digits(r, 2), "03457 " + digits(r, 6), "0345 " + digits(r, 3) + " " + digits(r, 4),
                         "1-800-555-01" + digits(r, 2), "0800 022 " + digits(r, 4), "02 " + digits(r, 3) + " " + digits(r, 2) + " " + digits(r, 2)])

    def n_company_registration(self, fmt=None):
        r = self.rng
        by = {"kvk": lambda: digits(r, 8), "vat_nl": lambda: "NL" + digits(r, 9) + "B0" + str(r.randint(1, 3)),
              "be": lambda: r.choice(["0", "BE 0", "BE0"]) + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3),
              "uk": lambda: r.choice(["0", "SC", "NI"]) + digits(r, 6)}
        if fmt in by:
            return by[fmt]()
        return r.choice([digits(r, 8), "NL" + digits(r, 9) + "B01", "0" + digits(r, 3) + "." + digits(r, 3) + "." + digits(r, 3),
                         "BE 0" + digits(r, 9), "0" + digits(r, 7), "GB" + digits(r, 9)])

    def n_date(self, fmt=None):
        r = self.rng
        d, m = r.randint(1, 28), r.randint(1, 12)
        if fmt in ("nl", "vl"):
            return r.choice(["%d-%d-2026" % (d, m), "%d %s" % (d, self.MONTHS["nl"][m - 1]), "%02d-%02d" % (d, m), "%d/%d" % (d, m)])
        if fmt == "fr":
            return r.choice(["%d %s" % (d, self.MONTHS["fr"][m - 1]), "%02d/%02d/2026" % (d, m), "%02d.%02d.2026" % (d, m)])
        if fmt == "en":
            return r.choice(["%s %d" % (self.MONTHS["en"][m - 1], d), "%d %s" % (d, self.MONTHS["en"][m - 1][:3]), "%02d/%02d/2026" % (d, m), "2026-%02d-%02d" % (m, d)])
        return r.choice(["%d-%d-2026" % (d, m), "%02d/%02d" % (d, m), "%d %s" % (d, r.choice(self.MONTHS["nl"])),
                         "%s %d" % (r.choice(self.MONTHS["en"]), d), "%d %s" % (d, r.choice(self.MONTHS["fr"])),
                         "%02d.%02d.2026" % (d, m), "2026-%02d-%02d" % (m, d)])

    def n_time(self, fmt=None):
        r = self.rng
        h, m = r.randint(0, 23), r.randint(0, 59)
        if fmt == "hm":
            return "%02d:%02d" % (h, m)
        if fmt == "en":
            return r.choice(["%d:%02d%s" % (h % 12 + 1, m, r.choice(["am", "pm", " pm", " AM"])), "%02d:%02d" % (h, m)])
        if fmt == "fr":
            return r.choice(["%dh%02d" % (h, m), "%02d:%02d" % (h, m)])
        if fmt in ("nl", "vl"):
            return r.choice(["%02d:%02d" % (h, m), "%d.%02d uur" % (h, m), "%d:%02d" % (h, m)])
        return r.choice(["%02d:%02d" % (h, m), "%d.%02d uur" % (h, m), "%d:%02d%s" % (h % 12 + 1, m, r.choice(["am", "pm"])),
                         "%dh%02d" % (h, m), "%02d:%02d:%02d" % (h, m, r.randint(0, 59))])

    def n_year(self, fmt=None):
        return str(self.rng.randint(2012, 2026))

    def n_error_code(self, fmt=None):
        r = self.rng
        return r.choice(["E-" + digits(r, 4), "0x8007" + rand_of(r, "0123456789ABCDEF", 4), "ERR_" + r.choice(["403", "429", "502"]),
                         "PAY-" + digits(r, 3), "BNK" + digits(r, 4), "AUTH_" + digits(r, 3), "error " + digits(r, 3),
                         "ERR-CARD-" + digits(r, 2), "CE-" + digits(r, 5) + "-" + digits(r, 1), "WS-" + digits(r, 5)])

    def n_flight_number(self, fmt=None):
        r = self.rng
        return r.choice(["ZX", "VQ", "KT", "HJ"]) + r.choice(["", " "]) + str(r.randint(100, 9999))

    def n_hashtag(self, fmt=None):
        return "#" + self.rng.choice(["storing", "oplichting", "scam", "fail", "klantenservice", "panne", "arnaque",
                                      "customerservice", "helpdesk", "wtf", "nooitmeer", "fraude", "bnpl", "ticketdrama"])

    def n_mention(self, brand, fmt=None):
        return "@" + brand.replace(" ", "") + self.rng.choice(["", "_NL", "Care", "_help", "BE", "Support"])

    def n_invoice_number(self, fmt=None):
        r = self.rng
        return r.choice(["F2026-" + digits(r, 6), "INV-" + digits(r, 5), "TX" + digits(r, 10), "2026" + digits(r, 7),
                         "FAC/" + digits(r, 4) + "/" + digits(r, 3), "txn_" + rand_of(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12)])

    def n_order_number(self, fmt=None):
        r = self.rng
        return r.choice(["#" + digits(r, 7), digits(r, 10), "ORD-" + digits(r, 6), "2026-" + digits(r, 6), "A" + digits(r, 9),
                         "L-" + digits(r, 8), "m" + digits(r, 10)])

    def n_ticket_number(self, fmt=None):
        r = self.rng
        return r.choice(["#" + digits(r, 8), "CAS-" + digits(r, 5) + "-" + rand_of(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4),
                         "SR" + digits(r, 9), "T-" + digits(r, 6), digits(r, 8), "REF " + digits(r, 6)])

    def n_tracking_number(self, fmt=None):
        r = self.rng
        return r.choice(["3S" + rand_of(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + digits(r, 9), "1Z" + rand_of(r, "0123456789ABCDEF", 6) + digits(r, 10),
                         "JVGL" + digits(r, 14), "CD" + digits(r, 9) + "BE", digits(r, 14), "LX" + digits(r, 9) + "NL"])

    def n_meter_reading(self, fmt=None):
        r = self.rng
        return r.choice([digits(r, 5), "%05d,%d" % (r.randint(0, 99999), r.randint(0, 9)), digits(r, 6)])

    def n_model_number(self, fmt=None):
        by = {"phone": ["Galaxy A54", "iPhone 15 Pro", "Pixel 8a", "Xiaomi Redmi Note 13", "Samsung SM-S911B", "Moto G84", "OnePlus 12R", "iPhone 13 mini"],
              "router": ["Fritz!Box 7590", "H369A", "TP-Link Archer C6", "Fritz!Box 7530", "Sagemcom F@st 5670", "Connect Box"]}
        if fmt in by:
            return self.rng.choice(by[fmt])
        return self.rng.choice(["Galaxy A54", "iPhone 15 Pro", "Fritz!Box 7590", "H369A", "TP-Link Archer C6", "Pixel 8a",
                                "Xiaomi Redmi Note 13", "iPad Air M2", "PS5 Slim", "Nintendo Switch OLED", "Ninebot Max G30",
                                "Samsung SM-S911B", "Galaxy Tab S9", "Moto G84", "Xbox Series S", "OnePlus 12R"])

    def n_product_code(self, fmt=None):
        r = self.rng
        b = "871" + digits(r, 9)
        tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        if fmt == "ean":
            return b + str((10 - tot % 10) % 10)
        return r.choice([b + str((10 - tot % 10) % 10), "SKU-" + digits(r, 5), "TX-" + digits(r, 4) + "-BL", "ART." + digits(r, 6)])

    def n_version_string(self, fmt=None):
        r = self.rng
        if fmt == "api":
            return r.choice(["v%d" % r.randint(1, 4), "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9)), "2024-%02d-01" % r.randint(1, 12)])
        if fmt == "app":
            return r.choice(["%d.%d.%d" % (r.randint(3, 12), r.randint(0, 40), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 9), r.randint(0, 30)),
                             "build %d.%d.%d (%d)" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1000, 9999))])
        return r.choice(["iOS %d.%d.%d" % (r.randint(16, 18), r.randint(0, 6), r.randint(1, 3)), "Android %d" % r.randint(12, 15),
                         "%d.%d.%d" % (r.randint(3, 12), r.randint(0, 40), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 9), r.randint(0, 30)),
                         "build %d.%d.%d (%d)" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1000, 9999)),
                         "One UI %d.1" % r.randint(5, 7), "Windows 11 23H2", "macOS 14.%d" % r.randint(1, 6)])

    def n_percentage(self, fmt=None):
        r = self.rng
        return r.choice(["%d%%" % r.randint(1, 99), "%d,%d%%" % (r.randint(1, 30), r.randint(1, 9)), "%d %%" % r.randint(1, 99),
                         "%d.%d%%" % (r.randint(1, 30), r.randint(1, 9))])

    def n_quantity(self, fmt=None):
        r = self.rng
        by = {"data": ["%d GB" % r.choice([5, 10, 20, 50, 100]), "%dMB" % r.randint(10, 900), "%d GB" % r.randint(1, 40)],
              "speed": ["%d Mbps" % r.choice([50, 200, 500, 1000]), "%d Mbit/s" % r.choice([100, 400, 1000])],
              "energy": ["%d kWh" % r.randint(100, 4000), "%d m³" % r.randint(200, 2000)],
              "ride": ["%d km" % r.randint(1, 40), "%d min" % r.randint(2, 90)],
              "wait": ["%d min" % r.randint(20, 90), "%d uur" % r.randint(2, 9)]}
        if fmt in by:
            return r.choice(by[fmt])
        return r.choice(["%d GB" % r.choice([5, 10, 20, 50, 100]), "%d Mbps" % r.choice([50, 200, 500, 1000]), "%d kWh" % r.randint(100, 4000),
                         "%d m³" % r.randint(200, 2000), "%d km" % r.randint(1, 40), "%d min" % r.randint(2, 90), "%dMB" % r.randint(10, 900),
                         "%d kg" % r.randint(1, 25)])

    def n_url(self, brand, fmt=None):
        r = self.rng
        d = brand.lower().replace(" ", "")
        return r.choice(["https://www.%s.nl/inloggen" % d, "https://%s.com/help/2fa" % d, "www.%s.be/fr/aide" % d,
                         "https://app.%s.io/settings/keys" % d, "https://%s-verify.top/nl/login" % d,
                         "http://bit.ly/3x%s" % rand_of(r, ALNUM, 5), "https://%s.co.uk/account/reset?ref=app" % d])

    def n_masked_value(self, fmt=None):
        r = self.rng
        by = {"card": ["**** **** **** " + digits(r, 4), "•••• " + digits(r, 4), "xxxx-xxxx-xxxx-" + digits(r, 4), "*" + digits(r, 4)],
              "pw": ["********", "•••••••", "●●●●●●●●●●"],
              "iban": ["NL** **** **** **" + digits(r, 2), "BE** **** **** " + digits(r, 4)]}
        if fmt in by:
            return r.choice(by[fmt])
        return r.choice(["**** **** **** " + digits(r, 4), "NL** **** **** **" + digits(r, 2), "********", "•••• " + digits(r, 4),
                         "xxxx-xxxx-xxxx-" + digits(r, 4), "06-******" + digits(r, 2), "BE** **** **** " + digits(r, 4), "•••••••"])
