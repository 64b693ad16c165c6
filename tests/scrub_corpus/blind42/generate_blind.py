#!/usr/bin/env python3
"""Deterministic generator for the blind42 scrub corpus (stdlib only).

python3 generate_blind.py --seed 20261240  ->  dev.jsonl, heldout.jsonl, README.md (count tables)
"""
import argparse
import json
import os
import random
import re
from collections import Counter, defaultdict

import core
import pools as P
import frames_nl, frames_be, frames_fr, frames_en

HERE = os.path.dirname(os.path.abspath(__file__))
FR = {"nl": frames_nl, "be": frames_be, "fr": frames_fr, "en": frames_en}
REGS = ["CHAT", "EMAIL", "PUBLIC", "AGENT", "GREET", "CLOSE", "SIGN", "FILLER", "QHEAD", "FWD"]
LOCS = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 18), ("en-us", 17)]
LG = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
CHAT_CH = ["whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"]
PUB_CH = ["x_public", "instagram_comment", "facebook_comment"]
SSID = {"nl": ["WiFi-%s", "Thuis_%s", "WiFi-Oma", "Netwerk%s"], "be": ["Home-%s", "WiFi-Opa", "thuis-%s"],
        "fr": ["Maison-%s", "WiFi-Papy", "Home-%s"], "en": ["Home-%s", "Grandads WiFi", "WiFi-%s"]}
WORD = re.compile(r"[A-Za-zÀ-ÿ]{4,}")


def frame_groups(half):
    """Deal every frame list alternately: index i goes to half i % 2."""
    out = {}
    for lg, mod in FR.items():
        for reg in REGS:
            lst = getattr(mod, reg)
            out[(lg, reg)] = [("%s.%s.%d" % (lg, reg.lower(), i), t) for i, t in enumerate(lst) if i % 2 == half]
            assert out[(lg, reg)], (lg, reg, half)
    return out


class Ctx:
    def __init__(self, rng, loc, pl):
        self.rng = rng
        self.loc = loc
        self.lg = LG[loc]
        p = dict(pl[self.lg])
        if loc == "en-us":
            for k in list(p):
                if k.endswith("_us"):
                    p[k[:-3]] = p[k]
        self.p = p
        self.gen = core.Gen(rng, loc, p)
        self.fill = {"me": rng.choice(p["adults"]), "kid": rng.choice(p["kids"]), "elder": rng.choice(p["elders"]),
                     "sur": rng.choice(p["surnames"]), "agent": rng.choice(p["adults"]), "city": rng.choice(p["cities"])[0]}
        self.fill["kid2"] = rng.choice([k for k in p["kids"] if k != self.fill["kid"]])
        s = rng.choice(SSID[self.lg])
        self.fill["ssid"] = s % "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice([4, 5, 6]))) if "%s" in s else s
        self.style = "normal"
        self.typo = 0.0

    def lit(self, s):
        s = s.replace("⟦", "{").replace("⟧", "}")
        if self.typo:
            def t(m):
                w = m.group(0)
                if self.rng.random() < self.typo:
                    i = self.rng.randrange(len(w) - 1)
                    return w[:i] + w[i + 1] + w[i] + w[i + 2:]
                return w
            s = WORD.sub(t, s)
        if self.style == "lower":
            s = s.lower()
        elif self.style == "upper":
            s = s.upper()
        elif self.style == "nopunct":
            s = re.sub(r"[.,;!?](?=\s|$)", "", s)
        return s


def render(ctx, fid, tmpl):
    m = core.Msg()
    pos = 0
    types = set()
    for tok in core.TOKEN.finditer(tmpl):
        m.add_lit(ctx.lit(tmpl[pos:tok.start()]))
        pos = tok.end()
        body = tok.group(1)
        parts = body.split(":")
        if parts[0] == "N":
            m.add_neg(parts[1], ctx.gen.neg(parts[1], parts[2] if len(parts) > 2 else None))
        elif parts[0] == "b":
            m.add_lit(ctx.rng.choice(ctx.p[parts[1]]))
        elif parts[0] in core.SPAN_ALIAS:
            key = parts[0]
            typ = core.SPAN_ALIAS[key]
            m.add_val(typ, ctx.gen.value(key, parts[1] if len(parts) > 1 else None))
            types.add(typ)
        else:
            m.add_lit(ctx.lit(ctx.fill[parts[0]]))
    m.add_lit(ctx.lit(tmpl[pos:]))
    m.frames.append((fid, types))
    return m


def pick(rng, groups, lg, reg):
    return rng.choice(groups[(lg, reg)])


def make_chat(ctx, groups):
    r = ctx.rng
    ctx.style = r.choices(["normal", "lower", "nopunct", "upper"], [58, 27, 11, 4])[0]
    ctx.typo = r.choice([0, 0, 0.03, 0.06])
    m = core.Msg()
    m.extend(render(ctx, *pick(r, groups, ctx.lg, "CHAT")))
    if r.random() < 0.22:
        m.add_lit(r.choice(["\n", " ", "\n\n", " ... "]))
        m.extend(render(ctx, *pick(r, groups, ctx.lg, "CHAT")))
    return m


def make_email(ctx, groups):
    r = ctx.rng
    ctx.style, ctx.typo = "normal", r.choice([0, 0, 0, 0.02])
    m = core.Msg()
    if r.random() < 0.15:
        m.extend(render(ctx, *pick(r, groups, ctx.lg, "FWD")))
    m.extend(render(ctx, *pick(r, groups, ctx.lg, "GREET")))
    m.add_lit("\n\n")
    fill = r.sample(groups[(ctx.lg, "FILLER")], k=min(2, len(groups[(ctx.lg, "FILLER")])))
    if r.random() < 0.6:
        m.extend(render(ctx, *fill[0]))
        m.add_lit(" ")
    m.extend(render(ctx, *pick(r, groups, ctx.lg, "EMAIL")))
    if r.random() < 0.45:
        m.add_lit("\n\n")
        m.extend(render(ctx, *pick(r, groups, ctx.lg, "EMAIL")))
    if len(m.text) < 520 and len(fill) > 1:
        m.add_lit("\n\n")
        m.extend(render(ctx, *fill[1]))
    m.add_lit("\n\n")
    m.extend(render(ctx, *pick(r, groups, ctx.lg, "CLOSE")))
    m.add_lit("\n")
    m.extend(render(ctx, *pick(r, groups, ctx.lg, "SIGN")))
    if r.random() < 0.4 or len(m.text) < 500:
        m.add_lit("\n\n")
        m.extend(render(ctx, *pick(r, groups, ctx.lg, "QHEAD")))
        m.add_lit("\n")
        m.extend(render(ctx, *pick(r, groups, ctx.lg, "AGENT")), prefix="> ")
    return m


def make_simple(ctx, groups, reg):
    r = ctx.rng
    ctx.style = "normal" if reg == "AGENT" else r.choices(["normal", "lower"], [75, 25])[0]
    ctx.typo = 0 if reg == "AGENT" else r.choice([0, 0, 0.04])
    return render(ctx, *pick(r, groups, ctx.lg, reg))


def build_half(seed, half, n, prefix):
    rng = random.Random(seed * 2 + half)
    groups = frame_groups(half)
    pl = P.deal(half)
    name = "dev" if half == 0 else "heldout"
    recs, frames = [], []
    for i in range(n):
        loc = rng.choices([l for l, _ in LOCS], [w for _, w in LOCS])[0]
        ctx = Ctx(rng, loc, pl)
        kind = rng.choices(["chat", "email", "public", "agent"], [50, 25, 12, 13])[0]
        if kind == "chat":
            m, ch = make_chat(ctx, groups), rng.choice(CHAT_CH)
        elif kind == "email":
            m, ch = make_email(ctx, groups), "email"
        elif kind == "public":
            m, ch = make_simple(ctx, groups, "PUBLIC"), rng.choice(PUB_CH)
        else:
            m, ch = make_simple(ctx, groups, "AGENT"), "agent_reply"
        rec = {"id": "%s-%s-%05d" % (prefix, name, i), "channel": ch, "lang": loc,
               "visibility": "public" if ch in PUB_CH else "private", "text": m.text,
               "spans": sorted(m.spans, key=lambda s: s["start"]),
               "negatives": sorted(m.negs, key=lambda s: s["start"])}
        core.self_check(rec)
        recs.append(rec)
        frames.append(m.frames)
    return recs, frames


def stats(recs, frames):
    st = {"n": len(recs), "nospan": 0, "high": 0, "neg": 0, "types": Counter(), "phr": defaultdict(set),
          "negk": Counter(), "ch": Counter(), "lang": Counter(), "email_len": []}
    for rec, fr in zip(recs, frames):
        st["nospan"] += not rec["spans"]
        st["high"] += any(s["type"] in core.HIGH_RISK for s in rec["spans"])
        st["neg"] += bool(rec["negatives"])
        for s in rec["spans"]:
            st["types"][s["type"]] += 1
        for fid, ts in fr:
            for t in ts:
                st["phr"][t].add(fid)
        for s in rec["negatives"]:
            st["negk"][s["kind"]] += 1
        st["ch"][rec["channel"]] += 1
        st["lang"][rec["lang"]] += 1
        if rec["channel"] == "email":
            st["email_len"].append(len(rec["text"]))
    return st


def tables(sd, sh):
    L = ["| | dev | heldout |", "|---|---|---|"]
    for k, lab in [("n", "messages"), ("nospan", "messages without spans"), ("high", "messages with a high-risk span"), ("neg", "messages with a hard negative")]:
        L.append("| %s | %d | %d |" % (lab, sd[k], sh[k]))
    L += ["", "Spans per type (count / distinct phrasings carrying the type):", "", "| type | dev | heldout |", "|---|---|---|"]
    for t in sorted(set(sd["types"]) | set(sh["types"])):
        L.append("| %s | %d / %d | %d / %d |" % (t, sd["types"][t], len(sd["phr"][t]), sh["types"][t], len(sh["phr"][t])))
    for key, title in [("negk", "Negatives per kind"), ("ch", "Channels"), ("lang", "Languages")]:
        L += ["", title + ":", "", "| | dev | heldout |", "|---|---|---|"]
        for k in sorted(set(sd[key]) | set(sh[key])):
            L.append("| %s | %d | %d |" % (k, sd[key][k], sh[key][k]))
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261240)
    ap.add_argument("--prefix", default="b42")
    a = ap.parse_args()
    out = {}
    for half, n in ((0, 950), (1, 950)):
        recs, frames = build_half(a.seed, half, n, a.prefix)
        name = "dev" if half == 0 else "heldout"
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        out[half] = stats(recs, frames)
    tpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    el = out[0]["email_len"] + out[1]["email_len"]
    tpl = tpl.replace("@@TABLES@@", tables(out[0], out[1])).replace("@@SEED@@", str(a.seed))
    tpl = tpl.replace("@@EMAILS@@", "%d e-mails, median %d characters, %d%% between 500 and 2,000 characters" % (
        len(el), sorted(el)[len(el) // 2], round(100 * sum(500 <= x <= 2000 for x in el) / len(el))))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(tpl)
    print("dev %d heldout %d" % (out[0]["n"], out[1]["n"]))


if __name__ == "__main__":
    main()
