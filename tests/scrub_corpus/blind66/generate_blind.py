#!/usr/bin/env python3
"""Blind labelled webcare corpus blind66: cars and their paperwork.

Usage: python3 generate_blind.py --seed 20261264
Writes dev.jsonl, heldout.jsonl and README.md next to this file.
"""
import argparse
import collections
import json
import os
import random
import re

import pools
import tpl_en
import tpl_fr
import tpl_nl
import values

DIR = "blind66"
PREFIX = "b66"
N_PER_HALF = 950
HERE = os.path.dirname(os.path.abspath(__file__))

PH = re.compile(r"\{([a-z_0-9]+)(?:#(\w+))?\}")
POOL_NEG = {"mention": "mention", "hashtag": "hashtag", "url": "url"}
NAME_POOL = {"nl": ("first", "last"), "nl-be": ("first_be", "last_be"), "fr-be": ("first_fr", "last_fr"),
             "en-gb": ("first_en", "last_en"), "en-us": ("first_en", "last_en")}
FAM_MOD = {"nl": tpl_nl, "nl-be": tpl_nl, "fr-be": tpl_fr, "en-gb": tpl_en, "en-us": tpl_en}
FAM_NAME = {"nl": "nl", "nl-be": "nl", "fr-be": "fr", "en-gb": "en", "en-us": "en"}

CHAT_CH = ["x_dm", "instagram_dm", "messenger", "whatsapp", "telegram"]
PUBLIC_CH = ["x_public", "facebook_comment", "instagram_comment"]
PUBLIC_SET = set(PUBLIC_CH)

# frames for pasted chat lines, dealt like everything else
CHAT_PREFIXES = ["[{date} {time}] {first}: ", "{first} {last}, [{date} {time}]\n", "Fwd sms: ", "{time} - {first}: ",
                 "Doorgestuurd:\n", ">> ", "Copy/paste: ", "(sent {time}) "]


def deal_list(lst, half):
    return [(i, x) for i, x in enumerate(lst) if i % 2 == half]


class Ctx:
    def __init__(self, rng, lang, pl):
        self.rng, self.lang, self.pools = rng, lang, pl
        self.cache = {}
        self.first_val = {}
        self.reuse = False
        self.tid = None


def render(tpl, ctx, allow_typo=True, tid=None):
    """Return list of pieces (text, kind, label). kind: lit | fill | span | neg."""
    out, pos = [], 0
    for m in PH.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], "lit" if allow_typo else "fill", None))
        name, k = m.group(1), m.group(2)
        pos = m.end()
        if name in values.SPAN_GENS:
            typ, fn = values.SPAN_GENS[name]
            if k is not None and (name, k) in ctx.cache:
                v = ctx.cache[(name, k)]
            elif ctx.reuse and name in ctx.first_val and ctx.rng.random() < .8:
                v = ctx.first_val[name]
            else:
                v = fn(ctx.rng, ctx.lang)
            if k is not None:
                ctx.cache[(name, k)] = v
            ctx.first_val.setdefault(name, v)
            out.append((v, "span", typ, tid or ctx.tid))
        elif name in values.NEG_GENS:
            kind, fn = values.NEG_GENS[name]
            if k is not None and (name, k) in ctx.cache:
                v = ctx.cache[(name, k)]
            else:
                v = fn(ctx.rng, ctx.lang)
            if k is not None:
                ctx.cache[(name, k)] = v
            out.append((v, "neg", kind))
        elif name in POOL_NEG:
            v = ctx.rng.choice(ctx.pools[name])
            out.append((v, "neg", POOL_NEG[name]))
        else:
            pool = name
            if name in ("first", "last"):
                pool = NAME_POOL[ctx.lang][0 if name == "first" else 1]
            key = ("fill", name, k)
            if key not in ctx.cache:
                ctx.cache[key] = ctx.rng.choice(ctx.pools[pool])
            out.append((ctx.cache[key], "fill", None))
    if pos < len(tpl):
        out.append((tpl[pos:], "lit" if allow_typo else "fill", None))
    return out


def typo_word(w, rng):
    i = rng.randrange(1, len(w) - 1)
    op = rng.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiourtsn") + w[i + 1:]


WORD = re.compile(r"(?<![\w@#/.])[A-Za-zÀ-ÿ]{4,}(?![\w@/.])")


def add_typos(pieces, rng, n):
    for _ in range(n):
        idx = [i for i, p in enumerate(pieces) if p[1] == "lit" and WORD.search(p[0])]
        if not idx:
            break
        i = rng.choice(idx)
        t = pieces[i][0]
        ms = list(WORD.finditer(t))
        m = rng.choice(ms)
        pieces[i] = (t[:m.start()] + typo_word(m.group(0), rng) + t[m.end():], "lit", None)


def lower_lits(pieces):
    return [(p[0].lower(),) + tuple(p[1:]) if p[1] == "lit" else p for p in pieces]


def quote(pieces):
    out = [("> ", "fill", None)]
    for p in pieces:
        t, kind = p[0], p[1]
        if kind in ("lit", "fill"):
            p = (t.replace("\n", "\n> "),) + tuple(p[1:])
        out.append(p)
    return out


def lit(s):
    return [(s, "fill", None)]


class Half:
    def __init__(self, half, seed):
        self.half = half
        self.rng = random.Random(seed * 2 + half)
        self.pools = pools.deal(half)
        self.fams = {}
        for fam, mod in (("nl", tpl_nl), ("fr", tpl_fr), ("en", tpl_en)):
            d = {}
            d["bodies"] = [(f"{fam}:{g}:{i}", t) for g, lst in mod.BODIES.items() for i, t in deal_list(lst, half)]
            if fam == "nl":
                d["be_bodies"] = [(f"nlbe:{g}:{i}", t) for g, lst in mod.BE_BODIES.items() for i, t in deal_list(lst, half)]
            for part in ("PUBLIC", "AGENT", "GREETINGS", "CLOSINGS", "SIGNATURES", "DISCLAIMERS", "QUOTE_INTROS", "FORWARDS", "QUOTE_BODIES", "FILLER_LINES"):
                d[part.lower()] = [(f"{fam}:{part.lower()}:{i}", t) for i, t in deal_list(getattr(mod, part), half)]
            self.fams[fam] = d
        self.chat_prefixes = deal_list(CHAT_PREFIXES, half)

    def body(self, lang):
        d = self.fams[FAM_NAME[lang]]
        if lang == "nl-be" and self.rng.random() < .35:
            return self.rng.choice(d["be_bodies"])
        return self.rng.choice(d["bodies"])

    def make(self, idx):
        rng = self.rng
        lang = rng.choices(["nl", "nl-be", "fr-be", "en-gb", "en-us"], [2, 1, 1, 1, 1])[0]
        d = self.fams[FAM_NAME[lang]]
        ctx = Ctx(rng, lang, self.pools)
        mode = rng.choices(["email", "chat", "public", "agent"], [30, 40, 13, 17])[0]
        tids = []
        pieces = []
        if mode == "chat":
            channel = rng.choice(CHAT_CH)
            tid, t = self.body(lang)
            ctx.tid = tid
            tids.append(tid)
            body = render(t, ctx)
            if rng.random() < .3:
                add_typos(body, rng, rng.randint(1, 2))
            if rng.random() < .15:
                body = lower_lits(body)
            if rng.random() < .15:
                _, pre = rng.choice(self.chat_prefixes)
                body = render(pre, ctx, False) + body
            pieces = body
        elif mode == "public":
            channel = rng.choice(PUBLIC_CH)
            if rng.random() < .8:
                tid, t = rng.choice(d["public"])
                ctx.tid = tid
                tids.append(tid)
                pieces = render(t, ctx)
            else:
                tid, t = self.body(lang)
                ctx.tid = tid
                tids.append(tid)
                pieces = render("{mention} ", ctx, False) + render(t, ctx)
            if rng.random() < .35:
                add_typos(pieces, rng, 1)
        elif mode == "agent":
            channel = "agent_reply"
            tid, t = rng.choice(d["agent"])
            ctx.tid = tid
            tids.append(tid)
            pieces = render(t, ctx)
            if rng.random() < .1:
                add_typos(pieces, rng, 1)
        else:
            channel = "email"
            parts = []
            if rng.random() < .15:
                tid, t = rng.choice(d["forwards"])
                ctx.tid = tid
                tids.append(tid)
                parts += render(t, ctx, False) + lit("\n\n")
            tid, t = rng.choice(d["greetings"])
            ctx.tid = tid
            tids.append(tid)
            parts += render(t, ctx, False) + lit("\n\n")
            btid, bt = self.body(lang)
            ctx.tid = btid
            tids.append(btid)
            b = render(bt, ctx)
            if rng.random() < .25:
                add_typos(b, rng, 1)
            parts += b
            if rng.random() < .45:
                btid2, bt2 = self.body(lang)
                ctx.tid = btid2
                if btid2 != btid:
                    tids.append(btid2)
                    parts += lit("\n\n") + render(rng.choice(["PS ", "Nog iets: " if lang.startswith("nl") else ("Autre chose: " if lang == "fr-be" else "Also: "), ""]) , ctx, False) + render(bt2, ctx)
            if rng.random() < .6:
                for tid, t in rng.sample(d["filler_lines"], rng.randint(1, 2)):
                    tids.append(tid)
                    parts += lit("\n\n" if rng.random() < .5 else " ") + render(t, ctx)
            tid, t = rng.choice(d["closings"])
            ctx.tid = tid
            tids.append(tid)
            parts += lit("\n\n") + render(t, ctx, False) + lit("\n")
            tid, t = rng.choice(d["signatures"])
            ctx.tid = tid
            tids.append(tid)
            parts += render(t, ctx, False)
            if rng.random() < .55:
                tid, t = rng.choice(d["disclaimers"])
                ctx.tid = tid
                tids.append(tid)
                parts += lit("\n\n") + render(t, ctx, False)
            if rng.random() < .65:
                tid, t = rng.choice(d["quote_intros"])
                ctx.tid = tid
                tids.append(tid)
                ctx.reuse = True
                tid2, t2 = rng.choice(d["quote_bodies"])
                ctx.tid = tid2
                tids.append(tid2)
                inner = render(t2, ctx, False)
                if rng.random() < .5:
                    tid3, t3 = rng.choice(d["quote_intros"])
                    btid3, bt3 = self.body(lang)
                    ctx.tid = btid3
                    inner += lit("\n\n") + render(t3, ctx, False) + lit("\n") + quote(render(bt3, ctx, False))
                    tids += [tid3, btid3]
                q = render(t, ctx, False) + lit("\n") + quote(inner)
                parts += lit("\n\n") + q
                ctx.reuse = False
            pieces = parts
        text, spans, negs = "", [], []
        span_tids = []
        for p in pieces:
            t, kind, lab = p[:3]
            s = len(text)
            text += t
            if kind == "span":
                spans.append({"type": lab, "start": s, "end": len(text)})
                span_tids.append(p[3] or "?")
            elif kind == "neg":
                negs.append({"kind": lab, "start": s, "end": len(text)})
        vis = "public" if channel in PUBLIC_SET else "private"
        rec = {"id": f"{PREFIX}-{'dev' if self.half == 0 else 'heldout'}-{idx:05d}", "channel": channel, "lang": lang,
               "visibility": vis, "text": text, "spans": spans, "negatives": negs}
        check(rec)
        return rec, span_tids


def check(rec):
    t = rec["text"]
    occ = []
    for s in rec["spans"]:
        a, b = s["start"], s["end"]
        assert 0 <= a < b <= len(t), rec
        v = t[a:b]
        assert v == v.strip() and v.strip(".,;:") == v.strip(".,;:").strip(), (rec["id"], v)
        assert values.check_value(s["type"], v), (rec["id"], s["type"], v)
        occ.append((a, b))
    for n in rec["negatives"]:
        a, b = n["start"], n["end"]
        assert 0 <= a < b <= len(t), rec
        v = t[a:b]
        assert v == v.strip(), (rec["id"], v)
        occ.append((a, b))
    occ.sort()
    for (a1, b1), (a2, b2) in zip(occ, occ[1:]):
        assert b1 <= a2, ("overlap", rec["id"], t[a1:b1], t[a2:b2])
    assert rec["visibility"] == ("public" if rec["channel"] in PUBLIC_SET else "private")


def table(counter, head):
    lines = [f"| {head} | count |", "|---|---|"]
    for k, v in sorted(counter.items()):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261264)
    args = ap.parse_args()
    stats = []
    for half, name in ((0, "dev.jsonl"), (1, "heldout.jsonl")):
        h = Half(half, args.seed)
        recs = []
        span_c, neg_c, ch_c, lang_c = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
        span_t = collections.defaultdict(set)
        emails = 0
        for i in range(N_PER_HALF):
            rec, tids = h.make(i)
            recs.append(rec)
            ch_c[rec["channel"]] += 1
            lang_c[rec["lang"]] += 1
            emails += rec["channel"] == "email"
            for s, tid in zip(rec["spans"], tids):
                span_c[s["type"]] += 1
                span_t[s["type"]].add(tid)
            for n in rec["negatives"]:
                neg_c[n["kind"]] += 1
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        stats.append((name, len(recs), span_c, span_t, neg_c, ch_c, lang_c))
    write_readme(args.seed, stats)
    for name, n, sc, *_ in stats:
        print(name, n, "messages,", sum(sc.values()), "spans")


def write_readme(seed, stats):
    L = []
    L.append(f"# Scrub corpus {DIR}: cars and their paperwork (written blind)\n")
    L.append("This corpus was written blind: its author did not open, read, grep, list or run anything under `functions/`, "
             "`tests/unit/`, `bench/`, `docs/`, `infra/`, or any other directory under `tests/scrub_corpus/` (other corpora, "
             "scorers, generators), did not read git history, and never ran a scrubber or scorer. It was written from public "
             "knowledge of how platforms format messages and how people write.\n")
    L.append("**Detector authors must never open `heldout.jsonl` or the generator; they may only run a scorer over `heldout.jsonl`.**\n")
    L.append("## Emphasis\n")
    L.append("Cars and their paperwork: car leasing (contracts, direct debits, end-of-lease damage), dealers and garages "
             "(service bookings, key safes, radio codes, invoices), roadside assistance, fleet managers writing to drivers "
             "(fuel cards and PINs, portal logins, fines), charging cards and home chargers for electric cars, tolls and "
             "parking apps, vehicle registration and insurance claims after accidents, connected-car apps, digital keys and "
             "fleet APIs. Languages: Dutch, Belgian Dutch, Belgian French, British and American English, some mixed; writers "
             "are private drivers, lease drivers, small fleet companies and webcare agents.\n")
    L.append("## Generation\n")
    L.append(f"`python3 generate_blind.py --seed {seed}` (inside `tests/scrub_corpus/{DIR}/`, Python 3.11 standard library). "
             "Modules: `values.py` (value generators and validity checks), `pools.py` (filler pools), `tpl_nl.py`, `tpl_fr.py`, "
             "`tpl_en.py` (templates per language family). The generator checks every record and fails loudly (ranges, no "
             "surrounding white space, no overlaps between spans and negatives, Luhn for cards, mod-97 for IBANs, 11-proof for "
             "BSNs, check digits for Belgian national register numbers).\n")
    L.append("## Split rule\n")
    L.append("Templates are written in groups (language family x situation, plus greetings, closings, signatures, disclaimers, "
             "quote intros, quoted bodies, forward headers, e-mail filler sentences, public posts, agent replies, chat paste prefixes). Within each group "
             "even-index members go to dev and odd-index members to heldout, so no template or frame is shared between halves. "
             "Every filler pool (names, lease companies, garages, dealers, insurers, apps, cars, plates, SSIDs, agents, mentions, "
             "hashtags, URLs) is dealt the same way. Each half uses its own `random.Random(seed * 2 + half)`. Typos are injected "
             "only into literal template text, never into labelled values or negatives.\n")
    L.append("## Labelling conventions and judgement calls\n")
    L.append("""- Spans cover the value only, never the cue word; every occurrence is labelled, including repeats in quoted history.
- Fuel cards (tankpas / carte carburant) are payment cards: generated Luhn-valid and labelled `card`.
- Charging card IDs (EMAID-like `NL-TNM-C1234ABCD-5`), toll badge numbers, roadside membership numbers, lease contract
  numbers, insurance policy numbers, parking/app account numbers and EAN/MPAN connection codes are `customer_number`.
- Claim/damage file numbers (schadenummer, n° de sinistre, claim ref) and roadside job numbers are `ticket_number` negatives;
  policy numbers are labelled `customer_number`.
- Key safe / lockbox codes, radio anti-theft codes, digital-key app PINs, car security codes and fuel card PINs are `pin`.
  A code written as `1234#` is labelled without the `#`.
- SMS / e-mail verification codes, including codes dictated as words (`vier acht een ...`), are `otp`.
- Belgian national register numbers are labelled `bsn`.
- AWS access key ids and secrets, Stripe/Google-style keys and bare 32-hex keys called "key" are `api_key`; bearer/JWT,
  `ghp_` and hex strings called "token" are `token`.
- Odometer readings and charger kWh readings are `meter_reading` negatives; OBD fault codes and charger errors are `error_code`.
- Licence plates, VINs, SSIDs, personal names, cities alone and agent initials are not labelled (neither span nor negative).
- Company service numbers (also in agent replies and signatures) are `company_phone`; KvK, BTW/VAT, ondernemingsnummer and
  UK company numbers are `company_registration`.
- Masked values (`****1234`, `NL** **** **** 1234 56`, `06-****1234`, `j***@gmail.com`) are `masked_value` negatives.
- Addresses are single-line (street + number, optionally postcode/city); a street with number alone is also an address.
- Personal e-mail addresses are labelled `email` even when they sit in forward/quote headers; employee addresses at small
  companies are labelled too.
""")
    L.append("## Known limitations\n")
    L.append("""- Templates are synthetic; phrasing variety is bounded by the number of templates per group (roughly 4-8).
- Values are random and do not always agree with each other (e.g. a Belgian IBAN in a Dutch message, a UK template in en-us).
- Some UK-specific situations (MOT, V5C, Dartford) also appear with lang en-us.
- Typos are simple character edits; no autocorrect-style word substitutions.
- Durations like "3 dagen" are marked `quantity` negatives.
- No multi-line addresses; no images/attachments; no right-to-left scripts.
""")
    L.append("## Counts\n")
    for name, n, sc, st, nc, cc, lc in stats:
        L.append(f"### {name}\n")
        L.append(f"Messages: {n}\n")
        L.append("| span type | spans | distinct templates |\n|---|---|---|")
        for k in sorted(sc):
            L.append(f"| {k} | {sc[k]} | {len(st[k])} |")
        L.append("")
        L.append(table(nc, "negative kind") + "\n")
        L.append(table(cc, "channel") + "\n")
        L.append(table(lc, "lang") + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
