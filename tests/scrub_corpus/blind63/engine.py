"""Template rendering with offset tracking.

Markup inside templates:
  [type]  [type:variant]  [type@key]  [type:variant@key]   -> labelled span (key reuses the same value)
  <kind>  <kind:variant>                                     -> hard negative
  {pool}                                                     -> unlabelled filler (names, brands, ...)
"""
import re
import values as V
import negs as N

TOK = re.compile(r"\[(\w+)(?::(\w+))?(?:@(\w+))?\]|<(\w+)(?::(\w+))?>|\{(\w+)\}")

SPAN_TYPES = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn",
              "email", "phone", "address", "date_of_birth", "customer_number", "card_expiry", "ip_address"}


def split_groups(block):
    return [t.strip("\n") for t in block.split("\n~~\n") if t.strip()]


class Ctx:
    def __init__(self, rng, lang, fillers, sector):
        self.rng, self.lang, self.fillers, self.sector = rng, lang, fillers, sector
        self.store = {}
        self.fixed = {}
        self.used_types = set()

    def filler(self, name):
        if name in self.fixed:
            return self.fixed[name]
        if name == "brand":
            v = self.rng.choice(self.fillers["brand"][self.sector])
            self.fixed[name] = v
            return v
        if name in ("name", "agent", "surname", "fullname"):
            if name == "fullname":
                v = self.filler("name") + " " + self.filler("surname")
            else:
                v = self.rng.choice(self.fillers[name])
            self.fixed[name] = v
            return v
        pool = self.fillers[name]
        return self.rng.choice(pool)


def render(tpl, ctx):
    """Return list of pieces (text, kind, label); kind in lit/span/neg."""
    out = []
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], "lit", None))
        st, sv, sk, nk, nv, fp = m.groups()
        if st:
            if sk and (st, sk) in ctx.store:
                val = ctx.store[(st, sk)]
            else:
                if st in V.ALIAS:
                    real, fn = V.ALIAS[st]
                    val = fn(ctx.rng, ctx.lang, sv)
                else:
                    val = V.GEN[st](ctx.rng, ctx.lang, sv)
                if sk:
                    ctx.store[(st, sk)] = val
            lab = V.ALIAS[st][0] if st in V.ALIAS else st
            assert lab in SPAN_TYPES, lab
            out.append((val, "span", lab))
        elif nk:
            out.append((N.NEG[nk](ctx.rng, ctx.lang, nv), "neg", nk))
        else:
            out.append((ctx.filler(fp), "lit", None))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], "lit", None))
    return out


def quote(pieces, prefix="> "):
    res = [(prefix, "lit", None)]
    for t, k, l in pieces:
        if k == "lit":
            res.append((t.replace("\n", "\n" + prefix), k, l))
        else:
            assert "\n" not in t
            res.append((t, k, l))
    return res


KEYB = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "t": "r", "s": "d", "r": "t", "l": "k", "u": "y"}


def typo_word(rng, w):
    if len(w) < 4:
        return w
    i = rng.randint(1, len(w) - 2)
    op = rng.randint(0, 3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    return w[:i] + KEYB.get(c, c) + w[i + 1:]


WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def add_typos(rng, pieces, rate):
    out = []
    for t, k, l in pieces:
        if k == "lit" and rate > 0:
            t = WORD.sub(lambda m: typo_word(rng, m.group(0)) if rng.random() < rate else m.group(0), t)
        out.append((t, k, l))
    return out


def compile_pieces(pieces):
    text, spans, negs = [], [], []
    pos = 0
    for t, k, l in pieces:
        if k == "span":
            spans.append({"type": l, "start": pos, "end": pos + len(t)})
        elif k == "neg":
            negs.append({"kind": l, "start": pos, "end": pos + len(t)})
        text.append(t)
        pos += len(t)
    return "".join(text), spans, negs
