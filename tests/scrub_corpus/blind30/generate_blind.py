#!/usr/bin/env python3
"""Blind corpus generator for blind30 (prefix b30).  python3 generate_blind.py --seed 20261228"""
import argparse
import json
import os
import random
from collections import Counter, defaultdict

import core
import pools
import values as V
import t_nl
import t_be
import t_en

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b30"
N_PER_HALF = 950
LANGS = [("nl", 30), ("nl-be", 15), ("fr-be", 20), ("en-gb", 17.5), ("en-us", 17.5)]
LKEY = {"nl": "nl", "nl-be": "nl-be", "fr-be": "fr-be", "en-gb": "en", "en-us": "en"}
SRC = {"nl": (t_nl.T, t_nl.PARTS), "nl-be": (t_be.T_NLBE, t_be.PARTS_NLBE),
       "fr-be": (t_be.T_FRBE, t_be.PARTS_FRBE), "en": (t_en.T, t_en.PARTS)}
NOT_IN_EMAIL = {"cue_less", "cueless", "spoken", "public", "public_vent"}


def load():
    tpls, parts = [], []
    for lk, (t, p) in SRC.items():
        tpls += core.parse(lk, t)
        parts += core.parse(lk, p)
    return core.deal(tpls), core.deal(parts)


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for it, w in items:
        x -= w
        if x < 0:
            return it
    return items[-1][0]


def make_style(rng, kind):
    st = {"typo": 0, "case": None, "nopunct": False}
    if kind in ("chat", "public"):
        r = rng.random()
        st["case"] = "lower" if r < 0.16 else ("upper" if r < 0.2 else None)
        st["nopunct"] = rng.random() < 0.08
        st["typo"] = 0.06 if rng.random() < 0.3 else 0
    elif kind == "email":
        st["typo"] = 0.015 if rng.random() < 0.25 else 0
    return st


def gen_half(seed, half):
    (th, ph) = LOADED
    tpls, parts = th[half], ph[half]
    rng = random.Random(seed * 2 + half)
    V.HALF[0] = half
    by = defaultdict(list)
    for t in tpls:
        by[(t["lang_key"], t["reg"])].append(t)
    pby = defaultdict(list)
    for p in parts:
        pby[(p["lang_key"], p["group"])].append(p)
    recs = []
    for n in range(N_PER_HALF):
        lang = wchoice(rng, LANGS)
        lk = LKEY[lang]
        kind = wchoice(rng, [("chat", 53), ("email", 25), ("agent", 12), ("public", 10)])
        st = make_style(rng, kind)
        ctx = core.Ctx(rng, lang, pools.dealt(lk, half), st)
        if kind == "email":
            bodies = by[(lk, "e")] + [t for t in by[(lk, "c")] if t["group"] not in NOT_IN_EMAIL]
            fills = pby[(lk, "fill")][:]
            rng.shuffle(fills)
            body = [rng.choice(bodies)]
            if rng.random() < 0.3:
                b2 = rng.choice(bodies)
                if b2 is not body[0]:
                    body.append(b2)
            nfill = rng.randint(2, len(fills))
            quote = rng.random() < 0.35
            greet, close, sig = rng.choice(pby[(lk, "greet")]), rng.choice(pby[(lk, "close")]), rng.choice(pby[(lk, "sig")])
            qh = rng.choice(pby[(lk, "qhdr")])
            while True:
                seq = [greet, body[0]] + fills[:nfill] + body[1:] + [close, sig] + ([qh] if quote else [])
                seps = ["\n\n"] * (len(seq) - 2 - quote) + ["\n"] + (["\n\n"] if quote else [])
                text, spans, negs = core.compose([(p["id"], p["text"]) for p in seq], ctx, seps)
                if len(text.encode("utf-8")) >= 520 or nfill >= len(fills):
                    break
                nfill += 1
            channel = "email"
            tids = [p["id"] for p in seq]
        else:
            reg = {"chat": "c", "agent": "a", "public": "p"}[kind]
            t = rng.choice(by[(lk, reg)])
            text, spans, negs = core.render(t["id"], t["text"], ctx)
            channel = {"chat": None, "agent": "agent_reply", "public": None}[kind]
            if kind == "chat":
                channel = wchoice(rng, [("whatsapp", 35), ("messenger", 20), ("telegram", 10), ("instagram_dm", 15), ("x_dm", 20)])
            elif kind == "public":
                channel = rng.choice(core.PUBLIC)
            tids = [t["id"]]
        rec = {"id": "%s-%s-%05d" % (PREFIX, ("dev", "heldout")[half], n), "channel": channel, "lang": lang,
               "visibility": "public" if channel in core.PUBLIC else "private", "text": text,
               "spans": spans, "negatives": negs}
        core.check(rec)
        rec["_tids"] = tids
        recs.append(rec)
    return recs


def stats(recs):
    c = {"messages": len(recs), "no_span": 0, "high": 0, "neg": 0, "emails": 0, "email_len": []}
    types, phr, kinds, chans, langs = Counter(), defaultdict(set), Counter(), Counter(), Counter()
    for r in recs:
        if not r["spans"]:
            c["no_span"] += 1
        if any(s["type"] in core.HIGH for s in r["spans"]):
            c["high"] += 1
        if r["negatives"]:
            c["neg"] += 1
        for s in r["spans"]:
            types[s["type"]] += 1
            phr[s["type"]].add(s["tid"])
        for x in r["negatives"]:
            kinds[x["kind"]] += 1
        chans[r["channel"]] += 1
        langs[r["lang"]] += 1
        if r["channel"] == "email":
            c["emails"] += 1
            c["email_len"].append(len(r["text"].encode("utf-8")))
    return c, types, phr, kinds, chans, langs


def tables(halves):
    S = [stats(h) for h in halves]
    L = ["| | dev | heldout |", "|---|---|---|"]
    for k, lab in [("messages", "messages"), ("no_span", "messages without spans"), ("high", "with a high-risk span"),
                   ("neg", "with a hard negative"), ("emails", "e-mails")]:
        L.append("| %s | %d | %d |" % (lab, S[0][0][k], S[1][0][k]))
    L += ["", "Spans per type (count / distinct phrasings carrying the type):", "", "| type | dev | heldout |", "|---|---|---|"]
    for t in core.SPAN_TYPES:
        L.append("| %s | %d / %d | %d / %d |" % (t, S[0][1][t], len(S[0][2][t]), S[1][1][t], len(S[1][2][t])))
    L += ["", "Negatives per kind:", "", "| kind | dev | heldout |", "|---|---|---|"]
    for k in core.NEG_KINDS:
        L.append("| %s | %d | %d |" % (k, S[0][3][k], S[1][3][k]))
    L += ["", "| channel | dev | heldout |", "|---|---|---|"]
    for ch in core.PRIVATE + core.PUBLIC + ["email", "agent_reply"]:
        L.append("| %s | %d | %d |" % (ch, S[0][4][ch], S[1][4][ch]))
    L += ["", "| lang | dev | heldout |", "|---|---|---|"]
    for lg, _ in LANGS:
        L.append("| %s | %d | %d |" % (lg, S[0][5][lg], S[1][5][lg]))
    return "\n".join(L)


def split_check(halves):
    tid = [set(t for r in h for t in r["_tids"]) for h in halves]
    assert not (tid[0] & tid[1]), "template shared between halves"
    for lk in pools.POOLS:
        a, b = pools.dealt(lk, 0), pools.dealt(lk, 1)
        for k in a:
            assert not set(a[k]) & set(b[k]), (lk, k)
    a = set(x for lk in pools.POOLS for v in pools.dealt(lk, 0).values() for x in v)
    b = set(x for lk in pools.POOLS for v in pools.dealt(lk, 1).values() for x in v)
    assert not a & b, a & b


LOADED = None


def main():
    global LOADED
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261228)
    ap.add_argument("--tables", action="store_true", help="print README count tables")
    a = ap.parse_args()
    LOADED = load()
    halves = [gen_half(a.seed, 0), gen_half(a.seed, 1)]
    split_check(halves)
    for name, recs in zip(("dev", "heldout"), halves):
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                out = dict(r)
                del out["_tids"]
                out["spans"] = [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in r["spans"]]
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
    if a.tables:
        print(tables(halves))
        for h in halves:
            el = sorted(stats(h)[0]["email_len"])
            print("email bytes min/median/max", el[0], el[len(el) // 2], el[-1])


if __name__ == "__main__":
    main()
