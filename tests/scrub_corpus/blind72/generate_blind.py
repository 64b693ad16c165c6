#!/usr/bin/env python3
"""Blind labelled webcare corpus blind72 (students & education). Python 3.11 stdlib only.

Usage: python3 generate_blind.py --seed 20261270
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import templates_en as TEN  # noqa: E402
import templates_fr as TFR  # noqa: E402
import templates_nl as TNL  # noqa: E402
from pools import neg_value, split_pools  # noqa: E402
from values import SPAN_GEN, REGION, bsn_ok, iban_ok, luhn_ok, rrn_ok  # noqa: E402

PREFIX = "b72"
N_PER_HALF = 950
LANGS = [("nl", 2), ("nl-be", 1), ("fr-be", 1), ("en-gb", 1), ("en-us", 1)]
CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC_SET = set(PUBLIC_CH)

TOKEN_RE = re.compile(r"<<([~$]?)([a-z_]+)(?::([a-z0-9_]+))?(?:#(\d+))?>>")


def mod_for(lang):
    return TFR if lang == "fr-be" else (TEN if lang.startswith("en") else TNL)


def fam_key(lang):
    return "fr" if lang == "fr-be" else ("en" if lang.startswith("en") else "nl")


class Ctx:
    def __init__(self, seed, half):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = split_pools(half)

    def pool(self, name):
        return self.pools[name]


def filler_pool(name, lang):
    reg = REGION[lang]
    if name in ("uni", "portal"):
        return f"{name}_" + ("fr" if lang == "fr-be" else reg)
    if name in ("landlord", "city"):
        return f"{name}_{reg}"
    if name == "idcue":
        return "idcue_" + lang
    return name


class Builder:
    def __init__(self):
        self.text = ""
        self.spans = []   # (type, s, e, tid)
        self.negs = []    # (kind, s, e)

    def lit(self, s):
        self.text += s

    def add_span(self, t, v, tid):
        s = len(self.text)
        self.text += v
        self.spans.append((t, s, len(self.text), tid))

    def add_neg(self, k, v):
        s = len(self.text)
        self.text += v
        self.negs.append((k, s, len(self.text)))

    def extend(self, other):
        off = len(self.text)
        self.text += other.text
        self.spans += [(t, s + off, e + off, tid) for t, s, e, tid in other.spans]
        self.negs += [(k, s + off, e + off) for k, s, e in other.negs]


def typo(ctx, s):
    words = [m for m in re.finditer(r"[A-Za-zéèà]{4,}", s)]
    if not words:
        return s
    m = ctx.rng.choice(words)
    w = m.group(0)
    i = ctx.rng.randrange(1, len(w) - 1)
    k = ctx.rng.randrange(3)
    if k == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif k == 1:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


def render(ctx, tmpl, lang, tid, cache, reuse=0.0, typo_p=0.0, lower=False):
    b = Builder()
    pos = 0
    for m in TOKEN_RE.finditer(tmpl):
        literal = tmpl[pos:m.start()]
        if literal:
            if lower:
                literal = literal.lower()
            if typo_p and ctx.rng.random() < typo_p:
                literal = typo(ctx, literal)
            b.lit(literal)
        pos = m.end()
        sig, name, var, rep = m.groups()
        if sig == "$":
            b.lit(ctx.rng.choice(ctx.pool(filler_pool(name, lang))))
        elif sig == "~":
            v = neg_value(ctx, lang, name, var)
            if isinstance(v, tuple):
                if v[0]:
                    b.lit(v[0])
                v = v[1]
            b.add_neg(name, v)
        else:
            key = (name, var)
            if rep is not None and (name, var, rep) in cache:
                v = cache[(name, var, rep)]
            elif reuse and cache.get(key) and ctx.rng.random() < reuse:
                v = ctx.rng.choice(cache[key])
            else:
                v = SPAN_GEN[name](ctx, lang, var)
                cache.setdefault(key, []).append(v)
                if rep is not None:
                    cache[(name, var, rep)] = v
            b.add_span(name, v, tid)
    literal = tmpl[pos:]
    if literal:
        if lower:
            literal = literal.lower()
        if typo_p and ctx.rng.random() < typo_p:
            literal = typo(ctx, literal)
        b.lit(literal)
    return b


def quote(b, prefix="> "):
    nb = Builder()
    mapping = []
    out = prefix
    for ch in b.text:
        mapping.append(len(out))
        out += ch
        if ch == "\n":
            out += prefix
    mapping.append(len(out))
    nb.text = out
    nb.spans = [(t, mapping[s], mapping[e - 1] + 1, tid) for t, s, e, tid in b.spans]
    nb.negs = [(k, mapping[s], mapping[e - 1] + 1) for k, s, e in b.negs]
    return nb


def pick(ctx, lang, group, half):
    """deal group members alternately: even index -> dev (half 0), odd -> heldout (half 1)"""
    mod = mod_for(lang)
    lst = list(getattr(mod, group))
    name = group
    extra = []
    if group == "CHAT":
        if lang == "nl-be":
            extra = [("VL", x) for x in TNL.VL]
        elif lang == "en-gb":
            extra = [("GB", x) for x in TEN.GB]
        elif lang == "en-us":
            extra = [("US", x) for x in TEN.US]
    if group == "CHAT" and ctx.rng.random() < 0.3:
        name, lst = "SECRETS", list(mod.SECRETS)
    if group == "SIG_AGENT":
        lst = lst + list(mod.SIG_AGENT_EXTRA)
    cands = [(name, i, t) for i, t in enumerate(lst) if i % 2 == half]
    if extra and name == "CHAT":
        g = extra[0][0]
        ex = [(g, i, t) for i, (_, t) in enumerate(extra) if i % 2 == half]
        if ctx.rng.random() < 0.45:
            cands = ex
    g, i, t = ctx.rng.choice(cands)
    return t, f"{fam_key(lang)}/{g}/{i}"


def make_message(ctx, lang, kind, half):
    r = ctx.rng
    cache = {}
    b = Builder()
    tp = 0.12
    if kind == "chat":
        channel = r.choice(CHAT_CH)
        t, tid = pick(ctx, lang, "CHAT", half)
        low = r.random() < 0.12
        b.extend(render(ctx, t, lang, tid, cache, typo_p=tp, lower=low))
        if r.random() < 0.15:
            t2, tid2 = pick(ctx, lang, "CHAT", half)
            b.lit(r.choice(["\n", "\n\n", " ", " // "]))
            b.extend(render(ctx, t2, lang, tid2, cache, reuse=0.3, typo_p=tp, lower=low))
    elif kind == "public":
        channel = r.choice(PUBLIC_CH)
        t, tid = pick(ctx, lang, "PUBLIC", half)
        b.extend(render(ctx, t, lang, tid, cache, typo_p=tp))
    elif kind == "agent":
        channel = "agent_reply"
        if r.random() < 0.3:
            # agent echoes customer's chat first (private thread), then replies
            tq, tidq = pick(ctx, lang, "CHAT", half)
            q = render(ctx, tq, lang, tidq, cache)
            t, tid = pick(ctx, lang, "AGENT", half)
            a = render(ctx, t, lang, tid, cache, reuse=0.6)
            b.extend(a)
            b.lit("\n\n")
            b.extend(quote(q, r.choice(["> ", ">> ", "| "])))
        else:
            t, tid = pick(ctx, lang, "AGENT", half)
            b.extend(render(ctx, t, lang, tid, cache))
    else:
        channel = "email"
        mod_parts = lambda g: pick(ctx, lang, g, half)  # noqa: E731
        if r.random() < 0.62:
            # customer e-mail
            parts = []
            if r.random() < 0.3:
                parts.append(mod_parts("SUBJECT"))
            if r.random() < 0.15:
                parts.append(mod_parts("FWD_HDR"))
            parts.append(mod_parts("GREET"))
            body = [mod_parts("EMAIL_BODY")]
            for i, (t, tid) in enumerate(parts):
                b.extend(render(ctx, t, lang, tid, cache, typo_p=tp))
                b.lit("\n\n" if i == len(parts) - 1 or t.startswith(("Onderwerp", "Objet", "Subject")) else "\n\n")
            if r.random() < 0.35:
                body.append(mod_parts("EMAIL_BODY"))
            for j, (t, tid) in enumerate(body):
                if j:
                    b.lit(r.choice(["\n\n", "\n\nPS: ", "\n\nOverigens / also:\n"]))
                b.extend(render(ctx, t, lang, tid, cache, typo_p=tp, reuse=0.3 if j else 0.0))
            b.lit("\n\n")
            t, tid = mod_parts("CLOSE")
            b.extend(render(ctx, t, lang, tid, cache, typo_p=tp))
            b.lit("\n")
            t, tid = mod_parts("SIG_CUST")
            b.extend(render(ctx, t, lang, tid, cache, reuse=0.5))
            if r.random() < 0.7:
                b.lit("\n\n")
                t, tid = mod_parts("QUOTE_HDR")
                b.extend(render(ctx, t, lang, tid, cache))
                b.lit("\n")
                t, tid = mod_parts("AGENT")
                q = render(ctx, t, lang, tid, cache, reuse=0.5)
                q.lit("\n\n")
                t, tid = mod_parts("SIG_AGENT")
                q.extend(render(ctx, t, lang, tid, cache))
                if r.random() < 0.4:
                    q.lit("\n\n")
                    t, tid = mod_parts("QUOTE_HDR")
                    q.extend(render(ctx, t, lang, tid, cache))
                    q.lit("\n")
                    t, tid = mod_parts("EMAIL_BODY")
                    q.extend(quote(render(ctx, t, lang, tid, cache, reuse=0.4)))
                b.extend(quote(q))
            if r.random() < 0.3:
                b.lit("\n\n")
                t, tid = mod_parts("DISCLAIMER")
                b.extend(render(ctx, t, lang, tid, cache))
        else:
            # agent e-mail answering a customer e-mail (quoted)
            t, tid = mod_parts("EMAIL_BODY")
            q = Builder()
            tg, tidg = mod_parts("GREET")
            q.extend(render(ctx, tg, lang, tidg, cache))
            q.lit("\n\n")
            q.extend(render(ctx, t, lang, tid, cache, typo_p=tp))
            q.lit("\n\n")
            tc, tidc = mod_parts("CLOSE")
            q.extend(render(ctx, tc, lang, tidc, cache))
            q.lit("\n")
            ts, tids = mod_parts("SIG_CUST")
            q.extend(render(ctx, ts, lang, tids, cache, reuse=0.5))
            ta, tida = mod_parts("AGENT")
            b.extend(render(ctx, ta, lang, tida, cache, reuse=0.6))
            b.lit("\n\n")
            tsa, tidsa = mod_parts("SIG_AGENT")
            b.extend(render(ctx, tsa, lang, tidsa, cache))
            b.lit("\n\n")
            th, tidh = mod_parts("QUOTE_HDR")
            b.extend(render(ctx, th, lang, tidh, cache))
            b.lit("\n")
            b.extend(quote(q))
            if r.random() < 0.3:
                b.lit("\n\n")
                td, tidd = mod_parts("DISCLAIMER")
                b.extend(render(ctx, td, lang, tidd, cache))
    return channel, b


def check(msg):
    text = msg["text"]
    items = []
    for sp in msg["spans"]:
        items.append(("span", sp["type"], sp["start"], sp["end"]))
    for ng in msg["negatives"]:
        items.append(("neg", ng["kind"], ng["start"], ng["end"]))
    for cls, t, s, e in items:
        assert 0 <= s < e <= len(text), (msg["id"], t, s, e)
        v = text[s:e]
        assert v == v.strip(), (msg["id"], t, repr(v))
        assert "\n" not in v, (msg["id"], t, repr(v))
        if cls == "span":
            if t == "card":
                assert luhn_ok(v) and 13 <= sum(c.isdigit() for c in v) <= 19, (msg["id"], v)
            if t == "iban":
                assert iban_ok(v), (msg["id"], v)
            if t == "bsn":
                d = "".join(c for c in v if c.isdigit())
                assert (len(d) == 9 and bsn_ok(d)) or (len(d) == 11 and rrn_ok(d)), (msg["id"], v)
    items.sort(key=lambda x: (x[2], x[3]))
    for a, c in zip(items, items[1:]):
        assert a[3] <= c[2], (msg["id"], "overlap", a, c)


def build_half(seed, half):
    ctx = Ctx(seed, half)
    r = ctx.rng
    name = ["dev", "heldout"][half]
    msgs, tids = [], defaultdict(set)
    langs = [l for l, w in LANGS for _ in range(w)]
    for n in range(N_PER_HALF):
        lang = r.choice(langs)
        kind = r.choices(["chat", "email", "public", "agent"], [0.36, 0.30, 0.14, 0.20])[0]
        channel, b = make_message(ctx, lang, kind, half)
        msg = {
            "id": f"{PREFIX}-{name}-{n:05d}", "channel": channel, "lang": lang,
            "visibility": "public" if channel in PUBLIC_SET else "private", "text": b.text,
            "spans": [{"type": t, "start": s, "end": e} for t, s, e, _ in sorted(b.spans, key=lambda x: x[1])],
            "negatives": [{"kind": k, "start": s, "end": e} for k, s, e in sorted(b.negs, key=lambda x: x[1])],
        }
        check(msg)
        for t, s, e, tid in b.spans:
            tids[t].add(tid)
        msgs.append(msg)
    return msgs, tids


def table(counter, head):
    lines = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def readme(seed, halves):
    out = [f"# Scrub corpus blind72 — students and education (seed {seed})", "",
           "This corpus was written **blind**: while writing it I did not open, read, grep, list or run anything under "
           "`functions/`, `tests/unit/`, `bench/`, `docs/`, `infra/`, any other directory under `tests/scrub_corpus/` "
           "(other corpora, scorers, generators), nor git history. No scrubber or scorer was run on it.", "",
           "**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**", "",
           "## Emphasis", "",
           "Students and education: universities and colleges, student housing and landlords (kot, halls, keyboxes, deposits, "
           "house wifi), student loans and grants (DUO, studietoelage/allocation d'études, Student Finance, FAFSA), "
           "enrolment portals and student accounts (logins, student numbers, r-numbers, UCAS IDs), exam platforms, tuition "
           "payments, international students (UK, US, Belgian, Dutch), parents writing on behalf of children, terse DMs, "
           "long e-mails with quoted history and signatures, agent replies.", "",
           "## Generation", "", "```", f"python3 generate_blind.py --seed {seed}", "```", "",
           "Files: `values.py` (value generators with checksums), `pools.py` (filler pools and hard-negative generators), "
           "`templates_nl.py`, `templates_fr.py`, `templates_en.py` (template groups), `generate_blind.py` (assembly, "
           "self-check, README).", "",
           "## Split rule", "",
           "Every template group (per language family: CHAT, VL/GB/US flavour chats, PUBLIC, AGENT, EMAIL_BODY, GREET, CLOSE, "
           "SIG_CUST, SIG_AGENT, QUOTE_HDR, FWD_HDR, DISCLAIMER, SUBJECT) is dealt alternately: even index -> dev, odd -> "
           "heldout. Every filler pool (first/last names, streets, cities, universities, landlords, portals, exam platforms, "
           "agents, agent initials, mentions, hashtags, URLs, model numbers, organisation phone numbers and registrations, "
           "national-id cue words) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are "
           "injected only into literal template text (cue words included), never into labelled values.", "",
           "## Labelling conventions and judgement calls", "",
           "- Spans cover the value only, never the cue word; every occurrence is labelled, including agent echoes and quoted history.",
           "- A login that is an e-mail address is labelled `email`, not `username`.",
           "- A student number used as a login name next to a password/`login:` cue is `username`; a student number given as an identifier is `customer_number`.",
           "- Student numbers, UCAS personal IDs, Student Finance CRNs, loan account numbers, tenancy/lease contract numbers, "
           "insurance policy numbers, association member numbers and EAN connection codes are `customer_number`.",
           "- Belgian national register numbers (rijksregisternummer / NISS) are labelled `bsn`, like the Dutch BSN.",
           "- Door, keybox and gate codes and phone unlock codes are `pin` (a trailing `#` or leading `*` is part of the value).",
           "- OTPs dictated as words are one `otp` span from first to last digit word.",
           "- AWS access key id and secret are both `api_key`; GitHub/GitLab/Canvas personal access tokens, JWTs and hex tokens are `token`.",
           "- Person names, cities alone, SSIDs (e.g. `StudentNet-5G`), agent initials and macro placeholders (`{first_name}`) are not labelled.",
           "- Organisation service numbers are `company_phone` negatives; organisation registration numbers are `company_registration` negatives "
           "(the cue such as `KvK`/`TVA`/`EIN` is outside the negative span).",
           "- Dates that are not birth dates (deadlines, payment dates) are `date` negatives; academic years are `year` negatives.",
           "- Quoted lines are prefixed with `> ` (or `>> `/`| `); the prefix is never inside a span.",
           "- Dealing is by template; a chat template can also appear quoted inside an agent reply in the same half.", "",
           "## Known limitations", "",
           "- Values are synthetic; BSN/RRN/IBAN/card numbers are checksum-valid but random. Phone numbers are random digits in real formats.",
           "- Template count per language is modest (~20-36 chat templates per family); emails are assembled from frames, so "
           "frames recur within a half.",
           "- Some organisation registration numbers and service phone numbers are fixed lists and may resemble real ones.",
           "- Typos are simple (swap/drop/double a letter) and lowercasing is applied to whole chat messages only.",
           "- No right-to-left scripts, no images/OCR text, few emoji.", ""]
    for half, (msgs, tids) in enumerate(halves):
        name = ["dev", "heldout"][half]
        sp = Counter(s["type"] for m in msgs for s in m["spans"])
        ng = Counter(n["kind"] for m in msgs for n in m["negatives"])
        ch = Counter(m["channel"] for m in msgs)
        lg = Counter(m["lang"] for m in msgs)
        out += [f"## Counts: {name}.jsonl", "", f"Messages: {len(msgs)}; e-mails {ch['email']}; "
                f"mean length {sum(len(m['text']) for m in msgs) // len(msgs)} chars", "",
                "| span type | spans | distinct templates |", "|---|---|---|"]
        for k, v in sorted(sp.items(), key=lambda x: (-x[1], x[0])):
            out.append(f"| {k} | {v} | {len(tids[k])} |")
        out += ["", table(ng, "negative kind"), "", table(ch, "channel"), "", table(lg, "lang"), ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    halves = []
    for half, name in enumerate(["dev", "heldout"]):
        msgs, tids = build_half(a.seed, half)
        with open(os.path.join(here, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for m in msgs:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
        halves.append((msgs, tids))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(a.seed, halves))
    print("ok", [len(h[0]) for h in halves])


if __name__ == "__main__":
    main()
