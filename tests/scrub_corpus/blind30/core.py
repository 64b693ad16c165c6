"""Template parsing, dealing into halves, rendering with span bookkeeping, self-checks."""
import re
import values as V

MARK = re.compile(r"<<([!~]?)([a-z_0-9]+)(?:\|([a-z_0-9]+))?>>")
SPAN_TYPES = ["password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
              "card_expiry", "email", "phone", "address", "date_of_birth", "ip_address", "customer_number"]
HIGH = set(SPAN_TYPES[:12])
NEG_KINDS = ["amount", "company_phone", "company_registration", "date", "time", "year", "error_code", "flight_number", "hashtag",
             "mention", "invoice_number", "order_number", "ticket_number", "tracking_number", "request_id", "meter_reading",
             "model_number", "product_code", "version_string", "percentage", "quantity", "url", "masked_value", "port", "checksum"]
PRIVATE = ["whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"]
PUBLIC = ["x_public", "instagram_comment", "facebook_comment"]


def parse(lang_key, blob):
    """Return list of dicts {id, lang_key, group, reg, text}."""
    out, group, reg, buf = [], None, None, []

    def flush():
        t = "\n".join(buf).strip("\n")
        if t.strip():
            out.append({"group": group, "reg": reg, "text": t, "lang_key": lang_key})
        buf.clear()

    for line in blob.split("\n"):
        if line.startswith("@ "):
            flush()
            _, group, reg = line.split()
        elif line.strip() == "--":
            flush()
        else:
            buf.append(line)
    flush()
    for i, t in enumerate(out):
        t["id"] = "%s/%s/%d" % (lang_key, t["group"], i)
        for m in MARK.finditer(t["text"]):
            if m.group(1) == "" and m.group(2) not in SPAN_TYPES:
                raise ValueError("unknown span type %r in %s" % (m.group(2), t["id"]))
            if m.group(1) == "!" and m.group(2) not in NEG_KINDS:
                raise ValueError("unknown negative %r in %s" % (m.group(2), t["id"]))
    return out


def deal(templates):
    """Deal each (lang_key, group) list alternately into half 0 / half 1."""
    halves = ([], [])
    groups = {}
    for t in templates:
        groups.setdefault((t["lang_key"], t["group"]), []).append(t)
    for gi, (k, lst) in enumerate(sorted(groups.items())):
        for i, t in enumerate(lst):
            halves[(i + gi) % 2].append(t)
    return halves


def deal_list(lst):
    return lst[0::2], lst[1::2]


# ------------------------------------------------------------------ styling of literal text
WORD = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def typo(rng, s, p):
    def f(m):
        w = m.group(0)
        if rng.random() >= p:
            return w
        i = rng.randint(1, len(w) - 2)
        k = rng.random()
        if k < 0.45:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if k < 0.8:
            return w[:i] + w[i + 1:]
        return w[:i] + w[i] + w[i:]
    return WORD.sub(f, s)


def style(rng, s, st):
    if st["typo"]:
        s = typo(rng, s, st["typo"])
    if st["case"] == "lower":
        t = s.lower()
        s = t if len(t) == len(s) else s
    elif st["case"] == "upper":
        t = s.upper()
        s = t if len(t) == len(s) else s
    if st["nopunct"]:
        s = s.replace(". ", " ").replace(", ", " ").replace("?", "").replace("!", "")
    return s


class Ctx:
    def __init__(self, rng, lang, pools, st):
        self.rng, self.lang, self.pools, self.st = rng, lang, pools, st
        self.last = {}
        self.fill = {}

    def filler(self, name):
        if name == "emoji":
            return self.rng.choice(["🙏", "😭", "😡", "🤬", "😱", "🙄", "😩", "👍", "❤️", "😬", "🤦‍♀️", "🆘", "‼️"])
        if name not in self.fill:
            pool = self.pools[name.rstrip("0123456789")]
            self.fill[name] = self.rng.choice(pool)
        return self.fill[name]

    def value(self, typ, shape):
        rng, lang = self.rng, self.lang
        if shape == "again" and typ in self.last:
            return self.last[typ]
        if shape == "typo" and typ in self.last:
            v = self.last[typ]
            idx = [i for i in range(len(v) - 1) if v[i].isdigit() and v[i + 1].isdigit() and v[i] != v[i + 1]]
            if idx:
                i = rng.choice(idx)
                return v[:i] + v[i + 1] + v[i] + v[i + 2:]
        if shape in ("again", "typo"):
            shape = None
        if typ == "address":
            v = V.v_address(rng, lang, self.filler("street"), self.filler("city"), shape)
        elif typ in ("email", "username"):
            v = getattr(V, "v_" + typ)(rng, lang, shape, name=self.filler("name"))
        else:
            v = getattr(V, "v_" + typ)(rng, lang, shape)
        self.last[typ] = v
        return v


def render(tid, text, ctx):
    """Render one template; returns (text, spans, negs) with spans carrying the template id."""
    out, spans, negs, pos = [], [], [], 0
    i = 0
    for m in MARK.finditer(text):
        lit = style(ctx.rng, text[i:m.start()], ctx.st)
        out.append(lit)
        pos += len(lit)
        kind, name, shape = m.groups()
        if kind == "~":
            v = ctx.filler(name)
        elif kind == "!":
            v = V.n_value(ctx.rng, ctx.lang, name)
            negs.append({"kind": name, "start": pos, "end": pos + len(v)})
        else:
            v = ctx.value(name, shape)
            spans.append({"type": name, "start": pos, "end": pos + len(v), "tid": tid})
        out.append(v)
        pos += len(v)
        i = m.end()
    lit = style(ctx.rng, text[i:], ctx.st)
    out.append(lit)
    return "".join(out), spans, negs


def compose(parts, ctx, seps):
    text, spans, negs = "", [], []
    for k, (tid, tpl) in enumerate(parts):
        t, s, n = render(tid, tpl, ctx)
        off = len(text)
        for x in s + n:
            x["start"] += off
            x["end"] += off
        spans += s
        negs += n
        text += t + (seps[k] if k < len(seps) else "")
    return text, spans, negs


# ------------------------------------------------------------------ self-check
def check(rec):
    t = rec["text"]
    allr = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        lab = s.get("type") or s.get("kind")
        assert 0 <= a < b <= len(t), (rec["id"], s)
        v = t[a:b]
        assert v == v.strip() and v.strip(), (rec["id"], lab, repr(v))
        allr.append((a, b, lab))
        if s.get("type") == "card":
            d = "".join(c for c in v if c.isdigit())
            assert 13 <= len(d) <= 19 and V.luhn_ok(d), (rec["id"], v)
        if s.get("type") == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if s.get("type") == "bsn":
            assert V.bsn_ok(v), (rec["id"], v)
    allr.sort()
    for (a1, b1, l1), (a2, b2, l2) in zip(allr, allr[1:]):
        assert b1 <= a2, ("overlap", rec["id"], l1, l2, t[a1:b1], t[a2:b2])
    assert rec["channel"] in PRIVATE + PUBLIC + ["email", "agent_reply"]
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC else "private")
    assert rec["lang"] in ("nl", "nl-be", "fr-be", "en-gb", "en-us")
