"""Document builder, placeholder resolution and value context."""
import re
import string

import values as V
import pools as P

LABELS = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
          "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"]
NEG_KINDS = ["date", "time", "amount", "quantity", "percentage", "year", "order_number", "ticket_number", "invoice_number",
             "tracking_number", "request_id", "error_code", "version_string", "model_number", "product_code", "flight_number",
             "company_phone", "company_registration", "url", "mention", "hashtag", "masked_value", "meter_reading", "port", "checksum"]


def deal(lst, half):
    out = lst[half::2]
    assert out, lst
    return out


class Doc:
    def __init__(self):
        self.parts = []  # (text, kind, label) kind in None/'span'/'neg'

    def lit(self, s):
        if s:
            self.parts.append((s, None, None))
        return self

    def span(self, t, v):
        assert t in LABELS, t
        self.parts.append((v, "span", t))
        return self

    def neg(self, k, v):
        assert k in NEG_KINDS, k
        self.parts.append((v, "neg", k))
        return self

    def add(self, other):
        self.parts.extend(other.parts)
        return self

    def text(self):
        return "".join(p[0] for p in self.parts)

    def render(self):
        text, spans, negs, pos = [], [], [], 0
        for s, kind, lab in self.parts:
            if kind == "span":
                spans.append({"type": lab, "start": pos, "end": pos + len(s)})
            elif kind == "neg":
                negs.append({"kind": lab, "start": pos, "end": pos + len(s)})
            text.append(s)
            pos += len(s)
        return "".join(text), spans, negs

    def quoted(self, prefix="> "):
        d = Doc()
        d.lit(prefix)
        for s, kind, lab in self.parts:
            if kind is None:
                d.parts.append((s.replace("\n", "\n" + prefix), None, None))
            else:
                assert "\n" not in s
                d.parts.append((s, kind, lab))
        return d


PH = re.compile(r"\{([a-z_]+?)(\d*)(?:\|([a-z0-9_]+))?\}")

REGION = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "UK", "en-us": "US"}
LBASE = {"nl": "nl", "nl-be": "nl-be", "fr-be": "fr-be", "en-gb": "en", "en-us": "en"}
PLANG = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
}


class Ctx:
    """Per-message value context; same placeholder key -> same value."""

    def __init__(self, rng, half, lang):
        self.rng, self.half, self.lang = rng, half, lang
        self.region = REGION[lang]
        self.pl = PLANG[lang]
        lb = LBASE[lang]
        self.first = rng.choice(deal(P.FIRST[lb], half))
        self.last = rng.choice(deal(P.LAST[lb], half))
        self.cache = {}
        self.lb = lb

    def pick(self, pool):
        return self.rng.choice(deal(pool, self.half))

    # ---------------------------------------------------------------- value makers
    def date_str(self, y, m, d, style=None):
        r = self.rng
        mon = MONTHS[self.pl][m - 1]
        if self.region == "US":
            opts = [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{mon} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{mon[:3]} {d} {y}"]
        elif self.region == "UK":
            suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            opts = [f"{d:02d}/{m:02d}/{y}", f"{d}{suf} {mon} {y}", f"{d} {mon[:3]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}"]
        else:
            opts = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}",
                    f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y % 100:02d}"]
        return style if style else r.choice(opts)

    def dob(self):
        r = self.rng
        return self.date_str(r.randint(1938, 2012), r.randint(1, 12), r.randint(1, 28))

    def recent_date(self):
        r = self.rng
        return self.date_str(r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28))

    def email(self, first=None, last=None):
        r = self.rng
        f = (first or self.first).lower().replace("é", "e").replace("è", "e").replace("ï", "i").replace("ç", "c").replace("ê", "e").replace("î", "i").replace("é", "e").replace("-", "")
        l = (last or self.last).lower().replace(" ", "").replace("'", "").replace("ç", "c")
        dom = self.pick(P.MAIL_DOMAINS[self.lb])
        loc = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}.{f}", f"{f}{r.randint(70, 99)}",
                        f"{f}.{l}{r.randint(1, 9)}", f"{f[0]}{l}{r.randint(1960, 2005)}"])
        if r.random() < 0.06:
            loc = loc.capitalize()
        return f"{loc}@{dom}"

    def address(self, variant=None):
        r = self.rng
        reg = self.region
        if self.lang == "fr-be":
            reg = "FRBE"
        st = self.pick(P.STREETS[reg])
        city = self.pick(P.CITIES[reg])
        n = r.randint(1, 240)
        if reg == "NL":
            pc = f"{city[1]}{r.randint(10, 99)}"
            lt = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2))
            hn = str(n) + r.choice(["", "", "", "A", "-2", " bis", "-hs", " III"])
            pcs = r.choice([f"{pc} {lt}", f"{pc}{lt}", f"{pc} {lt.lower()}"])
            if variant == "street":
                return f"{st} {hn}"
            if variant == "postcode":
                return pcs
            return r.choice([f"{st} {hn}, {pcs} {city[0]}", f"{st} {hn}, {pcs}  {city[0].upper()}", f"{st} {hn} {pcs} {city[0]}",
                             f"{st} {hn}, {city[0]}"])
        if reg in ("BE", "FRBE"):
            pc = city[1][:2] + f"{r.randint(0, 99):02d}" if r.random() < 0.3 else city[1]
            bus = r.choice(["", "", "", " bus 3", " bus 12", "/0101", " bte 2", " boîte 4"])
            if reg == "FRBE":
                hn = f"{st} {n}{bus}"
            else:
                hn = f"{st} {n}{bus}"
            if variant == "street":
                return hn
            if variant == "postcode":
                return pc
            return r.choice([f"{hn}, {pc} {city[0]}", f"{hn} {pc} {city[0]}", f"{hn}, B-{pc} {city[0]}", f"{hn}, {city[0]}"])
        if reg == "UK":
            pc = f"{city[1]} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            hn = r.choice([f"{n} {st}", f"Flat {r.randint(1, 30)}, {n} {st}", f"{n}{r.choice(['', 'a', 'b'])} {st}"])
            if variant == "street":
                return hn
            if variant == "postcode":
                return pc
            return r.choice([f"{hn}, {city[0]} {pc}", f"{hn}, {city[0]}, {pc}", f"{hn} {city[0].upper()} {pc}"])
        z = f"{city[2]}{r.randint(0, 99):02d}"
        hn = r.choice([f"{n * 7} {st}", f"{n * 7} {st} Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"{n * 3} {st}, Unit {r.randint(1, 200)}"])
        if variant == "street":
            return hn
        if variant == "postcode":
            return z
        return r.choice([f"{hn}, {city[0]}, {city[1]} {z}", f"{hn}, {city[0]} {city[1]} {z}", f"{hn} {city[0]} {city[1]} {z}"])

    def customer_number(self):
        r = self.rng
        return r.choice([V.digits(r, 8, True), V.digits(r, 10, True), V.digits(r, 9, True), "CU" + V.digits(r, 7),
                         "871687" + V.digits(r, 12), "5414" + V.digits(r, 14), "L" + V.digits(r, 7), "POL-" + V.digits(r, 8),
                         V.digits(r, 3, True) + " " + V.digits(r, 3) + " " + V.digits(r, 3), "KL" + V.digits(r, 6),
                         V.digits(r, 4, True) + "-" + V.digits(r, 4), "AB" + V.digits(r, 8), V.digits(r, 7, True),
                         "M-" + V.digits(r, 6)])

    def nid(self):
        if self.region == "NL":
            return V.bsn(self.rng)
        if self.region == "BE":
            return V.rrn(self.rng)
        return V.bsn(self.rng)

    def neg_value(self, kind, variant=None):
        r = self.rng
        reg = self.region
        if kind == "date":
            return self.recent_date()
        if kind == "time":
            h, m = r.randint(7, 22), r.choice([0, 5, 12, 15, 20, 30, 41, 45, 58])
            if reg == "US":
                return r.choice([f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}:{m:02d}{'AM' if h < 12 else 'PM'}"])
            if self.pl == "nl" and reg == "BE":
                return r.choice([f"{h}u{m:02d}", f"{h}:{m:02d}", f"{h}.{m:02d} uur"])
            if self.pl == "fr":
                return r.choice([f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h} h {m:02d}"])
            return r.choice([f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])
        if kind == "amount":
            e, c = r.randint(1, 950), r.randint(0, 99)
            if reg == "UK":
                return r.choice([f"£{e}.{c:02d}", f"£{e}", f"GBP {e}.{c:02d}"])
            if reg == "US":
                return r.choice([f"${e}.{c:02d}", f"${e:,}", f"USD {e}.{c:02d}"])
            return r.choice([f"€ {e},{c:02d}", f"€{e},{c:02d}", f"EUR {e},{c:02d}", f"{e},{c:02d} EUR", f"{e},{c:02d} €", f"€ {e},-",
                             f"{e}.{c:02d} euro"])
        if kind == "quantity":
            n = r.randint(1, 12)
            return r.choice([f"{n}x", f"{n} st.", f"{n} stuks" if self.pl == "nl" else f"{n} pcs", f"{r.choice([50, 100, 200, 500])} GB",
                             f"{r.choice([100, 500, 1000])} Mbit/s", f"qty {n}"])
        if kind == "percentage":
            return r.choice([f"{r.randint(1, 60)}%", f"{r.randint(1, 30)} %", f"{r.randint(1, 21)},{r.randint(1, 9)}%"])
        if kind == "year":
            return str(r.randint(2019, 2026))
        if kind == "order_number":
            return r.choice(["#" + V.digits(r, 9, True), "ORD-2024-" + V.digits(r, 5), V.digits(r, 10, True), "BW" + V.digits(r, 8),
                             "A" + V.digits(r, 3) + "-" + V.digits(r, 7) + "-" + V.digits(r, 7), "#" + V.digits(r, 5, True),
                             "112-" + V.digits(r, 7) + "-" + V.digits(r, 7), "PO" + V.digits(r, 6)])
        if kind == "ticket_number":
            return r.choice(["CS-" + V.digits(r, 6), "#" + V.digits(r, 7, True), "INC" + V.digits(r, 7), "2024-" + V.digits(r, 5),
                             "CAS-" + V.digits(r, 5) + "-" + "".join(r.choice("BCDFGHKLMNPQRSTVWXZ") for _ in range(6)),
                             "KL" + V.digits(r, 2) + "/" + V.digits(r, 5), "SR" + V.digits(r, 8), V.digits(r, 8, True)])
        if kind == "invoice_number":
            return r.choice(["F2024-" + V.digits(r, 5), "INV-" + V.digits(r, 6), "75" + V.digits(r, 8), "FAC/" + V.digits(r, 4) + "/" + V.digits(r, 3),
                             V.digits(r, 4, True) + "." + V.digits(r, 6), "RE" + V.digits(r, 9)])
        if kind == "tracking_number":
            return r.choice(["3S" + "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + V.digits(r, 9),
                             "JVGL" + V.digits(r, 14), "1Z" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                             "3232" + V.digits(r, 20), "CD" + V.digits(r, 9) + "BE", "RR" + V.digits(r, 9) + "NL", V.digits(r, 12, True)])
        if kind == "request_id":
            h = "0123456789abcdef"
            u = "".join(r.choice(h) for _ in range(32))
            return r.choice([f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}", "req_" + u[:20], u[:16].upper(),
                             "trace-" + u[:12]])
        if kind == "error_code":
            return r.choice([f"E-{r.randint(100, 9999)}", "ERR_CONNECTION_RESET", f"0x{r.randint(0x80000000, 0x8FFFFFFF):08X}",
                             f"HTTP {r.choice([401, 403, 404, 500, 502, 503])}", f"ERR-{r.randint(10, 99)}-{r.randint(100, 999)}",
                             "AUTH_INVALID_CREDENTIALS", f"code {r.randint(1000, 9999)}", "PAYMENT_DECLINED_05", f"S{r.randint(100, 999)}"])
        if kind == "version_string":
            return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}",
                             f"Android {r.randint(11, 15)}", f"{r.randint(1, 9)}.{r.randint(0, 99)}.{r.randint(0, 999)}",
                             f"build {r.randint(2023, 2025)}.{r.randint(1, 12):02d}.{r.randint(1, 30)}",
                             f"Chrome/{r.randint(110, 131)}.0.{r.randint(5000, 6999)}.{r.randint(10, 200)}",
                             f"firmware {r.randint(6, 8)}.{r.randint(0, 60):02d}"])
        if kind == "model_number":
            return self.pick(P.MODELS)
        if kind == "product_code":
            return r.choice(["SKU-" + V.digits(r, 6), "871" + V.digits(r, 10), "ART " + V.digits(r, 3) + "." + V.digits(r, 3),
                             "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + "-" + V.digits(r, 4) + "-" + r.choice(["BLK", "WHT", "M", "XL"]),
                             "54" + V.digits(r, 11), "B0" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))])
        if kind == "flight_number":
            return r.choice(["KL", "SN", "HV", "FR", "BA", "U2", "TB", "UA"]) + r.choice(["", " "]) + str(r.randint(100, 9999))
        if kind == "company_phone":
            return V.company_phone(r, reg)
        if kind == "company_registration":
            if reg == "NL":
                return r.choice([V.digits(r, 8, True), "NL" + V.digits(r, 9) + "B01", "NL" + V.digits(r, 9) + "B0" + str(r.randint(1, 9))])
            if reg == "BE":
                return V.be_enterprise(r)
            if reg == "UK":
                return r.choice([V.digits(r, 8, True), "GB " + V.digits(r, 3) + " " + V.digits(r, 4) + " " + V.digits(r, 2)])
            return r.choice([V.digits(r, 2) + "-" + V.digits(r, 7), "EIN " + V.digits(r, 2) + "-" + V.digits(r, 7)])
        if kind == "url":
            return self.pick(P.URLS)
        if kind == "mention":
            return self.pick(P.MENTIONS)
        if kind == "hashtag":
            return self.pick(P.HASHTAGS)
        if kind == "masked_value":
            return r.choice(["****" + V.digits(r, 4), "**** **** **** " + V.digits(r, 4), V.iban_masked(r, "NL" if reg == "NL" else "BE"),
                             "06-****" + V.digits(r, 4), "XXXX-XXXX-XXXX-" + V.digits(r, 4), "•••• " + V.digits(r, 4),
                             self.first[0].lower() + "***@" + self.pick(P.MAIL_DOMAINS[self.lb]), "*******" + V.digits(r, 3),
                             V.digits(r, 2) + "******" + V.digits(r, 2)])
        if kind == "meter_reading":
            return r.choice([V.digits(r, 5) + " kWh", V.digits(r, 6), f"{r.randint(100, 9999)},{r.randint(0, 999):03d} m3",
                             f"{r.randint(1000, 99999)} kWh", f"{r.randint(100, 9999)}.{r.randint(0, 9)} m³"])
        if kind == "port":
            return str(r.choice([8080, 443, 22, 3389, 25565, 1194, 51820, 5060, 8443, 993]))
        if kind == "checksum":
            h = "0123456789abcdef"
            return "".join(r.choice(h) for _ in range(r.choice([32, 40, 64])))
        raise KeyError(kind)

    def span_value(self, t, variant=None):
        r = self.rng
        if t == "password":
            return V.password(r)
        if t == "pin":
            return V.pin(r, int(variant) if variant and variant.isdigit() else None)
        if t == "puk":
            return V.puk(r)
        if t == "otp":
            if variant == "words":
                return V.otp(r, self.pl)
            if variant == "d6":
                return V.digits(r, 6)
            return V.otp(r, self.pl)
        if t == "wifi_key":
            return V.wifi_key(r)
        if t == "username":
            return V.username(r, self.first.replace("é", "e").replace("-", "").replace("ë", "e"), self.last)
        if t == "api_key":
            if variant == "aws_secret":
                return V.aws_secret(r)
            if variant == "aws_id":
                return "AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16))
            return V.api_key(r)
        if t == "token":
            return V.token(r)
        if t == "card":
            return V.card(r)
        if t == "cvv":
            return V.digits(r, 4 if variant == "4" else 3)
        if t == "iban":
            if variant in ("NL", "BE", "DE", "FR", "GB", "LU", "ES"):
                c = variant
            else:
                home = {"NL": "NL", "BE": "BE", "UK": "GB", "US": "NL"}[self.region]
                c = home if r.random() < 0.75 else r.choice(["NL", "BE", "DE", "FR", "LU", "ES", "GB"])
            return V.iban(r, c)
        if t == "bsn":
            if variant == "rrn":
                return V.rrn(r)
            if variant == "bsn":
                return V.bsn(r)
            return self.nid()
        if t == "email":
            return self.email()
        if t == "phone":
            if variant:
                return V.phone(r, variant.upper())
            return V.phone(r, self.region)
        if t == "address":
            return self.address(variant)
        if t == "date_of_birth":
            return self.dob()
        if t == "customer_number":
            return self.customer_number()
        if t == "card_expiry":
            return V.card_expiry(r)
        if t == "ip_address":
            return V.ip(r)
        raise KeyError(t)

    def filler(self, name, variant=None):
        r = self.rng
        if name == "first":
            return self.first
        if name == "last":
            return self.last
        if name == "name":
            return f"{self.first} {self.last}"
        if name == "ofirst":
            return self.pick(P.FIRST[self.lb])
        if name == "city":
            reg = "FRBE" if self.lang == "fr-be" else self.region
            return self.pick(P.CITIES[reg])[0]
        if name == "brand":
            return self.brand
        if name == "agent":
            return self.agent
        if name == "ssid":
            return self.pick(P.SSIDS)
        if name == "product":
            return self.pick(P.PRODUCTS[self.pl])
        if name == "initial":
            return self.agent[0] + "."
        raise KeyError(name)


SPAN_ALIASES = {"dob": "date_of_birth", "cust": "customer_number", "expiry": "card_expiry", "ip": "ip_address", "wifi": "wifi_key",
                "user": "username", "pw": "password", "nid": "bsn"}
NEG_ALIASES = {"order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number", "tracking": "tracking_number",
               "reqid": "request_id", "err": "error_code", "version": "version_string", "model": "model_number",
               "sku": "product_code", "flight": "flight_number", "cphone": "company_phone", "kvk": "company_registration",
               "masked": "masked_value", "meter": "meter_reading", "sum": "checksum", "pct": "percentage", "qty": "quantity",
               "tag": "hashtag"}
FILLERS = {"first", "last", "name", "ofirst", "city", "brand", "agent", "ssid", "product", "initial"}


def render_template(tpl, ctx, doc=None):
    doc = doc or Doc()
    pos = 0
    for m in PH.finditer(tpl):
        doc.lit(tpl[pos:m.start()])
        base, num, var = m.group(1), m.group(2), m.group(3)
        key = base + num + "|" + (var or "")
        keyb = base + num
        if base in SPAN_ALIASES or base in LABELS:
            t = SPAN_ALIASES.get(base, base)
            if keyb not in ctx.cache:
                ctx.cache[keyb] = ctx.span_value(t, var)
            doc.span(t, ctx.cache[keyb])
        elif base in NEG_ALIASES or base in NEG_KINDS:
            k = NEG_ALIASES.get(base, base)
            if keyb not in ctx.cache:
                ctx.cache[keyb] = ctx.neg_value(k, var)
            doc.neg(k, ctx.cache[keyb])
        elif base in FILLERS:
            if keyb not in ctx.cache:
                ctx.cache[keyb] = ctx.filler(base, var)
            doc.lit(ctx.cache[keyb])
        else:
            raise KeyError(f"unknown placeholder {m.group(0)} in {tpl[:60]!r}")
        pos = m.end()
    doc.lit(tpl[pos:])
    return doc


def typo_literal(tpl, rng, p=0.25):
    """Introduce a typo in a literal word of a template (never inside placeholders)."""
    if rng.random() > p:
        return tpl
    pieces = PH.split(tpl)
    # PH.split returns literal, g1, g2, g3, literal...; rebuild safely
    lits = []
    idx = 0
    out = []
    for m in PH.finditer(tpl):
        out.append(("L", tpl[idx:m.start()]))
        out.append(("P", m.group(0)))
        idx = m.end()
    out.append(("L", tpl[idx:]))
    cands = []
    for i, (k, s) in enumerate(out):
        if k == "L":
            for wm in re.finditer(r"[A-Za-zàéèëïöü]{4,}", s):
                cands.append((i, wm.start(), wm.end()))
    if not cands:
        return tpl
    i, a, b = rng.choice(cands)
    s = out[i][1]
    w = s[a:b]
    op = rng.random()
    j = rng.randint(1, len(w) - 2)
    if op < 0.4:
        w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.7:
        w2 = w[:j] + w[j + 1:]
    elif op < 0.85:
        w2 = w[:j] + w[j] + w[j:]
    else:
        w2 = w.lower() if w[0].isupper() else w.capitalize()
    out[i] = ("L", s[:a] + w2 + s[b:])
    return "".join(s for _, s in out)
