"""Template renderer: turns a template string with {kind:variant#slot} placeholders into text + spans + negatives."""
import re

import values as V

PH = re.compile(r"\{(\w+)(?::(\w+))?(?:#(\w+))?\}")

# kind -> (category, label, generator)
KINDS = {
    # spans
    "pw": ("span", "password", V.password),
    "pin": ("span", "pin", V.pin),
    "puk": ("span", "puk", V.puk),
    "otp": ("span", "otp", V.otp),
    "wifi": ("span", "wifi_key", V.wifi_key),
    "user": ("span", "username", V.username),
    "api": ("span", "api_key", V.api_key),
    "awssec": ("span", "api_key", V.aws_secret),
    "tok": ("span", "token", V.token),
    "card": ("span", "card", V.card),
    "cvv": ("span", "cvv", V.cvv),
    "exp": ("span", "card_expiry", V.card_expiry),
    "iban": ("span", "iban", V.iban),
    "bsn": ("span", "bsn", V.bsn),
    "rrn": ("span", "bsn", V.rrn),
    "mail": ("span", "email", V.email),
    "tel": ("span", "phone", V.phone),
    "addr": ("span", "address", V.address),
    "dob": ("span", "date_of_birth", V.dob),
    "cust": ("span", "customer_number", V.customer_number),
    "ip": ("span", "ip_address", V.ip_address),
    # negatives
    "date": ("neg", "date", V.date_neg),
    "time": ("neg", "time", V.time_neg),
    "amt": ("neg", "amount", V.amount),
    "qty": ("neg", "quantity", V.quantity),
    "pct": ("neg", "percentage", V.percentage),
    "year": ("neg", "year", V.year),
    "order": ("neg", "order_number", V.order_number),
    "ticket": ("neg", "ticket_number", V.ticket_number),
    "inv": ("neg", "invoice_number", V.invoice_number),
    "track": ("neg", "tracking_number", V.tracking_number),
    "req": ("neg", "request_id", V.request_id),
    "err": ("neg", "error_code", V.error_code),
    "ver": ("neg", "version_string", V.version_string),
    "model": ("neg", "model_number", V.model_number),
    "prod": ("neg", "product_code", V.product_code),
    "flight": ("neg", "flight_number", V.flight_number),
    "cphone": ("neg", "company_phone", V.company_phone),
    "creg": ("neg", "company_registration", V.company_registration),
    "url": ("neg", "url", None),
    "mention": ("neg", "mention", None),
    "hashtag": ("neg", "hashtag", None),
    "masked": ("neg", "masked_value", V.masked_value),
    "meter": ("neg", "meter_reading", V.meter_reading),
    "port": ("neg", "port", V.port),
    "sum": ("neg", "checksum", V.checksum),
}
FILLERS = {"name", "first", "last", "agent", "ins", "pharm", "gp", "hosp", "pens", "carins", "drug", "city"}


class Seg:
    def __init__(self, text="", spans=None, negs=None, tids=None):
        self.text = text
        self.spans = spans or []   # (type, start, end, template_id)
        self.negs = negs or []     # (kind, start, end)

    def add(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off) for k, s, e in other.negs]
        return self

    def lit(self, s):
        self.text += s
        return self


TYPO_EXEMPT = re.compile(r"https?://|www\.|@|#")


def typo_word(rng, w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiounrst") + w[i + 1:]


def inject_typos(rng, lit, rate):
    if rate <= 0 or not lit:
        return lit
    parts = re.split(r"(\W+)", lit)
    out = []
    for p in parts:
        if p and p[0].isalpha() and rng.random() < rate:
            out.append(typo_word(rng, p))
        else:
            out.append(p)
    return "".join(out)


class Ctx:
    """Per-message context: rng, language, pools, slots for repeated values, typo rate."""

    def __init__(self, rng, lang, pools, typo_rate=0.0):
        self.rng, self.lang, self.pools = rng, lang, pools
        self.slots = {}
        self.typo_rate = typo_rate
        self.record = None   # list: values produced are appended
        self.replay = None   # list: values are taken from here in order

    def filler(self, kind, variant):
        rng, p = self.rng, self.pools
        if kind == "name":
            return V.pick(rng, p["first_raw"]) + " " + V.pick(rng, p["last_raw"])
        if kind == "first":
            return V.pick(rng, p["first_raw"])
        if kind == "last":
            return V.pick(rng, p["last_raw"])
        return V.pick(rng, p[kind])

    def value(self, kind, variant):
        cat, label, gen = KINDS[kind]
        if gen is None:
            return V.pick(self.rng, self.pools[kind])
        return gen(self.rng, self.lang, self.pools, variant)


def render(ctx, tpl, tid, typos=True):
    seg = Seg()
    pos = 0
    for m in PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        seg.lit(inject_typos(ctx.rng, lit, ctx.typo_rate) if typos else lit)
        kind, variant, slot = m.group(1), m.group(2), m.group(3)
        key = (kind, variant, slot)
        if ctx.replay:
            val = ctx.replay.pop(0)
        elif slot and key in ctx.slots:
            val = ctx.slots[key]
        elif kind == "name" and slot and ("first", None, slot) in ctx.slots:
            val = ctx.slots[("first", None, slot)] + " " + ctx.filler("last", None)
        elif kind in FILLERS:
            val = ctx.filler(kind, variant)
            if kind == "name" and slot:
                ctx.slots[("first", None, slot)] = val.split(" ")[0]
        elif kind in KINDS:
            val = ctx.value(kind, variant)
        else:
            raise KeyError("unknown placeholder %r in %s" % (kind, tid))
        if slot:
            ctx.slots[key] = val
        if ctx.record is not None:
            ctx.record.append(val)
        s = len(seg.text)
        seg.lit(val)
        if kind in KINDS:
            cat, label, _ = KINDS[kind]
            if cat == "span":
                seg.spans.append((label, s, s + len(val), tid))
            else:
                seg.negs.append((label, s, s + len(val)))
        pos = m.end()
    lit = tpl[pos:]
    seg.lit(inject_typos(ctx.rng, lit, ctx.typo_rate) if typos else lit)
    return seg


def quote(seg, prefix="> "):
    """Prefix every line of seg with prefix (bare '>' on empty lines), shifting offsets."""
    lines = seg.text.split("\n")
    out, omap, base = [], [], 0
    for ln in lines:
        pre = prefix if ln else prefix.rstrip()
        out.append(pre + ln)
        for j in range(len(ln) + 1):
            omap.append(base + len(pre) + j)
        base += len(pre) + len(ln) + 1
    new = Seg("\n".join(out))
    new.spans = [(t, omap[s], omap[e - 1] + 1, tid) for t, s, e, tid in seg.spans]
    new.negs = [(k, omap[s], omap[e - 1] + 1) for k, s, e in seg.negs]
    return new
