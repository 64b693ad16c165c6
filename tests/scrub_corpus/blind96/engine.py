"""Template rendering with offset tracking.

Template syntax:  {$gen} labelled span, {$gen@x} bind, {=x} reuse bound value (same label),
{!gen} hard negative, {%pool} unlabelled filler.
"""
import re
import values as V
import negs as N

SPAN_GENS = {
    "password": ("password", V.password), "pin": ("pin", V.pin), "pin4": ("pin", V.pin4), "puk": ("puk", V.puk),
    "otp": ("otp", V.otp), "otpw": ("otp", V.otp_words), "wifi": ("wifi_key", V.wifi), "user": ("username", V.user),
    "apikey": ("api_key", V.apikey), "awsid": ("api_key", V.aws_id), "awssecret": ("api_key", V.aws_secret),
    "token": ("token", V.token), "jwt": ("token", V.jwt), "hextoken": ("token", V.hextoken),
    "card": ("card", V.card), "cvv": ("cvv", V.cvv), "exp": ("card_expiry", V.exp),
    "iban": ("iban", V.iban), "ibannl": ("iban", V.iban_nl), "ibanbe": ("iban", V.iban_be), "ibanx": ("iban", V.iban_x),
    "bsn": ("bsn", V.bsn), "nrn": ("bsn", V.nrn), "nrnc": ("bsn", V.nrn_child),
    "email": ("email", V.email), "phone": ("phone", V.phone), "abroadph": ("phone", V.phone_abroad),
    "addr": ("address", V.addr), "abroad": ("address", V.addr_abroad),
    "dob": ("date_of_birth", V.dob), "dobc": ("date_of_birth", V.dob_child),
    "cust": ("customer_number", V.cust), "meter": ("customer_number", V.meter_no), "ean": ("customer_number", V.ean),
    "chip": ("customer_number", V.chip_no), "pass": ("customer_number", V.pass_no), "policy": ("customer_number", V.policy_no),
    "petchip": ("customer_number", V.pet_chip), "subsidy": ("customer_number", V.subsidy_no),
    "child": ("customer_number", V.child_id), "member": ("customer_number", V.member_no),
    "ip": ("ip_address", V.ip),
}
NEG_GENS = {
    "date": ("date", N.date), "petdob": ("date", V.dob_pet), "time": ("time", N.time), "amount": ("amount", N.amount),
    "qty": ("quantity", N.qty), "pct": ("percentage", N.pct), "year": ("year", N.year), "order": ("order_number", N.order),
    "booking": ("order_number", N.booking), "ticket": ("ticket_number", N.ticket), "claim": ("ticket_number", N.claim),
    "invoice": ("invoice_number", N.invoice), "tracking": ("tracking_number", N.tracking), "reqid": ("request_id", N.reqid),
    "err": ("error_code", N.err), "version": ("version_string", N.version), "model": ("model_number", N.model),
    "product": ("product_code", N.product), "flight": ("flight_number", N.flight), "cphone": ("company_phone", N.cphone),
    "creg": ("company_registration", N.creg), "url": ("url", N.url), "mention": ("mention", N.mention),
    "hashtag": ("hashtag", N.hashtag), "masked": ("masked_value", N.masked), "reading": ("meter_reading", N.reading),
    "port": ("port", N.port), "checksum": ("checksum", N.checksum),
}

TOK = re.compile(r"\{([$!%=])([a-z0-9_]+)(?:@([a-z0-9]+))?\}")


class Seg:
    def __init__(self, text="", spans=None, negs=None):
        self.text = text
        self.spans = spans or []
        self.negs = negs or []

    def add(self, other):
        if isinstance(other, str):
            self.text += other
            return self
        off = len(self.text)
        self.text += other.text
        self.spans += [dict(s, start=s["start"] + off, end=s["end"] + off) for s in other.spans]
        self.negs += [dict(n, start=n["start"] + off, end=n["end"] + off) for n in other.negs]
        return self


def quote(seg, prefix="> "):
    """Prefix every line with '> ' and shift offsets."""
    mapping = []
    out = prefix
    for ch in seg.text:
        mapping.append(len(out))
        out += ch
        if ch == "\n":
            out += prefix
    mapping.append(len(out))

    def mv(d):
        return dict(d, start=mapping[d["start"]], end=mapping[d["end"] - 1] + 1)
    return Seg(out, [mv(s) for s in seg.spans], [mv(n) for n in seg.negs])


def typo(rng, text):
    words = [m for m in re.finditer(r"[A-Za-zéèà]{5,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    k = rng.randrange(3)
    if k == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k == 1:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[:m.start()] + w2 + text[m.end():]


def render(tpl, rng, ctx, typo_rate=0.0, bound=None):
    bound = {} if bound is None else bound
    seg = Seg()
    pos = 0
    used = ctx.setdefault("used_types", set())
    for m in TOK.finditer(tpl):
        lit = tpl[pos:m.start()]
        if lit and typo_rate and rng.random() < typo_rate:
            lit = typo(rng, lit)
        seg.add(lit)
        pos = m.end()
        sig, name, bind = m.group(1), m.group(2), m.group(3)
        if sig == "=":
            val, lab, kind = bound[name]
        elif sig == "$":
            lab, fn = SPAN_GENS[name]
            val, kind = fn(rng, ctx), "span"
            used.add(lab)
        elif sig == "!":
            lab, fn = NEG_GENS[name]
            val, kind = fn(rng, ctx), "neg"
        else:
            P = ctx["pools"]
            if name == "city":
                val = rng.choice(P["citypc"])[0]
            elif name == "fullname":
                val = rng.choice(P["first"]) + " " + rng.choice(P["last"])
            elif name == "initials":
                a = rng.choice(P["agent"])
                val = a[0] + rng.choice("ABCDEGHJKLMNPRSTVW")
            else:
                val = rng.choice(P[name])
            lab, kind = None, "fill"
        if bind:
            bound[bind] = (val, lab, kind)
        st = len(seg.text)
        seg.text += val
        if kind == "span":
            seg.spans.append({"type": lab, "start": st, "end": st + len(val)})
        elif kind == "neg":
            seg.negs.append({"kind": lab, "start": st, "end": st + len(val)})
    lit = tpl[pos:]
    if lit and typo_rate and rng.random() < typo_rate:
        lit = typo(rng, lit)
    seg.add(lit)
    return seg
