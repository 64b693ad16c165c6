"""Core of the blind26 generator: checksums, value makers, template engine, self-check.

Standard library only.  Every value maker takes a Ctx and returns either a string or a
tuple (pre, value, post) where pre/post are unlabelled literal text around the value.
"""
import re
import string

# ---------------------------------------------------------------- checksums

def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0 and len(d) >= 12


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "LU": 20, "ES": 24, "IE": 22, "IT": 27}


def iban_ok(s):
    s = re.sub(r"[\s]", "", s).upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    try:
        num = "".join(str(int(c, 36)) for c in r)
    except ValueError:
        return False
    return int(num) % 97 == 1


def iban_from_bban(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


def bsn_ok(d):
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and int(d) > 0


def rrn_ok(d):
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - (2000000000 + base) % 97 == chk


def natid_ok(s):
    d = re.sub(r"\D", "", s)
    return bsn_ok(d) if len(d) == 9 else rrn_ok(d)


def ean13(rng, prefix="87"):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- segments

class Seg:
    __slots__ = ("text", "kind", "type", "tid", "protected")

    def __init__(self, text, kind=None, type_=None, tid=None, protected=False):
        self.text = text
        self.kind = kind          # None | 'span' | 'neg'
        self.type = type_
        self.tid = tid
        self.protected = protected or kind is not None


SLOT_RE = re.compile(r"\{\{(\w+)\}\}|\{([a-z_0-9]+@?)\}")


class Engine:
    """Renders templates into segment lists.  `fillers` maps slot -> (label, fn)
    where label is ('span', type) / ('neg', kind) / None and fn(ctx) -> str | (pre, v, post)
    | list[Seg] (for nested slots)."""

    def __init__(self, fillers):
        self.fillers = fillers

    def render(self, tpl, tid, ctx):
        segs, pos = [], 0
        for m in SLOT_RE.finditer(tpl):
            if m.start() > pos:
                segs.append(Seg(tpl[pos:m.start()]))
            if m.group(1):
                segs.append(Seg("{" + m.group(1) + "}", protected=True))
            else:
                segs.extend(self.fill(m.group(2), tid, ctx))
            pos = m.end()
        if pos < len(tpl):
            segs.append(Seg(tpl[pos:]))
        return segs

    def fill(self, name, tid, ctx):
        reuse = name.endswith("@")
        key = name[:-1] if reuse else name
        if key not in self.fillers:
            raise KeyError("unknown slot %r in template %s" % (key, tid))
        label, fn = self.fillers[key]
        if reuse:
            val = ctx.last[key]
        elif label is None and key in ctx.memo:
            val = ctx.memo[key]
        else:
            val = fn(ctx)
            if isinstance(val, list):
                return val
            if label is None and not getattr(fn, "fresh", False):
                ctx.memo[key] = val
            ctx.last[key] = val
        if isinstance(val, tuple):
            pre, v, post = val
        else:
            pre, v, post = "", val, ""
        out = []
        if pre:
            out.append(Seg(pre))
        if label is None:
            out.append(Seg(v, protected=True))
        else:
            out.append(Seg(v, label[0], label[1], tid))
        if post:
            out.append(Seg(post))
        return out


def assemble(segs):
    text, spans, negs, pos = [], [], [], 0
    for s in segs:
        if s.kind == "span":
            spans.append({"type": s.type, "start": pos, "end": pos + len(s.text), "_tid": s.tid})
        elif s.kind == "neg":
            negs.append({"kind": s.type, "start": pos, "end": pos + len(s.text), "_tid": s.tid})
        text.append(s.text)
        pos += len(s.text)
    return "".join(text), spans, negs


def quote(segs, prefix="> "):
    """Prefix every line with '> '.  Values may not contain newlines here."""
    out = [Seg(prefix)]
    for s in segs:
        if "\n" in s.text:
            if s.kind is not None:
                raise AssertionError("multi-line value in quoted text")
            parts = s.text.split("\n")
            out.append(Seg(parts[0], protected=s.protected))
            for p in parts[1:]:
                out.append(Seg("\n" + prefix))
                if p:
                    out.append(Seg(p, protected=s.protected))
        else:
            out.append(s)
    return out


# ---------------------------------------------------------------- noise on literal text

WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def typo(segs, rng, n=1):
    cands = [i for i, s in enumerate(segs) if not s.protected and WORD_RE.search(s.text)]
    for _ in range(n):
        if not cands:
            return
        i = rng.choice(cands)
        s = segs[i]
        words = [m for m in WORD_RE.finditer(s.text)
                 if not (m.start() > 0 and s.text[m.start() - 1] in "<[{")]
        if not words:
            continue
        m = rng.choice(words)
        w = m.group(0)
        k = rng.randrange(1, len(w) - 1)
        op = rng.random()
        if op < 0.4:
            w2 = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op < 0.7:
            w2 = w[:k] + w[k + 1:]
        else:
            w2 = w[:k] + w[k] + w[k:]
        s.text = s.text[:m.start()] + w2 + s.text[m.end():]


def recase(segs, mode):
    for s in segs:
        if s.protected:
            continue
        t = s.text.lower() if mode == "lower" else s.text.upper()
        if len(t) == len(s.text):
            s.text = t


# ---------------------------------------------------------------- self-check

def self_check(records, split_tids):
    """Fail loudly on any labelling error."""
    seen = set()
    for r in records:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
        t = r["text"]
        pub = r["channel"] in ("x_public", "instagram_comment", "facebook_comment")
        assert r["visibility"] == ("public" if pub else "private"), r["id"]
        items = [("span", s["type"], s["start"], s["end"]) for s in r["spans"]] + \
                [("neg", n["kind"], n["start"], n["end"]) for n in r["negatives"]]
        for kind, typ, a, b in items:
            if not (0 <= a < b <= len(t)):
                raise AssertionError("%s: %s %s out of range" % (r["id"], kind, typ))
            v = t[a:b]
            if v != v.strip():
                raise AssertionError("%s: %s %s has surrounding white space: %r" % (r["id"], kind, typ, v))
            if kind == "span" and typ == "card" and not luhn_ok(v):
                raise AssertionError("%s: card fails Luhn: %r" % (r["id"], v))
            if kind == "span" and typ == "iban" and not iban_ok(v):
                raise AssertionError("%s: iban fails mod-97: %r" % (r["id"], v))
            if kind == "span" and typ == "bsn" and not natid_ok(v):
                raise AssertionError("%s: bsn/rrn fails check: %r" % (r["id"], v))
        iv = sorted((a, b, kind, typ) for kind, typ, a, b in items)
        for x, y in zip(iv, iv[1:]):
            if y[0] < x[1]:
                raise AssertionError("%s: overlap %r %r" % (r["id"], x, y))
        # every occurrence of a labelled value (6+ chars) must itself be labelled
        covered = [(s["start"], s["end"]) for s in r["spans"]]
        for s in r["spans"]:
            v = t[s["start"]:s["end"]]
            if len(v) < 6:
                continue
            for m in re.finditer(re.escape(v), t):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    raise AssertionError("%s: unlabelled repeat of %s %r" % (r["id"], s["type"], v))
        # placeholders are never labelled
        for s in r["spans"]:
            v = t[s["start"]:s["end"]]
            assert not re.fullmatch(r"[\{\[<%].*[\}\]>%]", v), (r["id"], v)
    both = split_tids[0] & split_tids[1]
    if both:
        raise AssertionError("templates shared between halves: %r" % sorted(both)[:5])
