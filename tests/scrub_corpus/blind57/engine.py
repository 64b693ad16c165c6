"""Template renderer with span bookkeeping."""
import re
import string
import uuid

import values as V

PH = re.compile(r"\{([a-zA-Z_]+)(?::([a-zA-Z_0-9]+))?(?:=([a-z0-9]+))?\}")

LABEL = {"pw": "password", "pin": "pin", "puk": "puk", "otp": "otp", "wifi": "wifi_key", "user": "username", "api": "api_key",
         "awssec": "api_key", "tok": "token", "card": "card", "cvv": "cvv", "iban": "iban", "bsn": "bsn", "mail": "email",
         "tel": "phone", "addr": "address", "dob": "date_of_birth", "cust": "customer_number", "exp": "card_expiry", "ip": "ip_address"}
NEG = {"date": "date", "sdate": "date", "time": "time", "amt": "amount", "qty": "quantity", "pct": "percentage", "year": "year",
       "order": "order_number", "ticket": "ticket_number", "nref": "ticket_number", "inv": "invoice_number", "track": "tracking_number",
       "req": "request_id", "err": "error_code", "ver": "version_string", "model": "model_number", "prod": "product_code",
       "flight": "flight_number", "cphone": "company_phone", "kvk": "company_registration", "url": "url", "ment": "mention",
       "tag": "hashtag", "mask": "masked_value", "meter": "meter_reading", "port": "port", "sum": "checksum", "ddate": "date"}
FILL = {"dname", "dfirst", "dlast", "rname", "rfirst", "rlast", "pname", "pfirst", "baby", "brand", "btype", "agent", "city", "ssid",
        "notary", "funeral", "certno", "plate", "K", "sub"}
MACROS = {"first_name", "voornaam", "prenom", "naam", "ticket_id", "CODE", "code", "klantnaam", "NAME"}

CUES = {
    "bsn": {"nl": ["BSN", "burgerservicenummer", "bsn", "BSN-nummer", "sofinummer (BSN)"],
            "nl-be": ["rijksregisternummer", "rijksregisternr.", "RRN", "INSZ-nummer", "nationaal nummer"],
            "fr-be": ["numéro de registre national", "n° national", "NISS", "numéro national"],
            "en-gb": ["BSN", "Dutch BSN", "citizen service number (BSN)"],
            "en-us": ["BSN", "Dutch BSN (citizen service no.)", "BSN number"]},
    "notaris": {"nl": ["notaris", "notariskantoor"], "nl-be": ["notaris", "notariskantoor"], "fr-be": ["notaire", "l'étude"],
                "en-gb": ["solicitor", "probate solicitor"], "en-us": ["estate attorney", "probate lawyer"]},
    "mob": {"nl": ["06", "mobiel", "gsm"], "nl-be": ["gsm", "gsm-nummer"], "fr-be": ["GSM", "portable"], "en-gb": ["mobile", "mob"], "en-us": ["cell", "cell phone"]},
}

TYPO_SAFE = set(string.ascii_letters)


class Ctx:
    def __init__(self, r, lang, pools, half):
        self.r = r
        self.lang = lang
        self.pools = pools
        self.memo = {}
        L = lang
        self.dfirst = r.choice(pools["FIRST"][L])
        self.dlast = r.choice(pools["LAST"][L])
        self.rfirst = r.choice([x for x in pools["FIRST"][L] if x != self.dfirst])
        self.rlast = self.dlast if r.random() < 0.6 else r.choice(pools["LAST"][L])
        self.pfirst = r.choice([x for x in pools["FIRST"][L] if x not in (self.dfirst, self.rfirst)])
        self.plast = r.choice(pools["LAST"][L])
        self.baby = r.choice(pools["FIRST"][L])
        b = r.choice(pools["BRAND"][L])
        self.brand, self.btype = b
        self.agent = r.choice(pools["AGENT"])
        self.city = r.choice(pools["CITY"][L])
        self.ssid = r.choice(pools["SSID"])
        self.notary = r.choice(pools["NOTARY"][L])
        self.funeral = r.choice(pools["FUNERAL"][L])


class Builder:
    def __init__(self, ctx, typo_rate=0.0):
        self.ctx = ctx
        self.text = ""
        self.spans = []
        self.negs = []
        self.typo_rate = typo_rate
        self.types_used = set()
        self.lower = False

    # -------------------------------------------------- appenders
    def lit(self, s):
        if self.typo_rate and s.strip() and self.ctx.r.random() < self.typo_rate:
            s = typo(self.ctx.r, s)
        if self.lower:
            s = s.lower()
        self.text += s

    def val(self, typ, v):
        st = len(self.text)
        self.text += v
        self.spans.append({"type": typ, "start": st, "end": len(self.text)})
        self.types_used.add(typ)

    def neg(self, kind, v):
        st = len(self.text)
        self.text += v
        self.negs.append({"kind": kind, "start": st, "end": len(self.text)})

    def raw(self, s):
        self.text += s

    def append(self, other, prefix=""):
        """Append another builder, optionally prefixing every line (quoting)."""
        if not prefix:
            off = len(self.text)
            self.text += other.text
            self.spans += [dict(x, start=x["start"] + off, end=x["end"] + off) for x in other.spans]
            self.negs += [dict(x, start=x["start"] + off, end=x["end"] + off) for x in other.negs]
            self.types_used |= other.types_used
            return
        mapping = []
        out = []
        pos = len(self.text)
        at_start = True
        for ch in other.text:
            if at_start:
                out.append(prefix)
                pos += len(prefix)
                at_start = False
            mapping.append(pos)
            out.append(ch)
            pos += 1
            if ch == "\n":
                at_start = True
        mapping.append(pos)
        self.text += "".join(out)
        self.spans += [dict(x, start=mapping[x["start"]], end=mapping[x["end"] - 1] + 1) for x in other.spans]
        self.negs += [dict(x, start=mapping[x["start"]], end=mapping[x["end"] - 1] + 1) for x in other.negs]
        self.types_used |= other.types_used

    # -------------------------------------------------- template rendering
    def render(self, tpl):
        pos = 0
        for m in PH.finditer(tpl):
            if m.start() > pos:
                self.lit(tpl[pos:m.start()])
            self.placeholder(m.group(1), m.group(2), m.group(3), m.group(0))
            pos = m.end()
        if pos < len(tpl):
            self.lit(tpl[pos:])
        return self

    def placeholder(self, t, var, key, whole):
        c = self.ctx
        if t in MACROS:
            self.raw(whole)
            return
        if t in LABEL:
            v = self.memo_get(t, var, key, lambda: gen_label(c, t, var))
            self.val(LABEL[t], v)
            return
        if t in NEG:
            v = self.memo_get(t, var, key, lambda: gen_neg(c, t, var, key))
            self.neg(NEG[t], v)
            return
        if t in FILL:
            self.raw(gen_fill(c, t, var, key))
            return
        raise ValueError("unknown placeholder %s" % whole)

    def memo_get(self, t, var, key, fn):
        if key is None:
            return fn()
        k = (t, key)
        if k not in self.ctx.memo:
            self.ctx.memo[k] = fn()
        return self.ctx.memo[k]


def typo(r, s):
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zéèà]{4,}", s)]
    if not words:
        return s
    a, b = r.choice(words)
    w = s[a:b]
    i = r.randint(1, len(w) - 2)
    op = r.random()
    if op < 0.35:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op < 0.65:
        w2 = w[:i] + w[i + 1:]
    elif op < 0.85:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w.lower() if w[0].isupper() else w
        w2 = w2[:i] + w2[i:].upper() if r.random() < 0.2 else w2[:i] + r.choice("qwertyuiopasdfghjklzxcvbnm") + w2[i + 1:]
    return s[:a] + w2 + s[b:]


# ---------------------------------------------------------------- generators
def locale_iban_country(c):
    r = c.r
    if c.lang == "nl":
        return "NL" if r.random() < 0.92 else r.choice(["BE", "DE"])
    if c.lang in ("nl-be", "fr-be"):
        return "BE" if r.random() < 0.88 else r.choice(["NL", "FR", "LU"])
    if c.lang == "en-gb":
        return r.choice(["GB", "GB", "NL", "BE"])
    return r.choice(["NL", "NL", "DE", "BE"])


def person(c, who):
    if who == "d":
        return c.dfirst, c.dlast
    if who == "p":
        return c.pfirst, c.plast
    return c.rfirst, c.rlast


def email_for(c, who):
    r = c.r
    f, l = person(c, who)
    f = f.lower().replace("é", "e").replace("è", "e").replace("ç", "c").replace("ç", "c").replace(" ", "")
    l = l.lower().replace(" ", "").replace("'", "")
    dom = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "planet.nl", "outlook.com", "xs4all.nl", "live.nl"],
           "nl-be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be", "outlook.be"],
           "fr-be": ["skynet.be", "voo.be", "gmail.com", "hotmail.com", "yahoo.fr", "outlook.be", "scarlet.be"],
           "en-gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
           "en-us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com"]}[c.lang]
    st = r.random()
    if st < 0.3:
        u = "%s.%s" % (f, l)
    elif st < 0.5:
        u = "%s%s" % (f[0], l)
    elif st < 0.7:
        u = "%s%d" % (f, r.randint(50, 99))
    elif st < 0.85:
        u = "%s_%s%d" % (f, l[:4], r.randint(1, 9))
    else:
        u = "%s.%s" % (l, f[0])
    return "%s@%s" % (u, r.choice(dom))


def address(c):
    r = c.r
    L = c.lang
    st = r.choice(c.pools["STREET"][L])
    pc, city = r.choice(c.pools["CITY"][L])
    n = r.randint(1, 240)
    if L == "nl":
        pc2 = "%s %s" % (pc, r.choice(["AB", "KL", "XZ", "GH", "TR", "PC", "BN", "EJ"]))
        if r.random() < 0.2:
            pc2 = pc2.replace(" ", "")
        hn = str(n) + r.choice(["", "", "", "a", "-2", " bis", "-III", "hs"])
        return r.choice(["%s %s, %s %s" % (st, hn, pc2, city), "%s %s %s %s" % (st, hn, pc2, city.upper()), "%s %s, %s" % (st, hn, city),
                         "%s %s\n%s %s" % (st, hn, pc2, city), "%s %s" % (st, hn)])
    if L == "nl-be":
        hn = str(n) + r.choice(["", "", " bus 3", "/0102", " bus 12", "A"])
        return r.choice(["%s %s, %s %s" % (st, hn, pc, city), "%s %s %s %s" % (st, hn, pc, city), "%s %s\n%s %s" % (st, hn, pc, city), "%s %s" % (st, hn)])
    if L == "fr-be":
        hn = str(n) + r.choice(["", "", " bte 4", "/2", " boîte 11"])
        return r.choice(["%s %s, %s %s" % (st, hn, pc, city), "%s, %s - %s %s" % (st, hn, pc, city), "%s %s\n%s %s" % (st, hn, pc, city), "%s %s" % (st, hn)])
    if L == "en-gb":
        pre = r.choice(["", "", "Flat %d, " % r.randint(1, 12), "%s Cottage, " % r.choice(["Rose", "Ivy", "Brook"])])
        return r.choice(["%s%d %s, %s %s" % (pre, n, st, city, pc), "%s%d %s\n%s\n%s" % (pre, n, st, city, pc), "%d %s, %s" % (n, st, pc), "%d %s" % (n, st)])
    apt = r.choice(["", "", ", Apt 4B", " #12", ", Unit 3"])
    return r.choice(["%d %s%s, %s, %s" % (n * 7, st, apt, city, pc), "%d %s%s\n%s, %s" % (n * 7, st, apt, city, pc), "%d %s%s" % (n * 7, st, apt)])


def gen_label(c, t, var):
    r, L = c.r, c.lang
    if t == "pw":
        return V.password(r)
    if t == "pin":
        return V.pin(r, int(var) if var and var.isdigit() else 4)
    if t == "puk":
        return V.puk(r)
    if t == "otp":
        if var == "d":
            return V.digits(r, 6)
        return V.otp(r, L)
    if t == "wifi":
        return V.wifi_key(r)
    if t == "user":
        f, l = person(c, var or "d")
        return V.username(r, f, l)
    if t == "api":
        return V.api_key(r)
    if t == "awssec":
        return V.aws_secret(r)
    if t == "tok":
        return V.token(r)
    if t == "card":
        return V.card(r, var)
    if t == "cvv":
        return V.cvv(r, var == "amex")
    if t == "iban":
        cc = var.upper() if var and var != "loc" else locale_iban_country(c)
        return V.iban(r, cc)
    if t == "bsn":
        kind = var or "loc"
        if kind == "loc":
            kind = "be" if L in ("nl-be", "fr-be") else "nl"
        return V.rrn(r) if kind == "be" else V.bsn(r)
    if t == "mail":
        return email_for(c, var or "r")
    if t == "tel":
        pl = var if var in ("nl", "nl-be", "fr-be", "en-gb", "en-us") else L
        if var == "be":
            pl = "nl-be"
        return V.phone(r, pl)
    if t == "addr":
        return address(c)
    if t == "dob":
        if var == "baby":
            return V.fmt_date(r, L, r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28))
        return V.dob(r, L, old=(var != "young"))
    if t == "cust":
        return V.customer_number(r, var or "klant", L)
    if t == "exp":
        return V.expiry(r)
    if t == "ip":
        return V.ip(r)
    raise ValueError(t)


def gen_neg(c, t, var, key):
    r, L = c.r, c.lang
    en = L.startswith("en")
    fr = L == "fr-be"
    if t in ("date", "ddate"):
        return V.date(r, L)
    if t == "sdate":
        return V.short_date(r, L)
    if t == "time":
        return V.time_(r, L)
    if t == "amt":
        return V.amount(r, L)
    if t == "qty":
        n = r.randint(2, 36)
        opts = {"nl": ["%d maanden" % n, "%d simkaarten" % r.randint(2, 4), "%d kWh" % r.randint(150, 4800), "%d GB" % r.choice([10, 20, 50, 100]), "%d m³" % r.randint(300, 1900), "%d exemplaren" % r.randint(2, 10)],
                "fr": ["%d mois" % n, "%d cartes SIM" % r.randint(2, 4), "%d kWh" % r.randint(150, 4800), "%d Go" % r.choice([10, 20, 50]), "%d m³" % r.randint(300, 1900), "%d copies" % r.randint(2, 6)],
                "en": ["%d months" % n, "%d SIMs" % r.randint(2, 4), "%d kWh" % r.randint(150, 4800), "%dGB" % r.choice([10, 20, 50, 100]), "%d certified copies" % r.randint(2, 6), "%d weeks" % r.randint(2, 8)]}
        return r.choice(opts["en" if en else ("fr" if fr else "nl")])
    if t == "pct":
        return r.choice(["%d%%" % r.randint(2, 50), "%d,%d %%" % (r.randint(1, 9), r.randint(1, 9)), "%d.%d%%" % (r.randint(1, 9), r.randint(1, 9))]) if not en else r.choice(["%d%%" % r.randint(2, 50), "%d.%d%%" % (r.randint(1, 9), r.randint(1, 9))])
    if t == "year":
        return str(r.randint(1968, 2025))
    if t == "order":
        return r.choice(["ORD-%s" % V.digits(r, 7), "BST-%s-%s" % (r.randint(2024, 2026), V.digits(r, 5)), "100%s" % V.digits(r, 7), "#W%s" % V.digits(r, 8), "A-%s" % V.digits(r, 6)])
    if t == "ticket":
        return r.choice(["CAS-%s-%s" % (V.digits(r, 7), V.rand_str(r, 4, string.ascii_uppercase + string.digits)), "#%s" % V.digits(r, 7), "INC%s" % V.digits(r, 7),
                         "K-%s-%s" % (r.randint(2024, 2026), V.digits(r, 4)), "%s" % V.digits(r, 8), "SR-%s" % V.digits(r, 6), "DOS/%s/%s" % (r.randint(2024, 2026), V.digits(r, 5))])
    if t == "nref":
        return r.choice(["%s/%s/%s" % (r.randint(2024, 2026), V.digits(r, 4), V.rand_str(r, 2, "ABCDEFGHJKLMNPRSTVW")), "%s.%s" % (V.digits(r, 6), V.digits(r, 2)),
                         "N%s-%s" % (r.randint(24, 26), V.digits(r, 5)), "REP %s" % V.digits(r, 5), "PRB/%s/%s" % (V.rand_str(r, 3, "ABCDEFGHJKLMNPRSTVW"), V.digits(r, 4))])
    if t == "inv":
        return r.choice(["F%s-%s" % (r.randint(2024, 2026), V.digits(r, 6)), "INV-%s" % V.digits(r, 7), "70%s" % V.digits(r, 8), "FAC/%s/%s" % (r.randint(2024, 2026), V.digits(r, 5)), "%s-%s" % (V.digits(r, 4), V.digits(r, 6))])
    if t == "track":
        return r.choice(["3S%s%s" % (V.rand_str(r, 4, string.ascii_uppercase), V.digits(r, 9)), "1Z%s%s" % (V.rand_str(r, 6, string.ascii_uppercase + string.digits), V.digits(r, 10)),
                         "CD%sNL" % V.digits(r, 9), "3232%s" % V.digits(r, 20), "JVGL%s" % V.digits(r, 16), "RR%sGB" % V.digits(r, 9)])
    if t == "req":
        return r.choice([str(uuid.UUID(int=r.getrandbits(128))), "req_%s" % V.rand_str(r, 16, "abcdef0123456789"), "RID-%s" % V.rand_str(r, 12, string.ascii_uppercase + string.digits)])
    if t == "err":
        return r.choice(["E-%d" % r.randint(100, 999), "0x%08X" % r.getrandbits(32), "ERR_%d" % r.randint(1000, 9999), "F%d" % r.randint(10, 99), "NW-%d-%d" % (r.randint(1, 9), r.randint(100, 999)), "AUTH_%d" % r.randint(400, 499)])
    if t == "ver":
        return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 9)), "%d.%d.%d" % (r.randint(3, 18), r.randint(0, 12), r.randint(0, 9)), "iOS %d.%d" % (r.randint(15, 18), r.randint(0, 6)), "Android %d" % r.randint(10, 15), "build %d.%d.%d" % (r.randint(1, 9), r.randint(10, 99), r.randint(100, 999))])
    if t == "model":
        return r.choice(c.pools["MODEL"])
    if t == "prod":
        return r.choice(["SKU-%s" % V.digits(r, 6), "ART %s.%s" % (V.digits(r, 3), V.digits(r, 3)), "FTTH-%d" % r.choice([500, 1000, 2000]), "VAST-%dJ" % r.randint(1, 5), "PKG-%s" % V.rand_str(r, 5, string.ascii_uppercase + string.digits), "SIM-ONLY-%d" % r.choice([10, 20, 40])])
    if t == "flight":
        return r.choice(["KL%d" % r.randint(600, 1999), "SN %d" % r.randint(2000, 3900), "BA %04d" % r.randint(100, 999), "FR%d" % r.randint(1000, 9999), "UA %d" % r.randint(900, 999), "HV%d" % r.randint(5000, 6999), "AA%d" % r.randint(100, 299)])
    if t == "cphone":
        return V.company_phone(r, L)
    if t == "kvk":
        if L == "nl" or var == "nl":
            return r.choice(["%s" % V.digits(r, 8), "NL%sB%s" % (V.digits(r, 9), V.digits(r, 2))])
        if L in ("nl-be", "fr-be"):
            return r.choice(["BE 0%s.%s.%s" % (V.digits(r, 3), V.digits(r, 3), V.digits(r, 3)), "0%s.%s.%s" % (V.digits(r, 3), V.digits(r, 3), V.digits(r, 3)), "BE0%s" % V.digits(r, 9)])
        if L == "en-gb":
            return r.choice(["%s" % V.digits(r, 8), "OC%s" % V.digits(r, 6), "GB %s %s %s" % (V.digits(r, 3), V.digits(r, 4), V.digits(r, 2))])
        return "%s-%s" % (V.digits(r, 2), V.digits(r, 7))
    if t == "url":
        return r.choice(c.pools["URL"])
    if t == "ment":
        return r.choice(c.pools["MENTION"])
    if t == "tag":
        return r.choice(c.pools["HASHTAG"])
    if t == "mask":
        src = None
        if key:
            for kk in ("card", "iban", "tel", "mail", "cust"):
                if (kk, key) in c.memo:
                    src = (kk, c.memo[(kk, key)])
                    break
        if src:
            kk, v = src
            d = "".join(ch for ch in v if ch.isalnum())
            if kk == "card":
                return r.choice(["**** **** **** %s" % d[-4:], "****%s" % d[-4:], "XXXX-XXXX-XXXX-%s" % d[-4:], "•••• %s" % d[-4:]])
            if kk == "iban":
                return r.choice(["%s** **** **** **%s %s" % (d[:2].upper(), d[-4:-2], d[-2:]), "%s**********%s" % (d[:2].upper(), d[-4:]), "****%s" % d[-4:]])
            if kk == "tel":
                return "%s****%s" % (v[:3], d[-3:])
            if kk == "mail":
                u, dom = v.split("@")
                return "%s***@%s" % (u[0], dom)
            return "%s****" % v[:3]
        return r.choice(["****%s" % V.digits(r, 4), "NL** **** **** **%s %s" % (V.digits(r, 2), V.digits(r, 2)), "BE** **** **** %s" % V.digits(r, 4),
                         "XXXX XXXX XXXX %s" % V.digits(r, 4), "06-****%s" % V.digits(r, 4), "+32 4** ** ** %s" % V.digits(r, 2), "***-**-%s" % V.digits(r, 4), "*****%s" % V.digits(r, 3)])
    if t == "meter":
        return r.choice(["%05d" % r.randint(100, 99999), "%d,%d" % (r.randint(1000, 60000), r.randint(0, 9)), "%06d" % r.randint(1000, 999999), "%d.%03d" % (r.randint(1, 60), r.randint(0, 999))])
    if t == "port":
        return str(r.choice([80, 443, 8080, 8443, 3389, 22, 5060, 1194, 51820, 25]))
    if t == "sum":
        return V.rand_str(r, r.choice([32, 64]), "abcdef0123456789")
    raise ValueError(t)


def gen_fill(c, t, var, key):
    r, L = c.r, c.lang
    if t == "dname":
        return "%s %s" % (c.dfirst, c.dlast)
    if t == "dfirst":
        return c.dfirst
    if t == "dlast":
        return c.dlast
    if t == "rname":
        return "%s %s" % (c.rfirst, c.rlast)
    if t == "rfirst":
        return c.rfirst
    if t == "rlast":
        return c.rlast
    if t == "pname":
        return "%s %s" % (c.pfirst, c.plast)
    if t == "pfirst":
        return c.pfirst
    if t == "baby":
        return c.baby
    if t == "brand":
        return c.brand
    if t == "btype":
        return c.btype
    if t == "agent":
        return c.agent
    if t == "city":
        return c.city[1]
    if t == "ssid":
        return c.ssid
    if t == "notary":
        return c.notary
    if t == "funeral":
        return c.funeral
    if t == "certno":
        k = ("certno", key or "x")
        if k not in c.memo:
            c.memo[k] = V.death_cert(r, L)
        return c.memo[k]
    if t == "plate":
        return r.choice(["%s-%s-%s" % (V.rand_str(r, 2, "GHJKLNPRSTXZ"), V.digits(r, 3), V.rand_str(r, 1, "BDFGHJKLNPRSTXZ")), "1-%s-%s" % (V.rand_str(r, 3, "ABCDEFGHJKLMNPRSTVWXYZ"), V.digits(r, 3))])
    if t == "K":
        return r.choice(CUES[var][L])
    if t == "sub":
        return ""
    raise ValueError(t)
