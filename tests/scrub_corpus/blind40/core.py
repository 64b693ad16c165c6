"""Value generators, checksums, template renderer and self-check for blind40.

Standard library only. Every generator takes an explicit random.Random.
"""
import re
import string

HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key",
             "token", "card", "cvv", "iban", "bsn"}
SPAN_TYPES = HIGH_RISK | {"card_expiry", "email", "phone", "address", "date_of_birth",
                          "ip_address", "customer_number"}
NEG_KINDS = {"amount", "company_phone", "company_registration", "date", "time", "year",
             "error_code", "flight_number", "hashtag", "mention", "invoice_number",
             "order_number", "ticket_number", "tracking_number", "request_id",
             "meter_reading", "model_number", "product_code", "version_string",
             "percentage", "quantity", "url", "masked_value", "port", "checksum"}

B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UP = string.ascii_uppercase


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n, first_nonzero=False):
    s = rs(rng, string.digits, n)
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0 and len(d) >= 12


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").replace("-", "").replace(".", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country, bban):
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    return f"{country}{chk:02d}{bban}"


def bsn_ok(d):
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def rrn_ok(d):
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return (97 - base % 97) == chk or (97 - int("2" + d[:9]) % 97) == chk


# ---------------------------------------------------------------- spoken digits
WORDS = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "en": "zero one two three four five six seven eight nine".split(),
}


def lang_family(lang):
    return "nl" if lang.startswith("nl") else ("fr" if lang.startswith("fr") else "en")


def spoken(num, lang, rng, sep=None):
    fam = lang_family(lang)
    w = WORDS[fam][:]
    if fam == "en" and rng.random() < 0.4:
        w[0] = "oh"
    if sep is None:
        sep = rng.choice([" ", " ", "-", ", "])
    return sep.join(w[int(c)] for c in num if c.isdigit())


def group(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- template rendering
SLOT = re.compile(r"\{\{|\}\}|\{([!@]?)([a-z_0-9]+)(?::([a-z0-9_]+))?(?:=([a-z0-9]+))?\}")


def parse(tpl):
    """Split a template into ('lit', text) and ('slot', sigil, name, variant, key)."""
    out, pos = [], 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            out.append(("lit", tpl[pos:m.start()]))
        if m.group(0) == "{{":
            out.append(("lit", "{"))
        elif m.group(0) == "}}":
            out.append(("lit", "}"))
        else:
            out.append(("slot", m.group(1), m.group(2), m.group(3), m.group(4)))
        pos = m.end()
    if pos < len(tpl):
        out.append(("lit", tpl[pos:]))
    return out


def slot_types(tpl):
    return {p[2] for p in parse(tpl) if p[0] == "slot" and p[1] == ""}


def render(tpl, filler, lit_fn=None):
    """filler(sigil, name, variant, key) -> str. Returns text, spans, negatives."""
    parts = parse(tpl)
    text, spans, negs = [], [], []
    pos = 0
    for p in parts:
        if p[0] == "lit":
            s = lit_fn(p[1]) if lit_fn else p[1]
            text.append(s)
            pos += len(s)
            continue
        _, sig, name, var, key = p
        val = filler(sig, name, var, key)
        if sig == "":
            spans.append({"type": name, "start": pos, "end": pos + len(val)})
        elif sig == "!":
            negs.append({"kind": name, "start": pos, "end": pos + len(val)})
        text.append(val)
        pos += len(val)
    return "".join(text), spans, negs


# ---------------------------------------------------------------- self-check
def check_record(rec):
    t = rec["text"]
    errs = []
    allr = []
    for lst, key, valid in ((rec["spans"], "type", SPAN_TYPES), (rec["negatives"], "kind", NEG_KINDS)):
        for s in lst:
            a, b = s["start"], s["end"]
            if s[key] not in valid:
                errs.append(f"bad {key} {s[key]}")
            if not (0 <= a < b <= len(t)):
                errs.append(f"out of range {s}")
                continue
            v = t[a:b]
            if v != v.strip():
                errs.append(f"whitespace around {v!r}")
            allr.append((a, b, s[key], v))
            if key == "type":
                d = re.sub(r"\D", "", v)
                if s["type"] == "card" and not luhn_ok(d):
                    errs.append(f"card checksum {v!r}")
                if s["type"] == "iban" and not iban_ok(v):
                    errs.append(f"iban checksum {v!r}")
                if s["type"] == "bsn" and not (bsn_ok(d) or rrn_ok(d)):
                    errs.append(f"bsn checksum {v!r}")
    allr.sort()
    for x, y in zip(allr, allr[1:]):
        if y[0] < x[1]:
            errs.append(f"overlap {x} {y}")
    if errs:
        raise SystemExit(f"SELF-CHECK FAILED {rec['id']}: {errs}\n{t}")
