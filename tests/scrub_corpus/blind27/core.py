"""Conversation builder and renderers for the blind27 corpus."""
import re
import string

import values as V
import negs as NG
import lists as L
import phrases_nl
import phrases_fr
import phrases_en
from neglines import NEGLINES, SECTOR_KINDS

# ------------------------------------------------------------------ phrase banks
def _wrap(tag, d):
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out[k] = {kk: (tag + ":" + k + ":" + kk, vv) for kk, vv in v.items()}
        else:
            out[k] = (tag + ":" + k, v)
    return out


BANK = {"nl": _wrap("nl", phrases_nl.P), "fr-be": _wrap("fr", phrases_fr.P), "en": _wrap("en", phrases_en.P)}
_be = _wrap("nlbe", phrases_nl.BE)
NLBE = dict(BANK["nl"])
for k in ("roles", "ans", "stall", "close_c", "close_a", "public", "open"):
    NLBE[k] = _be[k]
NLBE["ask"] = dict(BANK["nl"]["ask"]); NLBE["ask"].update(_be["ask_over"])
NLBE["vol"] = dict(BANK["nl"]["vol"]); NLBE["vol"].update(_be["vol_over"])
BANK["nl-be"] = NLBE
for _f, _b in (("nl", BANK["nl"]), ("fr", BANK["fr-be"]), ("en", BANK["en"])):
    _b["negline"] = {k: ("neg:%s:%s" % (_f, k), v) for k, v in NEGLINES[_f].items()}
BANK["nl-be"]["negline"] = BANK["nl"]["negline"]
BANK["en-gb"] = BANK["en"]
BANK["en-us"] = BANK["en"]

TAG = re.compile(r"\{(V|W|M|P1|P2|BRAND|AGENT|FIRST|LAST|NAME|SSID|H|CITY|S:[a-z_]+|N:[a-z_]+)\}")

COUNTRY = {"nl": "NL", "nl-be": "BE", "fr-be": "BE", "en-gb": "GB", "en-us": "US"}
DOMAIN_TLD = {"NL": "nl", "BE": "be", "GB": "co.uk", "US": "com"}
CHECKSUM_TYPES = ("card", "iban", "bsn")
SPLITTABLE = ("phone", "customer_number", "otp", "wifi_key", "api_key", "token", "address")
CORRECTABLE = ("pin", "otp", "phone", "customer_number", "date_of_birth", "password", "puk", "cvv", "card_expiry", "username")
DICTABLE = ("pin", "otp", "puk", "phone", "cvv", "customer_number")


def sub(lst, half):
    return [(i, x) for i, x in enumerate(lst) if i % 2 == half]


class Ctx:
    def __init__(self, rng, half, lang, sector, nospan):
        self.rng, self.half, self.lang, self.sector, self.nospan = rng, half, lang, sector, nospan
        self.fam = V.fam(lang)
        self.B = BANK[lang]
        self.country = COUNTRY[lang]
        if sector == "dev":
            self.brand = self.choice(L.DEV_BRANDS)
        else:
            self.brand = self.choice(L.BRANDS[self.country][sector])
        self.domain = V.slug(self.brand) + "." + ("com" if sector == "dev" else DOMAIN_TLD[self.country])
        self.handle = V.slug(self.brand).capitalize() + rng.choice(["", "care", "_NL" if self.country == "NL" else "_help", "Support", "webcare"])
        self.first = self.choice(L.FIRST[lang])
        self.last = self.choice(L.LAST[lang])
        self.agent = self.choice(L.AGENTS[lang])
        self.agent_last = self.choice(L.LAST[lang])
        self.city, self.cityc = self.choice(L.CITIES[lang])
        self.street = self.choice(L.STREETS[lang])
        self.ssid = rng.choice([V.slug(self.brand)[:6].capitalize() + V.rs(rng, string.digits, 7),
                                V.slug(self.brand).upper()[:5] + "-" + V.rs(rng, "0123456789ABCDEF", 4),
                                V.slug(self.brand)[:7] + "-5G-" + V.rs(rng, string.digits, 3),
                                "H369A" + V.rs(rng, "0123456789ABCDEF", 6), "FRITZ!Box " + V.rs(rng, string.digits, 4) + " " + rng.choice(["HX", "ZV", "KL"])])
        self.vals = {}
        self.dob = V.dob_tuple(rng)
        self.network = None
        self.used_ph = []

    # -- picking with the split rule
    def choice(self, lst):
        return self.rng.choice([x for _, x in sub(lst, self.half)])

    def pick(self, entry):
        gid, lst = entry
        i, x = self.rng.choice(sub(lst, self.half))
        return "%s:%d" % (gid, i), x

    def bank(self, *path):
        e = self.B
        for p in path:
            e = e[p]
        return self.pick(e)

    def has(self, *path):
        e = self.B
        for p in path:
            if p not in e:
                return False
            e = e[p]
        return True

    # -- values
    def gen(self, t):
        r, lang = self.rng, self.lang
        if t == "card":
            v, self.network = V.card(r)
            return v
        if t == "cvv":
            return V.cvv(r, self.network or "visa")
        if t == "card_expiry":
            return V.card_expiry(r, lang)
        if t == "iban":
            c = {"NL": ["NL"] * 8 + ["DE"], "BE": ["BE"] * 8 + ["FR", "LU"], "GB": ["GB"] * 6 + ["NL", "DE"], "US": ["DE", "GB", "NL", "FR"]}[self.country]
            return V.iban(r, r.choice(c))
        if t == "bsn":
            return V.rrn(r, self.dob) if self.country == "BE" else V.bsn(r)
        if t == "date_of_birth":
            return V.fmt_dob(r, lang, self.dob)
        if t == "phone":
            return V.phone(r, lang)
        if t == "email":
            e = V.email(r, lang, self.first, self.last)
            if r.random() < 0.1:
                e = V.obfuscate_email(r, e, lang)
            return e
        if t == "address":
            return self.address(multiline=False)
        if t == "password":
            return V.password(r, lang) if r.random() < 0.8 else V.temp_password(r)
        if t == "pin":
            return V.pin(r)
        if t == "puk":
            return V.puk(r)
        if t == "otp":
            return V.otp(r)
        if t == "wifi_key":
            return V.wifi_key(r, lang)
        if t == "username":
            return V.username(r, self.first, self.last)
        if t == "api_key":
            return V.api_key(r)[0]
        if t == "token":
            return V.token(r)[0]
        if t == "ip_address":
            return V.ip_address(r)
        if t == "customer_number":
            return V.customer_number(r, self.brand)
        raise KeyError(t)

    def val(self, t):
        if t not in self.vals:
            self.vals[t] = self.gen(t)
        return self.vals[t]

    def address(self, multiline=False):
        r, lang = self.rng, self.lang
        if getattr(self, 'addr_parts', None):
            a, b = self.addr_parts
            return self.fmt_addr(a, b, multiline)
        nr = str(r.randint(1, 220))
        if lang == "nl":
            nr += r.choice(["", "", "", "a", "-2", " B", "-hs"])
            pc = "%s%02d %s" % (self.cityc, r.randint(0, 99), r.choice(["AB", "CD", "EK", "GH", "JL", "KM", "NP", "RT", "VX", "XZ", "BW"]))
            a, b = "%s %s" % (self.street, nr), "%s %s" % (pc if r.random() < 0.8 else pc.replace(" ", ""), self.city)
        elif lang == "nl-be":
            nr += r.choice(["", "", " bus 3", "/2", "A"])
            a, b = "%s %s" % (self.street, nr), "%s %s" % (self.cityc, self.city)
        elif lang == "fr-be":
            nr += r.choice(["", "", " bte 2", "/1", "A"])
            a, b = ("%s %s" % (self.street, nr)) if r.random() < 0.8 else ("%s, %s" % (nr, self.street)), "%s %s" % (self.cityc, self.city)
        elif lang == "en-gb":
            pc = "%s%d %d%s" % (self.cityc, r.randint(1, 19), r.randint(1, 9), r.choice(["QD", "AB", "XE", "HT", "LN", "DW", "PR", "JU"]))
            flat = r.choice(["", "", "", "Flat 3, ", "2 "])
            a, b = "%s%s %s" % (flat if flat != "2 " else "", nr, self.street), "%s %s" % (self.city, pc)
        else:
            st, zp = self.cityc.split()
            a = "%s %s" % (nr + str(r.randint(0, 9)), self.street) + r.choice(["", "", ", Apt 4B", " #12"])
            b = "%s, %s %s%02d" % (self.city, st, zp, r.randint(0, 99))
        self.addr_parts = (a, b)
        return self.fmt_addr(a, b, multiline)

    def fmt_addr(self, a, b, multiline):
        r = self.rng
        if r.random() < 0.12:
            return a
        if multiline:
            return a + "\n" + b
        v = a + r.choice([", ", ", ", " ", "  "[:1] + ""]) + b
        if r.random() < 0.1:
            v = v.lower()
        return v

    def plain(self, tag):
        return {"BRAND": self.brand, "AGENT": self.agent, "FIRST": self.first, "LAST": self.last,
                "NAME": self.first + " " + self.last, "SSID": self.ssid, "H": self.handle, "CITY": self.city}[tag]

    def neg(self, kind):
        r, lang = self.rng, self.lang
        if kind == "mention":
            return "@" + self.handle
        if kind == "company_phone":
            return V.company_phone(self.brand, lang)
        if kind == "url":
            return NG.url(r, lang, self.domain)
        if kind == "masked_value":
            return NG.masked(r, "card", self.val("card") if not self.nospan else V.card(r)[0])
        return NG.GEN[kind](r, lang)


# ------------------------------------------------------------------ segments
def fill(tpl, ctx, ph, cur=None):
    """Return a list of (text, label) segments; label None | ('s', type, ph) | ('n', kind)."""
    segs, pos = [], 0
    for m in TAG.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        tag = m.group(1)
        if tag in ("V", "W", "P1", "P2"):
            key = {"V": "v", "W": "w", "P1": "p1", "P2": "p2"}[tag]
            segs.append((cur[key], ("s", cur["t"], ph)))
        elif tag == "M":
            if cur is not None:
                segs.append((NG.masked(ctx.rng, cur["t"], cur["v"]), ("n", "masked_value")))
            else:
                segs.append((ctx.neg("masked_value"), ("n", "masked_value")))
        elif tag.startswith("S:"):
            t = tag[2:]
            segs.append((ctx.val(t), ("s", t, ph)))
        elif tag.startswith("N:qty_"):
            segs.append((NG.quantity_flavour(ctx.rng, ctx.lang, tag[6:]), ("n", "quantity")))
        elif tag.startswith("N:"):
            segs.append((ctx.neg(tag[2:]), ("n", tag[2:])))
        else:
            segs.append((ctx.plain(tag), None))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def has_span(segs):
    return any(l and l[0] == "s" for _, l in segs)


def typo(rng, segs, p):
    out = []
    for t, l in segs:
        if l is None and rng.random() < p:
            words = [m for m in re.finditer(r"[A-Za-zéèà]{5,}", t)]
            if words:
                m = rng.choice(words)
                w = m.group(0)
                i = rng.randint(1, len(w) - 3)
                op = rng.random()
                if op < 0.5:
                    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
                elif op < 0.8:
                    w2 = w[:i] + w[i + 1:]
                else:
                    w2 = w[:i] + w[i] + w[i:]
                t = t[:m.start()] + w2 + t[m.end():]
        out.append((t, l))
    return out


def recase(rng, segs, mode):
    if any(l and l[0] == "s" and l[1] in ("api_key", "token", "password", "wifi_key") for _, l in segs):
        return segs
    f = str.lower if mode == "lower" else str.upper
    out = []
    for t, l in segs:
        t2 = f(t)
        out.append((t2 if len(t2) == len(t) else t, l))
    return out


# ------------------------------------------------------------------ value variants
def wrong_of(rng, v):
    idx = [i for i, c in enumerate(v) if c.isalnum()]
    if len(idx) < 2:
        return v + "1"
    for _ in range(20):
        j = rng.randrange(len(idx) - 1)
        a, b = idx[j], idx[j + 1]
        if v[a] != v[b]:
            return v[:a] + v[b] + v[a + 1:b] + v[a] + v[b + 1:]
    i = idx[-1]
    c = v[i]
    n = str((int(c) + 1) % 10) if c.isdigit() else ("x" if c != "x" else "y")
    return v[:i] + n + v[i + 1:]


def dictate(rng, v, lang):
    words = V.digits_spelled(v, lang)
    st = rng.random()
    if st < 0.4:
        return " ".join(words)
    if st < 0.6:
        return "-".join(words)
    if st < 0.85:
        return " ".join(c for c in v if c.isdigit())
    return ", ".join(words)


def split_value(rng, v, t):
    if t == "address":
        if ", " in v:
            i = v.index(", ")
            return v[:i], v[i + 2:]
        return None
    if " " in v and t in ("phone", "customer_number", "otp"):
        parts = v.split(" ")
        k = max(1, len(parts) // 2)
        return " ".join(parts[:k]), " ".join(parts[k:])
    if len(v) < 6:
        return None
    k = len(v) // 2 + rng.randint(-1, 1)
    a, b = v[:k].strip(), v[k:].strip()
    if not a or not b:
        return None
    return a, b


# ------------------------------------------------------------------ conversation
TYPE_W = {
    "telecom": {"customer_number": 3, "date_of_birth": 2, "phone": 2, "email": 1, "address": 2, "pin": 2, "puk": 2, "otp": 2,
                "wifi_key": 2.5, "password": 2, "username": 1, "ip_address": 1, "iban": 1, "bsn": 0.5},
    "energy": {"customer_number": 4, "address": 3, "date_of_birth": 2, "iban": 2, "email": 2, "phone": 1.5, "otp": 1,
               "username": 1, "password": 0.7, "bsn": 0.7},
    "banking": {"card": 3, "cvv": 2, "card_expiry": 2, "iban": 2, "pin": 2, "otp": 2, "username": 2, "password": 1.2,
                "date_of_birth": 2, "bsn": 2, "customer_number": 1, "phone": 1, "ip_address": 0.5},
    "webshop": {"email": 3, "phone": 2, "address": 3, "card": 2, "cvv": 1.5, "card_expiry": 1.5, "otp": 1.5, "password": 1.5,
                "username": 1, "customer_number": 1, "iban": 1.5},
    "dev": {"api_key": 4, "token": 4, "ip_address": 2, "username": 1, "email": 1, "customer_number": 1, "password": 1, "otp": 0.5},
}


def wchoice(rng, d):
    ks = list(d)
    return rng.choices(ks, weights=[d[k] for k in ks])[0]


class Conv:
    def __init__(self, ctx):
        self.ctx = ctx
        self.turns = []  # (role, segs)

    def add(self, role, segs):
        self.turns.append((role, segs))


def cust(ctx, segs):
    r = ctx.rng
    segs = typo(r, segs, ctx.typo_p)
    if ctx.case_mode and r.random() < 0.7:
        segs = recase(r, segs, ctx.case_mode)
    return segs


def exchange(conv, ctx, t):
    r = ctx.rng
    cur = {"t": t, "v": ctx.val(t)}
    ask_id, ask = ctx.bank("ask", t)
    conv.add("a", fill(ask, ctx, ask_id))
    modes = {"plain": 6, "stall": 1.2}
    if t in SPLITTABLE:
        modes["split"] = 1.2
    if t in CORRECTABLE:
        modes["corr"] = 1.0
    if t in DICTABLE and cur["v"].translate(str.maketrans("", "", " -./+()")).isdigit():
        modes["dict"] = 0.8
    if t in ("pin", "password", "cvv", "otp"):
        modes["refuse"] = 0.8
        modes["warn_after"] = 0.8
    if t == "otp":
        modes["sms"] = 1.5
    mode = wchoice(r, modes)
    if ctx.nospan:
        mode = "refuse"
    if mode == "refuse":
        ref_id, ref = ctx.bank("refuse")
        conv.add("c", cust(ctx, fill(ref, ctx, ref_id)))
        if t in ("pin", "password", "cvv", "otp"):
            w_id, w = ctx.bank("warn", t)
            conv.add("a", fill(w, ctx, w_id))
        return
    if mode == "stall":
        s_id, s = ctx.bank("stall")
        conv.add("c", cust(ctx, fill(s, ctx, s_id)))
        if r.random() < 0.4:
            th_id, th = ctx.bank("thanks")
            conv.add("a", fill(th, ctx, th_id))
    if mode == "split":
        sp = split_value(r, cur["v"], t)
        ap = getattr(ctx, "addr_parts", None)
        if t == "address" and ap and cur["v"].startswith(ap[0]) and len(cur["v"]) > len(ap[0]) + 2:
            sp = (ap[0], cur["v"][len(ap[0]):].lstrip(", ").strip())
        if sp:
            cur["p1"], cur["p2"] = sp
            a_id, a = ctx.bank("split1")
            b_id, b = ctx.bank("split2")
            conv.add("c", cust(ctx, fill(a, ctx, ask_id + "|" + a_id, cur)))
            conv.add("c", cust(ctx, fill(b, ctx, ask_id + "|" + b_id, cur)))
        else:
            mode = "plain"
    if mode == "corr":
        cur["w"] = wrong_of(r, cur["v"])
        a_id, a = ctx.bank("corr1")
        b_id, b = ctx.bank("corr2")
        conv.add("c", cust(ctx, fill(a, ctx, ask_id + "|" + a_id, cur)))
        if r.random() < 0.3:
            conv.add("a", [("?", None)] if r.random() < 0.5 else fill(ctx.bank("thanks")[1], ctx, "x"))
        conv.add("c", cust(ctx, fill(b, ctx, ask_id + "|" + b_id, cur)))
    if mode == "dict":
        cur = dict(cur, v=dictate(r, cur["v"], ctx.lang))
        a_id, a = ctx.bank("dict")
        conv.add("c", cust(ctx, fill(a, ctx, ask_id + "|" + a_id, cur)))
    if mode == "sms":
        a_id, a = ctx.bank("sms")
        seg = fill(a, ctx, ask_id + "|" + a_id, cur)
        lead = r.choice(['"', "", "> ", "Fwd: "])
        conv.add("c", [(lead, None)] + seg + ([('"', None)] if lead == '"' else []))
    if mode in ("plain", "stall", "warn_after"):
        a_id, a = ctx.bank("ans")
        segs = fill(a, ctx, ask_id + "|" + a_id, cur)
        if r.random() < 0.3:
            nl = negline(ctx, cur)
            if r.random() < 0.5:
                segs = segs + [(r.choice([", ", ". ", " - ", "\n", " en ", " / "]), None)] + nl
            else:
                segs = nl + [(r.choice([". ", "\n", ", ", " -- "]), None)] + segs
        conv.add("c", cust(ctx, segs))
    if mode == "warn_after":
        w_id, w = ctx.bank("warn", t)
        conv.add("a", fill(w, ctx, w_id))
        return
    x = r.random()
    if x < 0.16:
        e_id, e = ctx.bank("echo")
        conv.add("a", fill(e, ctx, e_id, {"t": t, "v": ctx.val(t)}))
    elif x < 0.36:
        m_id, m = ctx.bank("mask")
        conv.add("a", fill(m, ctx, m_id, {"t": t, "v": ctx.val(t)}))
    elif x < 0.8:
        th_id, th = ctx.bank("thanks")
        conv.add("a", fill(th, ctx, th_id))


def negline(ctx, cur=None):
    r = ctx.rng
    pool = SECTOR_KINDS[ctx.sector] if r.random() < 0.6 else list(NEGLINES["nl"])
    k = r.choice(pool)
    n_id, n = ctx.bank("negline", k)
    c = cur
    if c is None or "{M}" in n and c["t"] not in ("card", "iban", "phone", "email", "customer_number"):
        c = {"t": "card", "v": V.card(r)[0]}
    return fill(n, ctx, n_id, c)


def volunteer(ctx, t):
    cur = {"t": t, "v": ctx.val(t)}
    v_id, v = ctx.bank("vol", t)
    return fill(v, ctx, v_id, cur)


def build_conversation(ctx, n_ex=None, allow_notes=True):
    r = ctx.rng
    conv = Conv(ctx)
    if r.random() < 0.22:
        b_id, b = ctx.bank("bot")
        conv.add("bot", fill(b, ctx, b_id))
    o_id, o = ctx.bank("open", ctx.sector)
    segs = fill(o, ctx, o_id)
    types = []
    n_ex = n_ex if n_ex is not None else r.choice([1, 1, 2, 2, 2, 3])
    w = dict(TYPE_W[ctx.sector])
    if ctx.lang == "en-us":
        w.pop("bsn", None)
    while len(types) < n_ex:
        t = wchoice(r, w)
        if t not in types:
            types.append(t)
    if not ctx.nospan and r.random() < 0.3:
        t = wchoice(r, w)
        extra = volunteer(ctx, t)
        segs = segs + [(r.choice([". ", ", ", "\n", " - ", ". btw "]), None)] + extra
        if t in types:
            types.remove(t)
    conv.add("c", cust(ctx, segs))
    a_id, a = ctx.bank("ack")
    conv.add("a", fill(a, ctx, a_id))
    if r.random() < 0.35:
        f_id, f = ctx.bank("filler_c")
        conv.add("c", cust(ctx, fill(f, ctx, f_id)))
    elif r.random() < 0.4:
        conv.add("c", cust(ctx, negline(ctx)))
    for t in types:
        exchange(conv, ctx, t)
    if r.random() < 0.5:
        f_id, f = ctx.bank("filler_a")
        conv.add("a", fill(f, ctx, f_id))
    if allow_notes and not ctx.nospan and r.random() < ctx.note_p:
        key = r.choice(["note", "handover"])
        n_id, n = ctx.bank(key)
        conv.add("note", fill(n, ctx, n_id))
    if r.random() < 0.7:
        c_id, c = ctx.bank("close_c")
        conv.add("c", cust(ctx, fill(c, ctx, c_id)))
    if r.random() < 0.6:
        c_id, c = ctx.bank("close_a")
        conv.add("a", fill(c, ctx, c_id))
    return conv
