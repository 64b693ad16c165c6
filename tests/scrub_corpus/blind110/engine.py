"""Template renderer with offset tracking, typo injection and self-check."""
import re
import values as V
import pools as P

ALT = re.compile(r"«([^«»]*)»")
PH = re.compile(r"\{([TNF]):([a-z_]+)(?::([a-z0-9_]+))?(?:@(\w+))?\}|\{BODY\}")

LANG_LOC = {"nl": "nl", "nl-be": "be", "fr-be": "bef", "en-gb": "gb", "en-us": "us"}
LANG_KEY = {"nl": "nl", "nl-be": "be", "fr-be": "bef", "en-gb": "en", "en-us": "en"}

POOL_NEG = {"url", "mention", "hashtag", "model_number", "product_code", "company_phone"}


def deal(lst, half):
    return [x for i, x in enumerate(lst) if i % 2 == half]


class Ctx:
    def __init__(self, rng, lang, half, src):
        self.rng, self.lang, self.half, self.src = rng, lang, half, src
        self.loc = LANG_LOC[lang]
        self.memo = {}
        self.person = None

    def pool(self, lst):
        return self.rng.choice(deal(lst, self.half))

    def fill(self, name, var):
        loc = self.loc
        if name == "name":
            return self.pool(P.NAMES[loc])
        if name == "surname":
            return self.pool(P.SURN[loc])
        if name == "fullname":
            return self.pool(P.NAMES[loc]) + " " + self.pool(P.SURN[loc])
        if name == "agent":
            return self.pool(P.AGENTS[loc])
        if name == "city":
            return self.pool(P.CITIES[loc])
        if name == "brand":
            return self.pool(P.BRANDS[var][loc])
        if name == "tax":
            return self.pool(P.TAX[loc])
        if name == "ssid":
            return self.pool(P.SSIDS)
        if name == "plate":
            return self.pool(P.PLATES)
        if name == "initials":
            return self.pool(P.INITIALS)
        raise KeyError(name)

    def span_value(self, typ, var):
        r, loc = self.rng, self.loc
        if typ == "address":
            return V.address(r, loc, var, self.pool(P.STREETS[loc]), self.pool(P.CITIES[loc]))
        return getattr(V, typ)(r, loc, var)

    def neg_value(self, kind, var):
        loc = self.loc
        if kind == "url":
            return self.pool(P.URLS)
        if kind == "mention":
            return self.pool(P.MENTIONS[loc])
        if kind == "hashtag":
            return self.pool(P.HASHTAGS[loc])
        if kind == "model_number":
            return self.pool(P.MODELS)
        if kind == "product_code":
            return self.pool(P.PRODUCTS)
        if kind == "company_phone":
            return self.pool(P.COMPANY_PHONES[loc])
        return V.neg(self.rng, loc, kind, var)


def expand_alts(t, rng):
    while True:
        m = ALT.search(t)
        if not m:
            return t
        t = t[:m.start()] + rng.choice(m.group(1).split("|")) + t[m.end():]


def render(tpl, ctx, body=None, src=None):
    """Return list of segments (text, cls, label, src). cls: None | 'span' | 'neg'."""
    src = src or ctx.src
    t = expand_alts(tpl, ctx.rng)
    segs, pos = [], 0
    for m in PH.finditer(t):
        if m.start() > pos:
            segs.append((t[pos:m.start()], None, None, src))
        pos = m.end()
        if m.group(0) == "{BODY}":
            segs.extend(body or [])
            continue
        k, name, var, key = m.group(1), m.group(2), m.group(3), m.group(4)
        if k == "F":
            segs.append((ctx.fill(name, var), None, None, src))
            continue
        mk = (k, name, key)
        if key and mk in ctx.memo:
            val = ctx.memo[mk]
        else:
            val = ctx.span_value(name, var) if k == "T" else ctx.neg_value(name, var)
            if key:
                ctx.memo[mk] = val
        segs.append((val, "span" if k == "T" else "neg", name, src))
    if pos < len(t):
        segs.append((t[pos:], None, None, src))
    return segs


def quote(segs, prefix="> "):
    out = [(prefix, None, None, None)]
    for text, cls, lab, src in segs:
        if cls is None:
            out.append((text.replace("\n", "\n" + prefix), None, None, src))
        else:
            if "\n" in text:  # multi-line address inside a quote: prefix each line, keep label per line-part
                parts = text.split("\n")
                for i, p in enumerate(parts):
                    if i:
                        out.append(("\n" + prefix, None, None, src))
                    out.append((p, cls, lab, src))
            else:
                out.append((text, cls, lab, src))
    return out


WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(segs, rng, n):
    for _ in range(n):
        lits = [i for i, s in enumerate(segs) if s[1] is None and WORD.search(s[0])]
        if not lits:
            return segs
        i = rng.choice(lits)
        text = segs[i][0]
        ws = list(WORD.finditer(text))
        w = rng.choice(ws)
        s = w.group(0)
        j = rng.randrange(1, len(s) - 1)
        op = rng.choice(["swap", "drop", "dup", "near"])
        if op == "swap":
            s2 = s[:j] + s[j + 1] + s[j] + s[j + 2:]
        elif op == "drop":
            s2 = s[:j] + s[j + 1:]
        elif op == "dup":
            s2 = s[:j] + s[j] + s[j:]
        else:
            near = {"a": "s", "e": "r", "o": "i", "i": "u", "n": "m", "s": "d", "t": "r", "r": "e", "l": "k", "d": "f"}
            s2 = s[:j] + near.get(s[j], s[j]) + s[j + 1:]
        segs[i] = (text[:w.start()] + s2 + text[w.end():],) + segs[i][1:]
    return segs


def assemble(segs):
    text, spans, negs = [], [], []
    pos = 0
    for t, cls, lab, src in segs:
        if cls == "span":
            spans.append({"type": lab, "start": pos, "end": pos + len(t), "_src": src})
        elif cls == "neg":
            negs.append({"kind": lab, "start": pos, "end": pos + len(t), "_src": src})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs


def check(rec):
    text = rec["text"]
    allr = []
    for s in rec["spans"] + rec["negatives"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(text), (rec["id"], s)
        v = text[a:b]
        assert v == v.strip(), (rec["id"], repr(v))
        assert v[0] not in " \n\t,;:" and v[-1] not in " \n\t,;:", (rec["id"], repr(v))
        allr.append((a, b, s.get("type", s.get("kind"))))
    allr.sort()
    for x, y in zip(allr, allr[1:]):
        assert x[1] <= y[0], (rec["id"], x, y, text[x[0]:y[1]])
    for s in rec["spans"]:
        v = text[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif s["type"] == "bsn":
            dg = "".join(c for c in v if c.isdigit())
            assert (len(dg) == 9 and V.bsn_ok(dg)) or (len(dg) == 11 and V.rrn_ok(dg)), (rec["id"], v)
