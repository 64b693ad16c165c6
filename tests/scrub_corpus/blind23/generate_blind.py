#!/usr/bin/env python3
"""Deterministic generator for the blind23 scrub corpus.

    python3 generate_blind.py --seed 20261221

writes dev.jsonl, heldout.jsonl and README.md beside this file, after a self-check that fails
loudly on any bad offset, surrounding white space, overlap or checksum failure.
Standard library only.
"""
import argparse
import json
import os
import random
import sys
import zlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
import pools  # noqa: E402
import t_nl  # noqa: E402
import t_nlbe  # noqa: E402
import t_frbe  # noqa: E402
import t_en  # noqa: E402
import readme  # noqa: E402

LANGS = ["nl", "nl-be", "fr-be", "en-gb", "en-us"]
LANG_WEIGHTS = [0.30, 0.15, 0.20, 0.18, 0.17]
REGISTERS = ["chat", "public", "agent", "email"]
REG_WEIGHTS = [0.45, 0.15, 0.14, 0.26]
CHAT_CHANNELS = ["whatsapp", "messenger", "telegram", "instagram_dm", "x_dm"]
CHAT_W = [0.36, 0.22, 0.1, 0.18, 0.14]
PUBLIC_CHANNELS = ["x_public", "instagram_comment", "facebook_comment"]
PUBLIC_W = [0.45, 0.2, 0.35]
PUBLIC = set(PUBLIC_CHANNELS)
HALF_NAMES = ["dev", "heldout"]
PREFIX = "b23"


# ------------------------------------------------------------------ template parsing
def parse_lines(block, lang, register, modname):
    out = []
    for line in block.strip("\n").split("\n"):
        line = line.rstrip()
        if not line.strip():
            continue
        tl = lang
        if line.startswith("[gb] "):
            tl, line = "en-gb", line[5:]
        elif line.startswith("[us] "):
            tl, line = "en-us", line[5:]
        out.append({"lang": tl, "register": register, "text": line.replace("\\n", "\n")})
    return out


def parse_blocks(block, lang, register):
    out = []
    for part in block.strip("\n").split("\n%%\n"):
        part = part.strip("\n")
        if not part.strip():
            continue
        tl = lang
        if part.startswith("[gb] "):
            tl, part = "en-gb", part[5:]
        elif part.startswith("[us] "):
            tl, part = "en-us", part[5:]
        out.append({"lang": tl, "register": register, "text": part})
    return out


def load_templates():
    """All message templates and e-mail frames, each with a stable id."""
    tpls = []
    for mod in (t_nl, t_nlbe, t_frbe, t_en):
        lang = mod.LANG
        tpls += parse_lines(mod.CHAT, lang, "chat", mod.__name__)
        tpls += parse_lines(mod.PUBLIC, lang, "public", mod.__name__)
        tpls += parse_lines(mod.AGENT, lang, "agent", mod.__name__)
        tpls += parse_blocks(mod.EMAIL, lang, "email")
        tpls += parse_blocks(mod.SIGNATURES, lang, "sig")
        tpls += parse_blocks(mod.QUOTES, lang, "quote")
        tpls += parse_lines(mod.SUBJECTS, lang, "subject", mod.__name__)
        tpls += parse_lines(mod.EXTRAS, lang, "extra", mod.__name__)
    counters = Counter()
    for t in tpls:
        k = (t["lang"], t["register"])
        t["id"] = f"{t['lang']}.{t['register']}.{counters[k]:03d}"
        counters[k] += 1
        slots = core.template_slots(t["text"])
        t["primary"] = slots[0] if slots else "none"
    return tpls


def deal_templates(tpls):
    """Group by (language, register, primary span type) and deal members alternately."""
    groups = defaultdict(list)
    for t in tpls:
        groups[(t["lang"], t["register"], t["primary"])].append(t)
    halves = ([], [])
    seen = {}  # identical text in several languages (e.g. a bare-name signature) stays in one half
    counters = {}  # alternation continues across the groups of one (language, register)
    for key in sorted(groups):
        ck = key[:2]
        if ck not in counters:
            counters[ck] = zlib.crc32(repr(ck).encode()) % 2
        for t in groups[key]:
            if t["text"] in seen:
                t["half"] = seen[t["text"]]
            else:
                t["half"] = counters[ck] % 2
                counters[ck] += 1
                seen[t["text"]] = t["half"]
            halves[t["half"]].append(t)
    return halves


class Dealer:
    """Deals pool items alternately; an item seen before keeps its half (global de-duplication)."""

    def __init__(self):
        self.assigned = {}

    def deal(self, key, items):
        out = ([], [])
        c = zlib.crc32(repr(key).encode()) % 2
        for it in items:
            if it in self.assigned:
                h = self.assigned[it]
            else:
                h = c % 2
                c += 1
                self.assigned[it] = h
            if it not in out[h]:
                out[h].append(it)
        if not out[0] or not out[1]:
            raise SystemExit(f"pool {key} cannot be split: {out}")
        return out


def deal_pools():
    d = Dealer()
    halves = ({}, {})

    def put(key, items):
        a, b = d.deal(key, items)
        halves[0][key], halves[1][key] = a, b

    for reg, items in pools.FIRST.items():
        put(("first", reg), items)
    for reg, items in pools.LAST.items():
        put(("last", reg), items)
    for reg, items in pools.STREETS.items():
        put(("street", reg), items)
    for reg, items in pools.CITIES.items():
        put(("city", reg), items)
    for (sector, reg), items in pools.BRANDS.items():
        put(("brand", sector, reg), items)
    for reg, items in pools.DOMAINS.items():
        put(("domain", reg), items)
    for lang, items in pools.RELATIVES.items():
        put(("relative", lang), items)
    for lang, items in pools.HASHTAGS.items():
        put(("hashtag", lang), items)
    for lang, items in pools.OPENERS.items():
        put(("opener", lang), items)
    for lang, items in pools.CLOSERS.items():
        put(("closer", lang), items)
    for lang, items in pools.GREETINGS.items():
        put(("greeting", lang), items)
    for lang, items in pools.CLOSINGS.items():
        put(("closing", lang), items)
    for lang, items in pools.SENT_FROM.items():
        put(("sentfrom", lang), items)
    for lang, types in pools.CUES.items():
        for typ, items in types.items():
            # cue phrasings are dealt per (language, type) without global de-duplication
            c = zlib.crc32(repr(("cue", lang, typ)).encode()) % 2
            a = [x for i, x in enumerate(items) if (i + c) % 2 == 0]
            b = [x for i, x in enumerate(items) if (i + c) % 2 == 1]
            halves[0][("cue", lang, typ)], halves[1][("cue", lang, typ)] = a, b
    for h in halves:
        h[("webmail",)] = list(pools.WEBMAIL)
        h[("emoji",)] = list(pools.EMOJI)
    return halves


# ------------------------------------------------------------------ composition
def tlangs(lang):
    return [lang, "en"] if lang.startswith("en") else [lang]


def pick_noise(ctx, rng, register):
    ctx.case, ctx.typo, ctx.nopunct = None, 0.0, False
    r = rng.random()
    if register in ("chat", "public"):
        if r < 0.36:
            pass
        elif r < 0.56:
            ctx.case = "lower"
        elif r < 0.61:
            ctx.case = "upper"
        elif r < 0.82:
            ctx.typo = 0.07
        else:
            ctx.case, ctx.nopunct, ctx.typo = "lower", True, 0.03
    elif register == "email":
        if r < 0.2:
            ctx.typo = 0.025
    else:
        if r < 0.08:
            ctx.typo = 0.015


class Half:
    def __init__(self, idx, seed, templates, pool):
        self.idx = idx
        self.rng = random.Random(seed * 2 + idx)
        self.pool = pool
        self.by = defaultdict(list)
        for t in templates:
            self.by[(t["lang"], t["register"])].append(t)
        self.cycles = {}

    def bucket(self, lang, register):
        out = []
        for tl in tlangs(lang):
            out += self.by.get((tl, register), [])
        if not out:
            raise SystemExit(f"no templates for {lang}/{register} in half {self.idx}")
        return out

    def next_template(self, lang, register):
        key = (lang, register)
        cyc = self.cycles.get(key)
        if not cyc:
            cyc = list(self.bucket(lang, register))
            self.rng.shuffle(cyc)
            self.cycles[key] = cyc
        return cyc.pop()

    def any_template(self, lang, register):
        return self.rng.choice(self.bucket(lang, register))

    def pool_item(self, key):
        return self.rng.choice(self.pool[key])

    # -------------------------------------------------------------- message kinds
    def chat(self, lang, register):
        rng = self.rng
        ctx = core.Ctx(rng, lang, self.pool)
        pick_noise(ctx, rng, register)
        b = core.Builder()
        t = self.next_template(lang, register)
        tl = "en" if lang.startswith("en") else lang
        if register == "chat" and rng.random() < 0.28:
            b.lit(core.noise_literal(self.pool_item(("opener", tl)), ctx) + rng.choice([" ", "\n", " "]))
        core.render(t["text"], ctx, b, t["id"])
        if register == "chat" and rng.random() < 0.22:
            b.lit(rng.choice([" ", "\n", ". "]) + core.noise_literal(self.pool_item(("closer", tl)), ctx))
        return b

    def agent(self, lang):
        rng = self.rng
        ctx = core.Ctx(rng, lang, self.pool)
        pick_noise(ctx, rng, "agent")
        b = core.Builder()
        t = self.next_template(lang, "agent")
        core.render(t["text"], ctx, b, t["id"])
        return b

    def email(self, lang):
        rng = self.rng
        body = self.next_template(lang, "email")
        tl = "en" if lang.startswith("en") else lang
        for attempt in range(20):
            ctx = core.Ctx(rng, lang, self.pool)
            pick_noise(ctx, rng, "email")
            b = core.Builder()
            n_extra = rng.choice([0, 0, 1, 1, 2]) if attempt < 4 else 2
            want_quote = rng.random() < (0.45 if attempt < 4 else 1.0)
            if rng.random() < 0.3:
                s = self.any_template(lang, "subject")
                core.render(s["text"], ctx, b, s["id"])
                b.lit("\n\n")
            b.lit(self.pool_item(("greeting", tl)) + "\n\n")
            core.render(body["text"], ctx, b, body["id"])
            extras = list(self.bucket(lang, "extra"))
            rng.shuffle(extras)
            for e in extras[:n_extra]:
                b.lit("\n\n")
                core.render(e["text"], ctx, b, e["id"])
            b.lit("\n\n" + self.pool_item(("closing", tl)) + "\n")
            sig = self.any_template(lang, "sig")
            core.render(sig["text"], ctx, b, sig["id"])
            if rng.random() < 0.25:
                b.lit("\n\n" + self.pool_item(("sentfrom", tl)))
            if want_quote:
                qs = list(self.bucket(lang, "quote"))
                rng.shuffle(qs)
                for q in qs[:rng.choice([1, 1, 1, 2])]:
                    b.lit("\n\n")
                    core.render(q["text"], ctx, b, q["id"])
            if 500 <= b.n <= 2000:
                return b
        raise SystemExit(f"could not fit e-mail {body['id']} into 500-2000 chars (last {b.n})")

    def build(self, n):
        rng = self.rng
        plan = []
        for _ in range(n):
            lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
            reg = rng.choices(REGISTERS, REG_WEIGHTS)[0]
            plan.append((lang, reg))
        recs = []
        for lang, reg in plan:
            if reg in ("chat", "public"):
                b = self.chat(lang, reg)
                channel = rng.choices(CHAT_CHANNELS, CHAT_W)[0] if reg == "chat" else rng.choices(PUBLIC_CHANNELS, PUBLIC_W)[0]
            elif reg == "agent":
                b = self.agent(lang)
                channel = "agent_reply"
            else:
                b = self.email(lang)
                channel = "email"
            recs.append((channel, lang, b))
        out = []
        for i, (channel, lang, b) in enumerate(recs):
            rec = {"id": f"{PREFIX}-{HALF_NAMES[self.idx]}-{i:05d}", "channel": channel, "lang": lang,
                   "visibility": "public" if channel in PUBLIC else "private", "text": b.text(),
                   "spans": b.spans, "negatives": b.negs}
            out.append((rec, b.src))
        return out


# ------------------------------------------------------------------ checks and stats
def self_check(records, tpl_halves, pool_halves):
    errs = []
    for rec, _ in records:
        for e in core.check_record(rec):
            errs.append(f"{rec['id']}: {e}")
        if rec["channel"] in PUBLIC and rec["visibility"] != "public":
            errs.append(f"{rec['id']}: visibility")
        if rec["lang"] not in LANGS:
            errs.append(f"{rec['id']}: lang")
    ids0 = {t["id"] for t in tpl_halves[0]}
    ids1 = {t["id"] for t in tpl_halves[1]}
    if ids0 & ids1:
        errs.append(f"templates in both halves: {sorted(ids0 & ids1)[:5]}")
    txt0 = {t["text"] for t in tpl_halves[0]}
    txt1 = {t["text"] for t in tpl_halves[1]}
    if txt0 & txt1:
        errs.append(f"identical template text in both halves: {sorted(txt0 & txt1)[:3]}")
    for key in pool_halves[0]:
        if key[0] in ("webmail", "emoji"):
            continue
        common = set(pool_halves[0][key]) & set(pool_halves[1][key])
        if common:
            errs.append(f"pool {key} shared: {common}")
    if errs:
        for e in errs[:50]:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        raise SystemExit(f"self-check failed with {len(errs)} error(s)")


def stats(records):
    st = {"n": len(records), "nospan": 0, "high": 0, "neg": 0, "types": Counter(), "phr": defaultdict(set),
          "kinds": Counter(), "channels": Counter(), "langs": Counter(), "email_len": []}
    for rec, src in records:
        if not rec["spans"]:
            st["nospan"] += 1
        if any(s["type"] in core.HIGH_RISK for s in rec["spans"]):
            st["high"] += 1
        if rec["negatives"]:
            st["neg"] += 1
        for s in rec["spans"]:
            st["types"][s["type"]] += 1
        for typ, tid in src:
            st["phr"][typ].add(tid)
        for n in rec["negatives"]:
            st["kinds"][n["kind"]] += 1
        st["channels"][rec["channel"]] += 1
        st["langs"][rec["lang"]] += 1
        if rec["channel"] == "email":
            st["email_len"].append(len(rec["text"]))
    return st


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261221)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    tpls = load_templates()
    tpl_halves = deal_templates(tpls)
    pool_halves = deal_pools()
    sizer = random.Random(a.seed)
    results = []
    for h in (0, 1):
        half = Half(h, a.seed, tpl_halves[h], pool_halves[h])
        n = sizer.randint(930, 1010)
        results.append(half.build(n))
    self_check(results[0] + results[1], tpl_halves, pool_halves)
    for h in (0, 1):
        with open(os.path.join(HERE, f"{HALF_NAMES[h]}.jsonl"), "w", encoding="utf-8") as f:
            for rec, _ in results[h]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sts = [stats(r) for r in results]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.render(a.seed, sts, len(tpls)))
    if not a.quiet:
        for h, st in enumerate(sts):
            el = st["email_len"]
            print(f"{HALF_NAMES[h]}: {st['n']} messages, no span {st['nospan']} ({st['nospan'] / st['n']:.0%}), "
                  f"high-risk {st['high']}, with negative {st['neg']}, e-mails {len(el)} "
                  f"(len {min(el)}-{max(el)})")
        print("total", sum(s["n"] for s in sts))


if __name__ == "__main__":
    main()
