#!/usr/bin/env python3
"""Blind labelled webcare corpus generator (blind120). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261318
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re

import frames
import pools
import tpl_fr_en
import tpl_nl
import values as V

PREFIX = "b120"
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHANNELS = [("email", 28), ("agent_reply", 12), ("x_public", 9), ("facebook_comment", 8), ("instagram_comment", 6),
            ("x_dm", 6), ("instagram_dm", 6), ("messenger", 8), ("whatsapp", 11), ("telegram", 6)]
PUBLIC = {"x_public", "facebook_comment", "instagram_comment"}
TOPICS = ["repair", "venue", "cowork", "water", "mortgage", "school"]
BODY = {"nl": tpl_nl.NL, "nl-be": tpl_nl.BE, "fr-be": tpl_fr_en.FR, "en-gb": tpl_fr_en.GB, "en-us": tpl_fr_en.US}
OPEN = {**tpl_nl.OPEN, **tpl_fr_en.OPEN}
CLOSE = {**tpl_nl.CLOSE, **tpl_fr_en.CLOSE}
FRAMES = {"SIG": frames.SIG, "ASIG": frames.AGENT_SIG, "QHDR": frames.QHDR, "FWD": frames.FWD, "DISC": frames.DISC,
          "SUBJ": frames.SUBJ, "PASTE": frames.WA_PASTE, "OPEN": OPEN, "CLOSE": CLOSE}

TOK = re.compile(r"\{\{|\}\}|\{([^{}]+)\}")


def deal(lst, half):
    return lst[half::2]


class Piece:
    def __init__(self):
        self.text = ""
        self.spans = []  # (label, start, end, tid)
        self.negs = []

    def lit(self, s):
        self.text += s

    def val(self, s, label, neg, tid):
        st = len(self.text)
        self.text += s
        (self.negs if neg else self.spans).append((label, st, len(self.text), tid))

    def extend(self, o):
        off = len(self.text)
        self.text += o.text
        self.spans += [(a, b + off, c + off, t) for a, b, c, t in o.spans]
        self.negs += [(a, b + off, c + off, t) for a, b, c, t in o.negs]

    def quoted(self, pfx="> "):
        out = Piece()
        ins = [0]
        text = pfx
        for ch in self.text:
            text += ch
            if ch == "\n":
                text += pfx
        # map position p -> p + len(pfx) * (1 + number of newlines before p)
        nl = [i for i, ch in enumerate(self.text) if ch == "\n"]

        def mp(p):
            k = sum(1 for i in nl if i < p)
            return p + len(pfx) * (1 + k)
        out.text = text
        out.spans = [(a, mp(b), mp(c), t) for a, b, c, t in self.spans]
        out.negs = [(a, mp(b), mp(c), t) for a, b, c, t in self.negs]
        return out


def typo(r, s):
    words = [m for m in re.finditer(r"[A-Za-zéèà]{4,}", s)]
    if not words:
        return s
    m = r.choice(words)
    w = m.group()
    i = r.randrange(1, len(w) - 1)
    op = r.randrange(4)
    if op == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == 1:
        w2 = w[:i] + w[i + 1:]
    elif op == 2:
        w2 = w[:i] + w[i] + w[i:]
    else:
        w2 = w[:i] + r.choice("aeiourtns") + w[i + 1:]
    return s[:m.start()] + w2 + s[m.end():]


class Ctx:
    def __init__(self, r, P, lang, topic, half):
        self.r, self.P, self.lang, self.topic, self.half = r, P, lang, topic, half
        self.brand = r.choice(P["brand_" + topic])
        self.typo_p = 0.35 if r.random() < .4 else 0.0
        self.reuse = {}
        self.produced = collections.defaultdict(list)

    def filler(self, name):
        r, P, c = self.r, self.P, V.country(self.lang)
        if name == "brand":
            return self.brand
        if name == "city":
            return r.choice(P["city_" + {"nl": "nl", "be": "fr" if self.lang == "fr-be" else "be", "gb": "gb", "us": "us"}[c]] if c != "us" else [x[0] for x in P["city_us"]])
        if name == "full":
            return r.choice(P["first"]) + " " + r.choice(P["last"])
        key = {"first": "first", "last": "last", "agent": "agents", "ssid": "ssid", "school": "school", "device": "device"}[name]
        return r.choice(P[key])


def render(tpl, ctx, tid):
    p = Piece()
    pos = 0
    for m in TOK.finditer(tpl):
        lit = tpl[pos:m.start()]
        if lit:
            if ctx.typo_p and ctx.r.random() < ctx.typo_p:
                lit = typo(ctx.r, lit)
            p.lit(lit)
        pos = m.end()
        g = m.group()
        if g in ("{{", "}}"):
            p.lit(g[0])
            continue
        name = m.group(1)
        if name.startswith("n:"):
            k = name[2:]
            p.val(V.NEG[k](ctx.r, ctx.P, ctx.lang), V.NEGKIND.get(k, k), True, tid)
        elif name.startswith("f:"):
            p.lit(ctx.filler(name[2:]))
        else:
            label, fn = V.SPAN[name]
            if ctx.reuse.get(label):
                v = ctx.reuse[label].pop(0)
            else:
                v = fn(ctx.r, ctx.P, ctx.lang)
            ctx.produced[label].append(v)
            p.val(v, label, False, tid)
    lit = tpl[pos:]
    if lit:
        if ctx.typo_p and ctx.r.random() < ctx.typo_p:
            lit = typo(ctx.r, lit)
        p.lit(lit)
    return p


class Half:
    def __init__(self, seed, half):
        self.half = half
        self.r = random.Random(seed * 2 + half)
        self.P = pools.deal(half)
        self.T = {lang: {g: deal(v, half) for g, v in BODY[lang].items()} for lang, _ in LANGS}
        self.F = {f: {lang: deal(v, half) for lang, v in d.items()} for f, d in FRAMES.items()}

    def pick(self, ctx, group, lst, pre):
        i = ctx.r.randrange(len(lst))
        return render(lst[i], ctx, "%s:%s:%s" % (pre, group, i))

    def body(self, ctx, n_frag, sep):
        T = self.T[ctx.lang]
        groups = [ctx.topic]
        for _ in range(n_frag - 1):
            groups.append(ctx.r.choice([ctx.topic, "gen", "neg", "gen", ctx.topic, "gen"]))
        p = Piece()
        used = set()
        for j, g in enumerate(groups):
            lst = T[g]
            free = [i for i in range(len(lst)) if (g, i) not in used] or list(range(len(lst)))
            i = ctx.r.choice(free)
            used.add((g, i))
            if j:
                p.lit(sep)
            p.extend(render(lst[i], ctx, "%s:%s:%s" % (ctx.lang, g, i)))
        return p

    def frame(self, ctx, name):
        return self.pick(ctx, name, self.F[name][ctx.lang], "frame:" + ctx.lang)

    def message(self, idx):
        r = self.r
        lang = r.choices([l for l, _ in LANGS], [w for _, w in LANGS])[0]
        ch = r.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        topic = r.choice(TOPICS)
        ctx = Ctx(r, self.P, lang, topic, self.half)
        p = Piece()
        if ch in PUBLIC:
            if ch == "x_public" or r.random() < .4:
                p.val(V.n_mention(r, self.P, lang), "mention", True, "pub")
                p.lit(" ")
            p.extend(self.body(ctx, r.choice([1, 1, 2]), " "))
            for _ in range(r.choice([0, 1, 1, 2])):
                p.lit(" ")
                p.val(V.n_hashtag(r, self.P, lang), "hashtag", True, "pub")
        elif ch == "email":
            if r.random() < .3:
                p.extend(self.frame(ctx, "SUBJ"))
                p.lit("\n\n")
            fwd = r.random() < .15
            if fwd:
                p.lit(r.choice(["Zie hieronder.", "FYI", "Zie onder", "Voir ci-dessous.", "See below."]) + "\n\n")
                p.extend(self.frame(ctx, "FWD"))
                p.lit("\n\n")
            p.extend(self.frame(ctx, "OPEN"))
            p.lit("\n\n")
            p.extend(self.body(ctx, r.choice([3, 4, 4, 5, 6]), r.choice(["\n\n", " ", "\n"])))
            p.lit("\n\n")
            p.extend(self.frame(ctx, "CLOSE"))
            p.lit("\n")
            p.extend(self.frame(ctx, "SIG"))
            if r.random() < .75:
                p.lit("\n\n")
                p.extend(self.frame(ctx, "QHDR"))
                p.lit("\n")
                ag = self.pick(ctx, "agent", self.T[lang]["agent"], lang)
                if r.random() < .75:
                    ag.lit("\n\n")
                    ag.extend(self.frame(ctx, "ASIG"))
                p.extend(ag.quoted(r.choice(["> ", "> ", ">"])))
            if r.random() < .45:
                p.lit("\n\n")
                p.extend(self.frame(ctx, "DISC"))
        elif ch == "agent_reply":
            cust = None
            if r.random() < .35:
                cust = self.body(ctx, 1, " ")
                ctx.reuse = {k: list(v) for k, v in ctx.produced.items() if k != "password"}
            ag = self.pick(ctx, "agent", self.T[lang]["agent"], lang)
            p.extend(ag)
            if r.random() < .35:
                p.lit("\n\n")
                p.extend(self.frame(ctx, "ASIG"))
            if cust is not None:
                p.lit("\n\n")
                if r.random() < .5:
                    p.extend(cust.quoted())
                else:
                    p.lit(r.choice(["Klant schreef: \"", "Customer wrote: \"", "Origineel bericht: \"", "Message client : \""]))
                    p.extend(cust)
                    p.lit("\"")
        else:
            if r.random() < .6:
                p.extend(self.frame(ctx, "OPEN"))
                p.lit(r.choice([" ", "\n", " "]))
            p.extend(self.body(ctx, r.choice([1, 2, 2, 3]), r.choice([" ", "\n", "\n\n", ". "]).replace(". ", " ")))
            if ch in ("whatsapp", "telegram", "messenger") and r.random() < .3:
                p.lit("\n")
                p.extend(self.frame(ctx, "PASTE"))
            if r.random() < .4:
                p.lit(r.choice([" ", "\n"]))
                p.extend(self.frame(ctx, "CLOSE"))
        split = ["dev", "heldout"][self.half]
        rec = {"id": "%s-%s-%05d" % (PREFIX, split, idx), "channel": ch, "lang": lang,
               "visibility": "public" if ch in PUBLIC else "private", "text": p.text,
               "spans": [{"type": a, "start": b, "end": c} for a, b, c, _ in sorted(p.spans, key=lambda x: x[1])],
               "negatives": [{"kind": a, "start": b, "end": c} for a, b, c, _ in sorted(p.negs, key=lambda x: x[1])]}
        return rec, p


def check(rec):
    t = rec["text"]
    allr = [(s["start"], s["end"], "S", s["type"]) for s in rec["spans"]] + [(n["start"], n["end"], "N", n["kind"]) for n in rec["negatives"]]
    for st, en, k, ty in allr:
        assert 0 <= st < en <= len(t), (rec["id"], st, en)
        v = t[st:en]
        assert v == v.strip() and v, (rec["id"], repr(v))
    sp = sorted((s["start"], s["end"]) for s in rec["spans"])
    for a, b in zip(sp, sp[1:]):
        assert a[1] <= b[0], ("span overlap", rec["id"])
    for s in rec["spans"]:
        for n in rec["negatives"]:
            assert s["end"] <= n["start"] or n["end"] <= s["start"], ("span/neg overlap", rec["id"])
        v = t[s["start"]:s["end"]]
        if s["type"] == "card":
            assert V.luhn_ok(v), (rec["id"], v)
        if s["type"] == "iban":
            assert V.iban_ok(v), (rec["id"], v)
        if s["type"] == "bsn":
            d = re.sub(r"\D", "", v)
            assert (len(d) == 9 and V.bsn_ok(v)) or (len(d) == 11 and V.rrn_ok(v)), (rec["id"], v)


def write_readme(path, seed, stats):
    L = []
    L.append("# Scrub corpus blind120 — repair shops, venues, coworking, utilities, mortgages, school care\n")
    L.append("This corpus was written **blind**: its author did not open, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/` or any other directory of `tests/scrub_corpus/` (no other corpus, "
             "scorer or generator), did not read git history, and did not run any scrubber or scorer. Values, phrasings "
             "and labels come from public knowledge of how customers and agents write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n\nElectronics and phone repair shops, wedding and event venues, coworking spaces, water and waste "
             "utilities, mortgage brokers, school meals and after-school care (BSO, naschoolse opvang, garderie, after-school club). "
             "Dutch, Belgian (Flemish and French), UK and US customers; all ten channels; typos in literal text, e-mail "
             "signatures, forwarded headers, quoted history and agent replies.\n")
    L.append("## Generation\n\n```\ncd tests/scrub_corpus/blind120\npython3 generate_blind.py --seed %d\n```\n\n"
             "Modules: `values.py` (value generators and validity checks), `pools.py` (filler pools), `tpl_nl.py`, "
             "`tpl_fr_en.py` (body and agent templates per language), `frames.py` (greetings-independent e-mail/chat frames).\n" % seed)
    L.append("## Split rule\n\nEvery template group (language × topic/kind, and every frame group: signatures, quote headers, "
             "forward headers, disclaimers, subjects, SMS pastes, greetings, closings) is dealt alternately: even index to "
             "dev, odd index to heldout. Every filler pool (names, streets, cities, e-mail domains, brands, agents, mentions, "
             "hashtags, URLs, model numbers, SSIDs, company phones, password words) is dealt the same way. Half h uses "
             "`random.Random(seed * 2 + h)`. No template, frame or pool item is shared between halves.\n")
    L.append("## Labelling conventions and judgement calls\n\n"
             "- Spans cover the value only, never the cue word or trailing punctuation; every occurrence is labelled, including "
             "values repeated in agent replies and in quoted (`> `) history.\n"
             "- Door, gate, keysafe, printer, pickup and screen codes are `pin`. A UK after-school *collection password* is `password`.\n"
             "- OTPs dictated as words (\"vier acht nul ...\", \"oh two nine ...\") are one `otp` span from first to last word.\n"
             "- Belgian national register numbers are labelled `bsn` (as the brief requires), in dotted, spaced and plain forms.\n"
             "- Booking references, member numbers, loan/mortgage numbers, milieupas numbers, child numbers, parent accounts and "
             "EAN connection codes are `customer_number`. Repair job/order references are `order_number` negatives.\n"
             "- Addresses: street + number alone is also labelled `address`; city alone is not labelled.\n"
             "- AWS key ids and secrets are separate `api_key` spans; JWTs, GitHub/Slack/Google tokens, session ids and bare "
             "hex after \"token\" are `token`. Hex firmware checksums are `checksum` negatives.\n"
             "- Company service numbers (in text and agent signatures) are `company_phone`; KvK/BTW/ondernemingsnummer/company no./EIN "
             "are `company_registration`. Masked values (`****1234`, `NL** ... 12 34`, `j***@...`) are `masked_value`.\n"
             "- Repair reference numbers in e-mail quote headers are `order_number`/`ticket_number` negatives.\n"
             "- Personal names, brands, cities, SSIDs and agent initials are never labelled.\n")
    L.append("## Known limitations\n\n- Templates are single-sentence fragments composed into messages; real threads are messier.\n"
             "- US customers do not give IBANs in their own templates (only in generic fragments); UK customers rarely give national ids.\n"
             "- No IPv4 in private ranges; IPv6 is rare. Typos are only in literal text, never in values.\n"
             "- Street names are from a small pool per country; postcodes are syntactically plausible, not verified.\n")
    for split, st in stats.items():
        L.append("## Counts: %s\n" % split)
        L.append("Messages: %d\n" % st["n"])
        L.append("| span type | count | distinct templates |\n|---|---|---|")
        for k in sorted(st["span"]):
            L.append("| %s | %d | %d |" % (k, st["span"][k], len(st["tpl"][k])))
        L.append("\n| negative kind | count |\n|---|---|")
        for k in sorted(st["neg"]):
            L.append("| %s | %d |" % (k, st["neg"][k]))
        L.append("\n| channel | count |\n|---|---|")
        for k in sorted(st["ch"]):
            L.append("| %s | %d |" % (k, st["ch"][k]))
        L.append("\n| lang | count |\n|---|---|")
        for k in sorted(st["lang"]):
            L.append("| %s | %d |" % (k, st["lang"][k]))
        L.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for half, split in enumerate(["dev", "heldout"]):
        H = Half(a.seed, half)
        st = {"n": 0, "span": collections.Counter(), "tpl": collections.defaultdict(set), "neg": collections.Counter(),
              "ch": collections.Counter(), "lang": collections.Counter()}
        with open(os.path.join(here, split + ".jsonl"), "w", encoding="utf-8") as f:
            for i in range(N_PER_HALF):
                rec, p = H.message(i)
                check(rec)
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                st["n"] += 1
                st["ch"][rec["channel"]] += 1
                st["lang"][rec["lang"]] += 1
                for lab, _, _, tid in p.spans:
                    st["span"][lab] += 1
                    st["tpl"][lab].add(tid)
                for lab, _, _, _ in p.negs:
                    st["neg"][lab] += 1
        stats[split] = st
    write_readme(os.path.join(here, "README.md"), a.seed, stats)
    print({s: v["n"] for s, v in stats.items()})


if __name__ == "__main__":
    main()
