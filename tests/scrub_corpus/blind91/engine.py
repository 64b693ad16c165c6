"""Rendering engine: template markup -> text + spans + negatives.

Markup inside templates:
  [[type]]              labelled span, generator = values.<type>
  [[type:gen]]          labelled span, generator values.<gen>
  [[type@k]] / [[type:gen@k]]   reuse the value stored under key k (every occurrence labelled)
  [[~kind]]             hard negative, generator values.neg_<kind> (see NEG_DEFAULT)
  [[~kind:gen]]         hard negative, explicit generator; gen may be brand.<field> or $pool
  [[~kind=literal]]     hard negative with a literal value
  [[$pool]]             unlabelled filler from a (half-dealt) pool; [[$pool@k]] reuses
  [[brand.field]]       unlabelled brand field (name)
"""
import re

import values as V

MARK = re.compile(r"\[\[(.+?)\]\]")

NEG_DEFAULT = {
    "date": "neg_date", "time": "neg_time", "amount": "neg_amount", "quantity": "neg_quantity",
    "percentage": "neg_percentage", "year": "neg_year", "order_number": "neg_order",
    "ticket_number": "neg_ticket", "invoice_number": "neg_invoice", "tracking_number": "neg_tracking",
    "request_id": "neg_request", "error_code": "neg_error", "version_string": "neg_version",
    "model_number": "neg_model", "product_code": "neg_product", "flight_number": "neg_flight",
    "company_phone": "brand.phone", "company_registration": "neg_kvk", "url": "brand.url",
    "mention": "brand.handle", "hashtag": "$hashtag", "masked_value": "neg_masked",
    "meter_reading": "neg_meter", "port": "neg_port", "checksum": "neg_checksum",
}
SPAN_TYPES = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv",
              "iban", "bsn", "email", "phone", "address", "date_of_birth", "customer_number",
              "card_expiry", "ip_address"}
NEG_KINDS = set(NEG_DEFAULT)


class Frag:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.negs = []

    def lit(self, s):
        self.parts.append(s)
        self.n += len(s)

    def span(self, typ, v):
        assert typ in SPAN_TYPES, typ
        self.spans.append({"type": typ, "start": self.n, "end": self.n + len(v)})
        self.lit(v)

    def neg(self, kind, v):
        assert kind in NEG_KINDS, kind
        self.negs.append({"kind": kind, "start": self.n, "end": self.n + len(v)})
        self.lit(v)

    def extend(self, other):
        off = self.n
        for s in other.spans:
            self.spans.append({**s, "start": s["start"] + off, "end": s["end"] + off})
        for s in other.negs:
            self.negs.append({**s, "start": s["start"] + off, "end": s["end"] + off})
        self.parts.append(other.text)
        self.n += other.n

    @property
    def text(self):
        return "".join(self.parts)

    def quoted(self, prefix="> "):
        """Return a new Frag where every line is prefixed; offsets remapped."""
        t = self.text
        q = Frag()
        nl_before = [0] * (len(t) + 1)
        c = 0
        for i, ch in enumerate(t):
            nl_before[i] = c
            if ch == "\n":
                c += 1
        nl_before[len(t)] = c
        q.parts = [prefix + t.replace("\n", "\n" + prefix)]
        q.n = len(q.parts[0])
        L = len(prefix)
        for s in self.spans:
            q.spans.append({**s, "start": s["start"] + L * (nl_before[s["start"]] + 1),
                            "end": s["end"] + L * (nl_before[s["start"]] + 1)})
        for s in self.negs:
            q.negs.append({**s, "start": s["start"] + L * (nl_before[s["start"]] + 1),
                           "end": s["end"] + L * (nl_before[s["start"]] + 1)})
        return q


def typo(rng, s, rate):
    if rate <= 0 or not s:
        return s
    out = []
    for w in re.split(r"(\W+)", s):
        if len(w) >= 5 and w.isalpha() and rng.random() < rate:
            i = rng.randrange(1, len(w) - 2)
            k = rng.randrange(3)
            if k == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif k == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return "".join(out)


class Ctx:
    def __init__(self, rng, lang, pools, brand, typo_rate=0.0, lower=False):
        self.rng = rng
        self.lang = lang
        self.pools = pools
        self.brand = brand
        self.typo_rate = typo_rate
        self.lower = lower
        self.memo = {}
        self.used_types = []

    def _gen(self, name):
        if name.startswith("brand."):
            return self.brand[name[6:]]
        if name.startswith("$"):
            pool = self.pools[name[1:]]
            return pool[self.rng.randrange(len(pool))]
        fn = V.GENS[name]
        return fn(self.rng, self.lang)

    def render(self, tpl, frag=None):
        f = frag if frag is not None else Frag()
        pos = 0
        for m in MARK.finditer(tpl):
            self._lit(f, tpl[pos:m.start()])
            self._mark(f, m.group(1))
            pos = m.end()
        self._lit(f, tpl[pos:])
        return f

    def _lit(self, f, s):
        if not s:
            return
        if self.lower:
            s = s.lower()
        f.lit(typo(self.rng, s, self.typo_rate))

    def _mark(self, f, body):
        key = None
        if "@" in body and "=" not in body:
            body, key = body.rsplit("@", 1)
        if body.startswith("~"):
            body = body[1:]
            if "=" in body:
                kind, v = body.split("=", 1)
            else:
                kind, _, gen = body.partition(":")
                gen = gen or NEG_DEFAULT[kind]
                v = self._memo(key, gen)
            f.neg(kind, v)
            return
        if body.startswith("$") or body.startswith("brand."):
            f.lit(self._memo(key, body))
            return
        typ, _, gen = body.partition(":")
        gen = gen or typ
        v = self._memo(key, gen)
        self.used_types.append(typ)
        f.span(typ, v)

    def _memo(self, key, gen):
        if key is None:
            return self._gen(gen)
        if key not in self.memo:
            self.memo[key] = self._gen(gen)
        return self.memo[key]
