"""Template rendering: slots -> text + spans + negatives."""
import re
import string
import values as V

TYPES = {
    "pw": "password", "pin": "pin", "door": "pin", "puk": "puk", "otp": "otp", "otpw": "otp", "wifi": "wifi_key",
    "user": "username", "apikey": "api_key", "awsid": "api_key", "awssecret": "api_key", "token": "token",
    "card": "card", "cvv": "cvv", "exp": "card_expiry", "iban": "iban", "ibannl": "iban", "ibanbe": "iban",
    "bsn": "bsn", "rrn": "bsn", "nid": "bsn", "email": "email", "phone": "phone", "mob": "phone", "land": "phone",
    "addr": "address", "street": "address", "dob": "date_of_birth", "cust": "customer_number",
    "ean": "customer_number", "contract": "customer_number", "policy": "customer_number",
    "member": "customer_number", "subno": "customer_number", "nhs": "customer_number", "ip": "ip_address",
}
NEGS = {
    "date": "date", "time": "time", "amt": "amount", "qty": "quantity", "pct": "percentage", "year": "year",
    "order": "order_number", "ticket": "ticket_number", "inv": "invoice_number", "track": "tracking_number",
    "reqid": "request_id", "err": "error_code", "ver": "version_string", "model": "model_number",
    "prod": "product_code", "flight": "flight_number", "cphone": "company_phone", "kvk": "company_registration",
    "btw": "company_registration", "ond": "company_registration", "url": "url", "mention": "mention",
    "tag": "hashtag", "masked": "masked_value", "miban": "masked_value", "meter": "meter_reading", "port": "port",
    "sha": "checksum",
}
FILL = {"fn", "ln", "full", "brand", "agent", "city", "ssid", "plate", "brandmention"}
ALL = set(TYPES) | set(NEGS) | FILL
SLOT = re.compile(r"\{(" + "|".join(sorted(ALL, key=len, reverse=True)) + r")(?:\.(\d))?\}")
ALT = re.compile(r"\[\[(.*?)\]\]", re.S)


class Ctx:
    def __init__(self, rng, lang, pools, half):
        self.rng, self.lang, self.P, self.half = rng, lang, pools, half
        self.vals = {}
        self.persons = {}
        self.brand = rng.choice(pools["brands"])
        self.agent = rng.choice(pools["agents"])
        self.typos = rng.choice([0, 0, 0, 1, 1, 2])

    def person(self, i):
        if i not in self.persons:
            r = self.rng
            lo, hi = {1: (1958, 1996), 2: (1926, 1957), 3: (2005, 2021), 4: (1955, 1995)}.get(i, (1930, 2000))
            ln = r.choice(self.P["last"])
            if i > 1 and r.random() < .55:
                ln = self.person(1)["ln"]
            self.persons[i] = {"fn": r.choice(self.P["first"]), "ln": ln,
                               "dob": (r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))}
        return self.persons[i]


def _neg(ctx, name):
    r, lang = ctx.rng, ctx.lang
    b = V.base(lang)
    if name == "date":
        y, m, d = r.choice([2023, 2024, 2024, 2025, 2025]), r.randint(1, 12), r.randint(1, 28)
        if r.random() < .35:
            return ("%d %s" % (d, V.MONTHS[b][m - 1])) if lang != "en-us" else ("%s %d" % (V.MONTHS[b][m - 1], d))
        return V.fmt_date(r, lang, y, m, d, style=r.choice([0, 1, 3, 4, 5]))
    if name == "time":
        h, mi = r.randint(7, 22), r.choice([0, 5, 12, 15, 30, 41, 45, 58])
        if b == "fr":
            return r.choice(["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi), "%dh" % h])
        if b == "en":
            return r.choice(["%d:%02d %s" % ((h - 1) % 12 + 1, mi, "pm" if h >= 12 else "am"), "%02d:%02d" % (h, mi),
                             "%d:%02d%s" % ((h - 1) % 12 + 1, mi, "PM" if h >= 12 else "AM")])
        return r.choice(["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d:%02d" % (h, mi)])
    if name == "amt":
        e, c = r.randint(3, 2400), r.randint(0, 99)
        if b == "en":
            cur = "£" if lang == "en-gb" else "$"
            return r.choice(["%s%d.%02d" % (cur, e, c), "%s%d" % (cur, e), "%s%s.%02d" % (cur, "{:,}".format(e), c)])
        return r.choice(["€ %d,%02d" % (e, c), "€%d,%02d" % (e, c), "%d,%02d euro" % (e, c), "EUR %d,%02d" % (e, c),
                         "€ %d,-" % e, "%d €" % e if b == "fr" else "€%d" % e])
    if name == "qty":
        return r.choice(["%d GB" % r.choice([5, 10, 20, 50, 100]), "%d %s" % (r.randint(2, 6), {"nl": "simkaarten", "fr": "cartes SIM", "en": "SIM cards"}[b]),
                         "%d %s" % (r.randint(2, 24), {"nl": "maanden", "fr": "mois", "en": "months"}[b]),
                         "%d %s" % (r.randint(2, 5), {"nl": "pakketten", "fr": "colis", "en": "parcels"}[b])])
    if name == "pct":
        return r.choice(["%d%%" % r.choice([5, 10, 15, 21, 25, 50]), "%d %%" % r.choice([6, 9, 21]), "%d,%d%%" % (r.randint(1, 9), r.randint(1, 9))])
    if name == "year":
        return str(r.randint(2015, 2025))
    if name == "order":
        return r.choice(["ORD-%d-%s" % (r.randint(2023, 2025), V.digits(r, 6)), "#" + V.digits(r, 7), "40" + V.digits(r, 8),
                         "B" + V.digits(r, 9), "%s-%s" % (V.digits(r, 3), V.digits(r, 7))])
    if name == "ticket":
        return r.choice(["ZK-" + V.digits(r, 6), "CS-" + V.digits(r, 7), "INC" + V.digits(r, 7), "#" + V.digits(r, 8),
                         "0" + V.digits(r, 7), "CAS-%s-%s" % (V.digits(r, 5), "".join(r.choice("ABCDEFGHJK") for _ in range(3)))])
    if name == "inv":
        return r.choice(["F%d-%s" % (r.randint(2023, 2025), V.digits(r, 5)), "INV-" + V.digits(r, 6), "77" + V.digits(r, 8),
                         "%d/%s" % (r.randint(2023, 2025), V.digits(r, 6)), "FA" + V.digits(r, 8)])
    if name == "track":
        return r.choice(["3SPKP" + V.digits(r, 10), "JJD00" + V.digits(r, 13), "1Z" + "".join(r.choice("0123456789AEW") for _ in range(16)),
                         "CD" + V.digits(r, 9) + "BE", "RR" + V.digits(r, 9) + "NL", "TBA" + V.digits(r, 12)])
    if name == "reqid":
        h = "0123456789abcdef"
        return r.choice(["-".join("".join(r.choice(h) for _ in range(n)) for n in (8, 4, 4, 4, 12)),
                         "req_" + "".join(r.choice(h) for _ in range(16))])
    if name == "err":
        return r.choice(["E-403", "0x80070005", "ERR_CONNECTION_RESET", "F0013", "AUTH-0042", "E1023", "500", "S-12",
                         "CODE_7781", "LOS-red"])
    if name == "ver":
        return r.choice(["v4.12.1", "23.4.0", "iOS 17.2", "Android 14", "7.06.3", "v2.31", "build 1187", "5.0.19"])
    if name == "model":
        return r.choice(ctx.P["models"])
    if name == "prod":
        return r.choice(ctx.P["products"])
    if name == "flight":
        return r.choice(["KL1%03d" % r.randint(0, 999), "SN %d" % r.randint(2000, 3800), "FR 8%03d" % r.randint(0, 999),
                         "BA%d" % r.randint(100, 999), "HV 6%03d" % r.randint(0, 999), "UA 9%02d" % r.randint(0, 99)])
    if name == "cphone":
        return V.company_phone(r, lang)
    if name == "kvk":
        if lang == "nl":
            return V.digits(r, 8)
        if b == "en":
            return r.choice(["0" + V.digits(r, 7), "SC" + V.digits(r, 6), "GB" + V.digits(r, 9), "EIN " + V.digits(r, 2) + "-" + V.digits(r, 7)])
        return "0" + V.digits(r, 3) + "." + V.digits(r, 3) + "." + V.digits(r, 3)
    if name == "btw":
        if lang == "nl":
            return "NL" + V.digits(r, 9) + "B0" + str(r.randint(1, 9))
        if b == "en":
            return "GB " + V.digits(r, 3) + " " + V.digits(r, 4) + " " + V.digits(r, 2)
        return "BE 0" + V.digits(r, 3) + "." + V.digits(r, 3) + "." + V.digits(r, 3)
    if name == "ond":
        return r.choice(["0", "1"]) + V.digits(r, 3) + "." + V.digits(r, 3) + "." + V.digits(r, 3)
    if name == "url":
        dom = ctx.brand[2]
        path = r.choice(ctx.P["paths"])
        return r.choice(["https://www." + dom + path, "www." + dom + path, dom + path, "https://mijn." + dom if b == "nl" else "https://" + dom + path])
    if name == "mention":
        return "@" + ctx.brand[1]
    if name == "tag":
        return r.choice(ctx.P["tags"])
    if name == "masked":
        d4 = V.digits(r, 4)
        return r.choice(["****" + d4, "**** **** **** " + d4, "xxxx-xxxx-xxxx-" + d4, "•••• " + d4, "XXXXXXXXXXXX" + d4,
                         "06-****" + d4 if lang == "nl" else "*** ** " + d4[:2], "*****" + d4[1:]])
    if name == "miban":
        d = V.digits(r, 4)
        cc = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "NL"}[lang]
        return r.choice([cc + "** **** **** **" + d[:2] + " " + d[2:], cc + "**" + "*" * 10 + d, cc + "XX XXXX XXXX " + d,
                         "…" + d, cc + "** **** **** " + d])
    if name == "meter":
        return r.choice(["%05d kWh" % r.randint(1000, 60000), "%d,%d m³" % (r.randint(100, 9999), r.randint(0, 9)),
                         "%06d" % r.randint(1000, 99999), "%d kWh" % r.randint(1000, 40000)])
    if name == "port":
        return str(r.choice([8080, 443, 22, 3389, 5060, 8443, 1194, 25565]))
    if name == "sha":
        return "".join(r.choice("0123456789abcdef") for _ in range(64))
    raise KeyError(name)


def addr(ctx, full=True):
    r, lang = ctx.rng, ctx.lang
    st = r.choice(ctx.P["streets"])
    n = str(r.randint(1, 240))
    city, pc = r.choice(ctx.P["cities"])
    if lang == "nl":
        n += r.choice(["", "", "", "a", "-II", " bis", "-3", "A"])
        pcf = pc + V.digits(r, 2) + r.choice([" ", ""]) + r.choice(["AB", "KL", "TX", "GE", "RS", "HN", "VW"])
        s = st + " " + n
        return s if not full else r.choice([s + ", " + pcf + " " + city, s + " " + pcf + " " + city.upper() if r.random() < .2 else s + ", " + pcf + "  " + city, s + ", " + city])
    if lang in ("nl-be", "fr-be"):
        bus = r.choice(["", "", "", " bus 3" if lang == "nl-be" else " bte 2", "/B2", "/0101"])
        s = (st + " " + n + bus) if lang == "nl-be" or r.random() < .6 else (n + ", " + st)
        return s if not full else r.choice([s + ", " + pc + " " + city, s + " " + pc + " " + city, s + " - " + pc + " " + city])
    if lang == "en-gb":
        s = n + " " + st
        if r.random() < .25:
            s = "Flat " + str(r.randint(1, 12)) + ", " + s
        return s if not full else r.choice([s + ", " + city + " " + pc, s + ", " + city + ", " + pc, s + " " + city + " " + pc])
    s = str(r.randint(10, 9900)) + " " + st
    if r.random() < .3:
        s += r.choice([", Apt 5B", " Apt 12", ", Unit 3", " #204"])
    return s if not full else r.choice([s + ", " + city + " " + pc, s + ", " + city + ", " + pc])


def gen(ctx, name, idx):
    r, lang = ctx.rng, ctx.lang
    i = int(idx) if idx else 1
    if name in NEGS:
        return _neg(ctx, name)
    if name == "fn":
        return ctx.person(i)["fn"]
    if name == "ln":
        return ctx.person(i)["ln"]
    if name == "full":
        p = ctx.person(i)
        return p["fn"] + " " + p["ln"]
    if name == "brand":
        return ctx.brand[0]
    if name == "brandmention":
        return ctx.brand[1]
    if name == "agent":
        return ctx.agent
    if name == "city":
        return r.choice(ctx.P["cities"])[0].split(",")[0]
    if name == "ssid":
        return r.choice(ctx.P["ssids"])
    if name == "plate":
        return r.choice(ctx.P["plates"])
    if name == "pw":
        return V.password(r, ctx.P)
    if name == "pin":
        return V.pin(r)
    if name == "door":
        return V.doorcode(r)
    if name == "puk":
        return V.puk(r)
    if name == "otp":
        return V.otp(r)
    if name == "otpw":
        return V.otp_words(r, lang)
    if name == "wifi":
        return V.wifi_key(r, ctx.P)
    if name == "user":
        return V.username(r, ctx.person(i))
    if name == "apikey":
        return V.api_key(r)
    if name == "awsid":
        return V.aws_id(r)
    if name == "awssecret":
        return V.aws_secret(r)
    if name == "token":
        return V.token(r)
    if name == "card":
        return V.card(r)[0]
    if name == "cvv":
        return V.cvv(r)
    if name == "exp":
        return V.expiry(r, lang)
    if name == "iban":
        return V.iban(r, lang)
    if name == "ibannl":
        return V.iban(r, lang, "NL")
    if name == "ibanbe":
        return V.iban(r, lang, "BE")
    if name == "bsn":
        return V.bsn(r)
    if name == "rrn":
        return V.rrn(r, ctx.person(i)["dob"])
    if name == "nid":
        return V.bsn(r) if lang == "nl" else V.rrn(r, ctx.person(i)["dob"])
    if name == "email":
        return V.email(r, ctx.person(i), lang)
    if name in ("phone", "mob", "land"):
        return V.phone(r, lang, {"mob": "mob", "land": "land"}.get(name))
    if name == "addr":
        return addr(ctx, True)
    if name == "street":
        return addr(ctx, False)
    if name == "dob":
        y, m, d = ctx.person(i)["dob"]
        return V.fmt_date(r, lang, y, m, d)
    if name in ("cust", "ean", "contract", "policy", "member", "nhs"):
        return V.customer_number(r, name)
    if name == "subno":
        return V.customer_number(r, "sub")
    if name == "ip":
        return V.ip(r)
    raise KeyError(name)


def typo(rng, word):
    i = rng.randint(1, len(word) - 2)
    op = rng.randint(0, 2)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


WORD = re.compile(r"(?<=[ \n(])([A-Za-zéèë]{5,})(?=[ ,.!?:;\n)])")


class Builder:
    def __init__(self, ctx):
        self.ctx = ctx
        self.text = ""
        self.spans = []
        self.negs = []

    def lit(self, s):
        ctx = self.ctx
        if ctx.typos > 0 and ctx.rng.random() < .25:
            ws = list(WORD.finditer(s))
            if ws:
                m = ctx.rng.choice(ws)
                s = s[:m.start()] + typo(ctx.rng, m.group(1)) + s[m.end():]
                ctx.typos -= 1
        self.text += s

    def val(self, v, typ=None, neg=None):
        st = len(self.text)
        self.text += v
        if typ:
            self.spans.append({"type": typ, "start": st, "end": len(self.text)})
        elif neg:
            self.negs.append({"kind": neg, "start": st, "end": len(self.text)})

    def tpl(self, t):
        ctx = self.ctx
        t = ALT.sub(lambda m: ctx.rng.choice(m.group(1).split("|")), t)
        pos = 0
        for m in SLOT.finditer(t):
            if m.start() > pos:
                self.lit(t[pos:m.start()])
            name, idx = m.group(1), m.group(2)
            key = name + "." + (idx or "1")
            if key not in ctx.vals:
                ctx.vals[key] = gen(ctx, name, idx)
            v = ctx.vals[key]
            self.val(v, TYPES.get(name), NEGS.get(name))
            pos = m.end()
        if pos < len(t):
            self.lit(t[pos:])

    def merge(self, other, prefix=""):
        """Append other builder, prefixing every line with prefix (quoting)."""
        base = len(self.text)
        src = other.text
        out, mapping = [], []
        add = 0
        lines = src.split("\n")
        offs = []
        o = 0
        for ln in lines:
            offs.append(o)
            o += len(ln) + 1
        new = "\n".join(prefix + ln if (ln or prefix.strip()) else ln for ln in lines)
        if prefix:
            new = "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in lines)

        def shift(x):
            # number of line starts <= x
            n = sum(1 for s in offs if s <= x)
            extra = 0
            for k in range(n):
                extra += len(prefix) if lines[k] else len(prefix.rstrip())
            return base + x + extra
        for s in other.spans:
            self.spans.append({"type": s["type"], "start": shift(s["start"]), "end": shift(s["start"]) + s["end"] - s["start"]})
        for s in other.negs:
            self.negs.append({"kind": s["kind"], "start": shift(s["start"]), "end": shift(s["start"]) + s["end"] - s["start"]})
        self.text += new
