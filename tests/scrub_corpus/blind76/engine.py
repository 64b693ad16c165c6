"""Template rendering with span bookkeeping for blind76."""
import re

import values as V

LABELS = {
    "phone": ("phone", V.phone), "email": ("email", V.email), "address": ("address", V.address),
    "dob": ("date_of_birth", V.dob), "iban": ("iban", V.iban), "card": ("card", V.card), "cvv": ("cvv", V.cvv),
    "exp": ("card_expiry", V.exp), "bsn": ("bsn", V.bsn), "rrn": ("bsn", V.rrn), "cust": ("customer_number", V.cust),
    "lease": ("customer_number", V.cust_lease), "chargecard": ("customer_number", V.cust_card),
    "member": ("customer_number", V.cust_member), "parkacct": ("customer_number", V.cust_park),
    "policy": ("customer_number", V.cust_policy), "ean": ("customer_number", V.cust_ean), "sub": ("customer_number", V.cust_sub),
    "pw": ("password", V.pw), "user": ("username", V.user), "pin": ("pin", V.pin), "puk": ("puk", V.puk),
    "otp": ("otp", V.otp), "otpw": ("otp", V.otp_words), "wifi": ("wifi_key", V.wifi), "apikey": ("api_key", V.apikey),
    "awssecret": ("api_key", V.aws_secret), "token": ("token", V.token), "ip": ("ip_address", V.ip),
}
NEGS = {
    "n_date": ("date", V.n_date), "n_time": ("time", V.n_time), "n_amount": ("amount", V.n_amount), "n_qty": ("quantity", V.n_qty),
    "n_pct": ("percentage", V.n_pct), "n_year": ("year", V.n_year), "n_order": ("order_number", V.n_order),
    "n_ticket": ("ticket_number", V.n_ticket), "n_invoice": ("invoice_number", V.n_invoice), "n_track": ("tracking_number", V.n_track),
    "n_req": ("request_id", V.n_req), "n_err": ("error_code", V.n_err), "n_ver": ("version_string", V.n_ver),
    "n_model": ("model_number", V.n_model), "n_prod": ("product_code", V.n_prod), "n_flight": ("flight_number", V.n_flight),
    "n_cphone": ("company_phone", V.n_cphone), "n_creg": ("company_registration", V.n_creg), "n_url": ("url", V.n_url),
    "n_mention": ("mention", V.n_mention), "n_tag": ("hashtag", V.n_tag), "n_mask": ("masked_value", V.n_mask),
    "n_km": ("meter_reading", V.n_km), "n_port": ("port", V.n_port), "n_sum": ("checksum", V.n_sum),
}
FILLERS = {
    "f_name": V.f_name, "f_last": V.f_last, "f_full": V.f_full, "f_city": V.f_city, "f_car": V.f_car, "f_brand": V.f_brand,
    "f_agent": V.f_agent, "f_ssid": V.f_ssid, "f_plate": V.f_plate, "f_vin": V.f_vin, "f_insp": V.f_insp, "f_rescue": V.f_rescue,
}
TOKEN = re.compile(r"\$([a-z_]+[a-z])(#\d)?")

TYPO_WORD = re.compile(r"[A-Za-zéèà]{5,}")


def typo(rng, s):
    words = list(TYPO_WORD.finditer(s))
    if not words:
        return s
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 1:
        w2 = w[:i] + w[i + 1:]
    elif op == 2:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w.lower() if w[0].isupper() else w
        w2 = w2[:i] + w2[i + 1:] if rng.random() < 0.5 else w2
    return s[:m.start()] + w2 + s[m.end():]


class Doc:
    """Accumulates text with spans and negatives."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []

    def lit(self, s):
        self.parts.append(s)
        self.n += len(s)

    def add(self, s, label=None, neg=None):
        st = self.n
        self.lit(s)
        if label:
            self.spans.append({"type": label, "start": st, "end": self.n})
        if neg:
            self.negs.append({"kind": neg, "start": st, "end": self.n})

    def extend(self, other, prefix_lines=None):
        """Append another Doc; optionally prefix each of its lines with prefix_lines (e.g. '> ')."""
        text = "".join(other.parts)
        if prefix_lines is None:
            base = self.n
            self.lit(text)
            for sp in other.spans:
                self.spans.append({**sp, "start": sp["start"] + base, "end": sp["end"] + base})
            for ng in other.negs:
                self.negs.append({**ng, "start": ng["start"] + base, "end": ng["end"] + base})
            return
        # compute shift per original offset
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        out = []
        shift_at = []
        for ln_i, st in enumerate(starts):
            end = starts[ln_i + 1] if ln_i + 1 < len(starts) else len(text)
            line = text[st:end]
            out.append((prefix_lines if line.strip() else prefix_lines.rstrip()) + line)
            shift_at.append((st, len(prefix_lines if line.strip() else prefix_lines.rstrip())))
        new = "".join(out)

        def mapoff(o):
            tot = 0
            for st, sh in shift_at:
                if st <= o:
                    tot += sh
            return o + tot

        base = self.n
        self.lit(new)
        for sp in other.spans:
            self.spans.append({**sp, "start": mapoff(sp["start"]) + base, "end": mapoff(sp["end"] - 1) + 1 + base})
        for ng in other.negs:
            self.negs.append({**ng, "start": mapoff(ng["start"]) + base, "end": mapoff(ng["end"] - 1) + 1 + base})

    @property
    def text(self):
        return "".join(self.parts)


def render(tpl, rng, lang, half, cache, typo_p=0.0, used=None):
    """Render template string into a Doc. cache: dict shared within one message (for $key#n)."""
    d = Doc()
    pos = 0
    segs = []
    for m in TOKEN.finditer(tpl):
        segs.append(("lit", tpl[pos:m.start()]))
        segs.append(("tok", m.group(1), m.group(2)))
        pos = m.end()
    segs.append(("lit", tpl[pos:]))
    lit_idx = [i for i, s in enumerate(segs) if s[0] == "lit" and len(s[1]) > 6]
    if lit_idx and rng.random() < typo_p:
        i = rng.choice(lit_idx)
        segs[i] = ("lit", typo(rng, segs[i][1]))
    for s in segs:
        if s[0] == "lit":
            d.lit(s[1])
            continue
        key, rep = s[1], s[2]
        ck = (key, rep) if rep else None
        if key in LABELS:
            typ, fn = LABELS[key]
            val = cache[ck] if ck and ck in cache else fn(rng, lang, half)
            if ck:
                cache[ck] = val
            d.add(val, label=typ)
            if used is not None:
                used.add(typ)
        elif key in NEGS:
            kind, fn = NEGS[key]
            val = cache[ck] if ck and ck in cache else fn(rng, lang, half)
            if ck:
                cache[ck] = val
            if isinstance(val, tuple):
                d.lit(val[0])
                val = val[1]
            d.add(val, neg=kind)
        elif key in FILLERS:
            val = cache[ck] if ck and ck in cache else FILLERS[key](rng, lang, half)
            if ck:
                cache[ck] = val
            d.lit(val)
        else:
            raise KeyError(f"unknown token ${key} in template: {tpl[:60]!r}")
    return d
