#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind126). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261324
"""
import argparse
import collections
import json
import os
import random
import re
import sys

import pools as P
import values as V
from slots import SLOTS
from tpl_nl import NL
from tpl_be import BE, FR
from tpl_en import EN
from tpl_wrap import WRAP
from tpl_extra import EXTRA, FILLER
from readme import write_readme

PREFIX = "b126"
N_PER_HALF = 950
HALVES = ("dev", "heldout")
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
COUNTRY = {"nl": "NL", "nl-be": "BE", "fr-be": "BEF", "en-gb": "UK", "en-us": "US"}
LKEY = {"nl": "nl", "nl-be": "be", "fr-be": "fr", "en-gb": "en", "en-us": "en"}
TPL = {"nl": NL, "be": BE, "fr": FR, "en": EN}
CHANNELS = [("email", 29), ("agent_reply", 12), ("x_public", 9), ("x_dm", 6), ("facebook_comment", 7),
            ("instagram_comment", 5), ("instagram_dm", 5), ("messenger", 8), ("whatsapp", 13), ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
DOMAINS = [("garage", 20), ("housing", 15), ("energy", 17), ("library", 12), ("dating", 12), ("airline", 15), ("general", 13)]
SLOT_RE = re.compile(r"\{([a-z]+)(\d*)\}")
CACHED_NEG = {"ticket", "pir", "flight", "order", "invoice", "mention", "url", "cphone", "kvk", "vat"}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def deal(lst, half):
    out = lst[half::2]
    if not out:
        raise SystemExit("group too small to deal: %r" % (lst,))
    return out


# ------------------------------------------------------------------ pools per half
def build_pools(half):
    p = {}
    for lang in P.FIRST:
        p["first_" + lang] = deal(P.FIRST[lang], half)
        p["last_" + lang] = deal(P.LAST[lang], half)
    for cc in P.STREETS:
        p["streets_" + cc] = deal(P.STREETS[cc], half)
        p["cities_" + cc] = deal(P.CITIES[cc], half)
    for dom, by in P.BRANDS.items():
        for cc, lst in by.items():
            p["brand_%s_%s" % (dom, cc)] = deal(lst, half)
    allh, allt = [], []
    for dom in P.HANDLES:
        p["handles_" + dom] = deal(P.HANDLES[dom], half)
        p["hashtags_" + dom] = deal(P.HASHTAGS[dom], half)
        allh += p["handles_" + dom]
        allt += p["hashtags_" + dom]
    p["handles_general"], p["hashtags_general"] = allh, allt
    for dom in P.URLS:
        p["urls_" + dom] = deal(P.URLS[dom], half)
    for cc in P.PLATES:
        p["plates_" + cc] = deal(P.PLATES[cc], half)
    p["agents"] = deal(P.AGENTS, half)
    p["ssids"] = deal(P.SSIDS, half)
    p["cars"] = deal(P.CARS, half)
    p["models"] = deal(P.MODELS, half)
    p["parts"] = deal(P.PARTS, half)
    p["stations"] = deal(P.STATIONS, half)
    p["airline_codes"] = deal(P.AIRLINE_CODES, half)
    p["airline"] = deal(P.BRANDS["airline"]["ALL"], half)
    p["dating"] = deal(P.BRANDS["dating"]["ALL"], half)
    return p


def merged():
    import copy
    out = copy.deepcopy(TPL)
    for lk, doms in EXTRA.items():
        for dom, kinds in doms.items():
            for kind, lst in kinds.items():
                out[lk][dom][kind] = out[lk][dom][kind] + lst
    return out


def build_templates(half):
    t = {}
    for lk, lst in FILLER.items():
        t[(lk, "wrap", "filler")] = deal(list(zip(["%s.wrap.filler.%d" % (lk, i) for i in range(len(lst))], lst)), half)
    for lk, doms in merged().items():
        for dom, kinds in doms.items():
            for kind, lst in kinds.items():
                ids = ["%s.%s.%s.%d" % (lk, dom, kind, i) for i in range(len(lst))]
                t[(lk, dom, kind)] = deal(list(zip(ids, lst)), half)
    for lk, groups in WRAP.items():
        for g, lst in groups.items():
            ids = ["%s.wrap.%s.%d" % (lk, g, i) for i in range(len(lst))]
            t[(lk, "wrap", g)] = deal(list(zip(ids, lst)), half)
    return t


# ------------------------------------------------------------------ context
class Ctx:
    def __init__(self, rng, lang, pools, domain):
        self.rng, self.lang, self.pools, self.domain = rng, lang, pools, domain
        self.country = COUNTRY[lang]
        self.first = rng.choice(pools["first_" + lang])
        self.last = rng.choice(pools["last_" + lang])
        self.city = rng.choice(pools["cities_" + self.country])[0]
        self.agent = rng.choice(pools["agents"])
        bdom = domain if domain != "general" else rng.choice(["garage", "housing", "energy", "library"])
        if bdom in ("dating", "airline"):
            self.brand = rng.choice(pools[bdom])
        else:
            cc = {"BEF": "BE"}.get(self.country, self.country)
            self.brand = rng.choice(pools["brand_%s_%s" % (bdom, cc)])
        self.cache = {}

    def pick(self, key):
        return self.rng.choice(self.pools[key])


def chandle(c):
    f = c.first.lower().replace("é", "e").replace("ë", "e")
    return "@" + c.rng.choice([f + "_" + c.last.lower().replace(" ", "")[:3], f + V.rd(c.rng, 2), c.last.lower().replace(" ", "").replace("'", "") + f[:1], "the" + f])


SLOTS["chandle"] = ("neg", "mention", chandle)


def render(tpl, ctx, tid):
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append(["lit", tpl[pos:m.start()], None, tid])
        base, n = m.group(1), m.group(2)
        if base not in SLOTS:
            raise SystemExit("unknown slot %s in %s" % (base, tid))
        cat, label, fn = SLOTS[base]
        key = base + n
        if cat == "neg" and base not in CACHED_NEG:
            val = fn(ctx)
        else:
            if key not in ctx.cache:
                ctx.cache[key] = fn(ctx)
            val = ctx.cache[key]
        segs.append([cat, val, label, tid])
        pos = m.end()
    if pos < len(tpl):
        segs.append(["lit", tpl[pos:], None, tid])
    return segs


def lit(s):
    return [["lit", s, None, None]]


def quoted(segs):
    out = [["lit", "> ", None, None]]
    for s in segs:
        if s[0] == "lit":
            out.append(["lit", s[1].replace("\n", "\n> "), None, s[3]])
        else:
            out.append([s[0], s[1].replace("\n", ", "), s[2], s[3]])
    return out


def pick_tpl(ctx, T, kind, lk=None, domain=None, exclude=()):
    lk = lk or LKEY[ctx.lang]
    if lk == "be" and ctx.lang == "nl-be" and kind in ("c", "p") and ctx.rng.random() < 0.25:
        lk = "nl"  # Flemish customers writing standard Dutch
    dom = domain or ctx.domain
    cands = []
    for tid, t in T[(lk, dom, kind)]:
        if t[:3] in ("GB|", "US|"):
            if (t[:2] == "GB") != (ctx.lang == "en-gb"):
                continue
            t = t[3:]
        if tid not in exclude:
            cands.append((tid, t))
    if not cands:
        cands = [(tid, t[3:] if t[:3] in ("GB|", "US|") else t) for tid, t in T[(lk, dom, kind)]]
    return ctx.rng.choice(cands)


def wrap(ctx, T, g):
    tid, t = ctx.rng.choice(T[(LKEY[ctx.lang] if LKEY[ctx.lang] != "be" else "be", "wrap", g)])
    return render(t, ctx, tid)


# ------------------------------------------------------------------ typos
WORD_RE = re.compile(r"[A-Za-zÀ-ÿ]{4,}")
KEYNB = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "r", "l": "k", "d": "f", "u": "y", "g": "h", "k": "l"}


def typo_word(w, rng):
    i = rng.randint(1, len(w) - 2)
    op = rng.randint(0, 3)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + KEYNB.get(w[i], w[i]) + w[i + 1:]


def add_typos(segs, rng, n):
    lits = [s for s in segs if s[0] == "lit" and WORD_RE.search(s[1])]
    for _ in range(n):
        if not lits:
            return
        s = rng.choice(lits)
        ms = list(WORD_RE.finditer(s[1]))
        if not ms:
            continue
        m = rng.choice(ms)
        s[1] = s[1][:m.start()] + typo_word(m.group(0), rng) + s[1][m.end():]


# ------------------------------------------------------------------ message builders
def join(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out += lit(sep)
        out += p
    return out


def customer_body(ctx, T, n):
    used, parts = set(), []
    for i in range(n):
        dom = ctx.domain if i == 0 or ctx.rng.random() < 0.7 else "general"
        tid, t = pick_tpl(ctx, T, "c", domain=dom, exclude=used)
        used.add(tid)
        parts.append(render(t, ctx, tid))
    return parts


def build_email(ctx, T):
    r = ctx.rng
    top = []
    if r.random() < 0.3:
        top.append(wrap(ctx, T, "subj"))
    fwd = r.random() < 0.1
    body = []
    if r.random() < 0.85:
        body.append(wrap(ctx, T, "greet"))
    parts = customer_body(ctx, T, r.choice([1, 2, 2, 3, 3]))
    if r.random() < 0.85:
        fl = T[(LKEY[ctx.lang], "wrap", "filler")]
        for tid, t in r.sample(fl, min(len(fl), r.randint(1, 2))):
            parts.insert(r.randint(1, len(parts)), render(t, ctx, tid))
    body += parts
    if r.random() < 0.9:
        body.append(join([wrap(ctx, T, "close"), wrap(ctx, T, "sig")], "\n"))
    msg = join(top + body, "\n\n")
    if fwd:
        msg = join([lit({"nl": "Zie hieronder, graag actie.", "be": "Zie hieronder.", "fr": "Voir ci-dessous.", "en": "See below, FYI."}[LKEY[ctx.lang]]),
                    wrap(ctx, T, "fwd"), msg], "\n\n")
    if r.random() < 0.55:
        tid, t = pick_tpl(ctx, T, "a")
        q = join([render(t, ctx, tid), wrap(ctx, T, "asig")], "\n\n")
        msg = join([msg, wrap(ctx, T, "qhead"), quoted(q)], "\n\n")
    if r.random() < 0.25:
        msg = join([msg, wrap(ctx, T, "disc")], "\n\n")
    return msg


def build_agent(ctx, T, channel_public):
    r = ctx.rng
    tid, t = pick_tpl(ctx, T, "a")
    msg = render(t, ctx, tid)
    if r.random() < 0.25:
        msg = join([render("{chandle}", ctx, "agent.handle"), msg], " ")
    st = r.random()
    if st < 0.35:
        msg = join([msg, wrap(ctx, T, "asig")], "\n\n")
        if r.random() < 0.6:
            q = customer_body(ctx, T, 1)[0]
            msg = join([msg, wrap(ctx, T, "chead"), quoted(q)], "\n\n")
    return msg


def build_public(ctx, T, channel):
    r = ctx.rng
    if r.random() < 0.7:
        tid, t = pick_tpl(ctx, T, "p")
    else:
        tid, t = pick_tpl(ctx, T, "c")
    segs = render(t, ctx, tid)
    if not any(s[2] == "mention" for s in segs) and (channel == "x_public" or r.random() < 0.4):
        segs = join([render("{mention}", ctx, "pub.mention"), segs], " ")
    if r.random() < 0.3:
        segs = join([segs, render("{hashtag9}", ctx, "pub.hashtag")], " ")
    return segs


def build_chat(ctx, T):
    r = ctx.rng
    parts = customer_body(ctx, T, 1 if r.random() < 0.8 else 2)
    segs = join(parts, "\n" if r.random() < 0.6 else " ")
    st = r.random()
    if st < 0.15:
        segs = join([wrap(ctx, T, "chat"), segs], "")
    elif st < 0.35:
        segs = join([wrap(ctx, T, "greet"), segs], " " if r.random() < 0.5 else "\n")
    return segs


def assemble(segs):
    text, spans, negs, tids = "", [], [], []
    for cat, val, label, tid in segs:
        s = len(text)
        text += val
        if cat == "span":
            spans.append({"type": label, "start": s, "end": len(text)})
            tids.append((label, tid))
        elif cat == "neg":
            negs.append({"kind": label, "start": s, "end": len(text)})
    return text, spans, negs, tids


# ------------------------------------------------------------------ self-check
def check(rec):
    t = rec["text"]
    assert t == t.strip(), rec["id"]
    iv = []
    for sp in rec["spans"] + rec["negatives"]:
        a, b = sp["start"], sp["end"]
        assert 0 <= a < b <= len(t), (rec["id"], sp)
        v = t[a:b]
        assert v == v.strip(), (rec["id"], sp, v)
        assert v[0] not in ",;:)" and v[-1] not in ",;:(", (rec["id"], v)
        iv.append((a, b, sp))
    iv.sort(key=lambda x: x[0])
    for (a1, b1, s1), (a2, b2, s2) in zip(iv, iv[1:]):
        assert b1 <= a2, ("overlap", rec["id"], s1, s2)
    for sp in rec["spans"]:
        v = t[sp["start"]:sp["end"]]
        if sp["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        elif sp["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        elif sp["type"] == "bsn":
            d = "".join(c for c in v if c.isdigit())
            assert (len(d) == 9 and V.bsn_ok(d)) or (len(d) == 11 and V.rrn_ok(d)), (rec["id"], v)


def gen_half(seed, half, ntotal):
    rng = random.Random(seed * 2 + half)
    pools = build_pools(half)
    T = build_templates(half)
    recs, tidmap = [], collections.defaultdict(set)
    for i in range(ntotal):
        lang = wchoice(rng, LANGS)
        channel = wchoice(rng, CHANNELS)
        domain = wchoice(rng, DOMAINS)
        ctx = Ctx(rng, lang, pools, domain)
        if channel == "email":
            segs = build_email(ctx, T)
        elif channel == "agent_reply":
            segs = build_agent(ctx, T, False)
        elif channel in PUBLIC:
            segs = build_public(ctx, T, channel)
        else:
            segs = build_chat(ctx, T)
        segs = [list(s) for s in segs]
        if rng.random() < 0.4:
            add_typos(segs, rng, rng.randint(1, 3))
        if channel not in ("email", "agent_reply") and rng.random() < 0.12:
            for s in segs:
                if s[0] == "lit":
                    s[1] = s[1].lower()
        text, spans, negs, tids = assemble(segs)
        for label, tid in tids:
            tidmap[label].add(tid)
        rec = {"id": "%s-%s-%05d" % (PREFIX, HALVES[half], i), "channel": channel, "lang": lang,
               "visibility": "public" if channel in PUBLIC else "private", "text": text,
               "spans": spans, "negatives": negs}
        check(rec)
        recs.append(rec)
    return recs, tidmap


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=N_PER_HALF)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half, name in enumerate(HALVES):
        recs, tidmap = gen_half(a.seed, half, a.n)
        with open(os.path.join(here, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats[name] = (recs, tidmap)
    # template disjointness between halves
    d = set().union(*stats["dev"][1].values())
    h = set().union(*stats["heldout"][1].values())
    assert not (d & h), "template shared between halves: %s" % (d & h)
    write_readme(os.path.join(here, "README.md"), a.seed, stats)
    for name in HALVES:
        print(name, len(stats[name][0]), "messages")


if __name__ == "__main__":
    main()
