"""Template rendering engine: templates -> segments -> text + spans + negatives."""
import re
import values as V

SPAN = {
    "phone": ("phone", lambda c: V.phone(c)), "mobile": ("phone", lambda c: V.phone(c, True)),
    "landline": ("phone", lambda c: V.phone(c, False)),
    "phone_nl": ("phone", lambda c: V.phone_nl(c.rng)), "phone_be": ("phone", lambda c: V.phone_be(c.rng)),
    "phone_uk": ("phone", lambda c: V.phone_uk(c.rng)), "phone_us": ("phone", lambda c: V.phone_us(c.rng)),
    "email": ("email", V.email), "address": ("address", V.address),
    "street": ("address", lambda c: V.address(c, False)), "fulladdr": ("address", lambda c: V.address(c, True)),
    "dob": ("date_of_birth", V.dob), "custnr": ("customer_number", V.custnr), "ean": ("customer_number", V.ean),
    "mpan": ("customer_number", V.mpan), "iban": ("iban", V.iban),
    "iban_nl": ("iban", lambda c: V.iban(c, "NL")), "iban_be": ("iban", lambda c: V.iban(c, "BE")),
    "iban_x": ("iban", lambda c: V.iban(c, c.rng.choice(["DE", "FR", "LU", "GB"]))),
    "card": ("card", V.card), "cvv": ("cvv", V.cvv), "expiry": ("card_expiry", V.expiry),
    "bsn": ("bsn", V.bsn), "rrn": ("bsn", V.rrn), "password": ("password", V.password),
    "pin": ("pin", V.pin), "pin4": ("pin", lambda c: V.pin(c, 4)), "pin6": ("pin", lambda c: V.pin(c, 6)),
    "puk": ("puk", V.puk), "otp": ("otp", V.otp), "otpw": ("otp", V.otp_words), "wifi": ("wifi_key", V.wifi),
    "user": ("username", V.username), "apikey": ("api_key", V.apikey), "awssecret": ("api_key", V.aws_secret),
    "token": ("token", V.token), "ip": ("ip_address", V.ip),
}
NEG = {
    "date": ("date", V.neg_date), "sdate": ("date", V.neg_date_short), "time": ("time", V.neg_time),
    "amount": ("amount", V.neg_amount), "qty": ("quantity", V.neg_qty), "pct": ("percentage", V.neg_pct),
    "year": ("year", V.neg_year), "order": ("order_number", V.neg_order), "ticket": ("ticket_number", V.neg_ticket),
    "invoice": ("invoice_number", V.neg_invoice), "track": ("tracking_number", V.neg_track),
    "reqid": ("request_id", V.neg_reqid), "err": ("error_code", V.neg_err), "ver": ("version_string", V.neg_ver),
    "model": ("model_number", V.neg_model), "prod": ("product_code", V.neg_prod), "flight": ("flight_number", V.neg_flight),
    "cphone": ("company_phone", V.neg_cphone), "kvk": ("company_registration", V.neg_kvk), "url": ("url", V.neg_url),
    "mention": ("mention", V.neg_mention), "hashtag": ("hashtag", V.neg_hashtag), "masked": ("masked_value", V.neg_masked),
    "meter": ("meter_reading", V.neg_meter), "port": ("port", V.neg_port), "checksum": ("checksum", V.neg_checksum),
}
FILL = {
    "first": lambda c: c.rng.choice(c.pool("first")),
    "last": lambda c: c.rng.choice(c.pool("last")),
    "name": lambda c: c.rng.choice(c.pool("first")) + " " + c.rng.choice(c.pool("last")),
    "agent": lambda c: c.rng.choice(c.pool("agents")),
    "init": lambda c: c.rng.choice(c.pool("agents"))[0] + c.rng.choice("BDJKMSTVW"),
    "energy": lambda c: c.rng.choice(c.pool("brand_energy")),
    "care": lambda c: c.rng.choice(c.pool("brand_care")),
    "estate": lambda c: c.rng.choice(c.pool("brand_estate")),
    "city": lambda c: c.city(),
    "ssid": lambda c: c.rng.choice(c.pool("ssids")),
    "plate": lambda c: c.rng.choice(c.pool("plates")),
    "n": lambda c: str(c.rng.randint(2, 9)),
}

POOLS = {
    "first": V.FIRST, "last": V.LAST, "street_nl": V.STREET_NL, "city_nl": V.CITY_NL, "street_benl": V.STREET_BE_NL,
    "city_benl": V.CITY_BE_NL, "street_befr": V.STREET_BE_FR, "city_befr": V.CITY_BE_FR, "street_uk": V.STREET_UK,
    "city_uk": V.CITY_UK, "street_us": V.STREET_US, "city_us": V.CITY_US, "domains": V.EMAIL_DOMAINS,
    "brand_energy": V.BRANDS["energy"], "brand_care": V.BRANDS["care"], "brand_estate": V.BRANDS["estate"],
    "mentions": V.MENTIONS, "hashtags": V.HASHTAGS, "urls": V.URLS, "models": V.MODELS, "ssids": V.SSIDS,
    "plates": V.PLATES, "agents": V.AGENTS,
}


class Ctx:
    def __init__(self, rng, lang, half):
        self.rng, self.lang, self.half = rng, lang, half
        self._pools = {}
        self.used_types = set()

    def pool(self, name):
        if name not in self._pools:
            self._pools[name] = V.deal(POOLS[name], self.half)
        return self._pools[name]

    def city(self):
        rg = V.region(self)
        if rg == "nl":
            return self.rng.choice(self.pool("city_nl"))[1]
        if rg == "be":
            return self.rng.choice(self.pool("city_befr" if self.lang == "fr-be" else "city_benl"))[1]
        if rg == "uk":
            return self.rng.choice(self.pool("city_uk"))[0]
        return self.rng.choice(self.pool("city_us"))[0]


TOK = re.compile(r"\{([a-z_0-9]+)(?:=(\w+))?\}")
ALT = re.compile(r"\[\[(.*?)\]\]", re.S)


def render(tpl, ctx, binds=None):
    """Return list of segments [text, kind(None|'span'|'neg'), type]."""
    if binds is None:
        binds = {}
    tpl = ALT.sub(lambda m: ctx.rng.choice(m.group(1).split("|")), tpl)
    segs = []
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None, None])
        key, tag = m.group(1), m.group(2)
        bk = (key, tag) if tag else None
        if key in SPAN:
            typ, fn = SPAN[key]
            kind = "span"
        elif key in NEG:
            typ, fn = NEG[key]
            kind = "neg"
        elif key in FILL:
            typ, fn, kind = None, FILL[key], None
        else:
            raise KeyError(f"unknown placeholder {key} in {tpl!r}")
        if bk and bk in binds:
            val = binds[bk]
        else:
            val = fn(ctx)
            if bk:
                binds[bk] = val
        segs.append([val, kind, typ])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None, None])
    return segs


def lit(text):
    return [[text, None, None]]


def quote(segs, prefix="> "):
    out = [[prefix, None, None]]
    for t, k, ty in segs:
        if k is None:
            out.append([t.replace("\n", "\n" + prefix), None, None])
        else:
            out.append([t.replace("\n", "\n" + prefix), k, ty])
    return out


WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(segs, rng, n):
    cands = []
    for i, s in enumerate(segs):
        if s[1] is None:
            for m in WORD.finditer(s[0]):
                cands.append((i, m.start(), m.end()))
    rng.shuffle(cands)
    # apply from the end of each segment to keep offsets valid: group by segment
    chosen = sorted(cands[:n], key=lambda x: (x[0], -x[1]))
    for i, a, b in chosen:
        w = segs[i][0][a:b]
        op = rng.randrange(4)
        j = rng.randint(1, len(w) - 2)
        if op == 0:
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == 1:
            w2 = w[:j] + w[j + 1:]
        elif op == 2:
            w2 = w[:j] + w[j] + w[j:]
        else:
            w2 = w[:j] + rng.choice("aeiosnrt") + w[j + 1:]
        segs[i][0] = segs[i][0][:a] + w2 + segs[i][0][b:]
    return segs


def lower_literal(segs):
    for s in segs:
        if s[1] is None:
            s[0] = s[0].lower()
    return segs


def join(segs):
    text, spans, negs = [], [], []
    pos = 0
    for t, k, ty in segs:
        if k == "span":
            spans.append({"type": ty, "start": pos, "end": pos + len(t)})
        elif k == "neg":
            negs.append({"kind": ty, "start": pos, "end": pos + len(t)})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs
