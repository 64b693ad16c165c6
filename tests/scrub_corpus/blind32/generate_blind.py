#!/usr/bin/env python3
"""Generate the blind32 corpus: python3 generate_blind.py --seed 20261230

Writes dev.jsonl, heldout.jsonl (and the count tables in README.md) beside
this file.  Standard library only.  Fails loudly when the self-check fails.
"""
import argparse
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import engine  # noqa: E402
import compose  # noqa: E402
import lexicon  # noqa: E402
import ph_nl  # noqa: E402
import ph_nlbe  # noqa: E402
import ph_fr  # noqa: E402
import ph_en  # noqa: E402

PREFIX = "b32"
PACKS = {"nl": ph_nl.P, "nlbe": ph_nlbe.P, "fr": ph_fr.P, "en": ph_en.P}
LANG_W = {"nl": 26, "nl-be": 19, "fr-be": 23, "en-gb": 16, "en-us": 16}
KIND_W = {"transcript": 29, "chat": 26, "email": 21, "agent": 14, "public": 10}
CLEAN_P = {"transcript": .12, "chat": .25, "email": .12, "agent": .5, "public": .6}
BUILDERS = {"transcript": compose.msg_transcript, "chat": compose.msg_chat, "email": compose.msg_email,
            "agent": compose.msg_agent, "public": compose.msg_public}
PER_HALF = 950
HALF_NAMES = ["dev", "heldout"]


def build_half(half, seed, n):
    world = engine.World(half, PACKS)
    rng = random.Random(seed * 2 + half)
    langs = sorted(LANG_W)
    kinds = sorted(KIND_W)
    recs = []
    meta = []
    for i in range(n):
        lang = rng.choices(langs, weights=[LANG_W[x] for x in langs])[0]
        kind = rng.choices(kinds, weights=[KIND_W[x] for x in kinds])[0]
        clean = rng.random() < CLEAN_P[kind]
        ctx = engine.Ctx(world, rng, lang)
        compose.setup_topic(ctx, compose.pick_topic(ctx))
        channel, segs = BUILDERS[kind](ctx, clean)
        text, spans, negs = core.finalize(segs)
        rec = {
            "id": "%s-%s-%05d" % (PREFIX, HALF_NAMES[half], i),
            "channel": channel,
            "lang": lang,
            "visibility": "public" if channel in core.PUBLIC else "private",
            "text": text,
            "spans": [{"type": s["type"], "start": s["start"], "end": s["end"]} for s in spans],
            "negatives": [{"kind": g["kind"], "start": g["start"], "end": g["end"]} for g in negs],
        }
        core.check_record(rec)
        recs.append(rec)
        meta.append({"kind": kind, "span_phr": [(s["type"], s["phr"]) for s in spans]})
    return world, recs, meta


def check_split(worlds):
    """No phrasing, frame, name, street, city or brand in both halves."""
    w0, w1 = worlds

    def texts(w):
        out = set()
        for (_pack, _key), items in w.pools.items():
            for _pid, t in items:
                if t != "{v}":
                    out.add(t)
        for v in w.nouns.values():
            out.update(v)
        for d in (w.first, w.last, w.agents, w.streets):
            for v in d.values():
                out.update(v)
        for v in w.cities.values():
            out.update(c for c, _ in v)
        for v in w.brands.values():
            out.update(b[0] for b in v)
        for v in w.formats.values():
            out.update(v)
        out.update(w.agent_display)
        return out
    both = texts(w0) & texts(w1)
    if both:
        raise core.CorpusError("shared between halves: %r" % sorted(both)[:20])


def stats(recs, meta):
    st = {}
    st["messages"] = len(recs)
    st["no_span"] = sum(1 for r in recs if not r["spans"])
    st["high_risk"] = sum(1 for r in recs if any(s["type"] in core.HIGH_RISK for s in r["spans"]))
    st["hard_neg"] = sum(1 for r in recs if r["negatives"])
    st["emails_05_2kb"] = sum(1 for r in recs if r["channel"] == "email" and 500 <= len(r["text"].encode("utf-8")) <= 2048)
    sp = Counter()
    phr = defaultdict(set)
    for r, m in zip(recs, meta):
        for s in r["spans"]:
            sp[s["type"]] += 1
        for t, p in m["span_phr"]:
            phr[t].add(p)
    st["spans"] = sp
    st["phr"] = {t: len(v) for t, v in phr.items()}
    st["negs"] = Counter(g["kind"] for r in recs for g in r["negatives"])
    st["channels"] = Counter(r["channel"] for r in recs)
    st["langs"] = Counter(r["lang"] for r in recs)
    st["kinds"] = Counter(m["kind"] for m in meta)
    return st


def tables(st_by_half):
    L = []
    d, h = st_by_half
    L.append("| | dev | heldout |")
    L.append("|---|---:|---:|")
    for k, lab in [("messages", "messages"), ("no_span", "messages without spans"),
                   ("high_risk", "messages with a high-risk span"), ("hard_neg", "messages with a hard negative"),
                   ("emails_05_2kb", "e-mails of 0.5-2 KB")]:
        L.append("| %s | %d | %d |" % (lab, d[k], h[k]))
    L.append("")
    L.append("Spans per type (distinct phrasings carrying the type in brackets):")
    L.append("")
    L.append("| type | dev | heldout |")
    L.append("|---|---:|---:|")
    for t in core.SPAN_TYPES:
        L.append("| %s | %d (%d) | %d (%d) |" % (t, d["spans"].get(t, 0), d["phr"].get(t, 0), h["spans"].get(t, 0), h["phr"].get(t, 0)))
    L.append("| **total** | %d | %d |" % (sum(d["spans"].values()), sum(h["spans"].values())))
    L.append("")
    L.append("Negatives per kind:")
    L.append("")
    L.append("| kind | dev | heldout |")
    L.append("|---|---:|---:|")
    for k in core.NEG_KINDS:
        L.append("| %s | %d | %d |" % (k, d["negs"].get(k, 0), h["negs"].get(k, 0)))
    L.append("| **total** | %d | %d |" % (sum(d["negs"].values()), sum(h["negs"].values())))
    L.append("")
    L.append("Channels:")
    L.append("")
    L.append("| channel | dev | heldout |")
    L.append("|---|---:|---:|")
    for c in core.CHANNELS:
        L.append("| %s | %d | %d |" % (c, d["channels"].get(c, 0), h["channels"].get(c, 0)))
    L.append("")
    L.append("Languages:")
    L.append("")
    L.append("| lang | dev | heldout |")
    L.append("|---|---:|---:|")
    for l in core.LANGS:
        L.append("| %s | %d | %d |" % (l, d["langs"].get(l, 0), h["langs"].get(l, 0)))
    L.append("")
    L.append("Message shapes (generator-internal):")
    L.append("")
    L.append("| shape | dev | heldout |")
    L.append("|---|---:|---:|")
    for k in sorted(KIND_W):
        L.append("| %s | %d | %d |" % (k, d["kinds"].get(k, 0), h["kinds"].get(k, 0)))
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--per-half", type=int, default=PER_HALF)
    ap.add_argument("--no-readme", action="store_true")
    args = ap.parse_args()
    worlds, sts = [], []
    for half in (0, 1):
        world, recs, meta = build_half(half, args.seed, args.per_half)
        worlds.append(world)
        ids = set()
        for r in recs:
            if r["id"] in ids:
                raise core.CorpusError("duplicate id")
            ids.add(r["id"])
        path = os.path.join(HERE, "%s.jsonl" % HALF_NAMES[half])
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        sts.append(stats(recs, meta))
    check_split(worlds)
    tbl = tables(sts)
    if not args.no_readme:
        readme = os.path.join(HERE, "README.md")
        with open(readme, encoding="utf-8") as f:
            txt = f.read()
        a, b = "<!-- tables:start -->", "<!-- tables:end -->"
        if a in txt and b in txt:
            pre = txt.split(a)[0]
            post = txt.split(b)[1]
            txt = pre + a + "\n" + tbl + "\n" + b + post
            with open(readme, "w", encoding="utf-8") as f:
                f.write(txt)
    print(tbl)


if __name__ == "__main__":
    main()
