"""Core helpers for the blind24 corpus generator: values, rendering, quoting, checks.

Standard library only.  Every value generator takes a random.Random so that the
output is fully determined by the seed.
"""
import re
import string

SPAN_TYPES = [
    "password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token",
    "card", "cvv", "iban", "bsn", "card_expiry", "email", "phone", "address",
    "date_of_birth", "ip_address", "customer_number",
]
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key",
             "token", "card", "cvv", "iban", "bsn"}
NEG_KINDS = [
    "amount", "company_phone", "company_registration", "date", "time", "year",
    "error_code", "flight_number", "hashtag", "mention", "invoice_number",
    "order_number", "ticket_number", "tracking_number", "request_id",
    "meter_reading", "model_number", "product_code", "version_string",
    "percentage", "quantity", "url", "masked_value", "port", "checksum",
]

# ---------------------------------------------------------------- checksums

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return payload + str((10 - s % 10) % 10)


def iban_ok(text):
    t = re.sub(r"[\s.\-]", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", t):
        return False
    r = t[4:] + t[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def bsn_ok(d):
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0


def rrn_ok(d):
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    if 97 - base % 97 == chk:
        return True
    return 97 - int("2" + d[:9]) % 97 == chk


def ean13(payload12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(payload12))
    return payload12 + str((10 - s % 10) % 10)

# ---------------------------------------------------------------- segments

class Seg:
    """Text with labelled spans and negatives; offsets are relative to text."""

    def __init__(self, text="", spans=None, negs=None):
        self.text = text
        self.spans = list(spans or [])   # (type, start, end, src)
        self.negs = list(negs or [])     # (kind, start, end, src)

    def add(self, other):
        if isinstance(other, str):
            self.text += other
            return self
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, src) for t, s, e, src in other.spans]
        self.negs += [(t, s + off, e + off, src) for t, s, e, src in other.negs]
        return self

    def span(self, typ, value, src):
        s = len(self.text)
        self.text += value
        self.spans.append((typ, s, len(self.text), src))
        return self

    def neg(self, kind, value, src):
        s = len(self.text)
        self.text += value
        self.negs.append((kind, s, len(self.text), src))
        return self


def cat(*parts):
    out = Seg()
    for p in parts:
        out.add(p)
    return out


def join(parts, sep):
    out = Seg()
    for i, p in enumerate(parts):
        if i:
            out.add(sep)
        out.add(p)
    return out


def quote(seg, prefix="> "):
    """Prefix every line with prefix (empty lines get prefix.rstrip())."""
    if seg.text == "":
        return Seg(prefix.rstrip())
    new = []
    mp = []
    pos = 0
    at_line_start = True
    for ch in seg.text:
        if at_line_start:
            p = prefix if ch != "\n" else prefix.rstrip()
            new.append(p)
            pos += len(p)
        mp.append(pos)
        new.append(ch)
        pos += 1
        at_line_start = ch == "\n"
    spans = [(t, mp[s], mp[e - 1] + 1, src) for t, s, e, src in seg.spans]
    negs = [(t, mp[s], mp[e - 1] + 1, src) for t, s, e, src in seg.negs]
    return Seg("".join(new), spans, negs)


# ---------------------------------------------------------------- self-check

def check_record(rec):
    text = rec["text"]
    errs = []
    items = [("span", s["type"], s["start"], s["end"]) for s in rec["spans"]]
    items += [("neg", n["kind"], n["start"], n["end"]) for n in rec["negatives"]]
    for what, typ, s, e in items:
        if not (0 <= s < e <= len(text)):
            errs.append("%s %s out of range %d-%d" % (what, typ, s, e))
            continue
        v = text[s:e]
        if v != v.strip():
            errs.append("%s %s has surrounding white space: %r" % (what, typ, v))
        if what == "span" and typ not in SPAN_TYPES:
            errs.append("unknown span type %s" % typ)
        if what == "neg" and typ not in NEG_KINDS:
            errs.append("unknown negative kind %s" % typ)
        if what == "span" and typ == "card":
            d = re.sub(r"\D", "", v)
            if not (13 <= len(d) <= 19 and luhn_ok(d)):
                errs.append("card fails Luhn: %r" % v)
        if what == "span" and typ == "iban" and not iban_ok(v):
            errs.append("iban fails mod-97: %r" % v)
        if what == "span" and typ == "bsn":
            d = re.sub(r"\D", "", v)
            if not (bsn_ok(d) or rrn_ok(d)):
                errs.append("bsn/rrn fails check: %r" % v)
    ordered = sorted((s, e, typ) for _, typ, s, e in items)
    for (s1, e1, t1), (s2, e2, t2) in zip(ordered, ordered[1:]):
        if s2 < e1:
            errs.append("overlap %s %d-%d with %s %d-%d" % (t1, s1, e1, t2, s2, e2))
    return errs

# ---------------------------------------------------------------- template rendering

PH = re.compile(r"\{\{|\}\}|\{([!$=~%]?)([a-z_0-9]+)(?::([a-z0-9_]+))?(?:@([a-z0-9]+))?\}")


def render(tpl, ctx, src):
    """Render a template string into a Seg.

    {type[:variant][@tag]}   labelled span of type
    {=tag} / {~tag}          the tagged value again / a near miss of it (same type)
    {%tag}                   masked form of the tagged value (negative masked_value)
    {!kind[:variant]}        hard negative
    {$field[@tag]}           filler text, not labelled (names, cities, brands, SSID)
    {{ and }}                literal braces
    """
    out = Seg()
    pos = 0
    # single-letter tags are local to one template; longer tags (ce, cp, ca ...)
    # live for the whole message so that a signature repeats the same values
    for k in [k for k in ctx.tags if len(k) == 1]:
        del ctx.tags[k]
    for m in PH.finditer(tpl):
        out.add(tpl[pos:m.start()])
        pos = m.end()
        tok = m.group(0)
        if tok == "{{":
            out.add("{")
            continue
        if tok == "}}":
            out.add("}")
            continue
        sig, name, var, tag = m.groups()
        if sig == "":
            if name not in SPAN_TYPES:
                raise ValueError("unknown span type %r in %s" % (name, src))
            if tag and tag in ctx.tags and ctx.tags[tag][0] == name:
                v = ctx.tags[tag][1]
            else:
                v = ctx.value(name, var)
            if tag:
                ctx.tags[tag] = (name, v)
            out.span(name, v, src)
        elif sig == "=":
            typ, v = ctx.tags[name]
            out.span(typ, v, src)
        elif sig == "~":
            typ, v = ctx.tags[name]
            out.span(typ, ctx.near(v), src)
        elif sig == "%":
            typ, v = ctx.tags[name]
            out.neg("masked_value", ctx.mask(typ, v), src)
        elif sig == "!":
            if name not in NEG_KINDS:
                raise ValueError("unknown negative kind %r in %s" % (name, src))
            out.neg(name, ctx.negval(name, var), src)
        elif sig == "$":
            v = ctx.fill(name, var)
            if tag:
                ctx.tags[tag] = ("$", v)
            out.add(v)
    out.add(tpl[pos:])
    return out


def primary_type(tpl):
    for m in PH.finditer(tpl):
        sig, name = m.group(1), m.group(2)
        if sig == "" and name:
            return name
    return "none"
