"""Template rendering with span/negative bookkeeping, typos and quoting."""
import re
import values as V

TOKEN = re.compile(r"\{\{[^{}]*\}\}|\{[^{}]+\}")

SPAN_MAP = {"iban": "iban", "card": "card", "cvv": "cvv", "exp": "card_expiry", "pw": "password", "pin": "pin", "puk": "puk",
            "otp": "otp", "wifi": "wifi_key", "user": "username", "api": "api_key", "awssec": "api_key", "tok": "token",
            "bsn": "bsn", "rrn": "bsn", "email": "email", "phone": "phone", "addr": "address", "street": "address",
            "dob": "date_of_birth", "cust": "customer_number", "ip": "ip_address"}
NEG_MAP = {"date": "date", "time": "time", "amount": "amount", "qty": "quantity", "dur": "quantity", "pct": "percentage", "year": "year",
           "order": "order_number", "ticket": "ticket_number", "invoice": "invoice_number", "tracking": "tracking_number",
           "reqid": "request_id", "err": "error_code", "ver": "version_string", "model": "model_number",
           "product": "product_code", "flight": "flight_number", "cphone": "company_phone", "creg": "company_registration",
           "url": "url", "mention": "mention", "hashtag": "hashtag", "masked": "masked_value", "meter": "meter_reading",
           "port": "port", "checksum": "checksum"}
QTY = {"nl": ["2 stoelen", "3 kaartjes", "4 stuks", "1 hoekbank", "6 kastdeuren", "2 terminals", "3", "5", "twee"],
       "nl-be": ["2 zetels", "3 tickets", "4 stuks", "2 terminals", "3", "10"],
       "fr-be": ["2 chaises", "3 billets", "4 pièces", "2 terminaux", "3", "deux"],
       "en": ["2 chairs", "3 tickets", "4 units", "2 card readers", "3", "5", "two", "45 minutes"]}


DUR = {"nl": ["3 dagen", "twee weken", "45 minuten", "5 dagen", "een uur"], "nl-be": ["3 dagen", "twee weken", "een half uur"],
       "fr-be": ["3 jours", "deux semaines", "45 minutes"], "en": ["3 days", "two weeks", "45 minutes", "an hour", "5 days"]}


class Doc:
    def __init__(self):
        self.parts = []  # (text, tag, typ, tid)

    def add(self, text, tag="lit", typ=None, tid=None):
        if text:
            self.parts.append((text, tag, typ, tid))
        return self

    def extend(self, other):
        self.parts.extend(other.parts)
        return self

    def quoted(self, prefix="> "):
        d = Doc()
        d.add(prefix, "fix")
        for text, tag, typ, tid in self.parts:
            if tag in ("lit", "fix"):
                text = text.replace("\n", "\n" + prefix)
            else:
                assert "\n" not in text
            d.add(text, tag, typ, tid)
        return d

    def render(self):
        out, spans, negs, pos = [], [], [], 0
        for text, tag, typ, tid in self.parts:
            if tag == "span":
                spans.append({"type": typ, "start": pos, "end": pos + len(text), "_tid": tid})
            elif tag == "neg":
                negs.append({"kind": typ, "start": pos, "end": pos + len(text)})
            out.append(text)
            pos += len(text)
        return "".join(out), spans, negs


def tlang(lang):
    return "en" if lang.startswith("en") else lang


class Ctx:
    def __init__(self, rng, lang, P):
        self.rng, self.lang, self.P, self.last = rng, lang, P, {}

    def span_value(self, key):
        r, lang, P = self.rng, self.lang, self.P
        if key == "iban":
            cc = {"nl": ["NL"] * 9 + ["BE", "DE"], "nl-be": ["BE"] * 8 + ["NL", "LU"], "fr-be": ["BE"] * 7 + ["FR", "LU"],
                  "en-gb": ["GB"] * 6 + ["NL", "DE", "FR", "BE"], "en-us": ["GB", "NL", "DE", "FR", "BE"]}[lang]
            return V.iban(r, r.choice(cc))
        if key == "card": return V.card(r)
        if key == "cvv": return V.cvv(r)
        if key == "exp": return V.expiry(r)
        if key == "pw": return V.password(r)
        if key == "pin": return V.pin(r)
        if key == "puk": return V.puk(r)
        if key == "otp": return V.otp(r, lang)
        if key == "wifi": return V.wifi(r)
        if key == "user": return V.username(r, P)
        if key == "api": return V.api_key(r)
        if key == "awssec": return V.aws_secret(r)
        if key == "tok": return V.token(r)
        if key == "bsn": return V.bsn(r) if lang != "fr-be" and (lang == "nl" or r.random() < .3) else V.rrn(r)
        if key == "rrn": return V.rrn(r)
        if key == "email": return V.email(r, P, lang)
        if key == "phone": return V.phone(r, lang)
        if key == "addr": return V.address(r, lang, P)
        if key == "street": return V.address(r, lang, P, full=False)
        if key == "dob": return V.dob(r, lang)
        if key == "cust": return V.customer_number(r, lang)
        if key == "ip": return V.ip(r)
        raise KeyError(key)

    def neg_value(self, key):
        r, lang, P = self.rng, self.lang, self.P
        if key == "date": return V.neg_date(r, lang)
        if key == "time": return V.neg_time(r, lang)
        if key == "amount": return V.neg_amount(r, lang)
        if key == "qty": return r.choice(QTY[tlang(lang)])
        if key == "dur": return r.choice(DUR[tlang(lang)])
        if key == "pct": return r.choice([f"{r.randint(5, 40)}%", f"{r.randint(5, 40)} %", f"{r.randint(5, 40)}.5%"])
        if key == "year": return str(r.randint(2015, 2026))
        if key == "order": return V.neg_order(r)
        if key == "ticket": return V.neg_ticket(r)
        if key == "invoice": return V.neg_invoice(r)
        if key == "tracking": return V.neg_tracking(r)
        if key == "reqid": return V.neg_reqid(r)
        if key == "err": return V.neg_error(r)
        if key == "ver": return V.neg_version(r)
        if key == "model": return r.choice(P["model"])
        if key == "product": return r.choice(P["product"])
        if key == "flight": return r.choice(P["flight"])
        if key == "cphone": return r.choice(P["cphone"][lang])
        if key == "creg": return V.neg_company_reg(r, lang)
        if key == "url": return r.choice(P["url"])
        if key == "mention": return r.choice(P["mention"])
        if key == "hashtag": return r.choice(P["hashtag"])
        if key == "masked": return V.neg_masked(r, lang)
        if key == "meter": return f"{r.randint(1000, 99999):05d}"
        if key == "port": return r.choice(["8443", "443", "9100", "8080", "631", "3389", "22"])
        if key == "checksum": return V.neg_checksum(r)
        raise KeyError(key)

    def filler(self, key):
        r, P = self.rng, self.P
        if key == "name": return r.choice(P["first"])
        if key == "full": return f"{r.choice(P['first'])} {r.choice(P['last'])}"
        if key == "agent": return r.choice(P["agent"])
        if key == "city":
            if self.lang == "nl": return r.choice(P["city_nl"])
            if self.lang == "nl-be": return r.choice(P["city_be_vl"])[1]
            if self.lang == "fr-be": return r.choice(P["city_be_fr"])[1]
            if self.lang == "en-gb": return r.choice(P["city_gb"])[0]
            return r.choice(P["city_us"])[0]
        if key == "brand":
            return r.choice(P[r.choice(["bank", "terminal", "furn", "petbrand", "cinema", "care", "cowork"])])
        if key in P: return r.choice(P[key])
        raise KeyError(key)


def render(tpl, ctx, tid):
    d = Doc()
    pos = 0
    for m in TOKEN.finditer(tpl):
        d.add(tpl[pos:m.start()], "lit")
        tok = m.group(0)
        pos = m.end()
        if tok.startswith("{{"):
            d.add(tok[1:-1], "fix")
            continue
        k = tok[1:-1]
        if k.startswith("!"):
            d.add(ctx.neg_value(k[1:]), "neg", NEG_MAP[k[1:]], tid)
        elif k.startswith("~"):
            d.add(ctx.filler(k[1:]), "fix")
        else:
            rep = k.endswith("@")
            k = k.rstrip("@")
            if rep and k in ctx.last:
                v = ctx.last[k]
            else:
                v = ctx.span_value(k)
                ctx.last[k] = v
            d.add(v, "span", SPAN_MAP[k], tid)
    d.add(tpl[pos:], "lit")
    return d


KEYB = "qwertyuiopasdfghjklzxcvbnm"
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo_word(w, rng):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.55:
        return w[:i] + w[i + 1:]
    if op < 0.75:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in KEYB:
        j = KEYB.index(c)
        return w[:i] + KEYB[max(0, min(len(KEYB) - 1, j + rng.choice([-1, 1])))] + w[i + 1:]
    return w


def mess(doc, rng, rate, lower=False):
    """Typos and lower-casing on literal text only."""
    out = Doc()
    for text, tag, typ, tid in doc.parts:
        if tag == "lit":
            if rate:
                text = WORD.sub(lambda m: typo_word(m.group(0), rng) if rng.random() < rate else m.group(0), text)
            if lower:
                text = text.lower()
        out.add(text, tag, typ, tid)
    return out
