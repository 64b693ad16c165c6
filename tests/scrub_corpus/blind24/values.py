"""Value generators and per-message context (persona, tags)."""
import base64
import json
import string
import unicodedata

import phrases as P
from core import luhn_complete, iban_make, bsn_ok, ean13

LOCALE_OF = {"nl": "nl", "nl-be": "be_nl", "fr-be": "be_fr", "en-gb": "gb", "en-us": "us"}
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"

SPELL = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}
MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}
WEEKDAYS = {
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}
PW_WORDS = {
    "nl": ["Zomer", "Winter", "Lente", "Herfst", "Welkom", "Voetbal", "Tulp", "Fiets", "Kaas",
           "Molen", "Oranje", "Schaap", "Kassa", "Snoepje", "Appeltaart", "Konijn"],
    "fr": ["Soleil", "Printemps", "Bonjour", "Chocolat", "Frites", "Liberte", "Maison", "Papillon",
           "Nounours", "Etoile", "Gaufre", "Bisou"],
    "en": ["Summer", "Sunshine", "Welcome", "Football", "Dragon", "Monkey", "Rainbow", "Cupcake",
           "Biscuit", "Pumpkin", "Shadow", "Bluebird"],
}
PHRASE_WORDS = {
    "nl": ["fiets", "regen", "paars", "molen", "tafel", "boom", "wolk", "kaars", "deur", "vis",
           "tomaat", "koffie", "sleutel", "zand"],
    "fr": ["pomme", "velo", "pluie", "nuage", "table", "chat", "porte", "sable", "citron", "lune"],
    "en": ["purple", "horse", "battery", "staple", "river", "candle", "cloud", "lemon", "ladder", "otter"],
}


def lang_base(lang):
    return "fr" if lang.startswith("fr") else ("nl" if lang.startswith("nl") else "en")


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum())


class Pools:
    def __init__(self, half):
        d = lambda x: P.deal(x, half)
        self.first = {k: d(v) for k, v in P.FIRST.items()}
        self.last = {k: d(v) for k, v in P.LAST.items()}
        self.city = {k: d(v) for k, v in P.CITY.items()}
        self.street = {k: d(v) for k, v in P.STREET.items()}
        self.biz = {k: d(v) for k, v in P.BIZ.items()}
        self.company = d(P.COMPANY)
        self.psp = d(P.PSP)
        self.platform = d(P.PLATFORM)
        self.terminal = d(P.TERMINAL)
        self.telco = {k: d(v) for k, v in P.TELCO.items()}
        self.bank = {k: d(v) for k, v in P.BANK.items()}
        self.accounting = d(P.ACCOUNTING)
        self.energy = d(P.ENERGY)
        self.portal = {k: d(v) for k, v in P.PORTAL.items()}
        self.domains = d(P.DOMAINS)
        self.models = d(P.PC_MODEL)
        self.device = d(P.DEVICE)
        self.app = d(P.APP)
        self.scheme = d(P.SCHEME)

    def all_fillers(self):
        out = set()
        for dct in (self.first, self.last, self.street, self.biz, self.telco, self.bank):
            for v in dct.values():
                out.update(v)
        for v in self.city.values():
            out.update(c for c, _ in v)
        out.update(c for c, _ in self.company)
        out.update(self.psp + self.platform + self.accounting + self.energy + self.domains + self.models)
        out.update(self.device + self.app + self.scheme)
        out.update(b for b, _ in self.terminal)
        for v in self.portal.values():
            out.update(v)
        return out


class Ctx:
    def __init__(self, rng, pools, lang):
        self.rng = rng
        self.pools = pools
        self.lang = lang
        self.lb = lang_base(lang)
        self.loc = LOCALE_OF[lang]
        r = rng.random()
        if lang == "en-gb":
            self.vloc = "gb" if r < 0.7 else ("nl" if r < 0.88 else "be_nl")
        elif lang == "en-us":
            self.vloc = "us" if r < 0.65 else ("nl" if r < 0.85 else "be_fr")
        elif lang == "nl":
            self.vloc = "nl" if r < 0.95 else "be_nl"
        else:
            self.vloc = self.loc
        self.tags = {}
        self._persona()

    # ------------------------------------------------------------ persona
    def _persona(self):
        c = self.rng.choice
        pl = self.pools
        loc = self.loc
        nloc = loc
        self.cust = c(pl.first[nloc])
        self.cust_last = c(pl.last[nloc])
        # agents mostly local to the company (nl / be), sometimes same as customer
        aloc = c([loc, loc, "nl" if loc in ("gb", "us") else loc])
        self.agent = c(pl.first[aloc])
        self.agent_last = c(pl.last[aloc])
        self.colleague = c([x for x in pl.first[nloc] if x != self.cust] or pl.first[nloc])
        self.colleague_last = c(pl.last[nloc])
        others = [x for x in pl.first[nloc] if x not in (self.cust, self.colleague)]
        self.client = c(others) + " " + c(pl.last[nloc])
        self.tenant = c([x for x in others if x != self.client.split()[0]] or others) + " " + c(pl.last[nloc])
        self.company, self.handle = c(pl.company)
        self.company_domain = ascii_slug(self.company) + c([".nl", ".be", ".eu", ".com"])
        self.shop = c(pl.biz[self.vloc if self.vloc in pl.biz else loc])
        self.shop_domain = ascii_slug(self.shop.split(" ", 1)[-1] if self.rng.random() < 0.5 else self.shop) + \
            {"nl": ".nl", "be_nl": ".be", "be_fr": ".be", "gb": ".co.uk", "us": ".com"}[self.vloc]
        self.city = c(pl.city[self.vloc])
        self.psp = c(pl.psp)
        self.platform = c(pl.platform)
        self.terminal, self.term_models = c(pl.terminal)
        self.telco = c(pl.telco[self.vloc])
        self.bank = c(pl.bank[self.vloc])
        self.accounting = c(pl.accounting)
        self.energy = c(pl.energy)
        self.portal = c(pl.portal[self.vloc])
        self.domain = c(pl.domains)

    def fill(self, name, var=None):
        rng = self.rng
        if name == "cust":
            return self.cust
        if name == "cust_full":
            return self.cust + " " + self.cust_last
        if name == "cust_last":
            return self.cust_last
        if name == "agent":
            return self.agent
        if name == "agent_full":
            return self.agent + " " + self.agent_last
        if name == "agent_init":
            return self.agent[0] + self.agent_last.split()[-1][0]
        if name == "colleague":
            return self.colleague
        if name == "colleague_full":
            return self.colleague + " " + self.colleague_last
        if name == "client":
            return self.client
        if name == "tenant":
            return self.tenant
        if name == "company":
            return self.company
        if name == "handle":
            return self.handle
        if name == "shop":
            return self.shop
        if name == "shop_domain":
            return self.shop_domain
        if name == "city":
            return self.city[0]
        if name == "psp":
            return self.psp
        if name == "platform":
            return self.platform
        if name == "terminal":
            return self.terminal
        if name == "telco":
            return self.telco
        if name == "bank":
            return self.bank
        if name == "accounting":
            return self.accounting
        if name == "energy":
            return self.energy
        if name == "portal":
            return self.portal
        if name == "device":
            return self.rng.choice(self.pools.device)
        if name == "app":
            return self.rng.choice(self.pools.app)
        if name == "scheme":
            return self.rng.choice(self.pools.scheme)
        if name == "month":
            return rng.choice(MONTHS[self.lb])
        if name == "weekday":
            return rng.choice(WEEKDAYS[self.lb])
        if name == "ssid":
            t = ascii_slug(self.telco)[:6].upper() or "WIFI"
            s = rng.choice([
                lambda: "%s-%s" % (t, "".join(rng.choice("0123456789ABCDEF") for _ in range(4))),
                lambda: "%s_Gast" % ascii_slug(self.shop.split()[-1]).capitalize(),
                lambda: "%s Guest" % self.shop.split()[-1],
                lambda: "%s%s" % (t, "".join(rng.choice(DIG) for _ in range(6))),
                lambda: "%s-5G" % ascii_slug(self.shop.split()[-1]).capitalize(),
            ])()
            return s
        if name == "n":   # small plain number in prose
            return str(rng.randint(2, 9))
        raise ValueError("unknown filler " + name)

    # ------------------------------------------------------------ helpers
    def digits(self, n, first_nonzero=False):
        s = "".join(self.rng.choice(DIG) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.rng.choice("123456789") + s[1:]
        return s

    def chars(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def spell(self, digits, sep=" "):
        words = SPELL[self.lb]
        if self.lb == "en" and self.rng.random() < 0.3:
            words = ["oh"] + words[1:]
        return sep.join(words[int(d)] for d in digits)

    # ------------------------------------------------------------ values
    def value(self, typ, var=None):
        return getattr(self, "v_" + typ)(var)

    def v_password(self, var):
        rng = self.rng
        lb = self.lb
        sym = "!#@$%&*?_+="
        if var == "temp":
            return rng.choice([
                lambda: "Tmp" + self.digits(4) + self.chars(string.ascii_letters, 2),
                lambda: rng.choice(["Welkom", "Bienvenue", "Welcome", "Start"]) + self.digits(2) + rng.choice("!#"),
                lambda: "-".join(self.chars(ALNUM, 3) for _ in range(3)),
                lambda: self.chars(ALNUM, 10),
                lambda: "Reset-" + self.digits(4) + "-" + self.chars(string.ascii_uppercase, 2),
            ])()
        if var == "router":
            return rng.choice([
                lambda: self.chars(ALNUM, rng.randint(8, 12)),
                lambda: self.chars(LOWALNUM, 8),
                lambda: "admin" + self.digits(4),
            ])()
        if var == "phrase":
            w = rng.sample(PHRASE_WORDS[lb], rng.randint(3, 4))
            return rng.choice(["-", ".", "_", ""]).join(w) + rng.choice(["", self.digits(2), "!"])
        shapes = [
            lambda: rng.choice(PW_WORDS[lb]) + rng.choice([str(rng.randint(2015, 2026)), self.digits(2), self.digits(3)]) + rng.choice(["!", "#", "?", "@", "", "!!"]),
            lambda: ascii_slug(self.shop.split()[-1]) + str(rng.randint(1960, 2020)),
            lambda: ascii_slug(self.cust) + self.digits(rng.choice([2, 4])),
            lambda: "".join(rng.choice(ALNUM + sym) for _ in range(rng.randint(9, 16))) + rng.choice(DIG),
            lambda: rng.choice(PW_WORDS[lb]).replace("e", "3").replace("o", "0").replace("a", "@") + self.digits(2) + "!",
            lambda: rng.choice(PW_WORDS[lb]).lower() + "_" + rng.choice(PHRASE_WORDS[lb]) + self.digits(2),
            lambda: rng.choice(PHRASE_WORDS[lb]).capitalize() + rng.choice(sym) + self.digits(4),
            lambda: self.chars(ALNUM, 8),
        ]
        return rng.choice(shapes)()

    def v_pin(self, var):
        rng = self.rng
        n = {"5": 5, "6": 6}.get(var, 4 if rng.random() < 0.85 else rng.choice([5, 6]))
        if var == "alarm":
            n = rng.choice([4, 4, 5, 6])
        d = self.digits(n)
        if var == "spelled":
            return self.spell(d, rng.choice([" ", " ", "-"]))
        if var == "spaced":
            return " ".join(d)
        return d

    def v_puk(self, var):
        d = self.digits(8)
        r = self.rng.random()
        if r < 0.2:
            return d[:4] + " " + d[4:]
        if r < 0.3:
            return " ".join(d[i:i + 2] for i in range(0, 8, 2))
        return d

    def v_otp(self, var):
        rng = self.rng
        if var == "spaced":
            d = self.digits(6)
            return d[:3] + " " + d[3:]
        if var == "spelled":
            return self.spell(self.digits(6), rng.choice([" ", "-"]))
        if var == "g":
            return "G-" + self.digits(6)
        if var == "4":
            return self.digits(4)
        if var == "8":
            return self.digits(8)
        if var == "alnum":
            return rng.choice([lambda: self.chars(UPALNUM, 6), lambda: self.chars(UPALNUM, 3) + "-" + self.chars(UPALNUM, 3)])()
        r = rng.random()
        if r < 0.62:
            return self.digits(6)
        if r < 0.74:
            d = self.digits(6)
            return d[:3] + rng.choice([" ", "-"]) + d[3:]
        if r < 0.84:
            return self.digits(rng.choice([4, 5]))
        if r < 0.92:
            return self.digits(8)
        return self.chars(UPALNUM, 6)

    def v_wifi_key(self, var):
        rng = self.rng
        return rng.choice([
            lambda: self.chars(ALNUM, rng.randint(10, 16)),
            lambda: self.chars(string.ascii_uppercase + "2345679", 12),
            lambda: self.chars(HEX, rng.choice([10, 26])),
            lambda: rng.choice(PHRASE_WORDS[self.lb]) + rng.choice(PHRASE_WORDS[self.lb]) + self.digits(3),
            lambda: ascii_slug(self.shop.split()[-1]).capitalize() + "Gast" + self.digits(4) if self.lb == "nl" else ascii_slug(self.shop.split()[-1]).capitalize() + "Wifi" + self.digits(4) + "!",
            lambda: "-".join(self.chars(LOWALNUM, 4) for _ in range(4)),
        ])()

    def v_username(self, var):
        rng = self.rng
        f, l = ascii_slug(self.cust), ascii_slug(self.cust_last)
        s = ascii_slug(self.shop.split(" ", 1)[-1])[:14]
        if var == "shop":
            return rng.choice([s + "_admin", s + self.digits(2), "beheer." + s,
                               s.upper()[:8] + "-ADMIN", "kassa" + self.digits(2), "manager" + self.digits(1)])
        if var == "gamer":
            return rng.choice(["xX_" + f.capitalize() + "_Xx", f + "_the_" + rng.choice(["great", "bold", "wolf"]),
                               "Dutch" + f.capitalize() + self.digits(2), f[:4].upper() + "zilla" + self.digits(3)])
        return rng.choice([
            lambda: f + "." + l,
            lambda: f + l + self.digits(2),
            lambda: f[0] + l + self.digits(rng.choice([2, 4])),
            lambda: s + "_" + rng.choice(["admin", "beheer", "shop", "owner"]),
            lambda: f + "_" + s[:8],
            lambda: "U" + self.digits(7),
            lambda: l + f[0] + self.digits(3),
            lambda: f.capitalize() + l.capitalize()[:5],
        ])()

    def _psp_key(self):
        rng = self.rng
        p = self.psp
        if p == "Mollie":
            return rng.choice(["live_", "live_", "test_"]) + self.chars(ALNUM, 30)
        if p == "Stripe":
            return rng.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + self.chars(ALNUM, rng.choice([24, 34, 99]))
        if p == "Adyen":
            b = ALNUM + "+/"
            return "AQE" + self.chars(b, 57) + "=-" + self.chars(b, 43) + "="
        if p == "SumUp":
            return "sup_sk_" + self.chars(ALNUM, 32)
        return self.chars(HEX, 40)

    def _platform_key(self, secret):
        rng = self.rng
        p = self.platform
        if p == "Shopify":
            return ("shpss_" if secret else "") + self.chars(HEX, 32)
        if p == "WooCommerce":
            return ("cs_" if secret else "ck_") + self.chars(HEX, 40)
        if p == "PrestaShop":
            return self.chars(UPALNUM, 32)
        if p == "Magento":
            return self.chars(LOWALNUM, 32)
        return self.chars(HEX, 32)

    def v_api_key(self, var):
        rng = self.rng
        if var == "psp":
            return self._psp_key()
        if var == "platform":
            return self._platform_key(False)
        if var == "platform_secret":
            return self._platform_key(True)
        if var == "webhook":
            if self.psp == "Stripe":
                return "whsec_" + self.chars(ALNUM, 32)
            return rng.choice([lambda: self.chars(HEX, 64), lambda: self.chars(ALNUM, 32),
                               lambda: base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()])()
        if var == "aws":
            return "AKIA" + self.chars(UPALNUM, 16)
        if var == "aws_secret":
            return self.chars(ALNUM + "/+", 40)
        if var == "sendgrid":
            return "SG." + self.chars(ALNUM + "-_", 22) + "." + self.chars(ALNUM + "-_", 43)
        if var == "hex":
            return self.chars(HEX, rng.choice([32, 40]))
        gens = [
            lambda: "SG." + self.chars(ALNUM + "-_", 22) + "." + self.chars(ALNUM + "-_", 43),
            lambda: "AIza" + self.chars(ALNUM + "-_", 35),
            lambda: self.chars(HEX, 32) + "-us" + str(rng.randint(1, 21)),
            lambda: "SK" + self.chars(HEX, 32),
            lambda: "api_" + self.chars(ALNUM, 32),
            lambda: "key_" + self.chars(LOWALNUM, 28),
            lambda: "sk-proj-" + self.chars(ALNUM + "-_", 48),
            lambda: self.chars(HEX, rng.choice([32, 40])),
            lambda: "xkeysib-" + self.chars(HEX, 64) + "-" + self.chars(ALNUM, 16),
        ]
        return rng.choice(gens)()

    def _jwt(self):
        rng = self.rng
        b64 = lambda b: base64.urlsafe_b64encode(b).decode().rstrip("=")
        hdr = b64(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        pl = {"sub": str(rng.randint(10000, 9999999)), "iat": rng.randint(1700000000, 1760000000)}
        pl["exp"] = pl["iat"] + 3600
        if rng.random() < 0.5:
            pl["scope"] = rng.choice(["orders.read", "payments", "admin"])
        body = b64(json.dumps(pl, separators=(",", ":")).encode())
        sig = b64(bytes(rng.randrange(256) for _ in range(32)))
        return hdr + "." + body + "." + sig

    def v_token(self, var):
        rng = self.rng
        if var == "jwt":
            return self._jwt()
        if var == "platform":
            if self.platform == "Shopify":
                return "shpat_" + self.chars(HEX, 32)
            if self.platform == "Magento":
                return self.chars(LOWALNUM, 32)
            return self._jwt()
        gens = {
            "ghp": lambda: "ghp_" + self.chars(ALNUM, 36),
            "glpat": lambda: "glpat-" + self.chars(ALNUM + "-_", 20),
            "slack": lambda: "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.chars(ALNUM, 24),
            "bearer": lambda: self.chars(ALNUM, rng.choice([32, 40, 48])),
            "session": lambda: rng.choice(["sess_", "s%3A", ""]) + self.chars(ALNUM, 40),
            "jwt": self._jwt,
        }
        if var in gens:
            return gens[var]()
        return rng.choice(list(gens.values()))()

    def v_card(self, var):
        rng = self.rng
        kind = var or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "maestro"])
        if kind == "visa":
            num = luhn_complete("4" + self.digits(14))
        elif kind == "mc":
            num = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]) + self.digits(13))
        elif kind == "amex":
            num = luhn_complete(rng.choice(["34", "37"]) + self.digits(12))
        else:
            num = luhn_complete(rng.choice(["6703", "6759", "5018", "6304"]) + self.digits(rng.choice([12, 14])))
        if kind == "amex":
            sep = rng.choice([" ", " ", "-", ""])
            return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        r = rng.random()
        if r < 0.55:
            sep = rng.choice([" ", " ", "-", "."])
            return sep.join(num[i:i + 4] for i in range(0, len(num), 4))
        if r < 0.85:
            return num
        return num[:4] + " " + num[4:8] + num[8:12] + " " + num[12:]

    def v_cvv(self, var):
        return self.digits(4 if var == "amex" else 3)

    def v_card_expiry(self, var):
        rng = self.rng
        m = rng.randint(1, 12)
        y = rng.randint(25, 31)
        return rng.choice([
            "%02d/%02d" % (m, y), "%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y),
            "%02d/20%02d" % (m, y), "%02d / %02d" % (m, y), "%s 20%02d" % (MONTHS[self.lb][m - 1][:3 if self.lb != "nl" else 3].lower(), y),
        ])

    def v_iban(self, var):
        rng = self.rng
        cc = var.upper() if var and var not in ("lower", "compact", "spaced") else None
        if not cc:
            cc = {"nl": "NL", "be_nl": "BE", "be_fr": "BE", "gb": "GB", "us": "NL"}[self.vloc]
            if rng.random() < 0.1:
                cc = rng.choice(["DE", "FR", "LU", "BE", "NL"])
        if cc == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]) + self.digits(10)
        elif cc == "BE":
            b = self.digits(10)
            c = int(b) % 97 or 97
            bban = b + "%02d" % c
        elif cc == "FR":
            bank, gui, acc = self.digits(5), self.digits(5), self.digits(11)
            key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
            bban = bank + gui + acc + "%02d" % key
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MONZ", "HBUK"]) + self.digits(14)
        else:  # LU
            bban = self.digits(3) + self.digits(13)
        iban = iban_make(cc, bban)
        r = rng.random()
        if var == "compact" or (not var and r < 0.3):
            return iban
        if var == "lower" or (not var and r < 0.36):
            return iban.lower()
        if not var and r < 0.45:
            g = " ".join(iban[i:i + 4] for i in range(4, len(iban), 4))
            return iban[:2] + " " + iban[2:4] + " " + g
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def v_bsn(self, var):
        rng = self.rng
        kind = var or ("bsn" if self.vloc == "nl" or (self.loc == "nl" and self.vloc != "be_nl") else
                       ("rrn" if self.vloc.startswith("be") else "bsn"))
        if kind == "bsn":
            while True:
                d = self.digits(9, first_nonzero=rng.random() < 0.9)
                if bsn_ok(d):
                    break
            r = rng.random()
            if r < 0.6:
                return d
            if r < 0.8:
                return d[:4] + "." + d[4:6] + "." + d[6:]
            return d[:3] + " " + d[3:6] + " " + d[6:]
        yy = rng.randint(40, 109)
        mm, dd = rng.randint(1, 12), rng.randint(1, 28)
        cnt = rng.randint(1, 997)
        base = "%02d%02d%02d%03d" % (yy % 100, mm, dd, cnt)
        n = int(("2" if yy >= 100 else "") + base)
        chk = 97 - n % 97
        d = base + "%02d" % chk
        r = rng.random()
        if r < 0.45:
            return "%s.%s.%s-%s.%s" % (d[:2], d[2:4], d[4:6], d[6:9], d[9:])
        if r < 0.75:
            return d
        return "%s %s %s" % (d[:6], d[6:9], d[9:])

    def _mail_local(self, first, last):
        rng = self.rng
        f, l = ascii_slug(first), ascii_slug(last)
        return rng.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l + self.digits(2), f + self.digits(2),
                           l + "." + f, f + "." + l + str(rng.randint(60, 99))])

    def v_email(self, var):
        rng = self.rng
        if var == "agent":
            return ascii_slug(self.agent) + "." + ascii_slug(self.agent_last) + "@" + self.company_domain
        if var == "colleague":
            return ascii_slug(self.colleague) + "@" + self.shop_domain
        if var == "work":
            return rng.choice([ascii_slug(self.cust), "info", "administratie" if self.lb == "nl" else ("compta" if self.lb == "fr" else "accounts"),
                               ascii_slug(self.cust) + "." + ascii_slug(self.cust_last)]) + "@" + self.shop_domain
        if var == "client":
            f, l = self.client.split(" ", 1)
            return self._mail_local(f, l) + "@" + rng.choice(self.pools.domains)
        if var == "tenant":
            f, l = self.tenant.split(" ", 1)
            return self._mail_local(f, l) + "@" + rng.choice(self.pools.domains)
        local = self._mail_local(self.cust, self.cust_last)
        dom = self.domain if rng.random() < 0.8 else self.shop_domain
        if var == "obf":
            name, tld = dom.rsplit(".", 1)
            f, l = ascii_slug(self.cust), ascii_slug(self.cust_last)
            return rng.choice([
                "%s . %s @ %s . %s" % (f, l, name, tld),
                "%s[at]%s[dot]%s" % (local, name, tld),
                "%s at %s dot %s" % (local, name, tld),
                "%s(at)%s.%s" % (local, name, tld),
                "%s @ %s" % (local, dom),
                "%s (a) %s" % (local, dom) if self.lb == "fr" else "%s AT %s DOT %s" % (local.upper(), name.upper(), tld.upper()),
            ])
        return local + "@" + dom

    def v_phone(self, var):
        rng = self.rng
        loc = self.vloc
        if var in ("nl", "be", "gb", "us", "fr"):
            loc = {"be": "be_nl"}.get(var, var)
        if var == "dict":
            if self.vloc == "nl":
                d = "06" + self.digits(8)
            elif self.vloc.startswith("be"):
                d = "04" + rng.choice(["70", "75", "77", "78", "85", "86", "94", "96"]) + self.digits(6)
            elif self.vloc == "gb":
                d = "07" + self.digits(9)
            else:
                d = self.digits(10, True)
            return rng.choice([lambda: " ".join(d), lambda: self.spell(d, " ")])()
        if loc == "nl":
            if rng.random() < 0.8:
                d = self.digits(8)
                return rng.choice([
                    "06" + d, "06-" + d, "06 " + d, "06 " + " ".join(d[i:i + 2] for i in range(0, 8, 2)),
                    "06 " + d[:4] + " " + d[4:], "+31 6 " + d, "+316" + d,
                    "0031 6 " + d[:4] + " " + d[4:], "+31 (0)6 " + d, "+31 6 " + " ".join(d[i:i + 2] for i in range(0, 8, 2)),
                ])
            a = rng.choice(["020", "010", "030", "070", "040", "050", "024", "0418", "0595", "0172"])
            d = self.digits(10 - len(a), True)
            return rng.choice([a + "-" + d, a + " " + d, "+31 " + a[1:] + " " + d, a + d])
        if loc in ("be_nl", "be_fr"):
            if rng.random() < 0.78:
                p = "4" + rng.choice(["70", "71", "72", "75", "76", "77", "78", "79", "84", "85", "86", "87", "88", "94", "95", "96", "97", "98"])
                d = self.digits(6)
                return rng.choice([
                    "0" + p + " " + d[:2] + " " + d[2:4] + " " + d[4:], "0" + p + "/" + d[:2] + "." + d[2:4] + "." + d[4:],
                    "0" + p + d, "+32 " + p + " " + d[:2] + " " + d[2:4] + " " + d[4:], "+32" + p + d,
                    "0032 " + p + " " + d[:3] + " " + d[3:], "0" + p + " " + d[:3] + " " + d[3:], "+32 (0)" + p + " " + d,
                ])
            a = rng.choice(["2", "3", "9", "4", "10", "16", "50", "81"])
            d = self.digits(8 - len(a), True)
            parts = [d[:3], d[3:5], d[5:]] if len(d) == 7 else [d[:2], d[2:4], d[4:]]
            return rng.choice(["0" + a + " " + " ".join(parts), "0" + a + "/" + ".".join(parts),
                               "0" + a + "/" + " ".join(parts), "+32 " + a + " " + " ".join(parts)])
        if loc == "fr":
            d = self.digits(8)
            p = rng.choice(["6", "7"])
            return rng.choice(["0" + p + " " + " ".join(d[i:i + 2] for i in range(0, 8, 2)), "+33 " + p + " " + " ".join(d[i:i + 2] for i in range(0, 8, 2)), "+33" + p + d])
        if loc == "gb":
            if rng.random() < 0.75:
                d = self.digits(9)
                return rng.choice(["07" + d[:3] + " " + d[3:], "07" + d, "+44 7" + d[:3] + " " + d[3:], "+447" + d, "07" + d[:3] + " " + d[3:6] + " " + d[6:], "(07" + d[:3] + ") " + d[3:]])
            a = rng.choice(["020 7", "0161 ", "0113 ", "0117 ", "0141 ", "029 2"])
            if a.startswith("020") or a.startswith("029"):
                d = self.digits(7)
                return a + d[:3] + " " + d[3:]
            d = self.digits(7)
            return a + d[:3] + " " + d[3:]
        # us
        a = str(rng.randint(201, 989))
        while a[1] == "1" or a.endswith("11"):
            a = str(rng.randint(201, 989))
        e = str(rng.randint(201, 989))
        n = self.digits(4)
        return rng.choice(["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s.%s.%s" % (a, e, n),
                           "+1 %s %s %s" % (a, e, n), "+1 (%s) %s-%s" % (a, e, n), "1-%s-%s-%s" % (a, e, n), "%s%s%s" % (a, e, n)])

    def v_address(self, var):
        rng = self.rng
        loc = self.vloc
        street = rng.choice(self.pools.street[loc])
        city, pc = self.city if rng.random() < 0.7 else rng.choice(self.pools.city[loc])
        no = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 250)]))
        if loc == "nl":
            no += rng.choice(["", "", "", "a", "B", "-2", " hs", "-III", " 1hg"])
            code = pc + self.digits(2) + " " + self.chars("ABCDEFGHJKLMNPRSTVWXZ", 2)
            if rng.random() < 0.2:
                code = code.replace(" ", "")
            l1, l2 = street + " " + no, code + " " + (city.upper() if rng.random() < 0.2 else city)
        elif loc in ("be_nl", "be_fr"):
            bus = rng.choice(["", "", "", " bus 3", " bus 12", "/0101", " bte 4", "/2"])
            if loc == "be_fr":
                bus = bus.replace("bus", "bte")
                l1 = street + " " + no + bus if rng.random() < 0.8 else no + ", " + street + bus
            else:
                bus = bus.replace("bte", "bus")
                l1 = street + " " + no + bus
            l2 = (pc if rng.random() < 0.85 else "B-" + pc) + " " + city
        elif loc == "gb":
            l1 = (rng.choice(["", "", "Flat %d, " % rng.randint(1, 12)]) + no + " " + street)
            code = pc + str(rng.randint(1, 20)) + " " + str(rng.randint(1, 9)) + self.chars("ABDEFGHJLNPQRSTUWXYZ", 2)
            l2 = city + " " + code if rng.random() < 0.6 else city + "\n" + code
        else:
            st, zip3 = pc.split(" ")
            l1 = no + str(rng.randint(0, 99)) + " " + street + rng.choice(["", "", ", Apt %d%s" % (rng.randint(1, 9), rng.choice("ABC")), " #%d" % rng.randint(2, 40)])
            l2 = city + ", " + st + " " + zip3 + self.digits(2)
        if var == "street":
            return l1
        if var == "ml":
            return l1 + "\n" + l2
        if var == "line":
            return l1 + ", " + l2.replace("\n", " ")
        r = rng.random()
        if r < 0.3:
            return l1
        if r < 0.85:
            return l1 + ", " + l2.replace("\n", " ")
        return l1 + " " + l2.replace("\n", " ")

    def v_date_of_birth(self, var):
        rng = self.rng
        y, m, d = rng.randint(1945, 2004), rng.randint(1, 12), rng.randint(1, 28)
        mon = MONTHS[self.lb][m - 1]
        if self.lb == "en" and self.lang == "en-us":
            opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mon, d, y), "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d)]
        elif self.lb == "en":
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), mon, y), "%02d.%02d.%d" % (d, m, y)]
        else:
            opts = ["%02d-%02d-%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%02d.%02d.%d" % (d, m, y), "%d-%d-%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d)]
        return rng.choice(opts)

    def v_ip_address(self, var):
        rng = self.rng
        if var == "v6" or (not var and rng.random() < 0.12):
            return rng.choice(["2a02:", "2001:1c00:", "2a01:7c8:"]) + \
                ":".join("%x" % rng.randint(0x100, 0xffff) for _ in range(3)) + "::" + "%x" % rng.randint(1, 0xffff)
        if var == "lan":
            return rng.choice(["192.168.%d.%d" % (rng.choice([0, 1, 1, 2, 178]), rng.randint(2, 254)), "10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 254))])
        first = rng.choice([31, 62, 77, 78, 81, 84, 85, 86, 87, 88, 91, 94, 109, 141, 145, 178, 185, 212, 213, 217])
        return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))

    def v_customer_number(self, var):
        rng = self.rng
        if var == "merchant":
            return rng.choice([lambda: self.digits(10, True), lambda: "MID" + self.digits(8),
                               lambda: "ORG-" + self.digits(6), lambda: "10" + self.digits(6), lambda: "MCH-" + self.digits(4) + "-" + self.digits(4)])()
        if var == "member":
            return rng.choice([lambda: "LID" + self.digits(6), lambda: self.digits(7, True), lambda: "M-" + self.digits(5)])()
        return rng.choice([
            lambda: self.digits(rng.choice([8, 9, 10]), True),
            lambda: "KL-" + self.digits(7) if self.lb == "nl" else ("CL-" + self.digits(7) if self.lb == "fr" else "CU-" + self.digits(7)),
            lambda: "K" + self.digits(8),
            lambda: "C" + self.digits(8),
            lambda: self.digits(3, True) + "-" + self.digits(3) + "-" + self.digits(3),
            lambda: self.digits(1, True) + "." + self.digits(8),
            lambda: self.chars(string.ascii_uppercase, 2) + self.digits(6),
            lambda: "%d-%s" % (rng.randint(2016, 2025), self.digits(5)),
        ])()

    # ------------------------------------------------------------ echo helpers
    def near(self, v):
        idx = [i for i in range(len(v) - 1) if v[i].isdigit() and v[i + 1].isdigit() and v[i] != v[i + 1]]
        if idx:
            i = self.rng.choice(idx)
            return v[:i] + v[i + 1] + v[i] + v[i + 2:]
        return v[:-1] + ("x" if v[-1] != "x" else "y")

    def mask(self, typ, v):
        rng = self.rng
        dg = "".join(c for c in v if c.isdigit())
        if typ == "card":
            return rng.choice(["**** **** **** " + dg[-4:], "•••• " + dg[-4:], "XXXX-XXXX-XXXX-" + dg[-4:], "************" + dg[-4:]])
        if typ == "iban":
            c = v.replace(" ", "").upper()
            return rng.choice([c[:2] + "** **** **** **" + c[-2:], c[:4] + " **** **** " + c[-4:], c[:2] + "**" + "*" * 8 + c[-4:]])
        if typ == "phone":
            return v[:3] + "*" * max(3, len(v) - 6) + v[-3:]
        if typ == "email":
            loc, dom = v.split("@", 1) if "@" in v else (v, "")
            return loc[0] + "***@" + dom if dom else loc[0] + "***"
        if typ in ("api_key", "token"):
            return v[:rng.choice([3, 6, 8])] + rng.choice(["…", "****", "..."]) + v[-4:]
        if typ in ("customer_number", "bsn"):
            return "*" * max(3, len(v) - 3) + v[-3:]
        return "*" * len(v)

    # ------------------------------------------------------------ negatives
    def negval(self, kind, var=None):
        return getattr(self, "n_" + kind)(var)

    def n_amount(self, var):
        rng = self.rng
        eur = rng.choice([rng.randint(3, 99), rng.randint(100, 2500)])
        c = rng.choice([0, 0, 50, 95, 99, 25, 10])
        if self.lb == "en" and self.vloc == "gb":
            return rng.choice(["£%d.%02d" % (eur, c), "£%d" % eur, "GBP %d.%02d" % (eur, c)])
        if self.lb == "en" and self.vloc == "us":
            return rng.choice(["$%d.%02d" % (eur, c), "$%d" % eur, "$%s.%02d" % ("{:,}".format(eur), c)])
        if self.lb == "en":
            return rng.choice(["€%d.%02d" % (eur, c), "EUR %d" % eur, "€ %d,%02d" % (eur, c)])
        ints = "{:,}".format(eur).replace(",", ".")
        return rng.choice(["€ %s,%02d" % (ints, c), "€%s,%02d" % (ints, c), "%s,%02d euro" % (ints, c), "%s EUR" % ints, "€ %s,-" % ints, "%s,%02d €" % (ints, c)])

    def n_company_phone(self, var):
        rng = self.rng
        loc = self.vloc if self.lb == "en" else self.loc
        if loc == "nl":
            return rng.choice(["0900-" + self.digits(4), "0900 " + self.digits(4), "088 " + self.digits(3) + " " + self.digits(4), "0800-" + self.digits(4), "085 " + self.digits(3) + " " + self.digits(2) + " " + self.digits(2)])
        if loc in ("be_nl", "be_fr"):
            return rng.choice(["078 " + self.digits(2) + " " + self.digits(2) + " " + self.digits(2), "070 " + self.digits(2) + " " + self.digits(2) + " " + self.digits(2), "0800 " + self.digits(2) + " " + self.digits(3), "02 " + self.digits(3) + " " + self.digits(2) + " " + self.digits(2)])
        if loc == "gb":
            return rng.choice(["0345 " + self.digits(3) + " " + self.digits(4), "0800 " + self.digits(3) + " " + self.digits(4), "0330 " + self.digits(3) + " " + self.digits(4)])
        return rng.choice(["1-800-" + self.digits(3) + "-" + self.digits(4), "(888) " + self.digits(3) + "-" + self.digits(4), "1-866-" + self.digits(3) + "-" + self.digits(4)])

    def n_company_registration(self, var):
        rng = self.rng
        loc = self.vloc
        if var == "kvk" or (not var and loc == "nl" and rng.random() < 0.6):
            return self.digits(8, True)
        if var == "vat" or (not var and loc == "nl"):
            return "NL" + self.digits(9) + "B" + self.digits(2)
        if loc.startswith("be") or var == "be":
            d = "0" + self.digits(9)
            return rng.choice(["BE " + d[:4] + "." + d[4:7] + "." + d[7:], "BE" + d, d[:4] + "." + d[4:7] + "." + d[7:]])
        if loc == "gb":
            return rng.choice(["GB" + self.digits(9), self.digits(8)])
        return self.digits(2) + "-" + self.digits(7)

    def n_date(self, var):
        rng = self.rng
        y = rng.choice([2024, 2025, 2025, 2026])
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        mon = MONTHS[self.lb][m - 1]
        wd = rng.choice(WEEKDAYS[self.lb])
        if self.lang == "en-us":
            return rng.choice(["%d/%d/%d" % (m, d, y), "%s %d" % (mon, d), "%s %d, %d" % (mon[:3], d, y), "%02d/%02d/%d" % (m, d, y)])
        if self.lb == "en":
            return rng.choice(["%d %s %d" % (d, mon, y), "%02d/%02d/%d" % (d, m, y), "%d %s" % (d, mon[:3]), "%s %d %s" % (wd[:3], d, mon)])
        return rng.choice(["%02d-%02d-%d" % (d, m, y), "%d/%d" % (d, m), "%d %s" % (d, mon), "%s %d %s" % (wd, d, mon), "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%d-%02d-%02d" % (y, m, d)])

    def n_time(self, var):
        rng = self.rng
        h, mi = rng.randint(7, 21), rng.choice([0, 5, 15, 30, 45, 12, 37, 52])
        if var == "a":
            h, mi = rng.randint(8, 11), rng.choice([0, 0, 30, 15])
        elif var == "b":
            h, mi = rng.randint(12, 18), rng.choice([0, 0, 30, 45])
        if self.lang == "en-us":
            return rng.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM"), "%d:%02dpm" % ((h - 1) % 12 + 1, mi)])
        if self.lb == "fr":
            return rng.choice(["%dh%02d" % (h, mi), "%d:%02d" % (h, mi), "%dh" % h])
        if self.loc == "be_nl":
            return rng.choice(["%du%02d" % (h, mi), "%d:%02d" % (h, mi), "%du" % h])
        return rng.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d:%02d" % (h, mi)])

    def n_year(self, var):
        return str(self.rng.choice([2019, 2021, 2022, 2023, 2024, 2025]))

    def n_error_code(self, var):
        rng = self.rng
        if var == "http":
            return rng.choice(["401", "403", "422", "500", "502", "503", "429"])
        return rng.choice([
            "E" + self.digits(3), "ERR-" + self.digits(4), "0x8007" + self.chars("0123456789ABCDEF", 4),
            "Z" + self.digits(1), "ERR_CONNECTION_REFUSED", "E-" + self.digits(2), "F" + self.digits(2),
            self.digits(2), "HTTP " + rng.choice(["401", "403", "500", "502"]), "DECLINED_" + self.digits(2),
            "NET-" + self.digits(3), "A" + self.digits(4),
        ])

    def n_flight_number(self, var):
        rng = self.rng
        return rng.choice(["KL", "SN", "HV", "FR", "U2", "BA", "LH", "TB", "AF", "UA", "DL"]) + rng.choice(["", " "]) + str(rng.randint(100, 9999))

    def n_hashtag(self, var):
        rng = self.rng
        tags = {"nl": ["#storing", "#pinstoring", "#klantenservice", "#webcare", "#ondernemer", "#zzp", "#nietblij", "#wachten"],
                "fr": ["#panne", "#serviceclient", "#commerce", "#indépendant", "#scandale", "#bancontact"],
                "en": ["#outage", "#customerservice", "#smallbusiness", "#fail", "#shoplocal", "#stillwaiting"]}[self.lb]
        return rng.choice(tags)

    def n_mention(self, var):
        return "@" + self.handle

    def n_invoice_number(self, var):
        rng = self.rng
        y = rng.choice([2024, 2025])
        return rng.choice(["F%d-%s" % (y, self.digits(4)), "INV-%s" % self.digits(5), "%d%s" % (y, self.digits(5)),
                           "FAC-%d-%s" % (y % 100, self.digits(5)), "%d.%s" % (y, self.digits(4)), "NF%s" % self.digits(7)])

    def n_order_number(self, var):
        rng = self.rng
        return rng.choice(["#" + self.digits(5), "#" + self.digits(4), "ORD-" + self.digits(6), self.digits(9, True),
                           "WS" + self.digits(6), "%d-%s" % (rng.randint(1000, 9999), self.digits(6)), "B" + self.digits(8)])

    def n_ticket_number(self, var):
        rng = self.rng
        return rng.choice(["#" + self.digits(6), "INC" + self.digits(7), "T-" + self.digits(7), "CS-" + self.digits(6),
                           "SR" + self.digits(8), self.digits(7, True), "TCK-%s-%s" % (self.digits(4), self.chars(string.ascii_uppercase, 2))])

    def n_tracking_number(self, var):
        rng = self.rng
        return rng.choice(["3S" + self.chars(string.ascii_uppercase, 4) + self.digits(7), "1Z" + self.chars(UPALNUM, 6) + self.digits(10),
                           "JVGL" + self.digits(14), "CD" + self.digits(9) + "BE", "RR" + self.digits(9) + "NL", self.digits(14, True),
                           "3232" + self.digits(20)[:18]])

    def n_request_id(self, var):
        rng = self.rng
        h = lambda n: self.chars(HEX, n)
        return rng.choice(["%s-%s-4%s-%s%s-%s" % (h(8), h(4), h(3), rng.choice("89ab"), h(3), h(12)),
                           "req_" + self.chars(ALNUM, 14), "REQ-" + self.chars(UPALNUM, 10), h(16)])

    def n_meter_reading(self, var):
        rng = self.rng
        v = self.digits(rng.choice([5, 6]))
        return rng.choice([v, v + " kWh", v[:-1] + "," + v[-1] + " m³", v + " kWh", v[:-1] + "," + v[-1]])

    def n_model_number(self, var):
        rng = self.rng
        if var == "terminal" or (not var and rng.random() < 0.5):
            return rng.choice(self.term_models)
        return rng.choice(self.pools.models)

    def n_product_code(self, var):
        rng = self.rng
        return rng.choice([lambda: ean13(rng.choice(["871", "872", "540", "541", "500"]) + self.digits(9)),
                           lambda: "SKU-" + self.digits(4) + "-" + self.chars(string.ascii_uppercase, 2),
                           lambda: self.chars(string.ascii_uppercase, 3) + "-" + self.digits(3),
                           lambda: "ART" + self.digits(6)])()

    def n_version_string(self, var):
        rng = self.rng
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 30)),
                           "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 30)),
                           "%d.%d" % (rng.randint(1, 17), rng.randint(0, 9)),
                           "build %d" % rng.randint(1000, 9999)])

    def n_percentage(self, var):
        rng = self.rng
        p = rng.choice(["21", "9", "6", "20", "2,5", "1,8", "15", "50", "100", "3.5"])
        if var == "vat":
            opts = {"nl": ["21", "9", "0"], "fr": ["21", "6", "12"], "en": ["20", "5", "0"]}[self.lb]
            if self.loc == "be_nl":
                opts = ["21", "6", "12"]
            if self.lang == "en-us":
                opts = ["7.25", "8.875", "6"]
            p = rng.choice([o for o in opts if o != getattr(self, "_last_vat", None)])
            self._last_vat = p
        if self.lb == "en":
            p = p.replace(",", ".")
        return p + rng.choice(["%", "%", " %"])

    def n_quantity(self, var):
        rng = self.rng
        n = rng.randint(2, 500)
        w = {"nl": ["stuks", "rollen", "dozen", "pasjes", "terminals"], "fr": ["pièces", "rouleaux", "boîtes", "terminaux"],
             "en": ["units", "rolls", "boxes", "pcs", "terminals"]}[self.lb]
        return rng.choice(["%d %s" % (n, rng.choice(w)), "%dx" % rng.randint(2, 12), "%d %s" % (rng.randint(2, 20), rng.choice(w))])

    def n_url(self, var):
        rng = self.rng
        d = self.shop_domain if rng.random() < 0.6 else self.company_domain
        path = rng.choice(["/checkout", "/webhook/payments", "/wp-admin", "/admin", "/mijn-account", "/contact", "/bestellen", "", "/api/v2/orders", "/status"])
        return rng.choice(["https://", "https://www.", "www.", "http://"]) + d + path

    def n_masked_value(self, var):
        rng = self.rng
        kind = var or rng.choice(["card", "iban", "phone", "email", "key"])
        if kind == "card":
            return rng.choice(["**** **** **** " + self.digits(4), "•••• " + self.digits(4), "xxxx xxxx xxxx " + self.digits(4), "************" + self.digits(4)])
        if kind == "iban":
            cc = {"nl": "NL", "gb": "GB", "us": "NL"}.get(self.vloc, "BE")
            return rng.choice([cc + "** **** **** **" + self.digits(2), cc + "XX XXXX XXXX " + self.digits(4), cc + "** " + "*" * 8 + self.digits(4)])
        if kind == "phone":
            return rng.choice(["06-****" + self.digits(4), "+31 6 ****" + self.digits(3), "04** ** ** " + self.digits(2), "+44 7*** ***" + self.digits(3), "***-***-" + self.digits(4)])
        if kind == "email":
            return ascii_slug(self.cust)[0] + "***@" + self.domain
        if kind == "pin":
            return rng.choice(["****", "••••", "XXXX"])
        return rng.choice(["sk_live_…" + self.chars(ALNUM, 4), "live_****" + self.chars(ALNUM, 4), "****-****-" + self.chars(UPALNUM, 4), "ghp_…" + self.chars(ALNUM, 4)])

    def n_port(self, var):
        return self.rng.choice(["443", "8443", "8080", "587", "465", "25", "3306", "22", "9100", "5060"])

    def n_checksum(self, var):
        rng = self.rng
        return rng.choice([lambda: self.chars(HEX, 64), lambda: self.chars(HEX, 32), lambda: self.chars(HEX, 40), lambda: "sha256:" + self.chars(HEX, 64)])()
