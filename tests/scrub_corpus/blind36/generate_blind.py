#!/usr/bin/env python3
"""Deterministic generator for the blind36 scrub corpus (telecom / ISP / energy / smart home).

python3 generate_blind.py --seed 20261234   -> writes dev.jsonl and heldout.jsonl beside this file.
Stdlib only. See README.md.
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import values as V  # noqa: E402
import phrases as P  # noqa: E402
import templates_nl, templates_fr, templates_en, bare, extra  # noqa: E402

PREFIX = "b36"
HIGH_RISK = {"password", "pin", "puk", "otp", "wifi_key", "username", "api_key", "token", "card", "cvv", "iban", "bsn"}
PH = re.compile(r"\{([TNF]):([a-z_]+)(?::([A-Za-z_0-9]+))?\}")

LANGKEYS = {  # langkey -> (weight, country choices, lang choices, name pool key)
    "nl": (29, ["NL"], ["nl"], "nl"),
    "nl-be": (12, ["BE"], ["nl-be"], "nl-be"),
    "bxl-nl": (2, ["BE"], ["nl-be"], "nl-be"),
    "fr-be": (17, ["BE"], ["fr-be"], "fr-be"),
    "bxl-fr": (3, ["BE"], ["fr-be"], "fr-be"),
    "en-gb": (14, ["GB"], ["en-gb"], "en"),
    "en-us": (9, ["US"], ["en-us"], "en"),
    "en-x": (14, ["NL", "NL", "BE"], ["en-gb", "en-us"], "en"),
}
FRAME_LANG = {"nl": "nl", "nl-be": "nl-be", "bxl-nl": "nl-be", "fr-be": "fr-be", "bxl-fr": "fr-be", "en-gb": "en", "en-us": "en", "en-x": "en"}
REGISTERS = [("chat", 47), ("email", 26), ("public", 13), ("agent", 11), ("note", 3)]
CHAT_CH = ["whatsapp", "whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"]
PUBLIC_CH = ["x_public", "x_public", "instagram_comment", "facebook_comment"]
EMOJI = [" 🙏", " 😡", " 😅", " 🙄", " 👍", " !!", " 😩", " 🤞", " ...", "?"]


# ------------------------------------------------------------------ loading and split
def load_templates():
    allt = {}
    for mod in (templates_nl, templates_fr, templates_en, bare, extra):
        for key, block in mod.T.items():
            items = [b.strip("\n") for b in re.split(r"\n---\n", block.strip("\n"))]
            allt.setdefault(key, []).extend(i for i in items if i.strip())
    return allt


def split_templates(allt):
    """Deal each group's members alternately to dev (0) and heldout (1); the counter runs
    per (langkey, register) so single-member groups alternate too."""
    halves = [defaultdict(list), defaultdict(list)]
    counter = Counter()
    for key in sorted(allt):
        lk, reg, topic = key
        for i, t in enumerate(allt[key]):
            h = counter[(lk, reg)] % 2
            counter[(lk, reg)] += 1
            tid = f"{lk}/{reg}/{topic}/{i}"
            halves[h][(lk, reg)].append((tid, t))
    return halves


def halfpool(lst, half):
    return lst[half::2]


class Half:
    def __init__(self, half, seed, templates):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.t = templates
        self.brands = {c: halfpool(b, half) for c, b in P.BRANDS.items()}
        self.names = {k: halfpool(v, half) for k, v in P.NAMES.items()}
        self.agents = {k: halfpool(v, half) for k, v in P.AGENTS.items()}
        self.streets = {k: halfpool(v, half) for k, v in P.STREETS.items()}
        self.cities = {k: halfpool(v, half) for k, v in P.CITIES.items()}
        self.ssids = halfpool(P.SSIDS, half)
        fr = lambda d: {k: halfpool(v, half) for k, v in d.items()}
        self.greet, self.close, self.qhdr = fr(P.GREET), fr(P.CLOSE), fr(P.QUOTE_HDR)
        self.subject, self.filler, self.sigx = fr(P.SUBJECT), fr(P.FILLER), fr(P.CUST_SIG_EXTRA)
        self.asig = fr(P.AGENT_SIG)


# ------------------------------------------------------------------ rendering
class Builder:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.negs = []
        self.pos = 0
        self.tids = []

    def lit(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def val(self, s, typ=None, kind=None, tid=None):
        s2 = s.strip()
        lead = len(s) - len(s.lstrip())
        if lead:
            self.lit(s[:lead])
        start = self.pos
        self.parts.append(s2)
        self.pos += len(s2)
        if typ:
            self.spans.append({"type": typ, "start": start, "end": self.pos, "_tid": tid})
        if kind:
            self.negs.append({"kind": kind, "start": start, "end": self.pos})
        trail = s[lead + len(s2):]
        if trail:
            self.lit(trail)

    def text(self):
        return "".join(self.parts)


def noisy(rng, s, style):
    if not s:
        return s
    if style.get("lower"):
        s = s.lower()
    if style.get("caps"):
        s = s.upper()
    if style.get("typo") and rng.random() < style["typo"]:
        words = [m for m in re.finditer(r"[A-Za-zàâçéèêëîïôûùüÿ]{5,}", s)]
        if words:
            m = rng.choice(words)
            w = m.group(0)
            i = rng.randint(1, len(w) - 2)
            op = rng.choice(["swap", "drop", "dup"])
            if op == "swap":
                w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif op == "drop":
                w2 = w[:i] + w[i + 1:]
            else:
                w2 = w[:i] + w[i] + w[i:]
            s = s[:m.start()] + w2 + s[m.end():]
    return s


def make_value(rng, ctx, typ, var):
    lang = ctx["lang"]
    if typ == "address":
        c = ctx["country"]
        return V.address(rng, rng.choice(ctx["H"].streets[c]), rng.choice(ctx["H"].cities[c]) if c != "NL" else rng.choice(ctx["H"].cities[c]), c, multiline=(var == "ml"))
    if typ == "phone":
        return V.phone(rng, lang, variant=var, country=ctx["country"] if ctx["country"] in ("NL", "BE", "GB", "US") else None)
    if typ == "customer_number":
        return V.customer_number(rng, ctx["brand"]["cust"])
    if typ == "email":
        nm = ctx["name"] if rng.random() < 0.6 else rng.choice(ctx["H"].names[ctx["npool"]])
        return V.email(rng, lang, name=nm)
    fn = getattr(V, typ)
    return fn(rng, lang, variant=var)


def fill(rng, ctx, b, template, tid, style):
    pos = 0
    if "/tech/" in tid:
        style = {k: v for k, v in style.items() if k != "typo"}
    for m in PH.finditer(template):
        b.lit(noisy(rng, template[pos:m.start()], style))
        pos = m.end()
        cls, name, var = m.group(1), m.group(2), m.group(3)
        if cls == "T":
            b.val(make_value(rng, ctx, name, var), typ=name, tid=tid)
        elif cls == "N":
            b.val(V.neg(rng, name, ctx["lang"], ctx["brand"]), kind=name)
        else:
            b.lit(filler(rng, ctx, name))
    b.lit(noisy(rng, template[pos:], style))
    b.tids.append(tid)


def filler(rng, ctx, name):
    H = ctx["H"]
    if name == "brand":
        return ctx["brand"]["name"]
    if name == "name":
        return ctx["name"]
    if name == "cname":
        return ctx["name"].split()[0]
    if name == "agent":
        return ctx["agent"]
    if name == "ssid":
        return rng.choice(H.ssids)
    if name == "city":
        return rng.choice(H.cities[ctx["country"]])[0]
    raise ValueError(name)


def pick(rng, H, lk, reg):
    pool = H.t.get((lk, reg))
    if not pool:
        return None
    return rng.choice(pool)


def chat_style(rng, reg):
    st = {"typo": 0.0}
    r = rng.random()
    if reg in ("chat", "public"):
        if r < 0.17:
            st["lower"] = True
        elif r < 0.21:
            st["caps"] = True
        st["typo"] = 0.3
    elif reg == "email":
        st["typo"] = 0.12
    return st


def build_message(H, lk, reg):
    rng = H.rng
    _, countries, langs, npool = LANGKEYS[lk]
    country = rng.choice(countries)
    lang = rng.choice(langs)
    fl = FRAME_LANG[lk]
    ctx = {"H": H, "lang": lang, "country": country, "npool": npool,
           "brand": rng.choice(H.brands[country]), "name": rng.choice(H.names[npool]),
           "agent": rng.choice(H.agents[fl if fl in H.agents else "en"])}
    b = Builder()
    if reg == "chat":
        channel = rng.choice(CHAT_CH)
        style = chat_style(rng, reg)
        pool_key = "chat"
        tid, t = pick(rng, H, lk, "chat")
        if rng.random() < 0.08 and fl in ("nl", "nl-be"):
            b.lit(noisy(rng, rng.choice(["hoi ", "Hallo, ", "goedemiddag\n", "dag, "]), style))
        elif rng.random() < 0.08 and fl == "fr-be":
            b.lit(noisy(rng, rng.choice(["bonjour ", "Bjr, ", "bonsoir\n"]), style))
        elif rng.random() < 0.08 and fl == "en":
            b.lit(noisy(rng, rng.choice(["hi ", "Hello, ", "hey\n"]), style))
        fill(rng, ctx, b, t, tid, style)
        if rng.random() < 0.15:
            tid2, t2 = pick(rng, H, lk, "chat")
            if tid2 != tid:
                b.lit("\n")
                fill(rng, ctx, b, t2, tid2, style)
        if rng.random() < 0.15:
            b.lit(rng.choice(EMOJI))
    elif reg == "public":
        channel = rng.choice(PUBLIC_CH)
        style = chat_style(rng, reg)
        got = pick(rng, H, lk, "public") or pick(rng, H, lk, "chat")
        tid, t = got
        fill(rng, ctx, b, t, tid, style)
        if rng.random() < 0.2:
            b.lit(rng.choice(EMOJI))
    elif reg == "agent":
        channel = "agent_reply"
        style = {"typo": 0.03}
        got = pick(rng, H, lk, "agent") or pick(rng, H, {"bxl-fr": "fr-be", "bxl-nl": "nl-be"}.get(lk, "nl"), "agent")
        tid, t = got
        if channel == "agent_reply" and rng.random() < 0.3:
            b.val("@" + re.sub(r"\W", "", ctx["name"].split()[0].lower()) + str(rng.randint(1, 999)), kind="mention")
            b.lit(" ")
        fill(rng, ctx, b, t, tid, style)
        if rng.random() < 0.4:
            b.lit("\n\n")
            fill(rng, ctx, b, rng.choice(H.asig[fl]), f"{fl}/agent/sig", {"typo": 0})
    elif reg == "note":
        channel = rng.choice(["email", "agent_reply", "whatsapp"])
        style = {"typo": 0.1}
        got = pick(rng, H, lk, "note")
        if not got:
            return None
        tid, t = got
        if channel == "whatsapp":
            b.lit({"nl": "Dit heeft de monteur achtergelaten:\n", "nl-be": "Dit is wat de technieker schreef:\n",
                   "fr-be": "Voici ce que le technicien a noté :\n", "en": "This is what the engineer left:\n"}[fl])
        fill(rng, ctx, b, t, tid, style)
    else:
        channel = "email"
        build_email(H, ctx, lk, fl, b)
    text = b.text()
    return finish(H, lk, lang, channel, b, text)


def build_email(H, ctx, lk, fl, b):
    rng = H.rng
    style = chat_style(rng, "email")
    if rng.random() < 0.35:
        b.lit(rng.choice(H.subject[fl]) + "\n\n")
    b.lit(rng.choice(H.greet[fl]) + "\n\n")
    fills = list(H.filler[fl])
    rng.shuffle(fills)
    if rng.random() < 0.7:
        b.lit(noisy(rng, fills.pop(), style) + "\n\n")
    body = pick(rng, H, lk, "email") or pick(rng, H, lk, "chat")
    fill(rng, ctx, b, body[1], body[0], style)
    b.lit("\n\n")
    if rng.random() < 0.55:
        b2 = pick(rng, H, lk, "email") or pick(rng, H, lk, "chat")
        if b2[0] != body[0]:
            fill(rng, ctx, b, b2[1], b2[0], style)
            b.lit("\n\n")
    if rng.random() < 0.5 and fills:
        b.lit(noisy(rng, fills.pop(), style) + "\n\n")
    b.lit(rng.choice(H.close[fl]) + "\n" + ctx["name"])
    r = rng.random()
    if r < 0.3:
        b.lit("\n")
        b.val(make_value(rng, ctx, "address", "ml"), typ="address", tid=f"{lk}/email/signature")
    if rng.random() < 0.45:
        b.lit("\n" + rng.choice({"nl": ["Tel: ", "Mobiel: ", "T ", ""], "nl-be": ["GSM: ", "Tel. ", ""],
                                   "fr-be": ["GSM : ", "Tél. ", ""], "en": ["Mob: ", "Tel: ", "M: ", ""]}[fl]))
        b.val(make_value(rng, ctx, "phone", None), typ="phone", tid=f"{lk}/email/signature")
    if rng.random() < 0.2:
        b.lit("\n" + {"nl": "Klantnummer: ", "nl-be": "Klantnummer: ", "fr-be": "N° client : ", "en": "Account no: "}[fl])
        b.val(make_value(rng, ctx, "customer_number", None), typ="customer_number", tid=f"{lk}/email/signature")
    sx = rng.choice(H.sigx[fl])
    if sx:
        b.lit("\n\n" + sx)
    # quoted history
    if rng.random() < 0.45 or len(b.text()) < 420:
        ag = pick(rng, H, lk, "agent") or pick(rng, H, {"bxl-fr": "fr-be", "bxl-nl": "nl-be"}.get(lk, lk), "agent")
        if ag:
            b.lit("\n\n")
            hdr = rng.choice(H.qhdr[fl])
            fill(rng, ctx, b, hdr, f"{fl}/email/quotehdr", {"typo": 0})
            b.lit("\n")
            quoted = "\n".join("> " + ln for ln in wrap(ag[1]).split("\n"))
            fill(rng, ctx, b, quoted, ag[0] + "/quoted", {"typo": 0})
    while len(b.text()) < 500 and fills:
        b.lit("\n\n" + fills.pop())


def wrap(t, width=72):
    out = []
    for para in t.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + len(w) + 1 > width and not PH.search(w):
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def finish(H, lk, lang, channel, b, text):
    vis = "public" if channel in ("x_public", "instagram_comment", "facebook_comment") else "private"
    return {"channel": channel, "lang": lang, "visibility": vis, "text": text,
            "spans": b.spans, "negatives": b.negs, "_tids": b.tids}


# ------------------------------------------------------------------ self-check
def check(msg):
    t = msg["text"]
    items = [("span", s) for s in msg["spans"]] + [("neg", n) for n in msg["negatives"]]
    iv = []
    for k, s in items:
        st, en = s["start"], s["end"]
        assert 0 <= st < en <= len(t), (msg["id"], s)
        v = t[st:en]
        assert v == v.strip() and v, (msg["id"], k, repr(v))
        iv.append((st, en, k, v))
        if k == "span":
            typ = s["type"]
            if typ == "card":
                assert V.luhn_ok(v) and 13 <= sum(c.isdigit() for c in v) <= 19, (msg["id"], v)
            if typ == "iban":
                assert V.iban_ok(v), (msg["id"], v)
            if typ == "bsn":
                assert V.bsn_ok(v), (msg["id"], v)
    iv.sort()
    for a, c in zip(iv, iv[1:]):
        assert a[1] <= c[0], (msg["id"], "overlap", a, c)
    assert msg["channel"] in CHAT_CH + PUBLIC_CH + ["email", "agent_reply"]
    assert msg["lang"] in ("nl", "nl-be", "fr-be", "en-gb", "en-us")
    assert (msg["visibility"] == "public") == (msg["channel"] in PUBLIC_CH)


# ------------------------------------------------------------------ driver
def generate_half(half, seed, templates, n):
    H = Half(half, seed, templates)
    rng = H.rng
    lks = list(LANGKEYS)
    lw = [LANGKEYS[k][0] for k in lks]
    regs, rw = zip(*REGISTERS)
    out = []
    name = ["dev", "heldout"][half]
    while len(out) < n:
        lk = rng.choices(lks, lw)[0]
        reg = rng.choices(regs, rw)[0]
        if lk.startswith("bxl") and reg != "chat":
            reg = "chat" if reg != "email" else "email"
        m = build_message(H, lk, reg)
        if m is None:
            continue
        m["id"] = f"{PREFIX}-{name}-{len(out):05d}"
        check(m)
        out.append(m)
    return out


def public(m):
    return {"id": m["id"], "channel": m["channel"], "lang": m["lang"], "visibility": m["visibility"], "text": m["text"],
            "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in m["spans"]],
            "negatives": m["negatives"]}


def stats(msgs):
    st = {"messages": len(msgs), "no_span": 0, "high_risk": 0, "hard_neg": 0, "emails_0.5_2kb": 0,
          "spans": Counter(), "phr": defaultdict(set), "negs": Counter(), "channels": Counter(), "langs": Counter()}
    for m in msgs:
        st["no_span"] += not m["spans"]
        st["high_risk"] += any(s["type"] in HIGH_RISK for s in m["spans"])
        st["hard_neg"] += bool(m["negatives"])
        st["emails_0.5_2kb"] += m["channel"] == "email" and 500 <= len(m["text"]) <= 2000
        for s in m["spans"]:
            st["spans"][s["type"]] += 1
            st["phr"][s["type"]].add(s["_tid"])
        for n in m["negatives"]:
            st["negs"][n["kind"]] += 1
        st["channels"][m["channel"]] += 1
        st["langs"][m["lang"]] += 1
    return st


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261234)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    allt = load_templates()
    halves = split_templates(allt)
    # no template text shared between halves
    s0 = {t for v in halves[0].values() for _, t in v}
    s1 = {t for v in halves[1].values() for _, t in v}
    assert not (s0 & s1), s0 & s1
    sizes = [960, 950]
    res = []
    for h in (0, 1):
        msgs = generate_half(h, a.seed, halves[h], sizes[h])
        fn = os.path.join(HERE, ["dev.jsonl", "heldout.jsonl"][h])
        with open(fn, "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(public(m), ensure_ascii=False) + "\n")
        res.append(stats(msgs))
    if a.stats:
        for h, st in enumerate(res):
            print(["DEV", "HELDOUT"][h], {k: st[k] for k in ("messages", "no_span", "high_risk", "hard_neg", "emails_0.5_2kb")})
            print("  spans", {k: (v, len(st["phr"][k])) for k, v in sorted(st["spans"].items())})
            print("  negs", dict(sorted(st["negs"].items())))
            print("  channels", dict(st["channels"]))
            print("  langs", dict(st["langs"]))
    return res


if __name__ == "__main__":
    main()
